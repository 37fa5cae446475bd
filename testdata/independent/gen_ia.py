#!/usr/bin/env python3
"""Synthetic labeled log corpus "ia": ACO analytics and care coordination.

Systems imitated: CMS CCLF claim feeds (fixed-width CCLF8 with a layout header
record and trailer, CCLF5 CSV with header, CCLF9 pipe rows without header),
Airflow task logs (with Python tracebacks), Spark/log4j HCC risk scoring,
structlog JSON attribution runs, HL7 v2 ADT from HIEs (raw segments and Docker
json-file wrapped messages), Mirth Connect logs, HIE ADT JSON notifications
(two vendor dialects), care-manager outreach notes (free text, English and
Spanish) and key=value call logs, a .NET practice portal (Serilog text, .NET
stack traces, Serilog compact JSON), care-gap Excel/PDF export logs, OpenSSH
internal-sftp syslog, data quality checks (custom + Great Expectations + pandas
frame dumps), PostgreSQL logs, Tableau Hyper JSON logs and tabcmd output, nginx
access logs.

Everything is synthetic. Deterministic: fixed seed, no clock/OS randomness.
Writes ia.log and ia.labels.jsonl next to this script.

Labeling decisions:
- Persons labeled: Medicare beneficiaries/patients and their relatives,
  caregivers and insurance subscribers. Not labeled: care managers, clinicians
  (attending/rendering NPIs and names), practice staff (names, emails, phones,
  portal usernames, their IPs), hospitals/practices (names, NPI, TIN, CCN),
  CMS/HIE/vendor endpoints and server IPs.
- MBI, legacy HICN (including CCLF9 previous IDs and HICN-like values in a
  HICN field), Medicaid IDs and commercial member IDs -> health_plan. Malformed
  or truncated MBIs in DQ output are still the beneficiary's ID -> health_plan.
- Facility MRN (HL7 PID-3 MR) and the ACO enterprise person ID (EMPI) -> mrn.
- HL7 PID-18 patient account number -> account.
- Claim identifiers (CUR_CLM_UNIQ_ID, CLM_CNTL_NUM), HL7 PV1-19 visit numbers,
  HIE encounter IDs and care-management case IDs (CM-...) -> other_id. IDs of
  messages, notifications, jobs, runs, exports, outreach calls and tasks are
  system event IDs -> not labeled. Salted SHA-256 beneficiary linkage keys
  (bene_key) are derived from the MBI -> other_id; file checksums are not.
- Dates labeled (date): birth, death, admission, discharge, claim from/thru and
  line service dates, diagnosis dates, last-screening/last-visit dates,
  appointment and follow-up dates, MBI effective/obsolete dates, Part A/B
  enrollment begin dates, voluntary-alignment signature dates; also dates
  embedded in file names (DOB in per-patient PDF names) and URL-encoded dates.
  Not labeled: log/record timestamps, HL7 MSH-7/EVN-2, notification sentAt,
  file/run/load dates, performance-year and lookback windows, CCLF
  BENE_RNG_BGN_DT/BENE_RNG_END_DT (same constant range for every row),
  claim processing dates (CLM_EFCTV_DT, CLM_IDR_LD_DT), bare years.
- Ages labeled only when > 89 (age fields, "93 y/o", "94 años"); ages <= 89
  appear unlabeled.
- Address: street line, city and county (name or FIPS county code) are
  separate address spans; state codes are not labeled; 5-digit ZIP, ZIP+4
  written together, and a ZIP4 extension in its own field -> zip.
- Person names: each name part is its own span in structured fields (HL7
  components, CCLF columns, JSON first/last); free-text and "Last, First"
  forms are one span covering the full written name; names inside file names
  are labeled per part.
- Phones of beneficiaries/relatives -> phone (any punctuation, E.164, HL7 XTN
  area/number components as one span when contiguous, else parts separately).
- Remote patient monitoring device serials and IMEIs -> device. Patient
  driver's licence number in PID-20 -> license. Beneficiary email -> email.
  A beneficiary's public IP on the HRA survey site -> ip.
- Diagnosis codes, HCC lists, RAF scores, sex/race codes are not identifiers.
"""
import datetime as dt
import hashlib
import json
import os
import random
import unicodedata
import uuid

SEED = 21021
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ia"
TARGET = 500
NOISE_TARGET = 0.55


# ---------------------------------------------------------------- line helper
class Tag:
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = v
        self.c = c


def T(v, c):
    return Tag(v, c)


class JS:
    """A JSON string built from pieces: plain text is JSON-escaped, Tags raw."""

    def __init__(self, *items):
        self.items = list(items)


def make(family, items):
    parts, spans, n = [], [], 0
    for it in items:
        if isinstance(it, Tag):
            v = str(it.v)
            b = len(v.encode("utf-8"))
            if it.c and v:
                spans.append((n, n + b, it.c, v))
            parts.append(v)
            n += b
        else:
            s = str(it)
            parts.append(s)
            n += len(s.encode("utf-8"))
    text = "".join(parts)
    assert text.strip() and "\n" not in text and "\r" not in text, repr(text)
    bt = text.encode("utf-8")
    for s, e, c, v in spans:
        assert bt[s:e].decode("utf-8") == v, (bt[s:e], v)
    return (family, text, [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans])


def _jstr(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def J(o, sep=(",", ":")):
    out = []

    def rec(x):
        if isinstance(x, Tag):
            if isinstance(x.v, (int, float)):
                out.append(T(str(x.v), x.c))
            else:
                assert _jstr(x.v) == x.v, x.v
                out.extend(['"', x, '"'])
        elif isinstance(x, JS):
            out.append('"')
            for it in x.items:
                if isinstance(it, Tag):
                    assert _jstr(str(it.v)) == str(it.v), it.v
                    out.append(it)
                else:
                    out.append(_jstr(it))
            out.append('"')
        elif isinstance(x, dict):
            out.append("{")
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append(sep[0])
                out.append(json.dumps(k) + sep[1])
                rec(v)
            out.append("}")
        elif isinstance(x, list):
            out.append("[")
            for i, v in enumerate(x):
                if i:
                    out.append(sep[0])
                rec(v)
            out.append("]")
        else:
            out.append(json.dumps(x, ensure_ascii=False))

    rec(o)
    return out


def PY(o):
    """Python repr() rendering with Tag support."""
    out = []

    def rec(x):
        if isinstance(x, Tag):
            if isinstance(x.v, (int, float)):
                out.append(T(str(x.v), x.c))
            else:
                q = repr(x.v)
                assert q[1:-1] == x.v
                out.extend([q[0], x, q[-1]])
        elif isinstance(x, dict):
            out.append("{")
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append(", ")
                out.append(repr(k) + ": ")
                rec(v)
            out.append("}")
        elif isinstance(x, list):
            out.append("[")
            for i, v in enumerate(x):
                if i:
                    out.append(", ")
                rec(v)
            out.append("]")
        else:
            out.append(repr(x))

    rec(o)
    return out


def fw(val, width, cat=None, right=False):
    val = str(val)
    assert len(val) <= width, (val, width)
    pad = " " * (width - len(val))
    if right:
        return [pad, T(val, cat)]
    return [T(val, cat), pad]


# ---------------------------------------------------------------- clock
CLOCK = [dt.datetime(2024, 3, 15, 5, 31, 12, 118000)]
EDT = dt.timedelta(hours=-4)


def tick(a=1.0, b=170.0):
    CLOCK[0] += dt.timedelta(seconds=R.uniform(a, b))
    return CLOCK[0]


def ts_airflow():
    return "[" + tick().strftime("%Y-%m-%d, %H:%M:%S") + " UTC]"


def ts_spark():
    return tick(0.01, 6).strftime("%y/%m/%d %H:%M:%S")


def ts_serilog():
    t = tick() + EDT
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d -04:00" % (t.microsecond // 1000)


def ts_clef():
    t = tick()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%dZ" % (t.microsecond, R.randint(0, 9))


def ts_syslog():
    t = tick(0.1, 8)
    return t.strftime("%b %d %H:%M:%S")


def ts_pg():
    t = tick()
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)


def ts_nginx():
    t = tick(0.05, 10) + EDT
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_pylog():
    t = tick()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_iso_us():
    t = tick()
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def ts_hyper():
    t = tick(0.01, 5)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def ts_docker():
    t = tick()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d%03dZ" % (t.microsecond, R.randint(0, 999))


def ts_hl7():
    return (tick() + EDT).strftime("%Y%m%d%H%M%S")


# ---------------------------------------------------------------- reference data
FIRST = ["Maria", "José", "Wei", "Oluwaseun", "Fatima", "Dmitri", "Siobhan", "Hiroshi",
         "Priyanka", "Kwame", "Agnieszka", "Mohammed", "Lucía", "Thanh", "Ingrid", "Rafael",
         "Esperanza", "Giovanni", "Aiyana", "Bartholomew", "Mei-Ling", "Jean-Pierre",
         "Dolores", "Harold", "Gertrude", "Nnamdi", "Svetlana", "Ahmad", "Beatriz", "Eun-ji",
         "Tomasz", "Yolanda", "Cornelius", "Ruth", "Ebony", "Raúl", "Zofia", "Ikechukwu",
         "Margit", "Lorraine", "Bao", "Delphine", "Earl", "Winifred", "Abdirahman",
         "Consuelo", "Vasilios", "Lakshmi", "Otis", "Noor", "Clarence", "Mildred"]
LAST = ["Nguyen", "Okonkwo", "García-López", "van der Berg", "O'Brien", "Al-Masri",
        "Kowalski", "Yamamoto", "Singh", "Haddad", "Fitzgerald", "de la Cruz", "Andersson",
        "Papadopoulos", "Mensah", "Rossi", "Schmidt-Weber", "Ramírez", "Baptiste",
        "Delacroix", "MacLeod", "Abernathy", "Novak", "Begay", "Tran", "Johansson",
        "D'Angelo", "St. Clair", "Oyelaran-Smith", "Petrov", "Ibáñez", "Horváth",
        "Washington", "Lefebvre", "Achterberg", "Mukherjee", "Friedman", "dos Santos",
        "Hussein", "Yazzie", "Kaczmarek", "Castellanos", "Whitehorse", "Ferreira",
        "Lindgren", "Adeyemi", "McAllister", "Dubois", "Zhou", "Pham"]
STREETS = ["Maple Ave", "E Broad St", "Cleveland Ave", "N High St", "Sunbury Rd", "Karl Rd",
           "Salem Ave", "W Third St", "Linden Ave", "Mt Vernon Rd", "Granville St",
           "Zane St", "Paint St", "Bellefontaine Ave", "Memorial Dr", "5th Ave",
           "Winchester Ave", "Oakwood Dr", "Township Rd 214", "County Road 37",
           "Hamilton Ave", "Riverside Dr", "Chestnut St", "Lincoln Way W"]
UNITS = ["Apt 3B", "Unit 12", "#204", "Lot 17", "Apt 1", "Ste 2"]
# city, state, zip3, state fips, county fips, county name, area code
CITIES = [("Columbus", "OH", "432", "39", "049", "Franklin", "614"),
          ("Dayton", "OH", "454", "39", "113", "Montgomery", "937"),
          ("Springfield", "OH", "455", "39", "023", "Clark", "937"),
          ("Newark", "OH", "430", "39", "089", "Licking", "740"),
          ("Zanesville", "OH", "437", "39", "119", "Muskingum", "740"),
          ("Chillicothe", "OH", "456", "39", "141", "Ross", "740"),
          ("Marion", "OH", "433", "39", "101", "Marion", "740"),
          ("Lancaster", "OH", "431", "39", "045", "Fairfield", "740"),
          ("Huntington", "WV", "257", "54", "011", "Cabell", "304"),
          ("Ashland", "KY", "411", "21", "019", "Boyd", "606"),
          ("Portsmouth", "OH", "456", "39", "145", "Scioto", "740"),
          ("Xenia", "OH", "453", "39", "057", "Greene", "937")]
