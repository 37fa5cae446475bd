#!/usr/bin/env python3
"""Synthetic labeled log corpus "oi": event medicine for a city marathon
(Rhône City Marathon, race day 2024-03-17) and a bilingual Valais ski resort
(Crêtes-Blanches / Weisskamm) with its ski patrol and Pistenklinik / clinique.

Sources mixed into one shipped stream: Nginx access log, Cloudflare Logpush JSON,
medical-tent check-in service (Go slog logfmt), RFID chip timing CSV export and
LLRP reader stats, athlete medical forms (registration webhooks, 3 platforms),
ski patrol incident reports (free text FR/DE/EN, multi-line) and CSV exports,
clinic EHR-lite (Laravel/Monolog incl. SQL errors with stack traces, audit JSON),
radio dispatch transcripts, ambulance handoffs (NEMSIS-like XML, one element per
line), helicopter transport requests (JSON + French text form), lift ticket gate
scans and pass-holder lookups (pipe records, log4j), weather/snowmaking telemetry
(Influx line protocol, MQTT, Modbus), Square webhooks, Flutter app logs (Android
logcat / iOS), and syslog noise.  All people and identifiers are synthetic.

Labeling decisions:
- Patients, injured guests, runners seen by the medical team, their relatives /
  emergency contacts / guarantors are labeled.  Clinicians, patrollers, medics,
  dispatchers, pilots, businesses, hospitals, agencies, vendors are not.
- Bib numbers (also spoken in radio traffic) are other_id everywhere; RFID timing
  chip EPCs are device (a device carried by / assigned to the person).
- Ski pass / keycard media numbers of guests are other_id; lift gate aggregate
  stats carry no pass numbers.  Test media ("TEST"/demo) are not labeled.
- Case numbers: patrol incident numbers (SP-..), PCR numbers, dispatch incident
  numbers, helicopter mission numbers, clinic encounter numbers, registration IDs,
  Square customer_id, app usernames, internal numeric patient ids in URLs/JSON
  -> other_id.  Clinic MRN (KLN-.......) -> mrn.  Patient account (PA-......),
  IBAN, full card numbers -> account.  Invoice numbers, Square payment ids,
  order numbers, card last-4 and card fingerprints are NOT labeled.
- Swiss AHV/AVS numbers, French NIR, German RV numbers, US SSNs -> ssn.  Insurance
  card / member / KVNR / EHIC / policy numbers -> health_plan.
- Dates: birth dates and clinical service date-times inside records (patrol report
  incident date/time, NEMSIS eTimes/eVitals times, admission times in EHR context)
  are date, whole value as one span.  Log/event emission timestamps, chip-read
  times, API metadata (created_at), pass validity dates are not labeled.
- Ages labeled only when > 89 (number only).  Ages <= 89 are left unlabeled.
- Addresses: street line, city/locality, and GPS coordinates of where an injured
  person is (SOS, primary helicopter mission) are address (lat and lon as separate
  spans); postal code is zip.  State/canton/country, piste names, lifts, race
  km markers, heliports, hospitals, weather-station coordinates are not labeled.
- IP addresses are labeled only when they are the patient's/athlete's own session
  (self-service portal, own registration form, own app session).  Office egress,
  internal, bot, monitor, CDN IPs and live-tracking spectators are not labeled.
- Emails/phones of persons above are labeled; staff and business contact data are not.
  URL-encoded emails in query strings are labeled as email (encoded form).
- Personal profile URLs (Strava, Instagram) -> url (whole URL).  Receipt URLs and
  API URLs are not; only an embedded identifier inside them is labeled.
- Patient's own devices: insulin pump / CGM / avalanche transceiver serials, phone
  IMEI, app device ids (ANDROID_ID, IDFV) -> device.  Staff printers, readers,
  snow guns, stations, helicopters (HB- registrations) are not.
- Vehicle plates / VINs of a patient's or relative's car -> vehicle.
- Patient driver's licence numbers -> license.
- Seeder/demo fixtures (KLN-0000001, "Test Patient", SSN 078-05-1120) and gate
  self-test media are public test values: not labeled.
- base64 face photo of a pass holder -> photo; face template -> biometric.
- Names: full, partial ("J. Marchand"), upper/lower case, "Last, First" all labeled
  as one span when contiguous; first and last as separate spans when the record
  stores them separately.  Usernames are other_id, not name.
- JSON escaped text (\\u00fc, \\/) is labeled as it appears in the line.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

ID = "oi"
SEED = 21_0917
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
TZ = dt.timezone(dt.timedelta(hours=1))


# ----------------------------------------------------------------------------
# line builder with byte offsets
# ----------------------------------------------------------------------------
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.spans = []
        self.pos = 0

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.pos += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        b = len(s.encode("utf-8"))
        assert b > 0
        self.spans.append((self.pos, self.pos + b, cat, s))
        self.buf.append(s)
        self.pos += b
        return self

    def text(self):
        return "".join(self.buf)


class P:
    """A JSON value to be labeled."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jstr(s, ascii_=False, slashes=False):
    r = json.dumps(s, ensure_ascii=ascii_)[1:-1]
    if slashes:
        r = r.replace("/", "\\/")
    return r


def jput(L, o, ascii_=False, slashes=False, sep=(",", ":")):
    if isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"').p(jstr(o.v, ascii_, slashes), o.cat).t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t('"' + jstr(k, ascii_, slashes) + '"' + sep[1])
            jput(L, v, ascii_, slashes, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jput(L, v, ascii_, slashes, sep)
        L.t("]")
    elif isinstance(o, str):
        L.t('"' + jstr(o, ascii_, slashes) + '"')
    else:
        L.t(json.dumps(o))
    return L


def xesc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 3, 17, 7, 52, 12, 0, tzinfo=TZ)]


def now():
    return CLOCK[0]


