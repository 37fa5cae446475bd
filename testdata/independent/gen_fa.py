#!/usr/bin/env python3
"""Deterministic generator for held-out PHI corpus 'fa'.

Theme: a health insurer's special investigations unit (fraud, waste & abuse).
Writes fa.log and fa.labels.jsonl next to this file. Standard library only.
Every PHI value is inserted through P(...) while the line is built by
concatenation; byte offsets are recorded at insertion and re-checked.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

random.seed(0xFA2018)
ID = "fa"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_PHI = 225  # -> 275 lines (55 %) without PHI


# --------------------------------------------------------------------------
# core: segments and line building
# --------------------------------------------------------------------------
class P:
    """A PHI value with its category."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v, self.c = str(v), c


class N(P):
    """A PHI value written as a bare JSON number (e.g. age)."""


class S(list):
    """Composite string: parts (str or P) that end up inside ONE quoted value."""


class D(list):
    """Ordered JSON object as list of (key, value)."""


def build(parts):
    buf = bytearray()
    spans = []
    for x in parts:
        if isinstance(x, P):
            enc = x.v.encode("utf-8")
            assert enc, "empty PHI value"
            s = len(buf)
            buf += enc
            spans.append((s, len(buf), x.c, enc))
        else:
            assert isinstance(x, str), repr(x)
            buf += x.encode("utf-8")
    line = bytes(buf)
    assert b"\n" not in line and b"\r" not in line, line
    assert len(line) <= 4000, len(line)
    last = 0
    for s, e, c, enc in spans:
        assert line[s:e] == enc, (line, s, e, enc)
        assert s >= last, "overlap"
        last = e
    return line, [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]


def esc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def _jv(v, ea, seps):
    if isinstance(v, N):
        return [P(v.v, v.c)]
    if isinstance(v, P):
        return ['"', P(esc(v.v, ea), v.c), '"']
    if isinstance(v, S):
        out = ['"']
        for x in v:
            out.append(P(esc(x.v, ea), x.c) if isinstance(x, P) else esc(x, ea))
        out.append('"')
        return out
    if isinstance(v, D):
        out = ["{"]
        for i, (k, x) in enumerate(v):
            if i:
                out.append(seps[0])
            out.append(json.dumps(k, ensure_ascii=ea) + seps[1])
            out += _jv(x, ea, seps)
        out.append("}")
        return out
    if isinstance(v, list):
        out = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(seps[0])
            out += _jv(x, ea, seps)
        out.append("]")
        return out
    return [json.dumps(v, ensure_ascii=ea)]


def J(pairs, ea=False, spaced=False):
    seps = (", ", ": ") if spaced else (",", ":")
    return _jv(D(pairs), ea, seps)


def pyrepr(v):
    """Python repr of str/P/int/list/D (values never contain quotes)."""
    if isinstance(v, P):
        assert "'" not in v.v and "\\" not in v.v
        return ["'", P(v.v, v.c), "'"]
    if isinstance(v, str):
        assert "'" not in v
        return ["'" + v + "'"]
    if isinstance(v, D):
        out = ["{"]
        for i, (k, x) in enumerate(v):
            if i:
                out.append(", ")
            out.append("'" + k + "': ")
            out += pyrepr(x)
        out.append("}")
        return out
    if isinstance(v, list):
        out = ["["]
        for i, x in enumerate(v):
            if i:
                out.append(", ")
            out += pyrepr(x)
        out.append("]")
        return out
    return [repr(v)]


def csvf(x):
    """One CSV field (str, P or S) with RFC4180 quoting."""
    items = list(x) if isinstance(x, S) else [x]
    text = "".join(i.v if isinstance(i, P) else i for i in items)
    if any(ch in text for ch in ',"\n'):
        out = ['"']
        for i in items:
            if isinstance(i, P):
                out.append(P(i.v.replace('"', '""'), i.c))
            else:
                out.append(i.replace('"', '""'))
        out.append('"')
        return out
    return items


def csvrow(fields):
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append(",")
        out += csvf(f)
    return out


# --------------------------------------------------------------------------
# random helpers and check digits
# --------------------------------------------------------------------------
rc = random.choice
ri = random.randint
DIG = "0123456789"


def digits(n):
    return "".join(rc(DIG) for _ in range(n))


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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def npi():
    base = rc("12") + digits(8)
    return base + luhn_digit("80840" + base)


def ein():
    return "%02d-%07d" % (rc([20, 26, 27, 36, 41, 45, 46, 47, 65, 75, 81, 84, 88]), ri(1000000, 9999999))