PRACTICES = [("0412", "Northside Family Medicine", "314471829", "1437218890"),
             ("0419", "Hilltop Internal Medicine", "311902274", "1285630417"),
             ("0523", "Licking Valley Primary Care", "316620183", "1093847261"),
             ("0601", "Scioto Senior Health", "310284476", "1568423091"),
             ("0733", "Tri-State Community Physicians", "550923817", "1730295564")]
CONTACTS = {"0412": ("Dana Whitfield", "dana.whitfield@northsidefm.org", "614-555-0187", "dwhitfield"),
            "0419": ("Raj Patel", "rpatel@hilltopim.com", "(937) 555-0110", "rpatel"),
            "0523": ("Colleen Murphy", "cmurphy@lvpc.net", "740.555.0163", "cmurphy"),
            "0601": ("Andre Lewis", "alewis@sciotoseniorhealth.org", "7405550139", "alewis"),
            "0733": ("Mina Farouk", "mfarouk@tristatecp.com", "+1 304 555 0122", "mfarouk")}
PRACTICE_IPS = {"0412": "203.0.113.45", "0419": "198.51.100.77", "0523": "203.0.113.109",
                "0601": "192.0.2.61", "0733": "198.51.100.203"}
CLINICIANS = [("Alan", "Kim", "MD", "1912345678"), ("Priya", "Raman", "MD", "1366720915"),
              ("Samuel", "Osei", "DO", "1780632254"), ("Leah", "Goldberg", "NP", "1245901376"),
              ("Marcus", "Oyelowo", "MD", "1053388120")]
CMS = [("Tamika Reyes", "treyes", "RN"), ("Jorge Ortiz", "jortiz", "RN"),
       ("Hannah Lindqvist", "hlindqvist", "LSW"), ("Michael Abiodun", "mabiodun", "RN"),
       ("Sofía Marín", "smarin", "CHW")]
HOSPITALS = [("Riverside Methodist Hospital", "RMH", "360006", "1629071863"),
             ("Miami Valley Hospital", "MVH", "360051", "1457352471"),
             ("Genesis Hospital", "GEN", "360039", "1215932870"),
             ("Cabell Huntington Hospital", "CHH", "510055", "1174523306"),
             ("King's Daughters Medical Center", "KDMC", "180009", "1982617470"),
             ("Grant Medical Center", "GMC", "360017", "1336188221")]
HIES = [("CliniSync", "OHIP"), ("Bamboo Health", "PATIENTPING"), ("WVHIN", "WVHIN"),
        ("KHIE", "KHIE")]
MEASURES = ["CBP", "BCS-E", "COL-E", "EED", "HBD", "SPC", "OMW", "DSF-E", "FMC", "TRC", "AWV"]
DX = [("I50.9", "Heart failure, unspecified"), ("J44.1", "COPD with acute exacerbation"),
      ("N17.9", "Acute kidney failure, unspecified"), ("E11.65", "Type 2 DM with hyperglycemia"),
      ("I48.91", "Unspecified atrial fibrillation"), ("J18.9", "Pneumonia, unspecified organism"),
      ("S72.001A", "Fracture of unsp part of neck of right femur"), ("A41.9", "Sepsis, unspecified organism")]
HCCS = ["HCC37", "HCC38", "HCC226", "HCC264", "HCC280", "HCC327", "HCC238", "HCC18", "HCC127", "HCC48"]
ACO = "A2231"
REF = dt.date(2024, 3, 15)
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
DIG = "0123456789"


def fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def rdate(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def mk_mbi():
    an = MBI_A + DIG
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice(DIG) +
            R.choice(MBI_A) + R.choice(an) + R.choice(DIG) + R.choice(MBI_A) +
            R.choice(MBI_A) + R.choice(DIG) + R.choice(DIG))


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def dfmt(d, style=None):
    style = style or R.choice(["iso", "us", "compact", "short", "mon", "long", "us0"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us0":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    if style == "mon":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    raise ValueError(style)


def pfmt(area, num, style=None):
    style = style or R.choice(["paren", "dash", "plain", "dot", "e164", "space"])
    a, b, c = area, num[:3], num[3:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "plain": a + b + c, "dot": "%s.%s.%s" % (a, b, c), "e164": "+1" + a + b + c,
            "space": "%s %s %s" % (a, b, c)}[style]


FIRST_F = ["Maria", "Fatima", "Siobhan", "Priyanka", "Agnieszka", "Lucía", "Ingrid", "Esperanza", "Aiyana",
           "Mei-Ling", "Dolores", "Gertrude", "Svetlana", "Beatriz", "Eun-ji", "Yolanda", "Ruth", "Ebony", "Zofia",
           "Margit", "Lorraine", "Delphine", "Winifred", "Consuelo", "Lakshmi", "Noor", "Mildred"]
FIRST_M = [f for f in FIRST if f not in FIRST_F]


def mk_person(sex):
    return R.choice(FIRST_F if sex == "F" else FIRST_M), R.choice(LAST)


def mk_bene():
    sex = R.choice("FM")
    first, last = mk_person(sex)
    r = R.random()
    if r < 0.22:
        dob = rdate(dt.date(1922, 6, 1), dt.date(1934, 2, 28))
    elif r < 0.9:
        dob = rdate(dt.date(1934, 3, 20), dt.date(1958, 12, 31))
    else:
        dob = rdate(dt.date(1961, 1, 1), dt.date(1989, 12, 31))
    age = REF.year - dob.year - ((REF.month, REF.day) < (dob.month, dob.day))
    city = R.choice(CITIES)
    street = "%d %s" % (R.randint(2, 9899), R.choice(STREETS))
    if R.random() < 0.25:
        street += " " + R.choice(UNITS)
    area = city[6]
    num = "%03d%04d" % (R.randint(201, 989), R.randint(0, 9999))
    ssn = mk_ssn()
    fa, la = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("'", "")
    email = R.choice(["%s.%s%d@gmail.com" % (fa, la, R.randint(1, 99)), "%s%s@yahoo.com" % (fa[0], la),
                      "%s_%s@aol.com" % (la, fa), "%s.%s@outlook.com" % (fa, la)])
    return {
        "first": first, "last": last, "mid": R.choice("ABCDEFGHJKLMNPRSTW") if R.random() < 0.6 else "",
        "dob": dob, "age": age, "sex": sex, "city": city, "street": street,
        "zip": city[2] + "%02d" % R.randint(1, 99), "zip4": "%04d" % R.randint(1, 9999),
        "area": area, "num": num, "ssn": ssn, "hicn": ssn.replace("-", "") + R.choice(["A", "B", "D", "C1", "B2"]),
        "mbi": mk_mbi(), "mrn": R.choice(["E", "M", ""]) + "%07d" % R.randint(100000, 9999999),
        "empi": "%010d" % R.randint(10 ** 8, 10 ** 9), "acct": "%d" % R.randint(10 ** 9, 10 ** 10 - 1),
        "medicaid": "%012d" % R.randint(10 ** 10, 10 ** 11), "email": email,
        "practice": R.choice(PRACTICES), "dl": R.choice("RSTUP") + R.choice("ABCDGKLMN") + "%06d" % R.randint(0, 999999),
        "dead": rdate(dt.date(2023, 6, 1), dt.date(2024, 2, 28)) if R.random() < 0.07 else None,
        "case": "CM-2024-%06d" % R.randint(1000, 99999),
    }


POOL = [mk_bene() for _ in range(70)]


def bene():
    return R.choice(POOL)


def UP(s):
    return fold(s).upper()


def age_tag(age):
    return T(str(age), "age" if age > 89 else None)


def relative():
    rel = R.choice([("daughter", "DAU", "Daughter", "hija", "F"), ("son", "SON", "Son", "hijo", "M"),
                    ("wife", "SPO", "Spouse", "esposa", "F"), ("husband", "SPO", "Spouse", "esposo", "M"),
                    ("niece", "OTH", "Other", "sobrina", "F"), ("granddaughter", "GCH", "Grandchild", "nieta", "F"),
                    ("nephew", "OTH", "Other", "sobrino", "M")])
    f = R.choice(FIRST_F if rel[4] == "F" else FIRST_M)
    area = R.choice(CITIES)[6]
    num = "%03d%04d" % (R.randint(201, 989), R.randint(0, 9999))
    return f, rel, area, num


def clin():
    return R.choice(CLINICIANS)


def cm():
    return R.choice(CMS)


def prac():
    return R.choice(PRACTICES)


def cclf_name(n, t=None):
    return "P.%s.ACO.ZC%sY24.D240315.T%02d%02d%02d%d" % (ACO, n, R.randint(0, 5), R.randint(0, 59),
                                                        R.randint(0, 59), R.randint(0, 9))


def claim_id():
    return "%013d" % R.randint(10 ** 12, 10 ** 13 - 1)


def pdf_name_items(b, pid):
    """per-patient care gap PDF path, name parts + DOB labeled"""
    style = R.choice(["a", "b", "c"])
    if style == "a":
        return ["/outbound/%s/pdf/CareGap_" % pid, T(UP(b["last"]).replace(" ", "").replace("'", ""), "name"), "_",
                T(UP(b["first"]).replace(" ", ""), "name"), "_", T(dfmt(b["dob"], "iso"), "date"), ".pdf"]
    if style == "b":
        return ["/outbound/%s/pdf/%s_GapReport_" % (pid, pid), T(fold(b["last"]).replace(" ", "").replace("'", ""), "name"),
                "-", T(fold(b["first"]).replace(" ", ""), "name"), "_", T(dfmt(b["dob"], "compact"), "date"), ".pdf"]
    return ["/outbound/%s/pdf/gaps_" % pid, T(b["mbi"], "health_plan"), "_",
            T(UP(b["last"]).replace(" ", "_").replace("'", ""), "name"), ".pdf"]


# ================================================================ NOISE generators
DAGS = {"cclf_monthly_ingest": ["wait_for_cclf", "load_cclf1", "load_cclf5", "load_cclf8", "load_cclf9", "dq_checks"],
        "attribution_quarterly": ["extract_claims", "run_attribution", "publish_roster"],
        "hcc_risk_scoring": ["spark_hcc_v28", "publish_scores"],
        "caregaps_export": ["build_gap_lists", "write_xlsx", "render_pdfs", "sftp_deliver"],
        "tableau_refresh": ["build_hyper", "publish_extract"],
        "adt_ingest": ["pull_hie_json", "parse_adt", "route_to_cm"]}


def n_airflow():
    dag = R.choice(list(DAGS))
    task = R.choice(DAGS[dag])
    sched = "scheduled__2024-03-15T02:00:00+00:00"
    t = R.choice(range(16))
    if t == 0:
        s = "{taskinstance.py:1157} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: %s.%s %s [queued]>" % (dag, task, sched)
    elif t == 1:
        s = "{taskinstance.py:1359} INFO - Starting attempt %d of 3" % R.randint(1, 3)
    elif t == 2:
        s = "{taskinstance.py:1380} INFO - Executing <Task(PythonOperator): %s> on 2024-03-15 02:00:00+00:00" % task
    elif t == 3:
        s = "{standard_task_runner.py:57} INFO - Started process %d to run task" % R.randint(20000, 65000)
    elif t == 4:
        s = "{standard_task_runner.py:85} INFO - Job %d: Subtask %s" % (R.randint(700000, 800000), task)
    elif t == 5:
        s = ("{taskinstance.py:1400} INFO - Marking task as SUCCESS. dag_id=%s, task_id=%s, execution_date=20240315T020000, "
             "start_date=20240315T%s, end_date=20240315T%s" % (dag, task, CLOCK[0].strftime("%H%M%S"),
                                                            (CLOCK[0] + dt.timedelta(seconds=R.randint(20, 900))).strftime("%H%M%S")))
    elif t == 6:
        s = "{local_task_job_runner.py:228} INFO - Task exited with return code 0"
    elif t == 7:
        s = "{taskinstance.py:2778} INFO - %d downstream tasks scheduled from follow-on schedule check" % R.randint(0, 3)
    elif t == 8:
        s = "{sftp.py:77} INFO - Poking for /inbound/cms/P.%s.ACO.ZC%sY24.D240315.T*" % (ACO, R.choice("1589AB"))
    elif t == 9:
        s = "{base.py:73} INFO - Using connection ID '%s' for task execution." % R.choice(["cms_sftp", "acodw_pg", "tableau_server", "practice_sftp"])
    elif t == 10:
        s = "{transport.py:1909} INFO - " + R.choice(["Connected (version 2.0, client OpenSSH_8.0)", "Authentication (publickey) successful!",
                                                      "[chan 0] Opened sftp connection (server version 3)"])
    elif t == 11:
        s = "{logging_mixin.py:188} INFO - CCLF%s rows=%d rejected=%d elapsed=%.1fs" % (R.choice("1589"), R.randint(9000, 400000), R.randint(0, 12), R.uniform(4, 300))
    elif t == 12:
        s = "{python.py:194} INFO - Done. Returned value was: {'rows': %d, 'file': '%s'}" % (R.randint(1000, 300000), cclf_name(R.choice("1589")))
    elif t == 13:
        s = ("{subprocess.py:93} INFO - spark-submit --master yarn --deploy-mode cluster --conf spark.executor.memory=8g "
             "--conf spark.sql.shuffle.partitions=200 hcc_risk_score.py --py 2024 --model V28 --run-id hcc-%s" % hexs(8))
    elif t == 14:
        s = "{taskinstance.py:1937} WARNING - Task %s.%s retry %d/3 in 300s: SSHException('Error reading SSH protocol banner')" % (dag, task, R.randint(1, 2))
    else:
        s = "{logging_mixin.py:188} INFO - attribution run attr-PY2024-Q1-r%d assigned=%d new=%d dropped=%d" % (R.randint(1, 4), R.randint(17000, 19000), R.randint(300, 900), R.randint(200, 700))
    return [make("airflow", [ts_airflow(), " ", s])]


def n_spark():
    ip = "10.42.%d.%d" % (R.randint(1, 9), R.randint(2, 250))
    t = R.choice(range(11))
    if t == 0:
        s = "INFO SparkContext: Running Spark version 3.4.1"
    elif t == 1:
        s = "INFO BlockManagerInfo: Added broadcast_%d_piece0 in memory on %s:%d (size: %.1f KiB, free: %.1f GiB)" % (R.randint(1, 40), ip, R.randint(30000, 45000), R.uniform(5, 60), R.uniform(1, 4))
    elif t in (2, 3):
        st = R.randint(2, 14)
        s = "INFO TaskSetManager: Finished task %d.0 in stage %d.0 (TID %d) in %d ms on %s (executor %d) (%d/200)" % (R.randint(0, 199), st, R.randint(100, 3000), R.randint(200, 9000), ip, R.randint(1, 8), R.randint(1, 200))
    elif t == 4:
        s = "INFO DAGScheduler: Job %d finished: parquet at HccRiskScoreJob.scala:%d, took %.6f s" % (R.randint(3, 30), R.randint(100, 300), R.uniform(1, 60))
    elif t == 5:
        s = ("WARN package: Truncated the string representation of a plan since it was too large. This behavior can be adjusted "
             "by setting 'spark.sql.debug.maxToStringFields'.")
    elif t == 6:
        s = "INFO HccRiskScoreJob: PY2024 model=CMS-HCC V28 blend=V24:33/V28:67 normalization=1.015 coding_intensity=0.059 segments=CNA,CFA,CND,CPA,INS,NE"
    elif t == 7:
        s = "INFO HccRiskScoreJob: scored %d benes {CNA=%d, INS=%d, NE=%d} mean_raf=%.4f p99=%.3f" % (R.randint(17000, 19000), R.randint(15000, 16500), R.randint(50, 120), R.randint(1200, 1900), R.uniform(0.95, 1.2), R.uniform(3, 4.5))
    elif t == 8:
        s = "INFO FileOutputCommitter: Saved output of task 'attempt_202403150231%04d_0012_m_%06d_%d' to s3a://acme-aco-dw/hcc/py=2024/run=hcc-%s" % (R.randint(0, 9999), R.randint(0, 199), R.randint(100, 999), hexs(8))
    elif t == 9:
        s = "INFO YarnClientSchedulerBackend: Application application_1710460800123_%04d has started running." % R.randint(10, 99)
    else:
        s = ("WARN TaskSetManager: Lost task %d.0 in stage 9.0 (TID %d) (%s executor %d): ExecutorLostFailure (executor %d exited caused by one of "
             "the running tasks) Reason: Container killed by YARN for exceeding physical memory limits. 9.1 GB of 9 GB physical memory used.") % (R.randint(0, 199), R.randint(1000, 2000), ip, R.randint(1, 8), R.randint(1, 8))
    return [make("spark", [ts_spark(), " ", s])]


def n_serilog():
    p = prac()
    c = CONTACTS[p[0]]
    t = R.choice(range(13))
    lvl = "INF"
    if t == 0:
        s = "Request starting HTTP/1.1 GET https://portal.acme-aco.org/health - - -"
    elif t == 1:
        s = "Request finished HTTP/1.1 GET https://portal.acme-aco.org/health - 200 - text/plain %.4fms" % R.uniform(0.5, 4)
    elif t == 2:
        s = "HTTP GET /api/practices/%s/caregaps?measure=%s&page=%d responded 200 in %.4f ms" % (p[0], R.choice(MEASURES), R.randint(1, 9), R.uniform(20, 400))
    elif t == 3:
        s = "Executed DbCommand (%dms) [Parameters=[@__practiceId_0='?' (Size = 4)], CommandType='Text', CommandTimeout='30']" % R.randint(2, 300)
    elif t == 4:
        s = "User %s signed in for practice %s (%s) from %s" % (c[1], p[0], p[1], PRACTICE_IPS[p[0]])
    elif t == 5:
        lvl, s = "WRN", "Failed to determine the https port for redirect."
    elif t == 6:
        s = "Now listening on: http://[::]:8080"
    elif t == 7:
        s = "Export %s queued for practice %s by %s (format=%s, measures=%d)" % (ruuid(), p[0], c[1], R.choice(["xlsx", "pdf", "csv"]), R.randint(3, 11))
    elif t == 8:
        lvl, s = "WRN", "Slow query on CareGapSummary: %d ms (practice %s, TIN %s)" % (R.randint(1500, 9000), p[0], p[2])
    elif t == 9:
        lvl, s = "ERR", "SFTP upload to practice %s failed: Renci.SshNet.Common.SshConnectionException: An established connection was aborted by the server." % p[0]
    elif t == 10:
        s = "AcoPortal 4.%d.%d+build.%d starting; environment Production; content root /app" % (R.randint(10, 14), R.randint(0, 9), R.randint(2000, 2400))
    elif t == 11:
        lvl, s = "DBG", "Data protection key {%s} loaded from /keys" % ruuid()
    else:
        s = "Practice contact updated for %s: %s <%s> %s" % (p[0], c[0], c[1], c[2])
    return [make("serilog_text", [ts_serilog(), " [", lvl, "] ", s])]


def n_clef():
    p = prac()
    t = R.choice(range(5))
    base = {"@t": ts_clef()}
    if t == 0:
        base.update({"@mt": "Export {ExportId} completed in {Elapsed:0.0} ms", "ExportId": ruuid(), "Elapsed": round(R.uniform(200, 9000), 3),
                     "PracticeId": p[0], "SourceContext": "AcoPortal.CareGaps.ExportService"})
    elif t == 1:
        base.update({"@mt": "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", "RequestMethod": "GET",
                     "RequestPath": "/api/practices/%s/roster" % p[0], "StatusCode": 200, "Elapsed": round(R.uniform(10, 300), 4),
                     "RequestId": "0HN1%s:%08X" % (hexs(9).upper(), R.randint(1, 40)), "TraceId": hexs(32), "SpanId": hexs(16)})
    elif t == 2:
        base.update({"@mt": "Gap list cache warmed for {PracticeCount} practices ({RowCount} rows)", "PracticeCount": 5,
                     "RowCount": R.randint(3000, 9000), "SourceContext": "AcoPortal.Startup.CacheWarmup"})
    elif t == 3:
        base.update({"@mt": "Health check {HealthCheckName} completed after {ElapsedMilliseconds}ms with status {HealthStatus}",
                     "@l": "Debug", "HealthCheckName": R.choice(["acodw", "sftp", "redis"]), "ElapsedMilliseconds": round(R.uniform(1, 40), 4),
                     "HealthStatus": "Healthy"})
    else:
        base.update({"@mt": "Login failed for {UserName}: {Reason}", "@l": "Warning", "UserName": CONTACTS[p[0]][3],
                     "Reason": "password expired", "ClientIp": PRACTICE_IPS[p[0]]})
    return [make("serilog_clef", J(base))]


def n_sftp():
    p = prac()
    host = R.choice(["sftp01", "sftp02"])
    pid = R.randint(10000, 60000)
    ip = PRACTICE_IPS[p[0]]
    user = "practice%s" % p[0]
    t = R.choice(range(8))
    fname = "/outbound/%s/CareGaps_%s_%s_2024-03.xlsx" % (p[0], p[0], p[1].split()[0])
    if t == 0:
        s = "sshd[%d]: Accepted publickey for %s from %s port %d ssh2: RSA SHA256:%s" % (pid, user, ip, R.randint(40000, 65000), hexs(43))
    elif t == 1:
        s = "internal-sftp[%d]: session opened for local user %s from [%s]" % (pid, user, ip)
    elif t == 2:
        s = 'internal-sftp[%d]: open "%s" flags READ mode 0666' % (pid, fname)
    elif t == 3:
        s = 'internal-sftp[%d]: close "%s" bytes read %d written 0' % (pid, fname, R.randint(40000, 900000))
    elif t == 4:
        s = "internal-sftp[%d]: session closed for local user %s from [%s]" % (pid, user, ip)
    elif t == 5:
        s = 'internal-sftp[%d]: opendir "/outbound/%s/pdf"' % (pid, p[0])
    elif t == 6:
        s = 'internal-sftp[%d]: open "/inbound/cms/%s" flags WRITE,CREATE,TRUNCATE mode 0640' % (pid, cclf_name(R.choice("1589AB")))
    else:
        s = "sshd[%d]: Received disconnect from %s port %d:11: disconnected by user" % (pid, ip, R.randint(40000, 65000))
    return [make("sftp_syslog", [ts_syslog(), " ", host, " ", s])]


def n_tableau():
    t = R.choice(range(7))
    if t < 4:
        v = R.choice([
            {"elapsed": round(R.uniform(0.01, 3), 3), "rows": R.randint(5, 20000), "cols": R.randint(3, 20),
             "query-trunc": "SELECT \"practice_tin\", \"measure\", COUNT(*) FROM \"Extract\".\"Extract\" GROUP BY 1,2"},
            {"elapsed": round(R.uniform(0.5, 30), 3), "rows-inserted": R.randint(10000, 400000), "table": "\"Extract\".\"Extract\""},
            {"path": "/var/tableau/extracts/ACO_CareGaps_%s.hyper" % hexs(6), "mode": "create_and_replace"},
            {"elapsed": round(R.uniform(0.01, 2), 3), "rows": R.randint(1, 30), "query-trunc": "SELECT AVG(\"raf_blended\") FROM \"Extract\".\"Extract\" WHERE \"py\" = 2024"}])
        k = "query-end" if "rows" in v else ("insert-end" if "rows-inserted" in v else "database-open")
        o = {"ts": ts_hyper(), "pid": R.randint(2000, 40000), "tid": hexs(4), "req": "-", "sess": hexs(8), "sev": "info", "k": k, "v": v}
        return [make("tableau_hyper", J(o))]
    msgs = ["===== Creating new session", "=====     Server:   https://tableau.acme-aco.org",
            "=====     Username: svc_tableau_publish", "===== Publishing 'ACO_CareGaps.hyper' to the server. This could take several minutes...",
            "===== File successfully published to the server at the following location:",
            "===== https://tableau.acme-aco.org/#/site/aco/datasources/%d" % R.randint(100, 999),
            "===== Continuing previous session", "===== Signing out"]
    return [make("tabcmd", [R.choice(msgs)])]


def n_dq():
    t = R.choice(range(6))
    if t == 0:
        s = "DQ[cclf8.%s] PASS 0/%d failures (%.2fs)" % (R.choice(["bene_mbi_id.format", "bene_dob.not_null", "bene_zip_cd.len5", "bene_sex_cd.domain"]), R.randint(17000, 19000), R.uniform(0.1, 4))
    elif t == 1:
        s = "DQ[cclf5.clm_line_cvrd_pd_amt.non_negative] WARN %d/%d rows negative (adjustments, expected)" % (R.randint(10, 90), R.randint(200000, 400000))
    elif t == 2:
        s = "Validation result: suite=cclf_claims_v3 success=%s evaluated_expectations=48 successful_expectations=%d unsuccessful=%d run_id=%s" % ("True", 48, 0, ruuid())
    elif t == 3:
        s = "DQ summary PY2024 M03: files=9 checks=212 pass=%d warn=%d fail=%d report=s3://acme-aco-dw/dq/2024-03/report_%s.html" % (R.randint(200, 209), R.randint(1, 6), R.randint(0, 3), hexs(7))
    elif t == 4:
        s = "DQ[cclf1 vs cclf5] claim count reconciliation: cclf1=%d cclf5_distinct_hdr=%d delta=0.00%%" % ((x := R.randint(30000, 60000)), x)
    else:
        s = "Calculating Metrics: 100%%|##########| %d/%d [00:0%d<00:00, %.2fit/s]" % ((y := R.randint(20, 60)), y, R.randint(1, 9), R.uniform(10, 90))
    return [make("dq_check", ([ts_pylog(), " INFO dq.runner: "] if t != 5 else []) + [s])]


def n_pg():
    pid = R.randint(1000, 9000)
    t = R.choice(range(5))
    if t == 0:
        s = "[%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (pid, R.randint(200, 9000), R.uniform(1, 30), R.randint(1, 9), R.uniform(20, 200), R.uniform(0, 1), R.uniform(20, 200))
    elif t == 1:
        s = "[%d] aco_etl@acodw LOG:  connection authorized: user=aco_etl database=acodw application_name=airflow SSL enabled (protocol=TLSv1.3)" % pid
    elif t == 2:
        s = '[%d] LOG:  automatic vacuum of table "acodw.stg.cclf5_line": index scans: 1, pages: 0 removed, %d remain' % (pid, R.randint(10000, 99999))
    elif t == 3:
        s = "[%d] aco_etl@acodw LOG:  duration: %.3f ms  statement: COPY stg.cclf%s FROM STDIN WITH (FORMAT csv, HEADER true)" % (pid, R.uniform(1000, 90000), R.choice("1589"))
    else:
        s = '[%d] tableau_ro@acodw ERROR:  permission denied for table bene_contact' % pid
    return [make("postgres", [ts_pg(), " ", s])]


def n_nginx():
    p = prac()
    path = R.choice(["/api/practices/%s/caregaps?measure=%s&page=%d" % (p[0], R.choice(MEASURES), R.randint(1, 5)),
                     "/api/practices/%s/exports/%s/download" % (p[0], ruuid()), "/healthz", "/static/js/main.%s.js" % hexs(8),
                     "/api/practices/%s/attribution/summary?py=2024" % p[0]])
    st = R.choice([200, 200, 200, 304, 401, 404])
    ua = R.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                   "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15"])
    if path == "/healthz":
        ua, st = "kube-probe/1.28", 200
    ip = "10.20.0.1" if path == "/healthz" else PRACTICE_IPS[p[0]]
    user = "-" if path == "/healthz" else CONTACTS[p[0]][3]
    s = '%s - %s [%s] "GET %s HTTP/1.1" %d %d "-" "%s" rt=%.3f' % (ip, user, ts_nginx(), path, st, R.randint(200, 90000), ua, R.uniform(0.001, 0.9))
    return [make("nginx", [s])]


