#!/usr/bin/env python3
"""Held-out PHI test corpus "au": database / data-platform logs of a health system.

Standard library only, fixed seed, byte-for-byte reproducible.
Writes au.log (500 lines) and au.labels.jsonl next to this file.
Span offsets are UTF-8 byte offsets within the line, end exclusive.
"""
import base64
import datetime as dt
import json
import os
import random
import sys
import unicodedata
import uuid

SEED = 4242_0304
R = random.Random(SEED)
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_CLEAN = 225          # 45% of lines carry no PHI at all

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# ----------------------------------------------------------------------------
# segment model: a line is a list of (text, cat_or_None)
# ----------------------------------------------------------------------------
class P:
    """A labeled PHI value."""
    __slots__ = ("v", "cat", "num")

    def __init__(self, v, cat):
        assert cat in CATS, cat
        self.num = isinstance(v, (int, float)) and not isinstance(v, bool)
        self.v = str(v)
        self.cat = cat


class Raw:
    """Verbatim segments; serializers do not quote them."""
    __slots__ = ("segs",)

    def __init__(self, *items):
        self.segs = S(*items)


class T:
    """A string value made of plain text and P parts (quoted as ONE string)."""
    __slots__ = ("segs",)

    def __init__(self, *items):
        self.segs = S(*items)


def S(*items):
    """Flatten items into segments. Tuples are segments, lists are item lists."""
    out = []
    for it in items:
        if it is None:
            continue
        if isinstance(it, str):
            if it:
                out.append((it, None))
        elif isinstance(it, P):
            out.append((it.v, it.cat))
        elif isinstance(it, (Raw, T)):
            out.extend(it.segs)
        elif isinstance(it, tuple):
            assert len(it) == 2 and isinstance(it[0], str) and (it[1] is None or it[1] in CATS), it
            out.append(it)
        elif isinstance(it, list):
            out.extend(S(*it))
        elif isinstance(it, bool):
            out.append((str(it).lower(), None))
        elif isinstance(it, (int, float)):
            out.append((str(it), None))
        else:
            raise TypeError(repr(it))
    return out


def has_phi(segs):
    return any(c for _, c in segs)