def tick(a=20, b=300):
    CLOCK[0] = CLOCK[0] + dt.timedelta(seconds=rng.randint(a, b) * 0.55, microseconds=rng.randint(0, 999999))
    return CLOCK[0]


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def iso_local(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "+01:00"


def iso_utc(t):
    u = t.astimezone(dt.timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


# ----------------------------------------------------------------------------
# synthetic data pools
# ----------------------------------------------------------------------------
NAMES = [
    ("Jean-Luc", "Marchand", "M"), ("Anaïs", "de la Fontaine", "F"), ("Hélène", "Rousseau-Vidal", "F"),
    ("Jürgen", "Oberländer", "M"), ("Annika", "von Essen", "F"), ("Sören", "Kühn", "M"),
    ("Wei", "Zhang", "M"), ("Mei-Ling", "Chen", "F"), ("Oluwaseun", "Adeyemi", "M"),
    ("Chidi", "Okonkwo", "M"), ("Priya", "Raghunathan", "F"), ("Arjun", "Venkataraman", "M"),
    ("Fatima", "El Amrani", "F"), ("Youssef", "Ben Salah", "M"), ("Siobhán", "O'Connell", "F"),
    ("Liam", "McAllister", "M"), ("Hoa", "Nguyễn", "F"), ("Kenji", "Watanabe", "M"),
    ("Yuki", "Takahashi", "F"), ("María José", "García Márquez", "F"), ("José", "Fernández-Olmos", "M"),
    ("Zofia", "Wiśniewska", "F"), ("Tomasz", "Grzybowski", "M"), ("Aleksandr", "Kuznetsov", "M"),
    ("Svetlana", "Ivanova", "F"), ("Ingrid", "Søndergaard", "F"), ("Bram", "van der Berg", "M"),
    ("Lotte", "de Vries", "F"), ("Giulia", "Bianchi", "F"), ("Matteo", "Lo Russo", "M"),
    ("Aylin", "Yılmaz", "F"), ("Mehmet", "Öztürk", "M"), ("Kwame", "Mensah", "M"),
    ("Ama", "Owusu", "F"), ("Rahul", "Deshpande", "M"), ("Noah", "Fischer", "M"),
    ("Emma", "Schneider-Wolff", "F"), ("Camille", "Lefèvre", "F"), ("Théo", "Girard", "M"),
    ("Léa", "Bonnet", "F"), ("Björn", "Lindqvist", "M"), ("Ahmad", "Karimi", "M"),
    ("Leila", "Haddad", "F"), ("Carlos", "da Silva", "M"), ("Beatriz", "dos Santos", "F"),
    ("Seo-yeon", "Park", "F"), ("Min-jun", "Kim", "M"), ("Tanvir", "Hossain", "M"),
    ("Aroha", "Ngata", "F"), ("Dylan", "O'Sullivan", "M"), ("Marie-Claire", "Dubois", "F"),
    ("Friedrich", "zu Stolberg", "M"), ("Ewa", "Nowak-Jabłońska", "F"), ("Gaëlle", "Le Goff", "F"),
    ("Nils", "Ammann", "M"), ("Ursula", "Zbinden", "F"), ("Dario", "Imhof", "M"),
    ("Sarah", "Goldberg", "F"), ("Tyrone", "Washington", "M"), ("Megan", "Kowalczyk", "F"),
    ("Pierre-Yves", "Favre", "M"), ("Reinhold", "Abgottspon", "M"), ("Chloé", "Vuignier", "F"),
    ("Obinna", "Eze", "M"), ("Ximena", "Villalobos", "F"), ("Hamza", "Aït-Kaci", "M"),
]
REL_FIRST = {"F": ["Sophie", "Marc", "Thomas", "Nadine", "Ali", "Grace", "Lukas", "Inès", "David", "Hannah"],
             "M": ["Sophie", "Marc", "Thomas", "Nadine", "Ali", "Grace", "Lukas", "Inès", "David", "Hannah"]}

STAFF_DOCS = ["Dr. Sabine Hartmann", "Dr. Paul Mercier", "Dr. Anja Lüthi", "Dr méd. Olivier Crettenand"]
STAFF_MEDICS = ["L. Brunner", "M. Kalbermatten", "C. Furrer", "J. Carron", "E. Salamin"]
PATROLLERS = ["Reto Zgraggen", "Nadia Perrin", "Tom Ashby", "Yannick Fournier", "Stefan Bumann", "Mélanie Rey"]
STAFF_EMAIL = ["s.hartmann@clinique-weisskamm.ch", "p.mercier@clinique-weisskamm.ch",
               "dispatch@weisskamm.ch", "medical@rhonemarathon.ch", "it-ops@clinique-weisskamm.ch"]
STAFF_PHONE = ["+41 27 771 40 20", "+41 27 771 40 29", "027 771 40 21", "+41 22 908 11 00"]

ADDR = {
    "CH": [("Rue de Lausanne", "Genève", "1201"), ("Avenue de la Gare", "Sion", "1950"),
           ("Bahnhofstrasse", "Zürich", "8001"), ("Chemin des Vignes", "Martigny", "1920"),
           ("Route de Verbier", "Le Châble", "1934"), ("Kirchgasse", "Brig", "3900"),
           ("Rue du Simplon", "Vevey", "1800"), ("Spitalgasse", "Bern", "3011")],
    "FR": [("Rue de la République", "Lyon", "69002"), ("Avenue Jean Jaurès", "Annecy", "74000"),
           ("Boulevard Voltaire", "Paris", "75011"), ("Chemin du Lac", "Thonon-les-Bains", "74200"),
           ("Impasse des Lilas", "Grenoble", "38000")],
    "DE": [("Leopoldstraße", "München", "80802"), ("Schillerweg", "Freiburg im Breisgau", "79098"),
           ("Hauptstraße", "Heidelberg", "69117"), ("Am Kanal", "Berlin", "10999")],
    "US": [("Maple Avenue", "Evanston", "60201"), ("Commonwealth Ave", "Boston", "02215"),
           ("Pine Street", "Boulder", "80302")],
    "GB": [("Cromwell Road", "London", "SW7 2HE"), ("Hope Street", "Liverpool", "L1 9BP")],
    "NL": [("Keizersgracht", "Amsterdam", "1015 CJ")],
    "IT": [("Via Roma", "Aosta", "11100")],
}
US_STATE = {"Evanston": "IL", "Boston": "MA", "Boulder": "CO"}
MAIL_DOM = {"CH": ["bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com"], "FR": ["orange.fr", "free.fr", "laposte.net", "gmail.com"],
            "DE": ["gmx.de", "web.de", "t-online.de"], "US": ["gmail.com", "outlook.com", "icloud.com"],
            "GB": ["yahoo.co.uk", "btinternet.com"], "NL": ["ziggo.nl", "proton.me"], "IT": ["libero.it", "gmail.com"]}

M_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
M_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"]
M_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"]


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "us":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "de":
        return d.strftime("%d.%m.%Y")
    if style == "fr_long":
        return "%d %s %d" % (d.day, M_FR[d.month - 1], d.year)
    if style == "de_long":
        return "%d. %s %d" % (d.day, M_DE[d.month - 1], d.year)
    if style == "en_long":
        return "%s %d, %d" % (M_EN[d.month - 1], d.day, d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "oracle":
        return "%02d-%s-%d" % (d.day, M_EN[d.month - 1].upper(), d.year)
    raise ValueError(style)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.replace("ø", "o").replace("ı", "i").replace("ł", "l").replace("Ø", "O")
    return s


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_complete(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def gen_phone(country):
    if country == "CH":
        pre = rng.choice(["76", "77", "78", "79"])
        a, b, c = digits(3), digits(2), digits(2)
        return rng.choice(["+41 %s %s %s %s", "0%s %s %s %s", "+41%s%s%s%s", "0%s/%s %s %s"]) % (pre, a, b, c)
    if country == "FR":
        pre = rng.choice(["6", "7"])
        g = [digits(2) for _ in range(4)]
        f = rng.choice(["plus", "dots", "plain", "space"])
        if f == "plus":
            return "+33 %s %s" % (pre, " ".join(g))
        if f == "dots":
            return "0%s.%s" % (pre, ".".join(g))
        if f == "plain":
            return "0%s%s" % (pre, "".join(g))
        return "0%s %s" % (pre, " ".join(g))
    if country == "DE":
        pre = rng.choice(["151", "160", "171", "176"])
        return rng.choice(["+49 %s %s", "0%s/%s", "+49 (0)%s %s", "0%s-%s"]) % (pre, digits(7))
    if country == "US":
        area = rng.choice(["312", "617", "720", "303", "847"])
        x = digits(2)
        return rng.choice(["(%s) 555-01%s", "+1 %s-555-01%s", "%s.555.01%s", "%s55501%s"]) % (area, x)
    if country == "GB":
        return rng.choice(["+44 7700 900%s", "07700 900%s"]) % digits(3)
    if country == "NL":
        return "+31 6 %s" % digits(8)
    return "+39 3%s %s %s" % (digits(2), digits(3), digits(4))


def gen_email(first, last, country):
    f = fold(first).lower().replace(" ", "").replace("'", "")
    l = fold(last).lower().replace(" ", "").replace("'", "")
    dom = rng.choice(MAIL_DOM[country])
    pat = rng.choice(["{f}.{l}", "{f0}{l}", "{l}.{f}", "{f}{l}{n}", "{f}_{l}", "{l}{n}"])
    return pat.format(f=f.replace("-", ""), l=l.replace("-", ""), f0=f[0], n=rng.randint(2, 99)) + "@" + dom


def ahv():
    body = "756" + digits(9)
    s = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(body))
    chk = (10 - s % 10) % 10
    n = body + str(chk)
    return "%s.%s.%s.%s" % (n[:3], n[3:7], n[7:11], n[11:])


def nir(sex, dob):
    dept = rng.choice(["75", "69", "74", "38", "13"])
    body = "%d%02d%02d%s%s%s" % (1 if sex == "M" else 2, dob.year % 100, dob.month, dept, digits(3), digits(3))
    key = 97 - int(body) % 97
    b = body
    return "%s %s %s %s %s %s %02d" % (b[0], b[1:3], b[3:5], b[5:7], b[7:10], b[10:13], key)


def us_ssn():
    area = rng.choice([x for x in range(101, 899) if x != 666])
    return "%03d-%02d-%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))


def de_rvnr(sex, dob):
    return "%02d%s%s%02d%d" % (rng.randint(10, 89), dob.strftime("%d%m%y"), fold(rng.choice("ABDFGKMS")),
                               rng.randint(0, 49) + (50 if sex == "F" else 0), rng.randint(0, 9))


def ssn_for(p):
    if "ssn" not in p:
        p["ssn"] = _ssn_for(p)
    return p["ssn"]


def _ssn_for(p):
    if p["country"] == "CH":
        return ahv()
    if p["country"] == "FR":
        return nir(p["sex"], p["dob"])
    if p["country"] == "DE":
        return de_rvnr(p["sex"], p["dob"])
    if p["country"] == "US":
        return us_ssn()
    return ahv()


def health_plan_for(p):
    if "hp" not in p:
        p["hp"] = _health_plan_for(p)
    return p["hp"]


def _health_plan_for(p):
    c = p["country"]
    if c == "CH":
        return ("Groupe Mutuel" if rng.random() < .5 else rng.choice(["CSS", "Helsana", "Visana"]), "80756" + digits(15))
    if c == "DE":
        return (rng.choice(["TK", "AOK Bayern", "Barmer"]), rng.choice("ABCDEFGHKLMN") + digits(9))
    if c == "FR":
        return ("CPAM / EHIC", "80250 " + digits(5) + " " + digits(4) + " " + digits(4))
    if c == "US":
        return (rng.choice(["BCBS IL", "Aetna", "UnitedHealthcare"]), rng.choice(["XEH", "W", "MBR"]) + digits(9))
    return ("EHIC", "8%s%s" % (rng.choice(["0380", "0528", "0826"]), digits(14)))


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = [rng.choice(["W", "V", "Z"])] + [rng.choice(chars) for _ in range(16)]
    v[8] = "0"
    s = sum((int(c) if c.isdigit() else trans[c]) * w[i] for i, c in enumerate(v))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def plate(country):
    if country == "CH":
        return rng.choice(["VS", "GE", "VD", "ZH", "BE"]) + " " + str(rng.randint(1000, 999999))
    if country == "FR":
        L = "ABCDEFGHJKLMNPRSTVWXYZ"
        return "%s%s-%03d-%s%s" % (rng.choice(L), rng.choice(L), rng.randint(1, 999), rng.choice(L), rng.choice(L))
    if country == "DE":
        return "%s-%s%s %d" % (rng.choice(["M", "FR", "HD", "B"]), rng.choice("ABKLMS"), rng.choice("ABKLMS"), rng.randint(10, 9999))
    return "%s%02d %s" % (rng.choice(["LD", "MA", "YK"]), rng.randint(10, 74), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))


def dl_for(p):
    if "dl" not in p:
        p["dl"] = _dl_for(p)
    return p["dl"]


def _dl_for(p):
    c = p["country"]
    if c == "US":
        return "%s%s-%s-%s" % (fold(p["last"])[0].upper(), digits(3), digits(4), digits(4))
    if c == "DE":
        return "B%s%s%s" % (digits(3), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(6)), digits(1))
    if c == "FR":
        return "%s%s%s" % (digits(2), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), digits(5))
    return "%s %s" % (digits(9), digits(3))


def pub_ip():
    first = rng.choice([(85, 0, 7), (178, 197, 197), (90, 0, 127), (92, 128, 191), (88, 160, 191),
                        (87, 128, 191), (91, 0, 63), (73, 0, 255), (24, 0, 255), (86, 0, 255), (31, 164, 167)])
    return "%d.%d.%d.%d" % (first[0], rng.randint(first[1], first[2]), rng.randint(0, 255), rng.randint(1, 254))


OFFICE_IPS = ["194.230.147.18", "194.230.147.19", "212.98.40.66"]
INTERNAL = ["10.20.1.%d" % i for i in (11, 12, 13)] + ["10.20.4.7", "172.18.0.5"]
BOT_IPS = ["66.249.66.%d" % i for i in (1, 17, 93)] + ["40.77.167.%d" % i for i in (12, 40)] + ["216.144.250.150"]


def hexs(n, upper=False):
    s = "".join(rng.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def b64(n):
    return base64.b64encode(bytes(rng.randint(0, 255) for _ in range(n))).decode()


# ----------------------------------------------------------------------------
# persons
# ----------------------------------------------------------------------------
_name_order = list(range(len(NAMES)))
rng.shuffle(_name_order)
_name_i = [0]
RUNNERS, GUESTS = [], []
USED = {"bib": set(), "inc": set(), "names": set()}


def new_person(kind, old=False):
    i = _name_i[0]
    _name_i[0] += 1
    if i < len(NAMES):
        first, last, sex = NAMES[_name_order[i]]
    else:
        while True:
            a, b = rng.sample(NAMES, 2)
            first, sex, last = a[0], a[2], b[1]
            if (first, last) not in USED["names"]:
                break
    USED["names"].add((first, last))
    country = rng.choice(["CH"] * 4 + ["FR"] * 3 + ["DE"] * 2 + ["US", "GB", "NL", "IT"])
    if old:
        dob = dt.date(rng.randint(1929, 1933), rng.randint(1, 12), rng.randint(1, 28))
    elif kind == "run":
        dob = dt.date(rng.randint(1958, 2004), rng.randint(1, 12), rng.randint(1, 28))
    else:
        dob = dt.date(rng.randint(1950, 2011), rng.randint(1, 12), rng.randint(1, 28))
    street, city, zp = rng.choice(ADDR[country])
    if country in ("US", "GB"):
        street_line = "%d %s" % (rng.randint(2, 2400), street)
    elif country == "FR":
        street_line = "%d %s" % (rng.randint(1, 120), street)
    else:
        street_line = "%s %d" % (street, rng.randint(1, 120))
    p = dict(first=first, last=last, sex=sex, dob=dob, country=country, street=street_line, city=city,
             zip=zp, phone=gen_phone(country), email=gen_email(first, last, country), kind=kind)
    rf = rng.choice(REL_FIRST[sex])
    p["ice_name"] = rf + " " + (last if rng.random() < .6 else rng.choice(NAMES)[1])
    p["ice_phone"] = gen_phone(country if rng.random() < .8 else "CH")
    p["ice_rel"] = rng.choice(["spouse", "mother", "father", "partner", "sister", "son", "friend"])
    if kind == "run":
        while True:
            b = rng.randint(11, 18999)
            if b not in USED["bib"]:
                break
        USED["bib"].add(b)
        p["bib"] = str(b)
        p["chip"] = "E28011606000" + hexs(12, True)
        p["reg"] = "R-2024-%06d" % rng.randint(100000, 199999)
        RUNNERS.append(p)
    else:
        if rng.random() < .6:
            p["pass"] = "01-%s-%s-%s-%s" % (rng.choice(["1614", "1615", "2203"]), digits(4), digits(4), digits(1))
        else:
            p["pass"] = "%s-%s-%s" % (hexs(8, True), digits(3), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(3)))
        while True:
            inc = "SP-24-%04d" % rng.randint(280, 460)
            if inc not in USED["inc"]:
                break
        USED["inc"].add(inc)
        p["incident"] = inc
        GUESTS.append(p)
    p["age"] = 2024 - dob.year - ((3, 17) < (dob.month, dob.day))
    return p


def ensure_clinic(p):
    if "mrn" not in p:
        p["mrn"] = "KLN-%07d" % rng.randint(40000, 99999)
        p["pid"] = rng.randint(1200, 9800)
        p["enc"] = "ENC-24-03-%05d" % rng.randint(100, 999)
        p["acct"] = "PA-%06d" % rng.randint(100000, 999999)
    return p


OLD_QUOTA = {"form": 1, "patrol": 2, "nemsis": 1, "radio": 1, "heli": 1}


def want_old(key):
    if OLD_QUOTA.get(key, 0) > 0:
        OLD_QUOTA[key] -= 1
        return True
    return False


def pick(pool, kind, p_new=.45, old=False):
    if old or not pool or rng.random() < p_new:
        return new_person(kind, old=old)
    return rng.choice(pool)


def runner(**kw):
    return pick(RUNNERS, "run", **kw)


def guest(**kw):
    return pick(GUESTS, "ski", **kw)


def name_as(p, style):
    f, l = p["first"], p["last"]
    if style == "fl":
        return f + " " + l
    if style == "lf":
        return l + ", " + f
    if style == "LF":
        return l.upper() + " " + f
    if style == "LCF":
        return (l + ", " + f).upper()
    if style == "ini":
        return f[0] + ". " + l
    if style == "low":
        return (f + " " + l).lower()
    raise ValueError(style)


# ----------------------------------------------------------------------------
# family generators: each returns a list of Line
# ----------------------------------------------------------------------------
UA_MOB = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
          "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
          "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36"]
UA_DESK = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
           "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]


