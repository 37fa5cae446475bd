#!/usr/bin/env python3
"""Deterministic generator for the 'fu' PHI test corpus.

Theme: volunteer-run free clinic on a no-code stack (Apps Script, Airtable,
Zapier, Twilio, JotForm / Google Forms, Make, volunteer email digests).
All people, numbers and identifiers are synthetic.
Standard library only.  Writes fu.log and fu.labels.jsonl next to this file.
"""
import base64
import datetime as dt
import json
import os
import random
import re
from urllib.parse import quote, quote_plus

random.seed(18018)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "fu"
N_LINES = 500
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}

# ---------------------------------------------------------------------------
# segment machinery: every line is a list of (text, cat-or-None) segments
# ---------------------------------------------------------------------------


class St:
    """A string value made of (text, cat) segments."""

    def __init__(self, *parts):
        segs = []
        for p in parts:
            if isinstance(p, St):
                segs.extend(p.segs)
            elif isinstance(p, tuple):
                segs.append(p)
            elif isinstance(p, list):
                segs.extend(p)
            else:
                segs.append((p, None))
        self.segs = segs

    def text(self):
        return "".join(t for t, _ in self.segs)


class Raw(St):
    """Unquoted value (numbers, JS dates, ...) possibly labeled."""


def P(v, c):
    return St((v, c))


def RP(v, c):
    return Raw((v, c))


def segs_of(x):
    if isinstance(x, St):
        return list(x.segs)
    if isinstance(x, list):
        return list(x)
    return [(str(x), None)]


def esc(segs, fn):
    return [(fn(t), c) for t, c in segs]


def J(o, ea=False, sep=(",", ":"), slash=False):
    """JSON serializer that keeps segment labels (escaping is char-local)."""
    out = []

    def se(t):
        r = json.dumps(t, ensure_ascii=ea)[1:-1]
        return r.replace("/", "\\/") if slash else r

    def w(o):
        if isinstance(o, Raw):
            out.extend(o.segs)
        elif isinstance(o, St):
            out.append(('"', None))
            out.extend(esc(o.segs, se))
            out.append(('"', None))
        elif isinstance(o, str):
            out.append(('"' + se(o) + '"', None))
        elif o is None:
            out.append(("null", None))
        elif o is True:
            out.append(("true", None))
        elif o is False:
            out.append(("false", None))
        elif isinstance(o, (int, float)):
            out.append((json.dumps(o), None))
        elif isinstance(o, dict):
            out.append(("{", None))
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append((sep[0], None))
                out.append(('"' + se(k) + '"' + sep[1], None))
                w(v)
            out.append(("}", None))
        elif isinstance(o, list):
            out.append(("[", None))
            for i, v in enumerate(o):
                if i:
                    out.append((sep[0], None))
                w(v)
            out.append(("]", None))
        else:
            raise TypeError(o)

    w(o)
    return out


IDENT = re.compile(r"^[A-Za-z_$][A-Za-z0-9_$]*$")


def JS(o):
    """Node util.inspect-like output (Apps Script console.log of objects)."""
    out = []

    def w(o):
        if isinstance(o, Raw):
            out.extend(o.segs)
        elif isinstance(o, (St, str)):
            segs = segs_of(o)
            full = "".join(t for t, _ in segs)
            q = "'" if "'" not in full else '"'
            out.append((q, None))
            out.extend(esc(segs, lambda t: t.replace("\\", "\\\\").replace(q, "\\" + q)))
            out.append((q, None))
        elif o is None:
            out.append(("null", None))
        elif o is True or o is False:
            out.append((str(o).lower(), None))
        elif isinstance(o, (int, float)):
            out.append((str(o), None))
        elif isinstance(o, dict):
            if not o:
                out.append(("{}", None))
                return
            out.append(("{ ", None))
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append((", ", None))
                out.append(((k if IDENT.match(k) else "'" + k + "'") + ": ", None))
                w(v)
            out.append((" }", None))
        elif isinstance(o, list):
            if not o:
                out.append(("[]", None))
                return
            out.append(("[ ", None))
            for i, v in enumerate(o):
                if i:
                    out.append((", ", None))
                w(v)
            out.append((" ]", None))
        else:
            raise TypeError(o)

    w(o)
    return out


def jdouble(x):
    """Java Double.toString as printed by Apps Script Logger.log."""
    x = float(x)
    if x == int(x) and abs(x) < 1e7:
        return "%d.0" % int(x)
    if abs(x) < 1e7:
        return repr(x)
    digits = str(int(x))
    mant = digits[0] + "." + (digits[1:].rstrip("0") or "0")
    return "%sE%d" % (mant, len(digits) - 1)


def JV(o):
    """Apps Script Logger.log (Java map / list style)."""
    out = []

    def w(o):
        if isinstance(o, St):
            out.extend(o.segs)
        elif isinstance(o, str):
            out.append((o, None))
        elif o is None:
            out.append(("null", None))
        elif o is True or o is False:
            out.append((str(o).lower(), None))
        elif isinstance(o, (int, float)):
            out.append((jdouble(o), None))
        elif isinstance(o, dict):
            out.append(("{", None))
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append((", ", None))
                out.append((k + "=", None))
                w(v)
            out.append(("}", None))
        elif isinstance(o, list):
            out.append(("[", None))
            for i, v in enumerate(o):
                if i:
                    out.append((", ", None))
                w(v)
            out.append(("]", None))
        else:
            raise TypeError(o)

    w(o)
    return out


def FORM(pairs):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(("&", None))
        out.append((quote_plus(k) + "=", None))
        out.extend(esc(segs_of(v), lambda t: quote_plus(t, safe="")))
    return out


def CSV(fields):
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append((",", None))
        segs = segs_of(f)
        full = "".join(t for t, _ in segs)
        if any(ch in full for ch in ',"\n'):
            out.append(('"', None))
            out.extend(esc(segs, lambda t: t.replace('"', '""')))
            out.append(('"', None))
        else:
            out.extend(segs)
    return out


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.segs = []

    def t(self, s):
        self.segs.append((s, None))
        return self

    def v(self, s, c):
        self.segs.append((s, c))
        return self

    def a(self, segs):
        self.segs.extend(segs_of(segs))
        return self


def render(line):
    parts, spans, vals, pos = [], [], [], 0
    for text, cat in line.segs:
        b = text.encode("utf-8")
        if cat is not None:
            assert cat in CATS, cat
            assert len(b) > 0, (line.fam, text)
            spans.append({"s": pos, "e": pos + len(b), "cat": cat})
            vals.append(b)
        parts.append(b)
        pos += len(b)
    buf = b"".join(parts)
    assert b"\n" not in buf and b"\r" not in buf, buf
    assert len(buf) <= 4000, (line.fam, len(buf))
    for sp, val in zip(spans, vals):
        assert buf[sp["s"]:sp["e"]] == val, (sp, val)
    for x, y in zip(spans, spans[1:]):
        assert x["e"] <= y["s"]
    return buf, spans


# ---------------------------------------------------------------------------
# identifier helpers
# ---------------------------------------------------------------------------
B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def rs(alpha, n):
    return "".join(random.choice(alpha) for _ in range(n))


def hx(n):
    return rs("0123456789abcdef", n)


def atid(prefix):
    return prefix + rs(B62, 14)


def dg(n):
    return rs("0123456789", n)


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


def card_number():
    body = random.choice(["4", "5" + random.choice("12345"), "4"]) 
    body += dg(15 - len(body))
    return body + luhn_digit(body)


def imei():
    body = random.choice(["35391110", "35875309", "86091604", "35332811", "01325800"]) + dg(6)
    return body + luhn_digit(body)


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = random.choice(["1HG", "2T1", "1FA", "3N1", "JTD", "1G1", "KMH", "5NP", "4T1"])
    s = wmi + rs(VIN_CH, 5) + "0" + random.choice("ABCDEFGHJ") + rs(UP.replace("I", "").replace("O", "").replace("Q", ""), 1) + dg(6)
    tot = sum(VIN_T[c] * w for c, w in zip(s, VIN_W))
    chk = tot % 11
    s = s[:8] + ("X" if chk == 10 else str(chk)) + s[9:]
    tot2 = sum(VIN_T[c] * w for c, w in zip(s, VIN_W))
    assert (("X" if tot2 % 11 == 10 else str(tot2 % 11)) == s[8])
    return s


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    return (random.choice("123456789") + random.choice(MBI_A) + random.choice(MBI_AN) + dg(1)
            + random.choice(MBI_A) + random.choice(MBI_AN) + dg(1)
            + random.choice(MBI_A) + random.choice(MBI_A) + dg(2))


def ssn():
    while True:
        a = random.randint(1, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


CURP_DICT = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(last, last2, first, dob, sex):
    def clean(s):
        return (s.upper().replace("Á", "A").replace("É", "E").replace("Í", "I")
                .replace("Ó", "O").replace("Ú", "U").replace("Ñ", "X"))
    L1, L2, F = clean(last), clean(last2 or "X"), clean(first)
    vow = next((c for c in L1[1:] if c in "AEIOU"), "X")
    cons = lambda s: next((c for c in s[1:] if c.isalpha() and c not in "AEIOU"), "X")
    s = (L1[0] + vow + L2[0] + F[0] + dob.strftime("%y%m%d") + ("H" if sex == "M" else "M")
         + random.choice(["OC", "GT", "MC", "JC", "MN", "PL", "GR", "CS"])
         + cons(L1) + cons(L2) + cons(F) + "0")
    tot = sum(CURP_DICT.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - tot % 10) % 10)


def pub_ip():
    a = random.choice([47, 68, 71, 73, 76, 98, 99, 104, 107, 108, 172, 174, 208])
    b = 58 if a == 172 else random.randint(1, 254)
    return "%d.%d.%d.%d" % (a, b, random.randint(0, 255), random.randint(1, 254))


def priv_ip():
    return random.choice(["10.%d.%d.%d" % (random.randint(0, 255), random.randint(0, 255), random.randint(1, 254)),
                          "192.168.%d.%d" % (random.randint(0, 10), random.randint(2, 254)),
                          "172.%d.%d.%d" % (random.randint(16, 31), random.randint(0, 255), random.randint(1, 254))])


# ---------------------------------------------------------------------------
# dates and times
# ---------------------------------------------------------------------------
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONFULL = ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"]


def _nth_sunday(y, m, n):
    d = dt.date(y, m, 1)
    d += dt.timedelta(days=(6 - d.weekday()) % 7)
    return d + dt.timedelta(days=7 * (n - 1))


def _last_sunday(y, m):
    d = dt.date(y, m + 1, 1) - dt.timedelta(days=1)
    return d - dt.timedelta(days=(d.weekday() + 1) % 7)


def is_dst(d):
    """US Pacific DST rules by era (approximate before 1967)."""
    y = d.year
    if y >= 2007:
        start, end = _nth_sunday(y, 3, 2), _nth_sunday(y, 11, 1)
    elif y >= 1987:
        start, end = _nth_sunday(y, 4, 1), _last_sunday(y, 10)
    else:
        start, end = _last_sunday(y, 4), _last_sunday(y, 10)
    dd = d.date() if isinstance(d, dt.datetime) else d
    return start <= dd < end


def as_dt(d):
    return d if isinstance(d, dt.datetime) else dt.datetime(d.year, d.month, d.day)


