#!/usr/bin/env python3
"""Synthetic labeled log corpus "nm".

Theme: customer support and device-data platform of a (fictional) insulin pump
and CGM manufacturer, "Helixa Medical": pump/CGM upload logs (CareLink-like
Spring Boot logs, Tidepool-like JSON datums), firmware OTA logfmt, adverse
event intake (MedWatch 3500A-like JSON, eMDR XML, ESG acks), Salesforce
Service Cloud (Apex debug logs, REST Case JSON, Data Loader CSV exports),
Amazon Connect contact trace records, warranty replacement shipments (CSV with
header, headerless 3PL pipe rows), DME/pharmacy benefit verification (X12
270/271 inline and per segment, NCPDP-style pharmacy responses), prescription
fax OCR (per-line and JSON with escaped newlines), Android logcat and iOS
unified logs / crash reports with Bluetooth pairing, .NET console, Serilog
CLEF and EF Core logs, Python logging / uvicorn / celery, Kafka broker and
consumer logs, Snowflake query history, nginx access logs, guardian/child
account service (zap JSON), Kubernetes events. English, Spanish and
French-Canadian customers. All people and identifiers are synthetic.

Writes nm.log (500 lines) and nm.labels.jsonl next to this script.
Standard library only, deterministic (fixed seed).

Labeling decisions:
- Labeled: identifiers of patients (pump/CGM users), their parents/guardians,
  spouses, other relatives and lay reporters (e.g. a mother filing a
  MedWatch report). Not labeled: Helixa agents, nurses, field reps, analysts,
  clinicians/prescribers (names, NPIs, phones, faxes, emails), pharmacists,
  and businesses (payers, DMEs, pharmacies, clinics, hospitals, carriers).
- name: full names in any written form, given names or surnames used alone
  to refer to the person, and initials used as a patient identifier
  (MedWatch A1 / eMDR patient identifier, e.g. "L.G.M.").
- address: street line (incl. apt / urbanizacion) and city/town are separate
  spans unless written as one inseparable token; state/province and country
  are not labeled. Latitude/longitude of a patient's phone -> address.
- zip: US ZIP / ZIP+4 and Canadian postal codes of a person.
- date: birth, diagnosis, adverse-event onset, hospital admission/discharge,
  death, prescription written date, pump-training/appointment dates, X12
  eligibility/service dates (DTP*291/DTP*472), NCPDP date of service. Not
  labeled: log and record timestamps (incl. CGM/pump datum times and upload
  times), ship/delivery dates, warranty expiry, report-received/submitted
  dates, firmware release dates, a year alone.
- age: only ages over 89 (children's and adults' ages <= 89 not labeled).
- phone / fax: a person's own numbers; business numbers (1-800 support
  lines, clinic/prescriber fax, pharmacy phones) are not labeled.
- email: personal addresses of patients/caregivers; staff addresses
  (@helixa-medical.com) and service accounts are not labeled.
- ssn: full SSNs only; "last 4" fragments are not labeled. Legacy Medicare
  HICN (SSN + letter) is health_plan.
- health_plan: member/subscriber IDs, Medicare MBI, Medicaid IDs, RAMQ and
  OHIP health card numbers, NCPDP cardholder IDs. Group numbers, BIN/PCN,
  payer IDs are not labeled.
- account: Helixa customer account numbers, patient billing accounts, full
  payment card numbers (card last-4 alone not labeled).
- license: a patient's/caregiver's driver's licence number.
- vehicle: licence plate / VIN of a patient's car.
- device: serial numbers of a patient's pump, CGM transmitter, sensor and BG
  meter (also when the device is being returned), a UDI carrying a serial
  (21), Bluetooth MAC addresses and CoreBluetooth peripheral identifiers of
  a patient's pump/CGM/phone, phone IMEI. Lot numbers, model numbers,
  GTIN/UDI-DI, firmware versions are not labeled.
- ip: public IPs of patients/caregivers (apps, uploader, portal); private
  RFC1918 addresses, load balancers and our servers are not labeled.
- url: person-specific links (caregiver invitation / share links carrying a
  personal token). API paths are not URLs; IDs inside them are labeled by
  their own category.
- mrn: clinic/hospital medical record or chart numbers ("No dossier").
- other_id: usernames/logins, platform user IDs (10-hex Tidepool-style
  userIds, patient/account UUIDs), Salesforce Contact and Case record Ids and
  CaseNumbers of a patient's case, internal complaint numbers (CMP-...),
  personal invitation tokens in request paths.
  Not labeled: MDR manufacturer report numbers (published in MAUDE), RMA,
  order, shipment and tracking numbers, upload/session/trace/request/query
  IDs, Kafka offsets, fax job IDs, agent/user IDs of staff (005...).
- biometric: Amazon Connect Voice ID speaker IDs (voiceprint identifiers).
- photo: base64 profile pictures of a patient (only the base64 payload).
"""
import json
import os
import random
import unicodedata
import datetime as dt

R = random.Random(26)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "nm"
TODAY = dt.date(2024, 10, 14)


# --------------------------------------------------------------------------
# line builder with byte offsets
# --------------------------------------------------------------------------
class P:
    """A PHI value (or plain value when cat is None)."""
    __slots__ = ("v", "cat", "raw")

    def __init__(self, v, cat, raw=False):
        self.v, self.cat, self.raw = str(v), cat, raw


class S:
    """A JSON string made of plain parts and P parts."""
    __slots__ = ("parts",)

    def __init__(self, *parts):
        self.parts = []

        def flat(xs):
            for x in xs:
                if isinstance(x, (list, tuple)):
                    flat(x)
                elif isinstance(x, S):
                    flat(x.parts)
                else:
                    self.parts.append(x)
        flat(parts)


