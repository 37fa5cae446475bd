#!/usr/bin/env python3
"""Synthetic labeled log corpus "my": a state public health department's
zoonotic disease / rabies program (bite reports, PEP tracking, animal
quarantine, rabies lab, NBS case investigation, CDC transfers).

Writes my.log (500 lines) and my.labels.jsonl next to this script.
Standard library only, deterministic (fixed seed, no clock / env input).
All people, addresses, numbers and identifiers are synthetic.

Labeling decisions:
- Persons whose identifiers are labeled: bite/exposure victims (patients),
  their parents/guardians/spouses/household members, contacts listed in
  contact tracing, PEP recipients, and OWNERS of biting/quarantined animals
  (they are parties to the case investigation and are themselves assessed
  for exposure).  Their name, address parts, zip, phone, fax, email, SSN,
  MRN, plan IDs, accounts/cards, licence, vehicle, device, personal URL,
  public IP and face photo are labeled.
- Not labeled: clinicians, epidemiologists, lab scientists, animal control
  officers, service accounts, staff usernames (epi_*, svc_*), staff/agency
  phones, faxes and e-mails, facilities, clinics, vendors, CDC and agency
  hosts, NPIs, CLIA numbers.
- Animals are not persons: animal names, microchip numbers, rabies tag
  numbers, animal vaccination certificate numbers and dates, animal
  specimen data (species, county where an animal was found) are NOT labeled.
- Identifier numbers: NBS local IDs (PSN..., CAS..., NOT...), NBS numeric
  person UIDs, bite report numbers (BR-...), PEP series numbers (PEP24-...),
  encounter/visit numbers, contact IDs (CT-...), owner citation numbers and
  patient portal usernames are other_id.  Technical IDs are NOT labeled:
  UUIDs, message control IDs, trace/span IDs, batch/run IDs, lab order and
  accession numbers (human or animal), quarantine order numbers (identify
  an animal), invoice numbers, Twilio SIDs, vaccine lot numbers, NDCs.
- Dates: DOB, bite/exposure date(-time), encounter/admit dates, PEP dose
  (scheduled or administered) dates, human specimen collection/result
  dates, report dates of a case, and quarantine start/release dates of the
  biting animal (derived from the victim's bite date) are labeled "date",
  including partial forms like "9/14" or "14 de septiembre".  Log
  timestamps, lot expiry dates, certificate/build dates, animal
  vaccination dates, animal specimen dates and the year alone are not.
- Ages are labeled only when over 89.
- A contiguous personal name string ("Ana Sofia Delgado", "DELGADO, ANA",
  "A. Delgado") is one span; HL7 XPN/XAD components and separate JSON/XML/
  CSV fields are labeled per component (separators excluded).  A first
  name alone in a note is labeled.  State names/abbreviations and country
  are never labeled; street, unit, city, county, county FIPS code, census
  tract and lat/long geocodes of a person's home are "address".
- HL7 XTN with split area-code and local-number components: one phone span
  covering "area^local".
- Public client IP of a web form submitted by the exposed person or a
  guardian is "ip"; RFC1918/internal IPs, clinic submissions and relay/
  CDC/vendor IPs are not labeled.  Mobile Android ID / iOS vendor ID of a
  member of the public submitting a form is "device".
- Full card numbers are "account"; masked cards (last 4 only) are not.
- Base64 face / photo-ID images are "photo"; wound photos and pet photos
  are not labeled.
- Personal social media URLs of an owner/victim are "url"; agency, CDC
  and vendor URLs are not.
- Values inside JSON strings are labeled on their JSON-escaped text,
  without the quotes.
"""
import base64
import datetime
import hashlib
import json
import os
import random
import unicodedata
import uuid

SEED = 5353
R = random.Random(SEED)
D = datetime.date
DT = datetime.datetime
TD = datetime.timedelta
TODAY = D(2024, 9, 17)
N_LINES = 500
TARGET_CLEAN = 0.555

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "my"


# ---------------------------------------------------------------- builder
class P:
    """A value to insert; cat None means plain text (not PHI)."""

    def __init__(self, v, cat=None):
        self.v = str(v)
        self.cat = cat


class L:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []
        self.vals = []

    def t(self, s):
        s = str(s)
        assert "\n" not in s and "\r" not in s, repr(s)
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        if not cat:
            return self.t(s)
        assert "\n" not in s and "\r" not in s, repr(s)
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append({"s": st, "e": len(self.buf), "cat": cat})
        self.vals.append(b)
        return self

    def seq(self, items):
        for it in items:
            if isinstance(it, P):
                self.p(it.v, it.cat)
            elif isinstance(it, (list, tuple)):
                self.seq(it)
            else:
                self.t(it)
        return self

    def json(self, obj, compact=False):
        sep, kv = (",", ":") if compact else (", ", ": ")
        if isinstance(obj, dict):
            self.t("{")
            for i, (k, v) in enumerate(obj.items()):
                if i:
                    self.t(sep)
                self.t(json.dumps(k, ensure_ascii=False) + kv)
                self.json(v, compact)
            self.t("}")
        elif isinstance(obj, list):
            self.t("[")
            for i, v in enumerate(obj):
                if i:
                    self.t(sep)
                self.json(v, compact)
            self.t("]")
        elif isinstance(obj, P):
            if obj.cat is None:
                self.t(json.dumps(obj.v, ensure_ascii=False))
            else:
                enc = json.dumps(obj.v, ensure_ascii=False)[1:-1]
                self.t('"').p(enc, obj.cat).t('"')
        elif isinstance(obj, PN):
            self.p(json.dumps(obj.v), obj.cat) if obj.cat else self.t(json.dumps(obj.v))
        else:
            self.t(json.dumps(obj, ensure_ascii=False))
        return self


class PN:
    """Numeric JSON value (unquoted)."""

    def __init__(self, v, cat=None):
        self.v = v
        self.cat = cat


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ---------------------------------------------------------------- clock
T = DT(2024, 9, 17, 0, 0, 4, 118000)


def tick(lo=2, hi=170):
    global T
    T = T + TD(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999) * 1000)
    return T


def ms(t):
    return f"{t.microsecond // 1000:03d}"


def f_logback(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


def spring(t, lvl, pid, thr, logger):
    """Spring Boot 2 default console pattern"""
    if len(logger) > 39:
        parts = logger.split(".")
        i = 0
        while len(".".join(parts)) > 39 and i < len(parts) - 1:
            parts[i] = parts[i][0]
            i += 1
        logger = ".".join(parts)
    return f"{f_logback(t)} {lvl:>5} {pid} --- [{thr[-15:]:>15}] {logger:<40} : "


def f_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


def f_iso(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-06:00"


def f_isoz(t):
    u = t + TD(hours=6)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms(u) + "Z"


def f_sys(t):
    return f"{t:%b} {t.day:2d} {t:%H:%M:%S}"


def f_sql(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 10000:02d}"


def f_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0600")


def f_hl7(t):
    return t.strftime("%Y%m%d%H%M%S")


def f_air(t):
    u = t + TD(hours=6)
    return u.strftime("[%Y-%m-%d, %H:%M:%S UTC]")


# ---------------------------------------------------------------- helpers
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


MANUAL = {"Ø": "O", "ø": "o", "ß": "ss", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D"}


def ascii_(s):
    s = "".join(MANUAL.get(ch, ch) for ch in s)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s)
                   if not unicodedata.combining(ch))


ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
             "agosto", "septiembre", "octubre", "noviembre", "diciembre"]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "md":
        return f"{d.month}/{d.day}"
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "es":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return f"{d:%B} {d.day}, {d.year}"
    if style == "long_es":
        return f"{d.day} de {ES_MONTHS[d.month - 1]} de {d.year}"
    if style == "md_es":
        return f"{d.day} de {ES_MONTHS[d.month - 1]}"
    if style == "mon":
        return d.strftime("%d-%b-%Y").upper()
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "short_mon":
        return f"{d:%b} {d.day}"
    raise ValueError(style)


# ---------------------------------------------------------------- pools
F_FIRST = ["María José", "Ngozi", "Siobhán", "Xiomara", "Priya", "Leilani",
           "Fatima", "Guadalupe", "Mei-Ling", "Ana Sofía", "Ayşe", "Marisol",
           "Ingrid", "Zofia", "Precious", "Anastasia", "Lakshmi", "Esperanza",
           "Renée", "Aiyana", "Thảo", "Keisha", "Bernadette", "Yolanda",
           "Chloé", "Lupe", "Dolores", "Shonto", "Hana", "Rosalind"]
M_FIRST = ["Mateo", "Oluwaseun", "Dmitri", "Kwame", "Tomasz", "Chen",
           "Björn", "Tuấn", "Hamza", "José Luis", "Wiremu", "Declan", "Yusuf",
           "Keanu", "Rahul", "Dwayne", "Jesús", "Takeshi", "Omar", "Emeka",
           "Brandon", "Tyrell", "Aarav", "Santiago", "Lorenzo", "Eldon",
           "Cruz", "Bao", "Ignacio", "Hosteen"]
LASTS = ["García-Ramírez", "O'Connell", "van der Berg", "Nguyen", "de la Cruz",
         "Okafor", "Kowalski", "Hernández", "Al-Masri", "Yamamoto",
         "MacDougall", "Dos Santos", "Abernathy", "Begay", "Tsosie",
         "Schmidt", "Ochoa", "Papadopoulos", "Ivanova", "Mwangi", "Patel",
         "Kealoha", "Fitzgerald", "St. Pierre", "D'Amico", "Lindqvist",
         "Castillo Vega", "Haddad", "Boateng", "Whitehorse", "Romero", "Kim",
         "Delgado", "Ruiz", "Przybylski", "Øvergaard", "Yazzie", "Chávez",
         "Baca", "Sandoval", "Montoya", "Trujillo", "Nakai", "Le",
         "Okonkwo-Bright", "Dubois", "Ferreira", "Jaramillo", "Lucero",
         "Van Wyk", "Ben-David", "Szabó"]

CITIES = [
    ("Albuquerque", "Bernalillo", "35001", ["87102", "87105", "87108", "87110", "87112", "87121", "87123"], "505", True),
    ("Las Cruces", "Doña Ana", "35013", ["88001", "88005", "88007", "88011", "88012"], "575", False),
    ("Santa Fe", "Santa Fe", "35049", ["87501", "87505", "87507", "87508"], "505", False),
    ("Farmington", "San Juan", "35045", ["87401", "87402"], "505", False),
    ("Gallup", "McKinley", "35031", ["87301", "87305"], "505", False),
    ("Rio Rancho", "Sandoval", "35043", ["87124", "87144"], "505", False),
    ("Roswell", "Chaves", "35005", ["88201", "88203"], "575", False),
    ("Hobbs", "Lea", "35025", ["88240", "88242"], "575", False),
    ("Alamogordo", "Otero", "35035", ["88310"], "575", False),
    ("Carlsbad", "Eddy", "35015", ["88220"], "575", False),
    ("Silver City", "Grant", "35017", ["88061"], "575", False),
    ("Taos", "Taos", "35055", ["87571"], "575", False),
    ("Española", "Rio Arriba", "35039", ["87532"], "505", False),
    ("Los Lunas", "Valencia", "35061", ["87031"], "505", False),
    ("Deming", "Luna", "35029", ["88030"], "575", False),
    ("Anthony", "Doña Ana", "35013", ["88021"], "575", False),
    ("Shiprock", "San Juan", "35045", ["87420"], "505", False),
    ("Belen", "Valencia", "35061", ["87002"], "505", False),
]
STREETS_ES = ["Calle Alamosa", "Camino de los Pueblitos", "Calle Luna",
              "Avenida de Mesilla", "Paseo del Norte", "Calle del Sol",
              "Camino Cerrito", "Acequia Madre"]