def n_mirth():
    ch = R.choice(["HIE_ADT_Inbound", "PatientPing_JSON", "ADT_to_CareMgmt"])
    t = R.choice(range(5))
    if t == 0:
        s = "INFO  %s [Deploy Thread] com.mirth.connect.donkey.server.channel.Channel: Channel %s (%s) deployed." % (ts_pylog(), ch, ruuid())
    elif t == 1:
        s = "INFO  %s [%s Source on %s (%s) < pool-3-thread-%d] com.mirth.connect.connectors.tcp.TcpReceiver: Received message %d, sending ACK AA" % (ts_pylog(), "HIE ADT Inbound", ch, ruuid()[:8], R.randint(1, 9), R.randint(100000, 999999))
    elif t == 2:
        s = "DEBUG %s [%s Polling Thread] com.mirth.connect.connectors.file.FileReceiver: Polled 0 files from sftp://hie-drop.clinisync.org/outbound/a2231" % (ts_pylog(), ch)
    elif t == 3:
        s = "WARN  %s [%s Destination 1] com.mirth.connect.connectors.http.HttpDispatcher: HTTP 503 from https://cm.acme-aco.org/api/adt, retry 1 of 5" % (ts_pylog(), ch)
    else:
        s = "INFO  %s [pool-1-thread-3] com.mirth.connect.server.controllers.DonkeyMessageController: Pruned %d messages from channel %s" % (ts_pylog(), R.randint(100, 9000), ch)
    return [make("mirth", [s])]


def n_attr():
    t = R.choice(range(4))
    if t == 0:
        o = {"event": "attribution_run_started", "run_id": "attr-PY2024-Q1-r%d" % R.randint(1, 4), "performance_year": 2024,
             "lookback": "2022-10-01..2023-09-30", "method": "prospective_plus", "level": "info", "timestamp": ts_iso_us()}
    elif t == 1:
        o = {"event": "step_complete", "step": R.choice(["step1_pcp_allowed", "step2_specialist", "voluntary_alignment", "exclusions"]),
             "assigned": R.randint(1000, 16000), "elapsed_s": round(R.uniform(2, 200), 2), "level": "info", "timestamp": ts_iso_us()}
    elif t == 2:
        p = prac()
        o = {"event": "tin_summary", "tin": p[2], "practice": p[1], "assigned": R.randint(800, 5200),
             "pct_dual": round(R.uniform(5, 22), 1), "mean_raf": round(R.uniform(0.9, 1.3), 4), "level": "info", "timestamp": ts_iso_us()}
    else:
        o = {"event": "roster_published", "path": "s3://acme-aco-dw/attribution/py=2024/q=1/roster_%s.parquet" % hexs(8),
             "rows": R.randint(17000, 19000), "sha256": hexs(64), "level": "info", "timestamp": ts_iso_us()}
    return [make("attribution_json", J(o, (", ", ": ")))]


def n_export():
    p = prac()
    c = CONTACTS[p[0]]
    t = R.choice(range(4))
    if t == 0:
        s = "INFO caregaps.export: wrote /data/exports/%s/CareGaps_%s_%s_2024-03.xlsx sheets=['Open Gaps','Closed','Measures'] rows=%d" % (p[0], p[0], p[1].split()[0], R.randint(100, 900))
    elif t == 1:
        s = "INFO caregaps.notify: emailed %s <%s> that the March gap list is ready (tel %s)" % (c[0], c[1], c[2])
    elif t == 2:
        s = "WARNING openpyxl.worksheet._writer: Data Validation extension is not supported and will be removed"
    else:
        s = "INFO caregaps.pdf: rendered %d PDFs for practice %s in %.1fs (reportlab 4.1.0)" % (R.randint(40, 400), p[0], R.uniform(5, 90))
    return [make("caregap_export", [ts_pylog(), " ", s])]


def n_outreach():
    c = cm()
    t = R.choice(range(4))
    if t == 0:
        s = "level=info msg=\"queue stats\" cm=%s open=%d overdue=%d tcm_due_48h=%d" % (c[1], R.randint(20, 90), R.randint(0, 15), R.randint(0, 9))
    elif t == 1:
        s = "level=info msg=\"campaign progress\" campaign=AWV-2024-Q1 attempted=%d reached=%d scheduled=%d" % (R.randint(900, 2000), R.randint(400, 800), R.randint(100, 390))
    elif t == 2:
        s = "level=warn msg=\"dialer trunk degraded\" provider=twilio region=us1 error=31005 call_sid=CA%s" % hexs(32)
    else:
        s = "level=info msg=\"assignment rebalanced\" from=%s to=%s tasks=%d reason=PTO" % (c[1], cm()[1], R.randint(3, 30))
    return [make("outreach_kv", [tick().strftime("%Y-%m-%dT%H:%M:%SZ"), " ", s])]


def n_cclf_manifest():
    n = R.choice("123456789AB")
    fn = cclf_name(n)
    t = R.choice(range(3))
    if t == 0:
        s = "{logging_mixin.py:188} INFO - received %s size=%d sha256=%s" % (fn, R.randint(10 ** 6, 10 ** 9), hexs(64))
    elif t == 1:
        s = "{logging_mixin.py:188} INFO - CCLF0 summary: CCLF%s record_count=%d record_length=%d" % (n, R.randint(1000, 400000), R.choice([177, 267, 318, 549]))
    else:
        s = "{logging_mixin.py:188} INFO - unzipped P.%s.ACO.ZCY24.D240315.T0%d12300.zip -> 12 files" % (ACO, R.randint(1, 5))
    return [make("airflow", [ts_airflow(), " ", s])]


NOISE = [(n_airflow, 10), (n_spark, 8), (n_serilog, 8), (n_clef, 5), (n_sftp, 6), (n_tableau, 5), (n_dq, 5),
         (n_pg, 4), (n_nginx, 5), (n_mirth, 4), (n_attr, 4), (n_export, 4), (n_outreach, 4), (n_cclf_manifest, 3)]


