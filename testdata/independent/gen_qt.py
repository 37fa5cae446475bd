#!/usr/bin/env python3
"""gen_qt.py -- synthetic labeled log corpus for a regional eye bank.

Organisation (fictional): Tri-River Eye & Tissue Bank (TREB), 4100 Carrollton
Pike, Suite 200, Huntington WV 25705, serving hospitals in WV / KY / OH.
All people, numbers and addresses are made up.  Output: qt.log, qt.labels.jsonl
(written in the current directory; fixed seed, byte-identical on every run).

Systems simulated (family names used in the labels file)
  referral_json  24/7 referral line intake service (pino-style JSON, ASCII-escaped)
  hl7v2          hospital ADT^A03 (expired) feeds and reference-lab ORU serology,
                 one segment per log line (MSH/EVN/PID/NK1/PV1/IN1/OBR/OBX)
  mirth          Mirth Connect interface-engine log4j lines
  tc_notes       tissue coordinator case notes (NOK authorisation calls, recovery,
                 ME calls; some in Spanish with interpreter)
  drai           Donor Risk Assessment Interview tablet app, logfmt
  txtrack        tissue tracking system (syslog-prefixed key=value events)
  specular       specular microscope (CellChek-type) CSV export
  serology       reference lab pipe-delimited result export
  distribution   tissue order / distribution / recipient traceability CSV
  fhir           recipient outcome follow-up FHIR R4 resources (JSON)
  nginx          access log of surgeon ordering portal and donor-family aftercare portal
  syslog         sshd / CRON / postfix on the Linux hosts
  java_trace     Spring Boot app errors with stack traces (one frame per line)
  pg_audit       PostgreSQL log with pgaudit statements
  hylafax        HylaFAX xferfaxlog (tab separated)
  sms            Twilio webhook JSON (on-call pages, family texts)
  x12_271        Gift-of-Sight charity program eligibility 271 (one segment per line)
  tempmon        cold-storage temperature monitoring pipe rows
  registry_xml   state donor registry (first-person authorisation) SOAP lookups
  courier        medical courier dispatch key=value messages

Labeling decisions (grey cases)
  * Persons served = donors (deceased; still PHI), their next of kin / family /
    household members, and corneal transplant recipients.  Staff (tissue
    coordinators, technicians, nurses who call in referrals, surgeons, ME
    investigators, interpreters), hospitals, labs, couriers, funeral homes and
    TREB itself are not PHI, nor are their phones, faxes, emails, addresses.
  * Identifiers assigned by a hospital / surgery centre (MRN) -> mrn.
    Hospital visit / encounter / account numbers and card numbers -> account.
    Identifiers assigned by TREB or third parties to the person or their
    donation: referral no. (R24-...), donor no. (TREB-24-...), tissue IDs
    (24-0187-OD, derived from the donor no.), ISBT 128 DIN, recipient no.
    (RCP-...), reference-lab accession no., ME case no., FHIR Patient logical
    ids -> other_id.  A TREB order number (ORD-...), courier job / tracking
    numbers, media lot numbers, product codes, recording/file ids -> not PHI.
  * Dates: birth, death (time of death datetime labeled as one date span,
    time included), admission, recovery of tissue from the donor, recipient
    surgery and follow-up visit dates, registry sign-up date -> date.  Tissue
    processing / expiry / lot dates, log record timestamps, lab run times ->
    not PHI.  A time of day alone ("TOD 0214") is not labeled.  Years alone
    (e.g. "DOB yr 1951") are not labeled.
  * Ages: only > 89 labeled (age); referral ages 90+ occur in rule-outs.
  * Initials of a donor / recipient are not used as identifiers in this corpus
    except in the distribution rows' "rcp" name column (full names).
  * A last name alone (SQL WHERE clause, note "Mrs. Frost") is labeled name.
  * Addresses: street + city (one run) -> one address span; a city alone is
    labeled address only when it is part of the person's address; ZIP is its
    own zip span; state never labeled.  Hospital / org / vendor addresses not.
  * URL / request paths containing a donor or recipient identifier are labeled
    as a whole url span (the identifier inside is not labeled separately).
  * IP of a donor family member using the aftercare portal / e-authorisation
    form -> ip.  Surgeon / staff / server IPs not PHI.
  * Implanted device serials of the donor (pacemaker, ICD) -> device.  TREB
    instrument serials, sensor MACs, fleet van VINs -> not PHI.
  * Vehicle of the donor in ME notes (VIN, plate) -> vehicle.
  * Donor identification photo (base64 JPEG of face) -> photo.  Slit-lamp /
    corneal images are not comparable to face images -> not PHI.
  * Placeholder SSNs (999999999) are not labeled; a mistyped but plausible SSN
    of the person is labeled ssn; a Luhn-invalid mistyped card number of a
    family member is still labeled account.
  * Mother's maiden name (PID-6) is a relative's name -> name.
  * County names in a person's address -> address.
"""
import hashlib
import json
import random
import sys
from datetime import datetime, timedelta, date

SEED = 20240311
rng = random.Random(SEED)
OUT_LOG = "qt.log"
OUT_LAB = "qt.labels.jsonl"
N_LINES = 500

# ---------------------------------------------------------------- line builder


class L:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, s):
        self.parts.append((str(s), None))
        return self

    def p(self, s, cat):
        s = str(s)
        assert s, "empty PHI value"
        self.parts.append((s, cat))
        return self

    def build(self):
        buf = bytearray()
        spans = []
        for s, cat in self.parts:
            b = s.encode("utf-8")
            if cat:
                spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": cat, "_v": s})
            buf += b
        return bytes(buf), spans


class P:
    """PHI value inside a JSON structure."""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class M:
    """Mixed string in JSON: parts are str or P."""

    def __init__(self, *parts):
        self.parts = parts


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jemit(l, o, ea=False, sep=(",", ":")):
    if isinstance(o, P):
        if isinstance(o.v, str):
            l.t('"').p(jesc(o.v, ea), o.cat).t('"')
        else:
            l.p(json.dumps(o.v), o.cat)
    elif isinstance(o, M):
        l.t('"')
        for part in o.parts:
            if isinstance(part, P):
                l.p(jesc(part.v, ea), part.cat)
            else:
                l.t(jesc(part, ea))
        l.t('"')
    elif isinstance(o, dict):
        l.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                l.t(sep[0])
            l.t(json.dumps(k) + sep[1])
            jemit(l, v, ea, sep)
        l.t("}")
    elif isinstance(o, list):
        l.t("[")
        for i, v in enumerate(o):
            if i:
                l.t(sep[0])
            jemit(l, v, ea, sep)
        l.t("]")
    else:
        l.t(json.dumps(o, ensure_ascii=ea))
    return l


def seg(l, parts):
    """parts: list of str or (str, cat) -> appended to line."""
    for x in parts:
        if isinstance(x, tuple):
            if x[1] and x[0]:
                l.p(x[0], x[1])
            else:
                l.t(x[0])
        else:
            l.t(x)
    return l


# ---------------------------------------------------------------- checksums


def luhn_digit(partial):
    s = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def npi():
    base = str(rng.choice([1, 2])) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return base + luhn_digit("80840" + base)


def card(prefix, length, valid=True):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    d = luhn_digit(body)
    if not valid:
        d = str((int(d) + 3) % 10)
    return body + d


def ssn(valid=True):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g = rng.randint(1, 99)
    s = rng.randint(1, 9999)
    if not valid:  # typo-like junk: area 666 or group 00
        return "666-%02d-%04d" % (g, s) if rng.random() < 0.5 else "%03d-00-%04d" % (a, s)
    return "%03d-%02d-%04d" % (a, g, s)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi, vds, year_ch, plant):
    serial = "".join(str(rng.randint(0, 9)) for _ in range(6))
    v = wmi + vds + "0" + year_ch + plant + serial
    tot = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    cd = tot % 11
    cd = "X" if cd == 10 else str(cd)
    return v[:8] + cd + v[9:]


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def mbi():
    r = rng
    return (str(r.randint(1, 9)) + r.choice(MBI_L) + r.choice(MBI_AN) + str(r.randint(0, 9)) +
            r.choice(MBI_L) + r.choice(MBI_AN) + str(r.randint(0, 9)) + r.choice(MBI_L) +
            r.choice(MBI_L) + str(r.randint(0, 9)) + str(r.randint(0, 9)))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- vocab

FIRST_F = ["Margaret", "Aaliyah", "Siobhan", "Thanh", "Ingrid", "Priya", "Hye-jin", "Fatima", "Zoë",
           "Marisol", "Wren", "Hope", "Ruby", "Faith", "Violet", "Ngozi", "Anneliese", "Consuelo",
           "Mei-Ling", "Imani", "Birgit", "Dolores", "Lorraine", "Paisley", "Oksana", "Charity",
           "Guadalupe", "Bernadette", "Aiyana", "Ximena", "Joy", "Summer"]
FIRST_M = ["José", "Dmitri", "Kwame", "Bartholomew", "Olusegun", "Teodoro", "Dale", "Grant", "Earl",
           "Lars", "Tomasz", "Yusuf", "Declan", "Gideon", "Raúl", "Clyde", "Hollis", "Lonnie", "Rashid",
           "Bao", "Emeka", "Cornelius", "Jesús", "Royce", "Hunter", "Mason", "Wendell", "Iñaki", "Sherman",
           "Colt", "Ezekiel"]
