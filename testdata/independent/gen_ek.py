#!/usr/bin/env python3
"""Generator for held-out PHI test corpus `ek`.

Theme: health-system MPI / registration quality team on a Spark data lake.
Deterministic, standard library only. Writes ek.log and ek.labels.jsonl next to itself.
"""
import base64
import datetime as dt
import json
import os
import random
import urllib.parse

random.seed(18180518)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ek"
NLINES = 500


# --------------------------------------------------------------------------
# line builder with byte offsets
# --------------------------------------------------------------------------
class LB:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []

    def t(self, s):
        self.b += s.encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None or s == "":
            return self.t(s)
        bs = s.encode("utf-8")
        st = len(self.b)
        self.b += bs
        self.spans.append((st, st + len(bs), cat, bs))
        return self

    def parts(self, *parts):
        for x in parts:
            if isinstance(x, str):
                self.t(x)
            else:
                self.p(x[0], x[1])
        return self


def L(fam, *parts):
    return LB(fam).parts(*parts)


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------
def dg(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{random.choice('89ab')}{h[17:20]}-{h[20:]}"


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


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = random.choice(["1HG", "1FT", "2T1", "5YJ", "3VW", "1G1", "JTD", "KNA"])
    v = list(wmi + "".join(random.choice(al) for _ in range(5)) + "0" +
             random.choice("KLMNPR") + random.choice("ABCDEFGHJ") + dg(6))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    r = s % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def make_mbi():
    letters = "ACDEFGHJKMNPQRTUVWXY"
    an = letters + "0123456789"
    return (random.choice("123456789") + random.choice(letters) + random.choice(an) +
            random.choice("0123456789") + random.choice(letters) + random.choice(an) +
            random.choice("0123456789") + random.choice(letters) + random.choice(letters) +
            random.choice("0123456789") + random.choice("0123456789"))


def make_ssn():
    while True:
        a = random.randint(101, 665)
        if a != 666:
            break
    return f"{a:03d}-{random.randint(1, 99):02d}-{random.randint(1, 9999):04d}"


def make_imei():
    body = random.choice(["35", "86", "01"]) + dg(12)
    return body + luhn_digit(body)


def make_card():
    body = "4" + dg(14)
    return body + luhn_digit(body)


def make_npi():
    body = random.choice("12") + dg(8)
    chk = luhn_digit("80840" + body)
    return body + chk


def asciifold(s):
    tbl = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ü": "u", "ñ": "n", "ø": "o",
           "ë": "e", "ð": "d", "ş": "s", "ı": "i", "ũ": "u", "ễ": "e", "Ó": "O", "Á": "A",
           "É": "E", "ö": "o", "ä": "a", "ł": "l", "ó": "o", "ĩ": "i", "ư": "u", "ơ": "o",
           "ã": "a", "ò": "o", "'": "", " ": "", "Ø": "O", "Ş": "S", "Ü": "U"}
    return "".join(tbl.get(c, c) for c in s)


TODAY = dt.date(2024, 3, 14)


def age_of(d):
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


# --------------------------------------------------------------------------
# clock (system timestamps: look-alikes, never labeled)
# --------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 14, 1, 58, 3, 118000)

    def tick(self, a=0.02, b=3.0):
        self.t += dt.timedelta(milliseconds=int(random.uniform(a, b) * 1000))
        return self.t

    def spark(self, a=0.02, b=3.0):
        return self.tick(a, b).strftime("%y/%m/%d %H:%M:%S")

    def airflow(self, a=0.02, b=3.0):
        return self.tick(a, b).strftime("[%Y-%m-%d, %H:%M:%S UTC]")

    def py(self, a=0.02, b=3.0):
        t = self.tick(a, b)
        return t.strftime("%Y-%m-%d %H:%M:%S") + f",{t.microsecond // 1000:03d}"

    def flask(self, a=0.02, b=3.0):
        t = self.tick(a, b)
        return t.strftime("[%Y-%m-%d %H:%M:%S") + f",{t.microsecond // 1000:03d}]"

    def werk(self, a=0.02, b=3.0):
        return self.tick(a, b).strftime("[%d/%b/%Y %H:%M:%S]")

    def kafka(self, a=0.02, b=3.0):
        t = self.tick(a, b)
        return t.strftime("[%Y-%m-%d %H:%M:%S") + f",{t.microsecond // 1000:03d}]"



CLK = Clock()


def epoch_ms(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)

# --------------------------------------------------------------------------
# synthetic people
# --------------------------------------------------------------------------
FIRST = [("Chidi", "M", ["Chidiebere"]), ("Ngozi", "F", []), ("Aarav", "M", []),
         ("Priyanka", "F", ["Priya"]), ("Mei", "F", ["May"]), ("Hiroshi", "M", []),
         ("Yuki", "F", []), ("Sione", "M", []), ("Mateo", "M", ["Matt"]), ("Lucía", "F", ["Lucia"]),
         ("José", "M", ["Jose"]), ("Siobhán", "F", ["Siobhan"]), ("Bjørn", "M", ["Bjorn"]),
         ("Zoë", "F", ["Zoe"]), ("Dmitri", "M", ["Dmitry"]), ("Fatima", "F", ["Fatimah"]),
         ("Omar", "M", []), ("Kwame", "M", []), ("Ama", "F", []), ("Lan", "F", []),
         ("Ólafur", "M", ["Olafur"]), ("Renée", "F", ["Renee"]), ("Jae-won", "M", ["Jaewon"]),
         ("Ayşe", "F", ["Ayse"]), ("Thandiwe", "F", ["Thandi"]), ("Lior", "M", []),
         ("Kalani", "F", []), ("Guadalupe", "F", ["Lupe"]), ("Wiremu", "M", []),
         ("Margaret", "F", ["Peggy", "Maggie"]), ("William", "M", ["Bill"]),
         ("Elizabeth", "F", ["Liz", "Beth"]), ("Robert", "M", ["Bob"]), ("Dorothy", "F", ["Dot"]),
         ("Teodoro", "M", ["Teo"]), ("Agnieszka", "F", []), ("Henrik", "M", []),
         ("Esperanza", "F", []), ("Rahul", "M", [])]
LAST = ["Okafor", "Adeyemi", "Sharma", "Patel", "Chen", "Liu", "Tanaka", "Sato", "Fifita",
        "García", "Hernández", "O'Brien", "Johansen", "Müller", "Petrov", "Haddad", "Al-Sayed",
        "Mensah", "Boateng", "Nguyen", "Sigurðsson", "Dubois", "Kim", "Yılmaz", "Dlamini",
        "Ben-David", "Kahananui", "Te Rangi", "Whitfield", "Kowalski", "Nowak", "Castellano",
        "Abernathy", "Lindqvist", "Oyelaran", "Mwangi", "Quispe", "Delacroix", "Vũ", "Szabó"]
STREETS = ["Larkspur Ln", "Wyoming St", "Far Hills Ave", "Shroyer Rd", "Patterson Rd", "Brown St",
           "Salem Ave", "Smithville Rd", "Wilmington Pike", "Stroop Rd", "Linden Ave", "Troy St",
           "Kitridge Rd", "Hillcrest Ave", "Catalpa Dr", "Delphos Ave", "Burkhardt Rd",
           "Old Yellow Springs Rd", "Acorn Dr", "Hoover Ave", "Rahn Rd", "Marshall Rd"]
CITIES = [("Dayton", "45419", "Montgomery"), ("Dayton", "45406", "Montgomery"),
          ("Dayton", "45410", "Montgomery"), ("Kettering", "45429", "Montgomery"),
          ("Beavercreek", "45431", "Greene"), ("Xenia", "45385", "Greene"),
          ("Springfield", "45503", "Clark"), ("Fairborn", "45324", "Greene"),
          ("Miamisburg", "45342", "Montgomery"), ("Centerville", "45459", "Montgomery"),
          ("Huber Heights", "45424", "Montgomery"), ("Troy", "45373", "Miami"),
          ("Vandalia", "45377", "Montgomery"), ("Englewood", "45322", "Montgomery")]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"]

_fi = list(range(len(FIRST)))
_la = list(range(len(LAST)))
random.shuffle(_fi)
random.shuffle(_la)

PEOPLE = []
_used_empi = set()


def new_empi():
    while True:
        e = "E1" + dg(8)
        if e not in _used_empi:
            _used_empi.add(e)
            return e


def phone_parts():
    return random.choice(["937", "937", "937", "513", "614"]), f"555-01{random.randint(0, 99):02d}"


for i in range(38):
    fn, sex, nicks = FIRST[_fi[i % len(_fi)]]
    ln = LAST[_la[i % len(_la)]]
    if i < 5:
        dob = dt.date(random.randint(1924, 1933), random.randint(1, 12), random.randint(1, 28))
    else:
        dob = dt.date(random.randint(1936, 2019), random.randint(1, 12), random.randint(1, 28))
    city, z, county = random.choice(CITIES)
    ac, ph = phone_parts()
    p = {
        "first": fn, "last": ln, "sex": sex, "nicks": nicks,
        "mi": random.choice("ABCDEFGHJKLMNRST"),
        "dob": dob, "age": age_of(dob),
        "street": f"{random.randint(101, 9899)} {random.choice(STREETS)}",
        "unit": random.choice(["", "", "", "Apt 4B", "Unit 12", "Apt 210", "Lot 37"]),
        "city": city, "zip": z, "zip4": z + "-" + dg(4), "county": county,
        "ac": ac, "ph": ph, "phone": f"({ac}) {ph}",
        "mrn": str(random.randint(1200000, 9899999)),
        "empi": new_empi(),
        "sk": random.randint(10000000, 48999999),
        "ssn": make_ssn(),
        "dl": random.choice("ABCDEFGHJKLMNPRST") + random.choice("ABCDEFGHJKLMNPRST") + dg(6),
        "har": "30" + dg(8),
        "email": (asciifold(fn).lower().replace("-", "") + "." + asciifold(ln).lower().replace("-", "")
                  + str(dob.year % 100).zfill(2) + "@" + random.choice(EMAIL_DOM)),
        "portal_user": asciifold(fn).lower().replace("-", "")[:6] + asciifold(ln).lower()[:4] + dg(2),
    }
    if p["age"] >= 65:
        p["plan"] = ("Medicare", make_mbi())
    else:
        p["plan"] = random.choice([
            ("Anthem BCBS", random.choice(["XDW", "YRK", "ZGP"]) + dg(9)),
            ("Ohio Medicaid", "9" + dg(11)),
            ("UnitedHealthcare", dg(9) + "01"),
            ("Aetna", "W" + dg(9)),
        ])
    p["group"] = random.choice(["", "G-" + dg(6), dg(6), "OHSTATE01"])
    PEOPLE.append(p)


