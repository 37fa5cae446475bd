#!/usr/bin/env python3
"""Synthetic labeled log corpus "jz": a hospital's patient financial services (PFS)
department and its collection agency.

Systems imitated: bad-debt placement files (fixed width with header/trailer records,
pipe files with and without header rows), agency recall CSV and remittance/payment
posting files, skip-tracing vendor responses (JSON in ETL debug logs, pretty-printed
XML), PACER-like bankruptcy notices (Official Form 309A text, NEF e-mails), probate
letters (OCR text), payment-plan vendor logfmt, statement print/mail vendor logs,
IVR pay-by-phone logs, text-to-pay app logs and nginx access logs, card gateway
webhooks / CardConnect-style responses, NACHA ACH files, call-recording transcripts,
charity care (financial assistance) applications in English and Spanish (portal JSON
and OCR of paper forms), X12 270/271 presumptive-eligibility checks, Meditech-style
HL7 interface logs, Allscripts Unity API logs, Python ETL logging (urllib3, paramiko,
sqlalchemy, celery), SQL Server Agent job history and SQL Server error log noise.

All people, numbers and addresses are synthetic.  Standard library only, fixed seed.

Labeling decisions:
- Labeled people: patients, guarantors, debtors, deceased patients and their
  relatives/executors, household members, callers, card/bank account holders.
  Not labeled: collectors, IVR/call agents, PFS staff, attorneys (debtor's attorney,
  estate attorney), bankruptcy trustees, judges, physicians, vendors, courts,
  employers, banks and their addresses/phones/e-mails.
- Names: one span for a contiguous name field ("OKAFOR, CHIDI E", "OKAFOR^CHIDI^E",
  "Chidi Okafor"); separate spans when the format puts name parts in separate
  fields (fixed-width columns, XML <First>/<Middle>/<Last>, X12 NM1 elements).
  A middle initial in its own field is labeled as name.
- Addresses: street line, unit, city and county are labeled "address" (street+unit
  as one span when contiguous); state is never labeled; ZIP / ZIP+4 is "zip".
  HL7 XAD components are labeled separately.
- Dates: every date-only business field in a per-person record is "date": birth,
  service/admit/discharge, death, placement, recall, payment, plan due dates,
  bankruptcy petition date, meeting of creditors, probate appointment, application
  signature date, spoken dates in transcripts.  Not labeled: log timestamps,
  machine event timestamps with a time of day (webhook "created", docket "entered
  on ... at 2:41 PM"), file/batch creation dates and effective dates in file
  headers, letter dates, job run dates and SQL parameters that are batch dates.
- Ages are labeled only when over 89 ("93 years of age", "age":91, "ninety-four").
- Accounts ("account"): hospital visit accounts (V...), guarantor accounts (G...),
  agency account numbers, full card numbers (PAN), bank (DFI) account numbers, and
  the NACHA individual-ID field (carries the guarantor account).
  Not labeled: card last-4, masked PANs/accounts (****6612), CardConnect/vault
  tokens, gateway transaction/retref/auth codes, ABA routing numbers (they name a
  bank), public test card numbers (4111111111111111), batch/trace/check numbers.
- SSN: full SSNs only; masked SSNs showing last 4 (xxx-xx-4471) are not labeled.
- MRN: Meditech unit numbers (M000...), Allscripts patient IDs and MRNs.
- health_plan: Medicaid IDs, Medicare MBIs, commercial member/subscriber IDs.
- other_id: bankruptcy case numbers, probate case numbers, charity application IDs,
  payment-plan IDs, skip-trace vendor person IDs (LexID-like).  Not labeled: call
  recording IDs, IVR session IDs, SMS message SIDs, OCR document IDs (they identify
  an event or a document, not a person).
- phone: patient/guarantor/relative phones incl. IVR ANI and SMS From/To (URL-encoded
  "%2B1..." labeled whole); hospital/agency/vendor DNIS and business lines are not.
- url: personal text-to-pay links (full link, or the "/t/<token>" path in access
  logs) and personal social-media profile URLs from skip trace.
- ip: a patient's public IP (text-to-pay/web pay sessions); private 10.x/172.x and
  vendor (Twilio, gateway) IPs are not labeled.
- device: serial numbers of a patient's medical device (DME rental line items).
- vehicle: VINs and licence plates from skip-trace results.
- license: driver's licence / state ID numbers of the person.
- biometric: IVR voice-biometric templates; photo: base64 ID/face images uploaded
  with charity applications (the base64 payload only).
- Empty fields are never labeled.
"""
import base64
import json
import random
import unicodedata
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path

R = random.Random(0x5B2C_0514)
OUT = Path(__file__).resolve().parent
ID = "jz"
N_LINES = 500


# --------------------------------------------------------------------------- builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, *xs):
        for x in xs:
            x = str(x)
            self.buf.append(x)
            self.n += len(x.encode("utf-8"))
        return self

    def p(self, val, cat):
        val = str(val)
        if val == "":
            return self
        b = len(val.encode("utf-8"))
        self.spans.append((self.n, self.n + b, cat, val))
        self.buf.append(val)
        self.n += b
        return self

    def fw(self, val, width, cat=None, right=False, fill=" "):
        """fixed-width field; label only the value, not the padding"""
        val = str(val)[:width]
        pad = fill * (width - len(val))
        if right:
            self.t(pad)
            self.p(val, cat) if cat else self.t(val)
        else:
            self.p(val, cat) if cat else self.t(val)
            self.t(pad)
        return self

    def text(self):
        return "".join(self.buf)


class PH:
    """placeholder for a PHI value inside JSON"""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


def jput(L, o, sep=(",", ":")):
    if isinstance(o, PH):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=False)
            assert enc == '"' + o.v + '"', o.v
            L.t('"').p(o.v, o.cat).t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=False), sep[1])
            jput(L, v, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jput(L, v, sep)
        L.t("]")
    else:
        L.t(json.dumps(o, ensure_ascii=False))
    return L


# --------------------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = datetime(2024, 5, 14, 1, 58, 3, 117000)

    def tick(self, lo=1.0, hi=160.0):
        self.t += timedelta(seconds=R.uniform(lo, hi))
        return self.t


CLK = Clock()


def ts_py(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def ts_ms(t, sep=" "):
    return t.strftime(f"%Y-%m-%d{sep}%H:%M:%S.") + f"{t.microsecond // 1000:03d}"


def ts_z(t):
    u = t + timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond // 1000:03d}Z"


def ts_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}-04:00"


def ts_sql(t):
    return t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 10000:02d}"


def ts_ngx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_us(t):
    return t.strftime("%m/%d/%Y %H:%M:%S.") + f"{t.microsecond // 1000:03d}"


def epoch(t):
    return int((t + timedelta(hours=4) - datetime(1970, 1, 1)).total_seconds())


def hexid(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


# --------------------------------------------------------------------------- dates
MON = ["January", "February", "March", "April", "May", "June", "July", "August",
       "September", "October", "November", "December"]
MES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
       "septiembre", "octubre", "noviembre", "diciembre"]
ORD = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
       "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
       "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
       "twenty-first", "twenty-second", "twenty-third", "twenty-fourth", "twenty-fifth",
       "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth", "thirtieth",
       "thirty-first"]
UNITS = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
         "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ES_NUM = {1: "uno", 2: "dos", 3: "tres", 4: "cuatro", 5: "cinco", 6: "seis", 7: "siete",
          8: "ocho", 9: "nueve", 10: "diez", 11: "once", 12: "doce", 13: "trece",
          14: "catorce", 15: "quince", 16: "dieciséis", 17: "diecisiete", 18: "dieciocho",
          19: "diecinueve", 20: "veinte", 21: "veintiuno", 22: "veintidós", 23: "veintitrés",
          24: "veinticuatro", 25: "veinticinco", 26: "veintiséis", 27: "veintisiete",
          28: "veintiocho", 29: "veintinueve", 30: "treinta", 31: "treinta y uno"}
ES_TENS = {3: "treinta", 4: "cuarenta", 5: "cincuenta", 6: "sesenta", 7: "setenta",
           8: "ochenta", 9: "noventa"}


def words2(n):
    if n < 10:
        return UNITS[n]
    if n < 20:
        return TEENS[n - 10]
    return TENS[n // 10] + ("-" + UNITS[n % 10] if n % 10 else "")


def spoken_date(d):
    y = d.year
    if y >= 2000:
        ys = "two thousand" + (" " + words2(y - 2000) if y > 2000 else "")
    else:
        lo = y % 100
        ys = "nineteen " + (words2(lo) if lo >= 10 else "oh " + UNITS[lo])
    return f"{MON[d.month - 1].lower()} {ORD[d.day]} {ys}"


def es_spoken_date(d):
    lo = d.year % 100
    yy = ES_TENS[lo // 10] + (" y " + ES_NUM[lo % 10] if lo % 10 else "")
    return f"el {ES_NUM[d.day]} de {MES[d.month - 1]} del {yy}"


def fd(d, style):
    if style == "ymd":
        return d.strftime("%Y%m%d")
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_np":
        return f"{d.month}/{d.day}/{d.year}"
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "us_dash":
        return d.strftime("%m-%d-%Y")
    if style == "long":
        return f"{MON[d.month - 1]} {d.day}, {d.year}"
    if style == "dmy_dot":
        return d.strftime("%d.%m.%Y")
    if style == "dmy":
        return d.strftime("%d/%m/%Y")
    if style == "ora":
        return d.strftime("%d-") + MON[d.month - 1][:3].upper() + d.strftime("-%Y")
    if style == "es":
        return f"{d.day} de {MES[d.month - 1]} de {d.year}"
    if style == "mdy6":
        return d.strftime("%m%d%y")
    if style == "mdy8":
        return d.strftime("%m%d%Y")
    raise ValueError(style)


def rdate(a, b):
    return a + timedelta(days=R.randint(0, (b - a).days))


# --------------------------------------------------------------------------- people
FIRST = [("Chidi", "M"), ("Oluwaseun", "M"), ("Amara", "F"), ("Kwame", "M"),
         ("Fatoumata", "F"), ("Abdi", "M"), ("María José", "F"), ("Jesús", "M"),
         ("Guadalupe", "F"), ("Alejandro", "M"), ("Xiomara", "F"), ("Rosa Elena", "F"),
         ("Yousef", "M"), ("Layla", "F"), ("Rania", "F"), ("Priyanka", "F"),
         ("Venkatesh", "M"), ("Harpreet", "F"), ("Thanh", "M"), ("Mei-Ling", "F"),
         ("Hiroshi", "M"), ("Ji-woo", "F"), ("Minh", "M"), ("Dariusz", "M"),
         ("Oksana", "F"), ("Bogdan", "M"), ("Siobhán", "F"), ("Declan", "M"),
         ("Zoë", "F"), ("Renée", "F"), ("Dwayne", "M"), ("Kayleigh", "F"),
         ("Cody", "M"), ("Tamara", "F"), ("Brittany", "F"), ("LaToya", "F"),
         ("DeShawn", "M"), ("Bjørn", "M"), ("Aurélien", "M"), ("Nizhoni", "F"),
         ("Keoni", "M"), ("Svetlana", "F"), ("Elijah", "M"), ("Jo Ann", "F"),
         ("Tyrell", "M"), ("Anh", "F"), ("Mateus", "M"), ("Ines", "F")]
OLD_FIRST = [("Harold", "M"), ("Mildred", "F"), ("Gertrude", "F"), ("Wendell", "M"),
             ("Florence", "F"), ("Ignatius", "M"), ("Opal", "F"), ("Clarence", "M")]
LAST = ["Okafor", "Nguyen", "Marquez-Whitfield", "O'Connell", "de la Cruz",
        "van der Linden", "Pietrzak", "Abdullahi", "Haddad", "Chaudhry", "Tran",
        "Kowalczyk", "Yamamoto", "Begay", "MacDougall", "St. Clair", "D'Alessandro",
        "Papadopoulos", "Hernández Ruiz", "Reyes-Montoya", "Al-Rashid", "Adeyemi",
        "Kaur", "Patel", "Schröder", "Johansson", "Washington", "Boateng", "Ferreira",
        "Dubois", "Le", "Ng", "Park", "Mwangi", "Ivanova", "Lindqvist",
        "Bellamy-Cross", "Smith", "Jefferies", "Fitzpatrick", "Kealoha", "Traoré",
        "Gonçalves", "Ó Briain", "Von Ahn", "DiMarco", "Yilmaz", "Szabo", "Moreau",
        "Hollingsworth", "Mahmoud", "Castellanos", "Oyelaran", "Kuznetsov"]
MIDS = "ABCDEFGHJKLMNPRSTVW"

CITIES = [
    ("Dayton", "Montgomery", "OH", ["45402", "45403", "45405", "45406", "45410", "45414", "45417", "45420"], "937", 9),
    ("Kettering", "Montgomery", "OH", ["45429", "45440"], "937", 4),
    ("Huber Heights", "Montgomery", "OH", ["45424"], "937", 3),
    ("Miamisburg", "Montgomery", "OH", ["45342"], "937", 2),
    ("Trotwood", "Montgomery", "OH", ["45426"], "937", 2),
    ("Xenia", "Greene", "OH", ["45385"], "937", 2),
    ("Beavercreek", "Greene", "OH", ["45431", "45434"], "937", 2),
    ("Fairborn", "Greene", "OH", ["45324"], "937", 2),
    ("Springfield", "Clark", "OH", ["45503", "45505"], "937", 2),
    ("Troy", "Miami", "OH", ["45373"], "937", 1),
    ("Piqua", "Miami", "OH", ["45356"], "937", 1),
    ("Lebanon", "Warren", "OH", ["45036"], "513", 1),
    ("Middletown", "Butler", "OH", ["45044"], "513", 1),
    ("Urbana", "Champaign", "OH", ["43078"], "937", 1),
    ("Eaton", "Preble", "OH", ["45320"], "937", 1),
    ("Greenville", "Darke", "OH", ["45331"], "937", 1),
    ("Sidney", "Shelby", "OH", ["45365"], "937", 1),
    ("Richmond", "Wayne", "IN", ["47374"], "765", 1),
    ("Lexington", "Fayette", "KY", ["40502", "40517"], "859", 1),
    ("Cincinnati", "Hamilton", "OH", ["45211", "45238"], "513", 1),
    ("Columbus", "Franklin", "OH", ["43207", "43224"], "614", 1),
    ("Indianapolis", "Marion", "IN", ["46227"], "317", 1),
    ("Fort Wayne", "Allen", "IN", ["46805"], "260", 1),
    ("Houston", "Harris", "TX", ["77072"], "832", 1),
    ("Kissimmee", "Osceola", "FL", ["34741"], "407", 1),
]
STREETS = ["Salem Ave", "Wilmington Pike", "Far Hills Ave", "Linden Ave", "Smithville Rd",
           "N Main St", "Brown St", "Watervliet Ave", "Shiloh Springs Rd", "Gettysburg Ave",
           "Patterson Rd", "Stroop Rd", "Xenia Ave", "Burkhardt Rd", "Hoover Ave",
           "Catalpa Dr", "Philadelphia Dr", "Maplewood Ave", "Old Troy Pike",
           "E Dorothy Ln", "Needmore Rd", "Siebenthaler Ave", "Kings Hwy", "Riverview Ave",
           "Glenwood Ave", "Wyoming St", "Huffman Ave", "Cornell Dr", "Valley St",
           "W Third St", "Lexington Ave", "Harshman Rd", "Woodman Dr", "Bellefontaine Ave",
           "Oak Knoll Dr", "County Road 25A", "State Route 48", "Hickory Hollow Ln"]
UNITS_ = ["Apt 3B", "Apt 12", "Unit 4", "# 204", "Lot 57", "Apt C", "Apt 1107", "Trlr 9"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com",
             "att.net", "aol.com", "protonmail.com"]

ASCII_MAP = str.maketrans({"ø": "o", "Ø": "O", "æ": "ae", "ß": "ss", "Ó": "O", "ó": "o"})


def ascii_up(s):
    s = s.translate(ASCII_MAP)
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return s.upper()


def ascii_low(s):
    return ascii_up(s).lower()


def ssn():
    while True:
        a = R.randint(1, 899)
        if a in (666,):
            continue
        return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    d = "0123456789"
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_A + d), R.choice(d),
         R.choice(MBI_A), R.choice(MBI_A + d), R.choice(d), R.choice(MBI_A),
         R.choice(MBI_A), R.choice(d), R.choice(d)]
    return "".join(c)


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6,
         "G": 7, "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2,
         "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