# --- escaping for string literals in various host syntaxes -------------------
def esc_json(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def esc_sq(s):          # python / JS single-quoted
    return s.replace("\\", "\\\\").replace("'", "\\'")


def esc_sql(s):
    return s.replace("'", "''")


def esc_redis(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def esc_xml(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def esc_none(s):
    return s


def lit(segs, esc=esc_json, q='"'):
    """Wrap segments as a quoted string literal, escaping plain text.
    Labeled text must be invariant under escaping (asserted)."""
    out = [(q, None)] if q else []
    for t, c in segs:
        # a labeled value is labeled as it appears in the line (escaped form,
        # e.g. a Windows photo path inside JSON keeps its doubled backslashes)
        out.append((esc(t), c))
    if q:
        out.append((q, None))
    return out


def escape_segs(segs, esc):
    return lit(segs, esc, q="")


# --- generic serializers ------------------------------------------------------
# mode: json | js (mongosh) | py (python repr) | struct (kafka connect Struct{})
_NULL = {"json": "null", "js": "null", "py": "None", "struct": "null", "es": "null"}
_TRUE = {"json": "true", "js": "true", "py": "True", "struct": "true", "es": "true"}
_FALSE = {"json": "false", "js": "false", "py": "False", "struct": "false", "es": "false"}


def _strlit(segs, mode):
    if mode in ("json", "es"):
        return lit(segs, esc_json, '"')
    if mode in ("js", "py"):
        return lit(segs, esc_sq, "'")
    if mode == "struct":
        return list(segs)
    raise ValueError(mode)


def _key(k, mode):
    if mode in ("json", "es"):
        return '"' + esc_json(k) + '"'
    if mode == "js":
        if k.replace("_", "a").replace("$", "a").isalnum() and not k[0].isdigit():
            return k
        return "'" + esc_sq(k) + "'"
    if mode == "py":
        return "'" + esc_sq(k) + "'"
    return k


def ser(o, mode="json", compact=True):
    if isinstance(o, Raw):
        return list(o.segs)
    if isinstance(o, P):
        if o.num:
            return [(o.v, o.cat)]
        return _strlit([(o.v, o.cat)], mode)
    if isinstance(o, T):
        return _strlit(o.segs, mode)
    if o is None:
        return [(_NULL[mode], None)]
    if isinstance(o, bool):
        return [((_TRUE if o else _FALSE)[mode], None)]
    if isinstance(o, int):
        return [(str(o), None)]
    if isinstance(o, float):
        return [(repr(o), None)]
    if isinstance(o, str):
        return _strlit([(o, None)], mode)
    if isinstance(o, dict):
        if mode == "struct":
            out = [("Struct{", None)]
            first = True
            for k, v in o.items():
                if v is None:
                    continue          # Struct.toString omits nulls
                if not first:
                    out.append((",", None))
                first = False
                out.append((k + "=", None))
                out.extend(ser(v, mode))
            out.append(("}", None))
            return out
        if mode == "js":
            if not o:
                return [("{}", None)]
            out = [("{ ", None)]
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append((", ", None))
                out.append((_key(k, mode) + ": ", None))
                out.extend(ser(v, mode))
            out.append((" }", None))
            return out
        isep, ksep = ((",", ":") if compact else (", ", ": "))
        if mode == "py":
            isep, ksep = ", ", ": "
        out = [("{", None)]
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append((isep, None))
            out.append((_key(k, mode) + ksep, None))
            out.extend(ser(v, mode, compact))
        out.append(("}", None))
        return out
    if isinstance(o, list):
        isep = "," if (compact and mode in ("json", "es")) else ", "
        if mode == "struct":
            isep = ", "
        out = [("[", None)]
        if mode == "js" and o:
            out = [("[ ", None)]
        for i, v in enumerate(o):
            if i:
                out.append((isep, None))
            out.extend(ser(v, mode, compact))
        out.append((" ]" if (mode == "js" and o) else "]", None))
        return out
    raise TypeError(repr(o))


def J(o, compact=True):
    return ser(o, "json", compact)


def Jstr(segs):
    """Segments (e.g. a JSON document) embedded as a JSON string value."""
    return Raw(lit(segs, esc_json, '"'))


# ----------------------------------------------------------------------------
# line finalization and checks
# ----------------------------------------------------------------------------
def finalize(segs):
    merged = []
    for t, c in segs:
        if not t:
            continue
        if c is None and merged and merged[-1][1] is None:
            merged[-1] = (merged[-1][0] + t, None)
        else:
            merged.append((t, c))
    line = "".join(t for t, _ in merged)
    assert "\n" not in line and "\r" not in line, line[:200]
    raw = line.encode("utf-8")
    spans = []
    pos = 0
    for t, c in merged:
        n = len(t.encode("utf-8"))
        if c:
            assert t == t.strip() and t.strip(), ("surrounding space / empty", t)
            assert t.strip("\"'") == t, ("quotes in span", t)
            spans.append({"s": pos, "e": pos + n, "cat": c})
        pos += n
    prev_e = -1
    for sp, (t, c) in zip(spans, [m for m in merged if m[1]]):
        assert raw[sp["s"]:sp["e"]] == t.encode("utf-8"), t
        assert sp["s"] >= prev_e, "overlap"
        assert sp["e"] > sp["s"]
        prev_e = sp["e"]
    # a labeled value (long enough to be distinctive) must not also occur unlabeled
    for sp in spans:
        val = raw[sp["s"]:sp["e"]]
        if len(val) < 6:
            continue
        i = raw.find(val)
        while i != -1:
            covered = any(o["s"] <= i and i + len(val) <= o["e"] for o in spans)
            assert covered, ("labeled value also occurs unlabeled", val, line[:300])
            i = raw.find(val, i + 1)
    return line, spans


# ----------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------
FIRST_F = ["Maria", "Guadalupe", "Aisha", "Priya", "Mei", "Fatima", "Siobhan", "Ingrid",
           "Yuki", "Leilani", "Zainab", "Marisol", "Ayesha", "Esperanza", "Giulia", "Olga",
           "Camila", "Ji-woo", "Sofia", "Eleanor", "Dorothy", "Gladys", "Mildred", "Ngozi",
           "Thi Lan", "Anh", "Hana", "Svetlana", "Rosa", "Keisha", "Lakshmi", "Amara",
           "Beatriz", "Ewa", "Nadia", "Chiara", "Noor", "Ximena", "Agnieszka", "Shirley",
           "Renée", "Zoë", "Inés", "Dagny", "Malia", "Tamar", "Bich Ngoc", "Folasade"]
FIRST_M = ["José", "Wei", "Oluwaseun", "Dmitri", "Hiroshi", "Liam", "Kwame", "Mateo",
           "Chidi", "Rahul", "Bogdan", "Tomasz", "Keanu", "Jamal", "Sven", "Emeka", "Hamid",
           "Min-jun", "Noah", "Harold", "Walter", "Arturo", "Tuan", "Kofi", "Ravi", "Yusuf",
           "Joaquín", "Stanisław", "Eamon", "Darnell", "Haruto", "Björn", "Luca", "Omar",
           "Andrés", "Vikram", "Mikhail", "Terrence", "Raymond", "Alejandro", "Kenji",
           "Babajide", "Nikolai", "Desmond", "Francisco", "Thanh", "Iosefa", "Cheng"]
LAST = ["Lopez", "Nguyen", "Okafor", "Kowalski", "Patel", "Chen", "Haddad", "Johansson",
        "Garcia", "Kim", "Yamamoto", "Mensah", "Ivanova", "Rossi", "Murphy", "Hernandez",
        "Adeyemi", "Singh", "Tran", "Novak", "Schmidt", "Castillo", "Washington", "Begum",
        "Kaur", "Rahman", "Fitzgerald", "Kealoha", "Nakamura", "Abdullah", "Morales",
        "Petrov", "Osei", "Wiśniewski", "Müller", "Muñoz", "García-Márquez", "Pham",
        "Oyelaran", "Lindqvist", "Ramírez", "Delgado", "Cohen", "Khan", "Mahlangu",
        "Thompson", "Jefferson", "Brooks", "Sato", "Park", "Moreau", "Papadopoulos",
        "Szabo", "Dubois", "Achterberg", "Fonoti", "Ochieng", "Vu", "Quispe", "Halvorsen",
        "Bianchi", "Soto", "Al-Masri", "Eriksen", "Zhou", "Kapoor", "Whitfield"]
CLINICIANS = ["Dr. Samuel Ortiz", "Dr. Priyanka Raman", "Dr. Ellen Whitaker", "Dr. Kenneth Obi",
              "Dr. Hye-jin Cho", "Dr. Marcus Feld", "Dr. Aaliyah Grant", "Dr. Tobias Lind",
              "Dr. Rebecca Mbeki", "Dr. Luis Carrasco"]
CLIN_PLAIN = ["Samuel Ortiz MD", "Priyanka Raman, MD", "Ellen Whitaker NP", "Kenneth Obi, DO",
              "Hye-jin Cho, PA-C", "Marcus Feld MD", "Aaliyah Grant, RN", "Tobias Lind MD",
              "ORTIZ, SAMUEL MD", "RAMAN, PRIYANKA"]
STAFF_ACCTS = ["svc_dbz_ehr", "svc_etl_loader", "dbt_cloud_runner", "airflow", "ETL_SVC",
               "SVC_SNOWPIPE", "kafka-connect", "nbh-dq-bot", "sa_reporting_ro", "replicator",
               "REPL_USER", "spark", "ge_runner", "soda_scan", "looker_svc", "jwhitaker",
               "mkhoury_dba", "rpatel_de", "NBH\\svc_sqlagent", "APP_EPIC_CLARITY"]
SA_EMAILS = ["airflow-worker@nbh-data-prod.iam.gserviceaccount.com",
             "dbt-runner@nbh-analytics.iam.gserviceaccount.com",
             "bq-loader@nbh-data-prod.iam.gserviceaccount.com",
             "dq-alerts@northbayhealth.org", "data-platform-oncall@northbayhealth.org",
             "noreply@northbayhealth.org", "svc.snowflake@northbayhealth.org"]
HOSTS = ["pg-ehr-primary-01.db.nbh.internal", "pg-ehr-replica-02.db.nbh.internal",
         "mysql-rcm-03.db.nbh.internal", "mongo-portal-rs0-1.nbh.internal",
         "es-data-03.search.nbh.local", "redis-sess-01.cache.nbh.local",
         "kafka-broker-2.stream.nbh.internal", "connect-worker-4.stream.nbh.internal",
         "spark-exec-17.dp.nbh.internal", "airflow-worker-3.dp.nbh.internal",
         "SQLPROD-CLARITY01", "sqlprod-rcm02.nbh.local", "ip-10-42-7-19.ec2.internal"]
HOSPITAL = {"name": "Northbay Health System", "street": "2500 Shoreline Hwy",
            "city": "Mill Valley", "state": "CA", "zip": "94941",
            "phone": "415-380-6000", "fax": "415-380-6099"}
VENDORS = [("Epic Systems Corporation", "1979 Milky Way, Verona, WI 53593"),
           ("Change Healthcare", "3055 Lebanon Pike, Nashville, TN 37214"),
           ("Optum Inc", "11000 Optum Circle, Eden Prairie, MN 55344"),
           ("Availity LLC", "5555 Gate Parkway, Jacksonville, FL 32256"),
           ("Quest Diagnostics", "500 Plaza Drive, Secaucus, NJ 07094"),
           ("Medtronic plc", "710 Medtronic Parkway, Minneapolis, MN 55432"),
           ("Snowflake Inc", "106 E Babcock St, Bozeman, MT 59715")]
PAYERS = ["Blue Shield of California", "Aetna Better Health", "UnitedHealthcare Community Plan",
          "Medi-Cal", "Medicare Part B", "Kaiser Permanente", "Cigna", "Anthem Blue Cross",
          "Health Net", "Molina Healthcare", "Tricare West"]
ICD = ["E11.9", "I10", "J44.1", "N18.3", "Z79.4", "I48.91", "F32.A", "M54.50", "R07.9",
       "Z00.00", "E78.5", "C50.911", "S72.001A", "O24.419", "K21.9", "J18.9"]
CPT = ["99213", "99214", "93000", "80053", "85025", "71046", "36415", "99285", "G0439",
       "J1885", "97110", "83036"]
LOINC = [("4548-4", "HbA1c", "%"), ("2345-7", "Glucose", "mg/dL"), ("2160-0", "Creatinine", "mg/dL"),
         ("718-7", "Hemoglobin", "g/dL"), ("6690-2", "WBC", "10*3/uL"), ("2951-2", "Sodium", "mmol/L"),
         ("33914-3", "eGFR", "mL/min/1.73m2"), ("1920-8", "AST", "U/L"), ("2093-3", "Cholesterol", "mg/dL")]
NDC = ["0002-8215-01", "0078-0357-15", "50090-3456-0", "0169-4132-12", "63323-262-01",
       "0093-7180-56", "68180-0513-01"]
DEPTS = ["CARDIOLOGY", "ONC INFUSION", "ED", "MED SURG 4W", "PEDS CLINIC", "ENDOCRINE",
         "DIALYSIS", "ORTHO", "L&D", "PRIMARY CARE MV"]
STREETS = ["Oak", "Maple", "Cedar", "Elm", "Washington", "Lincoln", "Jefferson", "Park", "Lake",
           "Hill", "Main", "2nd", "3rd", "Martin Luther King Jr", "Cesar Chavez", "Magnolia",
           "Sunset", "Mission", "Division", "Halsted", "Ashland", "Peachtree", "Bergen",
           "Flatbush", "Kamehameha", "Alvarado", "Juniper", "Willow Creek", "Laurel Canyon",
           "Fruitvale", "International", "San Pablo", "Coolidge", "Bayshore", "Church"]
SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pl", "Ter", "Pkwy", "Street",
          "Avenue", "Drive", "Road", "Circle"]
# (city, county, state, zip3)
CITIES = [("Evanston", "Cook", "IL", "602"), ("Cicero", "Cook", "IL", "608"),
          ("Naperville", "DuPage", "IL", "605"), ("Joliet", "Will", "IL", "604"),
          ("Oakland", "Alameda", "CA", "946"), ("Fremont", "Alameda", "CA", "945"),
          ("Daly City", "San Mateo", "CA", "940"), ("San Rafael", "Marin", "CA", "949"),
          ("Vallejo", "Solano", "CA", "945"), ("Petaluma", "Sonoma", "CA", "949"),
          ("Richmond", "Contra Costa", "CA", "948"), ("Hialeah", "Miami-Dade", "FL", "330"),
          ("Kissimmee", "Osceola", "FL", "347"), ("Yonkers", "Westchester", "NY", "107"),
          ("Paterson", "Passaic", "NJ", "075"), ("Pasadena", "Harris", "TX", "775"),
          ("Laredo", "Webb", "TX", "780"), ("Hilo", "Hawaii", "HI", "967"),
          ("Tacoma", "Pierce", "WA", "984"), ("Lowell", "Middlesex", "MA", "018"),
          ("Dearborn", "Wayne", "MI", "481"), ("Chula Vista", "San Diego", "CA", "919"),
          ("Silver Spring", "Montgomery", "MD", "209"), ("Santa Rosa", "Sonoma", "CA", "954"),
          ("Novato", "Marin", "CA", "949"), ("Bayamón", "Bayamón", "PR", "009"),
          ("Hayward", "Alameda", "CA", "945"), ("Sausalito", "Marin", "CA", "949")]
AREA = ["415", "510", "707", "650", "925", "628", "312", "773", "630", "305", "786", "914",
        "973", "713", "956", "808", "253", "978", "313", "619", "301", "787", "408", "916"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
             "comcast.net", "sbcglobal.net", "proton.me", "att.net", "live.com", "ymail.com"]


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def digits(n, r=R):
    return "".join(r.choice("0123456789") for _ in range(n))


def hexs(n, r=R):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


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


def uuid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


# ----------------------------------------------------------------------------
# PHI value generators
# ----------------------------------------------------------------------------
BASE_DAY = dt.date(2024, 3, 4)


def fmt_date(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "iso_ts":
        return d.isoformat() + "T00:00:00Z"
    if style == "ts":
        return d.isoformat() + " 00:00:00"
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "mon":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    if style == "oracle":
        return d.strftime("%d-%b-%Y").upper()
    if style == "iso_ms":
        return d.isoformat() + "T00:00:00.000Z"
    raise ValueError(style)


DATE_STYLES = ["iso", "iso", "iso", "us", "us_short", "compact", "iso_ts", "ts", "eu", "mon",
               "oracle", "iso_ms"]


def gen_ssn(r=R, style=None):
    while True:
        a = r.randint(1, 899)
        if a != 666:
            break
    g, s = r.randint(1, 99), r.randint(1, 9999)
    style = style or r.choice(["dash", "dash", "dash", "plain", "space"])
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "space":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


def gen_phone(r=R, style=None):
    a = r.choice(AREA)
    while True:
        ex = "%d%s" % (r.randint(2, 9), digits(2, r))
        if ex != "555" and ex[1:] != "11":
            break
    ln = digits(4, r)
    style = style or r.choice(["dash", "dash", "paren", "plain", "e164", "dot", "intl"])
    return {"dash": "%s-%s-%s", "paren": "(%s) %s-%s", "plain": "%s%s%s",
            "e164": "+1%s%s%s", "dot": "%s.%s.%s", "intl": "+1 %s %s %s"}[style] % (a, ex, ln)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi(r=R, dashed=False):
    an = MBI_L + "0123456789"
    c = [str(r.randint(1, 9)), r.choice(MBI_L), r.choice(an), str(r.randint(0, 9)),
         r.choice(MBI_L), r.choice(an), str(r.randint(0, 9)), r.choice(MBI_L),
         r.choice(MBI_L), str(r.randint(0, 9)), str(r.randint(0, 9))]
    s = "".join(c)
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashed else s


def gen_member(r=R, key=""):
    k = key.lower()
    if "mbi" in k or "medicare" in k or "beneficiary" in k:
        return gen_mbi(r, dashed=r.random() < 0.3)
    if "medicaid" in k or k == "cin":
        return digits(8, r) + r.choice("ABCDEFGH")
    return r.choice([
        lambda: r.choice(["XEH", "XOF", "JQU", "BSC", "ZGP", "R4K"]) + digits(9, r),
        lambda: "W" + digits(9, r),
        lambda: "U" + digits(8, r) + "01",
        lambda: digits(9, r) + "-0" + str(r.randint(1, 4)),
        lambda: "M" + digits(10, r),
        lambda: "HN" + digits(8, r) + "A",
    ])()


def gen_mrn(r=R):
    return r.choice([lambda: "E" + digits(7, r), lambda: "%08d" % r.randint(100000, 9999999),
                     lambda: "NBH" + digits(9, r), lambda: "MRN-" + digits(7, r),
                     lambda: "M" + digits(8, r), lambda: digits(6, r) + "-" + digits(2, r)])()


def gen_card(r=R, style=None):
    kind = r.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "amex":
        body = r.choice(["34", "37"]) + digits(12, r)
    elif kind == "mc":
        body = str(r.randint(51, 55)) + digits(13, r)
    elif kind == "disc":
        body = "6011" + digits(11, r)
    else:
        body = "4" + digits(14, r)
    num = body + luhn_digit(body)
    style = style or r.choice(["plain", "space", "dash"])
    if style == "plain" or len(num) == 15:
        return num
    sep = " " if style == "space" else "-"
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def gen_account(r=R):
    return r.choice([lambda: digits(10, r), lambda: "A" + digits(8, r),
                     lambda: "4" + digits(8, r), lambda: "HAR" + digits(9, r),
                     lambda: "PA" + digits(9, r), lambda: "%d-%s" % (r.randint(10, 99), digits(7, r))])()


def gen_bank(r=R):
    return digits(r.randint(8, 12), r)


def gen_dl(r=R, state=None):
    f = r.choice(["ca", "il", "ny", "fl", "tx", "wa", "nj"])
    if f == "ca":
        return r.choice("ABCDEFGHJKLMNPRSTUVWYZ") + digits(7, r)
    if f == "il":
        return "%s%s-%s-%s" % (r.choice("ABCDGHKLMNPRSTW"), digits(3, r), digits(4, r), digits(4, r))
    if f == "ny":
        return "%s %s %s" % (digits(3, r), digits(3, r), digits(3, r))
    if f == "fl":
        return "%s%s-%s-%s-%s-%s" % (r.choice("BCDGHKLMPRSW"), digits(3, r), digits(3, r),
                                     digits(2, r), digits(3, r), digits(1, r))
    if f == "tx":
        return digits(8, r)
    if f == "nj":
        return "%s%s %s %s" % (r.choice("ABCDGHKLMPRSW"), digits(4, r), digits(5, r), digits(5, r))
    return "WDL" + "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))


def gen_dea(r=R, last="X"):
    d = [r.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return r.choice("ABFM") + ascii_fold(last)[0].upper() + "".join(map(str, d)) + str(chk)


def gen_proflic(r=R):
    return r.choice([lambda: "A" + digits(6, r), lambda: "G" + digits(5, r),
                     lambda: "036." + digits(6, r), lambda: "MD" + digits(6, r),
                     lambda: "RN" + digits(7, r), lambda: "%d.%s" % (r.randint(20, 60), digits(6, r))])()


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7,
           "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def gen_vin(r=R):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(r.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "WBA", "1G1", "4T1", "5NP"]) +
             "".join(r.choice(al) for _ in range(5)) + "0" + r.choice("KLMNPRS") +
             r.choice(al) + digits(6, r))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def gen_plate(r=R):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    return r.choice([lambda: str(r.randint(1, 9)) + "".join(r.choice(L) for _ in range(3)) + digits(3, r),
                     lambda: "".join(r.choice(L) for _ in range(3)) + "-" + digits(4, r),
                     lambda: "".join(r.choice(L) for _ in range(3)) + " " + digits(4, r),
                     lambda: "".join(r.choice(L) for _ in range(2)) + digits(2, r) + "".join(r.choice(L) for _ in range(3)),
                     lambda: digits(3, r) + " " + "".join(r.choice(L) for _ in range(3))])()


def gen_dev_serial(r=R):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    return r.choice([lambda: "".join(r.choice(L) for _ in range(3)) + digits(6, r) + r.choice("SGHR"),
                     lambda: "SM" + digits(8, r), lambda: "NG" + digits(7, r) + "H",
                     lambda: digits(7, r), lambda: "CGM-" + hexs(8, r).upper(),
                     lambda: "SN" + digits(4, r) + "-" + digits(5, r)])()


def gen_imei(r=R):
    body = r.choice(["35", "86", "01", "49", "99"]) + digits(12, r)
    return body + luhn_digit(body)


def gen_mac(r=R):
    b = [r.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    style = r.choice(["colon", "colon", "dash", "cisco", "upper"])
    if style == "dash":
        return "-".join("%02X" % x for x in b)
    if style == "cisco":
        h = "".join("%02x" % x for x in b)
        return "%s.%s.%s" % (h[:4], h[4:8], h[8:])
    if style == "upper":
        return ":".join("%02X" % x for x in b)
    return ":".join("%02x" % x for x in b)


def gen_udi(r=R):
    gtin = "00" + digits(11, r)
    gtin += luhn_digit(gtin)  # close enough to a GS1 check for a test corpus
    exp = dt.date(2025 + r.randint(0, 3), r.randint(1, 12), 1)
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp.strftime("%y%m%d"),
                                         "L" + digits(5, r), gen_dev_serial(r))


def gen_ip(r=R):
    if r.random() < 0.15:
        return "2601:%x:%x:%x::%x" % (r.randint(0x100, 0xfff), r.randint(0x1000, 0xffff),
                                      r.randint(0x1000, 0xffff), r.randint(1, 0xfff))
    first = r.choice([24, 47, 50, 66, 67, 68, 69, 71, 73, 75, 76, 98, 99, 104, 107, 108,
                      162, 173, 174, 184, 189, 201, 76, 67])
    return "%d.%d.%d.%d" % (first, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def b64(bs):
    return base64.b64encode(bs).decode()


def gen_biometric(r=R):
    kind = r.choice(["fmr", "fmr", "voice", "iris", "raw"])
    n = r.randint(36, 96)
    rnd = bytes(r.getrandbits(8) for _ in range(n))
    if kind == "fmr":
        return b64(b"FMR\x00 20\x00\x00" + bytes([0, 0, 1, r.randint(0, 255)]) + rnd)
    if kind == "voice":
        return b64(b"VPRT\x02\x00" + rnd)
    if kind == "iris":
        return b64(b"IIR\x00 20\x00" + rnd)
    return b64(rnd)


def gen_photo_b64(r=R, uri=False):
    n = r.randint(40, 110)
    rnd = bytes(r.getrandbits(8) for _ in range(n))
    if r.random() < 0.7:
        s = b64(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + rnd)
        return ("data:image/jpeg;base64," + s) if uri else s
    s = b64(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rnd)
    return ("data:image/png;base64," + s) if uri else s


def gen_photo_path(r=R):
    pid = r.randint(100000, 9999999)
    d = BASE_DAY - dt.timedelta(days=r.randint(0, 900))
    return r.choice([
        "s3://nbh-ehr-media/patient-photos/%d/face_%s.jpg" % (pid, d.strftime("%Y%m%d")),
        "/mnt/media/portrait/%d/%d_front.png" % (pid // 1000, pid),
        "https://media.northbayhealth.org/pt-photo/%s.jpg" % uuid4(),
        "gs://nbh-registration-images/id-selfie/%d-%s.jpeg" % (pid, hexs(6)),
        "\\\\fs-media01\\PatientPhotos\\%d\\headshot.jpg" % pid,
    ])


def gen_other_id(r=R, key=""):
    k = key.lower()
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if "passport" in k or "pasaporte" in k:
        return r.choice([lambda: r.choice("CEFGHJKLMN") + digits(8, r), lambda: digits(9, r),
                         lambda: "G" + digits(8, r), lambda: r.choice(L) + r.choice(L) + digits(7, r)])()
    if "curp" in k:
        return ("".join(r.choice(L) for _ in range(4)) + digits(6, r) + r.choice("HM") +
                r.choice(["DF", "JC", "NL", "MC", "GT", "PL"]) + "".join(r.choice("BCDFGHJKLMNPRSTVZ") for _ in range(3)) +
                r.choice("0A") + digits(1, r))
    if k in ("sin", "sin_no", "canadian_sin"):
        body = str(r.randint(1, 7)) + digits(7, r)
        n = body + luhn_digit(body)
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if "alien" in k or "uscis" in k or "a_number" in k:
        return "A" + digits(9, r)
    if "dni" in k:
        n = r.randint(10000000, 99999999)
        return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])
    if "nhs" in k:
        while True:
            d = [r.randint(0, 9) for _ in range(9)]
            c = 11 - sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
            if c == 11:
                c = 0
            if c != 10:
                break
        s = "".join(map(str, d)) + str(c)
        return "%s %s %s" % (s[:3], s[3:6], s[6:])
    if "aadhaar" in k:
        return "%d%s %s %s" % (r.randint(2, 9), digits(3, r), digits(4, r), digits(4, r))
    if "cedula" in k:
        return digits(10, r)
    if "tribal" in k:
        return "CN" + digits(6, r)
    if "state_id" in k or "stateid" in k:
        return r.choice(L) + digits(7, r)
    if "personalausweis" in k or "ausweis" in k:
        return "".join(r.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(9))
    if "matricula" in k:
        return digits(8, r)
    return r.choice(L) + digits(8, r)


def gen_url(r, first, last):
    f, l = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "")
    return r.choice([
        "https://www.facebook.com/%s.%s.%d" % (f, l, r.randint(10, 9999)),
        "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(6)),
        "https://%s%sblog.wordpress.com" % (f, l),
        "https://www.instagram.com/%s_%s%d" % (f, l, r.randint(1, 99)),
        "https://www.caringbridge.org/visit/%s%s" % (f, l),
        "https://www.gofundme.com/f/help-%s-%s-with-medical-bills" % (f, l),
        "https://x.com/%s%s%d" % (f[0], l, r.randint(1, 99)),
        "http://www.%s-%s.com/about" % (f, l),
    ])


def gen_email(r, first, last):
    f, l = ascii_fold(first).lower().replace(" ", "").replace("-", ""), ascii_fold(last).lower().replace(" ", "").replace("-", "")
    local = r.choice(["%s.%s" % (f, l), "%s%s%d" % (f[0], l, r.randint(1, 99)), "%s_%s" % (f, l),
                      "%s%s" % (l, f), "%s.%s%d" % (f, l, r.randint(1950, 2005)), "%s%s" % (f, l[:1])])
    return local + "@" + r.choice(EMAIL_DOM)


class Person:
    def __init__(self, r=R):
        self.sex = r.choice("FM")
        self.first = r.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = r.choice(LAST)
        self.mi = r.choice("ABCDEFGHJKLMRST")
        if r.random() < 0.16:
            age = r.randint(90, 104)
        else:
            age = r.randint(0, 89)
        self.dob = BASE_DAY - dt.timedelta(days=age * 365 + r.randint(5, 360))
        self.age = (BASE_DAY - self.dob).days // 365
        if self.age > 89 and r.random() < 0.5:
            pass
        city = r.choice(CITIES)
        self.city, self.county, self.state, z3 = city
        self.zip = z3 + digits(2, r)
        self.zip4 = self.zip + "-" + digits(4, r)
        num = r.randint(1, 9899)
        st = "%d %s%s %s" % (num, r.choice(["", "", "", "N ", "W ", "E ", "S "]), r.choice(STREETS), r.choice(SUFFIX))
        self.unit = r.choice(["", "", "", "Apt %d%s" % (r.randint(1, 40), r.choice(["", "A", "B", "C"])),
                              "Unit %d" % r.randint(1, 300), "#%d" % r.randint(100, 999)])
        self.street = st
        self.street_full = st + (" " + self.unit if self.unit else "")
        self.phone = gen_phone(r)
        self.cell = gen_phone(r)
        self.fax = gen_phone(r)
        self.email = gen_email(r, self.first, self.last)
        self.ssn = gen_ssn(r)
        self.mrn = gen_mrn(r)
        self.acct = gen_account(r)
        self.admit = BASE_DAY - dt.timedelta(days=r.randint(1, 700))
        self.discharge = self.admit + dt.timedelta(days=r.randint(0, 14))
        self.svc = BASE_DAY - dt.timedelta(days=r.randint(-60, 500))
        self.death = BASE_DAY - dt.timedelta(days=r.randint(1, 300))
        rel = Person.__new__(Person)
        rel.first = r.choice(FIRST_F + FIRST_M)
        rel.last = self.last if r.random() < 0.6 else r.choice(LAST)
        self.rel_first, self.rel_last = rel.first, rel.last
        self.relationship = r.choice(["SPOUSE", "CHILD", "PARENT", "SIBLING", "GUARDIAN", "DAUGHTER", "SON"])
        self.ip = gen_ip(r)
        self.url = gen_url(r, self.first, self.last)


def name_variant(r, first, last, mi=None):
    return r.choice([
        "%s %s" % (first, last), "%s %s" % (first, last), "%s, %s" % (last, first),
        "%s, %s" % (last.upper(), first.upper()), "%s^%s" % (last.upper(), first.upper()),
        "%s %s. %s" % (first, mi or "J", last), "%s %s" % (first.upper(), last.upper()),
    ])


# ----------------------------------------------------------------------------
# row model: a table row is an ordered dict key -> value (P for PHI, plain otherwise)
# ----------------------------------------------------------------------------
# logical field: (category or None, snake-case key synonyms, foreign-language synonyms)
FIELDS = {
    "first": ("name", ["first_name", "given_name", "fname", "pat_first_nm", "first_nm", "forename", "pt_fname", "name_first"], ["nombre", "vorname", "prenom", "nome"]),
    "last": ("name", ["last_name", "family_name", "lname", "surname", "pat_last_nm", "last_nm", "pt_lname", "name_last"], ["apellido", "nachname", "nom_famille", "cognome"]),
    "full": ("name", ["patient_name", "full_name", "pt_name", "name", "member_name", "insured_name", "display_name", "pat_nm", "legal_name"], ["nombre_completo", "nom_patient", "nome_paziente", "patientenname"]),
    "rel": ("name", ["guarantor_name", "guar_nm", "responsible_party", "subscriber_name", "nok_name", "emergency_contact", "ec_name", "policy_holder", "mother_maiden_nm"], ["contacto_emergencia", "tutor_legal"]),
    "street": ("address", ["address_line1", "addr1", "street", "street_address", "home_addr", "res_addr_line", "mail_addr1", "addr_ln_1", "address"], ["direccion", "strasse", "indirizzo", "adresse"]),
    "city": ("address", ["city", "addr_city", "town", "res_city", "mail_city", "city_nm", "home_city"], ["ciudad", "ort", "citta", "ville"]),
    "county": ("address", ["county", "county_name", "cnty", "res_county", "county_desc"], ["condado", "municipio"]),
    "zip": ("zip", ["zip", "zip_code", "postal_code", "zip5", "zipcode", "post_cd", "mail_zip", "zip_plus4"], ["codigo_postal", "plz", "cap", "code_postal"]),
    "dob": ("date", ["dob", "birth_date", "date_of_birth", "birth_dt", "pt_dob", "dt_birth", "birthdate", "bday"], ["fecha_nacimiento", "geburtsdatum", "data_nascita", "date_naissance"]),
    "admit": ("date", ["admit_date", "admission_dt", "adm_dt", "encounter_start_dt", "admit_dttm", "hosp_admsn_date"], ["fecha_ingreso", "aufnahmedatum"]),
    "discharge": ("date", ["discharge_date", "disch_dt", "dc_date", "discharge_dttm", "hosp_disch_date"], ["fecha_alta", "entlassdatum"]),
    "death": ("date", ["death_date", "dod", "deceased_dt", "date_of_death", "expired_on", "pat_death_dt"], ["fecha_defuncion", "sterbedatum"]),
    "svc": ("date", ["service_date", "svc_dt", "dos", "date_of_service", "svc_from_dt", "collected_dt", "specimen_collected_on", "appt_date", "appointment_date", "scheduled_for", "visit_date"], ["fecha_servicio", "fecha_cita", "termin_datum"]),
    "age": ("age", ["age", "age_yrs", "pt_age", "age_at_visit", "age_years", "current_age", "age_at_enc"], ["edad", "alter", "eta"]),
    "phone": ("phone", ["phone", "home_phone", "phone_number", "cell_phone", "mobile", "contact_phone", "tel", "primary_phone", "mobile_no", "ph_home", "sms_number"], ["telefono", "telefon", "telefone", "tel_contacto"]),
    "fax": ("fax", ["fax", "fax_number", "home_fax", "fax_no", "roi_fax", "deliver_to_fax", "requestor_fax"], ["fax_numero", "telefax"]),
    "email": ("email", ["email", "email_address", "contact_email", "portal_email", "e_mail", "notify_email", "login_email", "email_addr"], ["correo", "correo_electronico", "courriel"]),
    "ssn": ("ssn", ["ssn", "social_security_number", "ss_num", "ssn_txt", "sub_ssn", "guarantor_ssn", "soc_sec_no", "pat_ssn"], ["numero_seguro_social", "seguro_social"]),
    "mrn": ("mrn", ["mrn", "medical_record_number", "med_rec_no", "chart_number", "pat_mrn", "mrn_ext", "ehr_mrn", "local_pat_id", "pat_mrn_id"], ["expediente", "historia_clinica", "num_historia"]),
    "member": ("health_plan", ["member_id", "subscriber_id", "policy_number", "insurance_id", "plan_member_no", "mbr_id", "medicaid_id", "cin", "beneficiary_id", "mbi", "medicare_id", "ins_mem_num"], ["numero_afiliado", "poliza"]),
    "acct": ("account", ["account_number", "acct_no", "patient_account", "har_id", "billing_account", "fin_nbr", "guarantor_acct", "pat_acct_num", "hosp_acct_id"], ["numero_cuenta", "cuenta_paciente"]),
    "card": ("account", ["card_number", "cc_number", "pan", "payment_card", "card_no", "cc_num"], ["numero_tarjeta"]),
    "bank": ("account", ["bank_account", "bank_acct_no", "dda_account", "ach_account_no", "acct_num_ach"], ["cuenta_bancaria", "kontonummer"]),
    "dl": ("license", ["drivers_license", "dl_number", "dl_no", "driver_lic_num", "license_number", "state_dl", "dl_num", "id_doc_number"], ["licencia_conducir", "fuehrerschein_nr"]),
    "dea": ("license", ["dea_number", "prescriber_dea", "dea_no", "dea_reg", "dea"], ["registro_dea"]),
    "proflic": ("license", ["state_license", "license_no", "prof_license", "lic_num", "medical_license", "prescriber_lic"], ["cedula_profesional"]),
    "vin": ("vehicle", ["vin", "vehicle_vin", "veh_id_num", "auto_vin", "vehicle_id_number"], ["numero_serie_vehiculo", "fahrgestellnummer"]),
    "plate": ("vehicle", ["plate", "license_plate", "plate_no", "tag_number", "veh_plate", "lic_plate"], ["placa", "matricula_vehiculo", "kennzeichen"]),
    "devsn": ("device", ["device_serial", "implant_sn", "serial_number", "pacemaker_sn", "pump_serial", "cgm_serial", "device_sn", "generator_serial"], ["numero_serie_dispositivo"]),
    "imei": ("device", ["imei", "device_imei", "handset_imei", "rpm_hub_imei"], ["imei_dispositivo"]),
    "mac": ("device", ["mac", "mac_address", "device_mac", "hw_addr", "ble_mac", "gateway_mac"], ["direccion_mac"]),
    "udi": ("device", ["udi", "udi_carrier", "implant_udi", "device_udi", "udi_hrf"], ["identificador_unico_dispositivo"]),
    "url": ("url", ["website", "personal_url", "profile_url", "social_url", "homepage", "fb_profile", "blog_url", "fundraiser_url"], ["pagina_personal", "sitio_web"]),
    "ip": ("ip", ["last_login_ip", "client_ip", "remote_addr", "signup_ip", "ip_address", "src_ip", "x_forwarded_for", "login_ip"], ["direccion_ip", "ip_origen"]),
    "bio": ("biometric", ["fingerprint_template", "fp_tmpl", "voiceprint", "voice_template", "palm_vein_template", "iris_code", "face_template", "biometric_blob", "minutiae_b64"], ["huella_digital", "plantilla_biometrica"]),
    "photo": ("photo", ["photo", "photo_b64", "face_image", "profile_photo", "patient_photo", "photo_uri", "headshot", "avatar_img", "id_photo"], ["foto", "foto_paciente", "lichtbild"]),
    "other": ("other_id", ["passport_no", "passport_number", "national_id", "curp", "sin", "alien_number", "tribal_id", "state_id_no", "cedula", "dni", "nhs_number", "aadhaar"], ["numero_pasaporte", "pasaporte", "personalausweis_nr", "matricula_consular"]),
}

# non-PHI logical fields (look-alikes and ordinary columns)
NONPHI = ["id", "pid", "enc", "sex", "status", "dx", "cpt", "ndc", "loinc", "npi", "provider",
          "facility", "payer", "amount", "updated", "zip3", "birth_year", "lowage", "lang",
          "dept", "group_no", "relationship", "state", "mfg", "src", "version", "deleted",
          "vendor_addr", "fac_addr", "fac_phone", "fac_fax", "order_no", "trace", "sa_email", "build", "host",
          "oid", "fac_tin"]

TABLES = {
    "patient": (["patients", "pt_demographics", "PATIENT", "dim_patient", "patient_master", "pacientes", "person"],
                [("full", .4), ("first", .6), ("last", .6), ("dob", .8), ("street", .4), ("city", .4), ("county", .15),
                 ("zip", .4), ("phone", .4), ("email", .3), ("ssn", .3), ("mrn", .7), ("age", .2), ("death", .05), ("other", .08)],
                ["id", "sex", "state", "lang", "updated", "version"]),
    "contact": (["guarantors", "next_of_kin", "patient_contacts", "emergency_contacts", "responsible_parties"],
                [("rel", 1.0), ("phone", .6), ("fax", .3), ("street", .4), ("city", .4), ("zip", .4), ("ssn", .3), ("email", .3), ("mrn", .4)],
                ["id", "pid", "relationship", "updated"]),
    "coverage": (["coverage", "eligibility_834", "member_enrollment", "insurance_policies", "payer_members"],
                 [("member", 1.0), ("full", .5), ("dob", .6), ("ssn", .2), ("rel", .3), ("zip", .2)],
                 ["id", "pid", "payer", "group_no", "relationship", "status", "updated"]),
    "claim": (["claims_837", "claim_lines", "hb_claims", "pb_transactions", "remits_835"],
              [("acct", .8), ("member", .5), ("svc", .8), ("mrn", .4), ("full", .3), ("dob", .2)],
              ["id", "enc", "cpt", "dx", "amount", "npi", "provider", "payer", "status"]),
    "appt": (["appointments", "appt_schedule", "f_sched_appt", "visits", "citas"],
             [("svc", 1.0), ("mrn", .6), ("full", .4), ("phone", .5), ("email", .3), ("age", .1)],
             ["id", "pid", "dept", "provider", "status", "updated"]),
    "lab": (["lab_results", "obs_results", "order_results", "lab_specimens"],
            [("mrn", .8), ("svc", .8), ("dob", .3), ("full", .3), ("age", .15)],
            ["id", "enc", "loinc", "provider", "status", "updated"]),
    "adt": (["adt_events", "encounters", "inpatient_stays", "hosp_encounters"],
            [("mrn", .8), ("admit", .9), ("discharge", .6), ("full", .4), ("age", .3), ("acct", .3), ("death", .05)],
            ["id", "enc", "dept", "provider", "dx", "status"]),
    "portal": (["portal_users", "mychart_accounts", "app_users", "patient_portal_logins"],
               [("email", .9), ("ip", .8), ("full", .4), ("phone", .4), ("url", .2), ("photo", .15), ("imei", .15), ("mac", .1)],
               ["id", "pid", "status", "updated", "version"]),
    "payment": (["payments", "pmt_card_on_file", "self_pay_plans", "autopay_enrollments"],
                [("card", .6), ("bank", .4), ("acct", .7), ("full", .5), ("zip", .3), ("email", .2)],
                ["id", "amount", "status", "updated"]),
    "device": (["implant_registry", "device_assignments", "rpm_devices", "implants"],
               [("devsn", .8), ("udi", .5), ("mac", .3), ("imei", .3), ("mrn", .7), ("svc", .4), ("full", .2)],
               ["id", "pid", "mfg", "status", "updated"]),
    "idver": (["id_verifications", "registration_docs", "identity_proofing", "kiosk_checkins"],
              [("dl", .6), ("other", .6), ("photo", .4), ("bio", .3), ("full", .6), ("dob", .6), ("street", .2), ("zip", .2)],
              ["id", "pid", "status", "updated", "state"]),
    "rx": (["rx_orders", "prescriptions", "eprescribe_queue", "controlled_substance_log"],
           [("dea", .8), ("proflic", .5), ("mrn", .6), ("full", .5), ("dob", .4)],
           ["id", "ndc", "npi", "provider", "status"]),
    "vehicle": (["ed_arrivals", "parking_validations", "mvc_trauma_intake", "valet_tickets"],
                [("plate", .8), ("vin", .5), ("full", .6), ("mrn", .5), ("admit", .3), ("phone", .2)],
                ["id", "dept", "status", "updated"]),
    "roi": (["roi_requests", "records_release", "hie_disclosures"],
            [("fax", .9), ("full", .7), ("mrn", .6), ("email", .3), ("dob", .5), ("rel", .3)],
            ["id", "status", "facility", "updated"]),
    "bio": (["biometric_enrollments", "palm_scan_enroll", "patient_identity_biometrics"],
            [("bio", 1.0), ("mrn", .7), ("photo", .3), ("full", .3)],
            ["id", "pid", "status", "updated", "version"]),
    "outreach": (["outreach_contacts", "crm_leads", "campaign_members", "social_care_referrals"],
                 [("url", .7), ("email", .6), ("phone", .5), ("full", .6), ("street", .3), ("city", .3), ("county", .2), ("zip", .3), ("age", .2)],
                 ["id", "status", "updated", "src"]),
}

CAT_TABLES = {}
for _t, (_names, _phi, _np) in TABLES.items():
    for _f, _p in _phi:
        CAT_TABLES.setdefault(FIELDS[_f][0], [])
        if _t not in CAT_TABLES[FIELDS[_f][0]]:
            CAT_TABLES[FIELDS[_f][0]].append(_t)
assert sorted(CAT_TABLES) == sorted(CATS), sorted(set(CATS) - set(CAT_TABLES))


def camel(k):
    parts = k.split("_")
    return parts[0] + "".join(p[:1].upper() + p[1:] for p in parts[1:])


def pascal(k):
    return "".join(p[:1].upper() + p[1:] for p in k.split("_"))


def style_key(k, style):
    if style == "camel":
        return camel(k)
    if style == "pascal":
        return pascal(k)
    if style == "upper":
        return k.upper()
    return k


def gen_npi(r=R):
    body = str(r.choice([1, 1, 1, 2])) + digits(8, r)
    return body + luhn_digit("80840" + body)


def sys_ts(r=R, sep=" "):
    t = LOG_T0 + dt.timedelta(seconds=r.randint(-86400 * 3, 0), microseconds=r.randint(0, 999999))
    return t.strftime("%Y-%m-%d" + sep + "%H:%M:%S.%f")[:-3]


def nonphi_value(f, r, p):
    if f == "id":
        return r.randint(1000, 9_999_999)
    if f == "pid":
        return r.randint(10000, 4_999_999)
    if f == "enc":
        return r.randint(10_000_000, 99_999_999)
    if f == "sex":
        return getattr(p, "sex", r.choice("FM"))
    if f == "status":
        return r.choice(["ACTIVE", "PENDING", "FINAL", "CANCELLED", "NO_SHOW", "BILLED", "DENIED", "ARRIVED", "VERIFIED", "A", "I"])
    if f == "dx":
        return r.choice(ICD)
    if f == "cpt":
        return r.choice(CPT)
    if f == "ndc":
        return r.choice(NDC)
    if f == "loinc":
        return r.choice(LOINC)[0]
    if f == "npi":
        return gen_npi(r)
    if f == "provider":
        return r.choice(CLINICIANS + CLIN_PLAIN)
    if f == "facility":
        return HOSPITAL["name"]
    if f == "payer":
        return r.choice(PAYERS)
    if f == "amount":
        return round(r.uniform(5, 25000), 2)
    if f == "updated":
        return sys_ts(r, "T") + "Z"
    if f == "zip3":
        return getattr(p, "zip", "946")[:3]
    if f == "birth_year":
        return p.dob.year
    if f == "lowage":
        return p.age if getattr(p, "age", 99) <= 89 else r.randint(20, 89)
    if f == "lang":
        return r.choice(["en", "es", "vi", "zh", "tl", "ko", "ru", "ar", "pa", "fa"])
    if f == "dept":
        return r.choice(DEPTS)
    if f == "group_no":
        return r.choice(["GRP", "G", "EMP"]) + digits(r.randint(5, 7), r)
    if f == "relationship":
        return getattr(p, "relationship", "SELF")
    if f == "state":
        return getattr(p, "state", "CA")
    if f == "mfg":
        return r.choice(["Medtronic", "Abbott", "Boston Scientific", "Dexcom", "Insulet", "Tandem", "Biotronik", "iRhythm"])
    if f == "src":
        return r.choice(["EPIC", "CERNER", "ATHENA", "SALESFORCE_HC", "manual_upload"])
    if f == "version":
        return r.randint(1, 40)
    if f == "deleted":
        return r.choice([False, False, True])
    if f == "vendor_addr":
        v = r.choice(VENDORS)
        return r.choice(["%s, %s" % v, v[1]])
    if f == "fac_addr":
        return "%s, %s, %s %s" % (HOSPITAL["street"], HOSPITAL["city"], HOSPITAL["state"], HOSPITAL["zip"])
    if f == "fac_phone":
        return r.choice([HOSPITAL["phone"], "(415) 380-6000", "+1-415-380-6123", "800-660-4410"])
    if f == "fac_fax":
        return r.choice([HOSPITAL["fax"], "(415) 380-6099", "415.380.6110"])
    if f == "order_no":
        return r.choice(["ORD-%d-%06d" % (2024, r.randint(1, 999999)), "PO-4500%06d" % r.randint(0, 999999),
                         "REQ%08d" % r.randint(0, 10**8), "SO-%s" % hexs(8).upper()])
    if f == "trace":
        return r.choice([hexs(32), uuid4(), "00-%s-%s-01" % (hexs(32), hexs(16))])
    if f == "sa_email":
        return r.choice(SA_EMAILS)
    if f == "build":
        return r.choice(["4.12.%d" % r.randint(0, 30), "2024.03.%d-rc%d" % (r.randint(1, 9), r.randint(1, 5)),
                         "build-%d" % r.randint(1000, 99999), "v%d.%d.%d+%s" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 99), hexs(7))])
    if f == "host":
        return r.choice(HOSTS)
    if f == "oid":
        return "2.16.840.1.113883.3.%d.%d.%d" % (r.randint(10, 9999), r.randint(1, 9), r.randint(1, 99))
    if f == "fac_tin":
        return r.choice(["94-2847191", "942847191", "94-1156365"])
    raise KeyError(f)