STREETS_EN = ["Juniper Ridge", "Rio Bravo", "Pine", "Mesquite", "Sagebrush",
              "Lomas", "Montaño", "Chamisa", "Piñon Hills", "Desert Willow",
              "Old Pecos", "Cottonwood", "Yucca", "Mountain View", "Aztec",
              "Griegos", "Solano", "Tramway"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Blvd", "Ln", "Ct", "Way", "Trl", "Loop"]
UNITS = ["Apt 12B", "#4", "Unit 210", "Lot 17", "Apt 3", "Spc 22", "Trlr 9"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com",
           "icloud.com", "comcast.net", "aol.com", "protonmail.com", "live.com"]

FACILITIES = [
    ("SVRH", "Sangre Valley Regional Hospital", "ED"),
    ("RGMC", "Rio Grande Medical Center", "ED"),
    ("MESA_UC", "Mesa Vista Urgent Care", "UC"),
    ("LLANOPEDS", "Llano Estacado Pediatrics", "PEDS"),
    ("CRUCES_FHC", "Las Cruces Family Health Center", "FM"),
    ("TAOS_CC", "Taos Community Clinic", "FM"),
    ("SJRMC", "San Juan Ridge Medical Center", "ED"),
]
CLINICIANS = [("1487613920", "ADEYEMI", "SAMUEL", "MD"),
              ("1629083741", "OYELARAN", "FUNMI", "MD"),
              ("1730548862", "HOLLOWAY", "GRETCHEN", "NP"),
              ("1356927104", "VILLANUEVA", "RAMON", "DO"),
              ("1902873315", "BRANDT", "ELISE", "PA-C")]
EPIS = [("epi_rthornquist", "Rebecca Thornquist, DVM"),
        ("epi_jmartinezo", "Joaquín Martínez-Ortega, MPH"),
        ("epi_kbegaye", "Kimberly Begaye, MPH"),
        ("epi_tnakamura", "Tom Nakamura"),
        ("epi_lfuentes", "Lucía Fuentes, RN")]
ACOS = ["Officer D. Kruger", "ACO M. Sisneros", "Officer P. Kanuho",
        "ACO R. Fairweather"]
SPECIES = [("dog", 44), ("cat", 20), ("bat", 15), ("raccoon", 4),
           ("skunk", 5), ("fox", 4), ("coyote", 2), ("horse", 2), ("ferret", 2),
           ("bobcat", 2)]
ICD = {"dog": ("W54.0XXA", "Bitten by dog, initial encounter"),
       "cat": ("W55.01XA", "Bitten by cat, initial encounter"),
       "horse": ("W55.11XA", "Bitten by horse, initial encounter"),
       "raccoon": ("W55.51XA", "Bitten by raccoon, initial encounter"),
       "bat": ("W55.81XA", "Bitten by other mammals, initial encounter"),
       "skunk": ("W55.81XA", "Bitten by other mammals, initial encounter"),
       "fox": ("W55.81XA", "Bitten by other mammals, initial encounter"),
       "coyote": ("W55.81XA", "Bitten by other mammals, initial encounter"),
       "ferret": ("W55.81XA", "Bitten by other mammals, initial encounter"),
       "bobcat": ("W55.81XA", "Bitten by other mammals, initial encounter")}
SITES = [("S61.451A", "Open bite of right hand, initial encounter", "R hand", "mano derecha"),
         ("S61.452A", "Open bite of left hand, initial encounter", "L hand", "mano izquierda"),
         ("S81.851A", "Open bite, right lower leg, initial encounter", "R calf", "pantorrilla derecha"),
         ("S81.852A", "Open bite, left lower leg, initial encounter", "L calf", "pantorrilla izquierda"),
         ("S01.85XA", "Open bite of other part of head, initial encounter", "face", "cara"),
         ("S51.851A", "Open bite of right forearm, initial encounter", "R forearm", "antebrazo derecho"),
         ("S71.152A", "Open bite, left thigh, initial encounter", "L thigh", "muslo izquierdo")]
SP_ES = {"dog": "perro", "cat": "gato", "bat": "murciélago", "raccoon": "mapache", "skunk": "zorrillo",
         "fox": "zorro", "coyote": "coyote", "horse": "caballo", "ferret": "hurón", "bobcat": "gato montés"}
CITY_LL = {"Albuquerque": (35.08, -106.65), "Las Cruces": (32.32, -106.76), "Santa Fe": (35.69, -105.94),
           "Farmington": (36.73, -108.22), "Gallup": (35.53, -108.74), "Rio Rancho": (35.23, -106.66),
           "Roswell": (33.39, -104.52), "Hobbs": (32.70, -103.14), "Alamogordo": (32.90, -105.96),
           "Carlsbad": (32.42, -104.23), "Silver City": (32.77, -108.28), "Taos": (36.41, -105.57),
           "Española": (35.99, -106.08), "Los Lunas": (34.81, -106.73), "Deming": (32.27, -107.76),
           "Anthony": (32.00, -106.61), "Shiprock": (36.79, -108.69), "Belen": (34.66, -106.78)}
PET_NAMES = ["Chispa", "Rocky", "Luna", "Canela", "Max", "Bella", "Duke",
             "Coco", "Lobo", "Mochi", "Zeus", "Princesa", "Biscuit", "Oso",
             "Pepper", "Tigre", "Sadie", "Bandit"]
BREEDS = {"dog": ["pit bull mix", "Chihuahua", "German shepherd", "heeler mix",
                  "Lab mix", "husky", "Great Pyrenees", "mixed breed"],
          "cat": ["DSH", "DMH", "Siamese mix", "tabby DSH"],
          "horse": ["quarter horse", "Appaloosa"],
          "ferret": ["sable ferret"]}
LOTS = ["X3F821M", "Y2K449A", "R7M013B", "J8814P", "HR24A117", "KED0923",
        "N3P552C", "M1A776X"]
PLAN_KINDS = ["MCD", "MCR", "BCBS", "PHP", "WH", "SELF"]


def phone_parts(area):
    return area, f"{R.randint(2, 9)}{digits(2)}", digits(4)


def fmt_phone(ph, style=None):
    a, e, n = ph
    style = style or R.choice(["paren", "dash", "plain", "e164", "dots", "sp", "paren2"])
    return {"paren": f"({a}) {e}-{n}", "paren2": f"({a}){e}-{n}",
            "dash": f"{a}-{e}-{n}", "plain": f"{a}{e}{n}",
            "e164": f"+1{a}{e}{n}", "dots": f"{a}.{e}.{n}",
            "sp": f"+1 {a} {e} {n}"}[style]


def mk_ssn():
    while True:
        a = R.randint(101, 665)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def mk_mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(L_) + R.choice(AN) + str(R.randint(0, 9))
            + R.choice(L_) + R.choice(AN) + str(R.randint(0, 9))
            + R.choice(L_) + R.choice(L_) + str(R.randint(0, 9)) + str(R.randint(0, 9)))


def mk_plan():
    k = R.choice(PLAN_KINDS)
    if k == "MCD":
        return ("MCD", "NM Medicaid Turquoise Care", "7" + digits(9))
    if k == "MCR":
        return ("MCR", "Medicare Part B", mk_mbi())
    if k == "BCBS":
        return ("BCBSNM", "Blue Cross Blue Shield of NM", "XOF" + digits(9))
    if k == "PHP":
        return ("PHP", "Presbyterian Health Plan", digits(9) + "-0" + str(R.randint(1, 4)))
    if k == "WH":
        return ("WHP", "Western Sky Community Care", "U" + digits(8) + "01")
    return ("SELF", "Self-pay", "")


def mk_person(kind="adult", last=None, home=None):
    female = R.random() < 0.5
    first = R.choice(F_FIRST if female else M_FIRST)
    middle = R.choice(["", "", "A", "J", "M", "R", "L", "E", "Marie", "Luis"])
    last = last or R.choice(LASTS)
    if kind == "child":
        age = R.randint(2, 15)
    elif kind == "old":
        age = R.randint(90, 97)
    else:
        age = R.randint(19, 86)
    dob = TODAY - TD(days=int(age * 365.25) + R.randint(5, 355))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    if home is None:
        c = R.choice(CITIES)
        city, county, fips, zips, area, dirs = c
        if R.random() < 0.12:
            street = R.choice([f"HC {R.randint(30, 79)} Box {R.randint(10, 499)}",
                               f"{R.randint(10, 99)} County Road {R.randint(1, 69) * 100}",
                               f"{R.randint(2, 60)} Navajo Rte {R.randint(2, 64)}"])
        elif R.random() < 0.4:
            street = f"{R.randint(100, 9999)} {R.choice(STREETS_ES)}"
        else:
            street = f"{R.randint(100, 12999)} {R.choice(STREETS_EN)} {R.choice(SUFFIX)}"
        if dirs and not any(w in street for w in ("HC ", "County Road", "Navajo")):
            street += " " + R.choice(["NE", "NW", "SE", "SW"])
        unit = R.choice(UNITS) if R.random() < 0.25 else ""
        home = dict(street=street, unit=unit, city=city, county=county,
                    fips=fips, zip=R.choice(zips), area=area,
                    tract=fips + digits(6),
                    lat=f"{CITY_LL[city][0] + R.uniform(-0.06, 0.06):.5f}", lon=f"{CITY_LL[city][1] + R.uniform(-0.06, 0.06):.5f}")
    fa = ascii_(first).lower().split()[0].replace("-", "")
    la = ascii_(last).lower().replace(" ", "").replace("'", "").replace(".", "")
    email = R.choice([f"{fa}.{la}{R.randint(1, 99)}", f"{fa[0]}{la}", f"{la}.{fa}",
                      f"{fa}{la}{R.randint(70, 2010)}", f"{fa}_{la[:5]}"]) + "@" + R.choice(DOMAINS)
    return dict(first=first, middle=middle, last=last, female=female, age=age, dob=dob,
                phone=phone_parts(home["area"]), cell=phone_parts(home["area"]),
                email=email, ssn=mk_ssn(), home=home, plan=mk_plan(),
                mrn=R.choice(["E", "", "00", "M"]) + digits(7),
                acct=digits(R.choice([9, 10])), dl=digits(9),
                ip=f"{R.choice([24, 67, 73, 98, 108, 174, 184, 71, 97, 166, 75, 68])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}",
                lang="es" if (R.random() < 0.35) else "en",
                username=(fa[:6] + la[:4] + str(R.randint(1, 99))),
                uid=str(R.randint(10050000, 10099999)))


def nm(p, style=None):
    """one contiguous name string"""
    f, m, l = p["first"], p["middle"], p["last"]
    style = style or R.choice(["fl", "fl", "lf", "LF", "FL", "lower", "init", "fml", "lf_nocomma"])
    if style == "fl":
        return f"{f} {l}"
    if style == "fml":
        return f"{f} {m + ' ' if m else ''}{l}"
    if style == "lf":
        return f"{l}, {f}"
    if style == "LF":
        return ascii_(f"{l}, {f}").upper()
    if style == "FL":
        return f"{f} {l}".upper()
    if style == "lower":
        return f"{f} {l}".lower()
    if style == "init":
        return f"{'.'.join(w[0] for w in f.split())}. {l}"
    if style == "lf_nocomma":
        return ascii_(f"{l} {f}").upper()
    raise ValueError(style)


def fb_slug(p):
    f = "".join(ch for ch in ascii_(p["first"]).lower().split()[0] if ch.isalnum())
    l_ = "".join(ch for ch in ascii_(p["last"]).lower() if ch.isalnum())
    return f"{f}.{l_}"


def H(s):
    """HL7 upper-ascii"""
    return ascii_(s).upper()


CASES = []


def mk_case():
    r = R.random()
    kind = "child" if r < 0.3 else ("old" if r < 0.36 else "adult")
    victim = mk_person(kind)
    guardian = None
    if kind == "child":
        guardian = mk_person("adult", last=victim["last"] if R.random() < 0.7 else None,
                             home=victim["home"])
    tot = sum(w for _, w in SPECIES)
    x = R.uniform(0, tot)
    for sp, w in SPECIES:
        x -= w
        if x <= 0:
            break
    owned = sp in ("dog", "cat", "horse", "ferret") and R.random() < 0.85
    owner = mk_person("adult") if owned else None
    if owned and R.random() < 0.15:
        owner = mk_person("adult", last=victim["last"], home=victim["home"])
    animal = dict(species=sp, name=R.choice(PET_NAMES) if owned else None,
                  breed=R.choice(BREEDS.get(sp, ["unknown"])),
                  chip=R.choice(["985112", "981020", "900164", "956000"]) + digits(9),
                  tag=f"{R.choice(['T', '', 'RV'])}{R.choice(['23', '24'])}-{digits(5)}",
                  vacc=R.choice(["UTD", "UTD", "EXPIRED", "NEVER", "UNKNOWN"]) if owned else "N/A")
    bite = DT(2024, 8, 24, 0, 0) + TD(days=R.randint(0, 23), hours=R.randint(7, 21), minutes=R.choice([0, 10, 15, 30, 45, 50]))
    pep = sp not in ("dog", "cat", "horse", "ferret") or not owned or animal["vacc"] in ("NEVER",) and R.random() < 0.5
    d0 = min(bite.date() + TD(days=R.choice([0, 0, 1, 1, 2, 3])), TODAY - TD(days=R.choice([0, 1])))
    fac = R.choice(FACILITIES)
    c = dict(victim=victim, guardian=guardian, animal=animal, owner=owner, bite=bite,
             pep=pep, d0=d0, doses=[d0 + TD(days=k) for k in (0, 3, 7, 14)],
             site=R.choice(SITES), fac=fac, doc=R.choice(CLINICIANS),
             psn=f"PSN{victim['uid']}NM01", cas=f"CAS{R.randint(10030000, 10049999)}NM01",
             br=f"BR-2024-{R.randint(1000, 6999):06d}", pepid=f"PEP24-{R.randint(100, 999):04d}",
             visit=R.choice(["V", "", "HAR"]) + digits(R.choice([8, 9, 10])),
             qid=f"Q24-{R.randint(100, 999):04d}", epi=R.choice(EPIS), aco=R.choice(ACOS),
             weight=R.randint(14, 110) if kind != "child" else R.randint(12, 55),
             notif=f"NOT{R.randint(10020000, 10029999)}NM01")
    c["qstart"] = bite.date()
    c["qend"] = bite.date() + TD(days=10)
    CASES.append(c)
    return c


def shift_early(c, days):
    """move a case back in time (for results that need a completed series)"""
    c["bite"] = c["bite"] - TD(days=days)
    c["d0"] = c["d0"] - TD(days=days)
    c["doses"] = [c["d0"] + TD(days=k) for k in (0, 3, 7, 14)]
    c["qstart"] = c["bite"].date()
    c["qend"] = c["qstart"] + TD(days=10)


def past_doses(c):
    p = [i + 1 for i, d in enumerate(c["doses"]) if d < TODAY]
    if not p:
        shift_early(c, R.randint(4, 12))
        p = [i + 1 for i, d in enumerate(c["doses"]) if d < TODAY]
    return p


def next_dose(c):
    """1-based index of the next dose on/after tomorrow; re-times the case if needed"""
    f = [i + 1 for i, d in enumerate(c["doses"]) if d > TODAY]
    if not f:
        shift_early(c, -((TODAY - c["d0"]).days - R.randint(0, 9)))
        f = [i + 1 for i, d in enumerate(c["doses"]) if d > TODAY]
    f = [x for x in f if x > 1] or [2]
    return f[0]


def get_case(fresh=0.45):
    if not CASES or R.random() < fresh:
        return mk_case()
    return R.choice(CASES[-12:])


def b64_img(n=90):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    body = bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(head + body).decode()


# ---------------------------------------------------------------- HL7
def hseg(b, name, fields, sep_after=None):
    b.t(name)
    for f in fields:
        b.t("|")
        if isinstance(f, (list, tuple)):
            b.seq(f)
        elif isinstance(f, P):
            b.p(f.v, f.cat)
        else:
            b.t(f)
    if sep_after:
        b.t(sep_after)


def blank(n):
    return [""] * n


def pid_fields(c, p, fac, with_ssn=False, email=False, nbs=False):
    h = p["home"]
    ids = [P(p["mrn"], "mrn"), f"^^^{fac}^MR"]
    if nbs:
        ids = [P(c["psn"], "other_id"), "^^^NBS^PN~", P(p["mrn"], "mrn"), f"^^^{fac}^MR"]
    if with_ssn:
        ids += ["~", P(p["ssn"].replace("-", "") if R.random() < 0.5 else p["ssn"], "ssn"), "^^^USSSA^SS"]
    name = [P(H(p["last"]), "name"), "^", P(H(p["first"]), "name")]
    if p["middle"]:
        name += ["^", P(H(p["middle"]), "name")]
    addr = [P(H(h["street"]), "address"), "^"]
    if h["unit"]:
        addr += [P(H(h["unit"]), "address")]
    addr += ["^"]
    addr += [P(H(h["city"]), "address"), "^NM^", P(h["zip"], "zip"), "^USA^H^^", P(h["fips"], "address")]
    a, e, n = p["phone"]
    if R.random() < 0.5:
        tel = ["^PRN^PH^^1^", P(f"{a}^{e}{n}", "phone")]
    else:
        tel = [P(f"({a}){e}-{n}", "phone"), "^PRN^PH"]
    if email:
        tel += ["~^NET^Internet^", P(p["email"], "email")]
    cell = ["~^PRN^CP^^1^", P(f"{p['cell'][0]}^{p['cell'][1]}{p['cell'][2]}", "phone")] if R.random() < 0.4 else []
    race = R.choice(["2106-3^White^CDCREC", "1002-5^American Indian or Alaska Native^CDCREC",
                     "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"])
    sex = "F" if p["female"] else "M"
    f = ["1", "", ids, "", name, "", P(fd(p["dob"], "hl7"), "date"), sex, "", race, addr, "",
         tel + cell, "", "SPA^Spanish^HL70296" if p["lang"] == "es" else "ENG^English^HL70296",
         "", "", P(p["acct"], "account")]
    return f