def g_nginx():
    t = tick(5, 120)
    ts = t.strftime("%d/%b/%Y:%H:%M:%S +0100")
    L = Line("nginx_access")
    kind = rng.choices(["health", "static", "horizon", "up", "scan", "portal", "regform", "admin", "lookup", "livews"],
                       [14, 8, 5, 5, 4, 5, 4, 4, 3, 3])[0]
    rt = "%.3f" % rng.uniform(0.001, 0.9)
    tail = ' rt=%s uct="0.000" uht="%s" urt="%s"' % (rt, rt, rt)
    if kind == "health":
        L.t('%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"%s' % (rng.choice(INTERNAL), ts, tail))
    elif kind == "static":
        asset = rng.choice(["/build/assets/app-%s.js" % hexs(8), "/build/assets/app-%s.css" % hexs(8), "/favicon.ico", "/img/logo-weisskamm.svg"])
        L.t('%s - - [%s] "GET %s HTTP/2.0" 200 %d "https://ehr.clinique-weisskamm.ch/login" "%s"%s' % (
            rng.choice(OFFICE_IPS), ts, asset, rng.randint(300, 90000), rng.choice(UA_DESK), tail))
    elif kind == "horizon":
        L.t('%s - s.hartmann [%s] "GET /horizon/api/stats HTTP/1.1" 200 %d "https://ehr.clinique-weisskamm.ch/horizon/dashboard" "%s"%s' % (
            rng.choice(OFFICE_IPS), ts, rng.randint(400, 900), UA_DESK[0], tail))
    elif kind == "up":
        L.t('216.144.250.150 - - [%s] "HEAD /up HTTP/1.1" 200 0 "https://uptimerobot.com/" "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"%s' % (ts, tail))
    elif kind == "scan":
        L.t('45.148.10.%d - - [%s] "GET %s HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x"%s' % (
            rng.randint(2, 250), ts, rng.choice(["/wp-login.php", "/.env", "/vendor/phpunit/phpunit/src/Util/PHP/eval-stdin.php", "/.git/config"]), tail))
    elif kind == "portal":
        p = ensure_clinic(guest())
        L.p(pub_ip(), "ip").t(' - - [%s] "GET /portal/patients/' % ts).p(p["mrn"], "mrn")
        L.t('/documents/%d/download HTTP/2.0" 200 %d "https://ehr.clinique-weisskamm.ch/portal" "%s"%s' % (
            rng.randint(10, 400), rng.randint(40000, 300000), rng.choice(UA_MOB), tail))
    elif kind == "regform":
        p = runner()
        L.p(pub_ip(), "ip").t(' - - [%s] "POST /api/registrations/' % ts).p(p["reg"], "other_id")
        L.t('/medical-form HTTP/2.0" 201 %d "https://register.rhonemarathon.ch/me/medical" "%s"%s' % (rng.randint(80, 700), rng.choice(UA_MOB + UA_DESK), tail))
    elif kind == "admin":
        p = ensure_clinic(guest())
        L.t('%s - c.furrer [%s] "GET /admin/patients/' % (rng.choice(OFFICE_IPS), ts)).p(str(p["pid"]), "other_id")
        L.t('/encounters?sort=-admitted_at HTTP/2.0" 200 %d "https://ehr.clinique-weisskamm.ch/admin/patients" "%s"%s' % (rng.randint(2000, 20000), UA_DESK[1], tail))
    elif kind == "lookup":
        p = runner()
        em = p["email"].replace("@", "%40")
        L.t('%s - - [%s] "GET /api/athletes/lookup?email=' % (rng.choice(OFFICE_IPS), ts)).p(em, "email")
        L.t("&bib=").p(p["bib"], "other_id")
        L.t(' HTTP/1.1" 200 %d "-" "medtent-svc/2.3.1 (+https://rhonemarathon.ch)"%s' % (rng.randint(300, 900), tail))
    else:
        L.t('%s - - [%s] "GET /ws/live?race=RCM24&v=3 HTTP/1.1" 101 0 "-" "Dart/3.3 (dart:io)"%s' % (pub_ip(), ts, tail))
    return [L]


def g_cloudflare():
    t = tick(5, 120)
    L = Line("cloudflare_json")
    kind = rng.choices(["asset", "bot", "form", "me", "live", "waf"], [5, 3, 4, 3, 3, 2])[0]
    host = "register.rhonemarathon.ch"
    ray = hexs(16)
    d = {}
    if kind == "asset":
        d = {"ClientIP": rng.choice(BOT_IPS[:3]) if rng.random() < .3 else "2a06:98c0:3600::103", "ClientRequestHost": host,
             "ClientRequestMethod": "GET", "ClientRequestURI": "/_next/static/chunks/%s.js" % hexs(16), "EdgeResponseStatus": 200,
             "CacheCacheStatus": "hit"}
    elif kind == "bot":
        d = {"ClientIP": rng.choice(BOT_IPS), "ClientRequestHost": "www.rhonemarathon.ch", "ClientRequestMethod": "GET",
             "ClientRequestURI": rng.choice(["/robots.txt", "/fr/parcours", "/de/startunterlagen", "/sitemap.xml"]), "EdgeResponseStatus": 200,
             "CacheCacheStatus": "hit"}
    elif kind == "form":
        p = runner()
        d = {"ClientIP": P(pub_ip(), "ip"), "ClientRequestHost": host, "ClientRequestMethod": "PUT",
             "ClientRequestURI": [("/api/v2/registrations/", None), (p["reg"], "other_id"), ("/medical", None)],
             "EdgeResponseStatus": 200, "CacheCacheStatus": "dynamic"}
    elif kind == "me":
        p = runner()
        d = {"ClientIP": P(pub_ip(), "ip"), "ClientRequestHost": host, "ClientRequestMethod": "GET",
             "ClientRequestURI": [("/api/v2/me/bib-pickup?bib=", None), (p["bib"], "other_id")],
             "EdgeResponseStatus": 200, "CacheCacheStatus": "dynamic"}
    elif kind == "live":
        p = runner()
        d = {"ClientIP": pub_ip(), "ClientRequestHost": "live.rhonemarathon.ch", "ClientRequestMethod": "GET",
             "ClientRequestURI": [("/athlete/", None), (p["bib"], "other_id"), ("/splits", None)],
             "EdgeResponseStatus": 200, "CacheCacheStatus": "expired"}
    else:
        d = {"ClientIP": "185.220.101.%d" % rng.randint(2, 250), "ClientRequestHost": host, "ClientRequestMethod": "POST",
             "ClientRequestURI": "/api/v2/auth/login", "EdgeResponseStatus": 403, "CacheCacheStatus": "dynamic"}
    full = {"ClientIP": d["ClientIP"], "ClientCountry": rng.choice(["ch", "fr", "de", "us", "gb"]),
            "ClientDeviceType": rng.choice(["mobile", "desktop"]), "ClientRequestHost": d["ClientRequestHost"],
            "ClientRequestMethod": d["ClientRequestMethod"], "ClientRequestURI": d["ClientRequestURI"],
            "EdgeEndTimestamp": iso_utc(t + dt.timedelta(milliseconds=rng.randint(5, 400))),
            "EdgeResponseBytes": rng.randint(180, 60000), "EdgeResponseStatus": d["EdgeResponseStatus"],
            "EdgeStartTimestamp": iso_utc(t), "CacheCacheStatus": d["CacheCacheStatus"],
            "OriginResponseTime": rng.randint(0, 400) * 1000000, "RayID": ray,
            "SecurityAction": "block" if kind == "waf" else "unknown", "BotScore": 1 if kind in ("bot", "waf") else rng.randint(30, 99)}
    L.t("{")
    for i, (k, v) in enumerate(full.items()):
        if i:
            L.t(",")
        L.t('"%s":' % k)
        if isinstance(v, list):
            L.t('"')
            for s, c in v:
                L.p(s, c)
            L.t('"')
        else:
            jput(L, v)
    L.t("}")
    return [L]


COMPLAINTS = ["cramps both calves", "crampes mollets", "Kreislauf, schwindelig", "blister L heel", "collapse at finish",
              "chest pain 3/10", "hyponatremia?", "malaise vagal", "knee pain R", "Übelkeit, Erbrechen", "hypothermia post-finish",
              "asthma attack, own inhaler", "épuisement", "heat exhaustion", "chute, plaie genou G"]


def g_tent_case():
    p = runner(p_new=.6)
    while p.get("tent"):
        p = runner(p_new=1.0)
    p["tent"] = True
    tent = rng.choice(["T1", "T2", "T3", "T4", "FINISH"])
    km = {"T1": "10.5", "T2": "21.1", "T3": "30.0", "T4": "38.5", "FINISH": "42.2"}[tent]
    out = []
    t = tick(10, 200)
    L = Line("tent_logfmt")
    L.t('time=%s level=INFO msg="patient checked in" svc=medtent tent=%s km=%s bib=' % (iso_local(t), tent, km)).p(p["bib"], "other_id")
    L.t(" chip=").p(p["chip"], "device")
    st = rng.choice(["lf", "fl", "LF", "split", "low", "LCF"])
    if st == "split":
        L.t(" first=").p(p["first"].replace(" ", "_"), "name").t(' last="').p(p["last"], "name").t('"')
    else:
        L.t(' name="').p(name_as(p, st), "name").t('"')
    L.t(" dob=").p(fdate(p["dob"], rng.choice(["iso", "de", "us", "eu"])), "date")
    L.t(' sex=%s complaint="%s" triage=%s' % (p["sex"], rng.choice(COMPLAINTS), rng.choice(["GREEN", "GREEN", "YELLOW", "RED"])))
    if rng.random() < .5:
        L.t(' ice_phone="').p(p["ice_phone"], "phone").t('"')
    L.t(" medic=%s" % rng.choice(STAFF_MEDICS).replace(" ", ""))
    out.append(L)
    t = tick(60, 400)
    L = Line("tent_logfmt")
    L.t('time=%s level=INFO msg="vitals recorded" svc=medtent tent=%s bib=' % (iso_local(t), tent)).p(p["bib"], "other_id")
    L.t(" hr=%d bp=%d/%d temp_c=%.1f spo2=%d gcs=%d na_mmol=%s" % (rng.randint(58, 150), rng.randint(85, 160), rng.randint(50, 95),
                                                                   rng.uniform(35.1, 41.2), rng.randint(90, 100), rng.choice([15, 15, 14, 13]),
                                                                   rng.choice(["-", "131", "138", "127"])))
    out.append(L)
    t = tick(120, 900)
    L = Line("tent_logfmt")
    dispo = rng.choice(["returned_to_race", "released", "released", "transported"])
    L.t('time=%s level=INFO msg="patient disposition" svc=medtent tent=%s bib=' % (iso_local(t), tent)).p(p["bib"], "other_id")
    L.t(" disposition=%s los_min=%d" % (dispo, rng.randint(8, 95)))
    if dispo == "transported":
        p["pcr"] = "PCR-24-0317-%05d" % rng.randint(100, 999)
        L.t(' dest="%s" pcr=' % rng.choice(["HUG Urgences adultes", "Hôpital de la Tour", "Clinique des Grangettes"])).p(p["pcr"], "other_id")
    out.append(L)
    return out


def g_tent_noise():
    t = tick(5, 200)
    L = Line("tent_logfmt")
    k = rng.randint(0, 5)
    if k == 0:
        L.t('time=%s level=INFO msg="rfid reader heartbeat" svc=medtent reader=%s-R1 antennas=4 rssi_dbm=-%d uptime=%ds' % (
            iso_local(t), rng.choice(["T1", "T2", "T3", "T4"]), rng.randint(40, 70), rng.randint(1000, 40000)))
    elif k == 1:
        L.t('time=%s level=INFO msg="sync to command ok" svc=medtent pending=0 batch=%d took=%dms trace_id=%s' % (
            iso_local(t), rng.randint(1, 40), rng.randint(40, 900), hexs(32)))
    elif k == 2:
        L.t('time=%s level=INFO msg="tent census" svc=medtent tent=%s occupied=%d beds=12 iv_running=%d' % (
            iso_local(t), rng.choice(["T2", "T3", "T4", "FINISH"]), rng.randint(0, 12), rng.randint(0, 4)))
    elif k == 3:
        L.t('time=%s level=WARN msg="label printer offline" svc=medtent device=ZEBRA-ZD421 serial=D4J%d retry_in=30s' % (
            iso_local(t), rng.randint(200000, 299999)))
    elif k == 4:
        L.t('time=%s level=ERROR msg="command uplink failed" svc=medtent err="dial tcp 10.60.0.4:8443: i/o timeout" attempt=%d' % (
            iso_local(t), rng.randint(1, 5)))
    else:
        L.t('time=%s level=INFO msg="supplies low" svc=medtent tent=%s item="NaCl 0.9%% 500ml" remaining=%d contact=%s' % (
            iso_local(t), rng.choice(["T3", "T4"]), rng.randint(1, 6), rng.choice(STAFF_PHONE).replace(" ", "")))
    return [L]