class B:
    def __init__(self):
        self.parts, self.n, self.spans = [], 0, []

    def t(self, *ss):
        for s in ss:
            s = str(s)
            self.parts.append(s)
            self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if not cat:
            return self.t(s)
        nb = len(s.encode("utf-8"))
        self.spans.append((self.n, self.n + nb, cat, s))
        self.parts.append(s)
        self.n += nb
        return self

    def x(self, *parts):
        for part in parts:
            if isinstance(part, P):
                self.p(part.v, part.cat)
            elif isinstance(part, (list, tuple)):
                self.x(*part)
            elif isinstance(part, S):
                self.x(*part.parts)
            else:
                self.t(part)
        return self

    def text(self):
        return "".join(self.parts)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jw(b, o, sep=(",", ":")):
    if isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(sep[0])
            b.t(json.dumps(k, ensure_ascii=False), sep[1])
            jw(b, v, sep)
        b.t("}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(sep[0])
            jw(b, v, sep)
        b.t("]")
    elif isinstance(o, P):
        if o.raw:
            b.p(o.v, o.cat)
        else:
            b.t('"')
            b.p(jesc(o.v), o.cat)
            b.t('"')
    elif isinstance(o, S):
        b.t('"')
        for part in o.parts:
            if isinstance(part, P):
                b.p(jesc(part.v), part.cat)
            else:
                b.t(jesc(str(part)))
        b.t('"')
    else:
        b.t(json.dumps(o, ensure_ascii=False))
    return b


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------
HEX = "0123456789abcdef"
UP = "ABCDEFGHJKLMNPQRSTUVWXYZ"
DIG = "0123456789"


def hexs(n):
    return "".join(R.choice(HEX) for _ in range(n))


def digs(n):
    return "".join(R.choice(DIG) for _ in range(n))


def alnum(n, chars=UP + DIG):
    return "".join(R.choice(chars) for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def luhn_complete(prefix_digits):
    ds = [int(c) for c in prefix_digits]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return prefix_digits + str((10 - total % 10) % 10)


def ascii_fold(s):
    for a, b in (("ø", "o"), ("Ø", "O"), ("æ", "ae"), ("ß", "ss"), ("ł", "l"), ("ı", "i")):
        s = s.replace(a, b)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def sfid(prefix):
    return prefix + "5e" + alnum(13, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")[:10] + alnum(3, UP)


class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 10, 14, 9, 58, 11, 0)

    def tick(self):
        self.t += dt.timedelta(seconds=R.randint(0, 41), microseconds=R.randint(0, 999999))
        return self.t


CLK = Clock()


def epoch(t):
    return (t - dt.datetime(1970, 1, 1)).total_seconds()


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def ts_iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def ts_log4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def ts_local(t, h=-4):
    return t + dt.timedelta(hours=h)


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
             "septembre", "octobre", "novembre", "décembre"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]


def dfmt(d, style):
    y, m, dd = d.year, d.month, d.day
    if style == "us":
        return f"{m:02d}/{dd:02d}/{y}"
    if style == "us_short":
        return f"{m}/{dd}/{y % 100:02d}"
    if style == "us_nopad":
        return f"{m}/{dd}/{y}"
    if style == "iso":
        return f"{y}-{m:02d}-{dd:02d}"
    if style == "x12":
        return f"{y}{m:02d}{dd:02d}"
    if style == "dmy":
        return f"{dd:02d}/{m:02d}/{y}"
    if style == "dmy_dash":
        return f"{dd:02d}-{m:02d}-{y}"
    if style == "en_long":
        return f"{MONTHS_EN[m - 1]} {dd}, {y}"
    if style == "en_abbr":
        return f"{MONTHS_EN[m - 1][:3]} {dd} {y}"
    if style == "fr_long":
        return f"{dd if dd > 1 else '1er'} {MONTHS_FR[m - 1]} {y}"
    if style == "es_long":
        return f"{dd} de {MONTHS_ES[m - 1]} de {y}"
    if style == "oracle":
        return f"{dd:02d}-{MONTHS_EN[m - 1][:3].upper()}-{y}"
    if style == "iso_t":
        return f"{y}-{m:02d}-{dd:02d}T00:00:00"
    if style == "dotnet":
        return f"{y}-{m:02d}-{dd:02d}T00:00:00.0000000"
    raise ValueError(style)


def date_style(lang):
    if lang == "fr":
        return R.choice(["dmy", "fr_long", "iso", "dmy", "iso"])
    if lang == "es":
        return R.choice(["us", "dmy", "es_long", "us_nopad", "iso"])
    return R.choice(["us", "en_long", "us_short", "iso", "en_abbr", "us_nopad"])


def rand_date(a, b):
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def recent_date(days_back=60):
    return TODAY - dt.timedelta(days=R.randint(1, days_back))


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
FIRST = {
    ("en", "F"): ["Emily", "Hannah", "Madison", "Keisha", "Brianna", "Siobhan", "Aoife", "Leilani",
                  "Shira", "Kaitlyn", "Grace", "Olivia", "Destiny", "Tamika", "Rebecca", "Oluwaseun",
                  "Ngozi", "Zainab", "Priya", "Mei-Ling", "Yuki", "Ayşe", "Magdalena", "Thi Lan", "Giulia"],
    ("en", "M"): ["Jacob", "Tyler", "DeShawn", "Liam", "Noah", "Ethan", "Ciarán", "Kalani", "Avraham",
                  "Marcus", "Dylan", "Hunter", "Jamal", "Owen", "Kwame", "Mohammed", "Aarav", "Hiroshi",
                  "Dmitri", "Emre", "Wei", "Jae-won", "Tuan", "Bjørn", "Chinedu"],
    ("es", "F"): ["María José", "Guadalupe", "Xiomara", "Yesenia", "Ximena", "Lucía", "Valentina",
                  "Camila", "Itzel", "Rosa María", "Maribel", "Daniela", "Ana Sofía", "Luisa", "Nayeli"],
    ("es", "M"): ["José Luis", "Juan Carlos", "Mateo", "Santiago", "Diego", "Alejandro", "Emiliano",
                  "Héctor", "Joaquín", "Rubén", "Iker", "Luis Ángel", "Jesús", "Yadiel"],
    ("fr", "F"): ["Marie-Ève", "Chloé", "Éloïse", "Léa", "Amélie", "Geneviève", "Josée", "Mélanie",
                  "Rosalie", "Maude", "Anne-Sophie", "Florence", "Béatrice", "Noémie"],
    ("fr", "M"): ["Jean-François", "Gaëtan", "Benoît", "Mathis", "Félix", "Olivier", "Étienne",
                  "Louis-Philippe", "Samuel", "Rémi", "Marc-André", "Thomas", "Xavier", "Réjean"],
}
LAST = {
    "en": ["O'Connor", "MacLeod", "Fitzgerald-Hughes", "Washington", "Thompson", "Kealoha",
           "Whitaker", "McAllister", "Brooks", "Sullivan", "Nakamura-Reyes", "Van der Berg", "Abernathy",
           "Nguyen", "Tran", "Okafor", "Adeyemi", "Mensah", "Patel", "Ramanathan", "Kowalski", "Nowak",
           "Ivanova", "Yamamoto", "Kim", "Cohen", "Al-Rashid", "Haddad", "Rossi", "Müller", "Johansson",
           "Yilmaz", "Papadopoulos", "dos Santos", "von Holt", "Ben-David"],
    "es": ["García-Márquez", "de la Cruz", "Hernández", "Rodríguez", "López Ochoa", "Villanueva",
           "Ochoa", "Martínez", "Castañeda", "Del Valle", "Ibarra", "Núñez", "Quiñones", "Santiago Rivera",
           "Peña", "Figueroa", "Treviño"],
    "fr": ["Tremblay", "Gagnon", "Bouchard", "Côté", "Lévesque", "Bélanger", "Pelletier", "St-Pierre",
           "Le Blanc", "Gauthier-Roy", "Beaulieu", "Thériault", "Desjardins", "Ouellet", "D'Amours",
           "Lapointe", "Boucher-Nadeau"],
}
CITIES = {
    "en": [("Atlanta", "GA", "303", "404"), ("Columbus", "OH", "432", "614"), ("Minneapolis", "MN", "554", "612"),
           ("Seattle", "WA", "981", "206"), ("Boise", "ID", "837", "208"), ("Newark", "NJ", "071", "973"),
           ("Worcester", "MA", "016", "508"), ("Kailua", "HI", "967", "808"), ("Brooklyn", "NY", "112", "718"),
           ("Toronto", "ON", "M6H", "416"), ("Nashville", "TN", "372", "615"), ("Omaha", "NE", "681", "402"),
           ("Lehi", "UT", "840", "801"), ("Durham", "NC", "277", "919")],
    "es": [("Miami", "FL", "331", "305"), ("Hialeah", "FL", "330", "786"), ("San Antonio", "TX", "782", "210"),
           ("El Paso", "TX", "799", "915"), ("Los Angeles", "CA", "900", "323"), ("Chicago", "IL", "606", "773"),
           ("Phoenix", "AZ", "850", "602"), ("San Juan", "PR", "009", "787"), ("Bayamón", "PR", "009", "787"),
           ("Laredo", "TX", "780", "956"), ("Santa Ana", "CA", "927", "714")],
    "fr": [("Montréal", "QC", "H2X", "514"), ("Laval", "QC", "H7N", "450"), ("Québec", "QC", "G1R", "418"),
           ("Sherbrooke", "QC", "J1H", "819"), ("Gatineau", "QC", "J8X", "819"), ("Trois-Rivières", "QC", "G9A", "819"),
           ("Moncton", "NB", "E1C", "506"), ("Saguenay", "QC", "G7H", "418"), ("Longueuil", "QC", "J4K", "450"),
           ("Rimouski", "QC", "G5L", "418")],
}
COORDS = {"Atlanta": (33.749, -84.388), "Columbus": (39.961, -82.999), "Minneapolis": (44.978, -93.265), "Seattle": (47.606, -122.332),
          "Boise": (43.615, -116.202), "Newark": (40.736, -74.172), "Worcester": (42.263, -71.802), "Kailua": (21.402, -157.739),
          "Brooklyn": (40.678, -73.944), "Toronto": (43.653, -79.383), "Nashville": (36.163, -86.781), "Omaha": (41.257, -95.934),
          "Lehi": (40.392, -111.851), "Durham": (35.994, -78.899), "Miami": (25.762, -80.192), "Hialeah": (25.858, -80.278),
          "San Antonio": (29.424, -98.494), "El Paso": (31.762, -106.485), "Los Angeles": (34.052, -118.244), "Chicago": (41.878, -87.630),
          "Phoenix": (33.448, -112.074), "San Juan": (18.466, -66.106), "Bayamón": (18.398, -66.155), "Laredo": (27.506, -99.507),
          "Santa Ana": (33.746, -117.868), "Montréal": (45.502, -73.567), "Laval": (45.607, -73.712), "Québec": (46.813, -71.208),
          "Sherbrooke": (45.404, -71.893), "Gatineau": (45.477, -75.701), "Trois-Rivières": (46.343, -72.543), "Moncton": (46.088, -64.778),
          "Saguenay": (48.428, -71.068), "Longueuil": (45.531, -73.518), "Rimouski": (48.449, -68.523)}
EMAIL_DOM = {
    "en": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com", "hotmail.com", "proton.me"],
    "es": ["gmail.com", "hotmail.com", "yahoo.com", "outlook.com", "prodigy.net.mx", "icloud.com", "live.com"],
    "fr": ["videotron.ca", "hotmail.com", "gmail.com", "sympatico.ca", "live.ca", "outlook.fr", "bell.net"],
}
PUBLIC_OCT1 = {"en": [24, 47, 67, 68, 71, 73, 76, 98, 99, 107, 108, 173, 174],
               "es": [24, 66, 70, 72, 75, 97, 104, 136, 189],
               "fr": [24, 70, 142, 184, 207, 209, 69]}


def canada_pc(fsa):
    return f"{fsa} {R.choice(DIG[1:])}{R.choice('ABCEGHJKLMNPRSTVWXYZ')}{R.choice(DIG)}"


def mk_phone(area):
    return area, f"{R.randint(2, 9)}{digs(2)}", digs(4)


def fphone(ph, style=None):
    a, e, n = ph
    style = style or R.choice(["paren", "dash", "dot", "plain", "e164", "sp", "one"])
    return {"paren": f"({a}) {e}-{n}", "dash": f"{a}-{e}-{n}", "dot": f"{a}.{e}.{n}",
            "plain": f"{a}{e}{n}", "e164": f"+1{a}{e}{n}", "sp": f"+1 {a} {e} {n}",
            "one": f"1-{a}-{e}-{n}", "fr": f"{a} {e}-{n}"}[style]


def mk_street(lang, city):
    n = R.randint(12, 9899)
    if city[1] == "PR":
        return f"Calle {R.choice(['Luna', 'Sol', 'Tetuán', 'Loíza', 'Las Flores', 'Betances'])} {R.randint(2, 480)}, Urb. " \
               f"{R.choice(['Villa Carolina', 'Santa Rosa', 'Sierra Bayamón', 'Los Dominicos', 'Country Club'])}"
    if lang == "fr" or city[1] in ("QC", "NB"):
        s = f"{n} {R.choice(['rue Saint-Denis', 'boul. René-Lévesque Est', 'avenue du Parc', 'rue des Érables', 'chemin Sainte-Foy', 'boul. des Laurentides', 'rue Principale', 'rue King Ouest', 'rue de la Montagne', 'av. Cartier'])}"
        if R.random() < 0.35:
            s += f", app. {R.randint(1, 24)}"
        return s
    if lang == "es":
        s = f"{n} {R.choice(['W Commerce St', 'S Zarzamora St', 'NW 7th St', 'SW 8th St', 'E Cesar Chavez Ave', 'S Pulaski Rd', 'N Mesa St', 'W 49th St', 'Calle Ocho', 'Guadalupe St'])}"
    else:
        s = f"{n} {R.choice(['Maple Ridge', 'Oak Hollow', 'Kensington', 'Willow Bend', 'Prairie View', 'Lakeshore', 'Cedar Crest', 'Hampton', 'Peachtree', 'Aloha'])} {R.choice(['Dr', 'St', 'Ave', 'Ln', 'Ct', 'Blvd', 'Way'])}"
    if R.random() < 0.3:
        s += R.choice([f" Apt {R.randint(1, 30)}{R.choice('ABCD')}", f" Unit {R.randint(100, 999)}", f" #{R.randint(2, 60)}"])
    return s


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + DIG
    return (R.choice("123456789") + R.choice(L) + R.choice(A) + R.choice(DIG) + R.choice(L) + R.choice(A)
            + R.choice(DIG) + R.choice(L) + R.choice(L) + R.choice(DIG) + R.choice(DIG))


def fictitious_ssn():
    while True:
        a = R.randint(1, 899)
        if a not in (666,) and a != 0:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


class Person:
    pass


def mk_person(kind="adult", lang=None, last=None, city=None, street=None, zipc=None):
    p = Person()
    p.lang = lang or R.choices(["en", "es", "fr"], [0.45, 0.29, 0.26])[0]
    p.sex = R.choice("FM")
    p.first = R.choice(FIRST[(p.lang, p.sex)])
    if last:
        p.last = last
    else:
        p.last = R.choice(LAST[p.lang])
        if p.lang == "es" and " " not in p.last and "-" not in p.last and R.random() < 0.4:
            p.last = p.last + " " + R.choice(["Ibarra", "Soto", "Vega", "Rivera", "Cano"])
    p.mi = R.choice(UP)
    if kind == "child":
        p.dob = rand_date(dt.date(2008, 1, 1), dt.date(2021, 6, 30))
    elif kind == "elder":
        p.dob = rand_date(dt.date(1927, 1, 1), dt.date(1934, 10, 1))
    else:
        p.dob = rand_date(dt.date(1950, 1, 1), dt.date(2004, 1, 1))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.city = city or R.choice(CITIES[p.lang])
    p.street = street or mk_street(p.lang, p.city)
    if zipc:
        p.zip = zipc
    elif p.city[1] in ("QC", "NB", "ON"):
        p.zip = canada_pc(p.city[2])
    else:
        p.zip = p.city[2] + digs(2)
    p.zip4 = digs(4)
    p.phone = mk_phone(p.city[3])
    p.cell = mk_phone(p.city[3])
    fa, la = ascii_fold(p.first).lower().replace(" ", "").replace("'", ""), \
        ascii_fold(p.last).lower().replace(" ", "").replace("'", "")
    style = R.randint(0, 5)
    loc = [f"{fa}.{la}", f"{fa[0]}{la}{R.randint(1, 99)}", f"{fa}_{la[:5]}{p.dob.year % 100:02d}",
           f"{la}.{fa}", f"{fa}{la[0]}{R.randint(70, 2020)}", f"{fa}.{la.split('-')[0]}"][style]
    p.email = f"{loc}@{R.choice(EMAIL_DOM[p.lang])}"
    p.username = R.choice([f"{fa}.{la[:4]}{R.randint(1, 99)}", f"{fa[0]}{la}", f"{fa}{p.dob.year}",
                           f"{la[:6]}_{fa[:3]}", f"{fa}{R.randint(100, 999)}"])
    p.acct = "HX-" + digs(8)
    p.user_uuid = uuid4()
    p.tp_id = hexs(10)
    p.sf_contact = sfid("003")
    p.sf_case = sfid("500")
    p.case_no = "0" + str(R.randint(3100000, 4999999))
    p.complaint = f"CMP-2024-{R.randint(100000, 199999)}"
    p.pump_sn = R.choice(["HP7", "HP7", "HP5"]) + digs(7) + R.choice(UP)
    p.tx_sn = "GT" + alnum(7)
    p.sensor_sn = "SG" + alnum(10)
    p.meter_sn = "CNX" + digs(8)
    p.pump_mac = "D0:B5:C2:" + ":".join(hexs(2).upper() for _ in range(3))
    p.tx_mac = "F4:6A:9C:" + ":".join(hexs(2).upper() for _ in range(3))
    p.imei = luhn_complete(R.choice(["35", "86", "35"]) + digs(12))
    p.cb_uuid = uuid4().upper()
    o1 = R.choice(PUBLIC_OCT1[p.lang])
    p.ip = f"{o1}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
    if p.city[1] == "QC":
        base = ascii_fold(p.last).upper().replace(" ", "").replace("'", "").replace("-", "")[:3]
        mm = p.dob.month + (50 if p.sex == "F" else 0)
        p.hcn = f"{base}{ascii_fold(p.first)[0].upper()} {p.dob.year % 100:02d}{mm:02d} {p.dob.day:02d}{digs(2)}"
        p.plan = ("RAMQ", "RAMQ")
    elif p.city[1] == "ON" or p.city[1] == "NB":
        p.hcn = f"{digs(4)}-{digs(3)}-{digs(3)}-{alnum(2, 'ABCDEFGHJKLMNPRSTVWXYZ')}"
        p.plan = ("OHIP", "OHIP") if p.city[1] == "ON" else ("Medicare NB", "NB")
    else:
        if kind == "elder" or R.random() < 0.15:
            p.hcn = mbi()
            p.plan = ("Medicare Part B", "CMS")
        elif p.lang == "es" and R.random() < 0.4:
            p.hcn = R.choice(["5", "7"]) + digs(8)
            p.plan = (R.choice(["Texas Medicaid", "AHCCCS", "Florida Medicaid (Sunshine Health)", "Vital (ASES)"]), "MCD")
        else:
            p.hcn = R.choice([alnum(3, UP) + digs(9), "W" + digs(9), "1" + digs(10), "ZGP" + digs(8) + "01"])
            p.plan = R.choice([("Blue Cross Blue Shield of Texas", "84980"), ("Aetna", "60054"), ("UnitedHealthcare", "87726"),
                               ("Cigna", "62308"), ("Anthem BCBS", "00227"), ("Humana", "61101"), ("Kaiser Permanente", "94134")])
    p.group = R.choice(["G", "0", "X"]) + digs(6)
    p.ssn = fictitious_ssn()
    p.mrn = R.choice(["00", "", "7"]) + digs(R.choice([6, 7, 8]))
    if p.city[1] == "QC":
        p.dl = f"{ascii_fold(p.last)[0].upper()}{digs(4)}-{p.dob.day:02d}{p.dob.month:02d}{p.dob.year % 100:02d}-{digs(2)}"
    elif p.city[1] == "FL":
        p.dl = f"{ascii_fold(p.last)[0].upper()}{digs(3)}-{digs(3)}-{digs(2)}-{digs(3)}-{digs(1)}"
    else:
        p.dl = R.choice([digs(8), alnum(1, UP) + digs(7), digs(9)])
    p.guardian = None
    p.kind = kind
    return p


def mk_child():
    c = mk_person("child")
    g = mk_person("adult", lang=c.lang, city=c.city, street=c.street, zipc=c.zip,
                  last=c.last if R.random() < 0.7 else None)
    g.dob = rand_date(dt.date(1972, 1, 1), dt.date(1996, 1, 1))
    c.guardian = g
    # child shares household contacts
    c.phone = g.phone
    c.email = g.email
    c.rel = ("mother" if g.sex == "F" else "father")
    return c


def any_patient(child_p=0.3, elder_p=0.08):
    r = R.random()
    if r < child_p:
        return mk_child()
    if r < child_p + elder_p:
        return mk_person("elder")
    return mk_person("adult")


def nm(p, style=None):
    style = style or R.choice(["full", "full", "lf", "upper_lf", "lower", "init", "mid", "upper"])
    f, l = p.first, p.last
    if style == "full":
        return f"{f} {l}"
    if style == "lf":
        return f"{l}, {f}"
    if style == "upper_lf":
        return f"{l.upper()}, {f.upper()}"
    if style == "upper":
        return f"{f.upper()} {l.upper()}"
    if style == "lower":
        return f"{f.lower()} {l.lower()}"
    if style == "init":
        return f"{f[0]}. {l}"
    if style == "mid":
        return f"{f} {p.mi}. {l}"
    if style == "first":
        return f
    raise ValueError(style)


def initials(p):
    parts = [w for w in (p.first.replace("-", " ") + " " + p.last.replace("-", " ")).split() if w[0].isupper()]
    return ".".join(w[0] for w in parts) + "."


def addr_parts(p, style=None, upper=False):
    st, city = p.street, p.city[0]
    if upper:
        st, city = ascii_fold(st).upper(), ascii_fold(city).upper()
    style = style or ("fr" if p.city[1] in ("QC", "NB") and R.random() < 0.6 else R.choice(["std", "std", "nocomma"]))
    if style == "fr":
        return [P(st, "address"), ", ", P(city, "address"), f" ({p.city[1]}) ", P(p.zip, "zip")]
    if style == "nocomma":
        return [P(st, "address"), " ", P(city, "address"), " ", p.city[1], " ", P(p.zip, "zip")]
    return [P(st, "address"), ", ", P(city, "address"), ", ", p.city[1], " ", P(p.zip, "zip")]


STAFF = ["Brittany Lowe", "Rafael Domínguez", "Nathalie Caron", "Derek Huang", "Sofía Arce", "Patrice Morin",
         "Kendra Ellis", "Yannick Bergeron", "Marisol Tapia", "Greg Oyelaran", "Isabelle Proulx", "Trevor Nash"]
STAFF_USER = ["blowe", "rdominguez", "ncaron", "dhuang", "sarce", "pmorin", "kellis", "ybergeron", "mtapia"]
DOCS = ["Dr. Anjali Mehta", "Dre Isabelle Fortin", "Dr. Robert Klein, MD", "Dra. Carmen Soto", "Dr. Olusegun Bakare",
        "Dr. Hélène Vachon", "Dr. Timothy Reardon, DO", "Dr. Laila Haddadi"]
CLINICS = [("Clinique Diabète Rosemont", "514", "H1X"), ("Texas Children's Endocrinology", "832", "770"),
           ("Nicklaus Children's Hospital Endocrine", "305", "331"), ("CHU Sainte-Justine - Endocrinologie", "514", "H3T"),
           ("Barbara Davis Center", "303", "800"), ("Centro Médico Episcopal San Lucas", "787", "007"),
           ("Joslin Diabetes Center", "617", "022"), ("CIUSSS de l'Estrie - CHUS", "819", "J1H")]
PAYERS = ["Blue Cross Blue Shield of Texas", "Aetna", "UnitedHealthcare", "Cigna", "Humana", "Florida Blue",
          "Triple-S Salud", "Sun Life", "Desjardins Assurances", "Medicare DME MAC Jurisdiction C"]


def npi():
    return luhn_complete("80840" + "1" + digs(8))[5:]


def biz_phone():
    return R.choice(["1-800-", "(800) ", "888-", "1 (866) ", "877."]) + f"{R.randint(200, 999)}" + R.choice(["-", "."]) + digs(4)


def tracking():
    return R.choice(["1Z" + alnum(6) + "03" + digs(8), digs(12), "7" + digs(11), "9405" + digs(18), "PUR" + digs(9)])


def rma():
    return R.choice(["RMA-", "RMA", "RO-"]) + str(R.randint(2400000, 2499999))


def lot():
    return R.choice(["L", "5", "HX"]) + digs(6) + R.choice(["", "A", "B"])


def fw():
    return f"{R.choice([4, 4, 5])}.{R.randint(0, 14)}.{R.randint(0, 9)}"


def b64blob(n, start="/9j/4AAQSkZJRgABAQ"):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return start + "".join(R.choice(chars) for _ in range(n))


# --------------------------------------------------------------------------
# free-text notes (agents / reporters) in en / es / fr
# --------------------------------------------------------------------------
PROBLEMS_EN = ["Critical Pump Error A7 after drop", "No delivery alarm x3 overnight", "cracked reservoir compartment",
               "BLE pairing fails since app update 3.14", "sensor stopped after 2 days ('Sensor failed')",
               "button unresponsive", "battery cap stripped", "occlusion alarm with new infusion sets"]
PROBLEMS_ES = ["error crítico A7 después de una caída", "alarma de oclusión varias veces", "la bomba no se conecta por Bluetooth con el celular",
               "el sensor dejó de funcionar a los 2 días", "la pantalla se quedó en blanco", "tapa de batería rota"]
PROBLEMS_FR = ["erreur critique A7 après une chute", "alarme d'occlusion à répétition", "la pompe ne se jumelle plus avec le cellulaire",
               "capteur arrêté après 2 jours (« Échec du capteur »)", "écran noir", "couvercle de pile fendu"]


def note_parts(p, rich=True):
    g = p.guardian
    lang = p.lang
    ds = date_style(lang)
    if lang == "es":
        prob = R.choice(PROBLEMS_ES)
        if g:
            rel = "madre" if g.sex == "F" else "padre"
            parts = [f"Llamó {'la Sra.' if g.sex == 'F' else 'el Sr.'} ", P(nm(g, R.choice(["full", "lower", "upper"])), "name"),
                     f", {rel} de ", P(p.first, "name"), " (fecha de nac. ", P(dfmt(p.dob, ds), "date"), "). ",
                     "La bomba ", P(p.pump_sn, "device"), f" presenta {prob}. "]
        else:
            parts = ["Cliente ", P(nm(p), "name"), " (FN ", P(dfmt(p.dob, ds), "date"), f") reporta {prob} en bomba SN ",
                     P(p.pump_sn, "device"), ". "]
        if rich:
            parts += ["Se confirma dirección de envío: ", addr_parts(p), ". Tel: ",
                      P(fphone(p.phone), "phone"), R.choice([". Prefiere español.", ". Se envía reemplazo por FedEx.", ""])]
        return parts
    if lang == "fr":
        prob = R.choice(PROBLEMS_FR)
        if g:
            rel = "mère" if g.sex == "F" else "père"
            ne = "née" if p.sex == "F" else "né"
            parts = ["Appel de ", P(nm(g, R.choice(["full", "lf", "upper"])), "name"), f" ({rel} de ", P(p.first, "name"),
                     f", {ne} le ", P(dfmt(p.dob, ds), "date"), f"). Pompe ", P(p.pump_sn, "device"), f" : {prob}. "]
        else:
            parts = ["Client(e) ", P(nm(p), "name"), f", DDN ", P(dfmt(p.dob, ds), "date"), f" — {prob}, pompe no de série ",
                     P(p.pump_sn, "device"), ". "]
        if rich:
            parts += ["Remplacement expédié au ", addr_parts(p, "fr"), ". ", ("Courriel du parent" if g else "Courriel"), " : ",
                      P(p.email, "email"), R.choice([". Rappeler en français.", ". Dossier RAMQ à jour.", ""])]
        return parts
    prob = R.choice(PROBLEMS_EN)
    if g:
        parts = [R.choice(["Spoke w/ ", "Call from ", "Inbound call - "]), c_rel(p), " ", P(nm(g, R.choice(["full", "first", "lower"])), "name"),
                 " re: ", "son " if p.sex == "M" else "daughter ", P(p.first, "name"), " (DOB ", P(dfmt(p.dob, ds), "date"),
                 "). Pump ", P(p.pump_sn, "device"), f" - {prob}. "]
    else:
        parts = ["Pt ", P(nm(p), "name"), " DOB ", P(dfmt(p.dob, ds), "date"), f" reports {prob}, pump SN ", P(p.pump_sn, "device"), ". "]
    if rich:
        parts += ["Verified ship-to ", addr_parts(p), R.choice([". Callback ", ". Best # ", ". cb "]), P(fphone(p.phone), "phone"),
                  R.choice([". Replacement approved.", ". Escalated to Tier 2.", ". Troubleshooting done, KB-0412 followed.", ""])]
    return parts


def share_link_parts(p):
    tok = alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    lead = {"en": " Sent care-partner link ", "es": " Se envió enlace para cuidador ", "fr": " Lien d'aidant envoyé : "}[p.lang]
    return [lead, P(f"https://share.helixa-medical.com/c/{tok}", "url")]


def c_rel(p):
    return R.choice(["mother", "mom"]) if p.guardian.sex == "F" else R.choice(["father", "dad"])


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
def one(b, fam):
    return [(b, fam)]


def g_carelink(phi):
    t = CLK.tick()
    b = B()
    lvl = "INFO"
    thr = R.choice([f"upload-exec-{R.randint(1, 16)}", f"parse-{R.randint(1, 8)}", "scheduling-1", "http-nio-8080-exec-" + str(R.randint(1, 40))])
    logger = R.choice(["c.h.c.i.upload.PumpUploadController", "c.h.c.i.parse.PumpHistoryParser", "c.h.c.i.link.ClinicLinkService",
                       "c.h.c.i.device.DeviceRegistry"])
    msg = []
    if phi:
        p = any_patient()
        k = R.randint(0, 5)
        logger = ["c.h.c.i.upload.PumpUploadController", "c.h.c.i.link.ClinicLinkService", "c.h.c.i.device.DeviceRegistry",
                  "c.h.c.i.sensor.SensorSessionTracker", "c.h.c.i.parse.PumpHistoryParser", "c.h.c.i.auth.UploaderAuthFilter"][k]
        if k == 0:
            msg = ["Upload accepted user=", P(p.username, "other_id"), " pumpSN=", P(p.pump_sn, "device"),
                   f" model=MMT-780G fw={fw()} source=HelixaUploader/2.{R.randint(50, 61)}.0 bytes={R.randint(90000, 900000)}"]
        elif k == 1:
            logger = "c.h.c.i.link.ClinicLinkService"
            msg = ["Linking patient ", P(nm(p, "lf"), "name"), " (DOB ", P(dfmt(p.dob, "iso"), "date"),
                   f") to clinic CL-{R.randint(10000, 99999)} '{R.choice(CLINICS)[0]}' requested by {R.choice(STAFF_USER)}@helixa-medical.com"]
        elif k == 2:
            lvl = "WARN"
            logger = "c.h.c.i.device.DeviceRegistry"
            q = mk_person()
            msg = ["Registered device mismatch for account ", P(p.acct, "account"), ": expected ", P(p.pump_sn, "device"),
                   " got ", P(q.pump_sn, "device"), " - upload quarantined"]
        elif k == 3:
            msg = ["Sensor session change transmitter=", P(p.tx_sn, "device"), " sensor=", P(p.sensor_sn, "device"),
                   " patientId=", P(p.user_uuid, "other_id"), f" warmup=7200s lot={lot()}"]
        elif k == 4:
            lvl = "ERROR"
            logger = "c.h.c.i.parse.PumpHistoryParser"
            msg = ["CSV import failed for ", P(p.username, "other_id"), ": unexpected column 'BWZ Carb Ratio (g/U)' at row ",
                   str(R.randint(5, 40)), " (file=", P(nm(p, "lower").replace(" ", "_"), "name"), f"_{t:%Y%m%d}.csv)"]
        else:
            msg = ["Uploader login from ", P(p.ip, "ip"), " for ", P(p.email, "email"), f" (locale={ {'en': 'en_US', 'es': 'es_US', 'fr': 'fr_CA'}[p.lang]}) meter=",
                   P(p.meter_sn, "device")]
    else:
        k = R.randint(0, 6)
        upid = "upid_" + hexs(32)
        msg = [
            f"Parsed {R.randint(1500, 4000)} records (cbg={R.randint(1000, 2100)} basal={R.randint(200, 700)} bolus={R.randint(10, 60)} alarm={R.randint(0, 15)}) in {R.randint(200, 2000)} ms uploadId={upid}",
            f"HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting={R.randint(1, 12)})",
            f"Started PumpIngestApplication in {R.randint(9, 25)}.{digs(3)} seconds (process running for {R.randint(26, 30)}.{digs(3)})",
            f"Upload queue depth={R.randint(0, 40)} inFlight={R.randint(0, 16)} p95LatencyMs={R.randint(300, 4000)}",
            f"Rejected upload uploadId={upid} reason=CHECKSUM_MISMATCH expected=sha256:{hexs(16)}... actual=sha256:{hexs(16)}...",
            "Tomcat started on port 8080 (http) with context path '/'",
            f"Device catalog refreshed: 14 models, firmware matrix v{R.randint(30, 45)} (MMT-780G min fw 4.10.0)",
        ][k]
        if k in (1, 4):
            lvl = "WARN"
        logger = ["c.h.c.i.parse.PumpHistoryParser", "com.zaxxer.hikari.pool.HikariPool", "c.h.c.i.PumpIngestApplication",
                  "c.h.c.i.upload.UploadQueueMonitor", "c.h.c.i.upload.PumpUploadController", "o.s.b.w.embedded.tomcat.TomcatWebServer",
                  "c.h.c.i.device.DeviceCatalog"][k]
        msg = [msg]
    b.t(f"{ts_iso_z(t)} {lvl:>5} 1 --- [carelink-ingest] [{thr}] {logger:<40} : ").x(msg)
    return one(b, "spring_boot_upload")


def g_tidepool(phi):
    t = CLK.tick()
    b = B()
    if phi:
        p = any_patient()
        k = R.randint(0, 4)
        base = {"_userId": P(p.tp_id, "other_id")}
        if k == 0:
            o = {"_userId": P(p.tp_id, "other_id"), "clockDriftOffset": 0, "conversionOffset": 0,
                 "deviceId": S("HelixaSentra-", P(p.tx_sn, "device")), "deviceTime": ts_local(t).strftime("%Y-%m-%dT%H:%M:%S"),
                 "id": hexs(32), "time": ts_iso_z(t), "timezoneOffset": -240, "type": "cbg",
                 "units": R.choice(["mg/dL", "mmol/L"]), "value": R.randint(48, 320), "uploadId": "upid_" + hexs(32)}
            if o["units"] == "mmol/L":
                o["value"] = round(o["value"] / 18.0182, 5)
        elif k == 1:
            o = {"type": "basal", "deliveryType": R.choice(["scheduled", "temp", "suspend"]), "rate": round(R.uniform(0.2, 2.1), 3),
                 "duration": R.choice([1800000, 3600000, 900000]), "time": ts_iso_z(t),
                 "deviceId": S("HelixaPump780-", P(p.pump_sn, "device")), "_userId": P(p.tp_id, "other_id"),
                 "uploadId": "upid_" + hexs(32), "payload": {"logIndices": [R.randint(1000, 99999)]}}
        elif k == 2:
            o = {"userid": P(p.tp_id, "other_id"), "profile": {"fullName": P(nm(p, "full"), "name"),
                 "patient": {"birthday": P(dfmt(p.dob, "iso"), "date"),
                             "diagnosisDate": P(dfmt(rand_date(p.dob + dt.timedelta(days=400), TODAY - dt.timedelta(days=30)), "iso"), "date"),
                             "diagnosisType": "type1", "targetDevices": ["helixa-780g", "helixa-sentra"],
                             "targetTimezone": R.choice(["America/Toronto", "America/Chicago", "America/Puerto_Rico", "America/New_York"])}}}
            if p.guardian:
                o["profile"]["fullName"] = P(nm(p.guardian, "full"), "name")
                o["profile"]["patient"]["fullName"] = P(nm(p, "full"), "name")
                o["profile"]["patient"]["isOtherPerson"] = True
        elif k == 3:
            g = p.guardian or mk_person(lang=p.lang)
            o = {"msg": "permissions granted", "trusteeId": P(g.tp_id, "other_id"), "trustorId": P(p.tp_id, "other_id"),
                 "email": P(g.email, "email"), "permissions": {"custodian": {}, "upload": {}, "view": {}}, "level": "info",
                 "time": ts_iso_z(t)}
        else:
            o = {"type": "deviceEvent", "subType": "reservoirChange", "time": ts_iso_z(t),
                 "deviceId": S("HelixaPump780-", P(p.pump_sn, "device")), "_userId": P(p.tp_id, "other_id"),
                 "status": {"type": "deviceEvent", "subType": "status", "status": "suspended", "reason": {"suspended": "manual"}}}
        jw(b, o)
    else:
        k = R.randint(0, 4)
        o = [
            {"level": "info", "service": "data", "msg": "dataset created", "dataSetId": hexs(32), "dataSetType": "continuous",
             "deduplicator": {"name": "org.tidepool.deduplicator.device.deactivate.hash", "version": "1.1.0"}, "elapsed": f"{R.randint(5, 90)}ms"},
            {"level": "warn", "service": "data", "msg": "duplicate datums dropped", "count": R.randint(1, 300), "type": "cbg",
             "uploadId": "upid_" + hexs(32), "time": ts_iso_z(t)},
            {"level": "info", "service": "blip", "msg": "GET /metrics", "status": 200, "durationMs": R.randint(1, 9)},
            {"level": "error", "service": "data", "msg": "mongo: context deadline exceeded", "collection": "deviceData",
             "op": "InsertMany", "batch": R.randint(100, 2000), "retry": R.randint(1, 3), "time": ts_iso_z(t)},
            {"type": "upload", "version": f"2.{R.randint(50, 61)}.0", "deviceManufacturers": ["Helixa"], "deviceModel": "MMT-780G",
             "deviceTags": ["insulin-pump", "cgm"], "computerTime": ts_local(t).strftime("%Y-%m-%dT%H:%M:%S"),
             "timeProcessing": "utc-bootstrapping", "uploadId": "upid_" + hexs(32), "byUser": "(redacted)"},
        ][k]
        jw(b, o)
    return one(b, "tidepool_json")


def g_ota(phi):
    t = CLK.tick()
    b = B()
    b.t(f"time={ts_iso_z(t)} level=")
    if phi:
        p = any_patient()
        k = R.randint(0, 3)
        if k == 0:
            b.x('info svc=ota-dispatcher msg="firmware push complete" device_sn=', P(p.pump_sn, "device"),
                f" fw_from=4.{R.randint(0, 9)}.{R.randint(0, 9)} fw_to=4.{R.randint(10, 14)}.{R.randint(0, 9)}-b{R.randint(1000, 1300)} campaign=FWC-2024-{R.randint(1, 12):02d} ble_mac=",
                P(p.pump_mac, "device"), f" duration_ms={R.randint(40000, 400000)}")
        elif k == 1:
            b.x('warn svc=ota-dispatcher msg="transfer interrupted, will resume" device_sn=', P(p.pump_sn, "device"),
                f" chunk={R.randint(10, 400)}/512 gatt_status=133 phone_model=\"{R.choice(['SM-S918U', 'Pixel 7', 'moto g stylus 5G', 'iPhone14,5'])}\" phone_imei=",
                P(p.imei, "device"))
        elif k == 2:
            b.x('info svc=ota-eligibility msg="device eligible" serial=', P(p.tx_sn, "device"), " owner_account=", P(p.acct, "account"),
                f" region={p.city[1]} reg_approved=true")
        else:
            b.x('error svc=ota-dispatcher msg="post-update self test failed" device_sn=', P(p.pump_sn, "device"),
                ' err="E-MOTOR-ENC 0x2F" user=', P(p.username, "other_id"), " action=rollback")
    else:
        k = R.randint(0, 4)
        tot = R.randint(8000, 40000)
        b.t([f'info svc=ota-campaign msg="rollout progress" campaign=FWC-2024-{R.randint(1, 12):02d} target={fw()} done={R.randint(100, tot)} total={tot} failed={R.randint(0, 90)} pct={R.randint(1, 99)}',
             f'info svc=ota-signer msg="image verified" image=hx780g_fw_{fw().replace(".", "_")}.bin sha256={hexs(64)} key_id=fw-sign-2024',
             f'warn svc=ota-cdn msg="cache miss ratio high" pop=yul1 ratio=0.{R.randint(20, 60)} window=5m',
             f'info svc=ota-dispatcher msg="worker started" shard={R.randint(0, 15)} kafka_topic=ota.commands.v2 group=ota-dispatcher',
             f'info svc=ota-campaign msg="campaign paused by policy" campaign=FWC-2024-{R.randint(1, 12):02d} reason=failure_rate_above_0.5pct approver=qa-release@helixa-medical.com'][k])
    return one(b, "ota_logfmt")


def g_medwatch(phi):
    t = CLK.tick()
    b = B()
    if not phi:
        o = R.choice([
            {"ts": ts_iso_z(t), "svc": "complaint-intake", "event": "schema_loaded", "form": "FDA3500A", "schemaVersion": "2024.2", "fields": 147},
            {"ts": ts_iso_z(t), "svc": "complaint-intake", "event": "queue_stats", "open": R.randint(100, 900), "awaitingMdrDecision": R.randint(5, 80),
             "overdue30d": R.randint(0, 6), "oldestAgeHours": R.randint(2, 600)},
            {"ts": ts_iso_z(t), "svc": "complaint-intake", "event": "mdr_clock", "reportable": True, "dueInDays": R.randint(1, 30), "codeSet": "IMDRF Annex A-G 2024"},
        ])
        jw(b, o, (", ", ": "))
        return one(b, "medwatch_3500a_json")
    p = any_patient(child_p=0.35, elder_p=0.3)
    ev = recent_date(40)
    adm = ev + dt.timedelta(days=R.randint(0, 1))
    dis = adm + dt.timedelta(days=R.randint(1, 5))
    ds = date_style(p.lang)
    hosp = R.choice({"fr": ["CHU Sainte-Justine", "Hôpital de l'Enfant-Jésus", "CHUS Fleurimont", "Hôpital Pierre-Le Gardeur"],
                     "es": ["Methodist Children's Hospital", "Jackson Memorial", "HCA Florida Kendall", "Hospital Auxilio Mutuo", "University Medical Center of El Paso"],
                     "en": ["Children's Healthcare of Atlanta", "Hennepin Healthcare", "Vanderbilt University Medical Center", "Nationwide Children's", "St. Luke's Boise"]}[p.lang])
    age_v = P(str(p.age), "age") if p.age > 89 else str(p.age)
    narrative = []
    if p.guardian:
        narrative = [R.choice(["Mother", "Parent"]) if p.guardian.sex == "F" else "Father",
                     " reports pump delivered unexpected bolus overnight; child's BG ", str(R.randint(28, 45)),
                     " mg/dL, glucagon given, EMS called. Admitted to ", hosp, " on ", P(dfmt(adm, ds), "date"),
                     ", discharged ", P(dfmt(dis, ds), "date"), ". Pump returned for analysis."]
    elif p.kind == "elder" and R.random() < 0.6:
        vin = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
        narrative = ["Patient (", P(str(p.age), "age"), " y/o) had severe hypoglycemia while driving on ", P(dfmt(ev, ds), "date"),
                     "; vehicle (plate ", P(R.choice([alnum(3, UP) + "-" + digs(4), digs(3) + " " + alnum(3, UP), alnum(7)]), "vehicle"),
                     ", VIN ", P(vin, "vehicle"), ") struck a mailbox. CGM had not alarmed. No injuries reported."]
    else:
        narrative = ["Customer reports ", R.choice(PROBLEMS_EN), "; BG rose to HI, DKA treated in ER at ", hosp, " ",
                     P(dfmt(ev, ds), "date"), ". Customer states infusion set was changed that morning."]
    o = {"formType": "FDA3500A", "complaintNo": P(p.complaint, "other_id"),
         "A1_patientIdentifier": P(initials(p), "name"),
         "A2_age": age_v, "A2_ageUnit": "Year",
         "A2_dateOfBirth": P(dfmt(p.dob, R.choice(["us", "iso"])), "date"),
         "A3_sex": p.sex, "A4_weight": str(R.randint(18, 35) + 3 * p.age if p.age < 14 else R.randint(45, 110)), "A4_weightUnit": "kg",
         "B1": ["ADVERSE_EVENT", "PRODUCT_PROBLEM"], "B2_outcomes": R.choice([["HOSPITALIZATION"], ["REQUIRED_INTERVENTION"], ["OTHER_SERIOUS"]]),
         "B3_dateOfEvent": P(dfmt(ev, "us"), "date"), "B4_dateOfThisReport": dfmt(TODAY, "us"),
         "B5_describeEvent": S(narrative),
         "D1_brandName": "Helixa 780G", "D4_serialNumber": P(p.pump_sn, "device"), "D4_lotNumber": lot(),
         "D4_udi": S(f"(01)00763000{digs(6)}(17)27{R.randint(1, 12):02d}31(10){lot()}(21)", P(p.pump_sn, "device"))}
    if p.guardian and R.random() < 0.8:
        g = p.guardian
        o["E1_initialReporter"] = {"lastName": P(g.last, "name"), "firstName": P(g.first, "name"), "phone": P(fphone(g.cell), "phone"),
                                   "email": P(g.email, "email"), "occupation": "Parent", "healthProfessional": False}
    else:
        o["E1_initialReporter"] = {"name": R.choice(DOCS), "phone": biz_phone(), "occupation": "Physician", "healthProfessional": True}
    o["G1_contactOffice"] = "Helixa Medical Inc., Regulatory Affairs, Northridge CA"
    jw(b, o, R.choice([(",", ":"), (", ", ": ")]))
    return one(b, "medwatch_3500a_json")


def g_emdr(phi):
    t = CLK.tick()
    b = B()
    mrn_no = f"30042{digs(5)}-2024-{R.randint(100, 2999):05d}"
    if not phi:
        b.t(R.choice([
            f"{ts_log4j(t)} INFO  [esg-ack-poller] AS2 MDN received messageId=<{hexs(12)}@esg.fda.gov> file=mdr_{mrn_no}.xml ACK1 status=DELIVERED",
            f"{ts_log4j(t)} INFO  [esg-ack-poller] ACK2 for MDR {mrn_no}: CDRH accepted, coreId={digs(8)}",
            f"{ts_log4j(t)} WARN  [esg-ack-poller] ACK3 for MDR {mrn_no}: WARNING 'B5 text exceeds 4000 chars, truncated' (batch EMDR-{t:%Y%m%d}-{R.randint(1, 9)})",
            f'<?xml version="1.0" encoding="UTF-8"?><PORR_IN040001UV01 ITSVersion="XML_1.0" xmlns="urn:hl7-org:v3"><id root="2.16.840.1.113883.3.24" extension="{mrn_no}"/><creationTime value="{t:%Y%m%d%H%M%S}"/>',
            f"{ts_log4j(t)} INFO  [emdr-builder] batch EMDR-{t:%Y%m%d}-{R.randint(1, 9)} built: {R.randint(3, 40)} reports, {R.randint(0, 3)} supplemental, zip={R.randint(20, 900)}KB",
        ]))
        return one(b, "emdr_xml")
    p = any_patient(child_p=0.3, elder_p=0.25)
    ev = recent_date(50)
    b.t(f'<mdrReport mfrReportNumber="{mrn_no}" reportType="{R.choice(["30-day", "5-day", "supplemental"])}">')
    b.x("<patient><patientIdentifier>", P(initials(p).replace(".", "") if R.random() < 0.5 else initials(p), "name"), "</patientIdentifier>")
    if p.age > 89:
        b.x('<patientAge unit="year">', P(str(p.age), "age"), "</patientAge>")
    else:
        b.t(f'<patientAge unit="year">{p.age}</patientAge>')
    if R.random() < 0.6:
        b.x('<dateOfBirth value="', P(dfmt(p.dob, "x12"), "date"), '"/>')
    b.t(f"<sex>{p.sex}</sex></patient>")
    b.x('<adverseEvent><dateOfEvent value="', P(dfmt(ev, "x12"), "date"), f'"/><outcome code="{R.choice(["H", "RI", "OT"])}"/>')
    if R.random() < 0.4 and p.kind == "elder":
        b.x('<dateOfDeath value="', P(dfmt(ev + dt.timedelta(days=R.randint(1, 9)), "x12"), "date"), '"/>')
    b.x("</adverseEvent><device><brandName>Helixa 780G</brandName><serialNumber>", P(p.pump_sn, "device"),
        f"</serialNumber><lotNumber>{lot()}</lotNumber><evaluated>Y</evaluated></device></mdrReport>")
    return one(b, "emdr_xml")


def g_apex(phi):
    t = CLK.tick()
    b = B()
    b.t(f"{t:%H:%M:%S}.{int(t.microsecond / 1000):03d} ({R.randint(10**8, 10**9)})|")
    if phi:
        p = any_patient()
        k = R.randint(0, 4)
        if k == 0:
            b.x(f"USER_DEBUG|[{R.randint(20, 300)}]|DEBUG|Inbound call match: ANI=", P(fphone(p.phone, "e164"), "phone"),
                " -> Contact ", P(p.sf_contact, "other_id"), " (", P(nm(p, "full"), "name"), ")")
        elif k == 1:
            b.x(f"SOQL_EXECUTE_BEGIN|[{R.randint(20, 300)}]|Aggregations:0|SELECT Id, CaseNumber, Status FROM Case WHERE ContactEmail = '",
                P(p.email, "email"), "' AND IsClosed = false")
        elif k == 2:
            b.x(f"VARIABLE_ASSIGNMENT|[{R.randint(20, 300)}]|c.SuppliedPhone|\"", P(fphone(p.phone), "phone"), '"|0x' + hexs(8))
        elif k == 3:
            b.x(f"USER_DEBUG|[{R.randint(20, 300)}]|DEBUG|Warranty lookup serial=", P(p.pump_sn, "device"), " account=", P(p.acct, "account"),
                " case=", P(p.case_no, "other_id"), f" inWarranty={R.choice(['true', 'false'])} expires=20{R.randint(25, 28)}-0{R.randint(1, 9)}-15")
        else:
            b.x(f"EXCEPTION_THROWN|[{R.randint(20, 300)}]|System.DmlException: Insert failed. First exception on row 0; first error: DUPLICATES_DETECTED, Use one of these records?: [Contact ",
                P(p.sf_contact, "other_id"), " ", P(nm(p, "full"), "name"), "]")
    else:
        b.t(R.choice([
            f"CODE_UNIT_STARTED|[EXTERNAL]|01p5e00000{alnum(5)}|CaseTriggerHandler.onAfterUpdate",
            f"LIMIT_USAGE_FOR_NS|(default)|  Number of SOQL queries: {R.randint(1, 40)} out of 100",
            f"HEAP_ALLOCATE|[{R.randint(20, 300)}]|Bytes:{R.randint(3, 9000)}",
            f"CUMULATIVE_LIMIT_USAGE_END",
            f"USER_DEBUG|[{R.randint(20, 300)}]|DEBUG|Omni routing: queue=Pump_Tier2_{R.choice(['EN', 'ES', 'FR'])} capacity={R.randint(1, 5)} agents={R.randint(2, 30)}",
            f"FLOW_START_INTERVIEW_BEGIN|{R.randint(10, 99)}|RMA_Auto_Approval v{R.randint(3, 12)}",
            f"CALLOUT_RESPONSE|[{R.randint(20, 300)}]|System.HttpResponse[Status=OK, StatusCode=200]",
        ]))
    return one(b, "sfdc_apex_debug")


def g_sfcase_note(p):
    parts = note_parts(p)
    r = R.random()
    if r < 0.2:
        parts = parts + share_link_parts(p)
    elif r < 0.32:
        fx = fphone(mk_phone(p.city[3]), R.choice(["dash", "paren", "fr" if p.lang == "fr" else "dot"]))
        lead = {"en": " Pt asks that the RX copy be faxed to home fax ", "es": " Pide copia de la receta por fax a su casa: ",
                "fr": " Demande copie de l'ordonnance par télécopieur à domicile : "}[p.lang]
        parts = parts + [lead, P(fx, "fax")]
    return parts


def g_sfcase(phi):
    t = CLK.tick()
    b = B()
    if not phi:
        o = R.choice([
            {"eventType": "AgentWork", "queueDeveloperName": f"Pump_Tier{R.randint(1, 2)}_{R.choice(['EN', 'ES', 'FR'])}", "agentId": sfid("005"),
             "workItemType": "Case", "waitMs": R.randint(1000, 900000), "ts": ts_iso_z(t)},
            {"jobId": "750" + alnum(15), "object": "Case", "operation": "query", "state": "JobComplete",
             "numberRecordsProcessed": R.randint(1000, 90000), "retries": 0, "totalProcessingTime": R.randint(1000, 60000)},
            {"errorCode": "REQUEST_LIMIT_EXCEEDED", "message": "TotalRequests Limit exceeded.", "org": "00D5e000000" + alnum(4), "ts": ts_iso_z(t)},
            {"KnowledgeArticle": "KB-0" + digs(3), "Title": R.choice(["Emparejar la bomba con Android 14", "Jumelage de la pompe après mise à jour", "Critical Pump Error A7"]),
             "PublishStatus": "Online", "LastModifiedBy": R.choice(STAFF)},
        ])
        jw(b, o)
        return one(b, "sfdc_case_json")
    p = any_patient(child_p=0.35)
    if R.random() < 0.65:
        o = {"attributes": {"type": "Case", "url": S("/services/data/v60.0/sobjects/Case/", P(p.sf_case, "other_id"))},
             "Id": P(p.sf_case, "other_id"), "CaseNumber": P(p.case_no, "other_id"), "ContactId": P(p.sf_contact, "other_id"),
             "Origin": R.choice(["Phone", "Web", "Chat", "Email"]), "Status": R.choice(["New", "Escalated", "Pending RMA", "Closed"]),
             "Priority": R.choice(["High", "Medium"]),
             "Subject": R.choice({"en": ["Pump error A7 - replacement", "Occlusion alarms", "BLE pairing issue"], "es": ["Problema de Bluetooth", "Reemplazo de bomba", "Alarma de oclusión"],
                                  "fr": ["Capteur défectueux", "Pompe - écran noir", "Problème de jumelage"]}[p.lang]),
             "Description": S(g_sfcase_note(p)), "Product__c": "Helixa 780G",
             "Serial_Number__c": P(p.pump_sn, "device"), "Language__c": p.lang, "OwnerId": sfid("005")}
    else:
        o = {"attributes": {"type": "CaseComment"}, "ParentId": P(p.sf_case, "other_id"), "IsPublished": False,
             "CommentBody": S(note_parts(p, rich=R.random() < 0.5)), "CreatedById": sfid("005"), "CreatedDate": ts_iso_z(t).replace("Z", "+0000")}
    jw(b, o)
    return one(b, "sfdc_case_json")


def g_sfcsv(phi):
    out = []
    hdr = "CaseNumber,CreatedDate,Origin,Status,Contact.Name,Contact.Phone,Contact.Email,Contact.Birthdate,Product__c,Serial_Number__c,Subject"
    b = B().t(hdr)
    out.append((b, "sfdc_dataloader_csv"))
    for _ in range(R.randint(2, 4)):
        t = CLK.tick()
        p = any_patient(child_p=0.25)
        b = B()
        who = p.guardian or p
        name = nm(p, R.choice(["full", "lf", "upper"]))
        fields = [P(p.case_no, "other_id"), ts_iso_z(t).replace("Z", "+0000"), R.choice(["Phone", "Web", "Chat"]),
                  R.choice(["Closed", "Pending RMA", "Working"]), P(name, "name"), P(fphone(who.phone), "phone"),
                  P(who.email, "email"), P(dfmt(p.dob, "iso"), "date")]
        if R.random() < 0.3:
            fields += ["Helixa Sentra G5", P(p.tx_sn, "device"), R.choice(["Sensor failed early", "Transmitter not found", "Capteur: signal perdu", "Sensor no conecta"])]
        else:
            fields += ["Helixa 780G", P(p.pump_sn, "device"), R.choice(["A7 error", "No delivery", "Pairing", "Reemplazo de bomba", "Écran noir, pompe"])]
        for i, f in enumerate(fields):
            if i:
                b.t(",")
            v = f.v if isinstance(f, P) else f
            q = "," in v or '"' in v
            if q:
                b.t('"')
            b.x(f)
            if q:
                b.t('"')
        out.append((b, "sfdc_dataloader_csv"))
    return out


def g_warranty(phi):
    out = []
    if not phi:
        t = CLK.tick()
        b = B().t(R.choice([
            f"{ts_log4j(t)} INFO wms.wave - wave W-{t:%Y%m%d}-{R.randint(1, 9):02d} released {R.randint(20, 200)} orders, {R.randint(0, 6)} backorders (MMT-7020 reservoir)",
            f"{ts_log4j(t)} INFO wms.carrier - UPS manifest closed: {R.randint(40, 300)} pkgs, pickup {R.choice(['15:00', '16:30'])} ET, shipper #A1{alnum(4)}",
            f"{ts_log4j(t)} WARN wms.carrier - Purolator API 503, retrying in {R.randint(2, 30)}s (attempt {R.randint(1, 5)})",
            f"{ts_log4j(t)} INFO wms.return - RMA {rma()} received at dock 4, condition=B, tracking {tracking()}",
        ]))
        return one(b, "wms_log")
    if R.random() < 0.5:
        hdr = "rma_no,ship_date,carrier,tracking,ship_to_name,addr1,city,state,zip,phone,serial_out,serial_in,reason_code"
        out.append((B().t(hdr), "warranty_csv"))
        n = R.randint(1, 3)
        for _ in range(n):
            CLK.tick()
            p = any_patient()
            b = B()
            to = p.guardian or p
            cols = [rma(), dfmt(TODAY + dt.timedelta(days=R.randint(0, 2)), "iso"), R.choice(["UPS", "FedEx", "Purolator", "USPS"]),
                    tracking(), P(nm(to, R.choice(["full", "upper"])), "name"), P(p.street, "address"), P(p.city[0], "address"),
                    p.city[1], P(p.zip, "zip"), P(fphone(to.phone, R.choice(["plain", "dash", "paren"])), "phone"),
                    P(p.pump_sn[:3] + digs(7) + R.choice(UP), "device"), P(p.pump_sn, "device"),
                    R.choice(["A7", "NODEL", "CRACK", "BLE", "BTN"])]
            for i, c in enumerate(cols):
                if i:
                    b.t(",")
                v = c.v if isinstance(c, P) else c
                q = "," in v
                if q:
                    b.t('"')
                b.x(c)
                if q:
                    b.t('"')
            out.append((b, "warranty_csv"))
    else:
        n = R.randint(1, 3)
        for _ in range(n):
            CLK.tick()
            p = any_patient()
            to = p.guardian or p
            b = B()
            b.x(f"SHP|{R.randint(700000, 799999)}|{rma()}|", P(ascii_fold(nm(to, "upper")), "name"), "|",
                P(ascii_fold(p.street).upper(), "address"), "||", P(ascii_fold(p.city[0]).upper(), "address"), f"|{p.city[1]}|",
                P(p.zip, "zip"), "|", P(fphone(to.phone, "plain"), "phone"), f"|{R.choice(['2DAY', 'GND', 'EXP', 'PRIORITY'])}|",
                f"HX780G-KIT|1|", P(p.pump_sn, "device"), "|" + tracking())
            out.append((b, "3pl_pipe"))
    return out


def x12_segments(p, resp):
    ctl = f"{R.randint(1, 999999999):09d}"
    hhmm = f"{R.randint(10, 13):02d}{R.randint(0, 59):02d}"
    g = p.guardian
    sub = g if g else p
    segs = []
    segs.append([f"ISA*00*          *00*          *ZZ*HELIXADME      *ZZ*{R.choice(['AVAILITY', 'CHANGEHC', 'WAYSTAR'])}{' ' * 7}*{TODAY:%y%m%d}*{hhmm}*^*00501*{ctl}*0*P*:~"])
    segs.append([f"GS*HB*HELIXADME*{R.choice(['030240928', 'AVAILITY'])}*{TODAY:%Y%m%d}*{hhmm}*{int(ctl)}*X*005010X279A1~" if resp else
                 f"GS*HS*HELIXADME*AVAILITY*{TODAY:%Y%m%d}*{hhmm}*{int(ctl)}*X*005010X279A1~"])
    segs.append([f"ST*{'271' if resp else '270'}*0001*005010X279A1~"])
    segs.append([f"BHT*0022*{'11' if resp else '13'}*BV{TODAY:%y%m%d}{R.randint(1, 9999):04d}*{TODAY:%Y%m%d}*{hhmm}~"])
    segs.append(["HL*1**20*1~"])
    segs.append([f"NM1*PR*2*{ascii_fold(p.plan[0]).upper()}*****PI*{p.plan[1]}~"])
    segs.append(["HL*2*1*21*1~"])
    segs.append([f"NM1*1P*2*HELIXA MEDICAL DME*****XX*{npi()}~"])
    segs.append([f"HL*3*2*22*{1 if g else 0}~"])
    segs.append([f"TRN*{'2' if resp else '1'}*{R.randint(10000, 99999)}-{digs(6)}*9877281234~"])
    segs.append(["NM1*IL*1*", P(ascii_fold(sub.last).upper(), "name"), "*", P(ascii_fold(sub.first).upper(), "name"), "****MI*", P(p.hcn.replace(" ", "").replace("-", ""), "health_plan"), "~"])
    if resp:
        segs.append([f"REF*6P*{p.group}*{R.choice(['GROUP A', 'EMPLOYER PLAN', 'MARKETPLACE SILVER'])}~"])
        segs.append(["N3*", P(ascii_fold(p.street).upper(), "address"), "~"])
        segs.append(["N4*", P(ascii_fold(p.city[0]).upper(), "address"), f"*{p.city[1]}*", P(p.zip.replace(" ", "") + (p.zip4 if len(p.zip) == 5 and R.random() < 0.5 else ""), "zip"), "~"])
    segs.append(["DMG*D8*", P(dfmt(sub.dob, "x12"), "date"), f"*{sub.sex}~"])
    if R.random() < 0.25 and not g and p.city[1] not in ("QC", "ON", "NB"):
        segs.append(["REF*SY*", P(p.ssn.replace("-", ""), "ssn"), "~"])
    if g:
        segs.append(["HL*4*3*23*0~"])
        segs.append([f"TRN*{'2' if resp else '1'}*{R.randint(10000, 99999)}-{digs(6)}*9877281234~"])
        segs.append(["NM1*03*1*", P(ascii_fold(p.last).upper(), "name"), "*", P(ascii_fold(p.first).upper(), "name"), "~"])
        segs.append(["DMG*D8*", P(dfmt(p.dob, "x12"), "date"), f"*{p.sex}~"])
        segs.append(["INS*N*19~"])
    segs.append(["DTP*291*D8*", P(dfmt(TODAY + dt.timedelta(days=R.randint(0, 10)), "x12"), "date"), "~"])
    if resp:
        segs.append([f"EB*1*{'FAM' if g else 'IND'}*12**{R.choice(['PPO', 'HMO', 'EPO'])}~"])
        segs.append([f"EB*C*IND*12***23*{R.choice([500, 1000, 1500, 3000])}~"])
        segs.append([f"EB*A*IND*12***27**.{R.choice([1, 2, 3])}~"])
        segs.append([f"MSG*DME REQUIRES PRIOR AUTH FOR E0784 / A9276-A9278~"])
    else:
        segs.append(["EQ*12~"])
    segs.append([f"SE*{len(segs) - 1}*0001~"])
    segs.append([f"GE*1*{int(ctl)}~"])
    segs.append([f"IEA*1*{ctl}~"])
    return segs


def g_x12(phi):
    p = any_patient(child_p=0.3, elder_p=0.15)
    resp = R.random() < 0.5
    segs = x12_segments(p, resp)
    if R.random() < 0.45:
        b = B()
        t = CLK.tick()
        b.t(f"{ts_log4j(t)} DEBUG [bv.clearinghouse] {'<<' if resp else '>>'} {'271' if resp else '270'} ")
        for s in segs:
            b.x(s)
        return one(b, "x12_270_271")
    out = []
    # per segment lines, but keep block moderate: only a window of segments
    start = R.randint(3, 8)
    end = min(len(segs), start + R.randint(5, 9))
    for i in range(start, end):
        t = CLK.tick()
        b = B()
        b.t(f"{ts_log4j(t)} DEBUG bv_service.x12.parser: {'271' if resp else '270'} seg[{i:02d}] ")
        b.x(segs[i])
        out.append((b, "x12_270_271"))
    return out


def g_ncpdp(phi):
    t = CLK.tick()
    b = B()
    if not phi:
        b.t(R.choice([
            f"{ts_log4j(t)} INFO  rx-switch: connection to RELAY HEALTH ok latency={R.randint(40, 500)}ms BIN=610014 PCN=9999",
            f"{ts_log4j(t)} INFO  rx-switch: E1 eligibility batch done sent={R.randint(100, 900)} paid={R.randint(10, 90)} rejected={R.randint(0, 40)} (rej 75=PA req, 70=NDC not covered)",
            f"{ts_log4j(t)} WARN  rx-switch: payer sheet for BIN 004336 PCN ADV changed, field 4C9 now required",
        ]))
        return one(b, "ncpdp_switch_log")
    p = any_patient()
    while p.city[1] in ("QC", "ON", "NB"):
        p = any_patient()
    g = p.guardian
    b.x(f"{ts_log4j(t)} INFO  rx-switch: B1 resp txn={hexs(12)} BIN={R.choice(['004336', '610014', '003858', '610502'])} PCN={R.choice(['ADV', 'MEDDPRIME', 'A4', 'CNRX'])} GRP={p.group} cardholder_id=",
        P(p.hcn.replace(" ", ""), "health_plan"), f" person_code={'02' if not g else '03'} patient_dob=", P(dfmt(p.dob, "x12"), "date"),
        " patient_last=", P(ascii_fold(p.last).upper(), "name"), " DOS=", P(dfmt(TODAY, "x12"), "date"),
        f" NDC={R.choice(['08627-0077-01', '08627-0053-04', '76300-0015-05'])} status={R.choice(['R', 'P'])} rej={R.choice(['75', '76', 'MR', '70', '-'])} pharmacy_npi={npi()}")
    return one(b, "ncpdp_switch_log")


def fax_lines(p):
    doc = R.choice(DOCS)
    clinic = R.choice(CLINICS if p.lang != "fr" else [c for c in CLINICS if c[1] in ("514", "819")])
    cfax = f"({clinic[1]}) {R.randint(200, 999)}-{digs(4)}"
    g = p.guardian
    if p.lang == "fr":
        L = [
            [f"ORDONNANCE — POMPE À INSULINE / SYSTÈME MCG"],
            [f"{clinic[0]}  Téléc.: {cfax}"],
            ["Nom: ", P(ascii_fold(p.last).upper() if R.random() < 0.5 else p.last, "name"), "   Prénom: ", P(p.first, "name")],
            ["Date de naissance: ", P(dfmt(p.dob, R.choice(["dmy", "iso", "fr_long"])), "date"), ("   No RAMQ: " if p.city[1] == "QC" else "   No carte santé: "), P(p.hcn, "health_plan")],
            ["No dossier: ", P(p.mrn, "mrn"), "   Tél.: ", P(fphone(p.phone, "fr"), "phone")],
            ["Adresse: ", addr_parts(p, "fr")],
            ["Dx: E10.65 Diabète de type 1 avec hyperglycémie"],
            [f"Prescripteur: {doc}  No permis {R.randint(10000, 99999)}"],
            ["Date: ", P(dfmt(recent_date(20), "dmy"), "date"), "   Signature: ________"],
        ]
        if g:
            L.insert(5, ["Parent/tuteur: ", P(nm(g, "full"), "name"), "  cell. ", P(fphone(g.cell, "fr"), "phone")])
        return L
    L = [
        ["CERTIFICATE OF MEDICAL NECESSITY / RX - INSULIN PUMP & CGM SUPPLIES"],
        [f"FROM: {clinic[0]}   FAX {cfax}   PAGE 1/{R.randint(2, 4)}"],
        ["PATIENT: ", P(nm(p, R.choice(["upper_lf", "lf", "upper"])), "name"), "   DOB: ", P(dfmt(p.dob, R.choice(["us", "us_short", "us_nopad"])), "date"),
         f"   SEX: {p.sex}"],
        ["MRN: ", P(p.mrn, "mrn"), "   PHONE: ", P(fphone(p.phone), "phone")],
        ["ADDRESS: ", addr_parts(p, None, upper=R.random() < 0.5)],
        ["INSURANCE: ", ascii_fold(p.plan[0]), "  MEMBER ID: ", P(p.hcn, "health_plan"), f"  GROUP: {p.group}"],
        ["DX: E10.65 Type 1 diabetes mellitus with hyperglycemia; Z96.41"],
        [f"ITEMS: E0784 x1, A9276 x 3/mo, A9277 x1/90d, A4224 x10/mo"],
        [f"PRESCRIBER: {doc}  NPI {npi()}  PH {biz_phone()}"],
        ["DATE ORDERED: ", P(dfmt(recent_date(20), "us"), "date")],
    ]
    if g:
        L.insert(4, ["GUARDIAN: ", P(nm(g, "upper"), "name"), "  CELL ", P(fphone(g.cell), "phone")])
    if p.lang == "es":
        L.insert(3, ["IDIOMA: ESPAÑOL   TEL. CASA: ", P(fphone(p.phone, "dash"), "phone")])
    if R.random() < 0.2:
        L.insert(5, ["PT HOME FAX: ", P(fphone(mk_phone(p.city[3])), "fax"), " (send copies)"])
    if R.random() < 0.2 and p.city[1] not in ("ON", "NB") and not g:
        L.insert(4, ["SSN: ", P(p.ssn if R.random() < 0.7 else p.ssn.replace("-", ""), "ssn"), "   MARITAL: ", R.choice(["S", "M", "W"])])
    if R.random() < 0.25 and not g:
        L.insert(5, ["ID CHECK: DL# ", P(p.dl, "license"), f" ({p.city[1]})"])
    return L


def g_fax(phi):
    fx = f"FX-{TODAY:%Y%m%d}-{R.randint(1, 999):05d}"
    if not phi:
        t = CLK.tick()
        b = B().t(R.choice([
            f"{ts_log4j(t)} INFO [fax-gw] inbound fax {fx} from +1{R.choice(['514', '832', '305', '303'])}{R.randint(200, 999)}{digs(4)} (CSID \"{R.choice(CLINICS)[0][:20].upper()}\") pages={R.randint(1, 6)} res=fine dur={R.randint(20, 200)}s",
            f"{ts_log4j(t)} INFO [ocr-worker-{R.randint(1, 6)}] {fx} tesseract 5.3.4 lang=eng+fra+spa psm=6 mean_conf=0.{R.randint(70, 97)}",
            f"{ts_log4j(t)} WARN [ocr-worker-{R.randint(1, 6)}] {fx} p{R.randint(1, 3)} skew {R.randint(2, 9)}.{R.randint(0, 9)}deg corrected; low contrast",
            f"{ts_log4j(t)} INFO [intake-router] {fx} classified CMN_PUMP conf=0.{R.randint(80, 99)} -> queue RX_INTAKE_{R.choice(['EN', 'ES', 'FR'])}",
        ]))
        return one(b, "fax_ocr")
    p = any_patient(child_p=0.3)
    L = fax_lines(p)
    if R.random() < 0.4:
        t = CLK.tick()
        b = B()
        o = {"faxId": fx, "page": 1, "engine": "tesseract-5.3.4", "conf": round(R.uniform(0.7, 0.97), 2),
             "text": S([part for line in L for part in (line + ["\n"])][:-1])}
        jw(b, o)
        return one(b, "fax_ocr_json")
    out = []
    k0 = R.randint(0, 2)
    worker = R.randint(1, 6)
    for i, line in enumerate(L[k0:k0 + R.randint(5, 8)]):
        t = CLK.tick()
        b = B()
        b.t(f"{ts_log4j(t)} DEBUG [ocr-worker-{worker}] {fx} p1 l{i + k0 + 1:02d}: ")
        b.x(line)
        out.append((b, "fax_ocr"))
    return out


def g_logcat(phi):
    t = ts_local(CLK.tick())
    pid = R.randint(4000, 31000)
    tid = pid + R.randint(0, 90)

    def hd(lvl, tag):
        tt = ts_local(CLK.tick())
        return f"{tt:%m-%d %H:%M:%S}.{ms(tt)} {pid:5d} {tid:5d} {lvl} {tag}: "

    out = []
    if phi:
        p = any_patient()
        k = R.randint(0, 5)
        b = B()
        if k == 0:
            b.x(hd("D", "BluetoothGatt"), "connect() - device: ", P(p.pump_mac, "device"), ", auto: false")
        elif k == 1:
            b.x(hd("D", "BluetoothGatt"), "onClientConnectionState() - status=", R.choice(["133", "8", "0", "19"]), " clientIf=", str(R.randint(5, 12)),
                " device=", P(p.pump_mac, "device"))
        elif k == 2:
            b.x(hd("I", "BluetoothDevice"), "createBond() for device ", P(p.tx_mac, "device"), f" called by pid: {pid} tid: {tid}")
        elif k == 3:
            b.x(hd("I", "HxBle"), "Pairing pump serial=", P(p.pump_sn, "device"), " name=HX780-", p.pump_sn[-4:], " passkey=******")
        elif k == 4:
            b.x(hd("I", "HxAuth"), "login ok user=", P(p.username, "other_id"), f" caregiverMode={'true' if p.guardian else 'false'} dependents={1 if p.guardian else 0} locale={ {'en': 'en_US', 'es': 'es_US', 'fr': 'fr_CA'}[p.lang]}")
        else:
            b.x(hd("W", "HxSync"), "upload deferred for ", P(p.email, "email"), f": no network (airplane={R.choice(['true', 'false'])}) queued={R.randint(1, 300)}")
        out.append((b, "android_logcat"))
        return out
    if R.random() < 0.25:
        # crash block
        exc = R.choice(["java.lang.IllegalStateException: GATT operation already in progress",
                        "java.lang.SecurityException: Need android.permission.BLUETOOTH_CONNECT permission for android.content.AttributionSource@b1d2e3f4: GattService registerClient",
                        "kotlinx.coroutines.JobCancellationException: StandaloneCoroutine was cancelled"])
        lines = ["FATAL EXCEPTION: BleWorker", f"Process: com.helixa.mobile, PID: {pid}", exc,
                 "\tat com.helixa.ble.GattQueue.enqueue(GattQueue.kt:88)",
                 "\tat com.helixa.ble.PumpConnection.readStatus(PumpConnection.kt:212)",
                 "\tat com.helixa.sync.SyncWorker.doWork(SyncWorker.kt:57)",
                 "\tat androidx.work.CoroutineWorker$startWork$1.invokeSuspend(CoroutineWorker.kt:68)"]
        for ln in lines[:R.randint(4, 7)]:
            out.append((B().t(hd("E", "AndroidRuntime") + ln), "android_logcat"))
        return out
    b = B().t(R.choice([
        hd("D", "BluetoothGatt") + "registerApp()",
        hd("D", "BluetoothGatt") + f"onClientRegistered() - status=0 clientIf={R.randint(5, 12)}",
        hd("D", "BluetoothGatt") + "setCharacteristicNotification() - uuid: 0000fff4-0000-1000-8000-00805f9b34fb enable: true",
        hd("D", "BluetoothGatt") + f"onConnectionUpdated() - Device=(redacted) interval={R.choice([6, 12, 36])} latency=0 timeout=500 status=0",
        hd("I", "Choreographer") + f"Skipped {R.randint(31, 120)} frames!  The application may be doing too much work on its main thread.",
        hd("W", "BluetoothAdapter") + "getBluetoothService() called with no BluetoothManagerCallback",
        hd("I", "com.helixa.mobile") + f"Background concurrent copying GC freed {R.randint(1000, 90000)}({R.randint(1, 9)}MB) AllocSpace objects, 0(0B) LOS objects, 49% free",
        hd("I", "HxSync") + f"sync complete pumpRecords={R.randint(0, 300)} cgmRecords={R.randint(0, 300)} took={R.randint(200, 9000)}ms app=3.{R.randint(10, 15)}.{R.randint(0, 4)} (31{R.randint(100, 499)})",
    ]))
    return one(b, "android_logcat")


def g_ios(phi):
    t = ts_local(CLK.tick())
    b = B()
    b.t(f"{t:%Y-%m-%d %H:%M:%S}.{t.microsecond:06d}-0400 0x{hexs(5)}    {R.choice(['Default', 'Info', 'Error'])}     0x0                  {R.randint(300, 9000)}   0    Helixa: ")
    if phi:
        p = any_patient()
        k = R.randint(0, 3)
        if k == 0:
            b.x("(CoreBluetooth) [com.apple.bluetooth:CoreBluetooth] didConnect peripheral <CBPeripheral: 0x28", hexs(7),
                ", identifier = ", P(p.cb_uuid, "device"), ", name = HX780-", P(p.pump_sn, "device"), f", mtu = {R.choice([23, 185, 247])}, state = connected>")
        elif k == 1:
            b.x("[com.helixa.app:BLE] Discovered CGM transmitter ", P(p.tx_sn, "device"), f" rssi=-{R.randint(40, 95)} peripheral=", P(p.cb_uuid, "device"))
        elif k == 2:
            p = mk_child()
            b.x("[com.helixa.app:Account] Switched to dependent profile firstName=", P(p.first, "name"), " dob=", P(dfmt(p.dob, "iso"), "date"),
                " guardian=", P((p.guardian or mk_person(lang=p.lang)).email, "email"))
        else:
            la, lo = COORDS.get(p.city[0], (40.7, -74.0))
            b.x("[com.helixa.app:Location] share location for urgent-low alert lat=", P(f"{la + R.uniform(-0.08, 0.08):.5f}", "address"),
                " lon=", P(f"{lo + R.uniform(-0.08, 0.08):.5f}", "address"), " hAcc=", str(R.randint(5, 65)), "m user=", P(p.username, "other_id"))
    else:
        b.t(R.choice([
            "(CoreBluetooth) [com.apple.bluetooth:CoreBluetooth] API MISUSE: <CBCentralManager: 0x2830c0a80> can only accept this command while in the powered on state",
            "(CoreBluetooth) [com.apple.bluetooth:CoreBluetooth] XPC connection invalid",
            f"[com.helixa.app:BLE] state restoration: {R.randint(0, 2)} peripherals restored, scanning for service 0xFFF0",
            f"[com.helixa.app:Sync] BGAppRefreshTask completed in {R.randint(200, 29000)}ms, expired=false",
            f"(RunningBoardServices) [com.apple.runningboard:assertion] Acquiring assertion: <RBSAssertionDescriptor| \"BLE keepalive\" ID:{R.randint(30, 400)}-{R.randint(300, 9000)}-{R.randint(1000, 99999)}>",
        ]))
    return one(b, "ios_unified_log")


def g_ioscrash(phi):
    out = []
    t = ts_local(CLK.tick())
    p = any_patient() if phi else None
    lines = [
        [f"Incident Identifier: {uuid4().upper()}"],
        [f"Hardware Model:      {R.choice(['iPhone15,2', 'iPhone14,5', 'iPhone13,1', 'iPhone16,1'])}"],
        [f"Process:             Helixa [{R.randint(300, 9000)}]"],
        [f"Version:             3.{R.randint(10, 15)}.{R.randint(0, 4)} (31{R.randint(100, 499)})"],
        [f"Date/Time:           {t:%Y-%m-%d %H:%M:%S}.{ms(t)} -0400"],
        [f"OS Version:          iPhone OS {R.choice(['17.6.1', '18.0', '18.0.1'])} (22A{R.randint(3000, 3400)})"],
        ["Exception Type:  EXC_CRASH (SIGABRT)"],
    ]
    if p:
        lines.append(["Application Specific Information: *** Terminating app due to uncaught exception 'NSInvalidArgumentException', reason: 'Invalid pairing payload for pump ",
                      P(p.pump_sn, "device"), "'"])
    else:
        lines.append(["Application Specific Information: *** Terminating app due to uncaught exception 'NSInternalInconsistencyException', reason: 'CBCentralManager state restoration key missing'"])
    lines += [["Thread 0 Crashed::  Dispatch queue: com.apple.main-thread"],
              [f"0   libsystem_kernel.dylib        \t0x00000001{hexs(8)} __pthread_kill + 8"],
              [f"1   CoreBluetooth                 \t0x00000001{hexs(8)} -[CBPeripheral handleAttributeValueUpdated:] + 212"],
              [f"2   Helixa                        \t0x00000001{hexs(8)} PumpSession.didUpdateValue(_:) + 640"]]
    keep = [ln for i, ln in enumerate(lines) if i not in (1, 5) or R.random() < 0.5]
    keep = keep[:len(keep) - R.randint(0, 2)]
    for ln in keep:
        out.append((B().x(ln), "ios_crash_report"))
    return out


def g_dotnet(phi):
    out = []
    if phi:
        p = any_patient()
        to = p.guardian or p
        k = R.randint(0, 2)
        if k == 0:
            h = "info: Helixa.Warranty.Api.Services.ReplacementService[1002]"
            body = ["      Replacement order ", rma(), " created for customer ", P(p.acct, "account"), " serial ", P(p.pump_sn, "device"),
                    " ship-to ", P(nm(to, "full"), "name"), ", ", addr_parts(p)]
        elif k == 1:
            h = "warn: Helixa.Warranty.Api.Controllers.ClaimsController[3001]"
            body = ["      Claim rejected: serial ", P(p.pump_sn, "device"), " out of warranty; customer ", P(nm(p, "lf"), "name"),
                    " (", P(p.email, "email"), ") offered upgrade price"]
        else:
            h = "fail: Helixa.Payments.CardVaultClient[5003]"
            card = luhn_complete("4" + digs(14))
            body = ["      Tokenization failed for PAN ", P(R.choice([card, " ".join(card[i:i + 4] for i in range(0, 16, 4))]), "account"),
                    " (cardholder ", P(nm(to, "upper"), "name"), "): 402 card_declined"]
        out.append((B().t(h), "dotnet_console"))
        out.append((B().x(body), "dotnet_console"))
        return out
    h, body = R.choice([
        ("info: Microsoft.Hosting.Lifetime[14]", "      Now listening on: http://[::]:8080"),
        ("info: Microsoft.Hosting.Lifetime[0]", "      Application started. Press Ctrl+C to shut down."),
        ("warn: Microsoft.AspNetCore.HttpsPolicy.HttpsRedirectionMiddleware[3]", "      Failed to determine the https port for redirect."),
        ("info: Helixa.Warranty.Api.Jobs.ExpiryNotifier[2004]", f"      Expiry notices queued: {R.randint(20, 900)} (window 30d), template warranty-expiry-v{R.randint(2, 6)}"),
        ("fail: Microsoft.AspNetCore.Server.Kestrel[13]", f"      Connection id \"0HN{alnum(10)}\", Request id \"0HN{alnum(10)}:0000000{R.randint(1, 9)}\": An unhandled exception was thrown by the application."),
    ])
    out.append((B().t(h), "dotnet_console"))
    out.append((B().t(body), "dotnet_console"))
    return out


def g_serilog(phi):
    t = CLK.tick()
    b = B()
    tts = t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond:06d}0Z"
    if phi:
        p = any_patient()
        k = R.randint(0, 2)
        if k == 0:
            o = {"@t": tts, "@mt": "Benefit check {CheckId} completed for member {MemberId} ({PayerName}) status {Status}",
                 "CheckId": "BV-" + digs(8), "MemberId": P(p.hcn, "health_plan"), "PayerName": p.plan[0], "Status": R.choice(["Active", "Inactive", "PA Required"]),
                 "SourceContext": "Helixa.BenefitVerification.Worker", "MachineName": f"bv-worker-{hexs(5)}", "TraceId": hexs(32), "SpanId": hexs(16)}
        elif k == 1:
            p = mk_child()
            o = {"@t": tts, "@mt": "Guardian {GuardianEmail} linked to dependent {DependentId} born {DependentDob}", "@l": "Information",
                 "GuardianEmail": P(p.guardian.email, "email"), "DependentId": P(p.user_uuid, "other_id"),
                 "DependentDob": P(dfmt(p.dob, "dotnet"), "date"), "SourceContext": "Helixa.Accounts.GuardianService", "RequestPath": "/api/v3/guardians/link"}
        else:
            o = {"@t": tts, "@mt": "SMS reminder to {Phone} failed: {Error}", "@l": "Warning", "Phone": P(fphone(p.cell, "e164"), "phone"),
                 "Error": "21610 Attempt to send to unsubscribed recipient", "Template": f"sensor-change-{p.lang}", "SourceContext": "Helixa.Notify.SmsSender"}
    else:
        o = R.choice([
            {"@t": tts, "@mt": "Processed {Count} eligibility responses in {Elapsed:0.0} ms", "Count": R.randint(1, 300), "Elapsed": round(R.uniform(10, 9000), 1),
             "SourceContext": "Helixa.BenefitVerification.Worker", "MachineName": f"bv-worker-{hexs(5)}"},
            {"@t": tts, "@mt": "Kafka consumer {GroupId} assigned partitions {Partitions}", "GroupId": "bv-worker", "Partitions": [R.randint(0, 5), R.randint(6, 11)],
             "SourceContext": "Helixa.Messaging.KafkaConsumer"},
            {"@t": tts, "@mt": "Health check {HealthCheckName} completed after {ElapsedMilliseconds}ms with status {HealthStatus}", "@l": "Debug",
             "HealthCheckName": R.choice(["sqlserver", "kafka", "redis"]), "ElapsedMilliseconds": round(R.uniform(0.3, 40), 4), "HealthStatus": "Healthy",
             "SourceContext": "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"},
            {"@t": tts, "@mt": "Polly retry {Attempt} after {Delay} calling {Endpoint}", "@l": "Warning", "Attempt": R.randint(1, 4), "Delay": "00:00:0" + str(R.randint(1, 8)),
             "Endpoint": "https://api.availity.com/availity/v1/coverages", "SourceContext": "Helixa.BenefitVerification.AvailityClient"},
        ])
    jw(b, o)
    return one(b, "serilog_clef")