# ================================================================ PHI generators
def g_mirth_adt():
    c = get_case()
    v = c["victim"]
    t = tick()
    fac = c["fac"][0]
    b = L("hl7_mirth")
    chan = f"Bite ADT Inbound ({fac})"
    b.t(f"INFO  {f_py(t)} [{chan} JavaScript Filter on {chan} ({ruuid()}) < pool-2-thread-{R.randint(1, 30)}] js-connector: A04 accepted, raw=")
    cr = "\\r"
    hseg(b, "MSH", ["^~\\&", "EPIC", fac, "MIRTH", "NMDOH_ZOO", f_hl7(t) + "-0600", "", "ADT^A04^ADT_A01",
                    f"{fac}{f_hl7(t)}{R.randint(100, 999)}", "P", "2.5.1"], cr)
    hseg(b, "EVN", ["A04", f_hl7(t)], cr)
    hseg(b, "PID", pid_fields(c, v, fac, with_ssn=R.random() < 0.4), cr)
    doc = c["doc"]
    pv1 = ["1", "E", f"ED^^^{fac}", "", "", "", f"{doc[0]}^{doc[1]}^{doc[2]}^^^^{doc[3]}"] + blank(11) + \
          [P(c["visit"], "other_id")] + blank(24) + [P(f_hl7(c["bite"] + TD(hours=R.randint(1, 20))), "date")]
    hseg(b, "PV1", pv1, cr)
    icd = ICD[c["animal"]["species"]]
    hseg(b, "DG1", ["1", "", f"{icd[0]}^{icd[1]}^I10", "", P(fd(c["bite"].date(), "hl7"), "date"), "W"], cr)
    hseg(b, "DG1", ["2", "", f"{c['site'][0]}^{c['site'][1]}^I10", "", "", "W"], cr)
    pl = v["plan"]
    if pl[0] != "SELF":
        f = ["1", f"{pl[0]}^{pl[1]}", digits(6), pl[1]] + blank(11) + \
            [[P(H(v["last"]), "name"), "^", P(H(v["first"]), "name")], "18^Self^HL70063",
             P(fd(v["dob"], "hl7"), "date")] + blank(17) + [P(pl[2], "health_plan")]
        hseg(b, "IN1", f, cr)
    b.t(f" (bytes={R.randint(900, 2400)})")
    return [b]


def g_hl7_block():
    """ADT^A08 from a clinic interface, stored one segment per line."""
    c = get_case()
    v, g = c["victim"], c["guardian"]
    fac = c["fac"][0]
    t = tick()
    out = []
    b = L("hl7_segment")
    hseg(b, "MSH", ["^~\\&", R.choice(["ATHENA", "ECW", "CERNER"]), fac, "RHAPSODY", "NMDOH",
                    f_hl7(t) + "-0600", "", "ADT^A08^ADT_A01", f"{fac[:4]}{digits(12)}", "P", "2.5.1", "", "", "AL", "NE"])
    out.append(b)
    b = L("hl7_segment")
    hseg(b, "EVN", ["A08", f_hl7(t), "", "", f"{R.choice(['jhalvorsen', 'mreyes', 'IFACE'])}"])
    out.append(b)
    b = L("hl7_segment")
    hseg(b, "PID", pid_fields(c, v, fac, with_ssn=R.random() < 0.3, email=g is None and R.random() < 0.5))
    out.append(b)
    if g:
        b = L("hl7_segment")
        hseg(b, "NK1", ["1", [P(H(g["last"]), "name"), "^", P(H(g["first"]), "name")],
                        R.choice(["MTH^Mother^HL70063" if g["female"] else "FTH^Father^HL70063", "GRD^Guardian^HL70063"]),
                        "", ["^PRN^CP^^1^", P(f"{g['cell'][0]}^{g['cell'][1]}{g['cell'][2]}", "phone")]])
        out.append(b)
    doc = c["doc"]
    b = L("hl7_segment")
    hseg(b, "PV1", ["1", "O", f"{c['fac'][2]}^^^{fac}", "", "", "", f"{doc[0]}^{doc[1]}^{doc[2]}^^^^{doc[3]}"] +
         blank(11) + [P(c["visit"], "other_id")] + blank(24) + [P(f_hl7(c["bite"] + TD(hours=R.randint(1, 30))), "date")])
    out.append(b)
    icd = ICD[c["animal"]["species"]]
    b = L("hl7_segment")
    hseg(b, "DG1", ["1", "", f"{icd[0]}^{icd[1]}^I10", "", "", "A"])
    out.append(b)
    b = L("hl7_segment")
    hseg(b, "DG1", ["2", "", f"{c['site'][0]}^{c['site'][1]}^I10", "", "", "A"])
    out.append(b)
    if c["pep"]:
        b = L("hl7_segment")
        hseg(b, "DG1", ["3", "", "Z20.3^Contact with and (suspected) exposure to rabies^I10", "", "", "A"])
        out.append(b)
    return out


def g_oru_block():
    """Human RFFIT titer result from state lab to NBS."""
    c = mk_case()
    shift_early(c, (c["d0"] - TODAY).days + R.randint(45, 70))
    v = c["victim"]
    t = tick()
    acc = f"SLD24-S-{R.randint(1000, 9999):05d}"
    out = []
    b = L("hl7_segment")
    hseg(b, "MSH", ["^~\\&", "STARLIMS^2.16.840.1.114222.4.3.3.2.5.2^ISO", "NMSLD^2.16.840.1.114222.4.1.10411^ISO",
                    "NBS^2.16.840.1.114222.4.1.185.1^ISO", "NMDOH^2.16.840.1.114222.4.1.3680^ISO",
                    f_hl7(t) + "-0600", "", "ORU^R01^ORU_R01", f"SLD{digits(14)}", "P", "2.5.1", "", "", "NE", "NE",
                    "", "", "", "", "PHLabReport-NoAck^ELR_Receiver^2.16.840.1.113883.9.11^ISO"])
    out.append(b)
    b = L("hl7_segment")
    hseg(b, "SFT", ["STARLIMS Corporation^L^^^^&2.16.840.1.114222.4.1.99^ISO^XX^^^1234", "11.4.2", "STARLIMS", "11.4.2.3317", "", "20231102"])
    out.append(b)
    b = L("hl7_segment")
    name = [P(H(v["last"]), "name"), "^", P(H(v["first"]), "name")]
    h = v["home"]
    hseg(b, "PID", ["1", "", [P(v["mrn"], "mrn"), f"^^^{c['fac'][0]}&2.16.840.1.114222.4.1.{R.randint(10000, 99999)}&ISO^MR"], "",
                    name, "", P(fd(v["dob"], "hl7"), "date"), "F" if v["female"] else "M", "", "",
                    [P(H(h["street"]), "address"), "^^", P(H(h["city"]), "address"), "^NM^", P(h["zip"], "zip")]])
    out.append(b)
    col = DT.combine(c["doses"][3] + TD(days=R.randint(14, 21)), datetime.time(R.randint(8, 15), R.choice([0, 15, 30, 45])))
    b = L("hl7_segment")
    hseg(b, "ORC", ["RE", f"ORD{digits(7)}", f"{acc}^NMSLD^2.16.840.1.114222.4.1.10411^ISO"] + blank(8) +
         [f"{c['doc'][0]}^{c['doc'][1]}^{c['doc'][2]}^^^^^^NPI^L"])
    out.append(b)
    b = L("hl7_segment")
    hseg(b, "OBR", ["1", f"ORD{digits(7)}", acc, "RABAB^Rabies virus neutralizing antibody (RFFIT)^L", "", "",
                    P(f_hl7(col), "date")] + blank(17) + ["F"])
    out.append(b)
    titer = R.choice(["0.5", "1.2", "3.8", "0.2", "7.4", "2.1"])
    b = L("hl7_segment")
    hseg(b, "OBX", ["1", "NM", "RFFIT^Rabies RFFIT titer^L", "1", titer, "IU/mL^IU/mL^UCUM", ">=0.5",
                    "N" if float(titer) >= 0.5 else "L", "", "", "F", "", "",
                    P(f_hl7(col + TD(days=R.randint(3, 9))), "date")])
    out.append(b)
    b = L("hl7_segment")
    hseg(b, "SPM", ["1", f"{acc}&NMSLD", "", "SER^Serum^HL70487"] + blank(12) + [P(f_hl7(col), "date")])
    out.append(b)
    b = L("hl7_segment")
    hseg(b, "NTE", ["1", "L", R.choice(["Adequate response to rabies vaccination (>=0.5 IU/mL).",
                                         "Titer below 0.5 IU/mL; consult state public health veterinarian re: booster.",
                                         "Specimen received ambient; acceptable per SOP RAB-007."])])
    out.append(b)
    return out


def g_vxu_block():
    c = get_case(0.2)
    v = c["victim"]
    t = tick()
    fac = c["fac"][0]
    out = []
    b = L("hl7_segment")
    hseg(b, "MSH", ["^~\\&", "RABIES_PEP", "NMDOH", "NMSIIS", "NMSIIS", f_hl7(t) + "-0600", "", "VXU^V04^VXU_V04",
                    f"PEP{digits(10)}", "P", "2.5.1", "", "", "ER", "AL", "", "", "", "", "Z22^CDCPHINVS"])
    out.append(b)
    b = L("hl7_segment")
    hseg(b, "PID", pid_fields(c, v, fac)[:13])
    out.append(b)
    past = [i for i, d in enumerate(c["doses"]) if d <= TODAY]
    if not past:
        shift_early(c, R.randint(20, 40))
        past = [0, 1, 2, 3]
    dose_i = R.choice(past)
    dd = DT.combine(c["doses"][dose_i], datetime.time(R.randint(8, 17), R.choice([5, 20, 35, 50])))
    doc = c["doc"]
    if dose_i == 0 and R.random() < 0.7:
        iu = c["weight"] * 20
        b = L("hl7_segment")
        hseg(b, "RXA", ["0", "1", P(f_hl7(dd), "date"), P(f_hl7(dd), "date"), "34^rabies immune globulin^CVX",
                        str(iu), "[iU]^international units^UCUM", "", "00^New immunization record^NIP001",
                        f"{doc[0]}^{doc[1]}^{doc[2]}^^^^^^^^^^NPI", f"^^^{fac}", "", "", "", R.choice(LOTS),
                        f"2025{R.randint(1, 12):02d}28", R.choice(["GRF^Grifols^MVX", "KED^Kedrion^MVX"]), "", "", "CP", "A"])
        out.append(b)
    b = L("hl7_segment")
    hseg(b, "RXA", ["0", "1", P(f_hl7(dd), "date"), P(f_hl7(dd), "date"),
                    R.choice(["175^Rabies - IM fibroblast culture^CVX", "176^Rabies - IM diploid cell culture^CVX"]),
                    "1.0", "mL^mL^UCUM", "", "00^New immunization record^NIP001",
                    f"{doc[0]}^{doc[1]}^{doc[2]}^^^^^^^^^^NPI", f"^^^{fac}", "", "", "", R.choice(LOTS),
                    f"2026{R.randint(1, 12):02d}30", R.choice(["PMC^sanofi pasteur^MVX", "BN^Bavarian Nordic^MVX"]), "", "", "CP", "A"])
    out.append(b)
    b = L("hl7_segment")
    hseg(b, "RXR", ["C28161^Intramuscular^NCIT", R.choice(["LD^Left Deltoid^HL70163", "RD^Right Deltoid^HL70163", "LT^Left Thigh^HL70163"])])
    out.append(b)
    b = L("hl7_segment")
    hseg(b, "OBX", ["1", "CE", "64994-7^Vaccine funding program eligibility category^LN", "1",
                    "V01^Not VFC eligible^HL70064", "", "", "", "", "", "F", "", "", P(fd(dd.date(), "hl7"), "date"),
                    "", "", "VXC40^Eligibility captured at the immunization level^CDCPHINVS"])
    out.append(b)
    return out


