#!/usr/bin/env python3
"""Synthetic labeled log corpus: county health department disaster medical operations
(hurricane / wildfire evacuation shelters, volunteer medical teams).

Writes ms.log (500 lines) and ms.labels.jsonl next to this script.  Standard library only,
deterministic (fixed seed, fixed synthetic clock).  Every person and identifier is synthetic.

Systems imitated: Android shelter-registration tablets (logcat, offline sync, AAMVA licence
scans), CSV / pipe exports of registrations and oxygen rosters, a Python Flask triage API
(werkzeug / gunicorn / app logger / tracebacks), a Node reunification API (pino JSON, morgan
access log, nodemailer), special-needs transport CAD text log and AVL pings (JSON, logfmt,
NMEA), pharmacy replacement of lost medications (key=value claims, HL7 v2 RDE^O11, X12 270),
Google Sheets API sync of oxygen / dialysis trackers, FEMA-style SITREPs, ICS-213 radio
messages typed into the EOC system, an Everbridge-like SMS gateway (logback + webhook JSON),
syslog / cron / nginx / celery noise, and volunteers' free-text notes in English, Spanish and
Haitian Creole.

Labeling decisions:
- Label identifiers of evacuees/patients and of the people tied to them (relatives,
  emergency contacts, reunification seekers and the people they look for). Do NOT label
  staff, volunteers, clinicians, drivers, radio operators (incl. amateur call signs), staff
  usernames, shelter/facility names and addresses, vendors, pharmacies, dialysis centres,
  payers, county hotlines and their phone/fax numbers.
- name: full names, "Last, First", upper/lower case, initial + surname, and a first name or
  surname alone when it clearly refers to an evacuee/relative. Honorifics (Sra., Mr., Madan,
  Msye) and relationship words (hija, pitit fi) are outside the span. Pet names not labeled.
- address: street line (with unit/lot), city of residence, county of residence, and
  pickup/home geocodes (lat,lon pair as one span). Shelter locations and AVL positions of
  county vehicles are not labeled. State names/codes are not labeled. Aggregate SITREP
  figures by ZIP or city and public-alert (CAP) area names are not labeled.
- zip: a person's ZIP or ZIP+4 (AAMVA DAK field incl. the +0000 tail).
- date: DOB, shelter check-in date (a combined date-time value is one span), discharge /
  transfer date, next dialysis or pickup appointment, last fill / last dose, date last seen,
  date of death, eligibility service date (X12 DTP*291), licence expiry (AAMVA DBA, it
  encodes the birthday), also partial dates without year.
  Log timestamps, operational periods, shelter open dates, report dates and message /
  transaction envelope times (HL7 MSH-7, ORC-9; X12 ISA/GS/BHT) are not labeled.
- age: only ages over 89 (number only, units outside the span). Younger ages unlabeled.
- phone: evacuee/relative phones in any format, incl. foreign (+509, +52). Staff, EOC,
  vendor and pharmacy phones/faxes are not labeled. (No patient fax occurs in this corpus.)
- ssn: full SSNs and the last-4 SSN fields collected for FEMA referral.
- mrn: hospital medical record numbers (HL7 PID-3 type MR, "MRN").
- health_plan: Medicaid IDs, Medicare MBIs, commercial member / cardholder IDs. BIN, PCN,
  group numbers and payer IDs are plan-level and not labeled.
- account: patient accounts at oxygen/DME suppliers and pharmacies, and payment card
  numbers of evacuees.
- license: driver's licence / state ID numbers of evacuees (incl. AAMVA DAQ).
- vehicle: licence plates and VINs of evacuees' vehicles; county transport vans are not.
- device: serial numbers of a patient's own medical devices (concentrators, ventilators,
  home dialysis cyclers, insulin pumps/CGMs). County tablets, radios, AVL modems and
  shelter-owned asset tags are not labeled.
- email, url (personal social-media / fundraiser URLs), ip (public IPs of members of the
  public using the reunification portal; private 10./192.168./172.16-31 addresses and
  server IPs are not labeled), photo (base64 JPEG payload only, without the data: prefix).
- other_id: shelter registration IDs (REG-...), wristband numbers, triage form IDs (TRI-...),
  reunification case numbers (FR-...), special-needs transport request IDs (SNT-REQ...),
  FEMA registration numbers, portal usernames of the public.  CAD incident numbers (EVT),
  Rx numbers, pharmacy order/claim numbers, HL7 message control IDs, supply PO numbers,
  trace/span IDs and notification IDs are not labeled (they identify events/transactions,
  not people).
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import uuid

SEED = 20251008
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ms"
N_LINES = 500

# --------------------------------------------------------------------------- line builder


class P:
    """A PHI value to be embedded in a structured record."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.spans = []
        self.n = 0

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        st = self.n
        self.t(s)
        self.spans.append((st, self.n, cat, s))
        return self

    def v(self, x):
        """append a plain string or a P value"""
        if isinstance(x, P):
            return self.p(x.v, x.cat)
        return self.t(x)

    def text(self):
        return "".join(self.parts)


def jesc(s, ascii_only=False):
    return json.dumps(s, ensure_ascii=ascii_only)[1:-1]


def emit_json(L, obj, sep=(",", ":"), ascii_only=False):
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            L.t('"')
            L.p(jesc(obj.v, ascii_only), obj.cat)
            L.t('"')
        else:
            L.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=ascii_only) + sep[1])
            emit_json(L, v, sep, ascii_only)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(sep[0])
            emit_json(L, v, sep, ascii_only)
        L.t("]")
    else:
        L.t(json.dumps(obj, ensure_ascii=ascii_only))


def emit_pyrepr(L, obj):
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            r = repr(obj.v)
            L.t(r[0])
            L.p(r[1:-1], obj.cat)
            L.t(r[-1])
        else:
            L.p(repr(obj.v), obj.cat)
    elif isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(", ")
            L.t(repr(k) + ": ")
            emit_pyrepr(L, v)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(", ")
            emit_pyrepr(L, v)
        L.t("]")
    else:
        L.t(repr(obj))


def emit_kv(L, pairs, quote_spaces=True):
    for i, (k, v) in enumerate(pairs):
        if i:
            L.t(" ")
        L.t(k + "=")
        raw = v.v if isinstance(v, P) else str(v)
        q = quote_spaces and (" " in raw or raw == "")
        if q:
            L.t('"')
        L.v(v)
        if q:
            L.t('"')


# --------------------------------------------------------------------------- clock

CLOCK = [dt.datetime(2025, 10, 8, 5, 2, 17, 118000)]  # local EDT (UTC-4)
TODAY = dt.date(2025, 10, 8)


def tick(a=3, b=55):
    CLOCK[0] += dt.timedelta(seconds=R.randint(a, b), microseconds=R.randint(0, 999) * 1000)
    return CLOCK[0]


def utc(t):
    return t + dt.timedelta(hours=4)


