#!/usr/bin/env python3
"""Deterministic generator for the 'ex' held-out PHI test corpus.

Theme: population-health analytics data-quality tooling (dbt, Great Expectations,
Soda, Monte Carlo, Spark/Databricks, Snowflake query history, Airbyte, Slack bot).
Standard library only. Writes ex.log and ex.labels.jsonl next to this file.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random

random.seed(18_0518)
R = random.Random(4242)  # all randomness goes through R

HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2024, 3, 11)


# --------------------------------------------------------------------------
# line builder with byte-offset span recording
# --------------------------------------------------------------------------
class P:
    """A PHI value to be inserted with a category."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Line:
    def __init__(self, family):
        self.family = family
        self.b = bytearray()
        self.spans = []  # (s, e, cat, inserted_text)

    def t(self, s):
        self.b += s.encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        start = len(self.b)
        self.b += s.encode("utf-8")
        self.spans.append((start, len(self.b), cat, s))
        return self

    def x(self, v):
        """append str or P"""
        if isinstance(v, P):
            return self.p(v.v, v.cat)
        return self.t(str(v))


# ---- serialisers that keep spans -------------------------------------------
def jdump(L, obj, ensure_ascii=False, compact=False):
    isep, ksep = (",", ":") if compact else (", ", ": ")
    if isinstance(obj, P):
        v = obj.v
        if isinstance(v, str):
            enc = json.dumps(v, ensure_ascii=ensure_ascii)
            L.t('"').p(enc[1:-1], obj.cat).t('"')
        else:
            L.p(json.dumps(v), obj.cat)
    elif isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(isep)
            L.t(json.dumps(k, ensure_ascii=ensure_ascii)).t(ksep)
            jdump(L, v, ensure_ascii, compact)
        L.t("}")
    elif isinstance(obj, (list, tuple)):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(isep)
            jdump(L, v, ensure_ascii, compact)
        L.t("]")
    else:
        L.t(json.dumps(obj, ensure_ascii=ensure_ascii))
    return L


def pyrepr(L, obj):
    if isinstance(obj, P):
        v = obj.v
        if isinstance(v, str):
            r = repr(v)
            L.t(r[0]).p(r[1:-1], obj.cat).t(r[-1])
        else:
            L.p(repr(v), obj.cat)
    elif isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(", ")
            L.t(repr(k)).t(": ")
            pyrepr(L, v)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(", ")
            pyrepr(L, v)
        L.t("]")
    else:
        L.t(repr(obj))
    return L


def plain(v):
    return v.v if isinstance(v, P) else v


class Frags:
    """collects (text, cat) fragments so they can be re-escaped into an outer string"""

    def __init__(self):
        self.frags = []

    def t(self, s):
        self.frags.append((s, None))
        return self

    def p(self, s, cat):
        self.frags.append((str(s), cat))
        return self


def embed_json_string(L, frags):
    for text, cat in frags.frags:
        esc = json.dumps(text, ensure_ascii=False)[1:-1]
        if cat and esc:
            L.p(esc, cat)
        else:
            L.t(esc)


CYC = {}


def cyc(key, options):
    q = CYC.get(key)
    if not q:
        q = list(options)
        R.shuffle(q)
        CYC[key] = q
    return q.pop()


# --------------------------------------------------------------------------
# identifier helpers
# --------------------------------------------------------------------------
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def luhn_check(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_imei():
    body = R.choice(["35", "86", "99", "01"]) + digits(12)
    v = body + luhn_check(body)
    assert luhn_ok(v)
    return v


def make_card():
    body = R.choice(["4", "51", "37"])
    ln = 15 if body == "37" else 16
    body += digits(ln - 1 - len(body))
    v = body + luhn_check(body)
    assert luhn_ok(v)
    return v


def make_npi():
    # NPI: Luhn over "80840" + 9 digits
    base = R.choice("12") + digits(8)
    chk = luhn_check("80840" + base)
    v = base + chk
    assert luhn_ok("80840" + v)
    return v


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def make_mbi():
    a = MBI_ALPHA
    an = a + "0123456789"
    return (R.choice("123456789") + R.choice(a) + R.choice(an) + R.choice("0123456789")
            + R.choice(a) + R.choice(an) + R.choice("0123456789") + R.choice(a)
            + R.choice(a) + R.choice("0123456789") + R.choice("0123456789"))


VIN_TR = {**{str(i): i for i in range(10)},
          "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
          "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
          "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "2T1", "3FA", "5YJ", "1FT", "JTD", "KNA", "1G1"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0"
             + R.choice("LMNPR") + R.choice(chars) + digits(6))
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W))
    c = s % 11
    v[8] = "X" if c == 10 else str(c)
    return "".join(v)


def make_ssn():
    area = R.choice([R.randint(100, 665), R.randint(667, 772)])
    return "%03d-%02d-%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


def snow_qid():
    return "01b2%s-%s-%s-0000-%s" % (hexs(4), "0" + hexs(3), hexs(4), hexs(12))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# --------------------------------------------------------------------------
# synthetic people
# --------------------------------------------------------------------------
NAMES = [
    ("Adebayo", "Okafor", "M"), ("Lan", "Nguyễn", "F"), ("Søren", "Østergaard", "M"),
    ("María José", "Ibáñez", "F"), ("Hiroshi", "Tanaka", "M"), ("Fatima", "Al-Sayed", "F"),
    ("Oksana", "Kovalenko", "F"), ("Rajesh", "Iyer", "M"), ("Chiamaka", "Eze", "F"),
    ("Björn", "Lindqvist", "M"), ("Thandiwe", "Mokoena", "F"), ("Mateus", "Araújo", "M"),
    ("Zeynep", "Yıldız", "F"), ("Kalani", "Kahananui", "M"), ("Aoife", "Ní Bhriain", "F"),
    ("Dmitri", "Sokolov", "M"), ("Lucía", "Fernández", "F"), ("Wei", "Chen", "M"),
    ("Olumide", "Bankole", "M"), ("Ana-Maria", "Popescu", "F"), ("Tomasz", "Wiśniewski", "M"),
    ("Kwame", "Asante", "M"), ("Shirin", "Tehrani", "F"), ("Hannah", "Goldberg", "F"),
    ("Pedro", "Nascimento", "M"), ("Mai", "Ishikawa", "F"), ("Ravi", "Subramanian", "M"),
    ("Gwendolyn", "Barrow", "F"), ("Imani", "Whitfield", "F"), ("Esperanza", "Villalobos", "F"),
]
STREETS = ["Willowbrook Ln", "N Halsted St", "Magnolia Ave", "Cedar Ridge Dr", "E 43rd St",
           "Paseo del Norte", "Old Mill Rd", "Kamehameha Hwy", "Lakeshore Blvd", "Birchwood Ct",
           "S Congress Ave", "Peachtree Rd NE", "Elm St Apt 4B", "Rue Dauphine", "Harbor View Dr",
           "W Fullerton Pkwy", "Sycamore Trl", "Juniper Way Unit 12", "Mission St", "Ridgecrest Cir"]
CITIES = [("Chicago", "Cook", "IL", "606"), ("Houston", "Harris", "TX", "770"),
          ("Phoenix", "Maricopa", "AZ", "850"), ("Atlanta", "Fulton", "GA", "303"),
          ("Kaneohe", "Honolulu", "HI", "967"), ("Albuquerque", "Bernalillo", "NM", "871"),
          ("Dayton", "Montgomery", "OH", "454"), ("Lowell", "Middlesex", "MA", "018"),
          ("New Orleans", "Orleans", "LA", "701"), ("Austin", "Travis", "TX", "787"),
          ("Tacoma", "Pierce", "WA", "984"), ("Paterson", "Passaic", "NJ", "075"),
          ("Fresno", "Fresno", "CA", "937"), ("Duluth", "St. Louis", "MN", "558")]
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com", "comcast.net"]
PUBLIC_IP_PREFIX = ["73.162", "98.207", "24.16", "174.52", "67.183", "108.28", "71.59", "99.112"]
PLANS = ["MA-HMO", "MA-PPO", "MEDICAID", "COMMERCIAL", "DSNP"]
MEASURES = ["BCS-E", "COL-E", "CBP", "GSD", "EED", "KED", "SPD", "TRC", "FMC", "OMW"]

ASCII_FOLD = str.maketrans({"ễ": "e", "ø": "o", "Ø": "O", "á": "a", "ñ": "n", "é": "e",
                            "ö": "o", "ú": "u", "ı": "i", "í": "i", "ś": "s", "ł": "l"})


def fold(s):
    return s.translate(ASCII_FOLD)


