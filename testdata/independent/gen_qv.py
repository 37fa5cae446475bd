#!/usr/bin/env python3
"""gen_qv.py - synthetic labeled log corpus "qv".

Organisation: Ridgeview County Public Health (fictional, Ohio), Childhood
Lead Poisoning Prevention Program (CLPPP).  One SIEM / log-shipper export
of a morning (2024-03-11, EDT) in which the program's systems interleave.

Writes ./qv.log (500 lines) and ./qv.labels.jsonl.  Standard library only,
fixed seed: two runs give byte-identical output.

Systems simulated (family names in the labels file)
  hl7v2         ELR ORU^R01 blood lead reports from reference labs, one
                segment per line (MSH SFT PID NK1 ORC OBR OBX NTE SPM)
  mirth         Mirth Connect ELR channel log (log4j text)
  leadtrack     "LeadTrack", the home-grown case management app (logback
                JSON: case creation, BLRV alerts, HEPA loans, grants)
  java_trace    Java stack traces of LeadTrack, one frame per line
  eis_logfmt    environmental inspection tablet sync service (logfmt)
  xrf_csv       Niton-style XRF analyzer reading export rows (CSV)
  casenote      case manager home-visit notes (pipe header + free text,
                English / Spanish)
  wic_match     WIC data match extract (CSV, header + rows)
  x12           Medicaid 270/271 eligibility segments, one per line
  mmis_fixed    Medicaid MMIS match file (fixed width: H / D / T records)
  order_xml     landlord abatement order documents (XML, one per line)
  nginx         access log of LeadTrack API and the public family portal
  syslog        sshd / cron / systemd / postfix on the app servers
  pgaudit       PostgreSQL server log with pgaudit statements
  sms_gw        SMS relay (Twilio-like) outbound/inbound reminder bodies
  fhir          FHIR R4 Patient / Observation resources sent to the state
  leadcare      LeadCare II point-of-care uploads from WIC clinics (pipe)
  chat          staff Teams channel export (JSON)
  geocoder      address geocoding service (Python logging)
  airflow       Airflow ETL scheduler / task logs

Labeling decisions (grey cases)
  * The child is the patient; parents, guardians, siblings, grandparents
    and other household members are relatives -> their names, phones,
    emails, licences, bank accounts are PHI.  Landlords, property managers,
    abatement contractors, clinicians, lab staff and program staff are
    NOT PHI (names, NPIs, licence numbers, work phones/faxes, emails).
    Exception: in an owner-occupied home the "owner" is the parent -> name.
  * The child's residence (the inspected / ordered property) is the
    patient's address: street+unit, city, county (names and FIPS /
    MMIS county codes), parcel numbers (APN), census tracts and lat/lon
    geocodes of that home are `address`; ZIP is always its own `zip`.
    Landlord mailing addresses, lab/clinic/department addresses: not PHI.
  * Case IDs (LPyy-nnnnn), lab placer/filler accession and specimen IDs,
    WIC participant IDs, referral IDs and FHIR Patient logical IDs ->
    `other_id`.  Clinic MRNs (PID-3 MR, FHIR MR identifier) -> `mrn`.
    Medicaid IDs, MCO member IDs, MBIs -> `health_plan`.  Patient
    account numbers (PID-18) and homeowner grant bank accounts -> `account`.
  * Environmental inspection IDs (EI-...), abatement order numbers
    (AO-...), visit IDs, XRF reading numbers, HL7 message control IDs,
    X12 control/trace numbers, SMS SIDs: department work-product / software
    identifiers -> NOT PHI (the case ID next to them is labeled).
  * Dates: birth, specimen collection, lab receipt/report, eligibility
    span, home visit and appointment dates of the child/family -> `date`
    (including "3/14" in SMS bodies).  Log timestamps, HL7 MSH-7, X12
    ISA/GS/BHT dates, XRF reading timestamps (instrument record times),
    abatement order issue/compliance dates (legal action against the
    owner about the building) and year-built / years alone -> not PHI.
  * Ages: only > 89 are labeled (a great-grandmother in the household).
    Ages in months/years of children are not PHI.
  * Serials of HEPA vacuums / air purifiers loaned to a family -> `device`;
    XRF analyzer, LeadCare analyzer and staff laptop serials -> not PHI.
  * URLs: a request path or portal URL that carries a case ID, DOB or
    other patient identifier is one `url` span (the whole request target);
    static assets and health checks are not PHI.  The public IP of a
    parent using the family portal -> `ip`; staff/internal/server IPs not.
  * Names split over separate fields (CSV columns, X12 elements, fixed
    width columns, JSON keys) are one span per field; one field holding
    all components (HL7 XPN "LAST^FIRST^M", "Last, First") is one span.
  * A vehicle a homeless family lives in: plate and VIN -> `vehicle`.
  * FHIR Patient.photo base64 -> `photo`.
  * Placeholder SSNs (000000000, 999999999) are not labeled; a
    realistic-looking but invalid SSN (area 666 / 9xx typo) still is.
  * LeadCare II upload lines: the device timestamp is the record time of
    the upload line itself -> not labeled (the WIC ID / typed name is).
  * Blood lead values, LOINC codes, lot numbers, CLIA numbers are not PHI.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import string
import unicodedata

R = random.Random(20240311)


# ----------------------------------------------------------------- builder
class P:
    """A value to place; c = category or None (not PHI)."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = v
        self.c = c


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, c):
        if not c:
            return self.t(s)
        b = len(s.encode("utf-8"))
        self.spans.append((self.n, self.n + b, c, s))
        return self.t(s)

    def f(self, tpl, **kw):
        for lit, field, _spec, _conv in string.Formatter().parse(tpl):
            if lit:
                self.t(lit)
            if field is not None:
                v = kw[field]
                if isinstance(v, P):
                    self.p(v.v if isinstance(v.v, str) else str(v.v), v.c)
                else:
                    self.t(str(v))
        return self

    def text(self):
        return "".join(self.buf)


class S:
    """A JSON string made of pieces [(text, cat or None), ...]."""
    __slots__ = ("parts",)

    def __init__(self, parts):
        self.parts = parts


def jemit(L, v, ea=False, sp=False):
    cs, ks = (", ", ": ") if sp else (",", ":")
    if isinstance(v, S):
        L.t('"')
        for txt, cat in v.parts:
            L.p(json.dumps(txt, ensure_ascii=ea)[1:-1], cat)
        L.t('"')
    elif isinstance(v, P):
        if isinstance(v.v, str):
            L.t('"')
            L.p(json.dumps(v.v, ensure_ascii=ea)[1:-1], v.c)
            L.t('"')
        else:
            L.p(json.dumps(v.v), v.c)
    elif isinstance(v, dict):
        L.t("{")
        for i, (k, x) in enumerate(v.items()):
            if i:
                L.t(cs)
            L.t(json.dumps(k) + ks)
            jemit(L, x, ea, sp)
        L.t("}")
    elif isinstance(v, (list, tuple)):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(cs)
            jemit(L, x, ea, sp)
        L.t("]")
    else:
        L.t(json.dumps(v, ensure_ascii=ea))


def J(fam, obj, ea=False, sp=False):
    L = Line(fam)
    jemit(L, obj, ea, sp)
    return L


# ----------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 3, 11, 7, 52, 13, 118000)

    def tick(self, lo=0.3, hi=22.0):
        self.t += dt.timedelta(seconds=R.uniform(lo, hi))
        return self.t

    def small(self):
        self.t += dt.timedelta(milliseconds=R.randint(1, 40))
        return self.t


C = Clock()
MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-04:00" % (t.microsecond // 1000)


def isoz(t):
    u = t + dt.timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def pyts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def sysl(t):
    return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def clf(t):
    return t.strftime("%d/") + MON[t.month - 1] + t.strftime("/%Y:%H:%M:%S -0400")


def hl7ts(t):
    return t.strftime("%Y%m%d%H%M%S") + "-0400"


# ----------------------------------------------------------------- numbers
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


def npi():
    base = str(R.choice([1, 2])) + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def ssn(valid=True):
    if valid:
        while True:
            a = R.randint(1, 899)
            if a != 666:
                break
    else:
        a = R.choice([666, 900 + R.randint(0, 99)])
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def mbi():
    d = "0123456789"
    pat = [d[1:], MBI_L, MBI_AN, d, MBI_L, MBI_AN, d, MBI_L, MBI_L, d, d]
    return "".join(R.choice(x) for x in pat)


VIN_T = {**{str(i): i for i in range(10)},
         **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(R.choice(al) for _ in range(5)) + "0" +
             R.choice("9ABCDE") + R.choice("ABCDGLMNP") + "".join(R.choice("0123456789") for _ in range(6)))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def ascii_fold(s):
    s = s.replace("Đ", "D").replace("đ", "d")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ----------------------------------------------------------------- people
CH_FIRST = ["Jaylen", "Aaliyah", "Mateo", "Xiomara", "Dmitri", "Amara", "Kenji", "Fatima",
            "Oluwaseun", "Hope", "Summer", "Brooks", "Ximena", "Zainab", "Bao", "Jesús",
            "Chloé", "Zoë", "Ibrahim", "Keyonte", "River", "Honesty", "Royal", "Lyric",
            "Genesis", "Aiyana", "Mai Nou", "Tenzin", "Nevaeh", "Santiago", "Yusuf",
            "Esperanza", "Kai", "Precious", "Malachi", "Saoirse", "Ayaan", "Khadija"]
