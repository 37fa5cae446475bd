#!/usr/bin/env python3
"""Synthetic labeled log corpus "nz": a cystic fibrosis care center and its CF
foundation patient registry submissions.

Formats: registry export CSV / pipe / JSON + validator log, sweat chloride lab CSV,
PFT device XML (ndd-like) and fixed-width exports, airway clearance vest app
telemetry (Android logcat, iOS os_log, BLE), specialty pharmacy (modulator) prior
auth / refill JSON, REDCap-like audit log (CSV export and log_event rows), HL7 ORU
sputum cultures (segment per line, and Mirth single-line with escaped \\r),
.NET Core scheduling service with Serilog (text and CLEF), Azure Service Bus
messages, social worker notes (EN/ES), school accommodation letters (EN/ES),
Vue parent portal client logs, nginx access/error logs, Splunk forwarder
splunkd.log / metrics.log.

Everything is synthetic. Deterministic: fixed seed, standard library only.
Writes nz.log (500 lines) and nz.labels.jsonl next to this script.

Labeling decisions:
- Persons labeled: patients, parents/guardians/grandparents, other relatives,
  adult patients' contacts. Clinicians, social workers, coordinators, RTs,
  pharmacists, agents and their usernames/emails/phones are NOT labeled; nor are
  the care center's, school's, payer's or vendor's names, addresses, phones, faxes.
- A first name alone, an initial+surname, "Last, First", upper/lower case forms
  are each labeled name. HL7 XPN fields (Last^First^MI) are one name span; CSV or
  XML first/last columns are separate spans; file names like OBrien_Liam are one span.
- address: street line and city/town/county are separate address spans; state is
  never labeled; ZIP / ZIP+4 is zip. 3-digit ZIP prefixes (zip3) are not labeled.
- date: birth dates, encounter/visit/test/collection/result dates, appointment
  dates (with or without time, with or without year), sweat test dates, genotype
  report dates, PA effective/expiry dates, refill ship dates, dates inside file
  names or parsed timestamps derived from a patient's DOB. NOT labeled: log and
  message timestamps (incl. HL7 MSH-7), letter issue dates, report-run dates,
  query-range parameters, build dates, years alone.
- age: only ages over 89. Younger ages are not labeled.
- mrn: hospital MRN (8 digits, any context incl. Service Bus sessionId suffix and
  EF Core parameters). other_id: CF registry patient id (cffpr id), REDCap record
  id, portal child id, vest-app user id, pharmacy patient id, Rx number, PA case
  id, CFF Compass case id, HL7 visit number, SW case id, portal usernames.
- NOT labeled: order/placer/filler numbers, lab accession numbers, appointment ids,
  message/trace/span/correlation ids, carrier tracking numbers, NEMT ride
  confirmation numbers, NDCs, NPIs, payer BIN/PCN/group numbers, lab/PFT
  equipment serial numbers, internal (RFC1918) IPs, vendor monitoring IPs.
- health_plan: payer member / Medicaid IDs. account: patient account numbers
  (PID-18, HAR), manufacturer copay card member ids, full card PANs. Masked
  card fragments (last 4) are not labeled.
- device: a patient's vest serial number, its BLE MAC, the iOS CBPeripheral
  identifier of the patient's vest.
- ip: public client IPs on the parent portal (families); email: patient/family
  emails incl. URL-encoded forms (%40) (the whole encoded token is the span).
- url: personal fundraiser/journal pages of families. photo: base64 payload of a
  child's avatar image (payload only, without the data: prefix).
- vehicle: family license plates. license: patient/guardian driver licence numbers.
- Genotypes, spirometry values, culture organisms are clinical data, not identifiers.
- No biometric identifiers occur in these systems; none are labeled.
"""
import json
import os
import random
from datetime import date, datetime, timedelta

R = random.Random(20240314 + 0x6E7A)

# --------------------------------------------------------------------------
# line builder with byte offsets
# --------------------------------------------------------------------------


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        b = self.n
        self.t(s)
        self.spans.append((b, self.n, cat, s))
        return self

    def text(self):
        return "".join(self.parts)


class P:
    """A JSON value that is PHI."""

    def __init__(self, v, cat, pre="", post=""):
        self.v = v
        self.cat = cat
        self.pre = pre
        self.post = post


def jemit(L, o, sep=(",", ":")):
    if isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"' + o.pre)
            L.p(json.dumps(o.v, ensure_ascii=False)[1:-1], o.cat)
            L.t(o.post + '"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k) + sep[1])
            jemit(L, v, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jemit(L, v, sep)
        L.t("]")
    else:
        L.t(json.dumps(o, ensure_ascii=False))
    return L


SP = (", ", ": ")

# --------------------------------------------------------------------------
# clock (log timestamps, never labeled)
# --------------------------------------------------------------------------
NOW = [datetime(2024, 3, 14, 6, 2, 11, 0)]


def tick():
    NOW[0] += timedelta(seconds=R.uniform(0.4, 70.0))
    return NOW[0]


def ms(d):
    return "%03d" % (d.microsecond // 1000)


def utc(d):
    return d + timedelta(hours=4)


# --------------------------------------------------------------------------
# vocab
# --------------------------------------------------------------------------
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH = ["January", "February", "March", "April", "May", "June", "July", "August",
         "September", "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
       "septiembre", "octubre", "noviembre", "diciembre"]
DOW = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def fd(d, st):
    if st == "iso":
        return d.isoformat()
    if st == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if st == "usn":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if st == "us2":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if st == "hl7":
        return "%d%02d%02d" % (d.year, d.month, d.day)
    if st == "long":
        return "%s %d, %d" % (MONTH[d.month - 1], d.day, d.year)
    if st == "dmon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1], d.year)
    if st == "dmony":
        return "%d %s %d" % (d.day, MON[d.month - 1], d.year)
    if st == "es":
        return "%d de %s de %d" % (d.day, MES[d.month - 1], d.year)
    if st == "eu":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if st == "md":
        return "%d/%d" % (d.month, d.day)
    raise ValueError(st)


def phone(d, st):
    a, b, c = d[:3], d[3:6], d[6:]
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "parenn": "(%s)%s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "raw": a + b + c,
        "e164": "+1" + a + b + c,
        "intl": "+1 %s %s %s" % (a, b, c),
        "one": "1-%s-%s-%s" % (a, b, c),
    }[st]


PHONE_STYLES = ["paren", "parenn", "dash", "dot", "raw", "e164", "intl", "one"]

FIRST_F = ["Sofía", "Amara", "Priya", "Chloé", "Zainab", "Isla", "Ava", "Thandiwe", "Mei",
           "Ximena", "Leilani", "Nadia", "Saoirse", "Hana", "Ingrid", "Anaïs", "Camila",
           "Esperanza", "Giulia", "Iris", "Keira", "Lucía", "Nia", "Zofia", "Aoife", "Yasmin",
           "Marisol", "Brooklyn", "Harper", "Mackenzie"]
FIRST_M = ["Mateo", "Aiden", "Liam", "Ethan", "Kenji", "Oliver", "Santiago", "Dmitri", "Rory",
           "Yusuf", "Eamon", "Tobias", "Malik", "Jonah", "Kofi", "Bao", "Declan", "Finn", "Hamza",
           "Jorge", "Magnus", "Oisín", "Tomás", "Rahul", "Jean-Luc", "Kwame", "Ezra", "Anders",
           "Luca", "Colton"]
LAST = ["Delgado-Ruiz", "O'Sullivan", "van der Berg", "Nguyen-Tran", "McAllister", "de la Cruz",
        "Okonkwo", "Al-Rashid", "Kowalczyk", "Fitzgerald", "Haddad", "Rosenbaum", "Yamamoto",
        "da Silva", "St. Clair", "Mbeki", "Lindqvist", "Papadopoulos", "Ó Briain", "Schäfer",
        "Nakamura", "Herrera Ríos", "Kaur", "Bianchi", "LeBlanc", "Dubois-Martin", "Ivanova",
        "Goldberg", "Abernathy", "Castillo Vega", "Chukwu", "Sørensen", "Dasgupta", "Morales",
        "Brennan", "Acheampong", "Takahashi", "Zielinski", "Villanueva", "MacKenzie", "Ben-David",
        "Oyelaran", "Van Buren", "D'Angelo", "Hoffmann", "Rahimi", "Whitfield", "Petrović",
        "Quintero", "Ng", "O'Brien", "Bauer", "Yoder", "Troyer"]
PARENT_F = ["Guadalupe", "Ngozi", "Siobhan", "Dolores", "Farah", "Margarethe", "Bronwyn",
            "Lakshmi", "Chiamaka", "Rosa María", "Aleksandra", "Imani", "Kateryna", "Yuki",
            "Maribel", "Shannon", "Tiffany", "Leah", "Fatou", "Hye-jin"]
PARENT_M = ["Tomasz", "Hiroshi", "Olumide", "Ravi", "Esteban", "Wojciech", "Jean-Pierre",
            "Julián", "Kareem", "Brandon", "Dustin", "Mikhail", "Seamus", "Amadou", "Luis Alberto",
            "Eli", "Nikhil", "Reuben", "Dariusz", "Cody"]

CITIES = [("Columbus", "Franklin", ["43205", "43207", "43214", "43215", "43223", "43229", "43232"]),
          ("Dublin", "Franklin", ["43017", "43016"]), ("Westerville", "Delaware", ["43081", "43082"]),
          ("Grove City", "Franklin", ["43123"]), ("Reynoldsburg", "Licking", ["43068"]),
          ("Hilliard", "Franklin", ["43026"]), ("Delaware", "Delaware", ["43015"]),
          ("Newark", "Licking", ["43055"]), ("Lancaster", "Fairfield", ["43130"]),
          ("Marysville", "Union", ["43040"]), ("Chillicothe", "Ross", ["45601"]),
          ("Zanesville", "Muskingum", ["43701"]), ("Circleville", "Pickaway", ["43113"]),
          ("Athens", "Athens", ["45701"]), ("Mount Vernon", "Knox", ["43050"]),
          ("Marion", "Marion", ["43302"]), ("Portsmouth", "Scioto", ["45662"]),
          ("Millersburg", "Holmes", ["44654"]), ("Sugarcreek", "Tuscarawas", ["44681"])]
STREETS = ["Oak Hollow Dr", "E Livingston Ave", "Parsons Ave", "Cleveland Ave", "Karl Rd",
           "Sawmill Pkwy", "Hamilton Rd", "N High St", "Brice Rd", "Maple Crest Ct", "Refugee Rd",
           "Sullivant Ave", "State Route 39", "W Broad St", "Sycamore Ln", "Chatterton Rd",
           "Briarwood Cir", "Mound St", "Township Rd 214", "Heatherdowns Blvd", "Olentangy River Rd",
           "County Rd 70", "Winchester Pike", "Weyant Ave"]
GENO = ["F508del", "F508del", "F508del", "F508del", "G542X", "N1303K", "W1282X", "G551D", "R117H",
        "3849+10kbC->T", "2789+5G->A", "R553X", "1717-1G->A", "A455E", "D1152H", "L206W",
        "3120+1G->A", "R334W", "2184delA", "c.3718-2477C>T"]
MODS = ["ETI", "ETI", "ETI", "IVA", "TEZ/IVA", "none", "ETI+IVA"]
PAYERS = [("Ohio Medicaid", "med"), ("CareSource", "cs"), ("Anthem BCBS", "anthem"),
          ("UnitedHealthcare", "uhc"), ("Aetna", "aetna"), ("Medical Mutual", "mmo"),
          ("Buckeye Health Plan", "buck")]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def HEX(n):
    return hexs(n).upper()


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), R.choice("89ab"), hexs(3), hexs(12))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def member_id(kind):
    if kind == "med":
        return "1" + digits(11)
    if kind == "cs":
        return "1" + digits(10)
    if kind == "anthem":
        return R.choice(["YRK", "ZGP", "JQH"]) + digits(9)
    if kind == "uhc":
        return digits(9) + "-0" + str(R.randint(1, 3))
    if kind == "aetna":
        return "W" + digits(9)
    if kind == "mmo":
        return "MMO" + digits(8)
    return "U" + digits(10)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def rdate(a, b):
    a = date.fromisoformat(a)
    b = date.fromisoformat(b)
    return a + timedelta(days=R.randint(0, (b - a).days))