PEOPLE = []
for i, (fn, ln, sex) in enumerate(NAMES):
    if i in (4, 11, 22, 27, 29):  # a few over 89
        dob = dt.date(R.randint(1928, 1933), R.randint(1, 12), R.randint(1, 28))
    else:
        dob = dt.date(R.randint(1938, 2011), R.randint(1, 12), R.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    plan = "MA-HMO" if age >= 65 and i % 2 == 0 else ("MA-PPO" if age >= 65 else R.choice(["MEDICAID", "COMMERCIAL", "DSNP"]))
    city, county, state, zp = CITIES[i % len(CITIES)]
    base = fold(fn.split()[0].lower().replace("-", ""))
    lbase = fold(ln.lower().replace(" ", "").replace("-", ""))
    p = {
        "first": fn, "last": ln, "sex": sex, "dob": dob, "age": age, "plan": plan,
        "member_id": R.choice(["H", "W", "K"]) + digits(9),
        "sub_id": "XJH" + digits(9),
        "mbi": make_mbi() if age >= 65 else None,
        "medicaid": (R.choice("ABCDEFGHJK") + R.choice("ABCDEFGHJK") + digits(5) + R.choice("ABCDEFGHJK")) if plan in ("MEDICAID", "DSNP") else None,
        "mrn": digits(8),
        "empi": "EMPI-" + digits(7),
        "ssn": make_ssn(),
        "phone": "(%s) 555-01%02d" % (R.choice(["312", "713", "602", "404", "808", "505", "937", "978", "504", "512", "253", "973", "559", "218"]), R.randint(0, 99)),
        "email": R.choice(["%s.%s", "%s%s", "%s_%s"]) % (base, lbase) + (str(dob.year % 100) if R.random() < 0.5 else "") + "@" + R.choice(MAIL),
        "street": "%d %s" % (R.randint(12, 9870), R.choice(STREETS)),
        "city": city, "county": county, "state": state,
        "zip": zp + "%02d" % R.randint(1, 99),
        "username": R.choice(["%s.%s", "%s%s", "%s_%s"]) % (base[:5], lbase[:6]) + str(R.randint(1, 99)),
        "ip": "%s.%d.%d" % (R.choice(PUBLIC_IP_PREFIX), R.randint(1, 254), R.randint(1, 254)),
        "device": R.choice(["BPM", "GLU", "SCL", "POX"]) + "-" + digits(4) + "-" + R.choice("ABCDEF") + R.choice("0123456789ABCDEF") + digits(5),
        "imei": make_imei(),
        "fit_kit": "FIT" + digits(8),
        "cm_case": "CM-2024-%06d" % R.randint(1000, 99999),
        "acct": "GA" + digits(9),
        "ach": digits(R.randint(9, 12)),
        "card": make_card(),
        "dl": R.choice("ABCDEFGHJKLMNPRSTWY") + digits(R.choice([7, 8, 12])),
        "plate": "%d%s%03d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), R.randint(0, 999)),
        "vin": make_vin(),
        "pcp_npi": make_npi(),
        "mac": ":".join("%02X" % R.randint(0, 255) for _ in range(6)),
    }
    PEOPLE.append(p)

STAFF = ["Priya Natarajan", "Jordan Park", "Marcus Webb", "Elena Rossi", "Sam Okoye", "Tanvi Deshpande"]
STAFF_USERS = ["PNATARAJAN", "JPARK", "MWEBB", "EROSSI", "SOKOYE", "DBT_PROD_SVC", "AIRBYTE_SVC", "LOOKER_SVC"]
SLACK_STAFF = ["priya.natarajan", "jordan.park", "marcus.webb", "elena.rossi", "sam.okoye"]
CLINICIANS = ["Dr. Helen Achebe", "Dr. Mark Feldstein", "Dr. Ayesha Rahman", "Dr. Luis Ortega NP",
              "Dr. Grace Whitaker", "Dr. Kenji Moriyama"]
CLINIC_NAMES = ["Lakeside Primary Care", "Westgate Family Medicine", "Sunrise Community Health",
                "Pueblo Internal Medicine", "North Shore Physicians Group"]
MODELS = ["stg_eligibility__members", "stg_claims__medical", "stg_claims__pharmacy", "stg_adt__encounters",
          "stg_labs__results", "int_member_months", "int_attribution__pcp", "int_claims__deduped",
          "fct_hedis_gaps", "dim_members", "dim_providers", "fct_claim_lines", "mart_quality__gap_list",
          "rpt_risk_scores_hcc", "fct_adt_events", "mart_care_mgmt__worklist", "rpt_star_measures",
          "stg_rpm__readings", "int_member_contact__best", "fct_pharmacy_adherence"]
SCHEMAS = {"stg": "STAGING", "int": "INTERMEDIATE", "fct": "MARTS", "dim": "MARTS", "mar": "MARTS", "rpt": "REPORTING"}


def person():
    return R.choice(PEOPLE)


def service_date(lo=dt.date(2023, 1, 3), hi=dt.date(2024, 3, 8)):
    return lo + dt.timedelta(days=R.randint(0, (hi - lo).days))


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 11, 5, 2, 14, 118000)

    def tick(self, lo=0.05, hi=3.0):
        self.t += dt.timedelta(seconds=R.uniform(lo, hi))
        return self.t

    def jump(self, minutes):
        self.t += dt.timedelta(minutes=minutes, seconds=R.randint(0, 59))


CLK = Clock()
OUT = []


def emit(L):
    OUT.append(L)


def hms():
    return CLK.tick().strftime("%H:%M:%S")


def schema_for(model):
    return SCHEMAS[model[:3]]


# --------------------------------------------------------------------------
# dbt
# --------------------------------------------------------------------------
def dots(prefix, width=80):
    n = max(3, width - len(prefix))
    return " " + "." * n + " "


def dbt_run_session():
    fam = "dbt-cli"
    emit(Line(fam).t("%s  Running with dbt=1.7.%d" % (hms(), R.choice([4, 9, 11]))))
    emit(Line(fam).t("%s  Registered adapter: snowflake=1.7.%d" % (hms(), R.choice([1, 2, 3]))))
    emit(Line(fam).t("%s  Found %d models, %d tests, %d seeds, %d sources, 0 exposures, 0 metrics, 641 macros, 0 groups, 0 semantic models"
                     % (hms(), R.randint(200, 240), R.randint(580, 660), R.randint(4, 9), R.randint(16, 22))))
    emit(Line(fam).t("%s  Concurrency: 8 threads (target='prod')" % hms()))
    models = R.sample(MODELS, R.randint(2, 4))
    total = R.randint(40, 60)
    for k, m in enumerate(models, 1):
        kind = R.choice(["view", "table", "incremental"])
        pre = "%d of %d START sql %s model %s.%s" % (k, total, kind, schema_for(m).lower(), m)
        emit(Line(fam).t("%s  %s%s[RUN]" % (hms(), pre, dots(pre))))
        if R.random() < 0.5 and m.startswith("stg_"):
            pre = "%d of %d ERROR creating sql %s model %s.%s" % (k, total, kind, schema_for(m).lower(), m)
            emit(Line(fam).t("%s  %s%s[ERROR in %.2fs]" % (hms(), pre, dots(pre), R.uniform(1, 9))))
            dbt_db_error(m)
        else:
            rows = R.randint(1200, 4_800_000) if kind != "view" else 1
            status = "SUCCESS %d" % rows if kind != "view" else "SUCCESS 1"
            pre = "%d of %d OK created sql %s model %s.%s" % (k, total, kind, schema_for(m).lower(), m)
            emit(Line(fam).t("%s  %s%s[%s in %.2fs]" % (hms(), pre, dots(pre), status, R.uniform(0.8, 95))))
    emit(Line(fam).t("%s  Finished running %d incremental models, %d table models, %d view models in 0 hours %d minutes and %.2f seconds (%.2fs)."
                     % (hms(), R.randint(3, 9), R.randint(10, 20), R.randint(15, 30), R.randint(2, 14), R.uniform(0, 59), R.uniform(200, 900))))


def dbt_db_error(model):
    fam = "dbt-cli"
    p = person()
    emit(Line(fam).t("%s  " % hms()))
    emit(Line(fam).t("%s  Database Error in model %s (models/staging/%s/%s.sql)" % (hms(), model, model.split("__")[0][4:], model)))
    kind = R.choice(["num", "date", "date", "num_zip"])
    L = Line(fam).t("%s    100038 (22018): " % hms())
    if kind == "num":
        L.t("Numeric value '").p(p["last"], "name").t("' is not recognized")
    elif kind == "num_zip":
        L.t("Numeric value '").p(p["street"], "address").t("' is not recognized")
    else:
        L = Line(fam).t("%s    100040 (22007): Date '" % hms()).p(p["dob"].strftime("%m/%d/%Y"), "date").t("' is not recognized")
    emit(L)
    emit(Line(fam).t("%s    compiled Code at target/run/pophealth_dw/models/staging/%s/%s.sql" % (hms(), model.split("__")[0][4:], model)))


TESTS = [
    ("not_null_stg_eligibility__members_member_id", "stg_eligibility__members", "member_id"),
    ("unique_dim_members_member_id", "dim_members", "member_id"),
    ("unique_stg_eligibility__members_subscriber_id", "stg_eligibility__members", "subscriber_id"),
    ("relationships_int_attribution__pcp_pcp_npi__npi__ref_dim_providers_", "int_attribution__pcp", "pcp_npi"),
    ("accepted_values_fct_hedis_gaps_measure_id__BCS_E__COL_E__CBP__GSD__EED__KED", "fct_hedis_gaps", "measure_id"),
    ("dbt_utils_expression_is_true_dim_members_birth_date_le_current_date", "dim_members", "birth_date"),
    ("dbt_expectations_expect_column_values_to_match_regex_dim_members_mbi", "dim_members", "mbi"),
    ("assert_attribution_one_pcp_per_member_month", "int_attribution__pcp", "member_id"),
    ("assert_no_gap_closed_before_dob", "fct_hedis_gaps", "gap_closed_date"),
    ("not_null_fct_claim_lines_claim_id", "fct_claim_lines", "claim_id"),
    ("unique_fct_adt_events_event_id", "fct_adt_events", "event_id"),
    ("source_not_null_eligibility_raw_members_zip", "stg_eligibility__members", "zip"),
    ("dbt_utils_recency_fct_claim_lines_paid_date__day__3", "fct_claim_lines", "paid_date"),
]


PHI_TESTS = [t for t in TESTS if t[2] in ("member_id", "subscriber_id", "birth_date", "gap_closed_date", "mbi", "zip", "pcp_npi")]


def dbt_test_session():
    fam = "dbt-cli"
    if R.random() < 0.4:
        emit(Line(fam).t("%s  Running with dbt=1.7.9" % hms()))
    total = R.randint(580, 640)
    tests = R.sample(TESTS, R.randint(1, 3))
    fails = []
    for k, (tname, model, col) in enumerate(tests, 1):
        idx = R.randint(1, total)
        r = R.random()
        if r < 0.6:
            n = R.randint(5, 140)
            pre = "%d of %d WARN %d %s" % (idx, total, n, tname)
            emit(Line(fam).t("%s  %s%s[WARN %d in %.2fs]" % (hms(), pre, dots(pre, 100), n, R.uniform(0.3, 6))))
        else:
            pre = "%d of %d PASS %s" % (idx, total, tname)
            emit(Line(fam).t("%s  %s%s[PASS in %.2fs]" % (hms(), pre, dots(pre, 100), R.uniform(0.3, 6))))
    for _ in range(R.randint(1, 2)):
        tname, model, col = R.choice(PHI_TESTS if R.random() < 0.85 else TESTS)
        if any(f[0] == tname for f in fails) or any(t[0] == tname for t in tests):
            continue
        n = R.randint(3, 8)
        pre = "%d of %d FAIL %d %s" % (R.randint(1, total), total, n, tname)
        emit(Line(fam).t("%s  %s%s[FAIL %d in %.2fs]" % (hms(), pre, dots(pre, 100), n, R.uniform(0.3, 6))))
        fails.append((tname, model, col, n))
    if R.random() < 0.4:
        emit(Line(fam).t("%s  Finished running %d tests in 0 hours 4 minutes and %.2f seconds (%.2fs)." % (hms(), total, R.uniform(1, 59), R.uniform(240, 299))))
    if R.random() < 0.4:
        emit(Line(fam).t("%s  Completed with %d errors and %d warnings:" % (hms(), len(fails), R.randint(0, 6))))
    for tname, model, col, n in fails:
        emit(Line(fam).t("%s  Failure in test %s (models/%s/schema.yml)" % (hms(), tname, "marts" if model[:3] in ("dim", "fct") else "staging")))
        emit(Line(fam).t("%s    Got %d result%s, configured to fail if != 0" % (hms(), n, "" if n == 1 else "s")))
        if R.random() < 0.4:
            emit(Line(fam).t("%s    compiled Code at target/compiled/pophealth_dw/models/schema.yml/%s.sql" % (hms(), tname[:60])))
        if R.random() < 0.25:
            emit(Line(fam).t("%s    See test failures:" % hms()))
            emit(Line(fam).t("  select * from ANALYTICS.DBT_TEST__AUDIT.%s" % tname[:60]))
        dq_runner_show(tname, model, col, n)
    if R.random() < 0.5:
        emit(Line(fam).t("%s  Done. PASS=%d WARN=%d ERROR=%d SKIP=0 TOTAL=%d" % (hms(), total - len(fails) - 4, 4, len(fails), total)))
    if fails and R.random() < 0.6:
        slack_for_test(fails[0])