SIB_FIRST = ["Amari", "Sofía", "Liam", "Nia", "Tou", "Hamza", "Destiny", "Cruz", "Ivy",
             "Asher", "Ly", "Omar", "Sky", "Rain", "Jacob", "Camila"]
LASTS = ["Booker", "García-López", "Nguyen", "O'Brien", "Baker", "Rose", "Hill", "Young",
         "Ferreira da Silva", "Abdi", "Mohamed", "Begay", "St. Clair", "Van der Berg",
         "Kowalczyk", "Okonkwo", "Price", "Hernández", "Rivera-Santos", "Little", "Brown",
         "Wolfe", "Fox", "Yazzie", "Jean-Baptiste", "Al-Masri", "Vang", "Xiong", "Love",
         "Friend", "Dye", "Nowak", "Mack", "Church", "Winter", "Person", "Ní Bhriain",
         "Đặng", "Zúñiga", "Hassan-Warsame"]
PAR_FIRST = ["Keisha", "Rosa", "Thi Lan", "Maribel", "Ahmed", "Crystal", "Destiny",
             "Pa Houa", "Olga", "Tamika", "Luz", "Brandon", "Hodan", "Chantel", "Amber",
             "José Luis", "Ngozi", "Jennifer", "Faith", "Sergei", "Marisol", "Ebony",
             "Dustin", "Shanice", "Ayesha", "Wendell"]
PAR_MALE = ["Ahmed", "Brandon", "José Luis", "Sergei", "Dustin", "Wendell"]
GG_FIRST = ["Earline", "Mildred", "Consuelo", "Wilhelmina", "Ruth", "Chue"]
STREETS = ["Kossuth Ave", "Linden Ave", "Parsons Ave", "E Livingston Ave", "Oak St",
           "Mound St", "Hildreth Ave", "Ohio Ave", "S Champion Ave", "Whittier St",
           "Fulton St", "Seymour Ave", "Sycamore St", "Reinhard Ave", "Frebis Ave",
           "Gilbert St", "Cleveland Ave", "Weber Rd", "Joyce Ave", "Ontario St",
           "Miller Ave", "Bedford Ave", "Wager St", "E 17th Ave"]
CITIES = [("Marlow City", ["43203", "43205", "43206", "43207", "43211"]),
          ("East Harmon", ["43227", "43232"]),
          ("Kettering Falls", ["43123"]),
          ("Brookside", ["43224", "43219"])]
REL = [("MTH", "Mother", "madre"), ("FTH", "Father", "padre"), ("GRM", "Grandmother", "abuela"),
       ("GRD", "Guardian", "tutora")]
LANG = ["en"] * 6 + ["es"] * 3 + ["hmn", "so", "vi"]


def phone_raw():
    return R.choice(["614", "380", "740"]), "%03d" % R.randint(201, 989), "%04d" % R.randint(0, 9999)


def make_case(i):
    last = R.choice(LASTS)
    plast = last if R.random() < 0.65 else R.choice(LASTS)
    first = R.choice(CH_FIRST)
    rel = R.choice(REL[:2] * 3 + REL[2:])
    pfirst = R.choice(PAR_MALE if rel[0] == "FTH" else [x for x in PAR_FIRST if x not in PAR_MALE])
    city, zips = R.choice(CITIES)
    age_days = R.randint(200, 6 * 365)
    dob = dt.date(2024, 3, 11) - dt.timedelta(days=age_days)
    coll = dt.date(2024, 3, 11) - dt.timedelta(days=R.randint(2, 20))
    unit = R.choice(["", "", "", "Apt 2", "Apt B", "Unit 3", "Apt 1R", "#4"])
    ph = phone_raw()
    em = None
    if R.random() < 0.7:
        base = "".join(ch for ch in ascii_fold(pfirst).lower() if ch.isalpha())
        pl = "".join(ch for ch in ascii_fold(plast).lower() if ch.isalpha() or ch == " ")
        em = R.choice(["%s.%s%d@gmail.com" % (base[:1], pl.replace(" ", ""), R.randint(1, 99)),
                       "%s%s@yahoo.com" % (base, R.randint(70, 2004)),
                       "%s_%s@outlook.com" % (base, pl.split()[0]),
                       "mama%s%d@icloud.com" % (ascii_fold(first).lower().split()[0], R.randint(1, 30))])
    bll = round(R.choice([R.uniform(3.5, 9.9), R.uniform(10, 19.9), R.uniform(20, 44), R.uniform(1.0, 3.4)]), 1)
    return {
        "cid": "LP%02d-%05d" % (R.choice([24, 24, 24, 23, 22]), R.randint(80, 2400)),
        "first": first, "last": last, "mi": R.choice("ABCDEJKLMRST"),
        "sex": R.choice("MF"), "dob": dob, "coll": coll,
        "recv": coll + dt.timedelta(days=R.randint(1, 3)),
        "pfirst": pfirst, "plast": plast, "rel": rel,
        "phone": ph, "email": em,
        "num": str(R.randint(12, 3899)), "street": R.choice(STREETS), "unit": unit,
        "city": city, "zip": R.choice(zips),
        "lat": "%.5f" % (39.93 + R.uniform(-0.06, 0.08)),
        "lon": "%.5f" % (-82.98 + R.uniform(-0.09, 0.09)),
        "tract": "39049%06d" % R.choice([5600, 5700, 2400, 2500, 7510, 8100, 1500, 3800]),
        "parcel": "010-%06d-00" % R.randint(1000, 299999),
        "county": "Ridgeview",
        "mrn": R.choice(["E%07d" % R.randint(1, 9999999), "%08d" % R.randint(10000, 99999999)]),
        "mcd": "9%011d" % R.randint(0, 10 ** 11 - 1),
        "mco": "CSP%09d" % R.randint(0, 10 ** 9 - 1),
        "wic": "0714%06d" % R.randint(0, 999999),
        "ssn": ssn(),
        "acct": "A%09d" % R.randint(0, 10 ** 9 - 1),
        "placer": "RP%07d" % R.randint(0, 9999999),
        "filler": "%d%s" % (R.randint(24060, 24071), digits(6)),
        "spec": "BRL-%s" % digits(9),
        "bll": bll, "lang": R.choice(LANG),
        "sib": R.choice(SIB_FIRST), "sib_age": R.randint(1, 9),
        "fhir": "rchd-%d" % R.randint(100000, 199999),
        "yb": R.choice([1905, 1912, 1924, 1931, 1948, 1952, 1961, 1972]),
    }


CASES = [make_case(i) for i in range(46)]
# a few adult (ABLES) cases
for c in CASES[:3]:
    c["dob"] = dt.date(R.randint(1952, 1958), R.randint(1, 12), R.randint(1, 28))
    c["adult"] = True
    c["mbi"] = mbi()
    c["first"] = R.choice(["Walter", "Dolores", "Raymond"])


def case():
    return R.choice(CASES)


def addr1(c):
    return c["num"] + " " + c["street"] + ((" " + c["unit"]) if c["unit"] else "")


def phone_fmt(ph, style):
    a, b, d = ph
    return {"paren": "(%s) %s-%s" % (a, b, d), "dash": "%s-%s-%s" % (a, b, d),
            "e164": "+1%s%s%s" % (a, b, d), "plain": a + b + d,
            "hl7": "(%s)%s-%s" % (a, b, d), "dot": "%s.%s.%s" % (a, b, d)}[style]


STAFF = [("Denise Okafor", "dokafor", "RN, Case Manager"), ("Luis Tran", "ltran", "Case Manager"),
         ("Mai Vang-Thao", "mvangthao", "CHW"), ("Heather Kowalski", "hkowalski", "PHN"),
         ("Gary Pruitt", "gpruitt", "Risk Assessor"), ("Samira Haddad", "shaddad", "Risk Assessor"),
         ("Priya Raman", "praman", "Epidemiologist"), ("Tom Becker", "tbecker", "Data Manager")]
CM = STAFF[:4]
INSP = STAFF[4:6]
CLIN = [("WHITFIELD", "ANGELA", "MD", npi()), ("MEHTA", "RAHUL", "MD", npi()),
        ("OBI", "NKECHI", "CNP", npi()), ("LINDQVIST", "ERIK", "DO", npi())]
LANDLORDS = ["Keystone Rental Holdings LLC", "Marvin Detweiler", "Sunrise Property Mgmt",
             "Greenleaf Homes LP", "Raymond Oyelaran", "Buckeye Capital Homes II LLC"]
LL_MAIL = ["PO Box 3381, Columbus, OH 43216", "4410 Tuttle Crossing Blvd Ste 200, Dublin, OH 43016",
           "88 Gay St, Columbus, OH 43215", "1971 Karl Ct, Columbus, OH 43229"]
ORG_PHONE = "(614) 555-0140"
ORG_FAX = "(614) 555-0141"
ORG_ADDR = "1200 Harmon Ave, Marlow City, OH 43215"
SERVERS = ["lt-app01", "lt-app02", "lt-db01", "elr-mirth01", "etl01"]

# ----------------------------------------------------------------- events
OUT = []


def emit(L):
    OUT.append(L)


def d8(d):
    return d.strftime("%Y%m%d")


def mdY(d):
    return d.strftime("%m/%d/%Y")


def iso(d):
    return d.isoformat()