def g_efcore(phi):
    t = CLK.tick()
    b = B()
    if phi:
        p = any_patient()
        b.x(f"fail: Microsoft.EntityFrameworkCore.Database.Command[20102] Failed executing DbCommand ({R.randint(3, 90)}ms) [Parameters=[@p0='",
            P(p.pump_sn, "device"), "' (Nullable = false) (Size = 20), @p1='", P(dfmt(p.dob, "dotnet"), "date"), "' (DbType = DateTime2), @p2='",
            P(p.first, "name"), "' (Size = 4000), @p3='", P(p.last, "name"), "' (Size = 4000), @p4='", P(p.zip, "zip"),
            "' (Size = 10)], CommandType='Text', CommandTimeout='30']")
    else:
        b.t(R.choice([
            f"info: Microsoft.EntityFrameworkCore.Database.Command[20101] Executed DbCommand ({R.randint(1, 40)}ms) [Parameters=[@__p_0='{R.choice([50, 100, 500])}'], CommandType='Text', CommandTimeout='30'] SELECT TOP(@__p_0) [w].[Id], [w].[Status] FROM [WarrantyClaims] AS [w] WHERE [w].[Status] = 2",
            f"warn: Microsoft.EntityFrameworkCore.Query[10103] The query uses the 'First'/'FirstOrDefault' operator without 'OrderBy' and filter operators. This may lead to unpredictable results.",
            f"info: Microsoft.EntityFrameworkCore.Migrations[20402] Applying migration '2024{R.randint(1001, 1013)}{digs(6)}_AddGuardianConsentVersion'.",
        ]))
    return one(b, "efcore_log")