def luhn_pan(prefix, n=16):
    body = prefix + digits(n - len(prefix) - 1)
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def mac():
    return ":".join(HEX(2) for _ in range(6))


def asciify(s):
    tr = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ï": "i", "ø": "o", "ä": "a",
          "ö": "o", "ü": "u", "Ó": "O", "ć": "c", "Á": "A", "É": "E"}
    return "".join(tr.get(c, c) for c in s)


class Pt:
    pass


def make_patient(i):
    p = Pt()
    p.sex = R.choice("MF")
    p.first = R.choice(FIRST_M if p.sex == "M" else FIRST_F)
    p.last = LAST[i % len(LAST)] if i < len(LAST) else R.choice(LAST)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    if R.random() < 0.15:
        p.dob = rdate("1958-01-01", "2000-12-31")
    else:
        p.dob = rdate("2003-01-01", "2018-08-31")
    p.adult = p.dob.year < 2006
    p.mrn = "%08d" % R.randint(100000, 9999999)
    p.cffpr = str(R.randint(1000000, 9899999))
    p.redcap = "214-%04d" % R.randint(1, 420)
    p.portal = "c_%d" % R.randint(10000, 99999)
    p.appuser = "pw-u-%05d" % R.randint(10000, 99999)
    p.rxpt = "SP%07d" % R.randint(1000000, 9999999)
    city, county, zips = R.choice(CITIES)
    p.city, p.county = city, county
    p.zip = R.choice(zips)
    p.zip4 = p.zip + "-" + digits(4)
    p.street = "%d %s" % (R.randint(12, 9870), R.choice(STREETS))
    if R.random() < 0.25:
        p.street += R.choice([" Apt 3B", " Apt 112", " Unit 7", " Lot 41", " #2"])
    p.phone = R.choice(["614", "614", "380", "740", "937", "304", "330"]) + str(R.randint(200, 989)) + digits(4)
    if p.adult:
        p.rel = R.choice(["spouse", "partner", "mother"])
    else:
        p.rel = R.choice(["mother", "mother", "father", "grandmother", "guardian", "father"])
    if p.rel in ("mother", "grandmother"):
        p.pgender = "F"
    elif p.rel == "father":
        p.pgender = "M"
    else:
        p.pgender = R.choice("FM")
    p.pfirst = R.choice(PARENT_F if p.pgender == "F" else PARENT_M)
    p.plast = p.last if R.random() < 0.7 else R.choice(LAST)
    p.pphone = R.choice(["614", "740", "380", "937"]) + str(R.randint(200, 989)) + digits(4)
    a = asciify(p.pfirst.split()[0].lower().replace("-", ""))
    b = asciify(p.plast.lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", ""))
    p.pemail = R.choice(["%s.%s%d@gmail.com" % (a, b, R.randint(70, 99)), "%s%s@yahoo.com" % (a[0], b),
                         "%s_%s@outlook.com" % (a, b), "%s.%s@icloud.com" % (b, a),
                         "%s%s%d@hotmail.com" % (a, b[:4], R.randint(1, 999))])
    ca = asciify(p.first.lower().replace("-", ""))
    p.email = "%s.%s@%s" % (ca, b, R.choice(["gmail.com", "osu.edu", "protonmail.com", "aol.com"]))
    p.payer, kind = R.choice(PAYERS)
    p.member = member_id(kind)
    p.geno = (R.choice(GENO), R.choice(GENO))
    p.mod = R.choice(MODS)
    p.vest = "SV105-%07d" % R.randint(1000000, 9999999)
    p.mac = mac()
    p.cbid = "%s-%s-%s-%s-%s" % (HEX(8), HEX(4), HEX(4), HEX(4), HEX(12))
    p.acct = "%010d" % R.randint(1000000000, 9999999999)
    p.visit = "V%09d" % R.randint(100000000, 999999999)
    p.fev1pp = round(R.uniform(38, 118), 1)
    p.sweat = R.randint(64, 121)
    return p


PTS = [make_patient(i) for i in range(56)]


def pick():
    return R.choice(PTS)


def pick_child():
    return R.choice([p for p in PTS if not p.adult])


def pick_adult():
    return R.choice([p for p in PTS if p.adult])


def body_size(p):
    age = 2024 - p.dob.year
    if age >= 18:
        h = R.randint(150, 190)
        return h, int(h * R.uniform(0.28, 0.46))
    return min(180, 50 + age * 6 + R.randint(0, 10)), max(4, int(age * 3.2 + R.randint(0, 8)))


def enc_date():
    return rdate("2023-11-01", "2024-03-14")


def appt_date():
    return rdate("2024-03-15", "2024-07-31")


def name_form(p, L, style=None):
    """append a name form of patient p to L (one span)."""
    st = style or R.choice(["fl", "fl", "lf", "LF", "fl_lower", "initial", "flm"])
    if st == "fl":
        s = "%s %s" % (p.first, p.last)
    elif st == "lf":
        s = "%s, %s" % (p.last, p.first)
    elif st == "LF":
        s = "%s, %s" % (p.last.upper(), p.first.upper())
    elif st == "fl_lower":
        s = ("%s %s" % (p.first, p.last)).lower()
    elif st == "initial":
        s = "%s. %s" % (p.first[0], p.last)
    else:
        s = "%s %s. %s" % (p.first, p.mi, p.last)
    L.p(s, "name")
    return L


def pname(p):
    return "%s %s" % (p.pfirst, p.plast)


STAFF = [("Rebecca", "Thornton", "MD", "rthornton"), ("Arjun", "Mehta", "MD", "amehta"),
         ("Ana Lucía", "Ferreira", "MD", "aferreira"), ("Tamika", "Rhodes", "LCSW", "trhodes"),
         ("Carlos", "Benítez", "RRT", "cbenitez"), ("Karen", "Lindgren", "RN", "klindgren"),
         ("Jia", "Wu", "CRC", "jwu"), ("Kelly", "Morales", "CRC", "kmorales"),
         ("Dev", "Patel", "PharmD", "dpatel")]

# --------------------------------------------------------------------------
# generators.  Each returns a list of Line.
# --------------------------------------------------------------------------
REG_HDR = ("site_id,cffpr_id,mrn,last_name,first_name,dob,sex,encounter_date,enc_type,ht_cm,wt_kg,"
           "bmi_pctl,fev1_l,fev1_pp,fvc_pp,fef2575_pp,sweat_cl,cftr_allele1,cftr_allele2,modulator,"
           "pa_status,mrsa_status")


def g_reg_csv_hdr():
    return [Line("registry_csv").t(REG_HDR)]


def g_reg_csv_meta():
    L = Line("registry_csv")
    d = tick()
    L.t("# RegistryBridge 4.2.%d export site=OH0214 schema=cffpr_2024.1 generated=%sZ rows=%d sha256=%s"
        % (R.randint(0, 9), utc(d).strftime("%Y-%m-%dT%H:%M:%S"), R.randint(150, 260), hexs(64)))
    return [L]


def g_reg_csv_row():
    out = []
    if R.random() < 0.3:
        out.append(Line("registry_csv").t(REG_HDR))
    for _ in range(R.randint(1, 2)):
        out.append(reg_csv_row())
    return out


def reg_csv_row():
    p = pick()
    L = Line("registry_csv")
    q = R.random() < 0.3
    ed = enc_date()
    hw = body_size(p)
    vals = [("OH0214", None), (p.cffpr, "other_id"), (p.mrn, "mrn"), (p.last, "name"),
            (p.first, "name"), (fd(p.dob, R.choice(["iso", "us"])), "date"), (p.sex, None),
            (fd(ed, R.choice(["iso", "us", "usn"])), "date"), (R.choice(["clinic", "clinic", "hosp", "telehealth"]), None),
            ("%.1f" % (hw[0] + R.random()), None), ("%.1f" % (hw[1] + R.random()), None),
            (str(R.randint(5, 88)), None), ("%.2f" % R.uniform(0.9, 3.9), None), ("%.1f" % p.fev1pp, None),
            ("%.1f" % R.uniform(55, 120), None), ("%.1f" % R.uniform(20, 110), None),
            (str(p.sweat) if R.random() < 0.3 else "", None), (p.geno[0], None), (p.geno[1], None),
            (p.mod, None), (R.choice(["never", "intermittent", "chronic", "free"]), None),
            (R.choice(["negative", "negative", "positive"]), None)]
    for i, (v, c) in enumerate(vals):
        if i:
            L.t(",")
        qq = q and c in ("name", "date") or ("," in v)
        if qq:
            L.t('"')
        if c:
            L.p(v, c)
        else:
            L.t(v)
        if qq:
            L.t('"')
    return L


def g_reg_csv_trailer():
    return [Line("registry_csv").t("EOF,%d,%s" % (R.randint(150, 260), hexs(8)))]


def g_geno_psv():
    out = []
    if R.random() < 0.4:
        out.append(Line("registry_psv").t("cffpr_id|allele_1|allele_2|legacy_1|legacy_2|lab|report_date|method"))
    for _ in range(R.randint(1, 2)):
        p = pick()
        L = Line("registry_psv")
        L.p(p.cffpr, "other_id").t("|%s|%s|%s|%s|%s|" % (p.geno[0], p.geno[1], p.geno[0].replace("->", ">"),
                                                          "", R.choice(["Ambry", "Invitae", "GeneDx", "CF-Lab OSU"])))
        L.p(fd(rdate(max(p.dob, date(2005, 1, 1)).isoformat(), "2023-12-31"), R.choice(["iso", "hl7"])), "date")
        L.t("|" + R.choice(["full_sequencing", "139-variant panel", "deletion/dup", "Sanger"]))
        out.append(L)
    return out


def g_reg_validator():
    p = pick()
    d = tick()
    L = Line("registry_validator")
    L.t("%s,%s %s [registry_bridge.validate] " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), R.choice(["WARNING", "ERROR"])))
    k = R.randint(0, 3)
    row = R.randint(2, 260)
    if k == 0:
        L.t("row %d: cffpr_id=" % row).p(p.cffpr, "other_id").t(" encounter_date=")
        L.p(fd(rdate("2024-03-15", "2024-04-30"), "iso"), "date").t(" is after export cutoff 2024-03-14; row skipped")
    elif k == 1:
        L.t("row %d: fev1_pp=%.1f outside plausible range [10,160] for mrn=" % (row, R.uniform(161, 240))).p(p.mrn, "mrn")
    elif k == 2:
        L.t("row %d: duplicate encounter for " % row)
        name_form(p, L, "LF")
        L.t(" (dob ").p(fd(p.dob, "us"), "date").t(") already submitted in batch b-20240307-02")
    else:
        L.t("row %d: sweat_cl=%d but no sweat_date; cffpr_id=" % (row, p.sweat)).p(p.cffpr, "other_id")
    return [L]