def ev_hl7():
    c = case()
    t = C.tick()
    lab = R.choice([("BRL LIS", "Buckeye Reference Laboratories", "36D0987654", "6200 Sawmill Rd^^Dublin^OH^43017"),
                    ("MCL", "Meridian Clinical Labs", "36D2214480", "3750 Corporate Dr^^Columbus^OH^43231")])
    ctrl = "%s%s" % (t.strftime("%Y%m%d%H%M%S"), digits(4))
    Ls = []
    L = Line("hl7v2")
    L.t("MSH|^~\\&|%s^%s^CLIA|%s^%s^CLIA|RCHD-ELR^2.16.840.1.114222.4.1.99^ISO|RCHD^2.16.840.1.114222.4.1.98^ISO|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||NE|NE|||||PHLabReport-NoAck^ELR_Receiver^2.16.840.1.113883.9.11^ISO"
        % (lab[0], lab[2], lab[1], lab[2], hl7ts(t), ctrl))
    Ls.append(L)
    Ls.append(Line("hl7v2").t("SFT|Meridian Software Inc^L|4.2.17|LabLink ELR|4217-b88||20231102"))
    up = R.random() < 0.6
    name = "%s^%s^%s" % (c["last"], c["first"], c["mi"])
    if up:
        name = name.upper()
    a1 = addr1(c)
    L = Line("hl7v2")
    L.f("PID|1||{mrn}^^^RIDGEPEDS&2.16.840.1.113883.3.4482&ISO^MR~", mrn=P(c["mrn"], "mrn"))
    if c.get("adult"):
        L.f("{m}^^^CMS&2.16.840.1.113883.4.927&ISO^MB", m=P(c["mbi"], "health_plan"))
    else:
        L.f("{m}^^^OHMCD&2.16.840.1.113883.3.3012&ISO^MA", m=P(c["mcd"], "health_plan"))
    L.f("||{n}^^^^L||{dob}|{sex}||2106-3^White^CDCREC~2054-5^Black or African American^CDCREC|{a}^^{city}^OH^{zip}^USA^H^^{cty}||{ph}^PRN^PH|||||{acct}|||H^Hispanic or Latino^HL70189",
        n=P(name, "name"), dob=P(d8(c["dob"]), "date"), sex=c["sex"],
        a=P(a1.upper() if up else a1, "address"), city=P(c["city"].upper() if up else c["city"], "address"),
        zip=P(c["zip"], "zip"), cty=P("39049", "address"),
        ph=P(phone_fmt(c["phone"], "hl7"), "phone"), acct=P(c["acct"], "account"))
    Ls.append(L)
    if not c.get("adult"):
        r = c["rel"]
        pn = "%s^%s" % (c["plast"], c["pfirst"])
        L = Line("hl7v2").f("NK1|1|{n}|{r}^{rd}^HL70063||{ph}^PRN^PH",
                            n=P(pn.upper() if up else pn, "name"), r=r[0], rd=r[1],
                            ph=P(phone_fmt(c["phone"], "hl7"), "phone"))
        Ls.append(L)
    cl = R.choice(CLIN)
    Ls.append(Line("hl7v2").f("ORC|RE|{pl}^RIDGEPEDS|{fi}^{lab}|||||||||{npi}^{cl}^{cf}^^^^{cd}^^^^NPI|||||||||Ridge Pediatrics Eastside|2231 E Main St^^Marlow City^OH^43209|^WPN^PH^^1^614^5557780",
                              pl=P(c["placer"], "other_id"), fi=P(c["filler"], "other_id"), lab=lab[0].split()[0],
                              npi=cl[3], cl=cl[0], cf=cl[1], cd=cl[2]))
    collt = dt.datetime.combine(c["coll"], dt.time(R.randint(8, 16), R.choice([0, 5, 12, 20, 41, 55])))
    Ls.append(Line("hl7v2").f("OBR|1|{pl}^RIDGEPEDS|{fi}^{lab}|5671-3^Lead [Mass/volume] in Blood^LN^PB^Lead, Blood^L|||{ct}|||||||||{npi}^{cl}^{cf}|||||||{rt}|||F",
                              pl=P(c["placer"], "other_id"), fi=P(c["filler"], "other_id"), lab=lab[0].split()[0],
                              ct=P(collt.strftime("%Y%m%d%H%M"), "date"), npi=cl[3], cl=cl[0], cf=cl[1],
                              rt=P(d8(c["recv"]) + "1530", "date")))
    flag = "H" if c["bll"] >= 3.5 else "N"
    L = Line("hl7v2").f("OBX|1|NM|5671-3^Lead [Mass/volume] in Blood^LN||{v}|ug/dL^microgram per deciliter^UCUM|<3.5|{fl}|||F",
                        v=c["bll"], fl=flag)
    if R.random() < 0.6:
        L.f("|||{ct}|||||{at}||||{ln}^L^^^^CLIA&2.16.840.1.113883.4.7&ISO^XX^^^{clia}|{la}",
            ct=P(collt.strftime("%Y%m%d%H%M"), "date"), at=P(d8(c["recv"]), "date"), ln=lab[1], clia=lab[2], la=lab[3])
    Ls.append(L)
    Ls.append(Line("hl7v2").t("OBX|2|CWE|31208-2^Specimen source^LN||%s||||||F"
                              % R.choice(["122555007^Venous blood specimen^SCT", "122554006^Capillary blood specimen^SCT"])))
    if R.random() < 0.3:
        Ls.append(Line("hl7v2").t("NTE|1|L|Specimen analyzed by ICP-MS. Reference: CDC BLRV 3.5 ug/dL (2021)."))
    Ls.append(Line("hl7v2").f("SPM|1|{s}&{lab}||119297000^Blood specimen^SCT|||||||||||||{ct}|{rc}",
                              s=P(c["spec"], "other_id"), lab=lab[0].split()[0],
                              ct=P(collt.strftime("%Y%m%d%H%M"), "date"), rc=P(d8(c["recv"]) + "0910", "date")))
    return Ls


def ev_mirth():
    t = C.tick()
    ch = R.choice(["ELR_Inbound_BRL", "ELR_Inbound_MCL", "ELR_to_LeadTrack", "MMIS_Match_Out", "FHIR_State_Submit"])
    lvl = "INFO"
    L = Line("mirth")
    r = R.random()
    ts = pyts(t)
    if r < 0.55:
        L.t(" INFO %s [%s < Source] com.mirth.connect.donkey.server.channel.Channel: message %d received, %d segments, %d bytes"
            % (ts, ch, R.randint(80000, 99999), R.randint(7, 11), R.randint(1400, 4200)))
    elif r < 0.8:
        L.t(" INFO %s [%s < Destination 1] com.mirth.connect.connectors.http.HttpDispatcher: POST https://leadtrack.rchd.local/api/v2/elr -> 201 in %dms"
            % (ts, ch, R.randint(30, 900)))
    elif r < 0.9:
        L.t(" WARN %s [pool-3-thread-%d] com.mirth.connect.server.controllers.DonkeyEngineController: queue for %s at %d messages (threshold 500)"
            % (ts, R.randint(1, 8), ch, R.randint(501, 900)))
    else:
        c = case()
        L.f(" ERROR {ts} [{ch} < Filter] com.mirth.connect.server.userutil.JavaScriptUtil: Validation failed msg {m}: PID-7 '{bad}' not a valid date for patient {n}",
            ts=ts, ch=ch, m=R.randint(80000, 99999), bad=P("%d0230" % c["dob"].year, "date"),
            n=P(("%s^%s" % (c["last"], c["first"])).upper(), "name"))
    return [L]


def lt_base(t, lvl, logger, msg):
    return {"@timestamp": iso_ms(t), "@version": "1", "level": lvl, "logger_name": logger,
            "thread_name": "http-nio-8443-exec-%d" % R.randint(1, 24), "message": msg}