def name_variant(p):
    """A duplicate-looking second registration of the same person."""
    v = dict(p)
    kind = random.choice(["nick", "typo", "dobswap", "moved", "hyphen", "fold", "nick", "typo"])
    if kind == "nick" and p["nicks"]:
        v["first"] = random.choice(p["nicks"])
    elif kind == "typo" and len(p["last"]) > 4:
        s = list(p["last"])
        j = random.randint(1, len(s) - 3)
        s[j], s[j + 1] = s[j + 1], s[j]
        v["last"] = "".join(s)
    elif kind == "dobswap" and p["dob"].day <= 12 and p["dob"].day != p["dob"].month:
        v["dob"] = dt.date(p["dob"].year, p["dob"].day, p["dob"].month)
    elif kind == "moved":
        city, z, county = random.choice(CITIES)
        v["street"] = f"{random.randint(101, 9899)} {random.choice(STREETS)}"
        v["city"], v["zip"], v["county"] = city, z, county
        ac, ph = phone_parts()
        v["ac"], v["ph"], v["phone"] = ac, ph, f"({ac}) {ph}"
    elif kind == "hyphen":
        v["last"] = p["last"] + "-" + random.choice(["Reyes", "Walsh", "Moreau", "Bauer"])
    else:
        v["first"] = asciifold(p["first"])
        v["last"] = asciifold(p["last"])
    v["mrn"] = "LC" + dg(6)
    v["empi"] = new_empi()
    v["sk"] = random.randint(10000000, 48999999)
    v["age"] = age_of(v["dob"])
    v["kind"] = kind
    return v


VARIANTS = {i: name_variant(p) for i, p in enumerate(PEOPLE)}


def person():
    i = random.randrange(len(PEOPLE))
    return PEOPLE[i], VARIANTS[i]


# staff (never labeled)
STAFF = [("Dana Whitlock", "dwhitlock"), ("Rafael Castellanos", "rcastellanos"),
         ("Keiko Anand", "kanand"), ("Tomasz Wróbel", "twrobel"), ("Adaeze Nwosu", "anwosu"),
         ("Marisol Ybarra", "mybarra"), ("Gunnar Halvorsen", "ghalvorsen")]
CLIN = [("Mehta", "Anil"), ("Lindqvist", "Sarah"), ("Osei", "Kofi"), ("Brennan", "Maureen"),
        ("Takahashi", "Ren"), ("Varga", "Ildikó")]
STAFF_DOMAIN = "northbridgehealth.org"
HOSTS = [f"10.139.64.{i}" for i in (4, 7, 12, 15, 19, 22, 31)]


def staff():
    return random.choice(STAFF)


def dfmt(d, style="iso"):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "py":
        return f"{d.year}, {d.month}, {d.day}"
    raise ValueError(style)


def phone_fmt(p, style):
    ac, ph = p["ac"], p["ph"]
    if style == "paren":
        return f"({ac}) {ph}"
    if style == "dash":
        return f"{ac}-{ph}"
    if style == "dots":
        return f"{ac}.{ph.replace('-', '.')}"
    if style == "raw":
        return ac + ph.replace("-", "")
    if style == "e164":
        return "+1" + ac + ph.replace("-", "")
    raise ValueError(style)


# --------------------------------------------------------------------------
# JSON and repr helpers that keep offsets
# --------------------------------------------------------------------------
class Obj:
    def __init__(self, *items):
        self.items = list(items)


class Arr:
    def __init__(self, *items):
        self.items = list(items)


def jval(lb, v, cat, ea, sep, kv):
    if isinstance(v, Obj):
        jobj(lb, v, ea, sep, kv)
    elif isinstance(v, Arr):
        lb.t("[")
        for i, it in enumerate(v.items):
            if i:
                lb.t(sep)
            if isinstance(it, tuple):
                jval(lb, it[0], it[1], ea, sep, kv)
            else:
                jval(lb, it, None, ea, sep, kv)
        lb.t("]")
    elif isinstance(v, str):
        enc = json.dumps(v, ensure_ascii=ea)
        lb.t('"').p(enc[1:-1], cat).t('"')
    elif v is None:
        lb.t("null")
    elif isinstance(v, bool):
        lb.t("true" if v else "false")
    else:
        lb.p(str(v), cat)


def jobj(lb, o, ea=True, sep=", ", kv=": "):
    lb.t("{")
    for i, it in enumerate(o.items):
        if i:
            lb.t(sep)
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        lb.t(json.dumps(k) + kv)
        jval(lb, v, cat, ea, sep, kv)
    lb.t("}")
    return lb


def prepr(lb, v, cat=None):
    r = repr(v)
    lb.t(r[0]).p(r[1:-1], cat).t(r[-1])
    return lb


# --------------------------------------------------------------------------
# df.show() renderer (Spark semantics: truncate=20 -> right aligned, 17 chars + "...")
# --------------------------------------------------------------------------
def show_table(fam, cols, rows, truncate=True, footer=None):
    def cell(c):
        s, cat = c if isinstance(c, tuple) else (c, None)
        s = str(s)
        if truncate and len(s) > 20:
            return s[:17] + "...", cat, 17
        return s, cat, len(s)

    cells = [[cell(c) for c in r] for r in rows]
    widths = [max([3, len(h)] + [len(r[i][0]) for r in cells]) for i, h in enumerate(cols)]
    sep = "+" + "+".join("-" * w for w in widths) + "+"
    out = [LB(fam).t(sep)]
    lb = LB(fam).t("|")
    for h, w in zip(cols, widths):
        lb.t(h.rjust(w) if truncate else h.ljust(w)).t("|")
    out.append(lb)
    out.append(LB(fam).t(sep))
    for r in cells:
        lb = LB(fam).t("|")
        for (s, cat, vis), w in zip(r, widths):
            pad = " " * (w - len(s))
            if truncate:
                lb.t(pad)
            lb.p(s[:vis], cat).t(s[vis:])
            if not truncate:
                lb.t(pad)
            lb.t("|")
        out.append(lb)
    out.append(LB(fam).t(sep))
    if footer:
        out.append(LB(fam).t(footer))
    return out


def show_vertical(fam, cols, row):
    w = max(len(c) for c in cols)
    vals = [c if isinstance(c, tuple) else (c, None) for c in row]
    vw = max(len(str(v[0])) for v in vals)
    out = [LB(fam).t("-RECORD 0" + "-" * max(0, w + vw + 3 - 9))]
    for c, (v, cat) in zip(cols, vals):
        out.append(LB(fam).t(" " + c.ljust(w) + " | ").p(str(v), cat))
    return out


# ==========================================================================
# families
# ==========================================================================
SRC = ["showString at NativeMethodAccessorImpl.java:0", "count at NativeMethodAccessorImpl.java:0",
       "collect at /root/.ipykernel/2218/command-4412983291842234-1931177412:14",
       "save at DeltaWriter.scala:189", "$anonfun$recordDeltaOperationInternal$1 at DatabricksLogging.scala:77",
       "toPandas at /databricks/python_shell/dbruntime/display.py:142"]
TABLES = ["mpi.patient_master", "mpi.patient_xref", "mpi.match_pairs", "bronze.adt_events",
          "silver.registration_std", "dq.expectation_results"]
TABLE_PATHS = ["silver/mpi/patient_master", "silver/mpi/patient_xref", "silver/mpi/match_pairs",
               "bronze/adt_events", "silver/registration_std", "gold/dq/expectation_results"]
STAGE = {"s": 12, "job": 40, "tid": 2200, "delta": 412}