def g_reg_validator_noise():
    d = tick()
    L = Line("registry_validator")
    L.t("%s,%s INFO [registry_bridge.%s] " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d),
                                            R.choice(["validate", "submit", "scheduler", "schema"])))
    L.t(R.choice([
        "loaded schema cffpr_2024.1 (312 fields, 41 code lists) in %dms" % R.randint(80, 400),
        "validation pass complete: %d rows, %d errors, %d warnings" % (R.randint(150, 260), R.randint(0, 4), R.randint(0, 12)),
        "next scheduled run at 2024-03-15T06:00:00-04:00 (cron '0 6 * * *')",
        "code list CFTR_VARIANT refreshed from CFTR2 snapshot 2024-01 (%d variants)" % R.randint(800, 900),
        "retrying POST /v3/submissions after 503 (attempt %d/5, backoff %.1fs)" % (R.randint(1, 4), R.uniform(1, 30)),
    ]))
    return [L]


def g_reg_json():
    p = pick()
    d = tick()
    L = Line("registry_json")
    ed = enc_date()
    o = {"ts": utc(d).strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "Z", "level": "debug", "svc": "registry-bridge",
         "msg": "encounter payload",
         "record": {"resourceType": "cf.encounter", "siteId": "OH0214",
                    "patient": {"registryId": P(p.cffpr, "other_id"), "localMrn": P(p.mrn, "mrn"),
                                "name": {"family": P(p.last, "name"), "given": [P(p.first, "name")]},
                                "birthDate": P(fd(p.dob, "iso"), "date"), "sex": p.sex,
                                "zip3": p.zip[:3], "county": P(p.county, "address")},
                    "encounter": {"date": P(fd(ed, "iso"), "date"), "type": R.choice(["clinic", "hospitalization"]),
                                  "spirometry": {"fev1L": round(R.uniform(0.9, 3.9), 2), "fev1PctPred": p.fev1pp,
                                                 "refEquation": "GLI-2012"},
                                  "cftr": {"allele1": p.geno[0], "allele2": p.geno[1]},
                                  "modulator": p.mod}}}
    if R.random() < 0.5:
        del o["record"]["patient"]["county"]
        o["record"]["encounter"]["sweatChloride"] = {"value": p.sweat, "unit": "mmol/L",
                                                     "date": P(fd(rdate(max(p.dob, date(2003, 6, 1)).isoformat(), "2023-10-01"), "iso"), "date")}
    jemit(L, o)
    return [L]


def g_reg_json_reject():
    p = pick()
    d = tick()
    L = Line("registry_json")
    o = {"ts": utc(d).strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "Z", "level": "warn", "svc": "registry-bridge",
         "msg": "encounter rejected by registry", "submissionId": "sub_" + hexs(20),
         "reason": R.choice(["FEV1_PP_OUT_OF_RANGE", "MISSING_REQUIRED_FIELD:height", "DUPLICATE_ENCOUNTER",
                             "DOB_MISMATCH"]),
         "record": {"cffprId": P(p.cffpr, "other_id"), "encounterDate": P(fd(enc_date(), "us"), "date")}}
    if o["reason"] == "DOB_MISMATCH":
        o["record"]["dobLocal"] = P(fd(p.dob, "iso"), "date")
        o["record"]["dobRegistry"] = P(fd(p.dob + timedelta(days=R.choice([1, 30, 365])), "iso"), "date")
    jemit(L, o)
    return [L]


def g_reg_json_noise():
    d = tick()
    L = Line("registry_json")
    k = R.randint(0, 3)
    base = {"ts": utc(d).strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "Z", "level": "info", "svc": "registry-bridge"}
    if k == 0:
        base.update({"msg": "batch submitted", "batchId": "b-20240314-%02d" % R.randint(1, 6),
                     "records": R.randint(40, 260), "rejected": R.randint(0, 5), "durationMs": R.randint(800, 9000)})
    elif k == 1:
        base.update({"msg": "POST https://registry-api.cff-example.org/v3/submissions", "status": 202,
                     "latency_ms": R.randint(120, 900), "traceId": hexs(32), "spanId": hexs(16)})
    elif k == 2:
        base.update({"msg": "oauth token refreshed", "client_id": "oh0214-bridge", "expires_in": 3600,
                     "scope": "registry.submit registry.read"})
    else:
        base.update({"level": "error", "msg": "submission poll failed", "error": "ReadTimeout(read timeout=30)",
                     "submissionId": "sub_" + hexs(20), "attempt": R.randint(1, 5)})
    jemit(L, base)
    return [L]


def g_sweat_csv():
    out = []
    if R.random() < 0.35:
        out.append(Line("sweat_csv").t("AccessionNo;Collected;MRN;Patient;Site;Weight_mg;Cl_mmol_L;Interpretation;QNS"))
    p = pick()
    L = Line("sweat_csv")
    cd = rdate("2023-06-01", "2024-03-13")
    L.t("SW24-%05d;" % R.randint(100, 99999)).p("%s %02d:%02d" % (fd(cd, "us"), R.randint(8, 15), R.choice([0, 15, 30, 45])), "date")
    L.t(";").p(p.mrn, "mrn").t(";")
    name_form(p, L, R.choice(["LF", "lf"]))
    wt = R.randint(8, 80)
    L.t(";%s;%d;%s;%s" % (R.choice(["L forearm", "R forearm", "L thigh"]), wt,
                          str(p.sweat) if wt >= 15 else "", "Consistent with CF" if wt >= 15 else "",
                          ) + ";" + ("N" if wt >= 15 else "Y"))
    out.append(L)
    return out


def g_sweat_noise():
    L = Line("sweat_csv")
    L.t("QC;%s;CTRL-LOW;Macroduct Advanced;lot %s;Cl_mmol_L=%d;target 20-30;%s" % (
        fd(rdate("2024-03-01", "2024-03-14"), "us"), digits(6), R.randint(19, 31), R.choice(["PASS", "PASS", "FAIL"])))
    return [L]


# ---------------- PFT XML (ndd-like) -----------------------------------------
def g_pft_xml_block():
    p = pick()
    td = rdate("2024-03-01", "2024-03-14")
    out = []

    def ln():
        L = Line("pft_xml")
        out.append(L)
        return L
    ln().t('<?xml version="1.0" encoding="utf-8"?>')
    ln().t('<ndd Version="ndd.EasyWarePro.V1"><Command Type="Export"><Parameter Name="Attachment">No</Parameter></Command>')
    ln().t('<Device SerialNumber="%d-%03d-%04d" Type="EasyOne Connect" Firmware="3.%d.%d.0"/>'
           % (R.choice([2019, 2020, 2021]), R.randint(100, 999), R.randint(1000, 9999), R.randint(5, 9), R.randint(0, 9)))
    ln().t("<Patients>")
    ln().t('  <Patient ID="').p(p.mrn, "mrn").t('">')
    ln().t("    <LastName>").p(p.last, "name").t("</LastName>")
    ln().t("    <FirstName>").p(p.first, "name").t("</FirstName>")
    ln().t("    <PatientDataAtPresent><DateOfBirth>").p(fd(p.dob, "iso"), "date").t(
        "</DateOfBirth><Gender>%s</Gender><Height>%d</Height><Weight>%d</Weight><Ethnicity>%s</Ethnicity></PatientDataAtPresent>"
        % (("Male" if p.sex == "M" else "Female",) + body_size(p) + (
           R.choice(["Caucasian", "Hispanic", "African", "Asian", "Other"]),)))
    ln().t('    <Intervals><Interval><Tests><Test TypeOfTest="FVC" Name="FVC">')
    ln().t("      <TestDate>").p("%sT%02d:%02d:%02d" % (fd(td, "iso"), R.randint(8, 15), R.randint(0, 59), R.randint(0, 59)), "date").t(
        "</TestDate><QualityGrade>%s</QualityGrade><Operator>%s</Operator>" % (R.choice("ABC"), R.choice(["cbenitez", "RT2", "klindgren"])))
    for par, unit, lo, hi in [("FVC", "L", 1.1, 4.8), ("FEV1", "L", 0.9, 3.9), ("FEV1_FVC", "", 0.55, 0.92),
                              ("FEF2575", "L/s", 0.4, 4.2)][: R.randint(2, 4)]:
        v = R.uniform(lo, hi)
        ln().t('      <ResultParameter ID="%s"><DataValue>%.2f</DataValue><Unit>%s</Unit><PredictedValue>%.2f</PredictedValue><LLNormalValue>%.2f</LLNormalValue></ResultParameter>'
               % (par, v, unit, v * R.uniform(1.0, 1.3), v * R.uniform(0.8, 1.0)))
    ln().t("    </Test></Tests></Interval></Intervals>")
    ln().t("  </Patient>")
    ln().t("</Patients></ndd>")
    return out


def g_pft_xml_single():
    p = pick()
    L = Line("pft_xml")
    td = rdate("2024-03-01", "2024-03-14")
    L.t('<PFTRecord xmlns="urn:example:sentrysuite:export:2" station="PFTLAB-02"><Subject id="').p(p.mrn, "mrn")
    L.t('" name="')
    name_form(p, L, "LF")
    L.t('" dob="').p(fd(p.dob, "us"), "date").t('" sex="%s"/><Session date="' % p.sex).p(fd(td, "dmon"), "date")
    L.t('" predSet="GLI-2012" bd="%s"><FEV1 pre="%.2f" ppred="%.0f"/><FVC pre="%.2f"/></Session></PFTRecord>'
        % (R.choice(["none", "albuterol 360mcg"]), R.uniform(0.9, 3.9), p.fev1pp, R.uniform(1.1, 4.8)))
    return [L]


def g_pft_xml_noise():
    L = Line("pft_xml")
    L.t(R.choice([
        '<ExportInfo Application="EasyWare" Version="3.9.1.0" Station="PFTLAB-01" Records="%d"/>' % R.randint(3, 40),
        '<!-- calibration check: 3.00 L syringe, deviation %+.1f%%, PASS -->' % R.uniform(-2.5, 2.5),
        '<ResultParameter ID="PEF"><DataValue>%.2f</DataValue><Unit>L/s</Unit></ResultParameter>' % R.uniform(2, 9),
        '<Parameter Name="PredictedSet">GLI-2012</Parameter>',
    ]))
    return [L]


# ---------------- PFT fixed-width --------------------------------------------
def g_pft_fixed():
    out = []
    if R.random() < 0.3:
        out.append(Line("pft_fixed").t("H01CFPFTLAB   BREEZE-EXP 20240314%s V2.3  OH0214" % NOW[0].strftime("%H%M")))
    p = pick()
    L = Line("pft_fixed")
    td = rdate("2024-03-01", "2024-03-14")
    L.t("D01").p(p.mrn, "mrn").t("  ")
    last = asciify(p.last.upper())[:18]
    first = asciify(p.first.upper())[:12]
    L.p(last, "name").t(" " * (18 - len(last))).p(first, "name").t(" " * (12 - len(first)))
    L.p(fd(p.dob, "hl7"), "date").t(p.sex).p("%s%02d%02d" % (fd(td, "hl7"), R.randint(8, 15), R.randint(0, 59)), "date")
    fvc = R.uniform(1.1, 4.8)
    fev1 = fvc * R.uniform(0.55, 0.9)
    L.t("%5.1f%6.2f%5.0f%6.2f%5.0f%5.2f%6.2f%s" % (body_size(p)[0] + R.random(), fvc, R.uniform(60, 120), fev1, p.fev1pp,
                                                fev1 / fvc, R.uniform(0.4, 4.2), R.choice("AABC")))
    out.append(L)
    if R.random() < 0.3:
        out.append(Line("pft_fixed").t("T01%06d%s" % (R.randint(5, 60), " " * 20 + "END")))
    return out


def g_pft_fixed_noise():
    L = Line("pft_fixed")
    L.t(R.choice([
        "C01CAL  20240314%s SYR3.00L  VOL%+.1f%% FLOW OK  BTPS 1.102" % (NOW[0].strftime("%H%M"), R.uniform(-2.5, 2.5)),
        "T01%06d%sEND" % (R.randint(5, 60), " " * 20),
        "E01RECORD REJECTED: FEV1 > FVC (post-BD) station PFTLAB-0%d operator RT%d" % (R.randint(1, 2), R.randint(1, 4)),
    ]))
    return [L]