def g_chip_export():
    out = []
    tick(30, 300)
    L = Line("chip_timing_csv")
    L.t("EventCode,TagID,Bib,ReaderLoc,ReadTime,Antenna,RSSI,Gun")
    out.append(L)
    p = runner()
    base = dt.datetime(2024, 3, 17, 8, 30, 0) + dt.timedelta(seconds=rng.randint(0, 900))
    for loc, km in [("START", 0), ("KM10", 10), ("KM21", 21.1), ("KM30", 30), ("KM35", 35)][: rng.randint(3, 5)]:
        rt = base + dt.timedelta(seconds=int(km * rng.uniform(290, 400)))
        L = Line("chip_timing_csv")
        L.t("RCM24,").p(p["chip"], "device").t(",").p(p["bib"], "other_id")
        L.t(",%s,%s.%03d,%d,-%d,GUN-A" % (loc, rt.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(0, 999), rng.randint(1, 4), rng.randint(45, 75)))
        out.append(L)
    return out


def g_chip_noise():
    t = tick(5, 200)
    L = Line("llrp_reader")
    if rng.random() < .6:
        L.t("%s [llrp] reader=%s ip=10.60.2.%d tag_reads=%d unique=%d dup_filtered=%d temp_c=%d fw=7.4.1.2" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), rng.choice(["KM10-A", "KM21-B", "KM30-A", "FINISH-C"]), rng.randint(10, 60),
            rng.randint(500, 9000), rng.randint(400, 8000), rng.randint(10, 900), rng.randint(24, 48)))
    else:
        L.t("%s [llrp] reader=%s WARN antenna %d disconnected, tag EPC filter=E2801160* mask=0x%s" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), rng.choice(["KM21-B", "KM35-A"]), rng.randint(1, 4), hexs(8)))
    return [L]


CONDITIONS = [["asthma"], ["type 1 diabetes"], [], ["hypertension"], ["epilepsy"], [], ["atrial fibrillation"], ["none"]]
MEDS = {"asthma": ["salbutamol"], "type 1 diabetes": ["insulin aspart"], "hypertension": ["amlodipine"],
        "epilepsy": ["levetiracetam"], "atrial fibrillation": ["apixaban"]}


def g_form():
    t = tick(10, 300)
    old = want_old("form")
    p = runner(old=old, p_new=.8)
    L = Line("athlete_form_json")
    v = rng.choice(["camel", "snake", "german"])
    if v == "camel":
        L.t("webhook-rx  | %s info: received registration.medical_form.submitted payload=" % iso_utc(t))
        cond = rng.choice(CONDITIONS)
        med = {"conditions": cond, "medications": MEDS.get(cond[0], []) if cond else [],
               "allergies": rng.choice(["none", "penicillin", "peanuts", "NSAIDs"])}
        ins = health_plan_for(p)
        med["insurer"] = ins[0]
        med["insuranceNumber"] = P(ins[1], "health_plan")
        if cond and cond[0] == "type 1 diabetes":
            med["devices"] = [{"type": "insulin_pump", "model": "MiniMed 780G", "serial": P("NG%s%s" % (digits(7), rng.choice("HKL")), "device")},
                              {"type": "cgm", "model": "Dexcom G7", "serial": P(hexs(2, True) + digits(4) + hexs(2, True), "device")}]
        part = {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
                "dateOfBirth": P(fdate(p["dob"], "iso"), "date"), "gender": p["sex"],
                "email": P(p["email"], "email"), "phone": P(p["phone"], "phone"),
                "address": {"line1": P(p["street"], "address"), "city": P(p["city"], "address"),
                            "postalCode": P(p["zip"], "zip"), "country": p["country"]}}
        if old:
            part["ageOnRaceDay"] = P(p["age"], "age")
        if rng.random() < .35:
            part["socialProfile"] = P("https://www.strava.com/athletes/%d" % rng.randint(1000000, 99999999), "url")
        d = {"id": "evt_01HS" + hexs(22, True), "type": "registration.medical_form.submitted", "created": iso_utc(t - dt.timedelta(seconds=2)),
             "data": {"registrationId": P(p["reg"], "other_id"), "raceId": "RCM24-%s" % ("10K-WALK" if old else "MARATHON"),
                      "bib": P(p["bib"], "other_id"), "participant": part,
                      "emergencyContact": {"name": P(p["ice_name"], "name"), "relationship": p["ice_rel"], "phone": P(p["ice_phone"], "phone")},
                      "medical": med, "consent": {"medicalData": True, "version": "2024-01"},
                      "ipAddress": P(pub_ip(), "ip")}}
        jput(L, d)
    elif v == "snake":
        L.t("[%s] legacy-import.INFO row=%d " % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(2, 4000)))
        ins = health_plan_for(p)
        d = {"bib_no": P(p["bib"], "other_id"), "first_name": P(p["first"], "name"), "last_name": P(p["last"].upper(), "name"),
             "birth_date": P(fdate(p["dob"], rng.choice(["eu", "us", "oracle"])), "date"), "sex": p["sex"].lower(),
             "email": P(p["email"], "email"), "mobile": P(p["phone"], "phone"),
             "emergency_contact_name": P(p["ice_name"], "name"), "emergency_contact_phone": P(p["ice_phone"], "phone"),
             "conditions": rng.choice(["", "asthme", "asthma (exercise induced)", "none", "hypothyroidism"]),
             "insurance_provider": ins[0], "policy_no": P(ins[1], "health_plan")}
        if old:
            d["age"] = P(p["age"], "age")
        if rng.random() < .6:
            d["strava_url"] = P("https://www.strava.com/athletes/%d" % rng.randint(1000000, 99999999), "url")
        else:
            d["instagram"] = P("https://instagram.com/%s_runs" % fold(p["first"]).lower().replace(" ", "").replace("-", ""), "url")
        jput(L, d, sep=(", ", ": "))
    else:
        L.t("%s anmeldung-sync[%d]: Datensatz übernommen: " % (t.strftime("%b %d %H:%M:%S"), rng.randint(2000, 9000)))
        ins = health_plan_for(p)
        d = {"Startnummer": P(p["bib"], "other_id"), "Vorname": P(p["first"], "name"), "Nachname": P(p["last"], "name"),
             "Geburtsdatum": P(fdate(p["dob"], "de"), "date"), "Strasse": P(p["street"], "address"),
             "PLZ": P(p["zip"], "zip"), "Ort": P(p["city"], "address"), "Telefon": P(p["phone"], "phone")}
        if rng.random() < .75:
            d["Telefax"] = P(rng.choice(["+49 89 %s" % digits(7), "089/%s" % digits(7), "+49 (0)221 %s" % digits(6)]), "fax")
        d.update({"Krankenkasse": ins[0], "Versichertennummer": P(ins[1], "health_plan"),
                  "Vorerkrankungen": rng.choice(["keine", "Asthma bronchiale", "Z.n. Kreuzbandplastik 2019", "Diabetes Typ 1"]),
                  "Notfallkontakt": {"Name": P(p["ice_name"], "name"), "Telefon": P(p["ice_phone"], "phone")}})
        if old:
            d["Alter"] = P(p["age"], "age")
        jput(L, d, ascii_=True)
    return [L]


def g_form_noise():
    t = tick(10, 300)
    L = Line("athlete_form_json")
    k = rng.randint(0, 2)
    if k == 0:
        L.t("webhook-rx  | %s info: ping ok id=evt_01HS%s latency_ms=%d" % (iso_utc(t), hexs(22, True), rng.randint(20, 300)))
    elif k == 1:
        L.t("webhook-rx  | %s warn: signature mismatch, rejecting delivery id=whd_%s from 52.%d.%d.%d (retry 2/5)" % (
            iso_utc(t), hexs(12), rng.randint(0, 90), rng.randint(0, 255), rng.randint(1, 254)))
    else:
        L.t('webhook-rx  | %s info: stats {"received":%d,"processed":%d,"failed":%d,"queue":"forms","p95_ms":%d}' % (
            iso_utc(t), rng.randint(900, 4000), rng.randint(900, 4000), rng.randint(0, 9), rng.randint(40, 800)))
    return [L]


def incident_dt(p=None):
    if p is None:
        return now() - dt.timedelta(minutes=rng.randint(20, 90))
    if "idt" not in p:
        p["idt"] = now() - dt.timedelta(minutes=rng.randint(20, 90))
    return p["idt"]


def distinct_guests(n):
    out = []
    while len(out) < n:
        p = guest(p_new=.5)
        if p not in out:
            out.append(p)
    return out


def g_patrol_text():
    old = want_old("patrol")
    p = guest(old=old, p_new=.7)
    while p.get("reported"):
        p = guest(p_new=1.0)
    p["reported"] = True
    out = []
    t = tick(30, 400)
    idt = incident_dt(p)
    lang = rng.choice(["fr", "de", "en"])
    pat = rng.choice(PATROLLERS)
    if lang == "fr":
        L = Line("patrol_report")
        L.t("=== Rapport d'intervention ").p(p["incident"], "other_id").t(" — ").p(idt.strftime("%d.%m.%Y %H:%M"), "date")
        L.t(" — Patrouilleur: %s ===" % pat)
        out.append(L)
        L = Line("patrol_report")
        L.t("Victime: ").p(name_as(p, "LF"), "name").t(", née le " if p["sex"] == "F" else ", né le ")
        L.p(fdate(p["dob"], rng.choice(["eu", "fr_long"])), "date")
        if p["age"] > 89:
            L.t(" (").p(str(p["age"]), "age").t(" ans)")
        L.t(", domicilié%s " % ("e" if p["sex"] == "F" else "")).p(p["street"], "address").t(", ").p(p["zip"], "zip").t(" ").p(p["city"], "address").t(".")
        out.append(L)
        L = Line("patrol_report")
        L.t(rng.choice(["Chute au débarquement du TS4, douleur hanche droite, rotation externe. Antalgie MEOPA. Évacuation barquette vers poste de secours.",
                        "Collision avec un skieur sur la piste 12 « Combe Noire », plaie arcade, pas de PC. Pansement compressif, descente en barquette.",
                        "Torsion genou G dans la bosse, Lachman +. Attelle, évacuation motoneige vers la clinique."]))
        out.append(L)
        L = Line("patrol_report")
        L.t("Contact: %s " % rng.choice(["fils", "conjoint", "fille", "amie"])).p(p["ice_name"], "name").t(", ").p(p["ice_phone"], "phone")
        L.t(". Forfait n° ").p(p["pass"], "other_id").t(".")
        out.append(L)
    elif lang == "de":
        L = Line("patrol_report")
        L.t("Einsatzbericht ").p(p["incident"], "other_id").t(" | Datum/Zeit: ").p(idt.strftime("%d.%m.%y %H:%M"), "date").t(" | Patrouilleur: %s" % pat)
        out.append(L)
        L = Line("patrol_report")
        L.t("Gast ").p(name_as(p, rng.choice(["fl", "lf"])), "name").t(", geb. ").p(fdate(p["dob"], rng.choice(["de", "de_long"])), "date")
        if p["age"] > 89:
            L.t(" (").p(str(p["age"]), "age").t("-jährig)")
        L.t(", wohnhaft ").p(p["street"], "address").t(", ").p(p["zip"], "zip").t(" ").p(p["city"], "address")
        L.t(", %s. Skipass-Nr. " % rng.choice(["Kollision mit Snowboarder auf Piste 7, Verdacht Klavikulafraktur rechts",
                                               "Sturz im Steilhang Weisshorn-Nord, Unterschenkel li. deformiert, DMS intakt",
                                               "Sturz beim Ausstieg Sessellift, Handgelenk re. schmerzhaft"])).p(p["pass"], "other_id")
        out.append(L)
        L = Line("patrol_report")
        L.t("Massnahmen: Vakuumschiene, Analgesie (Methoxyfluran), Abtransport mit Akja zur Pistenklinik. Sicht schlecht, Piste hart.")
        out.append(L)
        if rng.random() < .5:
            L = Line("patrol_report")
            p["plate"] = plate(p["country"])
            L.t("Fahrzeug des Gastes (").p(p["plate"], "vehicle").t(") steht auf P2, Angehörige ").p(p["ice_name"], "name").t(" informiert.")
            out.append(L)
    else:
        L = Line("patrol_report")
        L.t("Report ").p(p["incident"], "other_id").t(" | ").p(idt.strftime("%Y-%m-%d %H:%M"), "date").t(" | Patroller: %s | " % pat)
        L.t("Guest ").p(name_as(p, "fl"), "name").t(" (DOB ").p(fdate(p["dob"], rng.choice(["us", "en_long", "iso"])), "date")
        if p["age"] > 89:
            L.t(", age ").p(str(p["age"]), "age")
        else:
            L.t(", %d y/o" % p["age"])
        L.t(", pass ").p(p["pass"], "other_id").t(") %s" % rng.choice([
            "fell on piste 12 \"Combe Noire\", suspected ACL tear L knee, splinted, toboggan to base, handed to clinic.",
            "hit a tree in the glades below chair 5, helmet on, brief LOC, c-collar, requested heli.",
            "found sitting at the side of run 3, hypoglycaemic, has own pump, given glucose gel."]))
        out.append(L)
        if rng.random() < .6:
            L = Line("patrol_report")
            L.t("Transceiver on victim: Barryvox S SN ").p("%s-%s" % (digits(2), digits(5)), "device").t(" — switched to SEND, recovered by P%d." % rng.randint(1, 9))
            out.append(L)
    return out


