#!/usr/bin/env python3
"""Deterministic generator for the fx test corpus.

Theme: hospital ML platform for early warning scores (sepsis, deterioration,
30-day readmission). Writes fx.log and fx.labels.jsonl next to this file.
Standard library only; fixed seed; byte-identical across runs.
"""
import base64
import json
import os
import random
import string
import unicodedata
from datetime import date, datetime, timedelta

random.seed(18_2024_11)

HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TODAY = date(2024, 11, 18)


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.b = bytearray()
        self.spans = []

    def t(self, s):
        self.b += s.encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        st = len(self.b)
        self.b += s.encode("utf-8")
        self.spans.append({"s": st, "e": len(self.b), "cat": cat, "v": s})
        return self

    def o(self, s, cat):
        """Optional: label only if cat is not None."""
        return self.p(s, cat) if cat else self.t(str(s))


class P:
    """A PHI value inside a structure to serialize (json / python repr)."""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class W:
    """Wrapped raw text: pre + val + post, val labelled with cat (or None)."""

    def __init__(self, pre, val, post, cat=None):
        self.pre, self.val, self.post, self.cat = pre, val, post, cat


class Raw:
    def __init__(self, text):
        self.text = text


def jput(L, o, ensure_ascii=True, sep=", ", kv=": "):
    if isinstance(o, P):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=ensure_ascii)
            L.t('"').p(enc[1:-1], o.cat).t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, W):
        L.t(o.pre).o(o.val, o.cat).t(o.post)
    elif isinstance(o, Raw):
        L.t(o.text)
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep)
            L.t(json.dumps(k, ensure_ascii=ensure_ascii) + kv)
            jput(L, v, ensure_ascii, sep, kv)
        L.t("}")
    elif isinstance(o, (list, tuple)):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep)
            jput(L, v, ensure_ascii, sep, kv)
        L.t("]")
    else:
        L.t(json.dumps(o, ensure_ascii=ensure_ascii))


def rput(L, o):
    """Python repr() style serialization."""
    if isinstance(o, P):
        if isinstance(o.v, str):
            r = repr(o.v)
            L.t(r[0]).p(r[1:-1], o.cat).t(r[-1])
        else:
            L.p(repr(o.v), o.cat)
    elif isinstance(o, W):
        L.t(o.pre).o(o.val, o.cat).t(o.post)
    elif isinstance(o, Raw):
        L.t(o.text)
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(", ")
            L.t(repr(k) + ": ")
            rput(L, v)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(", ")
            rput(L, v)
        L.t("]")
    elif isinstance(o, tuple):
        L.t("(")
        for i, v in enumerate(o):
            if i:
                L.t(", ")
            rput(L, v)
        L.t(",)" if len(o) == 1 else ")")
    else:
        L.t(repr(o))


# ---------------------------------------------------------------- id helpers
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


def rdigits(n):
    return "".join(random.choice(string.digits) for _ in range(n))


def mk_card():
    body = random.choice(["4539", "4716", "5425", "5178"]) + rdigits(11)
    return body + luhn_digit(body)


def mk_imei():
    body = random.choice(["35693803", "35209900", "86891203", "35328411"]) + rdigits(6)
    return body + luhn_digit(body)


def mk_ssn():
    area = random.randint(101, 665)
    if area == 666:
        area = 667
    return "%03d-%02d-%04d" % (area, random.randint(1, 99), random.randint(1, 9999))


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mk_mbi():
    an = MBI_ALPHA + string.digits
    return "".join([
        random.choice("123456789"), random.choice(MBI_ALPHA), random.choice(an),
        random.choice(string.digits), random.choice(MBI_ALPHA), random.choice(an),
        random.choice(string.digits), random.choice(MBI_ALPHA), random.choice(MBI_ALPHA),
        random.choice(string.digits), random.choice(string.digits)])


VIN_TR = {**{str(d): d for d in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def mk_vin():
    wmi = random.choice(["1HG", "JTD", "5YJ", "1FT", "2T1", "WVW", "KNA"])
    vds = "".join(random.choice(VIN_CH) for _ in range(5))
    year = random.choice("EFGHJKLMNPR")
    plant = random.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    serial = rdigits(6)
    v = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]


def mk_nhs():
    while True:
        d = [random.randint(0, 9) for _ in range(9)]
        d[0] = random.randint(4, 7)
        s = sum(x * (10 - i) for i, x in enumerate(d))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            n = "".join(map(str, d)) + str(c)
            return n[:3] + " " + n[3:6] + " " + n[6:]


def b64(n):
    return base64.b64encode(bytes(random.getrandbits(8) for _ in range(n))).decode()


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], random.choice("89ab"), h[17:20], h[20:32])


def phone_fmt(area, line, style):
    if style == 0:
        return "(%s) 555-%s" % (area, line)
    if style == 1:
        return "%s-555-%s" % (area, line)
    if style == 2:
        return "+1%s555%s" % (area, line)
    if style == 3:
        return "+1 %s 555 %s" % (area, line)
    return "%s.555.%s" % (area, line)


# ---------------------------------------------------------------- people
PATIENT_NAMES = [
    ("Ngozi", "Adeyemi"), ("Tomás", "Echeverría"), ("Oksana", "Hrytsenko"),
    ("Keoni", "Kahananui"), ("Lan", "Nguyễn"), ("Siddharth", "Raghunathan"),
    ("Aoife", "Ní Bhriain"), ("Mehmet", "Yıldırım"), ("Ingrid", "Solberg"),
    ("Kwame", "Asante"), ("Haruto", "Fujimoto"), ("Marisol", "Quispe"),
    ("Dmitri", "Volkonsky"), ("Fatima Zahra", "El Idrissi"), ("Beatriz", "Carvalho"),
    ("Walter", "Przybylski"), ("Rosa", "Delgado-Marín"), ("Seo-yeon", "Park"),
    ("Declan", "O'Sullivan"), ("Ayelet", "Ben-Haim"), ("Thabo", "Mokoena"),
    ("Eleanor", "Whitcombe"), ("Jun", "Li"), ("Guadalupe", "Tzul"),
]
RELATIVE_FIRST = ["Ifeoma", "Lucía", "Taras", "Malia", "Minh", "Anjali", "Ciarán", "Elif",
                  "Sigrid", "Akosua", "Yui", "Wilfredo", "Irina", "Youssef", "João",
                  "Halina", "Alejandro", "Ji-ho", "Siobhán", "Noam", "Lerato", "Harriet",
                  "Mei", "Esteban"]
RELATION = ["spouse", "child", "sibling", "partner", "grandchild", "guardian", "spouse", "child", "parent"]
CITIES = [("Brockton", "MA", "02301"), ("Randolph", "MA", "02368"), ("Weymouth", "MA", "02188"),
          ("Dorchester", "MA", "02124"), ("Taunton", "MA", "02780"), ("Stoughton", "MA", "02072"),
          ("Pawtucket", "RI", "02860"), ("Braintree", "MA", "02184"), ("Milton", "MA", "02186"),
          ("Abington", "MA", "02351")]