# ---------------- vest app: Android logcat -----------------------------------
APID = [5123]


def lc(level, tag):
    d = tick()
    L = Line("vest_android")
    L.t("%s %s %5d %5d %s %s: " % (d.strftime("%m-%d"), d.strftime("%H:%M:%S.") + ms(d), APID[0],
                                    R.choice([APID[0], 5140, 5166, 5171, 5203]), level, tag))
    return L


def g_vest_android():
    p = pick()
    k = R.randint(0, 5)
    out = []
    if k == 0:
        out.append(lc("D", "BluetoothGatt").t("connect() - device: ").p(p.mac, "device").t(", auto: false"))
        out.append(lc("D", "BluetoothGatt").t("registerApp() - UUID=%s" % uuid4()))
        out.append(lc("D", "BluetoothGatt").t("onClientConnectionState() - status=0 clientIf=%d device=" % R.randint(5, 12)).p(p.mac, "device"))
    elif k == 1:
        L = lc("I", "VestConnect/Session")
        L.t("session end serial=").p(p.vest, "device").t(" mode=%s freq=%dHz pressure=%d dur=%ds user=" % (
            R.choice(["NORMAL", "RAMP", "PROGRAM2"]), R.randint(5, 20), R.randint(1, 10), R.choice([900, 1200, 1800])))
        L.p(p.pemail, "email")
        out.append(L)
    elif k == 2:
        L = lc("D", "VestConnect/Api")
        L.t('POST https://api.pulmowave-example.com/v2/sessions body={"patientId":"').p(p.appuser, "other_id")
        L.t('","deviceSerial":"').p(p.vest, "device").t('","minutes":%d,"adherencePct":%d}' % (R.choice([15, 20, 30]), R.randint(20, 100)))
        out.append(L)
    elif k == 3:
        L = lc("E", "VestConnect/Profile")
        L.t("failed to parse dob '").p(fd(p.dob, "us"), "date").t("' for profile ")
        name_form(p, L, "fl")
        L.t(": java.time.format.DateTimeParseException: Text could not be parsed at index 2")
        out.append(L)
    elif k == 4:
        L = lc("I", "VestConnect/Pairing")
        L.t("bonded vest ").p(p.vest, "device").t(" addr=").p(p.mac, "device").t(" bondState=BOND_BONDED owner=")
        L.p(p.appuser, "other_id")
        out.append(L)
    else:
        L = lc("W", "VestConnect/Reminder")
        L.t("missed therapy reminder for ").p(p.first, "name").t(" (%d of 2 sessions done today); notifying caregiver " % R.randint(0, 1))
        L.p(phone(p.pphone, "e164"), "phone")
        out.append(L)
    return out


def g_vest_android_noise():
    k = R.randint(0, 7)
    if k == 0:
        L = lc("D", "BluetoothLeScanner").t("onScannerRegistered() - status=0 scannerId=%d mScannerId=0" % R.randint(5, 12))
    elif k == 1:
        L = lc("D", "VestConnect/BleScanner").t("startScan filters=1 mode=SCAN_MODE_LOW_LATENCY serviceUuid=0000fe%s-0000-1000-8000-00805f9b34fb" % hexs(2))
    elif k == 2:
        L = lc("W", "VestConnect/Ble").t("GATT_ERROR 133 on connect, retry %d/5 in %dms" % (R.randint(1, 5), R.choice([500, 1000, 2000])))
    elif k == 3:
        L = lc("I", "chatty").t("uid=10245(com.pulmowave.vestconnect) VestConnect/Sync identical %d lines" % R.randint(2, 9))
    elif k == 4:
        L = lc("D", "VestConnect/Sync").t("uploaded %d sessions in %dms http=200 etag=W/\"%s\"" % (R.randint(1, 6), R.randint(200, 2400), hexs(16)))
    elif k == 5:
        L = lc("I", "ActivityManager").t("Start proc %d:com.pulmowave.vestconnect/u0a245 for service {com.pulmowave.vestconnect/.sync.SyncService}" % R.randint(4000, 9000))
    elif k == 6:
        L = lc("D", "VestConnect/Gatt").t("onCharacteristicChanged 6e400003-b5a3-f393-e0a9-e50e24dcca9e len=20 hz=%d psi=%d" % (R.randint(5, 20), R.randint(1, 10)))
    else:
        L = lc("E", "VestConnect/Firmware").t("OTA check failed: HTTP 404 for /firmware/sv105/latest.json (app 4.%d.%d build %d)" % (R.randint(0, 9), R.randint(0, 20), R.randint(3000, 3999)))
    return [L]


# ---------------- vest app: iOS ----------------------------------------------
def ios(cat):
    d = tick()
    L = Line("vest_ios")
    L.t("%s.%06d-0400 VestConnect[%d:%d] [%s] " % (d.strftime("%Y-%m-%d %H:%M:%S"), d.microsecond, 812,
                                                  R.randint(40000, 60000), cat))
    return L


def g_vest_ios():
    p = pick()
    k = R.randint(0, 3)
    if k == 0:
        L = ios("BLE").t("didDiscover peripheral <CBPeripheral: 0x28%s, identifier = " % hexs(7)).p(p.cbid, "device")
        L.t(", name = ").p(p.vest, "device").t(", mtu = 23, state = disconnected> RSSI %d" % -R.randint(40, 90))
    elif k == 1:
        L = ios("Auth").t("Signed in as ").p(p.pemail, "email").t(" (userId: ").p(p.appuser, "other_id").t(", role: caregiver)")
    elif k == 2:
        L = ios("Therapy").t('Session saved: {patientName: "').p("%s %s" % (p.first, p.last), "name")
        L.t('", start: "%s", minutes: %d, vest: "' % (NOW[0].strftime("%Y-%m-%dT%H:%M"), R.choice([15, 20, 30]))).p(p.vest, "device").t('"}')
    else:
        L = ios("BLE").t("didConnect ").p(p.cbid, "device").t(" after %.2fs; subscribing to therapy characteristic" % R.uniform(0.3, 4.0))
    return [L]


def g_vest_ios_noise():
    k = R.randint(0, 4)
    if k == 0:
        L = ios("CoreBluetooth").t("API MISUSE: <CBCentralManager: 0x28%s> can only accept this command while in the powered on state" % hexs(7))
    elif k == 1:
        L = ios("Sync").t("BGProcessingTask com.pulmowave.vestconnect.sync expired after %.1fs; rescheduled" % R.uniform(20, 30))
    elif k == 2:
        L = ios("Net").t("Task <%s>.<%d> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\"" % (uuid4().upper(), R.randint(1, 9)))
    elif k == 3:
        L = ios("Push").t("APNs registration ok, token len=32 env=production build=4.%d.%d(%d)" % (R.randint(0, 9), R.randint(0, 20), R.randint(3000, 3999)))
    else:
        L = ios("CoreBluetooth").t("XPC connection invalid")
    return [L]


# ---------------- specialty pharmacy JSON ------------------------------------
def g_rx_pa():
    p = pick()
    d = tick()
    L = Line("pharmacy_json")
    eff = rdate("2024-01-15", "2024-03-14")
    o = {"timestamp": d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "-04:00", "level": "INFO",
         "logger": "com.specialtyrx.pa.PaStatusListener", "event": "pa.status_changed",
         "paCaseId": P("PA-%d-%07d" % (2024, R.randint(1, 9999999)), "other_id"),
         "payer": p.payer, "memberId": P(p.member, "health_plan"),
         "patient": {"first": P(p.first, "name"), "last": P(p.last, "name"), "dob": P(fd(p.dob, "iso"), "date")},
         "drug": R.choice(["ELEXACAFTOR/TEZACAFTOR/IVACAFTOR; IVACAFTOR", "IVACAFTOR 150 MG TAB", "TEZACAFTOR/IVACAFTOR; IVACAFTOR"]),
         "ndc": R.choice(["51167-0331-01", "51167-0200-01", "51167-0113-01"]), "dx": R.choice(["E84.0", "E84.19", "E84.8"]),
         "genotype": "%s/%s" % p.geno, "prescriberNpi": "1%09d" % R.randint(100000000, 999999999),
         "status": R.choice(["APPROVED", "APPROVED", "PENDED", "DENIED"])}
    if o["status"] == "APPROVED":
        o["effective"] = P(fd(eff, "iso"), "date")
        o["expires"] = P(fd(eff + timedelta(days=365), "iso"), "date")
    else:
        o["reason"] = R.choice(["Step therapy documentation required", "Genotype report missing", "Plan requires FEV1 within 90 days"])
    jemit(L, o)
    return [L]


def g_rx_refill():
    p = pick()
    d = tick()
    L = Line("pharmacy_json")
    o = {"ts": d.strftime("%Y-%m-%d %H:%M:%S"), "event": "refill.scheduled",
         "rx_number": P(str(R.randint(6000000, 7999999)), "other_id"), "fill_no": R.randint(1, 11),
         "days_supply": 28, "pharmacy_patient_id": P(p.rxpt, "other_id"),
         "ship_to": {"name": P(pname(p) if not p.adult else "%s %s" % (p.first, p.last), "name"),
                     "address1": P(p.street, "address"), "city": P(p.city, "address"), "state": "OH",
                     "postal_code": P(R.choice([p.zip, p.zip4]), "zip")},
         "ship_date": P(fd(rdate("2024-03-15", "2024-04-10"), "iso"), "date"),
         "contact_phone": P(phone(p.pphone, R.choice(PHONE_STYLES)), "phone"),
         "cold_chain": False, "signature_required": True, "carrier": "UPS",
         "tracking": "1Z%s%s" % (HEX(6), digits(10))}
    if R.random() < 0.5:
        o["copay_card"] = {"bin": "610020", "pcn": "PXXPDMI", "group": "99992%03d" % R.randint(0, 999),
                           "member_id": P("VX%09d" % R.randint(100000000, 999999999), "account")}
    jemit(L, o, SP)
    return [L]


def g_rx_misc(k=None):
    p = pick()
    d = tick()
    L = Line("pharmacy_json")
    if k is None:
        k = R.randint(0, 3)
    if k == 0:
        o = {"ts": d.strftime("%Y-%m-%d %H:%M:%S"), "event": "outreach.call", "rx_number": P(str(R.randint(6000000, 7999999)), "other_id"),
             "outcome": R.choice(["LEFT_VOICEMAIL", "CONFIRMED", "NO_ANSWER", "WRONG_NUMBER"]),
             "dialed": P(phone(p.pphone, R.choice(PHONE_STYLES)), "phone"), "agent": R.choice(["jbrooks", "mtran", "dpatel"]),
             "duration_s": R.randint(5, 400)}
        jemit(L, o, SP)
    elif k == 1:
        L.t('{"level":"ERROR","logger":"com.specialtyrx.billing.CardVault","msg":"Tokenization failed for card ')
        L.p(luhn_pan(R.choice(["4539", "4716", "5425", "2221"])), "account")
        L.t(' exp %02d/%d: gateway 402 do_not_honor","orderId":"SO-2024-%06d","patient":"' % (R.randint(1, 12), R.randint(25, 29), R.randint(1, 999999)))
        L.p(p.rxpt, "other_id").t('"}')
    elif k == 2:
        o = {"ts": d.strftime("%Y-%m-%d %H:%M:%S"), "event": "pickup.verified", "rx_number": P(str(R.randint(6000000, 7999999)), "other_id"),
             "id_type": "DL", "id_number": P(R.choice("ABCDEFGHJKLMNPRST") + R.choice("ABCDEFGHJKLMNPRST") + digits(6), "license"),
             "id_state": "OH", "picked_up_by": P(pname(p), "name"), "relationship": p.rel, "store": "COL-02"}
        jemit(L, o, SP)
    else:
        o = {"timestamp": d.strftime("%Y-%m-%dT%H:%M:%S-04:00"), "level": "INFO", "logger": "com.specialtyrx.pap.EnrollmentService",
             "event": "pap.application.submitted", "program": "manufacturer patient assistance",
             "applicant": {"name": P("%s, %s" % (p.last, p.first), "name"), "ssn": P(ssn(), "ssn"),
                           "dob": P(fd(p.dob, "us"), "date"), "householdSize": R.randint(2, 7), "annualIncome": R.randint(18, 90) * 1000},
             "guardianFax": P(phone(p.pphone[:6] + digits(4), "dash"), "fax")}
        jemit(L, o)
    return [L]