VIN_MAP = {str(i): i for i in range(10)}
VIN_MAP.update(dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5,
                    P=7, R=9, S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(wmi):
    v = wmi + "".join(rc(VIN_CH) for _ in range(5)) + "0" + rc("FGHJKLMN") + rc("ABCDEFGHKLMNPRSTUVWXYZ") + digits(6)
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v = v[:8] + ("X" if s == 10 else str(s)) + v[9:]
    assert sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11 == (10 if v[8] == "X" else int(v[8]))
    return v


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + DIG


def mbi():
    return "".join([rc("123456789"), rc(MBI_A), rc(MBI_AN), rc(DIG), rc(MBI_A), rc(MBI_AN),
                    rc(DIG), rc(MBI_A), rc(MBI_A), rc(DIG), rc(DIG)])


def mbi_dash(m):
    return m[:4] + "-" + m[4:7] + "-" + m[7:]


def dea(last, kind):
    d = [ri(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return kind + last[0].upper() + "".join(map(str, d)) + str(chk)


def ssn():
    while True:
        a = ri(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, ri(1, 99), ri(1, 9999))


def aba():
    d = [int(c) for c in rc(["07", "06", "11", "12", "02", "26", "03", "04", "31"])] + [ri(0, 9) for _ in range(6)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    d.append((10 - s % 10) % 10)
    r = "".join(map(str, d))
    assert (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + d[8])) % 10 == 0
    return r


def visa():
    p = "4" + rc(["147", "266", "400", "532", "815"]) + digits(11)
    return p + luhn_digit(p)


def imei():
    p = rc(["35391110", "35875209", "35328510", "86769804", "35467311"]) + digits(6)
    return p + luhn_digit(p)


def gtin14():
    p = "0" + rc(["0884521", "0815412", "0190446", "0851788"]) + digits(5)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(p))
    return p + str((10 - s % 10) % 10)


def pesel(dob, female):
    yy = dob.year % 100
    mm = dob.month + (20 if dob.year >= 2000 else 0)
    base = "%02d%02d%02d" % (yy, mm, dob.day) + digits(3) + str(rc([0, 2, 4, 6, 8] if female else [1, 3, 5, 7, 9]))
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    s = sum(int(c) * k for c, k in zip(base, w))
    return base + str((10 - s % 10) % 10)


def cpf():
    d = [ri(0, 9) for _ in range(9)]
    s = sum(x * (10 - i) for i, x in enumerate(d))
    d.append(0 if s * 10 % 11 == 10 else s * 10 % 11)
    s = sum(x * (11 - i) for i, x in enumerate(d))
    d.append(0 if s * 10 % 11 == 10 else s * 10 % 11)
    t = "".join(map(str, d))
    return "%s.%s.%s-%s" % (t[:3], t[3:6], t[6:9], t[9:])


def hexs(n):
    return "".join(rc("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + rc("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def rbytes(n):
    return bytes(random.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def jpeg_b64(n):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    return base64.b64encode(head + rbytes(n)).decode()


def ascii_up(s):
    return asc(s).upper()


TRANSLIT = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"})


def asc(s):
    return unicodedata.normalize("NFKD", s.translate(TRANSLIT)).encode("ascii", "ignore").decode()


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
         "October", "November", "December"]


def d_iso(d):
    return "%04d-%02d-%02d" % (d.year, d.month, d.day)


def d_us(d):
    return "%02d/%02d/%04d" % (d.month, d.day, d.year)


def d_x12(d):
    return "%04d%02d%02d" % (d.year, d.month, d.day)


def d_spoken(d):
    return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)


def d_ora(d):
    return "%02d-%s-%04d" % (d.day, MON[d.month - 1].upper(), d.year)


def d_any(d):
    return rc([d_iso, d_iso, d_us, d_us, d_ora])(d)


def rdate(a, b):
    return a + dt.timedelta(days=ri(0, (b - a).days))


TODAY = dt.date(2024, 5, 14)


def age_of(dob):
    return TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))


def phone_fmt(area, line, style=None):
    ex = "555"
    style = style if style is not None else ri(0, 6)
    return ["(%s) %s-%s" % (area, ex, line), "%s-%s-%s" % (area, ex, line), "%s.%s.%s" % (area, ex, line),
            "+1 %s %s %s" % (area, ex, line), "%s%s%s" % (area, ex, line), "+1%s%s%s" % (area, ex, line),
            "1-%s-%s-%s" % (area, ex, line)][style]


# --------------------------------------------------------------------------
# synthetic world
# --------------------------------------------------------------------------
CITIES = [
    ("Joliet", "Will County", "IL", "60435", "815"),
    ("Houston", "Harris County", "TX", "77036", "713"),
    ("Garden Grove", "Orange County", "CA", "92843", "714"),
    ("Tarpon Springs", "Pinellas County", "FL", "34689", "727"),
    ("Edison", "Middlesex County", "NJ", "08817", "732"),
    ("Brooklyn", "Kings County", "NY", "11235", "718"),
    ("Jackson", "Hinds County", "MS", "39204", "601"),
    ("Honolulu", "Honolulu County", "HI", "96817", "808"),
    ("Boston", "Suffolk County", "MA", "02127", "617"),
    ("Newark", "Essex County", "NJ", "07105", "973"),
    ("Dearborn", "Wayne County", "MI", "48126", "313"),
    ("Fort Lee", "Bergen County", "NJ", "07024", "201"),
    ("Minneapolis", "Hennepin County", "MN", "55406", "612"),
    ("Columbus", "Franklin County", "OH", "43229", "614"),
    ("Chicago", "Cook County", "IL", "60630", "773"),
    ("El Paso", "El Paso County", "TX", "79905", "915"),
    ("Hilo", "Hawaii County", "HI", "96720", "808"),
    ("Hamtramck", "Wayne County", "MI", "48212", "313"),
    ("Atlanta", "Fulton County", "GA", "30310", "404"),
    ("San Jose", "Santa Clara County", "CA", "95122", "408"),
    ("Sacramento", "Sacramento County", "CA", "95821", "916"),
    ("Paterson", "Passaic County", "NJ", "07501", "973"),
    ("Racine", "Racine County", "WI", "53403", "262"),
    ("Phoenix", "Maricopa County", "AZ", "85035", "602"),
    ("Fremont", "Alameda County", "CA", "94538", "510"),
    ("Duluth", "St. Louis County", "MN", "55805", "218"),
]

MEMBER_SEED = [
    ("Marisol", "Quintero", "F", 1957, "COMM"),
    ("Oluwaseun", "Adeyemi", "M", 1979, "MCD"),
    ("Thanh", "Nguyen", "F", 1961, "MA"),
    ("Giorgos", "Papadakis", "M", 1948, "MA"),
    ("Priya", "Raghunathan", "F", 1986, "COMM"),
    ("Dmitri", "Volkov", "M", 1972, "MCD"),
    ("Aaliyah", "Whitfield", "F", 1994, "MCD"),
    ("Hiroshi", "Takahashi", "M", 1932, "MA"),
    ("Siobhán", "Ní Bhriain", "F", 1983, "COMM"),
    ("Mateus", "Carvalho", "M", 1990, "COMM"),
    ("Fatima", "Haddad", "F", 1968, "MCD"),
    ("Jun-ho", "Park", "M", 1975, "COMM"),
    ("Ingrid", "Lindqvist", "F", 1929, "MA"),
    ("Kwame", "Asante", "M", 1966, "COMM"),
    ("Zofia", "Wiśniewska", "F", 1953, "MA"),
    ("Esperanza", "Domínguez", "F", 1933, "MA"),
    ("Leilani", "Kealoha", "F", 2001, "COMM"),
    ("Tomasz", "Kowalczyk", "M", 1959, "MCD"),
    ("Nkechi", "Okonkwo", "F", 1988, "COMM"),
    ("Bảo", "Trần", "M", 1964, "MA"),
    ("Bogdan", "Petrescu", "M", 1981, "COMM"),
    ("Yusuf", "Demir", "M", 1977, "MCD"),
    ("Astrid", "Sørensen", "F", 1931, "MA"),
    ("Santiago", "Olvera", "M", 1999, "MCD"),
    ("Parveen", "Chaudhry", "F", 1970, "COMM"),
    ("Eero", "Mäkinen", "M", 1955, "MA"),
]

RELATIVES = {
    0: ("Adriana", "Quintero", "daughter"), 1: ("Folake", "Adeyemi", "wife"),
    3: ("Eleni", "Papadakis", "wife"), 6: ("Denise", "Whitfield", "mother"),
    7: ("Naomi", "Takahashi-Reyes", "daughter"), 12: ("Erik", "Lindqvist", "son"),
    15: ("Ximena", "Domínguez Ruiz", "granddaughter"), 16: ("Kaimana", "Kealoha", "mother"),
    19: ("Linh", "Trần", "wife"), 22: ("Lars", "Sørensen", "son"), 14: ("Marek", "Wiśniewski", "son"),
    25: ("Aino", "Mäkinen", "wife"),
}

STREETS = ["W Division St", "Bellaire Blvd", "Brookhurst St", "Pinellas Ave", "Oak Tree Rd", "Brighton 6th St",
           "Woodrow Wilson Ave", "Liliha St", "E 3rd St", "Ferry St", "Warren Ave", "Anderson Ave",
           "Bloomington Ave", "Cleveland Ave", "N Milwaukee Ave", "Alameda Ave", "Kilauea Ave",
           "Joseph Campau Ave", "Cascade Rd SW", "Story Rd", "Fulton Ave", "Market St", "Lathrop Ave",
           "W Indian School Rd", "Paseo Padre Pkwy", "N 57th Ave E"]


def mk_username(first, last, dob):
    f = asc(first).lower().replace("-", "")
    l = asc(last).lower().replace(" ", "").replace("-", "")
    return rc([f[0] + l + str(dob.year)[2:], f + "." + l, f + l[0] + str(ri(1, 99)), l + "_" + f[:3]])


def mk_email(first, last, dob):
    f = asc(first).lower().replace("-", "")
    l = asc(last).lower().replace(" ", "").replace("-", "")
    return rc([f + "." + l + str(dob.year)[2:], f[0] + l, f + l[:3] + str(ri(10, 99)), l + "." + f]) + "@" + \
        rc(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net"])


def dl_for(state):
    if state == "IL":
        return "%s%03d-%04d-%04d" % (rc("ABCDEFGHJKLMNPRSTW"), ri(0, 999), ri(0, 9999), ri(0, 9999))
    if state in ("TX", "NY", "GA", "MS"):
        return digits(8 if state == "TX" else 9)
    if state == "CA":
        return rc("ABCDEFGHJKLMNPRSTWY") + digits(7)
    if state == "NJ":
        return rc("ABCDKMNPRSTW") + digits(4) + " " + digits(5) + " " + digits(5)
    if state in ("FL", "MI", "MN"):
        return rc("ABCDKMNPRSTW") + digits(12)
    if state == "OH":
        return rc("ABCDRST") + rc("ABCDRST") + digits(6)
    if state == "AZ":
        return rc("ABDY") + digits(8)
    if state == "WI":
        return rc("ABCDKMNPRSTW") + digits(3) + "-" + digits(4) + "-" + digits(4) + "-" + digits(2)
    return rc("SH") + digits(8)


def plate_for(state):
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if state == "CA":
        return str(ri(5, 9)) + "".join(rc(L) for _ in range(3)) + digits(3)
    if state == "TX":
        return "".join(rc(L) for _ in range(3)) + "-" + digits(4)
    if state == "IL":
        return "".join(rc(L) for _ in range(2)) + " " + digits(5)
    if state == "NJ":
        return rc(L) + digits(2) + "-" + "".join(rc(L) for _ in range(3))
    return "".join(rc(L) for _ in range(3)) + digits(4)


MEMBERS = []
for idx, (first, last, sex, by, plan) in enumerate(MEMBER_SEED):
    city, county, st, zp, area = CITIES[idx]
    dob = rdate(dt.date(by, 1, 1), dt.date(by, 12, 28))
    m = dict(idx=idx, first=first, last=last, sex=sex, dob=dob, age=age_of(dob), plan=plan,
             street="%d %s" % (ri(12, 9890), STREETS[idx]) + rc(["", "", "", " Apt %d%s" % (ri(1, 4), rc("ABCD")),
                                                                 " Unit %d" % ri(2, 40)]),
             city=city, county=county, state=st, zip=zp, area=area,
             phone=phone_fmt(area, "01%02d" % ri(0, 99), 1), line="01%02d" % ri(0, 99),
             alt_line="01%02d" % ri(0, 99),
             email=mk_email(first, last, dob), user=mk_username(first, last, dob), ssn=ssn(),
             mid="NBW" + digits(9), grp=rc(["GRP-004417", "GRP-018260", "GRP-220913", "G0071534", "000781204"]),
             mrn=rc(["", "MRN", "E", "00"]) + digits(rc([7, 8])),
             ip=rc(["73", "98", "24", "67", "71", "108", "174", "99", "76", "68"]) + ".%d.%d.%d" % (
                 ri(1, 254), ri(1, 254), ri(1, 254)),
             )
    m["mbi"] = mbi() if plan == "MA" else None
    m["mcd"] = (st + digits(10)) if plan == "MCD" else None
    m["rel"] = RELATIVES.get(idx)
    if m["rel"]:
        m["rel_line"] = "01%02d" % ri(0, 99)
        m["rel_area"] = rc([area, area, "312", "646", "206"])
    m["vin"] = vin(rc(["1HGCV", "2T1BU", "1FTFW", "3VWC5", "5NPE2", "1G1ZD", "JTDKN"])[:3]) if idx % 3 != 1 else None
    m["plate"] = plate_for(st)
    m["dl"] = dl_for(st)
    m["acct"] = digits(rc([9, 10, 12]))
    m["aba"] = aba()
    m["card"] = visa()
    m["imei"] = imei()
    m["social"] = "https://www." + rc([
        "facebook.com/%s.%s.%d" % (asc(first).lower(), asc(last).lower().replace(" ", ""), ri(100, 9999)),
        "instagram.com/%s_%s/" % (asc(first).lower(), asc(last).lower().replace(" ", "")[:5]),
        "tiktok.com/@%s%s%d" % (asc(first).lower().replace("-", ""), asc(last).lower().replace(" ", "")[:4], ri(1, 99)),
        "linkedin.com/in/%s-%s-%s/" % (asc(first).lower(), asc(last).lower().replace(" ", "-"), hexs(6))])
    m["case"] = None
    m["zip4"] = digits(4)
    MEMBERS.append(m)

# special national IDs
MEMBERS[14]["natid"] = ("PESEL", pesel(MEMBERS[14]["dob"], True))
MEMBERS[9]["natid"] = ("CPF", cpf())
MEMBERS[21]["natid"] = ("TCKN", "1" + digits(10))
MEMBERS[24]["natid"] = ("CNIC", "%s-%s-%s" % (digits(5), digits(7), rc("2468")))

MEMBER_W = [4, 3, 3, 3, 2, 3, 2, 4, 2, 3, 2, 2, 4, 2, 2, 3, 1, 2, 1, 2, 2, 1, 3, 1, 1, 2]

MEMBER_ALLEG = ["IDENTITY_THEFT", "DOCTOR_SHOPPING", "MILEAGE_REIMBURSEMENT_FRAUD", "ELIGIBILITY_MISREPRESENTATION",
                "RX_FORGERY", "CARD_SHARING", "DME_COLLUSION", "FALSE_CLAIM_SUBMISSION"]
for i in [0, 1, 2, 5, 7, 9, 10, 12, 14, 15, 17, 20, 22, 25]:
    MEMBERS[i]["case"] = "SIU-2024-%06d" % ri(1200, 6999)
    MEMBERS[i]["alleg"] = rc(MEMBER_ALLEG)

STAFF = [("Keisha", "Okafor", "kokafor", "Investigator II"), ("Daniel", "Brennan", "dbrennan", "Senior Investigator"),
         ("Rosa", "Iturbe", "riturbe", "Investigator I"), ("Vikram", "Sethi", "vsethi", "Investigator II"),
         ("Hannah", "Schultz", "hschultz", "Intake Specialist"), ("Malik", "Johnson", "mjohnson2", "Investigator I"),
         ("Teresa", "Lungu", "tlungu", "SIU Manager"), ("Carol", "Deveraux", "cdeveraux", "Clinical Reviewer, RN"),
         ("Ahmed", "Farouk", "afarouk", "Clinical Pharmacist"), ("Peter", "Vo", "pvo", "FWA Data Analyst"),
         ("Ana", "Belov", "abelov", "Data Engineer"), ("Gustavo", "Reyes", "greyes", "Coding Auditor, CPC")]
INVESTIGATORS = STAFF[:7]
STAFF_IP = {s[2]: rc(["10.44.%d.%d", "10.61.%d.%d", "172.20.%d.%d", "192.168.%d.%d"]) % (ri(0, 31), ri(2, 250))
            for s in STAFF}

PROV_SEED = [
    ("Lakeshore Orthopedic Associates SC", "Reginald Amadi", "MD", "207X00000X", "UPCODING", 0),
    ("Sunrise Home Health Care LLC", "Grace Mensah", "RN", "251E00000X", "PHANTOM_BILLING", 1),
    ("Pacific Pain & Wellness Center", "Lucia Ferraro", "DO", "208VP0014X", "MEDICALLY_UNNECESSARY", 2),
    ("Gulfcoast Durable Medical Supply Inc", "Stavros Kallis", "", "332B00000X", "DME_NOT_DELIVERED", 3),
    ("Eastside Family Medicine PC", "Anita Bose", "MD", "207Q00000X", "IMPOSSIBLE_DAY", 4),
    ("Brighton Beach Rehab PT PLLC", "Arkady Lerner", "DPT", "225100000X", "UNBUNDLING", 5),
    ("Harbor Behavioral Health Partners", "Samuel Okoro", "PhD", "103T00000X", "UPCODING", 8),
    ("MedRide NEMT LLC", "Kofi Boateng", "", "343900000X", "NEMT_GHOST_TRIPS", 9),
    ("Desert Sun Laboratory Services LLC", "Omar Qureshi", "MD", "291U00000X", "EXCESSIVE_UDT", 23),
    ("Crescent Physical Therapy PLLC", "Rami Haddad", "PT", "225100000X", "KICKBACKS", 10),
    ("Silver Lake Sleep Diagnostics", "Helen Zhou", "MD", "207RS0012X", "UPCODING", 24),
    ("Northside Cardiology Group", "Victor Almeida", "MD", "207RC0000X", "UNBUNDLING", 14),
]
PROV_STREETS = ["1200 N Larkin Ave Ste 210", "8300 Bissonnet St Ste 402", "12900 Harbor Blvd Ste B",
                "41 E Tarpon Ave", "98 James St Ste 3", "3100 Coney Island Ave Fl 2", "1 Harbor Point Blvd",
                "744 Broad St Ste 1100", "4710 W Thomas Rd", "5900 Schaefer Rd Ste 120", "39650 Liberty St",
                "4440 W 95th St"]
PROVIDERS = []
for i, (org, doc, cred, tax, alleg, ci) in enumerate(PROV_SEED):
    city, county, st, zp, area = CITIES[ci]
    PROVIDERS.append(dict(org=org, doc=doc, cred=cred, taxonomy=tax, alleg=alleg, npi=npi(), npi_ind=npi(),
                          tin=ein(), street=PROV_STREETS[i], city=city, state=st,
                          zip=str(int(zp) + ri(1, 9)).zfill(5), phone=phone_fmt(area, "01%02d" % ri(0, 99), 1),
                          fax=phone_fmt(area, "01%02d" % ri(0, 99), rc([1, 4])),
                          case="SIU-2024-%06d" % ri(1200, 6999),
                          contact=rc(["Janet Cole", "Luis Ortega", "Mira Patel", "Bernadette Shaw", "Tariq Aziz",
                                      "Olga Markova", "Devon Price", "Renee Dubois"]),
                          site="https://www.%s.com" % "".join(w.lower() for w in org.split()[:2]).replace("&", "")))

PHARMACIES = [("Greenway Pharmacy #112", "1458823"), ("Mesa Drug #7", "0331942"), ("Bluebonnet Pharmacy", "4529017"),
              ("Lakeview Apothecary", "1734468"), ("Harbor Rx Long Term Care", "0562215"),
              ("Liberty Discount Drugs", "3120784")]
PHARMACIES = [dict(name=n, ncpdp=c, npi=npi()) for n, c in PHARMACIES]
PRESCRIBERS = []
for nm in ["Lucia Ferraro", "Marcus Hale", "Nadia Petrov", "Isaac Brandt", "Yolanda Briggs", "Omar Qureshi"]:
    PRESCRIBERS.append(dict(name=nm, npi=npi(), dea=dea(nm.split()[-1], rc("ABF"))))
DRUGS = [("oxycodone HCl 30 mg tab", "00406-8530-01", 30), ("hydrocodone/APAP 10-325 tab", "00591-0540-01", 10),
         ("alprazolam 2 mg tab", "00781-1079-01", 0), ("oxymorphone ER 40 mg", "64896-0684-01", 120),
         ("promethazine w/ codeine syr", "60432-0606-16", 0), ("buprenorphine/naloxone 8-2 mg film", "12496-1208-03", 0),
         ("carisoprodol 350 mg tab", "00591-5513-01", 0), ("fentanyl 75 mcg/hr patch", "00406-9075-76", 180)]
NEMT_PLATES = ["NJ W32-KRT", "NJ Z19-MPD", "NJ R44-BHV", "NJ T08-LNX"]
CPT_EM = ["99213", "99214", "99215", "99204", "99205"]
HOSTS = ["siu-cms-prod-01", "siu-cms-prod-02", "fwa-rules-prod-03", "claimsdw-pg-01", "airflow-worker-2",
         "lockin-svc-7c9f8d", "hotline-intake-1", "edge-nginx-04"]

T = dt.datetime(2024, 5, 14, 4, 2, 11, 117000)


def tick():
    global T
    T += dt.timedelta(seconds=ri(3, 250), microseconds=ri(0, 999999))


def ms():
    return "%03d" % (T.microsecond // 1000)


def ts_iso_z():
    return T.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "Z"


def loc(h):
    return T - dt.timedelta(hours=h)


def ts_local_off():
    t = loc(5)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms() + "-05:00"


def pick_member(need=None):
    while True:
        m = random.choices(MEMBERS, weights=MEMBER_W)[0]
        if need is None or m.get(need):
            return m


def prov():
    return rc(PROVIDERS)


def inv():
    return rc(INVESTIGATORS)


def staff_short(s):
    return "%s. %s" % (s[0][0], s[1])


def name_full(m):
    return P("%s %s" % (m["first"], m["last"]), "name")


def name_lf(m, upper=False):
    s = "%s, %s" % (m["last"], m["first"])
    return P(s.upper() if upper else s, "name")


def name_any(m):
    return rc([name_full, name_full, name_lf])(m)


def mphone(m, style=None, alt=False):
    return P(phone_fmt(m["area"], m["alt_line"] if alt else m["line"], style), "phone")


def relphone(m, style=None):
    return P(phone_fmt(m["rel_area"], m["rel_line"], style), "phone")


def member_id_val(m):
    """Pick the plan identifier a system would key on."""
    if m["plan"] == "MA" and random.random() < 0.4:
        return P(rc([m["mbi"], mbi_dash(m["mbi"])]), "health_plan")
    if m["plan"] == "MCD" and random.random() < 0.35:
        return P(m["mcd"], "health_plan")
    return P(m["mid"], "health_plan")


def mid(m):
    return P(m["mid"], "health_plan")


def dos_date():
    return rdate(dt.date(2023, 9, 1), dt.date(2024, 4, 30))


def claim_id():
    return "24" + "%03d" % ri(1, 130) + digits(9)


def addr_parts(m, sep=", ", with_zip=True, upper=False):
    f = (lambda s: ascii_up(s)) if upper else (lambda s: s)
    out = [P(f(m["street"]), "address"), sep, P(f(m["city"]), "address"), ", " if sep == ", " else " ", m["state"]]
    if with_zip:
        out += [" ", P(m["zip"], "zip")]
    return out


def claim_amt():
    return "%.2f" % (ri(3500, 95000) / 100.0)


def amount():
    return "%.2f" % (ri(4500, 2500000) / 100.0)


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
CMS_THREADS = ["http-nio-8443-exec-%d" % i for i in range(1, 40)] + ["kafka-producer-network-thread | cms-events",
                                                                    "case-sla-scheduler-1", "ForkJoinPool.commonPool-worker-3"]


def fam_cms(phi):
    tick()
    s = inv()
    p = prov()
    head = [("@timestamp", ts_local_off()), ("@version", "1")]
    tail_trace = [("traceId", hexs(32)), ("spanId", hexs(16)), ("host", rc(HOSTS[:2]))]
    if not phi:
        k = ri(0, 7)
        if k == 0:
            pairs = head + [("message", "Case created from analytics referral"),
                            ("logger_name", "com.northbridge.siu.cms.events.CaseEventPublisher"),
                            ("thread_name", rc(CMS_THREADS)), ("level", "INFO"), ("level_value", 20000),
                            ("eventType", "CASE_CREATED"), ("caseId", p["case"]), ("caseType", "PROVIDER"),
                            ("allegationCode", p["alleg"]), ("subjectNpi", p["npi"]), ("subjectTin", p["tin"]),
                            ("sourceSystem", rc(["FWA_ANALYTICS", "HOTLINE", "NICB_REFERRAL", "CLAIMS_EDIT"])),
                            ("assignee", s[2]), ("priority", rc(["P1", "P2", "P3"]))] + tail_trace
        elif k == 1:
            s2 = inv()
            pairs = head + [("message", "Case reassigned"), ("logger_name", "com.northbridge.siu.cms.service.CaseAssignmentService"),
                            ("thread_name", rc(CMS_THREADS)), ("level", "INFO"), ("level_value", 20000),
                            ("eventType", "CASE_ASSIGNED"), ("caseId", p["case"]), ("fromUser", s[2]), ("toUser", s2[2]),
                            ("reason", rc(["workload balancing", "conflict of interest", "PTO coverage", "specialty match"])),
                            ("actor", "tlungu")] + tail_trace
        elif k == 2:
            a, b = rc([("TRIAGE", "OPEN"), ("OPEN", "RECORDS_REQUESTED"), ("RECORDS_REQUESTED", "CLINICAL_REVIEW"),
                       ("CLINICAL_REVIEW", "FINDINGS_DRAFT"), ("FINDINGS_DRAFT", "REFERRED"), ("OPEN", "CLOSED_NO_ACTION")])
            pairs = head + [("message", "Status transition %s -> %s" % (a, b)),
                            ("logger_name", "com.northbridge.siu.cms.workflow.CaseStateMachine"),
                            ("thread_name", rc(CMS_THREADS)), ("level", "INFO"), ("level_value", 20000),
                            ("eventType", "STATUS_CHANGED"), ("caseId", p["case"]), ("from", a), ("to", b),
                            ("actor", s[2]), ("version", ri(3, 41))] + tail_trace
        elif k == 3:
            n = ri(30, 120)
            pairs = head + [("message", "Overpayment extrapolation complete"),
                            ("logger_name", "com.northbridge.siu.cms.recovery.OverpaymentCalculator"),
                            ("thread_name", rc(CMS_THREADS)), ("level", "INFO"), ("level_value", 20000),
                            ("eventType", "OVERPAYMENT_CALCULATED"), ("caseId", p["case"]), ("providerNpi", p["npi"]),
                            ("sampleSize", n), ("universeClaims", ri(900, 22000)), ("errorRate", round(random.uniform(0.2, 0.8), 3)),
                            ("pointEstimate", float(amount())), ("lowerBound90", float(amount())),
                            ("method", "RAT-STATS 2019 unrestricted attribute")] + tail_trace
        elif k == 4:
            pairs = head + [("message", "SLA threshold approaching"), ("logger_name", "com.northbridge.siu.cms.sla.SlaMonitor"),
                            ("thread_name", "case-sla-scheduler-1"), ("level", "WARN"), ("level_value", 30000),
                            ("eventType", "SLA_WARNING"), ("caseId", p["case"]), ("daysOpen", ri(60, 170)),
                            ("slaDays", rc([90, 120, 180])), ("assignee", s[2])] + tail_trace
        elif k == 5:
            pairs = head + [("message", "Referral transmitted"), ("logger_name", "com.northbridge.siu.cms.referral.ReferralGateway"),
                            ("thread_name", rc(CMS_THREADS)), ("level", "INFO"), ("level_value", 20000),
                            ("eventType", "REFERRAL_SENT"), ("caseId", p["case"]),
                            ("agency", rc(["STATE_MFCU", "HHS_OIG", "NICB", "STATE_DOI"])),
                            ("referralRef", "REF-%d-%05d" % (T.year, ri(100, 99999))), ("providerNpi", p["npi"]),
                            ("providerTin", p["tin"]), ("contactEmail", "siu-referrals@nbhealthplan.com")] + tail_trace
        elif k == 6:
            pairs = head + [("message", "Prepayment review flag set"), ("logger_name", "com.northbridge.siu.cms.prepay.PrepayFlagService"),
                            ("thread_name", rc(CMS_THREADS)), ("level", "INFO"), ("level_value", 20000),
                            ("eventType", "PREPAY_REVIEW_FLAG"), ("caseId", p["case"]), ("npi", p["npi"]),
                            ("effectiveFrom", "2024-06-01"), ("claimHoldCount", ri(0, 400)), ("actor", "tlungu")] + tail_trace
        else:
            pairs = head + [("message", "Consumer lag above threshold for topic siu.case-events"),
                            ("logger_name", "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator"),
                            ("thread_name", "cms-events-consumer-0"), ("level", "WARN"), ("level_value", 30000),
                            ("partition", ri(0, 11)), ("lag", ri(1000, 90000)), ("groupId", "siu-cms-indexer")] + tail_trace[2:]
        return "cms-logstash-json", J(pairs)
    # ---- PHI
    m = pick_member()
    k = ri(0, 6)
    if k == 0 and m["case"]:
        pairs = head + [("message", "Case created"), ("logger_name", "com.northbridge.siu.cms.events.CaseEventPublisher"),
                        ("thread_name", rc(CMS_THREADS)), ("level", "INFO"), ("level_value", 20000),
                        ("eventType", "CASE_CREATED"), ("caseId", P(m["case"], "other_id")), ("caseType", "MEMBER"),
                        ("allegationCode", m["alleg"]),
                        ("subject", D([("memberId", mid(m)), ("fullName", name_full(m)), ("dob", P(d_iso(m["dob"]), "date")),
                                       ("groupNumber", m["grp"])])),
                        ("assignee", s[2]), ("priority", rc(["P1", "P2"]))] + tail_trace
    elif k == 1:
        pairs = head + [("message", "Affected member linked to provider case"),
                        ("logger_name", "com.northbridge.siu.cms.service.SubjectLinkService"),
                        ("thread_name", rc(CMS_THREADS)), ("level", "INFO"), ("level_value", 20000),
                        ("eventType", "SUBJECT_LINKED"), ("caseId", p["case"]), ("providerNpi", p["npi"]),
                        ("affectedMember", D([("memberId", member_id_val(m)), ("lastName", P(m["last"], "name")),
                                              ("firstName", P(m["first"], "name"))])),
                        ("claimCount", ri(1, 60)), ("billedTotal", float(amount())), ("actor", s[2])] + tail_trace
    elif k == 2:
        c = [("caseId", P(m["case"], "other_id"))] if m["case"] else [("caseId", p["case"])]
        pairs = head + [("message", "Evidence attached"), ("logger_name", "com.northbridge.siu.cms.evidence.EvidenceService"),
                        ("thread_name", rc(CMS_THREADS)), ("level", "INFO"), ("level_value", 20000),
                        ("eventType", "EVIDENCE_ATTACHED")] + c + [
                        ("evidenceType", "OSINT_SOCIAL_MEDIA"), ("sourceUrl", P(m["social"], "url")),
                        ("capturedBy", s[2]), ("sha256", hexs(64)), ("objectKey", "evidence/%s/%s.png" % (T.year, uuid4()))] + tail_trace
    elif k == 3:
        addr = D([("line1", P(m["street"], "address")), ("city", P(m["city"], "address")), ("state", m["state"]),
                  ("postalCode", P(m["zip"], "zip"))])
        pairs = head + [("message", "Subject contact details updated"),
                        ("logger_name", "com.northbridge.siu.cms.service.SubjectContactService"),
                        ("thread_name", rc(CMS_THREADS)), ("level", "INFO"), ("level_value", 20000),
                        ("eventType", "SUBJECT_CONTACT_UPDATED"), ("memberId", mid(m)),
                        ("phone", mphone(m, rc([1, 4, 5]))), ("email", P(m["email"], "email")), ("address", addr),
                        ("actor", s[2])] + tail_trace
    elif k == 4:
        dod = rdate(dt.date(2023, 6, 1), dt.date(2024, 2, 28))
        pairs = head + [("message", "Eligibility terminated - date of death received from SSA DMF"),
                        ("logger_name", "com.northbridge.siu.cms.integration.EligibilityListener"),
                        ("thread_name", "cms-events-consumer-1"), ("level", "INFO"), ("level_value", 20000),
                        ("eventType", "MEMBER_DECEASED"), ("memberId", member_id_val(m)),
                        ("dateOfDeath", P(d_iso(dod), "date")), ("postDeathClaims", ri(1, 14)),
                        ("openCases", [p["case"]])] + tail_trace
    elif k == 5:
        pairs = head + [("message", "Identity verification result"),
                        ("logger_name", "com.northbridge.siu.cms.idv.IdentityVerificationClient"),
                        ("thread_name", rc(CMS_THREADS)), ("level", "INFO"), ("level_value", 20000),
                        ("eventType", "IDV_RESULT"), ("memberId", mid(m)), ("ssn", P(m["ssn"], "ssn")),
                        ("dlNumber", P(m["dl"], "license")), ("dlState", m["state"]),
                        ("match", rc(["FULL", "PARTIAL_ADDRESS", "NO_MATCH"])), ("vendorRef", "LNX-" + digits(10))] + tail_trace
    else:
        pairs = head + [("message", "Overpayment recovery letter queued"),
                        ("logger_name", "com.northbridge.siu.cms.recovery.LetterService"),
                        ("thread_name", rc(CMS_THREADS)), ("level", "INFO"), ("level_value", 20000),
                        ("eventType", "RECOVERY_LETTER_QUEUED"),
                        ("caseId", P(m["case"], "other_id") if m["case"] else p["case"]),
                        ("recipient", D([("name", name_full(m)), ("addr1", P(m["street"], "address")),
                                         ("city", P(m["city"], "address")), ("state", m["state"]), ("zip", P(m["zip"], "zip"))])),
                        ("amountDue", float(amount())), ("template", "OVP-MBR-EN-v4")] + tail_trace
    return "cms-logstash-json", J(pairs)


def fam_rules(phi):
    tick()
    style = ri(0, 1)
    p = prov()
    if style == 0:
        pre = ["%s %s fwa-rules[%d]: " % (ts_local_off(), rc(HOSTS[2:3]) + ".nbhp.internal", ri(2100, 2400))]
        lvl = "level=%s " % ("info" if phi or random.random() < 0.85 else "warn")
    else:
        pre = ["%s [%s] rule_hit            " % (loc(5).strftime("%Y-%m-%d %H:%M:%S"), rc(["info     ", "warning  "]))]
        lvl = ""
    if not phi:
        k = ri(0, 7)
        if k == 0:
            body = "rule_id=UPC-EM5-SHARE npi=%s tin=%s taxonomy=%s claims=%d pct_lvl5=%.3f peer_p95=%.3f z=%.2f score=%.2f period=2024Q1 action=QUEUE_REVIEW" % (
                p["npi"], p["tin"], p["taxonomy"], ri(200, 4000), random.uniform(0.4, 0.9), random.uniform(0.15, 0.35),
                random.uniform(3, 7), random.uniform(0.8, 0.99))
        elif k == 1:
            body = "rule_id=IMPD-24H npi=%s rendering_name=\"%s\" billing_day=%s billed_minutes=%d max_minutes=1440 claims=%d units=%d score=%.2f" % (
                p["npi_ind"], p["doc"], d_iso(dos_date()), ri(1500, 2900), ri(40, 130), ri(60, 260), random.uniform(0.85, 1))
        elif k == 2:
            body = "rule_id=UNB-NCCI-PTP npi=%s code_pair=%s modifier=59 hits=%d period=2023-10..2024-03 overpaid_est=%s" % (
                p["npi"], rc(["97140/97530", "97110/97112", "93000/93010", "20610/99214"]), ri(40, 900), amount())
        elif k == 3:
            body = "rule_id=LAB-UDT-FREQ lab_npi=%s hcpcs=G0483 tests_per_bene=%.1f peer_median=%.1f benes=%d window=180d" % (
                p["npi"], random.uniform(8, 30), random.uniform(1, 3), ri(100, 2000))
        elif k == 4:
            body = "rule_id=NEMT-MILEAGE vendor_npi=%s vehicle=\"%s\" trips=%d avg_loaded_miles=%.1f peer_p90=%.1f driver_id=DRV-%04d" % (
                PROVIDERS[7]["npi"], rc(NEMT_PLATES), ri(40, 300), random.uniform(30, 80), random.uniform(10, 20), ri(1, 999))
        elif k == 5:
            body = "run_summary rules_evaluated=%d claims_scanned=%d hits=%d suppressed=%d duration_ms=%d batch=%s" % (
                ri(80, 140), ri(200000, 2600000), ri(50, 900), ri(0, 200), ri(40000, 900000), uuid4())
        elif k == 6:
            body = "rule_id=DME-REF-CONC supplier_npi=%s referring_npi=%s share=%.2f hcpcs=L0650,L1833 claims=%d" % (
                PROVIDERS[3]["npi"], npi(), random.uniform(0.6, 0.98), ri(50, 600))
        else:
            body = "rule_id=TIN-MULTI-NPI tin=%s npis=%s,%s,%s new_npis_90d=%d addr_hash=%s" % (
                p["tin"], npi(), npi(), npi(), ri(2, 5), hexs(12))
        return "rules-kv", pre + [lvl + body]
    m = pick_member()
    k = ri(0, 7)
    cid = claim_id()
    if k == 0:
        dos = dos_date()
        dod = dos - dt.timedelta(days=ri(5, 120))
        parts = [lvl + "rule_id=PHS-POST-DOD claim_id=%s mbr_id=" % cid, member_id_val(m), " dos=", P(d_iso(dos), "date"),
                 " dod=", P(d_iso(dod), "date"), " npi=%s cpt=%s billed=%s score=1.00" % (p["npi"], rc(CPT_EM + ["G0299", "97110"]), claim_amt())]
    elif k == 1:
        adm = dos_date()
        dis = adm + dt.timedelta(days=ri(2, 12))
        dos = adm + dt.timedelta(days=ri(1, (dis - adm).days - 1)) if (dis - adm).days > 1 else adm
        parts = [lvl + "rule_id=PHS-INPT-OVERLAP claim_id=%s mbr_id=" % cid, mid(m), " admit_dt=", P(d_iso(adm), "date"),
                 " disch_dt=", P(d_iso(dis), "date"), " svc_dt=", P(d_iso(dos), "date"),
                 " rendering_npi=%s pos=11 facility_npi=%s" % (p["npi_ind"], npi())]
    elif k == 2:
        m2 = pick_member()
        ser = rc(["", "SN"]) + digits(11)
        parts = [lvl + "rule_id=DME-DUP-SERIAL hcpcs=%s supplier_npi=%s serial=" % (rc(["E0601", "K0823", "E1390", "E0260"]), PROVIDERS[3]["npi"]),
                 P(ser, "device"), " mbr_ids=", mid(m)]
        if m2 is not m:
            parts += [",", mid(m2)]
        parts += [" claims=%d" % ri(2, 6)]
    elif k == 3:
        parts = [lvl + "rule_id=RX-DOCTOR-SHOP mbr=", member_id_val(m),
                 " prescribers=%d pharmacies=%d mme_90d=%.1f benzo_overlap_days=%d window=90d score=%.2f" % (
                     ri(4, 9), ri(3, 7), random.uniform(90, 400), ri(0, 60), random.uniform(0.8, 1))]
    elif k == 4:
        dos = dos_date()
        m = random.choice([x for x in MEMBERS if x["state"] in ("NJ", "NY")])
        parts = [lvl + "rule_id=NEMT-NO-APPT trip_id=TRP-%s mbr=" % digits(8), mid(m), " trip_dt=", P(d_iso(dos), "date"),
                 " vehicle=\"%s\" pickup=\"" % rc(NEMT_PLATES), P(ascii_up(m["street"]), "address"), " ", P(ascii_up(m["city"]), "address"),
                 " %s\" no_claim_at_dest=true vendor_npi=%s" % (m["state"], PROVIDERS[7]["npi"])]
    elif k == 5:
        m2 = pick_member()
        parts = [lvl + "rule_id=ELIG-DUP-SSN ssn=", P(m["ssn"].replace("-", "") if random.random() < 0.5 else m["ssn"], "ssn"),
                 " mbr_a=", mid(m), " mbr_b=", P("NBW" + digits(9), "health_plan"), " grp_a=%s grp_b=%s score=0.97" % (m["grp"], rc(["GRP-004417", "GRP-311020"]))]
    elif k == 7:
        m = pick_member("vin")
        parts = [lvl + "rule_id=MBR-MILEAGE-OUTLIER mbr=", mid(m), " vehicle_vin=", P(m["vin"], "vehicle"), " plate=",
                 P(m["plate"], "vehicle"), " plate_state=%s trips_30d=%d miles_claimed=%d peer_p99=%d reimb_total=%s" % (
                     m["state"], ri(30, 90), ri(1800, 6000), ri(600, 900), amount())]
    else:
        m = random.choices([x for x in MEMBERS if x["age"] > 89])[0]
        cpt, desc = rc([("59400", "maternity global"), ("90460", "vaccine admin <18y"), ("99391", "well child visit <1y"), ("S9982", "sports PT eval")])
        parts = [lvl + "rule_id=AGE-SVC-MISMATCH claim_id=%s mbr=" % cid, mid(m), " age=", P(str(m["age"]), "age"),
                 " cpt=%s desc=\"%s\" npi=%s" % (cpt, desc, p["npi"])]
    return "rules-kv", pre + parts


def fam_note(phi):
    tick()
    s = inv()
    t = loc(4)
    p = prov()
    if not phi:
        k = ri(0, 7)
        nsamp = ri(30, 60)
        txt = [
            "Desk review of %d sampled claims for %s (NPI %s) complete; %d/%d lack documentation supporting %s. Drafting findings letter for %s review." % (
                nsamp, p["org"], p["npi"], ri(10, nsamp - 5), nsamp, rc(CPT_EM[1:3]), rc(["T. Lungu", "C. Deveraux RN"])),
            "Spoke with %s compliance contact %s at %s; requested sign-in sheets, appointment logs and policies for audit period 01/01/2023-12/31/2023. Due 06/14/2024." % (
                p["org"], p["contact"], p["phone"]),
            "Received %d box(es) of records from %s via courier (tracking 1Z%s%s). Scanning queued, batch %s." % (
                ri(1, 6), p["org"], "".join(rc("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), digits(10), uuid4()[:8]),
            "Case reviewed with SIU manager T. Lungu; approved referral to state MFCU. Provider TIN %s also bills under NPIs %s and %s." % (
                p["tin"], npi(), npi()),
            "Unannounced site visit to %s, %s, %s %s: suite dark at 10:40, posted hours M-F 8-5. Photos uploaded (6). Landlord says lease ended March." % (
                p["org"], p["street"], p["city"], p["state"]),
            "Coding auditor G. Reyes CPC completed E/M leveling for 45 charts: 31 down-coded, 3 denied. Variance memo v2 attached.",
            "NPPES lookup https://npiregistry.cms.hhs.gov/provider-view/%s shows practice location change filed 2024-02-12; mailing address now a UPS Store box." % p["npi"],
            "Voicemail from %s office manager %s returning call; will call back after 2pm. No action." % ("Dr. " + p["doc"] if p["cred"] in ("MD", "DO", "PhD") else p["org"], p["contact"]),
        ][k]
        cs = p["case"]
        return "case-note", ["%s %s [cms-notes] case=%s author=%s type=%s :: %s" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), "EDT", cs, s[2], rc(["NOTE", "CONTACT", "ACTIVITY", "REVIEW"]), txt)]
    m = pick_member()
    cs = [P(m["case"], "other_id")] if m["case"] else [p["case"]]
    she = "she" if m["sex"] == "F" else "he"
    her = "her" if m["sex"] == "F" else "his"
    k = ri(0, 12)
    d1 = dos_date()
    d2 = d1 + dt.timedelta(days=ri(2, 20))
    if k == 0:
        txt = ["Called member ", name_full(m), " at ", mphone(m), " re: services billed by %s on " % p["org"], P(d_us(d1), "date"),
               " and ", P(d_us(d2), "date"), ". Member states %s has not seen %s since 2022. Verified DOB " % (she, "Dr. " + p["doc"] if p["cred"] in ("MD", "DO", "PhD") else "anyone from that office"),
               P(d_us(m["dob"]), "date"), "."]
    elif k == 1:
        txt = ["Home visit ", P(m["street"], "address"), ", ", P(m["city"], "address"), " ", m["state"], " ", P(m["zip"], "zip"),
               ": no %s observed in residence. Member's %s " % (rc(["hospital bed (E0260)", "power wheelchair (K0823)", "CPAP (E0601)"]), "caregiver"),
               "stated item was never delivered. Photos taken of living room only, member declined others."]
    elif k == 2 and m["rel"]:
        r = m["rel"]
        txt = ["Spoke with member's %s " % r[2], P("%s %s" % (r[0], r[1]), "name"), " (", relphone(m), "), who holds POA. States member ",
               P(m["last"], "name"), " has been in memory care since ", P(d_us(d1), "date"), " and could not have attended the visits billed by %s." % p["org"]]
    elif k == 3:
        txt = ["OSINT: public profile ", P(m["social"], "url"), " shows member ", name_full(m),
               " doing %s in multiple posts while claiming %s. Screenshots hashed and attached." % (
                   rc(["roofing work", "competitive weightlifting", "daily 5k runs", "landscaping jobs"]), rc(["total disability", "non-ambulatory status", "homebound status"]))]
    elif k == 4:
        txt = ["IDV at interview: member presented %s DL " % m["state"], P(m["dl"], "license"), ", photo consistent. SSN on file ",
               P(m["ssn"], "ssn"), " matches SSA CBSV response (ref %s)." % ("CBSV" + digits(9))]
    elif k == 5:
        m = random.choices([x for x in MEMBERS if x["age"] > 89])[0]
        cs = [P(m["case"], "other_id")] if m["case"] else [p["case"]]
        txt = ["Member ", name_full(m), ", age ", P(str(m["age"]), "age"), ", DOB ", P(d_us(m["dob"]), "date"),
               ", resides at Harbor View SNF since ", P(d_us(d1), "date"), "; %s billed %d home visits after that date." % (p["org"], ri(6, 40))]
    elif k == 6:
        txt = ["Per %s HIM dept, member's MRN is " % p["org"], P(m["mrn"], "mrn"), "; chart for DOS ", P(d_us(d1), "date"),
               " contains a cloned progress note (identical to ", P(d_us(d2), "date"), "). Sent to C. Deveraux RN for clinical review."]
    elif k == 7 and m["vin"]:
        txt = ["Mileage reimbursement review: member submitted %d trips in vehicle VIN " % ri(40, 180), P(m["vin"], "vehicle"),
               ", plate ", P(m["plate"], "vehicle"), " (%s). DMV shows vehicle sold 2023-08; odometer photos reused." % m["state"]]
    elif k == 8:
        txt = ["Bank subpoena return: reimbursement checks deposited to acct ", P(m["acct"], "account"),
               " (routing %s) held jointly by " % m["aba"], name_full(m), " and a non-member. %d deposits totaling $%s." % (ri(4, 30), amount())]
    elif k == 9:
        txt = ["Tipster callback: ", name_lf(m), " called from ", mphone(m, alt=True), ", email ", P(m["email"], "email"),
               "; reports receiving EOBs for %s visits %s never had. Mailing address confirmed " % (p["org"], she),
               P(m["street"], "address"), ", ", P(m["city"], "address"), "."]
    elif k == 10:
        nid = m.get("natid")
        if nid:
            txt = ["Member ", name_full(m), " provided %s " % nid[0], P(nid[1], "other_id"),
                   " as secondary ID; consulate letter requested to confirm identity. Member ID ", member_id_val(m), "."]
        else:
            txt = ["Member ", name_full(m), " (", member_id_val(m), ") reports %s card lost %s; replacement card reissued with new suffix. Prior claims under old card under review." % (her, "in April")]
    elif k == 11:
        txt = ["Member faxed signed attestation from ", P(phone_fmt(m["area"], m["alt_line"], rc([1, 0])), "fax"),
               " (%s); states %s did not authorize %s to bill under %s ID. OSINT profile " % (
                   rc(["public library", "work fax", "pharmacy fax"]), she, p["org"], her), P(m["social"], "url"), " saved to evidence."]
    else:
        txt = ["Pharmacy lock-in interview with ", name_full(m), ": states %s sees 4 prescribers for back pain; fills at %s and %s. Last fill " % (
            she, PHARMACIES[0]["name"], PHARMACIES[1]["name"]), P(d_us(d1), "date"), ". Referred to A. Farouk PharmD."]
    return "case-note", ["%s EDT [cms-notes] case=" % t.strftime("%Y-%m-%d %H:%M:%S")] + cs + [
        " author=%s type=%s :: " % (s[2], rc(["NOTE", "CONTACT", "INTERVIEW", "ACTIVITY"]))] + txt


def _seg_ts(sec):
    return "%02d:%02d:%02d.%03d" % (sec // 3600, sec % 3600 // 60, sec % 60, ri(0, 999))


def fam_interview(phi, force_k=None):
    tick()
    rec = "RS-2024-%04d" % ri(100, 999)
    s = inv()
    start = ri(5, 2400)
    end = start + ri(4, 30)
    pre = "%s transcribe-worker[%d]: rec=%s seg=%d [%s --> %s] " % (
        loc(5).strftime("%b %d %H:%M:%S"), ri(3000, 3999), rec, ri(1, 300), _seg_ts(start), _seg_ts(end))
    if not phi:
        k = ri(0, 6)
        if k == 5:
            return "asr-job-kv", ["%s asr-job status=COMPLETED rec=%s words=%d duration=%s wer_est=%.3f model=whisper-large-v3 gpu=0 elapsed=%.1fs" % (
                ts_iso_z(), rec, ri(800, 9000), _seg_ts(ri(300, 3600))[:8], random.uniform(0.04, 0.14), random.uniform(30, 600))]
        if k == 6:
            return "recording-json", J([("ts", ts_iso_z()), ("level", "info"), ("msg", "recording uploaded"),
                                        ("recordingId", rec), ("caseId", prov()["case"]), ("codec", "opus"),
                                        ("sampleRate", 16000), ("durationSec", ri(300, 3600)), ("bytes", ri(1000000, 90000000)),
                                        ("bucket", "siu-recordings-prod"), ("kmsKeyId", "alias/siu-recordings"),
                                        ("uploadedBy", s[2])])
        txt = rc([
            "INVESTIGATOR (%s): This is a recorded statement taken on behalf of Northbridge Health Plan special investigations. Today is May 14, 2024 and the time is %d:%02d." % (staff_short(s), ri(9, 15), ri(0, 59)),
            "INVESTIGATOR (%s): Do you understand that you may stop this interview at any time? MEMBER: Yes, I understand." % staff_short(s),
            "PROVIDER_STAFF: Our billing goes out through an outside company, MedCode Partners, we just send them the superbills every Friday.",
            "INVESTIGATOR (%s): Who signs the delivery tickets when the driver drops off equipment? PROVIDER_STAFF: Usually the driver, sometimes nobody." % staff_short(s),
            "MEMBER: I only went there twice, maybe three times. They gave me a gift card after each visit, like twenty-five dollars.",
            "INVESTIGATOR (%s): Okay, I'm going to stop the recording now. The time is %d:%02d." % (staff_short(s), ri(10, 16), ri(0, 59)),
        ])
        return "transcript-seg", [pre + txt]
    m = pick_member()
    k = ri(0, 6) if force_k is None else force_k
    if k == 6:
        c = P(m["case"], "other_id") if m["case"] else prov()["case"]
        return "recording-json", J([("ts", ts_iso_z()), ("level", "info"), ("msg", "speaker enrollment stored"),
                                    ("recordingId", rec), ("caseId", c), ("speaker", "MEMBER"), ("intervieweeName", name_full(m)),
                                    ("consentCaptured", True),
                                    ("voiceprint", D([("alg", "ecapa-tdnn-v2"), ("dim", 192), ("template", P(b64(ri(300, 560)), "biometric"))])),
                                    ("uploadedBy", s[2])])
    if k == 0:
        txt = ["MEMBER: My name is ", name_full(m), ", my date of birth is ", P(d_spoken(m["dob"]), "date"), "."]
    elif k == 1:
        txt = ["INVESTIGATOR (%s): Can you confirm your address? MEMBER: It's " % staff_short(s), P(asc(m["street"]), "address"), ", in ",
               P(m["city"], "address"), ", zip ", P(" ".join(m["zip"]) if random.random() < 0.3 else m["zip"], "zip"), "."]
    elif k == 2:
        d1 = dos_date()
        adm = d1 - dt.timedelta(days=ri(1, 3))
        txt = ["MEMBER: I never went to that clinic on ", P(d_spoken(d1), "date"), ". I was in the hospital, they admitted me on ",
               P(d_spoken(adm), "date"), "."]
    elif k == 3 and m["rel"]:
        r = m["rel"]
        txt = ["MEMBER: You can call me at ", mphone(m, 0), " or my %s " % r[2], P(r[0], "name"), " at ", relphone(m, 1), "."]
    elif k == 4:
        mo = random.choices([x for x in MEMBERS if x["age"] > 89 and x["rel"]])[0]
        r = mo["rel"]
        txt = ["RELATIVE (", P("%s %s" % (r[0], r[1]), "name"), "): I'm %s %s, I open all of %s mail. %s is " % (
            "her" if mo["sex"] == "F" else "his", r[2], "her" if mo["sex"] == "F" else "his", "Mom" if mo["sex"] == "F" and r[2] in ("son", "daughter") else "Grandma" if r[2] == "granddaughter" else "Dad"),
               P(str(mo["age"]), "age"), " and has not left the house since Christmas."]
    else:
        txt = ["INVESTIGATOR (%s): For the record, %s " % (staff_short(s), "Ms." if m["sex"] == "F" else "Mr."), P(m["last"], "name"),
               ", your member ID is ", mid(m), ", correct? MEMBER: Yes."]
    return "transcript-seg", [pre] + txt


RR_HEADER = "req_id,created_utc,req_type,recipient,recipient_npi,recipient_fax,member_name,member_id,member_dob,dos_from,dos_to,audit_from,audit_to,due_date,status,owner"
RR_STATE = {"header": False}


def fam_records(phi, force_k=None):
    tick()
    p = prov()
    s = inv()
    rid = "RRQ-24-%05d" % ri(100, 9999)
    if not phi:
        if not RR_STATE["header"]:
            RR_STATE["header"] = True
            return "records-csv", [RR_HEADER]
        k = ri(0, 4)
        if k <= 1:
            return "records-csv", csvrow([rid, T.strftime("%Y-%m-%d %H:%M:%S"), rc(["ADR_LETTER", "AUDIT_NOTICE", "SUBPOENA_DUCES_TECUM"]),
                                          p["org"], p["npi"], p["fax"], "", "", "", "", "", "2023-01-01", "2023-12-31",
                                          "2024-%02d-%02d" % (ri(6, 7), ri(1, 28)), rc(["SENT", "DELIVERED", "PARTIAL", "OVERDUE"]), s[2]])
        if k == 2:
            return "records-kv", ["%s INFO  records-request-svc fax.sent req=%s to=%s pages=%d provider_npi=%s status=%s job=%s" % (
                ts_iso_z(), rid, p["fax"], ri(2, 9), p["npi"], rc(["DELIVERED", "BUSY_RETRY", "NO_ANSWER"]), "FX" + digits(10))]
        if k == 3:
            return "records-kv", ['%s INFO  records-request-svc subpoena.served id=SDT-2024-%04d court="%s" docket=%s recipient="%s" served_by="%s" method=certified_mail tracking=9407%s' % (
                ts_iso_z(), ri(10, 400), rc(["Circuit Court of Cook County", "Harris County District Court", "Superior Court of NJ, Essex Vicinage"]),
                "2024-L-%06d" % ri(1000, 99999), p["org"], rc(["ABC Legal Services", "Metro Process Servers"]), digits(18))]
        return "records-kv", ["%s WARN  records-request-svc sla.breach req=%s provider_npi=%s days_overdue=%d escalated_to=%s" % (
            ts_iso_z(), rid, p["npi"], ri(1, 40), "tlungu")]
    m = pick_member()
    k = ri(0, 4) if force_k is None else force_k
    d1 = dos_date()
    d2 = d1 + dt.timedelta(days=ri(0, 90))
    if k <= 1:
        return "records-csv", csvrow([rid, T.strftime("%Y-%m-%d %H:%M:%S"), rc(["MEDICAL_RECORDS", "SUBPOENA_DUCES_TECUM", "ITEMIZED_BILL"]),
                                      p["org"], p["npi"], p["fax"], name_lf(m), mid(m), P(d_iso(m["dob"]), "date"),
                                      P(d_iso(d1), "date"), P(d_iso(d2), "date"), "", "",
                                      "2024-%02d-%02d" % (ri(6, 7), ri(1, 28)), rc(["SENT", "DELIVERED", "RECEIVED"]), s[2]])
    if k == 2:
        return "records-kv", ["%s INFO  records-request-svc records.received req=%s provider_npi=%s provider_mrn=" % (ts_iso_z(), rid, p["npi"]),
                              P(m["mrn"], "mrn"), " member=", mid(m), " pages=%d format=PDF sha256=%s" % (ri(4, 400), hexs(16))]
    if k == 3:
        return "records-kv", ['%s INFO  records-request-svc subpoena.issued id=SDT-2024-%04d recipient="%s" account_holder="' % (
            ts_iso_z(), ri(10, 400), rc(["First Prairie Bank", "Lone Star Federal CU", "Garden State Savings"])),
            P("%s %s" % (m["first"], m["last"]), "name"), '" account=', P(m["acct"], "account"), " routing=%s range=2023-01-01..2024-04-30" % m["aba"]]
    return "records-kv", ["%s INFO  records-request-svc authorization.received req=%s channel=fax from=" % (ts_iso_z(), rid),
                          P(phone_fmt(m["area"], m["alt_line"], 5), "fax"), " member=", mid(m), " signed_by=", name_full(m), " pages=2"]


def fam_lockin(phi):
    tick()
    t = loc(5)
    thread = rc(["lockin-batch-1", "lockin-batch-2", "http-nio-8080-exec-%d" % ri(1, 20), "scheduling-1"])
    pid = ri(4400, 4499)

    def pre_for(lvl, cls):
        return "%s.%s %5s %d --- [%15s] %-40s : " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(), lvl, pid, thread[-15:], cls)
    lvl = "INFO"
    if not phi:
        k = ri(0, 5)
        pr = rc(PRESCRIBERS)
        ph0 = rc(PHARMACIES)
        msg = [
            "Lock-in candidate scoring complete: scored=%d flagged=%d letters_queued=%d elapsed=%.1fs" % (ri(15000, 21000), ri(80, 200), ri(40, 120), random.uniform(20, 90)),
            "Loaded %d pharmacy records from NCPDP dataQ file ncpdp_%s.zip (sha1=%s)" % (ri(5000, 7000), (T - dt.timedelta(days=1)).strftime("%Y%m%d"), hexs(40)),
            "Prescriber DEA validated: dea=%s npi=%s name='%s' status=ACTIVE schedules=2,2N,3,3N,4,5 exp=2026-%02d-28" % (pr["dea"], pr["npi"], pr["name"], ri(1, 12)),
            "PDMP gateway returned 429 Too Many Requests (state=%s); retrying in %ds (attempt %d/5)" % (rc(["IL", "TX", "NJ", "CA"]), rc([15, 30, 60]), ri(1, 4)),
            "Lock-in review queue: %d items pending pharmacist review (oldest %dd), reviewer=afarouk" % (ri(5, 60), ri(1, 9)),
            "Designated pharmacy %s (NCPDP %s, NPI %s) capacity check ok: active_lockins=%d limit=250" % (
                ph0["name"], ph0["ncpdp"], ph0["npi"], ri(10, 240)),
        ][k]
        if k == 3:
            lvl = "WARN"
        cls = ["c.n.rx.lockin.LockInScoringJob", "c.n.rx.ref.NcpdpDataQLoader", "c.n.rx.lockin.PrescriberValidator",
               "c.n.rx.pdmp.PdmpClient", "c.n.rx.lockin.ReviewQueueMonitor", "c.n.rx.lockin.PharmacyCapacityCheck"][k]
        return "spring-boot", [pre_for(lvl, cls) + msg]
    m = pick_member()
    ph = rc(PHARMACIES)
    pr = rc(PRESCRIBERS)
    k = ri(0, 4)
    eff = dt.date(2024, rc([6, 7]), 1)
    if k == 0:
        parts = ["Enrolled member ", member_id_val(m), " in pharmacy lock-in: pharmacy=%s ncpdp=%s prescriber_npi=%s effective=" % (
            ph["name"], ph["ncpdp"], pr["npi"]), P(d_iso(eff), "date"), " through ", P(d_iso(eff.replace(year=2025) - dt.timedelta(days=1)), "date"),
            " trigger=[MME90>=90, PRESCRIBERS>=4, PHARMACIES>=4]"]
    elif k == 1:
        dr = rc(DRUGS)
        fill = TODAY - dt.timedelta(days=ri(0, 3))
        parts = ["Claim rejected NCPDP 75 (non-designated pharmacy): member=", mid(m), " rx=RX%s ndc=%s drug='%s' fill_date=" % (digits(7), dr[1], dr[0]),
                 P(d_iso(fill), "date"), " pharmacy_ncpdp=%s prescriber_dea=%s qty=%d ds=%d" % (ph["ncpdp"], pr["dea"], rc([30, 60, 90, 120]), rc([7, 15, 30]))]
    elif k == 2:
        parts = ["Lock-in notice generated template=LI-NOTICE-%s-v3 to=" % rc(["EN", "ES", "EN"]), name_full(m), ", ",
                 P(m["street"], "address"), ", ", P(m["city"], "address"), ", %s " % m["state"], P(m["zip"], "zip"), " letter_id=LTR%s" % digits(9)]
    elif k == 3:
        hearing = TODAY + dt.timedelta(days=ri(10, 40))
        parts = ["Appeal received for member ", mid(m), " (", name_full(m), "); fair hearing scheduled ", P(d_us(hearing), "date"),
                 ", lock-in remains in effect pending decision"]
    else:
        parts = ["Emergency override granted member=", member_id_val(m), " phone=", mphone(m, 4),
                 " pharmacy_ncpdp=%s supply_days=3 approved_by=afarouk reason=\"designated pharmacy closed (holiday)\"" % ph["ncpdp"]]
    cls = ["c.n.rx.lockin.LockInEnrollmentService", "c.n.rx.lockin.LockInClaimGuard", "c.n.rx.lockin.NoticeLetterJob",
           "c.n.rx.lockin.AppealIntakeService", "c.n.rx.lockin.OverrideController"][k]
    return "spring-boot", [pre_for(lvl, cls)] + parts


def fam_hotline(phi):
    tick()
    p = prov()
    iid = "TIP-%s-%04d" % (loc(5).strftime("%Y%m%d"), ri(1, 400))
    if not phi:
        k = ri(0, 3)
        if k <= 1:
            return "hotline-json", J([("received_at", ts_iso_z()), ("intake_id", iid), ("channel", rc(["web", "phone", "email", "mail"])),
                                      ("anonymous", True), ("reporter", None),
                                      ("subject", D([("type", "PROVIDER"), ("name", p["org"]), ("npi", p["npi"]), ("city", p["city"]), ("state", p["state"])])),
                                      ("allegation", rc(["Billing for visits that never happened", "Waiving copays and giving gift cards",
                                                         "Office bills 99215 for every visit", "Doctor pre-signs blank prescriptions"])),
                                      ("triage_score", ri(10, 95)), ("assigned_to", "hschultz")], spaced=True)
        if k == 2:
            return "ivr-kv", ["%s ivr-gw[%d]: call_id=%s dnis=18005550199 ani=RESTRICTED queue=SIU_TIPS lang=%s wait_s=%d handle_s=%d agent=%s disposition=%s" % (
                T.strftime("%b %d %H:%M:%S"), ri(800, 900), uuid4(), rc(["en", "es", "en", "vi"]), ri(0, 300), ri(60, 1500),
                rc(["hschultz", "mjohnson2"]), rc(["TIP_LOGGED", "INFO_ONLY", "TRANSFER_MEMBER_SVCS", "ABANDONED"]))]
        return "hotline-json", J([("received_at", ts_iso_z()), ("intake_id", iid), ("event", "dedupe_check"),
                                  ("matches", [prov()["case"]]), ("similarity", round(random.uniform(0.5, 0.99), 2)),
                                  ("notify", "siu-intake@nbhealthplan.com")], spaced=True)
    m = pick_member()
    k = ri(0, 3)
    if k == 0:
        return "hotline-json", J([("received_at", ts_iso_z()), ("intake_id", iid), ("channel", "web"), ("anonymous", False),
                                  ("reporter", D([("relationship", "SELF"), ("name", name_full(m)), ("phone", mphone(m)),
                                                  ("email", P(m["email"], "email")), ("member_id", mid(m))])),
                                  ("subject", D([("type", "PROVIDER"), ("name", p["org"]), ("npi", p["npi"])])),
                                  ("allegation", S(["EOB shows visits on ", P(d_us(dos_date()), "date"), " that I never had"])),
                                  ("client_ip", P(m["ip"], "ip")), ("assigned_to", "hschultz")], spaced=True, ea=True)
    if k == 1 and m["rel"]:
        r = m["rel"]
        return "hotline-json", J([("received_at", ts_iso_z()), ("intake_id", iid), ("channel", "phone"), ("anonymous", False),
                                  ("reporter", D([("relationship", r[2].upper()), ("name", P("%s %s" % (r[0], r[1]), "name")),
                                                  ("callback", relphone(m, 1))])),
                                  ("member", D([("name", name_full(m)), ("dob", P(d_us(m["dob"]), "date"))])),
                                  ("subject", D([("type", "PROVIDER"), ("name", p["org"])])),
                                  ("allegation", "My %s gets statements for home health aide visits, no aide has ever come to the house" % (
                                      {"daughter": "mother", "son": "mother", "granddaughter": "grandmother", "wife": "husband", "mother": "daughter"}[r[2]]
                                      if m["sex"] == "F" else
                                      {"daughter": "father", "son": "father", "granddaughter": "grandfather", "wife": "husband", "mother": "son"}[r[2]])),
                                  ("assigned_to", "hschultz")], spaced=True, ea=True)
    if k == 2:
        return "ivr-kv", ["%s ivr-gw[%d]: call_id=%s dnis=18005550199 ani=" % (T.strftime("%b %d %H:%M:%S"), ri(800, 900), uuid4()),
                          P(phone_fmt(m["area"], m["line"], 4), "phone"), " caller_verified=member mbr=", mid(m),
                          " queue=SIU_TIPS wait_s=%d handle_s=%d agent=hschultz disposition=TIP_LOGGED" % (ri(0, 300), ri(60, 1500))]
    she = "she" if m["sex"] == "F" else "he"
    her = "her" if m["sex"] == "F" else "his"
    alleg = rc([
        S(["Neighbor ", P(m["first"], "name"), " sells the pain pills %s gets from 3 different doctors, lives at " % she, P(m["street"], "address")]),
        S([P(m["first"], "name"), " lets %s cousin use %s insurance card at the ER, the cousin lives with %s at " % (her, her, "her" if she == "she" else "him"),
           P(m["street"], "address")]),
        S(["My ex ", P(m["first"] + " " + m["last"], "name"), " is still on the family plan after the divorce, address is ", P(m["street"], "address"),
           " ", P(m["zip"], "zip")]),
        S([P(m["last"], "name"), " at ", P(m["street"], "address"), " gets paid mileage for dialysis rides %s never takes, car sits in driveway all week" % she]),
    ])
    return "hotline-json", J([("received_at", ts_iso_z()), ("intake_id", iid), ("channel", rc(["web", "web", "email"])), ("anonymous", True),
                              ("subject", D([("type", "MEMBER"), ("name", name_full(m)), ("city", P(m["city"], "address")),
                                             ("state", m["state"])])),
                              ("allegation", alleg),
                              ("triage_score", ri(40, 95)), ("assigned_to", "hschultz")], spaced=True, ea=True)


def fam_sql(phi):
    tick()
    pid = ri(10000, 60000)
    user = rc(["svc_fwa@claimsdw", "pvo@claimsdw", "airflow@claimsdw", "svc_cms@siucms"])
    pre = "%s.%s UTC [%d] %s " % (T.strftime("%Y-%m-%d %H:%M:%S"), ms(), pid, user)
    p = prov()
    if not phi:
        k = ri(0, 6)
        if k == 0:
            return "postgres", [pre + "LOG:  duration: %.3f ms  statement: SELECT rendering_npi, count(*) AS n, sum(CASE WHEN cpt_cd = '99215' THEN 1 ELSE 0 END)::numeric / count(*) AS lvl5 FROM claims.professional WHERE svc_from_dt BETWEEN '2024-01-01' AND '2024-03-31' GROUP BY 1 HAVING count(*) > 100" % random.uniform(900, 90000)]
        if k == 1:
            return "postgres", [pre + "LOG:  duration: %.3f ms  execute <unnamed>: SELECT clm_id, svc_from_dt, cpt_cd, units FROM claims.professional WHERE rendering_npi = $1 AND svc_from_dt >= $2" % random.uniform(2, 900),
                                ]
        if k == 2:
            return "postgres", ["%s.%s UTC [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, %d removed, 0 recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
                T.strftime("%Y-%m-%d %H:%M:%S"), ms(), ri(60, 70), ri(1000, 90000), random.uniform(0.1, 20), ri(0, 9), random.uniform(10, 270), random.uniform(0, 2), random.uniform(10, 270))]
        if k == 3:
            return "postgres", ['%s.%s UTC [%d] LOG:  automatic vacuum of table "claimsdw.claims.professional": index scans: 1' % (T.strftime("%Y-%m-%d %H:%M:%S"), ms(), pid)]
        if k == 4:
            return "postgres", [pre + "LOG:  connection authorized: user=%s database=%s application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)" % (
                user.split("@")[0], user.split("@")[1], rc(["airflow", "psql", "DBeaver 23.3.1", "siu-cms"]))]
        if k == 5:
            return "postgres", [pre + "ERROR:  canceling statement due to statement timeout"]
        return "postgres", [pre + "LOG:  duration: %.3f ms  statement: UPDATE siu.provider_watchlist SET score = %.3f, updated_at = now() WHERE npi = '%s' AND tin = '%s'" % (
            random.uniform(1, 40), random.uniform(0.5, 1), p["npi"], p["tin"].replace("-", ""))]
    m = pick_member()
    k = ri(0, 5)
    if k == 0:
        return "postgres", [pre + "LOG:  duration: %.3f ms  statement: SELECT mbr_id, first_nm, last_nm, birth_dt, zip5 FROM mdm.member WHERE upper(last_nm) = '" % random.uniform(2, 400),
                            P(ascii_up(m["last"]), "name"), "' AND birth_dt = '", P(d_iso(m["dob"]), "date"), "'"]
    if k == 1:
        return "postgres", [pre + "LOG:  duration: %.3f ms  statement: SELECT clm_id, svc_from_dt, cpt_cd, rendering_npi, paid_amt FROM claims.professional WHERE mbr_id = '" % random.uniform(2, 4000),
                            mid(m), "' ORDER BY svc_from_dt DESC LIMIT 500"]
    if k == 2:
        c = [P(m["case"], "other_id")] if m["case"] else [prov()["case"]]
        return "postgres", [pre + "LOG:  duration: %.3f ms  statement: UPDATE siu.case_subject SET phone = '" % random.uniform(1, 30),
                            mphone(m, 1), "', email = '", P(m["email"], "email"), "' WHERE case_id = '"] + c + ["' AND subject_type = 'MEMBER'"]
    if k == 3:
        return fam_sql_detail(m)
    if k == 4:
        return "postgres", [pre + "LOG:  duration: %.3f ms  statement: SELECT mbr_id, grp_nbr FROM mdm.member WHERE ssn = '" % random.uniform(2, 300),
                            P(m["ssn"].replace("-", ""), "ssn"), "'"]
    return "postgres", [pre + "LOG:  duration: %.3f ms  statement: SELECT * FROM mdm.member_address WHERE addr_line1 ILIKE '" % random.uniform(2, 900),
                        P(m["street"], "address"), "%' AND zip5 = '", P(m["zip"], "zip"), "'"]


def fam_sql_detail(m):
    # DETAIL line paired with duplicate key (PHI)
    dos = dos_date()
    return "postgres", ["%s.%s UTC [%d] svc_fwa@claimsdw DETAIL:  Key (mbr_id, svc_dt, rule_id)=(" % (T.strftime("%Y-%m-%d %H:%M:%S"), ms(), ri(10000, 60000)),
                        mid(m), ", ", P(d_iso(dos), "date"), ", PHS-POST-DOD) already exists."]


def fam_airflow(phi):
    tick()
    dag = rc(["fwa_upcoding_daily", "fwa_phantom_services", "rx_lockin_scoring", "dme_serial_dedup", "member_identity_resolution", "nemt_trip_match"])
    task = rc(["extract_claims", "score_providers", "load_hits", "publish_cms", "resolve_members", "geo_enrich"])
    pre = "[%s, %s UTC] " % (T.strftime("%Y-%m-%d"), T.strftime("%H:%M:%S"))
    if not phi:
        k = ri(0, 7)
        run = (T - dt.timedelta(days=1)).strftime("%Y-%m-%dT02:00:00+00:00")
        msg = [
            "{taskinstance.py:1157} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: %s.%s scheduled__%s [queued]>" % (dag, task, run),
            "{standard_task_runner.py:57} INFO - Started process %d to run task" % ri(30000, 90000),
            "{logging_mixin.py:188} INFO - provider_scores: %d rows, %d >= 0.85 threshold, wrote s3://nbhp-fwa-prod/scores/dt=%s/part-0000.parquet" % (
                ri(15000, 21000), ri(60, 300), T.strftime("%Y-%m-%d")),
            "{taskinstance.py:1400} INFO - Marking task as SUCCESS. dag_id=%s, task_id=%s, execution_date=%s, start_date=%s, end_date=%s" % (
                dag, task, (T - dt.timedelta(days=1)).strftime("%Y%m%dT020000"), T.strftime("%Y%m%dT%H%M%S"), (T + dt.timedelta(seconds=ri(20, 900))).strftime("%Y%m%dT%H%M%S")),
            "{sql.py:418} INFO - Running statement: COPY fwa.rule_hits_stg FROM 's3://nbhp-fwa-prod/hits/%s/' IAM_ROLE 'arn:aws:iam::%s:role/fwa-redshift' FORMAT PARQUET, parameters: None" % (
                T.strftime("%Y/%m/%d"), digits(12)),
            "{logging_mixin.py:188} WARNING - /opt/airflow/dags/fwa/features.py:212 FutureWarning: DataFrameGroupBy.apply operated on the grouping columns.",
            "{base.py:73} INFO - Using connection ID 'claimsdw_ro' for task execution.",
            "{logging_mixin.py:188} INFO - npi %s: lvl5 share 0.%d vs peer p95 0.%d, %d claims, flagged" % (prov()["npi"], ri(40, 90), ri(20, 35), ri(100, 900)),
        ][k]
        return "airflow", [pre + msg]
    m = pick_member()
    k = ri(0, 4)
    if k == 0:
        d = D([("mbr_id", mid(m)), ("first_nm", P(ascii_up(m["first"]), "name")), ("last_nm", P(ascii_up(m["last"]), "name")),
               ("birth_dt", P(d_iso(m["dob"]), "date")), ("zip5", P(m["zip"], "zip")), ("score", round(random.uniform(0.6, 0.9), 3))])
        return "airflow", [pre + "{resolve.py:141} WARNING - ambiguous member match, candidates=2 best="] + pyrepr(d)
    if k == 1:
        return "airflow", [pre + "{taskinstance.py:1937} ERROR - Task failed with exception KeyError: '", mid(m), "'"]
    if k == 2:
        m2 = pick_member()
        lst = [mid(m)] + ([mid(m2)] if m2 is not m else [])
        return "airflow", [pre + "{dme_serial_dedup.py:77} INFO - serial ", P(rc(["", "SN"]) + digits(11), "device"),
                           " (hcpcs E0601) billed for members "] + pyrepr(lst)
    if k == 3:
        return "airflow", [pre + "{geo_enrich.py:45} WARNING - geocode failed for '", P(m["street"], "address"), ", ",
                           P(m["city"], "address"), ", %s " % m["state"], P(m["zip"], "zip"), "' (mbr ", mid(m), "), status=ZERO_RESULTS"]
    return "airflow", [pre + "{nemt_trip_match.py:96} INFO - trip TRP-%s member " % digits(8), mid(m), " trip_dt ",
                       P(d_iso(dos_date()), "date"), " has no paid claim within 1 day at destination; vendor_npi=%s" % PROVIDERS[7]["npi"]]


def fam_audit(phi):
    tick()
    s = rc(STAFF)
    ip = STAFF_IP[s[2]]
    style = ri(0, 2)
    p = prov()
    if style < 2:
        rt = T.strftime("%b %d %Y %H:%M:%S")
        head = "CEF:0|Northbridge|SIU-CMS|4.12.%d|" % ri(0, 3)
        if not phi:
            k = ri(0, 5)
            ev = [("LOGIN_SUCCESS", "User login", 2, "outcome=success cs4Label=mfa cs4=push"),
                  ("LOGOUT", "User logout", 1, "reason=idle_timeout"),
                  ("ROLE_GRANT", "Role granted", 5, "cs5Label=role cs5=SIU_INVESTIGATOR duser=%s" % rc(INVESTIGATORS)[2]),
                  ("CASE_VIEW", "Case viewed", 3, "cs1Label=caseId cs1=%s" % p["case"]),
                  ("REPORT_EXPORT", "Report exported", 5, "fname=upcoding_%s_Q1.xlsx fsize=%d cs1Label=npi cs1=%s" % (p["npi"], ri(20000, 900000), p["npi"])),
                  ("LOGIN_FAILURE", "User login failed", 6, "outcome=failure reason=bad_password")][k]
            return "cef-audit", [head + "%s|%s|%d|rt=%s UTC suser=%s src=%s dhost=siu-cms.nbhp.internal dpt=8443 %s" % (
                ev[0], ev[1], ev[2], rt, s[2], ip, ev[3])]
        m = pick_member()
        k = ri(0, 3)
        if k == 3:
            return "cef-audit", [head + "OSINT_CAPTURE|External page captured|4|rt=%s UTC suser=%s src=%s duid=" % (rt, s[2], ip), mid(m),
                                 " request=", P(m["social"], "url"), " fname=osint_%s.png" % uuid4()[:8]]
        if k == 0:
            c = [P(m["case"], "other_id")] if m["case"] else [p["case"]]
            return "cef-audit", [head + "PHI_VIEW|Member record viewed|3|rt=%s UTC suser=%s src=%s cs1Label=caseId cs1=" % (rt, s[2], ip)] + c + [
                " duid=", mid(m), " act=VIEW request=/api/v4/members/", mid(m), "/profile"]
        if k == 1:
            return "cef-audit", [head + "BREAK_GLASS|Restricted record accessed|8|rt=%s UTC suser=%s src=%s duid=" % (rt, s[2], ip), mid(m),
                                 " duser=", name_full(m), " cs2Label=justification cs2=VIP flag override - active investigation"]
        return "cef-audit", [head + "PHI_EXPORT|Member claims exported|6|rt=%s UTC suser=%s src=%s duid=" % (rt, s[2], ip), member_id_val(m),
                             " fname=claims_", P(asc(m["last"]).replace(" ", ""), "name"), "_%s.csv fsize=%d" % (T.strftime("%Y%m%d"), ri(2000, 90000))]
    # CSV audit from claims workstation
    base = [T.strftime("%Y-%m-%dT%H:%M:%SZ"), s[2], "%s %s" % (s[0], s[1]), s[3], ip]
    if not phi:
        act = rc([("SEARCH", S(["npi=%s" % p["npi"]]), "%d results" % ri(1, 900)),
                  ("VIEW", S(["provider:%s" % p["npi"]]), "OK"),
                  ("PRINT", S(["report:FWA-PROV-SUMMARY;tin=%s" % p["tin"]]), "OK"),
                  ("SEARCH", S(["claim_id=%s" % claim_id()]), "1 results")])
        return "audit-csv", csvrow(base + list(act))
    m = pick_member()
    q = rc([S(["last_name=", P(m["last"], "name"), ";dob=", P(d_iso(m["dob"]), "date")]),
            S(["member_id=", mid(m)]),
            S(["phone=", mphone(m, 4)])])
    return "audit-csv", csvrow(base + ["SEARCH", q, "%d results" % ri(1, 3)])


UAS = ['"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1"',
       '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"',
       '"NorthbridgeMember/5.8.2 (Android 14; SM-S918U)"',
       '"Mozilla/5.0 (Linux; Android 13; moto g stylus 5G) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 Mobile Safari/537.36"']


def fam_nginx(phi):
    tick()
    tl = "[" + T.strftime("%d/") + MON[T.month - 1] + T.strftime("/%Y:%H:%M:%S") + " +0000]"
    if not phi:
        k = ri(0, 3)
        if k == 0:
            return "nginx", ['10.20.%d.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.27" rt=0.001 uct="0.000" upstream=10.20.7.%d:8080' % (
                ri(0, 9), ri(2, 250), tl, ri(2, 250))]
        if k == 1:
            return "nginx", ['10.20.%d.%d - - %s "GET /static/js/main.%s.js HTTP/1.1" 304 0 "https://members.nbhealthplan.com/claims" %s rt=0.003 uct="-" upstream=-' % (
                ri(0, 9), ri(2, 250), tl, hexs(8), rc(UAS))]
        if k == 2:
            return "nginx", ['172.18.%d.%d - - %s "POST /api/v2/auth/token HTTP/1.1" 401 96 "-" "okhttp/4.12.0" rt=0.044 uct="0.001" upstream=10.20.7.%d:8080' % (
                ri(0, 9), ri(2, 250), tl, ri(2, 250))]
        return "nginx", ['10.20.%d.%d - svc-siu-sync %s "GET /api/v2/providers/%s/claims?from=2024-01-01&to=2024-03-31 HTTP/1.1" 200 %d "-" "python-requests/2.31.0" rt=%.3f uct="0.001" upstream=10.20.7.%d:8080' % (
            ri(0, 9), ri(2, 250), tl, prov()["npi"], ri(1000, 900000), random.uniform(0.05, 3), ri(2, 250))]
    m = pick_member()
    k = ri(0, 4)
    ua = rc(UAS)
    if k == 0:
        return "nginx", [P(m["ip"], "ip"), " - ", P(m["user"], "other_id"), " %s \"POST /api/v2/reimbursements HTTP/1.1\" 201 512 \"https://members.nbhealthplan.com/claims/new\" %s rt=%.3f uct=\"0.001\" upstream=10.20.7.%d:8080" % (
            tl, ua, random.uniform(0.05, 0.9), ri(2, 250))]
    if k == 1:
        return "nginx", [P(m["ip"], "ip"), " - - %s \"GET /api/v2/members/" % tl, mid(m), "/eob?year=2024 HTTP/1.1\" 200 %d \"-\" %s rt=%.3f uct=\"0.000\" upstream=10.20.7.%d:8080" % (
            ri(2000, 40000), ua, random.uniform(0.05, 0.9), ri(2, 250))]
    if k == 2:
        return "nginx", [P(m["ip"], "ip"), " - - %s \"PUT /api/v2/profile/bank-account HTTP/1.1\" 200 88 \"-\" %s rt=%.3f uct=\"0.001\" upstream=10.20.7.%d:8080 user=" % (
            tl, ua, random.uniform(0.05, 0.9), ri(2, 250)), P(m["user"], "other_id")]
    if k == 3:
        return "nginx", ["10.20.%d.%d - - %s \"GET /api/v2/login?username=" % (ri(0, 9), ri(2, 250), tl), P(m["user"], "other_id"),
                         "&redirect=%%2Fclaims HTTP/1.1\" 302 0 \"-\" %s rt=0.012 uct=\"0.000\" xff=\"" % ua, P(m["ip"], "ip"), "\""]
    return "nginx", [P(m["ip"], "ip"), " - - %s \"POST /api/v2/devices/register HTTP/1.1\" 201 64 \"-\" \"NorthbridgeMember/5.8.2 (Android 14; SM-S918U)\" rt=0.210 uct=\"0.001\" imei=" % tl,
                     P(m["imei"], "device")]


def fam_x12(phi):
    tick()
    t = loc(5)
    p = prov()
    pre = "%s,%s DEBUG [claim-image-svc] c.n.claims.x12.SegmentDumper - " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms())
    if not phi:
        k = ri(0, 1)
        if k == 0:
            return "x12-debug", [pre + "835 batch=%s ISA*00*          *00*          *ZZ*NBHPPAYER      *ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~GS*HP*NBHPPAYER*%s*%s*%s*%d*X*005010X221A1~BPR*I*%s*C*ACH*CCP*01*%s*DA*%s*1%s**01*%s*DA*%s*%s~" % (
                uuid4()[:8], "PAYEE" + digits(6), t.strftime("%y%m%d"), t.strftime("%H%M"), ri(1, 999999999),
                "PAYEE" + digits(6), t.strftime("%Y%m%d"), t.strftime("%H%M"), ri(1, 99999), amount(), aba(), digits(10), digits(9),
                aba(), digits(10), t.strftime("%Y%m%d"))]
        return "x12-debug", [pre + "clm=%s 837P billing provider segs: NM1*85*2*%s*****XX*%s~N3*%s~N4*%s*%s*%s~REF*EI*%s~PER*IC*BILLING*TE*%s~" % (
            claim_id(), ascii_up(p["org"]), p["npi"], ascii_up(p["street"]), ascii_up(p["city"]), p["state"], p["zip"],
            p["tin"].replace("-", ""), p["phone"].replace("-", ""))]
    m = pick_member()
    dos = dos_date()
    doc = (p["doc"] or "Kallis Stavros").split()
    parts = [pre + "clm=%s 837P subscriber segs: NM1*IL*1*" % claim_id(), P(ascii_up(m["last"]), "name"), "*", P(ascii_up(m["first"]), "name"),
             "****MI*", mid(m), "~N3*", P(ascii_up(m["street"]), "address"), "~N4*", P(ascii_up(m["city"]), "address"), "*%s*" % m["state"],
             P(m["zip"] + m["zip4"], "zip"), "~DMG*D8*", P(d_x12(m["dob"]), "date"), "*%s~" % m["sex"]]
    if random.random() < 0.5:
        parts += ["REF*SY*", P(m["ssn"].replace("-", ""), "ssn"), "~"]
    parts += ["NM1*82*1*%s*%s****XX*%s~DTP*472*D8*" % (ascii_up(doc[-1]), ascii_up(doc[0]), p["npi_ind"]), P(d_x12(dos), "date"),
              "~SV1*HC:%s*%s*UN*1***1~" % (rc(CPT_EM), claim_amt())]
    return "x12-debug", parts


def fam_id_photo(m):
    """Identity-verification payload logged with the member's ID-card photo (rare)."""
    tick()
    return "idv-json", J([("ts", ts_iso_z()), ("level", "DEBUG"), ("svc", "idv-adapter"), ("msg", "outbound verify request"),
                          ("requestId", uuid4()), ("memberId", mid(m)), ("firstName", P(m["first"], "name")),
                          ("lastName", P(m["last"], "name")), ("dob", P(d_iso(m["dob"]), "date")),
                          ("selfie", P("data:image/jpeg;base64," + jpeg_b64(ri(420, 800)), "photo")),
                          ("vendor", "veridoc"), ("timeoutMs", 8000)])


def fam_card(m):
    tick()
    return "payments-kv", ["%s WARN  reimb-payments [%s] unmasked PAN in receipt OCR payload: member=" % (ts_iso_z(), uuid4()[:8]),
                           mid(m), " card=", P(m["card"], "account"), " exp=%02d/%02d merchant=\"%s\" amt=%s" % (
                               ri(1, 12), ri(25, 29), rc(["CVS/PHARMACY #0412", "SHELL OIL 5744", "UBER TRIP"]), claim_amt())]


def fam_device(m):
    tick()
    mac = ":".join("%02X" % ri(0, 255) for _ in range(6))
    return "dme-cloud-json", J([("timestamp", ts_iso_z()), ("source", "dme-telemetry-bridge"), ("level", "INFO"),
                                ("message", "device usage report ingested"), ("supplierNpi", PROVIDERS[3]["npi"]),
                                ("memberRef", mid(m)),
                                ("device", D([("model", rc(["AirSense 11", "DreamStation 2", "G7 CGM receiver"])),
                                              ("serial", P(rc(["23", "22"]) + digits(9), "device")), ("modemMac", P(mac, "device")),
                                              ("udi", P("(01)%s(17)%s(21)%s" % (gtin14(), rc(["261130", "270531"]), digits(8)), "device"))])),
                                ("usageHours30d", round(random.uniform(0, 40), 1)), ("complianceMet", False)])


FAMS = [  # (fn, total, with_phi)
    (fam_cms, 57, 22),
    (fam_rules, 58, 21),
    (fam_note, 50, 33),
    (fam_interview, 32, 19),
    (fam_records, 33, 17),
    (fam_lockin, 38, 18),
    (fam_hotline, 30, 15),
    (fam_sql, 45, 15),
    (fam_airflow, 48, 12),
    (fam_audit, 48, 16),
    (fam_nginx, 25, 13),
    (fam_x12, 20, 8),
]
SPECIAL = [("photo", 3), ("card", 3), ("device", 3), ("sqldetail", 3), ("voice", 2), ("mrn", 2)]  # PHI-only specials


def main():
    tasks = []
    for fn, tot, ph in FAMS:
        tasks += [(fn, True)] * ph + [(fn, False)] * (tot - ph)
    for kind, n in SPECIAL:
        tasks += [(kind, True)] * n
    assert len(tasks) == N_LINES, len(tasks)
    assert sum(1 for _, f in tasks if f) == N_PHI
    random.shuffle(tasks)
    out_log, out_lab = [], []
    for i, (fn, phi) in enumerate(tasks, 1):
        for attempt in range(50):
            if fn == "photo":
                fam, parts = fam_id_photo(pick_member())
            elif fn == "card":
                fam, parts = fam_card(pick_member())
            elif fn == "device":
                fam, parts = fam_device(pick_member())
            elif fn == "voice":
                fam, parts = fam_interview(True, 6)
            elif fn == "mrn":
                fam, parts = fam_records(True, 2)
            elif fn == "sqldetail":
                tick()
                fam, parts = fam_sql_detail(pick_member())
            else:
                fam, parts = fn(phi)
            line, spans = build(parts)
            if bool(spans) == phi:
                break
        else:
            raise AssertionError("could not build line %d" % i)
        out_log.append(line)
        out_lab.append(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"".join(l + b"\n" for l in out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(l + "\n" for l in out_lab))


if __name__ == "__main__":
    main()