def _show_table(fam, header, rows, prefix=""):
    # agate-style table as printed by `dbt show`: text left, numbers right
    widths = []
    for ci, h in enumerate(header):
        w = len(h)
        for r in rows:
            w = max(w, len(str(plain(r[ci]))))
        widths.append(w)
    L = Line(fam).t(prefix + "| " + " | ".join(h.ljust(widths[i]) for i, h in enumerate(header)) + " |")
    emit(L)
    emit(Line(fam).t(prefix + "| " + " | ".join("-" * w for w in widths) + " |"))
    for r in rows:
        L = Line(fam).t(prefix + "| ")
        for ci, c in enumerate(r):
            if ci:
                L.t(" | ")
            s = str(plain(c))
            num = isinstance(plain(c), (int, float)) and not isinstance(plain(c), bool)
            pad = " " * (widths[ci] - len(s))
            if num:
                L.t(pad)
            if isinstance(c, P):
                L.p(s, c.cat)
            else:
                L.t(s)
            if not num:
                L.t(pad)
        L.t(" |")
        emit(L)


def dq_runner_show(tname, model, col, n):
    fam = "dbt-show"
    if R.random() < 0.5:
        emit(Line(fam).t("%s  [dq_runner] fetching up to 5 failing rows from DBT_TEST__AUDIT.%s" % (hms(), tname[:60])))
    else:
        emit(Line(fam).t("%s  Previewing inline node:" % hms()))
    ppl = R.sample(PEOPLE, min(n, 6))
    if tname.startswith("assert_attribution"):
        header = ["member_id", "attribution_month", "pcp_count", "pcp_npis", "attributed_tins"]
        rows = []
        for p in ppl[:4]:
            rows.append([P(p["member_id"], "health_plan"), "2024-0%d-01" % R.randint(1, 3), 2, "%s,%s" % (make_npi(), make_npi()),
                         "%02d-%07d" % (R.randint(10, 99), R.randint(0, 9999999))])
        _show_table(fam, header, rows)
    elif col in ("member_id", "subscriber_id"):
        p0 = ppl[0]
        header = ["member_id", "first_name", "last_name", "birth_date", "plan_code", "n_records"]
        rows = []
        if col == "member_id" and tname.startswith("not_null"):
            for p in ppl:
                rows.append(["", P(p["first"], "name"), P(p["last"], "name"), P(p["dob"].isoformat(), "date"), p["plan"], 1])
        else:
            rows.append([P(p0["member_id"], "health_plan"), P(p0["first"], "name"), P(p0["last"], "name"), P(p0["dob"].isoformat(), "date"), p0["plan"], 2])
            rows.append([P(p0["member_id"], "health_plan"), P(p0["first"], "name"), P(p0["last"], "name"), P(p0["dob"].isoformat(), "date"), R.choice(PLANS), 2])
            for p1 in ppl[1:]:
                rows.append([P(p1["member_id"], "health_plan"), P(p1["first"], "name"), P(p1["last"], "name"), P(p1["dob"].isoformat(), "date"), p1["plan"], 2])
        _show_table(fam, header, rows)
    elif col == "pcp_npi":
        header = ["member_id", "attribution_month", "pcp_npi", "pcp_name", "tin"]
        rows = []
        for p in ppl:
            rows.append([P(p["member_id"], "health_plan"), "2024-02-01", make_npi(), R.choice(CLINICIANS), "%02d-%07d" % (R.randint(10, 99), R.randint(0, 9999999))])
        _show_table(fam, header, rows)
    elif col == "birth_date":
        header = ["member_id", "last_name", "birth_date", "dbt_current_date"]
        rows = []
        for p in ppl:
            bad = p["dob"].replace(year=p["dob"].year + 100)
            rows.append([P(p["member_id"], "health_plan"), P(p["last"], "name"), P(bad.isoformat(), "date"), "2024-03-11"])
        _show_table(fam, header, rows)
    elif col == "gap_closed_date":
        header = ["member_id", "last_name", "birth_date", "measure_id", "gap_closed_date"]
        rows = []
        for p in ppl:
            closed = p["dob"] - dt.timedelta(days=R.randint(100, 4000))
            rows.append([P(p["member_id"], "health_plan"), P(p["last"], "name"), P(p["dob"].isoformat(), "date"), R.choice(MEASURES), P(closed.isoformat(), "date")])
        _show_table(fam, header, rows)
    elif col == "mbi":
        header = ["member_id", "mbi", "mbi_len", "last_name"]
        rows = []
        for p in ppl:
            m = (p["mbi"] or make_mbi())
            bad = m[:4] + "-" + m[4:7] + "-" + m[7:]
            rows.append([P(p["member_id"], "health_plan"), P(bad, "health_plan"), len(bad), P(p["last"], "name")])
        _show_table(fam, header, rows)
    elif col == "zip":
        header = ["_airbyte_raw_id", "member_id", "address_line_1", "city", "zip"]
        rows = []
        for p in ppl:
            rows.append([uuid4(), P(p["member_id"], "health_plan"), P(p["street"], "address"), P(p["city"], "address"), ""])
        _show_table(fam, header, rows)
    elif col == "event_id":
        header = ["unique_field", "n_records"]
        _show_table(fam, header, [[hexs(32), 2] for _ in range(min(n, 4))])
    elif col == "claim_id":
        header = ["claim_line_sk", "source_file", "loaded_at"]
        _show_table(fam, header, [[hexs(32), "837P_%s_%04d.x12" % ("20240310", R.randint(1, 400)), "2024-03-11 04:%02d:%02d" % (R.randint(0, 59), R.randint(0, 59))] for _ in range(min(n, 4))])
    elif col == "paid_date":
        header = ["most_recent", "threshold"]
        _show_table(fam, header, [["2024-03-0%d" % R.randint(1, 6), "2024-03-08"]])
    else:
        header = ["value_field", "n_records"]
        _show_table(fam, header, [[v, R.randint(1, 400)] for v in R.sample(["BCS", "COL", "CDC-HBA1C", "XYZ", "SPC", "AAB"], min(n, 3))])


def dbt_json_session():
    fam = "dbt-json"
    inv = uuid4()
    for _ in range(R.randint(3, 6)):
        m = R.choice(MODELS)
        t = CLK.tick()
        d = {"data": {"node_info": {"materialized": R.choice(["table", "incremental", "view"]),
                                    "node_finished_at": "", "node_name": m,
                                    "node_path": "%s/%s.sql" % ({"stg": "staging", "int": "intermediate", "rpt": "reporting"}.get(m[:3], "marts"), m), "node_relation": {"alias": m, "database": "ANALYTICS", "relation_name": "ANALYTICS.%s.%s" % (schema_for(m), m.upper()), "schema": schema_for(m)},
                                    "node_started_at": t.isoformat(), "node_status": "started", "resource_type": "model",
                                    "unique_id": "model.pophealth_dw.%s" % m}},
             "info": {"category": "", "code": "Q011", "extra": {}, "invocation_id": inv, "level": "info",
                      "msg": "Began running node model.pophealth_dw.%s" % m, "name": "NodeStart", "pid": 81234,
                      "thread": "Thread-%d (worker)" % R.randint(1, 8), "ts": t.isoformat() + "Z"}}
        emit(jdump(Line(fam), d))
    if R.random() < 0.7:
        p = person()
        t = CLK.tick()
        msg = Line(fam)
        # build manually to embed PHI in msg
        txt_pre = "  100038 (22018): Numeric value '"
        msg.t('{"data": {"msg": "').t(txt_pre).p(p["phone"], "phone").t("' is not recognized\"}, \"info\": ")
        msg.t('{"category": "", "code": "Z017", "extra": {}, "invocation_id": "%s", "level": "error", "msg": "%s' % (inv, txt_pre))
        msg.p(p["phone"], "phone").t("' is not recognized\", \"name\": \"RunResultError\", \"pid\": 81234, \"thread\": \"MainThread\", \"ts\": \"%sZ\"}}" % t.isoformat())
        emit(msg)


def dbt_show_json_session():
    """dbt show --output json with --log-format json: the preview is a JSON string inside JSON"""
    fam = "dbt-json"
    inv = uuid4()
    kind = cyc("dbtshow", ["gaps", "contact", "attrib", "dup"])
    ppl = R.sample(PEOPLE, R.randint(2, 4))
    rows = []
    for p in ppl:
        if kind == "gaps":
            rows.append({"MEMBER_ID": P(p["member_id"], "health_plan"), "MEMBER_NAME": P("%s, %s" % (p["last"], p["first"]), "name"),
                         "BIRTH_DATE": P(p["dob"].isoformat(), "date"), "AGE_AT_EOY": P(p["age"], "age") if p["age"] > 89 else p["age"],
                         "MEASURE_ID": R.choice(MEASURES), "GAP_STATUS": "OPEN", "PCP_NPI": p["pcp_npi"]})
        elif kind == "contact":
            rows.append({"MEMBER_ID": P(p["member_id"], "health_plan"), "BEST_PHONE": P(p["phone"], "phone"), "BEST_EMAIL": P(p["email"], "email"),
                         "ADDRESS_LINE_1": P(p["street"], "address"), "CITY": P(p["city"], "address"), "STATE": p["state"], "ZIP": P(p["zip"], "zip"),
                         "FAX": P(p["phone"][:10] + "01%02d" % R.randint(0, 99), "fax") if R.random() < 0.3 else None, "CONTACT_RANK": 1})
        elif kind == "attrib":
            rows.append({"MBI": P(p["mbi"], "health_plan") if p["mbi"] else None, "EMPI_ID": P(p["empi"], "mrn"), "ATTRIB_MONTH": "2024-03-01",
                         "PCP_NPI": make_npi(), "PCP_NAME": R.choice(CLINICIANS), "CLINIC": R.choice(CLINIC_NAMES)})
        else:
            rows.append({"SUBSCRIBER_ID": P(p["sub_id"], "health_plan"), "SSN": P(p["ssn"], "ssn"), "LAST_NAME": P(p["last"], "name"),
                         "DOB": P(p["dob"].strftime("%Y%m%d"), "date"), "DUP_COUNT": 2})
    inner = Frags()
    jdump(inner, rows)
    node = {"gaps": "mart_quality__gap_list", "contact": "int_member_contact__best", "attrib": "int_attribution__pcp", "dup": "stg_eligibility__members"}[kind]
    t = CLK.tick()
    L = Line(fam).t('{"data": {"is_inline": false, "node_name": "%s", "output_format": "json", "preview": "' % node)
    embed_json_string(L, inner)
    L.t('", "quiet": false, "unique_id": "model.pophealth_dw.%s"}, "info": {"category": "", "code": "Q041", "extra": {}, "invocation_id": "%s", "level": "info", "msg": "Previewing node \'%s\'", "name": "ShowNode", "pid": %d, "thread": "MainThread", "ts": "%sZ"}}'
        % (node, inv, node, R.randint(2000, 90000), t.isoformat()))
    emit(L)