def g_rx_noise():
    d = tick()
    L = Line("pharmacy_json")
    k = R.randint(0, 3)
    if k == 0:
        o = {"timestamp": d.strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "-04:00", "level": "INFO",
             "logger": "com.specialtyrx.pa.CoverMyMedsPoller", "message": "poll complete", "pending": R.randint(3, 30),
             "approved": R.randint(0, 6), "denied": R.randint(0, 3), "elapsedMs": R.randint(200, 3000)}
    elif k == 1:
        o = {"ts": d.strftime("%Y-%m-%d %H:%M:%S"), "event": "inventory.check", "ndc": "51167-0331-01", "sku": "TRIKAFTA-84CT",
             "on_hand": R.randint(0, 60), "branch": "COL-02", "reorder_point": 12}
    elif k == 2:
        o = {"timestamp": d.strftime("%Y-%m-%dT%H:%M:%S-04:00"), "level": "WARN", "logger": "com.specialtyrx.ship.UpsClient",
             "message": "rate quote timeout, using cached rate", "service": "UPS_NEXT_DAY_AIR", "quoteAgeMin": R.randint(5, 90)}
    else:
        o = {"ts": d.strftime("%Y-%m-%d %H:%M:%S"), "event": "queue.stats", "queue": "pa-followup", "depth": R.randint(0, 40),
             "oldest_age_h": round(R.uniform(0, 72), 1), "escalations_contact": "rx-ops@specialtyrx-example.com"}
    jemit(L, o, SP if R.random() < 0.5 else (",", ":"))
    return [L]


# ---------------- REDCap audit -----------------------------------------------
def g_redcap_csv():
    out = []
    if R.random() < 0.25:
        out.append(Line("redcap_audit").t('"Time / Date","Username","Action","List of Data Changes OR Fields Exported"'))
    p = pick()
    d = tick()
    L = Line("redcap_audit")
    user = R.choice(["kmorales", "jwu", "amehta"])
    k = R.randint(0, 2)
    L.t('"%s","%s",' % (d.strftime("%Y-%m-%d %H:%M"), user))
    if k == 0:
        L.t('"Update record ').p(p.redcap, "other_id").t(' (Visit %d (Arm 1: CF Cohort))","fev1_pp = \'%.1f\', visit_date = \''
                                                        % (R.randint(1, 6), p.fev1pp)).p(fd(enc_date(), "iso"), "date")
        L.t("', sweat_cl = '%d'\"" % p.sweat)
    elif k == 1:
        L.t('"Create record ').p(p.redcap, "other_id").t('","record_id = \'').p(p.redcap, "other_id").t("', first_name = '")
        L.p(p.first.replace("'", "''"), "name").t("', last_name = '").p(p.last.replace("'", "''"), "name")
        L.t("', dob = '").p(fd(p.dob, "iso"), "date").t("', consent_yn = '1'\"")
    else:
        L.t('"Update record ').p(p.redcap, "other_id").t(' (Contact Info)","parent_email = \'').p(p.pemail, "email")
        L.t("', parent_phone = '").p(phone(p.pphone, R.choice(["paren", "dash", "raw"])), "phone").t("'\"")
    out.append(L)
    return out


def g_redcap_row():
    p = pick()
    d = tick()
    L = Line("redcap_audit")
    L.t("log_event_id=%d project_id=1187 ts=%s user=%s ip=10.44.%d.%d page=DataEntry/index.php event=UPDATE "
        "object_type=redcap_data pk=" % (R.randint(800000, 899999), d.strftime("%Y%m%d%H%M%S"),
                                         R.choice(["kmorales", "jwu"]), R.randint(1, 9), R.randint(2, 250)))
    L.p(p.redcap, "other_id").t(" event_id=%d data_values=\"" % R.randint(4400, 4499))
    if R.random() < 0.5:
        L.t("dob = '").p(fd(p.dob, "iso"), "date").t("'")
    else:
        L.t("address_zip = '").p(p.zip, "zip").t("', address_city = '").p(p.city, "address").t("'")
    L.t('" description="Update record"')
    return [L]


def g_redcap_noise():
    d = tick()
    L = Line("redcap_audit")
    u = R.choice(["kmorales", "jwu", "amehta", "site_admin"])
    k = R.randint(0, 4)
    if k == 0:
        L.t('"%s","%s","Data export","Fields exported: record_id, redcap_event_name, fev1_pp, fvc_pp, cftr_geno_1, cftr_geno_2 (De-identified, dates shifted)"' % (d.strftime("%Y-%m-%d %H:%M"), u))
    elif k == 1:
        L.t('"%s","%s","Manage/Design","Modify instrument (sweat_chloride)"' % (d.strftime("%Y-%m-%d %H:%M"), u))
    elif k == 2:
        L.t('"%s","%s","Login",""' % (d.strftime("%Y-%m-%d %H:%M"), u))
    elif k == 3:
        L.t("log_event_id=%d project_id=1187 ts=%s user=%s ip=10.44.%d.%d page=API/index.php event=OTHER object_type=redcap_user_rights description=\"API token used (export records, format=csv)\""
            % (R.randint(800000, 899999), d.strftime("%Y%m%d%H%M%S"), u, R.randint(1, 9), R.randint(2, 250)))
    else:
        L.t('"%s","%s","Manage/Design","Add/edit data access group (OH0214-Columbus)"' % (d.strftime("%Y-%m-%d %H:%M"), u))
    return [L]


# ---------------- HL7 ORU sputum ---------------------------------------------
ORGS = [("1131000146101", "Pseudomonas aeruginosa, mucoid"), ("52499004", "Pseudomonas aeruginosa"),
        ("115329001", "Methicillin resistant Staphylococcus aureus"), ("3092008", "Staphylococcus aureus"),
        ("113689006", "Stenotrophomonas maltophilia"), ("114233003", "Burkholderia cepacia complex"),
        ("243298004", "Achromobacter xylosoxidans"), ("78181009", "Mycobacterium abscessus")]


def g_hl7_block():
    p = pick()
    d = tick()
    out = []
    coll = datetime.combine(rdate("2024-03-05", "2024-03-12"), datetime.min.time()) + timedelta(minutes=R.randint(480, 960))
    res = coll + timedelta(days=R.randint(2, 5), minutes=R.randint(1, 300))
    mid = "MB%08d" % R.randint(1, 99999999)
    acc = "MB24-%05d" % R.randint(1, 99999)
    ordn = "ORD%07d" % R.randint(1, 9999999)

    def seg():
        L = Line("hl7_oru")
        out.append(L)
        return L
    seg().t("MSH|^~\\&|SOFTLAB|COCH_MICRO|EPIC|CFCC|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (d.strftime("%Y%m%d%H%M%S"), mid))
    L = seg().t("PID|1||").p(p.mrn, "mrn").t("^^^COCH^MR~").p(p.cffpr, "other_id").t("^^^CFFPR^PI||")
    L.p("%s^%s^%s" % (p.last.upper(), p.first.upper(), p.mi), "name").t("||").p(fd(p.dob, "hl7"), "date")
    L.t("|%s|||" % p.sex).p(p.street, "address").t("^^").p(p.city, "address").t("^OH^").p(p.zip, "zip").t("^USA^H||")
    L.p(phone(p.pphone, "parenn"), "phone").t("^PRN^PH|||||").p(p.acct, "account")
    seg().t("PV1|1|O|CFCLINIC^PULM4^01||||1487632095^THORNTON^REBECCA^^^^MD|||||||||||").p(p.visit, "other_id")
    seg().t("ORC|RE|%s|%s||CM" % (ordn, acc))
    L = seg().t("OBR|1|%s|%s|87070^Culture, respiratory CF^CPT4|||" % (ordn, acc)).p(coll.strftime("%Y%m%d%H%M"), "date")
    L.t("|||||||SPT^Sputum, expectorated|1487632095^THORNTON^REBECCA||||||").p(res.strftime("%Y%m%d%H%M"), "date").t("||MB|F")
    n = R.randint(1, 3)
    for i, (code, org) in enumerate(R.sample(ORGS, n)):
        seg().t("OBX|%d|CWE|11475-1^Microorganism identified^LN|%d|%s^%s^SCT||||||F" % (2 * i + 1, i + 1, code, org))
        seg().t("OBX|%d|ST|19146-0^Colony count^LN|%d|%s||||||F" % (2 * i + 2, i + 1, R.choice([">100,000 CFU/mL", "10,000-50,000 CFU/mL", "Heavy growth", "Light growth"])))
    if R.random() < 0.5:
        seg().t("NTE|1|L|Burkholderia cepacia selective agar: no growth at 5 days. AFB culture sent separately.")
    return out


def g_mirth():
    p = pick()
    d = tick()
    L = Line("mirth_log")
    L.t("INFO  %s,%s [Channel: SOFTLAB_MICRO_IN | Source] com.mirth.connect.connectors.tcp.TcpReceiver: Message received (%d bytes): "
        % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), R.randint(900, 2400)))
    L.t("MSH|^~\\&|SOFTLAB|COCH_MICRO|EPIC|CFCC|%s||ORU^R01|MB%08d|P|2.5.1\\rPID|1||" % (d.strftime("%Y%m%d%H%M%S"), R.randint(1, 99999999)))
    L.p(p.mrn, "mrn").t("^^^COCH^MR||").p("%s^%s" % (p.last, p.first), "name").t("||").p(fd(p.dob, "hl7"), "date")
    L.t("|%s\\rOBR|1|ORD%07d|MB24-%05d|87070^Culture, respiratory CF^CPT4|||" % (p.sex, R.randint(1, 9999999), R.randint(1, 99999)))
    L.p(rdate("2024-03-05", "2024-03-12").strftime("%Y%m%d") + "0915", "date").t("\\r...")
    return [L]


def g_mirth_noise():
    d = tick()
    L = Line("mirth_log")
    lvl, msg = R.choice([
        ("INFO ", "[Channel: SOFTLAB_MICRO_IN | Destination 1] com.mirth.connect.server.controllers.DonkeyMessageController: ACK sent MSA|AA|MB%08d" % R.randint(1, 99999999)),
        ("WARN ", "[Channel: SOFTLAB_MICRO_IN | Source] com.mirth.connect.connectors.tcp.TcpReceiver: Connection reset by peer (10.31.4.22:52144)"),
        ("INFO ", "[Channel: REGISTRY_PFT_OUT] com.mirth.connect.donkey.server.channel.Channel: Channel deployed, queue size 0"),
        ("ERROR", "[Channel: REGISTRY_PFT_OUT | Destination 2] com.mirth.connect.connectors.http.HttpDispatcher: HTTP 503 from https://registry-api.cff-example.org/v3/pft (attempt 3)"),
    ])
    L.t("%s %s,%s %s" % (lvl, d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), msg))
    return [L]


# ---------------- Serilog (.NET scheduling) ----------------------------------
def slg(level):
    d = tick()
    L = Line("serilog")
    if R.random() < 0.5:
        L.t("%s.%s -04:00 [%s] " % (d.strftime("%Y-%m-%d %H:%M:%S"), ms(d), level))
    else:
        L.t("[%s %s] " % (d.strftime("%H:%M:%S"), level))
    return L