# ================================================================ PHI generators
CCLF8_LAYOUT = [("BENE_MBI_ID", 11), ("BENE_HIC_NUM", 11), ("BENE_FIPS_STATE_CD", 2), ("BENE_FIPS_CNTY_CD", 3),
                ("BENE_ZIP_CD", 5), ("BENE_DOB", 10), ("BENE_SEX_CD", 1), ("BENE_RACE_CD", 1), ("BENE_AGE", 3),
                ("BENE_MDCR_STUS_CD", 2), ("BENE_DUAL_STUS_CD", 2), ("BENE_DEATH_DT", 10), ("BENE_RNG_BGN_DT", 10),
                ("BENE_RNG_END_DT", 10), ("BENE_1ST_NAME", 30), ("BENE_MIDL_NAME", 15), ("BENE_LAST_NAME", 40),
                ("BENE_ORGNL_ENTLMT_RSN_CD", 1), ("BENE_ENTLMT_BUYIN_IND", 1), ("BENE_PART_A_ENRLMT_BGN_DT", 10),
                ("BENE_PART_B_ENRLMT_BGN_DT", 10), ("BENE_LINE_1_ADR", 45), ("BENE_LINE_2_ADR", 45),
                ("GEO_ZIP_PLC_NAME", 30), ("GEO_USPS_STATE_CD", 2), ("GEO_ZIP5_CD", 5), ("GEO_ZIP4_CD", 4)]


def cclf8_header():
    pos, parts = 1, []
    for name, w in CCLF8_LAYOUT:
        parts.append("%s(%d,%d)" % (name, pos, w))
        pos += w
    return "HDR CCLF8 V35 ACO=%s PY=2024 RECLEN=%04d " % (ACO, pos - 1) + " ".join(parts)


def cclf8_record(b):
    it = []
    it += fw(b["mbi"], 11, "health_plan")
    it += fw(b["hicn"] if R.random() < 0.3 else "", 11, "health_plan")
    it += fw(b["city"][3], 2)
    it += fw(b["city"][4], 3, "address")
    it += fw(b["zip"], 5, "zip")
    it += fw(dfmt(b["dob"], "iso"), 10, "date")
    it += fw("2" if b["sex"] == "F" else "1", 1)
    it += fw(R.choice("12345"), 1)
    it += fw("%03d" % b["age"], 3, "age" if b["age"] > 89 else None)
    it += fw(R.choice(["10", "11", "20", "31"]), 2)
    it += fw(R.choice(["NA", "02", "04", "08"]), 2)
    it += fw(dfmt(b["dead"], "iso") if b["dead"] else "", 10, "date")
    it += fw("2024-01-01", 10)
    it += fw("9999-12-31", 10)
    it += fw(UP(b["first"]), 30, "name")
    it += fw(b["mid"], 15, "name")
    it += fw(UP(b["last"]), 40, "name")
    it += fw(R.choice("0123"), 1)
    it += fw(R.choice("0AC3"), 1)
    pa = dt.date(b["dob"].year + 65, b["dob"].month, 1) if b["age"] >= 65 else rdate(dt.date(2005, 1, 1), dt.date(2022, 1, 1))
    it += fw(dfmt(pa, "iso"), 10, "date")
    it += fw(dfmt(pa, "iso"), 10, "date")
    st = UP(b["street"])
    if " APT " in st or " UNIT " in st or " #" in st or " LOT " in st or " STE " in st:
        for sep in (" APT ", " UNIT ", " #", " LOT ", " STE "):
            if sep in st:
                l1, l2 = st.split(sep, 1)
                l2 = sep.strip() + " " + l2 if sep != " #" else "#" + l2
                break
        it += fw(l1, 45, "address")
        it += fw(l2, 45, "address")
    else:
        it += fw(st, 45, "address")
        it += fw("", 45)
    it += fw(UP(b["city"][0]), 30, "address")
    it += fw(b["city"][1], 2)
    it += fw(b["zip"], 5, "zip")
    it += fw(b["zip4"], 4, "zip")
    return it


def p_cclf8():
    out = []
    fn = cclf_name("8")
    out.append(make("airflow", [ts_airflow(), " {logging_mixin.py:188} INFO - head -n %d %s" % (R.randint(3, 4), fn)]))
    out.append(make("cclf_fixed", [cclf8_header()]))
    for _ in range(R.randint(1, 3)):
        out.append(make("cclf_fixed", cclf8_record(bene())))
    if R.random() < 0.4:
        out.append(make("cclf_fixed", ["TRL CCLF8 RECORD_COUNT=%09d" % R.randint(17000, 19000)]))
    return out


def p_cclf8_reject():
    b = bene()
    reason = R.choice(["BENE_ZIP_CD not numeric", "BENE_DOB after BENE_DEATH_DT", "duplicate BENE_MBI_ID in file",
                       "BENE_LAST_NAME empty after trim"])
    items = [ts_airflow(), " {cclf_loader.py:%d} WARNING - reject line %d (%s): " % (R.randint(100, 300), R.randint(2, 18000), reason), "'"]
    items += cclf8_record(b)[:24]
    items += ["...'"]
    return [make("airflow", items)]


CCLF5_COLS = ["CUR_CLM_UNIQ_ID", "CLM_LINE_NUM", "BENE_MBI_ID", "BENE_HIC_NUM", "CLM_TYPE_CD", "CLM_FROM_DT", "CLM_THRU_DT",
              "RNDRG_PRVDR_TYPE_CD", "RNDRG_PRVDR_FIPS_ST_CD", "CLM_PRVDR_SPCLTY_CD", "CLM_FED_TYPE_SRVC_CD", "CLM_POS_CD",
              "CLM_LINE_FROM_DT", "CLM_LINE_THRU_DT", "CLM_LINE_HCPCS_CD", "CLM_LINE_CVRD_PD_AMT", "CLM_LINE_DGNS_CD",
              "CLM_RNDRG_PRVDR_TAX_NUM", "RNDRG_PRVDR_NPI_NUM", "CLM_EFCTV_DT", "CLM_IDR_LD_DT", "CLM_CNTL_NUM", "CLM_LINE_ALOWD_CHRG_AMT"]


def cclf5_row(b, cid, ln, svc):
    p = b["practice"]
    cl = clin()
    hcpcs = R.choice(["99214", "99213", "G0439", "99496", "93000", "G2211", "99490", "80053", "36415"])
    cnt = "%014d" % R.randint(10 ** 13, 10 ** 14 - 1)
    vals = [T(cid, "other_id"), str(ln), T(b["mbi"], "health_plan"), "", R.choice(["71", "72"]), T(dfmt(svc, "iso"), "date"),
            T(dfmt(svc, "iso"), "date"), "1", "39", R.choice(["08", "11", "38", "06"]), "1", R.choice(["11", "22", "21", "02"]),
            T(dfmt(svc, "iso"), "date"), T(dfmt(svc, "iso"), "date"), hcpcs, "%.2f" % R.uniform(8, 220),
            R.choice(["I10", "E1165", "I5022", "J449", "Z0000", "N184"]), p[2], cl[3], "2024-02-%02d" % R.randint(1, 28),
            "2024-03-%02d" % R.randint(1, 9), T(cnt, "other_id"), "%.2f" % R.uniform(20, 300)]
    items = []
    for i, v in enumerate(vals):
        if i:
            items.append(",")
        items.append(v)
    return items


def p_cclf5():
    out = []
    if R.random() < 0.6:
        out.append(make("cclf_csv", [",".join(CCLF5_COLS)]))
    b = bene()
    cid = claim_id()
    svc = rdate(dt.date(2023, 10, 1), dt.date(2024, 2, 20))
    for ln in range(1, R.randint(2, 3) + 1):
        out.append(make("cclf_csv", cclf5_row(b, cid, ln, svc)))
    return out


def p_cclf9():
    out = []
    for _ in range(R.randint(1, 2)):
        b = bene()
        prev = b["hicn"] if R.random() < 0.5 else mk_mbi()
        eff = rdate(dt.date(2018, 4, 1), dt.date(2023, 6, 30))
        obs = eff + dt.timedelta(days=R.randint(200, 900))
        out.append(make("cclf_pipe", [T(b["mbi"], "health_plan"), "|", T(prev, "health_plan"), "|",
                                      T(dfmt(eff, "iso"), "date"), "|", T(dfmt(obs, "iso"), "date"), "|", "" if R.random() < 0.8 else "RRB"]))
    return out


def p_airflow_phi():
    b = bene()
    t = R.choice(range(5))
    it = [ts_airflow(), " "]
    if t == 0 and b["dead"]:
        it += ["{attribution.py:214} INFO - excluding bene ", T(b["mbi"], "health_plan"), ": BENE_DEATH_DT ",
               T(dfmt(b["dead"], "iso"), "date"), " before PY start"]
    elif t <= 1:
        it += ["{logging_mixin.py:188} INFO - MBI changed per CCLF9: ", T(b["hicn"], "health_plan"), " -> ",
               T(b["mbi"], "health_plan"), " (", T(UP(b["last"]), "name"), ", ", T(UP(b["first"]), "name"), ")"]
    elif t == 2:
        it += ["{adt_router.py:88} INFO - routed ", R.choice(["ED visit", "inpatient admit", "SNF discharge"]), " for ",
               T("%s %s" % (b["first"], b["last"]), "name"), " mbi=", T(b["mbi"], "health_plan"), " to cm queue ",
               cm()[1], " case=", T(b["case"], "other_id")]
    elif t == 3:
        it += ["{caregaps.py:131} WARNING - no PCP visit found for ", T(b["mbi"], "health_plan"), " (dob ",
               T(dfmt(b["dob"], "us"), "date"), ", age ", age_tag(b["age"]), ") - attributing by specialist step"]
    else:
        it += ["{dq.py:61} ERROR - zip/county mismatch for bene_key=", T(hashlib.sha256((b["mbi"] + "aco-salt").encode()).hexdigest()[:32], "other_id"),
               " zip=", T(b["zip"], "zip"), " county_fips=", b["city"][3], T(b["city"][4], "address")]
    return [make("airflow", it)]


def p_traceback():
    b = bene()
    out = [make("airflow", [ts_airflow(), " {taskinstance.py:1937} ERROR - Task failed with exception"]),
           make("python_traceback", ["Traceback (most recent call last):"]),
           make("python_traceback", ['  File "/opt/airflow/dags/aco/cclf_loader.py", line %d, in parse_cclf8' % R.randint(100, 200)]),
           make("python_traceback", ['    dob = datetime.strptime(rec["BENE_DOB"], "%Y-%m-%d").date()']),
           make("python_traceback", ['  File "/usr/local/lib/python3.11/_strptime.py", line 568, in _strptime_datetime'])]
    bad = "%d-02-30" % b["dob"].year
    if R.random() < 0.5:
        out.append(make("python_traceback", ["ValueError: time data '", T(bad, "date"), "' does not match format '%Y-%m-%d'"]))
    else:
        out.append(make("python_traceback", ["cclf_loader.RecordError: BENE_DOB '", T(bad, "date"), "' invalid for MBI ",
                                             T(b["mbi"], "health_plan"), " (line %d)" % R.randint(2, 18000)]))
    return out