# --------------------------------------------------------------------------
# Great Expectations
# --------------------------------------------------------------------------
def ge_ts():
    t = CLK.tick()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ge_session():
    fam = "ge-checkpoint"
    suite = R.choice(["eligibility_members.warning", "claims_medical.critical", "hedis_gap_list.critical", "adt_feed.warning", "member_contact.critical"])
    run = CLK.t.strftime("%Y%m%dT%H%M%S.%fZ")
    emit(Line(fam).t("%s - great_expectations.checkpoint.checkpoint - INFO - Running checkpoint 'nightly_%s' run_name=%s-nightly" % (ge_ts(), suite.split(".")[0], run)))
    n = R.randint(12, 40)
    if R.random() < 0.6:
        emit(Line(fam).t("Calculating Metrics: 100%%|██████████| %d/%d [00:%02d<00:00, %.2fit/s]" % (n, n, R.randint(1, 30), R.uniform(1, 25))))
    if R.random() < 0.5:
        emit(Line(fam).t("%s - great_expectations.data_context.data_context.abstract_data_context - INFO - Validating batch snowflake_prod-%s (rows=%d)" % (ge_ts(), suite.split(".")[0], R.randint(20000, 900000))))
    for _ in range(R.randint(3, 6)):
        ge_result(suite)
    ok = R.random() < 0.3
    if R.random() < 0.5:
        emit(Line(fam).t("%s - great_expectations.checkpoint.actions - INFO - StoreValidationResultAction: stored to s3://ph-dq-artifacts/ge/validations/%s/%s/%s.json" % (ge_ts(), suite, run, hexs(32))))
    if R.random() < 0.3:
        emit(Line(fam).t("%s - great_expectations.checkpoint.actions - INFO - UpdateDataDocsAction: https://dq-docs.internal.pophealth.io/validations/%s/%s/index.html" % (ge_ts(), suite, run)))
    emit(Line(fam).t("%s - dq.ge_runner - %s - suite=%s success=%s evaluated=%d successful=%d unsuccessful=%d success_percent=%.1f"
                     % (ge_ts(), "INFO" if ok else "WARNING", suite, ok, 24, 24 if ok else 21, 0 if ok else 3, 100.0 if ok else 87.5)))


GE_KINDS = {
    "eligibility_members": ["regex_ssn", "unique_member", "between_dob", "regex_zip", "regex_ssn", "in_set", "row_count"],
    "member_contact": ["regex_email", "regex_phone", "regex_zip", "regex_email", "not_null_idx"],
    "claims_medical": ["in_set", "row_count", "mean", "unique_member", "not_null_idx"],
    "hedis_gap_list": ["between_age", "in_set", "not_null_idx", "between_age", "unique_member"],
    "adt_feed": ["row_count", "between_dob", "unique_member", "in_set"],
}


def ge_result(suite=None):
    fam = "ge-result-json"
    if suite:
        kind = R.choice(GE_KINDS[suite.split(".")[0]])
    else:
        kind = R.choice(["regex_ssn", "unique_member", "regex_email", "between_dob", "in_set", "not_null_idx",
                         "regex_phone", "row_count", "regex_zip", "mean", "between_age", "unique_member", "regex_ssn", "not_null_idx"])
    ppl = R.sample(PEOPLE, 3)
    elem = R.randint(20000, 900000)
    column = None
    kwargs = {}
    if kind == "regex_ssn":
        column = "subscriber_ssn"
        vals = [P(p["ssn"].replace("-", ""), "ssn") if i % 2 else P(p["ssn"].replace("-", " "), "ssn") for i, p in enumerate(ppl[:2])]
        et = "expect_column_values_to_match_regex"
        kwargs = {"column": column, "regex": "^\\d{3}-\\d{2}-\\d{4}$", "mostly": 1.0}
    elif kind == "unique_member":
        column = "member_id"
        vals = [P(ppl[0]["member_id"], "health_plan"), P(ppl[0]["member_id"], "health_plan")]
        et = "expect_column_values_to_be_unique"
        kwargs = {"column": column}
    elif kind == "regex_email":
        column = "email_address"
        e = ppl[0]["email"]
        vals = [P(e.replace("@", " @"), "email"), P(ppl[1]["email"].replace(".com", ",com"), "email")]
        et = "expect_column_values_to_match_regex"
        kwargs = {"column": column, "regex": "^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", "mostly": 0.995}
    elif kind == "between_dob":
        column = "birth_date"
        vals = [P(p["dob"].replace(year=p["dob"].year + 100).isoformat(), "date") for p in ppl[:2]]
        et = "expect_column_values_to_be_between"
        kwargs = {"column": column, "min_value": "1900-01-01", "max_value": "2024-03-11", "parse_strings_as_datetimes": True}
    elif kind == "between_age":
        column = "age_at_eoy"
        vals = [P(R.randint(90, 97), "age"), R.randint(30, 44), P(R.randint(90, 99), "age")]
        et = "expect_column_values_to_be_between"
        kwargs = {"column": column, "min_value": 45, "max_value": 75, "row_condition": "measure_id==\"COL-E\"", "condition_parser": "pandas"}
    elif kind == "regex_phone":
        column = "home_phone"
        vals = [P(ppl[0]["phone"].replace("(", "").replace(") ", "").replace("-", ""), "phone"), P(ppl[1]["phone"] + " x", "phone")]
        et = "expect_column_values_to_match_regex"
        kwargs = {"column": column, "regex": "^\\(\\d{3}\\) \\d{3}-\\d{4}$"}
    elif kind == "regex_zip":
        column = "zip"
        vals = [P(ppl[0]["zip"] + "-", "zip"), P(ppl[1]["zip"] + " ", "zip")]
        et = "expect_column_values_to_match_regex"
        kwargs = {"column": column, "regex": "^\\d{5}(-\\d{4})?$"}
    elif kind == "not_null_idx":
        column = "pcp_npi"
        vals = [None, None]
        et = "expect_column_values_to_not_be_null"
        kwargs = {"column": column, "mostly": 0.98}
    elif kind == "in_set":
        column = R.choice(["gender_code", "measure_id", "lob", "claim_status"])
        vals = R.sample(["U", "X", "", "unk", "BCS", "COL-X", "99", "PENDED"], 2)
        et = "expect_column_values_to_be_in_set"
        kwargs = {"column": column, "value_set": ["M", "F"] if column == "gender_code" else ["A", "B", "C"]}
    elif kind == "row_count":
        vals = None
        et = "expect_table_row_count_to_be_between"
        kwargs = {"min_value": 50000, "max_value": 2000000}
    else:
        column = "allowed_amount"
        vals = None
        et = "expect_column_mean_to_be_between"
        kwargs = {"column": column, "min_value": 80, "max_value": 450}
    kwargs["batch_id"] = hexs(32)
    if vals is None:
        obs = R.randint(1000, 60000) if kind == "row_count" else round(R.uniform(20, 700), 4)
        res = {"observed_value": obs}
        success = 50000 <= obs if kind == "row_count" else 80 <= obs <= 450
    else:
        u = R.randint(len(vals), 40)
        res = {"element_count": elem, "missing_count": R.randint(0, 300), "missing_percent": round(R.uniform(0, 0.5), 6),
               "unexpected_count": u, "unexpected_percent": round(100.0 * u / elem, 8),
               "unexpected_percent_total": round(100.0 * u / elem, 8),
               "unexpected_percent_nonmissing": round(100.0 * u / elem, 8),
               "partial_unexpected_list": vals}
        if kind == "not_null_idx":
            res["partial_unexpected_index_list"] = [{"member_id": P(p["member_id"], "health_plan"), "last_name": P(p["last"], "name")} for p in ppl[:2]]
            res["unexpected_list"] = vals
        elif kind in ("regex_ssn", "unique_member", "regex_email"):
            res["partial_unexpected_counts"] = [{"value": v, "count": 1 if kind != "unique_member" else 2} for v in vals[:1]]
            if kind != "unique_member":
                res["partial_unexpected_index_list"] = [{"member_id": P(ppl[0]["member_id"], "health_plan")}]
        else:
            res["unexpected_list"] = vals
        success = False
    d = {"success": success,
         "expectation_config": {"expectation_type": et, "kwargs": kwargs, "meta": {"owner": "data-quality", "severity": R.choice(["critical", "warning"])}},
         "result": res,
         "meta": {},
         "exception_info": {"raised_exception": False, "exception_traceback": None, "exception_message": None}}
    emit(jdump(Line(fam), d, ensure_ascii=True))