def g_serilog():
    p = pick()
    k = R.randint(0, 5)
    out = []
    ad = appt_date()
    when = "%s %02d:%s" % (fd(ad, "iso"), R.randint(7, 15), R.choice(["00", "20", "40"]))
    if k == 0:
        L = slg("INF").t("Appointment %d booked for " % R.randint(7000000, 7999999))
        name_form(p, L, R.choice(["fl", "lf", "flm"]))
        L.t(" (MRN ").p(p.mrn, "mrn").t(") on ").p(when, "date").t(" with Dr. %s in CF-PULM-%s" % (R.choice(["Thornton", "Mehta", "Ferreira"]), R.choice("AB")))
        out.append(L)
    elif k == 1:
        L = slg("INF").t("Reminder SMS queued to ").p(phone(p.pphone, "e164"), "phone").t(" for appointment %d (template cf_clinic_%s)" % (R.randint(7000000, 7999999), R.choice(["en", "es"])))
        out.append(L)
    elif k == 2:
        L = slg("INF").t("Executed DbCommand (%dms) [Parameters=[@__mrn_0='" % R.randint(3, 40)).p(p.mrn, "mrn")
        L.t("' (Size = 8), @__from_1='2024-03-01T00:00:00.0000000'], CommandType='Text', CommandTimeout='30']")
        out.append(L)
    elif k == 3:
        L = slg("ERR").t("Unhandled exception while allocating slot for request %s" % uuid4())
        out.append(L)
        L = Line("serilog").t("System.InvalidOperationException: Patient ").p(p.mrn, "mrn").t(" has overlapping CF clinic and PFT slots on ")
        L.p(fd(ad, "us"), "date")
        out.append(L)
        out.append(Line("serilog").t("   at CfClinic.Scheduling.Services.SlotAllocator.AllocateAsync(AppointmentRequest request, CancellationToken ct) in /src/CfClinic.Scheduling/Services/SlotAllocator.cs:line %d" % R.randint(100, 300)))
        out.append(Line("serilog").t("   at CfClinic.Scheduling.Api.Controllers.AppointmentsController.Post(AppointmentDto dto) in /src/CfClinic.Scheduling.Api/Controllers/AppointmentsController.cs:line %d" % R.randint(30, 90)))
    elif k == 4:
        p = pick_child()
        L = slg("WRN").t("Guardian contact missing for minor ")
        name_form(p, L, "LF")
        L.t("; falling back to patient phone ").p(phone(p.phone, R.choice(["paren", "dash", "dot"])), "phone")
        out.append(L)
    else:
        L = slg("INF").t("Cancelled {AppointmentId} for ").p(p.first, "name").t(" ").p(p.last, "name")
        L.t(": reason=%s, original slot " % R.choice(["\"illness\"", "\"transportation\"", "\"admitted\""])).p(fd(ad, "long"), "date")
        out.append(L)
    return out


def g_serilog_noise():
    k = R.randint(0, 8)
    if k == 0:
        L = slg("INF").t("Now listening on: http://[::]:8080")
    elif k == 1:
        L = slg("INF").t("Application started. Press Ctrl+C to shut down.")
    elif k == 2:
        u = "http://scheduling-svc:8080/healthz"
        L = slg("INF").t("Request starting HTTP/1.1 GET %s - - -" % u)
    elif k == 3:
        L = slg("INF").t("Request finished HTTP/1.1 GET http://scheduling-svc:8080/healthz - 200 null text/plain %.4fms" % R.uniform(0.5, 9))
    elif k == 4:
        L = slg("INF").t("Executed DbCommand (%dms) [Parameters=[@__clinicId_0='?' (DbType = Int32), @__week_1='?' (Size = 8)], CommandType='Text', CommandTimeout='30']" % R.randint(2, 90))
    elif k == 5:
        L = slg("INF").t("Slot grid rebuilt for clinic CF-PULM-%s week 2024-W%d: %d slots, %d open" % (R.choice("AB"), R.randint(11, 20), R.randint(90, 160), R.randint(0, 50)))
    elif k == 6:
        L = slg("WRN").t("Hangfire job ReminderDispatch#%d retry %d/10: Azure.Messaging.ServiceBus.ServiceBusException: The operation did not complete within the allocated time 00:01:00 (ServiceTimeout)" % (R.randint(1000, 9999), R.randint(1, 10)))
    elif k == 7:
        L = slg("INF").t("Hosting environment: Production; Content root path: /app")
    else:
        L = slg("DBG").t("Outbound email sender configured: cf-scheduling-noreply@cocfcc-example.org via smtp.office365.com:587")
    return [L]


def g_clef():
    p = pick()
    d = tick()
    L = Line("serilog_clef")
    ad = appt_date()
    t = utc(d).strftime("%Y-%m-%dT%H:%M:%S.") + "%07d" % (d.microsecond * 10) + "Z"
    k = R.randint(0, 1)
    if k == 0:
        o = {"@t": t, "@mt": "Booked {AppointmentId} for {PatientMrn} at {SlotStart}", "AppointmentId": R.randint(7000000, 7999999),
             "PatientMrn": P(p.mrn, "mrn"), "SlotStart": P("%sT%02d:%s:00-04:00" % (fd(ad, "iso"), R.randint(7, 15), R.choice(["00", "20", "40"])), "date"),
             "SourceContext": "CfClinic.Scheduling.Services.SlotAllocator", "RequestId": "0HN%s:%08X" % (HEX(10), R.randint(1, 40)),
             "RequestPath": "/api/appointments", "MachineName": "sched-7d9f8b-%s" % hexs(5)}
    else:
        o = {"@t": t, "@mt": "Portal user {Email} linked to child {ChildName}", "@l": "Warning",
             "Email": P(p.pemail, "email"), "ChildName": P("%s %s" % (p.first, p.last), "name"),
             "SourceContext": "CfClinic.Scheduling.Portal.LinkService", "TraceId": hexs(32), "SpanId": hexs(16)}
    jemit(L, o)
    return [L]


def g_clef_noise():
    d = tick()
    L = Line("serilog_clef")
    t = utc(d).strftime("%Y-%m-%dT%H:%M:%S.") + "%07d" % (d.microsecond * 10) + "Z"
    o = R.choice([
        {"@t": t, "@mt": "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms", "@r": ["%.4f" % R.uniform(1, 400)],
         "RequestMethod": "GET", "RequestPath": "/api/slots", "StatusCode": 200, "Elapsed": round(R.uniform(1, 400), 4),
         "SourceContext": "Serilog.AspNetCore.RequestLoggingMiddleware", "TraceId": hexs(32), "SpanId": hexs(16)},
        {"@t": t, "@mt": "Processed {Count} reminder messages from {Entity}", "Count": R.randint(0, 40), "Entity": "appointment-reminders",
         "SourceContext": "CfClinic.Scheduling.Messaging.ReminderProcessor"},
        {"@t": t, "@mt": "Health check {HealthCheckName} completed with status {HealthStatus}", "@l": "Warning",
         "HealthCheckName": "servicebus", "HealthStatus": "Degraded", "SourceContext": "Microsoft.Extensions.Diagnostics.HealthChecks.DefaultHealthCheckService"},
    ])
    jemit(L, o)
    return [L]


# ---------------- Azure Service Bus ------------------------------------------
def g_sb_msg():
    p = pick()
    d = tick()
    L = Line("servicebus")
    ad = appt_date()
    o = {"messageId": uuid4(), "sessionId": P(p.mrn, "mrn"), "subject": "AppointmentReminder",
         "contentType": "application/json", "correlationId": hexs(32),
         "enqueuedTimeUtc": utc(d).strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "Z", "deliveryCount": R.randint(1, 3),
         "applicationProperties": {"tenant": "cfcenter", "schemaVersion": "2"},
         "body": {"patientFirstName": P(p.first, "name"), "guardianPhone": P(phone(p.pphone, "e164"), "phone"),
                  "appointmentStart": P("%sT%02d:%s:00-04:00" % (fd(ad, "iso"), R.randint(7, 15), R.choice(["00", "20", "40"])), "date"),
                  "clinic": "CF Clinic - Pulmonary %s" % R.choice("AB"), "locale": R.choice(["en-US", "es-US"])}}
    if R.random() < 0.4:
        o["sessionId"] = P(p.mrn, "mrn", pre="mrn-")
    jemit(L, o)
    return [L]


def g_sb_sdk():
    p = pick()
    L = slg("INF")
    L.fam = "servicebus"
    L.t("Azure-Messaging-ServiceBus: Message peeked from dead-letter queue appointment-reminders/$DeadLetterQueue: SessionId=")
    L.p(p.mrn, "mrn").t(' Body={\\"patientFirstName\\":\\"').p(p.first, "name").t('\\",\\"guardianPhone\\":\\"').p(phone(p.pphone, "e164"), "phone").t('\\"}')
    return [L]


def g_sb_noise():
    d = tick()
    k = R.randint(0, 3)
    if k == 0:
        L = Line("servicebus")
        jemit(L, {"messageId": uuid4(), "deadLetterReason": "MaxDeliveryCountExceeded",
                  "deadLetterErrorDescription": "Message could not be consumed after 10 delivery attempts.",
                  "entityPath": "registry-sync/subscriptions/pft-ingest", "enqueuedSequenceNumber": R.randint(10000, 99999)})
    elif k == 1:
        L = slg("INF")
        L.fam = "servicebus"
        L.t("Azure-Messaging-ServiceBus: Send Link Created. Identifier: appointment-reminders-%s, EntityPath: appointment-reminders" % uuid4())
    elif k == 2:
        L = slg("WRN")
        L.fam = "servicebus"
        L.t("Azure-Messaging-ServiceBus: %s: Processor error. Entity: registry-sync/subscriptions/pft-ingest, ErrorSource: Receive, Exception: Azure.Messaging.ServiceBus.ServiceBusException: The lock supplied is invalid. Either the lock expired, or the message has already been removed from the queue. (MessageLockLost)" % uuid4())
    else:
        L = Line("servicebus")
        jemit(L, {"namespace": "sb-cfcenter-prod.servicebus.windows.net", "entity": "appointment-reminders", "activeMessageCount": R.randint(0, 500),
                  "deadLetterMessageCount": R.randint(0, 30), "scheduledMessageCount": R.randint(0, 900), "sizeInBytes": R.randint(10000, 9000000)}, SP)
    return [L]


# ---------------- social worker notes ----------------------------------------
def sw_prefix(L, d):
    L.t("NOTE %s | T. Rhodes, LCSW | " % d.strftime("%Y-%m-%d %H:%M"))