LAST = ["Whitfield", "García-Robles", "Nguyễn", "Okonkwo", "Van der Berg", "O'Connell", "Ó Súilleabháin",
        "Kowalczyk", "Baker", "Rose", "Frost", "Summers", "Hill", "Church", "Young", "Fox", "De la Cruz",
        "Abernathy-Lowe", "Al-Masri", "Haddad", "Lindqvist", "Papadopoulos", "Mbeki", "Yamamoto",
        "Castillo", "Müller", "Bell", "Marsh", "Stone", "Wolfe", "Pennington-Smythe", "St. Clair",
        "Dubois", "Rahman", "Chowdhury", "Kaczmarek", "Brooks", "Little", "Strong", "Goodnight",
        "Mullins", "Adkins", "Blankenship", "Hatfield", "Triplett", "Villanueva", "dos Santos",
        "Nakamura-Reyes", "Friend", "Sparrow", "Lovely", "Payne", "Cook", "Honeycutt", "Ferreira Lima"]
STREETS = ["Oak St", "Sixth Ave", "Collis Ave", "Norway Ave", "Bradley Rd", "Spring Valley Dr",
           "Hal Greer Blvd", "Rt 2", "Piedmont Rd", "Wiltshire Blvd", "Greenup Ave", "Winchester Ave",
           "Gallia St", "Scioto Trl", "Ohio River Rd", "Kessler Ln", "Honeysuckle Holw", "Mud River Rd",
           "Lick Creek Rd", "Chestnut St", "Depot St", "Paint Creek Rd", "Bethel Church Rd"]
CITIES = [("Huntington", "WV", "257", "Cabell"), ("Barboursville", "WV", "255", "Cabell"),
          ("Milton", "WV", "255", "Cabell"), ("Hurricane", "WV", "255", "Putnam"),
          ("Charleston", "WV", "253", "Kanawha"), ("Point Pleasant", "WV", "255", "Mason"),
          ("Ashland", "KY", "411", "Boyd"), ("Catlettsburg", "KY", "411", "Boyd"),
          ("Grayson", "KY", "411", "Carter"), ("Portsmouth", "OH", "456", "Scioto"),
          ("Ironton", "OH", "456", "Lawrence"), ("Proctorville", "OH", "456", "Lawrence"),
          ("Gallipolis", "OH", "456", "Gallia"), ("Wheelersburg", "OH", "456", "Scioto"),
          ("Chillicothe", "OH", "456", "Ross"), ("Salt Rock", "WV", "255", "Cabell")]
AREA = {"WV": ["304", "681"], "KY": ["606"], "OH": ["740", "220"]}

HOSPITALS = [
    {"code": "SBMC", "name": "St. Brendan Medical Center", "fac": "SBMC_HUN", "mrnp": "", "mrnlen": 8,
     "phone": "(304) 526-2000", "fax": "+1 304 526 2190"},
    {"code": "OVRH", "name": "Ohio Valley Regional Hospital", "fac": "OVRH", "mrnp": "E", "mrnlen": 7,
     "phone": "(740) 356-5000", "fax": "+1 740 356 5591"},
    {"code": "KGEN", "name": "Kanawha General Hospital", "fac": "KGH", "mrnp": "KG", "mrnlen": 9,
     "phone": "(304) 388-5432", "fax": "+1 304 388 7710"},
    {"code": "MTCH", "name": "Mercy Tri-County Hospital", "fac": "MTC", "mrnp": "M", "mrnlen": 8,
     "phone": "(606) 408-4000", "fax": "+1 606 408 4471"},
    {"code": "LVAM", "name": "Lakeview VA Medical Center", "fac": "VA581", "mrnp": "", "mrnlen": 10,
     "phone": "(304) 429-6741", "fax": "+1 304 429 0290"},
    {"code": "PMEM", "name": "Portsmouth Memorial Hospital", "fac": "PMH", "mrnp": "PM", "mrnlen": 7,
     "phone": "(740) 991-4000", "fax": "+1 740 991 4012"},
]
UNITS = ["MICU", "SICU", "CVICU", "ED", "4 West", "Neuro ICU", "Med-Surg 5", "Hospice", "PCU"]
CODS = ["CVA", "MI", "cardiac arrest", "COPD exacerbation", "sepsis", "MVC - blunt trauma",
        "anoxic brain injury", "CHF", "ICH", "GSW", "overdose", "pulmonary embolism", "ESRD"]
STAFF = ["Tasha Redmond", "Brian Kessler", "Maya Oyelaran", "Curtis Pauley", "Jenna Scarberry",
         "Luis Echeverría", "Ashlyn Dempsey", "Noah Varghese", "Kristen Boggess", "Trey Workman"]
STAFF_ID = {n: n.split()[0][0] + n.split()[1].replace("í", "i") for n in STAFF}
NURSES = ["RN Kayla Osei", "RN Derek Staats", "RN Amber Sowards", "RN Maribel Quiñones",
          "Chaplain Ron Easter", "RN Whitney Lusher", "House Sup. Gail Pinson"]
SURGEONS = [("Anjali", "Mehta"), ("Robert", "Han"), ("Lucía", "Ferraro"), ("Samuel", "Boateng"),
            ("Elizabeth", "Carrico"), ("Viktor", "Ilyin"), ("Grace", "Fairchild")]
SURG_NPI = {s: npi() for s in SURGEONS}
CENTERS = ["Tri-State Eye Surgery Center", "Ashland Eye Institute", "Kanawha Valley Eye Associates",
           "Scioto Vision ASC", "St. Brendan Medical Center OR", "Marshall Health Ophthalmology"]
RELS = ["spouse", "son", "daughter", "sister", "brother", "mother", "father", "niece", "grandson",
        "legal guardian", "domestic partner"]
REL_ES = {"spouse": "esposo(a)", "son": "hijo", "daughter": "hija", "sister": "hermana", "brother": "hermano",
          "mother": "madre", "father": "padre", "niece": "sobrina", "grandson": "nieto",
          "legal guardian": "tutor legal", "domestic partner": "pareja"}
EMAIL_DOM = ["gmail.com", "yahoo.com", "frontier.com", "suddenlink.net", "outlook.com", "icloud.com",
             "windstream.net", "aol.com"]
INSURERS = [("Highmark BCBS WV", "54771"), ("Humana Gold Plus", "61101"), ("Aetna Better Health KY", "128KY"),
            ("CareSource Ohio", "31114"), ("UniCare WV Medicaid", "80314"), ("Medicare Part A", "MCRA")]

BASE = datetime(2024, 3, 11, 0, 0, 3)


def phone(st, fmt=None):
    a = rng.choice(AREA[st])
    ex = rng.randint(201, 989)
    n = rng.randint(0, 9999)
    fmt = fmt or rng.choice(["({a}) {e}-{n}", "{a}-{e}-{n}", "{a}.{e}.{n}", "{a}{e}{n}", "+1{a}{e}{n}"])
    return fmt.format(a=a, e="%03d" % ex, n="%04d" % n)


def rand_date(y0, y1):
    d0 = date(y0, 1, 1).toordinal()
    d1 = date(y1, 12, 28).toordinal()
    return date.fromordinal(rng.randint(d0, d1))


def email_for(f, l):
    base = (f + "." + l).lower()
    for a, b in [("é", "e"), ("ü", "u"), ("ó", "o"), ("ú", "u"), ("á", "a"), ("í", "i"), ("ñ", "n"),
                 ("ë", "e"), ("ễ", "e"), ("'", ""), (" ", ""), ("-", "")]:
        base = base.replace(a, b)
    style = rng.random()
    if style < 0.3:
        base = base.replace(".", "") + str(rng.randint(1, 99))
    elif style < 0.5:
        base = base[0] + base.split(".", 1)[1]
    return base + "@" + rng.choice(EMAIL_DOM)


def person(sex=None):
    sex = sex or rng.choice("MF")
    f = rng.choice(FIRST_M if sex == "M" else FIRST_F)
    l = rng.choice(LAST)
    mi = rng.choice("ABCDEFGHJKLMNPRSTW")
    city, st, zp, county = rng.choice(CITIES)
    return {"first": f, "last": l, "mi": mi, "sex": sex,
            "street": "%d %s" % (rng.randint(3, 9899), rng.choice(STREETS)),
            "city": city, "st": st, "zip": zp + "%02d" % rng.randint(1, 99), "county": county,
            "phone": phone(st)}


# ---------------------------------------------------------------- case pools

