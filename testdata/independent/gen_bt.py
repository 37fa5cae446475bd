#!/usr/bin/env python3
"""Generator for the "bt" held-out PHI corpus.

Theme: a health insurer ("Tidewell Health Plans") running member apps on
Microsoft Azure: Application Insights exports, Azure Functions host/worker
logs, App Service (W3C HTTP, Kudu, app log stream), Azure API for FHIR /
Health Data Services audit, Logic Apps runs, X12 via Logic Apps, Service Bus,
Event Grid, Cosmos DB change feed, Azure AD B2C logs, API Management and
pasted Azure Monitor KQL results.

Standard library only, fixed seed, deterministic.  Writes bt.log and
bt.labels.jsonl next to this file.  Every line is built from segments; PHI
segments are P(value, category) objects, offsets are computed while the line
is assembled (never by searching afterwards) and then asserted against the
written bytes.
"""
import base64
import hashlib
import json
import os
import random
import re
import sys
import unicodedata
import urllib.parse
from datetime import date, datetime, timedelta, timezone

SEED = 12001439  # chosen (by a deterministic sweep) for category coverage
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_PHI = 225          # 275 / 500 = 55 % of lines without PHI
MAX_LINE = 20000

CATS = ("name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id")


# ----------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------
def ri(a, b):
    return R.randint(a, b)


def ch(seq):
    return seq[R.randrange(len(seq))]


def maybe(p):
    return R.random() < p


def hexs(n, upper=False):
    s = ''.join(R.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def digs(n):
    return ''.join(R.choice('0123456789') for _ in range(n))


def letters(n, alphabet='ABCDEFGHIJKLMNOPQRSTUVWXYZ'):
    return ''.join(R.choice(alphabet) for _ in range(n))


def guid(upper=False):
    h = hexs(32)
    h = h[:12] + '4' + h[13:16] + ch('89ab') + h[17:]
    g = '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
    return g.upper() if upper else g


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(n):
    return base64.b64encode(rbytes(n)).decode()


def b64url(n):
    return base64.urlsafe_b64encode(rbytes(n)).decode().rstrip('=')


# ----------------------------------------------------------------------------
# segment model
# ----------------------------------------------------------------------------
class P:
    """A PHI value as it is written in the line, with its category.
    q=False: when dumped as JSON, emit unquoted (numbers)."""
    __slots__ = ('v', 'cat', 'q')

    def __init__(self, v, cat, q=True):
        assert cat in CATS, cat
        assert isinstance(v, str) and v, (v, cat)
        self.v, self.cat, self.q = v, cat, q

    def __repr__(self):
        return 'P(%r,%s)' % (self.v, self.cat)


class S:
    """A string value composed of text and P segments (JSON-escaped as a whole
    when dumped inside JSON)."""
    __slots__ = ('segs',)

    def __init__(self, *parts):
        self.segs = flat(parts)


class Raw:
    """Already serialised segments, inserted verbatim by the JSON dumper."""
    __slots__ = ('segs',)

    def __init__(self, *parts):
        self.segs = flat(parts)


def flat(parts):
    out = []
    for p in parts:
        if p is None or p == '':
            continue
        if isinstance(p, (list, tuple)):
            out.extend(flat(p))
        elif isinstance(p, (S, Raw)):
            out.extend(p.segs)
        elif isinstance(p, (str, P)):
            out.append(p)
        elif isinstance(p, (int, float)):
            out.append(str(p))
        else:
            raise TypeError(type(p))
    return out


def plain(segs):
    """Text of segments (no labels) - used only to build non-PHI derived
    values such as content lengths."""
    return ''.join(x.v if isinstance(x, P) else x for x in flat(segs))


# ---- JSON escaping (per character, so escaping segment by segment equals
# escaping the whole string) ----
def _net_char(c):
    o = ord(c)
    if c == '"':
        return '\\"'
    if c == '\\':
        return '\\\\'
    if c == '\n':
        return '\\n'
    if c == '\r':
        return '\\r'
    if c == '\t':
        return '\\t'
    if o < 0x20 or c in "<>&'+`" or o > 0x7e:
        if o > 0xffff:
            o -= 0x10000
            return '\\u%04X\\u%04X' % (0xd800 + (o >> 10), 0xdc00 + (o & 0x3ff))
        return '\\u%04X' % o
    return c


def jesc(s, mode='py'):
    """mode: py = json.dumps(ensure_ascii=False); ascii = json.dumps default;
    net = System.Text.Json default encoder (escapes + < > & ' ` and non-ASCII)."""
    if mode == 'py':
        return json.dumps(s, ensure_ascii=False)[1:-1]
    if mode == 'ascii':
        return json.dumps(s)[1:-1]
    if mode == 'net':
        return ''.join(_net_char(c) for c in s)
    raise ValueError(mode)


def esc(segs, mode='py'):
    out = []
    for x in flat(segs):
        if isinstance(x, P):
            v = jesc(x.v, mode)
            assert json.loads('"' + v + '"') == x.v
            out.append(P(v, x.cat))
        else:
            out.append(jesc(x, mode))
    return out


def J(obj, mode='py', sp=False):
    """Serialise obj (dict/list/str/int/P/S/Raw) to segments."""
    out = []
    sep = ', ' if sp else ','
    kv = ': ' if sp else ':'

    def w(o):
        if isinstance(o, dict):
            out.append('{')
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append(sep)
                out.append('"' + jesc(k, mode) + '"' + kv)
                w(v)
            out.append('}')
        elif isinstance(o, list):
            out.append('[')
            for i, v in enumerate(o):
                if i:
                    out.append(sep)
                w(v)
            out.append(']')
        elif isinstance(o, P):
            if o.q:
                out.append('"')
                out.extend(esc([o], mode))
                out.append('"')
            else:
                out.append(o)
        elif isinstance(o, S):
            out.append('"')
            out.extend(esc(o.segs, mode))
            out.append('"')
        elif isinstance(o, Raw):
            out.extend(o.segs)
        elif o is None or isinstance(o, (bool, int, float)):
            out.append(json.dumps(o))
        elif isinstance(o, str):
            out.append('"' + jesc(o, mode) + '"')
        else:
            raise TypeError(type(o))
    w(obj)
    return out


def PY(obj):
    """Python repr()-style serialisation (dicts / lists / str / int / P)."""
    out = []

    def w(o):
        if isinstance(o, dict):
            out.append('{')
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append(', ')
                out.append(repr(k) + ': ')
                w(v)
            out.append('}')
        elif isinstance(o, list):
            out.append('[')
            for i, v in enumerate(o):
                if i:
                    out.append(', ')
                w(v)
            out.append(']')
        elif isinstance(o, P):
            if o.q:
                r = repr(o.v)
                out.append(r[0])
                out.append(P(r[1:-1], o.cat))
                out.append(r[-1])
            else:
                out.append(o)
        elif isinstance(o, str):
            out.append(repr(o))
        else:
            out.append(repr(o))
    w(obj)
    return out


def UQ(segs, safe='', plus=False):
    """Percent-encode segments (per character, so per-segment encoding is
    exact)."""
    out = []
    f = urllib.parse.quote_plus if plus else urllib.parse.quote
    for x in flat(segs):
        if isinstance(x, P):
            v = f(x.v, safe=safe)
            dec = urllib.parse.unquote_plus(v) if plus else urllib.parse.unquote(v)
            assert dec == x.v
            out.append(P(v, x.cat))
        else:
            out.append(f(x, safe=safe))
    return out


def CSVQ(segs):
    """CSV-quote a field made of segments."""
    out = ['"']
    for x in flat(segs):
        if isinstance(x, P):
            out.append(P(x.v.replace('"', '""'), x.cat))
        else:
            out.append(x.replace('"', '""'))
    out.append('"')
    return out


def render(segs):
    buf = bytearray()
    spans = []
    for x in flat(segs):
        if isinstance(x, P):
            b = x.v.encode('utf-8')
            s = len(buf)
            buf += b
            spans.append({'s': s, 'e': len(buf), 'cat': x.cat, '_v': b})
        else:
            buf += x.encode('utf-8')
    return bytes(buf), spans


def fmt(tpl, args):
    """Fill a {Name} message template with values (str, int or P)."""
    out = []
    i = 0
    for m in re.finditer(r'\{(\w+)\}', tpl):
        out.append(tpl[i:m.start()])
        v = args[m.group(1)]
        out.append(v if isinstance(v, P) else str(v))
        i = m.end()
    out.append(tpl[i:])
    return flat(out)


def sv(v):
    """String value for a customDimensions-like bag (App Insights stores
    every value as a string)."""
    if isinstance(v, P):
        return v
    return str(v)


# ----------------------------------------------------------------------------
# log clock
# ----------------------------------------------------------------------------
NOW = [datetime(2024, 5, 13, 13, 57, 41, 118000, tzinfo=timezone.utc)]


def tick():
    NOW[0] += timedelta(microseconds=ri(2000, 3500000))
    return NOW[0]


def ago(ms):
    return NOW[0] - timedelta(milliseconds=ms)


def iso7(t=None):
    t = t or NOW[0]
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%06d%d' % (t.microsecond, ri(0, 9)) + 'Z'


def iso3(t=None, z='Z'):
    t = t or NOW[0]
    return t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d' % (t.microsecond // 1000) + z


def iso6(t=None):
    t = t or NOW[0]
    return t.strftime('%Y-%m-%dT%H:%M:%S.%f') + 'Z'


def iso0(t=None):
    t = t or NOW[0]
    return t.strftime('%Y-%m-%dT%H:%M:%SZ')


def w3c(t=None):
    t = t or NOW[0]
    return t.strftime('%Y-%m-%d %H:%M:%S')


def epoch(t=None):
    t = t or NOW[0]
    return int(t.timestamp())


# ----------------------------------------------------------------------------
# synthetic people
# ----------------------------------------------------------------------------
FEM = ["Ngozi", "Aaliyah", "Priya", "Mei-Ling", "María José", "Guadalupe", "Siobhán",
       "Zoë", "Małgorzata", "Agnieszka", "Oksana", "Aigerim", "Tigist", "Leilani",
       "Malia", "Nizhoni", "Esperanza", "Hope", "Grace", "Summer", "Rose", "Joy",
       "Faith", "Ivy", "April", "June", "Hélène", "Chloé", "Renée", "Åsa", "Yuki",
       "Ji-woo", "Thảo", "Lakshmi", "Fatima", "Noor", "Yael", "Efrat", "Amara",
       "Olufunmilayo", "Precious", "Destiny", "Brandi", "Kaylee", "Margaret",
       "Dolores", "Mildred", "Eunice", "Hattie", "Wilhelmina", "Ana Lucía",
       "Bích Ngọc", "Soo-ah", "Khadija", "Ayesha", "Sunita", "Anh", "Xiomara",
       "Shanice", "Ebony", "Latoya", "Ingrid", "Astrid", "Paz", "Luz", "Marisol",
       "Charity", "Honey", "Crystal", "Dawn", "Autumn", "Mercedes"]
MALE = ["Oluwaseun", "Kwame", "Chidi", "Dmitri", "Björn", "Seán", "José", "Jesús",
        "Raúl", "Giovanni", "Mohammed", "Omar", "Habib", "Moshe", "Hiroshi", "Haruto",
        "Min-jun", "Kaito", "Arjun", "Siddharth", "Yohannes", "Abebe", "Bogdan",
        "Wojciech", "Łukasz", "Yerlan", "Keanu", "Ahanu", "Søren", "François", "Will",
        "Bill", "Mark", "Guy", "Rich", "Earl", "Duke", "Deshawn", "Tyrone", "Jamal",
        "Cody", "Brayden", "Harold", "Walter", "Eugene", "Clarence", "Juan Carlos",
        "Trần Minh", "Ikaika", "Makoa", "Bao", "Thanh", "Emeka", "Tariq", "Ravi",
        "Gustavo", "Joaquín", "Rustam", "Nikolai", "Pavel", "Lamar", "Royal",
        "King", "Chance", "Hunter", "Forrest", "Sterling", "Amos", "Ezekiel"]
UNI = ["Dakota", "Sunny", "Jordan", "Tenzin", "Pema", "Kai", "Robin", "Sasha",
       "Chinonso", "River", "Rain", "Quinn", "Ashley", "Jessie", "Noa", "Eden"]
LAST = ["Okafor", "Adeyemi", "Okonkwo", "Nwachukwu", "García-López", "de la Cruz",
        "Van der Berg", "O'Brien", "McAllister", "Bhattacharya", "Venkataraman",
        "Kowalczyk", "Brzęczyszczykiewicz", "Müller", "Schäfer", "Rossi", "Esposito",
        "Kim", "Park", "Lee", "Tanaka", "Yamamoto", "Zhang", "Wang", "Haddad",
        "Al-Sayed", "Abu-Bakr", "Ben-David", "Cohen", "Levi", "Yazzie", "Begay",
        "Tsosie", "Kealoha", "Kahananui", "dos Santos", "da Silva", "Oliveira",
        "St. John", "Le", "Tran", "Nguyễn", "Phạm", "Hernández Ruiz", "Baker", "Rich",
        "Black", "White", "Brown", "Green", "Price", "Cash", "Law", "Bishop", "Story",
        "Church", "Moody", "Christmas", "Hand", "Bond", "May", "Winter", "Frost",
        "Stone", "Wolf", "Fox", "Fish", "Bird", "Ólafsdóttir", "Çelik", "Öztürk",
        "Ibáñez", "Peña", "Smith", "Johnson", "Washington", "Jefferson",
        "Running Bear", "Two Feathers", "Mac Giolla Phádraig", "Nakamura-Reyes",
        "Kuznetsova", "Abdullahi", "Mensah", "Asante", "Tesfaye", "Gebremedhin",
        "Haile", "Sandoval", "Villanueva", "Castañeda", "Ó Súilleabháin",
        "Papadopoulos", "Nikolaidis", "Van Buren", "Le Blanc", "Delacroix",
        "Fitzgerald-Kane", "Singh", "Kaur", "Patel", "Shah", "Rahman", "Chowdhury",
        "Hussain", "Ahmadi", "Karimi", "Sato", "Watanabe", "Choi", "Jung", "Vo",
        "Huynh", "Lopez", "Gonzalez", "Rodriguez", "Martinez-Soto", "Wright", "Young",
        "King", "Long", "Short", "Hale", "Hill", "Marsh", "Lake", "Rivers", "Sunday",
        "Goodnight", "Love", "Friend", "Kauwila", "Nez", "Whitehorse", "Mahmoud",
        "Abdi", "Warsame", "Osei", "Boateng", "Kiplagat", "Wanjiru", "Mwangi"]

CITIES = [
    ("Seattle", "King", "WA", ["98118", "98144", "98108", "98125"], ["206"]),
    ("Tacoma", "Pierce", "WA", ["98405", "98408", "98444"], ["253"]),
    ("Spokane", "Spokane", "WA", ["99201", "99207", "99223"], ["509"]),
    ("Yakima", "Yakima", "WA", ["98902", "98901"], ["509"]),
    ("Kent", "King", "WA", ["98030", "98032"], ["253", "425"]),
    ("Everett", "Snohomish", "WA", ["98201", "98204"], ["425"]),
    ("Vancouver", "Clark", "WA", ["98661", "98682"], ["360"]),
    ("Portland", "Multnomah", "OR", ["97214", "97206", "97266"], ["503", "971"]),
    ("Eugene", "Lane", "OR", ["97402", "97405"], ["541"]),
    ("Boise", "Ada", "ID", ["83702", "83705"], ["208"]),
    ("Anchorage", "Anchorage", "AK", ["99508", "99504"], ["907"]),
    ("Honolulu", "Honolulu", "HI", ["96817", "96819"], ["808"]),
    ("Hilo", "Hawaii", "HI", ["96720"], ["808"]),
    ("Fresno", "Fresno", "CA", ["93721", "93702"], ["559"]),
    ("Sacramento", "Sacramento", "CA", ["95822", "95823"], ["916"]),
    ("Oakland", "Alameda", "CA", ["94601", "94606"], ["510"]),
    ("Los Angeles", "Los Angeles", "CA", ["90033", "90011"], ["323", "213"]),
    ("Chula Vista", "San Diego", "CA", ["91910", "91911"], ["619"]),
    ("Tucson", "Pima", "AZ", ["85719", "85705"], ["520"]),
    ("Window Rock", "Apache", "AZ", ["86515"], ["928"]),
    ("Albuquerque", "Bernalillo", "NM", ["87102", "87105"], ["505"]),
    ("Gallup", "McKinley", "NM", ["87301"], ["505"]),
    ("El Paso", "El Paso", "TX", ["79912", "79905"], ["915"]),
    ("Austin", "Travis", "TX", ["78704", "78741"], ["512", "737"]),
    ("Houston", "Harris", "TX", ["77036", "77081"], ["713", "832"]),
    ("Denver", "Denver", "CO", ["80205", "80219"], ["303", "720"]),
    ("Omaha", "Douglas", "NE", ["68107", "68104"], ["402"]),
    ("Chicago", "Cook", "IL", ["60625", "60623", "60649"], ["773", "312"]),
    ("Dearborn", "Wayne", "MI", ["48126"], ["313"]),
    ("Milwaukee", "Milwaukee", "WI", ["53204", "53215"], ["414"]),
    ("Columbus", "Franklin", "OH", ["43215", "43207"], ["614"]),
    ("Minneapolis", "Hennepin", "MN", ["55407", "55411"], ["612"]),
    ("Hialeah", "Miami-Dade", "FL", ["33012", "33010"], ["305", "786"]),
    ("Jacksonville", "Duval", "FL", ["32207", "32209"], ["904"]),
    ("Atlanta", "Fulton", "GA", ["30310", "30318"], ["404", "678"]),
    ("Raleigh", "Wake", "NC", ["27610", "27601"], ["919"]),
    ("Newark", "Essex", "NJ", ["07102", "07106"], ["973", "862"]),
    ("Worcester", "Worcester", "MA", ["01604", "01610"], ["508", "774"]),
    ("Brooklyn", "Kings", "NY", ["11215", "11226"], ["718", "347"]),
    ("Bronx", "Bronx", "NY", ["10457", "10468"], ["718", "929"]),
    ("Providence", "Providence", "RI", ["02908", "02907"], ["401"]),
    ("Burlington", "Chittenden", "VT", ["05401"], ["802"]),
    ("Bangor", "Penobscot", "ME", ["04401"], ["207"]),
    ("Memphis", "Shelby", "TN", ["38104", "38109"], ["901"]),
    ("New Orleans", "Orleans", "LA", ["70119", "70117"], ["504"]),
    ("Salt Lake City", "Salt Lake", "UT", ["84104", "84115"], ["801", "385"]),
    ("Las Vegas", "Clark", "NV", ["89121", "89110"], ["702", "725"]),
    ("Billings", "Yellowstone", "MT", ["59101", "59102"], ["406"]),
    ("Fargo", "Cass", "ND", ["58103"], ["701"]),
    ("Sioux Falls", "Minnehaha", "SD", ["57104", "57106"], ["605"]),
]
STATE_NAMES = {"WA": "Washington", "OR": "Oregon", "ID": "Idaho", "AK": "Alaska",
               "HI": "Hawaii", "CA": "California", "AZ": "Arizona", "NM": "New Mexico",
               "TX": "Texas", "CO": "Colorado", "NE": "Nebraska", "IL": "Illinois",
               "MI": "Michigan", "WI": "Wisconsin", "OH": "Ohio", "MN": "Minnesota",
               "FL": "Florida", "GA": "Georgia", "NC": "North Carolina",
               "NJ": "New Jersey", "MA": "Massachusetts", "NY": "New York",
               "RI": "Rhode Island", "VT": "Vermont", "ME": "Maine", "TN": "Tennessee",
               "LA": "Louisiana", "UT": "Utah", "NV": "Nevada", "MT": "Montana",
               "ND": "North Dakota", "SD": "South Dakota"}
STREETS = ["Maple Grove", "Cedar Hollow", "Alvarado", "Martin Luther King Jr",
           "Kamehameha", "Pacific", "Division", "Euclid", "Lincoln", "Juniper",
           "Sycamore", "Old Mill", "Ridgeview", "Harbor View", "Chief Joseph",
           "Los Altos", "Rio Grande", "Peachtree", "Cherokee", "Magnolia", "Yesler",
           "Rainier", "Aurora", "Beacon", "Fremont", "Hawthorne", "Wabash", "Kedzie",
           "Cesar Chavez", "Dolores", "Mission", "Broadway", "Main", "Elm", "Oak",
           "Pine", "Washington", "Jefferson", "Fairview", "Sunset", "Prospect",
           "Orchard", "Willow Creek", "Quail Run", "Bayou", "Tchoupitoulas",
           "Mililani", "Kalanianaole", "Hiawatha", "Federal", "Glenwood", "Wisteria"]
SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pl", "Ter", "Cir",
          "Pkwy", "Street", "Avenue", "Road", "Drive"]
