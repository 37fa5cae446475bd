#!/usr/bin/env python3
"""gen_nx.py -- synthetic, labeled log corpus "nx" (standard library only, deterministic).

Theme: Crestmoor Home Medical, an ostomy / wound / continence DMEPOS supplier serving home
patients.  Systems: fax intake + OCR (Kofax-like), Brightree-like billing/intake integration
(.NET Serilog, JSON and SOAP XML), Salesforce (Apex debug log, CDC events), X12 837P / 835,
CMS-1500 form filler, Medicare DMEPOS documentation rules (WOPD, POD, F2F), FedEx and UPS
tracking webhooks, Five9-like call records (CSV), IVR transcripts (en-US / es-US), NestJS
and Go microservices, Kafka broker / Kafka Connect / Debezium change events, auto-refill
reminders (Twilio SMS, SendGrid e-mail), nurse wound-photo upload API (pino JSON with base64
thumbnails and EXIF), PDF generation errors, Windows Server (Snare) events and IIS W3C logs
from the warehouse, Envoy sidecar access logs.

Every person and identifier is synthetic.  Writes nx.log and nx.labels.jsonl next to itself.

Labeling decisions:
- Labeled people: patients/beneficiaries, their relatives and caregivers (callers, designees who
  sign a proof of delivery, people picking up at will-call), subscribers and guarantors.
- Not labeled: staff doing their work (CSRs, nurses, drivers, warehouse and Windows accounts,
  Salesforce users), prescribers (names, NPI, clinic phone/fax), payers, carriers, facilities,
  the company's own phone/fax/e-mail/bank data, public test values (4111 1111 1111 1111).
- name: a person's full name is one span in any form ("Last, First M", "FIRST LAST", initials,
  lower case, URL-encoded); X12/XML/JSON first and last name fields are separate spans; a lone
  first name in a greeting ("Hi Maria") is labeled name.
- address: street line (with unit) and city are separate `address` spans, the state is not
  labeled, the ZIP (5 or ZIP+4) is `zip`.  EXIF GPS latitude and longitude of a photo taken in
  the patient's home are each an `address` span (geocodes).  Business addresses not labeled.
- date: DOB, dates of service/delivery, WOPD order date, face-to-face date, next refill/ship
  date, photo visit date and EXIF DateTimeOriginal, Debezium io.debezium.time.Date integers
  (days since epoch) that encode a DOB, URL-encoded dates.  Log/event timestamps (carrier scan
  times, call start times, CDC commit times, 835 production dates) are not labeled.
- age: only ages over 89 (digits or Spanish words); younger ages are left unlabeled.
- phone: any form (dashed, dotted, E.164, URL-encoded %2B1..., spoken digits).  fax: a fax
  number of the patient (home fax CSID/ANI, Brightree Fax field); clinic fax not labeled.
- mrn: the DME patient number (PatientKey / BrightreeID / patientId / pt= / CDC key) and
  hospital MRNs printed on referral faxes.
- health_plan: Medicare MBI (with or without dashes), Medicaid RIN, commercial member IDs.
- account: patient account / patient control numbers (CLM01, CLP01, CMS-1500 box 26,
  billing account), full payment card numbers.  Masked values showing only the last 4
  digits (card or SSN) are not labeled; 835 BPR bank accounts are the company's/payer's.
- ssn: full SSNs in any format including spoken digits.
- device: serial numbers of NPWT pumps rented to a patient (ticket and registry), a patient phone IMEI.
  Camera body serials of the nurse's agency phone and warehouse hardware are not labeled.
- vehicle: licence plate or VIN of a patient's/relative's car at will-call pickup.
- license: driver's licence number of a patient/relative checked at pickup or on file.
- url: per-patient refill/portal links carrying a personal token (whole URL one span).
- ip: public IPs of patients (portal logins, e-mail open/click events); internal 10.x,
  pod and carrier IPs not labeled.
- biometric: IVR voice-verification voiceprint templates.
- photo: base64 image data of the patient (wound-photo thumbnails), without the
  "data:image/jpeg;base64," prefix; base64 logos/label images are not labeled.
- other_id: Salesforce Contact record Ids of patients, portal usernames, Medicare
  redetermination/appeal numbers, payer claim control numbers (ICN, CLP07).
- Never labeled: sales order numbers (SO-...), tracking numbers, claim batch/file IDs,
  trace/span IDs, UUIDs, HCPCS/ICD-10 codes, NPIs, tax IDs, versions, ports, hashes.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import urllib.parse
import uuid

ID = "nx"
N_LINES = 500
rng = random.Random(0x6E78_2024)

HERE = os.path.dirname(os.path.abspath(__file__))


# ----------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat is None:
            return self.t(s)
        b = len(s.encode("utf-8"))
        self.spans.append((self.n, self.n + b, cat, s))
        self.buf.append(s)
        self.n += b
        return self

    def text(self):
        return "".join(self.buf)


class P:
    """A value to be labeled when serialised."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


def jdump(L, obj, sep=(",", ":")):
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            enc = json.dumps(obj.v, ensure_ascii=False)
            L.t('"').p(enc[1:-1], obj.cat).t('"')
        else:
            L.p(json.dumps(obj.v), obj.cat)
    elif isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=False) + sep[1])
            jdump(L, v, sep)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(sep[0])
            jdump(L, v, sep)
        L.t("]")
    else:
        L.t(json.dumps(obj, ensure_ascii=False))


def kv(L, key, val, cat=None, quote=None, lead=" "):
    val = str(val)
    if quote is None:
        quote = (" " in val) or ("=" in val) or ('"' in val) or val == ""
    L.t(f"{lead}{key}=")
    if quote:
        L.t('"').p(val.replace('"', '\\"'), cat).t('"')
    else:
        L.p(val, cat)
    return L


# ----------------------------------------------------------------------------- clock
class Clock:
    now = dt.datetime(2024, 9, 16, 5, 58, 3, 117000)


def adv(lo=0.2, hi=22.0):
    Clock.now += dt.timedelta(seconds=rng.uniform(lo, hi))


def NL(fam):
    adv()
    return Line(fam)


def ms():
    return Clock.now.microsecond // 1000


def utc():
    return Clock.now + dt.timedelta(hours=5)


def ts_z():
    u = utc()
    return u.strftime("%Y-%m-%dT%H:%M:%S") + f".{u.microsecond // 1000:03d}Z"


def ts_off():
    return Clock.now.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00"


def ts_sp():
    return Clock.now.strftime("%Y-%m-%d %H:%M:%S") + f".{ms():03d}"


def ts_comma():
    return Clock.now.strftime("%Y-%m-%d %H:%M:%S") + f",{ms():03d}"