def g_webform():
    c = get_case(0.7)
    v, g, o, a = c["victim"], c["guardian"], c["owner"], c["animal"]
    t = tick()
    rtype = R.choice(["SELF", "PARENT", "CLINICIAN"]) if g else R.choice(["SELF", "SELF", "CLINICIAN"])
    if g and rtype == "SELF":
        rtype = "PARENT"
    rep = g if rtype == "PARENT" else v
    out = []
    public = rtype != "CLINICIAN"
    ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Linux; Android 14; SM-A536U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.6613.127 Mobile Safari/537.36",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36 Edg/128.0.2739.67"])
    sub = ruuid()
    if public:
        b = L("nginx_access")
        lang = "es" if rep["lang"] == "es" else "en"
        b.p(rep["ip"], "ip").t(f" - - [{f_nginx(t)}] \"POST /api/public/v1/bite-report HTTP/2.0\" 201 {R.randint(120, 190)} "
                                f"\"https://zoonoses.nmhealth.example.gov/report-a-bite?lang={lang}\" \"{ua}\" rt={R.randint(80, 600) / 1000:.3f} "
                                f"uct=\"0.000\" req_id={hexs(32)}")
        out.append(b)
        t = tick(0, 1)
    h = v["home"]
    victim = {"firstName": P(v["first"], "name"), "lastName": P(v["last"], "name"),
              "dateOfBirth": P(fd(v["dob"], R.choice(["iso", "us"])), "date"),
              "ageYears": PN(v["age"], "age" if v["age"] > 89 else None),
              "sex": "F" if v["female"] else "M",
              "address": {"line1": P(h["street"], "address"), "line2": P(h["unit"], "address" if h["unit"] else None),
                          "city": P(h["city"], "address"), "county": P(h["county"], "address"), "state": "NM",
                          "zip": P(h["zip"], "zip")},
              "phone": P(fmt_phone(v["phone"]), "phone") if not g else None,
              "preferredLanguage": "es" if v["lang"] == "es" else "en"}
    inc = {"dateTime": P(c["bite"].strftime("%Y-%m-%dT%H:%M"), "date"),
           "animalType": a["species"].upper(), "bodyPart": c["site"][2],
           "provoked": R.choice([True, False]), "skinBroken": True,
           "location": R.choice(["backyard", "public park", "trailhead", "neighbor's yard", "inside home (bedroom)"])}
    animal = {"ownerKnown": o is not None}
    if o:
        oh = o["home"]
        animal.update({"ownerName": P(nm(o, R.choice(["fl", "lf", "FL"])), "name"),
                       "ownerPhone": P(fmt_phone(o["phone"]), "phone"),
                       "ownerAddress": P(f"{oh['street']}, {oh['city']}, NM {oh['zip']}", "address"),
                       "petName": a["name"], "microchip": a["chip"], "rabiesTag": a["tag"]})
        if R.random() < 0.25:
            animal["ownerSocial"] = P(f"https://www.facebook.com/{fb_slug(o)}.{digits(3)}", "url")
    rec = {"submissionId": sub, "formVersion": "3.2.1", "receivedAt": f_isoz(t), "reporterType": rtype}
    if rtype == "CLINICIAN":
        fac = c["fac"]
        rec["reporter"] = {"name": f"{c['doc'][2].title()} {c['doc'][1].title()}, {c['doc'][3]}", "facility": fac[1],
                           "phone": f"505-{R.randint(200, 999)}-{digits(4)}", "npi": c["doc"][0]}
    else:
        rec["reporter"] = {"name": P(nm(rep, "fl"), "name"), "email": P(rep["email"], "email"),
                           "phone": P(fmt_phone(rep["cell"]), "phone"),
                           "relationship": "PARENT" if rep is g else "SELF"}
    rec["victim"] = {k: vv for k, vv in victim.items() if vv is not None}
    rec["incident"] = inc
    rec["animal"] = animal
    if public:
        rec["clientIp"] = P(rep["ip"], "ip")
        if "Android" in ua and R.random() < 0.75:
            rec["device"] = {"platform": "android", "appVersion": "2.4.1", "androidId": P(hexs(16), "device")}
        elif "iPhone" in ua and R.random() < 0.75:
            rec["device"] = {"platform": "ios", "appVersion": "2.4.0", "idfv": P(str(uuid.UUID(int=R.getrandbits(128))).upper(), "device")}
    if R.random() < 0.3:
        rec["attachments"] = [{"kind": R.choice(["wound_photo", "animal_photo"]), "mime": "image/jpeg",
                               "sizeBytes": R.randint(40000, 900000), "sha256": hexs(64)}]
    if public and R.random() < 0.25:
        rec.setdefault("attachments", []).append({"kind": "photo_id", "mime": "image/jpeg",
                                                  "data": P(b64_img(R.randint(50, 90)), "photo")})
    b = L("webform_json")
    b.t(f"{f_iso(t)} bite-intake-api[{R.randint(1000, 9999)}]: form.received ")
    b.json(rec, compact=True)
    out.append(b)
    return out


def g_spring_phi():
    c = get_case()
    v, o, a = c["victim"], c["owner"], c["animal"]
    t = tick()
    pid = R.choice([4182, 4182, 5120])
    thr = R.choice(["nio-8443-exec-7", "nio-8443-exec-2", "scheduling-1", "task-3", "nio-8443-exec-11"])
    b = L("spring_boot")
    k = R.randint(0, 8)
    if k == 0:
        b.t(spring(t, "INFO", pid, thr, "gov.nm.doh.zoo.bite.web.BiteReportController") + "Received bite report reportId=")
        b.p(c["br"], "other_id").t(" source=").t(R.choice(["WEB", "HL7", "FAX_OCR"])).t(' victim="')
        b.p(nm(v, R.choice(["lf", "LF"])), "name").t('" dob=').p(fd(v["dob"], "iso"), "date").t(" county=")
        b.p(v["home"]["county"], "address").t(f" species={a['species']}")
    elif k == 1:
        n = R.choice(past_doses(c))
        b.t(spring(t, "INFO", pid, thr, "gov.nm.doh.zoo.pep.PepDoseService") + "PEP dose recorded personId=")
        b.p(c["psn"], "other_id").t(f" series=").p(c["pepid"], "other_id").t(f" dose={n}/4 product={R.choice(['IMOVAX', 'RABAVERT'])} lot={R.choice(LOTS)} administered=")
        b.p(fd(c["doses"][n - 1], "iso"), "date").t(f" site={R.choice(['L deltoid', 'R deltoid'])} facility={c['fac'][0]}")
    elif k == 2:
        n = max(past_doses(c))
        if n < 2:
            shift_early(c, R.randint(4, 9))
            n = max(past_doses(c))
        b.t(spring(t, "WARN", pid, thr, "gov.nm.doh.zoo.pep.PepScheduleService") + f"Dose {n} overdue for ")
        b.p(c["psn"], "other_id").t(" (").p(nm(v, "lf"), "name").t(") due ").p(fd(c["doses"][n - 1], "iso"), "date")
        b.t(f" - notifying assigned epi {c['epi'][0]}")
    elif k == 3:
        b.t(spring(t, "DEBUG", pid, thr, "gov.nm.doh.zoo.person.PersonMatchService") + "candidate=")
        b.p(c["psn"], "other_id").t(f" score=0.9{R.randint(0, 9)} input[name=").p(nm(v, "FL"), "name")
        b.t(", dob=").p(fd(v["dob"], "us"), "date").t(", phone=").p(fmt_phone(v["phone"], "plain"), "phone").t("]")
    elif k == 4:
        b.t(spring(t, "ERROR", pid, thr, "o.h.engine.jdbc.spi.SqlExceptionHelper") + "Violation of UNIQUE KEY constraint 'UQ_Person_SSN'. "
                             "Cannot insert duplicate key in object 'dbo.Person'. The duplicate key value is (")
        b.p(v["ssn"], "ssn").t(").")
    elif k == 5:
        b.t(spring(t, "WARN", pid, thr, "o.s.w.s.m.s.DefaultHandlerExceptionResolver") + "Resolved [org.springframework.http.converter.HttpMessageNotReadableException: "
                            "JSON parse error: Cannot deserialize value of type `java.time.LocalDate` from String \"")
        b.p(fd(v["dob"], "es"), "date").t("\": Failed to deserialize java.time.LocalDate: (java.time.format.DateTimeParseException) Text '")
        b.p(fd(v["dob"], "es"), "date").t("' could not be parsed at index 2]")
    elif k == 6 and o:
        b.t(spring(t, "INFO", pid, thr, "gov.nm.doh.zoo.quarantine.QuarantineOrderService") + "Quarantine order issued qid=" + c["qid"] + " owner=\"")
        oh = o["home"]
        b.p(nm(o, "fl"), "name").t('" addr="').p(f"{oh['street']}, {oh['city']}", "address").t(f"\" animal={a['name']} chip={a['chip']} start=")
        b.p(fd(c["qstart"], "iso"), "date").t(" release=").p(fd(c["qend"], "iso"), "date").t(f" type={R.choice(['HOME', 'HOME', 'SHELTER', 'VET'])}")
    elif k == 7:
        b.t(spring(t, "INFO", pid, thr, "gov.nm.doh.zoo.nbs.NbsNotificationPublisher") + "Investigation ")
        b.p(c["cas"], "other_id").t(" linked to patient ").p(c["psn"], "other_id").t(" (uid=").p(v["uid"], "other_id")
        b.t(f") condition=10340 jurisdiction={R.randint(1, 5):02d} traceId={hexs(32)}")
    else:
        b.t(spring(t, "INFO", pid, thr, "gov.nm.doh.zoo.portal.PortalAccountService") + "password reset requested for portal user '")
        b.p(v["username"], "other_id").t("' email=").p(v["email"], "email").t(f" via helpdesk session from 10.40.{R.randint(1, 9)}.{R.randint(2, 250)}")
    return [b]


def g_python_phi():
    c = get_case()
    v = c["victim"]
    t = tick()
    b = L("python_logging")
    k = R.randint(0, 5)
    if k == 0:
        b.t(f"{f_py(t)} INFO pep_etl.load: upsert pep_series person_id=").p(c["psn"], "other_id")
        b.t(" series_id=").p(c["pepid"], "other_id")
        for lab, d in zip(("d0", "d3", "d7", "d14"), c["doses"]):
            b.t(f" {lab}=").p(fd(d, "iso"), "date")
        b.t(f" rig_iu={c['weight'] * 20} status={R.choice(['IN_PROGRESS', 'COMPLETE', 'INCOMPLETE_LTFU'])}")
    elif k == 1:
        b.t(f"{f_py(t)} WARNING pep_etl.validate: row {R.randint(2, 1500)} of bite_reports_20240916.csv: fecha_nacimiento '")
        b.p(fd(v["dob"], "dot"), "date").t("' not ISO for '").p(nm(v, "LF"), "name").t("' -> coerced to ").p(fd(v["dob"], "iso"), "date")
    elif k == 2:
        h = v["home"]
        b.t(f"{f_py(t)} INFO bite_etl.geocode: geocoded '").p(f"{h['street']}, {h['city']}", "address").t(", NM ").p(h["zip"], "zip")
        b.t("' -> (").p(f"{h['lat']}, {h['lon']}", "address").t(") tract=").p(h["tract"], "address").t(f" score={R.randint(880, 1000) / 10}")
    elif k == 3:
        b.t(f"{f_py(t)} DEBUG bite_etl.match: candidate ").p(c["psn"], "other_id")
        b.t(f" jaro={R.uniform(0.86, 0.99):.3f} name=").p(repr(nm(v, 'fl')), "name").t(" dob=").p(fd(v["dob"], "hl7"), "date")
    elif k == 4:
        g = c["guardian"] or v
        b.t(f"{f_py(t)} ERROR pep_etl.notify: Twilio 21211 invalid 'To' phone number ").p(fmt_phone(g["cell"], "e164"), "phone")
        b.t(" for person_id=").p(c["psn"], "other_id").t(" - falling back to email ").p(g["email"], "email")
    else:
        b.t(f"{f_py(t)} INFO bite_etl.transform: record {{'case_id': '").p(c["cas"], "other_id").t("', 'nombre': '")
        b.p(v["first"], "name").t("', 'apellido': '").p(v["last"], "name").t("', 'fecha_mordedura': '")
        b.p(fd(c["bite"].date(), "es"), "date").t(f"', 'especie': '{SP_ES[c['animal']['species']]}', 'edad': ")
        b.p(str(v["age"]), "age" if v["age"] > 89 else None).t("}")
    return [b]


def g_structlog_phi():
    c = get_case()
    v, g = c["victim"], c["guardian"]
    t = tick()
    tgt = g or v
    n = next_dose(c)
    rec = {"timestamp": f_isoz(t), "level": "info", "logger": "pep_reminder.sender", "event": "reminder_sent",
           "channel": R.choice(["sms", "sms", "email", "voice"])}
    if rec["channel"] == "email":
        rec["to"] = P(tgt["email"], "email")
    else:
        rec["to"] = P(fmt_phone(tgt["cell"], "e164"), "phone")
    rec.update({"patient_id": P(c["psn"], "other_id"), "dose_number": n,
                "due_date": P(fd(c["doses"][n - 1], "iso"), "date"),
                "lang": tgt["lang"], "template": f"PEP_DOSE_DUE_{tgt['lang'].upper()}",
                "provider_msg_id": "SM" + hexs(32), "attempt": 1})
    b = L("structlog_json")
    b.json(rec)
    return [b]


def g_sms():
    c = get_case()
    v, g = c["victim"], c["guardian"]
    tgt = g or v
    t = tick()
    n = next_dose(c)
    due = c["doses"][n - 1]
    b = L("sms_gateway")
    b.t(f"{f_logback(t)} INFO  [sms-dispatch-{R.randint(1, 4)}] g.n.d.z.notify.TwilioSmsClient - POST /2010-04-01/Accounts/AC{hexs(32)}/Messages.json To=")
    b.p(fmt_phone(tgt["cell"], "e164"), "phone").t(" From=+15058270006 Body=\"")
    hr = f"{R.randint(8, 16)}:{R.choice(['00', '15', '30', '45'])}"
    if tgt["lang"] == "es":
        b.t("NMDOH: Recordatorio - ").p(v["first"], "name").t(f" tiene su dosis {n} de la vacuna contra la rabia el ")
        b.p(fd(due, "es"), "date").t(f" a las {hr} en {c['fac'][1]}. Responda STOP para cancelar.\"")
    else:
        b.t("NMDOH: Reminder - ").p(v["first"], "name").t(f"'s rabies vaccine dose {n} is due ")
        b.p(fd(due, R.choice(["us", "short_mon"])), "date").t(f" at {hr} at {c['fac'][1]}. Reply STOP to opt out.\"")
    b.t(f" status=queued sid=SM{hexs(32)}")
    return [b]


def g_postfix_phi():
    c = get_case()
    tgt = c["guardian"] or c["victim"]
    t = tick()
    qid = hexs(10).upper()
    b = L("postfix")
    b.t(f"{f_sys(t)} mail01 postfix/smtp[{R.randint(2000, 9000)}]: {qid}: to=<").p(tgt["email"], "email")
    relay = R.choice(["gmail-smtp-in.l.google.com[142.250.115.27]:25", "mta7.am0.yahoodns.net[67.195.204.72]:25",
                      "outlook-com.olc.protection.outlook.com[52.101.42.4]:25"])
    b.t(f">, relay={relay}, delay={R.uniform(0.3, 3):.1f}, delays=0.1/0/0.3/0.8, dsn=2.0.0, status=sent (250 2.0.0 OK {R.randint(1726500000, 1726599999)} {hexs(12)})")
    return [b]


