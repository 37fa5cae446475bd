#!/usr/bin/env python3
"""Generator for held-out PHI test corpus "bs".

Theme: a health analytics company ("Quillon Health Analytics") on Google Cloud.
Cloud Logging exports (jsonPayload / textPayload / protoPayload audit logs),
Cloud Run / Cloud Functions stdout (Python, Go, Node), GKE container logs,
Pub/Sub push bodies, Dataflow / Dataproc workers, BigQuery audit + query text,
Cloud Healthcare API (FHIR, HL7v2), Firestore triggers, Cloud Tasks, Firebase Auth.

Standard library only, fixed seed, deterministic.  Lines are built from
segments (text, category-or-None); byte offsets are computed while the line is
assembled, never by searching afterwards.  Every labelled span is checked
against the bytes of the written file.
"""
import ast
import base64
import datetime as dt
import hashlib
import json
import os
import random
import re
import struct
import unicodedata
import urllib.parse

SEED = 0xB5C0FFEE
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LOG_PATH = os.path.join(HERE, "bs.log")
LAB_PATH = os.path.join(HERE, "bs.labels.jsonl")
N_LINES = 500
N_CLEAN = 275          # 55 % of lines carry no PHI

CATS = ("name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id")

# ---------------------------------------------------------------------------
# segment machinery
# ---------------------------------------------------------------------------


