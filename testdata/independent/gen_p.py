#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus: data-engineering logs
at a (fictional) healthcare company.  Standard library only, fixed seed.

Writes p.log and p.labels.jsonl next to this file.  Every PHI value is inserted
through P(cat, value); the composed line is then scanned, markers removed, and
byte offsets computed from the final UTF-8 line.  Every span is asserted to
slice exactly the intended value.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import uuid

SEED = 8675309
N_LINES = 500
TARGET_PHI_FRAC = 0.55
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
REF_DATE = dt.date(2024, 5, 14)

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]

# --------------------------------------------------------------------------
# span markers (private-use code points, survive json.dumps(ensure_ascii=False))
M0, M1, M2, MN = "\ue000", "\ue001", "\ue002", "\ue003"
_REG = []


def P(cat, val):
    val = str(val)
    assert cat in CATS, cat
    assert val and not any(c in val for c in (M0, M1, M2, MN, "\n", "\r")), val
    _REG.append((cat, val))
    return f"{M0}{len(_REG) - 1}{M1}{val}{M2}"


def PN(cat, val):
    """Marker for a bare (unquoted) JSON value such as a number."""
    return MN + P(cat, val) + MN


def J(obj, sep=(",", ":")):
    s = json.dumps(obj, ensure_ascii=False, separators=sep)
    return s.replace('"' + MN, "").replace(MN + '"', "")


def sq(cat, v):
    """SQL single-quoted literal."""
    return "'" + P(cat, v.replace("'", "''")) + "'"


def pyr(cat, v):
    """python repr()-style quoted string."""
    q = '"' if "'" in v else "'"
    return q + P(cat, v) + q


def finalize(raw):
    pieces, spans, vals = [], [], []
    blen, i = 0, 0
    while True:
        j = raw.find(M0, i)
        if j < 0:
            pieces.append(raw[i:])
            blen += len(raw[i:].encode("utf-8"))
            break
        pre = raw[i:j]
        pieces.append(pre)
        blen += len(pre.encode("utf-8"))
        k = raw.index(M1, j)
        m = raw.index(M2, k)
        idx = int(raw[j + 1:k])
        val = raw[k + 1:m]
        cat, intended = _REG[idx]
        assert val == intended, (val, intended)
        b = len(val.encode("utf-8"))
        spans.append({"s": blen, "e": blen + b, "cat": cat})
        vals.append(intended)
        pieces.append(val)
        blen += b
        i = m + 1
    line = "".join(pieces)
    assert not any(c in line for c in (M0, M1, M2, MN, "\n", "\r")), repr(line)
    lb = line.encode("utf-8")
    assert len(lb) == blen
    prev = 0
    for sp, v in zip(spans, vals):
        assert sp["s"] >= prev, "overlap"
        prev = sp["e"]
        assert lb[sp["s"]:sp["e"]] == v.encode("utf-8"), (lb[sp["s"]:sp["e"]], v)
        validate(sp["cat"], v)
    return line, spans


# --------------------------------------------------------------------------
# value validity checks
def luhn_ok(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def ssn_ok(v):
    d = v.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def nanp_ok(v):
    d = "".join(c for c in v if c.isdigit())
    if len(d) == 11 and d[0] == "1":
        d = d[1:]
    if len(d) != 10:
        return False
    npa, nxx = d[:3], d[3:6]
    return (npa[0] in "23456789" and nxx[0] in "23456789" and npa[1:] != "11"
            and nxx[1:] != "11" and nxx != "555" and npa[1] != "9")


def validate(cat, v):
    if cat == "ssn":
        assert ssn_ok(v), v
    elif cat in ("phone", "fax"):
        assert nanp_ok(v), v
    elif cat == "account" and v.replace(" ", "").replace("-", "").isdigit():
        d = v.replace(" ", "").replace("-", "")
        if len(d) in (15, 16):
            assert luhn_ok(d), v
    elif cat == "age":
        assert int(v) >= 90, v


# --------------------------------------------------------------------------
# synthetic value generators
FIRST = ["Chidi", "Ngozi", "Aisha", "Mei", "Wei", "Priya", "Arjun", "José", "María",
         "Sofía", "Thandiwe", "Oluwaseun", "Yuki", "Hiroshi", "Dmitri", "Olga",
         "Fatima", "Omar", "Lindiwe", "Kwame", "Ama", "Siobhan", "Pádraig", "Ingrid",
         "Søren", "Zoë", "Mateo", "Camila", "Jamal", "Keisha", "Linh", "Hana",
         "Ji-woo", "Minh", "Rahul", "Deepika", "Kalani", "Leilani", "Ayelet", "Yosef",
         "Zeynep", "Emre", "Nadia", "Tomasz", "Agnieszka", "Björn", "Élodie",
         "François", "Giulia", "Luca", "Anh", "Bao", "Ikaika", "Tallulah", "Dakota",
         "Wyatt", "Brianna", "Dolores", "Harold", "Mildred", "Eustace", "Gertrude",
         "Raúl", "Guadalupe", "Xochitl", "Amara", "Chiamaka", "Abebe", "Tigist",
         "Sina", "Mohammed", "Noor", "Parisa", "Reza", "Anaya", "Ezekiel",
         "Margaret", "Walter", "Yolanda", "Quang", "Mercy", "Faith", "Precious"]
LAST = ["Okafor", "Nwosu", "Nguyễn", "Tran", "Kowalski", "Müller", "García",
        "Hernández", "O'Brien", "Papadopoulos", "Haddad", "Tanaka", "Kim", "Park",
        "Singh", "Patel", "Abubakar", "Mensah", "Johansson", "Nakamura", "Ivanova",
        "Rossi", "Dubois", "Cohen", "Begay", "Yazzie", "Kealoha", "Santos", "Reyes",
        "Al-Sayed", "Van der Berg", "Smith-Jones", "Rice", "Young", "Black", "Price",
        "Long", "Washington", "Baptiste", "Adeyemi", "Chowdhury", "Iyer",
        "Fernández", "Løvdal", "Öztürk", "Yilmaz", "Kovačević", "Horvath", "Sato",
        "Watanabe", "Lee", "Wong", "Chen", "Castillo", "Morales", "MacLeod",
        "Fitzgerald", "Schwartz", "Goldberg", "Petrov", "Novak", "Dlamini",
        "Tshabalala", "Halvorsen", "Quispe", "Mamani", "Ramírez", "Acheampong",
        "Bello", "Eze", "Hussein", "Rahimi", "Kapoor", "Banerjee", "Tuiasosopo",
        "Fifita", "Brooks", "Hill", "Street", "Mills"]
STREETS = ["Maple", "Oak", "Cedar", "Martin Luther King Jr", "Kamehameha", "Calle del Sol",
           "Elm", "Washington", "Pine Ridge", "Old Mill", "Lakeshore", "Cherry Hill",
           "Bayview", "Mission", "Juniper", "Sequoia", "Magnolia", "Willow Creek",
           "Chief Manuelito", "Kalanianaole", "Rue Bourbon", "Prospect", "Harbor View"]
SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Hwy", "Pkwy", "Street",
          "Avenue", "Road", "Circle"]
CITIES = [("Dayton", "OH", "454", "937"), ("Albuquerque", "NM", "871", "505"),
          ("Tacoma", "WA", "984", "253"), ("Boise", "ID", "837", "208"),
          ("Savannah", "GA", "314", "912"), ("Duluth", "MN", "558", "218"),
          ("Fresno", "CA", "937", "559"), ("Lubbock", "TX", "794", "806"),
          ("Worcester", "MA", "016", "508"), ("Scranton", "PA", "185", "570"),
          ("Hilo", "HI", "967", "808"), ("Gallup", "NM", "873", "505"),
          ("Flagstaff", "AZ", "860", "928"), ("Bangor", "ME", "044", "207"),
          ("Green Bay", "WI", "543", "920"), ("Sioux Falls", "SD", "571", "605"),
          ("Chattanooga", "TN", "374", "423"), ("Paterson", "NJ", "075", "973"),
          ("Yonkers", "NY", "107", "914"), ("Santa Fe", "NM", "875", "505"),
          ("Lafayette", "LA", "705", "337"), ("Fort Wayne", "IN", "468", "260"),
          ("San Antonio", "TX", "782", "210"), ("Anchorage", "AK", "995", "907"),
          ("St. Paul", "MN", "551", "651"), ("Winston-Salem", "NC", "271", "336")]
FACILITIES = ["St. Brigid Medical Center", "Cedarline Regional Hospital",
              "Mercy Valley Clinic", "Northgate Pediatrics", "Lakeside Dialysis Unit"]
STAFF = ["dkumar", "anna.lindqvist", "mreyes", "tobiasw", "svc_airflow", "ETL_SVC",
         "DBT_CLOUD_SVC", "FIVETRAN_USER", "LOOKER_SVC"]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com",
                 "aol.com", "proton.me", "comcast.net", "att.net", "ymail.com"]


def fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("ß", "ss")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def rand_date(y0, y1):
    a, b = dt.date(y0, 1, 1).toordinal(), dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def iso(d):
    return d.strftime("%Y-%m-%d")


def us(d):
    return d.strftime("%m/%d/%Y")


def hl7d(d):
    return d.strftime("%Y%m%d")


def dfmt(d):
    st = R.randrange(8)
    if st == 0:
        return d.strftime("%m/%d/%Y")
    if st == 1:
        return d.strftime("%d-%b-%Y").upper()
    if st == 2:
        return d.strftime("%Y%m%d")
    if st == 3:
        return f"{d.month}/{d.day}/{d.year}"
    if st == 4:
        return d.strftime("%Y-%m-%dT00:00:00Z")
    return d.strftime("%Y-%m-%d")


def age_of(dob, ref=REF_DATE):
    return ref.year - dob.year - ((ref.month, ref.day) < (dob.month, dob.day))


def ssn(dashed=True):
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        v = f"{a:03d}{R.randint(1, 99):02d}{R.randint(1, 9999):04d}"
        if v in ("078051120", "219099999", "123456789"):
            continue
        return f"{v[:3]}-{v[3:5]}-{v[5:]}" if dashed else v


AREA = ["212", "312", "415", "617", "713", "937", "505", "253", "208", "912", "218",
        "559", "806", "508", "570", "404", "602", "503", "615", "801", "919", "720",
        "414", "701", "907", "808", "347", "786", "646", "323"]


def phone(style=None, npa=None):
    npa = npa or R.choice(AREA)
    while True:
        nxx = R.randint(200, 999)
        if nxx % 100 != 11 and nxx != 555:
            break
    ln = f"{R.randint(0, 9999):04d}"
    style = R.randrange(7) if style is None else style
    return [f"({npa}) {nxx}-{ln}", f"{npa}-{nxx}-{ln}", f"{npa}.{nxx}.{ln}",
            f"+1{npa}{nxx}{ln}", f"{npa}{nxx}{ln}", f"+1 {npa}-{nxx}-{ln}",
            f"({npa}){nxx}-{ln}"][style]


def luhn_digit(body):
    for c in "0123456789":
        if luhn_ok(body + c):
            return c


def card(fmt=None):
    k = R.randrange(4)
    if k == 0:
        body = "4" + digits(14)
    elif k == 1:
        body = "5" + R.choice("12345") + digits(13)
    elif k == 2:
        body = "3" + R.choice("47") + digits(12)
    else:
        body = "6011" + digits(11)
    n = body + luhn_digit(body)
    fmt = R.randrange(3) if fmt is None else fmt
    if fmt == 0:
        return n
    sepc = " " if fmt == 1 else "-"
    if len(n) == 15:
        return sepc.join([n[:4], n[4:10], n[10:]])
    return sepc.join(n[i:i + 4] for i in range(0, 16, 4))


def bank_acct():
    return digits(R.choice([8, 9, 10, 11, 12]))


def imei():
    body = R.choice(["35", "86", "01", "99"]) + digits(12)
    return body + luhn_digit(body)


def mac():
    b = [R.randint(0, 255) for _ in range(6)]
    b[0] &= 0xFC
    st = R.randrange(3)
    if st == 0:
        return ":".join(f"{x:02x}" for x in b)
    if st == 1:
        return "-".join(f"{x:02X}" for x in b)
    h = "".join(f"{x:02x}" for x in b)
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


def device_serial():
    k = R.randrange(4)
    if k == 0:
        return "NG" + digits(7) + R.choice("HKM")            # insulin pump style
    if k == 1:
        return "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))  # CGM transmitter
    if k == 2:
        return digits(11)                                     # CPAP serial
    return "PJN" + digits(6) + "S"                            # pacemaker style


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    s = list(R.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "WBA", "1G1", "4T1"]))
    s += [R.choice(VIN_CH) for _ in range(5)] + ["0"] + [R.choice("ABCDEFGHJKLMNPRSTVWXY123456789")]
    s += [R.choice(VIN_CH) for _ in range(7)]
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(s, VIN_W))
    s[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(s)


def plate():
    return R.choice([lambda: digits(1) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3),
                     lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "-" + digits(4),
                     lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + " " + digits(3)])()


def dea(last):
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice("ABFGM") + fold(last)[0].upper() + "".join(map(str, d)) + str(chk)


def drivers_license():
    k = R.randrange(5)
    if k == 0:
        return R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7)       # CA
    if k == 1:
        return digits(9)                                             # NY
    if k == 2:
        return digits(8)                                             # TX
    if k == 3:
        return f"{R.choice('ABCDGHKMRS')}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}"  # FL
    return R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(11)          # IL


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed=False):
    an = MBI_A + "0123456789"
    s = (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice("0123456789") +
         R.choice(MBI_A) + R.choice(an) + R.choice("0123456789") + R.choice(MBI_A) +
         R.choice(MBI_A) + R.choice("0123456789") + R.choice("0123456789"))
    return f"{s[:4]}-{s[4:7]}-{s[7:]}" if dashed else s


def member_id():
    k = R.randrange(6)
    if k == 0:
        return R.choice(["XGH", "ZGP", "YRB", "JQU", "HCA"]) + digits(9)
    if k == 1:
        return "W" + digits(9)
    if k == 2:
        return mbi()
    if k == 3:
        return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(5) + R.choice("ABCDEFGH")  # Medicaid CIN
    if k == 4:
        return "M" + digits(8) + "01"
    return digits(3) + "-" + digits(2) + "-" + digits(4) + "-" + R.choice("AB")  # looks like SSN-based, 4 parts


def mrn():
    k = R.randrange(4)
    if k == 0:
        return "E" + digits(8)
    if k == 1:
        return "00" + digits(6)
    if k == 2:
        return R.choice(["SMH", "CRH", "MVC"]) + "-" + digits(7)
    return str(R.randint(1000000, 9999999))