def fam_spark_driver(r=None):
    ts = CLK.spark
    fam = "spark-log4j2"
    STAGE["job"] += 1
    STAGE["s"] += random.randint(1, 3)
    j, s = STAGE["job"], STAGE["s"]
    src = random.choice(SRC)
    r = random.random() if r is None else r
    out = []
    if r < 0.35:
        n = random.choice([1, 8, 200, 64])
        out.append(L(fam, f"{ts()} INFO SparkContext: Starting job: {src}"))
        out.append(L(fam, f"{ts(0.01, 0.05)} INFO DAGScheduler: Got job {j} ({src}) with {n} output partitions"))
        out.append(L(fam, f"{ts(0.001, 0.01)} INFO DAGScheduler: Final stage: ResultStage {s} ({src})"))
        for _ in range(random.randint(1, 3)):
            STAGE["tid"] += random.randint(1, 40)
            k = random.randint(1, n)
            out.append(L(fam, f"{ts(0.2, 2)} INFO TaskSetManager: Finished task {k - 1}.0 in stage {s}.0 "
                              f"(TID {STAGE['tid']}) in {random.randint(80, 9000)} ms on {random.choice(HOSTS)} "
                              f"(executor {random.randint(0, 7)}) ({k}/{n})"))
        if random.random() < 0.45:
            p, v = person()
            out.append(random.choice([
                L(fam, f"{ts(0.01, 0.3)} WARN MpiStandardizer: nickname expansion ", (v["first"], "name"), " -> ",
                  (p["first"], "name"), " applied for mrn=", (v["mrn"], "mrn"), " (table=nicknames_v4)"),
                L(fam, f"{ts(0.01, 0.3)} WARN MpiStandardizer: ssn ", (p["ssn"], "ssn"),
                  f" shared by {random.randint(2, 4)} empi_ids (first=", (p["empi"], "mrn"), "); marking SSN_COLLISION"),
                L(fam, f"{ts(0.01, 0.3)} WARN EmailValidator: MX lookup failed for '", (p["email"], "email"),
                  "' (empi_id=", (p["empi"], "mrn"), "), keeping value"),
            ]))
        out.append(L(fam, f"{ts()} INFO DAGScheduler: Job {j} finished: {src}, took {random.uniform(0.05, 40):.6f} s"))
    elif r < 0.45:
        d = TODAY - dt.timedelta(days=random.randint(1, 3))
        days = (d - dt.date(1970, 1, 1)).days
        out.append(L(fam, f"{ts()} INFO FileScanRDD: Reading File path: dbfs:/mnt/lake/bronze/adt_events/"
                          f"ingest_date={d.isoformat()}/part-{random.randint(0, 199):05d}-{uuid4()}.c000.snappy.parquet, "
                          f"range: 0-{random.randint(4_000_000, 134_217_728)}, partition values: [{days}]"))
        out.append(L(fam, f"{ts(0.01, 0.3)} INFO CodeGenerator: Code generated in {random.uniform(3, 90):.6f} ms"))
    elif r < 0.54:
        # pushed filters from an interactive lookup -> PHI literal values
        p, v = person()
        out.append(L(fam, f"{ts()} INFO FileSourceStrategy: Pushed Filters: IsNotNull(last_name),IsNotNull(birth_date),"
                          "EqualTo(last_name,", (p["last"], "name"), "),EqualTo(birth_date,",
                     (dfmt(p["dob"]), "date"), ")"))
        out.append(L(fam, f"{ts(0.001, 0.01)} INFO FileSourceStrategy: Post-Scan Filters: isnotnull(last_name#412),"
                          "isnotnull(birth_date#418),(last_name#412 = ", (p["last"], "name"),
                     "),(birth_date#418 = ", (dfmt(p["dob"]), "date"), ")"))
        if random.random() < 0.5:
            out.append(L(fam, f"{ts(0.001, 0.01)} INFO FileSourceStrategy: Output Data Schema: struct<empi_id: string, "
                              "mrn: string, last_name: string, first_name: string, birth_date: date ... 3 more fields>"))
    elif r < 0.75:
        p, v = person()
        kind = random.random()
        if kind < 0.4:
            raw = random.choice([phone_fmt(p, "raw") + "1", p["ph"], phone_fmt(p, "dots") + " x"])
            out.append(L(fam, f"{ts()} WARN MpiStandardizer: unparseable phone '", (raw, "phone"),
                         "' for mrn=", (p["mrn"], "mrn"), "; phone_home set to null (rule PH-03)"))
        elif kind < 0.75:
            out.append(L(fam, f"{ts()} WARN AddressNormalizer: CASS lookup returned no match for '",
                         (p["street"], "address"), ", ", (p["city"], "address"), " OH ", (p["zip"], "zip"),
                         f"' (record_sk={p['sk']}, batch=adt_{CLK.t.strftime('%Y%m%d')}_{random.randint(1, 24):02d})"))
        elif kind < 0.88:
            old = random.choice([x for x in PEOPLE if x["age"] >= 85])
            lab = "age" if old["age"] > 89 else None
            out.append(L(fam, f"{ts()} INFO AgeRule: empi_id=", (old["empi"], "mrn"), " age_at_registration=",
                         (str(old["age"]), lab), " dob=", (dfmt(old["dob"]), "date"),
                         f" -> {'AGE-90 verify DOB against photo ID' if lab else 'ok'} (threshold=90)"))
        else:
            bad = p["dob"].replace(year=p["dob"].year + 100)
            out.append(L(fam, f"{ts()} WARN MpiStandardizer: birth_date ", (dfmt(bad), "date"),
                         " is after admit_date ", (dfmt(TODAY - dt.timedelta(days=random.randint(1, 4))), "date"),
                         " for empi_id=", (p["empi"], "mrn"), " -- flagged DQ-DOB-07"))
    elif r < 0.82:
        tid = uuid4()
        STAGE["delta"] += 1
        tb = random.choice(TABLE_PATHS)
        out.append(L(fam, f"{ts()} INFO DeltaLog: Loading version {STAGE['delta'] - 1} starting from checkpoint "
                          f"version {(STAGE['delta'] // 10) * 10}."))
        out.append(L(fam, f"{ts()} INFO OptimisticTransaction: [tableId={tid[:8]},txnId={uuid4()[:8]}] "
                          f"Committed delta #{STAGE['delta']} to dbfs:/mnt/lake/{tb}/_delta_log"))
    elif r < 0.89:
        out.append(L(fam, f"{ts()} INFO BlockManagerInfo: Removed broadcast_{random.randint(10, 900)}_piece0 on "
                          f"{random.choice(HOSTS)}:{random.randint(33000, 45999)} in memory "
                          f"(size: {random.uniform(4, 60):.1f} KiB, free: {random.uniform(2, 9):.1f} GiB)"))
        out.append(L(fam, f"{ts()} INFO ClusterLoadMonitor: Added query with execution ID:{random.randint(40, 900)}. "
                          f"Current active queries:{random.randint(1, 3)}"))
    elif r < 0.95:
        out.append(L(fam, f"{ts()} INFO MatchJob: blocking rule 'l.birth_date = r.birth_date AND "
                          f"substr(l.last_name,1,2) = substr(r.last_name,1,2)' produced "
                          f"{random.randint(800000, 4000000):,} comparisons"))
        out.append(L(fam, f"{ts()} INFO MatchJob: blocking rule 'l.zip5 = r.zip5 AND l.phone_home = r.phone_home' "
                          f"produced {random.randint(40000, 400000):,} comparisons"))
    else:
        out.append(L(fam, f"{ts()} WARN package: Truncated the string representation of a plan since it was too "
                          "large. This behavior can be adjusted by setting 'spark.sql.debug.maxToStringFields'."))
    return out


def fam_spark_executor(r=None):
    ts = CLK.spark
    fam = "spark-executor"
    out = []
    STAGE["tid"] += random.randint(1, 30)
    s = STAGE["s"]
    tid = STAGE["tid"]
    k = random.randint(0, 199)
    out.append(L(fam, f"{ts()} INFO Executor: Running task {k}.0 in stage {s}.0 (TID {tid})"))
    if random.random() < 0.5:
        out.append(L(fam, f"{ts(0.01, 0.2)} INFO ShuffleBlockFetcherIterator: Getting 200 "
                          f"({random.uniform(2, 60):.1f} MiB) non-empty blocks including {random.randint(5, 30)} "
                          f"({random.uniform(100, 900):.1f} KiB) local and 0 (0.0 B) host-local and 0 (0.0 B) "
                          f"push-merged-local and {random.randint(170, 195)} ({random.uniform(2, 60):.1f} MiB) remote blocks"))
    else:
        out.append(L(fam, f"{ts(0.2, 2)} INFO PythonRunner: Times: total = {random.randint(400, 9000)}, "
                          f"boot = {random.randint(-600, 20)}, init = {random.randint(100, 900)}, "
                          f"finish = {random.randint(300, 8000)}"))
    if random.random() < 0.4:
        p, v = person()
        out.append(L(fam, f"{ts()} WARN RegistrationParser: [TID {tid}] dropping malformed row "
                          "source=LAKESIDE_EHR mrn=", (v["mrn"], "mrn"), " dob_raw='",
                     (dfmt(v["dob"], "us").replace("/", ""), "date"), "' ssn_raw='",
                     (v["ssn"].replace("-", "") [:8], "ssn"), "' reason=SSN_LENGTH"))
    out.append(L(fam, f"{ts()} INFO Executor: Finished task {k}.0 in stage {s}.0 (TID {tid}). "
                      f"{random.randint(2000, 9000)} bytes result sent to driver"))
    return out


def fam_traceback(r=None):
    ts = CLK.spark
    fam = "pyspark-traceback"
    STAGE["tid"] += 3
    p, v = person()
    bad = random.choice(["02/30/", "13/04/", "04/31/"]) + str(p["dob"].year)
    out = [L(fam, f"{ts()} ERROR Executor: Exception in task {random.randint(0, 63)}.0 in stage "
                  f"{STAGE['s']}.0 (TID {STAGE['tid']})"),
           L(fam, "org.apache.spark.api.python.PythonException: Traceback (most recent call last):"),
           L(fam, '  File "/databricks/spark/python/pyspark/worker.py", line 1247, in main'),
           L(fam, "    process()"),
           L(fam, '  File "/Workspace/Repos/mpi-team/mpi-pipeline/mpi/standardize.py", line 88, in parse_dob'),
           L(fam, "    return datetime.strptime(raw.strip(), fmt).date()"),
           L(fam, '  File "/usr/lib/python3.10/_strptime.py", line 568, in _strptime_datetime'),
           L(fam, "ValueError: time data '", (bad, "date"), "' does not match format '%m/%d/%Y'"),
           L(fam, "")]
    if random.random() < 0.5:
        out[-1] = L(fam, "\tat org.apache.spark.api.python.BasePythonRunner$ReaderIterator.handlePythonException("
                         "PythonRunner.scala:694)")
    return out


def fam_delta(r=None):
    fam = "delta-lake"
    r = random.random() if r is None else r
    out = []
    if r < 0.3:
        out.append(L(fam, f"MERGE INTO mpi.patient_master AS t USING updates AS s ON t.empi_id = s.empi_id "
                          f"AND t.source_system = s.source_system"))
        a, u, d = random.randint(300, 9000), 0, random.randint(0, 30)
        u = random.randint(100, a)
        out += show_table(fam, ["num_affected_rows", "num_updated_rows", "num_deleted_rows", "num_inserted_rows"],
                          [[str(a), str(u), str(d), str(a - u - d)]])
    elif r < 0.5:
        out.append(L(fam, "OPTIMIZE mpi.patient_master ZORDER BY (empi_id, birth_date)"))
        added, removed = random.randint(4, 40), random.randint(80, 400)
        out += show_table(fam, ["path", "metrics"],
                          [["dbfs:/mnt/lake/silver/mpi/patient_master",
                            "{%d, %d, {%d, %d, %.1f, %d, %d}, {...}}" % (
                                added, removed, random.randint(10**7, 10**8), random.randint(10**8, 3 * 10**8),
                                random.uniform(10**7, 10**8), added, random.randint(10**9, 4 * 10**9))]])
    elif r < 0.75:
        out.append(L(fam, "DESCRIBE HISTORY mpi.patient_master LIMIT 4"))
        rows = []
        ht = CLK.t
        ver = STAGE["delta"]
        for _ in range(4):
            ver -= 1
            ht -= dt.timedelta(seconds=random.randint(600, 30000))
            op = random.choice(["MERGE", "OPTIMIZE", "WRITE", "DELETE"])
            user = random.choice(["svc-mpi-etl@" + STAFF_DOMAIN, staff()[1] + "@" + STAFF_DOMAIN])
            params = {"MERGE": '{predicate -> ["(t.empi_id = s.empi_id)"]}',
                      "OPTIMIZE": '{predicate -> [], zOrderBy -> ["empi_id","birth_date"]}',
                      "WRITE": '{mode -> Append, partitionBy -> ["ingest_date"]}',
                      "DELETE": '{predicate -> ["(is_test_patient = true)"]}'}[op]
            rows.append([str(ver), ht.strftime("%Y-%m-%d %H:%M:%S"), user, op, params])
        out += show_table(fam, ["version", "timestamp", "userName", "operation", "operationParameters"], rows)
    elif r < 0.88:
        p, v = person()
        out.append(L(fam, f"{CLK.spark()} INFO DeleteCommand: [tableId={hexs(8)}] DELETE predicate: "
                          "(empi_id#2211 = ", (v["empi"], "mrn"), ") -- retiring duplicate after merge into ",
                     (p["empi"], "mrn")))
        out.append(L(fam, f"{CLK.spark()} INFO DeleteCommand: [tableId={hexs(8)}] numRemovedFiles=1 "
                          f"numAddedFiles=1 numDeletedRows=1 executionTimeMs={random.randint(800, 9000)}"))
    else:
        out.append(L(fam, "VACUUM mpi.match_pairs RETAIN 168 HOURS"))
        out.append(L(fam, f"Deleted {random.randint(40, 900)} files and directories in a total of "
                          f"{random.randint(2, 40)} directories."))
    return out