def ms3(t):
    return "%03d" % (t.microsecond // 1000)


def ts_isoz(t):
    u = utc(t)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(u) + "Z"


def ts_iso_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms3(t) + "-04:00"


def ts_logcat(t):
    return t.strftime("%m-%d %H:%M:%S.") + ms3(t)


def ts_flask(t):
    return t.strftime("[%Y-%m-%d %H:%M:%S,") + ms3(t) + "]"


def ts_werk(t):
    return t.strftime("%d/%b/%Y %H:%M:%S")


def ts_clf(t):
    return utc(t).strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_syslog(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_logback(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms3(t)


def ts_epoch_ms(t):
    return int((utc(t) - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


# --------------------------------------------------------------------------- value makers

ES_MON = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]
HT_MON = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
          "oktòb", "novanm", "desanm"]


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "us_nopad":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "mon":
        return d.strftime("%b %d, %Y")
    if style == "dmon":
        return d.strftime("%d-%b-%Y").upper()
    if style == "es":
        return "%d de %s de %d" % (d.day, ES_MON[d.month - 1], d.year)
    if style == "ht":
        return "%d %s %d" % (d.day, HT_MON[d.month - 1], d.year)
    if style == "aamva":
        return d.strftime("%m%d%Y")
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    raise ValueError(style)


def age_of(dob, on=TODAY):
    return on.year - dob.year - ((on.month, on.day) < (dob.month, dob.day))


AREA = ["239", "239", "239", "239", "941", "863", "305", "786", "954", "407", "813", "561"]


def mk_phone():
    a = R.choice(AREA)
    ex = R.randint(212, 989)
    while ex % 100 == 55 or ex == 555:
        ex = R.randint(212, 989)
    return (a, "%03d" % ex, "%04d" % R.randint(0, 9999))


def fphone(ph, style=None):
    a, e, n = ph
    style = style or R.choice(["paren", "dash", "plain", "e164", "dot", "intl_sp", "paren_nosp"])
    return {"paren": "(%s) %s-%s" % (a, e, n), "dash": "%s-%s-%s" % (a, e, n),
            "plain": a + e + n, "e164": "+1" + a + e + n, "dot": "%s.%s.%s" % (a, e, n),
            "intl_sp": "+1 %s %s %s" % (a, e, n), "paren_nosp": "(%s)%s-%s" % (a, e, n),
            "one": "1-%s-%s-%s" % (a, e, n)}[style]


def mk_foreign_phone(kind):
    if kind == "ht":
        return "+509 %d%d%02d %04d" % (R.choice([3, 4]), R.randint(1, 9), R.randint(0, 99), R.randint(0, 9999))
    if kind == "mx":
        return "+52 55 %04d %04d" % (R.randint(1000, 9999), R.randint(0, 9999))
    if kind == "gt":
        return "+502 %04d-%04d" % (R.randint(3000, 5999), R.randint(0, 9999))
    return "+53 5%d%06d" % (R.randint(2, 9), R.randint(0, 999999))


def mk_ssn():
    while True:
        a = R.randint(101, 665)
        if a not in (111, 222, 333, 444, 555):
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_N = "0123456789"


def mk_mbi(dashes=False):
    an = MBI_A + MBI_N
    s = (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice(MBI_N) +
         R.choice(MBI_A) + R.choice(an) + R.choice(MBI_N) + R.choice(MBI_A) + R.choice(MBI_A) +
         R.choice(MBI_N) + R.choice(MBI_N))
    if dashes:
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def mk_medicaid():
    return "%010d" % R.randint(1000000000, 9999999999)


def mk_member():
    k = R.randint(0, 3)
    if k == 0:
        return "H%08d" % R.randint(0, 99999999)
    if k == 1:
        return "ZGP%09d" % R.randint(0, 999999999)
    if k == 2:
        return "W%09d" % R.randint(0, 999999999)
    return "%s%d%06d" % (R.choice(["XJH", "MCB", "UHC"]), R.randint(1, 9), R.randint(0, 999999))


def mk_dl():
    s = R.choice("ABCDEFGHJKLMNPRSTW") + "%012d" % R.randint(0, 10 ** 12 - 1)
    return s


def fmt_dl(s):
    return "%s-%s-%s-%s-%s" % (s[:4], s[4:7], s[7:9], s[9:12], s[12:])


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                   [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
for _d in "0123456789":
    VIN_VAL[_d] = int(_d)
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def mk_vin():
    wmi = R.choice(["1HG", "4T1", "1FT", "5NP", "JTD", "2T3", "3GN", "1C4", "KNA"])
    body = [R.choice(VIN_CH) for _ in range(5)]
    yr = R.choice("DEFGHJKLMNP")
    rest = [R.choice(VIN_CH)] + [R.choice("0123456789") for _ in range(6)]
    v = list(wmi) + body + ["0", yr] + rest
    s = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def mk_plate():
    k = R.randint(0, 2)
    L3 = "".join(R.choice("ABCDEFGHJKLMNPQRSTVWXYZ") for _ in range(3))
    if k == 0:
        return "%s %s%02d" % (L3, R.choice("ABCDEFGHJKLMNPQRSTVWXYZ"), R.randint(0, 99))
    if k == 1:
        return "%d%s%s%d" % (R.randint(1, 9), L3[:2], R.choice("ABCDEFGHJKLMNPQRSTVWXYZ"), R.randint(10, 99))
    return "%s-%s%d" % (L3, R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(10, 99))


def luhn_pan(prefix, length=16):
    digits = [int(c) for c in prefix]
    while len(digits) < length - 1:
        digits.append(R.randint(0, 9))
    tot = 0
    for i, dgt in enumerate(reversed(digits)):
        if i % 2 == 0:
            dgt *= 2
            if dgt > 9:
                dgt -= 9
        tot += dgt
    digits.append((10 - tot % 10) % 10)
    return "".join(map(str, digits))


def mk_public_ip():
    first = R.choice([73, 98, 24, 47, 67, 71, 76, 99, 107, 108, 172, 174, 184, 2600])
    if first == 172:
        return "172.58.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    if first == 2600:
        return "2600:1700:%x:%x::%x" % (R.randint(0x100, 0xffff), R.randint(0x10, 0xffff), R.randint(1, 0xfff))
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def mk_photo(nbytes):
    hdr = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
    body = bytes(R.randint(0, 255) for _ in range(nbytes))
    return base64.b64encode(hdr + body).decode()


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


# --------------------------------------------------------------------------- people

PEOPLE_SRC = [
    ("Guerline", "Pierre-Louis", "ht", "F"), ("Mackenson", "Dorvilien", "ht", "M"),
    ("Nadège", "Saint-Fleur", "ht", "F"), ("Wilner", "Jean-Baptiste", "ht", "M"),
    ("Fabiola", "Desrosiers", "ht", "F"), ("Jocelyn", "Théodore", "ht", "M"),
    ("Marie-Ange", "Exantus", "ht", "F"), ("Rosemond", "Célestin", "ht", "M"),
    ("Ketly", "Augustin", "ht", "F"), ("Dieuseul", "Louissaint", "ht", "M"),
    ("Anaïse", "Petit-Frère", "ht", "F"),
    ("María José", "Ortega de la Cruz", "es", "F"), ("Ángel", "Quintanilla", "es", "M"),
    ("Yesenia", "Villalobos", "es", "F"), ("Rosa Elena", "Barrios", "es", "F"),
    ("Héctor", "Hernández-Ruiz", "es", "M"), ("Xiomara", "Peña", "es", "F"),
    ("José Luis", "del Valle", "es", "M"), ("Graciela", "Ibáñez", "es", "F"),
    ("Eduardo", "Santamaría", "es", "M"), ("Consuelo", "Zúñiga Paredes", "es", "F"),
    ("Eleanor", "Whitcombe", "en", "F"), ("Earl", "McAllister", "en", "M"),
    ("Dorothy", "O'Neill", "en", "F"), ("Vernon", "Pettiford", "en", "M"),
    ("Lorraine", "DuBose", "en", "F"), ("Harold", "Van Den Berg", "en", "M"),
    ("Gertrude", "von der Heide", "en", "F"), ("Ruthanne", "Bellweather", "en", "F"),
    ("Lamar", "Prioleau", "en", "M"), ("Wendell", "Tuckahoe", "en", "M"),
    ("Samira", "Haddad", "ar", "F"), ("Abdelrahman", "Al-Masri", "ar", "M"),
    ("Thị Hoa", "Nguyễn", "vi", "F"), ("Văn Minh", "Trần", "vi", "M"),
    ("Priyanka", "Venkataraman", "in", "F"), ("Tadeusz", "Wiśniewski", "pl", "M"),
    ("Ji-woo", "Park", "ko", "F"), ("Oksana", "Kovalenko", "ua", "F"),
    ("Chidi", "Okonkwo-Baptiste", "ng", "M"), ("Marisol", "Dela Cruz", "ph", "F"),
    ("Takeshi", "Yamamoto", "jp", "M"), ("Bích Ngọc", "Lê", "vi", "F"),
    ("Seamus", "Ó Briain", "en", "M"), ("Mildred", "St. Amand", "en", "F"),
]
REL_FIRST = {
    "ht": {"F": ["Widline", "Stéphanie", "Lovely", "Darline", "Mirlande"], "M": ["Jean-Robert", "Frantz", "Rony", "Kervens", "Ricardo"]},
    "es": {"F": ["Luz Marina", "Carolina", "Yuliana", "Maritza", "Daniela"], "M": ["Diego", "Julián", "Alejandro", "Rafael", "Óscar"]},
    "en": {"F": ["Karen", "Denise", "Shawna", "Marlene", "Tammy"], "M": ["Tommy", "Bradley", "Cody", "Dwayne", "Russell"]},
    "ar": {"F": ["Layla", "Rania"], "M": ["Omar", "Yousef"]}, "vi": {"F": ["Lan", "Thu Trang"], "M": ["Quang", "Đức Anh"]},
    "in": {"F": ["Meena", "Kavya"], "M": ["Arjun", "Sanjay"]}, "pl": {"F": ["Agnieszka"], "M": ["Paweł"]},
    "ko": {"F": ["Seo-yeon"], "M": ["Min-jun"]}, "ua": {"F": ["Iryna"], "M": ["Dmytro"]},
    "ng": {"F": ["Adaeze"], "M": ["Emeka"]}, "ph": {"F": ["Jhoanna"], "M": ["Rommel"]}, "jp": {"F": ["Aiko"], "M": ["Kenji"]},
}


REL_WORDS = {"en": {"F": ["daughter", "niece", "granddaughter", "sister"], "M": ["son", "nephew", "grandson", "brother"]},
             "es": {"F": ["hija", "sobrina", "nieta", "hermana"], "M": ["hijo", "sobrino", "nieto", "hermano"]},
             "ht": {"F": ["pitit fi", "nyès", "sè", "pitit pitit"], "M": ["pitit gason", "neve", "frè", "kouzen"]}}
O2_MODELS = [("Inogen One G5", lambda: "G5%02d%07d" % (R.randint(18, 24), R.randint(0, 9999999))),
             ("Inogen One G4", lambda: "G4%02d%06d" % (R.randint(17, 22), R.randint(0, 999999))),
             ("Philips SimplyGo Mini", lambda: "SGM%07d" % R.randint(0, 9999999)),
             ("Philips SimplyGo", lambda: "SG%07d" % R.randint(0, 9999999)),
             ("Respironics EverFlo", lambda: "EF%06d%s" % (R.randint(0, 999999), R.choice("ABCD"))),
             ("Trilogy Evo vent", lambda: "TV%08d" % R.randint(0, 99999999))]


CITIES = [("Lehigh Acres", ["33936", "33971", "33972", "33973", "33974", "33976"], "Lee"),
          ("Cape Coral", ["33904", "33909", "33914", "33990", "33991", "33993"], "Lee"),
          ("Fort Myers", ["33901", "33905", "33907", "33912", "33916", "33919"], "Lee"),
          ("North Fort Myers", ["33903", "33917"], "Lee"),
          ("Bonita Springs", ["34134", "34135"], "Lee"), ("Estero", ["33928"], "Lee"),
          ("Fort Myers Beach", ["33931"], "Lee"), ("Saint James City", ["33956"], "Lee"),
          ("Immokalee", ["34142"], "Collier"), ("Golden Gate", ["34116"], "Collier"),
          ("Naples", ["34112", "34117"], "Collier"), ("LaBelle", ["33935"], "Hendry"),
          ("Punta Gorda", ["33950", "33982"], "Charlotte"), ("Arcadia", ["34266"], "DeSoto")]
STREETS = ["Palm Frond Ln", "Homestead Rd S", "SW 14th Pl", "NE 9th Ter", "Gunnery Rd N",
           "Del Prado Blvd S", "Orange River Blvd", "Tamiami Trl N", "Lake Trafford Rd",
           "Carson St", "Immokalee Dr", "Bayshore Rd", "McGregor Blvd", "Pondella Rd",
           "Pine Island Rd", "Estero Blvd", "Lee Blvd", "Joel Blvd", "Colonial Blvd",
           "Bonita Beach Rd SE", "Nature Cir", "Ave Maria Blvd", "Old Burnt Store Rd",
           "W 4th St", "Calle de Palmas", "Pelican Bay Dr"]
UNITS = ["", "", "", "Apt 3B", "Lot 47", "Unit 212", "Lot 118", "Apt 7", "Trlr 22", "#104"]
NEEDS = ["O2", "dialysis", "insulin", "wheelchair", "bariatric", "oxygen 2L",
         "CPAP", "ventilator", "hospice", "dementia", "wound care", "tube feeding"]


class Person:
    pass


def mk_person(src, elderly=False):
    first, last, origin, sex = src
    p = Person()
    p.first, p.last, p.origin, p.sex = first, last, origin, sex
    p.lang = origin if origin in ("ht", "es") else "en"
    if elderly:
        p.dob = dt.date(R.randint(1926, 1935), R.randint(1, 12), R.randint(1, 28))
    else:
        p.dob = dt.date(R.randint(1936, 1990), R.randint(1, 12), R.randint(1, 28))
    p.age = age_of(p.dob)
    c = R.choice(CITIES)
    p.city, p.zip, p.county = c[0], R.choice(c[1]), c[2]
    p.num = str(R.randint(101, 29999))
    p.street = R.choice(STREETS)
    p.unit = R.choice(UNITS)
    p.street_line = p.num + " " + p.street + ((" " + p.unit) if p.unit else "")
    p.phone = mk_phone()
    p.reg = "REG-CC%02d-%06d" % (R.choice([1, 3, 5, 7, 9, 11]), R.randint(1000, 9999))
    p.shelter = p.reg[4:8]
    p.checkin = dt.datetime(2025, 10, R.randint(6, 7), R.randint(0, 23), R.randint(0, 59))
    p.wb = "%07d" % R.randint(100000, 9999999)
    p.cot = "%s-%02d" % (R.choice("ABCDEFG"), R.randint(1, 60))
    p.needs = R.sample(NEEDS, R.randint(1, 3))
    p.medicaid = mk_medicaid()
    p.mbi = mk_mbi()
    p.member = mk_member()
    p.mrn = "%08d" % R.randint(100000, 99999999)
    p.dl = mk_dl()
    p.plate = mk_plate()
    p.vin = mk_vin()
    p.ssn = mk_ssn()
    p.fema = "%09d" % R.randint(100000000, 999999999)
    m = R.choice(O2_MODELS)
    p.o2_model, p.o2_sn = m[0], m[1]()
    p.lincare = "%08d" % R.randint(10000000, 99999999)
    p.pump = "%s%07d" % (R.choice(["PDM", "P5"]), R.randint(0, 9999999))
    p.cycler = "LIB%08d" % R.randint(0, 99999999)
    p.pt_acct = "PA-%07d" % R.randint(0, 9999999)
    pre = R.choice(["4", "51", "37", "6011"])
    p.card = luhn_pan(pre, 15 if pre == "37" else 16)
    p.lat = round(26.2 + R.random() * 0.9, 5)
    p.lon = round(-82.1 + R.random() * 0.7, 5)
    p.rel_sex = R.choice("FM")
    rf = REL_FIRST.get(origin, REL_FIRST["en"])
    p.rel_first = R.choice(rf[p.rel_sex])
    p.rel_last = last if R.random() < 0.65 else R.choice([s[1] for s in PEOPLE_SRC if s[2] == origin and s[1] != last] or [last])
    p.rel_word = R.choice(REL_WORDS[p.lang][p.rel_sex])
    p.rel_phone = mk_phone()
    p.rel_email = mk_email(p.rel_first, p.rel_last)
    p.username = mk_email(p.rel_first, p.rel_last).split("@")[0]
    return p


def strip_acc(s):
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def mk_email(first, last):
    f = strip_acc(first).lower().replace(" ", "").replace("'", "")
    l = strip_acc(last).lower().replace(" ", "").replace("'", "").replace(".", "")
    dom = R.choice(["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "aol.com"])
    k = R.randint(0, 3)
    if k == 0:
        u = "%s.%s%d" % (f, l, R.randint(1, 99))
    elif k == 1:
        u = "%s%s" % (f[0], l)
    elif k == 2:
        u = "%s_%s%d" % (l, f, R.randint(1950, 2005))
    else:
        u = "%s%s%d" % (f, l[:3], R.randint(10, 999))
    return u + "@" + dom


PEOPLE = []
for i, src in enumerate(PEOPLE_SRC):
    PEOPLE.append(mk_person(src, elderly=(i % 3 == 0)))
DECEASED = []
for src in [("Ernestine", "Beauchamp-Lyle", "en", "F"), ("Maximilien", "Déjoie", "ht", "M"), ("Amparo", "Villaseñor", "es", "F")]:
    _p = mk_person(src, elderly=True)
    if _p.age < 90:
        _p.dob = _p.dob.replace(year=1930)
        _p.age = age_of(_p.dob)
    DECEASED.append(_p)
USES = {}


def person(pool=None):
    pool = pool or PEOPLE
    w = [1.0 / (1 + USES.get(id(q), 0)) ** 2 for q in pool]
    p = R.choices(pool, weights=w)[0]
    USES[id(p)] = USES.get(id(p), 0) + 1
    return p


def elder():
    return person([q for q in PEOPLE if q.age >= 90])


def elder():
    return R.choice([p for p in PEOPLE if p.age >= 90])


def nm(p, style=None):
    style = style or R.choice(["fl", "lf", "LF", "fl", "FL_up", "lower", "il"])
    if style == "fl":
        return p.first + " " + p.last
    if style == "lf":
        return p.last + ", " + p.first
    if style == "LF":
        return p.last.upper() + ", " + p.first.upper()
    if style == "FL_up":
        return (p.first + " " + p.last).upper()
    if style == "lower":
        return (p.first + " " + p.last).lower()
    if style == "il":
        return p.first[0] + ". " + p.last
    if style == "lfi":
        return p.last + " " + p.first[0]
    raise ValueError(style)


def rel_nm(p):
    return p.rel_first + " " + p.rel_last


# staff / facilities (never labeled)
STAFF = ["K. Osei", "T. Brandt RN", "Dr. A. Lindqvist", "M. Tessier", "J. Fairbanks RN",
         "R. Achterberg (PM)", "D. Mulroney", "A. Raghunathan PharmD", "S. Okafor",
         "L. Castellanos RN", "B. Nakamura", "C. Fontenot", "P. Ruiz-Gallo", "W. Beaubrun"]
STAFF_USERS = ["rn.kowalski", "vol.mtessier", "pharm.araghu", "eoc.ops2", "sbeaubrun",
               "lcastellanos", "tbrandt", "dispatch03", "admin_cchd"]
SHELTERS = {"CC01": "Estero Recreation Center, 9200 Corkscrew Palms Blvd",
            "CC03": "Harns Marsh Middle School, 1820 Unice Ave N",
            "CC05": "South Fort Myers High School, 14020 Plantation Rd",
            "CC07": "Veterans Park Recreation Center, 55 Homestead Rd S",
            "CC09": "Hertz Arena (MNS), 11000 Everblades Pkwy",
            "CC11": "Immokalee Sports Complex, 505 Escambia St"}
TABLETS = ["TAB-CC07-03", "TAB-CC03-01", "TAB-CC05-04", "TAB-CC01-02", "TAB-CC09-06", "TAB-CC11-01"]
UNITS_SNT = ["SNT04", "SNT07", "SNT12", "SNT15", "AMB22", "PARA3", "BUS61"]
EOC_PHONE = "(239) 533-0622"
VENDOR_PH = ["Lincare Fort Myers (239) 277-0901", "Airgas South 800-255-2165",
             "Apria 1-800-277-4288", "DaVita Lehigh Acres (239) 369-3521"]


# --------------------------------------------------------------------------- generators
# Each returns a list of Line objects.  NOISE gens never add spans.

def g_logcat_noise():
    t = tick()
    L = Line("android_logcat")
    pid = R.choice([3121, 4410, 2877, 5093])
    tid = pid + R.randint(20, 90)
    L.t("%s  %d  %d " % (ts_logcat(t), pid, tid))
    k = R.randint(0, 7)
    if k == 0:
        n = R.randint(10, 60)
        L.t("I ShelterReg.SyncWorker: Uploaded batch %d/%d (%d records, %d bytes) to https://sync.cchd-eoc.org/api/v2/sync in %dms"
            % (R.randint(1, 9), R.randint(9, 30), n, n * R.randint(300, 520), R.randint(180, 2400)))
    elif k == 1:
        L.t('E ShelterReg.SyncWorker: java.net.UnknownHostException: Unable to resolve host "sync.cchd-eoc.org": No address associated with hostname')
    elif k == 2:
        L.t("I ShelterReg.OfflineQueue: queue depth=%d oldest=%s battery=%d%% network=%s"
            % (R.randint(0, 140), ts_isoz(t - dt.timedelta(minutes=R.randint(3, 300)))[:19] + "Z",
               R.randint(8, 100), R.choice(["NONE", "WIFI", "CELLULAR", "NONE"])))
    elif k == 3:
        L.t("D WM-WorkerWrapper: Worker result SUCCESS for Work [ id=%s, tags={ com.cchd.shelterreg.sync.SyncWorker } ]" % ruuid())
    elif k == 4:
        L.t("W ShelterReg.Scanner: PDF417 decode failed (attempt %d): checksum mismatch, ask registrant to re-present card" % R.randint(1, 3))
    elif k == 5:
        L.t("I ShelterReg.App: version 3.14.%d (build %d) device=%s shelter=%s sqlite=3.39.2 schema=27"
            % (R.randint(0, 9), R.randint(4100, 4399), R.choice(TABLETS), R.choice(list(SHELTERS))))
    elif k == 6:
        L.t("I chatty  : uid=10163(com.cchd.shelterreg) SyncWorker identical %d lines" % R.randint(2, 40))
    else:
        L.t("W ShelterReg.SyncWorker: HTTP 503 from /api/v2/sync, retry in %ds (attempt %d/8) traceparent=00-%s-%s-01"
            % (R.choice([30, 60, 120, 240]), R.randint(1, 8), hexs(32), hexs(16)))
    return [L]


def g_logcat_phi():
    p = person()
    t = tick()
    L = Line("android_logcat")
    pid = R.choice([3121, 4410, 2877, 5093])
    L.t("%s  %d  %d " % (ts_logcat(t), pid, pid + R.randint(20, 90)))
    k = R.randint(0, 4)
    if k == 0:
        L.t("W ShelterReg.SyncWorker: Conflict on record ").p(p.reg, "other_id")
        L.t(" (local rev %d, server rev %d); keeping server copy" % (R.randint(1, 3), R.randint(4, 6)))
    elif k == 1:
        L.t("D ShelterReg.RegistrationDao: insert Registrant{id=").p(p.reg, "other_id")
        L.t(", lastName='").p(p.last, "name").t("', firstName='").p(p.first, "name")
        L.t("', dob=").p(fdate(p.dob, "iso"), "date").t(", cot='%s', medicalFlag=%s, language='%s', wristband='" % (p.cot, "true" if R.random() < .6 else "false", p.lang))
        L.p(p.wb, "other_id").t("'}")
    elif k == 2:
        L.t("I ShelterReg.Scanner: AAMVA parse ok DAQ=").p(p.dl, "license").t(" DCS=").p(p.last.upper(), "name")
        L.t(" DAC=").p(p.first.upper(), "name").t(" DBB=").p(fdate(p.dob, "aamva"), "date")
        L.t(" DAG=").p(p.street_line.upper(), "address").t(" DAI=").p(p.city.upper(), "address")
        L.t(" DAJ=FL DAK=").p(p.zip + "0000", "zip").t(" DBA=").p(fdate(dt.date(R.randint(2026, 2033), p.dob.month, p.dob.day), "aamva"), "date")
    elif k == 3:
        L.t("I ShelterReg.Household: linked member ").p(nm(p, "fl"), "name").t(" (age ")
        if p.age > 89:
            L.p(str(p.age), "age")
        else:
            L.t(str(p.age))
        L.t(") to household HH-%05d, head=" % R.randint(100, 99999)).p(rel_nm(p), "name")
    else:
        L.t("E ShelterReg.Validation: rejected field 'phone' value '").p(fphone(p.phone, "plain")[:-1], "phone")
        L.t("' for ").p(p.reg, "other_id").t(": expected 10 digits")
    return [L]


CSV_HDR = "shelter_id,reg_id,checkin_ts,last_name,first_name,dob,age,street,city,zip,phone,hh_size,pets,med_needs,lang"


def csvq(s):
    if "," in s or '"' in s or ";" in s:
        return '"' + s.replace('"', '""') + '"'
    return s


def g_csv_row():
    out = []
    if R.random() < 0.18:
        L = Line("csv_registration")
        L.t(CSV_HDR)
        out.append(L)
    p = person()
    L = Line("csv_registration")
    L.t(p.shelter + ",").p(p.reg, "other_id").t(",").p(p.checkin.strftime(R.choice(["%Y-%m-%d %H:%M", "%m/%d/%Y %H:%M"])), "date").t(",")
    L.p(csvq(p.last), "name").t(",").p(csvq(p.first), "name").t(",").p(fdate(p.dob, R.choice(["us", "iso"])), "date").t(",")
    if p.age > 89:
        L.p(str(p.age), "age")
    else:
        L.t(str(p.age))
    L.t(",")
    st = csvq(p.street_line)
    if st.startswith('"'):
        L.t('"').p(p.street_line, "address").t('"')
    else:
        L.p(st, "address")
    L.t(",").p(p.city, "address").t(",").p(p.zip, "zip").t(",")
    if R.random() < 0.85:
        L.p(fphone(p.phone, R.choice(["paren", "dash", "plain"])), "phone")
    L.t(",%d,%s,%s,%s" % (R.randint(1, 7), R.choice(["", "1 dog", "2 cats", "dog;cat", "0", "bird"]),
                          csvq("; ".join(p.needs)), p.lang))
    out.append(L)
    return out


def g_csv_noise():
    t = tick()
    L = Line("csv_registration")
    k = R.randint(0, 2)
    if k == 0:
        L.t(CSV_HDR)
    elif k == 1:
        L.t("%s INFO export.registrations: wrote %d rows to exports/%s_registrations_%s.csv sha256=%s"
            % (ts_logback(t), R.randint(40, 900), R.choice(list(SHELTERS)), t.strftime("%Y%m%d_%H%M"), hexs(64)))
    else:
        L.t("# export generated %s by shelter-reg-export 2.3.1; rows=%d; columns=15; delimiter=','; encoding=utf-8"
            % (t.strftime("%Y-%m-%dT%H:%M:%S-04:00"), R.randint(40, 900)))
    return [L]


def g_pipe_o2():
    p = person()
    L = Line("pipe_o2_roster")
    L.t("O2|%s|cot %s|" % (p.shelter, p.cot)).p(nm(p, "LF"), "name").t("|DOB ").p(fdate(p.dob, R.choice(["iso", "us"])), "date")
    L.t("|AGE ")
    if p.age > 89:
        L.p(str(p.age), "age")
    else:
        L.t(str(p.age))
    L.t("|%s SN " % p.o2_model).p(p.o2_sn, "device")
    L.t("|%s LPM %s|E-cyl x%d|" % (R.choice(["1.0", "2.0", "2.5", "3.0", "4.0"]), R.choice(["cont", "pulse", "HS only"]), R.randint(0, 4)))
    L.t("Lincare acct ").p(p.lincare, "account")
    L.t("|last fill ").p(fdate(dt.date(2025, 10, R.randint(5, 8)), "md"), "date").t(" %02d%02d" % (R.randint(0, 23), R.choice([0, 15, 30, 45])))
    return [L]


def g_pipe_noise():
    L = Line("pipe_o2_roster")
    k = R.randint(0, 1)
    if k == 0:
        L.t("O2|%s|SUMMARY|concentrators in use %d|E-cyl on hand %d|H-cyl %d|next Airgas delivery %s 1400|vendor %s"
            % (R.choice(list(SHELTERS)), R.randint(3, 30), R.randint(10, 90), R.randint(0, 12), "10/%02d" % R.randint(8, 10), R.choice(VENDOR_PH[:3])))
    else:
        L.t("O2|%s|ASSET|shelter concentrator tag CCHD-OXY-%04d|status %s|hours %d|filter changed %s"
            % (R.choice(list(SHELTERS)), R.randint(1, 300), R.choice(["IN SERVICE", "OUT OF SERVICE", "STANDBY"]), R.randint(100, 9000), R.choice(["yes", "no", "due"])))
    return [L]


def g_flask_noise():
    t = tick()
    L = Line("flask_app")
    k = R.randint(0, 8)
    ip = "10.20.%d.%d" % (R.randint(0, 9), R.randint(2, 250))
    if k == 0:
        L.family = "werkzeug_access"
        L.t('%s - - [%s] "GET /healthz HTTP/1.1" 200 -' % (ip, ts_werk(t)))
    elif k == 1:
        L.family = "werkzeug_access"
        L.t('INFO:werkzeug:%s - - [%s] "POST /api/triage HTTP/1.1" 201 -' % (ip, ts_werk(t)))
    elif k == 2:
        L.family = "gunicorn"
        L.t("[%s -0400] [%d] [INFO] Booting worker with pid: %d" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(300, 900), R.randint(300, 900)))
    elif k == 3:
        L.family = "gunicorn"
        L.t("[%s -0400] [%d] [CRITICAL] WORKER TIMEOUT (pid:%d)" % (t.strftime("%Y-%m-%d %H:%M:%S"), 7, R.randint(300, 900)))
    elif k == 4:
        L.t("%s INFO in triage: queue stats open=%d acuity1=%d acuity2=%d acuity3=%d oldest_min=%d"
            % (ts_flask(t), R.randint(0, 40), R.randint(0, 4), R.randint(0, 12), R.randint(0, 30), R.randint(0, 180)))
    elif k == 5:
        L.t("%s WARNING in db: slow query %.1fms: SELECT triage_forms.id, triage_forms.acuity FROM triage_forms WHERE triage_forms.shelter_id = %%(shelter_id_1)s ORDER BY triage_forms.created_at DESC LIMIT %%(param_1)s"
            % (ts_flask(t), R.uniform(250, 4000)))
    elif k == 6:
        L.t("%s INFO in app: triage-api 1.9.%d starting, commit %s, FLASK_ENV=production, DB=postgresql://triage_app@10.20.1.15:5432/triage, pool_size=10"
            % (ts_flask(t), R.randint(0, 6), hexs(7)))
    elif k == 7:
        L.t("%s INFO in auth: login ok user=%s role=%s ip=%s mfa=totp" % (ts_flask(t), R.choice(STAFF_USERS), R.choice(["nurse", "medic", "pharmacist", "eoc"]), ip))
    else:
        L.t("%s ERROR in sheets: push failed for range 'Dialysis!A2:J' (HttpError 503), will retry job %s" % (ts_flask(t), ruuid()))
    return [L]


def g_flask_triage():
    p = person()
    t = tick()
    L = Line("flask_app")
    tri = "TRI-%s-%05d" % (p.shelter, R.randint(100, 99999))
    k = R.randint(0, 2)
    if k == 0:
        L.t("%s INFO in triage: triage form submitted form_id=" % ts_flask(t)).p(tri, "other_id").t(" reg_id=").p(p.reg, "other_id")
        L.t(" acuity=%d needs=%s by=%s" % (R.randint(1, 4), repr(p.needs), R.choice(STAFF_USERS)))
    elif k == 1:
        L.t("%s DEBUG in triage: payload=" % ts_flask(t))
        obj = {"form_id": P(tri, "other_id"), "shelter": p.shelter,
               "patient": {"last_name": P(p.last, "name"), "first_name": P(p.first, "name"),
                           "dob": P(fdate(p.dob, "us"), "date"), "sex": p.sex,
                           "phone": P(fphone(p.phone, "dash"), "phone")},
               "vitals": {"bp": "%d/%d" % (R.randint(100, 185), R.randint(60, 105)), "hr": R.randint(55, 120),
                          "spo2": R.randint(84, 99), "temp_f": round(R.uniform(97.0, 101.5), 1)},
               "needs": p.needs, "acuity": R.randint(1, 4), "submitted_by": R.choice(STAFF_USERS)}
        emit_json(L, obj, sep=(", ", ": "), ascii_only=True)
    else:
        L.t("%s INFO in triage: acuity escalated %d->%d for " % (ts_flask(t), R.randint(3, 4), R.randint(1, 2)))
        obj = {"nombre": P(nm(p, "fl"), "name"), "fecha_nac": P(fdate(p.dob, "dmy"), "date"),
               "edad": P(p.age, "age") if p.age > 89 else p.age, "refugio": p.shelter,
               "motivo": R.choice(["SpO2 87% con 2L", "glucosa 412", "dolor torácico", "sin diálisis 3 días"])}
        emit_pyrepr(L, obj)
    return [L]


def g_flask_error():
    p = person()
    t = tick()
    out = []
    k = R.randint(0, 1)
    if k == 0:
        L = Line("flask_app")
        L.t("%s ERROR in app: Exception on /api/triage [POST]" % ts_flask(t))
        out.append(L)
        for s in ['Traceback (most recent call last):',
                  '  File "/srv/triage/venv/lib/python3.11/site-packages/flask/app.py", line 1463, in wsgi_app',
                  '    response = self.full_dispatch_request()',
                  '  File "/srv/triage/app/forms.py", line 88, in parse_patient',
                  "    dob = datetime.strptime(raw['dob'], '%m/%d/%Y').date()"]:
            L = Line("python_traceback")
            L.t(s)
            out.append(L)
        L = Line("python_traceback")
        L.t("ValueError: time data '").p(fdate(p.dob, "dmy") if p.dob.day > 12 else fdate(p.dob, "iso"), "date").t("' does not match format '%m/%d/%Y'")
        out.append(L)
    else:
        L = Line("flask_app")
        L.t("%s ERROR in db: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint \"triage_forms_reg_id_key\"\\nDETAIL:  Key (reg_id)=(" % ts_flask(t))
        L.p(p.reg, "other_id").t(") already exists.\\n[SQL: INSERT INTO triage_forms (reg_id, acuity, needs, created_by) VALUES (%(reg_id)s, %(acuity)s, %(needs)s, %(created_by)s)]")
        out.append(L)
    return out


def g_traceback_noise():
    out = []
    lines = [
        'Traceback (most recent call last):',
        '  File "/srv/o2sync/app/sync.py", line 142, in push_rows',
        '    resp = sheet.values().append(spreadsheetId=SHEET_ID, range=rng, valueInputOption="USER_ENTERED", body=body).execute()',
        '  File "/srv/o2sync/venv/lib/python3.11/site-packages/googleapiclient/_helpers.py", line 130, in positional_wrapper',
        '    return wrapped(*args, **kwargs)',
        '  File "/srv/o2sync/venv/lib/python3.11/site-packages/googleapiclient/http.py", line 938, in execute',
        '    raise HttpError(resp, content, uri=self.uri)',
        "googleapiclient.errors.HttpError: <HttpError 429 when requesting https://sheets.googleapis.com/v4/spreadsheets/1Qm7ZrK0vXcT9bLpE2wYd8nHf3sUaJ6gR4iO5kM1cNq/values/O2%%20Roster%%21A2%%3AL:append?valueInputOption=USER_ENTERED&alt=json returned \"Quota exceeded for quota metric 'Write requests' and limit 'Write requests per minute per user' of service 'sheets.googleapis.com' for consumer 'project_number:%d'.\". Details: \"[{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', 'reason': 'RATE_LIMIT_EXCEEDED', 'domain': 'googleapis.com'}]\">" % R.randint(100000000000, 999999999999),
    ]
    t = tick()
    L = Line("sheets_sync_py")
    L.t("%s ERROR o2sync.sync: batch %d failed after %d rows" % (t.strftime("%Y-%m-%d %H:%M:%S,") + ms3(t), R.randint(1, 400), R.randint(0, 50)))
    out.append(L)
    for s in lines:
        L = Line("python_traceback")
        L.t(s)
        out.append(L)
    return out


PODS = ["reunify-api-6f9c7d8b5-xk2pq", "reunify-api-6f9c7d8b5-m7w4d", "reunify-api-6f9c7d8b5-qq9zr"]


def g_pino_noise():
    t = tick()
    L = Line("pino_json")
    base = {"level": 30, "time": ts_epoch_ms(t), "pid": R.choice([1, 1, 19]), "hostname": R.choice(PODS)}
    k = R.randint(0, 4)
    if k == 0:
        base.update({"reqId": "req-%x" % R.randint(1, 9999), "res": {"statusCode": R.choice([200, 200, 304, 404])}, "responseTime": round(R.uniform(1, 300), 3), "msg": "request completed"})
    elif k == 1:
        base.update({"msg": "Server listening at http://0.0.0.0:%d" % R.choice([3000, 8080])})
    elif k == 2:
        base.update({"level": 40, "msg": "redis reconnecting", "attempt": R.randint(1, 9), "delayMs": R.choice([200, 400, 800, 1600])})
    elif k == 3:
        base.update({"msg": "matcher run finished", "candidates": R.randint(0, 3000), "matches": R.randint(0, 40), "durationMs": R.randint(40, 9000), "traceId": hexs(32)})
    else:
        base.update({"level": 50, "msg": "safe-and-well export failed", "err": {"type": "FetchError", "message": "request to https://partner-feed.example-redcross.org/v1/registrations failed, reason: ETIMEDOUT", "code": "ETIMEDOUT"}})
    emit_json(L, base)
    return [L]


def g_pino_reunify():
    p = person()
    t = tick()
    L = Line("pino_json")
    case = "FR-2025-%05d" % R.randint(100, 99999)
    k = R.randint(0, 3)
    base = {"level": 30, "time": ts_epoch_ms(t), "pid": 1, "hostname": R.choice(PODS), "reqId": "req-%x" % R.randint(1, 9999)}
    if k == 0:
        seeker_ph = P(mk_foreign_phone(R.choice(["ht", "mx", "cu"])), "phone") if R.random() < 0.3 else P(fphone(p.rel_phone, "e164"), "phone")
        base.update({"msg": "reunification request created", "caseNo": P(case, "other_id"),
                     "seeker": {"name": P(rel_nm(p), "name"), "phone": seeker_ph, "relationship": p.rel_word, "lang": p.lang},
                     "sought": {"name": P(nm(p, "fl"), "name"),
                                "ageApprox": P(p.age, "age") if p.age > 89 else p.age,
                                "lastKnownAddress": P(p.street_line + ", " + p.city + " FL " + p.zip, "address"),
                                "lastSeen": P(fdate(dt.date(2025, 10, R.randint(5, 7)), "iso"), "date")}})
    elif k == 1:
        base.update({"msg": "candidate match", "caseNo": P(case, "other_id"), "regId": P(p.reg, "other_id"), "score": round(R.uniform(0.6, 0.99), 3),
                     "fields": ["lastName", "dob", "zip"], "shelter": p.shelter})
    elif k == 2:
        L.t('{"level":30,"time":%d,"pid":1,"hostname":"%s","reqId":"req-%x","msg":"photo attached","caseNo":"' % (ts_epoch_ms(t), R.choice(PODS), R.randint(1, 9999)))
        L.p(case, "other_id").t('","photo":{"mime":"image/jpeg","bytes":%d,"data":"data:image/jpeg;base64,' % R.randint(20000, 90000))
        L.p(mk_photo(R.randint(90, 160)), "photo").t('"}}')
        return [L]
    else:
        base.update({"msg": "portal user registered", "username": P(p.username, "other_id"),
                     "email": P(p.rel_email, "email"), "profileUrl": P("https://www.facebook.com/%s.%s.%d" % (strip_acc(p.first).lower().replace(" ", ""), strip_acc(p.last).lower().replace(" ", "").replace("'", ""), R.randint(1, 99)), "url"),
                     "ip": P(mk_public_ip(), "ip")})
    emit_json(L, base)
    return [L]


UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Linux; Android 14; SM-A156U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.6668.81 Mobile Safari/537.36',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36']


def g_morgan_noise():
    t = tick()
    L = Line("morgan_access")
    k = R.randint(0, 2)
    if k == 0:
        L.t('10.20.%d.%d - - [%s] "GET /healthz HTTP/1.1" 200 15 "-" "kube-probe/1.29"' % (R.randint(0, 3), R.randint(2, 250), ts_clf(t)))
    elif k == 1:
        L.t('10.20.0.%d - - [%s] "GET /static/js/main.%s.js HTTP/1.1" 304 - "https://reunite.cchd-eoc.org/" "%s"' % (R.randint(2, 9), ts_clf(t), hexs(8), R.choice(UAS)))
    else:
        L.t('10.20.0.%d - - [%s] "GET /api/shelters/status HTTP/1.1" 200 %d "-" "Everbridge-Webhook/2.1"' % (R.randint(2, 9), ts_clf(t), R.randint(800, 4000)))
    return [L]


def g_morgan_phi():
    p = person()
    t = tick()
    L = Line("morgan_access")
    case = "FR-2025-%05d" % R.randint(100, 99999)
    L.p(mk_public_ip(), "ip").t(' - - [%s] "GET /api/requests/' % ts_clf(t)).p(case, "other_id")
    L.t('/status?lang=%s HTTP/1.1" 200 %d "https://reunite.cchd-eoc.org/track" "%s"' % (p.lang, R.randint(300, 900), R.choice(UAS)))
    return [L]


def g_cad_noise():
    t = tick()
    L = Line("cad_text")
    evt = "25-%06d" % R.randint(100000, 109999)
    u = R.choice(UNITS_SNT)
    k = R.randint(0, 4)
    st = t.strftime("%m/%d/%Y %H:%M:%S")
    if k == 0:
        L.t("%s EVT %s UNIT %s %s" % (st, evt, u, R.choice(["DISP", "ENRT", "ONSC", "TRNS", "ATDS", "AVAIL", "CLR"])))
    elif k == 1:
        L.t("%s UNIT %s STATUS OOS reason=FUEL odo=%d crew=%s" % (st, u, R.randint(20000, 180000), R.choice(STAFF)))
    elif k == 2:
        L.t("%s EVT %s CLOSED disp=TRANSPORTED dest=%s elapsed=%dm" % (st, evt, R.choice(list(SHELTERS) + ["GCMC", "LMH", "HPMC"]), R.randint(18, 140)))
    elif k == 3:
        L.t("%s SYS CAD interface heartbeat ok peers=3 avl_lag_ms=%d queue=%d" % (st, R.randint(50, 4000), R.randint(0, 12)))
    else:
        L.t("%s EVT %s NOTE by %s: road closed Summerlin Rd at Cypress Lake Dr, reroute via Winkler" % (st, evt, R.choice(["dispatch03", "dispatch07"])))
    return [L]


def g_cad_phi():
    p = person()
    t = tick()
    L = Line("cad_text")
    evt = "25-%06d" % R.randint(100000, 109999)
    req = "SNT-REQ-%04d" % R.randint(100, 9999)
    st = t.strftime("%m/%d/%Y %H:%M:%S")
    k = R.randint(0, 2)
    if k == 0:
        L.t("%s EVT %s CREATED pri=%d type=SNTRANS req=" % (st, evt, R.randint(1, 3))).p(req, "other_id")
        L.t(' pt="').p(nm(p, "LF"), "name").t('" addr="').p(p.street_line + ", " + p.city, "address")
        L.t('" geo=').p("%.5f,%.5f" % (p.lat, p.lon), "address").t(" needs=%s dest=%s cb=" % (",".join(n.upper().replace(" ", "") for n in p.needs), p.shelter))
        L.p(fphone(p.rel_phone, "plain"), "phone")
    elif k == 1:
        L.t("%s EVT %s NOTE by dispatch0%d: pt " % (st, evt, R.randint(1, 9))).p(p.last.upper(), "name")
        L.t(" is %s, %s. Caller " % (R.choice(["bedbound", "WC", "bariatric 410lb", "on home vent"]), R.choice(["needs 2 lifters", "has own O2", "gate code at door"])))
        L.p(p.rel_first, "name").t(" (%s) " % p.rel_word).p(fphone(p.rel_phone, "paren"), "phone")
    else:
        L.t("%s SNT SCHED " % st).p(req, "other_id").t(" pickup ").p(fdate(dt.date(2025, 10, R.randint(9, 11)), "md"), "date")
        L.t(" %02d%02d from %s to %s (dialysis chair %s) pt=" % (R.choice([4, 5, 10, 11]), R.choice([0, 30]), p.shelter, R.choice(["DaVita Lehigh Acres", "Fresenius Cape Coral", "DaVita Pine Island", "FMC Naples"]), R.randint(1, 24)))
        L.p(nm(p, "il"), "name")
    return [L]


def g_avl():
    t = tick(1, 20)
    u = R.choice(UNITS_SNT)
    lat = 26.3 + R.random() * 0.8
    lon = -82.0 + R.random() * 0.6
    k = R.randint(0, 2)
    if k == 0:
        L = Line("avl_json")
        emit_json(L, {"unit": u, "ts": ts_isoz(t)[:19] + "Z", "lat": round(lat, 6), "lon": round(lon, 6), "spd_mph": R.randint(0, 62),
                      "hdg": R.randint(0, 359), "ign": R.random() < 0.8, "fix": "3D", "sats": R.randint(5, 14), "modem": "CP-IBR900-%05d" % R.randint(0, 99999)})
    elif k == 1:
        L = Line("avl_logfmt")
        L.t('ts=%s level=info msg="avl ping" unit=%s lat=%.5f lon=%.5f spd=%d hdg=%d evt=25-%06d rssi=-%d'
            % (ts_isoz(t), u, lat, lon, R.randint(0, 60), R.randint(0, 359), R.randint(100000, 109999), R.randint(60, 110)))
    else:
        L = Line("nmea")
        hh = utc(t).strftime("%H%M%S")
        la = "%02d%07.4f" % (int(lat), (lat - int(lat)) * 60)
        lo = "%03d%07.4f" % (int(-lon), (-lon - int(-lon)) * 60)
        body = "GPRMC,%s.00,A,%s,N,%s,W,%.1f,%.1f,%s,,,A" % (hh, la, lo, R.uniform(0, 50), R.uniform(0, 359), utc(t).strftime("%d%m%y"))
        cs = 0
        for c in body:
            cs ^= ord(c)
        L.t("%s avlgw[%d]: %s $%s*%02X" % (ts_syslog(t), R.randint(800, 900), u, body, cs))
    return [L]


DRUGS = [("00093-7180-56", "LISINOPRIL 20MG TAB", 30), ("00378-0208-05", "METFORMIN HCL 500MG TAB", 60),
         ("00002-8715-01", "INSULIN LISPRO 100U/ML VIAL", 1), ("00172-5728-60", "FUROSEMIDE 40MG TAB", 30),
         ("68180-0517-09", "AMLODIPINE 10MG TAB", 30), ("00597-0075-41", "TIOTROPIUM 18MCG INH CAP", 30),
         ("59746-0115-06", "LEVETIRACETAM 500MG TAB", 60), ("00054-4297-25", "SEVELAMER CARB 800MG TAB", 90),
         ("00006-0277-54", "SITAGLIPTIN 100MG TAB", 30), ("00093-0058-01", "ALBUTEROL HFA 90MCG", 1)]


def g_pharm_noise():
    t = tick()
    L = Line("pharmacy_kv")
    k = R.randint(0, 3)
    if k == 0:
        d = R.choice(DRUGS)
        L.t("%s rxrepl[%d]: ndc lookup ndc=%s desc=\"%s\" formulary=EPAP tier=%d cache=%s took=%dms" % (ts_iso_off(t), R.randint(800, 990), d[0], d[1], R.randint(1, 3), R.choice(["HIT", "MISS"]), R.randint(2, 400)))
    elif k == 1:
        L.t("%s rxrepl[%d]: formulary cache refreshed entries=%d source=https://epap.example.gov/formulary/2025Q4.csv etag=\"%s\"" % (ts_iso_off(t), R.randint(800, 990), R.randint(20000, 40000), hexs(16)))
    elif k == 2:
        L.t("%s rxrepl[%d]: partner pharmacy=%s ncpdp=%07d npi=%d phone=\"%s\" fax=\"%s\" status=ONLINE" % (
            ts_iso_off(t), R.randint(800, 990), R.choice(["Walgreens #4471", "CVS #8820", "Publix Pharmacy #1194", "Winn-Dixie #0563"]),
            R.randint(1000000, 9999999), R.randint(1000000000, 1999999999), fphone(mk_phone(), "paren"), fphone(mk_phone(), "dash")))
    else:
        L.t("%s rxrepl[%d]: batch summary claims=%d paid=%d rejected=%d reversed=%d avg_rt_ms=%d" % (ts_iso_off(t), R.randint(800, 990), R.randint(5, 80), R.randint(5, 70), R.randint(0, 9), R.randint(0, 3), R.randint(200, 1900)))
    return [L]


def g_pharm_phi():
    p = person()
    t = tick()
    L = Line("pharmacy_kv")
    d = R.choice(DRUGS)
    rx = "%07d" % R.randint(1000000, 9999999)
    k = R.randint(0, 2)
    L.t("%s rxrepl[%d]: " % (ts_iso_off(t), R.randint(800, 990)))
    if k == 0:
        emit_kv(L, [("event", "claim_submitted"), ("program", "EPAP"), ("patient", P(nm(p, R.choice(["LF", "lf"])), "name")),
                    ("dob", P(fdate(p.dob, "compact"), "date")), ("cardholder_id", P(p.member, "health_plan")),
                    ("bin", "610014"), ("pcn", "EPAP"), ("rx", rx), ("ndc", d[0]), ("drug", d[1]), ("qty", d[2]), ("ds", 30),
                    ("result", R.choice(["PAID", "PAID", "REJECT 75"]))])
    elif k == 1:
        emit_kv(L, [("event", "lost_med_attestation"), ("reg", P(p.reg, "other_id")), ("name", P(nm(p, "fl"), "name")),
                    ("last_fill", P(fdate(dt.date(2025, R.randint(8, 9), R.randint(1, 28)), "us"), "date")),
                    ("medicaid", P(p.medicaid, "health_plan")), ("drug", d[1]), ("reason", R.choice(["lost in evacuation", "flood damage", "left behind - fire evac"])),
                    ("verified_by", R.choice(STAFF_USERS))])
    else:
        emit_kv(L, [("event", "copay_charge_error"), ("pt_acct", P(p.pt_acct, "account")),
                    ("card", P(p.card, "account")), ("exp", "%02d/%02d" % (R.randint(1, 12), R.randint(26, 30))),
                    ("amount", "%.2f" % R.uniform(1, 45)), ("gateway", "authnet"), ("error", "E00027 The transaction was unsuccessful.")])
    return [L]


def g_hl7():
    p = person()
    t = tick()
    out = []
    ctl = "MSG%08d" % R.randint(0, 99999999)
    ts = t.strftime("%Y%m%d%H%M%S")
    d = R.choice(DRUGS)
    L = Line("hl7_v2")
    L.t("MSH|^~\\&|SHELTERRX|CCHD_MNS|PHARMACY|%s|%s||RDE^O11^RDE_O11|%s|P|2.5.1|||AL|NE|USA|UNICODE UTF-8" % (R.choice(["WAG4471", "CVS8820", "PUBLIX1194"]), ts, ctl))
    out.append(L)
    L = Line("hl7_v2")
    L.t("PID|1||").p(p.reg, "other_id").t("^^^CCHD^PI~").p(p.mrn, "mrn").t("^^^LMH^MR||")
    L.p(p.last.upper(), "name").t("^").p(p.first.upper(), "name").t("^^^^^L||").p(fdate(p.dob, "compact"), "date")
    L.t("|%s|||" % p.sex).p(p.street_line.upper(), "address").t("^^").p(p.city.upper(), "address").t("^FL^").p(p.zip, "zip")
    L.t("^USA||^PRN^PH^^1^").p(p.phone[0] + "^" + p.phone[1] + p.phone[2], "phone").t("||%s|||||" % {"es": "SPA", "ht": "HAT"}.get(p.lang, "ENG"))
    out.append(L)
    L = Line("hl7_v2")
    L.t("PV1|1|O|%s^%s^^CCHD||||%d^%s^^^^^^NPI" % (p.shelter, p.cot, R.randint(1000000000, 1999999999), R.choice(["LINDQVIST^ASTRID", "OSEI^KWAME", "FONTENOT^CLAIRE"])))
    out.append(L)
    if R.random() < 0.5:
        L = Line("hl7_v2")
        L.t("IN1|1|EPAP01^EPAP|77027|FL MEDICAID|||||||||||").p(p.last.upper(), "name").t("^").p(p.first.upper(), "name")
        L.t("|SEL|||||||||||||||||||").p(p.medicaid, "health_plan")
        out.append(L)
    L = Line("hl7_v2")
    L.t("ORC|NW|RX%07d^SHELTERRX|||||^^^%s^^R||%s|%s" % (R.randint(0, 9999999), ts[:8], ts, R.choice(STAFF_USERS)))
    out.append(L)
    L = Line("hl7_v2")
    L.t("RXE|1^QD^^^^R|%s^%s^NDC|1||TAB|||||%d|TAB|0" % (d[0].replace("-", ""), d[1], d[2]))
    out.append(L)
    return out


def g_hl7_ack():
    t = tick()
    L = Line("hl7_v2")
    L.t("%s hl7-listener INFO sent ACK MSA|AA|MSG%08d|message accepted (RDE^O11, %d segments, %dms)" % (ts_logback(t), R.randint(0, 99999999), R.randint(5, 9), R.randint(3, 90)))
    return [L]


def g_x12():
    p = person()
    t = tick()
    L = Line("x12_270")
    ic = "%09d" % R.randint(1, 999999)
    d8 = t.strftime("%Y%m%d")
    L.t("ISA*00*          *00*          *ZZ*CCHDMNS        *ZZ*FLMEDICAID     *%s*%s*^*00501*%s*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ic))
    L.t("GS*HS*CCHDMNS*FLMEDICAID*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*%d*%s*%s~" % (d8, t.strftime("%H%M"), int(ic), R.randint(10000000, 99999999), d8, t.strftime("%H%M")))
    L.t("HL*1**20*1~NM1*PR*2*FLORIDA MEDICAID*****PI*77027~HL*2*1*21*1~NM1*1P*2*CALUSA COUNTY HEALTH DEPT*****XX*1588667799~HL*3*2*22*0~TRN*1*93175-%06d*9877281234~" % R.randint(0, 999999))
    L.t("NM1*IL*1*").p(p.last.upper(), "name").t("*").p(p.first.upper(), "name").t("****MI*").p(p.medicaid, "health_plan")
    L.t("~DMG*D8*").p(fdate(p.dob, "compact"), "date").t("*%s~DTP*291*D8*" % p.sex).p(d8, "date").t("~EQ*30~SE*13*0001~GE*1*%d~IEA*1*%s~" % (int(ic), ic))
    return [L]


def g_sheets_noise():
    t = tick()
    L = Line("sheets_sync_py")
    k = R.randint(0, 4)
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + ms3(t)
    sid = R.choice(["1Qm7ZrK0vXcT9bLpE2wYd8nHf3sUaJ6gR4iO5kM1cNq", "1hD0aPz93LwQe8RkTuY2mVbX6nCjS4fGo7iE1rWqZKt"])
    if k == 0:
        L.t("INFO:googleapiclient.discovery:URL being requested: POST https://sheets.googleapis.com/v4/spreadsheets/%s/values/%s:append?valueInputOption=USER_ENTERED&alt=json"
            % (sid, R.choice(["O2%20Roster%21A2%3AL", "Dialysis%21A2%3AJ", "Census%21A1%3AH"])))
    elif k == 1:
        L.t("WARNING:googleapiclient.http:Sleeping %.2f seconds before retry %d of 5 for request: POST https://sheets.googleapis.com/v4/spreadsheets/%s:batchUpdate?alt=json, after 429"
            % (R.uniform(0.5, 30), R.randint(1, 5), sid))
    elif k == 2:
        L.t("%s INFO o2sync.sync: synced sheet=%s tab=%s rows_read=%d rows_written=%d updatedRange=%s took=%.2fs"
            % (ts, sid[:10] + "...", R.choice(["O2 Roster", "Dialysis", "Census"]), R.randint(10, 300), R.randint(0, 40), "'O2 Roster'!A%d:L%d" % (R.randint(2, 90), R.randint(90, 300)), R.uniform(0.3, 9)))
    elif k == 3:
        L.t("INFO:google_auth_httplib2:Refreshing credentials due to a 401 response. Attempt 1/2.")
    else:
        L.t("%s DEBUG o2sync.auth: service account o2sync@cchd-eoc-ops.iam.gserviceaccount.com token expires in %ds" % (ts, R.randint(100, 3599)))
    return [L]


def g_sheets_phi():
    p = person()
    t = tick()
    L = Line("sheets_sync_py")
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + ms3(t)
    k = R.randint(0, 1)
    if k == 0:
        L.t("%s INFO o2sync.sync: append 'O2 Roster' row " % ts)
        row = [P(nm(p, "lf"), "name"), P(fdate(p.dob, "us_nopad"), "date"), P(str(p.age), "age") if p.age > 89 else str(p.age), p.shelter, p.cot,
               p.o2_model, P(p.o2_sn, "device"), "%s LPM" % R.choice(["2", "2.5", "3", "4"]), R.choice(["2 E-cyl", "1 E-cyl", "none"]),
               P(fphone(p.rel_phone, "dash"), "phone"), p.rel_word]
        emit_pyrepr(L, row)
    else:
        L.t("%s INFO dialysis_sync: row %d updated " % (ts, R.randint(2, 120)))
        obj = {"Patient": P(nm(p, R.choice(["fl", "LF"])), "name"), "DOB": P(fdate(p.dob, "us"), "date"),
               "Center": R.choice(["DaVita Lehigh Acres", "Fresenius Cape Coral", "FMC Naples", "DaVita Pine Island"]),
               "Chair time": R.choice(["M/W/F 05:30", "Tu/Th/Sa 11:00", "M/W/F 14:15"]),
               "Next tx": P(fdate(dt.date(2025, 10, R.randint(9, 11)), "us"), "date"),
               "Medicare MBI": P(p.mbi if R.random() < 0.5 else p.mbi[:4] + "-" + p.mbi[4:7] + "-" + p.mbi[7:], "health_plan"),
               "Home cycler SN": P(p.cycler, "device") if R.random() < 0.4 else "",
               "Shelter": p.shelter, "Transport": R.choice(["SNT", "family", "self", "TBD"])}
        emit_json(L, obj, sep=(", ", ": "), ascii_only=False)
    return [L]


SITREP_NO = {}


def g_sitrep(phi):
    t = tick()
    out = []
    death = phi and DECEASED and R.random() < 0.5
    sh = DECEASED[0].shelter if death else R.choice(list(SHELTERS))
    SITREP_NO[sh] = SITREP_NO.get(sh, R.randint(9, 14)) + 1
    op = "10/07/2025 1900 - 10/08/2025 0700" if t.hour < 7 else "10/08/2025 0700 - 1900"
    L = Line("sitrep")
    L.t("SITREP %s-%03d | HU DELPHINE / WF PICAYUNE | CCHD ESF-8 Shelter Branch | Op Period %s EDT | Prepared by %s | Submitted %s"
        % (sh, SITREP_NO[sh], op, R.choice(STAFF), t.strftime("%m/%d/%Y %H%M")))
    out.append(L)
    L = Line("sitrep")
    cap = R.randint(250, 900)
    L.t("  Capacity: %d | Census: %d (+%d/-%d) | MNS: %d | O2-dependent: %d | Dialysis: %d | SNT trips: %d (%d pending) | Staff on shift: %d | Deaths: %d"
        % (cap, R.randint(cap // 3, cap), R.randint(0, 40), R.randint(0, 30), R.randint(3, 40), R.randint(1, 15),
           R.randint(0, 9), R.randint(0, 20), R.randint(0, 4), R.randint(8, 40), 1 if death else 0))
    out.append(L)
    if phi:
        L = Line("sitrep")
        if death:
            p = DECEASED.pop(0)
            L.t("  Significant events: 1 death at %s, " % sh).p(str(p.age), "age").t(" y/o %s, hospice pt, expected; ME notified %s, decedent " % (p.sex, t.strftime("%H%M")))
            L.p(nm(p, "LF"), "name").t(" (").p(p.reg, "other_id").t("), DOD ").p(fdate(t.date(), "us"), "date")
        else:
            p = elder() if R.random() < 0.6 else person()
            L.t("  Hospital transfers: ").p(nm(p, "il"), "name").t(" (")
            if p.age > 89:
                L.p(str(p.age), "age")
            else:
                L.t(str(p.age))
            L.t(") %s -> %s for %s, transferred " % (sh, R.choice(["GCMC", "HPMC", "LMH", "NCH"]), R.choice(["CHF exacerbation", "hypoxia", "fall w/ hip pain", "missed dialysis x2", "DKA"])))
            L.p(fdate(dt.date(2025, 10, R.randint(6, 8)), "us_short"), "date")
            if R.random() < 0.6:
                L.t(", hosp MRN ").p(p.mrn, "mrn")
        out.append(L)
    if R.random() < 0.5:
        L = Line("sitrep")
        L.t("  Census by origin ZIP: 33936=%d, 33971=%d, 33905=%d, 33931=%d, 34142=%d | Unmet: %s"
            % (R.randint(5, 90), R.randint(2, 60), R.randint(2, 60), R.randint(0, 30), R.randint(0, 50),
               R.choice(["2 bariatric beds at CC09", "Creole interpreters night shift", "sharps containers CC03", "none", "N95 for smoke (WF)"])))
        out.append(L)
    return out


def g_sitrep_noise():
    return g_sitrep(False)


def g_sitrep_phi():
    return g_sitrep(True)


ICS_NOISE = [
    ("Resupply", "Request 40 cots, 2 cs N95, 6 E-cyl O2 to {sh} by 1600. POC {st} {eoc}."),
    ("Power", "Generator at {sh} down 1312-1340, O2 concentrators moved to battery/E-cyl. Restored. No pt impact."),
    ("Staffing", "Need 3 Creole and 2 Spanish interpreters for night shift at {sh}.\\nPls confirm via EOC line {eoc}."),
    ("Delivery", "Ice and water delivery PO-2025-{po} arrived {sh}. 22 pallets."),
    ("Net check", "Net check {hm}: all shelter stations loud and clear except CC11 (weak, relay via KD4QXV)."),
    ("Air quality", "Smoke from WF Picayune drifting NE, AQI 160+ at {sh}. Request 500 N95 and HEPA units."),
    ("Census", "{sh} census {n}, MNS {m}. Cots available {c}. Pet area full."),
]


def g_ics213_noise():
    t = tick()
    L = Line("ics213")
    subj, body = R.choice(ICS_NOISE)
    body = body.format(sh=R.choice(list(SHELTERS)), st=R.choice(STAFF), eoc=EOC_PHONE, po="%05d" % R.randint(0, 99999),
                       hm=t.strftime("%H%M"), n=R.randint(80, 600), m=R.randint(5, 60), c=R.randint(0, 80))
    L.t("ICS-213 | MSG %04d | %s | TO: %s | FROM: %s | SUBJ: %s | MSG: %s | APPROVED: %s | OPR: %s"
        % (R.randint(100, 999), t.strftime("%m/%d/%y %H%M"), R.choice(["EOC Logistics", "ESF-8 Desk", "Medical Branch Dir", "Shelter Ops"]),
           R.choice(["CC07 Shelter Mgr", "CC03 Nurse Lead", "CC09 MNS Lead", "Net Control"]), subj,
           body, R.choice(STAFF), R.choice(["KD4QXV", "W4CHD", "KO4RBT", "N4FMY"])))
    return [L]


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def g_winlink_xml(phi=True):
    t = tick()
    L = Line("winlink_xml")
    call = R.choice(["KO4RBT", "W4CHD", "N4FMY", "KD4QXV"])
    sh = R.choice(list(SHELTERS))
    L.t("%s eoc-radio winlink-gw[%d]: form ICS213 from %s-10 mid=%s xml=" % (ts_syslog(t), R.randint(1100, 1199), call, "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12))))
    L.t('<?xml version="1.0" encoding="UTF-8"?><RMS_Express_Form><form_parameters><xml_file_version>1.0</xml_file_version><rms_express_version>1.7.%d.0</rms_express_version>' % R.randint(10, 20))
    L.t("<submission_datetime>%s</submission_datetime><senders_callsign>%s</senders_callsign><display_form>ICS213_Initial_Viewer.html</display_form></form_parameters>" % (utc(t).strftime("%Y%m%d%H%M%S"), call))
    L.t("<variables><msgsender>%s</msgsender><inc_name>HU DELPHINE</inc_name><to_name>ESF-8 Desk</to_name><fm_name>%s Nurse Lead</fm_name>" % (call, sh))
    if phi:
        p = person()
        k = R.randint(0, 2)
        if k == 0:
            L.t("<subjectline>Insulin needed</subjectline><mdate>%s</mdate><mtime>%s</mtime><message>" % (t.strftime("%Y-%m-%d"), t.strftime("%H:%M")))
            L.t("Pt ").p(xesc(nm(p, R.choice(["fl", "FL_up"]))), "name").t(" DOB ").p(fdate(p.dob, "us"), "date").t(" (reg ").p(p.reg, "other_id")
            L.t(") lost insulin in evac, BG 388. Need replacement vial + pen needles.</message>")
        elif k == 1:
            L.t("<subjectline>Missing person follow-up</subjectline><mdate>%s</mdate><mtime>%s</mtime><message>" % (t.strftime("%Y-%m-%d"), t.strftime("%H:%M")))
            L.t("Family of ").p(xesc(nm(p, "lf")), "name").t(" (").p(p.street_line, "address").t(", ").p(p.city, "address")
            L.t(") reports pt not at home after fire evac. Contact ").p(xesc(rel_nm(p)), "name").t(" ").p(fphone(p.rel_phone, "dash"), "phone").t(".</message>")
        else:
            L.t("<subjectline>Dialysis</subjectline><mdate>%s</mdate><mtime>%s</mtime><message>" % (t.strftime("%Y-%m-%d"), t.strftime("%H:%M")))
            L.p(xesc(nm(p, "il")), "name").t(" missed tx ").p(fdate(dt.date(2025, 10, R.randint(6, 7)), "md"), "date").t(", K+ unknown, edema. Medicare ").p(p.mbi, "health_plan").t(". Req SNT to FMC.</message>")
    else:
        L.t("<subjectline>Resource request</subjectline><mdate>%s</mdate><mtime>%s</mtime><message>%s</message>" % (
            t.strftime("%Y-%m-%d"), t.strftime("%H:%M"),
            R.choice(["Need 10 E-cyl O2 and 2 regulators at %s by 1800." % sh, "Request 2 RN for night shift, census up 40." , "Water pressure low in showers, facilities notified."])))
    L.t("<approved_name>%s</approved_name><approved_postitle>%s</approved_postitle></variables></RMS_Express_Form>" % (xesc(R.choice(STAFF)), R.choice(["Shelter Mgr", "Nurse Lead", "MNS Lead"])))
    return [L]


def g_winlink_noise():
    return g_winlink_xml(False)


def g_cap_noise():
    t = tick()
    L = Line("cap_xml")
    lang, head, area = R.choice([("en-US", "Shelter CC07 at 85%% capacity; use CC09 for overflow", "Lehigh Acres"),
                                 ("es-US", "Refugio CC03 abierto 24 horas; se aceptan mascotas", "Fort Myers"),
                                 ("ht-US", "Abri CC11 louvri, gen tradiktè kreyòl sou plas", "Immokalee"),
                                 ("en-US", "Boil water notice lifted for ZIP 33931", "Fort Myers Beach")])
    L.t("%s [notif-worker-%d] DEBUG o.c.notify.CapPublisher - payload=" % (ts_logback(t), R.randint(1, 8)))
    L.t('<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2"><identifier>CCHD-%s-%04d</identifier><sender>alerts@cchd-eoc.org</sender><sent>%s</sent>'
        % (t.strftime("%Y%m%d"), R.randint(1, 9999), t.strftime("%Y-%m-%dT%H:%M:%S-04:00")))
    L.t("<status>Actual</status><msgType>%s</msgType><scope>Public</scope><info><language>%s</language><category>Health</category><event>Shelter Status</event>"
        % (R.choice(["Alert", "Update"]), lang))
    L.t("<urgency>Expected</urgency><severity>Moderate</severity><certainty>Observed</certainty><headline>%s</headline><area><areaDesc>%s</areaDesc>"
        % (head.replace("%%", "%"), area))
    L.t("<geocode><valueName>SAME</valueName><value>0120%d1</value></geocode></area></info></alert>" % R.choice([7, 2, 5]))
    return [L]


def g_ics213_phi():
    ps = R.sample(PEOPLE, 3)
    t = tick()
    L = Line("ics213")
    L.t("ICS-213 | MSG %04d | %s | TO: ESF-8 Desk | FROM: %s Nurse Lead | SUBJ: " % (R.randint(100, 999), t.strftime("%m/%d/%y %H%M"), ps[0].shelter))
    k = R.randint(0, 2)
    if k == 0:
        L.t("Dialysis transport | MSG: Request SNT for 3 dialysis pts to DaVita Lehigh 0530 ").p(fdate(dt.date(2025, 10, R.randint(9, 10)), "md"), "date").t(": ")
        for i, q in enumerate(ps):
            if i:
                L.t(", ")
            L.p(nm(q, "il"), "name")
        L.t(". All WC.\\nCall back %s." % EOC_PHONE)
    elif k == 1:
        e = elder()
        L.t("O2 critical | MSG: Pt ").p(nm(e, "fl"), "name").t(" (").p(str(e.age), "age").t(") down to last E-cyl, own %s SN " % e.o2_model)
        L.p(e.o2_sn, "device").t(" failed. Need Lincare swap ASAP.")
    else:
        q = ps[0]
        L.t("Family inquiry | MSG: ").p(rel_nm(q), "name").t(" calling from ").p(mk_foreign_phone("ht") if q.lang == "ht" else fphone(q.rel_phone, "dash"), "phone")
        L.t(" looking for ").p(nm(q, R.choice(["FL_up", "fl", "LF"])), "name").t(", DOB ").p(fdate(q.dob, R.choice(["us_short", "us", "mon"])), "date").t(", last at ").p(q.street_line, "address").t(", ").p(q.city, "address")
        L.t(". Check roster.")
    L.t(" | APPROVED: %s | OPR: %s" % (R.choice(STAFF), R.choice(["KD4QXV", "W4CHD", "KO4RBT"])))
    return [L]


def g_sms_noise():
    t = tick()
    L = Line("logback_sms")
    k = R.randint(0, 3)
    thr = "notif-worker-%d" % R.randint(1, 8)
    if k == 0:
        L.t("%s [%s] INFO  o.c.notify.BroadcastService - Broadcast notificationId=%d template=SHELTER-STATUS-%s groups=[REGISTRANTS-%s] recipients=%d queued=%d"
            % (ts_logback(t), thr, R.randint(8000000, 8999999), R.choice(["EN", "ES", "HT"]), R.choice(list(SHELTERS)), R.randint(50, 1500), R.randint(50, 1500)))
    elif k == 1:
        L.t("%s [%s] INFO  o.c.notify.SmsDispatcher - delivery stats window=5m sent=%d delivered=%d failed=%d undeliverable=%d carrierThrottle=%d"
            % (ts_logback(t), thr, R.randint(100, 900), R.randint(90, 880), R.randint(0, 20), R.randint(0, 9), R.randint(0, 3)))
    elif k == 2:
        L.t("%s [%s] INFO  o.c.notify.SmsDispatcher - Sent notificationId=%d to %s (staff: %s) status=DELIVERED segments=1"
            % (ts_logback(t), thr, R.randint(8000000, 8999999), fphone(mk_phone(), "e164"), R.choice(STAFF)))
    else:
        L.t("%s [%s] WARN  o.c.notify.TwilioAdapter - 429 Too Many Requests from upstream, backing off %dms (sid=SM%s)"
            % (ts_logback(t), thr, R.choice([500, 1000, 2000]), hexs(32)))
    return [L]


def g_sms_phi():
    p = person()
    t = tick()
    k = R.randint(0, 2)
    if k == 0:
        L = Line("logback_sms")
        L.t("%s [notif-worker-%d] INFO  o.c.notify.SmsDispatcher - Sent notificationId=%d broadcast=SHELTER-STATUS to " % (ts_logback(t), R.randint(1, 8), R.randint(8000000, 8999999)))
        L.p(fphone(p.phone, "e164"), "phone").t(" externalId=").p(p.reg, "other_id").t(" status=%s carrier=%s" % (R.choice(["DELIVERED", "SENT", "UNDELIVERED"]), R.choice(["T-Mobile", "Verizon", "AT&T"])))
    elif k == 1:
        L = Line("sms_webhook_json")
        L.t('{"eventType":"INBOUND_SMS","receivedAt":"%s","from":"' % ts_isoz(t)).p(fphone(p.rel_phone, "e164"), "phone").t('","to":"+12395330622","body":"')
        if p.lang == "es":
            L.t("Soy %s de " % ("la " + p.rel_word if p.rel_sex == "F" else "el " + p.rel_word)).p(nm(p, "fl"), "name").t(", ¿está en el refugio? Nació el ").p(fdate(p.dob, "dmy"), "date").t(". Gracias")
        elif p.lang == "ht":
            L.t("Bonjou, mwen se %s " % p.rel_word).p(nm(p, "fl"), "name").t(". Eske li nan abri a? Li fèt ").p(fdate(p.dob, "ht"), "date").t(". Mèsi")
        else:
            L.t("Hi this is ").p(p.rel_first, "name").t(", looking for my %s " % ("mom" if p.sex == "F" else "dad")).p(nm(p, "fl"), "name").t(" from ").p(p.city, "address").t(". Is %s at your shelter?" % ("she" if p.sex == "F" else "he"))
        L.t('","notificationId":%d,"replyTo":"SHELTER-STATUS-%s"}' % (R.randint(8000000, 8999999), p.lang.upper()))
    else:
        L = Line("logback_sms")
        L.t("%s [notif-worker-%d] ERROR o.c.notify.SmsDispatcher - Invalid recipient '" % (ts_logback(t), R.randint(1, 8))).p(fphone(p.rel_phone, "dot")[:-2], "phone")
        L.t("' for contact ").p(rel_nm(p), "name").t(" (emergency contact of ").p(p.reg, "other_id").t("): E.164 validation failed")
    return [L]


def g_mail_phi():
    p = person()
    t = tick()
    L = Line("node_console")
    case = "FR-2025-%05d" % R.randint(100, 99999)
    k = R.randint(0, 1)
    if k == 0:
        L.t("%s info: [mailer] match notification sent to " % ts_isoz(t)).p(p.rel_email, "email").t(" case=").p(case, "other_id")
        L.t(" messageId=<%s@reunite.cchd-eoc.org> response=\"250 2.0.0 OK %d %s.%d - gsmtp\"" % (ruuid(), R.randint(1700000000, 1799999999), hexs(12), R.randint(100, 999)))
    else:
        L.t("%s error: [mailer] Error: Can't send mail - all recipients were rejected: 550-5.1.1 The email account that you tried to reach does not exist <" % ts_isoz(t))
        L.p(p.rel_email, "email").t("> case=").p(case, "other_id")
    return [L]


def g_node_noise():
    t = tick()
    L = Line("node_console")
    L.t(R.choice([
        "%s info: [mailer] SMTP pool ready host=smtp-relay.gmail.com:587 maxConnections=5" % ts_isoz(t),
        "%s warn: [matcher] fuzzy threshold lowered to 0.72 by %s" % (ts_isoz(t), R.choice(STAFF_USERS)),
        "(node:1) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead.",
        "%s info: [cron] purge expired sessions removed=%d" % (ts_isoz(t), R.randint(0, 300)),
    ]))
    return [L]


def g_vehicle_phi():
    p = person()
    t = tick()
    L = Line("flask_app")
    k = R.randint(0, 1)
    if k == 0:
        L.t("%s INFO in parking: pass issued lot=%s space=%d reg=" % (ts_flask(t), p.shelter + "-" + R.choice("NSEW"), R.randint(1, 300))).p(p.reg, "other_id")
        L.t(" plate=").p(p.plate, "vehicle").t(" state=FL make=%s color=%s pets_in_vehicle=%s" % (R.choice(["TOYOTA", "FORD", "NISSAN", "CHEVROLET", "HONDA", "KIA"]), R.choice(["SIL", "WHI", "BLK", "RED", "BLU"]), R.choice(["no", "yes"])))
    else:
        L.t("%s INFO in fema: IA referral created fema_reg=" % ts_flask(t)).p(p.fema, "other_id").t(" applicant=").p(nm(p, "LF"), "name")
        L.t(" ssn_last4=").p(p.ssn[-4:], "ssn").t(" damaged_vehicle_vin=").p(p.vin, "vehicle").t(" county=").p(p.county, "address")
        L.t(" ref_by=%s" % R.choice(STAFF_USERS))
    return [L]


def g_fema_phi():
    p = person()
    t = tick()
    L = Line("flask_app")
    L.t("%s WARNING in fema: DisasterAssistance export rejected record " % ts_flask(t))
    emit_pyrepr(L, {"applicant_name": P(nm(p, "fl"), "name"), "ssn": P(p.ssn, "ssn"), "dob": P(fdate(p.dob, "iso"), "date"),
                    "damaged_address": P(p.street_line + ", " + p.city + ", FL " + p.zip, "address"), "phone": P(fphone(p.phone, "paren"), "phone"),
                    "dl_number": P(fmt_dl(p.dl), "license"), "reason": "insurance info missing"})
    return [L]


NOTE_NOISE = [
    ("en", "Shift change 1900, %d volunteers on floor, Creole interpreter arrived. Cots in wing C wiped down." % R.randint(8, 20)),
    ("en", "Generator for O2 concentrators swapped to circuit B, all units running. Checked every 2h."),
    ("en", "Pharmacy table closed 2200, reopens 0700. Walgreens mobile unit ETA tomorrow 0900."),
    ("en", "Reminder: do NOT put full names in group chat, use reg IDs. -- K. Osei"),
    ("en", "Wildfire smoke: AQI 168 outside, kept doors closed, HVAC on recirc, N95 handed out at entrance."),
    ("en", "Sharps container in med room full, swapped. Glucometer strips low (2 boxes)."),
    ("en", "BP cuff #3 (adult large) missing from cart, check MNS side."),
    ("es", "Cambio de turno sin novedades. Faltan pañales para adultos talla L y toallitas."),
    ("es", "Se acabaron los vasos de 8 oz. El área de mascotas necesita más agua."),
    ("es", "Llegó el camión de hielo, 18 paletas. Firmó L. Castellanos RN."),
    ("es", "Hay 3 voluntarios con tos; se les dio mascarilla y se mandaron a descansar."),
    ("ht", "Nou bezwen plis tradiktè kreyòl nan abri a aswè a. Gen anpil moun ki pa pale angle."),
    ("ht", "Kouran an koupe 2 fwa jodi a, jeneratè a mache byen. Pa gen pwoblèm ak oksijèn yo."),
    ("ht", "Manje midi a rive an reta, 1è tan. Timoun yo te grangou."),
]


def g_note_noise():
    t = tick()
    L = Line("volunteer_note")
    lang, txt = R.choice(NOTE_NOISE)
    L.t("%s note id=%d shelter=%s author=%s lang=%s text=%s" % (ts_isoz(t), R.randint(20000, 29999), R.choice(list(SHELTERS)), R.choice(STAFF_USERS), lang, json.dumps(txt, ensure_ascii=False)))
    return [L]


def g_note_phi():
    p = person()
    t = tick()
    L = Line("volunteer_note")
    L.t('%s note id=%d shelter=%s author=%s lang=%s text="' % (ts_isoz(t), R.randint(20000, 29999), p.shelter, R.choice(STAFF_USERS), p.lang))
    d = R.choice(DRUGS)[1].split()[0].lower()
    he = "she" if p.sex == "F" else "he"
    if p.lang == "es":
        k = R.randint(0, 5)
        if k == 0:
            L.t("Sra. " if p.sex == "F" else "Sr. ").p(nm(p, "fl"), "name").t(" (").p(fdate(p.dob, "dmy"), "date").t(") llegó en silla de ruedas, usa oxígeno 2 L/min, le quedan 2 tanques. ")
            L.t(p.rel_word.capitalize() + ": ").p(rel_nm(p), "name").t(" ").p(fphone(p.rel_phone, "paren"), "phone").t(".")
        elif k == 1:
            L.t("Paciente ").p(nm(p, "lower"), "name").t(" perdió sus medicinas (%s) en la evacuación. Su farmacia es de " % d).p(p.city, "address").t(". Medicaid ").p(p.medicaid, "health_plan").t(". Referido a farmacia.")
        elif k == 2:
            L.t("Busca a su %s " % ("esposa" if p.rel_sex == "F" else "esposo")).p(rel_nm(p), "name").t(", ")
            a = R.randint(90, 97)
            L.p(str(a), "age").t(" años, visto%s por última vez en " % ("a" if p.rel_sex == "F" else "")).p(p.street_line, "address").t(" el ").p(fdate(dt.date(2025, 10, R.randint(5, 7)), "es"), "date").t(".")
        elif k == 3:
            L.t("Dializa lunes/miércoles/viernes en Fresenius; próxima sesión ").p(fdate(dt.date(2025, 10, R.randint(9, 10)), "dmy"), "date").t(". ")
            L.p(nm(p, "il"), "name").t(" no tiene transporte, pedir SNT. Tel ").p(fphone(p.phone, "plain"), "phone")
        elif k == 4:
            L.t("Se entregó reemplazo de %s a " % d).p(nm(p, "fl"), "name").t(" (reg ").p(p.reg, "other_id").t("), %s el " % ("nacida" if p.sex == "F" else "nacido"))
            L.p(fdate(p.dob, "es"), "date").t(". Firmó de recibido.")
        else:
            e = elder()
            L.p(nm(e, "FL_up"), "name").t(" tiene ").p(str(e.age), "age").t(" años y está %s en la noche. Su %s " % ("desorientada" if e.sex == "F" else "desorientado", e.rel_word if e.lang == "es" else "familiar"))
            L.p(rel_nm(e), "name").t(" llega mañana, tel ").p(fphone(e.rel_phone, "dash"), "phone").t(".")
    elif p.lang == "ht":
        k = R.randint(0, 5)
        if k == 0:
            L.t("Madan " if p.sex == "F" else "Msye ").p(nm(p, "fl"), "name").t(" (DOB ").p(fdate(p.dob, "us"), "date").t(") bezwen dyaliz demen maten, li pa gen medikaman tansyon li ankò.")
        elif k == 1:
            L.t(p.rel_word.capitalize() + " li, ").p(rel_nm(p), "name").t(", ap chèche ").p(p.first, "name").t(". Rele ").p(mk_foreign_phone("ht") if R.random() < .5 else fphone(p.rel_phone, "dash"), "phone").t(".")
        elif k == 2:
            e = elder()
            L.p(nm(e, "fl"), "name").t(" gen ").p(str(e.age), "age").t(" lane, li pa ka mache, li bezwen transpò ak chèz woulant. Adrès: ").p(e.street_line + ", " + e.city, "address").t(".")
        elif k == 3:
            L.t("Fanmi ").p(p.last, "name").t(" rive nan abri a ").p(fdate(p.checkin.date(), "ht"), "date").t(" nan aswè. Yo pèdi tout papye yo, ni kat Medicaid la (").p(p.medicaid, "health_plan").t(").")
        elif k == 4:
            L.t("Mwen pale ak %s " % p.rel_word).p(nm(p, "fl"), "name").t(" nan telefòn (").p(fphone(p.rel_phone, R.choice(["dash", "plain", "dot"])), "phone").t("), l ap vin chèche l demen maten.")
        else:
            L.p(nm(p, "fl"), "name").t(" bezwen oksijèn 3 lit, konsantratè li a (%s SN " % p.o2_model).p(p.o2_sn, "device").t(") pa chaje ankò. Li rete ")
            L.p(p.street_line, "address").t(", ").p(p.city, "address").t(".")
    else:
        k = R.randint(0, 6)
        if k == 0:
            L.t("Pt ").p(nm(p, R.choice(["fl", "il"])), "name").t(" DOB ").p(fdate(p.dob, R.choice(["us", "mon", "us_short"])), "date").t(" c/o SOB, SpO2 89% on RA, placed on 2L NC. ")
            L.t(p.rel_word.capitalize() + " ").p(p.rel_first, "name").t(" at ").p(fphone(p.rel_phone, R.choice(["dash", "dot", "paren_nosp"])), "phone")
        elif k == 1:
            L.t("Walked by cot %s, %s " % (p.cot, "Mrs." if p.sex == "F" else "Mr.")).p(p.last, "name").t(" refused BP check again, says %s insulin pump (Omnipod PDM SN " % ("her" if p.sex == "F" else "his"))
            L.p(p.pump, "device").t(") is fine. Recheck 2000.")
        elif k == 2:
            L.t("Lost meds: ").p(nm(p, "lf"), "name").t(", home ").p(p.street_line, "address").t(" ").p(p.zip, "zip").t(" (burned). Needs %s; last dose " % d).p(fdate(dt.date(2025, 10, R.randint(5, 7)), "mon"), "date").t(". Plan: ").p(p.member, "health_plan").t(".")
        elif k == 3:
            L.t("%s brought photo of " % p.rel_word.capitalize()).p(nm(p, "fl"), "name").t(" for reunification board, also posted at ").p("https://www.gofundme.com/f/help-%s-%s-rebuild" % (strip_acc(p.first).lower().split()[0], strip_acc(p.last).lower().replace(" ", "-").replace("'", "").replace(".", "")), "url")
        elif k == 4:
            L.p(nm(p, "fl"), "name").t(" (wristband ").p(p.wb, "other_id").t(") found wandering near exit 0300, hx dementia. Moved cot near RN station. %s " % p.rel_word.capitalize())
            L.p(rel_nm(p), "name").t(" aware, ").p(fphone(p.rel_phone, "paren"), "phone")
        elif k == 5:
            L.t("D/C from shelter: ").p(nm(p, "LF"), "name").t(" left w/ %s " % p.rel_word).p(p.rel_first, "name").t(" at 1530 to ").p(p.street_line + ", " + p.city + " " + p.zip, "address")
            L.t(". %s went with pt, %s." % (p.o2_model, R.choice(["Lincare notified", "tanks returned", "meds x7d given"])))
        else:
            L.t("spoke w/ fresenius re ").p(nm(p, "lower"), "name").t(" chair time moved to ").p(fdate(dt.date(2025, 10, R.randint(9, 11)), "md"), "date").t(" 0530, needs SNT, %s can't transfer w/o assist" % he)
    L.t('"')
    return [L]


def g_syslog_noise():
    t = tick()
    L = Line("syslog")
    host = R.choice(["cc07-gw", "eoc-app01", "eoc-app02", "cc03-gw", "sync01"])
    k = R.randint(0, 6)
    if k == 0:
        L.t("%s %s CRON[%d]: (root) CMD (/usr/local/bin/backup-sqlite.sh --dest s3://cchd-eoc-backups/%s/)" % (ts_syslog(t), host, R.randint(1000, 60000), host))
    elif k == 1:
        L.t("%s %s systemd[1]: Started triage-api.service - CCHD Triage API (gunicorn)." % (ts_syslog(t), host))
    elif k == 2:
        L.t("%s %s kernel: [%d.%06d] usb 1-1: new high-speed USB device number %d using xhci_hcd" % (ts_syslog(t), host, R.randint(1000, 99999), R.randint(0, 999999), R.randint(2, 9)))
    elif k == 3:
        L.t("%s %s sshd[%d]: Accepted publickey for %s from 10.20.%d.%d port %d ssh2: ED25519 SHA256:%s" % (ts_syslog(t), host, R.randint(1000, 60000), R.choice(["ops", "deploy"]), R.randint(0, 9), R.randint(2, 250), R.randint(40000, 65000), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("=")))
    elif k == 4:
        L.family = "nginx_access"
        L.t('10.20.0.%d - - [%s] "GET /nginx_status HTTP/1.1" 200 %d "-" "Prometheus/2.53.1" rt=0.000 uct="-" uht="-" urt="-"' % (R.randint(2, 9), ts_clf(t), R.randint(90, 120)))
    elif k == 5:
        L.t("%s %s starlink-mon[%d]: dish state=CONNECTED pop_ping_ms=%.1f downlink_mbps=%.1f uplink_mbps=%.1f obstructed=%.2f%%" % (ts_syslog(t), host, R.randint(100, 999), R.uniform(20, 90), R.uniform(40, 220), R.uniform(5, 30), R.uniform(0, 4)))
    else:
        L.t("%s %s dnsmasq-dhcp[%d]: DHCPACK(wlan0) 192.168.50.%d %s %s" % (ts_syslog(t), host, R.randint(100, 999), R.randint(20, 200), ":".join("%02x" % R.randint(0, 255) for _ in range(6)), R.choice(TABLETS).lower()))
    return [L]


def g_celery_noise():
    t = tick()
    L = Line("celery")
    task = R.choice(["sitrep.build", "sheets.push_o2", "sheets.push_dialysis", "reunify.rematch", "sms.retry_failed", "export.csv_snapshot"])
    k = R.randint(0, 2)
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + ms3(t)
    if k == 0:
        L.t("[%s: INFO/ForkPoolWorker-%d] Task %s[%s] succeeded in %.3fs: %s" % (ts, R.randint(1, 8), task, ruuid(), R.uniform(0.01, 40), R.choice(["None", "{'rows': %d}" % R.randint(0, 400), "'ok'"])))
    elif k == 1:
        L.t("[%s: INFO/MainProcess] Task %s[%s] received" % (ts, task, ruuid()))
    else:
        L.t("[%s: WARNING/ForkPoolWorker-%d] Task %s[%s] retry: Retry in %ds: ConnectionError('Connection aborted.', RemoteDisconnected('Remote end closed connection without response'))" % (ts, R.randint(1, 8), task, ruuid(), R.choice([30, 60, 120])))
    return [L]


def g_config_noise():
    t = tick()
    L = Line("config_dump")
    L.t(R.choice([
        "%s INFO config: EVENT_ID=HU-DELPHINE-25 SHELTERS=CC01,CC03,CC05,CC07,CC09,CC11 SYNC_INTERVAL_S=%d SHEETS_ENABLED=true SMS_PROVIDER=everbridge-compat PORT=8080 pid=%d" % (ts_isoz(t), R.choice([120, 300, 600]), R.randint(1, 99)),
        "%s INFO config: shelter %s name=\"%s\" capacity=%d opened=2025-10-0%dT14:00-04:00 pets=yes generator=yes mns=%s" % (ts_isoz(t), *(lambda k: (k, SHELTERS[k]))(R.choice(list(SHELTERS))), R.randint(150, 900), R.randint(5, 7), R.choice(["yes", "no"])),
        "%s INFO config: build=%d git=%s node=v20.17.0 image=ghcr.io/cchd-eoc/reunify-api:1.22.%d" % (ts_isoz(t), R.randint(1200, 1400), hexs(40), R.randint(0, 9)),
        "%s INFO config: EOC duty officer %s, desk %s, ESF-8 email esf8@cchd-eoc.org" % (ts_isoz(t), R.choice(STAFF), EOC_PHONE),
        "%s INFO config: vendor contacts loaded: %s" % (ts_isoz(t), "; ".join(R.sample(VENDOR_PH, 3))),
    ]))
    return [L]


NOISE_GENS = [(g_logcat_noise, 5), (g_csv_noise, 1.5), (g_pipe_noise, 2), (g_flask_noise, 6), (g_traceback_noise, 0.6),
              (g_pino_noise, 4), (g_morgan_noise, 3), (g_cad_noise, 4), (g_avl, 6), (g_pharm_noise, 3), (g_hl7_ack, 1.5),
              (g_sheets_noise, 4), (g_sitrep_noise, 1), (g_ics213_noise, 3), (g_sms_noise, 4), (g_node_noise, 2),
              (g_note_noise, 4), (g_syslog_noise, 5), (g_celery_noise, 4), (g_config_noise, 1.5), (g_winlink_noise, 1), (g_cap_noise, 2)]


PHI_GENS = [(g_logcat_phi, 5), (g_csv_row, 4), (g_pipe_o2, 3), (g_flask_triage, 5), (g_flask_error, 1.5), (g_pino_reunify, 5),
            (g_morgan_phi, 2), (g_cad_phi, 5), (g_pharm_phi, 4), (g_hl7, 2), (g_x12, 1.5), (g_sheets_phi, 4), (g_sitrep_phi, 1),
            (g_ics213_phi, 3), (g_sms_phi, 4), (g_mail_phi, 2), (g_vehicle_phi, 2), (g_fema_phi, 1.5), (g_note_phi, 9), (g_winlink_xml, 2)]


def wchoice(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def main():
    lines = []
    target_noise = 0.55
    while len(lines) < N_LINES:
        noise = sum(1 for l in lines if not l.spans)
        frac = noise / len(lines) if lines else 0.5
        pick_noise = R.random() < (0.8 if frac < target_noise else 0.3)
        g = wchoice(NOISE_GENS if pick_noise else PHI_GENS)
        out = g()
        if len(lines) + len(out) > N_LINES:
            continue
        lines.extend(out)

    log_lines, labels = [], []
    for i, L in enumerate(lines, 1):
        s = L.text()
        assert "\n" not in s and "\r" not in s and s.strip(), (i, s)
        b = s.encode("utf-8")
        spans = []
        for st, en, cat, val in L.spans:
            assert b[st:en].decode("utf-8") == val, (i, val, b[st:en])
            assert val.strip() == val and val, (i, val)
            spans.append({"s": st, "e": en, "cat": cat})
        log_lines.append(s)
        labels.append({"line": i, "family": L.family, "spans": spans})
    assert len(log_lines) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