DONORS = []
for i in range(34):
    d = person()
    hosp = rng.choice(HOSPITALS)
    d["hosp"] = hosp
    if rng.random() < 0.18:
        d["age"] = rng.randint(90, 97)
    else:
        d["age"] = rng.randint(19, 78)
    dod = BASE - timedelta(hours=rng.randint(1, 20)) + timedelta(hours=rng.randint(0, 22), minutes=rng.randint(0, 59))
    d["dod"] = dod.replace(second=0, microsecond=0)
    d["dob"] = date(dod.year - d["age"] - 1, rng.randint(1, 12), rng.randint(1, 28)) \
        if rng.random() < 0.5 else date(dod.year - d["age"], 1, rng.randint(1, 28))
    d["admit"] = (d["dod"] - timedelta(days=rng.randint(0, 12), hours=rng.randint(1, 10))).replace(minute=rng.randint(0, 59))
    d["mrn"] = hosp["mrnp"] + digits(hosp["mrnlen"] - len(hosp["mrnp"]))
    d["acct"] = rng.choice(["V", "A", "H"]) + digits(9)
    d["ssn"] = ssn(valid=rng.random() > 0.1)
    d["ref"] = "R24-%06d" % (31000 + i * 7 + rng.randint(0, 5))
    n = 170 + i
    d["dnum"] = "TREB-24-%04d" % n
    d["tis"] = ["24-%04d-OD" % n, "24-%04d-OS" % n]
    d["din"] = "W0472 24 %06d" % (800 + n)
    d["acc"] = "VRL24%02d%02d%04d" % (3, 11, rng.randint(1, 9999))
    d["me"] = "ME-%s-%05d" % (rng.choice(["CAB", "KAN", "SCI", "BOY"]), rng.randint(100, 2400)) if rng.random() < 0.7 else None
    rel = rng.choice(RELS)
    nk = person({"son": "M", "brother": "M", "father": "M", "grandson": "M", "daughter": "F", "sister": "F",
                 "mother": "F", "niece": "F"}.get(rel))
    nk["rel"] = rel
    if nk["rel"] in ("spouse", "son", "daughter", "grandson") and rng.random() < 0.7:
        nk["last"] = d["last"]
    nk["email"] = email_for(nk["first"], nk["last"])
    if rng.random() < 0.6:  # lives at same address
        for k in ("street", "city", "st", "zip", "county"):
            nk[k] = d[k]
    nk["phone"] = phone(nk["st"])
    nk["ip"] = "%d.%d.%d.%d" % (rng.choice([24, 47, 68, 71, 98, 104, 173, 174]), rng.randint(0, 255),
                                rng.randint(0, 255), rng.randint(1, 254))
    d["nok"] = nk
    d["dl"] = {"WV": lambda: rng.choice("ABCDEFGHJ") + digits(6), "KY": lambda: rng.choice("ABCDEFGHJKLMNPS") + digits(8),
               "OH": lambda: rng.choice(["RS", "SL", "TK", "UB", "PQ"]) + digits(6)}[d["st"]]()
    d["plan"] = rng.choice(INSURERS)
    d["memid"] = mbi() if d["plan"][0].startswith(("Medicare", "Humana")) else rng.choice(["YJH", "ZWV", "XKA", ""]) + digits(9)
    d["maiden"] = rng.choice(LAST)
    d["cod"] = rng.choice(CODS)
    d["unit"] = rng.choice(UNITS)
    d["mother_name"] = rng.random() < 0.3
    DONORS.append(d)

RECIPS = []
for i in range(22):
    r = person()
    r["dob"] = rand_date(1938, 2004)
    r["rid"] = "RCP-%05d" % (4100 + i * 13)
    r["mrn"] = rng.choice(["E", "", "TS"]) + digits(7)
    r["surg"] = rng.choice(SURGEONS)
    r["ctr"] = rng.choice(CENTERS)
    r["sdate"] = (BASE + timedelta(days=rng.randint(-400, -1))).date()
    r["fhir"] = "rcp-" + hexs(6)
    r["mcaid"] = rng.choice(["0", "1", "5"]) + digits(10)
    r["mbi"] = mbi()
    r["proc"] = rng.choice(["PK", "DSAEK", "DMEK", "ALK", "KPro", "patch graft"])
    RECIPS.append(r)


def D():
    return rng.choice(DONORS)


def R():
    return rng.choice(RECIPS)


def fullname(x, style="fl"):
    if style == "fl":
        return "%s %s" % (x["first"], x["last"])
    if style == "lf":
        return "%s, %s" % (x["last"], x["first"])
    if style == "fml":
        return "%s %s. %s" % (x["first"], x["mi"], x["last"])
    if style == "LF":
        return "%s, %s" % (x["last"].upper(), x["first"].upper())


def hl7name(x):
    return "%s^%s^%s" % (x["last"].upper(), x["first"].upper(), x["mi"])


# ---------------------------------------------------------------- generators
# each returns list of L (one per physical line); ts = datetime of record


def g_referral(ts):
    d = D()
    ms = int(ts.timestamp() * 1000) + rng.randint(0, 999)
    base = {"level": 30, "time": ms, "pid": 2211, "hostname": "refline-app-0%d" % rng.randint(1, 2),
            "svc": "referral-intake", "v": "3.14.2"}
    r = rng.random()
    l = L("referral_json")
    if r < 0.35:
        o = dict(base)
        o.update({"msg": "referral.created", "reqId": uuid4(), "ref_no": P(d["ref"], "other_id"),
                  "src": {"facility": d["hosp"]["name"], "unit": d["unit"], "caller": rng.choice(NURSES),
                          "cb": d["hosp"]["phone"]},
                  "pt": {"name": P(fullname(d, rng.choice(["fl", "lf", "LF"])), "name"),
                         "dob": P(d["dob"].strftime(rng.choice(["%Y-%m-%d", "%m/%d/%Y"])), "date"),
                         "sex": d["sex"], "age": P(d["age"], "age") if d["age"] > 89 else d["age"],
                         "mrn": P(d["mrn"], "mrn")},
                  "tod": P(d["dod"].strftime("%Y-%m-%dT%H:%M:00"), "date"),
                  "vent": rng.random() < 0.3, "cod": d["cod"], "screen": "tissue_eye"})
    elif r < 0.55:
        o = dict(base)
        if d["age"] > 89:
            o.update({"level": 30, "msg": "referral.ruled_out", "ref_no": P(d["ref"], "other_id"),
                      "reason": M("age ", P(str(d["age"]), "age"), " exceeds eye acceptance criteria (max 80)"),
                      "by": STAFF_ID[rng.choice(STAFF)]})
        else:
            o.update({"msg": "referral.triaged", "ref_no": P(d["ref"], "other_id"),
                      "outcome": rng.choice(["eye_suitable", "ruled_out_sepsis", "ruled_out_hiv_risk",
                                             "pending_me", "pending_nok", "ruled_out_time"]),
                      "tc": STAFF_ID[rng.choice(STAFF)], "elapsed_ms": rng.randint(40, 900)})
    else:
        o = dict(base)
        kind = rng.choice(["queue", "http", "recording", "shift"])
        if kind == "queue":
            o.update({"msg": "queue depth", "queue": "triage", "depth": rng.randint(0, 6),
                      "oldest_s": rng.randint(0, 1800)})
        elif kind == "http":
            o.update({"msg": "request completed", "req": {"method": "POST", "url": "/v2/referrals/score",
                                                          "id": uuid4()},
                      "res": {"statusCode": rng.choice([200, 200, 201, 422])}, "responseTime": rng.randint(4, 300)})
        elif kind == "recording":
            o.update({"msg": "call.recording.saved", "rec_id": "CR" + digits(10),
                      "bytes": rng.randint(200000, 9000000), "codec": "opus", "bucket": "treb-callrec-prod"})
        else:
            o.update({"level": 40, "msg": "on-call roster gap", "from": "02:00", "to": "04:00",
                      "role": "recovery_tech", "notify": "ops@trieyebank.org"})
    jemit(l, o, ea=True)
    return [l]