def ev_leadtrack():
    t = C.tick()
    c = case()
    r = R.random()
    trace = {"trace_id": hexs(32), "span_id": hexs(16)}
    if r < 0.18:
        o = lt_base(t, "INFO", "gov.rchd.leadtrack.case.CaseService", "Case created from ELR")
        o.update({"case_id": P(c["cid"], "other_id"), "bll_ug_dl": c["bll"], "specimen": R.choice(["venous", "capillary"]),
                  "age_mo": (dt.date(2024, 3, 11) - c["dob"]).days // 30, "assigned_to": R.choice(CM)[1]})
    elif r < 0.30:
        o = lt_base(t, "WARN", "gov.rchd.leadtrack.alert.BlrvAlertJob",
                    "BLRV exceeded; confirmatory venous test due")
        o.update({"case": P(c["cid"], "other_id"), "child": P("%s, %s" % (c["last"], c["first"]), "name"),
                  "dob": P(iso(c["dob"]), "date"), "bll": c["bll"], "threshold": 3.5,
                  "due_by": P(iso(c["coll"] + dt.timedelta(days=R.choice([30, 90]))), "date")})
    elif r < 0.42:
        sn = "HV%s-%s" % (R.choice(["", "P"]), digits(7))
        o = lt_base(t, "INFO", "gov.rchd.leadtrack.equipment.LoanService", "HEPA vacuum issued")
        o.update({"caseId": P(c["cid"], "other_id"), "equipment": {"model": R.choice(["Nilfisk GM80 HEPA", "Levoit Core 300S", "Shop-Vac 5HP HEPA"]),
                  "serial": P(sn, "device"), "lot": "L23-%s" % digits(4)}, "issued_by": R.choice(STAFF)[1],
                  "return_due": P(iso(dt.date(2024, 3, 11) + dt.timedelta(days=90)), "date")})
    elif r < 0.48:
        o = lt_base(t, "INFO", "gov.rchd.leadtrack.grant.LhcGrantService", "Owner-occupied LHC grant disbursement queued")
        o.update({"case_id": P(c["cid"], "other_id"), "applicant": P("%s %s" % (c["pfirst"], c["plast"]), "name"),
                  "applicant_dl": P(R.choice("RSTU") + R.choice("ABCDEFGHJK") + digits(6), "license"),
                  "ach": {"routing": "044000024", "account": P(digits(R.randint(9, 12)), "account")},
                  "amount": R.choice([4800.00, 12500.00, 7350.50]), "fund": "HUD-LHC-OHLHB0771-22"})
    elif r < 0.56:
        o = lt_base(t, "INFO", "gov.rchd.leadtrack.household.HouseholdService", "Household roster updated")
        gg = R.random() < 0.5
        members = [{"rel": "SIB", "name": P("%s %s" % (c["sib"], c["last"]), "name"), "age": c["sib_age"], "tested": R.choice([True, False])}]
        if gg:
            members.append({"rel": "GGM", "name": P("%s %s" % (R.choice(GG_FIRST), c["plast"]), "name"),
                            "age": P(R.randint(90, 97), "age"), "tested": False})
        o.update({"case_id": P(c["cid"], "other_id"), "members": members})
    elif r < 0.66 and c["email"]:
        o = lt_base(t, "INFO", "gov.rchd.leadtrack.portal.PortalAccountService", "Family portal account verified")
        o.update({"case_id": P(c["cid"], "other_id"), "login": P(c["email"], "email"),
                  "client_ip": P("%d.%d.%d.%d" % (R.choice([73, 98, 174, 107]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "ip"),
                  "mfa": "sms", "locale": {"en": "en-US", "es": "es-US", "hmn": "hmn", "so": "so", "vi": "vi-VN"}[c["lang"]]})
    elif r < 0.66 or r < 0.86:
        o = lt_base(t, "INFO", R.choice(["gov.rchd.leadtrack.web.RequestLogFilter", "org.hibernate.engine.jdbc.batch.internal.BatchingBatch",
                                         "gov.rchd.leadtrack.sched.NightlyDedupJob", "com.zaxxer.hikari.pool.HikariPool"]),
                    R.choice(["Completed 200 OK in %dms" % R.randint(8, 900), "HikariPool-1 - Pool stats (total=20, active=%d, idle=%d, waiting=0)" % (R.randint(1, 9), R.randint(5, 15)),
                              "Executing batch size: %d" % R.randint(5, 50), "Dedup candidates: %d pairs scored, %d above 0.92" % (R.randint(100, 400), R.randint(0, 9)),
                              "Feature flag 'elr.autoassign' = true (build 3.14.2-b1187)"]))
    else:
        o = lt_base(t, "INFO", "gov.rchd.leadtrack.referral.ReferralService", "Referral sent")
        o.update({"referral_id": P("REF-%s" % digits(6), "other_id"), "case_id": P(c["cid"], "other_id"),
                  "to": R.choice(["Help Me Grow", "WIC Eastside Clinic", "Ridgeview Head Start", "Early Intervention (EI)"]),
                  "consent_on_file": True})
    o.update(trace)
    o["app"] = "leadtrack"
    o["env"] = "prod"
    return [J("leadtrack", o)]


def ev_java():
    t = C.tick()
    c = case()
    Ls = []
    r = R.random()
    head = Line("java_trace")
    if r < 0.4:
        head.f("{ts} ERROR [http-nio-8443-exec-{n}] g.r.l.c.PersonMatchService - Duplicate person match for MRN {m} ({nm})",
               ts=pyts(t), n=R.randint(1, 24), m=P(c["mrn"], "mrn"), nm=P("%s %s" % (c["first"], c["last"]), "name"))
        Ls.append(head)
        Ls.append(Line("java_trace").t("java.lang.IllegalStateException: 2 candidates above threshold 0.92"))
        frames = ["gov.rchd.leadtrack.case.PersonMatchService.resolve(PersonMatchService.java:214)",
                  "gov.rchd.leadtrack.elr.ElrIngestController.ingest(ElrIngestController.java:88)"]
    elif r < 0.7:
        head.f("{ts} ERROR [scheduling-1] g.r.l.sync.WicMatchImporter - Row rejected",
               ts=pyts(t))
        Ls.append(head)
        Ls.append(Line("java_trace").t("java.time.format.DateTimeParseException: Text '00/00/0000' could not be parsed at index 0"))
        frames = ["java.base/java.time.format.DateTimeFormatter.createError(DateTimeFormatter.java:2052)",
                  "java.base/java.time.LocalDate.parse(LocalDate.java:430)",
                  "gov.rchd.leadtrack.sync.WicMatchImporter.parseRow(WicMatchImporter.java:131)"]
    else:
        head.f("{ts} ERROR [task-{n}] o.s.s.s.TaskUtils$LoggingErrorHandler - Unexpected error occurred in scheduled task",
               ts=pyts(t), n=R.randint(1, 8))
        Ls.append(head)
        Ls.append(Line("java_trace").t("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uq_case_inspection]"))
        frames = ["org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)",
                  "gov.rchd.leadtrack.inspection.InspectionSyncService.upsert(InspectionSyncService.java:77)"]
    frames += ["org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)",
               "org.springframework.aop.framework.ReflectiveMethodInvocation.proceed(ReflectiveMethodInvocation.java:184)",
               "java.base/java.lang.Thread.run(Thread.java:840)"]
    for fr in frames:
        C.small()
        Ls.append(Line("java_trace").t("\tat " + fr))
    Ls.append(Line("java_trace").t("\t... %d common frames omitted" % R.randint(12, 60)))
    return Ls


def lf(L, k, v, first=False):
    """logfmt key=value with quoting; v is str or P."""
    val = v.v if isinstance(v, P) else str(v)
    cat = v.c if isinstance(v, P) else None
    L.t(("" if first else " ") + k + "=")
    if " " in val or '"' in val or val == "":
        L.t('"').p(val.replace('"', '\\"'), cat).t('"')
    else:
        L.p(val, cat)


def ev_eis():
    t = C.tick()
    c = case()
    L = Line("eis_logfmt")
    insp = R.choice(INSP)
    eid = "EI-24-%s-%02d" % (t.strftime("%m%d"), R.randint(1, 12))
    lf(L, "ts", iso_ms(t), True)
    r = R.random()
    if r < 0.45:
        lf(L, "level", "info"); lf(L, "svc", "eis-sync"); lf(L, "msg", "inspection uploaded")
        lf(L, "insp_id", eid); lf(L, "case", P(c["cid"], "other_id"))
        lf(L, "addr", P(addr1(c), "address")); lf(L, "zip", P(c["zip"], "zip"))
        lf(L, "yr_built", c["yb"]); lf(L, "inspector", insp[1])
        lf(L, "xrf_n", R.randint(40, 180)); lf(L, "pos", R.randint(0, 30)); lf(L, "dust_wipes", R.randint(4, 12))
        lf(L, "device", "XL3t-%s" % digits(5)); lf(L, "dur_ms", R.randint(200, 3000))
    elif r < 0.6:
        lf(L, "level", "info"); lf(L, "svc", "eis-sched"); lf(L, "msg", "inspection scheduled")
        lf(L, "insp_id", eid); lf(L, "case", P(c["cid"], "other_id"))
        lf(L, "appt", P(iso(dt.date(2024, 3, R.randint(12, 29))), "date")); lf(L, "slot", R.choice(["AM", "PM"]))
        lf(L, "contact", P("%s %s" % (c["pfirst"], c["plast"]), "name")); lf(L, "contact_ph", P(phone_fmt(c["phone"], "dash"), "phone"))
        lf(L, "interp", {"en": "none", "es": "spa", "hmn": "hmn", "so": "som", "vi": "vie"}[c["lang"]])
    else:
        lf(L, "level", R.choice(["info", "info", "debug", "warn"])); lf(L, "svc", "eis-sync")
        lf(L, "msg", R.choice(["tablet heartbeat", "photo batch uploaded", "offline queue drained", "clock skew detected"]))
        lf(L, "tablet", "RCHD-TAB-%03d" % R.randint(1, 40)); lf(L, "user", insp[1])
        lf(L, "app_ver", "2.9.%d" % R.randint(0, 6)); lf(L, "battery", R.randint(11, 100))
        lf(L, "queued", R.randint(0, 25)); lf(L, "bytes", R.randint(1000, 9000000))
    return [L]


XRF_COMP = [("Kitchen", "Window Sill", "Wood"), ("Bedroom 2", "Window Well", "Wood"), ("Porch", "Column", "Wood"),
            ("Exterior", "Siding", "Wood"), ("Bath", "Door Jamb", "Wood"), ("Living", "Wall", "Plaster"),
            ("Stair", "Handrail", "Wood"), ("Exterior", "Fascia", "Metal"), ("Kitchen", "Baseboard", "Wood")]


def ev_xrf():
    C.tick()
    Ls = []
    if R.random() < 0.35:
        Ls.append(Line("xrf_csv").t("Reading No,Date,Time,Room,Side,Component,Substrate,Color,Condition,PbC,Units,PbC Error,Result,Depth Index,Inspector,Instrument SN"))
    if R.random() < 0.25:
        c = case()
        Ls.append(Line("xrf_csv").f("Job,{j},Site,{a},City,{ci},Zip,{z},Units,mg/cm2",
                                    j="EI-24-%s-%02d" % (C.t.strftime("%m%d"), R.randint(1, 12)),
                                    a=P(addr1(c).upper(), "address"), ci=P(c["city"].upper(), "address"), z=P(c["zip"], "zip")))
    n0 = R.randint(1, 150)
    sn = R.choice(["98211", "101774"])
    ins = R.choice(["GP", "SH"])
    nr = R.randint(2, 5)
    for i in range(nr):
        t = C.small() - dt.timedelta(seconds=(nr - i) * 31)
        room, comp, sub = R.choice(XRF_COMP)
        pb = round(R.choice([R.uniform(0, 0.9), R.uniform(1.0, 9.9)]), 1)
        Ls.append(Line("xrf_csv").t("%d,%s,%s,%s,%s,%s,%s,%s,%s,%.1f,mg/cm2,%.1f,%s,%.1f,%s,%s"
                                    % (n0 + i, t.strftime("%m/%d/%Y"), t.strftime("%H:%M:%S"), room, R.choice("ABCD"),
                                       comp, sub, R.choice(["White", "Green", "Brown", "Grey"]),
                                       R.choice(["Intact", "Deteriorated", "Fair"]), pb, round(pb * 0.1 + 0.1, 1),
                                       "POSITIVE" if pb >= 1.0 else "NEGATIVE", R.uniform(1, 4), ins, sn)))
    return Ls


def ev_casenote():
    t = C.tick()
    c = case()
    cm = R.choice(CM)
    L = Line("casenote")
    L.f("{ts} | {cm} | {cid} | ", ts=t.strftime("%Y-%m-%d %H:%M"), cm="%s. %s (%s)" % (cm[0][0], cm[0].split()[-1], cm[2].split(",")[0]),
        cid=P(c["cid"], "other_id"))
    nv = dt.date(2024, 3, R.randint(13, 29)) + dt.timedelta(days=R.randint(0, 14))
    r = R.random()
    if c["lang"] == "es" and r < 0.6:
        L.f("Visita domiciliaria. {rel} {pn} refiere que {ch} (FN {dob}) come tierra del patio. Plomo {b} ug/dL el {cd}. "
            "Se explicó limpieza húmeda y dieta rica en hierro/calcio. Hermano {sib} necesita prueba. Próxima visita {nv}. Tel {ph}.",
            rel=c["rel"][2].capitalize(), pn=P("%s %s" % (c["pfirst"], c["plast"]), "name"), ch=P(c["first"], "name"), dob=P(c["dob"].strftime("%d/%m/%Y"), "date"),
            b=c["bll"], cd=P(c["coll"].strftime("%d/%m/%Y"), "date"), sib=P(c["sib"], "name"), nv=P(nv.strftime("%d/%m/%Y"), "date"),
            ph=P(phone_fmt(c["phone"], "dash"), "phone"))
    elif r < 0.35:
        L.f("Home visit completed at {a}. Spoke w/ {rel} {pn}; child {ch} (DOB {dob}) BLL {b} on {cd} {sp}. "
            "Reviewed wet cleaning, handwashing, iron/calcium foods. Sibling {sib} ({sa}y) needs test. "
            "Landlord {ll} notified per ORC 3742; EI referral made. Next visit {nv}.",
            a=P(addr1(c), "address"), rel=c["rel"][1].lower(), pn=P("%s %s" % (c["pfirst"], c["plast"]), "name"),
            ch=P(c["first"], "name"), dob=P(mdY(c["dob"]), "date"), b=c["bll"], cd=P(c["coll"].strftime("%m/%d/%y"), "date"),
            sp=R.choice(["venous", "cap"]), sib=P(c["sib"], "name"), sa=c["sib_age"], ll=R.choice(LANDLORDS),
            nv=P(nv.strftime("%m/%d"), "date"))
    elif r < 0.5:
        gg = R.choice(GG_FIRST)
        L.f("Great-grandmother {g} ({age}) provides daycare in her home at {a}, {ci}; built {yb}, peeling paint on porch. "
            "Requested EBL inspection of 2nd address. Mom {pn} cell {ph}, prefers text.",
            g=P("%s %s" % (gg, c["plast"]), "name"), age=P(str(R.randint(90, 96)), "age"),
            a=P("%d %s" % (R.randint(100, 2999), R.choice(STREETS)), "address"), ci=P(R.choice(CITIES)[0], "address"),
            yb=R.choice([1908, 1921, 1939]), pn=P(c["pfirst"], "name"), ph=P(phone_fmt(c["phone"], "dot"), "phone"))
    elif r < 0.63:
        mk = R.choice([("2009 Honda Odyssey", "5FN"), ("2012 Chevrolet Malibu", "1G1"), ("2007 Ford Taurus", "1FA")])
        L.f("Family evicted 02/28, currently staying in {car}, OH plate {pl}, VIN {v}, parked at Kroger on {st}. "
            "Child {ch} missed retest. Linked to Homeless Families Foundation; {pn} ID verified via OH DL {dl}.",
            car=mk[0], pl=P("%s %s" % ("".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)), digits(4)), "vehicle"),
            v=P(vin(mk[1]), "vehicle"), st=R.choice(["Parsons Ave", "Morse Rd"]), ch=P("%s %s" % (c["first"], c["last"]), "name"),
            pn=P(c["pfirst"], "name"), dl=P(R.choice("RSTU") + R.choice("ABCDEFGHJK") + digits(6), "license"))
    elif r < 0.75:
        L.f("Phone call to {pn} at {ph}: confirmed appt {nv} 10:30 at Eastside clinic for venous retest of {ch}. "
            "Medicaid {m} active (CareSource). Interpreter: {lg}.",
            pn=P(c["pfirst"], "name"), ph=P(phone_fmt(c["phone"], "paren"), "phone"), nv=P(nv.strftime("%m/%d/%Y"), "date"),
            ch=P(c["first"], "name"), m=P(c["mcd"], "health_plan"),
            lg={"en": "n/a", "es": "Spanish", "hmn": "Hmong", "so": "Somali", "vi": "Vietnamese"}[c["lang"]])
    else:
        L.f("No answer x2 at {ph}; left VM in {lg}. Certified letter mailed to {a}, {ci} OH {z}. Will attempt drop-in {nv}.",
            ph=P(phone_fmt(c["phone"], "dash"), "phone"),
            lg={"en": "English", "es": "Spanish", "hmn": "Hmong", "so": "Somali", "vi": "Vietnamese"}[c["lang"]],
            a=P(addr1(c), "address"), ci=P(c["city"], "address"), z=P(c["zip"], "zip"), nv=P(nv.strftime("%-m/%-d"), "date"))
    return [L]


def ev_wic():
    C.tick()
    Ls = []
    if R.random() < 0.4:
        Ls.append(Line("wic_match").t("WIC_ID,PART_LAST,PART_FIRST,DOB,GUARDIAN,ADDR1,CITY,ZIP,CLINIC,LAST_BLL_DT,MATCH_SCORE,MATCH_RULE"))
    for _ in range(R.randint(1, 4)):
        C.small()
        c = case()
        if c.get("adult"):
            continue
        L = Line("wic_match")
        last = c["last"].upper()
        bd = R.random() < 0.1
        L.f("{w},{l},{f},{dob},{g},{a},{ci},{z},{cl},{bd},{sc},{rule}",
            w=P(c["wic"], "other_id"), l=P('"%s"' % last if " " in last else last, "name"),
            f=P(c["first"].upper(), "name"), dob=P(mdY(c["dob"]), "date") if not bd else "00/00/0000",
            g=P("%s %s" % (c["pfirst"].upper(), c["plast"].upper()), "name"),
            a=P(addr1(c).upper(), "address"), ci=P(c["city"].upper(), "address"), z=P(c["zip"], "zip"),
            cl=R.choice(["WIC-07 EASTSIDE", "WIC-03 LINDEN", "WIC-11 SOUTH HIGH"]),
            bd=P(mdY(c["coll"]), "date") if R.random() < 0.7 else "",
            sc="%.2f" % R.uniform(0.8, 1.0), rule=R.choice(["DET-1", "DET-2", "PROB"]))
        # quoted last names: the span includes the quotes only in the rare " " case; strip them
        Ls.append(L)
    return Ls


def fix_quoted(L):
    """Move a span off surrounding CSV quotes ('"X Y"' -> X Y)."""
    ns = []
    for s, e, c, v in L.spans:
        if len(v) > 2 and v[0] == '"' and v[-1] == '"':
            ns.append((s + 1, e - 1, c, v[1:-1]))
        else:
            ns.append((s, e, c, v))
    L.spans = ns
    return L


def ev_x12():
    t = C.tick()
    c = case()
    ctl = "%09d" % R.randint(1, 99999)
    resp = R.random() < 0.5
    segs = []
    segs.append(Line("x12").t("ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~"
                              % (("OHMCD" if resp else "RCHDLEAD"), ("RCHDLEAD" if resp else "OHMCD"), t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)))
    segs.append(Line("x12").t("GS*%s*%s*%s*%s*%s*%d*X*005010X279A1~" % ("HB" if resp else "HS", "OHMCD" if resp else "RCHDLEAD",
                                                                       "RCHDLEAD" if resp else "OHMCD", t.strftime("%Y%m%d"), t.strftime("%H%M"), int(ctl))))
    segs.append(Line("x12").t("ST*%s*%04d*005010X279A1~" % ("271" if resp else "270", R.randint(1, 9999))))
    segs.append(Line("x12").t("BHT*0022*%s*%s*%s*%s~" % ("11" if resp else "13", "RCHD" + digits(8), t.strftime("%Y%m%d"), t.strftime("%H%M%S"))))
    segs.append(Line("x12").t("HL*1**20*1~"))
    segs.append(Line("x12").t("NM1*PR*2*OHIO DEPARTMENT OF MEDICAID*****PI*OHMCD~"))
    segs.append(Line("x12").t("HL*2*1*21*1~"))
    segs.append(Line("x12").t("NM1*1P*2*RIDGEVIEW COUNTY PUBLIC HEALTH*****XX*%s~" % npi()))
    segs.append(Line("x12").t("HL*3*2*22*0~"))
    segs.append(Line("x12").t("TRN*%d*%s*9RCHD00001~" % (2 if resp else 1, digits(10))))
    segs.append(Line("x12").f("NM1*IL*1*{l}*{f}*{m}***MI*{id}~", l=P(ascii_fold(c["last"]).upper(), "name"),
                              f=P(ascii_fold(c["first"]).upper(), "name"), m=P(c["mi"], "name"), id=P(c["mcd"], "health_plan")))
    if not resp or R.random() < 0.5:
        segs.append(Line("x12").f("DMG*D8*{d}*{s}~", d=P(d8(c["dob"]), "date"), s=c["sex"]))
    if resp:
        if R.random() < 0.7:
            segs.append(Line("x12").f("DTP*346*D8*{d}~", d=P(d8(dt.date(R.choice([2022, 2023]), R.randint(1, 12), 1)), "date")))
            segs.append(Line("x12").t("EB*1*IND*30*MC*OHIO MEDICAID CFC~"))
            segs.append(Line("x12").t("EB*R*IND*30*HM*CARESOURCE~"))
            segs.append(Line("x12").f("REF*6P*{g}*MCO MEMBER ID~", g=P(c["mco"], "health_plan")))
            segs.append(Line("x12").t("MSG*EPSDT LEAD SCREENING DUE AT 12 AND 24 MONTHS~"))
        else:
            segs.append(Line("x12").t("AAA*Y**75*C~"))
    else:
        segs.append(Line("x12").f("DTP*291*D8*{d}~", d=P(d8(c["coll"]), "date")))
        segs.append(Line("x12").t("EQ*30~"))
    n = len(segs) - 1
    segs.append(Line("x12").t("SE*%d*%04d~" % (n, R.randint(1, 9999))))
    segs.append(Line("x12").t("GE*1*%d~" % int(ctl)))
    segs.append(Line("x12").t("IEA*1*%s~" % ctl))
    for s in segs:
        C.small()
    return segs


def fw(v, n):
    return (v[:n]).ljust(n)


def ev_mmis():
    t = C.tick()
    Ls = []
    r = R.random()
    if r < 0.2:
        Ls.append(Line("mmis_fixed").t("H" + fw("RCHDLEAD", 10) + t.strftime("%Y%m%d") + fw("LEADMATCH", 12) + "V03" + " " * 20 + fw("ODM-MITS", 10)))
    for _ in range(R.randint(1, 3)):
        c = case()
        L = Line("mmis_fixed")
        ph = R.random() < 0.15
        s = ("999999999" if R.random() < 0.5 else "000000000") if ph else c["ssn"].replace("-", "")
        if not ph and R.random() < 0.1:
            s = ssn(False).replace("-", "")
        eb = dt.date(R.choice([2022, 2023]), R.randint(1, 12), 1)
        ln, fn = ascii_fold(c["last"]).upper(), ascii_fold(c["first"]).upper()
        L.t("D")
        L.p(c["mcd"], "health_plan")
        L.p(ln[:20], "name").t(" " * (20 - len(ln[:20])))
        L.p(fn[:15], "name").t(" " * (15 - len(fn[:15])))
        L.p(d8(c["dob"]), "date")
        L.t(c["sex"])
        L.p(s, None if ph else "ssn")
        L.p(d8(eb), "date")
        L.t("99991231")
        L.t(fw(R.choice(["CFC", "CFC-MCO", "ABD", "MAGI"]), 8))
        L.p("25", "address")
        L.p(c["zip"], "zip")
        L.t(R.choice(["Y", "N"]) + "%03d" % R.randint(0, 999))
        Ls.append(L)
    if r > 0.8:
        Ls.append(Line("mmis_fixed").t("T%09d%09d" % (R.randint(100, 2000), R.randint(50, 900)) + " " * 20 + "END"))
    return Ls


def ev_order():
    t = C.tick()
    c = case()
    oid = "AO-2024-%04d" % R.randint(20, 300)
    owner_occ = R.random() < 0.25
    L = Line("order_xml")
    L.t('<AbatementOrder xmlns="urn:rchd:lead:order:v2" id="%s" issued="%s" status="%s">' % (oid, t.strftime("%Y-%m-%d"), R.choice(["ISSUED", "DRAFT", "SERVED"])))
    L.f("<Property><Street>{a}</Street><City>{ci}</City><State>OH</State><Zip>{z}</Zip><Parcel>{pa}</Parcel><YearBuilt>{yb}</YearBuilt><Units>{u}</Units></Property>",
        a=P(addr1(c).replace("#", "Unit "), "address"), ci=P(c["city"], "address"), z=P(c["zip"], "zip"), pa=P(c["parcel"], "address"),
        yb=c["yb"], u=R.randint(1, 4))
    if owner_occ:
        L.f('<Owner occupied="true"><Name>{n}</Name><Phone>{ph}</Phone></Owner>',
            n=P("%s %s" % (c["pfirst"], c["plast"]), "name"), ph=P(phone_fmt(c["phone"], "paren"), "phone"))
    else:
        L.t('<Owner occupied="false"><Name>%s</Name><Mail>%s</Mail><Phone>(614) %03d-%04d</Phone></Owner>'
            % (R.choice(LANDLORDS), R.choice(LL_MAIL), R.randint(201, 989), R.randint(0, 9999)))
    L.f('<Basis case="{cid}" ebll="true" bll="{b}"/><Hazards count="{h}" xrfPositive="{x}"/><ComplianceDue>{d}</ComplianceDue><IssuedBy>Gary Pruitt, Lead Risk Assessor (Lic. LRA-004512)</IssuedBy></AbatementOrder>',
        cid=P(c["cid"], "other_id"), b=c["bll"], h=R.randint(2, 20), x=R.randint(2, 40),
        d=(t.date() + dt.timedelta(days=R.choice([60, 90]))).isoformat())
    return [L]


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
      "kube-probe/1.28", "Apache-HttpClient/4.5.14 (Java/17.0.10)"]


def ev_nginx():
    t = C.tick()
    c = case()
    L = Line("nginx")
    r = R.random()
    if r < 0.3:
        path = R.choice(["/leadtrack/api/v2/cases/%s/visits", "/leadtrack/api/v2/cases/%s", "/leadtrack/api/v2/cases/%s/inspections?include=xrf",
                         "/leadtrack/cases/%s/household"]) % c["cid"]
        L.f('10.20.{a}.{b} - {u} [{ts}] "{m} {p} HTTP/1.1" {st} {sz} "https://leadtrack.rchd.local/leadtrack/" "{ua}" rt={rt}',
            a=R.randint(2, 9), b=R.randint(10, 250), u=R.choice(STAFF)[1], ts=clf(t), m=R.choice(["GET", "GET", "PUT"]),
            p=P(path, "url"), st=R.choice([200, 200, 200, 304, 404]), sz=R.randint(200, 20000), ua=UA[0], rt="%.3f" % R.uniform(0.005, 1.2))
    elif r < 0.45:
        ip = "%d.%d.%d.%d" % (R.choice([73, 98, 174, 107, 24, 172]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        path = R.choice(["/portal/appointments/confirm?case=%s&dob=%s" % (c["cid"], iso(c["dob"])),
                         "/portal/results?ref=%s" % c["cid"],
                         "/portal/es/cita?caso=%s" % c["cid"]])
        L.f('{ip} - - [{ts}] "GET {p} HTTP/2.0" {st} {sz} "-" "{ua}"',
            ip=P(ip, "ip"), ts=clf(t), p=P(path, "url"), st=R.choice([200, 302]), sz=R.randint(900, 14000), ua=R.choice(UA[1:3]))
    else:
        path = R.choice(["/portal/static/css/app.4f9c2b1e.css", "/portal/static/js/main.8ad10c.js", "/healthz", "/leadtrack/actuator/health",
                         "/portal/", "/portal/es/", "/favicon.ico", "/portal/static/img/lead-safe-home-es.png", "/leadtrack/api/v2/reports/monthly?year=2024&month=2"])
        ip = R.choice(["10.20.0.5", "10.20.0.6", "52.14.211.%d" % R.randint(1, 254), "10.20.%d.%d" % (R.randint(2, 9), R.randint(10, 250))])
        L.t('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s" rt=%.3f'
            % (ip, clf(t), path, R.choice([200, 200, 304]), R.randint(0, 90000), R.choice(UA[:1] + UA[3:]), R.uniform(0.0005, 0.05)))
    return [L]


def ev_syslog():
    t = C.tick()
    h = R.choice(SERVERS)
    L = Line("syslog")
    r = R.random()
    if r < 0.2:
        L.t("%s %s sshd[%d]: Accepted publickey for deploy from 10.20.1.%d port %d ssh2: ED25519 SHA256:%s"
            % (sysl(t), h, R.randint(1000, 40000), R.randint(2, 30), R.randint(40000, 65000), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("=")))
    elif r < 0.4:
        L.t("%s %s CRON[%d]: (root) CMD (/opt/rchd/bin/%s >> /var/log/rchd/cron.log 2>&1)"
            % (sysl(t), h, R.randint(1000, 40000), R.choice(["rotate_elr_archive.sh", "backup_pg.sh --incremental", "sync_wic_sftp.sh"])))
    elif r < 0.55:
        L.t("%s %s systemd[1]: %s" % (sysl(t), h, R.choice(["Started Daily apt download activities.", "leadtrack.service: Consumed 2h 3min 41.220s CPU time.",
                                                           "Starting Cleanup of Temporary Directories...", "Finished Rotate log files."])))
    elif r < 0.75:
        c = case()
        if c["email"]:
            L.f("{ts} {h} postfix/smtp[{pid}]: {q}: to=<{em}>, relay=aspmx.l.google.com[142.250.{a}.{b}]:25, delay={d}, delays=0.1/0/0.4/0.6, dsn=2.0.0, status=sent (250 2.0.0 OK)",
                ts=sysl(t), h="lt-app01", pid=R.randint(1000, 40000), q=hexs(10).upper(), em=P(c["email"], "email"),
                a=R.randint(0, 255), b=R.randint(1, 254), d="%.1f" % R.uniform(0.5, 3))
        else:
            L.t("%s lt-app01 postfix/qmgr[%d]: %s: from=<noreply@ridgeviewcountyhealth.org>, size=%d, nrcpt=1 (queue active)"
                % (sysl(t), R.randint(1000, 40000), hexs(10).upper(), R.randint(2000, 90000)))
    else:
        L.t("%s %s kernel: [%d.%06d] [UFW BLOCK] IN=ens160 OUT= SRC=%d.%d.%d.%d DST=10.20.0.5 PROTO=TCP SPT=%d DPT=%d"
            % (sysl(t), h, R.randint(100000, 999999), R.randint(0, 999999), R.randint(1, 223), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254),
               R.randint(1024, 65535), R.choice([22, 3389, 5432, 23])))
    return [L]


def ev_pg():
    t = C.tick()
    c = case()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d EDT" % (t.microsecond // 1000)
    L = Line("pgaudit")
    pid = R.randint(2000, 60000)
    r = R.random()
    if r < 0.25:
        L.f('{ts} [{pid}] leadtrack_app@leadtrack LOG:  AUDIT: SESSION,{s},1,READ,SELECT,,,"SELECT c.case_id, p.last_name, p.first_name FROM lt.case c JOIN lt.person p ON p.person_id = c.person_id WHERE p.last_name = \'{ln}\' AND p.dob = \'{dob}\'",<not logged>',
            ts=ts, pid=pid, s=R.randint(1, 9000), ln=P(c["last"].replace("'", "''"), "name"), dob=P(iso(c["dob"]), "date"))
    elif r < 0.45:
        L.f('{ts} [{pid}] {u}@leadtrack LOG:  AUDIT: SESSION,{s},1,WRITE,UPDATE,,,"UPDATE lt.case SET status = \'CLOSED\', closed_reason = \'2 BLL < 3.5\' WHERE case_id = \'{cid}\'",<not logged>',
            ts=ts, pid=pid, u=R.choice(STAFF)[1], s=R.randint(1, 9000), cid=P(c["cid"], "other_id"))
    elif r < 0.55:
        L.f('{ts} [{pid}] leadtrack_app@leadtrack ERROR:  duplicate key value violates unique constraint "uq_person_mcd" DETAIL:  Key (medicaid_id)=({m}) already exists.',
            ts=ts, pid=pid, m=P(c["mcd"], "health_plan"))
    else:
        L.t(R.choice(["%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s"
                      % (ts, pid, R.randint(100, 9000), R.uniform(0.1, 9), R.uniform(1, 270)),
                      "%s [%d] LOG:  automatic vacuum of table \"leadtrack.lt.xrf_reading\": index scans: 1" % (ts, pid),
                      "%s [%d] LOG:  duration: %.3f ms  statement: SELECT count(*) FROM lt.case WHERE status = 'OPEN'" % (ts, pid, R.uniform(1, 900)),
                      "%s [%d] tbecker@leadtrack LOG:  AUDIT: SESSION,%d,1,DDL,CREATE INDEX,,,\"CREATE INDEX CONCURRENTLY ix_elr_recv ON lt.elr_message (received_at)\",<not logged>" % (ts, pid, R.randint(1, 900))]))
    return [L]


ORG_SMS = "+16145550140"


def ev_sms():
    t = C.tick()
    c = case()
    L = Line("sms_gw")
    sid = "SM" + hexs(32)
    r = R.random()
    ph = P(phone_fmt(c["phone"], "e164"), "phone")
    ap = dt.date(2024, 3, R.randint(12, 28))
    if r < 0.45:
        if c["lang"] == "es":
            body = [("Hola ", None), (c["pfirst"].split()[0], "name"), (", le recordamos la prueba de plomo de ", None), (c["first"], "name"),
                    (" el ", None), ("%d/%d" % (ap.day, ap.month), "date"), (" a las 10:30am en 1200 Harmon Ave. Responda C para confirmar.", None)]
        else:
            body = [("Hi ", None), (c["pfirst"].split()[0], "name"), (", this is Ridgeview County Health. Reminder: ", None), (c["first"], "name"),
                    ("'s lead test follow-up is ", None), ("%s %d/%d" % (ap.strftime("%a"), ap.month, ap.day), "date"),
                    (" at 10:30am, 1200 Harmon Ave. Reply C to confirm, STOP to opt out. Questions: 614-555-0140", None)]
        L.f("{ts} sms-relay INFO outbound sid={sid} to={to} from={fr} status=queued segments=2 body=\"", ts=isoz(t), sid=sid, to=ph, fr=ORG_SMS)
        for txt, cat in body:
            L.p(txt, cat)
        L.t('"')
    elif r < 0.7:
        L.f("{ts} sms-relay INFO status_callback sid={sid} to={to} status={st} error_code={ec} price=-0.00790 price_unit=USD",
            ts=isoz(t), sid=sid, to=ph, st=R.choice(["delivered", "delivered", "undelivered", "sent"]), ec=R.choice(["", "", "30003", "30005"]))
    elif r < 0.85:
        msg = R.choice(["C", "c", "Si", "STOP", "can we do friday instead", "who is this", "we moved, new address is %s" % "|"])
        L.f("{ts} sms-relay INFO inbound sid={sid} from={fr} to={to} body=\"", ts=isoz(t), sid=sid, fr=ph, to=ORG_SMS)
        if msg.endswith("|"):
            L.t("we moved, new address is ").p("%d %s" % (R.randint(10, 3999), R.choice(STREETS)), "address").t(" ").p(R.choice(CITIES)[0].lower(), "address")
        else:
            L.t(msg)
        L.t('"')
    else:
        L.t("%s sms-relay %s %s" % (isoz(t), R.choice(["INFO", "DEBUG"]), R.choice(["health ok queue_depth=%d" % R.randint(0, 4),
                                                                                   "rate limiter reset window=60s max=100",
                                                                                   "webhook signature verified X-Twilio-Signature len=28",
                                                                                   "config reload messaging_service=MG%s" % hexs(32)])))
    return [L]


def jpeg_b64():
    raw = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.randint(0, 255) for _ in range(R.randint(60, 120)))
    return base64.b64encode(raw).decode()


def ev_fhir():
    C.tick()
    c = case()
    if R.random() < 0.5:
        o = {"resourceType": "Patient", "id": P(c["fhir"], "other_id"),
             "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"], "lastUpdated": iso_ms(C.t)},
             "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                             "system": "urn:oid:2.16.840.1.113883.3.4482", "value": P(c["mrn"], "mrn")},
                            {"system": "urn:oid:2.16.840.1.113883.3.3012", "value": P(c["mcd"], "health_plan")}],
             "name": [{"family": P(c["last"], "name"), "given": [P(c["first"], "name")]}],
             "gender": "male" if c["sex"] == "M" else "female", "birthDate": P(iso(c["dob"]), "date"),
             "address": [{"line": [P(addr1(c), "address")], "city": P(c["city"], "address"), "district": P("Ridgeview County", "address"),
                          "state": "OH", "postalCode": P(c["zip"], "zip")}],
             "contact": [{"relationship": [{"coding": [{"code": "N"}]}], "name": {"text": P("%s %s" % (c["pfirst"], c["plast"]), "name")},
                          "telecom": [{"system": "phone", "value": P(phone_fmt(c["phone"], "paren"), "phone")}]
                          + ([{"system": "email", "value": P(c["email"], "email")}] if c["email"] else [])}]}
        if R.random() < 0.3:
            o["photo"] = [{"contentType": "image/jpeg", "data": P(jpeg_b64(), "photo")}]
    else:
        o = {"resourceType": "Observation", "id": "obs-" + uuid4(), "status": "final",
             "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "laboratory"}]}],
             "code": {"coding": [{"system": "http://loinc.org", "code": "5671-3", "display": "Lead [Mass/volume] in Blood"}]},
             "subject": {"reference": S([("Patient/", None), (c["fhir"], "other_id")])}, "effectiveDateTime": P(iso(c["coll"]), "date"),
             "valueQuantity": {"value": c["bll"], "unit": "ug/dL", "system": "http://unitsofmeasure.org", "code": "ug/dL"},
             "performer": [{"display": "Buckeye Reference Laboratories"}]}
    L = Line("fhir")
    ea = R.random() < 0.5
    jemit(L, o, ea)
    return [L]