def g_payment():
    c = get_case(0.3)
    o = c["owner"] or mk_person()
    t = tick()
    b = L("spring_boot")
    card = "4" + digits(14)
    s = sum(int(d) if i % 2 else (int(d) * 2 if int(d) * 2 < 10 else int(d) * 2 - 9) for i, d in enumerate(reversed(card + "0")))
    card += str((10 - s % 10) % 10)
    if R.random() < 0.5:
        b.t(spring(t, "ERROR", 5120, "payment-exec-2", "gov.nm.doh.zoo.pay.GatewayClient") + "Authorize failed code=05 DECLINED card=")
        b.p(" ".join(card[i:i + 4] for i in range(0, 16, 4)), "account").t(f" exp={R.randint(1, 12):02d}/{R.randint(25, 29)} name=\"")
        b.p(nm(o, "lf"), "name").t(f"\" amount={R.choice(['150.00', '225.00', '75.00'])} invoice=INV-{c['qid']}")
    else:
        b.t(spring(t, "INFO", 5120, "payment-exec-1", "gov.nm.doh.zoo.pay.GatewayClient") + f"Captured boarding fee invoice=INV-{c['qid']} card=************{card[-4:]} payer=\"")
        b.p(nm(o, "fl"), "name").t(f"\" amount={R.choice(['150.00', '225.00', '300.00'])} authCode={hexs(6).upper()}")
    return [b]


def g_nbs_phi():
    c = get_case()
    v = c["victim"]
    t = tick()
    b = L("nbs_msglog")
    k = R.randint(0, 3)
    pre = f"{f_py(t)} [ELRWorker-{R.randint(1, 6)}] INFO  gov.cdc.nedss.elr.ejb.ELRProcessor - "
    if k == 0:
        b.t(pre + "Patient matched MPR uid=").p(v["uid"], "other_id").t(" local_id=").p(c["psn"], "other_id")
        b.t(" (").p(nm(v, "LF"), "name").t(" dob ").p(fd(v["dob"], "iso"), "date").t(f") msg_id={R.randint(100000, 999999)} doc_type=11648804")
    elif k == 1:
        b.t(f"{f_py(t)} [NotificationWorker-1] INFO  gov.cdc.nedss.notification.NNDMessageProcessor - Notification ")
        b.p(c["notif"], "other_id").t(" for investigation ").p(c["cas"], "other_id")
        b.t(f" condition_cd={R.choice(['10340', '10460'])} status=APPROVED -> queued for MVPS batch NNDSS-20240917-{R.randint(1, 4):02d}")
    elif k == 2:
        b.t(f"{f_py(t)} [ELRWorker-{R.randint(1, 6)}] WARN  gov.cdc.nedss.elr.ejb.ELRProcessor - Possible duplicate person: incoming ")
        b.p(H(v["last"]), "name").t("^").p(H(v["first"]), "name").t(" ").p(fd(v["dob"], "hl7"), "date")
        b.t(" zip ").p(v["home"]["zip"], "zip").t(" vs existing ").p(c["psn"], "other_id").t(" - routed to Merge Candidate queue")
    else:
        b.t(f"{f_py(t)} [EventWorker-2] INFO  gov.cdc.nedss.investigation.InvestigationProxyEJB - ")
        b.t(f"User {c['epi'][0]} updated ").p(c["cas"], "other_id").t(" RAB_EXPOSURE_DT=")
        b.p(fd(c["bite"].date(), "us"), "date").t(" INV_RPT_DT=").p(fd(c["bite"].date() + TD(days=R.randint(1, 3)), "us"), "date")
        b.t(" INV_STATE_CASE_ID=").p(f"NM-RAB-24-{R.randint(100, 999):04d}", "other_id").t(f" jurisdiction={R.choice(['BERN', 'DONA', 'SANT', 'SJUA'])}")
    return [b]


def g_sqlxe_phi():
    c = get_case()
    v = c["victim"]
    t = tick()
    b = L("sqlserver_xe")
    k = R.randint(0, 2)
    b.t(f"{f_sql(t)} spid{R.randint(51, 140)} xe_event=sql_batch_completed db=ZoonosisDB app=\"{R.choice(['Zoonosis ETL', 'ZoonosisApi', 'Microsoft SQL Server Management Studio - Query'])}\" duration_us={R.randint(300, 90000)} statement=\"")
    if k == 0:
        b.t("SELECT PersonId, LastName, FirstName, DOB FROM dbo.BiteVictim WHERE LastName = N'")
        b.p(v["last"].replace("'", "''"), "name").t("' AND DOB = '").p(fd(v["dob"], "iso"), "date").t("'\"")
    elif k == 1:
        n = R.randint(2, 4)
        b.t(f"UPDATE dbo.PepSeries SET Dose{n}Date = '").p(fd(c["doses"][n - 1], "iso"), "date")
        b.t("', ModifiedBy = N'svc_zoo_etl' WHERE PersonLocalId = N'").p(c["psn"], "other_id").t("'\"")
    else:
        o = c["owner"] or mk_person()
        b.t("INSERT INTO dbo.AnimalOwner (OwnerLast, OwnerFirst, Phone, Street, Zip, DLNumber) VALUES (N'")
        b.p(o["last"].replace("'", "''"), "name").t("', N'").p(o["first"], "name").t("', '").p(fmt_phone(o["phone"], "plain"), "phone")
        b.t("', N'").p(o["home"]["street"], "address").t("', '").p(o["home"]["zip"], "zip").t("', '").p(o["dl"], "license").t("')\"")
    b.t(f" rows={R.randint(0, 1)}")
    return [b]


def g_sftp_phi():
    c = get_case()
    v = c["victim"]
    t = tick()
    b = L("sftp_syslog")
    fac = c["fac"][0].lower()
    b.t(f"{f_sys(t)} sftp-gw01 internal-sftp[{R.randint(20000, 29999)}]: open \"/inbound/{fac}/")
    if R.random() < 0.5:
        b.t("BiteReport_").p(H(v["last"]).replace(" ", "").replace("'", ""), "name").t("_").p(H(v["first"]).split()[0], "name")
        b.t("_").p(v["dob"].strftime("%m%d%Y"), "date").t(".pdf\" flags READ mode 0666")
    else:
        b.t("PEP_consent_").p(ascii_(v["last"]).replace(" ", "-").replace("'", ""), "name").t("_").p(c["pepid"], "other_id")
        b.t(f".pdf\" flags WRITE,CREATE,TRUNCATE mode 0640")
    return [b]


def g_airflow_phi():
    c = get_case(0.2)
    v = c["victim"]
    t = tick()
    b = L("airflow")
    if v["age"] > 89 and R.random() < 0.8:
        b.t(f"{f_air(t)} {{mmg_validator.py:88}} WARNING - local_subject_id=").p(c["psn"], "other_id")
        b.t(" age_at_case=").p(str(v["age"]), "age").t(" birth_date=").p(fd(v["dob"], "iso"), "date")
        b.t(" flagged for review (age > 89)")
    else:
        b.t(f"{f_air(t)} {{mmg_validator.py:141}} ERROR - local_subject_id=").p(c["psn"], "other_id")
        b.t(" rejected: DEM115 birth_date=").p(fd(v["dob"], "hl7"), "date").t(" INV137 date_of_exposure=")
        b.p(fd(c["bite"].date(), "hl7"), "date").t("; INV502 county_of_residence='").p(v["home"]["county"], "address").t("' not in PHVS_County_FIPS_6-4")
    return [b]


def old_person_case():
    c = mk_case()
    v = mk_person("old")
    c["victim"] = v
    c["guardian"] = None
    c["psn"] = f"PSN{v['uid']}NM01"
    return c


def g_note():
    c = get_case(0.5)
    v, g, o, a = c["victim"], c["guardian"], c["owner"], c["animal"]
    t = tick()
    epi = c["epi"]
    b = L("epi_note")
    b.t(f"{f_logback(t)} NOTE inv=").p(c["cas"], "other_id").t(f" author={epi[0]} type={R.choice(['CONTACT', 'FOLLOWUP', 'GENERAL'])} text=\"")
    sp_es = SP_ES[a["species"]]
    spanish = (g or v)["lang"] == "es" and R.random() < 0.8
    k = R.randint(0, 3)
    if not spanish:
        if g and k < 2:
            b.t("Spoke w/ pt's mother " if g["female"] else "Spoke w/ pt's father ")
            b.p(nm(g, R.choice(["fl", "fml"])), "name").t(" ").p(fmt_phone(g["cell"], R.choice(["paren", "dash", "dots"])), "phone")
            b.t(". Child (").p(v["first"], "name").t(", DOB ").p(fd(v["dob"], "us_short"), "date").t(f") bitten on {c['site'][2]} by ")
        else:
            b.t("Called pt ").p(nm(v, R.choice(["fl", "init"])), "name").t(" @ ").p(fmt_phone(v["phone"], R.choice(["paren", "dash", "plain"])), "phone")
            b.t(f", confirmed {c['site'][2]} bite by ")
        if o:
            b.t(f"{'neighbor' if o['home'] is not v['home'] else 'family'}'s {a['species']} \\\"{a['name']}\\\" on ")
            b.p(fd(c["bite"].date(), R.choice(["md", "short_mon"])), "date").t(f" around {c['bite'].strftime('%H%M')}")
            if o["home"] is not v["home"]:
                b.t(" at ").p(o["home"]["street"], "address").t(". Owner ").p(nm(o, R.choice(["fl", "init", "fl"])), "name")
            else:
                b.t(". Owner is pt's relative (").p(o["first"], "name").t("),")
            b.t(f" agreed to 10-day home confinement through ").p(fd(c["qend"], "md"), "date")
            b.t(f"; {a['species']} {'UTD on rabies vax' if a['vacc'] == 'UTD' else 'vax status ' + a['vacc'].lower()} (tag {a['tag']}, chip {a['chip']}).")
            if R.random() < 0.3:
                b.t(" Owner cited, DL# ").p(o["dl"], "license").t(f", {a['species']} ran from ").t(R.choice(["white Ford F-150", "silver Tacoma", "red Silverado"]))
                b.t(" NM plate ").p(R.choice(["B", "A", "N"]) + R.choice("KRTXZ") + R.choice("PQDLM") + digits(3), "vehicle").t(".")
            if R.random() < 0.15:
                b.t(" Owner requests quarantine paperwork by fax to ").p(fmt_phone(phone_parts(o["home"]["area"]), R.choice(["dash", "paren"])), "fax").t(".")
            if R.random() < 0.35:
                b.t(" Owner found via lost-pet post ").p(f"https://www.facebook.com/{fb_slug(o)}.{digits(4)}", "url").t(".")
            b.t(" No PEP indicated at this time." if not c["pep"] else " PEP started as precaution.")
        else:
            b.t(f"{a['species']} ({'found in bedroom, pt was asleep' if a['species'] == 'bat' else 'wild, not captured'}) on ")
            b.p(fd(c["bite"].date(), R.choice(["us", "md", "long"])), "date")
            b.t(f". PEP initiated {c['fac'][0]}: HRIG {c['weight'] * 20} IU + vaccine d0 ").p(fd(c["doses"][0], "md"), "date")
            b.t(", next doses ").p(fd(c["doses"][1], "md"), "date").t(", ").p(fd(c["doses"][2], "md"), "date").t(", ")
            b.p(fd(c["doses"][3], "md"), "date").t(".")
            if v["age"] > 89:
                b.t(" Pt is ").p(str(v["age"]), "age").t(" y/o, lives alone at ").p(v["home"]["street"], "address").t(", daughter to drive.")
        b.t(f" -{epi[0].split('_')[1]}\"")
    else:
        tgt = g or v
        b.t("Se habló con ").t("la Sra. " if tgt["female"] else "el Sr. ").p(nm(tgt, R.choice(["fl", "fml"])), "name")
        b.t(" al ").p(fmt_phone(tgt["cell"], R.choice(["dash", "paren"])), "phone").t(". ")
        if g:
            b.t("Su hij" + ("a " if v["female"] else "o ")).p(v["first"], "name").t(f" (fecha de nacimiento ").p(fd(v["dob"], "es"), "date")
            b.t(f") fue mordid{'a' if v['female'] else 'o'} por un {sp_es} el ")
        else:
            b.t(f"Fue mordid{'a' if v['female'] else 'o'} por un {sp_es} el ")
        b.p(fd(c["bite"].date(), R.choice(["long_es", "md_es", "es"])), "date").t(" en su casa en ")
        b.p(f"{v['home']['street']}, {v['home']['city']}", "address").t(f". Herida en {c['site'][3]}. ")
        if o and o["home"] is not v["home"]:
            b.t(f"El dueño del animal, ").p(nm(o, "fl"), "name").t(", vive en ").p(o["home"]["street"], "address")
            b.t(f"; el {sp_es} queda en cuarentena hasta el ").p(fd(c["qend"], "es"), "date").t(". ")
        if c["pep"]:
            b.t("Se recomendó profilaxis post-exposición; primera dosis aplicada el ").p(fd(c["doses"][0], "es"), "date")
            b.t(f" en {c['fac'][1]}. Próxima dosis: ").p(fd(c["doses"][1], "md_es"), "date").t(".")
        else:
            b.t("No se recomienda PEP por ahora.")
        b.t(f" Pide materiales en español. -{epi[0].split('_')[1]}\"")
    return [b]