def g_pylog(phi):
    t = CLK.tick()
    b = B()
    if phi:
        p = any_patient(child_p=0.3)
        k = R.choice([0, 0, 1, 1, 1, 2, 3, 3, 4])
        sub = p.guardian or p
        if k == 0:
            b.x(f"{ts_log4j(t)} INFO [bv_service.eligibility] 271 parsed: subscriber=", P(nm(sub, R.choice(["upper_lf", "full"])), "name"),
                " member_id=", P(p.hcn, "health_plan"), f" payer='{p.plan[0]}' coverage=active dme_coins={R.choice([10, 20, 30])}% deductible_remaining={R.randint(0, 3000)}.00")
        elif k == 1:
            b.x(f"{ts_log4j(t)} WARNING [bv_service.identity] DL mismatch for ", P(nm(p, "full"), "name"), ": submitted ", P(p.dl, "license"),
                f" ({p.city[1]}) vs payer file; routing to manual review")
        elif k == 2:
            p = mk_person(R.choice(["elder", "adult"]), lang=R.choice(["en", "es"]))
            b.x(f"{ts_log4j(t)} INFO [bv_service.medicare] MBI lookup ok mbi=", P(mbi(), "health_plan"), " legacy_hicn=",
                P(p.ssn.replace("-", "") + "A", "health_plan"), " dob=", P(dfmt(p.dob, "iso"), "date"), " part_b=active")
        elif k == 3:
            b.x(f"{ts_log4j(t)} ERROR [bv_service.api] ValidationError: 1 validation error for PatientIn\\nssn\\n  string does not match regex (input_value='",
                P(p.ssn.replace("-", R.choice(["", " ", "-"])), "ssn"), "')")
        else:
            b.x(f"{ts_log4j(t)} INFO [bv_service.quebec] RAMQ validation carte=", P(p.hcn if p.city[1] == "QC" else mk_person(lang="fr", city=CITIES["fr"][0]).hcn, "health_plan"),
                " exp=20", str(R.randint(25, 29)), "-", f"{R.randint(1, 12):02d}", " statut=ADMISSIBLE")
    else:
        b.t(R.choice([
            f"{ts_log4j(t)} INFO [bv_service.scheduler] nightly re-verification: {R.randint(200, 4000)} members due, {R.randint(10, 200)} payers, ETA {R.randint(5, 90)}m",
            f"{ts_log4j(t)} WARNING [bv_service.availity] 429 Too Many Requests, backing off {R.randint(1, 30)}s (bucket=coverages)",
            f"{ts_log4j(t)} INFO [bv_service.api] Started server process [{R.randint(1, 90)}]",
            f"{ts_log4j(t)} DEBUG [urllib3.connectionpool] https://apps.availity.com:443 \"POST /availity/v1/coverages HTTP/1.1\" 202 {R.randint(100, 900)}",
            f"{ts_log4j(t)} INFO [bv_service.cache] payer rules reloaded: {R.randint(100, 500)} rules, sha1={hexs(40)}",
        ]))
    return one(b, "python_logging")