def street():
    if R.random() < 0.06:
        return f"PO Box {R.randint(10, 9999)}"
    pre = R.choice(["", "", "", "N ", "SW ", "E "])
    s = f"{R.randint(1, 19999)} {pre}{R.choice(STREETS)} {R.choice(SUFFIX)}"
    if R.random() < 0.25:
        s += R.choice([f" Apt {R.randint(1, 40)}{R.choice('ABCD')}", f" Unit {R.randint(1, 300)}",
                       f" #{R.randint(1, 999)}"])
    return s


def email(fn, ln):
    f, l = fold(fn).lower().replace(" ", "").replace("'", ""), fold(ln).lower().replace(" ", "").replace("'", "")
    k = R.randrange(5)
    user = [f"{f}.{l}", f"{f[0]}{l}{R.randint(1, 99)}", f"{f}{l[:3]}{R.randint(1950, 2005)}",
            f"{l}.{f}", f"{f}_{l}{R.randint(1, 9)}"][k]
    return f"{user}@{R.choice(EMAIL_DOMAINS)}"


def public_ip():
    while True:
        a = R.choice([24, 50, 66, 67, 68, 69, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108, 174, 184])
        return f"{a}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def public_ipv6():
    return f"2601:{R.randint(0x100, 0xfff):x}:{R.randint(0x4000, 0xffff):x}:{R.randint(0x100, 0xffff):x}:{R.randint(0x100, 0xffff):x}:{R.randint(0x100, 0xffff):x}:{R.randint(0x100, 0xffff):x}:{R.randint(0x100, 0xffff):x}"


def private_ip():
    return R.choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}", "127.0.0.1"])


def person(old=False):
    fn, ln = R.choice(FIRST), R.choice(LAST)
    dob = rand_date(1916, 1933) if old else rand_date(1931, 2021)
    city, st, z3, npa = R.choice(CITIES)
    return dict(fn=fn, ln=ln, dob=dob, street=street(), city=city, st=st,
                zip=z3 + f"{R.randint(0, 99):02d}", zip4=f"{R.randint(1, 9999):04d}",
                phone=phone(npa=npa), npa=npa, email=email(fn, ln), ssn=ssn(),
                mrn=mrn(), mbr=member_id(), sex=R.choice("MFMFU"), pid=R.randint(100000, 9999999))


def svc_date():
    return rand_date(2024, 2024) if False else dt.date.fromordinal(R.randint(dt.date(2023, 11, 1).toordinal(), dt.date(2024, 5, 13).toordinal()))


# --------------------------------------------------------------------------
# clock
CLOCK = [dt.datetime(2024, 5, 14, 2, 0, 0)]


def now():
    CLOCK[0] += dt.timedelta(milliseconds=R.randint(15, 40000))
    return CLOCK[0]


def ms3(t):
    return f"{t.microsecond // 1000:03d}"


def epoch_ms(t):
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


PART_DATES = ["2024-05-13", "2024-05-14"]
TABLES = ["patient", "encounter", "claim_header", "claim_line", "member_elig", "remit_line",
          "rx_fill", "lab_result", "provider", "patient_contact"]


def pick(*fns):
    return R.choice(fns)()


# ==========================================================================
# families.  Each returns a list of raw lines (with markers).
# ==========================================================================
DAG_TASKS = [("ehr_patient_daily", "load_patient_snapshot", "PATIENT"),
             ("claims_837_ingest", "stage_837_claims", "CLAIM_HEADER"),
             ("member_eligibility_sync", "merge_member_elig", "MEMBER_ELIG"),
             ("era_835_ingest", "load_remit_lines", "REMIT_LINE"),
             ("dq_checks_hourly", "run_gx_patient_suite", "PATIENT"),
             ("cdc_compaction", "compact_patient_delta", "PATIENT_CDC")]


def fam_airflow(phi):
    dag, task, tbl = R.choice(DAG_TASKS)
    t = now()
    run = R.choice(["scheduled__2024-05-14T02:00:00+00:00", "scheduled__2024-05-13T02:00:00+00:00",
                    "manual__2024-05-14T01:47:12.338201+00:00"])

    def L(src, lvl, msg):
        return f"[{t.strftime('%Y-%m-%dT%H:%M:%S')}.{ms3(t)}+0000] {{{src}}} {lvl} - {msg}"

    ds = R.choice(PART_DATES)
    qid = f"01b4{hexs(4)}-{digits(4)}-{hexs(4)}-0000-{hexs(12)}"
    if not phi:
        return pick(
            lambda: [L("taskinstance.py:1956", "INFO", f"Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: {dag}.{task} {run} [queued]>")],
            lambda: [L("taskinstance.py:2170", "INFO", f"Starting attempt {R.randint(1, 3)} of 3")],
            lambda: [L("taskinstance.py:2191", "INFO", f"Executing <Task(SnowflakeOperator): {task}> on {run.split('__')[1]}")],
            lambda: [L("standard_task_runner.py:60", "INFO", f"Started process {R.randint(1000, 99999)} to run task")],
            lambda: [L("standard_task_runner.py:87", "INFO", f"Running: ['airflow', 'tasks', 'run', '{dag}', '{task}', '{run}', '--job-id', '{R.randint(100000, 999999)}', '--raw', '--subdir', 'DAGS_FOLDER/{dag}.py', '--cfg-path', '/tmp/tmp{hexs(8)}']")],
            lambda: [L("sql.py:450", "INFO", f"Running statement: COPY INTO RAW.EHR.{tbl} FROM @RAW.EHR.LANDING_STAGE/{tbl.lower()}/dt={ds}/ FILE_FORMAT = (FORMAT_NAME = 'RAW.EHR.PARQUET_FMT') MATCH_BY_COLUMN_NAME = CASE_INSENSITIVE, parameters: None")],
            lambda: [L("sql.py:459", "INFO", f"Rows affected: {R.randint(0, 2500000)}")],
            lambda: [L("snowflake.py:397", "INFO", f"Snowflake query id: {qid}")],
            lambda: [L("python.py:201", "INFO", f"Done. Returned value was: {{'rows_loaded': {R.randint(1000, 900000)}, 'batch_id': '{uid()}', 's3_key': 'landing/{tbl.lower()}/dt={ds}/part-00{R.randint(0, 63):03d}-{uid()}.c000.snappy.parquet'}}")],
            lambda: [L("python.py:201", "INFO", f"Done. Returned value was: {{'max_lsn': '{R.randint(16, 90):X}/{hexs(8).upper()}', 'watermark': '2024-05-14 0{R.randint(0, 1)}:{R.randint(10, 59)}:{R.randint(10, 59)}.{digits(6)}', 'rows': {R.randint(0, 50000)}}}")],
            lambda: [L("taskinstance.py:1138", "INFO", f"Marking task as SUCCESS. dag_id={dag}, task_id={task}, run_id={run}, execution_date=20240514T020000, start_date=20240514T{t.strftime('%H%M%S')}, end_date=20240514T{(t + dt.timedelta(seconds=R.randint(5, 900))).strftime('%H%M%S')}")],
            lambda: [L("local_task_job_runner.py:234", "INFO", "Task exited with return code 0")],
            lambda: [L("taskinstance.py:3280", "INFO", f"{R.randint(0, 4)} downstream tasks scheduled from follow-on schedule check")],
            lambda: [L("logging_mixin.py:188", "INFO", f"Paging on-call engineer {R.choice(['Anna Lindqvist', 'Deepak Kumar', 'Marisol Reyes'])} (data-platform) via PagerDuty service P{hexs(6).upper()}")],
            lambda: [L("logging_mixin.py:188", "WARNING", f"Row count drift for {tbl}: today={R.randint(10000, 99999)} 7d_avg={R.randint(10000, 99999)} ({R.uniform(-9, 9):+.2f}%) partition dt={ds}")],
            lambda: [L("sql.py:450", "INFO", f"Running statement: DELETE FROM STAGING.EHR.{tbl} WHERE LOAD_DT = '{ds}' AND SRC_SYS_CD = 'EPIC', parameters: None")],
        )
    p = person()
    return pick(
        lambda: [L("sql.py:450", "INFO", f"Running statement: SELECT mrn, pat_first_nm, pat_last_nm, birth_dt FROM ehr.patient WHERE pat_last_nm = {sq('name', p['ln'].upper())} AND birth_dt = {sq('date', iso(p['dob']))}, parameters: None")],
        lambda: [L("sql.py:450", "INFO", f"Running statement: UPDATE stg.member_contact SET home_phone = {sq('phone', p['phone'])}, email_addr = {sq('email', p['email'])}, upd_ts = CURRENT_TIMESTAMP() WHERE mbr_id = {sq('health_plan', p['mbr'])}, parameters: None")],
        lambda: [L("python.py:201", "INFO", f"Done. Returned value was: {{'mrn': {pyr('mrn', p['mrn'])}, 'first_name': {pyr('name', p['fn'])}, 'last_name': {pyr('name', p['ln'])}, 'dob': {pyr('date', iso(p['dob']))}, 'match_score': 0.{R.randint(80, 99)}}}")],
        lambda: [L("logging_mixin.py:188", "INFO", f"rejected sample: [{{'MBR_ID': {pyr('health_plan', p['mbr'])}, 'BIRTH_DT': {pyr('date', iso(p['dob']))}, 'ZIP_CD': {pyr('zip', p['zip'])}, 'reject_reason': 'ELIG_SPAN_OVERLAP', 'load_dt': '{ds}'}}]")],
        lambda: [L("taskinstance.py:2698", "ERROR", "Task failed with exception"),
                 'psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "member_pkey"',
                 f"DETAIL:  Key (subscriber_id)=({P('health_plan', p['mbr'])}) already exists."],
        lambda: [L("taskinstance.py:2698", "ERROR", "Task failed with exception"),
                 f"snowflake.connector.errors.ProgrammingError: 100040 (22007): {qid}: Date {sq('date', us(p['dob']))} is not recognized"],
        lambda: [L("sql.py:450", "INFO", f"Running statement: DELETE FROM ehr.patient_contact WHERE pat_ssn = {sq('ssn', p['ssn'])} AND contact_type_cd = 'HOME', parameters: None")],
        lambda: [L("sql.py:450", "INFO", f"Running statement: INSERT INTO audit.reid_request (requested_by, mrn, reason_cd, requested_at) VALUES ('{R.choice(STAFF[:4])}', {sq('mrn', p['mrn'])}, 'CHART_REVIEW', CURRENT_TIMESTAMP), parameters: None")],
        lambda: [L("python.py:201", "INFO", f"Done. Returned value was: {{'PAT_ID': {pyr('mrn', p['mrn'])}, 'AGE_YRS': {P('age', str(R.randint(90, 104)))}, 'DECEASED_DT': {pyr('date', iso(svc_date()))}, 'rows': 1}}")],
        lambda: [L("python.py:201", "INFO", f"Done. Returned value was: {{'contact_id': {R.randint(10 ** 5, 10 ** 7)}, 'avatar_url': {pyr('photo', photo_ref(p))}, 'profile_url': {pyr('url', social_url(p))}, 'dedup_key': '{hexs(40)}'}}")],
        lambda: [L("logging_mixin.py:188", "INFO", f"xcom_pull(task_ids='match_member') -> {{'subscriber': {pyr('name', p['fn'] + ' ' + p['ln'])}, 'mbi': {pyr('health_plan', mbi())}, 'addr': {pyr('address', p['street'])}, 'city': {pyr('address', p['city'])}, 'state': '{p['st']}'}}")],
    )


def fam_spark(phi):
    t = now()
    ts = t.strftime("%y/%m/%d %H:%M:%S")
    ds = R.choice(PART_DATES)
    tbl = R.choice(TABLES)
    if not phi:
        return pick(
            lambda: [f"{ts} INFO DAGScheduler: Job {R.randint(1, 400)} finished: save at NativeMethodAccessorImpl.java:0, took {R.uniform(0.2, 300):.6f} s"],
            lambda: [f"{ts} INFO TaskSetManager: Finished task {R.randint(0, 199)}.0 in stage {R.randint(1, 90)}.0 (TID {R.randint(100, 99999)}) in {R.randint(40, 90000)} ms on 10.139.64.{R.randint(2, 250)} (executor {R.randint(0, 15)}) ({R.randint(1, 16)}/16)"],
            lambda: [f"{ts} INFO FileScanRDD: Reading File path: dbfs:/mnt/landing/{tbl}/ingest_date={ds}/part-{R.randint(0, 199):05d}-{uid()}-c000.snappy.parquet, range: 0-{R.randint(10 ** 6, 10 ** 8)}, partition values: [{ds}]"],
            lambda: [f"{ts} INFO CodeGenerator: Code generated in {R.uniform(2, 90):.6f} ms"],
            lambda: [f"{ts} INFO BlockManagerInfo: Added broadcast_{R.randint(1, 300)}_piece0 in memory on {private_ip()}:{R.randint(30000, 45000)} (size: {R.uniform(1, 90):.1f} KiB, free: {R.uniform(1, 9):.1f} GiB)"],
            lambda: [f"{ts} WARN BadRecordsWriter: {R.randint(1, 40)} bad records written to dbfs:/mnt/landing/_bad_records/{ds.replace('-', '')}T{t.strftime('%H%M%S')}/bad_records/part-00000-{uid()}"],
            lambda: [f"{ts} INFO DeltaLog: Updated snapshot to version {R.randint(100, 9000)} of table dbfs:/mnt/silver/{tbl} (numFiles={R.randint(10, 4000)}, sizeInBytes={R.randint(10 ** 6, 10 ** 11)})"],
            lambda: [f"{ts} ERROR Executor: Exception in task {R.randint(0, 99)}.0 in stage {R.randint(1, 90)}.0 (TID {R.randint(100, 99999)})"],
            lambda: ["+---------+-----------+------------+----------+-------+",
                     "|partition|row_count  |null_mrn_cnt|load_dt   |src_sys|"][R.randrange(2):][:1],
            lambda: [f"|{R.randint(0, 63):>9}|{R.randint(1000, 9999999):>11}|{R.randint(0, 12):>12}|{ds}|   EPIC|"],
            lambda: [f"{ts} WARN TaskSetManager: Lost task {R.randint(0, 199)}.0 in stage {R.randint(1, 90)}.0 (TID {R.randint(100, 99999)}) (10.139.64.{R.randint(2, 250)} executor {R.randint(0, 15)}): org.apache.spark.SparkNumberFormatException: [CAST_INVALID_INPUT] The value 'N/A' of the type \"STRING\" cannot be cast to \"INT\" because it is malformed."],
        )
    p = person()

    def show_block():
        cols = [("mrn", "mrn"), ("pat_last_nm", "name"), ("pat_first_nm", "name"), ("birth_dt", "date"), ("zip_cd", "zip")]
        rows = []
        for q in (p, person()):
            rows.append([q["mrn"], fold(q["ln"]).upper(), fold(q["fn"]).upper(), iso(q["dob"]), q["zip"]])
        w = [max(len(c), *(len(r[i]) for r in rows)) for i, (c, _) in enumerate(cols)]
        sepl = "+" + "+".join("-" * x for x in w) + "+"
        out = [sepl, "|" + "|".join(c.rjust(w[i]) for i, (c, _) in enumerate(cols)) + "|", sepl]
        for r in rows:
            out.append("|" + "|".join(" " * (w[i] - len(v)) + P(cols[i][1], v) for i, v in enumerate(r)) + "|")
        out.append(sepl)
        return out

    return pick(
        lambda: [J({"path": f"dbfs:/mnt/landing/patients/dt={ds}/patients_{R.randint(0, 30):04d}.csv",
                    "record": f"{P('mrn', p['mrn'])},{P('name', p['ln'].upper())},{P('name', p['fn'].upper())},{P('date', iso(p['dob']))},{P('address', p['street'].upper())},{P('address', p['city'].upper())},{p['st']},{P('zip', p['zip'])},{P('phone', p['phone'])}",
                    "reason": "java.lang.RuntimeException: Malformed CSV record"})],
        lambda: [f"{ts} WARN TaskSetManager: Lost task {R.randint(0, 199)}.0 in stage {R.randint(1, 90)}.0 (TID {R.randint(100, 99999)}) (10.139.64.{R.randint(2, 250)} executor {R.randint(0, 15)}): org.apache.spark.SparkNumberFormatException: [CAST_INVALID_INPUT] The value '{P('mrn', p['mrn'])}' of the type \"STRING\" cannot be cast to \"BIGINT\" because it is malformed. Correct the value as per the syntax, or change its target type."],
        lambda: [f"{ts} ERROR Executor: Exception in task {R.randint(0, 99)}.0 in stage {R.randint(1, 90)}.0 (TID {R.randint(100, 99999)})",
                 f"org.apache.spark.SparkDateTimeException: [CAST_INVALID_INPUT] The value '{P('date', us(p['dob']))}' of the type \"STRING\" cannot be cast to \"DATE\" because it is malformed."],
        show_block,
        lambda: [f"[Row(mrn={pyr('mrn', p['mrn'])}, pat_last_nm={pyr('name', p['ln'])}, pat_first_nm={pyr('name', p['fn'])}, birth_dt=datetime.date({P('date', '%d, %d, %d' % (p['dob'].year, p['dob'].month, p['dob'].day))}), ssn_txt={pyr('ssn', p['ssn'])}, load_dt=datetime.date(2024, 5, 14))]"],
        lambda: [f"{ts} WARN DataQualityListener: dropped row from silver.patient_contact: {{\"pat_id\":{p['pid']},\"email\":\"{P('email', p['email'])}\",\"cell\":\"{P('phone', phone())}\",\"src_file\":\"contacts_{ds}.json\"}}"],
        lambda: [f"|{R.randint(0, 63):>9}|{P('name', fold(p['fn']) + ' ' + fold(p['ln']))}|{P('device', imei())}|{P('ip', public_ip())}|portal_login|"],
    )