def hl7_ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def g_adt(ts):
    d = D()
    h = d["hosp"]
    ctl = "%s%s" % (h["code"], digits(8))
    lines = []
    l = L("hl7v2").t("MSH|^~\\&|EPIC|%s|MIRTH|TREB|%s||ADT^A03^ADT_A03|%s|P|2.5.1|||AL|NE" % (
        h["fac"], hl7_ts(ts), ctl))
    lines.append(l)
    lines.append(L("hl7v2").t("EVN|A03|%s|||%s^%s^%s" % (hl7_ts(ts), digits(6), "INTERFACE", "ADT")))
    l = L("hl7v2").t("PID|1||").p(d["mrn"], "mrn").t("^^^%s^MR" % h["fac"])
    if rng.random() < 0.5:
        l.t("~").p(d["ssn"].replace("-", ""), "ssn").t("^^^SSA^SS")
    l.t("||").p(hl7name(d), "name").t("|")
    if d["mother_name"]:
        l.p(d["maiden"].upper(), "name")
    l.t("|").p(d["dob"].strftime("%Y%m%d"), "date").t("|%s||2106-3^White^CDCREC|" % d["sex"])
    l.p(d["street"].upper() + "^^" + d["city"].upper(), "address").t("^%s^" % d["st"]).p(d["zip"], "zip")
    l.t("^USA^H|")
    if rng.random() < 0.4:
        l.p(d["county"].upper(), "address")
    ph = "".join(c for c in d["phone"] if c.isdigit())[-10:]
    l.t("|^PRN^PH^^1^").p(ph[:3] + "^" + ph[3:], "phone").t("||eng|%s|||" % rng.choice("MSWD"))
    l.p(d["acct"], "account").t("|")
    ss = d["ssn"].replace("-", "")
    if rng.random() < 0.2:
        l.t("999999999")
    else:
        l.p(ss, "ssn")
    l.t("|")
    if rng.random() < 0.3:
        l.p(d["dl"], "license").t("^%s" % d["st"])
    l.t("||N^Not Hispanic^HL70189||||||||").p(hl7_ts(d["dod"])[:12], "date").t("|Y")
    lines.append(l)
    if rng.random() < 0.6:
        nk = d["nok"]
        l = L("hl7v2").t("NK1|1|").p(hl7name(nk), "name").t("|%s^%s^HL70063|" % (
            nk["rel"][:3].upper(), nk["rel"].title()))
        l.p(nk["street"] + "^^" + nk["city"], "address").t("^%s^" % nk["st"]).p(nk["zip"], "zip").t("|")
        ph = "".join(c for c in nk["phone"] if c.isdigit())[-10:]
        l.p("(%s)%s-%s" % (ph[:3], ph[3:6], ph[6:]), "phone").t("||NOK^Next of Kin")
        lines.append(l)
    s = rng.choice(SURGEONS + [("Paul", "Adeyemi"), ("Karen", "Whitt")])
    l = L("hl7v2").t("PV1|1|I|%s^%s^%s^%s||||%s^%s^%s^^^^MD|||MED||||||||IP|" % (
        d["unit"].replace(" ", ""), rng.randint(100, 620), rng.randint(1, 2), h["fac"],
        npi(), s[1].upper(), s[0].upper()))
    l.p(d["acct"], "account").t("^^^%s^VN|||||||||||||||||20^Expired||||||||" % h["fac"])
    l.p(hl7_ts(d["admit"])[:12], "date").t("|").p(hl7_ts(d["dod"])[:12], "date")
    lines.append(l)
    if rng.random() < 0.35:
        ins, payer = d["plan"]
        l = L("hl7v2").t("IN1|1|%s|%s|%s|||||||||||" % (payer, payer, ins.upper()))
        l.p(hl7name(d), "name").t("|SEL|").p(d["dob"].strftime("%Y%m%d"), "date")
        l.t("|||||||||||||||||").p(d["memid"], "health_plan")
        lines.append(l)
    return lines


def g_oru(ts):
    d = D()
    lines = [L("hl7v2").t("MSH|^~\\&|VRL_LIS|VRL_FREDERICK|MIRTH|TREB|%s||ORU^R01^ORU_R01|VRL%s|P|2.5.1" % (
        hl7_ts(ts), digits(9)))]
    l = L("hl7v2").t("PID|1||").p(d["dnum"], "other_id").t("^^^TREB^DN||")
    l.p(hl7name(d), "name").t("||").p(d["dob"].strftime("%Y%m%d"), "date").t("|%s" % d["sex"])
    lines.append(l)
    l = L("hl7v2").t("OBR|1||").p(d["acc"], "other_id").t("^VRL|DONSCR^Donor Infectious Disease Panel^L|||")
    l.t("%s|||||||%s|PLASMA&Plasma, post-mortem&HL70070|||||||||||F" % (hl7_ts(ts - timedelta(hours=5))[:12],
                                                                      hl7_ts(ts - timedelta(hours=3))[:12]))
    lines.append(l)
    tests = [("HBsAg", "5196-1"), ("Anti-HCV", "13955-0"), ("HIV-1/2 Ag/Ab", "56888-1"),
             ("Anti-HBc", "16933-4"), ("HCV NAT", "11259-9"), ("RPR", "20507-0")]
    for i, (t, lo) in enumerate(rng.sample(tests, rng.randint(2, 4))):
        res = "Non-Reactive" if rng.random() < 0.93 else "Reactive"
        lines.append(L("hl7v2").t("OBX|%d|ST|%s^%s^LN||%s||||||F|||%s|VRL^%s" % (
            i + 1, lo, t, res, hl7_ts(ts - timedelta(minutes=rng.randint(10, 90))),
            rng.choice(["Alinity s", "cobas 6800", "Procleix Panther", "ASI Evolution"]))))
    return lines


def g_mirth(ts):
    stamp = ts.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % rng.randint(0, 999)
    ch = rng.choice(["ADT_IN_SBMC", "ADT_IN_OVRH", "ADT_IN_KGH", "ORU_IN_VRL", "ADT_IN_MTC", "TXTRACK_OUT"])
    r = rng.random()
    l = L("mirth")
    if r < 0.12:
        d = D()
        l.t("[%s]  WARN  (com.mirth.connect.server.transformers.JavaScriptFilterStep:207): [%s] filter rejected msg %d: PID-30 != Y for MRN " % (
            stamp, ch, rng.randint(10000, 99999)))
        l.p(d["mrn"], "mrn")
    elif r < 0.5:
        l.t("[%s]  INFO  (com.mirth.connect.donkey.server.channel.Channel:1419): [%s] processed message %d in %d ms" % (
            stamp, ch, rng.randint(10000, 99999), rng.randint(3, 200)))
    elif r < 0.7:
        l.t("[%s]  INFO  (com.mirth.connect.connectors.tcp.TcpReceiver:%d): [%s] connection accepted from %s:%d" % (
            stamp, rng.randint(300, 700), ch, rng.choice(["10.40.2.17", "10.40.2.18", "172.20.8.4"]), rng.randint(30000, 60000)))
    elif r < 0.85:
        l.t("[%s]  ERROR (com.mirth.connect.connectors.tcp.TcpDispatcher:588): [%s] ACK AE received: MSA|AE|%s|Unknown segment ZPD" % (
            stamp, ch, "MSG" + digits(8)))
    else:
        l.t("[%s]  INFO  (com.mirth.connect.server.controllers.DefaultChannelController:%d): Channel %s deployed (revision %d, mirth 4.4.1)" % (
            stamp, rng.randint(100, 400), ch, rng.randint(2, 60)))
    return [l]


def tcname():
    return rng.choice(STAFF)


def g_notes(ts):
    d = D()
    nk = d["nok"]
    tc = tcname()
    l = L("tc_notes").t("%s [TC %s] " % (ts.strftime("%m/%d/%Y %H:%M"), tc))
    r = rng.random()
    if r < 0.25:
        l.t("Ref ").p(d["ref"], "other_id").t(": spoke w/ NOK ").p(fullname(nk), "name")
        l.t(" (%s) at " % nk["rel"]).p(nk["phone"], "phone")
        l.t(". %s Verbal auth recorded, witness %s." % (
            rng.choice(["Authorized corneas only, declined sclera.", "Authorized whole eyes for research + corneas.",
                        "Auth for corneas; family asks no open casket concerns -- reassured.",
                        "Authorized corneas, requested aftercare packet by email."]), rng.choice(STAFF)))
        if rng.random() < 0.4:
            l.t(" Packet to ").p(nk["email"], "email")
    elif r < 0.37:
        l.t("Ref ").p(d["ref"], "other_id").t(": NOK prefiere español; intérprete LanguageLine #%s. " % digits(5))
        l.p(fullname(nk), "name").t(" (%s) autoriza donación de córneas. Dirección para carta: " % REL_ES[nk["rel"]])
        l.p("%s, %s" % (nk["street"], nk["city"]), "address").t(", %s " % nk["st"]).p(nk["zip"], "zip")
    elif r < 0.47:
        l.t("Ref ").p(d["ref"], "other_id").t(": LVM x2 for NOK ").p(fullname(nk, "fl").split(" ")[0] + " " + nk["last"], "name")
        l.t(" at ").p(nk["phone"], "phone").t("; hospital (%s) says family left at shift change. Will retry." % d["hosp"]["phone"])
    elif r < 0.57:
        l.t("Recovery ").p(d["dnum"], "other_id").t(" at %s morgue. ID band checked vs MRN " % d["hosp"]["name"])
        l.p(d["mrn"], "mrn").t(" and DOB ").p(d["dob"].strftime("%m/%d/%Y"), "date")
        if rng.random() < 0.5:
            l.t(". PPM in situ (Medtronic SN ").p("PJN" + digits(6) + "H", "device").t(") - ME notified")
        rat = d["dod"] + timedelta(hours=rng.randint(2, 9), minutes=rng.randint(0, 59))
        if rat > ts:
            rat = ts - timedelta(minutes=rng.randint(5, 40))
        l.t(". Enucleation OU complete ").p(rat.strftime("%m/%d %H%M"), "date")
    elif r < 0.67 and d["me"]:
        l.t("ME inv. Cheryl Vance called re ").p(d["me"], "other_id").t(" (decedent ").p(fullname(d, "LF"), "name")
        v = vin(rng.choice(["1FTFW1", "2GCEK1", "1C4RJF", "3N1AB7"]), rng.choice(["ET", "9T", "AG", "AP"]),
                rng.choice("DEFGHJ"), rng.choice("FKABL"))
        l.t("): MVC driver, VIN ").p(v, "vehicle").t(" plate %s " % d["st"]).p(
            "%s%s-%s" % (rng.choice("ABCDEFGHKLMN"), rng.choice("ABCDEFGHKLMN"), digits(4)), "vehicle")
        l.t("; releases eyes, no globe injury per scene photos.")
    elif r < 0.72:
        l.t("Ref ").p(d["ref"], "other_id").t(": NOK ").p(fullname(nk), "name").t(" declined donation (%s). Closed." % rng.choice(
            ["religious reasons", "\"he suffered enough\"", "family disagreement", "timing w/ funeral"]))
    elif r < 0.80:
        e = rng.choice([x for x in DONORS if x["age"] > 89])
        l.t("Ref ").p(e["ref"], "other_id").t(": %s called from %s, pt " % (rng.choice(NURSES), e["hosp"]["code"]))
        l.p(str(e["age"]), "age").t(" y/o %s, %s. Ruled out for ocular (age > 80 per medical director policy MD-07)." % (e["sex"], e["cod"]))
    else:
        l.t(rng.choice([
            "Shift handoff: %d open referrals, %d pending ME release, %d awaiting serology." % (rng.randint(1, 6), rng.randint(0, 2), rng.randint(0, 4)),
            "Recovery kit K-%s restocked; Optisol-GS lot OG24%s, exp 2024-09-30." % (digits(3), digits(5)),
            "Called SBMC house sup re: morgue key card access for recovery techs; ticket %s." % ("INC" + digits(7)),
            "Van #2 tire pressure light on, logged with fleet (odometer %d)." % rng.randint(40000, 90000),
            "Reminder: EBAA inspection prep Thursday; pull 10 random donor charts.",
            "Dr. %s requests DMEK pre-stripped tissue for Friday list (ORD-%s)." % (rng.choice(SURGEONS)[1], digits(5))]))
    return [l]


