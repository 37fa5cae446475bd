#!/usr/bin/env python3
"""Synthetic labeled log corpus "nh": labor & delivery and mother-baby units.

Systems imitated: fetal monitoring strip archive (Java/log4j-style), HL7 v2 from
the fetal central station and registration (raw segments one per physical line,
and whole messages on one line with escaped \\r), newborn registration service
(Python, JSON lines), infant security tag server (RFC 3164/5424 syslog), state
vital records EBRS birth worksheet (fixed-key text dump) and EBRS XML submissions
and acks, newborn metabolic / hearing screening manifests (CSV with and without
headers, semicolon CSV), cord blood kit tracking (key=value), breast milk bar-code
scanning (Java/logback with stack traces), Epic-like Stork flowsheet exports
(pipe rows), C#/.NET services (default console two-line format and Serilog),
nurse call console exports, lactation consult notes (English, Spanish, Haitian
Creole), NICU transfer messages (JSON and secure chat text), X12 270/271
eligibility, nginx access logs, Python logging for the hearing screening sync,
interpreter (VRI) service logs.

All people, numbers and addresses are synthetic.

Labeling decisions:
- Placeholder newborn names ("BABY GIRL GONZALEZ RIVERA", "GONZALEZ RIVERA^BABY GIRL",
  "BABY A DORVIL"): only the surname part is labeled "name"; the words BABY/GIRL/BOY/A/B
  are generic. When the placeholder carries the mother's first name ("GIRL YESENIA
  GONZALEZ"), first name + surname are one name span.
- "Last, First" and "LAST^FIRST^M" names are one span each (HL7 carets included; an empty
  trailing middle-name component "^" is left outside). Honorifics (Sra., Madan) are outside.
- Mothers, newborns, fathers/partners, grandparents and other relatives are labeled.
  Clinicians, nurses, lactation consultants, interpreters, security officers, unit
  clerks, their user names, staff IDs, NPIs and unit phones are NOT labeled.
- Both the mother's and the infant's MRN are "mrn" (including HL7 PID-3 and PID-21
  Mother's Identifier, with the assigning-authority suffix left out of the span).
- Encounter / CSN / visit numbers (PV1-19), fetal-monitoring episode IDs, EBRS worksheet
  numbers, newborn metabolic screening card numbers, hearing screening IDs, cord blood
  kit IDs and family registration numbers, breast-milk bottle labels, NICU transfer
  request / transport ticket numbers and patient portal usernames are "other_id".
- Hospital account numbers (HAR, PID-18), guarantor accounts and full payment card
  numbers are "account"; masked cards showing only the last 4 digits are not labeled.
- State birth certificate file numbers and a parent's driver's licence are "license".
- Medicaid / health plan member IDs are "health_plan".
- Infant security RFID tags (infant band and paired mother band) are "device" when the
  line ties the tag to a patient (pairing, alarms on an active tag, match checks,
  release); unassigned tags on chargers / in inventory are not labeled. A rental breast
  pump issued to a mother is "device". Hospital equipment (fetal monitors, hearing
  screeners, scanners, receivers, printers) is not labeled.
- Dates tied to a person are "date": birth (date or birth datetime as a whole span),
  mother/father DOB, admission, delivery, LMP, specimen collection, flowsheet recorded
  time, milk expression date, appointment/rescreen date, strip export ranges for a
  patient. Bare times of birth ("0214") are not labeled. Log timestamps, batch dates
  and build dates are not labeled.
- Ages are labeled only when over 89 (a great-grandmother at the bedside).
- Residence street, city, county (below state) are "address" (each part its own span
  when in separate fields, one span when written together); ZIP is "zip". State and
  country of birth are not labeled. Hospital / vendor addresses are not labeled.
- Family phones are "phone", a family home fax is "fax", personal email "email",
  patient's public IP "ip" (internal 10.x addresses are not), personal web links "url",
  parent's vehicle plate and VIN "vehicle", base64 infant photo "photo", footprint
  template "biometric", SSNs "ssn".
- Courier tracking numbers, donor-milk lot numbers, batch IDs, trace IDs, UUIDs and
  segment IDs are not labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import re
import unicodedata
import random

ID = "nh"
HERE = os.path.dirname(os.path.abspath(__file__))
rng = random.Random(4_2024_1109)

# ----------------------------------------------------------------------------
# line builder with byte offsets
# ----------------------------------------------------------------------------


class L:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []
        self.vals = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        if cat is None:
            return self.t(s)
        s = str(s)
        b = len(s.encode("utf-8"))
        self.spans.append({"s": self.n, "e": self.n + b, "cat": cat})
        self.vals.append(s)
        self.buf.append(s)
        self.n += b
        return self

    def text(self):
        return "".join(self.buf)


PH = re.compile(r"@\{(\w+)\}")


def B(family, tpl, **kw):
    ln = L(family)
    pos = 0
    for m in PH.finditer(tpl):
        ln.t(tpl[pos:m.start()])
        v = kw[m.group(1)]
        if isinstance(v, tuple):
            ln.p(v[0], v[1])
        elif isinstance(v, list):  # list of (text, cat|None)
            for piece in v:
                if isinstance(piece, tuple):
                    ln.p(piece[0], piece[1])
                else:
                    ln.t(piece)
        else:
            ln.t(v)
        pos = m.end()
    ln.t(tpl[pos:])
    return ln


def N(v): return (v, "name")
def MRN(v): return (v, "mrn")
def D(v): return (v, "date")
def OID(v): return (v, "other_id")
def PHN(v): return (v, "phone")
def DEV(v): return (v, "device")
def ACC(v): return (v, "account")
def ADR(v): return (v, "address")
def ZIP(v): return (v, "zip")

# ----------------------------------------------------------------------------
# clock and formats
# ----------------------------------------------------------------------------

CLOCK = [dt.datetime(2024, 11, 8, 21, 46, 7, 118000)]


def tick():
    CLOCK[0] += dt.timedelta(seconds=rng.randint(3, 70), milliseconds=rng.randint(0, 999))
    return CLOCK[0]


def ts_log4j(t): return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
def ts_logback(t): return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
def ts_iso(t): return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000) + "-05:00"
def ts_isoz(t):
    u = t + dt.timedelta(hours=5)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)
def ts_sys(t): return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")
def ts_hl7(t): return t.strftime("%Y%m%d%H%M%S")
def ts_nginx(t): return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


def strip_acc(s):
    return "".join(c for c in unicodedata.normalize("NFD", s) if unicodedata.category(c) != "Mn")


def fdate(d, style):
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return "%d/%d/%d" % (d.day, d.month, d.year)
    if style == "mon":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    if style == "usshort":
        return d.strftime("%m/%d/%y")
    if style == "us_nopad":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    raise ValueError(style)


def hexs(n): return "".join(rng.choice("0123456789abcdef") for _ in range(n))
def digs(n): return "".join(rng.choice("0123456789") for _ in range(n))
def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


_used = set()


def uniq(fn):
    while True:
        v = fn()
        if v not in _used:
            _used.add(v)
            return v


def luhn_complete(prefix, length):
    body = prefix + digs(length - len(prefix) - 1)
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
             **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    while True:
        wmi = rng.choice(["1HG", "5J6", "1FA", "3VW", "JTD", "2T1", "KNA", "1N4", "4T1"])
        v = list(wmi + "".join(rng.choice(chars) for _ in range(5)) + "0" + rng.choice("KLMNPR") +
                 rng.choice("ABCDEFGH0123456789") + digs(6))
        s = sum(trans[c] * w[i] for i, c in enumerate(v))
        r = s % 11
        v[8] = "X" if r == 10 else str(r)
        return "".join(v)


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        return "%03d-%02d-%04d" % (a, g, s)


def phone(style=None):
    ac = rng.choice(["305", "786", "954", "754", "561", "305", "786"])
    ex = rng.choice(["555", "%d" % rng.randint(201, 989)])
    ln = "%04d" % rng.randint(100, 9999)
    style = style or rng.choice(["paren", "dash", "plain", "dot", "e164", "space"])
    return {"paren": "(%s) %s-%s" % (ac, ex, ln), "dash": "%s-%s-%s" % (ac, ex, ln),
            "plain": ac + ex + ln, "dot": "%s.%s.%s" % (ac, ex, ln),
            "e164": "+1%s%s%s" % (ac, ex, ln), "space": "%s %s %s" % (ac, ex, ln)}[style]


def pub_ip():
    first = rng.choice([73, 98, 174, 24, 68, 99, 107, 172, 47, 71, 76, 108])
    if first == 172:
        second = rng.randint(56, 120)
    else:
        second = rng.randint(1, 254)
    return "%d.%d.%d.%d" % (first, second, rng.randint(0, 255), rng.randint(1, 254))


def b64rand(nbytes):
    return base64.b64encode(bytes(rng.randint(0, 255) for _ in range(nbytes))).decode()


# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------

FIRST = {
    "ht": ["Nadège", "Widline", "Roseline", "Guerline", "Mirlande", "Marie-Carmelle", "Yolette",
           "Rose-Merline", "Fabiola", "Dieula", "Natacha", "Esther", "Jessica", "Lovely", "Sherlie"],
    "es": ["Yesenia", "Xiomara", "María José", "Lourdes", "Ana Lucía", "Daniela", "Camila",
           "Valentina", "Zuleika", "Maritza", "Yamilet", "Gabriela", "Luz Marina", "Dayana"],
    "en": ["Keisha", "Ashley", "Emily", "Priya", "Ngozi", "Fatima", "Mei", "Linh", "Svetlana",
           "Aisha", "Chloé", "Hannah", "Oluwaseun", "Rania", "Thi Hoa", "Bridget", "Tamika",
           "Sarah-Jane", "Dominique", "Ayesha"],
}
LAST = {
    "ht": ["Pierre-Louis", "Jean-Baptiste", "Toussaint", "Dorvil", "Desrosiers", "St. Fleur",
           "Saint-Louis", "Joseph", "Étienne", "Célestin", "Augustin", "Bélizaire", "Jean-Charles",
           "Dorcely", "Pierre", "Exantus", "Louissaint"],
    "es": ["Gonzalez Rivera", "de la Cruz", "Hernández", "Rodríguez-Ortiz", "Castillo", "Pérez",
           "Batista", "Quiñones", "Del Valle", "Morales Peña", "Ibáñez", "Fuentes", "Ochoa"],
    "en": ["Nguyen", "Tran", "O'Connor", "MacLeod", "van der Berg", "Okafor", "Adeyemi",
           "Kowalski", "Chen", "Patel", "Al-Farsi", "Abebe", "Yamamoto", "Ibrahim", "Da Silva",
           "Fitzgerald-Moore", "Washington", "Johnson", "D'Amico", "Papadopoulos", "Haddad", "Smith"],
}
MALE = {
    "ht": ["Wilner", "Jean-Robert", "Frantz", "Marc-Arthur", "Jonas", "Wisly", "Rony", "Jean Ernst"],
    "es": ["Luis", "Carlos Andrés", "José Miguel", "Yoandry", "Rafael", "Julio César", "Iván"],
    "en": ["Kwabena", "Dmitri", "Tuan", "Brendan", "Ahmed", "Emmanuel", "Tyrone", "Hiroshi", "Nikos"],
}
ELDER = {"ht": ["Yolette", "Anne-Marie", "Clémence", "Philomène"], "es": ["Esperanza", "Caridad", "Ofelia"],
         "en": ["Dorothy", "Mabel", "Adaeze", "Margaret"]}
BABY_GIVEN = {("ht", "F"): ["Naïka Esther", "Kencia", "Nehemie", "Roodline", "Bethsaïda"],
              ("ht", "M"): ["Woodly", "Jayden", "Stanley", "Jean Kervens", "Dieuson"],
              ("es", "F"): ["Sofía Isabel", "Valeria", "Ximena", "Luz Amparo", "Mía"],
              ("es", "M"): ["Mateo", "Santiago", "Thiago", "José Ángel", "Dylan"],
              ("en", "F"): ["Amara", "Olivia", "Mia", "Zara", "Chiamaka", "Aaliyah Rose"],
              ("en", "M"): ["Liam", "Kofi", "Noah", "Ethan", "Minh Khoa", "Yusuf"]}

CITIES = [("Miami", "Miami-Dade", ["33127", "33137", "33138", "33150"]),
          ("North Miami", "Miami-Dade", ["33161", "33168"]),
          ("Hialeah", "Miami-Dade", ["33012", "33016"]),
          ("Homestead", "Miami-Dade", ["33030", "33033"]),
          ("Miami Gardens", "Miami-Dade", ["33055", "33056"]),
          ("Doral", "Miami-Dade", ["33178"]),
          ("North Miami Beach", "Miami-Dade", ["33162"]),
          ("Fort Lauderdale", "Broward", ["33311", "33313"]),
          ("Miramar", "Broward", ["33023", "33025"]),
          ("Pembroke Pines", "Broward", ["33024"]),
          ("Hollywood", "Broward", ["33020", "33021"]),
          ("Lake Worth Beach", "Palm Beach", ["33460"]),
          ("Delray Beach", "Palm Beach", ["33444"])]
STREETS = ["NW 54th St", "NE 2nd Ave", "SW 117th Ave", "NE 59th Ter", "W 76th St", "Pembroke Rd",
           "Ives Dairy Rd", "NW 7th Ct", "Biscayne Blvd", "Palm Ave", "Hallandale Beach Blvd",
           "N Dixie Hwy", "SW 8th St", "NE 125th St", "Miramar Pkwy", "Lake Ave", "Avenue Félix Varela"]

FIRST_ALL = FIRST["ht"] + FIRST["es"] + FIRST["en"]


def street():
    s = "%d %s" % (rng.randint(12, 21999), rng.choice(STREETS))
    if rng.random() < 0.35:
        s += rng.choice([" Apt %d%s" % (rng.randint(1, 12), rng.choice("ABCD")), " Unit %d" % rng.randint(100, 999), " #%d" % rng.randint(2, 40)])
    return s


def make_family(i):
    lang = rng.choice(["ht", "ht", "es", "es", "en", "en", "en"])
    first = FIRST[lang][i % len(FIRST[lang])] if rng.random() < 0.5 else rng.choice(FIRST[lang])
    last = rng.choice(LAST[lang])
    if lang == "en" and rng.random() < 0.25:
        last = rng.choice(LAST["en"])
    mdob = dt.date(rng.randint(1983, 2006), rng.randint(1, 12), rng.randint(1, 28))
    city, county, zips = rng.choice(CITIES)
    pm = rng.choice(MALE[lang])
    plast = last if rng.random() < 0.45 else rng.choice(LAST[lang])
    born = dt.datetime(2024, 11, 7, 0, 0) + dt.timedelta(minutes=rng.randint(0, 2 * 1440 + 300))
    admit = (born - dt.timedelta(hours=rng.randint(3, 30))).date()
    sex = rng.choice(["F", "M"])
    twins = rng.random() < 0.08
    fam = dict(
        lang=lang, first=first, last=last, mi=rng.choice("ACEJLMNRSV"),
        dob=mdob, mrn=uniq(lambda: "40" + digs(6)), phone=phone(), phone2=phone(),
        street=street(), city=city, county=county, zip=rng.choice(zips),
        ssn=ssn(), medicaid=uniq(lambda: digs(10)),
        member=uniq(lambda: rng.choice(["XQH", "W", "ZGP", "H"]) + digs(9)),
        email=None, har=uniq(lambda: "70" + digs(8)), csn=uniq(lambda: "10" + digs(8)),
        dl=None, admit=admit, lmp=(born - dt.timedelta(days=rng.randint(238, 285))).date(),
        pfirst=pm, plast=plast, pdob=dt.date(rng.randint(1975, 2004), rng.randint(1, 12), rng.randint(1, 28)),
        pphone=phone(), pssn=ssn(), elder=rng.choice(ELDER[lang]), elder_age=rng.randint(90, 97),
        episode="EP-2024-%06d" % rng.randint(100000, 999999),
        mtag="IG-M-%07d" % rng.randint(1000000, 9999999),
        cord_kit="CBK-%04d-%04d" % (rng.randint(1000, 9999), rng.randint(0, 9999)),
        cord_reg="CB24%06d" % rng.randint(0, 999999),
        ws="2024-0417-%05d" % rng.randint(100, 2999),
        sfn="109-2024-%06d" % rng.randint(10000, 99999),
        portal=None, ip=pub_ip(), pump="SN %d" % rng.randint(2200000000, 2299999999),
        plate=rng.choice(["%s%s%s %d%s%d" % (rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ"), rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ"),
                                             rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ"), rng.randint(1, 9), rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ"), rng.randint(1, 9)),
                          "%s%s%s-%s%d%d" % (rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ"), rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ"),
                                             rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ"), rng.choice("ABCDEFGHJKLMNPQRSTVWXYZ"),
                                             rng.randint(0, 9), rng.randint(0, 9))]),
        vin=vin(), fax=phone(rng.choice(["paren", "dash"])),
    )
    loc = strip_acc(first.split()[0].split("-")[0]).lower()
    sur = strip_acc(last.replace(" ", "").replace("'", "").replace(".", "")).lower()
    fam["email"] = rng.choice(["%s.%s%d@gmail.com" % (loc, sur, mdob.year % 100),
                               "%s%s@yahoo.com" % (loc[0], sur),
                               "%s_%s@hotmail.com" % (sur, loc),
                               "mami.%s%d@icloud.com" % (loc, rng.randint(1, 99)),
                               "%s.%s@outlook.com" % (loc, sur)])
    fam["portal"] = rng.choice(["%s%s%d" % (loc[0], sur[:7], mdob.year % 100), "%s.%s" % (loc, sur[:6]), "%s%d" % (loc, rng.randint(10, 999))])
    fam["dl"] = "%s%03d-%03d-%02d-%03d-%d" % (strip_acc(last)[0].upper(), rng.randint(0, 999), rng.randint(0, 999),
                                             mdob.year % 100, rng.randint(0, 999), rng.randint(0, 9))
    babies = []
    nb = 2 if twins else 1
    for k in range(nb):
        bsex = sex if k == 0 else rng.choice(["F", "M"])
        babies.append(dict(
            sex=bsex, mrn=uniq(lambda: "41" + digs(6)), csn=uniq(lambda: "10" + digs(8)),
            har=uniq(lambda: "70" + digs(8)),
            born=born + dt.timedelta(minutes=k * rng.randint(1, 6)),
            tag="IG-%08d" % rng.randint(50000000, 59999999),
            nbs="24-%06d-%d" % (rng.randint(100000, 999999), rng.randint(0, 9)),
            hear="HS-24-%07d" % rng.randint(0, 9999999),
            given=rng.choice(BABY_GIVEN[(lang, bsex)]),
            order="AB"[k] if twins else "",
            bw=rng.randint(1850, 4300),
        ))
    fam["babies"] = babies
    fam["twins"] = twins
    return fam


FAMS = [make_family(i) for i in range(52)]


FORCE = [None]


def pick(k):
    if FORCE[0] is not None:
        v = FORCE[0]
        FORCE[0] = None
        return v
    return rng.randint(0, k)


def fam():
    return rng.choice(FAMS)


def baby(f):
    return rng.choice(f["babies"])


def placeholder(f, b, style=None):
    """Return list of pieces for a placeholder newborn name; surname labeled."""
    sur = f["last"].upper()
    if rng.random() < 0.4:
        sur = strip_acc(sur)
    word = "GIRL" if b["sex"] == "F" else "BOY"
    style = style or rng.choice(["baby", "baby", "baby", "lastfirst", "girlfirst", "bbg"])
    if b["order"]:
        word = b["order"]
        if style == "girlfirst":
            style = "baby"
    if style == "baby":
        return ["BABY %s " % word, (sur, "name")]
    if style == "lastfirst":
        return [(sur, "name"), ", BABY %s" % word]
    if style == "bbg":
        return ["B%s " % ("G" if b["sex"] == "F" else "B") if not b["order"] else "BABY %s " % word, (sur, "name")]
    # GIRL YESENIA GONZALEZ
    return ["%s " % word, ("%s %s" % (strip_acc(f["first"]).upper(), sur), "name")]


def mname(f, style=None):
    style = style or rng.choice(["lf", "fl", "LF", "FL", "lfm", "init"])
    fi, la = f["first"], f["last"]
    if style == "lf":
        return "%s, %s" % (la, fi)
    if style == "fl":
        return "%s %s" % (fi, la)
    if style == "LF":
        return "%s, %s" % (la.upper(), fi.upper())
    if style == "FL":
        return "%s %s" % (fi.upper(), la.upper())
    if style == "lfm":
        return "%s, %s %s" % (la.upper(), fi.upper(), f["mi"])
    if style == "init":
        return "%s. %s" % (fi[0], la)
    if style == "lower":
        return "%s %s" % (fi.lower(), la.lower())
    raise ValueError


def pname(f, style=None):
    style = style or rng.choice(["fl", "lf", "FL"])
    return {"fl": "%s %s" % (f["pfirst"], f["plast"]), "lf": "%s, %s" % (f["plast"], f["pfirst"]),
            "FL": ("%s %s" % (f["pfirst"], f["plast"])).upper()}[style]


def hl7name(last, first, mi=""):
    """LAST^FIRST^MI as pieces; an empty trailing component stays outside the span."""
    if mi:
        return [N("%s^%s^%s" % (strip_acc(last).upper(), strip_acc(first).upper(), mi))]
    return [N("%s^%s" % (strip_acc(last).upper(), strip_acc(first).upper())), "^"]


STAFF = ["RN Kimberly Osei", "RN Tomás Ferrer", "Dr. Rebecca Lindqvist", "Dr. Anand Raghavan",
         "G. Paquette IBCLC", "CNM Joanna Whitfield", "RN Kwame Asante", "Dr. Helena Voss",
         "RN Marisol Ugarte", "RN Beatriz Lemos", "Dr. Jean-Claude Fénelon", "RN Tiffany Boudreaux"]
STAFF_USERS = ["kosei01", "tferrer", "rlindqvist", "araghava", "gpaquette", "jwhitfield", "kasante",
               "hvoss2", "mugarte", "blemos", "jfenelon", "tboudre"]
BEDS_LD = ["LDR-%02d" % i for i in range(1, 15)] + ["OR-1", "OR-2", "TRIAGE-3", "TRIAGE-4"]
ROOMS_MB = ["4E-%d" % i for i in range(401, 432)]

# ----------------------------------------------------------------------------
# families of lines
# ----------------------------------------------------------------------------

OUT = []  # list of L


def emit(lines):
    if isinstance(lines, L):
        lines = [lines]
    OUT.extend(lines)


# ---- 1. fetal monitoring strip archive (log4j) -------------------------------

def strip_pre(level, thread, logger):
    return "%s %-5s [%s] %s - " % (ts_log4j(tick()), level, thread, logger)


def strip_noise():
    c = pick(8)
    if c == 0:
        return B("strip_archive", strip_pre("INFO", "ArchiveWorker-%d" % rng.randint(1, 4), "c.b.stripvault.archive.SegmentWriter") +
                 "Flushed segment bed=%s src=FM30-DE%d samples=%d fhr1Gap=%.1f%% toco=%s seg=%s" % (
                     rng.choice(BEDS_LD), rng.randint(52100000, 62999999), rng.choice([14400, 7200, 3600]),
                     rng.random() * 6, rng.choice(["IUP", "EXT"]), uuid4()))
    if c == 1:
        return B("strip_archive", strip_pre("WARN", "TelemetryPoller-1", "c.b.stripvault.acq.TelemetryClient") +
                 "Signal loss bed=%s channel=%s lostMs=%d reason=%s" % (rng.choice(BEDS_LD), rng.choice(["FHR1", "FHR2", "MHR", "TOCO"]),
                                                                      rng.randint(1200, 30000), rng.choice(["US_TRANSDUCER_OFF", "COUPLING", "TELEMETRY_OUT_OF_RANGE"])))
    if c == 2:
        return B("strip_archive", strip_pre("INFO", "Scheduler-1", "c.b.stripvault.purge.RetentionJob") +
                 "Retention sweep complete scanned=%d eligible=0 retentionYears=21 took=%.2fs" % (rng.randint(12000, 30000), rng.random() * 9))
    if c == 3:
        return B("strip_archive", strip_pre("DEBUG", "pool-3-thread-%d" % rng.randint(1, 8), "c.b.stripvault.db.StripDao") +
                 "SELECT seg_id, bed_id, t0 FROM strip_segment WHERE archived = 0 ORDER BY t0 LIMIT 500 (%d ms)" % rng.randint(2, 80))
    if c == 4:
        return B("strip_archive", strip_pre("INFO", "main", "c.b.stripvault.Application") +
                 "Started Application in %.3f seconds (process running for %.1f)" % (rng.uniform(15, 30), rng.uniform(30, 40)))
    if c == 5:
        return B("strip_archive", strip_pre("ERROR", "ArchiveWorker-%d" % rng.randint(1, 4), "c.b.stripvault.store.NasWriter") +
                 "Write failed path=/mnt/strips/2024/11/09/seg_%s.dat errno=EIO retry=%d/5" % (hexs(6), rng.randint(1, 5)))
    if c == 6:
        return B("strip_archive", strip_pre("INFO", "CentralStation-RX", "c.b.stripvault.acq.Hl7Listener") +
                 "MLLP connection accepted from 10.41.8.%d:%d (central-ld-0%d)" % (rng.randint(2, 60), rng.randint(40000, 65000), rng.randint(1, 3)))
    if c == 7:
        return B("strip_archive", strip_pre("INFO", "ArchiveWorker-%d" % rng.randint(1, 4), "c.b.stripvault.archive.Compactor") +
                 "Compacted 1h blocks: in=%d out=%d ratio=%.2f heap=%dMB/%dMB" % (rng.randint(40, 90), rng.randint(4, 9), rng.uniform(6, 11), rng.randint(700, 1500), 2048))
    return B("strip_archive", strip_pre("WARN", "AlertEngine", "c.b.stripvault.alert.Rules") +
             "Rule NICHD_CAT3 evaluation skipped for bed %s: insufficient baseline (%d s of 600 s)" % (rng.choice(BEDS_LD), rng.randint(30, 590)))


def strip_phi():
    f = fam()
    c = pick(5)
    if c == 0:
        return B("strip_archive", strip_pre("INFO", "EpisodeSvc-%d" % rng.randint(1, 3), "c.b.stripvault.episode.EpisodeService") +
                 'Episode opened episodeId=@{e} bed=@{bed} patient="@{n}" mrn=@{m} ga=@{ga} admit=@{a}',
                 e=OID(f["episode"]), bed=rng.choice(BEDS_LD), n=N(mname(f, rng.choice(["lf", "LF", "lfm"]))), m=MRN(f["mrn"]),
                 ga="%dw%dd" % (rng.randint(33, 41), rng.randint(0, 6)), a=D(fdate(f["admit"], "us")))
    if c == 1:
        b = baby(f)
        return B("strip_archive", strip_pre("INFO", "EpisodeSvc-%d" % rng.randint(1, 3), "c.b.stripvault.episode.EpisodeService") +
                 "Episode closed episodeId=@{e} strips=%d delivered=@{d} outcome=%s" % (rng.randint(8, 80), rng.choice(["SVD", "CS_PRIMARY", "CS_REPEAT", "VAVD"])),
                 e=OID(f["episode"]), d=D(b["born"].strftime("%m/%d/%Y %H:%M")))
    if c == 2:
        typo = f["last"].upper().replace("Z", "S", 1) if "Z" in f["last"].upper() else strip_acc(f["last"]).upper()
        return B("strip_archive", strip_pre("WARN", "Reconciler", "c.b.stripvault.adt.PatientReconciler") +
                 "Name mismatch ADT='@{a}' monitor='@{b}' mrn=@{m}; holding merge for review",
                 a=N("%s, %s" % (f["last"], f["first"])), b=N("%s, %s" % (typo, strip_acc(f["first"]).upper())), m=MRN(f["mrn"]))
    if c == 3:
        return B("strip_archive", strip_pre("INFO", "http-nio-8080-exec-%d" % rng.randint(1, 9), "c.b.stripvault.api.AnnotationController") +
                 'Annotation saved bed=%s mrn=@{m} text="%s" user=%s' % (
                     rng.choice(BEDS_LD),
                     rng.choice(["pt repositioned L lateral, IV bolus 500mL LR per %s" % rng.choice(STAFF[2:4]),
                                 "SVE 6/90/-1, AROM clear fluid", "epidural placed, BP 102/58", "late decels x3, O2 10L NRB, MD at bedside"]),
                     rng.choice(STAFF_USERS)),
                 m=MRN(f["mrn"]))
    if c == 4:
        return B("strip_archive", strip_pre("INFO", "http-nio-8080-exec-%d" % rng.randint(1, 9), "c.b.stripvault.api.ExportController") +
                 "PDF export requested for @{n} (DOB @{dob}) range=@{r1} 22:00..@{r2} 02:30 requestedBy=HIM-rlopez pages=%d" % rng.randint(4, 60),
                 n=N(mname(f, "fl")), dob=D(fdate(f["dob"], "us")), r1=D(fdate(f["admit"], "us")), r2=D(fdate(f["babies"][0]["born"].date(), "us")))
    return B("strip_archive", strip_pre("ERROR", "EpisodeSvc-2", "c.b.stripvault.episode.EpisodeService") +
             "Cannot attach bed %s to episode @{e}: MRN @{m} already active on %s" % (rng.choice(BEDS_LD), rng.choice(BEDS_LD)),
             e=OID(f["episode"]), m=MRN(f["mrn"]))


# ---- 2. HL7 from central station / ADT ----------------------------------------

def msh(app, typ, ctrl):
    return "MSH|^~\\&|%s|BAYFRONT_LD|EPIC|BAYFRONT|%s||%s|%s|P|2.3" % (app, ts_hl7(CLOCK[0]), typ, ctrl)


def pid_pieces(f, full=True):
    """PID for mother, as list of pieces"""
    pcs = ["PID|1||", MRN(f["mrn"]), "^^^BAYFRONT^MR||", ] + hl7name(f["last"], f["first"], f["mi"]) + ["||",
           D(fdate(f["dob"], "hl7")), "|F|||"]
    if full:
        pcs += [ADR(strip_acc(f["street"]).upper()), "^^", ADR(f["city"].upper()), "^FL^", ZIP(f["zip"]), "^^^^",
                ADR(f["county"].upper()), "||", PHN("(%s)%s" % (re.sub(r"\D", "", f["phone"])[-10:-7], re.sub(r"\D", "", f["phone"])[-7:-4] + "-" + re.sub(r"\D", "", f["phone"])[-4:])),
                "|||||", ACC(f["har"]), "|", ("%s" % f["ssn"].replace("-", ""), "ssn"), "|"]
    else:
        pcs += ["|||||||", ACC(f["har"]), "|"]
    return pcs


def hl7_oru_block():
    f = fam()
    t = tick()
    ctrl = "OBTV%09d" % rng.randint(0, 999999999)
    bed = rng.choice(BEDS_LD)
    lines = [B("hl7_central", msh("OBTV", "ORU^R01", ctrl))]
    lines.append(B("hl7_central", "@{p}", p=pid_pieces(f, full=rng.random() < 0.5)))
    lines.append(B("hl7_central", "PV1|1|I|LD^%s^A^BAYFRONT||||%d^%s^%s^^^DR|||OB||||||||IP|@{v}" % (
        bed, rng.randint(1000000, 1999999), rng.choice(["LINDQVIST", "VOSS", "FENELON"]), rng.choice(["REBECCA", "HELENA", "JEAN-CLAUDE"])),
        v=OID(f["csn"])))
    lines.append(B("hl7_central", "OBR|1||STRIP-%s-%s|FETAL_MON^Fetal Monitoring^L|||%s" % (t.strftime("%Y%m%d"), hexs(4).upper(), ts_hl7(t))))
    obx = [("8632-2^Fetal heart rate baseline^LN", "NM", str(rng.choice(range(115, 160, 5))), "/min", "110-160"),
           ("UA^Uterine contractions per 10 min^L", "NM", str(rng.randint(1, 6)), "/10min", "<=5"),
           ("VAR^Variability^L", "ST", rng.choice(["Moderate", "Minimal", "Marked"]), "", ""),
           ("CAT^NICHD tracing category^L", "ST", rng.choice(["Category I", "Category II", "Category I"]), "", ""),
           ("8867-4^Maternal heart rate^LN", "NM", str(rng.randint(68, 118)), "/min", "60-100"),
           ("DEC^Decelerations^L", "ST", rng.choice(["None", "Early", "Variable", "Late"]), "", "")]
    rng.shuffle(obx)
    for i, (code, vt, val, unit, rr) in enumerate(obx[:rng.randint(2, 4)]):
        lines.append(B("hl7_central", "OBX|%d|%s|%s||%s|%s|%s|N|||F|||%s" % (i + 1, vt, code, val, unit, rr, ts_hl7(t))))
    return lines


def hl7_escaped_line():
    f = fam()
    b = baby(f)
    t = tick()
    ctrl = "ADT%010d" % rng.randint(0, 9999999999)
    c = pick(2)
    pre = "%s [mllp-rx-%d] RX len=%d: " % (ts_logback(t), rng.randint(1, 4), rng.randint(380, 900))
    if c == 0:  # newborn A04/A28 with PID-21 mother's identifier
        pcs = [msh("EPICADT", "ADT^A04", ctrl) + "\\rEVN|A04|" + ts_hl7(t) + "\\rPID|1||", MRN(b["mrn"]),
               "^^^BAYFRONT^MR||"]
        ph = placeholder(f, b, "lastfirst")
        pcs.append(N(strip_acc(f["last"]).upper()))
        pcs.append("^BABY " + (("GIRL" if b["sex"] == "F" else "BOY") if not b["order"] else b["order"]))
        pcs += ["||", D(b["born"].strftime("%Y%m%d%H%M")), "|%s||||||||||" % b["sex"], ACC(b["har"]), "|||", MRN(f["mrn"]),
                "^^^BAYFRONT^MR|||%s|%s" % ("Y" if b["order"] else "N", "1" if b["order"] in ("", "A") else "2"),
                "\\rNK1|1|"] + hl7name(f["last"], f["first"]) + ["|MTH^Mother^HL70063|||", PHN(f["phone"]),
                "\\rPV1|1|I|NURS^%s^%s^BAYFRONT||||||||||||||||" % (rng.choice(ROOMS_MB), rng.choice("AB")), OID(b["csn"])]
        del ph
        return B("hl7_escaped", pre + "@{x}", x=pcs)
    if c == 1:  # NICU transfer A02
        pcs = [msh("EPICADT", "ADT^A02", ctrl) + "\\rEVN|A02|" + ts_hl7(t) + "\\rPID|1||", MRN(b["mrn"]), "^^^BAYFRONT^MR||",
               N(strip_acc(f["last"]).upper()), "^BABY " + ("GIRL" if b["sex"] == "F" else "BOY") + "||", D(fdate(b["born"].date(), "hl7")),
               "|%s\\rPV1|1|I|NICU^%02d^A^BAYFRONT|||NURS^%s^A^BAYFRONT|%d^RAGHAVAN^ANAND^^^DR|||NEO||||||||IP|" % (b["sex"], rng.randint(1, 32), rng.choice(ROOMS_MB), rng.randint(1000000, 1999999)),
               OID(b["csn"])]
        return B("hl7_escaped", pre + "@{x}", x=pcs)
    # ORU with NTE free text
    pcs = [msh("OBTV", "ORU^R01", "OBTV%09d" % rng.randint(0, 999999999)) + "\\r", ] + pid_pieces(f, full=False) + [
        "\\rOBX|1|NM|8632-2^FHR baseline^LN||%d|/min|110-160|N|||F" % rng.choice(range(120, 160, 5)),
        "\\rNTE|1|L|pt name on monitor updated from %s to " % rng.choice(["UNKNOWN^UNKNOWN", "TRIAGE^PT3", "DOE^JANE"])] + hl7name(f["last"], f["first"], f["mi"])
    return B("hl7_escaped", pre + "@{x}", x=pcs)


def hl7_noise_line():
    t = tick()
    c = pick(3)
    ctrl = "OBTV%09d" % rng.randint(0, 999999999)
    if c == 0:
        return B("hl7_escaped", "%s [mllp-tx-1] TX ACK: MSH|^~\\&|EPIC|BAYFRONT|OBTV|BAYFRONT_LD|%s||ACK^R01|%s|P|2.3\\rMSA|AA|%s" % (
            ts_logback(t), ts_hl7(t), "ACK" + digs(9), ctrl))
    if c == 1:
        return B("hl7_escaped", "%s [mllp-rx-2] WARN NAK sent: MSA|AE|%s|Segment OBX field 5 exceeds max length (code 102)" % (ts_logback(t), ctrl))
    if c == 2:
        return B("hl7_escaped", "%s [mllp-rx-%d] RX len=%d: MSH|^~\\&|OBTV|BAYFRONT_LD|EPIC|BAYFRONT|%s||ORU^R01|%s|P|2.3\\rOBR|1||STRIP-%s|FETAL_MON\\rOBX|1|ST|ALARM^Central alarm^L||SIGNAL_LOSS bed %s||||||F" % (
            ts_logback(t), rng.randint(1, 4), rng.randint(180, 300), ts_hl7(t), ctrl, hexs(6).upper(), rng.choice(BEDS_LD)))
    return B("hl7_escaped", "%s [mllp-rx-%d] conn=%s msgs=%d bytes=%d avgLatencyMs=%.1f" % (
        ts_logback(t), rng.randint(1, 4), "central-ld-0%d" % rng.randint(1, 3), rng.randint(100, 4000), rng.randint(100000, 9000000), rng.uniform(1, 40)))


# ---- 3. newborn registration (Python JSON) -----------------------------------

def nbreg_phi():
    f = fam()
    b = baby(f)
    t = tick()
    c = pick(4)
    head = '{"ts":"%s","level":"info","logger":"nbreg.api","req_id":"%s",' % (ts_isoz(t), hexs(16))
    if c == 0:
        return B("nbreg_json", head + '"event":"newborn_registered","baby":{"name":"@{bn}","mrn":"@{bm}","birth_dttm":"@{bd}","sex":"%s","plurality":%d,"birth_order":%s},"mother_mrn":"@{mm}","csn":"@{csn}","unit":"MBU-4E"}' % (
            b["sex"], 2 if b["order"] else 1, '"%s"' % b["order"] if b["order"] else "null"),
            bn=placeholder(f, b, rng.choice(["baby", "girlfirst"])), bm=MRN(b["mrn"]), bd=D(b["born"].strftime("%Y-%m-%dT%H:%M:00-05:00")),
            mm=MRN(f["mrn"]), csn=OID(b["csn"]))
    if c == 1:
        return B("nbreg_json", head.replace('"info"', '"info"') + '"event":"baby_name_updated","mrn":"@{bm}","old":"@{old}","new":"@{new}","source":"birth_cert_worksheet"}',
                 bm=MRN(b["mrn"]), old=placeholder(f, b, "baby"), new=N("%s, %s" % (f["last"].upper(), b["given"])))
    if c == 2:
        return B("nbreg_json", head.replace('"info"', '"warning"') + '"event":"mother_link_missing","baby_mrn":"@{bm}","expected_mother":"@{mn}","mother_dob":"@{md}","msg":"no active L&D encounter found for mother"}',
                 bm=MRN(b["mrn"]), mn=N(mname(f, "lf")), md=D(fdate(f["dob"], "iso")))
    if c == 3:
        return B("nbreg_json", head + '"event":"guarantor_set","baby_mrn":"@{bm}","guarantor":{"name":"@{g}","relation":"mother","addr":"@{a}, @{c}, FL @{z}","phone":"@{p}"},"har":"@{h}","payer":"MEDICAID","member_id":"@{mid}"}',
                 bm=MRN(b["mrn"]), g=N(mname(f, "fl")), a=ADR(f["street"]), c=ADR(f["city"]), z=ZIP(f["zip"]), p=PHN(f["phone"]),
                 h=ACC(b["har"]), mid=(f["medicaid"], "health_plan"))
    return B("nbreg_json", head + '"event":"emergency_contact_added","mother_mrn":"@{mm}","contact":{"name":"@{en}","rel":"great-grandmother","age":@{age},"phone":"@{p}","lang":"%s"}}' % {"ht": "hat", "es": "spa", "en": "eng"}[f["lang"]],
             mm=MRN(f["mrn"]), en=N("%s %s" % (f["elder"], f["last"])), age=(str(f["elder_age"]), "age"), p=PHN(f["phone2"]))


def nbreg_noise():
    t = tick()
    c = pick(4)
    head = '{"ts":"%s","level":"%s","logger":"%s",' % (ts_isoz(t), "%s", "%s")
    if c == 0:
        return B("nbreg_json", head % ("info", "nbreg.health") + '"event":"healthcheck","status":"ok","db_latency_ms":%d,"adt_feed":"connected","version":"3.8.1+build.%d"}' % (rng.randint(1, 20), rng.randint(400, 700)))
    if c == 1:
        return B("nbreg_json", head % ("info", "nbreg.mrnpool") + '"event":"mrn_pool_status","remaining":%d,"low_watermark":500,"block":"41xxxxxx"}' % rng.randint(900, 5000))
    if c == 2:
        return B("nbreg_json", head % ("warning", "nbreg.adt") + '"event":"adt_retry","attempt":%d,"max":5,"backoff_s":%d,"error":"ConnectionResetError(104, \'Connection reset by peer\')","trace_id":"%s"}' % (rng.randint(1, 5), rng.choice([1, 2, 4, 8]), hexs(32)))
    if c == 3:
        return B("nbreg_json", head % ("info", "uvicorn.access") + '"client":"10.41.3.%d:%d","method":"GET","path":"/api/v2/units/MBU-4E/census","status":200,"duration_ms":%d}' % (rng.randint(2, 250), rng.randint(30000, 60000), rng.randint(3, 90)))
    return B("nbreg_json", head % ("info", "nbreg.jobs") + '"event":"nightly_reconcile","newborns_checked":%d,"unlinked":0,"duplicates":%d,"elapsed_s":%.2f}' % (rng.randint(20, 60), rng.randint(0, 2), rng.uniform(1, 20)))


# ---- 4. infant security syslog ----------------------------------------------

def sec_pre(t, proc="InfantGuard"):
    if rng.random() < 0.5:
        return "<%d>%s infsec-app01 %s[%d]: " % (rng.choice([134, 132, 129]), ts_sys(t), proc, 2231)
    return "<%d>1 %s infsec-app01 %s 2231 %s - " % (rng.choice([134, 132, 129]), ts_iso(t), proc, rng.choice(["TAG", "ALARM", "DOOR", "SYS"]))


def sec_noise():
    t = tick()
    c = pick(5)
    if c == 0:
        return B("infant_security", sec_pre(t) + "SUPERVISION rx=RX-4E-%02d status=OK rssi=-%ddBm noise=-%ddBm" % (rng.randint(1, 24), rng.randint(40, 80), rng.randint(90, 105)))
    if c == 1:
        return B("infant_security", sec_pre(t) + "DOOR_CTRL door=%s state=%s mode=auto maglock=%s" % (rng.choice(["4E-STAIR-B", "4E-ELEV-2", "LD-MAIN", "4E-STAIR-A"]), rng.choice(["LOCKED", "UNLOCKED", "HELD"]), rng.choice(["OK", "OK", "FAULT"])))
    if c == 2:
        return B("infant_security", sec_pre(t) + "TAG_INVENTORY tag=IG-%08d battery=%.2fV state=UNASSIGNED loc=CHARGER-%d" % (rng.randint(50000000, 59999999), rng.uniform(2.6, 3.1), rng.randint(1, 4)))
    if c == 3:
        return B("infant_security", sec_pre(t) + "ALARM_TEST weekly drill zone=MBU-4E result=PASS overhead_page=CODE PINK TEST ack_by=SEC-0%d" % rng.randint(10, 99))
    if c == 4:
        return B("infant_security", sec_pre(t, "pgsync") + "replicated %d rows to infsec-app02 lag=%dms" % (rng.randint(1, 40), rng.randint(1, 300)))
    return B("infant_security", sec_pre(t) + "LICENSE check ok seats=64 used=%d expires=2025-06-30" % rng.randint(10, 40))


def sec_phi():
    f = fam()
    b = baby(f)
    t = tick()
    c = pick(7)
    if c == 0:
        return B("infant_security", sec_pre(t) + 'TAG_PAIR tag=@{tg} infant="@{bn}" infant_mrn=@{bm} mother_tag=@{mt} mother_mrn=@{mm} room=%s by=%s' % (rng.choice(ROOMS_MB), rng.choice(STAFF_USERS)),
                 tg=DEV(b["tag"]), bn=placeholder(f, b), bm=MRN(b["mrn"]), mt=DEV(f["mtag"]), mm=MRN(f["mrn"]))
    if c == 1:
        return B("infant_security", sec_pre(t) + "ALARM %s tag=@{tg} zone=MBU-4E loc=%s state=ACTIVE" % (rng.choice(["CUT_BAND", "LOOSE_BAND", "EXIT_ZONE", "TAG_OFF_SKIN"]), rng.choice(["4E-ELEV-2", "4E-STAIR-B", "4E-410", "4E-HALL-N"])),
                 tg=DEV(b["tag"]))
    if c == 2:
        return B("infant_security", sec_pre(t) + "MATCH_%s infant_tag=@{tg} mother_tag=@{mt} reader=%s" % (rng.choice(["OK", "OK", "FAIL"]), rng.choice(ROOMS_MB)),
                 tg=DEV(b["tag"]), mt=DEV(f["mtag"]))
    if c == 3:
        return B("infant_security", sec_pre(t) + 'DISCHARGE_RELEASE tag=@{tg} infant_mrn=@{bm} released_to="@{pn}" id_type=FL_DL id_no=@{dl} officer=SEC-0%d' % rng.randint(10, 99),
                 tg=DEV(b["tag"]), bm=MRN(b["mrn"]), pn=N(mname(f, "fl")), dl=(f["dl"], "license"))
    if c == 4:
        return B("infant_security", sec_pre(t) + "PHOTO_ENROLL tag=@{tg} fmt=jpeg w=320 h=240 b64=@{ph}",
                 tg=DEV(b["tag"]), ph=("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/" + b64rand(rng.randint(60, 110)), "photo"))
    if c == 5:
        return B("infant_security", sec_pre(t) + "FOOTPRINT_CAPTURE infant_mrn=@{bm} foot=%s scanner=FPS-4E-02 tmpl=@{bio} quality=%d" % (rng.choice(["L", "R"]), rng.randint(40, 95)),
                 bm=MRN(b["mrn"]), bio=("ISO19794-2:" + b64rand(rng.randint(36, 60)), "biometric"))
    if c == 6:
        return B("infant_security", sec_pre(t) + "TAG_UNPAIR tag=@{tg} reason=%s infant=\"@{bn}\"" % rng.choice(["DISCHARGED", "NICU_TRANSFER", "BAND_REPLACED"]),
                 tg=DEV(b["tag"]), bn=placeholder(f, b))
    return B("infant_security", sec_pre(t) + "CODE_PINK_CANCEL tag=@{tg} found_with=mother room=%s note=\"baby with mom @{mn} in bathroom, band intact\"" % rng.choice(ROOMS_MB),
             tg=DEV(b["tag"]), mn=N(f["first"]))


# ---- 5. EBRS fixed-key worksheet dump -----------------------------------------

def kv(key, val_pieces):
    return "%-30s: " % key.ljust(30, "."), val_pieces


def ebrs_block():
    f = fam()
    b = rng.choice(f["babies"])
    out = []
    out.append(B("ebrs_worksheet", "*** EBRS BIRTH WORKSHEET v3.2 *** FACILITY 0417 BAYFRONT WOMEN'S & NEWBORN CTR  PRINTED %s BY %s" % (CLOCK[0].strftime("%m/%d/%Y %H:%M"), rng.choice(STAFF_USERS).upper())))
    tick()
    fields = [
        ("WORKSHEET_NO", [OID(f["ws"])]),
        ("CHILD_FIRST_NAME", [N(b["given"].split()[0].upper())]),
        ("CHILD_MIDDLE_NAME", [N(b["given"].split()[1].upper())] if " " in b["given"] else []),
        ("CHILD_LAST_NAME", [N(strip_acc(f["last"]).upper())]),
        ("CHILD_SUFFIX", []),
        ("DATE_OF_BIRTH", [D(fdate(b["born"].date(), "us"))]),
        ("TIME_OF_BIRTH", [b["born"].strftime("%H%M")]),
        ("SEX", ["FEMALE" if b["sex"] == "F" else "MALE"]),
        ("PLURALITY", ["2" if f["twins"] else "1"]),
        ("FACILITY_NAME", ["BAYFRONT WOMEN'S & NEWBORN CENTER"]),
        ("ATTENDANT_NAME_TITLE", [rng.choice(["REBECCA LINDQVIST MD", "JOANNA WHITFIELD CNM", "HELENA VOSS DO"])]),
        ("ATTENDANT_NPI", ["1%09d" % rng.randint(0, 999999999)]),
        ("MOTHER_CURRENT_LEGAL_NAME", [N(("%s %s %s" % (f["first"], f["mi"], f["last"])).upper())]),
        ("MOTHER_SURNAME_PRIOR_1ST_MARR", [N(rng.choice(LAST[f["lang"]]).upper())]),
        ("MOTHER_DATE_OF_BIRTH", [D(fdate(f["dob"], "us"))]),
        ("MOTHER_BIRTHPLACE_STATE_CNTRY", [{"ht": "HAITI", "es": rng.choice(["CUBA", "VENEZUELA", "HONDURAS", "PUERTO RICO"]), "en": rng.choice(["FLORIDA", "NIGERIA", "GEORGIA", "VIETNAM"])}[f["lang"]]]),
        ("MOTHER_SSN", [("%s" % f["ssn"], "ssn")]),
        ("MOTHER_RES_STREET", [ADR(strip_acc(f["street"]).upper())]),
        ("MOTHER_RES_CITY", [ADR(f["city"].upper())]),
        ("MOTHER_RES_COUNTY", [ADR(f["county"].upper())]),
        ("MOTHER_RES_STATE", ["FL"]),
        ("MOTHER_RES_ZIP", [ZIP(f["zip"])]),
        ("INSIDE_CITY_LIMITS", [rng.choice(["Y", "N", "U"])]),
        ("MOTHER_MAILING_SAME", ["Y"]),
        ("MOTHER_EDUCATION", [rng.choice(["4 HS GRAD/GED", "6 BACHELOR", "3 9-12 NO DIPLOMA", "5 SOME COLLEGE"])]),
        ("MOTHER_HISPANIC", ["Y - " + rng.choice(["CUBAN", "OTHER"]) if f["lang"] == "es" else "N"]),
        ("MOTHER_RACE", [{"ht": "BLACK", "es": "WHITE", "en": rng.choice(["BLACK", "ASIAN", "WHITE", "OTHER"])}[f["lang"]]]),
        ("MARRIED_AT_BIRTH", [rng.choice(["Y", "N"])]),
        ("FATHER_CURRENT_LEGAL_NAME", [N(("%s %s" % (f["pfirst"], f["plast"])).upper())]),
        ("FATHER_DATE_OF_BIRTH", [D(fdate(f["pdob"], "us"))]),
        ("FATHER_SSN", [(f["pssn"].replace("-", ""), "ssn")]),
        ("DATE_LAST_NORMAL_MENSES", [D(fdate(f["lmp"], "us"))]),
        ("PRINCIPAL_PAYER", [rng.choice(["MEDICAID", "PRIVATE INSURANCE", "SELF-PAY"])]),
        ("BIRTH_WEIGHT_GRAMS", [str(b["bw"])]),
        ("APGAR_5_MIN", [str(rng.randint(7, 9))]),
        ("FINAL_ROUTE_METHOD", [rng.choice(["SPONTANEOUS VAGINAL", "CESAREAN", "VACUUM"])]),
        ("SSN_REQUESTED_FOR_CHILD", ["Y"]),
        ("MOTHER_MRN", [MRN(f["mrn"])]),
        ("INFANT_MRN", [MRN(b["mrn"])]),
        ("CERTIFIER", ["KAREN A. MULLIGAN, BIRTH REGISTRAR"]),
    ]
    # choose a contiguous-ish subset, keeping order
    keep = sorted(rng.sample(range(len(fields)), rng.randint(8, 13)))
    for i in keep:
        k, v = fields[i]
        out.append(B("ebrs_worksheet", "%s: @{v}" % k.ljust(30, "."), v=v))
    return out


# ---- 6. EBRS XML ---------------------------------------------------------------

def ebrs_xml_phi():
    f = fam()
    b = baby(f)
    t = tick()
    c = pick(2)
    pre = "%s INFO  [ebrs-submit] o.b.vitals.EbrsClient - " % ts_logback(t)
    if c == 0:
        return B("ebrs_xml", pre + 'POST /ebrs/v2/births payload=<?xml version="1.0" encoding="UTF-8"?><BirthRecord xmlns="urn:fl:doh:vitals:ebrs:2"><Child><Name><First>@{cf}</First><Last>@{cl}</Last></Name><DOB>@{dob}</DOB><Sex>%s</Sex></Child><Mother><Name><First>@{mf}</First><Last>@{ml}</Last></Name><DOB>@{mdob}</DOB><SSN>@{ss}</SSN><Residence><Street>@{st}</Street><City>@{ci}</City><County>@{co}</County><State>FL</State><Zip>@{z}</Zip></Residence></Mother><Facility id="0417"/></BirthRecord>' % b["sex"],
                 cf=N(b["given"].split()[0]), cl=N(f["last"]), dob=D(fdate(b["born"].date(), "iso")), mf=N(f["first"]), ml=N(f["last"]),
                 mdob=D(fdate(f["dob"], "iso")), ss=(f["ssn"], "ssn"), st=ADR(f["street"]), ci=ADR(f["city"]), co=ADR(f["county"]), z=ZIP(f["zip"]))
    if c == 1:
        return B("ebrs_xml", pre.replace("INFO ", "INFO ") + "Response 200 <SubmissionAck><BatchId>B%s-%02d</BatchId><Status>ACCEPTED</Status><StateFileNo>@{sfn}</StateFileNo><LocalRef>@{ws}</LocalRef></SubmissionAck>" % (t.strftime("%Y%m%d"), rng.randint(1, 9)),
                 sfn=(f["sfn"], "license"), ws=OID(f["ws"]))
    return B("ebrs_xml", pre.replace("INFO ", "WARN ") + 'Response 422 <SubmissionAck><Status>REJECTED</Status><LocalRef>@{ws}</LocalRef><Error code="E214" field="Father/SSN">Father SSN @{ss} (DOB @{pd}) failed SSA verification</Error></SubmissionAck>',
             ws=OID(f["ws"]), ss=(f["pssn"], "ssn"), pd=D(fdate(f["pdob"], "iso")))


def ebrs_xml_noise():
    t = tick()
    c = pick(3)
    pre = "%s %s [ebrs-submit] o.b.vitals.EbrsClient - " % (ts_logback(t), "%-5s")
    if c == 0:
        return B("ebrs_xml", pre % "ERROR" + "Schema validation failed: cvc-complex-type.2.4.a: Invalid content was found starting with element 'MotherSSN'. One of '{\"urn:fl:doh:vitals:ebrs:2\":Residence}' is expected. (line 1, col %d)" % rng.randint(200, 900))
    if c == 1:
        return B("ebrs_xml", pre % "INFO" + '<Heartbeat facility="0417" endpoint="https://ebrs.example-state.gov/ebrs/v2" tls="TLSv1.3" rttMs="%d"/>' % rng.randint(40, 300))
    if c == 2:
        return B("ebrs_xml", pre % "INFO" + "Batch B%s-%02d closed records=%d accepted=%d rejected=%d" % (t.strftime("%Y%m%d"), rng.randint(1, 9), rng.randint(5, 20), rng.randint(4, 18), rng.randint(0, 2)))
    return B("ebrs_xml", pre % "WARN" + "Vital Records helpdesk notice: maintenance window Sat 23:00-02:00 ET; queue submissions. Contact ebrs.support@example-doh.gov (850) 245-4%03d" % rng.randint(100, 999))


# ---- 7. screening manifests (CSV) ----------------------------------------------

NBS_HEADER = "card_no,infant_mrn,infant_last,birth_dt,birth_tm,collect_dt,collect_tm,feeding,transfused,bw_g,mother_last,mother_first,mother_dob,submitter_id"
HEAR_HEADER = "screen_id;mrn;ear_l;ear_r;method;screen_date;screener;device"


def nbs_row():
    f = fam()
    b = baby(f)
    col = b["born"] + dt.timedelta(hours=rng.randint(24, 40))
    return B("nbs_csv", "@{card},@{bm},@{bl},@{bd},%s,@{cd},%s,%s,N,%d,@{ml},@{mf},@{mdob},FL0417" % (
        b["born"].strftime("%H%M"), col.strftime("%H%M"), rng.choice(["BREAST", "FORMULA", "BOTH", "TPN"]), b["bw"]),
        card=OID(b["nbs"]), bm=MRN(b["mrn"]), bl=N(strip_acc(f["last"]).upper()), bd=D(fdate(b["born"].date(), "usshort")),
        cd=D(fdate(col.date(), "usshort")), ml=N(strip_acc(f["last"]).upper()), mf=N(strip_acc(f["first"]).upper()), mdob=D(fdate(f["dob"], "usshort")))


def hear_row():
    f = fam()
    b = baby(f)
    d = b["born"] + dt.timedelta(hours=rng.randint(12, 36))
    return B("hearing_csv", "@{hid};@{bm};%s;%s;AABR;@{d};%s;ALGO5-SN%d" % (
        rng.choice(["PASS", "PASS", "REFER"]), rng.choice(["PASS", "PASS", "REFER"]), rng.choice(["blemos", "tboudre", "mugarte"]), rng.randint(40000, 49999)),
        hid=OID(b["hear"]), bm=MRN(b["mrn"]), d=D(fdate(d.date(), "iso")))


def screening_noise():
    t = tick()
    c = pick(3)
    if c == 0:
        return B("nbs_csv", NBS_HEADER)
    if c == 1:
        return B("hearing_csv", HEAR_HEADER)
    if c == 2:
        return B("nbs_csv", "# manifest batch=NBS-%s-%d cards=%d courier=UPS trk=1Z%s03%s lab=BUREAU OF PUBLIC HEALTH LABS JACKSONVILLE" % (t.strftime("%Y%m%d"), rng.randint(1, 3), rng.randint(8, 30), hexs(6).upper(), digs(8)))
    return B("nbs_csv", "# totals,cards=%d,unsat_prev=%d,transfused=%d,generated=%s" % (rng.randint(8, 30), rng.randint(0, 2), rng.randint(0, 1), t.strftime("%Y-%m-%dT%H:%M")))


# ---- 8. cord blood kit tracking (key=value) -------------------------------------

def cb_pre(t):
    return "%s cbkit[%d]: " % (t.strftime("%Y-%m-%dT%H:%M:%S"), rng.choice([881, 882]))


def cord_phi():
    f = fam()
    b = baby(f)
    t = tick()
    c = pick(5)
    if c == 0:
        return B("cordblood_kv", cb_pre(t) + 'event=KIT_RECEIVED kit_id=@{k} family_reg=@{r} mother_mrn=@{m} mother_name="@{n}" email=@{e} phone=@{p} bank=CRYO-SOUTH',
                 k=OID(f["cord_kit"]), r=OID(f["cord_reg"]), m=MRN(f["mrn"]), n=N(mname(f, rng.choice(["fl", "lf"]))), e=(f["email"], "email"), p=PHN(f["phone"]))
    if c == 1:
        return B("cordblood_kv", cb_pre(t) + "event=COLLECTED kit_id=@{k} collected_at=@{ca} by=%s vol_ml=%d infant_mrn=@{bm} segments=2" % (rng.choice(["jwhitfield", "rlindqvist", "hvoss2"]), rng.randint(40, 140)),
                 k=OID(f["cord_kit"]), ca=D(b["born"].strftime("%m/%d/%Y %H:%M")), bm=MRN(b["mrn"]))
    if c == 2:
        card = luhn_complete(rng.choice(["4", "51", "37"]), 15 if False else 16)
        return B("cordblood_kv", cb_pre(t) + "event=PAYMENT_AUTH family_reg=@{r} amount=%d.00 card=@{cc} exp=%02d/%d auth=%s result=APPROVED" % (rng.choice([1495, 1995, 2450]), rng.randint(1, 12), rng.randint(25, 29), hexs(6).upper()),
                 r=OID(f["cord_reg"]), cc=ACC(card))
    if c == 3:
        return B("cordblood_kv", cb_pre(t) + 'event=CONSENT_FAX family_reg=@{r} to="@{n}" fax=@{fx} pages=4 status=SENT',
                 r=OID(f["cord_reg"]), n=N(mname(f, "fl")), fx=(f["fax"], "fax"))
    if c == 4:
        return B("cordblood_kv", cb_pre(t) + "event=MATERNAL_SAMPLE kit_id=@{k} tubes=2 drawn=@{d} mother_dob=@{md} infectious_panel=PENDING",
                 k=OID(f["cord_kit"]), d=D(fdate(b["born"].date(), "iso")), md=D(fdate(f["dob"], "dmy")))
    return B("cordblood_kv", cb_pre(t) + "event=KIT_MISSING kit_id=@{k} last_seen=LD-NURSES-STATION note=\"dad (@{pn}) says kit was in the car, plate @{pl}\"",
             k=OID(f["cord_kit"]), pn=N(pname(f, "fl")), pl=(f["plate"], "vehicle"))


def cord_noise():
    t = tick()
    c = pick(3)
    if c == 0:
        return B("cordblood_kv", cb_pre(t) + "event=COURIER_PICKUP shipper=SHP-%05d kits=%d courier=MEDSPEED tracking=MS%s temp_range=15-25C" % (rng.randint(0, 99999), rng.randint(1, 5), digs(10)))
    if c == 1:
        return B("cordblood_kv", cb_pre(t) + "event=TEMP_LOG shipper=SHP-%05d temp_c=%.1f humidity=%d%% ok=true" % (rng.randint(0, 99999), rng.uniform(17, 24), rng.randint(30, 70)))
    if c == 2:
        return B("cordblood_kv", cb_pre(t) + "event=SYNC bank=CRYO-SOUTH endpoint=https://api.cryosouth.example.com/v1/kits status=200 duration_ms=%d" % rng.randint(80, 900))
    return B("cordblood_kv", cb_pre(t) + "event=STOCK unit=LD blank_kits=%d expiring_30d=%d reorder_point=6 vendor_phone=1-888-555-0%03d" % (rng.randint(2, 15), rng.randint(0, 3), rng.randint(100, 199)))


# ---- 9. breast milk scanning (Java/logback) ------------------------------------

def milk_pre(level, logger, t=None):
    t = t or tick()
    return "%s [http-nio-8443-exec-%d] %-5s %s - " % (ts_logback(t), rng.randint(1, 12), level, logger)


def bottle(f):
    return "EBM-%s-%03d" % (f["mrn"][-6:], rng.randint(1, 60))


def milk_phi():
    f = fam()
    b = baby(f)
    c = pick(4)
    if c == 0:
        return [B("milk_java", milk_pre("INFO", "o.b.milkbar.scan.ScanController") + "scan bottle=@{bt} infant=@{bm} result=MATCH nurse=%s station=NICU-MILKROOM-1" % rng.choice(STAFF_USERS),
                  bt=OID(bottle(f)), bm=MRN(b["mrn"]))]
    if c == 1:
        g = fam()
        gb = baby(g)
        return [B("milk_java", milk_pre("WARN", "o.b.milkbar.scan.FeedVerifier") + "MISMATCH bottle @{bt} belongs to mother MRN @{m} (@{mn}) but was scanned for infant @{bm} (@{bn}); feed blocked",
                  bt=OID(bottle(f)), m=MRN(f["mrn"]), mn=N(strip_acc(f["last"]).upper()), bm=MRN(gb["mrn"]), bn=placeholder(g, gb))]
    if c == 2:
        pumped = b["born"] + dt.timedelta(hours=rng.randint(-90, -60) + 24 * 5)
        lines = [B("milk_java", milk_pre("ERROR", "o.b.milkbar.scan.ScanController") + "Scan failed for bottle @{bt}", bt=OID(bottle(f))),
                 B("milk_java", "java.lang.IllegalStateException: Bottle expired: expressed @{d} %s, limit 96h at 4C" % pumped.strftime("%H:%M"),
                   d=D(fdate(pumped.date(), "us")))]
        for fr in rng.sample(["\tat org.bayfront.milkbar.scan.FeedVerifier.checkExpiry(FeedVerifier.java:212)",
                              "\tat org.bayfront.milkbar.scan.FeedVerifier.verify(FeedVerifier.java:148)",
                              "\tat org.bayfront.milkbar.scan.ScanController.scan(ScanController.java:77)",
                              "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
                              "\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)"], rng.randint(2, 4)):
            lines.append(B("milk_java", fr))
        lines.append(B("milk_java", "\t... %d common frames omitted" % rng.randint(40, 70)))
        return lines
    if c == 3:
        return [B("milk_java", milk_pre("INFO", "o.b.milkbar.label.LabelService") + 'Printed %d labels for mother "@{mn}" mrn=@{m} pumped=@{d} printer=4E-MILKROOM-ZD421' % rng.randint(2, 12),
                  mn=N(mname(f, rng.choice(["LF", "lf", "fl"]))), m=MRN(f["mrn"]), d=D(fdate(b["born"].date() + dt.timedelta(days=1), "usshort")))]
    return [B("milk_java", milk_pre("INFO", "o.b.milkbar.dme.PumpIssueService") + "Issued rental pump @{pump} (Symphony) to mrn=@{m} payer=MEDICAID member=@{mid} return_by=@{rb}",
              pump=DEV(f["pump"]), m=MRN(f["mrn"]), mid=(f["medicaid"], "health_plan"), rb=D(fdate(b["born"].date() + dt.timedelta(days=30), "us")))]


def milk_noise():
    c = pick(6)
    if c == 0:
        return [B("milk_java", milk_pre("INFO", "com.zaxxer.hikari.HikariDataSource") + "HikariPool-1 - Start completed.")]
    if c == 1:
        return [B("milk_java", milk_pre("INFO", "o.s.b.w.embedded.tomcat.TomcatWebServer") + "Tomcat started on port(s): 8443 (https) with context path '/milkbar'")]
    if c == 2:
        return [B("milk_java", milk_pre("DEBUG", "o.b.milkbar.device.ScannerHub") + "heartbeat device=ZEBRA-DS8178-%s fw=PAACBS00-005-R05 battery=%d%% paired=true" % (hexs(4).upper(), rng.randint(20, 100)))]
    if c == 3:
        return [B("milk_java", milk_pre("INFO", "o.b.milkbar.dhm.DonorMilkService") + "Received donor milk lot=DHM-2411-%04d bottles=%d bank=\"Mothers' Milk Bank of Florida\" pasteurized=2024-11-0%d" % (rng.randint(0, 9999), rng.randint(10, 40), rng.randint(1, 6)))]
    if c == 4:
        lines = [B("milk_java", milk_pre("ERROR", "o.h.engine.jdbc.spi.SqlExceptionHelper") + "Connection is not available, request timed out after 30000ms."),
                 B("milk_java", "org.springframework.dao.DataAccessResourceFailureException: Unable to acquire JDBC Connection"),
                 B("milk_java", "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:277)"),
                 B("milk_java", "Caused by: java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms (total=10, active=10, idle=0, waiting=3)")]
        return lines
    if c == 5:
        return [B("milk_java", milk_pre("INFO", "o.b.milkbar.freezer.FreezerMonitor") + "freezer=NICU-FRZ-%d temp=%.1fC door_open_s=%d alarm=false" % (rng.randint(1, 3), rng.uniform(-22, -18), rng.randint(0, 30)))]
    return [B("milk_java", milk_pre("WARN", "o.b.milkbar.label.LabelService") + "Printer 4E-MILKROOM-ZD421 status=PAPER_OUT jobQueued=%d" % rng.randint(1, 6))]


# ---- 10. Stork flowsheet export (pipe) -----------------------------------------

STORK_HDR = "PAT_MRN_ID|PAT_NAME|PAT_ENC_CSN_ID|FLO_MEAS_ID|DISP_NAME|RECORDED_TIME|MEAS_VALUE|ENTRY_USER_ID"
FLO = [("7075123", "Cervical Dilation (cm)", lambda: str(rng.randint(1, 10))),
       ("7075124", "Effacement (%)", lambda: str(rng.choice([50, 70, 80, 90, 100]))),
       ("7075130", "FHR Baseline (bpm)", lambda: str(rng.choice(range(115, 160, 5)))),
       ("7075131", "FHR Variability", lambda: rng.choice(["Moderate (6-25 bpm)", "Minimal (<=5 bpm)"])),
       ("7075140", "Contraction Frequency (min)", lambda: rng.choice(["2-3", "3-4", "4-5"])),
       ("7075155", "Pitocin Rate (milliunits/min)", lambda: str(rng.choice([2, 4, 6, 8, 10, 12]))),
       ("7075201", "Fundal Height/Position", lambda: rng.choice(["U/U firm midline", "U-1 firm", "U/1 boggy->firm w/ massage"])),
       ("7075310", "LATCH Score", lambda: str(rng.randint(5, 10)))]


def stork_row():
    f = fam()
    mid, name, vf = rng.choice(FLO)
    rt = CLOCK[0] - dt.timedelta(minutes=rng.randint(1, 600))
    nm = rng.choice(["%s,%s %s" % (strip_acc(f["last"]).upper(), strip_acc(f["first"]).upper(), f["mi"]), "%s,%s" % (f["last"].upper(), f["first"].upper())])
    return B("stork_pipe", "@{m}|@{n}|@{c}|%s|%s|@{rt}|%s|%s" % (mid, name, vf(), rng.choice(STAFF_USERS).upper()),
             m=MRN(f["mrn"]), n=N(nm), c=OID(f["csn"]), rt=D(rt.strftime("%m/%d/%Y %H:%M")))


def stork_delivery_row():
    f = fam()
    b = baby(f)
    return B("stork_pipe", "DEL|@{m}|@{bm}|@{dd}|%s|%s|%s|%d|%d/%d|%s" % (
        b["born"].strftime("%H:%M"), rng.choice(["Vaginal, Spontaneous", "C-Section, Low Transverse", "Vaginal, Vacuum (Extractor)"]),
        rng.choice(["Epidural", "None", "Spinal"]), b["bw"], rng.randint(6, 9), rng.randint(8, 9), rng.choice(["JWHITFIELD", "RLINDQVIST", "HVOSS2"])),
        m=MRN(f["mrn"]), bm=MRN(b["mrn"]), dd=D(fdate(b["born"].date(), "us")))


def stork_noise():
    t = tick()
    c = pick(3)
    if c == 0:
        return B("stork_pipe", STORK_HDR)
    if c == 1:
        mid, name, _ = rng.choice(FLO)
        return B("stork_pipe", "%s|%s|%s|%s|ACTIVE" % (mid, name, rng.choice(["Numeric", "Category", "String"]), rng.choice(["L&D ADMISSION", "LABOR PROGRESS", "POSTPARTUM", "NEWBORN FEEDING"])))
    if c == 2:
        return B("stork_pipe", "-- Extract STORK_%s job=FLX-%d rows=%d elapsed=00:00:%02d status=SUCCESS target=\\\\clarity-etl01\\exports\\stork\\%s.txt" % (
            rng.choice(["FLOWSHEET_LD", "OB_DELIVERY_SUMMARY", "NEWBORN_FEEDS"]), rng.randint(2000, 2999), rng.randint(300, 5000), rng.randint(2, 59), t.strftime("%Y%m%d")))
    return B("stork_pipe", "DEL|MOTHER_MRN|INFANT_MRN|DELIVERY_DATE|DELIVERY_TIME|METHOD|ANESTHESIA|BW_G|APGAR_1_5|DELIVERING_PROV")


# ---- 11. C# services -------------------------------------------------------------

def cs_phi():
    f = fam()
    b = baby(f)
    c = pick(4)
    tick()
    if c == 0:
        tr = "TR-%05d" % rng.randint(0, 99999)
        return [B("dotnet_console", "info: Bayfront.NicuTransfer.Worker.TransferProcessor[2001]"),
                B("dotnet_console", "      Transfer request @{tr} accepted for infant MRN @{bm} (@{bn}) from %s to NICU-%02d" % (rng.choice(["LD-OR-2", "LDR-07", "4E-412", "NURSERY"]), rng.randint(1, 32)),
                  tr=OID(tr), bm=MRN(b["mrn"]), bn=placeholder(f, b))]
    if c == 1:
        return [B("dotnet_console", "fail: Bayfront.NicuTransfer.Worker.AdtCache[3004]"),
                B("dotnet_console", "      System.InvalidOperationException: Mother MRN @{m} not found in ADT cache while linking infant @{bm}", m=MRN(f["mrn"]), bm=MRN(b["mrn"])),
                B("dotnet_console", "         at Bayfront.NicuTransfer.Adt.AdtCache.GetMother(String mrn) in /src/Bayfront.NicuTransfer/Adt/AdtCache.cs:line 88"),
                B("dotnet_console", "         at Bayfront.NicuTransfer.Worker.TransferProcessor.ExecuteAsync(CancellationToken stoppingToken) in /src/Bayfront.NicuTransfer/Worker/TransferProcessor.cs:line 141")]
    if c == 2:
        return [B("serilog", '[%s INF] Nurse call placed in %s by patient "@{x}" (priority Normal, dome light ON)' % (CLOCK[0].strftime("%H:%M:%S"), rng.choice(ROOMS_MB)), x=N(mname(f, "lf")))]
    if c == 3:
        return [B("serilog", '[%s WRN] Interpreter request lang=%s mrn=@{m} patient="@{n}" still queued after %ds' % (CLOCK[0].strftime("%H:%M:%S"), {"ht": "hat", "es": "spa", "en": "eng"}[f["lang"]], rng.randint(5, 200)),
                  m=MRN(f["mrn"]), n=N(mname(f, "fl")))]
    return [B("serilog", '[%s INF] Discharge ride booked for @{m}: driver=partner "@{pn}" plate=@{pl} vin=@{v} pickup=North Tower Valet' % CLOCK[0].strftime("%H:%M:%S"),
              m=MRN(f["mrn"]), pn=N(pname(f)), pl=(f["plate"], "vehicle"), v=(f["vin"], "vehicle"))]


def cs_noise():
    c = pick(6)
    t = tick()
    if c == 0:
        return [B("dotnet_console", "info: Microsoft.Hosting.Lifetime[0]"), B("dotnet_console", "      Application started. Press Ctrl+C to shut down.")]
    if c == 1:
        return [B("dotnet_console", "info: Microsoft.Hosting.Lifetime[14]"), B("dotnet_console", "      Now listening on: http://[::]:%d" % rng.choice([5080, 8080, 5000]))]
    if c == 2:
        return [B("dotnet_console", "fail: Microsoft.EntityFrameworkCore.Database.Command[20102]"),
                B("dotnet_console", "      Failed executing DbCommand (%dms) [Parameters=[@p0='?' (DbType = Int32), @p1='?' (Size = 32)], CommandType='Text', CommandTimeout='30']" % rng.randint(5, 31000))]
    if c == 3:
        return [B("serilog", "[%s INF] Nurse call bridge connected to ncs-core01.bayfront.local:%d (protocol TAP v%d.%d)" % (t.strftime("%H:%M:%S"), rng.choice([2101, 5001]), rng.randint(2, 3), rng.randint(0, 9)))]
    if c == 4:
        return [B("serilog", "[%s DBG] Poll cycle completed in %d ms; queued=%d, sent=%d" % (t.strftime("%H:%M:%S"), rng.randint(3, 400), rng.randint(0, 20), rng.randint(0, 20)))]
    if c == 5:
        return [B("serilog", "[%s ERR] HTTP POST https://vocera-gw.bayfront.local/api/messages responded 503 in %d ms (attempt %d of 3) TraceId=%s" % (t.strftime("%H:%M:%S"), rng.randint(100, 5000), rng.randint(1, 3), hexs(32)))]
    return [B("dotnet_console", "warn: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[35]"),
            B("dotnet_console", "      No XML encryptor configured. Key {%s} may be persisted to storage in unencrypted form." % uuid4())]


# ---- 12. nurse call console export ----------------------------------------------

def nc_ts(): return tick().strftime("%m/%d/%y %H:%M:%S")


def nurse_noise():
    c = pick(4)
    room = rng.choice(ROOMS_MB) + "-" + rng.choice("AB")
    if c == 0:
        return B("nurse_call", "%s|%s|NORMAL|ANSWERED|staff=%s|resp=00:%02d:%02d" % (nc_ts(), room, rng.choice(STAFF[:2] + STAFF[6:]), 0, rng.randint(10, 59)))
    if c == 1:
        return B("nurse_call", "%s|%s|BATH|CANCELLED|at_bed|resp=00:01:%02d" % (nc_ts(), room, rng.randint(0, 59)))
    if c == 2:
        return B("nurse_call", "%s|%s|PILLOW SPEAKER|FAULT|dev=PS-%s|ticket=BIOMED-%d" % (nc_ts(), room, hexs(6).upper(), rng.randint(40000, 49999)))
    if c == 3:
        return B("nurse_call", "%s|4E-CORE|STAFF ASSIST|PLACED|from=%s|zone=MBU" % (nc_ts(), room))
    return B("nurse_call", "%s|LD-%s|CODE|PLACED|type=OB HEMORRHAGE|team=OB RRT paged ext 4-7711" % (nc_ts(), rng.choice(["LDR03", "LDR09", "OR1"])))


def nurse_phi():
    f = fam()
    room = rng.choice(ROOMS_MB) + "-" + rng.choice("AB")
    c = pick(2)
    if c == 0:
        return B("nurse_call", "%s|%s|NORMAL|PLACED|pt=@{n}|lang=%s" % (nc_ts(), room, {"ht": "HT", "es": "ES", "en": "EN"}[f["lang"]]),
                 n=N(mname(f, rng.choice(["LF", "lfm", "lf"]))))
    if c == 1:
        msg = {"ht": "Tanpri, bebe a pa vle tete, m bezwen èd", "es": "Mi bebé no quiere comer, por favor vengan", "en": "I need help with the baby, she won't stop crying"}[f["lang"]]
        return B("nurse_call", '%s|%s|VOICE MSG|PLACED|pt=@{n}|transcript="%s"' % (nc_ts(), room, msg), n=N(mname(f, "LF")))
    return B("nurse_call", "%s|%s|BED EXIT|PLACED|pt=@{n} mrn=@{m}|fall_risk=HIGH (post-epidural)" % (nc_ts(), room), n=N(mname(f, "lf")), m=MRN(f["mrn"]))


# ---- 13. lactation consult notes (free text) -------------------------------------

def lc_pre():
    t = tick()
    return "%s lactation-notes INFO note_saved author=%s text=" % (t.strftime("%Y-%m-%d %H:%M:%S"), rng.choice(["gpaquette", "mugarte", "blemos"]))


def lc_phi():
    f = fam()
    b = baby(f)
    lang = f["lang"]
    c = pick(3)
    if lang == "es" and c == 2:
        return B("lactation_note", lc_pre() + '"Consulta de lactancia. Paciente @{mn} (FDN @{dob}) prefiere español. Bebé @{bn}, peso al nacer %d g. Madre con pezones planos, se usó pezonera. Su mamá, @{gm}, la acompaña; teléfono de contacto @{ph}."' % b["bw"],
                 mn=N(mname(f, rng.choice(["fl", "FL"]))), dob=D(fdate(f["dob"], "dmy")), bn=placeholder(f, b, "baby"), gm=["Sra. ", N("%s %s" % (f["elder"], f["last"].split()[0]))], ph=PHN(f["phone2"]))
    if lang == "ht" and c == 2:
        return B("lactation_note", lc_pre() + '"Konsiltasyon laktasyon pou @{mn} (MRN @{m}). Bebe @{bn} ap tete chak 2-3 è. Papa a, @{pn}, mande enfòmasyon sou ponp lèt; rele l nan @{pp}. Nou pale ak li an kreyòl."',
                 mn=N(mname(f, "fl")), m=MRN(f["mrn"]), bn=placeholder(f, b, "baby"), pn=N(pname(f, "fl")), pp=PHN(f["pphone"]))
    if lang == "en" and c == 2:
        return B("lactation_note", lc_pre() + '"Outpatient LC referral faxed for @{mn} DOB @{dob}, home address @{ad}, @{ci} FL @{z}. Baby @{bn} discharged @{dd}. Ins: Medicaid @{mid}."',
                 mn=N(mname(f, rng.choice(["fl", "lf"]))), dob=D(fdate(f["dob"], "usshort")), ad=ADR(f["street"]), ci=ADR(f["city"]), z=ZIP(f["zip"]),
                 bn=placeholder(f, b), dd=D(fdate(b["born"].date() + dt.timedelta(days=2), "us_nopad")), mid=(f["medicaid"], "health_plan"))
    if lang == "es" and c == 0:
        return B("lactation_note", lc_pre() + '"Madre (@{fn}) refiere dolor en pezón izquierdo; bebé con agarre superficial. Se enseñó posición de balón. Esposo @{pn} tel @{pp} apoya la lactancia. Cita de seguimiento @{ap}."',
                 fn=N(f["first"]), pn=N(pname(f, "fl")), pp=PHN(f["pphone"]), ap=D(fdate(b["born"].date() + dt.timedelta(days=rng.randint(3, 6)), "dmy")))
    if lang == "ht" and c == 0:
        return B("lactation_note", lc_pre() + '"Manman an (@{fn}) di li vle bay tete sèlman, li pa vle fòmil. Bebe a tete byen, 8 fwa depi ayè. Grann li, @{en}, @{age} an, ap ede l lakay. Entèprèt kreyòl ID 40817."',
                 fn=N(f["first"]), en=["Madan ", N("%s %s" % (f["elder"], f["last"]))], age=(str(f["elder_age"]), "age"))
    gp = rng.choice([(1, 1), (2, 2), (3, 2), (3, 3), (4, 3), (5, 4)])
    if c == 1:
        return B("lactation_note", lc_pre() + '"IBCLC consult for @{mn} (MRN @{m}), G%dP%d, infant @{bn} %dh old. LATCH %d. Nipple shield 20mm given. Mom pumping q3h with Symphony; colostrum 5-8 mL. Plan: f/u outpatient lactation clinic, call @{ph} if latch worsens."' % (
            gp[0], gp[1], rng.randint(6, 48), rng.randint(5, 9)),
            mn=N(mname(f, "fl")), m=MRN(f["mrn"]), bn=placeholder(f, b), ph=PHN(f["phone"]))
    return B("lactation_note", lc_pre() + '"Mom @{fn} requests handout in %s; partner @{pn} present. Baby born @{bd}, weight down %.1f%% from birth. Reviewed hand expression and paced bottle feeding."' % (
        {"ht": "Haitian Creole", "es": "Spanish", "en": "English"}[lang], rng.uniform(2, 9)),
        fn=N(f["first"]), pn=N(f["pfirst"]), bd=D(fdate(b["born"].date(), rng.choice(["long", "us_nopad"]))))


def lc_noise():
    c = pick(4)
    txt = ["Pt latching with nipple shield, 15 min each side, audible swallows. Reinforced skin-to-skin.",
           "Bebé con buen agarre, deglución audible. Se reforzó contacto piel con piel y alimentación a libre demanda.",
           "Bebe a byen tache, li vale. Nou esplike manman an kijan pou l eksprime lèt ak men l.",
           "Pump settings reviewed (2-phase expression, 50 mmHg). Follow up in AM. Interpreter via VRI (Creole) ID 40817.",
           "Group class 'Breastfeeding Basics' moved to Thu 14:00, classroom 4E-CONF. Call lactation office ext 4-2290."][c]
    return B("lactation_note", lc_pre() + '"%s"' % txt)


# ---- 14. NICU transfer (JSON / secure chat) ---------------------------------------

def nicu_phi():
    f = fam()
    b = baby(f)
    t = tick()
    c = pick(2)
    if c == 0:
        return B("nicu_json", '{"timestamp":"%s","msgType":"NICU_TRANSFER_REQUEST","requestId":"@{r}","infant":{"displayName":"@{bn}","mrn":"@{bm}","dob":"@{bd}","ga":"%dw%dd","bwGrams":%d},"mother":{"mrn":"@{mm}","name":"@{mn}","phone":"@{mp}","language":"%s"},"from":"%s","to":"NICU-%02d","requestedBy":"%s"}' % (
            ts_iso(t), rng.randint(28, 36), rng.randint(0, 6), b["bw"], {"ht": "Haitian Creole", "es": "Spanish", "en": "English"}[f["lang"]], rng.choice(["LD-OR-2", "LDR-05", "NURSERY"]), rng.randint(1, 32), rng.choice(STAFF[2:4])),
            r=OID("TR-%05d" % rng.randint(0, 99999)), bn=placeholder(f, b), bm=MRN(b["mrn"]), bd=D(fdate(b["born"].date(), "us")),
            mm=MRN(f["mrn"]), mn=N(mname(f, "lf")), mp=PHN(f["phone"]))
    if c == 1:
        return B("secure_chat", '%s [Vocera] From: LD Charge RN To: NICU Charge RN Msg: "Baby @{sur} (MRN @{bm}) %d+%d wks coming to bed %d, mom @{fn} still in OR %d, dad @{pn} @{pp} will come up"' % (
            t.strftime("%H:%M:%S"), rng.randint(30, 36), rng.randint(0, 6), rng.randint(1, 32), rng.randint(1, 2)),
            sur=N(f["last"]), bm=MRN(b["mrn"]), fn=N(f["first"]), pn=N(f["pfirst"]), pp=PHN(f["pphone"]))
    return B("secure_chat", '%s [Vocera] From: Transfer Center To: NICU Charge RN Msg: "Transport ticket @{tt} for @{bn} to Jackson Memorial NICU confirmed, ETA 40 min. Parents notified at @{ph}."' % t.strftime("%H:%M:%S"),
             tt=OID("TX-2024-11-%04d" % rng.randint(0, 9999)), bn=placeholder(f, b), ph=PHN(f["phone"]))


def nicu_noise():
    t = tick()
    c = pick(2)
    if c == 0:
        return B("nicu_json", '{"timestamp":"%s","msgType":"BED_BOARD","unit":"NICU","open":%d,"cleaning":%d,"blocked":%d,"census":%d}' % (ts_iso(t), rng.randint(0, 6), rng.randint(0, 3), rng.randint(0, 2), rng.randint(20, 32)))
    if c == 1:
        return B("secure_chat", '%s [Vocera] From: NICU Charge RN To: NNP On Call Msg: "Isolette in bed 17 is warmed and ready, RT aware, CPAP set up"' % t.strftime("%H:%M:%S"))
    return B("nicu_json", '{"timestamp":"%s","msgType":"HEARTBEAT","service":"transfer-center","version":"2.14.0","uptime_s":%d,"trace_id":"%s","span_id":"%s"}' % (ts_iso(t), rng.randint(1000, 900000), hexs(32), hexs(16)))


# ---- 15. nginx access log --------------------------------------------------------

UAS = ['"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1"',
       '"Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36"',
       '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36"']


def nginx_noise():
    t = tick()
    c = pick(3)
    if c == 0:
        return B("nginx", '10.41.2.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.27" 0.001' % (rng.randint(2, 40), ts_nginx(t)))
    if c == 1:
        return B("nginx", '10.41.5.%d - - [%s] "GET /static/js/app.%s.js HTTP/2.0" 304 0 "https://portal.bayfront.example.org/" %s 0.%03d' % (rng.randint(2, 250), ts_nginx(t), hexs(8), rng.choice(UAS), rng.randint(1, 60)))
    if c == 2:
        return B("nginx", '10.41.8.%d - svc_stripvault [%s] "POST /api/v1/segments/batch HTTP/1.1" 202 %d "-" "Apache-HttpClient/5.2.1 (Java/17.0.9)" 0.%03d' % (rng.randint(2, 60), ts_nginx(t), rng.randint(20, 90), rng.randint(10, 999)))
    return B("nginx", '10.41.2.%d - - [%s] "GET /metrics HTTP/1.1" 200 %d "-" "Prometheus/2.48.1" 0.%03d' % (rng.randint(2, 40), ts_nginx(t), rng.randint(3000, 30000), rng.randint(1, 30)))


def nginx_phi():
    f = fam()
    t = tick()
    c = pick(2)
    if c == 0:
        return B("nginx", '@{ip} - @{u} [%s] "POST /cordblood/enroll HTTP/2.0" 201 %d "https://portal.bayfront.example.org/cordblood" %s 0.%03d' % (ts_nginx(t), rng.randint(100, 900), rng.choice(UAS), rng.randint(50, 900)),
                 ip=(f["ip"], "ip"), u=OID(f["portal"]))
    if c == 1:
        return B("nginx", '10.41.8.%d - - [%s] "GET /api/v1/strips/export?mrn=@{m}&from=@{d1}&to=@{d2} HTTP/1.1" 200 %d "-" "python-requests/2.31.0" 1.%03d' % (rng.randint(2, 60), ts_nginx(t), rng.randint(100000, 900000), rng.randint(0, 999)),
                 m=MRN(f["mrn"]), d1=D(fdate(f["admit"], "iso")), d2=D(fdate(f["babies"][0]["born"].date(), "iso")))
    return B("nginx", '@{ip} - - [%s] "GET /share/birth-announcement?u=@{url} HTTP/2.0" 302 0 "-" %s 0.%03d' % (ts_nginx(t), rng.choice(UAS), rng.randint(1, 90)),
             ip=(f["ip"], "ip"), url=("https://www.babylist.com/baby-%s-%s" % (strip_acc(f["first"].split()[0]).lower(), strip_acc(f["last"]).lower().replace(" ", "-").replace("'", "").replace(".", "")), "url"))


# ---- 16. hearing / metabolic sync (Python logging) --------------------------------

def py_pre(level, name):
    t = tick()
    return "%s - %s - %s - " % (ts_log4j(t), name, level)


def py_noise():
    c = pick(4)
    if c == 0:
        return B("py_logging", py_pre("INFO", "hearing_sync") + "Uploaded %d results from screener ALGO5-SN%d to EHDI in %.2fs" % (rng.randint(3, 20), rng.randint(40000, 49999), rng.uniform(0.4, 6)))
    if c == 1:
        return B("py_logging", py_pre("WARNING", "urllib3.connectionpool") + "Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken by 'ReadTimeoutError(\"HTTPSConnectionPool(host='ehdi.example-doh.gov', port=443): Read timed out. (read timeout=30)\")': /api/results")
    if c == 2:
        return B("py_logging", py_pre("INFO", "apscheduler.executors.default") + "Job \"nbs_tracking_poll (trigger: interval[0:15:00], next run at: %s EST)\" executed successfully" % (CLOCK[0] + dt.timedelta(minutes=15)).strftime("%Y-%m-%d %H:%M:%S"))
    if c == 3:
        return B("py_logging", py_pre("DEBUG", "nbs_tracking") + "poll: 0 new results, 2 pending, cursor=%s" % hexs(24))
    return B("py_logging", py_pre("INFO", "hearing_sync") + "config loaded env=prod ehdi_endpoint=https://ehdi.example-doh.gov/api batch_size=50 tz=America/New_York")


def py_phi():
    f = fam()
    b = baby(f)
    c = pick(3)
    if c == 0:
        appt = (b["born"] + dt.timedelta(days=rng.randint(10, 20))).replace(hour=rng.choice([9, 10, 13, 14]), minute=rng.choice([0, 30]))
        return B("py_logging", py_pre("WARNING", "hearing_sync") + "REFER ear=%s infant_mrn=@{bm} name='@{bn}' hearing_id=@{h} rescreen appt @{ap}" % rng.choice(["L", "R", "BOTH"]),
                 bm=MRN(b["mrn"]), bn=placeholder(f, b), h=OID(b["hear"]), ap=D(appt.strftime("%m/%d/%Y %H:%M")))
    if c == 1:
        return B("py_logging", py_pre("ERROR", "hearing_sync") + "EHDI rejected record @{h}: missing mother_dob for mother_mrn=@{m}", h=OID(b["hear"]), m=MRN(f["mrn"]))
    if c == 2:
        return B("py_logging", py_pre("WARNING", "nbs_tracking") + "card @{card} UNSATISFACTORY (%s) - recollect needed for @{bn} mrn @{bm}, collected @{cd}" % rng.choice(["QNS", "layered/clotted", "collected <24h"]),
                 card=OID(b["nbs"]), bn=placeholder(f, b), bm=MRN(b["mrn"]), cd=D(fdate((b["born"] + dt.timedelta(hours=26)).date(), "mon")))
    return B("py_logging", py_pre("INFO", "nbs_tracking") + "card @{card} result=%s (%s) notified PCP office for @{bn}" % (rng.choice(["NORMAL", "BORDERLINE", "OUT OF RANGE"]), rng.choice(["TSH", "17-OHP", "PKU", "SCID TREC", "Hb FS"])),
             card=OID(b["nbs"]), bn=placeholder(f, b))


# ---- 17. interpreter VRI key=value ------------------------------------------------

def vri_noise():
    t = tick()
    return B("vri_kv", "ts=%s svc=vri level=info msg=\"queue status\" lang=%s waiting=%d avg_wait_s=%d agents_online=%d" % (
        t.strftime("%Y-%m-%dT%H:%M:%S"), rng.choice(["spa", "hat", "por", "vie"]), rng.randint(0, 5), rng.randint(5, 120), rng.randint(3, 40)))


def vri_phi():
    f = fam()
    t = tick()
    lang = {"ht": "hat", "es": "spa", "en": rng.choice(["yor", "vie", "ara"])}[f["lang"]]
    if rng.random() < 0.5:
        return B("vri_kv", "ts=%s svc=vri level=info msg=\"session ended\" lang=%s interp_id=%s-%d dept=MBU-4E room=%s pt_mrn=@{m} dur=00:%02d:%02d" % (
            t.strftime("%Y-%m-%dT%H:%M:%S"), lang, lang.upper()[:2], rng.randint(1000, 4999), rng.choice(ROOMS_MB), rng.randint(3, 45), rng.randint(0, 59)), m=MRN(f["mrn"]))
    return B("vri_kv", "ts=%s svc=vri level=warn msg=\"call dropped, patient callback requested\" lang=%s pt=\"@{n}\" callback=@{p}" % (t.strftime("%Y-%m-%dT%H:%M:%S"), lang),
             n=N(mname(f, rng.choice(["fl", "lower"]))), p=PHN(f["phone"]))


# ---- 18. X12 270/271 eligibility (one line) ---------------------------------------

def x12_phi():
    f = fam()
    b = baby(f)
    t = tick()
    ctl = "%09d" % rng.randint(0, 999999999)
    if rng.random() < 0.5:
        return B("x12_elig", "%s elig-gw DEBUG outbound 270: ISA*00*          *00*          *ZZ*BAYFRONT0417   *ZZ*FLMEDICAID     *%s*%s*^*00501*%s*0*P*:~GS*HS*BAYFRONT0417*FLMEDICAID*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*%s*%s*%s~HL*1**20*1~NM1*PR*2*FLORIDA MEDICAID*****PI*77027~HL*2*1*21*1~NM1*1P*2*BAYFRONT WOMENS AND NEWBORN*****XX*1%09d~HL*3*2*22*0~NM1*IL*1*@{ln}*@{fn}****MI*@{mid}~DMG*D8*@{dob}*F~EQ*30~SE*12*0001~GE*1*%d~IEA*1*%s~" % (
            ts_logback(t), t.strftime("%y%m%d"), t.strftime("%H%M"), ctl, t.strftime("%Y%m%d"), t.strftime("%H%M"), int(ctl) % 10000, hexs(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M"),
            rng.randint(0, 999999999), int(ctl) % 10000, ctl),
            ln=N(strip_acc(f["last"]).upper()), fn=N(strip_acc(f["first"]).upper()), mid=(f["medicaid"], "health_plan"), dob=D(fdate(f["dob"], "hl7")))
    return B("x12_elig", "%s elig-gw INFO  inbound 271 summary: subscriber=@{ln},@{fn} member=@{mid} EB*1*IND*30**MEDICAID MOMS~ newborn=@{bn} dob=@{bd} unborn_activation=REQUIRED" % ts_logback(t),
             ln=N(strip_acc(f["last"]).upper()), fn=N(strip_acc(f["first"]).upper()), mid=(f["medicaid"], "health_plan"), bn=placeholder(f, b, "baby"), bd=D(fdate(b["born"].date(), "us")))


def x12_noise():
    t = tick()
    if rng.random() < 0.5:
        return B("x12_elig", "%s elig-gw INFO  inbound 999 accepted: AK9*A*1*1*1~ ctl=%09d rtt_ms=%d" % (ts_logback(t), rng.randint(0, 999999999), rng.randint(200, 4000)))
    return B("x12_elig", "%s elig-gw WARN  clearinghouse returned AAA*N**42*R~ (Unable to Respond at Current Time) payer=77027 retry_in=120s" % ts_logback(t))


# ----------------------------------------------------------------------------
# assemble
# ----------------------------------------------------------------------------

GEN = [
    # (weight, callable returning L or list of L)
    (6.25, strip_noise), (4, strip_phi),
    (1.1, hl7_oru_block), (3, hl7_escaped_line), (3.75, hl7_noise_line),
    (4, nbreg_phi), (5.0, nbreg_noise),
    (6, sec_phi), (6.25, sec_noise),
    (0.9, ebrs_block), (2, ebrs_xml_phi), (2.5, ebrs_xml_noise),
    (3.5, nbs_row), (2, hear_row), (2.5, screening_noise),
    (4, cord_phi), (3.75, cord_noise),
    (3, milk_phi), (5.0, milk_noise),
    (3, stork_row), (1, stork_delivery_row), (2.5, stork_noise),
    (3, cs_phi), (5.0, cs_noise),
    (3, nurse_phi), (5.0, nurse_noise),
    (3, lc_phi), (2.5, lc_noise),
    (3, nicu_phi), (2.5, nicu_noise),
    (2, nginx_phi), (5.0, nginx_noise),
    (3, py_phi), (5.0, py_noise),
    (1.5, vri_phi), (2.5, vri_noise),
    (1.5, x12_phi), (1.88, x12_noise),
]
TOTAL = 500
CAPS = {"ebrs_worksheet": 38, "hl7_central": 42, "dotnet_console": 30}
NOISE_SIDE = {strip_noise, hl7_noise_line, nbreg_noise, sec_noise, ebrs_xml_noise, screening_noise, cord_noise,
              milk_noise, stork_noise, cs_noise, nurse_noise, lc_noise, nicu_noise, nginx_noise, py_noise, vri_noise,
              x12_noise}


def main():
    weights = [w for w, _ in GEN]
    fns = [g for _, g in GEN]
    forced = [(sec_phi, 5), (sec_phi, 5), (sec_phi, 4), (sec_phi, 4), (sec_phi, 3), (cord_phi, 3), (cord_phi, 3),
              (cord_phi, 0), (cord_phi, 0), (cord_phi, 5), (cs_phi, 4), (cs_phi, 4), (nbreg_phi, 4), (nbreg_phi, 4),
              (nginx_phi, 0), (nginx_phi, 2), (nginx_phi, 2), (cord_phi, 2), (milk_phi, 4), (ebrs_xml_phi, 1),
              (ebrs_xml_phi, 2), (lc_phi, 0), (lc_phi, 0), (lc_phi, 0)]
    rng.shuffle(forced)
    while len(OUT) < TOTAL:
        if forced and rng.random() < 0.12:
            fn, FORCE[0] = forced.pop()
        else:
            nclean = sum(1 for x in OUT if not x.spans)
            want_noise = len(OUT) == 0 or nclean / len(OUT) < 0.55
            pool = [(w, g) for w, g in GEN if (g in NOISE_SIDE) == want_noise]
            fn = rng.choices([g for _, g in pool], [w for w, _ in pool])[0]
        res = fn()
        FORCE[0] = None
        if isinstance(res, L):
            res = [res]
        if len(OUT) + len(res) > TOTAL:
            continue
        fam_n = sum(1 for x in OUT if x.family == res[0].family)
        if fam_n + len(res) > CAPS.get(res[0].family, 46):
            continue
        emit(res)
    assert not forced, len(forced)
    lines, labels = [], []
    for i, ln in enumerate(OUT, 1):
        text = ln.text()
        assert "\n" not in text and "\r" not in text and text.strip() != "", (i, text)
        raw = text.encode("utf-8")
        for sp, v in zip(ln.spans, ln.vals):
            assert raw[sp["s"]:sp["e"]].decode("utf-8") == v, (i, sp, v)
            assert v.strip() == v and v, (i, v)
        lines.append(text)
        labels.append(json.dumps({"line": i, "family": ln.family, "spans": ln.spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(labels))


if __name__ == "__main__":
    main()
