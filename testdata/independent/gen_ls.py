#!/usr/bin/env python3
"""Synthetic labeled log corpus "ls": nurse home visiting (NHV) program for first-time
mothers and infants, run by a (fictional) county health department (Tallgrass County
Health Department, TCHD).

Writes ls.log (500 lines) and ls.labels.jsonl next to this script. Standard library only,
deterministic (fixed seed, simulated clock). Every person, number and address is synthetic.

Families: React Native logcat (ReactNativeJS / OkHttp / SQLiteLog / WatermelonDB), SQLite
.dump of the conflict queue, sync-server pino JSON, encounter form JSON and XML, EPDS CSV,
ASQ-3 pipe rows, HL7 2.5.1 VXU to the state immunization registry, infant growth CSV,
OCR'd referral faxes (WIC / pediatricians), X12 837P targeted case management claims, TCM
claim CSV, GPS mileage CSV, supervisor reviews, Exchange message tracking logs, Outlook
CSV exports (subject lines), SMS reminder gateway (EN/ES/Marshallese) and Twilio webhooks,
PowerShell transcripts, Task Scheduler event exports, nginx access log, telehealth JSON,
client portal logfmt, X12 270/271 eligibility fragments, incentive card service log.

Labeling decisions:
- Emails: a client's own address (portal, Outlook sender, Exchange sender-address and
  return-path) = email; staff, WIC and pediatric office addresses are not labeled. Staff
  first names inside SMS bodies and notes ("your nurse Tessa") are not labeled.
- People labeled: mothers (clients), infants, partners/fathers, grandparents and other
  household members, emergency contacts. Not labeled: nurses, supervisors, billing and IT
  staff, pediatricians, WIC/clinic staff, service accounts, and their emails, phones, NPIs,
  employee IDs, usernames, tablets, cars and plates.
- Businesses/facilities (TCHD, WIC clinics, pediatric offices, Medicaid, registry) are not
  labeled: their addresses, phones, faxes, tax IDs, submitter IDs and NPIs stay unlabeled.
  So every fax number in the corpus is a clinic fax and none is labeled (no `fax` spans).
- Whole names are one span, whatever the form ("Last, First", upper/lower case, initials,
  "Baby Boy Anjain"). Where a format splits name parts into fields (HL7 components, X12
  elements, CSV columns, XML elements) each part is its own span. A partial name used as
  a search string or display name ("anjain", "Yesenia V.") is labeled name.
- TCHD chart numbers of mother or infant (8 digits, also as ClientRef / client_id /
  clientChart) = mrn. Encounter numbers ENC-.., TCM case numbers, WIC family IDs,
  referral numbers and the client's app login name = other_id. Medicaid IDs and plan member
  IDs = health_plan. X12 CLM01 / CSV pcn patient control numbers and incentive gift-card
  numbers = account; masked card numbers (last four only) are not labeled.
- Database UUIDs, row ids, sync batch ids, Twilio SIDs, message ids, trace/request ids,
  claim batch ids, X12 control numbers, REF*6R line control numbers, HL7 message/filler
  ids, vaccine lot numbers, NDC/CVX/HCPCS/ICD codes are not labeled, even next to PHI.
- Address: street line, unit, city, county of residence (name or FIPS code) are labeled
  address, as one span when written contiguously ("1402 W Sunset Ave Apt 6, Springdale")
  and per field when in separate fields; ZIP (5 or 9 digits) = zip; state never labeled.
  Latitude and longitude of a client's home (mileage trip end points) = address, one span
  each. Office, clinic and WIC coordinates/addresses are not labeled.
- Dates labeled when tied to a client or infant: birth, EDD, visit/service, screening,
  measurement, immunization, appointment (also "3/14" or "14 de marzo" without a year;
  a weekday name next to it is not part of the span), and a mileage trip date on a row
  that names the client visited, consent-signed dates. Log, transmission, file, fax-header
  and envelope timestamps, billing periods (month), eligibility coverage ranges, years
  alone and staff-administrative dates (supervisor review/audit/huddle dates, caseload
  transfer effective dates, mileage deadlines) are not labeled.
- Ages are labeled only when over 89 (great-grandparents in the household).
- Phones of clients/relatives labeled phone in any form, including URL-encoded
  (%2B1479...) and HL7 XTN components ("479^3130092" as one span). The department's SMS
  long code and office numbers are not labeled.
- OCR-garbled values are labeled by what they are ("O7/14/2OO1" is a date).
- Client's public IP in telehealth joins = ip; server, tablet and cellular IPs of staff
  devices are not labeled.
- Devices loaned to the family (infant scale serial, Lifeline phone IMEI, apnea monitor)
  = device; staff tablets are not. Client car seat check VIN / plate = vehicle. Client
  driver's licence and infant birth certificate numbers = license. SSN (X12 REF*SY,
  eligibility, forms) = ssn. Personal social URLs = url. Base64 photos of infant/mother =
  photo. No biometric identifiers occur.
"""
import base64
import json
import os
import random
from datetime import date, datetime, timedelta

ID = "ls"
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(2124031101)
N_LINES = 500
TARGET_NOPHI = 0.55


# --------------------------------------------------------------------------- builder
class Ln:
    __slots__ = ("fam", "b", "spans")

    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []

    def t(self, x):
        self.b += x.encode("utf-8")
        return self

    def p(self, x, cat):
        if not cat:
            return self.t(x)
        x = str(x)
        st = len(self.b)
        self.b += x.encode("utf-8")
        self.spans.append((st, len(self.b), cat, x))
        return self

    def add(self, parts):
        for pt in parts:
            if isinstance(pt, tuple):
                self.p(pt[0], pt[1])
            elif isinstance(pt, list):
                self.add(pt)
            else:
                self.t(str(pt))
        return self


def L(fam, *parts):
    return Ln(fam).add(parts)