def ev_leadcare():
    t = C.tick()
    c = case()
    L = Line("leadcare")
    r = R.random()
    pid_free = R.random() < 0.2
    L.f("LC2|SN:{sn}|{ts}|TEST {tn}|PID:", sn=R.choice(["LC2-219874", "LC2-220513", "LC2-198002"]), ts=t.strftime("%Y-%m-%d %H:%M:%S"), tn="%04d" % R.randint(1, 3000))
    if r < 0.15:
        L.t("QC-LOW|RESULT 6.9 ug/dL|LOT 2308K|QC PASS|OP:%s" % R.choice(["mvangthao", "wic07_a", "wic03_b"]))
    else:
        if pid_free:
            L.p(ascii_fold("%s %s" % (c["last"], c["first"])).upper(), "name")
        else:
            L.p(c["wic"], "other_id")
        res = "<3.3" if c["bll"] < 3.3 else ("HI (>65)" if c["bll"] > 65 else "%.1f" % c["bll"])
        op, site = R.choice([("wic07_a", "WIC-07 Eastside"), ("wic03_b", "WIC-03 Linden"), ("wic11_c", "WIC-11 South High")])
        L.t("|RESULT %s ug/dL|LOT %s|QC PASS|OP:%s|SITE:%s" % (res, R.choice(["2308K", "2311M", "2401A"]), op, site))
    return [L]


