#!/usr/bin/env python3
"""gen_nr.py - synthetic, labeled log corpus for a PHI detector (ID=nr).

Theme: "CoralPoint Urgent Care + Occupational Health", a South-Florida urgent care
chain: online check-in and wait-time queue (Node/pino and Go/zap/logrus services,
Twilio SMS), kiosk registration (AAMVA PDF417 licence scans, insurance card OCR,
photo capture, palm-vein enrolment), X12 270/271 eligibility, DOT physicals
(MCSA-5875, FMCSA National Registry results XML), employer drug-screen chain of
custody (eCCF JSON, custody events, MRO HL7 ORU), workers' comp first reports of
injury (log4j + IAIABC-style flat record), x-ray orders and PACS sends (HL7 ORM,
DCMTK dcmdump, storescu), point-of-care analyzers (ASTM E1394, POCT1-A XML),
e-prescribing (NCPDP SCRIPT XML, Serilog CLEF, PDMP), self-pay pricing, good faith
estimates and payment plans (Stripe webhooks, Python logging), employer portal CSV
exports (Laravel log + CSV with and without header), Google Business Profile review
replies, call-center notes (English, Spanish, Haitian Creole), nginx access/error
and CloudFront logs, plus PostgreSQL, k8s, Prometheus, cron/syslog noise.

Writes nr.log (500 lines) and nr.labels.jsonl next to this file.
Standard library only, deterministic (fixed seed, fixed start clock).

Labeling decisions:
- Label identifiers of patients, donors (drug-screen), examinees (DOT), injured
  employees, guardians/relatives, guarantors, subscribers and reviewers who
  describe their own/their family's care. Do not label clinicians, MAs,
  collectors, MROs, call-center agents, employer DERs/contacts, pharmacies,
  payers, labs, carriers, vendors, clinic addresses/phones/faxes, NPIs, DEA
  numbers, NRCME examiner numbers, employer FEINs, staff usernames/e-mails.
- name: every written form of a person's name (First Last, LAST^FIRST^M,
  "Last, First", upper/lower case, initial + surname, first name alone in a
  message greeting). Each name token group is one span; a "Last, First" or
  HL7 "LAST^FIRST^M" field is ONE span; given and family names in separate
  fields are separate spans.
- Values inside URL query strings are labeled in their encoded form (a
  last name with %20/%2520/+, a DOB with %2F/%252F), the same as elsewhere.
- address: street line (with apartment) and city are separate spans labeled
  address; state is not labeled; ZIP / ZIP+4 (with or without dash) is zip.
  County names tied to a patient are address.
- date: birth dates, service/visit dates, appointment/slot times (whole ISO
  value), injury dates, specimen collection and result date-times, study dates,
  exam dates, medical-certificate expiry (derived from the exam); in HL7 every
  date-time inside PID/PV1/ORC/OBR/OBX, in ASTM the O/R record date-times.
  NOT labeled: log/message timestamps (log prefixes, MSH-7, ASTM H-14, X12
  ISA/GS/BHT dates, NCPDP SentTime, CloudFront date column, review
  createTime/updateTime), billing due dates, ID-document issue/expiry and
  insurance coverage effective dates (Medicare Part A/B start), kit lot
  expiry dates, QC run times. A service date equal to the log date is still
  labeled where it appears as a patient field.
- age: only ages over 89.
- phone/fax/email: patient/relative contact values, incl. caller ANI in the
  call center, SMS "To"/"From" of a patient; business numbers are not labeled.
- ssn: full SSNs in any punctuation. SSN last-4 alone is not labeled.
- mrn: CoralPoint MRNs (CPnnnnnnn), also as HL7 PID-3 and DICOM PatientID.
- health_plan: insurance member/subscriber IDs, Medicaid IDs, Medicare MBIs.
  Group numbers, RxBIN/PCN are not labeled.
- account: patient/guarantor billing accounts (PA-...), payment-plan IDs,
  full card PANs, bank account numbers. Card last-4, routing numbers and public
  test card numbers (4242 4242 4242 4242) are not labeled.
- license: patient driver's licence/CDL numbers, AAMVA document discriminator,
  DOT medical examiner's certificate numbers issued to the driver.
- vehicle: licence plates / VINs of a patient's own vehicle (curbside).
- device: identifiers of a patient's own device (mobile app IDFV/Android ID).
  Kiosk, analyzer, x-ray detector and breathalyzer serials are facility
  equipment and not labeled.
- url: patient-specific full URLs (tokenised SMS queue/pay links, reviewer
  profile/photo URLs). Paths in access logs are not labeled as url.
- ip: public IPs of end users of patient-facing sites (check-in, wait page,
  pay, results), in nginx, CloudFront, X-Forwarded-For. Private/internal
  addresses, load balancers, CDN, crawlers (Googlebot) and uptime monitors
  are not labeled.
- biometric: palm-vein / fingerprint templates; photo: base64 face images.
- other_id: online check-in confirmation codes, encounter/visit numbers,
  workers' comp claim numbers, CCF/specimen IDs, employer employee IDs of a
  patient, patient portal usernames, good-faith-estimate numbers.
  NOT labeled: system surrogate UUIDs, request/trace/span IDs, order numbers,
  accession numbers, DICOM UIDs, Stripe object IDs, message control IDs,
  Twilio SIDs, ROI request numbers, DOT exam IDs, FedEx tracking numbers.
"""
import base64
import json
import os
import random
from datetime import date, datetime, timedelta

R = random.Random(2124021)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "nr"

# --------------------------------------------------------------------------- builder


class P:
    """A JSON/XML value that carries a label."""

    def __init__(self, v, c):
        self.v = v
        self.c = c


class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []
        self.vals = []

    def t(self, x):
        self.b += str(x).encode("utf-8")
        return self

    def v(self, x, cat):
        x = str(x)
        if not cat:
            return self.t(x)
        bb = x.encode("utf-8")
        st = len(self.b)
        self.b += bb
        self.sp.append((st, len(self.b), cat))
        self.vals.append(bb)
        return self

    def f(self, tpl, *args):
        parts = tpl.split("§")
        assert len(parts) == len(args) + 1, (tpl, args)
        for i, part in enumerate(parts):
            self.t(part)
            if i < len(args):
                a = args[i]
                if isinstance(a, tuple):
                    self.v(a[0], a[1])
                else:
                    self.t(a)
        return self

    def j(self, obj, sep=(",", ":")):
        jdump(self, obj, sep)
        return self


def jdump(ln, o, sep):
    if isinstance(o, P):
        if isinstance(o.v, str):
            ln.t('"')
            ln.v(json.dumps(o.v, ensure_ascii=False)[1:-1], o.c)
            ln.t('"')
        else:
            ln.v(json.dumps(o.v), o.c)
    elif isinstance(o, dict):
        ln.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k, ensure_ascii=False) + sep[1])
            jdump(ln, v, sep)
        ln.t("}")
    elif isinstance(o, list):
        ln.t("[")
        for i, v in enumerate(o):
            if i:
                ln.t(sep[0])
            jdump(ln, v, sep)
        ln.t("]")
    else:
        ln.t(json.dumps(o, ensure_ascii=False))


def F(fam, tpl, *args):
    return Ln(fam).f(tpl, *args)


# --------------------------------------------------------------------------- clock


class Clock:
    def __init__(self):
        self.t = datetime(2024, 11, 18, 6, 58, 3, 120000)

    def tick(self, lo=4, hi=140):
        self.t += timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
        return self.t


CK = Clock()
EPOCH = datetime(1970, 1, 1)
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MON_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]
MON_HT = ["janvye", "fevriye", "mas", "avril", "me", "jen", "jiyè", "out", "septanm",
          "oktòb", "novanm", "desanm"]


def utc(t):
    return t + timedelta(hours=5)


def epoch_ms(t):
    return int((utc(t) - EPOCH).total_seconds() * 1000)


def epoch_f(t):
    return round((utc(t) - EPOCH).total_seconds(), 3)


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000) + "-05:00"


def iso_z(t):
    u = utc(t)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def py_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def pg_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d EST" % (t.microsecond // 1000)


def ngx_ts(t):
    return t.strftime("%d/") + MON[t.month - 1] + t.strftime("/%Y:%H:%M:%S -0500")


def sys_ts(t):
    return MON[t.month - 1] + " %2d " % t.day + t.strftime("%H:%M:%S")


def go_ts(t):
    return t.strftime("%Y/%m/%d %H:%M:%S")


def hl7_ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def fdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "aamva":
        return d.strftime("%m%d%Y")
    if style == "mon":
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if style == "es":
        return "%d de %s de %d" % (d.day, MON_ES[d.month - 1], d.year)
    if style == "ht":
        return "%d %s %d" % (d.day, MON_HT[d.month - 1], d.year)
    if style == "dash_us":
        return d.strftime("%m-%d-%Y")
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    raise ValueError(style)


# --------------------------------------------------------------------------- people

HT_F = ["Widlande", "Nadège", "Fabienne", "Guerline", "Rose-Carmelle", "Marie-Ange", "Kerline",
        "Lovely", "Mirlande", "Roseline", "Fedeline", "Naïka", "Wideline", "Dieula", "Sherline"]
HT_M = ["Jean-Robert", "Mackenson", "Wisler", "Dieunel", "Stevenson", "Wilner", "Frantz", "Evens",
        "Peterson", "Kervens", "Jean-Claude", "Wadson", "Ricot", "Woodly", "Jonas"]
HT_L = ["Jean-Baptiste", "Pierre-Louis", "Saint-Fleur", "Desrosiers", "Joseph", "Dorvil", "Charles",
        "Étienne", "Louis-Jeune", "Beauséjour", "Métellus", "Toussaint", "Bien-Aimé", "Célestin",
        "Altidor", "Dorcinvil", "Saint-Hilaire", "Jean-Louis", "Augustin", "Noël", "Fils-Aimé"]
ES_F = ["Yusleidy", "María Fernanda", "Dayana", "Maricela", "Yaneisy", "Guadalupe", "Luz Marina",
        "Lisandra", "Marisol", "Yamilé", "Ana Lucía", "Xiomara", "Belkis", "Yadira", "Odalys"]
ES_M = ["José Luis", "Yoandry", "Reinaldo", "Osvaldo", "Alejandro", "Héctor", "Yunior", "Rigoberto",
        "Juan Carlos", "Maikel", "Ernesto", "Luis Ángel", "Dairon", "Andrés", "Wilfredo"]
ES_L = ["Rodríguez-Pérez", "de la Cruz", "Hernández", "Castellanos", "Núñez", "Ortega Ruiz",
        "del Valle", "Betancourt", "Quiñones", "Echeverría", "Villalobos", "Peña",
        "Gómez de la Torre", "Fajardo", "Ibáñez", "Carrasco", "Matos", "Sánchez Ortiz", "Llanes",
        "Santiesteban", "Álvarez", "Cepero"]
EN_F = ["Brianna", "Kayla", "Ashley", "Haley", "Megan", "Courtney", "Shelby", "Tamika", "Latoya",
        "Gwendolyn", "Dorothy", "Brooke", "Mildred"]
EN_M = ["Tyler", "Dustin", "Cody", "Wade", "Travis", "Darnell", "Bobby", "Randall", "Kevin",
        "Harold", "Garrett", "DeShawn", "Earl"]
EN_L = ["McAllister", "O'Neill", "Whitfield", "Pruitt", "Baxter", "Holloway", "Washington",
        "Jefferson-Burke", "Tillman", "Crenshaw", "Greer", "Lovelace", "MacDonald"]
OT_F = ["Thanh", "Linh", "Ngozi", "Fatima", "Priya", "Seo-yeon", "Giulia", "Ekaterina", "Rania",
        "Astrid", "Adaeze", "Mei", "Aaliyah", "Oksana", "Beatriz"]
OT_M = ["Chukwuemeka", "Oluwaseun", "Omar", "Arjun", "Min-jun", "Pieter", "João", "Thiago", "Tomasz",
        "Yosef", "Haruto", "Dmitri", "Rafael", "Kwame", "Vikram"]
OT_L = ["Nguyen", "Tran", "Okafor", "Adeyemi", "Abdelrahman", "al-Masri", "Patel", "Ramaswamy", "Kim",
        "Park", "van der Merwe", "da Silva", "dos Santos", "Ferreira", "Rossi", "Kowalczyk",
        "Ivanova", "Haddad", "Ben-Ami", "Lindqvist", "Yamamoto", "Mensah", "Obi", "D'Souza", "Le"]

CITIES = [("Hialeah", "Miami-Dade", ["33010", "33012", "33013", "33016"]),
          ("Miami", "Miami-Dade", ["33127", "33137", "33138", "33150", "33147"]),
          ("North Miami", "Miami-Dade", ["33161", "33168", "33181"]),
          ("Miami Gardens", "Miami-Dade", ["33055", "33056", "33169"]),
          ("Doral", "Miami-Dade", ["33172", "33178"]),
          ("Homestead", "Miami-Dade", ["33030", "33032", "33033"]),
          ("Florida City", "Miami-Dade", ["33034"]),
          ("Pembroke Pines", "Broward", ["33024", "33025", "33027"]),
          ("Miramar", "Broward", ["33023", "33029"]),
          ("Fort Lauderdale", "Broward", ["33304", "33311", "33312"]),
          ("Lauderhill", "Broward", ["33313", "33319"]),
          ("Delray Beach", "Palm Beach", ["33444", "33445", "33484"]),
          ("Boynton Beach", "Palm Beach", ["33435", "33436"]),
          ("Lake Worth Beach", "Palm Beach", ["33460", "33461"])]
STREETNAMES = ["Biscayne", "Palm", "Flagler", "Okeechobee", "Hollywood", "Atlantic", "Sheridan",
               "Miramar", "Coral Way", "Banks", "Lantana", "Royal Poinciana", "Krome", "Campbell",
               "Honey Hill", "Pines", "Sunrise", "Oakland Park", "Military", "Seacrest"]
AREAS = ["305", "786", "954", "754", "561", "305", "786"]
PAYERS = ["Florida Blue", "Ambetter", "Aetna", "UnitedHealthcare", "Cigna", "Humana",
          "Sunshine Health Medicaid", "Simply Healthcare", "Medicare", "Oscar"]


def ordinal(n):
    if 10 <= n % 100 <= 20:
        suf = "th"
    else:
        suf = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return "%d%s" % (n, suf)


def mkstreet():
    n = R.randint(100, 24999)
    if R.random() < 0.55:
        s = "%d %s %s %s" % (n, R.choice(["NW", "SW", "NE", "SE", "W", "E", "N", "S"]),
                             ordinal(R.randint(2, 212)), R.choice(["St", "Ave", "Ct", "Ter", "Pl", "Way", "Rd"]))
    else:
        s = "%d %s %s" % (n, R.choice(STREETNAMES), R.choice(["Blvd", "Rd", "Dr", "Ave", "Ln", "Cir", "Pkwy"]))
    r = R.random()
    if r < 0.25:
        s += " Apt %d%s" % (R.randint(1, 40), R.choice(["", "A", "B", "C"]))
    elif r < 0.33:
        s += " Unit %d" % R.randint(1, 400)
    elif r < 0.38:
        s += " #%d" % R.randint(101, 1820)
    elif r < 0.41:
        s += " Lot %d" % R.randint(1, 140)
    return s