NONPHI_KEYS = {
    "id": ["id", "row_id", "pk", "_id_int", "record_id"], "pid": ["patient_id", "pat_id", "person_id", "patient_sk", "pt_key"],
    "enc": ["encounter_id", "csn", "pat_enc_csn_id", "visit_id"], "sex": ["sex", "gender", "sex_cd"],
    "status": ["status", "status_cd", "state_flag", "rec_status"], "dx": ["dx_code", "icd10", "primary_dx", "diag_cd"],
    "cpt": ["cpt", "proc_code", "hcpcs"], "ndc": ["ndc", "ndc_code", "drug_ndc"], "loinc": ["loinc", "loinc_code", "component_loinc"],
    "npi": ["npi", "rendering_npi", "ordering_npi", "attending_npi", "billing_npi"],
    "provider": ["attending", "provider_name", "ordering_provider", "rendering_prov", "pcp_name", "prescriber"],
    "facility": ["facility", "facility_name", "loc_name"], "payer": ["payer", "payer_name", "plan_name"],
    "amount": ["amount", "charge_amt", "billed_amount", "paid_amt"], "updated": ["updated_at", "_etl_loaded_at", "last_upd_dttm", "ingest_ts"],
    "zip3": ["zip3", "zip_prefix", "geo_zip3"], "birth_year": ["birth_year", "yob"], "lowage": ["age", "age_yrs", "pt_age"],
    "lang": ["language", "pref_lang", "lang_cd"], "dept": ["dept", "department_name", "unit"],
    "group_no": ["group_number", "grp_no", "employer_group"], "relationship": ["relationship", "rel_to_subscriber", "relation_cd"],
    "state": ["state", "st", "state_cd", "addr_state"], "mfg": ["manufacturer", "mfr", "vendor"],
    "src": ["source_system", "src_sys", "lead_source"], "version": ["version", "row_version", "__v"], "deleted": ["__deleted", "is_deleted", "deleted"],
    "vendor_addr": ["remit_to_addr", "vendor_address", "payer_address", "mfr_address", "lab_vendor_addr"],
    "fac_addr": ["facility_address", "loc_addr", "site_address"], "fac_phone": ["facility_phone", "dept_phone", "helpdesk_phone", "scheduling_line"],
    "fac_fax": ["facility_fax", "hims_fax", "roi_dept_fax"], "order_no": ["order_number", "po_number", "req_id", "order_ref"],
    "trace": ["trace_id", "correlation_id", "traceparent", "request_id"], "sa_email": ["created_by_email", "service_account", "notify_list"],
    "build": ["app_version", "build_number", "schema_version"], "host": ["source_host", "db_host", "origin_server"],
}
LOOKALIKE_NP = ["vendor_addr", "fac_addr", "fac_phone", "fac_fax", "order_no", "trace", "sa_email", "build", "host", "oid", "fac_tin"]
NONPHI_KEYS["oid"] = ["assigning_authority_oid", "root_oid", "hl7_oid"]
NONPHI_KEYS["fac_tin"] = ["billing_tin", "fed_tax_id", "payee_tin"]
NOTE_KEYS = ["note", "comments", "free_text", "memo", "call_notes", "reason_text", "notas", "remarks", "addl_info"]


def phi_value(f, p, key, r, ds):
    """Return the PHI value for logical field f (string or int)."""
    if f == "first":
        return p.first
    if f == "last":
        return p.last
    if f == "full":
        return name_variant(r, p.first, p.last, p.mi)
    if f == "rel":
        return name_variant(r, p.rel_first, p.rel_last)
    if f == "street":
        return p.street_full
    if f == "city":
        return p.city
    if f == "county":
        return p.county + (" County" if r.random() < 0.4 and p.state != "PR" else "")
    if f == "zip":
        return p.zip4 if ("plus4" in key.lower() or r.random() < 0.15) else p.zip
    if f in ("dob", "admit", "discharge", "death", "svc"):
        d = getattr(p, f)
        s = fmt_date(d, ds)
        if f == "svc" and ds == "iso" and r.random() < 0.3:
            s += " %02d:%02d:00" % (r.randint(7, 17), r.choice([0, 15, 30, 45]))
        return s
    if f == "age":
        return p.age
    if f == "phone":
        return p.phone if r.random() < 0.6 else p.cell
    if f == "fax":
        return p.fax
    if f == "email":
        return p.email
    if f == "ssn":
        return p.ssn
    if f == "mrn":
        return p.mrn
    if f == "member":
        return gen_member(r, key)
    if f == "acct":
        return p.acct
    if f == "card":
        return gen_card(r)
    if f == "bank":
        return gen_bank(r)
    if f == "dl":
        return gen_dl(r)
    if f == "dea":
        return gen_dea(r, r.choice(LAST))
    if f == "proflic":
        return gen_proflic(r)
    if f == "vin":
        return gen_vin(r)
    if f == "plate":
        return gen_plate(r)
    if f == "devsn":
        return gen_dev_serial(r)
    if f == "imei":
        return gen_imei(r)
    if f == "mac":
        return gen_mac(r)
    if f == "udi":
        return gen_udi(r)
    if f == "url":
        return p.url
    if f == "ip":
        return p.ip
    if f == "bio":
        return gen_biometric(r)
    if f == "photo":
        k = key.lower()
        if "uri" in k or "path" in k or r.random() < 0.35:
            return gen_photo_path(r)
        return gen_photo_b64(r, uri=r.random() < 0.3)
    if f == "other":
        return gen_other_id(r, key)
    raise KeyError(f)


class Row:
    def __init__(self, table, kind, data, person, keystyle):
        self.table, self.kind, self.data, self.person, self.keystyle = table, kind, data, person, keystyle


def make_row(r=R, person=None, kind=None, force=None, clean=False, want=None):
    """Build a row. clean=True -> PHI columns are null/redacted/hashed or absent."""
    p = person or Person(r)
    if force == "age":
        while p.age < 90:
            p = Person(r)
    if kind is None:
        if force:
            kind = r.choice(CAT_TABLES[force])
        else:
            kind = r.choice(sorted(TABLES))
    names, phi_fields, np_fields = TABLES[kind]
    keystyle = r.choice(["snake", "snake", "snake", "camel", "pascal", "upper"])
    foreign = r.random() < 0.12
    ds = r.choice(DATE_STYLES)
    chosen = [f for f, pr in phi_fields if r.random() < pr]
    if force:
        opts = [f for f, _ in phi_fields if FIELDS[f][0] == force]
        if not any(FIELDS[f][0] == force for f in chosen):
            chosen.append(r.choice(opts))
    for w in (want or []):
        if w not in chosen:
            chosen.append(w)
    if not chosen:
        chosen = [phi_fields[0][0]]
    if "full" in chosen and ("first" in chosen or "last" in chosen):
        chosen.remove("full")
    # keep table column order stable-ish: id first, PHI, then other non-PHI
    data = {}
    used = set()

    def addkey(k, v):
        k2 = style_key(k, keystyle)
        if k2 in used:
            return
        used.add(k2)
        data[k2] = v

    first_np = np_fields[0]
    addkey(r.choice(NONPHI_KEYS[first_np]), nonphi_value(first_np, r, p))
    for f in chosen:
        cat, syn, fsyn = FIELDS[f]
        key = r.choice(fsyn) if (foreign and fsyn and r.random() < 0.7) else r.choice(syn)
        val = phi_value(f, p, key, r, ds)
        if f == "age" and val <= 89:
            v = val                    # not PHI
        elif clean:
            v = r.choice([None, None, "[REDACTED]", "***", "sha256:" + hexs(24), "<masked>", "tok_" + hexs(16), None])
        else:
            v = P(val, cat)
        addkey(key, v)
    for f in np_fields[1:]:
        if r.random() < 0.75:
            addkey(r.choice(NONPHI_KEYS[f]), nonphi_value(f, r, p))
    if clean and r.random() < 0.4:
        addkey(r.choice(NONPHI_KEYS["birth_year"]), nonphi_value("birth_year", r, p))
    if r.random() < 0.3:
        f = r.choice(LOOKALIKE_NP)
        addkey(r.choice(NONPHI_KEYS[f]), nonphi_value(f, r, p))
    if r.random() < 0.12:
        if clean:
            addkey(r.choice(NOTE_KEYS), r.choice(CLEAN_NOTES))
        else:
            addkey(r.choice(NOTE_KEYS), note_phi(r, p, force))
    if r.random() < 0.25:
        extra = r.choice(["zip3", "lowage", "npi", "dx", "lang"])
        if extra == "lowage" and ("age" in chosen or p.age > 89):
            extra = "dx"
        addkey(r.choice(NONPHI_KEYS[extra]), nonphi_value(extra, r, p))
    return Row(r.choice(names), kind, data, p, keystyle)


def clean_row(r=R, kind=None):
    """A row with no PHI at all: only non-PHI columns (ids, codes, amounts, clinicians...)."""
    if kind is None:
        kind = r.choice(sorted(TABLES))
    names, phi_fields, np_fields = TABLES[kind]
    keystyle = r.choice(["snake", "snake", "camel", "pascal", "upper"])
    p = Person(r)
    data = {}
    pool = list(np_fields) + r.sample(["npi", "dx", "cpt", "amount", "zip3", "birth_year", "lowage", "lang", "provider", "payer", "dept", "loinc", "ndc", "sex", "group_no"], 5)
    pool += r.sample(LOOKALIKE_NP, r.randint(0, 3))
    for f in pool:
        k = style_key(r.choice(NONPHI_KEYS[f]), keystyle)
        if k not in data:
            data[k] = nonphi_value(f, r, p)
    if r.random() < 0.5:
        # PHI column present but empty / redacted
        f = r.choice([f for f, _ in phi_fields])
        k = style_key(r.choice(FIELDS[f][1]), keystyle)
        data.setdefault(k, r.choice([None, "", "REDACTED", "***-**-****" if f == "ssn" else "[masked]", "sha256:" + hexs(32)]))
    if r.random() < 0.15:
        data.setdefault(style_key(r.choice(NOTE_KEYS), keystyle), r.choice(CLEAN_NOTES))
    return Row(r.choice(names), kind, data, p, keystyle)


# ----------------------------------------------------------------------------
# families
# ----------------------------------------------------------------------------
LOG_T0 = dt.datetime(2024, 3, 4, 2, 0, 0)
FAMILIES = []      # (name, weight, fn)


def family(name, w=1.0):
    def deco(fn):
        FAMILIES.append((name, w, fn))
        return fn
    return deco