def epoch_ms():
    return int((utc() - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def nest_ts():
    n = Clock.now
    h = n.hour % 12 or 12
    return n.strftime("%m/%d/%Y, ") + f"{h}:{n.minute:02d}:{n.second:02d} {'AM' if n.hour < 12 else 'PM'}"


# ----------------------------------------------------------------------------- value makers
def ri(a, b):
    return rng.randint(a, b)


def ch(seq):
    return rng.choice(seq)


def digits(n):
    return "".join(str(ri(0, 9)) for _ in range(n))


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(ch(alphabet) for _ in range(n))


def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return body + str((10 - total % 10) % 10)


def npi():
    base = str(ri(1, 1)) + digits(8)
    s = "80840" + base
    total = 0
    for i, c in enumerate(reversed(s)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return base + str((10 - total % 10) % 10)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    return (ch("123456789") + ch(MBI_A) + ch(MBI_AN) + ch("0123456789") + ch(MBI_A) + ch(MBI_AN)
            + ch("0123456789") + ch(MBI_A) + ch(MBI_A) + ch("0123456789") + ch("0123456789"))


def mbi_dash(m):
    return f"{m[:4]}-{m[4:7]}-{m[7:]}"


def ssn():
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{ri(1, 99):02d}-{ri(1, 9999):04d}"


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    v = list(ch(["1G1", "2T1", "1FM", "5NP", "3VW", "1HG", "JTD", "4T1"]) + alnum(5, VIN_CH) + "0"
             + ch("RST") + alnum(1, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def phone_fmt(d, style=None):
    a, e, l = d[:3], d[3:6], d[6:]
    style = style if style is not None else ri(0, 6)
    return [f"({a}) {e}-{l}", f"{a}-{e}-{l}", f"{a}{e}{l}", f"+1{a}{e}{l}", f"{a}.{e}.{l}",
            f"+1 {a} {e} {l}", f"1-{a}-{e}-{l}"][style]


def phone_digits():
    return ch(["312", "773", "708", "630", "847", "815", "219", "414", "262", "872", "574", "779"]) + \
        str(ri(2, 9)) + digits(2) + digits(4)


DATE_STYLES = ["%m/%d/%Y", "%Y-%m-%d", "%Y%m%d", "%d-%b-%Y", "%b %d, %Y", "%m-%d-%Y", "%-m/%-d/%y",
               "%d/%m/%Y", "%B %-d, %Y", "%m/%d/%y"]


def dfmt(d, style):
    if style == "%-m/%-d/%y":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "%B %-d, %Y":
        return f"{d.strftime('%B')} {d.day}, {d.year}"
    return d.strftime(style)


TODAY = dt.date(2024, 9, 16)

FIRST_F = ["María", "Guadalupe", "Dolores", "Mei-Ling", "Aaliyah", "Ngozi", "Svetlana", "Yuki", "Priya",
           "Fatima", "Aisha", "Ingrid", "Siobhan", "Leilani", "Thanh Huong", "Esperanza", "Rosario",
           "Eleanor", "Mildred", "Gertrude", "Bernice", "Lucille", "Delphine", "Anastasia", "Carmela",
           "Soo-jin", "Agnieszka", "Yolanda", "LaToya", "Nkechi", "Zainab", "Sinéad", "Zoë", "Renée",
           "Hazel", "Opal", "Consuelo", "Wilhelmina", "Bao", "Ama"]
FIRST_M = ["José", "Wei", "Oluwaseun", "Chidi", "Dmitri", "Hiroshi", "Rajesh", "Mohammed", "Björn",
           "Seamus", "Kalani", "Minh", "Harold", "Walter", "Earl", "Clarence", "Giuseppe", "Ji-woo",
           "Tomasz", "DeShawn", "Kwame", "Ahmad", "François", "Lorenzo", "Ignacio", "Abdirahman",
           "Teodoro", "Rafael", "Jean-Baptiste", "Arturo", "Elmer", "Otis", "Bartholomew", "Thanh"]
LAST = ["González", "Hernández", "Nguyen", "Okonkwo", "Al-Sayed", "van der Berg", "de la Cruz", "O'Neill",
        "McAllister", "Kowalski", "Wiśniewska", "Yamamoto", "Kim", "Park-Lee", "Patel", "Ramanathan",
        "Abernathy", "Dubois", "St. Clair", "Dos Santos", "Haddad", "Schmidt", "Johansson", "Adeyemi",
        "Fitzgerald", "Washington", "Jefferson-Blake", "Ruiz-Ochoa", "Tran", "Pham", "Castellanos",
        "Esposito", "Novak", "Horváth", "Lindqvist", "Murphy", "Begay", "Yazzie", "Kealoha", "Ibarra",
        "Villanueva", "Friedman", "Ben-David", "Kaplan", "Oyelaran", "Mwangi", "Quiñones", "DiStefano",
        "Van Houten", "MacLeod", "Szymańska", "Bui", "Delacroix-Moreau", "Nakamura-Reyes", "Whitehorse",
        "Abdi", "Olawale"]
HISPANIC = {"González", "Hernández", "de la Cruz", "Dos Santos", "Ruiz-Ochoa", "Castellanos", "Ibarra",
            "Villanueva", "Quiñones", "Nakamura-Reyes"}
CITIES = [("Chicago", "IL", ["60608", "60609", "60617", "60619", "60623", "60625", "60629", "60632", "60639",
                             "60647"]),
          ("Cicero", "IL", ["60804"]), ("Berwyn", "IL", ["60402"]), ("Joliet", "IL", ["60432", "60435"]),
          ("Aurora", "IL", ["60505", "60506"]), ("Evanston", "IL", ["60201", "60202"]),
          ("Skokie", "IL", ["60076", "60077"]), ("Waukegan", "IL", ["60085"]), ("Elgin", "IL", ["60120", "60123"]),
          ("Oak Lawn", "IL", ["60453"]), ("Rockford", "IL", ["61104", "61107"]), ("Gary", "IN", ["46404", "46408"]),
          ("Hammond", "IN", ["46320", "46324"]), ("South Bend", "IN", ["46601", "46615"]),
          ("Milwaukee", "WI", ["53204", "53215", "53209"]), ("Kenosha", "WI", ["53140", "53144"]),
          ("Racine", "WI", ["53403"]), ("Des Plaines", "IL", ["60016"]), ("Blue Island", "IL", ["60406"]),
          ("Harvey", "IL", ["60426"])]
STREETS = ["N Kedzie Ave", "W 63rd St", "S Pulaski Rd", "W Cermak Rd", "N Milwaukee Ave", "S Ashland Ave",
           "Maple St", "Oak Park Ave", "W Lincoln Hwy", "E Washington St", "S 16th St", "W Greenfield Ave",
           "Sheridan Rd", "N Broadway", "Calumet Ave", "W Devon Ave", "Ridge Ave", "S Halsted St",
           "Grand Blvd", "W Addison St", "Lakeview Ter", "Cedar Crest Dr", "Prairie View Ln", "Hollister Ct",
           "County Road 12", "S Kolin Ave", "W 26th St", "Harlem Ave"]
UNITS = ["", "", "", "", " Apt 2", " Apt 3B", " Unit 12", " #204", " Fl 2", " Apt 1R", " Apt 507"]
MAIL = ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "att.net", "hotmail.com", "outlook.com",
        "icloud.com", "sbcglobal.net"]
PRODUCTS = {
    "ostomy": [("A4414", "Ostomy skin barrier w/flange 4x4"), ("A4405", "Ostomy skin barrier non-pectin"),
               ("A5063", "Ostomy pouch drainable 2-pc"), ("A4450", "Tape non-waterproof per 18 sq in"),
               ("A5093", "Ostomy accessory convex insert")],
    "wound": [("A6212", "Foam dressing w/o border 16-48 sq in"), ("A6021", "Collagen dressing <=16 sq in"),
              ("E2402", "NPWT electrical pump stationary/portable"), ("A6550", "Wound care set for NPWT"),
              ("A6248", "Hydrogel dressing wound filler gel per fl oz")],
    "continence": [("A4351", "Intermittent urinary catheter straight tip"),
                   ("A4353", "Intermittent urinary catheter with insertion supplies"),
                   ("A4357", "Bedside drainage bag"), ("A4358", "Urinary drainage bag leg"),
                   ("A4326", "Male external catheter")],
}
PAYERS = [("MEDICARE", "CGS ADMINISTRATORS LLC - JURISDICTION B DME MAC", "17013"),
          ("MEDICARE", "CGS ADMINISTRATORS LLC - JURISDICTION B DME MAC", "17013"),
          ("MEDICARE", "CGS ADMINISTRATORS LLC - JURISDICTION B DME MAC", "17013"),
          ("IL MEDICAID", "ILLINOIS DEPT HEALTHCARE AND FAMILY SERVICES", "IL621"),
          ("BCBSIL", "BLUE CROSS BLUE SHIELD OF ILLINOIS", "00621"),
          ("HUMANA MA", "HUMANA GOLD PLUS HMO", "61101"),
          ("UHC", "UNITEDHEALTHCARE COMMUNITY PLAN", "87726")]

STAFF_CSR = ["Tamika Rowe", "Luis Ocampo", "Brenda Kowalczyk", "Arjun Mehta", "Kayla Brennan", "Marisol Vega",
             "Devon Pratt"]
STAFF_RN = ["Dana Whitfield, RN", "Olga Petrenko, RN, CWOCN", "Marcus Bell, LPN", "Grace Oduya, RN, WCC"]
WIN_USERS = ["jtorres", "kmiller", "svc_wms", "apatel", "rlindgren", "svc_print", "dnguyen2"]
PRESCRIBERS = [("ADEBAYO-PRICE", "SAMUEL", "MD"), ("LINDHOLM", "REBECCA", "NP"), ("CHAUDHRY", "FARAH", "MD"),
               ("KOSTOPOULOS", "NIKOS", "DO"), ("WEATHERSPOON", "ALICIA", "PA-C"), ("IYER", "RAMESH", "MD")]
PRESCRIBER_NPI = {p[0]: npi() for p in PRESCRIBERS}
CLINICS = [("NORTHSHORE WOUND & OSTOMY CLINIC", "8475550142", "8475550143"),
           ("ADVOCATE CHRIST MC WOUND CTR", "7085550190", "7085550191"),
           ("RUSH UROLOGY ASSOCIATES", "3125550118", "3125550119"),
           ("LORETTO HOSP SURGICAL CLINIC", "7735550166", "7735550167"),
           ("FROEDTERT COLORECTAL SURGERY", "4145550132", "4145550133")]
CO_NAME = "CRESTMOOR HOME MEDICAL LLC"
CO_NPI = npi()
CO_TIN = "36-" + digits(7)
CO_PHONE = "8445550199"
CO_FAX = "8445550198"


def mk_patient(i):
    sex = ch("FM")
    first = ch(FIRST_F if sex == "F" else FIRST_M)
    last = ch(LAST)
    if rng.random() < 0.08:
        last = ch(LAST) + "-" + ch(["Ortiz", "Baker", "Mensah", "Lowe"])
    if rng.random() < 0.17:
        dob = dt.date(ri(1927, 1934), ri(1, 12), ri(1, 28))
    else:
        dob = dt.date(ri(1938, 1978), ri(1, 12), ri(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    city, state, zips = ch(CITIES)
    fa, la = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("'", "")
    payer = ch(PAYERS)
    line = ch(["ostomy", "ostomy", "wound", "wound", "continence", "continence"])
    p = dict(
        first=first, last=last, mi=ch("ABCDEFGHJKLMNPRSTW"), sex=sex, dob=dob, age=age,
        street=f"{ri(12, 9899)} {ch(STREETS)}{ch(UNITS)}", city=city, state=state, zip=ch(zips),
        zip4=digits(4), phone=phone_digits(), fax=phone_digits(),
        email=ch([f"{fa}.{la}{ri(1, 99)}", f"{fa[0]}{la}{dob.year % 100:02d}", f"{la}.{fa}", f"{fa}{la}{dob.year}",
                  f"{fa}_{la[:5]}"]) + "@" + ch(MAIL),
        mbi=mbi(), medicaid=digits(9), member=ch(["XOF", "XOJ", "H", "9", "W2"]) + digits(8),
        payer=payer, ssn=ssn(), pid=str(100200 + i * 613 + ri(0, 500)), acct=f"20-{ri(100000, 999999)}",
        sfid="0035e00000" + alnum(5, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789") +
             alnum(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ012345"),
        user=ch([f"{fa[0]}{la[:7]}{ri(1, 99)}", f"{fa}.{la[:4]}", f"{la}{dob.year % 100:02d}"]),
        serial=ch(["VKPN", "VFPD", "VGMX"]) + digits(5), dl=fold(last)[0].upper() + f"{digits(3)}-{digits(4)}-{digits(4)}",
        plate=ch([f"{alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')} {digits(5)}", f"{alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(4)}",
                  f"{digits(3)} {alnum(3, 'ABCDEFGHJKLMNPRSTUVWXYZ')}"]), vin=vin(),
        ip=f"{ch([73, 98, 24, 67, 108, 174, 50, 71, 99, 136])}.{ri(1, 254)}.{ri(0, 255)}.{ri(1, 254)}",
        token=alnum(10, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789"),
        hosp_mrn=ch(["E", "M", "", "00"]) + digits(7), line=line, imei=luhn_complete("35" + digits(6), 15),
        spanish=(last in HISPANIC and rng.random() < 0.8) or rng.random() < 0.1,
    )
    rel = ch(["daughter", "son", "niece", "nephew", "caregiver", "husband" if sex == "F" else "wife"])
    rel_first = ch(FIRST_F if rel in ("daughter", "niece", "wife") else FIRST_M if rel in ("son", "nephew", "husband")
                   else FIRST_F + FIRST_M)
    rel_last = last if rel in ("daughter", "son", "wife", "husband") and rng.random() < 0.8 else ch(LAST)
    p["cg"] = dict(first=rel_first, last=rel_last, rel=rel, phone=phone_digits(), dl=None)
    p["cg"]["dl"] = fold(p["cg"]["last"])[0].upper() + f"{digits(3)}-{digits(4)}-{digits(4)}"
    return p


PATIENTS = [mk_patient(i) for i in range(52)]


FORCE = {"branch": None}


def br(n):
    """Pick a PHI branch 0..n; the builder may force one (to cover rare identifier kinds)."""
    if FORCE["branch"] is not None:
        v, FORCE["branch"] = FORCE["branch"], None
        return v
    return ri(0, n)


def pt():
    return ch(PATIENTS)


def pt_old():
    """A patient over 89 (used by branches that mention the age)."""
    return ch([p for p in PATIENTS if p["age"] > 89])


def fullname(p, style=None):
    f, l, m = p["first"], p["last"], p["mi"]
    style = style if style is not None else ri(0, 8)
    return [f"{f} {l}", f"{l}, {f}", f"{l.upper()}, {f.upper()}", f"{l}, {f} {m}", f"{f} {m}. {l}",
            f"{f.lower()} {l.lower()}", f"{f[0]}. {l}", f"{l.upper()} {f.upper()}", f"{f.upper()} {l.upper()}"][style]


def member_id(p):
    """The ID printed on the patient's primary insurance card."""
    return {"MEDICARE": p["mbi"], "IL MEDICAID": p["medicaid"]}.get(p["payer"][0], p["member"])


def cgname(p):
    return f"{p['cg']['first']} {p['cg']['last']}"


def add_addr(L, p, style=0, upper=False):
    s, c = p["street"], p["city"]
    if upper:
        s, c = s.upper(), c.upper()
    z = p["zip"] if rng.random() < 0.7 else f"{p['zip']}-{p['zip4']}"
    if style == 0:
        L.p(s, "address").t(", ").p(c, "address").t(f", {p['state']} ").p(z, "zip")
    elif style == 1:
        L.p(s, "address").t(" ").p(c, "address").t(f" {p['state']} ").p(z, "zip")
    else:
        L.p(s, "address").t(", ").p(c, "address").t(f" {p['state']} ").p(z, "zip")
    return L


def svc_date():
    return TODAY - dt.timedelta(days=ri(2, 40))


def product(p):
    return ch(PRODUCTS[p["line"]])


def so():
    return f"SO-{ri(2280000, 2299999)}"


def trk_fedex():
    return digits(12)


def trk_ups():
    return "1Z" + alnum(6, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ") + "03" + digits(8)


def jpeg_b64(n):
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(ri(0, 255) for _ in range(n))
    return base64.b64encode(head + body).decode()


def png_b64(n):
    head = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000040000000100806000000")
    body = bytes(ri(0, 255) for _ in range(n))
    return base64.b64encode(head + body).decode()


def traceid():
    return hexs(32)


def spanid():
    return hexs(16)


# ============================================================================= families
# Each generator takes phi (bool) and returns a list of Line objects.

# ---------------------------------------------------------------- Kofax-like fax capture / OCR
FAX_BATCH = [f"FAXIN-20240916-{n:04d}" for n in range(31, 60)]


def kofax_pre(module, level="INFO "):
    L = NL("kofax_capture")
    L.t(f"{ts_sp()} [{module}] [{ri(2000, 9000)}] {level} ")
    return L


def g_kofax(phi):
    b = ch(FAX_BATCH)
    if not phi:
        c = ch(CLINICS)
        opts = [
            ("KfxFaxIn", "INFO ", f"FaxIn: received job {ri(880000, 899999)} from CSID '{c[0][:20]}' ANI {c[2]} "
                                  f"pages={ri(2, 14)} dur={ri(40, 400)}s rate=14400 ECM=on"),
            ("KfxScan", "INFO ", f"Batch '{b}' opened class=DME_FAX_REFERRAL pages={ri(2, 18)} priority={ri(1, 10)} "
                                 f"queue=\\\\KFX-CAP01\\Import\\Fax"),
            ("KfxScan", "INFO ", f"ImagePreprocess: page {ri(1, 6)} deskew {rng.uniform(-2, 2):.1f}deg despeckle=on "
                                 f"blank={ch(['false', 'false', 'true'])} ({ri(30, 300)} ms)"),
            ("KfxRecognition", "INFO ", "Recognition profile 'DME_Referral_v7' loaded (engine=FineReader 12.3.4, "
                                        "lang=English+Spanish, zones=38)"),
            ("KfxRelease", "INFO ", f"Batch '{b}' released to 'KTM_Validation' docs={ri(1, 6)} "
                                    f"elapsed={rng.uniform(2, 40):.1f}s"),
            ("KfxRecognition", "INFO ", f"Batch '{b}' doc {ri(1, 6)} zone PRESCRIBER_NPI "
                                        f"value='{PRESCRIBER_NPI[ch(PRESCRIBERS)[0]]}' conf=0.98 validated=Luhn"),
            ("KfxRecognition", "INFO ", f"Batch '{b}' doc {ri(1, 6)} zone ORDER_HCPCS value='"
                                        f"{','.join(x[0] for x in rng.sample(PRODUCTS[ch(list(PRODUCTS))], 2))}' "
                                        f"conf=0.{ri(80, 99)}"),
            ("KfxRecognition", "INFO ", f"Batch '{b}' doc {ri(1, 6)} zone CLINIC_FAX value='{phone_fmt(c[2], 0)}' "
                                        f"conf=0.{ri(85, 99)} (prescriber office)"),
            ("KTM.Server", "WARN ", f"Low confidence (0.{ri(20, 49)}) on zone PT_DOB page {ri(1, 4)}; routed to manual "
                                    f"validation queue 'Intake-Validate'"),
            ("KfxScan", "INFO ", f"Document separation: barcode sheet detected on page {ri(2, 9)} "
                                 f"(Code128 'SEP-{digits(6)}')"),
            ("KfxLicense", "INFO ", f"License check OK: station KFX-VAL0{ri(1, 4)} volume counter "
                                    f"{ri(100000, 400000)}/500000"),
            ("KfxRecognition", "ERROR", f"Recognition failed page {ri(1, 9)} of batch '{b}': image resolution 98x98 dpi "
                                        f"below minimum 150 (fax fine mode off)"),
            ("KTM.Server", "INFO ", f"Classification: doc {ri(1, 6)} -> 'SWO_WOPD' score=0.{ri(70, 99)}, alt "
                                    f"'ChartNotes' 0.{ri(10, 40)}"),
        ]
        mod, lvl, msg = ch(opts)
        L = kofax_pre(mod, lvl)
        L.t(msg)
        return [L]
    p = pt()
    L = kofax_pre("KfxRecognition")
    r = br(7)
    if r == 0:
        L.t(f"Batch '{b}' doc {ri(1, 6)} zone PT_NAME value='").p(fullname(p, ch([2, 3, 7])), "name") \
            .t(f"' conf=0.{ri(70, 99)}")
    elif r == 1:
        L.t(f"Batch '{b}' doc {ri(1, 6)} zone PT_DOB value='").p(dfmt(p["dob"], ch(["%m/%d/%Y", "%m-%d-%Y",
                                                                                 "%-m/%-d/%y"])), "date") \
            .t(f"' conf=0.{ri(70, 99)} zone PT_MBI value='").p(p["mbi"], "health_plan").t(f"' conf=0.{ri(70, 99)}")
    elif r == 2:
        L.t(f"Batch '{b}' doc {ri(1, 6)} zone PT_ADDR value='")
        add_addr(L, p, ri(0, 2), upper=rng.random() < 0.5)
        L.t("' zone PT_PHONE value='").p(phone_fmt(p["phone"], ch([0, 1, 4])), "phone").t("'")
    elif r == 3:
        L = kofax_pre("KfxFaxIn")
        L.t(f"FaxIn: received job {ri(880000, 899999)} from CSID '").p(phone_fmt(p["fax"], 2), "fax") \
            .t("' ANI ").p(p["fax"], "fax").t(f" pages={ri(1, 3)} dur={ri(30, 90)}s rate=9600 note='patient "
                                              f"self-submitted signed delivery ticket'")
    elif r == 4:
        L.t(f"OCR p1 text: \"PATIENT: ").p(fullname(p, 2), "name").t("  DOB: ") \
            .p(dfmt(p["dob"], ch(["%m/%d/%Y", "%m-%d-%Y"])), "date").t("  MRN: ").p(p["hosp_mrn"], "mrn") \
            .t(f"  Dx: {ch(['L89.314', 'Z93.3', 'Z93.2', 'N39.41', 'L97.412', 'R32'])}  Ordering: "
               f"{', '.join(ch(PRESCRIBERS)[:2])}\"")
    elif r == 5:
        L = kofax_pre("KTM.Server", "WARN ")
        L.t("Validation rule SSN_FORMAT failed on field PatientSSN value='").p(p["ssn"].replace("-", " "), "ssn") \
            .t(f"' doc={ri(1, 6)} batch='{b}' (expected NNN-NN-NNNN)")
    elif r == 6:
        L = kofax_pre("KfxRelease")
        L.t(f"Export to Brightree: doc {ri(1, 6)} -> PatientKey=").p(p["pid"], "mrn").t(" name=\"") \
            .p(fullname(p, 3), "name").t(f"\" docType=WOPD pages={ri(1, 4)} status=OK")
    else:
        L.t(f"Batch '{b}' doc {ri(1, 6)} zone PT_INS value='{p['payer'][0]}' zone PT_MEMBER_ID value='") \
            .p(member_id(p), "health_plan") \
            .t("' zone PT_SSN value='").p(p["ssn"], "ssn").t("'")
    return [L]


# ---------------------------------------------------------------- Brightree-like integration (.NET Serilog)
def bt_pre(level="INF", ctx="Crestmoor.Integrations.Brightree.PatientSync"):
    L = NL("brightree_serilog")
    L.t(f"{ts_sp()} -05:00 [{level}] {ctx}: ")
    return L


def g_brightree(phi):
    if not phi:
        BT = "Crestmoor.Integrations.Brightree."
        opts = [
            ("INF", BT + "OrderPoller", f"Polling SalesOrderService.SalesOrderFetchByDateRange from "
                                        f"2024-09-16T{ri(4, 6):02d}:00:00 page {ri(1, 4)}/4"),
            ("WRN", BT + "Http.RetryHandler", f"Brightree API throttled (HTTP 429), Retry-After={ri(1, 5)}, attempt "
                                              f"{ri(1, 4)}/5, endpoint=/v0200/OrderEntryService/OrderEntryService.svc"),
            ("INF", BT + "Auth.TokenCache", "OAuth token refreshed for client_id=crestmoor-int-prod expires_in=3600 "
                                            "scope=\"patient order pricing\""),
            ("INF", BT + "PatientSync", f"Sync complete: patients={ri(10, 90)} orders={ri(50, 300)} errors={ri(0, 3)} "
                                        f"duration=00:00:{ri(10, 59)}.{ri(1000, 9999)}"),
            ("INF", BT + "OrderPoller", f"SalesOrder {so()} status changed Pending -> Confirmed (BranchKey={ri(1, 5)}, "
                                        f"WIP state 'Ready to Ship')"),
            ("ERR", BT + "Pricing.PricingClient", f"SOAP fault from PricingService.svc: a:InternalServiceFault 'Object "
                                                  f"reference not set to an instance of an object.' (HCPCS "
                                                  f"{ch(PRODUCTS['wound'])[0]}, PriceTableKey {ri(10, 99)})"),
            ("DBG", BT + "Http.LoggingHandler", f"HTTP POST https://webservices.brightree.net/v0100-2002/OrderEntryService/"
                                                f"SalesOrderService.svc responded 200 in {ri(120, 2400)} ms "
                                                f"(RequestId {uid()})"),
            ("INF", BT + "OrderPoller", f"Checkpoint saved: lastModified=2024-09-16T{ri(5, 7):02d}:{ri(0, 59):02d}:"
                                        f"{ri(0, 59):02d}Z cursor={hexs(12)}"),
            ("ERR", BT + "Http.RetryHandler", f"System.Net.Http.HttpRequestException: An error occurred while sending the "
                                              f"request. ---> System.IO.IOException: Unable to read data from the transport "
                                              f"connection (attempt {ri(1, 4)}/5)"),
            ("WRN", BT + "InsuranceSync", f"Payer 'MEDICARE DMERC JB' eligibility cache stale ({ri(25, 70)}h), refreshing "
                                          f"{ri(100, 900)} policies"),
        ]
        lvl, ctx, msg = ch(opts)
        L = bt_pre(lvl, ctx)
        L.t(msg)
        return [L]
    p = pt()
    r = br(5)
    if r == 0:
        L = bt_pre()
        L.t("Upserting patient ")
        jdump(L, {"PatientKey": P(int(p["pid"]), "mrn"), "BranchKey": ri(1, 5),
                  "PatientGeneralInfo": {"Name": {"First": P(p["first"], "name"), "Last": P(p["last"], "name"),
                                                  "MI": p["mi"]},
                                         "BirthDate": P(p["dob"].strftime("%Y-%m-%dT00:00:00"), "date"),
                                         "SSN": P(p["ssn"], "ssn"), "Gender": "Female" if p["sex"] == "F" else "Male"},
                  "PatientContactInfo": {"PhoneNumber": P(phone_fmt(p["phone"], 0), "phone"),
                                         "Fax": P(phone_fmt(p["fax"], 0), "fax"),
                                         "EmailAddress": P(p["email"], "email")},
                  "BillingAccountNumber": P(p["acct"], "account")})
    elif r == 1:
        L = bt_pre("WRN")
        L.t(f"Duplicate patient suspected: PatientKey ").p(p["pid"], "mrn").t(f" vs {int(p['pid']) + ri(3, 900)} "
                                                                            f"(match on LastName='") \
            .p(p["last"], "name").t("', BirthDate=").p(p["dob"].isoformat(), "date").t(")")
    elif r == 2:
        L = bt_pre("DBG", "Crestmoor.Integrations.Brightree.Soap.PatientServiceClient")
        L.t("PatientFetchByBrightreeID response: <PatientFetchByBrightreeIDResult><Items><Patient><BrightreeID>") \
            .p(p["pid"], "mrn").t("</BrightreeID><PatientGeneralInfo><Name><First>").p(p["first"], "name") \
            .t("</First><Last>").p(p["last"], "name").t("</Last></Name><BirthDate>") \
            .p(p["dob"].strftime("%Y-%m-%dT00:00:00"), "date").t("</BirthDate><Age>")
        L.p(str(p["age"]), "age" if p["age"] > 89 else None)
        L.t("</Age></PatientGeneralInfo><DeliveryAddress><AddressLine1>").p(p["street"], "address") \
            .t("</AddressLine1><City>").p(p["city"], "address").t(f"</City><State>{p['state']}</State><PostalCode>") \
            .p(p["zip"], "zip").t("</PostalCode></DeliveryAddress></Patient></Items></PatientFetchByBrightreeIDResult>")
    elif r == 3:
        L = bt_pre("ERR", "Crestmoor.Integrations.Brightree.InsuranceSync")
        bad = p["member"]
        L.t(f"Patient ").p(p["pid"], "mrn").t(": InsuranceInfo.PolicyNumber '").p(bad, "health_plan") \
            .t("' rejected for payer 'MEDICARE DMERC JB' (expected MBI format); previous policy '") \
            .p(mbi_dash(p["mbi"]), "health_plan").t("' kept")
    elif r == 4:
        L = bt_pre("INF", "Crestmoor.Integrations.Brightree.AssetTracking")
        L.t(f"Rental asset assigned: ItemId E2402-{ri(100, 999)} SerialNumber=").p(p["serial"], "device") \
            .t(" to PatientKey=").p(p["pid"], "mrn").t(" delivery ").p(dfmt(svc_date(), "%m/%d/%Y"), "date") \
            .t(" billing cycle 1 of 13 (capped rental)")
    else:
        p = pt_old() if rng.random() < 0.6 else p
        L = bt_pre("INF", "Crestmoor.Integrations.Brightree.PatientSync")
        L.t(f"Patient note added (NoteType=Intake) for ").p(p["pid"], "mrn").t(": \"Spoke with ") \
            .p(cgname(p), "name").t(f" ({p['cg']['rel']}) at ").p(phone_fmt(p["cg"]["phone"], 1), "phone") \
            .t(". Pt is ")
        if p["age"] > 89:
            L.p(str(p["age"]), "age")
        else:
            L.t(str(p["age"]))
        L.t(f" y/o, homebound, prefers deliveries after 10am. DL on file ").p(p["dl"], "license").t("\"")
    return [L]


# ---------------------------------------------------------------- Salesforce Apex debug log
def sf_pre(event):
    L = NL("sfdc_apex_debug")
    n = Clock.now
    L.t(f"{n.strftime('%H:%M:%S')}.{n.microsecond // 100000} ({ri(1000000, 999999999)})|{event}|")
    return L


def g_sfdebug(phi):
    if not phi:
        e = ri(0, 7)
        if e == 0:
            L = sf_pre("CODE_UNIT_STARTED")
            L.t(f"[EXTERNAL]|01p5e00000{alnum(5)}|RefillOutreachBatch.execute")
        elif e == 1:
            L = sf_pre("SOQL_EXECUTE_BEGIN")
            L.t(f"[{ri(20, 300)}]|Aggregations:0|SELECT Id, Next_Refill_Date__c, Product_Line__c FROM Order "
                f"WHERE Status = 'Activated' AND Next_Refill_Date__c = NEXT_N_DAYS:7 LIMIT 200")
        elif e == 2:
            L = sf_pre("SOQL_EXECUTE_END")
            L.t(f"[{ri(20, 300)}]|Rows:{ri(0, 200)}")
        elif e == 3:
            L = sf_pre("DML_BEGIN")
            L.t(f"[{ri(20, 300)}]|Op:{ch(['Update', 'Insert'])}|Type:{ch(['Task', 'Order', 'Refill_Attempt__c'])}|Rows:{ri(1, 200)}")
        elif e == 4:
            L = sf_pre("LIMIT_USAGE_FOR_NS")
            L.t(f"(default)|  Number of SOQL queries: {ri(1, 60)} out of 100  Number of DML rows: {ri(0, 2000)} out of 10000"
                f"  Maximum CPU time: {ri(100, 9000)} out of 10000")
        elif e == 5:
            L = sf_pre("USER_DEBUG")
            L.t(f"[{ri(20, 300)}]|DEBUG|Outreach batch {ri(1, 14)} done: tasks={ri(10, 200)} callouts={ri(0, 40)} "
                f"heap={ri(200000, 5900000)}")
        elif e == 6:
            L = sf_pre("CALLOUT_RESPONSE")
            L.t(f"[{ri(20, 300)}]|System.HttpResponse[Status=OK, StatusCode=200] endpoint=callout:Brightree_API/"
                f"orders/{so()}")
        else:
            L = sf_pre("HEAP_ALLOCATE")
            L.t(f"[{ri(20, 300)}]|Bytes:{ri(3, 4000)}")
        return [L]
    p = pt()
    r = br(3)
    if r == 0:
        L = sf_pre("USER_DEBUG")
        L.t(f"[{ri(20, 300)}]|DEBUG|Contact upsert payload: ")
        jdump(L, {"attributes": {"type": "Contact"}, "Id": P(p["sfid"], "other_id"), "FirstName": P(p["first"], "name"),
                  "LastName": P(p["last"], "name"), "Birthdate": P(p["dob"].isoformat(), "date"),
                  "MobilePhone": P(phone_fmt(p["phone"], 0), "phone"), "Email": P(p["email"], "email"),
                  "Medicare_MBI__c": P(p["mbi"], "health_plan"), "Brightree_Patient_Key__c": P(p["pid"], "mrn"),
                  "Preferred_Language__c": "Spanish" if p["spanish"] else "English"})
    elif r == 1:
        L = sf_pre("VARIABLE_ASSIGNMENT")
        L.t(f"[{ri(20, 300)}]|c.MailingStreet|\"").p(p["street"], "address").t("\"|0x")
        L.t(hexs(8))
    elif r == 2:
        L = sf_pre("EXCEPTION_THROWN")
        L.t(f"[{ri(20, 300)}]|System.DmlException: Update failed. First exception on row 0 with id ") \
            .p(p["sfid"], "other_id").t("; first error: DUPLICATES_DETECTED, Use one of these records?: [Contact: ") \
            .p(fullname(p, 0), "name").t("]")
    else:
        L = sf_pre("USER_DEBUG")
        L.t(f"[{ri(20, 300)}]|INFO|Refill task created for ").p(fullname(p, 1), "name").t(" next refill ") \
            .p(dfmt(TODAY + dt.timedelta(days=ri(2, 9)), "%Y-%m-%d"), "date").t(" owner=" + ch(STAFF_CSR))
    return [L]


# ---------------------------------------------------------------- Salesforce CDC (Pub/Sub consumer, JSON)
def g_sfcdc(phi):
    L = NL("sfdc_cdc_event")
    hdr = {"entityName": "Order", "recordIds": ["8015e00000" + alnum(8, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")],
           "changeType": "UPDATE", "changeOrigin": "com/salesforce/api/rest/60.0",
           "transactionKey": uid().replace("-", "")[:22], "sequenceNumber": 1,
           "commitTimestamp": epoch_ms(), "commitNumber": int(digits(12)), "commitUser": "0055e000004" + alnum(7)}
    if not phi:
        hdr["changedFields"] = ["Status", "LastModifiedDate", "Fulfillment_Status__c"]
        jdump(L, {"replayId": ri(8000000, 8999999), "channel": "/data/OrderChangeEvent",
                  "payload": {"ChangeEventHeader": hdr, "Status": ch(["Activated", "Shipped", "On Hold"]),
                              "Fulfillment_Status__c": ch(["Picked", "Packed", "Label Printed", "Shipped"])}})
        return [L]
    p = pt()
    hdr["entityName"] = "Contact"
    hdr["recordIds"] = [P(p["sfid"], "other_id")]
    payload = {"ChangeEventHeader": hdr}
    opt = ri(0, 2)
    if opt == 0:
        hdr["changedFields"] = ["MobilePhone", "LastModifiedDate"]
        payload["MobilePhone"] = P(phone_fmt(p["phone"], ch([0, 3])), "phone")
    elif opt == 1:
        hdr["changedFields"] = ["MailingAddress.Street", "MailingAddress.City", "MailingAddress.PostalCode"]
        payload["MailingAddress"] = {"Street": P(p["street"], "address"), "City": P(p["city"], "address"),
                                     "State": p["state"], "PostalCode": P(p["zip"], "zip"), "Country": "US"}
    else:
        hdr["changedFields"] = ["Email", "HasOptedOutOfEmail"]
        payload["Email"] = P(p["email"], "email")
        payload["HasOptedOutOfEmail"] = False
    jdump(L, {"replayId": ri(8000000, 8999999), "channel": "/data/ContactChangeEvent", "payload": payload})
    return [L]


# ---------------------------------------------------------------- X12 837P
def x12_line(fam, text_parts):
    L = NL(fam)
    for v, c in text_parts:
        L.p(v, c)
    return L


def isa_env(fam, kind):
    ctl = f"{ri(1, 999999999):09d}"
    st_ctl = f"{ri(1, 9999):04d}"
    gs_ctl = str(ri(1, 9999))
    snd, rcv, gsnd, grcv = ("CRESTMOOR01", "CGSJB", "CRESTMOOR01", "17013") if kind == "837" else \
        ("CGSJB", "CRESTMOOR01", "17013", "CRESTMOOR01")
    d = utc()
    out = [
        x12_line(fam, [(f"ISA*00*          *00*          *ZZ*{snd:<15}*ZZ*{rcv:<15}*{d.strftime('%y%m%d')}*"
                        f"{d.strftime('%H%M')}*^*00501*{ctl}*0*P*:~", None)]),
        x12_line(fam, [(f"GS*{'HC' if kind == '837' else 'HP'}*{gsnd}*{grcv}*"
                        f"{d.strftime('%Y%m%d')}*{d.strftime('%H%M')}*{gs_ctl}*X*005010X"
                        f"{'222A1' if kind == '837' else '221A1'}~", None)]),
        x12_line(fam, [(f"ST*{kind}*{st_ctl}*005010X{'222A1' if kind == '837' else '221A1'}~", None)]),
    ]
    return out, ctl, st_ctl, gs_ctl


def g_837(phi):
    fam = "x12_837p"
    out, ctl, st_ctl, gs_ctl = isa_env(fam, "837")
    out.append(x12_line(fam, [(f"BHT*0019*00*{digits(9)}*{utc().strftime('%Y%m%d')}*{utc().strftime('%H%M')}*CH~", None)]))
    out.append(x12_line(fam, [(f"NM1*41*2*{CO_NAME}*****46*CRESTMOOR01~", None)]))
    out.append(x12_line(fam, [(f"PER*IC*BILLING DEPT*TE*{CO_PHONE}*FX*{CO_FAX}~", None)]))
    out.append(x12_line(fam, [("NM1*40*2*CGS ADMINISTRATORS*****46*17013~", None)]))
    out.append(x12_line(fam, [("HL*1**20*1~", None)]))
    out.append(x12_line(fam, [(f"NM1*85*2*{CO_NAME}*****XX*{CO_NPI}~", None)]))
    out.append(x12_line(fam, [("N3*2250 W CERMAK RD STE 4~", None)]))
    out.append(x12_line(fam, [("N4*CHICAGO*IL*606081436~", None)]))
    out.append(x12_line(fam, [(f"REF*EI*{CO_TIN.replace('-', '')}~", None)]))
    nclaims = ri(1, 2)
    hl = 2
    for _ in range(nclaims):
        p = pt()
        while p["payer"][0] != "MEDICARE":
            p = pt()
        out.append(x12_line(fam, [(f"HL*{hl}*1*22*0~", None)]))
        hl += 1
        out.append(x12_line(fam, [("SBR*P*18*******MB~", None)]))
        L = NL(fam)
        L.t("NM1*IL*1*").p(fold(p["last"]).upper(), "name").t("*").p(fold(p["first"]).upper(), "name") \
            .t(f"*{p['mi']}***MI*").p(p["mbi"], "health_plan").t("~")
        out.append(L)
        L = NL(fam)
        st = p["street"].upper()
        if " APT " in st or " UNIT " in st or " #" in st or " FL " in st:
            for sep in (" APT ", " UNIT ", " #", " FL "):
                if sep in st:
                    a, b = st.split(sep, 1)
                    L.t("N3*").p(a, "address").t("*").p(sep.strip() + " " + b if sep != " #" else "#" + b, "address").t("~")
                    break
        else:
            L.t("N3*").p(st, "address").t("~")
        out.append(L)
        L = NL(fam)
        L.t("N4*").p(p["city"].upper(), "address").t(f"*{p['state']}*").p(p["zip"] + p["zip4"], "zip").t("~")
        out.append(L)
        L = NL(fam)
        L.t("DMG*D8*").p(p["dob"].strftime("%Y%m%d"), "date").t(f"*{p['sex']}~")
        out.append(L)
        out.append(x12_line(fam, [(f"NM1*PR*2*CGS ADMINISTRATORS LLC*****PI*{p['payer'][2]}~", None)]))
        code, _desc = product(p)
        amt = rng.uniform(40, 900)
        L = NL(fam)
        L.t("CLM*").p(f"{p['pid']}A{ri(1000, 9999)}", "account").t(f"*{amt:.2f}***12:B:1*Y*A*Y*Y~")
        out.append(L)
        out.append(x12_line(fam, [(f"HI*ABK:{ch(['Z933', 'Z932', 'L89314', 'N3941', 'L97412', 'R32'])}~", None)]))
        pr = ch(PRESCRIBERS)
        out.append(x12_line(fam, [(f"NM1*DK*1*{pr[0]}*{pr[1]}****XX*{PRESCRIBER_NPI[pr[0]]}~", None)]))
        out.append(x12_line(fam, [("LX*1~", None)]))
        mod = "RR:KX" if code == "E2402" else "NU:KX"
        out.append(x12_line(fam, [(f"SV1*HC:{code}:{mod}*{amt:.2f}*UN*{ri(1, 30)}***1~", None)]))
        L = NL(fam)
        L.t("DTP*472*D8*").p(svc_date().strftime("%Y%m%d"), "date").t("~")
        out.append(L)
    out.append(x12_line(fam, [(f"SE*{len(out) - 1}*{st_ctl}~", None)]))
    out.append(x12_line(fam, [(f"GE*1*{gs_ctl}~", None)]))
    out.append(x12_line(fam, [(f"IEA*1*{ctl}~", None)]))
    return out


# ---------------------------------------------------------------- X12 835
def g_835(phi):
    fam = "x12_835"
    out, ctl, st_ctl, gs_ctl = isa_env(fam, "835")
    tot = rng.uniform(1000, 40000)
    out.append(x12_line(fam, [(f"BPR*I*{tot:.2f}*C*ACH*CCP*01*{digits(9)}*DA*{digits(10)}*1{digits(9)}**01*"
                               f"{digits(9)}*DA*{digits(11)}*{utc().strftime('%Y%m%d')}~", None)]))
    out.append(x12_line(fam, [(f"TRN*1*{digits(15)}*1{digits(9)}~", None)]))
    out.append(x12_line(fam, [(f"DTM*405*{utc().strftime('%Y%m%d')}~", None)]))
    out.append(x12_line(fam, [("N1*PR*CGS ADMINISTRATORS LLC~", None)]))
    out.append(x12_line(fam, [(f"N1*PE*{CO_NAME}*XX*{CO_NPI}~", None)]))
    out.append(x12_line(fam, [("LX*1~", None)]))
    for _ in range(ri(1, 2)):
        p = pt()
        code, _ = product(p)
        chg = rng.uniform(40, 700)
        paid = chg * rng.uniform(0.55, 0.8)
        L = NL(fam)
        L.t("CLP*").p(f"{p['pid']}A{ri(1000, 9999)}", "account") \
            .t(f"*{ch(['1', '1', '1', '2'])}*{chg:.2f}*{paid:.2f}*{chg * 0.2 * rng.random():.2f}*MB*") \
            .p(digits(13), "other_id").t(f"*12*1~")
        out.append(L)
        L = NL(fam)
        L.t("NM1*QC*1*").p(fold(p["last"]).upper(), "name").t("*").p(fold(p["first"]).upper(), "name") \
            .t("****MI*").p(p["mbi"], "health_plan").t("~")
        out.append(L)
        out.append(x12_line(fam, [(f"SVC*HC:{code}:NU*{chg:.2f}*{paid:.2f}**{ri(1, 30)}~", None)]))
        L = NL(fam)
        L.t("DTM*472*").p(svc_date().strftime("%Y%m%d"), "date").t("~")
        out.append(L)
        out.append(x12_line(fam, [(f"CAS*CO*45*{chg - paid:.2f}~", None)]))
        out.append(x12_line(fam, [(f"AMT*B6*{paid * 1.02:.2f}~", None)]))
    out.append(x12_line(fam, [(f"SE*{len(out) - 1}*{st_ctl}~", None)]))
    out.append(x12_line(fam, [(f"GE*1*{gs_ctl}~", None)]))
    out.append(x12_line(fam, [(f"IEA*1*{ctl}~", None)]))
    return out


# ---------------------------------------------------------------- X12 validation errors (single line)
def g_x12err(phi):
    L = NL("go_logfmt")
    L.t(f"time={ts_off()} level=error svc=edi-gateway ")
    if not phi:
        L.t(ch([
            f"msg=\"999 rejected\" file=837P_{utc().strftime('%Y%m%d')}_{ri(1, 40):03d}.x12 ik3=\"IK3*SV1*{ri(20, 90)}**8\" "
            f"ik4=\"IK4*1*234*7*{ch(['A4414', 'A6212', 'A4351'])}\" ctl={ri(1, 999999999):09d}",
            f"msg=\"sftp upload ok\" host=sftp.cgsmedicare.com:22 bytes={ri(4000, 900000)} elapsed={ri(200, 4000)}ms",
            f"msg=\"TA1 accepted\" isa13={ri(1, 999999999):09d} note=\"interchange acknowledgment\"",
            f"msg=\"277CA batch summary\" accepted={ri(10, 200)} rejected={ri(0, 9)} file=277CA_{digits(8)}.x12",
        ]))
        return [L]
    p = pt()
    if ri(0, 1):
        L.t("msg=\"segment validation failed\" seg=").t('"').t("DMG*D8*").p(p["dob"].strftime("%Y%m%d"), "date") \
            .t("*U~").t('"').t(" reason=\"DMG03 gender code not in (F,M)\" claim=").p(f"{p['pid']}A{ri(1000, 9999)}", "account")
    else:
        L.t("msg=\"subscriber id invalid for payer\" seg=\"NM1*IL*1*").p(fold(p["last"]).upper(), "name").t("*") \
            .p(fold(p["first"]).upper(), "name").t("****MI*").p(p["member"], "health_plan").t("~\" payer=17013")
    return [L]


# ---------------------------------------------------------------- CMS-1500 form filler (Go logfmt)
def g_cms1500(phi):
    fam = "cms1500_filler"
    out = []
    claim = f"CLM-{ri(880000, 899999)}"

    def pre(level="debug"):
        L = NL(fam)
        L.t(f"ts={ts_z()} level={level} svc=claimform claim={claim} form=CMS1500(02/12) ")
        return L

    if not phi:
        L = pre("info")
        L.t(ch([f"msg=\"render ok\" pages=1 bytes={ri(40000, 120000)} template=cms1500_red_ocr.pdf dur_ms={ri(40, 900)}",
                f"msg=\"font fallback\" font=\"Courier New\" fallback=\"DejaVu Sans Mono\" glyphs_missing={ri(1, 4)}",
                f"box=25 field=federal_tax_id value={CO_TIN} type=EIN",
                f"box=33 field=billing_provider value=\"{CO_NAME}\" npi={CO_NPI} phone=\"({CO_PHONE[:3]}) {CO_PHONE[3:6]}-{CO_PHONE[6:]}\"",
                f"msg=\"batch printed\" printer=\\\\WHS-PRN02\\HP-M607-BILLING claims={ri(10, 120)}"]))
        return [L]
    p = pt()
    L = pre()
    L.t("box=1a field=insured_id value=").p(member_id(p), "health_plan")
    out.append(L)
    L = pre()
    L.t("box=2 field=patient_name value=\"").p(f"{fold(p['last']).upper()}, {fold(p['first']).upper()}, {p['mi']}", "name").t("\"")
    out.append(L)
    L = pre()
    L.t("box=3 field=patient_dob value=\"").p(p["dob"].strftime("%m %d %Y"), "date").t(f"\" sex={p['sex']}")
    out.append(L)
    L = pre()
    L.t("box=5 field=patient_address street=\"").p(p["street"].upper(), "address").t("\" city=\"") \
        .p(p["city"].upper(), "address").t(f"\" state={p['state']} zip=").p(p["zip"], "zip").t(" phone=\"") \
        .p(phone_fmt(p["phone"], 0), "phone").t("\"")
    out.append(L)
    pr = ch(PRESCRIBERS)
    L = pre()
    L.t(f"box=17 field=referring_provider value=\"DK {pr[1]} {pr[0]} {pr[2]}\" npi={PRESCRIBER_NPI[pr[0]]}")
    out.append(L)
    code, desc = product(p)
    d = svc_date()
    L = pre()
    L.t("box=24A line=1 from=\"").p(d.strftime("%m %d %y"), "date").t("\" to=\"").p(d.strftime("%m %d %y"), "date") \
        .t(f"\" pos=12 cpt_hcpcs={code} mod=NU units={ri(1, 30)}")
    out.append(L)
    L = pre()
    L.t("box=26 field=patient_account_no value=").p(p["acct"], "account").t(" box=27 accept_assignment=YES")
    out.append(L)
    return out


# ---------------------------------------------------------------- DMEPOS documentation rules (logrus text)
def g_docrules(phi):
    L = NL("go_logrus_docrules")
    lvl = "info" if not phi else ch(["warning", "warning", "error"])
    L.t(f"time=\"{ts_off()}\" level={lvl} ")
    if not phi:
        L.t(ch([
            f"msg=\"rule set loaded\" version=2024.07.{ri(1, 9)} rules={ri(40, 60)} lcd=\"L33822,L33831,L33803,L33741\"",
            f"msg=\"documentation audit summary\" checked={ri(100, 400)} passed={ri(80, 300)} failed={ri(0, 40)} "
            f"queue=preclaim",
            f"msg=\"rule passed\" rule=LCD-L33803-QTY order={so()} hcpcs=A4351 units=200 max_units=200",
            f"msg=\"refill contact within 14 days verified\" rule=REFILL-01 order={so()}",
            f"msg=\"WOPD elements present\" rule=WOPD-ALL order={so()} prescriber_npi={PRESCRIBER_NPI[ch(PRESCRIBERS)[0]]}",
            f"msg=\"cache refreshed\" table=hcpcs_fee_schedule rows={ri(5000, 9000)} quarter=2024Q3",
        ]))
        return [L]
    p = pt()
    r = br(5)
    code, _ = product(p)
    if r == 0:
        L.t("msg=\"POD missing beneficiary or designee signature\" rule=POD-02 order=" + so())
        kv(L, "beneficiary", fullname(p, 2), "name")
        kv(L, "dos", dfmt(svc_date(), "%m/%d/%Y"), "date")
        L.t(f" hcpcs={code}")
    elif r == 1:
        o = svc_date()
        L.t("msg=\"WOPD order date after delivery date\" rule=WOPD-03 order=" + so())
        kv(L, "wopd_order_date", o.isoformat(), "date")
        kv(L, "delivery_date", (o - dt.timedelta(days=ri(1, 6))).isoformat(), "date")
        kv(L, "mbi", p["mbi"], "health_plan")
    elif r == 2:
        f2f = TODAY - dt.timedelta(days=ri(190, 400))
        L.t("msg=\"face-to-face encounter older than 6 months before WOPD\" rule=F2F-01")
        kv(L, "patient_id", p["pid"], "mrn")
        kv(L, "f2f_date", dfmt(f2f, "%m/%d/%Y"), "date")
        L.t(f" hcpcs={code}")
    elif r == 3:
        L.t("msg=\"E2402 serial mismatch between delivery ticket and asset registry\" rule=NPWT-04")
        kv(L, "patient_id", p["pid"], "mrn")
        kv(L, "ticket_serial", p["serial"], "device")
        alt = p["serial"][:-1] + str((int(p["serial"][-1]) + ri(1, 8)) % 10)
        kv(L, "asset_serial", alt, "device")
    elif r == 5:
        L.t("msg=\"redetermination pending; claim held from resubmission\" rule=APPEAL-01")
        kv(L, "appeal_no", f"1-{digits(10)}", "other_id")
        kv(L, "beneficiary", fullname(p, ch([2, 4])), "name")
        kv(L, "dos", svc_date().strftime("%Y%m%d"), "date")
        L.t(f" hcpcs={code} dme_mac=JB")
    else:
        L.t("msg=\"POD signed by designee; relationship missing\" rule=POD-05")
        kv(L, "signer", cgname(p), "name")
        kv(L, "beneficiary", fullname(p, 0), "name")
        kv(L, "delivered", dfmt(svc_date(), "%Y%m%d"), "date")
    return [L]


# ---------------------------------------------------------------- FedEx webhook (Go zerolog)
def g_fedex(phi):
    L = NL("fedex_webhook")
    tn = trk_fedex()
    if not phi:
        c = ch(CLINICS)
        if ri(0, 2) == 0:
            jdump(L, {"level": "warn", "svc": "ship-hooks", "carrier": "fedex", "time": ts_z(),
                      "msg": "signature verification failed", "header": "fdx-signature",
                      "remote": f"204.135.{ri(1, 250)}.{ri(1, 250)}", "trace_id": traceid()})
        else:
            jdump(L, {"level": "info", "svc": "ship-hooks", "carrier": "fedex", "time": ts_z(),
                      "event": {"trackingNumber": tn, "eventType": ch(["PU", "IT", "OD", "DL"]),
                                "scanEventDateTime": ts_off(), "scanLocation": {"city": "NORTHLAKE", "stateOrProvinceCode": "IL",
                                                                                 "postalCode": "60164"},
                                "recipient": {"companyName": c[0], "address": {"city": "CHICAGO", "stateOrProvinceCode": "IL"}}},
                      "order": so(), "msg": "tracking event stored"})
        return [L]
    p = pt()
    if rng.random() < 0.25:
        rec = {"contactName": P(cgname(p), "name"), "personName": P(fullname(p, 0), "name")}
    else:
        rec = {"contactName": P(fullname(p, ch([0, 8])), "name")}
    rec["phoneNumber"] = P(p["phone"], "phone")
    rec["address"] = {"streetLines": [P(p["street"].upper(), "address")], "city": P(p["city"].upper(), "address"),
                      "stateOrProvinceCode": p["state"], "postalCode": P(p["zip"], "zip"), "countryCode": "US",
                      "residential": True}
    ev = {"trackingNumber": tn, "eventType": ch(["DL", "DL", "DE", "OD"]), "eventDescription": "",
          "scanEventDateTime": ts_off(), "recipient": rec}
    ev["eventDescription"] = {"DL": "Delivered", "DE": "Delivery exception", "OD": "On FedEx vehicle for delivery"}[ev["eventType"]]
    if ev["eventType"] == "DL":
        ev["deliveryDetails"] = {"receivedByName": P(fold(p["last"]).upper(), "name"), "signatureType": "INDIRECT"}
    if p["line"] == "wound" and rng.random() < 0.5:
        # NPWT pump returned by the patient: the pump serial is the shipment reference
        ev["customerReference"] = [{"type": "CUSTOMER_REFERENCE", "value": "NPWT-RETURN"},
                                   {"type": "INVOICE_NUMBER", "value": P(p["serial"], "device")}]
    body = {"level": "info", "svc": "ship-hooks", "carrier": "fedex", "time": ts_z(), "event": ev, "order": so(),
            "msg": "tracking event stored"}
    jdump(L, body)
    return [L]


# ---------------------------------------------------------------- UPS webhook (NestJS logger)
NEST_PID = {"UpsWebhookController": 31, "PdfService": 44, "PodArchiveService": 44}


def nest_pre(level, ctx, pid=None):
    L = NL("nestjs")
    L.t(f"[Nest] {pid or NEST_PID.get(ctx, 27)}  - {nest_ts()} {level:>7} [{ctx}] ")
    return L


def g_ups(phi):
    if not phi:
        L = nest_pre(ch(["LOG", "WARN", "DEBUG"]), "UpsWebhookController")
        L.t(ch([f"Track Alert subscription renewed for {ri(200, 900)} inquiry numbers (locale=en_US) +{ri(1, 40)}ms",
                f"UPS credential rotated; next expiry 2024-12-{ri(1, 28):02d} +0ms",
                f"payload={{\"inquiryNumber\":\"{trk_ups()}\",\"activityStatus\":{{\"type\":\"I\",\"code\":\"OR\","
                f"\"description\":\"Origin Scan\"}},\"localActivityDate\":\"{utc().strftime('%Y%m%d')}\","
                f"\"localActivityTime\":\"{utc().strftime('%H%M%S')}\",\"scanLocation\":{{\"city\":\"Hodgkins\","
                f"\"stateProvince\":\"IL\",\"postalCode\":\"60525\"}}}} +{ri(1, 9)}ms",
                f"Duplicate event ignored inquiryNumber={trk_ups()} +0ms"]))
        L.family = "ups_webhook"
        return [L]
    p = pt()
    L = nest_pre("DEBUG", "UpsWebhookController")
    L.family = "ups_webhook"
    L.t("payload=")
    jdump(L, {"inquiryNumber": trk_ups(), "shipmentReferenceNumber": [so()],
              "activityStatus": {"type": "D", "code": "FS", "description": "DELIVERED"},
              "localActivityDate": utc().strftime("%Y%m%d"), "localActivityTime": utc().strftime("%H%M%S"),
              "deliveryInformation": {"receivedBy": P(fold(p["first"]).upper()[0] + " " + fold(p["last"]).upper(), "name"),
                                      "location": "FRONT DOOR"},
              "shipTo": {"name": P(fullname(p, 8), "name"), "addressLine1": P(p["street"].upper(), "address"),
                         "city": P(p["city"].upper(), "address"), "stateProvince": p["state"],
                         "postalCode": P(p["zip"], "zip"), "phone": P(p["phone"], "phone")}})
    L.t(f" +{ri(1, 9)}ms")
    return [L]


# ---------------------------------------------------------------- Five9-like call records (CSV)
FIVE9_HDR = "CALL ID,DATE,TIME,CAMPAIGN,CALL TYPE,AGENT NAME,SKILL,ANI,DNIS,DISPOSITION,TALK TIME,HOLD TIME,CUSTOMER NAME,NOTES"
state = {"five9_hdr": False, "iis_hdr": 0}


def csvq(s):
    return '"' + s.replace('"', '""') + '"' if ("," in s or '"' in s) else s


def g_five9(phi):
    out = []
    if not state["five9_hdr"]:
        state["five9_hdr"] = True
        out.append(NL("five9_cdr_csv").t(FIVE9_HDR))
    L = NL("five9_cdr_csv")
    n = Clock.now
    callid = str(ri(300000000000000000, 399999999999999999))
    agent = ch(STAFF_CSR)
    talk = f"00:{ri(0, 14):02d}:{ri(0, 59):02d}"
    hold = f"00:0{ri(0, 4)}:{ri(0, 59):02d}"
    L.t(f"{callid},{n.strftime('%m/%d/%Y')},{n.strftime('%H:%M:%S')},")
    if not phi:
        c = ch(CLINICS)
        kind = ri(0, 2)
        if kind == 0:
            L.t(f"Prescriber Outreach,Outbound,{agent},Docs Chase,{CO_PHONE},{c[1]},Left Message,{talk},{hold},"
                f"{csvq(c[0].title())},{csvq('requested signed WOPD + chart notes, fax back to 844-555-0198')}")
        elif kind == 1:
            L.t(f"Main IVR,Inbound,[None],Refills EN,Anonymous,{CO_PHONE},Abandon,00:00:00,00:00:00,,")
        else:
            L.t(f"Main IVR,Inbound,{agent},Billing,Restricted,{CO_PHONE},Wrong Number,{talk},00:00:00,,caller hung up")
        out.append(L)
        return out
    p = pt() if rng.random() < 0.75 else pt_old()
    skill = "Refills ES" if p["spanish"] else ch(["Refills EN", "Billing", "Wound Care Intake", "Ostomy Support"])
    ani_rel = rng.random() < 0.3
    L.t(f"Main IVR,Inbound,{agent},{skill},").p(p["cg"]["phone"] if ani_rel else p["phone"], "phone") \
        .t(f",{CO_PHONE},{ch(['Refill Confirmed', 'Reship Requested', 'Billing Question', 'Address Change', 'Complaint'])},"
           f"{talk},{hold},")
    nm = fullname(p, ch([1, 2, 3]))
    if "," in nm:
        L.t('"').p(nm, "name").t('"')
    else:
        L.p(nm, "name")
    L.t(",")
    note = ri(0, 4)
    if note == 0:
        L.t('"caller is ').p(cgname(p), "name").t(f" ({p['cg']['rel']}), DOB verified ") \
            .p(dfmt(p["dob"], "%-m/%-d/%y"), "date").t(", reship " + product(p)[0] + ' x20"')
    elif note == 1:
        L.t("new addr ").p(p["street"], "address").t(" ").p(p["city"], "address").t(f" {p['state']} ").p(p["zip"], "zip")
    elif note == 2:
        L.t('"pt is ')
        if p["age"] > 89:
            L.p(str(p["age"]), "age")
        else:
            L.t(str(p["age"]))
        L.t(', HOH; confirmed wafers + pouches, wants texts to daughter"')
    elif note == 3:
        L.t("copay paid by card; auth ").t(alnum(6)).t("; card ending ").t(digits(4))
    else:
        L.t("")
    out.append(L)
    return out


# ---------------------------------------------------------------- IVR transcripts (en/es)
ES_N = ["", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce",
        "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho", "diecinueve", "veinte", "veintiuno",
        "veintidós", "veintitrés", "veinticuatro", "veinticinco", "veintiséis", "veintisiete", "veintiocho",
        "veintinueve", "treinta", "treinta y uno"]
ES_T = {2: "veinte", 3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta", 8: "ochenta",
        9: "noventa"}
ES_M = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
        "noviembre", "diciembre"]


def es_2d(n):
    if n < 30:
        return ES_N[n] if n else ""
    t, u = divmod(n, 10)
    return ES_T[t] + (f" y {ES_N[u]}" if u else "")


def es_date(d):
    day = "primero" if d.day == 1 else ES_N[d.day]
    return f"{day} de {ES_M[d.month - 1]} de mil novecientos {es_2d(d.year % 100)}"


def ivr_pre(call, turn, role, lang):
    L = NL("ivr_transcript")
    L.t(f"{ts_z()} INFO ivr-transcribe call_id={call} turn={turn} role={role} lang={lang} conf=0.{ri(70, 99)} text=\"")
    return L


def g_ivr(phi):
    call = uid()
    p = pt() if rng.random() < 0.7 else pt_old()
    es = p["spanish"]
    lang = "es-US" if es else "en-US"
    out = []
    t = 1
    L = ivr_pre(call, t, "BOT", "en-US")
    L.t("Thank you for calling Crestmoor Home Medical. For English, press one. Para español, oprima dos.\"")
    out.append(L)
    t += 1
    if es:
        L = ivr_pre(call, t, "CALLER", lang)
        L.t("dos\"")
        out.append(L)
        t += 1
    if not phi:
        L = ivr_pre(call, t, "BOT", lang)
        L.t(("Para reordenar sus suministros, diga 'reordenar'. Para hablar con un agente, diga 'agente'.\"" if es else
             "To reorder your supplies, say 'reorder'. To check a shipment, say 'tracking'.\""))
        out.append(L)
        t += 1
        L = ivr_pre(call, t, "CALLER", lang)
        L.t(ch(["agente por favor\"", "hablar con alguien\""]) if es else ch(["representative\"", "tracking\"", "uh agent agent\""]))
        out.append(L)
        L = NL("ivr_transcript")
        L.t(f"{ts_z()} INFO ivr-router call_id={call} route=queue skill={'Refills ES' if es else 'Refills EN'} "
            f"ewt_sec={ri(20, 600)} position={ri(1, 14)}")
        out.append(L)
        return out
    L = ivr_pre(call, t, "BOT", lang)
    L.t(("Por favor diga su nombre completo.\"" if es else "Please say your first and last name.\""))
    out.append(L)
    t += 1
    L = ivr_pre(call, t, "CALLER", lang)
    if rng.random() < 0.3:
        if es:
            L.t("habla ").p(cgname(p).lower(), "name").t(" la hija de ").p(fullname(p, 5), "name").t("\"")
        else:
            L.t("this is ").p(cgname(p).lower(), "name").t(f" calling for my {ch(['mother', 'aunt', 'grandmother'] if p['sex'] == 'F' else ['father', 'uncle', 'grandfather'])} ") \
                .p(fullname(p, 5), "name").t("\"")
    else:
        L.t("soy " if es else "").p(fullname(p, 5), "name").t("\"")
    out.append(L)
    t += 1
    L = ivr_pre(call, t, "BOT", lang)
    L.t(("Gracias. Ahora diga su fecha de nacimiento.\"" if es else "Thanks. Now say your date of birth.\""))
    out.append(L)
    t += 1
    L = ivr_pre(call, t, "CALLER", lang)
    if es:
        L.t("nací el ").p(es_date(p["dob"]), "date")
        if p["age"] > 89:
            L.t(" tengo ").p(es_2d(p["age"]) if p["age"] < 100 else "cien", "age").t(" años")
        L.t("\"")
    else:
        L.t("it's ").p(f"{p['dob'].strftime('%B')} {p['dob'].day}{ch(['th', ''])} {p['dob'].year}", "date").t("\"")
    out.append(L)
    t += 1
    r = br(3)
    if r == 0:
        L = NL("ivr_transcript")
        L.t(f"{ts_z()} INFO voicebio call_id={call} action=verify speaker_ref=patient:").p(p["pid"], "mrn") \
            .t(f" score=0.{ri(80, 99)} result=MATCH template=").p("vp2:" + base64.b64encode(bytes(ri(0, 255) for _ in range(48))).decode(), "biometric")
        out.append(L)
    elif r == 1:
        L = ivr_pre(call, t, "CALLER", lang)
        if es:
            L.t("mi número de medicare es ").p(" ".join(p["mbi"]).lower(), "health_plan").t("\"")
        else:
            L.t("my social is ").p(" ".join(p["ssn"].replace("-", "")), "ssn").t("\"")
        out.append(L)
    elif r == 2:
        L = ivr_pre(call, t, "CALLER", lang)
        if es:
            L.t("me pueden llamar al ").p(" ".join(p["phone"]), "phone").t(" es el celular de mi hija\"")
        else:
            L.t("call me back at ").p(phone_fmt(p["phone"], 1), "phone").t(" after two\"")
        out.append(L)
    L = NL("ivr_transcript")
    L.t(f"{ts_z()} INFO ivr-router call_id={call} crm_lookup=brightree matched=").p(p["pid"], "mrn") \
        .t(f" route=queue skill={'Refills ES' if es else 'Refills EN'} ewt_sec={ri(20, 600)}")
    out.append(L)
    return out


# ---------------------------------------------------------------- NestJS refill reminder service
def g_nest(phi):
    if not phi:
        r = ri(0, 10)
        opts = [
            ("LOG", "NestFactory", "Starting Nest application..."),
            ("LOG", "InstanceLoader", f"TypeOrmModule dependencies initialized +{ri(1, 40)}ms"),
            ("LOG", "RoutesResolver", f"RefillController {{/api/v2/refills}}: +{ri(0, 3)}ms"),
            ("LOG", "RouterExplorer", f"Mapped {{/api/v2/refills/:id/confirm, POST}} route +{ri(0, 2)}ms"),
            ("LOG", "RefillScheduler", f"Cron 'refill-due-scan' started: {ri(900, 1500):,} candidate orders, window=7d"),
            ("LOG", "RefillScheduler", f"Batch {ri(1, 13)}/13 processed in {ri(300, 2000)}ms (sent={ri(50, 100)} "
                                       f"skipped={ri(0, 9)} failed={ri(0, 2)})"),
            ("ERROR", "TwilioService", f"Twilio API error 20429 Too Many Requests, backing off {ri(5, 30) * 100}ms"),
            ("WARN", "KafkaConsumer", "Rebalance in progress for group refill-reminder-svc (generation "
                                      f"{ri(10, 90)})"),
            ("LOG", "NestApplication", f"Nest application successfully started +{ri(1, 9)}ms"),
            ("LOG", "HealthController", f"GET /health 200 db=up kafka=up redis=up +{ri(1, 5)}ms"),
            ("WARN", "ConfigService", "REFILL_QUIET_HOURS not set, defaulting to 21:00-08:00 America/Chicago"),
        ]
        lv, ctx, msg = opts[r]
        L = nest_pre(lv, ctx)
        L.t(msg)
        return [L]
    p = pt()
    r = br(6)
    nxt = TODAY + dt.timedelta(days=ri(3, 10))
    if r == 0:
        L = nest_pre("LOG", "RefillReminderService")
        L.t("Reminder queued patientId=").p(p["pid"], "mrn").t(" channel=sms to=").p("+1" + p["phone"], "phone") \
            .t(" nextShipDate=").p(nxt.isoformat(), "date").t(f" +{ri(1, 9)}ms")
    elif r == 1:
        L = nest_pre("WARN", "RefillReminderService")
        L.t("Opt-out on file for ").p(fullname(p, 0), "name").t(" (").p(phone_fmt(p["phone"], 5), "phone") \
            .t("); skipping SMS, falling back to email ").p(p["email"], "email").t(f" +{ri(0, 3)}ms")
    elif r == 2:
        L = nest_pre("LOG", "PortalAuthGuard")
        L.t("login ok user=").p(p["user"], "other_id").t(" ip=").p(p["ip"], "ip") \
            .t(f" ua=\"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)\" mfa=sms +{ri(2, 30)}ms")
    elif r == 3:
        L = nest_pre("ERROR", "RefillConfirmController")
        L.t("Token expired for link ").p(f"https://refill.crestmoorhm.com/r/{p['token']}", "url") \
            .t(" (patient ").p(p["pid"], "mrn").t(f") issuedAt={ri(10, 30)}d ago +{ri(0, 3)}ms")
    elif r == 4:
        L = nest_pre("DEBUG", "WillCallService")
        L.t("pickup check-in patient=").p(p["pid"], "mrn").t(" pickedUpBy=\"").p(cgname(p), "name") \
            .t(f"\" relation={p['cg']['rel']} idType=DL idNumber=").p(p["cg"]["dl"], "license") \
            .t(" vehicle={\"plate\":\"").p(p["plate"], "vehicle").t(f"\",\"state\":\"{p['state']}\"}} dock=WC-{ri(1, 3)}")
    elif r == 5:
        L = nest_pre("LOG", "PushRegistrationService")
        L.t("device registered patientId=").p(p["pid"], "mrn").t(" platform=android imei=").p(p["imei"], "device") \
            .t(f" fcmToken={alnum(11)}:APA91b{alnum(20)}... +{ri(1, 9)}ms")
    else:
        L = nest_pre("ERROR", "PaymentService")
        L.t("Gateway decline acct=").p(p["acct"], "account").t(" card_number=").p(luhn_complete(ch(["4", "51", "37"]), 16), "account") \
            .t(f" exp={ri(1, 12):02d}/{ri(25, 29)} code=05 DO_NOT_HONOR +{ri(100, 900)}ms")
    return [L]


# ---------------------------------------------------------------- Go eligibility service (zap JSON)
def g_zap(phi):
    L = NL("go_zap_json")
    base = {"level": "info", "ts": round((utc() - dt.datetime(1970, 1, 1)).total_seconds(), 4),
            "caller": f"eligibility/{ch(['client.go', 'hets.go', 'handler.go'])}:{ri(40, 400)}"}
    if not phi:
        base.update(ch([
            {"msg": "271 received", "trace_id": traceid(), "payer": "CMS HETS", "latency_ms": ri(200, 3000)},
            {"msg": "http server listening", "addr": ":8080", "version": f"v1.{ri(10, 19)}.{ri(0, 9)}", "commit": hexs(7)},
            {"msg": "pgxpool stats", "acquired": ri(0, 20), "idle": ri(0, 10), "max": 25, "wait_ms": ri(0, 40)},
            {"level": "warn", "msg": "circuit breaker half-open", "target": "hets.cms.gov:443", "failures": ri(3, 9)},
            {"msg": "HETS connection established", "tls": "1.3", "cipher": "TLS_AES_256_GCM_SHA384", "submitter": "CRESTMOOR01"},
            {"level": "error", "msg": "AAA*Y**42*Y rejected: unable to respond at current time", "trace_id": traceid(),
             "retry_in_ms": ri(500, 9000)},
        ]))
        jdump(L, base)
        return [L]
    p = pt()
    r = br(2)
    if r == 0:
        base.update({"msg": "270 inquiry", "trace_id": traceid(), "mbi": P(p["mbi"], "health_plan"),
                     "last_name": P(fold(p["last"]).upper(), "name"), "first_name": P(fold(p["first"]).upper(), "name"),
                     "dob": P(p["dob"].strftime("%Y%m%d"), "date"), "npi": CO_NPI, "service_type": "12"})
    elif r == 1:
        base.update({"level": "warn", "msg": "subscriber not found (AAA*N**75)", "trace_id": traceid(),
                     "subscriber": {"id": P(member_id(p) if p["payer"][0] != "MEDICARE" else p["member"], "health_plan"), "name": P(fullname(p, 2), "name"),
                                    "dob": P(p["dob"].strftime("%m/%d/%Y"), "date")}})
    else:
        base.update({"msg": "MA plan detected, Medicare DME not billable", "patient_id": P(p["pid"], "mrn"),
                     "mbi": P(mbi_dash(p["mbi"]), "health_plan"), "plan": "H" + digits(4), "eff_date": "2024-01-01"})
    jdump(L, base)
    return [L]


# ---------------------------------------------------------------- Kafka broker / Kafka Connect (Debezium) logs
def g_kafka(phi):
    L = NL("kafka_log4j")
    L.t(f"[{ts_comma()}] ")
    L.t(ch([
        f"INFO [Log partition=cdc.brightree.patients-{ri(0, 5)}, dir=/var/lib/kafka/data] Rolled new log segment at "
        f"offset {ri(100000, 999999)} in {ri(1, 9)} ms. (kafka.log.LocalLog)",
        f"INFO [GroupCoordinator {ri(1, 3)}]: Preparing to rebalance group refill-reminder-svc in state "
        f"PreparingRebalance with old generation {ri(10, 90)} (__consumer_offsets-{ri(0, 49)}) (reason: Adding new member "
        f"consumer-refill-{uid()}) (kafka.coordinator.group.GroupCoordinator)",
        f"INFO [btsync|task-0] {ri(10, 3000)} records sent during previous 00:01:00.0{ri(10, 99)}, last recorded offset "
        f"of {{server=btsync}} partition is {{lsn={ri(10 ** 9, 10 ** 10)}, txId={ri(100000, 999999)}, ts_usec={epoch_ms()}000}} "
        f"(io.debezium.connector.common.BaseSourceTask:213)",
        f"WARN [Producer clientId=connector-producer-btsync-0] Got error produce response with correlation id "
        f"{ri(1000, 99999)} on topic-partition cdc.brightree.orders-{ri(0, 5)}, retrying (2147483646 attempts left). "
        f"Error: NOT_LEADER_OR_FOLLOWER (org.apache.kafka.clients.producer.internals.Sender)",
        f"INFO [ReplicaFetcher replicaId={ri(1, 3)}, leaderId={ri(1, 3)}, fetcherId=0] Truncating partition "
        f"refill.reminders-{ri(0, 5)} to local high watermark {ri(1000, 99999)} (kafka.server.ReplicaFetcherThread)",
        f"INFO [btsync|task-0] Searching for WAL resume position (io.debezium.connector.postgresql.PostgresStreamingChangeEventSource:{ri(100, 200)})",
        f"INFO [SnapshotEmitter id=1] Wrote {ri(10, 99)} snapshot records to __cluster_metadata (kafka.server.metadata)",
    ]))
    return [L]


def g_debezium(phi):
    L = NL("debezium_event")
    src = {"version": "2.5.4.Final", "connector": "postgresql", "name": "btsync", "ts_ms": epoch_ms(),
           "snapshot": "false", "db": "dme", "sequence": f"[\"{ri(10 ** 9, 10 ** 10)}\",\"{ri(10 ** 9, 10 ** 10)}\"]",
           "schema": "public"}
    if not phi:
        src["table"] = ch(["sales_orders", "inventory_lots"])
        if src["table"] == "sales_orders":
            oid = ri(2280000, 2299999)
            after = {"id": oid, "so_number": f"SO-{oid}", "status": ch(["READY_TO_SHIP", "SHIPPED", "HOLD_DOCS"]),
                     "branch_key": ri(1, 5), "hcpcs": ch(PRODUCTS[ch(list(PRODUCTS))])[0], "qty": ri(1, 90),
                     "updated_at": epoch_ms() * 1000}
        else:
            after = {"lot": f"L{ri(2300, 2499)}-{alnum(3)}", "sku": f"{ch(['HOL', 'CNV', 'COL', 'MDL'])}-{ri(1000, 99999)}",
                     "on_hand": ri(0, 4000), "bin": f"A{ri(1, 40):02d}-{ri(1, 6)}", "expires": f"202{ri(5, 8)}-{ri(1, 12):02d}-01"}
        jdump(L, {"before": None, "after": after, "source": src, "op": "u", "ts_ms": epoch_ms()})
        return [L]
    p = pt()
    src["table"] = "patients"
    epoch_days = (p["dob"] - dt.date(1970, 1, 1)).days
    after = {"id": P(int(p["pid"]), "mrn"), "first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"),
             "dob": P(epoch_days, "date"), "phone_home": P(p["phone"], "phone"), "zip": P(p["zip"], "zip"),
             "medicare_mbi": P(p["mbi"], "health_plan"), "branch_key": ri(1, 5), "updated_at": epoch_ms() * 1000}
    if rng.random() < 0.5:
        after["ssn"] = P(p["ssn"].replace("-", ""), "ssn")
    jdump(L, {"before": None, "after": after, "source": src, "op": ch(["c", "u", "r"]), "ts_ms": epoch_ms()})
    return [L]


# ---------------------------------------------------------------- Twilio (callbacks, sends, debugger)
def g_twilio(phi):
    L = NL("twilio_sms")
    sid = "SM" + hexs(32)
    acct = "AC" + "7f1e0c2b9d4a8e6f3b5c1d2e0a9f8b7c"
    if not phi:
        L.t(f"{ts_z()} twilio-cb ")
        L.t(ch([
            f"POST /sms/status 204 AccountSid={acct}&ApiVersion=2010-04-01&MessageSid={sid}&MessageStatus=sent"
            f"&MessagingServiceSid=MG{hexs(32)}",
            f"messaging service MG{hexs(32)} throughput ok queued={ri(0, 300)} mps=25 short_code=73921",
            f"POST /sms/status 400 signature mismatch X-Twilio-Signature={base64.b64encode(bytes(ri(0, 255) for _ in range(20))).decode()}",
        ]))
        return [L]
    p = pt()
    r = br(3)
    L.t(f"{ts_z()} twilio-cb ")
    if r == 0:
        L.t(f"POST /sms/status 204 AccountSid={acct}&ApiVersion=2010-04-01&MessageSid={sid}&MessageStatus="
            f"{ch(['delivered', 'undelivered', 'failed'])}&To=").p("%2B1" + p["phone"], "phone") \
            .t(f"&From=%2B1{CO_PHONE}&ErrorCode={ch(['', '30003', '30006'])}")
    elif r == 1:
        L.t("messages.create to=").p("+1" + p["phone"], "phone").t(" body=\"Hi ").p(p["first"], "name") \
            .t(", your Crestmoor supplies are due to ship ").p(dfmt(TODAY + dt.timedelta(days=ri(3, 9)), "%m/%d"), "date") \
            .t(". Reply YES to confirm or STOP to opt out. ").p(f"https://refill.crestmoorhm.com/r/{p['token']}", "url") \
            .t(f"\" sid={sid}")
    elif r == 2:
        L.t("POST /sms/inbound 200 From=").p("%2B1" + p["phone"], "phone") \
            .t(f"&To=%2B1{CO_PHONE}&Body={ch(['STOP', 'YES', 'Si', 'Need+more+wafers+please', 'wrong+address'])}&NumMedia=0&MessageSid={sid}")
    else:
        L.t("debugger alert ")
        jdump(L, {"sid": "NO" + hexs(32), "error_code": "30006", "log_level": "WARNING",
                  "alert_text": "Landline or unreachable carrier", "request_variables": {"To": P("+1" + p["phone"], "phone"),
                                                                                      "MessageSid": sid}})
    return [L]


# ---------------------------------------------------------------- SendGrid event webhook
def g_sendgrid(phi):
    L = NL("sendgrid_events")
    L.t(f"{ts_sp()} INFO  mail-events received ")
    ts = int(epoch_ms() / 1000)
    if not phi:
        ev = ch([
            [{"email": "billing-ops@crestmoorhm.com", "timestamp": ts, "event": "delivered", "sg_event_id": base64.b64encode(uid().encode()).decode()[:22],
              "sg_message_id": f"{alnum(22)}.filterdrecv-{ri(100, 999)}", "category": ["ops-digest"]}],
            [{"email": "intake@northshorewound.example.org", "timestamp": ts, "event": "bounce", "type": "blocked",
              "reason": "550 5.7.1 Message rejected per policy", "category": ["prescriber-docs"]}],
        ])
        jdump(L, ev)
        return [L]
    p = pt()
    r = br(2)
    base = {"email": P(p["email"], "email"), "timestamp": ts, "sg_message_id": f"{alnum(22)}.filterdrecv-{ri(100, 999)}",
            "category": ["refill-reminder"], "patient_key": P(p["pid"], "mrn")}
    if r == 0:
        base["event"] = "delivered"
        base["response"] = "250 2.0.0 OK"
    elif r == 1:
        base["event"] = "open"
        base["ip"] = P(p["ip"], "ip")
        base["useragent"] = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko)"
    else:
        base["event"] = "click"
        base["ip"] = P(p["ip"], "ip")
        base["url"] = P(f"https://refill.crestmoorhm.com/r/{p['token']}?utm_source=email", "url")
    jdump(L, [base])
    return [L]


# ---------------------------------------------------------------- Nurse wound-photo upload API (pino)
def g_woundcam(phi):
    L = NL("woundcam_pino")
    base = {"level": 30, "time": epoch_ms(), "pid": ri(18, 40), "hostname": f"woundcam-api-{hexs(5)}-{alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}",
            "reqId": f"req-{ri(1, 9999):x}"}
    if not phi:
        base.update(ch([
            {"res": {"statusCode": 201}, "responseTime": round(rng.uniform(80, 2500), 3), "msg": "request completed"},
            {"msg": "S3 PutObject ok", "bucket": "woundcam-prod-phi", "key": f"uploads/2024/09/16/{uid()}.jpg",
             "etag": hexs(32), "bytes": ri(400000, 4800000)},
            {"msg": "thumbnail generated", "lib": "sharp@0.33.4", "w": 160, "h": 120, "ms": ri(5, 60)},
            {"level": 40, "msg": "MulterError: File too large", "limit": 10485760, "field": "photo"},
            {"msg": "nurse session", "nurse": ch(STAFF_RN), "agency": "Crestmoor Wound Nursing", "device_model": "iPhone 13",
             "app_version": f"3.{ri(1, 9)}.{ri(0, 20)}"},
        ]))
        jdump(L, base)
        return [L]
    p = pt() if rng.random() < 0.5 else pt_old()
    vd = svc_date()
    shot = dt.datetime(vd.year, vd.month, vd.day, ri(9, 17), ri(0, 59), ri(0, 59))
    lat = 41.6 + rng.random() * 0.5
    lon = -87.95 + rng.random() * 0.4
    base.update({"msg": "upload accepted", "patientId": P(p["pid"], "mrn"), "visitDate": P(dfmt(vd, "%m/%d/%Y"), "date"),
                 "nurse": ch(STAFF_RN), "woundSite": ch(["sacrum", "L heel", "R lateral malleolus", "peristomal", "abdomen"]),
                 "stage": ch(["3", "4", "unstageable", "n/a"])})
    if rng.random() < 0.7:
        base["thumb"] = "data:image/jpeg;base64,"
    base["exif"] = {"Make": "Apple", "Model": "iPhone 13", "BodySerialNumber": f"F{alnum(10)}",
                    "DateTimeOriginal": P(shot.strftime("%Y:%m:%d %H:%M:%S"), "date"),
                    "GPSLatitude": P(round(lat, 6), "address"), "GPSLongitude": P(round(lon, 6), "address")}
    if p["age"] > 89 or rng.random() < 0.5:
        base["note"] = None
    # serialise with thumb data split into prefix + labeled base64
    jsep = (",", ":")
    L.t("{")
    first = True
    for k, v in base.items():
        if not first:
            L.t(jsep[0])
        first = False
        L.t(json.dumps(k) + ":")
        if k == "thumb":
            L.t('"data:image/jpeg;base64,').p(jpeg_b64(ri(180, 320)), "photo").t('"')
        elif k == "note":
            L.t('"').p(str(p["age"]), "age" if p["age"] > 89 else None)
            L.t(ch([f"yo {p['sex']}, peri-wound maceration, drainage mod serous, caregiver ",
                    f" y/o {p['sex']} {ch(['w/ colostomy', 'w/ ileostomy', 'NPWT in place'])}; wound bed 80% gran, "
                    f"{ch(['no odor', 'slight odor', 'tunneling 1.2cm @ 3 oclock'])}; spoke w/ ",
                    f"yo, L x W x D {rng.uniform(1, 6):.1f}x{rng.uniform(1, 4):.1f}x{rng.uniform(0.1, 1):.1f} cm, "
                    f"dressing changed, teach-back done with "]))
            L.p(cgname(p), "name").t(f" ({p['cg']['rel']})\"")
        else:
            jdump(L, v)
    L.t("}")
    return [L]


# ---------------------------------------------------------------- PDF generation errors (Node stack / Go)
def g_pdf(phi):
    out = []
    if not phi:
        if ri(0, 1):
            L = nest_pre("ERROR", "PdfService")
            L.t(f"TimeoutError: Navigation timeout of 30000 ms exceeded (template=delivery-ticket v{ri(3, 7)}, job={uid()})")
            out.append(L)
            for fr in ["    at LifecycleWatcher._LifecycleWatcher_createTimeout (/app/node_modules/puppeteer-core/lib/cjs/puppeteer/cdp/LifecycleWatcher.js:166:21)",
                       "    at async Deferred.race (/app/node_modules/puppeteer-core/lib/cjs/puppeteer/util/Deferred.js:83:20)",
                       "    at async CdpFrame.goto (/app/node_modules/puppeteer-core/lib/cjs/puppeteer/cdp/Frame.js:146:25)",
                       f"    at async PdfService.render (/app/dist/pdf/pdf.service.js:{ri(40, 120)}:{ri(5, 30)})"]:
                S = NL("node_stacktrace")
                S.t(fr)
                out.append(S)
        else:
            L = NL("go_logfmt")
            L.t(f"time={ts_off()} level=error svc=docgen msg=\"wkhtmltopdf failed\" err=\"exit status 1: Exit with code 1 "
                f"due to network error: ContentNotFoundError\" asset=https://cdn.crestmoorhm.com/brand/logo-2024.svg "
                f"logo_fallback=\"data:image/png;base64,{png_b64(30)}\"")
            out.append(L)
        return out
    p = pt()
    r = br(2)
    if r == 0:
        L = nest_pre("ERROR", "PdfService")
        L.t("Error: ENOENT: no such file or directory, open '/data/pod/2024/09/POD_").p(p["pid"], "mrn").t("_") \
            .p(fold(p["last"]).replace(" ", ""), "name").t("_").p(fold(p["first"]).replace(" ", ""), "name").t("_") \
            .p(svc_date().isoformat(), "date").t(".pdf'")
        out.append(L)
        for fr in ["    at Object.openSync (node:fs:573:18)",
                   "    at Object.readFileSync (node:fs:452:35)",
                   f"    at PodArchiveService.attach (/app/dist/pod/pod-archive.service.js:{ri(30, 90)}:{ri(10, 40)})"]:
            S = NL("node_stacktrace")
            S.t(fr)
            out.append(S)
    elif r == 1:
        L = nest_pre("ERROR", "PdfService")
        L.t("TypeError: Cannot read properties of undefined (reading 'signatureDate') while rendering DeliveryTicket for '") \
            .p(fullname(p, 1), "name").t("' (DOB ").p(dfmt(p["dob"], "%Y-%m-%d"), "date").t(f") order {so()}")
        out.append(L)
    else:
        L = NL("go_logfmt")
        L.t(f"time={ts_off()} level=error svc=docgen msg=\"template render failed\" tmpl=wopd_cover.html ")
        L.t("err=\"template: wopd_cover.html:41:17: executing \\\"addr\\\" at <.Patient.Address.Line2>: nil pointer\" ")
        kv(L, "patient", fullname(p, 2), "name", lead="")
        kv(L, "line1", p["street"], "address")
        kv(L, "zip", p["zip"], "zip")
        out.append(L)
    return out


# ---------------------------------------------------------------- Windows Server events (Snare syslog)
def win_pre(host, logname, evid, source, user, etype):
    L = NL("windows_snare")
    n = Clock.now
    utype = "User" if "\\" in user else "N/A"
    L.t(f"<{ch([13, 14, 12])}>{n.strftime('%b')} {n.day:2d} {n.strftime('%H:%M:%S')} {host}.crestmoor.local MSWinEventLog\t1\t"
        f"{logname}\t{ri(10000, 99999)}\t{n.strftime('%a %b %d %H:%M:%S %Y')}\t{evid}\t{source}\t{user}\t"
        f"{utype}\t{etype}\t{host}\tNone\t\t")
    return L


def g_win(phi):
    host = ch(["WHS-APP01", "WHS-FS01", "WHS-PRT01"])
    if not phi:
        r = ri(0, 5)
        if r == 0:
            L = win_pre(host, "Security", 4624, "Microsoft-Windows-Security-Auditing", "CRESTMOOR\\" + ch(WIN_USERS),
                        "Success Audit")
            L.t(f"An account was successfully logged on.  Logon Type: {ch([2, 3, 10])}  Workstation Name: WHS-PC{ri(1, 30):02d}  "
                f"Source Network Address: 10.40.{ri(1, 9)}.{ri(2, 250)}")
        elif r == 1:
            L = win_pre(host, "System", 7036, "Service Control Manager", "N/A", "Information")
            L.t(f"The {ch(['Print Spooler', 'CrestmoorWMS Label Agent', 'Windows Update', 'World Wide Web Publishing Service'])} "
                f"service entered the {ch(['running', 'stopped'])} state.")
        elif r == 2:
            L = win_pre(host, "Application", 1026, ".NET Runtime", "N/A", "Error")
            L.t("Application: CrestmoorWMS.exe Framework Version: v4.0.30319 Description: The process was terminated due to "
                "an unhandled exception. Exception Info: System.Data.SqlClient.SqlException (0x80131904): Violation of "
                f"PRIMARY KEY constraint 'PK_PickWave'. Cannot insert duplicate key in object 'dbo.PickWave'. Wave W0916-{ri(1, 9):02d}")
        elif r == 3:
            L = win_pre(host, "System", 5074, "Microsoft-Windows-WAS", "N/A", "Information")
            L.t(f"A worker process with process id of '{ri(1000, 9999)}' serving application pool 'WMSAppPool' has requested a "
                f"recycle because it reached its scheduled recycle time.")
        elif r == 4:
            L = win_pre(host, "System", 2013, "srv", "N/A", "Warning")
            L.t(f"The D: disk is at or near capacity.  You may need to delete some files. ({ri(88, 97)}% used)")
        else:
            L = win_pre("WHS-PRT01", "Microsoft-Windows-PrintService/Operational", 307,
                        "Microsoft-Windows-PrintService", "CRESTMOOR\\svc_print", "Information")
            L.t(f"Document {ri(10, 999)}, Print Document owned by svc_print on \\\\WHS-PC{ri(1, 30):02d} was printed on "
                f"ZDN-PACK0{ri(1, 6)} through port 10.40.2.{ri(10, 60)}.  Size in bytes: {ri(4000, 90000)}. Pages printed: 1. "
                f"No user action is required.")
        return [L]
    p = pt()
    if ri(0, 1):
        L = win_pre("WHS-PRT01", "Microsoft-Windows-PrintService/Operational", 307, "Microsoft-Windows-PrintService",
                    "CRESTMOOR\\" + ch(WIN_USERS), "Information")
        L.t(f"Document {ri(10, 999)}, PackSlip_{so()}_").p(fold(p["last"]).upper().replace(" ", "_"), "name").t("_") \
            .p(fold(p["first"]).upper().replace(" ", "_"), "name").t(f".pdf owned by svc_wms on \\\\WHS-PACK0{ri(1, 6)} was printed on "
                                                                    f"ZDN-PACK0{ri(1, 6)} through port 10.40.2.{ri(10, 60)}.  Size in bytes: "
                                                                    f"{ri(30000, 90000)}. Pages printed: 1. No user action is required.")
    else:
        L = win_pre("WHS-APP01", "Application", 0, "CrestmoorWMS", "N/A", "Warning")
        L.t("Pack slip reprint requested for ship-to '").p(fullname(p, 0), "name").t(", ")
        add_addr(L, p, 2)
        L.t(f"' by CRESTMOOR\\{ch(WIN_USERS)} reason=label smudged carrier={ch(['FEDEX', 'UPS'])}")
    return [L]


# ---------------------------------------------------------------- IIS W3C logs (warehouse WMS)
IIS_UA = ["Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/128.0.0.0+Safari/537.36",
          "Mozilla/5.0+(Linux;+Android+11;+TC52)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/118.0.0.0+Mobile+Safari/537.36",
          "Zebra-Print-Agent/2.4"]


def iis_pre():
    L = NL("iis_w3c")
    u = utc()
    L.t(f"{u.strftime('%Y-%m-%d %H:%M:%S')} 10.40.1.12 ")
    return L


def iis_tail(L, status=200):
    L.t(f" 443 CRESTMOOR\\{ch(WIN_USERS)} 10.40.{ri(1, 9)}.{ri(2, 250)} {ch(IIS_UA)} - {status} 0 0 {ri(3, 900)}")
    return L


def g_iis(phi):
    out = []
    if state["iis_hdr"] == 0:
        state["iis_hdr"] = 1
        for h in ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0",
                  f"#Date: {utc().strftime('%Y-%m-%d %H:%M:%S')}",
                  "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) "
                  "cs(Referer) sc-status sc-substatus sc-win32-status time-taken"]:
            out.append(NL("iis_w3c").t(h))
    if not phi:
        L = iis_pre()
        L.t(ch([f"GET /WMS/Orders/Pick.aspx so={so()}&wave=W0916-{ri(1, 9):02d}",
                f"POST /WMS/api/scan/verify sku={ch(['HOL', 'CNV', 'COL'])}-{ri(1000, 99999)}&lot=L{ri(2300, 2499)}",
                "GET /WMS/healthcheck.aspx -", f"GET /WMS/Content/site.css v={hexs(8)}",
                f"POST /WMS/Labels/Print.aspx so={so()}&carrier={ch(['FEDEX', 'UPS'])}&trk={trk_fedex()}"]))
        iis_tail(L, ch([200, 200, 200, 302, 500]))
        out.append(L)
        return out
    p = pt()
    L = iis_pre()
    r = br(2)
    if r == 0:
        L.t(f"GET /WMS/Labels/PackSlip.aspx so={so()}&shipto=").p(urllib.parse.quote_plus(fullname(p, 0)), "name") \
            .t("&zip=").p(p["zip"], "zip")
    elif r == 1:
        L.t("POST /WMS/WillCall/CheckIn.aspx pt=").p(p["pid"], "mrn").t("&dl=").p(p["dl"].replace("-", ""), "license") \
            .t("&plate=").p(urllib.parse.quote_plus(p["plate"]), "vehicle")
        if rng.random() < 0.5:
            L.t("&vin=").p(p["vin"], "vehicle")
    else:
        L.t("GET /WMS/Patients/Search.aspx q=").p(urllib.parse.quote_plus(fullname(p, 1)), "name") \
            .t("&dob=").p(urllib.parse.quote_plus(dfmt(p["dob"], "%m/%d/%Y")), "date")
    iis_tail(L)
    out.append(L)
    return out


# ---------------------------------------------------------------- Envoy sidecar access log (noise only)
def g_envoy(phi):
    L = NL("envoy_access")
    path, ua, up = ch([("/healthz", "kube-probe/1.29", "eligibility-svc"), ("/readyz", "kube-probe/1.29", "ship-hooks"),
                       ("/metrics", "Prometheus/2.53.1", "refill-reminder"), ("/v1/claims/batch", "Go-http-client/2.0", "edi-gateway"),
                       ("/webhooks/fedex", "FedEx-Webhook/1.0", "ship-hooks")])
    L.t(f"[{ts_z()}] \"{'POST' if 'webhooks' in path or 'batch' in path else 'GET'} {path} HTTP/1.1\" "
        f"{ch([200, 200, 200, 204, 503])} - {ri(0, 900)} {ri(2, 8000)} {ri(0, 400)} {ri(0, 400)} \"-\" \"{ua}\" "
        f"\"{uid()}\" \"{up}:8080\" \"10.244.{ri(0, 7)}.{ri(2, 250)}:8080\"")
    return [L]


# ---------------------------------------------------------------- Prometheus-ish job metrics / config (noise)
def g_jobstats(phi):
    L = NL("go_logfmt")
    L.t(f"time={ts_off()} level=info svc={ch(['refill-cron', 'pod-archiver', 'edi-gateway', 'fax-router'])} ")
    L.t(ch([
        f"msg=\"job finished\" job=nightly-pod-archive files={ri(100, 900)} bytes={ri(10 ** 7, 10 ** 9)} dur={rng.uniform(1, 90):.2f}s",
        f"msg=\"config loaded\" env=prod region=us-central1 build=2024.09.{ri(10, 16)}+{hexs(7)} kafka=b-1.msk.crestmoor.internal:9094",
        f"msg=\"on-call contact\" team={ch(['intake', 'billing', 'warehouse'])} name=\"{ch(STAFF_CSR)}\" "
        f"phone=\"312-555-01{ri(10, 99)}\" email=oncall-{ch(['intake', 'ops'])}@crestmoorhm.com",
        f"msg=\"prescriber fax queued\" to_fax=\"{phone_fmt(ch(CLINICS)[2], 1)}\" clinic=\"{ch(CLINICS)[0]}\" "
        f"doc=WOPD_request pages=2",
        f"msg=\"fax route\" did=+1{CO_FAX} queue=intake-referrals pages_today={ri(100, 2000)}",
        f"msg=\"test card accepted in sandbox\" card=4111111111111111 env=staging",
        f"msg=\"masked payment log\" card=****{digits(4)} ssn=***-**-{digits(4)} acct=20-******",
        f"msg=\"goroutines\" n={ri(20, 400)} heap_mb={ri(20, 900)} gc_pause_ms={rng.uniform(0, 4):.2f}",
    ]))
    return [L]


# ============================================================================= assembly
FAMS = [  # (generator, weight, multi-line block?)
    (g_kofax, 9, False), (g_brightree, 8, False), (g_sfdebug, 7, False), (g_sfcdc, 4, False),
    (g_837, 0, True), (g_835, 0, True), (g_x12err, 2, False), (g_cms1500, 1.5, True),
    (g_docrules, 6, False), (g_fedex, 5, False), (g_ups, 4, False), (g_five9, 6, False),
    (g_ivr, 3, True), (g_nest, 8, False), (g_zap, 5, False), (g_kafka, 4, False), (g_debezium, 4, False),
    (g_twilio, 5, False), (g_sendgrid, 4, False), (g_woundcam, 6, False), (g_pdf, 3, True), (g_win, 6, False),
    (g_iis, 5, False), (g_envoy, 4, False), (g_jobstats, 4, False),
]
NOISE_ONLY = {g_kafka, g_envoy, g_jobstats}
MAX_BLOCKS = {g_837: 2, g_835: 2, g_cms1500: 3, g_pdf: 5, g_ivr: 7}
TARGET_NOISE = 0.55


def build():
    lines = []
    noise = 0
    used = {}
    weights = [w for _, w, _ in FAMS]
    # blocks forced at fixed random positions so that every identifier kind occurs
    must = [(g_835, None), (g_837, None), (g_ivr, 0), (g_ivr, 0), (g_nest, 4), (g_nest, 4), (g_iis, 1), (g_iis, 1),
            (g_brightree, 5), (g_nest, 6), (g_twilio, 1), (g_kofax, 3), (g_kofax, 5), (g_woundcam, None),
            (g_sendgrid, 2), (g_nest, 2), (g_cms1500, None), (g_docrules, 5), (g_ivr, 0)]
    pos = sorted(rng.sample(range(5, 470), len(must)))
    rng.shuffle(must)
    sched = list(zip(pos, must))
    while len(lines) < N_LINES:
        remaining = N_LINES - len(lines)
        forced = None
        if sched and len(lines) >= sched[0][0]:
            forced = sched[0][1]
            g, FORCE["branch"] = forced
            want_phi = True
        else:
            g, _, multi = rng.choices(FAMS, weights=weights)[0]
            if used.get(g, 0) >= MAX_BLOCKS.get(g, 10 ** 6):
                continue
            want_phi = (noise / max(1, len(lines))) >= TARGET_NOISE
            if g in NOISE_ONLY:
                want_phi = False
        st = dict(state)
        cl = Clock.now
        rs = rng.getstate()
        blk = g(want_phi)
        if len(blk) > remaining:
            state.update(st)
            Clock.now = cl
            rng.setstate(rs)
            rng.random()
            FORCE["branch"] = None
            continue
        if forced:
            sched.pop(0)
        FORCE["branch"] = None
        used[g] = used.get(g, 0) + 1
        for L in blk:
            if not L.spans:
                noise += 1
        lines.extend(blk)
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    log_out = []
    lab_out = []
    for i, L in enumerate(lines, 1):
        txt = L.text()
        assert txt and "\n" not in txt and "\r" not in txt, (i, txt)
        b = txt.encode("utf-8")
        spans = []
        prev_e = -1
        for s, e, cat, val in sorted(L.spans):
            assert b[s:e].decode("utf-8") == val, (i, s, e, val)
            assert s >= prev_e
            assert val.strip() == val and val
            prev_e = e
            spans.append({"s": s, "e": e, "cat": cat})
        log_out.append(txt)
        lab_out.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, f"{ID}.log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(log_out))
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(lab_out) + "\n")


if __name__ == "__main__":
    main()