class P:
    """A (possibly PHI) value inside a structure: P(value, category or None)."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """A string made of text and P pieces (for JSON/CSV values with embedded PHI)."""

    def __init__(self, *parts):
        self.parts = parts


def jesc(v, ascii_=False):
    return json.dumps(v, ensure_ascii=ascii_)[1:-1]


def jp(o, sep=(",", ":"), ascii_=False, out=None):
    if out is None:
        out = []
    if isinstance(o, P):
        if isinstance(o.v, str):
            out += ['"', (jesc(o.v, ascii_), o.cat), '"']
        else:
            out.append((json.dumps(o.v), o.cat))
    elif isinstance(o, S):
        out.append('"')
        for pt in o.parts:
            if isinstance(pt, P):
                out.append((jesc(str(pt.v), ascii_), pt.cat))
            else:
                out.append(jesc(pt, ascii_))
        out.append('"')
    elif isinstance(o, dict):
        out.append("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(sep[0])
            out.append(json.dumps(k, ensure_ascii=ascii_) + sep[1])
            jp(v, sep, ascii_, out)
        out.append("}")
    elif isinstance(o, (list, tuple)):
        out.append("[")
        for i, v in enumerate(o):
            if i:
                out.append(sep[0])
            jp(v, sep, ascii_, out)
        out.append("]")
    else:
        out.append(json.dumps(o, ensure_ascii=ascii_))
    return out


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def csvf(v):
    """CSV field from str / P / S; returns parts, quoting when needed."""
    if isinstance(v, P):
        raw = str(v.v)
        if any(c in raw for c in ',"'):
            return ['"', (raw.replace('"', '""'), v.cat), '"']
        return [(raw, v.cat)]
    if isinstance(v, S):
        flat = "".join(str(p.v) if isinstance(p, P) else p for p in v.parts)
        q = any(c in flat for c in ',"')
        out = ['"'] if q else []
        for p in v.parts:
            if isinstance(p, P):
                out.append((str(p.v).replace('"', '""') if q else str(p.v), p.cat))
            else:
                out.append(p.replace('"', '""') if q else p)
        if q:
            out.append('"')
        return out
    v = str(v)
    if any(c in v for c in ',"'):
        return ['"' + v.replace('"', '""') + '"']
    return [v]


def row(fields, sep=",", quote_all=False):
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append(sep)
        if quote_all:
            if isinstance(f, P):
                out += ['"', (str(f.v).replace('"', '""'), f.cat), '"']
            elif isinstance(f, S):
                out.append('"')
                for p in f.parts:
                    out.append((str(p.v).replace('"', '""'), p.cat) if isinstance(p, P) else p.replace('"', '""'))
                out.append('"')
            else:
                out.append('"' + str(f).replace('"', '""') + '"')
        elif sep == ",":
            out += csvf(f)
        else:
            if isinstance(f, P):
                out.append((str(f.v), f.cat))
            elif isinstance(f, S):
                out += [(str(p.v), p.cat) if isinstance(p, P) else p for p in f.parts]
            else:
                out.append(str(f))
    return out


# --------------------------------------------------------------------------- clock
CLK = [datetime(2024, 3, 11, 4, 12, 11, 240000)]
TZ = "-05:00"


def tick(lo=3, hi=420):
    k = 3 if CLK[0].hour < 7 else 1
    CLK[0] += timedelta(seconds=k * R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return CLK[0]


def now():
    return CLK[0]


def ms(dt=None):
    dt = dt or now()
    return dt.strftime("%H:%M:%S.") + "%03d" % (dt.microsecond // 1000)


def iso(dt=None, z=False):
    dt = dt or now()
    if z:
        u = dt + timedelta(hours=5)
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (dt.microsecond // 1000) + TZ


def epoch_ms(dt=None):
    dt = dt or now()
    return int((dt - datetime(1970, 1, 1)).total_seconds() * 1000) + 5 * 3600 * 1000


# --------------------------------------------------------------------------- value helpers
HEX = "0123456789abcdef"


def hexs(n):
    return "".join(R.choice(HEX) for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_complete(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = R.choice(["1FM", "5FN", "2T3", "1GN", "3N1", "KND", "1HG", "4T1"])
    s = list(wmi + "".join(R.choice(VIN_CH) for _ in range(5)) + "0" + R.choice("DEFGHJ") +
             R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(s, VIN_W))
    cd = tot % 11
    s[8] = "X" if cd == 10 else str(cd)
    return "".join(s)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666 and a not in (78, 219):
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
MESES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
         "septiembre", "octubre", "noviembre", "diciembre"]


def fd(d, st):
    if st == "iso":
        return d.strftime("%Y-%m-%d")
    if st == "us":
        return d.strftime("%m/%d/%Y")
    if st == "usn":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if st == "us2":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if st == "c":
        return d.strftime("%Y%m%d")
    if st == "dmy":
        return d.strftime("%d-%b-%Y")
    if st == "DMY":
        return d.strftime("%d-%b-%Y").upper()
    if st == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if st == "eu":
        return d.strftime("%d.%m.%Y")
    if st == "es":
        return "%d de %s de %d" % (d.day, MESES[d.month - 1], d.year)
    if st == "md":
        return "%d/%d" % (d.month, d.day)
    if st == "mdd":
        return d.strftime("%m/%d")
    raise ValueError(st)


def fphone(p, st):
    a, b, c = p[:3], p[3:6], p[6:]
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "paren2": "(%s)%s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "raw": a + b + c,
        "e164": "+1" + a + b + c,
        "sp": "+1 %s %s %s" % (a, b, c),
        "one": "1-%s-%s-%s" % (a, b, c),
    }[st]


PH_STYLES = ["paren", "paren2", "dash", "dot", "raw", "e164", "sp", "one"]


# --------------------------------------------------------------------------- people
MH_F = ["Lijon", "Neitari", "Kiora", "Jemi", "Hemina", "Teresia", "Mijiko", "Rosalie", "Jinna",
        "Atina", "Lorina", "Kristal", "Bwebwe", "Limwe"]
MH_L = ["Anjain", "Jelkan", "Kabua", "deBrum", "Zackhras", "Langidrik", "Riklon", "Lakjohn",
        "Bejang", "Lañinbit", "Jibas", "Lometo", "Alik", "Jorju", "Kilma", "Nashon"]
MH_M = ["Jelton", "Kenneth", "Bobo", "Tarlang", "Hilton", "Jonathan", "Ebel", "Lenny"]
MH_K = ["Junior", "Bobo", "Lani", "Jinna", "Kaleo", "Neilani", "Tarlang", "Amelia"]
ES_F = ["Marisol", "Yesenia", "Xóchitl", "Guadalupe", "María José", "Ana Lucía", "Esperanza",
        "Rosalinda", "Jazmín", "Daniela", "Itzel", "Brenda"]
ES_L = ["Pérez-Quintero", "Hernández", "de la Cruz", "Villalobos", "Castañeda", "Ibarra", "Núñez",
        "Delgado", "García Morales", "Olvera", "Zúñiga", "Santiago", "Del Toro"]
ES_M = ["José Luis", "Alejandro", "Juan Carlos", "Efraín", "Rigoberto", "Iván", "Óscar"]
ES_K = ["Mateo", "Sofía", "Santiago", "Camila", "Ximena", "Emiliano", "Valentina", "Leonardo"]
OT = [("Thi Lan", "Nguyen", "VN"), ("Mai", "Tran", "VN"), ("Yer", "Vang", "HM"), ("Pa Houa", "Xiong", "HM"),
      ("Eh Say", "Naw", "KR"), ("Hawa", "Abdi", "SO"), ("Amira", "Al-Hassan", "AR"),
      ("Ifeoma", "Okafor", "NG"), ("Ashlyn", "McAllister", "US"), ("Brianna", "Washington", "US"),
      ("Destiny", "O'Neal", "US"), ("Kaylee", "St. Clair", "US"), ("Tiana", "Jefferson-Boyd", "US"),
      ("Svetlana", "Petrov", "RU"), ("Chantal", "Lemaire", "FR"), ("Makayla", "Begay", "NA"),
      ("Jolene", "Van der Meer", "US"), ("Shaniqua", "Tucker", "US"), ("Mei-Ling", "Chou", "TW"),
      ("Fatoumata", "Diallo", "GN"), ("Kayleigh", "Runningwater", "NA"), ("Oksana", "Kowalczuk", "UA")]
OT_M = ["Duc", "Tou", "Saw Htoo", "Abdirahman", "Khalid", "Chinedu", "Tyler", "DeShawn", "Cody",
        "Dmitri", "Marcus", "Ethan", "Bao"]
OT_K = ["Elijah", "Nevaeh", "Zuri", "Amani", "Thien An", "Khalid", "Aaliyah", "Liam", "Harper",
        "Kai", "Maya", "Noah", "Aria", "Ibrahim", "Paisley"]
GM = ["Neimon", "Lola", "Carmen", "Hoa", "Mary Ellen", "Gloria", "Bertha", "Ruth", "Amina",
      "Dolores", "Ione", "Lidia"]

CITIES = [("Springdale", ["72762", "72764"], "Washington", "05143", (36.1867, -94.1288)),
          ("Rogers", ["72756", "72758"], "Benton", "05007", (36.3320, -94.1185)),
          ("Fayetteville", ["72701", "72703", "72704"], "Washington", "05143", (36.0626, -94.1574)),
          ("Bentonville", ["72712"], "Benton", "05007", (36.3729, -94.2088)),
          ("Siloam Springs", ["72761"], "Benton", "05007", (36.1881, -94.5405)),
          ("Lowell", ["72745"], "Benton", "05007", (36.2554, -94.1308)),
          ("Elm Springs", ["72728"], "Washington", "05143", (36.2062, -94.2341)),
          ("Huntsville", ["72740"], "Madison", "05087", (36.0862, -93.7413)),
          ("Prairie Grove", ["72753"], "Washington", "05143", (35.9759, -94.3177)),
          ("Gentry", ["72734"], "Benton", "05007", (36.2676, -94.4847)),
          ("Tontitown", ["72770"], "Washington", "05143", (36.1779, -94.2333))]
STREETS = ["W Sunset Ave", "S Thompson St", "N 40th St", "Elm Springs Rd", "Quandt Ave", "Jones Rd",
           "Emma Ave", "E Robinson Ave", "Har-Ber Ave", "Lowell Rd", "Gene George Blvd",
           "Habberton Rd", "Powell St", "Shady Grove Rd", "S Old Missouri Rd", "W Huntsville Ave",
           "N Pleasant St", "Backus Ave", "E Johnson Ave", "SW Regional Airport Blvd", "Dogwood Ln",
           "Cambridge Ct", "N Bloomington St", "W Walnut St", "Sonora Rd"]
UNITS = ["Apt 6", "Apt 12B", "Unit B", "Lot 14", "#203", "Apt 3", "Trlr 9", "Apt 1107", "", "", "", ""]

NURSES = [("Kathleen", "Moore", "RN", "1932846170", "E1043", "NHV-TAB-022", "kmoore"),
          ("Ngozi", "Adeyemi", "RN, BSN", "1558302914", "E1077", "NHV-TAB-031", "nadeyemi"),
          ("Bianca", "Ortiz-Lam", "RN", "1326619047", "E1102", "NHV-TAB-017", "bortizlam"),
          ("Tessa", "Yarbrough", "RN, IBCLC", "1790435528", "E0988", "NHV-TAB-009", "tyarbrough"),
          ("Hyun-woo", "Park", "RN", "1245097316", "E1121", "NHV-TAB-040", "hpark"),
          ("Delia", "Fuentes", "RN, BSN", "1669210383", "E1015", "NHV-TAB-026", "dfuentes")]
SUPS = [("Jo", "Whitfield", "MSN, RN", "jwhitfield"), ("Renata", "Kowalczyk", "DNP, RN", "rkowalczyk")]
DOM = "tchd.tallgrass-county.us"
OFFICE_PH = "4795550180"
OFFICE_FAX = "4795550199"
SMS_LONGCODE = "+14795550177"
PEDS = [("Arturo", "Villanueva", "MD", "Ozark Pediatric Associates", "4795550162", "4795550163"),
        ("Priya", "Raman", "DO", "Northwest Kids Clinic", "4795550114", "4795550119"),
        ("Samuel", "Okonkwo", "MD", "Springdale Community Health Center", "4795550121", "4795550122")]
WICS = [("Springdale WIC Clinic", "4795550140", "4795550142", "wic.springdale@" + DOM),
        ("Rogers WIC Clinic", "4795550150", "4795550152", "wic.rogers@" + DOM),
        ("Huntsville WIC Office", "4795550130", "4795550131", "wic.madison@" + DOM)]
EMAIL_DOM = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "aol.com"]


def ascii_fold(s):
    tr = str.maketrans("áéíóúñÁÉÍÓÚÑü", "aeiounAEIOUNu")
    return s.translate(tr).replace(" ", "").replace("'", "").replace(".", "").replace("-", "")


class Client:
    pass


def mk_client(i):
    c = Client()
    org = R.choice(["mh"] * 4 + ["es"] * 4 + ["ot"] * 5)
    if org == "mh":
        c.first, c.last = R.choice(MH_F), R.choice(MH_L)
        c.partner = (R.choice(MH_M), R.choice(MH_L))
        kid = R.choice(MH_K)
        c.lang = "mh"
    elif org == "es":
        c.first, c.last = R.choice(ES_F), R.choice(ES_L)
        c.partner = (R.choice(ES_M), R.choice(ES_L))
        kid = R.choice(ES_K)
        c.lang = R.choice(["es", "es", "en"])
    else:
        c.first, c.last, _ = R.choice(OT)
        c.partner = (R.choice(OT_M), R.choice([x[1] for x in OT]))
        kid = R.choice(OT_K)
        c.lang = "en"
    c.org = org
    c.infant_first = kid
    c.infant_last = R.choice([c.last, c.last, c.partner[1]])
    c.gm = (R.choice(GM), c.last)
    c.ggm_age = R.choice([None] * 5 + [91, 93, 90, 96])
    c.dob = date(R.randint(1997, 2006), R.randint(1, 12), R.randint(1, 28))
    c.prenatal = R.random() < 0.25
    if c.prenatal:
        c.edd = date(2024, 3, 15) + timedelta(days=R.randint(20, 150))
        c.infant_dob = None
    else:
        c.infant_dob = date(2024, 3, 10) - timedelta(days=R.randint(5, 330))
        c.edd = c.infant_dob + timedelta(days=R.randint(-20, 12))
    c.chart = "%08d" % R.randint(410000, 429999)
    c.infant_chart = "%08d" % R.randint(430000, 449999)
    c.medicaid = str(R.choice([5, 6, 1])) + digits(9)
    c.infant_medicaid = str(R.choice([5, 6])) + digits(9)
    c.ssn = ssn()
    c.case_no = "TCM-%02d-%05d" % (R.choice([23, 24]), R.randint(100, 4999))
    c.wic = "WF" + digits(7)
    c.dl = "9" + digits(8)
    c.bc = "118-%d-%06d" % (c.infant_dob.year if c.infant_dob else 2024, R.randint(1000, 49999))
    ac = R.choice(["479", "479", "479", "501", "870", "918"])
    c.phone = ac + str(R.randint(2, 9)) + digits(2) + digits(4)
    c.alt_phone = (R.choice(["479", "417"]) + str(R.randint(2, 9)) + digits(6)) if R.random() < 0.6 else None
    c.mh_phone = ("692" + R.choice(["455", "625", "247", "329"]) + digits(4)) if org == "mh" else None
    f, l = ascii_fold(c.first).lower(), ascii_fold(c.last).lower()
    c.email = R.choice([f + "." + l, f + l[:3] + str(R.randint(1, 99)), f[0] + l + str(R.randint(90, 2006)),
                        l + "_" + f + str(R.randint(1, 9)), f + "_mom" + str(R.randint(20, 24))]) + "@" + R.choice(EMAIL_DOM)
    c.login = (f[:1] + l)[:10] + str(R.randint(1, 99))
    city = R.choice(CITIES)
    c.city, c.zip, c.county, c.fips = city[0], R.choice(city[1]), city[2], city[3]
    c.lat = round(city[4][0] + R.uniform(-0.03, 0.03), 5)
    c.lon = round(city[4][1] + R.uniform(-0.03, 0.03), 5)
    c.street = "%d %s" % (R.choice([R.randint(100, 999), R.randint(1000, 4999), R.randint(10, 99)]), R.choice(STREETS))
    c.unit = R.choice(UNITS)
    c.zip4 = c.zip + "-" + digits(4)
    c.nurse = R.choice(NURSES)
    c.uuid = uuid4()
    c.sex = R.choice("MF")
    c.bw = R.randint(2350, 4200)
    c.fb = "https://www.facebook.com/%s.%s.%d" % (f, l, R.randint(1, 99))
    c.imei = luhn_complete("35" + digits(12))
    c.scale_sn = "BS%02d%02d-%06d" % (R.randint(19, 23), R.randint(1, 52), R.randint(1000, 999999))
    c.vin = vin()
    c.plate = "%03d %s" % (R.randint(100, 999), "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)))
    c.card = luhn_complete(R.choice(["4", "5"]) + digits(14))
    c.ip = "%d.%d.%d.%d" % (R.choice([73, 24, 68, 98, 107, 174, 99, 47]), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
    return c


CLIENTS = [mk_client(i) for i in range(38)]


def cl():
    return R.choice(CLIENTS)


def infant_name(c, st=None):
    st = st or R.choice(["fl", "fl", "lf", "up"])
    if c.infant_dob is None:
        return None
    f, l = c.infant_first, c.infant_last
    if st == "bb":
        return "Baby %s %s" % ("Boy" if c.sex == "M" else "Girl", l)
    return {"fl": "%s %s" % (f, l), "lf": "%s, %s" % (l, f), "up": "%s, %s" % (l.upper(), f.upper())}[st]


def mname(c, st=None):
    st = st or R.choice(["fl", "fl", "lf", "LF", "low", "init", "fi", "FL"])
    f, l = c.first, c.last
    return {"fl": "%s %s" % (f, l), "lf": "%s, %s" % (l, f), "LF": "%s, %s" % (l.upper(), f.upper()),
            "low": ("%s %s" % (f, l)).lower(), "init": "%s. %s" % (f[0], l), "fi": "%s %s." % (f, l[0]),
            "FL": ("%s %s" % (f, l)).upper()}[st]


def workdays_back(n_max=8):
    d = now().date()
    out = [d] if now().hour >= 10 else []
    for i in range(1, n_max):
        x = d - timedelta(days=i)
        if x.weekday() < 5:
            out.append(x)
    return out


def visit_day():
    c = workdays_back()
    return R.choice(c[:2] * 3 + c)


def next_workday(k):
    d = now().date()
    while k > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            k -= 1
    return d


def nurse_s(n, st="fl"):
    return {"fl": "%s %s, %s" % (n[0], n[1], n[2]), "lf": "%s, %s" % (n[1], n[0]),
            "init": "%s. %s" % (n[0][0], n[1])}[st]


def addr_parts(c, up=False, comma=True):
    st = c.street + (" " + c.unit if c.unit else "")
    city = c.city
    if up:
        st, city = st.upper(), city.upper()
    return [(st, "address"), ", " if comma else " ", (city, "address"), " AR ", (c.zip, "zip")]


# --------------------------------------------------------------------------- generators
FIXED = {"lcpid": {}, "exch_hdr": False, "growth_hdr": False}


def logcat_prefix(level, tag, dev=None):
    dev = dev or R.choice(NURSES)[5]
    pid = FIXED["lcpid"].setdefault(dev, R.randint(4000, 9000))
    tid = pid + R.choice([0, 31, 58, 62, 77])
    d = now()
    return "%s %s  %d  %d %s %s: " % (d.strftime("%m-%d"), ms(d), pid, tid, level, tag)


SYNC_HOST = "https://sync.nhv.tallgrass-county.us"


def g_rn_noise():
    tick(2, 90)
    k = R.randint(0, 16)
    if k == 0:
        return [L("rn_logcat", logcat_prefix("I", "ReactNativeJS"), "Running \"NHVisit\" with {\"rootTag\":%d,\"initialProps\":{\"concurrentRoot\":false}}" % R.choice([1, 11, 21]))]
    if k == 1:
        return [L("rn_logcat", logcat_prefix("D", "OkHttp  "), "--> POST %s/api/v2/sync/push (%d-byte body)" % (SYNC_HOST, R.randint(400, 90000)))]
    if k == 2:
        return [L("rn_logcat", logcat_prefix("D", "OkHttp  "), "<-- %s %s/api/v2/sync/pull?last_pulled_at=%d&schema_version=14 (%dms)" % (R.choice(["200 OK", "200 OK", "304", "502 Bad Gateway", "401 Unauthorized"]), SYNC_HOST, epoch_ms() - R.randint(3600000, 90000000), R.randint(80, 9000)))]
    if k == 3:
        return [L("rn_logcat", logcat_prefix("W", "ReactNativeJS"), "Possible Unhandled Promise Rejection (id: %d):" % R.randint(0, 9)),
                L("rn_logcat", logcat_prefix("W", "ReactNativeJS"), "TypeError: Network request failed")]
    if k == 4:
        return [L("rn_logcat", logcat_prefix("I", "ReactNativeJS"), "[NetInfo] " + json.dumps({"type": "cellular", "isConnected": True, "isInternetReachable": R.choice([False, True, None]), "details": {"isConnectionExpensive": True, "cellularGeneration": R.choice(["4g", "5g", "3g"]), "carrier": R.choice(["AT&T", "Verizon", "T-Mobile"])}}, separators=(",", ":")))]
    if k == 5:
        return [L("rn_logcat", logcat_prefix("E", "SQLiteLog"), "(5) statement aborts at %d: [UPDATE visits SET _status='synced', _changed='' WHERE id=?] database is locked" % R.randint(8, 40))]
    if k == 6:
        return [L("rn_logcat", logcat_prefix("I", "ReactNativeJS"), "[🍉] [Sync] Pushed changes: created=%d updated=%d deleted=%d in %dms (batch %s)" % (R.randint(0, 6), R.randint(0, 14), R.randint(0, 2), R.randint(200, 9000), hexs(12)))]
    if k == 7:
        return [L("rn_logcat", logcat_prefix("I", "ReactNativeJS"), "[🍉] [Sync] Pulled %d changes (clients=%d visits=%d screenings=%d) lastPulledAt=%d" % (R.randint(0, 60), R.randint(0, 8), R.randint(0, 30), R.randint(0, 20), epoch_ms()))]
    if k == 8:
        return [L("rn_logcat", logcat_prefix("I", "ReactNativeJS"), "[BackgroundFetch] event received: com.transistorsoft.fetch (taskId=%d, timeout=%s)" % (R.randint(1, 400), R.choice(["false", "false", "true"])))]
    if k == 9:
        return [L("rn_logcat", logcat_prefix("I", "ReactNativeJS"), "[CodePush] Checking for update. deploymentKey=%s...%s" % (hexs(6), hexs(4))),
                L("rn_logcat", logcat_prefix("I", "ReactNativeJS"), "[CodePush] App is up to date. label=v%d appVersion=5.8.%d" % (R.randint(40, 52), R.randint(0, 3)))]
    if k == 10:
        n = R.choice(NURSES)
        return [L("rn_logcat", logcat_prefix("I", "ReactNativeJS", n[5]), "[Auth] token refreshed user=%s exp=%d scope=\"sync forms attachments\" device=%s" % (n[6], epoch_ms() // 1000 + 3600, n[5]))]
    if k == 11:
        return [L("rn_logcat", logcat_prefix("D", "ReactNativeJS"), "[Perf] screen=%s tti=%dms jsHeap=%.1fMB fps=%d" % (R.choice(["VisitForm", "ClientList", "EPDSScreen", "ASQ3Wizard", "SyncStatus", "GrowthChart"]), R.randint(300, 2400), R.uniform(40, 140), R.randint(38, 60)))]
    if k == 12:
        return [L("rn_logcat", logcat_prefix("W", "ReactNativeJS"), "[🍉] Diagnostic error: Record ID visits#%s was sent over the bridge, but it's not cached" % hexs(16))]
    if k == 13:
        return [L("rn_logcat", logcat_prefix("I", "ReactNativeJS"), "[Attachments] upload queue depth=%d bytes=%d wifiOnly=%s" % (R.randint(0, 9), R.randint(0, 9000000), R.choice(["true", "false"])))]
    if k == 14:
        return [L("rn_logcat", logcat_prefix("E", "ReactNativeJS"), "[Sync] pull failed: HTTP 503 x-request-id=%s retryIn=%ds attempt=%d/5" % (uuid4(), R.choice([30, 60, 120, 240]), R.randint(1, 5)))]
    if k == 15:
        return [L("rn_logcat", logcat_prefix("I", "ReactNativeJS"), "[Migrations] schema 13 -> 14 applied: addColumns(visits, [tcm_units, mileage_trip_id]) in %dms" % R.randint(20, 400))]
    return [L("rn_logcat", logcat_prefix("W", "ReactNativeJS"), "[Sync] clock skew detected server=%d device=%d deltaMs=%d" % (epoch_ms(), epoch_ms() + R.randint(-90000, 90000), R.randint(-90000, 90000)))]


def g_rn_phi():
    tick(2, 120)
    c = cl()
    k = R.randint(0, 8)
    pre = lambda lv="I": logcat_prefix(lv, "ReactNativeJS", c.nurse[5])
    if k == 0:
        return [L("rn_logcat", pre("W"), "[FormValidation] required field \"infantDob\" empty on visit ", uuid4(), " for client ", (mname(c), "name"), " (", (c.chart, "mrn"), ")")]
    if k == 1:
        st1, st2 = R.sample(PH_STYLES, 2)
        return [L("rn_logcat", pre(), "[Sync] conflict clients/", c.uuid, " field=phone_primary local=\"", (fphone(c.phone, st1), "phone"), "\" remote=\"", (fphone(c.phone, st2), "phone"), "\" -> keep remote (server_wins)")]
    if k == 2:
        vd = now().date() + timedelta(days=R.randint(2, 9))
        return [L("rn_logcat", pre("E"), "[Sync] push rejected 409 for visits/", uuid4(), ": {\"error\":\"VISIT_DATE_IN_FUTURE\",\"visit_date\":\"", (fd(vd, "iso"), "date"), "\",\"client_chart\":\"", (c.chart, "mrn"), "\"}")]
    if k == 3:
        q = R.choice([c.last.lower(), c.first.lower(), c.last[:4].lower()])
        return [L("rn_logcat", pre("D"), "[ClientSearch] query=\"", (q, "name"), "\" results=%d took=%dms offline=true" % (R.randint(0, 4), R.randint(3, 90)))]
    if k == 4:
        return [L("rn_logcat", pre("D"), "[Nav] navigate ClientDetail ", *jp({"clientId": c.uuid, "displayName": P(mname(c, "lf"), "name"), "chartNo": P(c.chart, "mrn")}))]
    if k == 5 and c.infant_dob:
        return [L("rn_logcat", pre("W"), "[GrowthChart] weight z-score < -2 for infant ", (c.infant_chart, "mrn"), " (", (infant_name(c, "fl"), "name"), ", dob ", (fd(c.infant_dob, "us"), "date"), "): flagging for RD referral")]
    if k == 6:
        return [L("rn_logcat", pre(), "[Reminders] scheduled sms for ", (fphone(c.phone, "e164"), "phone"), " lang=%s visit=" % c.lang, (fd(visit_day() + timedelta(days=7), "iso"), "date"), "T", "%02d:%s:00" % (R.randint(8, 16), R.choice(["00", "30"])), " job=", hexs(10))]
    if k == 7 and c.infant_dob:
        return [L("rn_logcat", pre("D"), "[Attachments] thumbnail cached chart=", (c.infant_chart, "mrn"), " kind=infant_photo uri=data:image/jpeg;base64,", (b64photo(90), "photo"))]
    return [L("rn_logcat", pre("E"), "[🍉] [Sync] conflictResolver threw for clients#", c.uuid, ": TypeError: Cannot read property 'zip' of undefined (remote.mailing_address) local.address_line1=\"", (c.street, "address"), "\"")]


def sql_parts(parts):
    out = []
    for p in parts:
        if isinstance(p, tuple):
            out.append((p[0].replace("'", "''"), p[1]))
        else:
            out.append(p.replace("'", "''"))
    return out


def g_sqlite_dump():
    tick(5, 200)
    n = R.choice(NURSES)
    out = [L("sqlite_dump", "-- nhv.db conflict_log export device=%s app=5.8.2(481) sqlite=3.42.0 exported_by=%s" % (n[5], n[6])),
           L("sqlite_dump", "PRAGMA foreign_keys=OFF;"),
           L("sqlite_dump", "BEGIN TRANSACTION;")]
    if R.random() < 0.6:
        out.append(L("sqlite_dump", 'CREATE TABLE IF NOT EXISTS "conflict_log" ("id" TEXT PRIMARY KEY NOT NULL, "tbl" TEXT NOT NULL, "row_id" TEXT NOT NULL, "local" TEXT, "remote" TEXT, "resolution" TEXT, "resolved_at" INTEGER);'))
    for _ in range(R.randint(1, 3)):
        c = cl()
        kind = R.randint(0, 2)
        if kind == 0:
            loc = {"first_name": P(c.first, "name"), "last_name": P(c.last, "name"), "phone_primary": P(fphone(c.phone, "dash"), "phone"), "address_line1": P(c.street, "address")}
            rem = {"first_name": P(c.first, "name"), "last_name": P(c.last, "name"), "phone_primary": P(fphone(c.phone, "raw"), "phone"), "address_line1": P(c.street.upper(), "address")}
            tbl, rid, res = "clients", c.uuid, "field_merge"
        elif kind == 1:
            vd = visit_day()
            loc = {"client_id": c.uuid, "visit_date": P(fd(vd, "iso"), "date"), "status": "completed", "duration_min": R.randint(45, 95)}
            rem = {"client_id": c.uuid, "visit_date": P(fd(vd - timedelta(days=1), "iso"), "date"), "status": "scheduled", "duration_min": None}
            tbl, rid, res = "visits", uuid4(), "local_wins"
        else:
            loc = {"client_id": c.uuid, "instrument": "EPDS", "total": R.randint(0, 22), "administered_on": P(fd(visit_day(), "iso"), "date")}
            rem = {"client_id": c.uuid, "instrument": "EPDS", "total": None, "administered_on": None}
            tbl, rid, res = "screenings", uuid4(), "local_wins"
        parts = ["INSERT INTO conflict_log VALUES('", uuid4(), "','", tbl, "','", rid, "','"] + \
            sql_parts(jp(loc)) + ["','"] + sql_parts(jp(rem)) + ["','", res, "',%d);" % epoch_ms(tick(1, 5))]
        out.append(L("sqlite_dump", *parts))
    if R.random() < 0.5:
        c = cl()
        parts = ["INSERT INTO \"clients\" VALUES('", c.uuid, "','", (c.chart, "mrn"), "','", (c.first, "name"), "','",
                 (c.last, "name"), "','", (fd(c.dob, "iso"), "date"), "','", (fphone(c.phone, "paren"), "phone"), "','",
                 (c.street, "address"), "','", (c.unit, "address") if c.unit else "", "','", (c.city, "address"), "','AR','",
                 (c.zip, "zip"), "','", c.lang, "','synced','',%d);" % epoch_ms()]
        out.append(L("sqlite_dump", *sql_parts(parts)))
    out.append(L("sqlite_dump", "COMMIT;"))
    return out


def pino_prefix(level, msg):
    return {"level": level, "time": epoch_ms(), "pid": R.choice([2231, 2231, 2240, 3117]),
            "hostname": R.choice(["nhv-sync-7c9d8f-x2xkq", "nhv-sync-7c9d8f-m8p4w"]), "reqId": "req-" + hexs(3), "msg": msg}


def g_pino_noise():
    tick(1, 60)
    k = R.randint(0, 6)
    if k == 0:
        o = pino_prefix(30, "request completed")
        o.update({"res": {"statusCode": R.choice([200, 200, 200, 204, 409, 500])}, "responseTime": round(R.uniform(3, 2400), 3), "route": R.choice(["/api/v2/sync/pull", "/api/v2/sync/push", "/healthz", "/api/v2/forms/schema"])})
    elif k == 1:
        o = pino_prefix(30, "health check ok")
        o.update({"db": "up", "redis": "up", "queueLag": R.randint(0, 40), "version": "2.14.%d" % R.randint(0, 9), "commit": hexs(7)})
    elif k == 2:
        o = pino_prefix(40, "conflict resolved")
        o.update({"table": "form_templates", "rowId": uuid4(), "strategy": "server_wins", "fields": ["version", "json_schema"], "deviceId": R.choice(NURSES)[5]})
    elif k == 3:
        o = pino_prefix(50, "push batch failed")
        o.update({"err": {"type": "QueryFailedError", "message": "deadlock detected", "code": "40P01"}, "batchId": hexs(12), "traceId": hexs(32), "spanId": hexs(16)})
    elif k == 4:
        o = pino_prefix(30, "sync stats")
        o.update({"window": "5m", "pulls": R.randint(10, 200), "pushes": R.randint(5, 90), "conflicts": R.randint(0, 12), "p95ms": R.randint(200, 5000)})
    elif k == 5:
        o = pino_prefix(30, "server listening")
        o.update({"port": R.choice([8080, 3000]), "env": "production", "node": "v18.19.1", "tls": False})
    else:
        o = pino_prefix(40, "device behind schema")
        o.update({"deviceId": R.choice(NURSES)[5], "deviceSchema": 13, "serverSchema": 14, "appVersion": "5.7.%d" % R.randint(0, 9)})
    return [L("sync_pino_json", *jp(o))]


def g_pino_phi():
    tick(1, 60)
    c = cl()
    k = R.randint(0, 2)
    o = pino_prefix(40, "conflict resolved")
    if k == 0:
        o.update({"table": "clients", "rowId": c.uuid, "strategy": "lww", "diff": {
            "address_line1": {"device": P(c.street, "address"), "server": P(c.street.replace("Ave", "Avenue").replace("St", "Street"), "address")},
            "zip": {"device": P(c.zip, "zip"), "server": P(c.zip4, "zip")}}, "deviceId": c.nurse[5], "winner": "server"})
    elif k == 1:
        o.update({"table": "household_members", "rowId": uuid4(), "strategy": "field_merge", "diff": {
            "name": {"device": P("%s %s" % c.gm, "name"), "server": P("%s %s" % (c.gm[0], c.gm[1].upper()), "name")},
            "relationship": {"device": "maternal grandmother", "server": "grandmother"}}, "clientChart": P(c.chart, "mrn")})
    else:
        o["level"] = 50
        o["msg"] = "rejecting push: duplicate client"
        o.update({"table": "clients", "candidate": {"last": P(c.last, "name"), "first": P(c.first, "name"), "dob": P(fd(c.dob, "iso"), "date"), "medicaid": P(c.medicaid, "health_plan")}, "existingChart": P(c.chart, "mrn"), "rule": "dob+medicaid"})
    return [L("sync_pino_json", *jp(o))]


def b64photo(n=220):
    head = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"
    body = bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(head + body).decode()


def g_enc_json():
    tick(10, 300)
    c = cl()
    vd = visit_day()
    n = c.nurse
    enc = "ENC-24-%06d" % R.randint(20000, 99999)
    o = {"formId": "HV-PRENATAL" if c.prenatal else R.choice(["HV-POSTPARTUM", "HV-INFANCY"]), "formVersion": "3.2.%d" % R.randint(0, 4),
         "encounterId": P(enc, "other_id"), "submittedAt": iso(),
         "client": {"chartNo": P(c.chart, "mrn"), "name": {"given": P(c.first, "name"), "family": P(c.last, "name")},
                    "dob": P(fd(c.dob, "iso"), "date"), "medicaidId": P(c.medicaid, "health_plan"),
                    "phone": P(fphone(c.phone, R.choice(PH_STYLES)), "phone"), "preferredLanguage": c.lang}}
    if c.prenatal:
        o["client"]["edd"] = P(fd(c.edd, "iso"), "date")
        o["client"]["gestationalAgeWeeks"] = R.randint(14, 34)
    else:
        o["infant"] = {"chartNo": P(c.infant_chart, "mrn"), "name": P(infant_name(c, "fl"), "name"), "dob": P(fd(c.infant_dob, "iso"), "date"),
                       "sex": c.sex, "birthWeightG": c.bw, "feeding": R.choice(["exclusive_bf", "mixed", "formula"])}
    o["visit"] = {"date": P(fd(vd, "iso"), "date"), "start": "%02d:%02d" % (R.randint(8, 15), R.choice([0, 15, 30, 45])), "durationMin": R.randint(45, 100),
                  "setting": R.choice(["home", "home", "virtual", "clinic"]), "tcmUnits": R.randint(2, 6)}
    extra = R.randint(0, 5)
    if extra == 0:
        o["household"] = [{"rel": "partner", "name": P("%s %s" % c.partner, "name")},
                          {"rel": "maternal_grandmother", "name": P("%s %s" % c.gm, "name")}]
        if c.ggm_age:
            o["household"].append({"rel": "great_grandmother", "age": P(c.ggm_age, "age")})
    elif extra == 1:
        o["loanedEquipment"] = [{"type": "infant_scale", "model": "Health o meter 553KL", "serial": P(c.scale_sn, "device")},
                                {"type": "lifeline_phone", "imei": P(c.imei, "device")}]
    elif extra == 2:
        o["carSeatCheck"] = {"seat": "Graco SnugRide 35", "vehicle": {"year": R.randint(2004, 2019), "make": R.choice(["Honda", "Toyota", "Ford", "Nissan"]), "vin": P(c.vin, "vehicle"), "plate": P(c.plate, "vehicle"), "state": "AR"}, "passed": R.choice([True, False])}
    elif extra == 3:
        o["contact"] = {"email": P(c.email, "email"), "social": P(c.fb, "url"), "okToText": True}
    elif extra == 4 and not c.prenatal:
        o["infant"]["birthCertificateNo"] = P(c.bc, "license")
        o["infant"]["photo"] = {"mime": "image/jpeg", "b64": P(b64photo(), "photo")}
    o["nurse"] = {"id": n[4], "name": "%s %s, %s" % (n[0], n[1], n[2]), "npi": n[3]}
    if R.random() < 0.5:
        return [L("encounter_json", "%s INFO  [nhv-forms] submission accepted " % iso(), *jp(o))]
    return [L("encounter_json", *jp(o, sep=(", ", ": ")))]


def g_enc_json_noise():
    tick(2, 120)
    k = R.randint(0, 3)
    if k == 0:
        o = {"event": "form_schema_loaded", "formId": R.choice(["HV-POSTPARTUM", "ASQ3-12M", "EPDS-ES", "EPDS-MH"]), "version": "3.%d.%d" % (R.randint(0, 4), R.randint(0, 9)), "fields": R.randint(12, 80), "sha256": hexs(64)}
    elif k == 1:
        o = {"event": "draft_autosaved", "formId": "HV-INFANCY", "draftId": uuid4(), "bytes": R.randint(900, 30000), "device": R.choice(NURSES)[5]}
    elif k == 2:
        o = {"event": "validation_summary", "period": "2024-03", "submitted": R.randint(100, 400), "rejected": R.randint(0, 12), "topError": "visit.durationMin > 240"}
    else:
        o = {"event": "picklist_sync", "lists": ["referral_reasons", "languages", "tcm_activities"], "etag": "W/\"%s\"" % hexs(16), "ms": R.randint(20, 900)}
    return [L("encounter_json", "%s INFO  [nhv-forms] " % iso(), *jp(o))]


def g_enc_xml():
    tick(10, 300)
    c = cl()
    vd = visit_day()
    n = c.nurse
    enc = "ENC-24-%06d" % R.randint(20000, 99999)
    out = [L("encounter_xml", '<?xml version="1.0" encoding="UTF-8"?>'),
           L("encounter_xml", '<nhv:Encounter xmlns:nhv="urn:tchd:nhv:encounter:2" id="', (enc, "other_id"), '" formVersion="HV-3.2" created="%s">' % iso()),
           L("encounter_xml", '  <nhv:Client chartNo="', (c.chart, "mrn"), '" caseNo="', (c.case_no, "other_id"), '">'),
           L("encounter_xml", "    <nhv:Name><nhv:Family>", (xesc(c.last), "name"), "</nhv:Family><nhv:Given>", (xesc(c.first), "name"), "</nhv:Given></nhv:Name>"),
           L("encounter_xml", "    <nhv:BirthDate>", (fd(c.dob, "iso"), "date"), "</nhv:BirthDate>"),
           L("encounter_xml", '    <nhv:Residence street="', (xesc(c.street), "address"), '" unit="', (c.unit, "address") if c.unit else "", '" city="', (c.city, "address"),
             '" state="AR" zip="', (c.zip, "zip"), '" county="', (c.county, "address"), '"/>')]
    if R.random() < 0.6:
        out.append(L("encounter_xml", '    <nhv:IdVerification type="DL" state="AR" number="', (c.dl, "license"), '" verifiedBy="%s"/>' % n[4]))
    out.append(L("encounter_xml", "  </nhv:Client>"))
    if c.infant_dob:
        out.append(L("encounter_xml", '  <nhv:Infant chartNo="', (c.infant_chart, "mrn"), '" sex="%s"><nhv:Name>' % c.sex, (xesc(infant_name(c, "fl")), "name"),
                     "</nhv:Name><nhv:BirthDate>", (fd(c.infant_dob, "iso"), "date"), "</nhv:BirthDate><nhv:BirthWeightGrams>%d</nhv:BirthWeightGrams></nhv:Infant>" % c.bw))
    else:
        out.append(L("encounter_xml", "  <nhv:Pregnancy><nhv:EDD>", (fd(c.edd, "iso"), "date"), "</nhv:EDD><nhv:GA weeks=\"%d\"/></nhv:Pregnancy>" % R.randint(12, 36)))
    vs = datetime.combine(vd, datetime.min.time()) + timedelta(minutes=R.choice(range(8 * 60, 15 * 60, 15)))
    ve = vs + timedelta(minutes=R.choice([50, 60, 65, 75, 80, 90, 105]))
    out.append(L("encounter_xml", '  <nhv:Visit date="', (fd(vd, "iso"), "date"), '" start="%s" end="%s" type="HOME" nurseId="%s" tablet="%s"/>' % (vs.strftime("%H:%M"), ve.strftime("%H:%M"), n[4], n[5])))
    out.append(L("encounter_xml", '  <nhv:Screenings><nhv:EPDS total="%d" item10="0"/><nhv:ASQ3 interval="%s" status="%s"/></nhv:Screenings>' % (R.randint(0, 16), R.choice(["2m", "4m", "6m", "9m"]), R.choice(["not_due", "complete", "refused"]))))
    nar = R.randint(0, 2)
    if nar == 0:
        out.append(L("encounter_xml", "  <nhv:Narrative>Discussed safe sleep, tummy time. ", (c.first, "name"), " reports partner ", (c.partner[0], "name"), " back at work; ", (c.gm[0] + " " + c.gm[1], "name"), " helping days. Next visit ", (fd(vd + timedelta(days=14), "usn"), "date"), ".</nhv:Narrative>"))
    elif nar == 1:
        out.append(L("encounter_xml", "  <nhv:Narrative>Teach-back on hunger cues completed. No concerns voiced. Reviewed WIC appt and immunization schedule.</nhv:Narrative>"))
    out.append(L("encounter_xml", "</nhv:Encounter>"))
    return out


def g_xml_err():
    tick(2, 90)
    if R.random() < 0.5:
        c = cl()
        bad = R.choice([fd(c.dob, "eu"), fd(c.dob, "us"), fd(c.dob, "dmy")])
        return [L("encounter_xml", "%s ERROR [XmlIntake] cvc-datatype-valid.1.2.1: '" % iso(), (bad, "date"), "' is not a valid value for 'date'. (line 5, col 38) file=inbound/enc_%s.xml" % hexs(8))]
    return [L("encounter_xml", "%s WARN  [XmlIntake] cvc-complex-type.2.4.a: Invalid content was found starting with element 'nhv:Screening'. One of '{\"urn:tchd:nhv:encounter:2\":Screenings}' is expected. file=inbound/enc_%s.xml" % (iso(), hexs(8)))]


def g_epds():
    tick(10, 400)
    out = []
    if R.random() < 0.6:
        out.append(L("epds_csv", "client_id,screen_dt,pp_wk,lang,q1,q2,q3,q4,q5,q6,q7,q8,q9,q10,epds_total,q10_pos,action,screener"))
    for _ in range(R.randint(2, 4)):
        c = cl()
        qs = [R.choice([0, 0, 1, 1, 2, 3]) for _ in range(9)] + [R.choice([0, 0, 0, 0, 1])]
        tot = sum(qs)
        act = "BH_REFERRAL" if tot >= 13 or qs[9] else ("RESCREEN_2WK" if tot >= 10 else "NONE")
        out.append(L("epds_csv", *row([P(c.chart, "mrn"), P(fd(visit_day(), R.choice(["us", "iso"])), "date"), R.randint(1, 12), c.lang] + qs +
                                       [tot, "Y" if qs[9] else "N", act, c.nurse[4]])))
    if R.random() < 0.4:
        out.append(L("epds_csv", "# rows=%d positive=%d export=epds_%s.csv sha1=%s" % (R.randint(30, 90), R.randint(2, 14), now().strftime("%Y%m%d"), hexs(40))))
    return out


def g_asq():
    tick(10, 300)
    out = []
    for _ in range(R.randint(1, 3)):
        c = cl()
        if not c.infant_dob:
            continue
        sc = [R.choice(range(15, 61, 5)) for _ in range(5)]
        out.append(L("asq_psv", *row(["ASQ3", R.choice(["2M", "4M", "6M", "9M", "12M"]), P(c.infant_chart, "mrn"), P(infant_name(c, R.choice(["lf", "up"])), "name"),
                                      P(fd(c.infant_dob, "us"), "date"), P(fd(visit_day(), "us"), "date")] +
                                     ["COMM=%d" % sc[0], "GM=%d" % sc[1], "FM=%d" % sc[2], "PS=%d" % sc[3], "PSOC=%d" % sc[4],
                                      R.choice(["ABOVE", "ABOVE", "MONITOR", "BELOW"]), c.nurse[4]], sep="|")))
    if not out or R.random() < 0.3:
        out.append(L("asq_psv", "ASQ3|CUTOFF|%s|COMM=%.2f|GM=%.2f|FM=%.2f|PS=%.2f|PSOC=%.2f|src=ASQ-3 User's Guide 3e" % (R.choice(["2M", "6M", "12M"]), R.uniform(10, 30), R.uniform(10, 40), R.uniform(10, 35), R.uniform(10, 35), R.uniform(10, 30))))
    return out


def hl7_name(last, first):
    return [(last.upper(), "name"), "^", (first.upper(), "name")]


VACC = [("08", "Hep B, adolescent or pediatric", "MSD", "Merck and Co"), ("20", "DTaP", "SKB", "GlaxoSmithKline"),
        ("10", "IPV", "PMC", "sanofi pasteur"), ("133", "Pneumococcal conjugate PCV 13", "PFR", "Pfizer"),
        ("116", "Rotavirus, pentavalent", "MSD", "Merck and Co"), ("49", "Hib (PRP-OMP)", "MSD", "Merck and Co")]


def g_hl7():
    tick(5, 200)
    c = cl()
    if not c.infant_dob:
        c = next(x for x in CLIENTS if x.infant_dob)
    d = now()
    mid = "NHV%s%03d" % (d.strftime("%Y%m%d%H%M%S"), R.randint(0, 999))
    n = c.nurse
    vd = visit_day()
    out = [L("hl7_vxu", "MSH|^~\\&|NHVAPP|TCHD|WEBIZ|ARDH|%s-0500||VXU^V04^VXU_V04|%s|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS" % (d.strftime("%Y%m%d%H%M%S"), mid))]
    pid = ["PID|1||", (c.infant_chart, "mrn"), "^^^TCHD^MR"]
    if R.random() < 0.5:
        pid += ["~", (c.infant_medicaid, "health_plan"), "^^^ARMCD^MA"]
    nm = [("BABY %s" % ("BOY" if c.sex == "M" else "GIRL"), "name")] if R.random() < 0.2 else [(c.infant_first.upper(), "name")]
    pid += ["||", (c.infant_last.upper(), "name"), "^"] + nm + ["^^^^^L|"] + hl7_name(c.last, c.first) + ["^^^^^M|", (fd(c.infant_dob, "c"), "date"),
            "|%s|||" % c.sex, (c.street.upper(), "address"), "^", (c.unit.upper(), "address") if c.unit else "", "^", (c.city.upper(), "address"),
            "^AR^", (c.zip, "zip"), "^USA^H^^", (c.fips, "address"), "||^PRN^PH^^^", (c.phone[:3] + "^" + c.phone[3:], "phone")]
    out.append(L("hl7_vxu", *pid))
    if R.random() < 0.6:
        out.append(L("hl7_vxu", "PD1|||||||||||02^REMINDER/RECALL - ANY METHOD^HL70215|N"))
    out.append(L("hl7_vxu", "NK1|1|", *hl7_name(c.last, c.first), "^^^^^L|MTH^MOTHER^HL70063|", (c.street.upper(), "address"), "^", (c.unit.upper(), "address") if c.unit else "", "^",
                 (c.city.upper(), "address"), "^AR^", (c.zip, "zip"), "^USA^H|^PRN^PH^^^", (c.phone[:3] + "^" + c.phone[3:], "phone")))
    for _ in range(R.randint(1, 2)):
        v = R.choice(VACC)
        out.append(L("hl7_vxu", "ORC|RE||IZ-%d^TCHD||||||||||%s^%s^%s^^^^^^NPI" % (R.randint(40000, 49999), n[3], n[1].upper(), n[0].upper())))
        out.append(L("hl7_vxu", "RXA|0|1|", (fd(vd, "c"), "date"), "|", (fd(vd, "c"), "date"),
                     "|%s^%s^CVX|0.5|mL^milliliters^UCUM||00^New immunization record^NIP001||||||%s%d%s|%s|%s^%s^MVX|||CP|A" % (
                         v[0], v[1], R.choice(["U", "AC", "7K", "H"]), R.randint(1000, 9999), R.choice(["AB", "AA", "", "X"]), fd(date(2025, R.randint(1, 12), 28), "c"), v[2], v[3])))
        out.append(L("hl7_vxu", "RXR|C28161^Intramuscular^NCIT|%s" % R.choice(["RT^Right Thigh^HL70163", "LT^Left Thigh^HL70163"])))
    out.append(L("hl7_vxu", "OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V02^VFC eligible - Medicaid/Medicaid Managed Care^HL70064||||||F|||", (fd(vd, "c"), "date"), "|||VXC40^Eligibility captured at the immunization level^CDCPHINVS"))
    return out


def g_hl7_ack():
    tick(1, 20)
    d = now()
    mid = "NHV%s%03d" % ((d - timedelta(seconds=1)).strftime("%Y%m%d%H%M%S"), R.randint(0, 999))
    out = [L("hl7_vxu", "MSH|^~\\&|WEBIZ|ARDH|NHVAPP|TCHD|%s-0500||ACK^V04^ACK|%d|P|2.5.1||||NE|NE|||||Z23^CDCPHINVS" % (d.strftime("%Y%m%d%H%M%S"), R.randint(1000000, 9999999))),
           L("hl7_vxu", "MSA|%s|%s" % (R.choice(["AA", "AA", "AE"]), mid))]
    if R.random() < 0.5:
        out.append(L("hl7_vxu", R.choice(["ERR||RXA^1^11|103^Table value not found^HL70357|W||||Lot number not found in inventory",
                                           "ERR|||0^Message accepted^HL70357|I", "ERR||PID^1^11^5|102^Data type error^HL70357|W||||Invalid ZIP"])))
    return out


def g_growth():
    tick(10, 300)
    out = []
    if not FIXED["growth_hdr"] or R.random() < 0.3:
        FIXED["growth_hdr"] = True
        out.append(L("growth_csv", "infant_chart,measured_on,age_d,wt_kg,len_cm,hc_cm,wfa_z,lfa_z,wfl_pctl,scale,entered_by"))
    for _ in range(R.randint(1, 4)):
        c = R.choice([x for x in CLIENTS if x.infant_dob])
        md = visit_day()
        age = (md - c.infant_dob).days
        out.append(L("growth_csv", *row([P(c.infant_chart, "mrn"), P(fd(md, R.choice(["iso", "us", "usn"])), "date"), age, "%.2f" % (c.bw / 1000 + age * 0.025), "%.1f" % (49 + age * 0.08),
                                         "%.1f" % (34 + age * 0.04), "%.2f" % R.uniform(-2.5, 1.5), "%.2f" % R.uniform(-2, 2), R.randint(2, 97), R.choice(["clinic", "home_loaned", "home_loaned"]), c.nurse[4]])))
    return out


def g_growth_noise():
    tick(2, 60)
    return [L("growth_csv", "# WHO LMS reference loaded: wfa_boys_0_24.csv (%d rows), wfa_girls_0_24.csv (%d rows), md5=%s" % (R.randint(700, 740), R.randint(700, 740), hexs(32)))]


def g_fax():
    tick(30, 600)
    c = cl()
    n = c.nurse
    wic = R.random() < 0.55
    if wic:
        to, tph, tfx = R.choice(WICS)[:3]
    else:
        pd = R.choice(PEDS)
        to, tph, tfx = "%s (Dr. %s %s)" % (pd[3], pd[0], pd[1]), pd[4], pd[5]
    job = R.randint(7000, 9999)
    pages = R.choice([1, 2, 2])
    dob = fd(c.dob, "us")
    garb = dob.replace("0", "O", R.randint(0, 2)) if R.random() < 0.6 else dob
    out = [L("fax_ocr", "[ocr job=%d page=1/%d engine=tesseract-5.3.3 conf=%.2f]" % (job, pages, R.uniform(0.71, 0.96))),
           L("fax_ocr", "%s  %s FAX %s   TALLGRASS CO HEALTH DEPT      P.001/%03d" % (now().strftime("%m/%d/%Y"), now().strftime("%H:%M"), OFFICE_FAX, pages)),
           L("fax_ocr", "REFERRAL TO %s" % ("WIC / NUTRITION SERVICES" if wic else "PRIMARY CARE PROVIDER")),
           L("fax_ocr", "To: %s   Phone: %s   Fax: %s" % (to, fphone(tph, "paren"), fphone(tfx, "paren"))),
           L("fax_ocr", "From: %s %s, %s - Nurse Home Visiting   Ph %s  Fax %s" % (n[0], n[1], n[2], fphone(OFFICE_PH, "dash"), fphone(OFFICE_FAX, "dash"))),
           L("fax_ocr", R.choice(["Client Narne: ", "Client Name: ", "CIient Name: "]), (mname(c, R.choice(["LF", "lf"])), "name"), "        ", R.choice(["D0B: ", "DOB: ", "DOB "]), (garb, "date"))]
    if c.infant_dob:
        out.append(L("fax_ocr", "Infant: ", (infant_name(c, R.choice(["fl", "bb", "up"])), "name"), "   DOB: ", (fd(c.infant_dob, R.choice(["us", "us2"])), "date"), "   Sex: %s   BW %d g" % (c.sex, c.bw)))
    else:
        out.append(L("fax_ocr", "Prenatal - EDD ", (fd(c.edd, "us"), "date"), "   G1P0"))
    out.append(L("fax_ocr", "Address: ", *addr_parts(c, up=R.random() < 0.3)))
    ph = ["Phone: ", (fphone(c.phone, R.choice(["paren", "dash"])), "phone")]
    if c.mh_phone:
        ph += ["   Alt (family, RMI): ", ("+692 " + c.mh_phone[3:6] + " " + c.mh_phone[6:], "phone")]
    elif c.alt_phone:
        ph += ["   Alt: ", (fphone(c.alt_phone, "dash"), "phone")]
    out.append(L("fax_ocr", *ph))
    out.append(L("fax_ocr", R.choice(["Medicaid #: ", "Medicaid ID ", "Medlcaid #: "]), (c.medicaid, "health_plan"), "     WIC Family ID: ", (c.wic, "other_id") if R.random() < 0.5 else "pending"))
    reasons = R.sample(["[x] Breastfeeding support", "[x] Low wt gain", "[ ] Formula", "[x] Anemia f/u", "[x] Well-child visit overdue", "[x] Jaundice recheck", "[ ] Dental"], 3)
    out.append(L("fax_ocr", "Reason for referral: " + "  ".join(reasons)))
    if R.random() < 0.6:
        if c.lang == "mh":
            out.append(L("fax_ocr", "Comments: Mother speaks Marshallese, interpreter needed. Grandmother ", ("%s %s" % c.gm, "name"), " helps with transport."))
        elif c.lang == "es":
            out.append(L("fax_ocr", "Comments: Spanish speaking. Partner ", ("%s %s" % c.partner, "name"), " works days; best to call after 5pm."))
        else:
            out.append(L("fax_ocr", "Comments: Please call mother to schedule; she prefers text."))
    out.append(L("fax_ocr", "CONFIDENTIALITY NOTICE: This facsimile contains protected health information that is privileged and confidential under federal and state law."))
    return out


def x12_header():
    d = now()
    ctl = R.randint(4000, 4999)
    return ctl, [L("x12_837", "ISA*00*          *00*          *ZZ*TCHD0417       *ZZ*ARMEDICAID     *%s*%s*^*00501*%09d*0*P*:~" % (d.strftime("%y%m%d"), d.strftime("%H%M"), ctl)),
                 L("x12_837", "GS*HC*TCHD0417*ARMEDICAID*%s*%s*%d*X*005010X222A1~" % (d.strftime("%Y%m%d"), d.strftime("%H%M"), ctl)),
                 L("x12_837", "ST*837*0001*005010X222A1~"),
                 L("x12_837", "BHT*0019*00*TCM%s%s*%s*%s*CH~" % (d.strftime("%Y%m%d"), R.choice("ABC"), d.strftime("%Y%m%d"), d.strftime("%H%M"))),
                 L("x12_837", "NM1*41*2*TALLGRASS COUNTY HEALTH DEPT*****46*TCHD0417~"),
                 L("x12_837", "PER*IC*DARNELL GREER*TE*%s*FX*%s~" % (OFFICE_PH, OFFICE_FAX)),
                 L("x12_837", "NM1*40*2*AR MEDICAID*****46*ARMEDICAID~"),
                 L("x12_837", "HL*1**20*1~"),
                 L("x12_837", "NM1*85*2*TALLGRASS COUNTY HEALTH DEPT*****XX*1487652309~"),
                 L("x12_837", "N3*201 N COLLEGE AVE~"),
                 L("x12_837", "N4*FAYETTEVILLE*AR*727015005~"),
                 L("x12_837", "REF*EI*716001234~")]


def g_x12():
    tick(30, 600)
    out = []
    FIXED["x12_n"] = FIXED.get("x12_n", 0) + 1
    if FIXED["x12_n"] == 1:
        ctl, hdr = x12_header()
        out += hdr
    else:
        ctl = None
        out.append(L("x12_837", "%s INFO  EdiWriter - appending subscriber loop 2000B batch=TCM%s" % (iso(), now().strftime("%Y%m%d"))))
    c = cl()
    n = c.nurse
    vd = visit_day()
    infant = c.infant_dob is not None and R.random() < 0.4
    out.append(L("x12_837", "HL*2*1*22*%d~" % (1 if infant else 0)))
    out.append(L("x12_837", "SBR*P*%s*******MC~" % ("" if infant else "18")))
    out.append(L("x12_837", "NM1*IL*1*", (c.last.upper(), "name"), "*", (c.first.upper(), "name"), "****MI*", (c.medicaid, "health_plan"), "~"))
    out.append(L("x12_837", "N3*", ((c.street + (" " + c.unit if c.unit else "")).upper(), "address"), "~"))
    out.append(L("x12_837", "N4*", (c.city.upper(), "address"), "*AR*", (c.zip4.replace("-", "") if R.random() < 0.5 else c.zip, "zip"), "~"))
    out.append(L("x12_837", "DMG*D8*", (fd(c.dob, "c"), "date"), "*F~"))
    if R.random() < 0.3:
        out.append(L("x12_837", "REF*SY*", (c.ssn.replace("-", ""), "ssn"), "~"))
    out.append(L("x12_837", "NM1*PR*2*AR MEDICAID*****PI*ARMEDICAID~"))
    if infant:
        out.append(L("x12_837", "HL*3*2*23*0~"))
        out.append(L("x12_837", "PAT*19~"))
        nm = ("BABY %s" % ("BOY" if c.sex == "M" else "GIRL")) if R.random() < 0.3 else c.infant_first.upper()
        out.append(L("x12_837", "NM1*QC*1*", (c.infant_last.upper(), "name"), "*", (nm, "name"), "~"))
        out.append(L("x12_837", "DMG*D8*", (fd(c.infant_dob, "c"), "date"), "*%s~" % c.sex))
    units = R.randint(2, 6)
    chg = units * 21.60
    pcn = "TC%s%05d" % (c.chart[2:], R.randint(0, 99999))
    out.append(L("x12_837", "CLM*", (pcn, "account"), "*%.2f***11:B:1*Y*A*Y*Y~" % chg))
    out.append(L("x12_837", "HI*ABK:%s~" % ("Z392" if not infant else R.choice(["Z00129", "Z00111", "P0739"]))))
    out.append(L("x12_837", "NM1*82*1*%s*%s****XX*%s~" % (n[1].upper(), n[0].upper(), n[3])))
    out.append(L("x12_837", "LX*1~"))
    out.append(L("x12_837", "SV1*HC:T1017:%s*%.2f*UN*%d***1~" % (R.choice(["HD", "TL", "U1"]), chg, units)))
    out.append(L("x12_837", "DTP*472*D8*", (fd(vd, "c"), "date"), "~"))
    out.append(L("x12_837", "REF*6R*%s%03d~" % (digits(7), R.randint(1, 9))))
    if ctl is not None:
        out.append(L("x12_837", "SE*%d*0001~" % (len(out) - 1)))
        out.append(L("x12_837", "GE*1*%d~" % ctl))
        out.append(L("x12_837", "IEA*1*%09d~" % ctl))
    return out


def g_elig():
    tick(5, 200)
    c = cl()
    seg = ["%s INFO  EligibilityClient - 271 rcvd trn=%s: " % (iso(), digits(9)), "NM1*IL*1*", (c.last.upper(), "name"), "*", (c.first.upper(), "name"), "****MI*", (c.medicaid, "health_plan"), "~"]
    if R.random() < 0.7:
        seg += ["REF*SY*", (c.ssn.replace("-", ""), "ssn"), "~"]
    seg += ["DMG*D8*", (fd(c.dob, "c"), "date"), "*F~EB*1*IND*30*MC*ARKANSAS MEDICAID~DTP*307*RD8*20240301-20240331~"]
    if R.random() < 0.5:
        return [L("x12_271", *seg)]
    return [L("x12_271", "%s WARN  EligibilityClient - AAA*N**75*C~ subscriber not found: " % iso(), (mname(c, "LF"), "name"), " ssn=", (c.ssn, "ssn"), " dob=", (fd(c.dob, "us"), "date"), " -> manual verification queue")]


def g_x12_noise():
    tick(5, 200)
    k = R.randint(0, 2)
    if k == 0:
        return [L("x12_837", "%s INFO  EdiWriter - batch TCM%s%s closed: claims=%d total=%.2f file=837P_TCHD0417_%s.x12 sha256=%s" % (iso(), now().strftime("%Y%m%d"), R.choice("ABC"), R.randint(20, 90), R.uniform(800, 6000), now().strftime("%Y%m%d%H%M"), hexs(64)))]
    if k == 1:
        return [L("x12_837", "%s WARN  X12Parser - 999 AK9*R*1*1*0~ IK3*CLM*%d**8~ IK4*2*782*7~ (element CLM02 invalid) ctl=%09d" % (iso(), R.randint(14, 40), R.randint(4000, 4999)))]
    return [L("x12_837", "%s INFO  SftpClient - put 837P_TCHD0417_%s.x12 -> sftp://edi.armedicaid-clearinghouse.example:22/inbound (%d bytes, %dms)" % (iso(), now().strftime("%Y%m%d%H%M"), R.randint(8000, 90000), R.randint(300, 5000)))]


def g_claims_csv():
    tick(10, 400)
    out = []
    if R.random() < 0.5:
        out.append(L("tcm_claims_csv", "pcn,medicaid_id,last_name,first_name,dob,dos,hcpcs,mod1,units,charge,rendering_npi,pos,status"))
    for _ in range(R.randint(1, 3)):
        c = cl()
        u = R.randint(1, 6)
        out.append(L("tcm_claims_csv", *row([P("TC%s%05d" % (c.chart[2:], R.randint(0, 99999)), "account"), P(c.medicaid, "health_plan"), P(c.last, "name"), P(c.first, "name"),
                                             P(fd(c.dob, "us"), "date"), P(fd(visit_day(), "us"), "date"), "T1017", R.choice(["HD", "TL", "U1", ""]), u, "%.2f" % (u * 21.6),
                                             c.nurse[3], R.choice(["12", "12", "02", "11"]), R.choice(["READY", "READY", "HOLD_ELIG", "SUBMITTED", "DENIED_CO16"])])))
    return out


def g_claims_noise():
    tick(5, 200)
    n, rj = R.randint(30, 90), R.randint(0, 4)
    return [L("tcm_claims_csv", "# batch_id=TCM%s%s period=2024-02 claims=%d total_charge=%.2f accepted=%d rejected=%d generated_by=Export-TcmClaims.ps1 v1.9.%d" % (
        now().strftime("%Y%m%d"), R.choice("ABC"), n, n * 21.6 * R.uniform(3, 4.5), n - rj, rj, 4))]


OFFICE_LL = (36.06187, -94.15811)
WIC_LL = [(36.18802, -94.13497), (36.33561, -94.12607), (36.08511, -93.73808)]


def g_gps():
    tick(10, 500)
    out = []
    if R.random() < 0.4:
        out.append(L("gps_mileage_csv", "TripID,Employee,EmpID,Date,Start,End,StartLat,StartLon,EndLat,EndLon,Miles,Purpose,ClientRef,Vehicle"))
    for _ in range(R.randint(1, 3)):
        n = R.choice(NURSES)
        td = now().date() if now().hour >= 17 else [x for x in workdays_back() if x < now().date()][0]
        t0 = datetime.combine(td, datetime.min.time()) + timedelta(minutes=R.randint(7 * 60 + 40, 16 * 60))
        t1 = t0 + timedelta(minutes=R.randint(8, 50))
        slat, slon = OFFICE_LL
        if R.random() < 0.6:
            c = R.choice([x for x in CLIENTS if x.nurse == n] or CLIENTS)
            out.append(L("gps_mileage_csv", *row(["T-%d" % R.randint(80000, 99999), "%s %s" % (n[1], n[0]), n[4], P(t0.strftime("%m/%d/%Y"), "date"), t0.strftime("%H:%M"), t1.strftime("%H:%M"),
                                                  "%.5f" % slat, "%.5f" % slon, P("%.5f" % c.lat, "address"), P("%.5f" % c.lon, "address"), "%.1f" % R.uniform(2, 38),
                                                  "Home visit", P(c.chart, "mrn"), "POV"])))
        else:
            w = R.choice(WIC_LL)
            out.append(L("gps_mileage_csv", *row(["T-%d" % R.randint(80000, 99999), "%s %s" % (n[1], n[0]), n[4], t0.strftime("%m/%d/%Y"), t0.strftime("%H:%M"), t1.strftime("%H:%M"),
                                                  "%.5f" % slat, "%.5f" % slon, "%.5f" % w[0], "%.5f" % w[1], "%.1f" % R.uniform(2, 38),
                                                  R.choice(["WIC clinic supply drop", "Staff meeting", "Training - NFP unit 4", "Return to office"]), "", R.choice(["POV", "County fleet 14"])])))
    return out


def g_gps_noise():
    tick(2, 120)
    n = R.choice(NURSES)
    k = R.randint(0, 2)
    if k == 0:
        return [L("gps_mileage_csv", "# mileage export %s employees=%d trips=%d miles=%.1f rate=0.670 reimb=$%.2f" % (now().strftime("%Y-%m-%d"), 6, R.randint(40, 160), R.uniform(300, 1800), R.uniform(200, 1200)))]
    if k == 1:
        return [L("gps_mileage_csv", "gps: device=%s fix=3D sats=%d hdop=%.1f lat=%.5f lon=%.5f acc=%dm batt=%d%% (office geofence)" % (n[5], R.randint(5, 14), R.uniform(0.6, 2.5), OFFICE_LL[0] + R.uniform(-0.0003, 0.0003), OFFICE_LL[1] + R.uniform(-0.0003, 0.0003), R.randint(3, 20), R.randint(10, 100)))]
    return [L("gps_mileage_csv", "WARN trip T-%d auto-closed after %d min idle; odometer gap %.1f mi flagged for review (emp %s)" % (R.randint(80000, 99999), R.randint(30, 240), R.uniform(0.5, 9), n[4]))]


def g_sup():
    tick(30, 900)
    c = cl()
    s = R.choice(SUPS)
    n = c.nurse
    k = R.randint(0, 5)
    if k == 0:
        return [L("supervisor_note", "[SupervisorReview] %s reviewer=%s chart=" % (now().strftime("%Y-%m-%d %H:%M"), s[3]), (c.chart, "mrn"), " status=returned comment=\"Pls document EPDS f/u for ",
                  (c.first, "name"), " - score %d on " % R.randint(12, 20), (fd(visit_day(), "md"), "date"), "; BH referral date missing.\"")]
    if k == 1:
        ex = []
        if R.random() < 0.6:
            c = R.choice([x for x in CLIENTS if x.ggm_age])
            n = c.nurse
        if c.ggm_age:
            ex = [" Lives w/ great-gma (age ", (str(c.ggm_age), "age"), "), who is her main support."]
        return [L("supervisor_note", "Review %s - %s caseload: " % ("%d/%d/%02d" % (now().month, now().day, now().year % 100), nurse_s(n, "init")), (mname(c, "LF"), "name"), " - ",
                  ("%d wk pp" % R.randint(2, 20)) if c.infant_dob else ("%d wk GA" % R.randint(14, 36)), ", visits on schedule, last ", (fd(visit_day(), "us2"), "date"), ". OK.", *ex)]
    if k == 2:
        return [L("supervisor_note", "Reflective supervision %s w/ %s: discussed family of " % (now().strftime("%m/%d"), n[0]), (c.first + " " + c.last, "name"),
                  "; DV screen positive, partner ", (c.partner[0] + " " + c.partner[1], "name"), " back in home. Safety plan reviewed; consult with RK scheduled.")]
    if k == 3:
        return [L("supervisor_note", "QA chart audit %s | %s | " % (s[3], now().strftime("%Y-%m-%d")), (c.case_no, "other_id"), " | ", (mname(c, "lf"), "name"),
                  " | consent signed ", (fd(visit_day() - timedelta(days=R.randint(30, 200)), "us"), "date"),
                  " | missing: %s" % R.choice(["ASQ-3 4M", "home safety checklist", "TCM monthly contact note", "none"]))]
    if k == 4:
        return [L("supervisor_note", "Joint home visit w/ %s to " % n[0], (c.street + (" " + c.unit if c.unit else ""), "address"), ", ", (c.city, "address"),
                  ". Observed breastfeeding; latch improved. Mom (", (c.first, "name"), ") asked about returning to work at %s." % R.choice(["Tyson", "the poultry plant", "Walmart DC", "a daycare"]))]
    return [L("supervisor_note", "Caseload transfer: ", (mname(c, "fl"), "name"), " (", (c.chart, "mrn"), ", DOB ", (fd(c.dob, "dmy"), "date"), ") from %s to %s eff. 04/01; client notified by phone." % (nurse_s(n, "lf"), nurse_s(R.choice([x for x in NURSES if x != n]), "lf")))]


def g_sup_noise():
    tick(10, 300)
    s = R.choice(SUPS)
    return [L("supervisor_note", R.choice([
        "[SupervisorReview] queue: %d charts pending, %d overdue (>30d), oldest %dd, reviewer=%s" % (R.randint(4, 30), R.randint(0, 6), R.randint(10, 60), s[3]),
        "Team huddle notes %s: caseloads avg %.1f families/RN; fidelity target 90%% visits completed; %s out Fri." % (now().strftime("%m/%d"), R.uniform(18, 25), R.choice(NURSES)[0]),
        "Reminder from %s %s: all March mileage due by 04/05; TCM contact notes must be signed within 72h of service." % (s[0], s[1]),
        "[SupervisorReview] reviewer=%s signed %d reviews batch=%s" % (s[3], R.randint(1, 12), hexs(8)),
    ]))]


EXCH_FIELDS = "date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version"


def g_exch_hdr():
    tick(1, 5)
    return [L("exchange_msgtrk", "#Software: Microsoft Exchange Server"),
            L("exchange_msgtrk", "#Version: 15.02.1258.012"),
            L("exchange_msgtrk", "#Log-type: Message Tracking Log"),
            L("exchange_msgtrk", "#Date: %s" % iso(z=True)),
            L("exchange_msgtrk", "#Fields: " + EXCH_FIELDS)]


def exch_line(subject, sender, rcpt, event="RECEIVE", source="SMTP"):
    srv = R.choice(["TCHD-EX01", "TCHD-EX02"])
    mid = "<%s@%s.tchd.local>" % (hexs(32), srv)
    fields = [iso(z=True), "10.30.%d.%d" % (R.randint(0, 4), R.randint(2, 250)), R.choice(["NHV-TAB-022", "NHV-APP01", srv, "mail-cy1usg02.outbound.protection.outlook.com"]),
              "10.30.0.%d" % R.choice([11, 12]), srv, "08DC%s;%s;0" % (hexs(12).upper(), iso(z=True)), "%s\\Default %s" % (srv, srv), source, event, str(R.randint(10000000, 99999999)),
              mid, uuid4(), rcpt, "250 2.1.5 Recipient OK" if event == "RECEIVE" else "", str(R.randint(4000, 900000)), "1", "", "", subject, sender, sender, "",
              "Originating", uuid4(), "", "", "", "Email", uuid4(), "15.02.1258.012"]
    return row(fields)


STAFF_EMAILS = ["%s.%s@%s" % (n[0].lower().replace("-", ""), n[1].lower().replace("-", ""), DOM) for n in NURSES] + ["%s@%s" % (s[3], DOM) for s in SUPS]


def g_exch():
    tick(5, 300)
    out = []
    if not FIXED["exch_hdr"]:
        FIXED["exch_hdr"] = True
        out += g_exch_hdr()
    c = cl()
    k = R.randint(0, 4)
    if k == 0:
        subj = S("Referral - ", P(mname(c, "fl"), "name"), " DOB ", P(fd(c.dob, "usn"), "date"))
        out.append(L("exchange_msgtrk", *exch_line(subj, R.choice(STAFF_EMAILS), R.choice(WICS)[3], R.choice(["SEND", "DELIVER", "RECEIVE"]))))
    elif k == 1:
        subj = S("RE: visit ", P(fd(next_workday(R.randint(1, 5)), "md"), "date"))
        out.append(L("exchange_msgtrk", *exch_line(subj, P(c.email, "email"), R.choice(STAFF_EMAILS), "RECEIVE")))
    elif k == 2:
        subj = S("[SECURE] ASQ results for ", P(infant_name(c, "fl") or mname(c, "fl"), "name"))
        out.append(L("exchange_msgtrk", *exch_line(subj, R.choice(STAFF_EMAILS), "referrals@ozarkpeds.example.org", "SEND")))
    elif k == 3:
        subj = S("Chart ", P(c.chart, "mrn"), " - Medicaid elig question")
        out.append(L("exchange_msgtrk", *exch_line(subj, R.choice(STAFF_EMAILS), "billing@" + DOM, "DELIVER", "STOREDRIVER")))
    else:
        subj = S("Fwd: ", P(mname(c, "fl"), "name"), " moved - new addr ", P(c.street + (" " + c.unit if c.unit else ""), "address"))
        out.append(L("exchange_msgtrk", *exch_line(subj, R.choice(STAFF_EMAILS), R.choice(STAFF_EMAILS), "DELIVER", "STOREDRIVER")))
    return out


def g_exch_noise():
    tick(3, 300)
    out = []
    if not FIXED["exch_hdr"]:
        FIXED["exch_hdr"] = True
        out += g_exch_hdr()
    subj = R.choice(["Daily NHV sync report - NHV-APP01", "Staff meeting moved to 2pm", "March mileage reminder", "[Task Scheduler] Export-TcmClaims completed",
                     "Undeliverable: WIC referral batch", "Fidelity dashboard Q1", "IBCLC CE opportunity", "Tablet MDM enrollment - action required", "Re: PTO request 3/22"])
    out.append(L("exchange_msgtrk", *exch_line(subj, R.choice(STAFF_EMAILS + ["noreply@" + DOM, "svc_nhvexport@" + DOM]), R.choice(STAFF_EMAILS),
                                                 R.choice(["RECEIVE", "DELIVER", "SEND", "HAREDIRECT", "AGENTINFO", "SUBMIT"]), R.choice(["SMTP", "STOREDRIVER", "AGENT"]))))
    return out


def outlook_when():
    d = now() - timedelta(minutes=R.randint(1, 3000))
    return "%d/%d/%d %d:%02d %s" % (d.month, d.day, d.year, (d.hour % 12) or 12, d.minute, "AM" if d.hour < 12 else "PM")


def g_outlook():
    tick(5, 300)
    c = cl()
    s = R.choice(SUPS)
    n = c.nurse
    frm = R.choice([("%s, %s" % (n[1], n[0]), "%s.%s@%s" % (n[0].lower().replace("-", ""), n[1].lower().replace("-", ""), DOM)), ("%s, %s" % (s[1], s[0]), "%s@%s" % (s[3], DOM))])
    k = R.randint(0, 5)
    if k == 0:
        subj = S("RE: WIC referral - ", P(mname(c, "lf"), "name"), " (DOB ", P(fd(c.dob, "us"), "date"), ")")
    elif k == 1:
        subj = S("Missed visit x2 - ", P(c.first, "name"), " ", P(c.last[0] + ".", "name"), " - pls advise")
    elif k == 2:
        c = R.choice([x for x in CLIENTS if x.infant_dob])
        subj = S("CPS consult re: infant ", P(infant_name(c, "fl"), "name"))
    elif k == 3:
        subj = S("FW: Lab results ", P(c.last.upper(), "name"), " hgb 9.8")
    elif k == 4:
        frm = (mname(c, "fl"), c.email)
        subj = S("no puedo el ", P(fd(next_workday(R.randint(1, 4)), "md"), "date"), " podemos cambiar?") if c.lang == "es" else S("reschedule pls")
        return [L("outlook_csv", *row([subj, P(frm[0], "name"), P(frm[1], "email"), "%s, %s" % (n[1], n[0]), outlook_when(), "Normal"], quote_all=True))]
    else:
        subj = S("Car seat voucher for ", P(mname(c, "fl"), "name"), " - EDD ", P(fd(c.edd, "md"), "date"))
    to = R.choice([x for x in NURSES if x[1] not in frm[0]])
    return [L("outlook_csv", *row([subj, frm[0], frm[1], "%s, %s" % (to[1], to[0]), outlook_when(), R.choice(["Normal", "High"])], quote_all=True))]


def g_outlook_noise():
    tick(5, 300)
    k = R.random()
    if not FIXED.get("ol_hdr"):
        FIXED["ol_hdr"] = True
        return [L("outlook_csv", '"Subject","From: (Name)","From: (Address)","To: (Name)","Received","Importance"')]
    s = R.choice(SUPS)
    subj = R.choice(["NFP data entry deadline Friday", "Updated EPDS Marshallese translation v2", "Tablet won't sync - ticket INC0048%d" % R.randint(100, 999),
                     "Mileage rate update 0.67/mi", "Agenda: Tuesday case conference", "WIC clinic closed 3/29 (Good Friday)", "New ASQ-3 kits arrived",
                     "Out of office: %s %s" % (R.choice(NURSES)[0], R.choice(NURSES)[1]), "Medicaid TCM billing changes eff 4/1"])
    return [L("outlook_csv", *row([subj, "%s, %s" % (s[1], s[0]), "%s@%s" % (s[3], DOM), "NHV Team", outlook_when(), "Normal"], quote_all=True))]


MH_DAYS = ["Mande", "Juje", "Wōnje", "Taije", "Bōraide", "Jarōde", "Jabōt"]
ES_DAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
EN_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def sms_body(c, apptd, tm):
    n = c.nurse
    if c.lang == "mh":
        return ["Iakwe ", (c.first, "name"), "! Kakememej: nurse eo am, %s, enaaj itok ñan mweo imōm ilo %s " % (n[0], MH_DAYS[apptd.weekday()]), (fd(apptd, "md"), "date"),
                " ilo %s. Uwaak C ñan kamool ak kūrtok %s. Kommool tata!" % (tm, fphone(OFFICE_PH, "dash"))]
    if c.lang == "es":
        return ["Hola ", (c.first, "name"), ", le recordamos su visita con la enfermera %s el %s " % (n[0], ES_DAYS[apptd.weekday()]), ("%d de %s" % (apptd.day, MESES[apptd.month - 1]), "date"),
                " a las %s. Responda SI para confirmar o llame al %s." % (tm, fphone(OFFICE_PH, "paren"))]
    return ["Hi ", (c.first, "name"), "! Reminder: your nurse %s will visit %s " % (n[0], EN_DAYS[apptd.weekday()]), (fd(apptd, "md"), "date"),
            " at %s. Reply C to confirm, R to reschedule. Reply STOP to opt out." % tm]


def g_sms():
    tick(5, 200)
    c = cl()
    k = R.randint(0, 3)
    apptd = next_workday(R.randint(1, 3))
    hh = R.choice([9, 10, 11, 13, 14, 15])
    tm = "%d:%s %s" % ((hh - 1) % 12 + 1, R.choice(["00", "30"]), "AM" if hh < 12 else "PM")
    if c.lang == "es":
        tm = "%d:%s" % (R.choice([9, 10, 11, 13, 14, 15]), R.choice(["00", "30"]))
    if k == 0:
        body = sms_body(c, apptd, tm)
        return [L("sms_gateway", "%s INFO reminder_worker[%d]: queued sid=SM%s to=" % (now().strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (now().microsecond // 1000), R.randint(1000, 9999), hexs(32)),
                  (fphone(c.phone, "e164"), "phone"), " lang=%s segments=%d body=\"" % (c.lang, R.choice([1, 2, 3])), *body, "\"")]
    if k == 1:
        o = {"ts": iso(), "direction": "inbound", "from": P(fphone(c.phone, "e164"), "phone"), "to": SMS_LONGCODE, "sid": "SM" + hexs(32),
             "body": R.choice([S("C"), S("Si confirmo"), S("Kommool, C"), S("can we do ", P(fd(apptd + timedelta(days=2), "md"), "date"), " instead? baby has dr appt"), S("STOP"), S("quien es?")]),
             "matchedClient": P(c.chart, "mrn"), "intent": "auto"}
        return [L("sms_gateway", *jp(o, ascii_=True))]
    if k == 2:
        ph = fphone(c.phone, "e164")
        return [L("twilio_webhook", "%s - - [%s] \"POST /hooks/twilio/status HTTP/1.1\" 200 2 \"MessageSid=SM%s&MessageStatus=%s&To=" % (R.choice(["54.172.60.%d" % R.randint(0, 255), "3.80.16.%d" % R.randint(0, 255)]), now().strftime("%d/%b/%Y:%H:%M:%S -0500"), hexs(32), R.choice(["delivered", "sent", "undelivered", "failed"])),
                  (ph.replace("+", "%2B"), "phone"), "&From=%s&ApiVersion=2010-04-01\" \"TwilioProxy/1.1\"" % SMS_LONGCODE.replace("+", "%2B"))]
    body = sms_body(c, apptd, tm)
    o_parts = ["%s WARN reminder_worker[%d]: 21610 Attempt to send to unsubscribed recipient to=" % (now().strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (now().microsecond // 1000), R.randint(1000, 9999)),
               (fphone(c.phone, R.choice(["e164", "raw"])), "phone"), " client=", (c.chart, "mrn"), " ; suppressed"]
    return [L("sms_gateway", *o_parts)]


def g_sms_noise():
    tick(2, 120)
    k = R.randint(0, 3)
    ts = now().strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (now().microsecond // 1000)
    if k == 0:
        return [L("sms_gateway", "%s INFO reminder_worker[%d]: batch run date=%s queued=%d en=%d es=%d mh=%d skipped_optout=%d" % (ts, R.randint(1000, 9999), now().strftime("%Y-%m-%d"), R.randint(10, 60), R.randint(5, 30), R.randint(3, 20), R.randint(2, 15), R.randint(0, 4)))]
    if k == 1:
        return [L("twilio_webhook", "%s - - [%s] \"POST /hooks/twilio/status HTTP/1.1\" 200 2 \"MessageSid=SM%s&MessageStatus=delivered&ApiVersion=2010-04-01\" \"TwilioProxy/1.1\"" % ("54.172.60.%d" % R.randint(0, 255), now().strftime("%d/%b/%Y:%H:%M:%S -0500"), hexs(32)))]
    if k == 2:
        return [L("sms_gateway", "%s ERROR reminder_worker[%d]: twilio.base.exceptions.TwilioRestException: HTTP 429 error: Unable to create record: Too Many Requests (code 20429) retry_after=%ds" % (ts, R.randint(1000, 9999), R.randint(1, 30)))]
    return [L("sms_gateway", "%s INFO reminder_worker[%d]: template loaded name=visit_reminder_%s version=%d chars=%d gsm7=%s" % (ts, R.randint(1000, 9999), R.choice(["en", "es", "mh"]), R.randint(2, 9), R.randint(120, 320), R.choice(["true", "false"])))]


def g_ps():
    tick(60, 1200)
    d = now()
    script = R.choice(["Export-TcmClaims.ps1", "Invoke-NhvNightlyBackup.ps1"] if d.hour < 6 else ["Sync-WicReferrals.ps1"])
    out = [L("ps_transcript", "**********************"),
           L("ps_transcript", "Windows PowerShell transcript start"),
           L("ps_transcript", "Start time: %s" % d.strftime("%Y%m%d%H%M%S")),
           L("ps_transcript", "Username: TCHD\\svc_nhvexport"),
           L("ps_transcript", "RunAs User: TCHD\\svc_nhvexport"),
           L("ps_transcript", "Machine: NHV-APP01 (Microsoft Windows NT 10.0.17763.0)"),
           L("ps_transcript", "Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -ExecutionPolicy Bypass -File D:\\jobs\\%s" % script),
           L("ps_transcript", "Process ID: %d" % R.randint(1000, 9999)),
           L("ps_transcript", "PSVersion: 5.1.17763.5458"),
           L("ps_transcript", "**********************"),
           L("ps_transcript", "Transcript started, output file is D:\\logs\\transcripts\\%s_%s.txt" % (script[:-4], d.strftime("%Y%m%d"))),
           L("ps_transcript", "VERBOSE: Connecting to NHVSQL01\\NHV database NHV_Prod (timeout 120s)")]
    if script == "Export-TcmClaims.ps1":
        out.append(L("ps_transcript", "VERBOSE: %d billable encounters found for period 2024-02" % R.randint(200, 500)))
        for _ in range(R.randint(1, 2)):
            c = cl()
            out.append(L("ps_transcript", "WARNING: Skipping encounter ", ("ENC-24-%06d" % R.randint(20000, 99999), "other_id"), " (client ", (c.chart, "mrn"), " ", (mname(c, "LF"), "name"),
                         "): Medicaid eligibility not verified for DOS ", (fd(visit_day() - timedelta(days=R.randint(15, 40)), "us"), "date")))
    elif script == "Sync-WicReferrals.ps1":
        c = cl()
        out.append(L("ps_transcript", "VERBOSE: POST https://wic-referrals.tallgrass-county.us/api/referrals (%d pending)" % R.randint(1, 20)))
        out.append(L("ps_transcript", "WARNING: Referral ", ("REF-%d" % R.randint(300000, 399999), "other_id"), " for ", (mname(c, "fl"), "name"), " rejected: WIC family ID ", (c.wic, "other_id"), " already has open referral"))
    else:
        out.append(L("ps_transcript", "VERBOSE: Backup-SqlDatabase NHV_Prod -> \\\\fs01\\backup\\NHV_Prod_%s.bak" % d.strftime("%Y%m%d")))
        out.append(L("ps_transcript", "VERBOSE: Compressed %.1f GB in %d s, checksum %s" % (R.uniform(2, 14), R.randint(100, 900), hexs(40))))
    if R.random() < 0.5:
        out += [L("ps_transcript", "Invoke-Sqlcmd : Timeout expired.  The timeout period elapsed prior to completion of the operation or the server is not responding."),
                L("ps_transcript", "At D:\\jobs\\%s:%d char:13" % (script, R.randint(40, 200))),
                L("ps_transcript", "+     $rows = Invoke-Sqlcmd -ServerInstance $srv -Query $q"),
                L("ps_transcript", "+             ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~"),
                L("ps_transcript", "    + CategoryInfo          : InvalidOperation: (:) [Invoke-Sqlcmd], SqlPowerShellSqlExecutionException"),
                L("ps_transcript", "    + FullyQualifiedErrorId : SqlError,Microsoft.SqlServer.Management.PowerShell.GetScriptCommand")]
    else:
        out.append(L("ps_transcript", "VERBOSE: Completed in %02d:%02d:%02d.%07d, exit 0" % (0, R.randint(0, 9), R.randint(0, 59), R.randint(0, 9999999))))
    e = d + timedelta(seconds=R.randint(30, 900))
    out += [L("ps_transcript", "**********************"),
            L("ps_transcript", "Windows PowerShell transcript end"),
            L("ps_transcript", "End time: %s" % e.strftime("%Y%m%d%H%M%S")),
            L("ps_transcript", "**********************")]
    return out


TASKS = ["\\TCHD\\NHV\\Export-TcmClaims", "\\TCHD\\NHV\\Sync-WicReferrals", "\\TCHD\\NHV\\Invoke-NhvNightlyBackup", "\\TCHD\\NHV\\Send-SmsReminders", "\\Microsoft\\Windows\\UpdateOrchestrator\\Schedule Scan"]


def g_task():
    tick(1, 400)
    d = now()
    task = R.choice(TASKS[:3] if d.hour < 6 else TASKS[1:2] + TASKS[3:])
    g = "{%s}" % uuid4()
    when = "%d/%d/%d %d:%02d:%02d %s" % (d.month, d.day, d.year, (d.hour % 12) or 12, d.minute, d.second, "AM" if d.hour < 12 else "PM")
    k = R.choice([100, 100, 102, 102, 200, 201, 103, 129, 110, 322])
    user = "NT AUTHORITY\\SYSTEM" if "Microsoft" in task else "TCHD\\svc_nhvexport"
    msgs = {100: ("Information", "Task Started", 'Task Scheduler started "%s" instance of the "%s" task for user "%s".' % (g, task, user)),
            102: ("Information", "Task completed", 'Task Scheduler successfully finished "%s" instance of the "%s" task for user "%s".' % (g, task, user)),
            200: ("Information", "Action started", 'Task Scheduler launched action "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" in instance "%s" of task "%s".' % (g, task)),
            201: ("Information", "Action completed", 'Task Scheduler successfully completed task "%s" , instance "%s" , action "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe" with return code %d.' % (task, g, R.choice([0, 0, 0, 1, 2147942401]))),
            103: ("Error", "Action start failed", 'Task Scheduler failed to start instance "%s" of "%s" task for user "%s" . Additional Data: Error Value: 2147942402.' % (g, task, user)),
            129: ("Information", "Created Task Process", 'Task Scheduler launch task "%s" , instance "C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe"  with process ID %d.' % (task, R.randint(1000, 9999))),
            110: ("Information", "Task triggered by user", 'Task Scheduler launched "%s"  instance of task "%s"  for user "jwhitfield" .' % (g, task)),
            322: ("Information", "Launch request ignored, instance already running", 'Task Scheduler did not launch task "%s"  because instance "%s"  of the same task is already running.' % (task, g))}[k]
    return [L("taskscheduler_csv", *row([msgs[0], when, "Microsoft-Windows-TaskScheduler", str(k), msgs[1], msgs[2]]))]


def g_nginx():
    tick(1, 60)
    ip = "%d.%d.%d.%d" % (R.choice([166, 174, 107, 10]), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
    ts = now().strftime("%d/%b/%Y:%H:%M:%S -0500")
    path = R.choice(["/api/v2/sync/pull?last_pulled_at=%d&schema_version=14" % (epoch_ms() - R.randint(1000000, 90000000)), "/api/v2/sync/push", "/healthz",
                     "/api/v2/forms/schema/HV-POSTPARTUM?v=3.2.1", "/api/v2/attachments/%s" % uuid4(), "/metrics"])
    meth = "POST" if path.endswith("push") or "attachments" in path else "GET"
    ua = R.choice(["okhttp/4.9.2", "NHVisit/5.8.2 (Android 13; SM-T220)"])
    if path == "/healthz":
        ua, ip = "kube-probe/1.27", "10.244.%d.%d" % (R.randint(0, 3), R.randint(2, 250))
    elif path == "/metrics":
        ua, ip = "Prometheus/2.48.1", "10.244.%d.%d" % (R.randint(0, 3), R.randint(2, 250))
    if path in ("/healthz", "/metrics"):
        st, sz = 200, (2 if path == "/healthz" else R.randint(8000, 40000))
    elif meth == "POST":
        st, sz = R.choice([200, 200, 201, 401, 413, 502]), R.randint(40, 900)
    else:
        st, sz = R.choice([200, 200, 200, 304, 401, 502]), R.randint(200, 90000)
    return [L("nginx_access", '%s - - [%s] "%s %s HTTP/1.1" %d %d "-" "%s" rt=%.3f uct="0.000" urt="%.3f"' % (
        ip, ts, meth, path, st, sz, ua, R.uniform(0.001, 3), R.uniform(0.001, 3)))]


def g_nginx_phi():
    tick(1, 60)
    c = cl()
    ip = "166.%d.%d.%d" % (R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
    ts = now().strftime("%d/%b/%Y:%H:%M:%S -0500")
    k = R.randint(0, 1)
    if k == 0:
        q = c.last.replace(" ", "%20").replace("'", "%27")
        q = q.replace("é", "%C3%A9").replace("á", "%C3%A1").replace("ñ", "%C3%B1").replace("ú", "%C3%BA").replace("í", "%C3%AD").replace("ó", "%C3%B3")
        parts = ['%s - - [%s] "GET /api/v2/clients/search?q=' % (ip, ts), (q, "name"), "&dob=", (fd(c.dob, "iso"), "date"), ' HTTP/1.1" 200 %d "-" "okhttp/4.9.2" rt=%.3f' % (R.randint(200, 4000), R.uniform(0.01, 0.9))]
    else:
        parts = ['%s - - [%s] "GET /api/v2/clients/by-medicaid/' % (ip, ts), (c.medicaid, "health_plan"), ' HTTP/1.1" %d %d "-" "NHVisit/5.8.2 (Android 13; SM-T220)" rt=%.3f' % (R.choice([200, 404]), R.randint(100, 3000), R.uniform(0.01, 0.9))]
    return [L("nginx_access", *parts)]


def g_tele():
    tick(5, 300)
    c = cl()
    n = c.nurse
    o = {"ts": iso(z=True), "event": "participant.joined", "room": "tchd-nhv-%s" % n[6], "role": "patient",
         "displayName": P(R.choice([mname(c, "fi"), c.first, mname(c, "fl")]), "name"), "ip": P(c.ip, "ip"),
         "ua": R.choice(["Mozilla/5.0 (Linux; Android 13; SM-A136U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
                         "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"]),
         "clientChart": P(c.chart, "mrn"), "sessionId": uuid4()}
    if R.random() < 0.3:
        o["loginName"] = P(c.login, "other_id")
    return [L("telehealth_json", *jp(o))]


def g_tele_noise():
    tick(2, 200)
    n = R.choice(NURSES)
    o = R.choice([{"ts": iso(z=True), "event": "room.created", "room": "tchd-nhv-%s" % n[6], "host": n[6], "region": "us-central", "sfu": "sfu-%s.video.example.net:443" % hexs(4)},
                  {"ts": iso(z=True), "event": "participant.left", "room": "tchd-nhv-%s" % n[6], "role": "provider", "durationSec": R.randint(300, 4000), "mos": round(R.uniform(3, 4.5), 2)},
                  {"ts": iso(z=True), "event": "stats", "room": "tchd-nhv-%s" % n[6], "rttMs": R.randint(20, 400), "jitterMs": R.randint(1, 60), "packetLossPct": round(R.uniform(0, 4), 2), "ip": "10.30.%d.%d" % (R.randint(0, 4), R.randint(2, 250))}])
    return [L("telehealth_json", *jp(o))]


def lf_ts():
    return now().strftime("%Y-%m-%dT%H:%M:%S") + TZ


def g_portal():
    tick(5, 300)
    c = cl()
    k = R.randint(0, 3)
    head = "time=%s level=info app=nhv-portal " % lf_ts()
    if k == 0:
        parts = [head, "msg=\"intake submitted\" user=", (c.login, "other_id"), " email=", (c.email, "email"), " lang=%s" % c.lang,
                 " ec_name=\"", ("%s %s" % c.gm, "name"), "\" ec_rel=grandmother ec_phone=", (fphone(c.alt_phone or c.phone, R.choice(["dash", "raw", "dot"])), "phone")]
        if not c.ggm_age and R.random() < 0.5:
            c.ggm_age = R.choice([90, 92, 94])
        if c.ggm_age:
            parts += [" hh_ggm_age=", (str(c.ggm_age), "age")]
        parts += [" remote_ip=", (c.ip, "ip"), " req_id=%s" % hexs(16)]
    elif k == 1:
        parts = [head, "msg=\"profile updated\" user=", (c.login, "other_id"), " field=social_url old=\"\" new=\"", (c.fb, "url"), "\" remote_ip=", (c.ip, "ip"), " trace_id=%s" % hexs(32)]
    elif k == 2:
        parts = [head.replace("info", "warn"), "msg=\"login failed\" user=", (c.login, "other_id"), " reason=bad_password attempts=%d remote_ip=" % R.randint(1, 5), (c.ip, "ip"), " ua=\"Mozilla/5.0 (Linux; Android 12)\""]
    else:
        parts = [head, "msg=\"appointment request\" user=", (c.login, "other_id"), " preferred_date=", (fd(next_workday(R.randint(2, 8)), "iso"), "date"),
                 " note=\"", *(["my grandma ", ("%s" % c.gm[0], "name"), " is ", (str(c.ggm_age), "age"), " and lives with us, pls come after 10"] if c.ggm_age else ["pls text first, baby naps 1-3"]), "\" req_id=%s" % hexs(16)]
    return [L("portal_logfmt", *parts)]


def g_portal_noise():
    tick(2, 200)
    return [L("portal_logfmt", R.choice([
        "time=%s level=info app=nhv-portal msg=\"request\" method=GET path=/healthz status=200 dur=%dms" % (lf_ts(), R.randint(1, 20)),
        "time=%s level=info app=nhv-portal msg=\"session cleanup\" expired=%d active=%d" % (lf_ts(), R.randint(0, 40), R.randint(0, 25)),
        "time=%s level=error app=nhv-portal msg=\"smtp send failed\" err=\"dial tcp 10.30.0.12:587: i/o timeout\" retry=%d" % (lf_ts(), R.randint(1, 3)),
        "time=%s level=info app=nhv-portal msg=\"build\" version=1.4.%d commit=%s go=go1.21.7" % (lf_ts(), R.randint(0, 9), hexs(7))]))]


def g_incentive():
    tick(5, 400)
    c = cl()
    if R.random() < 0.5:
        return [L("incentive_log", "%s INFO  [IncentiveSvc] disbursed $25 visit-completion card to chart " % iso(), (c.chart, "mrn"), " card=", (c.card, "account"), " program=NHV-RETENTION-24 approver=%s" % R.choice(SUPS)[3])]
    return [L("incentive_log", "%s INFO  [IncentiveSvc] card activation ok card=************%s balance=25.00 order=PO-%d" % (iso(), c.card[-4:], R.randint(200000, 299999)))]


NOISE_GENS = [(g_rn_noise, 12), (g_pino_noise, 6), (g_enc_json_noise, 3), (g_xml_err, 2), (g_hl7_ack, 3), (g_growth_noise, 1), (g_x12_noise, 3),
              (g_claims_noise, 2), (g_gps_noise, 3), (g_sup_noise, 3), (g_exch_noise, 5), (g_outlook_noise, 3), (g_sms_noise, 4), (g_ps, 1),
              (g_task, 8), (g_nginx, 7), (g_tele_noise, 3), (g_portal_noise, 2)]
PHI_GENS = [(g_rn_phi, 8), (g_sqlite_dump, 1.5), (g_pino_phi, 4), (g_enc_json, 6), (g_enc_xml, 3), (g_epds, 3), (g_asq, 3), (g_hl7, 3), (g_growth, 2),
            (g_fax, 2), (g_x12, 1.5), (g_claims_csv, 3), (g_gps, 3), (g_sup, 5), (g_exch, 5), (g_outlook, 4), (g_sms, 7), (g_tele, 2), (g_nginx_phi, 2),
            (g_incentive, 2), (g_elig, 2), (g_portal, 3)]


CAPS = {"g_ps": 2, "g_x12": 2, "g_sqlite_dump": 3, "g_fax": 3, "g_hl7": 4, "g_enc_xml": 3, "g_epds": 4, "g_growth": 4}
USED = {}
MINS = {"g_x12": 2, "g_ps": 1, "g_fax": 2, "g_hl7": 2, "g_enc_xml": 2, "g_sqlite_dump": 2, "g_epds": 2, "g_growth": 2,
        "g_elig": 2, "g_asq": 2, "g_tele": 2, "g_incentive": 1, "g_enc_json": 6, "g_sup": 6, "g_outlook": 3, "g_exch": 3, "g_portal": 4}


NIGHT_OK = {"g_x12", "g_claims_csv", "g_elig", "g_hl7", "g_epds", "g_growth", "g_sqlite_dump", "g_pino_phi", "g_gps", "g_ps",
            "g_rn_noise", "g_pino_noise", "g_hl7_ack", "g_growth_noise", "g_x12_noise", "g_claims_noise", "g_gps_noise", "g_exch_noise",
            "g_sms_noise", "g_task", "g_nginx", "g_enc_json_noise"}


def night_filter(gens):
    if now().hour >= 7:
        return gens
    return [(g, w) for g, w in gens if g.__name__ in NIGHT_OK]


def pick(gens):
    gens = [(g, w) for g, w in gens if USED.get(g.__name__, 0) < CAPS.get(g.__name__, 10 ** 6)]
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def main():
    lines = []
    while len(lines) < N_LINES:
        nophi = sum(1 for l in lines if not l.spans)
        frac = nophi / len(lines) if lines else 1.0
        gens = night_filter(NOISE_GENS if frac < TARGET_NOPHI else PHI_GENS)
        remaining = N_LINES - len(lines)
        for _ in range(50):
            due = [g for g, _ in gens if USED.get(g.__name__, 0) < MINS.get(g.__name__, 0)]
            g = R.choice(due) if due and R.random() < 0.3 else pick(gens)
            block = g()
            if block and len(block) <= remaining:
                USED[g.__name__] = USED.get(g.__name__, 0) + 1
                break
        else:
            block = (g_task if frac < TARGET_NOPHI else g_claims_csv)()
        lines.extend(block[:remaining])
    assert len(lines) == N_LINES
    out_log, out_lab = [], []
    for i, l in enumerate(lines, 1):
        txt = bytes(l.b).decode("utf-8")
        assert txt and "\n" not in txt and "\r" not in txt, (i, txt)
        spans = []
        last = -1
        for s, e, cat, val in sorted(l.spans):
            assert bytes(l.b[s:e]).decode("utf-8") == val, (i, val)
            assert s >= last and e > s, (i, val)
            last = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_log.append(txt)
        out_lab.append(json.dumps({"line": i, "family": l.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