class Ctx:
    def __init__(self, phi, force, t):
        self.phi, self.force, self.t = phi, force, t

    def iso(self, ms=3, z="Z"):
        s = self.t.strftime("%Y-%m-%dT%H:%M:%S.%f")
        if ms >= 6:
            return s + z
        return (s[:-6 + ms] if ms else s[:-7]) + z

    def epoch_ms(self):
        return int((self.t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)

    def epoch(self):
        return int((self.t - dt.datetime(1970, 1, 1)).total_seconds())


def pick_row(r, c, kind=None, want=None):
    if c.phi:
        return make_row(r, kind=kind, force=c.force, want=want)
    if r.random() < 0.55:
        return clean_row(r, kind)
    return make_row(r, kind=kind, clean=True)


def lsn(r=R):
    return "%X/%X" % (r.randint(0, 0x3F), r.randint(0x1000000, 0xFFFFFFF))


KEYLIKE = ["mrn", "ssn", "email", "health_plan", "account", "device", "license", "other_id", "vehicle", "phone", "fax", "url", "photo", "biometric", "ip", "name"]


def key_phi(items, r=R):
    """Pick the (key, P) most plausible as a unique key for constraint-violation messages."""
    phi = [(k, v) for k, v in items if isinstance(v, P)]
    for cat in KEYLIKE:
        for k, v in phi:
            if v.cat == cat:
                return k, v
    return phi[0]


def mutate(data, r):
    """Return a modified copy (for before/after images)."""
    d = dict(data)
    keys = list(d)
    phi_keys = [k for k in keys if isinstance(d[k], P) and d[k].cat in ("phone", "email", "address", "zip")]
    if phi_keys and r.random() < 0.6:
        k = r.choice(phi_keys)
        cat = d[k].cat
        if cat == "phone":
            d[k] = P(gen_phone(r), "phone")
        elif cat == "email":
            d[k] = P(gen_email(r, r.choice(FIRST_F + FIRST_M), r.choice(LAST)), "email")
        elif cat == "zip":
            d[k] = P(r.choice(CITIES)[3] + digits(2, r), "zip")
        else:
            d[k] = P("%d %s %s" % (r.randint(1, 9999), r.choice(STREETS), r.choice(SUFFIX)), "address")
        return d
    for k in keys:
        if isinstance(d[k], str) and d[k] in ("ACTIVE", "PENDING", "FINAL", "CANCELLED", "NO_SHOW", "BILLED", "DENIED", "ARRIVED", "VERIFIED", "A", "I"):
            d[k] = r.choice(["ACTIVE", "INACTIVE", "FINAL", "CORRECTED", "BILLED"])
            return d
    for k in keys:
        kl = k.lower()
        if any(x in kl for x in ("upd", "loaded", "ingest")) and isinstance(d[k], str):
            d[k] = sys_ts(r, "T") + "Z"
            break
    return d


# --- Debezium change events -----------------------------------------------------
@family("debezium_cdc", 1.3)
def fam_debezium(r, c):
    row = pick_row(r, c)
    conn = r.choice(["postgresql", "mysql", "sqlserver", "mongodb", "oracle"])
    db = {"postgresql": "ehr", "mysql": "rcm", "sqlserver": "Clarity", "mongodb": "portal", "oracle": "EHRPRD"}[conn]
    schema = {"postgresql": "public", "mysql": None, "sqlserver": "dbo", "mongodb": None, "oracle": "EHR"}[conn]
    op = r.choice(["c", "u", "u", "r", "d"])
    after = row.data
    before = None
    if op == "u":
        before = mutate(after, r) if r.random() < 0.7 else None
    if op == "d":
        before, after = after, None
        if r.random() < 0.3 and not c.phi:
            before = {k: v for k, v in list(row.data.items())[:1]}
    src = {"version": r.choice(["2.5.1.Final", "2.4.2.Final", "2.6.0.Final", "1.9.7.Final"]),
           "connector": conn, "name": r.choice(["nbh-ehr", "ehr_cdc", "rcm-prod", "clarity-cdc"]),
           "ts_ms": c.epoch_ms() - r.randint(5, 900), "snapshot": "true" if op == "r" else "false", "db": db}
    if conn == "postgresql":
        src.update({"sequence": '["%d","%d"]' % (r.randint(10**8, 10**9), r.randint(10**8, 10**9)),
                    "schema": schema, "table": row.table, "txId": r.randint(10**5, 10**7),
                    "lsn": r.randint(10**8, 10**10), "xmin": None})
    elif conn == "mysql":
        src.update({"table": row.table, "server_id": 101, "gtid": None,
                    "file": "mysql-bin.%06d" % r.randint(100, 999), "pos": r.randint(1000, 10**8), "row": 0, "thread": r.randint(10, 9999)})
    elif conn == "sqlserver":
        src.update({"schema": schema, "table": row.table, "change_lsn": "%08x:%08x:%04x" % (r.getrandbits(32), r.getrandbits(32), r.getrandbits(16)),
                    "commit_lsn": "%08x:%08x:%04x" % (r.getrandbits(32), r.getrandbits(32), r.getrandbits(16)), "event_serial_no": 1})
    elif conn == "oracle":
        src.update({"schema": schema, "table": row.table.upper(), "txId": "%s.%s.%s" % (hexs(2), hexs(2), hexs(4)),
                    "scn": str(r.randint(10**9, 10**11)), "commit_scn": str(r.randint(10**9, 10**11))})
    else:
        src.update({"collection": row.table, "ord": r.randint(1, 40), "lsid": None, "txnNumber": None})
    env = {"before": before, "after": after, "source": src, "op": op,
           "ts_ms": c.epoch_ms(), "transaction": None}
    if conn == "mongodb" and after is not None:
        env["after"] = Jstr(J(after))
        if before is not None:
            env["before"] = Jstr(J(before))
    body = J(env)
    style = r.random()
    topic = "%s.%s%s" % (src["name"], (schema + ".") if schema else (db + "."), row.table)
    if style < 0.35:
        return S(body)
    if style < 0.7:
        return S("%s [%d] @%d: " % (topic, r.randint(0, 11), r.randint(10**5, 10**8)), body)
    return S("%s INFO  [debezium-%sconnector-%s-change-event-source-coordinator] DEBUG_RECORD topic=%s value=" % (
        c.t.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], conn, src["name"], topic), body)


@family("debezium_ops", 0.5)
def fam_debezium_ops(r, c):
    ts = c.t.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3]
    if c.phi:
        row = make_row(r, force=c.force)
        # PK / unique-key violation surfaced by a sink, value printed in Detail
        k, v = key_phi(row.data.items(), r)
        return S(ts, " ERROR  ||  Failed to process change event for table ", row.table, ": org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"",
                 row.table, "_", k.lower(), "_key\"  Detail: Key (", k, ")=(", v, ") already exists.   [io.debezium.embedded.EmbeddedEngine]")
    return S(ts, r.choice([
        " INFO   Postgres|nbh-ehr|streaming  Searching for WAL resume position   [io.debezium.connector.postgresql.PostgresStreamingChangeEventSource]",
        " INFO   Postgres|nbh-ehr|streaming  WAL resume position '%s' discovered   [io.debezium.connector.postgresql.PostgresStreamingChangeEventSource]" % ("LSN{%s}" % lsn(r)),
        " INFO   Postgres|nbh-ehr|snapshot  Snapshot step 7 - Snapshotting data; exporting %d records from table 'public.patients' (1 of 14 tables)   [io.debezium.relational.RelationalSnapshotChangeEventSource]" % r.randint(10**4, 10**6),
        " INFO   MySQL|rcm-prod|binlog  Connected to binlog at mysql-rcm-03.db.nbh.internal:3306, starting at MySqlOffsetContext [sourceInfoSchema=Schema{io.debezium.connector.mysql.Source:STRUCT}, sourceInfo=SourceInfo [currentGtid=null, currentBinlogFilename=mysql-bin.%06d, currentBinlogPosition=%d, currentRowNumber=0, serverId=0]]" % (r.randint(100, 999), r.randint(10**4, 10**8)),
        " INFO   ||  WorkerSourceTask{id=nbh-ehr-0} Committing offsets for %d acknowledged messages   [org.apache.kafka.connect.runtime.WorkerSourceTask]" % r.randint(1, 5000),
        " INFO   Postgres|nbh-ehr|streaming  Received offset commit request on commit LSN 'LSN{%s}' and change LSN 'LSN{%s}'   [io.debezium.connector.postgresql.PostgresStreamingChangeEventSource]" % (lsn(r), lsn(r)),
        " WARN   SqlServer|clarity-cdc|streaming  Table dbo.PATIENT has %d columns with no CDC capture instance changes since LSN %08x:%08x:%04x   [io.debezium.connector.sqlserver.SqlServerStreamingChangeEventSource]" % (r.randint(1, 9), r.getrandbits(32), r.getrandbits(32), r.getrandbits(16)),
        " INFO   ||  [Producer clientId=connector-producer-nbh-ehr-0] Resetting the last seen epoch of partition nbh-ehr.public.appointments-%d to %d since the associated topicId changed from null to %s   [org.apache.kafka.clients.Metadata]" % (r.randint(0, 11), r.randint(0, 40), b64(bytes(r.getrandbits(8) for _ in range(16))).rstrip("=").replace("+", "-").replace("/", "_")),
        " INFO   Oracle|EHRPRD|streaming  Oldest SCN in logs is '%d', last SCN read '%d', processed %d DML events in %d ms   [io.debezium.connector.oracle.logminer.LogMinerStreamingChangeEventSource]" % (r.randint(10**9, 10**10), r.randint(10**10, 10**11), r.randint(1, 9999), r.randint(10, 9000)),
        " INFO   ||  Heartbeat for offset {lsn_proc=%d, lsn_commit=%d, lsn=%d, txId=%d, ts_usec=%d}   [io.debezium.heartbeat.HeartbeatImpl]" % (r.randint(10**9, 10**10), r.randint(10**9, 10**10), r.randint(10**9, 10**10), r.randint(10**5, 10**7), c.epoch_ms() * 1000),
    ]))


# --- SQL text helpers -------------------------------------------------------------
def sql_lit(v, dialect="pg", r=R):
    npre = "N" if (dialect == "mssql" and r.random() < 0.7) else ""
    if isinstance(v, P):
        if v.num:
            return [(v.v, v.cat)]
        return [npre + "'"] + lit([(v.v, v.cat)], esc_sql, "") + ["'"]
    if isinstance(v, T):
        return [npre + "'"] + lit(v.segs, esc_sql, "") + ["'"]
    if v is None:
        return ["NULL"]
    if isinstance(v, bool):
        return ["true" if v else "false"] if dialect == "pg" else ["1" if v else "0"]
    if isinstance(v, (int, float)):
        return [str(v)]
    return [npre + "'" + esc_sql(str(v)) + "'"]


def qident(k, dialect):
    if dialect == "mysql":
        return "`%s`" % k
    if dialect == "mssql":
        return "[%s]" % k
    if dialect in ("pg", "snow") and (k != k.lower() or True):
        return '"%s"' % k if (k != k.lower() or dialect == "pg") else k
    return k


def sql_insert(row, dialect="pg", r=R, quote_ids=True):
    keys = list(row.data)
    q = (lambda k: qident(k, dialect)) if quote_ids else (lambda k: k)
    tbl = {"pg": "public.%s", "mysql": "`rcm`.`%s`", "mssql": "dbo.[%s]", "snow": "RAW.EHR.%s", "bq": "`nbh-data-prod.ehr_raw.%s`"}[dialect] % row.table
    out = ["INSERT INTO %s (%s) VALUES (" % (tbl, ", ".join(q(k) for k in keys))]
    for i, k in enumerate(keys):
        if i:
            out.append(", ")
        out.extend(sql_lit(row.data[k], dialect, r))
    out.append(")")
    return out


def sql_update(row, dialect="pg", r=R):
    items = list(row.data.items())
    pk_k, pk_v = items[0]
    sets = items[1:] or items
    r.shuffle(sets)
    sets = sets[:r.randint(1, max(1, min(4, len(sets))))]
    out = ["UPDATE %s SET " % row.table]
    for i, (k, v) in enumerate(sets):
        if i:
            out.append(", ")
        out.append(qident(k, dialect) + " = ")
        out.extend(sql_lit(v, dialect, r))
    out.append(" WHERE %s = " % qident(pk_k, dialect))
    out.extend(sql_lit(pk_v, dialect, r))
    return out


def sql_select(row, dialect="pg", r=R, limit=True):
    items = list(row.data.items())
    phi = [(k, v) for k, v in items if isinstance(v, P)]
    conds = phi[:r.randint(1, 3)] if phi else items[:1]
    cols = ", ".join(k for k, _ in items[:r.randint(2, 6)])
    out = ["SELECT %s FROM %s WHERE " % (r.choice(["*", cols]), row.table)]
    for i, (k, v) in enumerate(conds):
        if i:
            out.append(" AND ")
        out.append(k + " = ")
        out.extend(sql_lit(v, dialect, r))
    if limit:
        out.append(r.choice(["", " LIMIT 50", " ORDER BY 1", " LIMIT 1"] if dialect != "mssql" else ["", " ORDER BY 1", " OPTION (RECOMPILE)"]))
    return out


def sql_clean(r, dialect="pg"):
    """Statements without PHI: bind parameters, ids, codes, partition dates."""
    tbl = r.choice(["patients", "claims_837", "appointments", "lab_results", "encounters", "coverage", "portal_users"])
    ph = {"pg": "$%d", "mysql": "?", "mssql": "@P%d", "snow": "?", "bq": "@p%d"}[dialect]
    def p(i):
        return ph % i if "%d" in ph else ph
    return r.choice([
        "SELECT * FROM %s WHERE id = %s" % (tbl, p(1)),
        "SELECT mrn, dob, last_name FROM %s WHERE patient_id = %d" % (tbl, r.randint(1000, 9999999)),
        "UPDATE %s SET status = 'BILLED', updated_at = now() WHERE claim_id IN (%d, %d, %d)" % (tbl, r.randint(10**5, 10**7), r.randint(10**5, 10**7), r.randint(10**5, 10**7)),
        "DELETE FROM %s WHERE load_date < '%s'" % (tbl, (LOG_T0 - dt.timedelta(days=r.randint(30, 400))).date().isoformat()),
        "SELECT count(*) FROM %s WHERE ds = '%s' AND cpt IN ('99213', '99214')" % (tbl, (LOG_T0 - dt.timedelta(days=1)).date().isoformat()),
        "INSERT INTO %s_audit (row_id, op, changed_by, changed_at) VALUES (%d, 'U', '%s', '%s')" % (tbl, r.randint(1000, 9999999), r.choice(STAFF_ACCTS[:14]), sys_ts(r)),
        "SELECT p.id, p.mrn, p.first_name, p.last_name, p.dob FROM patients p JOIN coverage c ON c.patient_id = p.id WHERE c.member_id = %s AND p.dob = %s" % (p(1), p(2)),
        "UPDATE %s SET phone = %s, email = %s WHERE id = %s" % (tbl, p(1), p(2), p(3)),
        "SELECT dx_code, count(*) AS n FROM %s GROUP BY dx_code HAVING count(*) > %d" % (tbl, r.randint(5, 500)),
        "MERGE INTO %s t USING stg_%s s ON t.id = s.id WHEN MATCHED THEN UPDATE SET t.status = s.status" % (tbl, tbl),
    ])


# --- Kafka Connect ------------------------------------------------------------------
@family("kafka_connect", 1.2)
def fam_kafka_connect(r, c):
    ts = "[" + c.t.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3] + "]"
    conn = r.choice(["jdbc-sink-ehr", "es-sink-portal", "s3-sink-claims", "snowflake-sink-ehr", "bq-sink-rcm", "mongo-sink-portal"])
    task = r.randint(0, 7)
    topic = r.choice(["nbh-ehr.public.", "rcm-prod.rcm.", "clarity-cdc.Clarity.dbo.", "portal."])
    if not c.phi:
        row = clean_row(r)
        tp = topic + row.table
        if r.random() < 0.2:
            return S(ts, " ERROR [%s|task-%d] Failed to write record: SinkRecord{kafkaOffset=%d, timestampType=CreateTime, originalTopic=%s, originalKafkaPartition=%d, originalKafkaOffset=%d} ConnectRecord{topic='%s', kafkaPartition=%d, key=Struct{id=%d}, keySchema=Schema{%s.Key:STRUCT}, value=" % (
                conn, task, r.randint(10**4, 10**8), tp, r.randint(0, 11), r.randint(10**4, 10**8), tp, r.randint(0, 11), r.randint(1000, 9999999), tp.replace("-", "_")),
                ser(row.data, "struct"), ", valueSchema=Schema{%s.Value:STRUCT}, timestamp=%d, headers=ConnectHeaders(headers=)} (io.confluent.connect.jdbc.sink.JdbcSinkTask:118)" % (tp.replace("-", "_"), c.epoch_ms()))
        return S(ts, r.choice([
            " INFO [%s|task-%d] WorkerSinkTask{id=%s-%d} Committing offsets asynchronously using sequence number %d: {%s-%d=OffsetAndMetadata{offset=%d, leaderEpoch=null, metadata=''}} (org.apache.kafka.connect.runtime.WorkerSinkTask:353)" % (conn, task, conn, task, r.randint(1, 9999), tp, r.randint(0, 11), r.randint(10**4, 10**8)),
            " ERROR [%s|task-%d] Error encountered in task %s-%d. Executing stage 'VALUE_CONVERTER' with class 'io.confluent.connect.avro.AvroConverter', where consumed record is {topic='%s', partition=%d, offset=%d, timestamp=%d, timestampType=CreateTime}. (org.apache.kafka.connect.runtime.errors.LogReporter:66)" % (conn, task, conn, task, tp, r.randint(0, 11), r.randint(10**4, 10**8), c.epoch_ms() - 1000),
            " ERROR [%s|task-%d] WorkerSinkTask{id=%s-%d} Task threw an uncaught and unrecoverable exception. Task is being killed and will not recover until manually restarted. Error: Failed to deserialize data for topic %s to Avro: Unknown magic byte! (org.apache.kafka.connect.runtime.WorkerSinkTask:612)" % (conn, task, conn, task, tp),
            " INFO [Worker clientId=connect-1, groupId=nbh-connect-cluster] Rebalance started (org.apache.kafka.connect.runtime.distributed.WorkerCoordinator:225)",
            " INFO [%s|task-%d] JdbcSinkConfig values: auto.create = false auto.evolve = false batch.size = %d connection.attempts = 3 connection.backoff.ms = 10000 connection.url = jdbc:postgresql://pg-ehr-primary-01.db.nbh.internal:5432/ehr?sslmode=verify-full connection.user = svc_dbz_ehr db.timezone = UTC delete.enabled = true insert.mode = upsert max.retries = 10 pk.fields = [id] pk.mode = record_key table.name.format = ${topic} (io.confluent.connect.jdbc.sink.JdbcSinkConfig:376)" % (conn, task, r.choice([500, 3000])),
            " INFO [AdminClient clientId=adminclient-%d] Node %d disconnected. bootstrap.servers=kafka-broker-1.stream.nbh.internal:9093,kafka-broker-2.stream.nbh.internal:9093 client.dns.lookup=use_all_dns_ips security.protocol=SASL_SSL sasl.mechanism=SCRAM-SHA-512 (org.apache.kafka.clients.NetworkClient:977)" % (r.randint(1, 40), r.randint(1, 6)),
            " WARN [%s|task-%d] Write of %d records failed, remainingRetries=%d (io.confluent.connect.jdbc.sink.JdbcSinkTask:101)" % (conn, task, r.randint(1, 3000), r.randint(0, 10)),
            " INFO [%s|task-%d] Opened hdfs://nn1.dp.nbh.internal:8020/topics/+tmp/%s/partition=%d/%s_tmp.avro for write (io.confluent.connect.hdfs.TopicPartitionWriter:434)" % (conn, task, tp, r.randint(0, 11), uuid4()),
        ]), "")

    row = make_row(r, force=c.force)
    tp = topic + row.table
    v = r.random()
    if v < 0.3:
        key = list(row.data.items())[0]
        return S(ts, " ERROR [%s|task-%d] Error encountered in task %s-%d. Executing stage '%s' with class '%s', where consumed record is {topic='%s', partition=%d, offset=%d, timestamp=%d, timestampType=CreateTime, original key=" % (
            conn, task, conn, task, r.choice(["VALUE_CONVERTER", "TASK_PUT", "TRANSFORMATION"]),
            r.choice(["org.apache.kafka.connect.json.JsonConverter", "org.apache.kafka.connect.transforms.Cast$Value", "io.confluent.connect.jdbc.sink.JdbcSinkTask"]),
            tp, r.randint(0, 11), r.randint(10**4, 10**8), c.epoch_ms() - 2000),
            J({key[0]: key[1]}), ", original value=", J(row.data), "}. (org.apache.kafka.connect.runtime.errors.LogReporter:66)")
    if v < 0.5:
        return S(ts, " ERROR [%s|task-%d] Failed to write record: ConnectRecord{topic='%s', kafkaPartition=%d, key=Struct{id=%d}, keySchema=Schema{%s.Key:STRUCT}, value=" % (
            conn, task, tp, r.randint(0, 11), r.randint(1000, 9999999), tp.replace("-", "_")),
            "Struct{after=", ser(row.data, "struct"), ",source=Struct{version=2.5.1.Final,connector=postgresql,name=nbh-ehr,ts_ms=%d,db=ehr,schema=public,table=%s},op=%s,ts_ms=%d}" % (
                c.epoch_ms() - 300, row.table, r.choice("cur"), c.epoch_ms()),
            ", valueSchema=Schema{%s.Envelope:STRUCT}, timestamp=%d, headers=ConnectHeaders(headers=)} (io.confluent.connect.jdbc.sink.JdbcSinkTask:118)" % (tp.replace("-", "_"), c.epoch_ms()))
    if v < 0.75:
        vals = []
        for i, (k, val) in enumerate(row.data.items()):
            if i:
                vals.append(", ")
            vals.append(val if isinstance(val, P) else ("null" if val is None else str(val).lower() if isinstance(val, bool) else str(val)))
        return S(ts, " ERROR [%s|task-%d] WorkerSinkTask{id=%s-%d} Task threw an uncaught and unrecoverable exception. Caused by: org.postgresql.util.PSQLException: ERROR: %s  Detail: Failing row contains (" % (
            conn, task, conn, task, r.choice(['null value in column "updated_by" of relation "%s" violates not-null constraint' % row.table,
                                              'new row for relation "%s" violates check constraint "%s_status_chk"' % (row.table, row.table)])),
            vals, "). (org.apache.kafka.connect.runtime.WorkerSinkTask:616)")
    ins = sql_insert(row, "pg", r)
    return S(ts, " WARN [%s|task-%d] Write of 500 records failed, remainingRetries=0 (io.confluent.connect.jdbc.sink.JdbcSinkTask:101) java.sql.BatchUpdateException: Batch entry %d " % (conn, task, r.randint(0, 499)),
             ins, " was aborted: ERROR: value too long for type character varying(%d)  Call getNextException to see other errors in the batch." % r.choice([10, 12, 20, 32]))


# --- MongoDB ---------------------------------------------------------------------------
def mongo_oid(r=R):
    return "65e5%s" % hexs(20, r)