MAKES = [("1HG", "HONDA", "ACCORD"), ("2T1", "TOYOTA", "COROLLA"), ("1G1", "CHEVROLET", "MALIBU"),
         ("5NP", "HYUNDAI", "ELANTRA"), ("3N1", "NISSAN", "SENTRA"), ("1C4", "JEEP", "CHEROKEE"),
         ("KNA", "KIA", "FORTE"), ("1FM", "FORD", "ESCAPE"), ("4T1", "TOYOTA", "CAMRY")]
YEARCODE = {2011: "B", 2012: "C", 2013: "D", 2014: "E", 2015: "F", 2016: "G", 2017: "H",
            2018: "J", 2019: "K", 2020: "L", 2021: "M"}


def vin(wmi, year):
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(R.choice(ch) for _ in range(5)) + "0" + YEARCODE[year]
             + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
             + "".join(R.choice("0123456789") for _ in range(6)))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    return "".join(v)


def luhn(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    s = 0
    for i, ch in enumerate(reversed(body)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return body + str((10 - s % 10) % 10)


def fmt_phone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {"paren": f"({a}) {b}-{c}", "dash": f"{a}-{b}-{c}", "raw": d, "dot": f"{a}.{b}.{c}",
            "e164": f"+1{d}", "intl": f"+1 {a} {b} {c}", "paren_ns": f"({a}){b}-{c}",
            "one": f"1-{a}-{b}-{c}"}[style]


class Person:
    def __init__(self, old=False, minor=False, last=None):
        fn, self.sex = R.choice(OLD_FIRST if old else FIRST)
        self.first = fn
        self.last = last or R.choice(LAST)
        self.mi = R.choice(MIDS)
        if old:
            self.dob = rdate(date(1927, 3, 1), date(1933, 12, 31))
        elif minor:
            self.dob = rdate(date(2008, 1, 1), date(2021, 12, 31))
        else:
            self.dob = rdate(date(1944, 1, 1), date(2003, 12, 31))
        self.ssn = ssn()
        w = [c[5] for c in CITIES]
        c = R.choices(CITIES, weights=w)[0]
        self.city, self.county, self.st, zips, self.area, _ = c
        self.zip = R.choice(zips)
        self.zip4 = f"{R.randint(1000, 9899):04d}"
        self.num = str(R.choice([R.randint(10, 999), R.randint(1000, 9999), R.randint(100, 29999)]))
        self.street = R.choice(STREETS)
        self.unit = R.choice(UNITS_) if R.random() < 0.3 else ""
        self.phone = self.area + str(R.randint(201, 989)) + f"{R.randint(0, 9999):04d}"
        self.cell = R.choice([self.area, "937", "513", "234"]) + str(R.randint(201, 989)) + f"{R.randint(0, 9999):04d}"
        loc = ascii_low(self.first.split()[0]).replace("-", "")
        lst = ascii_low(self.last).replace(" ", "").replace("'", "").replace(".", "")
        self.email = R.choice([f"{loc}.{lst}{self.dob.year % 100:02d}", f"{loc[0]}{lst}{R.randint(1, 999)}",
                               f"{lst}.{loc}", f"{loc}{lst[:4]}{R.randint(10, 99)}"]) + "@" + R.choice(EMAIL_DOM)
        self.mrn = f"M000{R.randint(100000, 999999)}"
        self.asid = str(R.randint(1000000, 2999999))
        self.asmrn = f"SB{R.randint(1000000, 9999999)}"
        self.acct = f"V00{R.randint(10000000, 99999999)}"
        self.gacct = f"G{R.randint(1000000, 9999999)}"
        self.agacct = str(R.randint(40000000, 49999999))
        self.medicaid = str(R.randint(100000000000, 109999999999))
        self.mbi = mbi()
        self.member = R.choice([f"W{R.randint(100000000, 999999999)}", f"YRP{R.randint(100000000, 999999999)}",
                                f"{R.randint(900000000, 999999999)}01", f"H{R.randint(10000000, 99999999)}"])
        self.dl = (alnum(2, "ABCDEFGHJKLMNPRSTUVWXYZ") + f"{R.randint(0, 999999):06d}") if self.st == "OH" else (
            f"{R.randint(1000, 9999)}-{R.randint(10, 99)}-{R.randint(1000, 9999)}" if self.st == "IN" else
            R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + f"{R.randint(10000000, 99999999)}")
        mk = R.choice(MAKES)
        self.vyear = R.randint(2011, 2021)
        self.vin = vin(mk[0], self.vyear)
        self.make, self.model = mk[1], mk[2]
        self.plate = (alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + " " + f"{R.randint(0, 9999):04d}") if R.random() < 0.6 else (
            f"{R.randint(100, 999)}" + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ"))
        self.dos = rdate(date(2022, 8, 1), date(2024, 2, 28))
        self.disch = self.dos + timedelta(days=R.choice([0, 0, 0, 1, 2, 3, 5, 8]))
        self.bal = R.randint(2500, 1850000)
        self.place_dt = rdate(date(2024, 3, 1), date(2024, 5, 10))

    # name renderings
    @property
    def fl(self):
        return f"{self.first} {self.last}"

    @property
    def lf(self):
        return f"{self.last}, {self.first}"

    @property
    def LF(self):
        return f"{ascii_up(self.last)}, {ascii_up(self.first)} {self.mi}"

    @property
    def FL(self):
        return f"{ascii_up(self.first)} {ascii_up(self.last)}"

    @property
    def hl7(self):
        return f"{ascii_up(self.last)}^{ascii_up(self.first)}^{self.mi}"

    @property
    def street1(self):
        return f"{self.num} {self.street}" + (f" {self.unit}" if self.unit else "")

    def age_on(self, d):
        return d.year - self.dob.year - ((d.month, d.day) < (self.dob.month, self.dob.day))


PEOPLE = [Person() for _ in range(70)] + [Person(old=True) for _ in range(8)]
OLD = PEOPLE[70:]
USED = []


def pick(k=1, old=False):
    pool = OLD if old else PEOPLE[:70]
    out = []
    for _ in range(k):
        while True:
            if USED and R.random() < 0.25 and not old:
                p = R.choice(USED)
                if p in OLD:
                    continue
            else:
                p = R.choice(pool)
            if p not in out:
                break
        out.append(p)
        USED.append(p)
    return out if k > 1 else out[0]


def relative(p, minor=False):
    q = Person(minor=minor, last=p.last if R.random() < 0.75 else None)
    while q.first == p.first:
        q.first, q.sex = R.choice(FIRST)
    q.city, q.county, q.st, q.zip, q.num, q.street, q.unit = p.city, p.county, p.st, p.zip, p.num, p.street, p.unit
    return q


# --------------------------------------------------------------------------- staff / business (never labeled)
COLLECTORS = ["mreyes", "tjohnson", "kpatel2", "dwhitaker", "lsantiago", "bnguyen", "jokonkwo"]
AGENTS = ["Marcus", "Tamika", "Rhonda", "Luis", "Bethany", "Andre", "Priya"]
ATTYS = [("Kevin P. Lutz", "Lutz & Hale LLC", "130 W Second St Ste 1100", "Dayton, OH 45402", "(937) 555-0186", "klutz@lutzhale-law.example"),
         ("Sandra M. Obi", "Obi Law Group", "6 N Main St Ste 400", "Dayton, OH 45402", "937-555-0151", "sobi@obilawgroup.example"),
         ("Richard Tennant", "Tennant Bankruptcy Clinic", "1 S Limestone St", "Springfield, OH 45502", "937-555-0112", "intake@tennantbk.example")]
TRUSTEES = [("Beth A. Kirchner", "P.O. Box 49122, Dayton, OH 45449", "(937) 555-0177"),
            ("George W. Halloran", "10 W Broad St Ste 1600, Columbus, OH 43215", "(614) 555-0164")]
DOCS = [("1467592830", "LUTZKER", "ANNE"), ("1942815566", "OYELOWO", "DAVID"),
        ("1588204419", "CHEN", "LISA"), ("1730066128", "BRANDT", "THOMAS")]
HOSP = "St. Brendan Regional Medical Center"
LAWFIRMS = [("LAW OFFICE OF MARGARET A. FENWICK, LLC",
             "2270 Lakeview Dr, Suite 210, Beavercreek, Ohio 45431 | Tel 937-555-0172 | Fax 937-555-0173 | mfenwick@fenwicklaw.example",
             "Very truly yours, /s/ Margaret A. Fenwick, Attorney for the Estate (Ohio Reg. No. 0071234)"),
            ("BRANNIGAN & DUFRESNE CO., L.P.A. - Estate Planning & Probate",
             "40 N. Main Street, Suite 1900 · Dayton, OH 45423 · 937.555.0133 · probate@brannigan-dufresne.example",
             "Respectfully, Thomas J. Dufresne, Esq., counsel to the Fiduciary   cc: file 24-0117")]
for _p in PEOPLE[70:]:
    _p.dod = rdate(date(2024, 1, 10), date(2024, 3, 31))
PROBATE_Q = list(PEOPLE[72:76])
AGENCY = "Tri-County Recovery Services, LLC"


# =========================================================================== PHI blocks
def blk_fixedwidth():
    fam = "fixedwidth_placement"
    t = CLK.tick()
    ppl = pick(R.randint(3, 5))
    out = []
    L = Line(fam)
    L.t("H").fw("SBRMC01", 10).fw("TCRS", 6).fw("PRIMARY", 10).t(t.strftime("%Y%m%d%H%M%S"))
    L.fw("BD" + t.strftime("%m%d") + "A", 8).fw("V03.20", 6).fw("ST BRENDAN REGIONAL MED CTR", 40)
    L.fw("", 184 - len(L.text()))
    out.append(L)
    total = 0
    for p in ppl:
        L = Line(fam)
        L.t("D").fw(p.acct, 15, "account").fw(ascii_up(p.last), 20, "name").fw(ascii_up(p.first), 15, "name")
        L.fw(ascii_up(f"{p.num} {p.street}"), 30, "address").fw(ascii_up(p.unit), 15, "address")
        L.fw(ascii_up(p.city), 20, "address").fw(p.st, 2).fw(p.zip + p.zip4, 9, "zip")
        L.fw(p.phone if R.random() < 0.85 else "", 10, "phone").fw(fd(p.dob, "ymd"), 8, "date")
        L.fw(p.ssn.replace("-", "") if R.random() < 0.9 else "", 9, "ssn")
        L.fw(fd(p.dos, "ymd"), 8, "date").fw(fd(p.disch, "ymd"), 8, "date")
        L.fw(f"{p.bal:011d}", 11).fw(R.choice(["SP", "SP", "CO", "DE"]), 2).fw("P", 1)
        total += p.bal
        out.append(L)
    L = Line(fam)
    L.t("T").fw(f"{len(ppl):09d}", 9).fw(f"{total:013d}", 13).fw("", 184 - 23)
    out.append(L)
    return out


PIPE_HDR = ["RecType", "ClientID", "PatAcct", "GuarAcct", "PatLName", "PatFName", "GuarName",
            "GuarAddr1", "GuarAddr2", "GuarCity", "GuarST", "GuarZip", "GuarPhone", "GuarEmail",
            "PatDOB", "GuarSSN", "AdmitDt", "DischDt", "OrigBal", "CurBal", "LastPmtDt",
            "InsPlan", "InsMemberID"]


def blk_pipe_placement():
    fam = "pipe_placement"
    out = []
    if R.random() < 0.7:
        out.append(Line(fam).t("|".join(PIPE_HDR)))
    for pat in pick(R.randint(2, 4)):
        minor = R.random() < 0.3
        if minor:
            g = pat
            pat = relative(g, minor=True)
        else:
            g = pat
        L = Line(fam)
        L.t("D|SBRMC01|").p(pat.acct, "account").t("|").p(g.gacct, "account").t("|")
        L.p(ascii_up(pat.last), "name").t("|").p(ascii_up(pat.first), "name").t("|")
        L.p(g.LF, "name").t("|").p(ascii_up(f"{g.num} {g.street}"), "address").t("|")
        L.p(ascii_up(g.unit), "address").t("|").p(ascii_up(g.city), "address").t("|", g.st, "|")
        L.p(g.zip if R.random() < 0.6 else f"{g.zip}-{g.zip4}", "zip").t("|").p(g.phone, "phone").t("|")
        L.p(g.email if R.random() < 0.5 else "", "email").t("|").p(fd(pat.dob, "us"), "date").t("|")
        L.p(g.ssn.replace("-", "") if R.random() < 0.8 else "", "ssn").t("|")
        L.p(fd(pat.dos, "us"), "date").t("|").p(fd(pat.disch, "us"), "date").t("|")
        orig = pat.bal + R.randint(0, 40000)
        L.t(f"{orig / 100:.2f}|{pat.bal / 100:.2f}|")
        if R.random() < 0.5:
            L.p(fd(rdate(pat.disch, date(2024, 4, 30)), "us"), "date")
        L.t("|")
        ins = R.choice(["SELF PAY", "SELF PAY", "CARESOURCE", "ANTHEM BCBS OH", "MEDICARE A", "AETNA"])
        L.t(ins, "|")
        if ins == "MEDICARE A":
            L.p(g.mbi, "health_plan")
        elif ins != "SELF PAY":
            L.p(g.medicaid if ins == "CARESOURCE" else g.member, "health_plan")
        out.append(L)
    return out


def blk_pipe_secondary():
    """secondary agency, no header, different order, ISO dates"""
    fam = "pipe_placement"
    out = []
    for p in pick(R.randint(2, 3)):
        L = Line(fam)
        L.t("MCB2|").p(p.acct, "account").t("|").p(p.agacct, "account").t("|")
        L.p(f"{p.last}, {p.first}", "name").t("|").p(p.dob.isoformat(), "date").t("|")
        L.p(p.street1, "address").t("|").p(p.city, "address").t("|", p.st, "|").p(p.zip, "zip").t("|")
        L.p(fmt_phone(p.cell, "dash"), "phone").t("|").p(p.dos.isoformat(), "date").t("|")
        L.t(f"{p.bal / 100:.2f}|RETURNED_FROM_PRIMARY|TCRS|")
        L.p(p.place_dt.isoformat(), "date")
        out.append(L)
    return out


RECALL_REASONS = [("BK7", "Ch 7 filed per PACER"), ("BK13", "Chapter 13 plan - claim filed"),
                  ("DEC", "deceased - estate claim"), ("CCA", "charity care approved 100%"),
                  ("PIF", "paid in full at agency"), ("DSP", "dispute - itemization requested"),
                  ("INS", "Medicaid retro eligibility found"), ("ATT", "attorney rep")]


def blk_recall():
    fam = "recall_csv"
    out = []
    if R.random() < 0.6:
        out.append(Line(fam).t("agency_code,client_acct,agency_acct,recall_reason,recall_date,balance_at_recall,comments"))
    n = R.randint(2, 4)
    for p in pick(n):
        code, com = R.choice(RECALL_REASONS)
        L = Line(fam)
        L.t("TCRS,").p(p.acct, "account").t(",").p(p.agacct, "account").t(f",{code},")
        L.p(fd(rdate(date(2024, 5, 1), date(2024, 5, 13)), "us"), "date").t(f",{p.bal / 100:.2f},")
        if code == "DEC" and R.random() < 0.7:
            q = relative(p)
            L.t('"' + com + "; spouse ").p(f"{q.first} {q.last}", "name").t(" is executor, ph ")
            L.p(fmt_phone(q.cell, "dot"), "phone").t('"')
        elif code == "ATT":
            a = R.choice(ATTYS)
            L.t(f'"{com}: {a[0]}, {a[4]}"')
        else:
            L.t(com)
        out.append(L)
    out.append(Line(fam).t(f"TRL,{n},RECALL,{CLK.t.strftime('%Y%m%d')}"))
    return out


def blk_remit():
    fam = "agency_remit"
    out = []
    chk = R.randint(10000, 99999)
    out.append(Line(fam).t(f"HDR|TCRS|SBRMC01|REMIT|{CLK.t.strftime('%Y%m%d')}|CHK{chk:07d}|PERIOD 20240501-20240510"))
    tot = 0
    n = R.randint(2, 4)
    for p in pick(n):
        amt = R.choice([2500, 5000, 7500, 10000, 15000, 18455, 32210, 4000])
        tot += amt
        L = Line(fam)
        L.t("PMT|").p(p.agacct, "account").t("|").p(p.acct, "account").t("|")
        L.p(fd(rdate(date(2024, 5, 1), date(2024, 5, 10)), "us"), "date")
        typ = R.choice(["CC", "ACH", "CHK", "MO", "CC"])
        L.t(f"|{amt / 100:.2f}|{amt * 0.25 / 100:.2f}|{amt * 0.75 / 100:.2f}|{typ}|")
        L.t(f"{R.randint(0, 9999):04d}" if typ in ("CC", "ACH") else "", "|N")
        out.append(L)
    out.append(Line(fam).t(f"TRL|{n}|{tot / 100:.2f}|{tot * 0.25 / 100:.2f}|{tot * 0.75 / 100:.2f}"))
    return out


def blk_skip_json():
    fam = "skiptrace_json"
    p = pick(old=R.random() < 0.3)
    t = CLK.tick()
    L = Line(fam)
    dec = p in OLD and R.random() < 0.7
    if R.random() < 0.55:
        L.t(f"{ts_py(t)} DEBUG [pfs_etl.skiptrace.client] POST /v2/search 200 {R.randint(180, 900)}ms body=")
        body = {"requestId": uid(), "clientReference": PH(p.acct, "account"), "status": "HIT",
                "matchScore": R.randint(72, 99),
                "subject": {"firstName": PH(p.first, "name"), "middleName": PH(p.mi, "name"),
                            "lastName": PH(p.last, "name"), "dob": PH(p.dob.isoformat(), "date"),
                            "ssn": PH(p.ssn.replace("-", ""), "ssn"), "deceased": dec}}
        if p in OLD:
            body["subject"]["age"] = PH(p.age_on(date(2024, 5, 14)), "age")
        if dec:
            dod = p.dod
            body["subject"]["dateOfDeath"] = PH(dod.isoformat(), "date")
            body["subject"]["deathSource"] = "SSDI"
        body["addresses"] = [{"rank": 1, "line1": PH(f"{p.num} {p.street}", "address"),
                              "line2": PH(p.unit, "address") if p.unit else None,
                              "city": PH(p.city, "address"), "county": PH(p.county, "address"),
                              "state": p.st, "zip": PH(p.zip, "zip"), "zip4": PH(p.zip4, "zip"),
                              "dpv": "Y", "type": "RESIDENTIAL"}]
        body["phones"] = [{"number": PH(p.cell, "phone"), "lineType": "wireless",
                           "carrier": R.choice(["T-Mobile USA", "Verizon Wireless", "AT&T Mobility", "Cricket"]),
                           "dnc": R.random() < 0.2, "score": R.randint(40, 99)}]
        if R.random() < 0.6:
            body["emails"] = [PH(p.email, "email")]
        if R.random() < 0.5:
            q = relative(p)
            body["relatives"] = [{"name": PH(q.fl, "name"),
                                  "relationship": R.choice(["spouse", "possible relative", "child", "sibling"]),
                                  "phone": PH(q.cell, "phone")}]
        if R.random() < 0.6:
            body["vehicles"] = [{"vin": PH(p.vin, "vehicle"), "year": p.vyear, "make": p.make,
                                 "model": p.model, "plate": PH(p.plate.replace(" ", ""), "vehicle"),
                                 "plateState": p.st}]
        if R.random() < 0.4:
            body["employer"] = {"name": R.choice(["Kroger Co", "Premier Health", "Amazon.com Services LLC",
                                                  "Dayton Public Schools", "Walmart Inc", "CareSource"]),
                                "phone": "8005550" + str(R.randint(100, 199)), "verified": False}
        body["billing"] = {"product": "LOCATE_PLUS", "units": 1}
        jput(L, body)
    else:
        L.t(f"{ts_py(t)} DEBUG [pfs_etl.skiptrace.lnx] resp={{")
        L.t("'subject_id': '").p(f"LXD-{R.randint(10**9, 10**10 - 1)}", "other_id").t("', ")
        L.t("'input': {'acct': '").p(p.acct, "account").t("', 'name': '").p(p.LF, "name").t("'}, ")
        L.t("'best_address': {'street': '").p(ascii_up(p.street1), "address").t("', 'city': '")
        L.p(ascii_up(p.city), "address").t(f"', 'st': '{p.st}', 'zip': '").p(p.zip, "zip").t("'}, ")
        L.t("'drivers_license': {'number': '").p(p.dl, "license").t(f"', 'state': '{p.st}'}}, ")
        if dec:
            dod = rdate(date(2023, 10, 1), date(2024, 4, 30))
            L.t("'death_record': {'dod': '").p(fd(dod, "ymd"), "date").t("', 'src': 'SSA_DMF', 'verified': True}, ")
        else:
            L.t("'death_record': None, ")
        L.t("'bankruptcy': ")
        if R.random() < 0.3:
            L.t("[{'case': '").p(f"3:{R.choice(['23', '24'])}-bk-{R.randint(30000, 33999)}", "other_id")
            L.t(f"', 'chapter': {R.choice([7, 13])}, 'filed': '").p(fd(rdate(date(2023, 6, 1), date(2024, 5, 1)), "ymd"), "date")
            L.t("', 'court': 'OHSB'}]")
        else:
            L.t("[]")
        if R.random() < 0.3:
            L.t(", 'social': ['").p(f"https://www.facebook.com/{ascii_low(p.first.split()[0])}.{ascii_low(p.last).replace(' ', '')}.{R.randint(1, 99)}", "url").t("']")
        L.t(f", 'hit_count': {R.randint(1, 4)}, 'elapsed_ms': {R.randint(90, 800)}}}")
    return [L]


def blk_skip_xml():
    fam = "skiptrace_xml"
    p = pick()
    out = []
    t = CLK.tick()

    def ln(indent, *parts):
        L = Line(fam).t("  " * indent)
        for x in parts:
            if isinstance(x, tuple):
                L.p(*x)
            else:
                L.t(x)
        out.append(L)

    ln(0, '<?xml version="1.0" encoding="UTF-8"?>')
    ln(0, '<SkipTraceResponse xmlns="urn:tracelink:skip:v3" schemaVersion="3.1">')
    ln(1, "<Header>")
    ln(2, f"<TransactionId>{uid()}</TransactionId>")
    ln(2, "<ClientRef>", (p.acct, "account"), "</ClientRef>")
    ln(2, "<ProductCode>DEBTOR_LOCATE_PLUS</ProductCode>")
    ln(2, f"<Processed>{t.strftime('%Y-%m-%dT%H:%M:%S')}-04:00</Processed>")
    ln(1, "</Header>")
    ln(1, '<Subject matchCode="A1">')
    ln(2, "<Name><First>", (ascii_up(p.first), "name"), "</First><Middle>", (p.mi, "name"),
       "</Middle><Last>", (ascii_up(p.last), "name"), "</Last></Name>")
    ln(2, "<SSN>", (p.ssn.replace("-", ""), "ssn"), "</SSN>")
    ln(2, "<DOB>", (fd(p.dob, "ymd"), "date"), "</DOB>")
    ln(2, '<Deceased indicator="N"/>')
    ln(1, "</Subject>")
    ln(1, "<Addresses>")
    ln(2, '<Address rank="1" type="CURRENT" dpv="Y">')
    ln(3, "<Street>", (ascii_up(p.street1), "address"), "</Street>")
    ln(3, "<City>", (ascii_up(p.city), "address"), "</City>")
    ln(3, f"<State>{p.st}</State>")
    ln(3, "<Zip5>", (p.zip, "zip"), "</Zip5><Zip4>", (p.zip4, "zip"), "</Zip4>")
    ln(3, "<County>", (ascii_up(p.county), "address"), "</County>")
    ln(2, "</Address>")
    ln(1, "</Addresses>")
    ln(1, "<Phones>")
    ln(2, f'<Phone type="MOBILE" connected="Y" score="{R.randint(50, 99)}">', (p.cell, "phone"), "</Phone>")
    if R.random() < 0.5:
        ln(2, '<Phone type="LANDLINE" connected="N">', (p.phone, "phone"), "</Phone>")
    ln(1, "</Phones>")
    ln(1, f'<DriversLicense state="{p.st}">', (p.dl, "license"), "</DriversLicense>")
    if R.random() < 0.6:
        ln(1, f'<Vehicle year="{p.vyear}" make="{p.make}">')
        ln(2, "<VIN>", (p.vin, "vehicle"), "</VIN>")
        ln(2, f'<Plate state="{p.st}">', (p.plate, "vehicle"), "</Plate>")
        ln(1, "</Vehicle>")
    ln(1, f"<Employer name=\"{R.choice(['MIAMI VALLEY HOSPITAL', 'FUYAO GLASS AMERICA', 'HONDA OF AMERICA MFG', 'SPEEDWAY LLC'])}\" phone=\"{R.choice(['9375550101', '9375550148', '9375550166'])}\" verified=\"N\"/>")
    ln(1, f'<Billing units="1" product="DLP" rate="0.85"/>')
    ln(0, "</SkipTraceResponse>")
    return out


def blk_pacer_309a():
    fam = "pacer_notice"
    p = pick()
    out = []
    filed = rdate(date(2024, 4, 1), date(2024, 5, 8))
    meet = filed + timedelta(days=R.randint(24, 40))
    ch = R.choice(["7", "7", "13"])
    case = f"3:24-bk-{R.randint(30000, 31999)}"
    at = R.choice(ATTYS)
    tr = R.choice(TRUSTEES)

    def ln(*parts):
        L = Line(fam)
        for x in parts:
            if isinstance(x, tuple):
                L.p(*x)
            else:
                L.t(x)
        out.append(L)

    ln("Information to identify the case:")
    ln("Debtor 1              ", (f"{p.first} {p.mi}. {p.last}", "name"),
       "          Social Security number or ITIN   xxx-xx-", p.ssn[-4:])
    ln("                      First Name   Middle Name   Last Name       EIN _ _-_ _ _ _ _ _ _")
    ln("United States Bankruptcy Court  Southern District of Ohio          Date case filed for chapter ", ch,
       "  ", (fd(filed, "us_np"), "date"))
    ln("Case number: ", (case, "other_id"))
    ln("Official Form 309A (For Individuals or Joint Debtors)" if ch == "7" else "Official Form 309I")
    ln("Notice of Chapter 7 Bankruptcy Case — No Proof of Claim Deadline                12/15" if ch == "7"
       else "Notice of Chapter 13 Bankruptcy Case                                              12/17")
    ln("For the debtors listed above, a case has been filed under chapter ", ch,
       " of the Bankruptcy Code. An order for relief has been entered.")
    ln("The staff of the bankruptcy clerk's office cannot give legal advice.")
    if R.random() < 0.5:
        ln("2. All other names used in the last 8 years    fka ", (f"{p.first} {p.mi}. {R.choice(LAST)}", "name"))
    ln("3. Address                                    ", (p.street1, "address"), "  ",
       (p.city, "address"), f", {p.st} ", (p.zip, "zip"))
    ln(f"4. Debtor's attorney   {at[0]}   {at[1]}   {at[2]}   {at[3]}   Contact phone {at[4]}   Email: {at[5]}")
    ln(f"5. Bankruptcy trustee  {tr[0]}   {tr[1]}   Contact phone {tr[2]}")
    ln("7. Meeting of creditors   Debtors must attend the meeting to be questioned under oath.")
    ln("                          ", (fd(meet, "long"), "date"),
       " at 10:00 AM   Location: Zoom video meeting. Go to zoom.us/join, Enter Meeting ID 318 555 0412, and Passcode 8842913031")
    ln("9. Filing deadline: Deadline to object to discharge or to challenge whether certain debts are dischargeable:  ",
       (fd(meet + timedelta(days=60), "us"), "date"))
    ln("Creditors cannot take certain actions. If you attempt to collect a debt or take other action in violation of the Bankruptcy Code, you may be penalized.")
    return out


def blk_pacer_nef():
    fam = "pacer_nef"
    p = pick()
    t = CLK.tick()
    case = f"3:24-bk-{R.randint(30000, 31999)}"
    at = R.choice(ATTYS)
    out = []
    out.append(Line(fam).t("From: cmecf_ohsb@ohsb.uscourts.example  Subject: 3:24-bk-",
                           "xxxxx Notice of Electronic Filing (NEF) - Amended Schedules"))
    out.append(Line(fam).t("***NOTE TO PUBLIC ACCESS USERS*** Judicial Conference of the United States policy permits attorneys of record and parties in a case to receive one free electronic copy of all documents filed electronically."))
    out.append(Line(fam).t(f"The following transaction was received from {at[0].split()[-1]}, {at[0].split()[0]} entered on {t.month}/{t.day}/{t.year} at {t.strftime('%I:%M %p').lstrip('0')} EDT and filed on {t.month}/{t.day}/{t.year}"))
    out.append(Line(fam).t("Case Name:           ").p(f"{p.last}, {p.first}", "name"))
    out.append(Line(fam).t("Case Number:         ").p(case, "other_id"))
    out.append(Line(fam).t(f"Document Number: {R.randint(9, 48)}"))
    L = Line(fam).t("Docket Text: Amended Schedule E/F: Creditors Who Have Unsecured Claims. Creditor(s) added: ")
    L.t(f"{HOSP}, {AGENCY}. Filed by Debtor ").p(p.fl, "name").t(f". (Attachments: # (1) Certificate of Service) ({at[0].split()[-1]}, {at[0].split()[0]})")
    out.append(L)
    out.append(Line(fam).t(f"Electronic document Stamp: [STAMP bkecfStamp_ID=1027421{R.randint(100, 999)} [Date={t.month}/{t.day}/{t.year}] [FileNumber={R.randint(10**7, 10**8 - 1)}-0] [{hexid(64)}]]"))
    return out


def blk_probate():
    fam = "probate_letter"
    p = PROBATE_Q.pop()
    ex = relative(p)
    ex.last = p.last + "-" + R.choice(["Owens", "Grant", "Kim", "Russo", "Delgado"]) if R.random() < 0.5 else p.last
    dod = p.dod
    appt = dod + timedelta(days=R.randint(20, 50))
    age = p.age_on(dod)
    case = f"{dod.year} EST {R.randint(100, 1999):05d}"
    out = []

    def ln(*parts):
        L = Line(fam)
        for x in parts:
            if isinstance(x, tuple):
                L.p(*x)
            else:
                L.t(x)
        out.append(L)

    firm = LAWFIRMS.pop()
    ln(firm[0])
    ln(firm[1])
    ln(f"May {R.randint(1, 10)}, 2024")
    ln(f"{HOSP}, Attn: Patient Financial Services - Estate Claims, 1 Brendan Way, Dayton, OH 45409")
    ln("RE:  Estate of ", (f"{p.first} {p.mi}. {p.last}", "name"), ", Deceased")
    ln("     Date of Death: ", (fd(dod, "long"), "date"))
    ln(f"     Probate Court of {p.county} County, Ohio, Case No. ", (case, "other_id"))
    ln("     Your Account No(s).: ", (p.acct, "account"))
    ln("Dear Sir or Madam:")
    ln("Please be advised that ", (f"{ex.first} {ex.last}", "name"),
       " was appointed Executor of the above estate on ", (fd(appt, "long"), "date"), ".")
    if R.random() < 0.6:
        ln(f"{'Mr.' if p.sex == 'M' else 'Mrs.'} ", (p.last, "name"), " was ", (str(age), "age"),
           " years of age at the time of death and resided at ", (p.street1, "address"), ", ",
           (p.city, "address"), ".")
    else:
        ln("The decedent, age ", (str(age), "age"), ", resided at ", (p.street1, "address"), " until ",
           (fd(dod - timedelta(days=R.randint(30, 200)), "long"), "date"), " when admitted to hospice.")
    ln("Pursuant to Ohio Revised Code 2117.06, all claims must be presented within six (6) months after the date of death.")
    ln("Please direct all further correspondence to the undersigned and cease contact with the family.")
    ln(firm[2])
    return out


def blk_payplan():
    fam = "payplan_logfmt"
    out = []
    p = pick()
    t = CLK.tick()
    plan = f"PP-{R.randint(100000, 999999)}"
    due = rdate(date(2024, 5, 20), date(2024, 6, 15))
    L = Line(fam).t(f"ts={ts_z(t)} level=info app=planpay-api route=\"POST /v1/plans\" status=201 plan_id=")
    L.p(plan, "other_id").t(" guarantor_ref=").p(p.gacct, "account")
    L.t(f" installments={R.choice([6, 12, 18, 24])} amount_cents={R.choice([2500, 5000, 7500, 10000])} first_due=")
    L.p(due.isoformat(), "date").t(f" autopay={R.choice(['true', 'false'])} method={R.choice(['card', 'ach'])} trace_id={hexid(32)}")
    out.append(L)
    if R.random() < 0.7:
        t = CLK.tick(1, 30)
        L = Line(fam).t(f"ts={ts_z(t)} level=info app=planpay-notify msg=\"enrollment confirmation queued\" plan_id=")
        L.p(plan, "other_id").t(" channel=email to=").p(p.email, "email").t(f" template=plan_welcome_v4 lang={R.choice(['en', 'en', 'es'])}")
        out.append(L)
    if R.random() < 0.5:
        q = pick()
        t = CLK.tick()
        L = Line(fam).t(f"ts={ts_z(t)} level=warn app=planpay-scheduler msg=\"installment failed\" plan_id=")
        L.p(f"PP-{R.randint(100000, 999999)}", "other_id").t(" due_date=").p(fd(rdate(date(2024, 5, 1), date(2024, 5, 14)), "iso"), "date")
        L.t(f" reason={R.choice(['R01_insufficient_funds', 'card_declined:do_not_honor', 'expired_card', 'R02_account_closed'])} attempt=2 guarantor=\"")
        L.p(q.fl, "name").t("\" sms_to=").p(fmt_phone(q.cell, "e164"), "phone")
        out.append(L)
    return out


def blk_statement(kind=None):
    fam = "statement_vendor"
    out = []
    t = CLK.tick()
    kind = R.random() if kind is None else kind
    p = pick()
    if kind < 0.35:
        old = pick()
        L = Line(fam).t(f"[{t.strftime('%Y-%m-%d %H:%M:%S')}] NCOA  INFO  move update acct=").p(p.acct, "account").t(" ")
        L.p(p.FL, "name").t(" old='").p(ascii_up(f"{old.num} {old.street}"), "address").t(" ")
        L.p(ascii_up(old.city), "address").t(f" {old.st} ").p(old.zip, "zip").t("' new='")
        L.p(ascii_up(p.street1), "address").t(" ").p(ascii_up(p.city), "address").t(f" {p.st} ")
        L.p(f"{p.zip}-{p.zip4}", "zip").t(f"' match=M ftrn={R.choice(['A', 'A', '91', '92'])}")
        out.append(L)
    elif kind < 0.6:
        L = Line(fam).t(f"[{t.strftime('%Y-%m-%d %H:%M:%S')}] RTS   WARN  returned mail acct=").p(p.acct, "account")
        L.t(" addressee=\"").p(p.FL, "name").t("\" reason=\"").t(R.choice(["ATTEMPTED NOT KNOWN", "NO SUCH NUMBER", "VACANT", "INSUFFICIENT ADDRESS"]))
        L.t("\" piece=").t(f"IMB{R.randint(10**15, 10**16 - 1)}").t(" action=SUPPRESS_NEXT_CYCLE")
        out.append(L)
    elif kind < 0.8:
        L = Line(fam).t(f"[{t.strftime('%Y-%m-%d %H:%M:%S')}] ESTMT WARN  bounce 550 5.1.1 <").p(p.email, "email")
        L.t(">: Recipient address rejected: User unknown in virtual mailbox table (acct ").p(p.gacct, "account").t(")")
        out.append(L)
    else:
        sn = R.choice([f"2{R.randint(10, 99)}{R.choice('ABCDEFGH')}{R.randint(10000, 99999)}",
                       f"{R.randint(10**10, 10**11 - 1)}", f"RS{R.randint(100000, 999999)}K"])
        code, desc = R.choice([("E0601", "CPAP DEVICE RENTAL"), ("E1390", "OXYGEN CONCENTRATOR RENTAL"),
                               ("E0784", "EXT AMB INFUSION PUMP"), ("K0001", "STANDARD WHEELCHAIR RENTAL")])
        L = Line(fam).t(f"[{t.strftime('%Y-%m-%d %H:%M:%S')}] STMT-LINE DEBUG acct=").p(p.acct, "account")
        L.t(f" line={R.randint(2, 9)} hcpcs={code} desc='{desc} SN ").p(sn, "device").t("' dos=")
        L.p(fd(p.dos, "us"), "date").t(f" amt={R.randint(40, 400)}.{R.randint(0, 99):02d}")
        out.append(L)
    return out


def blk_ivr(r=None):
    fam = "ivr_log"
    p = pick()
    out = []
    sid = f"IVR-{hexid(12)}"
    thr = f"AppIntf-{R.randint(1, 24)}"
    t = CLK.tick()
    dnis = R.choice(["8885550140", "8005550142", "9375550100"])
    lang = R.choice(["en-US", "en-US", "es-US"])
    L = Line(fam).t(f"{ts_us(t)} INFO  [{thr}] sessionId={sid} event=CallStart ani=").p(R.choice([p.cell, p.phone]), "phone")
    L.t(f" dnis={dnis} app=PFS_PayByPhone lang={lang}")
    out.append(L)
    t = CLK.tick(3, 20)
    out.append(Line(fam).t(f"{ts_us(t)} INFO  [{thr}] sessionId={sid} node=MainMenu input=1 confidence=dtmf"))
    t = CLK.tick(3, 25)
    acct = R.choice([p.acct, p.gacct])
    L = Line(fam).t(f"{ts_us(t)} INFO  [{thr}] sessionId={sid} node=GetAcct dtmf_len={len(acct)} lookup=HIT acct=").p(acct, "account")
    L.t(f" bal={p.bal / 100:.2f} status=AGENCY_ASSIGNED")
    out.append(L)
    t = CLK.tick(3, 25)
    L = Line(fam).t(f"{ts_us(t)} INFO  [{thr}] sessionId={sid} node=VerifyDOB input=").p(fd(p.dob, "mdy8"), "date").t(" match=true attempts=1")
    out.append(L)
    r = R.random() if r is None else r
    t = CLK.tick(5, 60)
    if r < 0.3:
        L = Line(fam).t(f"{ts_us(t)} INFO  [{thr}] sessionId={sid} VoiceBio op=enroll consent=Y voiceprint=vp1:")
        L.p(base64.b64encode(bytes(R.getrandbits(8) for _ in range(48))).decode(), "biometric").t(" len=312 eer=0.021")
        out.append(L)
    elif r < 0.7:
        tok = "9" + "".join(str(R.randint(0, 9)) for _ in range(11)) + f"{R.randint(0, 9999):04d}"
        out.append(Line(fam).t(f"{ts_us(t)} INFO  [{thr}] sessionId={sid} node=TakePayment gateway=CardConnect token={tok} "
                               f"amount={R.choice(['25.00', '50.00', '100.00', '150.00'])} respstat=A authcode={alnum(6)} retref={R.randint(10**11, 10**12 - 1)}"))
    else:
        out.append(Line(fam).t(f"{ts_us(t)} INFO  [{thr}] sessionId={sid} node=Transfer target=AgentQueue_PFS_{lang[:2].upper()} reason=zero_out wait_est=94s"))
    t = CLK.tick(5, 60)
    out.append(Line(fam).t(f"{ts_us(t)} INFO  [{thr}] sessionId={sid} event=CallEnd reason={R.choice(['caller_hangup', 'transfer', 'app_exit'])} dur={R.randint(40, 400)}s nodes={R.randint(4, 11)}"))
    return out


TWILIO_IPS = ["54.172.60.3", "54.244.51.2", "34.203.250.17"]


def blk_textpay():
    out = []
    p = pick()
    t = CLK.tick()
    tok = alnum(7, "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    link = f"https://pay.stbrendanrmc.example/t/{tok}"
    es = R.random() < 0.3
    L = Line("textpay_app").t(f"{ts_py(t)} INFO [textpay.outbound] sid=SM{hexid(32)} to=").p(fmt_phone(p.cell, "e164"), "phone")
    L.t(" template=").t("saldo_pendiente_es_v2" if es else "balance_due_v3").t(" body=\"")
    if es:
        L.t(f"{HOSP}: Hola ").p(p.first.split()[0], "name").t(f", tiene un saldo de ${p.bal / 100:,.2f}. Pague aquí: ").p(link, "url").t(" Responda STOP para cancelar.\"")
    else:
        L.t(f"{HOSP}: Hi ").p(p.first.split()[0], "name").t(f", you have a balance of ${p.bal / 100:,.2f}. Pay securely: ").p(link, "url").t(" Reply STOP to opt out.\"")
    out.append(L)
    t = CLK.tick(20, 900)
    ip = f"{R.choice([73, 98, 174, 24, 71, 107, 99, 68])}.{R.randint(1, 254)}.{R.randint(0, 254)}.{R.randint(1, 254)}"
    ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36"])
    L = Line("nginx_access").p(ip, "ip").t(f" - - [{ts_ngx(t)}] \"GET ").p(f"/t/{tok}", "url").t(f" HTTP/2.0\" 200 {R.randint(4000, 9000)} \"-\" \"{ua}\"")
    out.append(L)
    if R.random() < 0.6:
        t = CLK.tick(30, 300)
        L = Line("nginx_access").p(ip, "ip").t(f" - - [{ts_ngx(t)}] \"POST /api/v1/payments HTTP/2.0\" 201 {R.randint(300, 700)} \"")
        L.p(link, "url").t(f"\" \"{ua}\"")
        out.append(L)
    if R.random() < 0.6:
        t = CLK.tick(60, 1200)
        body = R.choice([("i already paid this on ", "date_paid"), ("who is this? this is ", "name_only"),
                         ("ya pague el ", "date_paid"), ("can i do a payment plan. my name is ", "name_only")])
        L = Line("textpay_app").t(f"{ts_py(t)} INFO [textpay.inbound] From=").p("%2B1" + p.cell, "phone")
        L.t("&To=%2B18335550199&Body=")
        if body[1] == "date_paid":
            L.t(body[0].replace(" ", "+")).p(fd(rdate(date(2024, 4, 20), date(2024, 5, 12)), "us_short").replace("/", "%2F"), "date")
        else:
            L.t(body[0].replace(" ", "+").replace("?", "%3F")).p(ascii_low(p.fl).replace(" ", "+"), "name")
        L.t(f"&NumSegments=1&MessageSid=SM{hexid(32)}&AccountSid=AC{hexid(32)}")
        out.append(L)
    return out


def blk_card():
    out = []
    r = R.random()
    t = CLK.tick()
    p = pick()
    if r < 0.45:
        L = Line("card_gateway")
        L.t(f"{ts_py(t)} INFO [payments.webhooks] stripe event received: ")
        obj = {"id": f"evt_3P{alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}",
               "object": "event", "type": "charge.succeeded", "created": epoch(t),
               "data": {"object": {"id": f"ch_3P{alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}",
                                   "amount": R.choice([2500, 5000, 7500, 12000, 25000]), "currency": "usd",
                                   "billing_details": {"address": {"city": None, "country": "US", "line1": None,
                                                                   "postal_code": PH(p.zip, "zip"), "state": None},
                                                       "email": PH(p.email, "email") if R.random() < 0.6 else None,
                                                       "name": PH(p.fl if R.random() < 0.6 else p.FL, "name"), "phone": None},
                                   "metadata": {"guarantor_acct": PH(p.gacct, "account"), "source": R.choice(["textpay", "portal", "ivr"])},
                                   "payment_method": f"pm_1P{alnum(22, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')}",
                                   "payment_method_details": {"card": {"brand": R.choice(["visa", "mastercard", "discover", "amex"]),
                                                                       "checks": {"address_postal_code_check": "pass", "cvc_check": "pass"},
                                                                       "exp_month": R.randint(1, 12), "exp_year": R.randint(2024, 2030),
                                                                       "last4": f"{R.randint(0, 9999):04d}"}, "type": "card"},
                                   "status": "succeeded"}},
               "livemode": True}
        jput(L, obj)
        out.append(L)
    elif r < 0.65:
        pan = R.choice([luhn("4", 16), luhn("51", 16), luhn("6011", 16)])
        spaced = " ".join(pan[i:i + 4] for i in range(0, 16, 4)) if R.random() < 0.5 else pan
        L = Line("card_gateway").t(f"{ts_py(t)} ERROR [payments.cardconnect] serialization failed for payload {{'merchid': '496160873888', 'account': '")
        L.p(spaced, "account").t(f"', 'expiry': '{R.randint(1, 12):02d}{R.randint(25, 30)}', 'cvv2': '***', 'amount': '{R.randint(20, 300)}.00', 'name': '")
        L.p(p.FL, "name").t("', 'postal': '").p(p.zip, "zip").t("'}: TypeError: Object of type Decimal is not JSON serializable")
        out.append(L)
    else:
        acct = str(R.randint(10**7, 10**12))
        L = Line("card_gateway").t(f"{ts_py(t)} INFO [payments.ach] forte echeck submit txn=trn_{uid()} sec=WEB routing=")
        L.t(R.choice(["042000314", "044000024", "042000013", "241070417"])).t(" acct_type=checking acct=")
        if R.random() < 0.5:
            L.t("****" + acct[-4:])
        else:
            L.p(acct, "account")
        L.t(" name=\"").p(p.fl, "name").t(f"\" amount={R.choice(['50.00', '75.00', '125.00'])} ref=").p(p.gacct, "account").t(" resp=A01 APPROVAL")
        out.append(L)
    return out


def blk_nacha():
    fam = "nacha_ach"
    out = []
    t = CLK.tick()
    eff = (t + timedelta(days=1)).strftime("%y%m%d")
    bno = R.randint(1, 9)
    out.append(Line(fam).t(f"101 042000314 131000001{t.strftime('%y%m%d%H%M')}A094101{'FIFTH THIRD BANK':23}{'ST BRENDAN RMC':23}{'PFS' + t.strftime('%m%d'):8}"))
    out.append(Line(fam).t(f"5225{'ST BRENDAN RMC':16}{'':20}1310000001WEB{'PATIENTPMT':10}{'':6}{eff}{'':3}104200031{bno:07d}"))
    for L in out:
        assert len(L.text()) == 94, (len(L.text()), L.text())
    n = R.randint(2, 4)
    tot = 0
    for i, p in enumerate(pick(n)):
        rt = R.choice(["04200001", "04400002", "04100012", "24107041", "07400013"])
        chk = str((7 * 0 + 0) % 10)  # recomputed below
        w = [3, 7, 1, 3, 7, 1, 3, 7]
        s = sum(int(a) * b for a, b in zip(rt, w))
        chk = str((10 - s % 10) % 10)
        dfi = str(R.randint(10**6, 10**13))
        amt = R.choice([2500, 5000, 7500, 10000, 15000])
        tot += amt
        L = Line(fam).t("6", R.choice(["27", "27", "37"]), rt, chk).fw(dfi, 17, "account")
        L.t(f"{amt:010d}").fw(p.gacct, 15, "account").fw(ascii_up(f"{p.last} {p.first}"), 22, "name")
        L.t("  0", f"04200031{bno * 1000 + i + 1:07d}")
        assert len(L.text()) == 94, len(L.text())
        out.append(L)
    L = Line(fam).t(f"8225{n:06d}{R.randint(10**8, 10**9 - 1):010d}{tot:012d}{0:012d}1310000001{'':25}04200031{bno:07d}")
    assert len(L.text()) == 94
    out.append(L)
    return out


def blk_nacha_return():
    fam = "nacha_ach"
    out = []
    p = pick()
    rt = "04200001"
    dfi = str(R.randint(10**6, 10**12))
    amt = R.choice([5000, 7500])
    L = Line(fam).t("626", rt, "4").fw(dfi, 17, "account").t(f"{amt:010d}").fw(p.gacct, 15, "account")
    L.fw(ascii_up(f"{p.first} {p.last}"), 22, "name").t("  1", f"{R.randint(10**14, 10**15 - 1)}")
    assert len(L.text()) == 94
    out.append(L)
    code = R.choice(["R01", "R02", "R03", "R16"])
    L = Line(fam).t(f"799{code}{R.randint(10**14, 10**15 - 1)}{'':6}04200001{'INSUFFICIENT FUNDS' if code == 'R01' else '':44}{R.randint(10**14, 10**15 - 1)}")
    assert len(L.text()) == 94, len(L.text())
    out.append(L)
    return out


def transcript_lines(p):
    """returns list of (speaker, parts) ; parts strings or (val,cat)"""
    ag = R.choice(AGENTS)
    es = p.first in ("María José", "Jesús", "Guadalupe", "Alejandro", "Xiomara", "Rosa Elena") and R.random() < 0.7
    rel = relative(p)
    L = []
    L.append(("AGENT", [f"Thank you for calling Tri-County Recovery Services, this is {ag}. This call may be monitored or recorded."]))
    L.append(("AGENT", ["This is an attempt to collect a debt and any information obtained will be used for that purpose."]))
    if es:
        L.append(("CALLER", ["hola, sí, me llegó una carta del hospital St. Brendan"]))
        L.append(("AGENT", ["Claro, ¿me puede dar su nombre completo y fecha de nacimiento para verificar?"]))
        L.append(("CALLER", ["sí, me llamo ", (p.fl, "name"), ", mi fecha de nacimiento es ", (es_spoken_date(p.dob), "date")]))
        L.append(("CALLER", ["vivo en el ", (f"{p.num} {p.street}", "address"), " en ", (p.city, "address")]))
        L.append(("AGENT", ["Gracias. Veo un saldo de la visita a emergencias. ¿Desea hacer un pago hoy o un plan de pagos?"]))
        L.append(("CALLER", ["no tengo dinero ahora, mi esposo ", (rel.first, "name"), " perdió el trabajo"]))
        L.append(("AGENT", ["Entiendo. Le puedo enviar la solicitud de asistencia financiera del hospital en español."]))
        return L
    L.append(("CALLER", [R.choice(["yeah hi I got a letter about a hospital bill", "um hi, I'm calling about a collections letter",
                                   "hello? yeah this is about the St. Brendan bill"])]))
    L.append(("AGENT", ["Okay, can I get your first and last name and your date of birth to verify the account?"]))
    spell = "-".join(ascii_up(p.last).replace(" ", "").replace("'", "").replace(".", ""))
    style = R.random()
    if style < 0.5:
        L.append(("CALLER", ["it's ", (p.fl, "name"), ", that's ", (spell, "name"), ", birthday is ", (spoken_date(p.dob), "date")]))
    else:
        L.append(("CALLER", [(p.fl.lower(), "name"), " and my date of birth is ", (fd(p.dob, "us_short"), "date")]))
    L.append(("AGENT", ["Thank you. I show a balance from St. Brendan Regional for a date of service of ", (fd(p.dos, "long"), "date"), "."]))
    if R.random() < 0.5:
        kid = relative(p, minor=True)
        L.append(("CALLER", [f"that was my {'son' if kid.sex == 'M' else 'daughter'} ", (kid.first, "name"), f"'s ER visit, I thought Medicaid covered it, {'his' if kid.sex == 'M' else 'her'} number is ",
                             (" ".join(kid.medicaid[i:i + 4] for i in range(0, 12, 4)), "health_plan")]))
    else:
        L.append(("CALLER", ["I thought my insurance paid that, it was back in like ", (MON[p.dos.month - 1] + ", the " + ORD[p.dos.day], "date")]))
    if R.random() < 0.35:
        mom = R.choice(OLD)
        par, pro = ("father", "he") if mom.sex == "M" else ("mother", "she")
        L.append(("CALLER", [f"also my {par} ", (f"{mom.first} {mom.last}", "name"), f" got one of these letters, {pro} passed on ",
                             (f"{MON[mom.dod.month - 1]} {ORD[mom.dod.day]}", "date"), f", {pro} was ",
                             (words2(mom.age_on(mom.dod)), "age"), ", where do I send the death certificate"]))
        L.append(("AGENT", ["I'm sorry for your loss. You can fax it to our estate unit at 1-800-555-0143, attention deceased accounts."]))
    L.append(("AGENT", ["I can take a payment today by card or bank account. Would you like to set that up?"]))
    if R.random() < 0.5:
        pan = luhn(R.choice(["4", "5425"]), 16)
        L.append(("CALLER", ["ok use my card, it's ", (" ".join(pan[i:i + 4] for i in range(0, 16, 4)), "account")]))
    else:
        dw = {"0": "oh", **{str(i): UNITS[i] for i in range(1, 10)}}
        ph = p.cell
        spoken = " ".join(dw[c] for c in ph[:3]) + ", " + " ".join(dw[c] for c in ph[3:6]) + ", " + " ".join(dw[c] for c in ph[6:])
        L.append(("CALLER", ["not today. call me back at ", (spoken, "phone"), " after five"]))
    if R.random() < 0.4:
        L.append(("CALLER", ["and mail stuff to ", (f"{p.num} {p.street.replace('Ave', 'Avenue').replace('Rd', 'Road')}", "address"),
                             ", ", (p.city, "address"), " ", (" ".join(p.zip), "zip")]))
    L.append(("AGENT", ["Okay, I've noted the account. Is there anything else I can help you with today?"]))
    return L


def blk_transcript():
    fam = "call_transcript"
    p = pick()
    t = CLK.tick()
    out = []
    out.append(Line(fam).t(f"=== CALL {t.strftime('%Y-%m-%d %H:%M:%S')} | rec_id=TCR-REC-{R.randint(10**6, 10**7 - 1)} | agent={R.choice(COLLECTORS)} (ext {R.randint(4100, 4499)}) | dir=IN | queue=SBRMC_BD | asr=v2.8 ==="))
    off = R.randint(2, 6)
    lines = transcript_lines(p)
    for sp, parts in lines:
        L = Line(fam).t(f"[{off // 3600:02d}:{off % 3600 // 60:02d}:{off % 60:02d}] {sp}: ")
        for x in parts:
            if isinstance(x, tuple):
                L.p(*x)
            else:
                L.t(x)
        out.append(L)
        off += R.randint(4, 40)
    out.append(Line(fam).t(f"=== END dur={off // 60:02d}:{off % 60:02d} sentiment={R.choice(['neutral', 'negative', 'positive'])} silence_pct={R.randint(4, 22)} redaction=OFF ==="))
    return out


def fake_jpeg_b64():
    head = bytes.fromhex("ffd8ffe000104a46494600010101004800480000ffdb004300")
    body = bytes(R.getrandbits(8) for _ in range(R.randint(60, 90)))
    return base64.b64encode(head + body).decode()


def blk_charity_json():
    fam = "charity_form"
    p = pick()
    t = CLK.tick()
    es = R.random() < 0.5
    app = f"FA-2024-{R.randint(1000, 9999):06d}"
    L = Line(fam).t(f"{ts_py(t)} INFO [charity.intake] application received app_id=").p(app, "other_id")
    L.t(f" lang={'es' if es else 'en'} source=portal payload=")
    mem = relative(p)
    grand = R.random() < 0.35
    if es:
        obj = {"solicitante": {"nombre": PH(p.first, "name"), "apellidos": PH(p.last, "name"),
                               "fecha_nacimiento": PH(fd(p.dob, "dmy"), "date"),
                               "numero_seguro_social": PH(p.ssn, "ssn") if R.random() < 0.6 else "",
                               "correo": PH(p.email, "email"), "telefono": PH(fmt_phone(p.cell, "paren"), "phone")},
               "direccion": {"calle": PH(p.street1, "address"), "ciudad": PH(p.city, "address"),
                             "condado": PH(p.county, "address"), "estado": p.st, "codigo_postal": PH(p.zip, "zip")},
               "hogar": {"tamano": R.randint(2, 6), "ingreso_mensual_bruto": R.randint(900, 4200),
                         "miembros": [{"nombre": PH(mem.fl, "name"), "parentesco": R.choice(["esposo", "esposa", "hijo", "hija"]),
                                       "edad": mem.age_on(date(2024, 5, 14)) if mem.age_on(date(2024, 5, 14)) < 90 else 60}]},
               "cuenta_paciente": PH(p.acct, "account"), "acepta_terminos": True}
        if grand:
            obj["hogar"]["miembros"].append({"nombre": PH(R.choice(["Socorro", "Ramona", "Eusebio"]) + " " + p.last, "name"),
                                             "parentesco": "abuela", "edad": PH(R.randint(90, 97), "age")})
    else:
        obj = {"applicant": {"firstName": PH(p.first, "name"), "lastName": PH(p.last, "name"),
                             "dateOfBirth": PH(p.dob.isoformat(), "date"),
                             "ssn": PH(p.ssn, "ssn") if R.random() < 0.6 else "",
                             "email": PH(p.email, "email"), "mobile": PH(fmt_phone(p.cell, "dash"), "phone")},
               "address": {"street": PH(p.street1, "address"), "city": PH(p.city, "address"),
                           "county": PH(p.county, "address"), "state": p.st, "zip": PH(p.zip, "zip")},
               "household": {"size": R.randint(1, 6), "grossMonthlyIncome": R.randint(900, 4200),
                             "members": [{"name": PH(mem.fl, "name"), "relationship": R.choice(["spouse", "child", "partner"])}]},
               "accounts": [PH(p.acct, "account")], "medicaidDenied": R.choice([True, False]), "attest": True}
        if R.random() < 0.4:
            obj["applicant"]["medicaidId"] = PH(p.medicaid, "health_plan")
    jput(L, obj)
    out = [L]
    if R.random() < 0.6:
        t = CLK.tick(0.1, 3)
        L = Line(fam).t(f"{ts_py(t)} DEBUG [charity.intake.attachments] app_id=").p(app, "other_id")
        L.t(" attachment[0] name=" + ("identificacion_frente.jpg" if es else "photo_id_front.jpg") + " type=image/jpeg data=data:image/jpeg;base64,")
        L.p(fake_jpeg_b64(), "photo").t(f"...({R.randint(30000, 90000)} bytes truncated)")
        out.append(L)
    t = CLK.tick(1, 20)
    fpl = R.randint(60, 420)
    res = "APPROVED_100" if fpl <= 200 else ("APPROVED_SLIDING_60" if fpl <= 300 else "DENIED_OVER_INCOME")
    L = Line(fam).t(f"{ts_py(t)} INFO [charity.determine] app_id=").p(app, "other_id").t(f" fpl_pct={fpl} result={res} policy=FAP-2024.1 reviewer=auto")
    out.append(L)
    return out


def blk_charity_ocr():
    fam = "charity_ocr"
    p = pick()
    out = []
    spouse = relative(p)

    def ln(*parts):
        L = Line(fam)
        for x in parts:
            if isinstance(x, tuple):
                L.p(*x)
            else:
                L.t(x)
        out.append(L)

    doc = f"OCR-{R.randint(10**6, 10**7 - 1)}"
    ln(f"{doc} p1 | FINANCIAL ASSISTANCE APPLICATION / SOLICITUD DE ASISTENCIA FINANCIERA   Rev. 01/2024")
    ln(f"{doc} p1 | Patient Name / Nombre del paciente: ", (p.LF if R.random() < 0.5 else p.FL, "name"),
       "    DOB / Fecha de nac.: ", (fd(p.dob, R.choice(["us_dash", "us", "dmy_dot"])), "date"))
    ln(f"{doc} p1 | Address / Dirección: ", (p.street1, "address"), ", ", (p.city, "address"), f" {p.st} ", (p.zip, "zip"))
    ln(f"{doc} p1 | Phone / Teléfono: ", (fmt_phone(p.phone, R.choice(["paren", "dash", "raw"])), "phone"),
       "    Hospital Acct # / Núm. de cuenta: ", (p.acct, "account"))
    if R.random() < 0.6:
        ln(f"{doc} p1 | SSN / Número de Seguro Social: ", (p.ssn, "ssn"), "   Medicaid # (if any / si tiene): ",
           (p.medicaid if R.random() < 0.5 else "", "health_plan"))
    else:
        ln(f"{doc} p1 | SSN / Número de Seguro Social: N/A - ITIN pending    Medicare # : ", (p.mbi[:4] + "-" + p.mbi[4:7] + "-" + p.mbi[7:], "health_plan"))
    ln(f"{doc} p1 | Household size / Tamaño del hogar: {R.randint(1, 7)}    Monthly income / Ingreso mensual: ${R.randint(700, 4500):,}.00")
    if R.random() < 0.7:
        ln(f"{doc} p1 | Photo ID / Identificación con foto: {p.st} DL # ", (p.dl, "license"), f"   exp {R.randint(2025, 2029)}")
    ln(f"{doc} p2 | Spouse / Cónyuge: ", (spouse.fl, "name"), "   Employer / Empleador: ",
       R.choice(["DoorDash (1099)", "Dayton Public Schools", "self-employed / trabajo propio", "none / ninguno"]))
    ln(f"{doc} p2 | I certify that the information above is true. / Certifico que la información anterior es verdadera.")
    ln(f"{doc} p2 | Signature / Firma: [signature present]   Date / Fecha: ", (fd(rdate(date(2024, 4, 20), date(2024, 5, 10)), "us"), "date"))
    ln(f"{doc} p2 | FOR HOSPITAL USE ONLY: rcvd by PFS-FA  conf={R.randint(82, 99)}%  pages=2")
    return out


def blk_x12_271():
    fam = "x12_271"
    p = pick()
    t = CLK.tick()
    out = []
    ctl = R.randint(100000000, 999999999)
    out.append(Line(fam).t(f"ISA*00*          *00*          *ZZ*OHMCDCMS       *ZZ*SBRMC01        *{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctl}*0*P*:~"))
    out.append(Line(fam).t(f"GS*HB*OHMCDCMS*SBRMC01*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{R.randint(1, 9999)}*X*005010X279A1~"))
    out.append(Line(fam).t(f"ST*271*0001*005010X279A1~"))
    out.append(Line(fam).t(f"BHT*0022*11*{hexid(10).upper()}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M%S')}~"))
    out.append(Line(fam).t("NM1*PR*2*OHIO DEPARTMENT OF MEDICAID*****PI*MCDOH~"))
    out.append(Line(fam).t("NM1*1P*2*ST BRENDAN REGIONAL MEDICAL CTR*****XX*1982736450~"))
    out.append(Line(fam).t("NM1*IL*1*").p(ascii_up(p.last), "name").t("*").p(ascii_up(p.first), "name").t("****MI*").p(p.medicaid, "health_plan").t("~"))
    out.append(Line(fam).t("N3*").p(ascii_up(p.street1), "address").t("~"))
    out.append(Line(fam).t("N4*").p(ascii_up(p.city), "address").t(f"*{p.st}*").p(p.zip + p.zip4, "zip").t("~"))
    out.append(Line(fam).t("DMG*D8*").p(fd(p.dob, "ymd"), "date").t(f"*{p.sex}~"))
    if R.random() < 0.5:
        out.append(Line(fam).t("EB*1*IND*30*MC*OHIO MEDICAID - ADULT EXTENSION~"))
        out.append(Line(fam).t("DTP*346*D8*").p(fd(rdate(date(2023, 6, 1), date(2024, 3, 1)), "ymd"), "date").t("~"))
    else:
        out.append(Line(fam).t("EB*6**30~"))
        out.append(Line(fam).t("MSG*NO ACTIVE COVERAGE ON DATE OF INQUIRY~"))
    out.append(Line(fam).t(f"SE*{len(out) - 1}*0001~"))
    return out


def blk_meditech():
    fam = "meditech_hl7"
    p = pick()
    t = CLK.tick()
    doc = R.choice(DOCS)
    ctl = f"M{R.randint(1000, 9999)}.{R.randint(1000, 99999)}"
    typ = R.choice(["ADT^A08", "DFT^P03", "BAR^P05"])
    L = Line(fam).t(f"{ts_ms(t)} [MT_{'BAR' if typ != 'ADT^A08' else 'ADT'}_PFS_OUT] SEND seq={R.randint(10000, 99999)} bytes={R.randint(600, 1600)} msg=")
    L.t(f"MSH|^~\\&|MEDITECH|SBR|PFSDW|SBR|{t.strftime('%Y%m%d%H%M%S')}||{typ}|{ctl}|P|2.3.1\\r")
    L.t(f"EVN|{typ[-3:]}|{t.strftime('%Y%m%d%H%M%S')}|||{R.choice(['PFS.JREYES', 'PFS.BATCH', 'ADM.KLEE'])}\\r")
    L.t("PID|1||").p(p.mrn, "mrn").t("^^^SBR^MR~").p(p.acct, "account").t("^^^SBR^AN||").p(p.hl7, "name").t("||")
    L.p(fd(p.dob, "ymd"), "date").t(f"|{p.sex}|||").p(ascii_up(f"{p.num} {p.street}"), "address").t("^")
    L.p(ascii_up(p.unit), "address").t("^").p(ascii_up(p.city), "address").t(f"^{p.st}^").p(p.zip, "zip").t("^^H^^")
    L.p(ascii_up(p.county), "address").t("||").p(fmt_phone(p.phone, "paren_ns"), "phone").t("|||")
    L.t(R.choice(["M", "S", "D", "W"]), "||").p(p.acct, "account").t("|").p(p.ssn, "ssn").t("\\r")
    if R.random() < 0.5:
        g = relative(p)
        L.t("GT1|1||").p(g.hl7, "name").t("||").p(ascii_up(f"{g.num} {g.street}"), "address").t("^^")
        L.p(ascii_up(g.city), "address").t(f"^{g.st}^").p(g.zip, "zip").t("||").p(fmt_phone(g.cell, "paren_ns"), "phone")
        L.t("|||||").t(R.choice(["SPO", "PAR", "CHD"])).t("\\r")
    L.t(f"PV1|1|{R.choice(['E', 'I', 'O'])}|{R.choice(['ED', '4W', 'OBS', 'SDS'])}^^^SBR||||{doc[0]}^{doc[1]}^{doc[2]}^^^^MD|||||||||||")
    L.t(R.choice(["SP", "MC", "MD"]), "|||||||||||||||||||||||").p(fd(p.dos, "ymd"), "date").t("|").p(fd(p.disch, "ymd"), "date").t("\\r")
    if typ == "DFT^P03":
        L.t("FT1|1|||").p(fd(p.dos, "ymd"), "date").t(f"||CG|9021^BAD DEBT TRANSFER^LOCAL|||1|{p.bal / 100:.2f}\\r")
    else:
        L.t(f"ZFN|BD|TCRS|{t.strftime('%Y%m%d')}|{p.bal / 100:.2f}\\r")
    return [L]


def blk_allscripts():
    fam = "allscripts_unity"
    p = pick()
    t = CLK.tick()
    out = []
    L = Line(fam).t(f"{ts_off(t)} [unity-client] INFO POST https://unity.sbrmc.local/Unity/UnityService.svc/json/MagicJson action=GetPatient appname=SBR.PFS.Collections appuserid=svc_pfs patientid=")
    L.p(p.asid, "mrn").t(f" elapsed_ms={R.randint(90, 600)}")
    out.append(L)
    t = CLK.tick(0.1, 2)
    L = Line(fam).t(f"{ts_off(t)} [unity-client] DEBUG response ")
    ins = R.choice([("AETNA MEDICARE ADVANTAGE" if p.dob.year < 1959 else "AETNA OPEN ACCESS", p.mbi if p.dob.year < 1959 else p.member),
                    ("ANTHEM BCBS OH PPO", p.member), ("CARESOURCE OHIO MEDICAID", p.medicaid), ("", "")])
    obj = [{"getpatientinfo": [{"ID": PH(p.asid, "mrn"), "LastName": PH(p.last, "name"), "FirstName": PH(p.first, "name"),
                                "MiddleName": PH(p.mi, "name"), "gender": p.sex, "dateofbirth": "__DOB__",
                                "ssn": PH(p.ssn.replace("-", ""), "ssn"), "Addr1": PH(f"{p.num} {p.street}", "address"),
                                "Addr2": PH(p.unit, "address") if p.unit else "", "City": PH(p.city, "address"),
                                "State": p.st, "ZipCode": PH(p.zip, "zip"), "HomePhone": PH(fmt_phone(p.phone, "dash"), "phone"),
                                "WorkPhone": "", "MRN": PH(p.asmrn, "mrn"), "PrimaryInsurance": ins[0],
                                "PrimaryInsuranceSubscriberID": PH(ins[1], "health_plan") if ins[1] else "",
                                "PrimaryCareProvider": f"{DOCS[1][1].title()}, {DOCS[1][2].title()} MD"}]}]
    # splice DOB with time part unlabeled
    tmp = Line(fam)
    jput(tmp, obj)
    # rebuild properly: serialize pieces before/after the DOB marker
    txt = tmp.text()
    i = txt.index('"__DOB__"')
    pre_b = len(txt[:i].encode())
    for s, e, c, v in tmp.spans:
        if s < pre_b:
            L.spans.append((L.n + s, L.n + e, c, v))
    L.t(txt[:i])
    L.t('"').p(fd(p.dob, "us_np"), "date").t(' 12:00:00 AM"')
    base = L.n
    post_b = pre_b + len('"__DOB__"'.encode())
    for s, e, c, v in tmp.spans:
        if s >= post_b:
            L.spans.append((base + s - post_b, base + e - post_b, c, v))
    L.t(txt[i + len('"__DOB__"'):])
    out.append(L)
    return out


def blk_py_phi():
    """ETL log lines that mention a person"""
    t = CLK.tick()
    p = pick()
    fam = "python_etl"
    r = R.random()
    L = Line(fam)
    if r < 0.2:
        L.t(f"{ts_py(t)} WARNING [pfs_etl.placement] guarantor zip '").p(p.zip[:4], "zip").t("' invalid for acct ").p(p.acct, "account")
        L.t(" (guar ").p(p.lf, "name").t(") - falling back to patient address")
    elif r < 0.4:
        dod = rdate(date(2023, 11, 1), date(2024, 4, 30))
        L.t(f"{ts_py(t)} INFO [pfs_etl.deceased] SSN+DOB match acct=").p(p.acct, "account").t(" dod=").p(dod.isoformat(), "date")
        L.t(f" source=skip_vendor action=RECALL_DEC estate_queue=PFS-ESTATE")
    elif r < 0.55:
        L.t(f"{ts_py(t)} INFO [pfs_etl.bankruptcy] PACER match case=").p(f"3:24-bk-{R.randint(30000, 31999)}", "other_id")
        L.t(" debtor=\"").p(p.FL, "name").t("\" last4=").t(p.ssn[-4:]).t(" accts=[").p(p.acct, "account").t("] -> hold codes BK7 applied")
    elif r < 0.7:
        L.t(f"{ts_py(t)} ERROR [pfs_etl.remit] posting rejected agency_acct=").p(p.agacct, "account").t(" client_acct=").p(p.acct, "account")
        L.t(": account in status CLOSED_CHARITY since ").p(fd(rdate(date(2024, 3, 1), date(2024, 5, 1)), "us"), "date").t("; route to refund queue")
    elif r < 0.85:
        L.t(f"[{ts_py(t)}: INFO/ForkPoolWorker-{R.randint(1, 8)}] Task pfs_etl.tasks.send_validation_notice[{uid()}] succeeded in {R.uniform(0.1, 3):.3f}s: ")
        L.t("{'acct': '").p(p.acct, "account").t("', 'mailed_to': '").p(p.FL, "name").t("', 'zip': '").p(p.zip, "zip").t("', 'reg_f_day': 35}")
    else:
        L.t(f"{ts_py(t)} WARNING [pfs_etl.dedupe] possible duplicate guarantor: ").p(p.gacct, "account").t(" and ")
        L.p(f"G{R.randint(1000000, 9999999)}", "account").t(" share ssn=").p(p.ssn, "ssn").t(" name='").p(p.LF, "name").t("'")
    return [L]


def blk_sql_phi():
    t = CLK.tick()
    p = pick()
    r = R.random()
    if r < 0.15:
        L = Line("sql_errorlog").t(f"{ts_sql(t)} spid{R.randint(51, 140)}      The INSERT statement conflicted with the FOREIGN KEY constraint \"FK_Recall_Placement\". The conflict occurred in database \"PFS_Stage\", table \"dbo.PlacementDetail\". Row AcctNo='")
        L.p(p.acct, "account").t("', AgencyAcct='").p(p.agacct, "account").t("'")
        return [Line("sql_errorlog").t(f"{ts_sql(t)} spid{R.randint(51, 140)}      Error: 547, Severity: 16, State: 0."), L]
    if r < 0.35:
        L = Line("sql_errorlog").t(f"{ts_sql(t)} spid{R.randint(51, 140)}      Violation of PRIMARY KEY constraint 'PK_PlacementDetail'. Cannot insert duplicate key in object 'dbo.PlacementDetail'. The duplicate key value is (")
        L.p(p.acct, "account").t(", ").p(p.place_dt.isoformat(), "date").t(").")
        return [Line("sql_errorlog").t(f"{ts_sql(t)} spid{R.randint(51, 140)}      Error: 2627, Severity: 14, State: 1."), L]
    if r < 0.7:
        L = Line("sqlagent_history").t(f"{t.strftime('%m/%d/%Y %H:%M:%S')},PFS - Agency Load Stage,Failed,2,PFSDB01,PFS - Agency Load Stage,Load guarantors,,")
        L.t("Executed as user: SBRMC\\svc_sqlagent. String or binary data would be truncated in table 'PFS_Stage.dbo.GuarantorStage', column 'GuarAddr1'. Truncated value: '")
        full = ascii_up(p.street1) + " REAR"
        L.p(full[:24], "address").t("'. [SQLSTATE 22001] (Error 2628)  The statement has been terminated. [SQLSTATE 01000] (Error 3621).  The step failed.,00:00:03,16,0,,,,0")
        return [L]
    L = Line("sql_errorlog").t(f"{ts_sql(t)} spid{R.randint(51, 140)}      Conversion failed when converting date and/or time from character string. Row: AcctNo='")
    L.p(p.acct, "account").t("' DischDt='").p(fd(p.disch, "ymd")[:6] + "00", "date").t("' (dbo.usp_LoadRecall, line 214)")
    return [L]


# =========================================================================== noise
def n_py_runner():
    t = CLK.tick()
    job = R.choice(["placement_export", "recall_import", "remit_post", "skiptrace_batch", "pacer_scrub", "statement_feed"])
    return [Line("python_etl").t(f"{ts_py(t)} INFO [pfs_etl.runner] job={job} run_id={uid()} host=PFSETL02 pid={R.randint(2000, 40000)} version=3.14.2 git={hexid(7)}")]


def n_urllib3():
    t = CLK.tick()
    host = R.choice(["api.tracelinkdata.example", "sandbox.cardconnect.example", "api.planpay.example", "unity.sbrmc.local"])
    out = [Line("python_etl").t(f"{ts_py(t)} DEBUG [urllib3.connectionpool] Starting new HTTPS connection (1): {host}:443")]
    t = CLK.tick(0.05, 1.5)
    out.append(Line("python_etl").t(f"{ts_py(t)} DEBUG [urllib3.connectionpool] https://{host}:443 \"POST /v2/{R.choice(['search', 'batch', 'plans', 'auth'])} HTTP/1.1\" {R.choice([200, 200, 201, 202, 429, 503])} {R.randint(40, 30000)}"))
    return out


def n_paramiko():
    t = CLK.tick()
    out = [Line("python_etl").t(f"{ts_py(t)} INFO [paramiko.transport] Connected (version 2.0, client OpenSSH_8.9p1)")]
    t = CLK.tick(0.1, 1)
    out.append(Line("python_etl").t(f"{ts_py(t)} INFO [paramiko.transport] Authentication (publickey) successful!"))
    t = CLK.tick(0.1, 1)
    f = R.choice([f"SBRMC01_PLC_{t.strftime('%Y%m%d')}_A.txt", f"TCRS_RECALL_{t.strftime('%Y%m%d')}.csv", f"TCRS_REMIT_{t.strftime('%Y%m%d')}.txt"])
    out.append(Line("python_etl").t(f"{ts_py(t)} INFO [paramiko.transport.sftp] [chan 0] Opened sftp connection (server version 3); put /outbound/{f} ({R.randint(10**5, 10**7)} bytes)"))
    return out


def n_sqlalchemy():
    t = CLK.tick()
    d = CLK.t.date() - timedelta(days=1)
    return [Line("python_etl").t(f"{ts_py(t)} INFO [sqlalchemy.engine.Engine] SELECT p.PatAcct, p.GuarAcct, p.CurBal FROM dbo.BadDebtPlacement AS p WHERE p.PlacementDate = ? AND p.AgencyCode = ?"),
            Line("python_etl").t(f"{ts_py(CLK.tick(0.01, 0.2))} INFO [sqlalchemy.engine.Engine] [generated in 0.00{R.randint(10, 99)}s] ('{d.isoformat()}', 'TCRS')")]


def n_metrics():
    t = CLK.tick()
    job = R.choice(["placement_export", "recall_import", "remit_post", "skiptrace_batch"])
    a = R.randint(80, 2000)
    b = R.randint(0, 12)
    return [Line("python_etl").t(f"{ts_py(t)} INFO [pfs_etl.metrics] job={job} rows_in={a} rows_ok={a - b} rows_rejected={b} elapsed={R.uniform(2, 400):.2f}s peak_rss_mb={R.randint(80, 900)}")]


def n_retry():
    t = CLK.tick()
    return [Line("python_etl").t(f"{ts_py(t)} WARNING [pfs_etl.skiptrace] HTTP 429 Too Many Requests from vendor (x-ratelimit-remaining=0); retry in {R.choice([2, 4, 8, 16])}s (attempt {R.randint(1, 4)}/5) request_id={uid()}")]


def n_traceback():
    t = CLK.tick()
    v = R.randint(0, 2)
    if v == 0:
        out = [Line("python_traceback").t(f"{ts_py(t)} ERROR [pfs_etl.runner] job recall_import failed"),
               Line("python_traceback").t("Traceback (most recent call last):"),
               Line("python_traceback").t(f'  File "/opt/pfs_etl/pfs_etl/jobs/recall.py", line {R.randint(100, 400)}, in parse_row'),
               Line("python_traceback").t("    rec.recall_date = datetime.strptime(row['recall_date'], '%m/%d/%Y').date()"),
               Line("python_traceback").t("KeyError: 'recall_date'")]
    elif v == 1:
        out = [Line("python_traceback").t(f"{ts_py(t)} ERROR [pfs_etl.runner] job placement_export failed after {R.randint(30, 900)}s"),
               Line("python_traceback").t("Traceback (most recent call last):"),
               Line("python_traceback").t(f'  File "/opt/pfs_etl/pfs_etl/db.py", line {R.randint(40, 200)}, in fetch_candidates'),
               Line("python_traceback").t("    rows = cur.execute(SQL_CANDIDATES, batch_date).fetchall()"),
               Line("python_traceback").t("pyodbc.OperationalError: ('HYT00', '[HYT00] [Microsoft][ODBC Driver 18 for SQL Server]Query timeout expired (0) (SQLExecDirectW)')")]
    else:
        out = [Line("python_traceback").t(f"{ts_py(t)} ERROR [pfs_etl.sftp] upload to sftp.tricountyrecovery.example failed (attempt {R.randint(1, 3)}/3)"),
               Line("python_traceback").t("Traceback (most recent call last):"),
               Line("python_traceback").t('  File "/opt/pfs_etl/venv/lib/python3.11/site-packages/paramiko/transport.py", line 2239, in _check_banner'),
               Line("python_traceback").t("    buf = self.packetizer.readline(timeout)"),
               Line("python_traceback").t("paramiko.ssh_exception.SSHException: Error reading SSH protocol banner[Errno 104] Connection reset by peer")]
    return out


def n_config():
    t = CLK.tick()
    return [Line("config").t(f"{ts_py(t)} INFO [pfs_etl.config] agency.TCRS sftp_host=sftp.tricountyrecovery.example port=22 remote_dir=/inbound/sbrmc "
                             f"placement_min_balance=25.00 min_days_since_first_stmt=120 exclude_fin_class=[MC,MD,WC] commission_pct=25.0 max_file_records=50000")]


def n_agent_hist():
    t = CLK.tick()
    job, step = R.choice([("PFS - Nightly Bad Debt Placement", "Export placement file"),
                          ("PFS - Recall Import", "Stage recall CSV"), ("PFS - Remit Posting", "Post agency payments"),
                          ("DBA - IndexOptimize - USER_DATABASES", "IndexOptimize"), ("syspolicy_purge_history", "Erase Phantom System Health Records.")])
    dur = f"00:{R.randint(0, 9):02d}:{R.randint(0, 59):02d}"
    return [Line("sqlagent_history").t(f"{t.strftime('%m/%d/%Y %H:%M:%S')},{job},Succeeded,{R.randint(1, 4)},PFSDB01,{job},{step},,"
                                       f"Executed as user: SBRMC\\svc_sqlagent. Process Exit Code 0.  The step succeeded.,{dur},0,0,,,,0")]


def n_agent_fail():
    t = CLK.tick()
    return [Line("sqlagent_history").t(f"{t.strftime('%m/%d/%Y %H:%M:%S')},PFS - Skip Trace Export,Failed,0,PFSDB01,PFS - Skip Trace Export,(Job outcome),,"
                                       "The job failed.  The Job was invoked by Schedule 14 (Nightly 0230).  The last step to run was step 3 (Push to vendor SFTP).,00:02:11,0,0,,,,0")]


def n_errorlog():
    t = CLK.tick()
    src, msg = R.choice([
        ("Logon      ", f"Login succeeded for user 'SBRMC\\svc_pfs_etl'. Connection made using Windows authentication. [CLIENT: 10.40.{R.randint(1, 30)}.{R.randint(2, 250)}]"),
        ("Backup     ", f"Log was backed up. Database: PFS_Stage, creation date(time): 2021/03/02(11:14:09), first LSN: {R.randint(10**5, 10**6)}:{R.randint(100, 9999)}:1, last LSN: {R.randint(10**5, 10**6)}:{R.randint(100, 9999)}:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {{'\\\\bak01\\sql\\PFS_Stage_LOG_{t.strftime('%Y%m%d_%H%M%S')}.trn'}}). This is an informational message only. No user action is required."),
        (f"spid{R.randint(20, 140)}s     ", "DBCC CHECKDB (PFS_Stage) WITH no_infomsgs executed by SBRMC\\svc_sqlagent found 0 errors and repaired 0 errors. Elapsed time: 0 hours 3 minutes 12 seconds."),
        ("Logon      ", "Error: 18456, Severity: 14, State: 8."),
        ("Logon      ", f"Login failed for user 'pfs_report'. Reason: Password did not match that for the login provided. [CLIENT: 10.40.{R.randint(1, 30)}.{R.randint(2, 250)}]"),
        ("Server     ", "This instance of SQL Server has been using a process ID of 4412 since 5/9/2024 11:02:17 PM (local) 5/10/2024 3:02:17 AM (UTC). This is an informational message only; no user action is required."),
    ])
    return [Line("sql_errorlog").t(f"{ts_sql(t)} {src} {msg}")]


def n_mirth():
    t = CLK.tick()
    ch = R.choice(["MT_ADT_PFS_OUT", "MT_BAR_PFS_OUT", "MT_LISTENER_6661"])
    m = R.choice([f"ACK AA control=M{R.randint(1000, 9999)}.{R.randint(1000, 99999)} rtt={R.randint(8, 200)}ms",
                  f"queue depth=0 sent_today={R.randint(1000, 30000)} errored_today={R.randint(0, 5)}",
                  f"10.40.2.{R.randint(10, 40)}:{R.randint(40000, 60000)} connection accepted (keepalive=on, llp frame=0x0B/0x1C0D)",
                  "connection idle > 300s, sending keepalive"])
    return [Line("meditech_hl7").t(f"{ts_ms(t)} [{ch}] {m}")]


def n_hl7_ack():
    t = CLK.tick()
    ctl = f"M{R.randint(1000, 9999)}.{R.randint(1000, 99999)}"
    return [Line("meditech_hl7").t(f"{ts_ms(t)} [MT_BAR_PFS_OUT] RECV msg=MSH|^~\\&|PFSDW|SBR|MEDITECH|SBR|{t.strftime('%Y%m%d%H%M%S')}||ACK^P05|A{ctl[1:]}|P|2.3.1\\rMSA|AA|{ctl}|Message accepted\\r")]


def n_unity():
    t = CLK.tick()
    a = R.choice([f"action=GetToken user=svc_pfs status=200 elapsed_ms={R.randint(40, 300)} token_ttl=1200",
                  f"action=GetServerInfo status=200 ProductVersion=20.1.2.118 ServerTimeZone=\"Eastern Standard Time\" UAIBornOnDate=2019-04-12",
                  f"action=GetPatient status=500 elapsed_ms={R.randint(3000, 30000)} error=\"Magic Error - Timeout expired\" retry=1"])
    return [Line("allscripts_unity").t(f"{ts_off(t)} [unity-client] INFO {a}")]


def n_ivr():
    t = CLK.tick()
    sid = f"IVR-{hexid(12)}"
    thr = R.randint(1, 24)
    return [Line("ivr_log").t(f"{ts_us(t)} INFO  [AppIntf-{thr}] sessionId={sid} node={R.choice(['MainMenu', 'Hours', 'MailingAddress', 'Spanish'])} input={R.randint(1, 9)} confidence=dtmf"),
            Line("ivr_log").t(f"{ts_us(CLK.tick(5, 60))} INFO  [AppIntf-{thr}] sessionId={sid} event=CallEnd reason=caller_hangup dur={R.randint(10, 90)}s nodes=2")]


def n_ivr_stats():
    t = CLK.tick()
    return [Line("ivr_log").t(f"{ts_us(t)} INFO  [StatsReporter] app=PFS_PayByPhone calls_1h={R.randint(10, 120)} payments_1h={R.randint(0, 40)} containment={R.uniform(0.3, 0.8):.2f} avg_handle_s={R.randint(60, 240)} ports_busy={R.randint(0, 23)}/24")]


def n_twilio():
    t = CLK.tick()
    ip = R.choice(TWILIO_IPS)
    return [Line("nginx_access").t(f"10.40.8.21 - - [{ts_ngx(t)}] \"POST /twilio/status HTTP/1.1\" 204 0 \"-\" \"TwilioProxy/1.1\" xff={ip} rt=0.{R.randint(3, 90):03d}")]


def n_textpay_misc():
    t = CLK.tick()
    m = R.choice([f"opt-out list synced: {R.randint(9000, 16000)} numbers (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT)",
                  f"throughput long code +18335550199: 1 msg/s, queue_depth={R.randint(0, 40)}",
                  f"campaign balance_due_v3 dispatched={R.randint(200, 4000)} delivered={R.randint(150, 3800)} undelivered={R.randint(0, 200)} 30007_filtered={R.randint(0, 20)}"])
    return [Line("textpay_app").t(f"{ts_py(t)} INFO [textpay.campaign] {m}")]


def n_card_settle():
    t = CLK.tick()
    return [Line("card_gateway").t(f"{ts_py(t)} INFO [payments.settlement] batch {t.strftime('%m%d')}-{R.randint(1, 4)} closed merchid=496160873888 txns={R.randint(100, 500)} "
                                   f"gross=${R.randint(10000, 90000):,}.{R.randint(0, 99):02d} refunds={R.randint(0, 9)} chargebacks={R.randint(0, 2)}")]


def n_card_health():
    t = CLK.tick()
    return [Line("card_gateway").t(f"{ts_py(t)} INFO [payments.healthcheck] sandbox auth card=4111111111111111 exp=1230 amount=1.00 -> respstat=A resptext=Approval ({R.randint(80, 400)}ms)")]


def n_card_token():
    t = CLK.tick()
    last4 = f"{R.randint(0, 9999):04d}"
    tok = "9" + "".join(str(R.randint(0, 9)) for _ in range(11)) + last4
    return [Line("card_gateway").t(f"{ts_py(t)} INFO [payments.cardconnect] auth respstat={R.choice(['A', 'A', 'A', 'C'])} respcode={R.choice(['00', '000', '05'])} retref={R.randint(10**11, 10**12 - 1)} "
                                   f"token={tok} last4={last4} amount={R.randint(10, 400)}.00 authcode={alnum(6)} avsresp={R.choice(['Y', 'Z', 'N'])} cvvresp=M")]


def n_payplan():
    t = CLK.tick()
    m = R.choice([f"level=info app=planpay-scheduler msg=\"autopay sweep finished\" due={R.randint(100, 400)} succeeded={R.randint(90, 380)} failed={R.randint(0, 20)} duration_ms={R.randint(4000, 90000)}",
                  f"level=warn app=planpay-api msg=\"slow query\" table=installments ms={R.randint(1000, 5000)} trace_id={hexid(32)} span_id={hexid(16)}",
                  f"level=info app=planpay-api route=\"GET /healthz\" status=200 dur_ms={R.randint(1, 9)}",
                  f"level=info app=planpay-api msg=\"config reloaded\" max_term_months=24 min_installment_cents=2500 grace_days=10 build=2024.05.{R.randint(1, 13)}-{hexid(7)}"])
    return [Line("payplan_logfmt").t(f"ts={ts_z(t)} {m}")]


def n_statement():
    t = CLK.tick()
    m = R.choice([f"STMT-JOB INFO  received SBRMC_STMT_{t.strftime('%Y%m%d')}.dat ({R.uniform(3, 30):.1f} MB, {R.randint(1000, 9000):,} statements) md5={hexid(32)}",
                  f"CASS  INFO  certified {R.randint(4000, 4800):,}/4,812 (99.{R.randint(10, 99)}%) DPV Y={R.randint(3900, 4700):,} S={R.randint(0, 60)} D={R.randint(0, 40)} N={R.randint(0, 30)}",
                  f"PRINT INFO  job 0514A sent to press line 3: {R.randint(1000, 9000)} pieces, presort 5-digit={R.randint(800, 4000)}, permit #4412",
                  f"NCOA  INFO  processed {R.randint(4000, 4800)} records: moves={R.randint(10, 80)} (indiv={R.randint(5, 50)}, family={R.randint(1, 20)}), no-forward={R.randint(0, 9)}"])
    return [Line("statement_vendor").t(f"[{t.strftime('%Y-%m-%d %H:%M:%S')}] {m}")]


def n_skip_batch():
    t = CLK.tick()
    obj = {"batchId": f"B-{t.strftime('%Y%m%d')}-{R.randint(1, 99):04d}", "status": R.choice(["QUEUED", "COMPLETE"]),
           "records": R.randint(100, 2000), "hits": R.randint(50, 1500), "webhook": "https://pfs-etl.sbrmc.local/hooks/skip",
           "estimatedCompletion": ts_z(t + timedelta(minutes=R.randint(5, 60)))}
    L = Line("skiptrace_json").t(f"{ts_py(t)} INFO [pfs_etl.skiptrace.client] batch submitted: ")
    jput(L, obj)
    return [L]


def n_uvicorn():
    t = CLK.tick()
    return [Line("uvicorn").t(f"INFO:     10.42.{R.randint(0, 3)}.{R.randint(1, 250)}:{R.randint(30000, 65000)} - \"GET {R.choice(['/healthz', '/readyz', '/metrics'])} HTTP/1.1\" 200 OK")]


def n_prom():
    t = CLK.tick()
    return [Line("prometheus").t(R.choice([
        f'pfs_placement_records_total{{agency="TCRS",file="primary"}} {R.randint(500, 5000)} {epoch(t)}000',
        f'pfs_recall_rows_total{{reason="BK7"}} {R.randint(0, 40)} {epoch(t)}000',
        f'payplan_autopay_failures_total{{reason="R01"}} {R.randint(0, 50)} {epoch(t)}000',
        f'ivr_ports_in_use{{app="PFS_PayByPhone"}} {R.randint(0, 24)} {epoch(t)}000',
        f'http_request_duration_seconds_bucket{{handler="/t/{{token}}",le="0.25"}} {R.randint(100, 9000)} {epoch(t)}000']))]


def n_celery():
    t = CLK.tick()
    return [Line("celery_worker").t(f"[{ts_py(t)}: INFO/ForkPoolWorker-{R.randint(1, 8)}] Task pfs_etl.tasks.post_payments[{uid()}] succeeded in {R.uniform(0.5, 30):.2f}s: "
                                    f"{{'posted': {R.randint(100, 500)}, 'rejected': {R.randint(0, 9)}, 'batch': 'BD{t.strftime('%m%d')}-0{R.randint(1, 3)}'}}")]


def n_sftp_ls():
    t = CLK.tick()
    f = R.choice([f"TCRS_RECALL_{t.strftime('%Y%m%d')}.csv", f"TCRS_REMIT_{t.strftime('%Y%m%d')}.txt", f"SBRMC01_PLC_{t.strftime('%Y%m%d')}_A.txt.pgp", "README_ENCRYPTION.txt"])
    return [Line("sftp_listing").t(f"-rw-r----- 1 tcrs sbrmc {R.randint(1000, 9000000):>8} {t.strftime('%b %d %H:%M')} {f}")]


def n_business():
    m = R.choice([f"Remit to: {AGENCY}, PO Box 14422, Columbus, OH 43214 | 1-800-555-0142 | clientservices@tricountyrecovery.example | Fed Tax ID 31-1875540",
                  f"{HOSP} Patient Financial Services, 1 Brendan Way, Dayton, OH 45409 | (937) 555-0100 | Fax (937) 555-0109 | pfs-billing@stbrendanrmc.example | Mon-Fri 8am-6pm",
                  "Financial Assistance Policy (FAP) summaries available at www.stbrendanrmc.example/fap — Resumen en español disponible; llame al (937) 555-0104.",
                  "Agency license: Ohio Collection Agency Lic. No. CA.0093311 | NPI (facility) 1982736450 | Medicare provider number 36-0118"])
    return [Line("config").t(m)]


def n_x12_ack():
    t = CLK.tick()
    return [Line("x12_271").t(f"TA1*{R.randint(100000000, 999999999)}*{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*A*000~")]


def n_meditech_npr():
    t = CLK.tick()
    return [Line("meditech_hl7").t(f"{ts_ms(t)} [NPR.BAR.BD] report PFS.BAD.DEBT.TRANSFER completed accts={R.randint(500, 2000):,} amt=${R.randint(10**5, 3 * 10**6):,}.{R.randint(0, 99):02d} "
                                   f"txn_code=9021 batch=BD{t.strftime('%m%d')}-01 user=PFS.BATCH")]


def n_recall_noise():
    t = CLK.tick()
    return [Line("python_etl").t(f"{ts_py(t)} WARNING [pfs_etl.recall] {R.randint(1, 6)} recall rows referenced accounts not in placement history; written to dbo.RecallExceptions (batch_id={R.randint(10000, 99999)})")]


def n_transcript_sys():
    t = CLK.tick()
    return [Line("call_transcript").t(f"=== ASR BATCH {t.strftime('%Y%m%d')} model=en-US-callcenter-v2.8 es-US-v1.4 files={R.randint(100, 900)} wer_est=0.{R.randint(8, 19)} gpu_s={R.randint(500, 9000)} ===")]


def n_charity_noise():
    t = CLK.tick()
    m = R.choice(["Loaded 2024 HHS poverty guidelines: base=15060 per_additional=5380 (48 contiguous states + DC)",
                  f"presumptive eligibility run: {R.randint(200, 900)} accounts scored, {R.randint(10, 120)} auto-approved (score>=0.82), model=pe-v5",
                  f"application queue: pending={R.randint(5, 80)} awaiting_docs={R.randint(5, 60)} sla_breaches={R.randint(0, 4)}"])
    return [Line("charity_form").t(f"{ts_py(t)} INFO [charity.{R.choice(['fpl', 'presumptive', 'queue'])}] {m}")]


def n_celery_beat():
    t = CLK.tick()
    task = R.choice([("nightly-placement", "export_placement"), ("recall-poll", "poll_recall_sftp"),
                     ("pacer-scrub", "pacer_scrub"), ("autopay-reconcile", "reconcile_autopay")])
    return [Line("celery_worker").t(f"[{ts_py(t)}: INFO/MainProcess] Scheduler: Sending due task {task[0]} (pfs_etl.tasks.{task[1]})")]


def n_gpg():
    t = CLK.tick()
    return [Line("python_etl").t(f"{ts_py(t)} INFO [pfs_etl.crypto] gpg: encrypted SBRMC01_PLC_{t.strftime('%Y%m%d')}_A.txt with 4096-bit RSA key, ID 8F3A21C09B7E44D1, "
                                 "created 2022-11-03 \"Tri-County Recovery SFTP <sftp-admin@tricountyrecovery.example>\" (expires 2025-11-03)")]


def n_pacer_stats():
    t = CLK.tick()
    q = R.randint(150, 900)
    return [Line("python_etl").t(f"{ts_py(t)} INFO [pfs_etl.bankruptcy] pacer_scrub done: queried={q} new_filings={R.randint(0, 12)} dismissed={R.randint(0, 3)} "
                                 f"discharged={R.randint(0, 6)} pages_billed={R.randint(20, 90)} fee=${R.randint(2, 9)}.{R.choice(['00', '10', '30', '60', '90'])} pcl_api=v2")]


def n_skip_invoice():
    t = CLK.tick()
    n = R.randint(300, 2000)
    return [Line("skiptrace_json").t(f"{ts_py(t)} INFO [pfs_etl.skiptrace.billing] {{\"invoice\":\"TL-INV-2024-{R.randint(1000, 9999)}\",\"searches\":{n},\"rate\":0.85,"
                                     f"\"amount\":{n * 0.85:.2f},\"contract\":\"TL-2023-117\",\"period\":\"2024-05\"}}")]


def n_redis():
    t = CLK.tick()
    return [Line("redis").t(R.choice([f"1:M {t.strftime('%d %b %Y %H:%M:%S')}.{t.microsecond // 1000:03d} * 100 changes in 300 seconds. Saving...",
                                      f"1:M {t.strftime('%d %b %Y %H:%M:%S')}.{t.microsecond // 1000:03d} * Background saving started by pid {R.randint(100, 9999)}",
                                      f"{R.randint(100, 9999)}:C {t.strftime('%d %b %Y %H:%M:%S')}.{t.microsecond // 1000:03d} * DB saved on disk"]))]


def n_alembic():
    t = CLK.tick()
    return [Line("python_etl").t(R.choice(["INFO  [alembic.runtime.migration] Context impl MSSQLImpl.",
                                           "INFO  [alembic.runtime.migration] Will assume transactional DDL.",
                                           f"INFO  [alembic.runtime.migration] Running upgrade {hexid(12)} -> {hexid(12)}, add recall_reason_code and bk_chapter to placement_history"]))]


def n_k8s():
    t = CLK.tick()
    pod = R.choice(["textpay-worker", "planpay-api", "pfs-etl-runner", "ivr-bridge"]) + f"-{hexid(10)}-{alnum(5, 'abcdefghijklmnopqrstuvwxyz0123456789')}"
    return [Line("k8s_event").t(R.choice([f"{t.strftime('%Y-%m-%dT%H:%M:%SZ')} Warning BackOff pod/{pod} Back-off restarting failed container (x{R.randint(2, 9)} over {R.randint(3, 40)}m)",
                                          f"{t.strftime('%Y-%m-%dT%H:%M:%SZ')} Normal Pulled pod/{pod} Successfully pulled image \"registry.sbrmc.local/pfs/{pod.split('-')[0]}:2024.05.{R.randint(1, 13)}\" in {R.uniform(0.5, 9):.3f}s",
                                          f"{t.strftime('%Y-%m-%dT%H:%M:%SZ')} Normal ScalingReplicaSet deployment/{pod.rsplit('-', 2)[0]} Scaled up replica set to {R.randint(2, 6)}"]))]


def n_tcr():
    t = CLK.tick()
    return [Line("textpay_app").t(f"{ts_py(t)} INFO [textpay.compliance] 10DLC campaign C{alnum(6)} status=VERIFIED brand=B{alnum(6)} use_case=ACCOUNT_NOTIFICATION "
                                  f"tpm_limit={R.choice([75, 240, 2000])} vetting_score={R.randint(50, 100)}")]


def n_webhook_sig():
    t = CLK.tick()
    return [Line("card_gateway").t(f"{ts_py(t)} DEBUG [payments.webhooks] signature verified t={epoch(t)} v1={hexid(64)} tolerance=300s endpoint=we_1P{alnum(20)}")]


def n_insecure():
    t = CLK.tick()
    return [Line("python_etl").t(f"/opt/pfs_etl/venv/lib/python3.11/site-packages/urllib3/connectionpool.py:1103: InsecureRequestWarning: Unverified HTTPS request is being made to host 'unity.sbrmc.local'. "
                                 "Adding certificate verification is strongly advised. See: https://urllib3.readthedocs.io/en/latest/advanced-usage.html#tls-warnings")]


def n_nacha_summary():
    t = CLK.tick()
    e = R.randint(50, 400)
    return [Line("python_etl").t(f"{ts_py(t)} INFO [payments.nacha] built SBRMC_ACH_{t.strftime('%Y%m%d')}.txt batches=1 entries={e} total_debits=${e * R.randint(40, 90):,}.00 "
                                 f"entry_hash={R.randint(10**8, 10**9 - 1):010d} blocks={e // 10 + 1}")]


def n_mt_maint():
    t = CLK.tick()
    return [Line("meditech_hl7").t(f"{ts_ms(t)} [MT_BAR_PFS_OUT] interface {R.choice(['stopped', 'resumed'])} by user PFS.JREYES reason=\"weekly purge / reindex\" pending={R.randint(0, 40)}")]


def n_i18n():
    t = CLK.tick()
    return [Line("charity_form").t(f"{ts_py(t)} WARNING [charity.i18n] loaded es-US bundle (412 strings), missing=3: fap.step4.help, fap.upload.tooltip, fap.review.disclaimer")]


def n_agent_start():
    t = CLK.tick()
    return [Line("sqlagent_history").t(f"{t.strftime('%m/%d/%Y %H:%M:%S')},PFS - Nightly Bad Debt Placement,In Progress,1,PFSDB01,PFS - Nightly Bad Debt Placement,Build candidate list,,"
                                       f"Job 'PFS - Nightly Bad Debt Placement' started by Schedule 12 (Nightly 0200). Step 1 of 4 executing.,00:00:00,0,0,,,,0")]


def n_ivr_lic():
    t = CLK.tick()
    return [Line("ivr_log").t(f"{ts_us(t)} INFO  [MPP-01] license check OK ports=24 asr_es=4 tts_voices=en-US-Joanna,es-US-Lupe uptime={R.randint(2, 60)}d sip_registrations=2/2")]


def n_imb():
    t = CLK.tick()
    return [Line("statement_vendor").t(f"[{t.strftime('%Y-%m-%d %H:%M:%S')}] IMB   INFO  tracing feed: origin_scans={R.randint(1000, 4800):,} delivered={R.randint(500, 4000):,} "
                                       f"in_transit={R.randint(10, 600)} returned={R.randint(0, 40)} (mailer ID 901{R.randint(100, 999)})")]


NOISE = [n_celery_beat, n_gpg, n_pacer_stats, n_skip_invoice, n_redis, n_alembic, n_k8s, n_tcr, n_webhook_sig,
         n_insecure, n_nacha_summary, n_mt_maint, n_i18n, n_agent_start, n_ivr_lic, n_imb, n_py_runner, n_urllib3, n_paramiko, n_sqlalchemy, n_metrics, n_retry, n_traceback, n_config,
         n_agent_hist, n_agent_fail, n_errorlog, n_mirth, n_hl7_ack, n_unity, n_ivr, n_ivr_stats, n_twilio,
         n_textpay_misc, n_card_settle, n_card_health, n_card_token, n_payplan, n_statement, n_skip_batch,
         n_uvicorn, n_prom, n_celery, n_sftp_ls, n_business, n_x12_ack, n_meditech_npr, n_recall_noise,
         n_transcript_sys, n_charity_noise]

MIXED = [(blk_pipe_placement, 2), (blk_pipe_secondary, 2), (blk_recall, 2), (blk_remit, 2),
         (blk_skip_json, 6), (blk_payplan, 3), (blk_statement, 5), (blk_ivr, 1), (blk_textpay, 3),
         (blk_card, 6), (blk_charity_json, 3), (blk_meditech, 6), (blk_allscripts, 3), (blk_py_phi, 6),
         (blk_sql_phi, 3)]
# long multi-line documents: each appears exactly this many times
MUST = [blk_fixedwidth, blk_fixedwidth, blk_skip_xml, blk_pacer_309a, blk_pacer_nef, blk_pacer_nef,
        blk_probate, blk_probate, blk_charity_ocr, blk_x12_271, blk_transcript, blk_transcript,
        blk_transcript, blk_nacha, blk_nacha_return, blk_nacha_return,
        lambda: blk_ivr(0.1), lambda: blk_ivr(0.2), lambda: blk_statement(0.9), lambda: blk_statement(0.85)]


NOISE_CAP = {n_agent_start: 1, n_agent_fail: 1, n_config: 1, n_traceback: 2, n_business: 2, n_alembic: 2,
             n_insecure: 1, n_gpg: 1, n_i18n: 1, n_mt_maint: 2, n_skip_batch: 2, n_skip_invoice: 1,
             n_transcript_sys: 1, n_nacha_summary: 1, n_card_health: 2}


def build():
    lines = []
    noise_lines = 0
    must = MUST[:]
    ncount = {}
    R.shuffle(must)
    deck = []
    while len(lines) < N_LINES:
        room = N_LINES - len(lines)
        frac = noise_lines / len(lines) if lines else 1.0
        if frac < 0.55:
            g = R.choice(NOISE)
            if ncount.get(g, 0) >= NOISE_CAP.get(g, 4):
                continue
            ncount[g] = ncount.get(g, 0) + 1
            blk = g()
        elif must and (len(lines) > 330 or R.random() < 0.16):
            blk = must.pop()()
        else:
            if not deck:
                deck = [f for f, w in MIXED for _ in range(w)]
                R.shuffle(deck)
            blk = deck.pop()()
        if len(blk) > room:
            continue
        for L in blk:
            lines.append(L)
            if not L.spans:
                noise_lines += 1
    assert not must, must
    return lines


def main():
    lines = build()
    assert len(lines) == N_LINES
    out_log, out_lab = [], []
    for i, L in enumerate(lines, 1):
        s = L.text()
        assert "\n" not in s and "\r" not in s and s.strip() != "", (i, s)
        b = s.encode("utf-8")
        prev = -1
        for (st, en, cat, val) in sorted(L.spans):
            assert b[st:en].decode("utf-8") == val, (i, st, en, val, b[st:en])
            assert st >= prev, (i, "overlap")
            prev = en
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": L.fam,
                                   "spans": [{"s": st, "e": en, "cat": c} for st, en, c, _ in sorted(L.spans)]},
                                  ensure_ascii=False))
    (OUT / f"{ID}.log").write_text("\n".join(out_log), encoding="utf-8")
    (OUT / f"{ID}.labels.jsonl").write_text("\n".join(out_lab) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
