#!/usr/bin/env python3
"""Deterministic generator of a labeled PHI test corpus (theme: clinical oncology
sequencing lab pipeline: Nextflow/Snakemake/SLURM/FastQC/MultiQC/SAM/VCF/LIMS/sign-out).

Writes fv.log and fv.labels.jsonl next to this file. Standard library only."""
import base64
import datetime
import json
import os
import unicodedata
import random

ID = "fv"
random.seed(18181)
R = random.Random(18181)
HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = 500


# ----------------------------------------------------------------------------
# line building with byte-offset spans
# ----------------------------------------------------------------------------
class Ph:
    """A PHI value inserted into a line; raw=True means no JSON quoting."""
    __slots__ = ("v", "c", "raw")

    def __init__(self, v, c, raw=False):
        self.v = str(v)
        self.c = c
        self.raw = raw


def flat(parts, out):
    for p in parts:
        if p is None:
            continue
        if isinstance(p, (list, tuple)):
            flat(p, out)
        else:
            out.append(p)
    return out


LINES = []  # (bytes, family, spans)


def emit(family, *parts):
    items = flat(parts, [])
    buf = bytearray()
    spans = []
    expect = []
    for it in items:
        if isinstance(it, Ph):
            b = it.v.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append({"s": s, "e": len(buf), "cat": it.c})
            expect.append(b)
        else:
            buf += str(it).encode("utf-8")
    line = bytes(buf)
    assert b"\n" not in line and b"\r" not in line, line
    assert len(line) <= 4000, (family, len(line))
    prev = 0
    for sp, b in zip(spans, expect):
        assert sp["e"] > sp["s"]
        assert sp["s"] >= prev, "overlap"
        prev = sp["e"]
        assert line[sp["s"]:sp["e"]] == b
        assert sp["cat"] in CATS, sp["cat"]
    LINES.append((line, family, spans))


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip",
        "biometric", "photo", "other_id"}


def plain(parts):
    return "".join(p.v if isinstance(p, Ph) else str(p) for p in flat(parts, []))


# JSON building -----------------------------------------------------------------
class O(list):
    pass


class A(list):
    pass


class S(list):
    """A JSON/quoted string made of several parts (some may be Ph)."""
    pass


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def J(v, sep=(",", ":"), ea=False):
    if isinstance(v, O):
        out = ["{"]
        for i, (k, x) in enumerate(v):
            if i:
                out.append(sep[0])
            out += [json.dumps(k), sep[1], J(x, sep, ea)]
        out.append("}")
        return out
    if isinstance(v, A):
        out = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(sep[0])
            out.append(J(x, sep, ea))
        out.append("]")
        return out
    if isinstance(v, S):
        out = ['"']
        for p in flat(list(v), []):
            if isinstance(p, Ph):
                out.append(Ph(jesc(p.v, ea), p.c))
            else:
                out.append(jesc(str(p), ea))
        out.append('"')
        return out
    if isinstance(v, Ph):
        if v.raw:
            return [Ph(v.v, v.c)]
        return ['"', Ph(jesc(v.v, ea), v.c), '"']
    return [json.dumps(v, ensure_ascii=ea)]


def PY(v):
    """python repr() style dict rendering"""
    if isinstance(v, O):
        out = ["{"]
        for i, (k, x) in enumerate(v):
            if i:
                out.append(", ")
            out += [repr(k), ": ", PY(x)]
        out.append("}")
        return out
    if isinstance(v, A):
        out = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(", ")
            out.append(PY(x))
        out.append("]")
        return out
    if isinstance(v, Ph):
        if v.raw:
            return [Ph(v.v, v.c)]
        r = repr(v.v)
        return [r[0], Ph(r[1:-1], v.c), r[-1]]
    return [repr(v)]


def lf(key, val):
    """logfmt key=value, quoting when needed"""
    txt = plain([val])
    if any(ch in txt for ch in ' "=') or txt == "":
        if isinstance(val, Ph):
            return [key, '="', Ph(jesc(val.v, False), val.c), '"']
        return [key, "=", json.dumps(txt, ensure_ascii=False)]
    return [key, "=", val]


# ----------------------------------------------------------------------------
# identifiers with check digits
# ----------------------------------------------------------------------------
def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def npi():
    base = str(R.choice([1, 1, 1, 2])) + digits(8)
    # Luhn with 80840 prefix
    return base + luhn_digit("80840" + base)


def card(prefix="4"):
    body = prefix + digits(15 - len(prefix))
    return body + luhn_digit(body)


def imei():
    body = R.choice(["35", "35", "86", "01"]) + digits(12)
    return body + luhn_digit(body)


def iban(country, bban):
    conv = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    chk = 98 - int(conv) % 97
    return "%s%02d%s" % (country, chk, bban)


def iban_fmt(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def dni():
    n = R.randrange(10000000, 99999999)
    return "%d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


def cpf():
    d = [R.randrange(10) for _ in range(9)]
    s1 = sum(d[i] * (10 - i) for i in range(9))
    d.append((s1 * 10 % 11) % 10)
    s2 = sum(d[i] * (11 - i) for i in range(10))
    d.append((s2 * 10 % 11) % 10)
    x = "".join(map(str, d))
    return "%s.%s.%s-%s" % (x[:3], x[3:6], x[6:9], x[9:])


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    N = "0123456789"
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_A + N), R.choice(N),
         R.choice(MBI_A), R.choice(MBI_A + N), R.choice(N), R.choice(MBI_A),
         R.choice(MBI_A), R.choice(N), R.choice(N)]
    return "".join(c)


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "2T1", "5YJ", "JTD", "1FT", "3VW", "KNA"])
    vds = "".join(R.choice(al) for _ in range(5))
    vis = R.choice("GHJKLMNP") + R.choice(al) + digits(6)
    v = wmi + vds + "0" + vis
    s = sum(VIN_T[ch] * w for ch, w in zip(v, VIN_W)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]