def g_sw(k=None):
    p = pick()
    d = tick()
    L = Line("sw_note")
    if k is None:
        k = R.randint(0, 9)
    if R.random() < 0.6:
        sw_prefix(L, d)
    if k == 0:
        L.t("Met with pt ").p("%s %s" % (p.first, p.last), "name").t(" (DOB ").p(fd(p.dob, "us"), "date").t(") and %s " % p.rel)
        L.p(pname(p), "name").t(" in clinic rm %d. %s reports loss of employment; household behind on rent at " % (R.randint(1, 9), "Pt" if p.adult else p.rel.capitalize()))
        L.p(p.street, "address").t(", ").p(p.city, "address").t(" OH ").p(p.zip, "zip").t(". Provided CFF Compass referral and rental assistance list.")
    elif k == 1:
        L.t("Phone call w/ great-grandmother (legal guardian) ").p("%s %s" % (R.choice(["Dolores", "Margarethe", "Hattie", "Ruth Ann"]), p.plast), "name")
        L.t(", age ").p(str(R.randint(90, 97)), "age").t(", at ").p(phone(p.pphone, R.choice(["dash", "paren"])), "phone")
        L.t(" re: transportation for ").p(fd(appt_date(), "md"), "date").t(" clinic visit. Medicaid NEMT booked, conf# NT-%d." % R.randint(10000, 99999))
    elif k == 2:
        p = pick_child()
        L.t("Dad (").p(pname(p) if p.rel == "father" else "%s %s" % (R.choice(PARENT_M), p.last), "name")
        L.t(") asked about FMLA; cert faxed to employer HR. ").p(p.first, "name").t(" continues to miss school ~%d days/wk during exacerbations; 504 letter sent." % R.randint(1, 3))
    elif k == 3:
        L.t("CFF Compass case #").p("CMP-2024-%05d" % R.randint(1, 99999), "other_id").t(" opened for copay gap on %s; pt's plan %s ID " % (p.mod, p.payer))
        L.p(p.member, "health_plan").t(".")
    elif k == 4:
        slug = "help-%s-%s-breathe" % (asciify(p.first.lower()), asciify(p.last.lower().replace(" ", "-").replace("'", "").replace(".", "")))
        L.t("Family fundraiser ").p("https://www.gofundme.com/f/" + slug, "url").t(" shared by %s; discussed impact on Medicaid/SSI resource limits." % p.rel)
    elif k == 5:
        L.t("%s's minivan (OH plate " % p.rel.capitalize()).p("%s%s%s %d" % (R.choice("GHJKP"), R.choice("ABDKRX"), R.choice("CFHTZ"), R.randint(1000, 9999)), "vehicle")
        L.t(") repossessed; unable to drive from ").p(p.city, "address").t(" for q3mo visits. Gas card x2 given.")
    elif k == 6:
        if p.pgender == "F":
            who = {"mother": "la madre", "grandmother": "la abuela"}.get(p.rel, "la tutora")
            L.t("Se habló con %s, Sra. " % who).p(pname(p), "name").t(", por teléfono ")
        else:
            who = {"father": "el padre"}.get(p.rel, "el tutor")
            L.t("Se habló con %s, Sr. " % who).p(pname(p), "name").t(", por teléfono ")
        L.p(phone(p.pphone, "paren"), "phone").t("; se ofreció intérprete para la cita del ").p(fd(appt_date(), "es"), "date").t(".")
    elif k == 7:
        L.t("Assisted %s with SSI application for " % p.rel).p(p.first, "name").t("; SSN ").p(ssn(), "ssn").t(" verified against card. Pending SSA decision.")
    elif k == 8:
        p = pick_adult()
        L.t("Adult pt ").p(p.last.upper(), "name").t(" reports depression screen PHQ-9=%d; lives alone at " % R.randint(5, 19))
        L.p(p.street, "address").t(", ").p(p.city, "address").t(". Email for MyChart issues: ").p(p.email, "email")
    else:
        L.t("SW case ").p("SW-%06d" % R.randint(1, 999999), "other_id").t(": school refused to let ").p(p.first, "name")
        L.t(" carry enzymes; called %s " % p.rel).p(pname(p), "name").t(" (").p(phone(p.pphone, "dot"), "phone").t(").")
    return [L]


def g_sw_noise():
    d = tick()
    L = Line("sw_note")
    L.t(R.choice([
        "Monthly CF psychosocial screening batch: %d screened (GAD-7/PHQ-9), %d referred to psychology." % (R.randint(30, 60), R.randint(1, 9)),
        "Reminder to team: CFF Compass line is 844-266-7277, M-F 9-7 ET.",
        "NOTE %s | T. Rhodes, LCSW | Team huddle: transportation vouchers restocked (40), gas cards (25)." % d.strftime("%Y-%m-%d %H:%M"),
        "NOTE %s | T. Rhodes, LCSW | Out of office Fri; coverage by J. Alvarado, LSW ext. 4417." % d.strftime("%Y-%m-%d %H:%M"),
        "Template updated: 'School 504 accommodation letter v7 (EN/ES)' approved by Dr. Thornton.",
        "NOTE %s | T. Rhodes, LCSW | Camp Breathe Easy scholarship applications due 4/30; flyers at front desk." % d.strftime("%Y-%m-%d %H:%M"),
        "Interpreter services (Spanish, Nepali, Somali) on-site Tue/Thu; request via ext. 4410 at least 48h ahead.",
        "Psychosocial caseload: %d active, %d new this month, %d closed." % (R.randint(120, 190), R.randint(4, 20), R.randint(2, 15)),
    ]))
    return [L]


# ---------------- school letters ---------------------------------------------
def g_letter_en():
    p = pick_child()
    out = []
    he = "his" if p.sex == "M" else "her"

    def ln(s=None):
        L = Line("school_letter")
        out.append(L)
        if s:
            L.t(s)
        return L
    ln("CENTRAL OHIO CYSTIC FIBROSIS CARE CENTER | 1180 Buttles Ave, Columbus, OH 43215 | Tel (614) 722-4400 | Fax (614) 722-4409")
    ln(fd(date(2024, 3, 14), "long"))
    L = ln("RE: ")
    name_form(p, L, R.choice(["fl", "flm"]))
    L.t("    DOB: ").p(fd(p.dob, R.choice(["us", "usn", "long"])), "date").t("    Grade: %d" % R.randint(1, 12))
    ln("To Whom It May Concern:")
    L = ln().p(p.first, "name").t(" has cystic fibrosis, a genetic condition that affects the lungs and digestive system. We request the following accommodations under Section 504:")
    for s in R.sample(["1. Unrestricted access to water and the restroom; permission to carry a water bottle.",
                       "2. Pancreatic enzymes taken with all meals and snacks; may self-carry per the attached medication form.",
                       "3. Excused absences for clinic visits and hospitalizations, with make-up work without penalty.",
                       "4. Seating away from classmates who are ill; frequent hand hygiene; no shared equipment with other students who have CF.",
                       "5. Extra time between classes and modified PE during pulmonary exacerbations."], R.randint(2, 4)):
        ln(s)
    L = ln("Please contact %s %s, " % (he, p.rel)).p(pname(p), "name").t(", at ").p(phone(p.pphone, R.choice(["paren", "dash"])), "phone")
    if R.random() < 0.6:
        L.t(" or ").p(p.pemail, "email")
    L.t(", or our clinic at (614) 722-4400 with any questions.")
    ln("Sincerely,")
    ln("Rebecca Thornton, MD, Pediatric Pulmonology | rebecca.thornton@cocfcc-example.org")
    return out


def g_letter_es():
    p = pick_child()
    out = []

    def ln(s=None):
        L = Line("school_letter")
        out.append(L)
        if s:
            L.t(s)
        return L
    ln("CENTRO DE ATENCIÓN DE FIBROSIS QUÍSTICA DEL CENTRO DE OHIO | 1180 Buttles Ave, Columbus, OH 43215 | Tel. (614) 722-4400")
    ln("Columbus, 14 de marzo de 2024")
    L = ln("Asunto: Adaptaciones escolares para ").p("%s %s" % (p.first, p.last), "name").t(", fecha de nacimiento ").p(fd(p.dob, R.choice(["es", "eu"])), "date")
    ln("Estimado(a) director(a):")
    ln().p(p.first, "name").t(" tiene fibrosis quística, una enfermedad genética que afecta los pulmones y el sistema digestivo.")
    ln("Solicitamos: acceso libre al agua y al baño; permiso para tomar enzimas pancreáticas con las comidas y meriendas; ausencias justificadas por citas médicas u hospitalizaciones.")
    ln("Por favor, evite sentar al estudiante cerca de compañeros enfermos y promueva el lavado de manos frecuente.")
    rel = {"mother": "su madre", "father": "su padre", "grandmother": "su abuela"}.get(p.rel, "su tutora legal" if p.pgender == "F" else "su tutor legal")
    L = ln("Para cualquier pregunta, comuníquese con %s, " % rel).p(pname(p), "name").t(", al ").p(phone(p.pphone, R.choice(["dot", "dash"])), "phone").t(".")
    ln("Atentamente,")
    ln("Dra. Ana Lucía Ferreira, Neumología Pediátrica")
    return out


def g_letter_noise():
    L = Line("school_letter")
    L.t(R.choice(["Enclosure: Ohio Medication Authorization Form (HEA 8702), CF Foundation school guide.",
                  "cc: School nurse (fax (614) 365-5550), CF Center chart",
                  "Este documento también está disponible en inglés.",
                  "Page 1 of 1 — generated by LetterGen 2.3 (template school_504_v7)"]))
    return [L]


# ---------------- nginx ------------------------------------------------------
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]


def pubip():
    while True:
        a = R.choice([24, 45, 50, 66, 67, 68, 69, 70, 71, 72, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108, 162, 173, 174, 184])
        return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def ngx_ts():
    d = tick()
    return "[%02d/%s/%d:%s -0400]" % (d.day, MON[d.month - 1], d.year, d.strftime("%H:%M:%S"))


def g_nginx():
    p = pick()
    L = Line("nginx_access")
    ip = pubip()
    L.p(ip, "ip").t(" - - %s " % ngx_ts())
    k = R.randint(0, 3)
    if k == 0:
        L.t('"GET /api/v1/children/').p(p.portal, "other_id").t('/pft?from=2024-01-01 HTTP/2.0" 200 %d "https://family.cocfcc-example.org/children/' % R.randint(300, 5000))
        L.p(p.portal, "other_id").t('" "%s"' % R.choice(UAS))
    elif k == 1:
        L.t('"GET /api/v1/account/verify?email=').p(p.pemail.replace("@", "%40"), "email").t('&token=%s HTTP/2.0" 302 0 "-" "%s"' % (hexs(40), R.choice(UAS)))
    elif k == 2:
        L.t('"POST /api/v1/auth/login HTTP/2.0" %d %d "https://family.cocfcc-example.org/login" "%s"' % (R.choice([200, 200, 401]), R.randint(80, 900), R.choice(UAS)))
    else:
        L.t('"GET /assets/index-%s.js HTTP/2.0" 200 %d "https://family.cocfcc-example.org/" "%s"' % (hexs(8), R.randint(90000, 400000), R.choice(UAS)))
    return [L]


def g_nginx_noise():
    L = Line("nginx_access")
    k = R.randint(0, 3)
    if k == 0:
        L.t('10.20.0.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"' % (R.randint(2, 9), ngx_ts()))
    elif k == 1:
        L.t('216.144.250.150 - - %s "HEAD / HTTP/1.1" 200 0 "https://uptimerobot.com/" "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)"' % ngx_ts())
    elif k == 2:
        L.t('10.20.4.%d - - %s "GET /api/v1/config HTTP/1.1" 200 %d "-" "axios/1.6.7"' % (R.randint(2, 40), ngx_ts(), R.randint(200, 900)))
    else:
        L.t('10.20.0.%d - - %s "GET /metrics HTTP/1.1" 200 %d "-" "Prometheus/2.49.1"' % (R.randint(2, 9), ngx_ts(), R.randint(2000, 9000)))
    return [L]


def ngx_err_ts(level):
    d = tick()
    return "%s [%s] %d#%d: " % (d.strftime("%Y/%m/%d %H:%M:%S"), level, 29, 29)


def g_nginx_err():
    p = pick()
    L = Line("nginx_error")
    L.t(ngx_err_ts("error")).t("*%d upstream timed out (110: Connection timed out) while reading response header from upstream, client: " % R.randint(1000, 99999))
    L.p(pubip(), "ip").t(', server: family.cocfcc-example.org, request: "GET /api/v1/children/').p(p.portal, "other_id")
    L.t('/appointments HTTP/2.0", upstream: "http://10.20.4.17:8080/api/v1/children/').p(p.portal, "other_id").t('/appointments", host: "family.cocfcc-example.org"')
    return [L]