def g_drai(ts):
    d = D()
    nk = d["nok"]
    base = "ts=%s app=drai-tablet dev=tab-%02d build=4.2.%d " % (
        ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % rng.randint(0, 999), rng.randint(1, 12), rng.randint(0, 9))
    l = L("drai").t(base)
    r = rng.random()
    if r < 0.25:
        l.t("evt=interview_start form=DRAI-Adult-v4 ref=").p(d["ref"], "other_id")
        l.t(" respondent=\"").p(fullname(nk), "name").t("\" rel=%s knows_donor_yrs=%d resp_phone=" % (
            nk["rel"], rng.randint(2, 50))).p(nk["phone"], "phone").t(" interviewer=%s" % STAFF_ID[tcname()])
    elif r < 0.55:
        q = rng.choice(["Q07_travel_uk_1980_96", "Q12_iv_drug_use", "Q14_sex_for_money", "Q18_tattoo_12mo",
                        "Q21_incarceration_72h", "Q25_hepatitis_contact", "Q30_dementia_dx", "Q33_eye_surgery_lasik"])
        l.t("evt=answer ref=").p(d["ref"], "other_id").t(" q=%s ans=%s" % (q, rng.choice(["N", "N", "N", "Y", "UNK"])))
        if rng.random() < 0.3:
            l.t(" comment=\"%s\"" % rng.choice(["LASIK both eyes ~2009", "tattoo at licensed shop in Ashland",
                                                 "unsure, was not living w/ donor then"]))
    elif r < 0.65:
        l.t("evt=interview_complete ref=").p(d["ref"], "other_id").t(" dur_s=%d flags=%d signed=true" % (
            rng.randint(600, 2400), rng.randint(0, 2)))
    else:
        l.t(rng.choice(["evt=sync_ok queued=0 bytes=%d" % rng.randint(1000, 90000),
                        "evt=form_loaded form=DRAI-Adult-v4 sha256=%s" % hexs(16),
                        "evt=battery level=%d" % rng.randint(8, 100),
                        "evt=sync_retry err=\"ETIMEDOUT 52.14.%d.%d:443\"" % (rng.randint(0, 255), rng.randint(1, 254))]))
    return [l]


def g_txtrack(ts):
    d = D()
    pre = "%s txtrack-app01 txtrack[%d]: " % (ts.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "-04:00", rng.randint(3000, 3400))
    l = L("txtrack").t(pre)
    r = rng.random()
    eye = rng.choice([0, 1])
    tis = d["tis"][eye]
    if r < 0.2:
        l.t("evt=TISSUE_RECOVERED tissue_id=").p(tis, "other_id").t(" donor=").p(d["dnum"], "other_id")
        l.t(" din=\"").p(d["din"], "other_id").t("\" prod=V0091 recovered_at=")
        rat = d["dod"] + timedelta(hours=rng.randint(2, 9), minutes=rng.randint(0, 59))
        if rat > ts:
            rat = ts - timedelta(minutes=rng.randint(20, 90))
        l.p(rat.strftime("%Y-%m-%dT%H:%M"), "date")
        l.t(" media=Optisol-GS lot=OG24%s tech=%s" % (digits(5), STAFF_ID[tcname()]))
    elif r < 0.35:
        l.t("evt=QC_RELEASE tissue_id=").p(tis, "other_id").t(" ecd=%d pachy_um=%d grade=%s exp=2024-03-%02d md=%s" % (
            rng.randint(2200, 3400), rng.randint(510, 600), rng.choice(["Excellent", "Very Good", "Good"]),
            rng.randint(20, 28), "ECarrico"))
    elif r < 0.42:
        l.t("evt=ATTACHMENT donor=").p(d["dnum"], "other_id").t(" kind=id_verification mime=image/jpeg b64=")
        b = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(60)) + "=="
        l.p(b, "photo").t(" trunc=true")
    elif r < 0.5:
        l.t("evt=ATTACHMENT tissue_id=").p(tis, "other_id").t(" kind=slit_lamp mime=image/png file=SL_%s.png sha1=%s" % (digits(6), hexs(40)))
    elif r < 0.58:
        l.t("evt=LABEL_PRINT tissue_id=").p(tis, "other_id").t(" printer=zebra-zt411-proc copies=2 isbt_prod=V0091 ok")
    else:
        l.t(rng.choice([
            "evt=INVENTORY_SNAPSHOT avail_pk=%d avail_dsaek=%d avail_dmek=%d quarantine=%d" % (
                rng.randint(0, 12), rng.randint(0, 8), rng.randint(0, 6), rng.randint(0, 9)),
            "evt=SESSION_LOGIN user=%s role=processing src=10.20.4.%d" % (STAFF_ID[tcname()], rng.randint(10, 90)),
            "evt=BACKUP_OK target=s3://treb-txtrack-backup/%s size_mb=%d" % (ts.strftime("%Y/%m/%d"), rng.randint(300, 900)),
            "evt=MEDIA_LOT_RECEIVED lot=OG24%s qty=%d vendor=\"Bausch + Lomb\" exp=2024-10-31" % (digits(5), rng.randint(20, 120)),
            "evt=SCHEDULER job=expire_check expired=%d next_run=%s" % (rng.randint(0, 2), (ts + timedelta(hours=1)).strftime("%H:%M"))]))
    return [l]


def g_specular(ts):
    d = D()
    eye = rng.choice([0, 1])
    l = L("specular")
    if rng.random() < 0.7:
        l.t("%s,CellChek-D,SN41877,%s," % (ts.strftime("%Y/%m/%d %H:%M:%S"), "REC"))
        l.p(d["tis"][eye], "other_id").t(",%s,%d,%d,%d,%.2f,%s" % (
            ["OD", "OS"][eye], rng.randint(2100, 3500), rng.randint(24, 42), rng.randint(45, 70),
            rng.uniform(0.48, 0.62), rng.choice(["BK", "MO", "JS", "NV"])))
    else:
        l.t("%s,CellChek-D,SN41877,%s,%s" % (ts.strftime("%Y/%m/%d %H:%M:%S"), rng.choice(["CAL", "SYS"]),
                                            rng.choice(["calibration bead OK,ECD_ref=2500,dev=+0.8%",
                                                        "firmware 2.07.3,lamp hours 1842",
                                                        "export batch ok,rows=12"])))
    return [l]


def g_serology(ts):
    d = D()
    l = L("serology")
    if rng.random() < 0.75:
        l.t("VRL|").p(d["acc"], "other_id").t("|").p(d["dnum"], "other_id").t("|%s|%s|%s|lot %s|%s" % (
            rng.choice(["HBsAg", "HBcAb", "HCV Ab", "HIV-1/2 Ag/Ab", "HCV/HBV/HIV NAT", "Syphilis TP"]),
            "Non-Reactive" if rng.random() < 0.95 else "Reactive",
            rng.choice(["Abbott Alinity s", "Roche cobas 6800", "Grifols Procleix Panther"]),
            digits(5) + rng.choice("ABCD"), ts.strftime("%Y-%m-%dT%H:%M")))
    else:
        l.t("VRL|QC|batch=%s|run=%s|controls=PASS|analyst=%s|%s" % (
            "B" + digits(6), rng.choice(["Alinity-02", "cobas-01", "Panther-03"]), rng.choice(["mfuentes", "tkhan", "jdoyle"]),
            ts.strftime("%Y-%m-%dT%H:%M")))
    return [l]