def p_spark():
    b = bene()
    t = R.choice(range(4))
    if t == 0:
        it = ["WARN HccRiskScoreJob: bene ", T(b["mbi"], "health_plan"), " has ESRD flag but no dialysis claims in lookback; scoring in CNA segment"]
    elif t == 1:
        hc = R.sample(HCCS, R.randint(1, 4))
        it = ["INFO HccRiskScoreJob: sample scored row: Row(bene_mbi_id='", T(b["mbi"], "health_plan"), "', bene_dob='",
              T(dfmt(b["dob"], "iso"), "date"), "', age=", age_tag(b["age"]), ", orec='0', hccs=%s, raf_v24=%.3f, raf_v28=%.3f)" % (hc, R.uniform(0.4, 4), R.uniform(0.4, 4))]
    elif t == 2:
        it = ["ERROR Executor: Exception in task %d.0 in stage 7.0 (TID %d): org.apache.spark.api.python.PythonException: "
              % (R.randint(0, 199), R.randint(100, 999)),
              "KeyError: 'no demographic row for ", T(b["mbi"], "health_plan"), "'"]
    else:
        it = ["DEBUG HccRiskScoreJob: interaction D%d for " % R.randint(2, 6), T(b["mbi"], "health_plan"),
              " (", T(UP(b["last"]), "name"), ") hccs=[", ", ".join(R.sample(HCCS, 3)), "] raf=%.4f" % R.uniform(1, 5)]
    return [make("spark", [ts_spark(), " "] + it)]


def p_attr():
    b = bene()
    p = b["practice"]
    cl = clin()
    t = R.choice(range(3))
    if t == 0:
        o = {"event": "bene_assigned", "mbi": T(b["mbi"], "health_plan"), "tin": p[2], "npi": cl[3], "step": R.choice([1, 2]),
             "pc_allowed": round(R.uniform(100, 4000), 2), "last_pcp_visit": T(dfmt(rdate(dt.date(2022, 10, 1), dt.date(2023, 9, 30)), "iso"), "date"),
             "level": "debug", "timestamp": ts_iso_us()}
    elif t == 1:
        o = {"event": "voluntary_alignment", "mbi": T(b["mbi"], "health_plan"), "va_source": "MyMedicare.gov",
             "va_signature_date": T(dfmt(rdate(dt.date(2022, 1, 1), dt.date(2023, 12, 1)), "iso"), "date"), "npi": cl[3],
             "overrides_claims": True, "level": "info", "timestamp": ts_iso_us()}
    else:
        o = {"event": "bene_excluded", "bene_key": T(hashlib.sha256((b["mbi"] + "aco-salt").encode()).hexdigest(), "other_id"),
             "reason": R.choice(["ma_enrollment", "no_part_b_month", "outside_us", "other_aco_overlap"]), "months_eligible": R.randint(0, 11),
             "level": "info", "timestamp": ts_iso_us()}
    return [make("attribution_json", J(o, (", ", ": ")))]


def hl7_fields(fields):
    items = []
    for i, f in enumerate(fields):
        if i:
            items.append("|")
        if isinstance(f, list):
            items.extend(f)
        else:
            items.append(f)
    return items


def pid_seg(b, sep_id="OSUWMC", with_ssn=True, with_dl=False):
    street = UP(b["street"])
    ph = [T(b["area"] + b["num"], "phone")] if R.random() < 0.5 else [T("(%s)%s-%s" % (b["area"], b["num"][:3], b["num"][3:]), "phone")]
    name = [T(UP(b["last"]), "name"), "^", T(UP(b["first"]), "name")]
    if b["mid"]:
        name += ["^", T(b["mid"], "name")]
    f = ["PID", "1", "", [T(b["mrn"], "mrn"), "^^^%s^MR~" % sep_id, T(b["mbi"], "health_plan"), "^^^CMS^MB"], "", name, "",
         [T(dfmt(b["dob"], "compact"), "date")], b["sex"], "", R.choice(["2106-3", "2054-5", "2028-9", "2131-1"]),
         [T(street, "address"), "^^", T(UP(b["city"][0]), "address"), "^", b["city"][1], "^", T(b["zip"], "zip"), "^USA^H^^",
          T(b["city"][4], "address")],
         "", ["^PRN^PH^^^"] + ph if R.random() < 0.4 else ph, "", "ENG" if R.random() < 0.7 else "SPA", R.choice("MSWD"), "",
         [T(b["acct"], "account"), "^^^%s^AN" % sep_id], [T(b["ssn"].replace("-", ""), "ssn")] if with_ssn else "",
         [T(b["dl"], "license"), "^%s^20271231" % b["city"][1]] if with_dl else ""]
    if f[13][0] == "^PRN^PH^^^":
        # XTN with area/local split into components: label the contiguous parts separately
        f[13] = ["^PRN^PH^^^", T(b["area"], "phone"), "^", T(b["num"], "phone")]
    return hl7_fields(f)


def p_hl7():
    b = bene()
    hie = R.choice(HIES)
    hosp = R.choice(HOSPITALS)
    ev = R.choice(["A01", "A03", "A04", "A08"])
    admit = rdate(dt.date(2024, 3, 5), dt.date(2024, 3, 14))
    adm_ts = admit.strftime("%Y%m%d") + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59))
    dis = min(admit + dt.timedelta(days=R.randint(1, 6)), dt.date(2024, 3, 14))
    dis_ts = dis.strftime("%Y%m%d") + "%02d%02d" % (R.randint(8, 20), R.randint(0, 59))
    cl = clin()
    msgts = ts_hl7()
    ctl = "%s%08d" % (hie[1][:2], R.randint(0, 10 ** 8))
    out = [make("hl7_adt", ["MSH|^~\\&|%s|%s|ACO_ANALYTICS|ACME_ACO|%s||ADT^%s^ADT_A01|%s|P|2.5.1|||AL|NE" % (hie[1], hosp[1], msgts, ev, ctl)]),
           make("hl7_adt", ["EVN|%s|%s|||" % (ev, msgts)]),
           make("hl7_adt", pid_seg(b, hosp[1], with_ssn=R.random() < 0.4, with_dl=R.random() < 0.25))]
    if R.random() < 0.5:
        f, rel, area, num = relative()
        out.append(make("hl7_adt", hl7_fields(["NK1", "1", [T(UP(b["last"]), "name"), "^", T(UP(f), "name")],
                                               "%s^%s^HL70063" % (rel[1], rel[2]), "",
                                               [T(pfmt(area, num, "paren"), "phone")], "", "EC^Emergency Contact^HL70131"])))
    pv1 = ["PV1", "1", "E" if ev == "A04" else "I", "%s^%d^%s^%s" % (R.choice(["4W", "ED", "5N", "ICU"]), R.randint(1, 40), R.choice("AB"), hosp[1]),
           R.choice(["E", "U", "R"]), "", "", "%s^%s^%s^^^^%s" % (cl[3], UP(cl[1]), UP(cl[0]), cl[2]), "", "",
           R.choice(["MED", "CAR", "SUR", "EMR"]), "", "", "", R.choice(["7", "1", "2"]), "", "", "", R.choice(["IN", "ER", "OBS"]),
           [T("V%09d" % R.randint(0, 10 ** 9 - 1), "other_id")]] + [""] * 16 + [R.choice(["01", "03", "06", "62"]) if ev == "A03" else ""] + [""] * 2 + [hosp[1]] + [""] * 4 + [[T(adm_ts, "date")], [T(dis_ts, "date")] if ev == "A03" else ""]
    out.append(make("hl7_adt", hl7_fields(pv1)))
    dx = R.choice(DX)
    out.append(make("hl7_adt", ["DG1|1||%s^%s^I10||" % dx, T(admit.strftime("%Y%m%d"), "date"), "|A"]))
    if R.random() < 0.5:
        ins = ["IN1", "1", "MCRAB", "CMS", "MEDICARE PART A AND B"] + [""] * 11 + [[T(UP(b["last"]), "name"), "^", T(UP(b["first"]), "name")], "SEL",
                                                                               [T(dfmt(b["dob"], "compact"), "date")]] + [""] * 17 + [[T(b["mbi"], "health_plan")]]
        out.append(make("hl7_adt", hl7_fields(ins)))
    if R.random() < 0.3:
        out.append(make("hl7_adt", hl7_fields(["IN2", "1", "", "", "", "", "", "", [T(b["medicaid"], "health_plan")]])))
    return out


def p_docker_hl7():
    b = bene()
    hie = R.choice(HIES)
    hosp = R.choice(HOSPITALS)
    admit = rdate(dt.date(2024, 3, 5), dt.date(2024, 3, 14))
    items = ['{"log":"', "INFO  %s [HIE ADT Inbound] inbound ADT^A04 from %s: " % (ts_pylog(), hie[1]),
             "MSH|^~\\\\&|%s|%s|ACO_ANALYTICS|ACME_ACO|%s||ADT^A04|%s%08d|P|2.5.1\\r" % (hie[1], hosp[1], ts_hl7(), hie[1][:2], R.randint(0, 10 ** 8)),
             "PID|1||", T(b["mrn"], "mrn"), "^^^%s^MR||" % hosp[1], T(UP(b["last"]), "name"), "^", T(UP(b["first"]), "name"), "||",
             T(dfmt(b["dob"], "compact"), "date"), "|%s|||" % b["sex"], T(UP(b["street"]), "address"), "^^", T(UP(b["city"][0]), "address"),
             "^%s^" % b["city"][1], T(b["zip"], "zip"), "\\rPV1|1|E|ED^^^%s||||||||||||||||" % hosp[1], T("V%09d" % R.randint(0, 10 ** 9 - 1), "other_id"),
             "|||||||||||||||||||||||||", T(admit.strftime("%Y%m%d%H%M"), "date"), "\\r\\n", '","stream":"stdout","time":"%s"}' % ts_docker()]
    return [make("docker_json", items)]


def p_mirth_phi():
    b = bene()
    t = R.choice(range(2))
    if t == 0:
        it = ["WARN  %s [HIE ADT Inbound Filter] com.mirth.connect.server.userutil.ChannelUtil: filtered ADT: PID-3 has no MB identifier for " % ts_pylog(),
              T(UP(b["last"]), "name"), "^", T(UP(b["first"]), "name"), " DOB ", T(dfmt(b["dob"], "compact"), "date"), " MRN ", T(b["mrn"], "mrn")]
    else:
        it = ["ERROR %s [ADT_to_CareMgmt Destination 1] com.mirth.connect.connectors.js.JavaScriptDispatcher: EMPI match failed (score 0.71) for '" % ts_pylog(),
              T("%s, %s" % (UP(b["last"]), UP(b["first"])), "name"), "' zip ", T(b["zip"], "zip"), "; candidates empi=[", T(b["empi"], "mrn"), ", ",
              T(R.choice(POOL)["empi"], "mrn"), "]"]
    return [make("mirth", it)]