# --------------------------------------------------------------------------
# Soda
# --------------------------------------------------------------------------
def soda_session():
    fam = "soda-scan"
    if R.random() < 0.5:
        emit(Line(fam).t("[%s] Soda Core 3.0.%d" % (hms(), R.choice([45, 47, 48]))))
    if R.random() < 0.5:
        emit(Line(fam).t("[%s] Scan summary:" % hms()))
    tables = R.sample(["members", "eligibility_spans", "claims_medical", "hedis_gaps", "pcp_attribution", "adt_events", "rpm_readings"], 2)
    passed = R.randint(10, 30)
    if R.random() < 0.5:
        emit(Line(fam).t("[%s] %d/%d checks PASSED: " % (hms(), passed, passed + 2)))
    for tb in tables[1:] if R.random() < 0.4 else []:
        emit(Line(fam).t("[%s]     %s in snowflake_prod" % (hms(), tb)))
        emit(Line(fam).t("[%s]       row_count > 0 [PASSED]" % hms()))
    emit(Line(fam).t("[%s] 2/%d checks FAILED: " % (hms(), passed + 2)))
    tb = tables[0]
    emit(Line(fam).t("[%s]     %s in snowflake_prod" % (hms(), tb)))
    chk = R.choice(["duplicate_count(member_id) = 0", "missing_count(pcp_npi) = 0", "invalid_count(zip) = 0", "invalid_count(email) = 0", "missing_count(birth_date) = 0"])
    emit(Line(fam).t("[%s]       %s [FAILED]" % (hms(), chk)))
    emit(Line(fam).t("[%s]         check_value: %d" % (hms(), R.randint(1, 9))))
    if R.random() < 0.4:
        emit(Line(fam).t("[%s]       schema [FAILED]" % hms()))
        emit(Line(fam).t("[%s]         schema_measured = [member_id varchar, first_name varchar, last_name varchar, birth_date date, zip varchar, pcp_npi varchar, loaded_at timestamp_ntz]" % hms()))
    emit(Line(fam).t("[%s] Oops! 2 failures. 0 warnings. 0 errors. %d pass." % (hms(), passed)))
    soda_sampler(chk, tb)


def soda_sampler(chk, tb):
    fam = "soda-sampler"
    n = R.randint(5, 10)
    t = CLK.tick()
    base = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    emit(Line(fam).t("%s | INFO | dq.soda_sampler | table=%s check=\"%s\" failed_rows=%d storing sample to ANALYTICS.DQ_SAMPLES.SODA_FAILED_ROWS" % (base, tb, chk, n)))
    for p in R.sample(PEOPLE, n):
        L = Line(fam).t("%s | INFO | dq.soda_sampler | sample_row=" % base)
        if "member_id" in chk:
            row = {"member_id": P(p["member_id"], "health_plan"), "first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"), "loaded_at": "2024-03-11 04:1%d:00" % R.randint(0, 9)}
        elif "pcp_npi" in chk:
            row = {"member_id": P(p["member_id"], "health_plan"), "attribution_month": "2024-03-01", "pcp_npi": None, "plan_code": p["plan"]}
        elif "zip" in chk:
            row = {"member_id": P(p["member_id"], "health_plan"), "address_line_1": P(p["street"], "address"), "city": P(p["city"], "address"), "state": p["state"], "zip": P(p["zip"][:4], "zip")}
        elif "email" in chk:
            row = {"member_id": P(p["member_id"], "health_plan"), "email": P(R.choice([p["email"].split("@")[0] + "@", p["email"].rsplit(".", 1)[0], p["email"].replace("@", "@@"), p["email"].replace("@", " at ")]), "email"), "email_opt_in": True}
        else:
            row = {"member_id": P(p["member_id"], "health_plan"), "last_name": P(p["last"], "name"), "birth_date": None,
                   "age_yrs": P(p["age"], "age") if p["age"] > 89 else p["age"], "mbi": P(p["mbi"], "health_plan") if p["mbi"] else None}
        pyrepr(L, row)
        emit(L)


# --------------------------------------------------------------------------
# Monte Carlo
# --------------------------------------------------------------------------
def mc_alert():
    fam = "montecarlo-webhook"
    t = CLK.tick()
    kind = cyc("mc", ["freshness", "volume", "schema", "field_health", "sql_rule", "sql_rule", "sql_rule"])
    tbl = R.choice(["analytics:marts.fct_claim_lines", "analytics:marts.dim_members", "analytics:marts.fct_hedis_gaps",
                    "analytics:staging.stg_adt__encounters", "analytics:reporting.rpt_star_measures"])
    iid = uuid4()
    L = Line(fam).t("%s INFO mc-webhook-relay[%d]: received " % (t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000), R.randint(1000, 30000)))
    if kind == "freshness":
        d = {"type": "ANOMALIES_FRESHNESS", "id": iid, "created_time": t.isoformat() + "+00:00",
             "data": {"table_name": tbl, "last_update": (t - dt.timedelta(hours=R.randint(27, 60))).isoformat() + "+00:00",
                      "expected_update_interval_hours": 24}, "alert_url": "https://getmontecarlo.com/alerts/%s" % iid}
    elif kind == "volume":
        d = {"type": "ANOMALIES_SIZE", "id": iid, "created_time": t.isoformat() + "+00:00",
             "data": {"table_name": tbl, "row_count_prev": R.randint(800000, 4000000), "row_count_curr": R.randint(1000, 700000), "drop_pct": round(R.uniform(20, 99), 2)},
             "alert_url": "https://getmontecarlo.com/alerts/%s" % iid}
    elif kind == "schema":
        d = {"type": "SCHEMA_CHANGES", "id": iid, "created_time": t.isoformat() + "+00:00",
             "data": {"table_name": tbl, "changes": [{"field": "member_phone_2", "change": "added", "type": "VARCHAR(16777216)"}, {"field": "middle_initial", "change": "removed"}]},
             "alert_url": "https://getmontecarlo.com/alerts/%s" % iid}
    elif kind == "field_health":
        d = {"type": "ANOMALIES_FIELD_HEALTH", "id": iid, "created_time": t.isoformat() + "+00:00",
             "data": {"table_name": tbl, "field": R.choice(["pcp_npi", "zip", "birth_date", "allowed_amt"]), "metric": "NULL_RATE",
                      "value": round(R.uniform(0.05, 0.4), 4), "expected_range": [0.0, 0.012]}, "alert_url": "https://getmontecarlo.com/alerts/%s" % iid}
    else:
        p = person()
        sd = service_date()
        rule = cyc("mcrule", ["adt", "gap", "mbi"])
        if rule == "adt":
            data = {"rule_name": "adt_discharge_before_admit", "rule_description": "ADT events where discharge precedes admission",
                    "breach_count": R.randint(1, 5), "threshold": 0,
                    "sample_rows": [{"EMPI_ID": P(p["empi"], "mrn"), "FACILITY_MRN": P(p["mrn"], "mrn"),
                                     "ADMIT_DT": P((sd + dt.timedelta(days=3)).isoformat(), "date"), "DISCHARGE_DT": P(sd.isoformat(), "date"),
                                     "FACILITY": R.choice(["MERCY-STL", "UHOSP-DAY", "BAPT-HOU"])}]}
        elif rule == "gap":
            data = {"rule_name": "gap_closed_without_evidence", "rule_description": "HEDIS gaps marked CLOSED with no supporting claim/lab",
                    "breach_count": R.randint(3, 60), "threshold": 0,
                    "sample_rows": [{"MEMBER_ID": P(q["member_id"], "health_plan"), "MEASURE_ID": R.choice(MEASURES),
                                     "CLOSED_DT": P(service_date().isoformat(), "date"), "CLOSED_BY": R.choice(["chart_review", "supplemental_feed", "manual"])}
                                    for q in R.sample(PEOPLE, 2)]}
        else:
            q = R.choice([x for x in PEOPLE if x["mbi"]])
            data = {"rule_name": "mbi_shared_by_multiple_members", "rule_description": "same MBI on more than one active member_id",
                    "breach_count": 1, "threshold": 0,
                    "sample_rows": [{"MBI": P(q["mbi"], "health_plan"), "MEMBER_ID": P(q["member_id"], "health_plan"), "LAST_NAME": P(q["last"], "name")},
                                    {"MBI": P(q["mbi"], "health_plan"), "MEMBER_ID": P(p["member_id"], "health_plan"), "LAST_NAME": P(p["last"], "name")}]}
        d = {"type": "CUSTOM_SQL", "id": iid, "created_time": t.isoformat() + "+00:00", "data": data,
             "alert_url": "https://getmontecarlo.com/alerts/%s" % iid}
    jdump(L, d, compact=True)
    emit(L)


# --------------------------------------------------------------------------
# Spark / Databricks
# --------------------------------------------------------------------------
def spark_ts():
    return CLK.tick(0.01, 1.5).strftime("%y/%m/%d %H:%M:%S")


def spark_show(header, rows, truncate=True):
    fam = "spark-show"
    widths = []
    for ci, h in enumerate(header):
        w = max(3, len(h))
        for r in rows:
            w = max(w, len(str(plain(r[ci]))))
        widths.append(w)
    sep = "+" + "+".join("-" * w for w in widths) + "+"
    emit(Line(fam).t(sep))
    hdr = "|" + "|".join((h.rjust(widths[i]) if truncate else h.ljust(widths[i])) for i, h in enumerate(header)) + "|"
    emit(Line(fam).t(hdr))
    emit(Line(fam).t(sep))
    for r in rows:
        L = Line(fam).t("|")
        for ci, c in enumerate(r):
            if ci:
                L.t("|")
            s = str(plain(c))
            pad = " " * (widths[ci] - len(s))
            if truncate:
                L.t(pad)
            L.x(P(s, c.cat) if isinstance(c, P) else s)
            if not truncate:
                L.t(pad)
        L.t("|")
        emit(L)
    emit(Line(fam).t(sep))
    if R.random() < 0.4:
        emit(Line(fam).t("only showing top %d rows" % len(rows)))


