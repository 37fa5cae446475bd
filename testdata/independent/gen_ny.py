#!/usr/bin/env python3
"""gen_ny.py -- synthetic, labeled log corpus (ID=ny).

Theme: an aviation and diving medicine practice (FAA aeromedical examiner office plus a
hyperbaric oxygen clinic).  One mixed log stream of 500 lines as a SIEM export would hold it:
MedXPress-like 8500-8 application XML, AME exam log JSON, a Flask Special Issuance tracker
(werkzeug access lines, app logger, SQLAlchemy echo), chamber PLC / SCADA syslog with
treatment-table dive profiles, Divers Alert Network incident reports (free text, EN/DE/ES),
DOT/FAA drug test chain-of-custody CSV and pipe rows, HL7 v2 ADT/ORU (one segment per line and
escaped in a Mirth log), audiometer and vision tester CSV exports, GE MUSE / Philips ECG XML,
a Quarkus portal with JSON logs, Microsoft Teams (Graph chatMessage JSON) and Exchange Online
message traces, Apache combined access logs and dictated clinic notes.
All people and identifiers are synthetic.  Standard library only, fixed seed.

Labeling decisions:
- Patients, pilot/diver applicants, drug-test donors, relatives and emergency contacts are
  labeled.  AMEs, hyperbaric physicians, CHTs, collectors, MROs, dictation authors, FAA staff,
  vendors, airlines/employers, the clinic and its addresses/phones/e-mails are not.
- Names: every written form (First Last, LAST, FIRST, initials + last, lower case in free text);
  in HL7 and XML each name component is its own span; a lone middle initial is labeled name.
  Names inside e-mail addresses or usernames are covered by the email/other_id span only.
- Dates tied to a person are labeled date: birth, exam, dive, collection, treatment, visit,
  appointment, FAA letter and SI due dates, ECG acquisition dates, HL7 PID-7/OBR-7/PV1-44/IN1-18.
  Log/record timestamps, HL7 MSH-7/EVN-2 message times, submission timestamps, calibration
  dates of equipment and lone years (e.g. "HTN dx 2021") are not labeled.
- Ages are labeled only when over 89 (PatientAge 91, "92 J.", "93 y/o").
- Address: street line and city (and Spanish/German/French equivalents) are separate address
  spans; state and country are not labeled; ZIP/foreign postal codes are zip.  GPS coordinates
  of a diving incident are labeled address (geocode); named public dive sites, reefs, wrecks and
  resort towns where a dive took place are not.
- license: FAA pilot certificate numbers, FAA medical certificate numbers, driver's licences
  (US and foreign), foreign pilot licences.  ssn: US SSNs only.
- other_id: MedXPress confirmation numbers, FAA PI numbers (Special Issuance case ids), FAA
  tracking numbers, DAN case numbers, drug-test specimen/CCF ids, donor employee ids, encounter
  and visit numbers, portal usernames, foreign national ID / passport numbers.
- health_plan: insurer member/subscriber ids, Medicare MBIs, DAN membership numbers.
  account: patient billing account numbers and payment card numbers.  mrn: clinic MRN.
- device: serials of a patient's own devices (dive computer, CGM sensor, hearing aid,
  pacemaker).  Serials of clinic equipment (audiometer, vision tester, ECG cart, PLC,
  fingerprint reader) are not labeled.
- ip: public client IPs of the patient portal and of patient devices.  Private/loopback
  addresses, crawlers, uptime monitors, scanners and mail servers' IPs are not labeled.
- Order/accession/filler numbers, chamber run numbers, database surrogate row ids, trace/span
  ids, message ids, courier tracking numbers and batch ids are not labeled.
- url: a patient's personal web/social URLs; photo: base64 face/ID images; biometric:
  fingerprint templates.  Vehicle plates and VINs of a patient are vehicle.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import uuid

SEED = 8500_0314
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ny"
TOTAL = 500
REF = dt.date(2024, 3, 14)


# ----------------------------------------------------------------------------- line builder
class P:
    """A PHI value (or, with cat=None, plain text) inside a structure."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class M:
    """A JSON/XML string made of several parts (str or P)."""

    def __init__(self, *parts):
        self.parts = parts


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.pos = 0
        self.spans = []
        self.vals = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.pos += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        n = len(s.encode("utf-8"))
        if n == 0:
            return self
        self.spans.append({"s": self.pos, "e": self.pos + n, "cat": cat})
        self.vals.append(s)
        self.buf.append(s)
        self.pos += n
        return self

    def add(self, *parts, esc=None):
        for x in parts:
            if isinstance(x, P):
                v = esc(x.v) if esc else x.v
                self.p(v, x.cat)
            elif isinstance(x, M):
                self.add(*x.parts, esc=esc)
            else:
                self.t(esc(x) if esc else x)
        return self

    def text(self):
        return "".join(self.buf)


def jesc(s):
    return json.dumps(str(s), ensure_ascii=False)[1:-1]


def xesc(s):
    return str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def jw(L, obj, sep=(",", ":")):
    """Serialize obj as JSON into line L, recording spans of P values."""
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            L.t('"')
            L.p(jesc(obj.v), obj.cat)
            L.t('"')
        else:
            L.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, M):
        L.t('"')
        L.add(*obj.parts, esc=jesc)
        L.t('"')
    elif isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=False))
            L.t(sep[1])
            jw(L, v, sep)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(sep[0])
            jw(L, v, sep)
        L.t("]")
    else:
        L.t(json.dumps(obj, ensure_ascii=False))
    return L


def line(family, *parts):
    return Line(family).add(*parts)


def jline(family, obj, sep=(",", ":")):
    return jw(Line(family), obj, sep)


# ----------------------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 14, 5, 58, 3, 118000)

    def tick(self, lo=2, hi=40):
        self.t += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
        return self.t

    def ms(self, lo=1, hi=700):
        self.t += dt.timedelta(milliseconds=R.randint(lo, hi), microseconds=R.randint(0, 999))
        return self.t


C = Clock()
UTC = dt.timedelta(hours=4)  # EDT


def _ms(t):
    return f"{t.microsecond // 1000:03d}"


def t_isoz():
    u = C.t + UTC
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(u) + "Z"


def t_isol():
    return C.t.strftime("%Y-%m-%dT%H:%M:%S.") + _ms(C.t) + "-04:00"


def t_apache():
    return C.t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def t_werk():
    return C.t.strftime("%d/%b/%Y %H:%M:%S")


def t_py():
    return C.t.strftime("%Y-%m-%d %H:%M:%S,") + _ms(C.t)


def t_3164():
    return f"{C.t.strftime('%b')} {C.t.day:2d} {C.t.strftime('%H:%M:%S')}"


def t_trace():
    u = C.t + UTC
    h = u.hour % 12 or 12
    return f"{u.month}/{u.day}/{u.year} {h}:{u.minute:02d}:{u.second:02d} {'AM' if u.hour < 12 else 'PM'}"


def t_hl7():
    return C.t.strftime("%Y%m%d%H%M%S")