def g_uvicorn(phi):
    b = B()
    CLK.tick()
    if phi:
        p = any_patient()
        k = R.randint(0, 2)
        if k == 0:
            b.x("INFO:     ", P(p.ip, "ip"), f":{R.randint(1024, 65000)} - \"GET /api/v2/patients/", P(p.user_uuid, "other_id"), f"/devices HTTP/1.1\" 200 OK")
        elif k == 1:
            b.x("INFO:     ", P(p.ip, "ip"), f":{R.randint(1024, 65000)} - \"POST /api/v2/fax-intake/{hexs(8)}/confirm?patient_email=", P(p.email.replace("@", "%40"), "email"),
                " HTTP/1.1\" 422 Unprocessable Entity")
        else:
            b.x("INFO:     ", P(p.ip, "ip"), f":{R.randint(1024, 65000)} - \"GET /api/v2/accounts/", P(p.acct, "account"), "/warranty HTTP/1.1\" 200 OK")
    else:
        b.t(R.choice([
            f"INFO:     10.42.{R.randint(0, 9)}.{R.randint(2, 250)}:{R.randint(30000, 60000)} - \"GET /healthz HTTP/1.1\" 200 OK",
            f"INFO:     10.42.{R.randint(0, 9)}.{R.randint(2, 250)}:{R.randint(30000, 60000)} - \"GET /metrics HTTP/1.1\" 200 OK",
            "INFO:     Application startup complete.",
            "INFO:     Uvicorn running on http://0.0.0.0:8000 (Press CTRL+C to quit)",
            "WARNING:  Invalid HTTP request received.",
        ]))
    return one(b, "uvicorn_access")


