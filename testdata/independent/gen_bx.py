#!/usr/bin/env python3
"""Generator for the "bx" held-out PHI corpus.

Theme: a pharmacy-benefit startup ("Bexley Rx") written in Go and Rust.
Formats: zap / zerolog JSON, Go slog text + JSON, logrus text + JSON,
Rust tracing (fmt + json) and env_logger, gRPC interceptors / status errors,
NATS, Temporal, CockroachDB, Redis, Envoy, NCPDP claims and prior auth.

Standard library only, fixed seed, deterministic.  Writes next to itself:
  bx.log           500 lines
  bx.labels.jsonl  one JSON object per line with byte-offset spans

Every line is built from segments (text, category-or-None); byte offsets are
computed while concatenating, never by searching afterwards.
"""
import base64
import datetime as _dt
import json
import os
import sys
import unicodedata
import uuid as _uuid
import random

SEED = 0xB7C0FFEE
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_CLEAN = 275          # lines with no PHI (55 %)

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}

# --------------------------------------------------------------------------
# segment infrastructure
# --------------------------------------------------------------------------


class P:
    """A PHI value: v is written, cat is its category."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        assert cat in CATS, cat
        self.v = v
        self.cat = cat


class Raw:
    """Pre-built segments inserted verbatim (numbers, composite text)."""
    __slots__ = ("segs",)

    def __init__(self, *items):
        self.segs = S(*items)


class Str:
    """A string value made of segments (some of them PHI); escaped per segment."""
    __slots__ = ("segs",)

    def __init__(self, *items):
        self.segs = S(*items)


def S(*items):
    out = []
    for it in items:
        if it is None:
            continue
        if isinstance(it, str):
            if it:
                out.append((it, None))
        elif isinstance(it, P):
            out.append((str(it.v), it.cat))
        elif isinstance(it, (Raw, Str)):
            out.extend(it.segs)
        elif isinstance(it, list):
            out.extend(it)
        elif isinstance(it, tuple):
            out.append(it)
        else:
            out.append((str(it), None))
    return out


def mapseg(segs, fn):
    return [(fn(t), c) for t, c in segs]


def plain(segs):
    return "".join(t for t, _ in segs)


# ---- escapers (all are per-character, so per-segment escaping is exact) ----

def jesc(t, html=False, ascii_only=False):
    s = json.dumps(t, ensure_ascii=ascii_only)[1:-1]
    if html:
        s = s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return s


def jesc_html(t):
    return jesc(t, html=True)


def goq(t):
    """inner part of Go strconv.Quote / %q"""
    out = []
    for ch in t:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append("\\x%02x" % o)
        else:
            out.append(ch)
    return "".join(out)


def rsq(t):
    """inner part of Rust <str as Debug>"""
    out = []
    for ch in t:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif o < 0x20 or o == 0x7F:
            out.append("\\u{%x}" % o)
        else:
            out.append(ch)
    return "".join(out)


def sqlq(t):
    return t.replace("'", "''")


def xmlesc(t):
    return (t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;").replace("'", "&apos;"))


def pct(t):
    from urllib.parse import quote
    return quote(t, safe="")


def pct_form(t):
    from urllib.parse import quote_plus
    return quote_plus(t, safe="")


def redisq(t):
    """redis MONITOR / redis-cli quoting (sdscatrepr)"""
    out = []
    for ch in t:
        o = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\r":
            out.append("\\r")
        elif ch == "\t":
            out.append("\\t")
        elif o < 0x20 or o == 0x7F:
            out.append("\\x%02x" % o)
        elif o > 0x7F:
            out.append("".join("\\x%02x" % b for b in ch.encode("utf-8")))
        else:
            out.append(ch)
    return "".join(out)


# ---- JSON builder ----

def J(obj, esc=jesc, sep=",", kv=":"):
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            return [('"', None), (esc(obj.v), obj.cat), ('"', None)]
        return [(str(obj.v), obj.cat)]
    if isinstance(obj, Raw):
        return list(obj.segs)
    if isinstance(obj, Str):
        return [('"', None)] + mapseg(obj.segs, esc) + [('"', None)]
    if isinstance(obj, dict):
        out = [("{", None)]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append((sep, None))
            out.append(('"' + esc(k) + '"' + kv, None))
            out.extend(J(v, esc, sep, kv))
        out.append(("}", None))
        return out
    if isinstance(obj, (list, tuple)):
        out = [("[", None)]
        for i, v in enumerate(obj):
            if i:
                out.append((sep, None))
            out.extend(J(v, esc, sep, kv))
        out.append(("]", None))
        return out
    if obj is True:
        return [("true", None)]
    if obj is False:
        return [("false", None)]
    if obj is None:
        return [("null", None)]
    if isinstance(obj, (int, float)):
        return [(str(obj), None)]
    return [('"' + esc(str(obj)) + '"', None)]


# ---- logfmt builders ----

def _as_segs(v):
    if isinstance(v, P):
        return [(str(v.v), v.cat)]
    if isinstance(v, (Raw, Str)):
        return list(v.segs)
    if isinstance(v, list):
        return v
    if v is True:
        return [("true", None)]
    if v is False:
        return [("false", None)]
    return [(str(v), None)]


def _slog_needs(text):
    if text == "":
        return True
    for ch in text:
        o = ord(ch)
        if o < 0x80:
            if ch in ' ="' or o < 0x20 or o == 0x7F:
                return True
        elif ch.isspace() or not ch.isprintable():
            return True
    return False


_LOGRUS_OK = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._/@^+")


def _logrus_needs(text):
    return any(ch not in _LOGRUS_OK for ch in text)


def lfval(v, style="slog"):
    if isinstance(v, Raw):
        return list(v.segs)
    segs = _as_segs(v)
    text = plain(segs)
    if style == "slog":
        need = _slog_needs(text)
    elif style == "logrus":
        need = _logrus_needs(text)
    elif style == "always":
        need = True
    else:
        need = False
    if need:
        return [('"', None)] + mapseg(segs, goq) + [('"', None)]
    return segs


def KV(pairs, style="slog", sep=" "):
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append((sep, None))
        out.append((k + "=", None))
        out.extend(lfval(v, style))
    return out


def rfields(pairs):
    """Rust tracing fmt fields: values given as ('dbg', v) are Debug-quoted."""
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append((" ", None))
        out.append((k + "=", None))
        if isinstance(v, tuple) and len(v) == 2 and v[0] == "dbg":
            out.append(('"', None))
            out.extend(mapseg(_as_segs(v[1]), rsq))
            out.append(('"', None))
        else:
            out.extend(_as_segs(v))
    return out


def render(segs):
    buf = bytearray()
    spans = []
    for t, c in segs:
        b = t.encode("utf-8")
        if c is not None:
            assert b, "empty PHI segment"
            spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": c, "_b": b})
        buf += b
    return bytes(buf), spans


# --------------------------------------------------------------------------
# data pools
# --------------------------------------------------------------------------

FIRST_F = [
    "Mary", "Patricia", "Linda", "Barbara", "Dorothy", "Aaliyah", "Keisha", "Imani",
    "Ebony", "Tamika", "María", "Guadalupe", "Ximena", "Luz", "Xiomara", "Yesenia",
    "Thanh", "Linh", "Huong", "Thảo", "Mei", "Xiaoling", "Jing", "Seo-yeon", "Ji-woo",
    "Yui", "Haruka", "Priya", "Lakshmi", "Ananya", "Deepa", "Fatima", "Layla", "Aisha",
    "Shirin", "Svetlana", "Olga", "Agnieszka", "Ngozi", "Oluwaseun", "Tigist", "Hodan",
    "Leilani", "Siobhán", "Astrid", "Eleni", "Ayşe", "Zoë", "Chloé", "Hope", "Grace",
    "Joy", "Faith", "Summer", "Autumn", "Rose", "April", "June", "Dawn", "Iris",
    "Winona", "Precious", "Destiny", "Marisol", "Esperanza", "Beatriz", "Rosalind",
    "Gertrude", "Mildred", "Hazel", "Opal", "Nkechi", "Amara", "Sakura", "Bích",
]
FIRST_M = [
    "James", "Robert", "Michael", "William", "Harold", "DeShawn", "Jamal", "Tyrone",
    "Darnell", "José", "Alejandro", "Juan Carlos", "Jesús", "Guillermo", "Minh", "Tuấn",
    "Wei", "Jian", "Xiaoming", "Min-jun", "Haruto", "Kenji", "Arjun", "Venkata",
    "Sanjay", "Rajesh", "Mohammed", "Omar", "Yusuf", "Reza", "Dmitri", "Łukasz",
    "Chinedu", "Emeka", "Abebe", "Abdirahman", "Keoni", "Ciarán", "Søren", "Giuseppe",
    "Emre", "Jean-Pierre", "François", "Will", "Mark", "Bill", "Hunter", "River",
    "Sunny", "Bob", "Earl", "Clyde", "Elmer", "Wendell", "Otis", "Mateo", "Santiago",
    "Kwame", "Tavita", "Björn", "Nikolaos", "Thiago", "Raúl", "Ho", "Duc",
]
LAST = [
    "Smith", "Johnson", "Williams", "Brown", "Jones", "Garcia", "Rodriguez", "Martinez",
    "Hernández", "López", "Gonzalez", "Nguyen", "Tran", "Pham", "Lê", "Nguyễn", "Kim",
    "Park", "Choi", "Lee", "Wang", "Li", "Zhang", "Chen", "Liu", "Patel", "Shah",
    "Reddy", "Venkataraman", "Subramanian", "Okafor", "Adeyemi", "Mensah", "Abdullah",
    "Al-Farsi", "Haddad", "Khoury", "Cohen", "Goldberg", "Kowalski", "Wiśniewski",
    "Müller", "Schmidt", "O'Brien", "O'Connor", "McAllister", "MacDonald",
    "Van der Berg", "van Dyke", "de la Cruz", "De Los Santos", "St. Pierre",
    "Smith-Jones", "García-Márquez", "Nguyen-Tran", "Delgado-Rivera", "Baker", "King",
    "Young", "Hope", "Rose", "Little", "Wise", "Frost", "Moody", "Bishop", "Church",
    "Stone", "Hill", "Woods", "Price", "Love", "Sweet", "Black", "White", "Green", "Day",
    "Winter", "Bell", "Cash", "Page", "May", "Kealoha", "Kahananui", "Begay", "Yazzie",
    "Tsosie", "Yılmaz", "Öztürk", "Ivanov", "Kuznetsova", "Fitzgerald", "Papadopoulos",
    "Rossi", "Esposito", "Takahashi", "Watanabe", "Tanaka", "Hosseini", "Mohammadi",
    "Gebremedhin", "Tesfaye", "Warsame", "Mohamud", "Dlamini", "Bautista", "Dela Cruz",
    "Santos", "Reyes", "Mendoza", "Ó Súilleabháin", "Nakamura-Lee", "Abu-Ghazaleh",
    "Jean-Baptiste", "Castillo", "Washington", "Freeman", "Banks", "Figueroa",
]
MIDDLE = ["A", "B", "C", "D", "E", "J", "K", "L", "M", "R", "S", "T", "Ann", "Lee", "Marie",
          "José", "Van", "Thi", "Kumar", "Jo"]

# (city, county, state, zips)
CITIES = [
    ("Phoenix", "Maricopa", "AZ", ["85004", "85016", "85032", "85041"]),
    ("Tucson", "Pima", "AZ", ["85705", "85711", "85719"]),
    ("Albuquerque", "Bernalillo", "NM", ["87102", "87110", "87121"]),
    ("Denver", "Denver", "CO", ["80202", "80211", "80219"]),
    ("Aurora", "Arapahoe", "CO", ["80010", "80012", "80014"]),
    ("Houston", "Harris", "TX", ["77002", "77024", "77036", "77081"]),
    ("San Antonio", "Bexar", "TX", ["78201", "78207", "78240"]),
    ("El Paso", "El Paso", "TX", ["79901", "79912", "79936"]),
    ("Dallas", "Dallas", "TX", ["75201", "75217", "75228"]),
    ("Laredo", "Webb", "TX", ["78040", "78041", "78046"]),
    ("Los Angeles", "Los Angeles", "CA", ["90011", "90026", "90044", "90065"]),
    ("Fresno", "Fresno", "CA", ["93701", "93722", "93727"]),
    ("Oakland", "Alameda", "CA", ["94601", "94606", "94612"]),
    ("San Jose", "Santa Clara", "CA", ["95112", "95122", "95127"]),
    ("Sacramento", "Sacramento", "CA", ["95814", "95823", "95828"]),
    ("Seattle", "King", "WA", ["98103", "98118", "98125"]),
    ("Spokane", "Spokane", "WA", ["99201", "99205", "99208"]),
    ("Portland", "Multnomah", "OR", ["97206", "97217", "97233"]),
    ("Boise", "Ada", "ID", ["83702", "83704", "83709"]),
    ("Salt Lake City", "Salt Lake", "UT", ["84102", "84104", "84116"]),
    ("Minneapolis", "Hennepin", "MN", ["55404", "55407", "55411"]),
    ("Saint Paul", "Ramsey", "MN", ["55104", "55106", "55117"]),
    ("Chicago", "Cook", "IL", ["60608", "60617", "60625", "60647"]),
    ("Detroit", "Wayne", "MI", ["48205", "48209", "48228"]),
    ("Grand Rapids", "Kent", "MI", ["49503", "49504", "49507"]),
    ("Columbus", "Franklin", "OH", ["43204", "43207", "43224"]),
    ("Cleveland", "Cuyahoga", "OH", ["44102", "44105", "44120"]),
    ("Indianapolis", "Marion", "IN", ["46201", "46218", "46254"]),
    ("Louisville", "Jefferson", "KY", ["40203", "40211", "40299"]),
    ("Nashville", "Davidson", "TN", ["37206", "37207", "37211"]),
    ("Memphis", "Shelby", "TN", ["38106", "38109", "38118"]),
    ("Atlanta", "Fulton", "GA", ["30310", "30314", "30318"]),
    ("Savannah", "Chatham", "GA", ["31401", "31404", "31405"]),
    ("Charlotte", "Mecklenburg", "NC", ["28205", "28208", "28215"]),
    ("Raleigh", "Wake", "NC", ["27603", "27610", "27616"]),
    ("Miami", "Miami-Dade", "FL", ["33125", "33135", "33142"]),
    ("Hialeah", "Miami-Dade", "FL", ["33010", "33012", "33013"]),
    ("Orlando", "Orange", "FL", ["32805", "32808", "32822"]),
    ("Tampa", "Hillsborough", "FL", ["33604", "33610", "33614"]),
    ("Jacksonville", "Duval", "FL", ["32205", "32208", "32210"]),
    ("New Orleans", "Orleans", "LA", ["70112", "70117", "70119"]),
    ("Birmingham", "Jefferson", "AL", ["35205", "35208", "35211"]),
    ("Jackson", "Hinds", "MS", ["39204", "39206", "39209"]),
    ("Little Rock", "Pulaski", "AR", ["72204", "72205", "72209"]),
    ("Oklahoma City", "Oklahoma", "OK", ["73107", "73109", "73119"]),
    ("Wichita", "Sedgwick", "KS", ["67203", "67211", "67214"]),
    ("Omaha", "Douglas", "NE", ["68104", "68107", "68111"]),
    ("Des Moines", "Polk", "IA", ["50310", "50315", "50317"]),
    ("Milwaukee", "Milwaukee", "WI", ["53204", "53206", "53215"]),
    ("St. Louis", "St. Louis City", "MO", ["63110", "63116", "63118"]),
    ("Kansas City", "Jackson", "MO", ["64109", "64124", "64130"]),
    ("Pittsburgh", "Allegheny", "PA", ["15206", "15210", "15212"]),
    ("Philadelphia", "Philadelphia", "PA", ["19120", "19134", "19143"]),
    ("Newark", "Essex", "NJ", ["07102", "07104", "07106"]),
    ("Paterson", "Passaic", "NJ", ["07501", "07503", "07514"]),
    ("Bronx", "Bronx", "NY", ["10451", "10456", "10467"]),
    ("Brooklyn", "Kings", "NY", ["11207", "11212", "11226"]),
    ("Buffalo", "Erie", "NY", ["14207", "14211", "14215"]),
    ("Hartford", "Hartford", "CT", ["06105", "06106", "06112"]),
    ("Providence", "Providence", "RI", ["02903", "02905", "02908"]),
    ("Worcester", "Worcester", "MA", ["01603", "01604", "01610"]),
    ("Lowell", "Middlesex", "MA", ["01850", "01851", "01852"]),
    ("Burlington", "Chittenden", "VT", ["05401", "05408"]),
    ("Manchester", "Hillsborough", "NH", ["03101", "03102", "03103"]),
    ("Baltimore", "Baltimore City", "MD", ["21215", "21218", "21224"]),
    ("Richmond", "Richmond City", "VA", ["23220", "23223", "23224"]),
    ("Charleston", "Kanawha", "WV", ["25301", "25302", "25311"]),
    ("Honolulu", "Honolulu", "HI", ["96813", "96817", "96819"]),
    ("Anchorage", "Anchorage", "AK", ["99501", "99504", "99508"]),
    ("Gallup", "McKinley", "NM", ["87301"]),
    ("Window Rock", "Apache", "AZ", ["86515"]),
    ("Las Vegas", "Clark", "NV", ["89101", "89108", "89121"]),
    ("Reno", "Washoe", "NV", ["89502", "89509", "89512"]),
    ("Billings", "Yellowstone", "MT", ["59101", "59102", "59105"]),
    ("Fargo", "Cass", "ND", ["58102", "58103", "58104"]),
    ("Sioux Falls", "Minnehaha", "SD", ["57103", "57104", "57105"]),
    ("Cheyenne", "Laramie", "WY", ["82001", "82007", "82009"]),
    ("Wilmington", "New Castle", "DE", ["19801", "19802", "19805"]),
    ("Columbia", "Richland", "SC", ["29201", "29203", "29204"]),
    ("Washington", "District of Columbia", "DC", ["20001", "20011", "20019"]),
]
AREA = {
    "AZ": ["602", "480", "623", "520", "928"], "NM": ["505", "575"], "CO": ["303", "720", "719"],
    "TX": ["713", "832", "281", "210", "915", "214", "469", "956"], "CA": ["213", "323", "559", "510",
    "408", "916", "818", "626"], "WA": ["206", "253", "509"], "OR": ["503", "971"], "ID": ["208"],
    "UT": ["801", "385"], "MN": ["612", "651"], "IL": ["312", "773", "872"], "MI": ["313", "616"],
    "OH": ["614", "216"], "IN": ["317"], "KY": ["502"], "TN": ["615", "901"], "GA": ["404", "678",
    "912"], "NC": ["704", "919", "984"], "FL": ["305", "786", "407", "813", "904"], "LA": ["504"],
    "AL": ["205"], "MS": ["601", "769"], "AR": ["501"], "OK": ["405"], "KS": ["316"], "NE": ["402"],
    "IA": ["515"], "WI": ["414"], "MO": ["314", "816"], "PA": ["412", "215", "267"], "NJ": ["973",
    "862"], "NY": ["718", "347", "929", "716"], "CT": ["860"], "RI": ["401"], "MA": ["508", "978"],
    "VT": ["802"], "NH": ["603"], "MD": ["410", "443"], "VA": ["804"], "WV": ["304"], "HI": ["808"],
    "AK": ["907"], "NV": ["702", "775"], "MT": ["406"], "ND": ["701"], "SD": ["605"], "WY": ["307"],
    "DE": ["302"], "SC": ["803"], "DC": ["202"],
}
STREETS = [
    "Main", "Oak", "Maple", "Cedar", "Elm", "Washington", "Lincoln", "Martin Luther King Jr",
    "César Chávez", "Peachtree", "Mission", "Broadway", "Fulton", "Division", "Grand River",
    "Rio Grande", "Cherokee", "Sunset", "Lake Shore", "Jefferson", "Magnolia", "Pine", "Highland",
    "Hillcrest", "Sycamore", "Bluebonnet", "Palmetto", "Dogwood", "Old Mill", "Kalanianaʻole",
    "Wabash", "Cottonwood", "Mesquite", "Juniper", "Pershing", "Grand", "Kedzie", "Euclid",
    "Saguaro", "Alvarado", "Prospect", "Bedford", "Flatbush", "Ashland", "Bonita", "Acoma",
]
SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pl", "Ter", "Cir", "Pkwy", "Hwy",
          "Street", "Avenue", "Road", "Drive"]
DIRS = ["", "", "", "N ", "S ", "E ", "W ", "NW ", "SE ", "SW "]
UNITS = ["", "", "", "", " Apt 4B", " Apt 12", " Unit 305", " #7", " Apt 2R", " Lot 17", " Trlr 3",
         " Apt C", " Ste 110", " Fl 2", " Bsmt"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
             "protonmail.com", "comcast.net", "att.net", "sbcglobal.net", "me.com", "live.com",
             "ymail.com", "msn.com", "verizon.net", "cox.net"]

# organisation / staff / clinician look-alikes (never labeled)
ORG_PHONES = ["1-800-555-0199", "(877) 412-8830", "888-341-2207", "+18005550142", "866.204.7711",
              "(855) 273-9904", "1 (844) 612-0056"]
ORG_ADDR = ["1200 Larimer St Ste 400, Denver, CO 80204", "500 W Madison St, Chicago, IL 60661",
            "2 Penn Plaza, New York, NY 10121", "9800 Fredericksburg Rd, San Antonio, TX 78288",
            "100 Summer St Fl 12, Boston, MA 02110"]
PHARMACIES = [("CVS Pharmacy #04172", "1821 N Milwaukee Ave", "Chicago", "IL", "60647", "(773) 489-1042"),
              ("Walgreens #11293", "4010 E Thomas Rd", "Phoenix", "AZ", "85018", "(602) 954-2201"),
              ("H-E-B Pharmacy #622", "1601 Nogalitos St", "San Antonio", "TX", "78204", "(210) 938-8402"),
              ("Rite Aid #5531", "2301 N Broad St", "Philadelphia", "PA", "19132", "(215) 225-6810"),
              ("Kroger Pharmacy #E-918", "3165 Peachtree Rd NE", "Atlanta", "GA", "30305", "(404) 237-8022"),
              ("Bexley Mail Pharmacy", "7701 Innovation Way", "Aurora", "CO", "80011", "(833) 239-5397"),
              ("Fred Meyer Pharmacy #681", "6615 NE Glisan St", "Portland", "OR", "97213", "(503) 797-0051"),
              ("Safeway Pharmacy #1787", "2020 Market St", "San Francisco", "CA", "94114", "(415) 861-7660")]
CLIN_FIRST = ["Anita", "Gregory", "Samuel", "Nadia", "Prakash", "Elaine", "Tomás", "Yvonne", "Kofi",
              "Rebecca", "Hiroshi", "Marguerite", "Oleksandr", "Farah"]
CLIN_LAST = ["Raman", "Whitfield", "Osei", "Lindqvist", "Castellanos", "Feinberg", "Iwu", "Marchetti",
             "Thornton", "Bhattacharya", "Sokolov", "Harcourt", "Delacroix", "Nwachukwu"]
STAFF_USERS = ["svc-claims", "svc-pa-router", "jmorales", "k.osei", "priya.s", "deploy-bot",
               "ci-runner", "ops-oncall", "temporal-worker", "crdb-admin", "a.kowalczyk", "tnguyen-eng"]
STAFF_EMAILS = ["oncall@bexleyrx.com", "pharmacy-ops@bexleyrx.com", "a.kowalczyk@bexleyrx.com",
                "security@bexleyrx.com", "noreply@notify.bexleyrx.com", "claims-alerts@bexleyrx.com",
                "t.nguyen@bexleyrx.com", "support@bexleyrx.com"]
PAYERS = ["Meridian Health Plan", "Cascade Benefit Trust", "Lone Star Employees Plan",
          "Keystone Teamsters Fund", "Great Lakes Medicaid MCO", "Sunbelt Medicare Advantage"]
DRUGS = [("00002-1433-80", "Trulicity 1.5 MG/0.5ML"), ("00169-4132-12", "Ozempic 1 MG/DOSE"),
         ("00310-6205-30", "Farxiga 10 MG"), ("00006-0277-31", "Januvia 100 MG"),
         ("59762-0126-01", "Atorvastatin 20 MG"), ("00093-7146-56", "Lisinopril 10 MG"),
         ("00074-4339-02", "Humira Pen 40 MG/0.4ML"), ("50242-0060-01", "Xolair 150 MG"),
         ("00078-0659-20", "Entresto 49-51 MG"), ("00409-4888-10", "Morphine Sulfate 10 MG/ML"),
         ("00591-0405-01", "Hydrocodone-APAP 5-325 MG"), ("65162-0102-10", "Oxycodone HCl 5 MG"),
         ("00003-0894-21", "Eliquis 5 MG"), ("00597-0153-30", "Jardiance 25 MG"),
         ("00173-0859-02", "Trelegy Ellipta"), ("55111-0683-01", "Metformin ER 500 MG")]
REJECTS = [("75", "Prior Authorization Required"), ("70", "Product/Service Not Covered"),
           ("79", "Refill Too Soon"), ("76", "Plan Limitations Exceeded"), ("88", "DUR Reject Error"),
           ("MR", "Product Not On Formulary"), ("65", "Patient Is Not Covered"),
           ("52", "Non-Matched Cardholder ID"), ("9G", "Quantity Dispensed Exceeds Maximum Allowed"),
           ("569", "Provide Notice: Medicare Prescription Drug Coverage And Your Rights")]
NODES = ["ip-10-40-3-17", "ip-10-40-7-201", "ip-10-40-12-88", "gke-prod-pool-2-9b1f", "node-a7f2"]
SERVICES_GO = ["claims-adjudicator", "eligibility-svc", "member-api", "pa-service", "notifier",
               "formulary-sync", "copay-card-svc", "pharmacy-locator", "enrollment-bridge"]
SERVICES_RS = ["ncpdp-gateway", "pricing-engine", "pa-router", "rx-notify", "dur-engine"]


def pick(x):
    return R.choice(x)


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def letters(n, alpha="ABCDEFGHJKLMNPRSTUVWXYZ"):
    return "".join(R.choice(alpha) for _ in range(n))


def uuid4():
    return str(_uuid.UUID(int=R.getrandbits(128), version=4))


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return s.replace("ı", "i").replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("ʻ", "")


# ---- identifier generators ----

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


def card_number():
    kind = pick(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = pick(["51", "52", "53", "54", "55"]) + digits(13)
    elif kind == "amex":
        body = pick(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    num = body + luhn_digit(body)
    assert luhn_ok(num)
    return num


def fmt_card(num):
    if len(num) == 15:
        return num[:4] + " " + num[4:10] + " " + num[10:]
    sep = pick([" ", "-"])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def ssn(fmt="dash"):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    if fmt == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if fmt == "space":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


_VIN_T = {c: v for c, v in zip("ABCDEFGH", range(1, 9))}
_VIN_T.update({"J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4,
               "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9})
_VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
_VIN_A = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = pick(["1HG", "1FA", "1FT", "2T1", "JTD", "5YJ", "WBA", "KMH", "3VW", "1G1", "4T1", "JN1", "5NP"])
    vds = "".join(R.choice(_VIN_A) for _ in range(5))
    year = pick("HJKLMNPRS")
    plant = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    tot = 0
    for ch, w in zip(v, _VIN_W):
        tot += (int(ch) if ch.isdigit() else _VIN_T[ch]) * w
    cd = tot % 11
    v = v[:8] + ("X" if cd == 10 else str(cd)) + v[9:]
    return v


_MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashed=False):
    an = _MBI_A + "0123456789"
    m = (R.choice("123456789") + R.choice(_MBI_A) + R.choice(an) + R.choice("0123456789") +
         R.choice(_MBI_A) + R.choice(an) + R.choice("0123456789") + R.choice(_MBI_A) +
         R.choice(_MBI_A) + R.choice("0123456789") + R.choice("0123456789"))
    if dashed:
        return m[:4] + "-" + m[4:7] + "-" + m[7:]
    return m


def member_id():
    return "BX" + letters(2) + digits(8)


def other_plan_id():
    return pick([lambda: "W" + digits(9), lambda: pick(["XEH", "YPB", "ZGP", "JQU"]) + digits(9),
                 lambda: digits(9) + pick(["", "01", "02"]), lambda: "H" + digits(8) + "01"])()


def medicaid_id(state):
    if state == "CA":
        return "9" + digits(7) + R.choice("ABCDEFGH")
    if state == "NY":
        return letters(2) + digits(5) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    if state == "FL":
        return digits(10)
    if state == "IL":
        return digits(9)
    return digits(9)


def mrn():
    return pick([lambda: "E" + digits(7), lambda: "MRN" + digits(8), lambda: digits(8),
                 lambda: "Z" + digits(6), lambda: "100" + digits(7)])()


def npi():
    body = R.choice("12") + digits(8)
    d = luhn_digit("80840" + body)
    return body + d


def dea(last):
    l1 = pick("ABFM")
    l2 = ascii_fold(last)[0].upper()
    d = [R.randint(0, 9) for _ in range(6)]
    s = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])
    return l1 + l2 + "".join(map(str, d)) + str(s % 10)


def drivers_license(state):
    if state == "CA":
        return R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7)
    if state == "TX":
        return R.choice("1234") + digits(7)
    if state == "NY":
        return digits(9)
    if state == "FL":
        return R.choice("ABCDEFGHJKLMNPRSTW") + digits(3) + "-" + digits(3) + "-" + digits(2) + "-" + digits(3) + "-" + digits(1)
    if state == "IL":
        return R.choice("ABCDEFGHJKLMNPRSTW") + digits(3) + "-" + digits(4) + "-" + digits(4)
    if state == "WA":
        return "WDL" + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
    if state == "AZ":
        return R.choice("ABDY") + digits(8)
    return digits(9)


def plate(state):
    if state == "CA":
        return R.choice("6789") + letters(3) + digits(3)
    if state in ("TX", "NY", "GA", "PA"):
        return letters(3) + pick(["-", ""]) + digits(4)
    if state == "IL":
        return letters(2) + " " + digits(5)
    if state == "FL":
        return letters(3) + " " + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(2)
    return digits(3) + " " + letters(3)


def imei():
    body = pick(["35", "86", "01", "35"]) + digits(12)
    return body + luhn_digit(body)


OUIS = ["F0:18:98", "3C:22:FB", "A4:83:E7", "00:1A:7D", "DC:A6:32", "B8:27:EB", "24:0A:C4", "E4:5F:01",
        "7C:D1:C3", "AC:BC:32"]


def mac(sep=":", lower=False):
    m = pick(OUIS) + ":" + ":".join("%02X" % R.randint(0, 255) for _ in range(3))
    m = m.replace(":", sep)
    return m.lower() if lower else m


def device_serial():
    return pick([lambda: "8G" + letters(4, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"),          # Dexcom G6 tx
                 lambda: "NG" + digits(7) + "H",                                             # MiniMed pump
                 lambda: "SM" + digits(8),                                                   # smart cap
                 lambda: digits(2) + letters(1) + digits(7),                                 # Libre sensor
                 lambda: "PDM-" + digits(4) + "-" + letters(4) + digits(2)])()


def udi():
    gtin = "00" + digits(12)
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin, "2" + str(R.randint(5, 7)) + "%02d%02d" % (R.randint(1, 12), R.randint(1, 28)),
                                          letters(3) + digits(4), letters(2) + digits(7))


def iban():
    cc = pick(["DE", "GB", "NL", "FR"])
    if cc == "DE":
        bban = digits(8) + digits(10)
    elif cc == "GB":
        bban = pick(["NWBK", "BARC", "LOYD", "HBUK"]) + digits(6) + digits(8)
    elif cc == "NL":
        bban = pick(["ABNA", "INGB", "RABO"]) + digits(10)
    else:
        bban = digits(5) + digits(5) + digits(11) + digits(2)
    conv = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    chk = 98 - int(conv) % 97
    ib = cc + "%02d" % chk + bban
    conv2 = "".join(str(int(ch, 36)) for ch in ib[4:] + ib[:4])
    assert int(conv2) % 97 == 1
    return ib


def aba_routing():
    while True:
        d = [int(c) for c in pick(["0", "1", "2", "3"]) + digits(7)]
        for c9 in range(10):
            s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5] + c9)
            if s % 10 == 0:
                return "".join(map(str, d)) + str(c9)


def bank_account():
    return digits(R.randint(9, 12))


_CURP_CH = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp(first, last, dob, sex):
    f = ascii_fold(first).upper().replace(" ", "")
    parts = ascii_fold(last).upper().replace("-", " ").split()
    l1 = parts[0] if parts else "X"
    l2 = parts[1] if len(parts) > 1 else "X"
    vow = next((c for c in l1[1:] if c in "AEIOU"), "X")
    cons = lambda w: next((c for c in w[1:] if c.isalpha() and c not in "AEIOU"), "X")
    s = l1[0] + vow + l2[0] + f[0] + dob.strftime("%y%m%d") + ("M" if sex == "F" else "H")
    s += pick(["JC", "DF", "NL", "MC", "GT", "CH", "BC", "SL", "OC"])
    s += cons(l1) + cons(l2) + cons(f)
    s += "0" if dob.year < 2000 else "A"
    tot = sum(_CURP_CH.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - tot % 10) % 10)


def sin_ca():
    body = R.choice("1234567") + digits(7)
    n = body + luhn_digit(body)
    return n[:3] + " " + n[3:6] + " " + n[6:]


def nhs_number():
    while True:
        d = [R.randint(0, 9) for _ in range(9)]
        s = sum(x * w for x, w in zip(d, range(10, 1, -1)))
        c = 11 - s % 11
        if c == 11:
            c = 0
        if c != 10:
            n = "".join(map(str, d)) + str(c)
            return n[:3] + " " + n[3:6] + " " + n[6:]


_VD = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5], [2, 3, 4, 0, 1, 7, 8, 9, 5, 6],
       [3, 4, 0, 1, 2, 8, 9, 5, 6, 7], [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
       [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3], [8, 7, 6, 5, 9, 3, 2, 1, 0, 4],
       [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
_VP = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4], [5, 8, 0, 3, 7, 9, 6, 1, 4, 2],
       [8, 9, 1, 6, 0, 4, 3, 5, 2, 7], [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
       [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
_VINV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def aadhaar():
    body = R.choice("23456789") + digits(10)
    c = 0
    for i, ch in enumerate(reversed(body)):
        c = _VD[c][_VP[(i + 1) % 8][int(ch)]]
    n = body + str(_VINV[c])
    return n[:4] + " " + n[4:8] + " " + n[8:]


def foreign_id(first, last, dob, sex):
    kind = pick(["curp", "sin", "nhs", "aadhaar"])
    if kind == "curp":
        return "curp", curp(first, last, dob, sex)
    if kind == "sin":
        return "sin", sin_ca()
    if kind == "nhs":
        return "nhs_number", nhs_number()
    return "aadhaar", aadhaar()


PUB_V4_FIRST = [24, 47, 50, 64, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108,
                136, 162, 166, 172, 173, 174, 184, 189, 187, 201]


def ip_public():
    while True:
        a = pick(PUB_V4_FIRST)
        b = R.randint(0, 255)
        if a == 172 and 16 <= b <= 31:
            continue
        return "%d.%d.%d.%d" % (a, b, R.randint(0, 255), R.randint(1, 254))


def ipv6_public():
    pre = pick(["2600:1700", "2601:" + "%x" % R.randint(0x100, 0x6ff), "2603:" + "%x" % R.randint(0x6000, 0x9fff),
                "2607:fb90", "2806:" + "%x" % R.randint(0x100, 0x2ff)])
    return pre + ":" + ":".join("%x" % R.randint(0, 0xffff) for _ in range(8 - (pre.count(":") + 1)))


def ip_private():
    return pick([lambda: "10.%d.%d.%d" % (R.randint(0, 63), R.randint(0, 255), R.randint(2, 254)),
                 lambda: "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(2, 254)),
                 lambda: "192.168.%d.%d" % (R.randint(0, 10), R.randint(2, 254)),
                 lambda: "100.%d.%d.%d" % (R.randint(64, 127), R.randint(0, 255), R.randint(2, 254))])()


def ip_doc():
    return pick(["192.0.2.", "198.51.100.", "203.0.113."]) + str(R.randint(1, 254))


def ip_vendor():
    """public IPs of organisations (AWS / payer switch): not labeled"""
    return pick(["52.%d.%d.%d", "54.%d.%d.%d", "34.%d.%d.%d", "35.%d.%d.%d"]) % (
        R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


# --------------------------------------------------------------------------
# people, formats
# --------------------------------------------------------------------------

TODAY = _dt.date(2025, 3, 18)


class Person:
    pass


def phone_digits(state=None):
    area = pick(AREA.get(state, ["312", "415", "713", "404", "206", "617"]))
    while True:
        ex = str(R.randint(2, 9)) + digits(2)
        if ex[1:] != "11" and ex != "555":
            break
    return area + ex + digits(4)


def fmt_phone(d, style=None):
    style = style or pick(["paren", "dash", "e164", "dot", "raw", "e164sp", "one"])
    a, e, l = d[:3], d[3:6], d[6:]
    return {"paren": "(%s) %s-%s" % (a, e, l), "dash": "%s-%s-%s" % (a, e, l),
            "e164": "+1" + d, "dot": "%s.%s.%s" % (a, e, l), "raw": d,
            "e164sp": "+1 %s-%s-%s" % (a, e, l), "one": "1-%s-%s-%s" % (a, e, l)}[style]


def fmt_date(d, style=None):
    style = style or pick(["iso", "iso", "us", "ncpdp", "usshort", "long", "dmy", "rfc", "gotime"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "ncpdp":
        return d.strftime("%Y%m%d")
    if style == "usshort":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "long":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    if style == "dmy":
        return d.strftime("%d-%b-%Y").upper()
    if style == "rfc":
        return d.strftime("%Y-%m-%dT00:00:00Z")
    if style == "gotime":
        return d.strftime("%Y-%m-%d 00:00:00 +0000 UTC")
    raise ValueError(style)


def age_of(dob, on=TODAY):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


def person(old=False, sex=None, state=None):
    p = Person()
    p.sex = sex or pick("FM")
    p.first = pick(FIRST_F if p.sex == "F" else FIRST_M)
    last = pick(LAST)
    if chance(0.10) and "-" not in last and " " not in last:
        last = last + "-" + pick([x for x in LAST if "-" not in x and " " not in x])
    p.last = last
    p.middle = pick(MIDDLE) if chance(0.3) else ""
    cities = [c for c in CITIES if state is None or c[2] == state] or CITIES
    c = pick(cities)
    p.city, p.county, p.state = c[0], c[1], c[2]
    p.zip = pick(c[3])
    p.zip4 = digits(4)
    p.street = "%d %s%s %s" % (R.randint(1, 9899), pick(DIRS), pick(STREETS), pick(SUFFIX))
    p.unit = pick(UNITS).strip()
    if old:
        p.dob = _dt.date(R.randint(1922, 1934), R.randint(1, 12), R.randint(1, 28))
    else:
        p.dob = _dt.date(R.randint(1938, 2012), R.randint(1, 12), R.randint(1, 28))
    p.age = age_of(p.dob)
    p.phone_d = phone_digits(p.state)
    p.member_id = member_id()
    p.person_code = pick(["01", "01", "01", "02", "03"])
    p.ssn = ssn()
    p.mrn = mrn()
    p.email = make_email(p.first, p.last)
    return p


def make_email(first, last):
    fa = ascii_fold(first).lower().replace(" ", "").replace("'", "")
    la = ascii_fold(last).lower().replace(" ", "").replace("'", "")
    return pick([fa + "." + la, fa + la + digits(2), fa[0] + la, la + "." + fa + digits(2),
                 fa + "_" + la[:4] + digits(3), fa + "." + la + "+rx"]) + "@" + pick(EMAIL_DOM)


def full_name(p, middle=False):
    if middle and p.middle:
        return "%s %s %s" % (p.first, p.middle, p.last)
    return "%s %s" % (p.first, p.last)


def phone(p, style=None):
    return fmt_phone(p.phone_d, style)


def street_line(p):
    return p.street + ((" " + p.unit) if p.unit else "")


def service_date():
    return TODAY - _dt.timedelta(days=R.choice([0, 0, 0, 1, 2, 3, 5, 9, 14, 27]))


class Clin:
    pass


def clinician():
    c = Clin()
    c.first, c.last = pick(CLIN_FIRST), pick(CLIN_LAST)
    c.npi = npi()
    c.dea = dea(c.last)
    st = pick(list(AREA))
    c.phone = fmt_phone(phone_digits(st))
    c.fax = fmt_phone(phone_digits(st))
    c.cred = pick(["MD", "DO", "NP", "PA-C", "MD"])
    return c


def pharmacy():
    ph = pick(PHARMACIES)
    return {"name": ph[0], "addr": ph[1], "city": ph[2], "state": ph[3], "zip": ph[4],
            "phone": ph[5], "ncpdp": str(R.randint(1000000, 5999999)), "npi": npi()}


# ---- noise ----

def trace_id():
    return hexs(32)


def span_id():
    return hexs(16)


def pod(svc):
    return "%s-%s-%s" % (svc, hexs(R.choice([9, 10])), "".join(R.choice("bcdfghjklmnpqrstvwxz2456789") for _ in range(5)))


def dur_ms():
    return round(R.lognormvariate(2.6, 1.0), 3)


def go_dur():
    ms = dur_ms()
    if ms < 1:
        return "%dµs" % int(ms * 1000)
    if ms < 1000:
        return ("%.6f" % ms).rstrip("0").rstrip(".") + "ms"
    return ("%.6f" % (ms / 1000)).rstrip("0").rstrip(".") + "s"


def version():
    return "v%d.%d.%d" % (R.randint(0, 3), R.randint(0, 48), R.randint(0, 19))


def git_sha(n=40):
    return hexs(n)


def claim_no():
    return TODAY.strftime("%y%j") + digits(9)


def auth_no():
    return digits(12)


def pa_id():
    return "PA-" + TODAY.strftime("%y") + "-" + digits(7)


def rx_no():
    return digits(7)


def order_no():
    return pick(["ORD-", "SO-", "MO-"]) + digits(8)


def ndc_pick():
    return pick(DRUGS)


def bin_pcn_grp():
    return pick(["027514", "610014", "004336", "610097", "015581"]), pick(["BXRXPROD", "BXMEDD", "ADV", "MEDDPRIME", "9999"]), "BX" + digits(5)


def ulid():
    al = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
    return "01J" + "".join(R.choice(al) for _ in range(23))


# ---- biometric / photo payloads ----

def b64_random(nbytes, header=b""):
    body = header + bytes(R.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(body).decode("ascii")


def face_photo_datauri(nbytes=None):
    hdr = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    return "data:image/jpeg;base64," + b64_random(nbytes or R.randint(420, 1100), hdr)


def logo_datauri():
    hdr = bytes.fromhex("89504e470d0a1a0a0000000d49484452")
    return "data:image/png;base64," + b64_random(R.randint(120, 260), hdr)


def fp_template():
    # ISO/IEC 19794-2 finger minutiae record header "FMR\0 20\0"
    return b64_random(R.randint(90, 200), b"FMR\x00 20\x00")


def face_template():
    return b64_random(R.randint(96, 160), b"FAC\x00010\x00")


def voice_template():
    return hexs(R.choice([128, 192, 256]))


# ---- clock ----

NOW = _dt.datetime(2025, 3, 18, 14, 2, 11, 118402, tzinfo=_dt.timezone.utc)
NANO = "000"


def tick():
    global NOW, NANO
    NOW = NOW + _dt.timedelta(microseconds=int(R.expovariate(1 / 240000.0)) + 1)
    NANO = digits(3)


def ts_iso_ms(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_iso_us(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def ts_iso_nano():
    return NOW.strftime("%Y-%m-%dT%H:%M:%S.%f") + NANO + "Z"


def ts_iso_s():
    return NOW.strftime("%Y-%m-%dT%H:%M:%SZ")


def ts_local_ms():
    t = NOW - _dt.timedelta(hours=5)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % (t.microsecond // 1000)


def ts_epoch():
    return "%d.%s" % (int(NOW.timestamp()), ("%06d" % NOW.microsecond) + NANO[:1])


def ts_epoch_ms():
    return str(int(NOW.timestamp() * 1000))


def ts_crdb():
    return NOW.strftime("%y%m%d %H:%M:%S.%f")


def ts_nats():
    return NOW.strftime("%Y/%m/%d %H:%M:%S.%f")


def ts_redis():
    return NOW.strftime("%d %b %Y %H:%M:%S.") + "%03d" % (NOW.microsecond // 1000)


def ts_envoy_app():
    return NOW.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (NOW.microsecond // 1000)


# --------------------------------------------------------------------------
# templates
# --------------------------------------------------------------------------

TPL = []


def tpl(family, phi=True, clean=True, w=1.0):
    def deco(fn):
        TPL.append({"fn": fn, "family": family, "phi": phi, "clean": clean, "w": w, "name": fn.__name__})
        return fn
    return deco


K = {
    "member": ["member_id", "memberId", "mbr_id", "subscriber_id", "cardholderId", "bx_member_ref",
               "member_ref", "mid", "memberNumber", "insured_id", "cardholder_id"],
    "dob": ["dob", "birth_date", "dateOfBirth", "patient_dob", "DOB", "bday", "birthDt", "mbr_dob"],
    "first": ["first_name", "firstName", "given", "fname", "patient_first", "mbr_fn", "givenName"],
    "last": ["last_name", "lastName", "family", "lname", "patient_last", "mbr_ln", "surname"],
    "name": ["name", "patient_name", "member_name", "full_name", "display_name", "cardholder_name", "pt"],
    "phone": ["phone", "mobile", "phone_number", "msisdn", "cell", "contact_phone", "sms_to", "ph"],
    "email": ["email", "email_addr", "contact_email", "emailAddress", "login", "username", "to_email"],
    "zip": ["zip", "zip_code", "postal_code", "postalCode", "zip5", "postcode"],
    "addr": ["address1", "addr_line1", "street", "line1", "address_line_1", "home_addr"],
    "city": ["city", "addr_city", "locality", "town"],
}


def k(kind):
    return pick(K[kind])


GO_PKGS = {
    "claims-adjudicator": ["adjudicate/engine.go", "adjudicate/pricing.go", "claims/handler.go", "ncpdp/b1.go"],
    "eligibility-svc": ["elig/check.go", "elig/cache.go", "payer/x270.go", "server/grpc.go"],
    "member-api": ["members/service.go", "members/repo.go", "http/handlers.go", "idv/verify.go"],
    "pa-service": ["pa/submit.go", "pa/client.go", "pa/fhir.go", "workflows/pa.go"],
    "notifier": ["sms/twilio.go", "email/ses.go", "push/apns.go", "reminders/refill.go"],
    "formulary-sync": ["sync/run.go", "sync/medispan.go"],
    "copay-card-svc": ["cards/charge.go", "refunds/ach.go", "cards/tokenize.go"],
    "pharmacy-locator": ["locator/search.go", "locator/curbside.go"],
    "enrollment-bridge": ["x12/834.go", "sftp/poll.go", "enroll/apply.go"],
}


def caller(svc):
    return "%s:%d" % (pick(GO_PKGS.get(svc, ["internal/app.go"])), R.randint(31, 612))


def zap(level, svc, msg, fields, iso=False, logger=None):
    d = {"level": level, "ts": ts_iso_ms() if iso else Raw(ts_epoch())}
    if logger is not False:
        d["logger"] = logger or svc.replace("-", ".")
    d["caller"] = caller(svc)
    d["msg"] = msg
    d.update(fields)
    if level in ("error", "warn") and chance(0.25):
        d["stacktrace"] = "%s.(*Server).%s\n\t/app/internal/%s\ngithub.com/bexleyrx/platform/pkg/grpcx.UnaryServerInterceptor.func1\n\t/go/pkg/mod/github.com/bexleyrx/platform@%s/pkg/grpcx/interceptor.go:%d" % (
            svc.split("-")[0], pick(["Handle", "Check", "Submit", "Upsert"]), caller(svc), version(), R.randint(40, 200))
    return J(d)


def trace_fields(d=None):
    d = d if d is not None else {}
    d["trace_id"] = trace_id()
    if chance(0.6):
        d["span_id"] = span_id()
    return d


# ---------------- zap ----------------

@tpl("zap-json", phi=False)
def zap_http(phi):
    svc = pick(SERVICES_GO)
    path = pick(["/v1/claims/%s" % uuid4(), "/healthz", "/readyz", "/v1/formulary/tiers?plan=BX%05d&year=2025" % R.randint(100, 99999),
                 "/v1/pa/%s/status" % pa_id(), "/v1/pharmacies/%d" % R.randint(1000000, 5999999), "/metrics",
                 "/v1/orders/%s" % order_no(), "/v2/price-check?ndc=%s&qty=30&days=30" % ndc_pick()[0].replace("-", "")])
    f = {"method": pick(["GET", "GET", "POST", "PUT"]), "path": path,
         "status": pick([200, 200, 200, 201, 204, 304, 404, 429, 502]), "bytes": R.randint(0, 48000),
         "latency": go_dur(), "remote_addr": "%s:%d" % (ip_private(), R.randint(32768, 60999)),
         "user_agent": pick(["Go-http-client/1.1", "kube-probe/1.29", "envoy", "BexleyRx/4.12.0 (Android 14; SM-S918U)", "okhttp/4.12.0"])}
    return zap("info", svc, "request completed", trace_fields(f), iso=chance(0.3))


@tpl("zap-json", phi=False, w=1.3)
def zap_claim_adjudicated(phi):
    ndc, drug = ndc_pick()
    b, pcn, grp = bin_pcn_grp()
    ph = pharmacy()
    cl = clinician()
    rej = pick([[], [], [], [pick(REJECTS)[0]]])
    f = {"claim_id": claim_no(), "txn": pick(["B1", "B1", "B2", "B3"]), "bin": b, "pcn": pcn, "group": grp,
         "ndc": ndc.replace("-", ""), "drug": drug, "qty": pick([30, 90, 1, 4, 60, 28]), "days_supply": pick([30, 90, 28, 7]),
         "pharmacy_npi": ph["npi"], "pharmacy_ncpdp": ph["ncpdp"], "prescriber_npi": cl.npi,
         "ingredient_cost_cents": R.randint(300, 900000), "dispensing_fee_cents": pick([0, 35, 150, 175]),
         "patient_pay_cents": R.randint(0, 12000), "plan_paid_cents": R.randint(0, 800000),
         "status": "P" if not rej else "R", "reject_codes": rej, "adjudication_ms": dur_ms(),
         "formulary_version": "2025.03.%d" % R.randint(1, 4), "build": git_sha(12)}
    return zap("info", "claims-adjudicator", "claim adjudicated", trace_fields(f))


@tpl("zap-json", clean=False, w=1.6)
def zap_eligibility(phi):
    p = person()
    f = {}
    f[k("member")] = P(p.member_id, "health_plan")
    if chance(0.5):
        f["person_code"] = p.person_code
    if chance(0.6):
        f[k("first")] = P(p.first, "name")
        f[k("last")] = P(p.last, "name")
    else:
        f[k("name")] = P(full_name(p, middle=chance(0.5)), "name")
    f[k("dob")] = P(fmt_date(p.dob, pick(["iso", "ncpdp", "us", "rfc"])), "date")
    if chance(0.4):
        f[k("zip")] = P(p.zip, "zip")
    b, pcn, grp = bin_pcn_grp()
    f.update({"bin": b, "pcn": pcn, "group_id": grp, "coverage": pick(["ACTIVE", "ACTIVE", "TERMED", "PENDING"]),
              "source": pick(["cache", "payer_270", "crdb"]), "elapsed": go_dur()})
    return zap(pick(["info", "debug"]), "eligibility-svc", pick(["eligibility check", "eligibility resolved", "coverage lookup"]),
               trace_fields(f), iso=chance(0.3))


@tpl("zap-json", clean=False)
def zap_dup_key(phi):
    p = person()
    which = pick(["email", "member_ref", "phone"])
    if which == "email":
        val = P(p.email, "email")
    elif which == "member_ref":
        val = P(p.member_id, "health_plan")
    else:
        val = P(p.phone_d, "phone")
    err = Str('ERROR: duplicate key value violates unique constraint "members_%s_key" (SQLSTATE 23505)' % which)
    f = {"error": err, "detail": Str("Key (%s)=(" % which, val, ") already exists."), "table": "members",
         "attempt": R.randint(1, 3), "request_id": uuid4()}
    return zap("error", "member-api", "failed to upsert member", f)


@tpl("zap-json", clean=False)
def zap_refill_reminder(phi):
    p = person()
    ndc, drug = ndc_pick()
    f = {"template": pick(["refill_due_v3", "refill_due_es_v2", "pickup_ready_v1"]),
         k("phone"): P(phone(p, pick(["e164", "e164", "dash"])), "phone"),
         "first_name": P(p.first, "name"), "rx_number": rx_no(), "drug": drug,
         "due_in_days": R.randint(-2, 7), "twilio_sid": "SM" + hexs(32), "queue": "notify.sms"}
    if chance(0.3):
        f["locale"] = pick(["es-US", "en-US", "vi-VN", "zh-Hant"])
    return zap("info", "notifier", "sending refill reminder", trace_fields(f), iso=chance(0.5))


@tpl("zap-json", w=1.0)
def zap_dur_age(phi):
    ndc, drug = ndc_pick()
    f = {"claim_id": claim_no(), "dur_code": pick(["PA", "DD", "ER", "HD"]), "conflict": pick(["geriatric_dose", "beers_criteria", "max_daily_dose"]),
         "ndc": ndc.replace("-", ""), "drug": drug}
    if phi:
        p = person(old=True)
        f[k("member")] = P(p.member_id, "health_plan")
        f[pick(["patient_age", "age", "age_years", "mbr_age"])] = P(p.age, "age")
        if chance(0.5):
            f[k("dob")] = P(fmt_date(p.dob, "iso"), "date")
    else:
        a = R.randint(19, 89)
        f[pick(["patient_age", "age", "age_years"])] = a
        f["age_band"] = "18-64" if a < 65 else ("65-74" if a < 75 else ("75-84" if a < 85 else "85+"))
    f["severity"] = pick(["major", "moderate"])
    f["override_allowed"] = chance(0.5)
    return zap("warn", "claims-adjudicator", "DUR alert raised", trace_fields(f))


@tpl("zap-json", clean=False)
def zap_guarantor(phi):
    p = person()
    g = person(state=p.state)
    if chance(0.6):
        g.last = p.last
        g.email = make_email(g.first, g.last)
    f = {k("member"): P(p.member_id, "health_plan"),
         "guarantor": {"name": P(full_name(g), "name"), "relationship": pick(["parent", "spouse", "legal_guardian", "child"]),
                       "phone": P(phone(g), "phone")}}
    if chance(0.5):
        f["guarantor"]["email"] = P(g.email, "email")
    if chance(0.5):
        f["guarantor"]["address"] = {"line1": P(street_line(g), "address"), "city": P(g.city, "address"), "state": g.state,
                                     "zip": P(g.zip, "zip")}
    f["updated_by"] = pick(STAFF_USERS)
    return zap("info", "member-api", "guarantor linked", trace_fields(f), logger="members.guarantor")


@tpl("zap-json", clean=False, w=0.8)
def zap_ach_refund(phi):
    p = person()
    f = {"refund_id": "rf_" + hexs(24), "amount_cents": R.randint(500, 45000), "routing_number": aba_routing()}
    if chance(0.75):
        f[pick(["account_number", "acct_no", "dda_account"])] = P(bank_account(), "account")
        f["account_holder"] = P(full_name(p), "name")
    else:
        f["iban"] = P(iban(), "account")
        f["account_holder"] = P(full_name(p), "name")
        f["country"] = "XX"
    f["processor"] = pick(["dwolla", "stripe_ach", "modern_treasury"])
    f["status"] = pick(["submitted", "returned_R03", "pending"])
    return zap(pick(["info", "warn"]), "copay-card-svc", "issuing copay refund", f)


@tpl("zap-json", phi=False)
def zap_worker_tick(phi):
    svc = pick(SERVICES_GO)
    msg, f = pick([
        ("outbox relay tick", {"batch": R.randint(0, 500), "lag_ms": R.randint(0, 9000), "partition": R.randint(0, 31)}),
        ("leader elected", {"lease": svc + "-leader", "holder": pod(svc), "term": R.randint(1, 900)}),
        ("config reloaded", {"path": "/etc/bexley/%s.yaml" % svc, "sha256": hexs(64), "feature_flags": R.randint(10, 80)}),
        ("connection pool stats", {"acquired": R.randint(0, 40), "idle": R.randint(0, 20), "max": 50, "wait_count": R.randint(0, 300),
                                   "wait_duration": go_dur(), "db": "crdb://pbm-prod-crdb-public:26257/pbm"}),
        ("cache refreshed", {"cache": pick(["formulary", "mac_list", "pharmacy_network", "plan_rules"]), "entries": R.randint(100, 900000),
                             "took": go_dur(), "generation": R.randint(1000, 99999)}),
    ])
    f["pod"] = pod(svc)
    f["version"] = version()
    return zap(pick(["info", "debug"]), svc, msg, f, iso=chance(0.4))


@tpl("zap-json", phi=False, w=0.8)
def zap_staff_audit(phi):
    f = {"actor": pick(STAFF_USERS), "actor_email": pick(STAFF_EMAILS), "action": pick(["plan.update", "formulary.publish", "pa.override", "pharmacy.suspend"]),
         "resource": pick(["plan/BX%05d" % R.randint(1, 99999), "formulary/2025.03.%d" % R.randint(1, 4), pa_id(), "pharmacy/%d" % R.randint(1000000, 5999999)]),
         "ip": ip_private(), "mfa": True, "session": "sess_" + hexs(20)}
    return zap("info", "member-api", "admin audit", f, logger="audit")


@tpl("zap-json", clean=False, w=0.9)
def zap_member_fax(phi):
    p = person()
    f = {k("member"): P(p.member_id, "health_plan"),
         "contact_prefs": {"channel": "fax", "fax": P(fmt_phone(phone_digits(p.state)), "fax"),
                           "phone": P(phone(p), "phone") if chance(0.6) else None, "language": pick(["en", "es", "ht", "ko"])},
         "eob_delivery": "fax", "changed_by": "member_self_service"}
    return zap("info", "member-api", "contact preferences updated", trace_fields(f))


@tpl("zap-json", clean=False, w=0.8)
def zap_pa_fax_outbound(phi):
    """PA fax to the prescriber: prescriber fax/phone unlabeled, patient name+dob on the cover sheet labeled."""
    p = person()
    cl = clinician()
    f = {"pa_id": pa_id(), "to_fax": cl.fax, "prescriber": "%s %s, %s" % (cl.first, cl.last, cl.cred), "prescriber_npi": cl.npi,
         "cover_sheet": {"re": Str("Prior authorization for ", P(full_name(p), "name"), " DOB ", P(fmt_date(p.dob, "us"), "date")),
                         "from": "Bexley Rx Clinical Review", "callback": pick(ORG_PHONES)},
         "pages": R.randint(2, 6), "provider": pick(["sfax", "documo", "phaxio"]), "job_id": digits(10)}
    return zap("info", "pa-service", "fax queued", f)


# ---------------- zerolog ----------------

def zl(level, ctx, fields, msg, caller_svc=None):
    d = {"level": level}
    d.update(ctx)
    d.update(fields)
    d["time"] = Raw(ts_epoch_ms()) if chance(0.35) else ts_iso_s()
    if caller_svc and chance(0.5):
        d["caller"] = "/app/internal/" + caller(caller_svc)
    if msg is not None:
        d["message"] = msg
    return J(d)


@tpl("zerolog-json", phi=False, w=1.2)
def zl_http(phi):
    svc = pick(["pharmacy-locator", "copay-card-svc", "member-api", "notifier"])
    f = {"service": svc, "req_id": pick([uuid4(), ulid(), hexs(20)]), "method": pick(["GET", "POST", "DELETE"]),
         "url": pick(["/v1/pharmacies/%d/hours" % R.randint(1000000, 5999999), "/v1/cards/tok_%s" % hexs(24),
                      "/v1/network/%s/pharmacies?page=%d" % (pick(["BXPREF", "BXSTD", "MEDD-PREF"]), R.randint(1, 40)),
                      "/internal/ping", "/v1/notifications/%s/ack" % uuid4()]),
         "status": pick([200, 200, 201, 204, 400, 401, 404, 503]), "size": R.randint(2, 40000),
         "dur_ms": round(R.lognormvariate(2.2, 1.0), 3), "ip": ip_private()}
    return zl(pick(["info", "info", "debug"]), {}, f, pick(["request", "http request", ""]), svc)


@tpl("zerolog-json", clean=False, w=0.9)
def zl_card(phi):
    p = person()
    num = card_number()
    f = {"service": "copay-card-svc", "program": pick(["ozempic_savings", "humira_complete", "bx_copay_assist", "farxiga_savings"]),
         "amount_cents": R.randint(500, 25000)}
    mode = R.randint(0, 2)
    if mode == 0:
        f[pick(["pan", "card_number", "cc"])] = P(num, "account")
        f["exp"] = "%02d/%02d" % (R.randint(1, 12), R.randint(26, 31))
        f["cardholder"] = P(full_name(p), "name")
        msg = "tokenize request"
    elif mode == 1:
        f["req_body"] = Str(J({"card": {"number": P(fmt_card(num), "account"), "cvc": digits(3 if len(num) == 16 else 4),
                                        "exp_month": R.randint(1, 12), "exp_year": R.randint(2026, 2031)},
                               "billing_details": {"name": P(full_name(p), "name"), "address": {"postal_code": P(p.zip, "zip")}}}))
        msg = "processor call failed"
        f["err"] = "card_declined: insufficient_funds"
    else:
        f["card_last4"] = num[-4:]
        f["card_brand"] = pick(["visa", "mastercard", "amex", "discover"])
        f["patient_billing_account"] = P("PBA-" + digits(9), "account")
        f[k("member")] = P(p.member_id, "health_plan")
        msg = "copay assistance applied"
    return zl(pick(["info", "error"]) if mode == 1 else "info", {}, f, msg, "copay-card-svc")


@tpl("zerolog-json", clean=False, w=1.3)
def zl_curbside(phi):
    p = person()
    ph = pharmacy()
    st = pick([p.state, p.state, pick(list(AREA))])
    f = {"service": "pharmacy-locator", "pharmacy_ncpdp": ph["ncpdp"], "order": order_no(), "bay": R.randint(1, 6)}
    v = {"plate": P(plate(st), "vehicle"), "state": st}
    if chance(0.5):
        v["vin"] = P(vin(), "vehicle")
    v["color"] = pick(["silver", "black", "white", "red", "blue"])
    v["make"] = pick(["Toyota", "Honda", "Ford", "Tesla", "Hyundai", "Chevrolet"])
    f["vehicle"] = v
    f["pickup_person"] = P(full_name(p), "name")
    if chance(0.55):
        dst = pick([p.state, "CA", "TX", "NY", "FL", "IL", "WA", "AZ"])
        f["id_check"] = {"type": "DL", "number": P(drivers_license(dst), "license"), "issuer": dst,
                         "controlled_substance": True}
    return zl("info", {}, f, "curbside check-in", "pharmacy-locator")


@tpl("zerolog-json", phi=False)
def zl_cache(phi):
    f = {"service": pick(["eligibility-svc", "pharmacy-locator", "claims-adjudicator"]), "cache": pick(["elig:v3", "mac:v12", "net:v4", "plan:v9"]),
         "hits": R.randint(1000, 900000), "misses": R.randint(0, 40000), "evictions": R.randint(0, 9000),
         "hit_ratio": round(R.uniform(0.7, 0.999), 4), "redis": "%s:6379" % ip_private(), "window": "60s"}
    return zl("debug", {}, f, "cache stats", None)


@tpl("zerolog-json", clean=False, w=1.0)
def zl_device_reg(phi):
    p = person()
    f = {"service": "member-api", k("member"): P(p.member_id, "health_plan"), "platform": pick(["ios", "android"])}
    which = R.randint(0, 2)
    if which == 0:
        f["imei"] = P(imei(), "device")
        f["model"] = pick(["SM-S918U", "Pixel 8", "moto g stylus 5G", "SM-A156U"])
    elif which == 1:
        f["idfv"] = uuid4().upper()
        f["model"] = pick(["iPhone15,3", "iPhone14,7", "iPhone16,2"])
    else:
        f["smart_cap"] = {"mac": P(mac(), "device"), "fw": "2.%d.%d" % (R.randint(0, 9), R.randint(0, 30)), "vendor": pick(["pillsy", "adheretech"])}
    f["client_ip"] = P(ipv6_public() if chance(0.25) else ip_public(), "ip")
    f["app_version"] = "4.%d.%d" % (R.randint(0, 14), R.randint(0, 9))
    return zl("info", {}, f, "device registered", "member-api")


@tpl("zerolog-json", clean=False, w=0.9)
def zl_cgm(phi):
    p = person()
    ndc, _ = pick([("08627-0053-03", "Dexcom G6 Transmitter"), ("57599-0818-00", "FreeStyle Libre 3 Sensor"),
                   ("08627-0077-01", "Dexcom G7 Sensor"), ("08508-3000-01", "Omnipod 5 Pods")])
    f = {"service": "claims-adjudicator", "claim_id": claim_no(), "ndc": ndc.replace("-", ""), "benefit": "pharmacy_dme"}
    f[k("member")] = P(p.member_id, "health_plan")
    if chance(0.5):
        f["device_serial"] = P(device_serial(), "device")
    else:
        f["udi"] = P(udi(), "device")
    if chance(0.4):
        f["patient"] = P(full_name(p), "name")
    f["warranty_replacement"] = chance(0.3)
    return zl("info", {}, f, "DME supply claim linked to device", "claims-adjudicator")


@tpl("zerolog-json", clean=False, w=0.8)
def zl_idcard_upload(phi):
    p = person()
    mid = p.member_id
    key = "members/%s/%s.jpg" % (mid, pick(["insurance_card_front", "insurance_card_back", "photo_id"]))
    url = "https://bx-member-docs-prod.s3.us-east-2.amazonaws.com/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIA%s%%2F20250318%%2Fus-east-2%%2Fs3%%2Faws4_request&X-Amz-Date=%s&X-Amz-Expires=900&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (
        key, letters(16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"), NOW.strftime("%Y%m%dT%H%M%SZ"), hexs(64))
    f = {"service": "member-api", "upload_id": uuid4(), "bytes": R.randint(80000, 3000000), "content_type": "image/jpeg",
         "presigned_url": P(url, "url"), "expires_in": 900}
    return zl("debug", {}, f, "issued upload url", "member-api")


@tpl("zerolog-json", clean=False, w=0.6)
def zl_kiosk_fp(phi):
    p = person()
    f = {"service": "pharmacy-locator", "kiosk": "KSK-%04d" % R.randint(1, 400), "pharmacy_ncpdp": str(R.randint(1000000, 5999999)),
         k("member"): P(p.member_id, "health_plan"), "match_score": R.randint(20, 99),
         pick(["fp_template", "finger_template", "biometric_blob"]): P(fp_template(), "biometric"), "format": "ISO19794-2"}
    return zl("debug", {}, f, "kiosk pickup biometric match", "pharmacy-locator")


# ---------------- slog text ----------------

def slogt(level, msg, pairs, svc=None):
    head = [("time", ts_local_ms() if chance(0.5) else ts_iso_ms())]
    head.append(("level", level))
    if svc and chance(0.5):
        head.append(("source", "/app/internal/" + caller(svc)))
    head.append(("msg", msg))
    return KV(head + pairs, "slog")


@tpl("slog-text", phi=False)
def st_formulary(phi):
    pairs = [("job", "formulary-sync"), ("source_file", "MDDB_%s_%s.zip" % (pick(["MED", "PRC", "DUR"]), TODAY.strftime("%Y%m%d"))),
             ("ndcs", R.randint(40000, 260000)), ("tier_changes", R.randint(0, 300)), ("pa_flags_added", R.randint(0, 40)),
             ("duration", go_dur()), ("formulary.version", "2025.03.%d" % R.randint(1, 4)), ("sha256", hexs(64))]
    return slogt("INFO", pick(["formulary sync complete", "medispan delta applied"]), pairs, "formulary-sync")


@tpl("slog-text", clean=False, w=1.5)
def st_pa_submit(phi):
    p = person()
    cl = clinician()
    ndc, drug = ndc_pick()
    pairs = [("pa.id", pa_id()), ("pa.channel", pick(["ePA", "fhir_pas", "portal", "fax"])),
             ("pa.member.id", P(p.member_id, "health_plan"))]
    if chance(0.6):
        pairs.append(("pa.member.name", P(full_name(p), "name")))
    else:
        pairs += [("pa.member.first", P(p.first, "name")), ("pa.member.last", P(p.last, "name"))]
    pairs.append(("pa.member.dob", P(fmt_date(p.dob, pick(["iso", "us"])), "date")))
    pairs += [("pa.drug.ndc", ndc.replace("-", "")), ("pa.drug.name", drug), ("pa.prescriber.npi", cl.npi),
              ("pa.prescriber.name", "%s %s" % (cl.first, cl.last)), ("pa.prescriber.fax", cl.fax),
              ("pa.urgency", pick(["standard", "expedited"])), ("trace_id", trace_id())]
    return slogt("INFO", "prior auth submitted", pairs, "pa-service")


@tpl("slog-text", clean=False)
def st_addr_norm(phi):
    p = person()
    pairs = [("component", "usps"), ("member_ref", P(p.member_id, "health_plan")) if chance(0.5) else ("req", hexs(16)),
             ("in.line1", P(street_line(p).upper() if chance(0.4) else street_line(p), "address")),
             ("in.city", P(p.city, "address")), ("in.state", p.state), ("in.zip", P(p.zip, "zip")),
             ("out.zip4", P(p.zip + "-" + p.zip4, "zip")), ("out.county", P(p.county, "address")),
             ("dpv", pick(["Y", "D", "S", "N"])), ("latency", go_dur())]
    return slogt(pick(["DEBUG", "INFO"]), "address normalized", pairs, "member-api")


@tpl("slog-text", phi=False)
def st_upstream_slow(phi):
    up = pick(["surescripts", "covermymeds", "relay-health", "change-healthcare", "medispan", "twilio", "ses"])
    pairs = [("upstream", up), ("host", "%s:443" % ip_vendor()), ("latency", "%.3fs" % R.uniform(1.2, 9.0)),
             ("threshold", "1s"), ("breaker", pick(["closed", "half-open", "open"])), ("inflight", R.randint(0, 80))]
    return slogt("WARN", "upstream slow", pairs, "pa-service")


def ncpdp_b1(p, seps, dos=None, full=True):
    """NCPDP D.0 B1 request as segments; seps = (segment, group, field) separator strings."""
    SEG, GRP, FS = seps
    b, pcn, grp = bin_pcn_grp()
    ph = pharmacy()
    cl = clinician()
    ndc, _ = ndc_pick()
    dos = dos or service_date()
    hdr = [b + "D0B1" + pcn.ljust(10) + "1" + "01" + ph["npi"].ljust(15), P(dos.strftime("%Y%m%d"), "date"), "          "]
    out = S(*hdr)
    out += S(SEG, FS, "AM04", FS, "C2", P(p.member_id, "health_plan"), FS, "C1", grp)
    if chance(0.6):
        out += S(FS, "CC", P(ascii_fold(p.first).upper(), "name"), FS, "CD", P(ascii_fold(p.last).upper(), "name"))
    out += S(SEG, FS, "AM01", FS, "C4", P(p.dob.strftime("%Y%m%d"), "date"), FS, "C5", "2" if p.sex == "F" else "1",
             FS, "CA", P(ascii_fold(p.first).upper(), "name"), FS, "CB", P(ascii_fold(p.last).upper(), "name"))
    if full:
        out += S(FS, "CM", P(ascii_fold(p.street).upper(), "address"), FS, "CN", P(ascii_fold(p.city).upper(), "address"),
                 FS, "CO", p.state, FS, "CP", P(p.zip, "zip"), FS, "CQ", P(p.phone_d, "phone"))
    out += S(SEG, GRP, SEG, FS, "AM07", FS, "EM1", FS, "D2", rx_no(), FS, "E103", FS, "D7", ndc.replace("-", ""),
             FS, "E7", "%d000" % pick([30, 90, 28]), FS, "D3", "0%d" % R.randint(0, 5), FS, "D5", "%03d" % pick([30, 90, 28]),
             SEG, FS, "AM03", FS, "EZ01", FS, "DB", cl.npi)
    return out


@tpl("slog-text", clean=False, w=1.0)
def st_ncpdp_decode(phi):
    p = person()
    raw = ncpdp_b1(p, ("\x1e", "\x1d", "\x1c"), full=chance(0.5))
    pairs = [("err", pick(["ncpdp: segment AM07: field E7: invalid quantity", "ncpdp: unexpected EOF in group 1",
                           "ncpdp: field D5 out of range"])),
             ("conn", "%s:%d" % (ip_private(), R.randint(30000, 60000))), ("len", len(plain(raw).encode())),
             ("raw", Raw(lfval(Str(*raw), "always")))]
    return slogt("ERROR", "ncpdp decode failed", pairs, "claims-adjudicator")


@tpl("slog-text", phi=False)
def st_dbpool(phi):
    pairs = [("db", "pbm"), ("host", "pbm-prod-crdb-public.crdb.svc.cluster.local:26257"), ("total_conns", R.randint(10, 60)),
             ("idle_conns", R.randint(0, 20)), ("acquire_count", R.randint(1000, 9000000)), ("canceled_acquire", R.randint(0, 50)),
             ("empty_acquire", R.randint(0, 4000)), ("max_lifetime", "30m0s")]
    return slogt("DEBUG", "pgxpool stats", pairs, "eligibility-svc")


@tpl("slog-text", clean=False, w=1.1)
def st_idv_license(phi):
    p = person()
    st = pick([p.state, p.state, "TX", "CA", "NY", "FL", "IL", "WA", "AZ"])
    pairs = [("idv.provider", pick(["persona", "socure", "incode"])), ("idv.inquiry", "inq_" + hexs(20)),
             ("idv.doc_type", pick(["drivers_license", "dl", "state_id"])), ("idv.doc_number", P(drivers_license(st), "license")),
             ("idv.doc_state", st)]
    if chance(0.6):
        pairs.append(("idv.name_on_doc", P(full_name(p, middle=True).upper(), "name")))
    if chance(0.5):
        pairs.append(("idv.dob", P(fmt_date(p.dob, "iso"), "date")))
    pairs += [("idv.result", pick(["approved", "needs_review", "declined"])), ("reason", pick(["", "dob_mismatch", "expired_doc", "glare"]))]
    return slogt("INFO", "identity verification result", pairs, "member-api")


@tpl("slog-text", clean=False, w=1.1)
def st_foreign_id(phi):
    p = person()
    kind, val = foreign_id(p.first, p.last, p.dob, p.sex)
    pairs = [("enroll.batch", "EB" + digits(8)), ("enroll.group", "BX" + digits(5)), ("member", P(p.member_id, "health_plan")),
             ("reason", "no_ssn_on_file"), ("alt_id.type", kind), ("alt_id.value", P(val, "other_id")),
             ("alt_id.country", {"curp": "MX", "sin": "CA", "nhs_number": "GB", "aadhaar": "IN"}[kind])]
    return slogt("WARN", "using alternate identifier for member match", pairs, "enrollment-bridge")


@tpl("slog-text", clean=False, w=0.8)
def st_ssn_match(phi):
    p = person()
    s = p.ssn if chance(0.6) else p.ssn.replace("-", "")
    pairs = [("payer", pick(PAYERS)), ("strategy", "ssn_dob"), ("ssn", P(s, "ssn")),
             ("dob", P(fmt_date(p.dob, pick(["iso", "ncpdp"])), "date")), ("matched", chance(0.7)),
             ("candidates", R.randint(0, 3)), ("took", go_dur())]
    return slogt("DEBUG", "legacy payer member match", pairs, "eligibility-svc")


@tpl("slog-text", phi=False, w=0.8)
def st_clinician(phi):
    cl = clinician()
    pairs = [("prescriber.npi", cl.npi), ("prescriber.name", "Dr. %s %s" % (cl.first, cl.last)), ("prescriber.dea", cl.dea),
             ("prescriber.phone", cl.phone), ("prescriber.fax", cl.fax), ("taxonomy", pick(["207Q00000X", "207R00000X", "363L00000X"])),
             ("nppes.last_updated", "2024-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))), ("status", "active")]
    return slogt("INFO", "prescriber refreshed from NPPES", pairs, "pa-service")


# ---------------- slog JSON ----------------

def slogj(level, msg, fields, svc=None):
    d = {"time": ts_iso_nano() if chance(0.5) else ts_local_ms(), "level": level}
    if svc and chance(0.5):
        fn = caller(svc)
        d["source"] = {"function": "github.com/bexleyrx/%s/internal/%s" % (svc, pick(["members.(*Service).Update", "pa.(*Client).Submit", "http.(*Handler).ServeHTTP", "notify.Send"])),
                       "file": "/app/internal/" + fn.split(":")[0], "line": int(fn.split(":")[1])}
    d["msg"] = msg
    d.update(fields)
    return J(d)


@tpl("slog-json", phi=False, w=1.2)
def sj_access(phi):
    f = {"svc": pick(SERVICES_GO), "req": {"method": pick(["GET", "POST"]), "path": pick(["/v1/plans/BX%05d/benefits" % R.randint(1, 99999),
                                                                                          "/v1/drugs/search?q=%s" % pick(["atorva", "ozemp", "lisin", "metf"]),
                                                                                          "/v1/pa/%s" % pa_id(), "/v1/claims:batchGet"]),
                                                "remote": "%s:%d" % (ip_private(), R.randint(30000, 60000))},
         "resp": {"status": pick([200, 200, 404, 500]), "bytes": R.randint(50, 90000)}, "dur": go_dur(), "trace_id": trace_id()}
    return slogj("INFO", "http", f, "member-api")


@tpl("slog-json", clean=False, w=1.1)
def sj_profile_diff(phi):
    p = person()
    q = person(state=p.state)
    ch = {}
    opts = R.sample(["email", "phone", "address", "last_name"], R.randint(1, 3))
    for o in opts:
        if o == "email":
            ch["email"] = {"old": P(p.email, "email"), "new": P(q.email.split("@")[0] + "@" + pick(EMAIL_DOM), "email")}
        elif o == "phone":
            ch["mobile_phone"] = {"old": P(phone(p, "e164"), "phone"), "new": P(phone(q, "e164"), "phone")}
        elif o == "address":
            ch["address"] = {"old": {"line1": P(street_line(p), "address"), "zip": P(p.zip, "zip")},
                             "new": {"line1": P(street_line(q), "address"), "city": P(q.city, "address"), "state": q.state, "zip": P(q.zip, "zip")}}
        else:
            ch["last_name"] = {"old": P(p.last, "name"), "new": P(pick(LAST), "name")}
    f = {"member_id": P(p.member_id, "health_plan"), "changes": ch, "actor": pick(["self", "csr:" + pick(STAFF_USERS)]), "version": R.randint(2, 40)}
    return slogj("INFO", "member profile updated", f, "member-api")


@tpl("slog-json", clean=False, w=1.0)
def sj_fhir_pas(phi):
    p = person()
    pid = "pat-" + hexs(8)
    patient = {"resourceType": "Patient", "id": pid,
               "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MB"}]},
                               "system": "https://bexleyrx.com/fhir/member-id", "value": P(p.member_id, "health_plan")}],
               "name": [{"family": P(p.last, "name"), "given": [P(p.first, "name")]}],
               "gender": "female" if p.sex == "F" else "male", "birthDate": P(p.dob.isoformat(), "date")}
    if chance(0.6):
        patient["address"] = [{"line": [P(street_line(p), "address")], "city": P(p.city, "address"), "state": p.state,
                               "postalCode": P(p.zip, "zip")}]
    if chance(0.4):
        patient["telecom"] = [{"system": "phone", "value": P(phone(p), "phone"), "use": "mobile"}]
    f = {"pa_id": pa_id(), "endpoint": "https://pas.%s.example/fhir/Claim/$submit" % pick(["meridian", "cascade", "keystone"]),
         "entry_count": R.randint(4, 9), "patient": patient}
    return slogj("DEBUG", "PAS bundle built", f, "pa-service")


@tpl("slog-json", clean=False, w=1.0)
def sj_idv_selfie(phi):
    p = person()
    f = {"inquiry": "inq_" + hexs(20), "member_id": P(p.member_id, "health_plan")}
    r = R.randint(0, 2)
    if r in (0, 2):
        img = face_photo_datauri()
        if chance(0.5):
            cut = R.randint(200, 400)
            f["selfie"] = Str(P(img[:cut], "photo"), "...(truncated %d bytes)" % (len(img) - cut))
        else:
            f["selfie"] = P(img, "photo")
    if r in (1, 2):
        f["face_template"] = P(face_template(), "biometric")
        f["liveness"] = round(R.uniform(0.5, 0.99), 3)
    f["client_ip"] = P(ip_public(), "ip")
    f["ua"] = pick(["BexleyRx/4.12.0 (iPhone; iOS 17.3.1; Scale/3.00)", "BexleyRx/4.11.2 (Android 14; Pixel 8)"])
    return slogj("DEBUG", "idv selfie received", f, "member-api")


@tpl("slog-json", phi=False, w=0.8)
def sj_pa_callback(phi):
    f = {"pa_id": pa_id(), "payer": pick(PAYERS), "decision": pick(["approved", "denied", "pended", "more_info"]),
         "case_ref": "CMM-" + letters(6), "valid_days": pick([90, 180, 365]), "reviewer": "Dr. %s %s" % (pick(CLIN_FIRST), pick(CLIN_LAST)),
         "callback_from": "%s:443" % ip_vendor(), "payer_phone": pick(ORG_PHONES), "sig_valid": True}
    return slogj("INFO", "PA decision webhook", f, "pa-service")


@tpl("slog-json", clean=False, w=0.9)
def sj_magic_link(phi):
    p = person()
    tok = hexs(32)
    url = pick(["https://app.bexleyrx.com/m/%s/claims?t=%s" % (p.member_id, tok),
                "https://members.bexleyrx.com/login/magic?member=%s&token=%s" % (p.member_id, tok),
                "https://app.bexleyrx.com/rx/transfer?email=%s&sig=%s" % (pct(p.email), tok[:16])])
    f = {"to": P(p.email, "email"), "template": "magic_link_v4", "link": P(url, "url"), "ses_message_id": "0100018e%s-%s-000000" % (hexs(8), uuid4())}
    return slogj("DEBUG", "email rendered", f, "notifier")


@tpl("slog-json", clean=False, w=0.9)
def sj_discharge(phi):
    p = person()
    adm = TODAY - _dt.timedelta(days=R.randint(3, 12))
    dis = adm + _dt.timedelta(days=R.randint(1, 3))
    f = {"feed": "adt_a03", "facility": pick(["Rush University Medical Center", "Banner Desert", "UT Health San Antonio", "Grady Memorial"]),
         "mrn": P(p.mrn, "mrn"), "patient": {"family": P(p.last, "name"), "given": P(p.first, "name")},
         "admit_date": P(fmt_date(adm, "ncpdp"), "date"), "discharge_date": P(fmt_date(dis, pick(["ncpdp", "iso"])), "date"),
         "visit_number": "V" + digits(9), "meds_to_beds": True, "attending": "%s, %s" % (pick(CLIN_LAST), pick(CLIN_FIRST))}
    return slogj("INFO", "discharge med rec queued", f, "pa-service")


# ---------------- logrus ----------------

def logrus_text(level, msg, pairs):
    head = [("time", Str(ts_iso_s() if chance(0.5) else NOW.strftime("%Y-%m-%dT%H:%M:%S-00:00"))), ("level", level), ("msg", msg)]
    pairs = sorted(pairs, key=lambda kv: kv[0])
    return KV(head + pairs, "logrus")


def logrus_json(level, msg, fields):
    d = dict(fields)
    d["level"] = level
    d["msg"] = msg
    d["time"] = ts_iso_s()
    d = {kk: d[kk] for kk in sorted(d)}
    return J(d, esc=jesc_html)


@tpl("logrus-text", phi=False)
def lr_834_ok(phi):
    f = "BX_834_%s_%s.edi" % (pick(["MERIDIAN", "CASCADE", "LSEP", "KTF"]), TODAY.strftime("%Y%m%d"))
    pairs = [("file", f), ("records", R.randint(100, 40000)), ("adds", R.randint(0, 400)), ("terms", R.randint(0, 300)),
             ("changes", R.randint(0, 900)), ("rejected", R.randint(0, 12)), ("isa13", digits(9)), ("component", "enrollment-bridge"),
             ("took", go_dur())]
    return logrus_text("info", "834 file processed", pairs)


@tpl("logrus-text", clean=False, w=1.2)
def lr_834_err(phi):
    p = person()
    T = "~"
    segs = S("INS*Y*18*", pick(["021", "001", "030"]), "*", pick(["28", "XN", "AI"]), "*A***FT", T,
             "REF*0F*", P(p.member_id, "health_plan"), T, "REF*1L*BX", digits(5), T,
             "NM1*IL*1*", P(ascii_fold(p.last).upper(), "name"), "*", P(ascii_fold(p.first).upper(), "name"))
    if p.middle and chance(0.5):
        segs += S("*", P(ascii_fold(p.middle[0]), "name"))
    else:
        segs += S("*")
    segs += S("***34*", P(p.ssn.replace("-", ""), "ssn"), T)
    if chance(0.7):
        segs += S("PER*IP**HP*", P(p.phone_d, "phone"))
        if chance(0.35):
            segs += S("*FX*", P(phone_digits(p.state), "fax"))
        segs += S(T)
    if chance(0.7):
        segs += S("N3*", P(ascii_fold(street_line(p)).upper(), "address"), T, "N4*", P(ascii_fold(p.city).upper(), "address"),
                  "*", p.state, "*", P(p.zip + (p.zip4 if chance(0.4) else ""), "zip"), T)
    segs += S("DMG*D8*", P(p.dob.strftime("%Y%m%d"), "date"), "*", p.sex, T, "HD*021**PDG*BXRX01*EMP", T)
    pairs = [("component", "enrollment-bridge"), ("file", "BX_834_%s_%s.edi" % (pick(["MERIDIAN", "CASCADE", "LSEP"]), TODAY.strftime("%Y%m%d"))),
             ("loop", "2000"), ("error", pick(["INS03 maintenance type 021 for existing member", "HD04 plan code not mapped",
                                               "DMG02 invalid date", "NM109 qualifier 34 but value malformed"])),
             ("segment_no", R.randint(20, 90000)), ("raw", Str(*segs))]
    return logrus_text(pick(["warning", "error"]), "834 member loop rejected", pairs)


@tpl("logrus-text", phi=False)
def lr_sftp(phi):
    pairs = [("component", "enrollment-bridge"), ("host", "sftp.%s.example:22" % pick(["meridianhp", "cascadebt", "ktfund"])),
             ("user", "bexley_" + pick(["prod", "edi"])), ("files_found", R.randint(0, 6)), ("remote_dir", "/outbound/834"),
             ("hostkey_fp", "SHA256:" + b64_random(32)[:43]), ("attempt", R.randint(1, 3))]
    return logrus_text(pick(["info", "debug"]), "sftp poll complete", pairs)


@tpl("logrus-json", clean=False, w=1.0)
def lj_medicaid(phi):
    st = pick(["CA", "NY", "FL", "IL", "TX"])
    p = person(state=st)
    f = {"component": "eligibility-bridge", "state": st, "medicaid_id": P(medicaid_id(st), "health_plan"),
         "program": {"CA": "MEDI-CAL", "NY": "NY-MEDICAID", "FL": "FL-SMMC", "IL": "IL-HFS", "TX": "TX-STAR"}[st]}
    if chance(0.6):
        f["dob"] = P(fmt_date(p.dob, pick(["us", "iso"])), "date")
    if chance(0.5):
        f["recipient"] = P("%s, %s" % (p.last.upper(), p.first.upper()), "name")
    if chance(0.3):
        f["county"] = P(p.county.upper(), "address")
    f["aid_code"] = pick(["1H", "M1", "3T", "8U", "CN"])
    f["response_ms"] = R.randint(80, 9000)
    return logrus_json(pick(["warning", "info"]), pick(["state MMIS eligibility response", "aid code not mapped to plan"]), f)


@tpl("logrus-json", phi=False)
def lj_clean(phi):
    f = {"component": pick(["enrollment-bridge", "eligibility-bridge"]), "job": pick(["recon", "834-apply", "270-batch"]),
         "run_id": uuid4(), "rows": R.randint(0, 60000), "errors": R.randint(0, 20), "next_run": None,
         "query": "SELECT count(*) FROM enrollments WHERE status = 'pending' AND updated_at < now() - interval '1 hour'"}
    f = {kk: v for kk, v in f.items() if v is not None}
    return logrus_json("info", "job finished", f)


# ---------------- Rust tracing (fmt) ----------------

def rlevel(lv):
    return lv.rjust(5)


def rtrace(level, spans, target, msg, fields):
    out = S(ts_iso_us(), " ", rlevel(level), " ")
    for name, sf in spans:
        out += S(name)
        if sf:
            out += S("{") + rfields(sf) + S("}")
        out += S(":")
    if spans:
        out += S(" ")
    out += S(target, ": ", msg)
    if fields:
        out += S(" ") + rfields(fields)
    return out


@tpl("rust-tracing", phi=False, w=1.2)
def rt_clean(phi):
    r = R.randint(0, 4)
    if r == 0:
        return rtrace("INFO", [], "pricing_engine::mac", "recomputed MAC list",
                      [("list_id", "MAC-2025-%02d" % R.randint(1, 12)), ("ndcs", R.randint(1000, 40000)), ("elapsed_ms", R.randint(50, 4000))])
    if r == 1:
        return rtrace("WARN", [("request", [("method", "POST"), ("uri", "/v1/price"), ("version", "HTTP/1.1")])], "tower_http::trace::on_failure",
                      "response failed", [("classification", "Status code: %d Service Unavailable" % 503), ("latency", "%d ms" % R.randint(1000, 30000))])
    if r == 2:
        return rtrace("DEBUG", [("conn", [("peer", "%s:%d" % (ip_private(), R.randint(30000, 60000)))])], "ncpdp_gateway::listener",
                      "frame decoded", [("bytes", R.randint(300, 2000)), ("txn", ("dbg", "B1")), ("bin", ("dbg", bin_pcn_grp()[0]))])
    if r == 3:
        return rtrace("INFO", [], "pa_router::routes", "payer route table loaded",
                      [("routes", R.randint(20, 400)), ("version", ("dbg", "2025.03.%d" % R.randint(1, 4))), ("etag", ("dbg", hexs(16)))])
    return rtrace("ERROR", [("claim", [("claim_id", claim_no())])], "dur_engine::rules",
                  "rule evaluation failed", [("rule", ("dbg", pick(["THERAPEUTIC_DUP", "DD_INTERACTION", "EARLY_REFILL"]))),
                                             ("error", "timeout after 250ms")])


@tpl("rust-tracing", clean=False, w=1.5)
def rt_span_leak(phi):
    p = person()
    sf = [("claim_id", claim_no()), (pick(["cardholder_id", "member_id", "mbr"]), ("dbg", P(p.member_id, "health_plan")))]
    if chance(0.6):
        sf.append((pick(["patient_dob", "dob"]), P(fmt_date(p.dob, pick(["iso", "ncpdp"])), "date")))
    if chance(0.4):
        sf.append(("patient", ("dbg", P(full_name(p), "name"))))
    ndc, _ = ndc_pick()
    return rtrace(pick(["INFO", "DEBUG"]), [("adjudicate", sf)], "ncpdp_gateway::b1",
                  pick(["claim accepted", "pricing complete", "response encoded"]),
                  [("ndc", ("dbg", ndc.replace("-", ""))), ("resp", ("dbg", pick(["P", "R", "D"]))), ("elapsed_ms", R.randint(3, 400))])


@tpl("rust-tracing", clean=False, w=1.2)
def rt_debug_struct(phi):
    p = person()
    ndc, drug = ndc_pick()
    cl = clinician()
    body = S("PaRequest { pa_id: ", '"', pa_id(), '", member: Member { id: MemberId(', '"', P(p.member_id, "health_plan"), '"',
             '), first_name: "', P(rsq(p.first), "name"), '", last_name: "', P(rsq(p.last), "name"), '", dob: ',
             P(p.dob.isoformat(), "date"))
    if chance(0.6):
        body += S(', address: Some(Address { line1: "', P(rsq(street_line(p)), "address"), '", line2: None, city: "', P(rsq(p.city), "address"),
                  '", state: "', p.state, '", zip: "', P(p.zip, "zip"), '" })')
    else:
        body += S(", address: None")
    body += S(' }, drug: Drug { ndc: "', ndc.replace("-", ""), '", name: "', drug, '" }, prescriber: Prescriber { npi: Npi("', cl.npi,
              '"), fax: Some("', cl.fax, '") }, urgency: ', pick(["Standard", "Expedited"]), " }")
    return rtrace("DEBUG", [("pa_submit", [("payer", ("dbg", pick(["meridian", "cascade", "keystone"])))])], "pa_router::payer",
                  "sending request", [("req", body)])


@tpl("rust-tracing", clean=False, w=0.7)
def rt_voice(phi):
    p = person()
    return rtrace("DEBUG", [("ivr_call", [("call_sid", "CA" + hexs(32)), ("from", P(phone(p, "e164"), "phone"))])], "rx_notify::ivr::voiceprint",
                  "enrollment sample stored", [("member", ("dbg", P(p.member_id, "health_plan"))),
                                               ("voiceprint", P(voice_template(), "biometric")), ("quality", "%.2f" % R.uniform(0.4, 0.98))])


def rtjson(level, target, fields, span=None, spans=None):
    d = {"timestamp": ts_iso_us(), "level": level, "fields": fields, "target": target}
    if span:
        d["span"] = span
        d["spans"] = spans or [span]
    return J(d)


@tpl("rust-tracing-json", w=1.0)
def rtj_dur(phi):
    ndc, drug = ndc_pick()
    f = {"message": "dose check", "ndc": ndc.replace("-", ""), "daily_mme": round(R.uniform(5, 180), 1), "threshold": 90}
    span = {"claim_id": claim_no(), "name": "dur"}
    if phi:
        p = person(old=chance(0.5))
        span["member"] = P(p.member_id, "health_plan")
        if p.age > 89:
            f["patient_age"] = P(p.age, "age")
        else:
            f["patient_age"] = p.age
            f["dob"] = P(p.dob.isoformat(), "date")
    else:
        f["patient_age"] = R.randint(18, 89)
    return rtjson("WARN", "dur_engine::opioid", f, span)


@tpl("rust-tracing-json", phi=False)
def rtj_clean(phi):
    f = {"message": pick(["flushed batch", "nats publish ok", "pool exhausted, waiting"]), "subject": "bx.claims.priced.v1",
         "batch": R.randint(1, 500), "elapsed_us": R.randint(100, 90000)}
    return rtjson(pick(["INFO", "DEBUG"]), "pricing_engine::publisher", f, {"name": "publish", "worker": R.randint(0, 15)})


# ---------------- env_logger ----------------

def envl(level, target, msg_segs):
    return S("[", ts_iso_s(), " ", level.ljust(5), " ", target, "] ") + S(msg_segs)


@tpl("env_logger", phi=False, w=1.2)
def el_clean(phi):
    r = R.randint(0, 4)
    if r == 0:
        return envl("INFO", "ncpdp_gateway::listener", "accepted connection from %s:%d" % (ip_private(), R.randint(30000, 60000)))
    if r == 1:
        return envl("INFO", "ncpdp_gateway", "config loaded from /etc/ncpdp-gateway/config.toml (switch=%s, tls=true, workers=%d)" % (
            pick(["relay", "change", "emdeon"]), R.randint(4, 32)))
    if r == 2:
        return envl("WARN", "rx_notify::sms", "twilio rate limited, backing off %dms (queue depth %d)" % (R.randint(100, 5000), R.randint(0, 9000)))
    if r == 3:
        rej = R.sample(REJECTS, R.randint(1, 3))
        return envl("DEBUG", "ncpdp_gateway::codec", "B1 response: status=R rejects=[%s] auth=None" % ", ".join('"%s"' % c for c, _ in rej))
    return envl("ERROR", "pricing_engine::db", "query failed: db error: ERROR: restart transaction: TransactionRetryWithProtoRefreshError: "
                                              "ReadWithinUncertaintyIntervalError (SQLSTATE 40001)")


@tpl("env_logger", clean=False, w=1.1)
def el_b1(phi):
    p = person()
    raw = ncpdp_b1(p, ("\x1e", "\x1d", "\x1c"), full=chance(0.4))
    return envl("DEBUG", "ncpdp_gateway::codec", S("B1 request raw=", '"', mapseg(raw, rsq), '"',
                                                   " len=%d" % len(plain(raw).encode())))


@tpl("env_logger", clean=False)
def el_twilio(phi):
    p = person()
    return envl("WARN", "rx_notify::sms", S("twilio send failed to=", P(phone(p, "e164"), "phone"), " status=400 code=",
                                            pick(["21211", "21610", "21614", "30003"]), " body_len=%d" % R.randint(40, 160)))


# ---------------- gRPC ----------------

GRPC_SVCS = [("bx.eligibility.v1.EligibilityService", ["Check", "BatchCheck", "GetCoverage"]),
             ("bx.claims.v1.ClaimService", ["Submit", "Reverse", "Get"]),
             ("bx.pa.v1.PriorAuthService", ["Submit", "GetStatus", "AttachDocument"]),
             ("bx.members.v1.MemberService", ["Lookup", "Update", "GetCard"]),
             ("grpc.health.v1.Health", ["Check"])]


@tpl("grpc-zap", phi=False, w=1.3)
def g_finished(phi):
    svc, ms = pick(GRPC_SVCS)
    code = pick(["OK", "OK", "OK", "OK", "NotFound", "Unavailable", "DeadlineExceeded", "PermissionDenied"])
    d = {"level": "info" if code == "OK" else "warn", "ts": Raw(ts_epoch()), "caller": "logging/logging.go:%d" % R.randint(190, 230),
         "msg": "finished call", "protocol": "grpc", "grpc.component": pick(["server", "client"]), "grpc.service": svc,
         "grpc.method": pick(ms), "grpc.method_type": "unary", "peer.address": "%s:%d" % (ip_private(), R.randint(30000, 60000)),
         "grpc.start_time": ts_iso_ms(NOW - _dt.timedelta(milliseconds=R.randint(1, 900))), "grpc.code": code,
         "grpc.time_ms": "%.3f" % dur_ms()}
    if code != "OK":
        d["grpc.error"] = "rpc error: code = %s desc = %s" % (code, pick(["context deadline exceeded", "connection reset by peer",
                                                                           "caller lacks scope pa:write", "claim %s not found" % claim_no()]))
    return J(d)


@tpl("grpc-slog", clean=False, w=1.1)
def g_status_err(phi):
    p = person()
    desc = S("no member matches ")
    choice = R.randint(0, 2)
    if choice == 0:
        desc += S('last_name="', P(p.last, "name"), '" dob=', P(p.dob.isoformat(), "date"), " zip=", P(p.zip, "zip"))
    elif choice == 1:
        desc += S("cardholder_id=", P(p.member_id, "health_plan"), " person_code=", p.person_code)
    else:
        desc += S("{FirstName:", P(p.first, "name"), " LastName:", P(p.last, "name"), " DOB:", P(fmt_date(p.dob, "gotime"), "date"), " Zip:", P(p.zip, "zip"), "}")
    err = S("rpc error: code = NotFound desc = ") + desc
    pairs = [("protocol", "grpc"), ("grpc.component", "server"), ("grpc.service", "bx.members.v1.MemberService"), ("grpc.method", "Lookup"),
             ("grpc.code", "NotFound"), ("grpc.error", Str(*err)), ("grpc.time_ms", "%.3f" % dur_ms()), ("peer.address", "%s:%d" % (ip_private(), R.randint(30000, 60000)))]
    return slogt("WARN", "finished call", pairs, "member-api")


@tpl("grpc-tonic", clean=False, w=0.9)
def g_tonic(phi):
    p = person(old=chance(0.4))
    m = mbi(dashed=chance(0.3))
    msg = S("MBI ", P(m, "health_plan"), " rejected by CMS eligibility for beneficiary ", P(rsq(p.last.upper()), "name"))
    body = S("status: InvalidArgument, message: \"") + msg + S("\", details: [], metadata: MetadataMap { headers: {\"content-type\": \"application/grpc\", \"x-request-id\": \"",
                                                               uuid4(), "\", \"grpc-status\": \"3\"} }")
    return rtrace("ERROR", [("medd_check", [("plan", ("dbg", "S%04d-%03d" % (R.randint(1000, 9999), R.randint(1, 30))))])], "pa_router::grpc",
                  "eligibility call failed", [("error", body)])


@tpl("grpc-go", phi=False)
def g_transport(phi):
    host = ip_private()
    port = pick([9090, 50051, 8443])
    name = pick(["eligibility", "claims", "pa", "members"])
    txt = ('%s [core] [Channel #%d SubChannel #%d]grpc: addrConn.createTransport failed to connect to {Addr: "%s:%d", ServerName: "%s.bx.svc:%d", }. '
           'Err: connection error: desc = "transport: Error while dialing: dial tcp %s:%d: connect: connection refused"' % (
               NOW.strftime("%Y/%m/%d %H:%M:%S"), R.randint(1, 40), R.randint(40, 400), host, port, name, port, host, port))
    return S(txt)


@tpl("grpc-zap", clean=False, w=1.0)
def g_payload(phi):
    p = person()
    req = {"member": {}}
    if chance(0.5):
        req["member"]["ssn"] = P(p.ssn.replace("-", ""), "ssn")
    req["member"]["dob"] = P(p.dob.isoformat(), "date")
    req["member"]["lastName"] = P(p.last, "name")
    if chance(0.5):
        req["member"]["address"] = {"postalCode": P(p.zip, "zip")}
    req["bin"] = bin_pcn_grp()[0]
    d = {"level": "debug", "ts": Raw(ts_epoch()), "caller": "logging/payload.go:%d" % R.randint(60, 140), "msg": "request payload",
         "grpc.service": "bx.eligibility.v1.EligibilityService", "grpc.method": "Check", "grpc.request.content": req,
         "grpc.send.duration": go_dur()}
    return J(d)


@tpl("grpc-slog", phi=False)
def g_deadline(phi):
    svc, ms = pick(GRPC_SVCS)
    pairs = [("protocol", "grpc"), ("grpc.component", "client"), ("grpc.service", svc), ("grpc.method", pick(ms)),
             ("grpc.code", "DeadlineExceeded"), ("grpc.error", "rpc error: code = DeadlineExceeded desc = context deadline exceeded"), ("grpc.time_ms", "%d" % R.randint(1000, 30000)),
             ("retry", R.randint(0, 4))]
    return slogt("ERROR", "finished call", pairs, "claims-adjudicator")


# ---------------- NATS ----------------

@tpl("nats-server", phi=False, w=1.2)
def n_server(phi):
    head = "[1] %s " % ts_nats()
    r = R.randint(0, 5)
    if r == 0:
        return S(head, '[WRN] %s:%d - cid:%d - "v1.37.0:go:%s" - Slow Consumer Detected: WriteDeadline of 10s exceeded with %d chunks of %d total bytes.' % (
            ip_private(), R.randint(30000, 60000), R.randint(100, 9000), pick(SERVICES_GO), R.randint(2, 40), R.randint(100000, 9000000)))
    if r == 1:
        return S(head, "[INF] JetStream cluster new stream leader for 'BX > %s'" % pick(["CLAIMS", "NOTIFY", "PA_EVENTS", "ELIG_CACHE"]))
    if r == 2:
        return S(head, '[INF] %s:%d - rid:%d - Route connection created' % (ip_private(), 6222, R.randint(1, 90)))
    if r == 3:
        return S(head, "[WRN] Healthcheck failed: \"JetStream consumer 'BX > NOTIFY > sms-sender' is not current\"")
    if r == 4:
        return S(head, '[ERR] %s:%d - cid:%d - "v2.0.0-beta:rust:%s" - authentication error - User "svc-%s"' % (
            ip_private(), R.randint(30000, 60000), R.randint(100, 9000), pick(SERVICES_RS), pick(["pricing", "notify"])))
    return S(head, "[INF] Server is ready")


@tpl("nats-cli", clean=False, w=1.1)
def n_msg(phi):
    p = person()
    r = R.randint(0, 2)
    if r == 0:
        subj = S("bx.notify.sms.v1")
        body = J({"to": P(phone(p, "e164"), "phone"), "first_name": P(p.first, "name"), "template": "pickup_ready_v1",
                  "pharmacy": pick(PHARMACIES)[0], "pharmacy_phone": pick(PHARMACIES)[5]})
    elif r == 1:
        subj = S("bx.member.", P(p.member_id, "health_plan"), ".rx.filled")
        body = J({"rx": rx_no(), "ndc": ndc_pick()[0].replace("-", ""), "fill_date": P(fmt_date(service_date(), "iso"), "date"),
                  "days_supply": pick([30, 90])})
    else:
        subj = S("bx.pa.events.v1")
        body = J({"type": "pa.status_changed", "pa_id": pa_id(), "member": {"id": P(p.member_id, "health_plan"), "email": P(p.email, "email")},
                  "status": pick(["approved", "denied"]), "at": ts_iso_s()})
    return S("[#%d] Received JetStream message: stream: %s seq %d / subject: " % (R.randint(1, 900), pick(["NOTIFY", "MEMBER_EVENTS", "PA_EVENTS"]), R.randint(1000, 9000000)),
             subj, " / time: ", ts_iso_s(), " ") + body


@tpl("nats-advisory", phi=False)
def n_advisory(phi):
    d = {"type": "io.nats.jetstream.advisory.v1.max_deliver", "id": hexs(22), "timestamp": ts_iso_nano(), "stream": pick(["CLAIMS", "NOTIFY", "PA_EVENTS"]),
         "consumer": pick(["pa-worker", "sms-sender", "claims-indexer"]), "stream_seq": R.randint(10000, 9000000), "deliveries": R.randint(3, 10),
         "domain": "bx-prod"}
    return J(d)


# ---------------- Temporal ----------------

@tpl("temporal-server", w=1.4)
def tp_server(phi):
    wf = pick(["pa-followup", "refill-reminder", "claim-reprocess", "elig-refresh", "mail-order-ship"])
    d = {"level": pick(["info", "warn", "error"]), "ts": ts_iso_ms(), "msg": pick(["history size exceeds warn limit.", "Activity task timed out",
                                                                                 "Workflow task failed", "Fail to process task"]),
         "service": "history", "shard-id": R.randint(1, 512), "address": "%s:7234" % ip_private(), "wf-namespace": "pbm-prod"}
    if phi:
        p = person()
        r = R.randint(0, 2)
        if r == 0:
            d["wf-id"] = Str(wf, "-", P(p.member_id, "health_plan"))
        elif r == 1:
            d["wf-id"] = Str(wf, "/", P(p.email, "email"))
        else:
            d["wf-id"] = Str(wf, ":", P(ascii_fold(p.last).lower(), "name"), "-", P(p.dob.strftime("%Y%m%d"), "date"))
    else:
        d["wf-id"] = "%s-%s" % (wf, pick([uuid4(), pa_id(), order_no(), claim_no()]))
    d["wf-run-id"] = uuid4()
    d["wf-history-event-id"] = R.randint(3, 400)
    d["logging-call-at"] = pick(["workflow_size_checker.go:%d", "timer_queue_active_task_executor.go:%d", "task_executable.go:%d"]) % R.randint(100, 500)
    return J(d)


@tpl("temporal-history", w=1.2)
def tp_history(phi):
    eid = R.randint(3, 80)
    if not phi:
        et = pick(["EVENT_TYPE_TIMER_STARTED", "EVENT_TYPE_WORKFLOW_TASK_COMPLETED", "EVENT_TYPE_ACTIVITY_TASK_STARTED"])
        if et == "EVENT_TYPE_TIMER_STARTED":
            attrs = {"timerStartedEventAttributes": {"timerId": str(eid), "startToFireTimeout": pick(["86400s", "259200s", "3600s"]),
                                                     "workflowTaskCompletedEventId": str(eid - 1)}}
        elif et == "EVENT_TYPE_WORKFLOW_TASK_COMPLETED":
            attrs = {"workflowTaskCompletedEventAttributes": {"scheduledEventId": str(eid - 2), "startedEventId": str(eid - 1),
                                                              "identity": "1@pa-worker-%s@" % hexs(8), "binaryChecksum": hexs(32)}}
        else:
            attrs = {"activityTaskStartedEventAttributes": {"scheduledEventId": str(eid - 1), "identity": "1@pa-worker-%s@" % hexs(8),
                                                            "requestId": uuid4(), "attempt": R.randint(1, 5)}}
        d = {"eventId": str(eid), "eventTime": ts_iso_nano(), "eventType": et, "taskId": str(R.randint(1048576, 99999999))}
        d.update(attrs)
        return J(d)
    p = person()
    act = pick(["VerifyEligibility", "SubmitPriorAuth", "SendRefillReminder", "ShipMailOrder"])
    data = {"memberId": P(p.member_id, "health_plan"), "firstName": P(p.first, "name"), "lastName": P(p.last, "name")}
    if act == "ShipMailOrder":
        data["shipTo"] = {"line1": P(street_line(p), "address"), "city": P(p.city, "address"), "state": p.state, "zip": P(p.zip, "zip")}
        data["orderNo"] = order_no()
    elif act == "SendRefillReminder":
        data["phone"] = P(phone(p, "e164"), "phone")
        data["rxNumber"] = rx_no()
    else:
        data["dob"] = P(p.dob.isoformat(), "date")
        data["paId"] = pa_id()
    d = {"eventId": str(eid), "eventTime": ts_iso_nano(), "eventType": "EVENT_TYPE_ACTIVITY_TASK_SCHEDULED", "taskId": str(R.randint(1048576, 99999999)),
         "activityTaskScheduledEventAttributes": {"activityId": str(eid), "activityType": {"name": act},
                                                  "taskQueue": {"name": pick(["pa-tq", "notify-tq", "fulfil-tq"]), "kind": "TASK_QUEUE_KIND_NORMAL"},
                                                  "input": {"payloads": [{"metadata": {"encoding": "json/plain"}, "data": data}]},
                                                  "scheduleToCloseTimeout": "0s", "startToCloseTimeout": pick(["30s", "60s", "300s"]),
                                                  "heartbeatTimeout": "0s", "workflowTaskCompletedEventId": str(eid - 1),
                                                  "retryPolicy": {"initialInterval": "1s", "backoffCoefficient": 2, "maximumInterval": "100s"}}}
    return J(d)


@tpl("temporal-sdk", w=1.0)
def tp_sdk(phi):
    head = NOW.strftime("%Y/%m/%d %H:%M:%S") + " "
    if not phi:
        r = R.randint(0, 2)
        if r == 0:
            return S(head, "INFO  Started Worker Namespace pbm-prod TaskQueue %s WorkerID 1@%s@" % (pick(["pa-tq", "notify-tq", "fulfil-tq"]), pod("pa-worker")))
        if r == 1:
            return S(head, "WARN  Failed to poll for task. Namespace pbm-prod TaskQueue pa-tq WorkerID 1@%s@ WorkerType ActivityWorker Error context deadline exceeded" % pod("pa-worker"))
        return S(head, "ERROR Activity error. Namespace pbm-prod TaskQueue notify-tq WorkerID 1@%s@ WorkflowID refill-reminder-%s RunID %s ActivityType SendSMS Attempt %d Error twilio: 429 Too Many Requests" % (
            pod("notify-worker"), uuid4(), uuid4(), R.randint(1, 9)))
    p = person()
    wid = pick([S("refill-reminder-", P(p.member_id, "health_plan")), S("pa-followup:", P(p.email, "email")),
                S("mail-order/", P(p.member_id, "health_plan"), "/", order_no())])
    return S(head, "ERROR Activity error. Namespace pbm-prod TaskQueue %s WorkerID 1@%s@ WorkflowID " % (pick(["notify-tq", "pa-tq", "fulfil-tq"]), pod("worker")),
             wid, " RunID %s ActivityType %s Attempt %d Error %s" % (uuid4(), pick(["SendSMS", "SubmitPriorAuth", "CreateShipment"]), R.randint(1, 9),
                                                                        pick(["context deadline exceeded", "payer returned 503", "address validation failed"])))


# ---------------- CockroachDB ----------------

def crdb_head(sev, chan_file, tags):
    return S("%s%s %d %s ⋮ [%s] %d " % (sev, ts_crdb(), R.randint(100, 99999), chan_file, tags, R.randint(1, 9999)))


def crdb_tags():
    return "T1,Vsystem,n%d,client=%s:%d,hostssl,user=%s" % (R.randint(1, 5), ip_private(), R.randint(30000, 60000), pick(["pbm_app", "pbm_ro", "elig_svc"]))


def red(v):
    """CockroachDB redaction markers around a SQL string literal; value labeled inside quotes"""
    if isinstance(v, P):
        return S("‹'", (sqlq(str(v.v)), v.cat), "'›")
    return S("‹'%s'›" % sqlq(v))


@tpl("cockroachdb", phi=False, w=1.2)
def c_clean(phi):
    r = R.randint(0, 3)
    if r == 0:
        return crdb_head("I", "server/status/runtime_log.go:%d" % R.randint(40, 70), "T1,Vsystem,n%d" % R.randint(1, 5)) + S(
            "runtime stats: %.1f GiB RSS, %d goroutines (stacks: %.1f MiB), %.1f GiB/%.1f GiB Go alloc/total, %.1f GiB CGO alloc/total, %.1f CGO/sec, %.1f/%.1f %%(u/s)time, %.1f %%gc (%dx), %s/%s (r/w)net" % (
                R.uniform(2, 14), R.randint(400, 9000), R.uniform(5, 80), R.uniform(0.5, 4), R.uniform(1, 6), R.uniform(0.5, 6), R.uniform(100, 9000),
                R.uniform(2, 80), R.uniform(1, 20), R.uniform(0, 6), R.randint(0, 9), "%.1f MiB" % R.uniform(1, 60), "%.1f MiB" % R.uniform(1, 60)))
    if r == 1:
        return crdb_head("W", "kv/kvserver/replica_range_lease.go:%d" % R.randint(300, 600), "T1,Vsystem,n%d,s%d,r%d/%d:‹/Table/1%02d/{1/\"‹×›\"-2}›" % (
            R.randint(1, 5), R.randint(1, 5), R.randint(100, 9000), R.randint(1, 5), R.randint(0, 99))) + S(
            "have been waiting %.2fs for proposing lease request" % R.uniform(1, 9))
    if r == 2:
        return crdb_head("I", "jobs/registry.go:%d" % R.randint(600, 1500), "T1,Vsystem,n%d" % R.randint(1, 5)) + S(
            "job %d: %s succeeded" % (R.randint(10 ** 17, 10 ** 18), pick(["AUTO CREATE STATS", "SCHEMA CHANGE GC", "ROW LEVEL TTL"])))
    stmt = "SELECT c.id, c.status FROM pbm.public.claims AS c WHERE (c.pharmacy_npi = ‹'%s'›) AND (c.created_at > ‹'%s'›)" % (npi(), ts_iso_s())
    d = {"Timestamp": int(NOW.timestamp() * 1e9), "EventType": "slow_query", "Statement": stmt, "Tag": "SELECT", "User": "pbm_app",
         "ApplicationName": "claims-adjudicator", "ExecMode": "exec", "NumRows": R.randint(0, 900), "Age": round(R.uniform(500, 9000), 3),
         "FullTableScan": chance(0.5), "TxnCounter": R.randint(1, 90)}
    return crdb_head("I", "8@util/log/event_log.go:32", crdb_tags()) + S("=") + J(d)


@tpl("cockroachdb", clean=False, w=1.2)
def c_slow_phi(phi):
    p = person()
    r = R.randint(0, 2)
    if r == 0:
        stmt = S("SELECT m.id, m.member_ref, m.plan_id FROM pbm.public.members AS m WHERE (lower(m.last_name) = ") + red(P(p.last.lower(), "name")) + \
            S(") AND (m.dob = ") + red(P(p.dob.isoformat(), "date")) + S(")")
        tag = "SELECT"
    elif r == 1:
        stmt = S("UPDATE pbm.public.members SET phone_e164 = ") + red(P(phone(p, "e164"), "phone")) + S(", email = ") + \
            red(P(p.email, "email")) + S(" WHERE member_ref = ") + red(P(p.member_id, "health_plan"))
        tag = "UPDATE"
    else:
        stmt = S("INSERT INTO pbm.public.member_addresses(member_id, line1, city, state, zip) VALUES (", str(R.randint(10 ** 17, 10 ** 18)), ", ") + \
            red(P(street_line(p), "address")) + S(", ") + red(P(p.city, "address")) + S(", ") + red(p.state) + S(", ") + red(P(p.zip, "zip")) + S(")")
        tag = "INSERT"
    d = {"Timestamp": int(NOW.timestamp() * 1e9), "EventType": "slow_query", "Statement": Str(*stmt), "Tag": tag, "User": "pbm_app",
         "ApplicationName": pick(["eligibility-svc", "member-api"]), "ExecMode": "exec", "NumRows": R.randint(0, 3),
         "Age": round(R.uniform(500, 9000), 3), "FullTableScan": chance(0.5), "TxnCounter": R.randint(1, 90)}
    return crdb_head("I", "8@util/log/event_log.go:32", crdb_tags()) + S("=") + J(d)


@tpl("cockroachdb", clean=False, w=0.9)
def c_sensitive(phi):
    p = person()
    vals = [S("‹'", (p.member_id, "health_plan"), "'›")]
    cols = ["member_ref"]
    if chance(0.6):
        vals.append(S("‹'", (p.ssn, "ssn"), "'›"))
        cols.append("ssn")
    else:
        vals.append(S("‹'", (p.mrn, "mrn"), "'›"))
        cols.append("ehr_mrn")
    stmt = "SELECT * FROM pbm.public.member_identity WHERE %s = $1 AND %s = $2" % tuple(cols)
    d = {"Timestamp": int(NOW.timestamp() * 1e9), "EventType": "sensitive_table_access", "Statement": stmt, "Tag": "SELECT",
         "User": "pbm_app", "ApplicationName": "member-api", "PlaceholderValues": [Str(*v) for v in vals], "TableName": "‹pbm›.public.‹member_identity›",
         "AccessMode": "r"}
    return crdb_head("I", "8@util/log/event_log.go:32", crdb_tags()) + S("=") + J(d)


# ---------------- Redis ----------------

@tpl("redis-server", phi=False, w=1.0)
def r_server(phi):
    pid = R.randint(1, 30)
    role = pick(["M", "M", "S", "C"])
    msg = pick(["* Background saving started by pid %d" % R.randint(100, 9000), "* Background saving terminated with success",
                "* %d changes in 60 seconds. Saving..." % R.randint(10000, 90000), "* DB saved on disk",
                "# Connection with replica %s:6379 lost." % ip_private(), "* MASTER <-> REPLICA sync: Finished with success",
                "* Fork CoW for RDB: current %d MB, peak %d MB, average %d MB" % (R.randint(1, 90), R.randint(1, 200), R.randint(1, 90))])
    return S("%d:%s %s %s" % (pid, role, ts_redis(), msg))


def rq(v):
    """quoted redis MONITOR arg"""
    if isinstance(v, P):
        return S('"', (redisq(str(v.v)), v.cat), '"')
    if isinstance(v, list):
        return S('"', mapseg(v, redisq), '"')
    return S('"%s"' % redisq(v))


def monitor(args):
    out = S("%d.%06d [0 %s:%d] " % (int(NOW.timestamp()), NOW.microsecond, ip_private(), R.randint(30000, 60000)))
    for i, a in enumerate(args):
        if i:
            out += S(" ")
        out += rq(a)
    return out


@tpl("redis-monitor", clean=False, w=1.1)
def r_monitor_phi(phi):
    p = person()
    r = R.randint(0, 2)
    if r == 0:
        args = ["HSET", S("member:", P(p.member_id, "health_plan")), "first_name", P(p.first, "name"), "last_name", P(p.last, "name"),
                "dob", P(p.dob.isoformat(), "date")]
        if chance(0.5):
            args += ["zip", P(p.zip, "zip")]
    elif r == 1:
        args = ["SETEX", S("otp:", P(phone(p, "e164"), "phone")), "300", digits(6)]
    else:
        inner = J({"memberId": P(p.member_id, "health_plan"), "name": P(full_name(p), "name"), "coverage": "ACTIVE",
                   "bin": bin_pcn_grp()[0], "cachedAt": ts_iso_s()})
        args = ["SET", "elig:v3:" + hexs(16), inner, "EX", "900"]
    return monitor(args)


@tpl("redis-monitor", phi=False)
def r_monitor_clean(phi):
    r = R.randint(0, 2)
    if r == 0:
        args = ["INCR", "rl:api:%s:%s" % (pick(SERVICES_GO), NOW.strftime("%H%M"))]
    elif r == 1:
        args = ["GET", "formulary:2025.03.%d:ndc:%s" % (R.randint(1, 4), ndc_pick()[0].replace("-", ""))]
    else:
        args = ["EVALSHA", hexs(40), "1", "lock:claim:%s" % claim_no(), uuid4(), "30000"]
    return monitor(args)


# ---------------- Envoy ----------------

UA_APP = ["BexleyRx/4.12.0 (iPhone; iOS 17.3.1; Scale/3.00)", "BexleyRx/4.11.2 (Android 14; SM-S918U)", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15",
          "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"]


def envoy_line(method, path_segs, code, xff_segs, ua, authority, upstream):
    return S('[%s] "%s ' % (ts_iso_ms(), method)) + S(path_segs) + S(' %s" %d %s %d %d %d %s "' % (
        pick(["HTTP/1.1", "HTTP/2"]), code, pick(["-", "-", "-", "UF", "URX"]), R.randint(0, 4000), R.randint(0, 90000),
        R.randint(1, 3000), str(R.randint(1, 2900)))) + S(xff_segs) + S('" "%s" "%s" "%s" "%s"' % (ua, uuid4(), authority, upstream))


@tpl("envoy-access", phi=False, w=1.3)
def e_access(phi):
    path = pick(["/bx.claims.v1.ClaimService/Submit", "/healthz", "/v1/formulary/search?q=%s" % pick(["insulin", "statin", "glp1"]),
                 "/v1/pa/%s/status" % pa_id(), "/v1/pharmacies/%d" % R.randint(1000000, 5999999), "/stats/prometheus"])
    xff = pick([ip_private(), "-", ip_doc(), "%s, %s" % (ip_doc(), ip_private())])
    return envoy_line(pick(["GET", "POST"]), path, pick([200, 200, 200, 204, 404, 503]), xff, pick(["grpc-go/1.62.1", "kube-probe/1.29", "Prometheus/2.51.0", "envoy"]),
                      pick(["claims.bx.svc:8443", "api.bexleyrx.com", "members.internal"]), "%s:%d" % (ip_private(), pick([8080, 8443, 9090])))


@tpl("envoy-access", clean=False, w=1.3)
def e_access_phi(phi):
    p = person()
    r = R.randint(0, 2)
    if r == 0:
        path = S("/v1/members/", P(p.member_id, "health_plan"), pick(["/card", "/claims?limit=20", "/accumulators", "/pa"]))
    elif r == 1:
        path = S("/v1/members/lookup?last_name=", P(pct(p.last), "name"), "&dob=", P(p.dob.isoformat(), "date"), "&zip=", P(p.zip, "zip"))
    else:
        path = S(pick(["/v1/me/notifications?unread=true", "/v1/me/orders?status=open", "/v1/auth/token/refresh"]))
    xff = S(P(ip_public(), "ip")) if chance(0.6) else S(P(ip_public(), "ip"), ", ", ip_private())
    return envoy_line("GET", path, pick([200, 200, 404, 401]), xff, pick(UA_APP), "api.bexleyrx.com", "%s:8080" % ip_private())


@tpl("envoy-app", phi=False)
def e_app(phi):
    msg = pick(["[upstream] [source/common/upstream/cds_api_helper.cc:32] cds: add %d cluster(s), remove %d cluster(s)" % (R.randint(1, 40), R.randint(0, 3)),
                "[config] [source/extensions/config_subscription/grpc/grpc_stream.h:%d] StreamAggregatedResources gRPC config stream to xds-grpc closed: 13, " % R.randint(150, 200),
                "[main] [source/server/drain_manager_impl.cc:%d] shutting down parent after drain" % R.randint(100, 200),
                "[connection] [source/common/tls/ssl_socket.cc:%d] [Tags: \"ConnectionId\":\"%d\"] remote address:%s:%d,TLS_error:|268435581:SSL routines:OPENSSL_internal:CERTIFICATE_VERIFY_FAILED:TLS_error_end" % (
                    R.randint(200, 300), R.randint(1000, 900000), ip_private(), R.randint(30000, 60000))])
    return S("[%s][%d][%s]%s" % (ts_envoy_app(), R.randint(1, 60), pick(["info", "warning", "debug"]), msg))


@tpl("envoy-json", w=1.1)
def e_json(phi):
    d = {"start_time": ts_iso_ms(), "method": pick(["GET", "POST"])}
    if phi:
        p = person()
        r = R.randint(0, 2)
        if r == 0:
            d["path"] = Str("/v1/rx/transfer?member=", P(p.member_id, "health_plan"), "&pharmacy_phone=", pct(pick(PHARMACIES)[5]))
        elif r == 1:
            d["path"] = Str("/v1/members/search?email=", P(pct(p.email), "email"))
        else:
            d["path"] = Str("/v1/idv/selfie")
        d["downstream_remote_address"] = Str(P(ip_public(), "ip"), ":%d" % R.randint(1024, 65535))
        d["user_agent"] = pick(UA_APP)
        d["authority"] = "api.bexleyrx.com"
    else:
        d["path"] = pick(["/v2/eligibility/270", "/ncpdp/d0/claims", "/fhir/Claim/$submit"])
        d["downstream_remote_address"] = "%s:%d" % (ip_private(), R.randint(30000, 60000))
        d["upstream_host"] = "%s:443" % ip_vendor()
        d["user_agent"] = "Go-http-client/2.0"
        d["authority"] = pick(["api.surescripts.example", "pas.meridian.example", "switch.relayhealth.example"])
    d.update({"protocol": "HTTP/2", "response_code": pick([200, 200, 201, 400, 502]), "response_flags": "-", "bytes_received": R.randint(0, 9000),
              "bytes_sent": R.randint(0, 90000), "duration": R.randint(1, 4000), "x_request_id": uuid4(),
              "upstream_cluster": pick(["outbound|8080||member-api.bx.svc.cluster.local", "outbound|443||payer-egress"])})
    return J(d)


# ---------------- misc Go stdlib / runtime ----------------

@tpl("go-stdlog", phi=False, w=0.8)
def std_log(phi):
    head = NOW.strftime("%Y/%m/%d %H:%M:%S") + " "
    msg = pick(["http: TLS handshake error from %s:%d: EOF" % (ip_private(), R.randint(30000, 60000)),
                "http: superfluous response.WriteHeader call from github.com/bexleyrx/platform/pkg/httpx.(*recorder).WriteHeader (recorder.go:%d)" % R.randint(20, 90),
                "panic recovered: runtime error: invalid memory address or nil pointer dereference [signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x%x]" % R.randint(0x400000, 0xffffff),
                "redis: %s:6379: i/o timeout" % ip_private(),
                "maxprocs: Updating GOMAXPROCS=%d: determined from CPU quota" % R.randint(2, 16)])
    return S(head, msg)


@tpl("go-stdlog", clean=False, w=0.5)
def std_log_phi(phi):
    p = person()
    head = NOW.strftime("%Y/%m/%d %H:%M:%S") + " "
    return S(head, "[DEBUG] members.Lookup returned ", "&{ID:%d MemberRef:" % R.randint(10 ** 6, 10 ** 8), P(p.member_id, "health_plan"),
             " First:", P(p.first, "name"), " Last:", P(p.last, "name"), " DOB:", P(fmt_date(p.dob, "gotime"), "date"),
             " Email:", P(p.email, "email"), " Plan:BX%05d}" % R.randint(1, 99999))


# ---------------- more templates (SCRIPT XML, devices, links, org look-alikes) ----------------

def xml_el(tag, v):
    if isinstance(v, P):
        return S("<%s>" % tag, (xmlesc(str(v.v)), v.cat), "</%s>" % tag)
    if isinstance(v, list):
        return S("<%s>" % tag, v, "</%s>" % tag)
    return S("<%s>%s</%s>" % (tag, xmlesc(str(v)), tag))


def script_patient(p, with_mrn=True):
    x = S("<Patient><HumanPatient>")
    if with_mrn:
        x += S("<Identification>") + xml_el("MedicalRecordIdentificationNumberEHR", P(p.mrn, "mrn")) + S("</Identification>")
    x += S("<Name>") + xml_el("LastName", P(p.last, "name")) + xml_el("FirstName", P(p.first, "name")) + S("</Name>")
    x += xml_el("Gender", p.sex) + S("<DateOfBirth>") + xml_el("Date", P(p.dob.isoformat(), "date")) + S("</DateOfBirth>")
    if chance(0.6):
        x += S("<Address>") + xml_el("AddressLine1", P(street_line(p), "address")) + xml_el("City", P(p.city, "address")) + \
            xml_el("StateProvince", p.state) + xml_el("PostalCode", P(p.zip, "zip")) + xml_el("CountryCode", "US") + S("</Address>")
    if chance(0.5):
        x += S("<CommunicationNumbers><PrimaryTelephone>") + xml_el("Number", P(p.phone_d, "phone")) + S("</PrimaryTelephone></CommunicationNumbers>")
    x += S("</HumanPatient></Patient>")
    return x


@tpl("logrus-json", clean=False, w=1.0)
def lj_script_xml(phi):
    p = person()
    cl = clinician()
    ndc, drug = ndc_pick()
    kind = pick(["NewRx", "PAInitiationRequest", "RxRenewalRequest"])
    x = S('<?xml version="1.0" encoding="UTF-8"?><Message DatatypesVersion="2018R2" TransportVersion="2018R2" TransactionDomain="SCRIPT" TransactionVersion="2018R2" StructuresVersion="2018R2" ECLVersion="2018R2">',
          "<Header><To Qualifier=\"P\">%s</To><From Qualifier=\"C\">%s</From><MessageID>%s</MessageID><SentTime>%s</SentTime></Header><Body><%s>" % (
              str(R.randint(1000000, 5999999)), digits(10), hexs(32), ts_iso_s(), kind))
    if kind == "PAInitiationRequest":
        x += S("<BenefitsCoordination><PayerIdentification>") + xml_el("PayerID", "BXRX") + S("</PayerIdentification>") + \
            xml_el("CardholderID", P(p.member_id, "health_plan")) + S("</BenefitsCoordination>")
    x += script_patient(p, with_mrn=chance(0.8))
    x += S("<Prescriber><NonVeterinarian><Identification>") + xml_el("NPI", cl.npi) + xml_el("DEANumber", cl.dea) + S("</Identification><Name>") + \
        xml_el("LastName", cl.last) + xml_el("FirstName", cl.first) + S("</Name><CommunicationNumbers><PrimaryTelephone>") + \
        xml_el("Number", cl.phone.replace("(", "").replace(")", "").replace("-", "").replace(" ", "").replace("+1", "").replace(".", "")) + \
        S("</PrimaryTelephone></CommunicationNumbers></NonVeterinarian></Prescriber>")
    x += S("<MedicationPrescribed>") + xml_el("DrugDescription", drug) + S("<DrugCoded><ProductCode>") + xml_el("Code", ndc.replace("-", "")) + \
        xml_el("Qualifier", "ND") + S("</ProductCode></DrugCoded>") + xml_el("WrittenDate", S("<Date>", ts_iso_s()[:10], "</Date>")) + \
        S("</MedicationPrescribed></%s></Body></Message>" % kind)
    f = {"component": "pa-router-bridge", "direction": pick(["inbound", "outbound"]), "message_id": hexs(32), "payload": Str(*x),
         "surescripts_status": pick(["000", "010", "600"])}
    return logrus_json(pick(["debug", "info"]), "SCRIPT message", f)


@tpl("zap-json", clean=False, w=0.8)
def zap_script_mrn(phi):
    p = person()
    x = script_patient(p, with_mrn=True)
    f = {"rx_id": "erx_" + hexs(20), "sender": pick(["Epic", "athenahealth", "eClinicalWorks", "NextGen"]), "patient_xml": Str(*x),
         "match": pick(["exact", "fuzzy", "none"]), "match_score": round(R.uniform(0.3, 1.0), 2)}
    return zap(pick(["debug", "info"]), "pa-service", "inbound NewRx patient block", trace_fields(f))


@tpl("rust-tracing", clean=False, w=1.0)
def rt_cgm_pair(phi):
    p = person()
    f = [("member", ("dbg", P(p.member_id, "health_plan")))]
    r = R.randint(0, 2)
    if r == 0:
        f += [("transmitter", ("dbg", P("8G" + letters(4, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "device"))), ("ble_addr", P(mac(), "device"))]
    elif r == 1:
        f += [("pump_serial", ("dbg", P("NG" + digits(7) + "H", "device"))), ("model", ("dbg", "MMT-1880"))]
    else:
        f += [("udi", ("dbg", P(udi(), "device")))]
    f.append(("fw", ("dbg", "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 20), R.randint(0, 9)))))
    return rtrace("INFO", [("dme_link", [("claim_id", claim_no())])], "dur_engine::devices", "device linked to claim", f)


@tpl("redis-monitor", clean=False, w=0.6)
def r_monitor_device(phi):
    p = person()
    return monitor(["HSET", "dev:" + uuid4(), "member", P(p.member_id, "health_plan"), "imei", P(imei(), "device"),
                    "push_token", hexs(64), "os", pick(["ios17.3", "android14"])])


@tpl("env_logger", clean=False, w=0.9)
def el_links(phi):
    p = person()
    r = R.randint(0, 2)
    if r == 0:
        url = "https://app.bexleyrx.com/m/%s/pa/%s" % (p.member_id, pa_id())
        msg = S("deep link generated url=", P(url, "url"), " ttl=86400")
    elif r == 1:
        slug = "help-%s-%s-%s" % (ascii_fold(p.first).lower().replace(" ", "-"), ascii_fold(p.last).lower().replace(" ", "-").replace("'", ""),
                                  pick(["pay-for-insulin", "afford-humira", "cancer-meds", "transplant-meds"]))
        msg = S("fraud screen: external link on copay appeal url=", P("https://www.gofundme.com/f/" + slug, "url"), " risk=low")
    else:
        handle = "%s.%s.%s" % (ascii_fold(p.first).lower().replace(" ", ""), ascii_fold(p.last).lower().replace(" ", "").replace("'", ""), digits(3))
        msg = S("identity review: social profile url=", P("https://www.facebook.com/" + handle, "url"), " matched_name=true")
    return envl(pick(["INFO", "DEBUG"]), pick(["rx_notify::links", "pa_router::review"]), msg)


@tpl("zap-json", clean=False, w=0.7)
def zap_avatar(phi):
    p = person()
    img = face_photo_datauri(R.randint(300, 800))
    f = {k("member"): P(p.member_id, "health_plan"), "avatar": P(img, "photo"), "size_bytes": (len(img) - 23) * 3 // 4,
         "moderation": pick(["pending", "auto_approved"])}
    return zap("debug", "member-api", "profile photo uploaded", trace_fields(f))


@tpl("zerolog-json", phi=False, w=0.8)
def zl_pharmacy_info(phi):
    ph = pharmacy()
    f = {"service": "pharmacy-locator", "ncpdp": ph["ncpdp"], "npi": ph["npi"], "name": ph["name"],
         "address": {"line1": ph["addr"], "city": ph["city"], "state": ph["state"], "zip": ph["zip"]}, "phone": ph["phone"],
         "fax": fmt_phone(phone_digits(ph["state"])), "hours": "Mon-Fri 09:00-21:00", "network": pick(["BXPREF", "BXSTD"]),
         "logo": logo_datauri() if chance(0.3) else None, "pic_name": "%s %s, PharmD" % (pick(CLIN_FIRST), pick(CLIN_LAST))}
    f = {kk: v for kk, v in f.items() if v is not None}
    return zl("debug", {}, f, "pharmacy record refreshed", "pharmacy-locator")


@tpl("slog-text", clean=False, w=0.7)
def st_geriatric(phi):
    p = person(old=True)
    pairs = [("campaign", "medd_star_adherence"), ("member", P(p.member_id, "health_plan")), ("age", P(p.age, "age")),
             ("measure", pick(["PDC-DR", "PDC-RASA", "PDC-STA"])), ("pdc", "%.2f" % R.uniform(0.4, 0.79)), ("outreach", pick(["ivr", "pharmacist_call", "mail"]))]
    if chance(0.4):
        pairs.append(("county", P(p.county, "address")))
    return slogt("INFO", "adherence outreach scheduled", pairs, "notifier")


@tpl("slog-json", phi=False, w=0.8)
def sj_org(phi):
    f = {"payer": pick(PAYERS), "pa_fax": fmt_phone(phone_digits(pick(list(AREA)))), "pa_phone": pick(ORG_PHONES), "mail_to": pick(ORG_ADDR),
         "portal": pick(["https://provider.meridian.example/pa", "https://www.covermymeds.com/main/", "https://bexleyrx.com/prior-auth"]),
         "contact": pick(STAFF_EMAILS), "effective": "2025-01-01", "plan_year": 2025}
    return slogj("INFO", "payer PA routing updated", f, "pa-service")


@tpl("nats-cli", clean=False, w=0.7)
def n_curbside(phi):
    p = person()
    st = pick([p.state, "CA", "TX", "NY", "IL"])
    body = J({"event": "curbside.arrived", "order": order_no(), "plate": P(plate(st), "vehicle"), "plate_state": st,
              "customer": P(p.first + " " + p.last[0] + ".", "name") if chance(0.5) else P(full_name(p), "name"), "bay": R.randint(1, 6)})
    return S("[#%d] Received on \"bx.store.%s.curbside\" " % (R.randint(1, 900), str(R.randint(1000000, 5999999)))) + body


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

def check_span_bytes(b):
    assert b == b.strip(), b
    assert not b.startswith((b'"', b"'")) and not b.endswith((b'"', b"'")), b


REQUIRED_PHI = {
    "zap_member_fax": 4, "st_foreign_id": 5, "zl_kiosk_fp": 2, "rt_voice": 2, "sj_idv_selfie": 3, "zap_avatar": 2,
    "st_idv_license": 4, "zl_curbside": 4, "n_curbside": 2, "st_geriatric": 3, "zap_dur_age": 2, "rtj_dur": 2, "el_links": 4,
    "zl_device_reg": 3, "rt_cgm_pair": 3, "zl_cgm": 2, "sj_discharge": 3, "zap_script_mrn": 2, "zap_ach_refund": 3,
    "zl_card": 3, "lr_834_err": 4, "sj_fhir_pas": 2, "lj_script_xml": 3, "sj_magic_link": 2, "zl_idcard_upload": 2,
    "e_access_phi": 4, "e_json": 2, "tp_history": 3, "tp_server": 2, "tp_sdk": 2, "c_slow_phi": 3, "c_sensitive": 2,
    "r_monitor_phi": 3, "n_msg": 3, "g_status_err": 3, "g_tonic": 3, "g_payload": 3, "st_ssn_match": 3, "el_b1": 3,
    "st_ncpdp_decode": 2, "rt_debug_struct": 3, "rt_span_leak": 3, "lj_medicaid": 3, "std_log_phi": 1,
}


def build():
    flags = [True] * (N_LINES - N_CLEAN) + [False] * N_CLEAN
    R.shuffle(flags)
    phi_t = [t for t in TPL if t["phi"]]
    clean_t = [t for t in TPL if t["clean"]]
    by_name = {t["name"]: t for t in TPL}
    # minimum quotas so that rare categories are always represented, then weighted random fill
    phi_plan = []
    for name, n in REQUIRED_PHI.items():
        assert by_name[name]["phi"], name
        phi_plan += [by_name[name]] * n
    n_phi = flags.count(True)
    phi_plan += R.choices(phi_t, weights=[x["w"] for x in phi_t], k=n_phi - len(phi_plan))
    R.shuffle(phi_plan)
    clean_plan = list(clean_t)          # every clean-capable template at least once
    n_clean = flags.count(False)
    clean_plan += R.choices(clean_t, weights=[x["w"] for x in clean_t], k=n_clean - len(clean_plan))
    R.shuffle(clean_plan)
    lines, labels, expect = [], [], []
    for i, has_phi in enumerate(flags, 1):
        tick()
        t = phi_plan.pop() if has_phi else clean_plan.pop()
        segs = t["fn"](has_phi)
        line, spans = render(segs)
        assert bool(spans) == has_phi, (t["name"], has_phi)
        assert b"\n" not in line and b"\r" not in line, t["name"]
        assert len(line) <= 20000, (t["name"], len(line))
        line.decode("utf-8")
        last_e = 0
        for sp in spans:
            assert sp["s"] >= last_e and sp["e"] > sp["s"], (t["name"], spans)
            last_e = sp["e"]
            assert line[sp["s"]:sp["e"]] == sp["_b"], t["name"]
            check_span_bytes(sp["_b"])
        lines.append(line)
        labels.append({"line": i, "family": t["family"], "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]})
        expect.append([sp["_b"] for sp in spans])
    return lines, labels, expect


def main():
    lines, labels, expect = build()
    log_path = os.path.join(HERE, "bx.log")
    lab_path = os.path.join(HERE, "bx.labels.jsonl")
    with open(log_path, "wb") as f:
        f.write(b"\n".join(lines) + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")

    # re-read what was written and verify every span against the value meant
    with open(log_path, "rb") as f:
        data = f.read()
    assert data.endswith(b"\n")
    got = data[:-1].split(b"\n")
    assert len(got) == N_LINES, len(got)
    with open(lab_path, encoding="utf-8") as f:
        labs = [json.loads(x) for x in f]
    assert len(labs) == N_LINES
    counts = {}
    clean = 0
    for n, (ln, lab, exp) in enumerate(zip(got, labs, expect), 1):
        assert lab["line"] == n
        assert len(lab["spans"]) == len(exp)
        if not lab["spans"]:
            clean += 1
        for sp, want in zip(lab["spans"], exp):
            assert ln[sp["s"]:sp["e"]] == want, (n, sp, ln[sp["s"]:sp["e"]], want)
            counts[sp["cat"]] = counts.get(sp["cat"], 0) + 1
    fams = {}
    for lab in labs:
        fams[lab["family"]] = fams.get(lab["family"], 0) + 1
    print("lines=%d clean=%d (%.1f%%) spans=%d" % (len(got), clean, 100.0 * clean / len(got), sum(counts.values())))
    for c in sorted(counts, key=lambda x: -counts[x]):
        print("  %-12s %d" % (c, counts[c]))
    missing = CATS - set(counts)
    print("families:", ", ".join("%s=%d" % kv for kv in sorted(fams.items())))
    if missing:
        print("MISSING categories:", sorted(missing))
        sys.exit(1)


if __name__ == "__main__":
    main()