def g_dist(ts):
    r = R()
    d = D()
    s = r["surg"]
    l = L("distribution")
    x = rng.random()
    if x < 0.4:
        l.t("DIST,%s," % ts.strftime("%Y-%m-%d")).p(d["tis"][rng.choice([0, 1])], "other_id")
        l.t(",%s,\"%s, %s MD\",%s,%s," % (r["proc"], s[1], s[0], SURG_NPI[s], r["ctr"]))
        l.p((BASE + timedelta(days=rng.randint(1, 6))).strftime("%Y-%m-%d"), "date").t(",\"")
        l.p(fullname(r, "lf"), "name").t("\",").p(r["dob"].strftime("%m/%d/%Y"), "date").t(",").p(r["mrn"], "mrn")
        l.t(",").p(r["rid"], "other_id")
    elif x < 0.6:
        l.t("ORDER,%s,ORD-%s,%s,\"%s, %s MD\",%s,surg_dt=" % (ts.strftime("%Y-%m-%d"), digits(5), r["proc"], s[1], s[0], r["ctr"]))
        l.p((BASE + timedelta(days=rng.randint(1, 6))).strftime("%Y-%m-%d"), "date").t(",ecd_min=2300,age_max=75,status=OPEN")
    elif x < 0.7:
        l.t("RETURN,%s,ORD-%s,reason=case cancelled,tissue_reissue=Y,credit=$%d.00" % (ts.strftime("%Y-%m-%d"), digits(5), rng.choice([2850, 3300, 3650])))
    else:
        l.t("INVOICE,%s,INV-24-%s,%s,%s,$%d.00,net30,PO %s" % (ts.strftime("%Y-%m-%d"), digits(5), r["ctr"],
                                                              rng.choice(["V0091 cornea PK", "V0098 DSAEK precut", "V0102 DMEK prestripped"]),
                                                              rng.choice([2850, 3300, 3650, 3950]), digits(7)))
    return [l]


def g_fhir(ts):
    r = R()
    l = L("fhir")
    x = rng.random()
    if x < 0.45:
        visit = r["sdate"] + timedelta(days=rng.choice([1, 7, 30, 90, 180, 365]))
        if visit > ts.date():
            visit = r["sdate"] + timedelta(days=1)
        if visit > ts.date():
            visit = r["sdate"]
        o = {"resourceType": "Observation", "id": "obs-" + hexs(10), "meta": {"lastUpdated": ts.strftime("%Y-%m-%dT%H:%M:%S-04:00")},
             "status": "final",
             "code": {"coding": [{"system": "http://treb.org/fhir/CodeSystem/outcome", "code": rng.choice(["graft-clarity", "bcva", "rejection-episode", "iop"])}]},
             "subject": {"reference": P("Patient/" + r["fhir"], "other_id"),
                         "display": P(fullname(r), "name")},
             "effectiveDateTime": P(visit.strftime("%Y-%m-%d"), "date"),
             "valueString": rng.choice(["clear", "20/40", "20/60", "mild haze", "none", "18 mmHg"]),
             "performer": [{"display": "Dr. %s %s" % r["surg"]}]}
    elif x < 0.65:
        o = {"resourceType": "Patient", "id": P(r["fhir"], "other_id"),
             "identifier": [{"system": "urn:treb:recipient", "value": P(r["rid"], "other_id")},
                            {"system": "urn:oid:2.16.840.1.113883.3.%d" % rng.randint(1000, 9999), "type": {"text": "MRN"}, "value": P(r["mrn"], "mrn")}],
             "name": [{"family": P(r["last"], "name"), "given": [P(r["first"], "name")]}],
             "birthDate": P(r["dob"].isoformat(), "date"),
             "telecom": [{"system": "phone", "value": P(r["phone"], "phone")}]}
    else:
        o = rng.choice([
            {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
                                                            "diagnostics": "HAPI-0389: Failed to call access method: java.lang.NullPointerException"}]},
            {"resourceType": "Bundle", "type": "searchset", "total": rng.randint(0, 40),
             "link": [{"relation": "self", "url": "https://fhir.trieyebank.org/r4/Observation?_lastUpdated=gt%s&_count=50" % ts.strftime("%Y-%m-%d")}]},
            {"resourceType": "AuditEvent", "recorded": ts.strftime("%Y-%m-%dT%H:%M:%SZ"),
             "agent": [{"who": {"display": "svc-outcomes-sync"}, "requestor": True}], "outcome": "0",
             "source": {"observer": {"display": "hapi-fhir 6.10.2"}}}])
    jemit(l, o, ea=False)
    return [l]