def g_note_alt():
    """other kinds of epidemiologist notes (English, some mixed)"""
    c = get_case(0.5)
    v, g, o, a = c["victim"], c["guardian"], c["owner"], c["animal"]
    t = tick()
    epi = c["epi"]
    b = L("epi_note")
    k = R.randint(0, 3)
    b.t(f"{f_logback(t)} NOTE inv=").p(c["cas"], "other_id").t(f" author={epi[0]} type={['CONSULT', 'LTFU', 'CLOSURE', 'EXPOSURE'][k]} text=\"")
    doc = c["doc"]
    if k == 0:
        b.t(f"Consult from {doc[2].title()} {doc[1].title()}, {doc[3]} ({c['fac'][1]}) re: ").p(nm(v, R.choice(["LF", "fl", "lf"])), "name")
        b.t(", DOB ").p(fd(v["dob"], R.choice(["us", "mon", "iso"])), "date").t(", MRN ").p(v["mrn"], "mrn")
        b.t(f" - {a['species']} exposure ").p(fd(c["bite"].date(), R.choice(["md", "us_short"])), "date")
        b.t(f", {c['site'][2]}. Per ACIP 4-dose schedule: HRIG 20 IU/kg (wt {c['weight']} kg = {c['weight'] * 20} IU, infiltrate wound) + vaccine d0/3/7/14. ")
        if v["age"] > 89:
            b.t("Pt ").p(str(v["age"]), "age").t("yo, not immunocompromised per MD. ")
        b.t("Faxed PEP order set to ED 505-" + f"{R.randint(200, 999)}-{digits(4)}.")
    elif k == 1:
        n = max(past_doses(c))
        tgt = g or v
        b.t(f"{R.choice(['2nd', '3rd'])} attempt to reach ").p(nm(tgt, R.choice(["fl", "init", "FL"])), "name")
        b.t(f" re: missed dose {n} (due ").p(fd(c["doses"][n - 1], R.choice(["md", "us"])), "date").t("). Left VM at ")
        b.p(fmt_phone(tgt["cell"], R.choice(["paren", "dash", "dots", "plain"])), "phone").t("; letter mailed to ")
        h = tgt["home"]
        b.p(f"{h['street']}{' ' + h['unit'] if h['unit'] else ''}, {h['city']}", "address").t(" NM ").p(h["zip"], "zip")
        b.t(". Will close as LTFU if no contact by ").p(fd(TODAY + TD(days=R.randint(5, 10)), "md"), "date").t(".")
    elif k == 2:
        past_doses(c)
        b.t("PEP series complete for ").p(nm(v, R.choice(["fl", "lf", "init"])), "name").t(" (").p(c["pepid"], "other_id").t("): ")
        for lab, d in zip(("d0", "d3", "d7", "d14"), c["doses"]):
            b.t(f"{lab} ").p(fd(d, "md"), "date").t(" ")
        b.t(f"@ {c['fac'][0]}, HRIG given d0. No adverse events reported. Closing investigation.")
    else:
        p = v if v["age"] > 60 else mk_person("old", home=v["home"])
        b.t("Bat found in bedroom of ").p(nm(p, R.choice(["fl", "lf", "fml"])), "name").t(", ")
        if p["age"] > 89:
            b.p(str(p["age"]), "age").t(" y/o, ")
        else:
            b.t(f"{p['age']} y/o, ")
        b.t("at ").p(f"{p['home']['street']}, {p['home']['city']}", "address").t(" on ").p(fd(c["bite"].date(), R.choice(["short_mon", "md", "long"])), "date")
        b.t(f"; unable to rule out contact while asleep. Bat submitted to SLD as SLD24-R-{R.randint(100, 1999):05d} - ")
        b.t(R.choice(["result NEGATIVE, PEP not needed.", "result POSITIVE, PEP started same day.", "UNSAT (decomposed) -> treat as positive, PEP recommended."]))
        kid = mk_person("adult", last=p["last"])
        b.t(" Daughter (" if kid["female"] else " Son (").p(kid["first"], "name").t(") is point of contact.")
    b.t(f" -{epi[0].split('_')[1]}\"")
    return [b]


def mk_vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return R.choice(["1FT", "1GC", "3GN", "5TF", "1C6", "JTD"]) + "".join(R.choice(al) for _ in range(6)) + \
        R.choice("JKLMNPR") + R.choice(al) + digits(6)


def g_aco_citation():
    """county animal control (Chameleon-style) citation export, key=value"""
    c = get_case(0.6)
    while c["owner"] is None:
        c = mk_case()
    o = c["owner"]
    a = c["animal"]
    t = tick()
    b = L("aco_citation")
    oh = o["home"]
    b.t(f"{f_sys(t)} aco-sync01 chameleon-export[{R.randint(1000, 9999)}]: CITATION ").t(f"agency={R.choice(['BCAWD', 'DACACA', 'SFCAS', 'FAS'])} cit_no=")
    b.p(f"AC-24-{R.randint(10000, 19999)}", "other_id").t(f" officer=\"{c['aco']}\" viol=\"{R.choice(['7-2-5 at large', 'bite-no current vaccination', 'failure to confine', 'dog at large / bite'])}\" ")
    b.t("own_nm=\"").p(nm(o, R.choice(["LF", "lf", "fl"])), "name").t("\" own_addr=\"").p(f"{oh['street']}, {oh['city']}", "address")
    b.t("\" own_zip=").p(oh["zip"], "zip").t(" own_ph=").p(fmt_phone(o["phone"], R.choice(["plain", "dash"])), "phone")
    if R.random() < 0.4:
        b.t(" own_fax=").p(fmt_phone(phone_parts(oh["area"]), "dash"), "fax")
    b.t(" id_type=DL id_st=NM id_no=").p(o["dl"], "license")
    if R.random() < 0.6:
        b.t(" veh_plate=").p(R.choice(["B", "A", "N", "C"]) + R.choice("KRTXZ") + R.choice("PQDLM") + digits(3), "vehicle")
        if R.random() < 0.5:
            b.t(" veh_vin=").p(mk_vin(), "vehicle")
    b.t(f" animal=\"{a['name'] or 'unnamed'}\" species={a['species']} chip={a['chip']} fine_usd={R.choice([50, 100, 150, 250])}")
    return [b]


def g_quarantine_block():
    out = []
    b = L("csv_quarantine")
    b.t("quarantine_id,bite_report_id,owner_last,owner_first,owner_addr,owner_city,owner_zip,owner_phone,owner_fax,"
        "animal_name,species,breed,microchip,rabies_tag,vacc_status,q_start,q_end,q_location,officer")
    out.append(b)
    tick()
    for _ in range(R.randint(2, 4)):
        c = mk_case()
        tries = 0
        while c["owner"] is None and tries < 6:
            c = mk_case()
            tries += 1
        if c["owner"] is None:
            continue
        o, a = c["owner"], c["animal"]
        oh = o["home"]
        b = L("csv_quarantine")
        street = oh["street"] + (" " + oh["unit"] if oh["unit"] else "")
        need_q = '"' if "," in street else ""
        fax = P(fmt_phone(phone_parts(oh["area"]), "dash"), "fax") if a["species"] == "horse" or R.random() < 0.08 else P("")
        b.seq([c["qid"], ",", P(c["br"], "other_id"), ",", P(o["last"], "name"), ",", P(o["first"], "name"), ",",
               need_q, P(street, "address"), need_q, ",", P(oh["city"], "address"), ",", P(oh["zip"], "zip"), ",",
               P(fmt_phone(o["phone"], R.choice(["dash", "paren", "plain"])), "phone"), ",", fax, ",",
               a["name"], ",", a["species"], ",", a["breed"], ",", a["chip"], ",", a["tag"], ",", a["vacc"], ",",
               P(fd(c["qstart"], "us"), "date"), ",", P(fd(c["qend"], "us"), "date"), ",",
               R.choice(["HOME", "HOME", "SHELTER", "VET"]), ",", c["aco"]])
        out.append(b)
    return out


def g_lims_xml_human():
    c = mk_case()
    shift_early(c, (c["d0"] - TODAY).days + R.randint(36, 45))
    v = c["victim"]
    h = v["home"]
    tick()
    acc = f"SLD24-S-{R.randint(1000, 9999):05d}"
    col = DT.combine(c["doses"][3] + TD(days=R.randint(14, 21)), datetime.time(R.randint(8, 15), R.choice([0, 20, 40])))
    rows = [
        ["<LabSubmission xmlns=\"urn:nm-sld:lims:submission:3\" accession=\"", acc, "\" priority=\"ROUTINE\">"],
        ["  <Patient>"],
        ["    <LastName>", P(xesc(v["last"]), "name"), "</LastName>"],
        ["    <FirstName>", P(xesc(v["first"]), "name"), "</FirstName>"],
        ["    <BirthDate>", P(fd(v["dob"], "iso"), "date"), "</BirthDate>"],
        ["    <Sex>", "F" if v["female"] else "M", "</Sex>"],
        ["    <Address><Street>", P(xesc(h["street"]), "address"), "</Street><City>", P(h["city"], "address"),
         "</City><State>NM</State><Zip>", P(h["zip"], "zip"), "</Zip></Address>"],
        ["    <Phone type=\"home\">", P(fmt_phone(v["phone"], "dash"), "phone"), "</Phone>"],
        ["    <NbsPatientId>", P(c["psn"], "other_id"), "</NbsPatientId>"],
        ["  </Patient>"],
        ["  <Specimen type=\"SERUM\" collected=\"", P(col.strftime("%Y-%m-%dT%H:%M:%S"), "date"), "\" volumeMl=\"2.0\"/>"],
        ["  <Test code=\"RFFIT\" reason=\"PEP_FOLLOWUP\" shipTo=\"KSU-RABIES-LAB\"/>"],
        [f"  <OrderingProvider npi=\"{c['doc'][0]}\">{c['doc'][1].title()}, {c['doc'][2].title()}</OrderingProvider>"],
        ["</LabSubmission>"],
    ]
    out = []
    for r in rows:
        b = L("lims_xml")
        b.seq(r)
        out.append(b)
    return out


def g_lims_xml_line():
    c = get_case(0.5)
    a = c["animal"]
    t = tick()
    b = L("lims_xml")
    acc = f"SLD24-R-{R.randint(100, 1999):05d}"
    res = R.choice(["NEGATIVE", "NEGATIVE", "NEGATIVE", "POSITIVE", "UNSATISFACTORY"])
    b.t(f"{f_py(t)} INFO [lims.outbound] <SpecimenSubmission id=\"{acc}\" received=\"{(t - TD(days=1)).strftime('%Y-%m-%dT%H:%M:00-06:00')}\">"
        f"<Submitter agency=\"{R.choice(['Bernalillo County Animal Services', 'Doña Ana County Animal Control', 'Santa Fe Animal Shelter', 'City of Farmington Animal Services'])}\" contact=\"{c['aco']}\"/>"
        f"<Animal species=\"{a['species']}\" condition=\"{R.choice(['good', 'fair', 'decomposed'])}\" head=\"intact\"/>"
        f"<Test code=\"RAB-DFA\" status=\"FINAL\" result=\"{res}\"/>")
    b.t("<Exposure humansExposed=\"1\"><Person role=\"VICTIM\"><Name>").p(xesc(nm(c["victim"], "fl")), "name").t("</Name><Phone>")
    b.p(fmt_phone(c["victim"]["phone"], "paren"), "phone").t("</Phone><ExposureDate>").p(fd(c["bite"].date(), "iso"), "date")
    b.t("</ExposureDate><NbsCase>").p(c["cas"], "other_id").t("</NbsCase></Person></Exposure></SpecimenSubmission>")
    return [b]


def g_clinic_csv_block():
    """Spanish-header specimen/bite log exported by a border clinic (pipe-delimited)."""
    out = []
    b = L("csv_clinic")
    b.t("folio|apellidos|nombre|fecha_nacimiento|sexo|domicilio|municipio|cp|telefono|fecha_mordedura|especie|sitio|medico")
    out.append(b)
    tick()
    for _ in range(R.randint(2, 3)):
        c = mk_case()
        v = c["victim"]
        h = v["home"]
        b = L("csv_clinic")
        b.seq([f"F{R.randint(24000, 24999)}", "|", P(H(v["last"]), "name"), "|", P(H(v["first"]), "name"), "|",
               P(fd(v["dob"], "es"), "date"), "|", "F" if v["female"] else "M", "|",
               P(H(h["street"]), "address"), "|", P(H(h["city"]), "address"), "|", P(h["zip"], "zip"), "|",
               P(fmt_phone(v["phone"], "plain"), "phone"), "|", P(fd(c["bite"].date(), "es"), "date"), "|",
               {"dog": "PERRO", "cat": "GATO", "bat": "MURCIELAGO"}.get(c["animal"]["species"], c["animal"]["species"].upper()),
               "|", c["site"][3].upper(), "|", f"DR. {c['doc'][1]}"])
        out.append(b)
    return out


def g_contact_block():
    c = get_case(0.6)
    v = c["victim"]
    out = []
    t = tick()
    b = L("contact_tsv")
    b.t("# export bat_exposure_contacts_").p(c["cas"], "other_id").t(f".xlsx sheet=Contacts exported_by={c['epi'][0]} at {f_iso(t)}")
    out.append(b)
    b = L("contact_tsv")
    b.t("contact_id\tindex_case\tname\trelationship\tage\tphone\texposure_type\tpep_recommended\tpep_start\tnotes")
    out.append(b)
    vchild = v["age"] < 16
    for i in range(R.randint(2, 4)):
        if i == 0 and R.random() < 0.5:
            p = mk_person("old", last=v["last"], home=v["home"])
            rel = ("grandmother" if p["female"] else "grandfather") if v["age"] < 60 else ("sister" if p["female"] else "brother")
        else:
            kind = R.choice(["adult", "adult", "child"])
            p = mk_person(kind, last=v["last"] if R.random() < 0.7 else None, home=v["home"])
            if kind == "child":
                rel = ("sister" if p["female"] else "brother") if vchild else ("daughter" if p["female"] else "son")
            elif vchild:
                rel = R.choice(["mother" if p["female"] else "father", "aunt" if p["female"] else "uncle", "house guest"])
            else:
                rel = R.choice(["spouse", "roommate", "house guest", "neighbor", "sister" if p["female"] else "brother"])
        rec = R.choice(["Y", "Y", "N"])
        b = L("contact_tsv")
        b.seq([P(f"CT-{c['cas'][3:11]}-{i + 1:02d}", "other_id"), "\t", P(c["cas"], "other_id"), "\t",
               P(nm(p, R.choice(["fl", "lf", "fml"])), "name"), "\t", rel, "\t",
               P(str(p["age"]), "age" if p["age"] > 89 else None), "\t",
               P(fmt_phone(p["cell"], R.choice(["dash", "paren", "plain", "dots"])), "phone"), "\t",
               R.choice(["bat in bedroom while asleep", "handled bat w/o gloves", "no direct contact", "same room, awake"]), "\t",
               rec, "\t", P(fd(c["doses"][0], "us"), "date") if rec == "Y" else "", "\t",
               R.choice(["", "declined PEP", "prefers Spanish / prefiere español", "insurance: Medicaid", "needs transport"])])
        out.append(b)
    return out


def g_owner_photo():
    c = get_case(0.4)
    o = c["owner"] or mk_person()
    t = tick()
    b = L("webform_json")
    rec = {"ts": f_isoz(t), "svc": "quarantine-release-portal", "event": "release.request.submitted",
           "qid": c["qid"], "owner": {"fullName": P(nm(o, "fl"), "name"), "email": P(o["email"], "email"),
                                        "dlNumber": P(o["dl"], "license"), "dlState": "NM"},
           "ownerPhotoId": {"mime": "image/jpeg", "b64": P(b64_img(R.randint(60, 120)), "photo")},
           "petPhoto": {"mime": "image/jpeg", "b64": b64_img(R.randint(40, 70))},
           "animal": {"name": c["animal"]["name"] or R.choice(PET_NAMES), "microchip": c["animal"]["chip"]}}
    b.json(rec, compact=True)
    return [b]