def fam_df_show(r=None):
    fam = "df-show"
    r = random.random() if r is None else r
    if r < 0.45:
        n = random.randint(3, 6)
        rows = []
        for _ in range(n):
            p, v = person()
            x = random.choice([p, v])
            rows.append([(x["empi"], "mrn"), (x["mrn"], "mrn"), str(x["sk"]),
                         (x["last"], "name"), (x["first"], "name"), (dfmt(x["dob"]), "date"),
                         (x["zip"], "zip"), (phone_fmt(x, random.choice(["paren", "dash", "raw"])), "phone"),
                         random.choice(["NBH_EPIC", "LAKESIDE_EHR", "NBH_EPIC", "PORTAL"])])
        cols = ["empi_id", "mrn", "patient_sk", "last_name", "first_name", "birth_date", "zip5", "phone_home",
                "source_system"]
        out = [L(fam, ">>> dupes.select(*cols).orderBy('last_name').show()")]
        return out + show_table(fam, cols, rows, footer=random.choice([None, "only showing top 20 rows"]))
    if r < 0.6:
        rows = []
        for _ in range(random.randint(3, 5)):
            p, v = person()
            addr = p["street"] + (" " + p["unit"] if p["unit"] else "")
            age = p["age"]
            rows.append([(p["empi"], "mrn"), (p["last"].upper() + ", " + p["first"].upper(), "name"),
                         (addr, "address"), (p["city"], "address"), "OH", (p["zip4"], "zip"),
                         (str(age), "age" if age > 89 else None)])
        out = [L(fam, ">>> addr_issues.show(5)")]
        return out + show_table(fam, ["empi_id", "full_name", "addr_line1", "city", "state", "zip", "age"], rows)
    if r < 0.85:
        cols = ["column", "non_null", "null_rate", "distinct", "min_len", "max_len"]
        rows = []
        total = random.randint(40000, 60000)
        for c in ["empi_id", "mrn", "last_name", "first_name", "birth_date", "ssn", "phone_home", "email", "zip5"]:
            nn = total - random.randint(0, 6000)
            rows.append([c, str(nn), f"{(total - nn) / total:.4f}", str(random.randint(1000, nn)),
                         str(random.randint(1, 5)), str(random.randint(8, 40))])
        random.shuffle(rows)
        rows = rows[:random.randint(5, 9)]
        out = [L(fam, f">>> profile(spark.table('silver.registration_std')).show()  # total_rows={total}")]
        return out + show_table(fam, cols, rows)
    if r < 0.93:
        cols = ["ingest_date", "source_system", "records", "new_empi", "auto_linked", "to_review"]
        rows = []
        for d in range(3):
            day = TODAY - dt.timedelta(days=d + 1)
            for sysn in ["NBH_EPIC", "LAKESIDE_EHR"]:
                rec = random.randint(3000, 20000)
                rows.append([day.isoformat(), sysn, str(rec), str(random.randint(100, 900)),
                             str(random.randint(2000, rec)), str(random.randint(5, 90))])
        return [L(fam, ">>> daily_stats.orderBy(F.desc('ingest_date')).show()")] + show_table(fam, cols, rows)
    p, v = person()
    cols = ["empi_id", "mrn", "last_name", "first_name", "birth_date", "sex", "ssn",
            "addr_line1", "city", "zip5", "email", "health_plan_id"]
    row = [(p["empi"], "mrn"), (p["mrn"], "mrn"), (p["last"], "name"), (p["first"], "name"),
           (dfmt(p["dob"]), "date"), p["sex"], (p["ssn"], "ssn"), (p["street"], "address"), (p["city"], "address"),
           (p["zip"], "zip"), (p["email"], "email"), (p["plan"][1], "health_plan")]
    return [L(fam, f">>> pm.filter(F.col('empi_id') == '", (p["empi"], "mrn"), "').show(vertical=True, truncate=False)")] \
        + show_vertical(fam, cols, row)