def g_celery(phi):
    t = CLK.tick()
    b = B()
    w = R.randint(1, 8)
    if phi:
        p = any_patient()
        tid = uuid4()
        k = R.randint(0, 1)
        if k == 0:
            b.x(f"[{ts_log4j(t)}: INFO/ForkPoolWorker-{w}] Task fax_ocr.tasks.extract_fields[{tid}] succeeded in {R.uniform(0.5, 9):.3f}s: {{'patient_name': '",
                P(nm(p, R.choice(["upper_lf", "full"])), "name"), "', 'dob': '", P(dfmt(p.dob, "us"), "date"), "', 'member_id': '", P(p.hcn, "health_plan"),
                f"', 'confidence': 0.{R.randint(60, 99)}}}")
        else:
            b.x(f"[{ts_log4j(t)}: ERROR/ForkPoolWorker-{w}] Task notify.tasks.send_welcome_email[{tid}] raised unexpected: SMTPRecipientsRefused({{'",
                P(p.email, "email"), "': (550, b'5.1.1 mailbox unavailable')}})")
    else:
        b.t(R.choice([
            f"[{ts_log4j(t)}: INFO/MainProcess] Task fax_ocr.tasks.extract_fields[{uuid4()}] received",
            f"[{ts_log4j(t)}: INFO/MainProcess] celery@fax-ocr-{hexs(5)} ready.",
            f"[{ts_log4j(t)}: INFO/MainProcess] mingle: all alone",
            f"[{ts_log4j(t)}: INFO/ForkPoolWorker-{w}] Task fax_ocr.tasks.deskew[{uuid4()}] succeeded in {R.uniform(0.1, 3):.3f}s: None",
            f"[{ts_log4j(t)}: WARNING/MainProcess] consumer: Connection to broker lost. Trying to re-establish the connection...",
        ]))
    return one(b, "celery_worker")


