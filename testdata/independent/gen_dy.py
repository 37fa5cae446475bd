#!/usr/bin/env python3
"""Deterministic generator for the 'dy' PHI test corpus.

Theme: hospital cancer registry + tumor board program (case finding from
pathology HL7 ORU and billing feeds, abstracting software, NAACCR XML and
fixed-width exports, EDITS failures, state central registry submissions,
follow-up letters, death-index linkage, tumor board scheduling, team tools).

Writes dy.log and dy.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dtm
import json
import os
import random
import unicodedata

random.seed(20240418)
R = random

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "dy"
N_LINES = 500


# ----------------------------------------------------------------------------
# line builder: concatenation with recorded byte offsets
# ----------------------------------------------------------------------------
class PHI:
    __slots__ = ("s", "cat")

    def __init__(self, s, cat):
        assert s, "empty PHI value"
        self.s = s
        self.cat = cat


class Parts(list):
    """list of (text, cat-or-None) used inside a JSON string or embedded text"""


class Obj(list):
    """ordered list of (key, value) pairs for JSON objects"""


class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []

    def t(self, s):
        if s:
            self.parts.append((s, None))
        return self

    def p(self, s, cat):
        assert s, "empty PHI value"
        self.parts.append((s, cat))
        return self

    def add(self, parts, esc=None):
        for s, c in parts:
            s2 = esc(s) if esc else s
            if c:
                self.p(s2, c)
            else:
                self.t(s2)
        return self

    def render(self):
        buf = bytearray()
        spans = []
        for s, c in self.parts:
            b = s.encode("utf-8")
            if c:
                spans.append((len(buf), len(buf) + len(b), c, b))
            buf += b
        data = bytes(buf)
        assert b"\n" not in data and b"\r" not in data, data[:200]
        assert len(data) <= 4000, len(data)
        last = 0
        for s, e, c, b in spans:
            assert data[s:e] == b, (data[s:e], b)
            assert s >= last
            last = e
        return data, [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]

    def has_phi(self):
        return any(c for _, c in self.parts)


def T(s):
    return (s, None)


def P(s, cat):
    assert s
    return (s, cat)


def jesc(s, ascii_only=False):
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def jval(L, v, ascii_only, sep, kv):
    if v is None:
        L.t("null")
    elif isinstance(v, bool):
        L.t("true" if v else "false")
    elif isinstance(v, (int, float)):
        L.t(json.dumps(v))
    elif isinstance(v, str):
        L.t('"' + jesc(v, ascii_only) + '"')
    elif isinstance(v, PHI) and v.s.isdigit() and v.cat == "age":
        L.p(v.s, v.cat)
    elif isinstance(v, PHI):
        L.t('"').p(jesc(v.s, ascii_only), v.cat).t('"')
    elif isinstance(v, Parts):
        L.t('"')
        L.add(v, esc=lambda x: jesc(x, ascii_only))
        L.t('"')
    elif isinstance(v, Obj):
        jobj(L, v, ascii_only, sep, kv)
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(sep)
            jval(L, x, ascii_only, sep, kv)
        L.t("]")
    else:
        raise TypeError(v)


def jobj(L, pairs, ascii_only=False, sep=", ", kv=": "):
    L.t("{")
    for i, (k, v) in enumerate(pairs):
        if i:
            L.t(sep)
        L.t(json.dumps(k) + kv)
        jval(L, v, ascii_only, sep, kv)
    L.t("}")
    return L


# ----------------------------------------------------------------------------
# check-digit helpers
# ----------------------------------------------------------------------------
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


def make_npi():
    body = R.choice("12") + "".join(R.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def make_imei():
    body = R.choice(["35", "35", "86", "01"]) + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


def make_card():
    body = "4" + "".join(R.choice("0123456789") for _ in range(14))
    return body + luhn_digit(body)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
MBI_ALNUM = MBI_ALPHA + "0123456789"


def make_mbi():
    d = "0123456789"
    pat = [
        "123456789", MBI_ALPHA, MBI_ALNUM, d, MBI_ALPHA, MBI_ALNUM,
        d, MBI_ALPHA, MBI_ALPHA, d, d,
    ]
    return "".join(R.choice(x) for x in pat)


VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def make_vin():
    wmi = R.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "1G1", "JTD", "KMH", "WBA"])
    vds = "".join(R.choice(VIN_CH) for _ in range(5))
    year = R.choice("BCDEFGHJKLMNP")
    rest = "".join(R.choice(VIN_CH) for _ in range(1)) + "".join(R.choice("0123456789") for _ in range(6))
    v = list(wmi + vds + "0" + year + rest)
    s = 0
    for i, ch in enumerate(v):
        val = int(ch) if ch.isdigit() else VIN_TR[ch]
        s += val * VIN_W[i]
    r = s % 11
    v[8] = "X" if r == 10 else str(r)
    vin = "".join(v)
    assert len(vin) == 17
    return vin


def gtin14():
    body = "0" + "0" + "".join(R.choice("0123456789") for _ in range(11))
    s = 0
    for i, ch in enumerate(reversed(body)):
        s += int(ch) * (3 if i % 2 == 0 else 1)
    return body + str((10 - s % 10) % 10)


def make_dea(last_initial):
    first = R.choice("ABFM")
    d = [R.randint(0, 9) for _ in range(6)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return first + last_initial + "".join(map(str, d)) + str(chk)


def make_ssn():
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return "%03d%02d%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


def dash_ssn(s):
    return s[:3] + "-" + s[3:5] + "-" + s[5:]


def b64(n):
    return base64.b64encode(bytes(R.randint(0, 255) for _ in range(n))).decode()


def fold(s):
    for a, b in (("ł", "l"), ("Ł", "L"), ("ø", "o"), ("Ø", "O"), ("đ", "d"), ("ß", "ss")):
        s = s.replace(a, b)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# ----------------------------------------------------------------------------
# staff, facility, look-alikes
# ----------------------------------------------------------------------------
FACILITY = "Lakeshore Regional Medical Center"
FAC_ID = "0006011234"
FAC_NPI = make_npi()
FAC_ADDR = "1400 Harbor View Blvd, Chicago IL 60611"
REG_PHONE = "(312) 555-0100"
REG_FAX = "(312) 555-0109"

REGISTRARS = [
    ("Marisol", "Quintero", "mquintero"),
    ("Dev", "Raghunathan", "draghunathan"),
    ("Aoife", "Brennan", "abrennan"),
    ("Tomasz", "Wiśniewski", "twisniewski"),
    ("Keisha", "Liddell", "kliddell"),
]
PHYS = [
    ("Kwame", "Asante", "Thoracic Oncology", "THOR"),
    ("Ingrid", "Solberg", "Pathology", "PATH"),
    ("Hiroshi", "Tanabe", "Radiation Oncology", "RADONC"),
    ("Priya", "Venkataraman", "Breast Surgery", "BRST"),
    ("Gabriel", "Oyelowo-Marsh", "GI Oncology", "GI"),
    ("Sunniva", "Eriksen", "Urology", "GU"),
    ("Rafael", "Domínguez", "Dermatology", "MEL"),
    ("Lucía", "Ferrer", "Medical Oncology", "HN"),
]
PHYS_NPI = {ph[1]: make_npi() for ph in PHYS}
PHYS_DEA = {ph[1]: make_dea(ph[1][0]) for ph in PHYS}
PHYS_FAX = {ph[1]: "(312) 926-%04d" % R.randint(4000, 4999) for ph in PHYS}

# ----------------------------------------------------------------------------
# patients
# ----------------------------------------------------------------------------
FIRST_F = ["Anna", "Mei-Ling", "Siobhán", "Priyanka", "Zofia", "Leilani", "Fatima", "Ngozi", "Ragnhild",
           "Consuelo", "Marguerite", "Esperanza", "Inês", "Yetunde", "Thu Trang", "Halima", "Dagny", "Noor"]
FIRST_M = ["Oluwaseun", "José", "Björn", "Dmitri", "Thanh", "Kofi", "Mateo", "Haruto", "Yusuf", "Ezequiel",
           "Władysław", "Tariq", "Chidi", "Lars", "Rafael", "Arjun", "Emeka", "Søren"]
LAST = ["Kowalczyk", "Okonkwo", "Nguyễn", "Fernández", "Lindqvist", "Al-Sayed", "Brennan-Ruiz", "Haddad",
        "Takahashi", "Castellanos", "O'Donoghue", "Pérez", "Achterberg", "Ramaswamy", "Delacroix", "Oyelaran",
        "Szabó", "Whitfield", "Abernathy", "Moreau", "Kealoha", "Bergström", "Demir", "Varga", "Quispe",
        "Zieliński", "Mensah", "Holloway", "Søndergaard", "Villanueva"]
MIDDLES = ["A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "S", "T", "Marie", "José", "Lee", "Anh"]

PLACES = [
    ("Chicago", "Cook", "IL", ["60614", "60625", "60641", "60647", "60618", "60659"], ["773", "312"]),
    ("Evanston", "Cook", "IL", ["60201", "60202"], ["847"]),
    ("Skokie", "Cook", "IL", ["60076", "60077"], ["847"]),
    ("Oak Park", "Cook", "IL", ["60302", "60304"], ["708"]),
    ("Waukegan", "Lake", "IL", ["60085", "60087"], ["847", "224"]),
    ("Naperville", "DuPage", "IL", ["60540", "60563"], ["630", "331"]),
    ("Joliet", "Will", "IL", ["60435", "60436"], ["815", "779"]),
    ("Des Plaines", "Cook", "IL", ["60016", "60018"], ["847"]),
    ("Kenosha", "Kenosha", "WI", ["53140", "53144"], ["262"]),
    ("Hammond", "Lake", "IN", ["46320", "46324"], ["219"]),
    ("Aurora", "Kane", "IL", ["60505", "60506"], ["630"]),
    ("Berwyn", "Cook", "IL", ["60402"], ["708"]),
]
STREETS = ["W Belmont Ave", "N Ashland Ave", "Sheridan Rd", "N Lincoln Ave", "S Kedzie Ave", "Dempster St",
           "S Harlem Ave", "W Washington St", "Ogden Ave", "Green Bay Rd", "N Milwaukee Ave", "W Devon Ave",
           "Lake St", "Grand Ave", "Ridge Ave", "W Chicago Ave", "Oakton St", "Sheridan Rd", "E 75th St",
           "Kenilworth Ave", "Roosevelt Rd"]
UNITS = ["", "", "", " Apt 3B", " Unit 204", " Apt 1", " #2F", " Apt 12C"]

SITES = [
    # primarySite, histology, behavior, laterality, text, dx text, board, ICD-10
    ("C341", "8140", "3", "1", "Lung, upper lobe", "INVASIVE ADENOCARCINOMA, ACINAR PREDOMINANT", "THOR", "C34.11"),
    ("C343", "8070", "3", "2", "Lung, lower lobe", "SQUAMOUS CELL CARCINOMA, KERATINIZING", "THOR", "C34.32"),
    ("C504", "8500", "3", "2", "Breast, UOQ", "INFILTRATING DUCT CARCINOMA, NOTTINGHAM GRADE 2", "BRST", "C50.412"),
    ("C508", "8520", "3", "1", "Breast, overlapping", "INVASIVE LOBULAR CARCINOMA, CLASSIC TYPE", "BRST", "C50.811"),
    ("C187", "8140", "3", "0", "Sigmoid colon", "ADENOCARCINOMA, MODERATELY DIFFERENTIATED", "GI", "C18.7"),
    ("C209", "8140", "3", "0", "Rectum", "ADENOCARCINOMA WITH MUCINOUS FEATURES", "GI", "C20"),
    ("C250", "8500", "3", "0", "Pancreas, head", "DUCTAL ADENOCARCINOMA, POORLY DIFFERENTIATED", "GI", "C25.0"),
    ("C619", "8140", "3", "0", "Prostate", "ACINAR ADENOCARCINOMA, GLEASON 4+3=7", "GU", "C61"),
    ("C679", "8120", "3", "0", "Bladder", "INVASIVE UROTHELIAL CARCINOMA, HIGH GRADE", "GU", "C67.9"),
    ("C443", "8721", "3", "0", "Skin of face", "NODULAR MELANOMA, BRESLOW 2.4 MM", "MEL", "C43.3"),
    ("C649", "8310", "3", "1", "Kidney", "CLEAR CELL RENAL CELL CARCINOMA, WHO/ISUP GRADE 3", "GU", "C64.1"),
    ("C739", "8260", "3", "0", "Thyroid", "PAPILLARY THYROID CARCINOMA, CLASSIC VARIANT", "HN", "C73"),
]
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "hotmail.com"]
PROCS = {"THOR": ["LOBECTOMY", "WEDGE RESECTION", "CORE BIOPSY"], "BRST": ["LUMPECTOMY", "CORE NEEDLE BIOPSY", "MASTECTOMY"],
         "GI": ["RESECTION", "ENDOSCOPIC BIOPSY", "WHIPPLE RESECTION"], "GU": ["NEEDLE BIOPSY", "TURBT", "NEPHRECTOMY", "RADICAL PROSTATECTOMY"],
         "MEL": ["WIDE LOCAL EXCISION", "PUNCH BIOPSY"], "HN": ["TOTAL THYROIDECTOMY", "FNA"]}
SCHEMA = {"C341": "lung", "C343": "lung", "C504": "breast", "C508": "breast", "C187": "colon_rectum", "C209": "colon_rectum",
          "C250": "pancreas", "C619": "prostate", "C679": "urinary_bladder", "C443": "melanoma_skin", "C649": "kidney_parenchyma", "C739": "thyroid"}
RECS = {"THOR": ["SBRT 50 Gy/5 fx, refer to Rad Onc (Tanabe)", "adjuvant cisplatin/pemetrexed x4", "osimertinib if EGFR+"],
        "BRST": ["sentinel node biopsy then AI therapy", "Oncotype DX on core, then decide chemo", "whole-breast RT 40 Gy/15"],
        "GI": ["adjuvant FOLFOX x 6 mo", "TNT: FOLFIRINOX then chemoRT", "restaging CT in 8 wks"],
        "GU": ["active surveillance, PSA q6mo", "neoadjuvant ddMVAC then cystectomy", "partial nephrectomy"],
        "MEL": ["WLE 2 cm margins + SLNB", "adjuvant pembrolizumab x 1 yr"],
        "HN": ["RAI ablation 100 mCi", "TSH suppression, US in 6 mo"]}
RELS = ["daughter", "son", "spouse", "wife", "husband", "niece", "brother", "sister", "grandson"]


def rdate(a, b):
    d0 = dtm.date(*a)
    d1 = dtm.date(*b)
    return d0 + dtm.timedelta(days=R.randint(0, (d1 - d0).days))


def pub_ip():
    first = R.choice([73, 98, 24, 67, 71, 76, 108, 174, 99, 162, 50, 107])
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


class Patient:
    pass


def make_patient(i, old=False):
    p = Patient()
    p.sex = "F" if i % 2 == 0 else "M"
    if i % 7 == 3:
        p.sex = "M" if p.sex == "F" else "F"
    p.first = R.choice(FIRST_F if p.sex == "F" else FIRST_M)
    p.last = LAST[i]
    p.middle = R.choice(MIDDLES) if R.random() < 0.8 else ""
    p.maiden = R.choice([x for x in LAST if x != p.last]) if p.sex == "F" and R.random() < 0.5 else ""
    p.site = SITES[i % len(SITES)]
    if p.site[6] == "BRST":
        p.sex = "F"
        p.first = R.choice(FIRST_F)
    if p.site[0] == "C619":
        p.sex = "M"
        p.first = R.choice(FIRST_M)
        p.maiden = ""
    p.dxdate = rdate((2023, 9, 1), (2024, 3, 20))
    age = R.randint(90, 96) if old else R.randint(38, 88)
    p.dob = rdate((p.dxdate.year - age - 1, p.dxdate.month, 1), (p.dxdate.year - age, p.dxdate.month, 1))
    p.age_dx = p.dxdate.year - p.dob.year - ((p.dxdate.month, p.dxdate.day) < (p.dob.month, p.dob.day))
    ref = dtm.date(2024, 4, 10)
    p.age_now = ref.year - p.dob.year - ((ref.month, ref.day) < (p.dob.month, p.dob.day))
    p.colldate = p.dxdate
    p.admit = p.dxdate + dtm.timedelta(days=R.randint(0, 20))
    p.lastcontact = rdate((2024, 2, 1), (2024, 3, 30))
    p.ssn = make_ssn()
    p.mrn = "%08d" % R.randint(1000000, 19999999)
    p.pid = "%08d" % R.randint(10000, 99999)
    p.acc = "2024%05d" % R.randint(100, 1600)
    p.seq = R.choice(["00", "00", "00", "01", "02"])
    p.pathacc = "S24-%06d" % R.randint(1000, 19999)
    p.har = "70%08d" % R.randint(0, 99999999)
    place = PLACES[i % len(PLACES)]
    p.city, p.county, p.state, zips, acs = place
    p.zip = R.choice(zips)
    p.zip4 = "%04d" % R.randint(1000, 9999)
    p.street = "%d %s%s" % (R.randint(12, 9850), R.choice(STREETS), R.choice(UNITS))
    p.phone_ac = R.choice(acs)
    p.phone_ln = "01%02d" % R.randint(10, 99)
    p.phone = "(%s) 555-%s" % (p.phone_ac, p.phone_ln)
    p.email = "%s.%s%s@%s" % (fold(p.first).lower().replace(" ", ""), fold(p.last).lower().replace("'", ""),
                              R.choice(["", str(p.dob.year % 100), str(R.randint(1, 99))]), R.choice(EMAIL_DOMAINS))
    if old or R.random() < 0.45:
        p.payer = "MCR"
        p.plan_id = make_mbi()
    elif R.random() < 0.5:
        p.payer = "BCBS"
        p.plan_id = R.choice(["XOF", "XHB", "ZGP", "YRX"]) + "%09d" % R.randint(0, 999999999)
    else:
        p.payer = "MCD"
        p.plan_id = "%09d" % R.randint(100000000, 999999999)
    p.group = "%05d%s" % (R.randint(100, 99999), R.choice(["", "L", "M"]))
    p.rel = R.choice(RELS)
    p.con_first = R.choice(FIRST_F + FIRST_M)
    p.con_last = p.last if R.random() < 0.6 else R.choice(LAST)
    p.con_phone = "(%s) 555-01%02d" % (R.choice(acs), R.randint(10, 99))
    p.dead = R.random() < 0.3 or old and R.random() < 0.5
    p.dod = rdate((2024, 2, 15), (2024, 3, 31)) if p.dead else None
    p.certno = "2024%06d" % R.randint(0, 999999)
    p.ip = pub_ip()
    p.imei = make_imei()
    p.dl = fold(p.last)[0].upper() + "%03d-%04d-%04d" % (R.randint(0, 999), R.randint(0, 9999), R.randint(0, 9999))
    p.plate = R.choice(["%s%s %d" % (R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(10000, 99999)),
                        "%d %d" % (R.randint(100, 999), R.randint(100, 999))])
    p.vin = make_vin()
    p.board = p.site[6]
    p.phys = [ph for ph in PHYS if ph[3] == p.board] or [PHYS[7]]
    p.phys = p.phys[0]
    p.cardno = make_card()
    return p


OLD_IDX = {0, 4, 14, 21, 23}
PATIENTS = [make_patient(i, old=(i in OLD_IDX)) for i in range(26)]
for _p in PATIENTS:
    assert luhn_ok(_p.imei) and luhn_ok(_p.cardno)


def pick():
    return R.choice(PATIENTS)


def pick_dead():
    return R.choice([x for x in PATIENTS if x.dead])


# ----------------------------------------------------------------------------
# clock and timestamp formats
# ----------------------------------------------------------------------------
CLOCK = [dtm.datetime(2024, 4, 1, 1, 12, 7, 118000)]


def tick(a=1, b=90):
    CLOCK[0] += dtm.timedelta(seconds=R.randint(a, b), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def ms(c):
    return "%03d" % (c.microsecond // 1000)


def ts_comma(c):
    return c.strftime("%Y-%m-%d %H:%M:%S,") + ms(c)


def ts_dot(c):
    return c.strftime("%Y-%m-%d %H:%M:%S.") + ms(c)


def ts_iso_local(c):
    return c.strftime("%Y-%m-%dT%H:%M:%S.") + ms(c) + "-05:00"


def ts_z(c):
    u = c + dtm.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def ts_clf(c):
    return c.strftime("%d/%b/%Y:%H:%M:%S -0500")


def ts_syslog(c):
    return c.strftime("%b ") + ("%2d" % c.day) + c.strftime(" %H:%M:%S")


def d8(d):
    return d.strftime("%Y%m%d")


def diso(d):
    return d.strftime("%Y-%m-%d")


def dus(d):
    return d.strftime("%m/%d/%Y")


def dlong(d):
    return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")


def ddmy(d):
    return d.strftime("%d-%b-%Y")


# ----------------------------------------------------------------------------
# blocks
# ----------------------------------------------------------------------------
def mirth_prefix(L, level, c, thread, cls):
    L.t("%-5s %s [%s] %s: " % (level, ts_comma(c), thread, cls))


def hl7_pid(p, setid="1"):
    parts = [T("PID|%s||" % setid), P(p.mrn, "mrn"), T("^^^LRMC^MR||"), P(p.last.upper(), "name"), T("^"),
             P(p.first.upper(), "name"), T("^")]
    if p.middle:
        parts.append(P(p.middle.upper(), "name"))
    parts += [T("^^^^L|")]
    if p.maiden:
        parts += [P(p.maiden.upper(), "name"), T("^^^^^^M")]
    parts += [T("|"), P(d8(p.dob), "date"), T("|%s||%s|" % (p.sex, R.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"]))),
              P(p.street.upper(), "address"), T("^^"), P(p.city.upper(), "address"), T("^%s^" % p.state),
              P(p.zip, "zip"), T("^USA^H||"), P("(%s)555-%s" % (p.phone_ac, p.phone_ln), "phone"),
              T("^PRN^PH|||%s||" % R.choice(["M", "S", "W", "D"])), P(p.har, "account"), T("^^^LRMC^AN|"),
              P(p.ssn, "ssn")]
    return parts


def blk_mirth_oru():
    p = pick()
    out = []
    c = tick(30, 900)
    ctrl = "CP" + c.strftime("%y%m%d%H%M%S") + "%04d" % R.randint(1, 9999)
    L = Line("mirth-hl7")
    mirth_prefix(L, "INFO", c, "PathologyORU_In < TCP Listener on 0.0.0.0:6661 >", "com.mirth.connect.connectors.tcp.TcpReceiver")
    L.t("Message received from 10.20.4.%d:%d (%d bytes)" % (R.randint(10, 60), R.randint(40000, 65000), R.randint(1800, 5200)))
    out.append(L)
    L = Line("mirth-hl7")
    mirth_prefix(L, "DEBUG", c, "PathologyORU_In Source", "c.l.cr.mirth.RawLogger")
    L.t("raw ORU^R01 (segments follow, CR->LF)")
    out.append(L)
    msh = "MSH|^~\\&|COPATH|LRMC_PATH|CRREG|LRMC_CR|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE|||||LRI_NG_RN_Profile^^2.16.840.1.113883.9.20^ISO" % (c.strftime("%Y%m%d%H%M%S-0500"), ctrl)
    out.append(Line("hl7v2-oru").t(msh))
    out.append(Line("hl7v2-oru").add(hl7_pid(p)))
    ph = [x for x in PHYS if x[3] == "PATH"][0]
    att = p.phys
    pv1 = ["PV1", "1", R.choice(["O", "I"]), "SURG^OR%d^01^LRMC" % R.randint(1, 9), "", "", "",
           "%s^%s^%s^^^^MD^^^^NPI" % (PHYS_NPI[att[1]], fold(att[1]).upper(), att[0].upper()), "", "", "", "", "", "", "", "", "", "", "", "", ""]
    while len(pv1) < 44:
        pv1.append("")
    L = Line("hl7v2-oru").t("|".join(pv1) + "|")
    L.p(p.admit.strftime("%Y%m%d") + "%02d%02d" % (R.randint(6, 17), R.choice([0, 15, 30, 45])), "date")
    out.append(L)
    placer = "ORD%06d" % R.randint(100000, 999999)
    filler = "F24-%07d" % R.randint(10000, 999999)
    out.append(Line("hl7v2-oru").t("ORC|RE|%s^EPIC|%s^COPATH||CM||||%s|||%s^%s^%s^^^^MD^^^^NPI" % (
        placer, filler, c.strftime("%Y%m%d%H%M"), PHYS_NPI[att[1]], fold(att[1]).upper(), att[0].upper())))
    coll = p.colldate.strftime("%Y%m%d") + "%02d%02d" % (R.randint(7, 15), R.randint(0, 59))
    recv = p.colldate.strftime("%Y%m%d") + "%02d%02d" % (R.randint(15, 18), R.randint(0, 59))
    L = Line("hl7v2-oru").t("OBR|1|%s^EPIC|%s^COPATH|88307^SURGICAL PATHOLOGY^CPT4|||" % (placer, filler))
    L.p(coll, "date").t("|||||||").p(recv, "date")
    L.t("||%s^%s^%s^^^^MD^^^^NPI||||||%s|||F" % (PHYS_NPI[att[1]], fold(att[1]).upper(), att[0].upper(), c.strftime("%Y%m%d%H%M")))
    out.append(L)
    L = Line("hl7v2-oru").t("OBX|1|ST|22636-5^Path report.relevant Hx^LN||Surgical pathology accession ")
    L.p(p.pathacc, "other_id").t("||||||F")
    out.append(L)
    site = p.site
    out.append(Line("hl7v2-oru").t("OBX|2|FT|22637-3^Path report.final diagnosis^LN||%s, %s: %s. MARGINS NEGATIVE (CLOSEST 0.%d CM). LYMPH NODES: 0/%d.||||||F" % (
        site[4].upper(), R.choice(PROCS[site[6]]), site[5], R.randint(2, 9), R.randint(3, 22))))
    L = Line("hl7v2-oru").t("OBX|3|FT|22634-0^Path report.gross observation^LN||Received in formalin labeled with the patient's name \"")
    L.p(fold(p.last).upper() + ", " + fold(p.first).upper(), "name").t("\" and medical record number \"").p(p.mrn, "mrn")
    L.t("\", consisting of a %.1f x %.1f x %.1f cm tan-pink tissue.||||||F" % (R.uniform(1, 9), R.uniform(1, 6), R.uniform(0.5, 4)))
    out.append(L)
    out.append(Line("hl7v2-oru").t("OBX|4|FT|60573-3^Path report.site^LN||Electronically signed out by %s %s, MD (%s)||||||F|||%s" % (
        ph[0], ph[1], ph[2], c.strftime("%Y%m%d%H%M"))))
    c2 = tick(0, 2)
    L = Line("mirth-hl7")
    mirth_prefix(L, "INFO", c2, "PathologyORU_In Destination 1", "c.l.cr.casefinding.ReportabilityFilter")
    L.t("msgCtrlId=%s reportable=true rule=ICDO3_BEHAV_3 keyword=\"%s\" site=%s hist=%s/%s" % (
        ctrl, site[5].split(",")[0], site[0], site[1], site[2]))
    out.append(L)
    L = Line("mirth-hl7")
    mirth_prefix(L, "INFO", c2, "PathologyORU_In Destination 2", "c.l.cr.casefinding.SuspenseWriter")
    L.t("suspense record SR-%d created source=PATH mrn=" % R.randint(100000, 199999)).p(p.mrn, "mrn")
    L.t(" pathAcc=").p(p.pathacc, "other_id").t(" latency=%dms" % R.randint(40, 900))
    out.append(L)
    return out


def blk_hl7_json():
    p = pick()
    c = tick(20, 600)
    ctrl = "CP" + c.strftime("%y%m%d%H%M%S") + "%04d" % R.randint(1, 9999)
    raw = Parts()
    raw.append(T("MSH|^~\\&|COPATH|LRMC_PATH|CRREG|LRMC_CR|%s||ORU^R01|%s|P|2.5.1\r" % (c.strftime("%Y%m%d%H%M%S"), ctrl)))
    raw.extend(hl7_pid(p))
    raw.append(T("\rOBR|1||F24-%07d^COPATH|88305^SURGICAL PATHOLOGY^CPT4|||" % R.randint(10000, 999999)))
    raw.append(P(p.colldate.strftime("%Y%m%d%H%M"), "date"))
    raw.append(T("\r"))
    L = Line("hl7-bridge-json")
    jobj(L, Obj([
        ("ts", ts_z(c)), ("level", "warning"), ("logger", "pathfeed.bridge"),
        ("msg", "NACK AE from CRREG, message parked for retry"),
        ("ctrlId", ctrl), ("attempt", R.randint(1, 4)), ("err", R.choice(["PID-11.5 zip+4 invalid", "OBR-16 provider not found", "MSH-9 trigger mismatch"])),
        ("raw", raw),
    ]), ascii_only=True)
    return [L]


def blk_casefind_java():
    out = []
    p = pick()
    c = tick(10, 300)
    thr = "casefind-worker-%d" % R.randint(1, 8)
    L = Line("casefind-log4j").t("%s INFO  [%s] o.l.cr.casefinding.CaseFindingService - " % (ts_dot(c), thr))
    L.t("New suspense record id=SR-%d source=%s mrn=" % (R.randint(100000, 199999), R.choice(["PATH", "BILLING", "RAD", "MEDONC"])))
    L.p(p.mrn, "mrn").t(" site=%s hist=%s/%s" % (p.site[0], p.site[1], p.site[2]))
    out.append(L)
    c = tick(0, 3)
    L = Line("casefind-log4j").t("%s DEBUG [%s] o.l.cr.casefinding.PatientMatcher - " % (ts_dot(c), thr))
    L.t("candidate patientIdNumber=").p(p.pid, "mrn").t(" score=%.2f keys=[nameLast,dateOfBirth,ssn4] nameLast=" % R.uniform(0.86, 0.99))
    L.p(fold(p.last).upper(), "name").t(" dob=").p(diso(p.dob), "date")
    out.append(L)
    c = tick(0, 5)
    out.append(Line("casefind-log4j").t("%s WARN  [%s] o.l.cr.casefinding.ReportabilityRules - SR-%d not reportable: behavior=2 site=C53.9 (CIN III excluded per STORE 2024)" % (
        ts_dot(c), thr, R.randint(100000, 199999))))
    if R.random() < 0.6:
        c = tick(0, 5)
        out.append(Line("casefind-log4j").t("%s INFO  [%s] o.l.cr.casefinding.CaseFindingService - batch done: path=%d billing=%d rad=%d created=%d dupes=%d nonReportable=%d elapsed=%dms" % (
            ts_dot(c), thr, R.randint(40, 190), R.randint(150, 260), R.randint(10, 60), R.randint(20, 80), R.randint(40, 120), R.randint(90, 260), R.randint(800, 9000))))
    return out


def blk_billing_py():
    out = []
    c = tick(60, 1200)
    fn = "/data/feeds/billing/HB_DX_%s.psv" % c.strftime("%Y%m%d")
    out.append(Line("casefind-python").t("%s INFO     casefind.billing: loaded %d rows from %s in %.2fs (sha1=%s)" % (
        ts_comma(c), R.randint(9000, 16000), fn, R.uniform(2, 9), hexs(12))))
    for _ in range(R.randint(1, 3)):
        p = pick()
        c = tick(0, 2)
        svc = p.admit
        L = Line("casefind-python").t("%s WARNING  casefind.billing: row %d reportable dx %s acct=" % (ts_comma(c), R.randint(10, 15999), p.site[7]))
        L.p(p.har, "account").t(" mrn=").p(p.mrn, "mrn").t(" svc_dt=").p(diso(svc), "date").t(" payer=%s " % p.payer)
        key = {"MCR": "mbi", "BCBS": "member_id", "MCD": "medicaid_id"}[p.payer]
        L.t(key + "=").p(p.plan_id, "health_plan")
        if p.payer != "MCR":
            L.t(" grp=" + p.group)
        out.append(L)
        if R.random() < 0.5:
            c = tick(0, 1)
            L = Line("casefind-python").t("%s DEBUG    casefind.billing: raw='" % ts_comma(c))
            L.p(p.har, "account").t("|").p(p.mrn, "mrn").t("|").p(fold(p.last).upper(), "name").t("|").p(fold(p.first).upper(), "name")
            L.t("|").p(d8(p.dob), "date").t("|%s|" % p.site[7].replace(".", "")).p(d8(svc), "date").t("|%s|" % p.payer).p(p.plan_id, "health_plan").t("'")
            out.append(L)
    c = tick(1, 20)
    out.append(Line("casefind-python").t("%s INFO     casefind.billing: reportable=%d non_reportable=%d history_of=%d dup_suspense=%d skipped_zcodes=%d" % (
        ts_comma(c), R.randint(150, 260), R.randint(9000, 15000), R.randint(60, 140), R.randint(30, 100), R.randint(200, 900))))
    return out


def abbrev_logger(name, width=40):
    if len(name) <= width:
        return name
    parts = name.split(".")
    for i in range(len(parts) - 1):
        parts[i] = parts[i][0]
        if len(".".join(parts)) <= width:
            break
    return ".".join(parts)[-width:]


def spring(L, level, c, thread, logger):
    L.t("%s %5s %d --- [%15s] %-40s : " % (ts_iso_local(c), level, 28841, thread[-15:], abbrev_logger(logger)))


def blk_abstract():
    out = []
    p = pick()
    reg = R.choice(REGISTRARS)
    thr = "nio-8443-exec-%d" % R.randint(1, 12)
    c = tick(30, 900)
    L = Line("abstract-spring")
    spring(L, "INFO", c, thr, "o.l.cr.abstracting.web.AbstractController")
    L.t("Opened abstract accession=").p(p.acc, "other_id").t("/%s user=%s" % (p.seq, reg[2]))
    out.append(L)
    c = tick(1, 4)
    L = Line("abstract-spring")
    spring(L, "INFO", c, thr, "o.l.cr.audit.PhiAccessAudit")
    L.t("user=%s action=VIEW patient=" % reg[2]).p(p.pid, "mrn").t(" (").p(fold(p.last).upper(), "name").t(", ").p(fold(p.first).upper(), "name")
    L.t(") tabs=[Demographics,Diagnosis,Stage,Treatment] ip=10.20.%d.%d" % (R.randint(1, 30), R.randint(2, 250)))
    out.append(L)
    c = tick(5, 200)
    L = Line("abstract-spring")
    spring(L, "DEBUG", c, thr, "o.l.cr.staging.SeerApiClient")
    L.t("GET https://api.seer.cancer.gov/rest/staging/eod_public/versions/3.1/schemas/%s -> 200 in %dms" % (
        SCHEMA[p.site[0]], R.randint(60, 400)))
    out.append(L)
    c = tick(5, 120)
    L = Line("abstract-spring")
    spring(L, "INFO", c, thr, "o.l.cr.staging.DerivedStageService")
    L.t("derived EOD stage group=%s summaryStage2018=%d schemaId=%05d draft=%s" % (
        R.choice(["1A2", "2B", "3A", "1B", "4", "2A"]), R.randint(1, 7), R.randint(1, 500), uuid4()))
    out.append(L)
    r = R.random()
    if r < 0.35:
        c = tick(5, 120)
        L = Line("abstract-spring")
        spring(L, "INFO", c, thr, "o.l.cr.abstracting.TreatmentService")
        L.t("first course surgery saved rxDateSurgery=").p(d8(p.admit), "date").t(" rxSummSurgPrimSite=%d surgeon=%s, %s NPI=%s" % (
            R.choice([30, 33, 45, 50]), fold(p.phys[1]).upper(), p.phys[0].upper(), PHYS_NPI[p.phys[1]]))
        out.append(L)
    elif r < 0.55:
        c = tick(5, 120)
        udi = "(01)" + gtin14() + "(17)27%02d%02d(10)REA%04d(21)PP%08d" % (R.randint(1, 12), R.randint(1, 28), R.randint(1000, 9999), R.randint(10000000, 99999999))
        L = Line("abstract-spring")
        spring(L, "INFO", c, thr, "o.l.cr.abstracting.TreatmentService")
        L.t("systemic rx access: implanted port udi=").p(udi, "device").t(" placed=").p(diso(p.admit + dtm.timedelta(days=R.randint(7, 30))), "date")
        out.append(L)
    elif r < 0.75:
        c = tick(5, 60)
        L = Line("abstract-spring")
        spring(L, "WARN", c, thr, "o.l.cr.abstracting.OralChemoService")
        L.t("oral agent capecitabine Rx prescriber=%s %s DEA=%s NPI=%s not linked to regimen (regimenId=%d)" % (
            p.phys[0], p.phys[1], PHYS_DEA[p.phys[1]], PHYS_NPI[p.phys[1]], R.randint(1000, 9999)))
        out.append(L)
    c = tick(20, 600)
    L = Line("abstract-spring")
    spring(L, "INFO", c, thr, "o.l.cr.abstracting.web.AbstractController")
    L.t("Saved abstract id=%s status=%s edits=%d/%d elapsed=%dms" % (uuid4(), R.choice(["COMPLETE", "INCOMPLETE", "PENDING_QA"]), R.randint(0, 3), R.randint(380, 420), R.randint(120, 2400)))
    out.append(L)
    return out


def blk_java_stack():
    out = []
    p = pick()
    c = tick(10, 900)
    thr = "nio-8443-exec-%d" % R.randint(1, 12)
    bad = dus(p.dob)
    L = Line("abstract-spring")
    spring(L, "ERROR", c, thr, "o.a.c.c.C.[.[.[/].[dispatcherServlet]")
    L.t("Servlet.service() for servlet [dispatcherServlet] in context with path [] threw exception [Request processing failed: java.lang.IllegalArgumentException: dateOfBirth for patientIdNumber=")
    L.p(p.pid, "mrn").t(" must be CCYYMMDD] with root cause")
    out.append(L)
    L = Line("java-stacktrace").t("java.time.format.DateTimeParseException: Text '").p(bad, "date").t("' could not be parsed at index 2")
    out.append(L)
    frames = [
        "java.base/java.time.format.DateTimeFormatter.parseResolved0(DateTimeFormatter.java:2052)",
        "java.base/java.time.format.DateTimeFormatter.parse(DateTimeFormatter.java:1954)",
        "java.base/java.time.LocalDate.parse(LocalDate.java:430)",
        "org.lakeshore.cr.naaccr.NaaccrDate.parse(NaaccrDate.java:57)",
        "org.lakeshore.cr.abstracting.DemographicsMapper.toEntity(DemographicsMapper.java:118)",
        "org.lakeshore.cr.abstracting.web.AbstractController.save(AbstractController.java:203)",
        "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
        "org.springframework.web.servlet.mvc.method.annotation.ServletInvocableHandlerMethod.invokeAndHandle(ServletInvocableHandlerMethod.java:118)",
        "org.springframework.web.servlet.DispatcherServlet.doDispatch(DispatcherServlet.java:1089)",
    ]
    n = R.randint(5, len(frames))
    for f in frames[:n]:
        out.append(Line("java-stacktrace").t("\tat " + f))
    out.append(Line("java-stacktrace").t("\t... %d common frames omitted" % R.randint(40, 90)))
    return out


XML_HDR = [
    '<?xml version="1.0" encoding="UTF-8"?>',
]


def xml_item(ind, nid, val, cat=None):
    L = Line("naaccr-xml").t(" " * ind + '<Item naaccrId="%s">' % nid)
    v = val.replace("&", "&amp;").replace("<", "&lt;")
    if cat:
        L.p(v, cat)
    else:
        L.t(v)
    L.t("</Item>")
    return L


def blk_naaccr_xml():
    out = []
    c = tick(60, 1800)
    out.append(Line("naaccr-xml").t('<?xml version="1.0" encoding="UTF-8"?>'))
    out.append(Line("naaccr-xml").t('<NaaccrData baseDictionaryUri="http://naaccr.org/naaccrxml/naaccr-dictionary-230.xml" recordType="A" specificationVersion="1.7" timeGenerated="%s" xmlns="http://naaccr.org/naaccrxml">' % (
        c.strftime("%Y-%m-%dT%H:%M:%S-05:00"))))
    out.append(xml_item(2, "registryId", FAC_ID))
    out.append(xml_item(2, "npiRegistryId", FAC_NPI))
    out.append(xml_item(2, "naaccrRecordVersion", "230"))
    for _ in range(1):
        p = pick()
        out.append(Line("naaccr-xml").t("  <Patient>"))
        out.append(xml_item(4, "patientIdNumber", p.pid, "mrn"))
        out.append(xml_item(4, "nameLast", fold(p.last).upper(), "name"))
        out.append(xml_item(4, "nameFirst", fold(p.first).upper(), "name"))
        if p.middle:
            out.append(xml_item(4, "nameMiddle", fold(p.middle).upper(), "name"))
        if p.maiden:
            out.append(xml_item(4, "nameMaiden", fold(p.maiden).upper(), "name"))
        out.append(xml_item(4, "dateOfBirth", d8(p.dob), "date"))
        out.append(xml_item(4, "sex", "2" if p.sex == "F" else "1"))
        out.append(xml_item(4, "race1", R.choice(["01", "02", "04", "96"])))
        out.append(xml_item(4, "spanishHispanicOrigin", R.choice(["0", "0", "1", "6"])))
        out.append(xml_item(4, "socialSecurityNumber", p.ssn, "ssn"))
        out.append(xml_item(4, "medicalRecordNumber", p.mrn, "mrn"))
        if p.payer == "MCR":
            out.append(xml_item(4, "medicareBeneficiaryIdentifier", p.plan_id, "health_plan"))
        out.append(xml_item(4, "addrCurrentNoStreet", fold(p.street).upper(), "address"))
        out.append(xml_item(4, "addrCurrentCity", fold(p.city).upper(), "address"))
        out.append(xml_item(4, "addrCurrentState", p.state))
        out.append(xml_item(4, "addrCurrentPostalCode", p.zip + p.zip4, "zip"))
        out.append(xml_item(4, "telephone", p.phone_ac + "555" + p.phone_ln, "phone"))
        out.append(xml_item(4, "vitalStatus", "0" if p.dead else "1"))
        out.append(xml_item(4, "dateOfLastContact", d8(p.dod if p.dead else p.lastcontact), "date"))
        out.append(Line("naaccr-xml").t("    <Tumor>"))
        out.append(xml_item(6, "primarySite", p.site[0]))
        out.append(xml_item(6, "laterality", p.site[3]))
        out.append(xml_item(6, "histologicTypeIcdO3", p.site[1]))
        out.append(xml_item(6, "behaviorCodeIcdO3", p.site[2]))
        out.append(xml_item(6, "dateOfDiagnosis", d8(p.dxdate), "date"))
        out.append(xml_item(6, "ageAtDiagnosis", "%03d" % p.age_dx, "age" if p.age_dx > 89 else None))
        out.append(xml_item(6, "sequenceNumberHospital", p.seq))
        out.append(xml_item(6, "accessionNumberHosp", p.acc, "other_id"))
        out.append(xml_item(6, "classOfCase", R.choice(["10", "14", "20", "22"])))
        out.append(xml_item(6, "primaryPayerAtDx", {"MCR": "60", "BCBS": "20", "MCD": "31"}[p.payer]))
        out.append(xml_item(6, "npiPhysicianManaging", PHYS_NPI[p.phys[1]]))
        L = Line("naaccr-xml").t('      <Item naaccrId="textDxProcPath">')
        L.p(dus(p.colldate), "date").t(" %s %s: %s" % (p.site[4].upper(), R.choice(PROCS[p.board]), p.site[5]))
        L.t(" (").p(p.pathacc, "other_id").t(")</Item>")
        out.append(L)
        out.append(xml_item(6, "textStaging", "CT C/A/P %s: no distant mets. cT%s cN0 cM0, pT%s pN0" % (
            R.choice(["neg", "negative", "NED"]), R.choice(["1b", "2a", "1c", "3"]), R.choice(["1b", "2a", "1c", "3"]))))
        out.append(Line("naaccr-xml").t("    </Tumor>"))
        out.append(Line("naaccr-xml").t("  </Patient>"))
    out.append(Line("naaccr-xml").t("</NaaccrData>"))
    return out


FW_LAYOUT = [
    # name, item#, width, cat
    ("recordType", 10, 1, None),
    ("naaccrRecordVersion", 50, 3, None),
    ("reportingFacility", 540, 10, None),
    ("patientIdNumber", 20, 8, "mrn"),
    ("accessionNumberHosp", 550, 9, "other_id"),
    ("sequenceNumberHospital", 560, 2, None),
    ("medicalRecordNumber", 2300, 11, "mrn"),
    ("nameLast", 2230, 25, "name"),
    ("nameFirst", 2240, 14, "name"),
    ("nameMiddle", 2250, 14, "name"),
    ("dateOfBirth", 240, 8, "date"),
    ("sex", 220, 1, None),
    ("socialSecurityNumber", 2320, 9, "ssn"),
    ("addrAtDxNoStreet", 2330, 40, "address"),
    ("addrAtDxCity", 70, 25, "address"),
    ("addrAtDxState", 80, 2, None),
    ("addrAtDxPostalCode", 100, 9, "zip"),
    ("primarySite", 400, 4, None),
    ("histologicTypeIcdO3", 522, 4, None),
    ("behaviorCodeIcdO3", 523, 1, None),
    ("laterality", 410, 1, None),
    ("dateOfDiagnosis", 390, 8, "date"),
    ("dateOfLastContact", 1750, 8, "date"),
    ("vitalStatus", 1760, 1, None),
    ("classOfCase", 610, 2, None),
]


def blk_fixed_layout():
    out = []
    c = tick(30, 600)
    out.append(Line("naaccr-fw-layout").t("%s INFO naaccr_fw: layout CR-EXTRACT-3 (NAACCR v23 subset, %d fields, record length %d)" % (
        ts_comma(c), len(FW_LAYOUT), sum(w for _, _, w, _ in FW_LAYOUT))))
    out.append(Line("naaccr-fw-layout").t("  %-24s %6s %6s %5s" % ("naaccrId", "item#", "start", "len")))
    pos = 1
    show = FW_LAYOUT if R.random() < 0.3 else FW_LAYOUT[:R.randint(6, 12)]
    for name, num, w, _ in FW_LAYOUT:
        if (name, num, w, _) in show:
            out.append(Line("naaccr-fw-layout").t("  %-24s %6d %6d %5d" % (name, num, pos, w)))
        pos += w
    if len(show) < len(FW_LAYOUT):
        out.append(Line("naaccr-fw-layout").t("  ... %d more fields (see layouts/cr_extract_3.json)" % (len(FW_LAYOUT) - len(show))))
    return out


def fw_value(p, name):
    return {
        "recordType": "A", "naaccrRecordVersion": "230", "reportingFacility": FAC_ID, "patientIdNumber": p.pid,
        "accessionNumberHosp": p.acc, "sequenceNumberHospital": p.seq, "medicalRecordNumber": p.mrn,
        "nameLast": fold(p.last).upper(), "nameFirst": fold(p.first).upper(), "nameMiddle": fold(p.middle).upper(),
        "dateOfBirth": d8(p.dob), "sex": "2" if p.sex == "F" else "1", "socialSecurityNumber": p.ssn,
        "addrAtDxNoStreet": fold(p.street).upper(), "addrAtDxCity": fold(p.city).upper(), "addrAtDxState": p.state,
        "addrAtDxPostalCode": p.zip + p.zip4, "primarySite": p.site[0], "histologicTypeIcdO3": p.site[1],
        "behaviorCodeIcdO3": p.site[2], "laterality": p.site[3], "dateOfDiagnosis": d8(p.dxdate),
        "dateOfLastContact": d8(p.dod if p.dead else p.lastcontact), "vitalStatus": "0" if p.dead else "1",
        "classOfCase": R.choice(["10", "14", "20", "22"]),
    }[name]


def fw_record(p, family="naaccr-fixed"):
    L = Line(family)
    for name, num, w, cat in FW_LAYOUT:
        v = fw_value(p, name)[:w]
        if cat and v.strip():
            L.p(v, cat)
            L.t(" " * (w - len(v)))
        else:
            L.t(v.ljust(w))
    return L


def blk_fixed_records():
    out = []
    c = tick(30, 600)
    fn = "/data/export/fw/CR3_%s_%s.txt" % (FAC_ID, c.strftime("%Y%m%d"))
    n = R.randint(2, 3)
    out.append(Line("naaccr-fw-layout").t("%s INFO naaccr_fw: head -n %d %s" % (ts_comma(c), n, fn)))
    for p in R.sample(PATIENTS, n):
        out.append(fw_record(p))
    return out


EDIT_DEFS = [
    ("N0498", "Date of Birth, Date of Diagnosis (NAACCR)", [("dateOfBirth", 240), ("dateOfDiagnosis", 390)], "Date of Diagnosis must not be earlier than Date of Birth or ageAtDiagnosis conflicts"),
    ("N1032", "Name--Last (NAACCR)", [("nameLast", 2230)], "Name--Last contains an invalid character"),
    ("N2051", "Primary Site, Histologic Type ICDO3 (SEER IF25)", [("primarySite", 400), ("histologicTypeIcdO3", 522)], "Site/histology combination requires review"),
    ("N0841", "Social Security Number (NAACCR)", [("socialSecurityNumber", 2320)], "SSN area number is invalid"),
    ("N1130", "Date of Last Contact, Date of Diagnosis (NAACCR)", [("dateOfDiagnosis", 390), ("dateOfLastContact", 1750)], "Date of Last Contact is before Date of Diagnosis"),
    ("N0101", "Addr at DX--Postal Code, Addr at DX--State (NAACCR)", [("addrAtDxPostalCode", 100), ("addrAtDxState", 80)], "Postal code not valid for state"),
    ("N6049", "Laterality, Primary Site (SEER IF82)", [("primarySite", 400), ("laterality", 410)], "Laterality must be 0 for this site"),
    ("N2760", "Age at Diagnosis, Date of Birth, Date of Diagnosis (NAACCR)", [("ageAtDiagnosis", 230), ("dateOfBirth", 240)], "Age at Diagnosis differs from computed age"),
]
ITEM_CAT = {"dateOfBirth": "date", "dateOfDiagnosis": "date", "dateOfLastContact": "date", "nameLast": "name",
            "socialSecurityNumber": "ssn", "addrAtDxPostalCode": "zip"}


def item_val(p, nid):
    if nid == "ageAtDiagnosis":
        return "%03d" % p.age_dx
    if nid == "nameLast":
        return p.last.upper()
    if nid == "addrAtDxPostalCode":
        return p.zip
    return fw_value(p, nid)


def blk_edits():
    out = []
    c = tick(60, 1200)
    out.append(Line("edits-report").t("EDITS50 Engine 5.1.4  Metafile: NAACCR_v23C_METAFILE.smf  EditSet: Hospital Abstract (Lakeshore)  Started: %s" % c.strftime("%m/%d/%Y %H:%M:%S")))
    for p in R.sample(PATIENTS, R.randint(2, 3)):
        recno = R.randint(1, 1400)
        L = Line("edits-report").t("Record %d  patientIdNumber=" % recno).p(p.pid, "mrn").t("  accessionNumberHosp=").p(p.acc, "other_id").t("  seq=%s" % p.seq)
        out.append(L)
        defs = [d for d in EDIT_DEFS if d[0] != "N1032" or not p.last.isalpha() or not p.last.isascii()]
        for ed in R.sample(defs, R.randint(1, 2)):
            code, ename, items, msg = ed
            sev = R.choice(["ERROR", "ERROR", "WARN "])
            L = Line("edits-report").t("  %s %s  %s: " % (sev, code, ename))
            for j, (nid, num) in enumerate(items):
                if j:
                    L.t(", ")
                v = item_val(p, nid)
                cat = ITEM_CAT.get(nid)
                if nid == "ageAtDiagnosis" and p.age_dx > 89:
                    cat = "age"
                L.t('%s [%d] = "' % (nid, num))
                if cat:
                    L.p(v, cat)
                else:
                    L.t(v)
                L.t('"')
            L.t("  -> %s" % msg)
            out.append(L)
    c = tick(1, 60)
    out.append(Line("edits-report").t("Summary: %s records  edits run %s  errors %d  warnings %d  skipped 0  elapsed %d.%02ds" % (
        "{:,}".format(R.randint(900, 1500)), "{:,}".format(R.randint(400000, 600000)), R.randint(10, 60), R.randint(60, 180), R.randint(10, 90), R.randint(0, 99))))
    return out


def blk_csr_submit():
    out = []
    c = tick(300, 3600)
    batch = "ILCR-%s-%02d" % (c.strftime("%Y-%m%d"), R.randint(1, 3))
    fn = "ILCR_%s_%s_A.xml.gz" % (FAC_ID, c.strftime("%Y%m%d"))
    out.append(Line("csr-submit").t("[%s] submit_csr.sh: exporting cases abstracted %s..%s (status=COMPLETE, edits clean) to /data/export/%s" % (
        c.strftime("%Y-%m-%d %H:%M:%S"), (c - dtm.timedelta(days=30)).strftime("%Y-%m-%d"), c.strftime("%Y-%m-%d"), fn)))
    c = tick(20, 200)
    out.append(Line("csr-submit").t("[%s] submit_csr.sh: sftp put %s -> sftp://crs-upload.idph.example.gov:22/inbound/0006011234/ (%s bytes, %d records) batch=%s" % (
        c.strftime("%Y-%m-%d %H:%M:%S"), fn, "{:,}".format(R.randint(800000, 3000000)), R.randint(300, 1400), batch)))
    out.append(Line("csr-submit").t("[%s] submit_csr.sh: sha256=%s notify=cancer.registry@lakeshorehealth.org" % (c.strftime("%Y-%m-%d %H:%M:%S"), hexs(64))))
    c = tick(3600, 20000)
    rej = R.randint(1, 3)
    out.append(Line("csr-submit").t("[%s] poll_ack.py: ACK %s received file=%s.ack accepted=%d rejected=%d" % (
        c.strftime("%Y-%m-%d %H:%M:%S"), batch, fn, R.randint(300, 1400), rej)))
    for p in R.sample(PATIENTS, rej):
        L = Line("csr-submit").t("[%s] poll_ack.py: REJECT %s rec=%d patientIdNumber=" % (c.strftime("%Y-%m-%d %H:%M:%S"), batch, R.randint(1, 1400)))
        L.p(p.pid, "mrn")
        k = R.random()
        if k < 0.4:
            L.t(' reason="socialSecurityNumber 999999999 (unknown) requires nameLast and dateOfBirth; dateOfBirth=').p(d8(p.dob), "date").t('"')
        elif k < 0.7:
            L.t(' reason="duplicate of CSR tumor record, accessionNumberHosp=').p(p.acc, "other_id").t(' already submitted %s"' % (c - dtm.timedelta(days=R.randint(40, 200))).strftime("%Y-%m-%d"))
        else:
            L.t(' reason="addrAtDxPostalCode=').p(p.zip, "zip").t(' failed geocoding (NAACCR Geocoder 5.0, quality 99), census tract blank"')
        out.append(L)
    return out


FU_SEQ = [0]


def fu_prefix(L, c, level, name="fu.letters"):
    L.t("%s %-7s [%s] " % (ts_comma(c), level, name))


def blk_followup():
    out = []
    c = tick(300, 3000)
    L = Line("followup-python")
    fu_prefix(L, c, "INFO")
    FU_SEQ[0] += 1
    L.t("batch FU-%s-%02d selected %d patients due for annual follow-up (dateOfLastContact < %s, class 10-22, alive)" % (
        c.strftime("%Y%m%d"), FU_SEQ[0], R.randint(20, 400), (c - dtm.timedelta(days=365)).strftime("%Y-%m-%d")))
    out.append(L)
    for _ in range(R.randint(1, 3)):
        p = pick()
        c = tick(0, 4)
        k = R.random()
        L = Line("followup-python")
        if k < 0.35:
            fu_prefix(L, c, "INFO")
            L.t("queued FU1 letter to patient \"").p(p.first + " " + p.last, "name").t("\" ")
            L.p(p.street, "address").t(", ").p(p.city, "address").t(" %s " % p.state).p(p.zip, "zip")
            L.t(" template=fu_patient_%s.docx" % R.choice(["en", "es", "pl", "vi"]))
        elif k < 0.6:
            fu_prefix(L, c, "INFO")
            L.t("queued FU2 to contact ").p(p.con_first + " " + p.con_last, "name").t(" (%s) phone=" % p.rel).p(p.con_phone, "phone")
            L.t(" for patientIdNumber=").p(p.pid, "mrn")
        elif k < 0.75:
            fu_prefix(L, c, "WARNING")
            L.t("USPS NCOA forwarding for ").p(p.pid, "mrn").t(": new addr ").p(p.street, "address").t(", ").p(p.city, "address")
            L.t(" %s " % p.state).p(p.zip + "-" + p.zip4, "zip").t(" move_eff=%s" % (c - dtm.timedelta(days=R.randint(20, 200))).strftime("%Y%m"))
        elif k < 0.9:
            fu_prefix(L, c, "ERROR")
            L.t("email bounce for patient ").p(p.pid, "mrn").t(" <").p(p.email, "email").t(">: 550 5.1.1 recipient address rejected (relay mx2.lakeshorehealth.org)")
        else:
            fu_prefix(L, c, "INFO")
            L.t("ROI: patient ").p(p.pid, "mrn").t(" asked for letter copy by fax to ").p("%s-555-01%02d" % (p.phone_ac, R.randint(10, 99)), "fax")
            L.t(" (home fax), consent form ROI-%d on file" % R.randint(10000, 99999))
        out.append(L)
    c = tick(10, 300)
    ph = R.choice(PHYS)
    L = Line("followup-python")
    fu_prefix(L, c, "INFO")
    L.t("physician follow-up request to Dr. %s %s (%s) fax %s for %d patients, cover sheet from %s" % (
        ph[0], ph[1], ph[2], PHYS_FAX[ph[1]], R.randint(3, 30), REG_FAX))
    out.append(L)
    c = tick(10, 300)
    L = Line("followup-python")
    fu_prefix(L, c, "INFO")
    L.t("rendered %d PDFs to /data/fu/out/%s/ in %.1fs; mailhouse manifest FU-%s.csv sent to sftp.mailhouse.example.com" % (
        R.randint(100, 400), c.strftime("%Y-%m-%d"), R.uniform(20, 90), c.strftime("%Y%m%d")))
    out.append(L)
    return out


def blk_ndi():
    out = []
    c = tick(600, 5000)
    req = "NDI-24-%05d" % R.randint(100, 999)
    out.append(Line("ndi-linkage").t("%s ndi_match INFO  submitted %s records to NDI (request %s, years 2023-2024, retrieval file NDI_RET_%s.txt)" % (
        c.strftime("%Y-%m-%d %H:%M:%S"), "{:,}".format(R.randint(2000, 4000)), req, c.strftime("%Y%m%d"))))
    for p in R.sample(PATIENTS, R.randint(2, 3)):
        c = tick(1, 20)
        k = R.random()
        L = Line("ndi-linkage").t("%s ndi_match INFO  " % c.strftime("%Y-%m-%d %H:%M:%S"))
        if p.dead:
            dod = p.dod
            L.t("class=1 score=%.1f pid=" % R.uniform(35, 48)).p(p.pid, "mrn").t(" ssn=").p(p.ssn, "ssn").t(" dob=").p(d8(p.dob), "date")
            L.t(" -> dod=").p(d8(dod), "date").t(" state=%s certno=" % p.state).p(p.certno, "other_id").t(" ucod=%s" % p.site[7].replace(".", "")[:4])
        elif k < 0.6:
            wrong = fold(p.first).upper()[:-1] if len(fold(p.first)) > 3 else fold(p.first).upper() + "E"
            L.t("class=4 score=%.1f pid=" % R.uniform(5, 14)).p(p.pid, "mrn").t(" rejected name mismatch NDI=")
            L.p(fold(p.last).upper(), "name").t(",").p(wrong, "name").t(" CR=").p(fold(p.last).upper(), "name").t(",").p(fold(p.first).upper(), "name")
        else:
            L.t("review pid=").p(p.pid, "mrn").t(" age_at_death=")
            age = p.age_now
            if age > 89:
                L.p(str(age), "age")
            else:
                L.t(str(age))
            L.t(" sex=%s dob_match=partial(year) queue=manual_review" % p.sex)
        out.append(L)
    c = tick(5, 60)
    out.append(Line("ndi-linkage").t("%s ndi_match INFO  summary class1=%d class2=%d class3=%d review=%d nomatch=%s elapsed=%.1fs" % (
        c.strftime("%Y-%m-%d %H:%M:%S"), R.randint(20, 60), R.randint(5, 20), R.randint(2, 10), R.randint(5, 30), "{:,}".format(R.randint(2000, 3800)), R.uniform(30, 300))))
    return out


def blk_ndi_update():
    p = pick_dead()
    c = tick(5, 120)
    dod = p.dod
    L = Line("ndi-linkage").t("%s ndi_match INFO  updated patientIdNumber=" % c.strftime("%Y-%m-%d %H:%M:%S")).p(p.pid, "mrn")
    L.t(" vitalStatus=0 dateOfLastContact=").p(d8(dod), "date").t(" followUpSource=%s causeOfDeath=%s" % (R.choice(["2", "3"]), p.site[7].replace(".", "")[:4]))
    return [L]


def blk_py_traceback():
    out = []
    p = pick()
    c = tick(30, 900)
    bad = dus(p.dob)
    L = Line("ndi-linkage").t("%s ndi_match ERROR unhandled exception scoring pid=" % c.strftime("%Y-%m-%d %H:%M:%S")).p(p.pid, "mrn")
    out.append(L)
    out.append(Line("py-traceback").t("Traceback (most recent call last):"))
    out.append(Line("py-traceback").t('  File "/opt/crtools/ndi/ndi_match.py", line %d, in score_pair' % R.randint(180, 260)))
    out.append(Line("py-traceback").t("    s += weight_dob(cr.dob, ndi.dob)"))
    out.append(Line("py-traceback").t('  File "/opt/crtools/ndi/weights.py", line %d, in weight_dob' % R.randint(30, 80)))
    out.append(Line("py-traceback").t('    d = datetime.strptime(ndi_dob, "%Y%m%d")'))
    out.append(Line("py-traceback").t('  File "/usr/lib/python3.11/_strptime.py", line 568, in _strptime_datetime'))
    out.append(Line("py-traceback").t("    tt, fraction, gmtoff_fraction = _strptime(data_string, format)"))
    L = Line("py-traceback").t("ValueError: time data '").p(bad, "date").t("' does not match format '%Y%m%d'")
    out.append(L)
    return out


def tb_log(c, level, msg_pairs):
    L = Line("tumorboard-json")
    pairs = Obj([("time", ts_z(c)), ("level", level), ("service", "tumorboard-scheduler"), ("pid", 4412), ("hostname", "tb-app-02")])
    pairs.extend(msg_pairs)
    jobj(L, pairs, ascii_only=False, sep=",", kv=":")
    return L


BOARDS = {"THOR": "Thoracic", "BRST": "Breast", "GI": "GI", "GU": "GU", "MEL": "Melanoma/Skin", "HN": "Head & Neck"}


def blk_tumorboard_sched():
    out = []
    c = tick(60, 1800)
    board = R.choice(list(BOARDS))
    conf_day = (c + dtm.timedelta(days=R.randint(1, 9))).date()
    conf = "TB-%s-%s" % (board, conf_day.strftime("%Y%m%d"))
    chair = [x for x in PHYS if x[3] == board] or [PHYS[7]]
    chair = chair[0]
    out.append(tb_log(c, "info", [("msg", "conference created"), ("conferenceId", conf), ("startsAt", conf_day.strftime("%Y-%m-%dT12:00:00-05:00")),
                                  ("room", "Pavilion B %d" % R.randint(4100, 4190)), ("chair", "%s %s, MD" % (chair[0], chair[1])), ("teamsMeetingId", "%d %d %d" % (R.randint(200, 299), R.randint(100, 999), R.randint(100, 999)))]))
    cands = [x for x in PATIENTS if x.board == board] or PATIENTS
    for p in R.sample(cands, min(len(cands), R.randint(1, 3))):
        c = tick(5, 200)
        k = R.random()
        presenter = R.choice(PHYS)
        if k < 0.6:
            out.append(tb_log(c, "info", [("msg", "case added"), ("conferenceId", conf), ("caseId", uuid4()), ("mrn", PHI(p.mrn, "mrn")),
                                          ("patientName", PHI("%s, %s" % (p.last, p.first), "name")), ("dob", PHI(diso(p.dob), "date")), ("age", PHI(str(p.age_now), "age") if p.age_now > 89 else p.age_now),
                                          ("presenter", "%s %s, MD" % (presenter[0], presenter[1])), ("reason", R.choice(["adjuvant therapy discussion", "neoadjuvant vs upfront surgery", "margin status review", "clinical trial eligibility", "second opinion path review"])),
                                          ("prospective", True)]))
        else:
            out.append(tb_log(c, "warn", [("msg", "case missing staging, registrar notified"), ("conferenceId", conf), ("caseId", uuid4()),
                                          ("accessionNumberHosp", PHI(p.acc, "other_id")), ("registrar", R.choice(REGISTRARS)[2]), ("notify", "cancer.registry@lakeshorehealth.org")]))
    c = tick(60, 600)
    out.append(tb_log(c, "info", [("msg", "reminder email sent"), ("to", "tumorboard-%s@lakeshorehealth.org" % board.lower()), ("from", "noreply@lakeshorehealth.org"),
                                  ("conferenceId", conf), ("cases", R.randint(3, 9)), ("smtpId", "<%s@mx1.lakeshorehealth.org>" % hexs(16))]))
    if R.random() < 0.5:
        c = tick(5, 60)
        out.append(tb_log(c, "info", [("msg", "CoC standard 2.5 attendance computed"), ("conferenceId", conf), ("specialties", ["medonc", "radonc", "surgery", "path", "radiology"]), ("prospectivePct", round(R.uniform(80, 100), 1)), ("cmeCredits", 1.0)]))
    return out


def blk_tumorboard_prep(force_board=None):
    out = []
    board = R.choice(list(BOARDS))
    c = tick(60, 1800)
    conf_day = (c + dtm.timedelta(days=R.randint(0, 3))).date()
    if force_board:
        board = force_board
    cands = [x for x in PATIENTS if x.board == board] or PATIENTS
    olds = [x for x in cands if x.age_now > 89]
    if olds and R.random() < 0.7:
        cands = olds + [x for x in cands if x not in olds][:1]
    def pre(level="INFO"):
        cc = tick(0, 8)
        return Line("tbprep-python").t("%s %s tbprep[%d]: " % (ts_comma(cc), level, 7731))
    L = pre()
    L.t("building agenda %s board %s (%s)" % (BOARDS[board], conf_day.strftime("%Y-%m-%d"), "tb_%s_%s.pptx" % (board.lower(), conf_day.strftime("%Y%m%d"))))
    out.append(L)
    for i, p in enumerate(R.sample(cands, min(len(cands), R.randint(1, 3)))):
        L = pre()
        L.t("slide %d case %d: " % (3 + i * 4, i + 1))
        age = p.age_now
        if age > 89:
            L.p(str(age), "age")
        else:
            L.t(str(age))
        L.t(R.choice(["yo ", " y/o ", "-year-old "]) + {"F": "F", "M": "M"}[p.sex] + ", %s, %s on imaging " % (
            p.site[4], R.choice(["mass", "lesion", "nodule"])))
        L.p(dus(p.dxdate - dtm.timedelta(days=R.randint(5, 40))), "date")
        L.t(", path ").p(p.pathacc, "other_id").t(", MRN ").p(p.mrn, "mrn")
        out.append(L)
        if p.site[0] == "C443" or R.random() < 0.12:
            L = pre()
            jpeg = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(150, 260)))).decode()
            L.t("case %d clinical photo embedded (%s) src=" % (i + 1, R.choice(["face, left cheek lesion", "pre-op clinical photo"])))
            L.p("data:image/jpeg;base64," + jpeg, "photo")
            out.append(L)
        if R.random() < 0.5:
            L = pre()
            rec = R.choice(RECS[p.board] + ["repeat biopsy, NGS panel (FoundationOne CDx)", "clinical trial screening"])
            L.t("case %d recommendation recorded: \"%s\" NCCN=%s" % (i + 1, rec, R.choice(["yes", "yes", "deviation-documented"])))
            out.append(L)
    L = pre()
    L.t("attendance: %s" % ", ".join("%s. %s %s" % (x[0][0], x[1], "MD") for x in R.sample(PHYS, 4)) + ", %s %s CTR" % (REGISTRARS[0][0][0] + ".", REGISTRARS[0][1]))
    out.append(L)
    L = pre()
    L.t("rendered agenda PDF /srv/tb/out/tb_%s_%s.pdf (%d cases, %d slides, %d KB)" % (board.lower(), conf_day.strftime("%Y%m%d"), R.randint(3, 9), R.randint(14, 40), R.randint(800, 9000)))
    out.append(L)
    return out


UAS = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36",
]


def blk_portal():
    out = []
    p = pick()
    c = tick(60, 3000)
    slug = "%s.%s" % (fold(p.first).lower().replace(" ", "-"), fold(p.last).lower().replace("'", ""))
    tok = hexs(24)
    L = Line("nginx-access").p(p.ip, "ip").t(" - - [%s] \"GET /fu/survey/%s HTTP/1.1\" 200 %d \"" % (ts_clf(c), tok, R.randint(4000, 9000)))
    L.p("https://myhealth.lakeshorehealth.org/followup/%s/letter?lang=en" % slug, "url")
    L.t("\" \"%s\"" % R.choice(UAS))
    out.append(L)
    c = tick(30, 400)
    L = Line("nginx-access").p(p.ip, "ip").t(" - - [%s] \"POST /api/fu/survey/submit HTTP/1.1\" 201 %d \"https://myhealth.lakeshorehealth.org/fu/survey/%s\" \"%s\"" % (
        ts_clf(c), R.randint(100, 600), tok, R.choice(UAS)))
    out.append(L)
    c = tick(0, 30)
    out.append(Line("nginx-access").t("10.20.8.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.27\"" % (R.randint(2, 9), ts_clf(c))))
    return out


def blk_pro_app():
    out = []
    p = pick()
    c = tick(60, 3000)
    L = Line("pro-app-json")
    jobj(L, Obj([("@timestamp", ts_z(c)), ("log.level", "INFO"), ("service.name", "pro-collector"), ("event", "device_registered"),
                 ("patient_id", PHI(p.mrn, "mrn")), ("imei", PHI(p.imei, "device")), ("model", R.choice(["iPhone 13", "Pixel 7", "Galaxy A54", "iPad (9th gen)"])), ("contact_email", PHI(p.email, "email")),
                 ("app_version", "2.%d.%d" % (R.randint(0, 9), R.randint(0, 20))), ("trace_id", hexs(32))]))
    out.append(L)
    c = tick(5, 200)
    L = Line("pro-app-json")
    jobj(L, Obj([("@timestamp", ts_z(c)), ("log.level", "INFO"), ("service.name", "pro-collector"), ("event", "questionnaire_scheduled"),
                 ("instrument", R.choice(["PROMIS-29 v2.1", "EORTC QLQ-C30", "FACT-G", "ESAS-r"])), ("count", R.randint(10, 80)), ("trace_id", hexs(32))]))
    out.append(L)
    if R.random() < 0.5:
        c = tick(5, 200)
        L = Line("pro-app-json")
        jobj(L, Obj([("@timestamp", ts_z(c)), ("log.level", "WARN"), ("service.name", "pro-collector"), ("event", "sms_undeliverable"),
                     ("to", PHI("+1%s555%s" % (p.phone_ac, p.phone_ln), "phone")), ("patient_id", PHI(p.mrn, "mrn")), ("provider", "twilio"), ("error_code", 30003)]))
        out.append(L)
    return out


def blk_ivr():
    p = pick()
    c = tick(60, 3000)
    L = Line("followup-python")
    fu_prefix(L, c, "INFO", "fu.ivr")
    L.t("call %s verified caller for patientIdNumber=" % uuid4()).p(p.pid, "mrn").t(" via voiceprint score=%.2f template=" % R.uniform(0.8, 0.99))
    L.p(b64(R.choice([96, 120, 144])), "biometric")
    return [L]


def blk_dmv():
    out = []
    c = tick(300, 4000)
    out.append(Line("dmv-linkage").t("%s INFO dmvlink: loaded SOS_DL_EXTRACT_%s.txt (%s rows), linking %d lost-to-follow-up patients" % (
        ts_comma(c), c.strftime("%Y%m"), "{:,}".format(R.randint(100000, 900000)), R.randint(100, 400))))
    p = pick()
    c = tick(1, 30)
    L = Line("dmv-linkage").t("%s INFO dmvlink: match pid=" % ts_comma(c)).p(p.pid, "mrn").t(" dl=").p(p.dl, "license")
    L.t(" addr_update=1 new=\"").p(fold(p.street).upper(), "address").t("|").p(fold(p.city).upper(), "address").t("|%s|" % p.state).p(p.zip, "zip").t("\" issued=%s" % (c - dtm.timedelta(days=R.randint(100, 2000))).strftime("%Y-%m"))
    out.append(L)
    if True:
        c = tick(0, 3)
        L = Line("dmv-linkage").t("%s DEBUG dmvlink: registration record ignored for pid=" % ts_comma(c)).p(p.pid, "mrn")
        L.t(" plate=").p(p.plate, "vehicle").t(" vin=").p(p.vin, "vehicle").t(" (vehicle addr older than DL addr)")
        out.append(L)
    c = tick(1, 60)
    out.append(Line("dmv-linkage").t("%s INFO dmvlink: done matched=%d updated=%d ambiguous=%d" % (ts_comma(c), R.randint(20, 90), R.randint(10, 60), R.randint(0, 9))))
    return out


def blk_card():
    p = pick()
    c = tick(60, 2000)
    L = Line("casefind-python").t("%s ERROR    casefind.billing: row %d unparsed guarantor field leaked to log acct=" % (ts_comma(c), R.randint(10, 15999)))
    L.p(p.har, "account").t(" card=").p(p.cardno, "account").t(" exp=%02d/%02d (ticket SEC-%d opened)" % (R.randint(1, 12), R.randint(25, 29), R.randint(1000, 9999)))
    return [L]


# --------------------------- no-PHI single lines -----------------------------
def s_cron():
    c = tick(60, 1800)
    job = R.choice(["/opt/crtools/bin/nightly_casefind.sh", "/opt/crtools/bin/run_edits.sh --metafile NAACCR_v23C", "/usr/bin/python3 /opt/crtools/ndi/poll.py",
                    "/opt/crtools/bin/submit_csr.sh --dry-run", "/opt/crtools/bin/fu_batch.sh"])
    return [Line("syslog").t("%s crreg-app01 CRON[%d]: (registry) CMD (%s)" % (ts_syslog(c), R.randint(10000, 60000), job))]


def s_systemd():
    c = tick(60, 1800)
    m = R.choice(["Started Mirth Connect Server 4.4.2.", "mirthconnect.service: Consumed 2h 11min 4.221s CPU time.",
                  "Starting Daily apt download activities...", "tumorboard-scheduler.service: Scheduled restart job, restart counter is at 1.",
                  "Finished Rotate log files.", "cr-abstractor.service: Deactivated successfully."])
    return [Line("syslog").t("%s crreg-app0%d systemd[1]: %s" % (ts_syslog(c), R.randint(1, 3), m))]


def s_maven():
    c = tick(60, 1800)
    m = R.choice(["[INFO] Building cr-naaccr-tools 3.%d.%d" % (R.randint(0, 9), R.randint(0, 20)),
                  "[INFO] Tests run: %d, Failures: 0, Errors: 0, Skipped: %d" % (R.randint(100, 600), R.randint(0, 9)),
                  "[INFO] --- maven-surefire-plugin:3.2.5:test (default-test) @ cr-abstractor ---",
                  "[INFO] BUILD SUCCESS",
                  "[INFO] Total time:  %d.%03d s" % (R.randint(20, 200), R.randint(0, 999)),
                  "[INFO] Finished at: %s" % ts_iso_local(c)[:19] + "-05:00",
                  "[WARNING] The requested profile \"naaccr-v24\" could not be activated because it does not exist.",
                  "[INFO] Installing /home/ci/work/cr-naaccr-tools/target/cr-naaccr-tools-3.4.1.jar to /home/ci/.m2/repository/org/lakeshore/cr/cr-naaccr-tools/3.4.1/cr-naaccr-tools-3.4.1.jar"])
    return [Line("maven-build").t(m)]


def s_pytest():
    m = R.choice(["tests/test_fixed_width.py::test_layout_offsets[CR-EXTRACT-3] PASSED                    [ %d%%]" % R.randint(1, 99),
                  "tests/test_ndi_weights.py::test_weight_dob_partial PASSED                           [ %d%%]" % R.randint(1, 99),
                  "tests/test_edits_parse.py::test_item_number_lookup[2230] PASSED                     [ %d%%]" % R.randint(1, 99),
                  "======================== %d passed, %d skipped in %.2fs =========================" % (R.randint(80, 300), R.randint(0, 5), R.uniform(3, 40)),
                  "platform linux -- Python 3.11.7, pytest-8.1.1, pluggy-1.4.0"])
    return [Line("pytest").t(m)]


def s_nginx():
    c = tick(10, 600)
    m = R.choice(["GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.27",
                  "GET /static/js/app.%s.js HTTP/1.1\" 200 %d \"https://myhealth.lakeshorehealth.org/\" \"%s" % (hexs(8), R.randint(40000, 300000), R.choice(UAS)),
                  "GET /metrics HTTP/1.1\" 200 %d \"-\" \"Prometheus/2.51.1" % R.randint(2000, 9000)])
    return [Line("nginx-access").t("10.20.%d.%d - - [%s] \"%s\"" % (R.randint(1, 30), R.randint(2, 250), ts_clf(c), m))]


def s_abstract_noise():
    c = tick(10, 900)
    L = Line("abstract-spring")
    k = R.random()
    reg = R.choice(REGISTRARS)
    if k < 0.25:
        spring(L, "INFO", c, "scheduling-1", "o.l.cr.abstracting.QueueMetrics")
        L.t("suspense queue depth=%d oldest=%dd assigned{%s}" % (R.randint(40, 400), R.randint(3, 120), ",".join("%s=%d" % (r[2], R.randint(0, 60)) for r in R.sample(REGISTRARS, 3))))
    elif k < 0.45:
        spring(L, "INFO", c, "nio-8443-exec-%d" % R.randint(1, 12), "o.l.cr.security.LoginListener")
        L.t("login ok user=%s (%s %s, CTR) from 10.20.%d.%d mfa=duo" % (reg[2], reg[0], reg[1], R.randint(1, 30), R.randint(2, 250)))
    elif k < 0.6:
        spring(L, "WARN", c, "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool")
        L.t("HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%ds%dms)." % (R.randint(30, 90), R.randint(0, 999)))
    elif k < 0.75:
        spring(L, "INFO", c, "main", "o.l.cr.abstracting.CrAbstractorApplication")
        st = R.uniform(8, 30)
        L.t("Started CrAbstractorApplication in %.3f seconds (process running for %.3f)" % (st, st + R.uniform(0.4, 2.5)))
    else:
        spring(L, "INFO", c, "scheduling-1", "o.l.cr.reference.ReferenceDataLoader")
        L.t("loaded SEER*RSA site-specific data items v3.1 (%d items), ICD-O-3.2 histology table (%d rows), STORE 2024 manual rules" % (R.randint(300, 500), R.randint(1200, 1800)))
    return [L]


def s_casefind_noise():
    c = tick(10, 900)
    L = Line("casefind-log4j")
    m = R.choice([
        "o.l.cr.casefinding.CaseFindingService - casefinding summary %s: path=%d billing=%d rad=%d suspense_created=%d dupes=%d" % (
            (c - dtm.timedelta(days=1)).strftime("%Y-%m-%d"), R.randint(80, 200), R.randint(150, 260), R.randint(10, 60), R.randint(20, 80), R.randint(40, 120)),
        "o.l.cr.casefinding.KeywordIndex - reloaded reportable keyword list v%d (%d terms, %d exclusions)" % (R.randint(20, 40), R.randint(300, 500), R.randint(40, 90)),
        "o.l.cr.casefinding.PathFeedMonitor - no ORU received from COPATH in %d min (threshold 60), paging on-call registry-it@lakeshorehealth.org" % R.randint(61, 120),
    ])
    L.t("%s INFO  [casefind-scheduler] %s" % (ts_dot(c), m))
    return [L]


def s_tb_noise():
    c = tick(10, 900)
    return [tb_log(c, "info", [("msg", R.choice(["calendar sync complete", "agenda lock released", "room booking confirmed"])), ("conferences", R.randint(2, 9)),
                               ("durationMs", R.randint(40, 4000)), ("requestId", uuid4())])]


def s_edits_noise():
    m = R.choice(["Edit set loaded: %d edits (%d skipped by configuration)" % (R.randint(380, 430), R.randint(2, 20)),
                  "Metafile NAACCR_v23C_METAFILE.smf build 2023-11-14 checksum %s" % hexs(8).upper(),
                  "Field-level edits OK for 100%% of %s records; interfield errors listed above" % "{:,}".format(R.randint(900, 1500))])
    return [Line("edits-report").t(m)]


def s_fu_noise():
    c = tick(10, 900)
    L = Line("followup-python")
    fu_prefix(L, c, "INFO")
    L.t(R.choice(["returned-mail scan: %d items from mailroom batch RM-%s, %d matched" % (R.randint(5, 40), c.strftime("%Y%m%d"), R.randint(3, 30)),
                  "follow-up rate (5-yr, analytic, alive): %.1f%% ; CoC standard 6.4 threshold 80%%" % R.uniform(82, 93),
                  "SMTP relay smtp.lakeshorehealth.org:587 ok, from=noreply@lakeshorehealth.org, queued=%d" % R.randint(10, 300)]))
    return [L]


def s_phi_casefind():
    p = pick()
    c = tick(10, 600)
    L = Line("casefind-log4j").t("%s INFO  [casefind-worker-%d] o.l.cr.casefinding.SuspenseService - " % (ts_dot(c), R.randint(1, 8)))
    k = R.random()
    if k < 0.5:
        L.t("suspense SR-%d linked to existing tumor accession=" % R.randint(100000, 199999)).p(p.acc, "other_id").t(" (same primary %s, dx " % p.site[0])
        L.p(diso(p.dxdate), "date").t(")")
    else:
        L.t("radiology casefind hit mrn=").p(p.mrn, "mrn").t(" exam=CT %s impression=\"suspicious for malignancy\" examDate=" % R.choice(["CHEST W CONTRAST", "ABD/PELVIS", "NECK SOFT TISSUE"]))
        L.p(diso(p.dxdate - dtm.timedelta(days=R.randint(3, 30))), "date")
    return [L]


def s_phi_tb():
    p = pick()
    c = tick(10, 600)
    return [tb_log(c, "info", [("msg", "case moved"), ("fromConference", "TB-%s-%s" % (p.board, (c + dtm.timedelta(days=2)).strftime("%Y%m%d"))),
                               ("toConference", "TB-%s-%s" % (p.board, (c + dtm.timedelta(days=9)).strftime("%Y%m%d"))), ("mrn", PHI(p.mrn, "mrn")),
                               ("patient", PHI(p.first + " " + p.last, "name")), ("by", R.choice(REGISTRARS)[2])])]


def s_phi_fu():
    p = pick()
    c = tick(10, 600)
    L = Line("followup-python")
    fu_prefix(L, c, "INFO")
    k = R.random()
    if k < 0.25:
        L.t("e-letter delivered to ").p(p.email, "email").t(" for patientIdNumber=").p(p.pid, "mrn").t(" (opt-in since %d)" % R.randint(2018, 2023))
    elif k < 0.55:
        L.t("returned mail RTS for ").p(p.pid, "mrn").t(" \"").p(p.first + " " + p.last, "name").t("\" reason=Attempted Not Known, flag address for DMV linkage")
    else:
        L.t("patient-reported contact: ").p(p.pid, "mrn").t(" alive, last seen ").p(diso(p.lastcontact), "date").t(" by outside MD, source=phone call to ")
        L.p(p.phone, "phone")
    return [L]


def s_phi_fax():
    p = pick()
    c = tick(10, 600)
    L = Line("followup-python")
    fu_prefix(L, c, "INFO", "fu.roi")
    L.t("release-of-information request ROI-%d: patient " % R.randint(10000, 99999)).p(p.pid, "mrn").t(" wants abstract summary faxed to ")
    L.p("(%s) 555-01%02d" % (p.phone_ac, R.randint(10, 99)), "fax").t(" attn ").p(p.con_first + " " + p.con_last, "name")
    L.t(" (%s, HIPAA authorization on file); sender fax %s" % (p.rel, REG_FAX))
    return [L]


NOPHI_SINGLES = [s_cron, s_systemd, s_maven, s_pytest, s_nginx, s_abstract_noise, s_abstract_noise, s_casefind_noise, s_tb_noise, s_edits_noise, s_fu_noise]
PHI_SINGLES = [(blk_hl7_json, 2), (blk_ndi_update, 2), (s_phi_casefind, 3), (s_phi_tb, 2), (s_phi_fu, 3), (blk_ivr, 0.4), (blk_card, 0.4), (s_phi_fax, 0.5)]

BLOCKS = [
    (blk_mirth_oru, 3), (blk_casefind_java, 4), (blk_billing_py, 4), (blk_abstract, 6), (blk_java_stack, 1.2),
    (blk_naaccr_xml, 0.5), (blk_fixed_layout, 0.3), (blk_fixed_records, 1.5), (blk_edits, 3.5), (blk_csr_submit, 2),
    (blk_followup, 4), (blk_ndi, 2.5), (blk_py_traceback, 1), (blk_tumorboard_sched, 3), (blk_tumorboard_prep, 3),
    (blk_portal, 2.5), (blk_pro_app, 2), (blk_dmv, 1.5), (blk_hl7_json, 1.5), (blk_ivr, 0.4), (blk_card, 0.4),
    (s_cron, 1), (s_systemd, 1), (s_maven, 1), (s_pytest, 0.6), (s_nginx, 1), (s_abstract_noise, 1), (s_casefind_noise, 0.8),
    (s_tb_noise, 0.8), (s_fu_noise, 0.8),
]


def wchoice(items):
    tot = sum(w for _, w in items)
    x = R.uniform(0, tot)
    for f, w in items:
        x -= w
        if x <= 0:
            return f
    return items[-1][0]


def build():
    lines = []
    # guarantee coverage of a few rarer formats early
    seeded = [blk_fixed_layout, blk_mirth_oru, blk_naaccr_xml, blk_edits, blk_dmv, blk_ivr, blk_card, blk_portal, blk_pro_app,
              blk_java_stack, blk_py_traceback, blk_ndi, s_phi_fax, blk_fixed_records, blk_csr_submit, blk_hl7_json, s_maven, s_pytest]
    R.shuffle(seeded)
    seeded.insert(0, lambda: blk_tumorboard_prep("MEL"))
    caps = {blk_naaccr_xml: 2, blk_mirth_oru: 5, blk_fixed_layout: 1, blk_java_stack: 2, blk_py_traceback: 2}
    used = {}
    nblk = 0
    while len(lines) < N_LINES:
        nblk += 1
        if seeded and nblk % 2 == 1:
            f = seeded.pop(0)
        else:
            f = wchoice(BLOCKS)
            if used.get(f, 0) >= caps.get(f, 10 ** 6):
                continue
        used[f] = used.get(f, 0) + 1
        blk = f()
        if len(lines) + len(blk) > N_LINES:
            continue
        lines.extend(blk)
        # keep the PHI-free share near 55%
        while True:
            n = len(lines)
            nophi = sum(1 for L in lines if not L.has_phi())
            share = nophi / n
            if n >= N_LINES:
                break
            if share < 0.545:
                lines.extend(R.choice(NOPHI_SINGLES)())
            elif share > 0.56:
                blk = wchoice(PHI_SINGLES)()
                lines.extend(blk)
            else:
                break
    assert len(lines) == N_LINES
    share = sum(1 for L in lines if not L.has_phi()) / N_LINES
    assert 0.52 <= share <= 0.58, share
    return lines


def main():
    lines = build()
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as fl, open(lab_path, "w", encoding="utf-8", newline="\n") as fj:
        for i, L in enumerate(lines, 1):
            data, spans = L.render()
            fl.write(data + b"\n")
            fj.write(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