@family("mongodb_slow_query", 1.0)
def fam_mongo_slow(r, c):
    row = pick_row(r, c, kind=r.choice(["portal", "patient", "appt", "idver", "outreach", "coverage", "device", "bio"]) if c.phi and c.force is None else None)
    coll = row.table
    db = r.choice(["portal", "ehr_docs", "engagement", "idp"])
    items = list(row.data.items())
    phi = [(k, v) for k, v in items if isinstance(v, P)]
    ctx = "conn%d" % r.randint(100, 99999)
    dur = r.randint(100, 12000)
    if c.phi:
        flt = dict(phi[:r.randint(1, 2)])
        rest = dict(phi[len(flt):])
    else:
        if r.random() < 0.4:
            flt = {k: "###" for k, _ in items[:2]}      # redactClientLogData
        else:
            flt = {"_id": {"$oid": mongo_oid(r)}} if r.random() < 0.5 else {items[0][0]: items[0][1], "status": {"$in": ["ACTIVE", "PENDING"]}}
        rest = {k: v for k, v in items[1:3]}
    kind = r.choice(["find", "update", "findAndModify", "aggregate"])
    if kind == "find":
        cmd = {"find": coll, "filter": flt, "limit": r.choice([1, 20, 50]), "lsid": {"id": {"$uuid": uuid4()}},
               "$clusterTime": {"clusterTime": {"$timestamp": {"t": c.epoch(), "i": r.randint(1, 40)}}}, "$db": db}
    elif kind == "update":
        cmd = {"update": coll, "ordered": True, "updates": [{"q": flt, "u": {"$set": rest or {"status": "ACTIVE"}}, "upsert": False}], "$db": db}
    elif kind == "findAndModify":
        cmd = {"findAndModify": coll, "query": flt, "update": {"$set": rest or {"last_seen": {"$date": c.iso()}}}, "new": True, "$db": db}
    else:
        cmd = {"aggregate": coll, "pipeline": [{"$match": flt}, {"$sort": {"updated_at": -1}}, {"$limit": 10}], "cursor": {}, "$db": db}
    k0 = next(iter(flt))
    attr = {"type": "command", "ns": "%s.%s" % (db, coll), "appName": r.choice(["portal-api", "idp-verify", "mongosh 2.1.5", "engagement-svc"]),
            "command": cmd, "planSummary": r.choice(["IXSCAN { %s: 1 }" % k0, "COLLSCAN", "IDHACK"]),
            "keysExamined": r.randint(0, 5000), "docsExamined": r.randint(0, 250000), "nreturned": r.randint(0, 20),
            "queryHash": hexs(8).upper(), "planCacheKey": hexs(8).upper(), "reslen": r.randint(200, 90000),
            "locks": {"Global": {"acquireCount": {"r": r.randint(1, 9)}}}, "storage": {},
            "remote": "%s:%d" % (r.choice(["10.42.7.19", "10.42.9.31", "172.20.3.14", "127.0.0.1"]), r.randint(30000, 65000)),
            "protocol": "op_msg", "durationMillis": dur}
    doc = {"t": {"$date": c.iso(3, "+00:00")}, "s": r.choice(["I", "W"]), "c": "COMMAND", "id": 51803, "ctx": ctx,
           "msg": "Slow query", "attr": attr}
    return J(doc)


@family("mongodb_profiler", 0.8)
def fam_mongo_prof(r, c):
    row = pick_row(r, c)
    items = list(row.data.items())
    phi = [(k, v) for k, v in items if isinstance(v, P)]
    db = r.choice(["portal", "ehr_docs", "idp"])
    if c.phi:
        q = dict(phi[:1])
        u = dict(phi[1:]) or {"verified": True}
    else:
        q = {"_id": Raw("ObjectId('%s')" % mongo_oid(r))}
        u = dict(items[1:4])
    op = r.choice(["update", "query", "insert"])
    doc = {"op": op, "ns": "%s.%s" % (db, row.table)}
    if op == "update":
        doc["command"] = {"q": q, "u": {"$set": u}, "multi": False, "upsert": False}
    elif op == "query":
        doc["command"] = {"find": row.table, "filter": q, "projection": {"_id": 0}, "$db": db}
    else:
        doc["command"] = {"insert": row.table, "documents": [row.data] if c.phi else [dict(items)], "ordered": True, "$db": db}
    doc.update({"keysExamined": r.randint(0, 900), "docsExamined": r.randint(0, 90000), "numYield": r.randint(0, 300),
                "millis": r.randint(100, 9000), "planSummary": r.choice(["COLLSCAN", "IXSCAN { email: 1 }", "IDHACK", "IXSCAN { mrn: 1, dob: 1 }"]),
                "ts": Raw('ISODate("%s")' % c.iso()), "client": r.choice(["10.42.7.19", "10.42.3.88", "172.20.1.5"]),
                "appName": r.choice(["portal-api", "idp-verify", "batch-dedupe"]), "allUsers": [{"user": r.choice(["svc_portal", "svc_idp", "mkhoury_dba"]), "db": "admin"}],
                "user": "svc_portal@admin"})
    prefix = r.choice(["", "rs0 [direct: primary] %s> " % db, "{ \"profile\": "])
    segs = S(prefix, ser(doc, "js"))
    if prefix.startswith("{"):
        segs = S(segs, " }")
    return segs

# --- free text (notes columns, messages) ------------------------------------------
def note_phi(r, p, force=None):
    full = P(name_variant(r, p.first, p.last, p.mi) if r.random() < 0.3 else "%s %s" % (p.first, p.last), "name")
    rel = P("%s %s" % (p.rel_first, p.rel_last), "name")
    ph = P(p.phone, "phone")
    dob = P(fmt_date(p.dob, r.choice(["us", "us_short", "iso"])), "date")
    fu = P(fmt_date(BASE_DAY + dt.timedelta(days=r.randint(3, 60)), r.choice(["us", "iso"])), "date")
    opts = {
        "name": [lambda: ["Pt ", full, " called re: refill of metformin, ok per ", r.choice(CLINICIANS)],
                 lambda: ["spoke w/ ", r.choice(["daughter", "son", "wife", "husband", "niece"]), " ", rel, " who will bring pt to appt"],
                 lambda: [full, " no-show x2, letter sent"]],
        "phone": [lambda: ["left VM for ", P(p.first, "name"), " at ", ph], lambda: ["cb# ", ph, " after 5pm"],
                  lambda: ["Paciente llamó desde ", ph, ", prefiere español"]],
        "date": [lambda: ["DOB ", dob, " verified at check-in"], lambda: ["f/u scheduled ", fu, " w/ ", r.choice(CLINICIANS)],
                 lambda: ["pt born ", dob, ", confirmed by ", r.choice(["MA", "RN", "front desk"])]],
        "address": [lambda: ["mailed stmt to ", P(p.street_full, "address"), ", ", P(p.city, "address"), ", ", p.state, " ", P(p.zip, "zip")],
                    lambda: ["new addr per pt: ", P(p.street_full, "address"), " ", P(p.city, "address")]],
        "zip": [lambda: ["zip on file ", P(p.zip, "zip"), " does not match card billing zip"]],
        "age": [lambda: [P(p.age, "age"), " y/o ", p.sex, " w/ CHF, lives alone"],
                lambda: ["pt is ", P(p.age, "age"), " years old, fall risk"]],
        "email": [lambda: ["pt requests statements to ", P(p.email, "email")], lambda: ["portal invite resent to ", P(p.email, "email")]],
        "ssn": [lambda: ["guarantor SSN ", P(gen_ssn(r), "ssn"), " per phone call"], lambda: ["SS# ", P(p.ssn, "ssn"), " on file mismatch w/ payer"]],
        "mrn": [lambda: ["merged dup chart into ", P(p.mrn, "mrn")], lambda: ["prior MRN ", P(gen_mrn(r), "mrn"), " from Marin General"]],
        "fax": [lambda: ["records faxed to pt at ", P(p.fax, "fax")], lambda: ["send copy to home fax ", P(p.fax, "fax"), " per request"]],
        "health_plan": [lambda: ["Medicare MBI ", P(gen_mbi(r), "health_plan"), " verified in HETS"], lambda: ["new member # ", P(gen_member(r), "health_plan"), " eff 04/01"]],
        "account": [lambda: ["payment plan set up on acct ", P(p.acct, "account")], lambda: ["card ending in file: ", P(gen_card(r, "plain"), "account"), " declined"]],
        "license": [lambda: ["ID checked, CA DL ", P(gen_dl(r), "license")], lambda: ["DEA ", P(gen_dea(r, r.choice(LAST)), "license"), " on rx missing"]],
        "vehicle": [lambda: ["MVC, pt vehicle plate ", P(gen_plate(r), "vehicle"), " towed"], lambda: ["valet lost ticket, VIN ", P(gen_vin(r), "vehicle")]],
        "device": [lambda: ["ICD interrogated, SN ", P(gen_dev_serial(r), "device")], lambda: ["home hub IMEI ", P(gen_imei(r), "device"), " offline 3 days"]],
        "url": [lambda: ["family posted updates at ", P(p.url, "url")]],
        "ip": [lambda: ["suspicious portal login from ", P(p.ip, "ip"), ", account locked"]],
        "other_id": [lambda: ["passport ", P(gen_other_id(r, "passport"), "other_id"), " used for ID (no DL)"]],
        "biometric": [lambda: ["palm template re-enrolled: ", P(gen_biometric(r), "biometric")]],
        "photo": [lambda: ["photo updated ", P(gen_photo_path(r), "photo")]],
    }
    if p.age < 90:
        del opts["age"]
    cat = force if force in opts else r.choice(sorted(opts))
    return T(r.choice(opts[cat])())


CLEAN_NOTES = [
    "Seen by Dr. Samuel Ortiz, f/u in 3 months, A1c 7.2%",
    "continue metformin 500 mg BID; recheck BMP in 2 wks",
    "Prior auth approved by payer, ref PA-2024-118273",
    "Pt declined flu vaccine, VIS given",
    "order 4471203 cancelled by Ellen Whitaker NP (duplicate)",
    "Transport arranged via Northbay Health shuttle, call 415-380-6000 to change",
    "MRI 3T slot moved to bay 2, tech: jwhitaker",
    "interpreter (Spanish) requested for visit",
    "Refer to cardiology per Dr. Kenneth Obi; ECG on file",
    "labs drawn, tube 2 hemolyzed, recollect",
    "age 67, BMI 31.2, BP 142/88",
    "born 1948; hx of CABG",
]


# --- Elasticsearch ---------------------------------------------------------------
def es_query(r, items):
    must = []
    for k, v in items:
        kind = r.choice(["match", "term", "match_phrase"])
        if kind == "match":
            must.append({"match": {k: {"query": v, "operator": "and"}}})
        else:
            must.append({kind: {k: v}})
    return {"size": r.choice([10, 20, 50]), "query": {"bool": {"must": must, "filter": [{"term": {"active": True}}]}},
            "_source": {"includes": [], "excludes": []}, "track_total_hits": r.choice([True, 10000])}


@family("elasticsearch_slowlog", 1.0)
def fam_es_slowlog(r, c):
    row = pick_row(r, c, kind=None)
    items = list(row.data.items())
    idx = r.choice(["patients-v3", "portal-users", "appointments-2024.03", "claims-idx", "mpi-search", "lab-results-2024"])
    node = r.choice(["es-data-01", "es-data-02", "es-data-03", "es-hot-07"])
    took = r.randint(500, 15000)
    if c.phi:
        phi = [(k, v) for k, v in items if isinstance(v, P)]
        q = es_query(r, phi[:r.randint(1, 3)])
    else:
        if r.random() < 0.5:
            q = es_query(r, [(items[0][0], items[0][1])])
        else:
            q = {"size": 0, "query": {"range": {"updated_at": {"gte": "now-1d/d"}}}, "aggs": {"by_dept": {"terms": {"field": "dept.keyword", "size": 50}}}}
    kind = r.random()
    if kind < 0.45:
        doc = {"@timestamp": c.iso(), "log.level": "WARN", "elasticsearch.slowlog.id": None,
               "elasticsearch.slowlog.message": "[%s][%d]" % (idx, r.randint(0, 4)),
               "elasticsearch.slowlog.search_type": "QUERY_THEN_FETCH", "elasticsearch.slowlog.source": Jstr(J(q)),
               "elasticsearch.slowlog.stats": "[]", "elasticsearch.slowlog.took": "%.1fs" % (took / 1000.0),
               "elasticsearch.slowlog.took_millis": took, "elasticsearch.slowlog.total_hits": "%d hits" % r.randint(0, 40),
               "elasticsearch.slowlog.total_shards": 5, "ecs.version": "1.2.0", "service.name": "ES_ECS",
               "event.dataset": "elasticsearch.index_search_slowlog", "process.thread.name": "elasticsearch[%s][search][T#%d]" % (node, r.randint(1, 12)),
               "log.logger": "index.search.slowlog.query", "elasticsearch.cluster.uuid": b64(bytes(r.getrandbits(8) for _ in range(16)))[:22],
               "elasticsearch.node.id": b64(bytes(r.getrandbits(8) for _ in range(16)))[:22], "elasticsearch.node.name": node,
               "elasticsearch.cluster.name": "nbh-search"}
        return J(doc)
    ts = "[" + c.t.strftime("%Y-%m-%dT%H:%M:%S,%f")[:-3] + "]"
    if kind < 0.75:
        return S(ts, "[WARN ][index.search.slowlog.query] [%s] [%s][%d] took[%.1fs], took_millis[%d], total_hits[%d hits], types[], stats[], search_type[QUERY_THEN_FETCH], total_shards[5], source[" % (
            node, idx, r.randint(0, 4), took / 1000.0, took, r.randint(0, 40)), J(q), "], id[%s], " % r.choice(["", "portal-api-" + hexs(8)]))
    src = row.data
    return S(ts, "[INFO ][index.indexing.slowlog.index] [%s] [%s/%s] took[%.1fms], took_millis[%d], type[_doc], id[%s], routing[], source[" % (
        node, idx, b64(bytes(r.getrandbits(8) for _ in range(16)))[:22], took / 100.0, took // 100, b64(bytes(r.getrandbits(8) for _ in range(15)))),
        J(src), "]")


def rb(o):
    """Ruby inspect() style hash used by Logstash."""
    if isinstance(o, dict):
        out = ["{"]
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(", ")
            out.append(k if k.startswith(":") else '"%s"' % k)
            out.append("=>")
            out.extend(rb(v))
        out.append("}")
        return out
    if isinstance(o, list):
        out = ["["]
        for i, v in enumerate(o):
            if i:
                out.append(", ")
            out.extend(rb(v))
        out.append("]")
        return out
    if o is None:
        return ["nil"]
    if isinstance(o, Raw):
        return list(o.segs)
    return ser(o, "json")


@family("elasticsearch_bulk_error", 0.9)
def fam_es_bulk(r, c):
    ts = "[" + c.t.strftime("%Y-%m-%dT%H:%M:%S,%f")[:-3] + "]"
    node = r.choice(["es-data-01", "es-data-02", "es-data-03", "es-hot-07"])
    idx = r.choice(["patients-2024.03", "portal-users", "appointments-2024.03", "claims-idx", "mpi-search-v2"])
    doc_id = b64(bytes(r.getrandbits(8) for _ in range(15))).replace("/", "_").replace("+", "-")
    if not c.phi:
        row = clean_row(r)
        if r.random() < 0.3:
            return S(ts, "[WARN ][o.e.a.b.TransportShardBulkAction] [%s] [%s][%d] failed to execute bulk item (index) index {[%s][_doc][%s], source[" % (node, idx, r.randint(0, 4), idx, doc_id),
                     J(row.data), "]} org.elasticsearch.index.mapper.MapperParsingException: failed to parse field [%s] of type [long]" % next(iter(row.data)))
        return S(ts, r.choice([
            "[INFO ][o.e.c.m.MetadataMappingService] [%s] [%s/%s] update_mapping [_doc]" % (node, idx, doc_id[:22]),
            "[WARN ][o.e.x.m.e.l.LocalExporter] [%s] unexpected error while indexing monitoring document" % node,
            "[DEBUG][o.e.a.b.TransportShardBulkAction] [%s] [%s][%d] failed to execute bulk item (index) index {[%s][_doc][%s], source[n/a, actual length: [%dkb], max length: 2kb]}" % (node, idx, r.randint(0, 4), idx, doc_id, r.randint(3, 90)),
            "[INFO ][o.e.i.r.RecoverySourceHandler] [%s] [%s][%d] recovery [phase1] to {%s}{%s}{%s}{10.42.11.%d}{10.42.11.%d:9300} completed" % ((node, idx, r.randint(0, 4), r.choice(["es-data-02", "es-hot-08"]), doc_id[:22], doc_id[2:22] + "Qw") + (r.randint(2, 250),) * 2),
            "[WARN ][o.e.i.e.Engine] [%s] [%s][%d] failed engine [merge failed]" % (node, idx, r.randint(0, 4)),
            "[INFO ][o.e.c.r.a.AllocationService] [es-master-01] current.health=\"GREEN\" message=\"Cluster health status changed from [YELLOW] to [GREEN] (reason: [shards started [[%s][%d]]]).\" previous.health=\"YELLOW\" reason=\"shards started [[%s][%d]]\"" % ((idx, r.randint(0, 4)) * 2),
        ]))
    row = make_row(r, force=c.force)
    phi = [(k, v) for k, v in row.data.items() if isinstance(v, P)]
    k0, v0 = phi[0]
    kind = r.random()
    if kind < 0.45:
        return S(ts, "[DEBUG][o.e.a.b.TransportShardBulkAction] [%s] [%s][%d] failed to execute bulk item (index) index {[%s][_doc][%s], source[" % (node, idx, r.randint(0, 4), idx, doc_id),
                 J(row.data), "]} org.elasticsearch.index.mapper.MapperParsingException: failed to parse field [", k0, "] of type [", r.choice(["date", "long", "ip", "keyword"]),
                 "] in document with id '", doc_id, "'. Preview of field's value: '", v0, "'")
    if kind < 0.75:
        ev = dict(row.data)
        ev["@timestamp"] = Raw(c.iso())
        ev["@version"] = "1"
        return S(ts, "[WARN ][logstash.outputs.elasticsearch][main][%s] Could not index event to Elasticsearch. " % hexs(64)[:64],
                 rb({":status": Raw("400"), ":action": ["index", {":_id": None, ":_index": idx, ":routing": None}, ev],
                     ":response": {"index": {"_index": idx, "_id": doc_id, "status": Raw("400"), "error": {"type": "mapper_parsing_exception",
                                   "reason": T("failed to parse field [", k0, "] of type [long] in document with id '", doc_id, "'. Preview of field's value: '", v0, "'")}}}}))
    return S(ts, "[ERROR][o.e.a.b.TransportBulkAction] [%s] bulk request failed: item %d of %d rejected: document_parsing_exception: [1:%d] failed to parse field [" % (node, r.randint(0, 999), 1000, r.randint(10, 300)),
             k0, "] of type [", r.choice(["date", "integer", "boolean"]), "] in document with id '", doc_id, "'. Preview of field's value: '", v0, "'")


# --- Redis -----------------------------------------------------------------------
def redis_arg(segs):
    """Redis MONITOR/SLOWLOG quoting (sdscatrepr): non-ASCII bytes become \\xNN."""
    def esc(s):
        out = []
        for ch in s:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ord(ch) < 128:
                out.append(ch)
            else:
                out.extend("\\x%02x" % b for b in ch.encode("utf-8"))
        return "".join(out)
    return lit(segs, esc, '"')


def redis_cmd_phi(r, c):
    row = make_row(r, force=c.force)
    phi = [(k, v) for k, v in row.data.items() if isinstance(v, P)]
    iid = row.data[next(iter(row.data))]
    kind = r.random()
    if kind >= 0.4 and kind < 0.7 and key_phi(phi, r)[1].cat in ("biometric", "photo"):
        kind = 0.0            # blobs are stored as hash fields, not embedded in key names
    if kind < 0.4:
        args = [["HSET"], ["%s:%s" % (r.choice(["pt", "mbr", "portal:user", "idp:pending"]), iid)]]
        for k, v in list(row.data.items())[1:]:
            if isinstance(v, (P, str, int)) and not isinstance(v, bool):
                args.append([k])
                args.append([v] if isinstance(v, P) else [str(v)])
        return args
    if kind < 0.7:
        k, v = key_phi(phi, r)
        if v.cat == "phone":
            pre = r.choice(["otp:", "otp:sms:", "pt:lookup:%s:" % k])
        elif v.cat == "email":
            pre = r.choice(["ratelimit:login:", "pwreset:", "mpi:idx:%s:" % k.lower()])
        elif v.cat == "ip":
            pre = r.choice(["ratelimit:ip:", "blocklist:"])
        else:
            pre = r.choice(["pt:lookup:%s:" % k, "mpi:idx:%s:" % k.lower(), "dedupe:%s:" % k.lower()])
        cmd = r.choice(["GET", "SETEX", "DEL", "EXISTS", "INCR"])
        a = [[cmd], [pre, v]]
        if cmd == "SETEX":
            a += [["300"], [str(r.randint(100000, 999999))]]
        return a
    sess = {"sid": uuid4(), "uid": r.randint(1000, 999999)}
    for k, v in phi[:3]:
        sess[k] = v
    sess["exp"] = c.epoch() + 1800
    return [["SET"], ["sess:" + hexs(32)], J(sess), ["EX"], ["1800"]]


def redis_cmd_clean(r, c):
    return r.choice([
        [["GET"], ["sess:" + hexs(32)]],
        [["EXPIRE"], ["sess:" + hexs(32)], ["1800"]],
        [["HGETALL"], ["pt:%d" % r.randint(1000, 9999999)]],
        [["INCR"], ["ratelimit:ip:10.42.%d.%d" % (r.randint(0, 20), r.randint(2, 250))]],
        [["ZADD"], ["queue:hl7:adt"], [str(c.epoch())], ["MSG%s" % digits(10)]],
        [["PUBLISH"], ["adt-events"], J({"patient_id": r.randint(1000, 9999999), "event": r.choice(["A01", "A03", "A08", "A04"]), "facility": "NBH-MV", "ts": c.iso()})],
        [["EVALSHA"], [hexs(40)], ["1"], ["lock:etl:claims:%s" % (c.t.date().isoformat())]],
        [["SET"], ["feature:flags:portal"], J({"new_scheduler": True, "version": "4.12.0", "build": r.randint(1000, 9999)})],
        [["HSET"], ["job:%s" % uuid4()], ["status"], ["RUNNING"], ["worker"], ["airflow-worker-3"], ["attempt"], ["2"]],
        [["PING"]],
        [["CLIENT"], ["SETNAME"], ["portal-api-%s" % hexs(6)]],
        [["XADD"], ["stream:lab-results"], ["*"], ["order_id"], ["ORD-%d-%06d" % (2024, r.randint(1, 999999))], ["loinc"], [r.choice(LOINC)[0]], ["status"], ["F"]],
    ])


@family("redis_monitor", 0.9)
def fam_redis_monitor(r, c):
    args = redis_cmd_phi(r, c) if c.phi else redis_cmd_clean(r, c)
    cl = r.choice(["10.42.3.17", "10.42.3.18", "172.20.4.9", "127.0.0.1", "unix"])
    cl = "unix:/var/run/redis/redis.sock" if cl == "unix" else "%s:%d" % (cl, r.randint(30000, 65000))
    out = ["%d.%06d [%d %s] " % (c.epoch(), c.t.microsecond, r.choice([0, 0, 1, 3]), cl)]
    for i, a in enumerate(args):
        if i:
            out.append(" ")
        out.extend(redis_arg(S(a)))
    return S(out)


@family("redis_slowlog", 0.6)
def fam_redis_slowlog(r, c):
    if not c.phi and r.random() < 0.35:
        return S(r.choice([
            "1:M %s * Background saving started by pid %d" % (c.t.strftime("%d %b %Y %H:%M:%S.%f")[:-3], r.randint(100, 99999)),
            "1:M %s * Replica 10.42.3.18:6379 asks for synchronization" % c.t.strftime("%d %b %Y %H:%M:%S.%f")[:-3],
            "1:C %s # WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition." % c.t.strftime("%d %b %Y %H:%M:%S.%f")[:-3],
            "1:M %s * DB saved on disk" % c.t.strftime("%d %b %Y %H:%M:%S.%f")[:-3],
            "1:S %s * MASTER <-> REPLICA sync: Finished with success" % c.t.strftime("%d %b %Y %H:%M:%S.%f")[:-3],
        ]))
    args = redis_cmd_phi(r, c) if c.phi else redis_cmd_clean(r, c)
    out = ["%d) 1) (integer) %d 2) (integer) %d 3) (integer) %d 4) " % (r.randint(1, 10), r.randint(1, 99999), c.epoch() - r.randint(0, 3600), r.randint(10000, 900000))]
    for i, a in enumerate(args):
        out.append("%s%d) " % (" " if i else "", i + 1))
        out.extend(redis_arg(S(a)))
    out.append(' 5) "%s:%d" 6) "%s"' % (r.choice(["10.42.3.17", "10.42.3.18", "172.20.4.9"]), r.randint(30000, 65000), r.choice(["portal-api", "idp-verify", "", "sched-svc"])))
    return S(out)

# --- PostgreSQL logical replication ---------------------------------------------------
def pg_type(v):
    if isinstance(v, bool):
        return "boolean"
    if isinstance(v, int) or (isinstance(v, P) and v.num):
        return "integer" if not isinstance(v, int) or v < 2**31 else "bigint"
    if isinstance(v, float):
        return "numeric"
    if isinstance(v, T):
        return "text"
    if isinstance(v, P) and v.cat == "date":
        return "date" if len(v.v) == 10 and v.v[4] == "-" else "text"
    return random.Random(len(str(getattr(v, "v", v)))).choice(["text", "character varying"])


def td_val(v):
    if isinstance(v, T):
        return ["'"] + lit(v.segs, esc_sql, "") + ["'"]
    if v is None:
        return ["null"]
    if isinstance(v, bool):
        return ["true" if v else "false"]
    if isinstance(v, (int, float)):
        return [str(v)]
    if isinstance(v, P):
        return [(v.v, v.cat)] if v.num else ["'"] + lit([(v.v, v.cat)], esc_sql, "") + ["'"]
    return ["'" + esc_sql(str(v)) + "'"]


@family("pg_logical_decoding", 1.1)
def fam_pg_logical(r, c):
    row = pick_row(r, c)
    tbl = "public." + row.table.lower()
    items = list(row.data.items())
    v = r.random()
    if not c.phi and v < 0.25:
        x = r.randint(10**5, 10**7)
        return S(r.choice([
            "BEGIN %d" % x, "COMMIT %d" % x,
            " %s | %d | BEGIN %d" % (lsn(r), x, x),
            "%s UTC [%d] LOG:  starting logical decoding for slot \"debezium_ehr\"" % (c.t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], r.randint(1000, 60000)),
            "%s UTC [%d] DETAIL:  Streaming transactions committing after %s, reading WAL from %s." % (c.t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], r.randint(1000, 60000), lsn(r), lsn(r)),
            "%s UTC [%d] LOG:  logical replication apply worker for subscription \"ehr_to_analytics\" has started" % (c.t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], r.randint(1000, 60000)),
            "%s UTC [%d] LOG:  logical decoding found consistent point at %s" % (c.t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], r.randint(1000, 60000), lsn(r)),
        ]))
    if v < 0.5:
        op = r.choice(["INSERT", "UPDATE", "DELETE"])
        out = ["table %s: %s:" % (tbl, op)]
        use = items if op != "DELETE" else items[:1]
        for k, val in use:
            out.append(" %s[%s]:" % (k, pg_type(val)))
            out.extend(td_val(val))
        pre = r.choice(["", "", " %s | %d | " % (lsn(r), r.randint(10**5, 10**7))])
        return S(pre, out)
    if v < 0.75:
        if r.random() < 0.5:
            cols = [{"name": k, "type": pg_type(val), "value": val} for k, val in items]
            doc = {"action": r.choice(["I", "U"]), "schema": "public", "table": row.table.lower(), "columns": cols}
            if r.random() < 0.4:
                doc["identity"] = [cols[0]]
            return J(doc)
        doc = {"change": [{"kind": r.choice(["insert", "update"]), "schema": "public", "table": row.table.lower(),
                           "columnnames": [k for k, _ in items], "columntypes": [pg_type(val) for _, val in items],
                           "columnvalues": [val for _, val in items]}]}
        return J(doc, compact=False)
    # apply-worker error in jsonlog (PG15+)
    if c.phi:
        k, val = key_phi(items, r)
        msg, detail, code = 'duplicate key value violates unique constraint "%s_%s_key"' % (row.table.lower(), k.lower()), T("Key (", k, ")=(", val, ") already exists."), "23505"
    else:
        k, val = items[0]
        msg, detail, code = 'duplicate key value violates unique constraint "%s_pkey"' % row.table.lower(), "Key (%s)=(%s) already exists." % (k, val), "23505"
    doc = {"timestamp": c.t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + " UTC", "pid": r.randint(1000, 60000),
           "session_id": "%x.%x" % (c.epoch() - 5000, r.randint(0x100, 0xffff)), "line_num": r.randint(1, 40),
           "session_start": (c.t - dt.timedelta(seconds=5000)).strftime("%Y-%m-%d %H:%M:%S") + " UTC",
           "txid": 0, "error_severity": "ERROR", "state_code": code, "message": msg, "detail": detail,
           "context": 'processing remote data for replication origin "pg_%d" during message type "INSERT" for replication target relation "%s" in transaction %d, finished at %s' % (r.randint(16000, 99999), tbl, r.randint(10**5, 10**7), lsn(r)),
           "backend_type": "logical replication apply worker", "query_id": 0}
    return J(doc)