def g_kbroker(phi):
    t = CLK.tick()
    b = B()
    topic = R.choice(["device.uploads.v1", "warranty.replacement.v1", "complaints.intake.v2", "ota.commands.v2", "crm.case-events.v1"])
    b.t(f"[{ts_log4j(t)}] " + R.choice([
        f"INFO [GroupCoordinator {R.randint(0, 5)}]: Preparing to rebalance group warranty-shipper in state PreparingRebalance with old generation {R.randint(10, 90)} (__consumer_offsets-{R.randint(0, 49)}) (reason: Adding new member consumer-warranty-shipper-1-{uuid4()} with group instance id None) (kafka.coordinator.group.GroupCoordinator)",
        f"INFO [Partition {topic}-{R.randint(0, 11)} broker={R.randint(0, 5)}] Shrinking ISR from 1,2,3 to 1,3. Leader: (highWatermark: {R.randint(10**5, 10**7)}, endOffset: {R.randint(10**5, 10**7)}). Out of sync replicas: (brokerId: 2, endOffset: {R.randint(10**5, 10**7)}). (kafka.cluster.Partition)",
        f"INFO [LocalLog partition={topic}-{R.randint(0, 11)}, dir=/var/lib/kafka/data] Rolled new log segment at offset {R.randint(10**5, 10**7)} in {R.randint(1, 9)} ms. (kafka.log.LocalLog)",
        f"WARN [SocketServer listenerType=ZK_BROKER, nodeId={R.randint(0, 5)}] Unexpected error from /10.20.{R.randint(0, 9)}.{R.randint(2, 250)} (channelId=10.20.1.5:9093-10.20.3.17:51234-{R.randint(1, 900)}); closing connection (org.apache.kafka.common.network.Selector)",
        f"INFO [UnifiedLog partition={topic}-{R.randint(0, 11)}, dir=/var/lib/kafka/data] Deleting segment files LogSegment(baseOffset={R.randint(10**5, 10**7)}, size={R.randint(10**6, 10**9)}) (kafka.log.LocalLog$)",
    ]))
    return one(b, "kafka_broker")


def g_kconsumer(phi):
    t = CLK.tick()
    b = B()
    if phi:
        p = any_patient()
        k = R.randint(0, 2)
        if k == 0:
            b.x(f"{ts_iso_z(t)} ERROR 1 --- [warranty-shipper] [ntainer#0-0-C-1] o.s.k.l.KafkaMessageListenerContainer    : Error handler threw an exception; ConsumerRecord(topic = warranty.replacement.v1, partition = {R.randint(0, 11)}, leaderEpoch = {R.randint(1, 30)}, offset = {R.randint(10**5, 10**7)}, CreateTime = {int(epoch(t) * 1000)}, serialized key size = 11, serialized value size = {R.randint(200, 900)}, headers = RecordHeaders(headers = [], isReadOnly = false), key = ",
                P(p.pump_sn, "device"), ', value = {"customerAccount":"', P(p.acct, "account"), '","shipTo":{"name":"', P(nm(p.guardian or p, "full"), "name"),
                '","postal":"', P(p.zip, "zip"), '"},"reason":"A7"})')
        elif k == 1:
            o = {"topic": "complaints.intake.v2", "partition": R.randint(0, 5), "offset": R.randint(10**4, 10**6),
                 "value": {"complaintNo": P(p.complaint, "other_id"), "caseNumber": P(p.case_no, "other_id"), "serial": P(p.pump_sn, "device"),
                           "reporterPhone": P(fphone((p.guardian or p).cell, "e164"), "phone"), "lang": p.lang}}
            b.t(f"{ts_log4j(t)} ERROR confluent_kafka.deserializing: failed to validate record against schema complaints-intake-v2 id={R.randint(100, 400)}: ")
            jw(b, o)
        else:
            b.x(f"{ts_log4j(t)} WARN  [uploads-consumer] poison pill moved to device.uploads.v1.DLT key=", P(p.tp_id, "other_id"), " deviceId=HelixaPump780-",
                P(p.pump_sn, "device"), f" cause=JsonParseException at [Source: (byte[])\"...\"; line: 1, column: {R.randint(20, 900)}]")
    else:
        b.t(R.choice([
            f"{ts_iso_z(t)}  INFO 1 --- [warranty-shipper] [ntainer#0-0-C-1] o.s.k.l.KafkaMessageListenerContainer    : warranty-shipper: partitions assigned: [warranty.replacement.v1-{R.randint(0, 5)}, warranty.replacement.v1-{R.randint(6, 11)}]",
            f"{ts_log4j(t)} INFO  [uploads-consumer] committed offsets device.uploads.v1-{R.randint(0, 11)}@{R.randint(10**5, 10**7)} lag={R.randint(0, 5000)}",
            f"% Reached end of topic ota.commands.v2 [{R.randint(0, 11)}] at offset {R.randint(10**5, 10**7)}",
            f"{ts_log4j(t)} WARN  org.apache.kafka.clients.NetworkClient - [Consumer clientId=consumer-bv-worker-{R.randint(1, 4)}, groupId=bv-worker] Connection to node -1 (kafka-0.kafka-headless.data.svc/10.20.1.5:9092) could not be established. Broker may not be available.",
        ]))
    return one(b, "kafka_consumer")


ANALYSTS = ["JLAROCHE", "MPRICE", "SVC_DBT", "SVC_AIRFLOW", "KOSEI", "ADMIN_SYSADMIN", "LNGUYEN_RO"]