CONNECTORS = [("jdbc-sink-patients", "ehr.public.patient"), ("s3-sink-encounters", "ehr.public.encounter"),
              ("snowflake-sink-claims", "claims.x12.claim_header"), ("jdbc-sink-member-elig", "elig.member_span")]


def fam_kafka_connect(phi):
    t = now()
    ts = f"[{t.strftime('%Y-%m-%d %H:%M:%S')},{ms3(t)}]"
    conn, topic = R.choice(CONNECTORS)
    k = R.randint(0, 3)
    part, off = R.randint(0, 11), R.randint(10 ** 5, 10 ** 8)
    ctx = f"[{conn}|task-{k}]"
    if not phi:
        return pick(
            lambda: [f"{ts} INFO [jdbc-sink-patients|task-{k}] Attempting to open connection #{R.randint(1, 3)} to PostgreSql (io.confluent.connect.jdbc.util.CachedConnectionProvider:79)"],
            lambda: [f"{ts} INFO [s3-sink-encounters|task-{k}] Files committed to S3. Target commit offset for ehr.public.encounter-{part} is {off} (io.confluent.connect.s3.TopicPartitionWriter:627)"],
            lambda: [f"{ts} INFO {ctx} [Consumer clientId=connector-consumer-{conn}-{k}, groupId=connect-{conn}] Seeking to offset {off} for partition {topic}-{part} (org.apache.kafka.clients.consumer.KafkaConsumer:1632)"],
            lambda: [f"{ts} ERROR {ctx} WorkerSinkTask{{id={conn}-{k}}} Task is being killed and will not recover until manually restarted (org.apache.kafka.connect.runtime.WorkerTask:212)"],
            lambda: [f"{ts} INFO {ctx} WorkerSinkTask{{id={conn}-{k}}} Committing offsets asynchronously using sequence number {R.randint(1, 5000)}: {{{topic}-{part}=OffsetAndMetadata{{offset={off}, leaderEpoch=null, metadata=''}}}} (org.apache.kafka.connect.runtime.WorkerSinkTask:353)"],
            lambda: [f"{ts} ERROR {ctx} Error encountered in task {conn}-{k}. Executing stage 'VALUE_CONVERTER' with class 'io.confluent.connect.avro.AvroConverter', where consumed record is {{topic='{topic}', partition={part}, offset={off}, timestamp={epoch_ms(t) - R.randint(0, 10 ** 6)}, timestampType=CreateTime}}. (org.apache.kafka.connect.runtime.errors.LogReporter:66)"],
            lambda: [f"org.apache.kafka.connect.errors.DataException: Failed to deserialize data for topic {topic} to Avro: ",
                     f"Caused by: org.apache.kafka.common.errors.SerializationException: Unknown magic byte!"][R.randrange(2):][:1],
            lambda: [f"{ts} WARN {ctx} Write of {R.randint(1, 3000)} records failed, remainingRetries={R.randint(0, 10)} (io.confluent.connect.jdbc.sink.JdbcSinkTask:101)"],
            lambda: [f"{ts} INFO {ctx} Sink task WorkerSinkTask{{id={conn}-{k}}} finished initialization and start (org.apache.kafka.connect.runtime.WorkerSinkTask:329)"],
        )
    p = person()
    return pick(
        lambda: [f"{ts} ERROR [s3-sink-encounters|task-{k}] Skipping record with oversized field in topic portal.profile_updates: " + J({"userId": p["pid"], "avatarUri": P("photo", photo_ref(p)), "passportNo": P("other_id", R.choice(["5", "6"]) + digits(8)), "profileUrl": P("url", social_url(p))}) + " (io.confluent.connect.s3.TopicPartitionWriter:288)"],
        lambda: [f"{ts} WARN [jdbc-sink-patients|task-{k}] Write of 500 records failed, remainingRetries=0 (io.confluent.connect.jdbc.sink.JdbcSinkTask:101)",
                 f"java.sql.BatchUpdateException: Batch entry 0 INSERT INTO \"patient_contact\" (\"mrn\",\"first_name\",\"last_name\",\"phone\",\"email\",\"updated_at\") VALUES ({sq('mrn', p['mrn'])},{sq('name', p['fn'])},{sq('name', p['ln'])},{sq('phone', p['phone'])},{sq('email', p['email'])},'2024-05-14 0{R.randint(0, 1)}:{R.randint(10, 59)}:{R.randint(10, 59)}+00') ON CONFLICT (\"mrn\") DO UPDATE SET \"first_name\"=EXCLUDED.\"first_name\",\"last_name\"=EXCLUDED.\"last_name\" was aborted: ERROR: value too long for type character varying(12)  Call getNextException to see other errors in the batch."],
        lambda: [f"{ts} ERROR {ctx} Error encountered in task {conn}-{k}. Executing stage 'TASK_PUT' with class 'org.apache.kafka.connect.sink.SinkTask', where consumed record is {{topic='{topic}', partition={part}, offset={off}, timestamp={epoch_ms(t) - R.randint(0, 10 ** 6)}, timestampType=CreateTime, original key={{\"mbr_id\":\"{P('health_plan', p['mbr'])}\"}}, original value={J({'mbr_id': P('health_plan', p['mbr']), 'subscriber_nm': P('name', p['ln'].upper() + ', ' + p['fn'].upper()), 'dob': P('date', iso(p['dob'])), 'plan_cd': 'PPO3', 'eff_dt': '2024-01-01'})}}}. (org.apache.kafka.connect.runtime.errors.LogReporter:66)"],
        lambda: [f"org.apache.kafka.connect.errors.DataException: Invalid value for field 'postal_code' in Struct{{patient_id={p['pid']},mrn={P('mrn', p['mrn'])},last_name={P('name', p['ln'])},address_line1={P('address', p['street'])},city={P('address', p['city'])},state={p['st']},postal_code={P('zip', p['zip'] + '-' + p['zip4'])}}}"],
        lambda: [f"{ts} ERROR [snowflake-sink-claims|task-{k}] Failed to put record to Snowflake: key={off}, value={{\"CLM_ID\":\"{digits(14)}\",\"PAT_SSN\":\"{P('ssn', ssn(dashed=False))}\",\"PAT_DOB\":\"{P('date', hl7d(p['dob']))}\",\"SVC_FROM_DT\":\"{P('date', hl7d(svc_date()))}\",\"DX1\":\"E11.9\"}} (com.snowflake.kafka.connector.internal.SnowflakeSinkServiceV1:412)"],
        lambda: [f"{ts} WARN {ctx} Dropping record with null key; value.ssn={P('ssn', p['ssn'])} value.dl_num={P('license', drivers_license())} (io.confluent.connect.jdbc.sink.BufferedRecords:164)"],
    )


def fam_debezium(phi):
    t = now()
    ts = f"{t.strftime('%Y-%m-%d %H:%M:%S')},{ms3(t)}"
    lsn = R.randint(10 ** 10, 10 ** 11)
    tx = R.randint(10 ** 6, 10 ** 7)

    def source(table, connector="postgresql", db="ehr", schema="public"):
        return {"version": "2.5.4.Final", "connector": connector, "name": "ehr", "ts_ms": epoch_ms(t) - R.randint(50, 4000),
                "snapshot": "false", "db": db, "sequence": f"[\"{lsn - R.randint(100, 9000)}\",\"{lsn}\"]",
                "schema": schema, "table": table, "txId": tx, "lsn": lsn, "xmin": None}

    if not phi:
        return pick(
            lambda: [f"{ts} INFO   Postgres|ehr|streaming  Processing messages   [io.debezium.connector.postgresql.PostgresStreamingChangeEventSource]"],
            lambda: [f"{ts} INFO   ||  {R.randint(1, 90000)} records sent during previous 00:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{digits(3)}, last recorded offset of {{server=ehr}} partition is {{lsn_proc={lsn}, messageType=UPDATE, lsn_commit={lsn}, lsn={lsn}, txId={tx}, ts_usec={epoch_ms(t) * 1000 + R.randint(0, 999)}}}   [io.debezium.connector.common.BaseSourceTask]"],
            lambda: [f"{ts} INFO   Postgres|ehr|snapshot  Exported {R.randint(1000, 9000000)} records for table 'public.{R.choice(TABLES)}' after 00:0{R.randint(0, 9)}:{R.randint(10, 59)}.{digits(3)}   [io.debezium.relational.RelationalSnapshotChangeEventSource]"],
            lambda: [f"{ts} INFO   Postgres|ehr|streaming  Searching for WAL resume position   [io.debezium.connector.postgresql.PostgresStreamingChangeEventSource]"],
            lambda: [J({"before": None, "after": {"formulary_id": R.randint(1, 900), "ndc": f"00{digits(3)}-{digits(4)}-{digits(2)}", "drug_name": R.choice(["atorvastatin 20 mg tablet", "metformin 500 mg tablet", "lisinopril 10 mg tablet", "insulin glargine 100 unit/mL"]), "tier": R.randint(1, 4), "updated_at": epoch_ms(t) * 1000}, "source": source("formulary"), "op": "c", "ts_ms": epoch_ms(t)})],
            lambda: [J({"before": {"encounter_id": R.randint(10 ** 7, 10 ** 8), "status_cd": "ARRIVED", "dept_id": R.randint(100, 999)}, "after": {"encounter_id": R.randint(10 ** 7, 10 ** 8), "status_cd": "DISCHARGED", "dept_id": R.randint(100, 999)}, "source": source("encounter"), "op": "u", "ts_ms": epoch_ms(t)})],
            lambda: [f"{ts} WARN   Postgres|ehr|streaming  Received {R.randint(2, 40)} events which were all filtered out, so no offset could be committed. This prevents the replication slot from acknowledging the processed WAL offsets   [io.debezium.connector.postgresql.PostgresStreamingChangeEventSource]"],
        )
    p = person()

    dob_int = R.random() < 0.5

    def dob_val():
        if dob_int:
            return PN("date", str((p["dob"] - dt.date(1970, 1, 1)).days))
        return P("date", iso(p["dob"]))

    def upd():
        before = {"patient_id": p["pid"], "mrn": P("mrn", p["mrn"]), "first_name": P("name", p["fn"]),
                  "last_name": P("name", p["ln"]), "birth_date": dob_val(), "address_line1": P("address", p["street"]),
                  "city": P("address", p["city"]), "state": p["st"], "postal_code": P("zip", p["zip"]),
                  "phone_home": P("phone", p["phone"]), "updated_at": epoch_ms(t) * 1000 - R.randint(10 ** 9, 10 ** 11)}
        q = person()
        after = dict(before)
        after.update({"address_line1": P("address", q["street"]), "city": P("address", q["city"]), "state": q["st"],
                      "postal_code": P("zip", q["zip"]), "updated_at": epoch_ms(t) * 1000})
        after["mrn"] = P("mrn", p["mrn"])
        after["first_name"] = P("name", p["fn"])
        after["last_name"] = P("name", p["ln"])
        after["birth_date"] = dob_val() if True else None
        after["phone_home"] = P("phone", p["phone"])
        return [J({"before": before, "after": after, "source": source("patient"), "op": "u", "ts_ms": epoch_ms(t)})]

    def mssql_create():
        after = {"PAT_ID": P("mrn", "Z" + digits(7)), "PAT_LAST_NM": P("name", fold(p["ln"]).upper()),
                 "PAT_FIRST_NM": P("name", fold(p["fn"]).upper()), "BIRTH_DT": P("date", iso(p["dob"])),
                 "SSN": P("ssn", ssn(dashed=False)), "EMAIL_ADDR": P("email", p["email"]), "ZIP": P("zip", p["zip"]),
                 "PAT_STATUS_C": 1, "REC_CREATE_DTTM": t.strftime("%Y-%m-%dT%H:%M:%S.") + digits(3) + "Z"}
        src = {"version": "2.5.4.Final", "connector": "sqlserver", "name": "clarity", "ts_ms": epoch_ms(t),
               "snapshot": "false", "db": "Clarity", "schema": "dbo", "table": "PATIENT",
               "change_lsn": f"0000{hexs(4)}:{hexs(8)}:{hexs(4)}", "commit_lsn": f"0000{hexs(4)}:{hexs(8)}:{hexs(4)}", "event_serial_no": 1}
        return [f"{ts} DEBUG  [cdc-auditor] received clarity.dbo.PATIENT[{R.randint(0, 5)}]@{R.randint(10 ** 5, 10 ** 7)}: " + J({"before": None, "after": after, "source": src, "op": "c", "ts_ms": epoch_ms(t)})]

    def delete():
        before = {"contact_id": R.randint(10 ** 5, 10 ** 7), "patient_id": p["pid"], "contact_name": P("name", R.choice(FIRST) + " " + p["ln"]),
                  "relationship": R.choice(["SPOUSE", "DAUGHTER", "SON", "MOTHER", "GUARDIAN"]),
                  "mobile": P("phone", phone()), "email": P("email", email(R.choice(FIRST), p["ln"]))}
        return [J({"before": before, "after": None, "source": source("emergency_contact"), "op": "d", "ts_ms": epoch_ms(t)})]

    def device_evt():
        after = {"device_id": R.randint(1000, 999999), "patient_id": p["pid"], "device_type": R.choice(["CGM", "INSULIN_PUMP", "CPAP", "BP_CUFF"]),
                 "serial_no": P("device", device_serial()), "bt_mac": P("device", mac()), "paired_at": epoch_ms(t) * 1000}
        return [J({"before": None, "after": after, "source": source("patient_device"), "op": "c", "ts_ms": epoch_ms(t)})]

    def profile_evt():
        kind, oid = other_id(p)
        after = {"profile_id": R.randint(1000, 999999), "patient_id": p["pid"], "photo_url": P("photo", photo_ref(p)),
                 "social_url": P("url", social_url(p)), kind: P("other_id", oid), "consent_ver": f"v{R.randint(1, 9)}",
                 "created_at": epoch_ms(t) * 1000 - R.randint(10 ** 9, 10 ** 12)}
        return [J({"before": None, "after": after, "source": source("portal_profile"), "op": "r", "ts_ms": epoch_ms(t)})]

    return pick(upd, mssql_create, delete, device_evt, profile_evt)