def ev_chat():
    t = C.tick()
    c = case()
    who = R.choice(STAFF)
    r = R.random()
    if r < 0.35:
        parts = [("can someone cover the ", None), (c["last"], "name"), (" home visit at ", None), ("%s %s" % (c["num"], c["street"]), "address"),
                 (" tomorrow? kid's BLL went to %s" % c["bll"], None)]
    elif r < 0.55:
        parts = [("FYI ", None), (c["cid"], "other_id"), (" mom (", None), (c["pfirst"], "name"), (") called, new number ", None),
                 (phone_fmt(c["phone"], "dash"), "phone"), (", please update LeadTrack", None)]
    else:
        parts = [(R.choice(["XRF #2 (SN 101774) back from calibration, it's in the cage",
                            "reminder: CLPPP staff mtg 1:30 in Conf B, agenda in Teams",
                            "Mirth ELR queue backed up again, Tom is on it",
                            "HUD quarterly report due 4/10, pls close out inspections in EIS",
                            "who has the fleet car keys? Ford Escape, plate RCH 1142",
                            "new LeadCare lot 2401A arrived, QC passed",
                            "Happy Monday! coffee in the break room"]), None)]
    L = Line("chat")
    L.t('{"createdDateTime":"%s","channel":"CLPPP-Field","from":{"user":{"displayName":"%s","userPrincipalName":"%s@ridgeviewcountyhealth.org"}},"body":{"contentType":"text","content":"'
        % (isoz(t), who[0], who[1]))
    for txt, cat in parts:
        L.p(json.dumps(txt)[1:-1], cat)
    L.t('"},"messageType":"message","id":"%d"}' % R.randint(1700000000000, 1710999999999))
    return [L]