# ----------------------------------------------------------------------------- helpers
def hexs(n, up=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if up else s


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def pick(seq):
    return R.choice(seq)


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
          "Oktober", "November", "Dezember"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre"]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us_dash":
        return d.strftime("%m-%d-%Y")
    if style == "de":
        return d.strftime("%d.%m.%Y")
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "mon":
        return f"{MON[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy_up":
        return f"{d.day:02d}-{MON[d.month - 1].upper()}-{d.year}"
    if style == "de_long":
        return f"{d.day}. {MON_DE[d.month - 1]} {d.year}"
    if style == "es_long":
        return f"{d.day} de {MON_ES[d.month - 1]} de {d.year}"
    raise ValueError(style)


def fold(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("ð", "d").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def luhn_ok(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return tot % 10 == 0


def make_pan(prefix, n=16):
    while True:
        body = prefix + digits(n - len(prefix) - 1)
        for c in "0123456789":
            if luhn_ok(body + c):
                return body + c


def make_vin():
    trans = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list("3TMCZ5AN" + "0" + "K" + "M" + digits(6))
    v[3] = R.choice("CDGU")
    s = sum(trans[c] * w[i] for i, c in enumerate(v))
    c = s % 11
    v[8] = "X" if c == 10 else str(c)
    _ = al
    return "".join(v)


def make_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def dni():
    n = R.randint(10_000_000, 79_999_999)
    return f"{n}{'TRWAGMYFPDXBNJZSQVHLCKE'[n % 23]}"


def public_ip():
    first = pick([24, 47, 67, 68, 70, 71, 73, 75, 76, 96, 97, 98, 99, 107, 108, 172, 173, 174, 184])
    if first == 172:
        first = 173
    return f"{first}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def public_ip6():
    return f"2601:{hexs(3)}:{hexs(4)}:{hexs(4)}:{hexs(4).lstrip('0') or '0'}:{hexs(4)}:{hexs(4)}:{hexs(4)}"


def b64photo():
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(R.getrandbits(8) for _ in range(R.randint(90, 140)))
    return base64.b64encode(head + body).decode()


def b64fp():
    head = b"FMR\x00 20\x00\x00\x00\x01\x2c"
    body = bytes(R.getrandbits(8) for _ in range(R.randint(60, 90)))
    return base64.b64encode(head + body).decode()


# ----------------------------------------------------------------------------- people
SPEC = [
    ("Chidi", "Okonkwo", "M", "us", "E"), ("Aaliyah", "Brennan-Whitfield", "F", "us", ""),
    ("Haruto", "Tanaka", "M", "us", "K"), ("Fionnuala", "O'Sullivan", "F", "us", "M"),
    ("Tomasz", "Kowalczyk", "M", "us", "J"), ("Lakshmi", "Chatterjee", "F", "us", ""),
    ("Umar", "Al-Rashid", "M", "us", "F"), ("Priya", "Nakamura-Reyes", "F", "us", "L"),
    ("Dwayne", "McAllister", "M", "us", "T"), ("Keanu", "Kealoha", "M", "us", ""),
    ("Siobhán", "Ó Briain", "F", "us", ""), ("Wei", "Zhang", "M", "us", ""),
    ("Ngozi", "Adeyemi", "F", "us", "A"), ("Bartholomew", "St. John", "M", "us", "R"),
    ("Kateryna", "Ivanova", "F", "us", ""), ("Quentin", "LeBlanc", "M", "us", "P"),
    ("Thi Minh Anh", "Nguyen", "F", "us", ""), ("Yusuf", "Yılmaz", "M", "us", ""),
    ("Zofia", "Wójcik", "F", "us", "H"), ("Ravi", "Subramanian", "M", "us", "K"),
    ("Marisa", "D'Amico", "F", "us", "G"), ("Elmer", "Abernathy", "M", "us", "W"),
    ("Dorothea", "Van Buren", "F", "us", "J"), ("Seo-yeon", "Park", "F", "us", ""),
    ("Oluwaseun", "Bakare", "M", "us", ""), ("Lars-Erik", "Lindqvist", "M", "us", ""),
    ("Mercedes", "Castellanos", "F", "es_us", "I"), ("Esperanza", "Gutiérrez", "F", "es_us", "M"),
    ("Jean-Baptiste", "Roussel", "M", "fr", ""), ("Maëlle", "Dubois", "F", "fr", ""),
    ("Jürgen", "Müller-Lüdenscheidt", "M", "de", ""), ("Hannelore", "Weißgerber", "F", "de", ""),
    ("Dagmar", "von Hohenberg", "F", "de", ""), ("Björn", "Øvergaard", "M", "de", ""),
    ("Anne-Sophie", "Schmidt", "F", "de", ""), ("Joaquín", "Villanueva-Soto", "M", "es", ""),
    ("Rosalía", "Fernández García", "F", "es", ""), ("Mateo", "de la Cruz", "M", "mx", ""),
    ("Xiadani", "Hernández", "F", "mx", ""), ("Diego", "Ramírez Ochoa", "M", "mx", ""),
]
OLD = {"Abernathy": dt.date(1932, 6, 2), "Van Buren": dt.date(1930, 11, 19),
       "Weißgerber": dt.date(1931, 8, 12)}

US_CITIES = [("Fort Lauderdale", "FL", "33312", "954"), ("Key Largo", "FL", "33037", "305"),
             ("Homestead", "FL", "33030", "305"), ("Boca Raton", "FL", "33431", "561"),
             ("Kissimmee", "FL", "34741", "407"), ("Naples", "FL", "34102", "239"),
             ("Pembroke Pines", "FL", "33024", "954"), ("Marathon", "FL", "33050", "305"),
             ("Vero Beach", "FL", "32960", "772"), ("Atlanta", "GA", "30337", "404"),
             ("Anchorage", "AK", "99502", "907"), ("Wichita", "KS", "67209", "316"),
             ("Kailua-Kona", "HI", "96740", "808"), ("Savannah", "GA", "31405", "912"),
             ("Denton", "TX", "76205", "940"), ("Miami Springs", "FL", "33166", "305"),
             ("Port St. Lucie", "FL", "34953", "772"), ("Hialeah", "FL", "33012", "786")]
US_STREETS = ["Cypress Hammock Dr", "Osprey Ln", "N Federal Hwy", "SW 42nd Ave", "Coral Reef Blvd",
              "Hangar Row", "Tamiami Trl", "Bayshore Ct", "Lindbergh Way", "Pelican Bay Cir",
              "Old Cutler Rd", "Sandpiper St", "NE 17th Ter", "Overseas Hwy", "Aviation Blvd",
              "Mahogany Bend", "W Flagler St", "Cessna Ct"]
UNITS = ["", "", "", " Apt 3B", " Unit 12", " #204", " Apt 1107", " Lot 41"]
FOREIGN = {
    "de": [("Schwanthalerstr. 8a", "München", "80336", "+49 89 {a} {b}", "089 {a}{b}"),
           ("Lindenstraße 14", "Hamburg", "20457", "+49 40 {a} {b}", "040 {a}{b}"),
           ("Ehrenfeldgürtel 112", "Köln", "50823", "+49 221 {a}{b}", "0221 {a}{b}"),
           ("Am Weingarten 3", "Frankfurt am Main", "60487", "+49 151 {a}{b}", "0151 {a}{b}")],
    "es": [("Calle Mayor 12, 3º B", "Madrid", "28013", "+34 6{a2} {b2} {c2}", "6{a2}{b2}{c2}"),
           ("Carrer de Verdi 41, 2n 1a", "Barcelona", "08012", "+34 6{a2} {b2} {c2}", "6{a2} {b2} {c2}")],
    "mx": [("Av. Tulum 214, SM 22", "Cancún", "77500", "+52 998 {a3} {b}", "998 {a3} {b}"),
           ("Calle 38 Norte 17", "Playa del Carmen", "77710", "+52 984 {a3} {b}", "984{a3}{b}"),
           ("Av. Revolución 1520, Col. Guadalupe Inn", "Ciudad de México", "01020", "+52 55 {b} {b4}", "55 {b} {b4}")],
    "fr": [("14 rue des Lilas", "Lyon", "69003", "+33 6 {p1} {p2} {p3} {p4}", "06 {p1} {p2} {p3} {p4}"),
           ("7 allée Jean Jaurès", "Toulouse", "31000", "+33 7 {p1} {p2} {p3} {p4}", "07{p1}{p2}{p3}{p4}")],
}
EMAIL_DOM = {"us": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com",
                    "bellsouth.net", "hotmail.com"],
             "es_us": ["gmail.com", "hotmail.com", "yahoo.com"],
             "de": ["web.de", "gmx.de", "t-online.de", "posteo.de"],
             "es": ["gmail.com", "hotmail.es", "telefonica.net"],
             "mx": ["gmail.com", "yahoo.com.mx", "hotmail.com"],
             "fr": ["orange.fr", "free.fr", "gmail.com"]}
EMPLOYERS = ["Silver Airways", "Spirit Airlines", "NetJets Aviation", "FedEx Express", "Civil Air Patrol",
             "Atlas Air", "Tropic Ocean Airways", "Baptist Health LifeFlight", "self (Part 91)",
             "Embry-Riddle Aeronautical Univ.", "Lufthansa CityLine", "Broward Sheriff's Office Aviation"]
CONDITIONS = [("HTN-AASI", "hypertension on 2 agents"), ("ITDM-CGM", "insulin-treated diabetes, CGM protocol"),
              ("OSA-AASI", "obstructive sleep apnea, CPAP compliance"), ("CAD-PCI", "CAD s/p PCI"),
              ("SSRI", "SSRI (escitalopram) monitoring"), ("AFIB-AASI", "paroxysmal AF on apixaban"),
              ("MONO-VIS", "monocular vision, SODA pending"), ("KSTONE", "renal calculi, retained stone")]


def make_person(first, last, sex, loc, mi):
    p = {"first": first, "last": last, "sex": sex, "loc": loc, "mi": mi}
    if last in OLD:
        p["dob"] = OLD[last]
    else:
        p["dob"] = dt.date(R.randint(1955, 2003), R.randint(1, 12), R.randint(1, 28))
    if loc in ("us", "es_us"):
        city, st, z, area = pick(US_CITIES)
        if loc == "es_us":
            city, st, z, area = pick([("Hialeah", "FL", "33012", "786"), ("Miami Springs", "FL", "33166", "305"),
                                      ("Homestead", "FL", "33030", "305")])
        p.update(street=f"{R.randint(12, 19800)} {pick(US_STREETS)}{pick(UNITS)}", city=city, state=st,
                 zip=z + (f"-{digits(4)}" if R.random() < 0.2 else ""), country="US")
        p["ph"] = (area, str(R.randint(201, 989)), digits(4))
        p["ph_intl"] = None
    else:
        street, city, z, fi, fn = pick(FOREIGN[loc])
        vals = dict(a=digits(4), b=digits(4), a2=digits(2), b2=digits(3), c2=digits(3), a3=digits(3),
                    b4=digits(4), p1=digits(2), p2=digits(2), p3=digits(2), p4=digits(2))
        p.update(street=street, city=city, state="", zip=z,
                 country={"de": "DE", "es": "ES", "mx": "MX", "fr": "FR"}[loc])
        p["ph"] = None
        p["ph_intl"] = (fi.format(**vals), fn.format(**vals))
    f, la = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("'", "").replace(".", "")
    yy = f"{p['dob'].year % 100:02d}"
    local = pick([f"{f}.{la}{yy}", f"{f[0]}{la}", f"{la}.{f[0]}", f"{f}_{la}{R.randint(1, 99)}",
                  f"{f}{la[:4]}", f"{f}.{la}"])
    p["email"] = f"{local}@{pick(EMAIL_DOM[loc])}"
    p["user"] = pick([f"{f[0]}{la}{yy}", f"{f}.{la[:6]}", f"{la}{f[0]}{R.randint(1, 9)}"])
    p["ssn"] = make_ssn()
    p["mrn"] = f"00{R.randint(10000, 99999)}"
    p["acct"] = f"PA{digits(8)}"
    p["visit"] = f"V240314-{R.randint(1, 240):04d}"
    p["pilot_cert"] = pick([digits(7), str(R.randint(1000000000, 3999999999)), digits(7)])
    p["med_cert"] = digits(8)
    p["conf"] = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    p["pi"] = str(R.randint(1200000, 4999999))
    p["ftn"] = "A" + digits(7)
    p["dan"] = str(R.randint(1000000, 3999999))
    p["dan_case"] = f"24-{R.randint(100, 990):04d}"
    p["plan"] = pick([f"XJH{digits(9)}", f"W{digits(9)}", f"U{digits(8)}01", f"ZGP{digits(9)}",
                      f"{R.randint(1, 9)}{pick('ACDEFGHJKMNPQRTUVWXY')}{pick('ACDEFGHJKMNPQRTUVWXY')}{R.randint(0, 9)}-"
                      f"{pick('ACDEFGHJKMNPQRTUVWXY')}{pick('ACDEFGHJKMNPQRTUVWXY')}{R.randint(0, 9)}-"
                      f"{pick('ACDEFGHJKMNPQRTUVWXY')}{pick('ACDEFGHJKMNPQRTUVWXY')}{R.randint(10, 99)}"])
    if p["dob"].year < 1959:
        p["plan"] = (f"{R.randint(1, 9)}EG{R.randint(0, 9)}-T{pick('ACDEFGHJK')}{R.randint(0, 9)}-"
                     f"M{pick('KNPQRT')}{R.randint(10, 99)}")
    st = p["state"] or "FL"
    p["dl"] = {"FL": f"{fold(last)[0].upper()}{digits(3)}-{digits(3)}-{digits(2)}-{digits(3)}-{digits(1)}",
               "GA": digits(9), "TX": digits(8), "AK": digits(7), "KS": f"K{digits(8)}",
               "HI": f"H{digits(8)}"}.get(st, digits(9))
    if loc == "de":
        p["dl"] = f"B{digits(3)}{pick('ABCDEFGHKLMNPRSTUVWXYZ')}{pick('ABCDEFGHKLMNPRSTUVWXYZ')}{digits(4)}"
    p["natid"] = dni() if loc == "es" else (f"C{digits(2)}{pick('FGHJK')}{digits(5)}" if loc == "de" else
                                             f"{digits(2)}{pick('ABCDEFGH')}{pick('ABCDEFGH')}{digits(5)}")
    p["divecomp"] = pick([("Shearwater Perdix 2", hexs(8, True)), ("Shearwater Teric", hexs(8, True)),
                          ("Suunto D5", digits(10)), ("Garmin Descent Mk2i", digits(10)),
                          ("Mares Smart Air", f"{digits(2)}-{digits(6)}")])
    p["cgm"] = f"{pick('3456')}{pick('MNKPQ')}{hexs(7, True)}"
    p["ha"] = f"{digits(4)}X{digits(5)}"
    p["ip"] = public_ip6() if R.random() < 0.25 else public_ip()
    p["employer"] = pick(EMPLOYERS)
    p["cond"] = pick(CONDITIONS)
    ec_first = pick(["Adaeze", "Tom", "María José", "Helga", "Kenji", "Grace", "Olusegun", "Brigid",
                     "Frank", "Lucía", "Ahmed", "Ingeborg", "Jamal", "Sun-hee", "Pedro", "Nadia"])
    ec_last = last if R.random() < 0.6 else pick(["Hollis", "Ferreira", "Kaminski", "Osei", "Lindgren",
                                                   "Moreau", "Beaumont-Clarke"])
    p["ec"] = (ec_first, ec_last, pick(["SPO", "CHD", "PAR", "SIB", "FND"]))
    if p["ph"]:
        p["ec_ph"] = (p["ph"][0], str(R.randint(201, 989)), digits(4))
    else:
        p["ec_ph"] = None
    p["plate"] = pick([f"{pick('QJLKTN')}{pick('JZKRXY')}{pick('ZRTNBD')} {pick('RSKT')}{R.randint(10, 99)}",
                       f"{pick('LKTNYP')}{pick('ABCDEF')}{pick('GHJKLM')}-{digits(4)}", f"{digits(3)} {pick('XYZAB')}{pick('QRSTU')}{pick('LMNPQ')}"])
    p["vin"] = make_vin()
    p["pm"] = f"PJN{digits(6)}"
    return p


PEOPLE = [make_person(*s) for s in SPEC]
BY_LAST = {p["last"]: p for p in PEOPLE}


def age(p, ref=REF):
    d = p["dob"]
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def age_part(p, cat_needed=True):
    a = age(p)
    return P(str(a), "age") if a > 89 else str(a)


def phone(p, style=None):
    if p["ph"]:
        a, b, c = p["ph"]
        styles = ["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}{b}{c}", "+1 {a} {b} {c}", "{a}.{b}.{c}",
                  "+1{a}{b}{c}", "1-{a}-{b}-{c}", "({a}){b}-{c}"]
        s = styles[style] if isinstance(style, int) else pick(styles)
        return s.format(a=a, b=b, c=c)
    return pick(p["ph_intl"]) if style is None else p["ph_intl"][0 if style in (0, "intl") else 1]


def ec_phone(p):
    if p["ec_ph"]:
        a, b, c = p["ec_ph"]
        return pick(["({a}) {b}-{c}", "{a}-{b}-{c}", "{a}{b}{c}"]).format(a=a, b=b, c=c)
    return {"de": f"+49 151 {digits(8)}", "fr": f"+33 6 {digits(2)} {digits(2)} {digits(2)} {digits(2)}",
            "mx": f"+52 998 {digits(3)} {digits(4)}"}.get(p["loc"], f"+34 6{digits(2)} {digits(3)} {digits(3)}")


def nm(p, style):
    f, l, mi = p["first"], p["last"], p["mi"]
    if style == "fl":
        return f"{f} {l}"
    if style == "flm":
        return f"{f} {mi + '. ' if mi else ''}{l}"
    if style == "lf":
        return f"{l}, {f}"
    if style == "LF":
        return f"{l.upper()}, {f.upper()}"
    if style == "LFM":
        return f"{l.upper()}, {f.upper()}{' ' + mi if mi else ''}"
    if style == "LF_nc":
        return f"{l.upper()} {f.upper()}"
    if style == "init":
        return f"{f[0]}. {l}"
    if style == "lower":
        return f"{f} {l}".lower()
    if style == "L_i":
        return f"{l.upper()}, {f[0]}"
    raise ValueError(style)


STAFF = {"ame": ["Dr. Ingrid Halvorsen", "Dr. Klaus-Peter Wendt"],
         "hbo": ["Dr. Rubén Echeverría", "Dr. Amara Nwosu-Finch"],
         "cht": ["Marisol Tapia, CHT", "Devon Achterberg, CHT", "J. Krüger, CHT"],
         "collector": ["T. Rowe", "K. Baptiste", "L. Ferraro"],
         "mro": ["Samuel Ostrowski, MD (MRO)", "Dr. Helena Vasquez-Lind, MRO"]}
CLINIC = "Tidewater Aeromedical & Hyperbaric Center"
DOMAIN = "tidewater-aerohbo.com"


def past_date(lo_days, hi_days, ref=REF):
    return ref - dt.timedelta(days=R.randint(lo_days, hi_days))


def future_date(lo_days, hi_days, ref=REF):
    return ref + dt.timedelta(days=R.randint(lo_days, hi_days))


# ============================================================================= PHI blocks
def blk_medxpress_full(p):
    C.tick(20, 120)
    out = []
    F = "medxpress_xml"
    ind = pick(["  ", "    ", "\t"])

    def ln(*parts):
        out.append(Line(F).add(*parts))

    ln('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>')
    ln('<MedXPressApplication xmlns="urn:faa:amcs:mxp:8500-8" formRev="8500-8 (07-2023)" confirmationNumber="',
       P(p["conf"], "other_id"), f'" submitted="{t_isoz()}" source="import">')
    ln(ind, "<Applicant>")
    i2 = ind * 2
    ln(i2, "<LastName>", P(p["last"], "name"), "</LastName>")
    ln(i2, "<FirstName>", P(p["first"], "name"), "</FirstName>")
    if p["mi"]:
        ln(i2, "<MiddleName>", P(p["mi"], "name"), "</MiddleName>")
    else:
        ln(i2, '<MiddleName nmn="true"/>')
    if R.random() < 0.7:
        ln(i2, "<SSN>", P(p["ssn"], "ssn"), "</SSN>")
    else:
        ln(i2, '<SSN declined="true"/>')
    ln(i2, "<DateOfBirth>", P(fd(p["dob"], "iso"), "date"), "</DateOfBirth>")
    ln(i2, "<MailingAddress><Street>", P(xesc(p["street"]), "address"), "</Street><City>",
       P(p["city"], "address"), f"</City><State>{p['state']}</State><ZIP>", P(p["zip"], "zip"),
       f"</ZIP><Country>{p['country']}</Country></MailingAddress>")
    ln(i2, "<Telephone>", P(phone(p), "phone"), "</Telephone>")
    ln(i2, "<Email>", P(p["email"], "email"), "</Email>")
    ln(i2, f"<Citizenship>{'US' if p['country'] == 'US' else p['country']}</Citizenship>")
    ln(i2, f'<Physical sex="{p["sex"]}" hairColor="{pick(["Brown", "Black", "Blond", "Gray", "Red", "Bald"])}" '
           f'eyeColor="{pick(["Brown", "Blue", "Green", "Hazel"])}"/>')
    ln(ind, "</Applicant>")
    ln(ind, f'<ApplicationFor type="{pick(["Medical Certificate", "Medical & Student Pilot Certificate"])}" '
            f'class="{pick(["1", "2", "3"])}"/>')
    ln(ind, f"<Occupation>{pick(['Airline Pilot', 'Flight Instructor', 'Corporate Pilot', 'Engineer', 'Nurse', 'Retired'])}</Occupation>")
    ln(ind, f"<Employer>{xesc(p['employer'])}</Employer>")
    ln(ind, f'<PilotCertificate type="{pick(["ATP", "Commercial", "Private", "CFI"])}" number="',
       P(p["pilot_cert"], "license"), '"/>')
    ln(ind, '<LastFAAApplication date="', P(fd(past_date(170, 720), "us"), "date"),
       f'" class="{pick("123")}" ame="{pick(STAFF["ame"])}"/>')
    ln(ind, f'<FlightTime total="{R.randint(80, 21000)}" past6Months="{R.randint(0, 480)}"/>')
    ln(ind, "<DeniedSuspendedRevoked>No</DeniedSuspendedRevoked>")
    ln(ind, "<Medications>")
    for med in R.sample(["Lisinopril 10 mg daily", "Atorvastatin 20 mg", "Loratadine 10 mg PRN",
                         "Metformin 500 mg BID", "Escitalopram 10 mg", "Levothyroxine 75 mcg"], 2):
        ln(i2, f'<Medication name="{med}" previouslyReported="{pick(["Yes", "No"])}"/>')
    ln(ind, "</Medications>")
    ln(ind, "<MedicalHistory>")
    ln(i2, f'<Item code="18{pick("ehmnsw")}" answer="N"/>')
    ln(i2, f'<Item code="18{pick("bcfl")}" answer="Y" explanation="{p["cond"][1]}, dx {R.randint(2012, 2022)}"/>')
    ln(ind, "</MedicalHistory>")
    ln(ind, "<HealthProfessionalVisits>")
    ln(i2, '<Visit date="', P(fd(past_date(20, 900), "us"), "date"),
       f'" name="{pick(["Dr. Marta Alvarez", "Dr. Jonah Feld", "Broward Health Urgent Care", "Dr. S. Iyer"])}" '
       f'reason="{pick(["BP follow-up", "annual physical", "ankle sprain", "CPAP titration"])}"/>')
    ln(ind, "</HealthProfessionalVisits>")
    ln(ind, '<Declaration agreed="true" version="2023.1"/>')
    ln("</MedXPressApplication>")
    return out


def blk_medxpress_compact(p):
    C.tick(10, 60)
    L = Line("medxpress_xml")
    L.add('<MedXPressApplication confirmationNumber="', P(p["conf"], "other_id"), '" status="IMPORTED">'
          "<Applicant><Name><Last>", P(p["last"], "name"), "</Last><First>", P(p["first"], "name"),
          "</First></Name><DOB>", P(fd(p["dob"], "us"), "date"), "</DOB><Address>",
          P(p["street"], "address"), ", ", P(p["city"], "address"), f", {p['state'] or p['country']} ",
          P(p["zip"], "zip"), "</Address><PilotCertNo>", P(p["pilot_cert"], "license"),
          "</PilotCertNo></Applicant><ClassRequested>", pick(["1", "2", "3"]),
          "</ClassRequested><Item18 q=\"v\" a=\"N\"/></MedXPressApplication>")
    return [L]


def blk_ame_json(p):
    C.tick(15, 90)
    disp = pick(["ISSUED", "ISSUED", "ISSUED", "DEFERRED", "ISSUED"])
    exam_date = REF if R.random() < 0.7 else past_date(1, 6)
    obj = {
        "examId": f"E-2024-{R.randint(30000, 39999)}", "ameSerial": pick(["12847-1", "40211-2"]),
        "confirmationNo": P(p["conf"], "other_id"),
        "applicant": {"name": P(nm(p, pick(["LFM", "LF"])), "name"), "dob": P(fd(p["dob"], "us"), "date"),
                      "age": P(age(p), "age") if age(p) > 89 else age(p),
                      "pilotCertNo": P(p["pilot_cert"], "license")},
        "classIssued": pick(["1", "2", "3"]) if disp == "ISSUED" else None,
        "examDate": P(fd(exam_date, "us"), "date"),
        "vitals": {"heightIn": R.randint(60, 76), "weightLb": R.randint(110, 260),
                   "bp": f"{R.randint(104, 148)}/{R.randint(64, 92)}", "pulse": R.randint(52, 96)},
        "vision": {"distOD": pick(["20/20", "20/15", "20/25", "20/40"]), "distOS": pick(["20/20", "20/25", "20/30"]),
                   "nearOU": pick(["20/20", "20/30", "20/40"]), "colorVision": pick(["PASS", "PASS", "FAIL-PIP"])},
        "hearing": pick(["conversational voice 6 ft PASS", "audiometric PASS", "conversational voice 6 ft PASS"]),
        "ecg": pick(["NORMAL", "NOT REQUIRED", "NORMAL"]),
        "disposition": disp,
    }
    if disp == "ISSUED":
        obj["medCertNo"] = P(p["med_cert"], "license")
        obj["limitations"] = pick([["MUST WEAR CORRECTIVE LENSES"], [], ["NOT VALID FOR NIGHT FLYING OR BY COLOR SIGNAL CONTROL"],
                                   ["MUST HAVE AVAILABLE GLASSES FOR NEAR VISION"]])
    else:
        obj["deferralReason"] = pick(["SSRI < 6 months", "BP 162/104 on 2 readings", "new AF, needs cardiology eval"])
    obj["transmittedToAmcs"] = R.random() < 0.8
    return [jline("ame_exam_json", obj)]


def blk_si_update(p):
    C.tick(10, 90)
    out = []
    pi = p["pi"]
    rowid = R.randint(100, 900)
    out.append(line("werkzeug_access", "127.0.0.1 - - [", t_werk(), '] "GET /si/cases/', P(pi, "other_id"),
                    ' HTTP/1.1" 200 -'))
    C.ms()
    out.append(line("sqlalchemy_echo", t_py(), " INFO sqlalchemy.engine.Engine BEGIN (implicit)"))
    out.append(line("sqlalchemy_echo", t_py(), " INFO sqlalchemy.engine.Engine SELECT si_case.id AS si_case_id, "
                    "si_case.pi_number AS si_case_pi_number, si_case.last_name AS si_case_last_name, "
                    "si_case.first_name AS si_case_first_name, si_case.dob AS si_case_dob, si_case.condition_code AS "
                    "si_case_condition_code, si_case.status AS si_case_status, si_case.next_due AS si_case_next_due "
                    "\\nFROM si_case \\nWHERE si_case.pi_number = ?"))
    out.append(line("sqlalchemy_echo", t_py(), f" INFO sqlalchemy.engine.Engine [generated in 0.000{R.randint(12, 99)}s] ('",
                    P(pi, "other_id"), "',)"))
    C.ms()
    old, new = pick([("AWAITING_DOCS", "SUBMITTED_TO_AMCD"), ("SUBMITTED_TO_AMCD", "AUTH_GRANTED"),
                     ("OPEN", "AWAITING_DOCS"), ("AUTH_GRANTED", "RENEWAL_DUE")])
    due = future_date(30, 330)
    out.append(line("flask_app", "[", t_py(), "] INFO in views: SI case PI ", P(pi, "other_id"), " (",
                    P(nm(p, "LF"), "name"), f") status {old} -> {new}, next_due=", P(fd(due, "iso"), "date")))
    C.ms()
    out.append(line("sqlalchemy_echo", t_py(), " INFO sqlalchemy.engine.Engine UPDATE si_case SET status=?, next_due=?, "
                    "updated_at=? WHERE si_case.id = ?"))
    out.append(line("sqlalchemy_echo", t_py(), f" INFO sqlalchemy.engine.Engine [generated in 0.000{R.randint(12, 99)}s] "
                    f"('{new}', '", P(fd(due, "iso"), "date"), f"', '{C.t.strftime('%Y-%m-%d %H:%M:%S')}.{R.randint(100000, 999999)}', {rowid})"))
    C.ms()
    out.append(line("sqlalchemy_echo", t_py(), " INFO sqlalchemy.engine.Engine COMMIT"))
    out.append(line("werkzeug_access", "127.0.0.1 - - [", t_werk(), '] "POST /si/cases/', P(pi, "other_id"),
                    '/status HTTP/1.1" 302 -'))
    return out


def blk_si_insert(p):
    C.tick(10, 90)
    out = []
    letter = past_date(3, 40)
    out.append(line("sqlalchemy_echo", t_py(), " INFO sqlalchemy.engine.Engine BEGIN (implicit)"))
    out.append(line("sqlalchemy_echo", t_py(), " INFO sqlalchemy.engine.Engine INSERT INTO si_case (pi_number, last_name, "
                    "first_name, dob, med_cert_no, condition_code, letter_date, status, fax_pref) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
    fax = None
    if p["ph"] and R.random() < 0.7:
        a, b, c = p["ph"]
        fax = f"({a}) {R.randint(201, 989)}-{digits(4)}"
    out.append(line("sqlalchemy_echo", t_py(), f" INFO sqlalchemy.engine.Engine [generated in 0.000{R.randint(12, 99)}s] ('",
                    P(p["pi"], "other_id"), "', '", P(p["last"].replace("'", "''"), "name"), "', '", P(p["first"], "name"),
                    "', '", P(fd(p["dob"], "iso"), "date"), "', '", P(p["med_cert"], "license"),
                    f"', '{p['cond'][0]}', '", P(fd(letter, "iso"), "date"), "', 'OPEN', ",
                    *(["'", P(fax, "fax"), "'"] if fax else ["None"]), ")"))
    out.append(line("sqlalchemy_echo", t_py(), " INFO sqlalchemy.engine.Engine COMMIT"))
    C.ms()
    out.append(line("flask_app", "[", t_py(), "] INFO in intake: new SI case ", P(p["pi"], "other_id"),
                    f" created by ihalvorsen; condition={p['cond'][0]} ({p['cond'][1]})"))
    return out


def blk_si_cgm(p):
    C.tick(10, 60)
    h = R.randint(12, 40)
    return [line("flask_app", "[", t_py(), f"] WARNING in cgm_sync: upload gap {h}h for PI ", P(p["pi"], "other_id"),
                 " (Dexcom G7 sensor SN ", P(p["cgm"], "device"), f"), last reading {R.randint(70, 240)} mg/dL -> notify AME")]


def blk_si_fax(p):
    C.tick(10, 60)
    a, b, c = p["ph"] if p["ph"] else ("954", "312", "0000")
    return [line("flask_app", "[", t_py(), "] INFO in letters: AMCD letter for ", P(nm(p, "flm"), "name"),
                 " queued to fax ", P(f"{a}-{R.randint(201, 989)}-{digits(4)}", "fax"), " (pages=3, job=", f"FX{digits(6)})")]


def blk_scada_session(p):
    C.tick(10, 120)
    run = f"HB24-{R.randint(300, 399):04d}"
    ch = pick(["CH1", "CH3"])
    table = pick(["USN-TT6", "USN-TT5", "USN-TT9", "HBO-2.4ATA-90", "HBO-2.0ATA-120"])
    dx = pick(["DCS II", "AGE", "DFU Wagner 3", "delayed radiation cystitis", "CO poisoning", "ISSHL", "compromised flap"])
    L = Line("scada_syslog")
    L.add(f"<134>1 {t_isol()} hbot-scada01 ignition 2188 SESSION [session@32473 run=\"{run}\" chamber=\"{ch}\" "
          f"table=\"{table}\"] occupant mrn=", P(p["mrn"], "mrn"), ' name="', P(nm(p, "L_i"), "name"),
          f'" dx="{dx}" operator="{pick(STAFF["cht"])}" physician="{pick(STAFF["hbo"])}"')
    out = [L]
    if R.random() < 0.5 and p["dob"].year < 1990:
        C.ms(200, 900)
        out.append(line("scada_syslog", f"<131>{t_3164()} hbot-scada01 ignition[2188]: {ch} run={run} pre-dive check: "
                        "pacemaker SN ", P(p["pm"], "device"), " (Medtronic Azure XT DR) cleared for 2.4 ATA per cardiology letter"))
    return out


def blk_dan_multi(p):
    C.tick(30, 200)
    out = []
    F = "dan_report"
    case = p["dan_case"]
    ddate = past_date(1, 5)
    comp, sn = p["divecomp"]
    site, gps = pick([("Molasses Reef (Key Largo)", "25.0103 N 80.3762 W"), ("Spiegel Grove wreck", "25.0659 N 80.3187 W"),
                      ("Blue Heron Bridge", "26.7838 N 80.0428 W"), ("Vandenberg wreck (Key West)", "24.4550 N 81.7303 W")])
    out.append(line(F, "=== DAN Incident Report - Case ", P(case, "other_id"), " ==="))
    out.append(line(F, f"Reported by: {pick(STAFF['cht'])} via DAN Medical Services line, {CLINIC}"))
    out.append(line(F, "Diver: ", P(nm(p, pick(["fl", "LF"])), "name"), f", {p['sex']}, DOB ",
                    P(fd(p["dob"], "eu" if p["loc"] in ("fr", "es", "mx", "de") else "us"), "date"), ", DAN member #",
                    P(p["dan"], "health_plan")))
    out.append(line(F, "Home: ", P(p["street"], "address"), ", ", P(p["zip"], "zip"), " ", P(p["city"], "address"),
                    f", {p['country']} | tel ", P(phone(p), "phone")))
    out.append(line(F, "Dive date: ", P(fd(ddate, "us"), "date"), f", site: {site}, ", P(gps, "address")))
    out.append(line(F, f"Profile: max depth {R.randint(18, 40)}.{R.randint(0, 9)} m, bottom time {R.randint(28, 62)} min, "
                       f"ascent rate alarm x{R.randint(1, 4)}, {pick(['no safety stop', 'safety stop 3 min', 'missed deco 2 min @ 6 m'])}"))
    out.append(line(F, f"Gas: {pick(['air', 'EAN32', 'EAN28'])}, {comp} SN ", P(sn, "device"), ", log downloaded"))
    out.append(line(F, f"Symptoms: onset {R.randint(10, 180)} min post-dive, {pick(['R shoulder pain', 'L knee pain', 'fatigue, itching'])}, "
                       f"{pick(['paresthesia L hand (C6)', 'cutis marmorata trunk', 'no neuro deficit'])}"))
    out.append(line(F, "Treatment: surface O2 by DM, EMS transport; USN TT6 at Tidewater, 1 extension at 60 fsw"))
    out.append(line(F, f"Outcome: {pick(['full resolution after 2nd HBO (TT5)', 'residual paresthesia, 3 follow-up TT9', 'resolved'])}; "
                       "advised no flying 72 h, no diving 4 weeks"))
    if R.random() < 0.6:
        out.append(line(F, "Emergency contact: ", P(f"{p['ec'][0]} {p['ec'][1]}", "name"), f" ({p['ec'][2]}) ",
                        P(ec_phone(p), "phone")))
    return out


def blk_dan_single(p):
    C.tick(20, 200)
    F = "dan_report"
    lang = {"de": "de", "es": "es", "mx": "es", "es_us": "es"}.get(p["loc"], "en")
    ddate = past_date(1, 6)
    comp, sn = p["divecomp"]
    if lang == "es":
        L = line(F, "Informe de incidente DAN - caso ", P(p["dan_case"], "other_id"), ": buzo ", P(nm(p, "fl"), "name"),
                 f" ({age(p)} años, ", *(["DNI ", P(p["natid"], "other_id"), ", "] if p["loc"] == "es" else []),
                 "residente en ", P(p["street"], "address"), ", ", P(p["zip"], "zip"), " ", P(p["city"], "address"),
                 "). Inmersión el ", P(fd(ddate, "eu"), "date"),
                 f" en {pick(['Cozumel (Palancar)', 'Cenote Dos Ojos', 'Isla Mujeres (MUSA)'])}, {R.randint(18, 36)} m, "
                 "ascenso rápido sin parada de seguridad. Síntomas: fatiga, exantema cutáneo. Ordenador ", comp,
                 " n/s ", P(sn, "device"), ". Tel. ", P(phone(p), "phone"), ", correo ", P(p["email"], "email"), ".")
    elif lang == "de":
        L = line(F, "Tauchunfallmeldung DAN Europe Fall-Nr. DE-", P(p["dan_case"], "other_id"), ": ",
                 P(nm(p, "fl"), "name"), ", geb. ", P(fd(p["dob"], "de"), "date"), ", wohnhaft ", P(p["street"], "address"),
                 ", ", P(p["zip"], "zip"), " ", P(p["city"], "address"), "; nach Tauchgang am ", P(fd(ddate, "de"), "date"),
                 f" (Wrack Duane, {R.randint(25, 36)} m) Gelenkschmerzen re. Knie, Kribbeln li. Hand. Behandlung TT6 in Key Largo. "
                 "Tauchcomputer ", comp, " SN ", P(sn, "device"), ". Angehörige: ", P(f"{p['ec'][0]} {p['ec'][1]}", "name"),
                 ", ", P(ec_phone(p), "phone"))
    else:
        url = pick([f"https://www.youtube.com/@{fold(p['first']).lower()}{fold(p['last']).lower().replace(' ', '')}_dives",
                    f"https://instagram.com/{p['user']}.underwater"])
        L = line(F, "DAN case ", P(p["dan_case"], "other_id"), ": diver ", P(nm(p, "flm"), "name"), f" ({age(p)}, ",
                 P(p["email"], "email"), ") made 3 dives on ", P(fd(ddate, "mon"), "date"),
                 f", max {R.randint(60, 120)} ft, then flew FLL-ATL {R.randint(6, 14)} h later; numbness R arm on landing. "
                 "GoPro footage posted at ", P(url, "url"), ". Car (", P(p["plate"], "vehicle"), ", VIN ", P(p["vin"], "vehicle"),
                 ") left at the dive shop lot.")
    return [L]


CCF_HDR_DONE = {"v": 0}


def ccf_header():
    return line("ccf_csv", "specimen_id,ccf_type,donor_last,donor_first,donor_id,id_type,donor_dob,donor_phone_day,employer,"
                "dot_agency,reason,collection_date,collection_time,collector,site,temp_ok,split,courier,courier_tracking,lab,mro,result")


def blk_ccf_row(p):
    C.tick(20, 150)
    out = []
    if CCF_HDR_DONE["v"] == 0 or R.random() < 0.08:
        CCF_HDR_DONE["v"] = 1
        out.append(ccf_header())
    spec = digits(7)
    p["spec"] = spec
    use_ssn = R.random() < 0.5
    did = P(p["ssn"] if use_ssn else f"EMP-{digits(5)}", "ssn" if use_ssn else "other_id")
    cdate = REF if R.random() < 0.7 else past_date(1, 3)
    ph = P(phone(p), "phone")
    out.append(line("ccf_csv", P(spec, "other_id"), ",FED-CCF,", P(p["last"], "name"), ",", P(p["first"], "name"), ",", did,
                    f",{'SSN' if use_ssn else 'EMPID'},", P(fd(p["dob"], "us"), "date"), ",", ph, ",",
                    f"\"{p['employer']}\",FAA,{pick(['RANDOM', 'PRE-EMPLOYMENT', 'POST-ACCIDENT', 'RETURN-TO-DUTY', 'FOLLOW-UP'])},",
                    P(fd(cdate, "us"), "date"), f",{C.t.strftime('%H:%M')},{pick(STAFF['collector'])},Tidewater Collect #2,Y,Y,FedEx,"
                    f"{digits(4)} {digits(4)} {digits(4)},Quest Diagnostics Lenexa KS,\"{pick(STAFF['mro'])}\","
                    f"{pick(['PENDING', 'PENDING', 'NEGATIVE', 'NEGATIVE-DILUTE', 'CANCELLED-FATAL FLAW'])}"))
    return out


def blk_coc(p):
    C.tick(10, 90)
    spec = p.get("spec") or digits(7)
    p["spec"] = spec
    step = pick([("COLLECTOR", "SEALED", f"bottleA={spec}A bottleB={spec}B temp=34.1C"),
                 ("COURIER", "RELEASED", f"FedEx pouch {digits(12)}"),
                 ("LAB", "RECEIVED", "seal intact, accessioned"),
                 ("MRO", "VERIFIED", "donor interview completed, no legitimate med explanation required")])
    return [line("ccf_coc", "COC|", P(spec, "other_id"), f"|{C.t.strftime('%m/%d/%Y %H:%M')}|{step[0]}|"
                 f"{pick(STAFF['collector'] if step[0] == 'COLLECTOR' else STAFF['mro'] if step[0] == 'MRO' else ['FEDEX-RTE 44', 'QUEST-LNX'])}|"
                 f"{step[1]}|{step[2]}")]


def blk_ccf_bio(p):
    C.tick(10, 60)
    spec = p.get("spec") or digits(7)
    p["spec"] = spec
    return [line("ccf_coc", "BIO|", P(spec, "other_id"), "|donor_fp_iso19794_2=", P(b64fp(), "biometric"),
                 f"|match_score=0.{R.randint(80, 99)}|reader=SecuGen Hamster Pro 20 SN H5{digits(7)}")]


def hl7_phone(p):
    if p["ph"]:
        a, b, c = p["ph"]
        return f"({a}){b}-{c}"
    return p["ph_intl"][0]


def blk_hl7_adt(p):
    C.tick(20, 120)
    F = "hl7_v2"
    out = []
    ctl = f"TW{t_hl7()}{R.randint(100, 999)}"
    ev = pick(["A04", "A04", "A08"])
    out.append(line(F, f"MSH|^~\\&|TWHBO_REG|TIDEWATER|MEDITECH|BROWARDHLTH|{t_hl7()}||ADT^{ev}^ADT_A01|{ctl}|P|2.5.1|||AL|NE"))
    out.append(line(F, f"EVN|{ev}|{t_hl7()}|||MTAPIA^Tapia^Marisol"))
    pid = [f"PID|1||", P(p["mrn"], "mrn"), "^^^TIDEWATER^MR"]
    if p["country"] == "US" and R.random() < 0.6:
        pid += ["~", P(p["ssn"].replace("-", ""), "ssn"), "^^^SSA^SS"]
    pid += ["||", P(p["last"].upper(), "name"), "^", P(p["first"].upper(), "name"), "^",
            P(p["mi"], "name") if p["mi"] else "", "^^^^L||", P(fd(p["dob"], "hl7"), "date"),
            f"|{p['sex']}|||", P(p["street"].upper(), "address"), "^^", P(p["city"].upper(), "address"),
            f"^{p['state']}^", P(p["zip"], "zip"), f"^{p['country']}^H||", P(hl7_phone(p), "phone"), "^PRN^PH"]
    lang = {"de": "GER", "es": "SPA", "mx": "SPA", "es_us": "SPA", "fr": "FRE"}.get(p["loc"], "ENG")
    if R.random() < 0.2 and p["ph"]:
        a, b, c = p["ph"]
        pid += ["~", P(f"({a}){R.randint(201, 989)}-{digits(4)}", "fax"), "^PRN^FX"]
    pid += ["~^NET^Internet^", P(p["email"], "email"), f"||{lang}|",
            pick(["M", "S", "D", "W"]), "||", P(p["acct"], "account"), "^^^TIDEWATER^AN|"]
    if p["country"] == "US":
        pid += [P(p["ssn"], "ssn"), "|", P(p["dl"].replace("-", ""), "license"), f"^{p['state']}"]
    else:
        pid += ["|"]
    out.append(line(F, *pid))
    ec = p["ec"]
    out.append(line(F, "NK1|1|", P(ec[1].upper(), "name"), "^", P(ec[0].upper(), "name"), f"|{ec[2]}^^HL70063||",
                    P(ec_phone(p), "phone"), "^PRN^PH||EC^Emergency Contact^HL70131"))
    attending = pick(["1588667201^ECHEVERRIA^RUBEN^^^MD", "1992774310^NWOSU-FINCH^AMARA^^^MD"])
    out.append(line(F, f"PV1|1|O|HBO^{pick(['CH1', 'CH2', 'CH3'])}^01^TIDEWATER||||{attending}|||HBO||||1|||{attending}|OP|",
                    P(p["visit"], "other_id"), "|||||||||||||||||||||||||", P(REF.strftime("%Y%m%d") + C.t.strftime("%H%M"), "date")))
    if R.random() < 0.75:
        out.append(line(F, f"IN1|1|{pick(['BCBSFL01^FLORIDA BLUE', 'AET001^AETNA', 'MCR^MEDICARE PART B', 'DAN01^DAN DIVE ACCIDENT'])}|"
                        f"{R.randint(10, 99)}|||||||||||||", P(p["last"].upper(), "name"), "^", P(p["first"].upper(), "name"),
                        "|SEL|", P(fd(p["dob"], "hl7"), "date"), "||||||||||||||||||", P(p["plan"], "health_plan")))
    return out


def blk_hl7_oru(p):
    C.tick(20, 120)
    F = "hl7_v2"
    out = []
    obs = REF.strftime("%Y%m%d") + C.t.strftime("%H%M%S")
    out.append(line(F, f"MSH|^~\\&|MUSE|TIDEWATER|EHR|TIDEWATER|{t_hl7()}||ORU^R01|MU{t_hl7()}{R.randint(100, 999)}|P|2.3"))
    out.append(line(F, "PID|1||", P(p["mrn"], "mrn"), "^^^TIDEWATER^MR||", P(p["last"].upper(), "name"), "^",
                    P(p["first"].upper(), "name"), "||", P(fd(p["dob"], "hl7"), "date"), f"|{p['sex']}"))
    if R.random() < 0.5:
        out.append(line(F, f"OBR|1|ORD{digits(5)}|ECG{REF.strftime('%y%m%d')}-{digits(4)}|93000^ECG 12-LEAD W/INTERP^CPT4|||",
                        P(obs, "date"), "|||||||||1427719935^HALVORSEN^INGRID||||||F"))
        vals = [("8867-4^Heart rate^LN", R.randint(52, 92), "/min", "60-100"), ("8625-6^P-R interval^LN", R.randint(130, 200), "ms", "120-200"),
                ("8633-0^QRS duration^LN", R.randint(78, 118), "ms", "<120"), ("8636-3^QT interval corrected^LN", R.randint(380, 449), "ms", "<450")]
        for i, (code, v, u, rng) in enumerate(vals, 1):
            out.append(line(F, f"OBX|{i}|NM|{code}||{v}|{u}|{rng}|N|||F"))
        out.append(line(F, f"OBX|5|TX|18844-1^ECG impression^LN||{pick(['Normal sinus rhythm. Normal ECG.', 'Sinus bradycardia. Otherwise normal ECG.', 'Sinus rhythm with 1st degree AV block.'])}||||||F"))
    else:
        out.append(line(F, f"OBR|1|ORD{digits(5)}|AUD{REF.strftime('%y%m%d')}-{digits(4)}|92552^PURE TONE AUDIOMETRY AIR^CPT4|||",
                        P(obs, "date"), "|||||||||1427719935^HALVORSEN^INGRID||||||F"))
        for i, f in enumerate([500, 1000, 2000, 3000], 1):
            out.append(line(F, f"OBX|{i}|NM|AUD-R-{f}^Right ear {f} Hz^L||{R.choice([5, 10, 15, 20, 25, 35])}|dB HL||N|||F"))
        out.append(line(F, "OBX|5|ST|FAA-HEAR^FAA 67.105 hearing standard^L||MEETS STANDARD||||||F"))
    return out


def blk_mirth(p):
    C.tick(10, 60)
    L = Line("mirth_log")
    L.add(f"INFO  {t_py()} [Channel: ADT_to_Meditech, Destination: To MEDITECH] transformer: outbound "
          f"MSH|^~\\&|TWHBO_REG|TIDEWATER|MEDITECH|BROWARDHLTH|{t_hl7()}||ADT^A08|TW{t_hl7()}{R.randint(100, 999)}|P|2.5.1\\r"
          "PID|1||", P(p["mrn"], "mrn"), "^^^TIDEWATER^MR||", P(fold(p["last"]).upper(), "name"), "^",
          P(fold(p["first"]).upper(), "name"), "||", P(fd(p["dob"], "hl7"), "date"), f"|{p['sex']}|||",
          P(fold(p["street"]).upper(), "address"), "^^", P(fold(p["city"]).upper(), "address"), f"^{p['state']}^",
          P(p["zip"], "zip"), "\\rPV1|1|O|HBO^CH2^04||||1588667201^ECHEVERRIA^RUBEN|||HBO||||||||OP|", P(p["visit"], "other_id"), "\\r")
    return [L]


AUD_HDR = {"v": 0}


def blk_audiometry(p):
    C.tick(20, 120)
    out = []
    if AUD_HDR["v"] == 0:
        AUD_HDR["v"] = 1
        out.append(line("audiometry_csv", "RecordNo,PatientID,LastName,FirstName,DOB,TestDate,Tester,Audiometer,AudiometerSN,"
                        "CalDue,Ear,250,500,1000,2000,3000,4000,6000,8000,FAA_Std,Comment"))
    rec = f"A24-{R.randint(300, 399):04d}"
    base = R.choice([0, 5, 10, 20])
    for ear in ("R", "L"):
        th = [base + R.choice([0, 5, 5, 10]) + (i * R.choice([0, 0, 5]) if i > 4 else 0) for i in range(8)]
        comment = ""
        parts = [rec, ",", P(p["mrn"], "mrn"), ",", P(p["last"], "name"), ",", P(p["first"], "name"), ",",
                 P(fd(p["dob"], "us"), "date"), ",", P(fd(REF, "us"), "date"),
                 f",D.Achterberg,Interacoustics AS608,1063412,2024-09-30,{ear},{','.join(map(str, th))},"
                 f"{'PASS' if max(th[1:5]) <= 35 else 'FAIL'},"]
        if ear == "R" and R.random() < 0.5:
            parts += ['"hearing aids removed for test (Phonak Audeo P90 SN ', P(p["ha"], "device"), ')"']
        out.append(line("audiometry_csv", *parts, comment))
    return out


VIS_HDR = {"v": 0}


def blk_vision(p):
    C.tick(20, 120)
    out = []
    if R.random() < 0.55:
        if VIS_HDR["v"] == 0:
            VIS_HDR["v"] = 1
            out.append(line("vision_csv", "Untersuchung;Patient;Geburtsdatum;Datum;Fern_R;Fern_L;Fern_bds;Nah_bds;Mittel_bds;"
                            "Farbsinn_PIP;Phorie;Gesichtsfeld_R;Gesichtsfeld_L;Gerät"))
        out.append(line("vision_csv", f"V-{digits(5)};", P(nm(p, "lf"), "name"), ";", P(fd(p["dob"], "de"), "date"), ";",
                        P(fd(REF, "de"), "date"),
                        f";{pick(['20/20', '20/25', '20/15'])};{pick(['20/20', '20/30', '20/25'])};20/20;{pick(['20/30', '20/40', '20/20'])};"
                        f"{pick(['20/40', '20/30'])};{pick(['14/14', '13/14', '9/14'])};{pick(['ortho', '2 Eso', '1 Exo'])};85;85;Optec 5500 SN 55-10293"))
    else:
        out.append(line("vision_csv", f"OPTEC5500|EXAM|{C.t.strftime('%Y%m%d%H%M%S')}|pt=", P(p["mrn"], "mrn"), "|",
                        P(nm(p, "LF"), "name"), "|dob=", P(fd(p["dob"], "us_short"), "date"),
                        f"|far_OD={pick(['20/20', '20/25'])}|far_OS={pick(['20/20', '20/40'])}|near_OU=20/{pick(['20', '30', '40'])}"
                        f"|color={pick(['PASS', 'FAIL'])}|fields=NORMAL"))
    return out


def blk_ecg_muse(p):
    C.tick(30, 150)
    F = "ecg_xml"
    out = []

    def ln(*parts):
        out.append(Line(F).add(*parts))

    hr = R.randint(50, 94)
    ln('<?xml version="1.0" encoding="ISO-8859-1"?>')
    ln('<!DOCTYPE RestingECG SYSTEM "restecg.dtd">')
    ln("<RestingECG>")
    ln("   <MuseInfo><MuseVersion>9.0.10.18178</MuseVersion></MuseInfo>")
    ln("   <PatientDemographics>")
    ln("      <PatientID>", P(p["mrn"], "mrn"), "</PatientID>")
    a = age(p)
    ln("      <PatientAge>", P(str(a), "age") if a > 89 else str(a), "</PatientAge>")
    ln("      <AgeUnits>YEARS</AgeUnits>")
    ln("      <DateofBirth>", P(fd(p["dob"], "us_dash"), "date"), "</DateofBirth>")
    ln(f"      <Gender>{'MALE' if p['sex'] == 'M' else 'FEMALE'}</Gender>")
    ln("      <PatientLastName>", P(xesc(fold(p["last"]).upper()), "name"), "</PatientLastName>")
    ln("      <PatientFirstName>", P(xesc(fold(p["first"]).upper()), "name"), "</PatientFirstName>")
    ln("   </PatientDemographics>")
    ln("   <TestDemographics>")
    ln("      <DataType>RESTING</DataType><Site>1</Site><SiteName>TIDEWATER AME</SiteName>")
    ln(f"      <AcquisitionDevice>MAC5500</AcquisitionDevice><AcquisitionSoftwareVersion>010A</AcquisitionSoftwareVersion>")
    ln("      <AcquisitionDate>", P(fd(REF, "us_dash"), "date"), f"</AcquisitionDate><AcquisitionTime>{C.t.strftime('%H:%M:%S')}</AcquisitionTime>")
    ln("      <OrderingMDLastName>HALVORSEN</OrderingMDLastName><AcquisitionTechID>DA</AcquisitionTechID>")
    ln("   </TestDemographics>")
    ln("   <RestingECGMeasurements>")
    ln(f"      <VentricularRate>{hr}</VentricularRate><AtrialRate>{hr}</AtrialRate><PRInterval>{R.randint(130, 210)}</PRInterval>")
    ln(f"      <QRSDuration>{R.randint(80, 118)}</QRSDuration><QTInterval>{R.randint(360, 430)}</QTInterval><QTCorrected>{R.randint(390, 452)}</QTCorrected>")
    ln(f"      <PAxis>{R.randint(20, 70)}</PAxis><RAxis>{R.randint(-20, 80)}</RAxis><TAxis>{R.randint(10, 70)}</TAxis>")
    ln("   </RestingECGMeasurements>")
    ln("   <Diagnosis><Modality>RESTING</Modality><DiagnosisStatement><StmtFlag>ENDSLINE</StmtFlag><StmtText>"
       f"{pick(['Normal sinus rhythm', 'Sinus bradycardia', 'Normal sinus rhythm, incomplete RBBB', 'Atrial fibrillation'])}"
       "</StmtText></DiagnosisStatement></Diagnosis>")
    ln("</RestingECG>")
    return out


def blk_ecg_philips(p):
    C.tick(20, 100)
    a = age(p)
    L = Line("ecg_xml")
    L.add('<restingecgdata xmlns="http://www3.medical.philips.com" version="1.04"><patient><generalpatientdata><patientid>',
          P(p["mrn"], "mrn"), "</patientid><name><lastname>", P(xesc(p["last"]), "name"), "</lastname><firstname>",
          P(xesc(p["first"]), "name"), "</firstname></name><age><years>", P(str(a), "age") if a > 89 else str(a),
          "</years><dateofbirth>", P(fd(p["dob"], "iso"), "date"), f"</dateofbirth></age><sex>{'Male' if p['sex'] == 'M' else 'Female'}"
          "</sex></generalpatientdata></patient><dataacquisition date=\"", P(fd(REF, "iso"), "date"),
          f"\" time=\"{C.t.strftime('%H:%M:%S')}\"><machine machineid=\"PW-TC50-{digits(5)}\">PageWriter TC50</machine></dataacquisition></restingecgdata>")
    return [L]


def qlog(logger, level, message, mdc=None, thread=None, exc=None):
    obj = {"timestamp": t_isoz(), "sequence": QSEQ.__next__(), "loggerClassName": "org.jboss.logging.Logger",
           "loggerName": logger, "level": level, "message": message,
           "threadName": thread or f"executor-thread-{R.randint(1, 24)}", "threadId": R.randint(30, 220),
           "mdc": mdc if mdc is not None else {}, "ndc": "", "hostName": "portal-6c9d7b5f8-x2kqp",
           "processName": "io.quarkus.bootstrap.runner.QuarkusEntryPoint", "processId": 1}
    if exc:
        obj["exception"] = exc
    return jline("quarkus_json", obj)


def _qseq():
    n = 48110
    while True:
        n += R.randint(1, 9)
        yield n


QSEQ = _qseq()


def trace_mdc(user=None):
    d = {"traceId": hexs(32), "spanId": hexs(16), "sampled": "true"}
    if user is not None:
        d["userId"] = user
    return d


def blk_quarkus_phi(p):
    C.tick(5, 60)
    k = R.randint(0, 8)
    if k == 8:
        site = pick([f"https://{fold(p['last']).lower().replace(' ', '').replace(chr(39), '')}flies.com",
                     f"https://www.linkedin.com/in/{p['user'].replace('.', '-')}", f"https://flickr.com/photos/{p['user']}"])
        msg = M("Profile updated for ", P(p["user"], "other_id"), ": website=", P(site, "url"), ", mobile=", P(phone(p), "phone"))
        return [qlog("com.tidewater.portal.profile.ProfileResource", "INFO", msg, trace_mdc(P(p["user"], "other_id")))]
    if k == 0:
        msg = M("Imported MedXPress application ", P(p["conf"], "other_id"), " for applicant ", P(nm(p, "LF_nc"), "name"),
                " (dob ", P(fd(p["dob"], "iso"), "date"), ")")
        return [qlog("com.tidewater.portal.medx.ApplicationResource", "INFO", msg, trace_mdc(P(p["user"], "other_id")))]
    if k == 1:
        msg = M(P(p["ip"], "ip"), f" - - {t_apache()} \"GET /api/applicants/", P(p["conf"], "other_id"),
                f"/status HTTP/1.1\" 200 {R.randint(300, 2400)}")
        return [qlog("io.quarkus.http.access-log", "INFO", msg, {}, thread=f"vert.x-eventloop-thread-{R.randint(0, 3)}")]
    if k == 2:
        msg = M("Appointment booked: ", P(nm(p, "fl"), "name"), " <", P(p["email"], "email"), "> FAA class ",
                pick(["1", "2", "3"]), " exam on ", P(fd(future_date(2, 30), "iso"), "date"), " 09:30 with ", pick(STAFF["ame"]))
        return [qlog("com.tidewater.portal.booking.BookingService", "INFO", msg, trace_mdc(P(p["user"], "other_id")))]
    if k == 3:
        msg = M("Constraint violation on applicant.photoIdImage (size>256KB?) value=data:image/jpeg;base64,",
                P(b64photo(), "photo"))
        return [qlog("io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationExceptionMapper", "WARN", msg,
                     trace_mdc(P(p["user"], "other_id")))]
    if k == 4:
        pan = make_pan(pick(["4539", "4716", "5425", "5191"]))
        msg = M("Stripe charge failed for exam fee $175.00 (card_declined) pan=", P(pan, "account"), " patientAccount=",
                P(p["acct"], "account"))
        return [qlog("com.tidewater.portal.billing.PaymentClient", "ERROR", msg, trace_mdc(P(p["user"], "other_id")))]
    if k == 5:
        msg = M("Password reset requested for ", P(p["email"], "email"), " from ", P(p["ip"], "ip"))
        return [qlog("com.tidewater.portal.auth.AccountResource", "INFO", msg, trace_mdc())]
    if k == 6:
        msg = M("User ", P(p["user"], "other_id"), " uploaded SI document 'cardiology_eval.pdf' for PI ", P(p["pi"], "other_id"),
                f" ({R.randint(80, 900)} KB, sha256={hexs(16)}...)")
        return [qlog("com.tidewater.portal.si.DocumentResource", "INFO", msg, trace_mdc(P(p["user"], "other_id")))]
    msg = M("Failed to sync AMCS status for applicant FTN ", P(p["ftn"], "other_id"), ": HTTP 503 from amcs gateway")
    exc = M("jakarta.ws.rs.ServiceUnavailableException: HTTP 503 Service Unavailable\n\tat org.jboss.resteasy.reactive.client."
            "impl.ClientSendRequestHandler.handle(ClientSendRequestHandler.java:198)\n\tat com.tidewater.portal.amcs."
            "AmcsClient.status(AmcsClient.java:77)")
    return [qlog("com.tidewater.portal.amcs.AmcsSyncJob", "ERROR", msg, trace_mdc(), exc=exc)]


def teams(sender, content):
    obj = {"id": str(int((C.t + UTC).timestamp() * 1000)), "replyToId": None, "etag": str(R.randint(10 ** 12, 10 ** 13)),
           "messageType": "message", "createdDateTime": t_isoz(), "chatId": f"19:{hexs(32)}@thread.v2",
           "importance": "normal", "locale": "en-us",
           "from": {"user": {"id": uid(), "displayName": sender, "userIdentityType": "aadUser"}},
           "body": {"contentType": "text", "content": content}, "attachments": []}
    return jline("teams_message", obj)


def blk_teams_phi(p):
    C.tick(10, 120)
    lang = {"de": "de", "es": "es", "mx": "es", "es_us": "es"}.get(p["loc"], pick(["en", "en", "de", "es"]))
    a = age(p)
    if lang == "de":
        c = pick([
            M("Frau " if p["sex"] == "F" else "Herr ", P(p["last"], "name"), " (geb. ", P(fd(p["dob"], "de"), "date"), *( [", ", P(str(a), "age"), " J."] if a > 89 else []),
              ") hat die heutige Sitzung abgebrochen wegen Ohrenschmerzen. Angehörige erreichbar unter ", P(ec_phone(p), "phone")),
            M("Kann jemand die Audiometrie von ", P(nm(p, "fl"), "name"), " nochmal hochladen? MRN ", P(p["mrn"], "mrn"),
              ", Termin war am ", P(fd(past_date(1, 9), "de"), "date")),
        ])
    elif lang == "es":
        c = pick([
            M("¿Alguien habló con ", P(nm(p, "fl"), "name"), "? Su membresía DAN es ", P(p["dan"], "health_plan"),
              " y necesita la factura para el reembolso. Cel: ", P(phone(p), "phone")),
            M("La paciente " if p["sex"] == "F" else "El paciente ", P(nm(p, "lower"), "name"), " llega tarde a la sesión de OHB, reprogramar para el ",
              P(fd(future_date(1, 7), "eu"), "date"), " por favor"),
        ])
    else:
        c = pick([
            M("Heads up: ", P(nm(p, "init"), "name"), " (DOB ", P(fd(p["dob"], "us_short"), "date"),
              ") is coming at 1400 for SI follow-up, bring the Dexcom printout. Cell ", P(phone(p), "phone")),
            M("FYI ", P(p["first"], "name"), "'s Instagram ", P(f"https://instagram.com/{p['user']}", "url"),
              " shows a dive 10 h before his flight, talk to him before signing the 8500-9"),
            M("Pilot ", P(nm(p, "fl"), "name"), *([", ", P(str(a), "age"), " years young,"] if a > 89 else [","]),
              " passed the 3rd class again 🎉 cert # ", P(p["med_cert"], "license")),
        ])
    return [teams(pick(STAFF["cht"] + STAFF["ame"] + ["Front Desk (Yesenia)", "Billing - Rolf"]), c)]


TRACE_HDR = {"v": 0}


def trace_row(recv, sender, rcpt, subject, status, to_ip, from_ip):
    out = []
    if TRACE_HDR["v"] == 0 or R.random() < 0.05:
        TRACE_HDR["v"] = 1
        out.append(line("exo_message_trace", '"Received","SenderAddress","RecipientAddress","Subject","Status","ToIP","FromIP",'
                        '"Size","MessageId","MessageTraceId"'))
    L = Line("exo_message_trace")
    L.add(f'"{recv}","', *sender, '","', *rcpt, '","', *subject, f'","{status}","{to_ip}","{from_ip}","{R.randint(4000, 2900000)}",'
          f'"<{hexs(12)}.{hexs(8)}@{pick(["mail.gmail.com", "ns.tidewater-aerohbo.com", "BN8PR04MB6210.namprd04.prod.outlook.com"])}>",'
          f'"{uid()}"')
    out.append(L)
    return out


def blk_trace_phi(p):
    C.tick(10, 150)
    k = R.randint(0, 3)
    if k == 0:
        return trace_row(t_trace(), [P(p["email"], "email")], [f"ame@{DOMAIN}"],
                         ["Re: Special Issuance - ", P(nm(p, "fl"), "name"), " - status report"], "Delivered", "",
                         f"209.85.{R.randint(128, 255)}.{R.randint(1, 254)}")
    if k == 1:
        return trace_row(t_trace(), [f"scheduling@{DOMAIN}"], [P(p["email"], "email")],
                         ["Your FAA medical appointment ", P(fd(future_date(1, 20), "us"), "date"), " 09:30"], "Delivered",
                         f"17.57.{R.randint(150, 160)}.{R.randint(1, 254)}", "")
    if k == 2:
        return trace_row(t_trace(), [f"hbo@{DOMAIN}"], [P(p["email"], "email")],
                         [pick(["Hyperbaric treatment plan", "Plan de tratamiento hiperbárico", "Ihr HBO-Behandlungsplan"]),
                          " - ", P(nm(p, "fl"), "name")], pick(["Delivered", "Pending", "Failed"]), "", "")
    return trace_row(t_trace(), [f"mro@{DOMAIN}"], ["faa-dao@example-airline-compliance.com"],
                     ["Verified result - specimen ", P(p.get("spec") or digits(7), "other_id"), " - ", P(nm(p, "LF"), "name")],
                     "Delivered", f"40.107.{R.randint(1, 254)}.{R.randint(1, 254)}", "")


UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
       'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15',
       'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36',
       'Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 ForeFlight/15.12']


def blk_apache_phi(p):
    C.tick(2, 40)
    k = R.randint(0, 6)
    ref = '"https://portal.tidewater-aerohbo.com/portal/home"'
    if k == 0:
        req = ["GET /portal/medxpress/import?conf=", P(p["conf"], "other_id"), " HTTP/1.1"]
    elif k == 1:
        req = [f"GET /portal/appointments/book?type=faa-class{pick('123')}&date=", P(fd(future_date(2, 30), "iso"), "date"), "&slot=0930 HTTP/1.1"]
    elif k == 2:
        req = ["GET /portal/u/", P(p["user"], "other_id"), "/documents/si-letter.pdf HTTP/1.1"]
    elif k == 3:
        req = ["GET /portal/password-reset?email=", P(p["email"].replace("@", "%40"), "email"), " HTTP/1.1"]
    elif k == 4:
        req = ["GET /portal/hbo/consent?mrn=", P(p["mrn"], "mrn"), "&lang=", pick(["en", "es", "de"]), " HTTP/1.1"]
    elif k == 5:
        req = ["GET /api/v1/ecg/", P(p["mrn"], "mrn"), "/latest.pdf HTTP/1.1"]
    else:
        req = ["POST /portal/login HTTP/1.1"]
    user = [P(p["user"], "other_id")] if (k != 6 and R.random() < 0.3) else ["-"]
    L = line("apache_access", P(p["ip"], "ip"), " - ", *user, f" [{t_apache()}] \"", *req,
             f"\" {pick([302, 302, 200]) if k == 6 else pick([200, 200, 200, 200, 304, 404])} {R.randint(200, 48000)} {ref} \"{pick(UAS)}\"")
    return [L]


def blk_note(p):
    C.tick(30, 200)
    lang = {"de": "de", "es": "es", "mx": "es", "es_us": "es"}.get(p["loc"], "en")
    a = age(p)
    job = f"D-{R.randint(55000, 56999)}"
    author = pick(["IHALVORSEN", "REcheverria", "KWENDT", "ANWOSUFINCH"])
    if lang == "de":
        txt = M("Sehr geehrte Kollegin, wir berichten über ", P(nm(p, "fl"), "name"), ", geb. ", P(fd(p["dob"], "de_long"), "date"),
                *([" (", P(str(a), "age"), " Jahre)"] if a > 89 else []), ", wohnhaft ", P(p["street"], "address"), ", ",
                P(p["zip"], "zip"), " ", P(p["city"], "address"), ". HBO-Therapie ", pick(["bei radiogener Zystitis", "bei Hörsturz", "nach Dekompressionsunfall"]),
                ", 20 Sitzungen à 2,4 ATA, gut vertragen. Letzte Sitzung am ", P(fd(REF, "de"), "date"), ".")
    elif lang == "es":
        txt = M("Paciente ", P(nm(p, "fl"), "name"), ", ", str(a), " años, expediente ", P(p["mrn"], "mrn"),
                f", sesión {R.randint(3, 18)}/20 de OHB por {pick(['úlcera diabética en pie izquierdo', 'osteorradionecrosis mandibular', 'sordera súbita'])}; "
                "tolera bien, sin barotrauma. Próxima cita ", P(fd(future_date(1, 4), "es_long"), "date"), ".")
    elif p["loc"] == "fr" or R.random() < 0.3:
        txt = M("HBO progress note: ", P(nm(p, pick(["fl", "lf"])), "name"), ", ", P(str(a), "age") if a > 89 else str(a),
                f" y/o {'F' if p['sex'] == 'F' else 'M'}, MRN ", P(p["mrn"], "mrn"), ", treated ",
                P(fd(REF, "mon"), "date"), f" with {pick(['USN TT6', 'USN TT9', '2.4 ATA x 90 min'])} for "
                f"{pick(['DCS type II', 'sudden hearing loss', 'radiation proctitis', 'non-healing DFU'])}. "
                "Tolerated well, no barotrauma, next session tomorrow.")
    else:
        txt = M("Pilot ", P(nm(p, "flm"), "name"), ", ", P(str(a), "age") if a > 89 else str(a), " y/o, DOB ",
                P(fd(p["dob"], "us"), "date"), f", presents for {pick(['third', 'second', 'first'])}-class renewal. Cert no. ",
                P(p["pilot_cert"], "license"), ". ", p["cond"][1].capitalize(), ", stable; DL ",
                P(p["dl"], "license"), f" verified. Plan: issue, SI letter on file.")
    return [line("dictation_note", f"{t_py()} dictation[3121]: job={job} author={author} status=TRANSCRIBED text=\"", txt, "\"")]


# ============================================================================= noise
def n_flask():
    C.tick(1, 30)
    k = R.randint(0, 9)
    if k == 0:
        return [line("werkzeug_access", f"127.0.0.1 - - [{t_werk()}] \"GET /static/css/app.{hexs(8)}.css HTTP/1.1\" 304 -")]
    if k == 1:
        return [line("werkzeug_access", f"127.0.0.1 - - [{t_werk()}] \"GET /healthz HTTP/1.1\" 200 -")]
    if k == 2:
        return [line("sqlalchemy_echo", f"{t_py()} INFO sqlalchemy.engine.Engine SELECT 1")]
    if k == 3:
        return [line("sqlalchemy_echo", f"{t_py()} INFO sqlalchemy.engine.Engine [cached since {R.randint(10, 9000)}.{R.randint(0, 9)}s ago] "
                     f"('OPEN', '{fd(future_date(25, 35), 'iso')}')")]
    if k == 4:
        return [line("sqlalchemy_echo", f"{t_py()} INFO sqlalchemy.engine.Engine SELECT count(*) AS count_1 \\nFROM si_case "
                     "\\nWHERE si_case.status = ? AND si_case.next_due <= ?")]
    if k == 5:
        return [line("apscheduler", f"INFO:apscheduler.executors.default:Job \"sync_amcs_status (trigger: interval[0:15:00], next run at: "
                     f"{(C.t + dt.timedelta(minutes=15)).strftime('%Y-%m-%d %H:%M:%S')} EDT)\" executed successfully")]
    if k == 6:
        return [line("flask_app", f"[{t_py()}] INFO in reports: SI due-list generated: {R.randint(3, 30)} cases due in 30d, "
                     f"{R.randint(0, 5)} overdue (took {R.randint(40, 900)} ms)")]
    if k == 7:
        return [line("sqlalchemy_echo", f"{t_py()} INFO sqlalchemy.engine.Engine ROLLBACK")]
    if k == 8:
        return [line("werkzeug_access", f"127.0.0.1 - - [{t_werk()}] \"GET /si/reports/due?days=30 HTTP/1.1\" 200 -")]
    return [line("flask_app", f"[{t_py()}] WARNING in cgm_sync: Dexcom API rate limit, retry in {R.randint(30, 300)}s "
                 f"(request_id={uid()})")]


def n_flask_startup():
    C.tick(1, 5)
    return [line("flask_app", " * Serving Flask app 'si_tracker'"), line("flask_app", " * Debug mode: off"),
            line("flask_app", "WARNING: This is a development server. Do not use it in a production deployment. "
                 "Use a production WSGI server instead."),
            line("flask_app", " * Running on http://127.0.0.1:5000"), line("flask_app", "Press CTRL+C to quit")]


TB = {"n": 0}


def n_traceback():
    C.tick(5, 60)
    TB["n"] += 1
    if TB["n"] == 1:
        return [line("flask_app", f"[{t_py()}] ERROR in app: Exception on /si/reports/export [GET]"),
                line("flask_app", "Traceback (most recent call last):"),
                line("flask_app", '  File "/opt/si_tracker/venv/lib/python3.11/site-packages/sqlalchemy/engine/base.py", line 1969, in _exec_single_context'),
                line("flask_app", "    self.dialect.do_execute("),
                line("flask_app", "sqlite3.OperationalError: database is locked"),
                line("flask_app", "(Background on this error at: https://sqlalche.me/e/20/e3q8)")]
    return [line("flask_app", f"[{t_py()}] ERROR in amcs_client: AMCS status poll failed"),
            line("flask_app", "Traceback (most recent call last):"),
            line("flask_app", '  File "/opt/si_tracker/si_tracker/amcs_client.py", line 88, in poll_status'),
            line("flask_app", "    resp = self.session.get(url, timeout=(3.05, 20))"),
            line("flask_app", "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='amcs.faa.gov', port=443): "
                 "Read timed out. (read timeout=20)")]


TT6 = [("O2 period 1", 60, 60, 20), ("air break", 60, 60, 5), ("O2 period 2", 60, 60, 20), ("air break", 60, 60, 5),
       ("O2 period 3", 60, 60, 20), ("ascent 60->30 on O2", 60, 30, 30), ("air break", 30, 30, 15),
       ("O2 period 4", 30, 30, 60), ("air break", 30, 30, 15), ("O2 period 5", 30, 30, 60),
       ("ascent 30->0 on O2", 30, 0, 30)]
TT6_START = dt.datetime(2024, 3, 14, 6, 10, 0)


def tt6_state():
    em = int((C.t - TT6_START).total_seconds())
    m = em / 60.0
    for i, (name, d0, d1, dur) in enumerate(TT6):
        if m < dur or i == len(TT6) - 1:
            frac = min(m / dur, 1.0)
            return i, name, d0 + (d1 - d0) * frac, em
        m -= dur


def n_scada():
    C.tick(3, 40)
    k = R.randint(0, 9)
    if k <= 2:
        i, name, depth, em = tt6_state()
        d = max(0.0, depth + R.choice([-0.2, -0.1, 0.0, 0.1]))
        return [line("scada_syslog", f"<133>{t_3164()} hbot-scada01 profile[2311]: CH2 run=HB24-0311 table=USN-TT6 "
                     f"stage={i + 1}/{len(TT6)} \"{name}\" depth={d:.1f}fsw elapsed={em // 3600:02d}:{em % 3600 // 60:02d}:{em % 60:02d} "
                     f"occupants=3 tenders=1")]
    if k == 3:
        return [line("scada_syslog", f"<13>{t_3164()} hbot-plc01 S7-1515F[OB35]: CH2 PT-101={R.uniform(1.0, 2.84):.3f}ATA "
                     f"SP={R.choice([2.818, 1.909, 2.0])} dP/dt={R.uniform(-0.02, 0.02):+.3f}bar/min XV-110={pick(['OPEN', 'CLOSED'])}")]
    if k == 4:
        v = R.uniform(20.6, 23.9)
        return [line("scada_syslog", f"<{'132' if v > 23.5 else '134'}>1 {t_isol()} hbot-scada01 ignition 2188 ALARM "
                     f"[alarm@32473 source=\"prov:default:/tag:CH2/O2/AI_204\" state=\"{'ActiveUnacked' if v > 23.5 else 'ClearAcked'}\" "
                     f"priority=\"High\"] CH2 O2 analyzer AI-204 {v:.1f} %vol (HI limit 23.5 %vol)")]
    if k == 5:
        return [line("scada_syslog", f"<131>{t_3164()} hbot-scada01 ignition[2188]: ModbusTCP device 'CH1_Sechrist' 10.60.0.{R.randint(20, 40)}:502 "
                     f"timeout after {R.choice([1000, 2000, 3000])} ms, retry {R.randint(1, 3)}/3")]
    if k == 6:
        return [line("scada_syslog", f"<134>{t_3164()} hbot-hist01 historian[988]: flushed {R.randint(800, 9000)} samples "
                     f"(tags={R.randint(180, 260)}) to sqlth_1_data in {R.randint(15, 400)} ms")]
    if k == 7:
        return [line("scada_syslog", f"<14>{t_3164()} hbot-plc01 S7-1515F[OB1]: cycle time avg={R.uniform(3, 9):.1f}ms "
                     f"max={R.uniform(10, 30):.1f}ms CPU load {R.randint(8, 40)}% FW V3.0.{R.randint(1, 3)}")]
    if k == 8:
        return [line("scada_syslog", f"<133>{t_3164()} hbot-scada01 profile[2311]: CH1 run=HB24-03{R.randint(10, 40)} "
                     f"event=HOLD reason=\"ear equalization\" depth={R.uniform(4, 20):.1f}fsw duration={R.randint(20, 180)}s")]
    return [line("scada_syslog", f"<134>1 {t_isol()} hbot-scada01 ignition 2188 - - Compressor C-2 run hours {R.randint(8000, 9500)}, "
                 f"dewpoint {R.uniform(-52, -40):.1f} C, CO {R.uniform(0.1, 1.8):.1f} ppm, CO2 {R.randint(180, 480)} ppm (CGA Grade E OK)")]


def n_quarkus():
    C.tick(2, 40)
    k = R.randint(0, 9)
    if k == 0:
        return [qlog("io.quarkus", "INFO", f"tidewater-portal 3.2.{R.randint(0, 9)} on JVM (powered by Quarkus 3.8.2) started in "
                     f"{R.uniform(1.5, 4.5):.3f}s. Listening on: http://0.0.0.0:8080", thread="main")]
    if k == 1:
        return [qlog("io.quarkus", "INFO", "Installed features: [agroal, cdi, hibernate-orm, hibernate-validator, jdbc-postgresql, "
                     "narayana-jta, rest, rest-jackson, scheduler, smallrye-context-propagation, smallrye-health, vertx]", thread="main")]
    if k == 2:
        return [qlog("io.quarkus.http.access-log", "INFO", f"10.42.0.1 - - {t_apache()} \"GET /q/health/ready HTTP/1.1\" 200 {R.randint(40, 80)}",
                     thread=f"vert.x-eventloop-thread-{R.randint(0, 3)}")]
    if k == 3:
        return [qlog("io.vertx.core.impl.BlockedThreadChecker", "WARN", f"Thread Thread[vert.x-eventloop-thread-{R.randint(0, 3)},5,main] "
                     f"has been blocked for {R.randint(2001, 4200)} ms, time limit is 2000 ms", thread="vertx-blocked-thread-checker")]
    if k == 4:
        return [qlog("org.hibernate.orm.query", "WARN", "HHH90003004: firstResult/maxResults specified with collection fetch; applying in memory",
                     trace_mdc())]
    if k == 5:
        return [qlog("io.agroal.pool", "WARN", f"Datasource '<default>': Connection acquisition timeout after {R.choice([5000, 10000])} ms "
                     f"(active={R.randint(18, 20)}, max=20)")]
    if k == 6:
        return [qlog("com.tidewater.portal.amcs.AmcsSyncJob", "INFO", f"AMCS sync finished: {R.randint(0, 40)} updated, "
                     f"{R.randint(0, 3)} failed, duration {R.randint(300, 9000)} ms", trace_mdc(), thread="vert.x-worker-thread-3")]
    if k == 7:
        return [qlog("io.smallrye.health", "ERROR", "SRHCK01001: Reporting health down status: {\"status\":\"DOWN\",\"checks\":"
                     "[{\"name\":\"Database connections health check\",\"status\":\"DOWN\",\"data\":{\"<default>\":\"Unable to execute the validation check\"}}]}")]
    if k == 8:
        return [qlog("io.quarkus.scheduler", "INFO", f"Scheduled job 'reminderMailer' ran in {R.randint(100, 3000)} ms, {R.randint(0, 25)} reminders queued")]
    return [qlog("io.quarkus.http.access-log", "INFO", f"10.42.0.7 - - {t_apache()} \"GET /q/metrics HTTP/1.1\" 200 {R.randint(18000, 26000)}",
                 thread=f"vert.x-eventloop-thread-{R.randint(0, 3)}")]


def n_apache():
    C.tick(1, 30)
    k = R.randint(0, 7)
    if k == 0:
        return [line("apache_access", f"10.40.1.{R.randint(2, 30)} - - [{t_apache()}] \"GET /server-status?auto HTTP/1.1\" 200 {R.randint(700, 900)} \"-\" \"collectd/5.12.0\"")]
    if k == 1:
        return [line("apache_access", f"10.40.2.{R.randint(2, 60)} - - [{t_apache()}] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\"")]
    if k == 2:
        return [line("apache_access", f"66.249.66.{R.randint(1, 200)} - - [{t_apache()}] \"GET /robots.txt HTTP/1.1\" 200 68 \"-\" "
                     "\"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\"")]
    if k == 3:
        return [line("apache_access", f"45.148.10.{R.randint(2, 250)} - - [{t_apache()}] \"GET {pick(['/.env', '/wp-login.php', '/.git/config', '/phpmyadmin/'])} "
                     f"HTTP/1.1\" 404 196 \"-\" \"{pick(['python-requests/2.31.0', 'Go-http-client/1.1', 'zgrab/0.x'])}\"")]
    if k == 4:
        return [line("apache_access", f"216.144.250.150 - - [{t_apache()}] \"HEAD / HTTP/1.1\" 200 - \"https://uptimerobot.com/\" "
                     "\"Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)\"")]
    if k == 5:
        return [line("apache_error", f"[{C.t.strftime('%a %b %d %H:%M:%S.')}{R.randint(100000, 999999)} 2024] [proxy:error] [pid {R.randint(1000, 9999)}:tid "
                     f"{R.randint(10 ** 14, 10 ** 15)}] (111)Connection refused: AH00957: http: attempt to connect to 127.0.0.1:8080 (localhost) failed")]
    if k == 6:
        return [line("apache_access", f"10.40.1.{R.randint(2, 30)} - - [{t_apache()}] \"GET /static/js/app.{hexs(8)}.js HTTP/1.1\" 200 "
                     f"{R.randint(80000, 240000)} \"-\" \"Varnish/7.4\"")]
    return [line("apache_error", f"[{C.t.strftime('%a %b %d %H:%M:%S.')}{R.randint(100000, 999999)} 2024] [ssl:warn] [pid {R.randint(1000, 9999)}] "
                 "AH01909: portal.tidewater-aerohbo.com:443:0 server certificate does NOT include an ID which matches the server name")]


def n_hl7():
    C.tick(3, 40)
    k = R.randint(0, 3)
    if k == 0:
        return [line("mirth_log", f"INFO  {t_py()} [Channel: ADT_to_Meditech, Destination: To MEDITECH] ack: MSA|AA|TW{t_hl7()}{R.randint(100, 999)}"
                     f" ({R.randint(20, 400)} ms)")]
    if k == 1:
        return [line("mirth_log", f"WARN  {t_py()} [TCP Listener 6661] com.mirth.connect.connectors.tcp.TcpReceiver: socket timeout after 30000 ms, "
                     f"reconnecting to 10.40.3.17:6661")]
    if k == 2:
        return [line("mirth_log", f"INFO  {t_py()} [Channel: MUSE_ORU_in] DataPruner: pruned {R.randint(0, 900)} messages older than 30 days "
                     f"({R.randint(1, 60)} s)")]
    return [line("mirth_log", f"ERROR {t_py()} [Channel: ADT_to_Meditech] AE received: MSA|AE|TW{t_hl7()}{R.randint(100, 999)}|"
                 f"ERR^PV1-3 location HBO^CH4 not found in MEDITECH master")]


def n_ccf():
    C.tick(5, 60)
    k = R.randint(0, 3)
    if k == 0:
        return [line("ccf_csv", f"# export ccf_daily {fd(REF, 'iso')} rows={R.randint(4, 20)} generated_by=ccf-export v1.7.2 sha1={hexs(40)}")]
    if k == 1:
        return [line("ccf_coc", f"COC|BATCH|{C.t.strftime('%m/%d/%Y %H:%M')}|COURIER|FEDEX-RTE 44|PICKUP|{R.randint(3, 15)} specimens, "
                     f"pouch {digits(12)}, cooler temp 4.2C")]
    if k == 2:
        return [line("ccf_coc", f"SYS|{C.t.strftime('%m/%d/%Y %H:%M')}|eCCF gateway Quest ESP reachable, latency {R.randint(80, 600)} ms, "
                     f"pending uploads {R.randint(0, 6)}")]
    return [line("ccf_coc", f"INV|{C.t.strftime('%m/%d/%Y')}|kit stock: FED-CCF 5-part {R.randint(20, 200)}, split cups {R.randint(10, 80)}, "
                 f"temp strips {R.randint(50, 300)}; reorder PO-{digits(6)}")]


def n_device_csv():
    C.tick(5, 60)
    k = R.randint(0, 2)
    if k == 0:
        return [line("audiometry_csv", f"#Export Interacoustics Diagnostic Suite 2.14.{R.randint(0, 9)} site=TIDEWATER records={R.randint(1, 12)} "
                     f"exported={C.t.strftime('%Y-%m-%dT%H:%M:%S')}")]
    if k == 1:
        return [line("audiometry_csv", f"#Calibration AS608 SN 1063412 daily biological check OK, ambient noise {R.randint(28, 38)} dBA "
                     "(ANSI S3.1 limit 40)")]
    return [line("vision_csv", f"OPTEC5500|SELFTEST|{C.t.strftime('%Y%m%d%H%M%S')}|lamp={R.randint(88, 100)}%|slides=OK|fw=2.11")]


def n_ecg():
    C.tick(5, 60)
    return [line("ecg_xml", f"<MuseExportStatus batch=\"{R.randint(100, 999)}\" exported=\"{R.randint(1, 15)}\" failed=\"{R.randint(0, 2)}\" "
                 f"target=\"\\\\tw-fs01\\ecg\\outbox\" durationMs=\"{R.randint(200, 5000)}\"/>")]


def n_ame():
    C.tick(5, 60)
    return [jline("ame_exam_json", {"event": "amcs_transmit_batch", "batchId": f"B{REF.strftime('%y%m%d')}-{R.randint(1, 9):02d}",
                                    "exams": R.randint(1, 12), "durationMs": R.randint(400, 6000),
                                    "status": pick(["OK", "OK", "PARTIAL", "RETRY"]), "amcsVersion": "6.3.2"})]


def n_teams():
    C.tick(10, 120)
    c = pick(["CH2 O2 analyzer recalibrated, back in service",
              "Wer hat den Schlüssel für den Kompressorraum? C-2 braucht einen Filterwechsel",
              "Recordatorio: simulacro de incendio en la cámara multiplaza a las 15:00",
              "AMCS is slow again, batch will go out after lunch",
              "Quest courier moved pickup to 16:30 today",
              "Bitte die Druckprotokolle von gestern bis Freitag abzeichnen",
              "Who ordered 40 more CCF kits? PO looks doubled",
              "Se acabaron los tapones de oídos desechables en la sala de espera",
              "New MUSE interface is live, ping me if ECGs don't show up in the EHR"])
    return [teams(pick(STAFF["cht"] + STAFF["ame"] + ["IT Helpdesk", "Front Desk (Yesenia)"]), c)]


def n_trace():
    C.tick(10, 150)
    k = R.randint(0, 3)
    if k == 0:
        return trace_row(t_trace(), ["noreply@faa.gov"], [f"ame@{DOMAIN}"], [f"AMCS Notification: Batch B{REF.strftime('%y%m%d')}-0{R.randint(1, 6)} received"],
                         "Delivered", "", f"152.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}")
    if k == 1:
        return trace_row(t_trace(), ["orders@atlanticmedicalsupply.com"], [f"purchasing@{DOMAIN}"], [f"PO {digits(6)} shipped - 2 cartons"],
                         "Delivered", "", f"198.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}")
    if k == 2:
        return trace_row(t_trace(), [f"it-alerts@{DOMAIN}"], [f"oncall@{DOMAIN}"], ["[ALERT] hbot-scada01 disk /var 87%"],
                         "Delivered", "", "")
    return trace_row(t_trace(), ["noreply@email.teams.microsoft.com"], [f"ihalvorsen@{DOMAIN}"],
                     ["You have 3 missed messages in Microsoft Teams"], "Delivered", "", f"40.107.{R.randint(1, 254)}.{R.randint(1, 254)}")


def n_dan():
    C.tick(10, 120)
    return [line("dan_report", pick([
        f"DAN hotline roster {fd(REF, 'iso')}: on-call {pick(STAFF['hbo'])}, backup {pick(STAFF['hbo'])}; chamber CH2 available from 14:00",
        f"Profile samples (1 per 10 s) t=0 d=0.0; t=60 d={R.uniform(8, 14):.1f}; t=120 d={R.uniform(18, 26):.1f}; t=180 d={R.uniform(24, 30):.1f} m",
        "DAN weekly stats: 11 calls, 4 referred for recompression, 0 fatalities (region: FL Keys)",
        f"Wetterlage Key Largo: Wind SO 15 kn, Sicht {R.randint(8, 25)} m, Wassertemperatur 24 C",
    ]))]


def n_note():
    C.tick(10, 120)
    return [line("dictation_note", f"{t_py()} dictation[3121]: queue depth={R.randint(0, 12)} avg_turnaround={R.randint(3, 40)}m "
                 f"engine=whisper-med.v{R.randint(2, 4)} gpu_mem={R.randint(2, 9)}GiB")]


NOISE = [(n_flask, 8), (n_scada, 12), (n_quarkus, 9), (n_apache, 8), (n_hl7, 4), (n_ccf, 3), (n_device_csv, 3),
         (n_ecg, 1), (n_ame, 2), (n_teams, 3), (n_trace, 2), (n_dan, 2), (n_note, 1)]
NOISE_W = [w for _, w in NOISE]


# ============================================================================= plan of PHI blocks
def build_plan():
    us = [p for p in PEOPLE if p["loc"] in ("us", "es_us")]
    pilots = us + [BY_LAST["Müller-Lüdenscheidt"], BY_LAST["Øvergaard"]]
    divers = [p for p in PEOPLE if p["loc"] in ("fr", "es", "mx", "de")] + [BY_LAST["Kealoha"], BY_LAST["O'Sullivan"],
                                                                             BY_LAST["Park"], BY_LAST["Bakare"]]
    hbo = PEOPLE[:]
    old = [BY_LAST["Abernathy"], BY_LAST["Van Buren"], BY_LAST["Weißgerber"]]
    plan = []

    def add(fn, pool, n, forced=None):
        forced = forced or []
        rest = [q for q in pool if q not in forced]
        chosen = forced[:n] + R.sample(rest, min(len(rest), n - len(forced[:n])))
        while len(chosen) < n:
            chosen.append(pick(pool))
        for p in chosen:
            plan.append((fn, p))

    add(blk_medxpress_full, pilots, 2)
    add(blk_medxpress_compact, pilots, 3)
    add(blk_ame_json, pilots, 15, forced=[old[0], old[1]])
    add(blk_si_update, pilots, 3)
    add(blk_si_insert, [p for p in pilots if p["ph"]], 2)
    add(blk_si_cgm, pilots, 2)
    add(blk_si_fax, [p for p in pilots if p["ph"]], 1)
    add(blk_scada_session, hbo, 5, forced=[old[2]])
    add(blk_dan_multi, divers, 2, forced=[BY_LAST["Dubois"]])
    add(blk_dan_single, divers, 5, forced=[BY_LAST["Villanueva-Soto"], BY_LAST["Kealoha"], BY_LAST["von Hohenberg"],
                                           BY_LAST["O'Sullivan"], BY_LAST["Park"]])
    ccf_people = R.sample(us, 10)
    for q in ccf_people:
        plan.append((blk_ccf_row, q))
    for q in ccf_people[:6]:
        plan.append((blk_coc, q))
    for q in ccf_people[:2]:
        plan.append((blk_ccf_bio, q))
    add(blk_hl7_adt, hbo, 4, forced=[old[2]])
    add(blk_hl7_oru, pilots, 2)
    add(blk_mirth, hbo, 2)
    add(blk_audiometry, pilots, 4)
    add(blk_vision, pilots + [BY_LAST["von Hohenberg"], BY_LAST["Schmidt"]], 6, forced=[BY_LAST["Müller-Lüdenscheidt"]])
    add(blk_ecg_muse, pilots, 2, forced=[old[0]])
    add(blk_ecg_philips, pilots, 2, forced=[old[1]])
    add(blk_quarkus_phi, pilots, 16)
    add(blk_teams_phi, hbo, 9, forced=[old[2], old[0], BY_LAST["Castellanos"]])
    add(blk_trace_phi, [q for q in hbo if q.get("spec")] or hbo, 10)
    add(blk_apache_phi, pilots + divers, 24)
    add(blk_note, hbo, 8, forced=[old[1], BY_LAST["Gutiérrez"], BY_LAST["Müller-Lüdenscheidt"]])
    R.shuffle(plan)
    # keep CCF rows ahead of their COC/BIO follow-ups and trace rows that quote a specimen id
    order = {blk_ccf_row: 0, blk_coc: 1, blk_ccf_bio: 1}
    ccf_items = [x for x in plan if x[0] in order]
    ccf_items.sort(key=lambda x: order[x[0]])
    it = iter(ccf_items)
    plan = [next(it) if x[0] in order else x for x in plan]
    return plan


# ============================================================================= main
def main():
    records = []
    plan = build_plan()
    records.extend(n_flask_startup())
    while len(records) < TOTAL:
        nophi = sum(1 for L in records if not L.spans)
        want_noise = nophi / len(records) < 0.55 or not plan
        if want_noise:
            fn = R.choices([f for f, _ in NOISE], weights=NOISE_W)[0]
            if R.random() < 0.02 and len(records) < TOTAL - 10 and TB["n"] < 2:
                fn = n_traceback
            lines = fn()
        else:
            fn, p = plan.pop(0)
            lines = fn(p)
        if len(records) + len(lines) > TOTAL:
            continue
        records.extend(lines)

    assert len(records) == TOTAL
    log_lines, label_lines = [], []
    for i, L in enumerate(records, 1):
        text = L.text()
        assert "\n" not in text and "\r" not in text and text.strip(), (i, text)
        b = text.encode("utf-8")
        prev = 0
        for sp, v in zip(L.spans, L.vals):
            assert b[sp["s"]:sp["e"]].decode("utf-8") == v, (i, sp, v)
            assert sp["s"] >= prev and sp["e"] > sp["s"]
            prev = sp["e"]
        log_lines.append(text)
        label_lines.append(json.dumps({"line": i, "family": L.family, "spans": L.spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(log_lines))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(label_lines))
    cats = {}
    for L in records:
        for sp in L.spans:
            cats[sp["cat"]] = cats.get(sp["cat"], 0) + 1
    nophi = sum(1 for L in records if not L.spans)
    fams = sorted({L.family for L in records})
    print(f"lines={len(records)} no_phi={nophi} ({100 * nophi / len(records):.1f}%) plan_left={len(plan)} families={len(fams)}")
    print(json.dumps(dict(sorted(cats.items())), ensure_ascii=False))
    print(fams)


if __name__ == "__main__":
    main()
