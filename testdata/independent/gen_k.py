#!/usr/bin/env python3
"""Deterministic generator for heldout corpus 'k': security / audit logs of a
healthcare company, labelled for PHI spans (UTF-8 byte offsets, end exclusive).

Standard library only.  Fixed seed.  Writes k.log and k.labels.jsonl next to
this file.  Every PHI value is inserted through a marker so that offsets are
computed from the composed line and asserted afterwards.
"""
import json
import os
import random
import re

SEED = 20240611
N_LINES = 500
NO_PHI_FRAC = 0.45
OUT_DIR = os.path.dirname(os.path.abspath(__file__))

R = random.Random(SEED)

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}

# ---------------------------------------------------------------- markers
MK_OPEN, MK_CLOSE = "\ue000", "\ue001"
MK_RE = re.compile(MK_OPEN + r"(\d+)" + MK_CLOSE)


class Ph:
    """Collects PHI values for one line; calling it returns a marker."""

    def __init__(self):
        self.vals = []

    def __call__(self, value, cat):
        assert cat in CATS, cat
        value = str(value)
        assert value and MK_OPEN not in value and MK_CLOSE not in value
        assert value == value.strip(), repr(value)
        self.vals.append((value, cat))
        return "%s%d%s" % (MK_OPEN, len(self.vals) - 1, MK_CLOSE)


def resolve(text, ph):
    """Replace markers by values, return (line, spans) with byte offsets."""
    out = []
    spans = []
    pos_b = 0
    last = 0
    used = set()
    for m in MK_RE.finditer(text):
        lit = text[last:m.start()]
        out.append(lit)
        pos_b += len(lit.encode("utf-8"))
        idx = int(m.group(1))
        assert idx not in used
        used.add(idx)
        val, cat = ph.vals[idx]
        vb = len(val.encode("utf-8"))
        spans.append({"s": pos_b, "e": pos_b + vb, "cat": cat, "_v": val})
        out.append(val)
        pos_b += vb
        last = m.end()
    out.append(text[last:])
    assert len(used) == len(ph.vals), "marker lost (escaped?) in: %r" % text
    line = "".join(out)
    assert "\n" not in line and "\r" not in line, repr(line)
    assert MK_OPEN not in line and MK_CLOSE not in line
    lb = line.encode("utf-8")
    prev_e = -1
    for sp in spans:
        assert lb[sp["s"]:sp["e"]].decode("utf-8") == sp["_v"], (line, sp)
        assert sp["s"] >= prev_e, "overlap"
        prev_e = sp["e"]
    return line, spans