def p_adt_json():
    b = bene()
    hosp = R.choice(HOSPITALS)
    admit = dt.datetime.combine(rdate(dt.date(2024, 3, 3), dt.date(2024, 3, 9)), dt.time(R.randint(0, 23), R.randint(0, 59)))
    dis = admit + dt.timedelta(days=R.randint(0, 5), hours=R.randint(1, 20))
    if R.random() < 0.55:
        ev = R.choice(["ED_ADMIT", "ED_DISCHARGE", "IP_ADMIT", "IP_DISCHARGE", "SNF_ADMIT"])
        o = {"notificationId": ruuid(), "sentAt": tick().strftime("%Y-%m-%dT%H:%M:%S-04:00"), "eventType": ev,
             "patient": {"firstName": T(b["first"], "name"), "lastName": T(b["last"], "name"), "dateOfBirth": T(dfmt(b["dob"], "iso"), "date"),
                         "gender": b["sex"], "medicareBeneficiaryId": T(b["mbi"], "health_plan"),
                         "address": {"line1": T(b["street"], "address"), "city": T(b["city"][0], "address"), "state": b["city"][1],
                                     "postalCode": T(b["zip"] + "-" + b["zip4"] if R.random() < 0.4 else b["zip"], "zip")},
                         "phone": T(pfmt(b["area"], b["num"]), "phone")},
             "encounter": {"encounterId": T("ENC-%s-%07d" % (hosp[1], R.randint(0, 10 ** 7)), "other_id"), "facilityName": hosp[0],
                           "facilityNpi": hosp[3], "admitDate": T(admit.date().isoformat(), "date"),
                           "dischargeDate": T(dis.date().isoformat(), "date") if "DISCHARGE" in ev else None,
                           "chiefComplaint": R.choice(["shortness of breath", "fall at home", "chest pain", "confusion", "weakness"]),
                           "diagnoses": [R.choice(DX)[0]]},
             "attributedPractice": {"tin": b["practice"][2], "name": b["practice"][1]}}
        return [make("adt_json", J(o))]
    o = {"msg_type": "ADT_A03", "source": "CliniSync", "pt_last_nm": T(UP(b["last"]), "name"), "pt_first_nm": T(UP(b["first"]), "name"),
         "pt_dob": T(dfmt(b["dob"], "us"), "date"), "pt_age": T(b["age"], "age" if b["age"] > 89 else None), "mbi": T(b["mbi"], "health_plan"), "mcaid_id": T(b["medicaid"], "health_plan") if R.random() < 0.3 else None,
         "admit_dt": T(admit.strftime("%m/%d/%Y %H:%M"), "date"), "disch_dt": T(dis.strftime("%m/%d/%Y %H:%M"), "date"), "disch_disp": "01",
         "fac_ccn": hosp[2], "pcp_npi": clin()[3], "received_ts": tick().strftime("%Y-%m-%d %H:%M:%S")}
    return [make("adt_json", J(o, (", ", ": ")))]


def p_outreach_note():
    b = bene()
    c = cm()
    cl = clin()
    f, rel, area, num = relative()
    dis = rdate(dt.date(2024, 3, 8), dt.date(2024, 3, 14))
    appt = rdate(dt.date(2024, 3, 18), dt.date(2024, 4, 5))
    t = R.choice(range(6))
    head = "%s [CM NOTE] %s, %s: " % (tick().strftime("%m/%d/%Y %H:%M"), c[0], c[2])
    if t == 0:
        it = [head, "Spoke w/ pt's %s " % rel[0], T("%s %s" % (f, b["last"]), "name"), " (caregiver) at ", T(pfmt(area, num), "phone"),
              ". Pt ", T("%s %s" % (b["first"], b["last"]), "name"), ", ", age_tag(b["age"]), " y/o, d/c from %s on " % R.choice(HOSPITALS)[0],
              T(dfmt(dis, "md"), "date"), ". TCM f/u set for ", T(dfmt(appt, "short"), "date"), " w/ Dr. %s. Meds reconciled; needs transport." % cl[1]]
    elif t == 1:
        it = [head, "LVM x2 for ", T("%s, %s" % (b["last"], b["first"]), "name"), " at ", T(pfmt(b["area"], b["num"]), "phone"),
              " re: AWV overdue. Alt # on file (", rel[0], ") ", T(pfmt(area, num), "phone"), " - no answer. Will mail letter to ",
              T(b["street"], "address"), ", ", T(b["city"][0], "address"), " ", b["city"][1], " ", T(b["zip"], "zip"), "."]
    elif t == 2:
        it = ["%s [NOTA CM] Sofía Marín, CHW: Se llamó a%s " % (tick().strftime("%d/%m/%Y %H:%M"), " la Sra." if b["sex"] == "F" else "l Sr."), T("%s %s" % (b["first"], b["last"]), "name"),
              " al ", T(pfmt(b["area"], b["num"], "dash"), "phone"), "; contestó su %s " % rel[3], T(f, "name"),
              ". Paciente de ", age_tag(b["age"]), " años, alta del hospital el ", T(dfmt(dis, "dmy"), "date"),
              ". Cita de seguimiento el ", T(dfmt(appt, "dmy"), "date"), " con Dr. %s. Necesita intérprete." % cl[1]]
    elif t == 3:
        it = [head, "Enrolled ", T("%s. %s" % (b["first"][0], b["last"]), "name"), " (MBI ", T(b["mbi"], "health_plan"), ", case ",
              T(b["case"], "other_id"), ") in CCM. RPM BP cuff shipped, s/n ", T("UA651-%s%05d" % (R.choice("ABC"), R.randint(0, 99999)), "device"),
              ", readings to start ", T(dfmt(appt, "us0"), "date"), ". Pt email ", T(b["email"], "email"), " for portal invite."]
    elif t == 4:
        it = [head, "Pt ", T(b["first"].lower() + " " + b["last"].lower(), "name"), " DOB ", T(dfmt(b["dob"], "mon"), "date"),
              " declined home visit; %s " % rel[0], T(f + " " + R.choice(LAST), "name"), " (POA) requests calls to ",
              T(pfmt(area, num, "dot"), "phone"), " only. Last A1c ", T(dfmt(rdate(dt.date(2023, 6, 1), dt.date(2024, 2, 1)), "long"), "date"),
              " = %.1f%%." % R.uniform(6.1, 10.5)]
    else:
        it = [head, "No answer. Note from %s office: pt " % cl[1], T(UP(b["last"]), "name"), " ", T(b["first"], "name"),
              " moved to daughter's home, new addr ", T("%d %s" % (R.randint(10, 9000), R.choice(STREETS)), "address"), ", ",
              T(R.choice(CITIES)[0], "address"), ". Update demographics in EMPI ", T(b["empi"], "mrn"), "."]
    return [make("outreach_note", it)]


def p_outreach_kv():
    b = bene()
    c = cm()
    t = R.choice(range(3))
    it = [tick().strftime("%Y-%m-%dT%H:%M:%SZ"), " "]
    if t == 0:
        it += ['level=info msg="outreach call logged" call_id=OC-24-%07d task_id=CMT-%05d cm=%s mbi=' % (R.randint(0, 10 ** 7), R.randint(0, 99999), c[1]),
               T(b["mbi"], "health_plan"), " dialed=", T(pfmt(b["area"], b["num"], "e164"), "phone"),
               " disposition=%s dur_s=%d attempt=%d" % (R.choice(["LEFT_VOICEMAIL", "REACHED", "NO_ANSWER", "WRONG_NUMBER"]), R.randint(5, 900), R.randint(1, 3))]
    elif t == 1:
        appt = rdate(dt.date(2024, 3, 18), dt.date(2024, 4, 12))
        it += ['level=info msg="appointment scheduled" cm=%s case_id=' % c[1], T(b["case"], "other_id"), " patient=\"",
               T("%s %s" % (b["first"], b["last"]), "name"), "\" appt_date=", T(appt.isoformat(), "date"),
               " type=%s npi=%s" % (R.choice(["TCM", "AWV", "CCM_INTAKE"]), clin()[3])]
    else:
        it += ['level=info msg="rpm device assigned" mbi=', T(b["mbi"], "health_plan"), " model=\"BodyTrace BT105\" imei=",
               T("35%013d" % R.randint(0, 10 ** 13 - 1), "device"), " assigned_by=%s" % c[1]]
    return [make("outreach_kv", it)]


def p_outreach_csv():
    b = bene()
    c = cm()
    appt = rdate(dt.date(2024, 3, 18), dt.date(2024, 4, 12))
    it = ["OC-24-%07d," % R.randint(0, 10 ** 7), c[1], ",", T(b["mbi"], "health_plan"), ",", T(UP(b["last"]), "name"), ",",
          T(UP(b["first"]), "name"), ",", T(pfmt(b["area"], b["num"], "plain"), "phone"), ",%s,%s," % (R.choice(["TCM", "AWV", "HRA"]), R.choice(["REACHED", "LVM", "NO_ANSWER"])),
          T(dfmt(appt, "us"), "date"), ",", b["practice"][0]]
    return [make("outreach_csv", it)]


def p_serilog_phi():
    b = bene()
    p = b["practice"]
    c = CONTACTS[p[0]]
    t = R.choice(range(5))
    out = []
    if t == 0:
        out.append(make("serilog_text", [ts_serilog(), " [WRN] Patient lookup ambiguous for \"", T("%s, %s" % (b["last"], b["first"]), "name"),
                                         "\" DOB ", T(dfmt(b["dob"], "us"), "date"), ": %d matches (practice %s, user %s)" % (R.randint(2, 3), p[0], c[1])]))
    elif t == 1:
        out.append(make("serilog_text", [ts_serilog(), " [INF] Request starting HTTP/2 GET https://portal.acme-aco.org/practices/%s/patients/" % p[0],
                                         T(b["mbi"], "health_plan"), "/gaps - - -"]))
    elif t == 2:
        out.append(make("serilog_text", [ts_serilog(), " [ERR] Failed to render gap PDF for MBI ", T(b["mbi"], "health_plan"), " (export %s)" % ruuid()]))
        out.append(make("dotnet_stack", ["System.InvalidOperationException: Beneficiary ", T(b["mbi"], "health_plan"),
                                         " has no attributed TIN for PY2024"]))
        frames = ["   at AcoPortal.CareGaps.PdfRenderer.RenderAsync(GapList list, CancellationToken ct) in /src/AcoPortal/CareGaps/PdfRenderer.cs:line %d" % R.randint(40, 200),
                  "   at AcoPortal.CareGaps.ExportService.ExportPracticeAsync(String practiceId, ExportFormat format) in /src/AcoPortal/CareGaps/ExportService.cs:line %d" % R.randint(40, 300),
                  "   at Microsoft.AspNetCore.Mvc.Infrastructure.ActionMethodExecutor.TaskOfIActionResultExecutor.Execute(ActionContext actionContext, IActionResultTypeMapper mapper, ObjectMethodExecutor executor, Object controller, Object[] arguments)",
                  "   --- End of stack trace from previous location ---"]
        for fr in frames[:R.randint(2, 4)]:
            out.append(make("dotnet_stack", [fr]))
    elif t == 3:
        out.append(make("serilog_text", [ts_serilog(), " [INF] Gap ", R.choice(MEASURES), " marked closed by %s for " % c[1],
                                         T("%s %s" % (b["first"], b["last"]), "name"), " (MRN ", T(b["mrn"], "mrn"), ") service date ",
                                         T(dfmt(rdate(dt.date(2024, 1, 2), dt.date(2024, 3, 12)), "us"), "date")]))
    else:
        out.append(make("serilog_text", [ts_serilog(), " [WRN] Demographic update rejected: phone ", T(pfmt(b["area"], b["num"]), "phone"),
                                         " already on file for ", T("%s %s" % (UP(b["first"]), UP(b["last"])), "name")]))
    return out