def g_old_note():
    """ensure >89 ages appear in several forms"""
    c = old_person_case()
    v = c["victim"]
    t = tick()
    b = L("python_logging")
    b.t(f"{f_py(t)} INFO bite_etl.transform: MMG DEM age_reported=").p(str(v["age"]), "age").t(" age_unit=a (Years) for ")
    b.p(c["psn"], "other_id").t(" dob=").p(fd(v["dob"], "us"), "date").t(f" species={c['animal']['species']}")
    return [b]


def g_medicare_line():
    c = get_case(0.5)
    v = c["victim"]
    t = tick()
    b = L("spring_boot")
    plan = v["plan"]
    if plan[0] == "SELF":
        plan = ("MCR", "Medicare Part B", mk_mbi())
    b.t(spring(t, "INFO", 4182, "nio-8443-exec-4", "gov.nm.doh.zoo.billing.RigReimbursementService") + f"HRIG claim prepared payer={plan[0]} memberId=")
    b.p(plan[2], "health_plan").t(" patientAcct=").p(v["acct"], "account").t(" dos=").p(fd(c["doses"][0], "us"), "date")
    b.t(f" units={c['weight'] * 20 // 150 + 1} hcpcs=90375 ndc=13533-0318-01")
    return [b]


# ================================================================ noise generators
def n_spring():
    t = tick()
    pid = R.choice([4182, 5120])
    b = L("spring_boot")
    ex = f"nio-8443-exec-{R.randint(1, 12)}"
    opts = [
        ("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer", "Tomcat started on port(s): 8443 (https) with context path '/zoonosis'"),
        ("INFO", "main", "gov.nm.doh.zoo.ZoonosisApplication", f"Started ZoonosisApplication in {R.uniform(9, 20):.3f} seconds (process running for {R.uniform(20, 30):.2f})"),
        ("INFO", "main", "com.zaxxer.hikari.HikariDataSource", "HikariPool-1 - Start completed."),
        ("DEBUG", "HikariPool-1 housekeeper", "com.zaxxer.hikari.pool.HikariPool", f"HikariPool-1 - Pool stats (total=10, active={R.randint(0, 6)}, idle={R.randint(4, 10)}, waiting=0)"),
        ("INFO", "scheduling-1", "gov.nm.doh.zoo.pep.PepReminderJob", f"pepReminderJob completed in {R.randint(200, 900)} ms (due={R.randint(80, 140)}, sent={R.randint(70, 130)}, failed={R.randint(0, 9)})"),
        ("WARN", ex, "o.s.web.servlet.PageNotFound", "No mapping for GET /zoonosis/favicon.ico"),
        ("INFO", "scheduling-1", "gov.nm.doh.zoo.sftp.CdcExportJob", f"MVPS export batch=NNDSS-20240917-{R.randint(1, 4):02d} records={R.randint(3, 60)} file=NNDSS_RAB_{digits(8)}.hl7 sha256={hexs(64)}"),
        ("INFO", "main", "o.f.core.internal.command.DbMigrate", f"Migrating schema [dbo] to version \"{R.randint(50, 70)} - add pep series rig weight\""),
        ("INFO", "main", "o.f.core.internal.command.DbValidate", f"Successfully validated {R.randint(55, 70)} migrations (execution time 00:00.{R.randint(100, 999)}s)"),
        ("ERROR", "task-" + str(R.randint(1, 4)), "gov.nm.doh.zoo.nbs.NbsClient", f"NBS interface unavailable: java.net.SocketTimeoutException: Read timed out (host=nbs-app02.doh.nm.example:7001, attempt {R.randint(1, 5)}/5)"),
        ("INFO", ex, "gov.nm.doh.zoo.bite.web.BiteReportController", f"GET /api/v2/bite-reports?status=OPEN&page={R.randint(0, 9)} 200 in {R.randint(12, 300)}ms traceId={hexs(32)} spanId={hexs(16)}"),
        ("WARN", "scheduling-1", "o.s.s.c.ThreadPoolTaskScheduler", f"Task rejected, pool size {R.randint(4, 8)} exhausted; queue capacity 100"),
        ("INFO", "main", "o.a.k.clients.consumer.ConsumerConfig", "ConsumerConfig values: group.id = zoo-elr-consumer, max.poll.records = 200, session.timeout.ms = 45000"),
        ("INFO", "main", "gov.nm.doh.zoo.config.VaccineCatalog", "Loaded 4 rabies biologics: IMOVAX NDC 49281-0250-51, RABAVERT NDC 50090-1695-0, HYPERRAB NDC 13533-0318-01, KEDRAB NDC 76125-0150-10"),
        ("DEBUG", ex, "o.s.web.servlet.DispatcherServlet", "Completed 200 OK"),
        ("INFO", ex, "gov.nm.doh.zoo.audit.AuditService", f"user={R.choice(EPIS)[0]} action=VIEW_QUEUE queue=OPEN_BITES size={R.randint(5, 80)} ip=10.40.{R.randint(1, 9)}.{R.randint(2, 250)}"),
        ("WARN", ex, "o.s.w.s.m.s.DefaultHandlerExceptionResolver", "Resolved [org.springframework.web.HttpMediaTypeNotSupportedException: Content type 'text/plain;charset=UTF-8' not supported]"),
        ("INFO", "scheduling-1", "gov.nm.doh.zoo.quarantine.QuarantineReleaseJob", f"{R.randint(0, 14)} quarantines reached day 10; release letters queued (batch {ruuid()})"),
    ]
    lvl, thr, lg, msg = R.choice(opts)
    b.t(spring(t, lvl, pid, thr, lg) + msg)
    return [b]


def n_python():
    t = tick()
    b = L("python_logging")
    opts = [
        f"INFO pep_etl.extract: read {R.randint(200, 2000)} rows from //fs01/zoo_share/inbound/bite_reports_20240916.csv in {R.uniform(0.2, 3):.2f}s",
        f"INFO pep_etl.load: loaded {R.randint(10, 90)} rows into ZoonosisDB.stage.PepDose in {R.uniform(0.05, 0.9):.3f}s",
        f"INFO pep_etl: run_id={ruuid()} complete inserted={R.randint(0, 60)} updated={R.randint(0, 20)} rejected={R.randint(0, 4)} elapsed={R.uniform(2, 30):.2f}s",
        "ERROR pep_etl.db: pyodbc.OperationalError: ('08S01', '[08S01] [Microsoft][ODBC Driver 18 for SQL Server]TCP Provider: An existing connection was forcibly closed by the remote host. (10054) (SQLExecDirectW)')",
        f"WARNING pep_etl.db: retrying in {R.choice([2, 4, 8])}s (attempt {R.randint(1, 3)}/5)",
        "INFO paramiko.transport: Connected (version 2.0, client OpenSSH_8.9p1)",
        "INFO paramiko.transport: Authentication (publickey) successful!",
        f"INFO bite_etl.dedupe: {R.randint(0, 12)} probable duplicates queued for manual review (threshold 0.92)",
        "ERROR pep_etl.db: pyodbc.IntegrityError: ('23000', \"[23000] [Microsoft][ODBC Driver 18 for SQL Server][SQL Server]Cannot insert the value NULL into column 'Dose1Date', table 'ZoonosisDB.dbo.PepSeries'; column does not allow nulls. INSERT fails. (515)\")",
        f"DEBUG bite_etl.geocode: census geocoder batch {R.randint(1, 20)} -> {R.randint(80, 100)}% matched ({R.randint(40, 500)} addresses) benchmark=Public_AR_Current",
        f"INFO bite_etl.config: SFTP_HOST=sftp.cdc.example.gov SFTP_PORT=22 REMOTE_DIR=/incoming/nm/nndss CHUNK=32768",
    ]
    msg = R.choice(opts)
    lvl, rest = msg.split(" ", 1)
    b.t(f"{f_py(t)} {lvl} {rest}")
    return [b]


def n_traceback():
    t = tick()
    rows = [f"{f_py(t)} ERROR pep_etl.load: unhandled exception in batch {R.randint(1, 40)} of bite_reports_20240916.csv",
            "Traceback (most recent call last):",
            "  File \"/opt/zoo/etl/pep_etl/load.py\", line 214, in upsert_series",
            "    dob = parse_dob(row[\"fecha_nacimiento\"])",
            "KeyError: 'fecha_nacimiento'"]
    out = []
    for r in rows:
        b = L("python_logging")
        b.t(r)
        out.append(b)
    return out


def n_structlog():
    t = tick()
    rec = R.choice([
        {"timestamp": f_isoz(t), "level": "info", "logger": "pep_reminder.scheduler", "event": "batch_complete",
         "sent": R.randint(60, 140), "failed": R.randint(0, 7), "duration_ms": R.randint(900, 9000)},
        {"timestamp": f_isoz(t), "level": "warning", "logger": "pep_reminder.sender", "event": "rate_limited",
         "provider": "twilio", "retry_after_s": R.randint(1, 30), "queue_depth": R.randint(0, 400)},
        {"timestamp": f_isoz(t), "level": "info", "logger": "pep_reminder.health", "event": "heartbeat",
         "version": "1.8.3", "build": f"b{R.randint(4000, 4999)}", "git_sha": hexs(7)},
    ])
    b = L("structlog_json")
    b.json(rec)
    return [b]


def n_actuator():
    t = tick()
    b = L("actuator_json")
    b.t(f"{f_iso(t)} healthcheck GET https://zoo-api.doh.nm.example:8443/zoonosis/actuator/health -> ")
    b.json({"status": "UP", "components": {"db": {"status": "UP", "details": {"database": "Microsoft SQL Server", "validationQuery": "isValid()"}},
                                           "diskSpace": {"status": "UP", "details": {"total": 107374182400, "free": R.randint(20, 80) * 1073741824, "threshold": 10485760}},
                                           "sftpCdc": {"status": R.choice(["UP", "UP", "DOWN"])}, "ping": {"status": "UP"}}}, compact=True)
    return [b]


def n_prom():
    out = []
    tick()
    fams = [
        ("zoo_bite_reports_received_total", "Bite reports accepted by intake", "counter",
         [f'{{source="web"}} {R.randint(1000, 3000)}', f'{{source="hl7"}} {R.randint(2000, 6000)}', f'{{source="fax_ocr"}} {R.randint(50, 300)}']),
        ("zoo_pep_doses_recorded_total", "PEP vaccine/HRIG doses recorded", "counter",
         [f'{{product="imovax"}} {R.randint(300, 900)}', f'{{product="rabavert"}} {R.randint(100, 500)}', f'{{product="hrig"}} {R.randint(80, 300)}']),
        ("zoo_pep_reminders_failed_total", "Reminder sends that failed", "counter", [f" {R.randint(10, 90)}"]),
        ("hikaricp_connections_active", "Active connections", "gauge", [f'{{pool="HikariPool-1"}} {R.randint(0, 10)}.0']),
        ("jvm_memory_used_bytes", "The amount of used memory", "gauge",
         [f'{{area="heap",id="G1 Old Gen"}} {R.randint(100000000, 900000000)}.0', f'{{area="heap",id="G1 Eden Space"}} {R.randint(1000000, 90000000)}.0']),
        ("process_uptime_seconds", "The uptime of the Java virtual machine", "gauge", [f" {R.uniform(1000, 900000):.3f}"]),
    ]
    for name, hlp, typ, samples in R.sample(fams, R.randint(1, 2)):
        for ln in [f"# HELP {name} {hlp}", f"# TYPE {name} {typ}"] + [name + smp for smp in samples]:
            b = L("prometheus")
            b.t(ln)
            out.append(b)
    return out


def n_nginx():
    t = tick()
    b = L("nginx_access")
    ip = f"10.40.{R.randint(1, 9)}.{R.randint(2, 250)}"
    req = R.choice([("GET /zoonosis/actuator/health HTTP/1.1", 200, 49, "kube-probe/1.28"),
                    ("GET /report-a-bite/static/js/main.8f3c1a2b.js HTTP/1.1", 304, 0, "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"),
                    ("POST /nbs/api/ack HTTP/1.1", 204, 0, "Apache-HttpClient/4.5.14 (Java/17.0.10)"),
                    ("GET /api/v2/bite-reports?status=OPEN HTTP/1.1", 200, R.randint(2000, 40000), "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"),
                    ("GET /metrics HTTP/1.1", 200, R.randint(9000, 14000), "Prometheus/2.51.2")])
    b.t(f"{ip} - - [{f_nginx(t)}] \"{req[0]}\" {req[1]} {req[2]} \"-\" \"{req[3]}\" rt={R.randint(1, 400) / 1000:.3f} uct=\"0.000\" req_id={hexs(32)}")
    return [b]


def n_sftp_block():
    out = []
    t = tick()
    pid = R.randint(20000, 29999)
    user = R.choice(["cdc_mvps", "nm_nndss", "svc_lims", "mesa_uc_xfer"])
    src = f"10.40.{R.randint(1, 9)}.{R.randint(2, 250)}"
    fn = R.choice([f"/outbound/cdc/NNDSS_RAB_A_{t:%Y%m%d}_{R.randint(1, 4):02d}.hl7",
                   f"/outbound/cdc/NNDSS_RAB_H_{t:%Y%m%d}_01.hl7",
                   f"/inbound/lims/rabies_results_{t:%Y%m%d}.csv",
                   f"/outbound/nmsiis/vxu_batch_{digits(6)}.hl7"])
    lines = [f"sshd[{pid}]: Accepted publickey for {user} from {src} port {R.randint(40000, 65000)} ssh2: RSA SHA256:{base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip('=')}",
             f"internal-sftp[{pid + 2}]: session opened for local user {user} from [{src}]",
             f"internal-sftp[{pid + 2}]: open \"{fn}\" flags WRITE,CREATE,TRUNCATE mode 0640",
             f"internal-sftp[{pid + 2}]: close \"{fn}\" bytes read 0 written {R.randint(2000, 900000)}",
             f"internal-sftp[{pid + 2}]: session closed for local user {user} from [{src}]"]
    for ln in lines[:R.randint(3, 5)]:
        b = L("sftp_syslog")
        b.t(f"{f_sys(t)} sftp-gw01 {ln}")
        out.append(b)
        t = tick(0, 2)
    return out