def jd(obj):
    """Compact JSON like most shippers print it (non-ASCII kept)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def jds(obj):
    """JSON with ', ' / ': ' separators (python-ish / CloudTrail pretty-less)."""
    return json.dumps(obj, ensure_ascii=False)


# ---------------------------------------------------------------- pools
FIRST = [
    "Maria", "José", "Guadalupe", "Chinedu", "Ngozi", "Oluwaseun", "Thi Lan",
    "Minh", "Quang", "Wei", "Xiaoling", "Jian", "Priya", "Rajesh", "Ananya",
    "Sanjay", "Fatima", "Omar", "Yusuf", "Aaliyah", "Hana", "Seo-yeon",
    "Ji-ho", "Haruto", "Yuki", "Dmitri", "Svetlana", "Agnieszka", "Wojciech",
    "Siobhan", "Padraig", "Eleni", "Giorgos", "Ahmed", "Leila", "Farhan",
    "Kwame", "Abena", "Hodan", "Abdirahman", "Marisol", "Joaquín", "Björn",
    "Ingrid", "Zoë", "François", "Amélie", "Tomasz", "Rosa", "Dolores",
    "Tyrone", "Latoya", "Dakota", "Cheyenne", "Kalani", "Noelani", "Malia",
    "Arjun", "Deepika", "Nikhil", "Esperanza", "Teodoro", "Mehmet", "Ayşe",
    "Ruth", "Harold", "Beatrice", "Clarence", "Mildred", "Eugene", "Gladys",
    "Tuan", "Linh", "Mai", "Chidi", "Emeka", "Nkechi", "Luca", "Giulia",
    "Mateo", "Valentina", "Sione", "Leilani", "Bao", "Mei", "Kenji",
]
LAST = [
    "Gonzalez", "Hernández", "Okafor", "Adeyemi", "Nguyen", "Tran", "Pham",
    "Zhang", "Li", "Chen", "Patel", "Sharma", "Iyer", "Reddy", "Al-Sayed",
    "Haddad", "Khan", "Rahman", "Kim", "Park", "Choi", "Tanaka", "Sato",
    "Ivanov", "Petrova", "Kowalski", "Wiśniewska", "Nowak", "O'Brien",
    "MacGregor", "Papadopoulos", "Mensah", "Asante", "Warsame", "Abdi",
    "Lindqvist", "Johansson", "Dubois", "Lefèvre", "Rossi", "Esposito",
    "Washington", "Jefferson", "Begay", "Yazzie", "Kahananui", "Fonoti",
    "Smith", "Johnson", "Brown", "Miller", "Davis", "García", "Rodríguez",
    "Martínez", "López", "Schmidt", "Müller", "Yilmaz", "Demir", "Cohen",
    "Levi", "Silva", "Santos", "Ferreira", "Nwosu", "Eze", "Obi", "Baptiste",
    "Jean-Louis", "Delacroix", "Van der Berg", "Fitzgerald", "Kaur", "Singh",
]
MIDDLE_INIT = list("ABCDEFGHJKLMNPRSTW")

STAFF = [
    ("Karen", "Whitfield"), ("Rahul", "Mehta"), ("Susan", "Oyelaran"),
    ("David", "Kessler"), ("Lena", "Fischer"), ("Marcus", "Bell"),
    ("Yolanda", "Reyes"), ("Anh", "Vo"), ("Brian", "Osei"),
    ("Catherine", "Lund"), ("Pedro", "Albuquerque"), ("Grace", "Nakamura"),
    ("Tariq", "Hussain"), ("Emily", "Sorensen"), ("Kofi", "Boateng"),
]

STREETS = ["Maple", "Oak", "Cedar", "Elm", "Washington", "Lincoln", "Park",
           "Lakeview", "Hillcrest", "Sunset", "Magnolia", "Riverside",
           "Chestnut", "Pinecrest", "Dogwood", "Martin Luther King Jr",
           "Cesar Chavez", "Calle Real", "Wiltshire", "Ridgeway", "Harbor",
           "Birchwood", "Juniper", "Sycamore"]
SUFFIX = ["St", "Street", "Ave", "Avenue", "Rd", "Dr", "Blvd", "Ln", "Ct",
          "Way", "Pl", "Ter"]
# (city, state, zip prefix 3 digits)
CITIES = [("Worcester", "MA", "016"), ("Springfield", "IL", "627"),
          ("Dayton", "OH", "454"), ("Tucson", "AZ", "857"),
          ("Fresno", "CA", "937"), ("Lowell", "MA", "018"),
          ("Paterson", "NJ", "075"), ("Yonkers", "NY", "107"),
          ("Minneapolis", "MN", "554"), ("Sioux Falls", "SD", "571"),
          ("El Paso", "TX", "799"), ("Albuquerque", "NM", "871"),
          ("Gainesville", "FL", "326"), ("Savannah", "GA", "314"),
          ("Tacoma", "WA", "984"), ("Boise", "ID", "837"),
          ("Dearborn", "MI", "481"), ("Hialeah", "FL", "330"),
          ("Cedar Rapids", "IA", "524"), ("Lancaster", "PA", "176"),
          ("Providence", "RI", "029"), ("Flagstaff", "AZ", "860"),
          ("Honolulu", "HI", "968"), ("Burlington", "VT", "054")]
STATE_FULL = {"MA": "Massachusetts", "IL": "Illinois", "OH": "Ohio",
              "AZ": "Arizona", "CA": "California", "NJ": "New Jersey",
              "NY": "New York", "MN": "Minnesota", "SD": "South Dakota",
              "TX": "Texas", "NM": "New Mexico", "FL": "Florida",
              "GA": "Georgia", "WA": "Washington", "ID": "Idaho",
              "MI": "Michigan", "IA": "Iowa", "PA": "Pennsylvania",
              "RI": "Rhode Island", "HI": "Hawaii", "VT": "Vermont"}

EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
                 "icloud.com", "aol.com", "comcast.net", "protonmail.com",
                 "att.net", "verizon.net", "live.com", "me.com"]

CORP = "meridianhealth.org"
FACILITIES = ["Meridian General Hospital", "Meridian North Campus",
              "St. Brigid Medical Center", "Lakeshore Family Clinic",
              "Meridian Children's Pavilion", "Eastside Urgent Care"]
DEPTS = ["ED MAIN", "ICU 4W", "ONC INFUSION", "L&D", "BEHAV HLTH",
         "PEDS CLINIC", "CARDIOLOGY", "ORTHO", "RADIOLOGY", "HIM"]
ICD = ["E11.9", "I10", "J45.909", "F32.A", "Z79.4", "N18.3", "C50.911",
       "O80", "K21.9", "M54.5", "F41.1", "Z34.83"]
DRUGS = ["metformin 500 mg", "lisinopril 10 mg", "oxycodone 5 mg",
         "sertraline 50 mg", "apixaban 5 mg", "insulin glargine",
         "buprenorphine-naloxone 8-2 mg", "atorvastatin 40 mg"]

# ---------------------------------------------------------------- helpers
def pick(seq):
    return R.choice(seq)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def person():
    f = pick(FIRST)
    l = pick(LAST)
    return f, l


def staff():
    f, l = pick(STAFF)
    return f, l


def staff_user(style=None):
    f, l = staff()
    style = R.randrange(5) if style is None else style
    base = re.sub(r"[^a-z]", "", (f[0] + l).lower())
    if style == 0:
        return base + str(R.randint(1, 9))
    if style == 1:
        return "%s.%s" % (f.lower(), re.sub(r"[^a-z]", "", l.lower()))
    if style == 2:
        return "%s.%s@%s" % (f.lower(), re.sub(r"[^a-z]", "", l.lower()), CORP)
    if style == 3:
        return "MHS\\" + base
    return "E%06d" % R.randint(10000, 999999)


def ascii_fold(s):
    tbl = str.maketrans("áàâäãåéèêëíìîïóòôöõúùûüñçćłńśźżşğıøßæœÁÉÍÓÚÑÇŁŚŻÖÜ",
                        "aaaaaaeeeeiiiiooooouuuuncclnszzsgiobaoAEIOUNCLSZOU")
    s = s.translate(tbl)
    return s


def email_for(f, l):
    fa = re.sub(r"[^a-z]", "", ascii_fold(f).lower())
    la = re.sub(r"[^a-z]", "", ascii_fold(l).lower())
    style = R.randrange(6)
    if style == 0:
        u = "%s.%s" % (fa, la)
    elif style == 1:
        u = "%s%s%d" % (fa[0], la, R.randint(1, 99))
    elif style == 2:
        u = "%s_%s%d" % (fa, la, R.randint(1950, 2005))
    elif style == 3:
        u = "%s.%s%d" % (fa, la[0], R.randint(10, 999))
    elif style == 4:
        u = "%s%s" % (la, fa[:3])
    else:
        return "%s.%s+mychart@%s" % (fa, la, pick(EMAIL_DOMAINS))
    return "%s@%s" % (u, pick(EMAIL_DOMAINS))


def dob_tuple(min_age=1, max_age=88):
    y = 2024 - R.randint(min_age, max_age)
    m = R.randint(1, 12)
    d = R.randint(1, 28)
    return y, m, d


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
       "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July",
         "August", "September", "October", "November", "December"]


def fmt_date(t, style=None):
    y, m, d = t
    style = R.randrange(7) if style is None else style
    if style == 0:
        return "%04d-%02d-%02d" % (y, m, d)
    if style == 1:
        return "%02d/%02d/%04d" % (m, d, y)
    if style == 2:
        return "%d/%d/%04d" % (m, d, y)
    if style == 3:
        return "%02d-%s-%04d" % (d, MON[m - 1].upper(), y)
    if style == 4:
        return "%04d%02d%02d" % (y, m, d)
    if style == 5:
        return "%s %d, %04d" % (MONTH[m - 1], d, y)
    return "%02d%s%04d" % (d, MON[m - 1].upper(), y)


def recent_date():
    if R.random() < 0.5:
        return (2023, R.randint(1, 12), R.randint(1, 28))
    return (2024, R.randint(1, 5), R.randint(1, 28))


def date_pair():
    """Ordered (admission, discharge) date tuples."""
    a = recent_date()
    y, m, d = a
    d2 = d + R.randint(0, 9)
    m2 = m
    if d2 > 28:
        d2 -= 28
        m2 += 1
    if m2 > 12:
        m2 = 1
        y += 1
    return a, (y, m2, d2)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    return "%03d-%02d-%04d" % (a, g, s)


def ssn_plain():
    return ssn().replace("-", "")


def nanp(style=None):
    while True:
        npa = "%d%d%d" % (R.randint(2, 9), R.randint(0, 9), R.randint(0, 9))
        if npa[1:] != "11" and npa[:2] != "37" and npa[:2] != "96":
            break
    while True:
        nxx = "%d%d%d" % (R.randint(2, 9), R.randint(0, 9), R.randint(0, 9))
        if nxx[1:] != "11" and nxx != "555":
            break
    sub = digits(4)
    style = R.randrange(6) if style is None else style
    if style == 0:
        return "(%s) %s-%s" % (npa, nxx, sub)
    if style == 1:
        return "%s-%s-%s" % (npa, nxx, sub)
    if style == 2:
        return "+1%s%s%s" % (npa, nxx, sub)
    if style == 3:
        return "%s.%s.%s" % (npa, nxx, sub)
    if style == 4:
        return "+1 %s-%s-%s" % (npa, nxx, sub)
    return "%s%s%s" % (npa, nxx, sub)


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


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


def card(grouped=None):
    kind = R.randrange(4)
    if kind == 0:
        n = luhn_complete("4", 16)
    elif kind == 1:
        n = luhn_complete(str(R.randint(51, 55)), 16)
    elif kind == 2:
        n = luhn_complete(R.choice(["34", "37"]), 15)
    else:
        n = luhn_complete("6011", 16)
    assert luhn_ok(n)
    grouped = R.random() < 0.4 if grouped is None else grouped
    if grouped:
        if len(n) == 15:
            return "%s %s %s" % (n[:4], n[4:10], n[10:])
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def mrn():
    style = R.randrange(4)
    if style == 0:
        return digits(8)
    if style == 1:
        return "E" + digits(7)
    if style == 2:
        return "%07d" % R.randint(1000000, 9999999)
    return "MRN" + digits(9)


def fin():
    return digits(10)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed=None):
    a = MBI_ALPHA
    an = MBI_ALPHA + "0123456789"
    c = [str(R.randint(1, 9)), R.choice(a), R.choice(an), str(R.randint(0, 9)),
         R.choice(a), R.choice(an), str(R.randint(0, 9)), R.choice(a),
         R.choice(a), str(R.randint(0, 9)), str(R.randint(0, 9))]
    s = "".join(c)
    dashed = R.random() < 0.3 if dashed is None else dashed
    if dashed:
        return "%s-%s-%s" % (s[:4], s[4:7], s[7:])
    return s


def member_id():
    style = R.randrange(4)
    if style == 0:
        return R.choice(["XHM", "YLB", "ZGP", "JQK", "W2K"]) + digits(9)
    if style == 1:
        return "U" + digits(8) + "01"
    if style == 2:
        return digits(9) + "A"
    return "M" + digits(10)


def public_ip():
    while True:
        a = R.choice([24, 47, 50, 63, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75,
                      76, 96, 97, 98, 99, 104, 107, 108, 136, 142, 162, 166,
                      173, 174, 184, 206, 208, 209, 216])
        b, c, d = R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)
        return "%d.%d.%d.%d" % (a, b, c, d)


def public_ipv6():
    return "2600:%x:%x:%x:%x:%x:%x:%x" % tuple(R.randint(1, 0xffff)
                                               for _ in range(7))


def private_ip():
    k = R.randrange(3)
    if k == 0:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255),
                                R.randint(2, 254))
    if k == 1:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255),
                                 R.randint(2, 254))
    return "192.168.%d.%d" % (R.randint(0, 255), R.randint(2, 254))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16],
                                  R.choice("89ab"), h[17:20], h[20:32])


def ts_iso(ms=True, z=True):
    y, mo, d = 2024, R.randint(1, 6), R.randint(1, 28)
    h, mi, s = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    out = "%04d-%02d-%02dT%02d:%02d:%02d" % (y, mo, d, h, mi, s)
    if ms:
        out += ".%03d" % R.randint(0, 999)
    return out + ("Z" if z else "")


def ts_sp():
    return ts_iso(ms=False, z=False).replace("T", " ")


def epoch():
    return R.randint(1704067200, 1719791999)


def street_addr():
    num = R.randint(2, 9899)
    s = "%d %s %s" % (num, pick(STREETS), pick(SUFFIX))
    if R.random() < 0.2:
        s += R.choice([" Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD"),
                       " #%d" % R.randint(100, 999)])
    return s


def city_zip():
    c, st, zp = pick(CITIES)
    z = zp + "%02d" % R.randint(1, 99)
    if R.random() < 0.2:
        z += "-" + digits(4)
    return c, st, z


AWS_ACCT = ["418273645091", "902315476288", "137704229561"]
REGIONS = ["us-east-1", "us-east-2", "us-west-2"]


def ua():
    return pick([
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15",
        "MyMeridian/5.14.2 (iOS 17.2; iPhone14,5)",
        "okhttp/4.12.0",
    ])


def name_lf(f, l, upper=True, mi=None):
    mi = (R.random() < 0.4) if mi is None else mi
    s = "%s,%s" % (l, f)
    if mi:
        s += " " + pick(MIDDLE_INIT)
    return s.upper() if upper else s


# ================================================================ families
# Each family function takes (P, phi) and returns the line text with markers.
# When phi is False it must not call P.

def f_epic_access(P, phi):
    """Epic-style Access Log export row (pipe delimited, as exported from the
    Access Log / audit trail report)."""
    t = "%s %02d:%02d:%02d" % (fmt_date(recent_date(), 1), R.randint(0, 23),
                               R.randint(0, 59), R.randint(0, 59))
    user = staff_user(0).upper()
    ws = "WKS%s%04d" % (R.choice(["ED", "IC", "OR", "HI", "CL"]),
                         R.randint(1, 9999))
    action = pick(["MR_CHART_REVIEW", "MR_REPORTS", "MR_DEMOGRAPHICS",
                   "MR_MEDS_ADMIN", "PRINT_AVS", "MR_NOTES_VIEW",
                   "EPT_PATIENT_LOOKUP", "CHART_SEARCH"])
    dep = pick(DEPTS)
    if phi:
        f, l = person()
        pat = P(name_lf(f, l), "name")
        m = P(mrn(), "mrn")
        extra = ""
        r = R.random()
        if r < 0.3:
            extra = "|DOB=" + P(fmt_date(dob_tuple(), 1), "date")
        elif r < 0.45:
            extra = "|AGE=" + P(str(R.randint(90, 103)), "age")
        elif r < 0.55:
            extra = "|AGE=%d" % R.randint(18, 89)
        elif r < 0.7:
            extra = "|CVG=" + P(member_id(), "health_plan")
        return "%s|PRD|ACCESS_LOG|USER=%s|WS=%s|PAT=%s|MRN=%s%s|ACTION=%s|DEP=%s|METRIC=%d" % (
            t, user, ws, pat, m, extra, action, dep, R.randint(1, 40))
    return "%s|PRD|ACCESS_LOG|USER=%s|WS=%s|PAT_ID=Z%d|AGE=%d|ACTION=%s|DEP=%s|METRIC=%d|CSN=%d" % (
        t, user, ws, R.randint(100000, 999999), R.randint(0, 89), action, dep, R.randint(1, 40),
        R.randint(10 ** 9, 10 ** 10 - 1))


def f_ehr_view_msg(P, phi):
    """Free-text application audit message."""
    t = ts_iso()
    u = staff_user(R.choice([0, 1, 2]))
    host = "ehr-app%02d.prod.%s" % (R.randint(1, 12), CORP)
    if phi:
        f, l = person()
        k = R.randrange(4)
        if k == 0:
            return "%s INFO  [%s] AuditService - user %s viewed chart of patient %s (MRN %s) in context %s" % (
                t, host, u, P("%s %s" % (f, l), "name"), P(mrn(), "mrn"), pick(DEPTS))
        if k == 1:
            return "%s [audit] user=%s action=VIEW resource=Patient/%s patientName=\"%s\" dob=%s outcome=0 facility=\"%s\"" % (
                t, u, R.randint(100000, 9999999), P("%s %s" % (f, l), "name"),
                P(fmt_date(dob_tuple(), 0), "date"), pick(FACILITIES))
        if k == 2:
            return "%s WARN chart-access: %s opened encounter FIN %s for %s, admitted %s, %s" % (
                t, u, P(fin(), "other_id"), P(name_lf(f, l, upper=False, mi=False), "name"),
                P(fmt_date(recent_date(), 1), "date"), pick(DEPTS))
        age = R.randint(90, 104)
        return "%s INFO ChartAudit: %s printed face sheet for %s, %s yo, MRN:%s" % (
            t, u, P("%s %s" % (f, l), "name"), P(str(age), "age"), P(mrn(), "mrn"))
    k = R.randrange(3)
    if k == 0:
        return "%s INFO  [%s] AuditService - user %s viewed chart of patient id %d (internal) in context %s; latency_ms=%d" % (
            t, host, u, R.randint(100000, 9999999), pick(DEPTS), R.randint(3, 900))
    if k == 1:
        return "%s [audit] user=%s action=SEARCH resource=Patient count=%d outcome=0 age_filter=%d-%d facility=\"%s\"" % (
            t, u, R.randint(0, 50), R.randint(18, 40), R.randint(41, 65), pick(FACILITIES))
    return "%s INFO ChartAudit: %s signed note id=%d dx=%s order=%s" % (
        t, u, R.randint(10 ** 6, 10 ** 7), pick(ICD), pick(DRUGS))


def f_vpc_flow(P, phi):
    """VPC flow log v2 default format (never PHI)."""
    assert not phi
    src, dst = private_ip(), private_ip()
    if R.random() < 0.3:
        dst = R.choice(["52.94.%d.%d", "3.5.%d.%d", "13.107.%d.%d"]) % (
            R.randint(0, 255), R.randint(1, 254))
    st = epoch()
    return "2 %s eni-%s %s %s %d %d %d %d %d %d %d %s %s" % (
        pick(AWS_ACCT), hexs(17), src, dst, R.choice([443, 5432, 3306, 8080, 22]),
        R.randint(32768, 65535), R.choice([6, 6, 17]), R.randint(1, 400),
        R.randint(40, 900000), st, st + 60, R.choice(["ACCEPT", "REJECT"]), "OK")


def f_cloudtrail(P, phi):
    """AWS CloudTrail record, one JSON object per line."""
    acct = pick(AWS_ACCT)
    region = pick(REGIONS)
    role = pick(["intake-processor", "portal-api", "claims-etl", "ehr-bridge"])
    ident = {
        "type": "AssumedRole",
        "principalId": "AROA%s:%s" % (hexs(16).upper(), "i-0" + hexs(16)),
        "arn": "arn:aws:sts::%s:assumed-role/%s/i-0%s" % (acct, role, hexs(16)),
        "accountId": acct,
        "sessionContext": {"sessionIssuer": {"type": "Role",
                                             "arn": "arn:aws:iam::%s:role/%s" % (acct, role),
                                             "userName": role}},
    }
    base = {"eventVersion": "1.09", "userIdentity": ident,
            "eventTime": ts_iso(ms=False)}
    if phi:
        k = R.randrange(4)
        if k == 0:
            f, l = person()
            y = dob_tuple()
            fn = "%s_%s" % (ascii_fold(l).replace(" ", "").replace("'", ""),
                            ascii_fold(f).replace(" ", ""))
            key = "intake/%d/%02d/%s_%s_%s" % (2024, R.randint(1, 6),
                                                P(fn, "name"),
                                                P(fmt_date(y, 4), "date"),
                                                pick(["insurance_card.pdf", "consent.pdf",
                                                      "referral.tiff", "id_front.jpg"]))
            base.update({"eventSource": "s3.amazonaws.com", "eventName": "GetObject",
                         "awsRegion": region, "sourceIPAddress": "s3.amazonaws.com" if R.random() < 0.2 else private_ip(),
                         "userAgent": "[aws-sdk-java/2.21.10 Linux/5.10.205]",
                         "requestParameters": {"bucketName": "mhs-intake-docs-prod",
                                               "Host": "mhs-intake-docs-prod.s3.%s.amazonaws.com" % region,
                                               "key": key},
                         "responseElements": None})
        elif k == 1:
            keyname = pick(["patient_ssn", "ssn", "pk"])
            v = ssn() if keyname != "pk" else "SSN#" + ssn_plain()
            if keyname == "pk":
                kv = "SSN#" + P(v[4:], "ssn")
            else:
                kv = P(v, "ssn")
            base.update({"eventSource": "dynamodb.amazonaws.com", "eventName": "GetItem",
                         "awsRegion": region, "sourceIPAddress": private_ip(),
                         "userAgent": "aws-sdk-js/3.454.0",
                         "requestParameters": {"tableName": "PatientIdentity",
                                               "key": {keyname: {"S": kv}},
                                               "consistentRead": False},
                         "responseElements": None})
        elif k == 2:
            f, l = person()
            attrs = [{"name": "email", "value": P(email_for(f, l), "email")},
                     {"name": "phone_number", "value": P(nanp(2), "phone")},
                     {"name": "given_name", "value": P(f, "name")},
                     {"name": "family_name", "value": P(l, "name")}]
            if R.random() < 0.5:
                attrs.append({"name": "birthdate", "value": P(fmt_date(dob_tuple(), 0), "date")})
            if R.random() < 0.5:
                attrs.append({"name": "custom:member_id", "value": P(member_id(), "health_plan")})
            if R.random() < 0.3:
                attrs.append({"name": "address", "value": P(street_addr(), "address")})
            base.update({"eventSource": "cognito-idp.amazonaws.com",
                         "eventName": "AdminUpdateUserAttributes",
                         "awsRegion": region, "sourceIPAddress": private_ip(),
                         "userAgent": "aws-sdk-go-v2/1.24.0",
                         "requestParameters": {"userPoolId": "%s_%s" % (region, hexs(9)),
                                               "username": uuid4(),
                                               "userAttributes": attrs},
                         "responseElements": None})
        else:
            m = mrn()
            base.update({"eventSource": "dynamodb.amazonaws.com", "eventName": "PutItem",
                         "awsRegion": region, "sourceIPAddress": private_ip(),
                         "userAgent": "Boto3/1.34.11 Python/3.11.7",
                         "requestParameters": {"tableName": "PortalMemberLink",
                                               "item": {"mrn": {"S": P(m, "mrn")},
                                                        "memberId": {"S": P(member_id(), "health_plan")},
                                                        "linkedAt": {"N": str(epoch())}}},
                         "responseElements": None})
    else:
        k = R.randrange(3)
        if k == 0:
            base.update({"eventSource": "s3.amazonaws.com", "eventName": "PutObject",
                         "awsRegion": region, "sourceIPAddress": private_ip(),
                         "userAgent": "[aws-cli/2.15.10]",
                         "requestParameters": {"bucketName": "mhs-app-logs-prod",
                                               "key": "alb/AWSLogs/%s/elasticloadbalancing/%s/2024/03/%02d/%s_elasticloadbalancing_%s_app.portal-alb.%s_20240314T0915Z_%s_%s.log.gz" % (
                                                   acct, region, R.randint(1, 28), acct, region, hexs(16), private_ip(), hexs(8))},
                         "responseElements": None})
        elif k == 1:
            base.update({"eventSource": "sts.amazonaws.com", "eventName": "AssumeRole",
                         "awsRegion": region, "sourceIPAddress": "ec2.amazonaws.com",
                         "userAgent": "ec2.amazonaws.com",
                         "requestParameters": {"roleArn": "arn:aws:iam::%s:role/%s" % (acct, role),
                                               "roleSessionName": "i-0" + hexs(16),
                                               "durationSeconds": 3600},
                         "responseElements": {"credentials": {"accessKeyId": "ASIA" + hexs(16).upper(),
                                                              "expiration": "Mar %d, 2024, 10:%02d:00 PM" % (R.randint(1, 28), R.randint(0, 59))}}})
        else:
            base.update({"eventSource": "kms.amazonaws.com", "eventName": "Decrypt",
                         "awsRegion": region, "sourceIPAddress": private_ip(),
                         "userAgent": "aws-internal/3",
                         "requestParameters": {"encryptionContext": {"aws:dynamodb:tableName": "PatientIdentity",
                                                                     "aws:dynamodb:subscriberId": acct},
                                               "encryptionAlgorithm": "SYMMETRIC_DEFAULT"},
                         "responseElements": None,
                         "resources": [{"accountId": acct, "type": "AWS::KMS::Key",
                                        "ARN": "arn:aws:kms:%s:%s:key/%s" % (region, acct, uuid4())}]})
    base.update({"requestID": uuid4() if R.random() < 0.5 else hexs(16).upper(),
                 "eventID": uuid4(), "readOnly": base.get("eventName", "").startswith(("Get", "Describe", "Decrypt")),
                 "eventType": "AwsApiCall", "managementEvent": base["eventSource"] in ("sts.amazonaws.com", "kms.amazonaws.com", "cognito-idp.amazonaws.com"),
                 "recipientAccountId": acct, "eventCategory": "Management" if base["eventSource"] != "s3.amazonaws.com" else "Data"})
    return jd(base)



def staff_full():
    f, l = staff()
    return f, l


def f_cerner_csv(P, phi):
    """Cerner Millennium-style audit export (CSV, quoted)."""
    t = "%s %02d:%02d:%02d" % (fmt_date(recent_date(), 0), R.randint(0, 23),
                               R.randint(0, 59), R.randint(0, 59))
    sf, sl = staff_full()
    prsnl = "%s, %s %s" % (sl, sf, pick(["RN", "MD", "PA-C", "CNA", "RT", "Clerk"]))
    prsnl_id = str(R.randint(1000000, 19999999))
    app = pick(["PowerChart", "FirstNet", "SurgiNet", "PowerChart Maternity",
                "RevenueCycle", "HIM Chart Tracking"])
    evt = pick(["Patient Chart Opened", "Query Patient", "Print Document",
                "View Clinical Note", "Demographics Modify", "Medication Administration"])
    pid = str(R.randint(10000000, 99999999))
    if phi:
        f, l = person()
        cols = ['"%s"' % t, prsnl_id, '"%s"' % prsnl, '"%s"' % app, '"%s"' % evt,
                pid, '"%s"' % P("%s, %s" % (l, f), "name"), '"%s"' % P(mrn(), "mrn"),
                '"%s"' % P(fin(), "other_id")]
        if R.random() < 0.5:
            cols.append('"%s"' % P(fmt_date(dob_tuple(), 1), "date"))
        else:
            cols.append('""')
        cols.append('"%s"' % pick(FACILITIES))
        return ",".join(cols)
    return ",".join(['"%s"' % t, prsnl_id, '"%s"' % prsnl, '"%s"' % app, '"%s"' % evt,
                     pid, '""', '""', '""', '""', '"%s"' % pick(FACILITIES)])


def xpn(f, l, mi=None):
    mi = (R.random() < 0.5) if mi is None else mi
    s = "%s^%s" % (l.upper(), f.upper())
    if mi:
        s += "^" + pick(MIDDLE_INIT)
    return s


def f_cerner_pipe(P, phi):
    """Cerner-style audit row, pipe delimited with HL7-ish components."""
    t = "%04d%02d%02d%02d%02d%02d" % (2024, R.randint(1, 6), R.randint(1, 28),
                                       R.randint(0, 23), R.randint(0, 59), R.randint(0, 59))
    sf, sl = staff()
    prsnl = "%d^%s^%s" % (R.randint(100000, 9999999), sl.upper(), sf.upper())
    evt = pick(["QUERY_PERSON", "CHART_ACCESS", "ORDER_VIEW", "RESULT_VIEW",
                "DOC_PRINT", "ENCNTR_MODIFY"])
    if phi:
        f, l = person()
        parts = ["AUDIT", t, "P2SENT", evt, "SUCCESS", "prsnl=" + prsnl,
                 "person=%d^%s" % (R.randint(1000000, 99999999), P(xpn(f, l), "name")),
                 "mrn=" + P(mrn(), "mrn")]
        k = R.randrange(3)
        if k == 0:
            parts.append("dob=" + P(fmt_date(dob_tuple(), 4), "date"))
        elif k == 1:
            a, b = date_pair()
            parts.append("reg_dt=%s;disch_dt=%s" % (P(fmt_date(a, 4), "date"),
                                                     P(fmt_date(b, 4), "date")))
        else:
            parts.append("ssn=" + P(ssn_plain(), "ssn"))
        parts.append("wks=%s" % private_ip())
        return "|".join(parts)
    return "|".join(["AUDIT", t, "P2SENT", evt, "SUCCESS", "prsnl=" + prsnl,
                     "person_id=%d" % R.randint(1000000, 99999999),
                     "encntr_id=%d" % R.randint(10 ** 8, 10 ** 9),
                     "wks=%s" % private_ip()])


def f_btg(P, phi):
    """Break-the-glass / privacy-monitoring alerts."""
    t = ts_iso(ms=False)
    u = staff_user(0).upper()
    if phi:
        f, l = person()
        k = R.randrange(4)
        if k == 0:
            return "%s BTG_ALERT sev=HIGH user=%s patient=\"%s\" mrn=%s reason=\"%s\" restriction=%s dept=\"%s\"" % (
                t, u, P(name_lf(f, l, mi=False).replace(",", ", "), "name"), P(mrn(), "mrn"),
                pick(["Emergency care - pt unresponsive", "Direct patient care",
                      "Covering for attending", "Other: see comment"]),
                pick(["VIP", "EMPLOYEE", "CONFIDENTIAL_BH", "SENSITIVE_HIV"]), pick(DEPTS))
        if k == 1:
            sf, sl = staff()
            rel_f = pick(FIRST)
            return "%s privacy-monitor: ALERT FamilyMemberAccess employee=\"%s %s\" (%s) accessed record of \"%s %s\" MRN %s; match=shared_last_name,shared_address addr=\"%s\"" % (
                t, sf, sl, u, P(rel_f, "name"), P(sl, "name"), P(mrn(), "mrn"),
                P(street_addr(), "address"))
        if k == 2:
            age = R.randint(90, 107)
            return "[%s] BreakTheGlass: user %s overrode restricted chart for %s (age %s, DOB %s) - justification: \"%s\"" % (
                t, u, P("%s %s" % (f, l), "name"), P(str(age), "age"),
                P(fmt_date(dob_tuple(90, 103), 5), "date"),
                pick(["Hospice consult", "Rapid response", "Pharmacy verification"]))
        sf, sl = staff()
        return "%s privacy-monitor: ALERT CoworkerAccess employee=%s viewed chart of coworker-patient %s, phone on file %s, visit %s" % (
            t, u, P("%s %s" % (f, l), "name"), P(nanp(), "phone"),
            P(fmt_date(recent_date(), 1), "date"))
    k = R.randrange(2)
    if k == 0:
        return "%s BTG_ALERT sev=LOW user=%s patient_id=%d reason=\"Direct patient care\" restriction=NONE review_status=closed reviewer=%s" % (
            t, u, R.randint(10 ** 6, 10 ** 8), staff_user(1))
    return "%s privacy-monitor: daily summary alerts=%d closed=%d escalated=%d model=v%d.%d.%d" % (
        t, R.randint(0, 90), R.randint(0, 80), R.randint(0, 5), R.randint(1, 4),
        R.randint(0, 20), R.randint(0, 9))


def qenc(s):
    """application/x-www-form-urlencoded style encoding (space -> +)."""
    out = []
    for ch in s:
        if ch.isalnum() and ord(ch) < 128 or ch in "-_.~":
            out.append(ch)
        elif ch == " ":
            out.append("+")
        else:
            out.append("".join("%%%02X" % b for b in ch.encode("utf-8")))
    return "".join(out)


def f_alb(P, phi):
    """AWS ALB access log entry."""
    acct = pick(AWS_ACCT)
    region = pick(REGIONS)
    t = ts_iso(ms=False)[:-1] + ".%06dZ" % R.randint(0, 999999)
    target = "%s:%d" % (private_ip(), 8080)
    host = pick(["portal.meridianhealth.org", "api.meridianhealth.org",
                 "billing.meridianhealth.org"])
    rid = "Root=1-%s-%s" % (hexs(8), hexs(24))
    tg = "arn:aws:elasticloadbalancing:%s:%s:targetgroup/portal-tg/%s" % (region, acct, hexs(16))
    if phi:
        client = P(public_ip(), "ip") + ":%d" % R.randint(1024, 65535)
        f, l = person()
        k = R.randrange(4)
        if k == 0:
            path = "/api/v1/patients/search?lastName=%s&firstName=%s&dob=%s" % (
                P(qenc(l), "name"), P(qenc(f), "name"), P(fmt_date(dob_tuple(), 0), "date"))
        elif k == 1:
            path = "/mychart/Authentication/Login?username=%s&ReturnUrl=%%2Fmychart%%2FHome" % (
                P(qenc(email_for(f, l)), "email"),)
        elif k == 2:
            path = "/billing/pay?acct=%s&amount=%d.%02d&cardLast4=%s" % (
                P(digits(10), "account"), R.randint(10, 900), R.randint(0, 99), digits(4))
        else:
            path = "/api/v1/appointments/reminder?phone=%s&name=%s" % (
                P(qenc(nanp(2)), "phone"), P(qenc("%s %s" % (f, l)), "name"))
        meth = "GET"
        code = pick(["200", "200", "302", "401"])
    else:
        if R.random() < 0.5:
            client = "%s:%d" % (private_ip(), R.randint(1024, 65535))
            path = "/healthz"
            meth = "GET"
        else:
            client = "%s:%d" % (private_ip(), R.randint(1024, 65535))
            path = pick(["/static/js/main.%s.js" % hexs(8), "/api/v1/sessions/%s" % uuid4(),
                         "/api/v1/appointments?page=%d&size=25" % R.randint(1, 9),
                         "/mychart/Scripts/jquery-3.7.1.min.js"])
            meth = "POST" if path.startswith("/api/v1/sessions") else "GET"
        code = pick(["200", "200", "204", "404"])
    alb = "portal-alb" if phi else pick(["internal-ehr-alb", "internal-api-alb"])
    return '%s %s app/%s/%s %s %s %.3f %.3f %.3f %s %s %d %d "%s https://%s:443%s HTTP/1.1" "%s" ECDHE-RSA-AES128-GCM-SHA256 TLSv1.2 %s "%s" "%s" "arn:aws:acm:%s:%s:certificate/%s" 0 %s "forward" "-" "-" "%s" "%s" "-" "-"' % (
        "https", t, alb, hexs(16), client, target, R.random() / 100, R.random() / 10, 0.0,
        code, code, R.randint(200, 2000), R.randint(200, 90000), meth, host, path,
        ua() if not path.startswith("/healthz") else "ELB-HealthChecker/2.0", tg, rid, host, region, acct, uuid4(),
        t, target, code)


def f_waf(P, phi):
    """AWS WAF v2 log record."""
    acct = pick(AWS_ACCT)
    region = pick(REGIONS)
    headers = [{"name": "Host", "value": "portal.meridianhealth.org"},
               {"name": "User-Agent", "value": ua()},
               {"name": "Accept", "value": "*/*"}]
    rule = pick(["AWS-AWSManagedRulesSQLiRuleSet", "AWS-AWSManagedRulesCommonRuleSet",
                 "RateLimit-Login", "Default_Action", "GeoBlock-NonUS"])
    rec = {"timestamp": epoch() * 1000 + R.randint(0, 999), "formatVersion": 1,
           "webaclId": "arn:aws:wafv2:%s:%s:regional/webacl/portal-acl/%s" % (region, acct, uuid4()),
           "terminatingRuleId": rule,
           "terminatingRuleType": "MANAGED_RULE_GROUP" if rule.startswith("AWS") else "REGULAR",
           "action": "ALLOW" if rule == "Default_Action" else "BLOCK",
           "terminatingRuleMatchDetails": [], "httpSourceName": "ALB",
           "httpSourceId": "%s-app/portal-alb/%s" % (acct, hexs(16)),
           "ruleGroupList": [], "rateBasedRuleList": [], "nonTerminatingMatchingRules": [],
           "requestHeadersInserted": None, "responseCodeSent": None}
    if phi:
        f, l = person()
        k = R.randrange(4)
        if k == 0:
            args = "email=%s&dob=%s" % (P(qenc(email_for(f, l)), "email"),
                                        P(qenc(fmt_date(dob_tuple(), 1)), "date"))
            uri = "/api/v2/patient/lookup"
        elif k == 1:
            args = "q=%s%%27%%20OR%%201%%3D1--&mrn=%s" % (P(qenc(l), "name"), P(mrn(), "mrn"))
            uri = "/api/v2/records/search"
        elif k == 2:
            args = "memberId=%s&zip=%s" % (P(member_id(), "health_plan"),
                                            P(city_zip()[2][:5], "zip"))
            uri = "/api/v2/eligibility"
        else:
            args = "ssn_last4=%s&name=%s" % (digits(4), P(qenc("%s %s" % (f, l)), "name"))
            uri = "/api/v2/account/recover"
            headers.append({"name": "Referer", "value": "https://portal.meridianhealth.org/recover"})
        client = P(public_ip() if R.random() < 0.85 else public_ipv6(), "ip")
    else:
        uri = pick(["/wp-login.php", "/.env", "/api/v2/health", "/mychart/Home",
                    "/cgi-bin/luci/;stok=/locale", "/api/v2/appointments"])
        args = pick(["", "", "page=2", "id=1%27%20UNION%20SELECT%20NULL--", "v=%s" % hexs(7)])
        client = private_ip()
    rec["httpRequest"] = {"clientIp": client, "country": "US", "headers": headers,
                          "uri": uri, "args": args, "httpVersion": "HTTP/2.0",
                          "httpMethod": pick(["GET", "POST"]),
                          "requestId": "1-%s-%s" % (hexs(8), hexs(24))}
    return jd(rec)


def fnp(s):
    """Name fragment as it appears in file names (no spaces/apostrophes)."""
    return re.sub(r"[^A-Za-z-]", "", ascii_fold(s))


def geo_ctx(P, phi):
    c, st, z = city_zip()
    if phi:
        return {"city": P(c, "address"), "state": STATE_FULL[st],
                "country": "United States", "postalCode": P(z[:5], "zip")}
    return {"city": "Boston", "state": "Massachusetts", "country": "United States",
            "postalCode": None}


def okta_id():
    return "00u" + "".join(R.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(17))


def f_okta(P, phi):
    """Okta System Log event (patient portal org and workforce org)."""
    rid = "".join(R.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(27))
    ev = {"actor": None, "client": None, "device": None,
          "authenticationContext": {"authenticationProvider": None, "credentialProvider": None,
                                    "credentialType": None, "issuer": None, "interface": None,
                                    "authenticationStep": 0,
                                    "externalSessionId": "102" + hexs(22)},
          "displayMessage": None, "eventType": None,
          "outcome": {"result": "SUCCESS", "reason": None},
          "published": ts_iso(), "securityContext": {}, "severity": "INFO",
          "debugContext": {"debugData": {"requestId": rid, "requestUri": "/api/v1/authn",
                                         "url": "/api/v1/authn?"}},
          "legacyEventType": None, "transaction": {"type": "WEB", "id": rid, "detail": {}},
          "uuid": uuid4(), "version": "0", "request": {"ipChain": []}, "target": None}
    if phi:
        f, l = person()
        em = email_for(f, l)
        k = R.randrange(3)
        if k == 2:
            sf, sl = staff()
            ev["actor"] = {"id": okta_id(), "type": "User",
                           "alternateId": "%s.%s@%s" % (sf.lower(), re.sub(r"[^a-z]", "", sl.lower()), CORP),
                           "displayName": "%s %s" % (sf, sl), "detailEntry": None}
            ev["client"] = {"userAgent": {"rawUserAgent": ua(), "os": "Windows 10", "browser": "CHROME"},
                            "zone": "Corporate", "device": "Computer", "id": None,
                            "ipAddress": private_ip(),
                            "geographicalContext": {"city": None, "state": None, "country": None, "postalCode": None}}
            ev["displayMessage"] = "Create Okta user"
            ev["eventType"] = "user.lifecycle.create"
            ev["legacyEventType"] = "core.user.config.user_creation.success"
            ev["debugContext"]["debugData"]["requestUri"] = "/api/v1/users"
            ev["debugContext"]["debugData"]["url"] = "/api/v1/users?activate=true"
            ev["target"] = [{"id": okta_id(), "type": "User", "alternateId": P(em, "email"),
                             "displayName": P("%s %s" % (f, l), "name"),
                             "detailEntry": {"mobilePhone": P(nanp(1), "phone")} if R.random() < 0.6 else None}]
            ev["request"]["ipChain"] = [{"ip": ev["client"]["ipAddress"], "geographicalContext": None,
                                         "version": "V4", "source": None}]
            return jd(ev)
        ipv = public_ip()
        c, st, z = city_zip()
        actor = {"id": okta_id(), "type": "User", "alternateId": P(em, "email"),
                 "displayName": P("%s %s" % (f, l), "name"), "detailEntry": None}
        ev["actor"] = actor
        ev["client"] = {"userAgent": {"rawUserAgent": ua(), "os": "iOS", "browser": "MOBILE_SAFARI"},
                        "zone": "null", "device": "Mobile", "id": None,
                        "ipAddress": P(ipv, "ip"),
                        "geographicalContext": {"city": P(c, "address"), "state": STATE_FULL[st],
                                                "country": "United States", "postalCode": P(z[:5], "zip")}}
        ev["securityContext"] = {"asNumber": 7922, "asOrg": "comcast", "isp": "comcast cable communications llc",
                                 "domain": "comcast.net", "isProxy": False}
        if k == 0:
            ev["displayMessage"] = "User login to Okta"
            ev["eventType"] = "user.session.start"
            ev["legacyEventType"] = "core.user_auth.login_success"
        else:
            ev["displayMessage"] = "Send SMS verification message"
            ev["eventType"] = "system.sms.send_factor_verify_message"
            ev["debugContext"]["debugData"]["phoneNumber"] = P(nanp(2), "phone")
            ev["debugContext"]["debugData"]["smsProvider"] = "TWILIO"
            ev["target"] = [{"id": okta_id(), "type": "User", "alternateId": P(em, "email"),
                             "displayName": P("%s %s" % (f, l), "name"), "detailEntry": None}]
        ev["request"]["ipChain"] = [{"ip": P(ipv, "ip"),
                                     "geographicalContext": {"city": P(c, "address"), "state": STATE_FULL[st],
                                                             "country": "United States", "postalCode": P(z[:5], "zip")},
                                     "version": "V4", "source": None}]
        return jd(ev)
    sf, sl = staff()
    ev["actor"] = {"id": okta_id(), "type": "User",
                   "alternateId": "%s.%s@%s" % (sf.lower(), re.sub(r"[^a-z]", "", sl.lower()), CORP),
                   "displayName": "%s %s" % (sf, sl), "detailEntry": None}
    ev["client"] = {"userAgent": {"rawUserAgent": ua(), "os": "Windows 10", "browser": "CHROME"},
                    "zone": "Corporate", "device": "Computer", "id": None,
                    "ipAddress": private_ip(), "geographicalContext": geo_ctx(P, False)}
    k = R.randrange(3)
    ev["eventType"] = ["user.session.start", "user.authentication.auth_via_mfa",
                       "policy.evaluate_sign_on"][k]
    ev["displayMessage"] = ["User login to Okta", "Authentication of user via MFA",
                            "Evaluation of sign-on policy"][k]
    ev["request"]["ipChain"] = [{"ip": ev["client"]["ipAddress"], "geographicalContext": None,
                                 "version": "V4", "source": None}]
    return jd(ev)


def f_azure(P, phi):
    """Entra ID (Azure AD B2C) SignInLogs / AuditLogs via diagnostic settings."""
    tenant = "6f1c2e4a-%s-4b1d-9c3e-%s" % (hexs(4), hexs(12))
    t = ts_iso(ms=False)[:-1] + ".%07dZ" % R.randint(0, 9999999)
    if phi:
        f, l = person()
        ipv = public_ip()
        c, st, z = city_zip()
        k = R.randrange(2)
        upn = email_for(f, l)
        if k == 0:
            props = {"id": uuid4(), "createdDateTime": t,
                     "userDisplayName": P("%s %s" % (f, l), "name"),
                     "userPrincipalName": P(upn, "email"), "userId": uuid4(),
                     "appId": uuid4(), "appDisplayName": "Meridian Patient Portal",
                     "ipAddress": P(ipv, "ip"), "clientAppUsed": "Browser",
                     "conditionalAccessStatus": "notApplied",
                     "status": {"errorCode": pick([0, 0, 50126, 50074]), "failureReason": "Other."},
                     "location": {"city": P(c, "address"), "state": STATE_FULL[st], "countryOrRegion": "US"},
                     "mfaDetail": {"authMethod": "Text message",
                                   "authDetail": "+1 XXXXXXX%s" % digits(2)}}
            rec = {"time": t, "resourceId": "/tenants/%s/providers/Microsoft.aadiam" % tenant,
                   "operationName": "Sign-in activity", "operationVersion": "1.0",
                   "category": "SignInLogs", "resultType": str(props["status"]["errorCode"]),
                   "callerIpAddress": P(ipv, "ip"), "correlationId": uuid4(),
                   "identity": P("%s %s" % (f, l), "name"), "Level": 4, "location": "US",
                   "properties": props}
            return jd(rec)
        sf, sl = staff()
        mods = [{"displayName": "DisplayName", "oldValue": "[]", "newValue": "[\"%s\"]" % P("%s %s" % (f, l), "name")},
                {"displayName": "Mobile", "oldValue": "[]", "newValue": "[\"%s\"]" % P(nanp(4), "phone")},
                {"displayName": "StreetAddress", "oldValue": "[]", "newValue": "[\"%s\"]" % P(street_addr(), "address")},
                {"displayName": "PostalCode", "oldValue": "[]", "newValue": "[\"%s\"]" % P(z, "zip")}]
        rec = {"time": t, "resourceId": "/tenants/%s/providers/Microsoft.aadiam" % tenant,
               "operationName": "Add user", "category": "AuditLogs", "resultType": "",
               "Level": 4, "properties": {
                   "id": "Directory_%s_%s" % (uuid4(), hexs(5).upper()),
                   "category": "UserManagement", "activityDisplayName": "Add user",
                   "loggedByService": "Core Directory", "result": "success",
                   "initiatedBy": {"user": {"userPrincipalName": "%s.%s@%s" % (sf.lower(), re.sub(r"[^a-z]", "", sl.lower()), CORP),
                                            "ipAddress": private_ip()}},
                   "targetResources": [{"id": uuid4(), "type": "User",
                                        "userPrincipalName": P(upn, "email"),
                                        "modifiedProperties": mods}]}}
        return jd(rec)
    sf, sl = staff()
    props = {"id": uuid4(), "createdDateTime": t, "userDisplayName": "%s %s" % (sf, sl),
             "userPrincipalName": "%s.%s@%s" % (sf.lower(), re.sub(r"[^a-z]", "", sl.lower()), CORP),
             "userId": uuid4(), "appId": uuid4(),
             "appDisplayName": pick(["Epic Hyperspace", "Microsoft Teams", "Workday", "ServiceNow"]),
             "ipAddress": private_ip(), "clientAppUsed": "Mobile Apps and Desktop clients",
             "conditionalAccessStatus": "success", "status": {"errorCode": 0},
             "location": {"city": "Boston", "state": "Massachusetts", "countryOrRegion": "US"},
             "deviceDetail": {"deviceId": uuid4(), "displayName": "MHS-LT-%05d" % R.randint(1, 99999),
                              "operatingSystem": "Windows10", "isCompliant": True, "trustType": "Hybrid Azure AD joined"}}
    return jd({"time": t, "resourceId": "/tenants/%s/providers/Microsoft.aadiam" % tenant,
               "operationName": "Sign-in activity", "category": "SignInLogs", "resultType": "0",
               "callerIpAddress": props["ipAddress"], "correlationId": uuid4(),
               "identity": props["userDisplayName"], "Level": 4, "location": "US", "properties": props})


def auth0_logid():
    return "900" + digits(17) + digits(36)


def f_auth0(P, phi):
    """Auth0 tenant log events (portal tenant)."""
    base = {"date": ts_iso(), "type": None, "description": None,
            "connection": "Username-Password-Authentication",
            "connection_id": "con_" + hexs(16), "client_id": hexs(32),
            "client_name": "MyMeridian Portal"}
    if phi:
        f, l = person()
        em = email_for(f, l)
        k = R.randrange(4)
        if k == 0:
            ep0, el = epoch() * 1000 + R.randint(0, 999), R.randint(300, 9000)
            base.update({"type": "s", "description": "Successful login", "ip": P(public_ip(), "ip"),
                         "user_agent": "Chrome Mobile 121.0.0 / Android 14.0.0",
                         "details": {"prompts": [], "initiatedAt": ep0, "completedAt": ep0 + el,
                                     "elapsedTime": el, "session_id": hexs(32)},
                         "hostname": "login.mymeridian.org", "user_id": "auth0|" + hexs(24),
                         "user_name": P(em, "email"), "strategy": "auth0", "strategy_type": "database"})
        elif k == 1:
            base.update({"type": "gd_send_sms", "description": "Guardian - SMS sent",
                         "ip": P(public_ip(), "ip"),
                         "details": {"to": P(nanp(2), "phone"), "provider": "twilio",
                                     "message_type": "sms", "tx": hexs(20)},
                         "hostname": "login.mymeridian.org", "user_id": "auth0|" + hexs(24),
                         "user_name": P(em, "email")})
        elif k == 2:
            base.update({"type": "scpr", "description": "Change password request sent",
                         "ip": P(public_ip(), "ip"),
                         "details": {"email": P(em, "email"), "email_type": "reset_email",
                                     "ticket": "https://login.mymeridian.org/lo/reset?ticket=%s#" % hexs(32)},
                         "hostname": "login.mymeridian.org", "user_id": "auth0|" + hexs(24),
                         "user_name": P(em, "email")})
        else:
            prof = "https://www.facebook.com/%s.%s.%d" % (fnp(f).lower(), fnp(l).lower(), R.randint(1, 9999))
            base.update({"type": "sapi", "description": "Update a user",
                         "ip": private_ip(),
                         "details": {"request": {"method": "patch",
                                                 "path": "/api/v2/users/auth0|" + hexs(24),
                                                 "body": {"user_metadata": {"preferred_name": P(f, "name"),
                                                                            "birthdate": P(fmt_date(dob_tuple(), 0), "date"),
                                                                            "social_profile": P(prof, "url")}}},
                                     "response": {"statusCode": 200}},
                         "hostname": "meridian-portal.us.auth0.com", "user_id": "",
                         "user_name": ""})
    else:
        k = R.randrange(3)
        if k == 0:
            base.update({"type": "fp", "description": "Wrong email or password.",
                         "ip": private_ip(), "user_id": "auth0|" + hexs(24), "user_name": "",
                         "hostname": "login.mymeridian.org"})
        elif k == 1:
            base.update({"type": "seccft", "description": "Client Credentials for Access Token",
                         "ip": private_ip(), "client_name": "claims-etl (M2M)",
                         "details": {"audience": "https://api.mymeridian.org/", "scope": "read:eligibility"},
                         "hostname": "meridian-portal.us.auth0.com"})
        else:
            base.update({"type": "limit_wc", "description": "Blocked Account",
                         "ip": private_ip(), "details": {"attempts": R.randint(10, 50), "blocked_for": "3600s"},
                         "hostname": "login.mymeridian.org", "user_id": "auth0|" + hexs(24)})
    base["log_id"] = auth0_logid()
    base["_id"] = base["log_id"]
    base["isMobile"] = R.random() < 0.5
    return jd(base)


def syslog_ts():
    return "%s %2d %02d:%02d:%02d" % (MON[R.randint(0, 5)], R.randint(1, 28), R.randint(0, 23),
                                      R.randint(0, 59), R.randint(0, 59))


def f_mail(P, phi):
    """Password-reset / notification mail logs (postfix, SendGrid webhook, app)."""
    if phi:
        f, l = person()
        em = email_for(f, l)
        k = R.randrange(3)
        if k == 0:
            return "%s mx-relay02 postfix/smtp[%d]: %s: to=<%s>, relay=smtp.sendgrid.net[167.89.%d.%d]:587, delay=%.1f, delays=0.1/0/0.3/%.1f, dsn=2.0.0, status=sent (250 Ok: queued as %s)" % (
                syslog_ts(), R.randint(1000, 65000), hexs(10).upper(), P(em, "email"),
                R.randint(100, 127), R.randint(1, 254), R.random() * 3, R.random() * 2, hexs(22))
        if k == 1:
            return jd([{"email": P(em, "email"), "event": pick(["delivered", "processed", "open"]),
                        "sg_event_id": hexs(22), "sg_message_id": "%s.filterdrecv-%s" % (hexs(22), hexs(8)),
                        "smtp-id": "<%s@mymeridian.org>" % hexs(16), "timestamp": epoch(),
                        "category": ["password_reset", "portal"],
                        "first_name": P(f, "name")}])
        return "%s INFO  [notify-worker-%d] c.m.portal.PasswordResetService - Reset link e-mailed to %s (%s), MRN=%s, token ttl=900s" % (
            ts_iso(), R.randint(1, 8), P("%s %s" % (f, l), "name"), P(em, "email"), P(mrn(), "mrn"))
    k = R.randrange(3)
    if k == 0:
        return "%s mx-relay02 postfix/qmgr[%d]: %s: from=<no-reply@mymeridian.org>, size=%d, nrcpt=1 (queue active)" % (
            syslog_ts(), R.randint(1000, 65000), hexs(10).upper(), R.randint(2000, 90000))
    if k == 1:
        return "%s INFO  [notify-worker-%d] c.m.portal.PasswordResetService - Reset link e-mailed to m*****@g***.com, token ttl=900s, template=pw_reset_v%d" % (
            ts_iso(), R.randint(1, 8), R.randint(2, 5))
    return "%s mx-relay02 postfix/smtp[%d]: %s: to=<%s>, relay=mail.%s[%s]:25, delay=0.4, dsn=2.0.0, status=sent (250 2.0.0 Ok)" % (
        syslog_ts(), R.randint(1000, 65000), hexs(10).upper(), staff_user(2),
        CORP, private_ip())


# ---------------------------------------------------------------- more ids
VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                   [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = pick(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "1G1", "4T1", "WBA"])
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" +
                R.choice("KLMNPRS") + R.choice("ABCDEFGHJ") + digits(6))
    tot = 0
    for i, ch in enumerate(body):
        v = int(ch) if ch.isdigit() else VIN_MAP[ch]
        tot += v * VIN_W[i]
    c = tot % 11
    body[8] = "X" if c == 10 else str(c)
    return "".join(body)


def plate():
    return pick(["%d%s%s" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), digits(3)),
                 "%s-%s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), digits(4)),
                 "%s%s" % (digits(3), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))])


def imei():
    return luhn_complete(pick(["35", "86", "01", "35"]) + digits(6), 15)


def mac(sep=":"):
    o = pick(["00:1B:63", "3C:22:FB", "F0:18:98", "A4:83:E7", "00:09:FB", "B8:27:EB"])
    rest = ":".join("%02X" % R.randint(0, 255) for _ in range(3))
    return (o + ":" + rest).replace(":", sep)


def dea(last):
    first = pick("ABFGM")
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return "%s%s%s%d" % (first, ascii_fold(last)[0].upper(), "".join(map(str, d)), chk)


def dl():
    k = R.randrange(4)
    if k == 0:
        return R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7)          # CA style
    if k == 1:
        return "%s %s %s" % (digits(3), digits(3), digits(3))            # NY style
    if k == 2:
        return "%s%s-%s-%s-%s-%s" % (R.choice("ABCDEFGHJKLMNPRSTW"), digits(3), digits(3),
                                    digits(2), digits(3), digits(1))     # FL style
    return "S%s-%s-%s" % (digits(3), digits(4), digits(4))              # IL style


def passport():
    return pick(["5", "6"]) + digits(8)


def file_name_phi(P, f, l, y):
    """Scan file name pieces: Lastname_First_DOB."""
    st = R.randrange(3)
    if st == 0:
        return "%s_%s.pdf" % (P("%s_%s" % (fnp(l), fnp(f)), "name"), P(fmt_date(y, 4), "date"))
    if st == 1:
        return "%s_%s.pdf" % (P("%s_%s" % (fnp(l), fnp(f)), "name"),
                              P("%02d%02d%04d" % (y[1], y[2], y[0]), "date"))
    return "%s %s DOB %s.pdf" % (P(fnp(l), "name"), P(fnp(f), "name"),
                                 P("%02d-%02d-%04d" % (y[1], y[2], y[0]), "date"))


def win_host():
    return "MHS-%s-%04d" % (pick(["WKS", "LT", "HIM", "REG", "VDI"]), R.randint(1, 9999))


def sha256():
    return hexs(64)


def f_splunk(P, phi):
    """Splunk search exports: CSV with _raw, raw key=value, JSON result rows."""
    host = "ehr-app%02d" % R.randint(1, 12)
    t = ts_iso(z=False) + "-0500"
    if phi:
        f, l = person()
        k = R.randrange(4)
        if k == 0:
            c, st, z = city_zip()
            if R.random() < 0.5:
                agestr = "age=%s dob=%s" % (P(str(R.randint(90, 99)), "age"), P(fmt_date(dob_tuple(90, 99), 1), "date"))
            else:
                y = dob_tuple()
                agestr = "age=%d dob=%s" % (2024 - y[0], P(fmt_date(y, 1), "date"))
            raw = '%s action=demographics_update src=PORTAL patient_name=""%s"" %s phone=""%s"" addr=""%s, %s %s %s""' % (
                ts_sp(), P("%s %s" % (f, l), "name"), agestr,
                P(nanp(0), "phone"), P(street_addr(), "address"), P(c, "address"), st, P(z, "zip"))
            return '"%s","%s","/var/log/mychart/audit.log","mychart:audit","%s"' % (t, host, raw)
        if k == 1:
            return '%s host=%s sourcetype=portal:auth event=login_success src_ip=%s user_email=%s member_id=%s session=%s' % (
                t, host, P(public_ip(), "ip"), P(email_for(f, l), "email"),
                P(member_id(), "health_plan"), hexs(24))
        if k == 2:
            inner = 'ts=%s lvl=WARN svc=eligibility msg=""270 request failed"" subscriberId=%s mbi=%s patientLast=%s patientDOB=%s payer=%s' % (
                ts_sp(), P(member_id(), "health_plan"), P(mbi(), "health_plan"),
                P(l, "name"), P(fmt_date(dob_tuple(65, 88), 4), "date"),
                pick(["MEDICARE", "BCBSMA", "AETNA", "UHC"]))
            return '"%s","%s","/opt/edi/logs/elig.log","edi:eligibility","%s"' % (t, host, inner)
        dev = P(imei(), "device")
        raw = "%s rpm-gateway device_registered imei=%s model=%s patient=%s mrn=%s" % (
            ts_sp(), dev, pick(["BodyTrace BT105", "Tenovi BPM-1", "Smart Meter iGlucose"]),
            P("%s %s" % (f, l), "name"), P(mrn(), "mrn"))
        return jd({"preview": False, "offset": R.randint(0, 999),
                   "result": {"_bkt": "rpm~%d~%s" % (R.randint(1, 300), uuid4().upper()),
                              "_cd": "%d:%d" % (R.randint(1, 300), R.randint(10 ** 6, 10 ** 8)),
                              "_raw": raw, "_time": t, "host": "rpm-gw%02d" % R.randint(1, 4),
                              "index": "iot", "source": "rpm-gateway", "sourcetype": "rpm:events"}})
    k = R.randrange(3)
    if k == 0:
        raw = '%s action=batch_complete job=""nightly_adt_sync"" records=%d errors=%d duration_ms=%d build=%d.%d.%d' % (
            ts_sp(), R.randint(1000, 90000), R.randint(0, 12), R.randint(1000, 900000),
            R.randint(1, 9), R.randint(0, 30), R.randint(0, 999))
        return '"%s","%s","/var/log/adt/sync.log","adt:sync","%s"' % (t, host, raw)
    if k == 1:
        return "%s host=%s sourcetype=portal:auth event=login_failure src_ip=%s reason=bad_password attempts=%d session=%s user_id=%d" % (
            t, host, private_ip(), R.randint(1, 6), hexs(24), R.randint(10 ** 5, 10 ** 7))
    return jd({"preview": False, "offset": R.randint(0, 999),
               "result": {"_raw": "%s rpm-gateway heartbeat gw=%s fw=%d.%d.%d queued=%d" % (
                   ts_sp(), "rpm-gw%02d" % R.randint(1, 4), R.randint(1, 5), R.randint(0, 9), R.randint(0, 99),
                   R.randint(0, 400)),
                   "_time": t, "host": "rpm-gw%02d" % R.randint(1, 4), "index": "iot",
                   "sourcetype": "rpm:events", "count": str(R.randint(1, 90))}})


def f_elastic(P, phi):
    """Elastic Security alert document (flattened keys as exported)."""
    h = win_host()
    u = staff_user(0)
    doc = {"@timestamp": ts_iso(), "kibana.alert.uuid": hexs(64),
           "kibana.alert.status": "active", "kibana.alert.workflow_status": "open",
           "kibana.alert.severity": pick(["low", "medium", "high"]),
           "kibana.alert.risk_score": R.choice([21, 47, 73]),
           "host.name": h, "host.os.type": "windows", "user.name": u,
           "user.domain": "MHS", "event.kind": "signal", "agent.version": "8.12.%d" % R.randint(0, 2)}
    if phi:
        f, l = person()
        k = R.randrange(3)
        if k == 0:
            y = dob_tuple()
            fn = file_name_phi(P, f, l, y)
            doc.update({"kibana.alert.rule.name": "PHI File Copied to Removable Media",
                        "file.path": "E:\\HIM_export\\%s" % fn,
                        "process.name": "explorer.exe", "event.action": "creation"})
        elif k == 1:
            doc.update({"kibana.alert.rule.name": "Bulk Search of Patient Identifiers",
                        "process.name": "findstr.exe",
                        "process.command_line": "findstr /s /i \"%s\" \\\\fs01\\billing\\*.csv" % P(ssn(), "ssn"),
                        "event.action": "start"})
        else:
            doc.update({"kibana.alert.rule.name": "Portal Credential Stuffing - Many Accounts One Source",
                        "source.ip": P(public_ip(), "ip"), "destination.ip": private_ip(),
                        "destination.port": 443, "host.name": "portal-web%02d" % R.randint(1, 6),
                        "host.os.type": "linux", "user.name": P(email_for(f, l), "email"),
                        "user.domain": "mymeridian.org",
                        "event.action": "authentication_failure"})
    else:
        doc.update({"kibana.alert.rule.name": pick(["Suspicious PowerShell Encoded Command",
                                                    "Potential Credential Access via LSASS",
                                                    "Unusual Parent-Child Process",
                                                    "Execution from Unusual Directory"]),
                    "process.name": pick(["powershell.exe", "rundll32.exe", "wmic.exe"]),
                    "process.hash.sha256": sha256(),
                    "process.pid": R.randint(200, 30000),
                    "file.path": "C:\\Users\\%s\\AppData\\Local\\Temp\\%s.tmp" % (u, hexs(8)),
                    "event.action": "start"})
    doc = {k2: v for k2, v in doc.items() if v is not None}
    return jd(doc)


def f_dlp(P, phi):
    """DLP incidents: Symantec-style syslog, Purview JSON, Netskope kv."""
    sender = staff_user(2)
    if phi:
        f, l = person()
        k = R.randrange(6)
        if k == 0:
            return 'DLP Incident: ID=%d Policy="HIPAA PHI Outbound" Rule="US SSN with keywords" Severity=High Sender=%s Recipients=%s Subject="Statement for %s" MatchCount=%d Matches="SSN detected: %s" Action=Quarantine' % (
                R.randint(100000, 999999), sender, P(email_for(f, l), "email"),
                P("%s %s" % (f, l), "name"), R.randint(1, 4), P(ssn(), "ssn"))
        if k == 1:
            rec = {"CreationTime": ts_iso(ms=False)[:-1], "Id": uuid4(), "Operation": "DlpRuleMatch",
                   "Workload": "Exchange", "UserId": sender, "PolicyDetails": [{
                       "PolicyName": "U.S. Health Insurance Act (HIPAA) Enhanced",
                       "Rules": [{"RuleName": "Low volume of content detected",
                                  "Actions": ["NotifyUser", "BlockAccess"],
                                  "ConditionsMatched": {"SensitiveInformation": [{
                                      "SensitiveInformationTypeName": "Credit Card Number",
                                      "Count": 1, "Confidence": 85,
                                      "SensitiveInformationDetections": {"DetectedValues": [
                                          {"Name": "Credit Card Number", "Value": P(card(), "account")}]}}]}}]}],
                   "ExchangeMetaData": {"To": [P(email_for(f, l), "email")],
                                        "Subject": "Payment plan - acct %s" % P(digits(9), "account")}}
            return jd(rec)
        if k == 2:
            return 'DLP Incident: ID=%d Policy="Controlled Substances" Rule="DEA Registration Number" Severity=Medium Sender=%s Recipients=rx-intake@%s MatchCount=1 Matches="DEA detected: %s" FileName="rx_%d.pdf" Action=Notify' % (
                R.randint(100000, 999999), sender, "partnerpharmacy.com",
                P(dea(l), "license"), R.randint(10000, 99999))
        if k == 3:
            return "%s netskope: alert_type=DLP app=Gmail activity=Upload user=%s dlp_profile=\"PII - Driver License\" dlp_rule=US_DL_NUMBER matched_value=\"%s\" file=\"%s_license_scan.jpg\" dst_country=US" % (
                ts_iso(ms=False), sender, P(dl(), "license"), P(fnp(l), "name"))
        if k == 4:
            return "%s netskope: alert_type=DLP app=\"Microsoft OneDrive\" activity=Share user=%s dlp_profile=\"Auto Claim VIN\" matched_value=\"VIN detected: %s\" claimant=\"%s\" passport=\"%s\"" % (
                ts_iso(ms=False), sender, P(vin(), "vehicle"), P("%s %s" % (f, l), "name"),
                P(passport(), "other_id"))
        b64 = "/9j/4AAQSkZJRgABAQ" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(40))
        return 'DLP Incident: ID=%d Policy="Patient Images" Rule="Face photo attachment" Severity=High Sender=%s Recipients=%s Attachment="%s" Snippet="data:image/jpeg;base64,%s" Action=Block' % (
            R.randint(100000, 999999), sender, P(email_for(f, l), "email"),
            P("pt_face_%s.jpg" % hexs(8), "photo"), P(b64, "photo"))
    k = R.randrange(3)
    if k == 0:
        return 'DLP Incident: ID=%d Policy="HIPAA PHI Outbound" Rule="ICD-10 keyword" Severity=Low Sender=%s Recipients=claims@bcbs-partner.com MatchCount=%d Matches="%s, %s" Action=Allow' % (
            R.randint(100000, 999999), sender, R.randint(1, 9), pick(ICD), pick(ICD))
    if k == 1:
        return "%s netskope: alert_type=DLP app=Box activity=Download user=%s dlp_profile=\"PCI\" dlp_rule=CC_NUMBER matched_value=\"************%s\" file=\"vendor_invoice_%d.xlsx\" action=alert" % (
            ts_iso(ms=False), sender, digits(4), R.randint(1000, 9999))
    return jd({"CreationTime": ts_iso(ms=False)[:-1], "Id": uuid4(), "Operation": "DlpRuleUndo",
               "Workload": "SharePoint", "UserId": sender, "ObjectId": "https://meridianhealth.sharepoint.com/sites/Finance/Shared Documents/Budget_FY%d.xlsx" % R.randint(24, 26),
               "PolicyDetails": [{"PolicyName": "PCI DSS", "Rules": [{"RuleName": "High volume", "Severity": "Low"}]}]})


def f_edr(P, phi):
    """Antivirus / EDR: Defender event text (syslog-forwarded), CrowdStrike JSON."""
    h = win_host()
    u = staff_user(0)
    if phi:
        f, l = person()
        y = dob_tuple()
        fn = file_name_phi(P, f, l, y)
        if R.random() < 0.5:
            return "%s %s Microsoft-Windows-Windows Defender[1116]: Microsoft Defender Antivirus has detected malware or other potentially unwanted software.  Name: %s  ID: %d  Severity: Severe  Category: Trojan  Path: file:_C:\\Users\\%s\\Documents\\Scans\\%s.exe  Detection Origin: Local machine  Detection Type: Concrete  User: MHS\\%s  Process Name: C:\\Windows\\explorer.exe  Security intelligence Version: 1.%d.%d.0" % (
                syslog_ts(), h, pick(["Trojan:Win32/Wacatac.B!ml", "Trojan:Script/Phonzy.B!ml", "TrojanDownloader:O97M/Donoff"]),
                R.randint(2147000000, 2147999999), u, fn, u, R.randint(380, 409), R.randint(1, 999))
        return jd({"metadata": {"customerIDString": hexs(32), "offset": R.randint(10 ** 5, 10 ** 7),
                                "eventType": "DetectionSummaryEvent", "eventCreationTime": epoch() * 1000,
                                "version": "1.0"},
                   "event": {"ProcessStartTime": epoch(), "ProcessId": R.randint(10 ** 11, 10 ** 12),
                             "DetectId": "ldt:%s:%d" % (hexs(32), R.randint(10 ** 10, 10 ** 11)),
                             "ComputerName": h, "UserName": u,
                             "DetectName": "QuarantinedFile", "DetectDescription": "A file was quarantined",
                             "FileName": fn + ".scr",
                             "FilePath": "\\Device\\HarddiskVolume3\\Users\\%s\\Downloads\\Scans" % u,
                             "CommandLine": "\"C:\\Windows\\System32\\rundll32.exe\" shell32.dll,OpenAs_RunDLL",
                             "SHA256String": sha256(), "MD5String": hexs(32),
                             "Severity": 4, "SeverityName": "High", "Tactic": "Malware", "Technique": "Malicious File"}})
    if R.random() < 0.5:
        return "%s %s Microsoft-Windows-Windows Defender[1001]: Microsoft Defender Antivirus scan has finished.  Scan ID: {%s}  Scan Type: Antimalware  Scan Parameters: Quick Scan  User: NT AUTHORITY\\SYSTEM  Scan Time: 0:0%d:%02d" % (
            syslog_ts(), h, uuid4().upper(), R.randint(1, 9), R.randint(0, 59))
    return jd({"metadata": {"customerIDString": hexs(32), "offset": R.randint(10 ** 5, 10 ** 7),
                            "eventType": "DetectionSummaryEvent", "eventCreationTime": epoch() * 1000,
                            "version": "1.0"},
               "event": {"ComputerName": h, "UserName": u, "DetectName": "SuspiciousActivity",
                         "FileName": "powershell.exe",
                         "FilePath": "\\Device\\HarddiskVolume3\\Windows\\System32\\WindowsPowerShell\\v1.0",
                         "CommandLine": "powershell.exe -nop -w hidden -enc %s" % hexs(40),
                         "SHA256String": sha256(), "Severity": 3, "SeverityName": "Medium",
                         "Tactic": "Execution", "Technique": "PowerShell"}})


def f_winsec(P, phi):
    """Windows Security events: 4663/5145 XML (single line) and 4624/4663 Snare text."""
    h = win_host() + ".mhs.local"
    u = staff_user(0)
    rec = R.randint(10 ** 6, 10 ** 8)
    t = ts_iso(ms=False)[:-1] + ".%07dZ" % R.randint(0, 9999999)
    if phi:
        f, l = person()
        y = dob_tuple()
        k = R.randrange(3)
        if k == 0:
            fn = file_name_phi(P, f, l, y)
            obj = "\\\\fs01\\HIM\\ROI\\2024\\%s" % fn
            return ("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/><EventID>4663</EventID><Version>1</Version><Level>0</Level><Task>12800</Task><Opcode>0</Opcode><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='%s'/><EventRecordID>%d</EventRecordID><Correlation/><Execution ProcessID='4' ThreadID='%d'/><Channel>Security</Channel><Computer>%s</Computer><Security/></System><EventData><Data Name='SubjectUserSid'>S-1-5-21-%d-%d-%d-%d</Data><Data Name='SubjectUserName'>%s</Data><Data Name='SubjectDomainName'>MHS</Data><Data Name='SubjectLogonId'>0x%s</Data><Data Name='ObjectServer'>Security</Data><Data Name='ObjectType'>File</Data><Data Name='ObjectName'>%s</Data><Data Name='HandleId'>0x%x</Data><Data Name='AccessList'>%%%%4416</Data><Data Name='AccessMask'>0x1</Data><Data Name='ProcessId'>0x%x</Data><Data Name='ProcessName'>C:\\Program Files\\Adobe\\Acrobat DC\\Acrobat\\Acrobat.exe</Data><Data Name='ResourceAttributes'>S:AI</Data></EventData></Event>" % (
                t, rec, R.randint(100, 9000), h, R.randint(10 ** 9, 4 * 10 ** 9), R.randint(10 ** 9, 4 * 10 ** 9),
                R.randint(10 ** 8, 10 ** 9), R.randint(1000, 90000), u, hexs(7), obj, R.randint(256, 9999),
                R.randint(256, 30000)))
        if k == 1:
            rel = "Scans\\%s" % file_name_phi(P, f, l, y)
            return ("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/><EventID>5145</EventID><Version>0</Version><Level>0</Level><Task>12811</Task><Keywords>0x8020000000000000</Keywords><TimeCreated SystemTime='%s'/><EventRecordID>%d</EventRecordID><Channel>Security</Channel><Computer>%s</Computer></System><EventData><Data Name='SubjectUserName'>%s</Data><Data Name='SubjectDomainName'>MHS</Data><Data Name='ObjectType'>File</Data><Data Name='IpAddress'>%s</Data><Data Name='IpPort'>%d</Data><Data Name='ShareName'>\\\\*\\Registration</Data><Data Name='ShareLocalPath'>\\??\\D:\\Shares\\Registration</Data><Data Name='RelativeTargetName'>%s</Data><Data Name='AccessMask'>0x120089</Data></EventData></Event>" % (
                t, rec, h, u, private_ip(), R.randint(49152, 65535), rel))
        st = syslog_ts()
        obj = "D:\\Shares\\Registration\\%s\\%s" % (P("%s, %s" % (l, f), "name"), pick(["DL_front.jpg", "insurance_card.pdf", "consent_signed.pdf"]))
        return "%s\tMSWinEventLog\t1\tSecurity\t%d\t%s\t4663\tMicrosoft-Windows-Security-Auditing\tMHS\\%s\tN/A\tSuccess Audit\t%s\tFile System\t\tAn attempt was made to access an object.    Subject:   Security ID: S-1-5-21-%d   Account Name: %s   Account Domain: MHS    Object:   Object Server: Security   Object Type: File   Object Name: %s    Access Request Information:   Accesses: ReadData (or ListDirectory)\t%d" % (
            st, rec, st, u, h, R.randint(10 ** 9, 4 * 10 ** 9), u, obj, R.randint(1, 9999))
    k = R.randrange(2)
    st = syslog_ts()
    if k == 0:
        return "%s\tMSWinEventLog\t1\tSecurity\t%d\t%s\t4624\tMicrosoft-Windows-Security-Auditing\tMHS\\%s\tN/A\tSuccess Audit\t%s\tLogon\t\tAn account was successfully logged on.    Subject:   Security ID: S-1-0-0    Logon Type: %d    New Logon:   Account Name: %s   Account Domain: MHS   Logon ID: 0x%s    Network Information:   Workstation Name: %s   Source Network Address: %s   Source Port: %d    Detailed Authentication Information:   Logon Process: Kerberos   Authentication Package: Kerberos\t%d" % (
            st, rec, st, u, h, R.choice([2, 3, 10]), u, hexs(7), win_host(),
            private_ip(), R.randint(49152, 65535), R.randint(1, 9999))
    return ("<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing' Guid='{54849625-5478-4994-a5ba-3e3b0328c30d}'/><EventID>4663</EventID><TimeCreated SystemTime='%s'/><EventRecordID>%d</EventRecordID><Channel>Security</Channel><Computer>%s</Computer></System><EventData><Data Name='SubjectUserName'>%s</Data><Data Name='SubjectDomainName'>MHS</Data><Data Name='ObjectType'>File</Data><Data Name='ObjectName'>D:\\Epic\\Clarity\\ETL\\batch_%d_%s.dat</Data><Data Name='AccessMask'>0x2</Data><Data Name='ProcessName'>C:\\Windows\\System32\\robocopy.exe</Data></EventData></Event>" % (
        t, rec, h, u, R.randint(10000, 99999), hexs(6)))


def f_auditd(P, phi):
    """Linux auditd records."""
    ts = "%d.%03d:%d" % (epoch(), R.randint(0, 999), R.randint(1000, 900000))
    if phi:
        f, l = person()
        k = R.randrange(3)
        if k == 0:
            return 'type=PATH msg=audit(%s): item=0 name="/srv/him/roi/2024/%s_MRN%s.pdf" inode=%d dev=fd:0%d mode=0100640 ouid=%d ogid=%d rdev=00:00 obj=system_u:object_r:var_t:s0 nametype=NORMAL cap_fp=0 cap_fi=0 cap_fe=0 cap_fver=0' % (
                ts, P("%s_%s" % (fnp(l), fnp(f)), "name"), P(digits(8), "mrn"), R.randint(10 ** 5, 10 ** 7),
                R.randint(0, 3), R.randint(1000, 2000), R.randint(1000, 2000))
        if k == 1:
            return 'type=EXECVE msg=audit(%s): argc=4 a0="grep" a1="-i" a2="%s" a3="/data/exports/claims_%d.csv"' % (
                ts, P(ssn(), "ssn"), R.randint(2019, 2024))
        return (
            'type=USER_CMD msg=audit(%s): pid=%d uid=%d auid=%d ses=%d subj=unconfined_u:unconfined_r:unconfined_t:s0 msg=\'cwd="/home/%s" cmd=cat /srv/him/roi/2024/%s_DOB%s.txt terminal=pts/%d res=success\'' % (
            ts, R.randint(1000, 60000), R.randint(1000, 2000), R.randint(1000, 2000), R.randint(1, 900),
            staff_user(0), P("%s_%s" % (fnp(l), fnp(f)), "name"), P(fmt_date(dob_tuple(), 4), "date"), R.randint(0, 5)))
    k = R.randrange(3)
    if k == 0:
        return 'type=SYSCALL msg=audit(%s): arch=c000003e syscall=257 success=yes exit=3 a0=ffffff9c a1=%s a2=0 a3=0 items=1 ppid=%d pid=%d auid=%d uid=0 gid=0 euid=0 suid=0 fsuid=0 egid=0 sgid=0 fsgid=0 tty=pts0 ses=%d comm="cat" exe="/usr/bin/cat" subj=unconfined_u:unconfined_r:unconfined_t:s0-s0:c0.c1023 key="shadow_read"' % (
            ts, hexs(12), R.randint(1000, 60000), R.randint(1000, 60000), R.randint(1000, 2000), R.randint(1, 900))
    if k == 1:
        return "type=USER_LOGIN msg=audit(%s): pid=%d uid=0 auid=%d ses=%d subj=system_u:system_r:sshd_t:s0-s0:c0.c1023 msg='op=login id=%d exe=\"/usr/sbin/sshd\" hostname=? addr=%s terminal=/dev/pts/%d res=success'" % (
            ts, R.randint(1000, 60000), R.randint(1000, 2000), R.randint(1, 900), R.randint(1000, 2000),
            private_ip(), R.randint(0, 5))
    return 'type=PATH msg=audit(%s): item=0 name="/etc/ehr-bridge/config.yaml" inode=%d dev=fd:00 mode=0100600 ouid=0 ogid=0 rdev=00:00 nametype=NORMAL' % (
        ts, R.randint(10 ** 5, 10 ** 7))


def f_fax(P, phi):
    """Fax server (RightFax-style) transmission log."""
    t = ts_sp()
    job = R.randint(10000, 999999)
    u = staff_user(0)
    if phi:
        f, l = person()
        k = R.randrange(3)
        if k == 0:
            return '%s RightFax[Q%d]: Job %d sent OK to %s (To: "%s", patient) pages=%d Subject="Records request - %s, DOB %s" owner=%s' % (
                t, R.randint(1, 4), job, P(nanp(1), "fax"), P("%s %s" % (f, l), "name"),
                R.randint(1, 60), P("%s, %s" % (l, f), "name"), P(fmt_date(dob_tuple(), 1), "date"), u)
        if k == 1:
            rel = pick(FIRST)
            return '%s RightFax[Q%d]: Job %d FAILED (busy) to %s To="%s %s (next of kin)" Subject="Death certificate - %s %s, DOD %s" retries=%d' % (
                t, R.randint(1, 4), job, P(nanp(0), "fax"), P(rel, "name"), P(l, "name"),
                P(f, "name"), P(l, "name"), P(fmt_date(recent_date(), 1), "date"), R.randint(1, 5))
        a, b = date_pair()
        return '%s RightFax[Q%d]: inbound fax received from %s CSID="%s" pages=%d routed_to=HIM_ROI; OCR: patient %s admit %s discharge %s' % (
            t, R.randint(1, 4), P(nanp(3), "fax"), P(("%s %s" % (f, l)).upper(), "name"), R.randint(1, 30),
            P("%s %s" % (f, l), "name"), P(fmt_date(a, 1), "date"), P(fmt_date(b, 1), "date"))
    k = R.randrange(2)
    if k == 0:
        return '%s RightFax[Q%d]: Job %d sent OK to 1%s%d (To: "Meridian Cardiology Clinic") pages=%d Subject="Referral packet" owner=%s' % (
            t, R.randint(1, 4), job, pick(["617", "508", "781"]), R.randint(2000000, 9999999), R.randint(1, 9), u)
    return '%s RightFax[Q%d]: queue status pending=%d sending=%d failed_24h=%d modem_pool=BROOKTROUT-%d' % (
        t, R.randint(1, 4), R.randint(0, 40), R.randint(0, 8), R.randint(0, 12), R.randint(1, 4))


def f_lpr(P, phi):
    """Parking / LPR (license plate recognition) security events."""
    t = ts_iso(ms=False)
    cam = pick(["GARAGE-A-ENTRY", "GARAGE-B-EXIT", "ED-DROP-OFF", "VALET-1"])
    if phi:
        f, l = person()
        if R.random() < 0.6:
            return "%s AutoVu read plate=\"%s\" state=%s camera=%s confidence=%d hotlist=PatientValet ticket=%d match=\"%s\" phone=%s" % (
                t, P(plate(), "vehicle"), pick(["MA", "NH", "RI", "CT"]), cam, R.randint(80, 99),
                R.randint(10000, 99999), P("%s %s" % (f, l), "name"), P(nanp(1), "phone"))
        return "%s security-desk: vehicle towed from ED ambulance bay, VIN %s, plate %s, owner per registry %s, %s" % (
            t, P(vin(), "vehicle"), P(plate(), "vehicle"), P("%s %s" % (f, l), "name"),
            P(street_addr(), "address"))
    return "%s AutoVu read plate=\"<unreadable>\" camera=%s confidence=%d hotlist=none frame=%d fw=%d.%d.%d" % (
        t, cam, R.randint(10, 60), R.randint(10 ** 5, 10 ** 7), R.randint(6, 7), R.randint(0, 9), R.randint(0, 99))


def f_biometric(P, phi):
    """Palm-vein patient identification (PatientSecure-style) audit."""
    t = ts_iso()
    kiosk = "REG-KIOSK-%02d" % R.randint(1, 30)
    if phi:
        f, l = person()
        tmpl = "PV1:" + hexs(48)
        k = R.randrange(2)
        if k == 0:
            return "%s PatientSecure INFO identify result=MATCH kiosk=%s score=0.%03d template=%s patient=\"%s\" mrn=%s dob=%s" % (
                t, kiosk, R.randint(900, 999), P(tmpl, "biometric"), P(name_lf(f, l, upper=False, mi=False), "name"),
                P(mrn(), "mrn"), P(fmt_date(dob_tuple(), 1), "date"))
        age = R.randint(90, 101)
        return "%s PatientSecure WARN enroll duplicate_suspected kiosk=%s new_template=%s existing_template=%s patient_age=%s reg_user=%s" % (
            t, kiosk, P(tmpl, "biometric"), P("PV1:" + hexs(48), "biometric"), P(str(age), "age"), staff_user(0))
    return "%s PatientSecure INFO identify result=NO_MATCH kiosk=%s score=0.%03d latency_ms=%d sensor_fw=%d.%d.%d" % (
        t, kiosk, R.randint(100, 600), R.randint(80, 900), R.randint(2, 4), R.randint(0, 9), R.randint(0, 20))


def f_proxy(P, phi):
    """Zscaler NSS web log (tab separated) for staff browsing."""
    t = ts_sp()
    u = staff_user(2)
    if phi:
        f, l = person()
        site = pick(["https://www.gofundme.com/f/help-%s-%s-beat-cancer" % (fnp(f).lower(), fnp(l).lower()),
                     "https://www.caringbridge.org/site/%s%s" % (fnp(f).lower(), fnp(l).lower()),
                     "https://www.facebook.com/%s.%s.%d" % (fnp(f).lower(), fnp(l).lower(), R.randint(1, 999)),
                     "https://www.legacy.com/us/obituaries/name/%s-%s-obituary?id=%d" % (fnp(f).lower(), fnp(l).lower(), R.randint(10 ** 7, 10 ** 8))])
        return "%s\treason=Allowed\tevent_id=%d\tprotocol=HTTPS\taction=Allowed\ttransactionsize=%d\tlogin=%s\turl=%s\turlcategory=%s\tclientip=%s\tdept=%s" % (
            t, R.randint(10 ** 15, 10 ** 16), R.randint(500, 90000), u, P(site, "url"),
            pick(["Social Networking", "Professional Services", "Miscellaneous or Unknown"]),
            private_ip(), pick(["Nursing", "Registration", "Billing"]))
    blocked = R.random() < 0.3
    return "%s\treason=%s\tevent_id=%d\tprotocol=HTTPS\taction=%s\ttransactionsize=%d\tlogin=%s\turl=%s\turlcategory=%s\tclientip=%s\tdept=%s" % (
        t, "Blocked by URL filtering" if blocked else "Allowed", R.randint(10 ** 15, 10 ** 16), "Blocked" if blocked else "Allowed",
        R.randint(500, 90000), u, pick(["https://www.uptodate.com/contents/search", "https://outlook.office365.com/mail/",
                                        "https://epic.com/epic/page/userweb", "https://www.cdc.gov/vaccines/schedules/index.html"]),
        pick(["Health", "Web Mail", "Business"]), private_ip(), pick(["Nursing", "IT", "Billing"]))


def f_media(P, phi):
    """Patient photo / media manager audit and S3 object keys."""
    t = ts_iso()
    u = staff_user(0)
    if phi:
        f, l = person()
        k = R.randrange(3)
        if k == 0:
            return "%s MediaAudit action=PHOTO_CAPTURE user=%s ws=%s patient=\"%s\" mrn=%s file=%s bytes=%d" % (
                t, u, win_host(), P("%s %s" % (f, l), "name"), P(mrn(), "mrn"),
                P("IMG_%s_%06d.jpg" % (t[:10].replace("-", ""), R.randint(0, 235959)), "photo"),
                R.randint(80000, 900000))
        if k == 1:
            return jd({"eventTime": t[:-5] + "Z", "eventSource": "s3.amazonaws.com", "eventName": "PutObject",
                       "awsRegion": pick(REGIONS), "sourceIPAddress": private_ip(),
                       "requestParameters": {"bucketName": "mhs-patient-photos-prod",
                                             "key": P("id-photos/%d/%02d/%s-face.jpg" % (2024, R.randint(1, 6), uuid4()), "photo"),
                                             "x-amz-meta-patient-mrn": P(mrn(), "mrn")},
                       "additionalEventData": {"bytesTransferredIn": R.randint(40000, 400000),
                                               "SignatureVersion": "SigV4"},
                       "eventID": uuid4()})
        return "%s MediaAudit action=DOC_SCAN user=%s doc_type=\"Driver License\" patient=\"%s\" dl_number=%s addr=\"%s\" zip=%s" % (
            t, u, P("%s %s" % (f, l), "name"), P(dl(), "license"),
            P(street_addr(), "address"), P(city_zip()[2], "zip"))
    return "%s MediaAudit action=THUMBNAIL_REBUILD user=svc_media files=%d failed=%d store=\\\\media01\\epicmedia\\%d" % (
        t, R.randint(10, 9000), R.randint(0, 9), R.randint(1, 40))


def f_device(P, phi):
    """Remote patient monitoring / implant telemetry / MDM enrolment."""
    t = ts_iso()
    if phi:
        f, l = person()
        k = R.randrange(3)
        if k == 0:
            return "%s carelink-sync INFO transmission received device_serial=%s model=%s patient_mrn=%s patient=\"%s\" implant_date=%s" % (
                t, P(pick(["PJN", "RNJ", "BLR"]) + digits(6) + pick(["S", "H", "G"]), "device"),
                pick(["Azure XT DR MRI", "Micra AV", "LINQ II"]), P(mrn(), "mrn"),
                P(name_lf(f, l, upper=False, mi=False), "name"), P(fmt_date(recent_date(), 0), "date"))
        if k == 1:
            return "%s intune: enrollment completed deviceName=LOANER-IPAD-%03d serialNumber=%s imei=%s wifiMac=%s assignedTo=\"%s %s\" (patient, home-hospital program) phone=%s" % (
                t, R.randint(1, 300), P("DMPX" + "".join(R.choice("ABCDEFGHJKLMNPQRTUVWXYZ0123456789") for _ in range(8)), "device"),
                P(imei(), "device"), P(mac(), "device"), P(f, "name"), P(l, "name"), P(nanp(4), "phone"))
        return "%s rpm-hub DHCPACK on %s to %s (%s-hub) via eth0 patient_account=%s" % (
            t, private_ip(), P(mac(), "device"), P(fnp(l).lower(), "name"), P("PA" + digits(8), "other_id"))
    k = R.randrange(2)
    if k == 0:
        return "%s intune: compliance check deviceName=MHS-LT-%05d serialNumber=%s wifiMac=%s owner=%s compliant=true osVersion=10.0.22631.%d" % (
            t, R.randint(1, 99999), "PF" + hexs(6).upper(), mac(), staff_user(2), R.randint(1000, 3500))
    return "%s carelink-sync INFO batch complete transmissions=%d errors=%d queue_depth=%d api_version=v%d" % (
        t, R.randint(0, 900), R.randint(0, 5), R.randint(0, 90), R.randint(1, 4))

FAMILIES = [
    # (name, function, can_phi, can_nophi, weight)
    ("epic_access_log", f_epic_access, True, True, 3),
    ("ehr_audit_message", f_ehr_view_msg, True, True, 2),
    ("aws_vpc_flow", f_vpc_flow, False, True, 5),
    ("aws_cloudtrail", f_cloudtrail, True, True, 3),
    ("cerner_audit_csv", f_cerner_csv, True, True, 2),
    ("cerner_audit_pipe", f_cerner_pipe, True, True, 2),
    ("break_the_glass", f_btg, True, True, 2),
    ("aws_alb", f_alb, True, True, 3),
    ("aws_waf", f_waf, True, True, 2),
    ("okta_system_log", f_okta, True, True, 3),
    ("azure_ad_log", f_azure, True, True, 2),
    ("auth0_log", f_auth0, True, True, 3),
    ("mail_log", f_mail, True, True, 2),
    ("splunk_export", f_splunk, True, True, 3),
    ("elastic_alert", f_elastic, True, True, 2),
    ("dlp_alert", f_dlp, True, True, 3),
    ("av_edr", f_edr, True, True, 2),
    ("windows_security", f_winsec, True, True, 3),
    ("linux_auditd", f_auditd, True, True, 2),
    ("fax_server", f_fax, True, True, 2),
    ("parking_lpr", f_lpr, True, True, 2),
    ("biometric_id", f_biometric, True, True, 2),
    ("web_proxy", f_proxy, True, True, 2),
    ("media_audit", f_media, True, True, 2),
    ("device_telemetry", f_device, True, True, 2),
]


# ================================================================ main
def main():
    n_nophi = int(round(N_LINES * NO_PHI_FRAC))
    flags = [False] * n_nophi + [True] * (N_LINES - n_nophi)
    R.shuffle(flags)
    phi_fams = [(n, fn, w) for n, fn, cp, cn, w in FAMILIES if cp]
    non_fams = [(n, fn, w) for n, fn, cp, cn, w in FAMILIES if cn]
    lines, labels = [], []
    for i, phi in enumerate(flags, 1):
        pool = phi_fams if phi else non_fams
        name, fn, _ = R.choices(pool, weights=[w for _, _, w in pool])[0]
        P = Ph()
        text = fn(P, phi)
        if not phi:
            assert not P.vals, name
        else:
            assert P.vals, name
        line, spans = resolve(text, P)
        lines.append(line)
        labels.append({"line": i, "family": name,
                       "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]})
    with open(os.path.join(OUT_DIR, "k.log"), "w", encoding="utf-8", newline="\n") as fh:
        for ln in lines:
            fh.write(ln + "\n")
    with open(os.path.join(OUT_DIR, "k.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lb in labels:
            fh.write(json.dumps(lb, ensure_ascii=False) + "\n")
    # re-read and verify
    with open(os.path.join(OUT_DIR, "k.log"), "rb") as fh:
        raw = fh.read().split(b"\n")
    assert raw[-1] == b"" and len(raw) - 1 == N_LINES
    for lb, ln in zip(labels, raw):
        for sp in lb["spans"]:
            assert 0 <= sp["s"] < sp["e"] <= len(ln)
    print("wrote %d lines" % N_LINES)


if __name__ == "__main__":
    main()