def g_snowflake(phi):
    t = CLK.tick()
    b = B()
    qid = f"01b{hexs(5)}-0{R.randint(100, 999)}-{hexs(4)}-0000-{hexs(12)}"
    wh = R.choice(["ANALYTICS_WH", "CS_REPORTING_WH", "DBT_XS_WH", "PV_WH"])
    if phi:
        p = any_patient()
        k = R.randint(0, 3)
        if k == 0:
            q = ["SELECT case_number, status, serial_number FROM RAW.SFDC.CASE c JOIN RAW.SFDC.CONTACT k ON c.contact_id = k.id WHERE LOWER(k.email) = '",
                 P(p.email.lower(), "email"), "'"]
        elif k == 1:
            q = ["SELECT * FROM CURATED.DEVICE.PUMP_UPLOADS WHERE pump_serial IN ('", P(p.pump_sn, "device"), "', '", P(mk_person().pump_sn, "device"),
                 "') ORDER BY upload_ts DESC LIMIT 100"]
        elif k == 2:
            q = ["UPDATE CURATED.CRM.PATIENT SET phone = '", P(fphone(p.phone, "dash"), "phone"), "' WHERE last_name = '", P(ascii_fold(p.last).upper(), "name"),
                 "' AND birth_date = '", P(dfmt(p.dob, "iso"), "date"), "'"]
        else:
            q = ["SELECT member_id, payer, status FROM CURATED.BV.ELIGIBILITY WHERE member_id = '", P(p.hcn, "health_plan"), "'"]
        if R.random() < 0.5:
            o = {"QUERY_ID": qid, "USER_NAME": R.choice(ANALYSTS), "ROLE_NAME": R.choice(["ANALYST_PHI", "CS_OPS"]), "WAREHOUSE_NAME": wh,
                 "QUERY_TEXT": S(q), "EXECUTION_STATUS": R.choice(["SUCCESS", "SUCCESS", "FAIL"]), "TOTAL_ELAPSED_TIME": R.randint(80, 90000),
                 "ROWS_PRODUCED": R.randint(0, 40), "START_TIME": t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t) + " -0700"}
            jw(b, o)
        else:
            b.x(f"| {qid} | {R.choice(ANALYSTS):<12} | {wh:<15} | SUCCESS | {R.randint(80, 9000):>6} | ", q, " |")
    else:
        if R.random() < 0.5:
            o = {"QUERY_ID": qid, "USER_NAME": R.choice(ANALYSTS), "WAREHOUSE_NAME": wh,
                 "QUERY_TEXT": R.choice([
                     "SELECT DATE_TRUNC('week', created_date) wk, product__c, COUNT(*) FROM RAW.SFDC.CASE GROUP BY 1,2 ORDER BY 1",
                     "CREATE OR REPLACE TRANSIENT TABLE STAGING.OTA_ROLLOUT AS SELECT campaign_id, fw_to, COUNT_IF(result='SUCCESS') ok FROM RAW.OTA.EVENTS GROUP BY 1,2",
                     "COPY INTO RAW.DEVICE.PUMP_UPLOADS FROM @RAW.DEVICE.UPLOADS_STAGE FILE_FORMAT = (TYPE = JSON) ON_ERROR = CONTINUE",
                     "ALTER WAREHOUSE CS_REPORTING_WH RESUME IF SUSPENDED"]),
                 "EXECUTION_STATUS": "SUCCESS", "TOTAL_ELAPSED_TIME": R.randint(80, 900000), "BYTES_SCANNED": R.randint(10**5, 10**11),
                 "CREDITS_USED_CLOUD_SERVICES": round(R.uniform(0, 0.3), 6)}
            jw(b, o)
        else:
            b.t(f"| {qid} | {R.choice(ANALYSTS):<12} | {wh:<15} | {R.choice(['SUCCESS', 'FAILED_WITH_ERROR'])} | {R.randint(80, 9000):>6} | "
                + R.choice(["SHOW GRANTS TO ROLE ANALYST_PHI", "SELECT COUNT(*) FROM RAW.TIDEPOOL.CBG WHERE time >= DATEADD(day,-1,CURRENT_DATE())",
                            "CALL SYSTEM$CLUSTERING_INFORMATION('CURATED.DEVICE.PUMP_UPLOADS')"]) + " |")
    return one(b, "snowflake_query_history")


def g_nginx(phi):
    t = CLK.tick()
    b = B()
    ua = R.choice(["HelixaUploader/2.58.1 (Windows NT 10.0; Win64; x64)", "Helixa/3.14.2 (iPhone; iOS 18.0.1; Scale/3.00)",
                   "okhttp/4.12.0", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15"])
    stamp = t.strftime("%d/%b/%Y:%H:%M:%S +0000")
    if phi:
        p = any_patient()
        k = R.randint(0, 2)
        if k == 0:
            b.x(P(p.ip, "ip"), f" - - [{stamp}] \"POST /carelink/api/v1/uploads HTTP/2.0\" 201 {R.randint(200, 900)} \"-\" \"{ua}\" rt=0.{R.randint(100, 999)}")
        elif k == 1:
            v6 = f"2607:fea8:{hexs(4)}:{hexs(4)}::{hexs(3)}" if p.lang == "fr" else f"2600:1700:{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}:{hexs(4)}"
            b.x(P(v6, "ip"), f" - - [{stamp}] \"GET /portal/invite/accept?token=", P(hexs(40), "other_id"), f" HTTP/2.0\" 302 0 \"-\" \"{ua}\"")
        else:
            b.x(P(p.ip, "ip"), " - ", P(p.username, "other_id"), f" [{stamp}] \"GET /portal/account/orders HTTP/1.1\" 200 {R.randint(2000, 40000)} \"https://portal.helixa-medical.com/portal/home\" \"{ua}\"")
    else:
        b.t(R.choice([
            f"10.0.{R.randint(0, 9)}.{R.randint(2, 250)} - - [{stamp}] \"GET /nginx_status HTTP/1.1\" 200 110 \"-\" \"Prometheus/2.53.0\"",
            f"10.0.{R.randint(0, 9)}.{R.randint(2, 250)} - - [{stamp}] \"GET /health HTTP/1.1\" 200 2 \"-\" \"ELB-HealthChecker/2.0\"",
            f"{R.choice(['66.249.66.', '40.77.167.'])}{R.randint(1, 250)} - - [{stamp}] \"GET /robots.txt HTTP/1.1\" 200 67 \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\"",
            f"{t:%Y/%m/%d %H:%M:%S} [error] {R.randint(10, 99)}#{R.randint(10, 99)}: *{R.randint(1000, 999999)} upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.{R.randint(0, 9)}.{R.randint(2, 250)}, server: api.helixa-medical.com, request: \"POST /api/v2/fax-intake HTTP/1.1\", upstream: \"http://10.42.3.{R.randint(2, 60)}:8000/api/v2/fax-intake\"",
            f"{t:%Y/%m/%d %H:%M:%S} [warn] {R.randint(10, 99)}#{R.randint(10, 99)}: *{R.randint(1000, 999999)} a client request body is buffered to a temporary file /var/cache/nginx/client_temp/00000{digs(5)}, client: 10.0.{R.randint(0, 9)}.{R.randint(2, 250)}, server: uploads.helixa-medical.com",
        ]))
    return one(b, "nginx_access")


def g_account(phi):
    t = CLK.tick()
    b = B()
    ts = round(epoch(t), 6)
    if phi:
        c = mk_child()
        g = c.guardian
        k = R.choice([0, 1, 1, 2, 3])
        if k == 0:
            o = {"level": "info", "ts": ts, "caller": "guardian/link.go:142", "msg": "dependent linked", "guardianEmail": P(g.email, "email"),
                 "guardianId": P(g.user_uuid, "other_id"), "dependentUsername": P(c.username, "other_id"), "dependentDob": P(dfmt(c.dob, "iso"), "date"),
                 "relationship": "parent", "consentVersion": "coppa-2023.1"}
        elif k == 1:
            tok = hexs(24)
            o = {"level": "info", "ts": ts, "caller": "invite/send.go:77", "msg": "caregiver invitation sent",
                 "to": P(g.email, "email"), "link": P(f"https://portal.helixa-medical.com/invite/{tok}", "url"), "expiresIn": "72h", "locale": {"en": "en-US", "es": "es-US", "fr": "fr-CA"}[c.lang]}
        elif k == 2:
            o = {"level": "warn", "ts": ts, "caller": "profile/avatar.go:51", "msg": "avatar too large, resizing", "userId": P(c.user_uuid, "other_id"),
                 "bytes": R.randint(300000, 4000000), "preview": S("data:image/jpeg;base64,", P(b64blob(R.randint(180, 320)), "photo")), "truncated": True}
        else:
            o = {"level": "info", "ts": ts, "caller": "guardian/transfer.go:203", "msg": "dependent reached age of majority, transfer pending",
                 "dependentId": P(c.user_uuid, "other_id"), "dependentName": P(nm(c, "full"), "name"), "guardianPhone": P(fphone(g.cell), "phone"),
                 "region": c.city[1]}
    else:
        o = R.choice([
            {"level": "info", "ts": ts, "caller": "consent/publish.go:33", "msg": "consent text published", "version": "coppa-2023.1", "locales": ["en-US", "es-US", "fr-CA"]},
            {"level": "info", "ts": ts, "caller": "server/http.go:88", "msg": "listening", "addr": ":8443", "tls": True},
            {"level": "debug", "ts": ts, "caller": "guardian/sweep.go:19", "msg": "expired invitations swept", "count": R.randint(0, 80), "took": f"{R.randint(2, 900)}ms"},
            {"level": "error", "ts": ts, "caller": "store/pg.go:140", "msg": "pq: canceling statement due to statement timeout", "query": "guardian_links_by_dependent", "requestId": uuid4()},
        ])
    jw(b, o)
    return one(b, "account_service_zap")


def g_connect(phi):
    t = CLK.tick()
    b = B()
    if phi:
        p = any_patient(child_p=0.35)
        who = p.guardian or p
        q = {"en": "Pump_Support_EN", "es": "Soporte_Bomba_ES", "fr": "Soutien_Pompe_FR"}[p.lang]
        o = {"ContactId": uuid4(), "Channel": "VOICE", "InitiationMethod": "INBOUND",
             "CustomerEndpoint": {"Address": P(fphone(who.cell, "e164"), "phone"), "Type": "TELEPHONE_NUMBER"},
             "SystemEndpoint": {"Address": "+1800" + str(R.randint(200, 999)) + digs(4), "Type": "TELEPHONE_NUMBER"},
             "Queue": {"Name": q, "Duration": R.randint(5, 900)}, "Agent": {"Username": R.choice(STAFF_USER), "AfterContactWorkDuration": R.randint(10, 300)},
             "Attributes": {"ivrIntent": R.choice(["ReplacementStatus", "TechSupport", "Orders", "AdverseEvent"]), "callerDob": P(dfmt(p.dob, "iso"), "date"),
                            "pumpSerial": P(p.pump_sn, "device"), "sfCaseNumber": P(p.case_no, "other_id")}}
        if R.random() < 0.4:
            o["VoiceIdResult"] = {"Authentication": {"Decision": "AUTHENTICATED", "Score": R.randint(85, 99)},
                                  "GeneratedSpeakerId": P(alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "biometric")}
        jw(b, o)
    else:
        o = {"Metric": R.choice(["CONTACTS_IN_QUEUE", "OLDEST_CONTACT_AGE", "AGENTS_AVAILABLE"]), "Queue": R.choice(["Pump_Support_EN", "Soporte_Bomba_ES", "Soutien_Pompe_FR"]),
             "Value": R.randint(0, 60), "Timestamp": ts_iso_z(t)}
        jw(b, o)
    return one(b, "connect_ctr_json")


def g_k8s(phi):
    t = CLK.tick()
    b = B()
    pod = R.choice(["bv-worker", "fax-ocr", "carelink-ingest", "warranty-api", "ota-dispatcher", "guardian-svc"]) + f"-{hexs(9)}-{alnum(5, 'bcdfghjklmnpqrstvwxz2456789')}"
    b.t(R.choice([
        f"{R.randint(1, 59)}s   Warning   Unhealthy   pod/{pod}   Readiness probe failed: HTTP probe failed with statuscode: 503",
        f"{R.randint(1, 59)}m   Normal    Pulled      pod/{pod}   Container image \"registry.helixa.internal/{pod.split('-')[0]}:1.{R.randint(20, 90)}.{R.randint(0, 9)}\" already present on machine",
        f"{R.randint(1, 59)}s   Warning   BackOff     pod/{pod}   Back-off restarting failed container",
        f"{R.randint(1, 59)}m   Normal    ScalingReplicaSet   deployment/{pod.rsplit('-', 2)[0]}   Scaled up replica set {pod.rsplit('-', 1)[0]} to {R.randint(2, 12)}",
        f"{R.randint(1, 59)}s   Warning   OOMKilling  node/ip-10-20-{R.randint(0, 9)}-{R.randint(2, 250)}.ec2.internal   Memory cgroup out of memory: Killed process {R.randint(1000, 90000)} (dotnet)",
    ]))
    return one(b, "k8s_event")


# family: (fn, weight, can_phi, can_nonphi)
FAMS = [
    (g_carelink, 8, True, True), (g_tidepool, 8, True, True), (g_ota, 6, True, True), (g_medwatch, 6, True, True),
    (g_emdr, 5, True, True), (g_apex, 6, True, True), (g_sfcase, 7, True, True), (g_sfcsv, 2, True, False),
    (g_warranty, 5, True, True), (g_x12, 3.5, True, False), (g_ncpdp, 3, True, True), (g_fax, 4, True, True),
    (g_logcat, 8, True, True), (g_ios, 6, True, True), (g_ioscrash, 0.6, True, True), (g_dotnet, 4, True, True),
    (g_serilog, 5, True, True), (g_efcore, 3, True, True), (g_pylog, 6, True, True), (g_uvicorn, 5, True, True),
    (g_celery, 4, True, True), (g_kbroker, 5, False, True), (g_kconsumer, 5, True, True), (g_snowflake, 6, True, True),
    (g_nginx, 6, True, True), (g_account, 5, True, True), (g_connect, 5, True, True), (g_k8s, 4, False, True),
]

TOTAL = 500
TARGET_PHI = 0.45


def build():
    items = []
    phi_lines = 0
    deck = []
    caps = {f: (cp, cn) for f, w, cp, cn in FAMS}

    def refill():
        d = []
        for f, w, cp, cn in FAMS:
            d += [f] * int(round(w * 2))
        R.shuffle(d)
        deck.extend(d)

    def draw(want_phi):
        while True:
            for i, f in enumerate(deck):
                if caps[f][0 if want_phi else 1]:
                    return deck.pop(i)
            refill()

    while len(items) < TOTAL:
        n = len(items)
        ratio = phi_lines / n if n else 0
        want_phi = R.random() < max(0.05, min(0.95, TARGET_PHI + (TARGET_PHI - ratio) * 4))
        f = draw(want_phi)
        res = f(want_phi)
        if len(items) + len(res) > TOTAL:
            continue
        for b, fam in res:
            items.append((b, fam))
            if b.spans:
                phi_lines += 1
    return items


def main():
    items = build()
    assert len(items) == TOTAL
    log_lines, label_lines = [], []
    for i, (b, fam) in enumerate(items, 1):
        line = b.text()
        assert line and "\n" not in line and "\r" not in line, (i, line)
        raw = line.encode("utf-8")
        spans = []
        prev_e = -1
        for s, e, cat, val in sorted(b.spans):
            assert raw[s:e].decode("utf-8") == val, (i, s, e, val)
            assert s >= prev_e, ("overlap", i, val)
            assert val == val.strip() and val, (i, val)
            prev_e = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_lines.append(line)
        label_lines.append(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(log_lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(label_lines) + "\n")


if __name__ == "__main__":
    main()