def g_nginx(ts):
    l = L("nginx")
    stamp = ts.strftime("%d/%b/%Y:%H:%M:%S -0400")
    ua = rng.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                     "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                     "kube-probe/1.28", "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 Version/17.2 Safari/605.1.15"])
    x = rng.random()
    if x < 0.22:
        d = D()
        l.p(d["nok"]["ip"], "ip").t(" - - [%s] \"GET " % stamp)
        path = rng.choice(["/aftercare/letters/%s" % d["dnum"], "/aftercare/family/%s/memorial" % d["dnum"],
                           "/eauth/sign?ref=%s&step=3" % d["ref"]])
        if ua.startswith("kube"):
            ua = "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"
        l.p(path, "url").t(" HTTP/1.1\" 200 %d \"https://aftercare.trieyebank.org/\" \"%s\" rt=%.3f" % (
            rng.randint(900, 40000), ua, rng.uniform(0.01, 0.6)))
    elif x < 0.32:
        r = R()
        l.t("%s - %s [%s] \"GET " % (rng.choice(["198.51.100.23", "203.0.113.77", "192.0.2.146"]),
                                      "dr.%s" % r["surg"][1].lower(), stamp))
        l.p("/portal/recipients/%s/followup" % r["rid"], "url").t(" HTTP/2.0\" 200 %d \"-\" \"%s\" rt=%.3f" % (
            rng.randint(900, 40000), ua, rng.uniform(0.01, 0.6)))
    else:
        ip = rng.choice(["198.51.100.23", "203.0.113.77", "10.20.0.1", "192.0.2.146", "10.20.0.1"])
        path = rng.choice(["/api/v1/inventory?type=DMEK&ecd_min=2500", "/static/js/app.8f3c21d.js", "/healthz",
                           "/portal/orders/ORD-%s" % digits(5), "/favicon.ico", "/api/v1/orders?status=OPEN",
                           "/wp-login.php", "/.env", "/static/css/main.0c9e1.css"])
        who = "-" if rng.random() < 0.6 else "dr.%s" % rng.choice(SURGEONS)[1].lower()
        if path == "/healthz":
            ua, ip, who = "kube-probe/1.28", "10.20.0.1", "-"
        code = 404 if path in ("/wp-login.php", "/.env", "/favicon.ico") else rng.choice([200, 200, 200, 304])
        if path in ("/wp-login.php", "/.env"):
            who = "-"
            ip = "%d.%d.%d.%d" % (rng.choice([45, 89, 185, 193]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        l.t("%s - %s [%s] \"GET %s HTTP/1.1\" %d %d \"-\" \"%s\" rt=%.3f" % (ip, who, stamp, path, code,
                                                                           rng.randint(0, 90000), ua, rng.uniform(0.001, 0.4)))
    return [l]


def rcpt_dom(a):
    return a, a.split("@")[1]


def g_syslog(ts):
    stamp = ts.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if ts.day < 10 else ts.strftime("%b %d %H:%M:%S")
    host = rng.choice(["txtrack-app01", "refline-app-01", "mail-relay", "fax01", "bastion"])
    l = L("syslog")
    x = rng.random()
    if x < 0.15:
        d = D()
        qid = hexs(10).upper()
        l.t("%s mail-relay postfix/smtp[%d]: %s: to=<" % (stamp, rng.randint(1000, 9000), qid))
        mx = {"gmail.com": ("gmail-smtp-in.l.google.com", "142.250.115.27"), "yahoo.com": ("mta7.am0.yahoodns.net", "67.195.204.72"),
              "aol.com": ("mx-aol.mail.gm0.yahoodns.net", "67.195.204.77"), "frontier.com": ("inbound.frontier.com", "74.40.75.18"),
              "outlook.com": ("outlook-com.olc.protection.outlook.com", "52.101.40.26"), "icloud.com": ("mx01.mail.icloud.com", "17.57.154.33"),
              "suddenlink.net": ("mx.suddenlink.net", "208.180.40.12"), "windstream.net": ("mx.windstream.net", "166.102.165.11")}
        host, mip = mx[d["nok"]["email"].split("@")[1]]
        l.p(d["nok"]["email"], "email").t(">, relay=%s[%s]:25, delay=%.1f, dsn=2.0.0, status=sent (250 OK)" % (
            host, mip, rng.uniform(0.2, 4)))
    elif x < 0.35:
        l.t("%s mail-relay postfix/smtp[%d]: %s: to=<%s>, relay=mx.%s[%s]:25, delay=%.1f, dsn=2.0.0, status=sent (250 2.0.0 Ok)" % (
            stamp, rng.randint(1000, 9000), hexs(10).upper(),
            *rcpt_dom(rng.choice(["or.scheduling@stbrendanmc.org", "ap@trieyebank.org", "eyebank.liaison@ovrh.org", "orders@scioto-asc.com"])),
            "10.40.%d.%d" % (rng.randint(0, 9), rng.randint(2, 200)), rng.uniform(0.1, 2)))
    elif x < 0.6:
        l.t("%s bastion sshd[%d]: Accepted publickey for %s from 10.20.%d.%d port %d ssh2: ED25519 SHA256:%s" % (
            stamp, rng.randint(1000, 40000), rng.choice(["deploy", "ckessler", "ops"]), rng.randint(0, 9), rng.randint(2, 250),
            rng.randint(40000, 65000), hexs(20)))
    elif x < 0.8:
        l.t("%s %s CRON[%d]: (root) CMD (/usr/local/bin/%s)" % (stamp, host, rng.randint(1000, 40000),
                                                              rng.choice(["pg_backup.sh", "rotate_callrec.sh --days 90", "certbot renew -q", "tempmon_push"])))
    else:
        l.t("%s %s kernel: [%d.%06d] %s" % (stamp, host, rng.randint(1000, 999999), rng.randint(0, 999999),
                                           rng.choice(["EXT4-fs (sdb1): mounted filesystem with ordered data mode",
                                                       "nf_conntrack: table full, dropping packet",
                                                       "usb 1-1.2: new full-speed USB device number 7 using xhci_hcd"])))
    return [l]


def g_trace(ts):
    stamp = ts.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % rng.randint(0, 999)
    trace, span = hexs(32), hexs(16)
    x = rng.random()
    lines = []
    if x < 0.35:
        d = D()
        tis = d["tis"][rng.choice([0, 1])]
        lines.append(L("java_trace").t("%s ERROR 3312 --- [txtrack-web,%s,%s] [nio-8080-exec-%d] o.t.txtrack.label.LabelPrintService : Label print failed for tissue " % (
            stamp, trace, span, rng.randint(1, 9))).p(tis, "other_id"))
        lines.append(L("java_trace").t("com.zebra.sdk.comm.ConnectionException: Unable to open connection to 10.20.4.51:9100 (timeout 5000 ms)"))
        for fr in ["com.zebra.sdk.comm.TcpConnection.open(TcpConnection.java:142)",
                   "org.treb.txtrack.label.LabelPrintService.print(LabelPrintService.java:88)",
                   "org.treb.txtrack.web.TissueController.release(TissueController.java:311)"]:
            lines.append(L("java_trace").t("\tat " + fr))
    elif x < 0.6:
        d = D()
        nk = d["nok"]
        valid = rng.random() < 0.7
        pan = card(rng.choice(["4", "51", "55", "37"]), 15 if False else 16, valid)
        l = L("java_trace").t("%s ERROR 4120 --- [gifts-svc,%s,%s] [task-%d] o.t.gifts.MemorialGiftService : charge declined in memory of donor " % (
            stamp, trace, span, rng.randint(1, 4))).p(d["dnum"], "other_id")
        l.t(" payer=").p(fullname(nk), "name").t(" card=").p(pan, "account").t(" exp=%02d/%02d code=%s" % (
            rng.randint(1, 12), rng.randint(25, 29), rng.choice(["do_not_honor", "incorrect_number", "insufficient_funds"])))
        lines.append(l)
        lines.append(L("java_trace").t("org.treb.gifts.PaymentException: gateway returned 402 (req_%s)" % hexs(14)))
        for fr in ["org.treb.gifts.gateway.StripeGateway.charge(StripeGateway.java:77)",
                   "org.treb.gifts.MemorialGiftService.process(MemorialGiftService.java:129)"]:
            lines.append(L("java_trace").t("\tat " + fr))
    else:
        lines.append(L("java_trace").t("%s WARN 3312 --- [txtrack-web,%s,%s] [HikariPool-1 housekeeper] com.zaxxer.hikari.pool.HikariPool : HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=%ds)." % (
            stamp, trace, span, rng.randint(31, 90))))
        if rng.random() < 0.6:
            lines.append(L("java_trace").t("%s ERROR 3312 --- [txtrack-web,%s,%s] [scheduling-1] o.t.txtrack.sync.OutcomeSyncJob : sync failed" % (
                stamp, trace, hexs(16))))
            lines.append(L("java_trace").t("org.springframework.web.client.ResourceAccessException: I/O error on GET request for \"https://fhir.trieyebank.org/r4/Observation\": Read timed out"))
            lines.append(L("java_trace").t("\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:905)"))
            lines.append(L("java_trace").t("\t... 14 common frames omitted"))
    return lines


def g_pg(ts):
    stamp = ts.strftime("%Y-%m-%d %H:%M:%S.") + "%03d EDT" % rng.randint(0, 999)
    pid = rng.randint(20000, 30000)
    l = L("pg_audit")
    x = rng.random()
    if x < 0.25:
        d = D()
        l.t("%s [%d] txtrack@txdb LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,\"SELECT d.* FROM donor d WHERE d.last_name ILIKE '" % (
            stamp, pid, rng.randint(1, 900)))
        l.p(d["last"].replace("'", "''"), "name").t("%' AND d.dob = '").p(d["dob"].isoformat(), "date").t("'\",<not logged>")
    elif x < 0.4:
        r = R()
        l.t("%s [%d] outcomes@txdb LOG:  AUDIT: SESSION,%d,1,WRITE,UPDATE,,,\"UPDATE recipient SET followup_due = '" % (
            stamp, pid, rng.randint(1, 900)))
        l.p((r["sdate"] + timedelta(days=180)).isoformat(), "date").t("' WHERE recipient_no = '").p(r["rid"], "other_id").t("'\",<not logged>")
    else:
        l.t(rng.choice([
            "%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 1 removed, 0 recycled; write=%.3f s" % (
                stamp, pid, rng.randint(50, 5000), rng.uniform(0.1, 9), rng.uniform(1, 60)),
            "%s [%d] txtrack@txdb LOG:  duration: %.3f ms  statement: SELECT count(*) FROM tissue WHERE status = 'AVAILABLE' AND tissue_type = 'DMEK'" % (
                stamp, pid, rng.uniform(1, 900)),
            "%s [%d] LOG:  automatic vacuum of table \"txdb.public.tissue_event\": index scans: 1" % (stamp, pid),
            "%s [%d] replicator@[unknown] LOG:  connection authorized: user=replicator application_name=walreceiver SSL enabled (protocol=TLSv1.3)" % (stamp, pid),
            "%s [%d] txtrack@txdb ERROR:  duplicate key value violates unique constraint \"tissue_event_pkey\"" % (stamp, pid)]))
    return [l]


def g_fax(ts):
    stamp = ts.strftime("%m/%d/%y %H:%M")
    l = L("hylafax")
    x = rng.random()
    d = D()
    h = d["hosp"]
    if x < 0.35:
        l.t("%s\tRECV\t%08X\tttyIAX%d\t\"" % (stamp, rng.randint(1, 99999), rng.randint(0, 3)))
        if rng.random() < 0.5:
            nk = d["nok"]
            ph = "".join(c for c in nk["phone"] if c.isdigit())[-10:]
            l.p("+1 %s %s %s" % (ph[:3], ph[3:6], ph[6:]), "fax").t("\"\t\"signed authorization ref ")
            l.p(d["ref"], "other_id").t("\"\t%d\t0:%02d:%02d\t\"\"" % (rng.randint(1, 4), rng.randint(0, 3), rng.randint(0, 59)))
        else:
            l.t("%s\"\t\"%s\"\t%d\t0:%02d:%02d\t\"\"" % (h["fax"], h["name"][:20].upper(), rng.randint(2, 30), rng.randint(0, 9), rng.randint(0, 59)))
    elif x < 0.65:
        l.t("%s\tSEND\t%08X\tttyIAX%d\t%d\t\"" % (stamp, rng.randint(1, 99999), rng.randint(0, 3), rng.randint(100, 9999)))
        l.t("chart request MRN ").p(d["mrn"], "mrn").t("\"\tfaxmaster@trieyebank.org\t\"%s\"\t\"%s\"\t%d\t0:%02d:%02d\t\"\"" % (
            h["fax"].replace(" ", "")[2:], h["name"][:20].upper(), rng.randint(1, 3), rng.randint(0, 2), rng.randint(0, 59)))
    else:
        l.t("%s\tSEND\t%08X\tttyIAX%d\t%d\t\"%s\"\tfaxmaster@trieyebank.org\t\"%s\"\t\"\"\t0\t0:00:%02d\t\"%s\"" % (
            stamp, rng.randint(1, 99999), rng.randint(0, 3), rng.randint(100, 9999),
            rng.choice(["tissue invoice INV-24-%s" % digits(5), "EBAA audit doc", "courier manifest QM-%s" % digits(6)]),
            rng.choice(CENTERS)[:20].upper(), rng.randint(10, 59), rng.choice(["Busy signal detected", "No answer from remote", "No carrier detected"])))
    return [l]


def g_sms(ts):
    l = L("sms")
    x = rng.random()
    sid = "SM" + hexs(32)
    if x < 0.35:
        d = D()
        o = {"MessageSid": sid, "AccountSid": "AC" + hexs(32), "From": "+13045559000", "To": "+1304%s" % digits(7),
             "Body": M("TREB PAGE: new ref ", P(d["ref"], "other_id"), " %s %s %d%s %s TOD %s. Call TC x2201" % (
                 d["hosp"]["code"], d["unit"], d["age"] if d["age"] <= 89 else 0, d["sex"], d["cod"], d["dod"].strftime("%H%M"))),
             "Status": "queued", "NumSegments": "1"}
        if d["age"] > 89:
            o["Body"] = M("TREB PAGE: new ref ", P(d["ref"], "other_id"), " %s age " % d["hosp"]["code"], P(str(d["age"]), "age"),
                          " - auto rule-out, FYI only")
    elif x < 0.55:
        d = D()
        nk = d["nok"]
        ph = "+1" + "".join(c for c in nk["phone"] if c.isdigit())[-10:]
        o = {"MessageSid": sid, "AccountSid": "AC" + hexs(32), "From": P(ph, "phone"), "To": "+13045559010",
             "Body": rng.choice([M("Got the letter about ", P(d["first"], "name"), ". Thank you all so much"),
                                 M("This is ", P(nk["first"], "name"), ", can someone call me back about the recipient letter"),
                                 M("STOP")]),
             "Status": "received", "FromCity": P(nk["city"].upper(), "address"), "FromState": nk["st"]}
    else:
        o = {"MessageSid": sid, "AccountSid": "AC" + hexs(32), "From": "+13045559000", "To": "+1304%s" % digits(7),
             "Body": rng.choice(["TREB ALERT: Cooler 3 temp %.1fC above limit" % rng.uniform(8.1, 11),
                                 "TREB: courier QM-%s picked up 2 units for Tri-State ESC" % digits(6),
                                 "TREB: serology batch B%s posted, 0 reactive" % digits(6),
                                 "Reminder: on-call swap Sat 0700, confirm w/ Kristen"]),
             "Status": rng.choice(["delivered", "sent", "undelivered"]), "ErrorCode": rng.choice([None, None, 30003])}
    jemit(l, o, ea=False, sep=(", ", ": "))
    return [l]


def g_x12(ts):
    r = R()
    ctl = digits(9)
    lines = []
    lines.append(L("x12_271").t("ISA*00*          *00*          *ZZ*WVMEDICAID     *ZZ*TREBGOS        *%s*%s*^*00501*%s*0*P*:~" % (
        ts.strftime("%y%m%d"), ts.strftime("%H%M"), ctl)))
    lines.append(L("x12_271").t("GS*HB*WVMEDICAID*TREBGOS*%s*%s*%d*X*005010X279A1~" % (ts.strftime("%Y%m%d"), ts.strftime("%H%M"), int(ctl[:5]))))
    lines.append(L("x12_271").t("ST*271*0001*005010X279A1~"))
    lines.append(L("x12_271").t("BHT*0022*11*GOS%s*%s*%s~" % (digits(6), ts.strftime("%Y%m%d"), ts.strftime("%H%M"))))
    lines.append(L("x12_271").t("NM1*PR*2*%s*****PI*%s~" % (rng.choice(["WV MEDICAID", "CMS MEDICARE", "OHIO MEDICAID"]), digits(5))))
    lines.append(L("x12_271").t("NM1*1P*2*TRI-RIVER EYE AND TISSUE BANK*****XX*%s~" % npi()))
    use_mbi = rng.random() < 0.4
    l = L("x12_271").t("NM1*IL*1*").p(r["last"].upper(), "name").t("*").p(r["first"].upper(), "name").t("****MI*")
    l.p(r["mbi"] if use_mbi else r["mcaid"], "health_plan").t("~")
    lines.append(l)
    if rng.random() < 0.6:
        l = L("x12_271").t("N3*").p(r["street"].upper(), "address").t("~")
        lines.append(l)
        l = L("x12_271").t("N4*").p(r["city"].upper(), "address").t("*%s*" % r["st"]).p(r["zip"], "zip").t("~")
        lines.append(l)
    lines.append(L("x12_271").t("DMG*D8*").p(r["dob"].strftime("%Y%m%d"), "date").t("*%s~" % r["sex"]))
    lines.append(L("x12_271").t("EB*%s*IND*30*MC*%s~" % (rng.choice(["1", "6"]), rng.choice(["MEDICAID", "PART A", "PART B"]))))
    lines.append(L("x12_271").t("SE*%d*0001~" % (len(lines) - 1)))
    return lines


def g_temp(ts):
    unit = rng.choice(["FRIDGE-01", "FRIDGE-02", "FRIDGE-03", "COOLER-3", "INCUB-A"])
    t = rng.uniform(2.1, 7.9) if "INCUB" not in unit else rng.uniform(36.2, 37.4)
    st = "OK" if rng.random() < 0.92 else "ALARM_HIGH"
    if st != "OK":
        t += 3
    mac = "A4:CF:12:%02X:%02X:%02X" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))
    return [L("tempmon").t("TMON|%s|%s|sensor=%s|fw=TR-7 3.1.4|temp=%.1fC|batt=%d%%|status=%s" % (
        ts.strftime("%Y-%m-%dT%H:%M:%SZ"), unit, mac, t, rng.randint(20, 100), st))]


