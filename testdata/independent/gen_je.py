#!/usr/bin/env python3
"""gen_je.py -- synthetic, labeled PHI test corpus (ID=je).

Theme: a state health department's notifiable-disease surveillance stack: electronic lab
reports (HL7 v2.5.1 ORU^R01, raw one-segment-per-line and escaped into single log lines or
JSON), a Rhapsody-like interface engine's logs, an NBS-like case investigation system's
WildFly / Spring Boot logs, stack traces and audit rows, contact-tracing call notes written by
investigators (English / Spanish / Vietnamese names), STI partner-services logfmt records,
outbreak line lists (CSV and Excel-exported TSV), MPI dedup / record-linkage reports, public
dashboard aggregation jobs (Airflow, no PHI) and ordinary infrastructure noise (nginx, sshd /
sftp, JVM GC, Kubernetes, Postfix, SQL Server Agent).

Everything is synthetic. Standard library only, deterministic (fixed seed).
Writes je.log (500 lines) and je.labels.jsonl next to this script.

Labeling decisions:
- Labeled persons: patients/cases, their parents/guardians/relatives/household members,
  contacts named in contact tracing, STI partners, people in dedup/linkage pairs. All of their
  identifiers are labeled wherever they appear (also inside SQL, URLs, JSON, HL7).
- Not labeled: investigators, DIS workers, interpreters, ordering providers (names, NPIs),
  lab medical directors, staff usernames / e-mails / desk phones; labs, clinics, schools,
  restaurants, employers and their addresses, phones, CLIA numbers.
- name: a name written contiguously (incl. "Last, First", initials, particles, hyphens,
  upper/lower case, a partner's street nickname / aka) is one span; in HL7 XPN fields each component (family, given, middle)
  is its own span; honorifics (Sr., Sra., Mr., bà) stay outside the span.
- address: street line (with unit) is one span; city is its own span; county name or county
  FIPS code of a person's residence is address; state and country are never labeled. In HL7
  XAD the street, unit, city and county components are separate spans. A facility address is
  labeled only when it is the person's residence (adult family home).
- zip: a person's ZIP code. Geography in aggregated dashboard counts is never labeled.
- date: dates tied to a person (birth, death, onset, exposure, specimen collection / receipt,
  result, analysis, interview, disposition, quarantine end), also partial ("3/8", "4 de
  marzo") and Excel serial numbers in a DOB/onset column; an HL7 TS value with its time
  and offset is one span. Not labeled: log and message timestamps (MSH-7, log prefixes),
  report run dates, MMWR weeks, years alone.
- age: only ages 90 and over (any wording, incl. OBX age-at-collection); younger ages never.
- mrn: lab/hospital medical record numbers (HL7 identifier type MR) and NBS person local IDs
  (PSN...WA01).
- other_id: NBS investigation IDs (CAS...WA01), contact-record IDs (CON...WA01), STD case and
  field-record numbers, outbreak line-list case IDs, NBS person_uid surrogate keys, social
  app handles/usernames of patients or partners.
- Not labeled (IDs of acts/objects, not persons): lab report local IDs (OBS...), notification
  IDs (NOT...), interview IDs, MSH-10 control IDs, engine message IDs, placer/filler order
  numbers and specimen accession IDs, isolate / WGS IDs (PNUSA...), outbreak IDs, batch / run /
  job IDs, trace/span IDs, UUIDs, session IDs, survey link tokens.
- health_plan: Medicaid ProviderOne client IDs, Medicare MBIs, commercial member IDs.
- account: patient account numbers (PID-18 and billing exports).
- license: a person's driver's licence / state ID number.
- vehicle: licence plate of a person's car (make/model/colour are not labeled).
- device: serial / IMEI of a patient's own device (home-test reader, phone enrolled in video
  DOT); lab analyzer serials (OBX-18) and server hostnames are not labeled.
- ip: a person's public IP (case self-interview submissions). Internal 10.x addresses and IPs
  of anonymous visitors of the public dashboard are not labeled.
- url: personal profile URLs of patients/partners. photo: base64 image of a person's face.
- phone / fax / email: only those of labeled persons. In HL7 XTN the area code and local
  number are one span ("253^4728819").
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

ID = "je"
rng = random.Random(20240314 * 21 + 7)
HERE = os.path.dirname(os.path.abspath(__file__))
TODAY = dt.date(2024, 3, 14)
N_LINES = 500

# ----------------------------------------------------------------------------- line builder


class Line:
    def __init__(self, fam, *pieces):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []
        self.add(*pieces)

    def add(self, *pieces):
        for pc in pieces:
            if isinstance(pc, list):
                self.add(*pc)
            elif isinstance(pc, tuple):
                cat, val = pc
                val = str(val)
                s = len(self.buf)
                self.buf += val.encode("utf-8")
                self.spans.append((s, len(self.buf), cat, val))
            else:
                self.buf += str(pc).encode("utf-8")
        return self


def mapp(pieces, fn):
    out = []
    for pc in pieces:
        if isinstance(pc, list):
            out.extend(mapp(pc, fn))
        elif isinstance(pc, tuple):
            out.append((pc[0], fn(pc[1])))
        else:
            out.append(fn(pc))
    return out


def joinp(parts, sep):
    out = []
    for i, p in enumerate(parts):
        if i:
            out.append(sep)
        out.extend(p if isinstance(p, list) else [p])
    return out


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


class JD(list):
    """nested JSON object: list of (key, value) pairs"""


def jval(v):
    if isinstance(v, JD):
        return jobj(v)
    if isinstance(v, tuple):
        cat, val = v
        if isinstance(val, str):
            return ['"', (cat, jesc(val)), '"']
        return [(cat, json.dumps(val))]
    if isinstance(v, list) and v and isinstance(v[0], tuple):
        out = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(",")
            out.extend(jval(x))
        out.append("]")
        return out
    return [json.dumps(v, ensure_ascii=False)]


def jobj(items, sp=False):
    out = ["{"]
    for i, (k, v) in enumerate(items):
        if i:
            out.append(", " if sp else ",")
        out.append(json.dumps(k) + (": " if sp else ":"))
        out.extend(jval(v))
    out.append("}")
    return out


# ----------------------------------------------------------------------------- clock


class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 14, 6, 2, 11, 318000)

    def tick(self, a=2, b=55):
        self.t += dt.timedelta(seconds=rng.randint(a, b), milliseconds=rng.randint(0, 999))
        return self.t


CLK = Clock()
UTC_OFF = dt.timedelta(hours=7)  # PDT
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
       "octubre", "noviembre", "diciembre"]


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def ts_java(t): return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)
def ts_dot(t): return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)
def ts_isoz(t):
    u = t + UTC_OFF
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"
def ts_isooff(t): return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-07:00"
def ts_nginx(t): return f"{t.day:02d}/{MON[t.month-1]}/{t.year}:{t:%H:%M:%S} -0700"
def ts_syslog(t): return f"{MON[t.month-1]} {t.day:2d} {t:%H:%M:%S}"
def ts_airflow(t):
    u = t + UTC_OFF
    return u.strftime("[%Y-%m-%d, %H:%M:%S UTC]")
def ts_hl7(t): return t.strftime("%Y%m%d%H%M%S") + "-0700"


def fd(d, style):
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "usn":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us2":
        return f"{d.month}/{d.day}/{d.year % 100:02d}"
    if style == "dmon":
        return f"{d.day:02d}-{MON[d.month-1]}-{d.year}"
    if style == "sas":
        return f"{d.day:02d}{MON[d.month-1].upper()}{d.year}"
    if style == "long":
        return f"{MONTH[d.month-1]} {d.day}, {d.year}"
    if style == "md":
        return f"{d.month}/{d.day}"
    if style == "eu":
        return f"{d.day:02d}.{d.month:02d}.{d.year}"
    if style == "dmy":
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if style == "es":
        return f"{d.day} de {MES[d.month-1]} de {d.year}"
    if style == "es_short":
        return f"{d.day} de {MES[d.month-1]}"
    if style == "excel":
        return str((d - dt.date(1899, 12, 30)).days)
    raise ValueError(style)


def fdt(d, style="hl7"):
    """date + random clock time"""
    h, m = rng.randint(6, 20), rng.choice([0, 5, 10, 15, 20, 30, 35, 40, 45, 50, 55])
    off = "-0800" if d < dt.date(2024, 3, 10) else "-0700"
    if style == "hl7":
        return f"{d:%Y%m%d}{h:02d}{m:02d}" + rng.choice(["", "00", off, "00" + off])
    if style == "iso":
        return f"{d.isoformat()}T{h:02d}:{m:02d}:00" + rng.choice(["", "Z", off[:3] + ":" + off[3:], ".000"])
    if style == "sql":
        return f"{d.isoformat()} {h:02d}:{m:02d}:00.000"
    raise ValueError(style)


# ----------------------------------------------------------------------------- people

def strip_acc(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


VN_LAST = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi",
           "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
VN_MID_F = ["Thị", "Ngọc", "Thu", "Kim", "Thanh"]
VN_MID_M = ["Văn", "Đức", "Minh", "Quốc", "Hữu", "Thanh"]
VN_GIV_F = ["Lan", "Hoa", "Nhung", "Trang", "Anh", "Mai", "Linh", "Thảo", "Hương", "Phương", "Hạnh"]
VN_GIV_M = ["Minh", "Long", "Tuấn", "Bảo", "Khánh", "Hiếu", "Quân", "Dũng", "Nam", "Phúc", "Tâm"]
ES_LAST = ["Gutiérrez", "Ramírez", "Hernández", "Ochoa", "López", "Reyes", "Castillo", "Jiménez",
           "Morales", "Vázquez", "Sánchez", "Torres", "Flores", "Mendoza", "Álvarez", "Cervantes",
           "Villalobos", "Zúñiga", "Barajas"]
ES_LAST_X = ["Hernández-Soto", "Ochoa de la Rosa", "de la Cruz", "del Río", "Pérez-Aguilar"]
ES_GIV_F = ["María José", "Guadalupe", "Ximena", "Yesenia", "Rosa Elena", "Araceli", "Itzel",
            "Marisol", "Ana Lucía", "Daniela"]
ES_GIV_M = ["José Luis", "Juan Carlos", "Santiago", "Mateo", "Joaquín", "Tomás", "Jesús", "Ángel",
            "Héctor", "Alejandro"]
OT_LAST = ["O'Brien", "Van der Berg", "Washington", "Johnson", "Kowalczyk", "MacLeod", "St. Pierre",
           "Smith-Jones", "Begay", "Okafor", "Abdi", "Mohamed", "Petrenko", "Yilmaz", "Kim", "Patel",
           "Tanaka", "Haddad", "Lindqvist", "Fitzgerald", "Yazzie", "Oyelaran-Cole", "Thach",
           "Vang", "Warsame", "Dubois", "LaFleur"]
OT_GIV_F = ["Emily", "Keisha", "Olena", "Hodan", "Aaliyah", "Priya", "Chloé", "Ayumi", "Leilani",
            "Ingrid", "Margaret", "Dorothy", "Fatima", "Siobhan", "Mya", "Pa Nhia", "Tamika"]
OT_GIV_M = ["Kevin", "Jamal", "Dmytro", "Abdirahman", "Tyrone", "Ethan", "Rahul", "Kenji",
            "DeShawn", "Samuel", "Liam", "Ahmad", "Connor", "Wei", "Kou", "Marcus", "Isaiah"]
OT_MID = ["A", "J", "Lee", "Marie", "R", "T", "Ann", "", "", ""]

CITIES = [
    ("Seattle", "King", "53033", ["98118", "98144", "98108", "98125", "98103"], "206"),
    ("Kent", "King", "53033", ["98030", "98031", "98032"], "253"),
    ("Federal Way", "King", "53033", ["98003", "98023"], "253"),
    ("Renton", "King", "53033", ["98055", "98056"], "425"),
    ("Burien", "King", "53033", ["98146", "98148"], "206"),
    ("Tacoma", "Pierce", "53053", ["98405", "98408", "98418", "98404"], "253"),
    ("Lakewood", "Pierce", "53053", ["98499"], "253"),
    ("Everett", "Snohomish", "53061", ["98201", "98204"], "425"),
    ("Lynnwood", "Snohomish", "53061", ["98036", "98037"], "425"),
    ("Spokane", "Spokane", "53063", ["99201", "99205", "99207"], "509"),
    ("Yakima", "Yakima", "53077", ["98901", "98902", "98903"], "509"),
    ("Wapato", "Yakima", "53077", ["98951"], "509"),
    ("Pasco", "Franklin", "53021", ["99301"], "509"),
    ("Kennewick", "Benton", "53005", ["99336", "99337"], "509"),
    ("Vancouver", "Clark", "53011", ["98661", "98682", "98684"], "360"),
    ("Olympia", "Thurston", "53067", ["98501", "98506"], "360"),
    ("Bellingham", "Whatcom", "53073", ["98225", "98226"], "360"),
    ("Moses Lake", "Grant", "53025", ["98837"], "509"),
    ("Bremerton", "Kitsap", "53035", ["98310", "98312"], "360"),
]
STREETS = ["S Union Ave", "Rainier Ave S", "MLK Jr Way S", "W Nob Hill Blvd", "E Sprague Ave",
           "N Division St", "Pacific Ave", "S 320th St", "Evergreen Way", "NE Fourth Plain Blvd",
           "W Lewis St", "Harrison Ave NW", "Meridian St", "Broadway", "S 38th St", "Fruitvale Blvd",
           "Summitview Ave", "E Yesler Way", "164th St SW", "N Monroe St", "W Clearwater Ave",
           "Stone Ave N", "SE 272nd St", "Kalama Ave", "Lakewood Dr SW"]
UNITS = ["Apt 4B", "Unit 12", "#207", "Lot 33", "Apt 1102", "Trlr 9", "Apt C", "Spc 41"]


class Person:
    pass


def phone10(area):
    return area + str(rng.randint(201, 989)) + f"{rng.randint(0, 9999):04d}"


def mk_ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def mk_mbi():
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    c = [str(rng.randint(1, 9)), rng.choice(al), rng.choice(an), str(rng.randint(0, 9)),
         rng.choice(al), rng.choice(an), str(rng.randint(0, 9)), rng.choice(al), rng.choice(al),
         str(rng.randint(0, 9)), str(rng.randint(0, 9))]
    return "".join(c)


def mk_dl():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return "WDL" + "".join(rng.choice(al) for _ in range(9))


def mk_person(origin=None, sex=None, minage=1, maxage=88, last=None, city=None):
    p = Person()
    p.origin = origin or rng.choices(["VN", "ES", "OT"], [0.32, 0.36, 0.32])[0]
    p.sex = sex or rng.choice("FM")
    if p.origin == "VN":
        p.last = last or rng.choice(VN_LAST)
        p.mid = rng.choice(VN_MID_F if p.sex == "F" else VN_MID_M)
        p.first = rng.choice(VN_GIV_F if p.sex == "F" else VN_GIV_M)
    elif p.origin == "ES":
        if last:
            p.last = last
        elif rng.random() < 0.25:
            p.last = rng.choice(ES_LAST_X)
        elif rng.random() < 0.35:
            p.last = rng.choice(ES_LAST) + " " + rng.choice(ES_LAST)
        else:
            p.last = rng.choice(ES_LAST)
        p.first = rng.choice(ES_GIV_F if p.sex == "F" else ES_GIV_M)
        p.mid = ""
    else:
        p.last = last or rng.choice(OT_LAST)
        p.first = rng.choice(OT_GIV_F if p.sex == "F" else OT_GIV_M)
        p.mid = rng.choice(OT_MID)
    p.F = strip_acc(p.first).upper()
    p.L = strip_acc(p.last).upper()
    p.M = strip_acc(p.mid).upper()
    age = rng.randint(minage, maxage)
    p.dob = TODAY - dt.timedelta(days=age * 365 + rng.randint(0, 364))
    p.age = (TODAY - p.dob).days // 365
    c = city or rng.choice(CITIES)
    p.city, p.county, p.fips, zips, p.area = c[0], c[1], c[2], c[3], c[4]
    p.zip = rng.choice(zips)
    p.street = f"{rng.randint(100, 38999)} {rng.choice(STREETS)}"
    p.unit = rng.choice(UNITS) if rng.random() < 0.35 else ""
    p.phone = phone10(p.area)
    p.phone2 = phone10(rng.choice(["206", "253", "425", "360", "509", "564"]))
    b = strip_acc(p.first.split()[0]).lower().replace("'", "")
    lc = strip_acc(p.last).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    n = rng.randint(1, 99)
    p.email = rng.choice([f"{b}.{lc}{n}@gmail.com", f"{b[0]}{lc}{n:02d}@yahoo.com",
                          f"{lc}.{b}@hotmail.com", f"{b}{lc}@outlook.com", f"{b}_{lc}{n}@icloud.com",
                          f"{lc}{b[0]}{n}@comcast.net"])
    p.ssn = mk_ssn()
    p.mrn = rng.choice([f"E{rng.randint(1000000, 9999999)}", f"{rng.randint(10000000, 99999999)}",
                        f"MR{rng.randint(100000, 999999):06d}", f"Q{rng.randint(10**8, 10**9 - 1)}"])
    p.acct = rng.choice([f"{rng.randint(10**9, 10**10 - 1)}", f"V{rng.randint(10**7, 10**8 - 1)}",
                         f"HAR{rng.randint(10**8, 10**9 - 1)}"])
    p.medicaid = f"{rng.randint(100000000, 299999999)}WA"
    p.mbi = mk_mbi()
    p.dl = mk_dl()
    p.uid = rng.randint(10010000, 10999999)
    p.psn = f"PSN{rng.randint(10010000, 10999999)}WA01"
    p.cas = f"CAS{rng.randint(10010000, 10999999)}WA01"
    return p


def fullname(p, style=None):
    style = style or rng.choice(["fl", "fl", "fl", "lf", "LF", "FL", "lower", "init"])
    first = p.first
    if p.origin == "VN" and rng.random() < 0.4:
        return f"{p.last} {p.mid} {p.first}"  # Vietnamese order
    if style == "fl":
        return f"{first} {p.last}"
    if style == "lf":
        return f"{p.last}, {first}"
    if style == "LF":
        return f"{p.L}, {p.F}"
    if style == "FL":
        return f"{p.F} {p.L}"
    if style == "lower":
        return f"{strip_acc(first).lower()} {strip_acc(p.last).lower()}"
    if style == "init":
        return f"{first[0]}. {p.last}"
    return f"{first} {p.last}"


def fph(d, style=None):
    a, b, c = d[:3], d[3:6], d[6:]
    style = rng.randint(0, 8) if style is None else style
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}{b}{c}", f"+1 {a} {b} {c}",
            f"+1{a}{b}{c}", f"{a} {b} {c}", f"({a}){b}-{c}", f"1-{a}-{b}-{c}"][style]


STAFF = [("Rosa", "Ochoa", "rochoa"), ("Hoa", "Tran", "htran"), ("Brian", "Kowalski", "bkowalski"),
         ("Thuy", "Pham", "tpham2"), ("Luis", "Carrasco", "lcarrasco"), ("Jenna", "Whitfield", "jwhitfield"),
         ("Abdi", "Warsame", "awarsame"), ("Mei", "Lindqvist", "mlindqvist"), ("Nam", "Nguyen", "nnguyen3"),
         ("Carmen", "Villanueva", "cvillanueva")]
PROVIDERS = [("1528064219", "SINGH", "ANIL"), ("1396742850", "MORALES", "ELENA"),
             ("1760581932", "NGUYEN", "DAVID"), ("1114920375", "ABERNATHY", "CLAIRE"),
             ("1841337206", "OKONJO", "CHIDI"), ("1659470138", "PARK", "SUNG"), ("1235098847", "REYES", "MARTA")]
LABS = [
    dict(name="LabCorp Burlington", abbr="LABCORP", app="LabCorp-ELR", oid="2.16.840.1.113883.3.1183",
         clia="34D0655059", addr="1447 York Ct", city="Burlington", st="NC", zip="27215",
         vendor="Laboratory Corporation of America", product="LCLS", ver="3.4", build="3.4.17", inst="20230611",
         director="HANCOCK^WILLIAM^F^^^MD", dev="cobas 6800^Roche^^^SN 2110488"),
    dict(name="Quest Diagnostics Seattle", abbr="QDI-SEA", app="QuestELR", oid="2.16.840.1.113883.3.3212",
         clia="50D0633427", addr="1737 Airport Way S", city="Seattle", st="WA", zip="98134",
         vendor="Quest Diagnostics", product="Care360 ELR", ver="5.2", build="5.2.0.1194", inst="20221003",
         director="FERRELL^JANET^L^^^MD", dev="Panther^Hologic^^^SN 2300457"),
    dict(name="WA PHL Shoreline", abbr="WAPHL", app="STARLIMS", oid="2.16.840.1.114222.4.1.10765",
         clia="50D0652219", addr="1610 NE 150th St", city="Shoreline", st="WA", zip="98155",
         vendor="Abbott Informatics", product="STARLIMS", ver="12.4", build="12.4.1.553", inst="20230120",
         director="KWON^HELEN^^^^PHD", dev="ABI 7500 Fast Dx^Applied Biosystems^^^SN 275016601"),
    dict(name="MultiCare Tacoma General Lab", abbr="MHS-TG", app="Epic Beaker", oid="1.2.840.114350.1.13.324.2.7.2.696570",
         clia="50D0677893", addr="315 Martin Luther King Jr Way", city="Tacoma", st="WA", zip="98405",
         vendor="Epic Systems Corporation", product="Beaker", ver="Nov 2023", build="10.9.2.77", inst="20231108",
         director="ABERNATHY^CLAIRE^^^^MD", dev="GeneXpert XVI^Cepheid^^^SN 812204"),
    dict(name="Providence Sacred Heart Lab", abbr="PSHMC", app="Cerner PathNet", oid="2.16.840.1.113883.3.5211",
         clia="50D0661204", addr="101 W 8th Ave", city="Spokane", st="WA", zip="99204",
         vendor="Oracle Health", product="PathNet", ver="2018.01", build="2018.01.28", inst="20200415",
         director="OKONJO^CHIDI^^^^MD", dev="BD MAX^Becton Dickinson^^^SN 44A1092"),
    dict(name="Yakima Valley Memorial Lab", abbr="YVMH", app="MEDITECH", oid="2.16.840.1.113883.3.7810",
         clia="50D0649981", addr="2811 Tieton Dr", city="Yakima", st="WA", zip="98902",
         vendor="Medical Information Technology", product="Expanse LIS", ver="2.2", build="2.2.19", inst="20221212",
         director="PARK^SUNG^^^^MD", dev="Alinity m^Abbott^^^SN AM03311"),
]
CLINICS = [
    ("Sea Mar Community Health Center Tacoma", "50D2041188", "1112 S Cushman Ave", "Tacoma", "98405", "2534278812"),
    ("Neighborcare Health at Rainier Beach", "50D1987730", "9245 Rainier Ave S", "Seattle", "98118", "2067220344"),
    ("Yakima Neighborhood Health Services", "50D0981224", "12 S 8th St", "Yakima", "98901", "5094544143"),
    ("Planned Parenthood Spokane Health Center", "50D0877321", "123 E Indiana Ave", "Spokane", "99207", "5093264240"),
    ("PHSKC Sexual Health Clinic", "50D0660912", "325 9th Ave", "Seattle", "98104", "2067447391"),
    ("The Vancouver Clinic Salmon Creek", "50D1120078", "2525 NE 139th St", "Vancouver", "98686", "3603972000"),
    ("MultiCare Indigo Urgent Care Kent", "50D2203341", "25814 104th Ave SE", "Kent", "98030", "2535204111"),
    ("Kaiser Permanente Everett", "50D0710056", "2930 Maple St", "Everett", "98201", "4252613600"),
]
TESTS = [
    dict(loinc="43304-5", name="Chlamydia trachomatis rRNA [Presence] in Specimen by NAA with probe detection",
         vt="CWE", res="260373001^Detected^SCT", spec="122575003^Urine specimen^SCT", cond="10274", cn="Chlamydia trachomatis infection"),
    dict(loinc="43305-2", name="Neisseria gonorrhoeae rRNA [Presence] in Specimen by NAA with probe detection",
         vt="CWE", res="260373001^Detected^SCT", spec="258529004^Throat swab^SCT", cond="10280", cn="Gonorrhea"),
    dict(loinc="94500-6", name="SARS-CoV-2 (COVID-19) RNA [Presence] in Respiratory system specimen by NAA with probe detection",
         vt="CWE", res="260373001^Detected^SCT", spec="258500001^Nasopharyngeal swab^SCT", cond="11065", cn="COVID-19"),
    dict(loinc="20507-0", name="Reagin Ab [Presence] in Serum by RPR", vt="SN", res="^1^:^32",
         spec="119364003^Serum specimen^SCT", cond="10311", cn="Syphilis, primary"),
    dict(loinc="11259-9", name="Hepatitis C virus RNA [Presence] in Serum or Plasma by NAA with probe detection",
         vt="CWE", res="260373001^Detected^SCT", spec="119361006^Plasma specimen^SCT", cond="10101", cn="Hepatitis C, acute"),
    dict(loinc="625-4", name="Bacteria identified in Stool by Culture", vt="CWE",
         res="27268008^Salmonella^SCT", spec="119339001^Stool specimen^SCT", cond="11000", cn="Salmonellosis"),
    dict(loinc="43913-3", name="Bordetella pertussis DNA [Presence] in Nasopharynx by NAA with probe detection",
         vt="CWE", res="260373001^Detected^SCT", spec="258500001^Nasopharyngeal swab^SCT", cond="10190", cn="Pertussis"),
    dict(loinc="5671-3", name="Lead [Mass/volume] in Blood", vt="NM", res="7.4", units="ug/dL^microgram per deciliter^UCUM",
         spec="119297000^Blood specimen^SCT", cond="32010", cn="Lead poisoning"),
    dict(loinc="35276-6", name="Measles virus IgM Ab [Presence] in Serum by Immunoassay", vt="CWE",
         res="10828004^Positive^SCT", spec="119364003^Serum specimen^SCT", cond="10140", cn="Measles"),
]
BUSINESSES = ["Taqueria El Sol", "Pho Saigon Noodle House", "Little Sprouts Learning Center",
              "the Amazon BFI4 fulfillment center", "Tyson Fresh Meats Wallula", "Emerald Queen Casino",
              "Costco Kent #1035", "Safeway #1523", "Franklin High School", "Sunrise Adult Day Health",
              "St. Mary's Catholic Church", "Banh Mi Oi Bakery", "Yakima Valley Fair & Rodeo grounds",
              "the Greyhound station on Pacific Ave"]

# ----------------------------------------------------------------------------- HL7


def xpn(p):
    r = [("name", p.L), "^", ("name", p.F)]
    if p.M:
        r += ["^", ("name", p.M)]
    return r


def xad(p, kind="H"):
    up = rng.random() < 0.7
    st = strip_acc(p.street).upper() if up else p.street
    cy = p.city.upper() if up else p.city
    r = [("address", st), "^"]
    if p.unit:
        r.append(("address", p.unit.upper() if up else p.unit))
    r += ["^", ("address", cy), "^WA^", ("zip", p.zip), f"^USA^{kind}^^", ("address", p.fips)]
    return r


def xtn(p):
    r = []
    if rng.random() < 0.7:
        r += ["^PRN^PH^^1^", ("phone", p.phone[:3] + "^" + p.phone[3:])]
    else:
        r += [("phone", fph(p.phone, 7)), "^PRN^PH"]
    if rng.random() < 0.3:
        r += ["~^NET^Internet^", ("email", p.email)]
    return r


def hl7_msg(p, lab=None, test=None, nk=None, aoe=None):
    lab = lab or rng.choice(LABS)
    test = test or rng.choice(TESTS)
    clinic = rng.choice(CLINICS)
    prov = rng.choice(PROVIDERS)
    t = CLK.t
    ctrl = f"{lab['abbr'][:3].replace('-', '')}{t:%Y%m%d%H%M%S}{rng.randint(0, 99999):05d}"
    collect = TODAY - dt.timedelta(days=rng.randint(2, 9))
    recvd = collect + dt.timedelta(days=rng.randint(0, 1))
    result = min(recvd + dt.timedelta(days=rng.randint(0, 2)), TODAY - dt.timedelta(days=1))
    coll_ts = fdt(collect)
    placer = f"{rng.randint(10**8, 10**9 - 1)}"
    filler = rng.choice([f"L{t:%y}-{rng.randint(1, 365):03d}-{rng.randint(1, 9999):04d}",
                         f"{rng.randint(10**10, 10**11 - 1)}", f"CT{t:%y%m}{rng.randint(100000, 999999)}"])
    segs = []
    segs.append([f"MSH|^~\\&|{lab['app']}^{lab['oid']}^ISO|{lab['name']}^{lab['clia']}^CLIA|"
                 f"WADOH-ELR^2.16.840.1.114222.4.3.2.2.3.161.1.1053^ISO|WADOH^2.16.840.1.114222.4.1.3661^ISO|"
                 f"{ts_hl7(t)}||ORU^R01^ORU_R01|{ctrl}|P|2.5.1|||NE|NE|||||"
                 f"PHLabReport-NoAck^ELR251R1_Rcvr_Prof^2.16.840.1.113883.9.11^ISO"])
    segs.append([f"SFT|{lab['vendor']}^L^^^^&{lab['oid']}&ISO^XX^^^{lab['abbr']}|{lab['ver']}|"
                 f"{lab['product']}|{lab['build']}||{lab['inst']}"])
    pid3 = [("mrn", p.mrn), f"^^^{lab['abbr']}&{lab['clia']}&CLIA^MR^{lab['abbr']}&{lab['clia']}&CLIA"]
    ssn_in_19 = rng.random() < 0.3
    if not ssn_in_19 and rng.random() < 0.3:
        pid3 += ["~", ("ssn", p.ssn.replace("-", "")), "^^^SSA&2.16.840.1.113883.4.1&ISO^SS"]
    if rng.random() < 0.25:
        pid3 += ["~", ("health_plan", p.medicaid), "^^^WAMCD&2.16.840.1.113883.3.4839&ISO^MA"]
    if rng.random() < 0.12:
        pid3 += ["~", ("license", p.dl), "^^^WADOL&2.16.840.1.113883.4.3.53&ISO^DL"]
    race = rng.choice(["2028-9^Asian^CDCREC", "2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC",
                       "2131-1^Other Race^CDCREC", "UNK^Unknown^NULLFL", "1002-5^American Indian or Alaska Native^CDCREC"])
    eth = "2135-2^Hispanic or Latino^CDCREC" if p.origin == "ES" else rng.choice(
        ["2186-5^Not Hispanic or Latino^CDCREC", "UNK^Unknown^NULLFL"])
    lang = {"VN": "vie^Vietnamese^ISO6392", "ES": "spa^Spanish^ISO6392"}.get(p.origin, "eng^English^ISO6392")
    pid18 = [("account", p.acct), f"^^^{lab['abbr']}^AN"] if rng.random() < 0.4 else []
    pid19 = [("ssn", p.ssn if rng.random() < 0.5 else p.ssn.replace("-", ""))] if ssn_in_19 else []
    fields = [["PID"], ["1"], [], pid3, [], xpn(p), [], [("date", fd(p.dob, "hl7"))], [p.sex], [], [race],
              xad(p), [], xtn(p), [], [lang], [], [], pid18, pid19, [], [], [eth]]
    segs.append(joinp(fields, "|"))
    if nk is not None:
        rel = "MTH^Mother^HL70063" if nk.sex == "F" else "FTH^Father^HL70063"
        segs.append(joinp([["NK1"], ["1"], xpn(nk) + ["^^^^L"], [rel], xad(p), xtn(nk)], "|"))
    pv1_pc = rng.random()
    if pv1_pc < 0.25:
        segs.append([f"PV1|1|O|||||{prov[0]}^{prov[1]}^{prov[2]}^^^^^^NPI^L^^^NPI"])
    ordp = f"{prov[0]}^{prov[1]}^{prov[2]}^^^^^^NPI&2.16.840.1.113883.4.6&ISO^L^^^NPI"
    fac = f"{clinic[0]}^L^^^^CLIA&2.16.840.1.113883.4.7&ISO^XX^^^{clinic[1]}"
    faddr = f"{clinic[2]}^^{clinic[3]}^WA^{clinic[4]}^USA^B"
    fph_ = f"^WPN^PH^^1^{clinic[5][:3]}^{clinic[5][3:]}"
    orc = ["ORC", "RE", f"{placer}^EHR^{lab['oid']}^ISO", f"{filler}^{lab['abbr']}^{lab['clia']}^CLIA", "", "", "", "", "",
           "", "", "", ordp, "", fph_, "", "", "", "", "", "", fac, faddr, fph_, faddr]
    segs.append(["|".join(orc)])
    obr = [["OBR"], ["1"], [f"{placer}^EHR^{lab['oid']}^ISO"], [f"{filler}^{lab['abbr']}^{lab['clia']}^CLIA"],
           [f"{test['loinc']}^{test['name']}^LN"], [], [], [("date", coll_ts)], [], [], [], [], [], [], [], [],
           [ordp], [fph_], [], [], [], [], [("date", fdt(result))], [], [], ["F"]]
    segs.append(joinp(obr, "|"))
    units = test.get("units", "")
    abn = "A^Abnormal^HL70078" if test["vt"] != "NM" else "H^High^HL70078"
    res = test["res"]
    if test["vt"] == "NM":
        res = f"{rng.uniform(3.5, 44):.1f}"
    obx = [["OBX"], ["1"], [test["vt"]], [f"{test['loinc']}^{test['name']}^LN"], ["1"], [res], [units],
           ["<3.5" if test["vt"] == "NM" else ""], [abn], [], [], ["F"], [], [], [("date", coll_ts)],
           [f"{lab['clia']}^{lab['name']}^CLIA"], [], [], [lab["dev"]], [("date", fdt(result))], [], [], [],
           [f"{lab['name']}^L^^^^CLIA&2.16.840.1.113883.4.7&ISO^XX^^^{lab['clia']}"],
           [f"{lab['addr']}^^{lab['city']}^{lab['st']}^{lab['zip']}^USA^B"], [lab["director"]]]
    segs.append(joinp(obx, "|"))
    n = 2
    if aoe or (aoe is None and test["loinc"] == "94500-6"):
        onset = collect - dt.timedelta(days=rng.randint(0, 4))
        segs.append([f"OBX|{n}|CWE|95419-8^Has symptoms related to condition of interest^LN||Y^Yes^HL70136||||||F|||",
                     ("date", fd(collect, "hl7"))])
        n += 1
        segs.append([f"OBX|{n}|DT|65222-2^Date and time of symptom onset^LN||", ("date", fd(onset, "hl7")),
                     "||||||F|||", ("date", fd(collect, "hl7"))])
        n += 1
        agev = [("age", str(p.age))] if p.age >= 90 else [str(p.age)]
        segs.append([f"OBX|{n}|NM|35659-2^Age at specimen collection^LN||"] + agev +
                    ["|a^year^UCUM|||||F|||", ("date", fd(collect, "hl7"))])
        n += 1
    if rng.random() < 0.45:
        nte = rng.choice([
            ["NTE|1|L|Specimen received ambient \\T\\ outside stability window\\.br\\Result may be affected; recollect if clinically indicated."],
            ["NTE|1|L|Confirmed by reflex testing\\.br\\Reported to WA DOH per WAC 246-101"],
            ["NTE|1|L|Titer 1\\S\\32 per ordering system mapping; see report"],
            ["NTE|1|P|Pt reports symptom onset ", ("date", fd(collect - dt.timedelta(days=3), "md")), " \\T\\ recent travel"],
            ["NTE|1|L|Critical value called to ", f"Dr. {prov[1].title()}", " by lab staff; read back verified"],
        ])
        segs.append(nte)
    spm = [["SPM"], ["1"], [f"^{filler}&{lab['abbr']}&{lab['clia']}&CLIA"], [], [test["spec"]], [], [], [], [], [],
           [], [], [], [], [], [], [], [("date", coll_ts)], [("date", fdt(recvd))]]
    segs.append(joinp(spm, "|"))
    return segs, ctrl


# ----------------------------------------------------------------------------- generators: PHI-bearing


def g_hl7_raw():
    age_pick = rng.random()
    if age_pick < 0.2:
        p = mk_person(minage=0, maxage=12)
        nk = mk_person(origin=p.origin, sex=rng.choice("FM"), minage=22, maxage=45, last=p.last)
    elif age_pick < 0.3:
        p = mk_person(minage=90, maxage=98)
        nk = None
    else:
        p = mk_person(minage=16, maxage=80)
        nk = None
    test = rng.choice(TESTS)
    if p.age < 13:
        test = rng.choice([t for t in TESTS if t["loinc"] in ("43913-3", "5671-3", "35276-6", "625-4")])
    if p.age >= 90:
        test = TESTS[2]
    lab = rng.choice(LABS)
    segs, ctrl = hl7_msg(p, lab=lab, test=test, nk=nk)
    t = CLK.tick()
    mid = rng.randint(40000000, 49999999)
    cp = {"LABCORP": "LabCorp_MLLP_In", "QDI-SEA": "Quest_SFTP_Poll", "WAPHL": "PHL_STARLIMS_In", "MHS-TG": "MHS_Epic_MLLP",
          "PSHMC": "PSHMC_MLLP_In", "YVMH": "YVMH_MLLP_In"}[lab["abbr"]]
    head = Line("rhapsody", f"{ts_dot(t)} INFO  [CommPoint:{cp}] "
                f"msgId={mid} received {sum(len(''.join(x if isinstance(x, str) else x[1] for x in s)) for s in segs) + len(segs)} bytes, "
                f"{len(segs)} segments, MSH-10={ctrl}; dumping inbound message:")
    out = [head] + [Line("hl7v2_raw", s) for s in segs]
    return out


def g_hl7_escaped():
    p = mk_person(minage=15, maxage=97)
    segs, ctrl = hl7_msg(p)
    if rng.random() < 0.5:
        segs = segs[:3] + [s for s in segs if s and isinstance(s[0], str) and s[0].startswith("OBR")]
    sep = rng.choice(["\\r", "<CR>", "\\x0d"])
    joined = joinp(segs, sep)
    t = CLK.tick()
    mid = rng.randint(40000000, 49999999)
    reason = rng.choice([
        "Filter 'ELR_Required_Fields' failed: OBX-23 performing organization missing CLIA",
        "Mapper 'LOINC_to_Condition' returned no condition for OBX-3",
        "Route 'ELR_to_NBS' timeout writing to NBS_MSGOUTE after 30000 ms",
        "Filter 'Jurisdiction' could not derive jurisdiction from PID-11 and ORC-22",
        "Duplicate check: message hash already seen 00:04:12 ago",
    ])
    return [Line("hl7v2_escaped", f"{ts_dot(t)} ERROR [Route:ELR_Validate_v251] msgId={mid} {reason}; moved to Error Folder. Message={{",
                 joined, "}")]


def g_hl7_json():
    p = mk_person(minage=15, maxage=92)
    segs, ctrl = hl7_msg(p)
    raw = mapp(joinp(segs, "\r"), jesc)
    t = CLK.tick()
    pre = jobj([("@timestamp", ts_isoz(t)), ("level", "ERROR"), ("logger", "gov.wa.doh.elr.ingest.Hl7Parser"),
                ("thread", f"kafka-consumer-elr-{rng.randint(0, 5)}"),
                ("trace_id", f"{rng.getrandbits(128):032x}"), ("msg", "HL7 parse failure: " + rng.choice([
                    "ca.uhn.hl7v2.model.DataTypeException: Invalid date/time in OBR-7",
                    "ca.uhn.hl7v2.HL7Exception: Can't XML-encode a GenericMessage",
                    "ca.uhn.hl7v2.validation.ValidationException: PID-8 value 'X' not in HL70001"])),
                ("mshControlId", ctrl)])
    pre = pre[:-1]
    return [Line("hl7v2_json", pre, ',"raw":"', raw, '"}')]


def g_rhapsody_phi():
    p = mk_person(minage=1, maxage=96)
    t = CLK.tick()
    mid = rng.randint(40000000, 49999999)
    pre = f"{ts_dot(t)} ERROR [Route:ELR_Validate_v251] msgId={mid} "
    bad = p.dob.replace(day=min(p.dob.day, 28))
    k = rng.randint(0, 6)
    if k == 0:
        bad_s = f"{bad.year}{bad.month:02d}31" if bad.month in (2, 4, 6, 9, 11) else f"{bad.year}1301"
        return [Line("rhapsody", pre, "Filter 'PID-7 DOB check' failed: value '", ("date", bad_s),
                     "' is not a valid DTM for patient ", ("name", p.L), "^", ("name", p.F), " MRN ", ("mrn", p.mrn))]
    if k == 1:
        coll = TODAY - dt.timedelta(days=2)
        return [Line("rhapsody", pre, "Filter 'DOB before collection' failed: PID-7=", ("date", fd(TODAY + dt.timedelta(days=rng.randint(30, 400)), "hl7")),
                     " SPM-17=", ("date", fdt(coll)), " (PID-3=", ("mrn", p.mrn), "^^^", rng.choice(LABS)["abbr"], "^MR)")]
    if k == 2:
        p.zip = rng.choice([z for c in CITIES if c[0] != p.city for z in c[3]])
        return [Line("rhapsody", pre.replace("ERROR", "WARN "), "Address standardizer: ZIP '", ("zip", p.zip), "' inconsistent with city '",
                     ("address", p.city.upper()), "' for '", ("address", strip_acc(p.street).upper()), "' - jurisdiction set from ZIP (",
                     p.county, " County LHJ)")]
    if k == 3:
        return [Line("rhapsody", pre.replace("ERROR", "INFO "), "Patient match: PID-5=", ("name", p.L), "^", ("name", p.F),
                     " PID-7=", ("date", fd(p.dob, "hl7")), " -> NBS person ", ("mrn", p.psn), " (score 0.97, rule DET_NAME_DOB_SEX)")]
    if k == 4:
        return [Line("rhapsody", pre, "Lookup 'SSN_Cleanse' rejected PID-19 '", ("ssn", p.ssn), "' (format ok, but on SSA death master stub list); field blanked before NBS")]
    if k == 5:
        return [Line("rhapsody", pre.replace("ERROR", "WARN "), "PID-13 phone '", ("phone", fph(p.phone, 3)), "' has 10 digits but XTN.1 expected (###)###-####; reformatted to ",
                     ("phone", fph(p.phone, 7)))]
    return [Line("rhapsody", pre, "Filter 'PID-5 required' failed: family name empty; PID-5='^", ("name", p.F),
                 "' PID-3='", ("mrn", p.mrn), "^^^", rng.choice(LABS)["abbr"], "^MR' PID-11='", ("address", strip_acc(p.street).upper()),
                 "^^", ("address", p.city.upper()), "^WA^", ("zip", p.zip), "'")]


NBS_CLS = ["gov.cdc.nedss.webapp.nbs.action.investigation.InvestigationAction",
           "gov.cdc.nedss.webapp.nbs.action.person.PersonSearchAction",
           "gov.cdc.nedss.proxy.ejb.investigationproxyejb.bean.InvestigationProxyEJB",
           "gov.cdc.nedss.entity.person.dao.PersonDAOImpl",
           "gov.cdc.nedss.elrservice.matching.ELRPatientMatcher",
           "gov.cdc.nedss.webapp.nbs.action.contacttracing.ContactRecordAction"]


def wf(t, lvl, cls, thread):
    return f"{ts_java(t)} {lvl:<5} [{cls}] ({thread}) "


def g_nbs_phi():
    p = mk_person(minage=0, maxage=95)
    t = CLK.tick()
    st = rng.choice(STAFF)
    thr = f"default task-{rng.randint(1, 64)}"
    k = rng.randint(0, 8)
    if k == 0:
        cond = rng.choice(TESTS)
        return [Line("nbs_wildfly", wf(t, "INFO", NBS_CLS[0], thr), f"User {st[2]} created investigation ", ("other_id", p.cas),
                     f" (condition {cond['cond']} {cond['cn']}) for patient ", ("mrn", p.psn), f", jurisdiction {p.county} County")]
    if k == 1:
        q = mk_person(origin=p.origin, last=p.last)
        return [Line("nbs_wildfly", wf(t, "WARN", NBS_CLS[4], "ELR Importer Thread"),
                     f"Ambiguous patient match for OBS{rng.randint(10010000, 10999999)}WA01: candidates [", ("mrn", p.psn), ", ",
                     ("mrn", q.psn), "] on name=", ("name", f"{p.L}, {p.F}"), " dob=", ("date", fd(p.dob, "us")), "; routed to 'Documents Requiring Review'")]
    if k == 2:
        return [Line("nbs_wildfly", wf(t, "DEBUG", NBS_CLS[3], thr),
                     "Executing: SELECT person_uid, local_id FROM Person p JOIN Person_name pn ON pn.person_uid=p.person_uid WHERE pn.last_nm='",
                     ("name", p.L.replace("'", "''")), "' AND pn.first_nm='", ("name", p.F), "' AND p.birth_time='",
                     ("date", fd(p.dob, "iso") + " 00:00:00.000"), "'")]
    if k == 3:
        return [Line("nbs_wildfly", wf(t, "INFO", "stdout", thr), "PersonSearch criteria: {lastName=", ("name", p.last),
                     ", firstName=", ("name", p.first), ", birthTime=null, phone=", ("phone", p.phone),
                     f", zip=null, searchType=PATIENT}} user={st[2]} hits=", str(rng.randint(0, 4)))]
    if k == 4:
        return [Line("nbs_wildfly", wf(t, "ERROR", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", thr),
                     "Cannot insert duplicate key row in object 'dbo.Person_name' with unique index 'PK_Person_name'. The duplicate key value is (",
                     ("other_id", str(p.uid)), f", {rng.randint(1, 3)}).")]
    if k == 5:
        c = mk_person(origin=p.origin)
        con = f"CON{rng.randint(10010000, 10999999)}WA01"
        return [Line("nbs_wildfly", wf(t, "INFO", NBS_CLS[5], thr), f"Contact record ", ("other_id", con), " saved for investigation ",
                     ("other_id", p.cas), ": contact=", ("name", fullname(c, "lf")), " relationship=", rng.choice(["Household", "Coworker", "Sex partner", "Classmate", "Friend"]),
                     " exposureDate=", ("date", fd(TODAY - dt.timedelta(days=rng.randint(2, 12)), "us")), f" disposition=In Progress user={st[2]}")]
    if k == 6:
        return [Line("nbs_springboot", f"{ts_isooff(t)}  INFO 1 --- [data-processing-service] [ntainer#0-0-C-1] g.c.d.s.i.manager.ManagerService         : ",
                     f"Processing ELR nbsInterfaceUid={rng.randint(200000, 999999)} -> patient localId=", ("mrn", p.psn),
                     " personUid=", ("other_id", str(p.uid)), f" observationLocalId=OBS{rng.randint(10010000, 10999999)}WA01 status=SUCCESS elapsed={rng.randint(80, 2400)}ms")]
    if k == 7:
        dod = TODAY - dt.timedelta(days=rng.randint(1, 6))
        q = mk_person(minage=90, maxage=99)
        return [Line("nbs_wildfly", wf(t, "INFO", NBS_CLS[2], thr), "Investigation ", ("other_id", q.cas), " updated: patient ",
                     ("name", f"{q.L}, {q.F}"), " age ", ("age", str(q.age)), " deceased=Y deathDate=", ("date", fd(dod, "us")),
                     f" caseStatus=Confirmed user={st[2]}")]
    dob = fd(p.dob, "us")
    return [Line("nbs_wildfly", wf(t, "WARN", NBS_CLS[1], thr), "Patient merge requested by ", st[2], ": survivor=", ("mrn", p.psn),
                 " superseded=", ("mrn", f"PSN{rng.randint(10010000, 10999999)}WA01"), " (", ("name", f"{p.first} {p.last}"), ", DOB ", ("date", dob), ")")]


AUDIT_HDR = "security_log_uid,event_type_cd,event_time,nbs_user_id,user_ip_addr,business_obj_nm,business_obj_uid,local_id,criteria"


def g_audit_phi():
    out = []
    if rng.random() < 0.3:
        out.append(Line("nbs_audit_csv", AUDIT_HDR))
    for _ in range(rng.randint(1, 3)):
        p = mk_person(minage=0, maxage=94)
        t = CLK.tick(1, 20)
        st = rng.choice(STAFF)
        base = f"{rng.randint(8800000, 8999999)},"
        ip = f"10.40.{rng.randint(1, 30)}.{rng.randint(2, 250)}"
        k = rng.randint(0, 3)
        if k == 0:
            out.append(Line("nbs_audit_csv", base, f"VIEW_PATIENT,{ts_dot(t)},{st[2]},{ip},PATIENT,", ("other_id", str(p.uid)), ",", ("mrn", p.psn), ","))
        elif k == 1:
            out.append(Line("nbs_audit_csv", base, f"SEARCH_PATIENT,{ts_dot(t)},{st[2]},{ip},PATIENT,,,\"lastName=", ("name", p.L),
                            ";firstName=", ("name", p.F), ";dob=", ("date", fd(p.dob, "us")), "\""))
        elif k == 2:
            out.append(Line("nbs_audit_csv", base, f"EDIT_INVESTIGATION,{ts_dot(t)},{st[2]},{ip},INVESTIGATION,{rng.randint(10010000, 10999999)},",
                            ("other_id", p.cas), ",\"fields=CASE_STATUS;JURISDICTION\""))
        else:
            out.append(Line("nbs_audit_pipe", f"{rng.randint(1200000, 1299999)}|{ts_dot(t)}|{st[2]}|PRINT|Patient Summary|",
                            ("mrn", p.psn), "|", ("name", f"{p.L}, {p.F}"), "|", ("date", fd(p.dob, "iso")), f"|{ip}|OK"))
    return out


INTERP = ["CyraCom ID 44812", "LanguageLine #229184", "VN line, interp. Thu #2231", "interp. Carlos (DOH staff)"]


def g_ct_note():
    p = mk_person(minage=2, maxage=88)
    st = rng.choice(STAFF)
    t = CLK.tick()
    pre = f"[{ts_dot(t)}] CT-NOTE inv={st[2]} case="
    onset = TODAY - dt.timedelta(days=rng.randint(3, 12))
    k = rng.randint(0, 15)
    if k == 12:
        c = mk_person(origin=p.origin)
        day = rng.randint(3, 19)
        return [Line("ct_note", pre, ("other_id", p.cas), f" prog=MPOX monitoring day {day}/21 :: contact ", ("name", fullname(c, "lower")),
                     " replied by SMS from ", ("phone", fph(c.phone, 5)), f": 'no rash, no fever'. Temp {rng.choice(['97.9', '98.4', '98.6', '99.0'])}F self-reported. JYNNEOS dose 1 given ",
                     ("date", fd(TODAY - dt.timedelta(days=day), "dmon")), ".")]
    if k == 13:
        kid = mk_person(minage=1, maxage=5)
        mom = mk_person(origin=kid.origin, sex="F", minage=19, maxage=38, last=kid.last)
        bll = f"{rng.uniform(5, 30):.1f}"
        return [Line("ct_note", pre, ("other_id", kid.cas), " prog=LEAD :: Home visit at ", ("address", kid.street + (", " + kid.unit if kid.unit else "")),
                     f" for child ", ("name", f"{kid.first} {kid.last}"), f" (BLL {bll} ug/dL on ", ("date", fd(TODAY - dt.timedelta(days=rng.randint(5, 20)), "usn")),
                     "). Peeling paint on window wells, house built 1924. Mom ", ("name", mom.first), " reports pica; imported spices (kuzhambu/turmeric) collected for XRF.")]
    if k == 14:
        return [Line("ct_note", pre, ("other_id", p.cas), f" prog=HAV :: ", ("name", fullname(p, "LF")), f" is a food handler at {rng.choice(BUSINESSES[:2])}; last worked ",
                     ("date", fd(TODAY - dt.timedelta(days=rng.randint(2, 6)), "usn")), ", jaundice since ", ("date", fd(onset, "md")),
                     f". Manager notified (business line 253-5{rng.randint(10, 99)}-{rng.randint(1000, 9999)}). IG/vaccine clinic for coworkers Fri.")]
    if k == 15:
        q = mk_person(minage=90, maxage=101)
        afh = rng.choice(["Bayview Adult Family Home", "Golden Years AFH LLC", "Sunrise Villa AFH #2"])
        return [Line("ct_note", pre, ("other_id", q.cas), " prog=COVID-LTC :: Resident ", ("name", fullname(q, "lf")), ", ",
                     ("age", f"{q.age}"), rng.choice(["yo", " y.o.", "-year-old", " years"]), f", lives at {afh} (",
                     ("address", q.street), ", ", ("address", q.city), "). DNR on file; Paxlovid declined by POA (daughter ",
                     ("name", mk_person(origin=q.origin, sex="F").first), ").")]
    if k == 0:
        c1 = mk_person(origin=p.origin, last=p.last)
        c2 = mk_person(origin=p.origin)
        return [Line("ct_note", pre, ("other_id", p.cas), f" attempt=1 outcome=REACHED :: Spoke w/ pt ", ("name", fullname(p, "fl")),
                     " (DOB ", ("date", fd(p.dob, "us2")), "), confirms sx onset ", ("date", fd(onset, "md")),
                     f". Works at {rng.choice(BUSINESSES)}, last shift ", ("date", fd(onset + dt.timedelta(days=1), "md")),
                     ". HH contacts: ", ("name", f"{c1.first} {c1.last}"), " (spouse) and ", ("name", f"{c2.first}"), " (roommate, ",
                     ("phone", fph(c2.phone)), ").")]
    if k == 1:
        return [Line("ct_note", pre, ("other_id", p.cas), " attempt=2 outcome=NO_ANSWER :: LVM x2 at ", ("phone", fph(p.phone, 2)),
                     f", no answer. Texted from DOH line 360-236-{rng.randint(3000, 3999)}. Will attempt field visit to ", ("address", p.street),
                     ", ", ("address", p.city), " tmrw AM.")]
    if k == 2:
        kid = mk_person(origin="ES", minage=1, maxage=5, last=p.last.split()[0] if p.origin == "ES" else None)
        mom = mk_person(origin="ES", sex="F", minage=20, maxage=40)
        d1 = TODAY - dt.timedelta(days=10)
        return [Line("ct_note", pre, ("other_id", p.cas), " attempt=1 outcome=REACHED lang=es :: Se habló con la Sra. ",
                     ("name", f"{mom.first} {mom.last}"), ", madre del caso (", ("name", f"{kid.first} {kid.last}"), "), al ",
                     ("phone", fph(mom.phone, 0)), f". Refiere que {'el niño' if kid.sex == 'M' else 'la niña'} asistió a la guardería del ", ("date", fd(d1, "es_short")),
                     " al ", ("date", fd(d1 + dt.timedelta(days=4), "es_short")), rng.choice([". Se le explicó la exclusión hasta el ",
                     ". Se indicó cuarentena en casa hasta el ", ". Se acordó llamar de nuevo el "]),
                     ("date", fd(TODAY + dt.timedelta(days=rng.randint(2, 9)), "es")), rng.choice([". Interp: no necesario (inv. bilingüe).", ".", ". Se envió carta por correo."]))]
    if k == 3:
        q = mk_person(origin="VN", minage=90, maxage=97)
        son = mk_person(origin="VN", sex="M", minage=50, maxage=68, last=q.last)
        return [Line("ct_note", pre, ("other_id", q.cas), f" attempt=1 outcome=REACHED_PROXY :: Via {INTERP[2]}: pt ",
                     ("name", f"{q.last} {q.mid} {q.first}"), ", ", ("age", str(q.age)), " y/o, lives w/ son ",
                     ("name", f"{son.last} {son.mid} {son.first}"), " at ", ("address", q.street), ", ", ("address", q.city), " ",
                     ("zip", q.zip), ". Son's cell ", ("phone", fph(son.phone, 6)), ". Pt bedbound, no visitors except home health aide.")]
    if k == 4:
        c = mk_person()
        plate = rng.choice(["BXR", "CKT", "AZM", "BQL", "CGF"]) + f"{rng.randint(1000, 9999)}"
        car = rng.choice(["silver Honda Civic", "white Ford F-150", "blue Toyota Corolla", "gray Nissan Altima"])
        return [Line("ct_note", pre, ("other_id", p.cas), " attempt=1 outcome=REACHED prog=TB :: Contact ", ("name", fullname(c, "fl")),
                     f" carpools w/ index 5 d/wk ({car}, WA plate ", ("vehicle", plate), f") to {rng.choice(BUSINESSES)}, ~{rng.choice([20, 30, 45, 60])} min each way. "
                     + rng.choice(["Referred for IGRA at county TB clinic; prior TST neg per pt.", "IGRA drawn today, CXR ordered.",
                                   "Window prophylaxis not indicated (adult, HIV neg per pt)."]))]
    if k == 5:
        c = mk_person(minage=1, maxage=40)
        return [Line("ct_note", pre, ("other_id", p.cas), " prog=MEASLES :: Contact ", ("name", fullname(c, "lf")), " (DOB ",
                     ("date", fd(c.dob, "iso")), f") was in waiting room at {rng.choice(CLINICS)[0]} ", ("date", fd(TODAY - dt.timedelta(days=5), "md")),
                     " 10:00-12:30 during index visit. MMR x1 per WAIIS. Quarantine letter emailed to ", ("email", c.email), ".")]
    if k == 6:
        return [Line("ct_note", pre, ("other_id", p.cas), " attempt=3 outcome=REFUSED :: Pt declined interview, hung up. Number on ELR ",
                     ("phone", fph(p.phone, 1)), " confirmed via voicemail greeting. Closing as LTF per protocol; supervisor ",
                     rng.choice(STAFF)[2], " notified.")]
    if k == 7:
        return [Line("ct_note", pre, ("other_id", p.cas), f" outcome=REACHED :: Pt asked that the clearance letter be faxed to {'her' if p.sex == 'F' else 'his'} home fax ",
                     ("fax", fph(p.phone2, 0)), " (no email). Employer HR fax 253-272-", f"{rng.randint(1000, 9999)}", " NOT to be used per pt.")]
    if k == 8:
        c = mk_person(origin="VN", sex="F", minage=30, maxage=60)
        return [Line("ct_note", pre, ("other_id", p.cas), " lang=vi :: Đã gọi cho bà ", ("name", f"{c.last} {c.mid} {c.first}"),
                     " (", ("phone", fph(c.phone, 6)), "), con gái bệnh nhân. Bà cho biết bệnh nhân bắt đầu ",
                     rng.choice(["sốt từ ngày ", "ho và sốt từ ngày ", "tiêu chảy từ ngày "]), ("date", fd(onset, "dmy")),
                     rng.choice([". Hẹn gọi lại chiều mai.", ". Đã gửi bộ xét nghiệm qua bưu điện.", " (interp not needed, inv. speaks vi)."]))]
    if k == 9:
        return [Line("ct_note", pre, ("other_id", p.cas), " outcome=REACHED prog=SALM :: ", ("name", fullname(p, "init")),
                     f" reports eating at {rng.choice(BUSINESSES[:2])} ", ("date", fd(onset - dt.timedelta(days=2), "md")),
                     " w/ 4 others, 2 also ill. Stool kit mailed to ", ("address", p.street + (" " + p.unit if p.unit else "")),
                     ", ", ("address", p.city), ", WA ", ("zip", p.zip), ".")]
    if k == 10:
        wk = mk_person(origin=p.origin, sex="M")
        return [Line("ct_note", pre, ("other_id", p.cas), " :: Pt's brother ", ("name", fullname(wk, "FL")), " answered ",
                     ("phone", fph(wk.phone, 4)), "; pt admitted to ", rng.choice(["MultiCare Tacoma General", "Harborview", "Sacred Heart"]),
                     " since ", ("date", fd(TODAY - dt.timedelta(days=2), "long")), ". Will interview via hospital IP nurse.")]
    return [Line("ct_note", pre, ("other_id", p.cas), f" outcome=REACHED :: Verified identity (name/DOB). Pt states current address is ",
                 ("address", p.street), " ", ("address", p.unit or "Apt 2"), ", ", ("address", p.city), " (moved from ",
                 ("address", rng.choice(CITIES)[0]), " in Jan). Updated NBS. Email for letters: ", ("email", p.email))]


def g_ct_json():
    idx = mk_person()
    c = mk_person(origin=idx.origin if rng.random() < 0.6 else None)
    t = CLK.tick()
    con = f"CON{rng.randint(10010000, 10999999)}WA01"
    st = rng.choice(STAFF)
    items = [("ts", ts_isoz(t)), ("event", "contact.upsert"), ("contactId", ("other_id", con)),
             ("indexCaseId", ("other_id", idx.cas)),
             ("firstName", ("name", c.first)), ("lastName", ("name", c.last)),
             ("phone", ("phone", fph(c.phone, rng.choice([1, 3, 5])))),
             ("lastExposure", ("date", fd(TODAY - dt.timedelta(days=rng.randint(1, 10)), "iso"))),
             ("relationship", rng.choice(["HOUSEHOLD", "WORK", "CHILDCARE", "SOCIAL", "HEALTHCARE"])),
             ("language", {"VN": "vi", "ES": "es"}.get(c.origin, "en")),
             ("monitoringStatus", rng.choice(["ACTIVE", "ACTIVE", "COMPLETED", "LOST_TO_FOLLOW_UP"])),
             ("assignedTo", st[2]), ("smsOptIn", rng.choice([True, False]))]
    if rng.random() < 0.4:
        items.insert(7, ("dob", ("date", fd(c.dob, "iso"))))
    if rng.random() < 0.3:
        items.insert(8, ("address", JD([("line1", ("address", c.street)), ("city", ("address", c.city)), ("state", "WA"),
                                        ("postalCode", ("zip", c.zip)), ("county", ("address", c.county))])))
    return [Line("ct_contact_json", jobj(items))]


PLATFORMS = [("Grindr", None), ("Instagram", "https://www.instagram.com/{h}/"), ("Facebook", "https://www.facebook.com/{h}"),
             ("Snapchat", "https://www.snapchat.com/add/{h}"), ("Tinder", None), ("X", "https://x.com/{h}")]


def mk_handle(p):
    b = strip_acc(p.first.split()[0]).lower()
    lc = strip_acc(p.last.split()[0]).lower().replace("'", "")
    return rng.choice([f"{b}.{lc[:3]}{rng.randint(1, 99)}", f"{b}_{p.city.lower().replace(' ', '')[:3]}{p.area}",
                       f"{lc}{b[0]}{rng.randint(80, 99)}", f"the_real_{b}{rng.randint(1, 9)}"])


def g_ps():
    t = CLK.tick()
    op = mk_person(minage=17, maxage=60)
    std = f"STD{t:%y}-{rng.randint(1, 9999):06d}"
    dis = f"DIS-{rng.randint(101, 140)}"
    pre = f"ts={ts_isoz(t)} level=info svc=ps-fieldrecords "
    k = rng.randint(0, 5)
    if k == 0:
        pa = mk_person(minage=18, maxage=55)
        plat, tmpl = rng.choice(PLATFORMS)
        h = mk_handle(pa)
        loc = [f"{plat.lower()}: @", ("other_id", h)]
        ef = TODAY - dt.timedelta(days=rng.randint(40, 90))
        el = TODAY - dt.timedelta(days=rng.randint(5, 30))
        return [Line("ps_logfmt", pre, 'msg="partner added" op_case=', ("other_id", std), f" partner_seq={rng.randint(1, 5)} name=\"",
                     ("name", f"{pa.first} {pa.last}"), '" sex=', pa.sex, " phone=", ("phone", "+1" + pa.phone),
                     ' locating="', loc, '" exp_first=', ("date", fd(ef, "iso")), " exp_last=", ("date", fd(el, "iso")),
                     f" ref_basis=sex_partner worker={dis}")]
    if k == 1:
        fr = f"FR{t:%y}-{rng.randint(1, 99999):05d}"
        return [Line("ps_logfmt", pre, 'msg="field record closed" fr=', ("other_id", fr), " op_case=", ("other_id", std),
                     f" dispo={rng.choice(['A', 'C', 'D', 'F', 'H', 'J', 'K'])} dispo_date=", ("date", fd(TODAY - dt.timedelta(days=rng.randint(0, 3)), "us")),
                     f" worker={dis} days_open={rng.randint(2, 40)}")]
    if k == 2:
        pa = mk_person(minage=18, maxage=45)
        plat, tmpl = rng.choice([x for x in PLATFORMS if x[1]])
        h = mk_handle(pa)
        url = tmpl.format(h=h)
        return [Line("ps_logfmt", pre, 'msg="internet partner notification sent" op_case=', ("other_id", std),
                     f" platform={plat} handle=", ("other_id", h), " profile=", ("url", url),
                     f" template=PS-{rng.choice(['EN', 'ES'])}-0{rng.randint(1, 4)} worker={dis}")]
    if k == 3:
        pa = mk_person(minage=18, maxage=50)
        b64 = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C"
                               + bytes(rng.getrandbits(8) for _ in range(rng.choice([141, 168, 195])))).decode()
        return [Line("ps_logfmt", pre.replace("info", "debug"), 'msg="attachment stored" op_case=', ("other_id", std),
                     f" partner_seq={rng.randint(1, 4)} kind=locating_photo mime=image/jpeg b64=", ("photo", b64),
                     f"... (truncated, {rng.randint(30000, 90000)} chars) uploaded_by={dis}")]
    if k == 4:
        pa = mk_person(minage=19, maxage=50)
        plate = rng.choice(["C", "B", "A"]) + rng.choice("KXQRT") + rng.choice("ZLMPW") + f"{rng.randint(1000, 9999)}"
        return [Line("ps_logfmt", pre, 'msg="locating info updated" op_case=', ("other_id", std), ' partner="',
                     ("name", fullname(pa, "lf")), '" aka="', ("name", rng.choice([strip_acc(pa.first.split()[0])[:4].title(), "Flaco", "Lil " + pa.first[0], "Güero", "Tito", "Bebe", "Smoke", "KJ"])),
                     '" vehicle_desc="', rng.choice(["maroon Chevy Malibu", "black Dodge Charger, tinted", "white Kia Soul", "silver Ram 1500"]), '" plate=',
                     ("vehicle", plate), ' hangout="', rng.choice(BUSINESSES), '" last_seen=', ("date", fd(TODAY - dt.timedelta(days=rng.randint(1, 9)), "md")))]
    interview = TODAY - dt.timedelta(days=rng.randint(0, 2))
    return [Line("ps_logfmt", pre, 'msg="OP interview saved" op_case=', ("other_id", std), " op_name=\"", ("name", f"{op.L}, {op.F}"),
                 '" op_dob=', ("date", fd(op.dob, "us")), " interview_date=", ("date", fd(interview, "iso")),
                 f" dx={rng.choice(['710', '720', '730', '300', '200'])} partners_named={rng.randint(0, 6)} worker={dis}")]


LL_HDR = "case_id,outbreak_id,last_name,first_name,dob,age_yrs,sex,city,county,zip,onset_dt,hosp,died,spec_coll_dt,serotype,wgs_id,exposure_notes"


def g_linelist_csv():
    ob = rng.choice(["WA-2024-SAL-017", "WA-2024-STEC-004", "WA-2024-HAV-002"])
    out = [Line("linelist_csv", f"# exported from NBS outbreak module ob={ob} by {rng.choice(STAFF)[2]} rows=auto"),
           Line("linelist_csv", LL_HDR)]
    for i in range(rng.randint(2, 4)):
        p = mk_person(minage=90, maxage=97) if rng.random() < 0.2 else mk_person(minage=1, maxage=85)
        onset = TODAY - dt.timedelta(days=rng.randint(6, 20))
        coll = onset + dt.timedelta(days=rng.randint(1, 4))
        cid = f"{ob.split('-')[2]}{ob.split('-')[3]}-{rng.randint(1, 60):03d}"
        agecell = [("age", str(p.age))] if p.age >= 90 else [str(p.age)]
        df = rng.choice(["us", "iso", "usn"])
        ser = {"SAL": "Enteritidis", "STEC": "O157:H7", "HAV": "genotype IA"}[ob.split("-")[2]]
        notes = rng.choice([f"ate at {BUSINESSES[0]} {fd(onset - dt.timedelta(days=2), 'md')}",
                            "\"church potluck, brought tamales\"", "no known exposure", "\"household of case 001, secondary\"",
                            f"{BUSINESSES[1]}; travel to Mexico? pending"])
        # the exposure date in notes refers to a restaurant meal of this person
        notes_p = [notes]
        if notes.startswith("ate at"):
            dpart = notes.split()[-1]
            notes_p = [notes[: -len(dpart)], ("date", dpart)]
        row = [("other_id", cid), f",{ob},"]
        row += ['"', ("name", p.L), '"'] if rng.random() < 0.3 else [("name", p.L)]
        row += [",", ("name", p.F), ",", ("date", fd(p.dob, df)), ","] + agecell + [f",{p.sex},", ("address", p.city), ",",
                ("address", p.county), ",", ("zip", p.zip), ",", ("date", fd(onset, df)), f",{rng.choice('YN')},",
                "Y" if p.age >= 90 and rng.random() < 0.5 else "N", ",", ("date", fd(coll, df)), f",{ser},PNUSA{rng.choice('SE')}{rng.randint(300000, 499999)},"] + notes_p
        out.append(Line("linelist_csv", row))
    return out


TSV_HDR = "Case #\tName (Last, First)\tDOB\tAge\tSex\tAddress\tCity\tZip\tPhone\tRash Onset\tMMR doses\tExposure site\tNotes\t"


def g_linelist_tsv():
    out = [Line("linelist_tsv", "Measles 2024 Yakima/Benton - contact line list (EXPORT)\t\t\t\t\t\t\t\t\t\t\t\t\t"),
           Line("linelist_tsv", TSV_HDR)]
    for i in range(rng.randint(2, 4)):
        old = rng.random() < 0.15
        p = mk_person(origin=rng.choice(["ES", "ES", "VN", "OT"]), minage=90 if old else 0, maxage=96 if old else 70,
                      city=rng.choice([c for c in CITIES if c[1] in ("Yakima", "Benton", "Franklin")]))
        onset = TODAY - dt.timedelta(days=rng.randint(2, 15))
        dobcell = ("date", fd(p.dob, "excel")) if rng.random() < 0.2 else ("date", fd(p.dob, "usn"))
        agecell = ("age", str(p.age)) if p.age >= 90 else str(p.age)
        onset_cell = [("date", fd(onset, "usn"))] if rng.random() < 0.7 else []
        out.append(Line("linelist_tsv", f"{i + 1}\t", '"', ("name", f"{p.last}, {p.first}"), '"\t', dobcell, "\t", agecell, f"\t{p.sex}\t",
                        ("address", p.street + (" " + p.unit if p.unit else "")), "\t", ("address", p.city), "\t", ("zip", p.zip), "\t",
                        ("phone", fph(p.phone, rng.choice([0, 1, 3]))), "\t", onset_cell, f"\t{rng.choice(['0', '1', '2', 'unk'])}\t",
                        rng.choice(["Wapato clinic 3/2", "Fruitvale Blvd Walmart", "church service", "household"]), "\t",
                        rng.choice(["", "IgM pending", "declined IG", "\"called mom, no answer\"", "quarantine letter sent"]), "\t"))
    out.append(Line("linelist_tsv", f"TOTAL\t\t\t\t\t\t\t\t\t{rng.randint(4, 12)}\t\t\t\t"))
    return out


def typo_variant(p):
    q = Person()
    q.__dict__.update(p.__dict__)
    k = rng.randint(0, 3)
    reason = ""
    if k == 0 and p.dob.day <= 12 and p.dob.day != p.dob.month:
        q.dob = dt.date(p.dob.year, p.dob.day, p.dob.month)
        reason = "dob_day_month_swap"
    elif k == 1:
        q.F = p.F[:-1] if len(p.F) > 3 else p.F + "E"
        reason = "first_name_typo"
    elif k == 2:
        q.L = p.L.split()[0].split("-")[0]
        reason = "compound_surname_truncated"
    else:
        q.zip = rng.choice([c for c in CITIES if c[0] == p.city][0][3])
        q.F, q.M = (p.F + " " + p.M).strip(), ""
        reason = "middle_in_given"
    return q, reason or "first_name_typo"


def g_dedup_phi():
    p = mk_person(minage=1, maxage=95)
    q, reason = typo_variant(p)
    ua, ub = p.uid, rng.randint(10010000, 10999999)
    t = CLK.tick()
    if rng.random() < 0.55:
        w = round(rng.uniform(9.5, 16.0), 2)
        pr = round(rng.uniform(0.80, 0.949), 3)
        return [Line("mpi_dedup", f"{ts_dot(t)} [mpi-dedup] REVIEW pair#{rng.randint(1, 400):04d} uid_a=", ("other_id", str(ua)), " uid_b=",
                     ("other_id", str(ub)), f" w={w} p={pr} | ", ("name", f"{p.L} {p.F}"), " vs ", ("name", f"{q.L} {q.F}"), " | ",
                     ("date", fd(p.dob, "iso")), " vs ", ("date", fd(q.dob, "iso")), " | ", ("zip", p.zip), " vs ", ("zip", q.zip),
                     f" | reason={reason}")]
    items = [("unique_id_l", ("other_id", ua)), ("unique_id_r", ("other_id", ub)),
             ("first_name_l", ("name", p.F)), ("first_name_r", ("name", q.F)),
             ("surname_l", ("name", p.L)), ("surname_r", ("name", q.L)),
             ("dob_l", ("date", fd(p.dob, "iso"))), ("dob_r", ("date", fd(q.dob, "iso"))),
             ("postcode_l", ("zip", p.zip)), ("postcode_r", ("zip", q.zip)),
             ("gamma_first_name", rng.choice([2, 3])), ("gamma_surname", rng.choice([2, 4])), ("gamma_dob", rng.choice([1, 3])),
             ("match_weight", round(rng.uniform(6, 18), 3)), ("match_probability", round(rng.uniform(0.9, 0.99999), 5)),
             ("blocking_rule", rng.choice(["l.dob = r.dob", "substr(l.surname,1,3) = substr(r.surname,1,3) AND l.postcode = r.postcode",
                                           "l.soundex_surname = r.soundex_surname"]))]
    return [Line("linkage_json", jobj(items, sp=True))]


def g_survey():
    p = mk_person(minage=16, maxage=85)
    t = CLK.tick()
    ip = rng.choice([f"73.{rng.randint(96, 191)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                     f"24.{rng.randint(16, 22)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                     f"174.{rng.randint(192, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                     f"2601:602:{rng.randint(0x8000, 0xffff):x}:{rng.randint(0x1000, 0xffff):x}::{rng.randint(1, 0xfff):x}"])
    tok = f"{rng.getrandbits(96):024x}"
    ua = rng.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                     "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
                     "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.0.0"])
    path = rng.choice([["/selfinterview/api/v2/submit?case=", ("other_id", p.cas), f"&t={tok}&lang={rng.choice(['en', 'es', 'vi'])}"],
                       [f"/selfinterview/s/{tok}/page/{rng.randint(2, 9)}"]])
    if len(path) == 1:
        return [Line("nginx_access", ("ip", ip), f" - - [{ts_nginx(t)}] \"GET {path[0]} HTTP/2.0\" 200 {rng.randint(3000, 22000)} \"-\" \"{ua}\" rt={rng.uniform(0.01, 0.4):.3f}")]
    return [Line("nginx_access", ("ip", ip), f" - - [{ts_nginx(t)}] \"POST ", path, f" HTTP/2.0\" 201 {rng.randint(80, 400)} \"https://survey.doh.wa.gov/selfinterview/s/{tok}/page/9\" \"{ua}\" rt={rng.uniform(0.05, 0.9):.3f}")]


def g_vdot():
    p = mk_person(minage=20, maxage=93)
    t = CLK.tick()
    imei = "35" + "".join(str(rng.randint(0, 9)) for _ in range(13))
    items = [("time", ts_isoz(t)), ("app", "vdot-sync"), ("event", rng.choice(["session_uploaded", "device_enrolled", "dose_missed_alert"])),
             ("patientRef", ("other_id", p.cas)), ("deviceImei", ("device", imei)),
             ("os", rng.choice(["Android 13", "Android 14", "iOS 17.3.1"])), ("videoSec", rng.randint(30, 180)),
             ("reviewer", rng.choice(STAFF)[2]), ("regimen", rng.choice(["RIPE", "3HP", "4R"]))]
    if rng.random() < 0.4:
        items.insert(4, ("patientName", ("name", f"{p.first} {p.last}")))
    return [Line("vdot_json", jobj(items))]


def g_selftest():
    p = mk_person(minage=18, maxage=93)
    t = CLK.tick()
    ser = rng.choice([f"CR{rng.randint(10**7, 10**8 - 1)}", f"LUC-{rng.getrandbits(32):08X}", f"SN{rng.randint(10**9, 10**10 - 1)}"])
    items = [("receivedAt", ts_isoz(t)), ("source", "HomeTestReporter/2.7.1"),
             ("patient", JD([("given", ("name", p.first)), ("family", ("name", p.last)), ("birthDate", ("date", fd(p.dob, "iso"))),
                             ("zip", ("zip", p.zip)), ("phone", ("phone", fph(p.phone, 3)))])),
             ("test", JD([("loinc", "94558-4"), ("result", rng.choice(["POSITIVE", "NEGATIVE"])), ("device", "Lucira COVID-19 & Flu Home Test"),
                          ("readerSerial", ("device", ser)), ("performedAt", ("date", fdt(TODAY - dt.timedelta(days=rng.randint(1, 2)), "iso")))])),
             ("consent", True)]
    return [Line("selftest_json", jobj(items))]


def g_notify_phi():
    p = mk_person()
    t = CLK.tick()
    st = rng.choice(STAFF)
    cond = rng.choice(TESTS)
    return [Line("nbs_wildfly", wf(t, "INFO", "gov.cdc.nedss.alert.AlertMailer", "EJB default - 3"),
                 f"Sent alert 'New {cond['cn']} case assigned' to {st[0].lower()}.{st[1].lower()}@doh.wa.gov: investigation ", ("other_id", p.cas),
                 ", patient ", ("name", fullname(p, "LF")), f", jurisdiction {p.county} (smtp id {rng.getrandbits(40):010X})")]


def g_billing_phi():
    # PHL fee-for-service export row (billing to a patient account / insurer)
    p = mk_person(minage=20, maxage=96)
    t = CLK.tick()
    plan = rng.choice([("health_plan", p.medicaid, "WA Apple Health"), ("health_plan", p.mbi, "Medicare Part B"),
                       ("health_plan", f"XEH{rng.randint(10**8, 10**9 - 1)}", "Regence BlueShield"),
                       ("health_plan", f"W{rng.randint(10**9, 10**10 - 1)}", "Premera Blue Cross")])
    return [Line("phl_billing_psv", f"PHLBILL|{t:%Y%m%d}|", ("account", p.acct), "|", ("name", p.L), "|", ("name", p.F), "|",
                 ("date", fd(p.dob, "hl7")), f"|{plan[2]}|", (plan[0], plan[1]), f"|87591|{rng.choice(['46.00', '61.25', '112.00'])}|",
                 ("date", fd(TODAY - dt.timedelta(days=rng.randint(2, 10)), "hl7")), "|PENDING")]


# ----------------------------------------------------------------------------- generators: noise


def g_rhapsody_noise():
    t = CLK.tick()
    mid = rng.randint(40000000, 49999999)
    lab = rng.choice(LABS)
    cp = rng.choice(["LabCorp_MLLP_In", "Quest_SFTP_Poll", "PHL_STARLIMS_In", "MHS_Epic_MLLP", "PSHMC_MLLP_In", "NBS_ELR_DB_Out", "AIMS_Upload"])
    msgs = [
        f"INFO  [Engine] Route 'ELR Inbound - {lab['abbr']}' processed {rng.randint(20, 900)} messages in last 300s (errors={rng.randint(0, 12)}, avg latency {rng.randint(40, 900)} ms)",
        f"WARN  [CommPoint:{cp}] MLLP connection to 10.20.{rng.randint(1, 9)}.{rng.randint(2, 250)}:{rng.choice([6661, 6662, 7001, 2575])} closed by peer; reconnecting in 30s (attempt {rng.randint(1, 10)}/10)",
        f"ERROR [Route:ELR_Validate_v251] msgId={mid} Filter 'Validate MSH-4 CLIA' failed: sending facility {rng.choice(CLINICS)[1]} not found in lookup table 'ELR_Senders' (rev {rng.randint(100, 140)})",
        f"ERROR [Route:ELR_Map_NBS] msgId={mid} Mapper 'OBX-3 LOINC to NBS condition' failed: no mapping for LOINC {rng.choice(['99999-9', '100434-0', '96741-4', '97099-6'])} (sender {lab['abbr']})",
        f"INFO  [ErrorFolder] size={rng.randint(12, 400)} (threshold 250) oldest={rng.randint(1, 70)}h{rng.randint(0, 59):02d}m",
        f"ERROR [Route:ELR_Validate_v251] msgId={mid} rejected: duplicate MSH-10 control id {lab['abbr'][:3].replace('-', '')}{t:%Y%m%d}{rng.randint(10**9, 10**10 - 1)} within 24h window",
        f"INFO  [CommPoint:NBS_ELR_DB_Out] inserted {rng.randint(1, 200)} rows into NBS_MSGOUTE.dbo.NBS_interface (batch {rng.randint(100000, 999999)}) in {rng.randint(30, 4000)} ms",
        f"DEBUG [Filter:Route_By_Condition] msgId={mid} condition_cd={rng.choice(TESTS)['cond']} -> route '{rng.choice(['STD_Program', 'CD_Epi', 'Lead_Program', 'VPD_Program'])}'",
        f"ERROR [CommPoint:Quest_SFTP_Poll] com.jcraft.jsch.JSchException: Auth fail for user elr_quest@sftp-elr.doh.wa.gov:22",
        f"INFO  [Engine] heap {rng.uniform(1.1, 3.6):.1f} GB/4.0 GB, threads {rng.randint(150, 260)}, message store {rng.randint(40, 88)}% full, locker jobs 0",
        f"WARN  [CommPoint:AIMS_Upload] HTTP 503 from https://aims.cdc.gov/api/upload (x-request-id {rng.getrandbits(64):016x}); retry {rng.randint(1, 5)} in 60s",
        f"INFO  [Route:ELR_Ack] msgId={mid} sent ACK AA to {lab['abbr']} ({rng.randint(120, 180)} bytes) in {rng.randint(1, 40)} ms",
        f"INFO  [CommPoint:{cp}] started (Rhapsody 7.2.1 build 4411, JVM 17.0.9+9, listen port {rng.choice([6661, 6662, 7001])})",
        f"WARN  [Route:ELR_Validate_v251] msgId={mid} OBX-18 equipment '{lab['dev']}' not in device registry; accepted",
    ]
    return [Line("rhapsody", f"{ts_dot(t)} ", rng.choice(msgs))]


def g_hl7_ack():
    t = CLK.tick()
    lab = rng.choice(LABS)
    ctrl = f"{lab['abbr'][:3].replace('-', '')}{t:%Y%m%d%H%M%S}{rng.randint(0, 99999):05d}"
    out = [Line("hl7v2_raw", f"MSH|^~\\&|WADOH-ELR^2.16.840.1.114222.4.3.2.2.3.161.1.1053^ISO|WADOH^2.16.840.1.114222.4.1.3661^ISO|"
                f"{lab['app']}^{lab['oid']}^ISO|{lab['name']}^{lab['clia']}^CLIA|{ts_hl7(t)}||ACK^R01^ACK|ACK{rng.randint(10**8, 10**9 - 1)}|P|2.5.1"),
           Line("hl7v2_raw", f"MSA|{rng.choice(['AA', 'AA', 'AE'])}|{ctrl}")]
    if rng.random() < 0.3:
        out.append(Line("hl7v2_raw", f"ERR||OBX^1^5|102^Data type error^HL70357|W|||Value does not match value type {rng.choice(['CWE', 'SN'])}"))
    return out


def g_nbs_noise():
    t = CLK.tick()
    st = rng.choice(STAFF)
    thr = f"default task-{rng.randint(1, 64)}"
    msgs = [
        wf(t, "INFO", "org.jboss.as.server", "ServerService Thread Pool -- 82") + 'WFLYSRV0010: Deployed "nbs.ear" (runtime-name : "nbs.ear")',
        wf(t, "INFO", "gov.cdc.nedss.systemservice.nbscontext.NBSContext", thr) + f"PageFlow: ManageInvestigation -> ViewInvestigation, user={st[2]}",
        wf(t, "DEBUG", "gov.cdc.nedss.util.DataSourceUtil", thr) + f"Connection acquired from NedssDS in {rng.randint(1, 40)} ms (active={rng.randint(3, 40)}, idle={rng.randint(5, 50)})",
        wf(t, "WARN", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", thr) + "SQL Error: 1205, SQLState: 40001",
        wf(t, "ERROR", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", thr) + f"Transaction (Process ID {rng.randint(50, 140)}) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.",
        wf(t, "INFO", "gov.cdc.nedss.nnd.ejb.NNDMessageProcessor", "EJB default - 4") + f"NND batch {rng.randint(1000, 9999)}: {rng.randint(100, 400)} notifications queued, {rng.randint(90, 390)} sent via PHINMS, {rng.randint(0, 5)} failed",
        wf(t, "INFO", "gov.cdc.nedss.webapp.nbs.action.homepage.HomePageAction", thr) + f"Loaded queue 'Documents Requiring Review' count={rng.randint(300, 3000)} in {rng.randint(200, 4000)} ms",
        wf(t, "INFO", "stdout", "ELR Importer Thread") + f"ELRWorkerQueue: processed {rng.randint(50, 200)} of 200 in {rng.uniform(5, 60):.1f}s, {rng.randint(0, 30)} in NBS_interface status 'QUEUED'",
        wf(t, "WARN", "org.jboss.as.ejb3.invocation", thr) + "WFLYEJB0034: EJB Invocation failed on component MainSessionCommandEJB for method public abstract java.util.ArrayList gov.cdc.nedss.systemservice.ejb.mainsessionejb.bean.MainSessionCommand.processRequest(java.lang.String,java.lang.String,java.lang.Object[])",
        wf(t, "INFO", "gov.cdc.nedss.report.ReportRunner", "DefaultQuartzScheduler_Worker-3") + f"Report 'Weekly Reportable Conditions by LHJ' completed rows={rng.randint(200, 900)} elapsed={rng.randint(4, 90)}s",
        wf(t, "INFO", "gov.cdc.nedss.login.LoginAction", thr) + f"SAML login ok user={st[2]} idp=https://sso.doh.wa.gov/adfs session={rng.getrandbits(64):016X}",
        wf(t, "WARN", "com.arjuna.ats.arjuna", "Transaction Reaper") + f"ARJUNA012117: TransactionReaper::check timeout for TX 0:ffff0a28{rng.getrandbits(16):04x}:{rng.getrandbits(24):x}:65f1 in state RUN",
        f"{ts_isooff(t)}  INFO 1 --- [data-processing-service] [   scheduling-1] g.c.d.s.i.j.InterfaceStatusJob          : Reprocess sweep: {rng.randint(0, 40)} RTI_FAILED rows retried, {rng.randint(0, 5)} still failing",
        f"{ts_isooff(t)}  WARN 1 --- [data-processing-service] [ntainer#0-0-C-1] o.a.k.c.c.internals.ConsumerCoordinator  : [Consumer clientId=consumer-elr-1, groupId=elr] Offset commit failed on partition elr_unprocessed-{rng.randint(0, 5)} at offset {rng.randint(100000, 999999)}: The coordinator is loading",
    ]
    m = rng.choice(msgs)
    return [Line("nbs_springboot" if "data-processing" in m else "nbs_wildfly", m)]


def g_java_stack():
    t = CLK.tick()
    thr = f"default task-{rng.randint(1, 64)}"
    exc, frames = rng.choice([
        ("java.lang.NullPointerException: Cannot invoke \"java.util.Map.get(Object)\" because \"answerMap\" is null",
         ["\tat gov.cdc.nedss.webapp.nbs.action.pam.util.PamLoadUtil.loadAnswers(PamLoadUtil.java:412)",
          "\tat gov.cdc.nedss.webapp.nbs.action.investigation.InvestigationAction.viewInvestigation(InvestigationAction.java:1187)",
          "\tat org.apache.struts.action.RequestProcessor.processActionPerform(RequestProcessor.java:431)"]),
        ("com.microsoft.sqlserver.jdbc.SQLServerException: The query has timed out.",
         ["\tat com.microsoft.sqlserver.jdbc.TDSCommand.checkForInterrupt(IOBuffer.java:7745)",
          "\tat com.microsoft.sqlserver.jdbc.SQLServerStatement.executeQuery(SQLServerStatement.java:708)",
          "\tat gov.cdc.nedss.report.dao.ReportDAOImpl.runDataMartQuery(ReportDAOImpl.java:233)"]),
        ("java.lang.IllegalStateException: Page metadata not found for form PG_Generic_V2_Investigation",
         ["\tat gov.cdc.nedss.webapp.nbs.action.page.util.PageLoadUtil.loadQuestions(PageLoadUtil.java:1508)",
          "\tat gov.cdc.nedss.webapp.nbs.action.page.PageAction.createLoad(PageAction.java:377)",
          "\tat io.undertow.servlet.handlers.ServletHandler.handleRequest(ServletHandler.java:74)"]),
        ("javax.ejb.EJBTransactionRolledbackException: Transaction rolled back",
         ["\tat org.jboss.as.ejb3.tx.CMTTxInterceptor.handleEndTransactionException(CMTTxInterceptor.java:129)",
          "\tat gov.cdc.nedss.nnd.ejb.NNDMessageProcessor.processBatch(NNDMessageProcessor.java:211)",
          "\tat java.base/java.lang.Thread.run(Thread.java:840)"]),
    ])
    head = Line("nbs_wildfly", wf(t, "ERROR", rng.choice(["stdout", "gov.cdc.nedss.util.LogUtils"]), thr), exc)
    n = rng.randint(1, 3)
    out = [head] + [Line("java_stack", f) for f in frames[:n]] + [Line("java_stack", f"\t... {rng.randint(40, 90)} more")]
    return out


def g_airflow():
    out = []
    dag = rng.choice(["public_dashboard_weekly", "public_dashboard_daily_resp", "wastewater_dashboard_refresh"])
    task = rng.choice(["aggregate_county_counts", "apply_small_cell_suppression", "publish_to_s3", "compute_rates"])
    for _ in range(rng.randint(1, 3)):
        t = CLK.tick(1, 25)
        cty = rng.choice(CITIES)[1]
        cond = rng.choice(["Pertussis", "Salmonellosis", "Hepatitis A", "Measles", "Chlamydia", "Syphilis", "Campylobacteriosis"])
        msgs = [
            f"{{taskinstance.py:1157}} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: {dag}.{task} scheduled__2024-03-13T09:00:00+00:00 [queued]>",
            f"{{taskinstance.py:1359}} INFO - Starting attempt {rng.randint(1, 2)} of 3",
            f"{{dashboard_agg.py:{rng.randint(100, 400)}}} INFO - county={cty} mmwr_week=2024-{rng.randint(8, 10):02d} condition={cond} cases={rng.randint(0, 40)} rate_per_100k={rng.uniform(0, 12):.2f}",
            f"{{dashboard_agg.py:211}} INFO - Wrote {rng.randint(800, 4000):,} rows to s3://doh-public-dashboard/weekly/2024-W{rng.randint(8, 10):02d}/county_condition_counts.parquet (suppressed {rng.randint(5, 80)} cells n<11)",
            f"{{suppression.py:58}} INFO - complementary suppression pass {rng.randint(1, 3)}: {rng.randint(0, 20)} additional cells masked in {cty} row",
            f"{{base.py:73}} INFO - Using connection ID 'nbs_rdb_readonly' for task execution.",
            f"{{sql.py:418}} INFO - Running statement: SELECT county_fips, mmwr_week, condition_cd, count(*) AS cases FROM rdb.dbo.case_lab_datamart WHERE mmwr_year = 2024 GROUP BY 1,2,3, parameters: None",
            f"{{taskinstance.py:1400}} INFO - Marking task as SUCCESS. dag_id={dag}, task_id={task}, execution_date=20240313T090000, start_date=20240314T{(t + UTC_OFF):%H%M%S}, end_date=20240314T{(t + UTC_OFF + dt.timedelta(seconds=40)):%H%M%S}",
            f"{{local_task_job_runner.py:228}} INFO - Task exited with return code 0",
            f"{{dashboard_agg.py:301}} WARNING - zip3 {rng.choice(['988', '989', '993', '986'])} population < 20000; collapsing into 'Other' per DOH small-numbers standard",
            f"{{cloudfront.py:44}} INFO - Created invalidation I{rng.getrandbits(48):012X} for /data/* on distribution E2{rng.getrandbits(40):010X}",
        ]
        out.append(Line("airflow", ts_airflow(t), " ", rng.choice(msgs)))
    return out


def g_nginx_noise():
    t = CLK.tick(0, 10)
    ip = rng.choice([f"198.51.100.{rng.randint(1, 254)}", f"203.0.113.{rng.randint(1, 254)}", f"10.40.{rng.randint(1, 30)}.{rng.randint(2, 250)}"])
    path = rng.choice(["/api/v1/dashboard/counties?week=2024-W10", "/data/weekly/2024-W10/county_condition_counts.json",
                       "/healthz", "/static/js/main.4f9a1c2e.js", "/api/v1/dashboard/conditions", "/favicon.ico",
                       "/data/wastewater/sites.geojson", "/robots.txt"])
    code = 200 if path != "/favicon.ico" else 404
    size = {"/robots.txt": 67, "/healthz": 2, "/favicon.ico": 153}.get(path, rng.randint(900, 90000))
    ua = rng.choice(["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
                     "kube-probe/1.28", "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)", "curl/8.4.0"])
    return [Line("nginx_access", f"{ip} - - [{ts_nginx(t)}] \"GET {path} HTTP/1.1\" {code} {size} \"-\" \"{ua}\" rt={rng.uniform(0.001, 0.3):.3f} uct=\"0.000\" upstream=10.40.8.{rng.randint(10, 30)}:8080")]


def g_uvicorn():
    t = CLK.tick()
    ep = rng.choice(["/api/v1/dashboard/counties?week=2024-W10", "/api/v1/dashboard/conditions", "/api/v1/dashboard/trend?condition=pertussis&geo=state",
                     "/healthz", "/api/v1/dashboard/wastewater?site=KC-WP-01"])
    return [Line("uvicorn", f"{ts_java(t)} INFO:     10.40.8.{rng.randint(10, 30)}:{rng.randint(30000, 65000)} - \"GET {ep} HTTP/1.1\" {rng.choice(['200 OK', '200 OK', '304 Not Modified'])}")]


def g_sshd():
    t = CLK.tick()
    pid = rng.randint(10000, 40000)
    user = rng.choice(["elr_quest", "elr_labcorp", "elr_yvmh", "ps_export", "rdb_etl"])
    msgs = [
        f"doh-sftp01 sshd[{pid}]: Accepted publickey for {user} from 10.60.{rng.randint(1, 9)}.{rng.randint(2, 250)} port {rng.randint(30000, 65000)} ssh2: RSA SHA256:{base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()[:43]}",
        f"doh-sftp01 sftp-server[{pid}]: close \"/inbound/{user.split('_')[1]}/ELR_{t:%Y%m%d_%H%M}.hl7\" bytes read 0 written {rng.randint(2000, 900000)}",
        f"doh-sftp01 sftp-server[{pid}]: session closed for local user {user} from [10.60.{rng.randint(1, 9)}.{rng.randint(2, 250)}]",
        f"doh-sftp01 sshd[{pid}]: Disconnected from authenticating user root 203.0.113.{rng.randint(1, 254)} port {rng.randint(30000, 65000)} [preauth]",
        f"doh-sftp01 sshd[{pid}]: pam_unix(sshd:session): session opened for user {user}(uid={rng.randint(1001, 1040)}) by (uid=0)",
        f"doh-sftp01 CRON[{pid}]: (rdb_etl) CMD (/opt/etl/bin/sweep_inbound.sh --older-than 14d >> /var/log/etl/sweep.log 2>&1)",
    ]
    return [Line("sshd_syslog", f"{ts_syslog(t)} ", rng.choice(msgs))]


def g_gc():
    t = CLK.tick()
    n = rng.randint(1000, 9000)
    a, b = rng.randint(600, 1900), rng.randint(150, 500)
    return [Line("jvm_gc", f"[{ts_isooff(t).replace('.', '.', 1)}][info][gc] GC({n}) Pause Young (Normal) (G1 Evacuation Pause) {a}M->{b}M(2048M) {rng.uniform(3, 60):.3f}ms")]


def g_k8s():
    t = CLK.tick()
    pod = rng.choice(["elr-ingest-7c9d6f5b8-x2kqp", "data-processing-service-5f7b9c-mt4zr", "dashboard-api-6d8c7-pq9wn", "linkage-worker-84f6d-2bq7c"])
    msgs = [
        f"{ts_isoz(t)} kubelet Readiness probe failed: Get \"http://10.244.{rng.randint(0, 9)}.{rng.randint(2, 250)}:8080/actuator/health/readiness\": context deadline exceeded pod={pod}",
        f"{ts_isoz(t)} kubelet Pulled container image \"registry.doh.wa.gov/surveillance/{pod.rsplit('-', 2)[0]}:{rng.randint(1, 3)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}\" in {rng.uniform(0.5, 9):.3f}s",
        f"{ts_isoz(t)} horizontal-pod-autoscaler New size: {rng.randint(2, 8)}; reason: cpu resource utilization (percentage of request) above target deployment={pod.rsplit('-', 2)[0]}",
        f"{ts_isoz(t)} default-scheduler Successfully assigned surveillance/{pod} to aks-nodepool1-{rng.randint(10000000, 99999999)}-vmss00000{rng.randint(0, 9)}",
        f"{ts_isoz(t)} kubelet Back-off restarting failed container linkage-worker in pod {pod} (exit 137 OOMKilled)",
    ]
    return [Line("k8s_event", rng.choice(msgs))]


def g_postfix():
    t = CLK.tick()
    qid = f"{rng.getrandbits(44):011X}"
    st = rng.choice(STAFF)
    msgs = [
        f"doh-mail02 postfix/smtp[{rng.randint(1000, 9999)}]: {qid}: to=<{st[0].lower()}.{st[1].lower()}@doh.wa.gov>, relay=mail.protection.outlook.com[52.101.{rng.randint(1, 200)}.{rng.randint(1, 250)}]:25, delay={rng.uniform(0.2, 3):.1f}, dsn=2.6.0, status=sent (250 2.6.0 Queued mail for delivery)",
        f"doh-mail02 postfix/qmgr[{rng.randint(1000, 9999)}]: {qid}: from=<nbs-noreply@doh.wa.gov>, size={rng.randint(2000, 20000)}, nrcpt=1 (queue active)",
        f"doh-mail02 postfix/cleanup[{rng.randint(1000, 9999)}]: {qid}: message-id=<{rng.getrandbits(64):x}.nbs-alert@doh.wa.gov>",
    ]
    return [Line("postfix", f"{ts_syslog(t)} ", rng.choice(msgs))]


def g_sqlagent():
    t = CLK.tick()
    job = rng.choice(["RDB_MasterEtl", "NBS_ODSE_Index_Maintenance", "Dedup_Candidate_Refresh", "NBS_MSGOUTE_Purge_30d"])
    msgs = [
        f"{ts_dot(t)} SQLAgent Job '{job}' step {rng.randint(1, 6)} succeeded. Duration {rng.randint(0, 2)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}, rows affected {rng.randint(0, 250000)}",
        f"{ts_dot(t)} SQLAgent Job '{job}' step 2 failed: Msg 1205, Level 13, State 51, Procedure sp_nbs_batch_complete, Line {rng.randint(40, 900)}. Deadlock victim; retry 1 of 3 scheduled",
        f"{ts_dot(t)} spid{rng.randint(50, 200)} Autogrow of file 'RDB_log' in database 'RDB' took {rng.randint(1000, 40000)} milliseconds. Consider using ALTER DATABASE to set a smaller FILEGROWTH",
        f"{ts_dot(t)} Backup  Log was backed up. Database: NBS_ODSE, creation date(time): 2019/08/22(11:40:17), first LSN: {rng.randint(10**5, 10**6)}:{rng.randint(1000, 9999)}:1, last LSN: {rng.randint(10**5, 10**6)}:{rng.randint(1000, 9999)}:1, number of dump devices: 1",
    ]
    return [Line("sqlserver_errorlog", rng.choice(msgs))]


def g_audit_noise():
    out = []
    if rng.random() < 0.3:
        out.append(Line("nbs_audit_csv", AUDIT_HDR))
    for _ in range(rng.randint(1, 2)):
        t = CLK.tick(1, 15)
        st = rng.choice(STAFF)
        ip = f"10.40.{rng.randint(1, 30)}.{rng.randint(2, 250)}"
        ev = rng.choice([f"LOGIN,{ts_dot(t)},{st[2]},{ip},,,,",
                         f"LOGOUT,{ts_dot(t)},{st[2]},{ip},,,,\"reason=timeout\"",
                         f"EXPORT_LINELIST,{ts_dot(t)},{st[2]},{ip},OUTBREAK,,,\"ob=WA-2024-SAL-017;rows={rng.randint(10, 90)};fmt=xlsx\"",
                         f"RUN_REPORT,{ts_dot(t)},{st[2]},{ip},REPORT,{rng.randint(1000, 1300)},,\"name=Weekly Reportable Conditions by LHJ\"",
                         f"VIEW_QUEUE,{ts_dot(t)},{st[2]},{ip},QUEUE,,,\"queue=Open Investigations;jurisdiction=Yakima\""])
        out.append(Line("nbs_audit_csv", f"{rng.randint(8800000, 8999999)},{ev}"))
    return out


def g_ps_noise():
    t = CLK.tick()
    msgs = [
        f'msg="daily FR aging report" open={rng.randint(100, 300)} overdue_7d={rng.randint(10, 60)} overdue_14d={rng.randint(0, 20)} dis_units=6',
        f'msg="partner added" op_case=<redacted-in-export> partner_seq={rng.randint(1, 5)} name=<anonymous> locating=none dispo=G',
        f'msg="sync to STD*MIS-compatible export complete" rows={rng.randint(200, 900)} file=ps_export_{t:%Y%m%d}.csv sha256={rng.getrandbits(256):064x}',
        f'msg="SMS reminder batch" sent={rng.randint(10, 80)} failed={rng.randint(0, 4)} provider=twilio sid=SM{rng.getrandbits(128):032x}',
        f'msg="lookup table refreshed" table=disposition_codes rows=14 version=2024.1',
    ]
    lvl = rng.choice(["info", "info", "warn"])
    return [Line("ps_logfmt", f"ts={ts_isoz(t)} level={lvl} svc=ps-fieldrecords ", rng.choice(msgs))]


def g_dedup_noise():
    t = CLK.tick()
    run = f"MPI-{t:%Y%m%d}-0200"
    msgs = [
        f"[mpi-dedup] run={run} blocking=soundex(last)+dob_year pairs={rng.randint(900000, 1500000):,} candidates={rng.randint(5000, 15000):,} auto_merge(>=0.95)={rng.randint(100, 300)} manual_review(0.80-0.95)={rng.randint(40, 140)} elapsed=00:{rng.randint(20, 59)}:{rng.randint(0, 59):02d}",
        f"[mpi-dedup] run={run} EM converged after {rng.randint(6, 25)} iterations (m_dob={rng.uniform(0.9, 0.99):.3f}, u_dob={rng.uniform(0.0001, 0.001):.5f}, lambda={rng.uniform(0.00001, 0.0002):.6f})",
        f"[mpi-dedup] run={run} merged {rng.randint(100, 300)} person records; superseded local_ids written to dedup_audit.csv (sha1 {rng.getrandbits(160):040x})",
        f"[mpi-dedup] run={run} WARN skipped {rng.randint(1, 30)} pairs with NULL dob on both sides (policy D-7)",
        f"[linkage] splink 3.9.12 duckdb backend: predict() threshold_match_probability=0.8 returned {rng.randint(1000, 9000)} rows in {rng.uniform(2, 40):.1f}s",
    ]
    return [Line("mpi_dedup", f"{ts_dot(t)} ", rng.choice(msgs))]


def g_ct_noise():
    t = CLK.tick()
    msgs = [
        f"[{ts_dot(t)}] CT-APP sms-gateway delivered {rng.randint(20, 200)} monitoring reminders (failed {rng.randint(0, 9)}, opt-out {rng.randint(0, 3)})",
        f"[{ts_dot(t)}] CT-APP assignment job: {rng.randint(5, 60)} new contacts distributed to {rng.randint(3, 12)} investigators (round-robin, language-matched)",
        f"[{ts_dot(t)}] CT-APP export to NBS complete: {rng.randint(10, 90)} contact records, 0 errors, batch {rng.getrandbits(32):08x}",
        f"[{ts_dot(t)}] CT-APP WARN interpreter vendor API latency {rng.randint(2000, 9000)} ms (CyraCom), falling back to LanguageLine",
    ]
    return [Line("ct_note", rng.choice(msgs))]


# ----------------------------------------------------------------------------- assembly

PHI_GENS = [(1.1, g_hl7_raw), (2.2, g_hl7_escaped), (1.3, g_hl7_json), (4.0, g_rhapsody_phi), (5.0, g_nbs_phi),
            (2.5, g_audit_phi), (8.0, g_ct_note), (2.5, g_ct_json), (5.0, g_ps), (0.5, g_linelist_csv), (0.45, g_linelist_tsv),
            (3.0, g_dedup_phi), (1.8, g_survey), (1.2, g_vdot), (1.2, g_selftest), (1.5, g_notify_phi), (1.5, g_billing_phi)]
NOISE_GENS = [(5.0, g_rhapsody_noise), (1.5, g_hl7_ack), (5.0, g_nbs_noise), (0.8, g_java_stack), (4.0, g_airflow),
              (3.0, g_nginx_noise), (2.5, g_sshd), (1.8, g_gc), (2.0, g_k8s), (1.5, g_postfix), (1.2, g_uvicorn), (1.6, g_sqlagent),
              (2.0, g_audit_noise), (1.5, g_ps_noise), (2.0, g_dedup_noise), (1.5, g_ct_noise)]


def pick(gens):
    return rng.choices([g for _, g in gens], [w for w, _ in gens])[0]


def build():
    lines = []
    used = set()
    while len(lines) < N_LINES:
        remaining = N_LINES - len(lines)
        phi = sum(1 for ln in lines if ln.spans)
        gens = PHI_GENS if phi < 0.45 * (len(lines) + 1) else NOISE_GENS
        unused = [x for x in gens if x[1] not in used]
        gen = pick(unused) if unused and rng.random() < 0.2 else pick(gens)
        blk = gen()
        if len(blk) > remaining:
            continue
        used.add(gen)
        lines.extend(blk)
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    log_out, lab_out = [], []
    for i, ln in enumerate(lines, 1):
        b = bytes(ln.buf)
        txt = b.decode("utf-8")
        assert txt and "\n" not in txt and "\r" not in txt, (i, txt)
        spans = []
        last_e = -1
        for s, e, cat, val in sorted(ln.spans):
            assert b[s:e] == val.encode("utf-8"), (i, val)
            assert s >= last_e, (i, "overlap")
            assert e > s
            last_e = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out))


if __name__ == "__main__":
    main()
