#!/usr/bin/env python3
"""gen_lw.py - synthetic labeled log corpus (ID=lw).

Theme: a state prescription drug monitoring program (PDMP) and the pharmacies and
EHRs connected to it: ASAP 4.2 dispensation files as pharmacies upload them
(one segment per line, and continuous streams wrapped at 80 columns), upload
validation reports (pipe rows and JSON), PMP gateway (NarxCare-like) query and
response logs from EHR integrations (JSON, FHIR JSON, one-line and pretty XML),
interstate data-sharing hub logs (key=value, NIEM XML), clinician query audit
trails (CSV with header, legacy pipe rows), delegate account management,
unsolicited reports to prescribers, Java/Tomcat catalina and access logs,
IIS W3C logs, SFTP/sshd syslog, postfix, metrics, free-text investigator notes
(English and Spanish).

Standard library only, deterministic (fixed seeds).  Writes lw.log and
lw.labels.jsonl next to this script.

Labeling decisions:
- People whose health information a line is about are labeled: patients in ASAP
  PAT segments, gateway/hub/audit queries, validation rows, unsolicited reports,
  investigator notes; also relatives/caregivers picking up a prescription (ASAP
  AIR), emergency contacts and family members named in notes.
- Not labeled: prescribers (PRE segment, NPI, DEA, state licence, phone),
  pharmacists (DSP14/DSP15, AIR09/AIR10), delegates and other staff (usernames,
  emails, phones, workstation IPs), investigators, pharmacies, clinics, vendors,
  police agencies (even when named after a city), EHR/pharmacy server IPs,
  SFTP account names, attacker IPs in sshd failures.  A prescriber named as the
  subject of an investigation is still a clinician, not labeled.
- Names: each structured field (last, first, middle, even a one-letter middle
  initial) is its own span; a contiguous "First Last" / "LAST, FIRST M" in free
  text or a single field is one span.  Name suffixes/prefixes (JR, III) in their
  own ASAP field are not labeled.
- Designated test values are not labeled: ASAP zero-report placeholder patient
  "REPORT ZERO", the gateway synthetic-monitor patient "TEST, PATIENT" 1900-01-01.
- Veterinary dispensations (PAT20=02): the owner's name/address/phone/ID are
  labeled; the animal's name (PAT23) is not.
- Truncated name search terms (first three letters of a first name, as typed
  into a partial search or bound as a LIKE prefix) are labeled as name.
- Dates: birth dates, date written, date filled, date sold (DSP03/05/17),
  fill windows in notes and service dates are "date", also when malformed in a
  validation error (e.g. 19790231).  File creation dates (TH05), reporting
  periods (IS03), report/run windows, log timestamps are not labeled.
- Address: street line, apartment/lot line, city, county are separate spans in
  structured records; in free text "street, city" pieces are labeled separately
  around the commas; state codes are never labeled; ZIP (5, 9 or ZIP+4) is "zip".
- Identifiers: prescription (Rx) numbers (DSP02 and wherever quoted) are
  other_id; so are PMP internal patient keys (PMPxxxxxxxx), EHR FHIR logical
  patient ids, encounter CSNs, pharmacy customer numbers in PAT03 (qualifier
  99/03), investigation case numbers (INV-/PR-), unsolicited report numbers
  (UR-), patient self-request numbers (SR-) and patient portal usernames.
  Hospital/EHR medical record numbers are "mrn".  Driver's licence, state ID and
  passport numbers of a patient or pickup person are "license"; PAT03 with
  qualifier 07 is "ssn"; Medicaid/Medicare/member IDs are "health_plan"; card
  numbers and patient account numbers are "account"; handset IMEI is "device";
  plates and VINs are "vehicle"; a patient's public IP (self-request portal) is
  "ip"; a patient's social-media URL is "url".
- Not labeled (transaction-level, not the person): gateway request ids,
  LicenseeRequestId, NarxCare report ids and report URLs with opaque tokens,
  hub request ids, audit ids, submission ids, file names, trace/span ids,
  state-issued prescription blank serial numbers (AIR02), NDC/RxNorm codes,
  ICD-10 codes, NarxScores.
- Ages are labeled only when over 89; younger ages are left alone.
- Wrapped ASAP lines: a value split by the 80-column wrap is labeled as two
  fragments (one per physical line) with the same category.
- URL-encoded values in query strings (e.g. 10%2F02%2F1931) are labeled in their
  encoded form.
"""
import base64
import hashlib
import json
import os
import random
import unicodedata
from datetime import date, datetime, timedelta
from urllib.parse import quote

ID = "lw"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_NOISE = 275


# ----------------------------------------------------------------------------
# line builder
# ----------------------------------------------------------------------------
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []  # [s, e, cat, value]

    def t(self, s):
        self.buf += str(s).encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None or s == "":
            return self.t(s)
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append([st, len(self.buf), cat, s])
        return self

    def text(self):
        return self.buf.decode("utf-8")