# --- PostgreSQL server log: auto_explain / log_min_duration / errors ----------------------
@family("pg_auto_explain_log", 1.1)
def fam_pg_log(r, c):
    pre = "%s UTC [%d] %s@%s " % (c.t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], r.randint(1000, 60000),
                                  r.choice(["svc_etl_loader", "sa_reporting_ro", "portal_app", "looker_svc", "rpatel_de"]), r.choice(["ehr", "portal", "rcm"]))
    if not c.phi:
        v = r.random()
        if v < 0.4:
            return S(pre, r.choice([
                "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=%.3f s, average=%.3f s; distance=%d kB, estimate=%d kB; lsn=%s, redo lsn=%s" % (
                    r.randint(100, 90000), r.uniform(0, 40), r.randint(0, 9), r.uniform(1, 200), r.uniform(0, 2), r.uniform(1, 200), r.randint(1, 300), r.uniform(0, 1), r.uniform(0, 0.1), r.randint(1000, 900000), r.randint(1000, 900000), lsn(r), lsn(r)),
                'LOG:  automatic vacuum of table "ehr.public.%s": index scans: 1 pages: 0 removed, %d remain, 0 skipped due to pins, 0 skipped frozen tuples: %d removed, %d remain, 0 are dead but not yet removable' % (r.choice(["patients", "appointments", "claim_lines"]), r.randint(1000, 900000), r.randint(0, 90000), r.randint(10**4, 10**7)),
                "LOG:  connection authorized: user=%s database=ehr application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % (r.choice(STAFF_ACCTS[:12]), r.choice(["psql", "dbt", "PostgreSQL JDBC Driver", "Debezium"])),
                "LOG:  duration: %.3f ms  statement: %s" % (r.uniform(1000, 90000), sql_clean(r, "pg")),
                "DETAIL:  parameters: $1 = '%d', $2 = '%s'" % (r.randint(1000, 9999999), r.choice(["ACTIVE", "FINAL", "2024-03-01", "99213", "t"])),
                "LOG:  temporary file: path \"base/pgsql_tmp/pgsql_tmp%d.%d\", size %d" % (r.randint(1000, 60000), r.randint(0, 40), r.randint(10**6, 10**9)),
                "ERROR:  canceling statement due to statement timeout",
            ]))
        q = sql_clean(r, "pg")
        return S(pre, "LOG:  duration: %.3f ms  plan: Query Text: %s %s on %s  (cost=0.00..%.2f rows=%d width=%d) (actual time=0.031..%.3f rows=%d loops=1)  Filter: (id = %d)  Rows Removed by Filter: %d" % (
            r.uniform(1000, 90000), q, r.choice(["Seq Scan", "Index Scan using patients_pkey"]), r.choice(["patients", "claim_lines", "appointments"]), r.uniform(10, 99999), r.randint(1, 900), r.randint(40, 400),
            r.uniform(10, 9000), r.randint(0, 40), r.randint(1000, 9999999), r.randint(0, 10**6)))
    row = make_row(r, force=c.force)
    items = list(row.data.items())
    phi = [(k, v) for k, v in items if isinstance(v, P)]
    v = r.random()
    if v < 0.35:
        conds = phi[:r.randint(1, 2)]
        segs = [pre, "LOG:  duration: %.3f ms  plan: Query Text: " % r.uniform(500, 30000)]
        segs += sql_select(row, "pg", r, limit=False) if False else []
        segs.append("SELECT * FROM %s WHERE " % row.table)
        for i, (k, val) in enumerate(conds):
            segs.append(" AND " if i else "")
            segs.append("%s = " % k)
            segs.extend(td_val(val))
        segs.append(" Seq Scan on %s  (cost=0.00..%.2f rows=1 width=%d) (actual time=%.3f..%.3f rows=1 loops=1)  Filter: (" % (row.table, r.uniform(1000, 99999), r.randint(40, 600), r.uniform(1, 900), r.uniform(900, 9000)))
        for i, (k, val) in enumerate(conds):
            segs.append(" AND " if i else "")
            segs.append("((%s)::text = " % k)
            segs.extend(td_val(val))
            segs.append("::text)")
        segs.append(")  Rows Removed by Filter: %d" % r.randint(10**4, 10**7))
        return S(segs)
    if v < 0.6:
        segs = [pre, "DETAIL:  parameters: "]
        for i, (k, val) in enumerate(phi[:4]):
            segs.append(", " if i else "")
            segs.append("$%d = " % (i + 1))
            segs.extend(td_val(val) if not val.num else ["'", (val.v, val.cat), "'"])
        return S(segs)
    if v < 0.8:
        k, val = key_phi(items, r)
        return S(pre, "ERROR:  duplicate key value violates unique constraint \"%s_%s_key\" DETAIL:  Key (%s)=(" % (row.table.lower(), k.lower(), k), val, ") already exists. STATEMENT:  ",
                 sql_insert(row, "pg", r))
    return S(pre, "LOG:  duration: %.3f ms  statement: " % r.uniform(500, 30000), sql_update(row, "pg", r) if r.random() < 0.5 else sql_select(row, "pg", r))


# --- MySQL general log and binlog ---------------------------------------------------------
@family("mysql_general_log", 1.0)
def fam_mysql_general(r, c):
    ts = c.iso(6)
    tid = r.randint(10, 99999)
    if not c.phi:
        return S(ts, "\t%6d " % tid, r.choice([
            "Connect\t%s@10.42.%d.%d on rcm using TCP/IP" % (r.choice(STAFF_ACCTS[:12]), r.randint(0, 20), r.randint(2, 250)),
            "Query\tSET autocommit=0", "Query\tSELECT @@session.transaction_isolation", "Quit\t",
            "Query\t" + sql_clean(r, "mysql"), "Query\t" + sql_clean(r, "mysql"),
            "Query\tSHOW WARNINGS", "Init DB\trcm", "Query\tCOMMIT",
            "Prepare\t" + sql_clean(r, "mysql"),
        ]))
    row = make_row(r, force=c.force)
    kind = r.random()
    stmt = sql_insert(row, "mysql", r) if kind < 0.35 else (sql_update(row, "mysql", r) if kind < 0.7 else sql_select(row, "mysql", r))
    return S(ts, "\t%6d %s\t" % (tid, r.choice(["Query", "Query", "Execute"])), stmt)