def g_nginx_err_noise():
    L = Line("nginx_error")
    k = R.randint(0, 2)
    if k == 0:
        L.t(ngx_err_ts("notice") + "signal process started")
    elif k == 1:
        L.t(ngx_err_ts("warn") + "*%d an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/%d/%02d/00000%05d while reading upstream, client: 10.20.0.%d, server: family.cocfcc-example.org, request: \"GET /api/v1/reports/export HTTP/1.1\""
            % (R.randint(1000, 99999), R.randint(0, 9), R.randint(0, 99), R.randint(0, 99999), R.randint(2, 9)))
    else:
        L.t(ngx_err_ts("error") + "*%d connect() failed (111: Connection refused) while connecting to upstream, client: 10.20.0.%d, server: family.cocfcc-example.org, request: \"GET /healthz HTTP/1.1\", upstream: \"http://10.20.4.17:8080/healthz\"" % (R.randint(1000, 99999), R.randint(2, 9)))
    return [L]


# ---------------- Vue portal client logs -------------------------------------
def g_vue(k=None):
    p = pick()
    d = tick()
    L = Line("vue_client")
    if k is None:
        k = R.choice([0, 0, 0, 1, 2, 2, 3, 3])
    base = {"ts": utc(d).strftime("%Y-%m-%dT%H:%M:%S.") + ms(d) + "Z", "app": "family-portal", "release": "2024.03.2"}
    if k == 0:
        base.update({"level": "error", "route": P(p.portal, "other_id", pre="/children/", post="/appointments"),
                     "msg": "AxiosError: Request failed with status code 409", "component": "AppointmentCard",
                     "props": {"childName": P("%s %s" % (p.first, p.last), "name"), "apptDate": P(fd(appt_date(), "iso"), "date")},
                     "userEmail": P(p.pemail, "email")})
        jemit(L, base)
    elif k == 1:
        b64 = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJDAnICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/2wBDAQkJCQwLDBgNDRgyIRwhMjIy"
        b64 += "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(R.randint(60, 140)))
        base.update({"level": "warn", "msg": "avatar upload exceeded 2MB, sending preview only", "childId": P(p.portal, "other_id"),
                     "preview": P(b64, "photo", pre="data:image/jpeg;base64,")})
        jemit(L, base)
    elif k == 2:
        plate = "%s%s%s%d" % (R.choice("GHJKP"), R.choice("ABDKRX"), R.choice("CFHTZ"), R.randint(1000, 9999))
        base.update({"level": "info", "msg": "parking validation submitted", "plate": P(plate, "vehicle"), "state": "OH",
                     "visitDate": P(fd(appt_date(), "iso"), "date"), "childId": P(p.portal, "other_id")})
        jemit(L, base)
    else:
        L.t("[PftTrendChart] no spirometry since %s for child " % R.choice(["2023-09-01", "2023-12-01"])).p(p.portal, "other_id").t(" (")
        L.p(p.first, "name").t("), rendering empty state; store.children[%d].pft = []" % R.randint(0, 3))
    return [L]


def g_vue_noise():
    L = Line("vue_client")
    L.t(R.choice([
        "[Vue Router warn]: No match found for location with path \"/favicon.ico\"",
        "[Vue warn]: Failed to resolve component: VueApexCharts If this is a native custom element, make sure to exclude it from component resolution via compilerOptions.isCustomElement.",
        '{"level":"info","app":"family-portal","release":"2024.03.2","msg":"service worker updated","sw":"/sw.js?v=%s"}' % hexs(8),
        '{"level":"warn","app":"family-portal","release":"2024.03.2","msg":"web-vitals","LCP":%d,"CLS":%.3f,"INP":%d,"route":"/dashboard"}' % (R.randint(900, 4800), R.uniform(0, 0.3), R.randint(40, 600)),
        "[intlify] Not found 'appointments.reschedule.cta' key in 'es' locale messages.",
    ]))
    return [L]


# ---------------- Splunk universal forwarder ---------------------------------
def spk(level, comp, thread):
    d = tick()
    L = Line("splunkd")
    L.t("%s.%s -0400 %-5s %s [%d %s] - " % (d.strftime("%m-%d-%Y %H:%M:%S"), ms(d), level, comp, R.randint(2800, 3100), thread))
    return L


def g_splunk():
    p = pick()
    k = R.randint(0, 2)
    if k == 0:
        L = spk("INFO", "WatchedFile", "tailreader0").t("Will begin reading at offset=0 for file='/data/exports/pft/2024-03-14/EASYONE_")
        L.p("%s_%s" % (asciify(p.last).replace(" ", "").replace("'", ""), asciify(p.first)), "name").t("_")
        L.p(fd(rdate("2024-03-11", "2024-03-14"), "hl7"), "date").t(".xml'.")
    elif k == 1:
        L = spk("WARN", "TailReader", "tailreader0").t("Ignoring file '/data/letters/outbound/504_")
        L.p("%s_%s" % (asciify(p.last).replace(" ", "").replace("'", ""), asciify(p.first)), "name").t("_DOB").p(fd(p.dob, "hl7"), "date").t(".pdf' due to: binary")
    else:
        dd = p.dob
        L = spk("WARN", "DateParserVerbose", "merging").t("A possible timestamp match (")
        L.p("%s %s %2d 00:00:00 %d" % (DOW[dd.weekday()], MON[dd.month - 1], dd.day, dd.year), "date")
        L.t(") is outside of the acceptable time window. If this timestamp is correct, consider adjusting MAX_DAYS_AGO and MAX_DAYS_HENCE. Context: source=/data/registry/exports/oh0214_encounters_20240314.csv|host=cf-etl-01|cf:registry:csv|%d" % R.randint(1000, 9999))
    return [L]


def g_splunk_noise():
    k = R.randint(0, 6)
    if k == 0:
        L = spk("INFO", "Metrics", "Metrics").t("group=per_sourcetype_thruput, series=\"%s\", kbps=%.3f, eps=%.3f, kb=%.1f, ev=%d, avg_age=%.3f, max_age=%d"
                                                 % (R.choice(["cf:registry:csv", "serilog:json", "nginx:access", "android:logcat"]), R.uniform(0.1, 40), R.uniform(0.1, 90), R.uniform(1, 900), R.randint(1, 3000), R.uniform(0, 3), R.randint(0, 8)))
        L.fam = "splunk_metrics"
    elif k == 1:
        L = spk("INFO", "Metrics", "Metrics").t("group=queue, name=parsingqueue, max_size_kb=512, current_size_kb=%d, current_size=%d, largest_size=%d, smallest_size=0" % (R.randint(0, 511), R.randint(0, 40), R.randint(1, 80)))
        L.fam = "splunk_metrics"
    elif k == 2:
        L = spk("WARN", "TcpOutputProc", "parsing").t("The TCP output processor has paused the data flow. Forwarding to host_dest=idx0%d.splunk.cocfcc-example.internal inside output group default-autolb-group from host_src=cf-app-0%d has been blocked for blocked_seconds=%d. This can stall the data flow towards indexing and other network outputs." % (R.randint(1, 3), R.randint(1, 4), R.choice([10, 100, 200])))
    elif k == 3:
        L = spk("INFO", "TailingProcessor", "MainTailingThread").t("Adding watch on path: /var/log/cfclinic/%s." % R.choice(["scheduling", "portal", "registry-bridge", "mirth"]))
    elif k == 4:
        L = spk("INFO", "DC:DeploymentClient", "PhonehomeThread").t("channel=tenantService/handshake Will retry sending handshake message to DS; err=not_connected")
    elif k == 5:
        L = spk("INFO", "AutoLoadBalancedConnectionStrategy", "TcpOutEloop").t("Connected to idx=10.50.1.%d:9997:0, pset=0, reuse=0. using ACK." % R.randint(10, 30))
    else:
        L = spk("ERROR", "TailReader", "tailreader0").t("File will not be read, seekptr checksum did not match (file=/var/log/cfclinic/scheduling/log-2024031%d.txt). Last time we saw this initcrc, filename was different. You may wish to use larger initCrcLen for this sourcetype, or a CRC salt on this source." % R.randint(0, 4))
    return [L]


# --------------------------------------------------------------------------
# driver
# --------------------------------------------------------------------------
PHI_GENS = [g_reg_csv_row, g_reg_csv_row, g_geno_psv, g_reg_validator, g_reg_json, g_reg_json_reject, g_sweat_csv,
            g_pft_xml_single, g_pft_fixed, g_vest_android, g_vest_android, g_vest_ios, g_vest_ios, g_rx_pa, g_rx_refill,
            g_rx_misc, g_rx_misc, g_redcap_csv, g_redcap_row, g_mirth, g_serilog, g_serilog, g_clef, g_sb_msg, g_sb_sdk,
            g_sw, g_sw, g_sw, g_nginx, g_nginx, g_nginx_err, g_vue, g_vue, g_vue, g_splunk, g_splunk]
NOISE_GENS = [g_reg_csv_meta, g_reg_csv_trailer, g_reg_validator_noise, g_reg_json_noise, g_sweat_noise,
              g_pft_xml_noise, g_pft_fixed_noise, g_vest_android_noise, g_vest_android_noise, g_vest_ios_noise,
              g_rx_noise, g_redcap_noise, g_mirth_noise, g_serilog_noise, g_serilog_noise, g_clef_noise, g_sb_noise,
              g_sw_noise, g_letter_noise, g_nginx_noise, g_nginx_noise, g_nginx_err_noise, g_vue_noise, g_splunk_noise,
              g_splunk_noise]
BLOCK_QUOTA = [(g_pft_xml_block, 2), (g_hl7_block, 3), (g_letter_en, 2), (g_letter_es, 2)]

# rare identifier kinds that must appear at least once or twice
MUST = [lambda: g_sw(1), lambda: g_sw(4), lambda: g_vue(1), lambda: g_rx_misc(3), lambda: g_sw(5),
        lambda: g_rx_misc(1), lambda: g_sw(7), lambda: g_vue(1), lambda: g_sw(1), lambda: g_rx_misc(2)]

TOTAL = 500
TARGET_NOPHI = 0.55


def main():
    lines = []
    blocks_used = {}
    quota = [[g, q] for g, q in BLOCK_QUOTA]
    while len(lines) < TOTAL:
        rem = TOTAL - len(lines)
        nophi = sum(1 for l in lines if not l.spans)
        frac = nophi / len(lines) if lines else TARGET_NOPHI
        avail = [b for b in quota if b[1] > 0]
        if rem > 25 and avail and R.random() < 0.035:
            b = R.choice(avail)
            b[1] -= 1
            g = b[0]
        elif frac < TARGET_NOPHI:
            g = R.choice(NOISE_GENS)
        elif MUST and R.random() < 0.2:
            g = MUST.pop(0)
        else:
            g = R.choice(PHI_GENS)
        blk = g()
        if len(blk) > rem:
            continue
        lines.extend(blk)
    assert len(lines) == TOTAL
    assert not MUST and all(b[1] == 0 for b in quota), "rare generators/blocks not all used"
    here = os.path.dirname(os.path.abspath(__file__))
    out_lines = []
    labels = []
    for i, L in enumerate(lines, 1):
        s = L.text()
        assert s and "\n" not in s and "\r" not in s, (i, s)
        bs = s.encode("utf-8")
        spans = []
        last_e = -1
        for (b, e, c, v) in sorted(L.spans):
            assert bs[b:e].decode("utf-8") == v, (i, b, e, v, bs[b:e])
            assert b >= last_e, ("overlap", i, s)
            assert v.strip() == v and v, (i, v)
            last_e = e
            spans.append({"s": b, "e": e, "cat": c})
        out_lines.append(s)
        labels.append({"line": i, "family": L.fam, "spans": spans})
    with open(os.path.join(here, "nz.log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lines))
    with open(os.path.join(here, "nz.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for o in labels:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