DIRS = ["", "", "", "", "N ", "S ", "E ", "W ", "NE ", "SW ", "SE "]
UNITS = ["Apt 4B", "Apt 12", "Unit 3", "# 305", "Apt. 2F", "Ste 110", "Trlr 14",
         "Unit B", "Apt 1107", "Bldg 6 Apt 204", "Apt 3R", "Lot 27"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        return '%dth' % n
    return '%d%s' % (n, {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th'))


def foreign_id(p):
    k = ri(0, 3)
    if k == 0:
        return 'CA-SIN', mksin()
    if k == 1:
        return 'MX-CURP', mkcurp(p.first, p.last, p.dob, p.sex)
    if k == 2:
        return 'UK-NINO', mknino()
    return 'IN-AADHAAR', mkaadhaar()


def mkaddr():
    c = ch(CITIES[:7]) if maybe(0.4) else ch(CITIES)
    city, county, st, zips, acs = c
    k = ri(0, 19)
    unit = ''
    if k < 12:
        street = '%d %s%s %s' % (ri(10, 19999), ch(DIRS), ch(STREETS), ch(SUFFIX))
    elif k < 15:
        street = '%d %s%s %s' % (ri(100, 9999), ch(DIRS), ordinal(ri(1, 160)), ch(['St', 'Ave', 'Street', 'Avenue']))
    elif k == 15:
        street = 'PO Box %d' % ri(100, 99999)
    elif k == 16:
        street = 'HC %d Box %d' % (ri(1, 80), ri(100, 9999))
    elif k == 17:
        street = '%d County Road %d' % (ri(100, 9999), ri(1, 400))
    elif k == 18:
        street = 'RR %d Box %d' % (ri(1, 9), ri(10, 999))
    else:
        street = '%d %s %s' % (ri(10, 9999), ch(["Calle del Sol", "Avenida Las Palmas", "Via Serena", "Rue Royale", "Kapiolani"]), ch(['', 'Blvd', 'St']))
        street = street.strip()
    if k < 15 and maybe(0.35):
        unit = ch(UNITS)
    z = ch(zips)
    return dict(street=street, unit=unit, city=city, county=county, state=st,
                zip=z, zip4=z + '-' + '%04d' % ri(1, 9999), acs=acs)


def fold(s):
    for a, b in (('ł', 'l'), ('Ł', 'L'), ('đ', 'd'), ('Đ', 'D'), ('ø', 'o'),
                 ('Ø', 'O'), ('ß', 'ss'), ('æ', 'ae')):
        s = s.replace(a, b)
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return ''.join(c for c in s.lower() if c.isascii() and c.isalnum())


EMAIL_DOMAINS = (["gmail.com"] * 7 + ["yahoo.com"] * 3 +
                 ["outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net",
                  "att.net", "proton.me", "msn.com", "live.com", "ymail.com",
                  "charter.net", "q.com", "sbcglobal.net", "me.com"])


def mkemail(first, last, year):
    f = fold(first.split()[0].split('-')[0]) or 'member'
    l = fold(last.replace('-', ' ').split()[-1]) or 'x'
    y2 = str(year)[2:]
    k = ri(0, 8)
    local = [f + '.' + l, f + l + y2, f[0] + l, l + '.' + f, f + '_' + l[0],
             f + '.' + l + str(ri(1, 99)), f[0] + '.' + l + str(year), l + f[0] + y2,
             f + str(ri(100, 999))][k]
    return local + '@' + ch(EMAIL_DOMAINS)


def mkphone(acs):
    ac = ch(acs)
    while True:
        ex = '%d%d%d' % (ri(2, 9), ri(0, 9), ri(0, 9))
        if ex[1:] != '11' and ex != '555':
            break
    return ac + ex + '%04d' % ri(0, 9999)


def pfmt(d, st=None):
    st = ri(0, 7) if st is None else st
    a, e, l = d[:3], d[3:6], d[6:]
    return ['(%s) %s-%s' % (a, e, l), '%s-%s-%s' % (a, e, l), '+1' + d,
            '%s.%s.%s' % (a, e, l), d, '+1 %s %s %s' % (a, e, l),
            '1-%s-%s-%s' % (a, e, l), '+1 (%s) %s-%s' % (a, e, l)][st]


REF = date(2024, 5, 13)


def dfmt(d, style=None):
    style = style or ch(['iso', 'iso', 'iso', 'us', 'compact', 'isot', 'mon', 'long', 'usn'])
    if style == 'iso':
        return d.isoformat()
    if style == 'us':
        return '%02d/%02d/%d' % (d.month, d.day, d.year)
    if style == 'usn':
        return '%d/%d/%d' % (d.month, d.day, d.year)
    if style == 'compact':
        return d.strftime('%Y%m%d')
    if style == 'isot':
        return d.isoformat() + 'T00:00:00'
    if style == 'isoz':
        return d.isoformat() + 'T00:00:00Z'
    if style == 'mon':
        return d.strftime('%d-%b-%Y')
    if style == 'long':
        return '%s %d, %d' % (d.strftime('%B'), d.day, d.year)
    raise ValueError(style)


def svc_date(back=420):
    return REF - timedelta(days=ri(1, back))


def appt_date():
    return REF + timedelta(days=ri(1, 75))


# ---- identifiers ----
def luhn_check(body):
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    n = re.sub(r'\D', '', num)
    return luhn_check(n[:-1]) == n[-1]


def mkssn():
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    return '%03d' % a, '%02d' % ri(1, 99), '%04d' % ri(1, 9999)


def mkcard():
    k = ch(['visa', 'visa', 'visa', 'mc', 'mc', 'amex', 'disc'])
    if k == 'visa':
        body = '4' + digs(14)
    elif k == 'mc':
        body = '5' + str(ri(1, 5)) + digs(13)
    elif k == 'amex':
        body = '3' + ch('47') + digs(12)
    else:
        body = '6011' + digs(11)
    n = body + luhn_check(body)
    assert luhn_ok(n)
    return k, n


def cardfmt(n, sep=None):
    sep = ch(['', ' ', '-', '']) if sep is None else sep
    if len(n) == 15:
        g = [n[:4], n[4:10], n[10:]]
    else:
        g = [n[i:i + 4] for i in range(0, 16, 4)]
    return sep.join(g)


def mkimei():
    body = ch(['35', '35', '86', '01', '49']) + digs(12)
    n = body + luhn_check(body)
    assert luhn_ok(n)
    return n


def mkmac(sep=':', upper=None):
    upper = maybe(0.5) if upper is None else upper
    m = sep.join(hexs(2) for _ in range(6))
    return m.upper() if upper else m


VIN_MAP = dict({str(d): d for d in range(10)},
               A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5,
               P=7, R=9, S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9)
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'


def vin_check(v):
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    return 'X' if s == 10 else str(s)


def mkvin():
    wmi = ch(["1HG", "1FT", "2T1", "5YJ", "JTD", "1G1", "3VW", "KMH", "WBA", "1C4",
              "5NP", "4T1", "JN8", "2HK", "1N4", "3FA"])
    v = wmi + ''.join(ch(VIN_CH) for _ in range(5)) + '0' + ch('GHJKLMNPR') + ch(VIN_CH) + digs(6)
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_check(v) == v[8] and len(v) == 17
    return v


def mkplate(st):
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    if st == 'CA':
        return str(ri(5, 9)) + letters(3, L) + digs(3)
    if st == 'WA':
        return letters(3, L) + digs(4)
    if st == 'OR':
        return digs(3) + ' ' + letters(3, L)
    if st == 'TX':
        return letters(3, L) + '-' + digs(4)
    return letters(3, L) + ch(['-', '', ' ']) + digs(4)


def mkdl(st):
    L = 'ABCDEFGHJKLMNPRSTUVWXYZ'
    if st == 'WA':
        return 'WDL' + ''.join(ch(VIN_CH) for _ in range(9))
    if st == 'CA':
        return ch(L) + digs(7)
    if st == 'TX':
        return digs(8)
    if st == 'NY':
        return digs(3) + ' ' + digs(3) + ' ' + digs(3)
    if st == 'FL':
        return '%s%s-%s-%s-%s-%s' % (ch(L), digs(3), digs(3), digs(2), digs(3), digs(1))
    if st == 'IL':
        return '%s%s-%s-%s' % (ch(L), digs(3), digs(4), digs(4))
    if st == 'OR':
        return digs(7)
    if st == 'AZ':
        return ch(L) + digs(8)
    return ch(L) + digs(ri(7, 8))


MBI_L = 'ACDEFGHJKMNPQRTUVWXY'


def mkmbi():
    an = MBI_L + '0123456789'
    return ''.join([str(ri(1, 9)), ch(MBI_L), ch(an), str(ri(0, 9)), ch(MBI_L), ch(an),
                    str(ri(0, 9)), ch(MBI_L), ch(MBI_L), str(ri(0, 9)), str(ri(0, 9))])


def mbifmt(m, dash=None):
    dash = maybe(0.3) if dash is None else dash
    return m[:4] + '-' + m[4:7] + '-' + m[7:] if dash else m


def mkmedicaid(st):
    if st == 'WA':
        return digs(9) + 'WA'
    if st == 'CA':
        return '9' + digs(7) + ch('ABCDEFGH')
    if st == 'NY':
        return letters(2) + digs(5) + letters(1)
    if st == 'OR':
        return letters(2) + digs(5) + letters(1)
    if st == 'TX':
        return '5' + digs(8)
    return digs(10)


def mkmember_id():
    return ch(['TWH', 'TWH', 'TWM', 'TWC', 'TWX', 'QHT']) + digs(9)


def mkpatient_id():
    return ch(['twh-mbr-', 'mbr-', 'TWHP']) + digs(8)


def mkmrn():
    return ch([lambda: digs(8), lambda: 'E' + digs(7), lambda: 'MRN' + digs(9),
               lambda: '00' + digs(7)])()


def mksin():
    body = ch('1234567') + digs(7)
    n = body + luhn_check(body)
    assert luhn_ok(n)
    return '%s %s %s' % (n[:3], n[3:6], n[6:])


CURP_CH = '0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ'


def mkcurp(first, last, dob, sex):
    L = fold(last).upper() or 'XX'
    F = fold(first).upper() or 'X'
    vow = [c for c in L[1:] if c in 'AEIOU'] or ['X']
    s = (L[0] + vow[0] + ch('AEGHLMOPRSV') + F[0] + dob.strftime('%y%m%d') +
         ('M' if sex == 'F' else 'H') + ch(['DF', 'JC', 'NL', 'BC', 'SR', 'CH', 'MC', 'GT', 'OC', 'MN']) +
         letters(3, 'BCDFGHJKLMNPRSTVZ') + (ch('0123456789') if dob.year < 2000 else ch('ABCDEF')))
    tot = sum(CURP_CH.index(c) * (18 - i) for i, c in enumerate(s))
    return s + str((10 - tot % 10) % 10)


def mknino():
    while True:
        a = ch('ABCEGHJKLMNOPRSTWXYZ') + ch('ABCEGHJKLMNPRSTWXYZ')
        if a not in ('BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ'):
            break
    return '%s %s %s %s %s' % (a, digs(2), digs(2), digs(2), ch('ABCD'))


VH_D = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 2, 3, 4, 0, 6, 7, 8, 9, 5],
        [2, 3, 4, 0, 1, 7, 8, 9, 5, 6], [3, 4, 0, 1, 2, 8, 9, 5, 6, 7],
        [4, 0, 1, 2, 3, 9, 5, 6, 7, 8], [5, 9, 8, 7, 6, 0, 4, 3, 2, 1],
        [6, 5, 9, 8, 7, 1, 0, 4, 3, 2], [7, 6, 5, 9, 8, 2, 1, 0, 4, 3],
        [8, 7, 6, 5, 9, 3, 2, 1, 0, 4], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]]
VH_P = [[0, 1, 2, 3, 4, 5, 6, 7, 8, 9], [1, 5, 7, 6, 2, 8, 3, 0, 9, 4],
        [5, 8, 0, 3, 7, 9, 6, 1, 4, 2], [8, 9, 1, 6, 0, 4, 3, 5, 2, 7],
        [9, 4, 5, 3, 1, 2, 6, 8, 7, 0], [4, 2, 8, 6, 5, 7, 3, 9, 0, 1],
        [2, 7, 9, 3, 8, 0, 6, 4, 1, 5], [7, 0, 4, 6, 9, 1, 3, 2, 5, 8]]
VH_INV = [0, 4, 3, 2, 1, 5, 6, 7, 8, 9]


def mkaadhaar():
    body = str(ri(2, 9)) + digs(10)
    c = 0
    for i, d in enumerate(reversed(body)):
        c = VH_D[c][VH_P[(i + 1) % 8][int(d)]]
    n = body + str(VH_INV[c])
    c = 0
    for i, d in enumerate(reversed(n)):
        c = VH_D[c][VH_P[i % 8][int(d)]]
    assert c == 0
    return '%s %s %s' % (n[:4], n[4:8], n[8:])


def aba():
    while True:
        d = [int(x) for x in ('%02d' % ch([ri(1, 12), ri(21, 32)])) + digs(6)]
        for d9 in range(10):
            dd = d + [d9]
            if (3 * (dd[0] + dd[3] + dd[6]) + 7 * (dd[1] + dd[4] + dd[7]) + dd[2] + dd[5] + dd[8]) % 10 == 0:
                return ''.join(map(str, dd))


def iban_gb():
    bban = ch(['NWBK', 'BARC', 'LOYD', 'HBUK', 'MIDL']) + digs(6) + digs(8)
    num = ''.join(str(int(c, 36)) for c in bban + 'GB00')
    chk = 98 - int(num) % 97
    return 'GB%02d%s' % (chk, bban)


def npi():
    body = ch('12') + digs(8)
    return body + luhn_check('80840' + body)