def mysql_type(v):
    if isinstance(v, P) and v.cat == "date" and len(v.v) == 10 and v.v[4] == ":":
        return "DATE meta=0 nullable=1 is_null=0"
    if isinstance(v, bool):
        return "TINYINT meta=0 nullable=0 is_null=0"
    if isinstance(v, int) or (isinstance(v, P) and v.num):
        return "INT meta=0 nullable=0 is_null=0" if not isinstance(v, int) or v < 2**31 else "LONGINT meta=0 nullable=0 is_null=0"
    if isinstance(v, float):
        return "DECIMAL(12,2) meta=3074 nullable=1 is_null=0"
    if v is None:
        return "VARSTRING(64) meta=64 nullable=1 is_null=1"
    txt = "".join(t for t, _ in v.segs) if isinstance(v, T) else getattr(v, "v", str(v))
    n = r_len = max(16, min(1020, ((len(txt) // 16) + 2) * 16))
    return "VARSTRING(%d) meta=%d nullable=1 is_null=0" % (n, r_len)


def binlog_row(row, r):
    """mysqlbinlog prints DATE columns as YYYY:MM:DD."""
    out = []
    for k, v in row.data.items():
        if isinstance(v, P) and v.cat == "date":
            try:
                d = None
                for f in ("%Y-%m-%d", "%m/%d/%Y", "%Y%m%d", "%d.%m.%Y"):
                    try:
                        d = dt.datetime.strptime(v.v, f).date()
                        break
                    except ValueError:
                        pass
                if d:
                    v = P(d.strftime("%Y:%m:%d"), "date")
            except Exception:
                pass
        out.append((k, v))
    return out


def binlog_val(v):
    if isinstance(v, T):
        return ["'"] + lit(v.segs, esc_sq, "") + ["'"]
    if v is None:
        return ["NULL"]
    if isinstance(v, bool):
        return ["1" if v else "0"]
    if isinstance(v, (int, float)):
        return [str(v)]
    if isinstance(v, P):
        return [(v.v, v.cat)] if v.num else ["'"] + lit([(v.v, v.cat)], esc_sq, "") + ["'"]
    return ["'" + esc_sq(str(v)) + "'"]


@family("mysqlbinlog_verbose", 1.0)
def fam_mysqlbinlog(r, c):
    if not c.phi:
        v = r.random()
        if v < 0.6:
            return S(r.choice([
                "# at %d" % r.randint(4, 10**9),
                "#%s server id 101  end_log_pos %d CRC32 0x%s \tTable_map: `rcm`.`%s` mapped to number %d" % (c.t.strftime("%y%m%d %H:%M:%S").replace(" 0", "  ", 1), r.randint(4, 10**9), hexs(8), r.choice(["patient_accounts", "claim_lines", "appointments", "payments"]), r.randint(80, 900)),
                "#%s server id 101  end_log_pos %d CRC32 0x%s \tUpdate_rows: table id %d flags: STMT_END_F" % (c.t.strftime("%y%m%d %H:%M:%S"), r.randint(4, 10**9), hexs(8), r.randint(80, 900)),
                "SET TIMESTAMP=%d/*!*/;" % c.epoch(),
                "BINLOG '%s'" % b64(bytes(r.getrandbits(8) for _ in range(r.randint(40, 90)))),
                "#%s server id 101  end_log_pos %d CRC32 0x%s \tGTID\tlast_committed=%d\tsequence_number=%d\trbr_only=yes\toriginal_committed_timestamp=%d\timmediate_commit_timestamp=%d\ttransaction_length=%d" % (c.t.strftime("%y%m%d %H:%M:%S"), r.randint(4, 10**9), hexs(8), r.randint(1, 10**6), r.randint(1, 10**6), c.epoch_ms() * 1000, c.epoch_ms() * 1000, r.randint(200, 9000)),
                "SET @@SESSION.GTID_NEXT= '%s:%d'/*!*/;" % (uuid4(), r.randint(1, 10**8)),
                "### UPDATE `rcm`.`claim_lines`", "### WHERE", "### SET",
            ]))
        row = clean_row(r)
        if r.random() < 0.5:
            k, val = r.choice(list(row.data.items()))
            i = list(row.data).index(k) + 1
            return S("###   @%d=" % i, binlog_val(val), " /* %s */" % mysql_type(val))
        out = ["### %s `rcm`.`%s` ### %s" % (r.choice(["INSERT INTO", "DELETE FROM"]), row.table, r.choice(["SET", "WHERE"]))]
        for i, (k, val) in enumerate(row.data.items()):
            out.append(" ###   @%d=" % (i + 1))
            out.extend(binlog_val(val))
        return S(out)
    row = make_row(r, force=c.force)
    items = binlog_row(row, r)
    if r.random() < 0.5:
        phi = [(i, k, v) for i, (k, v) in enumerate(items) if isinstance(v, P)]
        i, k, v = r.choice(phi)
        return S("###   @%d=" % (i + 1), binlog_val(v), " /* %s */" % mysql_type(v))
    op = r.choice(["INSERT INTO", "DELETE FROM", "UPDATE"])
    out = ["### %s `rcm`.`%s` ### %s" % (op, row.table, "SET" if op == "INSERT INTO" else "WHERE")]
    for i, (k, val) in enumerate(items):
        out.append(" ###   @%d=" % (i + 1))
        out.extend(binlog_val(val))
        if r.random() < 0.3:
            out.append(" /* %s */" % mysql_type(val))
    return S(out)


# --- SQL Server Extended Events -------------------------------------------------------------
def xe_xml(name, ts, fields, actions):
    out = ['<event name="%s" package="sqlserver" timestamp="%s">' % (name, ts)]
    for k, v in fields:
        out.append('<data name="%s"><value>' % k)
        out.extend(escape_segs(S(v), esc_xml))
        out.append("</value></data>")
    for k, v in actions:
        out.append('<action name="%s" package="sqlserver"><value>' % k)
        out.extend(escape_segs(S(v), esc_xml))
        out.append("</value></action>")
    out.append("</event>")
    return out


@family("sqlserver_xevents", 1.0)
def fam_sqlserver_xe(r, c):
    ts = c.iso(7 - 1)
    acts = [("username", r.choice(["NBH\\svc_sqlagent", "APP_EPIC_CLARITY", "NBH\\mkhoury_dba", "ssis_rcm"])),
            ("client_hostname", r.choice(["APP-ETL-02", "SSIS-RCM01", "CLARITY-RPT03", "WKS-IT-4471"])),
            ("client_app_name", r.choice(["Microsoft SQL Server Management Studio - Query", "SSIS-Package_PatientLoad", "Epic Clarity ETL", ".Net SqlClient Data Provider"])),
            ("database_name", r.choice(["Clarity", "RCM", "IdentityHub"])),
            ("session_id", str(r.randint(51, 999)))]
    if not c.phi:
        v = r.random()
        if v < 0.3:
            stmt = "exec sp_executesql N'SELECT PAT_ID, PAT_MRN_ID, BIRTH_DATE FROM dbo.PATIENT WHERE PAT_ID = @P0',N'@P0 int',%d" % r.randint(1000, 9999999)
        elif v < 0.5:
            stmt = sql_clean(r, "mssql")
        elif v < 0.7:
            return S(xe_xml("error_reported", ts, [("error_number", "1205"), ("severity", "13"), ("state", "51"),
                                                   ("message", "Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction." % r.randint(51, 999))], acts[:2]))
        elif v < 0.85:
            return S(xe_xml("login", ts, [("is_cached", "true"), ("is_recovered", "false"), ("is_dac", "false"), ("database_id", str(r.randint(5, 40))), ("options_text", "")], acts))
        else:
            return S("event_name=wait_completed timestamp=%s wait_type=PAGEIOLATCH_SH duration=%d signal_duration=%d session_id=%d database_name=Clarity query_hash=0x%s" % (ts, r.randint(1000, 90000), r.randint(0, 90), r.randint(51, 999), hexs(16).upper()))
        return S(xe_xml(r.choice(["rpc_completed", "sql_batch_completed", "sql_statement_completed"]), ts,
                        [("cpu_time", str(r.randint(0, 10**6))), ("duration", str(r.randint(10**4, 10**8))), ("logical_reads", str(r.randint(0, 10**6))),
                         ("row_count", str(r.randint(0, 5000))), ("statement" if r.random() < 0.5 else "batch_text", stmt)], acts))
    row = make_row(r, force=c.force)
    phi = [(k, v) for k, v in row.data.items() if isinstance(v, P)]
    v = r.random()
    if v < 0.35:
        stmt = sql_update(row, "mssql", r) if r.random() < 0.5 else sql_select(row, "mssql", r)
    elif v < 0.65:
        k, val = phi[0]
        stmt = ["exec sp_executesql N'SELECT TOP 50 * FROM dbo.%s WHERE %s = @P0',N'@P0 nvarchar(4000)',N'" % (row.table.upper(), k.upper())] + lit([(val.v, val.cat)], esc_sql, "") + ["'"]
    elif v < 0.85:
        k, val = key_phi(phi, r)
        return S(xe_xml("error_reported", ts, [("error_number", "2627"), ("severity", "14"), ("state", "1"),
                                               ("message", ["Violation of UNIQUE KEY constraint 'UQ_%s_%s'. Cannot insert duplicate key in object 'dbo.%s'. The duplicate key value is (" % (row.table.upper(), k.upper(), row.table.upper()), val, ")."])], acts[:3]))
    else:
        segs = ["event_name=sql_statement_completed timestamp=%s duration=%d row_count=1 statement=\"" % (ts, r.randint(10**4, 10**8))]
        segs += sql_update(row, "mssql", r)
        segs.append("\" username=NBH\\svc_sqlagent client_app_name=\"SSIS-Package_PatientLoad\"")
        return S(segs)
    return S(xe_xml(r.choice(["rpc_completed", "sql_batch_completed", "sql_statement_completed"]), ts,
                    [("cpu_time", str(r.randint(0, 10**6))), ("duration", str(r.randint(10**4, 10**8))), ("row_count", str(r.randint(0, 50))),
                     ("statement" if v >= 0.35 else "batch_text", stmt)], acts))

# --- Snowflake -------------------------------------------------------------------------
def sf_query_id(r=R):
    return "01b2%s-%s-%s-0000-%s" % (hexs(4), r.choice(["0602", "0702", "0a02"]), hexs(4), hexs(12))


def flat(segs, sep="|", r=R):
    """A delimited record (CSV/pipe) from a row."""
    out = []
    for i, (k, v) in enumerate(segs):
        if i:
            out.append(sep)
        if v is None:
            out.append("" if sep == "," else "\\N")
        elif isinstance(v, T):
            txt = "".join(t for t, _ in v.segs)
            out += (['"'] + v.segs + ['"']) if (sep in txt or '"' in txt) else v.segs
        elif isinstance(v, P):
            if sep == "," and "," in v.v:
                out += ['"', (v.v, v.cat), '"']
            else:
                out.append((v.v, v.cat))
        else:
            out.append(str(v).lower() if isinstance(v, bool) else str(v))
    return out


@family("snowflake_history", 1.1)
def fam_snowflake(r, c):
    qid = sf_query_id(r)
    ts = c.t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3] + " -0800"
    if not c.phi:
        v = r.random()
        if v < 0.45:
            doc = {"QUERY_ID": qid, "QUERY_TEXT": sql_clean(r, "snow"), "DATABASE_NAME": "EHR", "SCHEMA_NAME": r.choice(["RAW", "STAGING", "MARTS"]),
                   "QUERY_TYPE": r.choice(["SELECT", "MERGE", "INSERT", "DELETE"]), "USER_NAME": r.choice(["ETL_SVC", "SVC_SNOWPIPE", "DBT_CLOUD_RUNNER", "LOOKER_SVC"]),
                   "ROLE_NAME": r.choice(["TRANSFORMER", "LOADER", "REPORTER"]), "WAREHOUSE_NAME": r.choice(["TRANSFORM_WH", "LOAD_WH", "BI_WH"]),
                   "WAREHOUSE_SIZE": r.choice(["X-Small", "Medium", "Large"]), "EXECUTION_STATUS": r.choice(["SUCCESS", "FAIL"]),
                   "ERROR_CODE": None, "START_TIME": ts, "TOTAL_ELAPSED_TIME": r.randint(100, 900000), "BYTES_SCANNED": r.randint(0, 10**11),
                   "ROWS_PRODUCED": r.randint(0, 10**7), "QUERY_TAG": '{"dbt_model":"stg_claims","invocation_id":"%s"}' % uuid4(),
                   "QUERY_HASH": hexs(32), "QUERY_PARAMETERIZED_HASH": hexs(32)}
            return J(doc)
        if v < 0.75:
            return S("COPY_HISTORY FILE_NAME=raw/ehr/%s/ds=%s/%s_0_%d_0.csv.gz STAGE_LOCATION=s3://nbh-landing/ehr/ STATUS=%s ROW_COUNT=%d ROW_PARSED=%d FILE_SIZE=%d FIRST_ERROR=%s PIPE_NAME=EHR.RAW.%s_PIPE LAST_LOAD_TIME=%s" % (
                r.choice(["patients", "claims", "appointments"]), (c.t.date() - dt.timedelta(days=1)).isoformat(), r.choice(["patients", "claims"]), r.randint(0, 9),
                r.choice(["LOADED", "LOAD_FAILED"]), r.randint(0, 10**6), r.randint(0, 10**6), r.randint(10**4, 10**9),
                r.choice(["NULL", '"End of record reached while expected to parse column \'\\"PATIENTS\\"[\\"ZIP\\":7]\'"', '"Field delimiter \',\' found while expecting record delimiter \'\\n\'"']),
                r.choice(["PATIENTS", "CLAIMS"]), ts))
        return S("%s snowflake.connector.cursor - INFO - query: [%s] execution done; query_id=%s, rowcount=%d, elapsed %.3fs" % (
            c.t.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], sql_clean(r, "snow")[:120], qid, r.randint(0, 10**6), r.uniform(0.1, 900)))
    row = make_row(r, force=c.force)
    items = list(row.data.items())
    phi = [(k, v) for k, v in items if isinstance(v, P)]
    v = r.random()
    if v < 0.4:
        q = r.choice([sql_select, sql_update])(row, "snow", r)
        doc = {"QUERY_ID": qid, "QUERY_TEXT": T(q), "DATABASE_NAME": "EHR", "SCHEMA_NAME": "RAW", "QUERY_TYPE": "SELECT",
               "USER_NAME": r.choice(["RPATEL_DE", "ETL_SVC", "JWHITAKER"]), "ROLE_NAME": "PHI_ANALYST", "WAREHOUSE_NAME": "ADHOC_WH",
               "EXECUTION_STATUS": "SUCCESS", "START_TIME": ts, "TOTAL_ELAPSED_TIME": r.randint(100, 900000), "ROWS_PRODUCED": r.randint(0, 30)}
        return J(doc, compact=r.random() < 0.5)
    if v < 0.75:
        k, val = phi[0]
        cols = [x[0].upper() for x in items]
        ci = [x[0] for x in items].index(k) + 1
        doc = {"ERROR": T("Numeric value '", val, "' is not recognized") if r.random() < 0.5 else "User character length limit (%d) exceeded by string" % r.choice([10, 16, 32]),
               "FILE": "raw/ehr/%s/ds=%s/%s_0_0_0.csv.gz" % (row.table, (c.t.date() - dt.timedelta(days=1)).isoformat(), row.table),
               "LINE": r.randint(2, 90000), "CHARACTER": r.randint(1, 200), "BYTE_OFFSET": r.randint(100, 10**7), "CATEGORY": "conversion",
               "CODE": 100038, "SQL_STATE": "22018", "COLUMN_NAME": '"%s"["%s":%d]' % (row.table.upper(), cols[ci - 1], ci),
               "ROW_NUMBER": r.randint(2, 90000), "ROW_START_LINE": r.randint(2, 90000), "REJECTED_RECORD": T(flat(items, r.choice(["|", ","])))}
        return J(doc)
    return S("%s snowflake.connector.cursor - DEBUG - binding: [%s] with input=[" % (c.t.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], "INSERT INTO RAW.EHR.%s VALUES (%s)" % (row.table.upper(), ", ".join(["%s"] * len(items)))),
             ser([v for _, v in items], "py"), "], processed=[...]")


# --- BigQuery audit log -------------------------------------------------------------------------
@family("bigquery_audit", 1.0)
def fam_bigquery(r, c):
    proj = r.choice(["nbh-data-prod", "nbh-analytics", "nbh-data-dev"])
    job = "bquxjob_%s_%x" % (hexs(8), c.epoch_ms())
    sa = r.choice(SA_EMAILS[:3])
    base = {"protoPayload": {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "status": {},
                             "authenticationInfo": {"principalEmail": sa},
                             "requestMetadata": {"callerIp": r.choice(["10.128.0.17", "private", "10.42.8.15"]),
                                                 "callerSuppliedUserAgent": r.choice(["dbt/1.7.4 (GPN:dbt_labs;)", "google-cloud-sdk gcloud/465.0.0", "Apache-Airflow/2.8.1 gl-python/3.11.7"])},
                             "serviceName": "bigquery.googleapis.com", "methodName": "google.cloud.bigquery.v2.JobService.InsertJob",
                             "resourceName": "projects/%s/jobs/%s" % (proj, job)},
            "insertId": hexs(12), "resource": {"type": "bigquery_project", "labels": {"project_id": proj, "location": "US"}},
            "timestamp": c.iso(6), "severity": "INFO",
            "logName": "projects/%s/logs/cloudaudit.googleapis.com%%2Fdata_access" % proj, "receiveTimestamp": c.iso(9 - 3)}
    if not c.phi:
        q = sql_clean(r, "bq")
        meta = {"@type": "type.googleapis.com/google.cloud.audit.BigQueryAuditMetadata",
                "jobChange": {"after": "DONE", "job": {"jobName": "projects/%s/jobs/%s" % (proj, job),
                                                      "jobConfig": {"type": "QUERY", "queryConfig": {"query": q, "statementType": "SELECT", "priority": "QUERY_BATCH"}},
                                                      "jobStats": {"createTime": c.iso(), "totalSlotMs": str(r.randint(100, 10**8)), "queryStats": {"totalProcessedBytes": str(r.randint(0, 10**12)), "totalBilledBytes": str(r.randint(0, 10**12)), "outputRowCount": str(r.randint(0, 10**7))}}}}}
        if r.random() < 0.3:
            meta = {"@type": "type.googleapis.com/google.cloud.audit.BigQueryAuditMetadata",
                    "tableDataRead": {"fields": ["mrn", "dob", "zip3", "dx_code"], "fieldsTruncated": False, "reason": "JOB", "jobName": "projects/%s/jobs/%s" % (proj, job)}}
        base["protoPayload"]["metadata"] = meta
        return J(base)
    row = make_row(r, force=c.force)
    items = list(row.data.items())
    phi = [(k, v) for k, v in items if isinstance(v, P)]
    if r.random() < 0.55:
        q = T(r.choice([sql_select, sql_update])(row, "bq", r))
        meta = {"@type": "type.googleapis.com/google.cloud.audit.BigQueryAuditMetadata",
                "jobInsertion": {"reason": "JOB_INSERT_REQUEST", "job": {"jobName": "projects/%s/jobs/%s" % (proj, job),
                                 "jobConfig": {"type": "QUERY", "queryConfig": {"query": q, "createDisposition": "CREATE_IF_NEEDED", "writeDisposition": "WRITE_EMPTY", "priority": "QUERY_INTERACTIVE"}},
                                 "jobStatus": {"jobState": "PENDING"}}}}
    else:
        k, val = phi[0]
        msg = T("Error while reading data, error message: Could not parse '", val, "' as %s for field %s (position %d) starting at location %d  with message '%s'" % (
            r.choice(["INT64", "DATE", "NUMERIC", "BOOL"]), k, [x[0] for x in items].index(k), r.randint(100, 10**7), r.choice(["Unable to parse", "Invalid date", "Invalid NUMERIC value"])))
        meta = {"@type": "type.googleapis.com/google.cloud.audit.BigQueryAuditMetadata",
                "jobChange": {"after": "DONE", "job": {"jobName": "projects/%s/jobs/%s" % (proj, job),
                              "jobConfig": {"type": "IMPORT", "loadConfig": {"sourceUris": ["gs://nbh-landing/ehr/%s/%s/*.csv" % (row.table, c.t.date().isoformat())], "destinationTable": "projects/%s/datasets/ehr_raw/tables/%s" % (proj, row.table)}},
                              "jobStatus": {"jobState": "DONE", "errorResult": {"code": 3, "message": msg}, "errors": [{"code": 3, "message": "Error while reading data, error message: CSV processing encountered too many errors, giving up. Rows: %d; errors: 1; max bad: 0; error percent: 0" % r.randint(1, 10**6)}]}}}}
        base["severity"] = "ERROR"
    base["protoPayload"]["metadata"] = meta
    return J(base)


# --- dbt ----------------------------------------------------------------------------------------
@family("dbt_run_log", 1.1)
def fam_dbt(r, c):
    hms = c.t.strftime("%H:%M:%S")
    model = r.choice(["stg_patients", "stg_claims", "dim_patient", "fct_encounters", "int_member_months", "stg_portal_users", "fct_appointments"])
    n, m = r.randint(1, 40), 40
    if not c.phi:
        line = r.choice([
            "%s  %d of %d START sql table model analytics.%s %s [RUN]" % (hms, n, m, model, "." * r.randint(5, 30)),
            "%s  %d of %d OK created sql table model analytics.%s %s [SELECT %d in %.2fs]" % (hms, n, m, model, "." * r.randint(5, 30), r.randint(0, 10**6), r.uniform(0.5, 300)),
            "%s  %d of %d FAIL 3 unique_%s_mrn %s [FAIL 3 in %.2fs]" % (hms, n, m, model, "." * r.randint(5, 30), r.uniform(0.5, 30)),
            "%s  Failure in test not_null_%s_member_id (models/staging/schema.yml)" % (hms, model),
            "%s    Got %d results, configured to fail if != 0" % (hms, r.randint(1, 90)),
            "%s    compiled code at target/compiled/nbh_analytics/models/staging/schema.yml/unique_%s_ssn.sql" % (hms, model),
            "%s  Finished running %d table models, %d data tests, %d view models in 0 hours %d minutes and %.2f seconds (%.2fs)." % (hms, r.randint(5, 90), r.randint(10, 300), r.randint(0, 30), r.randint(0, 59), r.uniform(0, 59), r.uniform(60, 3600)),
            "%s  Running with dbt=1.7.4" % hms, "%s  Registered adapter: snowflake=1.7.1" % hms,
            "%s  Found %d models, %d tests, %d sources, 0 exposures, 0 metrics, %d macros, 0 groups, 0 semantic models" % (hms, r.randint(50, 400), r.randint(100, 900), r.randint(10, 80), r.randint(300, 900)),
            "%s  Completed with 1 error and 0 warnings:" % hms,
            "%s  Done. PASS=%d WARN=%d ERROR=%d SKIP=%d TOTAL=%d" % (hms, r.randint(10, 300), r.randint(0, 9), r.randint(0, 3), r.randint(0, 9), r.randint(300, 400)),
            "%s  | patient_id | mrn_hash                         | zip3 | birth_year |" % hms,
            "%s  | %10d | %s | %s  | %d       |" % (hms, r.randint(10**4, 10**7), hexs(32), r.choice(CITIES)[3], r.randint(1925, 2010)),
        ])
        if r.random() < 0.3:
            info = {"category": "", "code": r.choice(["Q011", "Q012", "E040", "Z023"]), "extra": {}, "invocation_id": uuid4(), "level": "info",
                    "msg": line[10:], "name": "LogModelResult", "pid": r.randint(100, 99999), "thread": "Thread-%d (worker)" % r.randint(1, 8), "ts": c.iso(6)}
            return J({"data": {"node_info": {"node_path": "staging/%s.sql" % model, "resource_type": "model", "unique_id": "model.nbh_analytics.%s" % model,
                                             "node_status": "success"}, "execution_time": round(r.uniform(0.5, 300), 4)}, "info": info})
        return S(line)
    row = make_row(r, force=c.force)
    items = list(row.data.items())
    phi = [(k, v) for k, v in items if isinstance(v, P)]
    v = r.random()
    if v < 0.4:
        # dbt show / store_failures preview table row
        out = ["%s  |" % hms]
        for k, val in items[:6]:
            out.append(" ")
            out.extend(S(val if isinstance(val, P) else ("null" if val is None else str(val))))
            out.append(" |")
        return S(out)
    k, val = key_phi(phi, r)
    msg = r.choice([
        lambda: ["Database Error in model %s (models/staging/%s.sql)  100038 (22018): Numeric value '" % (model, model), val, "' is not recognized"],
        lambda: ['Database Error in model %s (models/marts/%s.sql)  duplicate key value violates unique constraint "%s_%s_key"  DETAIL:  Key (%s)=(' % (model, model, model, k.lower(), k), val, ") already exists."],
        lambda: ["Database Error in model %s (models/staging/%s.sql)  Bad int64 value: " % (model, model), val],
    ])()
    if r.random() < 0.5:
        return S("%s  " % hms, msg)
    info = {"category": "", "code": "Z035", "extra": {}, "invocation_id": uuid4(), "level": "error", "msg": T(msg),
            "name": "RunResultError", "pid": r.randint(100, 99999), "thread": "MainThread", "ts": c.iso(6)}
    return J({"data": {"msg": T(msg)}, "info": info})


# --- Airflow task logs ------------------------------------------------------------------------------
@family("airflow_task_log", 1.1)
def fam_airflow(r, c):
    pre = "[%s] {%s} %s - " % (c.t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "+0000", "%s", "%s")
    dag = r.choice(["ehr_daily_load", "claims_837_ingest", "portal_users_sync", "mpi_dedupe", "eligibility_834_load", "lab_results_hourly"])
    task = r.choice(["extract_patients", "load_claims", "dedupe_mpi", "validate_members", "push_to_snowflake", "transform_labs"])
    ds = (c.t.date() - dt.timedelta(days=1))
    if not c.phi:
        return S(r.choice([
            pre % ("taskinstance.py:1956", "INFO") + "Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: %s.%s scheduled__%sT02:00:00+00:00 [queued]>" % (dag, task, ds.isoformat()),
            pre % ("taskinstance.py:2170", "INFO") + "Starting attempt %d of 3" % r.randint(1, 3),
            pre % ("taskinstance.py:1138", "INFO") + "Marking task as SUCCESS. dag_id=%s, task_id=%s, run_id=scheduled__%sT02:00:00+00:00, execution_date=%sT020000, start_date=%s, end_date=%s" % (
                dag, task, ds.isoformat(), ds.strftime("%Y%m%d"), c.t.strftime("%Y%m%dT%H%M%S"), (c.t + dt.timedelta(seconds=r.randint(5, 900))).strftime("%Y%m%dT%H%M%S")),
            pre % ("taskinstance.py:2480", "INFO") + "Exporting env vars: AIRFLOW_CTX_DAG_OWNER='data-eng' AIRFLOW_CTX_DAG_ID='%s' AIRFLOW_CTX_TASK_ID='%s' AIRFLOW_CTX_EXECUTION_DATE='%sT02:00:00+00:00' AIRFLOW_CTX_TRY_NUMBER='1' AIRFLOW_CTX_DAG_RUN_ID='scheduled__%sT02:00:00+00:00'" % (dag, task, ds.isoformat(), ds.isoformat()),
            pre % ("sql.py:450", "INFO") + "Running statement: %s, parameters: None" % sql_clean(r, "pg"),
            pre % ("sql.py:459", "INFO") + "Rows affected: %d" % r.randint(0, 10**6),
            pre % ("base.py:83", "INFO") + "Using connection ID '%s' for task execution." % r.choice(["snowflake_ehr", "postgres_ehr_replica", "bigquery_default", "mysql_rcm"]),
            pre % ("logging_mixin.py:188", "INFO") + "skipped %d rows with null mrn; batch_id=%s" % (r.randint(0, 300), uuid4()),
            pre % ("logging_mixin.py:188", "INFO") + "processing record %s" % "".join(t for t, _ in ser(clean_row(r).data, "py")),
            pre % ("local_task_job_runner.py:234", "INFO") + "Task exited with return code 0",
            pre % ("sftp.py:212", "INFO") + "Uploading 835 batch BATCH-%s-%02d (%d claims, sha256=%s) to %s, %s via sftp://sftp.availity.com:9922/outgoing (resolved 52.%d.%d.%d) as svc_etl_loader" % (
                ds.strftime("%Y%m%d"), r.randint(1, 20), r.randint(100, 9000), hexs(64), *r.choice(VENDORS), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)),
            pre % ("email.py:271", "INFO") + "Sent an alert email to ['dq-alerts@northbayhealth.org', 'data-platform-oncall@northbayhealth.org'] (pager %s, trace_id=%s)" % (r.choice(["+1-415-380-6123", "415-380-6000"]), hexs(32)),
            pre % ("http.py:175", "INFO") + "GET https://nbh.atlassian.net/rest/api/3/issue/DATA-%d returned 200 in %d ms (x-request-id=%s)" % (r.randint(100, 9999), r.randint(20, 900), uuid4()),
            pre % ("taskinstance.py:2731", "ERROR") + "Task failed with exception airflow.exceptions.AirflowException: SSH command timed out after 3600s on etl-02.nbh.internal:22",
        ]))
    row = make_row(r, force=c.force)
    items = list(row.data.items())
    phi = [(k, v) for k, v in items if isinstance(v, P)]
    v = r.random()
    if v < 0.3:
        return S(pre % ("logging_mixin.py:188", r.choice(["INFO", "WARNING"])), r.choice(["skipping bad record: ", "could not match record to MPI: ", "row failed validation: "]), ser(row.data, "py"))
    if v < 0.5:
        k, val = key_phi(phi, r)
        return S(pre % ("taskinstance.py:2731", "ERROR"), "Task failed with exception psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"%s_%s_key\" DETAIL:  Key (%s)=(" % (row.table.lower(), k.lower(), k), val, ") already exists.")
    if v < 0.75:
        out = [pre % ("sql.py:450", "INFO"), "Running statement: UPDATE %s SET %s WHERE id = %%s, parameters: (" % (row.table, ", ".join("%s = %%s" % k for k, _ in phi[:3]))]
        for i, (k, val) in enumerate(phi[:3]):
            out.append(", " if i else "")
            out.extend(ser(val, "py"))
        out.append(", %s)" % items[0][1])
        return S(out)
    if v < 0.88:
        return S(pre % ("python.py:201", "INFO"), "Done. Returned value was: ", ser([row.data], "py"))
    p = row.person
    return S(pre % ("logging_mixin.py:188", "INFO"), "note text: ", ser(note_phi(r, p, c.force), "py"))