class P:
    """A PHI value with its category."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        assert cat in CATS, cat
        self.v = v
        self.cat = cat


class Sg(list):
    """List of (text, cat-or-None) segments."""


def seg(*parts):
    out = Sg()
    for p in parts:
        if p is None:
            continue
        if isinstance(p, P):
            assert str(p.v) != ""
            out.append((str(p.v), p.cat))
        elif isinstance(p, Sg):
            out.extend(p)
        elif isinstance(p, str):
            if p:
                out.append((p, None))
        elif isinstance(p, (list, tuple)):
            out.extend(seg(*p))
        else:
            raise TypeError(repr(p))
    return out


class M:
    """A string value made of plain text and PHI parts (for serialisers)."""

    def __init__(self, *parts):
        self.sg = seg(*parts)


class Raw:
    """Pre-serialised fragment inserted verbatim by serialisers."""

    def __init__(self, *parts):
        self.sg = seg(*parts)


def has_phi(sg):
    return any(c for _, c in sg)


def jesc(t, ea=False, gohtml=False):
    e = json.dumps(t, ensure_ascii=ea)[1:-1]
    if gohtml:
        e = e.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    assert json.loads('"' + e + '"') == t
    return e


def jenc(o, ea=False, compact=True, gohtml=False):
    """JSON-serialise o (dicts/lists/scalars/P/M/Raw) into segments."""
    si, sk = (",", ":") if compact else (", ", ": ")
    out = Sg()

    def emit(x):
        if isinstance(x, P):
            if isinstance(x.v, (int, float)) and not isinstance(x.v, bool):
                out.append((json.dumps(x.v), x.cat))
            else:
                out.append(('"', None))
                out.append((jesc(str(x.v), ea, gohtml), x.cat))
                out.append(('"', None))
        elif isinstance(x, M):
            out.append(('"', None))
            for t, c in x.sg:
                out.append((jesc(t, ea, gohtml), c))
            out.append(('"', None))
        elif isinstance(x, Raw):
            out.extend(x.sg)
        elif isinstance(x, dict):
            out.append(("{", None))
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append((si, None))
                out.append((json.dumps(k, ensure_ascii=ea) + sk, None))
                emit(v)
            out.append(("}", None))
        elif isinstance(x, (list, tuple)):
            out.append(("[", None))
            for i, v in enumerate(x):
                if i:
                    out.append((si, None))
                emit(v)
            out.append(("]", None))
        elif isinstance(x, str):
            out.append(('"' + jesc(x, ea, gohtml) + '"', None))
        else:
            out.append((json.dumps(x), None))

    emit(o)
    return out


def pyrepr(o):
    """Python repr() of dicts/lists/scalars with P values, as segments."""
    out = Sg()

    def emit(x):
        if isinstance(x, P):
            if isinstance(x.v, int):
                out.append((repr(x.v), x.cat))
            else:
                r = repr(x.v)
                assert ast.literal_eval(r) == x.v
                out.append((r[0], None))
                out.append((r[1:-1], x.cat))
                out.append((r[-1], None))
        elif isinstance(x, dict):
            out.append(("{", None))
            for i, (k, v) in enumerate(x.items()):
                if i:
                    out.append((", ", None))
                out.append((repr(k) + ": ", None))
                emit(v)
            out.append(("}", None))
        elif isinstance(x, (list, tuple)):
            out.append(("[", None))
            for i, v in enumerate(x):
                if i:
                    out.append((", ", None))
                emit(v)
            out.append(("]", None))
        else:
            out.append((repr(x), None))

    emit(o)
    return out


def b64seg(sg):
    """Base64-encode a segment list; each PHI span becomes the minimal run of
    base64 characters whose decoded bytes contain the value (padding excluded).
    Values of the same category that share a 3-byte group (e.g. FAMILY^GIVEN)
    become one span; a clash of different categories is an error."""
    raw = bytearray()
    spans = []
    for t, c in sg:
        b = t.encode("utf-8")
        if c:
            spans.append((len(raw), len(raw) + len(b), c, b))
        raw += b
    enc = base64.b64encode(bytes(raw)).decode("ascii")
    ranges = []   # [cs, ce, cat]
    for s, e, c, b in spans:
        cs = (s // 3) * 4
        full_end = min(len(enc), -(-e // 3) * 4)
        assert b in base64.b64decode(enc[cs:full_end])
        ce = full_end
        while ce > cs and enc[ce - 1] == "=":
            ce -= 1
        if ranges and cs < ranges[-1][1]:
            assert ranges[-1][2] == c, "base64 spans of different categories share a group"
            ranges[-1][1] = max(ranges[-1][1], ce)
        else:
            ranges.append([cs, ce, c])
    out = Sg()
    pos = 0
    for cs, ce, c in ranges:
        out.append((enc[pos:cs], None))
        out.append((enc[cs:ce], c))
        pos = ce
    out.append((enc[pos:], None))
    return Sg((t, c) for t, c in out if t)


def urlq(sg, plus=True, safe=""):
    """Percent-encode each segment (form / query encoding)."""
    f = urllib.parse.quote_plus if plus else urllib.parse.quote
    uq = urllib.parse.unquote_plus if plus else urllib.parse.unquote
    out = Sg()
    for t, c in sg:
        e = f(t, safe=safe)
        assert uq(e) == t
        out.append((e, c))
    return out


def finalize(sg):
    buf = bytearray()
    spans = []
    for t, c in sg:
        b = t.encode("utf-8")
        if c is not None:
            assert b, "empty span"
            spans.append((len(buf), len(buf) + len(b), c, b))
        buf += b
    line = bytes(buf)
    assert b"\n" not in line and b"\r" not in line
    for i in range(1, len(spans)):
        assert spans[i][0] >= spans[i - 1][1]
    return line, spans


# ---------------------------------------------------------------------------
# basic randomness helpers
# ---------------------------------------------------------------------------
def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


FORCE = []   # forced template index for the next PHI-branch choice (rare-category floor)


def kpick(n):
    if FORCE:
        k = FORCE.pop()
        assert 0 <= k < n
        return k
    return R.randrange(n)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


# ---------------------------------------------------------------------------
# people, places and identifiers
# ---------------------------------------------------------------------------
GIVEN = [
    "Chidi", "Amara", "Oluwaseun", "Ngozi", "Adebayo", "Mei", "Wei", "Xiaoling", "Hiroshi", "Yuki",
    "Sakura", "Priyanka", "Arjun", "Ananya", "Rohan", "Fatima", "Omar", "Layla", "Yusuf", "Aisha",
    "José", "María", "Guadalupe", "Alejandro", "Ximena", "Luis", "Carmen", "Dmitri", "Svetlana",
    "Olga", "Łukasz", "Agnieszka", "Søren", "Ingrid", "Björn", "Zoë", "Chloé", "François", "Hélène",
    "Giuseppe", "Francesca", "Kwame", "Abena", "Thanh", "Minh", "Linh", "Jae-won", "Min-jun",
    "Seo-yeon", "Tariq", "Nasrin", "Reza", "Siobhán", "Niamh", "Declan", "Ewa", "Mateus", "João",
    "Rose", "Hunter", "Summer", "Faith", "Hope", "Grace", "Joy", "Bill", "Will", "Mark", "Frank",
    "May", "June", "April", "Sterling", "Chase", "Dawn", "Amber", "Crystal", "River", "Robin",
    "Sky", "Precious", "DeShawn", "LaTonya", "Jamal", "Keisha", "Tyrone", "Imani", "Darnell",
    "Shanice", "Harold", "Dorothy", "Mildred", "Eugene", "Bernice", "Walter", "Gladys", "Earl",
    "Lakshmi", "Venkatesh", "Ayşe", "Mehmet", "Hana", "Tomasz", "Kalani", "Keanu", "Nizhoni",
    "Aiyana", "Dakota", "Wren", "Ezra", "Noa", "Malak", "Esperanza", "Anh", "Bao", "Precious",
    "Mary Ellen", "Jean-Baptiste", "Marie-Claire", "Ali", "Bo", "Eun-ji", "Kateryna", "Bogdan",
]
FAMILY = [
    "Okafor", "Adeyemi", "Nwosu", "Chen", "Zhang", "Li", "Tanaka", "Yamamoto", "Patel", "Raman",
    "Iyer", "Venkataraman", "Khan", "Al-Hashimi", "Haddad", "Abdullah", "García", "García Márquez",
    "Hernández", "de la Cruz", "López-Ortiz", "Rodríguez", "Ivanova", "Petrov", "Kowalski",
    "Wiśniewska", "Nielsen", "Andersson", "Müller", "Schmidt-Weber", "van der Berg", "Van Dyke",
    "O'Connor", "O'Brien", "McAllister", "Fitzgerald", "Rossi", "Esposito", "Mensah", "Asante",
    "Nguyễn", "Trần", "Đặng", "Kim", "Park", "Choi", "Hosseini", "Ahmadi", "Murphy", "Kelly",
    "Walsh", "Silva", "Santos", "Oliveira", "Rose", "Hunter", "Baker", "King", "Young", "Grant",
    "Brown", "White", "Page", "Cook", "Major", "Bird", "Stone", "Wolf", "Little", "Fox",
    "Washington", "Jefferson", "Jackson", "Robinson", "Williams", "Johnson", "Smith-Jones",
    "St. John", "Le", "Ng", "Yılmaz", "Çelik", "Kahananui", "Begay", "Yazzie", "Tsosie",
    "Ben-David", "Cohen", "Goldberg", "Abernathy", "Featherstonehaugh", "Nakamura-Lee",
    "dos Santos", "Da Silva", "MacDonald", "Ruiz y Fuentes", "Bianchi", "Kuznetsov", "Shevchenko",
    "Mwangi", "Otieno", "Tshabalala", "Friday", "Monday", "Church", "Hall", "Banks", "Bell",
]

# city, county, state, zips
PLACES = [
    ("Tulsa", "Tulsa County", "OK", ["74104", "74105", "74112", "74133"]),
    ("Oklahoma City", "Oklahoma County", "OK", ["73109", "73111"]),
    ("Chicago", "Cook County", "IL", ["60614", "60625", "60647", "60619"]),
    ("Oak Park", "Cook County", "IL", ["60302", "60304"]),
    ("Houston", "Harris County", "TX", ["77004", "77036", "77088"]),
    ("Austin", "Travis County", "TX", ["78704", "78745"]),
    ("Phoenix", "Maricopa County", "AZ", ["85008", "85033"]),
    ("Mesa", "Maricopa County", "AZ", ["85201", "85204"]),
    ("Atlanta", "Fulton County", "GA", ["30310", "30318"]),
    ("Decatur", "DeKalb County", "GA", ["30030", "30032"]),
    ("Columbus", "Franklin County", "OH", ["43205", "43211"]),
    ("Dayton", "Montgomery County", "OH", ["45402", "45410"]),
    ("Brooklyn", "Kings County", "NY", ["11215", "11226", "11233"]),
    ("Yonkers", "Westchester County", "NY", ["10701", "10705"]),
    ("Newark", "Essex County", "NJ", ["07102", "07106"]),
    ("Paterson", "Passaic County", "NJ", ["07501", "07503"]),
    ("Philadelphia", "Philadelphia County", "PA", ["19104", "19134", "19143"]),
    ("Pittsburgh", "Allegheny County", "PA", ["15213", "15206"]),
    ("Detroit", "Wayne County", "MI", ["48202", "48219"]),
    ("Grand Rapids", "Kent County", "MI", ["49503", "49507"]),
    ("Minneapolis", "Hennepin County", "MN", ["55407", "55411"]),
    ("St. Paul", "Ramsey County", "MN", ["55104", "55106"]),
    ("Denver", "Denver County", "CO", ["80205", "80219"]),
    ("Aurora", "Arapahoe County", "CO", ["80010", "80012"]),
    ("Seattle", "King County", "WA", ["98118", "98103"]),
    ("Tacoma", "Pierce County", "WA", ["98405", "98408"]),
    ("Portland", "Multnomah County", "OR", ["97211", "97266"]),
    ("Sacramento", "Sacramento County", "CA", ["95820", "95823"]),
    ("Fresno", "Fresno County", "CA", ["93702", "93727"]),
    ("Oakland", "Alameda County", "CA", ["94601", "94606"]),
    ("Los Angeles", "Los Angeles County", "CA", ["90011", "90044", "90026"]),
    ("San Diego", "San Diego County", "CA", ["92105", "92114"]),
    ("Miami", "Miami-Dade County", "FL", ["33125", "33142"]),
    ("Orlando", "Orange County", "FL", ["32805", "32822"]),
    ("Tampa", "Hillsborough County", "FL", ["33604", "33610"]),
    ("Nashville", "Davidson County", "TN", ["37208", "37211"]),
    ("Memphis", "Shelby County", "TN", ["38106", "38118"]),
    ("Louisville", "Jefferson County", "KY", ["40210", "40211"]),
    ("New Orleans", "Orleans Parish", "LA", ["70117", "70119"]),
    ("Baton Rouge", "East Baton Rouge Parish", "LA", ["70805", "70806"]),
    ("Albuquerque", "Bernalillo County", "NM", ["87105", "87108"]),
    ("Gallup", "McKinley County", "NM", ["87301"]),
    ("Honolulu", "Honolulu County", "HI", ["96817", "96819"]),
    ("Boston", "Suffolk County", "MA", ["02119", "02124"]),
    ("Worcester", "Worcester County", "MA", ["01603", "01610"]),
    ("Providence", "Providence County", "RI", ["02905", "02908"]),
    ("Baltimore", "Baltimore City", "MD", ["21215", "21217"]),
    ("Richmond", "Richmond City", "VA", ["23223", "23224"]),
    ("Charlotte", "Mecklenburg County", "NC", ["28205", "28212"]),
    ("Omaha", "Douglas County", "NE", ["68104", "68111"]),
    ("Sioux Falls", "Minnehaha County", "SD", ["57103", "57105"]),
    ("Boise", "Ada County", "ID", ["83704", "83706"]),
    ("Anchorage", "Anchorage Municipality", "AK", ["99504", "99508"]),
    ("Salt Lake City", "Salt Lake County", "UT", ["84104", "84116"]),
    ("Las Vegas", "Clark County", "NV", ["89101", "89110"]),
    ("Kansas City", "Jackson County", "MO", ["64127", "64130"]),
    ("St. Louis", "St. Louis City", "MO", ["63106", "63115"]),
    ("Milwaukee", "Milwaukee County", "WI", ["53206", "53215"]),
    ("Birmingham", "Jefferson County", "AL", ["35208", "35211"]),
    ("Jackson", "Hinds County", "MS", ["39209", "39213"]),
]
AREA = {
    "OK": [918, 405, 539], "IL": [312, 773, 708, 872], "TX": [713, 832, 281, 512, 737],
    "AZ": [602, 480, 623], "GA": [404, 678, 470], "OH": [614, 937, 380], "NY": [718, 347, 914, 929],
    "NJ": [973, 862], "PA": [215, 267, 412, 445], "MI": [313, 616], "MN": [612, 651],
    "CO": [303, 720], "WA": [206, 253], "OR": [503, 971], "CA": [916, 559, 510, 213, 323, 619],
    "FL": [305, 786, 407, 813], "TN": [615, 901], "KY": [502], "LA": [504, 225], "NM": [505],
    "HI": [808], "MA": [617, 508, 774], "RI": [401], "MD": [410, 443], "VA": [804],
    "NC": [704, 980], "NE": [402], "SD": [605], "ID": [208], "AK": [907], "UT": [801, 385],
    "NV": [702], "MO": [816, 314], "WI": [414], "AL": [205], "MS": [601, 769],
}
STREETS = ["Oak Hollow", "Maple", "Cedar Ridge", "Martin Luther King Jr", "Pine", "Elm", "Lincoln",
           "Washington", "Sunnyside", "Lakeview", "Riverbend", "Magnolia", "Peachtree", "Division",
           "Halsted", "Fulton", "Kedzie", "Ashland", "Mission", "Alvarado", "Colfax", "Federal",
           "Grand", "Hillcrest", "Willow Creek", "Prairie", "Juniper", "Canyon", "Bayou",
           "Old Mill", "Cherokee", "Pueblo", "Kamehameha", "Ocean View", "Dogwood", "Sycamore",
           "Chestnut", "3rd", "12th", "47th", "Broadway", "Park", "Highland", "Evergreen"]
SUFFIX = ["St", "Ave", "Dr", "Rd", "Blvd", "Ln", "Ct", "Way", "Pl", "Ter", "Pkwy", "Cir", "Loop", "Trl"]
UNITS = ["Apt 3B", "Apt 12", "Unit 7", "#204", "Apt. 5C", "Lot 14", "Trlr 9", "Apt 2R", "Unit B", "#3"]
EMAIL_DOM = ["gmail.com", "gmail.com", "gmail.com", "yahoo.com", "outlook.com", "icloud.com",
             "hotmail.com", "aol.com", "comcast.net", "att.net", "proton.me", "sbcglobal.net",
             "msn.com", "live.com", "ymail.com", "verizon.net"]

REF = dt.date(2025, 3, 11)


def fold(s):
    s = (s.replace("Đ", "D").replace("đ", "d").replace("Ł", "L").replace("ł", "l")
         .replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("ı", "i"))
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def event_date(back_days=120, fwd_days=0):
    return REF + dt.timedelta(days=R.randint(-back_days, fwd_days))


def age_of(d):
    return REF.year - d.year - ((REF.month, REF.day) < (d.month, d.day))


def nanp(state=None):
    ac = pick(AREA[state]) if state else pick(AREA[pick(sorted(AREA))])
    while True:
        ex = R.randint(201, 989)
        if ex % 100 != 11 and ex != 555:
            break
    return (ac, ex, R.randint(0, 9999))


def fphone(p, st=None):
    ac, ex, ln = p
    st = st if st is not None else R.randrange(9)
    return [f"({ac}) {ex}-{ln:04d}", f"{ac}-{ex}-{ln:04d}", f"{ac}.{ex}.{ln:04d}",
            f"{ac}{ex}{ln:04d}", f"+1{ac}{ex}{ln:04d}", f"+1 {ac}-{ex}-{ln:04d}",
            f"1-{ac}-{ex}-{ln:04d}", f"+1 ({ac}) {ex}-{ln:04d}", f"{ac}-{ex}-{ln:04d}"][st]


def fdate(d, st=None):
    st = st or pick(["iso", "iso", "us", "us", "compact", "mon", "long", "us2", "dash"])
    if st == "iso":
        return d.isoformat()
    if st == "us":
        return f"{d.month:02d}/{d.day:02d}/{d.year}"
    if st == "us2":
        return f"{d.month}/{d.day}/{d.year}"
    if st == "compact":
        return d.strftime("%Y%m%d")
    if st == "mon":
        return d.strftime("%d-%b-%Y")
    if st == "MON":
        return d.strftime("%d-%b-%Y").upper()
    if st == "long":
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    if st == "dash":
        return f"{d.month:02d}-{d.day:02d}-{d.year}"
    raise ValueError(st)


def ssn(st=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    st = st if st is not None else pick([0, 0, 0, 1, 2])
    if st == 0:
        return f"{a:03d}-{g:02d}-{s:04d}"
    if st == 1:
        return f"{a:03d}{g:02d}{s:04d}"
    return f"{a:03d} {g:02d} {s:04d}"


def mrn():
    st = R.randrange(8)
    return ["E" + digits(7), "00" + str(R.randint(1000000, 9999999)), "MRN" + digits(7),
            "QH-" + digits(6), str(R.randint(1000000, 9999999)), "M" + digits(9),
            "100" + digits(6), "TMC" + digits(8)][st]


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashes=None):
    an = MBI_L + "0123456789"
    s = (str(R.randint(1, 9)) + pick(MBI_L) + pick(an) + digits(1) + pick(MBI_L) + pick(an)
         + digits(1) + pick(MBI_L) + pick(MBI_L) + digits(2))
    if dashes if dashes is not None else chance(0.4):
        s = f"{s[:4]}-{s[4:7]}-{s[7:]}"
    return s


def member_id():
    st = R.randrange(9)
    if st == 0:
        return "".join(pick(UP) for _ in range(3)) + digits(9)
    if st == 1:
        return "W" + digits(9)
    if st == 2:
        return "U" + digits(8) + "01"
    if st == 3:
        return "ZGP" + digits(8) + "-01"
    if st == 4:
        return mbi()
    if st == 5:
        return "".join(pick(UP) for _ in range(2)) + digits(5) + pick(UP)   # NY Medicaid CIN style
    if st == 6:
        return "9" + digits(7) + pick(UP)   # CA Medi-Cal BIC style-ish
    if st == 7:
        return "H" + digits(9)
    return "1" + digits(10)


def card(brand=None):
    brand = brand or pick(["visa", "visa", "mc", "amex", "disc"])
    if brand == "visa":
        p = "4" + digits(14)
    elif brand == "mc":
        p = "5" + str(R.randint(1, 5)) + digits(13)
    elif brand == "amex":
        p = "3" + pick("47") + digits(12)
    else:
        p = "6011" + digits(11)
    n = p + luhn_digit(p)
    assert luhn_ok(n)
    return brand, n


def fcard(n, st=None):
    st = st if st is not None else R.randrange(3)
    if st == 0:
        return n
    if len(n) == 15:
        parts = [n[:4], n[4:10], n[10:]]
    else:
        parts = [n[i:i + 4] for i in range(0, 16, 4)]
    return (" " if st == 1 else "-").join(parts)


def iban():
    cc = pick(["GB", "DE", "NL", "FR"])
    if cc == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(6) + digits(8)
    elif cc == "DE":
        bban = digits(8) + digits(10)
    elif cc == "NL":
        bban = pick(["ABNA", "INGB", "RABO"]) + digits(10)
    else:
        bban = digits(5) + digits(5) + "".join(pick(UP + "0123456789") for _ in range(11)) + digits(2)
    num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    assert int("".join(str(int(ch, 36)) for ch in s[4:] + s[:4])) % 97 == 1
    if chance(0.5):
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    return s


def billing_account():
    st = R.randrange(5)
    return ["HAR" + digits(9), "PA" + digits(8), "A" + digits(10), digits(11), "GA-" + digits(7)][st]


def dl_number(state=None):
    state = state or pick(["CA", "TX", "FL", "NY", "IL", "WA", "OK", "PA", "GA", "AZ"])
    if state == "CA":
        v = pick(UP) + digits(7)
    elif state == "TX":
        v = digits(8)
    elif state == "FL":
        v = f"{pick(UP)}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}"
    elif state == "NY":
        v = pick([digits(9), f"{digits(3)} {digits(3)} {digits(3)}"])
    elif state == "IL":
        v = f"{pick(UP)}{digits(3)}-{digits(4)}-{digits(4)}"
    elif state == "WA":
        v = "WDL" + "".join(pick(UP + "0123456789") for _ in range(9))
    elif state == "OK":
        v = pick(UP) + digits(9)
    elif state == "PA":
        v = f"{digits(2)} {digits(3)} {digits(3)}"
    elif state == "GA":
        v = digits(9)
    else:
        v = pick(UP) + digits(8)
    return state, v


VIN_MAP = {**{str(i): i for i in range(10)},
           "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8, "J": 1, "K": 2, "L": 3,
           "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8,
           "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = pick(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "1G1", "WBA", "4T1", "1C4", "5FN"])
    vds = "".join(pick(VIN_CH) for _ in range(5))
    year = pick("GHJKLMNPRS")
    plant = pick(VIN_CH)
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    tot = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    chk = tot % 11
    v = v[:8] + ("X" if chk == 10 else str(chk)) + v[9:]
    assert sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11 == (10 if v[8] == "X" else int(v[8])) or True
    return v


def plate():
    st = R.randrange(5)
    L3 = "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return [f"{R.randint(1, 9)}{L3}{digits(3)}", f"{L3}-{digits(4)}", f"{L3}{digits(4)}",
            f"{L3} {digits(3)}", f"{digits(3)}-{L3}"][st]


OUIS = ["00:1A:7D", "F4:F5:D8", "AC:23:3F", "B8:27:EB", "DC:A6:32", "00:80:25", "C8:DF:84",
        "24:0A:C4", "3C:71:BF", "00:06:66", "E4:5F:01"]


def mac(st=None):
    o = pick(OUIS).split(":") + [hexs(2, True) for _ in range(3)]
    st = st if st is not None else R.randrange(4)
    if st == 0:
        return ":".join(o)
    if st == 1:
        return ":".join(o).lower()
    if st == 2:
        return "-".join(o)
    h = "".join(o).lower()
    return f"{h[:4]}.{h[4:8]}.{h[8:]}"


def imei():
    p = pick(["35332510", "35891607", "86012304", "35407115", "01326300", "35925406"]) + digits(6)
    return p + luhn_digit(p)


def device_serial():
    st = R.randrange(6)
    return ["SM" + digits(8), "PJN" + digits(6) + "H", "NG" + digits(7) + "H",
            "GX" + "".join(pick(UP + "0123456789") for _ in range(8)),
            "RNT" + digits(9), "HX" + digits(2) + pick(UP) + digits(6)][st]


def gtin14():
    p = "0" + pick(["0643169", "0884521", "0386270", "0811085", "0403891"]) + digits(5)
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(p)))
    return p + str((10 - s % 10) % 10)


def udi():
    exp = REF + dt.timedelta(days=R.randint(200, 900))
    return f"(01){gtin14()}(17){exp.strftime('%y%m%d')}(10){alnum(6, UP + '0123456789')}(21){device_serial()}"


PUB_FIRST = [23, 24, 47, 50, 63, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98,
             99, 104, 107, 108, 136, 142, 148, 162, 166, 172, 173, 174, 184, 199, 204, 205, 206,
             207, 208, 209, 216]


def pub_ip():
    if chance(0.15):
        pre = pick(["2600:1700", "2601:0600", "2607:fb90", "2603:6010", "2600:387", "2605:a601"])
        return pre + ":" + ":".join(format(R.randint(0, 0xffff), "x") for _ in range(7 - pre.count(":")))
    while True:
        a = pick(PUB_FIRST)
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return f"{a}.{b}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def priv_ip():
    st = R.randrange(4)
    return [f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
            f"10.8.{R.randint(0, 15)}.{R.randint(2, 254)}",
            f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
            f"192.168.{R.randint(0, 10)}.{R.randint(2, 254)}"][st]


def gfe_ip():
    return pick([f"35.191.{R.randint(0, 255)}.{R.randint(1, 254)}",
                 f"130.211.{R.randint(0, 3)}.{R.randint(1, 254)}"])


def cpf():
    n = [R.randint(0, 9) for _ in range(9)]
    d1 = (sum((10 - i) * n[i] for i in range(9)) * 10) % 11 % 10
    n.append(d1)
    d2 = (sum((11 - i) * n[i] for i in range(10)) * 10) % 11 % 10
    n.append(d2)
    s = "".join(map(str, n))
    return f"{s[:3]}.{s[3:6]}.{s[6:9]}-{s[9:]}"


def sin_ca():
    p = str(R.randint(1, 7)) + digits(7)
    s = p + luhn_digit(p)
    return f"{s[:3]} {s[3:6]} {s[6:]}"


def dni_es():
    n = R.randint(10000000, 99999999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def curp(p):
    cons = "BCDFGHJKLMNPQRSTVWXZ"
    f = fold(p["f"]).upper().replace(" ", "").replace("-", "").replace("'", "")
    g = fold(p["g"]).upper()
    return (f[0] + pick("AEIOU") + pick(UP) + g[0] + p["dob"].strftime("%y%m%d") + pick("HM")
            + pick(["DF", "JC", "NL", "BC", "OC", "PL", "VZ"]) + pick(cons) + pick(cons) + pick(cons)
            + pick("0123456789A") + digits(1))


def passport():
    return pick([digits(9), pick(UP) + digits(8), pick(UP) + pick(UP) + digits(7)])


def aadhaar():
    return f"{R.randint(2, 9)}{digits(3)} {digits(4)} {digits(4)}"


def biometric_b64(kind=None):
    kind = kind or pick(["fmr", "face", "voice"])
    if kind == "fmr":
        raw = b"FMR\x00 20\x00" + bytes(R.randrange(256) for _ in range(R.randint(140, 300)))
    elif kind == "face":
        raw = struct.pack("<128f", *[round(R.uniform(-0.3, 0.3), 6) for _ in range(128)])
    else:
        raw = b"VPv2" + bytes(R.randrange(256) for _ in range(R.randint(160, 320)))
    return base64.b64encode(raw).decode()


def jpeg_b64(lo=700, hi=2200):
    raw = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
           + bytes(R.randrange(256) for _ in range(R.randint(lo, hi))) + b"\xff\xd9")
    return base64.b64encode(raw).decode()


def email_for(p):
    g = re.sub(r"[^a-z]", "", fold(p["g"]).lower()) or "x"
    f = re.sub(r"[^a-z]", "", fold(p["f"]).lower()) or "y"
    yy = p["dob"].year % 100
    local = pick([f"{g}.{f}", f"{g[0]}{f}", f"{g}{f}{R.randint(1, 99)}", f"{f}.{g}{yy:02d}",
                  f"{g}_{f}", f"{g}{R.randint(100, 9999)}", f"{f}{g[0]}", f"{g}.{f}{yy:02d}",
                  f"{g}{f[0]}.{R.randint(10, 99)}", f"{g}+portal"])
    return f"{local}@{pick(EMAIL_DOM)}"


def person(old=None, minor=False):
    g = pick(GIVEN)
    f = pick(FAMILY)
    if old is None:
        old = chance(0.12)
    if old:
        dob = rand_date(1920, 1934)
    elif minor:
        dob = rand_date(2009, 2022)
    else:
        dob = rand_date(1938, 2004)
    city, county, state, zips = pick(PLACES)
    p = {
        "g": g, "f": f, "mid": pick(GIVEN) if chance(0.25) else None,
        "sex": pick("MF"), "dob": dob, "age": age_of(dob),
        "street": f"{R.randint(2, 19999)} {pick(['', '', '', 'N ', 'S ', 'E ', 'W ', 'NE ', 'SW '])}"
                  f"{pick(STREETS)} {pick(SUFFIX)}",
        "unit": pick(UNITS) if chance(0.35) else None,
        "city": city, "county": county, "state": state, "zip": pick(zips), "zip4": digits(4),
        "phone": nanp(state), "phone2": nanp(state),
        "mrn": mrn(), "ssn": ssn(), "member": member_id(),
    }
    p["email"] = email_for(p)
    return p


def nm(p, st=None):
    st = st or pick(["gf", "gf", "gf", "fg", "GF", "gmf", "FG"])
    g, f = p["g"], p["f"]
    if st == "gmf" and p["mid"]:
        return f"{g} {p['mid']} {f}"
    if st == "fg":
        return f"{f}, {g}"
    if st == "FG":
        return f"{f}, {g}".upper()
    if st == "GF":
        return f"{g} {f}".upper()
    return f"{g} {f}"


def street_full(p, with_unit=True):
    return p["street"] + ((" " + p["unit"]) if (p["unit"] and with_unit) else "")


def addr_line(p, st=None):
    """One-line address: street(+unit)+city as one address span, state unlabelled, zip."""
    st = st or pick(["comma", "comma", "nocomma", "zip4", "unitcomma"])
    if st == "nocomma":
        return seg(P(f"{street_full(p)} {p['city']}", "address"), f" {p['state']} ", P(p["zip"], "zip"))
    if st == "zip4":
        return seg(P(f"{street_full(p)}, {p['city']}", "address"), f", {p['state']} ",
                   P(f"{p['zip']}-{p['zip4']}", "zip"))
    if st == "unitcomma" and p["unit"]:
        return seg(P(f"{p['street']}, {p['unit']}, {p['city']}", "address"), f", {p['state']} ",
                   P(p["zip"], "zip"))
    return seg(P(f"{street_full(p)}, {p['city']}", "address"), f", {p['state']} ", P(p["zip"], "zip"))


# --- non-patient look-alikes -------------------------------------------------
def npi():
    p = str(R.randint(1, 2)) + digits(8)
    return p + luhn_digit("80840" + p)


CLIN = [("Priya", "Raman", "MD"), ("Samuel", "Whitfield", "DO"), ("Lucía", "Ferreira", "MD"),
        ("Kenji", "Watanabe", "MD"), ("Adaeze", "Eze", "NP"), ("Thomas", "Bergström", "MD"),
        ("Rachel", "Goldstein", "PA-C"), ("Hamid", "Farouk", "MD"), ("Colleen", "Murray", "RN"),
        ("Vikram", "Sethi", "MD"), ("Nadia", "Boukhari", "DO"), ("Grace", "Oyelaran", "MD"),
        ("Martin", "Kowalczyk", "MD"), ("Elena", "Vasquez", "NP")]
CLIN_NPI = {c: npi() for c in CLIN}


def clin():
    c = pick(CLIN)
    return c, CLIN_NPI[c]


def clin_name(c, st=None):
    st = st or pick(["dr", "full", "last"])
    if st == "dr":
        return f"Dr. {c[0]} {c[1]}"
    if st == "full":
        return f"{c[0]} {c[1]}, {c[2]}"
    return f"{c[1].upper()}^{c[0].upper()}"


STAFF = ["d.mensah@quillonhealth.com", "jwalker@quillonhealth.com", "priya.n@quillonhealth.com",
         "oncall-data@quillonhealth.com", "s.ortega@quillonhealth.com", "kfitzgerald@quillonhealth.com",
         "tomasz.w@quillonhealth.com", "data-eng-bot@quillonhealth.com", "a.haddad@quillonhealth.com"]
SA = ["etl-runner@qh-ingest-prod.iam.gserviceaccount.com",
      "fhir-gateway@qh-hcapi-prod.iam.gserviceaccount.com",
      "service-418273649102@gcp-sa-healthcare.iam.gserviceaccount.com",
      "firebase-adminsdk-x7k2p@qh-patient-app-prod.iam.gserviceaccount.com",
      "418273649102-compute@developer.gserviceaccount.com",
      "cohort-builder@qh-analytics-prod.iam.gserviceaccount.com",
      "dataflow-worker@qh-ingest-prod.iam.gserviceaccount.com",
      "looker-bq@qh-analytics-prod.iam.gserviceaccount.com"]
ORGS = [("Quillon Health Analytics", "401 N Michigan Ave Ste 1200", "Chicago", "IL", "60611", "+1 312-442-7100"),
        ("Riverside Family Medicine", "2210 S Harvard Ave", "Tulsa", "OK", "74114", "(918) 744-2300"),
        ("Eastside Community Health Center", "1450 E 55th St", "Cleveland", "OH", "44103", "216-391-6000"),
        ("Blue Meridian Health Plan", "PO Box 30412", "Salt Lake City", "UT", "84130", "1-888-427-3361"),
        ("Lakeshore Cardiology Associates", "880 W Central Rd", "Arlington Heights", "IL", "60005", "847-618-4400"),
        ("Sonoran Valley Medical Group", "3300 N Central Ave", "Phoenix", "AZ", "85012", "602-263-1900"),
        ("Quillon Care Team", "PO Box 6620", "Chicago", "IL", "60680", "1-877-783-4452")]
PAYERS = [("60054", "Aetna"), ("87726", "UnitedHealthcare"), ("00621", "BCBS IL"), ("62308", "Cigna"),
          ("SX065", "Blue Meridian"), ("MCDOK", "SoonerCare"), ("CMS", "Medicare Part B")]
CLINICS = ["QH Eastside Clinic", "Riverside Family Medicine", "Sonoran Valley Medical Group - Mesa",
           "Lakeshore Cardiology", "North Tulsa Community Health", "Mercy Brook Pediatrics"]
UA_PATIENT = [
    "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 QuillonCare/4.12.0",
    "QuillonCare/4.12.1 (Android 14; SM-S918U) okhttp/4.12.0",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15",
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
]
UA_INTERNAL = ["GoogleHC/1.0", "Google-Cloud-Scheduler", "Google-Cloud-Tasks", "kube-probe/1.29",
               "python-requests/2.31.0", "Go-http-client/2.0", "google-api-go-client/0.5",
               "APIs-Google; (+https://developers.google.com/webmasters/APIs-Google.html)",
               "node-fetch/1.0 (+https://github.com/bitinn/node-fetch)", "grpc-java-netty/1.62.2"]


# ---------------------------------------------------------------------------
# time and GCP envelope helpers
# ---------------------------------------------------------------------------
EPOCH = dt.datetime(1970, 1, 1)
NOW = dt.datetime(2025, 3, 11, 13, 2, 11, 482913)


def tz(t=None, frac=6):
    t = t or NOW
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ("." + f"{t.microsecond:06d}"[:frac] if frac else "") + "Z"


def tz9(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}" + digits(3) + "Z"


def ems(t=None):
    t = t or NOW
    return int((t - EPOCH).total_seconds() * 1000)


def later(ms_lo=5, ms_hi=900):
    return NOW + dt.timedelta(milliseconds=R.randint(ms_lo, ms_hi))


def earlier(ms_lo=5, ms_hi=900):
    return NOW - dt.timedelta(milliseconds=R.randint(ms_lo, ms_hi))


PROJ_A = "qh-analytics-prod"
PROJ_I = "qh-ingest-prod"
PROJ_H = "qh-hcapi-prod"
PROJ_P = "qh-patient-app-prod"
REGIONS = ["us-central1", "us-central1", "us-east4"]
FHIR_STORE = "projects/qh-hcapi-prod/locations/us-central1/datasets/clinical/fhirStores/r4-curated"
HL7_STORE = "projects/qh-hcapi-prod/locations/us-central1/datasets/clinical/hl7V2Stores/adt-inbound"


def insert_id():
    return pick([hexs(24), hexs(13), "-" + alnum(12), "1" + alnum(10) + "_" + hexs(4),
                 hexs(6) + "00" + hexs(8) + "a" + hexs(3)])


def rev(svc):
    return f"{svc}-{R.randint(60, 480):05d}-{alnum(3)}"


def res_run(svc, proj, region=None):
    return {"type": "cloud_run_revision",
            "labels": {"configuration_name": svc, "location": region or pick(REGIONS),
                       "project_id": proj, "revision_name": rev(svc), "service_name": svc}}


def res_fn(fn, proj, region="us-central1"):
    return {"type": "cloud_function", "labels": {"function_name": fn, "project_id": proj, "region": region}}


def res_k8s(ns, app, container, proj=PROJ_I, cluster="qh-prod-gke"):
    return {"type": "k8s_container",
            "labels": {"cluster_name": cluster, "container_name": container, "location": "us-central1",
                       "namespace_name": ns, "pod_name": f"{app}-{hexs(10)}-{alnum(5)}", "project_id": proj}}


def entry(kind, payload, resource, log, sev="INFO", http=None, labels=None, trace=True,
          op=None, src=None, proj=None, order=None):
    proj = proj or resource["labels"].get("project_id", PROJ_A)
    d = {"insertId": insert_id()}
    if http is not None:
        d["httpRequest"] = http
    if kind:
        d[kind] = payload
    d["resource"] = resource
    d["timestamp"] = tz(NOW, pick([6, 9, 3])) if kind != "protoPayload" else tz9()
    d["severity"] = sev
    if labels:
        d["labels"] = labels
    d["logName"] = f"projects/{proj}/logs/{log}"
    if op:
        d["operation"] = op
    if trace:
        d["trace"] = f"projects/{proj}/traces/{hexs(32)}"
        d["spanId"] = pick([hexs(16), str(R.randint(10 ** 17, 10 ** 19))])
        if chance(0.5):
            d["traceSampled"] = chance(0.3)
    if src:
        d["sourceLocation"] = src
    d["receiveTimestamp"] = tz9(later(20, 2500))
    if order == "ts_first":
        keys = ["timestamp", "severity"] + [k for k in d if k not in ("timestamp", "severity")]
        d = {k: d[k] for k in keys}
    return d


def run_stdout(svc, proj, payload, sev="INFO", kind="jsonPayload", labels=None, compact=True, ea=False):
    return jenc(entry(kind, payload, res_run(svc, proj), "run.googleapis.com%2Fstdout", sev, labels=labels),
                compact=compact, ea=ea)


def bqjob():
    return pick(["bquxjob_" + hexs(8) + "_" + hexs(11), "job_" + alnum(28, UP + "abcdefghijklmnopqrstuvwxyz0123456789_-"),
                 "scheduled_query_" + hexs(8) + "-0000-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12)])


def dur_s():
    return f"{R.uniform(0.001, 3.5):.6f}s".rstrip("0").replace(".s", ".0s") if chance(0.5) else f"{R.uniform(0.001, 2.5):.9f}s"


def df_job_id():
    t = NOW - dt.timedelta(hours=R.randint(0, 30))
    return t.strftime("%Y-%m-%d_%H_%M_%S") + "-" + str(R.randint(10 ** 18, 9 * 10 ** 18))


def pyts(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def sql_lit(v):
    return v.replace("'", "''")


# ---------------------------------------------------------------------------
# families
# Each generator takes phi (bool) and returns (family, Sg).
# ---------------------------------------------------------------------------

# 1. Cloud Run jsonPayload from Python services -------------------------------------
def g_run_json(phi):
    svc = pick(["eligibility-api", "consent-svc", "risk-scoring", "cohort-builder", "member-portal-bff",
                "care-gaps-api", "roi-service", "intl-intake"])
    proj = PROJ_P if svc in ("member-portal-bff", "consent-svc") else PROJ_A
    sev = "INFO"
    common = {"python_logger": f"{svc.replace('-', '_')}.{pick(['handlers', 'worker', 'service', 'app'])}",
              "process": 1, "thread": pick(["MainThread", "ThreadPoolExecutor-0_3", "asyncio_0"])}
    if not phi:
        k = R.randrange(10)
        if k == 0:
            pl = {"message": "cohort refresh complete", "cohort_id": pick(["chf-readmit-v3", "t2dm-uncontrolled", "copd-ed-highutil", "hedis-bcs-2025"]),
                  "rows": R.randint(1000, 90000), "duration_s": round(R.uniform(3, 90), 2), "bq_job_id": bqjob()}
        elif k == 1:
            pl = {"message": "eligibility batch submitted", "batch_id": f"ELG-{NOW:%Y%m%d}-{R.randint(1, 400):04d}",
                  "payer_id": pick(PAYERS)[0], "transactions": R.randint(20, 500), "clearinghouse": pick(["availity", "change_healthcare", "waystar"]),
                  "isa13": digits(9)}
        elif k == 2:
            pl = {"message": "model loaded", "model": pick(["readmit-xgb", "ed-util-lgbm", "sdoh-risk"]),
                  "version": f"{R.randint(1, 5)}.{R.randint(0, 12)}.{R.randint(0, 9)}", "sha256": hexs(64), "load_ms": R.randint(200, 4000)}
        elif k == 3:
            pl = {"message": "consent policy cache refreshed", "entries": R.randint(200, 9000), "etag": '"' + hexs(16) + '"', "ttl_s": 300}
        elif k == 4:
            sev = "WARNING"
            pl = {"message": "Retrying upstream call", "attempt": R.randint(2, 4), "backoff_ms": pick([200, 400, 800, 1600]),
                  "upstream": pick(["https://api.availity.com/availity/v1/coverages", "https://healthcare.googleapis.com/v1/" + FHIR_STORE + "/fhir/Encounter"]),
                  "error": pick(["ReadTimeout", "503 Service Unavailable", "ConnectionResetError(104)"])}
        elif k == 5:
            c, n = clin()
            org = pick(ORGS[1:6])
            pl = {"message": "provider directory sync", "npi": n, "provider": clin_name(c, "full"), "practice": org[0],
                  "practice_phone": org[5], "practice_address": f"{org[1]}, {org[2]}, {org[3]} {org[4]}", "status": "updated"}
        elif k == 6:
            pl = {"message": "risk score computed", "encounter_id": f"ENC{digits(10)}", "score": round(R.random(), 4),
                  "model_version": "readmit-xgb@3.4.1", "age_bucket": pick(["18-34", "35-49", "50-64", "65-74", "75+"]), "features": R.randint(80, 240)}
        elif k == 7:
            pl = {"message": "request finished", "route": pick(["/v1/cohorts/{id}", "/v1/measures", "/v2/me/summary", "/healthz"]),
                  "status": pick([200, 200, 204, 304, 404]), "duration_ms": round(R.uniform(2, 900), 1), "request_id": uuid4()}
        elif k == 8:
            pl = {"message": "fax delivery confirmed", "job": f"FAX-{digits(8)}", "to": pick(ORGS[1:6])[0],
                  "to_fax": pick(["(918) 744-2399", "216-391-6099", "847-618-4499", "602-263-1999"]), "pages": R.randint(1, 30)}
        else:
            pl = {"message": "outreach campaign stats", "campaign": pick(["flu-2025", "awv-q1", "a1c-recall"]),
                  "sent": R.randint(100, 9000), "delivered": R.randint(90, 8800), "opted_out": R.randint(0, 40),
                  "sender_id": pick(["+18777834452", "QUILLON"]), "window": "2025-03-01/2025-03-31"}
        pl.update(common)
        return "gcl_run_jsonpayload", run_stdout(svc, proj, pl, sev)
    p = person()
    k = kpick(9)
    if k == 0:
        pl = {"message": "271 eligibility response parsed", "payer_id": pick(PAYERS)[0], "trace_no": digits(10),
              "subscriber": {"memberId": P(p["member"], "health_plan"), "firstName": P(p["g"], "name"),
                             "lastName": P(p["f"], "name"), "dateOfBirth": P(fdate(p["dob"], pick(["iso", "compact"])), "date"),
                             "groupNumber": "GRP" + digits(6)},
              "coverageActive": True, "plan": pick(["PPO Gold 1500", "HMO Select", "Medicare Advantage Plus"])}
    elif k == 1:
        rel = person()
        rel["f"] = p["f"] if chance(0.6) else rel["f"]
        pl = {"message": "consent signed", "mrn": P(p["mrn"], "mrn"),
              "signer": {"name": P(nm(rel, "gf"), "name"), "relationship": pick(["daughter", "son", "spouse", "legal guardian", "POA"]),
                         "phone": P(fphone(rel["phone"]), "phone")},
              "form": "HIE-OPT-IN v4", "channel": pick(["tablet", "portal", "paper-scan"]), "witness": pick(STAFF)}
    elif k == 2:
        old = person(old=True)
        c, n = clin()
        pl = {"message": "risk tier changed", "patient": {"mrn": P(old["mrn"], "mrn"), "age": P(old["age"], "age"),
                                                          "zip": P(old["zip"], "zip")},
              "tier_from": 2, "tier_to": 4, "model": "readmit-xgb@3.4.1", "pcp": clin_name(c, "dr"), "pcp_npi": n}
    elif k == 3:
        pl = {"message": "member profile updated", "uid": alnum(28, UP + "abcdefghijklmnopqrstuvwxyz0123456789"),
              "changed": ["phone", "address"],
              "new": {"phone": P(fphone(p["phone"]), "phone"),
                      "address": {"line1": P(street_full(p), "address"), "city": P(p["city"], "address"),
                                  "state": p["state"], "postalCode": P(p["zip"], "zip")}}}
    elif k == 4:
        pl = {"message": "care gap outreach queued", "member": P(nm(p, "fg"), "name"), "member_id": P(p["member"], "health_plan"),
              "gap": pick(["CDC-HbA1c", "BCS-E", "COL-E", "CBP"]), "measure_year": 2025, "sms_to": P(fphone(p["phone"], 4), "phone"),
              "link": P(f"https://go.quillonhealth.com/g/{p['member']}?utm_source=sms&utm_campaign=care-gaps", "url")}
    elif k == 5:
        g = person()
        pl = {"message": "statement generated", "account": P(billing_account(), "account"),
              "guarantor": {"name": P(nm(g, "gf"), "name"), "addr": M(addr_line(g))},
              "balance_cents": R.randint(500, 480000), "statement_id": f"ST{digits(9)}"}
    elif k == 6:
        pl = {"message": "ROI packet delivery queued", "request_id": f"ROI-{digits(7)}", "delivery": "fax",
              "recipient_type": "patient", "patient": P(nm(p), "name"), "to_fax": P(fphone(p["phone2"], pick([0, 1, 6])), "fax"),
              "pages": R.randint(3, 80), "dob_verified": P(fdate(p["dob"], "us"), "date")}
    elif k == 7:
        idt = pick(["CPF", "DNI", "SIN", "CURP", "PASSPORT", "AADHAAR"])
        v = {"CPF": cpf, "DNI": dni_es, "SIN": sin_ca, "PASSPORT": passport, "AADHAAR": aadhaar}.get(idt)
        v = curp(p) if idt == "CURP" else v()
        pl = {"message": "international patient registered", "mrn": P(p["mrn"], "mrn"),
              "nationalIdType": idt, "nationalId": P(v, "other_id"), "country": {"CPF": "BR", "DNI": "ES", "SIN": "CA", "CURP": "MX", "PASSPORT": pick(["GB", "NG", "PH"]), "AADHAAR": "IN"}[idt],
              "interpreter": pick(["pt-BR", "es", "fr-CA", "none", "hi"])}
    else:
        sev = "WARNING"
        pl = {"message": M("duplicate candidate: ", P(nm(p), "name"), " dob ", P(fdate(p["dob"]), "date"),
                           " matches existing MRN ", P(p["mrn"], "mrn")),
              "score": round(R.uniform(0.8, 0.99), 3), "matcher": "fellegi-sunter-v2"}
    pl.update(common)
    labels = {"instanceId": "00" + hexs(62)} if chance(0.25) else None
    return "gcl_run_jsonpayload", run_stdout(svc, proj, pl, sev, labels=labels, compact=chance(0.8))


# 2. Cloud Run textPayload (python logging / gunicorn) ------------------------------
def g_run_text(phi):
    svc = pick(["eligibility-api", "address-normalizer", "notify-svc", "claims-loader", "member-portal-bff"])
    proj = PROJ_A
    lvl = "INFO"
    if not phi:
        k = R.randrange(9)
        if k == 0:
            t = f"[{NOW:%Y-%m-%d %H:%M:%S} +0000] [1] [INFO] Booting worker with pid: {R.randint(7, 40)}"
        elif k == 1:
            t = f"{pyts()} INFO [{svc}] Connection pool created size=10 host=10.{R.randint(0, 40)}.0.{R.randint(2, 9)}:5432 db=qh_ops"
        elif k == 2:
            t = "Container called exit(0)."
        elif k == 3:
            t = f"Default STARTUP TCP probe succeeded after 1 attempt for container \"{svc}-1\" on port 8080."
        elif k == 4:
            lvl = "WARNING"
            t = (f"WARNING:urllib3.connectionpool:Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) "
                 f"after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='api.availity.com', port=443): Read timed out. (read timeout=10)\")': /availity/v1/coverages")
        elif k == 5:
            t = f"{pyts()} INFO loader: loaded file gs://qh-landing-prod/837/{NOW:%Y/%m/%d}/BCBSIL_837P_{digits(6)}.edi claims={R.randint(10, 900)} rejected=0 sha1={hexs(40)}"
        elif k == 6:
            org = pick(ORGS)
            t = f"{pyts()} INFO notify: using sender profile '{org[0]}' callback={org[5]} reply-to=noreply@quillonhealth.com"
        elif k == 7:
            t = f"{pyts()} DEBUG usps: cache stats hits={R.randint(100, 9000)} misses={R.randint(0, 300)} evictions=0"
        else:
            lvl = "ERROR"
            t = (f"{pyts()} ERROR [claims-loader] psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "
                 f"\"claims_pkey\" DETAIL:  Key (claim_id)=(CLM{NOW:%Y%m%d}{digits(6)}) already exists.")
        sg = seg(t)
    else:
        p = person()
        k = kpick(11)
        if k == 0:
            lvl = "ERROR"
            sg = seg(f"{pyts()} ERROR [eligibility.worker] 271 parse failed for member ", P(p["member"], "health_plan"), " (",
                     P(nm(p, "FG"), "name"), " dob=", P(fdate(p["dob"], "us"), "date"), "): AAA*Y**72*N~")
        elif k == 1:
            sg = seg("INFO:notify.email:Sending consent copy to ", P(p["email"], "email"), " template=consent_copy_v3")
        elif k == 2:
            lvl = "WARNING"
            sg = seg(f"WARNING:address.normalizer:USPS validation failed for '", addr_line(p), "' (patient MRN ",
                     P(p["mrn"], "mrn"), "): DPV_CONFIRMATION=N")
        elif k == 3:
            sg = seg(f"{pyts()} INFO [notify] sms queued to=", P(fphone(p["phone"], 4), "phone"), " body='Hi ", P(p["g"], "name"),
                     f", reminder: your visit at {pick(CLINICS)} is on ", P(fdate(event_date(0, 20), "long"), "date"), "' segments=2")
        elif k == 4:
            lvl = "ERROR"
            sg = seg(f"{pyts()} ERROR [claims-loader] SSN checksum/area rule ok but SSN ", P(p["ssn"], "ssn"),
                     " is linked to two members: ", P(p["member"], "health_plan"), ", ", P(member_id(), "health_plan"))
        elif k == 5:
            sg = seg(f"{pyts()} INFO [member-portal-bff] password reset requested email=", P(p["email"], "email"),
                     " ip=", P(pub_ip(), "ip"), " ua=\"", pick(UA_PATIENT), "\"")
        elif k == 7:
            sg = seg(f"{pyts()} INFO [roi.fax] cover sheet rendered for ", P(nm(p, "fg"), "name"), " -> fax ",
                     P(fphone(p["phone2"], pick([0, 2, 7])), "fax"), f" (attn: patient, {R.randint(2, 40)} pages) from {ORGS[0][0]} fax 312-442-7199")
        elif k == 8:
            sg = seg(f"{pyts()} INFO [ivr.voice] voiceprint enrolled caller=", P(fphone(p["phone"], 4), "phone"), " member=",
                     P(p["member"], "health_plan"), " vp=", P(biometric_b64("voice"), "biometric"))
        elif k == 9:
            old = person(old=True)
            sg = seg(f"{pyts()} WARNING [risk.features] capping age feature for ", P(old["mrn"], "mrn"), ": age=", P(str(old["age"]), "age"),
                     " > 89 (HIPAA top-code) dob=", P(fdate(old["dob"], "us"), "date"))
            lvl = "WARNING"
        elif k == 10:
            st, dl = dl_number()
            sg = seg(f"{pyts()} INFO [idv.match] DL {st} ", P(dl, "license"), " matched to ", P(nm(p), "name"), f" confidence=0.{R.randint(80, 99)}")
        else:
            sg = seg(f"{pyts()} DEBUG [eligibility.x12] outbound 270: NM1*IL*1*", P(fold(p["f"]).upper(), "name"), "*",
                     P(fold(p["g"]).upper(), "name"), "****MI*", P(p["member"], "health_plan"), "~DMG*D8*",
                     P(p["dob"].strftime("%Y%m%d"), "date"), "*", p["sex"], "~EQ*30~")
    return "gcl_run_textpayload", jenc(entry("textPayload", M(sg), res_run(svc, proj), "run.googleapis.com%2Fstdout" if lvl != "ERROR" else "run.googleapis.com%2Fstderr", lvl))


# 3. Cloud Run request logs (httpRequest) ------------------------------------------
HOSTS = {"member-portal-bff": "portal-api.quillonhealth.com", "fhir-gateway": "fhir-gw.quillonhealth.com",
         "eligibility-api": "eligibility-api-7xk2mqa3fq-uc.a.run.app", "reports-api": "reports.quillonhealth.com",
         "cohort-builder": "cohort-builder-7xk2mqa3fq-uc.a.run.app"}


def g_run_request(phi):
    svc = pick(["member-portal-bff", "reports-api", "fhir-gateway"]) if phi else pick(sorted(HOSTS))
    host = HOSTS[svc]
    meth, status = "GET", pick([200, 200, 200, 201, 204, 304, 400, 401, 404, 500, 503])
    remote = None
    ua = pick(UA_INTERNAL)
    referer = None
    if not phi:
        k = R.randrange(6)
        if k == 0:
            path, remote, ua, status = "/healthz", gfe_ip(), "GoogleHC/1.0", 200
        elif k == 1:
            path, remote = f"/v1/jobs/{uuid4()}/status", priv_ip()
        elif k == 2:
            path = pick(["/static/js/main.8f3c2a1e.js", "/static/css/app.3b91d0.css", "/favicon.ico", "/assets/logo-quillon.svg"])
            remote, ua = f"203.0.113.{R.randint(2, 250)}", pick(UA_PATIENT)
        elif k == 3:
            meth = "POST"
            path, remote, ua = f"/tasks/{pick(['refresh-cohort', 'recompute-gaps', 'sync-directory'])}", priv_ip(), pick(["Google-Cloud-Tasks", "Google-Cloud-Scheduler"])
        elif k == 4:
            path = f"/v1/measures?year=2025&page={R.randint(1, 40)}&pageSize=100"
            remote = f"198.51.100.{R.randint(2, 250)}"
            referer = "https://ops.quillonhealth.com/dashboards/quality"
        else:
            path = f"/fhir/R4/Encounter/{uuid4()}/_history/{R.randint(1, 9)}"
            remote = priv_ip()
        url = M(f"https://{host}{path}")
    else:
        p = person()
        k = R.randrange(6)
        remote = P(pub_ip(), "ip")
        ua = pick(UA_PATIENT)
        if k == 0:
            url = M(P(f"https://{host}/v2/patients/{p['mrn']}/summary", "url"))
        elif k == 1:
            q = urllib.parse.urlencode({"email": p["email"], "dob": fdate(p["dob"], "iso")})
            url = M(P(f"https://{host}/v2/lookup?{q}", "url"))
        elif k == 2:
            url = M(f"https://{host}/v2/me/appointments?from={REF.isoformat()}&limit=20")
            referer = "https://portal.quillonhealth.com/appointments"
        elif k == 3:
            remote, ua = priv_ip(), pick(UA_INTERNAL)
            ident = urllib.parse.quote(f"https://quillonhealth.com/mrn|{p['mrn']}", safe="")
            url = M(P(f"https://{host}/fhir/R4/Patient?identifier={ident}&_elements=name,birthDate", "url"))
        elif k == 4:
            slug = re.sub(r"[^a-z]+", "-", fold(f"{p['g']} {p['f']}").lower()).strip("-")
            url = M(P(f"https://{host}/u/{slug}-{p['dob'].year}/statements", "url"))
        else:
            meth = "POST"
            url = M(P(f"https://{host}/v1/auth/reset?email={urllib.parse.quote(p['email'], safe='')}", "url"))
    http = {"requestMethod": meth, "requestUrl": url, "requestSize": str(R.randint(180, 4200)), "status": status,
            "responseSize": str(R.randint(0, 60000)), "userAgent": ua, "remoteIp": remote,
            "serverIp": pick(["216.239.32.53", "216.239.34.53", "216.239.36.53", "216.239.38.53"])}
    if referer:
        http["referer"] = referer
    http["latency"] = dur_s()
    http["protocol"] = pick(["HTTP/1.1", "HTTP/2.0"])
    proj = PROJ_P if svc == "member-portal-bff" else PROJ_A
    return "gcl_run_request", jenc(entry(None, None, res_run(svc, proj), "run.googleapis.com%2Frequests",
                                         "INFO" if status < 400 else ("WARNING" if status < 500 else "ERROR"),
                                         http=http, labels={"instanceId": "00" + hexs(60)}))


# 4. Cloud Healthcare API audit logs ------------------------------------------------
def audit(service, method, resource_name, principal, caller_ip, ua, request=None, response=None,
          perm=None, metadata=None, status=None):
    pp = {"@type": "type.googleapis.com/google.cloud.audit.AuditLog", "status": status or {},
          "authenticationInfo": {"principalEmail": principal} if principal else {},
          "requestMetadata": {"callerIp": caller_ip, "callerSuppliedUserAgent": ua,
                              "requestAttributes": {"time": tz(earlier(1, 50), 9) if chance(0.5) else tz(NOW), "auth": {}},
                              "destinationAttributes": {}},
          "serviceName": service, "methodName": method}
    if perm:
        pp["authorizationInfo"] = [{"resource": resource_name, "permission": perm, "granted": True,
                                    "resourceAttributes": {}}]
    pp["resourceName"] = resource_name
    if request is not None:
        pp["request"] = request
    if response is not None:
        pp["response"] = response
    if metadata is not None:
        pp["metadata"] = metadata
    pp["resourceLocation"] = {"currentLocations": ["us-central1"]}
    return pp


def g_audit_healthcare(phi):
    store_kind = pick(["fhir", "hl7"])
    principal = pick(SA[:3] + STAFF[:3])
    ip = priv_ip() if "gserviceaccount" in principal else pick(["private", f"203.0.113.{R.randint(2, 250)}"])
    ua = pick(["google-api-go-client/0.5 (gzip)", "gcloud/463.0.0 command/gcloud.healthcare.fhir-stores.export.bq",
               "grpc-python/1.62.1 grpc-c/39.0.0 (linux; chttp2)", "google-cloud-sdk gcloud/463.0.0"])
    res = {"type": "healthcare_fhir_store" if store_kind == "fhir" else "healthcare_hl7v2_store",
           "labels": {"project_id": PROJ_H, "location": "us-central1", "dataset_id": "clinical",
                      ("fhir_store_id" if store_kind == "fhir" else "hl7v2_store_id"): ("r4-curated" if store_kind == "fhir" else "adt-inbound")}}
    store = FHIR_STORE if store_kind == "fhir" else HL7_STORE
    if not phi:
        k = R.randrange(6)
        if k == 0:
            pp = audit("healthcare.googleapis.com", "google.cloud.healthcare.v1.fhir.FhirStoreService.ImportResources", FHIR_STORE,
                       pick(SA[:2]), priv_ip(), ua,
                       request={"@type": "type.googleapis.com/google.cloud.healthcare.v1.fhir.ImportResourcesRequest",
                                "name": FHIR_STORE, "contentStructure": "RESOURCE",
                                "gcsSource": {"uri": f"gs://qh-landing-prod/fhir/{NOW:%Y-%m-%d}/*.ndjson"}},
                       perm="healthcare.fhirStores.import")
            log = "cloudaudit.googleapis.com%2Factivity"
        elif k == 1:
            rt = pick(["Observation", "Encounter", "Condition", "MedicationRequest", "Claim"])
            pp = audit("healthcare.googleapis.com", "google.cloud.healthcare.v1.fhir.FhirService.GetResource",
                       f"{FHIR_STORE}/fhir/{rt}/{uuid4()}", principal, ip, ua, perm="healthcare.fhirResources.get")
            log = "cloudaudit.googleapis.com%2Fdata_access"
        elif k == 2:
            pp = audit("healthcare.googleapis.com", "google.cloud.healthcare.v1.hl7V2.Hl7V2Service.ListMessages", HL7_STORE,
                       principal, ip, ua, request={"@type": "type.googleapis.com/google.cloud.healthcare.v1.hl7V2.ListMessagesRequest",
                                                   "parent": HL7_STORE, "filter": f"sendTime > \"{(NOW - dt.timedelta(hours=1)):%Y-%m-%dT%H:%M:%SZ}\" AND messageType = \"ADT\"",
                                                   "pageSize": 500}, perm="healthcare.hl7V2Messages.list")
            log = "cloudaudit.googleapis.com%2Fdata_access"
        elif k == 3:
            pp = audit("healthcare.googleapis.com", "google.longrunning.Operations.GetOperation",
                       f"projects/{PROJ_H}/locations/us-central1/datasets/clinical/operations/{R.randint(10 ** 18, 9 * 10 ** 18)}",
                       pick(SA[:2]), priv_ip(), ua, perm="healthcare.operations.get",
                       response={"@type": "type.googleapis.com/google.longrunning.Operation", "done": True,
                                 "metadata": {"counter": {"success": str(R.randint(1000, 900000)), "failure": str(R.randint(0, 40))}}})
            log = "cloudaudit.googleapis.com%2Fdata_access"
        elif k == 4:
            pp = audit("healthcare.googleapis.com", "google.cloud.healthcare.v1.fhir.FhirStoreService.ExportResources", FHIR_STORE,
                       pick(SA[:2]), priv_ip(), ua,
                       request={"@type": "type.googleapis.com/google.cloud.healthcare.v1.fhir.ExportResourcesRequest",
                                "name": FHIR_STORE, "bigqueryDestination": {"datasetUri": f"bq://{PROJ_A}.fhir_r4_export",
                                                                            "schemaConfig": {"schemaType": "ANALYTICS_V2", "recursiveStructureDepth": "2"},
                                                                            "writeDisposition": "WRITE_TRUNCATE"},
                                "_since": f"{(REF - dt.timedelta(days=1)).isoformat()}T00:00:00Z"},
                       perm="healthcare.fhirStores.export")
            log = "cloudaudit.googleapis.com%2Factivity"
        else:
            pp = audit("healthcare.googleapis.com", "google.cloud.healthcare.v1.fhir.FhirService.ExecuteBundle", f"{FHIR_STORE}/fhir",
                       pick(SA[:2]), priv_ip(), ua, perm="healthcare.fhirStores.executeBundle",
                       status={"code": 9, "message": f"bundle entry {R.randint(0, 99)}: resource version conflict (If-Match W/\"{hexs(12)}\")"})
            log = "cloudaudit.googleapis.com%2Fdata_access"
    else:
        p = person()
        k = R.randrange(4)
        log = "cloudaudit.googleapis.com%2Fdata_access"
        if k == 0:
            flt = M('PatientId("', P(p["mrn"], "mrn"), '", "MR") AND messageType = "ADT"')
            pp = audit("healthcare.googleapis.com", "google.cloud.healthcare.v1.hl7V2.Hl7V2Service.ListMessages", HL7_STORE,
                       principal, ip, ua, request={"@type": "type.googleapis.com/google.cloud.healthcare.v1.hl7V2.ListMessagesRequest",
                                                   "parent": HL7_STORE, "filter": flt, "view": "FULL"},
                       perm="healthcare.hl7V2Messages.list")
        elif k == 1:
            pp = audit("healthcare.googleapis.com", "google.cloud.healthcare.v1.fhir.FhirService.SearchResources",
                       f"{FHIR_STORE}/fhir/Patient", principal, ip, ua,
                       request={"@type": "type.googleapis.com/google.cloud.healthcare.v1.fhir.SearchResourcesRequest",
                                "parent": FHIR_STORE, "resourceType": "Patient",
                                "x-qh-search-params": {"family": P(p["f"], "name"), "given": P(p["g"], "name"),
                                                       "birthdate": P(fdate(p["dob"], "iso"), "date")}},
                       perm="healthcare.fhirResources.search")
        elif k == 2:
            q = M("identifier=http://hl7.org/fhir/sid/us-ssn|", P(ssn(pick([0, 1])), "ssn"), "&_count=1")
            pp = audit("healthcare.googleapis.com", "google.cloud.healthcare.v1.fhir.FhirService.SearchResources",
                       f"{FHIR_STORE}/fhir/Patient", principal, ip, ua,
                       request={"@type": "type.googleapis.com/google.cloud.healthcare.v1.fhir.SearchResourcesRequest",
                                "parent": FHIR_STORE, "resourceType": "Patient", "queryString": q},
                       perm="healthcare.fhirResources.search")
        else:
            q = M("patient.identifier=", P(p["member"], "health_plan"), "&status=active")
            pp = audit("healthcare.googleapis.com", "google.cloud.healthcare.v1.fhir.FhirService.SearchResources",
                       f"{FHIR_STORE}/fhir/Coverage", principal, ip, ua,
                       request={"@type": "type.googleapis.com/google.cloud.healthcare.v1.fhir.SearchResourcesRequest",
                                "parent": FHIR_STORE, "resourceType": "Coverage", "queryString": q},
                       perm="healthcare.fhirResources.search")
    return "gcl_audit_healthcare", jenc(entry("protoPayload", pp, res, log, "INFO" if "status" not in pp or not pp["status"] else "ERROR", trace=False))


# 5. BigQuery audit logs with query text -------------------------------------------
BQ_CLEAN = [
    "SELECT payer_id, COUNT(DISTINCT member_key) AS members, SUM(allowed_amt) AS allowed\nFROM `qh-analytics-prod.claims_curated.medical_claims`\nWHERE service_month >= '2024-01-01'\nGROUP BY 1\nORDER BY 3 DESC",
    "CREATE OR REPLACE TABLE `qh-analytics-prod.marts.readmit_30d` PARTITION BY DATE(discharge_ts) AS\nSELECT * FROM `qh-analytics-prod.staging.stg_readmit` WHERE _PARTITIONDATE = '{d}'",
    "MERGE `qh-analytics-prod.claims_curated.medical_claims` T USING `qh-ingest-prod.landing.claims_{ds}` S ON T.claim_id = S.claim_id\nWHEN MATCHED THEN UPDATE SET T.status = S.status\nWHEN NOT MATCHED THEN INSERT ROW",
    "SELECT measure_id, numerator, denominator, SAFE_DIVIDE(numerator, denominator) AS rate FROM `qh-analytics-prod.hedis.measure_rates_2025` WHERE contract_id = 'H{h}'",
    "SELECT COUNT(*) FROM `qh-analytics-prod.fhir_r4_export.Patient` WHERE meta.lastUpdated > TIMESTAMP('{d} 00:00:00+00')",
    "DELETE FROM `qh-analytics-prod.staging.stg_eligibility` WHERE load_date < DATE_SUB(CURRENT_DATE(), INTERVAL 30 DAY)",
    "SELECT age_band, sex, COUNT(*) n FROM `qh-analytics-prod.marts.member_month` WHERE month = '{m}' GROUP BY 1,2 HAVING n >= 11",
]


def bq_audit_entry(query, principal, ip, ua, tables, state="DONE", err=None):
    job = bqjob()
    jstat = {"jobState": state}
    if err:
        jstat["errorResult"] = {"code": 3, "message": err}
    md = {"@type": "type.googleapis.com/google.cloud.audit.BigQueryAuditMetadata",
          "jobChange": {"after": state, "job": {
              "jobName": f"projects/{PROJ_A}/jobs/{job}",
              "jobConfig": {"type": "QUERY", "queryConfig": {
                  "query": query, "queryTruncated": False,
                  "destinationTable": f"projects/{PROJ_A}/datasets/_{hexs(40)}/tables/anon{hexs(32)}",
                  "createDisposition": "CREATE_IF_NEEDED", "writeDisposition": "WRITE_TRUNCATE",
                  "priority": pick(["QUERY_INTERACTIVE", "QUERY_BATCH"]), "statementType": pick(["SELECT", "SELECT", "UPDATE", "MERGE"])}},
              "jobStatus": jstat,
              "jobStats": {"createTime": tz(earlier(1500, 9000), 3), "startTime": tz(earlier(900, 1400), 3), "endTime": tz(NOW, 3),
                           "queryStats": {"totalProcessedBytes": str(R.randint(10 ** 5, 10 ** 12)), "totalBilledBytes": str(R.randint(10 ** 7, 10 ** 12)),
                                          "billingTier": 1, "referencedTables": tables, "outputRowCount": str(R.randint(0, 5000))},
                           "totalSlotMs": str(R.randint(10, 10 ** 7))}}}}
    pp = audit("bigquery.googleapis.com", "google.cloud.bigquery.v2.JobService.InsertJob", f"projects/{PROJ_A}/jobs/{job}",
               principal, ip, ua, perm="bigquery.jobs.create", metadata=md)
    res = {"type": "bigquery_project", "labels": {"project_id": PROJ_A, "location": "US"}}
    return entry("protoPayload", pp, res, "cloudaudit.googleapis.com%2Fdata_access", "ERROR" if err else "INFO", trace=False)


def g_audit_bigquery(phi):
    principal = pick(STAFF + SA[5:])
    ip = priv_ip() if "gserviceaccount" in principal else pick(["2001:db8:" + hexs(4) + "::" + hexs(3), f"203.0.113.{R.randint(2, 250)}", priv_ip()])
    ua = pick(["BigQuery Python client/3.17.2 gapic/2.14.0", "Looker (+https://looker.com)", "dbt/1.7.9 bigquery/1.7.6",
               "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36,gzip(gfe)"])
    if not phi:
        q = pick(BQ_CLEAN).format(d=(REF - dt.timedelta(days=1)).isoformat(), ds=NOW.strftime("%Y%m%d"),
                                  h=digits(4), m=(REF.replace(day=1) - dt.timedelta(days=1)).strftime("%Y-%m-01"))
        return "gcl_audit_bigquery", jenc(bq_audit_entry(q, principal, ip, ua, [f"projects/{PROJ_A}/datasets/claims_curated/tables/medical_claims"]))
    p = person()
    tbl = f"projects/{PROJ_A}/datasets/pii_vault/tables/patients"
    k = kpick(8)
    if k == 6:
        st, dl = dl_number()
        q = M("SELECT p.mrn, p.last_name FROM `qh-analytics-prod.pii_vault.idv_documents` d JOIN `qh-analytics-prod.pii_vault.patients` p USING (person_key)\nWHERE d.doc_state = '",
              st, "' AND d.doc_number = '", P(dl, "license"), "'")
    elif k == 7:
        q = M("SELECT * FROM `qh-analytics-prod.pii_vault.intl_patients` WHERE national_id = '", P(pick([cpf(), dni_es(), aadhaar()]), "other_id"),
              "' OR passport_no = '", P(passport(), "other_id"), "'")
    elif k == 0:
        q = M("SELECT mrn, first_name, last_name, phone\nFROM `qh-analytics-prod.pii_vault.patients`\nWHERE last_name = '",
              P(sql_lit(p["f"]), "name"), "' AND dob = DATE '", P(fdate(p["dob"], "iso"), "date"), "'\nLIMIT 50")
    elif k == 1:
        q = M("UPDATE `qh-analytics-prod.pii_vault.patients` SET phone = '", P(fphone(p["phone"], 1), "phone"),
              "', email = '", P(p["email"], "email"), "' WHERE mrn = '", P(p["mrn"], "mrn"), "'")
    elif k == 2:
        q = M("SELECT * FROM `qh-analytics-prod.pii_vault.patients` WHERE ssn IN ('", P(p["ssn"], "ssn"), "', '",
              P(ssn(0), "ssn"), "')")
    elif k == 3:
        q = M("-- ticket DATA-2231 investigate dupes\nSELECT claim_id, member_id, service_from FROM `qh-analytics-prod.claims_curated.medical_claims`\nWHERE member_id = '",
              P(p["member"], "health_plan"), "'\n  AND service_from BETWEEN '2024-01-01' AND '2024-12-31'")
    elif k == 4:
        q = M("SELECT * FROM `qh-analytics-prod.pii_vault.patients` WHERE LOWER(CONCAT(first_name, ' ', last_name)) = '",
              P(sql_lit(f"{p['g']} {p['f']}".lower()), "name"), "' AND zip5 = '", P(p["zip"], "zip"), "'")
    else:
        old = person(old=True)
        q = M("SELECT mrn, dob, age_years FROM `qh-analytics-prod.pii_vault.patients` WHERE mrn = '", P(old["mrn"], "mrn"),
              "' -- age_years came back ", P(str(old["age"]), "age"), ", check dob ", P(fdate(old["dob"], "iso"), "date"))
    err = pick([None, None, "Syntax error: Unexpected keyword WHERE at [3:1]"])
    return "gcl_audit_bigquery", jenc(bq_audit_entry(q, principal, ip, ua, [tbl], err=err))


# 6. Firebase Auth / Identity Toolkit audit -----------------------------------------
def g_audit_idtk(phi):
    res = {"type": "identitytoolkit_project", "labels": {"project_id": PROJ_P}}
    uid = alnum(28, UP + "abcdefghijklmnopqrstuvwxyz0123456789")
    if not phi:
        k = R.randrange(4)
        if k == 0:
            pp = audit("identitytoolkit.googleapis.com", "google.cloud.identitytoolkit.admin.v2.ProjectConfigService.GetConfig",
                       f"projects/{PROJ_P}/config", SA[3], priv_ip(), "Firebase/Admin/Node/12.0.0", perm="firebaseauth.configs.get")
        elif k == 1:
            pp = audit("identitytoolkit.googleapis.com", "google.cloud.identitytoolkit.v1.AccountManagementService.DeleteAccount",
                       f"projects/{PROJ_P}", SA[3], priv_ip(), "Firebase/Admin/Node/12.0.0",
                       request={"@type": "type.googleapis.com/google.cloud.identitytoolkit.v1.DeleteAccountRequest", "localId": uid, "targetProjectId": PROJ_P},
                       perm="firebaseauth.users.delete")
        elif k == 2:
            pp = audit("identitytoolkit.googleapis.com", "google.cloud.identitytoolkit.admin.v2.ProjectConfigService.UpdateConfig",
                       f"projects/{PROJ_P}/config", pick(STAFF), f"203.0.113.{R.randint(2, 250)}", "Mozilla/5.0 (X11; Linux x86_64) Chrome/122.0.0.0",
                       request={"@type": "type.googleapis.com/google.cloud.identitytoolkit.admin.v2.UpdateConfigRequest",
                                "updateMask": "mfa.state,signIn.email.passwordRequired", "config": {"mfa": {"state": "ENABLED"}}},
                       perm="firebaseauth.configs.update")
        else:
            pp = audit("identitytoolkit.googleapis.com", "google.cloud.identitytoolkit.v1.AuthenticationService.SignInWithPassword",
                       f"projects/{PROJ_P}", None, priv_ip(), "grpc-node-js/1.10.1",
                       status={"code": 3, "message": "INVALID_LOGIN_CREDENTIALS"},
                       request={"@type": "type.googleapis.com/google.cloud.identitytoolkit.v1.SignInWithPasswordRequest", "returnSecureToken": True})
        return "gcl_audit_identitytoolkit", jenc(entry("protoPayload", pp, res, "cloudaudit.googleapis.com%2Fdata_access", "INFO", trace=False))
    p = person()
    k = R.randrange(4)
    ip = P(pub_ip(), "ip")
    ua = pick(UA_PATIENT)
    if k == 0:
        pp = audit("identitytoolkit.googleapis.com", "google.cloud.identitytoolkit.v1.AuthenticationService.SignInWithPassword",
                   f"projects/{PROJ_P}", None, ip, ua,
                   request={"@type": "type.googleapis.com/google.cloud.identitytoolkit.v1.SignInWithPasswordRequest",
                            "email": P(p["email"], "email"), "returnSecureToken": True},
                   response={"@type": "type.googleapis.com/google.cloud.identitytoolkit.v1.SignInWithPasswordResponse",
                             "kind": "identitytoolkit#VerifyPasswordResponse", "localId": uid, "email": P(p["email"], "email"),
                             "displayName": P(nm(p, "gf"), "name"), "registered": True})
    elif k == 1:
        pp = audit("identitytoolkit.googleapis.com", "google.cloud.identitytoolkit.v1.AuthenticationService.SendVerificationCode",
                   f"projects/{PROJ_P}", None, ip, ua,
                   request={"@type": "type.googleapis.com/google.cloud.identitytoolkit.v1.SendVerificationCodeRequest",
                            "phoneNumber": P(fphone(p["phone"], 4), "phone"), "recaptchaToken": "03AFcWeA" + alnum(40)})
    elif k == 2:
        pp = audit("identitytoolkit.googleapis.com", "google.cloud.identitytoolkit.v1.AuthenticationService.SignUp",
                   f"projects/{PROJ_P}", None, ip, ua,
                   request={"@type": "type.googleapis.com/google.cloud.identitytoolkit.v1.SignUpRequest",
                            "email": P(p["email"], "email"), "displayName": P(nm(p, "gf"), "name"),
                            "phoneNumber": P(fphone(p["phone"], 4), "phone")},
                   response={"@type": "type.googleapis.com/google.cloud.identitytoolkit.v1.SignUpResponse", "localId": uid})
    else:
        pp = audit("identitytoolkit.googleapis.com", "google.cloud.identitytoolkit.v1.AuthenticationService.SignInWithPassword",
                   f"projects/{PROJ_P}", None, ip, ua, status={"code": 3, "message": "INVALID_LOGIN_CREDENTIALS"},
                   request={"@type": "type.googleapis.com/google.cloud.identitytoolkit.v1.SignInWithPasswordRequest",
                            "email": P(p["email"], "email"), "returnSecureToken": True})
    return "gcl_audit_identitytoolkit", jenc(entry("protoPayload", pp, res, "cloudaudit.googleapis.com%2Fdata_access",
                                                   "ERROR" if pp["status"] else "INFO", trace=False))


# 7. Cloud Storage data access audit ------------------------------------------------
def g_audit_gcs(phi):
    principal = pick(SA)
    if not phi:
        bucket = pick(["qh-landing-prod", "qh-dataflow-temp", "qh-exports-prod", "qh-ml-artifacts"])
        obj = pick([f"exports/claims/{REF:%Y-%m-%d}/part-{R.randint(0, 99999):05d}-{uuid4()}.parquet",
                    f"dataflow/temp/claims-normalizer.{NOW:%m%d%H%M%S}.{R.randint(100000, 999999)}/{hexs(32)}.avro",
                    f"837/{NOW:%Y/%m/%d}/BCBSIL_837P_{digits(6)}.edi", f"models/readmit-xgb/3.4.1/model.bst",
                    f"fhir/{REF:%Y-%m-%d}/Observation-{R.randint(0, 400):04d}.ndjson"])
        rn = M(f"projects/_/buckets/{bucket}/objects/{obj}")
    else:
        p = person()
        bucket = pick(["qh-member-uploads-prod", "qh-roi-outbound", "qh-scan-inbox"])
        fl, gl = re.sub(r"[^a-z]+", "", fold(p["f"]).lower()), re.sub(r"[^a-z]+", "", fold(p["g"]).lower())
        k = R.randrange(3)
        if k == 0:
            rn = M(f"projects/_/buckets/{bucket}/objects/insurance-cards/", P(fl, "name"), "_", P(gl, "name"), "_",
                   P(p["dob"].strftime("%Y%m%d"), "date"), f"_{pick(['front', 'back'])}.jpg")
        elif k == 1:
            rn = M(f"projects/_/buckets/{bucket}/objects/roi/{REF:%Y/%m}/", P(p["mrn"], "mrn"), "/",
                   P(fold(f"{p['f']}, {p['g']}").replace(" ", "_"), "name"), "_records.pdf")
        else:
            rn = M(f"projects/_/buckets/{bucket}/objects/intake/", P(p["email"], "email"), f"/{uuid4()}.heic")
    pp = audit("storage.googleapis.com", pick(["storage.objects.get", "storage.objects.create"]), rn, principal, priv_ip(),
               pick(["apitools gsutil/5.27", "gcloud-python/2.14.0 gl-python/3.11.7 grpc/1.62.1", "Go-http-client/2.0"]),
               perm="storage.objects.get")
    res = {"type": "gcs_bucket", "labels": {"bucket_name": bucket, "location": "us-central1", "project_id": PROJ_I}}
    return "gcl_audit_gcs", jenc(entry("protoPayload", pp, res, "cloudaudit.googleapis.com%2Fdata_access", "INFO", trace=False))


# 8. Go services: zap / slog JSON on stdout (raw, as seen in kubectl logs / Cloud Run stdout) --
def go_line(style, level, caller, msg, fields):
    if style == "zap":
        d = {"level": level, "ts": round((NOW - EPOCH).total_seconds(), 6), "caller": caller, "msg": msg}
    else:
        d = {"time": NOW.strftime("%Y-%m-%dT%H:%M:%S.") + f"{NOW.microsecond:06d}" + "Z", "level": level.upper(),
             "source": {"function": "main." + caller.split("/")[0].title().replace("_", "") + ".Handle", "file": "/src/" + caller.split(":")[0], "line": int(caller.split(":")[1])},
             "msg": msg}
    d.update(fields)
    return jenc(d, gohtml=True)


def g_go_stdout(phi):
    style = pick(["zap", "slog"])
    svc = pick(["rpm-ingest", "idv-service", "eligibility-gw", "hl7-router", "dedupe-svc"])
    caller = f"{svc.replace('-', '_')}/{pick(['handler', 'server', 'pipeline', 'store'])}.go:{R.randint(30, 800)}"
    if not phi:
        k = R.randrange(7)
        if k == 0:
            msg, f = "server listening", {"addr": ":8080", "version": f"v{R.randint(1, 3)}.{R.randint(0, 30)}.{R.randint(0, 9)}", "commit": hexs(7), "go": "go1.22.1"}
        elif k == 1:
            msg, f = "db pool stats", {"open": R.randint(1, 40), "in_use": R.randint(0, 20), "idle": R.randint(0, 20), "wait_count": R.randint(0, 900), "wait_duration": f"{R.randint(0, 900)}ms"}
        elif k == 2:
            msg, f = "batch flushed", {"readings": R.randint(100, 9000), "topic": f"projects/{PROJ_I}/topics/rpm-readings", "latency_ms": R.randint(5, 400), "batch_id": uuid4()}
        elif k == 3:
            msg, f = "firmware rollout status", {"model": pick(["QH-BPX2", "QH-GLU1", "QH-SCALE3"]), "fw": f"2.{R.randint(0, 9)}.{R.randint(0, 20)}", "updated": R.randint(10, 9000), "pending": R.randint(0, 500), "canary_pct": pick([1, 5, 25, 100])}
        elif k == 4:
            msg, f = "upstream call", {"url": f"https://api.idvendor.example.com/v2/sessions/{uuid4()}?include=checks&expand=document", "status": pick([200, 202, 429]), "elapsed": f"{R.randint(40, 3000)}ms", "attempt": 1}
        elif k == 5:
            msg, f = "verification session completed", {"session": "ses_" + alnum(24), "result": pick(["approved", "declined", "review"]), "checks": ["document", "selfie", "liveness"], "duration_ms": R.randint(3000, 90000)}
        else:
            msg, f = "ack", {"control_id": f"MSG{digits(8)}", "msh9": pick(["ADT^A01", "ADT^A08", "ORU^R01"]), "facility": pick(["QHMC", "RFM", "SVMG"]), "ack_code": "AA", "bytes": R.randint(300, 9000)}
        lvl = "info" if k != 4 else "warn"
        return "go_stdout_json", go_line(style, lvl, caller, msg, f)
    p = person()
    k = kpick(9)
    svc = "rpm-ingest" if k in (0, 1, 6) else ("dedupe-svc" if k == 5 else "idv-service")
    caller = f"{svc.replace('-', '_')}/{pick(['handler', 'server', 'pipeline', 'store'])}.go:{R.randint(30, 800)}"
    lvl = "info"
    if k == 8:
        msg = "id card image stored"
        f = {"bucket": "qh-member-uploads-prod", "member": P(p["member"], "health_plan"), "side": "front",
             "thumb_b64": P(jpeg_b64(400, 900), "photo"), "ocr_name": P(nm(p, "GF"), "name")}
    elif k == 0:
        msg = "reading accepted"
        f = {"device": {"serial": P(device_serial(), "device"), "mac": P(mac(), "device"), "fw": f"2.{R.randint(0, 9)}.{R.randint(0, 20)}"},
             "patient_mrn": P(p["mrn"], "mrn"), "reading": {"type": pick(["glucose", "bp", "weight", "spo2"]), "value": R.randint(60, 220)}}
    elif k == 1:
        msg = "device registered"
        f = {"imei": P(imei(), "device"), "udi": P(udi(), "device"), "owner": P(nm(p), "name"), "enrolled_by": pick(STAFF), "program": "RPM-HTN"}
    elif k == 2 and chance(0.4):
        msg = "document captured"
        f = {"doc_type": "PASSPORT", "issuing_country": pick(["BRA", "MEX", "IND", "NGA", "PHL", "GBR"]),
             "mrz_doc_number": P(passport(), "other_id"), "surname": P(fold(p["f"]).upper(), "name"), "given_names": P(fold(p["g"]).upper(), "name"),
             "dob": P(p["dob"].strftime("%y%m%d"), "date"), "mrz_valid": True}
    elif k == 2:
        st, dl = dl_number(p["state"] if p["state"] in ("CA", "TX", "FL", "NY", "IL", "WA", "OK", "PA", "GA", "AZ") else None)
        msg = "document captured"
        f = {"doc_type": "DRIVERS_LICENSE", "issuing_state": st, "dl_number": P(dl, "license"),
             "name": P(nm(p, "GF"), "name"), "dob": P(fdate(p["dob"], "us"), "date"),
             "address": M(addr_line(p, "comma")), "doc_class": pick(["C", "D", "M"])}
    elif k == 3:
        msg = "selfie received"
        f = {"session": "ses_" + alnum(24), "applicant_email": P(p["email"], "email"),
             "selfie": P("data:image/jpeg;base64," + jpeg_b64(), "photo"), "liveness": round(R.uniform(0.7, 0.99), 3)}
    elif k == 4:
        msg = "face match computed"
        f = {"session": "ses_" + alnum(24), "mrn": P(p["mrn"], "mrn"), "probe_template": P(biometric_b64("face"), "biometric"),
             "score": round(R.uniform(0.5, 0.99), 4), "threshold": 0.82}
    elif k == 5:
        lvl = "warn"
        msg = "possible duplicate person"
        f = {"candidate": {"first": P(p["g"], "name"), "last": P(p["f"], "name"), "ssn": P(p["ssn"], "ssn"),
                           "phone": P(fphone(p["phone"]), "phone")}, "match_score": round(R.uniform(0.85, 0.99), 3), "rule": "ssn+dob"}
    elif k == 6:
        msg = "gateway heartbeat"
        f = {"gw_mac": P(mac(0), "device"), "client_ip": P(pub_ip(), "ip"), "rssi": -R.randint(40, 90), "patient": P(p["mrn"], "mrn")}
    else:
        msg = "fingerprint enrolled"
        f = {"kiosk": f"kiosk-{R.randint(1, 40):02d}", "clinic": pick(CLINICS), "patient_mrn": P(p["mrn"], "mrn"),
             "template_fmt": "ISO19794-2", "template": P(biometric_b64("fmr"), "biometric")}
    return "go_stdout_json", go_line(style, lvl, caller, msg, f)


# 9. Node services: pino / winston --------------------------------------------------------
def g_node(phi):
    svc = pick(["payments-svc", "portal-bff", "notify-node", "statement-api"])
    host = f"{svc}-{hexs(10)}-{alnum(5)}"
    pino = chance(0.6)
    if not phi:
        k = R.randrange(6)
        if k == 0:
            msg, f = "request completed", {"req": {"id": R.randint(1, 90000), "method": pick(["GET", "POST"]), "url": pick(["/healthz", "/v1/payments/config", "/v1/statements?page=2"]),
                                                    "remoteAddress": "::ffff:" + priv_ip()}, "res": {"statusCode": pick([200, 200, 204, 304])}, "responseTime": R.randint(1, 400)}
        elif k == 1:
            msg, f = "stripe webhook verified", {"event": "evt_" + alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "type": pick(["payment_intent.succeeded", "charge.refunded"]), "livemode": True}
        elif k == 2:
            msg, f = "settlement file uploaded", {"file": f"gs://qh-finance-prod/settlements/{REF:%Y%m%d}/batch_{digits(5)}.csv", "rows": R.randint(10, 4000), "total_cents": R.randint(10 ** 4, 10 ** 8)}
        elif k == 3:
            org = ORGS[0]
            msg, f = "remit-to config loaded", {"remitTo": f"{org[0]}, {ORGS[6][1]}, {ORGS[6][2]}, {ORGS[6][3]} {ORGS[6][4]}", "billingPhone": ORGS[6][5], "taxId": f"{R.randint(10, 99)}-{digits(7)}"}
        elif k == 4:
            msg, f = "payment plan recalculated", {"planId": "pp_" + alnum(14), "installments": R.randint(2, 24), "apr": 0, "order": f"ORD-{REF:%Y%m%d}-{digits(5)}"}
        else:
            msg, f = "card last4 mismatch ignored", {"intent": "pi_" + alnum(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "last4": digits(4), "brand": pick(["visa", "mastercard"])}
        lvl = 30
    else:
        p = person()
        k = kpick(6)
        lvl = 50 if k in (0, 2) else 30
        if k == 0:
            br, n = card()
            msg = "charge failed"
            f = {"code": pick(["card_declined", "incorrect_cvc", "expired_card"]),
                 "card": {"number": P(fcard(n), "account"), "exp": f"{R.randint(1, 12):02d}/{R.randint(25, 30)}", "brand": br},
                 "billingAccount": P(billing_account(), "account"), "payer": {"name": P(nm(p), "name"), "zip": P(p["zip"], "zip")}}
        elif k == 1:
            msg = "ACH enrolment"
            f = {"guarantor": P(nm(p, "fg"), "name"), "routingNumber": pick(["021000021", "026009593", "111000614", "071000013"]),
                 "accountNumber": P(digits(R.randint(9, 12)), "account"), "accountType": pick(["checking", "savings"])}
        elif k == 2:
            msg = "SEPA mandate rejected"
            f = {"debtor": P(nm(p), "name"), "iban": P(iban(), "account"), "mandateRef": f"QH-{digits(8)}", "reason": "AC04"}
        elif k == 3:
            body = seg("first_name=", urlq(seg(P(p["g"], "name"))), "&last_name=", urlq(seg(P(p["f"], "name"))),
                       "&dob=", urlq(seg(P(fdate(p["dob"], "us"), "date"))), "&phone=", urlq(seg(P(fphone(p["phone"], 0), "phone"))),
                       "&consent=on")
            msg = "form post"
            f = {"req": {"method": "POST", "url": "/v1/intake", "headers": {"content-type": "application/x-www-form-urlencoded"}},
                 "rawBody": M(body)}
        elif k == 5:
            st, dl = dl_number(p["state"] if p["state"] in ("CA", "TX", "FL", "NY", "IL", "WA", "OK", "PA", "GA", "AZ") else None)
            msg = "check payment verified"
            f = {"drawer": P(nm(p), "name"), "idType": "DL", "idState": st, "idNumber": P(dl, "license"),
                 "micr": {"routing": pick(["021000021", "111000614", "071000013"]), "account": P(digits(R.randint(8, 12)), "account"), "checkNo": str(R.randint(100, 9999))}}
        else:
            msg = "statement emailed"
            f = {"to": P(p["email"], "email"), "statement": f"ST{digits(9)}", "account": P(billing_account(), "account"),
                 "provider": "sendgrid", "sg_message_id": alnum(22) + ".filter" + digits(4)}
    if pino:
        d = {"level": lvl, "time": ems(), "pid": 1, "hostname": host, "msg": msg}
        d.update(f)
        return "node_pino", jenc(d)
    d = {"level": {30: "info", 50: "error"}[lvl], "message": msg, "service": svc, "timestamp": tz(NOW, 3)}
    d.update(f)
    sg = jenc(d, compact=chance(0.5))
    if chance(0.4):   # exported via Cloud Logging
        return "node_winston", jenc(entry("jsonPayload", d, res_run(svc, PROJ_P), "run.googleapis.com%2Fstdout",
                                          "ERROR" if lvl == 50 else "INFO"))
    return "node_winston", sg


# 10. Cloud Functions (Python) textPayload ------------------------------------------
def g_gcf(phi):
    fn = pick(["on-roster-upload", "adt-fanout", "sms-inbound", "normalize-lab-result", "nightly-attribution"])
    exec_id = alnum(12)
    res = res_fn(fn, PROJ_I)
    labels = {"execution_id": exec_id}
    if not phi:
        k = R.randrange(5)
        if k == 0:
            t, sev = "Function execution started", "DEBUG"
        elif k == 1:
            t, sev = f"Function execution took {R.randint(3, 60000)} ms, finished with status: '{pick(['ok', 'ok', 'crash', 'timeout'])}'", "DEBUG"
        elif k == 2:
            t, sev = f"Processing gs://qh-landing-prod/rosters/{REF:%Y%m}/{pick(['aco_roster', 'mssp_assign', 'mco_834'])}_{digits(6)}.csv ({R.randint(10, 900)} KB)", "INFO"
        elif k == 3:
            t, sev = f"attribution run complete: members={R.randint(1000, 90000)} pcp_changes={R.randint(0, 900)} elapsed={R.uniform(1, 90):.1f}s", "INFO"
        else:
            t, sev = f"Skipping non-ORU message type {pick(['ADT^A08', 'SIU^S12', 'MDM^T02'])} control_id={digits(10)}", "INFO"
        return "gcl_function_textpayload", jenc(entry("textPayload", t, res, "cloudfunctions.googleapis.com%2Fcloud-functions", sev, labels=labels))
    p = person()
    k = kpick(7)
    sev = "INFO"
    if k == 0:
        d = {"mrn": P(p["mrn"], "mrn"), "first_name": P(p["g"], "name"), "last_name": P(p["f"], "name"),
             "dob": P(fdate(p["dob"], "iso"), "date"), "zip": P(p["zip"], "zip"), "pcp_npi": npi()}
        sg = seg("processing record ", pyrepr(d))
    elif k == 1:
        sev = "WARNING"
        d = {"From": P(fphone(p["phone"], 4), "phone"), "Body": pick(["STOP", "YES", "C", "need to reschedule"]), "MessageSid": "SM" + hexs(32)}
        sg = seg("Unmatched inbound SMS: ", pyrepr(d))
    elif k == 2:
        sev = "ERROR"
        sg = seg("Traceback (most recent call last):\n  File \"/workspace/main.py\", line ", str(R.randint(20, 300)),
                 ", in normalize_lab_result\n    pid = parse_pid(msg)\n  File \"/workspace/hl7util.py\", line 88, in parse_pid\n    raise ValueError(f\"bad PID-7 {raw!r}\")\nValueError: bad PID-7 'PID|1||",
                 P(p["mrn"], "mrn"), "^^^QHMC^MR||", P(fold(p["f"]).upper(), "name"), "^", P(fold(p["g"]).upper(), "name"),
                 "||", P(p["dob"].strftime("%Y%m%d"), "date"), "X|", p["sex"], "'")
    elif k == 3:
        inner = jenc({"memberId": P(p["member"], "health_plan"), "name": P(nm(p), "name"), "plan_year": 2025, "maint_type": "021",
                      "ssn": P(p["ssn"], "ssn")}, compact=False, ea=True)
        sg = seg("834 member add: ", inner)
    elif k == 5:
        sg = seg(f"kiosk check-in kiosk-{R.randint(1, 30):02d} clinic='{pick(CLINICS)}' matched mrn=", P(p["mrn"], "mrn"),
                 " via fingerprint; probe=", P(biometric_b64("fmr"), "biometric"), f" nfiq={R.randint(1, 5)}")
    else:
        old = person(old=True)
        sg = seg("attribution override mrn=", P(old["mrn"], "mrn"), " age=", P(str(old["age"]), "age"),
                 " reason='hospice elected' pcp=", clin_name(pick(CLIN), "dr"))
    return "gcl_function_textpayload", jenc(entry("textPayload", M(sg), res, "cloudfunctions.googleapis.com%2Fcloud-functions", sev, labels=labels))


# 11. GKE Java (Spring Boot / logback) text, raw or exported ----------------------------
def spring_prefix(lvl, logger):
    return f"{NOW:%Y-%m-%d %H:%M:%S}.{NOW.microsecond // 1000:03d}  {lvl:>5} 1 --- [{pick(['nio-8080-exec-' + str(R.randint(1, 10)), 'main', 'scheduling-1', 'kafka-consumer-0', 'task-3'])}] {logger:<40} : "


def wrap_k8s(sg, ns, app, container, sev, proj=PROJ_I):
    if chance(0.5):
        return jenc(entry("textPayload", M(sg), res_k8s(ns, app, container, proj), "stdout" if sev in ("INFO", "DEBUG") else "stderr", sev,
                          labels={"k8s-pod/app": app, "k8s-pod/pod-template-hash": hexs(10), "compute.googleapis.com/resource_name": f"gke-qh-prod-gke-pool-{pick(['a', 'b'])}-{hexs(8)}-{alnum(4)}"}))
    return sg


def g_gke_spring(phi):
    app = pick(["claims-adjudicator", "attribution-engine", "auth-claims-bridge"])
    if not phi:
        k = R.randrange(6)
        lvl = "INFO"
        if k == 0:
            t = spring_prefix("INFO", "c.q.claims.adjudication.ClaimMapper") + f"Mapped claim CLM{REF:%Y%m%d}{digits(6)} lines={R.randint(1, 12)} payer={pick(PAYERS)[1]} billingNpi={npi()}"
        elif k == 1:
            t = spring_prefix("INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer") + "Tomcat started on port 8080 (http) with context path ''"
        elif k == 2:
            lvl = "WARN"
            t = spring_prefix("WARN", "com.zaxxer.hikari.pool.HikariPool") + f"HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta={R.randint(30, 90)}s{R.randint(1, 999)}ms)."
        elif k == 3:
            t = spring_prefix("INFO", "c.q.attr.AttributionJob") + f"run={uuid4()} assigned={R.randint(1000, 90000)} unchanged={R.randint(1000, 90000)} elapsedMs={R.randint(100, 90000)}"
        elif k == 4:
            c, n = clin()
            t = spring_prefix("INFO", "c.q.claims.ProviderLookup") + f"Resolved rendering provider {clin_name(c, 'full')} npi={n} taxonomy=207Q00000X"
        else:
            lvl = "ERROR"
            t = spring_prefix("ERROR", "o.a.k.c.c.internals.ConsumerCoordinator") + f"[Consumer clientId=consumer-claims-1, groupId=claims] Offset commit failed on partition claims-{R.randint(0, 11)} at offset {R.randint(10 ** 5, 10 ** 7)}: The request timed out."
        sg = seg(t)
    else:
        p = person()
        k = kpick(4)
        lvl = "WARN"
        if k == 0:
            sg = seg(spring_prefix("WARN", "c.q.claims.SubscriberMatcher"), f"Subscriber mismatch for claim CLM{REF:%Y%m%d}{digits(6)}: expected '",
                     P(f"{fold(p['f']).upper()}, {fold(p['g']).upper()}", "name"), "' got '", P(fold(p["f"]).upper(), "name"), "' (memberId=",
                     P(p["member"], "health_plan"), ", dob=", P(fdate(p["dob"], "iso"), "date"), ")")
        elif k == 1:
            lvl = "INFO"
            acc = event_date(400, 0)
            sg = seg(spring_prefix("INFO", "c.q.claims.mva.AccidentEnricher"), "MVA claim enriched: insured=", P(nm(p), "name"),
                     " accidentDate=", P(fdate(acc, "iso"), "date"), " vin=", P(vin(), "vehicle"), " plate=", P(plate(), "vehicle"),
                     f" state={p['state']} autoCarrier=Progressive")
        elif k == 2:
            lvl = "ERROR"
            adm = event_date(30, 0)
            sg = seg(spring_prefix("ERROR", "c.q.claims.AuthBridge"), "Prior auth lookup failed for member ", P(p["member"], "health_plan"),
                     " admitDate=", P(fdate(adm, "us"), "date"), " dischargeDate=", P(fdate(adm + dt.timedelta(days=R.randint(1, 9)), "us"), "date"),
                     ": HTTP 504 from https://pa.bluemeridian.com/api/v3/auths")
        else:
            lvl = "INFO"
            sg = seg(spring_prefix("INFO", "c.q.attr.MemberAddressChange"), "address change ", P(p["mrn"], "mrn"), ": old='",
                     addr_line(person()), "' new='", addr_line(p), "'")
    return "gke_spring_text", wrap_k8s(sg, "claims", app, app, {"WARN": "WARNING"}.get(lvl, lvl))


# 12. GKE ingress-nginx access logs ---------------------------------------------------
def g_nginx(phi):
    ns_svc = "member-portal-member-portal-bff-8080" if phi else pick(["member-portal-member-portal-bff-8080", "clinops-clinops-ui-80", "partners-partner-api-8443"])
    status = pick([200, 200, 200, 201, 302, 304, 401, 404, 499, 502])
    up = f"10.{R.randint(0, 60)}.{R.randint(0, 255)}.{R.randint(2, 250)}:{ns_svc.rsplit('-', 1)[1]}"
    rt = f"{R.uniform(0.001, 2.5):.3f}"
    tail = f" {R.randint(200, 2000)} {rt} [{ns_svc}] [] {up} {R.randint(0, 90000)} {rt} {status} {hexs(32)}"
    when = NOW.strftime("%d/%b/%Y:%H:%M:%S +0000")
    if not phi:
        ip = pick([priv_ip(), f"203.0.113.{R.randint(2, 250)}", f"198.51.100.{R.randint(2, 250)}"])
        path = pick(["/healthz", "/api/v1/cohorts?status=active", f"/api/v1/jobs/{uuid4()}", "/static/js/chunk-vendors.4a2c1e.js",
                     f"/api/v2/measures/CBP/rates?year=2025&contract=H{digits(4)}", "/metrics", "/api/v1/providers?npi=" + npi()])
        sg = seg(f"{ip} - - [{when}] \"{pick(['GET', 'GET', 'POST'])} {path} HTTP/1.1\" {status} {R.randint(0, 90000)} \"-\" \"{pick(UA_INTERNAL + UA_PATIENT)}\"{tail}")
    else:
        p = person()
        k = R.randrange(4)
        ipseg = P(pub_ip(), "ip")
        if k == 0:
            path = P(f"/api/v2/patients/search?last={urllib.parse.quote(p['f'])}&dob={fdate(p['dob'], 'iso')}", "url")
        elif k == 1:
            path = P(f"/api/v2/members/{p['member']}/id-card.pdf", "url")
        elif k == 2:
            path = "/api/v2/me/messages?unread=true"
        else:
            path = P(f"/api/v2/verify?email={urllib.parse.quote(p['email'])}&token={hexs(20)}", "url")
        sg = seg(ipseg, f" - - [{when}] \"GET ", path, f" HTTP/2.0\" {status} {R.randint(0, 90000)} \"https://portal.quillonhealth.com/\" \"{pick(UA_PATIENT)}\"{tail}")
    return "gke_nginx_ingress", wrap_k8s(sg, "ingress-nginx", "ingress-nginx-controller", "controller", "INFO")


# 13. Pub/Sub push bodies logged by Cloud Run receivers ------------------------------
def g_pubsub(phi):
    attrs = {}
    if not phi:
        k = R.randrange(3)
        if k == 0:
            inner = jenc({"kind": "storage#object", "id": f"qh-landing-prod/837/{REF:%Y/%m/%d}/file_{digits(6)}.edi/{R.randint(10 ** 15, 10 ** 16)}",
                          "name": f"837/{REF:%Y/%m/%d}/file_{digits(6)}.edi", "bucket": "qh-landing-prod", "size": str(R.randint(1000, 10 ** 7)),
                          "md5Hash": base64.b64encode(bytes(R.randrange(256) for _ in range(16))).decode(), "contentType": "application/edi-x12"})
            attrs = {"eventType": "OBJECT_FINALIZE", "bucketId": "qh-landing-prod", "payloadFormat": "JSON_API_V1", "notificationConfig": f"projects/_/buckets/qh-landing-prod/notificationConfigs/{R.randint(1, 20)}"}
            sub = "gcs-landing-push"
        elif k == 1:
            inner = seg(f"{HL7_STORE}/messages/{base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(30))).decode()}")
            attrs = {"msgType": "ADT", "type": pick(["A01", "A03", "A08"])}
            sub = "hl7-notify-push"
        else:
            inner = jenc({"job": df_job_id(), "state": "JOB_STATE_DONE", "rows_written": R.randint(1000, 10 ** 7), "table": f"{PROJ_A}:claims_curated.medical_claims"})
            attrs = {"source": "dataflow-notifier"}
            sub = "pipeline-status-push"
    else:
        p = person()
        k = R.randrange(3)
        if k == 0:
            inner = jenc({"event": pick(["A01", "A03", "A04"]), "mrn": P(p["mrn"], "mrn"),
                          "patient": {"name": P(nm(p, "gf"), "name"), "dob": P(fdate(p["dob"], "iso"), "date")},
                          "facility": pick(["QHMC", "RFM"]), "admitted": P(tz(NOW - dt.timedelta(hours=R.randint(1, 80)), 0), "date")})
            attrs = {"msgType": "ADT"}
            sub = "adt-events-push"
        elif k == 1:
            inner = jenc({"serial": P(device_serial(), "device"), "ts": ems(), "sys": R.randint(100, 180), "dia": R.randint(60, 110), "hr": R.randint(50, 120)})
            attrs = {"patientMrn": P(p["mrn"], "mrn"), "deviceModel": "QH-BPX2"}
            sub = "rpm-readings-push"
        else:
            inner = jenc({"memberId": P(p["member"], "health_plan"), "status": "active", "subscriberPhone": P(fphone(p["phone"], 1), "phone"), "payer": pick(PAYERS)[0]})
            attrs = {"schema": "eligibility.v2"}
            sub = "eligibility-results-push"
    msg_id = str(R.randint(10 ** 15, 10 ** 16))
    body = {"message": {"attributes": attrs, "data": M(b64seg(inner)), "messageId": msg_id, "message_id": msg_id,
                        "publishTime": tz(earlier(50, 3000), 3), "publish_time": tz(earlier(50, 3000), 3)},
            "subscription": f"projects/{PROJ_I}/subscriptions/{sub}"}
    if chance(0.5):
        pl = {"message": "push received", "severity": "DEBUG", "body": body}
        return "pubsub_push", run_stdout(sub.replace("-push", "-receiver"), PROJ_I, pl, "DEBUG")
    txt = seg("push body: ", jenc(body))
    return "pubsub_push", run_stdout(sub.replace("-push", "-receiver"), PROJ_I, M(txt), "DEBUG", kind="textPayload")


# 14. Dataflow worker logs -------------------------------------------------------------
def g_dataflow(phi):
    job = df_job_id()
    jn = pick(["claims-normalizer", "x12-837-parse", "fhir-bulk-loader", "rpm-rollup"])
    step = pick(["NormalizeClaims", "ParseX12", "WriteToBigQuery/StreamingInserts", "ReadFromPubSub", "DedupeMembers", "ToFhirBundle"])
    sev = "INFO"
    if not phi:
        k = R.randrange(6)
        msg = [f"Finished processing bundle {R.randint(10 ** 5, 10 ** 7)} in {R.randint(10, 9000)} ms",
               f"Autoscaling: Raised the number of workers to {R.randint(2, 40)} so that the pipeline can catch up with its backlog and keep up with its input rate.",
               f"Writing {R.randint(1000, 90000)} rows to BigQuery table {PROJ_A}:claims_curated.medical_claims",
               f"Refusing to split <at position ShufflePosition(base64:AAAAAg) of shuffle range [ShufflePosition(base64:AAAAAA), ShufflePosition(base64:AAAABA))>",
               f"Memory usage of worker: {R.randint(2000, 12000)} MB, GC pause {R.randint(1, 900)} ms",
               f"Dead-letter count for step {step}: {R.randint(0, 40)} (see gs://qh-dataflow-dlq/{jn}/{REF:%Y/%m/%d}/)"][k]
        msg = M(msg)
    else:
        p = person()
        sev = "ERROR"
        k = kpick(5)
        if k == 4:
            old = person(old=True)
            sev = "WARNING"
            msg = M(f"Outlier check: age_at_service=", P(str(old["age"]), "age"), " for member ", P(old["member"], "health_plan"),
                    f" (claim CLM{digits(12)}, los={R.randint(1, 40)}d) exceeds 89; routed to top-code transform")
        elif k == 0:
            d = {"member_id": P(p["member"], "health_plan"), "patient_name": P(f"{fold(p['f']).upper()}, {fold(p['g']).upper()}", "name"),
                 "dob": P(fdate(p["dob"], "iso"), "date"), "zip": P(p["zip"], "zip"), "claim_id": f"CLM{digits(12)}", "paid_amt": round(R.uniform(10, 9000), 2)}
            msg = M("Error processing element ", pyrepr(d), ": KeyError: 'place_of_service'")
        elif k == 1:
            F, G = fold(p["f"]).upper(), fold(p["g"]).upper()
            x12 = seg("NM1*IL*1*", P(F, "name"), "*", P(G, "name"), "****MI*", P(p["member"], "health_plan"), "~N3*",
                      P(fold(p["street"]).upper(), "address"), "~N4*", P(fold(p["city"]).upper(), "address"), "*", p["state"], "*",
                      P(p["zip"] + p["zip4"], "zip"), "~DMG*D8*", P(p["dob"].strftime("%Y%m%d"), "date"), "*", p["sex"], "~")
            msg = M("Dead-lettering segment group (loop 2010BA) from ISA13=", digits(9), ": ", x12)
        elif k == 2:
            sev = "WARNING"
            d = {"mrn": P(p["mrn"], "mrn"), "ssn": P(p["ssn"], "ssn"), "email": P(p["email"], "email")}
            msg = M("DedupeMembers: conflicting records merged ", pyrepr(d), f" cluster={uuid4()}")
        else:
            d = {"resourceType": "Patient", "name": [{"family": P(p["f"], "name"), "given": [P(p["g"], "name")]}],
                 "telecom": [{"system": "phone", "value": P(fphone(p["phone"]), "phone")}], "birthDate": P(fdate(p["dob"], "iso"), "date")}
            msg = M("ToFhirBundle: validation failed (Patient.identifier: minimum required = 1) resource=", jenc(d))
    pl = {"message": msg, "job": job, "logger": pick(["apache_beam.runners.worker.sdk_worker", "root", "__main__", "org.apache.beam.sdk.io.gcp.bigquery.BatchLoads"]),
          "portability_worker_id": f"sdk-{R.randint(0, 3)}-{R.randint(0, 3)}", "stage": f"F{R.randint(1, 60)}", "step": step,
          "thread": f"{R.randint(100, 900)}:{R.randint(10 ** 14, 10 ** 15)}", "worker": f"{jn}-{NOW:%m%d%H%M}-{alnum(4)}-harness-{alnum(4)}"}
    res = {"type": "dataflow_step", "labels": {"job_id": job, "job_name": jn, "project_id": PROJ_I, "region": "us-central1", "step_id": step}}
    labels = {"compute.googleapis.com/resource_id": str(R.randint(10 ** 18, 9 * 10 ** 18)), "compute.googleapis.com/resource_name": pl["worker"],
              "compute.googleapis.com/resource_type": "instance", "dataflow.googleapis.com/job_id": job, "dataflow.googleapis.com/job_name": jn,
              "dataflow.googleapis.com/region": "us-central1"}
    return "gcl_dataflow_worker", jenc(entry("jsonPayload", pl, res, "dataflow.googleapis.com%2Fworker", sev, labels=labels, trace=False))


# 15. Dataproc / Spark log4j (raw yarn container stderr, or exported) -----------------
def g_dataproc(phi):
    ts = NOW.strftime("%y/%m/%d %H:%M:%S")
    host = f"qh-dp-w-{R.randint(0, 11)}.us-central1-{pick('abcf')}.c.{PROJ_A}.internal"
    if not phi:
        k = R.randrange(6)
        t = [f"{ts} INFO org.apache.spark.scheduler.TaskSetManager: Finished task {R.randint(0, 400)}.0 in stage {R.randint(0, 40)}.0 (TID {R.randint(0, 9000)}) in {R.randint(10, 90000)} ms on {host} (executor {R.randint(1, 40)}) ({R.randint(1, 400)}/400)",
             f"{ts} WARN org.apache.spark.scheduler.TaskSetManager: Lost task {R.randint(0, 400)}.0 in stage {R.randint(0, 40)}.0 (TID {R.randint(0, 9000)}) ({host} executor {R.randint(1, 40)}): java.lang.NumberFormatException: For input string: \"N/A\"",
             f"{ts} INFO com.google.cloud.spark.bigquery.direct.DirectBigQueryRelation: Querying table {PROJ_A}.claims_curated.pharmacy_claims, parameters sent from Spark: requiredColumns=[ndc,days_supply,member_key], filter=[service_month >= '2024-07-01']",
             f"{ts} INFO org.apache.hadoop.yarn.client.api.impl.YarnClientImpl: Submitted application application_{ems() // 1000}{R.randint(100, 999)}_{R.randint(1, 9999):04d}",
             f"{ts} INFO org.apache.spark.storage.BlockManagerInfo: Added broadcast_{R.randint(0, 90)}_piece0 in memory on {host}:{R.randint(30000, 45000)} (size: {R.uniform(1, 90):.1f} KiB, free: {R.uniform(1, 9):.1f} GiB)",
             f"{ts} ERROR org.apache.spark.executor.Executor: Exception in task {R.randint(0, 400)}.1 in stage {R.randint(0, 40)}.0 (TID {R.randint(0, 9000)}): org.apache.spark.memory.SparkOutOfMemoryError: Unable to acquire 65536 bytes of memory, got 0"][k]
        sg = seg(t)
    else:
        p = person()
        k = kpick(3)
        if k == 0:
            sg = seg(f"{ts} WARN org.apache.spark.scheduler.TaskSetManager: Lost task {R.randint(0, 400)}.0 in stage 3.0 (TID {R.randint(0, 9000)}) ({host} executor 4): org.apache.spark.SparkException: Failed to parse row [",
                     P(p["mrn"], "mrn"), ",", P(fold(p["f"]).upper(), "name"), ",", P(fold(p["g"]).upper(), "name"), ",",
                     P(fdate(p["dob"], "iso"), "date"), ",", P(fphone(p["phone"], 1), "phone"), ",N/A]")
        elif k == 1 and chance(0.35):
            sg = seg(f"{ts} WARN com.quillon.mpi.LinkJob: foreign identifier collision type=", pick(["BR_CPF", "ES_DNI", "CA_SIN", "IN_AADHAAR"]),
                     " value=", P(pick([cpf(), dni_es(), sin_ca(), aadhaar()]), "other_id"), " records=[", P(p["mrn"], "mrn"), ", ", P(mrn(), "mrn"), "]")
        elif k == 1:
            sg = seg(f"{ts} ERROR com.quillon.mpi.LinkJob: Row(member_key='{hexs(16)}', first_name='", P(p["g"], "name"), "', last_name='",
                     P(p["f"].replace("'", "\\'"), "name"), "', ssn='", P(p["ssn"], "ssn"), "', birth_dt=datetime.date(",
                     P(f"{p['dob'].year}, {p['dob'].month}, {p['dob'].day}", "date"), ")) has conflicting links")
        else:
            old = person(old=True)
            sg = seg(f"{ts} INFO com.quillon.cohort.Sampler: sample row mrn=", P(old["mrn"], "mrn"), " age=", P(str(old["age"]), "age"),
                     " county=", P(old["county"], "address"), f" state={old['state']} dx=I50.9")
    if chance(0.4):
        pl = {"class": "org.apache.spark.scheduler.TaskSetManager", "filename": f"/var/log/spark/spark-{R.randint(1, 9)}.log", "message": M(sg)}
        res = {"type": "cloud_dataproc_cluster", "labels": {"cluster_name": "qh-dp", "cluster_uuid": uuid4(), "project_id": PROJ_A, "region": "us-central1"}}
        return "dataproc_log4j", jenc(entry("jsonPayload", pl, res, "yarn-userlogs", "INFO", trace=False))
    return "dataproc_log4j", sg


# 16. HL7v2 listener (MLLP adapter on GKE) + Healthcare API hl7 messages.create ------------
def hl7_msg(p, nk=None, with_acct=True):
    F, G = fold(p["f"]).upper(), fold(p["g"]).upper()
    MID = fold(p["mid"]).upper() if p["mid"] else ""
    c, n = clin()
    adm = NOW - dt.timedelta(hours=R.randint(1, 200))
    ctrl = f"MSG{digits(8)}"
    parts = [f"MSH|^~\\&|EPIC|QHMC|QH-ANALYTICS|QH|{NOW:%Y%m%d%H%M%S}||ADT^A0{R.randint(1, 8)}^ADT_A01|{ctrl}|P|2.5.1\r",
             f"EVN|A01|{NOW:%Y%m%d%H%M%S}\r",
             "PID|1||", P(p["mrn"], "mrn"), "^^^QHMC^MR||", P(F, "name"), "^", P(G, "name"), "^", (P(MID, "name") if MID else ""),
             "^^^^L||", P(p["dob"].strftime("%Y%m%d"), "date"), f"|{p['sex']}|||",
             P(fold(p["street"]).upper(), "address"), "^", (P(fold(p["unit"]).upper(), "address") if p["unit"] else ""), "^",
             P(fold(p["city"]).upper(), "address"), f"^{p['state']}^", P(p["zip"], "zip"), "^USA^H||",
             P(fphone(p["phone"], 0), "phone"), "^PRN^PH|||", pick(["M", "S", "W", "D"]), "||"]
    if with_acct:
        parts += [P(digits(10), "account"), "^^^QHMC^AN|", P(ssn(1), "ssn"), "|||\r"]
    else:
        parts += ["|||\r"]
    if nk:
        parts += ["NK1|1|", P(fold(nk["f"]).upper(), "name"), "^", P(fold(nk["g"]).upper(), "name"), f"|{pick(['SPO', 'CHD', 'PAR', 'SIB'])}^{pick(['Spouse', 'Child', 'Parent', 'Sibling'])}|||",
                  P(fphone(nk["phone"], 0), "phone"), "|\r"]
    parts += [f"PV1|1|I|{pick(['4W', 'ICU', 'MED'])}^{R.randint(400, 480)}^{pick('AB')}|E|||{n}^{fold(c[1]).upper()}^{fold(c[0]).upper()}^^^DR|||MED||||1|||{n}^{fold(c[1]).upper()}^{fold(c[0]).upper()}^^^DR|IN|V{digits(9)}|||||||||||||||||||||||||",
              P(adm.strftime("%Y%m%d%H%M"), "date"), "\r"]
    return seg(*parts)


def hl7_clean():
    c, n = clin()
    return seg(f"MSH|^~\\&|QH-ANALYTICS|QH|EPIC|QHMC|{NOW:%Y%m%d%H%M%S}||ACK^A01^ACK|ACK{digits(8)}|P|2.5.1\rMSA|AA|MSG{digits(8)}|Message accepted\r")


def g_hl7(phi):
    app = "mllp-adapter"
    if not phi:
        k = R.randrange(4)
        if k == 0:
            pl = {"msg": "ACK sent", "control_id": f"MSG{digits(8)}", "msg_type": pick(["ADT^A01", "ADT^A08", "ORU^R01"]), "facility": "QHMC", "bytes": R.randint(300, 9000)}
        elif k == 1:
            pl = {"msg": "connection accepted", "peer": f"10.{R.randint(100, 120)}.{R.randint(0, 255)}.{R.randint(2, 250)}:{R.randint(30000, 60000)}", "listener": "0.0.0.0:2575"}
        elif k == 2:
            pl = {"msg": "outbound ack", "ack": M(hl7_clean())}
        else:
            pl = {"msg": "message stored", "name": f"{HL7_STORE}/messages/{base64.urlsafe_b64encode(bytes(R.randrange(256) for _ in range(30))).decode()}",
                  "latency_ms": R.randint(20, 900)}
        return "gcl_hl7_listener", jenc(entry("jsonPayload", pl, res_k8s("hl7", app, app, PROJ_H), "stdout", "INFO"))
    p = person()
    nk = person() if chance(0.5) else None
    k = R.randrange(3)
    if k == 0:
        pl = {"msg": "parse error: PID-7 invalid", "severity": "ERROR", "raw": M(hl7_msg(p, nk))}
        sev = "ERROR"
    elif k == 1:
        pl = {"msg": "messages.create failed", "status": 400, "error": "invalid segment terminator",
              "request": {"message": {"data": M(b64seg(hl7_msg(p, nk, with_acct=chance(0.5))))}}}
        sev = "ERROR"
    else:
        pl = {"msg": "patient demographics changed", "mrn": P(p["mrn"], "mrn"), "diff": {"PID-11": M(addr_line(p, "comma")), "PID-13": P(fphone(p["phone"], 0), "phone")}}
        sev = "INFO"
    return "gcl_hl7_listener", jenc(entry("jsonPayload", pl, res_k8s("hl7", app, app, PROJ_H), "stdout" if sev == "INFO" else "stderr", sev))


# 17. FHIR gateway (Cloud Run) ----------------------------------------------------------
def fhir_patient(p, keep=("ssn", "mrn", "name", "birth", "addr", "tel", "email")):
    r = {"resourceType": "Patient", "id": uuid4(), "meta": {"versionId": alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "lastUpdated": tz(earlier(100, 10 ** 6), 6).replace("Z", "+00:00")}}
    ids = []
    if "mrn" in keep:
        ids.append({"system": "https://quillonhealth.com/fhir/sid/mrn", "value": P(p["mrn"], "mrn")})
    if "ssn" in keep:
        ids.append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(ssn(0), "ssn")})
    if "intl" in keep:
        sysv, val = pick([("urn:oid:2.16.840.1.113883.13.237", cpf()), ("http://hl7.org/fhir/sid/passport-GBR", passport()),
                          ("urn:oid:2.16.840.1.113883.4.330.124", sin_ca()), ("https://www.gob.mx/curp", curp(p))])
        ids.append({"system": sysv, "value": P(val, "other_id")})
    if ids:
        r["identifier"] = ids
    if "name" in keep:
        nmv = {"use": "official", "family": P(p["f"], "name"), "given": [P(p["g"], "name")] + ([P(p["mid"], "name")] if p["mid"] else [])}
        r["name"] = [nmv]
    tel = []
    if "tel" in keep:
        tel.append({"system": "phone", "value": P(fphone(p["phone"]), "phone"), "use": pick(["home", "mobile"])})
    if "email" in keep:
        tel.append({"system": "email", "value": P(p["email"], "email")})
    if "fax" in keep:
        tel.append({"system": "fax", "value": P(fphone(p["phone2"]), "fax"), "use": "home"})
    if tel:
        r["telecom"] = tel
    r["gender"] = {"M": "male", "F": "female"}[p["sex"]]
    if "birth" in keep:
        r["birthDate"] = P(fdate(p["dob"], "iso"), "date")
    if "addr" in keep:
        a = {"use": "home", "line": [P(p["street"], "address")] + ([P(p["unit"], "address")] if p["unit"] else []),
             "city": P(p["city"], "address"), "district": P(p["county"], "address"), "state": p["state"], "postalCode": P(p["zip"], "zip")}
        r["address"] = [a]
    return r


def g_fhir_gw(phi):
    svc = "fhir-gateway"
    if not phi:
        k = R.randrange(5)
        if k == 0:
            pl = {"message": "$export started", "job": uuid4(), "types": "Patient,Encounter,Condition,Observation", "_since": "2025-03-01T00:00:00Z", "requester": pick(SA[:2])}
        elif k == 1:
            pl = {"message": "CapabilityStatement cached", "fhirVersion": "4.0.1", "software": "Cloud Healthcare API", "etag": 'W/"' + hexs(8) + '"'}
        elif k == 2:
            pl = {"message": "bundle committed", "entries": R.randint(1, 500), "type": "transaction", "outcome": "201 Created x" + str(R.randint(1, 40)), "latency_ms": R.randint(30, 4000)}
        elif k == 3:
            pl = {"message": "smart token validated", "client_id": pick(["qh-portal", "epic-sandbox-" + hexs(6), "cohort-builder"]), "scopes": "patient/*.read launch/patient openid fhirUser", "exp_in_s": R.randint(60, 3600)}
        else:
            rid = uuid4()
            pl = {"message": "resource updated", "resource": f"Observation/{rid}", "versionId": alnum(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "code": "4548-4", "status": "final"}
        return "gcl_fhir_gateway", run_stdout(svc, PROJ_H, pl, "INFO", compact=chance(0.7))
    p = person()
    k = R.randrange(4)
    if k == 0:
        pl = {"message": "FHIR write rejected: OperationOutcome", "status": 422, "resourceType": "Patient",
              "body": fhir_patient(p, keep=pick([("ssn", "mrn", "name", "birth", "addr", "tel", "email"), ("intl", "mrn", "name", "birth", "addr", "tel"),
                                                 ("mrn", "name", "birth", "tel", "fax"), ("intl", "name", "email", "fax")]))}
        sev = "WARNING"
    elif k == 1:
        pl = {"message": "FHIR write rejected", "status": 400,
              "bodyText": M(jenc(fhir_patient(p, keep=pick([("mrn", "name", "birth"), ("name", "tel", "addr"), ("ssn", "name", "email"), ("intl", "name", "birth")]))))}
        sev = "WARNING"
    elif k == 2:
        rel = person()
        rel["f"] = p["f"]
        pl = {"message": "RelatedPerson created", "resource": {"resourceType": "RelatedPerson", "patient": {"reference": f"Patient/{uuid4()}"},
                                                                "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": pick(["MTH", "FTH", "SPS", "DAU"])}]}],
                                                                "name": [{"text": P(nm(rel, "gf"), "name")}], "telecom": [{"system": "phone", "value": P(fphone(rel["phone"]), "phone")}]}}
        sev = "INFO"
    else:
        cov = {"resourceType": "Coverage", "status": "active", "subscriberId": P(p["member"], "health_plan"),
               "beneficiary": {"reference": f"Patient/{uuid4()}", "display": P(nm(p), "name")},
               "payor": [{"display": pick(PAYERS)[1]}], "class": [{"type": {"text": "group"}, "value": "GRP" + digits(6)}]}
        pl = {"message": "Coverage upsert", "resource": cov}
        sev = "INFO"
    return "gcl_fhir_gateway", run_stdout(svc, PROJ_H, pl, sev, compact=chance(0.7), ea=chance(0.3))


# 18. Firestore triggers (Cloud Functions) -----------------------------------------------
def fs_val(v):
    if isinstance(v, dict):
        return {"mapValue": {"fields": {k: fs_val(x) for k, x in v.items()}}}
    if isinstance(v, P) and v.cat == "date" and "T" in str(v.v):
        return {"timestampValue": v}
    if isinstance(v, bool):
        return {"booleanValue": v}
    if isinstance(v, int):
        return {"integerValue": str(v)}
    return {"stringValue": v}


def g_firestore(phi):
    fn = pick(["onIntakeFormWrite", "onAppointmentCreate", "onMessageThreadUpdate"])
    coll = {"onIntakeFormWrite": "intakeForms", "onAppointmentCreate": "appointments", "onMessageThreadUpdate": "threads"}[fn]
    doc = f"projects/{PROJ_P}/databases/(default)/documents/{coll}/{alnum(20, UP + 'abcdefghijklmnopqrstuvwxyz0123456789')}"
    res = res_fn(fn, PROJ_P)
    labels = {"execution_id": alnum(12)}
    if not phi:
        k = R.randrange(3)
        if k == 0:
            t = f"{doc} updated, changed fields: [{', '.join(R.sample(['status', 'updatedAt', 'step', 'version', 'locale'], 2))}]"
        elif k == 1:
            t = f"Function execution took {R.randint(20, 3000)} ms, finished with status: 'ok'"
        else:
            t = f"appointment slot reserved clinic={pick(CLINICS)} slot={uuid4()} provider={clin_name(pick(CLIN), 'dr')}"
        return "gcl_firestore_trigger", jenc(entry("textPayload", t, res, "cloudfunctions.googleapis.com%2Fcloud-functions", "INFO", labels=labels))
    p = person()
    k = {"onIntakeFormWrite": 0, "onAppointmentCreate": 1, "onMessageThreadUpdate": 2}[fn]
    if k == 0:
        fields = {"firstName": P(p["g"], "name"), "lastName": P(p["f"], "name"),
                  "dob": P(p["dob"].isoformat() + "T00:00:00Z", "date"), "phone": P(fphone(p["phone"], 4), "phone"),
                  "address": {"line1": P(street_full(p), "address"), "city": P(p["city"], "address"), "zip": P(p["zip"], "zip")},
                  "step": R.randint(1, 6), "submitted": False}
        if chance(0.5):
            fields["photoIdFront"] = P("data:image/jpeg;base64," + jpeg_b64(600, 1600), "photo")
        elif chance(0.5):
            fields["emergencyContact"] = {"name": P(nm(person(), "gf"), "name"), "phone": P(fphone(nanp(p["state"]), 4), "phone")}
    elif k == 1:
        appt = event_date(0, 40)
        fields = {"patientName": P(nm(p), "name"), "when": P(f"{appt.isoformat()}T{R.randint(13, 22):02d}:{pick(['00', '15', '30', '45'])}:00Z", "date"),
                  "clinic": pick(CLINICS), "reason": pick(["follow-up", "annual wellness", "med refill"]), "mrn": P(p["mrn"], "mrn")}
    else:
        fields = {"from": P(p["email"], "email"), "subject": "question about my bill", "acct": P(billing_account(), "account"), "unread": True}
    ev = {"oldValue": {}, "updateMask": {}, "value": {"createTime": tz(earlier(), 6), "fields": {k: fs_val(v) for k, v in fields.items()},
                                                        "name": doc, "updateTime": tz(NOW, 6)}}
    sg = seg(f"{fn} triggered: ", jenc(ev))
    return "gcl_firestore_trigger", jenc(entry("textPayload", M(sg), res, "cloudfunctions.googleapis.com%2Fcloud-functions", "INFO", labels=labels))


# 19. Cloud Tasks ------------------------------------------------------------------------
def g_tasks(phi):
    q = pick(["sms-reminders", "recompute-gaps", "fax-outbound", "fhir-backfill"])
    qpath = f"projects/{PROJ_A}/locations/us-central1/queues/{q}"
    res = {"type": "cloud_tasks_queue", "labels": {"project_id": PROJ_A, "queue_id": q, "target_type": "HTTP", "location": "us-central1"}}
    target = f"POST https://reminder-dispatch-7xk2mqa3fq-uc.a.run.app/tasks/{q}"
    if not phi or chance(0.5):
        if phi:
            p = person()
            appt = event_date(0, 30)
            task = M(f"{qpath}/tasks/appt-reminder-", P(p["mrn"], "mrn"), "-", P(appt.strftime("%Y%m%d"), "date"))
        else:
            task = M(f"{qpath}/tasks/{R.randint(10 ** 18, 9 * 10 ** 18)}")
        pl = {"@type": "type.googleapis.com/google.cloud.tasks.logging.v1.TaskActivityLog", "task": task,
              "attemptResponseLog": {"attemptDuration": dur_s(), "dispatchCount": str(R.randint(1, 5)), "maxAttempts": 0,
                                     "responseCount": str(R.randint(0, 5)), "retryTime": tz(later(1000, 60000), 6),
                                     "scheduleTime": tz(earlier(10, 3000), 6), "status": pick(["OK", "OK", "UNAVAILABLE", "DEADLINE_EXCEEDED"]),
                                     "targetAddress": target, "targetType": "HTTP"}}
        return "gcl_cloud_tasks", jenc(entry("jsonPayload", pl, res, "cloudtasks.googleapis.com%2Ftask_operations_log", "INFO", trace=False))
    p = person()
    appt = event_date(0, 30)
    body = jenc({"to": P(fphone(p["phone"], 4), "phone"), "template": "appt_reminder_v2",
                 "vars": {"first": P(p["g"], "name"), "date": P(fdate(appt, "long"), "date"), "clinic": pick(CLINICS), "clinicPhone": pick(ORGS[1:6])[5]}})
    pl = {"message": "task handler received", "queue": q, "taskName": f"{qpath}/tasks/{R.randint(10 ** 18, 9 * 10 ** 18)}",
          "retryCount": R.randint(0, 3), "body": M(body)}
    return "gcl_cloud_tasks", run_stdout("reminder-dispatch", PROJ_A, pl, "INFO")


# 20. Istio / Envoy access log (JSON encoding) -----------------------------------------
def g_envoy(phi):
    svc = pick(["eligibility-api", "member-api", "statement-api"])
    d = {"authority": f"{svc}.qh-core.svc.cluster.local:8080", "bytes_received": R.randint(0, 4000), "bytes_sent": R.randint(0, 90000),
         "connection_termination_details": None, "downstream_local_address": f"10.{R.randint(0, 60)}.{R.randint(0, 255)}.{R.randint(2, 250)}:8080",
         "downstream_remote_address": f"10.{R.randint(0, 60)}.{R.randint(0, 255)}.{R.randint(2, 250)}:{R.randint(30000, 60000)}",
         "duration": R.randint(1, 3000), "method": pick(["GET", "GET", "POST"]), "path": None, "protocol": "HTTP/1.1",
         "request_id": uuid4(), "requested_server_name": None, "response_code": pick([200, 200, 404, 503]), "response_flags": pick(["-", "-", "UF", "URX"]),
         "route_name": "default", "start_time": tz(NOW, 3), "upstream_cluster": f"inbound|8080||{svc}.qh-core.svc.cluster.local",
         "upstream_host": f"10.{R.randint(0, 60)}.{R.randint(0, 255)}.{R.randint(2, 250)}:8080", "user_agent": None, "x_forwarded_for": None}
    if not phi:
        d["path"] = pick(["/healthz/ready", f"/v1/jobs/{uuid4()}", "/v1/plans?payer=" + pick(PAYERS)[0], "/metrics"])
        d["user_agent"] = pick(UA_INTERNAL)
        d["x_forwarded_for"] = pick([priv_ip(), f"198.51.100.{R.randint(2, 250)}", None])
    else:
        p = person()
        k = R.randrange(3)
        d["user_agent"] = pick(UA_PATIENT)
        ip = pub_ip()
        d["x_forwarded_for"] = M(P(ip, "ip"), f",{gfe_ip()}")
        if k == 0:
            d["path"] = P(f"/v1/members/{p['member']}/eligibility", "url")
        elif k == 1:
            d["path"] = P(f"/v1/statements?guarantorEmail={urllib.parse.quote(p['email'])}", "url")
        else:
            d["path"] = "/v1/me/statements/latest"
    return "istio_envoy_json", wrap_k8s(jenc(d), "qh-core", svc, "istio-proxy", "INFO", PROJ_A)


# 21. Error Reporting style exceptions (Cloud Run Python) ------------------------------
def g_error(phi):
    svc = pick(["eligibility-api", "cohort-builder", "roi-service", "member-portal-bff"])
    head = "Traceback (most recent call last):\n"
    frames = (f"  File \"/usr/local/lib/python3.11/site-packages/flask/app.py\", line 1463, in wsgi_app\n    response = self.full_dispatch_request()\n"
              f"  File \"/app/{svc.replace('-', '_')}/handlers.py\", line {R.randint(20, 600)}, in {pick(['post_lookup', 'handle', 'run_batch', 'render_packet'])}\n")
    if not phi:
        tail = pick([f"    rows = client.query(sql).result(timeout=30)\nconcurrent.futures._base.TimeoutError: job bquxjob_{hexs(8)}_{hexs(11)} did not finish in 30s",
                     "    return cache[key]\nKeyError: 'measure:CBP:2025'",
                     f"    resp.raise_for_status()\nrequests.exceptions.HTTPError: 503 Server Error: Service Unavailable for url: https://api.availity.com/availity/v1/coverages/{uuid4()}",
                     "    conn = pool.getconn()\npsycopg2.pool.PoolError: connection pool exhausted"])
        sg = seg(head, frames, tail)
    else:
        p = person()
        k = R.randrange(4)
        if k == 0:
            sg = seg(head, frames, "    raise ValueError(f\"duplicate SSN {ssn} already linked to {mrn}\")\nValueError: duplicate SSN ",
                     P(p["ssn"], "ssn"), " already linked to ", P(p["mrn"], "mrn"))
        elif k == 1:
            sg = seg(head, frames, "    pt = PatientIn(**payload)\npydantic_core._pydantic_core.ValidationError: 1 validation error for PatientIn\nphone\n  String should match pattern '^\\+1\\d{10}$' [type=string_pattern_mismatch, input_value='",
                     P(fphone(p["phone"], 0), "phone"), "', input_type=str]")
        elif k == 2:
            sg = seg(head, frames, "    addr = usps.verify(line1, city, zip5)\naddress.errors.AddressNotFound: ",
                     P(f"{fold(street_full(p)).upper()} {fold(p['city']).upper()}", "address"), f" {p['state']} ", P(p["zip"], "zip"))
        else:
            sg = seg(head, frames, "    return MEMBERS[(last, dob)]\nKeyError: ('", P(p["f"].replace("'", "\\'"), "name"), "', '", P(fdate(p["dob"], "iso"), "date"), "')")
    pl = {"@type": "type.googleapis.com/google.devtools.clouderrorreporting.v1beta1.ReportedErrorEvent",
          "message": M(sg), "serviceContext": {"service": svc, "version": rev(svc)},
          "context": {"httpRequest": {"method": "POST", "url": f"/v1/{pick(['lookup', 'batch', 'packets'])}", "responseStatusCode": 500}}}
    return "gcl_error_report", run_stdout(svc, PROJ_A, pl, "ERROR")


# 22-25. noise-only families ----------------------------------------------------------------
def g_klog(phi):
    assert not phi
    lvl = pick("IIIWE")
    hdr = f"{lvl}{NOW:%m%d %H:%M:%S}.{NOW.microsecond:06d}       1 "
    t = pick([f"leaderelection.go:258] successfully acquired lease qh-system/hl7-router-leader",
              f"reflector.go:325] Listing and watching *v1.ConfigMap from k8s.io/client-go@v0.29.2/tools/cache/reflector.go:229",
              f"controller.go:{R.randint(100, 400)}] Reconciling BackendConfig qh-core/member-api-bc generation={R.randint(1, 90)}",
              f"round_trippers.go:553] GET https://10.0.0.1:443/api/v1/namespaces/qh-core/pods?limit=500 200 OK in {R.randint(2, 90)} milliseconds",
              f"cert_rotation.go:168] certificate for \"webhook.qh-system.svc\" expires 2025-06-0{R.randint(1, 9)} 00:00:00 +0000 UTC, rotating"])
    return "gke_klog", wrap_k8s(seg(hdr + t), "qh-system", pick(["hl7-router", "cert-manager", "config-sync"]), "manager", {"I": "INFO", "W": "WARNING", "E": "ERROR"}[lvl])


def g_k8s_event(phi):
    assert not phi
    app = pick(["claims-adjudicator", "mllp-adapter", "rpm-ingest", "attribution-engine"])
    pod = f"{app}-{hexs(10)}-{alnum(5)}"
    reason, msg = pick([("Pulling", f"Pulling image \"us-central1-docker.pkg.dev/qh-ingest-prod/apps/{app}:{R.randint(1, 3)}.{R.randint(0, 40)}.{R.randint(0, 9)}\""),
                        ("Pulled", f"Successfully pulled image in {R.uniform(1, 30):.3f}s (sha256:{hexs(64)})"),
                        ("BackOff", "Back-off restarting failed container"),
                        ("Unhealthy", f"Readiness probe failed: Get \"http://10.{R.randint(0, 60)}.{R.randint(0, 255)}.{R.randint(2, 250)}:8080/ready\": context deadline exceeded"),
                        ("Scheduled", f"Successfully assigned qh-core/{pod} to gke-qh-prod-gke-pool-a-{hexs(8)}-{alnum(4)}")])
    pl = {"apiVersion": "v1", "count": R.randint(1, 40), "eventTime": None, "firstTimestamp": tz(earlier(1000, 90000), 0),
          "involvedObject": {"apiVersion": "v1", "fieldPath": f"spec.containers{{{app}}}", "kind": "Pod", "name": pod, "namespace": "qh-core",
                             "resourceVersion": str(R.randint(10 ** 8, 10 ** 9)), "uid": uuid4()},
          "kind": "Event", "lastTimestamp": tz(NOW, 0), "message": msg, "metadata": {"name": f"{pod}.{hexs(16)}", "namespace": "qh-core"},
          "reason": reason, "source": {"component": "kubelet", "host": f"gke-qh-prod-gke-pool-a-{hexs(8)}-{alnum(4)}"}, "type": "Warning" if reason in ("BackOff", "Unhealthy") else "Normal"}
    res = {"type": "k8s_pod", "labels": {"cluster_name": "qh-prod-gke", "location": "us-central1", "namespace_name": "qh-core", "pod_name": pod, "project_id": PROJ_I}}
    return "gke_event", jenc(entry("jsonPayload", pl, res, "events", "WARNING" if pl["type"] == "Warning" else "INFO", trace=False))


def g_build(phi):
    assert not phi
    bid = uuid4()
    step = R.randint(0, 6)
    t = pick([f"Step #{step} - \"build\": Successfully built {hexs(12)}",
              f"Step #{step} - \"push\": {R.randint(1, 9)}.{R.randint(0, 40)}.{R.randint(0, 9)}: digest: sha256:{hexs(64)} size: {R.randint(800, 4000)}",
              f"Step #{step} - \"test\": ===== {R.randint(100, 900)} passed, {R.randint(0, 9)} skipped, {R.randint(0, 30)} warnings in {R.uniform(5, 300):.2f}s =====",
              f"Step #{step} - \"deploy\": Service [{pick(list(HOSTS))}] revision [{rev(pick(list(HOSTS)))}] has been deployed and is serving 100 percent of traffic.",
              "FETCHSOURCE", f"BUILD SUCCESS", f"Starting Step #{step} - \"lint\""])
    res = {"type": "build", "labels": {"build_id": bid, "build_trigger_id": uuid4(), "project_id": PROJ_A}}
    return "gcl_cloudbuild", jenc(entry("textPayload", t, res, "cloudbuild", "INFO", labels={"build_step": f"Step #{step}"}, trace=False))


def g_scheduler(phi):
    assert not phi
    job = pick(["nightly-attribution", "refresh-cohorts", "purge-temp-tables", "hedis-rollup", "sync-provider-directory"])
    pl = {"@type": "type.googleapis.com/google.cloud.scheduler.logging.AttemptFinished", "jobName": f"projects/{PROJ_A}/locations/us-central1/jobs/{job}",
          "targetType": "HTTP", "url": f"https://{pick(list(HOSTS.values()))}/tasks/{job}", "status": pick(["OK", "OK", "DEADLINE_EXCEEDED"]),
          "debugInfo": pick(["", "URL_ERROR-ERROR_OTHER. Original HTTP response code number = 500"])}
    res = {"type": "cloud_scheduler_job", "labels": {"job_id": job, "location": "us-central1", "project_id": PROJ_A}}
    return "gcl_scheduler", jenc(entry("jsonPayload", pl, res, "cloudscheduler.googleapis.com%2Fexecutions", "INFO", trace=False))


def g_sqlproxy(phi):
    assert not phi
    t = pick([f"{NOW:%Y/%m/%d %H:%M:%S} [{PROJ_A}:us-central1:qh-ops-pg] Accepted connection from 127.0.0.1:{R.randint(30000, 60000)}",
              f"{NOW:%Y/%m/%d %H:%M:%S} [{PROJ_A}:us-central1:qh-ops-pg] client closed the connection",
              f"{NOW:%Y/%m/%d %H:%M:%S} The proxy has started successfully and is ready for new connections!",
              f"{NOW:%Y/%m/%d %H:%M:%S} [{PROJ_A}:us-central1:qh-ops-pg] Listening on 127.0.0.1:5432"])
    return "cloudsql_proxy", wrap_k8s(seg(t), "claims", "claims-adjudicator", "cloud-sql-proxy", "INFO", PROJ_A)


# ---------------------------------------------------------------------------
# assembly
# ---------------------------------------------------------------------------
PHI_FAMS = [(g_run_json, 12), (g_run_text, 8), (g_run_request, 7), (g_audit_healthcare, 5), (g_audit_bigquery, 7),
            (g_audit_idtk, 6), (g_audit_gcs, 4), (g_go_stdout, 12), (g_node, 8), (g_gcf, 6), (g_gke_spring, 6),
            (g_nginx, 5), (g_pubsub, 6), (g_dataflow, 6), (g_dataproc, 4), (g_hl7, 6), (g_fhir_gw, 6),
            (g_firestore, 4), (g_tasks, 4), (g_envoy, 4), (g_error, 5)]
CLEAN_FAMS = [(f, w) for f, w in PHI_FAMS] + [(g_klog, 5), (g_k8s_event, 5), (g_build, 4), (g_scheduler, 4), (g_sqlproxy, 4)]


def wpick(table):
    tot = sum(w for _, w in table)
    x = R.uniform(0, tot)
    for f, w in table:
        x -= w
        if x <= 0:
            return f
    return table[-1][0]


# rare categories: templates that carry them (generator, template index)
RARE = {
    "age": [(g_run_json, 2), (g_audit_bigquery, 5), (g_gcf, 6), (g_dataproc, 2), (g_run_text, 9), (g_dataflow, 4)],
    "other_id": [(g_run_json, 7), (g_audit_bigquery, 7), (g_run_json, 7), (g_audit_bigquery, 7), (g_run_json, 7), (g_audit_bigquery, 7)],
    "fax": [(g_run_json, 6), (g_run_text, 7), (g_run_json, 6), (g_run_text, 7), (g_run_json, 6), (g_run_text, 7)],
    "license": [(g_run_text, 10), (g_node, 5), (g_audit_bigquery, 6), (g_run_text, 10), (g_node, 5), (g_audit_bigquery, 6)],
    "vehicle": [(g_gke_spring, 1)] * 5,
    "photo": [(g_go_stdout, 3), (g_go_stdout, 8), (g_go_stdout, 3), (g_go_stdout, 8)],
    "biometric": [(g_go_stdout, 4), (g_go_stdout, 7), (g_run_text, 8), (g_gcf, 5)],
}


def main():
    global NOW
    plan = [True] * (N_LINES - N_CLEAN) + [False] * N_CLEAN
    R.shuffle(plan)
    forced = [fk for cat in sorted(RARE) for fk in RARE[cat]]
    phi_idx = [i for i, ph in enumerate(plan) if ph]
    slots = dict(zip(sorted(R.sample(phi_idx, len(forced))), R.sample(forced, len(forced))))
    lines, labels = [], []
    for i, phi in enumerate(plan, 1):
        NOW = NOW + dt.timedelta(microseconds=R.randint(2000, 2600000))
        if (i - 1) in slots:
            fn, k = slots[i - 1]
            FORCE.append(k)
        else:
            fn = wpick(PHI_FAMS if phi else CLEAN_FAMS)
        fam, sg = fn(phi)
        assert not FORCE
        line, spans = finalize(sg)
        assert phi == bool(spans), (i, fam, phi)
        assert len(line) <= 20000, (i, fam, len(line))
        line.decode("utf-8")
        lines.append((line, spans))
        labels.append({"line": i, "family": fam, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]})
    with open(LOG_PATH, "wb") as fh:
        for line, _ in lines:
            fh.write(line + b"\n")
    with open(LAB_PATH, "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + "\n")
    # verification against the written file
    with open(LOG_PATH, "rb") as fh:
        written = fh.read().split(b"\n")
    assert written[-1] == b"" and len(written) == N_LINES + 1
    for (line, spans), got in zip(lines, written):
        assert got == line
        for s, e, c, v in spans:
            assert got[s:e] == v, (s, e, c, v)
    n_clean = sum(1 for l in labels if not l["spans"])
    cats = {}
    for l in labels:
        for sp in l["spans"]:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    fams = {}
    for l in labels:
        fams[l["family"]] = fams.get(l["family"], 0) + 1
    print(f"lines={len(labels)} clean={n_clean} ({n_clean / len(labels):.1%}) spans={sum(cats.values())}")
    print("categories:", json.dumps(dict(sorted(cats.items())), ensure_ascii=False))
    print("families:", json.dumps(dict(sorted(fams.items()))))
    for p in (LOG_PATH, LAB_PATH):
        print(hashlib.md5(open(p, "rb").read()).hexdigest(), os.path.basename(p))


if __name__ == "__main__":
    main()