def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def pan():
    pre = R.choice(["4", "4", "51", "53", "55", "37", "6011"])
    ln = 15 if pre == "37" else 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    return body + luhn_digit(body)


def npi(seed9):
    return seed9 + luhn_digit("80840" + seed9)


def mk_ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mk_mbi():
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(al) + R.choice(an) + str(R.randint(0, 9)) + R.choice(al)
            + R.choice(an) + str(R.randint(0, 9)) + R.choice(al) + R.choice(al) + str(R.randint(0, 9))
            + str(R.randint(0, 9)))


def member_id(payer):
    d = lambda n: "".join(str(R.randint(0, 9)) for _ in range(n))
    if payer == "Florida Blue":
        return R.choice(["XJH", "H2B", "FLB"]) + d(9)
    if payer == "Ambetter":
        return "U7" + d(9)
    if payer == "Aetna":
        return "W" + d(9)
    if payer == "UnitedHealthcare":
        return d(9)
    if payer == "Cigna":
        return "U" + d(8) + "01"
    if payer == "Humana":
        return "H" + d(8)
    if payer in ("Sunshine Health Medicaid", "Simply Healthcare"):
        return "9" + d(9)
    if payer == "Medicare":
        return mk_mbi()
    return "OSC" + d(8)


class Person:
    pass


def strip_acc(s):
    tr = str.maketrans("áéíóúÁÉÍÓÚñÑüÜèòëïçÇ", "aeiouAEIOUnNuUeoeicC")
    return s.translate(tr)


def person(origin=None, minor=False, old=False, sex=None):
    p = Person()
    origin = origin or R.choices(["ht", "es", "en", "ot"], [24, 36, 18, 22])[0]
    p.origin = origin
    p.sex = sex or R.choice("FM")
    fl = {"ht": (HT_F, HT_M, HT_L), "es": (ES_F, ES_M, ES_L), "en": (EN_F, EN_M, EN_L),
          "ot": (OT_F, OT_M, OT_L)}[origin]
    p.first = R.choice(fl[0] if p.sex == "F" else fl[1])
    p.last = R.choice(fl[2])
    if origin == "es" and R.random() < 0.3 and " " not in p.last and "-" not in p.last:
        p.last = p.last.split(" ")[0] + " " + R.choice(["García", "Díaz", "Morales", "Rivero", "Acosta"])
    p.middle = R.choice(["", "", "A", "M", "J", "R", "T", "L"])
    p.lang = {"ht": "ht", "es": "es", "en": "en", "ot": R.choice(["en", "en", "pt"])}[origin]
    if minor:
        p.dob = date(R.randint(2009, 2020), R.randint(1, 12), R.randint(1, 28))
    elif old:
        p.dob = date(R.randint(1929, 1934), R.randint(1, 12), R.randint(1, 28))
    else:
        p.dob = date(R.randint(1948, 2004), R.randint(1, 12), R.randint(1, 28))
    p.age = 2024 - p.dob.year - ((11, 18) < (p.dob.month, p.dob.day))
    p.phone = R.choice(AREAS) + str(R.randint(2, 9)) + "%02d" % R.randint(0, 99) + "%04d" % R.randint(0, 9999)
    c = R.choice(CITIES)
    p.city, p.county = c[0], c[1]
    p.zip = R.choice(c[2])
    p.zip4 = "%04d" % R.randint(1, 9999)
    p.street = mkstreet()
    p.ssn = mk_ssn()
    p.mrn = "CP%07d" % R.randint(10000, 999999)
    p.payer = R.choice(PAYERS) if not old else "Medicare"
    p.member = member_id(p.payer)
    p.group = "%07d" % R.randint(10000, 999999)
    fa = strip_acc(p.first).lower().replace(" ", "").replace("-", "").replace("'", "")
    la = strip_acc(p.last).lower().replace(" ", "").replace("-", "").replace("'", "")
    p.email = R.choice([
        "%s.%s@gmail.com" % (fa, la), "%s%s%d@yahoo.com" % (fa[0], la, R.randint(1, 99)),
        "%s_%s@hotmail.com" % (la, fa), "%s%02d@icloud.com" % (fa, p.dob.year % 100),
        "%s.%s%d@outlook.com" % (fa, la[:4], R.randint(10, 999))])
    p.username = R.choice(["%s%s%02d" % (fa[0], la, p.dob.year % 100), "%s.%s" % (fa, la), "%s%d" % (la, R.randint(1, 999))])
    p.dl = la[0].upper() + "%012d" % R.randint(10 ** 10, 10 ** 12 - 1)
    p.dl_state = "FL"
    if R.random() < 0.18:
        p.dl_state = R.choice(["GA", "NY", "MA", "NJ"])
        p.dl = {"GA": "%09d" % R.randint(10 ** 8, 10 ** 9 - 1), "NY": "%09d" % R.randint(10 ** 8, 10 ** 9 - 1),
                "MA": "S%08d" % R.randint(10 ** 7, 10 ** 8 - 1),
                "NJ": la[0].upper() + "%014d" % R.randint(10 ** 13, 10 ** 14 - 1)}[p.dl_state]
    p.acct = "PA-%08d" % R.randint(10 ** 6, 10 ** 8 - 1)
    p.emp_id = R.choice(["%06d" % R.randint(1000, 999999), "E%05d" % R.randint(100, 99999), "%d" % R.randint(10000, 99999)])
    return p


def fphone(d, style=None):
    style = style or R.choice(["paren", "dash", "plain", "e164", "dot", "space", "one"])
    a, b, c = d[:3], d[3:6], d[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c), "plain": d,
            "e164": "+1" + d, "dot": "%s.%s.%s" % (a, b, c), "space": "%s %s %s" % (a, b, c),
            "one": "1-%s-%s-%s" % (a, b, c)}[style]


def fdl(p):
    if p.dl_state == "FL":
        d = p.dl
        return "%s-%s-%s-%s-%s" % (d[:4], d[4:7], d[7:9], d[9:12], d[12:])
    return p.dl


def fssn(s, style=None):
    style = style or R.choice(["dash", "dash", "plain", "space"])
    return {"dash": s, "plain": s.replace("-", ""), "space": s.replace("-", " ")}[style]


def up(s):
    return strip_acc(s).upper()


def rid(n=8, alpha="0123456789abcdef"):
    return "".join(R.choice(alpha) for _ in range(n))


def uuid():
    h = rid(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


def conf_code():
    return "".join(R.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(6))


def encounter():
    return R.choice(["E24-%s-%05d" % (R.choice(["HIA", "NMI", "PPI", "DLR", "LHM", "FTL", "HST"]), R.randint(1, 99999)),
                     "V%08d" % R.randint(10 ** 7, 10 ** 8 - 1)])


def specimen_id():
    return R.choice(["%010d" % R.randint(10 ** 9, 2 * 10 ** 9), "%d" % R.randint(10 ** 8, 10 ** 9 - 1)])


def claim_no():
    return R.choice(["WC24-%07d" % R.randint(10 ** 5, 10 ** 7 - 1),
                     "%04d-24-%06d" % (R.randint(100, 9999), R.randint(10 ** 5, 10 ** 6 - 1)),
                     "FL24W%07d" % R.randint(10 ** 6, 10 ** 7 - 1)])


def plate():
    L = "ABCDEFGHJKLMNPQRSTVWXYZ"
    return R.choice(["%s%s%s %s%d%d" % (R.choice(L), R.choice(L), R.choice(L), R.choice(L), R.randint(0, 9), R.randint(0, 9)),
                     "%d%d%d %s%s%s" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 9), R.choice(L), R.choice(L), R.choice(L)),
                     "%s%s%s%s%d%d" % (R.choice(L), R.choice(L), R.choice(L), R.choice(L), R.randint(0, 9), R.randint(0, 9))])


def pub_ip():
    if R.random() < 0.2:
        return "2601:%x:%x:%x:%x:%x:%x:%x" % tuple(R.randint(0x100, 0xffff) for _ in range(7))
    a = R.choice([73, 98, 24, 174, 107, 68, 76, 99, 172, 47, 66, 71, 184])
    if a == 172:
        b = R.randint(56, 59)
    elif a == 66:
        b = R.choice([176, 177])
    else:
        b = R.randint(1, 254)
    return "%d.%d.%d.%d" % (a, b, R.randint(0, 255), R.randint(1, 254))


def priv_ip():
    return R.choice(["10.40.%d.%d" % (R.randint(0, 7), R.randint(2, 250)),
                     "172.20.%d.%d" % (R.randint(0, 15), R.randint(2, 250))])


def b64blob(n, prefix=""):
    raw = bytes(R.randint(0, 255) for _ in range(n))
    return prefix + base64.b64encode(raw).decode()


def fullname(p, style="fl"):
    mid = (" " + p.middle) if p.middle else ""
    return {"fl": "%s %s" % (p.first, p.last), "lf": "%s, %s" % (p.last, p.first),
            "LF": "%s, %s%s" % (up(p.last), up(p.first), mid), "FL": "%s%s %s" % (up(p.first), mid, up(p.last)),
            "lower": "%s %s" % (p.first.lower(), p.last.lower()), "init": "%s. %s" % (p.first[0], p.last),
            "hl7": "%s^%s^%s" % (up(p.last), up(p.first), p.middle)}[style]


# --------------------------------------------------------------------------- business data

CLINICS = [("hia-01", "HIA01", "Hialeah", "1190 W 49th St"), ("nmi-02", "NMI02", "North Miami", "13280 Biscayne Blvd"),
           ("ppi-03", "PPI03", "Pembroke Pines", "8250 Pines Blvd"), ("dlr-04", "DLR04", "Delray Beach", "4900 Linton Blvd"),
           ("lhm-05", "LHM05", "Little Haiti", "6201 NE 2nd Ave"), ("ftl-06", "FTL06", "Fort Lauderdale", "1501 S Federal Hwy"),
           ("hst-07", "HST07", "Homestead", "2350 NE 8th St")]
PROVIDERS = [("Alana", "Reyes-Whitmore", "PA-C", npi("168974203")), ("Marcus", "Bellamy", "MD", npi("142709331")),
             ("Nicole", "Fontaine", "APRN", npi("155836824")), ("Jean-Marc", "Valcourt", "DO", npi("191200487")),
             ("Priscila", "Arango", "APRN", npi("130618845")), ("Samuel", "Adebayo", "MD", npi("174402196"))]
STAFF = ["Yaritza Gil", "Jonel Baptiste", "Keisha Morrow", "Daniela Ortiz", "Ti-Anne Moïse", "Carlos Quintana"]
AGENTS = ["ymarrero", "jbaptiste2", "kmorrow", "lsaintjuste", "mperaza", "dfelix"]
MROS = ["Steven Kaplan, MD", "Olga Petrenko, DO", "Raymond Ocasio, MD"]
EMPLOYERS = [("Sunshine Logistics LLC", "59-3718842", "441"), ("Bayfront Marine Services", "65-1093374", "512"),
             ("Everglades Paving Co.", "59-2284107", "118"), ("Tri-County Waste Haulers", "65-0442819", "377"),
             ("Palmetto Home Health", "46-2219073", "604"), ("Doral Distribution Center Inc", "82-3318750", "729"),
             ("Atlantic Crane & Rigging", "59-3007716", "215")]
DERS = [("Lisa Marchetti", "954-555-0170", "lmarchetti@tricountywaste.com"),
        ("Rob Cheney", "305-555-0133", "safety@sunshinelogistics.com"),
        ("Marlene Ocampo", "786-555-0118", "hr@doraldistribution.com")]
HOSTS = {"checkin": "checkin-api-7d9f8c6b5-x2kqp", "checkin2": "checkin-api-7d9f8c6b5-m8wrt",
         "waitq": "waitq-5c86d9d4f-q7lzn"}
REASONS = ["sore throat and fever", "dolor de garganta y fiebre", "tos y congestión", "doulè nan gòj",
           "lafyèv ak tous", "cut on hand at work", "lower back pain after lifting", "DOT physical",
           "pre-employment drug screen", "rash on arms", "ear pain", "flu symptoms", "COVID test",
           "twisted ankle", "UTI symptoms", "eye irritation", "dog bite", "vómitos y diarrea",
           "burn on forearm (work)", "fall from ladder at jobsite"]
UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-A156U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.107 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
      "Mozilla/5.0 (Linux; Android 13; moto g play - 2023) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.6723.102 Mobile Safari/537.36",
      "CoralPoint/4.12.0 (iOS 18.1; iPhone15,3) Alamofire/5.9.1",
      "CoralPoint/4.11.2 (Android 14; Pixel 7a) okhttp/4.12.0"]


def clinic():
    return R.choice(CLINICS)


def prov():
    return R.choice(PROVIDERS)


def svc_dt(t, back_days=0):
    return (t - timedelta(days=back_days))


# =========================================================================== PHI blocks