def ev_geo():
    t = C.tick()
    L = Line("geocoder")
    r = R.random()
    if r < 0.45:
        c = case()
        L.f("{ts} INFO geocode.batch: matched '{a}, {ci} OH {z}' -> ({ll}) tract={tr} score={sc} src=census_2020",
            ts=pyts(t), a=P(addr1(c).upper(), "address"), ci=P(c["city"].upper(), "address"), z=P(c["zip"], "zip"),
            ll=P("%s, %s" % (c["lat"], c["lon"]), "address"), tr=P(c["tract"], "address"), sc="%.1f" % R.uniform(80, 100))
    elif r < 0.55:
        c = case()
        L.f("{ts} WARNING geocode.batch: no match for '{a}' (zip {z}); queued for manual review",
            ts=pyts(t), a=P(("%s %s" % (c["num"], c["street"])).upper().replace(" AVE", " AV"), "address"), z=P(c["zip"], "zip"))
    else:
        L.t("%s INFO %s" % (pyts(t), R.choice(["geocode.batch: batch 2024-03-11-%02d done: %d in, %d matched, %d tie, %d nomatch" % (R.randint(1, 9), 412, 398, 5, 9),
                                               "geocode.cache: hit ratio 0.%d (size=%d)" % (R.randint(60, 95), R.randint(10000, 90000)),
                                               "urllib3.connectionpool: https://geocoding.geo.census.gov:443 \"POST /geocoder/geographies/addressbatch HTTP/1.1\" 200 %d" % R.randint(10000, 90000),
                                               "geocode.svc: worker started pid=%d version=1.7.3" % R.randint(1000, 9000)])))
    return [L]