def g_registry(ts):
    l = L("registry_xml")
    if rng.random() < 0.7:
        d = D()
        stat = rng.choice(["REGISTERED", "REGISTERED", "NO_MATCH", "MULTIPLE"])
        l.t('<RegistrySearchResponse xmlns="urn:donatelife:registry:v2" requestId="%s"><Query><LastName>' % uuid4())
        l.p(d["last"].replace("'", "&apos;"), "name").t("</LastName><FirstName>").p(d["first"], "name")
        l.t("</FirstName><DOB>").p(d["dob"].isoformat(), "date").t("</DOB>")
        if rng.random() < 0.6:
            l.t("<DLN state=\"%s\">" % d["st"]).p(d["dl"], "license").t("</DLN>")
        l.t("</Query><Status>%s</Status>" % stat)
        if stat == "REGISTERED":
            l.t("<Registration><Source>BMV</Source><RegDate>").p(rand_date(2001, 2022).isoformat(), "date")
            l.t("</RegDate><Restrictions>%s</Restrictions></Registration>" % rng.choice(["NONE", "NO_RESEARCH", "EYES_ONLY"]))
        l.t("</RegistrySearchResponse>")
    else:
        l.t('<RegistryHealthResponse xmlns="urn:donatelife:registry:v2"><Status>UP</Status><Version>2.9.14</Version><LatencyMs>%d</LatencyMs><Node>dlr-east-%d</Node></RegistryHealthResponse>' % (
            rng.randint(20, 800), rng.randint(1, 4)))
    return [l]


def g_courier(ts):
    l = L("courier")
    job = "QM-%s" % digits(6)
    dest = rng.choice(CENTERS)
    l.t("%s QuickMed-API job=%s status=%s pickup=\"4100 Carrollton Pike Ste 200, Huntington WV 25705\" dropoff=\"%s\" driver=%s veh=%s " % (
        ts.strftime("%Y-%m-%dT%H:%M:%S-04:00"), job,
        rng.choice(["DISPATCHED", "PICKED_UP", "DELIVERED", "ETA_UPDATE"]), dest,
        rng.choice(["Deshawn P.", "Rita M.", "Gary H."]), vin("1FTBW2", "CM", "K", "K")))
    if rng.random() < 0.35:
        d = D()
        l.t("manifest=").p(d["tis"][rng.choice([0, 1])], "other_id").t(" temp_req=2-8C")
    else:
        l.t("pkgs=%d temp_req=2-8C sig=%s" % (rng.randint(1, 3), rng.choice(["pending", "K.Lusher", "front desk"])))
    return [l]


GENS = [(g_referral, 9), (g_adt, 2), (g_oru, 1.2), (g_mirth, 7), (g_notes, 8), (g_drai, 7), (g_txtrack, 9),
        (g_specular, 4), (g_serology, 4), (g_dist, 6), (g_fhir, 5), (g_nginx, 9), (g_syslog, 8), (g_trace, 1.5),
        (g_pg, 5), (g_fax, 4), (g_sms, 5), (g_x12, 0.01), (g_temp, 7), (g_registry, 3), (g_courier, 3)]
SINGLE = [(g, w) for g, w in GENS if g not in (g_adt, g_oru, g_trace, g_x12)]


def pick(pool):
    tot = sum(w for _, w in pool)
    x = rng.uniform(0, tot)
    for g, w in pool:
        x -= w
        if x <= 0:
            return g
    return pool[-1][0]


def main():
    out = []
    ts = BASE
    forced = [(150, g_x12), (260, g_trace), (330, g_registry), (420, g_x12)]
    while len(out) < N_LINES:
        ts += timedelta(seconds=rng.randint(3, 260), microseconds=rng.randint(0, 999999))
        g = pick(GENS if N_LINES - len(out) > 20 else SINGLE)
        if forced and len(out) >= forced[0][0]:
            g = forced.pop(0)[1]
        recs = g(ts)
        out.extend(recs)
    out = out[:N_LINES]
    logb = bytearray()
    labs = []
    for i, l in enumerate(out, 1):
        b, spans = l.build()
        if b"\n" in b or b"\r" in b or not b.strip():
            sys.exit("bad line %d" % i)
        prev = 0
        for sp in spans:
            s, e = sp["s"], sp["e"]
            if not (0 <= s < e <= len(b)):
                sys.exit("span out of range line %d" % i)
            if s < prev:
                sys.exit("overlap line %d" % i)
            prev = e
            if b[s:e].decode("utf-8") != sp["_v"]:
                sys.exit("span mismatch line %d" % i)
        b.decode("utf-8")
        logb += b + b"\n"
        labs.append(json.dumps({"line": i, "family": l.fam,
                                "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]},
                               ensure_ascii=False))
    with open(OUT_LOG, "wb") as f:
        f.write(bytes(logb))
    with open(OUT_LAB, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labs) + "\n")


if __name__ == "__main__":
    main()