def b_checkin_pino(force=None):
    p = person(minor=R.random() < 0.2)
    c = clinic()
    t = CK.tick()
    host = R.choice([HOSTS["checkin"], HOSTS["checkin2"]])
    base = {"level": 30, "time": epoch_ms(t), "pid": 4127 if host == HOSTS["checkin"] else 3982, "hostname": host,
            "reqId": "req-" + rid(5)}
    v = R.randint(0, 5) if force is None else force
    ln = Ln("pino-json")
    if v == 0:
        slot = t.replace(minute=R.choice([0, 15, 30, 45]), second=0, microsecond=0) + timedelta(hours=R.randint(1, 5))
        obj = dict(base)
        obj.update({"module": "checkin", "msg": "online check-in created", "checkin": {
            "confirmationCode": P(conf_code(), "other_id"), "clinicId": c[0],
            "slotTime": P(slot.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date"), "reasonForVisit": R.choice(REASONS),
            "source": R.choice(["web", "ios", "android", "google_reserve"]),
            "patient": {"firstName": P(p.first, "name"), "lastName": P(p.last, "name"),
                        "dob": P(fdate(p.dob, "iso"), "date"), "mobile": P("+1" + p.phone, "phone"),
                        "email": P(p.email, "email"), "preferredLanguage": p.lang, "smsOptIn": True}}})
        ln.j(obj)
    elif v == 1:
        obj = dict(base)
        del obj["reqId"]
        obj.update({"req": {"id": R.randint(1000, 99999), "method": "GET",
                            "url": None, "headers": {"host": "checkin.coralpointuc.com",
                                                     "x-forwarded-for": P(pub_ip(), "ip"),
                                                     "user-agent": R.choice(UA[:4])},
                            "remoteAddress": "::ffff:" + priv_ip(), "remotePort": R.randint(30000, 65000)},
                    "res": {"statusCode": 200}, "responseTime": R.randint(9, 240), "msg": "request completed"})
        # url with query params built manually
        ln.t("{")
        keys = list(obj.keys())
        for i, k in enumerate(keys):
            if i:
                ln.t(",")
            ln.t(json.dumps(k) + ":")
            if k == "req":
                r = obj["req"]
                ln.f('{"id":§,"method":"GET","url":"/v1/checkins/lookup?lastName=§&dob=§","headers":', r["id"],
                     (p.last.replace(" ", "%20"), "name"), (fdate(p.dob, "iso"), "date"))
                ln.j(r["headers"])
                ln.f(',"remoteAddress":"§","remotePort":§}', r["remoteAddress"], r["remotePort"])
            else:
                ln.j(obj[k])
        ln.t("}")
    elif v == 2:
        ph = p.phone
        ln.f('{"level":50,"time":§,"pid":§,"hostname":"§","reqId":"§","err":{"type":"ConflictError","message":"active check-in already '
             'exists for mobile § at clinic §","stack":"ConflictError: active check-in already exists for mobile § at clinic §\\n    '
             'at CheckinService.create (/app/src/services/checkin.js:118:13)\\n    at async /app/src/routes/checkins.js:42:20",'
             '"code":"E_DUP_ACTIVE"},"msg":"check-in rejected"}', base["time"], base["pid"], base["hostname"], base["reqId"],
             (ph, "phone"), c[0], (ph, "phone"), c[0])
    elif v == 3:
        obj = dict(base)
        ios = R.random() < 0.5
        obj.update({"module": "mobile", "msg": "push token registered",
                    "portalUser": P(p.username, "other_id"),
                    "device": {"platform": "ios" if ios else "android",
                               "model": R.choice(["iPhone15,3", "iPhone14,5"]) if ios else R.choice(["SM-S918U", "Pixel 7a"]),
                               ("idfv" if ios else "androidId"): P(uuid().upper() if ios else rid(16), "device"),
                               "appVersion": R.choice(["4.12.0", "4.11.2"])},
                    "pushProvider": "apns" if ios else "fcm"})
        ln.j(obj)
    elif v == 4:
        g = person(origin=p.origin, sex="F")
        g.last = p.last
        kid = person(origin=p.origin, minor=True)
        kid.last = p.last
        obj = dict(base)
        obj.update({"level": 40, "module": "checkin", "msg": "minor check-in requires guardian consent",
                    "patientAge": kid.age, "patient": {"name": P(kid.first + " " + kid.last, "name"),
                                                        "dob": P(fdate(kid.dob, "us"), "date")},
                    "guardian": {"name": P(g.first + " " + g.last, "name"), "relationship": {"es": "madre", "ht": "manman"}.get(p.lang, "mother"),
                                 "phone": P(fphone(g.phone, "paren"), "phone")}})
        ln.j(obj)
    else:
        obj = dict(base)
        obj.update({"level": 30, "module": "queue", "msg": "patient marked arrived via SMS reply",
                    "confirmationCode": P(conf_code(), "other_id"), "clinicId": c[0], "from": P("+1" + p.phone, "phone"),
                    "waitEstimateMin": R.randint(5, 90)})
        ln.j(obj)
    return [ln]


def b_checkin_nginx():
    t = CK.tick()
    p = person()
    ip = pub_ip()
    v = R.randint(0, 3)
    ln = Ln("nginx-access")
    ln.v(ip, "ip").f(' - - [§] ', ngx_ts(t))
    if v == 0:
        ln.f('"POST /api/v1/checkins HTTP/2.0" 201 § "https://coralpointuc.com/check-in/§" "§" rt=§ uct="0.000" urt="§"',
             R.randint(300, 900), R.choice(["hialeah", "north-miami", "little-haiti", "homestead"]), R.choice(UA),
             "%.3f" % R.uniform(0.05, 0.6), "%.3f" % R.uniform(0.05, 0.6))
    elif v == 1:
        ln.f('"GET /api/v1/checkins/lookup?phone=§&dob=§ HTTP/1.1" 200 § "-" "§" rt=§',
             (p.phone, "phone"), (fdate(p.dob, R.choice(["iso", "us"])).replace("/", "%2F"), "date"),
             R.randint(200, 700), R.choice(UA), "%.3f" % R.uniform(0.01, 0.3))
    elif v == 2:
        ln.f('"GET /pay/§ HTTP/2.0" 200 § "-" "§" rt=§', rid(10, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"),
             R.randint(4000, 9000), R.choice(UA), "%.3f" % R.uniform(0.01, 0.2))
    else:
        ln.f('"GET /api/v1/clinics/§/wait HTTP/2.0" 200 § "https://coralpointuc.com/locations" "§" rt=§',
             clinic()[0], R.randint(180, 260), R.choice(UA), "%.3f" % R.uniform(0.003, 0.05))
    return [ln]


def b_nginx_error_phi():
    t = CK.tick()
    ip = pub_ip()
    p = person()
    return [F("nginx-error", '§ [error] 2211#2211: *§ upstream timed out (110: Connection timed out) while reading response header '
              'from upstream, client: §, server: checkin.coralpointuc.com, request: "GET /api/v1/results/covid?last=§&dob=§ HTTP/1.1", '
              'upstream: "http://10.40.1.22:8080/api/v1/results/covid?last=§&dob=§", host: "checkin.coralpointuc.com"',
              go_ts(t), R.randint(10000, 999999), (ip, "ip"), (p.last.replace(" ", "+"), "name"), (fdate(p.dob, "hl7"), "date"),
              (p.last.replace(" ", "+"), "name"), (fdate(p.dob, "hl7"), "date"))]


def b_waitq_go():
    t = CK.tick()
    p = person()
    c = clinic()
    v = R.randint(0, 3)
    if v == 0:
        ln = Ln("go-zap-json")
        ln.j({"level": "warn", "ts": iso_ms(t).replace("-05:00", "-0500"), "logger": "waitq.notify", "caller": "notify/sms.go:97",
              "msg": "sms send failed", "entry_id": uuid(), "clinic": c[0], "to": P("+1" + p.phone, "phone"),
              "error": "twilio: status 400: code 21610: Attempt to send to unsubscribed recipient", "attempt": R.randint(1, 3)})
    elif v == 1:
        ln = Ln("go-logrus")
        nm = R.choice([fullname(p, "init"), p.first + " " + p.last[0] + ".", fullname(p, "fl")])
        ln.f('time="§" level=info msg="entry promoted to roomed" clinic=§ entry=§ display_name="§" room=§ waited=§m§s',
             t.strftime("%Y-%m-%dT%H:%M:%S-05:00"), c[0], uuid(), (nm, "name"), R.choice(["EX1", "EX2", "EX4", "XR", "PROC"]),
             R.randint(3, 95), R.randint(0, 59))
    elif v == 2:
        ln = Ln("go-zap-json")
        link = "https://cpuc.link/q/" + rid(7, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
        greet = {"es": ("Hola ", ", ya casi es su turno en CoralPoint %s. Responda 1 para confirmar: "),
                 "ht": ("Bonjou ", ", se prèske tou pa w nan CoralPoint %s. Reponn 1 pou konfime: "),
                 "en": ("Hi ", ", it's almost your turn at CoralPoint %s. Reply 1 to confirm: "),
                 "pt": ("Olá ", ", está quase na sua vez na CoralPoint %s. Responda 1: ")}[p.lang]
        ln.t('{"level":"debug","ts":').t(epoch_f(t)).t(',"logger":"waitq.notify","caller":"notify/templates.go:61","msg":"rendered sms",')
        ln.f('"entry_id":"§","to":"§","body":"§§§§"}', uuid(), ("+1" + p.phone, "phone"), greet[0], (p.first, "name"),
             greet[1] % c[2], (link, "url"))
    else:
        ln = Ln("go-logrus")
        ln.f('time="§" level=warning msg="duplicate phone across active entries" clinic=§ phone=§ entries=2 action=merge',
             t.strftime("%Y-%m-%dT%H:%M:%S-05:00"), c[0], (fphone(p.phone, "plain"), "phone"))
    return [ln]


def b_twilio():
    t = CK.tick()
    p = person()
    out = []
    ln = Ln("go-logrus")
    ln.f('time="§" level=info msg="twilio status callback" sid=SM§ status=§ to=§ from=+13055550100 error_code=§ price=-0.00790',
         t.strftime("%Y-%m-%dT%H:%M:%S-05:00"), rid(32), R.choice(["delivered", "sent", "undelivered"]), ("+1" + p.phone, "phone"),
         R.choice(["", "", "30003", "30006"]))
    out.append(ln)
    if R.random() < 0.6:
        t2 = CK.tick(1, 20)
        body = R.choice([
            ("Ya llegué, estoy en el carro gris placa ", " afuera"),
            ("Mwen nan parking lan, machin nwa a, plak ", ""),
            ("here in the parking lot, white CR-V plate ", " curbside covid test"),
        ])
        ln2 = Ln("go-logrus")
        ln2.f('time="§" level=info msg="inbound sms" from=§ to=+13055550100 body="§§§" matched_entry=§ curbside=true',
              t2.strftime("%Y-%m-%dT%H:%M:%S-05:00"), ("+1" + p.phone, "phone"), body[0], (plate(), "vehicle"), body[1], uuid())
        out.append(ln2)
    return out


def b_kiosk_dl():
    t = CK.tick()
    p = person()
    kiosk = "kiosk-%s-%02d" % (clinic()[1][:3].lower(), R.randint(1, 3))
    issue = date(R.randint(2017, 2023), R.randint(1, 12), R.randint(1, 28))
    exp = date(issue.year + 8, p.dob.month, p.dob.day)
    out = []
    ln = Ln("kiosk-pdf417")
    iin = {"FL": "636010", "GA": "636055", "NY": "636001", "MA": "636002", "NJ": "636036"}[p.dl_state]
    ln.f('§ § kiosk-agent[3321]: DEBUG [pdf417] raw="@\\n\\u001e\\rANSI §090102DL00410287ZF03280034DLDAQ§\\nDCS§\\nDDEN\\nDAC§\\nDDFN\\nDAD§'
         '\\nDDGN\\nDCAE\\nDCBNONE\\nDCDNONE\\nDBD§\\nDBB§\\nDBA§\\nDBC§\\nDAU0§ IN\\nDAYBRO\\nDAG§\\nDAI§\\nDAJ§\\nDAK§  \\nDCF§\\nDCGUSA\\nDDAF\\r"',
         sys_ts(t), kiosk, iin, (p.dl, "license"), (up(p.last), "name"), (up(p.first), "name"), (p.middle, "name") if p.middle else "NONE",
         fdate(issue, "aamva"), (fdate(p.dob, "aamva"), "date"), fdate(exp, "aamva"), "1" if p.sex == "M" else "2", R.randint(59, 74),
         (up(p.street), "address"), (up(p.city), "address"), p.dl_state if p.dl_state != "FL" else "FL", (p.zip + p.zip4, "zip"),
         (p.dl + "%04d" % R.randint(1, 9999) if p.dl_state == "FL" else "%s%d" % (fdate(issue, "aamva"), R.randint(1000, 9999)), "license"))
    if R.random() < 0.5:
        # cosmetic: middle name NONE shouldn't be labeled; when present it is just an initial: label
        pass
    out.append(ln)
    ln2 = Ln("kiosk-idscan-json")
    age = p.age
    ln2.f('§ § kiosk-agent[3321]: INFO [idscan] parsed ', sys_ts(t), kiosk)
    ln2.j({"DocumentType": "DL", "FirstName": P(up(p.first), "name"), "LastName": P(up(p.last), "name"),
           "MiddleName": P(p.middle, "name") if p.middle else "", "Birthdate": P(fdate(p.dob, "us"), "date"),
           "Address1": P(up(p.street), "address"), "City": P(up(p.city), "address"), "JurisdictionCode": p.dl_state,
           "PostalCode": P(p.zip + "-" + p.zip4, "zip"), "LicenseNumber": P(p.dl, "license"),
           "IssueDate": fdate(issue, "us"), "ExpirationDate": fdate(exp, "us"), "Gender": p.sex,
           "Age": P(age, "age") if age > 89 else age, "IsExpired": False, "ParseSuccess": True})
    out.append(ln2)
    return out


def b_kiosk_old():
    """Older patient (Medicare), age > 89, card OCR."""
    t = CK.tick()
    p = person(old=True)
    kiosk = "kiosk-%s-%02d" % (clinic()[1][:3].lower(), R.randint(1, 3))
    ln = Ln("kiosk-ocr-text")
    ln.f('§ § kiosk-agent[3321]: INFO [ocr] card_side=front engine=tesseract-5.3.4 conf=0.§ text="MEDICARE HEALTH INSURANCE\\n'
         'Name/Nombre\\n§\\nMedicare Number/Número de Medicare\\n§\\nEntitled to  Coverage starts\\nHOSPITAL (PART A)  §\\n'
         'MEDICAL (PART B)  §"',
         sys_ts(t), kiosk, R.randint(80, 97), (fullname(p, "FL"), "name"), (p.member[:4] + "-" + p.member[4:7] + "-" + p.member[7:], "health_plan"),
         "%02d-01-%d" % (p.dob.month, p.dob.year + 65), "%02d-01-%d" % (p.dob.month, p.dob.year + 65))
    ln2 = Ln("kiosk-registration-kv")
    ln2.f('§ § kiosk-agent[3321]: INFO [registration] saved mrn=§ age=§ dob=§ payer="Medicare Part B" mbi=§ language=§ fall_risk=Y wheelchair=requested',
          sys_ts(t), kiosk, (p.mrn, "mrn"), (p.age, "age"), (fdate(p.dob, "us"), "date"), (p.member, "health_plan"), p.lang)
    return [ln, ln2]


def b_kiosk_ins():
    t = CK.tick()
    p = person()
    while p.payer == "Medicare":
        p = person()
    kiosk = "kiosk-%s-%02d" % (clinic()[1][:3].lower(), R.randint(1, 3))
    out = []
    ln = Ln("kiosk-ocr-text")
    ln.f('§ § kiosk-agent[3321]: INFO [ocr] card_side=front engine=tesseract-5.3.4 conf=0.§ text="§\\nMEMBER NAME\\n§\\nMember ID §\\n'
         'Group §\\nRxBIN 004336 RxPCN ADV RxGRP RX8829\\nPCP $25  Urgent Care $50  ER $350"',
         sys_ts(t), kiosk, R.randint(71, 98), p.payer, (fullname(p, "FL"), "name"), (p.member, "health_plan"), p.group)
    out.append(ln)
    if R.random() < 0.7:
        rel = R.choice(["self", "self", "child", "spouse"])
        sub = p if rel == "self" else person(origin=p.origin)
        obj = {"event": "insurance_parsed", "kioskId": kiosk.upper(), "encounterId": P(encounter(), "other_id"),
               "payer": p.payer, "memberId": P(p.member, "health_plan"), "groupNumber": p.group,
               "subscriberName": P(fullname(sub, "FL"), "name"), "relationshipToSubscriber": rel,
               "confidence": {"memberId": round(R.uniform(0.7, 0.99), 2), "subscriberName": round(R.uniform(0.6, 0.99), 2)},
               "needsReview": R.random() < 0.3}
        ln2 = Ln("kiosk-ocr-json")
        ln2.f('§ § kiosk-agent[3321]: INFO [ocr] ', sys_ts(t), kiosk).j(obj)
        out.append(ln2)
    return out


def b_kiosk_photo():
    t = CK.tick()
    p = person()
    kiosk = "KSK-%s-%02d" % (clinic()[1][:3], R.randint(1, 3))
    out = []
    if True:
        ln = Ln("kiosk-event-json")
        ln.j({"ts": iso_z(t), "kiosk": kiosk, "event": "patient_photo_captured", "encounterId": P(encounter(), "other_id"),
              "consent": True, "image": {"mime": "image/jpeg", "w": 480, "h": 640,
                                         "b64_head": P(b64blob(180, "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/"), "photo"),
                                         "b64_len": R.randint(38000, 61000)}})
        out.append(ln)
    return out


def b_palmvein():
    t = CK.tick()
    p = person()
    out = []
    if True:
        ln = Ln("palmvein-log")
        ln.f('§ INFO  [PatientSecureBridge] enroll ok mrn=§ hand=§ quality=§ template_len=§ template=§',
             py_ts(t), (p.mrn, "mrn"), R.choice(["L", "R"]), R.randint(70, 99), 1024,
             (b64blob(96, "UFZUMQAB"), "biometric"))
        out.append(ln)
    return out


PAYER_IDS = {"Florida Blue": ("00590", "BLUEOPTIONS 05262"), "Ambetter": ("68069", "AMBETTER BALANCED CARE 11"),
             "Aetna": ("60054", "AETNA OPEN ACCESS MC"), "UnitedHealthcare": ("87726", "CHOICE PLUS"),
             "Cigna": ("62308", "OPEN ACCESS PLUS"), "Humana": ("61101", "HUMANA GOLD PLUS HMO"),
             "Sunshine Health Medicaid": ("68069", "SMMC MEDICAID"), "Simply Healthcare": ("SMPLY", "SIMPLY MEDICAID"),
             "Oscar": ("OSCAR", "OSCAR SILVER CLASSIC")}


def b_x12():
    t = CK.tick()
    p = person()
    while p.payer in ("Medicare",):
        p = person()
    pid, plan = PAYER_IDS[p.payer]
    ctl = R.randint(100000000, 999999999)
    pr = prov()
    ln = Ln("x12-270")
    ln.f('eligibility-svc § DEBUG [pool-3-thread-§] c.c.elig.ClearinghouseClient - 270 request: ISA*00*          *00*          *ZZ*CORALPTUC      '
         '*ZZ*AVAILITY       *§*§*^*00501*§*0*P*:~GS*HS*CORALPTUC*AVAILITY*§*§*§*X*005010X279A1~ST*270*0001*005010X279A1~'
         'BHT*0022*13*§*§*§~HL*1**20*1~NM1*PR*2*§*****PI*§~HL*2*1*21*1~NM1*1P*2*CORALPOINT URGENT CARE*****XX*§~HL*3*2*22*0~'
         'TRN*1*§*9CORALPTUC~NM1*IL*1*§*§****MI*§~DMG*D8*§*§~DTP*291*D8*§~EQ*UC~SE*13*0001~GE*1*§~IEA*1*§~',
         t.strftime("%H:%M:%S.") + "%03d" % (t.microsecond // 1000), R.randint(1, 8),
         t.strftime("%y%m%d"), t.strftime("%H%M"), ctl, t.strftime("%Y%m%d"), t.strftime("%H%M"), ctl % 100000,
         rid(10, "0123456789"), t.strftime("%Y%m%d"), t.strftime("%H%M%S"), up(p.payer), pid,
         npi("161944820"), rid(12, "0123456789"),
         (up(p.last), "name"), (up(p.first), "name"), (p.member, "health_plan"), (fdate(p.dob, "hl7"), "date"), p.sex,
         (t.strftime("%Y%m%d"), "date"), ctl % 100000, ctl)
    out = [ln]
    if R.random() < 0.75:
        t2 = CK.tick(1, 5)
        ln2 = Ln("x12-271")
        ln2.f('eligibility-svc § DEBUG [pool-3-thread-§] c.c.elig.ClearinghouseClient - 271 response: ST*271*0001*005010X279A1~BHT*0022*11*§*§*§~'
              'HL*1**20*1~NM1*PR*2*§*****PI*§~HL*2*1*21*1~NM1*1P*2*CORALPOINT URGENT CARE*****XX*§~HL*3*2*22*0~NM1*IL*1*§*§*§***MI*§~'
              'N3*§~N4*§*FL*§~DMG*D8*§*§~INS*Y*18*001*25~EB*1*IND*UC*HM*§~EB*B*IND*UC***27*50~MSG*URGENT CARE COPAY APPLIES~SE*16*0001~',
              t2.strftime("%H:%M:%S.") + "%03d" % (t2.microsecond // 1000), R.randint(1, 8), rid(10, "0123456789"),
              t2.strftime("%Y%m%d"), t2.strftime("%H%M%S"), up(p.payer), pid, npi("161944820"),
              (up(p.last), "name"), (up(p.first), "name"), (p.middle, "name") if p.middle else "", (p.member, "health_plan"), (up(p.street), "address"),
              (up(p.city), "address"), (p.zip + p.zip4, "zip"), (fdate(p.dob, "hl7"), "date"), p.sex,
              plan)
        out.append(ln2)
    return out


def b_dot():
    t = CK.tick()
    p = person(sex=R.choice("MMMF"))
    pr = prov()
    exam_id = "DOT-24-%06d" % R.randint(1, 99999)
    cert = "MEC24-%s-%07d" % (clinic()[1][:3], R.randint(1, 9999999))
    yrs = R.choice([2, 2, 2, 1])
    exp = date(2024 + yrs, t.month, t.day)
    out = []
    ln = Ln("spring-boot")
    ln.f('§  INFO 1 --- [occmed-svc] [nio-8080-exec-§] c.c.occmed.dot.ExamFinalizer           : MCSA-5875 finalized exam_id=§ driver="§" '
         'dob=§ cdl=§ § cert_no=§ determination=§ examiner="§, §" examiner_nrn=§ bp=§/§ hearing=pass vision_corrected=§',
         iso_ms(t), R.randint(1, 10), exam_id, (fullname(p, "LF"), "name"), (fdate(p.dob, "iso"), "date"), p.dl_state, (fdl(p), "license"),
         (cert, "license"), R.choice(["MEETS_STANDARDS_2YR", "MEETS_STANDARDS_1YR_HTN", "MEETS_STANDARDS_WITH_LENSES"]),
         pr[1], pr[0], "%010d" % R.randint(10 ** 9, 10 ** 10 - 1), R.randint(118, 158), R.randint(72, 96), R.choice(["Y", "N"]))
    out.append(ln)
    if R.random() < 0.7:
        ln2 = Ln("fmcsa-nr-xml")
        ln2.f('§  DEBUG 1 --- [occmed-svc] [   nr-uploader-1] c.c.occmed.nr.NationalRegistryClient   : payload=<ExamResult><ExaminerNRN>§</ExaminerNRN>'
              '<DriverFirstName>§</DriverFirstName><DriverLastName>§</DriverLastName><DriverDateOfBirth>§</DriverDateOfBirth>'
              '<DriverLicenseNumber>§</DriverLicenseNumber><DriverLicenseState>§</DriverLicenseState><ExaminationDate>§</ExaminationDate>'
              '<ExaminationResultCode>§</ExaminationResultCode><MedicalCertificateExpirationDate>§</MedicalCertificateExpirationDate>'
              '<CommercialDriverIndicator>Y</CommercialDriverIndicator></ExamResult>',
              iso_ms(CK.tick(1, 3)), "%010d" % R.randint(10 ** 9, 10 ** 10 - 1), (p.first, "name"), (p.last, "name"),
              (fdate(p.dob, "iso"), "date"), (p.dl, "license"), p.dl_state, (t.strftime("%Y-%m-%d"), "date"), R.choice(["1", "2", "3"]),
              (fdate(exp, "iso"), "date"))
        out.append(ln2)
    return out


def b_ccf():
    t = CK.tick()
    p = person()
    sid = specimen_id()
    emp = R.choice(EMPLOYERS)
    collector = R.choice(STAFF)
    out = []
    ident = R.choice(["ssn", "emp"])
    donor = {"lastName": P(p.last, "name"), "firstName": P(p.first, "name"),
             "idType": "SSN" if ident == "ssn" else "EMPLOYEE_ID",
             "idNumber": P(fssn(p.ssn) if ident == "ssn" else p.emp_id, "ssn" if ident == "ssn" else "other_id"),
             "dob": P(fdate(p.dob, "us"), "date"), "daytimePhone": P(fphone(p.phone), "phone")}
    obj = {"ccfType": R.choice(["FEDERAL_DOT", "NON_FEDERAL"]), "specimenId": P(sid, "other_id"),
           "employer": {"name": emp[0], "fein": emp[1], "derPhone": "954-555-0170"},
           "mro": R.choice(MROS), "lab": "Quest Diagnostics - Lenexa KS",
           "donor": donor,
           "reason": R.choice(["PRE_EMPLOYMENT", "RANDOM", "POST_ACCIDENT", "REASONABLE_SUSPICION", "RETURN_TO_DUTY"]),
           "dotAgency": None, "panel": R.choice(["10P-EXP-OX", "5P-NO-THC"]),
           "collection": {"type": "SPLIT", "tempInRange": True,
                          "collectedAt": P(t.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date"), "collector": collector,
                          "site": "CoralPoint " + clinic()[2]}}
    if obj["ccfType"] == "FEDERAL_DOT":
        obj["dotAgency"] = R.choice(["FMCSA", "FMCSA", "FAA", "FTA"])
        obj["panel"] = "DOT5"
    if R.random() < 0.25:
        obj["donor"]["fingerprintTemplate"] = P(b64blob(60, "Rk1SACAyMAAA"), "biometric")
    ln = Ln("eccf-json")
    ln.f('§ INFO  [eccf-gateway] submitting eCCF ', py_ts(t)).j(obj)
    out.append(ln)
    steps = [("1", "specimen collected and sealed"), ("2", "donor certification signed"), ("3", "released to courier FedEx"),
             ("4", "received at laboratory")]
    for st in steps[:R.randint(1, 3)]:
        tt = CK.tick(20, 300)
        l2 = Ln("chain-of-custody")
        l2.f('§ INFO  [eccf-gateway] custody step=§ specimen=§ event="§" by="§" seal_intact=true tracking=§',
             py_ts(tt), st[0], (sid, "other_id"), st[1], collector if st[0] != "4" else "QDI-LENEXA",
             "7749 %04d %04d" % (R.randint(0, 9999), R.randint(0, 9999)))
        out.append(l2)
    return out


def b_mro_hl7():
    t = CK.tick()
    p = person()
    sid = specimen_id()
    ctl = "Q%09d" % R.randint(1, 999999999)
    coll = t - timedelta(days=R.randint(1, 4), hours=R.randint(0, 6))
    out = []
    out.append(F("mirth-log", ' INFO § [Channel Dispatch Thread on MRO_RESULTS_IN (§)] com.mirth.connect.server.channel: received ORU^R01 len=§',
                 t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000), uuid(), R.randint(900, 1800)))
    out.append(F("hl7v2", 'MSH|^~\\&|QUEST|QDI-LENEXA|CORALPT|OCCMED|§||ORU^R01|§|P|2.3.1', hl7_ts(t), ctl))
    ssn_field = fssn(p.ssn, "plain") if R.random() < 0.6 else ""
    ln = Ln("hl7v2")
    ln.f('PID|1||§^^^QDI||§||§|§|||||||||||§', (sid, "other_id"), (fullname(p, "hl7"), "name"),
         (fdate(p.dob, "hl7"), "date"), p.sex, (ssn_field, "ssn") if ssn_field else "")
    out.append(ln)
    out.append(F("hl7v2", 'OBR|1||§|DOT5^DOT 5 PANEL URINE|||§|||||||§|||||||||F',
                 (sid, "other_id"), (hl7_ts(coll), "date"), (hl7_ts(coll + timedelta(hours=1)), "date")))
    res = R.choice(["NEGATIVE", "NEGATIVE", "NEGATIVE", "POSITIVE", "NEGATIVE-DILUTE"])
    out.append(F("hl7v2", 'OBX|1|ST|MRO^MRO VERIFIED RESULT||§||||||F|||§||§', res, (hl7_ts(t), "date"), R.choice(MROS).split(",")[0].replace(" ", "^")))
    return out


def b_froi():
    t = CK.tick()
    p = person(sex=R.choice("MMF"))
    emp = R.choice(EMPLOYERS)
    doi = (t - timedelta(days=R.randint(0, 6))).date()
    cl = claim_no()
    out = []
    ln = Ln("log4j")
    ln.f('§ INFO  [wc-edi-worker-§] c.c.wc.edi.FroiBuilder - FROI 00 built claimAdminClaimNo=§ employeeSsn=§ employeeName=§ '
         'employeeDob=§ dateOfInjury=§ employer="§" fein=§ natureOfInjury=§ partOfBody=§ causeOfInjury=§ jurisdiction=FL',
         py_ts(t), R.randint(1, 4), (cl, "other_id"), (fssn(p.ssn, "plain"), "ssn"), (up(p.last) + " " + up(p.first), "name"),
         (fdate(p.dob, "hl7"), "date"), (fdate(doi, "hl7"), "date"), emp[0], emp[1].replace("-", ""),
         R.choice(["10", "52", "43", "49", "59"]), R.choice(["42", "34", "36", "55", "53"]), R.choice(["56", "29", "60", "81", "17"]))
    out.append(ln)
    desc = R.choice([
        "EE states he was lifting 50 lb boxes off a pallet at the warehouse and felt a pop in his lower back",
        "EE cut left index finger on box cutter while opening freight",
        "EE slipped on wet dock ramp and fell on right wrist",
        "EE was struck by a falling pallet jack handle on the left knee",
        "Empleado se cayó de la escalera, dolor en tobillo derecho",
    ])
    l2 = Ln("log4j")
    l2.f('§ DEBUG [wc-edi-worker-§] c.c.wc.edi.FroiBuilder - accidentDescription="§" employeeAddress="§, §, FL §" employeePhone=§ '
         'initialTreatment=§ returnToWork=§',
         py_ts(CK.tick(0, 2)), R.randint(1, 4), desc, (p.street, "address"), (p.city, "address"), (p.zip, "zip"),
         (fphone(p.phone, "plain"), "phone"), R.choice(["01", "02", "03"]), R.choice(["MODIFIED_DUTY", "FULL_DUTY", "OFF_WORK"]))
    out.append(l2)
    if R.random() < 0.6:
        l3 = Ln("iaiabc-flat")
        l3.f('148FROI00 §§§§§§§§§FL', (cl, "other_id"), " " * (18 - len(cl)), (fssn(p.ssn, "plain"), "ssn"),
             (fdate(doi, "hl7"), "date"), (up(p.last), "name"), " " * (30 - len(up(p.last))),
             (up(p.first), "name"), " " * (20 - len(up(p.first))), emp[1].replace("-", ""))
        out.append(l3)
    return out


def b_pacs_hl7():
    t = CK.tick()
    p = person()
    pr = prov()
    c = clinic()
    order = "ORD-%06d" % R.randint(1, 999999)
    acc = "XR24%07d" % R.randint(1, 9999999)
    enc = encounter()
    exam = R.choice([("73610", "XR ANKLE 3+ VIEWS RT", "twisted ankle playing soccer"), ("73130", "XR HAND 3+ VIEWS LT", "crush injury at work r/o fx"),
                     ("71046", "XR CHEST 2 VIEWS", "cough x3 weeks, r/o pneumonia"), ("72100", "XR LUMBAR SPINE 2-3 VIEWS", "fall at work, low back pain"),
                     ("73030", "XR SHOULDER 2+ VIEWS RT", "fell from ladder at jobsite")])
    out = []
    out.append(F("mirth-log", ' INFO § [Channel Dispatch Thread on PACS_ORM_OUT (§)] com.mirth.connect.connectors.tcp.TcpDispatcher: '
                 'sending message to 10.40.2.15:2575, message follows', t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000), uuid()))
    out.append(F("hl7v2", 'MSH|^~\\&|CPEMR|§|CORALRAD|PACS|§||ORM^O01|MSG§|P|2.3', c[1], hl7_ts(t), R.randint(10000, 99999)))
    ln = Ln("hl7v2")
    ln.f('PID|1||§^^^CPUC^MR||§||§|§|||§^^§^FL^§^USA||§|||||§', (p.mrn, "mrn"), (fullname(p, "hl7"), "name"),
         (fdate(p.dob, "hl7"), "date"), p.sex, (up(p.street), "address"), (up(p.city), "address"), (p.zip, "zip"),
         (fphone(p.phone, "paren"), "phone"), (p.acct, "account"))
    out.append(ln)
    out.append(F("hl7v2", 'PV1|1|O|§^XR1||||§^§^§|||||||||||§', c[1], pr[3], up(pr[1]), up(pr[0]), (enc, "other_id")))
    out.append(F("hl7v2", 'ORC|NW|§|||SC||^^^§^^R||§', order, (hl7_ts(t), "date"), (hl7_ts(t), "date")))
    out.append(F("hl7v2", 'OBR|1|§||§^§^CPT|||§||||||§|||||§||||DX', order, exam[0], exam[1], (hl7_ts(t), "date"),
                 exam[2], acc))
    return out


def b_dcmdump():
    t = CK.tick()
    p = person()
    acc = "XR24%07d" % R.randint(1, 9999999)
    uid = "1.2.826.0.1.3680043.10.1172.%d.%d" % (R.randint(10 ** 6, 10 ** 7), R.randint(1, 99999))
    out = [F("dcmdump", '# Dicom-File-Format  (dcmdump -M +P 0010,* +P 0008,0020 /var/spool/dcm/incoming/§.dcm)', uid)]
    dp = fullname(p, "hl7")
    rows = [("0008,0020", "DA", fdate(t.date(), "hl7"), "StudyDate", "date"),
            ("0008,0050", "SH", acc, "AccessionNumber", None),
            ("0008,0060", "CS", "DX", "Modality", None),
            ("0010,0010", "PN", dp, "PatientName", "name"),
            ("0010,0020", "LO", p.mrn, "PatientID", "mrn"),
            ("0010,0030", "DA", fdate(p.dob, "hl7"), "PatientBirthDate", "date"),
            ("0010,0040", "CS", p.sex, "PatientSex", None),
            ("0018,1000", "LO", "DRX%07d" % R.randint(1, 9999999), "DeviceSerialNumber", None),
            ("0020,000d", "UI", uid, "StudyInstanceUID", None)]
    if p.age > 89:
        rows.insert(6, ("0010,1010", "AS", "%03dY" % p.age, "PatientAge", "age"))
    for tag, vr, val, kw, cat in rows:
        ln = Ln("dcmdump")
        ln.f('(§) § [§]', tag, vr, (val, cat))
        ln.t(" " * max(1, 38 - len(val)) + "# %3d, 1 %s" % (len(val) + (len(val) % 2), kw))
        out.append(ln)
    return out


def b_dcm_forward():
    t = CK.tick()
    p = person(old=R.random() < 0.25)
    ln = Ln("dcm-router")
    ln.f('§ INFO  [dcm-router] Forwarded study StudyInstanceUID=1.2.826.0.1.3680043.10.1172.§ PatientID=§ PatientName=§ '
         'StudyDate=§ Modality=DX images=§ to CORALPACS@10.40.2.15:11112 in §ms',
         py_ts(t), R.randint(10 ** 6, 10 ** 8), (p.mrn, "mrn"), (fullname(p, "hl7").rstrip("^"), "name"),
         (t.strftime("%Y%m%d"), "date"), R.randint(1, 4), R.randint(300, 4000))
    return [ln]


def b_astm():
    t = CK.tick()
    p = person(minor=R.random() < 0.4)
    an = R.choice([("Sofia2", "SOF2-%04d" % R.randint(1, 9999), "StrepA"), ("ID NOW", "IDN%07d" % R.randint(1, 9999999), "FLU A/B"),
                   ("cobas liat", "LIAT-%05d" % R.randint(1, 99999), "SARS-CoV-2/FluA/B")])
    coll = t - timedelta(minutes=R.randint(8, 25))
    sample = "POC-%s-%04d" % (t.strftime("%m%d"), R.randint(1, 300))
    out = [F("astm-e1394", 'H|\\^&|||§^§^1.6.0|||||||P|LIS2-A2|§', an[0], an[1], hl7_ts(t))]
    ln = Ln("astm-e1394")
    pid = R.choice(["mrn", "enc"])
    ln.f('P|1||§||§||§|§', (p.mrn if pid == "mrn" else encounter(), "mrn" if pid == "mrn" else "other_id"),
         (up(p.last) + "^" + up(p.first), "name"), (fdate(p.dob, "hl7"), "date"), p.sex)
    out.append(ln)
    out.append(F("astm-e1394", 'O|1|§||^^^§|R|§|||||||||NP SWAB||||||||||F', sample, an[2], (hl7_ts(coll), "date")))
    res = R.choice(["NEGATIVE", "POSITIVE", "NEGATIVE", "INVALID"])
    out.append(F("astm-e1394", 'R|1|^^^§|§||||N||§||§|§', an[2].split("/")[0], res, R.choice(["MGIL", "KMORROW", "TMOISE"]),
                 (hl7_ts(t), "date"), an[1]))
    out.append(F("astm-e1394", 'L|1|N'))
    return out


def b_poct1a():
    t = CK.tick()
    p = person()
    obs = t - timedelta(minutes=R.randint(3, 15))
    ln = Ln("poct1a-xml")
    ln.f('§ poct-gw01 poct-dms[2210]: DEBUG rx OBS.R01 <OBS.R01><HDR><HDR.control_id V="§"/><HDR.version_id V="POCT1"/><HDR.creation_dttm V="§"/></HDR>'
         '<SVC><SVC.role V="OBS"/><SVC.observation_dttm V="§"/><PT><PT.patient_id V="§"/><PT.name V="§"/><PT.birth_date V="§"/>'
         '<OBS><OBS.observation_id V="§" SN="LN"/><OBS.value V="§"/></OBS></PT><OPR><OPR.operator_id V="§"/></OPR></SVC>'
         '<DEV><DEV.device_id V="§"/></DEV></OBS.R01>',
         sys_ts(t), R.randint(100, 9999), iso_ms(t), (iso_ms(obs), "date"), (p.mrn, "mrn"),
         (fullname(p, R.choice(["lf", "FL"])), "name"), (fdate(p.dob, "iso"), "date"),
         R.choice(["94500-6", "80382-5", "78012-2"]), R.choice(["Not Detected", "Detected", "Negative"]),
         R.choice(["mgil", "kmorrow", "ymoise"]), "LIAT-%05d" % R.randint(1, 99999))
    return [ln]


def b_erx():
    t = CK.tick()
    p = person()
    pr = prov()
    msgid = rid(32)
    drug = R.choice(["amoxicillin 500 mg capsule", "azithromycin 250 mg tablet", "oseltamivir 75 mg capsule",
                     "cephalexin 500 mg capsule", "ibuprofen 800 mg tablet", "Paxlovid 300 mg-100 mg dose pack",
                     "prednisone 20 mg tablet", "cyclobenzaprine 10 mg tablet"])
    out = []
    ln = Ln("ncpdp-script-xml")
    ln.f('§ [INF] erx-gateway Outbound NewRx § <Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="20170715" '
         'TransportVersion="20170715" TransactionDomain="SCRIPT" TransactionVersion="20170715" StructuresVersion="20170715" '
         'ECLVersion="20170715"><Header><To Qualifier="P">§</To><From Qualifier="C">§</From><MessageID>§</MessageID>'
         '<SentTime>§</SentTime></Header><Body><NewRx><Patient><HumanPatient><Name><LastName>§</LastName><FirstName>§</FirstName></Name>'
         '<Gender>§</Gender><DateOfBirth><Date>§</Date></DateOfBirth><Address><AddressLine1>§</AddressLine1><City>§</City>'
         '<StateProvince>FL</StateProvince><PostalCode>§</PostalCode><CountryCode>US</CountryCode></Address><CommunicationNumbers>'
         '<PrimaryTelephone><Number>§</Number></PrimaryTelephone></CommunicationNumbers></HumanPatient></Patient><Prescriber>'
         '<NonVeterinarian><Identification><NPI>§</NPI></Identification><Name><LastName>§</LastName><FirstName>§</FirstName></Name>'
         '</NonVeterinarian></Prescriber><MedicationPrescribed><DrugDescription>§</DrugDescription><Quantity><Value>§</Value>'
         '</Quantity><WrittenDate><Date>§</Date></WrittenDate></MedicationPrescribed></NewRx></Body></Message>',
         t.strftime("%H:%M:%S"), msgid[:12], "%07d" % R.randint(1000000, 4999999), pr[3], msgid, iso_z(t),
         (p.last, "name"), (p.first, "name"), p.sex, (fdate(p.dob, "iso"), "date"), (p.street, "address"), (p.city, "address"),
         (p.zip, "zip"), (p.phone, "phone"), pr[3], pr[1], pr[0], drug, R.choice([10, 14, 20, 21, 30]), (t.strftime("%Y-%m-%d"), "date"))
    out.append(ln)
    return out


def b_erx_clef():
    t = CK.tick()
    p = person(old=R.random() < 0.15)
    v = R.randint(0, 2)
    ln = Ln("serilog-clef")
    if v == 0:
        ln.j({"@t": iso_z(t).replace("Z", "0000Z"), "@mt": "PDMP query for {PatientName} DOB {Dob} returned {Count} controlled fills",
              "PatientName": P(fullname(p, "lf"), "name"), "Dob": P(fdate(p.dob, "us"), "date"), "Count": R.randint(0, 6),
              "Source": "E-FORCSE", "Prescriber": prov()[3], "SourceContext": "CoralPoint.Erx.Pdmp.PdmpClient"})
    elif v == 1:
        ln.j({"@t": iso_z(t).replace("Z", "0000Z"), "@mt": "RxChangeRequest {MessageId} for {Mrn} from pharmacy {NcpdpId}: {Reason}",
              "@l": "Warning", "MessageId": rid(32), "Mrn": P(p.mrn, "mrn"), "NcpdpId": "%07d" % R.randint(1000000, 4999999),
              "Reason": R.choice(["Therapeutic interchange", "Prior authorization required", "Drug not covered"]),
              "SourceContext": "CoralPoint.Erx.Inbound.ChangeHandler"})
    else:
        ln.j({"@t": iso_z(t).replace("Z", "0000Z"), "@mt": "Medication history {Status} for {Patient} ({Age}y)",
              "@l": "Information", "Status": "received", "Patient": P(fullname(p, "fl"), "name"),
              "Age": P(p.age, "age") if p.age > 89 else p.age, "Fills": R.randint(1, 30),
              "SourceContext": "CoralPoint.Erx.MedHistory"})
    return [ln]


def b_pay():
    t = CK.tick()
    p = person()
    v = R.randint(0, 4)
    ln = Ln("python-logging")
    if v == 0:
        plan = "PP-24-%05d" % R.randint(1, 99999)
        bal = R.choice([185.0, 240.0, 385.0, 412.5, 620.0])
        n = R.choice([3, 4, 6])
        ln.f('§ INFO payplan.scheduler: plan § created guarantor="§" acct=§ balance=§ installments=§ x § first_due=§ card=visa ****§',
             py_ts(t), (plan, "account"), (fullname(p, "lf"), "name"), (p.acct, "account"), "%.2f" % bal, n, "%.2f" % (bal / n),
             (t.date() + timedelta(days=13)).strftime("%Y-%m-%d"), "%04d" % R.randint(0, 9999))
    elif v == 1:
        cc = pan()
        ln.f('§ ERROR payplan.gateway: processor decline code=05 msg="Do not honor" request={"card_number": "§", "exp": "§/§", '
             '"cardholder": "§", "amount": §, "billing_zip": "§"}', py_ts(t), (cc, "account"), "%02d" % R.randint(1, 12),
             R.randint(25, 30), (fullname(p, "FL"), "name"), R.choice([50, 96.25, 125, 135]), (p.zip, "zip"))
    elif v == 2:
        ln.f('§ INFO payplan.ach: autopay enrolled acct=§ bank_routing=§ bank_account=§ holder="§" email=§',
             py_ts(t), (p.acct, "account"), R.choice(["063100277", "267084131", "066004367"]), (str(R.randint(10 ** 8, 10 ** 12)), "account"),
             (fullname(p, "fl"), "name"), (p.email, "email"))
    elif v == 3:
        gfe = "GFE-24-%05d" % R.randint(1, 99999)
        dos = t.date() + timedelta(days=R.randint(1, 9))
        ln.f('§ INFO selfpay.gfe: good faith estimate § issued to "§" dob=§ scheduled_service=§ items=[99204, 72100, 97110] total=$§ delivered_via=§',
             py_ts(t), (gfe, "other_id"), (fullname(p, "fl"), "name"), (fdate(p.dob, "us"), "date"), (fdate(dos, "iso"), "date"),
             R.choice(["385.00", "210.00", "495.00"]), R.choice(["email", "portal", "paper"]))
    else:
        ln = Ln("stripe-webhook")
        ln.f('§ INFO stripe.webhook: evt_§ payment_intent.succeeded pi=pi_§ amount=§ currency=usd metadata={"patient_account": "§", "encounter": "§", "clinic": "§"}',
             py_ts(t), rid(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
             rid(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), R.choice([3500, 9500, 12500, 13500, 8500]),
             (p.acct, "account"), (encounter(), "other_id"), clinic()[0])
    return [ln]


def b_paylink():
    t = CK.tick()
    p = person()
    link = "https://pay.coralpointuc.com/p/" + rid(14, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")
    ln = Ln("python-logging")
    ln.f('§ INFO billing.statements: sms statement sent to=§ lang=§ balance=§ link=§',
         py_ts(t), (fphone(p.phone, "e164"), "phone"), p.lang, "%.2f" % R.choice([35, 95, 125, 210.5]), (link, "url"))
    return [ln]


def b_csv():
    t = CK.tick()
    emp = R.choice(EMPLOYERS)
    out = []
    fname = "exports/%s/%s_results.csv" % (emp[2], t.strftime("%Y-%m-%d"))
    req_by = {"377": DERS[0][2], "441": DERS[1][2], "729": DERS[2][2]}.get(emp[2], "portal-admin@" + emp[0].split()[0].lower() + ".com")
    n = R.randint(2, 5)
    out.append(F("laravel-log", '[§] production.INFO: Employer export generated {"employer_id":§,"rows":§,"file":"§","requested_by":"§"}',
                 t.strftime("%Y-%m-%d %H:%M:%S"), emp[2], n, fname, req_by))
    v = R.randint(0, 1)
    if v == 0:
        out.append(F("csv-employer-export", 'employee_id,last_name,first_name,dob,service_date,service,result,status,clinic,cert_or_ccf'))
        for _ in range(n):
            p = person()
            svc = R.choice([("DOT Physical", R.choice(["2 Year Card", "1 Year Card", "Pending - needs BP recheck"]), "license"),
                            ("Drug Screen 10P", R.choice(["Negative", "Negative-Dilute", "Pending MRO"]), "other_id"),
                            ("TB Skin Test", R.choice(["Negative (0 mm)", "Read pending"]), None),
                            ("Respirator Fit Test", "Pass", None)])
            dos = (t - timedelta(days=R.randint(0, 6))).date()
            ln = Ln("csv-employer-export")
            ln.f('§,§,§,§,§,§,§,Complete,§,', (p.emp_id, "other_id"), (p.last, "name") if "," not in p.last else ('"%s"' % p.last, "name"),
                 (p.first, "name"), (fdate(p.dob, "iso"), "date"), (fdate(dos, "us"), "date"), svc[0], svc[1], clinic()[2])
            if svc[2] == "license":
                ln.v("MEC24-%s-%07d" % (clinic()[1][:3], R.randint(1, 9999999)), "license")
            elif svc[2] == "other_id":
                ln.v(specimen_id(), "other_id")
            out.append(ln)
    else:
        for _ in range(n):
            p = person()
            dos = (t - timedelta(days=R.randint(0, 6))).date()
            ln = Ln("psv-employer-export")
            ln.f('"§"|§|§|§|§|MRO §|§', (fullname(p, "lf"), "name"), (p.emp_id, "other_id"), (specimen_id(), "other_id"),
                 (fdate(dos, "us_short"), "date"), R.choice(["RANDOM", "PRE-EMP", "POST-ACC"]),
                 R.choice(["NEGATIVE", "NEGATIVE", "CANCELLED", "REFUSAL-SHY BLADDER"]), R.choice(["FMCSA", "NON-DOT"]))
            out.append(ln)
    return out


def b_review():
    t = CK.tick()
    p = person()
    c = clinic()
    star = R.choice(["ONE", "TWO", "FIVE", "FIVE", "FOUR"])
    kid = person(origin=p.origin, minor=True, sex={"en": "F", "es": "M", "pt": "M"}.get(p.lang))
    visit = (t - timedelta(days=R.randint(1, 5))).date()
    dn_style = R.choice(["fl", "fl", "lower", "first_initial"])
    dn = {"fl": fullname(p, "fl"), "lower": fullname(p, "lower"), "first_initial": p.first + " " + p.last[0] + "."}[dn_style]
    comments = {
        "es": ("Esperé 3 horas con mi hijo ", " que tenía fiebre de 103 el ", ". La recepcionista muy amable pero nadie nos explicó nada."),
        "ht": ("Mwen te vin ak pitit mwen ", " ki te gen lafyèv ", ". Yo te pale kreyòl avè m, sèvis la te bon anpil. Mèsi!"),
        "en": ("Brought my daughter ", " in for strep on ", ". Quick visit and the PA was great with her."),
        "pt": ("Levei meu filho ", " no dia ", " para raio-x do pulso, atendimento rápido."),
    }[p.lang]
    datef = {"es": "eu", "ht": "ht", "en": "mon", "pt": "eu"}[p.lang]
    ln = Ln("gbp-review-json")
    ln.t('{"name":"accounts/1098342217745/locations/%d/reviews/%s","reviewer":{"profilePhotoUrl":"' % (
        R.randint(10 ** 17, 10 ** 18), rid(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")))
    ln.v("https://lh3.googleusercontent.com/a-/ALV-Uj" + rid(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") + "=s120-c-rp-mo-br100", "url")
    ln.f('","displayName":"§"},"starRating":"§","comment":"§§§§§","createTime":"§"', (dn, "name"), star,
         comments[0], (kid.first, "name"), comments[1], (fdate(visit, datef), "date"), comments[2], iso_z(t - timedelta(hours=R.randint(2, 40))))
    if R.random() < 0.7:
        if R.random() < 0.7:
            pre, gname = {"es": "Hola ", "ht": "Bonjou "}.get(p.lang, "Hi "), p.first
        else:
            pre, gname = "Dear " + ("Ms. " if p.sex == "F" else "Mr. "), p.last
        ln.f(',"reviewReply":{"comment":"§§, thank you for your feedback. Please call our patient experience team at (305) 555-0190 '
             'so we can follow up privately.","updateTime":"§"}', pre, (gname, "name"), iso_z(t))
    ln.t("}")
    return [ln]


def b_review_responder():
    t = CK.tick()
    p = person()
    ln = Ln("python-logging")
    ln.f('§ WARNING review_responder.policy: draft reply blocked (contains PHI) review=§ draft="Mr. §, we are sorry your x-ray results took so long on §"',
         py_ts(t), rid(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), (p.last, "name"),
         (fdate((t - timedelta(days=2)).date(), "mon"), "date"))
    return [ln]


def b_callnote():
    t = CK.tick()
    p = person()
    agent = R.choice(AGENTS)
    ani = p.phone
    v = R.randint(0, 5)
    ln = Ln("callcenter-note")
    head = '§ callctr[§]: agent=§ queue=§ ani=§ dnis=+18885550100 disp=§ note="'
    if v == 0:
        p = person(origin="es", sex="F")
        kid = person(origin="es", minor=True)
        ln.f(head, iso_ms(t), R.randint(1000, 9999), agent, "ES", (fphone(p.phone, "e164"), "phone"), "RESULTS_REQUEST")
        ln.f('Llamó la madre § por su ' + ("hijo" if kid.sex == "M" else "hija") + ' § (FN §). Solicita resultado de prueba de COVID del §. Se verificó identidad con '
             'fecha de nacimiento y dirección §. Devolver llamada al §."',
             (fullname(p, "fl"), "name"), (kid.first + " " + kid.last, "name"), (fdate(kid.dob, "eu"), "date"),
             (fdate((t - timedelta(days=2)).date(), "eu")[:5], "date"), (p.street, "address"), (fphone(p.phone, "space"), "phone"))
    elif v == 1:
        kid = person(origin="ht", minor=True)
        mom = person(origin="ht", sex="F")
        while kid.first == mom.first:
            kid = person(origin="ht", minor=True)
        kid.last = mom.last
        ln.f(head, iso_ms(t), R.randint(1000, 9999), agent, "HT", (fphone(mom.phone, "e164"), "phone"), "RESULTS_REQUEST")
        ln.f('Manman pasyan an, §, rele pou pitit li § (dat nesans §) ki te fè tès strep §; li vle konnen rezilta a. Rele l nan §."',
             (fullname(mom, "fl"), "name"), (kid.first + " " + kid.last, "name"), (fdate(kid.dob, "ht"), "date"),
             (fdate((t - timedelta(days=1)).date(), "ht"), "date"), (fphone(mom.phone, "dash"), "phone"))
    elif v == 2:
        old = person(origin="ht", old=True, sex="M")
        ln.f(head, iso_ms(t), R.randint(1000, 9999), agent, "HT", (fphone(old.phone, "e164"), "phone"), "INTERPRETER")
        appt = (t + timedelta(days=1)).date()
        ln.f('Mesye §, § an, bezwen yon entèprèt kreyòl pou randevou li § a 10è. Adrès li: §, §. Pitit fi li § ap akonpaye l."',
             (fullname(old, "fl"), "name"), (old.age, "age"), (fdate(appt, "ht"), "date"), (old.street, "address"),
             (old.city, "address"), (R.choice(HT_F) + " " + old.last, "name"))
    elif v == 3:
        di = R.randint(0, 2)
        der = DERS[di]
        emp = EMPLOYERS[[3, 0, 5][di]]
        ln.f(head, iso_ms(t), R.randint(1000, 9999), agent, "OCCMED", fphone(der[1].replace("-", ""), "e164"), "EMPLOYER_INQUIRY")
        ln.f('DER § (§, §) asking status of post-accident screen for employee §, EE# §. Advised results are released by MRO only. '
             'Caller will email §."', der[0], emp[0], der[1], (fullname(p, R.choice(["fl", "LF"])), "name"), (p.emp_id, "other_id"), der[2])
    elif v == 4:
        fax = R.choice(AREAS) + "%07d" % R.randint(2000000, 9999999)
        ln.f(head, iso_ms(t), R.randint(1000, 9999), agent, "EN", (fphone(ani, "e164"), "phone"), "ROI")
        ln.f('Pt § DOB § requesting x-ray report + CD from visit on §. Wants records faxed to home fax §; ROI form e-mailed to §."',
             (fullname(p, "fl"), "name"), (fdate(p.dob, "us"), "date"), (fdate((t - timedelta(days=R.randint(3, 20))).date(), "us_short"), "date"),
             (fphone(fax, "dash"), "fax"), (p.email, "email"))
    else:
        cl = claim_no()
        p = person(origin=p.origin, sex="M")
        wife = person(origin=p.origin, sex="F")
        wife.last = p.last
        ln.f(head, iso_ms(t), R.randint(1000, 9999), agent, "OCCMED", (fphone(wife.phone, "e164"), "phone"), "WC_CLAIM")
        ln.f('Wife § calling re husband § WC claim §, DOI §. Says adjuster not returning calls; gave carrier line 800-555-0199. '
             'Husband\'s cell §."', (wife.first, "name"), (fullname(p, "fl"), "name"), (cl, "other_id"),
             (fdate((t - timedelta(days=R.randint(3, 30))).date(), "us"), "date"), (fphone(p.phone, "dot"), "phone"))
    return [ln]


def b_five9_csv():
    t = CK.tick()
    p = person()
    ln = Ln("five9-csv")
    ln.f('§,§,INBOUND,§,§,§,§,§,§,"§§"', t.strftime("%Y/%m/%d %H:%M:%S"), rid(18, "0123456789ABCDEF"),
         R.choice(["ES_Spanish", "HT_Kreyol", "EN_General", "OccMed"]), (fphone(p.phone, "plain"), "phone"),
         "8885550100", R.choice(AGENTS), "%02d:%02d" % (R.randint(0, 12), R.randint(0, 59)),
         R.choice(["Appt Scheduled", "Wait Time Info", "Billing Question", "Results"]),
         R.choice(["caller ", "pt ", "mother of pt "]), (fullname(p, R.choice(["fl", "lower", "LF"])).replace(",", ""), "name"))
    return [ln]


def b_pg_dup():
    t = CK.tick()
    p = person()
    pid = R.randint(20000, 60000)
    out = [F("postgres", '§ [§] ERROR:  duplicate key value violates unique constraint "patients_mrn_key"', pg_ts(t), pid)]
    out.append(F("postgres", '§ [§] DETAIL:  Key (mrn)=(§) already exists.', pg_ts(t), pid, (p.mrn, "mrn")))
    ln = Ln("postgres")
    ln.f("§ [§] STATEMENT:  INSERT INTO patients (mrn, last_name, first_name, dob, mobile_phone, created_by) VALUES ('§', '§', '§', '§', '§', 'kiosk-sync')",
         pg_ts(t), pid, (p.mrn, "mrn"), (p.last.replace("'", "''"), "name"), (p.first, "name"), (fdate(p.dob, "iso"), "date"), (p.phone, "phone"))
    out.append(ln)
    return out


def b_cloudfront_phi():
    t = CK.tick()
    u = utc(t)
    p = person()
    ip = pub_ip()
    v = R.randint(0, 2)
    if v == 0:
        stem, qtpl = "/api/v1/checkins/status", [("code=", None), (conf_code(), "other_id"), ("&lang=" + p.lang, None)]
    elif v == 1:
        stem, qtpl = "/results", [("dob=", None), (fdate(p.dob, "us").replace("/", "%252F"), "date"), ("&last=", None),
                                 (strip_acc(p.last).replace(" ", "%2520"), "name")]
    else:
        stem, qtpl = "/check-in/little-haiti", [("utm_source=google&utm_medium=gbp&lang=ht", None)]
    ln = Ln("cloudfront-w3c")
    ln.f('§\t§\tMIA3-P§\t§\t§\tGET\td2kq8x1v0z7m3c.cloudfront.net\t§\t200\t§\t§\t', u.strftime("%Y-%m-%d"), u.strftime("%H:%M:%S"),
         R.randint(1, 4), R.randint(600, 48000), (ip, "ip"), stem,
         R.choice(["-", "https://www.google.com/", "https://coralpointuc.com/"]),
         R.choice(UA[:4]).replace(" ", "%20").replace(";", "%3B"))
    for txt, cat in qtpl:
        ln.v(txt, cat)
    ln.f('\t-\t§\t§\tcheckin.coralpointuc.com\thttps\t§\t0.0§\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\t§\tHTTP/2.0\t-\t-\t§\t0.0§\t§\ttext/html\t§\t-\t-',
         R.choice(["Hit", "Miss", "RefreshHit"]), rid(56, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") + "==",
         R.randint(60, 900), R.randint(10, 99), R.choice(["Hit", "Miss"]), R.randint(1024, 65000), R.randint(10, 99),
         R.choice(["Hit", "Miss"]), R.randint(1000, 50000))
    return [ln]


def b_curbside():
    t = CK.tick()
    p = person()
    vin = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(17))
    ln = Ln("pino-json")
    ln.j({"level": 30, "time": epoch_ms(t), "pid": 4127, "hostname": HOSTS["checkin"], "module": "curbside",
          "msg": "curbside arrival recorded", "confirmationCode": P(conf_code(), "other_id"),
          "vehicle": {"color": R.choice(["silver", "gray", "white", "black", "red"]), "make": R.choice(["Toyota", "Honda", "Nissan", "Kia"]),
                      "plate": P(plate(), "vehicle"), "state": "FL"},
          "spot": R.randint(1, 8)})
    out = [ln]
    if R.random() < 0.3:
        l2 = Ln("log4j")
        cl = claim_no()
        l2.f('§ INFO  [wc-edi-worker-§] c.c.wc.edi.AutoLossEnricher - claim=§ employee_owned_vehicle=true vin=§ plate=§ (personal vehicle used for deliveries)',
             py_ts(CK.tick()), R.randint(1, 4), (cl, "other_id"), (vin, "vehicle"), (plate(), "vehicle"))
        out.append(l2)
    return out


def b_roi():
    t = CK.tick()
    p = person()
    fax = R.choice(AREAS) + "%07d" % R.randint(2000000, 9999999)
    dos = (t - timedelta(days=R.randint(2, 40))).date()
    if R.random() < 0.6:
        ln = Ln("python-logging")
        ln.f('§ INFO records.roi: request ROI-24-§ patient="§" mrn=§ dob=§ deliver_to=fax:§ alt_email=§ items=[xray_report,visit_note] dos=§ status=queued',
             py_ts(t), "%05d" % R.randint(1, 99999), (fullname(p, "lf"), "name"), (p.mrn, "mrn"), (fdate(p.dob, "iso"), "date"),
             (fphone(fax, "e164"), "fax"), (p.email, "email"), (fdate(dos, "iso"), "date"))
    else:
        ln = Ln("rightfax-log")
        ln.f('§ fax01 rightfax[§]: job=§ dir=out to=§ to_name="§" pages=§ status=§ csid="CORALPOINT ROI 3055550101" duration=§s',
             sys_ts(t), R.randint(100, 999), R.randint(10000, 99999), (fphone(fax, "one").replace("-", ""), "fax"),
             (fullname(p, R.choice(["FL", "fl"])), "name"), R.randint(2, 14), R.choice(["SENT", "BUSY_RETRY", "NO_ANSWER"]), R.randint(30, 400))
    return [ln]


def b_mobile():
    return b_checkin_pino(force=3)


PHI_BLOCKS = [(b_mobile, 2), (b_palmvein, 1.5),
    (b_checkin_pino, 9), (b_checkin_nginx, 8), (b_nginx_error_phi, 2), (b_waitq_go, 5), (b_twilio, 4),
    (b_kiosk_dl, 3), (b_kiosk_old, 2), (b_kiosk_ins, 4), (b_kiosk_photo, 3.5), (b_x12, 3), (b_dot, 4), (b_ccf, 3),
    (b_mro_hl7, 1.5), (b_froi, 3), (b_pacs_hl7, 1.5), (b_dcmdump, 0.6), (b_dcm_forward, 2), (b_astm, 1.5), (b_poct1a, 3),
    (b_erx, 2), (b_erx_clef, 4), (b_pay, 6), (b_paylink, 3), (b_csv, 3), (b_review, 5), (b_review_responder, 1),
    (b_callnote, 14), (b_five9_csv, 3), (b_pg_dup, 2), (b_cloudfront_phi, 6), (b_curbside, 2), (b_roi, 3),
]

# =========================================================================== noise


def n_nginx_health():
    t = CK.tick(1, 30)
    ip = priv_ip()
    return [F("nginx-access", '§ - - [§] "GET §" 200 § "-" "§" rt=0.00§ uct="0.000" urt="0.00§"', ip, ngx_ts(t),
              R.choice(["/healthz HTTP/1.1", "/readyz HTTP/1.1", "/nginx_status HTTP/1.1", "/metrics HTTP/1.1"]),
              R.randint(2, 900), R.choice(["kube-probe/1.29", "ELB-HealthChecker/2.0", "Prometheus/2.53.1"]), R.randint(0, 9), R.randint(0, 9))]


def n_nginx_bot():
    t = CK.tick(1, 60)
    ips = [("66.249.66.%d" % R.randint(1, 200), "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
           ("216.144.250.%d" % R.randint(1, 200), "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"),
           ("40.77.167.%d" % R.randint(1, 200), "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)")]
    ip, ua = R.choice(ips)
    return [F("nginx-access", '§ - - [§] "GET § HTTP/1.1" § § "-" "§" rt=§', ip, ngx_ts(t),
              R.choice(["/", "/locations/hialeah", "/services/dot-physicals", "/self-pay-pricing", "/robots.txt", "/sitemap.xml",
                        "/es/servicios/examen-fisico-dot", "/ht/sevis"]),
              R.choice([200, 200, 301, 304]), R.randint(200, 40000), ua, "%.3f" % R.uniform(0.001, 0.2))]


def n_nginx_err():
    t = CK.tick()
    return [F("nginx-error", '§ [warn] 2211#2211: *§ an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/§/§/§ '
              'while reading upstream, client: §, server: portal.coralpointuc.com, request: "GET /employer/exports/§ HTTP/1.1", '
              'upstream: "http://10.40.1.31:9000/employer/exports/§", host: "portal.coralpointuc.com"',
              go_ts(t), R.randint(10000, 999999), R.randint(0, 9), R.randint(10, 99), "%010d" % R.randint(1, 10 ** 9),
              priv_ip(), *([R.randint(1000, 9999)] * 2))]


def n_cf_header():
    return [F("cloudfront-w3c", '#Version: 1.0'),
            F("cloudfront-w3c", '#Fields: date time x-edge-location sc-bytes c-ip cs-method cs(Host) cs-uri-stem sc-status cs(Referer) '
              'cs(User-Agent) cs-uri-query cs(Cookie) x-edge-result-type x-edge-request-id x-host-header cs-protocol cs-bytes time-taken '
              'x-forwarded-for ssl-protocol ssl-cipher x-edge-response-result-type cs-protocol-version fle-status fle-encrypted-fields '
              'c-port time-to-first-byte x-edge-detailed-result-type sc-content-type sc-content-len sc-range-start sc-range-end')]


def n_cf_bot():
    t = CK.tick(1, 60)
    u = utc(t)
    bot = R.randint(0, 1)
    ip = ["66.249.66.%d" % R.randint(1, 200), "216.144.250.%d" % R.randint(1, 200)][bot]
    return [F("cloudfront-w3c", '§\t§\tMIA50-C§\t§\t§\tGET\td2kq8x1v0z7m3c.cloudfront.net\t§\t200\t-\t§\t-\t-\tHit\t§==\tcoralpointuc.com'
              '\thttps\t§\t0.00§\t-\tTLSv1.3\tTLS_AES_128_GCM_SHA256\tHit\tHTTP/1.1\t-\t-\t§\t0.00§\tHit\t§\t§\t-\t-',
              u.strftime("%Y-%m-%d"), u.strftime("%H:%M:%S"), R.randint(1, 3), R.randint(400, 90000), ip,
              R.choice(["/assets/app.8c1f2e.js", "/img/hero-hialeah.webp", "/favicon.ico", "/fonts/inter-var.woff2", "/locations"]),
              ["Mozilla/5.0%20(compatible;%20Googlebot/2.1;%20+http://www.google.com/bot.html)",
               "Mozilla/5.0+(compatible;%20UptimeRobot/2.0;%20http://www.uptimerobot.com/)"][bot],
              rid(54, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"), R.randint(90, 400), R.randint(1, 9),
              R.randint(1024, 65000), R.randint(1, 9), R.choice(["application/javascript", "image/webp", "text/html", "font/woff2"]),
              R.randint(400, 90000))]


def n_pino():
    t = CK.tick(1, 60)
    host = R.choice([HOSTS["checkin"], HOSTS["checkin2"]])
    v = R.randint(0, 5)
    base = {"level": 30, "time": epoch_ms(t), "pid": 4127, "hostname": host}
    if v == 0:
        base.update({"req": {"id": R.randint(1000, 99999), "method": "GET", "url": "/v1/clinics/%s/wait" % clinic()[0],
                             "remoteAddress": "::ffff:" + priv_ip()}, "res": {"statusCode": 200}, "responseTime": R.randint(2, 40),
                     "msg": "request completed"})
    elif v == 1:
        base.update({"module": "cache", "msg": "wait estimates refreshed", "clinics": 7, "staleMs": R.randint(100, 30000)})
    elif v == 2:
        base.update({"level": 40, "module": "ratelimit", "msg": "rate limit exceeded", "route": "POST /v1/checkins", "key": "ip:" + priv_ip(),
                     "limit": 10, "windowSec": 60})
    elif v == 3:
        base.update({"module": "server", "msg": "Server listening at http://0.0.0.0:8080", "version": "checkin-api@3.18.2",
                     "node": "v20.18.0", "commit": rid(7)})
    elif v == 4:
        base.update({"level": 50, "module": "twilio", "msg": "webhook signature validation failed", "path": "/v1/twilio/status",
                     "sig": rid(28, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "="})
    else:
        base.update({"module": "config", "msg": "config loaded", "config": {"queueRefreshSec": 30, "maxQueuePerClinic": 40,
                     "twilioFrom": "+13055550100", "smsTemplate": "queue_ready_v3", "supportedLanguages": ["en", "es", "ht"],
                     "stripePublishableKey": "pk_live_" + rid(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")}})
    return [Ln("pino-json").j(base)]


def n_zap():
    t = CK.tick(1, 60)
    c = clinic()
    v = R.randint(0, 3)
    if v == 0:
        o = {"level": "info", "ts": epoch_f(t), "logger": "waitq.engine", "caller": "engine/estimate.go:144", "msg": "eta recomputed",
             "clinic": c[0], "queue_len": R.randint(0, 22), "providers_on_shift": R.randint(1, 4), "p50_wait": "%dm0s" % R.randint(4, 80),
             "duration_ms": round(R.uniform(0.2, 9), 2)}
    elif v == 1:
        o = {"level": "info", "ts": epoch_f(t), "logger": "waitq.http", "caller": "http/middleware.go:58", "msg": "request",
             "method": "GET", "path": "/v2/queue/%s/snapshot" % c[0], "status": 200, "latency": "%.3fms" % R.uniform(0.4, 30),
             "trace_id": rid(32), "span_id": rid(16)}
    elif v == 2:
        o = {"level": "warn", "ts": epoch_f(t), "logger": "waitq.store", "caller": "store/redis.go:211", "msg": "redis slow command",
             "cmd": "ZRANGEBYSCORE", "key": "q:%s:active" % c[0], "elapsed": "%dms" % R.randint(50, 400)}
    else:
        o = {"level": "error", "ts": epoch_f(t), "logger": "waitq.emr", "caller": "emr/poller.go:77", "msg": "emr poll failed",
             "error": "Get \"https://emr-gw.internal:8443/api/encounters?since=%s\": context deadline exceeded" % t.strftime("%Y-%m-%dT%H:%M:%S"),
             "retry_in": "15s", "stacktrace": "main.(*poller).run\\n\\t/src/emr/poller.go:77"}
    return [Ln("go-zap-json").j(o)]


def n_logrus():
    t = CK.tick(1, 60)
    return [F("go-logrus", 'time="§" level=§ msg="§" §', t.strftime("%Y-%m-%dT%H:%M:%S-05:00"),
              *R.choice([("info", "sms queue drained", "sent=%d failed=%d elapsed=%dms" % (R.randint(0, 40), R.randint(0, 2), R.randint(50, 900))),
                         ("debug", "redis pipeline flush", "cmds=%d elapsed=%.1fms" % (R.randint(2, 40), R.uniform(0.2, 5))),
                         ("info", "shift roster synced", "clinics=7 providers=%d source=whenIwork" % R.randint(12, 30)),
                         ("warning", "twilio rate limited, backing off", "retry_after=2s account=AC%s" % rid(32))]))]


def n_gostd():
    t = CK.tick(1, 60)
    return [F("go-stdlog", '§ §', go_ts(t), R.choice([
        "queue.go:88: dropping stale entry %s (idle %dm)" % (uuid(), R.randint(240, 600)),
        "main.go:41: waitq v2.7.3 (go1.22.8, commit %s) starting on :9090" % rid(7),
        "http: TLS handshake error from %s:%d: EOF" % (priv_ip(), R.randint(30000, 65000)),
        "estimator.go:203: model weights reloaded from s3://cpuc-ml/waitq/eta-v14.json (%d bytes)" % R.randint(4000, 9000)]))]


def n_k8s():
    t = CK.tick(1, 90)
    return [F("k8s-event", '§ § § §', iso_z(t), R.choice(["Normal", "Normal", "Warning"]), R.choice([
        "Pulled\tpod/checkin-api-7d9f8c6b5-x2kqp\tContainer image \"ghcr.io/coralpoint/checkin-api:3.18.2\" already present on machine",
        "Unhealthy\tpod/waitq-5c86d9d4f-q7lzn\tReadiness probe failed: HTTP probe failed with statuscode: 503",
        "ScalingReplicaSet\tdeployment/erx-gateway\tScaled up replica set erx-gateway-6b7c9f to 3",
        "BackOff\tpod/eccf-gateway-84fd9c-2lmxv\tBack-off restarting failed container"]), "node=ip-10-40-%d-%d" % (R.randint(0, 7), R.randint(2, 250)))]


def n_prom():
    c = clinic()
    CK.tick(0, 5)
    return [F("prometheus", '§', R.choice([
        'waitq_estimate_seconds_bucket{clinic="%s",le="900"} %d' % (c[0], R.randint(10, 400)),
        'checkin_api_http_requests_total{method="POST",route="/v1/checkins",status="201"} %d' % R.randint(1000, 90000),
        'poct_results_total{analyzer="sofia2",assay="strep_a",result="positive"} %d' % R.randint(10, 800),
        'eccf_submissions_total{status="accepted"} %d' % R.randint(100, 5000),
        'process_resident_memory_bytes{job="erx-gateway"} %d' % R.randint(10 ** 8, 6 * 10 ** 8),
        'stripe_webhook_latency_seconds_sum{event="payment_intent.succeeded"} %.3f' % R.uniform(10, 900)]))]


def n_syslog():
    t = CK.tick(1, 90)
    k = "kiosk-%s-%02d" % (clinic()[1][:3].lower(), R.randint(1, 3))
    return [F("syslog", '§ § §', sys_ts(t), k, R.choice([
        "CRON[%d]: (root) CMD (/usr/local/bin/purge-scans.sh --older-than 24h)" % R.randint(1000, 30000),
        "systemd[1]: Started Kiosk OCR agent.",
        "kiosk-agent[3321]: INFO scanner heartbeat model=\"Ambir nScan 700gt\" fw=3.2.1 serial=AMB7G22%05d status=ready" % R.randint(0, 99999),
        "kiosk-agent[3321]: WARN printer wristband queue stalled (Zebra ZD510 sn=D3J%07d) paper_out=true" % R.randint(0, 9999999),
        "kiosk-agent[3321]: INFO purge-scans removed %d images (%.1f MB)" % (R.randint(0, 60), R.uniform(0, 300)),
        "kernel: [%d.%06d] usb 1-2: new full-speed USB device number %d using xhci_hcd" % (R.randint(1000, 99999), R.randint(0, 999999), R.randint(2, 20)),
        "kiosk-agent[3321]: INFO session timeout, returning to welcome screen (lang reset to en)"]))]


def n_pg():
    t = CK.tick(1, 90)
    return [F("postgres", '§ [§] §', pg_ts(t), R.randint(20000, 60000), R.choice([
        "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s" % (R.randint(50, 3000), R.uniform(0.1, 9), R.uniform(0.1, 30)),
        "LOG:  automatic vacuum of table \"occmed.public.custody_events\": index scans: 1",
        "ERROR:  canceling statement due to statement timeout",
        "LOG:  duration: %.3f ms  statement: SELECT count(*) FROM checkins WHERE clinic_id = $1 AND status = 'waiting'" % R.uniform(100, 2000),
        "FATAL:  password authentication failed for user \"report_ro\""]))]


def n_mirth():
    t = CK.tick(1, 60)
    return [F("mirth-log", ' § § [§] §', R.choice(["INFO ", "INFO ", "WARN ", "ERROR"]), t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000),
              *R.choice([("Channel Dispatch Thread on PACS_ORM_OUT", "com.mirth.connect.connectors.tcp.TcpDispatcher: ACK received MSA|AA|MSG%d" % R.randint(10000, 99999)),
                         ("Channel Dispatch Thread on POCT_ASTM_IN", "com.mirth.connect.connectors.tcp.TcpReceiver: Connection reset by peer (10.40.3.21:5001)"),
                         ("main", "com.mirth.connect.donkey.server.channel.Channel: Channel POCT_ASTM_IN deployed (revision %d)" % R.randint(10, 90)),
                         ("pool-2-thread-4", "com.mirth.connect.server.controllers.DonkeyMessageController: pruned %d messages from MRO_RESULTS_IN" % R.randint(100, 9000))]))]


def n_hl7_ack():
    t = CK.tick(1, 30)
    c = clinic()
    ctl = R.randint(10000, 99999)
    return [F("hl7v2", 'MSH|^~\\&|CORALRAD|PACS|CPEMR|§|§||ACK^O01|A§|P|2.3', c[1], hl7_ts(t), ctl),
            F("hl7v2", 'MSA|AA|MSG§|Message accepted', ctl)]


def n_dcm():
    t = CK.tick(1, 60)
    return [F("dcm4che", '§ INFO  - §', t.strftime("%H:%M:%S,") + "%03d" % (t.microsecond // 1000), R.choice([
        "STORESCU->CORALPACS(%d) << A-ASSOCIATE-AC" % R.randint(1, 900),
        "STORESCU->CORALPACS(%d) >> %d:C-STORE-RQ[pcid=1, prior=0, cuid=1.2.840.10008.5.1.4.1.1.1.1 - Digital X-Ray Image Storage - For Presentation, iuid=1.2.826.0.1.3680043.10.1172.%d.%d]" % (R.randint(1, 900), R.randint(1, 9), R.randint(10 ** 6, 10 ** 7), R.randint(1, 99999)),
        "STORESCU->CORALPACS(%d) << %d:C-STORE-RSP[pcid=1, status=0H]" % (R.randint(1, 900), R.randint(1, 9)),
        "Sent %d objects (=%.3fMB) in %.3fs (=%.3fMB/s)" % (R.randint(1, 4), R.uniform(5, 40), R.uniform(0.3, 5), R.uniform(5, 40)),
        "ECHOSCU->CORALPACS(%d) << C-ECHO-RSP[status=0H]" % R.randint(1, 900)]))]


def n_astm_qc():
    t = CK.tick()
    an = R.choice([("Sofia2", "SOF2-%04d" % R.randint(1, 9999), "StrepA"), ("ID NOW", "IDN%07d" % R.randint(1, 9999999), "FLU A/B")])
    lot = "%06d" % R.randint(100000, 999999)
    return [F("astm-e1394", 'H|\\^&|||§^§^1.6.0|||||||Q|LIS2-A2|§', an[0], an[1], hl7_ts(t)),
            F("astm-e1394", 'P|1'),
            F("astm-e1394", 'O|1|QC-EXT-§||^^^§|R|§|||||Q||||||||||||||||F', lot, an[2], hl7_ts(t)),
            F("astm-e1394", 'R|1|^^^§|§||||N||QC||§|§', an[2], R.choice(["POS CTRL PASS", "NEG CTRL PASS"]), hl7_ts(t), an[1]),
            F("astm-e1394", 'C|1|I|Kit lot § exp §|G', lot, "2025-%02d-%02d" % (R.randint(1, 12), R.randint(1, 28))),
            F("astm-e1394", 'L|1|N')]


def n_stripe():
    t = CK.tick(1, 90)
    return [F("stripe-webhook", '§ INFO stripe.webhook: evt_§ § § amount=§ livemode=§', py_ts(t),
              rid(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
              R.choice(["charge.refunded", "payment_intent.created", "payout.paid", "charge.dispute.created"]),
              R.choice(["pi_", "ch_", "po_", "dp_"]) + rid(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"),
              R.choice([3500, 8500, 12500, 1049321]), R.choice(["true", "true", "false"]))]


def n_pricing():
    t = CK.tick(1, 90)
    return [F("python-logging", '§ INFO § §', py_ts(t), *R.choice([
        ("selfpay.pricing:", "loaded 48 self-pay items v2024.11 (99213=$135.00, 87880 strep=$35.00, 87635 covid-pcr=$95.00, 87804 flu=$45.00, DOT=$85.00, 72100=$75.00)"),
        ("selfpay.pricing:", "price transparency file published https://coralpointuc.com/pricing/59-3371402_coralpoint_standardcharges.json sha256=%s" % rid(64)),
        ("payplan.scheduler:", "nightly run: %d installments charged, %d declined, %d retries scheduled in %.1fs" % (R.randint(20, 200), R.randint(0, 12), R.randint(0, 12), R.uniform(3, 60))),
        ("payplan.config:", "test mode card 4242424242424242 exp 12/34 enabled for staging tenant cpuc-stg"),
        ("review_responder.sync:", "fetched %d new reviews across 7 locations, %d replies posted, %d drafts pending approval" % (R.randint(0, 20), R.randint(0, 10), R.randint(0, 5)))]))]


def n_erx_noise():
    t = CK.tick(1, 90)
    v = R.randint(0, 2)
    if v == 0:
        o = {"@t": iso_z(t).replace("Z", "0000Z"), "@mt": "Surescripts directory sync completed: {Added} added, {Updated} updated in {Elapsed} ms",
             "Added": R.randint(0, 90), "Updated": R.randint(0, 900), "Elapsed": R.randint(400, 9000), "SourceContext": "CoralPoint.Erx.Directory"}
    elif v == 1:
        o = {"@t": iso_z(t).replace("Z", "0000Z"), "@mt": "Status {Code} received for {RelatesToMessageId}", "Code": "010",
             "RelatesToMessageId": rid(32), "SourceContext": "CoralPoint.Erx.Inbound.StatusHandler"}
    else:
        o = {"@t": iso_z(t).replace("Z", "0000Z"), "@mt": "EPCS two-factor challenge {Result} for prescriber NPI {Npi}", "@l": "Warning",
             "Result": R.choice(["passed", "timed out"]), "Npi": prov()[3], "DeaNumber": "MB%07d" % R.randint(1000000, 9999999),
             "SourceContext": "CoralPoint.Erx.Epcs"}
    return [Ln("serilog-clef").j(o)]


def n_occmed():
    t = CK.tick(1, 90)
    return [F("spring-boot", '§  § 1 --- [occmed-svc] [§] §', iso_ms(t), *R.choice([
        ("INFO", "   nr-uploader-1", "c.c.occmed.nr.NationalRegistryClient   : batch %s submitted: %d accepted, 0 rejected (examiner_nrn=%010d)" % (uuid()[:8], R.randint(1, 30), R.randint(10 ** 9, 10 ** 10 - 1))),
        ("WARN", "nio-8080-exec-3", "c.c.occmed.mro.MroQueue                : %d results awaiting MRO review > 48h (oldest %dh)" % (R.randint(0, 9), R.randint(48, 120))),
        ("INFO", "           main", "o.s.b.w.embedded.tomcat.TomcatWebServer  : Tomcat started on port 8080 (http) with context path '/'"),
        ("INFO", "    scheduler-2", "c.c.occmed.bat.BreathAlcoholSync       : synced EBT device Intoximeters EC/IR II sn=%07d cal_due=2025-03-01" % R.randint(1, 9999999))]))]


def n_wc():
    t = CK.tick(1, 90)
    return [F("log4j", '§ § [§] §', py_ts(t), *R.choice([
        ("INFO ", "wc-edi-worker-1", "c.c.wc.edi.AckProcessor - AK1 batch %d accepted by FL DWC (TA: %d of %d)" % (R.randint(1000, 9999), R.randint(1, 20), 20)),
        ("WARN ", "wc-edi-worker-3", "c.c.wc.edi.FroiValidator - DN0031 employer FEIN 59-3718842 missing NAICS, defaulting 484110"),
        ("INFO ", "main", "c.c.wc.WcEdiApplication - Started WcEdiApplication in 7.412 seconds (process running for 8.03)")]))]


def n_laravel():
    t = CK.tick(1, 90)
    emp = R.choice(EMPLOYERS)
    der = R.choice(DERS)
    return [F("laravel-log", '[§] production.§: §', t.strftime("%Y-%m-%d %H:%M:%S"), *R.choice([
        ("INFO", 'Employer portal login {"employer_id":%s,"user":"%s","ip":"%s"}' % (emp[2], der[2], "10.40.6.%d" % R.randint(2, 250))),
        ("WARNING", 'Export throttled {"employer_id":%s,"queue":"exports","retry_after":30}' % emp[2]),
        ("ERROR", 'SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `exports` where `status` = pending limit 50)'),
        ("INFO", 'Scheduled command finished {"command":"exports:purge --days=30","deleted":%d}' % R.randint(0, 80))]))]


def n_callq():
    t = CK.tick(1, 90)
    return [F("callcenter-stats", '§ callctr[§]: §', iso_ms(t), R.randint(1000, 9999), R.choice([
        "queue=ES_Spanish calls_waiting=%d longest_wait=00:%02d:%02d agents_ready=%d asa=%ds" % (R.randint(0, 9), R.randint(0, 12), R.randint(0, 59), R.randint(0, 6), R.randint(10, 300)),
        "queue=HT_Kreyol calls_waiting=%d longest_wait=00:%02d:%02d agents_ready=%d" % (R.randint(0, 4), R.randint(0, 9), R.randint(0, 59), R.randint(0, 2)),
        "agent=%s state=NOT_READY reason=Lunch" % R.choice(AGENTS),
        "note=\"Hialeah clinic phone line down (AT&T ticket 24-%07d); redirecting to main line 305-555-0100. Escalated to clinic manager Daniela Ortiz dortiz@coralpointuc.com\"" % R.randint(1, 9999999)]))]


def n_deploy():
    t = CK.tick(1, 120)
    svc, old, new = R.choice([("checkin-api", "3.18.1", "3.18.2"), ("waitq", "2.7.2", "2.7.3"), ("erx-gateway", "1.44.0", "1.44.1"),
                              ("eccf-gateway", "0.19.4", "0.20.0"), ("employer-portal", "5.2.0", "5.2.1")])
    return [F("ci-deploy", '§ deploy § § → § build=§ sha=§ by=§', iso_z(t), svc, old, new, R.randint(1000, 9999), rid(40),
              R.choice(["github-actions", "argocd"]))]


def n_redis():
    t = CK.tick(1, 90)
    return [F("redis", '1:M § * §', t.strftime("%d %b %Y %H:%M:%S.") + "%03d" % (t.microsecond // 1000), R.choice([
        "100 changes in 300 seconds. Saving...", "Background saving started by pid %d" % R.randint(100, 9999), "DB saved on disk",
        "Background saving terminated with success"]))]


def n_staff():
    t = CK.tick(1, 90)
    pr = prov()
    return [F("python-logging", '§ INFO scheduling.roster: § ', py_ts(t), R.choice([
        "shift swap approved: %s %s, %s (NPI %s) covering %s 08:00-20:00; contact %s.%s@coralpointuc.com" % (pr[0], pr[1], pr[2], pr[3], clinic()[2], pr[0][0].lower(), pr[1].lower().replace("-", "")),
        "on-call radiologist today: Dr. Helena Strauss (Coral Teleradiology, 954-555-0137, fax 954-555-0138)",
        "clinic %s opens at 08:00, closes 20:00; main line (305) 555-0100, fax (305) 555-0101" % clinic()[2]]))]


NOISE_BLOCKS = [
    (n_nginx_health, 8), (n_nginx_bot, 4), (n_nginx_err, 2), (n_cf_header, 1), (n_cf_bot, 3), (n_pino, 8), (n_zap, 6),
    (n_logrus, 4), (n_gostd, 3), (n_k8s, 3), (n_prom, 4), (n_syslog, 5), (n_pg, 3), (n_mirth, 3), (n_hl7_ack, 2), (n_dcm, 4),
    (n_astm_qc, 0.5), (n_stripe, 3), (n_pricing, 4), (n_erx_noise, 3), (n_occmed, 3), (n_wc, 2), (n_laravel, 3), (n_callq, 4),
    (n_deploy, 2), (n_redis, 2), (n_staff, 2),
]
SINGLE_NOISE = [n_nginx_health, n_pino, n_zap, n_prom, n_syslog, n_dcm, n_logrus]


def wpick(lst):
    return R.choices([f for f, w in lst], [w for f, w in lst])[0]


def main():
    lines = []
    must = [f for f, w in PHI_BLOCKS]
    R.shuffle(must)
    must_noise = [f for f, w in NOISE_BLOCKS]
    R.shuffle(must_noise)
    while len(lines) < 494:
        phi = sum(1 for ln in lines if ln.sp)
        ratio = phi / len(lines) if lines else 0.0
        if ratio < 0.45:
            fn = must.pop() if must else wpick(PHI_BLOCKS)
        else:
            fn = must_noise.pop() if must_noise else wpick(NOISE_BLOCKS)
        blk = fn()
        if len(lines) + len(blk) > 500:
            continue
        lines.extend(blk)
    while len(lines) < 500:
        lines.extend(R.choice(SINGLE_NOISE)())
    assert len(lines) == 500

    out_log = []
    out_lab = []
    for i, ln in enumerate(lines, 1):
        raw = bytes(ln.b)
        s = raw.decode("utf-8")
        assert s and "\n" not in s and "\r" not in s, (i, s)
        spans = sorted(zip(ln.sp, ln.vals), key=lambda x: x[0][0])
        prev = -1
        for (st, en, cat), val in spans:
            assert raw[st:en] == val, (i, raw[st:en], val)
            assert en > st and st >= prev, (i, st, en)
            prev = en
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": ln.fam,
                                   "spans": [{"s": st, "e": en, "cat": cat} for (st, en, cat), _ in spans]},
                                  ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