def ev_airflow():
    t = C.tick()
    dag = R.choice(["medicaid_match", "wic_match_weekly", "cdc_cbls_extract", "elr_archive", "hud_lhc_quarterly"])
    task = R.choice(["extract", "load_stage", "dedup", "export_sftp", "load_271"])
    ts = "[%s, %s EDT]" % (t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"))
    msgs = ["{taskinstance.py:1159} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: %s.%s scheduled__2024-03-10T11:00:00+00:00 [queued]>" % (dag, task),
            "{taskinstance.py:1361} INFO - Starting attempt 1 of 3",
            "{sql.py:418} INFO - Running statement: COPY stg.%s FROM STDIN WITH CSV HEADER, parameters: None" % dag,
            "{logging_mixin.py:188} INFO - Loaded %s rows into stg.%s (rejected %d)" % ("{:,}".format(R.randint(200, 40000)), dag, R.randint(0, 12)),
            "{taskinstance.py:1400} INFO - Marking task as SUCCESS. dag_id=%s, task_id=%s, execution_date=20240310T110000, start_date=20240311T%s" % (dag, task, (t + dt.timedelta(hours=4)).strftime("%H%M%S")),
            "{local_task_job_runner.py:234} INFO - Task exited with return code 0",
            "{sftp.py:92} INFO - Uploaded cbls_2024Q1_OH_RCHD.xml (%d bytes) to sftp.cdc-dcs.example.gov:22" % R.randint(100000, 900000)]
    Ls = []
    for m in R.sample(msgs, R.randint(1, 3)):
        C.small()
        Ls.append(Line("airflow").t("%s %s" % (ts, m)))
    return Ls


EVENTS = [(ev_hl7, 3.0), (ev_mirth, 7), (ev_leadtrack, 12), (ev_java, 1.0), (ev_eis, 5), (ev_xrf, 2.2),
          (ev_casenote, 5), (ev_wic, 2.2), (ev_x12, 0.9), (ev_mmis, 2.0), (ev_order, 2.6), (ev_nginx, 10),
          (ev_syslog, 10), (ev_pg, 5), (ev_sms, 5), (ev_fhir, 2.4), (ev_leadcare, 3), (ev_chat, 3.5),
          (ev_geo, 4), (ev_airflow, 6)]
SINGLE = [ev_mirth, ev_leadtrack, ev_eis, ev_casenote, ev_order, ev_nginx, ev_syslog, ev_pg, ev_sms,
          ev_fhir, ev_chat, ev_geo, ev_leadcare]

N = 500


def main():
    fns = [e[0] for e in EVENTS]
    ws = [e[1] for e in EVENTS]
    while len(OUT) < N:
        fn = R.choices(fns, ws)[0]
        ls = fn()
        if len(OUT) + len(ls) > N:
            ls = R.choice(SINGLE)()
        for L in ls:
            if L.fam == "wic_match":
                fix_quoted(L)
            OUT.append(L)
    assert len(OUT) == N
    log_lines = []
    labels = []
    for i, L in enumerate(OUT, 1):
        txt = L.text()
        b = txt.encode("utf-8")
        if not txt or "\n" in txt or "\r" in txt:
            raise SystemExit("line %d empty or has newline" % i)
        prev = 0
        spans = []
        for s, e, c, v in sorted(L.spans):
            if not (0 <= s < e <= len(b)):
                raise SystemExit("line %d: span out of range %r" % (i, (s, e, c, v)))
            if s < prev:
                raise SystemExit("line %d: overlapping spans" % i)
            if b[s:e].decode("utf-8") != v:
                raise SystemExit("line %d: span %r decodes to %r" % (i, v, b[s:e]))
            prev = e
            spans.append({"s": s, "e": e, "cat": c})
        log_lines.append(txt)
        labels.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    with open("qv.log", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(log_lines) + "\n")
    with open("qv.labels.jsonl", "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