def n_sqlserver():
    t = tick()
    b = L("sqlserver_errorlog")
    opts = [
        f"Backup      Database backed up. Database: ZoonosisDB, creation date(time): 2021/03/02(14:11:09), pages dumped: {R.randint(40000, 60000)}, first LSN: {R.randint(100000, 999999)}:{R.randint(100, 999)}:1, last LSN: {R.randint(100000, 999999)}:{R.randint(100, 999)}:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {{'\\\\bk01\\sql\\ZoonosisDB_{t:%Y%m%d}.bak'}}).",
        f"Logon       Login failed for user 'DOH\\svc_zoo_etl'. Reason: Password did not match that for the login provided. [CLIENT: 10.40.3.{R.randint(2, 250)}]",
        f"spid{R.randint(51, 140)}      Error: 1205, Severity: 13, State: 51.",
        f"spid{R.randint(51, 140)}      Transaction (Process ID {R.randint(51, 140)}) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction.",
        f"spid{R.randint(51, 140)}      CHECKDB for database 'ZoonosisDB' finished without errors on 2024-09-15 03:00:12.270 (local time). This is an informational message only; no user action is required.",
        "Server      SQL Server is now ready for client connections. This is an informational message; no user action is required.",
        f"spid{R.randint(10, 40)}s     I/O is frozen on database ZoonosisDB. No user action is required.",
    ]
    b.t(f"{f_sql(t)} {R.choice(opts)}")
    return [b]


def n_airflow():
    t = tick()
    b = L("airflow")
    opts = [
        f"{{taskinstance.py:1157}} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: cdc_nndss_rabies_export.build_mmg_messages scheduled__2024-09-16T08:00:00+00:00 [queued]>",
        f"{{taskinstance.py:1359}} INFO - Starting attempt 1 of 3",
        f"{{standard_task_runner.py:57}} INFO - Started process {R.randint(10000, 99999)} to run task",
        f"{{sftp.py:189}} INFO - [chan 0] Opened sftp connection (server version 3)",
        f"{{mmg_builder.py:212}} INFO - built {R.randint(3, 60)} ORU^R01 notifications (Rabies, Animal MMG v1.0) in {R.uniform(0.2, 4):.2f}s",
        f"{{taskinstance.py:1400}} INFO - Marking task as SUCCESS. dag_id=cdc_nndss_rabies_export, task_id=upload_to_cdc, execution_date=20240916T080000, start_date=20240917T080002, end_date=20240917T080019",
        f"{{local_task_job_runner.py:234}} INFO - Task exited with return code 0",
    ]
    b.t(f"{f_air(t)} {R.choice(opts)}")
    return [b]


def n_mirth():
    t = tick()
    b = L("hl7_mirth")
    b.t(R.choice([
        f"INFO  {f_py(t)} [Channel Statistics Updater] com.mirth.connect.donkey.server.channel.Statistics: channel=Bite ADT Inbound received={R.randint(100, 900)} filtered={R.randint(0, 300)} sent={R.randint(100, 600)} errored={R.randint(0, 5)}",
        f"WARN  {f_py(t)} [Bite ADT Inbound TCP Listener] com.mirth.connect.connectors.tcp.TcpReceiver: connection reset by 10.60.{R.randint(1, 9)}.{R.randint(2, 250)}:{R.randint(30000, 60000)}",
        f"INFO  {f_py(t)} [Main Server Thread] com.mirth.connect.server.Mirth: Mirth Connect 4.4.2 (Built on February 15, 2024) server successfully started.",
        f"ERROR {f_py(t)} [Bite ADT Inbound Destination 1] com.mirth.connect.connectors.jdbc.DatabaseDispatcher: Error writing to ZoonosisDB: com.microsoft.sqlserver.jdbc.SQLServerException: The connection is closed.",
        f"INFO  {f_py(t)} [Bite ADT Inbound Filter] js-connector: dropped A08 msgId={R.randint(100000, 999999)} - no bite ICD-10 (W53-W55, Z20.3) in DG1",
    ]))
    return [b]


def n_ack_block():
    out = []
    t = tick()
    b = L("hl7_segment")
    hseg(b, "MSH", ["^~\\&", "MVPS", "CDC", "NMDOH", "NMDOH", f_hl7(t) + "-0400", "", "ACK^R01^ACK", f"CDC{digits(12)}", "P", "2.5.1"])
    out.append(b)
    b = L("hl7_segment")
    hseg(b, "MSA", [R.choice(["AA", "AA", "AE"]), f"NMNNDSS{digits(10)}"])
    out.append(b)
    if R.random() < 0.4:
        b = L("hl7_segment")
        hseg(b, "ERR", ["", "OBX^5^5^1", "207^Application internal error^HL70357", "W", "", "", "", "INV169 value not in PHVS_ConditionCode"])
        out.append(b)
    return out


def n_lab_csv_block():
    out = []
    tick()
    b = L("csv_lab")
    b.t("accession,received_date,species,county_found,submitter,test,result,result_date,human_exposure,pet_exposure")
    out.append(b)
    for _ in range(R.randint(2, 4)):
        d = TODAY - TD(days=R.randint(1, 6))
        b = L("csv_lab")
        b.t(",".join([f"SLD24-R-{R.randint(100, 1999):05d}", fd(d, "iso"), R.choice(["bat", "skunk", "raccoon", "fox", "dog", "cat", "coyote"]),
                      R.choice([c[1] for c in CITIES]), R.choice(["BCAS", "DACAC", "SFAS", "FAS", "NMDGF"]), "DFA",
                      R.choice(["NEGATIVE", "NEGATIVE", "POSITIVE", "UNSAT"]), fd(d + TD(days=1), "iso"),
                      R.choice(["Y", "N", "N"]), R.choice(["Y", "N"])]))
        out.append(b)
    return out


def n_animal_vax():
    t = tick()
    b = L("animal_registry")
    sp = R.choice(["canine", "feline"])
    vd = TODAY - TD(days=R.randint(20, 1000))
    b.t(f"{f_logback(t)} INFO [petreg-sync] VAXCERT cert=RV-2024-{digits(6)} animal={R.choice(PET_NAMES)} species={sp} "
        f"chip={R.choice(['985112', '981020', '900164'])}{digits(9)} tag={R.choice(['T24', 'RV24', '24'])}-{digits(5)} vacc_date={fd(vd, 'iso')} "
        f"valid_through={fd(vd.replace(year=vd.year + 3), 'iso')} product=IMRAB3 lot={R.choice(LOTS)} "
        f"vet=\"Dr. {R.choice(['Amaya Ruiz', 'Carl Whitfield', 'Noor Siddiqui', 'Helena Marsh'])}, DVM\" clinic=\"{R.choice(['Sandia Animal Clinic', 'Mesilla Valley Vet', 'Four Corners Animal Hospital'])}\"")
    return [b]


def n_config_block():
    out = []
    tick()
    lines = ["# application-prod.properties (loaded from /etc/zoo/conf)",
             "spring.datasource.url=jdbc:sqlserver://sqlzoo01.doh.nm.example:1433;databaseName=ZoonosisDB;encrypt=true;trustServerCertificate=false",
             "spring.datasource.username=svc_zoo_api",
             "spring.datasource.password=********",
             "zoo.cdc.sftp.host=sftp.cdc.example.gov",
             "zoo.cdc.sftp.port=22",
             "zoo.nbs.base-url=https://nbs-app02.doh.nm.example:7001/nbs",
             "zoo.pep.schedule.days=0,3,7,14",
             "zoo.pep.rig.iu-per-kg=20",
             "zoo.quarantine.days=10",
             "zoo.oncall.phone=505-827-0006",
             "zoo.oncall.email=zoonoses.oncall@doh.nm.example"]
    start = R.randint(0, 4)
    for ln in lines[start:start + R.randint(3, 6)]:
        b = L("config")
        b.t(ln)
        out.append(b)
    return out


def n_staff():
    t = tick()
    b = L("epi_note")
    who = R.choice(EPIS)
    b.t(R.choice([
        f"{f_logback(t)} NOTE inv=NONE author={who[0]} type=ADMIN text=\"On-call this week: {who[1]} (505) 827-0006, backup pager 505-{R.randint(200, 999)}-{digits(4)}. State PHV line 505-827-{digits(4)}.\"",
        f"{f_logback(t)} NOTE inv=NONE author={who[0]} type=ADMIN text=\"Reminder: bat season - {R.randint(4, 30)} bats submitted this week, {R.randint(0, 3)} positive (Tadarida brasiliensis). CDC guidance updated 2024-06; see https://www.cdc.gov/rabies/hcp/prevention-recommendations/\"",
        f"{f_logback(t)} NOTE inv=NONE author={who[0]} type=ADMIN text=\"HRIG supply: KEDRAB lot {R.choice(LOTS)} exp 2025-11-30 restocked at {R.choice(FACILITIES)[1]}; contact pharmacy 505-{R.randint(200, 999)}-{digits(4)} fax 505-{R.randint(200, 999)}-{digits(4)}.\"",
        f"{f_logback(t)} NOTE inv=NONE author={who[0]} type=ADMIN text=\"Reunión semanal de zoonosis el jueves 10:00; traer resumen de casos de murciélagos por condado.\"",
    ]))
    return [b]


def n_trace():
    t = tick()
    b = L("otel_span")
    b.t(f"{f_isoz(t)} otel trace_id={hexs(32)} span_id={hexs(16)} parent_id={hexs(16)} name=\"{R.choice(['POST /api/v2/bite-reports', 'SELECT ZoonosisDB.dbo.PepSeries', 'sftp.put', 'nbs.publish'])}\" "
        f"kind={R.choice(['SERVER', 'CLIENT', 'INTERNAL'])} duration_ms={R.randint(1, 900)} status=OK service.name=zoonosis-api service.version=2.14.{R.randint(0, 6)}")
    return [b]


def n_build():
    t = tick()
    b = L("ci_build")
    b.t(f"{f_iso(t)} jenkins[{R.randint(100, 999)}]: Build #{R.randint(4000, 4999)} of zoonosis-etl (main@{hexs(7)}) SUCCESS in {R.randint(1, 9)}m{R.randint(0, 59)}s; "
        f"artifact zoonosis-etl-2.{R.randint(10, 15)}.{R.randint(0, 9)}.jar sha256={hexs(64)}")
    return [b]


def n_nbs():
    t = tick()
    b = L("nbs_msglog")
    b.t(R.choice([
        f"{f_py(t)} [ELRWorker-{R.randint(1, 6)}] INFO  gov.cdc.nedss.elr.ejb.ELRProcessor - Processed {R.randint(0, 40)} ELRs from NBS_interface, {R.randint(0, 2)} errors, {R.uniform(0.5, 9):.2f}s",
        f"{f_py(t)} [MsgOutWorker-1] INFO  gov.cdc.nedss.msgout.MsgOutProcessor - TransportQ_out batch {R.randint(1000, 9999)}: {R.randint(1, 40)} messages status=SENT recipient=CDC_MVPS",
        f"{f_py(t)} [ELRWorker-{R.randint(1, 6)}] WARN  gov.cdc.nedss.elr.ejb.ELRProcessor - msg_id={R.randint(100000, 999999)} missing OBX-23 performing organization; defaulting to NMSLD CLIA 32D0685211",
        f"{f_py(t)} [Quartz-2] INFO  gov.cdc.nedss.batch.DeDuplicationJob - De-dup run complete: 0 merges, {R.randint(0, 30)} candidates",
    ]))
    return [b]


PHI_GENS = [(g_mirth_adt, 7), (g_hl7_block, 5), (g_oru_block, 2), (g_vxu_block, 3), (g_webform, 9),
            (g_spring_phi, 14), (g_python_phi, 9), (g_structlog_phi, 5), (g_sms, 5), (g_postfix_phi, 3),
            (g_payment, 2), (g_nbs_phi, 7), (g_sqlxe_phi, 5), (g_sftp_phi, 3), (g_airflow_phi, 3),
            (g_note, 10), (g_note_alt, 7), (g_aco_citation, 4), (g_quarantine_block, 3), (g_lims_xml_human, 1), (g_lims_xml_line, 3),
            (g_clinic_csv_block, 2), (g_contact_block, 2), (g_owner_photo, 2), (g_old_note, 2),
            (g_medicare_line, 3)]
NOISE_GENS = [(n_spring, 16), (n_python, 10), (n_traceback, 1), (n_structlog, 5), (n_actuator, 4), (n_prom, 3), (n_nginx, 9),
              (n_sftp_block, 4), (n_sqlserver, 8), (n_airflow, 7), (n_mirth, 6), (n_ack_block, 3),
              (n_lab_csv_block, 3), (n_animal_vax, 4), (n_config_block, 1), (n_staff, 4), (n_trace, 5),
              (n_build, 2), (n_nbs, 6)]


USED = {}
MAXB = {}


def pick(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def main():
    MAXB.update({g_lims_xml_human: 1, g_oru_block: 2, g_contact_block: 3, n_prom: 3, n_config_block: 2,
                 g_clinic_csv_block: 2, g_quarantine_block: 4, n_traceback: 2, g_hl7_block: 6, g_vxu_block: 4, n_sftp_block: 5})
    lines = []
    last_gen = None
    must = [g_owner_photo, g_lims_xml_human, g_quarantine_block, g_payment, g_old_note, g_oru_block, g_quarantine_block]
    while len(lines) < N_LINES:
        clean = sum(1 for l in lines if not l.spans)
        frac = clean / len(lines) if lines else TARGET_CLEAN
        want_noise = R.random() < TARGET_CLEAN + (TARGET_CLEAN - frac) * 4
        if must and len(lines) >= 60 * (8 - len(must)):
            gen = must.pop(0)
        else:
            gen = pick(NOISE_GENS if want_noise else PHI_GENS)
        if gen is last_gen and gen not in (g_spring_phi, g_note):
            continue
        if USED.get(gen, 0) >= MAXB.get(gen, 10 ** 6):
            continue
        USED[gen] = USED.get(gen, 0) + 1
        last_gen = gen
        blk = gen()
        if len(lines) + len(blk) > N_LINES:
            continue
        lines.extend(blk)
    assert len(lines) == N_LINES
    out_log = []
    out_lab = []
    for i, l in enumerate(lines, 1):
        raw = bytes(l.buf)
        s = raw.decode("utf-8")
        assert "\n" not in s and "\r" not in s and s.strip(), (i, s)
        for sp, val in zip(l.spans, l.vals):
            assert raw[sp["s"]:sp["e"]] == val, (i, sp, val)
            assert sp["e"] > sp["s"]
        spans = sorted(l.spans, key=lambda x: x["s"])
        for a, b2 in zip(spans, spans[1:]):
            assert a["e"] <= b2["s"], (i, a, b2)
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": l.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