def g_patrol_csv():
    out = []
    tick(60, 400)
    L = Line("patrol_csv")
    L.t("Einsatz-Nr;Datum;Uhrzeit;Piste;Patrouilleur;Name;Vorname;Geb.-Datum;Skipass;Verletzung;Transport")
    out.append(L)
    for p in distinct_guests(rng.randint(4, 6)):
        idt = incident_dt(p)
        L = Line("patrol_csv")
        L.p(p["incident"], "other_id").t(";").p(idt.strftime("%d.%m.%Y"), "date").t(";%s;%s;%s;" % (
            idt.strftime("%H:%M"), rng.choice(["3 Weisshorn", "7 Combe Noire", "12 Lac Vert", "Snowpark", "Talabfahrt"]), rng.choice(PATROLLERS).split()[-1]))
        L.p(p["last"], "name").t(";").p(p["first"], "name").t(";").p(fdate(p["dob"], "de"), "date").t(";").p(p["pass"], "other_id")
        L.t(";%s;%s" % (rng.choice(["Knie re.", "Schulter li.", "Handgelenk", "Commotio", "Unterschenkel", "keine sichtb."]),
                        rng.choice(["Akja", "Motorschlitten", "Heli", "selbst", "Ambulanz"])))
        out.append(L)
    return out


def g_patrol_csv_fr():
    out = []
    tick(60, 400)
    for p in distinct_guests(rng.randint(3, 4)):
        L = Line("patrol_csv")
        idt = incident_dt(p)
        L.t('"%s","' % now().strftime("%Y-%m-%d %H:%M:%S")).p(p["incident"], "other_id").t('","').p(idt.strftime("%Y-%m-%d"), "date").t('","')
        L.p(name_as(p, "lf"), "name").t('","').p(fdate(p["dob"], "iso"), "date").t('","%s","%s","%s"' % (
            rng.choice(["poignet G", "épaule D", "genou D", "traumatisme crânien léger", "hypothermie"]),
            rng.choice(["ambulance", "barquette", "hélico", "retour seul"]), rng.choice(PATROLLERS)))
        out.append(L)
    L = Line("patrol_csv")
    L.t('"%s","EXPORT_OK","rows=%d","secteur=Crêtes-Blanches","file=incidents_20240317.csv","sha256=%s"' % (
        now().strftime("%Y-%m-%d %H:%M:%S"), len(out), hexs(64)))
    out.append(L)
    return out


def lar_head(t, level):
    return "[%s] production.%s: " % (t.strftime("%Y-%m-%d %H:%M:%S"), level)


def g_lar_info():
    t = tick(20, 300)
    p = ensure_clinic(guest() if rng.random() < .75 else runner())
    L = Line("laravel_log")
    k = rng.randint(0, 4)
    if k == 4:
        pan = luhn_complete(rng.choice(["4", "5399", "5213"]) + digits(14 if True else 0))[:16]
        pan = luhn_complete(pan[:15])
        L.t(lar_head(t, "ERROR") + "Datatrans authorization declined for account ").p(p["acct"], "account")
        L.t(" card=").p(" ".join(pan[i:i + 4] for i in range(0, 16, 4)), "account")
        L.t(' {"code":"%s","message":"card expired","merchant":"1100034721","txn":"%s"} []' % (rng.choice(["-59", "-91", "-14"]), digits(18)))
    elif k == 0:
        L.t(lar_head(t, "INFO") + "Patient admitted ")
        adm = t - dt.timedelta(minutes=rng.randint(1, 10))
        d = {"patient_id": P(p["pid"], "other_id"), "mrn": P(p["mrn"], "mrn"), "encounter": P(p["enc"], "other_id"),
             "admitted_at": P(adm.strftime("%Y-%m-%d %H:%M:%S"), "date"),
             "source": "ski_patrol" if "incident" in p else "marathon_tent"}
        if "incident" in p:
            d["incident"] = P(p["incident"], "other_id")
        d["user"] = rng.choice(["c.furrer", "j.carron", "s.hartmann"])
        jput(L, d).t(" []")
    elif k == 1:
        L.t(lar_head(t, "INFO") + "Discharge letter queued ")
        if rng.random() < .35:
            dest = {"channel": "fax", "to_fax": P(rng.choice(["+49 89 %s" % digits(7), "+41 27 %s %s %s" % (digits(3), digits(2), digits(2)), "04 50 %s %s %s" % (digits(2), digits(2), digits(2))]), "fax")}
        else:
            dest = {"channel": "mail", "to": P(p["email"], "email")}
        d = {"encounter": P(p["enc"], "other_id")}
        d.update(dest)
        d.update({"cc": "hausarzt@praxis-example.ch", "template": "discharge_%s" % rng.choice(["fr", "de", "en"]), "job": "App\\Jobs\\SendDischargeLetter"})
        jput(L, d).t(" []")
    elif k == 2:
        L.t(lar_head(t, "NOTICE") + "Guarantor updated for ")
        L.p(p["mrn"], "mrn").t(" ")
        jput(L, {"guarantor": {"name": P(p["ice_name"], "name"), "relation": p["ice_rel"], "phone": P(p["ice_phone"], "phone")},
                 "patient_account": P(p["acct"], "account"), "iban": P("CH%02d 0076 %s %s %s %s %s" % (rng.randint(10, 99), digits(4), digits(4), digits(4), digits(4), digits(1)), "account")}).t(" []")
    else:
        L.t(lar_head(t, "INFO") + "Insurance eligibility checked ")
        ins = health_plan_for(p)
        jput(L, {"patient_id": P(p["pid"], "other_id"), "insurer": ins[0], "card_no": P(ins[1], "health_plan"),
                 "social_security_no": P(ssn_for(p), "ssn"), "result": rng.choice(["covered", "covered", "not_found"]), "provider": "SASIS VeKa-Center",
                 "latency_ms": rng.randint(80, 2000)}).t(" []")
    return [L]


FRAMES = [
    "/var/www/ehr/vendor/laravel/framework/src/Illuminate/Database/Connection.php({n}): Illuminate\\\\Database\\\\Connection->runQueryCallback('insert into `pa...', Array, Object(Closure))",
    "/var/www/ehr/vendor/laravel/framework/src/Illuminate/Database/MySqlConnection.php(42): Illuminate\\\\Database\\\\Connection->run('insert into `pa...', Array, Object(Closure))",
    "/var/www/ehr/vendor/laravel/framework/src/Illuminate/Database/Query/Processors/Processor.php(35): Illuminate\\\\Database\\\\MySqlConnection->insert('insert into `pa...', Array, 'id')",
    "/var/www/ehr/vendor/laravel/framework/src/Illuminate/Database/Eloquent/Builder.php(1934): Illuminate\\\\Database\\\\Query\\\\Processors\\\\Processor->processInsertGetId(Object(Illuminate\\\\Database\\\\Query\\\\Builder), 'insert into `pa...', Array, 'id')",
    "/var/www/ehr/app/Http/Controllers/PatientController.php({n}): Illuminate\\\\Database\\\\Eloquent\\\\Model->save()",
    "/var/www/ehr/vendor/laravel/framework/src/Illuminate/Routing/Controller.php(54): App\\\\Http\\\\Controllers\\\\PatientController->store(Object(App\\\\Http\\\\Requests\\\\StorePatientRequest))",
    "/var/www/ehr/vendor/laravel/framework/src/Illuminate/Pipeline/Pipeline.php(183): Illuminate\\\\Routing\\\\Pipeline->Illuminate\\\\Routing\\\\{{closure}}(Object(Illuminate\\\\Http\\\\Request))",
    "/var/www/ehr/public/index.php(51): Illuminate\\\\Foundation\\\\Http\\\\Kernel->handle(Object(Illuminate\\\\Http\\\\Request))",
]


def g_lar_sqlerr():
    t = tick(20, 300)
    p = ensure_clinic(guest())
    out = []
    L = Line("laravel_log")
    L.t(lar_head(t, "ERROR") + "SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '").p(p["mrn"], "mrn")
    L.t("' for key 'patients.patients_mrn_unique' (Connection: mysql, SQL: insert into `patients` (`mrn`, `last_name`, `first_name`, `dob`, `phone`, `updated_at`, `created_at`) values (")
    L.p(p["mrn"], "mrn").t(", ").p(p["last"], "name").t(", ").p(p["first"], "name").t(", ").p(fdate(p["dob"], "iso"), "date").t(", ")
    L.p(p["phone"], "phone").t(", %s, %s)) " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.strftime("%Y-%m-%d %H:%M:%S")))
    L.t('{"userId":%d,"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: 23000): SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry at /var/www/ehr/vendor/laravel/framework/src/Illuminate/Database/Connection.php:822)' % rng.randint(2, 30))
    out.append(L)
    L = Line("laravel_log")
    L.t("[stacktrace]")
    out.append(L)
    for i, f in enumerate(FRAMES[: rng.randint(5, 8)]):
        L = Line("laravel_log")
        L.t("#%d %s" % (i, f.format(n=rng.randint(40, 900))))
        out.append(L)
    L = Line("laravel_log")
    L.t('#%d {main}"}' % len(out[2:]))
    out.append(L)
    return out


def g_lar_noise():
    t = tick(10, 300)
    L = Line("laravel_log")
    k = rng.randint(0, 7)
    if k == 7:
        L.t("[%s] testing.INFO: " % t.strftime("%Y-%m-%d %H:%M:%S") + 'Seeded demo patient {"mrn":"KLN-0000001","name":"Test Patient","ssn":"078-05-1120","phone":"+41 00 000 00 00","env":"staging"} []')
    elif k == 0:
        L.t("  %s App\\Jobs\\%s ........ %s DONE" % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.choice(["SyncNemsisExport", "PruneAuditLog", "RefreshTariffCache", "SendDischargeLetter"]),
                                                   "%.2fms" % rng.uniform(3, 900)))
    elif k == 1:
        L.t(lar_head(t, "INFO") + 'Schedule ran {"command":"php artisan backup:run --only-db","exit":0,"duration_s":%d} []' % rng.randint(4, 90))
    elif k == 2:
        L.t(lar_head(t, "WARNING") + 'Slow query {"sql":"select * from `encounters` where `status` = ? and `ward_id` = ? order by `admitted_at` desc limit 50","time_ms":%d,"connection":"mysql"} []' % rng.randint(900, 4000))
    elif k == 3:
        L.t(lar_head(t, "ERROR") + 'cURL error 28: Operation timed out after 10001 milliseconds with 0 bytes received (see https://curl.haxx.se/libcurl/c/libcurl-errors.html) for https://api.sasis.ch/veka/v2/card {"exception":"[object] (GuzzleHttp\\\\Exception\\\\ConnectException(code: 0))"} []')
    elif k == 4:
        L.t(lar_head(t, "INFO") + 'User logged in {"user":"%s","ip":"%s","guard":"web"} []' % (rng.choice(["s.hartmann", "p.mercier", "c.furrer", "reception1"]), rng.choice(OFFICE_IPS)))
    elif k == 5:
        L.t(lar_head(t, "DEBUG") + 'Horizon supervisor scaled {"queue":"default","processes":%d,"memory_mb":%d,"build":"2024.03.1-%d"} []' % (rng.randint(1, 8), rng.randint(60, 400), rng.randint(300, 999)))
    else:
        L.t(lar_head(t, "INFO") + 'Invoice generated {"invoice":"INV-24-%06d","tariff":"TARMED 01.08","amount_chf":%.2f,"order":"ORD-%d"} []' % (rng.randint(1000, 9999), rng.uniform(80, 900), rng.randint(10000, 99999)))
    return [L]