# ---- extra value helpers (media / misc identifiers)
def b64(prefix, n):
    raw = prefix + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def fingerprint_tpl():
    return b64(b"FMR\x00 20\x00", 30)


def photo_b64():
    return b64(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00", 24)


def social_url(p):
    f, l = fold(p["fn"]).lower().replace(" ", ""), fold(p["ln"]).lower().replace(" ", "").replace("'", "")
    return R.choice([f"https://www.facebook.com/{f}.{l}.{R.randint(100, 9999)}",
                     f"https://www.linkedin.com/in/{f}-{l}-{hexs(6)}",
                     f"https://instagram.com/{f}_{l}{p['dob'].year % 100:02d}",
                     f"https://portal.cedarlinehealth.org/mychart/u/{f}.{l}{R.randint(1, 99)}"])


def photo_ref(p):
    f, l = fold(p["fn"]).lower().replace(" ", ""), fold(p["ln"]).lower().replace(" ", "").replace("'", "")
    return R.choice([f"s3://cedarline-ehr-media/patient-photos/{p['pid']}/{f}_{l}_face.jpg",
                     f"https://cdn.cedarlinehealth.org/avatars/{f}-{l}-{hexs(8)}.jpg",
                     f"/mnt/pacs/wristband_photos/{l.upper()}_{f.upper()}_{hl7d(p['dob'])}.png"])


def other_id(p):
    k = R.randrange(4)
    if k == 0:
        return "passport", R.choice(["5", "6"]) + digits(8)
    if k == 1:
        return "portal_user", f"{fold(p['fn']).lower().replace(' ', '')}{fold(p['ln'])[0].lower()}{p['dob'].year % 100:02d}"
    if k == 2:
        return "tribal_enrollment_no", f"{R.choice(['NN', 'CN', 'HOP'])}-{digits(6)}"
    return "alien_reg_no", "A" + digits(9)


def npi():
    body = "1" + digits(8)
    # NPI Luhn with 80840 prefix
    for c in "0123456789":
        if luhn_ok("80840" + body + c):
            return body + c


PROVIDERS = [("STRANGE", "STEPHEN"), ("QUINN", "MICHAELA"), ("OKONJO", "IFEOMA"), ("BERGSTROM", "LARS"),
             ("VARGAS", "ELENA"), ("CHU", "DAVID")]


# ==========================================================================
FT_CONNS = [("sql_server", "epic_clarity", "plump_equinox"), ("postgres", "ehr_pg", "wistful_lantern"),
            ("salesforce", "crm_sfdc", "brave_tundra"), ("sftp", "payer_elig_sftp", "quiet_harbor")]


def fam_fivetran(phi):
    t = now()
    ct, cname, cid = R.choice(FT_CONNS)
    base = {"event": None, "created": t.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(t) + "Z",
            "connector_type": ct, "connector_id": cid, "connector_name": cname, "sync_id": uid()}

    def ev(event, data, conn=None):
        d = dict(base)
        if conn:
            d["connector_type"], d["connector_name"], d["connector_id"] = conn
        d["event"] = event
        d["data"] = data
        return [J(d)]

    tbl = R.choice(["PATIENT", "PAT_ENC", "HSP_ACCOUNT", "CLARITY_DEP", "ORDER_PROC", "PAT_ADDRESS", "COVERAGE"])
    if not phi:
        return pick(
            lambda: ev("sync_start", {}),
            lambda: ev("sync_end", {"status": R.choice(["SUCCESSFUL", "SUCCESSFUL", "FAILURE_WITH_TASK"])}),
            lambda: ev("records_modified", {"schema": cname, "table": tbl, "operationType": R.choice(["REPLACED_OR_INSERTED", "DELETED", "UPDATED"]), "count": R.randint(0, 900000)}),
            lambda: ev("write_to_table_start", {"table": tbl}),
            lambda: ev("write_to_table_end", {"table": tbl}),
            lambda: ev("extract_summary", {"status": "SUCCESS", "total_queries": R.randint(5, 900), "total_rows": R.randint(10, 10 ** 7), "total_size": R.randint(10 ** 4, 10 ** 10), "rounded_total_size": f"{R.randint(1, 900)} MB"}),
            lambda: ev("warning", {"type": "schema_change", "message": f"Column {R.choice(['PAT_MIDDLE_NAME', 'PREF_LANGUAGE_C', 'ETHNIC_GROUP_C', 'SEX_ASGN_AT_BIRTH_C'])} added to table {tbl}"}),
            lambda: ev("api_call", {"method": "GET", "uri": f"/services/data/v59.0/queryAll?q=SELECT+Id,LastModifiedDate+FROM+Contact+WHERE+SystemModstamp+>+2024-05-13T0{R.randint(0, 9)}:00:00Z", "status": 200, "elapsed_ms": R.randint(40, 4000)}),
            lambda: ev("warning", {"type": "skip_row", "message": f"Skipped row in table {tbl} with primary key {{PAT_ENC_CSN_ID={R.randint(10 ** 8, 10 ** 9)}}}: column CONTACT_DATE is out of range for destination type"}),
        )
    p = person()
    return pick(
        lambda: ev("warning", {"type": "skip_row", "message": f"Skipping row in table PATIENT with primary key {{PAT_ID={P('mrn', 'Z' + digits(7))}}}: column BIRTH_DATE value '{P('date', us(p['dob']))}' cannot be converted to DATE"}),
        lambda: ev("warning", {"type": "type_promotion", "message": f"Value '{P('phone', p['phone'])}' for column HOME_PHONE in table PAT_ADDRESS could not be parsed as LONG; column type changed to STRING"}),
        lambda: ev("error", {"type": "sql_error", "message": f"Error writing to destination: Numeric value '{P('ssn', p['ssn'])}' is not recognized  File 'fivetran_{hexs(12)}.csv.gz', line {R.randint(1, 900)}, character {R.randint(1, 90)}  Row {R.randint(1, 900)}, column \"PATIENT_STAGING\"[\"SSN\":{R.randint(3, 30)}]"}),
        lambda: ev("warning", {"type": "skip_row", "message": f"Skipped record 003{hexs(2)}00000{hexs(7)} in object Contact: field Social_Profile_URL__c value '{P('url', social_url(p))}' exceeds 80 characters after normalisation"}, conn=("salesforce", "crm_sfdc", "brave_tundra")),
        lambda: ev("warning", {"type": "skip_row", "message": f"Skipped record 003{hexs(2)}00000{hexs(7)} in object Contact: field Photo_URL__c value '{P('photo', photo_ref(p))}' is not a valid URL for type Url"}, conn=("salesforce", "crm_sfdc", "brave_tundra")),
        lambda: ev("warning", {"type": "skip_row", "message": f"Row with primary key {{EVENT_ID={R.randint(10 ** 6, 10 ** 8)}}} in table MYCHART_LOGIN_AUDIT has invalid value for column CLIENT_IP_ADDR ('{P('ip', R.choice([public_ip, public_ipv6])())}' is not a valid INET for the target)"}),
        lambda: ev("warning", {"type": "skip_row", "message": f"Duplicate primary key {{MEMBER_ID={P('health_plan', p['mbr'])}}} in file elig_834_{REF_DATE:%Y%m%d}.txt; row for {P('name', p['ln'].upper() + ', ' + p['fn'].upper())} (DOB {P('date', hl7d(p['dob']))}) ignored"}),
        lambda: ev("warning", {"type": "skip_row", "message": f"Skipped row in table PAT_ADDRESS with primary key {{PAT_ID={P('mrn', 'Z' + digits(7))}, LINE=1}}: ADDRESS value '{P('address', p['street'].upper())}' and FAX '{P('fax', phone(style=1, npa=p['npa']))}' contain unsupported control characters"}),
    )


def fam_airbyte(phi):
    t = now()
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    stream = R.choice(["patients", "encounters", "contacts", "members", "claims", "portal_logins"])
    if not phi:
        return pick(
            lambda: [f"{ts} source > Syncing stream: {stream} "],
            lambda: [f"{ts} source > Read {R.randint(1, 500000)} records from {stream} stream"],
            lambda: [f"{ts} replication-orchestrator > Records read: {R.randint(1000, 900000)} ({R.randint(1, 900)} MB)"],
            lambda: [f"{ts} destination > Flushing buffer of stream {stream} ({R.uniform(0.5, 200):.2f} MB)"],
            lambda: [f"{ts} destination > Typing and deduping: completed for stream {stream} in {R.uniform(0.5, 90):.1f}s"],
            lambda: [f"{ts} platform > Docker volume job log path: /tmp/workspace/{R.randint(1000, 99999)}/{R.randint(0, 3)}/logs.log"],
            lambda: [f"{ts} replication-orchestrator > Stream status TRACE received of status: COMPLETE for stream {stream}"],
            lambda: [f"{ts} platform > Attempt {R.randint(0, 3)} to replicate: sync summary: {{\"status\":\"completed\",\"recordsSynced\":{R.randint(0, 10 ** 6)},\"bytesSynced\":{R.randint(0, 10 ** 9)},\"startTime\":{epoch_ms(t) - 600000},\"endTime\":{epoch_ms(t)}}}"],
            lambda: [f"{ts} source > Schema validation errors found for stream public_{stream}. Error messages: [$.updated_at: string found, integer expected]"],
        )
    p = person()
    return pick(
        lambda: [f"{ts} source > Skipping record with invalid email in stream contacts: " + J({"id": R.randint(10 ** 5, 10 ** 8), "properties": {"firstname": P("name", p["fn"]), "lastname": P("name", p["ln"]), "email": P("email", p["email"].replace("@", "@@", 1) if False else p["email"]), "phone": P("phone", p["phone"]), "lifecyclestage": "customer", "createdate": "2023-11-0" + str(R.randint(1, 9)) + "T14:22:10.118Z"}})],
        lambda: [f"{ts} source > Failed to parse row {R.randint(2, 99999)} of members_{REF_DATE:%Y%m%d}.csv: ['{P('health_plan', p['mbr'])}', '{P('name', fold(p['ln']).upper())}', '{P('name', fold(p['fn']).upper())}', '{P('date', us(p['dob']))}', '{P('address', p['street'])}', '{P('address', p['city'])}', '{p['st']}', '{P('zip', p['zip'])}', 'PPO3', ''] - expected 9 columns, got 10"],
        lambda: [f"{ts} source > Record does not match schema, coercing 'date_of_birth' value '{P('date', dfmt(p['dob']))}' to string in stream {stream} (record key mrn={P('mrn', p['mrn'])})"],
        lambda: [f"{ts} destination > WARN i.a.i.d.s.o.SnowflakeStagingOperations: Object {P('photo', photo_ref(p))} referenced by contacts.avatar_uri could not be copied (AccessDenied)"],
        lambda: [f"{ts} destination > WARN i.a.i.d.s.t.SnowflakeInsertDestinationHandler: dropping column face_embedding ({R.randint(600, 2048)} bytes) for stream patient_checkin record {{\"kiosk_id\":\"KSK-{R.randint(10, 99)}\",\"mrn\":\"{P('mrn', p['mrn'])}\",\"face_embedding\":\"{P('biometric', b64(b'', 36))}\"}}"],
        lambda: [f"{ts} destination > ERROR i.a.c.i.d.j.JdbcBufferedConsumerFactory: Numeric value '{P('health_plan', p['mbr'])}' is not recognized (stream members, column member_id)"],
        lambda: [f"{ts} source > Retrying stream portal_logins after 429; last cursor={{\"user\": \"{P('email', p['email'])}\", \"ip\": \"{P('ip', public_ip())}\", \"ts\": \"2024-05-13T2{R.randint(0, 3)}:{R.randint(10, 59)}:{R.randint(10, 59)}Z\"}}"],
    )


SF_USERS = ["DBT_CLOUD_SVC", "FIVETRAN_USER", "LOOKER_SVC", "DKUMAR", "ALINDQVIST", "AIRFLOW_SVC"]


def fam_snowflake_query_history(phi):
    t = now()
    qid = f"01b4{hexs(4)}-{digits(4)}-{hexs(4)}-0000-{hexs(12)}"
    user = R.choice(SF_USERS)
    ds = R.choice(PART_DATES)
    if not phi:
        sql = pick(
            lambda: f"select count(*) from RAW.EHR.PATIENT where LOAD_DT = '{ds}'",
            lambda: "MERGE INTO CORE.DIM_PATIENT t USING STAGING.EHR.PATIENT s ON t.PAT_ID = s.PAT_ID WHEN MATCHED AND s._FIVETRAN_DELETED THEN DELETE WHEN MATCHED THEN UPDATE SET t.PAT_HASH = s.PAT_HASH",
            lambda: f"COPY INTO RAW.CLAIMS.X12_837 FROM @RAW.CLAIMS.SFTP_STAGE PATTERN='.*837P_{ds.replace('-', '')}.*' ON_ERROR = CONTINUE",
            lambda: "ALTER WAREHOUSE TRANSFORM_WH RESUME IF SUSPENDED",
            lambda: "show grants to role ANALYST_PHI_RESTRICTED",
            lambda: f"select * from CORE.FACT_CLAIM where CLM_SK = {R.randint(10 ** 6, 10 ** 9)} limit 100",
            lambda: "select DX_CD, count(*) from CORE.FACT_DX where DX_CD in ('E11.9','I10','Z79.4') group by 1",
            lambda: f"select SHA2(SSN || '{hexs(16)}') as SSN_HASH, PAT_SK from STAGING.EHR.PATIENT where _LOADED_AT > '2024-05-13 02:00:00'",
            lambda: f"call SYSTEM$CANCEL_QUERY('{qid}')",
        )
    else:
        p = person()
        sql = pick(
            lambda: f"select * from ANALYTICS.CORE.DIM_MEMBER where MBR_ID = {sq('health_plan', p['mbr'])}",
            lambda: f"select CONTACT_ID from RAW.CRM.CONTACT where SOCIAL_PROFILE_URL = {sq('url', social_url(p))} or PHOTO_URI = {sq('photo', photo_ref(p))}",
            lambda: f"SELECT PAT_ID, PAT_NAME FROM CLARITY.DBO.PATIENT WHERE PAT_NAME ILIKE '{P('name', fold(p['ln']).upper().replace(chr(39), chr(39) * 2) + ',' + fold(p['fn']).upper())}%'",
            lambda: f"UPDATE RAW.EHR.PATIENT SET HOME_PHONE = {sq('phone', p['phone'])} WHERE PAT_MRN_ID = {sq('mrn', p['mrn'])}",
            lambda: f"INSERT INTO STAGE.PAYMENTS.CARD_TXN (TXN_ID, CARD_NUM, AMT, TXN_DT) VALUES ({R.randint(10 ** 6, 10 ** 9)}, {sq('account', card(fmt=0))}, {R.randint(5, 900)}.00, '{ds}')",
            lambda: f"select count(*) from RAW.EHR.PATIENT where SSN = {sq('ssn', p['ssn'])} or (LAST_NM = {sq('name', p['ln'])} and BIRTH_DT = {sq('date', iso(p['dob']))})",
            lambda: f"SELECT * FROM CORE.PORTAL_LOGIN WHERE CLIENT_IP = {sq('ip', public_ip())} AND LOGIN_TS > '2024-05-01'",
            lambda: f"select ENC_ID, ADMIT_DT, DISCH_DT from CORE.FACT_ENCOUNTER where ADMIT_DT = {sq('date', iso(svc_date()))} and PAT_ZIP5 = {sq('zip', p['zip'])}",
            lambda: f"delete from RAW.CRM.CONTACT where EMAIL = {sq('email', p['email'])} /* DSAR ticket PRIV-{R.randint(100, 9999)} */",
        )
    st = R.choice(["SUCCESS", "SUCCESS", "SUCCESS", "FAILED_WITH_ERROR"])
    if R.random() < 0.5:
        return [f"QUERY_ID={qid} QUERY_TYPE={sql.split()[0].upper()} USER_NAME={user} ROLE_NAME={R.choice(['TRANSFORMER', 'LOADER', 'ANALYST_PHI'])} WAREHOUSE_NAME={R.choice(['TRANSFORM_WH', 'LOAD_WH', 'ADHOC_WH'])} EXECUTION_STATUS={st} START_TIME={t.strftime('%Y-%m-%d %H:%M:%S.')}{ms3(t)} -0700 TOTAL_ELAPSED_TIME={R.randint(30, 900000)} ROWS_PRODUCED={R.randint(0, 10 ** 6)} QUERY_TEXT={sql}"]
    return ['"' + qid + '","' + sql.replace('"', '""') + f'","{user}","{R.choice(["TRANSFORM_WH", "ADHOC_WH"])}","{st}","{t.strftime("%Y-%m-%d %H:%M:%S.")}{ms3(t)} -0700",{R.randint(30, 900000)},{R.randint(0, 10 ** 9)}']


BQ_PRINCIPALS = ["dbt-runner@cedarline-dwh.iam.gserviceaccount.com", "airflow-etl@cedarline-dwh.iam.gserviceaccount.com",
                 "priya.raman@cedarlinehealth.com", "t.weber@cedarlinehealth.com"]


def fam_bigquery_audit(phi):
    t = now()
    job = f"bquxjob_{hexs(8)}_{hexs(11)}"
    ds = R.choice(PART_DATES)
    if not phi:
        q = pick(
            lambda: f"SELECT COUNT(*) FROM `cedarline-dwh.claims.claim_line` WHERE _PARTITIONDATE = '{ds}'",
            lambda: "MERGE `cedarline-dwh.core.dim_member` T USING `cedarline-dwh.staging.member_elig` S ON T.member_sk = S.member_sk WHEN NOT MATCHED THEN INSERT ROW",
            lambda: f"SELECT payer_id, SUM(paid_amt) FROM `cedarline-dwh.remits.era_835` WHERE check_dt BETWEEN '2024-05-01' AND '{ds}' GROUP BY 1",
            lambda: f"SELECT * FROM `cedarline-dwh.core.fact_encounter` WHERE encounter_sk = {R.randint(10 ** 6, 10 ** 9)}",
            lambda: "SELECT TO_HEX(SHA256(CONCAT(ssn, @salt))) AS ssn_hash FROM `cedarline-dwh.staging.patient`",
        )
    else:
        p = person()
        q = pick(
            lambda: f"SELECT * FROM `cedarline-dwh.core.dim_patient` WHERE last_name = {sq('name', p['ln'])} AND first_name = {sq('name', p['fn'])} AND dob = DATE {sq('date', iso(p['dob']))}",
            lambda: f"SELECT claim_id, svc_from_dt FROM `cedarline-dwh.claims.claim_header` WHERE subscriber_id = {sq('health_plan', p['mbr'])} AND svc_from_dt >= '2024-01-01'",
            lambda: f"UPDATE `cedarline-dwh.staging.patient_contact` SET email = {sq('email', p['email'])}, mobile = {sq('phone', p['phone'])} WHERE mrn = {sq('mrn', p['mrn'])}",
            lambda: f"SELECT * FROM `cedarline-dwh.core.dim_patient` WHERE ssn = {sq('ssn', p['ssn'])}",
            lambda: f"SELECT user_id, last_login_ts FROM `cedarline-dwh.portal.users` WHERE username = {sq('other_id', other_id(p)[1])} OR email = {sq('email', p['email'])}",
            lambda: f"SELECT mrn, death_dt FROM `cedarline-dwh.core.dim_patient` WHERE death_dt = {sq('date', iso(svc_date()))} AND age_at_death >= {P('age', str(R.randint(90, 99)))}",
            lambda: f"INSERT INTO `cedarline-dwh.fleet.nemt_trip` (trip_id, rider_mrn, vehicle_plate, pickup_addr) VALUES ({R.randint(10 ** 5, 10 ** 7)}, {sq('mrn', p['mrn'])}, {sq('vehicle', plate())}, {sq('address', p['street'])})",
        )
    d = {"protoPayload": {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "status": {},
                          "authenticationInfo": {"principalEmail": R.choice(BQ_PRINCIPALS)},
                          "requestMetadata": {"callerIp": R.choice([f"10.128.{R.randint(0, 15)}.{R.randint(2, 250)}", "gce-internal-ip", "private"]),
                                              "callerSuppliedUserAgent": "gl-python/3.11.7 grpc/1.62.1 gax/2.17.1 gapic/3.19.0 gccl/3.19.0"},
                          "serviceName": "bigquery.googleapis.com", "methodName": "google.cloud.bigquery.v2.JobService.InsertJob",
                          "resourceName": f"projects/cedarline-dwh/jobs/{job}",
                          "metadata": {"jobChange": {"after": "DONE", "job": {"jobName": f"projects/cedarline-dwh/jobs/{job}",
                                       "jobConfig": {"type": "QUERY", "queryConfig": {"query": q, "statementType": q.split()[0].upper()}},
                                       "jobStats": {"createTime": t.strftime("%Y-%m-%dT%H:%M:%S.") + digits(3) + "Z",
                                                    "queryStats": {"totalProcessedBytes": str(R.randint(10 ** 4, 10 ** 12)), "totalBilledBytes": str(R.randint(10 ** 7, 10 ** 12))}}}},
                                       "@type": "type.googleapis.com/google.cloud.audit.BigQueryAuditMetadata"}},
         "insertId": f"-{hexs(12)}", "resource": {"type": "bigquery_project", "labels": {"project_id": "cedarline-dwh", "location": "US"}},
         "timestamp": t.strftime("%Y-%m-%dT%H:%M:%S.") + digits(6) + "Z", "severity": "INFO",
         "logName": "projects/cedarline-dwh/logs/cloudaudit.googleapis.com%2Fdata_access"}
    return [J(d)]


def fam_redshift_stl_query(phi):
    t = now()
    if not phi and R.random() < 0.2:
        return [" userid |  query   |  label  |   xid    |  pid   | database |                querytxt                |         starttime          |          endtime           | aborted",
                "--------+----------+---------+----------+--------+----------+----------------------------------------+----------------------------+----------------------------+---------"][R.randrange(2):][:1]
    if not phi:
        q = pick(
            lambda: "COPY claims.claim_line FROM 's3://cedarline-landing/claims/dt=2024-05-14/' IAM_ROLE 'arn:aws:iam::418273650912:role/RedshiftCopy' FORMAT AS PARQUET",
            lambda: f"select count(*) from ehr.encounter where load_dt = '{R.choice(PART_DATES)}'",
            lambda: "analyze compression ehr.patient",
            lambda: f"UNLOAD ('select * from core.fact_claim') TO 's3://cedarline-exports/fact_claim/{REF_DATE:%Y%m%d}/' IAM_ROLE default PARQUET",
            lambda: f"vacuum delete only ehr.patient_contact to {R.randint(80, 99)} percent",
            lambda: f"select * from svl_query_report where query = {R.randint(10 ** 6, 10 ** 7)} order by segment, step",
        )
    else:
        p = person()
        q = pick(
            lambda: f"select * from ehr.patient where mrn = {sq('mrn', p['mrn'])}",
            lambda: f"select pat_sk from ehr.patient where upper(last_nm) = {sq('name', fold(p['ln']).upper())} and birth_dt = {sq('date', iso(p['dob']))}",
            lambda: f"insert into billing.refund_request values ({R.randint(10 ** 5, 10 ** 7)}, {sq('account', bank_acct())}, '0{digits(8)}', {R.randint(5, 900)}.{digits(2)})",
            lambda: f"update ehr.patient_contact set fax_num = {sq('fax', phone(style=R.choice([1, 0])))} where pat_sk = {R.randint(10 ** 5, 10 ** 8)}",
            lambda: f"select * from rx.rx_fill where prescriber_dea = {sq('license', dea(R.choice(PROVIDERS)[0]))} and fill_dt >= '2024-04-01'",
            lambda: f"select * from web.portal_session where client_ip = {sq('ip', public_ip())}",
            lambda: f"select * from ehr.patient_identity where passport_no = {sq('other_id', R.choice(['5', '6']) + digits(8))} or alien_reg_no = {sq('other_id', 'A' + digits(9))}",
            lambda: f"select * from ehr.patient where discharge_dt = {sq('date', iso(svc_date()))} and zip5 = {sq('zip', p['zip'])}",
        )
    st = t.strftime("%Y-%m-%d %H:%M:%S.") + digits(6)
    en = (t + dt.timedelta(milliseconds=R.randint(50, 90000))).strftime("%Y-%m-%d %H:%M:%S.") + digits(6)
    return [f" {R.choice([100, 104, 112, 1]):>6} | {R.randint(10 ** 6, 10 ** 7):>8} | default | {R.randint(10 ** 7, 10 ** 8):>8} | {R.randint(1000, 99999):>6} | dev      | {q} | {st} | {en} |       {R.choice([0, 0, 0, 1])}"]


def fam_pg_stat_statements(phi):
    if not phi and R.random() < 0.15:
        return ["       queryid        | calls | total_exec_time |  rows  | query",
                "----------------------+-------+-----------------+--------+-------"][R.randrange(2):][:1]
    if not phi:
        q = pick(
            lambda: "SELECT * FROM patient WHERE mrn = $1",
            lambda: "UPDATE encounter SET status_cd = $1, updated_at = now() WHERE encounter_id = $2",
            lambda: "INSERT INTO claim_line (claim_id, line_no, cpt_cd, units, charge_amt) VALUES ($1, $2, $3, $4, $5)",
            lambda: "SELECT count(*) FROM member_elig WHERE term_dt IS NULL AND plan_cd = $1",
            lambda: "VACUUM ANALYZE public.patient_contact",
            lambda: f"SELECT pg_catalog.set_config('search_path', '', false)",
            lambda: "CREATE INDEX CONCURRENTLY idx_enc_admit_dt ON encounter (admit_dt)",
            lambda: "SELECT * FROM rx_fill WHERE ndc = '00093-7424-56' AND fill_dt > '2024-01-01'",
        )
    else:
        p = person()
        q = pick(
            lambda: f"SELECT * FROM patient WHERE ssn = {sq('ssn', p['ssn'])}",
            lambda: f"SELECT patient_id FROM patient WHERE lower(last_name) = {sq('name', fold(p['ln']).lower())} AND dob = {sq('date', iso(p['dob']))}",
            lambda: f"UPDATE patient SET email = {sq('email', p['email'])} WHERE patient_id = {p['pid']}",
            lambda: f"SELECT * FROM member_elig WHERE subscriber_id = {sq('health_plan', p['mbr'])}",
            lambda: f"SELECT * FROM patient_device WHERE imei = {sq('device', imei())}",
            lambda: f"SELECT * FROM patient WHERE home_phone = {sq('phone', p['phone'])} OR mobile_phone = {sq('phone', phone())}",
            lambda: f"UPDATE patient SET drivers_lic_no = {sq('license', drivers_license())}, dl_state = '{p['st']}' WHERE mrn = {sq('mrn', p['mrn'])}",
        )
    return [f" {R.randint(-9 * 10 ** 18, 9 * 10 ** 18):>20} | {R.randint(1, 99999):>5} | {R.uniform(0.01, 900000):>15.3f} | {R.randint(0, 10 ** 6):>6} | {q}"]


def fam_postgres_log(phi):
    t = now()
    pid = R.randint(1000, 99999)
    user = R.choice(["etl_loader", "app_ehr", "debezium", "airflow"])
    pre = f"{t.strftime('%Y-%m-%d %H:%M:%S.')}{ms3(t)} UTC [{pid}] {user}@ehr"
    if not phi:
        return pick(
            lambda: [f"{pre} LOG:  checkpoint complete: wrote {R.randint(10, 9000)} buffers ({R.uniform(0, 30):.1f}%); 0 WAL file(s) added, 0 removed, {R.randint(0, 9)} recycled; write={R.uniform(1, 300):.3f} s, sync={R.uniform(0, 2):.3f} s, total={R.uniform(1, 300):.3f} s"],
            lambda: [f"{pre} LOG:  automatic vacuum of table \"ehr.public.encounter\": index scans: 1"],
            lambda: [f"{pre} LOG:  duration: {R.uniform(500, 90000):.3f} ms  statement: SELECT count(*) FROM claim_line WHERE load_dt = '{R.choice(PART_DATES)}'"],
            lambda: [f"{pre} ERROR:  duplicate key value violates unique constraint \"encounter_pkey\"",
                     f"{pre} DETAIL:  Key (encounter_id)=({R.randint(10 ** 6, 10 ** 8)}) already exists."],
            lambda: [f"{pre} LOG:  connection authorized: user={user} database=ehr application_name=debezium SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)"],
            lambda: [f"{pre} ERROR:  canceling statement due to statement timeout"],
            lambda: [f"{pre} LOG:  connection received: host={private_ip()} port={R.randint(30000, 65000)}"],
        )
    p = person()
    return pick(
        lambda: [f"{pre} ERROR:  duplicate key value violates unique constraint \"patient_ssn_key\"",
                 f"{pre} DETAIL:  Key (ssn)=({P('ssn', p['ssn'])}) already exists.",
                 f"{pre} STATEMENT:  INSERT INTO patient (mrn, first_name, last_name, dob, ssn) VALUES ({sq('mrn', p['mrn'])}, {sq('name', p['fn'])}, {sq('name', p['ln'])}, {sq('date', iso(p['dob']))}, {sq('ssn', p['ssn'])})"],
        lambda: [f"{pre} LOG:  duration: {R.uniform(500, 90000):.3f} ms  statement: SELECT * FROM patient WHERE last_name = {sq('name', p['ln'])} AND zip = {sq('zip', p['zip'])}"],
        lambda: [f"{pre} ERROR:  new row for relation \"member_elig\" violates check constraint \"term_after_eff\"",
                 f"{pre} DETAIL:  Failing row contains ({R.randint(10 ** 5, 10 ** 7)}, {P('health_plan', p['mbr'])}, {P('name', p['ln'])}, {P('name', p['fn'])}, {P('date', iso(p['dob']))}, PPO3, 2024-06-01, 2024-05-31, 2024-05-14 0{R.randint(0, 2)}:{R.randint(10, 59)}:{R.randint(10, 59)}.{digits(6)}+00)."],
        lambda: [f"{pre} ERROR:  invalid input syntax for type date: \"{P('date', dfmt(p['dob']) if False else us(p['dob']))}\"",
                 f"{pre} CONTEXT:  COPY patient_stage, line {R.randint(2, 90000)}, column birth_dt: \"{P('date', us(p['dob']))}\""],
        lambda: [f"{pre} ERROR:  value too long for type character varying(10)",
                 f"{pre} CONTEXT:  COPY member_contact, line {R.randint(2, 90000)}, column home_phone: \"{P('phone', phone(style=5))}\""],
        lambda: [f"{pre} LOG:  statement: UPDATE patient SET address_line1 = {sq('address', p['street'])}, city = {sq('address', p['city'])}, state = '{p['st']}', zip = {sq('zip', p['zip'])} WHERE patient_id = {p['pid']}"],
    )


def fam_great_expectations(phi):
    t = now()
    if not phi:
        return pick(
            lambda: [f"Calculating Metrics: 100%|██████████| {(n := R.randint(8, 60))}/{n} [00:0{R.randint(0, 9)}<00:00, {R.uniform(5, 40):.2f}it/s]"],
            lambda: [f"Calculating Metrics:  {R.randint(10, 90)}%|█████▌    | {R.randint(5, 20)}/{R.randint(21, 40)} [00:01<00:02, {R.uniform(5, 40):.2f}it/s]"],
            lambda: [f"{t.strftime('%Y-%m-%d %H:%M:%S,')}{ms3(t)} INFO great_expectations.checkpoint.checkpoint: Checkpoint 'patients_daily' run_id={t.strftime('%Y%m%dT%H%M%S.%f')}Z success=False statistics={{'evaluated_expectations': {R.randint(20, 40)}, 'successful_expectations': {R.randint(15, 20)}, 'unsuccessful_expectations': {R.randint(1, 5)}, 'success_percent': {R.uniform(80, 99):.2f}}}"],
            lambda: [J({"expectation_config": {"expectation_type": "expect_column_values_to_be_in_set", "kwargs": {"column": "payer_cd", "value_set": ["BCBS", "AETNA", "UHC", "CIGNA", "MEDICARE", "MEDICAID"]}},
                        "result": {"element_count": R.randint(1000, 90000), "unexpected_count": 2, "unexpected_percent": 0.004, "partial_unexpected_list": ["BCBSX", "UNK"]}, "success": False}, sep=(", ", ": "))],
            lambda: [J({"expectation_config": {"expectation_type": "expect_column_values_to_match_regex", "kwargs": {"column": "dx_cd", "regex": "^[A-TV-Z][0-9][0-9AB](\\.[0-9A-TV-Z]{1,4})?$"}},
                        "result": {"element_count": R.randint(1000, 90000), "unexpected_count": 3, "partial_unexpected_list": ["E11.", "I10.0.", "Z794"], "partial_unexpected_index_list": [R.randint(1, 9000) for _ in range(3)]}, "success": False}, sep=(", ", ": "))],
            lambda: [J({"expectation_config": {"expectation_type": "expect_column_values_to_not_be_null", "kwargs": {"column": "mbr_id"}}, "result": {"element_count": R.randint(1000, 90000), "unexpected_count": 0, "unexpected_percent": 0.0, "partial_unexpected_list": []}, "success": True}, sep=(", ", ": "))],
            lambda: [J({"expectation_config": {"expectation_type": "expect_column_values_to_be_between", "kwargs": {"column": "age_yrs", "min_value": 0, "max_value": 120}}, "result": {"element_count": R.randint(1000, 90000), "unexpected_count": 1, "partial_unexpected_list": [R.randint(121, 999)]}, "success": False}, sep=(", ", ": "))],
        )
    ps = [person() for _ in range(3)]
    p = ps[0]

    def ge(col, etype, kwargs, vals):
        return [J({"expectation_config": {"expectation_type": etype, "kwargs": dict(column=col, **kwargs)},
                   "result": {"element_count": R.randint(1000, 90000), "unexpected_count": len(vals), "unexpected_percent": round(R.uniform(0.001, 0.05), 4),
                              "partial_unexpected_list": vals}, "success": False}, sep=(", ", ": "))]
    return pick(
        lambda: ge("phone_number", "expect_column_values_to_match_regex", {"regex": "^\\+1[2-9]\\d{9}$"}, [P("phone", phone(style=R.choice([0, 1, 2]))) for _ in range(3)]),
        lambda: ge("pat_last_nm", "expect_column_values_to_match_regex", {"regex": "^[A-Za-z -]+$"}, [P("name", n) for n in ["O'Brien", R.choice(["Nguyễn", "Müller", "Løvdal", "Kovačević", "Öztürk"]), R.choice(["García", "Ramírez", "Hernández", "Fernández"])]]),
        lambda: ge("birth_dt", "expect_column_values_to_match_strftime_format", {"strftime_format": "%Y-%m-%d"}, [P("date", us(q["dob"])) for q in ps]),
        lambda: ge("age_yrs", "expect_column_values_to_be_between", {"min_value": 0, "max_value": 89}, [PN("age", str(R.randint(90, 106))) for _ in range(R.randint(1, 3))]),
        lambda: ge("email_addr", "expect_column_values_to_match_regex", {"regex": "^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$"}, [P("email", fold(q["fn"]) + "." + fold(q["ln"]).replace(" ", "").replace("'", "") + "@" + R.choice(["Gmail.com", "Yahoo.com", "Outlook.com"])) for q in ps[:2]]),
        lambda: ge("note_txt", "expect_column_values_to_not_match_regex", {"regex": "\\b\\d{3}-\\d{2}-\\d{4}\\b"}, [f"pt verified ssn {P('ssn', ps[0]['ssn'])} at check-in", f"caller gave SSN {P('ssn', ps[1]['ssn'])}, DOB {P('date', us(ps[1]['dob']))}"]),
        lambda: ge("memo", "expect_column_values_to_not_match_regex", {"regex": "\\b(?:\\d[ -]?){13,16}\\b"}, [f"refund to card {P('account', card(fmt=1))} per pt request", f"autopay acct {P('account', bank_acct())} rtg 0{digits(8)}"]),
        lambda: ge("mbr_id", "expect_column_values_to_match_regex", {"regex": "^[A-Z]{3}\\d{9}$"}, [P("health_plan", member_id()) for _ in range(3)]),
        lambda: ge("zip_cd", "expect_column_value_lengths_to_equal", {"value": 5}, [P("zip", q["zip"] + "-" + q["zip4"]) for q in ps[:2]]),
    )


def fam_soda(phi):
    t = now()
    ts = f"[{t.strftime('%H:%M:%S')}]"
    tbl = R.choice(["member_elig", "dim_patient", "fact_claim", "stg_patient_contact"])
    if not phi:
        return pick(
            lambda: [f"{ts} Soda Core 3.0.{R.randint(40, 50)}"],
            lambda: [f"{ts} Scan summary:"],
            lambda: [f"{ts} {R.randint(1, 5)}/{R.randint(10, 20)} checks FAILED: "],
            lambda: [f"{ts}     {tbl} in snowflake_dwh"],
            lambda: [f"{ts}       row_count > 0 [PASSED]"],
            lambda: [f"{ts}       missing_count(mbr_id) = 0 [FAILED]", f"{ts}         check_value: {R.randint(1, 40)}"][R.randrange(2):][:1],
            lambda: [f"{ts}       duplicate_count(mrn) = 0 [FAILED]"],
            lambda: [f"{ts}       freshness(_loaded_at) < 1d [PASSED]", f"{ts}         max_column_timestamp: 2024-05-14 0{R.randint(0, 1)}:{R.randint(10, 59)}:{R.randint(10, 59)}.{digits(6)}+00:00"][R.randrange(2):][:1],
            lambda: [f"{ts} Oops! {R.randint(1, 4)} failures. 0 warnings. 0 errors. {R.randint(8, 20)} pass."],
            lambda: [f"{ts} Sending results to Soda Cloud"],
            lambda: [f"{ts}       invalid_percent(dx_cd) < 1 % [PASSED]"],
            lambda: [f"{ts}         value: {R.randint(1, 900)}"],
            lambda: [f"{ts}       avg(age_yrs) between 30 and 60 [PASSED]", f"{ts}         check_value: {R.uniform(38, 52):.2f}"][R.randrange(2):][:1],
            lambda: [f"{ts}       max(age_yrs) <= 120 [PASSED]  value: {R.randint(70, 89)}"],
        )
    p = person()
    q = person(old=True)
    return pick(
        lambda: [f"{ts}       duplicate_count(mbr_id) = 0 [FAILED]",
                 f"{ts}         failed rows sample: [('{P('health_plan', p['mbr'])}', '{P('name', fold(p['ln']).upper())}', '{P('date', iso(p['dob']))}'), ('{P('health_plan', p['mbr'])}', '{P('name', fold(p['ln']).upper())}', '{P('date', iso(p['dob']))}')]"],
        lambda: [f"{ts}       values in (mrn) must exist in dim_patient (mrn) [FAILED]",
                 f"{ts}         missing values sample: ['{P('mrn', p['mrn'])}', '{P('mrn', mrn())}']"],
        lambda: [f"{ts}       invalid_count(phone_home) = 0 [FAILED]",
                 f"{ts}         invalid values: {P('phone', phone(style=6))}, {P('phone', phone(style=2))}"],
        lambda: [f"{ts}       max(age_at_service) <= 89 [FAILED]",
                 f"{ts}         check_value: {P('age', str(age_of(q['dob'])))}"],
        lambda: [f"{ts}       failed row sample: {{'MBR_ID': '{P('health_plan', p['mbr'])}', 'MBR_ADDR1': '{P('address', p['street'])}', 'MBR_CITY': '{P('address', p['city'])}', 'MBR_ZIP': '{P('zip', p['zip'])}', 'ADDR_VERIFIED_FLG': 'N'}}"],
        lambda: [f"{ts}       invalid_count(vin) = 0 [FAILED]  (table auto_pip_claim, sample: {P('vehicle', vin())})"],
        lambda: [f"{ts}       schema changed for stg_patient_contact: sample row {{'contact_id': {R.randint(10 ** 4, 10 ** 6)}, 'fax_num': '{P('fax', phone(style=1))}', 'email': '{P('email', p['email'])}'}}"],
    )


def fam_dbt(phi):
    t = now()
    ts = t.strftime("%H:%M:%S")
    model = R.choice(["stg_patients", "stg_members", "int_claims_deduped", "fct_encounters", "dim_member"])
    if not phi:
        n = R.randint(1, 40)
        tot = R.randint(41, 120)
        test = R.choice([f"not_null_{model}_mrn", f"unique_{model}_member_sk", f"accepted_values_{model}__sex_cd__M__F__U__X", f"relationships_{model}_payer_id__payer_id__ref_dim_payer_"])
        return pick(
            lambda: [f"{ts}  {n} of {tot} START test {test} {'.' * max(3, 60 - len(test))} [RUN]"],
            lambda: [f"{ts}  {n} of {tot} PASS {test} {'.' * max(3, 62 - len(test))} [PASS in {R.uniform(0.2, 9):.2f}s]"],
            lambda: [f"{ts}  {n} of {tot} FAIL {R.randint(1, 30)} {test} {'.' * max(3, 58 - len(test))} [FAIL {R.randint(1, 30)} in {R.uniform(0.2, 9):.2f}s]"],
            lambda: [f"{ts}  {n} of {tot} OK created sql incremental model analytics.{model} {'.' * 20} [SUCCESS {R.randint(1, 900000)} in {R.uniform(1, 300):.2f}s]"],
            lambda: [f"{ts}  Finished running {tot} data tests in 0 hours 0 minutes and {R.uniform(5, 59):.2f} seconds ({R.uniform(5, 59):.2f}s)."],
            lambda: [f"{ts}  Failure in test {test} (models/staging/schema.yml)"],
            lambda: [f"{ts}    Got {R.randint(1, 90)} results, configured to fail if != 0"],
            lambda: [f"{ts}    compiled code at target/compiled/cedarline/models/staging/schema.yml/{test[:40]}.sql"],
            lambda: [f"{ts}  Done. PASS={tot - 2} WARN=0 ERROR=2 SKIP=0 TOTAL={tot}"],
            lambda: [f"{ts}  Running with dbt=1.7.{R.randint(9, 14)}"],
            lambda: [f"{ts}  Found {R.randint(100, 400)} models, {R.randint(300, 900)} data tests, {R.randint(20, 90)} sources, 0 exposures, 0 metrics, 812 macros, 0 groups, 0 semantic models"],
            lambda: [f"{ts}  Previewing node '{model}':", "| member_sk | plan_cd | eff_dt     | row_cnt |", "| --------- | ------- | ---------- | ------- |"][R.randrange(3):][:1],
            lambda: [f"| {R.randint(10 ** 6, 10 ** 8):>9} | PPO{R.randint(1, 5)}    | 2024-0{R.randint(1, 5)}-01 | {R.randint(1, 9):>7} |"],
        )
    p = person()

    def show():
        rows = [p, person()]
        cols = [("mbr_id", "health_plan"), ("mbr_last_nm", "name"), ("mbr_first_nm", "name"), ("birth_dt", "date"), ("zip5", "zip")]
        vals = [[q["mbr"], fold(q["ln"]).upper(), fold(q["fn"]).upper(), iso(q["dob"]), q["zip"]] for q in rows]
        w = [max(len(c), *(len(v[i]) for v in vals)) for i, (c, _) in enumerate(cols)]
        out = [f"{ts}  Previewing node '{model}':",
               "| " + " | ".join(c.ljust(w[i]) for i, (c, _) in enumerate(cols)) + " |",
               "| " + " | ".join("-" * w[i] for i in range(len(cols))) + " |"]
        for v in vals:
            out.append("| " + " | ".join(P(cols[i][1], x) + " " * (w[i] - len(x)) for i, x in enumerate(v)) + " |")
        return out

    return pick(
        show,
        lambda: [f"{ts}  Database Error in model {model} (models/staging/{model}.sql)",
                 f"{ts}    100038 (22018): Numeric value '{P('mrn', p['mrn'])}' is not recognized"],
        lambda: [f"{ts}  Database Error in model {model} (models/staging/{model}.sql)",
                 f"{ts}    100040 (22007): Date '{P('date', R.choice([us, lambda d: d.strftime('%d-%b-%y').upper()])(p['dob']))}' is not recognized"],
        lambda: [f"{ts}  Database Error in model {model} (models/staging/{model}.sql)",
                 f"{ts}    100035 (22007): Timestamp '{P('date', us(svc_date()) + ' ' + str(R.randint(1, 12)) + ':' + str(R.randint(10, 59)) + ' PM')}' is not recognized"],
        lambda: [f"{ts}  dedupe_members: kept 1 of {R.randint(2, 4)} rows for subscriber {P('health_plan', p['mbr'])} ({P('name', p['fn'] + ' ' + p['ln'])})"],
        lambda: [f"{ts}  Runtime Error in snapshot snap_patient_contact (snapshots/snap_patient_contact.sql)",
                 f"{ts}    Duplicate row detected during DML action Row Values: [\"{P('mrn', p['mrn'])}\", \"{P('email', p['email'])}\", \"{P('phone', p['phone'])}\", 1715652000000]"],
    )


def fam_schema_drift(phi):
    t = now()
    ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(t) + "Z"
    tbl = R.choice(["raw.crm.contact", "raw.ehr.patient", "raw.portal.user_profile", "raw.payer.member_834", "raw.auto.pip_claim"])
    if not phi:
        return pick(
            lambda: [f"{ts} INFO  schema-monitor no drift table={tbl} columns={R.randint(10, 120)} fingerprint=sha256:{hexs(64)}"],
            lambda: [f"{ts} WARN  schema-monitor drift table={tbl} added=[{R.choice(['pref_lang_cd:VARCHAR', 'gender_identity_c:NUMBER', 'consent_ver:VARCHAR'])}] removed=[] type_changed=[] action=auto_evolve"],
            lambda: [f"{ts} WARN  schema-monitor drift table={tbl} type_changed=[zip_cd:NUMBER->VARCHAR(10)] sample_row={{\"_row_id\":{R.randint(10 ** 5, 10 ** 8)},\"zip_cd\":null,\"_src_file\":\"{tbl.split('.')[-1]}_{REF_DATE:%Y%m%d}_{R.randint(1, 9):02d}.parquet\"}}"],
            lambda: [f"{ts} ERROR schema-monitor incompatible change table={tbl} column=birth_dt old=DATE new=VARCHAR(20) run_id={uid()} blocked=true"],
        )
    p = person()
    kind, oid = other_id(p)
    return pick(
        lambda: [f"{ts} WARN  schema-monitor drift table=raw.crm.contact added=[linkedin_url:VARCHAR, avatar_uri:VARCHAR] sample_row=" + J({"contact_id": R.randint(10 ** 5, 10 ** 8), "full_name": P("name", p["fn"] + " " + p["ln"]), "linkedin_url": P("url", social_url(p)), "avatar_uri": P("photo", photo_ref(p))})],
        lambda: [f"{ts} WARN  schema-monitor drift table=raw.portal.user_profile added=[{kind}:VARCHAR, last_login_ip:VARCHAR] sample_row=" + J({"userId": R.randint(10 ** 5, 10 ** 8), kind: P("other_id", oid), "lastLoginIp": P("ip", public_ip()), "createdAt": ts})],
        lambda: [f"{ts} WARN  schema-monitor drift table=raw.ehr.patient_biometric added=[fp_template:BINARY] sample_row=" + J({"PAT_ID": P("mrn", "Z" + digits(7)), "FP_TEMPLATE": P("biometric", fingerprint_tpl()), "ENROLL_TS": ts})],
        lambda: [f"{ts} WARN  schema-monitor drift table=raw.auto.pip_claim added=[veh_vin:VARCHAR, veh_plate:VARCHAR] sample_row=" + J({"claimNo": f"PIP{digits(8)}", "claimantName": P("name", fold(p["ln"]).upper() + ", " + fold(p["fn"]).upper()), "vehVin": P("vehicle", vin()), "vehPlate": P("vehicle", plate()), "lossDate": P("date", iso(svc_date()))})],
        lambda: [f"{ts} WARN  schema-monitor drift table=raw.payer.member_834 type_changed=[sub_ssn:NUMBER->VARCHAR] sample_row=" + J({"SUB_SSN": P("ssn", ssn(dashed=False)), "SUB_LAST_NM": P("name", fold(p["ln"]).upper()), "DOD": P("date", hl7d(svc_date())), "INS_LINE_CD": "HLT"})],
        lambda: [f"{ts} WARN  schema-monitor drift table=raw.ehr.patient added=[voiceprint_id:VARCHAR, retina_hash:VARCHAR] sample_row=" + J({"mrn": P("mrn", p["mrn"]), "voiceprint_id": P("biometric", "vp_" + hexs(40)), "dob": P("date", iso(p["dob"])), "row_hash": hexs(32)})],
    )


FACS = [("SMH", "St. Brigid Medical Center"), ("CRH", "Cedarline Regional Hospital"), ("MVC", "Mercy Valley Clinic")]


def fam_hl7(phi):
    t = now()
    fac, facname = R.choice(FACS)
    ctrl = f"MSG{digits(8)}"
    ts14 = t.strftime("%Y%m%d%H%M%S")
    chan = R.choice(["ADT_A04_Inbound", "ADT_A08_Inbound", "ORU_Lab_Results", "SIU_Scheduling"])

    def mirth(lvl, msg):
        return f"{lvl:<5} {t.strftime('%Y-%m-%d %H:%M:%S,')}{ms3(t)} [{chan} < Source] com.mirth.connect.donkey.server.channel.Channel: {msg}"

    def py(lvl, msg):
        return f"{t.strftime('%Y-%m-%d %H:%M:%S,')}{ms3(t)} {lvl} hl7_ingest.parser msg_ctrl_id={ctrl} {msg}"

    msh = f"MSH|^~\\&|EPIC|{fac}|CEDARLINE_DW|CEDARLINE|{ts14}||ADT^A04^ADT_A01|{ctrl}|P|2.5.1"
    if not phi:
        pv, pl = R.choice(PROVIDERS)
        return pick(
            lambda: [mirth("INFO", f"Channel {chan} statistics: received={R.randint(100, 9000)} filtered={R.randint(0, 50)} sent={R.randint(100, 9000)} errored={R.randint(0, 9)}")],
            lambda: [py("WARN", f"seg_idx=0 unexpected trailing delimiter: {msh}|")],
            lambda: [py("ERROR", f"seg_idx=4 DG1-3 coding system missing: DG1|1||E11.9^Type 2 diabetes mellitus without complications^|||A")],
            lambda: [py("INFO", f"seg_idx=5 AL1 accepted: AL1|1|DA|70618^Penicillin^RXNORM|SV|Hives")],
            lambda: [mirth("INFO", f"ACK sent: MSA|AA|{ctrl}")],
            lambda: [py("INFO", f"EVN accepted: EVN|A04|{ts14}|||{R.randint(10000, 99999)}^{R.choice(['NGUYEN', 'BAKER', 'ROSS'])}^{R.choice(['TAM', 'JUDY', 'ALAN'])}")],
            lambda: [py("WARN", f"PV1-7 attending not in provider master: {npi()}^{pv}^{pl}^^^DR")],
            lambda: [mirth("ERROR", f"Error processing message {R.randint(10 ** 5, 10 ** 7)}: ca.uhn.hl7v2.HL7Exception: Can't process message of version '2.3.1' - version not recognized")],
            lambda: [py("INFO", f"OBX accepted: OBX|1|NM|2345-7^Glucose^LN||{R.randint(60, 400)}|mg/dL|70-99|H|||F|||{ts14}")],
        )
    p = person()
    q = person()
    sex = p["sex"]

    def pid():
        dl = drivers_license()
        return [py("ERROR", f"seg_idx=2 PID-7 failed validation (future date check disabled): PID|1||{P('mrn', p['mrn'])}^^^{fac}^MR~{P('ssn', ssn(dashed=False))}^^^SSA^SS||{P('name', fold(p['ln']).upper())}^{P('name', fold(p['fn']).upper())}^^^^^L||{P('date', hl7d(p['dob']))}|{sex}|||{P('address', p['street'].upper())}^^{P('address', p['city'].upper())}^{p['st']}^{P('zip', p['zip'])}^USA^H||{P('phone', phone(style=6, npa=p['npa']))}^PRN^PH~^NET^Internet^{P('email', p['email'])}~{P('fax', phone(style=6, npa=p['npa']))}^WPN^FX||||||{P('account', str(R.randint(10 ** 8, 10 ** 9)))}||{P('license', dl)}^{p['st']}^20{R.randint(25, 30)}0{R.randint(1, 9)}15")]

    def nk1():
        return [mirth("WARN", f"Filtered segment NK1 (relationship code unmapped): NK1|1|{P('name', fold(q['ln']).upper())}^{P('name', fold(q['fn']).upper())}|{R.choice(['SPO^Spouse', 'DAU^Daughter', 'GRD^Guardian'])}^HL70063|{P('address', q['street'].upper())}^^{P('address', q['city'].upper())}^{q['st']}^{P('zip', q['zip'])}|{P('phone', phone(style=6))}")]

    def pv1():
        pv, pl = R.choice(PROVIDERS)
        admit = svc_date()
        return [py("ERROR", f"seg_idx=3 PV1-45 discharge before admit: PV1|1|I|4W^412^B^{fac}||||{npi()}^{pv}^{pl}^^^DR|||MED||||1|||{npi()}^{pv}^{pl}^^^DR|IN|{P('account', 'V' + digits(9))}|||||||||||||||||||{fac}||||||{P('date', admit.strftime('%Y%m%d') + '0' + str(R.randint(6, 9)) + str(R.randint(10, 59)))}|{P('date', (admit + dt.timedelta(days=R.randint(1, 9))).strftime('%Y%m%d') + '1' + str(R.randint(0, 9)) + str(R.randint(10, 59)))}")]

    def in1():
        return [py("WARN", f"seg_idx=6 IN1-36 length exceeds 15: IN1|1|PPO3|{R.randint(10000, 99999)}|BLUE SHIELD OF {p['st']}|PO BOX 272540^^CHICO^CA^95927|||GRP{digits(5)}||||20240101||||{P('name', fold(p['ln']).upper())}^{P('name', fold(p['fn']).upper())}|01|{P('date', hl7d(p['dob']))}|{P('address', p['street'].upper())}^^{P('address', p['city'].upper())}^{p['st']}^{P('zip', p['zip'])}|||||||||||||||||{P('health_plan', p['mbr'])}")]

    def obx_photo():
        return [py("WARN", f"seg_idx=7 OBX-5 ED payload truncated in log: OBX|1|ED|PHOTO^Patient Photo^L||^IMAGE^JPEG^Base64^{P('photo', photo_b64())}...(48213 bytes)|||||F")]

    def death():
        old = person(old=True)
        return [py("INFO", f"A03 death flag set: PID|1||{P('mrn', old['mrn'])}^^^{fac}^MR||{P('name', fold(old['ln']).upper())}^{P('name', fold(old['fn']).upper())}||{P('date', hl7d(old['dob']))}|{old['sex']}||||||||||||||||||||Y|{P('date', hl7d(svc_date()))}")]

    return pick(pid, nk1, pv1, in1, obx_photo, death)


def fam_x12(phi):
    t = now()
    ts = f"{t.strftime('%Y-%m-%d %H:%M:%S,')}{ms3(t)}"
    kind = R.choice(["837P", "837I", "835"])
    fn = f"inbound/{kind.lower()}/{'CLM' if kind != '835' else 'ERA'}_{kind}_{REF_DATE:%Y%m%d}_{R.randint(1, 40):04d}.x12"
    isa13 = f"{R.randint(1, 999999999):09d}"
    pre = f"{ts} ERROR x12.validate [{kind}] file={fn} ISA13={isa13} ST02={R.randint(1, 9999):04d} seg#{R.randint(3, 9000)}"
    if not phi:
        pv, pl = R.choice(PROVIDERS)
        return pick(
            lambda: [f"{ts} INFO  x12.ingest processed file={fn} segments={R.randint(1000, 90000)} claims={R.randint(10, 900)} rejected={R.randint(0, 5)} elapsed={R.uniform(0.5, 30):.2f}s"],
            lambda: [f"{ts} INFO  x12.ingest envelope ISA*00*          *00*          *ZZ*CEDARLINE      *ZZ*BCBS{R.choice(['IL', 'TX', 'OH'])}         *{REF_DATE:%y%m%d}*{t.strftime('%H%M')}*^*00501*{isa13}*0*P*:~"],
            lambda: [f"{pre} loop=2400: SV1*HC:99213*{R.randint(80, 300)}*UN*1***1~ :: SV104 units exceed MUE"],
            lambda: [f"{pre} loop=2300: HI*ABK:E119*ABF:I10*ABF:Z794~ :: HI01-2 code not on date-of-service code set"],
            lambda: [f"{ts} INFO  x12.ack 999 generated for ISA13={isa13}: AK9*P*1*1*1~"],
            lambda: [f"{pre} loop=2310B: NM1*82*1*{pv}*{pl}****XX*{npi()}~ :: rendering provider NPI not enrolled with payer"],
            lambda: [f"{pre} loop=2010AA: NM1*85*2*{R.choice(FACILITIES).upper()}*****XX*{npi()}~ :: billing provider taxonomy missing"],
            lambda: [f"{pre} loop=2110: CAS*CO*45*{R.randint(5, 300)}.{digits(2)}~ :: adjustment reason requires RARC"],
        )
    p = person()
    return pick(
        lambda: [f"{pre} loop=2010BA: NM1*IL*1*{P('name', fold(p['ln']).upper())}*{P('name', fold(p['fn']).upper())}****MI*{P('health_plan', p['mbr'])}~ :: NM109 fails payer member ID format"],
        lambda: [f"{pre} loop=2010BA: N3*{P('address', fold(p['street']).upper())}~ :: N301 contains invalid character"],
        lambda: [f"{pre} loop=2010BA: N4*{P('address', fold(p['city']).upper())}*{p['st']}*{P('zip', p['zip'] + p['zip4'])}~ :: N403 ZIP+4 not deliverable"],
        lambda: [f"{pre} loop=2010BA: DMG*D8*{P('date', hl7d(p['dob']))}*{p['sex']}~ :: DMG03 gender 'U' not accepted by receiver"],
        lambda: [f"{pre} loop=2300: CLM*{P('account', 'PCN' + digits(9))}*{R.randint(80, 9000)}***11:B:1*Y*A*Y*Y~ :: CLM05-3 frequency code invalid for original claim"],
        lambda: [f"{pre} loop=2300: DTP*435*DT*{P('date', svc_date().strftime('%Y%m%d') + f'{R.randint(0, 23):02d}{R.randint(0, 59):02d}')}~ :: admission date/hour outside statement period"],
        lambda: [f"{pre} loop=2400: DTP*472*D8*{P('date', hl7d(svc_date()))}~ :: service date after receipt date"],
        lambda: [f"{pre} loop=2010BA: REF*SY*{P('ssn', ssn(dashed=False))}~ :: REF01 qualifier 'SY' not permitted in 5010"],
        lambda: [f"{pre} loop=2100: NM1*QC*1*{P('name', fold(p['ln']).upper())}*{P('name', fold(p['fn']).upper())}****MI*{P('health_plan', p['mbr'])}~ :: patient name differs from claim"],
        lambda: [f"{pre} loop=2100: CLP*{P('account', 'PCN' + digits(9))}*4*{R.randint(80, 9000)}*0**12*{digits(13)}*11*1~ :: denied claim missing CAS"],
        lambda: [f"{pre} loop=2100: DTM*232*{P('date', hl7d(svc_date()))}~ :: statement from date precedes coverage"],
        lambda: [f"{pre} loop=2300: REF*EA*{P('mrn', p['mrn'])}~ :: REF02 exceeds 30 chars after padding"],
    )


def fam_csv_intake(phi):
    t = now()
    ts = f"{t.strftime('%Y-%m-%d %H:%M:%S,')}{ms3(t)}"
    src = R.choice(["members", "payments", "id_verification", "dme_devices", "auto_claims", "patient_roster"])
    fname = f"s3://cedarline-intake/partners/{R.choice(['bcbs', 'nemt_co', 'dme_supply', 'lockbox'])}/{REF_DATE:%Y-%m-%d}/{src}_{REF_DATE:%Y%m%d}.csv"
    rown = R.randint(2, 40000)
    if not phi:
        return pick(
            lambda: [f"{ts} INFO intake.csv_loader loaded {R.randint(100, 900000)} rows from {fname} (rejected={R.randint(0, 30)}) in {R.uniform(0.3, 80):.2f}s"],
            lambda: [f"{ts} WARNING intake.csv_loader {src}_{REF_DATE:%Y%m%d}.csv row {rown}: rejected (blank line)"],
            lambda: [f"{ts} WARNING intake.csv_loader {src}_{REF_DATE:%Y%m%d}.csv row {rown}: rejected (column count 11 != 12)"],
            lambda: [f"{ts} INFO intake.csv_loader header: MBR_ID,SUB_LAST_NM,SUB_FIRST_NM,BIRTH_DT,ADDR1,CITY,ST,ZIP,PHONE,PLAN_CD,EFF_DT,TERM_DT"],
            lambda: [f"{ts} INFO intake.csv_loader payments_{REF_DATE:%Y%m%d}.csv row {rown}: masked PAN ************{digits(4)} accepted, amount={R.randint(5, 900)}.{digits(2)}, batch={uid()}"],
            lambda: [f"{ts} INFO intake.csv_loader sender contact for {R.choice(FACILITIES)}: main line (937) 2{R.randint(10, 99)}-{digits(4)}, HIM fax (937) 2{R.randint(10, 99)}-{digits(4)}"],
            lambda: [f"{ts} INFO intake.csv_loader checksum ok md5={hexs(32)} bytes={R.randint(10 ** 4, 10 ** 9)} delimiter=',' encoding=utf-8"],
            lambda: [f"row {rown}: rejected (unknown plan code 'GX{R.randint(1, 9)}'): \"\",\"\",\"\",\"\",\"GX{R.randint(1, 9)}\",\"2024-06-01\",\"2024-12-31\""],
            lambda: [f"row {rown}: rejected (duplicate key within file, first seen at row {R.randint(2, 900)})"],
        )
    p = person()
    reason = R.choice(["unknown plan code 'GX4'", "effective date after term date", "duplicate key within file", "payer id not in crosswalk"])
    return pick(
        lambda: [f"{ts} WARNING intake.csv_loader {src}_{REF_DATE:%Y%m%d}.csv row {rown}: rejected ({reason}): \"{P('health_plan', p['mbr'])}\",\"{P('name', fold(p['ln']).upper())}\",\"{P('name', fold(p['fn']).upper())}\",\"{P('date', us(p['dob']))}\",\"{P('address', p['street'])}\",\"{P('address', p['city'])}\",\"{p['st']}\",\"{P('zip', p['zip'])}\",\"{P('phone', p['phone'])}\",\"PPO3\",\"2024-06-01\",\"2024-05-31\""],
        lambda: [f"row {rown}: rejected (amount not numeric): {P('name', p['fn'] + ' ' + p['ln'])},{P('account', card(fmt=R.choice([0, 2])))},{R.randint(1, 12):02d}/{R.randint(25, 30)},$1O4.00"],
        lambda: [f"row {rown}: rejected (routing number checksum): {P('mrn', p['mrn'])},{P('name', p['ln'])},{P('account', bank_acct())},0{digits(8)},CHECKING"],
        lambda: [f"{ts} WARNING intake.csv_loader id_verification_{REF_DATE:%Y%m%d}.csv row {rown}: rejected (document expired): {P('name', p['ln'] + ', ' + p['fn'])}|DL|{P('license', drivers_license())}|{p['st']}|{P('date', iso(p['dob']))}"],
        lambda: [f"row {rown}: rejected (serial not in device master): {P('mrn', p['mrn'])};{R.choice(['CGM', 'CPAP', 'O2_CONC'])};{P('device', device_serial())};{P('device', imei())};{P('device', mac())}"],
        lambda: [f"row {rown}: rejected ({reason}): ['{P('name', p['fn'])}', '{P('name', p['ln'])}', '{P('ssn', p['ssn'])}', '{P('email', p['email'])}', '{P('fax', phone(style=1))}']"],
        lambda: [f"{ts} WARNING intake.csv_loader id_verification_{REF_DATE:%Y%m%d}.csv row {rown}: rejected (unsupported document type): {P('name', p['fn'] + ' ' + p['ln'])}|{(oi := other_id(p))[0].upper()}|{P('other_id', oi[1])}|{P('date', iso(p['dob']))}|{P('photo', photo_ref(p))}"],
        lambda: [f"{ts} WARNING intake.csv_loader auto_claims_{REF_DATE:%Y%m%d}.csv row {rown}: rejected (loss date in future): {P('name', fold(p['ln']).upper())},{P('vehicle', vin())},{P('vehicle', plate())},{p['st']},{P('date', us(svc_date()))}"],
        lambda: [f"row {rown}: rejected (age over 89 requires manual review): {P('mrn', p['mrn'])},{P('age', str(R.randint(90, 103)))},{P('zip', p['zip'])}"],
    )


def fam_jsonl_intake(phi):
    t = now()
    ts = t.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(t) + "Z"
    ln = R.randint(1, 90000)
    if not phi:
        return pick(
            lambda: [f"{ts} INFO  jsonl-intake line {ln}: skipped heartbeat " + J({"type": "heartbeat", "seq": R.randint(1, 10 ** 6), "ts": ts})],
            lambda: [f"{ts} INFO  jsonl-intake processed {R.randint(1000, 900000)} lines from s3://cedarline-intake/feeds/eligibility/{REF_DATE:%Y-%m-%d}/elig_{hexs(8)}.jsonl (errors={R.randint(0, 9)}, skipped={R.randint(0, 9)}) in {R.uniform(1, 90):.1f}s"],
            lambda: [f"{ts} ERROR jsonl-intake line {ln}: ValidationError: 'A7' is not one of ['M', 'F', 'U', 'X'] | record_id=rec_{hexs(16)}"],
            lambda: [f"{ts} WARN  jsonl-intake line {ln}: unknown field 'x_vendor_meta' ignored " + J({"x_vendor_meta": {"batch": R.randint(1, 999), "vendor": "acme-nemt", "sha1": hexs(40)}})],
            lambda: [f"{ts} WARN  jsonl-intake line {ln}: client {R.choice(['10.42.', '192.168.', '172.20.'])}{R.randint(0, 255)}.{R.randint(1, 254)} sent gzip member without CRC; payload sha256={hexs(64)}"],
            lambda: [f"{ts} INFO  jsonl-intake line {ln}: record " + J({"encId": R.randint(10 ** 6, 10 ** 8), "ageYears": R.randint(18, 89), "sexCd": R.choice("MFU"), "dxCodes": ["E11.9", "I10"], "ndc": f"00{digits(3)}-{digits(4)}-{digits(2)}"}) + " accepted"],
            lambda: [f"{ts} ERROR jsonl-intake line {ln}: JSONDecodeError: Expecting ',' delimiter: line 1 column {R.randint(10, 900)} (char {R.randint(10, 900)})"],
        )
    p = person()
    kind, oid = other_id(p)
    return pick(
        lambda: [f"{ts} ERROR jsonl-intake line {ln}: ValidationError: 'gender' is a required property | record=" + J({"memberId": P("health_plan", p["mbr"]), "firstName": P("name", p["fn"]), "lastName": P("name", p["ln"]), "dateOfBirth": P("date", iso(p["dob"])), "homeAddress": {"line1": P("address", p["street"]), "city": P("address", p["city"]), "state": p["st"], "postalCode": P("zip", p["zip"])}})],
        lambda: [f"{ts} ERROR jsonl-intake line {ln}: ValidationError: '{P('phone', p['phone'])}' does not match '^\\\\+1\\\\d{{10}}$' at $.contact.mobilePhone"],
        lambda: [f"{ts} WARN  jsonl-intake line {ln}: PII field outside allow-list dropped " + J({"patientRef": P("mrn", p["mrn"]), "socialProfile": P("url", social_url(p)), "photoUrl": P("photo", photo_ref(p))})],
        lambda: [f"{ts} ERROR jsonl-intake line {ln}: ValidationError: Additional properties are not allowed ('{kind}' was unexpected) | record=" + J({"pt_name": P("name", p["fn"] + " " + p["ln"]), kind: P("other_id", oid), "nationality": R.choice(["MX", "NG", "IN", "PH", "VN"])})],
        lambda: [f"{ts} ERROR jsonl-intake line {ln}: ValidationError: {P('age', str(R.randint(90, 104)))} is greater than the maximum of 89 at $.ageYears (recordId=rec_{hexs(16)})"],
        lambda: [f"{ts} WARN  jsonl-intake line {ln}: biometric payload not permitted in feed " + J({"enrolleeSsn": P("ssn", p["ssn"]), "fingerprintTemplate": P("biometric", fingerprint_tpl()), "captureDevice": "DigitalPersona 4500"})],
        lambda: [f"{ts} ERROR jsonl-intake line {ln}: ValidationError: 'N/A' is not a 'date' at $.dischargeDate | record=" + J({"encId": R.randint(10 ** 6, 10 ** 8), "admitDate": P("date", iso(svc_date())), "dischargeDate": "N/A", "attending": "DR " + R.choice(PROVIDERS)[0]})],
        lambda: [f"{ts} WARN  jsonl-intake line {ln}: device record missing patient link " + J({"deviceSn": P("device", device_serial()), "imei": P("device", imei()), "lastSeenIp": P("ip", public_ip()), "firmware": f"{R.randint(1, 5)}.{R.randint(0, 20)}.{R.randint(0, 99)}"})],
    )


FAMILIES = [fam_airflow, fam_spark, fam_kafka_connect, fam_debezium, fam_fivetran, fam_airbyte,
            fam_snowflake_query_history, fam_bigquery_audit, fam_redshift_stl_query, fam_pg_stat_statements,
            fam_postgres_log, fam_great_expectations, fam_soda, fam_dbt, fam_schema_drift, fam_hl7, fam_x12,
            fam_csv_intake, fam_jsonl_intake]


# ==========================================================================
def main():
    out = []  # (line, family, spans)
    while len(out) < N_LINES:
        nphi = sum(1 for o in out if o[2])
        want_phi = (nphi / len(out) if out else 0) < TARGET_PHI_FRAC
        fam = R.choice(FAMILIES)
        raws = fam(want_phi)
        fin = [finalize(r) for r in raws]
        if want_phi:
            assert any(s for _, s in fin), fam.__name__
        else:
            assert not any(s for _, s in fin), fam.__name__
        name = fam.__name__[4:]
        for line, spans in fin:
            if len(out) < N_LINES:
                out.append((line, name, spans))
    with open(os.path.join(HERE, "p.log"), "w", encoding="utf-8", newline="\n") as f:
        for line, _, _ in out:
            f.write(line + "\n")
    with open(os.path.join(HERE, "p.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (_, fam, spans) in enumerate(out, 1):
            f.write(json.dumps({"line": i, "family": fam, "spans": spans}) + "\n")
    # re-verify from written files
    with open(os.path.join(HERE, "p.log"), "rb") as f:
        blines = f.read().split(b"\n")
    assert blines[-1] == b"" and len(blines) == N_LINES + 1
    for (line, _, spans), bl in zip(out, blines):
        assert bl == line.encode("utf-8")
    nphi = sum(1 for o in out if o[2])
    counts = {}
    for _, _, spans in out:
        for s in spans:
            counts[s["cat"]] = counts.get(s["cat"], 0) + 1
    print(f"lines={len(out)} phi_lines={nphi} ({nphi / len(out):.1%}) no_phi={len(out) - nphi}")
    print("spans:", json.dumps(dict(sorted(counts.items())), sort_keys=True))
    fams = {}
    for _, fam, spans in out:
        fams.setdefault(fam, [0, 0])
        fams[fam][0] += 1
        fams[fam][1] += bool(spans)
    print("families (lines, phi_lines):", fams)


if __name__ == "__main__":
    main()