# --- Spark executor logs -----------------------------------------------------------------------------
@family("spark_executor", 1.1)
def fam_spark(r, c):
    ts = c.t.strftime("%y/%m/%d %H:%M:%S")
    st, tid = r.randint(0, 40), r.randint(1, 9000)
    ex_ip = "10.42.9.%d" % r.randint(2, 250)
    if not c.phi:
        return S(ts, r.choice([
            " INFO Executor: Finished task %d.0 in stage %d.0 (TID %d). %d bytes result sent to driver" % (r.randint(0, 199), st, tid, r.randint(1000, 9000)),
            " INFO TaskSetManager: Finished task %d.0 in stage %d.0 (TID %d) in %d ms on %s (executor %d) (%d/200)" % (r.randint(0, 199), st, tid, r.randint(100, 90000), ex_ip, r.randint(1, 40), r.randint(1, 200)),
            " INFO BlockManagerInfo: Added broadcast_%d_piece0 in memory on %s:%d (size: %.1f KiB, free: %.1f GiB)" % (r.randint(0, 99), ex_ip, r.randint(30000, 60000), r.uniform(1, 900), r.uniform(0.5, 8)),
            " WARN TaskSetManager: Lost task %d.0 in stage %d.0 (TID %d) (%s executor %d): java.lang.OutOfMemoryError: Java heap space" % (r.randint(0, 199), st, tid, ex_ip, r.randint(1, 40)),
            " INFO DAGScheduler: Job %d finished: save at NativeMethodAccessorImpl.java:0, took %.6f s" % (r.randint(0, 300), r.uniform(1, 3000)),
            " INFO FileScanRDD: Reading File path: s3a://nbh-datalake/raw/ehr/patients/ds=%s/part-%05d-%s.c000.snappy.parquet, range: 0-134217728, partition values: [%s]" % ((c.t.date() - dt.timedelta(days=1)).isoformat(), r.randint(0, 999), uuid4(), (c.t.date() - dt.timedelta(days=1)).isoformat()),
            " ERROR Executor: Exception in task %d.0 in stage %d.0 (TID %d)" % (r.randint(0, 199), st, tid),
            " WARN CSVHeaderChecker: CSV header does not conform to the schema. Header: mrn, dob, zip Schema: mrn, birth_date, zip_code Expected: birth_date but found: dob CSV file: s3a://nbh-landing/ehr/patients_%s.csv" % c.t.strftime("%Y%m%d"),
            " INFO CodeGenerator: Code generated in %.6f ms" % r.uniform(1, 90),
            " INFO SparkContext: Running Spark version 3.5.1, app-%s-%04d, spark.driver.host=10.42.9.%d, spark.driver.port=%d, spark.executor.memory=16g, spark.sql.shuffle.partitions=400, user=spark" % (c.t.strftime("%Y%m%d%H%M%S"), r.randint(0, 9999), r.randint(2, 250), r.randint(30000, 60000)),
            " INFO CoarseGrainedExecutorBackend: Got assigned task %d; fetching jar s3a://nbh-artifacts/jobs/mpi-dedupe-assembly-2.14.%d.jar (sha1 %s, 48213377 bytes)" % (tid, r.randint(0, 30), hexs(40)),
            " ERROR FileFormatWriter: Aborting job %s." % uuid4(),
            " INFO MemoryStore: Block rdd_%d_%d stored as values in memory (estimated size %.1f MiB, free %.1f GiB)" % (r.randint(1, 99), r.randint(0, 199), r.uniform(1, 900), r.uniform(0.5, 8)),
        ]))
    row = make_row(r, force=c.force)
    items = list(row.data.items())
    phi = [(k, v) for k, v in items if isinstance(v, P)]
    v = r.random()
    if v < 0.35:
        return S(ts, " ERROR Executor: Exception in task %d.0 in stage %d.0 (TID %d) org.apache.spark.SparkException: [MALFORMED_RECORD_IN_PARSING.WITHOUT_SUGGESTION] Malformed records are detected in record parsing: [" % (r.randint(0, 199), st, tid),
                 flat(items, ","), "]. Parse Mode: FAILFAST. To process malformed records as null result, try setting the option 'mode' as 'PERMISSIVE'.")
    if v < 0.55:
        k, val = phi[0]
        return S(ts, " WARN TaskSetManager: Lost task %d.0 in stage %d.0 (TID %d) (%s executor %d): java.lang.NumberFormatException: For input string: \"" % (r.randint(0, 199), st, tid, ex_ip, r.randint(1, 40)),
                 val, "\"")
    out = [ts, " ERROR PythonRunner: Python worker exited unexpectedly (crashed) org.apache.spark.api.python.PythonException: Traceback (most recent call last): ValueError: could not normalize row Row("]
    for i, (k, val) in enumerate(items):
        out.append(", " if i else "")
        out.append(k + "=")
        out.extend(ser(val, "py"))
    out.append(")")
    return S(out)

# --- data quality: Great Expectations and Soda ---------------------------------------------------
CAT_FIELDS = {}
for _f, (_cat, _syn, _fs) in FIELDS.items():
    CAT_FIELDS.setdefault(_cat, []).append(_f)


def cat_values(r, cat, n):
    """n PHI values of one category (from different synthetic people) plus a column name."""
    f = r.choice(CAT_FIELDS[cat])
    key = r.choice(FIELDS[f][1])
    vals = []
    ds = r.choice(["iso", "us", "compact"])
    for _ in range(n):
        p = Person(r)
        if cat == "age":
            while p.age < 90:
                p = Person(r)
        vals.append(P(phi_value(f, p, key, r, ds), cat))
    return key, vals


GX_EXP = {
    "email": ("expect_column_values_to_match_regex", {"regex": "^[^@\\s]+@northbayhealth\\.org$"}),
    "phone": ("expect_column_values_to_match_regex", {"regex": "^\\(\\d{3}\\) \\d{3}-\\d{4}$"}),
    "fax": ("expect_column_values_to_match_regex", {"regex": "^\\+1\\d{10}$"}),
    "ssn": ("expect_column_values_to_match_regex", {"regex": "^\\d{3}-\\d{2}-\\d{4}$"}),
    "age": ("expect_column_values_to_be_between", {"min_value": 0, "max_value": 89}),
    "date": ("expect_column_values_to_match_strftime_format", {"strftime_format": "%Y-%m-%d"}),
    "zip": ("expect_column_value_lengths_to_equal", {"value": 5}),
}


@family("great_expectations", 1.0)
def fam_gx(r, c):
    suite = r.choice(["ehr_patients.critical", "claims_837.warning", "portal_users.pii_checks", "deid_extract.safe_harbor", "member_enrollment.daily"])
    run = "%s-%s" % (c.t.strftime("%Y%m%dT%H%M%S.%fZ"), hexs(6))
    if not c.phi:
        v = r.random()
        if v < 0.3:
            return S(r.choice([
                "Calculating Metrics: 100%%|##########| %d/%d [00:%02d<00:00, %.2fit/s]" % ((lambda n: (n, n))(r.randint(5, 40)) + (r.randint(0, 59), r.uniform(1, 40))),
                "%s - great_expectations.checkpoint.checkpoint - INFO - Validation %s for checkpoint ehr_nightly (run_id=%s, batch=ehr_pg-patients-ds=%s)" % (c.t.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], r.choice(["succeeded", "failed"]), run, (c.t.date() - dt.timedelta(days=1)).isoformat()),
                "%s - great_expectations.data_context - INFO - Data Docs built: file:///opt/airflow/gx/uncommitted/data_docs/local_site/validations/%s/%s/index.html" % (c.t.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], suite.replace(".", "/"), run),
            ]))
        kind = r.choice(["npi", "icd", "amount", "lowage", "status", "zip3"])
        if kind == "npi":
            bad = [digits(10) for _ in range(3)]
            exp, col, kw = "expect_column_values_to_match_regex", "rendering_npi", {"regex": "^[12]\\d{9}$"}
        elif kind == "icd":
            bad = [r.choice(["E11.99X", "Z00.0", "I1O", "R07.9 ", "J44"]) for _ in range(3)]
            exp, col, kw = "expect_column_values_to_be_in_set", "dx_code", {"value_set": ICD[:8]}
        elif kind == "amount":
            bad = [round(-r.uniform(1, 9000), 2) for _ in range(3)]
            exp, col, kw = "expect_column_values_to_be_between", "paid_amt", {"min_value": 0}
        elif kind == "lowage":
            bad = [-1, 0, r.randint(120, 200)]
            exp, col, kw = "expect_column_values_to_be_between", "age_yrs", {"min_value": 1, "max_value": 119}
        elif kind == "zip3":
            bad = ["000", "999", "xx1"]
            exp, col, kw = "expect_column_values_to_match_regex", "zip3", {"regex": "^\\d{3}$"}
        else:
            bad = ["ACTV", "N/A", "?"]
            exp, col, kw = "expect_column_values_to_be_in_set", "status_cd", {"value_set": ["A", "I"]}
        kwargs = {"column": col, **kw, "result_format": "SUMMARY", "batch_id": hexs(32)}
        res = {"element_count": r.randint(1000, 10**6), "unexpected_count": len(bad), "unexpected_percent": round(r.uniform(0, 1), 6),
               "partial_unexpected_list": bad, "missing_count": r.randint(0, 90), "missing_percent": round(r.uniform(0, 1), 6),
               "partial_unexpected_index_list": [{"patient_id": r.randint(1000, 9999999), col: b} for b in bad]}
        return J({"success": False, "expectation_config": {"expectation_type": exp, "kwargs": kwargs, "meta": {}},
                  "result": res, "meta": {"run_id": run}, "exception_info": {"raised_exception": False, "exception_traceback": None, "exception_message": None}}, compact=False)
    cat = c.force if c.force else r.choice(CATS)
    col, vals = cat_values(r, cat, r.randint(1, 3))
    if cat == "zip":
        vals = [P(v.v if "-" in v.v else v.v + "-" + digits(4, r), "zip") for v in vals]
    exp, kw = GX_EXP.get(cat, ("expect_column_values_to_be_unique", {}) if r.random() < 0.5 else ("expect_column_values_to_be_null", {}))
    kwargs = {"column": col, **kw, "mostly": 1.0, "result_format": "COMPLETE", "batch_id": hexs(32)}
    res = {"element_count": r.randint(1000, 10**6), "unexpected_count": len(vals), "unexpected_percent": round(r.uniform(0, 1), 6),
           "partial_unexpected_list": vals,
           "partial_unexpected_counts": [{"value": v, "count": r.randint(1, 3)} for v in vals[:2]] if r.random() < 0.5 else None}
    if r.random() < 0.5:
        res["unexpected_index_list"] = [{"patient_id": r.randint(1000, 9999999), col: v} for v in vals]
        res["unexpected_index_column_names"] = ["patient_id"]
    return J({"success": False, "expectation_config": {"expectation_type": exp, "kwargs": kwargs, "meta": {"notes": "owner: data-quality@northbayhealth.org"}},
              "result": res, "meta": {"run_id": run}, "exception_info": {"raised_exception": False, "exception_traceback": None, "exception_message": None}}, compact=r.random() < 0.5)


@family("soda_scan", 0.9)
def fam_soda(r, c):
    hms = "[%s] " % c.t.strftime("%H:%M:%S")
    ds = r.choice(["ehr_pg", "snowflake_ehr", "bq_rcm"])
    tbl = r.choice(["patients", "coverage", "portal_users", "appointments", "guarantors"])
    if not c.phi:
        return S(hms, r.choice([
            "Soda Core 3.1.5", "Scan summary:", "%d/%d checks FAILED: " % (r.randint(1, 4), r.randint(5, 20)),
            "    %s in %s" % (tbl, ds),
            "      invalid_count(ssn) = 0 [FAILED]", "        check_value: %d" % r.randint(1, 90),
            "      duplicate_count(mrn) = 0 [FAILED]", "      missing_percent(email) < 5 [PASSED]",
            "      row_count between 45000 and 60000 [PASSED]", "      freshness(updated_at) < 1d [PASSED]",
            "Oops! %d failures. 0 warnings. 0 errors. %d pass." % (r.randint(1, 5), r.randint(1, 30)),
            "Sending results to Soda Cloud", "Soda Cloud Trace: %d" % r.getrandbits(62),
            "Query %s.%s.aggregation[0]: SELECT COUNT(*), COUNT(CASE WHEN NOT (ssn ~ '^\\d{3}-\\d{2}-\\d{4}$') THEN 1 END) FROM %s" % (ds, tbl, tbl),
            "  failed rows sample: | patient_id | zip3 | birth_year | | %d | %s | %d |" % (r.randint(1000, 9999999), r.choice(CITIES)[3], r.randint(1920, 2015)),
        ]))
    cat = c.force if c.force else r.choice(CATS)
    col, vals = cat_values(r, cat, r.randint(1, 3))
    check = r.choice(["duplicate_count(%s) = 0", "invalid_count(%s) = 0"] + (["values in (%s) must exist in dim_member member_id"] if cat == "health_plan" else [])) % col
    v = r.random()
    if v < 0.5:
        out = [hms, "  %s [FAILED] failed rows sample: " % check]
        for i, val in enumerate(vals):
            out.append(", " if i else "")
            out += ["(%d, '" % r.randint(1000, 9999999), val, "')"]
        return S(out)
    if v < 0.8:
        rows = [[r.randint(1000, 9999999), val] for val in vals]
        doc = {"name": check, "table": tbl, "dataSource": ds, "outcome": "fail",
               "diagnostics": {"value": len(vals), "failedRowsSample": {"columns": [{"name": "patient_id", "type": "bigint"}, {"name": col, "type": "varchar"}], "rows": rows}}}
        return J(doc)
    return S(hms, "  | ", r.randint(1000, 9999999), " | ", vals[0], " | ", r.choice(["ACTIVE", "PENDING", "A"]), " |")


# --- Oracle GoldenGate replicat discard file ------------------------------------------------------
GG_COLS = {"name": "PAT_NAME", "address": "ADD_LINE_1", "zip": "ZIP", "date": "BIRTH_DATE", "age": "AGE_YEARS",
           "phone": "HOME_PHONE", "fax": "FAX_NUM", "email": "EMAIL_ADDRESS", "ssn": "SSN", "mrn": "PAT_MRN_ID",
           "health_plan": "MEM_NUMBER", "account": "HSP_ACCOUNT_NUM", "license": "DRIVERS_LIC_NUM", "vehicle": "VEHICLE_PLATE",
           "device": "IMPLANT_SERIAL_NUM", "url": "PERSONAL_URL", "ip": "LAST_LOGIN_IP", "biometric": "PALM_TEMPLATE",
           "photo": "PHOTO_PATH", "other_id": "PASSPORT_NUM"}


@family("goldengate_discard", 0.6)
def fam_gg(r, c):
    if not c.phi:
        return S(r.choice([
            "Oracle GoldenGate Delivery for Oracle process started, group RPAT%d discard file opened: %s" % (r.randint(1, 9), c.t.strftime("%Y-%m-%d %H:%M:%S.%f")),
            "Current time: %s" % c.t.strftime("%Y-%m-%d %H:%M:%S"),
            "OCI Error ORA-00001: unique constraint (EHR.PATIENT_MRN_UK) violated (status = 1). INSERT INTO \"EHR\".\"PATIENT\" (\"PAT_ID\",\"PAT_MRN_ID\",\"PAT_NAME\",\"BIRTH_DATE\") VALUES (:a0,:a1,:a2,:a3)",
            "Operation failed at seqno %d rba %d" % (r.randint(1, 9999), r.randint(1000, 10**8)),
            "Discarding record on action DISCARD on error 1",
            "Problem replicating EHR.PATIENT to EHR.PATIENT",
            "Mapping problem with compressed update record (target format)...",
            "PAT_ID = %d" % r.randint(1000, 9999999),
            "REC_CREATE_USER_ID = %s" % r.choice(["EPICETL", "SVC_GG_REPL", "JWHITAKER"]),
            "UPDATE_DATE = %s" % c.t.strftime("%Y-%m-%d:%H:%M:%S"),
            "SEX_C = %d" % r.randint(1, 3), "ETHNIC_GROUP_C = %d" % r.randint(1, 9),
            "2024-03-04 %s  WARNING OGG-01154  Oracle GoldenGate Delivery for Oracle, rpat1.prm:  SQL error 1 mapping EHR.PATIENT to EHR.PATIENT OCI Error ORA-00001: unique constraint (EHR.PATIENT_MRN_UK) violated (status = 1)." % c.t.strftime("%H:%M:%S"),
        ]))
    cat = c.force if c.force else r.choice(CATS)
    col, vals = cat_values(r, cat, 1)
    val = vals[0]
    if cat == "date":
        d = BASE_DAY - dt.timedelta(days=r.randint(365, 365 * 95))
        val = P(d.strftime("%Y-%m-%d:00:00:00"), "date")
    if r.random() < 0.6:
        return S(GG_COLS[cat], " = ", val)
    row = make_row(r, force=cat)
    out = ["*  Before image: "]
    for i, (k, v) in enumerate(row.data.items()):
        out.append(", " if i else "")
        out.append(k.upper() + " = ")
        out.extend(S(v if isinstance(v, P) else ("NULL" if v is None else str(v))))
    return S(out)

# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------
def main():
    names = [f[0] for f in FAMILIES]
    assert len(set(names)) == len(names)
    flags = [False] * N_CLEAN + [True] * (N_LINES - N_CLEAN)
    R.shuffle(flags)
    force_seq = []
    while len(force_seq) < N_LINES:
        blk = CATS[:]
        R.shuffle(blk)
        force_seq.extend(blk)
    # family schedule: every family appears at least twice with PHI and twice without
    weights = [w for _, w, _ in FAMILIES]
    t = LOG_T0
    out_lines, out_labels = [], []
    fam_phi_count = {n: [0, 0] for n in names}
    k_phi = 0
    for i, flag in enumerate(flags):
        t = t + dt.timedelta(seconds=R.randint(0, 240), microseconds=R.randint(0, 999999))
        # steer towards families that still lack clean/PHI examples
        need = [j for j, n in enumerate(names) if fam_phi_count[n][1 if flag else 0] < 3]
        if need and R.random() < 0.5:
            j = R.choice(need)
        else:
            j = R.choices(range(len(FAMILIES)), weights)[0]
        name, _, fn = FAMILIES[j]
        force = None
        if flag:
            force = force_seq[k_phi]
            k_phi += 1
        for _attempt in range(50):
            segs = fn(R, Ctx(flag, force, t))
            if not flag and len("".join(x for x, _ in segs)) < 110 and R.random() < 0.7:
                continue      # prefer look-alike-rich negatives over trivial ones
            if has_phi(segs) == flag:
                break
        else:
            raise RuntimeError("family %s could not produce phi=%s" % (name, flag))
        line, spans = finalize(segs)
        if not flag:
            assert spans == []
        else:
            assert spans
        fam_phi_count[name][1 if flag else 0] += 1
        out_lines.append(line)
        out_labels.append({"line": i + 1, "family": name, "spans": spans})
    assert len(out_lines) == N_LINES
    with open(os.path.join(OUT_DIR, "au.log"), "w", encoding="utf-8", newline="\n") as fh:
        for ln in out_lines:
            fh.write(ln + "\n")
    with open(os.path.join(OUT_DIR, "au.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in out_labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    # re-verify from disk
    with open(os.path.join(OUT_DIR, "au.log"), "rb") as fh:
        disk = fh.read().split(b"\n")
    assert disk[-1] == b"" and len(disk) == N_LINES + 1
    for raw, lab in zip(disk, out_labels):
        for sp in lab["spans"]:
            v = raw[sp["s"]:sp["e"]]
            assert v and v == v.strip() and v.decode("utf-8")
    # summary
    per = {c: 0 for c in CATS}
    for lab in out_labels:
        for sp in lab["spans"]:
            per[sp["cat"]] += 1
    n_phi = sum(1 for lab in out_labels if lab["spans"])
    print("lines: %d" % len(out_lines))
    print("lines with PHI: %d  (no PHI: %d)" % (n_phi, len(out_lines) - n_phi))
    print("spans per category:")
    for c in CATS:
        print("  %-12s %d" % (c, per[c]))
    print("total spans: %d" % sum(per.values()))
    print("families (phi/clean):")
    for n in names:
        print("  %-22s %d/%d" % (n, fam_phi_count[n][1], fam_phi_count[n][0]))
    low = [c for c in CATS if per[c] < 8]
    assert not low, ("categories under 8 spans", low)


if __name__ == "__main__":
    main()