def g_lar_validation():
    t = tick(20, 300)
    p = ensure_clinic(guest())
    L = Line("laravel_log")
    L.t(lar_head(t, "WARNING") + "Validation failed for App\\Http\\Requests\\StorePatientRequest ")
    bad = p["phone"][:-3]
    jput(L, {"errors": {"phone": ["The phone field format is invalid."]},
             "input": {"first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"), "dob": P(fdate(p["dob"], "eu"), "date"),
                       "phone": P(bad, "phone"), "street": P(p["street"], "address"), "zip": P(p["zip"], "zip"), "city": P(p["city"], "address"),
                       "_token": hexs(40)}}).t(" []")
    return [L]


def g_lar_audit():
    t = tick(20, 300)
    p = ensure_clinic(guest())
    L = Line("laravel_log")
    L.t(lar_head(t, "DEBUG") + "audit ")
    p["plate"] = p.get("plate") or plate(p["country"])
    newname = p["last"]
    jput(L, {"auditable_type": "App\\Models\\Patient", "auditable_id": P(p["pid"], "other_id"), "event": "updated",
             "old_values": {"last_name": P(newname.upper(), "name"), "driver_licence": None},
             "new_values": {"last_name": P(newname, "name"), "driver_licence": P(dl_for(p), "license"),
                            "vehicle_plate": P(p["plate"], "vehicle"), "vehicle_vin": P(vin(), "vehicle")},
             "url": "https://ehr.clinique-weisskamm.ch/admin/patients",
             "user_id": rng.randint(2, 30)}, ascii_=True, slashes=True).t(" []")
    return [L]


RADIO_NOISE = [
    ("CH2 PISTE", "P4 → BASE", "Base, P4, radio check."),
    ("CH2 PISTE", "BASE → P4", "P4, Base, loud and clear."),
    ("CH3 PATROUILLE", "BASE → ALL", "Fermeture de la piste 12 Combe Noire à 16h15, balayage par P2 et P6."),
    ("CH3 PATROUILLE", "P6 → BASE", "Base de P6, balayage Lac Vert terminé, piste vide."),
    ("MED-NET", "CMD → ALL", "All tents, heat flag upgraded to yellow, push fluids at water stations."),
    ("MED-NET", "T2 → CMD", "Command, Tent 2, we need two more cots and ice, over."),
    ("KANAL 4", "P9 → BASIS", "Basis von P9, Lawinensprengung Weisshorn Nord abgeschlossen, Hang wieder offen."),
    ("KANAL 4", "BASIS → P9", "Verstanden, P9."),
    ("MED-NET", "BIKE 3 → CMD", "Command, Bike 3 at kilometre 27, all quiet, moving to 30."),
    ("CH2 PISTE", "TS4 → BASE", "Télésiège 4 arrêté pour vent, rafales à 70, on évacue rien pour l'instant."),
]


def g_radio():
    t = tick(10, 240)
    L = Line("radio_transcript")
    L.t("%s.%d | " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 100000))
    if rng.random() < .45:
        ch, who, txt = rng.choice(RADIO_NOISE)
        L.t('%s | %s | conf=%.2f | "%s"' % (ch, who, rng.uniform(.7, .99), txt))
        return [L]
    k = rng.randint(0, 5)
    conf = rng.uniform(.62, .97)
    if k == 0:
        p = guest()
        u = rng.randint(1, 9)
        fem = p["sex"] == "F"
        L.t("CH3 PATROUILLE | P%d → BASE | conf=%.2f | \"Base de P%d, %s sous le pylône %d de la Combe Noire, genou, %s s'appelle " % (
            u, conf, u, "une blessée" if fem else "un blessé", rng.randint(3, 22), "elle" if fem else "il"))
        L.p(name_as(p, "fl"), "name").t(', forfait ').p(p["pass"], "other_id").t(', je demande la barquette."')
    elif k == 1:
        p = runner()
        u = rng.randint(1, 4)
        L.t("MED-NET | T%d → CMD | conf=%.2f | \"Command, Tent %d, runner bib " % (u, conf, u))
        spoken = rng.random() < .4
        if spoken:
            words = " ".join(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"][int(c)] for c in p["bib"])
            L.p(words, "other_id")
        else:
            L.p(p["bib"], "other_id")
        L.t(', collapsed at kilometre %d, %s, requesting ALS transport."' % (rng.randint(25, 42), rng.choice(["conscious, confused", "temp 41 rectal", "not responding to voice"])))
    elif k == 2:
        p = guest(old=want_old("radio"))
        L.t("KANAL 4 | P%d → BASIS | conf=%.2f | \"Basis, Patient ist " % (rng.randint(1, 9), conf))
        L.p(name_as(p, "fl"), "name").t(", ")
        if p["age"] > 89:
            L.p(str(p["age"]), "age").t(" Jahre alt")
        else:
            L.t("%d Jahre" % p["age"])
        L.t(', Hüfte, wir brauchen den Heli am Landeplatz Weisshorn."')
    elif k == 3:
        p = guest()
        u = rng.randint(1, 9)
        L.t("CH2 PISTE | BASE → P%d | conf=%.2f | \"P%d, family on the phone for " % (u, conf, u))
        L.p(name_as(p, "fl"), "name").t(", call back the mother on ").p(p["ice_phone"], "phone").t(', over."')
    elif k == 4:
        p = guest()
        L.t("CH3 PATROUILLE | BASE → P%d | conf=%.2f | \"Incident " % (rng.randint(1, 9), conf))
        L.p(p["incident"], "other_id").t(', le client ' if p["sex"] == "M" else ", la cliente ").p(p["last"], "name").t(' est arrivé%s à la clinique, vous pouvez fermer."' % ("" if p["sex"] == "M" else "e"))
    else:
        p = runner()
        L.t("MED-NET | CMD → AMB 12 | conf=%.2f | \"Amb 12, your patient is " % conf)
        L.p(name_as(p, rng.choice(["fl", "ini"])), "name").t(", bib ").p(p["bib"], "other_id").t(', HUG has accepted, Brunner is with you."')
    return [L]


NEMSIS_MODE = ["pretty"]


def g_nemsis():
    mode = NEMSIS_MODE.pop(0) if NEMSIS_MODE else "compact"
    p = (runner if rng.random() < .6 else guest)(old=want_old("nemsis"))
    out = []
    t = tick(60, 600)
    t0 = now() - dt.timedelta(minutes=rng.randint(40, 70))
    if mode == "compact":
        one = Line("nemsis_xml")
        one.t("%s handoff-api[%d]: INFO ePCR received from %s bytes=%d xml=" % (
            t.strftime("%b %d %H:%M:%S"), rng.randint(2000, 9000), rng.choice(["AMB-12", "AMB-07", "SMUR-74"]), rng.randint(2000, 9000)))
        out.append(one)

    def el(ind, tag, val, cat=None, attrs=""):
        L = one if mode == "compact" else Line("nemsis_xml")
        L.t(("" if mode == "compact" else "  " * ind) + "<%s%s>" % (tag, attrs))
        L.p(xesc(val), cat)
        L.t("</%s>" % tag)
        if mode != "compact":
            out.append(L)

    def raw(ind, s):
        if mode == "compact":
            one.t(s)
            return
        L = Line("nemsis_xml")
        L.t("  " * ind + s)
        out.append(L)

    def tstamp(x):
        return x.strftime("%Y-%m-%dT%H:%M:%S+01:00")

    pcr = p.get("pcr") or "PCR-24-0317-%05d" % rng.randint(100, 999)
    p["pcr"] = pcr
    if mode != "compact":
        raw(0, '<?xml version="1.0" encoding="UTF-8"?>')
        raw(0, '<EMSDataSet xmlns="http://www.nemsis.org" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.nemsis.org https://nemsis.org/media/nemsis_v3/3.5.0.230317CP4/XSDs/NEMSIS_XSDs/EMSDataSet_v3.xsd">')
        raw(1, "<Header>")
    raw(2, "<PatientCareReport>")
    raw(3, "<eRecord>")
    el(4, "eRecord.01", pcr, "other_id")
    raw(3, "</eRecord>")
    raw(3, "<eResponse>")
    raw(4, "<eResponse.AgencyGroup>")
    el(5, "eResponse.01", "VS-SAN-014")
    raw(4, "</eResponse.AgencyGroup>")
    el(4, "eResponse.03", "INC-24-%06d" % rng.randint(100000, 199999), "other_id")
    el(4, "eResponse.13", "AMB-%02d" % rng.randint(1, 20))
    raw(3, "</eResponse>")
    raw(3, "<eTimes>")
    el(4, "eTimes.03", tstamp(t0), "date")
    el(4, "eTimes.07", tstamp(t0 + dt.timedelta(minutes=rng.randint(6, 14))), "date")
    el(4, "eTimes.11", tstamp(t0 + dt.timedelta(minutes=rng.randint(30, 55))), "date")
    raw(3, "</eTimes>")
    raw(3, "<ePatient>")
    raw(4, "<ePatient.PatientNameGroup>")
    el(5, "ePatient.02", p["last"], "name")
    el(5, "ePatient.03", p["first"], "name")
    raw(4, "</ePatient.PatientNameGroup>")
    el(4, "ePatient.05", p["street"], "address")
    el(4, "ePatient.06", p["city"], "address")
    if p["country"] == "US":
        el(4, "ePatient.08", US_STATE.get(p["city"], "IL"))
    el(4, "ePatient.09", p["zip"], "zip")
    el(4, "ePatient.10", p["country"])
    el(4, "ePatient.12", ssn_for(p), "ssn")
    el(4, "ePatient.13", "9906003" if p["sex"] == "M" else "9906001")
    raw(4, "<ePatient.AgeGroup>")
    el(5, "ePatient.15", str(p["age"]), "age" if p["age"] > 89 else None)
    el(5, "ePatient.16", "2516009")
    raw(4, "</ePatient.AgeGroup>")
    el(4, "ePatient.17", fdate(p["dob"], "iso"), "date")
    el(4, "ePatient.18", p["phone"], "phone", ' PhoneNumberType="9913009"')
    if rng.random() < .6:
        el(4, "ePatient.19", p["email"], "email", ' EmailAddressType="9904001"')
    if rng.random() < .6:
        el(4, "ePatient.21", dl_for(p), "license")
    raw(3, "</ePatient>")
    raw(3, "<eSituation>")
    el(4, "eSituation.11", rng.choice(["T67.0", "E87.1", "S83.5", "R55", "S42.0", "S72.0"]))
    raw(3, "</eSituation>")
    raw(3, "<eVitals>")
    raw(4, "<eVitals.VitalGroup>")
    el(5, "eVitals.01", tstamp(t0 + dt.timedelta(minutes=rng.randint(12, 18))), "date")
    el(5, "eVitals.06", str(rng.randint(85, 150)))
    el(5, "eVitals.07", str(rng.randint(45, 95)))
    el(5, "eVitals.10", str(rng.randint(55, 150)))
    el(5, "eVitals.12", str(rng.randint(88, 100)))
    el(5, "eVitals.24", "%.1f" % rng.uniform(35.0, 41.5))
    raw(4, "</eVitals.VitalGroup>")
    raw(3, "</eVitals>")
    raw(3, "<eDisposition>")
    el(4, "eDisposition.01", rng.choice(["HUG - Service des urgences", "Hôpital du Valais - Sion", "Spitalzentrum Oberwallis Visp"]))
    raw(3, "</eDisposition>")
    raw(3, "<ePayment>")
    ins = health_plan_for(p)
    el(4, "ePayment.10", ins[0])
    el(4, "ePayment.18", ins[1], "health_plan")
    raw(3, "</ePayment>")
    raw(2, "</PatientCareReport>")
    if mode != "compact":
        raw(1, "</Header>")
        raw(0, "</EMSDataSet>")
    return out


def g_heli_req():
    t = tick(30, 400)
    primary = rng.random() < .6
    p = guest(old=want_old("heli"))
    p["mission"] = "HEL-24-%05d" % rng.randint(800, 1200)
    L = Line("heli_request")
    L.t("%s heli-gw INFO POST https://api.airrescue-dispatch.example/v1/missions -> 201 (%dms) body=" % (iso_utc(t), rng.randint(120, 900)))
    if primary:
        lat, lon = "%.5f" % rng.uniform(46.02, 46.11), "%.5f" % rng.uniform(7.18, 7.29)
        site = {"type": "incident", "lat": P(float(lat), "address"), "lon": P(float(lon), "address"), "elevation_m": rng.randint(1600, 2900),
                "description": "sous TS4, pente 35°, zone de poser possible 80 m aval"}
    else:
        site = {"type": "heliport", "name": "Héliport Pistenklinik Weisskamm", "lat": 46.07118, "lon": 7.22804}
    pat = {"name": P(name_as(p, "lf"), "name"), "birthDate": P(fdate(p["dob"], "iso"), "date"),
           "weightKg": rng.randint(48, 105), "diagnosis": rng.choice(["Polytrauma, GCS 13", "Femurfraktur re., Schock Index 1.2", "TCC avec PC, vomissements"]),
           "passNo": P(p["pass"], "other_id")}
    if p["age"] > 89:
        pat["age"] = P(p["age"], "age")
    d = {"missionNo": P(p["mission"], "other_id"), "mission": "primary" if primary else "secondary", "priority": rng.choice(["P1", "P2"]),
         "pickup": site, "destination": rng.choice(["CHUV Lausanne", "Inselspital Bern", "Hôpital du Valais - Sion"]),
         "patient": pat, "requestedBy": rng.choice(STAFF_DOCS), "callback": rng.choice(STAFF_PHONE), "incidentRef": P(p["incident"], "other_id")}
    jput(L, d)
    return [L]


def g_heli_status():
    t = tick(20, 300)
    L = Line("heli_request")
    ms_ = [g for g in GUESTS if "mission" in g]
    if ms_ and rng.random() < .55:
        p = rng.choice(ms_)
        L.t("%s heli-gw INFO mission=" % iso_utc(t)).p(p["mission"], "other_id")
        L.t(" status=%s aircraft=HB-Z%s%s callsign=\"Air %d\" eta=%s" % (rng.choice(["airborne", "on_scene", "patient_loaded", "landed_destination"]),
                                                                      rng.choice("KLMNRT"), rng.choice("ABCDX"), rng.randint(1, 9), (t + dt.timedelta(minutes=rng.randint(4, 20))).strftime("%H:%M")))
    else:
        L.t("%s heli-gw %s" % (iso_utc(t), rng.choice([
            "INFO weather gate check ok base=Sion vis=8km ceiling=1800ft wind=240/14",
            "WARN token refresh took 2841ms client_id=clinic-weisskamm scope=missions.write",
            "INFO aircraft HB-ZRA maintenance window 2024-03-18 06:00-09:00 acknowledged",
            "ERROR POST /v1/missions/status 502 Bad Gateway upstream=10.80.1.9:8080 retry=1",
        ])))
    return [L]


def g_heli_fr():
    p = guest()
    out = []
    tick(30, 300)
    lines = []
    L = Line("heli_request")
    L.t("----- DEMANDE D'HÉLIPORTAGE / ANFRAGE HELIKOPTERTRANSPORT -----")
    out.append(L)
    L = Line("heli_request")
    L.t("Demandeur: %s, Pistenklinik Weisskamm, tél. %s, fax +41 27 771 40 99" % (STAFF_DOCS[1], STAFF_PHONE[0]))
    out.append(L)
    L = Line("heli_request")
    L.t("Patient: ").p(name_as(p, "LF"), "name").t(" | né(e) le ").p(fdate(p["dob"], "de"), "date").t(" | N° assuré social: ").p(ssn_for(p), "ssn")
    out.append(L)
    L = Line("heli_request")
    L.t("Adresse: ").p(p["street"], "address").t(", ").p(p["zip"], "zip").t(" ").p(p["city"], "address").t(" | Tél. proche: ").p(p["ice_phone"], "phone")
    out.append(L)
    L = Line("heli_request")
    L.t("Diagnostic: fracture ouverte jambe D, stable. Poids: %d kg. Oxygène: 4 l/min. Destination: CHUV Lausanne." % rng.randint(50, 100))
    out.append(L)
    L = Line("heli_request")
    L.t("----- FIN / ENDE (doc-id %s) -----" % uuid4())
    out.append(L)
    return out


def g_lift_lookup():
    p = guest()
    out = []
    t = tick(30, 400)
    L = Line("lift_scan")
    L.t("%s%s|PATROL-LOOKUP|INCIDENT=" % (t.strftime("%Y-%m-%d %H:%M:%S."), ms(t))).p(p["incident"], "other_id").t("|MEDIA=").p(p["pass"], "other_id")
    L.t("|SCANS_TODAY=%d|OPERATOR=%s" % (rng.randint(2, 14), rng.choice(["pat.zgraggen", "pat.perrin", "pat.ashby"])))
    out.append(L)
    n = rng.randint(2, 3)
    st = max(t.replace(tzinfo=None) - dt.timedelta(minutes=rng.randint(40, 90) * n), dt.datetime(2024, 3, 17, 8, 15))
    prod = rng.choice(["DAY-ADULT", "SEASON-ADULT", "3DAY-SENIOR", "DAY-YOUTH"])
    for _ in range(n):
        st += dt.timedelta(minutes=rng.randint(20, 40), seconds=rng.randint(0, 59))
        L = Line("lift_scan")
        L.t("%s.%03d|GATE=%s|MEDIA=" % (st.strftime("%Y-%m-%d %H:%M:%S"), rng.randint(0, 999), rng.choice(["TS4-IN-02", "TC1-IN-01", "TK7-IN-01", "TS5-IN-03"])))
        L.p(p["pass"], "other_id").t("|PRODUCT=%s|RESULT=VALID|PHOTOCMP=%s" % (prod, rng.choice(["SKIP", "OK"])))
        out.append(L)
    return out


def g_lift_holder():
    p = guest()
    t = tick(30, 400)
    L = Line("lift_scan")
    L.t("%s,%s INFO  [sweb-photo-%d] c.s.p.HolderService - holder fetched for incident " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), rng.randint(1, 8)))
    L.p(p["incident"], "other_id").t(": ")
    photo = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + b64(rng.randint(90, 130))
    d = {"mediaId": P(p["pass"], "other_id"), "holder": {"name": P(name_as(p, "fl"), "name"), "birthDate": P(fdate(p["dob"], "iso"), "date"),
                                                          "photoJpegB64": P(photo, "photo"), "faceTemplate": P("FTv2:" + b64(72), "biometric")},
         "product": "Saison Erwachsene 23/24", "validFrom": "2023-12-02", "validTo": "2024-04-21", "posId": "KASSE-%02d" % rng.randint(1, 9)}
    jput(L, d)
    return [L]