def spark_session():
    fam = "spark-log4j"
    app = "app-2024031%d%06d-%04d" % (1, R.randint(0, 235959), R.randint(1, 9999))
    if R.random() < 0.3:
        emit(Line(fam).t("%s INFO SparkContext: Running Spark version 3.4.1" % spark_ts()))
    if R.random() < 0.5:
        emit(Line(fam).t("%s INFO DatabricksILoop$: Attached notebook /Repos/data-eng/pophealth-dq/notebooks/%s" % (spark_ts(), R.choice(["hedis_gap_reconcile", "claims_dedupe_audit", "attribution_qa", "adt_feed_checks"]))))
    if R.random() < 0.4:
        emit(Line(fam).t("%s INFO StandaloneSchedulerBackend: Connected to Spark cluster with app ID %s" % (spark_ts(), app)))
    for _ in range(R.randint(0, 1)):
        emit(Line(fam).t("%s INFO FileSourceStrategy: Pushed Filters: IsNotNull(member_id),GreaterThanOrEqual(service_from_dt,2023-01-01)" % spark_ts()))
        dd = R.randint(1, 10)
        emit(Line(fam).t("%s INFO FileScanRDD: Reading File path: dbfs:/mnt/raw/claims_837/dt=2024-03-%02d/part-%05d-%s-c000.snappy.parquet, range: 0-%d, partition values: [2024-03-%02d]"
                         % (spark_ts(), dd, R.randint(0, 199), uuid4(), R.randint(10_000_000, 134_217_728), dd)))
        emit(Line(fam).t("%s INFO TaskSetManager: Finished task %d.0 in stage %d.0 (TID %d) in %d ms on 10.139.64.%d (executor %d) (%d/%d)"
                         % (spark_ts(), R.randint(0, 199), R.randint(1, 40), R.randint(100, 9000), R.randint(80, 20000), R.randint(4, 250), R.randint(0, 7), R.randint(1, 200), 200)))
    if R.random() < 0.6:
        emit(Line(fam).t("%s INFO DAGScheduler: Job %d finished: showString at NativeMethodAccessorImpl.java:0, took %.6f s" % (spark_ts(), R.randint(1, 90), R.uniform(0.2, 40))))
    kind = R.choice(["members", "gaps", "agg", "adt", "rpm", "agg_measure", "members", "gaps", "adt", "rpm"])
    ppl = R.sample(PEOPLE, R.randint(5, 12))
    trunc = R.random() < 0.7
    if kind == "members":
        header = ["member_id", "first_name", "last_name", "dob", "zip", "plan_cd", "cnt"]
        rows = [[P(p["member_id"], "health_plan"), P(p["first"], "name"), P(p["last"], "name"), P(p["dob"].isoformat(), "date"), P(p["zip"], "zip"), p["plan"], str(R.randint(2, 4))] for p in ppl]
        spark_show(header, rows, trunc)
    elif kind == "gaps":
        header = ["mbi", "last_nm", "age", "measure", "gap_status", "last_svc_dt"]
        rows = []
        for p in ppl:
            age = P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"])
            rows.append([P(p["mbi"], "health_plan") if p["mbi"] else "null", P(p["last"], "name"), age, R.choice(MEASURES), R.choice(["OPEN", "CLOSED", "EXCLUDED"]), P(service_date().isoformat(), "date")])
        spark_show(header, rows, trunc)
    elif kind == "adt":
        header = ["empi_id", "fac_mrn", "event_type", "admit_ts", "disch_ts", "facility"]
        rows = []
        for p in ppl:
            sd = service_date()
            rows.append([P(p["empi"], "mrn"), P(p["mrn"], "mrn"), R.choice(["A01", "A03", "A04", "A08"]), P(sd.isoformat() + " %02d:%02d:00" % (R.randint(0, 23), R.randint(0, 59)), "date"),
                         P((sd + dt.timedelta(days=R.randint(0, 6))).isoformat() + " %02d:%02d:00" % (R.randint(0, 23), R.randint(0, 59)), "date") if R.random() < 0.7 else "null", R.choice(["MERCY-STL", "UHOSP-DAY", "BAPT-HOU"])])
        spark_show(header, rows, trunc)
    elif kind == "rpm":
        header = ["member_id", "device_serial", "imei", "reading_ts", "systolic", "diastolic"]
        rows = []
        for p in ppl:
            rows.append([P(p["member_id"], "health_plan"), P(p["device"], "device"), P(p["imei"], "device"), P("2024-03-%02d 0%d:%02d:%02d" % (R.randint(8, 10), R.randint(6, 9), R.randint(0, 59), R.randint(0, 59)), "date"), str(R.randint(110, 182)), str(R.randint(60, 104))])
        spark_show(header, rows, trunc)
    elif kind == "agg_measure":
        header = ["measure_id", "lob", "denominator", "numerator", "rate", "star_cut_4"]
        rows = []
        for m in R.sample(MEASURES, 4):
            d = R.randint(900, 60000)
            nn = R.randint(d // 3, d)
            rows.append([m, R.choice(PLANS), str(d), str(nn), "%.4f" % (nn / d), "%.2f" % R.uniform(0.5, 0.9)])
        spark_show(header, rows, trunc)
    else:
        header = ["source_file_dt", "claim_type", "n_rows", "n_dupe_claim_id", "min_svc_dt", "max_svc_dt"]
        rows = []
        for k in range(R.randint(2, 5)):
            rows.append(["2024-03-%02d" % (k + 4), R.choice(["837P", "837I", "NCPDP"]), str(R.randint(10000, 900000)), str(R.randint(0, 400)), "2023-0%d-01" % R.randint(1, 9), "2024-03-0%d" % R.randint(1, 9)])
        spark_show(header, rows, trunc)
    if R.random() < 0.5:
        p = person()
        emit(Line(fam).t("%s WARN TaskSetManager: Lost task %d.0 in stage %d.0 (TID %d) (10.139.64.%d executor %d): org.apache.spark.SparkDateTimeException: [CAST_INVALID_INPUT] The value '"
                         % (spark_ts(), R.randint(0, 99), R.randint(1, 40), R.randint(100, 9000), R.randint(4, 250), R.randint(0, 7)))
             .p(p["dob"].strftime("%d-%b-%Y").upper(), "date").t("' of the type \"STRING\" cannot be cast to \"DATE\" because it is malformed. Correct the value as per the syntax, or change its target type. Use `try_cast` to tolerate malformed input and return NULL instead."))
    if R.random() < 0.5:
        emit(Line(fam).t("%s INFO SparkContext: Successfully stopped SparkContext" % spark_ts()) if R.random() < 0.3 else
         Line(fam).t("%s INFO BlockManagerInfo: Removed broadcast_%d_piece0 on 10.139.64.%d:%d in memory (size: %.1f KiB, free: %.1f GiB)" % (spark_ts(), R.randint(1, 60), R.randint(4, 250), R.randint(30000, 45000), R.uniform(5, 80), R.uniform(2, 14))))


# --------------------------------------------------------------------------
# Snowflake query history export
# --------------------------------------------------------------------------
SF_HEADER = "QUERY_ID,QUERY_TEXT,DATABASE_NAME,SCHEMA_NAME,QUERY_TYPE,USER_NAME,ROLE_NAME,WAREHOUSE_NAME,EXECUTION_STATUS,ERROR_CODE,ERROR_MESSAGE,START_TIME,END_TIME,TOTAL_ELAPSED_TIME,BYTES_SCANNED,ROWS_PRODUCED"


def csvq(L, parts):
    """parts: list of str/P fragments making one CSV field; quote field if needed."""
    text = "".join(plain(x) for x in parts)
    need = any(c in text for c in ',"\n')
    if need:
        L.t('"')
    for x in parts:
        if isinstance(x, P):
            L.p(x.v.replace('"', '""'), x.cat)
        else:
            L.t(x.replace('"', '""'))
    if need:
        L.t('"')


def snowflake_session():
    fam = "snowflake-query-history-csv"
    if not any(L.family == fam for L in OUT) or R.random() < 0.3:
        emit(Line(fam).t(SF_HEADER))
    for _ in range(R.randint(5, 9)):
        t = CLK.tick(1, 40)
        q = R.random()
        user = R.choice(STAFF_USERS[:5]) if q >= 0.25 else R.choice(STAFF_USERS)
        err = ("", "")
        status = "SUCCESS"
        p = person()
        if user == "DBT_PROD_SVC" or q < 0.15:
            m = R.choice(MODELS)
            text = ['/* {"app": "dbt", "dbt_version": "1.7.9", "profile_name": "pophealth_dw", "target_name": "prod", "node_id": "model.pophealth_dw.%s"} */ create or replace transient table ANALYTICS.%s.%s as (select ...)' % (m, schema_for(m), m.upper())]
            qt = "CREATE_TABLE_AS_SELECT"
            user = "DBT_PROD_SVC"
            rows = R.randint(1000, 5000000)
        elif user == "LOOKER_SVC" or q < 0.25:
            text = ["select measure_id, count(*) as open_gaps from ANALYTICS.MARTS.FCT_HEDIS_GAPS where gap_status = 'OPEN' and measurement_year = 2024 group by 1 order by 2 desc"]
            qt = "SELECT"
            rows = R.randint(8, 30)
        elif q < 0.62:
            text = ["select * from ANALYTICS.MARTS.DIM_MEMBERS where last_name ilike '", P(p["last"], "name"), "' and birth_date = '", P(p["dob"].isoformat(), "date"), "'"]
            qt = "SELECT"
            rows = R.randint(1, 2)
        elif q < 0.72:
            text = ["select claim_id, svc_from_dt, cpt_cd, allowed_amt from ANALYTICS.MARTS.FCT_CLAIM_LINES where member_id = '", P(p["member_id"], "health_plan"), "' order by svc_from_dt desc limit 50"]
            qt = "SELECT"
            rows = R.randint(3, 50)
        elif q < 0.80:
            text = ["update ANALYTICS.STAGING.MEMBER_CONTACT_OVERRIDES set phone = '", P(p["phone"], "phone"), "', updated_by = '%s' where mbi = '" % user, P(p["mbi"] or make_mbi(), "health_plan"), "'"]
            qt = "UPDATE"
            rows = 1
        elif q < 0.88:
            bad = service_date().strftime("%m/%d/%y")
            text = ["insert into ANALYTICS.STAGING.MANUAL_GAP_CLOSURES (member_id, measure_id, closed_dt, source) values ('", P(p["member_id"], "health_plan"), "', 'COL-E', '", P(bad, "date"), "', 'chart_review')"]
            qt = "INSERT"
            rows = 0
            status = "FAILED_WITH_ERROR"
            err = ("100040", "Date '%s' is not recognized" % bad)
        else:
            text = ["select count(*) from ANALYTICS.STAGING.STG_ELIGIBILITY__MEMBERS where loaded_at >= '2024-03-11 00:00:00'"]
            qt = "SELECT"
            rows = 1
        L = Line(fam).t(snow_qid() + ",")
        csvq(L, text)
        L.t(",ANALYTICS,%s,%s,%s,%s,%s,%s," % (R.choice(["MARTS", "STAGING", "PUBLIC"]), qt, user,
                                              "TRANSFORMER" if user == "DBT_PROD_SVC" else "REPORTER" if user == "LOOKER_SVC" else R.choice(["ANALYST_PHI", "DATA_ENGINEER"]),
                                              R.choice(["TRANSFORM_WH", "ANALYST_WH_XS", "DQ_WH"]), status))
        if err[0]:
            L.t(err[0] + ",")
            csvq(L, ["Date '", P(err[1].split("'")[1], "date"), "' is not recognized"])
        else:
            L.t(",")
        el = R.randint(80, 600000)
        e = t + dt.timedelta(milliseconds=el)
        L.t(",%s -0700,%s -0700,%d,%d,%d" % (t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000),
                                              e.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (e.microsecond // 1000), el, R.randint(0, 9_000_000_000), rows))
        emit(L)


# --------------------------------------------------------------------------
# Airbyte
# --------------------------------------------------------------------------
def ab_ts():
    return CLK.tick(0.05, 4).strftime("%Y-%m-%d %H:%M:%S")


def make_rec(src, p):
    if src == "eligibility":
        rec = {"subscriber_id": P(p["sub_id"], "health_plan"), "member_id": P(p["member_id"], "health_plan"),
               "rel_cd": "18", "first_nm": P(p["first"], "name"), "last_nm": P(p["last"], "name"),
               "dob": P(p["dob"].strftime("%Y%m%d"), "date"), "ssn": P(p["ssn"].replace("-", ""), "ssn"),
               "addr1": P(p["street"], "address"), "city": P(p["city"], "address"), "st": p["state"], "zip": P(p["zip"], "zip"),
               "group_no": "GRP-%06d" % R.randint(1000, 99999), "maint_type_cd": "021", "eff_dt": P(R.choice(["20240101", "20240201", "20230701", "20240301"]), "date")}
        if p["medicaid"]:
            rec["medicaid_id"] = P(p["medicaid"], "health_plan")
        if R.random() < 0.35:
            rec["home_fax"] = P(p["phone"][:10] + "01%02d" % R.randint(0, 99), "fax")
    elif src == "rpm":
        rec = {"patientRef": P(p["mrn"], "mrn"), "deviceSerial": P(p["device"], "device"), "imei": P(p["imei"], "device"),
               "gatewayMac": P(p["mac"], "device"), "readingType": "blood_pressure", "systolic": R.randint(110, 185), "diastolic": R.randint(60, 105),
               "pulse": R.randint(55, 110), "measuredAt": P("2024-03-%02dT%02d:%02d:00Z" % (R.randint(8, 10), R.randint(10, 22), R.randint(0, 59)), "date"), "firmware": "4.2.%d" % R.randint(0, 9)}
    elif src == "portal":
        rec = {"login_id": R.randint(10_000_000, 99_999_999), "username": P(p["username"], "other_id"), "email": P(p["email"], "email"),
               "client_ip": P(p["ip"], "ip"), "user_agent": R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)", "okhttp/4.12.0"]),
               "mfa": R.choice(["sms", "totp", "none"]), "session_id": hexs(24),
               "avatar_thumb": P("data:image/png;base64," + base64.b64encode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x30\x00\x00\x00\x30\x08\x02\x00\x00\x00" + bytes(R.randint(0, 255) for _ in range(R.choice([96, 120, 144])))).decode(), "photo") if R.random() < 0.4 else None,
               "profile_url": P("https://my.pophealthplus.com/members/%s/profile" % p["username"], "url") if R.random() < 0.5 else None}
    elif src == "nemt":
        rec = {"trip_id": "TRP-%07d" % R.randint(0, 9999999), "member_medicaid_id": P(p["medicaid"] or ("NM" + digits(9)), "health_plan"),
               "member_name": P("%s, %s" % (p["last"], p["first"]), "name"), "trip_date": P(service_date().isoformat(), "date"),
               "miles": round(R.uniform(3, 80), 1), "vehicle_plate": P(p["plate"], "vehicle"), "vin": P(p["vin"], "vehicle"),
               "driver_license_no": P(p["dl"], "license"), "reimb_rate": 0.21}
    elif src == "payments":
        rec = {"payment_id": "pay_%s" % hexs(14), "guarantor_account": P(p["acct"], "account"), "payer_name": P("%s %s" % (p["first"], p["last"]), "name"),
               "ach_routing": "0%08d" % R.randint(11000000, 99999999), "ach_account": P(p["ach"], "account"),
               "card_number": P(p["card"], "account"), "amount": round(R.uniform(10, 400), 2), "currency": "USD", "status": "settled"}
    else:
        tmpl = base64.b64encode(b"VPRT\x02\x00" + bytes(R.randint(0, 255) for _ in range(90))).decode()
        rec = {"callerId": P(p["phone"], "phone"), "memberId": P(p["member_id"], "health_plan"), "enrollStatus": "ENROLLED",
               "voiceprintTemplate": P(tmpl, "biometric"), "engine": "vb-9.3", "channel": "IVR"}
    return rec


def x12_lines(p):
    fam = "airbyte-sync"
    seg = R.randint(1200, 90000)
    isa = "%09d" % R.randint(1, 999999)
    L = Line(fam).t("%s source > \x1b[33mWARN\x1b[m c.p.e.X12Parser(parseLoop2100A):%d - unmapped element in ISA %s seg %d: " % (ab_ts(), R.randint(200, 400), isa, seg))
    L.t("NM1*IL*1*").p(fold(p["last"]).upper(), "name").t("*").p(fold(p["first"]).upper(), "name").t("****34*").p(p["ssn"].replace("-", ""), "ssn").t("~")
    emit(L)
    if R.random() < 0.6:
        L = Line(fam).t("%s source > \x1b[33mWARN\x1b[m c.p.e.X12Parser(parseLoop2100A):%d - unmapped element in ISA %s seg %d: " % (ab_ts(), R.randint(200, 400), isa, seg + 1))
        ph = "".join(c for c in p["phone"] if c.isdigit())
        L.t("PER*IP**HP*").p(ph, "phone")
        if R.random() < 0.5:
            L.t("*FX*").p(ph[:6] + "%04d" % R.randint(100, 199), "fax")
        else:
            L.t("*EM*").p(p["email"].upper(), "email")
        L.t("~")
        emit(L)
    if R.random() < 0.5:
        L = Line(fam).t("%s source > \x1b[32mINFO\x1b[m c.p.e.X12Parser(parseLoop2100A):%d - ISA %s seg %d " % (ab_ts(), R.randint(200, 400), isa, seg + 2))
        L.t("DMG*D8*").p(p["dob"].strftime("%Y%m%d"), "date").t("*%s~ N4*" % p["sex"]).p(fold(p["city"]).upper(), "address").t("*%s*" % p["state"]).p(p["zip"], "zip").t("~")
        emit(L)
    else:
        emit(Line(fam).t("%s source > \x1b[32mINFO\x1b[m c.p.e.X12Parser(parseHeader):%d - ISA %s GS*BE*PAYERCO*PHANALYTICS*20240311*0412*%d*X*005010X220A1~ segments=%d" % (ab_ts(), R.randint(80, 120), isa, R.randint(1000, 99999), R.randint(5000, 400000))))


def airbyte_session():
    fam = "airbyte-sync"
    job = R.randint(18000, 26000)
    conn = uuid4()
    src = cyc("airbyte", ["eligibility", "rpm", "portal", "nemt", "payments", "ivr", "eligibility", "portal"])
    srcname = {"eligibility": "source-postgres (payer_834_landing)", "rpm": "source-http (rpm-vendor-api)",
               "portal": "source-mysql (member_portal)", "nemt": "source-s3 (nemt_trips)", "payments": "source-postgres (premium_billing)",
               "ivr": "source-http (ivr-outreach)"}[src]
    stream = {"eligibility": "members_834", "rpm": "device_readings", "portal": "portal_logins", "nemt": "mileage_reimbursements",
              "payments": "premium_payments", "ivr": "voice_enrollments"}[src]
    if R.random() < 0.3:
        emit(Line(fam).t("%s \x1b[32mINFO\x1b[m i.a.w.t.TemporalAttemptExecution(get):138 - Docker volume job log path: /tmp/workspace/%d/0/logs.log" % (ab_ts(), job)))
    if R.random() < 0.25:
        emit(Line(fam).t("%s \x1b[32mINFO\x1b[m i.a.w.t.TemporalAttemptExecution(get):143 - Executing worker wrapper. Airbyte version: 0.50.%d" % (ab_ts(), R.choice([33, 38, 44]))))
    if R.random() < 0.5:
        emit(Line(fam).t("%s replication-orchestrator > Starting source: %s, connection %s" % (ab_ts(), srcname, conn)))
    if R.random() < 0.5:
        emit(Line(fam).t("%s source > Syncing stream: %s " % (ab_ts(), stream)))
    if src == "eligibility" and R.random() < 0.8:
        for p in R.sample(PEOPLE, R.randint(1, 3)):
            x12_lines(p)
    if R.random() < 0.3:
        emit(Line(fam).t("%s replication-orchestrator > Records read: %d (%d MB)" % (ab_ts(), R.randint(1, 40) * 1000, R.randint(1, 60))))
    for p in R.sample(PEOPLE, R.randint(2, 5)):
        rec = make_rec(src, p)
        L = Line(fam).t("%s destination > \x1b[33mWARN\x1b[m i.a.i.d.s.SnowflakeSqlOperations(insertRecordsInternal):%d - Record rejected (column type mismatch), sample: " % (ab_ts(), R.randint(60, 140)))
        msg = {"type": "RECORD", "record": {"stream": stream, "data": rec, "emitted_at": int(CLK.t.timestamp() * 1000)}}
        jdump(L, msg, compact=True)
        emit(L)
    if src == "portal" and R.random() < 0.8:
        img = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.randint(0, 255) for _ in range(150))).decode()
        L2 = Line(fam).t("%s source > \x1b[33mWARN\x1b[m i.a.c.u.JsonSchemas(traverse):112 - field avatar exceeds 65535 bytes for username=" % ab_ts())
        L2.p(p["username"], "other_id").t(", truncated value: ").p("data:image/jpeg;base64," + img, "photo").t("...")
        emit(L2)
    if R.random() < 0.4:
        emit(Line(fam).t("%s replication-orchestrator > Schema validation errors found for stream %s. Error messages: [$.%s: integer found, string expected]" % (ab_ts(), stream, {"members_834": "zip", "device_readings": "systolic", "portal_logins": "login_id", "mileage_reimbursements": "miles", "premium_payments": "amount", "voice_enrollments": "engine"}[stream])))
    if R.random() < 0.3:
        emit(Line(fam).t("%s destination > \x1b[32mINFO\x1b[m i.a.i.d.s.SnowflakeInternalStagingSqlOperations(uploadRecordsToStage):%d - Successfully loaded records to stage %s/2024/03/11/%02d/%s" % (ab_ts(), R.randint(90, 130), stream, CLK.t.hour, uuid4())))
    if R.random() < 0.4:
        emit(Line(fam).t("%s replication-orchestrator > Total records read: %d (%d MB); bytesCommitted: %d; recordsCommitted: %d" % (ab_ts(), R.randint(5000, 90000), R.randint(1, 90), R.randint(10**6, 10**8), R.randint(5000, 90000))))
    if R.random() < 0.5:
        emit(Line(fam).t("%s \x1b[32mINFO\x1b[m i.a.w.g.DefaultReplicationWorker(getReplicationOutput):%d - sync summary: {\"status\":\"completed\",\"recordsSynced\":%d,\"bytesSynced\":%d,\"startTime\":%d,\"endTime\":%d,\"totalStats\":{\"recordsEmitted\":%d,\"recordsCommitted\":%d}}"
                         % (ab_ts(), R.randint(300, 500), R.randint(5000, 90000), R.randint(10**6, 10**8), 1710140000000 + R.randint(0, 9999999), 1710150000000 + R.randint(0, 9999999), R.randint(5000, 90000), R.randint(5000, 90000))))


# --------------------------------------------------------------------------
# Slack alert bot
# --------------------------------------------------------------------------
SLACK_CH = {"#dq-alerts": "C04QH8L2K1A", "#data-eng-oncall": "C03MZ7T1R9Q", "#care-mgmt-data": "C05B2XK8P4D"}


def slack_ts():
    t = CLK.tick()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def slack_post(text_parts, channel="#dq-alerts", blocks=True):
    fam = "slack-sdk"
    L = Line(fam).t("%s DEBUG slack_sdk.web.base_client Sending a request - url: https://www.slack.com/api/chat.postMessage, query_params: {}, body_params: {}, files: {}, json_body: {'channel': '%s', 'text': '" % (slack_ts(), SLACK_CH[channel]))
    for x in text_parts:
        L.x(x)
    L.t("', 'unfurl_links': False}, headers: {'Content-Type': 'application/json;charset=utf-8', 'Authorization': '(redacted)', 'User-Agent': 'Python/3.11.7 slackclient/3.26.2 Linux/5.15.0-1051-aws'}")
    emit(L)
    ts = "%d.%06d" % (int(CLK.t.timestamp()), R.randint(0, 999999))
    emit(Line(fam).t('%s DEBUG slack_sdk.web.base_client Received the following response - status: 200, headers: {\'content-type\': \'application/json; charset=utf-8\', \'x-slack-req-id\': \'%s\'}, body: {"ok":true,"channel":"%s","ts":"%s","message":{"bot_id":"B05R1K2Q9LM","type":"message","subtype":"bot_message"}}' % (slack_ts(), hexs(32), SLACK_CH[channel], ts)))


def slack_for_test(fail):
    tname, model, col, n = fail
    p = person()
    fam = "slack-alertbot"
    emit(Line(fam).t("%s INFO dq_alertbot.router rule=dbt_test_failure test=%s severity=high route=#dq-alerts mention=@%s" % (slack_ts(), tname[:60], R.choice(SLACK_STAFF))))
    if col in ("member_id", "subscriber_id", "mbi", "birth_date"):
        parts = ["🚨 *dbt test failed* `%s` (%d rows)\\n• model: `%s`\\n• first failing row: member_id=`" % (tname[:60], n, model),
                 P(p["member_id"], "health_plan"), "` name=`", P("%s, %s" % (p["last"], p["first"]), "name"), "`\\n<@U04K9M2LQ> please triage"]
    else:
        parts = ["🚨 *dbt test failed* `%s` (%d rows)\\n• model: `%s`\\n• audit table: `DBT_TEST__AUDIT.%s`\\n<@U04K9M2LQ> please triage" % (tname[:60], n, model, tname[:40])]
    slack_post(parts)


def slack_misc():
    fam = "slack-alertbot"
    r = cyc("slack", [0.1, 0.3, 0.5, 0.6, 0.8, 0.9, 0.82, 0.92, 0.52])
    p = person()
    if r < 0.25:
        emit(Line(fam).t("%s INFO dq_alertbot.digest posted daily digest to #dq-alerts: %d dbt failures, %d GE suites failing, %d Soda checks failed, %d MC incidents open"
                         % (slack_ts(), R.randint(0, 6), R.randint(0, 4), R.randint(0, 9), R.randint(0, 5))))
    elif r < 0.4:
        emit(Line(fam).t("%s INFO dq_alertbot.ack incident=%s acknowledged by @%s in #data-eng-oncall (MTTA %dm)" % (slack_ts(), uuid4(), R.choice(SLACK_STAFF), R.randint(2, 90))))
    elif r < 0.55:
        emit(Line(fam).t("%s WARNING dq_alertbot.redact PHI redaction skipped for payload (redactor timeout after 2000ms) rule=ge_failure channel=#dq-alerts" % slack_ts()))
        sd = service_date()
        slack_post(["⚠️ GE suite `adt_feed.warning` failed: discharge before admit for EMPI `", P(p["empi"], "mrn"), "` (admit ",
                    P((sd + dt.timedelta(days=2)).isoformat(), "date"), ", discharge ", P(sd.isoformat(), "date"), ")"])
    elif r < 0.7:
        slack_post(["📉 Monte Carlo: volume drop on `analytics:marts.fct_claim_lines` (-%d%%). Incident owner: %s" % (R.randint(20, 90), R.choice(STAFF))], "#data-eng-oncall")
    elif r < 0.85:
        slack_post(["📝 Care-mgmt worklist row rejected: case `", P(p["cm_case"], "other_id"), "` for ", P("%s %s" % (p["first"], p["last"]), "name"),
                    " (DOB ", P(p["dob"].strftime("%m/%d/%Y"), "date"), ", age ", P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"]), ") has no phone; last known ", P(p["phone"], "phone"), " bounced. cc <@U03QAB1CD>"], "#care-mgmt-data")
    else:
        kit = p["fit_kit"]
        url = "https://pophealth.cloud.looker.com/explore/quality/gap_list?f[dim_members.last_name]=%s&f[dim_members.first_name]=%s" % (fold(p["last"]).replace(" ", "+"), fold(p["first"]).replace(" ", "+"))
        slack_post(["🧪 FIT kit `", P(kit, "other_id"), "` returned but COL-E gap still open. Explore: <", P(url, "url"), "|gap list>"], "#care-mgmt-data")


# --------------------------------------------------------------------------
# misc scheduler / orchestration lines (no PHI, look-alikes)
# --------------------------------------------------------------------------
def orchestrator_line():
    fam = "airflow-task"
    t = CLK.tick()
    dag = R.choice(["dq_nightly", "hedis_refresh", "claims_ingest_837", "attribution_monthly"])
    task = R.choice(["dbt_run", "dbt_test", "ge_checkpoint", "soda_scan", "notify_slack"])
    run_id = "scheduled__2024-03-1%dT05:00:00+00:00" % R.randint(0, 1)
    r = R.random()
    if r < 0.4:
        txt = "[%s,%03d] {taskinstance.py:1159} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: %s.%s %s [queued]>" % (t.strftime("%Y-%m-%d, %H:%M:%S"), t.microsecond // 1000, dag, task, run_id)
    elif r < 0.7:
        txt = "[%s,%03d] {subprocess.py:93} INFO - Command exited with return code %d" % (t.strftime("%Y-%m-%d, %H:%M:%S"), t.microsecond // 1000, R.choice([0, 0, 1, 2]))
    else:
        txt = "[%s,%03d] {taskinstance.py:1400} INFO - Marking task as %s. dag_id=%s, task_id=%s, execution_date=20240311T050000, start_date=20240311T%02d%02d%02d, end_date=20240311T%02d%02d%02d" % (
            t.strftime("%Y-%m-%d, %H:%M:%S"), t.microsecond // 1000, R.choice(["SUCCESS", "FAILED", "UP_FOR_RETRY"]), dag, task, t.hour, t.minute, t.second, t.hour, t.minute + 1 if t.minute < 59 else 0, t.second)
    emit(Line(fam).t(txt))


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
SESSIONS = [(dbt_run_session, 3), (dbt_test_session, 5), (dbt_json_session, 2), (ge_session, 5), (soda_session, 3),
            (mc_alert, 4), (spark_session, 6), (snowflake_session, 3), (airbyte_session, 6), (slack_misc, 5), (orchestrator_line, 3)]


PLAN = ([dbt_run_session] * 2 + [dbt_test_session] * 4 + [dbt_json_session] * 2 + [dbt_show_json_session] * 8
        + [spark_session] * 5 + [airbyte_session] * 10 + [snowflake_session] * 5 + [soda_session] * 3 + [ge_session] * 5
        + [slack_misc] * 9 + [mc_alert] * 7 + [orchestrator_line] * 10)


def airbyte_record_line():
    fam = "airbyte-sync"
    src = cyc("ab1", ["eligibility", "rpm", "portal", "nemt", "payments", "ivr"])
    stream = {"eligibility": "members_834", "rpm": "device_readings", "portal": "portal_logins", "nemt": "mileage_reimbursements",
              "payments": "premium_payments", "ivr": "voice_enrollments"}[src]
    p = person()
    L = Line(fam).t("%s destination > \x1b[33mWARN\x1b[m i.a.i.d.s.SnowflakeSqlOperations(insertRecordsInternal):%d - Record rejected (column type mismatch), sample: " % (ab_ts(), R.randint(60, 140)))
    jdump(L, {"type": "RECORD", "record": {"stream": stream, "data": make_rec(src, p), "emitted_at": int(CLK.t.timestamp() * 1000)}}, compact=True)
    emit(L)


def mc_sql_alert():
    CYC["mc"] = ["sql_rule"]
    mc_alert()


DENSE = [ge_result, dbt_show_json_session, airbyte_record_line, mc_sql_alert]


def main():
    plan = list(PLAN)
    R.shuffle(plan)
    # the nightly run starts with the orchestrator and dbt
    plan.remove(dbt_run_session)
    plan.insert(0, dbt_run_session)
    plan.insert(0, orchestrator_line)
    tail = [orchestrator_line, dbt_run_session, orchestrator_line, dbt_json_session] * 20
    for fn in plan + tail:
        if len(OUT) >= 500:
            break
        while OUT and len(OUT) < 500 and sum(1 for L in OUT if not L.spans) / len(OUT) > 0.547:
            R.choice(DENSE)()
            CLK.jump(R.randint(0, 3))
        fn()
        CLK.jump(R.randint(1, 7))
    lines = OUT[:500]
    # make sure the cut does not leave a dangling table header etc. (fine for logs)
    log_path = os.path.join(HERE, "ex.log")
    lab_path = os.path.join(HERE, "ex.labels.jsonl")
    with open(log_path, "wb") as lf, open(lab_path, "w", encoding="utf-8", newline="\n") as jf:
        for i, L in enumerate(lines, 1):
            b = bytes(L.b)
            assert b"\n" not in b and b"\r" not in b, i
            assert len(b) <= 4000, (i, len(b))
            b.decode("utf-8")
            prev = -1
            spans = []
            for s, e, cat, val in L.spans:
                assert b[s:e] == val.encode("utf-8"), (i, s, e, val)
                assert s >= prev and e > s, (i, s, e)
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            lf.write(b + b"\n")
            jf.write(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
    for L in OUT[:500]:
        for sp in L.spans:
            assert sp[2] in CATS, sp
