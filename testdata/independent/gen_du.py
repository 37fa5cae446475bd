#!/usr/bin/env python3
"""Deterministic generator for the 'du' held-out PHI test corpus.

Theme: healthcare staffing agency (travel nurses / per-diem clinicians).
Clinicians, hospital staff and agency staff are NOT PHI.  Only patients (and
their relatives) named in occurrence reports, complaint tickets, chart-audit
samples and EHR feeds are labeled.

Writes du.log and du.labels.jsonl next to this file.  Standard library only.
"""
import datetime as dt
import json
import os
import random

random.seed(1818_0314)

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "du"
N_LINES = 500

# ---------------------------------------------------------------------------
# line builder with byte-offset spans
# ---------------------------------------------------------------------------


class P:
    """A PHI value to be inserted (value, category)."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []  # (text, cat or None)

    def t(self, s):
        self.parts.append((str(s), None))
        return self

    def p(self, s, cat):
        assert cat in CATS, cat
        s = str(s)
        assert s, "empty PHI value"
        self.parts.append((s, cat))
        return self

    def v(self, val, esc=lambda s: s):
        """emit a value: str/int/P/list-of-pieces, escaping every piece."""
        if isinstance(val, P):
            self.p(esc(str(val.v)), val.cat)
        elif isinstance(val, list):
            for piece in val:
                self.v(piece, esc)
        else:
            self.t(esc(str(val)))
        return self

    def build(self):
        buf = bytearray()
        spans = []
        for text, cat in self.parts:
            b = text.encode("utf-8")
            if cat:
                spans.append((len(buf), len(buf) + len(b), cat, b))
            buf += b
        raw = bytes(buf)
        assert b"\n" not in raw and b"\r" not in raw, raw[:200]
        assert len(raw) <= 4000, len(raw)
        out = []
        last = -1
        for s, e, cat, b in spans:
            assert raw[s:e] == b, (raw[s:e], b)
            assert s >= last, "overlap"
            last = e
            out.append({"s": s, "e": e, "cat": cat})
        return raw, out


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


def plain(v):
    if isinstance(v, P):
        return str(v.v)
    if isinstance(v, list):
        return "".join(plain(x) for x in v)
    return str(v)


# --- escapers / serializers -------------------------------------------------

def json_esc(ascii_only):
    def f(s):
        return json.dumps(s, ensure_ascii=ascii_only)[1:-1]
    return f


class Raw:
    """pre-formatted JSON literal (numbers with a specific formatting)."""

    def __init__(self, s):
        self.s = s


def jwrite(L, obj, ascii_only=False, seps=(",", ":")):
    esc = json_esc(ascii_only)
    if isinstance(obj, Raw):
        L.t(obj.s)
    elif isinstance(obj, P) and not isinstance(obj.v, str):
        L.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, (P, list)) and (isinstance(obj, P) or (obj and obj[0] == "__s__")):
        pieces = obj if isinstance(obj, P) else obj[1:]
        L.t('"')
        L.v(pieces, esc)
        L.t('"')
    elif isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(seps[0])
            L.t(json.dumps(k, ensure_ascii=ascii_only) + seps[1])
            jwrite(L, v, ascii_only, seps)
        L.t("}")
    elif isinstance(obj, (list, tuple)):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(seps[0])
            jwrite(L, v, ascii_only, seps)
        L.t("]")
    elif isinstance(obj, float):
        L.t(repr(obj))
    else:
        L.t(json.dumps(obj, ensure_ascii=ascii_only))


def S(*pieces):
    """composite JSON/inspect/repr string made of text and P pieces"""
    return ["__s__"] + list(pieces)


def is_str(v):
    return isinstance(v, str) or (isinstance(v, P) and isinstance(v.v, str)) or (
        isinstance(v, list) and v and v[0] == "__s__")


def pieces_of(v):
    if isinstance(v, list) and v and v[0] == "__s__":
        return v[1:]
    return [v]


def pyrepr(L, obj):
    """Python repr() of dict/list/str/int with PHI pieces."""
    if isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(", ")
            L.t(repr(k) + ": ")
            pyrepr(L, v)
        L.t("}")
    elif isinstance(obj, (list, tuple)) and not (obj and obj[0] == "__s__"):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(", ")
            pyrepr(L, v)
        L.t("]")
    elif is_str(obj):
        pcs = pieces_of(obj)
        whole = plain(pcs)
        q = "'"
        if "'" in whole and '"' not in whole:
            q = '"'

        def esc(s, q=q):
            return s.replace("\\", "\\\\").replace(q, "\\" + q).replace("\n", "\\n")
        L.t(q)
        L.v(pcs, esc)
        L.t(q)
    elif isinstance(obj, P):
        L.p(repr(obj.v), obj.cat)
    elif obj is None:
        L.t("None")
    elif isinstance(obj, bool):
        L.t("True" if obj else "False")
    else:
        L.t(repr(obj))


def exinspect(L, obj):
    """Elixir inspect/1 of maps (keys sorted), lists, strings, ints, atoms."""
    if isinstance(obj, dict):
        L.t("%{")
        for i, k in enumerate(sorted(obj.keys())):
            if i:
                L.t(", ")
            L.t('"' + k + '" => ')
            exinspect(L, obj[k])
        L.t("}")
    elif isinstance(obj, list) and not (obj and obj[0] == "__s__"):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(", ")
            exinspect(L, v)
        L.t("]")
    elif is_str(obj):
        def esc(s):
            return s.replace("\\", "\\\\").replace('"', '\\"').replace("#{", "\\#{")
        L.t('"')
        L.v(pieces_of(obj), esc)
        L.t('"')
    elif isinstance(obj, P):
        L.p(str(obj.v), obj.cat)
    elif obj is None:
        L.t("nil")
    elif isinstance(obj, bool):
        L.t("true" if obj else "false")
    elif isinstance(obj, Raw):
        L.t(obj.s)
    else:
        L.t(str(obj))


# ---------------------------------------------------------------------------
# random identifiers
# ---------------------------------------------------------------------------
B32 = "0123456789abcdefghjkmnpqrstvwxyz"
CROCK = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
B64U = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def rhex(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return "%s-%s-4%s-%s%s-%s" % (rhex(8), rhex(4), rhex(3), random.choice("89ab"), rhex(3), rhex(12))


def ulid(t):
    ms = int(t.timestamp() * 1000)
    s = ""
    for _ in range(10):
        s = CROCK[ms % 32] + s
        ms //= 32
    return s + "".join(random.choice(CROCK) for _ in range(16))


def req_id():
    return "F" + "".join(random.choice(B64U) for _ in range(19))


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


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
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def make_card(prefix, length=16):
    body = prefix + digits(length - len(prefix) - 1)
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


def make_npi():
    body = random.choice("12") + digits(8)
    chk = luhn_digit("80840" + body)
    n = body + chk
    assert luhn_ok("80840" + n)
    return n


def make_dea(last_initial, kind="B"):
    d = [random.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return kind + last_initial + "".join(map(str, d)) + str(c)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_ALPHA + "0123456789"


def make_mbi():
    s = (random.choice("123456789") + random.choice(MBI_ALPHA) + random.choice(MBI_AN) +
         random.choice("0123456789") + random.choice(MBI_ALPHA) + random.choice(MBI_AN) +
         random.choice("0123456789") + random.choice(MBI_ALPHA) + random.choice(MBI_ALPHA) +
         random.choice("0123456789") + random.choice("0123456789"))
    return s


VIN_TR = {**{str(i): i for i in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
          **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def make_vin(prefix8, year_plant, serial):
    v = prefix8 + "0" + year_plant + serial
    assert len(v) == 17
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    chk = "X" if s == 10 else str(s)
    return v[:8] + chk + v[9:]


def make_imei(tac):
    body = tac + digits(14 - len(tac))
    return body + luhn_digit(body)


def fake_ssn():
    while True:
        a = random.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, random.randint(10, 99), random.randint(1000, 9999))


# ---------------------------------------------------------------------------
# clock
# ---------------------------------------------------------------------------
UTC = dt.timezone.utc


class Clock:
    cur = dt.datetime(2024, 3, 14, 5, 58, 7, 412000, tzinfo=UTC)


def tick(mean=95.0):
    Clock.cur += dt.timedelta(microseconds=int(random.expovariate(1.0 / mean) * 1e6) + 1000)
    return Clock.cur


def nudge(ms_lo=1, ms_hi=60):
    Clock.cur += dt.timedelta(microseconds=random.randint(ms_lo * 1000, ms_hi * 1000))
    return Clock.cur


def f_iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def f_rfc3339(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def f_zap_ts(t):
    base = int(t.timestamp())
    frac = "%06d%d" % (t.microsecond, random.randint(0, 9))
    frac = frac.rstrip("0") or "0"
    return "%d.%s" % (base, frac)


def f_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def f_ex(t):
    return t.strftime("%H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def f_exdate(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def f_gostd(t):
    return t.strftime("%Y/%m/%d %H:%M:%S")


def f_gin(t):
    return t.strftime("%Y/%m/%d - %H:%M:%S")


def f_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def f_pg(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)


def f_klog(t):
    return t.strftime("I%m%d %H:%M:%S.%f")


def local(t, off_h):
    tz = dt.timezone(dt.timedelta(hours=off_h))
    return t.astimezone(tz).isoformat(timespec="seconds")


def go_dur(ms):
    if ms < 1:
        return ("%.3f" % (ms * 1000)).rstrip("0").rstrip(".") + "µs"
    if ms < 1000:
        return ("%.6f" % ms).rstrip("0").rstrip(".") + "ms"
    return ("%.6f" % (ms / 1000)).rstrip("0").rstrip(".") + "s"


# ---------------------------------------------------------------------------
# world: agency, facilities, staff, patients
# ---------------------------------------------------------------------------
AGENCY = "Corvane Health Staffing"
ADOM = "corvanehs.com"
TODAY = dt.date(2024, 3, 14)

FACILITIES = {
    "fac_0192": dict(name="Bayou City Memorial Hospital", short="BCMH", city="Houston", st="TX", off=-5,
                     addr="7700 Greenbriar Dr, Houston, TX 77030", phone="(713) 555-0100", fax="(713) 555-0109",
                     lat=29.70812, lon=-95.40108, units=["5W Med/Surg", "MICU", "4E Tele", "L&D", "ED"]),
    "fac_0217": dict(name="St. Brigid Medical Center", short="SBMC", city="Tucson", st="AZ", off=-7,
                     addr="1601 N Campbell Ave, Tucson, AZ 85719", phone="(520) 555-0100", fax="(520) 555-0110",
                     lat=32.24097, lon=-110.94521, units=["3N Ortho", "CVICU", "ED", "6S Oncology"]),
    "fac_0305": dict(name="Lakeshore Regional Health", short="LRH", city="Milwaukee", st="WI", off=-5,
                     addr="2900 W Oklahoma Ave, Milwaukee, WI 53215", phone="(414) 555-0100", fax="(414) 555-0108",
                     lat=42.98839, lon=-87.94822, units=["7 Neuro", "SICU", "2W Geri", "PACU"]),
    "fac_0411": dict(name="Sierra Vista Community Hospital", short="SVCH", city="Fresno", st="CA", off=-7,
                     addr="2823 Fresno St, Fresno, CA 93721", phone="(559) 555-0100", fax="(559) 555-0119",
                     lat=36.74312, lon=-119.78395, units=["Stepdown", "NICU", "4 Med", "ED"]),
    "fac_0528": dict(name="Piedmont Valley Medical Center", short="PVMC", city="Greenville", st="SC", off=-4,
                     addr="701 Grove Rd, Greenville, SC 29605", phone="(864) 555-0100", fax="(864) 555-0106",
                     lat=34.82085, lon=-82.41436, units=["Cath Lab", "3 Surg", "ED", "Rehab"]),
    "fac_0633": dict(name="North Cascades General", short="NCG", city="Bellingham", st="WA", off=-7,
                     addr="2901 Squalicum Pkwy, Bellingham, WA 98225", phone="(360) 555-0100", fax="(360) 555-0104",
                     lat=48.77321, lon=-122.46418, units=["ICU", "Med/Surg 2", "Peds", "Behavioral Health"]),
}
FAC_IDS = list(FACILITIES.keys())


def mk_clin(name, role, st, email_user, phone):
    return dict(id="cln_" + "".join(random.choice(B32) for _ in range(10)), name=name, role=role, st=st,
                lic_no=digits(random.choice([6, 7])), npi=make_npi(), email=email_user, phone=phone,
                device="ios-" + rhex(8).upper() if random.random() < 0.6 else "android-" + rhex(16))


CLINICIANS = [
    mk_clin("Priya Raman", "RN", "TX", "priya.raman.rn@gmail.com", "713-555-0142"),
    mk_clin("Marcus Delacroix", "RN", "LA", "mdelacroix@yahoo.com", "504-555-0117"),
    mk_clin("Oluwaseun Bakare", "LPN", "TX", "seun.bakare@outlook.com", "281-555-0131"),
    mk_clin("Katarzyna Nowak", "RN", "WI", "kasia.nowak.rn@gmail.com", "414-555-0162"),
    mk_clin("Diego Alvarado", "RRT", "AZ", "dalvarado.rrt@gmail.com", "520-555-0129"),
    mk_clin("Mei-Ling Chou", "RN", "CA", "meiling.chou@icloud.com", "559-555-0183"),
    mk_clin("Jamal Haddad", "CRNA", "SC", "jhaddad.crna@protonmail.com", "864-555-0114"),
    mk_clin("Brianna Kowalczyk", "RN", "WI", "bri.kowalczyk@gmail.com", "262-555-0158"),
    mk_clin("Thanh Nguyen", "PT", "WA", "thanh.nguyen.dpt@gmail.com", "360-555-0176"),
    mk_clin("Siobhán Gallagher", "RN", "WA", "siobhan.g.rn@hotmail.com", "206-555-0121"),
    mk_clin("Andrés Villalobos", "RN", "AZ", "avillalobos.rn@gmail.com", "602-555-0139"),
    mk_clin("Emeka Okonkwo", "RN", "SC", "emeka.okonkwo@yahoo.com", "864-555-0190"),
    mk_clin("Hannah Lindqvist", "RN", "CA", "hlindqvist@outlook.com", "916-555-0147"),
    mk_clin("Ravi Shankar Iyer", "CST", "TX", "ravi.iyer.cst@gmail.com", "832-555-0153"),
    mk_clin("Tatiana Morozova", "RN", "SC", "t.morozova.rn@gmail.com", "803-555-0168"),
]
HOSP_STAFF = {
    "fac_0192": ["Dana Whitfield", "Lorraine Batiste", "Dr. Chidi Okafor"],
    "fac_0217": ["Rosalind Tsosie", "Dr. Helena Marsh", "Colleen Brandt"],
    "fac_0305": ["Gregory Ames", "Yusuf Karim, PharmD", "Dr. Anneliese Vogt"],
    "fac_0411": ["Marisol Gutiérrez", "Dr. Farid Rahimi", "Pauline Ochoa"],
    "fac_0528": ["Wendell Pruitt", "Dr. Sarah Beth Lyle", "Kimberly Oduya"],
    "fac_0633": ["Ingrid Solheim", "Dr. Tobias Wren", "Mackenzie Lau"],
}
RISK_MGR = {"fac_0192": "Dana Whitfield", "fac_0217": "Rosalind Tsosie", "fac_0305": "Gregory Ames",
            "fac_0411": "Marisol Gutiérrez", "fac_0528": "Wendell Pruitt", "fac_0633": "Ingrid Solheim"}
AGENCY_STAFF = ["Kelsey Moore", "Arturo Benítez", "Lin Zhao", "Nadia Petrova", "Jonah Feldstein"]
AGENCY_EMAILS = ["credentialing@" + ADOM, "payroll@" + ADOM, "noreply@" + ADOM, "clinical-qa@" + ADOM,
                 "kelsey.moore@" + ADOM, "arturo.benitez@" + ADOM]
PRESCRIBERS = [("Dr. Helena Marsh", make_dea("M")), ("Dr. Farid Rahimi", make_dea("R")),
               ("Dr. Tobias Wren", make_dea("W", "F"))]
ATTENDING_NPI = {"fac_0192": ("OKAFOR", "CHIDI", make_npi()), "fac_0305": ("VOGT", "ANNELIESE", make_npi()),
                 "fac_0633": ("WREN", "TOBIAS", make_npi()), "fac_0217": ("MARSH", "HELENA", make_npi()),
                 "fac_0411": ("RAHIMI", "FARID", make_npi()), "fac_0528": ("LYLE", "SARAH", make_npi())}


def age_of(dob):
    y, m, d = dob
    return TODAY.year - y - ((TODAY.month, TODAY.day) < (m, d))


def pat(**kw):
    kw.setdefault("rel", None)
    kw["age"] = age_of(kw["dob"])
    return kw


PATIENTS = [
    pat(first="Ngozi", last="Adeyemi", sex="F", dob=(1931, 7, 2), fac="fac_0192", mrn="M00482913",
        street="4410 Bellaire Blvd", city="Houston", st="TX", zip="77025", phone="(713) 555-0187",
        ssn=fake_ssn(), acct="A0048213991", plan=("MEDICARE", make_mbi()), dl="31884172",
        rel=dict(first="Funmilayo", last="Adeyemi-Brooks", relation="daughter", phone="832-555-0166",
                 email="funmi.adeyemibrooks@outlook.com", street="12 Larkspur Ct", city="Sugar Land", zip="77479")),
    pat(first="Tomasz", last="Wiśniewski", sex="M", dob=(1958, 11, 23), fac="fac_0305", mrn="LRH-0729184",
        street="2817 S Kinnickinnic Ave", city="Milwaukee", st="WI", zip="53207", phone="414-555-0112",
        ssn=fake_ssn(), acct="7720041183", plan=("UHC CHOICE PLUS", "912847305"), dl="W252-4187-5823-07",
        rel=dict(first="Bożena", last="Wiśniewska", relation="spouse", phone="414-555-0175",
                 email="bwisniewska58@wp.pl", street="2817 S Kinnickinnic Ave", city="Milwaukee", zip="53207")),
    pat(first="Guadalupe", last="Ramírez Ochoa", sex="F", dob=(1944, 2, 14), fac="fac_0217", mrn="SB4410982",
        street="2260 W Calle Paraiso", city="Tucson", st="AZ", zip="85745", phone="520-555-0148",
        ssn=None, acct="SB-ACC-00917264", plan=("AHCCCS", "A" + digits(8)), curp="RAOG440214MSRMCD07",
        rel=dict(first="Joaquín", last="Ramírez", relation="son", phone="520-555-0191",
                 email="joaquin.ramirez.o@gmail.com", street="4071 E Fort Lowell Rd", city="Tucson", zip="85712")),
    pat(first="Hiroshi", last="Tanaka", sex="M", dob=(1929, 5, 30), fac="fac_0633", mrn="NC00311472",
        street="3317 Alderwood Ave", city="Bellingham", st="WA", zip="98225", phone="360-555-0133",
        ssn=fake_ssn(), acct="NCG2210384", plan=("MEDICARE", make_mbi()), dl="TANAKHJ291MB",
        rel=dict(first="Kenji", last="Tanaka", relation="son", phone="360-555-0123",
                 email="kenji.tanaka@fastmail.com", street="990 Lakeway Dr", city="Bellingham", zip="98229",
                 url="https://www.caringbridge.org/visit/hiroshitanaka")),
    pat(first="Darnell", last="Whitaker", sex="M", dob=(1979, 8, 9), fac="fac_0528", mrn="PV118204",
        street="41 Pinecrest Dr", city="Greenville", st="SC", zip="29605", phone="864-555-0158",
        ssn=fake_ssn(), acct="PV00772910", plan=("BCBS SC", "ZCS" + digits(9)), dl="102938475"),
    pat(first="Aigerim", last="Bekova", sex="F", dob=(1990, 3, 3), fac="fac_0411", mrn="4000182734",
        street="5126 N Maroa Ave Apt 14", city="Fresno", st="CA", zip="93704", phone="559-555-0107",
        ssn=fake_ssn(), acct="SV-88104427", plan=("MEDI-CAL", digits(8) + "E"), pump_sn="NG1284402H",
        cgm_sn="8GKQ4T7"),
    pat(first="Margaret", last="O'Sullivan", sex="F", dob=(1932, 12, 19), fac="fac_0305", mrn="LRH-0651207",
        street="906 E Lyon St", city="Milwaukee", st="WI", zip="53202", phone="414-555-0196",
        ssn=fake_ssn(), acct="7720038841", plan=("MEDICARE", make_mbi()),
        rel=dict(first="Declan", last="O'Sullivan", relation="son", phone="262-555-0144",
                 email="declan.osullivan@icloud.com", fax="262-555-0139", street="1450 Pilgrim Pkwy",
                 city="Elm Grove", zip="53122")),
    pat(first="Rahul", last="Venkataraman", sex="M", dob=(1966, 6, 11), fac="fac_0411", mrn="4000219065",
        street="1877 W Bullard Ave", city="Fresno", st="CA", zip="93711", phone="559-555-0125",
        ssn=fake_ssn(), acct="SV-88193302", plan=("ANTHEM BC", "XDK" + digits(9))),
    pat(first="Fatima Zahra", last="El Idrissi", sex="F", dob=(1985, 1, 27), fac="fac_0192", mrn="M00517730",
        street="2315 Dunstan Rd", city="Houston", st="TX", zip="77005", phone="281-555-0172",
        ssn=fake_ssn(), acct="A0051773004", plan=("CIGNA", "U" + digits(8) + "01"),
        email="fz.elidrissi@gmail.com", card=make_card("4" + digits(5))),
    pat(first="Ji-woo", last="Park", sex="F", dob=(2001, 9, 15), fac="fac_0633", mrn="NC00398815",
        street="512 N Forest St Unit 3", city="Bellingham", st="WA", zip="98225", phone="360-555-0188",
        ssn=fake_ssn(), acct="NCG2290117", plan=("PREMERA", "PRM" + digits(9))),
    pat(first="Eleanor", last="Fairweather", sex="F", dob=(1930, 4, 4), fac="fac_0528", mrn="PV097713",
        street="18 Chanticleer Dr", city="Greenville", st="SC", zip="29605", phone="864-555-0102",
        ssn=fake_ssn(), acct="PV00701558", plan=("MEDICARE", make_mbi()),
        rel=dict(first="Harold", last="Fairweather", relation="spouse", phone="864-555-0103",
                 email="hfairweather30@bellsouth.net", street="18 Chanticleer Dr", city="Greenville", zip="29605",
                 plate="TFX 482", vin=make_vin("1FMCU9G6", "LU", "A42137"))),
    pat(first="Kwame", last="Asante-Mensah", sex="M", dob=(1953, 10, 2), fac="fac_0217", mrn="SB3928811",
        street="7602 E 22nd St", city="Tucson", st="AZ", zip="85710", phone="520-555-0163",
        ssn=fake_ssn(), acct="SB-ACC-00884120", plan=("MEDICARE", make_mbi()), pacer_sn="PJN604219S"),
    pat(first="Sofía", last="Castellanos", sex="F", dob=(1998, 7, 21), fac="fac_0411", mrn="4000301558",
        street="3390 E Shields Ave", city="Fresno", st="CA", zip="93726", phone="559-555-0199",
        ssn=fake_ssn(), acct="SV-88330015", plan=("KAISER", digits(9)), email="sofi.castellanos98@gmail.com",
        username="sofi.castellanos98", ip="73.202.118.46"),
    pat(first="Bartholomew", last="Nkemelu", sex="M", dob=(1948, 12, 8), fac="fac_0192", mrn="M00390046",
        street="9022 Westview Dr", city="Houston", st="TX", zip="77055", phone="713-555-0120",
        ssn=fake_ssn(), acct="A0039004612", plan=("HUMANA GOLD", "H" + digits(8))),
    pat(first="Lucía", last="Ferreira dos Santos", sex="F", dob=(1937, 9, 10), fac="fac_0633", mrn="NC00277109",
        street="2105 Iron St", city="Bellingham", st="WA", zip="98225", phone="360-555-0111",
        ssn=fake_ssn(), acct="NCG2170952", plan=("MEDICARE", make_mbi())),
    pat(first="Võ Thị", last="Hoa", sex="F", dob=(1933, 1, 22), fac="fac_0217", mrn="SB2177034",
        street="1340 W Grant Rd", city="Tucson", st="AZ", zip="85745", phone="520-555-0106",
        ssn=fake_ssn(), acct="SB-ACC-00770391", plan=("MEDICARE", make_mbi()),
        rel=dict(first="Minh", last="Tran", relation="grandson", phone="520-555-0187",
                 email="minh.tran.az@gmail.com", street="88 N Stone Ave Apt 905", city="Tucson", zip="85701")),
]
for _p in PATIENTS:
    _p["name"] = _p["first"] + " " + _p["last"]
    _p["dob_iso"] = "%04d-%02d-%02d" % _p["dob"]
    _p["dob_us"] = "%02d/%02d/%04d" % (_p["dob"][1], _p["dob"][2], _p["dob"][0])
    _p["dob_hl7"] = "%04d%02d%02d" % _p["dob"]
    _p["claim"] = "CLM-%s-24-%05d" % (FACILITIES[_p["fac"]]["st"], random.randint(100, 9999))

# occurrences: each is an incident with a patient, a reporting clinician and dates
CATEGORIES = ["fall", "medication_error", "needle_stick", "pressure_injury", "iv_infiltration",
              "wrong_patient", "behavioral"]


def clin_for(fac):
    st = FACILITIES[fac]["st"]
    same = [c for c in CLINICIANS if c["st"] == st]
    return random.choice(same or CLINICIANS)


OCCURRENCES = []
_OCC_IDS = random.sample(range(1500, 2300), 20)


def nurse_for(fac):
    st = FACILITIES[fac]["st"]
    same = [c for c in CLINICIANS if c["st"] == st and c["role"] in ("RN", "LPN")]
    return random.choice(same or [c for c in CLINICIANS if c["role"] == "RN"])


MEDS = [("heparin", "5,000 units SQ", "25,000 units"), ("insulin lispro", "4 units", "14 units"),
        ("metoprolol tartrate", "25 mg PO", "50 mg PO"), ("vancomycin", "1 g IV", "1.5 g IV"),
        ("hydromorphone", "0.5 mg IV", "2 mg IV"), ("potassium chloride", "20 mEq PO", "40 mEq IV")]
CHARGE_RN = {"fac_0192": "Lorraine Batiste", "fac_0217": "Colleen Brandt", "fac_0305": "Renata Kowalski",
             "fac_0411": "Pauline Ochoa", "fac_0528": "Kimberly Oduya", "fac_0633": "Mackenzie Lau"}
PHARMACIST = {"fac_0192": "Trang Le, PharmD", "fac_0217": "Omar Siddiqui, PharmD", "fac_0305": "Yusuf Karim, PharmD",
              "fac_0411": "Grace Okafor-Hunt, PharmD", "fac_0528": "Bradley Cho, PharmD", "fac_0633": "Elin Haugen, PharmD"}


def mk_occ(p, cat, days_ago):
    ev = TODAY - dt.timedelta(days=days_ago)
    o = dict(id="OCC-24-%05d" % _OCC_IDS.pop(), pat=p, cat=cat, fac=p["fac"],
             clin=nurse_for(p["fac"]), date=ev.isoformat(), time="%02d:%02d" % (random.randint(0, 23 if days_ago else 0),
                                                                                random.choice([5, 10, 20, 35, 40, 50])),
             unit=random.choice([u for u in FACILITIES[p["fac"]]["units"] if u not in ("Peds", "NICU", "L&D")]),
             harm=random.choice("ABCDEF"), med=random.choice(MEDS))
    adm = ev - dt.timedelta(days=random.randint(1, 9))
    o["admit"] = adm.isoformat()
    o["admit_hl7"] = adm.strftime("%Y%m%d") + "%02d%02d00" % (random.randint(0, 23), random.choice([0, 15, 30, 45]))
    OCCURRENCES.append(o)
    return o


_byname = {p["last"]: p for p in PATIENTS}
mk_occ(_byname["Adeyemi"], "fall", 2)
mk_occ(_byname["Wiśniewski"], "medication_error", 1)
mk_occ(_byname["Ramírez Ochoa"], "iv_infiltration", 3)
mk_occ(_byname["Tanaka"], "fall", 1)
mk_occ(_byname["Whitaker"], "needle_stick", 0)
mk_occ(_byname["Bekova"], "medication_error", 2)
mk_occ(_byname["O'Sullivan"], "fall", 4)
mk_occ(_byname["Park"], "medication_error", 1)
mk_occ(_byname["Fairweather"], "fall", 2)
mk_occ(_byname["Asante-Mensah"], "needle_stick", 1)
mk_occ(_byname["Nkemelu"], "wrong_patient", 3)
mk_occ(_byname["Ferreira dos Santos"], "fall", 5)
mk_occ(_byname["Hoa"], "pressure_injury", 6)
mk_occ(_byname["Castellanos"], "behavioral", 2)


def pick_occ():
    return random.choice(OCCURRENCES)


def pick_pat():
    return random.choice(PATIENTS)


def Dt(s):
    return P(s, "date")


def fac_of(x):
    return FACILITIES[x]


def shift_id(t=None):
    return "shf_" + ulid(t or Clock.cur)



# ---------------------------------------------------------------------------
# CLEAN event generators (no PHI; lots of look-alikes)
# ---------------------------------------------------------------------------


def zap_line(level, caller, msg, fields, stack=None, logger=None):
    t = tick()
    L = Line("go-zap-json")
    obj = {"level": level, "ts": Raw(f_zap_ts(t))}
    if logger:
        obj["logger"] = logger
    obj["caller"] = caller
    obj["msg"] = msg
    obj.update(fields)
    if stack:
        obj["stacktrace"] = stack
    jwrite(L, obj)
    return L


def c_zap_cred():
    c = random.choice(CLINICIANS)
    k = random.randint(0, 9)
    if k <= 2 and c["role"] not in ("RN", "LPN", "CRNA"):
        return [zap_line("info", "boards/lookup.go:%d" % random.choice([73, 90]), "license verification complete",
                         {"service": "credentialing", "clinician_id": c["id"],
                          "license": {"state": c["st"], "type": c["role"], "number": c["lic_no"]},
                          "source": "state-board-scrape", "status": "Current",
                          "expires_on": (TODAY + dt.timedelta(days=random.randint(60, 700))).isoformat(),
                          "elapsed": Raw("%.4f" % random.uniform(1.5, 6.0))})]
    if k <= 2:
        exp = TODAY + dt.timedelta(days=random.randint(60, 700))
        return [zap_line("info", "nursys/client.go:%d" % random.choice([211, 214, 188]),
                         "license verification complete",
                         {"service": "credentialing", "clinician_id": c["id"],
                          "license": {"state": c["st"], "type": c["role"], "number": c["lic_no"]},
                          "source": "nursys-e-notify", "status": "Active", "discipline": False,
                          "multistate": c["st"] in ("TX", "AZ", "WI", "SC", "LA"),
                          "expires_on": exp.isoformat(), "elapsed": Raw("%.4f" % random.uniform(0.15, 1.9))})]
    if k == 3:
        return [zap_line("info", "exclusions/oig.go:77", "exclusion screening passed",
                         {"service": "credentialing", "clinician_id": c["id"], "lists": ["LEIE", "SAM", "OFAC"],
                          "leie_file": "UPDATED_2403.csv", "matches": 0, "npi": c["npi"]})]
    if k == 4:
        return [zap_line("info", "bgcheck/webhook.go:%d" % random.choice([64, 91]), "checkr webhook processed",
                         {"service": "credentialing", "event_type": random.choice(["report.completed", "report.updated",
                                                                                   "invitation.completed"]),
                          "report_id": rhex(24), "candidate_id": rhex(24),
                          "package": random.choice(["healthcare_plus", "travel_nurse_std", "per_diem_basic"]),
                          "status": random.choice(["clear", "clear", "consider", "pending"]),
                          "clinician_id": c["id"]}, logger="bgcheck")]
    if k == 5:
        doc = random.choice(["BLS", "ACLS", "PALS", "NIHSS", "TNCC", "NRP"])
        days = random.choice([7, 14, 30])
        return [zap_line("warn", "docs/expiry.go:58", "credential expiring",
                         {"service": "credentialing", "clinician_id": c["id"], "doc_type": doc,
                          "expires_on": (TODAY + dt.timedelta(days=days)).isoformat(), "days_left": days,
                          "notify": ["sms", "email"], "recruiter": random.choice(AGENCY_STAFF)})]
    if k == 6:
        return [zap_line("error", "nursys/client.go:132", "nursys request failed",
                         {"service": "credentialing", "clinician_id": c["id"], "attempt": random.randint(1, 3),
                          "error": 'Post "https://api.nursys.com/v2/licenselookup": context deadline exceeded (Client.Timeout exceeded while awaiting headers)'},
                         stack="github.com/corvane/credentialing/internal/nursys.(*Client).Lookup\n\t/src/internal/nursys/client.go:132\ngithub.com/corvane/credentialing/internal/verify.(*Worker).run\n\t/src/internal/verify/worker.go:88")]
    if k == 7:
        coll = Clock.cur - dt.timedelta(days=random.randint(1, 4), hours=random.randint(0, 8))
        return [zap_line("info", "drugscreen/escreen.go:143", "drug screen result received",
                         {"service": "credentialing", "clinician_id": c["id"], "vendor": "eScreen",
                          "ccf_id": digits(10), "panel": random.choice(["10-panel", "10-panel+fentanyl", "5-panel"]),
                          "result": random.choice(["NEGATIVE", "NEGATIVE", "NEGATIVE-DILUTE"]),
                          "mro_reviewed": True, "collected_at": local(coll, -5),
                          "site": "Concentra %s" % fac_of(random.choice(FAC_IDS))["city"]}, logger="drugscreen")]
    if k == 8:
        # hard negative: staff candidate PII in a background-check debug line
        fn, ln = c["name"].split(" ", 1)
        dob = dt.date(random.randint(1968, 1998), random.randint(1, 12), random.randint(1, 28))
        return [zap_line("debug", "bgcheck/checkr.go:207", "checkr candidate created",
                         {"service": "credentialing", "clinician_id": c["id"],
                          "candidate": {"first_name": fn, "last_name": ln, "dob": dob.isoformat(),
                                        "email": c["email"], "work_locations": [{"country": "US", "state": c["st"]}]},
                          "candidate_id": rhex(24)}, logger="bgcheck")]
    return [zap_line("info", "verify/worker.go:61", "verification batch finished",
                     {"service": "credentialing", "batch": "vb_" + ulid(Clock.cur)[:12].lower(),
                      "checked": random.randint(40, 300), "flagged": random.randint(0, 3),
                      "duration": go_dur(random.uniform(2000, 90000))})]


def zerolog(fields, msg, level="info"):
    t = tick()
    L = Line("go-zerolog-json")
    obj = {"level": level, "service": "timeclock", "env": "prod"}
    obj.update(fields)
    obj["time"] = f_rfc3339(t)
    obj["message"] = msg
    jwrite(L, obj)
    return L


def c_timeclock():
    c = random.choice(CLINICIANS)
    fid = random.choice(FAC_IDS)
    f = fac_of(fid)
    k = random.randint(0, 7)
    dist = random.uniform(3, 120)
    base = {"shift_id": shift_id(), "clinician_id": c["id"], "facility_id": fid,
            "geofence_id": "gf_%s_main" % f["short"].lower(),
            "lat": Raw("%.5f" % (f["lat"] + random.uniform(-0.001, 0.001))),
            "lon": Raw("%.5f" % (f["lon"] + random.uniform(-0.001, 0.001))),
            "accuracy_m": Raw("%.1f" % random.uniform(3, 40))}
    if k <= 2:
        base.update({"distance_m": Raw("%.1f" % dist), "radius_m": 200, "decision": "accept",
                     "device_id": c["device"], "app_version": random.choice(["4.12.1", "4.12.0", "4.11.7"])})
        return [zerolog(base, random.choice(["clock-in accepted", "clock-out accepted"]))]
    if k == 3:
        base.update({"distance_m": Raw("%.1f" % random.uniform(420, 5200)), "radius_m": 200, "decision": "reject",
                     "reason": "outside_geofence", "device_id": c["device"]})
        return [zerolog(base, "punch rejected", "warn")]
    if k == 4:
        base.update({"mock_location": True, "decision": "flag", "device_id": c["device"], "os": "Android 14"})
        return [zerolog(base, "mock location provider detected", "warn")]
    if k == 5:
        sup = random.choice(HOSP_STAFF[fid][:1] + [RISK_MGR[fid]])
        return [zerolog({"shift_id": base["shift_id"], "clinician_id": c["id"], "facility_id": fid,
                         "punch": "out", "old": local(Clock.cur - dt.timedelta(minutes=40), f["off"]),
                         "new": local(Clock.cur - dt.timedelta(minutes=12), f["off"]),
                         "edited_by": sup, "reason": "forgot to clock out at end of shift"}, "punch adjusted")]
    if k == 6:
        return [zerolog({"shift_id": base["shift_id"], "clinician_id": c["id"], "facility_id": fid,
                         "break": "meal", "minutes": 30, "attested": True}, "meal break attested")]
    return [zerolog({"clinician_id": c["id"], "face_match": {"score": Raw("%.3f" % random.uniform(0.9, 0.999)),
                                                             "model": "fm-arc-4.2", "liveness": "pass"},
                     "selfie_ref": "s3://corvane-timeclock-selfies/%s/%s.jpg" % (c["id"], rhex(16)),
                     "shift_id": base["shift_id"]}, "identity check passed")]


def c_market():
    t = tick()
    L = Line("go-stdlog")
    fid = random.choice(FAC_IDS)
    f = fac_of(fid)
    start = (Clock.cur + dt.timedelta(days=random.randint(1, 10))).replace(hour=random.choice([7, 11, 19]), minute=0,
                                                                         second=0, microsecond=0)
    k = random.randint(0, 5)
    sid = shift_id()
    if k <= 1:
        L.t("%s shift.go:88: posted shift %s facility=%s unit=\"%s\" role=%s start=%s hours=12 bill_rate=%.2f pay_rate=%.2f" % (
            f_gostd(t), sid, fid, random.choice(f["units"]), random.choice(["RN", "RN", "LPN", "RRT", "CST"]),
            local(start, f["off"]), random.uniform(85, 140), random.uniform(55, 98)))
    elif k == 2:
        c = random.choice(CLINICIANS)
        L.t("%s matcher.go:142: shift %s filled by %s (score=%.2f rank=1/%d) in %s" % (
            f_gostd(t), sid, c["id"], random.uniform(0.7, 0.99), random.randint(2, 14), go_dur(random.uniform(3, 400))))
    elif k == 3:
        L.t("%s shift.go:201: shift %s cancelled by facility %s reason=\"low census\" fee_applies=%s" % (
            f_gostd(t), sid, fid, random.choice(["true", "false"])))
    elif k == 4:
        L.t('%s surge.go:57: surge pricing on for %s unit="%s" multiplier=1.%d open=%d' % (
            f_gostd(t), fid, random.choice(f["units"]), random.randint(15, 50), random.randint(4, 19)))
    else:
        L.t("%s server.go:64: http: TLS handshake error from 10.20.%d.%d:%d: EOF" % (
            f_gostd(t), random.randint(0, 9), random.randint(2, 250), random.randint(30000, 65000)))
    return [L]


GIN_ROUTES = ["/api/v1/shifts/open?specialty=ICU&radius=50", "/api/v1/shifts/%s", "/api/v1/clinicians/%s/schedule",
              "/api/v1/timesheets?week=2024-W11", "/healthz", "/api/v1/facilities/%s/rates", "/metrics",
              "/api/v1/shifts/%s/apply", "/api/v1/notifications?unread=true"]


def c_gin():
    t = tick(60)
    L = Line("gin-access")
    r = random.choice(GIN_ROUTES)
    if "%s" in r:
        r = r % (shift_id() if "/shifts/" in r else random.choice(CLINICIANS)["id"] if "/clinicians/" in r
                 else random.choice(FAC_IDS))
    meth = "POST" if r.endswith("apply") else "GET"
    status = random.choice([200, 200, 200, 200, 200, 304, 401, 404, 429]) if meth == "GET" else random.choice([201, 201, 409])
    ms = random.choice([random.uniform(0.05, 0.9), random.uniform(1, 80), random.uniform(100, 1500)])
    ip = random.choice(["10.20.%d.%d" % (random.randint(0, 9), random.randint(2, 250)),
                        "172.18.%d.%d" % (random.randint(0, 3), random.randint(2, 250))])
    if r in ("/healthz", "/metrics"):
        ip, status = random.choice(["127.0.0.1", "10.20.0.%d" % random.randint(2, 9)]), 200
    L.t('[GIN] %s | %3d | %13s | %15s | %-7s  "%s"' % (f_gin(t), status, go_dur(ms), ip, meth, r))
    return [L]


def pylog(logger, level, msg, t=None):
    t = t or tick()
    L = Line("python-logging")
    L.t("%s %s [%s] " % (f_py(t), level, logger))
    L.t(msg)
    return L


def c_payroll():
    c = random.choice(CLINICIANS)
    fid = random.choice(FAC_IDS)
    k = random.randint(0, 7)
    if k <= 1:
        hrs = random.choice([36.0, 36.25, 48.0, 24.0, 12.0, 37.5])
        return [pylog("payroll.timesheets", "INFO",
                      "approved timesheet ts_20240310_%s hours=%.2f ot_hours=%.2f facility=%s approver=%r" % (
                          c["id"][4:], hrs, max(0, hrs - 40), fid, RISK_MGR[fid] if random.random() < .3 else HOSP_STAFF[fid][0]))]
    if k == 2:
        return [pylog("payroll.ach", "INFO",
                      "ACH batch PR-2024-W11-%02d submitted to ODFI: entries=%d total=$%s effective_date=2024-03-15 trace=%s" % (
                          random.randint(1, 4), random.randint(180, 460), "{:,.2f}".format(random.uniform(4e5, 1.4e6)),
                          "0210000" + digits(8)))]
    if k == 3:
        return [pylog("payroll.deposits", "INFO",
                      "direct deposit updated clinician=%s routing=%s account=****%s type=checking prenote=sent" % (
                          c["id"], random.choice(["111000025", "021000021", "122105278", "075000022"]), digits(4)))]
    if k == 4:
        return [pylog("payroll.stipends", "INFO",
                      "GSA per-diem lookup zip=%s fy=2024 lodging=%d mie=%d clinician=%s tax_home_verified=True" % (
                          fac_of(fid)["addr"][-5:], random.choice([110, 126, 151, 98, 166]), random.choice([59, 64, 69, 74]),
                          c["id"]))]
    if k == 5:
        return [pylog("payroll.w2", "WARNING",
                      "SSN mismatch from SSA verification for clinician %s (ssn=***-**-%s) - hold W-2 reissue, ticket PAY-%d" % (
                          c["id"], digits(4), random.randint(3000, 4200)))]
    if k == 6:
        return [pylog("payroll.invoicing", "INFO",
                      "invoice INV-2024-%05d generated for %s (%s) lines=%d amount=$%s due=2024-04-13" % (
                          random.randint(1000, 9000), fid, fac_of(fid)["name"], random.randint(8, 120),
                          "{:,.2f}".format(random.uniform(8000, 240000))))]
    return [pylog("payroll.export", "INFO",
                  "ADP export wk=2024-W11 workers=%d file=adp_%s.csv sha256=%s" % (
                      random.randint(300, 460), Clock.cur.strftime("%Y%m%d"), rhex(16)))]


def celery(level, proc, msg, t=None):
    t = t or tick()
    L = Line("celery-worker")
    L.t("[%s: %s/%s] " % (f_py(t), level, proc))
    L.t(msg)
    return L


CELERY_TASKS = ["payroll.tasks.build_ach_batch", "payroll.tasks.export_adp", "credentialing.tasks.sync_nursys",
                "incidents.tasks.notify_risk_manager", "incidents.tasks.forward_to_facility",
                "audits.tasks.draw_chart_sample", "notifications.tasks.send_shift_reminders",
                "credentialing.tasks.ocr_immunization_upload"]


def c_celery():
    task = random.choice(CELERY_TASKS)
    tid = ruuid()
    out = [celery("INFO", "MainProcess", "Task %s[%s] received" % (task, tid))]
    run = random.uniform(0.01, 9)
    Clock.cur += dt.timedelta(seconds=run + random.uniform(0.001, 0.02))
    res = {"payroll.tasks.build_ach_batch": "{'entries': %d, 'batch': 'PR-2024-W11-0%d'}" % (random.randint(180, 460), random.randint(1, 4)),
           "payroll.tasks.export_adp": "{'exported': %d}" % random.randint(300, 460),
           "credentialing.tasks.sync_nursys": "{'checked': %d, 'changed': %d}" % (random.randint(50, 400), random.randint(0, 4)),
           "incidents.tasks.notify_risk_manager": "'ok'",
           "incidents.tasks.forward_to_facility": "{'report_id': 'OCC-24-%05d', 'status': 'delivered'}" % random.randint(1500, 2300),
           "audits.tasks.draw_chart_sample": "{'audit_id': 'CA-2024Q1-%04d', 'charts': 5}" % random.randint(10, 90),
           "notifications.tasks.send_shift_reminders": "{'sent': %d}" % random.randint(3, 90),
           "credentialing.tasks.ocr_immunization_upload": "None"}[task]
    out.append(celery("INFO", "ForkPoolWorker-%d" % random.randint(1, 8),
                      "Task %s[%s] succeeded in %.9fs: %s" % (task, tid, run, res), Clock.cur))
    if random.random() < 0.15:
        out.append(celery("WARNING", "MainProcess",
                          "consumer: Connection to broker lost. Trying to re-establish the connection...", tick(5)))
    return out


def phx(level, msg, rid, t=None):
    t = t or tick(30)
    L = Line("phoenix-console")
    L.t("%s request_id=%s [%s] " % (f_ex(t), rid, level))
    L.t(msg)
    return L


def phx_cont(text, fam="phoenix-console"):
    L = Line(fam)
    L.t(text)
    return L


def c_phx():
    rid = req_id()
    fid = random.choice(FAC_IDS)
    occ = pick_occ()
    path, ctrl, params = random.choice([
        ("/portal/facilities/%s/invoices" % fid, "PortalWeb.InvoiceController.index/2", {"facility_id": fid}),
        ("/portal/incidents/%s" % occ["id"], "PortalWeb.IncidentController.show/2", {"id": occ["id"]}),
        ("/portal/shifts/%s" % shift_id(), "PortalWeb.ShiftController.show/2", None),
        ("/portal/clinicians/%s/credentials" % random.choice(CLINICIANS)["id"],
         "PortalWeb.CredentialController.index/2", None),
        ("/live/websocket", None, None),
    ])
    out = [phx("info", "GET " + path, rid)]
    if ctrl and random.random() < 0.6:
        nudge(3, 90)
        out.append(phx("info", "Sent %d in %dms" % (random.choice([200, 200, 200, 304]), random.randint(4, 180)),
                       rid, Clock.cur))
    elif ctrl:
        out.append(phx("debug", "Processing with " + ctrl, rid, nudge(0, 2)))
        L = Line("phoenix-console")
        L.t("  Parameters: ")
        if params:
            exinspect(L, params)
        else:
            L.t('%{"id" => "' + path.rsplit("/", 1)[-1] + '"}' if "shifts" in path else
                '%{"clinician_id" => "' + path.split("/")[3] + '"}')
        out.append(L)
        out.append(phx_cont("  Pipelines: [:browser, :require_authenticated_user, :require_facility_scope]"))
        nudge(3, 90)
        out.append(phx("info", "Sent %d in %dms" % (random.choice([200, 200, 200, 403]), random.randint(4, 180)),
                       rid, Clock.cur))
    else:
        out.append(phx("info", "CONNECTED TO Phoenix.LiveView.Socket in %dµs" % random.randint(20, 140), rid,
                       nudge(0, 3)))
        out.append(phx_cont("  Transport: :websocket"))
        out.append(phx_cont('  Serializer: Phoenix.Socket.V2.JSONSerializer'))
        out.append(phx_cont('  Parameters: %{"_csrf_token" => "' + "".join(random.choice(B64U) for _ in range(56)) +
                            '", "_live_referer" => "undefined", "_mount_attempts" => "0", "_mounts" => "0", "vsn" => "2.0.0"}'))
    return out


def c_oban():
    t = tick()
    L = Line("oban-json")
    worker, queue, args = random.choice([
        ("Portal.Workers.ChartAuditSampler", "audits",
         {"audit_id": "CA-2024Q1-%04d" % random.randint(10, 90), "facility_id": random.choice(FAC_IDS), "sample_size": 5}),
        ("Portal.Workers.InvoiceMailer", "mailers", {"invoice_id": "INV-2024-%05d" % random.randint(1000, 9000)}),
        ("Portal.Workers.IncidentDigest", "incidents", {"facility_id": random.choice(FAC_IDS), "window": "24h"}),
        ("Portal.Workers.CredentialPacketBuilder", "default",
         {"clinician_id": random.choice(CLINICIANS)["id"], "shift_id": shift_id()}),
    ])
    st = random.choice(["success", "success", "success", "failure"])
    obj = {"args": args, "attempt": 1 if st == "success" else random.randint(2, 5),
           "duration": random.randint(900, 90000), "event": "job:stop", "id": random.randint(80000, 99999),
           "max_attempts": 20, "meta": {}, "queue": queue, "queue_time": random.randint(100, 9000),
           "source": "oban", "state": st, "tags": [], "worker": worker}
    if st == "failure":
        obj["error"] = "** (DBConnection.ConnectionError) tcp recv (idle): closed"
        obj = dict(sorted(obj.items()))
    L.t("%s [%s] " % (f_ex(t), "info" if st == "success" else "error"))
    jwrite(L, obj)
    return [L]


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 CorvaneApp/4.12.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"]


def c_nginx():
    t = tick(40)
    L = Line("nginx-combined")
    k = random.randint(0, 4)
    lb = "10.0.%d.%d" % (random.randint(1, 3), random.randint(2, 60))
    if k == 0:
        L.t('%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" "-"' % (lb, f_nginx(t)))
    else:
        path = random.choice(["/portal/facilities/%s/invoices" % random.choice(FAC_IDS),
                              "/assets/app-%s.js" % rhex(8), "/portal/incidents?status=open&page=2",
                              "/portal/timesheets/pending", "/api/v2/facilities/%s/shifts.csv" % random.choice(FAC_IDS)])
        L.t('%s - - [%s] "GET %s HTTP/1.1" %d %d "https://portal.%s/portal/dashboard" "%s" "%s"' % (
            lb, f_nginx(t), path, random.choice([200, 200, 304, 302]), random.randint(200, 90000), ADOM,
            random.choice(UAS), random.choice(["10.42.%d.%d" % (random.randint(0, 9), random.randint(2, 250)), "-",
                                               "192.168.%d.%d" % (random.randint(0, 20), random.randint(2, 250))])))
    return [L]


def pg(sev, msg, pid=None, t=None):
    t = t or tick()
    L = Line("postgres-stderr")
    L.t("%s [%d] %s:  " % (f_pg(t), pid or random.randint(1000, 40000), sev))
    L.t(msg)
    return L


def _ckpt():
    w, sy = random.uniform(20, 270), random.uniform(0.001, 0.2)
    return w, sy, w + sy + random.uniform(0.001, 0.05)


def c_pg():
    k = random.randint(0, 4)
    if k == 0:
        return [pg("LOG", "checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
            random.randint(200, 9000), random.uniform(0.5, 9), random.randint(0, 4), *_ckpt()))]
    if k == 1:
        return [pg("LOG", "automatic vacuum of table \"staffing.public.timeclock_punches\": index scans: 1")]
    if k == 2:
        return [pg("LOG", "duration: %.3f ms  execute <unnamed>: SELECT s.id, s.facility_id, s.starts_at FROM shifts s WHERE s.status = $1 AND s.starts_at BETWEEN $2 AND $3 ORDER BY s.starts_at LIMIT 200" % random.uniform(500, 4000))]
    if k == 3:
        return [pg("LOG", "connection authorized: user=portal_app database=staffing application_name=portal SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")]
    pid = random.randint(1000, 40000)
    return [pg("ERROR", 'canceling statement due to statement timeout', pid),
            pg("STATEMENT", "SELECT count(*) FROM timeclock_punches WHERE punched_at >= '2024-03-01' AND facility_id = 'fac_0305'",
               pid, t=Clock.cur)]


def c_immun():
    c = random.choice(CLINICIANS)
    rec, res = random.choice([("TB_QFT", "negative"), ("TB_TST", "0 mm"), ("HEPB_TITER", "reactive (>10 mIU/mL)"),
                              ("MMR_TITER", "immune"), ("VARICELLA_TITER", "immune"), ("FLU_2023_24", "administered"),
                              ("COVID_BOOSTER", "declined (religious exemption on file)"), ("TDAP", "administered")])
    coll = TODAY - dt.timedelta(days=random.randint(5, 300))
    return [pylog("credentialing.immunizations", "INFO",
                  "record accepted clinician=%s type=%s result=%r date=%s expires=%s source=upload ocr_conf=%.2f reviewer=%r" % (
                      c["id"], rec, res, coll.isoformat(), (coll + dt.timedelta(days=365)).isoformat(),
                      random.uniform(0.8, 0.99), random.choice(AGENCY_STAFF)))]


def logrus(level, msg, fields):
    t = tick()
    L = Line("logrus-text")
    L.t('time="%s" level=%s msg=' % (f_rfc3339(t), level))
    L.t('"%s"' % msg if (" " in msg) else msg)
    for k in sorted(fields):
        L.t(" %s=" % k)
        v = fields[k]
        s = plain(v)
        need_q = any(not (ch.isalnum() or ch in "-._/@^+") for ch in s) or s == ""
        if need_q:
            L.t('"')
            L.v(v, lambda x: x.replace("\\", "\\\\").replace('"', '\\"'))
            L.t('"')
        else:
            L.v(v)
    return L


def c_notify():
    c = random.choice(CLINICIANS)
    k = random.randint(0, 4)
    if k <= 1:
        return [logrus("info", "sms queued", {"to": "+1" + c["phone"].replace("-", ""), "template": random.choice(
            ["shift_reminder_12h", "shift_offer", "credential_expiring", "timesheet_due"]),
            "sid": "SM" + rhex(32), "clinician_id": c["id"], "segments": random.randint(1, 3)})]
    if k == 2:
        return [logrus("info", "email sent", {"to": c["email"], "from": random.choice(AGENCY_EMAILS),
                                              "template": "weekly_pay_stub", "provider": "ses",
                                              "message_id": "0100018e3" + rhex(13) + "-" + ruuid() + "-000000"})]
    if k == 3:
        return [logrus("warning", "twilio status callback", {"sid": "SM" + rhex(32), "status": "undelivered",
                                                            "error_code": "30003", "to": "+1" + c["phone"].replace("-", "")})]
    fid = random.choice(FAC_IDS)
    return [logrus("info", "facility contact notified", {"facility_id": fid, "contact": RISK_MGR[fid],
                                                          "phone": fac_of(fid)["phone"], "channel": "voice",
                                                          "reason": "shift_no_show"})]


def c_klog():
    t = tick()
    L = Line("klog")
    msg = random.choice([
        'leaderelection.go:260] successfully acquired lease corvane-prod/payroll-scheduler',
        'controller.go:116] "Reconciling" deployment="timeclock" namespace="corvane-prod" replicas=4',
        'reflector.go:351] pkg/mod/k8s.io/client-go@v0.29.2/tools/cache/reflector.go:229: watch of *v1.ConfigMap ended with: an error on the server ("unable to decode an event from the watch stream") has prevented the request from succeeding',
        'event.go:364] "Event occurred" object="corvane-prod/incidents-api-7d9f6c5b8-x2kqp" kind="Pod" reason="Pulled" message="Container image \\"registry.corvanehs.com/incidents-api:2.31.4\\" already present on machine"',
    ])
    L.t("%s       1 %s" % (f_klog(t), msg))
    return [L]


def structlog_console(L, ts, level, event, kv):
    L.t("%s [%s] %s " % (ts, level.ljust(9), event.ljust(30)))
    for i, (k, v) in enumerate(sorted(kv, key=lambda x: x[0])):
        if i:
            L.t(" ")
        L.t(k + "=")
        if isinstance(v, float):
            L.t(repr(v))
        else:
            L.v(v)


def c_structlog():
    occ = pick_occ()
    t = tick()
    L = Line("structlog-console")
    k = random.randint(0, 3)
    if k == 0:
        structlog_console(L, f_iso_us(t), "info", "occurrence.acknowledged",
                          [("report_id", occ["id"]), ("facility_id", occ["fac"]), ("by", RISK_MGR[occ["fac"]]),
                           ("sla_minutes", random.randint(5, 200))])
    elif k == 1:
        structlog_console(L, f_iso_us(t), "info", "occurrence.status_changed",
                          [("report_id", occ["id"]), ("from_status", "submitted"), ("to_status", "under_review"),
                           ("reviewer", random.choice(AGENCY_STAFF)), ("clinician_id", occ["clin"]["id"])])
    elif k == 2:
        structlog_console(L, f_iso_us(t), "warning", "occurrence.sla_breach",
                          [("report_id", occ["id"]), ("facility_id", occ["fac"]), ("hours_open", random.randint(25, 90)),
                           ("escalated_to", "clinical-qa@" + ADOM)])
    else:
        structlog_console(L, f_iso_us(t), "info", "clinician.do_not_return",
                          [("clinician_id", random.choice(CLINICIANS)["id"]), ("facility_id", occ["fac"]),
                           ("requested_by", HOSP_STAFF[occ["fac"]][0]), ("effective", TODAY.isoformat()),
                           ("reason", "professional conduct")])
    return [L]


def c_elixir_misc():
    t = tick()
    L = Line("elixir-logger")
    L.t("%s " % f_exdate(t))
    L.t(random.choice([
        "[info] Running PortalWeb.Endpoint with Bandit 1.2.3 at :::4000 (http)",
        "[info] Access PortalWeb.Endpoint at https://portal.%s" % ADOM,
        "[info] hl7_mllp listener started port=2575 acceptors=10",
        "[warning] [libcluster:k8s] unable to connect to :\"portal@10.42.%d.%d\"" % (random.randint(0, 9), random.randint(2, 250)),
        "[info] Postgrex.Protocol (#PID<0.%d.0>) connected to staffing-db.internal:5432" % random.randint(2000, 9000),
        "[notice] Application portal started at :nonode@nohost" if random.random() < 0.2 else
        "[info] chart_audit quarterly schedule loaded audits=%d next_run=2024-04-01T06:00:00Z" % random.randint(20, 60),
    ]))
    return [L]


CLEAN = [(c_zap_cred, 10), (c_timeclock, 10), (c_market, 8), (c_gin, 10), (c_payroll, 9), (c_celery, 7),
         (c_phx, 3), (c_oban, 6), (c_nginx, 6), (c_pg, 4), (c_immun, 5), (c_notify, 6), (c_klog, 2),
         (c_structlog, 5), (c_elixir_misc, 3)]

# ---------------------------------------------------------------------------
# PHI event generators
# ---------------------------------------------------------------------------


def Name(s):
    return P(s, "name")


def p_structlog_occ():
    o = pick_occ()
    p = o["pat"]
    t = tick()
    L = Line("structlog-console")
    kv = [("report_id", o["id"]), ("category", o["cat"]), ("facility_id", o["fac"]), ("unit", o["unit"]),
          ("patient_name", Name(p["name"])), ("patient_mrn", P(p["mrn"], "mrn")),
          ("event_date", Dt(o["date"])), ("event_time", o["time"]), ("reporter", o["clin"]["id"]),
          ("reporter_name", o["clin"]["name"])]
    if random.random() < 0.6:
        kv.append(("patient_dob", Dt(p["dob_iso"])))
    kv.append(("patient_age", P(p["age"], "age") if p["age"] > 89 else p["age"]))
    if o["cat"] == "medication_error":
        kv.append(("ncc_merp", o["harm"]))
    structlog_console(L, f_iso_us(t), "info", "occurrence.submitted", kv)
    return [L]


def p_structlog_kv():
    """structlog KeyValueRenderer (repr values)"""
    o = pick_occ()
    p = o["pat"]
    t = tick()
    L = Line("structlog-kv")
    L.t("timestamp='%s' level='info' event='occurrence.patient_linked' " % f_iso_us(t))
    items = [("facility_id", o["fac"]), ("match", random.choice(["exact_mrn", "name_dob"])),
             ("patient", {"dob": Dt(p["dob_iso"]), "mrn": P(p["mrn"], "mrn"), "name": S(Name(p["last"] + ", " + p["first"]))}),
             ("report_id", o["id"])]
    for i, (k, v) in enumerate(items):
        if i:
            L.t(" ")
        L.t(k + "=")
        pyrepr(L, v)
    return [L]


def narrative(o, style):
    p = o["pat"]
    title = "Mr." if p["sex"] == "M" else "Mrs." if p["age"] > 60 else "Ms."
    c = o["cat"]
    if c == "fall":
        return S("Pt ", Name(p["name"]) if style else "", " " if style else "", "found on floor beside bed at ",
                 o["time"].replace(":", ""), ", bed alarm not engaged. ", title, " ", Name(p["last"]),
                 " states ", "he" if p["sex"] == "M" else "she", " was trying to reach the bathroom. Neuro checks WNL, charge RN ",
                 CHARGE_RN[o["fac"]], " notified.")
    if c == "medication_error":
        m = o["med"]
        return S(m[0], " ", m[2], " given instead of ordered ", m[1], " to ", title, " ", Name(p["last"]),
                 ". Prescriber ", random.choice(PRESCRIBERS)[0], " notified, pharmacist verified. No adverse effect at this time.")
    if c == "pressure_injury":
        return S("Stage 2 sacral pressure injury noted on ", title, " ", Name(p["last"]),
                 " during skin assessment; turning schedule q2h not documented 0200-0800. Wound RN consulted.")
    if c == "wrong_patient":
        return S("Barcode scan overridden; meds for bed 14A given to ", Name(p["name"]),
                 " (bed 14B). Wristband not scanned. Rapid response not required.")
    if c == "behavioral":
        return S("Patient became verbally aggressive toward agency RN after discharge delay; security called. ",
                 Name(p["first"]), " calmed after 20 min.")
    if c == "iv_infiltration":
        return S("PIV L forearm infiltrated (vancomycin), site cool and swollen 4 cm. ", title, " ", Name(p["last"]),
                 " c/o pain 6/10. Warm compress applied.")
    return S("Exposure during line insertion; source patient ", Name(p["name"]), " consented to testing.")


def p_pyjson_occ():
    o = pick_occ()
    p = o["pat"]
    t = tick()
    L = Line("python-json-logger")
    obj = {"asctime": f_py(t), "levelname": "INFO", "name": "occurrences.intake",
           "message": "occurrence normalized", "report_id": o["id"], "category": o["cat"], "facility_id": o["fac"],
           "unit": o["unit"],
           "reported_by": {"clinician_id": o["clin"]["id"], "name": o["clin"]["name"], "role": o["clin"]["role"]},
           "patient": {"name": Name(p["name"]), "mrn": P(p["mrn"], "mrn"), "dob": Dt(p["dob_iso"]),
                       "age": P(p["age"], "age") if p["age"] > 89 else p["age"], "sex": p["sex"]},
           "event_date": Dt(o["date"]), "event_time": o["time"], "harm_level": o["harm"],
           "narrative": narrative(o, random.random() < 0.5),
           "trace_id": rhex(32)}
    if o["cat"] == "medication_error" and p.get("pump_sn"):
        obj["device_involved"] = {"kind": "patient_own_insulin_pump", "model": "MiniMed 780G",
                                  "serial": P(p["pump_sn"], "device"), "cgm_tx": P(p["cgm_sn"], "device")}
    if o["cat"] == "fall" and p.get("rel") and p["rel"].get("plate"):
        obj["location_detail"] = S("valet lane, exiting family vehicle (plate SC ", P(p["rel"]["plate"], "vehicle"),
                                   ") with spouse")
    jwrite(L, obj, ascii_only=True, seps=(", ", ": "))
    return [L]


def b64junk(n):
    return "".join(random.choice(B64) for _ in range(n))


def p_phx_params(force=None):
    o = force or pick_occ()
    p = o["pat"]
    rid = req_id()
    k = 2 if force else random.randint(0, 3)
    out = []
    if k == 0:
        out.append(phx("info", "GET /portal/incidents/search", rid))
        out.append(phx("debug", "Processing with PortalWeb.IncidentSearchController.index/2", rid, nudge(0, 2)))
        L = Line("phoenix-console")
        L.t("  Parameters: ")
        exinspect(L, {"facility_id": o["fac"], "q": {"dob": Dt(p["dob_us"]), "last_name": Name(p["last"]),
                                                      "mrn": P(p["mrn"], "mrn")}})
        out.append(L)
    elif k == 1:
        out.append(phx("info", "POST /portal/incidents/%s/review" % o["id"], rid))
        out.append(phx("debug", "Processing with PortalWeb.IncidentReviewController.create/2", rid, nudge(0, 2)))
        L = Line("phoenix-console")
        L.t("  Parameters: ")
        exinspect(L, {"_csrf_token": "".join(random.choice(B64U) for _ in range(56)), "id": o["id"],
                      "review": {"contributing_factors": ["staffing", "communication"],
                                 "patient_confirmed": S(Name(p["name"]), " / ", Dt(p["dob_iso"])),
                                 "reviewer_notes": S("Spoke with ", Name(p["rel"]["first"] + " " + p["rel"]["last"]) if p.get("rel") else "charge RN",
                                                     " (", p["rel"]["relation"] if p.get("rel") else "unit",
                                                     ") by phone re: event. Agency RN to complete remediation."),
                                 "root_cause": "policy not followed"}})
        out.append(L)
    elif k == 2:
        out.append(phx("info", "POST /api/v2/incidents", rid))
        out.append(phx("debug", "Processing with PortalWeb.API.IncidentController.create/2", rid, nudge(0, 2)))
        L = Line("phoenix-console")
        L.t("  Parameters: ")
        inc = {"category": o["cat"], "event_date": Dt(o["date"]), "facility_id": o["fac"],
               "patient": {"dob": Dt(p["dob_iso"]), "first_name": Name(p["first"]), "last_name": Name(p["last"]),
                           "mrn": P(p["mrn"], "mrn")},
               "reporter_id": o["clin"]["id"]}
        if o["cat"] == "wrong_patient" or random.random() < 0.25:
            inc["patient"]["photo"] = P("data:image/jpeg;base64,/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIy" + b64junk(random.randint(300, 700)) + "/9k=", "photo")
        if o["cat"] == "wrong_patient":
            inc["patient_id_check"] = {"method": "palm_vein", "vendor": "PatientSecure",
                                       "template": P("AAEAAQ" + b64junk(random.randint(160, 260)) + "==", "biometric")}
        exinspect(L, {"incident": inc})
        out.append(L)
    else:
        out.append(phx("info", "PUT /portal/incidents/%s" % o["id"], rid))
        out.append(phx("debug", "Processing with PortalWeb.IncidentController.update/2", rid, nudge(0, 2)))
        L = Line("phoenix-console")
        L.t("  Parameters: ")
        exinspect(L, {"id": o["id"], "incident": {"admit_date": Dt(o["admit"]), "patient_age": P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"]),
                                                  "patient_mrn": P(p["mrn"], "mrn"), "room": "%d%s" % (random.randint(201, 740), random.choice("AB")),
                                                  "unit": o["unit"]}})
        out.append(L)
    out.append(phx_cont("  Pipelines: [:browser, :require_authenticated_user, :require_facility_scope]"
                        if k != 2 else "  Pipelines: [:api, :require_api_token]"))
    nudge(5, 120)
    out.append(phx("info", "Sent %d in %dms" % (random.choice([200, 201, 302, 422]), random.randint(8, 240)), rid, Clock.cur))
    return out


def p_wrong_patient():
    return p_phx_params(force=random.choice([x for x in OCCURRENCES if x["cat"] == "wrong_patient"]))


_CYC = {}


def cyc(key, n):
    _CYC[key] = _CYC.get(key, -1) + 1
    return _CYC[key] % n


def p_device():
    k = cyc("device", 4)
    t = tick()
    if k == 0:
        p = _byname["Asante-Mensah"]
        L = Line("elixir-logger")
        L.t("%s [info] [Portal.Incidents.DeviceCheck] interrogation requested mrn=" % f_exdate(t))
        L.p(p["mrn"], "mrn").t(' device="Medtronic Azure XT DR MRI" serial=').p(p["pacer_sn"], "device")
        L.t(" requested_by=%s rep_eta=45m" % CHARGE_RN[p["fac"]].replace(" ", "_").lower())
        return [L]
    if k == 1:
        p = _byname["Bekova"]
        L = Line("structlog-console")
        structlog_console(L, f_iso_us(t), "warning", "occurrence.device_quarantined",
                          [("report_id", next(o["id"] for o in OCCURRENCES if o["pat"] is p)),
                           ("patient_mrn", P(p["mrn"], "mrn")), ("device_kind", "patient_own_insulin_pump"),
                           ("pump_serial", P(p["pump_sn"], "device")), ("cgm_transmitter", P(p["cgm_sn"], "device")),
                           ("biomed_ticket", "BME-%d" % random.randint(20000, 29999)), ("held_by", "biomed")])
        return [L]
    if k == 2:
        p = _byname["Castellanos"]
        o = next(o for o in OCCURRENCES if o["pat"] is p)
        if "imei" not in p:
            p["imei"] = make_imei("35" + digits(6))
        L = Line("python-logging")
        L.t("%s INFO [incidents.security] belongings inventory report=%s pt=" % (f_py(t), o["id"]))
        L.p(p["last"] + ", " + p["first"], "name").t(" items=3 phone_imei=").p(p["imei"], "device")
        L.t(" bag_tag=SEC-%05d officer=%r" % (random.randint(100, 99999), "Lt. Raymond Soto"))
        return [L]
    p = _byname["Tanaka"]
    L = zap_line("info", "bridge/rl6.go:214", "attachment linked",
                 {"service": "occurrence-bridge", "report_id": next(o["id"] for o in OCCURRENCES if o["pat"] is p),
                  "patient_mrn": P(p["mrn"], "mrn"), "kind": "hearing_aid_lost",
                  "device_serial": P("2214X0" + digits(4), "device"), "value_usd": 3150})
    return [L]


def p_family_contact():
    t = tick()
    if cyc("family", 2) == 0:
        p = _byname["O'Sullivan"]
        rel = p["rel"]
        L = Line("python-logging")
        L.t("%s INFO [records.release] faxed incident summary report=%s pages=4 to=" % (
            f_py(t), next(o["id"] for o in OCCURRENCES if o["pat"] is p)))
        L.p(rel["fax"], "fax").t(" attn=").p(rel["first"] + " " + rel["last"], "name")
        L.t(" authorization=HIPAA-AUTH-%d sent_by=%r provider=srfax job=%s" % (
            random.randint(1000, 9999), random.choice(AGENCY_STAFF), digits(9)))
        return [L]
    p = _byname["Tanaka"]
    rel = p["rel"]
    L = Line("python-json-logger")
    jwrite(L, {"asctime": f_py(t), "levelname": "INFO", "name": "concerns.zendesk", "message": "ticket comment added",
               "ticket_id": random.randint(48000, 49999), "author": random.choice(AGENCY_STAFF), "public": False,
               "body": S("Son (", Name(rel["first"] + " " + rel["last"]), ") posts updates on ", P(rel["url"], "url"),
                         " - risk asked us not to comment publicly."),
               "facility_id": p["fac"]}, ascii_only=True, seps=(", ", ": "))
    return [L]


def p_ecto():
    o = pick_occ()
    p = o["pat"]
    rid = req_id()
    t = tick()
    out = [phx("debug", 'QUERY OK source="occurrence_reports" db=%.1fms queue=%.1fms idle=%.1fms' % (
        random.uniform(0.4, 12), random.uniform(0.1, 2), random.uniform(50, 1900)), rid, t)]
    L = Line("ecto-debug")
    k = random.randint(0, 2)
    if k == 0:
        L.t('SELECT o0."id", o0."category", o0."status", o0."event_date", o0."facility_id" FROM "occurrence_reports" AS o0 '
            'WHERE ((o0."facility_id" = $1) AND (o0."patient_mrn" = $2)) ORDER BY o0."event_date" DESC ["')
        L.t(o["fac"]).t('", "').p(p["mrn"], "mrn").t('"]')
    elif k == 1:
        L.t('SELECT o0."id", o0."category" FROM "occurrence_reports" AS o0 WHERE ((lower(o0."patient_last_name") = lower($1)) '
            'AND (o0."patient_dob" = $2)) [')
        L.t('"').p(p["last"], "name").t('", ~D[').p(p["dob_iso"], "date").t("]]")
    else:
        L.t('UPDATE "occurrence_reports" SET "patient_name" = $1, "patient_mrn" = $2, "updated_at" = $3 WHERE "id" = $4 ["')
        L.p(p["name"], "name").t('", "').p(p["mrn"], "mrn").t('", ~U[%s], %d]' % (
            Clock.cur.strftime("%Y-%m-%d %H:%M:%SZ"), random.randint(10000, 30000)))
    out.append(L)
    out.append(phx_cont("↳ PortalWeb.IncidentController.%s/2, at: lib/portal_web/controllers/incident_controller.ex:%d" % (
        random.choice(["show", "index", "update"]), random.randint(30, 160)), "ecto-debug"))
    return out


def hl7_line(seg_parts, t):
    L = Line("hl7v2-segment")
    L.t("%s [debug] [Portal.HL7.Listener] " % f_ex(t))
    for x in seg_parts:
        if isinstance(x, P):
            L.p(x.v, x.cat)
        else:
            L.t(x)
    return L


def p_hl7():
    o = pick_occ()
    p = o["pat"]
    f = fac_of(o["fac"])
    t = tick()
    ctl = "MSG%08d" % random.randint(1, 99999999)
    out = []
    L = Line("elixir-logger")
    L.t("%s [info] [Portal.HL7.Listener] ADT^A08 received from 10.60.%d.%d:%d control_id=%s facility=%s" % (
        f_ex(t), random.randint(0, 9), random.randint(2, 250), random.randint(40000, 60000), ctl, o["fac"]))
    out.append(L)
    t = nudge(0, 3)
    out.append(hl7_line(["MSH|^~\\&|EPIC|%s|CORVANE|CORVANE_IR|%s||ADT^A08^ADT_A01|%s|P|2.5.1" % (
        f["short"], Clock.cur.strftime("%Y%m%d%H%M%S"), ctl)], t))
    mrn_field = [P(p["mrn"], "mrn"), "^^^%s^MR" % f["short"]]
    name_field = [P(p["last"].upper(), "name"), "^", P(p["first"].upper(), "name")]
    addr = [P(p["street"].upper(), "address"), "^^", P(p["city"].upper(), "address"), "^%s^" % p["st"],
            P(p["zip"], "zip"), "^USA^H"]
    pid = ["PID|1||"] + mrn_field + ["||"] + name_field + ["||", P(p["dob_hl7"], "date"), "|%s|||" % p["sex"]] + addr + [
        "||", P(p["phone"], "phone"), "|||||", P(p["acct"], "account"), "^^^%s^AN|" % f["short"]]
    if p.get("ssn"):
        pid.append(P(p["ssn"].replace("-", ""), "ssn"))
    pid.append("|")
    if p.get("dl"):
        pid += [P(p["dl"], "license"), "^%s" % p["st"]]
    out.append(hl7_line(pid, nudge(0, 1)))
    att = ATTENDING_NPI[o["fac"]]
    pv1 = ["PV1|1|I|%s^%d^A^%s||||%s^%s^%s^^^DR|||MED||||7|||%s^%s^%s^^^DR|IN||%s|||||||||||||||||||||%s|||||" % (
        o["unit"].split()[0].upper(), random.randint(201, 740), f["short"], att[2], att[0], att[1],
        att[2], att[0], att[1], "MCR" if p["plan"][0] == "MEDICARE" else "COM", f["short"]), P(o["admit_hl7"], "date")]
    out.append(hl7_line(pv1, nudge(0, 1)))
    if random.random() < 0.7:
        ins = ["IN1|1|%s|%s|%s|||||%s||||||" % ("MCR001" if p["plan"][0] == "MEDICARE" else "PLN" + digits(3),
                                                 digits(5), p["plan"][0],
                                                 "GRP-" + digits(6) if p["plan"][0] != "MEDICARE" else ""),
               P(p["last"].upper(), "name"), "^", P(p["first"].upper(), "name"), "|01|", P(p["dob_hl7"], "date"),
               "|||||||||||||||||", P(p["plan"][1], "health_plan")]
        out.append(hl7_line(ins, nudge(0, 1)))
    return out


def p_complaint():
    """public web form -> nginx (relative's IP), zendesk intake (json), notifier (logrus)"""
    candidates = [x for x in PATIENTS if x.get("rel") or x.get("email")]
    p = random.choice(candidates)
    o = next((x for x in OCCURRENCES if x["pat"] is p), None)
    rel = p.get("rel")
    out = []
    if rel:
        req_name, req_email, req_phone = rel["first"] + " " + rel["last"], rel["email"], rel["phone"]
        req_ip = "%d.%d.%d.%d" % (random.choice([24, 67, 71, 98, 174]), random.randint(1, 254), random.randint(1, 254),
                                  random.randint(2, 254))
    else:
        req_name, req_email, req_phone = p["name"], p["email"], p["phone"]
        req_ip = p.get("ip") or "99.%d.%d.%d" % (random.randint(1, 254), random.randint(1, 254), random.randint(2, 254))
    p.setdefault("_req_ip", req_ip)
    req_ip = p["_req_ip"]
    t = tick()
    L = Line("nginx-combined")
    L.t('10.0.1.%d - - [%s] "POST /api/public/concerns HTTP/1.1" 201 71 "https://www.%s/report-a-concern" "%s" "' % (
        random.randint(2, 60), f_nginx(t), ADOM, random.choice(UAS)))
    L.p(req_ip, "ip").t('"')
    out.append(L)
    t = nudge(20, 400)
    ticket = random.randint(48000, 49999)
    clin = o["clin"] if o else clin_for(p["fac"])
    kind = random.randint(0, 3)
    desc = []
    inv = {"daughter": "mother" if p["sex"] == "F" else "father", "son": "mother" if p["sex"] == "F" else "father",
           "grandson": "grandmother" if p["sex"] == "F" else "grandfather",
           "spouse": "wife" if p["sex"] == "F" else "husband"}
    what = {"fall": "fell", "medication_error": "was given the wrong dose of %s" % (o["med"][0] if o else "a medication"),
            "iv_infiltration": "had her IV blow and swell up" if p["sex"] == "F" else "had his IV blow and swell up",
            "pressure_injury": "developed a bed sore", "needle_stick": "was stuck by a needle",
            "wrong_patient": "was given another patient's medications", "behavioral": "was restrained"}
    if kind == 0:
        desc = S("My ", inv[rel["relation"]] if rel else "", " ", Name(p["name"]), " (DOB ", Dt(p["dob_us"]),
                 ") ", what[o["cat"]] if o else "had a problem", " on ", Dt(o["date"] if o else TODAY.isoformat()), " at ", fac_of(p["fac"])["name"],
                 " and nobody called me until the next morning. The travel nurse said it was not her patient.") if rel else \
            S("I was a patient at ", fac_of(p["fac"])["name"], " and the agency nurse was rude to me on ",
              Dt(o["date"] if o else (TODAY - dt.timedelta(days=9)).isoformat()), ".",
              *([" My MyChart user is ", P(p["username"], "other_id"), " if you need to look me up."]
                if p.get("username") else [" I can send the discharge papers if needed."]))
    elif kind == 1:
        desc = S("Billing issue: statement for ", Name(p["name"]), " acct ", P(p["acct"], "account"),
                 " lists a sitter charge from your agency. Member ID ", P(p["plan"][1], "health_plan"),
                 ". Mail anything to ", P(rel["street"] if rel else p["street"], "address"), ", ",
                 P(rel["city"] if rel else p["city"], "address"), " ", p["st"], " ",
                 P(rel["zip"] if rel else p["zip"], "zip"), ".")
    elif kind == 2:
        desc = S("Requesting a copy of the incident report about ", Name(p["first"]), " ", Name(p["last"]),
                 ", MRN ", P(p["mrn"], "mrn"), ".",
                 *([" Please fax to ", P(rel["fax"], "fax"), " attn ", Name(req_name), "."]
                   if rel and rel.get("fax") else
                   [" Please mail it or call me at ", P(req_phone, "phone"), ". Thanks, ", Name(req_name)]))
    else:
        extra = []
        if rel and rel.get("url"):
            extra = [" Family updates are posted at ", P(rel["url"], "url"), " ."]
        elif p.get("card"):
            extra = [" You also charged my card ", P(p["card"], "account"), " twice for parking validation."]
        elif rel and rel.get("vin"):
            extra = [" Also our car (VIN ", P(rel["vin"], "vehicle"), ") was scraped in your valet lane."]
        elif p.get("curp"):
            extra = [" Her CURP is ", P(p["curp"], "other_id"), " for the consulate paperwork."]
        elif p.get("pacer_sn"):
            extra = [" He has a pacemaker, serial ", P(p["pacer_sn"], "device"), ", and nobody checked it."]
        desc = S("The nurse from your agency (", clin["name"], ") did not follow the care plan for ",
                 Name(p["name"]), ", age ", P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"]), ".", *extra)
    L = Line("python-json-logger")
    obj = {"asctime": f_py(t), "levelname": "INFO", "name": "concerns.zendesk", "message": "concern ticket created",
           "ticket_id": ticket, "via": "web_form",
           "requester": {"name": Name(req_name), "email": P(req_email, "email"), "phone": P(req_phone, "phone")},
           "subject": ["Complaint about agency nurse", "Billing question", "Incident report request",
                       "Care concern"][kind],
           "description": desc, "facility_id": p["fac"], "clinician_id": clin["id"],
           "assignee": random.choice(AGENCY_STAFF), "priority": random.choice(["normal", "high"]),
           "tags": ["concern", o["cat"] if o else "general"]}
    jwrite(L, obj, ascii_only=True, seps=(", ", ": "))
    out.append(L)
    if random.random() < 0.7:
        L2 = logrus("info", "callback scheduled", {"ticket": str(ticket), "to": P("+1" + "".join(ch for ch in req_phone if ch.isdigit()), "phone"),
                                                   "agent": random.choice(AGENCY_STAFF), "window": "24h"})
        out.append(L2)
    if random.random() < 0.5:
        L3 = logrus("info", "email sent", {"to": P(req_email, "email"), "from": "concerns@" + ADOM,
                                           "template": "concern_ack", "provider": "ses", "ticket": str(ticket)})
        out.append(L3)
    return out


def p_needle():
    o = random.choice([x for x in OCCURRENCES if x["cat"] == "needle_stick"])
    p = o["pat"]
    t = tick()
    L = Line("structlog-json")
    coll = Clock.cur.date().isoformat()
    obj = {"clinician_id": o["clin"]["id"], "facility_id": o["fac"], "report_id": o["id"],
           "exposure_type": "percutaneous", "device": random.choice(["21G hollow-bore needle", "25G insulin syringe",
                                                                     "suture needle"]),
           "employee_health_contact": random.choice(["Colleen Brandt", "Kimberly Oduya"]),
           "baseline_labs_drawn": True,
           "source_patient": {"name": Name(p["name"]), "mrn": P(p["mrn"], "mrn"), "dob": Dt(p["dob_iso"]),
                              "consent": "obtained", "collected": Dt(coll),
                              "labs": {"hiv_rapid": random.choice(["negative", "pending"]), "hbsag": "pending",
                                       "hcv_ab": "pending"}},
           "pep_offered": True, "event": "bbp_exposure.reported", "level": "warning", "timestamp": f_iso_us(t)}
    jwrite(L, obj, ascii_only=True, seps=(", ", ": "))
    out = [L]
    if random.random() < 0.5:
        out.append(pylog("employee_health.bbp", "INFO",
                         "PEP decision clinician=%s hours_since_exposure=%.1f regimen=%s follow_up=6w,3m counselor=%r" % (
                             o["clin"]["id"], random.uniform(0.5, 3), random.choice(["BIC/FTC/TAF", "none"]),
                             random.choice(["Colleen Brandt", "Kimberly Oduya"]))))
    return out


def p_chart_audit():
    fid = random.choice(FAC_IDS)
    pats = [x for x in PATIENTS if x["fac"] == fid] or [pick_pat()]
    c = clin_for(fid)
    aid = "CA-2024Q1-%04d" % random.randint(10, 90)
    out = []
    t = tick()
    L = Line("elixir-logger")
    L.t("%s audit_id=%s facility_id=%s [info] chart sample drawn clinician=%s charts=%d reviewer=%s" % (
        f_exdate(t), aid, fid, c["id"], 5, "Nadia Petrova"))
    out.append(L)
    for i, p in enumerate(random.sample(pats, min(len(pats), random.randint(1, 2)))):
        t = nudge(1, 30)
        L = Line("elixir-logger")
        adm = TODAY - dt.timedelta(days=random.randint(10, 70))
        dis = adm + dt.timedelta(days=random.randint(1, 8))
        enc = digits(9)
        L.t("%s audit_id=%s facility_id=%s [debug] sample %d/5 enc=ENC%s mrn=" % (f_exdate(t), aid, fid, i + 1, enc))
        L.p(p["mrn"], "mrn").t(" patient=\"").p(p["last"] + ", " + p["first"], "name").t("\" admit=").p(
            adm.isoformat(), "date").t(" disch=").p(dis.isoformat(), "date")
        L.t(" shifts_worked=%d" % random.randint(1, 4))
        out.append(L)
        t = nudge(200, 2000)
        L = Line("elixir-logger")
        L.t("%s audit_id=%s facility_id=%s [info] chart scored enc=ENC%s score=%d/20 findings=%s" % (
            f_exdate(t), aid, fid, enc, random.randint(12, 20),
            random.choice(['["pain reassessment >60m"]', '[]', '["MAR signature missing", "I&O not totaled"]'])))
        out.append(L)
    return out


def p_celery_fail():
    o = pick_occ()
    p = o["pat"]
    tid = ruuid()
    out = [celery("INFO", "MainProcess", "Task incidents.tasks.forward_to_facility[%s] received" % tid)]
    nudge(100, 2000)
    L = Line("celery-worker")
    L.t("[%s: ERROR/ForkPoolWorker-%d] Task incidents.tasks.forward_to_facility[%s] raised unexpected: " % (
        f_py(Clock.cur), random.randint(1, 8), tid))
    L.t("IntegrityError('duplicate key value violates unique constraint \"occ_fac_mrn_event_uniq\"\\n"
        "DETAIL:  Key (facility_id, patient_mrn, event_date)=(%s, " % o["fac"])
    L.p(p["mrn"], "mrn").t(", ").p(o["date"], "date").t(") already exists.\\n')")
    out.append(L)
    return out


def p_pg_detail():
    o = pick_occ()
    p = o["pat"]
    pid = random.randint(1000, 40000)
    t = tick()
    out = [pg("ERROR", 'duplicate key value violates unique constraint "occ_fac_mrn_event_uniq"', pid, t)]
    L = Line("postgres-stderr")
    L.t("%s [%d] DETAIL:  Key (facility_id, patient_mrn, event_date)=(%s, " % (f_pg(t), pid, o["fac"]))
    L.p(p["mrn"], "mrn").t(", ").p(o["date"], "date").t(") already exists.")
    out.append(L)
    L = Line("postgres-stderr")
    L.t("%s [%d] STATEMENT:  INSERT INTO occurrence_reports (facility_id, patient_mrn, patient_name, event_date, category, reporter_id) VALUES ('%s', '" % (
        f_pg(t), pid, o["fac"]))
    L.p(p["mrn"], "mrn").t("', '").p(p["name"].replace("'", "''"), "name").t("', '").p(o["date"], "date")
    L.t("', '%s', '%s')" % (o["cat"], o["clin"]["id"]))
    out.append(L)
    return out


def p_crash():
    o = pick_occ()
    p = o["pat"]
    t = tick()
    out = []
    L = Line("elixir-crash")
    L.t("%s [error] GenServer Portal.Incidents.FacilitySync terminating" % f_ex(t))
    out.append(L)
    L = Line("elixir-crash")
    L.t('** (KeyError) key "unit_code" not found in: ')
    exinspect(L, {"event_date": Dt(o["date"]), "facility_id": o["fac"], "mrn": P(p["mrn"], "mrn"),
                  "patient_name": Name(p["name"]), "report_id": o["id"]})
    out.append(L)
    out.append(phx_cont("    (portal 2.14.3) lib/portal/incidents/facility_sync.ex:88: Portal.Incidents.FacilitySync.build_payload/1",
                        "elixir-crash"))
    out.append(phx_cont("    (stdlib 5.2) gen_server.erl:1095: :gen_server.try_handle_info/3", "elixir-crash"))
    out.append(phx_cont("Last message: {:sync, \"%s\"}" % o["id"], "elixir-crash"))
    return out


def p_zap_bridge():
    o = pick_occ()
    p = o["pat"]
    vendor = random.choice(["rl6", "datix", "midas"])
    if random.random() < 0.75:
        L = zap_line("info", "bridge/%s.go:97" % vendor, "occurrence forwarded",
                     {"service": "occurrence-bridge", "facility_id": o["fac"], "report_id": o["id"],
                      "vendor_event_id": "EV-2024-%06d" % random.randint(1000, 99999),
                      "patient_mrn": P(p["mrn"], "mrn"), "event_date": Dt(o["date"]),
                      "http_status": 201, "elapsed": Raw("%.4f" % random.uniform(0.1, 2.5))})
    else:
        L = zap_line("error", "bridge/%s.go:131" % vendor, "vendor rejected payload",
                     {"service": "occurrence-bridge", "facility_id": o["fac"], "report_id": o["id"], "http_status": 422,
                      "body": S('{"errors":[{"field":"patient.birthDate","value":"', Dt(p["dob_us"]),
                                '","message":"expected yyyy-MM-dd"},{"field":"patient.name","value":"',
                                Name(p["last"] + ", " + p["first"]), '"}]}')})
    L.family = "go-zap-json"
    return [L]


def p_claim():
    o = pick_occ()
    p = o["pat"]
    t = tick()
    L = Line("python-logging")
    L.t("%s WARNING [risk.claims] professional liability carrier notified: claim " % f_py(t))
    L.p(p["claim"], "other_id").t(" opened for patient ").p(p["mrn"], "mrn").t(" (").p(p["last"] + ", " + p["first"], "name")
    L.t(") event_date=").p(o["date"], "date").t(" report=%s clinician=%s carrier=%s policy=PL-%s" % (
        o["id"], o["clin"]["id"], random.choice(["Beazley", "CNA", "Coverys"]), digits(8)))
    return [L]


def p_medrec():
    """pharmacy reconciliation note for a medication error (prescriber DEA = staff, unlabeled)"""
    o = random.choice([x for x in OCCURRENCES if x["cat"] in ("medication_error", "wrong_patient")])
    p = o["pat"]
    m = o["med"]
    pres = PRESCRIBERS[FAC_IDS.index(o["fac"]) % len(PRESCRIBERS)]
    t = tick()
    L = Line("python-logging")
    L.t("%s INFO [incidents.medrec] report=%s drug=%r ordered=%r given=%r prescriber=%r dea=%s pharmacist=%r pt=" % (
        f_py(t), o["id"], m[0], m[1], m[2], pres[0], pres[1], PHARMACIST[o["fac"]]))
    L.p(p["name"], "name").t(" mrn=").p(p["mrn"], "mrn").t(" wt_kg=%.1f admit=" % random.uniform(48, 110)).p(o["admit"], "date")
    return [L]


PHI = [(p_structlog_occ, 10), (p_structlog_kv, 5), (p_pyjson_occ, 9), (p_phx_params, 5), (p_ecto, 5), (p_hl7, 4),
       (p_complaint, 4), (p_needle, 4), (p_chart_audit, 4), (p_celery_fail, 3), (p_pg_detail, 2), (p_crash, 1),
       (p_zap_bridge, 7), (p_claim, 3), (p_medrec, 4),
       (p_device, 3), (p_wrong_patient, 1), (p_family_contact, 2)]


class Deck:
    """weighted draw without replacement: keeps the family mix stable."""

    def __init__(self, table):
        self.table = table
        self.cards = []

    def draw(self):
        if not self.cards:
            self.cards = [fn for fn, w in self.table for _ in range(w)]
            random.shuffle(self.cards)
        return self.cards.pop()


# ---------------------------------------------------------------------------
# main
# ---------------------------------------------------------------------------


def main():
    lines = []
    clean = 0
    clean_deck, phi_deck = Deck(CLEAN), Deck(PHI)
    while len(lines) < N_LINES:
        if clean < 0.55 * (len(lines) + 1):
            ev = clean_deck.draw()()
        else:
            ev = phi_deck.draw()()
        for L in ev:
            raw, spans = L.build()
            lines.append((L.family, raw, spans))
            if not spans:
                clean += 1
    lines = lines[:N_LINES]
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as fh:
        for _, raw, _ in lines:
            fh.write(raw + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as fh:
        for i, (fam, _, spans) in enumerate(lines, 1):
            fh.write(json.dumps({"line": i, "family": fam, "spans": spans}) + "\n")
    # self-check by re-reading
    data = open(log_path, "rb").read().split(b"\n")
    assert data[-1] == b"" and len(data) - 1 == N_LINES
    for (fam, raw, spans), got in zip(lines, data):
        assert raw == got
        for sp in spans:
            assert 0 <= sp["s"] < sp["e"] <= len(got)


if __name__ == "__main__":
    main()