class P:
    """A PHI value inside a JSON structure."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jemit(L, obj, spaced=False):
    cs, ks = (", ", ": ") if spaced else (",", ":")
    if isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(cs)
            L.t(json.dumps(k) + ks)
            jemit(L, v, spaced)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(cs)
            jemit(L, v, spaced)
        L.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            L.t('"').p(jesc(obj.v), obj.cat).t('"')
        else:
            L.p(json.dumps(obj.v), obj.cat)
    else:
        L.t(json.dumps(obj, ensure_ascii=False))
    return L


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def xel(L, tag, val, cat=None):
    L.t("<%s>" % tag).p(xesc(str(val)), cat).t("</%s>" % tag.split(" ")[0])
    return L


def wrap(L, width):
    b = bytes(L.buf)
    out = []
    for i in range(0, len(b), width):
        nl = Line(L.fam)
        nl.buf = bytearray(b[i:i + width])
        for s, e, c, v in L.spans:
            fs, fe = max(s, i), min(e, i + width)
            if fs < fe:
                frag = b[fs:fe]
                assert v.encode()[fs - s:fe - s] == frag
                nl.spans.append([fs - i, fe - i, c, frag.decode()])
        out.append(nl)
    return out


# ----------------------------------------------------------------------------
# value helpers
# ----------------------------------------------------------------------------
def fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi(rng):
    body = rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def dea(rng, last, kind="B"):
    d = [rng.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return kind + fold(last)[0] + "".join(map(str, d)) + str(c)


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def card(rng):
    body = rng.choice(["4539", "4716", "5425", "5196", "6011"]) + "".join(
        rng.choice("0123456789") for _ in range(11))
    return body + luhn_digit(body)


def imei(rng):
    body = "35" + "".join(rng.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(rng):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(rng.choice(["1G1", "2T1", "1FT", "3VW", "5NP", "1HG", "2C4"]) +
             "".join(rng.choice(al) for _ in range(5)) + "0" +
             rng.choice("ABCDEFGHJ") + rng.choice("ABCDEFGHJKLMN") +
             "".join(rng.choice("0123456789") for _ in range(6)))
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def mbi(rng):
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    D = "0123456789"
    return (rng.choice("123456789") + rng.choice(A) + rng.choice(AN) + rng.choice(D) +
            rng.choice(A) + rng.choice(AN) + rng.choice(D) + rng.choice(A) + rng.choice(A) +
            rng.choice(D) + rng.choice(D))


def hexs(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4(rng):
    h = hexs(rng, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]


def dfmt(d, style):
    if style == "ymd":
        return d.strftime("%Y%m%d")
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_nz":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us2":
        return d.strftime("%m/%d/%y")
    if style == "dmy":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    if style == "short":
        return "%s %d %d" % (d.strftime("%b"), d.day, d.year)
    if style == "es":
        return "%d de %s de %d" % (d.day, MONTHS_ES[d.month - 1], d.year)
    if style == "dmy_slash":
        return d.strftime("%d/%m/%Y")
    raise ValueError(style)


def phfmt(ph, style):
    a, b, c = ph[:3], ph[3:6], ph[6:]
    return {"raw": ph, "paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "intl": "+1-%s-%s-%s" % (a, b, c),
            "e164": "+1" + ph, "sp": "%s %s %s" % (a, b, c)}[style]


# ----------------------------------------------------------------------------
# reference data
# ----------------------------------------------------------------------------
FIRST_F = ["Lucía", "Mei-Ling", "Oksana", "Aaliyah", "Fatima", "Siobhan", "Thanh", "Ebony", "Ingrid",
           "Priya", "Marisol", "Amara", "Brittany", "Tammy", "Wanda", "Jolene", "Leila", "Anh", "Zofia",
           "Precious", "Shaniqua", "Esperanza", "Soo-jin", "Francesca", "Rosalind", "Delores", "Keisha",
           "Agnieszka", "Imani", "Krystal", "Destiny", "Hye-won", "Nkechi", "Greta", "Marguerite",
           "Ayesha", "Chelsea", "Dottie", "Yolanda", "Svetlana"]
FIRST_M = ["Darnell", "Chidi", "Tomasz", "Giuseppe", "Hiroshi", "Rahul", "Kwame", "Dmitri", "José",
           "Bao", "Jean-Luc", "Cody", "Dale", "Earl", "Yusuf", "Bjørn", "Tyrone", "Ravi", "Olumide",
           "Ciarán", "Hamid", "Vernon", "Maximilian", "Mateo", "Travis", "Dustin", "Kenji", "Emeka",
           "Ahmad", "Bobby", "Rusty", "Lamar", "Nikolai", "Jesús", "Wendell", "Tuan"]
LAST_SIMPLE = ["Kowalczyk", "Nguyen", "O'Brien", "Yamamoto", "Abernathy", "Singh", "Petrov", "Haddad",
               "Mbeki", "Tremblay", "Bianchi", "Goldberg", "Rasmussen", "Acheampong", "Hernández",
               "Zhang", "Kim", "Papadopoulos", "Novák", "MacLeod", "D'Angelo", "Oyelaran", "Hatfield",
               "McCoy", "Blevins", "Skaggs", "Wojciechowski", "Delacroix", "Nakamura", "Osei",
               "Baptiste", "Lindqvist", "Ferreira", "Chaudhry", "Yilmaz", "Dubois", "Ramírez", "Whitt",
               "Collier", "Okonkwo", "Reyes", "Fitzgerald", "Park", "Stacy", "Caudill", "Pruitt",
               "Mullins", "Adeyemi", "Huang", "Castellano"]
LAST_MULTI = ["van der Berg", "de la Cruz", "Al-Mansouri", "Ó Súilleabháin", "St. Clair",
              "Castillo Ruiz", "Da Silva", "Le Blanc", "bin Rashid", "Van Meter"]
MIDDLES = ["A", "J", "M", "R", "Lee", "Marie", "Ann", "Wayne", "Dean", "Ray", "K", "T", "Oluwaseun",
           "Grace", "Lynn", "D"]

CITIES = {
    "OH": [("Columbus", "Franklin", "432"), ("Portsmouth", "Scioto", "456"), ("Chillicothe", "Ross", "456"),
           ("Zanesville", "Muskingum", "437"), ("Dayton", "Montgomery", "454"), ("Lima", "Allen", "458"),
           ("Marietta", "Washington", "457"), ("Athens", "Athens", "457"), ("Toledo", "Lucas", "436"),
           ("Akron", "Summit", "443"), ("Youngstown", "Mahoning", "445"), ("Mansfield", "Richland", "449"),
           ("Ironton", "Lawrence", "456"), ("Gallipolis", "Gallia", "456"), ("Cambridge", "Guernsey", "437"),
           ("Springfield", "Clark", "455"), ("Hamilton", "Butler", "450"), ("Lorain", "Lorain", "440"),
           ("McArthur", "Vinton", "456"), ("New Boston", "Scioto", "456"), ("Logan", "Hocking", "431"),
           ("Wheelersburg", "Scioto", "456")],
    "KY": [("Ashland", "Boyd", "411"), ("Pikeville", "Pike", "415"), ("Greenup", "Greenup", "411"),
           ("Maysville", "Mason", "410")],
    "WV": [("Huntington", "Cabell", "257"), ("Parkersburg", "Wood", "261"), ("Point Pleasant", "Mason", "255")],
    "IN": [("Richmond", "Wayne", "473")],
}
AREA = {"OH": ["740", "614", "937", "513", "419", "330", "567", "220", "380"], "KY": ["606", "859"],
        "WV": ["304", "681"], "IN": ["765"]}
STREETS = ["Gallia St", "Hocking Ave", "Scioto Trail", "Chillicothe St", "Maple Ave", "Ridgeview Dr",
           "Sugar Tree Rd", "Old State Route 32", "Pinecrest Ln", "Cherry Fork Rd", "Buckeye Ct",
           "Mound St", "Livingston Ave", "Water St", "Second St", "Sunset Blvd", "Harding Pike",
           "Coal Grove Rd", "Dogwood Hollow Rd", "Township Rd 214", "Lincoln Way E", "Vine St",
           "Kinneys Ln", "Offnere St", "Robinson Ave", "Ohio River Rd", "Kroger Hollow Rd"]
APTS = ["Apt 3", "Apt 2B", "Lot 14", "Unit 5", "#7", "Apt 210", "Trlr 9"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "hotmail.com",
             "att.net", "frontier.com", "windstream.net"]


class Person:
    pass


def make_person(rng, state="OH", elderly=False, sex=None):
    p = Person()
    p.sex = sex or rng.choice("FM")
    p.first = rng.choice(FIRST_F if p.sex == "F" else FIRST_M)
    r = rng.random()
    if r < 0.12:
        p.last = rng.choice(LAST_SIMPLE) + "-" + rng.choice(LAST_SIMPLE)
        p.last = p.last.replace("'", "") if p.last.count("'") > 1 else p.last
    elif r < 0.27:
        p.last = rng.choice(LAST_MULTI)
    else:
        p.last = rng.choice(LAST_SIMPLE)
    p.middle = rng.choice(MIDDLES) if rng.random() < 0.6 else ""
    p.suffix = rng.choice(["JR", "SR", "II", "III"]) if p.sex == "M" and rng.random() < 0.15 else ""
    if elderly:
        y = rng.randint(1926, 1933)
    else:
        y = rng.randint(1952, 2004)
    p.dob = date(y, rng.randint(1, 12), rng.randint(1, 28))
    p.age = 2024 - p.dob.year - (1 if (p.dob.month, p.dob.day) > (3, 11) else 0)
    p.state = state
    p.city, p.county, z3 = rng.choice(CITIES[state])
    p.zip5 = z3 + "%02d" % rng.randint(1, 99)
    p.zip4 = "%04d" % rng.randint(1, 9999)
    n = rng.choice([rng.randint(10, 99), rng.randint(100, 999), rng.randint(1000, 9999), rng.randint(10000, 39999)])
    p.street = "%d %s" % (n, rng.choice(STREETS))
    if rng.random() < 0.08:
        p.street = "%d 1/2 %s" % (n, rng.choice(STREETS))
    p.apt = rng.choice(APTS) if rng.random() < 0.25 else ""
    p.phone = rng.choice(AREA[state]) + str(rng.randint(2, 9)) + digits(rng, 2) + digits(rng, 4)
    p.phone2 = rng.choice(AREA[state]) + str(rng.randint(2, 9)) + digits(rng, 2) + digits(rng, 4)
    fl = fold(p.first).lower().replace("-", "").replace(" ", "")
    ll = fold(p.last).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
    p.email = rng.choice([fl + "." + ll, fl[0] + ll, fl + "_" + ll + str(p.dob.year % 100),
                          fl + ll[:4] + str(rng.randint(1, 99)), ll + fl[0] + str(rng.randint(70, 99))]) + \
        "@" + rng.choice(EMAIL_DOM)
    p.username = (fl[0] + ll[:7] + str(p.dob.year % 100)).lower()
    p.ssn = ssn(rng)
    if state == "OH":
        p.dl = rng.choice("ABCDEFGHJKLMNPRSTUVWXY") + rng.choice("ABCDEFGHJKLMNPRSTUVWXY") + digits(rng, 6)
    elif state == "KY":
        p.dl = rng.choice("ABCDEFGHJKLMNPRSTW") + digits(rng, 8)
    elif state == "WV":
        p.dl = rng.choice("ABCDEFGHJ") + digits(rng, 6)
    else:
        p.dl = digits(rng, 4) + "-" + digits(rng, 2) + "-" + digits(rng, 4)
    p.mrn = rng.choice(["E" + digits(rng, 7), digits(rng, 8), "MRN" + digits(rng, 8), "10" + digits(rng, 7)])
    p.medicaid = digits(rng, 12)
    p.mbi = mbi(rng)
    p.pmp_id = "PMP" + digits(rng, 8)
    p.fhir = "e" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") for _ in range(22)) + "3"
    p.csn = str(rng.randint(100000000, 999999999))
    p.acct = rng.choice(["HAR" + digits(rng, 9), digits(rng, 10), "A" + digits(rng, 8)])
    return p


def full(p, style="fl"):
    if style == "fl":
        return "%s %s" % (p.first, p.last)
    if style == "fml":
        return "%s %s %s" % (p.first, p.middle or "", p.last) if p.middle else full(p)
    if style == "LF":
        return "%s, %s" % (fold(p.last), fold(p.first))
    if style == "LFM":
        return "%s, %s%s" % (fold(p.last), fold(p.first), (" " + fold(p.middle)[0]) if p.middle else "")
    if style == "Lf":
        return "%s, %s" % (p.last, p.first)
    if style == "lower":
        return "%s %s" % (p.first.lower(), p.last.lower())
    if style == "init":
        return "%s. %s" % (p.first[0], p.last)
    raise ValueError(style)


class Biz:
    pass


def make_pharmacies(rng):
    names = [("KROGER PHARMACY #532", "rx_kroger_0532"), ("RITE AID #03318", "rx_riteaid_3318"),
             ("WALGREENS #11876", "rx_wag_11876"), ("SCIOTO VALLEY DRUG", "rx_sciotovalley"),
             ("HOCKING HILLS PHARMACY", "rx_hockinghills"), ("MEDICINE SHOPPE #1187", "rx_msi_1187"),
             ("CVS/PHARMACY #03529", "rx_cvs_03529"), ("GIANT EAGLE PHARMACY #4412", "rx_ge_4412"),
             ("SOUTHERN OHIO MEDICAL CTR OP PHCY", "rx_somc_op"), ("DISCOUNT DRUG MART #68", "rx_ddm_068"),
             ("TRI-STATE COMPOUNDING PHARMACY", "rx_tristate_cmpd"), ("ATHENS VETERINARY PHCY", "rx_athensvet")]
    out = []
    for nm, user in names:
        b = Biz()
        b.name, b.sftp = nm, user
        b.npi = npi(rng)
        b.ncpdp = "36" + digits(rng, 5)
        b.dea = dea(rng, nm.split()[0], kind=rng.choice("ABF"))
        c, cty, z3 = rng.choice(CITIES["OH"])
        b.city, b.zip = c, z3 + "%02d" % rng.randint(1, 99)
        b.addr = "%d %s" % (rng.randint(100, 9999), rng.choice(["US HWY 23", "GALLIA ST", "E MAIN ST", "STATE RTE 7",
                                                                "RIVER VALLEY BLVD", "N HIGH ST", "COLUMBUS AVE"]))
        b.phone = rng.choice(AREA["OH"]) + "3" + digits(rng, 6)
        b.contact = rng.choice(["DANA PRICE", "JEFF MOORE RPH", "TERESA OAKLEY", "KHANH TRAN PHARMD",
                                "MARY ELLEN STUMP", "RX SYSTEMS SUPPORT"])
        b.ip = rng.choice(["198.51.100.", "203.0.113.", "192.0.2."]) + str(rng.randint(2, 250))
        b.pharmacist = (rng.choice(["OAKLEY", "TRAN", "MOORE", "PRICE", "SHAH", "KESSLER", "BURCHETT"]),
                        rng.choice(["TERESA", "KHANH", "JEFF", "DANA", "NEHA", "PAUL", "AMY"]))
        b.rph_npi = npi(rng)
        b.rph_lic = "03-" + digits(rng, 6)
        b.chain = str(rng.randint(1, 9999)).zfill(4)
        out.append(b)
    return out


def make_prescribers(rng):
    nm = [("Hassan", "Layla", "MD"), ("Mensah", "Kofi", "DO"), ("Okafor", "Ngozi", "MD"), ("Brandt", "Eric", "DO"),
          ("Villanueva", "Rosa", "NP"), ("Prescott", "Howard", "MD"), ("Sato", "Emi", "DDS"),
          ("Kaczmarek", "Piotr", "MD"), ("Adkins", "Ronnie", "PA-C"), ("Chen", "Wei", "MD"),
          ("Duvall", "Marcus", "DO"), ("Iyer", "Lakshmi", "MD")]
    out = []
    for last, first, cred in nm:
        b = Biz()
        b.last, b.first, b.cred = last, first, cred
        b.mi = rng.choice("ABCDEJMRS")
        b.npi = npi(rng)
        b.dea = dea(rng, last, kind=rng.choice("ABF") if cred in ("MD", "DO", "DDS") else "M")
        b.lic = {"MD": "35.", "DO": "34.", "DDS": "30.", "NP": "RN.", "PA-C": "50."}[cred] + digits(rng, 6)
        b.phone = rng.choice(AREA["OH"]) + "4" + digits(rng, 6)
        b.user = (first[0] + last[:6]).lower() + "01"
        b.email = "%s.%s@%s" % (first[0].lower(), last.lower(),
                                rng.choice(["lakeviewfamilymed.org", "somc-physicians.org", "adenahealth.example",
                                            "riverbendpain.com", "holzer-clinic.example"]))
        out.append(b)
    return out


DRUGS = [("OXYCODONE HCL 30 MG TAB", "00406852301", [60, 90, 120, 180], "N02"),
         ("HYDROCODONE/APAP 10-325 MG", "00406012401", [30, 60, 90, 120], "N02"),
         ("ALPRAZOLAM 2 MG TAB", "00228203950", [30, 60, 90], "N05"),
         ("BUPRENORPHINE/NALOXONE 8-2 MG FILM", "12496120803", [14, 28, 56], "N07"),
         ("GABAPENTIN 600 MG TAB", "59762502101", [90, 180], "N03"),
         ("CARISOPRODOL 350 MG TAB", "00603258221", [30, 90], "M03"),
         ("METHYLPHENIDATE ER 36 MG", "00591271801", [30], "N06"),
         ("TRAMADOL HCL 50 MG TAB", "57664037708", [60, 120], "N02"),
         ("MORPHINE SULF ER 30 MG", "00406833001", [60], "N02"),
         ("CLONAZEPAM 1 MG TAB", "00093083301", [60, 90], "N03"),
         ("AMPHETAMINE SALTS 20 MG TAB", "00555097302", [60], "N06"),
         ("FENTANYL 25 MCG/HR PATCH", "00781724055", [10], "N02"),
         ("PROMETHAZINE W/ CODEINE SYRUP", "60432060616", [240, 473], "R05")]
SLANG = ["blues", "30s", "roxies", "bars", "subs", "footballs", "percs"]

MR = random.Random(21021)
PHARMS = make_pharmacies(MR)
PRESC = make_prescribers(MR)
PEOPLE = [make_person(MR) for _ in range(34)]
PEOPLE += [make_person(MR, state=s) for s in ["KY", "KY", "WV", "WV", "KY", "IN"]]
PEOPLE += [make_person(MR, elderly=True) for _ in range(5)]
INVESTIGATORS = ["R. Castellanos", "T. Whitaker", "J. Pennington", "A. Mwangi", "S. Lykins"]
ADMINS = ["admin_jkeller", "svc_provisioning", "admin_bnorris", "helpdesk_mfrye"]
FACILITIES = [("SOUTHERN OHIO MEDICAL CENTER ED", "Epic"), ("ADENA REGIONAL MEDICAL CENTER", "Epic"),
              ("HOLZER CLINIC GALLIPOLIS", "athenahealth"), ("RIVERBEND PAIN MANAGEMENT", "eClinicalWorks"),
              ("LAKEVIEW FAMILY MEDICINE", "Oracle Health"), ("HOCKING VALLEY COMMUNITY HOSPITAL", "MEDITECH")]

BASE = datetime(2024, 3, 11, 0, 0, 5)


def fill_date(rng):
    return date(2024, 2, 12) + timedelta(days=rng.randint(0, 27))


def rxnum(rng):
    return rng.choice([str(rng.randint(1000000, 9999999)), "%d%06d" % (rng.randint(1, 9), rng.randint(0, 999999)),
                       str(rng.randint(60000000, 69999999))])


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def ms(ts):
    return "%03d" % (ts.microsecond // 1000)


# ----------------------------------------------------------------------------
# ASAP 4.2
# ----------------------------------------------------------------------------
def seg(L, sid, fields):
    fl = [f if isinstance(f, tuple) else (f, None) for f in fields]
    while fl and fl[-1][0] == "":
        fl.pop()
    L.t(sid)
    for v, c in fl:
        L.t("*").p(v, c)
    L.t("~")
    return L


def pat_fields(rng, p, vet=False):
    q = rng.choices(["06", "07", "02", "99", "03", "05", ""], weights=[40, 8, 9, 4, 4, 2, 33])[0]
    if q == "06":
        juris, pid = p.state, (p.dl, "license")
    elif q == "07":
        juris, pid = "US", (p.ssn, "ssn")
    elif q == "02":
        juris, pid = p.state, (("S" + p.dl[1:]) if p.state == "OH" else digits(rng, 9), "license")
    elif q == "05":
        juris, pid = "US", (digits(rng, 9), "license")
    elif q == "99":
        juris, pid = p.state, ("CUST" + digits(rng, 7), "other_id")
    elif q == "03":
        juris, pid = p.state, ("P" + digits(rng, 9), "other_id")
    else:
        juris, pid = "", ("", None)
    mid = ""
    if p.middle:
        mid = fold(p.middle) if rng.random() < 0.5 else fold(p.middle)[0]
    zipv = p.zip5 + p.zip4 if rng.random() < 0.35 else p.zip5
    phone = p.phone if rng.random() < 0.8 else ""
    return [juris, q, pid, "", "", "", (fold(p.last), "name"), (fold(p.first), "name"), (mid, "name"),
            "", p.suffix if not vet else "", (fold(p.street), "address"), (fold(p.apt), "address"),
            (fold(p.city), "address"), p.state, (zipv, "zip"), (phone, "phone"),
            ("" if vet else dfmt(p.dob, "ymd"), "date"), p.sex if not vet else "U", "02" if vet else "01",
            "01", "", rng.choice(["BISCUIT", "DUKE", "MOLLY", "SHADOW", "PEANUT"]) if vet else ""]


def asap_segments(rng, ts, ph, nrec, vet_ok=False):
    segs = []
    tcn = str(rng.randint(100000, 99999999))
    d0 = ts.date() - timedelta(days=7)
    segs.append(seg(Line("asap42"), "TH", ["4.2", tcn, "01", "", ts.strftime("%Y%m%d"), ts.strftime("%H%M%S"),
                                            "P", "", "~"]))
    segs.append(seg(Line("asap42"), "IS", [ph.phone, ph.name, "#%s#-#%s#" % (d0.strftime("%Y%m%d"),
                                                                          (ts.date() - timedelta(days=1)).strftime("%Y%m%d"))]))
    segs.append(seg(Line("asap42"), "PHA", [ph.npi, ph.ncpdp, ph.dea, ph.name, ph.addr, "", fold(ph.city), "OH",
                                            ph.zip, ph.phone, ph.contact, ph.chain]))
    for _ in range(nrec):
        p = pick(rng, PEOPLE)
        vet = vet_ok and rng.random() < 0.5
        segs.append(seg(Line("asap42"), "PAT", pat_fields(rng, p, vet)))
        dr = pick(rng, DRUGS)
        fd = fill_date(rng)
        wd = fd - timedelta(days=rng.randint(0, 14))
        qty = rng.choice(dr[2])
        pay = rng.choice(["01", "01", "02", "03", "04", "05", "07", "99"])
        sold = (dfmt(fd + timedelta(days=rng.randint(0, 3)), "ymd"), "date") if rng.random() < 0.6 else ""
        f = ["00" if rng.random() < 0.9 else "01", (rxnum(rng), "other_id"), (dfmt(wd, "ymd"), "date"),
             str(rng.choice([0, 0, 0, 1, 2, 5])), (dfmt(fd, "ymd"), "date"), str(rng.choice([0, 0, 1])), "01", dr[1],
             str(qty), str(rng.choice([7, 14, 15, 28, 30])), "01", rng.choice(["01", "02", "05", "05"]), "00",
             ph.rph_npi, ph.rph_lic, pay, sold]
        if "BUPRENORPHINE" in dr[0]:
            f += ["", "", "", "", str(qty), "", "02", "F11.20"]
        elif rng.random() < 0.3:
            f += ["", "", "", "", str(qty), "", "01", rng.choice(["G89.4", "M54.50", "F90.2", "F41.1"])]
        segs.append(seg(Line("asap42"), "DSP", f))
        pr = pick(rng, PRESC)
        segs.append(seg(Line("asap42"), "PRE", [pr.npi, pr.dea, "", pr.lic, fold(pr.last), fold(pr.first), pr.mi,
                                                pr.phone]))
        if "COMPOUND" in ph.name or rng.random() < 0.07:
            for i in range(1, rng.randint(2, 3) + 1):
                segs.append(seg(Line("asap42"), "CDI", [str(i), "01", pick(rng, DRUGS)[1],
                                                        "%.3f" % rng.uniform(0.5, 60), "03"]))
        if rng.random() < 0.3:
            rel = rng.choice(["01", "02", "03", "04", "99"])
            if rel == "01":
                q = p
            else:
                q = make_person(rng, state=p.state)
                if rel in ("02", "03") and rng.random() < 0.6:
                    q.last = p.last
            written = rng.random() < 0.3
            segs.append(seg(Line("asap42"), "AIR", ["OH" if written else "", ("A" + digits(rng, 7)) if written else "",
                                                    q.state, "06", (q.dl, "license"), rel,
                                                    (fold(q.last), "name"), (fold(q.first), "name"),
                                                    ph.pharmacist[0], ph.pharmacist[1], "02"]))
    n_detail = len(segs) - 2 + 1  # PHA..TP
    segs.append(seg(Line("asap42"), "TP", [str(n_detail)]))
    segs.append(seg(Line("asap42"), "TT", [tcn, str(len(segs) + 1)]))
    return segs


def ch_asap(rng, ts):
    ph = pick(rng, PHARMS)
    return asap_segments(rng, ts, ph, rng.randint(2, 4), vet_ok="VETERINARY" in ph.name)


def ch_asap_wrap(rng, ts):
    ph = pick(rng, PHARMS)
    segs = asap_segments(rng, ts, ph, rng.randint(2, 3), vet_ok="VETERINARY" in ph.name)
    big = Line("asap42_wrapped")
    for s in segs:
        off = len(big.buf)
        big.buf += s.buf
        for a, b, c, v in s.spans:
            big.spans.append([a + off, b + off, c, v])
    return wrap(big, 80)


def ch_asap_zero(rng, ts):
    ph = pick(rng, PHARMS)
    tcn = str(rng.randint(100000, 99999999))
    L = Line("asap42_wrapped")
    seg(L, "TH", ["4.2", tcn, "01", "", ts.strftime("%Y%m%d"), ts.strftime("%H%M%S"), "P", "", "~"])
    seg(L, "IS", [ph.phone, ph.name, "#%s#-#%s#" % ((ts.date() - timedelta(days=1)).strftime("%Y%m%d"),
                                                  (ts.date() - timedelta(days=1)).strftime("%Y%m%d"))])
    seg(L, "PHA", ["", ph.ncpdp, ph.dea])
    seg(L, "PAT", ["", "", "", "", "", "", "REPORT", "ZERO"])
    seg(L, "DSP", ["", "", "", "", ts.strftime("%Y%m%d")])
    seg(L, "PRE", [])
    seg(L, "CDI", [])
    seg(L, "AIR", [])
    seg(L, "TP", ["7"])
    seg(L, "TT", [tcn, "10"])
    return wrap(L, 80)


# ----------------------------------------------------------------------------
# validation reports
# ----------------------------------------------------------------------------
def val_rows(rng, n):
    out = []
    for _ in range(n):
        p = pick(rng, PEOPLE)
        rx = rxnum(rng)
        k = rng.randrange(15)
        if k == 0:
            bad = date(2024 + rng.randint(1, 30), p.dob.month, p.dob.day)
            out.append(("E", "PAT18-01", "PAT", "PAT18", rx, "Patient birth date is after date filled", dfmt(bad, "ymd"), "date"))
        elif k == 1:
            out.append(("E", "PAT18-03", "PAT", "PAT18", rx, "Patient birth date is not a valid date",
                        "%d%02d%d" % (p.dob.year, 2, rng.choice([30, 31])), "date"))
        elif k == 2:
            out.append(("W", "PAT16-02", "PAT", "PAT16", rx, "ZIP code not valid for patient state",
                        rng.choice([p.zip5[:4], p.zip5 + p.zip4[:3], p.zip5]), "zip"))
        elif k == 3:
            out.append(("E", "PAT07-01", "PAT", "PAT07", rx, "Patient last name is required", "", None))
        elif k == 4:
            out.append(("W", "PAT08-04", "PAT", "PAT08", rx, "Patient first name contains invalid characters",
                        fold(p.first) + rng.choice(["1", "@", "?", "."]), "name"))
        elif k == 5:
            out.append(("W", "PAT17-02", "PAT", "PAT17", rx, "Patient phone number must be 10 digits", p.phone[:9], "phone"))
        elif k == 6:
            out.append(("E", "PAT03-05", "PAT", "PAT03", rx,
                        "Driver license number does not match format for jurisdiction " + p.state,
                        p.dl[:-1], "license"))
        elif k == 7:
            out.append(("W", "PAT02-07", "PAT", "PAT03", rx, "Patient ID qualifier 07 (SSN) not accepted; value discarded",
                        p.ssn, "ssn"))
        elif k == 8:
            out.append(("E", "DSP05-02", "DSP", "DSP05", rx, "Date filled is in the future",
                        dfmt(date(2024, rng.randint(4, 12), rng.randint(1, 28)), "ymd"), "date"))
        elif k == 9:
            out.append(("E", "DSP08-01", "DSP", "DSP08", rx, "NDC not found in product reference file",
                        digits(rng, 11), None))
        elif k == 10:
            pr = pick(rng, PRESC)
            out.append(("E", "PRE02-03", "PRE", "PRE02", rx, "Prescriber DEA number failed check digit",
                        pr.dea[:-1] + str((int(pr.dea[-1]) + 3) % 10), None))
        elif k == 11:
            out.append(("W", "PRE01-02", "PRE", "PRE01", rx, "Prescriber NPI not found in NPPES", npi(rng), None))
        elif k == 12:
            out.append(("E", "DSP09-01", "DSP", "DSP09", rx, "Quantity dispensed must be greater than zero", "0", None))
        elif k == 13:
            out.append(("E", "TT02-01", "TT", "TT02", "", "Segment count does not match segments received",
                        str(rng.randint(40, 900)), None))
        else:
            out.append(("W", "DSP16-01", "DSP", "DSP16", rx, "Payment type code not valid", "08", None))
    return out


def ch_validation(rng, ts):
    ph = pick(rng, PHARMS)
    sub = "SUB-%s-%06d" % (ts.strftime("%Y%m%d"), rng.randint(1000, 999999))
    fname = "OH_%s_%s.dat" % (ph.ncpdp, ts.strftime("%Y%m%d"))
    nerr = rng.randint(2, 6)
    rows = val_rows(rng, nerr)
    nrec = rng.randint(40, 900)
    rej = sum(1 for r in rows if r[0] == "E")
    out = []
    F = "valrpt"
    out.append(Line(F).t("=" * 78))
    out.append(Line(F).t("  PRESCRIPTION MONITORING PROGRAM - DATA SUBMISSION VALIDATION REPORT"))
    out.append(Line(F).t("  Submission: %s   File: %s   Submitter: %s   Format: ASAP 4.2" % (sub, fname, ph.sftp)))
    t2 = ts + timedelta(seconds=rng.randint(30, 400))
    out.append(Line(F).t("  Received: %s EDT   Processed: %s EDT" % (ts.strftime("%m/%d/%Y %I:%M:%S %p"),
                                                                   t2.strftime("%m/%d/%Y %I:%M:%S %p"))))
    out.append(Line(F).t("  Records read: %d   Accepted: %d   Rejected: %d   Warnings: %d" %
                         (nrec, nrec - rej, rej, nerr - rej)))
    out.append(Line(F).t("SEV|CODE|REC#|SEG|ELEMENT|RX_NUMBER|DESCRIPTION|VALUE_RECEIVED"))
    for sev, code, sg, el, rx, desc, val, cat in rows:
        L = Line(F).t("%s|%s|%d|%s|%s|" % (sev, code, rng.randint(1, nrec), sg, el))
        L.p(rx, "other_id").t("|%s|" % desc).p(val, cat)
        out.append(L)
    out.append(Line(F).t("  ** Rejected records must be corrected and resubmitted within 7 days. Contact "
                         "pmp-support@pharmacy.state.example or 614-466-4143. **"))
    return out


def ch_validation_json(rng, ts):
    ph = pick(rng, PHARMS)
    rows = val_rows(rng, rng.randint(1, 3))
    errs = []
    for sev, code, sg, el, rx, desc, val, cat in rows:
        e = {"recordNumber": rng.randint(1, 500), "segment": sg, "element": el, "code": code,
             "severity": "ERROR" if sev == "E" else "WARNING"}
        if rx:
            e["rxNumber"] = P(rx, "other_id")
        e["message"] = desc
        e["valueReceived"] = P(val, cat) if cat else val
        errs.append(e)
    obj = {"timestamp": ts.strftime("%Y-%m-%dT%H:%M:%S.") + ms(ts) + "-04:00", "level": "INFO",
           "logger": "gov.pmp.collect.validation.ValidationReportPublisher",
           "submissionId": "SUB-%s-%06d" % (ts.strftime("%Y%m%d"), rng.randint(1000, 999999)),
           "ncpdp": ph.ncpdp, "submitter": ph.sftp, "status": "ACCEPTED_WITH_ERRORS",
           "recordCount": rng.randint(20, 700), "errors": errs}
    return [jemit(Line("valrpt_json"), obj)]


# ----------------------------------------------------------------------------
# SFTP / sshd syslog
# ----------------------------------------------------------------------------
def sysl(ts):
    return ts.strftime("%b ") + ("%2d" % ts.day) + ts.strftime(" %H:%M:%S")


def ch_sftp(rng, ts):
    ph = pick(rng, PHARMS)
    F = "sftp_syslog"
    pid = rng.randint(20000, 39999)
    port = rng.randint(40000, 65000)
    fname = "OH_%s_%s.dat" % (ph.ncpdp, ts.strftime("%Y%m%d"))
    host = "pmp-sftp0%d" % rng.randint(1, 2)
    t = ts
    out = []

    def add(s):
        nonlocal t
        out.append(Line(F).t("%s %s %s" % (sysl(t), host, s)))
        t += timedelta(seconds=rng.randint(0, 2))

    if rng.random() < 0.2:
        bad = "%d.%d.%d.%d" % (rng.choice([45, 185, 92, 61, 218]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        for u in rng.sample(["admin", "oracle", "ubuntu", "test", "ftpuser", "pmp"], 3):
            add("sshd[%d]: Invalid user %s from %s port %d" % (pid, u, bad, port))
            add("sshd[%d]: Connection closed by invalid user %s %s port %d [preauth]" % (pid, u, bad, port))
            pid += 1
        return out
    if rng.random() < 0.5:
        add("sshd[%d]: Accepted publickey for %s from %s port %d ssh2: RSA SHA256:%s" %
            (pid, ph.sftp, ph.ip, port, base64.b64encode(hashlib.sha256(ph.sftp.encode()).digest()).decode()[:43]))
    else:
        add("sshd[%d]: Accepted password for %s from %s port %d ssh2" % (pid, ph.sftp, ph.ip, port))
    add("sshd[%d]: pam_unix(sshd:session): session opened for user %s(uid=%d) by (uid=0)" % (pid, ph.sftp, 5000 + rng.randint(1, 400)))
    add("internal-sftp[%d]: session opened for local user %s from [%s]" % (pid + 2, ph.sftp, ph.ip))
    add('internal-sftp[%d]: realpath "/upload"' % (pid + 2))
    add('internal-sftp[%d]: open "/upload/%s" flags WRITE,CREATE,TRUNCATE mode 0664' % (pid + 2, fname))
    size = rng.randint(900, 250000)
    add('internal-sftp[%d]: close "/upload/%s" bytes read 0 written %d' % (pid + 2, fname, size))
    add("internal-sftp[%d]: session closed for local user %s from [%s]" % (pid + 2, ph.sftp, ph.ip))
    add("sshd[%d]: Received disconnect from %s port %d:11: disconnected by user" % (pid, ph.ip, port))
    if rng.random() < 0.6:
        out.append(Line(F).t("%s pmp-ingest01 asap-watcher[1187]: picked up /sftp/%s/upload/%s size=%d sha256=%s queued job=ING-%d" %
                             (sysl(t + timedelta(seconds=40)), ph.sftp, fname, size,
                              hashlib.sha256(fname.encode()).hexdigest(), rng.randint(10000, 99999))))
    return out


# ----------------------------------------------------------------------------
# PMP gateway JSON (EHR integrations)
# ----------------------------------------------------------------------------
def isots(ts, z=False):
    return ts.strftime("%Y-%m-%dT%H:%M:%S.") + ms(ts) + ("Z" if z else "-04:00")


def ch_gw_json(rng, ts):
    v = rng.randrange(5)
    p = pick(rng, PEOPLE)
    pr = pick(rng, PRESC)
    fac, vendor = pick(rng, FACILITIES)
    rid = uuid4(rng)
    trace = hexs(rng, 32)
    out = []
    if v == 0:
        pat = {"firstName": P(p.first, "name"), "lastName": P(p.last, "name")}
        if p.middle:
            pat["middleName"] = P(p.middle, "name")
        pat["birthDate"] = P(dfmt(p.dob, "iso"), "date")
        pat["sexCode"] = p.sex
        if p.age >= 90:
            pat["ageYears"] = P(p.age, "age")
        pat["address"] = {"street": P(p.street, "address"), "city": P(p.city, "address"), "stateCode": p.state,
                          "zipCode": P(p.zip5, "zip")}
        if rng.random() < 0.6:
            pat["phone"] = P(phfmt(p.phone, rng.choice(["raw", "dash", "paren"])), "phone")
        pat["mrn"] = P(p.mrn, "mrn")
        if rng.random() < 0.5:
            pat["coverage"] = {"payer": rng.choice(["CareSource", "Buckeye Health Plan", "Medical Mutual",
                                                    "Ohio Medicaid FFS", "Humana Medicare"]),
                               "memberId": P(rng.choice([p.medicaid, "CS" + digits(rng, 9), p.mbi]), "health_plan")}
        obj = {"@timestamp": isots(ts), "@version": "1", "message": "PatientRequest received from EHR",
               "logger_name": "com.pmpgw.ehr.api.PatientRequestController",
               "thread_name": "http-nio-8443-exec-%d" % rng.randint(1, 40), "level": "INFO", "level_value": 20000,
               "traceId": trace, "spanId": hexs(rng, 16), "requestId": rid, "ehrVendor": vendor,
               "requester": {"role": "Physician" if pr.cred in ("MD", "DO") else "Nurse Practitioner",
                             "lastName": pr.last, "firstName": pr.first, "npi": pr.npi, "dea": pr.dea},
               "location": {"name": fac, "stateCode": "OH"}, "patient": pat}
        out.append(jemit(Line("gateway_json"), obj))
        t2 = ts + timedelta(milliseconds=rng.randint(300, 2500))
        obj2 = {"@timestamp": isots(t2), "@version": "1", "message": "PatientResponse sent",
                "logger_name": "com.pmpgw.ehr.api.PatientRequestController", "level": "INFO",
                "traceId": trace, "requestId": rid, "httpStatus": 200,
                "narxScores": {"narcotic": "%03d" % rng.randint(0, 999), "sedative": "%03d" % rng.randint(0, 999),
                               "stimulant": "%03d" % rng.randint(0, 700)},
                "overdoseRiskScore": "%03d" % rng.randint(0, 999),
                "additionalRiskIndicators": rng.sample(["MORE_THAN_5_PRESCRIBERS", "OVERLAPPING_OPIOID_BENZO",
                                                        "HIGH_MME", "EARLY_REFILLS", "LONG_TRAVEL"], rng.randint(0, 2)),
                "reportRequestUrl": "https://gw.pmp-gateway.example/v5_1/report/" + hexs(rng, 40),
                "elapsedMs": int((t2 - ts).total_seconds() * 1000)}
        out.append(jemit(Line("gateway_json"), obj2))
    elif v == 1:
        pat = {"resourceType": "Patient", "id": P(p.fhir, "other_id"),
               "identifier": [{"use": "usual", "type": {"text": "MRN"},
                               "system": "urn:oid:1.2.840.114350.1.13.%d.2.7.5.737384.14" % rng.randint(100, 999),
                               "value": P(p.mrn, "mrn")}],
               "name": [{"use": "official", "family": P(p.last, "name"),
                         "given": [P(p.first, "name")] + ([P(p.middle, "name")] if p.middle else [])}],
               "gender": "female" if p.sex == "F" else "male", "birthDate": P(dfmt(p.dob, "iso"), "date"),
               "address": [{"use": "home", "line": [P(p.street, "address")], "city": P(p.city, "address"),
                            "state": p.state, "postalCode": P(p.zip5 + "-" + p.zip4, "zip")}],
               "telecom": [{"system": "phone", "value": P(phfmt(p.phone, "paren"), "phone"), "use": "home"},
                           {"system": "email", "value": P(p.email, "email")}]}
        L = Line("gateway_fhir").t("%s DEBUG 4121 --- [io-8443-exec-%d] c.p.s.fhir.LaunchContextResolver   : "
                                   "Resolved launch patient " % (ts.strftime("%Y-%m-%d %H:%M:%S.") + ms(ts), rng.randint(1, 9)))
        out.append(jemit(L, pat))
        t2 = ts + timedelta(milliseconds=rng.randint(400, 3000))
        out.append(Line("gateway_fhir").t("%s  INFO 4121 --- [io-8443-exec-3] c.p.s.pmp.GatewayClient             : "
                                          "PMP lookup complete requestId=%s candidates=1 narcotic=%03d sedative=%03d "
                                          "ors=%03d elapsedMs=%d" % (t2.strftime("%Y-%m-%d %H:%M:%S.") + ms(t2), rid,
                                                                      rng.randint(0, 999), rng.randint(0, 999),
                                                                      rng.randint(0, 999), rng.randint(300, 3000))))
    elif v == 2:
        obj = {"ts": ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % ts.microsecond + "+00:00", "lvl": "info",
               "svc": "pdmp-bridge", "evt": "pmp_query", "pt_fname": P(p.first.upper(), "name"),
               "pt_lname": P(p.last.upper(), "name"), "pt_dob": P(dfmt(p.dob, rng.choice(["us", "us_nz"])), "date"),
               "pt_zip": P(p.zip5, "zip"), "enc_csn": P(p.csn, "other_id"), "pt_mrn": P(p.mrn, "mrn"),
               "har": P(p.acct, "account"), "ordering_npi": pr.npi, "dept_id": digits(rng, 8)}
        out.append(jemit(Line("bridge_json"), obj, spaced=True))
        obj2 = {"ts": (ts + timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % ts.microsecond + "+00:00",
                "lvl": "info", "svc": "pdmp-bridge", "evt": "pmp_result", "status": "ok",
                "narx": {"nar": rng.randint(0, 999), "sed": rng.randint(0, 999), "stm": rng.randint(0, 500)},
                "ors": rng.randint(0, 999), "duration_ms": rng.randint(200, 4000)}
        out.append(jemit(Line("bridge_json"), obj2, spaced=True))
    elif v == 3:
        q = pick(rng, PEOPLE)
        cands = []
        for c in (p, q):
            cands.append({"pmpPatientId": P(c.pmp_id, "other_id"), "lastName": P(fold(p.last), "name"),
                          "firstName": P(fold(c.first), "name"), "dob": P(dfmt(c.dob, "iso"), "date"),
                          "city": P(fold(c.city), "address"), "score": round(rng.uniform(0.71, 0.94), 2)})
        obj = {"@timestamp": isots(ts), "level": "WARN", "logger_name": "com.pmpgw.match.PatientMatcher",
               "message": "Multiple candidate patients above threshold; returning disambiguation list",
               "requestId": rid, "traceId": trace, "threshold": 0.7, "candidates": cands}
        out.append(jemit(Line("gateway_json"), obj))
    else:
        # synthetic monitor (test patient, not PHI) + health
        obj = {"@timestamp": isots(ts), "level": "INFO", "logger_name": "com.pmpgw.monitor.SyntheticProbe",
               "message": "synthetic PatientRequest ok", "patient": {"lastName": "TEST", "firstName": "PATIENT",
                                                                     "birthDate": "1900-01-01"},
               "requestId": rid, "elapsedMs": rng.randint(150, 900), "region": "us-east-2"}
        out.append(jemit(Line("gateway_json"), obj))
    return out


# ----------------------------------------------------------------------------
# PMP gateway XML
# ----------------------------------------------------------------------------
NS = "http://xml.appriss.com/gateway/v5_1"


def ch_gw_xml(rng, ts):
    p = pick(rng, PEOPLE)
    pr = pick(rng, PRESC)
    fac, _ = pick(rng, FACILITIES)
    lrid = str(rng.randint(10 ** 9, 10 ** 10))
    th = "gw-client-%d" % rng.randint(1, 8)
    F = "gateway_xml"
    L = Line(F).t("%s,%s DEBUG [%s] c.p.gateway.wire.GatewayWire - >>> POST /v5_1/patient " % (
        ts.strftime("%Y-%m-%d %H:%M:%S"), ms(ts), th))
    L.t('<?xml version="1.0" encoding="UTF-8"?><PatientRequest xmlns="%s"><Requester>' % NS)
    xel(L, "LicenseeRequestId", lrid)
    L.t("<Provider>")
    xel(L, "Role", "Physician")
    xel(L, "FirstName", pr.first)
    xel(L, "LastName", pr.last)
    xel(L, "DEANumber", pr.dea)
    xel(L, "NPINumber", pr.npi)
    L.t("</Provider><Location>")
    xel(L, "Name", fac)
    L.t("<Address><StateCode>OH</StateCode></Address></Location></Requester><PrescriptionRequest><Patient><Name>")
    xel(L, "First", fold(p.first), "name")
    if p.middle:
        xel(L, "Middle", fold(p.middle), "name")
    xel(L, "Last", fold(p.last), "name")
    L.t("</Name>")
    bad_dob = rng.random() < 0.25
    dob = "%d-02-30" % p.dob.year if bad_dob else dfmt(p.dob, "iso")
    xel(L, "Birthdate", dob, "date")
    xel(L, "SexCode", p.sex)
    L.t("<Address>")
    xel(L, "Street", p.street, "address")
    xel(L, "City", p.city, "address")
    xel(L, "StateCode", p.state)
    xel(L, "ZipCode", p.zip5, "zip")
    L.t("</Address>")
    if rng.random() < 0.5:
        xel(L, "Phone", p.phone, "phone")
    L.t("</Patient></PrescriptionRequest></PatientRequest>")
    out = [L]
    t2 = ts + timedelta(milliseconds=rng.randint(300, 3000))
    R = Line(F).t("%s,%s DEBUG [%s] c.p.gateway.wire.GatewayWire - <<< %d " % (
        t2.strftime("%Y-%m-%d %H:%M:%S"), ms(t2), th, 400 if bad_dob else 200))
    if bad_dob:
        R.t('<Error xmlns="%s"><Message>' % NS)
        R.t("Birthdate &apos;").p(dob, "date").t("&apos; is not a valid date</Message><Details>cvc-datatype-valid.1.2.1"
                                                 "</Details></Error>")
    else:
        R.t('<PatientResponse xmlns="%s"><Disallowed>false</Disallowed><Report><ReportRequestURLs>'
            '<ViewableReport Type="Html">https://gw.pmp-gateway.example/v5_1/report/%s</ViewableReport>'
            '</ReportRequestURLs><NarxScores>' % (NS, hexs(rng, 40)))
        for st in ("Narcotic", "Sedative", "Stimulant"):
            R.t("<NarxScore><ScoreType>%s</ScoreType><ScoreValue>%03d</ScoreValue></NarxScore>" % (st, rng.randint(0, 999)))
        R.t("</NarxScores><OverdoseRiskScore><ScoreValue>%03d</ScoreValue></OverdoseRiskScore></Report>"
            "</PatientResponse>" % rng.randint(0, 999))
    out.append(R)
    return out


def ch_gw_xml_pretty(rng, ts):
    p = pick(rng, PEOPLE)
    pr = pick(rng, PRESC)
    fac, _ = pick(rng, FACILITIES)
    F = "gateway_xml_pretty"
    out = [Line(F).t("%s,%s INFO  [soap-logger-2] org.apache.cxf.services.PmpiPatientService.REQ_OUT - Outbound Message"
                     % (ts.strftime("%Y-%m-%d %H:%M:%S"), ms(ts))),
           Line(F).t("---------------------------"),
           Line(F).t("ID: %d" % rng.randint(1, 9999)),
           Line(F).t("Address: https://gw.pmp-gateway.example/v5_1/patient"),
           Line(F).t("Encoding: UTF-8"),
           Line(F).t("Payload: "),
           Line(F).t('<PatientRequest xmlns="%s">' % NS),
           Line(F).t("  <Requester>"),
           Line(F).t("    <LicenseeRequestId>%d</LicenseeRequestId>" % rng.randint(10 ** 9, 10 ** 10)),
           Line(F).t("    <Provider><Role>Physician</Role><LastName>%s</LastName><NPINumber>%s</NPINumber></Provider>"
                     % (pr.last, pr.npi)),
           Line(F).t("    <Location><Name>%s</Name><Address><StateCode>OH</StateCode></Address></Location>" % fac),
           Line(F).t("  </Requester>"),
           Line(F).t("  <PrescriptionRequest>"),
           Line(F).t("    <Patient>"),
           Line(F).t("      <Name>")]
    out.append(xel(Line(F).t("        "), "First", p.first, "name"))
    out.append(xel(Line(F).t("        "), "Last", p.last, "name"))
    out.append(Line(F).t("      </Name>"))
    out.append(xel(Line(F).t("      "), "Birthdate", dfmt(p.dob, "iso"), "date"))
    out.append(Line(F).t("      <SexCode>%s</SexCode>" % p.sex))
    out.append(Line(F).t("      <Address>"))
    out.append(xel(Line(F).t("        "), "Street", p.street + ((" " + p.apt) if p.apt else ""), "address"))
    out.append(xel(Line(F).t("        "), "City", p.city, "address"))
    out.append(Line(F).t("        <StateCode>%s</StateCode>" % p.state))
    out.append(xel(Line(F).t("        "), "ZipCode", p.zip5, "zip"))
    out.append(Line(F).t("      </Address>"))
    out.append(Line(F).t("    </Patient>"))
    out.append(Line(F).t("  </PrescriptionRequest>"))
    out.append(Line(F).t("</PatientRequest>"))
    out.append(Line(F).t("--------------------------------------"))
    return out


# ----------------------------------------------------------------------------
# interstate hub
# ----------------------------------------------------------------------------
def ch_hub(rng, ts):
    F = "hub_log"
    p = pick(rng, PEOPLE)
    rid = "HUB-" + hexs(rng, 12)
    dst = rng.sample(["KY", "WV", "IN", "PA", "MI", "VA", "TN"], rng.randint(2, 4))
    th = "hub-router-%d" % rng.randint(1, 6)
    t = ts
    out = []

    def pre(lvl, logger):
        nonlocal t
        s = "%sZ %5s 1 --- [%s] %s : " % (t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t), lvl, th, logger)
        t += timedelta(milliseconds=rng.randint(20, 700))
        return s

    out.append(Line(F).t(pre("INFO", "o.p.hub.routing.RequestRouter") +
                         "inbound requestId=%s srcPmp=OH dstPmps=[%s] role=PHYSICIAN purpose=TREATMENT" % (rid, ", ".join(dst))))
    if rng.random() < 0.5:
        L = Line(F).t(pre("DEBUG", "o.p.hub.wire.PmpiWire") + "request body=")
        L.t('<pmp:PrescriptionMonitoringProgramRequest xmlns:pmp="http://www.pmpinterconnect.example/pmp/1.0" '
            'xmlns:nc="http://niem.gov/niem/niem-core/2.0"><pmp:RequestingState>OH</pmp:RequestingState><pmp:Patient>'
            '<nc:PersonName>')
        xel(L, "nc:PersonGivenName", fold(p.first), "name")
        if p.middle:
            xel(L, "nc:PersonMiddleName", fold(p.middle)[0], "name")
        xel(L, "nc:PersonSurName", fold(p.last), "name")
        L.t("</nc:PersonName><nc:PersonBirthDate>")
        xel(L, "nc:Date", dfmt(p.dob, "iso"), "date")
        L.t("</nc:PersonBirthDate>")
        xel(L, "nc:PersonSexCode", p.sex)
        L.t("<nc:ContactMailingAddress>")
        xel(L, "nc:LocationPostalCode", p.zip5, "zip")
        L.t("</nc:ContactMailingAddress></pmp:Patient><pmp:DateRange><nc:StartDate>%s</nc:StartDate><nc:EndDate>%s"
            "</nc:EndDate></pmp:DateRange></pmp:PrescriptionMonitoringProgramRequest>" % (
                (ts.date() - timedelta(days=365)).isoformat(), ts.date().isoformat()))
        out.append(L)
    nfault = 0
    for d in dst:
        r = rng.random()
        if r < 0.18:
            nfault += 1
            L = Line(F).t(pre("WARN", "o.p.hub.client.ResponderClient") +
                          "dst=%s SOAP fault faultcode=soap:Client faultstring=\"Patient match ambiguous for " % d)
            L.t("PersonSurName=").p(fold(p.last), "name").t(" PersonGivenName=").p(fold(p.first), "name")
            L.t(" PersonBirthDate=").p(dfmt(p.dob, "iso"), "date").t("\"")
            out.append(L)
        elif r < 0.28:
            nfault += 1
            out.append(Line(F).t(pre("ERROR", "o.p.hub.client.ResponderClient") +
                                 "dst=%s java.net.SocketTimeoutException: Read timed out after 15000 ms (attempt 2/2)" % d))
        else:
            out.append(Line(F).t(pre("INFO", "o.p.hub.client.ResponderClient") +
                                 "dst=%s status=200 latency_ms=%d rx_count=%d" % (d, rng.randint(80, 4000), rng.randint(0, 40))))
    out.append(Line(F).t(pre("INFO", "o.p.hub.routing.RequestRouter") +
                         "completed requestId=%s responders=%d ok=%d fault=%d total_ms=%d" % (
                             rid, len(dst), len(dst) - nfault, nfault, rng.randint(300, 16000))))
    return out


def ch_hub_es(rng, ts):
    # inbound request from Puerto Rico PDMP, requester free-text reason in Spanish
    F = "hub_log"
    p = make_person(rng)
    p.first = rng.choice(["Maritza", "José Ángel", "Yaritza", "Héctor Luis", "Nilda", "Edwin"])
    p.last = rng.choice(["Colón Rivera", "Figueroa Santiago", "Ortiz Maldonado", "Rodríguez Vélez", "Cruz Pagán"])
    L = Line(F).t("%sZ  INFO 1 --- [hub-router-%d] o.p.hub.routing.InboundAudit : src=PR dst=OH requestId=HUB-%s "
                  "requester_role=PHARMACIST motivo=\"" % (ts.strftime("%Y-%m-%dT%H:%M:%S.") + ms(ts), rng.randint(1, 6),
                                                            hexs(rng, 12)))
    L.t("Paciente ").p(p.first + " " + p.last, "name").t(", f. nac. ").p(dfmt(p.dob, "dmy_slash"), "date")
    L.t(", se mudó de ").p(rng.choice(["Bayamón", "Caguas", "Ponce", "Mayagüez", "Carolina"]), "address")
    L.t(" a ").p(p.city, "address").t(", OH; verificar despachos previos\"")
    return [L]


def ch_hub_health(rng, ts):
    F = "hub_log"
    out = []
    t = ts
    for st in rng.sample(["KY", "WV", "IN", "PA", "MI", "VA", "TN", "PR", "MO"], 3):
        up = rng.random() > 0.1
        out.append(Line(F).t("%sZ  %s 1 --- [hub-health-1] o.p.hub.health.ResponderProbe : state=%s reachable=%s "
                             "rtt_ms=%s tls=TLSv1.3 cert_expires=2025-0%d-1%d" % (
                                 t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t), "INFO" if up else "WARN", st,
                                 "true" if up else "false", rng.randint(12, 300) if up else "-", rng.randint(1, 9),
                                 rng.randint(0, 9))))
        t += timedelta(milliseconds=rng.randint(5, 300))
    return out


# ----------------------------------------------------------------------------
# clinician query audit trail
# ----------------------------------------------------------------------------
def ch_audit_csv(rng, ts):
    F = "audit_csv"
    out = [Line(F).t("audit_id,event_time,user_name,user_role,on_behalf_of_npi,search_method,pt_last_name,"
                     "pt_first_name,pt_dob,pt_zip,partial_match,results_returned,client_ip,request_reason")]
    t = ts
    for _ in range(rng.randint(4, 7)):
        pr = pick(rng, PRESC)
        delegate = rng.random() < 0.4
        user = rng.choice(["tpham_ma", "kbowling_rn", "jestep_ma", "lmorrow_lpn"]) if delegate else pr.user
        p = pick(rng, PEOPLE)
        L = Line(F).t("%d,%s,%s,%s,%s,%s," % (rng.randint(40000000, 49999999), t.strftime("%Y-%m-%d %H:%M:%S"), user,
                                               "DELEGATE" if delegate else "PRESCRIBER", pr.npi if delegate else "",
                                               rng.choice(["WEB_SEARCH", "WEB_SEARCH", "EHR_GATEWAY", "MULTI_STATE"])))
        last = p.last if rng.random() < 0.5 else fold(p.last)
        if " " in last:
            L.t('"').p(last, "name").t('",')
        else:
            L.p(last, "name").t(",").p(p.first if rng.random() < 0.6 else p.first[:3], "name").t(",")
        L.p(dfmt(p.dob, rng.choice(["us", "iso"])), "date").t(",")
        if rng.random() < 0.6:
            L.p(p.zip5, "zip")
        L.t(",%s,%d,10.%d.%d.%d,%s" % (rng.choice(["N", "N", "Y"]), rng.randint(0, 60), rng.randint(10, 60),
                                       rng.randint(0, 255), rng.randint(2, 250),
                                       rng.choice(["TREATMENT", "TREATMENT", "DISPENSING", "NEW_PATIENT",
                                                   "\"PRE-OP, ORTHO\""])))
        out.append(L)
        t += timedelta(seconds=rng.randint(5, 300))
    return out


def ch_audit_pipe(rng, ts):
    F = "audit_pipe"
    out = []
    t = ts
    for _ in range(rng.randint(1, 3)):
        pr = pick(rng, PRESC)
        if rng.random() < 0.3:
            out.append(Line(F).t("VIEW|%s|%s|%s|RPT=NAR-%d|FMT=PDF|PAGES=%d" % (
                t.strftime("%Y%m%d|%H%M%S"), pr.user.upper(), "PRESCRIBER", rng.randint(100000, 999999), rng.randint(1, 9))))
        else:
            p = pick(rng, PEOPLE)
            L = Line(F).t("QRY|%s|%s|PRESCRIBER|PT=" % (t.strftime("%Y%m%d|%H%M%S"), pr.user.upper()))
            L.p(fold(p.last), "name").t("^").p(fold(p.first), "name").t("^")
            if p.middle:
                L.p(fold(p.middle)[0], "name")
            L.t("^|DOB=").p(dfmt(p.dob, "ymd"), "date").t("|STATES=OH,%s|RESULTS=%d|RPT=NAR-%d" % (
                rng.choice(["KY", "WV", "KY,WV", "IN", "PA,MI"]), rng.randint(0, 40), rng.randint(100000, 999999)))
            out.append(L)
        t += timedelta(seconds=rng.randint(1, 90))
    return out


# ----------------------------------------------------------------------------
# delegate account management (staff only -> noise)
# ----------------------------------------------------------------------------
DELEGATES = [("tpham_ma", "Thuy", "Pham", "MEDICAL_ASSISTANT"), ("kbowling_rn", "Kendra", "Bowling", "RN"),
             ("jestep_ma", "Jared", "Estep", "MEDICAL_ASSISTANT"), ("lmorrow_lpn", "Lisa", "Morrow", "LPN"),
             ("ssaleh_pharmtech", "Samir", "Saleh", "PHARMACY_TECH")]


def ch_delegate(rng, ts):
    F = "delegate_acct"
    pr = pick(rng, PRESC)
    du, dfirst, dlast, role = pick(rng, DELEGATES)
    dom = pr.email.split("@")[1]
    req = "DLG-%d" % rng.randint(10000, 99999)
    t = ts
    out = []

    def ln(lvl, logger, msg):
        nonlocal t
        out.append(Line(F).t("%s,%s %-5s [%s] %s - %s" % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), lvl,
                                                           "http-nio-8443-exec-%d" % rng.randint(1, 40), logger, msg)))
        t += timedelta(seconds=rng.randint(30, 3600))

    k = rng.randrange(3)
    if k == 0:
        ln("INFO", "g.p.account.DelegateService", "delegate.request created requestId=%s delegate=%s email=%s.%s@%s "
           "supervisor_npi=%s supervisor=\"%s, %s %s\" role=%s" % (req, du, dfirst.lower(), dlast.lower(), dom, pr.npi,
                                                                   pr.last, pr.first, pr.cred, role))
        ln("INFO", "g.p.account.DelegateService", "delegate.request approved requestId=%s by=%s method=EMAIL_LINK" % (req, pr.user))
        ln("INFO", "g.p.account.ProvisioningJob", "account.activated user=%s mfa=TOTP temp_password_expires=72h" % du)
    elif k == 1:
        ln("WARN", "g.p.security.LoginAttemptListener", "account.locked user=%s reason=FAILED_LOGIN_THRESHOLD attempts=5 "
           "src_ip=10.%d.%d.%d" % (du, rng.randint(10, 60), rng.randint(0, 255), rng.randint(2, 250)))
        ln("INFO", "g.p.account.HelpdeskController", "account.unlocked user=%s by=%s ticket=INC%07d" % (
            du, pick(rng, ADMINS), rng.randint(0, 9999999)))
    else:
        L = Line(F)
        jemit(L, {"ts": isots(t), "eventType": "DELEGATE_LINK_REVOKED", "actor": pick(rng, ADMINS),
                  "delegateUserId": du, "delegateName": "%s %s" % (dfirst, dlast), "supervisorUserId": pr.user,
                  "supervisorPhone": phfmt(pr.phone, "dash"), "reason": rng.choice(["Employment ended",
                                                                                    "Annual attestation not completed",
                                                                                    "Supervisor license inactive"])})
        out.append(L)
        ln("INFO", "g.p.account.LicenseVerificationJob", "prescriber npi=%s license=%s board_status=ACTIVE "
           "dea_exp=2026-%02d-30 attestation=CURRENT" % (pr.npi, pr.lic, rng.randint(1, 12)))
    return out


# ----------------------------------------------------------------------------
# unsolicited reports
# ----------------------------------------------------------------------------
def ch_unsolicited(rng, ts):
    F = "unsolicited"
    p = pick(rng, PEOPLE)
    prs = rng.sample(PRESC, 2)
    ur = "UR-2024-%06d" % rng.randint(100, 2000)
    npres, nph = rng.randint(5, 11), rng.randint(5, 9)
    out = []
    L = Line(F).t("%s,%s INFO  [quartz-UnsolicitedReportJob-1] g.p.ur.UnsolicitedReportWriter - created " % (
        ts.strftime("%Y-%m-%d %H:%M:%S"), ms(ts)))
    L.p(ur, "other_id").t(' subject="').p(full(p, "LFM"), "name").t('" dob=').p(dfmt(p.dob, "iso"), "date")
    L.t(" prescribers=%d pharmacies=%d mme_avg=%.1f recipients=[%s,%s]" % (npres, nph, rng.uniform(40, 260),
                                                                           prs[0].npi, prs[1].npi))
    out.append(L)
    out.append(Line(F).t("UNSOLICITED PATIENT REPORT").t("  ").p(ur, "other_id").t("  Criteria: >=%d prescribers AND "
                                                                                     ">=%d pharmacies within 90 days" % (5, 5)))
    out.append(Line(F).t("Prescriber: %s %s, %s   NPI %s   DEA %s" % (prs[0].first, prs[0].last, prs[0].cred,
                                                                       prs[0].npi, prs[0].dea)))
    L = Line(F).t("Patient: ").p(full(p, rng.choice(["LF", "Lf"])), "name").t("   DOB: ")
    L.p(dfmt(p.dob, rng.choice(["us", "long"])), "date").t("   Sex: %s" % p.sex)
    out.append(L)
    L = Line(F).t("Address: ").p(p.street, "address")
    if p.apt:
        L.t(", ").p(p.apt, "address")
    L.t(", ").p(p.city, "address").t(", %s " % p.state).p(p.zip5, "zip")
    out.append(L)
    if p.age >= 90:
        out.append(Line(F).t("Note: patient age ").p(str(p.age), "age").t("; concurrent opioid and benzodiazepine "
                                                                            "therapy >= 30 days flagged"))
    out.append(Line(F).t("Summary: %d prescribers, %d pharmacies, %d prescriptions, avg daily MME %.1f, overlapping "
                         "days %d" % (npres, nph, rng.randint(9, 30), rng.uniform(40, 260), rng.randint(0, 60))))
    out.append(Line(F).t("Dear Dr. %s: This report is provided for your clinical consideration. It is not a finding "
                         "of wrongdoing by you or your patient." % prs[0].last))
    return out


def ch_postfix(rng, ts):
    F = "postfix"
    qid = hexs(rng, 10).upper()
    pr = pick(rng, PRESC)
    t = ts
    pid = rng.randint(10000, 30000)
    dom = pr.email.split("@")[1]
    out = [Line(F).t("%s pmp-mail01 postfix/pickup[%d]: %s: uid=1001 from=<noreply-unsolicited>" % (sysl(t), pid, qid)),
           Line(F).t("%s pmp-mail01 postfix/cleanup[%d]: %s: message-id=<%s.%s@pmp-mail01>" % (
               sysl(t), pid + 1, qid, t.strftime("%Y%m%d%H%M%S"), qid)),
           Line(F).t("%s pmp-mail01 postfix/qmgr[1022]: %s: from=<noreply-unsolicited@pmp.state.example>, size=%d, "
                     "nrcpt=1 (queue active)" % (sysl(t), qid, rng.randint(20000, 90000)))]
    t += timedelta(seconds=rng.randint(1, 5))
    if rng.random() < 0.8:
        out.append(Line(F).t("%s pmp-mail01 postfix/smtp[%d]: %s: to=<%s>, relay=mx1.%s[192.0.2.%d]:25, delay=%.1f, "
                             "delays=0.05/0.01/0.61/0.53, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %s)" % (
                                 sysl(t), pid + 2, qid, pr.email, dom, rng.randint(2, 250), rng.uniform(0.3, 4),
                                 hexs(rng, 12).upper())))
    else:
        out.append(Line(F).t("%s pmp-mail01 postfix/smtp[%d]: %s: to=<%s>, relay=none, delay=30, delays=0.02/0/30/0, "
                             "dsn=4.4.1, status=deferred (connect to mx1.%s[192.0.2.%d]:25: Connection timed out)" % (
                                 sysl(t), pid + 2, qid, pr.email, dom, rng.randint(2, 250))))
    out.append(Line(F).t("%s pmp-mail01 postfix/qmgr[1022]: %s: removed" % (sysl(t), qid)))
    return out


# ----------------------------------------------------------------------------
# Tomcat / Spring
# ----------------------------------------------------------------------------
def cat_ts(t):
    return t.strftime("%d-%b-%Y %H:%M:%S.") + ms(t)


def sb_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)


STACK_PARSE = ["\tat java.base/java.time.format.DateTimeFormatter.createError(DateTimeFormatter.java:2023)",
               "\tat java.base/java.time.format.DateTimeFormatter.parse(DateTimeFormatter.java:1958)",
               "\tat java.base/java.time.LocalDate.parse(LocalDate.java:430)",
               "\tat gov.pmp.asap.parse.PatSegmentParser.parseDob(PatSegmentParser.java:214)",
               "\tat gov.pmp.asap.parse.PatSegmentParser.parse(PatSegmentParser.java:97)",
               "\tat gov.pmp.asap.load.AsapFileLoader.readRecord(AsapFileLoader.java:311)"]
STACK_DB = ["\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)",
            "\tat org.springframework.orm.jpa.JpaTransactionManager.doCommit(JpaTransactionManager.java:565)",
            "\tat gov.pmp.asap.load.DispensationWriter.write(DispensationWriter.java:88)",
            "\tat org.springframework.batch.core.step.item.SimpleChunkProcessor.writeItems(SimpleChunkProcessor.java:193)",
            "Caused by: java.sql.SQLIntegrityConstraintViolationException: ORA-00001: unique constraint (PMP.UK_DISP_RX_NCPDP_FILL) violated",
            "\tat oracle.jdbc.driver.T4CTTIoer11.processError(T4CTTIoer11.java:630)",
            "\t... 42 common frames omitted"]
STACK_WEB = ["\tat org.apache.catalina.core.ApplicationFilterChain.internalDoFilter(ApplicationFilterChain.java:206)",
             "\tat org.apache.catalina.core.StandardWrapperValve.invoke(StandardWrapperValve.java:150)",
             "\tat org.apache.catalina.core.StandardContextValve.invoke(StandardContextValve.java:90)",
             "\tat org.apache.catalina.connector.CoyoteAdapter.service(CoyoteAdapter.java:343)",
             "\tat org.apache.coyote.http11.Http11Processor.service(Http11Processor.java:389)",
             "\tat org.apache.tomcat.util.net.NioEndpoint$SocketProcessor.doRun(NioEndpoint.java:1736)",
             "\tat java.base/java.lang.Thread.run(Thread.java:840)"]


def ch_tomcat(rng, ts):
    F = "tomcat"
    t = ts
    k = rng.randrange(6)
    out = []
    pid = rng.randint(2000, 30000)
    if k == 0:
        for msg in ["INFO [main] org.apache.catalina.startup.VersionLoggerListener.log Server version name:   Apache Tomcat/9.0.85",
                    "INFO [main] org.apache.catalina.startup.VersionLoggerListener.log JVM Version:           17.0.10+7-LTS",
                    "INFO [main] org.apache.coyote.AbstractProtocol.init Initializing ProtocolHandler [\"https-jsse-nio-8443\"]",
                    "INFO [main] org.apache.catalina.startup.HostConfig.deployWAR Deploying web application archive [/opt/tomcat/webapps/pmp.war]",
                    "WARNING [main] org.apache.catalina.util.SessionIdGeneratorBase.createSecureRandom Creation of SecureRandom instance for session ID generation using [SHA1PRNG] took [%d] milliseconds." % rng.randint(200, 900),
                    "INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [%d] milliseconds" % rng.randint(9000, 40000)]:
            out.append(Line(F).t("%s %s" % (cat_ts(t), msg)))
            t += timedelta(milliseconds=rng.randint(5, 4000))
    elif k == 1:
        out.append(Line(F).t("%s SEVERE [http-nio-8443-exec-%d] org.apache.catalina.core.StandardWrapperValve.invoke "
                             "Servlet.service() for servlet [dispatcherServlet] in context with path [/pmp] threw exception "
                             "[Request processing failed: org.springframework.web.client.ResourceAccessException: I/O error on "
                             "POST request for \"https://gw.pmp-gateway.example/v5_1/patient\": Read timed out] with root cause"
                             % (cat_ts(t), rng.randint(1, 40))))
        out.append(Line(F).t("java.net.SocketTimeoutException: Read timed out"))
        for s in rng.sample(STACK_WEB, 4):
            out.append(Line(F).t(s))
    elif k == 2:
        p = pick(rng, PEOPLE)
        rec = rng.randint(1, 900)
        bad = "%d02%d" % (p.dob.year, rng.choice([30, 31]))
        L = Line(F).t("%s  WARN %d --- [ asapLoader-%d] g.p.asap.parse.PatSegmentParser       : Unparseable PAT18 in "
                      "record %d of OH_%s_%s.dat, value=" % (sb_ts(t), pid, rng.randint(1, 4), rec, pick(rng, PHARMS).ncpdp,
                                                            ts.strftime("%Y%m%d")))
        L.p(bad, "date")
        out.append(L)
        L = Line(F).t("java.time.format.DateTimeParseException: Text '").p(bad, "date").t(
            "' could not be parsed: Invalid date 'FEBRUARY %s'" % bad[-2:])
        out.append(L)
        for s in STACK_PARSE[:rng.randint(3, 6)]:
            out.append(Line(F).t(s))
    elif k == 3:
        p = pick(rng, PEOPLE)
        ph = pick(rng, PHARMS)
        fd = fill_date(rng)
        L = Line(F).t("%s ERROR %d --- [ asapLoader-%d] o.s.batch.core.step.AbstractStep       : Encountered an error "
                      "executing step loadDispensations in job asapLoadJob" % (sb_ts(t), pid, rng.randint(1, 4)))
        out.append(L)
        L = Line(F).t("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; "
                      "constraint [PMP.UK_DISP_RX_NCPDP_FILL]; Key (rx_nbr, ncpdp, fill_dt)=(")
        L.p(rxnum(rng), "other_id").t(", %s, " % ph.ncpdp).p(dfmt(fd, "iso"), "date").t(") already exists")
        out.append(L)
        for s in STACK_DB[:rng.randint(4, 7)]:
            out.append(Line(F).t(s))
    elif k == 4:
        p = pick(rng, PEOPLE)
        th = "[nio-8443-exec-%d]" % rng.randint(1, 40)
        out.append(Line(F).t("%s DEBUG %d --- %s org.hibernate.SQL                        : select p1_0.pat_key,"
                             "p1_0.last_nm,p1_0.first_nm,p1_0.birth_dt,p1_0.zip5 from pmp.patient p1_0 where "
                             "upper(p1_0.last_nm)=? and upper(p1_0.first_nm) like ? and p1_0.birth_dt=? "
                             "fetch first ? rows only" % (sb_ts(t), pid, th)))
        vals = [("VARCHAR", fold(p.last), "name"), ("VARCHAR", fold(p.first)[:3] + "%", None),
                ("DATE", dfmt(p.dob, "iso"), "date"), ("INTEGER", "250", None)]
        for i, (ty, v, c) in enumerate(vals, 1):
            L = Line(F).t("%s TRACE %d --- %s o.h.type.descriptor.sql.BasicBinder    : binding parameter [%d] as [%s] - ["
                          % (sb_ts(t), pid, th, i, ty))
            if c is None and ty == "VARCHAR":
                L.p(fold(p.first)[:3], "name").t("%")
            else:
                L.p(v, c)
            L.t("]")
            out.append(L)
    else:
        for msg in ["WARN %d --- [HikariPool-1 housekeeper] com.zaxxer.hikari.pool.HikariPool        : HikariPool-1 - "
                    "Thread starvation or clock leap detected (housekeeper delta=1m%ds)." % (pid, rng.randint(1, 50)),
                    "INFO %d --- [   scheduling-1] g.p.ops.MetricsReporter                  : heap_used_mb=%d heap_max_mb=4096 "
                    "gc_pause_ms_p99=%d threads=%d" % (pid, rng.randint(900, 3900), rng.randint(5, 400), rng.randint(80, 300)),
                    "INFO %d --- [   scheduling-1] g.p.asap.load.AsapLoadJobListener        : job=asapLoadJob exec=%d "
                    "status=COMPLETED files=%d records=%d rejected=%d duration=PT%dM%dS" % (
                        pid, rng.randint(10000, 99999), rng.randint(20, 600), rng.randint(1000, 200000),
                        rng.randint(0, 400), rng.randint(1, 50), rng.randint(0, 59))]:
            out.append(Line(F).t("%s %s" % (sb_ts(t), msg.replace("INFO", " INFO", 1) if msg.startswith("INFO") else msg)))
            t += timedelta(seconds=rng.randint(1, 60))
    return out


def ch_access(rng, ts):
    F = "tomcat_access"
    out = []
    t = ts
    for _ in range(rng.randint(4, 7)):
        ip = "10.40.%d.%d" % (rng.randint(0, 30), rng.randint(2, 250))
        pr = pick(rng, PRESC)
        k = rng.randrange(9)
        L = Line(F)
        if k == 0:
            L.t('%s - %s [%s] "GET /pmp/api/v2/patients/search?lastName=' % (ip, pr.user, t.strftime("%d/%b/%Y:%H:%M:%S -0400")))
            p = pick(rng, PEOPLE)
            L.p(quote(p.last), "name").t("&firstName=").p(quote(p.first), "name").t("&dob=")
            L.p(quote(dfmt(p.dob, "us"), safe=""), "date").t('&partial=false HTTP/1.1" 200 %d %d' % (
                rng.randint(800, 30000), rng.randint(50, 2000)))
        elif k == 1:
            p = pick(rng, PEOPLE)
            L.t('%s - %s [%s] "GET /pmp/api/v2/patients/' % (ip, pr.user, t.strftime("%d/%b/%Y:%H:%M:%S -0400")))
            L.p(p.pmp_id, "other_id").t('/prescriptions?from=2023-03-01&to=2024-03-10 HTTP/1.1" 200 %d %d' % (
                rng.randint(800, 90000), rng.randint(50, 2000)))
        elif k == 2:
            L.t('%s - ehrsvc_%s [%s] "POST /pmp/gateway/v5_1/patient HTTP/1.1" 200 %d %d' % (
                ip, rng.choice(["somc", "adena", "holzer", "mercy"]), t.strftime("%d/%b/%Y:%H:%M:%S -0400"),
                rng.randint(900, 4000), rng.randint(200, 3000)))
        elif k == 3:
            L.t('%s - %s [%s] "GET /pmp/api/v2/reports/NAR-%d.pdf HTTP/1.1" 200 %d %d' % (
                ip, pr.user, t.strftime("%d/%b/%Y:%H:%M:%S -0400"), rng.randint(100000, 999999),
                rng.randint(30000, 400000), rng.randint(100, 900)))
        elif k in (4, 5):
            L.t('10.40.0.%d - - [%s] "GET /pmp/actuator/health HTTP/1.1" 200 %d %d' % (
                rng.choice([5, 6]), t.strftime("%d/%b/%Y:%H:%M:%S -0400"), rng.choice([15, 49, 152]), rng.randint(1, 9)))
        elif k == 6:
            L.t('%s - - [%s] "GET /pmp/static/js/app.%s.js HTTP/1.1" 304 - %d' % (
                ip, t.strftime("%d/%b/%Y:%H:%M:%S -0400"), hexs(rng, 8), rng.randint(1, 5)))
        elif k == 7:
            L.t('%s - %s [%s] "POST /pmp/api/v2/delegates/%s/approve HTTP/1.1" 204 - %d' % (
                ip, pr.user, t.strftime("%d/%b/%Y:%H:%M:%S -0400"), pick(rng, DELEGATES)[0], rng.randint(20, 300)))
        else:
            L.t('%s - - [%s] "GET /pmp/login?error=expired HTTP/1.1" 302 - %d' % (
                ip, t.strftime("%d/%b/%Y:%H:%M:%S -0400"), rng.randint(1, 20)))
        out.append(L)
        t += timedelta(seconds=rng.randint(0, 40))
    return out


# ----------------------------------------------------------------------------
# IIS W3C (portal front end incl. patient self-request)
# ----------------------------------------------------------------------------
UA_WIN = "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36"
UA_IOS = "Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)+Version/17.3+Mobile/15E148+Safari/604.1"
UA_AND = "Mozilla/5.0+(Linux;+Android+14;+SM-S918U)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.6261.105+Mobile+Safari/537.36"


def pub_ip(rng):
    return "%d.%d.%d.%d" % (rng.choice([73, 98, 24, 174, 107, 66, 71, 68, 97]), rng.randint(0, 255),
                            rng.randint(0, 255), rng.randint(1, 254))


def ch_iis(rng, ts):
    F = "iis_w3c"
    out = []
    t = ts
    if rng.random() < 0.6:
        out += [Line(F).t("#Software: Microsoft Internet Information Services 10.0"), Line(F).t("#Version: 1.0"),
                Line(F).t("#Date: %s" % (t + timedelta(hours=4)).strftime("%Y-%m-%d %H:%M:%S")),
                Line(F).t("#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip "
                          "cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken")]
    sip = "10.20.1.%d" % rng.randint(5, 9)
    for _ in range(rng.randint(3, 6)):
        utc = t + timedelta(hours=4)
        pre = "%s %s " % (utc.strftime("%Y-%m-%d %H:%M:%S"), sip)
        k = rng.randrange(8)
        L = Line(F).t(pre)
        if k == 0:
            p = pick(rng, PEOPLE)
            pr = pick(rng, PRESC)
            L.t("GET /PMPPortal/Patient/Search.aspx ln=").p(quote(fold(p.last)), "name").t("&fn=").p(
                quote(fold(p.first)), "name").t("&dob=").p(quote(dfmt(p.dob, "us"), safe=""), "date")
            L.t(" 443 %s 10.44.%d.%d %s https://pmp.state.example/PMPPortal/Patient/Search.aspx 200 0 0 %d" % (
                pr.user, rng.randint(0, 9), rng.randint(2, 250), UA_WIN, rng.randint(80, 3000)))
        elif k == 1:
            p = pick(rng, PEOPLE)
            L.t("POST /PMPPortal/SelfRequest/Submit.aspx - 443 - ").p(pub_ip(rng), "ip")
            L.t(" %s https://pmp.state.example/PMPPortal/SelfRequest/ 302 0 0 %d" % (
                rng.choice([UA_IOS, UA_AND, UA_WIN]), rng.randint(100, 900)))
        elif k == 2:
            p = pick(rng, PEOPLE)
            L.t("GET /PMPPortal/SelfRequest/Status.aspx req=").p("SR-2024-%05d" % rng.randint(1, 3000), "other_id")
            L.t("&email=").p(quote(p.email, safe=""), "email").t(" 443 ").p(p.username, "other_id").t(" ")
            L.p(pub_ip(rng), "ip").t(" %s - 200 0 0 %d" % (rng.choice([UA_IOS, UA_AND]), rng.randint(50, 700)))
        elif k == 3:
            L.t("GET /PMPPortal/Login.aspx - 443 - 10.44.%d.%d %s - 200 0 0 %d" % (
                rng.randint(0, 9), rng.randint(2, 250), UA_WIN, rng.randint(5, 90)))
        elif k == 4:
            L.t("POST /PMPPortal/Login.aspx - 443 %s 10.44.%d.%d %s https://pmp.state.example/PMPPortal/Login.aspx "
                "302 0 0 %d" % (pick(rng, PRESC).user, rng.randint(0, 9), rng.randint(2, 250), UA_WIN, rng.randint(50, 400)))
        elif k == 5:
            L.t("GET /PMPPortal/Content/site.min.css v=%s 443 - 10.44.%d.%d %s - 304 0 0 %d" % (
                hexs(rng, 10), rng.randint(0, 9), rng.randint(2, 250), UA_WIN, rng.randint(0, 15)))
        elif k == 6:
            L.t("GET /healthcheck.htm - 80 - 10.20.0.2 ELB-HealthChecker/2.0 - 200 0 0 %d" % rng.randint(0, 3))
        else:
            L.t("GET /PMPPortal/Reports/Download.ashx id=NAR-%d 443 %s 10.44.%d.%d %s - 200 0 64 %d" % (
                rng.randint(100000, 999999), pick(rng, PRESC).user, rng.randint(0, 9), rng.randint(2, 250), UA_WIN,
                rng.randint(100, 9000)))
        out.append(L)
        t += timedelta(seconds=rng.randint(0, 120))
    return out


# ----------------------------------------------------------------------------
# investigator notes
# ----------------------------------------------------------------------------
def ch_notes(rng, ts):
    F = "investigator_note"
    p = pick(rng, PEOPLE)
    case = "INV-2024-%04d" % rng.randint(1, 400)
    inv = pick(rng, INVESTIGATORS)
    t = ts
    out = []
    dr = pick(rng, DRUGS)[0].split()[0].lower()
    ph = pick(rng, PHARMS)
    templates = list(range(14))
    rng.shuffle(templates)
    nlines = rng.randint(4, 7)
    first = True
    for k in [0] + [x for x in templates if x != 0][:nlines - 1]:
        L = Line(F).t("[").p(case, "other_id").t("] %s %s (Investigator II): " % (t.strftime("%m/%d/%Y %H:%M"), inv))
        if k == 0:
            d1 = date(2023, rng.randint(9, 12), rng.randint(1, 28))
            d2 = fill_date(rng)
            L.t("Subject ").p(full(p, rng.choice(["fl", "fml", "lower"])), "name").t(", DOB ")
            L.p(dfmt(p.dob, rng.choice(["us_nz", "us2", "short"])), "date")
            L.t(", filled %d Rx for %s at %d pharmacies between " % (rng.randint(8, 30), dr, rng.randint(4, 12)))
            L.p(dfmt(d1, "us_nz"), "date").t(" and ").p(dfmt(d2, "us_nz"), "date").t(".")
        elif k == 1:
            L.t("Address on file ").p(p.street, "address")
            if p.apt:
                L.t(" ").p(p.apt, "address")
            L.t(", ").p(p.city, "address").t(" ").p(p.zip5, "zip").t(" (").p(p.county + " County", "address").t(").")
        elif k == 2:
            L.t("Called subject's listed number ").p(phfmt(p.phone, rng.choice(["paren", "dash"])), "phone")
            L.t(" - no answer, VM full. Alt # from pharmacy profile ").p(phfmt(p.phone2, rng.choice(["dot", "raw", "sp"])), "phone").t(".")
        elif k == 3:
            plate = "%s%s%s %04d" % (rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
                                     rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), rng.randint(0, 9999))
            L.t("Per sheriff's office, subject seen driving a %d %s, OH plate " % (
                rng.randint(2004, 2019), rng.choice(["silver Chevy Malibu", "black Dodge Ram", "maroon Ford Taurus",
                                                     "white Nissan Altima"])))
            L.p(plate, "vehicle").t(", VIN ").p(vin(rng), "vehicle").t(", at 3 of the pharmacies on the same day.")
        elif k == 4:
            handle = (fold(p.first).lower().replace(" ", "") + "." + fold(p.last).lower().replace(" ", "").replace("'", "")[:6]
                      + str(rng.randint(1, 99)))
            L.t("Marketplace posts traced to ").p("https://www.facebook.com/" + handle, "url")
            L.t(' advertising "%s" for pickup near the Kroger lot.' % pick(rng, SLANG))
        elif k == 5:
            if rng.random() < 0.6:
                L.t("Medicaid recipient ID ").p(p.medicaid, "health_plan").t(" - referred to ODM Coordinated Services "
                                                                              "Program (lock-in) review.")
            else:
                L.t("Medicare MBI ").p(p.mbi, "health_plan").t(" on pharmacy claims; Part D plan notified via MEDIC referral.")
        elif k == 6:
            c = card(rng)
            if rng.random() < 0.5:
                c = " ".join(c[i:i + 4] for i in range(0, 16, 4))
            L.t("Subpoena return (Fifth Third): card ").p(c, "account").t(" used for cash-pay fills at %d locations."
                                                                           % rng.randint(3, 9))
        elif k == 7:
            L.t("Warrant return lists handset IMEI ").p(imei(rng), "device").t(" (prepaid, activated %s)." %
                                                                            rng.choice(["Jan 2024", "Dec 2023"]))
        elif k == 8:
            rel = rng.choice(["mother", "brother", "girlfriend", "uncle", "daughter"])
            q = make_person(rng, state=p.state, sex="M" if rel in ("brother", "uncle") else "F")
            if rel in ("mother", "brother", "daughter") and rng.random() < 0.7:
                q.last = p.last
            L.t("Emergency contact on pharmacy profile: %s " % rel).p(full(q, rng.choice(["fl", "init"])), "name")
            L.t(", ").p(phfmt(q.phone, rng.choice(["dash", "paren", "raw"])), "phone").t(".")
        elif k == 9:
            g = [x for x in PEOPLE if x.age >= 90 and x.sex == "F"]
            q = pick(rng, g)
            L.t("Subject's grandmother ").p(full(q, "fl"), "name").t(" (").p(str(q.age), "age")
            L.t(" y/o) also has active Rx for %s at %s; possible diversion from her supply." % (dr, ph.name.title()))
        elif k == 10:
            L.t("Spoke with pharmacist %s %s at %s (NCPDP %s); states subject presented OH DL " % (
                ph.pharmacist[1].title(), ph.pharmacist[0].title(), ph.name.title(), ph.ncpdp))
            L.p(p.dl, "license").t(" and paid cash each time.")
        elif k == 11:
            L.t("Email forwarded by prescriber's office from ").p(p.email, "email").t(" requesting early refill "
                                                                                      "(\"lost meds\").")
        elif k == 12:
            pr = pick(rng, PRESC)
            L.t("Interviewed Dr. %s %s (NPI %s); states UDS consistent x3, PDMP checked at each visit." % (
                pr.first, pr.last, pr.npi))
        else:
            L.t("SSN per BMV record ").p("%s-%s-%s" % (p.ssn[:3], p.ssn[3:5], p.ssn[5:]), "ssn").t(
                " matches 2 aliases in pharmacy profiles.")
        out.append(L)
        t += timedelta(minutes=rng.randint(5, 600))
        first = False
    return out


def ch_notes_es(rng, ts):
    F = "investigator_note"
    p = make_person(rng)
    p.first = rng.choice(["Maritza", "José Ángel", "Yaritza", "Héctor Luis", "Nilda", "Edwin", "Migdalia"])
    p.last = rng.choice(["Colón Rivera", "Figueroa Santiago", "Ortiz Maldonado", "Rodríguez Vélez", "Cruz Pagán"])
    case = "PR-PDMP-2024-%03d" % rng.randint(1, 200)
    city, zp = rng.choice([("Bayamón", "00956"), ("Caguas", "00725"), ("Ponce", "00716"), ("Mayagüez", "00680"),
                           ("Arecibo", "00612")])
    out = []
    L = Line(F).t("[CASO ").p(case, "other_id").t("] %s Inv. M. Acevedo (enlace PR): La paciente " % ts.strftime("%d/%m/%Y %H:%M"))
    L.p(p.first + " " + p.last, "name").t(" (f. nac. ").p(dfmt(p.dob, rng.choice(["dmy_slash", "es"])), "date")
    L.t("), residente en ").p("Calle %s #%d" % (rng.choice(["Betances", "Muñoz Rivera", "Las Flores", "Degetau"]),
                                               rng.randint(1, 300)), "address")
    L.t(", ").p(city, "address").t(" PR ").p(zp, "zip").t(", despachó %d recetas de %s en %d farmacias de Ohio." % (
        rng.randint(4, 15), pick(rng, DRUGS)[0].split()[0].lower(), rng.randint(3, 8)))
    out.append(L)
    L = Line(F).t("[CASO ").p(case, "other_id").t("] Tel. de contacto ").p(
        "(787) %03d-%04d" % (rng.randint(200, 999), rng.randint(0, 9999)), "phone").t("; la hija ").p(
        rng.choice(["Keila", "Nahomy", "Adriana"]) + " " + p.last.split()[0], "name").t(" confirma la mudanza.")
    out.append(L)
    return out


def ch_casemgmt(rng, ts):
    F = "casemgmt"
    inv = pick(rng, INVESTIGATORS)
    u = (inv.split(". ")[0] + inv.split(". ")[1]).lower()
    return [Line(F).t("%s [casemgmt] export started user=%s scope=OPEN_CASES format=PDF batch=EXP-%d" % (
        ts.strftime("%Y-%m-%dT%H:%M:%S"), u, rng.randint(1000, 9999))),
        Line(F).t("%s [casemgmt] export finished batch ok cases=%d pages=%d sha1=%s" % (
            (ts + timedelta(seconds=rng.randint(5, 90))).strftime("%Y-%m-%dT%H:%M:%S"), rng.randint(5, 60),
            rng.randint(20, 900), hexs(rng, 40)))]


# ----------------------------------------------------------------------------
# single-line fillers
# ----------------------------------------------------------------------------
def noise1(rng, ts):
    k = rng.randrange(10)
    if k == 0:
        L = Line("haproxy").t("%s pmp-lb01 haproxy[%d]: 10.40.0.%d:%d [%s] fe_https~ be_pmp/tc%d %d/0/%d/%d/%d 200 %d - - "
                              "---- %d/%d/%d/%d/0 0/0 \"GET /pmp/actuator/health HTTP/1.1\"" % (
                                  sysl(ts), rng.randint(1000, 9000), rng.randint(2, 9), rng.randint(30000, 65000),
                                  ts.strftime("%d/%b/%Y:%H:%M:%S.") + ms(ts), rng.randint(1, 4), rng.randint(0, 3),
                                  rng.randint(0, 3), rng.randint(1, 40), rng.randint(2, 50), rng.randint(100, 400),
                                  rng.randint(1, 90), rng.randint(1, 90), rng.randint(0, 20), rng.randint(0, 10)))
    elif k == 1:
        L = Line("prometheus").t("pmp_asap_records_loaded_total{state=\"OH\",source=\"sftp\",status=\"accepted\"} %d %d" % (
            rng.randint(10 ** 6, 10 ** 8), int(ts.timestamp() * 1000)))
    elif k == 2:
        L = Line("prometheus").t("pmp_gateway_request_duration_seconds_bucket{vendor=\"%s\",le=\"%s\"} %d" % (
            rng.choice(["epic", "oracle_health", "athena", "meditech"]), rng.choice(["0.25", "0.5", "1", "2.5", "+Inf"]),
            rng.randint(100, 90000)))
    elif k == 3:
        L = Line("quartz").t("%s,%s INFO  [QuartzScheduler_Worker-%d] g.p.jobs.JobAudit - job=%s fired=%s next=%s "
                             "duration_ms=%d" % (ts.strftime("%Y-%m-%d %H:%M:%S"), ms(ts), rng.randint(1, 10),
                                                 rng.choice(["NightlyRxNormRefresh", "NppesDeltaImport",
                                                             "DeaRegistryImport", "ThresholdEvaluation",
                                                             "PurgeExpiredSessions", "HubCertificateCheck"]),
                                                 ts.strftime("%H:%M:%S"), (ts + timedelta(hours=1)).strftime("%H:%M:%S"),
                                                 rng.randint(50, 900000)))
    elif k == 4:
        L = Line("gc_log").t("[%s][%d.%03ds][info][gc] GC(%d) Pause Young (Normal) (G1 Evacuation Pause) %dM->%dM(4096M) %d.%03dms" % (
            ts.strftime("%Y-%m-%dT%H:%M:%S.") + ms(ts) + "-0400", rng.randint(1000, 90000), rng.randint(0, 999),
            rng.randint(100, 9000), rng.randint(1500, 3500), rng.randint(400, 1400), rng.randint(2, 60), rng.randint(0, 999)))
    elif k == 5:
        L = Line("hub_log").t("%sZ  INFO 1 --- [hub-metrics-1] o.p.hub.metrics.Throughput : window=60s inbound=%d outbound=%d "
                              "p95_ms=%d errors=%d" % (ts.strftime("%Y-%m-%dT%H:%M:%S.") + ms(ts), rng.randint(0, 400),
                                                       rng.randint(0, 900), rng.randint(100, 6000), rng.randint(0, 9)))
    elif k == 6:
        L = Line("sftp_syslog").t("%s pmp-sftp01 CRON[%d]: (root) CMD (/opt/pmp/bin/purge_uploads.sh --older-than 30d >/dev/null 2>&1)" % (
            sysl(ts), rng.randint(1000, 60000)))
    elif k == 7:
        L = Line("tomcat").t("%s  INFO %d --- [   scheduling-1] g.p.gateway.TokenRefresher               : refreshed OAuth2 "
                             "token client_id=pmp-ehr-%s expires_in=3600 kid=%s" % (
                                 sb_ts(ts), rng.randint(2000, 30000), rng.choice(["epic", "cerner", "athena"]), hexs(rng, 8)))
    elif k == 8:
        L = Line("gateway_json")
        jemit(L, {"@timestamp": isots(ts), "level": "INFO", "logger_name": "com.pmpgw.ops.RateLimiter",
                  "message": "rate limit window reset", "licensee": "OH-PMP", "vendor": rng.choice(["Epic", "MEDITECH"]),
                  "used": rng.randint(0, 5000), "limit": 6000, "traceId": hexs(rng, 32)})
    else:
        L = Line("iis_w3c").t("%s 10.20.1.%d GET /healthcheck.htm - 80 - 10.20.0.2 ELB-HealthChecker/2.0 - 200 0 0 %d" % (
            (ts + timedelta(hours=4)).strftime("%Y-%m-%d %H:%M:%S"), rng.randint(5, 9), rng.randint(0, 3)))
    return [L]


def phi1(rng, ts):
    k = rng.randrange(4)
    if k == 0:
        return _pipe1(rng, ts)
    if k == 1:
        p = pick(rng, PEOPLE)
        L = Line("iis_w3c").t("%s 10.20.1.%d POST /PMPPortal/SelfRequest/Submit.aspx - 443 " % (
            (ts + timedelta(hours=4)).strftime("%Y-%m-%d %H:%M:%S"), rng.randint(5, 9)))
        L.p(p.username, "other_id").t(" ").p(pub_ip(rng), "ip").t(" %s - 302 0 0 %d" % (rng.choice([UA_IOS, UA_AND]),
                                                                                      rng.randint(100, 900)))
        return [L]
    if k == 2:
        p = pick(rng, PEOPLE)
        L = Line("tomcat").t("%s  INFO %d --- [nio-8443-exec-%d] g.p.api.PatientSearchController          : search by=%s "
                             "criteria={last=" % (sb_ts(ts), rng.randint(2000, 30000), rng.randint(1, 40), pick(rng, PRESC).user))
        L.p(fold(p.last), "name").t(", first=").p(fold(p.first), "name").t(", dob=").p(dfmt(p.dob, "iso"), "date")
        L.t("} matches=%d consolidated=%s" % (rng.randint(1, 4), "true"))
        return [L]
    p = pick(rng, PEOPLE)
    L = Line("bridge_json")
    jemit(L, {"ts": ts.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d" % ts.microsecond + "+00:00", "lvl": "warning",
              "svc": "pdmp-bridge", "evt": "pmp_no_match", "pt_lname": P(p.last, "name"),
              "pt_dob": P(dfmt(p.dob, "iso"), "date"), "pt_mrn": P(p.mrn, "mrn"), "retry": False}, spaced=True)
    return [L]


def _pipe1(rng, ts):
    pr = pick(rng, PRESC)
    p = pick(rng, PEOPLE)
    L = Line("audit_pipe").t("QRY|%s|%s|PRESCRIBER|PT=" % (ts.strftime("%Y%m%d|%H%M%S"), pr.user.upper()))
    L.p(fold(p.last), "name").t("^").p(fold(p.first), "name").t("^^|DOB=").p(dfmt(p.dob, "ymd"), "date")
    L.t("|STATES=OH|RESULTS=%d|RPT=NAR-%d" % (rng.randint(0, 40), rng.randint(100000, 999999)))
    return [L]


GEN = {"asap": ch_asap, "asap_wrap": ch_asap_wrap, "asap_zero": ch_asap_zero, "val": ch_validation,
       "val_json": ch_validation_json, "sftp": ch_sftp, "gw_json": ch_gw_json, "gw_xml": ch_gw_xml,
       "gw_xml_pretty": ch_gw_xml_pretty, "hub": ch_hub, "hub_es": ch_hub_es, "hub_health": ch_hub_health,
       "audit_csv": ch_audit_csv, "audit_pipe": ch_audit_pipe, "delegate": ch_delegate, "ur": ch_unsolicited,
       "postfix": ch_postfix, "tomcat": ch_tomcat, "access": ch_access, "iis": ch_iis, "notes": ch_notes,
       "notes_es": ch_notes_es, "casemgmt": ch_casemgmt, "noise1": noise1, "phi1": phi1}

PLAN = [("asap", 5), ("asap_wrap", 2), ("asap_zero", 1), ("val", 3), ("val_json", 4), ("sftp", 3), ("gw_json", 14),
        ("gw_xml", 6), ("gw_xml_pretty", 1), ("hub", 5), ("hub_es", 2), ("hub_health", 2), ("audit_csv", 5),
        ("audit_pipe", 5), ("delegate", 3), ("ur", 4), ("postfix", 2), ("tomcat", 6), ("access", 4), ("iis", 4),
        ("notes", 7), ("notes_es", 2), ("casemgmt", 1)]


def run(name, seed, ts):
    return GEN[name](random.Random(seed), ts)


def main():
    insts = []
    k = 0
    for name, cnt in PLAN:
        for _ in range(cnt):
            insts.append((name, 1000 + k))
            k += 1
    # pass 1: sizes (content does not depend on ts)
    total = noise = 0
    for name, seed in insts:
        ls = run(name, seed, BASE)
        total += len(ls)
        noise += sum(1 for l in ls if not l.spans)
    need = N_LINES - total
    need_noise = TARGET_NOISE - noise
    assert 0 <= need_noise <= need, (total, noise, need, need_noise)
    insts += [("noise1", 5000 + j) for j in range(need_noise)]
    insts += [("phi1", 6000 + j) for j in range(need - need_noise)]
    order = random.Random(4242)
    order.shuffle(insts)
    clock = random.Random(777)
    ts = BASE
    lines = []
    for name, seed in insts:
        ts = ts + timedelta(seconds=clock.randint(30, 400), microseconds=clock.randint(0, 999999))
        ls = run(name, seed, ts)
        if name == "noise1":
            assert all(not l.spans for l in ls)
        if name == "phi1":
            assert all(l.spans for l in ls)
        lines += ls
    assert len(lines) == N_LINES, len(lines)
    logb = []
    labels = []
    for i, L in enumerate(lines, 1):
        b = bytes(L.buf)
        assert b and b"\n" not in b and b"\r" not in b, i
        b.decode("utf-8")
        prev = 0
        spans = []
        for s, e, c, v in sorted(L.spans):
            assert s >= prev and e > s, (i, s, e)
            assert b[s:e] == v.encode("utf-8"), (i, b[s:e], v)
            prev = e
            spans.append({"s": s, "e": e, "cat": c})
        logb.append(b)
        labels.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"\n".join(logb))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8") as f:
        f.write("\n".join(labels))
    nn = sum(1 for L in lines if not L.spans)
    print("lines", len(lines), "noise", nn, "%.1f%%" % (100.0 * nn / len(lines)))


if __name__ == "__main__":
    main()