def fam_display_json(r=None):
    fam = "display-json"
    p, v = person()
    while "'" in p["last"]:
        p, v = person()
    r = random.random() if r is None else r
    if r < 0.4:
        lb = LB(fam).t("['")
        for i, x in enumerate([p, v]):
            if i:
                lb.t("', '")
            jobj(lb, Obj(("empi_id", x["empi"], "mrn"), ("mrn", x["mrn"], "mrn"), ("patient_sk", x["sk"]),
                         ("last_name", x["last"], "name"), ("first_name", x["first"], "name"),
                         ("birth_date", dfmt(x["dob"]), "date"), ("zip5", x["zip"], "zip"),
                         ("match_group", "MG-" + dg(6)), ("ingest_date", "2024-03-13")),
                 ea=False, sep=",", kv=":")
        lb.t("']")
        return [L(fam, ">>> pairs_df.toJSON().take(2)"), lb]
    if r < 0.7:
        lb = LB(fam)
        pf = random.choice(["paren", "dash", "e164"])
        obj = Obj(("event_id", uuid4()), ("source", "portal.prereg"), ("received_at", CLK.t.isoformat() + "Z"),
                  ("patient", Obj(("lastName", p["last"], "name"), ("firstName", p["first"], "name"),
                                  ("dob", dfmt(p["dob"]), "date"), ("age", p["age"], "age" if p["age"] > 89 else None),
                                  ("sex", p["sex"]),
                                  ("homePhone", phone_fmt(p, pf), "phone"), ("email", p["email"], "email"),
                                  ("address", Obj(("line1", p["street"], "address"), ("line2", p["unit"] or None,
                                                                                       "address"),
                                                  ("city", p["city"], "address"), ("state", "OH"),
                                                  ("postalCode", p["zip"], "zip"))))),
                  ("coverage", Obj(("payer", p["plan"][0]), ("memberId", p["plan"][1], "health_plan"),
                                   ("groupNumber", p["group"] or None))),
                  ("portalUser", p["portal_user"], "other_id"),
                  ("clientIp", random.choice(["73.", "98.", "24.", "174."]) + f"{random.randint(16, 250)}."
                   f"{random.randint(1, 250)}.{random.randint(2, 250)}", "ip"),
                  ("status", "PENDING_VERIFICATION"))
        jobj(lb, obj, ea=True)
        return [L(fam, ">>> print(json.dumps(evt, default=str))"), lb]
    if r < 0.85:
        lb = LB(fam)
        fax = p["ac"] + "-555-01" + f"{random.randint(0, 99):02d}"
        obj = Obj(("empi_id", p["empi"], "mrn"), ("preferred_contact", "fax"),
                  ("fax", fax, "fax"), ("phone_home", phone_fmt(p, "dash"), "phone"),
                  ("pcp_fax", "937-555-0100"), ("pcp_npi", make_npi()),
                  ("updated_by", staff()[1]), ("updated_at", CLK.t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"))
        jobj(lb, obj, ea=True)
        return [L(fam, ">>> display(contact_prefs.limit(1).toPandas().to_dict('records')[0])"), lb]
    lb = LB(fam)
    acc_date = TODAY - dt.timedelta(days=random.randint(3, 30))
    obj = Obj(("empi_id", p["empi"], "mrn"), ("accident_date", dfmt(acc_date), "date"),
              ("accident_state", "OH"), ("auto_claim_no", "CLM-" + dg(10), "other_id"),
              ("vehicle_vin", make_vin(), "vehicle"),
              ("plate", "OH " + random.choice("HJKLMN") + random.choice("ABCDEFG") + random.choice("RSTUV") + dg(4),
               "vehicle"),
              ("guarantor_account", p["har"], "account"), ("liability_payer", "Progressive"))
    jobj(lb, obj, ea=True)
    return [L(fam, ">>> print(json.dumps(mva_row.asDict(), default=str))"), lb]


def fam_print_schema(r=None):
    fam = "printSchema"
    out = [L(fam, ">>> spark.table('mpi.patient_master').printSchema()"), L(fam, "root")]
    fields = [("empi_id", "string"), ("patient_sk", "long"), ("mrn", "string"), ("source_system", "string"),
              ("last_name", "string"), ("first_name", "string"), ("middle_name", "string"),
              ("birth_date", "date"), ("sex", "string"), ("ssn", "string"), ("phone_home", "string"),
              ("email", "string"), ("match_weight", "double"), ("is_test_patient", "boolean"),
              ("ingest_date", "date"), ("_rescued_data", "string")]
    k = random.randint(6, 10)
    sel = sorted(random.sample(range(len(fields)), k))
    for i in sel:
        n, t = fields[i]
        out.append(L(fam, f" |-- {n}: {t} (nullable = {'false' if n == 'empi_id' else 'true'})"))
        if n == "source_system" and random.random() < 0.5:
            out.append(L(fam, " |-- addresses: array (nullable = true)"))
            out.append(L(fam, " |    |-- element: struct (containsNull = true)"))
            out.append(L(fam, " |    |    |-- use: string (nullable = true)"))
            out.append(L(fam, " |    |    |-- line1: string (nullable = true)"))
            out.append(L(fam, " |    |    |-- postal_code: string (nullable = true)"))
    out.append(L(fam, ""))
    return out


def fam_row_repr(r=None):
    fam = "row-repr"
    p, v = person()
    r = random.random() if r is None else r
    if r < 0.6:
        lb = LB(fam).t("[")
        for i, x in enumerate([p, v]):
            if i:
                lb.t(", ")
            lb.t("Row(empi_id=")
            prepr(lb, x["empi"], "mrn").t(", mrn=")
            prepr(lb, x["mrn"], "mrn").t(", last_name=")
            prepr(lb, x["last"], "name").t(", first_name=")
            prepr(lb, x["first"], "name").t(", birth_date=datetime.date(").p(dfmt(x["dob"], "py"), "date")
            lb.t("), ssn=")
            if random.random() < 0.7:
                prepr(lb, x["ssn"], "ssn")
            else:
                lb.t("None")
            lb.t(f", match_weight={round(random.uniform(6, 18), 6)})")
        lb.t("]")
        return [L(fam, ">>> pairs.filter('match_weight > 6').select(cols).take(2)"), lb]
    if r < 0.8:
        rows = ", ".join(f"Row(source_system='{s}', n={random.randint(1000, 60000)}, "
                         f"null_ssn={random.randint(10, 3000)}, null_rate={random.uniform(0, 0.2):.4f})"
                         for s in ["NBH_EPIC", "LAKESIDE_EHR", "PORTAL"])
        return [L(fam, ">>> dq.groupBy('source_system').agg(*aggs).collect()"), L(fam, "[" + rows + "]")]
    lb = LB(fam).t("Row(empi_id=")
    prepr(lb, p["empi"], "mrn").t(", age_at_registration=")
    lb.p(str(p["age"]), "age" if p["age"] > 89 else None).t(", county=")
    prepr(lb, p["county"], "address").t(", dl_number=")
    prepr(lb, p["dl"], "license").t(", dl_state='OH', id_verified=True)")
    return [L(fam, ">>> idv.first()"), lb]


def fam_scala(r=None):
    fam = "scala-repl"
    p, v = person()
    r = random.random() if r is None else r
    if r < 0.45:
        lb = LB(fam).t(f"res{random.randint(3, 60)}: Array[PatientRecord] = Array(")
        for i, x in enumerate([p, v]):
            if i:
                lb.t(", ")
            lb.t("PatientRecord(").p(x["empi"], "mrn").t(",").p(x["mrn"], "mrn").t(",").p(x["last"], "name")
            lb.t(",").p(x["first"], "name").t(",").p(dfmt(x["dob"]), "date").t(",").p(x["zip"], "zip")
            lb.t(",Some(").p(x["phone"], "phone").t(f"),{x['sk']})")
        lb.t(")")
        return [L(fam, "scala> pm.as[PatientRecord].filter(_.lastName.startsWith(prefix)).take(2)"), lb]
    if r < 0.65:
        return [L(fam, "scala> case class PatientRecord(empiId: String, mrn: String, lastName: String, "
                       "firstName: String, birthDate: java.sql.Date, zip5: String, phoneHome: Option[String], "
                       "patientSk: Long)"),
                L(fam, "defined class PatientRecord"),
                L(fam, "pm: org.apache.spark.sql.DataFrame = [empi_id: string, mrn: string ... 14 more fields]")]
    if r < 0.85:
        return [L(fam, f"{CLK.spark()} INFO DupeResolver: resolved PatientKey(LAKESIDE_EHR,", (v["mrn"], "mrn"),
                  ") -> EmpiId(", (p["empi"], "mrn"), f") via rule R{random.randint(1, 9)} in "
                                                      f"{random.randint(2, 90)} ms")]
    mw = random.uniform(4, 20)
    return [L(fam, f"{CLK.spark()} INFO ClericalQueue: enqueue MatchCandidate(",
              (p["empi"], "mrn"), ",", (v["empi"], "mrn"), ",", (p["last"], "name"), ",", (v["last"], "name"), ",",
              (p["first"], "name"), ",", (v["first"], "name"), ",", (dfmt(p["dob"]), "date"), ",",
              (dfmt(v["dob"]), "date"), f",{mw:.4f},{1 / (1 + 2 ** -mw):.6f})")]


def fam_parquet(r=None):
    fam = "parquet-meta"
    r = random.random() if r is None else r
    if r < 0.5:
        out = [L(fam, f"$ parquet-tools schema part-{random.randint(0, 199):05d}-{uuid4()}-c000.snappy.parquet"),
               L(fam, "message spark_schema {")]
        for n, t in [("empi_id", "binary empi_id (STRING)"), ("patient_sk", "int64 patient_sk"),
                     ("mrn", "binary mrn (STRING)"), ("last_name", "binary last_name (STRING)"),
                     ("birth_date", "int32 birth_date (DATE)"), ("match_weight", "double match_weight"),
                     ("ingest_date", "int32 ingest_date (DATE)")]:
            if random.random() < 0.8:
                out.append(L(fam, f"  optional {t};"))
        out.append(L(fam, "}"))
        return out
    out = [L(fam, f"$ parquet-tools meta part-{random.randint(0, 199):05d}-{uuid4()}-c000.snappy.parquet"),
           L(fam, "creator:     parquet-mr version 1.12.3-databricks-0002 (build 2484a95dbe16a0023e3eb29c201f99ff9ea771ee)"),
           L(fam, f"row group 1: RC:{random.randint(20000, 90000)} TS:{random.randint(10**6, 10**7)} OFFSET:4")]
    ps = random.sample(PEOPLE, 4)
    lo = min(ps[:2], key=lambda x: x["last"])
    hi = max(ps[:2], key=lambda x: x["last"])
    ps[2] = random.choice([x for x in PEOPLE if x["age"] > 80])
    ps[3] = random.choice([x for x in PEOPLE if x["age"] < 30])
    vc = random.randint(20000, 90000)

    def colline(name, typ, mn, mx, cat, nulls):
        return L(fam, f"{name}:".ljust(14), f"{typ} SNAPPY DO:0 FPO:{random.randint(4, 10**6)} "
                 f"SZ:{random.randint(10**4, 10**6)}/{random.randint(10**5, 10**7)}/{random.uniform(1, 4):.2f} VC:{vc} "
                 "ENC:RLE,PLAIN_DICTIONARY,BIT_PACKED ST:[min: ", (mn, cat), ", max: ", (mx, cat),
                 f", num_nulls: {nulls}]")

    out.append(L(fam, "empi_id:".ljust(14) + f"BINARY SNAPPY DO:0 FPO:4 SZ:{random.randint(10**4, 10**6)}/"
                      f"{random.randint(10**5, 10**7)}/1.00 VC:{vc} ENC:PLAIN,RLE,BIT_PACKED ST:[no stats for this column]"))
    out.append(colline("last_name", "BINARY", lo["last"], hi["last"], "name", random.randint(0, 9)))
    dobs = sorted([ps[2]["dob"], ps[3]["dob"]])
    out.append(colline("birth_date", "INT32", dfmt(dobs[0]), dfmt(dobs[1]), "date", random.randint(0, 40)))
    out.append(L(fam, "match_weight:".ljust(14) + f"DOUBLE SNAPPY DO:0 FPO:{random.randint(4, 10**6)} "
                      f"SZ:88213/88190/1.00 VC:{vc} ENC:PLAIN,RLE,BIT_PACKED ST:[min: -12.4183, max: 27.9912, "
                      "num_nulls: 0]"))
    return out


SPLINK_COLS = ["first_name", "last_name", "birth_date", "zip5", "phone_home"]


def fam_splink(r=None):
    fam = "splink"
    r = random.random() if r is None else r
    py = CLK.py
    if r < 0.2:
        out = [L(fam, "----- Starting EM training session -----"),
               L(fam, "Estimating the m probabilities of the model by blocking on:"),
               L(fam, random.choice(["(l.\"birth_date\" = r.\"birth_date\")",
                                     "(l.\"last_name\" = r.\"last_name\") AND (l.\"zip5\" = r.\"zip5\")"])),
               L(fam, "")]
        lvl = ["Exact match on first_name", "Jaro-Winkler distance of first_name >= 0.9", "All other comparisons"]
        for i in range(1, random.randint(3, 6)):
            c = random.choice(SPLINK_COLS)
            out.append(L(fam, f"Iteration {i}: Largest change in params was {random.uniform(-0.5, 0.5):.3g} in the "
                              f"m_probability of {c}, level `{random.choice(lvl).replace('first_name', c)}`"))
        out.append(L(fam, f"EM converged after {i} iterations"))
        return out
    if r < 0.3:
        rows = []
        for c in random.sample(SPLINK_COLS, 3):
            for g, lab in [(2, "Exact match"), (1, "Levenshtein <= 2"), (0, "All other")]:
                m, u = random.uniform(0.01, 0.9), random.uniform(0.0001, 0.2)
                rows.append([c, str(g), f"{lab} {c}"[:40], repr(round(m, 9)), repr(round(u, 9)),
                             f"{m / u:.4f}"])
        return [L(fam, ">>> linker.m_u_parameters_chart(); mu_df.show()")] + \
            show_table(fam, ["comparison_name", "comparison_vector_value", "label_for_charts", "m_probability",
                             "u_probability", "bayes_factor"], rows)
    if r < 0.45:
        rows = []
        for _ in range(random.randint(3, 5)):
            p, v = person()
            mw = random.uniform(-2, 22)
            rows.append([repr(round(mw, 12)), repr(round(1 / (1 + 2 ** -mw), 12)), str(p["sk"]), str(v["sk"]),
                         (p["first"], "name"), (v["first"], "name"), (p["last"], "name"), (v["last"], "name"),
                         (dfmt(p["dob"]), "date"), (dfmt(v["dob"]), "date"), str(random.randint(0, 3)),
                         (p["zip"], "zip"), (v["zip"], "zip")])
        return [L(fam, ">>> df_predict = linker.predict(threshold_match_probability=0.5).as_spark_dataframe()"),
                L(fam, ">>> df_predict.orderBy(F.desc('match_weight')).show(5)")] + \
            show_table(fam, ["match_weight", "match_probability", "unique_id_l", "unique_id_r", "first_name_l",
                             "first_name_r", "last_name_l", "last_name_r", "birth_date_l", "birth_date_r",
                             "gamma_birth_date", "zip5_l", "zip5_r"], rows,
                       footer="only showing top 5 rows")
    if r < 0.92:
        p, v = person()
        mw = random.uniform(3, 21)
        pair = random.randint(700000, 799999)
        lb = L(fam, f"{py()} INFO mpi.match.review_export: pair={pair} mw={mw:.2f} p={1 / (1 + 2 ** -mw):.5f} "
                    f"L[rec={p['sk']} mrn=", (p["mrn"], "mrn"), " name=\"",
               (p["last"].upper() + ", " + p["first"].upper(), "name"), "\" dob=", (dfmt(p["dob"]), "date"),
               " zip=", (p["zip"], "zip"), f"] R[rec={v['sk']} mrn=", (v["mrn"], "mrn"), " name=\"",
               (v["last"].upper() + ", " + v["first"].upper(), "name"), "\" dob=", (dfmt(v["dob"]), "date"),
               " zip=", (v["zip"], "zip"),
               f"] gammas fn={random.randint(0, 3)} ln={random.randint(0, 3)} dob={random.randint(0, 4)} "
               f"zip={random.randint(0, 1)} -> {'AUTO_LINK' if mw > 16 else 'CLERICAL_REVIEW'}")
        return [lb]
    return [L(fam, f"Blocking time: {random.uniform(3, 60):.2f} seconds"),
            L(fam, f"Predict time: {random.uniform(30, 400):.2f} seconds"),
            L(fam, f"{py()} INFO splink.internals.linker: {random.randint(10**5, 10**7):,} pairwise comparisons "
                   f"generated, {random.randint(100, 9000):,} above threshold 0.5")]


def ge_pretty(p_list, column, etype, kwargs_extra, unexpected, cat, element_count):
    """Pretty printed (indent=2) GE validation result; one list of LB per line."""
    fam = "ge-validation"
    out = [L(fam, ">>> print(json.dumps(res.to_json_dict(), indent=2))"), L(fam, "{"),
           L(fam, '  "success": false,'), L(fam, '  "expectation_config": {'),
           L(fam, f'    "expectation_type": "{etype}",'), L(fam, '    "kwargs": {'),
           L(fam, f'      "column": "{column}",')]
    for k, vv in kwargs_extra:
        out.append(L(fam, f'      "{k}": {json.dumps(vv)},'))
    out.append(L(fam, f'      "batch_id": "{hexs(32)}"'))
    out += [L(fam, "    },"), L(fam, '    "meta": {}'), L(fam, "  },"), L(fam, '  "result": {'),
            L(fam, f'    "element_count": {element_count},')]
    miss = random.randint(0, 2000)
    out.append(L(fam, f'    "missing_count": {miss},'))
    out.append(L(fam, f'    "missing_percent": {miss / element_count * 100!r},'))
    uc = len(unexpected) + random.randint(0, 60)
    out.append(L(fam, f'    "unexpected_count": {uc},'))
    out.append(L(fam, f'    "unexpected_percent": {uc / (element_count - miss) * 100!r},'))
    out.append(L(fam, '    "partial_unexpected_list": ['))
    for i, (val, c) in enumerate(unexpected):
        lb = LB(fam).t("      ")
        jval(lb, val, c, True, ", ", ": ")
        if i < len(unexpected) - 1:
            lb.t(",")
        out.append(lb)
    out += [L(fam, "    ]"), L(fam, "  },"), L(fam, '  "meta": {},'),
            L(fam, '  "exception_info": {'), L(fam, '    "raised_exception": false,'),
            L(fam, '    "exception_traceback": null,'), L(fam, '    "exception_message": null'),
            L(fam, "  }"), L(fam, "}")]
    return out


def fam_ge(r=None):
    fam = "ge-validation"
    r = random.random() if r is None else r
    py = CLK.py
    if r < 0.12:
        ps = random.sample(range(len(PEOPLE)), 5)
        unexpected = []
        for i in ps:
            x = PEOPLE[i]
            unexpected.append((random.choice([phone_fmt(x, "dots"), phone_fmt(x, "raw"), x["ph"],
                                              phone_fmt(x, "e164")]), "phone"))
        unexpected.insert(2, ("000-000-0000", None))
        return ge_pretty(None, "phone_home", "expect_column_values_to_match_regex",
                         [("regex", "^\\(\\d{3}\\) \\d{3}-\\d{4}$"), ("mostly", 0.995)], unexpected, "phone",
                         random.randint(40000, 60000))
    if r < 0.2:
        unexpected = []
        for i in random.sample(range(len(PEOPLE)), 14):
            x = PEOPLE[i]
            if any(ord(ch) > 127 for ch in x["first"]):
                unexpected.append(x["first"])
        unexpected = unexpected[:4] or ["Zoë"]
        lb = L(fam, f"{CLK.airflow()} {{logging_mixin.py:151}} INFO - expectation=expect_column_values_to_match_regex "
                    "column=first_name regex=^[A-Za-z' -]+$ success=False unexpected_count=", str(random.randint(40, 300)),
               " partial_unexpected_list=[")
        for i, x in enumerate(unexpected):
            lb.t(", " if i else "").t("'").p(x, "name").t("'")
        lb.t("]")
        return [lb]
    if r < 0.55:
        ts = CLK.py
        col = random.choice(["sex", "birth_date", "mrn", "empi_id", "email"])
        nmet = random.randint(40, 120)
        return [L(fam, f"{ts()} - great_expectations.data_context.data_context.abstract_data_context - INFO - "
                       "FileDataContext loading fluent config"),
                L(fam, f"{ts()} - great_expectations.validator.validator - INFO - \t"
                       f"{random.randint(18, 40)} expectation(s) included in expectation_suite."),
                L(fam, f"Calculating Metrics: 100%|██████████| {nmet}/{nmet} "
                       f"[00:{random.randint(1, 59):02d}<00:00, {random.uniform(2, 30):.2f}it/s]"),
                L(fam, f"{ts()} - mpi.dq.checkpoint - INFO - expectation=expect_column_values_to_not_be_null "
                       f"column={col} success=True unexpected_count=0 element_count={random.randint(40000, 60000)}")]
    if r < 0.75:
        p1, p2, p3 = random.sample(PEOPLE, 3)
        bad1 = p1["ssn"].replace("-", "")
        bad1 = bad1[:5] + "O" + bad1[6:]
        bad2 = p2["ssn"][:-1]
        return [L(fam, f"{CLK.airflow()} {{logging_mixin.py:151}} INFO - expectation=expect_column_values_to_match_regex "
                       "column=ssn success=False unexpected_count=", str(random.randint(4, 40)),
                       " partial_unexpected_list=['", (bad1, "ssn"), "', '000-00-0000', '", (bad2, "ssn"),
                       "', '999-99-9999', '", (p3["ssn"].replace("-", " "), "ssn"), "']")]
    if r < 0.9:
        ps = random.sample(PEOPLE, 3)
        lb = L(fam, f"{CLK.airflow()} {{logging_mixin.py:151}} INFO - expectation=expect_column_values_to_be_between "
                    "column=age_at_registration min_value=0 max_value=115 success=False partial_unexpected_list=[")
        vals = [str(random.randint(116, 134)), str(random.randint(116, 134)), "-1"]
        for i, val in enumerate(vals):
            if i:
                lb.t(", ")
            lb.p(val, "age" if int(val) > 89 else None)
        lb.t("]")
        return [lb]
    ps = random.sample(PEOPLE, 3)
    lb = L(fam, f"{CLK.airflow()} {{logging_mixin.py:151}} INFO - expectation=expect_column_value_lengths_to_equal "
                "column=zip5 value=5 success=False unexpected_percent=0.0213 partial_unexpected_list=['",
           (ps[0]["zip4"].replace("-", ""), "zip"), "', '", (ps[1]["zip"][:4], "zip"), "', '",
           (ps[2]["zip4"], "zip"), "', 'UNKNO']")
    return [lb]


def fam_worklist(r=None):
    fam = "dup-worklist"
    r = random.random() if r is None else r
    if r < 0.55:
        out = [L(fam, f"$ head -4 /dbfs/mnt/exports/worklist/dt={TODAY.isoformat()}/pairs.csv"),
               L(fam, "task_id,priority,empi_a,empi_b,mrn_a,mrn_b,match_weight,match_probability,reason_codes,"
                      "assigned_to,status,created_at")]
        for _ in range(3):
            p, v = person()
            mw = random.uniform(6, 20)
            out.append(L(fam, f"DW-2024-{random.randint(30000, 39999):06d},{random.choice(['HIGH', 'MED', 'LOW'])},",
                         (p["empi"], "mrn"), ",", (v["empi"], "mrn"), ",", (p["mrn"], "mrn"), ",", (v["mrn"], "mrn"),
                         f",{mw:.2f},{1 / (1 + 2 ** -mw):.5f},\"DOB_EXACT|LN_{'EXACT' if p['last'] == v['last'] else 'JW90'}"
                         f"|FN_{'NICK' if v.get('kind') == 'nick' else 'EXACT'}\",{staff()[1]},OPEN,"
                         f"{CLK.tick(0, 2).strftime('%Y-%m-%dT%H:%M:%SZ')}"))
        return out
    out = [L(fam, "#   Task            Score   Patient A                                         Patient B"
                  "                                         Reviewer")]
    for i in range(random.randint(2, 3)):
        p, v = person()
        a_name = p["last"].upper() + ", " + p["first"].upper()
        b_name = v["last"].upper() + ", " + v["first"].upper()
        sc = random.uniform(0.8, 0.99999)
        lb = L(fam, f"{i + 1:<3} DW-2024-{random.randint(30000, 39999):06d}  {sc:.4f}  ",
               (a_name, "name"), " " * max(1, 22 - len(a_name)), (dfmt(p["dob"], "us"), "date"), " (",
               (str(p["age"]), "age" if p["age"] > 89 else None), f"y){' ' * (3 - len(str(p['age'])))} MRN ",
               (p["mrn"], "mrn"), "   ", (b_name, "name"), " " * max(1, 22 - len(b_name)),
               (dfmt(v["dob"], "us"), "date"), " (", (str(v["age"]), "age" if v["age"] > 89 else None),
               f"y){' ' * (3 - len(str(v['age'])))} MRN ", (v["mrn"], "mrn"), f"   {staff()[0]}")
        out.append(lb)
    out.append(L(fam, f"-- {random.randint(40, 400)} open tasks, oldest created {CLK.t.date() - dt.timedelta(days=9)}, "
                      f"SLA breach: {random.randint(0, 12)}"))
    return out


def hl7_msg(p, evt):
    """Returns list of parts for an HL7 v2 message with \\r escaped (as printed via repr)."""
    ctl = "NBH" + dg(10)
    nk_first, nk_last = random.choice([f[0] for f in FIRST if f[0] != p["first"]]), p["last"]
    nk_phone_ac, nk_ph = phone_parts()
    clin = random.choice(CLIN)
    admit = TODAY - dt.timedelta(days=random.randint(1, 3))
    sep = "\\r"
    parts = [f"MSH|^~\\\\&|EPIC|NBH|MPI|NBH|{CLK.t.strftime('%Y%m%d%H%M%S')}||ADT^{evt}^ADT_A01|{ctl}|P|2.5.1{sep}",
             f"EVN|{evt}|{CLK.t.strftime('%Y%m%d%H%M%S')}|||{staff()[1].upper()}{sep}",
             "PID|1||", (p["mrn"], "mrn"), "^^^NBH^MR~", (p["empi"], "mrn"), "^^^NBH_EMPI^PI||",
             (p["last"], "name"), "^", (p["first"], "name"), "^^^^^L||",
             (dfmt(p["dob"], "hl7"), "date"), f"|{p['sex']}|||", (p["street"], "address"), "^",
             (p["unit"], "address"), "^", (p["city"], "address"), "^OH^", (p["zip"], "zip"), "^USA^H^^",
             (p["county"], "address"), "||", (p["phone"], "phone"), "^PRN^PH^", (p["email"], "email"),
             "|||||", (p["har"], "account"), "^^^NBH^AN|", (p["ssn"], "ssn"), "|", (p["dl"], "license"),
             f"^OH^{(TODAY + dt.timedelta(days=random.randint(200, 1500))).strftime('%Y%m%d')}{sep}"]
    if random.random() < 0.6:
        rel = random.choice([("SPO", "Spouse"), ("CHD", "Child"), ("PAR", "Parent"), ("SIB", "Sibling")])
        parts += ["NK1|1|", (nk_last, "name"), "^", (nk_first, "name"), f"|{rel[0]}^{rel[1]}^HL70063||", (f"({nk_phone_ac}) {nk_ph}", "phone"), f"||EC^Emergency Contact^HL70131{sep}"]
    parts += [f"PV1|1|{random.choice(['E', 'O', 'I'])}|NBH-ED^ED{random.randint(1, 40):02d}^01^NBH||||"
              f"{make_npi()}^{clin[0]}^{clin[1]}^^^^MD|||||||||||V{dg(9)}^^^NBH^VN|||||||||||||||||||||||||",
              (admit.strftime("%Y%m%d") + f"{random.randint(0, 23):02d}{random.randint(0, 59):02d}", "date"), sep]
    if random.random() < 0.6:
        code = {"Medicare": "MCR", "Anthem BCBS": "BCBS01", "Ohio Medicaid": "MCD-OH", "UnitedHealthcare": "UHC01",
                "Aetna": "AET01"}[p["plan"][0]]
        parts += [f"IN1|1|{code}|{dg(5)}|{p['plan'][0]}|"
                  "PO Box 105187^^Atlanta^GA^30348||(800) 555-0199|", p["group"] or "", "|||||||",
                  (p["last"], "name"), "^", (p["first"], "name"), "|01|", (dfmt(p["dob"], "hl7"), "date"),
                  "||||||||||||||||||", (p["plan"][1], "health_plan")]
    return parts, ctl


def fam_kafka(r=None):
    r = random.random() if r is None else r
    if r < 0.2:
        fam = "kafka-java"
        ts = CLK.spark
        grp = "spark-kafka-source-" + uuid4() + "-driver-0"
        cid = "consumer-" + grp + "-" + str(random.randint(1, 9))
        part = random.randint(0, 11)
        off = random.randint(1_800_000, 1_900_000)
        out = [L(fam, f"{ts()} INFO AppInfoParser: Kafka version: 3.4.1"),
               L(fam, f"{ts(0, 0.01)} INFO AppInfoParser: Kafka commitId: 8a516edc2755df89"),
               L(fam, f"{ts(0, 0.01)} INFO AppInfoParser: Kafka startTimeMs: {epoch_ms(CLK.t)}"),
               L(fam, f"{ts()} INFO KafkaConsumer: [Consumer clientId={cid}, groupId={grp}] Subscribed to topic(s): "
                      "adt.hl7.v2, adt.portal.prereg"),
               L(fam, f"{ts()} INFO SubscriptionState: [Consumer clientId={cid}, groupId={grp}] Resetting offset for "
                      f"partition adt.hl7.v2-{part} to position FetchPosition{{offset={off}, offsetEpoch=Optional.empty, "
                      "currentLeader=LeaderAndEpoch{leader=Optional[b-2.nbh-msk.kafka.us-east-2.amazonaws.com:9094 "
                      f"(id: 2 rack: use2-az2)], epoch={random.randint(3, 30)}}}}}.")]
        return out
    if r < 0.28:
        fam = "kafka-java"
        n = random.randint(50, 900)
        return [L(fam, f"{CLK.spark()} INFO MicroBatchExecution: Streaming query made progress: {{"),
                L(fam, f'  "id" : "{uuid4()}",'), L(fam, f'  "runId" : "{uuid4()}",'),
                L(fam, '  "name" : "adt_bronze_ingest",'),
                L(fam, f'  "timestamp" : "{CLK.t.strftime("%Y-%m-%dT%H:%M:%S.")}{CLK.t.microsecond // 1000:03d}Z",'),
                L(fam, f'  "batchId" : {random.randint(8000, 9000)},'),
                L(fam, f'  "numInputRows" : {n},'),
                L(fam, f'  "inputRowsPerSecond" : {n / random.uniform(5, 30)!r},'),
                L(fam, f'  "processedRowsPerSecond" : {n / random.uniform(1, 6)!r},')]
    fam = "kafka-python"
    ts = CLK.py
    p, v = person()
    evt = random.choice(["A08", "A04", "A28", "A31", "A01"])
    part = random.randint(0, 11)
    off = random.randint(1_800_000, 1_900_000)
    out = [L(fam, f"{ts()} DEBUG adt_router.consumer: msg topic=adt.hl7.v2 [{part}] @ {off} key=b'",
             (p["mrn"], "mrn"), f"' ts={epoch_ms(CLK.t)} len={random.randint(600, 1400)}")]
    if random.random() < 0.55:
        parts, ctl = hl7_msg(p, evt)
        out.append(L(fam, f"{ts(0, 0.01)} DEBUG adt_router.consumer: payload='", *parts, "'"))
        out.append(L(fam, f"{ts(0, 0.05)} INFO adt_router.consumer: routed {ctl} ADT^{evt} -> silver.registration_std "
                          f"(partition={part}, lag={random.randint(0, 400)})"))
    else:
        out.append(L(fam, f"{ts(0, 0.05)} INFO adt_router.consumer: routed NBH{dg(10)} ADT^{evt} -> "
                          f"silver.registration_std (partition={part}, lag={random.randint(0, 400)})"))
    if random.random() < 0.3:
        out.append(L(fam, f"{ts()} INFO adt_router.consumer: committed offsets {{'adt.hl7.v2': {{{part}: {off + 1}}}}}"))
    if random.random() < 0.18:
        q, w = person()
        out.append(L(fam, f"{ts()} INFO adt_router.consumer: ADT^A40 merge: prior MRG-1 ", (w["mrn"], "mrn"),
                          " -> PID-3 ", (q["mrn"], "mrn"), f" (control_id=NBH{dg(10)})"))
    return out


def fam_enroll(r=None):
    """Registration-desk identity events: palm-vein biometric, ID photo, device, death index."""
    fam = "python-logging"
    ts = CLK.py
    p, v = person()
    r = random.random() if r is None else r
    if r < 0.3:
        tmpl = base64.b64encode(bytes(random.getrandbits(8) for _ in range(random.randint(120, 180)))).decode()
        lb = L(fam, f"{ts()} INFO idv.enrollment: topic=idv.palmvein offset={random.randint(10000, 99999)} ")
        jobj(lb, Obj(("empiId", p["empi"], "mrn"), ("scannerId", "PSX-" + dg(6)), ("site", "NBH-MAIN-REG-03"),
                     ("enrolledBy", staff()[1]), ("templateFormat", "PV2"), ("palmVeinTemplate", tmpl, "biometric")),
             ea=True)
        return [lb]
    if r < 0.55:
        jpeg = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
                + bytes(random.getrandbits(8) for _ in range(random.randint(150, 220))))
        uri = "data:image/jpeg;base64," + base64.b64encode(jpeg).decode()
        lb = L(fam, f"{ts()} WARNING idv.capture: photo payload not stripped before logging (ticket MPI-{random.randint(400, 900)}) ")
        jobj(lb, Obj(("mrn", p["mrn"], "mrn"), ("kind", "patient_face"), ("capturedAt", CLK.t.isoformat()),
                     ("image", uri, "photo")), ea=True)
        return [lb]
    if r < 0.75:
        lb = L(fam, f"{ts()} INFO rpm.enrollment: linked device to empi ", (p["empi"], "mrn"), ": ")
        dtype, pre = random.choice([("cellular BP cuff", "BPC"), ("CGM reader", "CGR"), ("pulse oximeter hub", "OXH")])
        jobj(lb, Obj(("deviceType", dtype),
                     ("serialNumber", pre + dg(8), "device"),
                     ("imei", make_imei(), "device"), ("vendor", "Tenovi"), ("firmware", f"2.{random.randint(0, 9)}.{random.randint(0, 30)}")),
             ea=True)
        return [lb]
    if r < 0.85:
        slug = asciifold(p["first"]).lower() + "-" + asciifold(p["last"]).lower().replace("'", "")
        dod = TODAY - dt.timedelta(days=random.randint(5, 60))
        url = f"https://www.legacy.com/us/obituaries/daytondailynews/name/{slug}-obituary?id={dg(8)}"
        return [L(fam, f"{ts()} INFO mpi.death_index: candidate deceased match empi=", (p["empi"], "mrn"),
                  " dod=", (dfmt(dod), "date"), " source_url=", (url, "url"),
                  f" score={random.uniform(0.7, 0.99):.3f} reviewer_queue=HIM-DECEDENT")]
    if r < 0.95:
        ip = random.choice(["73.", "98.", "24.", "174.", "107.", "68."]) + \
            f"{random.randint(16, 250)}.{random.randint(1, 250)}.{random.randint(2, 250)}"
        lb = L(fam, f"{ts()} WARNING portal.dupacct: possible duplicate portal accounts ")
        jobj(lb, Obj(("accounts", Arr((p["portal_user"], "other_id"), (v["portal_user"] if v["portal_user"] != p["portal_user"]
                                                                       else p["portal_user"][:-2] + dg(2), "other_id"))),
                     ("mrns", Arr((p["mrn"], "mrn"), (v["mrn"], "mrn"))), ("sharedClientIp", ip, "ip"),
                     ("userAgent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15"),
                     ("ruleId", "PORTAL-DUP-02"), ("requestId", uuid4())), ea=True)
        return [lb]
    return [L(fam, f"{ts()} INFO idv.intl: passport verified for empi ", (p["empi"], "mrn"), " passport_no=",
              (random.choice("ABCEFHKLMNP") + dg(8), "other_id"), " country=", random.choice(["ISL", "MEX", "NGA", "IND"]),
              f" verified_by={staff()[1]}")]


def fam_airflow(r=None):
    fam = "airflow-task"
    ts = CLK.airflow
    dag = random.choice(["mpi_nightly_match", "registration_dq_daily", "adt_bronze_compaction"])
    task = {"mpi_nightly_match": ["splink_predict", "export_worklist", "merge_to_master"],
            "registration_dq_daily": ["run_ge_checkpoint", "publish_dq_report"],
            "adt_bronze_compaction": ["optimize_bronze", "vacuum_bronze"]}[dag]
    task = random.choice(task)
    run_id = "scheduled__2024-03-13T02:00:00+00:00"
    r = random.random() if r is None else r
    if r < 0.4:
        return [L(fam, f"*** Reading remote log from s3://nbh-airflow-logs/dag_id={dag}/run_id={run_id}/task_id={task}/"
                       "attempt=1.log."),
                L(fam, f"{ts()} {{taskinstance.py:1159}} INFO - Dependencies all met for dep_context=non-requeueable "
                       f"deps ti=<TaskInstance: {dag}.{task} {run_id} [queued]>"),
                L(fam, f"{ts(0, 0.2)} {{taskinstance.py:1361}} INFO - Starting attempt 1 of 3"),
                L(fam, f"{ts(0, 0.2)} {{taskinstance.py:1382}} INFO - Executing <Task(DatabricksSubmitRunOperator): "
                       f"{task}> on 2024-03-13 02:00:00+00:00"),
                L(fam, f"{ts(0, 0.2)} {{standard_task_runner.py:57}} INFO - Started process {random.randint(1000, 60000)} "
                       "to run task"),
                L(fam, f"{ts(0, 0.2)} {{task_command.py:416}} INFO - Running <TaskInstance: {dag}.{task} {run_id} "
                       "[running]> on host airflow-worker-2.airflow-worker.airflow.svc.cluster.local")]
    if r < 0.7:
        run = random.randint(880000, 890000)
        return [L(fam, f"{ts()} {{databricks.py:133}} INFO - Run submitted with run_id: {run}"),
                L(fam, f"{ts(0, 0.1)} {{databricks.py:57}} INFO - View run status, Spark UI, and logs at "
                       f"https://adb-7718234412983.3.azuredatabricks.net/?o=7718234412983#job/1182/run/{run}"),
                L(fam, f"{ts(20, 120)} {{databricks.py:90}} INFO - {task} in run state: {{'life_cycle_state': "
                       "'RUNNING', 'result_state': '', 'state_message': ''}"),
                L(fam, f"{ts(60, 400)} {{databricks.py:90}} INFO - {task} in run state: {{'life_cycle_state': "
                       "'TERMINATED', 'result_state': 'SUCCESS', 'state_message': ''}"),
                L(fam, f"{ts()} {{taskinstance.py:1400}} INFO - Marking task as SUCCESS. dag_id={dag}, task_id={task}, "
                       f"execution_date=20240313T020000, start_date={(CLK.t - dt.timedelta(minutes=9)).strftime('%Y%m%dT%H%M%S')}, "
                       f"end_date={CLK.t.strftime('%Y%m%dT%H%M%S')}"),
                L(fam, f"{ts()} {{local_task_job_runner.py:228}} INFO - Task exited with return code 0")]
    if r < 0.85:
        p, v = person()
        return [L(fam, f"{ts()} {{logging_mixin.py:151}} WARNING - skipping pair {random.randint(700000, 799999)}: "
                       "EMPI ", (v["empi"], "mrn"), " already retired (merged into ", (p["empi"], "mrn"),
                       f") by {staff()[1]}"),
                L(fam, f"{ts()} {{logging_mixin.py:151}} INFO - [dup-export] wrote {random.randint(100, 900)} pairs to "
                       f"s3://nbh-mpi-exports/worklist/dt={TODAY.isoformat()}/pairs.csv")]
    p, v = person()
    return [L(fam, f"{ts()} {{sql.py:418}} INFO - Running statement: SELECT empi_id, mrn, birth_date FROM "
                   "mpi.patient_xref WHERE mrn = '", (p["mrn"], "mrn"), "' AND source_system = 'NBH_EPIC', "
                                                                        "parameters: None"),
            L(fam, f"{ts()} {{sql.py:427}} INFO - Rows affected: 1")]


def fam_flask(r=None):
    fam = "flask-review"
    ts = CLK.werk
    ip = random.choice(["10.44.2.17", "10.44.2.31", "10.44.3.8", "172.20.14.6"])
    pair = random.randint(700000, 799999)
    r = random.random() if r is None else r
    st = staff()
    if r < 0.35:
        return [L(fam, f'{ip} - - {ts()} "GET /worklist?status=open&page={random.randint(1, 9)} HTTP/1.1" 200 -'),
                L(fam, f'{ip} - - {ts(0, 0.3)} "GET /static/js/review.{hexs(6)}.js HTTP/1.1" 304 -'),
                L(fam, f'{ip} - - {ts(1, 20)} "GET /pairs/{pair} HTTP/1.1" 200 -'),
                L(fam, f"{CLK.flask()} INFO in auth: session ok user={st[1]} sso=okta from {ip}")]
    if r < 0.6:
        p, v = person()
        decision = random.choice(["MATCH", "MATCH", "NOT_MATCH"])
        out = [L(fam, f'{ip} - - {ts()} "POST /pairs/{pair}/decision HTTP/1.1" 302 -'),
               L(fam, f"{CLK.flask()} INFO in decisions: pair {pair} decided {decision} by {st[1]} ({st[0]}) "
                      "survivor=", (p["empi"], "mrn"), " retired=", (v["empi"], "mrn"))]
        if decision == "NOT_MATCH" and random.random() < 0.7:
            out.append(L(fam, f"{CLK.flask()} WARNING in decisions: override: {st[1]} marked NOT_MATCH despite "
                              f"mw={random.uniform(12, 20):.1f} (possible twins? DOB ", (dfmt(p["dob"]), "date"),
                         ", first names ", (p["first"], "name"), "/", (random.choice(FIRST)[0], "name"), ")"))
        return out
    if r < 0.8:
        p, v = person()
        q = random.choice([
            ["last_name=", (urllib.parse.quote_plus(p["last"]), "name"), "&dob=", (dfmt(p["dob"]), "date")],
            ["mrn=", (p["mrn"], "mrn")],
            ["phone=", (phone_fmt(p, "raw"), "phone")],
        ])
        return [L(fam, f'{ip} - - {ts()} "GET /search?', *q, ' HTTP/1.1" 200 -'),
                L(fam, f'{ip} - - {ts(1, 9)} "GET /patients/', (p["empi"], "mrn"), '/history HTTP/1.1" 200 -')]
    if r < 0.9:
        return [L(fam, f"{CLK.flask()} INFO in notify: sent worklist digest ({random.randint(20, 300)} open) to "
                       f"mpi-dq@{STAFF_DOMAIN} via smtp.{STAFF_DOMAIN}:587 from noreply@{STAFF_DOMAIN}"),
                L(fam, f"{CLK.flask()} INFO in app: Northbridge Health MPI Review v2.7.3 | support: "
                       f"mpi-support@{STAFF_DOMAIN} | 4400 Harbor Point Blvd, Dayton OH 45402 | (937) 555-0100")]
    p, v = person()
    return [L(fam, f"{CLK.flask()} ERROR in app: Exception on /pairs/{pair} [GET]"),
            L(fam, "Traceback (most recent call last):"),
            L(fam, '  File "/opt/mpi-review/.venv/lib/python3.11/site-packages/flask/app.py", line 1473, in wsgi_app'),
            L(fam, '  File "/opt/mpi-review/review/views.py", line 212, in pair_detail'),
            L(fam, "    left = fmt_patient(rec_l['birth_date'], rec_l['last_name'])"),
            L(fam, "KeyError: 'birth_date'"),
            L(fam, f"{CLK.flask()} WARNING in views: rec_l keys=['empi_id', 'mrn', 'last_name'] rec_l=",
              "{'empi_id': '", (p["empi"], "mrn"), "', 'mrn': '", (p["mrn"], "mrn"), "', 'last_name': ",
              *([("\"" if "'" in p["last"] else "'"), (p["last"], "name"), ("\"" if "'" in p["last"] else "'")]), "}")]


def fam_guarantor(r=None):
    fam = "python-logging"
    ts = CLK.py
    p, v = person()
    r = random.random() if r is None else r
    if r < 0.5:
        gfirst = random.choice([f[0] for f in FIRST if f[0] != p["first"]])
        lb = L(fam, f"{ts()} INFO registration.guarantor: upsert guarantor for mrn=", (p["mrn"], "mrn"), " ")
        rel = "Parent" if p["age"] < 18 else random.choice(["Spouse", "Child", "Legal Guardian"])
        jobj(lb, Obj(("gtr_name", p["last"] + ", " + gfirst, "name"), ("gtr_rel", rel),
                     ("gtr_ssn", make_ssn(), "ssn"), ("gtr_phone", phone_fmt(p, "dash"), "phone"),
                     ("gtr_acct", p["har"], "account"), ("gtr_addr", p["street"], "address"),
                     ("gtr_city", p["city"], "address"), ("gtr_zip", p["zip"], "zip"),
                     ("gtr_employer", random.choice(["Kroger", "Wright-Patt AFB", "Premier Health", "self"]))),
             ea=False)
        return [lb]
    card = make_card()
    return [L(fam, f"{ts()} ERROR payments.copay: gateway decline code=05 for har=", (p["har"], "account"),
              " pan=", (card, "account"), f" exp={random.randint(1, 12):02d}/{random.randint(25, 29)} amount=40.00 "
                                          f"terminal=NBH-REG-{random.randint(1, 20):02d} order=ORD-{dg(8)}")]


FAMILIES = [
    (fam_spark_driver, 20), (fam_spark_executor, 6), (fam_traceback, 1), (fam_delta, 3), (fam_df_show, 4),
    (fam_display_json, 6), (fam_print_schema, 1), (fam_row_repr, 5), (fam_scala, 5), (fam_parquet, 1),
    (fam_splink, 12), (fam_ge, 3), (fam_worklist, 3), (fam_kafka, 12), (fam_enroll, 14), (fam_airflow, 5),
    (fam_flask, 10), (fam_guarantor, 6),
]


# blocks forced in at regular intervals so that every format is represented
FORCED = [(fam_ge, 0.05), (fam_parquet, 0.7), (fam_print_schema, None), (fam_kafka, 0.25), (fam_traceback, None),
          (fam_delta, 0.4), (fam_ge, 0.16), (fam_kafka, 0.1), (fam_parquet, 0.2), (fam_delta, 0.6),
          (fam_airflow, 0.5), (fam_ge, 0.4), (fam_traceback, None), (fam_df_show, 0.7), (fam_splink, 0.1),
          (fam_delta, 0.1), (fam_display_json, 0.9), (fam_airflow, 0.2), (fam_spark_executor, None),
          (fam_df_show, 0.96), (fam_spark_driver, 0.1), (fam_display_json, 0.93), (fam_spark_executor, None),
          (fam_spark_driver, 0.2), (fam_row_repr, 0.9), (fam_airflow, 0.6), (fam_spark_driver, 0.85)]


def build():
    """Pick blocks by weight; reject blocks that would push the no-PHI share far from ~55%."""
    lines = []
    nophi = 0
    tries = 0
    funcs = [f for f, _ in FAMILIES]
    weights = [w for _, w in FAMILIES]
    forced = list(FORCED)
    step = NLINES // (len(FORCED) + 1)
    while len(lines) < NLINES:
        saved = (CLK.t, dict(STAGE))
        is_forced = bool(forced) and len(lines) >= step * (len(FORCED) - len(forced) + 1)
        if is_forced:
            fn, fr = forced.pop(0)
            blk = fn(fr)
        else:
            blk = random.choices(funcs, weights)[0]()
        tries += 1
        if len(lines) + len(blk) > NLINES:
            if NLINES - len(lines) > 2 and tries < 5000:
                CLK.t, st = saved
                STAGE.update(st)
                continue
            while len(lines) < NLINES:
                lines.append(L("spark-log4j2", f"{CLK.spark()} INFO CodeGenerator: Code generated in "
                                               f"{random.uniform(3, 90):.6f} ms"))
            break
        bn = sum(1 for x in blk if not x.spans)
        share = (nophi + bn) / (len(lines) + len(blk))
        if len(lines) > 20 and not is_forced:
            if (share > 0.56 and bn * 2 > len(blk)) or (share < 0.53 and bn * 2 <= len(blk)):
                CLK.t, st = saved
                STAGE.update(st)
                continue
        lines.extend(blk)
        nophi += bn
    return lines


def main():
    lines = build()
    assert len(lines) == NLINES
    log = bytearray()
    labels = []
    for n, lb in enumerate(lines, 1):
        b = bytes(lb.b)
        assert b"\n" not in b and b"\r" not in b, n
        assert len(b) <= 4000, (n, len(b))
        b.decode("utf-8")
        prev = 0
        spans = []
        for s, e, cat, val in lb.spans:
            assert b[s:e] == val, (n, s, e, val)
            assert s >= prev, (n, "overlap")
            assert e > s
            prev = e
            spans.append({"s": s, "e": e, "cat": cat})
        log += b + b"\n"
        labels.append(json.dumps({"line": n, "family": lb.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "wb") as f:
        f.write(bytes(log))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