def dea(last):
    d = [int(x) for x in digs(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return ch('ABFM') + fold(last)[0].upper() + ''.join(map(str, d)) + str(c)


def pub_ip():
    k = ri(0, 9)
    if k == 9:
        pre = ch(['2601:', '2600:1700:', '2607:fb90:', '2603:8001:', '2600:387:'])
        n = 8 - pre.count(':')
        return pre + ':'.join('%x' % ri(1, 0xffff) for _ in range(n))
    pre = ch(['73.', '24.', '50.', '67.', '68.', '69.', '71.', '76.', '97.', '98.', '99.',
              '107.77.', '172.58.', '174.', '184.', '108.', '66.', '75.', '208.', '70.',
              '162.', '47.'])
    parts = pre.rstrip('.').split('.')
    while len(parts) < 4:
        parts.append(str(ri(1, 254)))
    return '.'.join(parts)


def priv_ip():
    return ch(['10.%d.%d.%d' % (ri(0, 40), ri(0, 255), ri(2, 254)),
               '172.%d.%d.%d' % (ri(16, 31), ri(0, 255), ri(2, 254)),
               '192.168.%d.%d' % (ri(0, 9), ri(2, 254)),
               '169.254.%d.%d' % (ri(129, 130), ri(1, 9)),
               '127.0.0.1', '168.63.129.16'])


def doc_ip():
    return ch(['203.0.113.%d', '198.51.100.%d', '192.0.2.%d']) % ri(1, 254)


def azure_ip():
    return ch(['20.%d.%d.%d', '40.%d.%d.%d', '52.%d.%d.%d', '13.%d.%d.%d']) % (ri(40, 200), ri(0, 255), ri(1, 254))


class Person:
    def __init__(self, amin=0, amax=96, sex=None):
        self.sex = sex or ch('FM')
        pool = FEM if self.sex == 'F' else MALE
        self.first = ch(pool) if maybe(0.88) else ch(UNI)
        self.middle = ch(FEM + MALE) if maybe(0.3) else ''
        self.mi = self.middle[0] if self.middle else ''
        last = ch(LAST)
        if maybe(0.1):
            last = last + '-' + ch([x for x in LAST if ' ' not in x and '-' not in x])
        self.last = last
        age = ri(amin, amax)
        self.dob = REF - timedelta(days=age * 365 + age // 4 + ri(1, 360))
        self.age = REF.year - self.dob.year - ((REF.month, REF.day) < (self.dob.month, self.dob.day))
        self.addr = mkaddr()
        self.phone = mkphone(self.addr['acs'])
        self.email = mkemail(self.first, self.last, self.dob.year)
        self.mid = mkmember_id()
        self._c = {}

    def lazy(self, k, f):
        if k not in self._c:
            self._c[k] = f()
        return self._c[k]

    @property
    def ssn(self):
        return self.lazy('ssn', mkssn)

    @property
    def mbi(self):
        return self.lazy('mbi', mkmbi)

    @property
    def pid(self):
        return self.lazy('pid', mkpatient_id)

    def name(self, style=None):
        style = style or ch(['fl', 'fl', 'fl', 'fml', 'lf', 'LF', 'lfm'])
        f, l, mi = self.first, self.last, self.mi
        if style == 'fl':
            return f + ' ' + l
        if style == 'fml':
            return (f + ' ' + mi + '. ' + l) if mi else (f + ' ' + l)
        if style == 'fmidl':
            return (f + ' ' + self.middle + ' ' + l) if self.middle else (f + ' ' + l)
        if style == 'lf':
            return l + ', ' + f
        if style == 'LF':
            return (l + ', ' + f).upper()
        if style == 'lfm':
            return l + ', ' + f + ((' ' + mi) if mi else '')
        if style == 'FL':
            return (f + ' ' + l).upper()
        raise ValueError(style)

    def addr1(self):
        a = self.addr
        return a['street'] + ((' ' + a['unit']) if a['unit'] else '')

    def zipv(self):
        return self.addr['zip4'] if maybe(0.25) else self.addr['zip']


KEYS = {
    'mid': ["memberId", "memberId", "member_id", "mbrId", "enrolleeId", "cardholderId", "insuredId",
            "sbscrbrId", "MBR_NUM", "healthPlanMemberNumber", "memberNumber", "memberID"],
    'dob': ["dob", "birthDate", "dateOfBirth", "DOB", "birth_dt", "mbrBirthDt", "dateOfBirth", "birthdate"],
    'phone': ["phone", "mobile", "cellPhone", "homePhone", "primaryPhone", "contactNumber", "phoneNbr", "mobileNumber"],
    'email': ["email", "emailAddress", "eMail", "contactEmail", "notificationEmail", "loginEmail", "emailAddr"],
    'first': ["firstName", "givenName", "first_name", "fname", "FirstName", "mbrFirstNm"],
    'last': ["lastName", "familyName", "last_name", "lname", "surname", "mbrLastNm"],
    'name': ["memberName", "name", "fullName", "displayName", "patientName", "enrolleeName", "insuredName"],
    'zip': ["zip", "postalCode", "zipCode", "zip5", "postal_code", "ZIP"],
}


def K(kind):
    return ch(KEYS[kind])


def old_person():
    return Person(90, 104)


# ----------------------------------------------------------------------------
# organisation / staff / clinicians (never labeled)
# ----------------------------------------------------------------------------
ORG = "Tidewell Health Plans"
ORG_PHONES = {"memberServices": "1-866-482-7730", "tty": "711",
              "pharmacyHelpDesk": "1-877-390-4412", "nurseLine": "1-855-617-2208",
              "providerServices": "1-800-738-2291", "umFax": "1-866-214-9087",
              "appealsFax": "(206) 832-4471", "mainOffice": "(206) 832-4400"}
ORG_ADDR = ("1200 Harbor Pointe Blvd", "Suite 400", "Seattle", "WA", "98121")
ORG_CLAIMS_ADDR = ("PO Box 34120", "Seattle", "WA", "98124-1120")
FACILITIES = [("Puget Crest Medical Center", "1040 Alder Ridge Way", "Tacoma", "WA", "98402", "(253) 403-1000"),
              ("Saint Aldric Hospital", "3300 Meridian Ave N", "Seattle", "WA", "98103", "(206) 720-5100"),
              ("Rainier Valley Community Clinic", "4400 Rainier Ave S", "Seattle", "WA", "98126", "(206) 461-7790"),
              ("Cascade Foothills Dialysis", "915 E Spruce St", "Yakima", "WA", "98903", "(509) 248-3321"),
              ("Willamette Bend Orthopedics", "2800 NE Sandy Blvd", "Portland", "OR", "97232", "(503) 413-2200"),
              ("Sonoran Desert Family Health", "1601 N Campbell Ave", "Tucson", "AZ", "85724", "(520) 694-0111")]
CLIN_RAW = [("Anita", "Raghunathan", "MD", "Internal Medicine"), ("Marcus", "Oyelaran", "MD", "Cardiology"),
            ("Kimberly", "Tran", "ARNP", "Family Medicine"), ("Tomasz", "Wierzbicki", "DO", "Orthopedic Surgery"),
            ("Rebecca", "Holloway", "PA-C", "Urgent Care"), ("Samuel", "Achterberg", "MD", "Endocrinology"),
            ("Farah", "Qureshi", "MD", "Nephrology"), ("Luis", "Echeverría", "MD", "Pediatrics"),
            ("Grace", "Whitfield", "RN", "Care Management"), ("Hyun-woo", "Shin", "MD", "Radiology"),
            ("Olga", "Petrenko", "DPM", "Podiatry"), ("Desmond", "Achebe", "MD", "Psychiatry"),
            ("Priya", "Raman", "PharmD", "Clinical Pharmacy"), ("Joy", "Castillo", "LCSW", "Behavioral Health")]
CLIN = [dict(first=f, last=l, cred=c, spec=s, npi=npi(), dea=dea(l)) for f, l, c, s in CLIN_RAW]


def clin():
    return ch(CLIN)


def clin_name(c, style=None):
    style = style or ri(0, 3)
    return ['Dr. %s %s' % (c['first'], c['last']), '%s %s, %s' % (c['first'], c['last'], c['cred']),
            '%s, %s' % (c['last'].upper(), c['first'].upper()), '%s %s' % (c['first'], c['last'])][style]


STAFF_UPN = ["jmorales.admin@tidewellhealth.com", "kpatel@tidewellhealth.com",
             "svc-eligibility@tidewellhealth.onmicrosoft.com", "ops-oncall@tidewellhealth.com",
             "a.nwosu@tidewellhealth.com", "lchen-adm@tidewellhealth.com",
             "bsandoval@tidewellhealth.com", "svc-b2c-graph@tidewellmembers.onmicrosoft.com"]
STAFF_NAMES = ["Priya Raman (Claims Ops)", "Jorge Morales", "Adaeze Nwosu", "Lin Chen (Platform)",
               "Brenda Sandoval", "Tom Kealoha (Member Services)"]

TENANT = guid()
B2C_TENANT = guid()
SUB = guid()
WS_ID = guid()
APPI_ID = guid()
IKEY = guid()
B2C_EXT = hexs(32)
MEMBER_APP_ID = guid()
PORTAL_APP_ID = guid()

FUNC_APPS = [("func-twh-eligibility-prod", ["CheckEligibility", "Eligibility270Builder", "RefreshAccumulators"]),
             ("func-twh-enrollment-prod", ["ProcessEnrollment834", "EnrollmentReconcile", "MemberIdCardRegen"]),
             ("func-twh-notify-prod", ["SendMemberSms", "SendClaimStatusPush", "DigestEmailer"]),
             ("func-twh-claims-prod", ["ClaimStatusSync", "EobRenderer", "PriorAuthIntake"]),
             ("func-twh-rpm-prod", ["RpmReadingIngest", "RpmAlertEvaluator", "RpmKitShipment"])]
APPS = ["app-twh-member-portal-prod", "app-twh-members-api-prod", "app-twh-broker-portal-prod",
        "app-twh-idcard-svc-prod"]
PLAN_IDS = ["TWH-GOLD-HMO-2024", "TWH-SILVER-EPO-2024", "TWH-BRONZE-HSA-2024", "H5521-014",
            "H5521-022", "TWH-MEDICAID-AH-2024", "TWH-PPO-LG-0048120"]
GROUPS = ["0048120", "GRP-77120", "0019934", "G-5512-03", "0003317"]
QUEUES = ["sbq-enrollment-inbound", "sbq-eligibility-270", "sbq-claims-status",
          "sbq-priorauth-intake", "sbq-notify-sms", "sbq-idcard-regen"]
TOPICS = ["sbt-member-events", "sbt-claim-events", "sbt-auth-events"]


def claim_no():
    return ch([lambda: '24%03dE%s' % (ri(1, 134), digs(6)), lambda: 'CLM-2024-' + digs(8),
               lambda: 'C' + digs(11)])()


def auth_no():
    return ch([lambda: 'PA24-' + digs(7), lambda: 'UM' + digs(9), lambda: 'AUTH-%s' % digs(8)])()


def order_no():
    return ch([lambda: 'ORD-' + digs(8), lambda: 'SO-2024-' + digs(6), lambda: 'RPM-K' + digs(7)])()


def build_no():
    return '2024%02d%02d.%d' % (ri(4, 5), ri(1, 12), ri(1, 9))


def semver():
    return '%d.%d.%d' % (ri(1, 6), ri(0, 30), ri(0, 12))


def sha256h():
    return hashlib.sha256(rbytes(16)).hexdigest()


def role_instance():
    return ch([lambda: 'RD' + hexs(12, True), lambda: 'pl1sdlwk%06X' % ri(0, 0xffff),
               lambda: 'lw1sdlwk%06X' % ri(0, 0xffff), lambda: hexs(12) + '-' + hexs(5)])()


def mem_ua():
    return ch(["TidewellMember/5.12.0 (iPhone; iOS 17.4.1; Scale/3.00)",
               "TidewellMember/5.11.3 (Android 14; SM-S918U; Build/UP1A.231005.007)",
               "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
               "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0",
               "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.113 Mobile Safari/537.36",
               "okhttp/4.12.0", "Dalvik/2.1.0 (Linux; U; Android 12; moto g stylus 5G Build/S2RDS32.33-18-2-3)"])


def jpeg_datauri(n=None):
    n = n or ri(700, 1800)
    raw = bytes.fromhex('FFD8FFE000104A46494600010101004800480000FFDB004300') + rbytes(n) + b'\xff\xd9'
    return 'data:image/jpeg;base64,' + base64.b64encode(raw).decode()


def gtin14():
    body = '0' + '0850006' + digs(5)
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return body + str((10 - tot % 10) % 10)


def fmr_template():
    raw = b'FMR\x00 20\x00' + rbytes(ri(220, 520))
    return base64.b64encode(raw).decode()


# ----------------------------------------------------------------------------
# Application Insights: traces
# ----------------------------------------------------------------------------
NET_CATS = ["Tidewell.Members.Api.Services.EligibilityService",
            "Tidewell.Members.Api.Controllers.ProfileController",
            "Tidewell.Members.Api.Controllers.IdCardController",
            "Tidewell.Notify.SmsDispatcher", "Tidewell.Claims.StatusSync",
            "Tidewell.Enrollment.Edi834Processor", "Tidewell.Billing.AutopayService",
            "Tidewell.CareMgmt.OutreachEngine", "Tidewell.Identity.ProofingService",
            "Tidewell.Rpm.DeviceRegistry"]
SAFE_PATHS = ["/api/v2/eligibility/check", "/api/v2/members/me/profile", "/api/v2/plans/2024/summary",
              "/api/v2/claims/search", "/api/v2/idcards/render", "/api/v2/notifications/preferences",
              "/api/v2/priorauth", "/api/v2/billing/autopay", "/api/v2/rpm/readings"]


def ai_np_tpl():
    c = clin()
    f = ch(FACILITIES)
    T = [
        lambda: ("Retrieved {RowCount} benefit rows for plan {PlanId} (year {PlanYear}) in {ElapsedMs}ms",
                 dict(RowCount=ri(3, 220), PlanId=ch(PLAN_IDS), PlanYear=2024, ElapsedMs=ri(2, 900))),
        lambda: ("Claim {ClaimNumber} status changed {From} -> {To} (reason {ReasonCode})",
                 dict(ClaimNumber=claim_no(), From=ch(["Received", "Pended"]), To=ch(["Adjudicated", "Paid", "Denied"]),
                      ReasonCode=ch(["CO-45", "PR-1", "CO-97", "N130", "M15"]))),
        lambda: ("Prior authorization {AuthNumber} routed to queue {Queue} by rule {RuleId}",
                 dict(AuthNumber=auth_no(), Queue=ch(["um-intake-high", "um-intake-std", "um-peer-review"]), RuleId='PA-RULE-%d' % ri(100, 240))),
        lambda: ("Token acquired for scope {Scope} from {Source}; expires in {ExpiresIn}s",
                 dict(Scope=ch(["api://twh-claims-core/.default", "https://azurehealthcareapis.com/.default", "https://vault.azure.net/.default"]),
                      Source=ch(["cache", "ManagedIdentityCredential", "ClientSecretCredential"]), ExpiresIn=ri(300, 86399))),
        lambda: ("Rendering provider {ProviderName} (NPI {Npi}) resolved to network tier {Tier}",
                 dict(ProviderName=clin_name(c), Npi=c['npi'], Tier=ch(["Tier1", "Tier2", "OutOfNetwork"]))),
        lambda: ("Circuit breaker {Breaker} moved to {State} after {Failures} consecutive failures",
                 dict(Breaker=ch(["ClaimsCore", "CmsEligibility", "PbmGateway", "AddressValidation"]), State=ch(["Open", "HalfOpen", "Closed"]), Failures=ri(3, 12))),
        lambda: ("Cosmos DB query on {Container} consumed {RequestCharge} RU, returned {Count} items (continuation: {HasMore})",
                 dict(Container=ch(["profiles", "preferences", "idcards", "leases", "outbox"]), RequestCharge='%.2f' % (R.random() * 60 + 2.8), Count=ri(0, 100), HasMore=ch(["true", "false"]))),
        lambda: ("Notification batch {BatchId} dispatched: {Delivered} delivered, {Failed} failed, {Suppressed} suppressed by quiet hours",
                 dict(BatchId='nb-%s-%02d' % (NOW[0].strftime('%Y%m%d'), ri(1, 40)), Delivered=ri(100, 9000), Failed=ri(0, 40), Suppressed=ri(0, 300))),
        lambda: ("Member age band {AgeBand} applied for rating table {RatingTable}; tobacco={Tobacco}",
                 dict(AgeBand=ch(["0-14", "21-24", "35-39", "45-54", "60-64", "64+"]), RatingTable='RT-2024-Q%d' % ri(1, 4), Tobacco=ch(["N", "Y"]))),
        lambda: ("ID card template {Template} rendered in {ElapsedMs}ms (pages={Pages}, bytes={Bytes})",
                 dict(Template=ch(["idcard-commercial-v7", "idcard-ma-v3", "idcard-medicaid-v2"]), ElapsedMs=ri(40, 1900), Pages=ri(1, 2), Bytes=ri(40000, 310000))),
        lambda: ("Member services number for group {GroupNumber} resolved to {Phone} (TTY {Tty})",
                 dict(GroupNumber=ch(GROUPS), Phone=ORG_PHONES["memberServices"], Tty=ORG_PHONES["tty"])),
        lambda: ("Accumulator refresh completed for plan year {PlanYear}: {Updated} members updated, {Skipped} skipped, build {Build}",
                 dict(PlanYear=2024, Updated=ri(1000, 90000), Skipped=ri(0, 300), Build=build_no())),
        lambda: ("Health check {Check} {Status} in {ElapsedMs}ms",
                 dict(Check=ch(["cosmos", "servicebus", "redis", "fhir", "claims-core"]), Status=ch(["Healthy", "Healthy", "Degraded"]), ElapsedMs=ri(1, 400))),
        lambda: ("Outbox dispatcher published {Count} events to {Topic}; last sequence {Seq}",
                 dict(Count=ri(1, 500), Topic=ch(TOPICS), Seq=ri(100000, 9999999))),
        lambda: ("Feature flag {Flag} evaluated to {Value} for tenant {Tenant} (rollout {Pct}%)",
                 dict(Flag=ch(["DigitalIdCardV2", "RpmAlertsSms", "PriorAuthApiV3"]), Value=ch(["true", "false"]), Tenant="tidewell", Pct=ch([5, 10, 25, 50, 100]))),
        lambda: ("Audit export requested by {Staff} completed: {Rows} rows written to {Path}",
                 dict(Staff=ch(STAFF_UPN), Rows=ri(10, 50000), Path='exports/audit/%s/part-%05d.parquet' % (NOW[0].strftime('%Y/%m/%d'), ri(0, 40)))),
        lambda: ("Facility {Facility} directory entry refreshed: phone {Phone}, address {Address}",
                 dict(Facility=f[0], Phone=f[5], Address='%s, %s, %s %s' % (f[1], f[2], f[3], f[4]))),
        lambda: ("Premium rating: age {Age}, tier {Tier}, rating area {RatingArea} -> {Premium} USD",
                 dict(Age=ri(21, 89), Tier=ch(["EE", "ES", "FAM"]), RatingArea='WA-%d' % ri(1, 9), Premium='%.2f' % (R.random() * 1400 + 200))),
        lambda: ("Prescriber DEA {Dea} verified for {Prescriber} (registration expires {Expires})",
                 dict(Dea=c['dea'], Prescriber=clin_name(c, 0), Expires='%d-%02d-%02d' % (ri(2024, 2027), ri(1, 12), ri(1, 28)))),
        lambda: ("Case {CaseId} reassigned from {FromStaff} to {ToStaff} (queue {Queue})",
                 dict(CaseId='CM-%07d' % ri(1, 9999999), FromStaff=ch(STAFF_NAMES), ToStaff=ch(STAFF_NAMES), Queue=ch(["cm-geriatrics", "cm-peds", "um-appeals"]))),
        lambda: ("Appeal {AppealId} acknowledgment letter generated; reply fax {Fax}, mail to {Mail}",
                 dict(AppealId='APL-2024-%06d' % ri(1, 99999), Fax=ORG_PHONES["appealsFax"], Mail='%s, %s, %s %s' % ORG_CLAIMS_ADDR)),
    ]
    tpl, args = ch(T)()
    return tpl, args, ch(NET_CATS)


def ai_phi_tpl():
    p = Person()
    T = [
        lambda: ("Eligibility check for member {MemberId} dob {DateOfBirth} returned {Status}",
                 dict(MemberId=P(p.mid, 'health_plan'), DateOfBirth=P(dfmt(p.dob, ch(['iso', 'us', 'compact'])), 'date'),
                      Status=ch(["Active", "Termed", "Pending", "NotFound"]))),
        lambda: ("Sending one-time passcode to {PhoneNumber} for member {MemberId} (channel {Channel})",
                 dict(PhoneNumber=P(pfmt(p.phone, ch([2, 5, 1, 0])), 'phone'), MemberId=P(p.mid, 'health_plan'), Channel=ch(["sms", "voice"]))),
        lambda: ("Mailing address updated for {MemberName}: {AddressLine1}, {City}, {State} {PostalCode}",
                 dict(MemberName=P(p.name(ch(['fl', 'fml', 'lf'])), 'name'), AddressLine1=P(p.addr1(), 'address'),
                      City=P(p.addr['city'], 'address'), State=p.addr['state'], PostalCode=P(p.zipv(), 'zip'))),
        lambda: ("MBI {Mbi} not found in CMS eligibility response for {MemberName}",
                 dict(Mbi=P(mbifmt(p.mbi), 'health_plan'), MemberName=P(p.name(ch(['lf', 'LF'])), 'name'))),
        lambda: ("Payment method update failed for account holder {AccountHolder}: card {CardNumber} declined ({DeclineCode})",
                 dict(AccountHolder=P(p.name('fl'), 'name'), CardNumber=P(cardfmt(mkcard()[1]), 'account'), DeclineCode=ch(["05", "51", "54", "N7"]))),
        lambda: ("Welcome email queued to {Email} (template {Template}, member {MemberId})",
                 dict(Email=P(p.email, 'email'), Template=ch(["welcome-commercial-v4", "welcome-ma-v2"]), MemberId=P(p.mid, 'health_plan'))),
        lambda: ("Caregiver {CaregiverName} ({Relationship}) granted proxy access to member {MemberId}",
                 dict(CaregiverName=P(Person(25, 70).name('fl'), 'name'), Relationship=ch(["daughter", "son", "spouse", "niece"]), MemberId=P(p.mid, 'health_plan'))),
        lambda: (lambda d: ("Dependent {DependentName} (dob {Dob}) added under subscriber {SubscriberId}",
                            dict(DependentName=P(d.name(ch(['fl', 'fml'])), 'name'), Dob=P(dfmt(d.dob, 'us'), 'date'), SubscriberId=P(p.mid, 'health_plan'))))(Person(0, 25)),
        lambda: ("SSN mismatch for applicant {ApplicantName}: submitted {Ssn} did not match identity verification",
                 dict(ApplicantName=P(p.name('fml'), 'name'), Ssn=P('-'.join(p.ssn), 'ssn'))),
        lambda: ("Suspicious sign-in for member {MemberId} from {ClientIp} (ASN {Asn}); step-up MFA required",
                 dict(MemberId=P(p.mid, 'health_plan'), ClientIp=P(pub_ip(), 'ip'), Asn=ch(["7922", "21928", "7018", "22773"]))),
        lambda: ("Claim {ClaimNumber} for member {MemberId} (DOS {ServiceDate}) pended: missing modifier on line {Line}",
                 dict(ClaimNumber=claim_no(), MemberId=P(p.mid, 'health_plan'), ServiceDate=P(dfmt(svc_date(), 'iso'), 'date'), Line=ri(1, 6))),
        lambda: ("Medicaid ID {MedicaidId} linked to member {MemberId} from state 834 feed",
                 dict(MedicaidId=P(mkmedicaid(p.addr['state']), 'health_plan'), MemberId=P(p.mid, 'health_plan'))),
        lambda: ("ID card share link created: {ShareUrl} (expires in {Hours}h)",
                 dict(ShareUrl=P('https://members.tidewellhealth.com/idcard/share/%s?m=%s&sig=%s' % (b64url(9), p.mid, b64url(24)), 'url'), Hours=ch([24, 48, 72]))),
        lambda: ("BLE pairing succeeded for glucometer {DeviceSerial} (MAC {Mac}) member {MemberId}",
                 dict(DeviceSerial=P(ch(['GM', 'CN', 'RB']) + digs(2) + letters(2) + digs(6), 'device'), Mac=P(mkmac(), 'device'), MemberId=P(p.mid, 'health_plan'))),
        lambda: ("Appeal {AppealId} acknowledgment faxed to authorized representative {RepName} at {FaxNumber}",
                 dict(AppealId='APL-2024-%06d' % ri(1, 99999), RepName=P(Person(30, 70).name('fl'), 'name'), FaxNumber=P(pfmt(mkphone(p.addr['acs']), ch([0, 1])), 'fax'))),
    ]
    T += [
        lambda: ("Voice biometric enrollment completed for member {MemberId}; voiceprint {Voiceprint} stored (vendor {Vendor})",
                 dict(MemberId=P(p.mid, 'health_plan'), Voiceprint=P('VPv3:' + b64(ri(90, 180)), 'biometric'), Vendor=ch(["NuanceGatekeeper", "Pindrop"]))),
        lambda: ("Identity proofing matched driver license {LicenseNumber} ({State}) for {MemberName}",
                 dict(LicenseNumber=P(mkdl(p.addr['state']), 'license'), State=p.addr['state'], MemberName=P(p.name('fl'), 'name'))),
        lambda: ("Medical records request for MRN {Mrn} sent to {Facility} (fax {FacilityFax}) for appeal {AppealId}",
                 dict(Mrn=P(mkmrn(), 'mrn'), Facility=ch(FACILITIES)[0], FacilityFax='(253) 403-%04d' % ri(1000, 9999), AppealId='APL-2024-%06d' % ri(1, 99999))),
        lambda: (lambda t: ("Coordination of benefits: member {MemberId} reports foreign coverage, national ID {NationalId} ({IdType})",
                            dict(MemberId=P(p.mid, 'health_plan'), NationalId=P(t[1], 'other_id'), IdType=t[0])))(foreign_id(p)),
        lambda: ("NEMT mileage reimbursement approved for {MemberName}: vehicle plate {Plate} ({PlateState}), {Miles} mi",
                 dict(MemberName=P(p.name('fl'), 'name'), Plate=P(mkplate(p.addr['state']), 'vehicle'), PlateState=p.addr['state'], Miles=ri(3, 140))),
    ]
    if maybe(0.12):
        o = old_person()
        assert o.age > 89
        tpl, args = ("Member {MemberId} age {Age} flagged for high-risk outreach; assigned to {CareTeam}",
                     dict(MemberId=P(o.mid, 'health_plan'), Age=P(str(o.age), 'age'), CareTeam=ch(["CM-Geriatrics-North", "CM-Complex-Care"])))
    else:
        tpl, args = ch(T)()
    return tpl, args, ch(NET_CATS)


def appi_rid():
    return '/subscriptions/%s/resourcegroups/rg-twh-observability-prod/providers/microsoft.insights/components/appi-twh-members-prod' % SUB


def fam_ai_trace(phi):
    tpl, args, cat = ai_phi_tpl() if phi else ai_np_tpl()
    msg = fmt(tpl, args)
    sev = ch([1, 1, 1, 2, 3]) if phi else ch([0, 1, 1, 1, 2])
    lvl = ["Trace", "Information", "Warning", "Error", "Critical"][sev] if sev else "Debug"
    if maybe(0.55):
        app, fns = ch(FUNC_APPS)
        fn = ch(fns)
        role, opname, sdk = app, fn, 'azurefunctions: 4.33.2.22572'
        dims = {"Category": "Function.%s.User" % fn, "LogLevel": lvl, "HostInstanceId": guid(),
                "InvocationId": guid(), "ProcessId": str(ri(20, 9000)), "prop__{OriginalFormat}": tpl}
        for k, v in args.items():
            dims["prop__" + k] = sv(v)
    else:
        role = ch(APPS)
        path = ch(SAFE_PATHS)
        opname = ch(["POST ", "GET ", "PUT "]) + path
        sdk = ch(['dotnetc:2.22.0-997', 'ilc:2.22.0-997', 'dotnetiso:1.2.0'])
        dims = {"CategoryName": cat, "{OriginalFormat}": tpl}
        for k, v in args.items():
            dims[k] = sv(v)
        conn = '0HN3' + hexs(8, True)
        dims.update({"AspNetCoreEnvironment": "Production", "RequestId": conn + ':%08X' % ri(1, 64),
                     "RequestPath": path, "ConnectionId": conn})
    if maybe(0.5):
        obj = {"timestamp": iso3(), "message": S(msg), "severityLevel": sev, "itemType": "trace",
               "customDimensions": dims, "operation_Name": opname, "operation_Id": hexs(32),
               "operation_ParentId": hexs(16), "session_Id": "", "user_Id": "",
               "user_AuthenticatedId": "", "application_Version": semver(), "client_Type": "PC",
               "client_IP": "0.0.0.0", "client_StateOrProvince": "", "client_CountryOrRegion": "",
               "cloud_RoleName": role, "cloud_RoleInstance": role_instance(), "appId": APPI_ID,
               "appName": "appi-twh-members-prod", "iKey": IKEY, "sdkVersion": sdk,
               "itemId": guid(), "itemCount": 1}
        if maybe(0.5):
            for k in ("session_Id", "user_Id", "client_StateOrProvince", "client_CountryOrRegion"):
                del obj[k]
    else:
        obj = {"TenantId": WS_ID, "TimeGenerated": iso7(), "Message": S(msg), "SeverityLevel": sev,
               "Properties": dims, "OperationName": opname, "OperationId": hexs(32), "ParentId": hexs(16),
               "SyntheticSource": "", "SessionId": "", "UserId": "", "UserAuthenticatedId": "",
               "AppVersion": semver(), "AppRoleName": role, "AppRoleInstance": role_instance(),
               "ClientType": "PC", "ClientIP": "0.0.0.0", "IKey": IKEY, "SDKVersion": sdk, "ItemCount": 1,
               "SourceSystem": "Azure", "Type": "AppTraces", "_ResourceId": appi_rid()}
    return 'appinsights_trace', J(obj, mode=ch(['py', 'py', 'ascii']))


# ----------------------------------------------------------------------------
# Application Insights: requests
# ----------------------------------------------------------------------------
def perf_bucket(ms):
    for lim, b in ((250, '<250ms'), (500, '250ms-500ms'), (1000, '500ms-1sec'), (3000, '1sec-3sec'), (7000, '3sec-7sec')):
        if ms < lim:
            return b
    return '7sec-15sec'


def fam_ai_request(phi):
    role = ch(APPS)
    host = ch(['api.tidewellhealth.com', 'members.tidewellhealth.com', role + '.azurewebsites.net'])
    client_ip, auth_id, user_id = '0.0.0.0', '', ''
    code = ch(['200', '200', '200', '201', '204', '304', '400', '401', '404', '500', '503'])
    if phi:
        p = Person()
        k = ri(0, 4)
        if k in (0, 4):
            rn, path = ch([("GET Members/GetIdCard [memberId]", "/api/v2/members/%s/idcard"),
                           ("GET Claims/List [memberId]", "/api/v2/members/%s/claims"),
                           ("GET Eob/Download [claimId/memberId]", "/api/v2/members/%s/eob/" + claim_no()),
                           ("GET Accumulators/Get [memberId]", "/api/v2/members/%s/accumulators")])
            a, b = path.split('%s')
            url = P('https://' + host + a + p.mid + b + ch(['', '?planYear=2024', '?page=2&pageSize=25']), 'url')
            name = rn if k == 0 else [rn.split()[0] + ' ' + a, P(p.mid, 'health_plan'), b]
        elif k == 1:
            q = 'lastName=%s&dateOfBirth=%s&zip=%s' % (urllib.parse.quote(p.last), dfmt(p.dob, 'iso'), p.addr['zip'])
            url = P('https://%s/api/v2/members/lookup?%s' % (host, q), 'url')
            name = "GET MemberLookup/Find"
        elif k == 2:
            url = P('https://api.tidewellhealth.com/patient-access/fhir/r4/Patient/%s/$everything?_count=%d' % (p.pid, ch([50, 100, 200])), 'url')
            name = "GET PatientAccess/Everything [id]"
        else:
            path = ch(SAFE_PATHS)
            url = 'https://' + host + path
            name = 'GET ' + path
            client_ip = P(pub_ip(), 'ip')
            auth_id = ch([P(p.email, 'email'), P(p.mid, 'health_plan')])
    else:
        path = ch(SAFE_PATHS + ["/health", "/api/v2/plans/%s/benefits" % ch(PLAN_IDS), "/api/v2/providers/%s" % clin()['npi'],
                                "/api/v2/claims/%s/status" % claim_no(), "/robots933456.txt", "/api/v2/formulary/search"])
        url = 'https://' + host + path + ch(['', '', '?api-version=2024-03-01', '?page=%d' % ri(1, 9)])
        name = ch(['GET ', 'POST ', 'GET ']) + path
        if maybe(0.3):
            auth_id = ch(STAFF_UPN)
    dur = round(R.random() * ch([120, 600, 2400, 9000]) + 3, 4)
    dims = {"_MS.ProcessedByMetricExtractors": "(Name:'Requests', Ver:'1.1')",
            "AspNetCoreEnvironment": "Production", "Host": host}
    if maybe(0.5):
        dims["Request-Context"] = "appId=cid-v1:" + APPI_ID
    obj = {"timestamp": iso3(), "id": hexs(16), "source": "", "name": name, "url": url,
           "success": code[0] in '23', "resultCode": code, "duration": dur, "performanceBucket": perf_bucket(dur),
           "itemType": "request", "customDimensions": dims, "operation_Name": plain(name) if not isinstance(name, list) else "GET " + path.split('%s')[0] + "{memberId}",
           "operation_Id": hexs(32), "operation_ParentId": hexs(16), "user_AuthenticatedId": auth_id,
           "user_Id": user_id, "client_Type": "PC", "client_IP": client_ip,
           "client_StateOrProvince": STATE_NAMES[ch(list(STATE_NAMES))] if client_ip != '0.0.0.0' else "",
           "client_CountryOrRegion": "United States", "cloud_RoleName": role,
           "cloud_RoleInstance": role_instance(), "appName": "appi-twh-members-prod",
           "sdkVersion": ch(['aspnet5c:2.22.0-997', 'dotnetiso:1.2.0']), "itemCount": 1}
    if isinstance(name, list):
        obj["name"] = S(name)
    return 'appinsights_request', J(obj, mode=ch(['py', 'ascii']))


# ----------------------------------------------------------------------------
# Application Insights: exceptions
# ----------------------------------------------------------------------------
def exc_np():
    T = [
        ("System.Threading.Tasks.TaskCanceledException", "The request was canceled due to the configured HttpClient.Timeout of 100 seconds elapsing.", "System.Net.Http"),
        ("StackExchange.Redis.RedisTimeoutException", "Timeout performing GET (5000ms), next: GET plan:benefits:%s, inst: 0, qu: 0, qs: %d, aw: False, bw: SpinningDown, rs: ReadAsync, ws: Idle, in: 0, serverEndpoint: redis-twh-prod.redis.cache.windows.net:6380, mc: 1/1/0, mgr: 10 of 10 available, clientName: %s(SE.Redis-v2.7.33.41805), IOCP: (Busy=0,Free=1000,Min=4,Max=1000), WORKER: (Busy=%d,Free=32755,Min=4,Max=32767), v: 2.7.33.41805" % (ch(PLAN_IDS), ri(1, 40), role_instance(), ri(3, 40)), "StackExchange.Redis"),
        ("Azure.Messaging.ServiceBus.ServiceBusException", "The lock supplied is invalid. Either the lock expired, or the message has already been removed from the queue. For more information please see https://aka.ms/ServiceBusExceptions . Reference:%s, TrackingId:%s_G%d, SystemTracker:gi::G%d:%s:amqps://sb-twh-prod.servicebus.windows.net/-%s;0:%d:%d, bi::in-connection%d(G%d-%d), Timestamp:%s (MessageLockLost)" % (guid(), guid(), ri(1, 30), ri(1, 30), ri(1000000, 9999999), hexs(8), ri(1, 9), ri(10, 99), ri(100, 9999), ri(1, 30), ri(100, 999), NOW[0].strftime('%m/%d/%Y %I:%M:%S %p')), "Azure.Messaging.ServiceBus"),
        ("Microsoft.Data.SqlClient.SqlException", "Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction." % ri(50, 400), "Core Microsoft SqlClient Data Provider"),
        ("Microsoft.Azure.Cosmos.CosmosException", "Response status code does not indicate success: TooManyRequests (429); Substatus: 3200; ActivityId: %s; Reason: (Request rate is large. More Request Units may be needed, so no changes were made. Please retry this request later.);" % guid(), "Microsoft.Azure.Cosmos.Client"),
        ("System.Net.Http.HttpRequestException", "Response status code does not indicate success: 503 (Service Unavailable).", "System.Net.Http"),
        ("System.Text.Json.JsonException", "The JSON value could not be converted to System.DateOnly. Path: $.coverage.effectiveDate | LineNumber: 0 | BytePositionInLine: %d." % ri(80, 900), "System.Text.Json"),
        ("Azure.RequestFailedException", "The specified blob does not exist.\nRBAC: Status: 404 (The specified blob does not exist.)\nErrorCode: BlobNotFound", "Azure.Storage.Blobs"),
        ("Polly.CircuitBreaker.BrokenCircuitException", "The circuit is now open and is not allowing calls.", "Polly"),
    ]
    return list(ch(T))


def exc_phi():
    p = Person()
    k = ri(0, 6)
    if k == 0:
        return ("Microsoft.Data.SqlClient.SqlException",
                ["Cannot insert duplicate key row in object 'dbo.MemberIdentity' with unique index 'UX_MemberIdentity_Ssn'. The duplicate key value is (",
                 P(ch(['-'.join(p.ssn), ''.join(p.ssn)]), 'ssn'), ").\nThe statement has been terminated."], "Core Microsoft SqlClient Data Provider")
    if k == 1:
        return ("Newtonsoft.Json.JsonReaderException",
                ["Could not convert string to DateTime: ", P(ch(['%02d.%02d.%d' % (p.dob.day, p.dob.month, p.dob.year), '%d/%d/%s' % (p.dob.month, p.dob.day, str(p.dob.year)[2:])]), 'date'),
                 ". Path 'subscriber.dob', line 1, position %d." % ri(90, 700)], "Newtonsoft.Json")
    if k == 2:
        return ("System.Collections.Generic.KeyNotFoundException",
                ["Member '", P(p.mid, 'health_plan'), "' (", P(p.name('fl'), 'name'), ") not found in container 'profiles'."], "Tidewell.Members.Core")
    if k == 3:
        return ("FluentValidation.ValidationException",
                ["Validation failed: \n -- Subscriber.PostalCode: '", P(p.addr['zip'], 'zip'), "' does not match state '%s'. Severity: Error\n -- Subscriber.AddressLine1: '" % ch(['OR', 'ID', 'CA', 'NV']),
                 P(p.addr1(), 'address'), "' could not be validated (DPV=N). Severity: Error"], "FluentValidation")
    if k == 4:
        u = 'https://twhhdsprod-fhirprod.fhir.azurehealthcareapis.com/Patient?identifier=' + urllib.parse.quote('https://tidewellhealth.com/fhir/sid/member-id|' + p.mid, safe='')
        return ("System.Net.Http.HttpRequestException",
                ["Response status code does not indicate success: 404 (Not Found). GET ", P(u, 'url')], "System.Net.Http")
    if k == 5:
        return ("Tidewell.Billing.PaymentGatewayException",
                ["Authorization declined (05) for PAN ", P(cardfmt(mkcard()[1], ' '), 'account'), " exp %02d/%d, cardholder '" % (ri(1, 12), ri(25, 30)), P(p.name('FL'), 'name'), "'"], "Tidewell.Billing")
    return ("System.InvalidOperationException",
            ["Phone number ", P(pfmt(p.phone, 2), 'phone'), " is already verified for another member account (", P(p.email, 'email'), ")."], "Tidewell.Identity")


def fam_ai_exception(phi):
    typ, msg, asm = exc_phi() if phi else exc_np()
    if isinstance(msg, str):
        msg = [msg]
    meth = ch(["Tidewell.Members.Api.Services.EligibilityService+<CheckAsync>d__14.MoveNext",
               "Tidewell.Enrollment.Edi834Processor+<ProcessAsync>d__9.MoveNext",
               "Tidewell.Billing.AutopayService+<SavePaymentMethodAsync>d__7.MoveNext",
               "Tidewell.Identity.ProofingService+<VerifyAsync>d__21.MoveNext"])
    pid = typ + ' at ' + meth
    stack = [{"assembly": meth.split('+')[0].rsplit('.', 1)[0] + ", Version=%s.0, Culture=neutral, PublicKeyToken=null" % semver(),
              "method": meth, "level": 0, "line": ri(0, 400), "fileName": ""},
             {"assembly": "System.Private.CoreLib, Version=8.0.0.0, Culture=neutral, PublicKeyToken=7cec85d7bea7798e",
              "method": "System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw", "level": 1, "line": 0}]
    role = ch(APPS + [f[0] for f in FUNC_APPS])
    if maybe(0.5):
        obj = {"timestamp": iso3(), "problemId": pid, "handledAt": "UserCode", "type": typ, "assembly": asm,
               "method": meth, "outerType": typ, "outerMessage": S(msg), "outerAssembly": asm, "outerMethod": meth,
               "innermostType": typ, "innermostMessage": S(msg), "innermostAssembly": asm, "innermostMethod": meth,
               "severityLevel": 3, "details": [{"outerId": "0", "message": S(msg), "type": typ, "id": str(ri(1000000, 99999999)),
                                                "parsedStack": stack}],
               "itemType": "exception", "customDimensions": {"AspNetCoreEnvironment": "Production", "FormattedMessage": S("An unhandled exception has occurred while executing the request.")},
               "operation_Name": ch(["POST /api/v2/eligibility/check", "ProcessEnrollment834", "POST /api/v2/billing/autopay"]),
               "operation_Id": hexs(32), "cloud_RoleName": role, "cloud_RoleInstance": role_instance(),
               "appName": "appi-twh-members-prod", "itemCount": 1}
    else:
        obj = {"TenantId": WS_ID, "TimeGenerated": iso7(), "ProblemId": pid, "HandledAt": "UserCode",
               "ExceptionType": typ, "Assembly": asm, "Method": meth, "OuterType": typ, "OuterMessage": S(msg),
               "OuterAssembly": asm, "OuterMethod": meth, "InnermostType": typ, "InnermostMessage": S(msg),
               "SeverityLevel": 3, "Details": [{"outerId": "0", "message": S(msg), "type": typ, "id": str(ri(1000000, 99999999)), "parsedStack": stack}],
               "Properties": {"Category": "Host.Results", "LogLevel": "Error", "ProcessId": str(ri(20, 900))},
               "OperationName": ch(["ProcessEnrollment834", "CheckEligibility", "SendMemberSms"]), "OperationId": hexs(32),
               "AppRoleName": role, "AppRoleInstance": role_instance(), "ItemCount": 1, "Type": "AppExceptions",
               "_ResourceId": appi_rid()}
    return 'appinsights_exception', J(obj, mode=ch(['py', 'ascii', 'net']))


# ----------------------------------------------------------------------------
# Azure Functions host log (log stream / filesystem)
# ----------------------------------------------------------------------------
def fh_prefix(level):
    k = ri(0, 2)
    if k == 0:
        return '%s [%s] ' % (NOW[0].strftime('%Y-%m-%dT%H:%M:%S.') + '%03d' % (NOW[0].microsecond // 1000), level)
    if k == 1:
        return '%s   [%s]   ' % (iso0(), level)
    return '[%s] ' % iso3()


def fam_func_host(phi):
    app, fns = ch(FUNC_APPS)
    fn = ch(fns)
    inv = guid()
    if not phi:
        k = ri(0, 13)
        lvl = 'Information'
        if k == 0:
            m = "Executing 'Functions.%s' (Reason='New ServiceBus message detected on '%s'.', Id=%s)" % (fn, ch(QUEUES), inv)
        elif k == 1:
            m = "Trigger Details: MessageId: %s, SequenceNumber: %d, DeliveryCount: %d, EnqueuedTimeUtc: %s, LockedUntilUtc: %s, SessionId: (null)" % (
                hexs(32), ri(1000, 999999), ri(1, 4), iso7(ago(ri(50, 4000))), iso7(NOW[0] + timedelta(seconds=60)))
        elif k == 2:
            m = "Executed 'Functions.%s' (Succeeded, Id=%s, Duration=%dms)" % (fn, inv, ri(4, 9000))
        elif k == 3:
            m = "Host lock lease acquired by instance ID '%s'." % hexs(32)
        elif k == 4:
            m = "Starting Host (HostId=%s, InstanceId=%s, Version=4.33.2.22572, ProcessId=%d, AppDomainId=1, InDebugMode=False, InDiagnosticMode=False, FunctionsExtensionVersion=~4)" % (app[:32], guid(), ri(20, 900))
        elif k == 5:
            m = "Executing 'Functions.%s' (Reason='Timer fired at %s+00:00', Id=%s)" % (fn, NOW[0].strftime('%Y-%m-%dT%H:%M:00.00') + digs(5), inv)
        elif k == 6:
            m = 'Host Status: {\n  "id": "%s",\n  "state": "Running",\n  "version": "4.33.2.22572",\n  "versionDetails": "4.33.2+%s",\n  "platformVersion": "104.0.7.%d",\n  "instanceId": "%s",\n  "computerName": "%s",\n  "processUptime": %d\n}' % (
                app, hexs(40), ri(100, 600), hexs(64), role_instance(), ri(1000, 9999999))
            m = m.replace('\n', ' ')
        elif k == 7:
            lvl = 'Warning'
            m = "Timeout value of 00:05:00 exceeded by function 'Functions.%s' (Id: '%s'). Initiating cancellation." % (fn, inv)
        elif k == 8:
            m = "Scale controller: target worker count for %s is %d (current %d); reason: queue length %d exceeds %d per worker" % (app, ri(2, 12), ri(1, 8), ri(1000, 40000), 1000)
        elif k == 9:
            m = "%d functions loaded" % ri(3, 14) if maybe(0.5) else "Loading functions metadata"
        elif k == 10:
            lvl = 'Warning'
            m = "Retry %d of 5 for function 'Functions.%s' (Id=%s), next attempt in 00:00:%02d" % (ri(1, 4), fn, inv, ch([2, 4, 8, 16, 32]))
        elif k == 11:
            m = "Worker process started and initialized. Process Id: %d, Runtime: dotnet-isolated 8.0.4, Worker Id: %s" % (ri(100, 9999), guid())
        elif k == 12:
            lvl = 'Error'
            m = "Executed 'Functions.%s' (Failed, Id=%s, Duration=%dms) Exception while executing function: Functions.%s Result: Failure Exception: Azure.Messaging.ServiceBus.ServiceBusException: The operation did not complete within the allocated time 00:01:00 for object session. (ServiceTimeout)" % (fn, inv, ri(60000, 61000), fn)
        else:
            m = "Host configuration file read: { \"version\": \"2.0\", \"logging\": { \"applicationInsights\": { \"samplingSettings\": { \"isEnabled\": true, \"excludedTypes\": \"Request\" } } }, \"extensions\": { \"serviceBus\": { \"maxConcurrentCalls\": %d } } }" % ch([8, 16, 32])
        return 'functions_host', [fh_prefix(lvl), m]
    p = Person()
    k = ri(0, 7)
    if k == 7:
        rep_ = Person(30, 75)
        segs = [fh_prefix('Warning'), "NotifyAppealDecision: fax to authorized representative ", P(rep_.name('fl'), 'name'), " at ",
                P(pfmt(mkphone(p.addr['acs']), ch([0, 1, 6])), 'fax'), " failed (BUSY), retry %d/3; sender fax %s" % (ri(1, 3), ORG_PHONES['appealsFax'])]
        return 'functions_host', segs
    if k == 0:
        segs = [fh_prefix('Error'), "Executed 'Functions.ProcessEnrollment834' (Failed, Id=%s, Duration=%dms) Result: Failure Exception: System.InvalidOperationException: INS segment rejected: subscriber " % (inv, ri(200, 3000)),
                P(p.name('LF'), 'name'), " SSN ", P(''.join(p.ssn), 'ssn'), " already enrolled under ", P(p.mid, 'health_plan'),
                " Stack:    at Tidewell.Enrollment.Edi834Processor.ApplyInsAsync(Loop2000 loop) in /src/Tidewell.Enrollment/Edi834Processor.cs:line %d" % ri(100, 400)]
    elif k == 1:
        segs = [fh_prefix('Information'), "SendMemberSms: SMS sent to ", P(pfmt(p.phone, 2), 'phone'),
                " (template=%s, acsMessageId=Outgoing_%s_noam)" % (ch(["claim_status_v2", "otp_v3", "rx_ready_v1"]), hexs(32))]
    elif k == 2:
        segs = [fh_prefix('Warning'), "RpmReadingIngest: reading from unregistered device ", P('BPM-' + digs(4) + letters(2) + digs(5), 'device'),
                " (IMEI ", P(mkimei(), 'device'), ") for member ", P(p.mid, 'health_plan'), "; message moved to quarantine"]
    elif k == 3:
        blob = 'priorauth-inbound/'
        segs = [fh_prefix('Information'), "Executing 'Functions.PriorAuthIntake' (Reason='New blob detected(LogsAndContainerScan): %s" % blob,
                P(p.mid, 'health_plan'), '_', P(fold(p.last).upper() or 'X', 'name'), "_%s.pdf', Id=%s)" % (NOW[0].strftime('%Y%m%d'), inv)]
    elif k == 4:
        segs = [fh_prefix('Error'), "CheckEligibility: 271 AAA*N**72 (Invalid/Missing Subscriber/Insured ID) for ",
                P(p.name('LF'), 'name'), " DOB ", P(dfmt(p.dob, 'compact'), 'date'), " trace=%s" % hexs(32)]
    elif k == 6:
        segs = [fh_prefix('Warning'), "EnrollmentReconcile: alien registration number ", P('A' + digs(9), 'other_id'), " on file for ",
                P(p.name('fl'), 'name'), " does not match SAVE response (case %s)" % ('SAVE' + digs(11))]
    else:
        segs = [fh_prefix('Information'), "DigestEmailer: weekly digest sent to ", P(p.email, 'email'), " (",
                P(p.name('fl'), 'name'), "), %d unread messages, provider=AzureCommunicationServices" % ri(1, 9)]
    return 'functions_host', segs


# ----------------------------------------------------------------------------
# Azure Functions Python worker (app logging)
# ----------------------------------------------------------------------------
def pw_prefix(level, logger):
    k = ri(0, 2)
    t = NOW[0]
    if k == 0:
        return '%s,%03d %s [%s] ' % (t.strftime('%Y-%m-%d %H:%M:%S'), t.microsecond // 1000, level, logger)
    if k == 1:
        return '%s %s:%s:' % (t.strftime('%Y-%m-%dT%H:%M:%S.') + '%03d' % (t.microsecond // 1000), level, logger)
    return '[%s] %s - %s - ' % (iso3(), logger, level)


def fam_func_worker(phi):
    if not phi:
        k = ri(0, 7)
        if k == 0:
            return 'functions_python', [pw_prefix('INFO', 'root'), "Python HTTP trigger function processed a request."]
        if k == 1:
            return 'functions_python', [pw_prefix('INFO', 'azure.core.pipeline.policies.http_logging_policy'),
                                        "Request URL: 'https://cosmos-twh-members-prod.documents.azure.com:443/dbs/members/colls/%s/docs'/Request method: 'POST'/Request headers:/    'Content-Type': 'application/query+json'/    'x-ms-documentdb-partitionkey': 'REDACTED'/    'x-ms-date': 'REDACTED'/    'Authorization': 'REDACTED'/No body was attached to the request" % ch(["profiles", "readings", "devices"])]
        if k == 2:
            return 'functions_python', [pw_prefix('INFO', 'azure.identity._credentials.managed_identity'),
                                        "ManagedIdentityCredential.get_token succeeded (client_id=%s, scope=https://azurehealthcareapis.com/.default)" % guid()]
        if k == 3:
            return 'functions_python', [pw_prefix('DEBUG', 'urllib3.connectionpool'),
                                        "https://twhhdsprod-fhirprod.fhir.azurehealthcareapis.com:443 \"GET /metadata HTTP/1.1\" 200 %d" % ri(40000, 90000)]
        if k == 4:
            return 'functions_python', [pw_prefix('INFO', 'rpm.ingest'),
                                        "Processed batch %s-%02d: %d readings, %d rejected (schema), p95 latency %dms, cosmos RU %.1f" % (NOW[0].strftime('%Y%m%d'), ri(1, 60), ri(50, 900), ri(0, 9), ri(40, 600), R.random() * 900)]
        if k == 5:
            obj = {"asctime": w3c() + ',%03d' % ri(0, 999), "levelname": "INFO", "name": "eligibility.x12",
                   "message": "Built 270 batch", "batch_id": 'B%s%03d' % (NOW[0].strftime('%y%m%d'), ri(1, 200)),
                   "segments": ri(40, 4000), "isa_control": '%09d' % ri(1, 999999), "otelTraceID": hexs(32), "otelSpanID": hexs(16)}
            return 'functions_python', J(obj, sp=True)
        if k == 6:
            return 'functions_python', [pw_prefix('WARNING', 'rpm.alerts'),
                                        "Alert rule BP-HIGH-2 evaluated %d members: %d alerts, %d suppressed (age band 65-74 threshold 160/100)" % (ri(100, 5000), ri(0, 30), ri(0, 10))]
        return 'functions_python', [pw_prefix('INFO', 'notify.sms'),
                                    "Sender number %s configured for short code fallback; callback %s" % ('+18664827730', ORG_PHONES["nurseLine"])]
    p = Person()
    k = ri(0, 4)
    if k == 0:
        sub = {'first': P(p.first, 'name'), 'last': P(p.last, 'name'), 'dob': P(dfmt(p.dob, 'compact'), 'date'),
               'member_id': P(p.mid, 'health_plan'), 'gender': p.sex, 'group': ch(GROUPS)}
        return 'functions_python', [pw_prefix('INFO', 'eligibility.x12'), "Parsed 270 request: subscriber=", PY(sub), " trn=%s" % digs(10)]
    if k == 1:
        u = 'https://twhhdsprod-fhirprod.fhir.azurehealthcareapis.com/Patient?family=%s&given=%s&birthdate=%s' % (
            urllib.parse.quote(p.last), urllib.parse.quote(p.first), dfmt(p.dob, 'iso'))
        return 'functions_python', [pw_prefix('INFO', 'azure.core.pipeline.policies.http_logging_policy'),
                                    "Request URL: '", P(u, 'url'), "'/Request method: 'GET'/Request headers:/    'Accept': 'application/fhir+json'/    'Authorization': 'REDACTED'"]
    if k == 2:
        rd = {'member_id': P(p.mid, 'health_plan'), 'device_serial': P(ch(['BPM-', 'SCL-', 'GLU-']) + digs(4) + letters(2) + digs(5), 'device'),
              'gateway_mac': P(mkmac(':', False), 'device'),
              'systolic': ri(100, 190), 'diastolic': ri(60, 110), 'pulse': ri(50, 110), 'fw': semver()}
        return 'functions_python', [pw_prefix('DEBUG', 'rpm.ingest'), "reading=", PY(rd)]
    if k == 3:
        obj = {"asctime": w3c() + ',%03d' % ri(0, 999), "levelname": "ERROR", "name": "notify.sms",
               "message": S("ACS send failed for ", P('+1' + p.phone, 'phone'), ": 400 InvalidRecipient"),
               "member_id": P(p.mid, 'health_plan'), "otelTraceID": hexs(32), "otelSpanID": hexs(16)}
        return 'functions_python', J(obj, sp=True, mode=ch(['py', 'ascii']))
    o = old_person()
    return 'functions_python', [pw_prefix('INFO', 'caremgmt.outreach'), "member=", P(o.mid, 'health_plan'), " age=", P(str(o.age), 'age'),
                                " zip=", P(o.addr['zip'], 'zip'), " risk=%.2f cohort=%s" % (R.random(), ch(["falls-prevention", "chf-transition"]))]


# ----------------------------------------------------------------------------
# App Service HTTP logs (W3C extended)
# ----------------------------------------------------------------------------
def fam_http_w3c(phi):
    site = ch(["APP-TWH-MEMBER-PORTAL-PROD", "APP-TWH-MEMBERS-API-PROD", "APP-TWH-IDCARD-SVC-PROD", "FUNC-TWH-ELIGIBILITY-PROD"])
    host = ch(["members.tidewellhealth.com", "api.tidewellhealth.com", site.lower() + ".azurewebsites.net"])
    status = ch(['200', '200', '200', '304', '302', '401', '404', '500'])
    sub = '0'
    ua = mem_ua().replace(' ', '+')
    cookie = 'ARRAffinity=%s;+ARRAffinitySameSite=%s' % (hexs(64), hexs(64)) if maybe(0.6) else '-'
    referer = '-'
    stem = ch(SAFE_PATHS + ["/", "/static/js/main.%s.js" % hexs(8), "/favicon.ico", "/api/v2/plans/2024/benefits"])
    query = ch(['-', '-', 'api-version=2024-03-01', 'page=%d' % ri(1, 5)])
    method = ch(['GET', 'GET', 'POST'])
    port = ch(['443', '443', '80'])
    cip = ch(['10.%d.%d.%d' % (ri(0, 40), ri(0, 255), ri(2, 254)), '172.%d.%d.%d' % (ri(16, 31), ri(0, 255), ri(2, 254)), doc_ip()])
    stem_segs = [stem]
    query_segs = [query]
    if not phi:
        if maybe(0.3):
            stem_segs, query, query_segs, cip, ua, cookie, status, sub = ['/robots933456.txt'], '-', ['-'], ch(['169.254.129.1', '169.254.130.3', '10.0.8.4']), '-', '-', '404', '0'
        elif maybe(0.2):
            stem_segs, cip, ua = ['/health'], '168.63.129.16', 'HealthCheck/1.0'
    else:
        p = Person()
        k = ri(0, 4)
        if k == 0:
            stem_segs = ['/api/v2/members/', P(p.mid, 'health_plan'), ch(['/idcard', '/claims', '/eob/2024', '/accumulators'])]
            cip = P(pub_ip(), 'ip')
        elif k == 1:
            stem_segs = ['/api/v2/members/lookup']
            query_segs = ['email=', UQ([P(p.email, 'email')]), '&dob=', P(dfmt(p.dob, 'iso'), 'date')]
            cip = P(pub_ip(), 'ip') if maybe(0.5) else cip
        elif k == 2:
            cip = P(pub_ip(), 'ip')
            referer = P('https://members.tidewellhealth.com/members/%s/claims?claim=%s' % (p.mid, claim_no()), 'url')
        elif k == 3:
            stem_segs = ['/api/v2/dependents']
            query_segs = ['subscriberId=', P(p.mid, 'health_plan'), '&firstName=', UQ([P(p.first, 'name')], plus=True), '&lastName=', UQ([P(p.last, 'name')], plus=True)]
            cip = P(pub_ip(), 'ip') if maybe(0.5) else cip
        else:
            stem_segs = ['/fhir/r4/Patient/', P(p.pid, 'mrn')]
            query_segs = ['_format=json']
            cip = P(pub_ip(), 'ip')
    segs = [w3c(), ' ', site, ' ', method, ' ', stem_segs, ' ', query_segs, ' ', port, ' - ', cip, ' ', ua, ' ', cookie, ' ',
            referer, ' ', host, ' ', status, ' ', sub, ' 0 ', str(ri(200, 90000)), ' ', str(ri(300, 4000)), ' ', str(ri(1, 4000))]
    return 'appservice_http_w3c', segs


# ----------------------------------------------------------------------------
# App Service application log stream (ASP.NET Core / Serilog)
# ----------------------------------------------------------------------------
def fam_app_log(phi):
    t = NOW[0]
    cat = ch(NET_CATS)
    style = ri(0, 2)
    if not phi:
        c = clin()
        msgs = [
            "Request finished HTTP/1.1 GET https://%s%s - %s - application/json;+charset=utf-8 %.4fms" % (ch(["api.tidewellhealth.com", "members.tidewellhealth.com"]), ch(SAFE_PATHS), ch(['200', '204', '304']), R.random() * 400),
            "Executed DbCommand (%dms) [Parameters=[@__memberKey_0='?' (DbType = Int64)], CommandType='Text', CommandTimeout='30']" % ri(1, 300),
            "Data Protection key ring loaded from blob 'keys/keys.xml' (keys=%d, default key %s)" % (ri(2, 9), guid()),
            "Now listening on: http://[::]:8080",
            "Hosting environment: Production; Content root path: /home/site/wwwroot",
            "PCP change request %s approved: new PCP %s (NPI %s), effective first of next month" % (order_no(), clin_name(c), c['npi']),
            "EOB PDF cache warm-up finished: %d templates, %d fonts, elapsed %dms" % (ri(3, 20), ri(2, 9), ri(100, 3000)),
            "Rate limit policy 'member-write' rejected %d requests in the last 60s (partition: ip-range)" % ri(1, 90),
            "Health plan contact block rendered: Member Services %s, Nurse Line %s, %s, %s, %s %s" % (ORG_PHONES["memberServices"], ORG_PHONES["nurseLine"], ORG_ADDR[0], ORG_ADDR[2], ORG_ADDR[3], ORG_ADDR[4]),
        ]
        msg = [ch(msgs)]
        props = {"SourceContext": cat, "RequestId": '0HN3%s:%08X' % (hexs(8, True), ri(1, 9)), "MachineName": role_instance()}
    else:
        p = Person()
        k = ri(0, 7)
        props = {"SourceContext": cat, "RequestId": '0HN3%s:%08X' % (hexs(8, True), ri(1, 9))}
        if k == 0:
            old, new = P(pfmt(mkphone(p.addr['acs']), 1), 'phone'), P(pfmt(p.phone, 1), 'phone')
            msg = ["Profile update for ", P(p.mid, 'health_plan'), ": phone ", old, " -> ", new]
            props.update({"MemberId": P(p.mid, 'health_plan'), "OldPhone": old, "NewPhone": new})
        elif k == 1:
            msg = ["Address validation failed for '", P(p.addr1(), 'address'), ", ", P(p.addr['city'], 'address'), ", %s " % p.addr['state'],
                   P(p.zipv(), 'zip'), "': DPV N, footnote AA"]
        elif k == 2:
            msg = ["Mail-order Rx shipment %s created for " % order_no(), P(p.name('fml'), 'name'), " to ", P(p.addr1(), 'address'), ", ",
                   P(p.addr['city'], 'address'), " (", P(p.addr['county'] + ' County', 'address'), ")"]
        elif k == 3:
            msg = ["Identity proofing passed for ", P(p.email, 'email'), " using driver license ", P(mkdl(p.addr['state']), 'license'),
                   " (%s), score %d" % (p.addr['state'], ri(70, 99))]
        elif k == 6:
            msg = ["Avatar upload accepted for ", P(p.mid, 'health_plan'), " (%d bytes): " % ri(20000, 90000), P(jpeg_datauri(ri(300, 700)), 'photo')]
        elif k == 7:
            msg = ["Biometric re-enrollment for ", P(p.email, 'email'), ": template=", P(fmr_template(), 'biometric'), " quality=%d" % ri(40, 99)]
        elif k == 4:
            g = Person(30, 70)
            msg = ["Guarantor ", P(g.name('fl'), 'name'), " (SSN ", P('-'.join(g.ssn), 'ssn'), ") assigned to dependent account ", P('PBA-' + digs(9), 'account')]
        else:
            u = P('https://stmbrdocsprod.blob.core.windows.net/idcards/%s/%s_front.png?sv=2023-11-03&se=%s&sr=b&sp=r&sig=%s' % (
                p.mid, p.mid, (NOW[0] + timedelta(hours=1)).strftime('%Y-%m-%dT%H%%3A%M%%3A%SZ'), urllib.parse.quote(b64(32), safe='')), 'url')
            msg = ["Generated SAS for ID card image: ", u]
    if style == 0:
        lv = ch(['INF', 'WRN', 'ERR']) if phi else ch(['INF', 'INF', 'DBG', 'WRN'])
        return 'appservice_serilog', ['%s.%03d +00:00 [%s] %s: ' % (t.strftime('%Y-%m-%d %H:%M:%S'), t.microsecond // 1000, lv, cat), msg]
    if style == 1:
        lv = ch(['info', 'warn', 'fail'])
        return 'appservice_console', ['%s %s: %s[%d] ' % (iso3(), lv, cat, ri(0, 30)), msg]
    obj = {"@t": iso7(), "@m": S(msg), "@i": hexs(8), "@l": ch(["Information", "Warning", "Error"])}
    obj.update(props)
    return 'appservice_serilog_clef', J(obj, mode=ch(['py', 'net']))


# ----------------------------------------------------------------------------
# Kudu / deployment
# ----------------------------------------------------------------------------
def fam_kudu(phi):
    t = NOW[0].strftime('%Y-%m-%dT%H:%M:%S')
    pid = 'PID[%d]' % ri(1000, 9999)
    if not phi:
        k = ri(0, 8)
        m = ["%s  %s Information Received request to deploy from GitHub-Actions (commit %s)" % (t, pid, hexs(40)),
             "%s  %s Information Deployment successful. deployer = GITHUB_ZIP_DEPLOY deploymentPath = ZipDeploy. Extract zip. Remote build." % (t, pid),
             "%s.%dZ: [Build] Running oryx build... Command: oryx build /tmp/zipdeploy/extracted -o /home/site/wwwroot --platform python --platform-version 3.11 -p virtualenv_name=antenv" % (t, ri(100, 999)),
             "%s  %s Information Copying file: 'appsettings.Production.json' (%d bytes)" % (t, pid, ri(900, 9000)),
             "%s  %s Warning Site warmup probe /api/health returned 503 after %dms (attempt %d)" % (t, pid, ri(1000, 30000), ri(1, 5)),
             "%s  %s Information Updating submodules. Preparing deployment for commit id '%s'." % (t, pid, hexs(10)),
             "%s  %s Information Finished successfully. Build %s, artifact sha256:%s" % (t, pid, build_no(), sha256h()),
             "%s  %s Information Handling ASP.NET Core Web Application deployment. msbuild %s" % (t, pid, semver()),
             "%s  %s Information Ensuring App Service storage mount /home is available; quota 250GB used %.1fGB" % (t, pid, R.random() * 80)]
        return 'kudu', [ch(m)]
    p = Person()
    if maybe(0.5):
        return 'kudu', ["%s  %s Error  Failed to upload file /home/site/wwwroot/exports/eob_" % (t, pid), P(p.mid, 'health_plan'),
                        "_2024.pdf to blob: 409 BlobAlreadyExists"]
    return 'kudu', ["%s  %s Information Command history: " % (t, pid), "cat /home/LogFiles/Application/failed-enroll.csv | grep '",
                    P(''.join(p.ssn), 'ssn'), "'"]


# ----------------------------------------------------------------------------
# Azure API for FHIR / Health Data Services audit logs
# ----------------------------------------------------------------------------
def fam_fhir_audit(phi):
    legacy = maybe(0.5)
    base = 'https://twh-fhir-prod.azurehealthcareapis.com' if legacy else 'https://twhhdsprod-fhirprod.fhir.azurehealthcareapis.com'
    caller_ip = ch([priv_ip(), azure_ip(), azure_ip()])
    agent = ch(["Microsoft.Health.Fhir.Client/3.1.0", "Tidewell.PatientAccess/2.4.1", "python-requests/2.31.0",
                "Firely .NET SDK 5.5.0", "Microsoft.Health.Fhir.Anonymizer/1.3"])
    fhir_user = None
    status = 200
    if not phi:
        c = clin()
        k = ri(0, 8)
        path, rtype, op = [
            ('/metadata', 'CapabilityStatement', 'metadata'),
            ('/Practitioner/%s' % ('pract-' + c['npi']), 'Practitioner', 'read'),
            ('/Organization?identifier=http://hl7.org/fhir/sid/us-npi|%s' % npi(), 'Organization', 'search-type'),
            ('/$export?_type=Coverage,ExplanationOfBenefit&_since=%s' % (NOW[0] - timedelta(days=1)).strftime('%Y-%m-%dT00:00:00Z'), '', 'export'),
            ('/Coverage/%s' % guid(), 'Coverage', 'read'),
            ('/ExplanationOfBenefit?_lastUpdated=gt%s&_count=100' % (NOW[0] - timedelta(hours=1)).strftime('%Y-%m-%dT%H:00:00Z'), 'ExplanationOfBenefit', 'search-type'),
            ('/Claim/%s/_history/%d' % (guid(), ri(1, 6)), 'Claim', 'vread'),
            ('/.well-known/smart-configuration', '', 'smart-configuration'),
            ('/_operations/export/%d' % ri(100, 9999), '', 'export-status'),
        ][k]
        uri = base + path
        if maybe(0.15):
            status = ch([401, 403, 429])
    else:
        p = Person()
        k = ri(0, 4)
        if k == 0:
            uri, rtype, op = P(base + '/Patient/' + p.pid, 'url'), 'Patient', 'read'
        elif k == 1:
            uri = P(base + '/Patient?identifier=' + urllib.parse.quote('https://tidewellhealth.com/fhir/sid/member-id|' + p.mid, safe=''), 'url')
            rtype, op = 'Patient', 'search-type'
        elif k == 2:
            uri = P(base + '/ExplanationOfBenefit?patient=Patient/%s&_include=ExplanationOfBenefit:provider&_count=50' % p.pid, 'url')
            rtype, op = 'ExplanationOfBenefit', 'search-type'
            fhir_user = ['Patient/', P(p.pid, 'mrn')]
        elif k == 3:
            uri, rtype, op = P(base + '/Patient/%s/$everything' % p.pid, 'url'), 'Patient', 'patient-everything'
            caller_ip = P(pub_ip(), 'ip')
            agent = 'Health/%d CFNetwork/1494.0.7 Darwin/23.4.0' % ri(4000, 4300)
            fhir_user = ['Patient/', P(p.pid, 'mrn')]
        else:
            uri = P(base + '/Patient?family=%s&birthdate=%s' % (urllib.parse.quote(p.last), dfmt(p.dob, 'iso')), 'url')
            rtype, op = 'Patient', 'search-type'
    dur = ri(4, 900)
    if legacy:
        claims = {"appid": ch([PORTAL_APP_ID, MEMBER_APP_ID]), "oid": guid(), "iss": "https://sts.windows.net/%s/" % TENANT}
        if fhir_user:
            claims["fhirUser"] = P(base + '/' + plain(fhir_user), 'url')
        obj = {"time": iso7(), "resourceId": ("/SUBSCRIPTIONS/%s/RESOURCEGROUPS/RG-TWH-FHIR-PROD/PROVIDERS/MICROSOFT.HEALTHCAREAPIS/SERVICES/TWH-FHIR-PROD" % SUB).upper(),
               "operationName": op, "category": "AuditLogs", "resultType": "Succeeded" if status < 400 else "Failed",
               "resultSignature": str(status), "durationMs": str(dur), "callerIpAddress": caller_ip,
               "correlationId": guid(), "identity": {"claims": claims}, "level": "Informational",
               "location": "East US 2", "properties": {"callerAgent": agent, "requestUri": uri,
                                                       "fhirResourceType": rtype, "operationType": op}}
    else:
        ci = {"appid": ch([PORTAL_APP_ID, MEMBER_APP_ID]), "azp": MEMBER_APP_ID}
        if fhir_user:
            ci["fhirUser"] = S(fhir_user)
        obj = {"TenantId": WS_ID, "TimeGenerated": iso7(), "OperationName": op, "CorrelationId": guid(),
               "RequestUri": uri, "FhirResourceType": rtype, "StatusCode": status,
               "ResultType": "Succeeded" if status < 400 else "Failed", "OperationDurationMs": dur,
               "LogCategory": "AuditLogs", "CallerIPAddress": caller_ip,
               "CallerIdentityIssuer": "https://sts.windows.net/%s/" % TENANT, "CallerIdentityObjectId": guid(),
               "CallerIdentity": ci, "Level": "Information", "OperationVersion": "1.0", "CallerAgent": agent,
               "Location": "eastus2", "Type": "MicrosoftHealthcareApisAuditLogs",
               "_ResourceId": "/subscriptions/%s/resourcegroups/rg-twh-fhir-prod/providers/microsoft.healthcareapis/workspaces/twhhdsprod/fhirservices/fhirprod" % SUB}
    return 'fhir_audit', J(obj, mode=ch(['py', 'ascii']))


# ----------------------------------------------------------------------------
# Logic Apps
# ----------------------------------------------------------------------------
LA_WF = ["la-priorauth-intake", "la-appeals-intake", "la-subrogation-intake", "la-idproofing",
         "la-member-welcome", "la-enrollment-834", "la-provider-directory-sync"]


def la_run_id():
    return '08585%s%sCU%02d' % (digs(13), digs(8), ri(0, 99))


def fam_logicapp(phi):
    wf = ch(LA_WF)
    run = la_run_id()
    k = ri(0, 2) if not phi else ri(0, 6)
    if not phi:
        if k == 0:
            obj = {"time": iso7(), "workflowId": ("/SUBSCRIPTIONS/%s/RESOURCEGROUPS/RG-TWH-INTEGRATION-PROD/PROVIDERS/MICROSOFT.LOGIC/WORKFLOWS/%s" % (SUB, wf)).upper(),
                   "resourceId": ("/SUBSCRIPTIONS/%s/RESOURCEGROUPS/RG-TWH-INTEGRATION-PROD/PROVIDERS/MICROSOFT.LOGIC/WORKFLOWS/%s/RUNS/%s/ACTIONS/%s" % (SUB, wf, run, ch(["PARSE_JSON", "HTTP_-_CLAIMSCORE", "CONDITION"]))).upper(),
                   "category": "WorkflowRuntime", "level": "Information",
                   "operationName": "Microsoft.Logic/workflows/workflowActionCompleted",
                   "properties": {"$schema": "2016-06-01", "startTime": iso7(ago(ri(100, 3000))), "endTime": iso7(),
                                  "status": ch(["Succeeded", "Succeeded", "Skipped", "Failed"]), "code": ch(["OK", "NotSpecified", "ActionSkipped"]),
                                  "resource": {"subscriptionId": SUB, "resourceGroupName": "rg-twh-integration-prod", "workflowId": hexs(32),
                                               "workflowName": wf, "runId": run, "location": "eastus2", "actionName": ch(["Parse_JSON", "HTTP_-_ClaimsCore", "Condition"])},
                                  "correlation": {"actionTrackingId": guid(), "clientTrackingId": run},
                                  "trackedProperties": {"authNumber": auth_no(), "lineOfBusiness": ch(["Commercial", "MedicareAdvantage", "Medicaid"]), "priority": ch(["standard", "expedited"])}}}
            return 'logicapp_diagnostics', J(obj)
        if k == 1:
            props = J({"trackedProperties": {"claimNumber": claim_no()}, "durationInMs": ri(10, 4000)})
            segs = ["Workflow action ends. flowName='%s', actionName='%s', flowId='%s', flowSequenceId='%s', flowRunSequenceId='%s', correlationActionTrackingId='%s', status='%s', statusCode='%s', error='', durationInMilliseconds='%d', inputsContentSize='%d', outputsContentSize='%d', extensionVersion='1.%d.%d.0', siteName='la-twh-integration-prod', slotName='Production', actionTrackingId='%s', clientTrackingId='%s', properties='" % (
                wf, ch(["Send_message", "Compose", "HTTP", "Initialize_variable", "For_each"]), hexs(32), la_run_id(), run, guid(),
                ch(["Succeeded", "Failed", "Skipped"]), ch(["OK", "BadRequest", "NotSpecified"]), ri(1, 5000), ri(-1, 9000), ri(-1, 9000), ri(40, 60), ri(0, 9), guid(), run),
                props, "', actionType='%s', sourceTrigger='', flowType='Stateful'" % ch(["ServiceProvider", "Http", "Compose", "Foreach"])]
            return 'logicapp_standard_host', segs
        body = json.dumps({"eventType": "ProviderDirectoryChanged", "npi": clin()['npi'], "changedFields": ["phone", "acceptingNewPatients"], "source": "NPPES"})
        obj = {"name": "When_a_message_is_received_in_a_queue_(auto-complete)", "startTime": iso7(ago(ri(10, 400))), "endTime": iso7(),
               "status": "Succeeded", "outputs": {"body": {"ContentData": base64.b64encode(body.encode()).decode(), "ContentType": "application/json",
                                                           "ContentTransferEncoding": "Base64", "Properties": {"DeliveryCount": str(ri(1, 3)), "EnqueuedSequenceNumber": str(ri(1000, 99999))},
                                                           "MessageId": hexs(32), "SequenceNumber": ri(1000, 99999), "LockToken": guid()}},
               "clientTrackingId": run}
        return 'logicapp_run_history', J(obj)
    p = Person()
    if k == 0:
        obj = {"time": iso7(), "workflowId": ("/SUBSCRIPTIONS/%s/RESOURCEGROUPS/RG-TWH-INTEGRATION-PROD/PROVIDERS/MICROSOFT.LOGIC/WORKFLOWS/%s" % (SUB, wf)).upper(),
               "category": "WorkflowRuntime", "level": "Information", "operationName": "Microsoft.Logic/workflows/workflowTriggerCompleted",
               "properties": {"status": "Succeeded", "resource": {"workflowName": wf, "runId": run, "triggerName": "manual"},
                              "trackedProperties": {K('mid'): P(p.mid, 'health_plan'), K('name'): P(p.name('fl'), 'name'),
                                                    "authNumber": auth_no(), "requestingProvider": clin_name(clin(), 1)}}}
        return 'logicapp_diagnostics', J(obj)
    if k == 1:
        c = clin()
        inner = {"member": {"id": P(p.mid, 'health_plan'), K('first'): P(p.first, 'name'), K('last'): P(p.last, 'name'),
                            K('dob'): P(dfmt(p.dob, ch(['iso', 'us'])), 'date'), "providerMrn": P(mkmrn(), 'mrn')},
                 "serviceRequest": {"cpt": ch(["27447", "70553", "97110", "E0601"]), "icd10": ch(["M17.11", "G47.33", "C50.911"]),
                                    "requestedStart": P(dfmt(appt_date(), 'iso'), 'date'),
                                    "orderingProvider": {"name": clin_name(c, 3), "npi": c['npi'], "fax": ORG_PHONES['umFax']}}}
        as_string = maybe(0.5)
        obj = {"name": "HTTP_-_Submit_to_UM_vendor", "startTime": iso7(ago(ri(100, 3000))), "endTime": iso7(), "status": ch(["Succeeded", "Failed"]),
               "inputs": {"method": "POST", "uri": "https://api.umvendor-example.com/v3/priorauth", "headers": {"Content-Type": "application/json", "x-ms-client-tracking-id": run},
                          "body": S(J(inner)) if as_string else inner},
               "outputs": {"statusCode": ch([202, 400, 409]), "headers": {"x-request-id": guid()}}}
        return 'logicapp_run_history', J(obj, mode=ch(['py', 'ascii']))
    if k == 2:
        obj = {"name": "Send_an_email_(V2)", "type": "ApiConnection", "status": "Succeeded",
               "inputs": {"host": {"connection": {"referenceName": "office365"}}, "method": "post", "path": "/v2/Mail",
                          "body": {"To": P(p.email, 'email'), "Subject": "Your prior authorization %s has been approved" % auth_no(),
                                   "Body": S("<p>Dear ", P(p.name(ch(['fl', 'fml'])), 'name'), ",</p><p>Your request has been approved. Questions? Call Member Services at %s (TTY %s).</p><p>%s, %s, %s, %s %s</p>" % (
                                       ORG_PHONES['memberServices'], ORG_PHONES['tty'], ORG, ORG_ADDR[0], ORG_ADDR[2], ORG_ADDR[3], ORG_ADDR[4])),
                                   "Importance": "Normal"}},
               "clientTrackingId": run}
        return 'logicapp_run_history', J(obj, mode=ch(['py', 'net']))
    if k == 3:
        st = p.addr['state']
        obj = {"name": "Compose_subrogation_case", "status": "Succeeded",
               "outputs": {"caseType": "MVA", "claimNumber": claim_no(), "member": {"memberId": P(p.mid, 'health_plan'), "name": P(p.name('lf'), 'name')},
                           "accident": {"dateOfLoss": P(dfmt(svc_date(200), 'iso'), 'date'), "vehicleVin": P(mkvin(), 'vehicle'),
                                        "plate": P(mkplate(st), 'vehicle'), "plateState": st, "driverLicense": P(mkdl(st), 'license'),
                                        "otherParty": {"carrier": "Evergreen Mutual Auto", "adjusterPhone": "1-800-264-%04d" % ri(1000, 9999)}}}}
        return 'logicapp_run_history', J(obj)
    if k == 4:
        obj = {"name": "HTTP_-_IDV_vendor_verify", "status": ch(["Succeeded", "Failed"]),
               "inputs": {"method": "POST", "uri": "https://verify.idv-example.net/v2/checks",
                          "body": {"reference": run, "document": {"type": "DRIVERS_LICENSE", "number": P(mkdl(p.addr['state']), 'license'), "issuingState": p.addr['state']},
                                   "selfie": P(jpeg_datauri(), 'photo')}},
               "outputs": {"statusCode": 200, "body": {"decision": ch(["approve", "review"]), "faceMatchScore": round(R.random(), 3)}}}
        return 'logicapp_run_history', J(obj, mode=ch(['py', 'net']))
    if k == 5:
        rep = Person(30, 75)
        obj = {"name": "Parse_appeal_form", "status": "Succeeded",
               "outputs": {"body": {"appealType": ch(["pre-service", "post-service"]), "claimNumber": claim_no(),
                                    "appellant": {"name": P(p.name('fl'), 'name'), "memberId": P(p.mid, 'health_plan'),
                                                  "phone": P(pfmt(p.phone, 0), 'phone'), "fax": P(pfmt(mkphone(p.addr['acs']), 0), 'fax'),
                                                  "address": {"line1": P(p.addr1(), 'address'), "city": P(p.addr['city'], 'address'),
                                                              "state": p.addr['state'], "zip": P(p.zipv(), 'zip')}},
                                    "representative": {"name": P(rep.name('fl'), 'name'), "relationship": ch(["daughter", "son", "spouse"])},
                                    "returnFax": ORG_PHONES['appealsFax']}}}
        return 'logicapp_run_history', J(obj)
    # k == 6: welcome kit with guarantor and bank draft
    g = Person(25, 70)
    obj = {"name": "Create_premium_autopay", "status": "Succeeded",
           "inputs": {"body": {"subscriberId": P(p.mid, 'health_plan'), "payer": {"name": P(g.name('fl'), 'name'), "relationship": "guarantor"},
                               "bank": ({"routingNumber": aba(), "accountNumber": P(digs(ri(9, 12)), 'account'), "accountType": ch(["checking", "savings"])}
                                        if maybe(0.7) else {"iban": P(iban_gb(), 'account'), "bic": ch(["NWBKGB2L", "BARCGB22", "HBUKGB4B"])}),
                               "draftDay": ri(1, 28), "premium": "%.2f" % (R.random() * 900 + 80)}}}
    return 'logicapp_run_history', J(obj, mode=ch(['py', 'ascii']))


# ----------------------------------------------------------------------------
# X12 EDI seen through Logic Apps integration account / functions
# ----------------------------------------------------------------------------
def x12_env(gs_id, ver, st):
    ctl = '%09d' % ri(1, 999999999)
    gctl = str(ri(1, 99999))
    d = NOW[0].strftime('%y%m%d')
    tm = NOW[0].strftime('%H%M')
    isa = 'ISA*00*          *00*          *ZZ*TIDEWELL       *ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~' % (ch(['AVAILITY', 'CHANGEHEALTH', 'WAHCA', 'OPTUMCLRHSE']), d, tm, ctl)
    gs = 'GS*%s*TIDEWELL*RCVR01*%s*%s*%s*X*%s~' % (gs_id, NOW[0].strftime('%Y%m%d'), tm, gctl, ver)
    stseg = 'ST*%s*0001*%s~' % (st, ver)
    tail = 'GE*1*%s~IEA*1*%s~' % (gctl, ctl)
    return isa + gs + stseg, tail


def x12_prefix():
    k = ri(0, 2)
    if k == 0:
        return '%s [Information] X12Decode(la-twh-edi-prod) payload: ' % iso3()
    if k == 1:
        return '%s,%03d DEBUG [eligibility.x12] raw=' % (w3c(), ri(0, 999))
    return '[%s] EdiArchiveWriter: wrote segment dump ' % iso7()


def fam_x12(phi):
    if not phi:
        k = ri(0, 2)
        if k == 0:
            head, tail = x12_env('FA', '005010X231A1', '999')
            body = 'AK1*HC*%d*005010X222A1~AK2*837*%04d*005010X222A1~IK5*A~AK9*A*1*1*1~SE*6*0001~' % (ri(1, 99999), ri(1, 9999))
        elif k == 1:
            head, tail = x12_env('FA', '005010X231A1', '999')
            body = 'AK1*BE*%d*005010X220A1~AK2*834*%04d*005010X220A1~IK3*INS*%d**8~IK4*2*1203*7~IK5*R*5~AK9*R*1*1*0~SE*8*0001~' % (ri(1, 99999), ri(1, 9999), ri(3, 40))
        else:
            return 'x12_edi', [x12_prefix(), 'TA1*%09d*%s*%s*A*000~' % (ri(1, 99999999), NOW[0].strftime('%y%m%d'), NOW[0].strftime('%H%M'))]
        return 'x12_edi', [x12_prefix(), head, body, tail]
    p = Person()
    c = clin()
    a = p.addr
    k = ri(0, 2)
    L, F = fold(p.last).upper(), fold(p.first).upper()
    L = L or 'X'
    if k == 0:
        head, tail = x12_env('HB', '005010X279A1', '271')
        segs = [head, 'BHT*0022*11*%s*%s*%s~' % (digs(10), NOW[0].strftime('%Y%m%d'), NOW[0].strftime('%H%M')),
                'HL*1**20*1~NM1*PR*2*TIDEWELL HEALTH PLANS*****PI*91%s~' % digs(7),
                'HL*2*1*21*1~NM1*1P*1*%s*%s****XX*%s~' % (fold(c['last']).upper(), fold(c['first']).upper(), c['npi']),
                'HL*3*2*22*0~TRN*2*%s*9TIDEWELL~NM1*IL*1*' % digs(10), P(L, 'name'), '*', P(F, 'name'), '****MI*', P(p.mid, 'health_plan'), '~',
                'N3*', P(p.addr1().upper(), 'address'), '~N4*', P(a['city'].upper(), 'address'), '*%s*' % a['state'], P(a['zip'], 'zip'), '~',
                'DMG*D8*', P(dfmt(p.dob, 'compact'), 'date'), '*%s~' % p.sex,
                'EB*1*IND*30*HM*TIDEWELL GOLD HMO~EB*C*IND*30***23*%d.00*****Y~MSG*MEMBER SERVICES 18664827730~SE*%d*0001~' % (ri(250, 6000), ri(14, 20)), tail]
    elif k == 1:
        head, tail = x12_env('HC', '005010X222A1', '837')
        svc = svc_date(90)
        segs = [head, 'BHT*0019*00*%s*%s*%s*CH~' % (digs(8), NOW[0].strftime('%Y%m%d'), NOW[0].strftime('%H%M')),
                'NM1*41*2*PUGET CREST MEDICAL CENTER*****46*%s~PER*IC*BILLING OFFICE*TE*2534031000~' % digs(9),
                'HL*1**20*1~NM1*85*2*PUGET CREST MEDICAL CENTER*****XX*%s~N3*1040 ALDER RIDGE WAY~N4*TACOMA*WA*984021234~REF*EI*91%s~' % (npi(), digs(7)),
                'HL*2*1*22*0~SBR*P*18*%s******CI~NM1*IL*1*' % ch(GROUPS), P(L, 'name'), '*', P(F, 'name'), '****MI*', P(p.mid, 'health_plan'), '~',
                'N3*', P(p.addr1().upper(), 'address'), '~N4*', P(a['city'].upper(), 'address'), '*%s*' % a['state'], P(a['zip'], 'zip'), '~',
                'DMG*D8*', P(dfmt(p.dob, 'compact'), 'date'), '*%s~REF*SY*' % p.sex, P(''.join(p.ssn), 'ssn'), '~',
                'CLM*', P(digs(3) + letters(2) + digs(6), 'account'), '*%d.00***11:B:1*Y*A*Y*Y~REF*EA*' % ri(90, 2400), P(mkmrn(), 'mrn'),
                '~HI*ABK:%s~' % ch(['E119', 'I10', 'M545', 'J069']),
                'NM1*82*1*%s*%s****XX*%s~' % (fold(c['last']).upper(), fold(c['first']).upper(), c['npi']),
                'LX*1~SV1*HC:%s*%d.00*UN*1***1~DTP*472*D8*' % (ch(['99213', '99214', '93000']), ri(90, 400)), P(svc.strftime('%Y%m%d'), 'date'), '~SE*%d*0001~' % ri(20, 40), tail]
    else:
        head, tail = x12_env('BE', '005010X220A1', '834')
        segs = [head, 'BGN*00*%s*%s*%s****4~' % (digs(8), NOW[0].strftime('%Y%m%d'), NOW[0].strftime('%H%M')),
                'N1*P5*ACME MANUFACTURING INC*FI*91%s~N1*IN*TIDEWELL HEALTH PLANS*FI*91%s~' % (digs(7), digs(7)),
                'INS*Y*18*021*28*A*E**FT~REF*0F*', P(''.join(p.ssn), 'ssn'), '~REF*1L*%s~' % ch(GROUPS),
                'NM1*IL*1*', P(L, 'name'), '*', P(F, 'name'), '****34*', P(''.join(p.ssn), 'ssn'), '~',
                'PER*IP**HP*', P(p.phone, 'phone'), '*EM*', P(p.email.upper(), 'email'), '~',
                'N3*', P(p.addr1().upper(), 'address'), '~N4*', P(a['city'].upper(), 'address'), '*%s*' % a['state'], P(a['zip'], 'zip'), '~',
                'DMG*D8*', P(dfmt(p.dob, 'compact'), 'date'), '*%s*M~HD*021**HLT*%s*EMP~SE*%d*0001~' % (p.sex, ch(PLAN_IDS[:3]), ri(14, 30)), tail]
    return 'x12_edi', [x12_prefix(), segs]


# ----------------------------------------------------------------------------
# Service Bus
# ----------------------------------------------------------------------------
def fam_servicebus(phi):
    q = ch(QUEUES)
    if not phi:
        k = ri(0, 4)
        if k == 0:
            return 'servicebus_sdk', ["%s [Warning] Azure.Messaging.ServiceBus: Processor error handler invoked. ErrorSource: Receive, EntityPath: %s, FullyQualifiedNamespace: sb-twh-prod.servicebus.windows.net, Exception: Azure.Messaging.ServiceBus.ServiceBusException: The lock supplied is invalid. Either the lock expired, or the message has already been removed from the queue. (MessageLockLost)" % (iso3(), q)]
        if k == 1:
            return 'servicebus_sdk', ["%s [Information] Azure.Messaging.ServiceBus: %s: ReceiveBatchAsync done. Received '%d' messages. LockTokens = <LockToken>%s</LockToken>" % (iso3(), guid(), ri(1, 32), guid())]
        if k == 2:
            env = {"messageId": guid(), "conversationId": guid(), "sourceAddress": "sb://sb-twh-prod.servicebus.windows.net/%s_bus_%s" % (role_instance(), hexs(26)),
                   "destinationAddress": "sb://sb-twh-prod.servicebus.windows.net/Tidewell.Contracts/ClaimAdjudicated",
                   "messageType": ["urn:message:Tidewell.Contracts:ClaimAdjudicated"],
                   "message": {"claimNumber": claim_no(), "status": "Paid", "paidAmount": round(R.random() * 4000, 2), "checkNumber": 'EFT' + digs(9)},
                   "sentTime": iso7(), "headers": {}, "host": {"machineName": role_instance(), "processName": "dotnet", "processId": ri(1, 900),
                                                            "assembly": "Tidewell.Claims.Worker", "assemblyVersion": semver() + ".0",
                                                            "frameworkVersion": "8.0.4", "massTransitVersion": "8.2.2.0", "operatingSystemVersion": "Unix 5.15.0.1057"}}
            return 'servicebus_masstransit', J(env)
        if k == 3:
            return 'servicebus_explorer', ["Peek #%d seq=%d id=%s label=%s enq=%s ttl=14.00:00:00 props=" % (ri(1, 50), ri(1000, 999999), hexs(32), ch(["PlanDocumentPublished", "ProviderUpdated", "AccumulatorRecalc"]), iso3()),
                                           J({"schemaVersion": "2", "source": "twh-pdm"}), " body=", J({"planId": ch(PLAN_IDS), "documentType": "SBC", "version": semver(), "sha256": sha256h()})]
        return 'servicebus_sdk', ["%s [Information] Dead-letter queue %s/$DeadLetterQueue depth=%d oldest=%s (alert threshold 100)" % (iso3(), q, ri(0, 400), iso0(ago(ri(60000, 86400000))))]
    p = Person()
    k = ri(0, 3)
    if k == 0:
        body = {K('mid'): P(p.mid, 'health_plan'), "eventType": "MemberAddressChanged",
                "newAddress": {"line1": P(p.addr1(), 'address'), "city": P(p.addr['city'], 'address'), "state": p.addr['state'], K('zip'): P(p.zipv(), 'zip')},
                "changedBy": "member-portal"}
        return 'servicebus_explorer', ["Peek #%d seq=%d id=%s label=MemberAddressChanged enq=%s props=" % (ri(1, 50), ri(1000, 999999), hexs(32), iso3()),
                                       J({"schemaVersion": "3"}), " body=", J(body)]
    if k == 1:
        body = {K('mid'): P(p.mid, 'health_plan'), "contact": {K('email'): P(p.email, 'email'), "phone": P(pfmt(p.phone, ch([0, 1, 3])), 'phone')},
                "preferredLanguage": ch(["es", "vi", "so", "en", "zh-Hant", "ru"])}
        return 'servicebus_deadletter', ["[DLQ] sbt-member-events/Subscriptions/sbs-crm-sync/$DeadLetterQueue msg %s DeadLetterReason=SchemaValidationFailed DeadLetterErrorDescription=" % hexs(32),
                                         CSVQ(['$.contact.phone: does not match pattern ^\\+1[2-9]\\d{9}$']), " Body=", J(body)]
    if k == 2:
        env = {"messageId": guid(), "conversationId": guid(), "destinationAddress": "sb://sb-twh-prod.servicebus.windows.net/Tidewell.Contracts/MemberEnrolled",
               "messageType": ["urn:message:Tidewell.Contracts:MemberEnrolled"],
               "message": {"subscriberId": P(p.mid, 'health_plan'), K('first'): P(p.first, 'name'), K('last'): P(p.last, 'name'),
                           K('dob'): P(dfmt(p.dob, 'isot'), 'date'), "ssn": P('-'.join(p.ssn), 'ssn'), "groupNumber": ch(GROUPS),
                           "coverageTier": ch(["EE", "ES", "EC", "FAM"])},
               "sentTime": iso7(), "headers": {"MT-Activity-Id": "00-%s-%s-01" % (hexs(32), hexs(16))}}
        return 'servicebus_masstransit', J(env, mode=ch(['py', 'net']))
    if maybe(0.4):
        body = {K('mid'): P(p.mid, 'health_plan'), "eventType": "MemberPhotoUpdated", "source": "member-app-ios",
                "photo": P(jpeg_datauri(ri(600, 1400)), 'photo'), "photoSha256": sha256h()}
        return 'servicebus_sdk', ["%s [Debug] Tidewell.IdCard.Worker: message body (truncated=false) " % iso3(), J(body, mode=ch(['py', 'net']))]
    o = old_person()
    body = {"memberId": P(o.mid, 'health_plan'), "mbi": P(mbifmt(o.mbi), 'health_plan'), "age": P(str(o.age), 'age', q=False),
            "program": "falls-prevention", "pcp": clin_name(clin(), 1)}
    return 'servicebus_sdk', ["%s [Information] Tidewell.CareMgmt.Worker: received %s seq=%d body=" % (iso3(), q, ri(1000, 99999)), J(body)]


# ----------------------------------------------------------------------------
# Event Grid
# ----------------------------------------------------------------------------
def fam_eventgrid(phi):
    topic = "/subscriptions/%s/resourceGroups/rg-twh-integration-prod/providers/Microsoft.EventGrid/topics/egt-twh-member-events" % SUB
    stg = "/subscriptions/%s/resourceGroups/rg-twh-members-prod/providers/Microsoft.Storage/storageAccounts/stmbrdocsprod" % SUB
    if not phi:
        k = ri(0, 3)
        if k == 0:
            blob = 'exports/claims/%s/batch_%02d.parquet' % (NOW[0].strftime('%Y%m%d'), ri(1, 40))
            ev = [{"topic": stg, "subject": "/blobServices/default/containers/%s" % blob.replace('/', '/blobs/', 1), "eventType": "Microsoft.Storage.BlobCreated",
                   "id": guid(), "data": {"api": "PutBlob", "clientRequestId": guid(), "requestId": guid(), "eTag": "0x8DC73%s" % hexs(11, True),
                                          "contentType": "application/octet-stream", "contentLength": ri(10000, 90000000), "blobType": "BlockBlob",
                                          "url": "https://stmbrdocsprod.blob.core.windows.net/" + blob, "sequencer": '0' * 16 + hexs(16),
                                          "storageDiagnostics": {"batchId": guid()}},
                   "dataVersion": "", "metadataVersion": "1", "eventTime": iso7()}]
            return 'eventgrid_event', J(ev)
        if k == 1:
            ev = {"specversion": "1.0", "type": "Tidewell.Plan.DocumentPublished", "source": topic, "id": guid(), "time": iso7(),
                  "subject": "/plans/%s/sbc" % ch(PLAN_IDS), "datacontenttype": "application/json",
                  "data": {"planId": ch(PLAN_IDS), "language": ch(["en", "es"]), "version": semver(), "publishedBy": ch(STAFF_UPN)}}
            return 'eventgrid_cloudevent', J(ev)
        if k == 2:
            msg = "outcome=Aborted, latencyInMs=%d, id=%s, outputEventSystemId=%s, state=Filtered, deliveryTime=%s, deliveryCount=%d, probationCount=0, deliverySchema=EventGridEvent, eventSubscriptionDeliverySchema=EventGridEvent, delivered=False, publishTime=%s, eventType=Tidewell.Claim.StatusChanged, subject=/claims/%s/status, publisher=EGT-TWH-MEMBER-EVENTS.EASTUS2-1.EVENTGRID.AZURE.NET, size=%d" % (
                ri(30000, 30100), guid(), guid(), iso7(), ri(1, 30), iso7(ago(ri(1000, 900000))), claim_no(), ri(400, 4000))
            obj = {"time": iso7(), "resourceId": topic.upper(), "eventSubscriptionName": "EGS-CRM-SYNC", "category": "DeliveryFailures",
                   "operationName": "Deliver", "message": msg}
            return 'eventgrid_deliveryfailure', J(obj)
        return 'eventgrid_event', J([{"id": guid(), "topic": topic, "subject": "", "data": {"validationCode": guid(), "validationUrl": "https://rp-eastus2.eventgrid.azure.net:553/eventsubscriptions/egs-crm-sync/validate?id=%s&t=%s&apiVersion=2022-06-15&token=%s" % (guid(True), iso7(), b64url(24))},
                                      "eventType": "Microsoft.EventGrid.SubscriptionValidationEvent", "eventTime": iso7(), "metadataVersion": "1", "dataVersion": "2"}])
    p = Person()
    k = ri(0, 3)
    if k == 0:
        fn = ch(['receipt', 'idcard_front', 'referral', 'eob'])
        url = P('https://stmbrdocsprod.blob.core.windows.net/claims-attachments/%s/%s_%s.pdf' % (p.mid, fn, NOW[0].strftime('%Y%m%d')), 'url')
        ev = [{"topic": stg, "subject": S("/blobServices/default/containers/claims-attachments/blobs/", P(p.mid, 'health_plan'), "/%s_%s.pdf" % (fn, NOW[0].strftime('%Y%m%d'))),
               "eventType": "Microsoft.Storage.BlobCreated", "id": guid(),
               "data": {"api": "PutBlockList", "clientRequestId": guid(), "requestId": guid(), "contentType": "application/pdf",
                        "contentLength": ri(20000, 4000000), "blobType": "BlockBlob", "url": url, "sequencer": '0' * 16 + hexs(16)},
               "dataVersion": "", "metadataVersion": "1", "eventTime": iso7()}]
        return 'eventgrid_event', J(ev)
    if k == 1:
        ev = {"specversion": "1.0", "type": "Tidewell.Member.ContactUpdated", "source": topic, "id": guid(), "time": iso7(),
              "subject": S("/members/", P(p.mid, 'health_plan'), "/contact"), "datacontenttype": "application/json",
              "data": {K('mid'): P(p.mid, 'health_plan'), K('email'): P(p.email, 'email'), K('phone'): P(pfmt(p.phone, 2), 'phone'),
                       "smsConsent": True, "updatedVia": "ios"}}
        return 'eventgrid_cloudevent', J(ev, mode=ch(['py', 'net']))
    if k == 2:
        msg = S("outcome=Aborted, latencyInMs=%d, id=%s, state=Filtered, deliveryCount=%d, eventType=Tidewell.Member.ContactUpdated, subject=/members/" % (ri(30000, 30100), guid(), ri(1, 30)),
                P(p.mid, 'health_plan'), "/contact, publisher=EGT-TWH-MEMBER-EVENTS.EASTUS2-1.EVENTGRID.AZURE.NET, size=%d" % ri(400, 4000))
        obj = {"time": iso7(), "resourceId": topic.upper(), "eventSubscriptionName": "EGS-CRM-SYNC", "category": "DeliveryFailures",
               "operationName": "Deliver", "message": msg}
        return 'eventgrid_deliveryfailure', J(obj)
    ev = [{"id": guid(), "topic": topic, "subject": "members/rpm/enrollment", "eventType": "Tidewell.Rpm.DeviceAssigned", "eventTime": iso7(),
           "data": {"memberId": P(p.mid, 'health_plan'), "deviceType": "cellular-bp-cuff", "serialNumber": P('BPM-' + digs(4) + letters(2) + digs(5), 'device'),
                    "udi": P('(01)%s(17)%s(10)%s(21)%s' % (gtin14(), (REF + timedelta(days=ri(300, 900))).strftime('%y%m%d'), letters(1) + digs(5), digs(9)), 'device'),
                    "imei": P(mkimei(), 'device'), "shipTo": {"zip": P(p.addr['zip'], 'zip')}},
           "dataVersion": "1.0", "metadataVersion": "1"}]
    return 'eventgrid_event', J(ev)


# ----------------------------------------------------------------------------
# Cosmos DB change feed
# ----------------------------------------------------------------------------
def cosmos_meta(d):
    rid = base64.b64encode(rbytes(4)).decode()[:6] + '=='
    d.update({"_rid": b64(12), "_self": "dbs/%s/colls/%s/docs/%s/" % (rid, b64(6), b64(12)),
              "_etag": '"%s-0000-0200-0000-%s0000"' % (hexs(8), hexs(8)), "_attachments": "attachments/",
              "_ts": epoch() - ri(0, 5), "_lsn": ri(10000, 999999)})
    return d


def fam_cosmos(phi):
    prefix = ch(['', '', 'ChangeFeedProcessor[%s] lease %d batch of %d: ' % (ch(["member-profile-sync", "crm-projection", "search-indexer"]), ri(0, 15), ri(1, 100))])
    if not phi:
        k = ri(0, 3)
        if k == 0:
            d = {"id": ch(PLAN_IDS), "type": "planBenefit", "planYear": 2024, "effectiveDate": "2024-01-01", "terminationDate": "2024-12-31", "deductible": {"individual": ch([500, 1500, 3000, 7050]), "family": ch([1000, 3000, 6000])},
                 "oopMax": ch([4000, 6350, 9450]), "copays": {"pcp": ch([0, 20, 35]), "specialist": ch([40, 60, 80]), "er": ch([250, 400])},
                 "contact": {"memberServices": ORG_PHONES["memberServices"], "tty": ORG_PHONES["tty"]}}
        elif k == 1:
            d = {"id": "%s.documents.azure.com_%s_%s..%d" % ("cosmos-twh-members-prod", b64(3).rstrip('='), b64(6).rstrip('='), ri(0, 15)),
                 "version": 1, "LeaseToken": str(ri(0, 15)), "ContinuationToken": '"%d"' % ri(10000, 999999), "timestamp": iso7(),
                 "Owner": guid(), "properties": {}}
            return 'cosmos_changefeed', [prefix, J(d)]
        elif k == 2:
            c = clin()
            f = ch(FACILITIES)
            d = {"id": guid(), "type": "providerDirectory", "npi": c['npi'], "tin": '91-%07d' % ri(1000000, 9999999), "name": clin_name(c, 1), "specialty": c['spec'],
                 "location": {"facility": f[0], "line1": f[1], "city": f[2], "state": f[3], "zip": f[4], "phone": f[5]},
                 "acceptingNewPatients": ch([True, False]), "languages": ch([["en"], ["en", "es"], ["en", "vi"]])}
        else:
            d = {"id": guid(), "type": "outboxCheckpoint", "partition": "outbox-%02d" % ri(0, 31), "lastSequence": ri(1000, 9999999),
                 "updatedAt": iso7(), "host": role_instance()}
        return 'cosmos_changefeed', [prefix, J(cosmos_meta(d))]
    p = Person()
    k = ri(0, 5)
    if k == 0:
        d = {"id": guid(), K('mid'): P(p.mid, 'health_plan'), "pk": P(p.mid, 'health_plan'), "type": "memberProfile",
             "name": {"given": [P(p.first, 'name')] + ([P(p.middle, 'name')] if p.middle else []), "family": P(p.last, 'name')},
             K('dob'): P(dfmt(p.dob, ch(['iso', 'isot', 'isoz'])), 'date'), "gender": {"F": "female", "M": "male"}[p.sex],
             "address": {"line": [P(p.addr1(), 'address')], "city": P(p.addr['city'], 'address'), "district": P(p.addr['county'], 'address'),
                         "state": p.addr['state'], "postalCode": P(p.zipv(), 'zip')},
             "planId": ch(PLAN_IDS), "groupNumber": ch(GROUPS)}
    elif k == 1:
        d = {"id": guid(), "pk": P(p.mid, 'health_plan'), "type": "preferences", "paperless": True,
             K('email'): P(p.email, 'email'), "sms": {"number": P('+1' + p.phone, 'phone'), "consentAt": iso7(ago(ri(1000, 9000000)))},
             "language": ch(["en", "es", "vi", "so", "ru"])}
        if maybe(0.5):
            d["preferredContact"] = "fax"
            d["faxNumber"] = P(pfmt(mkphone(p.addr['acs']), ch([1, 3])), 'fax')
    elif k == 2:
        d = {"id": guid(), "pk": P(p.mid, 'health_plan'), "type": "digitalIdCard", "memberName": P(p.name('FL'), 'name'),
             "subscriberId": P(p.mid, 'health_plan'), "rx": {"bin": "610014", "pcn": "TWHRX", "group": "TWH2024"},
             "photo": P(jpeg_datauri(ri(500, 1200)), 'photo'), "printedAt": iso7()}
    elif k == 3:
        d = {"id": guid(), "pk": P(p.mid, 'health_plan'), "type": "biometricEnrollment", "modality": ch(["fingerprint", "face"]),
             "template": P(fmr_template(), 'biometric'), "format": "ISO/IEC 19794-2:2005", "enrolledDevice": {"model": "iPhone15,3", "imei": P(mkimei(), 'device')},
             "certThumbprint": hexs(40, True)}
    elif k == 5:
        drv = Person(18, 70)
        st = p.addr['state']
        d = {"id": guid(), "pk": P(p.mid, 'health_plan'), "type": "nemtTrip", "tripId": 'NT-%s-%04d' % (NOW[0].strftime('%y%m%d'), ri(1, 9999)),
             "appointmentDate": P(dfmt(appt_date(), 'iso'), 'date'), "destination": {"facility": ch(FACILITIES)[0]},
             "driver": {"name": P(drv.name('fl'), 'name'), "relationship": ch(["son", "daughter", "spouse", "grandson"]),
                        "licenseNumber": P(mkdl(st), 'license'), "licenseState": st},
             "vehicle": {"vin": P(mkvin(), 'vehicle'), "plate": P(mkplate(st), 'vehicle'), "make": ch(["Toyota", "Honda", "Ford", "Chevrolet"])},
             "mileage": ri(2, 90)}
    else:
        intl = ch(['sin', 'curp', 'nino', 'aadhaar'])
        if intl == 'sin':
            nid = {"type": "CA-SIN", "value": P(mksin(), 'other_id')}
        elif intl == 'curp':
            nid = {"type": "MX-CURP", "value": P(mkcurp(p.first, p.last, p.dob, p.sex), 'other_id')}
        elif intl == 'nino':
            nid = {"type": "UK-NINO", "value": P(mknino(), 'other_id')}
        else:
            nid = {"type": "IN-AADHAAR", "value": P(mkaadhaar(), 'other_id')}
        d = {"id": guid(), "pk": P(p.mid, 'health_plan'), "type": "dependentVerification", "dependentName": P(Person(0, 22).name('fl'), 'name'),
             "foreignNationalId": nid, "passportNumber": P(letters(1) + digs(8), 'other_id'), "status": ch(["verified", "pending-docs"])}
    return 'cosmos_changefeed', [prefix, J(cosmos_meta(d), mode=ch(['py', 'py', 'ascii']))]


# ----------------------------------------------------------------------------
# Azure AD B2C (audit, sign-in, custom policy traces)
# ----------------------------------------------------------------------------
B2C_DOMAIN = "tidewellmembers.onmicrosoft.com"


def b2c_audit(activity, category, target, initiated, extra=None, result="success"):
    props = {"id": "Directory_%s_%s" % (hexs(5, True), hexs(8)), "category": category, "correlationId": guid(),
             "result": result, "resultReason": "", "activityDisplayName": activity, "activityDateTime": iso7(),
             "loggedByService": ch(["Core Directory", "B2C"]), "operationType": activity.split()[0],
             "initiatedBy": initiated, "targetResources": target, "additionalDetails": extra or []}
    return {"time": iso7(), "resourceId": "/tenants/%s/providers/Microsoft.aadiam" % B2C_TENANT, "operationName": activity,
            "operationVersion": "1.0", "category": "AuditLogs", "tenantId": B2C_TENANT, "resultSignature": "None",
            "durationMs": 0, "callerIpAddress": "", "correlationId": props["correlationId"], "Level": 4, "properties": props}


def fam_b2c(phi):
    pol_app = {"app": {"appId": guid(), "displayName": ch(["B2C_1A_SIGNUP_SIGNIN", "B2C_1A_PROFILEEDIT", "B2C_1A_PASSWORDRESET"]),
                       "servicePrincipalId": guid(), "servicePrincipalName": None}}
    if not phi:
        k = ri(0, 3)
        if k == 0:
            upn = ch(STAFF_UPN)
            obj = {"time": iso7(), "resourceId": "/tenants/%s/providers/Microsoft.aadiam" % TENANT, "operationName": "Sign-in activity",
                   "category": "SignInLogs", "resultType": "0", "callerIpAddress": ch([azure_ip(), '4.%d.%d.%d' % (ri(1, 250), ri(0, 255), ri(1, 254))]),
                   "identity": upn.split('@')[0], "properties": {"userPrincipalName": upn, "userDisplayName": ch(STAFF_NAMES), "appDisplayName": "Azure Portal",
                                                                  "clientAppUsed": "Browser", "conditionalAccessStatus": "success",
                                                                  "location": {"city": "Seattle", "state": "Washington", "countryOrRegion": "US"},
                                                                  "status": {"errorCode": 0}, "isInteractive": True, "riskLevelDuringSignIn": "none"}}
            return 'b2c_signin', J(obj)
        if k == 1:
            obj = b2c_audit(ch(["Upload trust framework policy", "Update policy", "Get key container"]), "PolicyManagement",
                            [{"id": "B2C_1A_%s" % ch(["TrustFrameworkExtensions", "SIGNUP_SIGNIN", "TokenSigningKeyContainer"]), "displayName": None, "type": "Policy"}],
                            {"user": {"id": guid(), "displayName": None, "userPrincipalName": ch(STAFF_UPN), "ipAddress": ""}})
            return 'b2c_audit', J(obj)
        if k == 2:
            obj = {"name": "Microsoft.ApplicationInsights.%s.Event" % IKEY.replace('-', ''), "time": iso7(), "iKey": IKEY,
                   "data": {"baseType": "EventData", "baseData": {"ver": 2, "name": "Journey", "properties": {
                       "TenantId": B2C_DOMAIN, "PolicyId": "B2C_1A_signup_signin", "CorrelationId": guid(), "OrchestrationStep": str(ri(1, 9)),
                       "TechnicalProfile": ch(["REST-ValidateMemberEligibility", "AAD-UserReadUsingObjectId", "SelfAsserted-LocalAccountSignin-Email"]),
                       "ElapsedMs": str(ri(20, 3000)), "Result": ch(["Success", "Success", "Skipped"])}}}}
            return 'b2c_appinsights', J(obj)
        obj = b2c_audit("Issue an id_token to the application", "Authentication", [{"id": MEMBER_APP_ID, "displayName": "Tidewell Member App (iOS)", "type": "Application"}],
                        {"app": {"appId": None, "displayName": "Azure AD B2C", "servicePrincipalId": None}},
                        [{"key": "PolicyId", "value": "B2C_1A_SIGNUP_SIGNIN"}, {"key": "ApplicationId", "value": MEMBER_APP_ID},
                         {"key": "Client", "value": "Synthetic monitor (AvailabilityTest eus2)"}, {"key": "ClientIpAddress", "value": priv_ip()}])
        return 'b2c_audit', J(obj)
    p = Person()
    oid = guid()
    k = ri(0, 4)
    if k == 0:
        tr = [{"id": oid, "displayName": P(p.name('fl'), 'name'), "type": "User", "userPrincipalName": "%s@%s" % (oid, B2C_DOMAIN),
               "modifiedProperties": [
                   {"displayName": "AccountEnabled", "oldValue": "[]", "newValue": "[true]"},
                   {"displayName": "DisplayName", "oldValue": "[]", "newValue": S(J([P(p.name('fl'), 'name')]))},
                   {"displayName": "SignInNames", "oldValue": "[]", "newValue": S(J([{"type": "emailAddress", "value": P(p.email, 'email')}]))},
                   {"displayName": "extension_%s_MemberId" % B2C_EXT, "oldValue": "[]", "newValue": S(J([P(p.mid, 'health_plan')]))},
                   {"displayName": "extension_%s_DateOfBirth" % B2C_EXT, "oldValue": "[]", "newValue": S(J([P(dfmt(p.dob, 'iso'), 'date')]))}]}]
        obj = b2c_audit("Add user", "UserManagement", tr, pol_app, [{"key": "UserType", "value": "Member"}])
        return 'b2c_audit', J(obj)
    if k == 1:
        ip = P(pub_ip(), 'ip')
        obj = {"time": iso7(), "resourceId": "/tenants/%s/providers/Microsoft.aadiam" % B2C_TENANT, "operationName": "Sign-in activity",
               "category": "SignInLogs", "resultType": ch(["0", "50126", "0"]), "callerIpAddress": ip,
               "properties": {"id": guid(), "createdDateTime": iso7(), "userDisplayName": P(p.name('fl'), 'name'),
                              "userPrincipalName": "%s@%s" % (oid, B2C_DOMAIN), "userId": oid, "appId": MEMBER_APP_ID,
                              "appDisplayName": "Tidewell Member App", "ipAddress": ip, "clientAppUsed": "Mobile Apps and Desktop clients",
                              "deviceDetail": {"deviceId": "", "operatingSystem": ch(["Ios 17", "Android 14"]), "browser": "Mobile App"},
                              "location": {"city": P(p.addr['city'], 'address'), "state": STATE_NAMES[p.addr['state']], "countryOrRegion": "US"},
                              "status": {"errorCode": 0}, "isInteractive": True}}
        return 'b2c_signin', J(obj)
    if k == 2:
        ip = pub_ip()
        obj = b2c_audit("Issue an id_token to the application", "Authentication", [{"id": MEMBER_APP_ID, "displayName": "Tidewell Member App (iOS)", "type": "Application"}],
                        {"user": {"id": oid, "displayName": None, "userPrincipalName": P(p.email, 'email'), "ipAddress": P(ip, 'ip')}},
                        [{"key": "PolicyId", "value": "B2C_1A_SIGNUP_SIGNIN"}, {"key": "ApplicationId", "value": MEMBER_APP_ID},
                         {"key": "Client", "value": "iOS 17.4.1"}, {"key": "ClientIpAddress", "value": P(ip, 'ip')},
                         {"key": "DomainName", "value": B2C_DOMAIN}, {"key": "IdentityProviderName", "value": "local"}])
        return 'b2c_audit', J(obj)
    if k == 3:
        claims = {"memberId": P(p.mid, 'health_plan'), "dateOfBirth": P(dfmt(p.dob, 'iso'), 'date'), "lastName": P(p.last, 'name'),
                  "postalCode": P(p.addr['zip'], 'zip'), "email": P(p.email, 'email')}
        obj = {"name": "Microsoft.ApplicationInsights.%s.Event" % IKEY.replace('-', ''), "time": iso7(), "iKey": IKEY,
               "data": {"baseType": "EventData", "baseData": {"ver": 2, "name": "ValidationTechnicalProfile", "properties": {
                   "TenantId": B2C_DOMAIN, "PolicyId": "B2C_1A_signup_signin", "CorrelationId": guid(), "OrchestrationStep": "4",
                   "TechnicalProfile": "REST-ValidateMemberEligibility", "InputClaims": S(J(claims)), "HttpStatus": str(ch([200, 409]))}}}}
        return 'b2c_appinsights', J(obj, mode=ch(['py', 'net']))
    if maybe(0.35):
        obj = {"name": "Microsoft.ApplicationInsights.%s.Event" % IKEY.replace('-', ''), "time": iso7(), "iKey": IKEY,
               "data": {"baseType": "EventData", "baseData": {"ver": 2, "name": "IdvLivenessResult", "properties": {
                   "TenantId": B2C_DOMAIN, "PolicyId": "B2C_1A_idproofing", "CorrelationId": guid(), "OrchestrationStep": "6",
                   "TechnicalProfile": "REST-IdvLiveness", "signInName": P(p.email, 'email'), "livenessScore": "%.3f" % R.random(),
                   "faceTemplate": P(b64(ri(160, 300)), 'biometric')}}}}
        return 'b2c_appinsights', J(obj, mode=ch(['py', 'net']))
    old, new = mkphone(p.addr['acs']), p.phone
    tr = [{"id": oid, "displayName": None, "type": "User", "userPrincipalName": "%s@%s" % (oid, B2C_DOMAIN),
           "modifiedProperties": [{"displayName": "StrongAuthenticationPhoneNumber", "oldValue": S('["', P('+1 ' + pfmt(old, 1), 'phone'), '"]'),
                                   "newValue": S('["', P('+1 ' + pfmt(new, 1), 'phone'), '"]')}]}]
    obj = b2c_audit("Update user", "UserManagement", tr, pol_app)
    return 'b2c_audit', J(obj)


# ----------------------------------------------------------------------------
# API Management
# ----------------------------------------------------------------------------
APIM_APIS = [("member-eligibility-v1", "get-eligibility"), ("member-profile-v2", "get-profile"),
             ("claims-v2", "list-claims"), ("patient-access-fhir", "fhir-read"), ("idcard-v1", "get-idcard"),
             ("provider-directory-v1", "search-practitioners")]


def fam_apim(phi):
    api, op = ch(APIM_APIS)
    code = ch([200, 200, 200, 401, 404, 429, 500, 502])
    cip = ch([azure_ip(), priv_ip()])
    if not phi:
        k = ri(0, 3)
        if k == 0:
            path = ch(["/member/v1/plans/%s/benefits" % ch(PLAN_IDS), "/provider/v1/practitioners?specialty=%s&page=%d" % (ch(["cardiology", "dermatology", "pediatrics"]), ri(1, 9)),
                       "/member/v2/members/me/profile", "/claims/v2/claims/%s" % claim_no(), "/status-0123456789abcdef"])
            url = "https://api.tidewellhealth.com" + path
        elif k == 1:
            return 'apim_trace', ["[apim-twh-prod] trace source=%s severity=information message=" % ch(["jwt-validate", "rate-limit", "backend-select"]),
                                  CSVQ(["backend=%s region=eastus2 retry=%d cacheLookup=%s" % (ch(APPS), ri(0, 3), ch(["hit", "miss"]))]),
                                  " requestId=%s elapsed=00:00:00.%07d" % (guid(), ri(1000, 9999999))]
        elif k == 2:
            tr = {"traceId": hexs(32), "traceEntries": {"inbound": [
                {"source": "api-inspector", "timestamp": iso7(), "elapsed": "00:00:00.000%d" % ri(1000, 9999),
                 "data": {"request": {"method": "GET", "url": "https://api.tidewellhealth.com/member/v1/plans/2024", "headers": [
                     {"name": "Ocp-Apim-Subscription-Key", "value": "****" + hexs(4)}, {"name": "Authorization", "value": "Bearer eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiIs..."},
                     {"name": "X-Forwarded-For", "value": "10.%d.%d.%d:%d" % (ri(0, 20), ri(0, 255), ri(1, 254), ri(30000, 65000))}]}}}]}}
            return 'apim_trace', J(tr)
        else:
            url = "https://api.tidewellhealth.com/member/v1/health"
    else:
        p = Person()
        k = ri(0, 3)
        if k == 0:
            url = P("https://api.tidewellhealth.com/member/v1/members/%s/%s" % (p.mid, ch(["eligibility", "accumulators", "idcard", "pcp"])), 'url')
            cip = P(pub_ip(), 'ip') if maybe(0.6) else cip
        elif k == 1:
            tr = {"traceId": hexs(32), "traceEntries": {"inbound": [
                {"source": "api-inspector", "timestamp": iso7(), "elapsed": "00:00:00.000%d" % ri(1000, 9999),
                 "data": {"request": {"method": "GET", "url": "https://api.tidewellhealth.com/member/v1/eligibility", "headers": [
                     {"name": "X-Member-Id", "value": P(p.mid, 'health_plan')}, {"name": "X-Member-DOB", "value": P(dfmt(p.dob, 'iso'), 'date')},
                     {"name": "X-Forwarded-For", "value": S(P(pub_ip(), 'ip'), ", 10.%d.%d.%d" % (ri(0, 20), ri(0, 255), ri(1, 254)))},
                     {"name": "X-Device-IMEI", "value": P(mkimei(), 'device')},
                     {"name": "Ocp-Apim-Subscription-Key", "value": "****" + hexs(4)}]}}},
                {"source": "set-backend-service", "timestamp": iso7(), "elapsed": "00:00:00.00%d" % ri(10000, 99999),
                 "data": {"message": "Backend service URL was changed.", "oldBackendServiceUrl": "https://twh-eligibility-prod.azurewebsites.net/api",
                          "newBackendServiceUrl": "https://twh-eligibility-prod.azurewebsites.net/api"}}]}}
            return 'apim_trace', J(tr)
        elif k == 2:
            payload = {"EventTime": iso7(), "ServiceName": "apim-twh-prod.azure-api.net", "RequestId": guid(), "RequestIp": P(pub_ip(), 'ip'),
                       "OperationName": "UpdateProfile", "requestBody": S(J({K('mid'): P(p.mid, 'health_plan'), K('first'): P(p.first, 'name'),
                                                                              K('last'): P(p.last, 'name'), K('phone'): P(pfmt(p.phone, 1), 'phone'),
                                                                              "address": {"street": P(p.addr1(), 'address'), "city": P(p.addr['city'], 'address'), "zip": P(p.addr['zip'], 'zip')}}))}
            return 'apim_eventhub', ["EventHubLogger partition=%d offset=%d body=" % (ri(0, 7), ri(100000, 9999999)), J(payload, mode=ch(['py', 'net']))]
        else:
            return 'apim_trace', ["[apim-twh-prod] trace source=member-context severity=information message=",
                                  CSVQ(["member=", P(p.mid, 'health_plan'), " email=", P(p.email, 'email'), " plan=%s" % ch(PLAN_IDS)]),
                                  " requestId=%s elapsed=00:00:00.%07d" % (guid(), ri(1000, 9999999))]
    back = ri(5, 3000)
    obj = {"DeploymentVersion": "0.41.%d.0" % ri(16000, 17999), "Level": 4, "isRequestSuccess": code < 400, "time": iso7(),
           "operationName": "Microsoft.ApiManagement/GatewayLogs", "category": "GatewayLogs", "durationMs": back + ri(1, 40),
           "callerIpAddress": cip, "correlationId": guid(), "location": "East US 2",
           "properties": {"method": "GET", "url": url, "backendResponseCode": code, "responseCode": code, "responseSize": ri(300, 90000),
                          "cache": ch(["none", "hit", "miss"]), "backendTime": back, "requestSize": ri(200, 3000), "apiId": api,
                          "operationId": op, "productId": ch(["member-mobile", "member-web", "patient-access-3p"]), "userId": "1",
                          "apimSubscriptionId": ch(["member-mobile-ios", "member-mobile-android", "member-web"]),
                          "backendProtocol": "HTTP/1.1", "apiRevision": str(ri(1, 9)), "clientTlsVersion": "1.2",
                          "backendMethod": "GET"},
           "resourceId": "/SUBSCRIPTIONS/%s/RESOURCEGROUPS/RG-TWH-APIM-PROD/PROVIDERS/MICROSOFT.APIMANAGEMENT/SERVICE/APIM-TWH-PROD" % SUB.upper()}
    if isinstance(url, P):
        obj["properties"]["backendUrl"] = P(url.v.replace("https://api.tidewellhealth.com/member/v1", "https://twh-eligibility-prod.azurewebsites.net/api"), 'url')
    return 'apim_gateway', J(obj)


# ----------------------------------------------------------------------------
# Azure Monitor / KQL results pasted into logs
# ----------------------------------------------------------------------------
def fam_kql(phi):
    if not phi:
        k = ri(0, 3)
        if k == 0:
            q = ch(["AppRequests | where TimeGenerated > ago(15m) | where Success == false | summarize Failures=count() by AppRoleName, ResultCode | order by Failures desc",
                    "AppExceptions | where ProblemId has 'RedisTimeoutException' | summarize count() by bin(TimeGenerated, 5m)",
                    "MicrosoftHealthcareApisAuditLogs | where StatusCode >= 500 | summarize n=count() by OperationName, FhirResourceType",
                    "AzureDiagnostics | where Category == 'GatewayLogs' and responseCode_d == 429 | summarize count() by apiId_s"])
            return 'kql_runbook', ["[%s] runbook=Invoke-OpsQuery workspace=log-twh-prod-eus2 query=" % iso3(), CSVQ([q]), " rows=%d elapsed=%.2fs" % (ri(0, 40), R.random() * 5)]
        if k == 1:
            return 'kql_result_table', ["| %s | %s | %s | %d | %.1f |" % (iso0(ago(ri(0, 3600000))), ch(APPS), ch(['500', '503', '429', '404']), ri(1, 400), R.random() * 3000)]
        if k == 2:
            res = {"tables": [{"name": "PrimaryResult", "columns": [{"name": "TimeGenerated", "type": "datetime"}, {"name": "AppRoleName", "type": "string"}, {"name": "p95", "type": "real"}],
                               "rows": [[iso7(ago(ri(0, 3600000))), ch(APPS), round(R.random() * 2000, 3)] for _ in range(ri(1, 4))]}]}
            return 'kql_result_json', J(res)
        return 'kql_alert', ["Azure Monitor alert 'Eligibility 5xx > 2%' fired: severity=Sev2, SearchQuery=", CSVQ(["AppRequests | where AppRoleName == 'func-twh-eligibility-prod' and toint(ResultCode) >= 500"]),
                             ", ResultCount=%d, LinkToSearchResultsUI=https://portal.azure.com/#@tidewellhealth.onmicrosoft.com/blade/Microsoft_Azure_Monitoring_Logs/LogsBlade/source/Alerts.EmailLinks/scope/%s/q/%s" % (ri(3, 90), urllib.parse.quote('{"resources":[{"resourceId":"/subscriptions/%s/resourceGroups/rg-twh-observability-prod"}]}' % SUB, safe=''), b64url(60))]
    p = Person()
    k = ri(0, 4)
    if k == 0:
        which = ri(0, 2)
        if which == 0:
            qs = ["traces | where customDimensions.prop__MemberId == '", P(p.mid, 'health_plan'), "' | project timestamp, message | take 50"]
        elif which == 1:
            qs = ["AppRequests | where Url has '", P(p.email, 'email'), "' | project TimeGenerated, Url, ResultCode"]
        else:
            qs = ["union traces, exceptions | where * has '", P(p.last, 'name'), "' and * has '", P(dfmt(p.dob, 'iso'), 'date'), "'"]
        return 'kql_runbook', ["[%s] runbook=Invoke-OpsQuery workspace=log-twh-prod-eus2 query=" % iso3(), CSVQ(qs), " rows=%d elapsed=%.2fs" % (ri(0, 40), R.random() * 5)]
    if k == 1:
        return 'kql_result_table', ["| %s | " % iso0(ago(ri(0, 3600000))), P(p.mid, 'health_plan'), " | ", P(p.last, 'name'), " | ", P(p.first, 'name'), " | ",
                                    P(dfmt(p.dob, 'iso'), 'date'), " | ", P(p.addr['city'], 'address'), " | ", P(p.addr['zip'], 'zip'), " | %s |" % ch(["Active", "Termed"])]
    if k == 2:
        rows = []
        for _ in range(ri(1, 3)):
            q = Person()
            rows.append([iso7(ago(ri(0, 3600000))), S("Eligibility check for member ", P(q.mid, 'health_plan'), " dob ", P(dfmt(q.dob, 'iso'), 'date'), " returned Active"), 1])
        res = {"tables": [{"name": "PrimaryResult", "columns": [{"name": "timestamp", "type": "datetime"}, {"name": "message", "type": "string"}, {"name": "severityLevel", "type": "int"}],
                           "rows": rows}]}
        return 'kql_result_json', J(res)
    if k == 3:
        return 'kql_export_csv', [iso3(ago(ri(0, 3600000))), ',', CSVQ(["Welcome email queued to ", P(p.email, 'email'), " (template welcome-commercial-v4, member ", P(p.mid, 'health_plan'), ")"]),
                                  ',1,func-twh-notify-prod,', hexs(32)]
    o = old_person()
    return 'kql_result_table', ["%s\t" % iso0(ago(ri(0, 3600000))), P(o.mid, 'health_plan'), "\t", P(str(o.age), 'age'), "\t", P(o.name('lf'), 'name'), "\tfalls-prevention\t%d" % ri(1, 5)]


# ----------------------------------------------------------------------------
# assembly, checks, output
# ----------------------------------------------------------------------------
FAMILIES = [  # (generator, weight, PHI propensity)
    (fam_ai_trace, 14, 1.0), (fam_ai_request, 8, 0.9), (fam_ai_exception, 5, 0.9),
    (fam_func_host, 9, 0.6), (fam_func_worker, 6, 0.9), (fam_http_w3c, 8, 0.9),
    (fam_app_log, 6, 1.0), (fam_kudu, 3, 0.3), (fam_fhir_audit, 7, 1.0),
    (fam_logicapp, 8, 1.2), (fam_x12, 3, 1.6), (fam_servicebus, 5, 1.0),
    (fam_eventgrid, 5, 1.0), (fam_cosmos, 6, 1.2), (fam_b2c, 6, 1.0),
    (fam_apim, 6, 1.0), (fam_kql, 5, 1.0),
]

SSN_RE = re.compile(r'^(\d{3})-?(\d{2})-?(\d{4})$')


def validate_value(cat, v):
    """Sanity checks on the synthetic values (on the decoded text)."""
    if cat == 'ssn':
        m = SSN_RE.match(v)
        assert m, v
        a, g, s = (int(x) for x in m.groups())
        assert 0 < a < 900 and a != 666 and g > 0 and s > 0, v
    elif cat == 'account':
        d = re.sub(r'[ -]', '', v)
        if d.isdigit() and len(d) in (15, 16) and d[0] in '3456':
            assert luhn_ok(d), v
    elif cat == 'vehicle' and len(v) == 17:
        assert vin_check(v) == v[8], v
    elif cat == 'age':
        assert v.isdigit() and int(v) > 89, v
    elif cat == 'ip':
        assert not re.match(r'^(10\.|127\.|169\.254\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|203\.0\.113\.|198\.51\.100\.|192\.0\.2\.|100\.(6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.)', v), v
    elif cat in ('phone', 'fax'):
        d = re.sub(r'\D', '', v)
        if len(d) == 11:
            d = d[1:]
        assert len(d) == 10 and d[0] not in '01' and d[3] not in '01', v


def check_line(line, spans, phi, fam):
    assert b'\n' not in line and b'\r' not in line, fam
    assert len(line) <= MAX_LINE, (fam, len(line))
    text = line.decode('utf-8')
    prev_e = -1
    for sp in spans:
        s, e = sp['s'], sp['e']
        assert 0 <= s < e <= len(line) and s >= prev_e, (fam, sp)
        assert line[s:e] == sp['_v'], (fam, sp)
        prev_e = e
    assert bool(spans) == phi, (fam, phi, spans)
    # every occurrence of a labeled value must lie inside some span
    # (whole-token matches only; bare city names and very short values are
    # skipped because an organisation's address may share the patient's city)
    for sp in spans:
        v = sp['_v']
        if len(v) < 5 or (sp['cat'] == 'address' and not re.search(rb'\d', v)) or \
                (sp['cat'] == 'name' and not re.search(rb'[ ,]', v)):
            continue
        i = line.find(v)
        while i >= 0:
            j = i + len(v)
            bounded = (i == 0 or not line[i - 1:i].isalnum()) and (j == len(line) or not line[j:j + 1].isalnum())
            if bounded:
                assert any(o['s'] <= i and j <= o['e'] for o in spans), ('unlabeled copy', fam, v, text)
            i = line.find(v, i + 1)
    # JSON documents must parse
    if text.startswith('{') or text.startswith('[{'):
        try:
            json.loads(text)
        except Exception:
            print("BAD JSON", fam, text[:300]); raise
    return text


def decoded(text_line, sp, line):
    """Decode a span value for validation when it sits in a JSON string."""
    raw = line[sp['s']:sp['e']].decode('utf-8')
    try:
        v = json.loads('"' + raw + '"')
        if '\\' in raw:
            try:
                v = json.loads('"' + v + '"')
            except Exception:
                pass
        return v
    except Exception:
        return raw


def main():
    fams = [f for f, _, _ in FAMILIES]
    weights = [w for _, w, _ in FAMILIES]
    prop = {f: pr for f, _, pr in FAMILIES}
    seq = R.choices(fams, weights=weights, k=N_LINES)
    scores = [(R.random() * prop[f], i) for i, f in enumerate(seq)]
    phi_idx = set(i for _, i in sorted(scores, reverse=True)[:N_PHI])
    out_lines, out_labels = [], []
    counts = {}
    fam_counts = {}
    for i, f in enumerate(seq):
        tick()
        phi = i in phi_idx
        fam, segs = f(phi)
        line, spans = render(segs)
        text = check_line(line, spans, phi, fam)
        for sp in spans:
            validate_value(sp['cat'], decoded(text, sp, line))
            counts[sp['cat']] = counts.get(sp['cat'], 0) + 1
        fam_counts[fam] = fam_counts.get(fam, 0) + 1
        out_lines.append(line)
        out_labels.append({"line": i + 1, "family": fam,
                           "spans": [{"s": sp['s'], "e": sp['e'], "cat": sp['cat']} for sp in spans]})
    assert len(out_lines) == N_LINES
    log_path = os.path.join(HERE, 'bt.log')
    lab_path = os.path.join(HERE, 'bt.labels.jsonl')
    with open(log_path, 'wb') as fh:
        for ln in out_lines:
            fh.write(ln + b'\n')
    with open(lab_path, 'w', encoding='utf-8', newline='\n') as fh:
        for lab in out_labels:
            fh.write(json.dumps(lab, ensure_ascii=False) + '\n')
    # re-read and verify the written files against the labels
    with open(log_path, 'rb') as fh:
        data = fh.read()
    lines = data.split(b'\n')
    assert lines[-1] == b'' and len(lines) == N_LINES + 1
    with open(lab_path, encoding='utf-8') as fh:
        labs = [json.loads(x) for x in fh]
    assert len(labs) == N_LINES
    for n, (ln, lab, orig) in enumerate(zip(lines, labs, out_lines), 1):
        assert lab['line'] == n and ln == orig
    no_phi = sum(1 for lab in labs if not lab['spans'])
    print('lines:', N_LINES, ' without PHI:', no_phi, '(%.1f%%)' % (100.0 * no_phi / N_LINES))
    print('spans:', sum(counts.values()))
    for c in CATS:
        print('  %-12s %d' % (c, counts.get(c, 0)))
    print('families:', json.dumps(dict(sorted(fam_counts.items()))))
    print('max line bytes:', max(len(x) for x in out_lines))
    print('md5 bt.log          ', hashlib.md5(data).hexdigest())
    print('md5 bt.labels.jsonl ', hashlib.md5(open(lab_path, 'rb').read()).hexdigest())


if __name__ == '__main__':
    main()