def p_clef_phi():
    b = bene()
    p = b["practice"]
    t = R.choice(range(3))
    svc = rdate(dt.date(2024, 1, 2), dt.date(2024, 3, 12))
    if t == 0:
        o = {"@t": ts_clef(), "@mt": "Gap closed {Measure} for {BeneficiaryName} ({Mbi}) on {ServiceDate}", "Measure": R.choice(MEASURES),
             "BeneficiaryName": T("%s %s" % (b["first"], b["last"]), "name"), "Mbi": T(b["mbi"], "health_plan"), "ServiceDate": T(svc.isoformat(), "date"),
             "PracticeId": p[0], "SourceContext": "AcoPortal.CareGaps.GapService", "RequestId": "0HN1%s:%08X" % (hexs(9).upper(), R.randint(1, 40))}
    elif t == 1:
        o = {"@t": ts_clef(), "@m": JS("Roster search by ", CONTACTS[p[0]][3], " matched \"", T(b["last"], "name"), "\" born ", T(dfmt(b["dob"], "us"), "date")),
             "@i": hexs(8), "@l": "Debug", "PracticeId": p[0], "SourceContext": "AcoPortal.Roster.SearchController"}
    else:
        o = {"@t": ts_clef(), "@mt": "Outreach preference saved {@Preference}", "Preference": {"Mbi": T(b["mbi"], "health_plan"),
             "PreferredPhone": T(pfmt(b["area"], b["num"], "dash"), "phone"), "Email": T(b["email"], "email"), "Language": R.choice(["en", "es", "ar", "vi"]),
             "_typeTag": "OutreachPreference"}, "SourceContext": "AcoPortal.Outreach.PreferenceService"}
    return [make("serilog_clef", J(o))]


def p_export_phi():
    b = bene()
    p = b["practice"]
    t = R.choice(range(3))
    if t == 0:
        it = [ts_pylog(), " INFO caregaps.pdf: rendered /data/exports/%s/pdf/CareGap_" % p[0], T(UP(b["last"]).replace(" ", "").replace("'", ""), "name"),
              "_", T(UP(b["first"]).replace(" ", ""), "name"), "_", T(dfmt(b["dob"], "iso"), "date"), ".pdf pages=%d gaps=%s" % (R.randint(1, 3), R.sample(MEASURES, 2))]
    elif t == 1:
        it = [ts_pylog(), " WARNING caregaps.export: row %d sheet 'Open Gaps' truncated name " % R.randint(2, 900), T(b["last"] + ", " + b["first"], "name"),
              " last_screen=", T(dfmt(rdate(dt.date(2021, 1, 1), dt.date(2023, 12, 1)), "iso"), "date"), " measure=%s" % R.choice(MEASURES)]
    else:
        it = [ts_pylog(), " ERROR caregaps.pdf: reportlab LayoutError for ", T(b["mbi"], "health_plan"), " (", T(UP(b["last"]), "name"),
              ") - Flowable <Table@0x7f%s> too large on page 2" % hexs(10)]
    return [make("caregap_export", it)]


def p_sftp_phi():
    b = bene()
    p = b["practice"]
    pid = R.randint(10000, 60000)
    op = R.choice(["open", "close", "remove"])
    items = [ts_syslog(), " sftp01 internal-sftp[%d]: %s \"" % (pid, op)] + pdf_name_items(b, p[0]) + ["\""]
    if op == "open":
        items.append(" flags READ mode 0666")
    elif op == "close":
        items.append(" bytes read %d written 0" % R.randint(20000, 400000))
    return [make("sftp_syslog", items)]


def p_dq_phi():
    out = []
    t = R.choice(range(3))
    if t == 0:
        b = bene()
        bad = b["mbi"][:10] if R.random() < 0.5 else b["mbi"].lower()
        out.append(make("dq_check", [ts_pylog(), " WARNING dq.runner: Expectation expect_column_values_to_match_regex failed on bene_mbi_id: "
                                     "unexpected_count=2, partial_unexpected_list=['", T(bad, "health_plan"), "', '", T(R.choice(POOL)["mbi"][:10], "health_plan"), "']"]))
    elif t == 1:
        b = bene()
        fut = dt.date(2030 + R.randint(0, 9), b["dob"].month, min(b["dob"].day, 28))
        row = {"bene_mbi_id": T(b["mbi"], "health_plan"), "bene_dob": T(fut.isoformat(), "date"), "bene_zip_cd": T(b["zip"], "zip"),
               "bene_last_name": T(UP(b["last"]), "name"), "src": cclf_name("8")}
        out.append(make("dq_check", [ts_pylog(), " ERROR dq.runner: DQ[cclf8.bene_dob.not_future] FAIL 1 row; sample=["] + PY(row) + ["]"]))
    else:
        bs = R.sample(POOL, R.randint(2, 3))
        out.append(make("dq_check", [ts_pylog(), " WARNING dq.runner: DQ[roster.dup_person] %d suspected duplicates, sample:" % len(bs)]))
        out.append(make("pandas_frame", ["    bene_mbi_id  bene_1st_name       bene_last_name    bene_dob bene_zip_cd  match_score"]))
        for i, b in enumerate(bs):
            out.append(make("pandas_frame", ["%-2d  " % i] + fw(b["mbi"], 11, "health_plan") + ["  "] +
                            fw(UP(b["first"])[:13], 13, "name", right=True) + ["  "] + fw(UP(b["last"])[:19], 19, "name", right=True) + ["  "] +
                            fw(b["dob"].isoformat(), 10, "date") + ["       "] + fw(b["zip"], 5, "zip") + ["         %.2f" % R.uniform(0.8, 0.99)]))
    return out


def p_pg_phi():
    b = R.choice([x for x in POOL if "'" not in x["last"] and "'" not in x["first"]])
    pid = R.randint(1000, 9000)
    t = R.choice(range(3))
    out = []
    if t == 0:
        out.append(make("postgres", [ts_pg(), " [%d] aco_etl@acodw ERROR:  duplicate key value violates unique constraint \"cclf8_bene_pkey\"" % pid]))
        out.append(make("postgres", [ts_pg(), " [%d] aco_etl@acodw DETAIL:  Key (bene_mbi_id)=(" % pid, T(b["mbi"], "health_plan"), ") already exists."]))
        if R.random() < 0.6:
            out.append(make("postgres", [ts_pg(), " [%d] aco_etl@acodw STATEMENT:  INSERT INTO stg.cclf8_bene (bene_mbi_id, bene_1st_name, bene_last_name, bene_dob, bene_zip_cd) VALUES ('" % pid,
                                         T(b["mbi"], "health_plan"), "', '", T(UP(b["first"]), "name"), "', '", T(UP(b["last"]), "name"), "', '",
                                         T(b["dob"].isoformat(), "date"), "', '", T(b["zip"], "zip"), "')"]))
    elif t == 1:
        out.append(make("postgres", [ts_pg(), " [%d] portal_app@acodw LOG:  duration: %.3f ms  execute <unnamed>: SELECT b.* FROM dw.bene b WHERE lower(b.last_name) = $1 AND b.dob = $2" % (pid, R.uniform(500, 4000))]))
        out.append(make("postgres", [ts_pg(), " [%d] portal_app@acodw DETAIL:  parameters: $1 = '" % pid, T(fold(b["last"]).lower(), "name"), "', $2 = '",
                                     T(b["dob"].isoformat(), "date"), "'"]))
    else:
        cid = claim_id()
        out.append(make("postgres", [ts_pg(), " [%d] aco_etl@acodw ERROR:  insert or update on table \"cclf5_line\" violates foreign key constraint \"cclf5_line_clm_fk\"" % pid]))
        out.append(make("postgres", [ts_pg(), " [%d] aco_etl@acodw DETAIL:  Key (cur_clm_uniq_id)=(" % pid, T(cid, "other_id"), ") is not present in table \"cclf5_hdr\"."]))
    return out


def p_tableau_phi():
    b = R.choice([x for x in POOL if "'" not in x["last"]])
    q = JS("SELECT \"measure\", \"gap_status\", \"last_service_dt\" FROM \"Extract\".\"Extract\" WHERE \"bene_mbi_id\" = '", T(b["mbi"], "health_plan"), "'") \
        if R.random() < 0.5 else JS("SELECT * FROM \"Extract\".\"Extract\" WHERE \"bene_last_name\" = '", T(UP(b["last"]), "name"), "' AND \"bene_dob\" = DATE '",
                                    T(b["dob"].isoformat(), "date"), "'")
    o = {"ts": ts_hyper(), "pid": R.randint(2000, 40000), "tid": hexs(4), "req": "-", "sess": hexs(8), "sev": "info", "k": "query-end",
         "v": {"elapsed": round(R.uniform(0.01, 2), 3), "rows": R.randint(1, 12), "cols": R.randint(3, 30), "query-trunc": q}}
    return [make("tableau_hyper", J(o))]


def p_nginx_phi():
    b = bene()
    p = b["practice"]
    t = R.choice(range(3))
    if t == 0:
        ua = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"
        it = ["%s - %s [%s] \"GET /api/beneficiaries/search?lastName=" % (PRACTICE_IPS[p[0]], CONTACTS[p[0]][3], ts_nginx()),
              T(fold(b["last"]).replace(" ", "%20").replace("'", "%27"), "name"), "&dob=", T(dfmt(b["dob"], "us").replace("/", "%2F"), "date"),
              " HTTP/1.1\" 200 %d \"https://portal.acme-aco.org/roster\" \"%s\" rt=%.3f" % (R.randint(300, 4000), ua, R.uniform(0.01, 0.9))]
    elif t == 1:
        it = ["%s - %s [%s] \"GET /api/practices/%s/patients/" % (PRACTICE_IPS[p[0]], CONTACTS[p[0]][3], ts_nginx(), p[0]), T(b["mbi"], "health_plan"),
              "/gaps.pdf HTTP/1.1\" 200 %d \"-\" \"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7)\" rt=%.3f" % (R.randint(20000, 200000), R.uniform(0.1, 2))]
    else:
        ip = "%d.%d.%d.%d" % (R.choice([24, 50, 65, 71, 98, 174]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        it = [T(ip, "ip"), " - - [%s] \"POST /hra/submit?t=%s&mbi=" % (ts_nginx(), hexs(20)), T(b["mbi"], "health_plan"),
              " HTTP/2.0\" 302 0 \"https://hra.acme-aco.org/survey\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)\" rt=%.3f" % R.uniform(0.05, 0.6)]
    return [make("nginx", it)]


PHI = [(p_cclf8, 5), (p_cclf8_reject, 2), (p_cclf5, 4), (p_cclf9, 2), (p_airflow_phi, 5), (p_traceback, 1), (p_spark, 5),
       (p_attr, 4), (p_hl7, 5), (p_docker_hl7, 2), (p_mirth_phi, 3), (p_adt_json, 5), (p_outreach_note, 6), (p_outreach_kv, 4),
       (p_outreach_csv, 2), (p_serilog_phi, 5), (p_clef_phi, 3), (p_export_phi, 3), (p_sftp_phi, 3), (p_dq_phi, 4), (p_pg_phi, 3),
       (p_tableau_phi, 2), (p_nginx_phi, 3)]


def pick(pool):
    tot = sum(w for _, w in pool)
    x = R.uniform(0, tot)
    for f, w in pool:
        x -= w
        if x <= 0:
            return f
    return pool[-1][0]


def main():
    lines = []
    while len(lines) < TARGET:
        noise = sum(1 for l in lines if not l[2])
        frac = noise / len(lines) if lines else 1
        block = pick(NOISE)() if frac < NOISE_TARGET else pick(PHI)()
        lines.extend(block)
    lines = lines[:TARGET]
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(l[1] for l in lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        for i, (fam, _, spans) in enumerate(lines, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