def d_us(d):
    return "%02d/%02d/%d" % (d.month, d.day, d.year)


def d_us1(d):
    return "%d/%d/%d" % (d.month, d.day, d.year)


def d_iso(d):
    return "%04d-%02d-%02d" % (d.year, d.month, d.day)


def d_dash(d):
    return "%02d-%02d-%d" % (d.month, d.day, d.year)


def d_long(d):
    return "%s %d, %d" % (MONFULL[d.month - 1], d.day, d.year)


def d_java(d):
    x = as_dt(d)
    off = "-07:00" if is_dst(x) else "-08:00"
    return "%s %s %02d %02d:%02d:%02d GMT%s %d" % (WD[x.weekday()], MON[x.month - 1], x.day,
                                                 x.hour, x.minute, x.second, off, x.year)


def d_jsstr(d):
    x = as_dt(d)
    dst = is_dst(x)
    return "%s %s %02d %d %02d:%02d:%02d GMT%s (%s)" % (
        WD[x.weekday()], MON[x.month - 1], x.day, x.year, x.hour, x.minute, x.second,
        "-0700" if dst else "-0800", "Pacific Daylight Time" if dst else "Pacific Standard Time")


def utc_of(d):
    x = as_dt(d)
    return x + dt.timedelta(hours=7 if is_dst(x) else 8)


def d_jsiso(d):
    u = utc_of(d)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "000Z"


def ts_iso_ms(t):
    u = utc_of(t)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % random.randint(0, 999)


def ts_rfc_utc(t):
    u = utc_of(t)
    return "%s, %02d %s %d %s +0000" % (WD[u.weekday()], u.day, MON[u.month - 1], u.year, u.strftime("%H:%M:%S"))