STREETS = ["Linden Hollow Rd", "Vinnin St", "Copeland Ave", "Pleasant View Ter", "Alder Brook Ln",
           "Tremont Pl", "Old Colony Ave", "Wampatuck Rd", "Quarry Hill Dr", "Mayflower Ct",
           "Centre St", "Ocean Bluff Way", "Granite Ridge Rd", "Sumner Ave"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"]
AREAS = ["617", "508", "781", "774", "857", "401"]
OLD_IDX = {2, 9, 15, 19, 21}  # patients over 89
PLATE_CH = "ABCDEFGHJKLMNPRSTVWXYZ"


def strip_acc(s):
    s = unicodedata.normalize("NFKD", s.replace("ı", "i"))
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return "".join(ch for ch in s if ch.isalnum()).lower()


def mk_patient(i, first, last):
    if i in OLD_IDX:
        dob = date(random.randint(1921, 1933), random.randint(1, 12), random.randint(1, 28))
    else:
        dob = date(random.randint(1936, 2004), random.randint(1, 12), random.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    city, st, zp = random.choice(CITIES)
    admit = datetime(2024, 11, random.randint(4, 15), random.randint(0, 23), random.choice([2, 14, 27, 32, 41, 55]))
    dc = min((admit + timedelta(days=random.randint(2, 9))).date(), date(2024, 11, 17))
    un = strip_acc(first[0] + last) + str(dob.year % 100)
    rel_first = RELATIVE_FIRST[i]
    return {
        "first": first, "last": last, "name": "%s %s" % (first, last),
        "lastfirst": "%s, %s" % (last.upper(), first.upper()),
        "mrn": str(random.randint(10_000_000, 99_999_999)),
        "csn": str(random.randint(8_400_000_000, 8_499_999_999)),
        "har": str(random.randint(4_000_000_000, 4_099_999_999)),
        "dob": dob, "age": age, "admit": admit, "dc": dc,
        "street": "%d %s" % (random.randint(3, 9870), random.choice(STREETS)) +
                  (random.choice(["", "", "", " Apt %d" % random.randint(1, 40), " Unit %s" % random.choice("ABC")])),
        "city": city, "state": st, "zip": zp,
        "area": random.choice(AREAS), "pline": "01%02d" % random.randint(0, 99),
        "cell_line": "01%02d" % random.randint(0, 99),
        "email": random.choice([
            "%s.%s@%s" % (strip_acc(first), strip_acc(last), random.choice(EMAIL_DOM)),
            "%s%s%d@%s" % (strip_acc(first)[0], strip_acc(last), dob.year % 100, random.choice(EMAIL_DOM)),
            "%s_%s%d@%s" % (strip_acc(last), strip_acc(first)[:3], random.randint(1, 99), random.choice(EMAIL_DOM))]),
        "ssn": mk_ssn(),
        "member": random.choice(["XHM", "ZGP", "WBX", "TUF"]) + rdigits(9),
        "mbi": mk_mbi() if age >= 65 else None,
        "group": "%06d" % random.randint(1000, 99999),
        "medicaid": "1000" + rdigits(8),
        "dl": random.choice(["S" + rdigits(8), "S" + rdigits(8), rdigits(7)]),
        "plate": "%d%s%s%d%d" % (random.randint(1, 9), random.choice(PLATE_CH), random.choice(PLATE_CH),
                                 random.randint(0, 9), random.randint(0, 9)) + random.choice(["", random.choice(PLATE_CH)]),
        "vin": mk_vin(),
        "imei": mk_imei(),
        "patch_sn": "BB1-%02d%s-%07d" % (random.randint(21, 24), random.choice("ABCDEF"), random.randint(1, 9_999_999)),
        "mac": ":".join(hexs(2) for _ in range(6)),
        "ip": random.choice([
            "73.%d.%d.%d" % (random.randint(1, 254), random.randint(0, 255), random.randint(1, 254)),
            "98.%d.%d.%d" % (random.randint(1, 254), random.randint(0, 255), random.randint(1, 254)),
            "24.%d.%d.%d" % (random.randint(1, 254), random.randint(0, 255), random.randint(1, 254)),
            "203.0.113.%d" % random.randint(1, 254), "198.51.100.%d" % random.randint(1, 254),
            "174.%d.%d.%d" % (random.randint(192, 254), random.randint(0, 255), random.randint(1, 254))]),
        "portal_user": un,
        "card": mk_card(),
        "rel_name": "%s %s" % (rel_first, last), "relation": RELATION[i % len(RELATION)],
        "rel_area": random.choice(AREAS), "rel_line": "01%02d" % random.randint(0, 99),
        "fax_line": "01%02d" % random.randint(0, 99),
        "sw_case": "SW-24-%06d" % random.randint(1000, 999999),
        "palm": b64(random.choice([72, 96, 120])),
    }


PATIENTS = [mk_patient(i, f, l) for i, (f, l) in enumerate(PATIENT_NAMES)]
PATIENTS[21]["nhs"] = mk_nhs()            # British visitor
PATIENTS[11]["dni"] = rdigits(8)          # Peruvian DNI
PATIENTS[2]["ua_id"] = rdigits(9)         # Ukrainian ID card (9 digits)
PATIENTS[15]["caringbridge"] = "https://www.caringbridge.org/visit/walterprzybylski"
PATIENTS[1]["gofundme"] = "https://www.gofundme.com/f/help-tomas-echeverria-recover"
PATIENTS[7]["site"] = "https://mehmetyildirim.substack.com/p/notes-from-the-ward"
for _pt in PATIENTS:
    if not any(k in _pt for k in ("caringbridge", "gofundme", "site")):
        _slug = strip_acc(_pt["first"]) + strip_acc(_pt["last"])
        _pt["caringbridge"] = random.choice([
            "https://www.caringbridge.org/visit/" + _slug,
            "https://www.caringbridge.org/site/%s%s/journal" % (_slug, random.randint(1, 99)),
            "https://www.gofundme.com/f/%s-%s-medical-bills" % (strip_acc(_pt["first"]), strip_acc(_pt["last"]))])

CLINICIANS = ["Dr. Keiko Tanaka", "Dr. Samuel Okafor", "Priya Natarajan, RN", "Dr. Henrik Lindqvist",
              "Jorge Baptista, RN", "Dr. Amara Cole", "Dr. Rafael Montenegro", "Yusuf Demir, RN"]
def mk_npi():
    body = "1" + rdigits(8)
    return body + luhn_digit("80840" + body)


CLIN_IDS = {c: mk_npi() for c in CLINICIANS}
CLIN_PAGER = {c: "617-555-01%02d" % random.randint(0, 99) for c in CLINICIANS}
DS_USERS = ["rcastellanos", "m.abdi", "tkowalczyk", "svaradarajan"]
UNITS = ["4W", "5E", "MICU", "SICU", "6N", "ED", "3S-TELE"]
MODELS = [("sepsis-gbm", "14"), ("det-xgb", "2.3.1"), ("readmission-lgbm", "7")]
HOSTS = ["ews-api-7c9f8d6b5-x2kqp", "ews-api-7c9f8d6b5-m8zrt", "det-svc-5b6d9f7c4-lq4vn"]
HOSPITAL_ADDR = "1200 Harborview Pkwy, Quincy, MA 02169"
HOSPITAL_PHONE = "(617) 555-0100"


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.now = datetime(2024, 11, 18, 1, 58, 3, 117000)

    def tick(self, lo=0.02, hi=9.0):
        self.now += timedelta(microseconds=int(random.uniform(lo, hi) * 1_000_000))
        return self.now


CLK = Clock()


def ts_py():
    n = CLK.tick()
    return n.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (n.microsecond // 1000)


def ts_loguru():
    n = CLK.tick()
    return n.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (n.microsecond // 1000)


def ts_isoz(micro=False):
    n = CLK.tick()
    if micro:
        return n.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return n.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (n.microsecond // 1000)


def ts_spark():
    return CLK.tick().strftime("%y/%m/%d %H:%M:%S")


def ts_mlflow():
    return CLK.tick().strftime("%Y/%m/%d %H:%M:%S")


def ts_airflow():
    return CLK.tick().strftime("[%Y-%m-%d, %H:%M:%S UTC]")


def pick_pt():
    # a few "hot" patients recur more often
    if random.random() < 0.45:
        return PATIENTS[random.choice([0, 2, 5, 9, 15, 19])]
    return random.choice(PATIENTS)


def dfmt(d, style):
    if style == 0:
        return d.strftime("%Y-%m-%d")
    if style == 1:
        return d.strftime("%m/%d/%Y")
    if style == 2:
        return d.strftime("%d-%b-%Y").upper()
    if style == 3:
        return d.strftime("%Y%m%d")
    return d.strftime("%b %d, %Y")


def age_val(pt):
    """(value, cat) for an age; only ages over 89 are PHI."""
    return pt["age"], ("age" if pt["age"] > 89 else None)


def feat_vec(pt, kind):
    f = {}
    if kind == "sepsis":
        f = {"hr_max_6h": round(random.uniform(62, 142), 1), "rr_max_6h": random.randint(12, 34),
             "temp_max_24h": round(random.uniform(36.1, 40.2), 1), "sbp_min_6h": random.randint(74, 148),
             "map_min_6h": random.randint(51, 104), "spo2_min_6h": random.randint(84, 100),
             "lactate_max_24h": round(random.uniform(0.6, 7.9), 1), "wbc_last": round(random.uniform(2.1, 24.9), 1),
             "creat_delta_48h": round(random.uniform(-0.4, 1.9), 2), "gcs_min": random.randint(9, 15),
             "abx_ordered": random.choice([0, 1]), "hours_since_admit": round(random.uniform(2, 190), 1)}
    elif kind == "det":
        f = {"news2": random.randint(0, 12), "hr": random.randint(55, 140), "resp_rate": random.randint(10, 32),
             "o2_device": random.choice(["RA", "NC", "HFNC", "NRB"]), "fio2": random.choice([0.21, 0.28, 0.36, 0.5]),
             "avpu": random.choice(["A", "A", "V", "P"]), "k_last": round(random.uniform(2.9, 6.1), 1),
             "hgb_delta_24h": round(random.uniform(-3.2, 0.8), 1)}
    else:
        f = {"prior_admits_12m": random.randint(0, 7), "ed_visits_6m": random.randint(0, 9),
             "los_days": random.randint(1, 21), "charlson": random.randint(0, 11),
             "n_meds_discharge": random.randint(2, 24), "lives_alone": random.choice([True, False]),
             "dc_disposition": random.choice(["HOME", "HOME_HEALTH", "SNF", "REHAB"]),
             "portal_logins_90d": random.randint(0, 40)}
    return f


def reqid():
    return random.choice([hexs(32), uuid4(), "req_" + hexs(20)])


def score():
    return round(random.betavariate(1.6, 4.2), 4)


def pvt_ip():
    return random.choice(["10.42.%d.%d", "10.0.%d.%d", "172.20.%d.%d", "192.168.%d.%d"]) % (
        random.randint(0, 12), random.randint(2, 250))


# ================================================================ families
def fam_airflow(want):
    pre = ts_airflow() + " "
    dag = "ews_batch_scoring"
    task = random.choice(["score_sepsis", "score_readmission_30d", "build_cohort", "materialize_features", "publish_scores"])
    run = "scheduled__2024-11-17T02:00:00+00:00"
    L = Line("airflow")
    if want:
        pt = pick_pt()
        c = random.randint(0, 2)
        if c == 0:
            L.t(pre + "{logging_mixin.py:188} INFO - cohort filter: dropped encounter ").p(pt["csn"], "other_id")
            L.t(" (mrn ").p(pt["mrn"], "mrn").t(") discharged ").p(dfmt(pt["dc"], 0), "date")
            L.t(" before lookback start 2024-11-10")
        elif c == 1:
            L.t(pre + "{python.py:237} WARNING - readmission label join: no index admission for patient_id=")
            L.p(pt["mrn"], "mrn").t(" admit_dt=").p(pt["admit"].strftime("%Y-%m-%dT%H:%M:%S"), "date")
            L.t(" hsp_account_id=").p(pt["har"], "account").t("; label set to NULL")
        else:
            L.t(pre + "{logging_mixin.py:188} INFO - Row(pat_id='").p(pt["mrn"], "mrn").t("', pat_enc_csn_id=")
            L.p(pt["csn"], "other_id").t(", birth_date=datetime.date(").p(
                "%d, %d, %d" % (pt["dob"].year, pt["dob"].month, pt["dob"].day), "date").t("), readmit_30d=%d)" % random.randint(0, 1))
        return [L]
    c = random.randint(0, 6)
    if c == 0:
        L.t(pre + "{taskinstance.py:2613} INFO - Dependencies all met for dep_context=requeueable deps ti=<TaskInstance: %s.%s %s [queued]>" % (dag, task, run))
    elif c == 1:
        L.t(pre + "{standard_task_runner.py:63} INFO - Started process %d to run task" % random.randint(200, 99999))
    elif c == 2:
        L.t(pre + "{spark_submit.py:649} INFO - Identified spark driver pod: ews-%s-%s-driver" % (task.replace("_", "-"), hexs(16)))
    elif c == 3:
        st = CLK.now - timedelta(minutes=random.randint(3, 40))
        L.t(pre + "{taskinstance.py:1206} INFO - Marking task as SUCCESS. dag_id=%s, task_id=%s, run_id=%s, execution_date=20241117T020000, start_date=%s, end_date=%s" % (
            dag, task, run, st.strftime("%Y%m%dT%H%M%S"), CLK.now.strftime("%Y%m%dT%H%M%S")))
    elif c == 4:
        L.t(pre + "{local_task_job_runner.py:240} INFO - Task exited with return code 0")
    elif c == 5:
        L.t(pre + "{taskinstance.py:2884} INFO - Exporting env vars: AIRFLOW_CTX_DAG_OWNER='ml-platform' AIRFLOW_CTX_DAG_ID='%s' AIRFLOW_CTX_TASK_ID='%s' AIRFLOW_CTX_EXECUTION_DATE='2024-11-17T02:00:00+00:00' AIRFLOW_CTX_TRY_NUMBER='1' AIRFLOW_CTX_DAG_RUN_ID='%s'" % (dag, task, run))
    else:
        L.t(pre + "{logging_mixin.py:188} INFO - cohort size after exclusions: %d encounters (%d excluded: age<18=%d, hospice=%d, los<24h=%d)" % (
            random.randint(38000, 52000), random.randint(900, 4000), random.randint(100, 900), random.randint(20, 300), random.randint(400, 2000)))
    return [L]


def fam_spark(want):
    if want and random.random() < 0.3:
        # df.show() block
        pts = random.sample(PATIENTS, random.randint(2, 4))
        model = random.choice(["sepsis", "readmit_30d"])
        cols = ["mrn", "pat_enc_csn_id", "admit_dttm", "age", "score", "risk_band"]
        rows = []
        for pt in pts:
            sc = score()
            band = "HIGH" if sc > 0.5 else ("MED" if sc > 0.25 else "LOW")
            a, acat = age_val(pt)
            rows.append([(pt["mrn"], "mrn"), (pt["csn"], "other_id"),
                         (pt["admit"].strftime("%Y-%m-%d %H:%M:%S"), "date"),
                         (str(a), acat), ("%.4f" % sc, None), (band, None)])
        widths = [max(len(c), max(len(r[i][0]) for r in rows)) for i, c in enumerate(cols)]
        sep = "+" + "+".join("-" * w for w in widths) + "+"
        out = [Line("spark-show").t(sep),
               Line("spark-show").t("|" + "|".join(c.rjust(w) for c, w in zip(cols, widths)) + "|"),
               Line("spark-show").t(sep)]
        for r in rows:
            L = Line("spark-show").t("|")
            for (v, cat), w in zip(r, widths):
                L.t(" " * (w - len(v))).o(v, cat).t("|")
            out.append(L)
        out.append(Line("spark-show").t(sep))
        out.append(Line("spark-show").t("only showing top %d rows" % len(rows)))
        return out
    pre = ts_spark() + " "
    L = Line("spark")
    if want:
        pt = pick_pt()
        a, acat = age_val(pt)
        c = random.randint(0, 1)
        if c == 0:
            L.t(pre + "WARN ScoringUDF: null lactate_max_24h for Row(patient_id='").p(pt["mrn"], "mrn")
            L.t("', csn=").p(pt["csn"], "other_id").t(", age=").o(a, acat).t(", unit='%s'), imputing 1.4" % random.choice(UNITS))
        else:
            L.t(pre + "ERROR Executor: Exception in task %d.0 in stage %d.0 (TID %d): ValueError: invalid birth_date '" % (
                random.randint(0, 199), random.randint(3, 20), random.randint(400, 3000)))
            L.p(dfmt(pt["dob"], 1), "date").t("' for MRN ").p(pt["mrn"], "mrn")
        return [L]
    c = random.randint(0, 6)
    ex = random.randint(1, 12)
    if c == 0:
        L.t(pre + "INFO TaskSetManager: Finished task %d.0 in stage %d.0 (TID %d) in %d ms on %s (executor %d) (%d/200)" % (
            random.randint(0, 199), random.randint(3, 20), random.randint(400, 3000), random.randint(300, 9000),
            pvt_ip(), ex, random.randint(1, 200)))
    elif c == 1:
        L.t(pre + "INFO DAGScheduler: ResultStage %d (parquet at NativeMethodAccessorImpl.java:0) finished in %.3f s" % (
            random.randint(3, 30), random.uniform(2, 90)))
    elif c == 2:
        L.t(pre + "INFO BlockManagerInfo: Added broadcast_%d_piece0 in memory on %s:%d (size: %.1f KiB, free: %.1f GiB)" % (
            random.randint(1, 40), pvt_ip(), random.randint(30000, 45000), random.uniform(5, 60), random.uniform(1, 4)))
    elif c == 3:
        L.t(pre + "WARN package: Truncated the string representation of a plan since it was too large. This behavior can be adjusted by setting 'spark.sql.debug.maxToStringFields'.")
    elif c == 4:
        L.t(pre + "INFO CodeGenerator: Code generated in %.6f ms" % random.uniform(3, 60))
    elif c == 5:
        L.t(pre + "INFO FileOutputCommitter: Saved output of task 'attempt_%s%04d_%04d_m_%06d_%d' to s3a://ews-scores/readmission_30d/dt=2024-11-18/_temporary/0/task_%s_%04d_m_%06d" % (
            CLK.now.strftime("%Y%m%d%H%M"), random.randint(0, 9999), random.randint(1, 30), random.randint(0, 199), random.randint(100, 3000),
            CLK.now.strftime("%Y%m%d%H%M"), random.randint(1, 30), random.randint(0, 199)))
    else:
        L.t(pre + "INFO SparkContext: Running Spark version 3.5.1 (app: ews-batch-%s, appId: spark-%s)" % (
            random.choice(["sepsis", "readmit"]), hexs(32)))
    return [L]


FVIEWS = ["vitals_hourly_v3", "labs_24h_v2", "meds_admin_v1", "adt_context_v4", "nursing_flowsheet_v2", "rpm_wearable_v1"]


def fam_feast(want):
    L = Line("feast")
    if want:
        pt = pick_pt()
        pre = ts_py() + " "
        c = random.randint(0, 2)
        if c == 0:
            L.t(pre + "WARNING feast.infra.offline_stores.offline_utils: entity row dropped (outside ttl): ")
            rput(L, {"patient_id": P(pt["mrn"], "mrn"), "encounter_csn": P(int(pt["csn"]), "other_id"),
                     "admit_date": P(dfmt(pt["admit"].date(), 0), "date"), "feature_view": random.choice(FVIEWS)})
        elif c == 1:
            L.t(pre + "DEBUG feast.infra.online_stores.redis: HSET key=ews:patient_id:").p(pt["mrn"], "mrn")
            L.t(":csn:").p(pt["csn"], "other_id").t(" fields=%d ttl=86400" % random.randint(8, 40))
        else:
            a, acat = age_val(pt)
            L.t(pre + "ERROR feast.feature_server: get_online_features failed for entity_rows=[")
            rput(L, {"patient_id": P(pt["mrn"], "mrn"), "age_at_admit": P(a, acat) if acat else a})
            L.t("]: KeyError('lactate_max_24h')")
        return [L]
    c = random.randint(0, 4)
    if c == 0:
        st = CLK.now.replace(minute=0, second=0, microsecond=0) - timedelta(days=1)
        L.t("Materializing %d feature views from %s+00:00 to %s+00:00 into the redis online store." % (
            random.randint(2, 6), st.strftime("%Y-%m-%d %H:%M:%S"), (st + timedelta(days=1)).strftime("%Y-%m-%d %H:%M:%S")))
    elif c == 1:
        L.t(random.choice(FVIEWS) + ":")
    elif c == 2:
        n = random.randint(4000, 60000)
        secs = random.randint(5, 80)
        L.t("100%|" + "\u2588" * 58 + "| %d/%d [00:%02d<00:00, %.2fit/s]" % (n, n, secs, n / secs))
    elif c == 3:
        L.t(ts_py() + " INFO feast.infra.online_stores.redis: wrote %d rows for feature view %s (ttl=86400s, batch=%d)" % (
            random.randint(4000, 60000), random.choice(FVIEWS), random.choice([500, 1000, 2000])))
    else:
        L.t(ts_py() + " INFO feast.repo_operations: Applying changes for project ews_prod (registry gs://ews-feast/registry.db, version 2024-11-12)")
    return [L]


ENDPOINTS = [("POST", "/v1/score/sepsis"), ("POST", "/v1/score/deterioration"), ("POST", "/v1/score/readmission"),
             ("GET", "/healthz"), ("GET", "/metrics"), ("GET", "/v1/models"), ("POST", "/v1/score/batch")]


def fam_uvicorn(want):
    L = Line("uvicorn")
    ipp = "%s:%d" % (pvt_ip(), random.randint(32000, 61000))
    if want:
        pt = pick_pt()
        c = random.randint(0, 2)
        if c == 0:
            L.t('INFO:     %s - "GET /v1/patients/' % ipp).p(pt["mrn"], "mrn").t('/risk?model=readmission-lgbm&version=7 HTTP/1.1" 200 OK')
        elif c == 1:
            L.t('INFO:     %s - "GET /v1/encounters/' % ipp).p(pt["csn"], "other_id").t('/explain?top_k=5 HTTP/1.1" 200 OK')
        else:
            L.t('INFO:     %s - "GET /v1/lookup?mrn=' % ipp).p(pt["mrn"], "mrn").t("&dob=").p(dfmt(pt["dob"], 0), "date").t(' HTTP/1.1" 404 Not Found')
        return [L]
    c = random.randint(0, 9)
    if c <= 5:
        m, ep = random.choice(ENDPOINTS)
        code = random.choice(["200 OK"] * 8 + ["422 Unprocessable Entity", "503 Service Unavailable"])
        L.t('INFO:     %s - "%s %s HTTP/1.1" %s' % (ipp, m, ep, code))
    elif c == 6:
        L.t("INFO:     Started server process [%d]" % random.randint(1, 40))
    elif c == 7:
        L.t("INFO:     Uvicorn running on http://0.0.0.0:8080 (Press CTRL+C to quit)")
    elif c == 8:
        L.t("INFO:     Application startup complete.")
    else:
        L.t("INFO:     Waiting for application startup.")
    return [L]


def fam_sepsis_api(want):
    pre = ts_loguru() + " | "
    L = Line("loguru-ews-api")
    mod = "sepsis-gbm@14"
    if want:
        pt = pick_pt()
        c = random.randint(0, 4)
        sc = score()
        if c == 0:
            L.t(pre + "INFO     | ews.api.routes.score:predict:88 - scored csn=").p(pt["csn"], "other_id")
            L.t(" mrn=").p(pt["mrn"], "mrn").t(" model=%s score=%.4f thr=0.62 alert=%s req=%s" % (mod, sc, sc > 0.62, reqid()))
        elif c == 1:
            a, acat = age_val(pt)
            fv = {"mrn": P(pt["mrn"], "mrn"), "age": P(a, acat) if acat else a, "sex": random.choice(["F", "M"])}
            fv.update(feat_vec(pt, "sepsis"))
            L.t(pre + "DEBUG    | ews.api.features:build_vector:142 - feature vector ")
            jput(L, fv)
        elif c == 2:
            feats = ["lactate_max_24h", "hr_max_6h", "temp_max_24h", "map_min_6h", "wbc_last", "rr_max_6h", "gcs_min", "age"]
            random.shuffle(feats)
            L.t(pre + "INFO     | ews.api.explain:shap_top_k:61 - explanation csn ").p(pt["csn"], "other_id").t(": [")
            for i, f in enumerate(feats[:5]):
                L.t(("" if i == 0 else ", ") + "('%s', %+.3f)" % (f, random.uniform(-0.2, 0.35)))
            L.t("] base_value=-1.842")
        elif c == 3:
            L.t(pre + "WARNING  | ews.api.routes.score:predict:71 - 1 validation error for ScoreRequest patient.birth_date Input should be a valid date or datetime, invalid character in year [type=date_from_datetime_parsing, input_value='")
            L.p(dfmt(pt["dob"], 1), "date").t("', input_type=str]")
        else:
            L.t(pre + "INFO     | ews.api.routes.score:predict:95 - alert raised for ").p(pt["lastfirst"], "name")
            L.t(" (MRN ").p(pt["mrn"], "mrn").t(", %s) score=%.3f -> publishing to alerts.sepsis.v1" % (random.choice(UNITS), 0.62 + random.random() * 0.35))
        return [L]
    c = random.randint(0, 6)
    if c == 0:
        L.t(pre + "INFO     | ews.api.registry:load:37 - loaded %s from s3://ml-models/sepsis-gbm/14/model.ubj sha256=%s (n_trees=%d)" % (
            mod, hexs(64), random.choice([400, 600, 800])))
    elif c == 1:
        L.t(pre + "INFO     | ews.api.routes.score:predict_batch:121 - batch of %d scored in %.1f ms (p50=%.2fms p99=%.2fms)" % (
            random.choice([16, 32, 64, 128]), random.uniform(5, 90), random.uniform(0.2, 1.5), random.uniform(2, 9)))
    elif c == 2:
        L.t(pre + "INFO     | ews.api.config:thresholds:22 - sepsis-gbm@14 alert threshold 0.62 (PPV=0.31 sens=0.78 at prevalence 0.047, calibrated 2024-10-29)")
    elif c == 3:
        L.t(pre + "DEBUG    | ews.api.features:build_vector:142 - feature vector ")
        fv = {"mrn": None, "age": random.randint(18, 88)}
        fv.update(feat_vec(None, "sepsis"))
        jput(L, fv)
        L.t(" (synthetic warmup)")
    elif c == 4:
        L.t(pre + "INFO     | uvicorn.error:serve:84 - Finished server process [%d]" % random.randint(1, 40))
    elif c == 5:
        L.t(pre + "WARNING  | ews.api.features:fetch:77 - feast online store latency %d ms > 50 ms budget (host=%s, redis=10.42.3.17:6379)" % (
            random.randint(51, 400), random.choice(HOSTS)))
    else:
        L.t(pre + "INFO     | ews.api.explain:init:19 - TreeExplainer ready (model_output='probability', feature_perturbation='interventional', bg_samples=200)")
    return [L]


def fam_det_json(want):
    L = Line("structlog-json")
    ts = ts_isoz(micro=True)
    if want:
        pt = pick_pt()
        a, acat = age_val(pt)
        c = random.randint(0, 2)
        if c == 0:
            d = {"event": "score_computed", "level": "info", "logger": "deterioration.service",
                 "patientId": P(pt["mrn"], "mrn"), "encounterId": P(pt["csn"], "other_id"),
                 "ageYears": P(a, acat) if acat else a, "unit": random.choice(UNITS),
                 "p_deterioration_12h": round(random.random() * 0.6, 3), "model_version": "det-xgb-2.3.1",
                 "features": feat_vec(pt, "det"), "request_id": uuid4(), "timestamp": ts}
        elif c == 1:
            d = {"timestamp": ts, "level": "warning", "event": "stale_vitals", "patient": {
                "mrn": P(pt["mrn"], "mrn"), "name": P(pt["name"], "name"), "dob": P(dfmt(pt["dob"], 0), "date")},
                "minutes_since_last_obs": random.randint(240, 900), "fallback": "news2_only"}
        else:
            d = {"event": "readmission_scored", "level": "info", "mrn": P(pt["mrn"], "mrn"),
                 "har": P(pt["har"], "account"), "payer": "MEDICARE" if pt["mbi"] else random.choice(["BCBS-MA", "TUFTS", "HPHC", "MASSHEALTH"]),
                 "memberId": P(pt["mbi"] or pt["member"], "health_plan"), "groupNo": pt["group"],
                 "dischargeDate": P(dfmt(pt["dc"], 0), "date"), "p_readmit_30d": round(random.random() * 0.5, 3),
                 "engagement": {"portal_logins_90d": random.randint(0, 30), "last_login_ip": P(pt["ip"], "ip")},
                 "model": "readmission-lgbm/7", "timestamp": ts}
        jput(L, d, ensure_ascii=True)
        return [L]
    c = random.randint(0, 3)
    if c == 0:
        d = {"event": "model_warm", "level": "info", "model": "det-xgb", "version": "2.3.1", "load_ms": random.randint(200, 2000),
             "features": 47, "host": random.choice(HOSTS), "timestamp": ts}
    elif c == 1:
        d = {"timestamp": ts, "level": "info", "event": "batch_done", "n": random.randint(50, 800),
             "alerts": random.randint(0, 9), "p95_ms": round(random.uniform(3, 40), 2), "trace_id": hexs(32), "span_id": hexs(16)}
    elif c == 2:
        d = {"event": "config_reload", "level": "info", "news2_threshold": 5, "p_threshold": 0.35,
             "suppress_minutes": 240, "source": "configmap/det-svc-thresholds", "resourceVersion": str(random.randint(100000, 999999)), "timestamp": ts}
    else:
        d = {"timestamp": ts, "level": "error", "event": "upstream_timeout", "upstream": "http://feast-server.ml.svc.cluster.local:6566",
             "timeout_s": 2.0, "attempt": random.randint(1, 3), "request_id": uuid4()}
    jput(L, d)
    return [L]


def fam_mlflow(want):
    L = Line("mlflow")
    exp = random.choice(["sepsis-ews", "readmission-30d", "deterioration-12h"])
    if want:
        pt = pick_pt()
        a, acat = age_val(pt)
        L.t(ts_mlflow() + " WARNING mlflow.models.signature: input_example contains identifier-like columns; first row: ")
        rput(L, {"mrn": P(pt["mrn"], "mrn"), "age": P(a, acat) if acat else a,
                 "admit_dt": W("Timestamp('", pt["admit"].strftime("%Y-%m-%d %H:%M:%S"), "')", "date"),
                 "lactate_max_24h": round(random.uniform(0.6, 6), 1)})
        return [L]
    c = random.randint(0, 7)
    host = "http://mlflow.ml-platform.svc:5000"
    if c == 0:
        L.t(ts_mlflow() + " INFO mlflow.tracking.fluent: Experiment with name '%s' does not exist. Creating a new experiment." % exp)
    elif c == 1:
        L.t("\U0001F3C3 View run %s-%s-%d at: %s/#/experiments/%d/runs/%s" % (
            random.choice(["bouncy", "gentle", "rogue", "silent", "capable"]), random.choice(["owl", "lynx", "hare", "finch", "crab"]),
            random.randint(10, 999), host, random.randint(3, 30), hexs(32)))
    elif c == 2:
        L.t("\U0001F9EA View experiment at: %s/#/experiments/%d" % (host, random.randint(3, 30)))
    elif c == 3:
        L.t("Successfully registered model 'readmission-lgbm'.")
    elif c == 4:
        L.t(ts_mlflow() + " INFO mlflow.store.model_registry.abstract_store: Waiting up to 300 seconds for model version to finish creation. Model name: sepsis-gbm, version %d" % random.randint(12, 15))
    elif c == 5:
        L.t("Created version '%d' of model 'sepsis-gbm'." % random.randint(12, 15))
    elif c == 6:
        L.t(ts_mlflow() + " WARNING mlflow.models.model: Model logged without a signature and input example. Please set `input_example` parameter when logging the model to auto infer the model signature.")
    else:
        L.t(ts_mlflow() + " INFO mlflow.tracking._tracking_service.client: metrics logged: auroc=%.4f auprc=%.4f brier=%.4f ece=%.4f (n_val=%d)" % (
            random.uniform(0.78, 0.9), random.uniform(0.2, 0.45), random.uniform(0.03, 0.09), random.uniform(0.005, 0.03), random.randint(8000, 20000)))
    return [L]


def fam_ray(want):
    L = Line("ray")
    pid = random.randint(1000, 99999)
    actor = "(ScoreActor pid=%d, ip=%s) " % (pid, pvt_ip())
    if want:
        pt = pick_pt()
        c = random.randint(0, 1)
        if c == 0:
            L.t(actor + "WARNING: imputing missing lactate for csn=").p(pt["csn"], "other_id").t(" mrn=").p(pt["mrn"], "mrn").t(" (median=1.4)")
        else:
            a, acat = age_val(pt)
            L.t(actor + "scored ").p(pt["lastfirst"], "name").t(" age=").o(a, acat).t(" p=%.3f band=%s" % (score(), random.choice(["LOW", "MED", "HIGH"])))
        return [L]
    c = random.randint(0, 5)
    if c == 0:
        L.t(ts_py() + "\tINFO worker.py:1786 -- Started a local Ray instance. View the dashboard at \x1b[1m\x1b[32m127.0.0.1:8265 \x1b[39m\x1b[22m")
    elif c == 1:
        L.t(actor + "scored shard %d/64: %d rows in %.2fs" % (random.randint(1, 64), random.randint(2000, 9000), random.uniform(0.8, 9)))
    elif c == 2:
        n = CLK.tick()
        L.t("(raylet) [%s,%03d E %d %d] (raylet) node_manager.cc:3041: 1 Workers (tasks / actors) killed due to memory pressure (OOM), 0 Workers crashed due to other reasons at node (ID: %s, IP: %s) over the last time period." % (
            n.strftime("%Y-%m-%d %H:%M:%S"), n.microsecond // 1000, pid, pid, hexs(56), pvt_ip()))
    elif c == 3:
        L.t(ts_py() + "\tINFO streaming_executor.py:108 -- Executing DAG InputDataBuffer[Input] -> TaskPoolMapOperator[ReadParquet] -> ActorPoolMapOperator[MapBatches(ScoreActor)] -> TaskPoolMapOperator[Write]")
    elif c == 4:
        L.t("Running 0: 0.00 row [00:00, ? row/s]" if random.random() < 0.3 else
            "- MapBatches(ScoreActor): %d active, 0 queued, [cpu: %.1f, objects: %.1fMB]: %d%%" % (random.randint(1, 8), random.uniform(1, 16), random.uniform(10, 900), random.randint(1, 100)))
    else:
        L.t(ts_py() + "\tWARNING actor_pool_map_operator.py:265 -- To ensure full parallelization across an actor pool of size 8, the Dataset should consist of at least 8 distinct blocks. Consider increasing the parallelism when creating the Dataset.")
    return [L]


DRIFT_FEATS = ["lactate_max_24h", "hr_max_6h", "wbc_last", "temp_max_24h", "spo2_min_6h", "los_days", "charlson", "age"]


def fam_drift(want):
    L = Line("drift-json")
    ts = ts_isoz()
    feat = random.choice(DRIFT_FEATS)
    psi = round(random.uniform(0.01, 0.4), 4)
    base = {"ts": ts, "monitor": "feature_drift", "model": random.choice(["sepsis-gbm@14", "readmission-lgbm@7", "det-xgb@2.3.1"]),
            "feature": feat, "stattest": "psi", "value": psi, "threshold": 0.2, "drift_detected": psi > 0.2,
            "reference": "2024-10-01/2024-10-31", "current": "2024-11-11/2024-11-17"}
    if want:
        pts = random.sample(PATIENTS, random.randint(1, 3))
        ex = []
        for pt in pts:
            a, acat = age_val(pt)
            if feat == "age":
                ex.append({"mrn": P(pt["mrn"], "mrn"), "value": P(a, acat) if acat else a})
            else:
                ex.append({"mrn": P(pt["mrn"], "mrn"), "csn": P(pt["csn"], "other_id"), "value": round(random.uniform(0, 30), 1)})
        base["drift_detected"] = True
        base["value"] = round(random.uniform(0.21, 0.5), 4)
        base["outlier_examples"] = ex
        jput(L, base, sep=",", kv=":")
        return [L]
    c = random.randint(0, 2)
    if c == 0:
        jput(L, base, sep=",", kv=":")
    elif c == 1:
        jput(L, {"ts": ts, "monitor": "prediction_drift", "model": "sepsis-gbm@14", "alert_rate_7d": round(random.uniform(0.02, 0.09), 4),
                 "alert_rate_ref": 0.047, "ks_stat": round(random.uniform(0.01, 0.2), 4), "p_value": round(random.random(), 4),
                 "n": random.randint(20000, 60000)}, sep=",", kv=":")
    else:
        jput(L, {"ts": ts, "monitor": "label_delay", "model": "readmission-lgbm@7", "labels_available_through": "2024-10-18",
                 "lag_days": 31, "auroc_30d": round(random.uniform(0.7, 0.82), 4), "status": "OK"}, sep=",", kv=":")
    return [L]


def logfmt_val(v):
    if any(ch in v for ch in ' ="') or v == "":
        return '"' + v.replace('"', '\\"') + '"'
    return v


def fam_alert(want):
    L = Line("alert-logfmt")
    pre = 'time="%s" ' % ts_isoz()
    clin = random.choice(CLINICIANS)
    aid = "ALR-20241118-%05d" % random.randint(1, 99999)
    if want:
        pt = pick_pt()
        c = random.randint(0, 4)
        if c == 0:
            L.t(pre + 'level=info msg="page dispatched" alert_id=%s model=sepsis-gbm@14 score=%.3f patient_name="' % (aid, 0.62 + random.random() * 0.35))
            L.p(pt["name"], "name").t('" mrn=').p(pt["mrn"], "mrn").t(' unit=%s bed=%d recipient="%s" pager=%s channel=vocera' % (
                random.choice(UNITS), random.randint(1, 40), clin, CLIN_PAGER[clin]))
        elif c == 1:
            ph = phone_fmt(pt["area"], pt["cell_line"], random.choice([2, 1]))
            L.t(pre + 'level=info msg="outreach queued" channel=sms to=').p(ph, "phone")
            L.t(" template=post_discharge_48h lang=%s dc_date=" % random.choice(["en", "es", "pt", "vi", "ht"])).p(dfmt(pt["dc"], 0), "date")
            L.t(" model=readmission-lgbm@7 p=%.3f from=+16175550100" % (0.3 + random.random() * 0.4))
        elif c == 2:
            ph = phone_fmt(pt["rel_area"], pt["rel_line"], random.choice([0, 1, 3]))
            L.t(pre + 'level=warn msg="no ack in 10m, notifying emergency contact" alert_id=%s contact="' % aid)
            L.p(pt["rel_name"], "name").t('" relation=%s phone="' % pt["relation"]).p(ph, "phone").t('" patient_mrn=').p(pt["mrn"], "mrn")
        elif c == 3:
            L.t(pre + 'level=info msg="email queued" to=').p(pt["email"], "email")
            L.t(' subject="Your care team would like to check in" template_id=tmpl_%s from=noreply@stbrigid-health.org' % hexs(10))
        else:
            L.t(pre + 'level=info msg="acknowledged" alert_id=%s by="%s" npi=%s patient=' % (aid, clin, CLIN_IDS[clin]))
            L.t('"').p(pt["lastfirst"], "name").t('" action=%s' % random.choice(["bundle_started", "rrt_called", "dismissed_not_septic", "lactate_ordered"]))
        return [L]
    c = random.randint(0, 5)
    if c == 0:
        L.t(pre + "level=info msg=\"delivery receipt\" provider=vocera msg_id=VCR-%d status=DELIVERED recipient=badge:%s-CHARGE latency_ms=%d" % (
            random.randint(10_000_000, 99_999_999), random.choice(UNITS), random.randint(200, 3000)))
    elif c == 1:
        L.t(pre + 'level=info msg="twilio callback" sid=SM%s status=delivered to=%s recipient="%s"' % (hexs(32), "+1617555" + CLIN_PAGER[clin][-4:], clin))
    elif c == 2:
        L.t(pre + "level=warn msg=\"suppressed duplicate\" alert_id=%s window=240m model=det-xgb@2.3.1 reason=open_alert_exists" % aid)
    elif c == 3:
        L.t(pre + 'level=info msg="escalation policy loaded" policy=sepsis-rrt-v3 steps=3 timeouts=10m,10m,15m oncall_group="%s Rapid Response"' % random.choice(UNITS))
    elif c == 4:
        L.t(pre + 'level=debug msg="template rendered" template_id=tmpl_%s footer="St. Brigid Regional Medical Center, %s | %s"' % (hexs(10), HOSPITAL_ADDR, HOSPITAL_PHONE))
    else:
        L.t(pre + "level=error msg=\"smtp send failed\" host=smtp-relay.stbrigid.local:587 err=\"421 4.7.0 Try again later\" retry_in=30s queue_depth=%d" % random.randint(1, 40))
    return [L]


def nb_df(pts, with_name):
    cols = ["mrn"] + (["name"] if with_name else []) + ["dob", "age", "sepsis_p", "alert"]
    idx = [str(i) for i in random.sample(range(0, 48213), len(pts))]
    rows = []
    for pt in pts:
        a, acat = age_val(pt)
        sp = score()
        r = [(pt["mrn"], "mrn")]
        if with_name:
            r.append((pt["name"], "name"))
        r += [(dfmt(pt["dob"], 0), "date"), (str(a), acat), ("%.6f" % sp, None), (str(sp > 0.62), None)]
        rows.append(r)
    widths = [max(len(c), max(len(r[i][0]) for r in rows)) for i, c in enumerate(cols)]
    iw = max(len(x) for x in idx)
    out = [Line("pandas-repr").t(" " * iw + "".join("  " + c.rjust(w) for c, w in zip(cols, widths)))]
    for ix, r in zip(idx, rows):
        L = Line("pandas-repr").t(ix.ljust(iw))
        for (v, cat), w in zip(r, widths):
            L.t("  " + " " * (w - len(v))).o(v, cat)
        out.append(L)
    return out


def fam_notebook(want):
    if want:
        c = random.randint(0, 2)
        if c == 0:
            pts = random.sample(PATIENTS, random.randint(3, 6))
            out = nb_df(pts, random.random() < 0.6)
            if random.random() < 0.5:
                out.append(Line("pandas-repr").t("[%d rows x %d columns]" % (random.randint(200, 9000), len(out[0].b.split()))))
            return out
        pt = pick_pt()
        L = Line("py-dict-repr")
        if c == 1:
            a, acat = age_val(pt)
            d = {"mrn": P(pt["mrn"], "mrn"), "name": P(pt["name"], "name"),
                 "dob": W("Timestamp('", dfmt(pt["dob"], 0) + " 00:00:00", "')", "date"),
                 "age": P(a, acat) if acat else a, "score": W("np.float64(", repr(score()), ")"),
                 "top_features": ["lactate_max_24h", "hr_max_6h", "map_min_6h"]}
            rput(L, d)
        else:
            L.t("Out[%d]: " % random.randint(5, 90))
            rput(L, {"pat_id": P(pt["mrn"], "mrn"), "csn": P(int(pt["csn"]), "other_id"),
                     "admit": W("datetime.datetime(", "%d, %d, %d, %d, %d" % (pt["admit"].year, pt["admit"].month, pt["admit"].day, pt["admit"].hour, pt["admit"].minute), ")", "date"),
                     "label_readmit_30d": random.randint(0, 1), "y_hat": W("np.float32(", "%.7g" % random.random(), ")")})
        return [L]
    c = random.randint(0, 5)
    if c == 0:
        L = Line("numpy-repr")
        vals = ", ".join("%.4f" % random.random() for _ in range(random.randint(4, 7)))
        L.t("array([%s], dtype=float32)" % vals)
        return [L]
    if c == 1:
        return [Line("numpy-repr").t("array([[%5d, %5d]," % (random.randint(30000, 45000), random.randint(500, 4000))),
                Line("numpy-repr").t("       [%5d, %5d]])" % (random.randint(300, 900), random.randint(900, 2500)))]
    if c == 2:
        L = Line("py-dict-repr")
        rput(L, {"auroc": round(random.uniform(0.8, 0.9), 4), "auprc": round(random.uniform(0.2, 0.4), 4),
                 "sens@0.62": round(random.uniform(0.7, 0.85), 4), "ppv@0.62": round(random.uniform(0.25, 0.4), 4),
                 "n_pos": random.randint(1500, 2600), "n": random.randint(40000, 52000), "model_version": "14"})
        return [L]
    if c == 3:
        return [Line("sklearn-report").t("              precision    recall  f1-score   support"),
                Line("sklearn-report").t("           0       %.2f      %.2f      %.2f     %d" % (random.uniform(.95, .99), random.uniform(.9, .97), random.uniform(.93, .97), random.randint(38000, 46000))),
                Line("sklearn-report").t("           1       %.2f      %.2f      %.2f      %d" % (random.uniform(.25, .4), random.uniform(.7, .85), random.uniform(.4, .5), random.randint(1500, 2600)))]
    if c == 4:
        return [Line("pandas-repr").t("Out[%d]: (%d, %d)" % (random.randint(3, 80), random.randint(40000, 52000), random.randint(40, 70)))]
    # describe()
    out = [Line("pandas-repr").t("     " + "  " + "lactate_max_24h".rjust(15) + "  " + "hr_max_6h".rjust(12) + "  " + "sepsis_p".rjust(12))]
    n = float(random.randint(40000, 52000))
    stats = {"count": (n, n - random.randint(300, 4000), n), "mean": (random.uniform(1.4, 2.4), random.uniform(84, 96), random.uniform(0.05, 0.09)),
             "std": (random.uniform(1.1, 2.0), random.uniform(14, 21), random.uniform(0.08, 0.14)), "min": (0.3, 31.0, random.uniform(0.0005, 0.003)),
             "25%": (random.uniform(0.9, 1.1), random.uniform(72, 78), random.uniform(0.01, 0.02)), "50%": (random.uniform(1.2, 1.6), random.uniform(82, 88), random.uniform(0.03, 0.05)),
             "max": (random.uniform(14, 22), random.uniform(180, 220), random.uniform(0.97, 0.999))}
    for stat in ["count", "mean", "std", "min", "25%", "50%", "max"][:random.randint(3, 7)]:
        a, b, c = stats[stat]
        out.append(Line("pandas-repr").t("%-5s  %15.6f  %12.6f  %12.6f" % (stat, a, b, c)))
    return out


DUMP_FIELDS = ["ssn", "addr", "phone", "email", "member", "mbi", "har", "dl", "plate", "vin", "fax", "ip",
               "palm", "photo", "url", "portal", "natid", "card", "sw_case", "emerg"]
_dump_rot = [0]


def jpeg_datauri():
    return "data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8U" + b64(random.choice([150, 210, 270]))


def png_b64():
    return "iVBORw0KGgoAAAANSUhEUgAAAEAAAABACAIAAAAlC+aJ" + b64(random.choice([120, 180]))


def purl(pt):
    return pt.get("gofundme") or pt.get("site") or pt.get("caringbridge")


def fam_etl(want):
    L = Line("etl-dq")
    pre = ts_py() + " "
    if not want:
        c = random.randint(0, 3)
        if c == 0:
            L.t(pre + "INFO ews.etl.demographics - reading jdbc:sqlserver://clarity-rpt.ad.stbrigid.local:1433;databaseName=Clarity table=dbo.PATIENT fetchsize=10000 partitions=16")
        elif c == 1:
            L.t(pre + "INFO ews.etl.demographics - join complete: %d rows, %d schema violations, null_rate(ZIP)=%.4f" % (random.randint(40000, 52000), random.randint(0, 12), random.random() * 0.01))
        elif c == 2:
            L.t(pre + "INFO ews.etl.sdoh - geocoded %d addresses via census batch API (match rate %.1f%%, %d ties) in %.1fs" % (random.randint(40000, 52000), random.uniform(91, 98), random.randint(10, 200), random.uniform(30, 400)))
        else:
            L.t(pre + "WARNING ews.etl.demographics - dropping PII columns before feature write: ['PAT_NAME', 'SSN', 'ADD_LINE_1', 'HOME_PHONE', 'EMAIL_ADDRESS', 'PHOTO']")
        return [L]
    pt = pick_pt()
    if random.random() < 0.35:
        c = random.randint(0, 2)
        if c == 0:
            L.t(pre + "WARNING ews.etl.sdoh - geocode miss for mrn=").p(pt["mrn"], "mrn").t(" addr='").p(pt["street"], "address")
            L.t(", ").p(pt["city"], "address").t(", %s " % pt["state"]).p(pt["zip"], "zip").t("' -> adi_national/svi_theme1..4 set NULL")
        elif c == 1:
            L.t(pre + "INFO ews.etl.sdoh - zip5 ").p(pt["zip"], "zip").t(" not in ADI 2021 crosswalk, falling back to zip3 for PAT_ID ").p(pt["mrn"], "mrn")
        else:
            L.t(pre + "DEBUG ews.etl.sdoh - census batch response: \"").p(pt["street"].upper(), "address").t(", ").p(pt["city"].upper(), "address")
            L.t(", %s, " % pt["state"]).p(pt["zip"], "zip").t('",Match,Exact,tract=%06d,block=%04d' % (random.randint(100, 999999), random.randint(1000, 4999)))
        return [L]
    fields = []
    k = random.randint(5, 8)
    for _ in range(k):
        fields.append(DUMP_FIELDS[_dump_rot[0] % len(DUMP_FIELDS)])
        _dump_rot[0] += 1
    d = {"PAT_MRN_ID": P(pt["mrn"], "mrn"), "PAT_NAME": P("%s,%s" % (pt["last"].upper(), pt["first"].upper()), "name"),
         "BIRTH_DATE": W("datetime.date(", "%d, %d, %d" % (pt["dob"].year, pt["dob"].month, pt["dob"].day), ")", "date")}
    for f in fields:
        if f == "ssn":
            d["SSN"] = P(pt["ssn"] if random.random() < 0.7 else pt["ssn"].replace("-", ""), "ssn")
        elif f == "addr":
            d["ADD_LINE_1"] = P(pt["street"], "address")
            d["CITY"] = P(pt["city"], "address")
            d["STATE_C"] = pt["state"]
            d["ZIP"] = P(pt["zip"], "zip")
        elif f == "phone":
            d["HOME_PHONE"] = P(phone_fmt(pt["area"], pt["pline"], 1), "phone")
        elif f == "email":
            d["EMAIL_ADDRESS"] = P(pt["email"], "email")
        elif f == "member":
            d["MEM_NUMBER"] = P(pt["member"], "health_plan")
            d["GROUP_NUM"] = pt["group"]
        elif f == "mbi":
            if pt["mbi"]:
                d["MEDICARE_NUM"] = P(pt["mbi"], "health_plan")
            else:
                d["MEDICAID_ID"] = P(pt["medicaid"], "health_plan")
        elif f == "har":
            d["HSP_ACCOUNT_ID"] = P(int(pt["har"]), "account")
        elif f == "dl":
            d["DRIVERS_LIC_NUM"] = P(pt["dl"], "license")
            d["DL_STATE"] = pt["state"]
        elif f == "plate":
            d["VEHICLE_PLATE"] = P(pt["plate"], "vehicle")
        elif f == "vin":
            d["VEHICLE_VIN"] = P(pt["vin"], "vehicle")
        elif f == "fax":
            d["HOME_FAX"] = P(phone_fmt(pt["area"], pt["fax_line"], 0), "fax")
        elif f == "ip":
            d["LAST_PORTAL_IP"] = P(pt["ip"], "ip")
        elif f == "palm":
            d["PATIENTSECURE_TPL"] = P(pt["palm"], "biometric")
        elif f == "photo":
            d["PHOTO"] = P(jpeg_datauri(), "photo")
        elif f == "url":
            d["PERSONAL_URL"] = P(purl(pt), "url")
        elif f == "portal":
            d["MYCHART_LOGIN"] = P(pt["portal_user"], "other_id")
        elif f == "natid":
            if "nhs" in pt:
                d["NHS_NUMBER"] = P(pt["nhs"], "other_id")
            elif "dni" in pt:
                d["FOREIGN_ID"] = P("DNI " + pt["dni"], "other_id")
            elif "ua_id" in pt:
                d["FOREIGN_ID"] = P(pt["ua_id"], "other_id")
            else:
                d["PAT_ENC_CSN_ID"] = P(int(pt["csn"]), "other_id")
        elif f == "card":
            d["PMT_CARD_ON_FILE"] = P(pt["card"], "account")
        elif f == "sw_case":
            d["SW_CASE_NO"] = P(pt["sw_case"], "other_id")
        elif f == "emerg":
            d["EMERG_CONTACT"] = P(pt["rel_name"], "name")
            d["EMERG_PHONE"] = P(phone_fmt(pt["rel_area"], pt["rel_line"], 1), "phone")
    d["UPDATE_DATE"] = Raw("datetime.datetime(2024, 11, 17, 23, %d, %d)" % (random.randint(0, 59), random.randint(0, 59)))
    L.t(pre + random.choice(["ERROR ews.etl.demographics - schema violation in adt_patient row: ",
                             "WARNING ews.etl.demographics - failed to coerce row, writing to dead-letter s3://ews-dlq/demographics/: ",
                             "DEBUG ews.etl.sdoh - geocoder input: "]))
    rput(L, d)
    return [L]


def fam_pii_scan(want):
    L = Line("pii-scan")
    pre = "%s [pii-guard] " % ts_loguru()
    if want:
        pt = pick_pt()
        c = random.randint(0, 5)
        if c == 3:
            L.t(pre + "WARN table=fs.sdoh_v1 column=social_work_note match=URL sample='").p(purl(pt), "url").t("' action=REDACT")
        elif c == 4:
            L.t(pre + "WARN table=raw.adt_patient_snapshot column=PHOTO match=IMAGE_JPEG sample='").p(jpeg_datauri()[:120], "photo").t("...' (%d bytes) action=DROP_COLUMN" % random.randint(9000, 60000))
        elif c == 5:
            L.t(pre + "WARN table=fs.adt_context_v4 column=addr_line match=STREET_ADDRESS sample='").p(pt["street"], "address").t("' action=QUARANTINE")
        elif c == 0:
            L.t(pre + "WARN table=fs.readmission_features column=free_text_disposition match=CREDIT_CARD sample='").p(pt["card"], "account")
            L.t("' row_key=%s action=QUARANTINE" % uuid4())
        elif c == 1:
            L.t(pre + "WARN table=mlflow.artifacts path=runs/%s/artifacts/val_preds.csv match=US_SSN sample='" % hexs(32)).p(pt["ssn"], "ssn").t("' action=REDACT")
        else:
            L.t(pre + "WARN table=fs.sdoh_v1 column=notes match=EMAIL_ADDRESS sample='").p(pt["email"], "email").t("' action=REDACT")
        return [L]
    c = random.randint(0, 2)
    if c == 0:
        L.t(pre + "INFO scan complete: tables=%d columns=%d findings=0 duration=%.1fs" % (random.randint(8, 30), random.randint(200, 900), random.uniform(10, 300)))
    elif c == 1:
        L.t(pre + "INFO allowlisted match=EMAIL_ADDRESS value='mlops-alerts@stbrigid-health.org' column=owner_email")
    else:
        L.t(pre + "INFO allowlisted match=PHONE value='%s' column=facility_main_line (organization number)" % HOSPITAL_PHONE)
    return [L]


def fam_rpm(want):
    L = Line("rpm-ingest")
    pre = ts_py() + " "
    if want:
        pt = pick_pt()
        c = random.randint(0, 2)
        if c == 0:
            L.t(pre + "INFO rpm.ingest - linked device serial=").p(pt["patch_sn"], "device").t(" hub_imei=").p(pt["imei"], "device")
            L.t(" to patient ").p(pt["mrn"], "mrn").t(" (program=hospital-at-home, fw=4.2.17)")
        elif c == 1:
            L.t(pre + "WARN rpm.ingest - BLE pulse-ox %s paired to " % random.choice(["Nonin 3245", "Masimo MightySat"])).p(pt["mac"].upper(), "device")
            L.t(" sent %d readings with spo2=0, patient_id=" % random.randint(2, 30)).p(pt["mrn"], "mrn")
        else:
            L.t(pre + "INFO rpm.ingest - hub ").p(pt["imei"], "device").t(" checked in from ").p(pt["ip"], "ip")
            L.t(" (carrier NAT) battery=%d%% rssi=-%d" % (random.randint(5, 100), random.randint(60, 110)))
        return [L]
    c = random.randint(0, 2)
    if c == 0:
        L.t(pre + "INFO rpm.ingest - pulled %d observations from vendor API https://api.rpm-vendor.example.com/v3/observations?since=%s (page_size=500)" % (
            random.randint(200, 9000), (CLK.now - timedelta(minutes=15)).strftime("%Y-%m-%dT%H:%M:%SZ")))
    elif c == 1:
        L.t(pre + "INFO rpm.ingest - firmware rollout fw=4.2.17 build 2024-10-03 staged to %d/%d hubs" % (random.randint(10, 300), 312))
    else:
        L.t(pre + "WARN rpm.ingest - vendor API 429, backing off %.1fs (x-request-id: %s)" % (random.uniform(1, 30), uuid4()))
    return [L]


FAMILIES = [
    (fam_airflow, 6), (fam_spark, 11), (fam_feast, 7), (fam_uvicorn, 10), (fam_sepsis_api, 13),
    (fam_det_json, 8), (fam_mlflow, 6), (fam_ray, 7), (fam_drift, 6), (fam_alert, 10),
    (fam_notebook, 9), (fam_etl, 12), (fam_pii_scan, 5), (fam_rpm, 5),
]
TARGET_PHI = 0.45


def main():
    lines = []
    phi = 0
    fns = [f for f, _ in FAMILIES]
    wts = [w for _, w in FAMILIES]
    while len(lines) < N_LINES:
        ratio = phi / len(lines) if lines else TARGET_PHI
        p = min(0.95, max(0.05, TARGET_PHI + 2.5 * (TARGET_PHI - ratio)))
        want = random.random() < p
        fn = random.choices(fns, wts)[0]
        block = fn(want)
        for L in block:
            lines.append(L)
            if L.spans:
                phi += 1
    lines = lines[:N_LINES]

    log_path = os.path.join(HERE, "fx.log")
    lab_path = os.path.join(HERE, "fx.labels.jsonl")
    with open(log_path, "wb") as flog, open(lab_path, "w", encoding="utf-8", newline="\n") as flab:
        for n, L in enumerate(lines, 1):
            raw = bytes(L.b)
            assert b"\n" not in raw and b"\r" not in raw, n
            assert len(raw) <= 4000, (n, len(raw))
            raw.decode("utf-8")
            prev = 0
            spans = sorted(L.spans, key=lambda s: s["s"])
            for sp in spans:
                assert raw[sp["s"]:sp["e"]] == sp["v"].encode("utf-8"), (n, sp)
                assert sp["s"] >= prev and sp["e"] > sp["s"], (n, sp)
                prev = sp["e"]
            flog.write(raw + b"\n")
            flab.write(json.dumps({"line": n, "family": L.family,
                                   "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]}) + "\n")


if __name__ == "__main__":
    main()