def g_lift_noise():
    t = tick(5, 200)
    L = Line("lift_scan")
    k = rng.randint(0, 3)
    if k == 0:
        L.t("%s.%s|GATE=%s|STATS|ROTATIONS=%d|DENIED=%d|AVG_MS=%d|FW=5.12.3" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t),
                                                                             rng.choice(["TS4-IN-02", "TC1-IN-01", "TK7-IN-01", "TS5-IN-03"]), rng.randint(200, 3000), rng.randint(0, 40), rng.randint(40, 160)))
    elif k == 1:
        L.t("%s.%s|GATE=TC1-IN-01|MEDIA=TEST-0000-0000-0001|PRODUCT=TEST|RESULT=VALID|NOTE=daily gate self-test" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t)))
    elif k == 2:
        L.t("%s,%s WARN  [sweb-sync-1] c.s.s.SyncJob - POS KASSE-%02d offline since %ds, queue=%d" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), rng.randint(1, 9), rng.randint(30, 900), rng.randint(0, 50)))
    else:
        L.t("%s.%s|GATE=%s|RESULT=DENIED|REASON=%s|MEDIA=UNREADABLE" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), rng.choice(["TS4-IN-02", "TK7-IN-01"]),
                                                                       rng.choice(["NO_MEDIA", "CRC_ERROR", "ANTI_PASSBACK_TIMEOUT"])))
    return [L]


def g_telemetry():
    t = tick(5, 180)
    ns = int(t.timestamp()) * 1000000000
    L = Line("telemetry")
    k = rng.randint(0, 4)
    if k == 0:
        L.t("weather,station=WS-%s,site=weisskamm temp_c=%.1f,rh=%d,wind_ms=%.1f,gust_ms=%.1f,snow_depth_cm=%d,pressure_hpa=%.1f %d" % (
            rng.choice(["CRETE-2870", "LAC-2210", "BASE-1480"]), rng.uniform(-14, 3), rng.randint(40, 99), rng.uniform(0, 18), rng.uniform(2, 28),
            rng.randint(80, 240), rng.uniform(700, 860), ns))
    elif k == 1:
        L.t('mqtt-bridge: topic=snowmaking/zone-%s/gun/SG-%d/state qos=1 payload={"mode":"%s","wetbulb":%.1f,"water_lpm":%.1f,"air_bar":%.1f,"nozzles":%d,"fw":"4.2.%d","serial":"TK%d"}' % (
            rng.choice(["B3", "C1", "A2"]), rng.randint(100, 180), rng.choice(["auto", "standby", "manual"]), rng.uniform(-9, -1.5),
            rng.uniform(0, 400), rng.uniform(5, 8), rng.randint(0, 4), rng.randint(0, 9), rng.randint(100000, 999999)))
    elif k == 2:
        L.t("%s modbus-poller[%d]: read timeout unit=%d addr=4%04d gw=10.40.3.%d:502 (attempt %d/3)" % (
            t.strftime("%b %d %H:%M:%S"), rng.randint(900, 1900), rng.randint(1, 40), rng.randint(1, 999), rng.randint(2, 40), rng.randint(1, 3)))
    elif k == 3:
        L.t("snowmaking,zone=%s pumps_on=%di,flow_m3h=%.1f,energy_kwh=%.1f,reservoir_pct=%.1f %d" % (
            rng.choice(["B3", "C1", "A2"]), rng.randint(0, 4), rng.uniform(0, 300), rng.uniform(100, 3000), rng.uniform(20, 98), ns))
    else:
        L.t("METAR-LOCAL WS-CRETE-2870 %sZ %03d%02dG%02dKT 9999 FEW040 M%02d/M%02d Q%d" % (
            t.astimezone(dt.timezone.utc).strftime("%d%H%M"), rng.randint(0, 35) * 10, rng.randint(3, 25), rng.randint(25, 45), rng.randint(2, 14), rng.randint(5, 18), rng.randint(995, 1030)))
    return [L]


def sq_id(n=29):
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(n))