def ts_rfc_local(t):
    return "%s, %d %s %d %s -0700" % (WD[t.weekday()], t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"))


def hms12(t):
    return t.strftime("%I:%M:%S %p").lstrip("0")


def hm12(t):
    return t.strftime("%I:%M %p").lstrip("0")


CLK = [dt.datetime(2024, 3, 11, 6, 2, 17)]


def tick(a=0, b=3):
    CLK[0] += dt.timedelta(seconds=random.randint(a, b))
    return CLK[0]


# ---------------------------------------------------------------------------
# clinic / staff (NOT PHI - look-alikes)
# ---------------------------------------------------------------------------
CLINIC = "Eastside Community Free Clinic"
CLINIC_ADDR = "1450 S Atlantic Blvd, Suite 210, East Los Angeles, CA 90022"
CLINIC_PHONE = "(323) 555-0100"
CLINIC_FAX = "(323) 555-0109"
TW_FROM = "+13235550100"
TW_FROM2 = "+13235550102"
STAFF = [("Dr. Farah Haddad", "farah.haddad@eastsidefreeclinic.org"),
         ("Tomás Reyes, RN", "tomas.reyes@eastsidefreeclinic.org"),
         ("Jenna Park", "jenna.park.efc@gmail.com"),
         ("Priya Raman", "priya.raman@eastsidefreeclinic.org"),
         ("Kwame Mensah", "kwame.mensah.volunteer@gmail.com"),
         ("Dr. Ilse Vogel", "ilse.vogel@eastsidefreeclinic.org"),
         ("Marisol Ortega", "frontdesk@eastsidefreeclinic.org"),
         ("Ben Adeyemi", "ben.adeyemi@eastsidefreeclinic.org"),
         ("Dr. Hiroshi Tanaka", "hiroshi.tanaka@eastsidefreeclinic.org"),
         ("Aaliyah Brooks, NP", "aaliyah.brooks@eastsidefreeclinic.org")]
ACSID = "AC" + hx(32)
MGSID = "MG" + hx(32)
BASE = atid("app")
TBL_PAT = atid("tbl")
TBL_APPT = atid("tbl")
FLD = {k: atid("fld") for k in ["Patient Name", "DOB", "Phone #", "Last visit", "Insurance?",
                                  "Plan ID", "Chart #", "Appt", "Status", "Email", "Address",
                                  "Loaner SN", "Hospital acct #", "Notes", "Reminder sent"]}
SEL = {k: atid("sel") for k in ["Medi-Cal", "Medicare", "None", "Covered CA", "MHLA",
                                 "Confirmed", "Unconfirmed", "No-show", "Booked"]}
USR = [(atid("usr"), STAFF[i][1], STAFF[i][0]) for i in (2, 3, 7, 6)]
WEBHOOK_ID = atid("ach")
SCRIPT_DEPLOY = "AKfycb" + rs(B62 + "-_", 66)
GCP_PROJECT = "efc-automations-41823"
JOT_FORM = "240715551234567"
JOT_WALKIN = "240716208813592"
MAKE_HOOKS = {"twilio-inbound": rs("abcdefghijklmnopqrstuvwxyz0123456789", 32),
              "jotform-intake": rs("abcdefghijklmnopqrstuvwxyz0123456789", 32),
              "kiosk-checkin": rs("abcdefghijklmnopqrstuvwxyz0123456789", 32)}
ZAP_HOOK = "https://hooks.zapier.com/hooks/catch/14823756/3k9xq2p/"

# ---------------------------------------------------------------------------
# patients (synthetic)
# ---------------------------------------------------------------------------
CITIES = [("East Los Angeles", ["90022", "90023", "90063"]), ("Los Angeles", ["90033", "90031", "90032"]),
          ("Montebello", ["90640"]), ("Pico Rivera", ["90660"]), ("Monterey Park", ["91754", "91755"]),
          ("Alhambra", ["91801", "91803"]), ("El Monte", ["91731", "91732"]), ("Bell Gardens", ["90201"]),
          ("Commerce", ["90040"]), ("Rosemead", ["91770"]), ("South Gate", ["90280"]), ("Whittier", ["90601"])]
STREETS = ["E Olympic Blvd", "Whittier Blvd", "N Soto St", "E Cesar E Chavez Ave", "Brooklyn Ave",
           "N Eastern Ave", "Garfield Ave", "Rosemead Blvd", "E Garvey Ave", "Valley Blvd", "Floral Dr",
           "S Gerhart Ave", "Arizona Ave", "Beverly Blvd", "Florence Ave", "Telegraph Rd", "Mednik Ave",
           "Hammel St", "Michigan Ave", "E 3rd St", "S Ford Blvd", "Hubbard St", "Ramona Blvd"]
AREAS = ["213", "323", "626", "562", "818", "310", "747", "424"]

# given, family, family_first, lang, sex, native, relative-first-names, age band
PDEFS = [
    ("Amaru", "Quispe", False, "es", "M", None, ["Yupanqui", "Sisa"], None),
    ("María José", "Ramírez Ortiz", False, "es", "F", None, ["Guadalupe", "Arturo"], None),
    ("Thị Lan", "Nguyễn", True, "vi", "F", None, ["Minh", "Thảo"], None),
    ("Văn Hùng", "Đặng", True, "vi", "M", None, ["Hương", "Quang"], None),
    ("Tesfaye", "Bekele", False, "en", "M", None, ["Selam", "Dawit"], None),
    ("Chiamaka", "Okonkwo", False, "en", "F", None, ["Emeka", "Adaeze"], None),
    ("Anahit", "Petrosyan", False, "en", "F", None, ["Armen", "Lilit"], None),
    ("Hovhannes", "Sargsyan", False, "en", "M", None, ["Gayane", "Tigran"], None),
    ("Min-jun", "Kang", False, "ko", "M", "강민준", ["Ji-woo", "Soo-ah"], None),
    ("Xiuying", "Wang", False, "zh", "F", "王秀英", ["Wei", "Jun"], None),
    ("Rosalinda", "Tzul", False, "es", "F", None, ["Andrés", "Juana"], None),
    ("José Ángel", "Hernández", False, "es", "M", None, ["Marisela", "Carlos"], None),
    ("Leilani", "Faleolo", False, "en", "F", None, ["Sione", "Malia"], None),
    ("Darius", "Farahani", False, "en", "M", None, ["Shirin", "Kian"], None),
    ("Oksana", "Kovalenko", False, "en", "F", None, ["Taras", "Iryna"], None),
    ("Grzegorz", "Wiśniewski", False, "en", "M", None, ["Agnieszka", "Piotr"], None),
    ("Marie-Claude", "Jean-Baptiste", False, "en", "F", None, ["Jacques", "Nadège"], None),
    ("Rajesh", "Venkataraman", False, "en", "M", None, ["Lakshmi", "Arjun"], None),
    ("Fumiko", "Takahashi", False, "en", "F", None, ["Kenji", "Naomi"], "old"),
    ("Esperanza", "Villaseñor", False, "es", "F", None, ["Rocío", "Ignacio"], "old"),
    ("Abdirahman", "Warsame", False, "en", "M", None, ["Hodan", "Faisal"], None),
    ("Fatima", "Al-Sayegh", False, "en", "F", None, ["Omar", "Layla"], None),
    ("Lucía", "Coj", False, "es", "F", None, ["Pedro", "Ana"], None),
    ("Bilal", "Qureshi", False, "en", "M", None, ["Sana", "Imran"], None),
    ("Dolores", "Fuentes", False, "es", "F", None, ["Rosa", "Beto"], "old"),
    ("Minh Khoa", "Trần", True, "vi", "M", None, ["Hà", "Tuấn"], None),
    ("Sione", "Tupou", False, "en", "M", None, ["Mele", "Viliami"], None),
    ("Ioana", "Popescu", False, "en", "F", None, ["Mihai", "Elena"], None),
    ("Jamal", "Whitaker", False, "en", "M", None, ["Denise", "Marcus"], None),
    ("Mercedes", "O'Connell-Reyes", False, "es", "F", None, ["Brigid", "Ramón"], None),
    ("Xóchitl", "Mendoza", False, "es", "F", None, ["Itzel", "Rubén"], None),
    ("Abraham", "Gebremariam", False, "en", "M", None, ["Tsega", "Yonas"], "old"),
]

FOLD = str.maketrans("áéíóúñüÁÉÍÓÚÑàèìòùâêôãõçśćłńżźęąőűăâîșțđĐễịạảấầẫậắằẵặẹẻẽếềểệỉĩọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹýÝ",
                     "aeiounuAEIOUNaeiouaeoaocsclnzzeaouaaistdDeiaaaaaaaaaaeeeeeeeiioooooooooooouuuuuuuyyyyyY")


def asciify(s):
    return s.translate(FOLD)


class Pt:
    pass


USED_PH = set()


def mkphone():
    while True:
        p = (random.choice(AREAS), "555", "01%02d" % random.randint(10, 99))
        if p not in USED_PH:
            USED_PH.add(p)
            return p


def fmt_ph(p, style):
    a, b, c = p
    return {"e164": "+1%s%s%s" % p, "paren": "(%s) %s-%s" % p, "dash": "%s-%s-%s" % p,
            "dot": "%s.%s.%s" % p, "intl": "+1 %s-%s-%s" % p, "digits": "%s%s%s" % p,
            "intlp": "+1 (%s) %s-%s" % p, "sci": jdouble(int("%s%s%s" % p)),
            "enc": "%2B1" + "%s%s%s" % p}[style]


PTS = []
for i, (given, fam, ff, lang, sex, native, rel, band) in enumerate(PDEFS):
    p = Pt()
    p.given, p.family, p.ff, p.lang, p.sex, p.native = given, fam, ff, lang, sex, native
    p.full = (fam + " " + given) if ff else (given + " " + fam)
    p.lastfirst = fam + ", " + given
    p.call = given.split()[-1] if ff else given.split()[0]
    if band == "old":
        p.dob = dt.date(random.randint(1928, 1933), random.randint(1, 12), random.randint(1, 28))
    else:
        p.dob = dt.date(random.randint(1948, 2004), random.randint(1, 12), random.randint(1, 28))
    ref = dt.date(2024, 3, 12)
    p.age = ref.year - p.dob.year - ((ref.month, ref.day) < (p.dob.month, p.dob.day))
    p.phone = mkphone()
    p.has_email = random.random() < 0.75
    loc = "".join(ch for ch in asciify(p.given.split()[0] if not ff else p.given.split()[-1]).lower() if ch.isalpha())
    fl = "".join(ch for ch in asciify(fam).lower() if ch.isalpha())
    p.email = random.choice(["%s.%s%s" % (loc, fl, dg(2)), "%s%s" % (loc, fl[:6]), "%s_%s%d" % (fl, loc, p.dob.year % 100),
                             "%s%s%s" % (loc[0], fl, dg(3))]) + "@" + random.choice(
        ["gmail.com", "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "att.net"])
    city, zips = random.choice(CITIES)
    p.street = "%d %s" % (random.randint(102, 9899), random.choice(STREETS))
    p.unit = random.choice(["", "", "", " Apt %d" % random.randint(1, 40), " Apt %d%s" % (random.randint(1, 4), random.choice("ABCD")), " #%d" % random.randint(2, 18)])
    p.city, p.zip = city, random.choice(zips)
    p.mrn = "EFC-%06d" % random.randint(1000, 9999 * 3)
    p.rec = atid("rec")
    r = random.random()
    if p.age >= 65:
        p.ins, p.plan = "Medicare", mbi()
    elif r < 0.45:
        p.ins, p.plan = "Medi-Cal", "9%07d%s" % (random.randint(0, 9999999), random.choice("ABCDEFGH"))
    elif r < 0.6:
        p.ins, p.plan = "MHLA", "M%010d" % random.randint(0, 9999999999)
    elif r < 0.72:
        p.ins, p.plan = "Covered CA", "XEA" + dg(9)
    else:
        p.ins, p.plan = "None", None
    p.ssn = ssn() if random.random() < 0.55 else None
    p.curp = curp(fam.split()[0].split("-")[0], fam.split()[1] if " " in fam else "", given.split()[0], p.dob, sex) \
        if lang == "es" and random.random() < 0.6 else None
    p.dpi = "%04d %05d %04d" % (random.randint(1000, 9999), random.randint(0, 99999), random.choice([101, 108, 901, 1201, 1301, 1401])) \
        if fam in ("Tzul", "Coj") else None
    p.dl = random.choice(UP) + dg(7)
    p.plate = str(random.randint(4, 9)) + rs("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + dg(3)
    p.vin = vin()
    p.gluco = random.choice(["C4R", "GHN", "XRM", "7KD"]) + dg(7)
    p.cuff = "2023%02d%05dLG" % (random.randint(1, 12), random.randint(0, 99999))
    p.imei = imei()
    p.ip = pub_ip()
    p.user = random.choice(["%s%s%02d" % (loc, fl[:1], p.dob.year % 100), "%s.%s" % (loc, fl), "%s%s" % (loc[:3], fl[:4])])
    p.fb = "https://www.facebook.com/%s.%s.%d" % (loc, fl, random.randint(3, 9999))
    p.ec_name = rel[0] + " " + fam.split()[0] if not ff else fam + " " + rel[0]
    p.ec_rel = random.choice(["spouse", "sibling", "child", "cousin", "friend", "parent", "roommate"])
    p.ec_phone = mkphone()
    p.rel2 = rel[1]
    p.fax = mkphone() if random.random() < 0.2 else None
    p.card = card_number()
    p.har = "40%08d" % random.randint(0, 99999999)
    p.case = "CC-24-%05d" % random.randint(100, 2999)
    p.fit = "FIT-%s-%04d" % (random.choice(["0308", "0311", "0312"]), random.randint(1, 999))
    p.appt = dt.datetime(2024, 3, random.choice([12, 13, 14, 15, 16, 18, 19, 20, 21, 22, 23]), random.choice([8, 9, 10, 11, 13, 14, 15]), random.choice([0, 30]))
    p.last_visit = dt.date(2023, 5, 1) + dt.timedelta(days=random.randint(0, 300))
    p.lang_name = {"es": "Español", "vi": "Tiếng Việt", "ko": "한국어", "zh": "中文", "en": "English"}[lang]
    PTS.append(p)
PTS[0].fax = PTS[0].fax or mkphone()
PTS[27].fax = PTS[27].fax or mkphone()


COUNT = {}
TARGET = {"age": 6, "fax": 5, "photo": 6, "biometric": 5, "license": 7, "vehicle": 7, "device": 7, "url": 7,
          "account": 8, "ip": 10, "ssn": 9, "other_id": 10}


def want(cat, p):
    """Raise the chance of an optional rare field while its category is under target."""
    return random.random() < (0.85 if COUNT.get(cat, 0) < TARGET.get(cat, 0) else p)


def pick_pref(cat, cond):
    if COUNT.get(cat, 0) < TARGET.get(cat, 0) and random.random() < 0.6:
        return random.choice([q for q in PTS if cond(q)])
    return random.choice(PTS)


def pick():
    return random.choice(PTS)


def pickn(k):
    return random.sample(PTS, k)


def name_st(p, style="full"):
    return P({"full": p.full, "lastfirst": p.lastfirst, "call": p.call, "native": p.native or p.full,
              "upper": p.full.upper(), "first_initial": p.given.split()[0] + " " + p.family[0] + "."}[style], "name")


def addr_segs(p, style="oneline"):
    if style == "oneline":
        return [(p.street + p.unit, "address"), (", ", None), (p.city, "address"), (", CA ", None), (p.zip, "zip")]
    if style == "street":
        return [(p.street + p.unit, "address")]
    raise ValueError


def plan_label(p):
    return {"Medi-Cal": "Medi-Cal CIN", "Medicare": "MBI", "MHLA": "MHLA ID", "Covered CA": "Anthem member ID"}.get(p.ins, "Plan ID")


def sms_body(p, lang=None):
    lang = lang or p.lang
    a = p.appt
    if lang == "es":
        return St("Hola ", P(p.call, "name"), ", le recordamos su cita en Eastside Community Free Clinic el %s " %
                  ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"][a.weekday()],
                  P("%d/%d" % (a.day, a.month), "date"), " a las %s. Responda C para confirmar o R para cambiar." % a.strftime("%H:%M"))
    if lang == "vi":
        return St("Chào ", P(p.call, "name"), ", nhắc lịch hẹn tại phòng khám miễn phí Eastside ngày ",
                  P("%d/%d" % (a.day, a.month), "date"), " lúc %s. Trả lời C để xác nhận." % a.strftime("%H:%M"))
    if lang == "ko" and p.native:
        return St(P(p.native[1:], "name"), "님, ", P("%d월 %d일" % (a.month, a.day), "date"),
                  " %s Eastside 무료 클리닉 예약 알림입니다. 확인하시려면 C를 회신하세요." % a.strftime("%H:%M"))
    return St("Hi ", P(p.call, "name"), ", this is Eastside Community Free Clinic reminding you of your appointment on %s " % WD[a.weekday()],
              P("%d/%d" % (a.month, a.day), "date"), " at %s. Reply C to confirm, R to reschedule. Txt STOP to opt out." % hm12(a))


def b64blob(header, n):
    return base64.b64encode(header + bytes(random.getrandbits(8) for _ in range(n))).decode()


# ---------------------------------------------------------------------------
# blocks: each returns a list of Line
# ---------------------------------------------------------------------------

def gl(level, fam="gas-exec-log"):
    return Line(fam).t("%s\t%s\t" % (hms12(tick(0, 2)), level))


def blk_gas_exec():
    out = []
    fn = random.choice(["sendReminders", "sendReminders", "syncIntakeToSheet", "flagOverdueFollowups", "dailyDigest", "issueParkingPermits"])
    out.append(gl("Notice").t("Execution started"))
    if fn == "sendReminders":
        n = random.randint(60, 240)
        out.append(gl("Info").t("Loaded %d rows from 'Appointments'!A2:H%d in %d ms" % (n, n + 1, random.randint(180, 1400))))
        if random.random() < 0.5:
            out.append(gl("Info").t("[Timestamp, Patient Name, DOB, Phone #, Appt, Last visit, Insurance?, Reminder sent]"))
        sent = 0
        for p in pickn(random.randint(1, 3)) if random.random() < 0.7 else [pick()]:
            rn = random.randint(2, n)
            r = random.random()
            if r < 0.4:
                booked = dt.datetime(2024, 3, random.randint(1, 11), random.randint(8, 18), random.randint(0, 59), random.randint(0, 59))
                row = [d_java(booked), name_st(p), P(d_java(p.dob), "date"),
                       P(fmt_ph(p.phone, random.choice(["sci", "paren", "dash"])), "phone"),
                       P(d_java(p.appt), "date"), P(d_java(p.last_visit), "date"), p.ins, False]
                out.append(gl("Info").a(JV(row)))
            elif r < 0.75:
                obj = {"Patient Name": name_st(p), "Phone #": P(fmt_ph(p.phone, "e164"), "phone"),
                       "Appt": RP(d_jsiso(p.appt), "date"), "Insurance?": p.ins, "row": rn}
                if random.random() < 0.4:
                    obj["Lang"] = p.lang
                out.append(gl("Info").a(JS(obj)))
            if random.random() < 0.12:
                bad = fmt_ph(p.phone, "dash")[:-1]
                out.append(gl("Warning").t("Row %d: Phone # looks invalid ('" % rn).v(bad, "phone").t("') for ").a(name_st(p)).t(" — skipped"))
                continue
            out.append(gl("Info").t("Sending reminder → ").v(fmt_ph(p.phone, "e164"), "phone").t(" (row %d, lang=%s)" % (rn, p.lang)))
            if random.random() < 0.7:
                out.append(gl("Info").t("POST https://api.twilio.com/2010-04-01/Accounts/%s/Messages.json → %d (%d ms) sid=%s" %
                                        (ACSID, 201, random.randint(180, 900), "SM" + hx(32))))
            sent += 1
        if random.random() < 0.2:
            p = pick()
            bad = "+1" + fmt_ph(p.phone, "digits")[:-1]
            out.append(gl("Error").t('Exception: Request failed for https://api.twilio.com returned code 400. Truncated server response: {"code": 21211, "message": "The \'To\' number ')
                       .v(bad, "phone").t(' is not a valid phone number.", "more_info": "https://www.twilio.com/docs/errors/21211", "status": 400} (use muteHttpExceptions option to examine full response)'))
        out.append(gl("Info").t("Skipped %d rows (Reminder sent = TRUE or Appt in past)" % random.randint(20, n - 5)))
        out.append(gl("Info").t("Done: sent=%d skipped=%d errors=0 remainingDailyQuota(UrlFetch)=%d" % (sent, random.randint(3, 40), random.randint(18000, 19990))))
    elif fn == "syncIntakeToSheet":
        p = pick_pref("ssn", lambda q: q.ssn)
        out.append(gl("Info").t("Fetching new JotForm submissions since %s" % ts_iso_ms(CLK[0] - dt.timedelta(minutes=15))))
        obj = {"Patient Name": name_st(p), "DOB": P(d_java(p.dob), "date"),
               "Phone #": P(fmt_ph(p.phone, "paren"), "phone"), "Insurance?": p.ins}
        if p.plan:
            obj["Plan ID"] = P(p.plan, "health_plan")
        obj["Address"] = St(*addr_segs(p))
        if p.ssn and want("ssn", 0.5):
            obj["SSN"] = P(p.ssn, "ssn")
        obj["Submission ID"] = "58" + dg(17)
        if want("ip", 0.4):
            obj["IP"] = P(p.ip, "ip")
        out.append(gl("Info").t("New intake: ").a(JV(obj)))
        out.append(gl("Info").t("appendRow OK -> 'Intake 2024'!A%d:K%d" % ((rr := random.randint(200, 420)), rr)))
        if random.random() < 0.4:
            out.append(gl("Warning").t("Possible duplicate of ").v(p.mrn, "mrn").t(" (same DOB + Phone #) — flagged for review"))
        else:
            out.append(gl("Info").t("No duplicates found (checked %d rows)" % random.randint(300, 900)))
    elif fn == "issueParkingPermits":
        out.append(gl("Info").t("Reading 'Parking' sheet (A2:F%d), lot capacity 14" % random.randint(20, 90)))
        for p in pickn(random.randint(1, 2)):
            permit = "P-2024-%04d" % random.randint(1, 400)
            obj = {"Patient Name": name_st(p), "Plate": P(p.plate, "vehicle"), "State": "CA"}
            if random.random() < 0.5:
                obj["VIN"] = P(p.vin, "vehicle")
            obj["Permit #"] = permit
            obj["Valid until"] = "Sat Jun 29 2024"
            out.append(gl("Info").a(JV(obj)))
        out.append(gl("Info").t("Permits PDF generated: %s (%d pages) → Drive folder EFC/Parking" % ("1" + rs(B62 + "-_", 32), random.randint(1, 3))))
    elif fn == "flagOverdueFollowups":
        out.append(gl("Info").t("Scanning 'Patients' for Last visit older than 90 days (cutoff %s)" % d_iso(CLK[0] - dt.timedelta(days=90))))
        for p in pickn(random.randint(1, 2)) if random.random() < 0.8 else []:
            days = (CLK[0].date() - p.last_visit).days
            out.append(gl("Info").t("Overdue: ").a(name_st(p)).t(" (").v(p.mrn, "mrn").t(") last visit ")
                       .v(d_jsstr(p.last_visit)[:15], "date").t(" (%d days)" % days))
        out.append(gl("Info").t("%d patients flagged; label 'Needs call' applied; assigned to %s" % (random.randint(1, 9), random.choice([STAFF[1][0], STAFF[6][0], STAFF[9][0]]))))
    else:
        out.append(gl("Info").t("Building digest for %s (%d appts, %d unconfirmed)" % (d_iso(CLK[0] + dt.timedelta(days=1)), random.randint(8, 20), random.randint(0, 5))))
        out.append(gl("Info").t("MailApp.getRemainingDailyQuota() = %d" % random.randint(40, 99)))
        if random.random() < 0.3:
            out.append(gl("Error").t('Exception: Service invoked too many times for one day: email. (line %d, file "Digest")' % random.randint(60, 140)))
        else:
            out.append(gl("Info").t("Digest sent to volunteers-%s@googlegroups.com (%d recipients)" % (WD[(CLK[0].weekday() + 1) % 7].lower(), random.randint(8, 31))))
    out.append(gl("Notice").t("Execution completed"))
    return out


def blk_gforms():
    fam = "gforms-onsubmit"
    out = []
    out.append(gl("Notice", fam).t("Execution started"))
    p = pick_pref("age", lambda q: q.age > 89) if random.random() < 0.5 else pick_pref("other_id", lambda q: q.curp or q.dpi)
    ts = CLK[0] - dt.timedelta(seconds=random.randint(2, 9))
    form = random.choice(["Walk-in sign-in (Sat)", "New Patient Intake"])
    out.append(gl("Info", fam).t("onFormSubmit: form '%s' (%s) response %s" % (form, "1FAIpQLS" + rs(B62 + "-_", 48), "2_ABaOnud" + rs(B62 + "-_", 50))))
    items = [("Timestamp", "%d/%d/%d %d:%02d:%02d" % (ts.month, ts.day, ts.year, ts.hour, ts.minute, ts.second)),
             ("Patient Name", name_st(p, "native" if p.native and random.random() < 0.5 else "full")),
             ("DOB", P(d_us1(p.dob), "date")),
             ("Phone #", P(fmt_ph(p.phone, random.choice(["paren", "dash", "digits"])), "phone"))]
    if p.has_email:
        items.append(("Email Address", P(p.email, "email")))
    items.append(("Age", P(str(p.age), "age") if p.age > 89 else str(p.age)))
    if random.random() < 0.6:
        items.append(("Address", St(*addr_segs(p))))
    items.append(("Insurance?", p.ins if p.ins != "None" else "No / Not sure"))
    if p.plan and random.random() < 0.7:
        items.append(("Medi-Cal / Medicare #", P(p.plan, "health_plan")))
    if p.ssn and want("ssn", 0.4):
        items.append(("SSN (optional)", P(p.ssn, "ssn")))
    if want("license", 0.3):
        items.append(("Driver's license # (pharmacy pickup)", P(p.dl, "license")))
    if p.fax and want("fax", 0.5):
        items.append(("Fax (optional)", P(fmt_ph(p.fax, "dash"), "fax")))
    if p.curp and random.random() < 0.7:
        items.append(("ID (CURP / matrícula / DPI)", P(p.curp, "other_id")))
    elif p.dpi:
        items.append(("ID (CURP / matrícula / DPI)", P(p.dpi, "other_id")))
    if random.random() < 0.5:
        items.append(("Emergency contact", St(P(p.ec_name, "name"), " (%s) " % p.ec_rel, P(fmt_ph(p.ec_phone, "paren"), "phone"))))
    if want("url", 0.25):
        items.append(("Facebook (optional, for outreach)", P(p.fb, "url")))
    items.append(("Preferred language", p.lang_name))
    if random.random() < 0.5:
        items.append(("Reason for visit", random.choice(["BP check", "refill metformin", "dolor de espalda", "dental pain", "flu shot", "diabetes follow-up"])))
    mode = random.random()
    if mode < 0.5:
        random.shuffle(items)
        out.append(gl("Info", fam).a(JV({k: [v] for k, v in items})))
    elif mode < 0.8:
        out.append(gl("Info", fam).t("e.values = ").a(JV([v for _, v in items])))
    else:
        out.append(gl("Info", fam).a(J({k: [v] for k, v in items})))
    out.append(gl("Info", fam).t("Copied to 'Form Responses 1' row %d; notified intake@eastsidefreeclinic.org" % random.randint(40, 600)))
    if p.has_email and random.random() < 0.5:
        out.append(gl("Info", fam).t("Sending confirmation (%s) to " % p.lang).v(p.email, "email"))
    if random.random() < 0.2:
        out.append(gl("Info", fam).t("Trigger %s fired by installable onFormSubmit (owner: %s)" % (dg(19), STAFF[3][1])))
    out.append(gl("Notice", fam).t("Execution completed"))
    return out


def jot_raw(p):
    raw = {"slug": "submit/" + JOT_FORM, "jsExecutionTracker": "build-date-17101%08d=>init-started:17101%08d" % (random.randint(0, 99999999), random.randint(0, 99999999)),
           "submitSource": "form", "buildDate": "17101%08d" % random.randint(0, 99999999),
           "q3_patientName": {"first": P(p.given, "name"), "last": P(p.family, "name")},
           "q4_dateOf": {"month": P("%02d" % p.dob.month, "date"), "day": P("%02d" % p.dob.day, "date"), "year": P(str(p.dob.year), "date")},
           "q5_phoneNumber": {"full": P(fmt_ph(p.phone, "paren"), "phone")}}
    if p.has_email:
        raw["q6_email"] = P(p.email, "email")
    raw["q7_address"] = {"addr_line1": P(p.street, "address"), "addr_line2": P(p.unit.strip(), "address") if p.unit else "",
                         "city": P(p.city, "address"), "state": "CA", "postal": P(p.zip, "zip")}
    raw["q8_insurance"] = p.ins
    if p.plan:
        raw["q9_planId"] = P(p.plan, "health_plan")
    if p.ssn and want("ssn", 0.4):
        raw["q10_ssnoptional"] = P(p.ssn, "ssn")
    if want("license", 0.4):
        raw["q11_driversLicense"] = P(p.dl, "license")
    if p.curp and random.random() < 0.5:
        raw["q13_curpOr"] = P(p.curp, "other_id")
    raw["q12_preferredLanguage"] = p.lang_name
    raw["event_id"] = "17101%08d_%s_%s" % (random.randint(0, 99999999), JOT_FORM, rs("abcdefghijklmnopqrstuvwxyz0123456789", 7))
    raw["timeToSubmit"] = str(random.randint(90, 900))
    raw["validatedNewRequiredFieldIDs"] = '{"new":1}'
    raw["path"] = "/submit/" + JOT_FORM
    return raw


def blk_jot_webhook():
    fam = "jotform-webhook"
    out = []
    p = pick_pref("ssn", lambda q: q.ssn)
    sub = "58" + dg(17)
    out.append(gl("Info", fam).t("doPost: JotForm webhook formID=%s submissionID=%s type=WEB username=eastsidefreeclinic" % (JOT_FORM, sub)))
    r = random.random()
    if r < 0.45:
        raw_segs = J(jot_raw(p), slash=True)
        pretty = St("Patient Name:", P(p.full, "name"), ", Date of Birth:", P("%02d %02d %d" % (p.dob.month, p.dob.day, p.dob.year), "date"),
                    ", Phone Number:", P(fmt_ph(p.phone, "paren"), "phone"), ", Insurance?:", p.ins)
        params = {"formID": JOT_FORM, "submissionID": sub, "webhookURL": "https://script.google.com/macros/s/%s/exec" % SCRIPT_DEPLOY,
                  "ip": P(p.ip, "ip"), "formTitle": "New Patient Intake (EN/ES)", "pretty": pretty, "username": "eastsidefreeclinic",
                  "rawRequest": St(*raw_segs), "type": "WEB"}
        out.append(gl("Info", fam).a(J(params)))
    elif r < 0.75:
        out.append(gl("Info", fam).t("rawRequest = ").a(J(jot_raw(p), slash=True)))
    else:
        out.append(gl("Info", fam).t("submission %s from ip=" % sub).v(p.ip, "ip").t(" took %ss; files=0" % random.randint(60, 700)))
    if random.random() < 0.6:
        out.append(gl("Info", fam).t("Airtable create → %s (HTTP 200, %d ms)" % (p.rec, random.randint(250, 1100))))
    if random.random() < 0.3:
        out.append(gl("Warning", fam).t("JotForm API: GET /form/%s/submissions?limit=20 → 429 Too Many Requests (retry-after 60)" % JOT_FORM))
    return out


def blk_jot_email():
    fam = "jotform-email"
    out = []
    p = pick_pref("fax", lambda q: q.fax)
    sub = "58" + dg(17)
    t = tick(5, 30)
    L = lambda: Line(fam)
    out.append(L().t("From: JotForm <noreply@jotform.com>"))
    if random.random() < 0.5:
        out.append(L().t("To: intake@eastsidefreeclinic.org"))
    if random.random() < 0.5:
        out.append(L().t("Date: %s" % ts_rfc_local(t)))
    if random.random() < 0.5:
        out.append(L().t("Subject: Re: New Patient Intake (EN/ES) - ").a(name_st(p)))
    else:
        out.append(L().t("Subject: New Patient Intake (EN/ES) - New Submission #%s" % sub[-6:]))
    rows = [(("Patient Name", name_st(p)), 1.0),
            (("Date of Birth", P(d_dash(p.dob), "date")), 0.9),
            (("Phone #", P(fmt_ph(p.phone, "paren"), "phone")), 0.8),
            (("Email", P(p.email, "email")), 0.6 if p.has_email else 0),
            (("Address", St(*addr_segs(p))), 0.6),
            (("Insurance?", St(p.ins)), 0.6),
            ((plan_label(p), P(p.plan, "health_plan") if p.plan else St("")), 0.6 if p.plan else 0),
            (("Social Security # (optional)", P(p.ssn, "ssn") if p.ssn else St("")), 0.6 if p.ssn else 0),
            (("Driver's License / State ID", St("CA ", P(p.dl, "license"))), 0.9 if want("license", 0.35) else 0),
            (("License plate (parking permit)", P(p.plate, "vehicle")), 0.9 if want("vehicle", 0.3) else 0),
            (("Emergency Contact", St(P(p.ec_name, "name"), " (%s) " % p.ec_rel, P(fmt_ph(p.ec_phone, "paren"), "phone"))), 0.5),
            (("Fax # (to receive records)", P(fmt_ph(p.fax, "paren"), "fax") if p.fax else St("")), 0.8 if p.fax else 0),
            (("Preferred Language", St(p.lang_name)), 0.5),
            (("Photo ID", P("https://www.jotform.com/uploads/eastsidefreeclinic/%s/%s/%s_%s_ID.jpg" %
                            (JOT_FORM, sub, asciify(p.given.split()[0]), asciify(p.family.split()[0])), "url")), 0.9 if want("url", 0.3) else 0)]
    tab = random.random() < 0.5
    for (k, v), pr in rows:
        if random.random() < pr:
            out.append(L().t(k + ("\t" if tab else ": ")).a(v))
    if random.random() < 0.5:
        st = random.choice([STAFF[6], STAFF[1], STAFF[3]])
        out.append(L().t("Assigned to: %s <%s>" % st))
    out.append(L().t("View submission: https://www.jotform.com/inbox/%s/%s" % (JOT_FORM, sub)))
    if random.random() < 0.5:
        out.append(L().t("You can edit this submission and view all your submissions easily."))
    return out


def at_payload(p, kind):
    user = random.choice(USR)
    ts = ts_iso_ms(CLK[0])
    if kind == "form":
        meta = {"source": "formSubmission", "sourceMetadata": {"viewId": atid("viw")}}
    else:
        meta = {"source": "client", "sourceMetadata": {"user": {"id": user[0], "email": user[1], "permissionLevel": "create", "name": user[2]}}}
    if kind == "form":
        cells = {FLD["Patient Name"]: name_st(p), FLD["DOB"]: P(d_iso(p.dob), "date"),
                 FLD["Phone #"]: P(fmt_ph(p.phone, "paren"), "phone"),
                 FLD["Insurance?"]: {"id": SEL[p.ins], "name": p.ins, "color": "blueLight2"}}
        if p.plan and random.random() < 0.6:
            cells[FLD["Plan ID"]] = P(p.plan, "health_plan")
        if p.has_email and random.random() < 0.5:
            cells[FLD["Email"]] = P(p.email, "email")
        recs = {"createdRecordsById": {p.rec: {"createdTime": ts, "cellValuesByFieldId": cells}}}
    else:
        field = random.choice(["Last visit", "Loaner SN", "Hospital acct #", "Status", "Chart #", "Notes"])
        if COUNT.get("account", 0) < TARGET["account"] and random.random() < 0.4:
            field = "Hospital acct #"
        elif COUNT.get("device", 0) < TARGET["device"] and random.random() < 0.5:
            field = "Loaner SN"
        if field == "Last visit":
            cur, prev = P(d_iso(p.appt), "date"), P(d_iso(p.last_visit), "date")
        elif field == "Loaner SN":
            cur, prev = P(random.choice([p.gluco, p.cuff]), "device"), None
        elif field == "Hospital acct #":
            cur, prev = P(p.har, "account"), None
        elif field == "Chart #":
            cur, prev = P(p.mrn, "mrn"), None
        elif field == "Notes":
            cur = St("Called ", P(p.ec_name, "name"), " (%s) re: ride, will bring her %s" % (p.ec_rel, random.choice(["Tue", "Thu", "Sat"])))
            prev = ""
        else:
            cur = {"id": SEL["Confirmed"], "name": "Confirmed", "color": "greenLight2"}
            prev = {"id": SEL["Unconfirmed"], "name": "Unconfirmed", "color": "yellowLight2"}
        chg = {"current": {"cellValuesByFieldId": {FLD[field]: cur}},
               "previous": {"cellValuesByFieldId": {FLD[field]: prev}}}
        if random.random() < 0.5:
            chg["unchanged"] = {"cellValuesByFieldId": {FLD["Patient Name"]: name_st(p)}}
        recs = {"changedRecordsById": {p.rec: chg}}
    return {"timestamp": ts, "baseTransactionNumber": random.randint(4000, 90000), "actionMetadata": meta,
            "payloadFormat": "v0", "changedTablesById": {TBL_PAT if kind == "form" or random.random() < 0.6 else TBL_APPT: recs}}


def blk_at_webhook():
    fam = "airtable-webhook"
    out = []
    tick(1, 5)
    out.append(Line(fam).a(J({"base": {"id": BASE}, "webhook": {"id": WEBHOOK_ID}, "timestamp": ts_iso_ms(CLK[0])})))
    n = random.randint(1, 3)
    for _ in range(n):
        tick(0, 2)
        if random.random() < 0.8:
            out.append(Line(fam).a(J(at_payload(pick(), random.choice(["form", "edit", "edit"])))))
        else:
            out.append(Line(fam).a(J({"timestamp": ts_iso_ms(CLK[0]), "baseTransactionNumber": random.randint(4000, 90000),
                                       "actionMetadata": {"source": "automation", "sourceMetadata": {"automationId": atid("aut")}},
                                       "payloadFormat": "v0", "changedTablesById": {TBL_APPT: {"changedRecordsById": {atid("rec"): {
                                           "current": {"cellValuesByFieldId": {FLD["Reminder sent"]: True}},
                                           "previous": {"cellValuesByFieldId": {FLD["Reminder sent"]: None}}}}}}})))
    out.append(Line(fam).a(J({"cursor": random.randint(1200, 9000), "mightHaveMore": False, "payloadFormat": "v0", "payloadCount": n})))
    if random.random() < 0.3:
        out.append(Line(fam).a(J({"expirationTime": ts_iso_ms(CLK[0] + dt.timedelta(days=7))})))
    return out


def blk_at_auto():
    fam = "airtable-automation"
    out = []
    r = random.random()
    if r < 0.6:
        auto = random.choice(["Appt booked → SMS reminder", "No-show → add to call list"])
    elif r < 0.75:
        auto = "Dedupe patients"
    elif r < 0.8:
        auto = "New intake → assign chart #"
    elif r < 0.9:
        auto = "Loaner device returned"
    else:
        auto = "Appt booked → SMS reminder"
    run = random.randint(1200, 4800)
    t0 = tick(5, 40)

    def L(action, kind):
        t = tick(0, 2)
        return Line(fam).t('%s PDT  automation="%s"  run=%d  %s  %s  ' % (t.strftime("%Y-%m-%d %H:%M:%S"), auto, run, action, kind))

    rec = atid("rec")
    out.append(L("trigger", "INFO").t("When record matches conditions (table: %s, record: %s, last modified by %s)" % (random.choice(["Appointments", "Patients"]), rec, random.choice(USR)[2])))
    out.append(L('action 1/3 "Run a script"', "CONSOLE.LOG").a(J({"recordId": rec, "tableId": TBL_APPT, "baseId": BASE})))
    p = pick()
    if r < 0.35:
        obj = {"patientName": name_st(p), "phone": P(fmt_ph(p.phone, "e164"), "phone"), "apptAt": P(d_jsiso(p.appt), "date"), "lang": p.lang}
        out.append(L('action 1/3 "Run a script"', "CONSOLE.LOG").a(J(obj, sep=(", ", ": "))))
    elif r < 0.6:
        out.append(L('action 1/3 "Run a script"', "CONSOLE.LOG").t("Texting ").v(p.call, "name").t(" at ").v(fmt_ph(p.phone, "e164"), "phone")
                   .t(" for appt ").v("%s %s %d %s" % (WD[p.appt.weekday()], MON[p.appt.month - 1], p.appt.day, hm12(p.appt)), "date"))
    elif r < 0.75:
        out.append(L('action 1/3 "Run a script"', "CONSOLE.WARN").t('Duplicate patient? "').a(name_st(p)).t('" DOB ').v(d_iso(p.dob), "date")
                   .t(" matches %s and %s" % (p.rec, atid("rec"))))
    elif r < 0.8:
        out.append(L('action 1/3 "Run a script"', "CONSOLE.LOG").t("Assigned ").v(p.mrn, "mrn").t(" to ").a(name_st(p)))
    elif r < 0.9:
        out.append(L('action 1/3 "Run a script"', "CONSOLE.LOG").a(J({"Loaner SN": P(random.choice([p.gluco, p.cuff]), "device"),
                   "Chart #": P(p.mrn, "mrn"), "returned": True, "condition": random.choice(["ok", "missing strips", "cuff torn"])}, sep=(", ", ": "))))
    else:
        out.append(L('action 1/3 "Run a script"', "CONSOLE.WARN").t("Twilio 429 Too Many Requests, retrying in %d ms" % random.choice([1000, 2000, 4000])))
    if random.random() < 0.2:
        out.append(L('action 2/3 "Update record"', "ERROR").t("Field \"Insurance?\" cannot accept the provided value \"medi cal\" (INVALID_MULTIPLE_CHOICE_OPTIONS)"))
        out.append(L("", "FAILED").t("duration=%.1fs" % random.uniform(0.5, 6)))
    else:
        out.append(L('action 2/3 "Update record"', "INFO").t("Updated 1 record in Appointments (%s)" % rec))
        out.append(L("", "SUCCEEDED").t("duration=%.1fs  actions=3" % random.uniform(0.5, 6)))
    return out


ZAPS = [("Google Form → Airtable Patients", "218734550"), ("Twilio reply → Update Appt", "219004118"),
        ("New JotForm → Slack #intake", "219118302"), ("Airtable No-show → Email Tomás", "220457761"),
        ("Daily backup: Sheet → Drive CSV", "220983410")]


def blk_zap_export():
    fam = "zapier-task-export"
    out = []
    if random.random() < 0.5:
        out.append(Line(fam).t("zap_run_id,zap_id,zap_title,status,start_time,end_time,tasks,step,app,error,data_in,data_out"))
    for _ in range(random.randint(2, 5)):
        t = tick(20, 900)
        zt, zid = random.choices(ZAPS, weights=[3, 3, 2, 2, 1])[0]
        run = "01HR" + rs("0123456789ABCDEFGHJKMNPQRSTVWXYZ", 22)
        st = t.strftime("%Y-%m-%dT%H:%M:%S-07:00")
        en = (t + dt.timedelta(seconds=random.randint(1, 9))).strftime("%Y-%m-%dT%H:%M:%S-07:00")
        p = pick()
        if zid == "220983410":
            row = [run, zid, zt, "success", st, en, "2", "2", "Google Drive", "", J({"file_name": "patients_%s.csv" % t.strftime("%Y%m%d"), "folder": "EFC/Backups"}),
                   J({"id": "1" + rs(B62 + "-_", 32), "size": str(random.randint(40000, 200000))})]
        elif zid == "218734550":
            din = {"Patient Name": name_st(p), "DOB": P(d_us1(p.dob), "date"), "Phone #": P(fmt_ph(p.phone, "dash"), "phone"), "Insurance?": p.ins}
            if random.random() < 0.4 and p.has_email:
                din["Email Address"] = P(p.email, "email")
            row = [run, zid, zt, "success", st, en, "2", "2", "Airtable", "", J(din, sep=(", ", ": ")), J({"id": p.rec, "createdTime": ts_iso_ms(t)})]
        elif zid == "219004118":
            if random.random() < 0.4:
                row = [run, zid, zt, "filtered", st, en, "0", "2", "Filter by Zapier", "Only continue if Body (Text) Exactly matches C - did not match",
                       J({"Body": random.choice(["Ok", "Gracias", "👍", "?"]), "SmsStatus": "received"}), ""]
            else:
                din = {"From": P(fmt_ph(p.phone, "e164"), "phone"), "Body": random.choice(["C", "c", "Si", "Yes", "Confirmo"]), "MessageSid": "SM" + hx(32)}
                row = [run, zid, zt, "success", st, en, "3", "3", "Airtable", "", J(din), J({"id": atid("rec"), "fields": {"Status": "Confirmed"}})]
        elif zid == "219118302":
            msg = St(":clipboard: New intake: ", P(p.given.split()[0] + " " + p.family[0] + ".", "name"), " (DOB ",
                     P("%d/%d/%02d" % (p.dob.month, p.dob.day, p.dob.year % 100), "date"), ") — ", p.lang_name, ", ", p.ins)
            row = [run, zid, zt, random.choice(["success", "success", "halted"]), st, en, "2", "2", "Slack",
                   "", J({"channel": "C04" + rs(UP + "0123456789", 8), "text": msg, "ip": P(p.ip, "ip")} if want("ip", 0.3) else {"channel": "C04" + rs(UP + "0123456789", 8), "text": msg}),
                   J({"ok": True, "ts": "%d.%06d" % (int(utc_of(t).timestamp()), random.randint(0, 999999))})]
        else:
            if random.random() < 0.5:
                row = [run, zid, zt, "errored", st, en, "1", "2", "Gmail", "The app returned \"Daily user sending quota exceeded.\"",
                       J({"to": "tomas.reyes@eastsidefreeclinic.org", "subject": "No-show list %s" % d_iso(t)}), ""]
            else:
                row = [run, zid, zt, "success", st, en, "2", "2", "Gmail", "",
                       J({"to": "tomas.reyes@eastsidefreeclinic.org", "subject": "No-show today",
                          "body": St("No-show today: ", name_st(p), " ", P(fmt_ph(p.phone, "paren"), "phone"), " — chart ", P(p.mrn, "mrn"))}), J({"id": hx(16), "threadId": hx(16)})]
        out.append(Line(fam).a(CSV(row)))
    return out


def blk_zap_code():
    fam = "zapier-code-log"
    out = []
    p = pick()
    if random.random() < 0.6:
        logs = [St("input phone ", P(fmt_ph(p.phone, random.choice(["paren", "dash", "dot"])), "phone")),
                St("normalized -> ", P(fmt_ph(p.phone, "e164"), "phone"))]
        o = {"id": hx(8) + "-" + hx(4) + "-" + hx(4) + "-" + hx(4) + "-" + hx(12), "phone_e164": P(fmt_ph(p.phone, "e164"), "phone"),
             "runtime_meta": {"logs": logs, "memory_used_in_mb": str(random.randint(48, 72)), "duration_in_milliseconds": random.randint(4, 60),
                              "partial_output": None}}
    else:
        if want("other_id", 0.35):
            out.append(Line(fam).a(J({"id": hx(8) + "-" + hx(4) + "-" + hx(4) + "-" + hx(4) + "-" + hx(12), "username": P(p.user, "other_id"),
                                      "runtime_meta": {"logs": [St("created portal user ", P(p.user, "other_id"), " for ", P(p.mrn, "mrn"))],
                                                       "memory_used_in_mb": str(random.randint(48, 72)), "duration_in_milliseconds": random.randint(4, 60), "partial_output": None}})))
        o = {"id": hx(8) + "-" + hx(4) + "-" + hx(4) + "-" + hx(4) + "-" + hx(12), "is_weekend": random.choice(["true", "false"]),
             "runtime_meta": {"logs": ["tz=America/Los_Angeles", "skip: outside 8am-7pm window"], "memory_used_in_mb": str(random.randint(48, 72)),
                              "duration_in_milliseconds": random.randint(4, 60), "partial_output": None}}
    out.append(Line(fam).a(J(o)))
    if random.random() < 0.5:
        out.append(Line(fam).a(J({"error": None, "runtime_meta": {"logs": ["zap 219004118 step 2 ok"], "memory_used_in_mb": "51", "duration_in_milliseconds": random.randint(3, 20)}})))
    return out


def blk_tw_status():
    fam = "twilio-status-cb"
    out = []
    for _ in range(random.randint(1, 3)):
        p = pick()
        smsid = "SM" + hx(32)
        status = random.choice(["sent", "delivered", "delivered", "delivered", "undelivered", "failed"])
        pairs = [("SmsSid", smsid), ("SmsStatus", status), ("MessageStatus", status)]
        if status in ("undelivered", "failed"):
            pairs.insert(0, ("ErrorCode", random.choice(["30003", "30005", "30006", "30007"])))
        pairs += [("To", P("+1" + fmt_ph(p.phone, "digits"), "phone")), ("MessagingServiceSid", MGSID), ("MessageSid", smsid),
                  ("AccountSid", ACSID), ("From", TW_FROM), ("ApiVersion", "2010-04-01")]
        if status == "delivered" and random.random() < 0.5:
            pairs.insert(0, ("RawDlrDoneDate", tick(1, 20).strftime("%y%m%d%H%M")))
        out.append(gl("Info", fam).t("doPost e.postData.contents=").a(FORM(pairs)))
        if random.random() < 0.35:
            out.append(gl("Info", fam).t("status %s → %s (Appointments row %d)" % (smsid, status, random.randint(2, 300))))
    if random.random() < 0.3:
        out.append(gl("Warning", fam).t("Twilio debugger 11200: HTTP retrieval failure for https://script.google.com/macros/s/%s/exec (status 502)" % SCRIPT_DEPLOY[:20]))
    return out


INBOUND_BODIES = ["C", "c", "C ", "Yes", "Si", "Confirmo", "STOP", "R", "ok gracias", "Đã nhận, cảm ơn", "확인했습니다",
                  "What time again?", "Can I move to Friday?", "Necesito cambiar la cita por favor", "Wrong number"]


def blk_tw_inbound():
    fam = "twilio-inbound-sms"
    out = []
    p = pick()
    smsid = "SM" + hx(32)
    r = random.random()
    if r < 0.12:
        body = St("This is ", P(p.rel2, "name"), ", ", P(p.call, "name"), "'s %s. She is in the hospital since " % random.choice(["daughter", "son", "granddaughter"]),
                  P("%d/%d" % (CLK[0].month, CLK[0].day - 1), "date"), ", cannot come")
    elif r < 0.2:
        body = St("my new number is ", P(fmt_ph(p.ec_phone, "dash"), "phone"), " pls update")
    else:
        body = St(random.choice(INBOUND_BODIES))
    t = tick(30, 600)
    pairs = [("ToCountry", "US"), ("ToState", "CA"), ("SmsMessageSid", smsid), ("NumMedia", "0"), ("ToCity", "LOS ANGELES"),
             ("FromZip", P(p.zip, "zip")), ("SmsSid", smsid), ("FromState", "CA"), ("SmsStatus", "received"),
             ("FromCity", P(p.city.upper(), "address")), ("Body", body), ("FromCountry", "US"), ("To", TW_FROM),
             ("MessagingServiceSid", MGSID), ("ToZip", "90022"), ("NumSegments", "1"), ("MessageSid", smsid),
             ("AccountSid", ACSID), ("From", P("+1" + fmt_ph(p.phone, "digits"), "phone")), ("ApiVersion", "2010-04-01")]
    out.append(Line(fam).t("%s [webhooks] POST https://hook.us1.make.com/%s content-type=application/x-www-form-urlencoded body=" %
                           (ts_iso_ms(t), MAKE_HOOKS["twilio-inbound"])).a(FORM(pairs)))
    if random.random() < 0.5:
        out.append(Line(fam).t("%s [webhooks] 200 Accepted (queue size %d, worker %s:8080)" % (ts_iso_ms(tick(0, 1)), random.randint(0, 3), priv_ip())))
    return out


def blk_tw_csv():
    fam = "twilio-msglog-csv"
    out = []
    if random.random() < 0.5:
        out.append(Line(fam).t("Sid,From,To,Body,Status,SentDate,ApiVersion,NumSegments,ErrorCode,AccountSid,Direction,Price,PriceUnit"))
    for _ in range(random.randint(2, 5)):
        p = pick()
        t = tick(10, 300)
        sd = utc_of(t).strftime("%Y-%m-%d %H:%M:%S")
        if random.random() < 0.65:
            body = sms_body(p)
            ascii_ = all(ord(c) < 128 for c in body.text())
            status = random.choice(["delivered", "delivered", "delivered", "undelivered", "sent"])
            nseg = (1 if len(body.text()) <= 160 else 2) if ascii_ else (len(body.text()) + 66) // 67
            row = ["SM" + hx(32), TW_FROM, P(fmt_ph(p.phone, "e164"), "phone"), body, status, sd, "2010-04-01",
                   str(nseg), "30003" if status == "undelivered" else "",
                   ACSID, "outbound-api", "-%.5f" % (0.0079 * nseg), "USD"]
        else:
            row = ["SM" + hx(32), P(fmt_ph(p.phone, "e164"), "phone"), TW_FROM, random.choice(INBOUND_BODIES), "received", sd,
                   "2010-04-01", "1", "", ACSID, "inbound", "-0.00790", "USD"]
        out.append(Line(fam).a(CSV(row)))
    return out


def blk_tw_api():
    fam = "twilio-api-json"
    out = []
    p = pick()
    t = tick(0, 3)
    sid = "SM" + hx(32)
    body = sms_body(p)
    o = {"account_sid": ACSID, "api_version": "2010-04-01", "body": body, "date_created": ts_rfc_utc(t), "date_sent": None,
         "date_updated": ts_rfc_utc(t), "direction": "outbound-api", "error_code": None, "error_message": None, "from": None,
         "messaging_service_sid": MGSID, "num_media": "0", "num_segments": "1", "price": None, "price_unit": "USD", "sid": sid,
         "status": "accepted", "subresource_uris": {"media": "/2010-04-01/Accounts/%s/Messages/%s/Media.json" % (ACSID, sid)},
         "to": P(fmt_ph(p.phone, "e164"), "phone"), "uri": "/2010-04-01/Accounts/%s/Messages/%s.json" % (ACSID, sid)}
    out.append(gl("Info", fam).a(J(o, ea=True, sep=(", ", ": "))))
    if random.random() < 0.5:
        out.append(gl("Info", fam).t("Twilio quota: %d msgs today, balance $%.2f" % (random.randint(10, 140), random.uniform(12, 90))))
    return out


def make_prefix(t, lvl):
    return "%s [%s] " % (t.strftime("%Y-%m-%d %H:%M:%S"), lvl)


def blk_make():
    fam = "make-scenario-log"
    out = []
    kiosk_need = COUNT.get("biometric", 0) < TARGET["biometric"] or COUNT.get("photo", 0) < TARGET["photo"]
    scen = random.choice([("JotForm intake → Airtable + SMS", "4418203", "jotform-intake"),
                          ("Kiosk check-in → Airtable Visits", "4420917", "kiosk-checkin"),
                          ("Kiosk check-in → Airtable Visits", "4420917", "kiosk-checkin"),
                          ("Twilio reply → Airtable", "4418877", "twilio-inbound"),
                          ("Charity care referral → Gmail", "4433802", "jotform-intake"),
                          ("Gas card program → Sheet", "4431150", "jotform-intake")])
    if kiosk_need and random.random() < 0.4:
        scen = ("Kiosk check-in → Airtable Visits", "4420917", "kiosk-checkin")
    exe = hx(32)
    t = tick(10, 120)
    L = lambda lvl: Line(fam).t(make_prefix(tick(0, 2), lvl))
    out.append(L("INFO").t('Scenario "%s" (ID %s) execution %s started (trigger: Webhooks › Custom webhook, hook.us1.make.com/%s…)' % (scen[0], scen[1], exe, MAKE_HOOKS[scen[2]][:8])))
    p = pick()
    if scen[1] == "4418203":
        o = {"Patient Name": name_st(p), "DOB": P(d_iso(p.dob), "date"), "Phone #": P(fmt_ph(p.phone, "paren"), "phone"),
             "Insurance?": p.ins, "submitter_ip": P(p.ip, "ip")}
        if p.ssn and want("ssn", 0.3):
            o["SSN"] = P(p.ssn, "ssn")
        if want("photo", 0.2):
            o["Photo ID"] = P("data:image/jpeg;base64," + b64blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", random.randint(420, 800)), "photo")
        out.append(L("INFO").t("1 · Webhooks › Custom webhook · 1 bundle · OUTPUT ").a(J([o])))
        out.append(L("INFO").t("2 · Tools › Set multiple variables · phone_e164=").v(fmt_ph(p.phone, "e164"), "phone").t(", dob_iso=").v(d_iso(p.dob), "date"))
        if random.random() < 0.5:
            out.append(L("INFO").t("3 · Airtable › Search Records · 0 bundles · filterByFormula=AND({Patient Name}='").a(name_st(p)).t("',{DOB}='").v(d_iso(p.dob), "date").t("')"))
        out.append(L("INFO").t("4 · Airtable › Create a Record · 1 bundle · id=%s, createdTime=%s" % (atid("rec"), ts_iso_ms(CLK[0]))))
        if random.random() < 0.3:
            out.append(L("WARNING").t("5 · Twilio › Create a Message · [21610] Attempt to send to unsubscribed recipient"))
    elif scen[1] == "4420917":
        kiosk = "KIOSK-%02d" % random.randint(1, 3)
        o = {"kiosk_id": kiosk, "kiosk_ip": priv_ip(), "chart": P(p.mrn, "mrn"), "checked_in_at": ts_iso_ms(CLK[0])}
        if want("biometric", 0.45):
            o["fp_template"] = P(b64blob(b"FMR\x00 20\x00\x00\x00\x01\x1c\x00\x00\x01\x3c\x01\x62\x00\xc5\x00\xc5\x01\x00\x00\x00", random.randint(180, 300)), "biometric")
            o["fp_match_score"] = random.randint(48, 97)
        elif want("photo", 0.5):
            o["face_snapshot"] = P("data:image/jpeg;base64," + b64blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00", random.randint(350, 700)), "photo")
        else:
            o["dob_confirmed"] = P(d_iso(p.dob), "date")
        out.append(L("INFO").t("1 · Webhooks › Custom webhook · 1 bundle · OUTPUT ").a(J([o])))
        if random.random() < 0.3:
            tpl = b64blob(b"FMR\x00 20\x00\x00\x00\x00\xf4\x00\x00\x01\x3c\x01\x62\x00\xc5\x00\xc5\x01\x00\x00\x00", random.randint(150, 260))
            out.append(L("INFO").t("2 · HTTP › Make a request · POST https://%s:8443/v1/enroll · body=" % priv_ip()).a(J({"chart": P(p.mrn, "mrn"), "finger": "R_INDEX", "template": P(tpl, "biometric")})) .t(" · 201 Created"))
        out.append(L("INFO").t("2 · Airtable › Search Records · 1 bundle · Patients where {Chart #}='").v(p.mrn, "mrn").t("'"))
        out.append(L("INFO").t("3 · Airtable › Create a Record · Visits · id=%s" % atid("rec")))
    elif scen[1] == "4418877":
        o = {"From": P(fmt_ph(p.phone, "e164"), "phone"), "Body": random.choice(INBOUND_BODIES[:8]), "MessageSid": "SM" + hx(32), "NumMedia": "0"}
        out.append(L("INFO").t("1 · Webhooks › Custom webhook · 1 bundle · OUTPUT ").a(J([o])))
        if random.random() < 0.4:
            out.append(L("WARNING").t("2 · Airtable › Search Records · 0 bundles · no patient with {Phone #}='").v(fmt_ph(p.phone, "paren"), "phone").t("'"))
        else:
            out.append(L("INFO").t("2 · Airtable › Search Records · 1 bundle · id=%s" % p.rec))
            out.append(L("INFO").t("3 · Airtable › Update a Record · Status=Confirmed · id=%s" % atid("rec")))
    elif scen[1] == "4433802":
        o = {"patient": name_st(p), "dob": P(d_us(p.dob), "date"), "hospital": "LAC+USC Medical Center", "HAR": P(p.har, "account"),
             "case_no": P(p.case, "other_id"), "referred_by": STAFF[random.choice([0, 5, 8, 9])][0], "discharge_date": P(d_iso(CLK[0].date() - dt.timedelta(days=random.randint(1, 20))), "date")}
        out.append(L("INFO").t("1 · Webhooks › Custom webhook · 1 bundle · OUTPUT ").a(J([o])))
        out.append(L("INFO").t("2 · Gmail › Send an email · to=charitycare@lacusc.example.org · subject=\"Referral ").v(p.case, "other_id").t("\" · 1 bundle"))
    else:
        o = {"Patient Name": name_st(p), "Chart #": P(p.mrn, "mrn"), "Vehicle VIN": P(p.vin, "vehicle"), "Plate": P(p.plate, "vehicle"),
             "Gas card #": P(p.card, "account") if random.random() < 0.5 else "issued at front desk"}
        if want("device", 0.4):
            o["Loaner phone IMEI"] = P(p.imei, "device")
        out.append(L("INFO").t("1 · Webhooks › Custom webhook · 1 bundle · OUTPUT ").a(J([o], sep=(", ", ": "))))
        out.append(L("INFO").t("2 · Google Sheets › Add a Row · 'Gas cards 2024'!A%d" % random.randint(20, 200)))
    if random.random() < 0.25:
        out.append(L("ERROR").t("DataError: Validation failed for 1 parameter(s). Invalid date in parameter 'fields.DOB'."))
        out.append(L("INFO").t("Incomplete execution stored (%s) — retry 1/3 in 15 min" % exe[:12]))
    out.append(L("INFO").t("Execution finished · status=%s · operations=%d · data transfer=%.1f KB · duration=%.1f s" %
                           (random.choice(["success", "success", "warning"]), random.randint(2, 6), random.uniform(0.4, 9), random.uniform(0.8, 6))))
    return out


def blk_digest():
    fam = "volunteer-digest"
    out = []
    t = tick(60, 600)
    nxt = (t + dt.timedelta(days=1))
    L = lambda: Line(fam)
    out.append(L().t("Date: %s" % ts_rfc_local(t)))
    out.append(L().t("From: EFC Clinic Bot <noreply@eastsidefreeclinic.org>"))
    out.append(L().t("To: volunteers-%s@googlegroups.com" % WD[nxt.weekday()].lower()))
    out.append(L().t("Subject: [EFC digest] %s %d/%d — %d appts, %d unconfirmed" % (WD[nxt.weekday()], nxt.month, nxt.day, random.randint(8, 22), random.randint(0, 6))))
    out.append(L().t("== Tomorrow (%s %d/%d) ==" % (WD[nxt.weekday()], nxt.month, nxt.day)))
    slots = sorted(random.sample([(h, m) for h in (8, 9, 10, 11, 13, 14, 15) for m in (0, 30)], 4))
    for (h, m), p in zip(slots, pickn(random.randint(2, 4))):
        ln = L().t("  %d:%02d  " % (h if h <= 12 else h - 12, m)).a(name_st(p, "lastfirst"))
        if p.age > 89:
            ln.t(" (").v("%d" % p.age, "age").t(" y/o)")
        if random.random() < 0.6:
            ln.t(" · DOB ").v(d_us(p.dob), "date")
        if random.random() < 0.6:
            ln.t(" · ").v(p.mrn, "mrn")
        if random.random() < 0.7:
            ln.t(" · ☎ ").v(fmt_ph(p.phone, "paren"), "phone")
        if p.plan and random.random() < 0.4:
            ln.t(" · %s " % p.ins).v(p.plan, "health_plan")
        ln.t(" · " + random.choice(["✔ confirmed", "✖ no reply", "✔ confirmed", ("needs interpreter (%s)" % p.lang_name) if p.lang != "en" else "new patient", "follow-up BP", "refill"]))
        out.append(ln)
    extras = [
        lambda: L().t("Volunteers on shift: %s (MD), %s, %s (front desk)" % (STAFF[0][0], STAFF[1][0], STAFF[6][0])),
        lambda: L().t("Interpreters requested: Spanish ×%d, Vietnamese ×%d, K'iche' ×1" % (random.randint(2, 7), random.randint(0, 3))),
        lambda: L().t("Supply: Henry Schein order #%s shipped, UPS 1Z%s%s" % (dg(10), rs(UP + "0123456789", 6), dg(10))),
        lambda: L().t("Reminders: %d queued, %d delivered, %d undelivered (30003), %d opted out" % (random.randint(10, 25), random.randint(8, 20), random.randint(0, 3), random.randint(0, 2))),
        lambda: L().t("Walk-in sign-ups (Sat form): %d · avg wait %d min" % (random.randint(3, 18), random.randint(12, 70))),
        lambda: L().t("Pharmacy: %d pickups pending · glucometer loaners out: %d/20" % (random.randint(2, 12), random.randint(5, 19))),
        lambda: L().t("On call: %s · %s ext %d · %s" % (STAFF[8][0], CLINIC_PHONE, random.randint(200, 230), STAFF[8][1])),
        lambda: L().t("Clinic fax %s is back up (Comcast ticket CR%s)." % (CLINIC_FAX, dg(9))),
        lambda: L().t("Quest client acct %s (clinic) billing portal down until 9pm." % dg(8)),
        lambda: L().t("Front desk iPad (SN DMPX%s) needs iOS 17.4 update; kiosk at %s." % (rs(UP + "0123456789", 6), priv_ip())),
        lambda: L().t("Location: %s · parking in rear lot after 5pm" % CLINIC_ADDR),
        lambda: L().t("Volunteer driver today: %s (plate %s, silver Prius)" % (STAFF[4][0], str(random.randint(6, 9)) + rs("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + dg(3))),
    ]
    phi = [
        lambda p: L().t("  • ").a(name_st(p)).t(" (").v(fmt_ph(p.phone, "intlp"), "phone").t('): "%s"' % random.choice(["Can I move to Friday?", "Necesito cambiar la cita", "What do I bring?"])),
        lambda p: L().t("Opt-outs: ").v(fmt_ph(p.phone, "intlp"), "phone").t(" (STOP) — remove from 'Reminders' list"),
        lambda p: L().t("Follow-up overdue (>90 days): ").a(name_st(p, "lastfirst")).t(" — last visit ").v(d_us(p.last_visit), "date"),
        lambda p: L().t("Glucometer loaner SN ").v(p.gluco, "device").t(" issued to ").a(name_st(p, "lastfirst")),
        lambda p: L().t("BP cuff loaner returned: Omron HEM-7120 SN ").v(p.cuff, "device").t(" (").v(p.mrn, "mrn").t(")"),
        lambda p: L().t("Parking permit: plate ").v(p.plate, "vehicle").t(" (").v(p.family, "name").t(")"),
        lambda p: L().t("Charity care referral: LAC+USC HAR ").v(p.har, "account").t(" for ").a(name_st(p, "lastfirst")).t(" — case ").v(p.case, "other_id"),
        lambda p: L().t("FIT kit ").v(p.fit, "other_id").t(" returned by ").a(name_st(p)).t(" — send to lab Tue"),
        lambda p: L().t("Records request: ").a(name_st(p)).t(" asked us to fax to her home fax ").v(fmt_ph(p.fax, "paren"), "fax") if p.fax else L().t("Records request: none pending"),
        lambda p: L().t("Intake link sent: ").v("https://form.jotform.com/%s?patientName=%s&phoneNumber=%s" % (JOT_FORM, quote(p.full), fmt_ph(p.phone, "digits")), "url"),
        lambda p: (lambda q: L().t("Birthdays this week: none") if q is None else
                   L().t("Birthday this week 🎂: ").a(name_st(q)).t(" turns %d on " % (q.age + 1)).v("%s %d" % (MON[q.dob.month - 1], q.dob.day), "date") if q.age + 1 <= 89 else
                   L().t("Birthday this week 🎂: ").a(name_st(q)).t(" turns ").v(str(q.age + 1), "age").t(" on ").v("%s %d" % (MON[q.dob.month - 1], q.dob.day), "date"))(
            random.choice([q for q in PTS if q.dob.month == 3 and q.dob.day > t.day] or [None])),
        lambda p: L().t("Portal account locked: user ").v(p.user, "other_id").t(" (").v(p.email, "email").t(") — reset sent"),
        lambda p: L().t("Emergency contact updated for ").a(name_st(p, "lastfirst")).t(": ").v(p.ec_name, "name").t(" (%s) " % p.ec_rel).v(fmt_ph(p.ec_phone, "dash"), "phone"),
    ]
    old = [q for q in PTS if q.age > 89]
    faxers = [q for q in PTS if q.fax]
    phi2 = [
        lambda p: (lambda q: L().t("Fall-risk flag: ").a(name_st(q, "lastfirst")).t(", age ").v(str(q.age), "age").t(" — wheelchair at entrance, ride with ").t(STAFF[4][0]))(random.choice(old)),
        lambda p: (lambda q: L().t("Records release: fax to patient's home fax ").v(fmt_ph(q.fax, "dash"), "fax").t(" (").v(q.mrn, "mrn").t(") — Marisol to send"))(random.choice(faxers)),
        lambda p: L().t("Home visit Sat: ").a(name_st(p)).t(", ").a(addr_segs(p)).t(" — gate code on file"),
    ]
    phi = phi + phi2
    chosen = random.sample(phi, random.randint(2, 5))
    for cat, idx in (("device", 3), ("fax", 14), ("age", 13), ("vehicle", 5)):
        if COUNT.get(cat, 0) < TARGET[cat] and phi[idx] not in chosen and random.random() < 0.7:
            chosen.append(phi[idx])
    mix = random.sample(extras, random.randint(2, 4)) + [("phi", f) for f in chosen]
    random.shuffle(mix)
    for m in mix:
        if isinstance(m, tuple):
            out.append(m[1](pick()))
        else:
            out.append(m())
    out.append(L().t("-- "))
    out.append(L().t("Sent by Apps Script project 'EFC Automations' (deployment v%d) · manage alerts: https://script.google.com/macros/s/%s/exec?page=prefs" % (random.randint(30, 41), SCRIPT_DEPLOY)))
    return out


def blk_gas_cloud():
    fam = "gas-cloud-logging"
    out = []
    for _ in range(random.randint(1, 3)):
        t = tick(0, 30)
        p = pick()
        r = random.random()
        if COUNT.get("photo", 0) < TARGET["photo"] and random.random() < 0.5:
            msg = St("kiosk photo for ", P(p.mrn, "mrn"), " (%d bytes): " % random.randint(18000, 60000),
                     P("data:image/png;base64," + b64blob(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xf0\x00\x00\x01@\x08\x02\x00\x00\x00", random.randint(300, 560)), "photo"))
            sev = "DEBUG"
        elif COUNT.get("device", 0) < TARGET["device"] and random.random() < 0.5:
            msg = St("Glucometer ", P(p.gluco, "device"), " synced %d readings for " % random.randint(5, 60), P(p.mrn, "mrn"), " (last: %d mg/dL)" % random.randint(80, 260))
            sev = "INFO"
        elif COUNT.get("account", 0) < TARGET["account"] and random.random() < 0.5:
            msg = St("Charity care match: HAR ", P(p.har, "account"), " ↔ ", P(p.mrn, "mrn"), " (", name_st(p, "upper"), ")")
            sev = "INFO"
        elif r < 0.4:
            msg = St("Reminder sent to ", name_st(p), " <", P(fmt_ph(p.phone, "e164"), "phone"), "> appt ", P(d_jsstr(p.appt), "date"))
            sev = "INFO"
        elif r < 0.55:
            msg = St("Lookup by DOB ", P(d_iso(p.dob), "date"), " + phone ", P(fmt_ph(p.phone, "dash"), "phone"), " → ", P(p.mrn, "mrn"))
            sev = "DEBUG"
        elif r < 0.59:
            msg = St("Glucometer ", P(p.gluco, "device"), " synced %d readings for " % random.randint(5, 60), P(p.mrn, "mrn"), " (last: %d mg/dL)" % random.randint(80, 260))
            sev = "INFO"
        elif r < 0.66:
            msg = St("Charity care match: HAR ", P(p.har, "account"), " ↔ ", P(p.mrn, "mrn"), " (", name_st(p, "upper"), ")")
            sev = "INFO"
        elif r < 0.78:
            msg = St("TypeError: Cannot read properties of undefined (reading 'getRange')\n    at syncIntakeToSheet(Code:%d:18)" % random.randint(30, 120))
            sev = "ERROR"
        else:
            msg = St("Batch %d/%d done, %d rows, %d ms" % (random.randint(1, 4), 4, random.randint(20, 200), random.randint(300, 5000)))
            sev = "INFO"
        fn = random.choice(["sendReminders", "doPost", "syncIntakeToSheet"])
        o = {"insertId": rs("abcdefghijklmnopqrstuvwxyz0123456789", 12) + "g" + rs("0123456789abcdef", 6),
             "jsonPayload": {"context": {"data": {}}, "message": msg},
             "resource": {"type": "app_script_function", "labels": {"invocation_type": random.choice(["time-driven", "web app", "editor"]),
                                                                    "function_name": fn, "project_id": GCP_PROJECT}},
             "timestamp": ts_iso_ms(t), "severity": sev,
             "labels": {"script.googleapis.com/process_id": "EAEA1GO" + rs(B62 + "-_", 40), "script.googleapis.com/project_key": "M" + rs(B62 + "_", 33),
                        "script.googleapis.com/user_key": "AOvI" + rs(B62 + "-_", 30)},
             "logName": "projects/%s/logs/script.googleapis.com%%2Fconsole_logs" % GCP_PROJECT,
             "receiveTimestamp": ts_iso_ms(t + dt.timedelta(seconds=1))}
        out.append(Line(fam).a(J(o)))
    return out


BLOCKS = [(blk_gas_exec, 6), (blk_gforms, 5), (blk_jot_webhook, 4), (blk_jot_email, 2), (blk_at_webhook, 4),
          (blk_at_auto, 3), (blk_zap_export, 3), (blk_zap_code, 3), (blk_tw_status, 4), (blk_tw_inbound, 4),
          (blk_tw_csv, 3), (blk_tw_api, 3), (blk_make, 6), (blk_digest, 2), (blk_gas_cloud, 3)]


DENSE = {blk_zap_export, blk_jot_email, blk_tw_status, blk_gas_cloud, blk_tw_inbound, blk_tw_csv, blk_zap_code, blk_tw_api, blk_at_webhook}
TARGET_NOPHI = 0.55


def main():
    lines = []
    bag = []
    while len(lines) < N_LINES:
        tick(120, 2400)
        if CLK[0].hour >= 21 or CLK[0].hour < 6:
            nd = CLK[0].date() + dt.timedelta(days=1 if CLK[0].hour >= 21 else 0)
            CLK[0] = dt.datetime(nd.year, nd.month, nd.day, 6, random.randint(0, 50), random.randint(0, 59))
        nophi = sum(1 for ln in lines if not any(c for _, c in ln.segs))
        share = nophi / len(lines) if lines else TARGET_NOPHI
        want_dense = random.random() < (0.95 if share > TARGET_NOPHI else 0.05)
        if not any((x in DENSE) == want_dense for x in bag):
            fresh = [x for x, w in BLOCKS for _ in range(w)]
            random.shuffle(fresh)
            bag.extend(fresh)
        idx = next(i for i, x in enumerate(bag) if (x in DENSE) == want_dense)
        f = bag.pop(idx)
        new = f()
        for ln in new:
            for _, c in ln.segs:
                if c:
                    COUNT[c] = COUNT.get(c, 0) + 1
        lines.extend(new)
    lines = lines[:N_LINES]
    logb, labs = [], []
    for i, ln in enumerate(lines, 1):
        buf, spans = render(ln)
        logb.append(buf + b"\n")
        labs.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False) + "\n")
    assert len(logb) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"".join(logb))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("".join(labs))


if __name__ == "__main__":
    main()