def ssn():
    while True:
        a = R.randrange(100, 666)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randrange(1, 100), R.randrange(1, 10000))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64_random(nbytes, header=b""):
    raw = header + bytes(R.randrange(256) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


def jpeg_b64(n):
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    return base64.b64encode(hdr + bytes(R.randrange(256) for _ in range(n)) + b"\xff\xd9").decode()


def png_b64(n):
    hdr = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xc8\x08\x02\x00\x00\x00"
    return base64.b64encode(hdr + bytes(R.randrange(256) for _ in range(n))).decode()


def fmr_template(n):
    # ISO/IEC 19794-2 finger minutiae record header "FMR\0 20\0"
    return b64_random(n, b"FMR\x00 20\x00\x00\x00\x01\x2c\x00\x00\x01\x00\x01\x90\x00\xc5\x00\xc5\x01\x00")


def seq(n):
    return "".join(R.choice("ACGT") for _ in range(n))


FOLD = {"ı": "i", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "đ": "d", "Đ": "D"}


def ascii_fold(s):
    s = "".join(FOLD.get(ch, ch) for ch in s)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


# ----------------------------------------------------------------------------
# clock & timestamp formats
# ----------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.t = datetime.datetime(2024, 3, 11, 5, 38, 12, 407000)

    def adv(self, lo=0.05, hi=4.0):
        self.t += datetime.timedelta(microseconds=int(R.uniform(lo, hi) * 1e6))
        return self.t

    def jump(self, minutes_lo, minutes_hi):
        return self.adv(minutes_lo * 60, minutes_hi * 60)


CL = Clock()


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def ts_nf(t):
    return t.strftime("%b-%d %H:%M:%S.") + ms(t)


def ts_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def ts_iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%f") + "+00:00"


def ts_sp(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_syslog(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_slurm(t):
    return "[" + t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "]"


def epoch_ms(t):
    return int((t - datetime.datetime(1970, 1, 1)).total_seconds() * 1000)


# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------
SITES = {
    "LRMC": ("Lakeshore Regional Medical Center", "mrn8"),
    "SVH": ("St. Vincent Heights Hospital", "E7"),
    "DCC": ("Desert Canyon Cancer Institute", "mrn9"),
    "INTL": ("International Referral Office", "mrn8"),
}

SPECS = [
    # first, last, sex, dob or None, street, city, state, zip, area, mail, style, site
    ("Maria", "Kowalski", "F", (1965, 3, 12), "1420 Linden Ave", "Oak Park", "IL", "60302", "708", "gmail.com", "name", "LRMC"),
    ("Thị Lan", "Nguyễn", "F", (1958, 7, 23), "8817 Bellaire Blvd Apt 12", "Houston", "TX", "77036", "713", "yahoo.com", "init_dob", "SVH"),
    ("Oluwaseun", "Adeyemi", "M", None, "5203 Westpark Dr", "Houston", "TX", "77072", "832", "outlook.com", "clean", "SVH"),
    ("Siobhán", "Ní Bhriain", "F", None, "37 Winthrop Rd", "Brookline", "MA", "02446", "617", "gmail.com", "init_dob", "LRMC"),
    ("Björn", "Lindqvist", "M", (1932, 9, 4), "2290 Como Ave", "St. Paul", "MN", "55108", "651", "comcast.net", "mrn", "LRMC"),
    ("Zofia", "Wiśniewska", "F", None, "4118 N Milwaukee Ave", "Chicago", "IL", "60641", "773", "gmail.com", "clean", "LRMC"),
    ("Haruto", "Satō", "M", None, "1550 Lusitana St", "Honolulu", "HI", "96813", "808", "icloud.com", "clean", "DCC"),
    ("Priya", "Raghunathan", "F", None, "18 Talmadge Rd", "Edison", "NJ", "08817", "732", "gmail.com", "init_dob", "SVH"),
    ("Mehmet", "Yılmaz", "M", None, "261 Market St", "Paterson", "NJ", "07505", "973", "hotmail.com", "clean", "SVH"),
    ("Fatima", "Al-Hashimi", "F", None, "6810 Schaefer Rd", "Dearborn", "MI", "48126", "313", "yahoo.com", "mrn", "LRMC"),
    ("Dmitri", "Volkov", "M", None, "3011 Brighton 6th St", "Brooklyn", "NY", "11235", "718", "gmail.com", "clean", "SVH"),
    ("Margarethe", "Vogel", "F", (1930, 11, 2), "744 E Shields Ave", "Fresno", "CA", "93704", "559", "att.net", "clean", "DCC"),
    ("Kwame", "Mensah", "M", None, "1187 Cleveland Ave", "Columbus", "OH", "43211", "614", "gmail.com", "init_dob", "LRMC"),
    ("Leilani", "Kahananui", "F", None, "95 Kilauea Ave", "Hilo", "HI", "96720", "808", "gmail.com", "clean", "DCC"),
    ("Esperanza", "Quispe Mamani", "F", None, "1402 Girard Blvd NE", "Albuquerque", "NM", "87106", "505", "yahoo.com", "clean", "DCC"),
    ("Liam", "O'Rourke", "M", None, "612 S Tracy Ave", "Bozeman", "MT", "59715", "406", "proton.me", "clean", "DCC"),
    ("Tanvir", "Hossain", "M", (1933, 6, 18), "37-18 73rd St", "Jackson Heights", "NY", "11372", "347", "gmail.com", "clean", "SVH"),
    ("Javier", "Ortega Ruiz", "M", None, "Calle de Alcalá 214, 3º B", "Madrid", "ES", "28028", "+34", "telefonica.net", "clean", "INTL"),
    ("Ana Lúcia", "Ferreira", "F", None, "Rua Domingos de Morais 1861, ap. 42", "São Paulo", "SP", "04009-002", "+55", "uol.com.br", "clean", "INTL"),
    ("Chidi", "Okonkwo", "M", None, "9 Fenwick Ct", "Silver Spring", "MD", "20904", "301", "gmail.com", "clean", "LRMC"),
]

PLANS = [
    ("BCBSIL", "Blue Cross Blue Shield of Illinois", "XOF"),
    ("AETNA", "Aetna Choice POS II", "W"),
    ("UHC", "UnitedHealthcare Choice Plus", ""),
    ("CIGNA", "Cigna Open Access Plus", "U"),
    ("MEDICARE", "Medicare Part B", None),
    ("MEDICAID", "State Medicaid", None),
]


def make_people():
    people = []
    used_mrn = set()
    for i, sp in enumerate(SPECS):
        first, last, sex, dob, street, city, state, z, area, mail, style, site = sp
        if dob is None:
            dob = (R.randrange(1946, 1986), R.randrange(1, 13), R.randrange(1, 29))
        dob = datetime.date(*dob)
        fmt = SITES[site][1]
        while True:
            if fmt == "mrn8":
                mrn = "%08d" % R.randrange(100000, 9999999)
            elif fmt == "E7":
                mrn = "E%07d" % R.randrange(1000000, 9999999)
            else:
                mrn = "%09d" % R.randrange(10000000, 999999999)
            if mrn not in used_mrn:
                used_mrn.add(mrn)
                break
        p = dict(first=first, last=last, sex=sex, dob=dob, street=street, city=city, state=state,
                 zip=z, style=style, site=site, mrn=mrn, idx=i)
        p["lpid"] = "OSP-%07d" % R.randrange(1000000, 9999999)  # lab patient id
        fa, la = ascii_fold(first), ascii_fold(last)
        p["first_a"], p["last_a"] = fa, la
        p["ini"] = (fa[0] + la[0]).upper()
        if area.startswith("+34"):
            p["phone"] = "+34 6%02d %03d %03d" % (R.randrange(100), R.randrange(1000), R.randrange(1000))
        elif area.startswith("+55"):
            p["phone"] = "+55 11 9%04d-%04d" % (R.randrange(10000), R.randrange(10000))
        else:
            p["area"] = area
            p["phone"] = "(%s) 555-01%02d" % (area, R.randrange(0, 100))
        if i in (0, 4, 11, 15):
            p["fax"] = "(%s)555-01%02d" % (area, R.randrange(0, 100))
        p["phone_digits"] = "".join(ch for ch in p["phone"] if ch.isdigit())
        local = R.choice([fa[0].lower() + "." + la.lower().replace(" ", "").replace("'", "").replace("-", ""),
                          fa.lower().split()[0] + la.lower().replace(" ", "")[:5] + str(dob.year)[2:],
                          fa.lower().split()[0] + "_" + la.lower().replace(" ", "").replace("'", "").replace("-", "")[:6] + str(R.randrange(1, 99))])
        p["email"] = local + "@" + mail
        p["user"] = (fa[0] + la.replace(" ", "").replace("'", "").replace("-", "")).lower()[:9] + str(dob.year)[2:]
        p["ssn"] = ssn() if site != "INTL" else None
        age = (datetime.date(2024, 3, 11) - dob).days // 365
        p["age"] = age
        if site == "INTL":
            p["plan"] = None
        elif age >= 65:
            p["plan"] = ("MEDICARE", "Medicare Part B", mbi())
        elif i in (8, 14):
            p["plan"] = ("MEDICAID", "State Medicaid", "%011d" % R.randrange(10**9, 10**11))
        else:
            code, pname, pre = R.choice(PLANS[:4])
            mid = (pre or "") + digits(9 if pre else 11)
            if code == "UHC":
                mid = digits(9) + "-" + digits(2)
            p["plan"] = (code, pname, mid)
        p["group"] = digits(6)
        p["har"] = "%010d" % R.randrange(10**9, 10**10)  # hospital account record
        p["ip"] = R.choice(["73.%d.%d.%d", "24.%d.%d.%d", "98.%d.%d.%d", "174.%d.%d.%d",
                            "68.%d.%d.%d", "107.%d.%d.%d", "71.%d.%d.%d"]) % (
            R.randrange(1, 255), R.randrange(0, 255), R.randrange(1, 255))
        p["acc"] = "S24-%05d" % (1800 + i * 37 + R.randrange(30))
        p["accn"] = "ACC-24-%06d" % R.randrange(4000, 9999)
        p["spec"] = "SP%s-%05d" % ("240308", R.randrange(100, 999))
        p["rpt"] = "RPT-24-%06d" % R.randrange(1000, 9999)
        p["collected"] = datetime.datetime(2024, 3, R.randrange(1, 8), R.randrange(7, 17), R.choice([0, 10, 15, 25, 30, 40, 45, 55]))
        p["received"] = p["collected"].date() + datetime.timedelta(days=R.randrange(1, 4))
        people.append(p)
    return people


P = make_people()
PT = {p["last_a"]: p for p in P}

# relatives / guarantors / emergency contacts
KIN = {
    "Kowalski": ("Piotr", "Kowalski", "SPO", "Spouse", "(708) 555-0177"),
    "Lindqvist": ("Karin", "Lindqvist-Hale", "DAU", "Daughter", "(651) 555-0123"),
    "Vogel": ("Dieter", "Vogel", "SON", "Son", "(559) 555-0164"),
    "Adeyemi": ("Folake", "Adeyemi", "SPO", "Spouse", "(832) 555-0109"),
    "Nguyen": ("Minh", "Trần", "SON", "Son", "(713) 555-0190"),
    "Quispe Mamani": ("Rosa", "Mamani", "MTH", "Mother", "(505) 555-0131"),
}

STAFF_PATH = ["Dr. Henrik Sørensen", "Dr. Amara Okafor", "Dr. Lucia Benedetti", "Dr. Samuel Achterberg"]
STAFF_PATH_EMAIL = {"Dr. Henrik Sørensen": "h.sorensen@oncoseq-lab.org", "Dr. Amara Okafor": "a.okafor@oncoseq-lab.org",
                    "Dr. Lucia Benedetti": "l.benedetti@oncoseq-lab.org", "Dr. Samuel Achterberg": "s.achterberg@oncoseq-lab.org"}
ORDERING = [("Rahul", "Menon", npi(), "(312) 555-0186"), ("Grace", "Whitfield", npi(), "(617) 555-0148"),
            ("Tomasz", "Nowak", npi(), "(713) 555-0152"), ("Adaeze", "Eze", npi(), "(505) 555-0117"),
            ("Keiko", "Tanabe", npi(), "(808) 555-0139")]
TECHS = ["kmorales", "tbaptiste", "lhuang", "dschmidt", "opetrova"]
BIOINF = ["jchen", "rpatel", "avasquez", "mfitzgerald"]
for p in P:
    p["ordering"] = R.choice(ORDERING)
    p["pathologist"] = R.choice(STAFF_PATH)

LAB_ADDR = "OncoSeq Diagnostics, 4100 Research Pkwy, Suite 300, Durham, NC 27709"
LAB_PHONE = "(919) 555-0100"
LAB_FAX = "(919) 555-0101"
CLIA = "34D2081734"
CAP = "9187304"


# ----------------------------------------------------------------------------
# samples
# ----------------------------------------------------------------------------
def sample_parts(p, kind, suffix=""):
    st = p["style"]
    if st == "init_dob":
        return [p["acc"] + "_", Ph(p["ini"], "name"), "_", Ph(p["dob"].strftime("%Y%m%d"), "date"), "_" + kind + suffix]
    if st == "mrn":
        return [Ph(p["mrn"], "mrn"), "_" + kind + "1" + suffix]
    if st == "name":
        return [Ph(p["last_a"].upper() + "-" + p["first_a"][0], "name"), "_", Ph(p["dob"].strftime("%d%m%y"), "date"),
                "-" + kind + suffix]
    return [p["acc"] + "-" + kind + "1" + suffix]


def make_samples(pts, run):
    out = []
    sn = 1
    for p in pts:
        for kind in ("T", "N"):
            s = dict(pt=p, kind=kind, sn=sn, i7=seq(10), i5=seq(10), run=run)
            s["parts"] = sample_parts(p, kind)
            s["plain"] = plain(s["parts"])
            s["lib"] = "LIB24-%05d" % R.randrange(10000, 99999)
            s["reads"] = R.randrange(38_000_000, 142_000_000)
            s["status"] = 1 if kind == "T" else 0
            s["fq"] = lambda r, s=s: [s["parts"], "_S%d_L%03d_R%d_001.fastq.gz" % (s["sn"], run["lane"], r)]
            out.append(s)
            sn += 1
    return out


RUN1 = dict(id="240311_A01234_0187_BHKJ2VDSX3", fc="HKJ2VDSX3", inst="A01234", lane=1)
RUN2 = dict(id="240312_LH00456_0042_A22FWKLLT3", fc="22FWKLLT3", inst="LH00456", lane=2)
RUN1["samples"] = make_samples(P[0:9], RUN1)
RUN2["samples"] = make_samples(P[9:17], RUN2)

JOBID = [4839187]


def next_job():
    JOBID[0] += R.randrange(1, 9)
    return JOBID[0]


def workhash():
    h = hexs(32)
    return h[:2], h[2:]


# ----------------------------------------------------------------------------
# no-PHI filler lines
# ----------------------------------------------------------------------------
INTERNAL_IPS = ["10.20.4.15", "10.20.4.16", "10.20.3.41", "192.168.40.12", "172.18.0.7", "10.20.1.25", "172.22.14.9"]
NODES = ["cn%03d" % i for i in range(31, 64)]


def filler():
    t = CL.adv(0.3, 40)
    k = R.randrange(17)
    if k == 0:
        emit("cron-syslog", ts_syslog(t), " hpc-login01 CRON[", R.randrange(20000, 40000), "]: (oncoseq) CMD (/opt/oncoseq/bin/watch_runs.sh >> /var/log/oncoseq/watch_runs.log 2>&1)")
    elif k == 1:
        emit("nginx-access", R.choice(INTERNAL_IPS), " - - [", ts_clf(t), '] "GET /actuator/health HTTP/1.1" 200 ', R.choice([49, 49, 61]), ' "-" "kube-probe/1.27"')
    elif k == 2:
        q = hexs(10).upper()
        emit("postfix", ts_syslog(t), " mx01 postfix/smtp[", R.randrange(10000, 30000), "]: ", q, ": to=<",
             R.choice(["bioinfo-alerts@oncoseq-lab.org", "lab-ops@oncoseq-lab.org", "a.okafor@oncoseq-lab.org", "h.sorensen@oncoseq-lab.org", "jchen@oncoseq-lab.org"]),
             ">, relay=smtp.oncoseq-lab.org[10.20.1.25]:25, delay=", "%.2f" % R.uniform(0.1, 2), ", delays=0.05/0.01/0.2/0.16, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as ", hexs(10).upper(), ")")
    elif k == 3:
        j = next_job()
        emit("slurmctld", ts_slurm(t), " _slurm_rpc_submit_batch_job: JobId=", j, " InitPrio=", R.randrange(4294900000, 4294901759), " usec=", R.randrange(400, 3000))
    elif k == 4:
        j = JOBID[0] - R.randrange(0, 30)
        emit("slurmctld", ts_slurm(t), " sched: Allocate JobId=", j, " NodeList=", R.choice(NODES), " #CPUs=", R.choice([2, 4, 8, 16, 32]), " Partition=", R.choice(["compute", "compute", "highmem", "short"]))
    elif k == 5:
        j = JOBID[0] - R.randrange(0, 40)
        emit("slurmctld", ts_slurm(t), " _job_complete: JobId=", j, " WEXITSTATUS ", R.choice([0, 0, 0, 0, 1]))
    elif k == 6:
        emit("lims-log4j", ts_py(t), " INFO  [scheduler-1] o.l.sync.InstrumentSync - Polled 3 instruments (NovaSeq6000 A01234, NovaSeqX LH00456, MiSeq M07112) in ", R.randrange(180, 900), " ms")
    elif k == 7:
        used = R.uniform(68, 79)
        emit("ops", ts_iso(t), " disk-monitor[", R.randrange(900, 1200), "]: /data/oncoseq used %.0f%% (%.1fT/580.0T) inodes %d%%" % (used, used * 5.8, R.randrange(30, 45)))
    elif k == 8:
        emit("signout-spring", ts_sp(t), "  INFO 3121 --- [   scheduling-1] c.o.signout.queue.QueueMetrics          : pending=", R.randrange(2, 19),
             " signed_today=", R.randrange(5, 40), " avg_tat_days=", "%.1f" % R.uniform(4, 9))
    elif k == 9:
        emit("sshd", ts_syslog(t), " sftp01 sshd[", R.randrange(40000, 50000), "]: Accepted publickey for ", R.choice(["svc_lims", "svc_pipeline", "svc_sftp_ref"]),
             " from ", R.choice(INTERNAL_IPS), " port ", R.randrange(40000, 65000), " ssh2: ED25519 SHA256:", base64.b64encode(bytes(R.randrange(256) for _ in range(32))).decode().rstrip("="))
    elif k == 10:
        emit("lims-json", J(O([("ts", ts_iso(t)), ("level", "debug"), ("svc", "lims-api"), ("traceId", hexs(32)), ("spanId", hexs(16)),
                               ("route", R.choice(["GET /api/v2/specimens/{barcode}", "GET /api/v2/runs/{runId}/samples", "POST /api/v2/qc/results"])),
                               ("status", 200), ("durMs", R.randrange(4, 300))])))
    elif k == 11:
        emit("ops", ts_iso(t), " run-monitor: ", R.choice([RUN1["id"], RUN2["id"]]), " InterOp summary %>=Q30=", "%.2f" % R.uniform(88, 95),
             " cluster_PF=", "%.1f%%" % R.uniform(70, 85), " yield=", "%.2f Tbp" % R.uniform(1.2, 3.1), " error_rate=", "%.2f%%" % R.uniform(0.2, 0.6))
    elif k == 12:
        emit("portal-app", ts_iso(t), " INFO  [portal-api] GET /api/v1/status 200 ", R.randrange(1, 9), "ms reqId=req-", hexs(8), " ua=ELB-HealthChecker/2.0")
    elif k == 13:
        emit("ops", ts_iso(t), " backup[", R.randrange(2000, 3000), "]: restic snapshot ", hexs(8), " saved: files new=", R.randrange(0, 400), " changed=", R.randrange(0, 60), " added=", "%.3f GiB" % R.uniform(0.1, 40), " to s3:s3.us-east-1.amazonaws.com/oncoseq-backup/lims")
    elif k == 14:
        emit("slurmctld", ts_slurm(t), " error: Nodes ", R.choice(NODES), " not responding")
    elif k == 15:
        emit("signout-spring", ts_sp(t), " DEBUG 3121 --- [nio-8443-exec-", R.randrange(1, 10), "] o.s.web.servlet.DispatcherServlet        : Completed 200 OK")
    elif k == 16 and R.random() < 0.5:
        emit("signout-spring", ts_sp(t), " DEBUG 3121 --- [nio-8443-exec-", R.randrange(1, 10), "] c.o.signout.pdf.FooterTemplate          : footer=\"", LAB_ADDR, " | CLIA ", CLIA, " | CAP ", CAP,
             " | Tel ", LAB_PHONE, " | Fax ", LAB_FAX, " | Laboratory Director: Amara Okafor, MD, PhD\" version=", R.choice(["7.2.1", "7.2.2"]))
    else:
        emit("lims-python", ts_py(t), " INFO lims.worker: task ", R.choice(["sync_qc_metrics", "purge_temp_uploads", "refresh_panel_bed", "reconcile_storage_boxes"]),
             "[", uuid4(), "] succeeded in ", "%.3fs" % R.uniform(0.05, 30), ": None")


FILL_P = 0.4


def fillers(lo, hi):
    n = R.randrange(lo, hi + 1)
    if n and R.random() < 0.45:
        n -= 1
    for _ in range(n):
        if R.random() < FILL_P:
            filler()


# ----------------------------------------------------------------------------
# blocks
# ----------------------------------------------------------------------------
def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def blk_run_complete(run):
    t = CL.adv(1, 30)
    emit("ops", ts_iso(t), " run-monitor: detected ", "/seq/", run["inst"], "/", run["id"], "/CopyComplete.txt (", run["inst"], ", flowcell ", run["fc"], ")")
    t = CL.adv(1, 5)
    emit("ops", ts_iso(t), " run-monitor: launching rsync -rlptD --chmod=Dg+s /seq/", run["inst"], "/", run["id"], "/ /data/oncoseq/runs/", run["id"], "/")
    t = CL.jump(8, 20)
    emit("ops", ts_iso(t), " run-monitor: rsync finished rc=0 sent ", "%.2f" % R.uniform(300, 900), "G bytes received 12.4M bytes in ", R.randrange(500, 1100), "s")


def blk_bclconvert(run):
    t = CL.adv(2, 20)
    emit("bclconvert", ts_sp(t), " [", hexs(12), "] bcl-convert Version 00.000.000.4.2.7")
    t = CL.adv(0.1, 1)
    emit("bclconvert", ts_sp(t), " [", hexs(12), "] Running on host ", R.choice(NODES), " with 64 threads; --bcl-input-directory /data/oncoseq/runs/", run["id"],
         " --output-directory /data/oncoseq/fastq/", run["id"], " --sample-sheet SampleSheet.csv --bcl-num-conversion-threads 16 --bcl-num-compression-threads 16")
    emit("samplesheet-csv", "[BCLConvert_Data]")
    emit("samplesheet-csv", "Sample_ID,Index,Index2,Sample_Project,Sample_Name")
    for s in run["samples"][:8]:
        p = s["pt"]
        # Sample_Name column: some referring sites put the patient name in it
        if p["style"] in ("name",):
            sname = [Ph(p["last_a"].upper() + "_" + p["first_a"].upper().replace(" ", "_"), "name")]
        elif R.random() < 0.25:
            sname = [Ph(p["last_a"].upper().replace(" ", "") + "^" + p["first_a"].upper().replace(" ", ""), "name")]
        else:
            sname = [s["lib"]]
        emit("samplesheet-csv", s["parts"], ",", s["i7"], ",", s["i5"], ",ONCO_PANEL_v3,", sname)
    t = CL.jump(15, 40)
    for s in R.sample(run["samples"], 5):
        t = CL.adv(0.01, 0.2)
        emit("bclconvert", ts_sp(t), " [", hexs(12), "] Sample ", s["parts"], ": ", "{:,}".format(s["reads"]), " PF clusters, ",
             "%.2f" % R.uniform(91, 96.5), "% bases >= Q30, index ", s["i7"], "+", s["i5"])
    t = CL.adv(0.5, 3)
    emit("bclconvert", ts_sp(t), " [", hexs(12), "] Undetermined: ", "{:,}".format(R.randrange(1_000_000, 9_000_000)), " clusters (", "%.2f" % R.uniform(0.5, 3), "%)")
    emit("bclconvert", ts_sp(t), " [", hexs(12), "] Conversion Complete. Elapsed ", R.randrange(20, 70), "m", R.randrange(0, 60), "s")
    emit("demux-stats", "Lane,SampleID,Index,# Reads,# Perfect Index Reads,# One Mismatch Index Reads,% Reads")
    for s in R.sample(run["samples"], 3):
        r = s["reads"]
        emit("demux-stats", run["lane"], ",", s["parts"], ",", s["i7"], "-", s["i5"], ",", r, ",", int(r * 0.97), ",", int(r * 0.028), ",", "%.4f" % R.uniform(0.03, 0.08))


def nf_proc_name(step):
    return {
        "fastqc": "NFCORE_SAREK:SAREK:FASTQC",
        "bwa": "NFCORE_SAREK:SAREK:FASTQ_ALIGN_BWAMEM_MEM2_DRAGMAP_SENTIEON:BWAMEM1_MEM",
        "md": "NFCORE_SAREK:SAREK:BAM_MARKDUPLICATES:GATK4_MARKDUPLICATES",
        "bqsr": "NFCORE_SAREK:SAREK:BAM_BASERECALIBRATOR:GATK4_BASERECALIBRATOR",
        "m2": "NFCORE_SAREK:SAREK:BAM_VARIANT_CALLING_SOMATIC_ALL:BAM_VARIANT_CALLING_SOMATIC_MUTECT2:MUTECT2_PAIRED",
        "vep": "NFCORE_SAREK:SAREK:VCF_ANNOTATE_ALL:VCF_ANNOTATE_ENSEMBLVEP:ENSEMBLVEP_VEP",
    }[step]


def blk_nextflow(run):
    smp = run["samples"]
    sheet = "samplesheets/%s.csv" % run["id"]
    t = CL.adv(5, 60)
    emit("nextflow-log", ts_nf(t), " [main] DEBUG nextflow.cli.Launcher - $> nextflow run nf-core/sarek -r 3.4.0 -profile oncoseq_slurm,singularity --input ", sheet,
         " --outdir /data/oncoseq/results/", run["id"], " --tools mutect2,vep --intervals /ref/panels/onco_panel_v3.hg38.bed -resume")
    t = CL.adv(0.1, 0.3)
    emit("nextflow-log", ts_nf(t), " [main] INFO  nextflow.cli.CmdRun - N E X T F L O W  ~  version 23.10.1")
    t = CL.adv(0.2, 1.2)
    emit("nextflow-log", ts_nf(t), " [main] INFO  nextflow.cli.CmdRun - Launching `https://github.com/nf-core/sarek` [", R.choice(["golden_turing", "sharp_noether", "festering_hopper", "admiring_ramanujan"]), "] DSL2 - revision: 6aeac929c9 [3.4.0]")
    t = CL.adv(0.5, 2)
    emit("nextflow-log", ts_nf(t), " [main] DEBUG nextflow.Session - Session UUID: ", uuid4())
    emit("nextflow-log", ts_nf(t), " [main] DEBUG nextflow.Session - Work-dir: /scratch/oncoseq/work [lustre]")
    t = CL.adv(0.2, 1)
    emit("nextflow-log", ts_nf(t), " [main] DEBUG nextflow.executor.Executor - [warm up] executor > slurm")
    emit("nextflow-log", ts_nf(t), " [main] DEBUG n.processor.TaskPollingMonitor - Creating task monitor for executor 'slurm' > capacity: 100; pollInterval: 5s; dumpInterval: 5m ")
    t = CL.adv(0.5, 2)
    emit("nextflow-log", ts_nf(t), " [main] INFO  nextflow.Nextflow - samplesheet ", sheet, ": ", len(smp), " rows, ", len(smp) // 2, " patients")
    # samplesheet rows echoed (patient column = MRN or lab patient id)
    emit("samplesheet-csv", "patient,sex,status,sample,lane,fastq_1,fastq_2")
    for s in smp[:4]:
        p = s["pt"]
        pid = Ph(p["lpid"] if p["site"] != "LRMC" else p["mrn"], "mrn")
        fqdir = "/data/oncoseq/fastq/%s/" % run["id"]
        emit("samplesheet-csv", pid, ",", "XX" if p["sex"] == "F" else "XY", ",", s["status"], ",", s["parts"], ",lane_%d," % run["lane"], fqdir, s["fq"](1), ",", fqdir, s["fq"](2))
    for s in smp[8:10]:
        p = s["pt"]
        pid = Ph(p["lpid"] if p["site"] != "LRMC" else p["mrn"], "mrn")
        t = CL.adv(0.001, 0.01)
        emit("nextflow-log", ts_nf(t), " [main] DEBUG nextflow.Nextflow - samplesheet row: [patient:", pid, ", sex:", "XX" if p["sex"] == "F" else "XY",
             ", status:", s["status"], ", sample:", s["parts"], ", lane:lane_%d, data_type" % run["lane"], ":fastq_gz, num_lanes:1, size:1]")
    # submissions
    for step in ("fastqc", "bwa"):
        for s in R.sample(smp, 4 if step == "fastqc" else 3):
            t = CL.adv(0.05, 2)
            a, b = workhash()
            j = next_job()
            emit("nextflow-log", ts_nf(t), " [Task submitter] DEBUG nextflow.executor.GridTaskHandler - [SLURM] submitted process ", nf_proc_name(step), " (", s["parts"], ") > jobId: ", j,
                 "; workDir: /scratch/oncoseq/work/", a, "/", b)
            emit("nextflow-log", ts_nf(t), " [Task submitter] INFO  nextflow.Session - [", a, "/", b[:6], "] Submitted process > ", nf_proc_name(step), " (", s["parts"], ")")
            s.setdefault("jobs", {})[step] = (j, a, b)
    fillers(1, 3)
    # completions
    for s in smp:
        if "jobs" not in s or R.random() < 0.5:
            continue
        step = R.choice(list(s["jobs"].keys()))
        j, a, b = s["jobs"][step]
        t = CL.jump(2, 25)
        emit("nextflow-log", ts_nf(t), " [Task monitor] DEBUG n.processor.TaskPollingMonitor - Task completed > TaskHandler[jobId: ", j, "; id: ", R.randrange(3, 120), "; name: ",
             nf_proc_name(step), " (", s["parts"], "); status: COMPLETED; exit: 0; error: -; workDir: /scratch/oncoseq/work/", a, "/", b, " started: ", epoch_ms(t) - R.randrange(300000, 4000000),
             "; exited: ", ts_iso(t - datetime.timedelta(seconds=3)), "; ]")
    # a retry / error
    s = R.choice(smp)
    t = CL.jump(5, 30)
    emit("nextflow-log", ts_nf(t), " [Task monitor] WARN  nextflow.processor.TaskProcessor - [", nf_proc_name("md"), " (", s["parts"], ")] process terminated with an error exit status (140) -- Execution is retried (1)")
    emit("nextflow-log", ts_nf(t), " [Task monitor] DEBUG nextflow.processor.TaskProcessor - Handling unexpected condition for  task: name=", nf_proc_name("md"), " (", s["parts"], "); work-dir=/scratch/oncoseq/work/", hexs(2), "/", hexs(30))
    emit("nextflow-log", ts_nf(t), " [Task monitor] DEBUG nextflow.executor.GridTaskHandler - Failed to get exit status for process TaskHandler[jobId: ", next_job(),
         "; id: 77; name: ", nf_proc_name("md"), "; status: RUNNING; exit: -; error: -; workDir: /scratch/oncoseq/work/", hexs(2), "/", hexs(30), "] -- exitStatusReadTimeoutMillis: 270000; delta: 270011")
    fillers(1, 2)
    t = CL.jump(20, 60)
    emit("nextflow-log", ts_nf(t), " [main] WARN  nextflow.Nextflow - [VEP] no cache found for release 110 at /ref/vep_cache, using --offline with GRCh38 from /ref/vep_cache/homo_sapiens/110_GRCh38")
    t = CL.jump(30, 90)
    emit("nextflow-log", ts_nf(t), " [main] DEBUG nextflow.trace.WorkflowStatsObserver - Workflow completed > WorkflowStats[succeededCount=", R.randrange(180, 260),
         "; failedCount=0; ignoredCount=0; cachedCount=", R.randrange(0, 20), "; pendingCount=0; submittedCount=0; runningCount=0; retriesCount=1; abortedCount=0; succeedDuration=",
         R.randrange(1, 3), "d ", R.randrange(0, 23), "h ", R.randrange(0, 59), "m; failedDuration=4m 12s; cachedDuration=0ms;loadCpus=0; loadMemory=0; peakRunning=", R.randrange(20, 60),
         "; peakCpus=", R.randrange(200, 640), "; peakMemory=", R.randrange(300, 900), " GB; ]")
    emit("nextflow-log", ts_nf(t), " [main] DEBUG nextflow.cli.CmdRun - Application exit status: 0")
    emit("nextflow-log", ts_nf(CL.adv(0.1, 0.5)), " [main] DEBUG nextflow.script.ScriptRunner - > Execution complete -- Goodbye")


def blk_nf_console(run):
    smp = run["samples"]
    emit("nextflow-console", "executor >  slurm (", R.randrange(120, 240), ")")
    for step in ("fastqc", "bwa", "md", "bqsr", "m2", "vep"):
        s = R.choice(smp if step not in ("m2", "vep") else smp[0::2])
        a, b = workhash()
        n = len(smp) if step not in ("m2", "vep") else len(smp) // 2
        done = n if step in ("fastqc", "bwa", "md") else R.randrange(n // 2, n)
        pct = 100 * done // n
        name = nf_proc_name(step)
        if s["kind"] == "T" and step in ("m2", "vep"):
            tag = [s["parts"], "_vs_", run["samples"][s["sn"]]["parts"]] if s["sn"] < len(smp) else [s["parts"]]
        else:
            tag = [s["parts"]]
        emit("nextflow-console", "[", a, "/", b[:6], "] process > ", name, " (", tag, ") ", "[%3d%%] " % pct, done, " of ", n, " ✔" if done == n else "")
    emit("nextflow-console", "Completed at: ", CL.t.strftime("%d-%b-%Y %H:%M:%S"))
    emit("nextflow-console", "Duration    : ", R.randrange(10, 30), "h ", R.randrange(0, 59), "m ", R.randrange(0, 59), "s")
    emit("nextflow-console", "CPU hours   : ", "{:,.1f}".format(R.uniform(800, 2400)))
    emit("nextflow-console", "Succeeded   : ", R.randrange(180, 260))


def blk_sacct(run, full=True):
    smp = run["samples"]
    emit("slurm-sacct", "$ sacct -u svc_pipeline -S 2024-03-11",
         " --format=JobID%15,JobName%48,Partition,AllocCPUS,State,ExitCode,Elapsed,MaxRSS" if full else " -X")
    if full:
        emit("slurm-sacct", "%15s %48s %10s %10s %10s %8s %10s %10s" % ("JobID", "JobName", "Partition", "AllocCPUS", "State", "ExitCode", "Elapsed", "MaxRSS"))
        emit("slurm-sacct", " ".join(["-" * 15, "-" * 48, "-" * 10, "-" * 10, "-" * 10, "-" * 8, "-" * 10, "-" * 10]))
    else:
        emit("slurm-sacct", "       JobID    JobName  Partition    Account  AllocCPUS      State ExitCode ")
        emit("slurm-sacct", "------------ ---------- ---------- ---------- ---------- ---------- -------- ")
    for s in R.sample(smp, 4 if full else 3):
        j = next_job()
        step = R.choice(["bwa", "md", "bqsr", "m2"])
        state, ec = R.choice([("COMPLETED", "0:0")] * 5 + [("FAILED", "1:0"), ("TIMEOUT", "0:0"), ("OUT_OF_ME+", "0:125")])
        el = "%02d:%02d:%02d" % (R.randrange(0, 9), R.randrange(60), R.randrange(60))
        if full:
            if run is RUN1:
                jn_parts = ["nf-", nf_proc_name(step).split(":")[-1], "_(", s["parts"], ")"]
            else:
                jn_parts = [R.choice(["bwa_", "mdup_", "bqsr_", "m2_"]), s["parts"]]
            jn = plain(jn_parts)
            if len(jn) > 48:
                jn_parts = [jn[:47] + "+"]  # truncated: trailing PHI part cut (we avoid showing partials)
                # keep only if the cut does not slice a PHI value; otherwise rename
                jn_parts = ["nf-" + nf_proc_name(step).split(":")[-1][:40] + "+"]
                jn = plain(jn_parts)
            pad = " " * (48 - len(jn))
            cpus = R.choice([4, 8, 16])
            emit("slurm-sacct", "%15s " % j, pad, jn_parts, " %10s %10d %10s %8s %10s %10s" % ("compute", cpus, state, ec, el, "%dK" % R.randrange(200000, 30000000)))
            if R.random() < 0.4:
                emit("slurm-sacct", "%15s %48s %10s %10d %10s %8s %10s %10s" % (str(j) + ".batch", "batch", "", cpus, state, ec, el, "%dK" % R.randrange(200000, 30000000)))
        else:
            emit("slurm-sacct", "%12s %10s %10s %10s %10d %10s %8s " % (j, "nf-NFCORE+", "compute", "oncoseq", R.choice([4, 8, 16]), state, ec))


def blk_fastqc(s):
    emit("fastqc", "application/gzip")
    for r in (1, 2):
        fq = s["fq"](r)
        emit("fastqc", "Started analysis of ", fq)
        for pct in R.sample([5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90, 95], 2 if r == 1 else 1):
            emit("fastqc", "Approx ", pct, "% complete for ", fq)
        emit("fastqc", "Analysis complete for ", fq)


def blk_multiqc(run):
    emit("multiqc", "  /// MultiQC 🔍 v1.21")
    emit("multiqc", "       file_search | Search path: /data/oncoseq/results/", run["id"])
    if run is RUN1:
        emit("multiqc", "         searching | ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━ 100% ", R.randrange(900, 3000), "/", R.randrange(3000, 3100))
    if run is RUN1:
        emit("multiqc", "            picard | Found ", len(run["samples"]), " HsMetrics reports")
    emit("multiqc", "          samtools | Found ", len(run["samples"]), " stats reports")
    emit("multiqc", "            fastqc | Found ", 2 * len(run["samples"]), " reports")
    s = R.choice(run["samples"][:6])
    emit("multiqc", "            fastqc | Duplicate sample name found in /data/oncoseq/results/", run["id"], "/reports/fastqc/", s["parts"],
         "/", s["parts"], "_2_fastqc.zip! Overwriting: ", s["parts"], "_2")
    s2 = R.choice([x for x in run["samples"] if x["pt"]["style"] != "clean"])
    emit("multiqc", "           mosdepth | WARNING: Could not parse mosdepth global dist for sample '", s2["parts"], "'")
    if run is RUN1:
        emit("multiqc", "     write_results | Data        : multiqc_data")
    emit("multiqc", "     write_results | Report      : multiqc_report.html")
    emit("multiqc", "           multiqc | MultiQC complete")


def blk_sam_header(s, tool="samtools"):
    rg = "%s.%d" % (s["run"]["fc"], s["run"]["lane"])
    lb = [s["lib"]] if s["pt"]["style"] == "clean" or R.random() < 0.5 else [s["parts"], "_lib1"]
    emit("sam-header", "$ samtools view -H /data/oncoseq/results/", s["run"]["id"], "/preprocessing/markduplicates/", s["parts"], "/", s["parts"], ".md.cram | grep -v '^@SQ'")
    emit("sam-header", "@HD\tVN:1.6\tSO:coordinate")
    emit("sam-header", "@RG\tID:", rg, "\tSM:", s["parts"], "\tLB:", lb, "\tPL:ILLUMINA\tPU:", rg, ".", s["i7"], "+", s["i5"], "\tCN:OncoSeqDx\tDS:ONCO_PANEL_v3")
    emit("sam-header", "@PG\tID:bwa\tPN:bwa\tVN:0.7.17-r1188\tCL:bwa mem -K 100000000 -Y -R @RG\\tID:", rg, "\\tSM:", s["parts"], "\\tLB:", lb,
         "\\tPL:ILLUMINA -t 16 /ref/Homo_sapiens_assembly38.fasta ", s["fq"](1), " ", s["fq"](2))
    emit("sam-header", "@PG\tID:GATK MarkDuplicates\tVN:Version:4.4.0.0\tCL:MarkDuplicates --INPUT ", s["parts"], ".sorted.bam --OUTPUT ", s["parts"],
         ".md.bam --METRICS_FILE ", s["parts"], ".md.metrics --ASSUME_SORT_ORDER coordinate --CREATE_INDEX true\tPN:MarkDuplicates")


def blk_sam_sq():
    for c, ln in R.sample([("chr1", 248956422), ("chr7", 159345973), ("chr12", 133275309), ("chr17", 83257441), ("chrX", 156040895), ("chrM", 16569)], 3):
        emit("sam-header", "@SQ\tSN:", c, "\tLN:", ln, "\tM5:", hexs(32), "\tUR:file:/ref/Homo_sapiens_assembly38.fasta")


VARIANTS = [("chr17", 7675088, "C", "T", "TP53"), ("chr12", 25245350, "C", "T", "KRAS"), ("chr7", 55191822, "T", "G", "EGFR"),
            ("chr3", 179234297, "A", "G", "PIK3CA"), ("chr7", 140753336, "A", "T", "BRAF"), ("chr13", 32338155, "C", "T", "BRCA2"),
            ("chr5", 112838934, "C", "T", "APC"), ("chr10", 87933147, "C", "T", "PTEN")]


def blk_vcf(tumor, normal):
    p = tumor["pt"]
    emit("vcf", "##fileformat=VCFv4.2")
    emit("vcf", '##FILTER=<ID=PASS,Description="All filters passed">')
    emit("vcf", "##fileDate=", CL.t.strftime("%Y%m%d"))
    if R.random() < 0.5:
        emit("vcf", '##FORMAT=<ID=AF,Number=A,Type=Float,Description="Allele fractions of alternate alleles in the tumor">')
    emit("vcf", "##GATKCommandLine=<ID=Mutect2,CommandLine=\"Mutect2 --tumor-sample ", tumor["parts"], " --normal-sample ", normal["parts"],
         " --output ", tumor["parts"], "_vs_", normal["parts"], ".mutect2.vcf.gz --intervals onco_panel_v3.hg38.bed --input ", tumor["parts"], ".recal.cram --input ", normal["parts"],
         ".recal.cram --reference /ref/Homo_sapiens_assembly38.fasta\",Version=\"4.4.0.0\",Date=\"", CL.t.strftime("%B %d, %Y at %I:%M:%S %p UTC").replace(" 0", " "), "\">")
    if R.random() < 0.5:
        emit("vcf", "##contig=<ID=chr17,length=83257441>")
    emit("vcf", "##normal_sample=", normal["parts"])
    emit("vcf", "##tumor_sample=", tumor["parts"])
    indiv = Ph(p["lpid"], "mrn") if p["style"] == "clean" else Ph(p["mrn"], "mrn")
    if R.random() < 0.6:
        emit("vcf", "##SAMPLE=<ID=TUMOR,SampleName=", tumor["parts"], ",Individual=", indiv, ",Description=\"FFPE tumor, ", p["accn"], "\">")
        emit("vcf", "##SAMPLE=<ID=NORMAL,SampleName=", normal["parts"], ",Individual=", indiv, ",Description=\"Blood normal\">")
    else:
        emit("vcf", "##SAMPLE=<ID=", tumor["parts"], ",Genomes=Tumor,Mixture=1.0,Description=\"Primary tumor\">")
    emit("vcf", "##reference=file:///ref/Homo_sapiens_assembly38.fasta")
    emit("vcf", "##source=Mutect2")
    emit("vcf", "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t", normal["parts"], "\t", tumor["parts"])
    for c, pos, ref, alt, gene in R.sample(VARIANTS, 2):
        dp_n, dp_t = R.randrange(150, 500), R.randrange(150, 600)
        ad = R.randrange(20, dp_t // 2)
        emit("vcf", c, "\t", pos, "\t.\t", ref, "\t", alt, "\t.\tPASS\tAS_FilterStatus=SITE;AS_SB_TABLE=", dp_n, ",0|", ad, ",0;DP=", dp_n + dp_t, ";ECNT=1;GERMQ=",
             R.randrange(30, 93), ";MBQ=20,20;MFRL=171,168;MMQ=60,60;MPOS=", R.randrange(10, 40), ";NALOD=", "%.2f" % R.uniform(1, 3), ";NLOD=", "%.2f" % R.uniform(20, 60),
             ";POPAF=6.00;TLOD=", "%.2f" % R.uniform(30, 400), "\tGT:AD:AF:DP:F1R2:F2R1:SB\t0/0:", dp_n, ",0:", "%.4f" % R.uniform(0.001, 0.01), ":", dp_n,
             ":", dp_n // 2, ",0:", dp_n // 2, ",0:", dp_n // 2, ",", dp_n // 2, ",0,0\t0/1:", dp_t - ad, ",", ad, ":", "%.3f" % (ad / dp_t), ":", dp_t, ":",
             (dp_t - ad) // 2, ",", ad // 2, ":", (dp_t - ad) // 2, ",", ad // 2, ":", (dp_t - ad) // 2, ",", (dp_t - ad) // 2, ",", ad // 2, ",", ad // 2)


def blk_snakemake(run):
    smp = run["samples"]
    t = CL.adv(10, 120)
    emit("snakemake", "Building DAG of jobs...")
    emit("snakemake", "Using shell: /usr/bin/bash")
    emit("snakemake", "Provided remote nodes: 100")
    emit("snakemake", "Job stats:")
    emit("snakemake", "job              count")
    for r, c in (("bwa_mem", len(smp)), ("mutect2", len(smp) // 2), ("total", 3 * len(smp) + len(smp) // 2 + 1)):
        emit("snakemake", "%-13s  %7d" % (r, c))
    emit("snakemake", "# samples.tsv")
    emit("samplesheet-csv", "sample_id\tpatient_id\ttissue\tcollection_date\tfq1\tfq2")
    for s in smp[:4]:
        p = s["pt"]
        emit("samplesheet-csv", s["parts"], "\t", Ph(p["lpid"], "mrn"), "\t", "FFPE" if s["kind"] == "T" else "PBMC", "\t", Ph(d_iso(p["collected"]), "date"), "\t",
             "fastq/", s["fq"](1), "\t", "fastq/", s["fq"](2))
    jid = 0
    done = 0
    total = 3 * len(smp) + len(smp) // 2 + 1
    dirty = [x for x in smp if x["pt"]["style"] != "clean"]
    for s in [R.choice(dirty)]:
        rule = R.choice(["bwa_mem", "fastp", "mark_duplicates"])
        jid = R.randrange(1, total)
        t = CL.adv(1, 60)
        emit("snakemake", "[", t.ctime(), "]")
        emit("snakemake", "rule ", rule, ":")
        if rule == "bwa_mem":
            emit("snakemake", "    input: trimmed/", s["parts"], ".R1.fastq.gz, trimmed/", s["parts"], ".R2.fastq.gz, /ref/hg38/bwa/Homo_sapiens_assembly38.fasta.bwt")
            emit("snakemake", "    output: mapped/", s["parts"], ".sorted.bam")
            emit("snakemake", "    log: logs/bwa_mem/", s["parts"], ".log")
        elif rule == "fastp":
            emit("snakemake", "    input: fastq/", s["fq"](1), ", fastq/", s["fq"](2))
            emit("snakemake", "    output: trimmed/", s["parts"], ".R1.fastq.gz, trimmed/", s["parts"], ".R2.fastq.gz, qc/fastp/", s["parts"], ".json")
        else:
            emit("snakemake", "    input: mapped/", s["parts"], ".sorted.bam")
            emit("snakemake", "    output: dedup/", s["parts"], ".bam, qc/dedup/", s["parts"], ".metrics.txt")
        emit("snakemake", "    jobid: ", jid)
        emit("snakemake", "    reason: Missing output files: ", "mapped/" if rule == "bwa_mem" else "dedup/", s["parts"], ".sorted.bam" if rule == "bwa_mem" else ".bam")
        emit("snakemake", "    wildcards: sample=", s["parts"])
        th = 16 if rule == "bwa_mem" else 8
        emit("snakemake", "    threads: ", th)
        emit("snakemake", "    resources: mem_mb=", th * 2000, ", mem_mib=", int(th * 2000 / 1.048576), ", disk_mb=", R.randrange(2000, 30000), ", disk_mib=", R.randrange(2000, 28000),
             ", tmpdir=<TBD>, slurm_partition=compute, runtime=", R.choice([120, 240, 360]))
        j = next_job()
        emit("snakemake", "Submitted job ", jid, " with external jobid 'Submitted batch job ", j, "'.")
        t = CL.jump(3, 40)
        if R.random() < 0.3:
            emit("snakemake", "[", t.ctime(), "]")
            emit("snakemake", "Error in rule ", rule, ":")
            emit("snakemake", "    jobid: ", jid)
            emit("snakemake", "    log: logs/", rule, "/", s["parts"], ".log (check log file(s) for error details)")
            emit("snakemake", "    cluster_jobid: Submitted batch job ", j)
            emit("snakemake", "Trying to restart job ", jid, ".")
            t = CL.jump(3, 40)
        emit("snakemake", "[", t.ctime(), "]")
        emit("snakemake", "Finished job ", jid, ".")
        done += R.randrange(1, 6)
        emit("snakemake", done, " of ", total, " steps (", "%d%%" % (100 * done // total), ") done")


def blk_sbatch(s):
    j = next_job()
    emit("slurm-sbatch", "$ sbatch --job-name=cnvkit_", s["parts"], " --partition=highmem --cpus-per-task=8 --mem=64G --time=04:00:00 --output=logs/cnvkit/%x-%j.out scripts/cnvkit.sh ",
         s["run"]["id"], " ", s["parts"])
    emit("slurm-sbatch", "Submitted batch job ", j)
    emit("slurm-sbatch", "$ squeue -u svc_pipeline -o \"%.10i %.9P %.40j %.8T %.10M %R\"")
    emit("slurm-sbatch", "     JOBID PARTITION                                     NAME    STATE       TIME NODELIST(REASON)")
    jn = ["cnvkit_", s["parts"]]
    pad = 40 - len(plain(jn))
    if pad >= 0:
        emit("slurm-sbatch", "%10d %9s " % (j, "highmem"), " " * pad, jn, " %8s %10s %s" % ("PENDING", "0:00", "(Priority)"))
    emit("slurm-sbatch", "%10d %9s %40s %8s %10s %s" % (j - R.randrange(1, 30), "compute", "snakejob.mutect2." + str(R.randrange(10, 80)) + ".sh", "RUNNING", "1:%02d:%02d" % (R.randrange(60), R.randrange(60)), R.choice(NODES)))


# --- LIMS ---------------------------------------------------------------------
def hl7_orm(p):
    t = CL.t
    msh_ts = t.strftime("%Y%m%d%H%M%S")
    ph = p["phone"]
    hl7_phone = ph.replace(" ", "") if ph.startswith("(") else ph
    kin = KIN.get(p["last_a"])
    segs = []
    segs.append(["MSH|^~\\&|EPIC|", p["site"], "|ONCOSEQ|LIMS|", msh_ts, "||ORM^O01^ORM_O01|", "MSG%08d" % R.randrange(10**7, 10**8), "|P|2.5.1"])
    segs.append(["PID|1||", Ph(p["mrn"], "mrn"), "^^^", p["site"], "^MR~", Ph(p["lpid"], "mrn"), "^^^ONCOSEQ^PI||", Ph(p["last_a"].upper(), "name"), "^",
                 Ph(p["first_a"].upper(), "name"), "||", Ph(p["dob"].strftime("%Y%m%d"), "date"), "|", p["sex"], "|||", Ph(p["street"], "address"), "^^",
                 Ph(p["city"], "address"), "^", p["state"], "^", Ph(p["zip"], "zip"), "^USA||", Ph(hl7_phone, "phone"), "^PRN^PH~", [Ph(p["fax"], "fax"), "^PRN^FX~"] if p.get("fax") else [], "^NET^Internet^", Ph(p["email"], "email"),
                 "|||||", Ph(p["har"], "account"), "|", Ph(p["ssn"], "ssn") if p["ssn"] else ""])
    if kin:
        segs.append(["NK1|1|", Ph(kin[1].upper(), "name"), "^", Ph(kin[0].upper(), "name"), "|", kin[2], "^", kin[3], "||", Ph(kin[4].replace(" ", ""), "phone"), "||EC^Emergency Contact"])
    segs.append(["PV1|1|O|ONC^INF^", R.randrange(1, 30), "^", p["site"], "||||", p["ordering"][2], "^", p["ordering"][1].upper(), "^", p["ordering"][0].upper(), "^^^^MD"])
    if p["plan"]:
        code, pname, mid = p["plan"]
        f = [""] * 37
        f[1] = "1"; f[2] = code; f[3] = str(R.randrange(10000, 99999)); f[4] = pname.upper()
        f[7] = "(800)555-0199"; f[8] = p["group"] if code not in ("MEDICARE", "MEDICAID") else ""
        in1 = ["IN1"]
        for i in range(1, 37):
            in1.append("|")
            if i == 16:
                in1 += [Ph(p["last_a"].upper(), "name"), "^", Ph(p["first_a"].upper(), "name")]
            elif i == 17:
                in1.append("SEL")
            elif i == 18:
                in1.append(Ph(p["dob"].strftime("%Y%m%d"), "date"))
            elif i == 36:
                in1.append(Ph(mid, "health_plan"))
            else:
                in1.append(f[i])
        segs.append(in1)
    orc = "ORD%07d" % R.randrange(10**6, 10**7)
    segs.append(["ORC|NW|", orc, "|||||||", msh_ts])
    segs.append(["OBR|1|", orc, "||81455^TARGETED GENOMIC SEQ ANALYSIS SOLID ORGAN NEOPLASM 51+ GENES^CPT|||", Ph(p["collected"].strftime("%Y%m%d%H%M"), "date"),
                 "|||||||||", p["ordering"][2], "^", p["ordering"][1].upper(), "^", p["ordering"][0].upper(), "^^^^MD||||||||F"])
    out = []
    for i, sg in enumerate(segs):
        if i:
            out.append("\r")
        out.append(sg)
    return S(out), orc


def blk_lims_accession(p, parts=("hl7", "recv", "json", "label", "qc")):
    t = CL.adv(5, 120)
    orc = "ORD%07d" % R.randrange(10**6, 10**7)
    if "hl7" in parts:
        msg, orc = hl7_orm(p)
        emit("lims-hl7", J(O([("timestamp", ts_iso(t)), ("level", "DEBUG"), ("logger", "iface.hl7.inbound"), ("channel", "EPIC_ORM_IN"),
                               ("remote", "10.40.%d.%d:%d" % (R.randrange(1, 250), R.randrange(1, 250), R.randrange(30000, 60000))), ("bytes", len(plain(msg).encode()) + 7),
                               ("message", msg)])))
        t = CL.adv(0.05, 0.5)
        emit("lims-hl7", J(O([("timestamp", ts_iso(t)), ("level", "INFO"), ("logger", "iface.hl7.inbound"), ("channel", "EPIC_ORM_IN"),
                               ("msg", "ACK AA sent"), ("controlId", "MSG%08d" % R.randrange(10**7, 10**8)), ("order", orc)])))
    if "recv" in parts:
        t = CL.adv(30, 900)
        emit("lims-log4j", ts_py(t), " INFO  [http-nio-8080-exec-", R.randrange(1, 12), "] o.l.specimen.ReceivingController - Specimen ", p["spec"], " received by ", R.choice(TECHS),
             "; accession=", p["accn"], " patient=", Ph(p["last_a"].upper() + ", " + p["first_a"].upper(), "name"), " DOB=", Ph(d_us(p["dob"]), "date"), " MRN=", Ph(p["mrn"], "mrn"),
             " site=", p["site"], " collected=", Ph(p["collected"].strftime("%m/%d/%Y %H:%M"), "date"), " temp=", R.choice(["ambient", "ambient", "2-8C"]))
    if "json" in parts:
        t = CL.adv(0.5, 20)
        pt = O([("mrn", Ph(p["mrn"], "mrn")), ("lastName", Ph(p["last"], "name")), ("firstName", Ph(p["first"], "name")),
                ("birthDate", Ph(d_iso(p["dob"]), "date")), ("sex", p["sex"])])
        if p["age"] >= 90:
            pt.append(("ageYears", Ph(str(p["age"]), "age", raw=True)))
        else:
            pt.append(("ageYears", p["age"]))
        spec = O([("barcode", p["spec"]), ("type", R.choice(["FFPE block", "FFPE slides x10", "Whole blood EDTA"])), ("collectedAt", Ph(d_iso(p["collected"]), "date")),
                  ("receivedAt", ts_iso(t)), ("tumorPct", R.choice([20, 30, 40, 50, 60, 70]))])
        if p["idx"] in (4, 11, 12):
            udi = "(01)%s(17)%s(10)%s(21)%s" % ("0" + digits(13), "27%02d%02d" % (R.randrange(1, 13), R.randrange(1, 29)), "L" + digits(5), "SN" + digits(8))
            spec.append(("drawSite", "implanted port"))
            spec.append(("portUdi", Ph(udi, "device")))
        emit("lims-json", J(O([("level", 30), ("time", epoch_ms(t)), ("pid", 4211), ("hostname", "lims-app-02"), ("reqId", "req-" + hexs(6)),
                               ("msg", "specimen accessioned"), ("accessionNo", p["accn"]), ("orderId", orc), ("specimen", spec), ("patient", pt),
                               ("orderingNpi", p["ordering"][2]), ("clia", CLIA)]), ea=False))
    if "label" in parts and R.random() < 0.6:
        t = CL.adv(1, 30)
        emit("lims-python", ts_py(t), " INFO lims.labels: printed ", R.randrange(2, 6), " labels for ", p["spec"], " on zebra-acc-0", R.randrange(1, 4), " (ZPL ^BCN,80,Y,N,N ^FD", p["spec"], "^FS) job=", uuid4())
    if "qc" in parts:
        t = CL.adv(60, 3000)
        if R.random() < 0.5:
            emit("lims-python", ts_py(t), " INFO lims.pathreview: accession ", p["accn"], " tumor_content=", R.choice([20, 30, 40, 60]), "% block=", R.choice("ABC"), R.randrange(1, 9),
             " macrodissection=", R.choice(["yes", "no"]), " reviewer=", R.choice(STAFF_PATH), " status=PATH_REVIEW_OK")
        else:
            emit("lims-python", ts_py(t), " INFO lims.extraction: ", p["spec"], " DNA ", "%.1f ng/uL" % R.uniform(4, 90), " (Qubit), DIN ", "%.1f" % R.uniform(2.5, 8.5), ", tech=", R.choice(TECHS), ", plate=EXT-240311-0", R.randrange(1, 5), " well=", R.choice("ABCDEFGH"), R.randrange(1, 13))


def blk_lims_python_dict(p):
    t = CL.adv(1, 60)
    d = O([("accession", p["accn"]), ("pat_mrn", Ph(p["mrn"], "mrn")), ("pat_name", Ph(p["first"] + " " + p["last"], "name")), ("dob", Ph(d_iso(p["dob"]), "date")),
           ("phone", Ph(p["phone"], "phone")), ("panel", "ONCO_PANEL_v3"), ("priority", R.choice(["routine", "stat"]))])
    emit("lims-python", ts_py(t), " WARNING lims.dedupe: possible duplicate patient on intake, candidate=", PY(d), " score=", "%.2f" % R.uniform(0.8, 0.97))
    t = CL.adv(1, 30)
    emit("lims-python", ts_py(t), " INFO lims.dedupe: merged into existing patient ", Ph(p["lpid"], "mrn"), " by ", R.choice(TECHS), " (rule=mrn+dob exact)")


def blk_lims_addr_update(p):
    t = CL.adv(1, 120)
    emit("lims-json", J(O([("ts", ts_iso_us(t)), ("level", "info"), ("event", "patient.demographics.updated"), ("actor", R.choice(TECHS)),
                           ("patient_id", Ph(p["lpid"], "mrn")),
                           ("changes", O([("address_line1", A([Ph("PO Box " + str(R.randrange(100, 9999)), "address"), Ph(p["street"], "address")])),
                                          ("city", Ph(p["city"], "address")), ("postal_code", Ph(p["zip"], "zip")),
                                          ("mobile", Ph(p["phone"], "phone"))])),
                           ("source", "registration_desk"), ("request_id", uuid4())]), sep=(", ", ": ")))


def blk_counsel(p):
    kin_first = R.choice(["Halina", "Irena", "Teresa", "Marek", "Ahmed", "Layla", "Grażyna"])
    t = CL.adv(10, 600)
    emit("lims-log4j", ts_py(t), " INFO  [http-nio-8080-exec-", R.randrange(1, 12), "] o.l.gc.FamilyHistoryService - Germline follow-up flagged for ", p["accn"],
         " (BRCA2 c.5946del, VAF 0.48 in normal): cascade testing suggested for relative ", Ph(kin_first + " " + p["last"], "name"), " (sister, DOB ",
         Ph(d_us(datetime.date(p["dob"].year + R.choice([-3, -2, 2, 4]), R.randrange(1, 13), R.randrange(1, 29))), "date"), ") ; counselor=Sarah Lindgren, MS, CGC")


# --- sign-out -----------------------------------------------------------------
def sp_line(level, thread, logger, *msg):
    t = CL.adv(0.05, 5)
    return [ts_sp(t), " %5s 3121 --- [%15s] %-40s : " % (level, thread[-15:], logger[-40:]), list(msg)]


def blk_signout(p, extras=()):
    path = p["pathologist"]
    thread = "nio-8443-exec-%d" % R.randrange(1, 10)
    CL.jump(10, 200)
    if R.random() < 0.5:
        emit("signout-spring", sp_line("INFO", thread, "c.o.signout.ReportSignoutService", "Sign-out requested for ", p["rpt"], " (accession ", p["accn"], ") by ", path,
                                   " [", STAFF_PATH_EMAIL[path], "]"))
    c1, c2 = R.sample(VARIANTS, 2)
    if R.random() < 0.4:
        emit("signout-spring", sp_line("INFO", thread, "c.o.signout.ReportSignoutService", "Report ", p["rpt"], ": ", R.randrange(1, 5), " tier I/II variants (", c1[4], " ", c1[0], ":", c1[1], " ",
                                   c1[2], ">", c1[3], " VAF ", "%.2f" % R.uniform(0.05, 0.6), "; ", c2[4], " ", c2[0], ":", c2[1], " ", c2[2], ">", c2[3], "), TMB ", "%.1f" % R.uniform(1, 25),
                                   " mut/Mb, MSI ", R.choice(["stable", "stable", "high"])))
    age_part = [" age ", Ph(str(p["age"]), "age")] if p["age"] >= 90 else [" age ", p["age"]]
    emit("signout-spring", sp_line("INFO", thread, "c.o.signout.pdf.ReportRenderer", "Rendering ", p["rpt"], ".pdf template=solid_tumor_v7 for ",
                                   Ph(p["last"].upper() + ", " + p["first"], "name"), " (MRN ", Ph(p["mrn"], "mrn"), ", DOB ", Ph(d_us(p["dob"]), "date"), ",", age_part, ", ", p["sex"], ")"))
    o = p["ordering"]
    if R.random() < 0.5:
        emit("signout-spring", sp_line("INFO", "task-%d" % R.randrange(1, 8), "c.o.signout.delivery.FaxDelivery", "Queued fax to ordering provider Dr. ", o[0], " ", o[1], " (NPI ", o[2],
                                   ") at +1 ", o[3], ", eFax jobId=", R.randrange(880000, 899999), ", pages=", R.randrange(6, 14)))
    if "email" in extras:
        emit("signout-spring", sp_line("INFO", "task-%d" % R.randrange(1, 8), "c.o.signout.delivery.PatientCopy", "Patient copy sent to ", Ph(p["email"], "email"),
                                       " from noreply@oncoseq-lab.org via SES messageId=0100018e", hexs(8), "-", hexs(8), "-", hexs(4), "-", hexs(4), "-", hexs(4), "-", hexs(12), "-000000"))
    if "url" in extras:
        slug = p["first_a"].lower().split()[0] + "-" + p["last_a"].lower().replace(" ", "-").replace("'", "")
        url = "https://share.oncoseq-lab.org/r/%s-%d/%s" % (slug, p["dob"].year, p["rpt"])
        emit("signout-spring", sp_line("INFO", "task-%d" % R.randrange(1, 8), "c.o.signout.delivery.ShareLinks", "Created share link ", Ph(url, "url"), " ttl=14d for report ", p["rpt"]))
    if "fax" in extras:
        fx = p["phone"][:-2] + "%02d" % R.randrange(0, 100)
        emit("signout-spring", sp_line("WARN", "task-%d" % R.randrange(1, 8), "c.o.signout.delivery.FaxDelivery", "Patient requested copy by fax to ", Ph(fx, "fax"),
                                       " (home fax on file); retry 2/3 after busy signal, report ", p["rpt"]))
    if "audit" in extras:
        ag = Ph(str(p["age"]), "age", raw=True) if p["age"] >= 90 else p["age"]
        t = CL.adv(0.05, 1)
        emit("signout-audit-json", J(O([("@timestamp", ts_iso(t)), ("log.level", "INFO"), ("event.action", "report.signed_out"), ("service.name", "signout-svc"),
                                         ("report_id", p["rpt"]), ("accession", p["accn"]), ("signed_by", path), ("trace.id", hexs(32)),
                                         ("patient", O([("mrn", Ph(p["mrn"], "mrn")), ("name", Ph(p["first"] + " " + p["last"], "name")), ("age", ag), ("sex", p["sex"])])),
                                         ("delivery", A(["fax:provider", "portal"]))]), ea=False))
    if R.random() < 0.2:
        emit("signout-spring", sp_line("DEBUG", thread, "o.h.engine.jdbc.batch.internal.BatchingBatch", "Executing batch size: ", R.randrange(2, 12)))


def blk_amend(p):
    thread = "nio-8443-exec-%d" % R.randrange(1, 10)
    emit("signout-spring", sp_line("WARN", thread, "c.o.signout.ReportSignoutService", "Amendment ", p["rpt"], "-A1 opened by ", R.choice(STAFF_PATH), ": reason=\"variant reclassification (ClinVar VCV000012345 VUS->LP)\""))
    emit("signout-spring", sp_line("ERROR", thread, "c.o.signout.web.GlobalExceptionHandler", "Sign-out failed for ", p["rpt"], "-A1: org.springframework.dao.OptimisticLockingFailureException: Row was updated or deleted by another transaction [com.oncoseq.signout.domain.Report#",
                                   R.randrange(10000, 99999), "]"))


# --- portal -------------------------------------------------------------------
UAS = ['"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"',
       '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"',
       '"OncoSeqPortal/3.8.2 (Android 14; SM-S918U)"',
       '"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"']


def blk_portal(p, device=False):
    CL.jump(30, 300)
    ua = R.choice(UAS)
    t = CL.adv(0.1, 2)
    emit("portal-app", J(O([("time", ts_iso(t)), ("level", "info"), ("msg", "login succeeded"), ("username", Ph(p["user"], "other_id")),
                            ("clientIp", Ph(p["ip"], "ip")), ("mfa", R.choice(["totp", "sms"])), ("sessionId", hexs(24)), ("lb", "10.20.4.16")])))
    t = CL.adv(0.5, 5)
    emit("nginx-access", Ph(p["ip"], "ip"), " - ", Ph(p["user"], "other_id"), " [", ts_clf(t), '] "GET /portal/api/v1/reports/', p["rpt"], '/pdf HTTP/1.1" 200 ',
         R.randrange(300000, 900000), ' "https://portal.oncoseq-lab.org/reports" ', ua)
    if R.random() < 0.5:
        t = CL.adv(0.1, 2)
        emit("nginx-access", Ph(p["ip"], "ip"), " - - [", ts_clf(t), '] "GET /static/js/main.', hexs(8), '.js HTTP/1.1" 304 0 "https://portal.oncoseq-lab.org/reports" ', ua)
    t = CL.adv(0.1, 2)
    emit("nginx-access", "10.20.4.16 - - [", ts_clf(t), '] "GET /internal/reports/', p["rpt"], '/render-status HTTP/1.1" 200 87 "-" "Apache-HttpClient/5.2.1 (Java/17.0.10)"')
    if device:
        mac = ":".join("%02X" % R.randrange(256) for _ in range(6))
        t = CL.adv(0.1, 2)
        emit("portal-app", J(O([("time", ts_iso(t)), ("level", "info"), ("msg", "push token registered"), ("user", Ph(p["user"], "other_id")),
                                ("device", O([("platform", "android"), ("model", "SM-S918U"), ("imei", Ph(imei(), "device")), ("wifiMac", Ph(mac, "device"))])),
                                ("fcmToken", hexs(22) + ":APA91b" + b64_random(60).replace("/", "_").replace("+", "-").rstrip("="))])))


MX = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.153.27]:25", "yahoo.com": "mta6.am0.yahoodns.net[67.195.204.72]:25",
      "outlook.com": "outlook-com.olc.protection.outlook.com[52.101.8.37]:25", "hotmail.com": "hotmail-com.olc.protection.outlook.com[52.101.42.4]:25",
      "icloud.com": "mx01.mail.icloud.com[17.57.154.7]:25", "comcast.net": "mx1a1.comcast.net[96.103.145.165]:25"}


def blk_portal_register(p):
    t = CL.adv(5, 200)
    emit("portal-app", J(O([("time", ts_iso(t)), ("level", "info"), ("msg", "account created"), ("username", Ph(p["user"], "other_id")),
                            ("email", Ph(p["email"], "email")), ("linkedPatient", Ph(p["lpid"], "mrn")), ("verifiedBy", "dob+zip"),
                            ("clientIp", Ph(p["ip"], "ip")), ("requestId", uuid4())])))
    t = CL.adv(0.2, 3)
    emit("postfix", ts_syslog(t), " mx01 postfix/smtp[", R.randrange(10000, 30000), "]: ", hexs(10).upper(), ": to=<", Ph(p["email"], "email"),
         ">, relay=", MX.get(p["email"].split("@")[1], "mx.%s[%s]:25" % (p["email"].split("@")[1], R.choice(["66.102.1.26", "17.57.154.7", "185.70.42.128", "96.103.145.165"]))),
         ", delay=", "%.2f" % R.uniform(0.3, 3), ", delays=0.02/0.01/0.6/0.4, dsn=2.0.0, status=sent (250 2.0.0 OK)")


# --- billing ------------------------------------------------------------------
def blk_billing(p, pay=None):
    t = CL.jump(5, 120)
    if p["plan"]:
        code, pname, mid = p["plan"]
        key = {"MEDICARE": "mbi", "MEDICAID": "medicaid_id"}.get(code, "subscriber_id")
        grp = p["group"] if code not in ("MEDICARE", "MEDICAID") else "-"
        emit("billing", ts_iso(t), " INFO  billing.claims: built 837P claim CLM-", digits(8), " payer=", code, " ", lf(key, Ph(mid, "health_plan")), " group=", grp,
             " patient_account=", Ph(p["har"], "account"), " cpt=81455 units=1 charge=4250.00 dos=", Ph(d_iso(p["collected"]), "date"))
        t = CL.adv(2, 60)
        emit("billing", ts_iso(t), " INFO  billing.eligibility: 271 received for ", Ph(p["last_a"].upper() + "," + p["first_a"].upper(), "name"), " dob=",
             Ph(p["dob"].strftime("%Y%m%d"), "date"), " member=", Ph(mid, "health_plan"), " status=", R.choice(["1 (Active Coverage)", "1 (Active Coverage)", "6 (Inactive)"]),
             " trace=", digits(9), " payer_id=", R.randrange(10000, 99999))
        if R.random() < 0.5:
            t = CL.adv(2, 60)
            emit("billing", ts_iso(t), " WARN  billing.priorauth: PA required by ", code, " for cpt 81455; case opened PA-", digits(7), " group=", grp, " (no PHI sent to Slack channel #rcm-alerts)")
    if pay == "card":
        t = CL.adv(30, 600)
        cn = card(R.choice(["4", "51", "53"]))
        emit("billing", ts_iso(t), " DEBUG billing.payments: stripe charge request ", J(O([("amount", 25000), ("currency", "usd"), ("source", O([("object", "card"), ("number", Ph(cn, "account")),
                                                                                                                                                   ("exp_month", R.randrange(1, 13)), ("exp_year", R.randrange(2025, 2030))])),
                                                                                          ("description", S(["Patient responsibility ", p["accn"]])), ("metadata", O([("guarantor", Ph(p["first"] + " " + p["last"], "name"))]))]), sep=(", ", ": ")))
    if pay == "iban":
        t = CL.adv(30, 600)
        if p["state"] == "ES":
            ib = iban("ES", digits(20))
        else:
            ib = iban("BR", digits(23) + "C1")
        es = p["state"] == "ES"
        emit("billing", ts_iso(t), " INFO  billing.intl: wire received ", "EUR 3,850.00" if es else "USD 4,250.00", " from ", Ph(iban_fmt(ib), "account"),
             " ordering party ", Ph(p["last_a"].upper() + " " + p["first_a"].upper(), "name"), " ref ", p["accn"], " swift=", "CAIXESBBXXX" if es else "ITAUBRSPXXX",
             " correspondent=CHASUS33XXX")
    t = CL.adv(10, 300)
    emit("billing", ts_iso(t), " INFO  billing.clearinghouse: batch 837P-", t.strftime("%Y%m%d"), "-", "%03d" % R.randrange(1, 40), " submitted: ", R.randrange(5, 40),
         " claims, total $", "{:,.2f}".format(R.randrange(5, 40) * 4250.0), ", ISA13=", digits(9))


# --- kiosk at phlebotomy / collection center ----------------------------------
def blk_kiosk(p, what):
    t = CL.jump(2, 60)
    kid = "kiosk-%02d" % R.randrange(1, 9)
    emit("kiosk", ts_iso(t), " ", kid, " checkin.start session=", hexs(12), " appt=APT-", digits(7))
    if "license" in what:
        st = p["state"] if p["state"] in ("IL", "CA", "TX", "NY", "MN", "HI", "MI") else R.choice(["IL", "CA", "TX", "NY"])
        dl = {"IL": lambda: R.choice("ABCDEFGHKLMNPRSTW") + digits(3) + "-" + digits(4) + "-" + digits(4),
              "CA": lambda: R.choice("ABCDEFGHKLMNPRSTW") + digits(7), "TX": lambda: digits(8), "NY": lambda: digits(9),
              "MN": lambda: R.choice("ABCDEFGHKLMNPRSTW") + digits(12),
              "MI": lambda: R.choice("ABCDEFGHKLMNPRSTW") + " " + digits(3) + " " + digits(3) + " " + digits(3) + " " + digits(3), "HI": lambda: "H" + digits(8)}[st]()
        t = CL.adv(2, 20)
        emit("kiosk", ts_iso(t), " ", kid, " idscan: PDF417 parsed DAQ=", Ph(dl, "license"), " DAJ=", st, " DCS=", Ph(p["last_a"].upper(), "name"), " DAC=",
             Ph(p["first_a"].upper(), "name"), " DBB=", Ph(p["dob"].strftime("%m%d%Y"), "date"), " match=mrn:", Ph(p["mrn"], "mrn"))
    if "bio" in what:
        t = CL.adv(2, 20)
        emit("kiosk", ts_iso(t), " ", kid, " biometric.verify modality=finger_right_index vendor=neurotec score=", R.randrange(60, 240), " template=", Ph(fmr_template(R.randrange(90, 180)), "biometric"))
    if "photo" in what:
        t = CL.adv(2, 20)
        if R.random() < 0.5:
            ph = "data:image/jpeg;base64," + jpeg_b64(R.randrange(300, 700))
        else:
            ph = "data:image/png;base64," + png_b64(R.randrange(300, 600))
        emit("kiosk", J(O([("ts", ts_iso(t)), ("kiosk", kid), ("event", "patient_photo_captured"), ("patientId", Ph(p["lpid"], "mrn")), ("photo", Ph(ph, "photo")), ("camera", "Logitech C920 SN 2231LZ0"+digits(4))])))
    if "plate" in what:
        t = CL.adv(2, 20)
        plate = R.choice([digits(1) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3),
                          "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "-" + digits(4),
                          digits(3) + " " + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))])
        emit("kiosk", ts_iso(t), " ", kid, " parking.validate plate=", Ph(plate, "vehicle"), " state=", p["state"], " garage=P2 validation=", hexs(6).upper(), " (infusion visit)")
    t = CL.adv(5, 60)
    if R.random() < 0.5:
        emit("kiosk", ts_iso(t), " ", kid, " checkin.done queue=PHLEB ticket=A", R.randrange(10, 99), " wait_est=", R.randrange(3, 25), "m")


def blk_ivr(p):
    t = CL.jump(2, 90)
    call = "CA" + hexs(32)
    emit("ivr", ts_iso(t), " ivr-gw[2214]: inbound call ", call, " from ", Ph("+1" + p["phone_digits"][-10:], "phone"), " to +19195550100 (results line) menu=2")
    t = CL.adv(5, 40)
    emit("ivr", ts_iso(t), " ivr-gw[2214]: ", call, " caller verified dob=", Ph(p["dob"].strftime("%m%d%Y"), "date"), " -> patient ", Ph(p["lpid"], "mrn"),
         "; voiceprint.enroll engine=nuance-gk ok template=", Ph(b64_random(R.randrange(110, 200), b"VPRT\x02\x00"), "biometric"))
    t = CL.adv(20, 200)
    emit("ivr", ts_iso(t), " ivr-gw[2214]: ", call, " transferred to queue GC_RESULTS agent=sip:ext4412@pbx.oncoseq-lab.org duration=", R.randrange(40, 300), "s")


def blk_kit(p):
    kit = "LBX-K-%08d" % R.randrange(10**7, 10**8)
    trk = "1Z" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)) + digits(10)
    t = CL.jump(2, 60)
    emit("kit-logistics", ts_py(t), " INFO kits.fulfillment: kit ", Ph(kit, "other_id"), " (Streck cfDNA BCT x2) assigned to patient ", Ph(p["lpid"], "mrn"), " for serial ctDNA monitoring")
    t = CL.adv(2, 60)
    emit("kit-logistics", ts_py(t), " INFO kits.fulfillment: label created carrier=UPS service=2DA tracking=", trk, " ship_to=",
         ['"', Ph(p["first"] + " " + p["last"], "name"), ", ", Ph(p["street"], "address"), ", ", Ph(p["city"], "address"), ", ", p["state"], " ", Ph(p["zip"], "zip"), '"'],
         " phone=", Ph(p["phone_digits"][-10:], "phone"), " return_to=\"", LAB_ADDR, "\"")
    t = CL.jump(60, 600)
    emit("kit-logistics", ts_py(t), " INFO kits.tracking: ", trk, " status=DELIVERED signed_by=FRONTDOOR")
    t = CL.jump(60, 600)
    emit("kit-logistics", ts_py(t), " INFO kits.receiving: kit ", Ph(kit, "other_id"), " returned, tubes=2 hemolysis=none, linked to accession ", p["accn"])


def blk_intl(p):
    t = CL.jump(5, 120)
    if p["state"] == "ES":
        nid = [" DNI ", Ph(dni(), "other_id")]
        hosp = "Hospital Universitario La Paz"
    else:
        nid = [" CPF ", Ph(cpf(), "other_id")]
        hosp = "Hospital Sírio-Libanês"
    emit("lims-log4j", ts_py(t), " INFO  [http-nio-8080-exec-", R.randrange(1, 12), "] o.l.intl.ReferralIntakeService - International referral from ", hosp, ": patient ",
         Ph(p["first"] + " " + p["last"], "name"), nid, ", born ", Ph(p["dob"].strftime("%d/%m/%Y"), "date"), ", address ", Ph(p["street"], "address"), ", ",
         Ph(p["zip"], "zip"), " ", Ph(p["city"], "address"), ", tel ", Ph(p["phone"], "phone"), "; assigned ", Ph(p["lpid"], "mrn"))
    t = CL.adv(5, 60)
    emit("lims-log4j", ts_py(t), " INFO  [http-nio-8080-exec-", R.randrange(1, 12), "] o.l.intl.ReferralIntakeService - Customs docs OK for ", p["accn"], " (FFPE block, UN3373 exempt), courier DHL AWB ", digits(10))


def blk_registry(p):
    t = CL.jump(30, 300)
    dod = datetime.date(2024, 2, R.randrange(1, 29))
    emit("lims-python", ts_py(t), " INFO lims.registry_export: NAACCR row queued ", PY(O([("patientIdNumber", Ph(p["lpid"], "mrn")), ("nameLast", Ph(p["last_a"].upper(), "name")),
                                                                                       ("dateOfBirth", Ph(p["dob"].strftime("%Y%m%d"), "date")), ("vitalStatus", 0),
                                                                                       ("dateOfLastContact", Ph(dod.strftime("%Y%m%d"), "date")), ("primarySite", "C509"),
                                                                                       ("histologicTypeIcdO3", "8500"), ("addrAtDxPostalCode", Ph(p["zip"], "zip"))])))


def blk_guarantor(p):
    kin = KIN[p["last_a"]]
    t = CL.adv(5, 200)
    emit("billing", ts_iso(t), " INFO  billing.guarantor: set guarantor for account ", Ph(p["har"], "account"), " -> ", lf("name", Ph(kin[0] + " " + kin[1], "name")), " rel=", kin[3].lower(),
         " ", lf("phone", Ph(kin[4], "phone")), " ssn=", Ph(ssn().replace("-", ""), "ssn"), " employer=\"", R.choice(["Target Corp", "Mayo Clinic", "self-employed", "retired"]), "\"")


def blk_vehicle_fa(p):
    t = CL.adv(5, 200)
    emit("billing", ts_iso(t), " INFO  billing.finaid: application FA-", digits(6), " household_size=", R.randrange(1, 6), " income_band=B", " assets.vehicle_vin=", Ph(vin(), "vehicle"),
         " applicant=", Ph(p["lpid"], "mrn"), " decision=APPROVED discount=", R.choice([50, 75, 100]), "%")


# ----------------------------------------------------------------------------
# timeline
# ----------------------------------------------------------------------------
def main():
    Pk = PT
    fillers(2, 3)
    # accessioning of run-1 patients
    for p in P[0:9]:
        parts = R.choice([("hl7", "recv", "json", "label", "qc"), ("hl7", "json", "label"), ("recv", "json", "qc"), ("hl7", "recv", "label", "qc")])
        blk_lims_accession(p, parts)
        fillers(0, 2)
    blk_lims_python_dict(P[5])
    blk_kiosk(P[0], ("license", "photo", "plate"))
    fillers(1, 2)
    blk_kiosk(P[4], ("bio",))
    blk_lims_addr_update(P[8])
    fillers(1, 3)
    # run 1 sequencing + nextflow
    blk_run_complete(RUN1)
    fillers(1, 2)
    blk_bclconvert(RUN1)
    fillers(2, 4)
    blk_nextflow(RUN1)
    fillers(1, 2)
    blk_fastqc(RUN1["samples"][2])
    fillers(1, 2)
    blk_sacct(RUN1, True)
    fillers(1, 3)
    blk_nf_console(RUN1)
    blk_multiqc(RUN1)
    fillers(1, 2)
    blk_sam_header(RUN1["samples"][2])
    blk_sam_sq()
    blk_sam_header(RUN1["samples"][9])
    fillers(1, 2)
    blk_vcf(RUN1["samples"][6], RUN1["samples"][7])
    fillers(1, 2)
    blk_sbatch(RUN1["samples"][2])
    fillers(1, 3)
    # sign-out run 1
    for i, p in enumerate(P[0:9]):
        ex = [("email", "audit"), ("url",), ("audit",), (), ("fax", "audit"), ("email", "url"), ("audit",), ("url", "audit"), ("email",)][i]
        blk_signout(p, ex)
        fillers(0, 2)
    blk_amend(P[3])
    blk_counsel(P[0])
    fillers(1, 2)
    blk_portal_register(P[0])
    blk_portal(P[0], device=True)
    fillers(1, 2)
    blk_portal(P[2])
    blk_portal(P[7], device=True)
    fillers(1, 3)
    blk_billing(P[0], pay="card")
    blk_guarantor(P[0])
    fillers(1, 2)
    blk_billing(P[2])
    blk_guarantor(P[2])
    blk_vehicle_fa(P[8])
    fillers(1, 3)
    # accessioning of run-2 patients, international referrals
    blk_intl(P[17])
    blk_intl(P[18])
    for p in P[9:17]:
        parts = R.choice([("hl7", "recv", "json", "label"), ("hl7", "json", "qc"), ("recv", "json", "label"), ("hl7", "recv", "qc")])
        blk_lims_accession(p, parts)
        fillers(0, 2)
    blk_kiosk(P[11], ("license", "bio", "photo"))
    blk_kiosk(P[13], ("plate",))
    fillers(1, 2)
    blk_kit(P[12])
    blk_ivr(P[11])
    blk_kiosk(P[16], ("license", "photo"))
    blk_kiosk(P[9], ("license", "plate"))
    fillers(1, 2)
    fillers(1, 2)
    # run 2 + snakemake
    blk_run_complete(RUN2)
    blk_bclconvert(RUN2)
    fillers(1, 3)
    blk_snakemake(RUN2)
    fillers(1, 3)
    blk_sacct(RUN2, True)
    fillers(1, 2)
    blk_fastqc(RUN2["samples"][4])
    blk_multiqc(RUN2)
    fillers(1, 2)
    blk_sam_header(RUN2["samples"][6])
    blk_vcf(RUN2["samples"][4], RUN2["samples"][5])
    fillers(1, 2)
    fillers(1, 3)
    for i, p in enumerate(P[9:17]):
        ex = [("audit",), ("email",), ("audit", "url"), ("email", "audit"), (), ("fax",), ("audit", "url"), ("email",)][i]
        blk_signout(p, ex)
        fillers(0, 2)
    blk_signout(P[17], ("email", "audit"))
    blk_registry(P[5])
    blk_portal(P[11], device=True)
    blk_portal(P[16])
    blk_ivr(P[16])
    fillers(1, 2)
    blk_billing(P[11], pay="card")
    blk_guarantor(P[11])
    blk_billing(P[17], pay="iban")
    blk_billing(P[18], pay="iban")
    blk_billing(P[14])
    blk_guarantor(P[14])
    blk_vehicle_fa(P[19])
    fillers(1, 2)
    blk_lims_accession(P[19], ("hl7", "json"))
    blk_portal_register(P[19])
    while len(LINES) < TARGET:
        filler()


main()
assert len(LINES) >= TARGET, len(LINES)
print("pre", len(LINES)) if os.environ.get("FV_STATS") else None
LINES[:] = LINES[:TARGET]

with open(os.path.join(HERE, ID + ".log"), "wb") as f:
    for line, fam, spans in LINES:
        f.write(line + b"\n")
with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
    for i, (line, fam, spans) in enumerate(LINES, 1):
        f.write(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")

if __name__ == "__main__" and os.environ.get("FV_STATS"):
    from collections import Counter
    c = Counter(sp["cat"] for _, _, ss in LINES for sp in ss)
    nophi = sum(1 for _, _, ss in LINES if not ss)
    print("lines", len(LINES), "nophi", nophi, "%.3f" % (nophi / len(LINES)))
    for k in sorted(CATS):
        print(k, c.get(k, 0))
    print(Counter(f for _, f, _ in LINES))