def g_square():
    t = tick(20, 300)
    p = ensure_clinic(guest())
    L = Line("square_webhook")
    L.t("square-webhooks %s POST /webhooks/square 200 body=" % iso_utc(t))
    pay = {"id": sq_id(), "created_at": iso_utc(t - dt.timedelta(seconds=3)), "amount_money": {"amount": rng.randint(60, 900) * 100, "currency": "CHF"},
           "status": "COMPLETED", "source_type": "CARD",
           "card_details": {"status": "CAPTURED", "card": {"card_brand": rng.choice(["VISA", "MASTERCARD", "AMERICAN_EXPRESS"]), "last_4": digits(4),
                                                            "exp_month": rng.randint(1, 12), "exp_year": rng.randint(2025, 2029), "fingerprint": "sq-1-" + sq_id(40)},
                            "entry_method": rng.choice(["EMV", "CONTACTLESS"])},
           "location_id": "L88917AVBK2S5", "order_id": sq_id(), "reference_id": "INV-24-%06d" % rng.randint(1000, 9999),
           "customer_id": P(sq_id(26).upper(), "other_id"),
           "note": [(rng.choice(["Consult + attelle - ", "Urgence ski / Notfall - ", "Rx + plâtre - ", "Konsultation, Röntgen - "]), None), (name_as(p, rng.choice(["ini", "LF"])), "name"), (" / ", None), (p["mrn"], "mrn")]}
    if rng.random() < .6:
        pay["buyer_email_address"] = P(p["email"], "email")
    if rng.random() < .5:
        pay["billing_address"] = {"address_line_1": P(p["street"], "address"), "locality": P(p["city"], "address"),
                                  "postal_code": P(p["zip"], "zip"), "country": p["country"]}
    pay["receipt_url"] = "https://squareup.com/receipt/preview/" + sq_id()
    d = {"merchant_id": "ML7QZ4X9B1S2T", "type": "payment.updated", "event_id": uuid4(), "created_at": iso_utc(t),
         "data": {"type": "payment", "id": pay["id"], "object": {"payment": pay}}}

    def put(o):
        if isinstance(o, list):
            L.t('"')
            for s, c in o:
                L.p(jstr(s), c)
            L.t('"')
            return
        if isinstance(o, dict):
            L.t("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    L.t(",")
                L.t('"%s":' % k)
                put(v)
            L.t("}")
            return
        jput(L, o)
    put(d)
    return [L]


def g_square_noise():
    t = tick(10, 300)
    L = Line("square_webhook")
    k = rng.randint(0, 2)
    if k == 0:
        L.t("square-webhooks %s GET https://connect.squareup.com/v2/locations 200 in %dms square-version=2024-02-22" % (iso_utc(t), rng.randint(60, 400)))
    elif k == 1:
        L.t('square-webhooks %s POST /webhooks/square 200 body={"merchant_id":"ML7QZ4X9B1S2T","type":"payment.created","event_id":"%s","data":{"type":"payment","id":"%s","object":{"payment":{"amount_money":{"amount":%d,"currency":"CHF"},"status":"APPROVED","location_id":"LGIFTSHOP01","note":"Bonnet Weisskamm + gourde"}}}}' % (
            iso_utc(t), uuid4(), sq_id(), rng.randint(10, 80) * 100))
    else:
        L.t("square-webhooks %s WARN invalid x-square-hmacsha256-signature, notification_url=https://ehr.clinique-weisskamm.ch/webhooks/square dropped" % iso_utc(t))
    return [L]


def logcat_head(t, pid, tid, lvl, tag):
    return "%s %5d %5d %s %-8s: " % (t.strftime("%m-%d %H:%M:%S.") + ms(t), pid, tid, lvl, tag)


def ios_head(t, pid):
    return "%s.%06d+0100 Runner[%d:%d] flutter: " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond, pid, rng.randint(90000, 99999))


def g_flutter():
    t = tick(5, 200)
    L = Line("flutter_log")
    pid = rng.randint(4000, 31000)
    k = rng.choices(range(11), [4, 3, 2, 2, 2, 3, 2, 2, 2, 2, 2])[0]
    if k == 0:
        L.t(logcat_head(t, pid, pid + rng.randint(5, 60), "I", "flutter") + "[Dio] *** Response *** uri: https://api.weisskamm.ch/v2/lifts/status statusCode: 200 (%dms)" % rng.randint(60, 900))
    elif k == 1:
        L.t(logcat_head(t, pid, pid + 22, "E", "flutter") + "[ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: SocketException: Failed host lookup: 'api.weisskamm.ch' (OS Error: No address associated with hostname, errno = 7)")
    elif k == 2:
        L.t(logcat_head(t, pid, pid, "W", "FlutterJNI") + "FlutterJNI.loadLibrary called more than once")
    elif k == 3:
        L.t(ios_head(t, pid) + "💡 [LiveTracking] websocket connected wss://live.rhonemarathon.ch/ws (latency %dms, build 3.8.%d+%d)" % (rng.randint(20, 300), rng.randint(0, 9), rng.randint(400, 499)))
    elif k == 4:
        L.t(logcat_head(t, pid, pid + 3, "D", "EGL_emulation") + "app_time_stats: avg=%.2fms min=%.2fms max=%.2fms count=%d" % (rng.uniform(8, 30), rng.uniform(1, 8), rng.uniform(30, 90), rng.randint(20, 60)))
    elif k == 5:
        p = guest()
        lat, lon = "%.5f" % rng.uniform(46.02, 46.11), "%.5f" % rng.uniform(7.18, 7.29)
        L.t(logcat_head(t, pid, pid + 9, "I", "flutter") + "[SOS] alert created id=sos_%s lat=" % hexs(10)).p(lat, "address").t(" lon=").p(lon, "address")
        L.t(" acc=%.1fm battery=%d%% phone=" % (rng.uniform(3, 40), rng.randint(3, 90))).p(p["phone"].replace(" ", ""), "phone").t(" passNo=").p(p["pass"], "other_id")
    elif k == 6:
        p = runner() if rng.random() < .5 else guest()
        uname = fold(p["first"]).lower().replace(" ", "").replace("-", "")[:6] + fold(p["last"]).lower().replace(" ", "").replace("'", "")[:5] + str(rng.randint(1, 99))
        L.t(ios_head(t, pid) + "🔐 [Auth] login ok user=").p(uname, "other_id").t(" email=").p(p["email"], "email").t(" mfa=false")
    elif k == 7:
        p = runner()
        L.t(ios_head(t, pid) + "🏃 [Tracking] bib ").p(p["bib"], "other_id").t(" split %s %s pace %d:%02d/km" % (
            rng.choice(["KM10", "KM21", "KM30"]), "%02d:%02d:%02d" % (rng.randint(0, 3), rng.randint(0, 59), rng.randint(0, 59)), rng.randint(4, 7), rng.randint(0, 59)))
    elif k == 8:
        p = guest()
        L.t(logcat_head(t, pid, pid + 14, "I", "flutter") + "[Profile] medical card synced bloodType=%s allergies=%s ice=\"" % (rng.choice(["A+", "0-", "B+", "AB+"]), rng.choice(["none", "penicillin", "latex"])))
        L.p(p["ice_name"], "name").t(" ").p(p["ice_phone"], "phone").t('"')
    elif k == 9:
        if rng.random() < .5:
            L.t(logcat_head(t, pid, pid + 2, "I", "flutter") + "[Device] registered deviceId=").p(hexs(16), "device")
            L.t(" imei=").p(luhn_complete("35" + digits(12)), "device").t(" model=SM-S911B os=14 sos_enabled=true")
        else:
            L.t(ios_head(t, pid) + "📱 [Device] registered idfv=").p(uuid4().upper(), "device").t(" model=iPhone15,2 os=17.3.1 sos_enabled=true")
    elif rng.random() < .35:
        p = runner()
        handle = fold(p["first"]).lower().replace(" ", "").replace("-", "") + rng.choice(["_runs", ".run", "42", "_trail"])
        L.t(ios_head(t, pid) + "📤 [Share] finisher card shared target=instagram profile=").p("https://www.instagram.com/%s/" % handle, "url")
        L.t(" bib=").p(p["bib"], "other_id")
    else:
        L.t(logcat_head(t, pid, pid + 40, "I", "flutter") + "[firebase_messaging] onMessage topic=lift-status-weisskamm sent=%s ttl=3600" % iso_utc(t))
    return [L]


def g_syslog():
    t = tick(5, 200)
    host = rng.choice(["ehr-web-01", "ehr-web-02", "edge-gw-1", "medtent-hub"])
    ts = t.strftime("%b %d %H:%M:%S")
    L = Line("syslog")
    k = rng.randint(0, 8)
    msgs = [
        "CRON[%d]: (www-data) CMD (php /var/www/ehr/artisan schedule:run >> /dev/null 2>&1)" % rng.randint(10000, 40000),
        "php-fpm[%d]: [WARNING] [pool www] server reached pm.max_children setting (20), consider raising it" % rng.randint(900, 1200),
        "systemd[1]: Started horizon.service - Laravel Horizon queue supervisor.",
        "redis-server[%d]: * Background saving started by pid %d" % (rng.randint(600, 800), rng.randint(20000, 30000)),
        "sshd[%d]: Accepted publickey for deploy from 194.230.147.18 port %d ssh2: ED25519 SHA256:%s" % (rng.randint(20000, 40000), rng.randint(40000, 65000), b64(24).rstrip("=")),
        "kernel: [%d.%06d] nf_conntrack: table full, dropping packet" % (rng.randint(10000, 900000), rng.randint(0, 999999)),
        "certbot[%d]: Cert not yet due for renewal; ehr.clinique-weisskamm.ch expires 2024-05-29" % rng.randint(1000, 9000),
        "nginx[%d]: 2024/03/17 %s [error] %d#%d: *%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.20.1.12, server: ehr.clinique-weisskamm.ch, request: \"GET /healthz HTTP/1.1\", upstream: \"fastcgi://unix:/run/php/php8.2-fpm.sock\"" % (
            rng.randint(800, 900), t.strftime("%H:%M:%S"), rng.randint(800, 900), 0, rng.randint(1000, 99999)),
        "chronyd[%d]: Selected source 162.159.200.123 (time.cloudflare.com), offset %+.6fs" % (rng.randint(400, 600), rng.uniform(-0.01, 0.01)),
    ]
    L.t("%s %s %s" % (ts, host, msgs[k]))
    return [L]


GEN = {
    "nginx": g_nginx, "cloudflare": g_cloudflare, "tent_case": g_tent_case, "tent_noise": g_tent_noise,
    "chip_export": g_chip_export, "chip_noise": g_chip_noise, "form": g_form, "form_noise": g_form_noise,
    "patrol_text": g_patrol_text, "patrol_csv": g_patrol_csv, "patrol_csv_fr": g_patrol_csv_fr,
    "lar_info": g_lar_info, "lar_sqlerr": g_lar_sqlerr, "lar_noise": g_lar_noise, "lar_validation": g_lar_validation,
    "lar_audit": g_lar_audit, "radio": g_radio, "nemsis": g_nemsis, "heli_req": g_heli_req, "heli_status": g_heli_status,
    "heli_fr": g_heli_fr, "lift_lookup": g_lift_lookup, "lift_holder": g_lift_holder, "lift_noise": g_lift_noise,
    "telemetry": g_telemetry, "square": g_square, "square_noise": g_square_noise, "flutter": g_flutter, "syslog": g_syslog,
}
SCHEDULE = {
    "nginx": 44, "cloudflare": 20, "tent_case": 11, "tent_noise": 9, "chip_export": 4, "chip_noise": 7, "form": 12,
    "form_noise": 3, "patrol_text": 9, "patrol_csv": 1, "patrol_csv_fr": 1, "lar_info": 15, "lar_sqlerr": 2, "lar_noise": 12,
    "lar_validation": 3, "lar_audit": 3, "radio": 29, "nemsis": 5, "heli_req": 4, "heli_status": 5, "heli_fr": 1,
    "lift_lookup": 5, "lift_holder": 2, "lift_noise": 8, "telemetry": 26, "square": 7, "square_noise": 4, "flutter": 34,
    "syslog": 20,
}
NOISE_FILL = ["nginx", "telemetry", "syslog", "lar_noise", "lift_noise", "tent_noise", "chip_noise"]
TARGET = 500
SKIPPED = []


def main():
    order = [k for k, n in SCHEDULE.items() for _ in range(n)]
    rng.shuffle(order)
    lines = []
    for k in order:
        grp = GEN[k]()
        if len(lines) + len(grp) > TARGET:
            SKIPPED.append((k, len(grp)))
            continue
        lines.extend(grp)
    while len(lines) < TARGET:
        k = rng.choice(NOISE_FILL)
        grp = GEN[k]()
        if any(L.spans for L in grp) or len(lines) + len(grp) > TARGET:
            continue
        lines.extend(grp)
    assert len(lines) == TARGET
    out_log, out_lab = [], []
    for n, L in enumerate(lines, 1):
        s = L.text()
        assert "\n" not in s and "\r" not in s and s.strip(), (n, s)
        b = s.encode("utf-8")
        spans = []
        last_e = -1
        for (a, e, cat, val) in sorted(L.spans):
            assert b[a:e].decode("utf-8") == val, (n, val)
            assert a >= last_e, (n, "overlap")
            last_e = e
            spans.append({"s": a, "e": e, "cat": cat})
        out_log.append(s)
        out_lab.append(json.dumps({"line": n, "family": L.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")
    assert not SKIPPED, SKIPPED


if __name__ == "__main__":
    main()
