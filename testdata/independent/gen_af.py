#!/usr/bin/env python3
"""Held-out PHI test corpus 'af': retail and specialty pharmacy logs.

Standard library only, fixed seed, byte-for-byte reproducible.
Writes af.log (500 lines) and af.labels.jsonl (one JSON object per line)
next to this script.  Span offsets are UTF-8 byte offsets, end exclusive.
"""
import base64
import datetime as dt
import json
import os
import random
import sys
import unicodedata

SEED = 0xAF2024
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_NEG = 225  # 45% of lines carry no PHI at all

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# ---------------------------------------------------------------- infra
class P(object):
    """A PHI value inside a line."""
    __slots__ = ("cat", "v")

    def __init__(self, cat, v):
        assert cat in CATS, cat
        self.cat = cat
        self.v = v


def build(parts):
    buf = bytearray()
    spans = []
    for x in parts:
        if isinstance(x, P):
            b = x.v.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append({"s": s, "e": len(buf), "cat": x.cat, "_v": x.v})
        else:
            buf += str(x).encode("utf-8")
    return bytes(buf), spans


def ch(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def hexs(n, upper=False):
    s = "".join("0123456789abcdef"[R.randrange(16)] for _ in range(n))
    return s.upper() if upper else s


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(alphabet[R.randrange(len(alphabet))] for _ in range(n))


def letters(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ"):
    return "".join(alphabet[R.randrange(len(alphabet))] for _ in range(n))


def b64(nbytes, prefix=b""):
    raw = prefix + bytes(R.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode("ascii")


def luhn_digit(body):
    total = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


FOLD = {"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "ß": "ss", "æ": "ae", "Æ": "AE", "đ": "d", "Đ": "D"}


def ascii_fold(s):
    s = "".join(FOLD.get(c, c) for c in s)
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).replace("'", "")


# ---------------------------------------------------------------- pools
FIRST_F = ["Maria", "Aisha", "Priya", "Siobhán", "Fatima", "Grace", "Thanh", "Ngozi", "Sofia", "Elena",
           "Ana", "Chloe", "Zoë", "Mei", "Olga", "Hannah", "Camila", "Leila", "Ewa", "Imani", "Rosa",
           "Nadia", "Lucía", "Esther", "Ingrid", "Yuki", "Amara", "Gabriela", "Bich Ngoc", "Margaret",
           "Dolores", "Agnieszka", "Halima", "Keisha", "Svetlana", "Mónica", "Ruth", "Beatriz", "Naomi"]
FIRST_M = ["José", "Wei", "Oluwaseun", "Dmitri", "Mateo", "Hiroshi", "Liam", "Mohammed", "Kwame", "Raj",
           "Björn", "Carlos", "Tariq", "Diego", "Yusuf", "Arjun", "Darnell", "Kenji", "Luca", "Abdul",
           "Tomás", "Jamal", "Minh", "Samuel", "Viktor", "Emeka", "Santiago", "Harold", "Jun", "Ravi",
           "Walter", "Andrzej", "Ibrahim", "Francisco", "Tyrone", "Sean", "Giovanni", "Bao", "Eduardo"]
LAST = ["Lopez", "Nguyen", "Okafor", "Patel", "Kowalski", "O'Brien", "García", "Chen", "Haddad",
        "Johansson", "Kim", "Mensah", "Rossi", "Ivanova", "Hernández", "Smith", "Tanaka", "Abdullah",
        "Dubois", "Williams", "Singh", "Müller", "Ferreira", "Cohen", "Park", "Adeyemi", "Murphy",
        "Nakamura", "Alvarez", "Petrov", "Brown", "Khan", "Silva", "Yilmaz", "Jackson", "Novak",
        "Mahmoud", "Reyes", "Schmidt", "Tran", "Gonzalez", "Sato", "Osei", "Fitzgerald", "Castillo",
        "Baker", "Lindqvist", "Zhang", "Moreno", "Washington", "Wiśniewska", "Delgado", "Obi",
        "Quintero", "Le", "Rahman", "Bianchi", "Horvat", "Mwangi", "Sørensen", "Richardson"]
MIDDLE = "ABCDEFGHJKLMNPRSTW"

# Clinicians / staff: never labelled.
PRESCRIBERS = [("Anita", "Raman"), ("Samuel", "Whitfield"), ("Marisol", "Ortega"), ("Peter", "Lindgren"),
               ("Yvonne", "Achebe"), ("Harish", "Menon"), ("Claire", "Beaumont"), ("Daniel", "Ostrowski"),
               ("Rebecca", "Feldman"), ("Kofi", "Boateng"), ("Laura", "Jiménez"), ("Thomas", "Hale")]
PHARMACISTS = [("Linda", "Okoro"), ("Jason", "Nguyen"), ("Farah", "Siddiqui"), ("Michael", "Brennan"),
               ("Teresa", "Vu"), ("Omar", "Haidari"), ("Julia", "Kaminski"), ("Derek", "Ames")]
POS_STAFF = ["tech.mbautista", "tech.kpowell", "cphT.rgomez", "rph.lokoro", "cpht_dlee", "wc.kiosk3", "rph.tvu"]
STAFF = ["rph.lokoro", "rph.jnguyen", "rph_fsiddiqui", "tech.mbautista", "tech.kpowell", "cphT.rgomez",
         "svc_pdmp_gw", "svc-fillq", "ivr_batch", "courier.dispatch", "posadmin", "svc_hub_sync",
         "svc.csos.signer", "rph.tvu", "mgr.store4471", "hub.intake07", "cpht_dlee", "svc-recall-bot",
         "svc_rtbc", "svc-immz-feed", "wc.kiosk3", "ops-oncall", "rph.dames", "svc_340b_tpa"]
STATES = ["IL", "WI", "IN", "TX", "AZ", "FL", "GA", "OH", "MI", "CO", "WA", "OR", "NY", "NJ", "NC",
          "TN", "MN", "NM", "CA"]
CITIES = [("Chicago", "IL", "Cook County", "606"), ("Evanston", "IL", "Cook County", "602"),
          ("Naperville", "IL", "DuPage County", "605"), ("Joliet", "IL", "Will County", "604"),
          ("Milwaukee", "WI", "Milwaukee County", "532"), ("Gary", "IN", "Lake County", "464"),
          ("Houston", "TX", "Harris County", "770"), ("San Antonio", "TX", "Bexar County", "782"),
          ("Phoenix", "AZ", "Maricopa County", "850"), ("Tucson", "AZ", "Pima County", "857"),
          ("Hialeah", "FL", "Miami-Dade County", "330"), ("Orlando", "FL", "Orange County", "328"),
          ("Decatur", "GA", "DeKalb County", "300"), ("Columbus", "OH", "Franklin County", "432"),
          ("Dearborn", "MI", "Wayne County", "481"), ("Aurora", "CO", "Arapahoe County", "800"),
          ("Tacoma", "WA", "Pierce County", "984"), ("Gresham", "OR", "Multnomah County", "970"),
          ("Brooklyn", "NY", "Kings County", "112"), ("Paterson", "NJ", "Passaic County", "075"),
          ("Charlotte", "NC", "Mecklenburg County", "282"), ("Murfreesboro", "TN", "Rutherford County", "371"),
          ("Bloomington", "MN", "Hennepin County", "554"), ("Las Cruces", "NM", "Doña Ana County", "880"),
          ("Fresno", "CA", "Fresno County", "937"), ("Elk Grove", "CA", "Sacramento County", "957")]
STREETS = ["Oak", "Maple", "Kedzie", "Lincoln", "Cedar", "Washington", "Elm", "Pulaski", "Magnolia",
           "Sunset", "Highland", "Willow", "Jefferson", "Lakeview", "Mission", "Peachtree", "Riverside",
           "Chestnut", "Grand", "Division", "Cermak", "Bluebonnet", "Saguaro", "Palmetto", "Hawthorne",
           "Kimball", "Dogwood", "Fairview", "Juniper", "Lawndale", "Marquette", "Prairie"]
SUFFIX = ["St", "Ave", "Blvd", "Rd", "Dr", "Ln", "Ct", "Way", "Pkwy", "Ter", "Pl", "Cir"]
UNITS = ["Apt 4", "Apt 2B", "Unit 12", "#305", "Apt 1R", "Lot 17", "Apt 3F", "Unit C", "Apt 1107", "#2"]
AREA = ["312", "773", "872", "630", "847", "414", "219", "713", "832", "210", "602", "480", "520",
        "305", "786", "407", "404", "470", "614", "313", "303", "720", "253", "503", "718", "347",
        "973", "704", "615", "612", "505", "559", "916", "708", "224"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
             "comcast.net", "att.net", "protonmail.com", "sbcglobal.net", "live.com", "ymail.com"]
DRUGS = ["atorvastatin 40 mg tab", "lisinopril 10 mg tab", "metformin ER 500 mg", "Eliquis 5 mg tab",
         "apixaban 5 mg", "warfarin 5 mg tab", "levothyroxine 88 mcg", "Humira Pen 40 mg/0.4 mL",
         "Dupixent 300 mg/2 mL pen", "Ozempic 1 mg/dose pen", "Enbrel SureClick 50 mg", "Trikafta tab",
         "oxycodone/APAP 5-325 mg", "hydrocodone/APAP 10-325", "Adderall XR 20 mg", "sertraline 50 mg",
         "amoxicillin 500 mg cap", "Biktarvy 50-200-25 mg", "Xarelto 20 mg", "Jardiance 25 mg",
         "albuterol HFA 90 mcg", "Stelara 90 mg/mL", "methotrexate 2.5 mg", "buprenorphine/naloxone 8-2 mg film",
         "Skyrizi 150 mg/mL", "insulin glargine U-100", "Taltz 80 mg/mL", "gabapentin 300 mg cap"]
VACCINES = [("Shingrix", "187", "SKB"), ("Fluzone High-Dose", "197", "PMC"), ("COMIRNATY 2024-2025", "312", "PFR"),
            ("Spikevax 2024-2025", "313", "MOD"), ("Arexvy", "303", "SKB"), ("Prevnar 20", "216", "PFR"),
            ("Tdap Boostrix", "115", "SKB"), ("Flucelvax", "171", "SEQ"), ("Abrysvo", "305", "PFR")]
PLANS = [("610014", "9999", "EXPRESS SCRIPTS"), ("004336", "ADV", "CAREMARK"), ("610502", "MEDDAET", "AETNA MEDD"),
         ("003858", "A4", "EXPRESS SCRIPTS"), ("610279", "9999", "OPTUMRX"), ("015581", "03200000", "HUMANA"),
         ("610097", "9999", "OPTUMRX PBM"), ("020115", "IS", "NAVITUS"), ("004740", "RXINN", "PRIME"),
         ("017010", "CIHEALTH", "CIGNA")]

STORES = {
    "4471": ("2150 W Belmont Ave", "Chicago", "IL", "60618", "(773) 555-0100", "(773) 555-0109"),
    "4502": ("811 Church St", "Evanston", "IL", "60201", "(847) 555-0142", "(847) 555-0149"),
    "5120": ("3300 S Kinnickinnic Ave", "Milwaukee", "WI", "53207", "(414) 555-0170", "(414) 555-0178"),
    "6034": ("7020 Bellaire Blvd", "Houston", "TX", "77074", "(713) 555-0121", "(713) 555-0129"),
    "7718": ("4455 E Camelback Rd", "Phoenix", "AZ", "85018", "(602) 555-0188", "(602) 555-0189"),
}
SPECIALTY = ("Lakeshore Specialty Rx", "900 N Branch St Suite 310", "Chicago", "IL", "60642",
             "1-877-555-0163", "1-877-555-0164")
VENDORS = [("Northwind Specialty Distribution", "4100 Commerce Pkwy Suite 200", "Memphis", "TN", "38118"),
           ("Bluewater Drug Wholesale", "1 Harbor Point Dr", "Columbus", "OH", "43219"),
           ("Meridian Compounding Supply", "77 Industrial Way", "Piscataway", "NJ", "08854"),
           ("ColdTrail Logistics LLC", "2600 Freight Ave", "Louisville", "KY", "40209"),
           ("Apex 340B Solutions Inc.", "125 Park Ave Floor 9", "Nashville", "TN", "37203"),
           ("CareBridge Hub Services", "3900 Wisconsin Ave NW Suite 500", "Washington", "DC", "20016")]
HOSTS = ["rx-fq-02.ph.lakeshore.internal", "ivr-app02", "pdmp-gw-1.ph.internal", "hub-api-7f9c4d-xk2lp",
         "pos-4471-lane3", "sms-gw-east-1", "ncpdp-sw-01", "csos-signer.ph.internal", "immz-feed-0",
         "courier-disp-3", "recall-svc-6b7d9", "rtbc-api-2", "epa-bridge-01", "acc340b-etl-1",
         "cmpd-lims-01", "portal-web-4"]
MANUF = ["Northwind Generics", "Amneal", "Teva", "Aurobindo", "Zydus", "Lupin", "Camber", "Sandoz",
         "Pfizer", "AbbVie", "Novo Nordisk", "Sanofi", "Vertex", "Gilead", "Eli Lilly"]


# ---------------------------------------------------------------- value generators (PHI)
def first():
    return ch(FIRST_F) if chance(0.5) else ch(FIRST_M)


def person():
    return first(), ch(LAST)


def full_name(style=None, fn=None, ln=None):
    if fn is None:
        fn, ln = person()
    style = style or ch(["fl", "fl", "fl", "lcf", "LCF", "FL", "fml"])
    if style == "fl":
        return fn + " " + ln
    if style == "FL":
        return (fn + " " + ln).upper()
    if style == "lcf":
        return ln + ", " + fn
    if style == "LCF":
        return (ln + ", " + fn).upper()
    if style == "fml":
        return fn + " " + ch(MIDDLE) + ". " + ln
    raise ValueError(style)


def rand_date(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(start, end))


MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fmt_date(d, style=None):
    style = style or ch(["iso", "us", "us", "compact", "usshort", "dmy", "mon", "dmon"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "usshort":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "mmddyyyy":
        return d.strftime("%m%d%Y")
    if style == "dmy":
        return d.strftime("%d.%m.%Y")
    if style == "mon":
        return "%s %d, %d" % (MON[d.month - 1], d.day, d.year)
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year)
    if style == "esp":
        return d.strftime("%d/%m/%Y")
    raise ValueError(style)


REF_YEAR = 2024


def dob(old=False):
    return rand_date(1920, 1933) if old else rand_date(1936, 2019)


def age_of(d):
    """age at the end of the reference year; always > 89 for dob(old=True)."""
    return REF_YEAR - d.year


def sex_of(fn):
    return "F" if fn in FIRST_F else "M"


def first_of(sex):
    return ch(FIRST_F) if sex == "F" else ch(FIRST_M)


CUR = {"t": None}


def cur_date():
    return CUR["t"].date() if CUR["t"] is not None else dt.date(2024, 6, 1)


def svc_date(lo=0, hi=60):
    """a service/fill date shortly before the log record."""
    return cur_date() - dt.timedelta(days=R.randint(lo, hi))


def future_date(lo=1, hi=40):
    return cur_date() + dt.timedelta(days=R.randint(lo, hi))


def phone(style=None, area=None):
    a = area or ch(AREA)
    ex = "%d%s" % (R.randint(2, 9), digits(2))
    if ex[1:] == "11":
        ex = ex[0] + "21"
    ln = digits(4)
    style = style or ch(["paren", "dash", "dash", "dot", "e164", "plus_sp", "plain", "one"])
    if style == "paren":
        return "(%s) %s-%s" % (a, ex, ln)
    if style == "parens_nosp":
        return "(%s)%s-%s" % (a, ex, ln)
    if style == "dash":
        return "%s-%s-%s" % (a, ex, ln)
    if style == "dot":
        return "%s.%s.%s" % (a, ex, ln)
    if style == "e164":
        return "+1%s%s%s" % (a, ex, ln)
    if style == "plus_sp":
        return "+1 %s %s %s" % (a, ex, ln)
    if style == "plain":
        return a + ex + ln
    if style == "one":
        return "1-%s-%s-%s" % (a, ex, ln)
    raise ValueError(style)


def ssn(style=None):
    area = R.randint(1, 899)
    while area == 666:
        area = R.randint(1, 899)
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    style = style or ch(["dash", "dash", "plain", "space"])
    if style == "dash":
        return "%03d-%02d-%04d" % (area, g, s)
    if style == "plain":
        return "%03d%02d%04d" % (area, g, s)
    return "%03d %02d %04d" % (area, g, s)


def email(fn=None, ln=None):
    if fn is None:
        fn, ln = person()
    f = ascii_fold(fn).lower().replace(" ", "")
    l = ascii_fold(ln).lower().replace(" ", "")
    style = R.randrange(6)
    if style == 0:
        u = f + "." + l
    elif style == 1:
        u = f[0] + l + digits(2)
    elif style == 2:
        u = f + "_" + l + str(R.randint(1940, 2005))
    elif style == 3:
        u = l + "." + f + digits(1)
    elif style == 4:
        u = f + l[:3] + digits(3)
    else:
        u = f + "." + l + "+rx"
    return u + "@" + ch(EMAIL_DOM)


def street():
    num = str(R.randint(2, 12999))
    parts = [num]
    if chance(0.4):
        parts.append(ch(["N", "S", "E", "W", "NE", "SW", "NW"]))
    parts.append(ch(STREETS))
    parts.append(ch(SUFFIX))
    s = " ".join(parts)
    if chance(0.35):
        s += " " + ch(UNITS)
    if chance(0.05):
        s = "PO Box " + str(R.randint(10, 98999))
    return s


def city():
    return ch(CITIES)


def zipc(prefix, plus4=None):
    z = prefix + digits(2)
    if plus4 is None:
        plus4 = chance(0.25)
    if plus4:
        z += "-" + digits(4)
    return z


def mrn():
    style = R.randrange(6)
    if style == 0:
        return digits(8)
    if style == 1:
        return "E" + digits(9)
    if style == 2:
        return "LK-%s-%s" % (ch(list(STORES)), digits(7))
    if style == 3:
        return "M" + digits(7)
    if style == 4:
        return str(R.randint(1000000, 9999999))
    return "%s%s" % (letters(2), digits(8))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_A = MBI_L + "0123456789"


def mbi(dashes=None):
    s = (str(R.randint(1, 9)) + ch(MBI_L) + ch(MBI_A) + str(R.randrange(10)) + ch(MBI_L) + ch(MBI_A) +
         str(R.randrange(10)) + ch(MBI_L) + ch(MBI_L) + str(R.randrange(10)) + str(R.randrange(10)))
    if dashes is None:
        dashes = chance(0.3)
    if dashes:
        s = s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def member_id():
    style = R.randrange(8)
    if style == 0:
        return "W" + digits(9)
    if style == 1:
        return ch(["XGP", "XOF", "ZGD", "YID", "XEH"]) + digits(9)
    if style == 2:
        return ch(["ZQH", "HUM", "UHC"]) + digits(9) + "0" + str(R.randint(1, 4))
    if style == 3:
        return "H" + digits(8)
    if style == 4:
        return mbi()
    if style == 5:
        return "U" + digits(10)
    if style == 6:
        return digits(11)
    return "%s%s-%s" % (letters(3), digits(6), digits(2))


def medicaid_id():
    return ch(["", "", "IL", "TX"]) + digits(9) if chance(0.5) else letters(2) + digits(5) + letters(1)


def card_number(style=None):
    kind = R.randrange(4)
    if kind == 0:
        body = "4" + digits(14)
    elif kind == 1:
        body = str(R.randint(51, 55)) + digits(13)
    elif kind == 2:
        body = ch(["34", "37"]) + digits(12)
    else:
        body = "6011" + digits(11)
    n = body + luhn_digit(body)
    style = style or ch(["plain", "plain", "space", "dash"])
    if style == "plain":
        return n
    sep = " " if style == "space" else "-"
    if len(n) == 15:
        return n[:4] + sep + n[4:10] + sep + n[10:]
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def patient_account():
    style = R.randrange(5)
    if style == 0:
        return "PA" + digits(8)
    if style == 1:
        return "%s-%s-%s" % (digits(4), digits(4), digits(2))
    if style == 2:
        return digits(10)
    if style == 3:
        return "GA%s" % digits(7)
    return "ACCT-%s" % digits(9)


def bank_account():
    return digits(R.randint(8, 12))


def dea(last_initial=None):
    l1 = ch("ABFGMPR")
    l2 = last_initial or ch("ABCDEFGHJKLMNPRSTW")
    d = [R.randrange(10) for _ in range(6)]
    chk = ((d[0] + d[2] + d[4]) + 2 * (d[1] + d[3] + d[5])) % 10
    return l1 + l2 + "".join(map(str, d)) + str(chk)


def drivers_license(state=None):
    state = state or ch(["IL", "CA", "TX", "FL", "NY", "WI", "AZ", "MI"])
    if state == "IL":
        v = letters(1) + digits(11)
        return state, v[:4] + "-" + v[4:8] + "-" + v[8:]
    if state == "CA":
        return state, letters(1) + digits(7)
    if state == "TX":
        return state, digits(8)
    if state == "FL":
        v = letters(1) + digits(12)
        return state, "%s-%s-%s-%s-%s" % (v[:4], v[4:7], v[7:9], v[9:12], v[12:])
    if state == "NY":
        return state, "%s %s %s" % (digits(3), digits(3), digits(3))
    if state == "WI":
        v = letters(1) + digits(13)
        return state, "%s-%s-%s-%s" % (v[:4], v[4:8], v[8:12], v[12:])
    if state == "AZ":
        return state, letters(1) + digits(8)
    return state, letters(1) + digits(12)


def rph_license():
    return ch(["051.%s" % digits(7), "RPH-%s" % digits(7), "RPH %s" % digits(5), "PST.%s" % digits(6),
               "%s-RPH" % digits(6), "PH%s" % digits(6)])


VIN_MAP = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = ch(["1HG", "2T1", "1FA", "3FA", "5YJ", "1G1", "JTD", "KMH", "WBA", "4T1", "1N4", "JN8"])
    s = list(wmi + alnum(5, al) + "0" + ch("LMNPRS") + alnum(1, al) + digits(6))
    tot = 0
    for i, c in enumerate(s):
        val = int(c) if c.isdigit() else VIN_MAP[c]
        tot += val * VIN_W[i]
    c = tot % 11
    s[8] = "X" if c == 10 else str(c)
    return "".join(s)


def plate():
    return ch([str(R.randint(1, 9)) + letters(3) + digits(3), letters(3) + " " + digits(4),
               letters(3) + "-" + digits(4), letters(2) + " " + digits(5), digits(3) + " " + letters(3),
               letters(1) + digits(2) + " " + letters(3), letters(3) + digits(3)])


def imei():
    body = ch(["35", "86", "01", "35"]) + digits(12)
    return body + luhn_digit(body)


def mac(sep=":"):
    up = chance(0.6)
    return sep.join(hexs(2, upper=up) for _ in range(6))


def udi():
    gtin = "00" + digits(11)
    gtin = gtin + luhn_digit(gtin)  # approximate check digit
    exp = rand_date(2025, 2027).strftime("%y%m%d")
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp, alnum(7), alnum(9))


def device_serial(kind=None):
    kind = kind or ch(["cgm", "pump", "libre", "icd", "inhaler", "pen", "neb"])
    if kind == "cgm":
        return "8G" + alnum(4)
    if kind == "pump":
        return "NG" + digits(7) + "H"
    if kind == "libre":
        return "0M" + alnum(9)
    if kind == "icd":
        return letters(3) + digits(6) + letters(1)
    if kind == "inhaler":
        return "PS-" + hexs(8, upper=True)
    if kind == "pen":
        return "SN" + digits(10)
    return "NEB" + digits(2) + "-" + digits(6)


PUBLIC_FIRST = [24, 47, 50, 64, 66, 67, 68, 69, 70, 71, 73, 74, 75, 76, 96, 97, 98, 99, 104, 107, 108,
                142, 162, 166, 173, 174, 184, 189, 201, 208]


def public_ip():
    if chance(0.12):
        return "%s:%s:%s::%s:%s" % (ch(["2600:1700", "2601:240", "2603:6010", "2607:fb90"]),
                                    hexs(4), hexs(3), hexs(4), hexs(3))
    return "%d.%d.%d.%d" % (ch(PUBLIC_FIRST), R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


def private_ip():
    k = R.randrange(4)
    if k == 0:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k == 1:
        return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    if k == 2:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    return "127.0.0.1"


def personal_url(fn, ln):
    f = ascii_fold(fn).lower().replace(" ", "")
    l = ascii_fold(ln).lower().replace(" ", "")
    k = R.randrange(7)
    if k == 0:
        return "https://www.facebook.com/%s.%s.%s" % (f, l, digits(4))
    if k == 1:
        return "https://www.instagram.com/%s%s%s/" % (f, l, digits(2))
    if k == 2:
        return "https://%s%s.blogspot.com" % (f, l)
    if k == 3:
        return "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(8))
    if k == 4:
        return "https://portal.lakeshorerx.com/patients/%s.%s%s/profile" % (f, l, digits(2))
    if k == 5:
        return "https://www.caringbridge.org/visit/%s%s" % (f, l)
    return "https://www.gofundme.com/f/help-%s-%s-with-medical-bills" % (f, l)


def fp_template():
    return b64(R.randint(60, 110), prefix=b"FMR\x00 20\x00")


def voiceprint():
    return b64(R.randint(60, 120), prefix=b"VPRT\x02")


def photo_value():
    k = R.randrange(5)
    if k == 0:
        return b64(R.randint(60, 130), prefix=b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01")
    if k == 1:
        return b64(R.randint(60, 130), prefix=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    if k == 2:
        return "/data/willcall/idscan/%s/%s_face.jpg" % (svc_date().strftime("%Y/%m/%d"), uuid())
    if k == 3:
        return "s3://lks-hub-intake/photos/HUB-%s/patient_headshot.png" % digits(7)
    return "https://cdn.lakeshorerx.com/id-verify/%s/selfie.jpg" % hexs(24)


def other_id():
    """returns (key-ish kind, value)"""
    k = R.randrange(8)
    if k == 0:
        return "passport", ch([digits(9), letters(1) + digits(8)])
    if k == 1:
        d = rand_date(1940, 2005)
        c = (ch("BCDGHLMPRSV") + ch("AEIOU") + letters(2) + d.strftime("%y%m%d") + ch("HM") +
             ch(["DF", "JC", "MC", "NL", "GT", "PL", "VZ", "OC", "GR", "BC"]) + letters(3, "BCDFGHJKLMNPRSTVZ") +
             ch("0A") + digits(1))
        return "curp", c
    if k == 2:
        return "a_number", "A%s" % ch([digits(9), "-%s-%s-%s" % (digits(3), digits(3), digits(3))])
    if k == 3:
        return "edipi", digits(10)
    if k == 4:
        return "itin", "9%s-%s-%s" % (digits(2), ch(["70", "78", "81", "88", "92"]), digits(4))
    if k == 5:
        return "tribal_id", "%s-%s" % (ch(["CN", "NN", "OST", "MCN"]), digits(6))
    if k == 6:
        return "state_id", letters(1) + digits(8)
    return "matricula", digits(13)


# ---------------------------------------------------------------- look-alike generators (not PHI)
def uuid():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), ch("89ab"), hexs(3), hexs(12))


def trace_id():
    return hexs(32)


def span_id():
    return hexs(16)


def sha256():
    return hexs(64)


def ndc(style=None):
    style = style or ch(["542", "442", "532", "11"])
    if style == "542":
        return "%s-%s-%s" % (digits(5), digits(4), digits(2))
    if style == "442":
        return "%s-%s-%s" % (digits(4), digits(4), digits(2))
    if style == "532":
        return "%s-%s-%s" % (digits(5), digits(3), digits(2))
    return digits(11)


def lot():
    return ch([letters(2) + digits(4), "L" + digits(4) + letters(1) + digits(1), digits(2) + letters(1) +
               digits(2) + letters(1), letters(1) + digits(5), letters(3) + digits(3) + letters(1)])


def npi():
    body = ch("12") + digits(8)
    return body + luhn_digit("80840" + body)


def version():
    return "%d.%d.%d" % (R.randint(1, 12), R.randint(0, 40), R.randint(0, 30))


def build_no():
    return ch(["b%d" % R.randint(1000, 99999), "%d.%d" % (R.randint(2022, 2025), R.randint(1, 999)),
               "build-%s" % hexs(7), "r%d" % R.randint(10000, 99999)])


def dur_ms():
    return R.randint(3, 30000)


def ts_base():
    if CUR["t"] is not None:
        return CUR["t"]
    return dt.datetime(2024, 1, 8, 6, 0, 0) + dt.timedelta(seconds=R.randint(0, 86400 * 300))


def ts_iso(t=None, z=None):
    t = t or ts_base()
    ms = R.randint(0, 999)
    z = z if z is not None else ch(["Z", "-05:00", "-06:00", "+00:00"])
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d" % ms + z


def ts_space(t=None):
    t = t or ts_base()
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % R.randint(0, 999)


def ts_syslog(t=None):
    t = t or ts_base()
    return "%s %2d %s" % (MON[t.month - 1], t.day, t.strftime("%H:%M:%S"))


def ts_clf(t=None):
    t = t or ts_base()
    return "%02d/%s/%d:%s %s" % (t.day, MON[t.month - 1], t.year, t.strftime("%H:%M:%S"), ch(["-0500", "-0600", "+0000"]))


def ts_hl7(t=None):
    t = t or ts_base()
    return t.strftime("%Y%m%d%H%M%S") + ch(["", "-0500", "-0600"])


def epoch_ms(t=None):
    t = t or ts_base()
    return str(int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000) + R.randint(0, 999))


def store():
    return ch(list(STORES))


def prescriber():
    fn, ln = ch(PRESCRIBERS)
    return fn, ln, npi()


def rph():
    return ch(PHARMACISTS)


def money():
    return "%d.%02d" % (R.choice([0, 0, 1, 3, 5, 10, 12, 25, 40, 47, 150]), R.randint(0, 99))


def order_no():
    return ch(["ORD-%d-%07d" % (R.randint(2023, 2024), R.randint(0, 9999999)), "PO-%s" % digits(8),
               "SO%s" % digits(9), "WC-%s-%s" % (store(), digits(6))])


def jstr(s):
    """JSON-encode a non-PHI literal string (keeps UTF-8)."""
    return json.dumps(s, ensure_ascii=False)


# ================================================================ families
def inc(want, cat, p):
    return want == cat or chance(p)


OTHER_ID_TYPE = {"passport": "PASSPORT", "curp": "CURP", "a_number": "PERM_RES_CARD", "edipi": "MIL_ID",
                 "itin": "ITIN", "tribal_id": "TRIBAL_ID", "state_id": "STATE_ID", "matricula": "MATRICULA"}


def fam_willcall(phi, want):
    st = store()
    lvl = ch(["INFO ", "INFO ", "INFO ", "WARN ", "DEBUG"])
    p = ["%s %s [pos-lane-%d] store=%s txn=T%s-%s " % (ts_iso(z=ch(["-06:00", "-05:00"])), lvl, R.randint(1, 6),
                                                       st, st, digits(6))]
    if not phi:
        k = R.randrange(9)
        if k == 0:
            m = "%d.%02d" % (R.randint(150, 2400), R.randint(0, 99))
            p.append("evt=DRAWER_RECONCILE till=T%d expected=%s counted=%s var=0.00 cashier=%s fw=POS-%s build=%s"
                     % (R.randint(1, 4), m, m, ch(POS_STAFF), version(), build_no()))
        elif k == 1:
            p.append('evt=SKU_SCAN upc=0%s%s ndc=%s desc="%s" price=%s qty=%d promo=%s'
                     % (digits(5), digits(6), ndc(), ch(DRUGS), money(), R.randint(1, 3),
                        ch(["SPRING24", "FLU-SHOT-10", "NONE", "BOGO-VIT"])))
        elif k == 2:
            p.append('evt=DEVICE_ERR dev="Zebra ZD421" dev_sn=%s dev_mac=%s err=PAPER_OUT retry=%d port=%d'
                     % (alnum(12), mac(), R.randint(1, 5), ch([9100, 6101, 515])))
        elif k == 3:
            p.append("evt=WILLCALL_SWEEP bins_scanned=%d rts_candidates=%d oldest_days=%d rts_threshold_days=14 by=%s"
                     % (R.randint(100, 600), R.randint(0, 40), R.randint(5, 30), ch(STAFF)))
        elif k == 4:
            p.append("evt=EOD_SETTLE batch=%s card_count=%d total=%s processor_host=%s:%d resp=APPROVED dur_ms=%d"
                     % (digits(6), R.randint(20, 400), money(), private_ip(), ch([443, 8443, 9443]), dur_ms()))
        elif k == 5:
            a = STORES[st]
            p.append('evt=RECEIPT_HDR_UPDATE store_addr="%s, %s, %s %s" store_phone="%s" npi_pharmacy=%s ncpdp=%s'
                     % (a[0], a[1], a[2], a[3], a[4], npi(), digits(7)))
        elif k == 7:
            a = STORES[st]
            p.append('evt=RECEIPT_FOOTER_SET text="Questions? Call %s or email rx%s@lakeshorerx.com. Flu shots daily, no appt needed." by=%s'
                     % (a[4], st, ch(["mgr.store4471", "posadmin"])))
        elif k == 8:
            p.append('evt=PLANOGRAM_IMG sku=%s img=https://cdn.lakeshorerx.com/products/ndc-%s/front.png bytes=%d etag=%s'
                     % (digits(9), ndc("542"), R.randint(20000, 300000), hexs(16)))
        else:
            p.append("evt=SIGPAD_FW_UPDATE sigpad_sn=%s fw=%s->%s sha256=%s elapsed=%.1fs"
                     % ("SP" + digits(9), version(), version(), sha256(), R.uniform(2, 40)))
        return p
    fn, ln = person()
    nm = full_name(ch(["LCF", "lcf", "fl", "FL"]), fn, ln)
    p += ['evt=WILLCALL_PICKUP bin=%s-%02d pt="' % (ch("ABCDEFG"), R.randint(1, 40)), P("name", nm), '"']
    if inc(want, "date", 0.6):
        p += [" %s=" % ch(["dob", "pt_dob", "birth_dt", "DOB"]), P("date", fmt_date(dob(), ch(["iso", "us", "compact"])))]
    p.append(" items=%d" % R.randint(1, 5))
    if want in ("license", "other_id") or chance(0.4):
        if want == "other_id" or (want != "license" and chance(0.35)):
            kind, val = other_id()
            p += [" id_chk=%s id_no=" % OTHER_ID_TYPE[kind], P("other_id", val)]
        else:
            stt, val = drivers_license()
            p += [" id_chk=DL id_st=%s id_no=" % stt, P("license", val)]
    if inc(want, "vehicle", 0.12):
        p += [" lane=DT%d %s=" % (R.randint(1, 2), ch(["veh_plate", "plate", "lp_ocr"])), P("vehicle", plate())]
    if inc(want, "biometric", 0.06):
        p += [" c2_%s=" % ch(["fp_tmpl", "finger_iso", "bio_minutiae"]), P("biometric", fp_template())]
    if inc(want, "photo", 0.05):
        p += [" %s=" % ch(["id_img", "face_crop", "idscan_face"]), P("photo", photo_value())]
    if inc(want, "account", 0.3):
        p += [" tender=%s %s=" % (ch(["VISA", "MC", "AMEX", "HSA", "DISC"]), ch(["pan", "card", "cc_no"])), P("account", card_number())]
    if inc(want, "phone", 0.15):
        p += [" cb_phone=", P("phone", phone())]
    if want == "name" and chance(0.6):
        p += [' pickup_by="', P("name", full_name("fl")), '" rel=%s' % ch(["SPOUSE", "CHILD", "CAREGIVER", "PARENT"])]
    p.append(" copay=%s cashier=%s" % (money(), ch(POS_STAFF)))
    return p


FILLQ_KEYS = [{"pt": "patient", "mrn": "mrn", "name": "name", "dob": "dob", "age": "age"},
              {"pt": "pt", "mrn": "pat_mrn", "name": "pt_nm", "dob": "pt_dob", "age": "pt_age"},
              {"pt": "patientInfo", "mrn": "medRecNo", "name": "fullName", "dob": "birthDate", "age": "ageYears"},
              {"pt": "paciente", "mrn": "expediente", "name": "nombre", "dob": "fecha_nac", "age": "edad"}]


def fam_fillq(phi, want):
    head = '{"ts":%s,"lvl":%s,"svc":"fill-queue","host":%s,' % (
        jstr(ts_iso(z="Z")), jstr(ch(["INFO", "INFO", "WARN"])),
        jstr(ch(["rx-fq-01.ph.lakeshore.internal", "rx-fq-02.ph.lakeshore.internal", "rx-fq-03.ph.lakeshore.internal"])))
    tail = ',"trace_id":%s,"span_id":%s}' % (jstr(trace_id()), jstr(span_id()))
    item = "Q-%s" % digits(8)
    if not phi:
        k = R.randrange(4)
        if k == 0:
            body = '"evt":"queue_depth","queue":%s,"depth":%d,"oldest_age_s":%d,"p95_ms":%d,"build":%s' % (
                jstr(ch(["DATA_ENTRY", "FILL", "VERIFY", "WAITERS", "CALL_MD"])), R.randint(0, 90),
                R.randint(10, 9000), dur_ms(), jstr("fq-%s+%s" % (version(), build_no())))
        elif k == 1:
            fn, ln, n = prescriber()
            body = ('"evt":"item_moved","item":%s,"from":%s,"to":%s,"by":%s,"rx":{"ndc11":%s,"drug":%s,"qty":%d},'
                    '"prescriber":{"npi":%s,"name":%s}') % (
                jstr(item), jstr("DATA_ENTRY"), jstr(ch(["FILL", "VERIFY", "ON_HOLD"])), jstr(ch(STAFF)),
                jstr(ndc("11")), jstr(ch(DRUGS)), R.randint(7, 180), jstr(n), jstr("Dr. %s %s" % (fn, ln)))
        elif k == 2:
            body = '"evt":"vial_image","item":%s,"camera":%s,"img_sha256":%s,"bytes":%d,"pill_id_score":%.3f' % (
                jstr(item), jstr("CAM-%s-%d" % (store(), R.randint(1, 4))), jstr(sha256()), R.randint(20000, 400000),
                R.uniform(0.6, 1))
        else:
            body = '"evt":"sla_breach","item":%s,"queue":"VERIFY","age_s":%d,"threshold_s":900,"store":%s,"order":%s' % (
                jstr(item), R.randint(901, 5000), jstr(store()), jstr(order_no()))
        return [head + body + tail]
    K = ch(FILLQ_KEYS)
    p = [head + '"evt":%s,"queue":%s,"item":%s,"store":%s,"%s":{' % (
        jstr(ch(["item_enqueued", "item_claimed", "item_verified", "item_on_hold"])),
        jstr(ch(["DATA_ENTRY", "FILL", "VERIFY", "WAITERS"])), jstr(item), jstr(store()), K["pt"])]
    fields = []
    if inc(want, "mrn", 0.7):
        fields.append(['"%s":"' % K["mrn"], P("mrn", mrn()), '"'])
    if inc(want, "name", 0.6):
        fields.append(['"%s":"' % K["name"], P("name", full_name(ch(["lcf", "LCF", "fl"]))), '"'])
    old = want == "age" or chance(0.05)
    b = dob(old)
    if inc(want, "date", 0.5):
        fields.append(['"%s":"' % K["dob"], P("date", fmt_date(b, ch(["iso", "us"]))), '"'])
    if old:
        fields.append(['"%s":' % K["age"], P("age", str(age_of(b)))])
    else:
        fields.append(['"%s":%d' % (K["age"], age_of(b))])
    if inc(want, "phone", 0.12):
        fields.append(['"%s":"' % ch(["phone", "tel", "mobile"]), P("phone", phone()), '"'])
    if not any(isinstance(x, P) for f in fields for x in f):
        fields.insert(0, ['"%s":"' % K["mrn"], P("mrn", mrn()), '"'])
    for i, f in enumerate(fields):
        if i:
            p.append(",")
        p += f
    p.append('},"rx":{"ndc11":%s,"drug":%s,"qty":%d,"ds":%d' % (jstr(ndc("11")), jstr(ch(DRUGS)), R.randint(7, 180),
                                                               ch([7, 14, 28, 30, 90])))
    if inc(want, "date", 0.3):
        p += [',"%s":"' % ch(["fill_date", "dateOfService", "written_date"]), P("date", fmt_date(svc_date(0, 20), "iso")), '"']
    fn, ln, n = prescriber()
    p.append('},"prescriber":{"npi":%s,"name":%s}' % (jstr(n), jstr("Dr. %s %s" % (fn, ln))) + tail)
    return p


def fam_verify(phi, want):
    t = ts_base()
    head = "PV%d|%s|%s|%s|F-%s-%02d|" % (R.randint(1, 2), t.strftime("%Y-%m-%d %H:%M:%S"), store(),
                                        ch(["rph.lokoro", "rph.jnguyen", "rph_fsiddiqui", "rph.tvu", "rph.dames", "tech.kpowell"]),
                                        digits(7), R.randint(0, 11))
    if not phi:
        k = R.randrange(4)
        if k == 0:
            fn, ln, n = prescriber()
            return [head + "DATA_ENTRY_DONE|NDC:%s|QTY:%d|DS:%d|SIG:%s|PRSCR:%s, %s NPI %s|t=%dms" % (
                ndc(), R.randint(7, 180), ch([7, 30, 90]), ch(["1 PO QD", "1 PO BID", "INJ SC Q2W", "2 PUFFS Q4-6H PRN"]),
                ln.upper(), fn.upper(), n, dur_ms())]
        if k == 1:
            return [head + "DUR_OVERRIDE|code=%s|lvl=%d|reason=%s|NDC:%s|pro=M0|res=1G" % (
                ch(["DD", "TD", "ER", "HD", "DA"]), R.randint(1, 3), ch(["MD_CONSULTED", "PT_COUNSELED", "BENEFIT_OUTWEIGHS"]), ndc())]
        if k == 2:
            return [head + "SCAN_MISMATCH|expected_ndc=%s|scanned=%s|lot=%s|exp=%s|action=RETURN_TO_FILL" % (
                ndc("11"), "0" + digits(11), lot(), rand_date(2025, 2027).strftime("%m/%Y"))]
        return [head + "IMG_VERIFY|vial_img_sha=%s|score=%.2f|model=pillid-%s|gpu=%s" % (
            sha256()[:40], R.uniform(0.5, 1), version(), ch(["T4", "L4", "none"]))]
    p = [head + ch(["VERIFIED", "VERIFIED", "REJECTED_RETURN", "HOLD_CALL_MD"]) + "|"]
    seg = []
    if inc(want, "mrn", 0.7):
        seg.append([ch(["MRN:", "PTID=", "chart#"]), P("mrn", mrn())])
    if inc(want, "name", 0.7):
        seg.append([P("name", full_name(ch(["LCF", "LCF", "lcf"])))])
    old = want == "age" or chance(0.05)
    b = dob(old)
    if inc(want, "date", 0.5):
        seg.append(["DOB:", P("date", fmt_date(b, ch(["us", "compact", "usshort"])))])
    if old:
        seg.append(["AGE:", P("age", str(age_of(b)))])
    if not seg:
        seg.append(["MRN:", P("mrn", mrn())])
    for i, s in enumerate(seg):
        if i:
            p.append("|")
        p += s
    p.append("|NDC:%s|DUR:%s|img_match=%.2f" % (ndc(), ch(["none", "DD-2 override", "TD-1 ack"]), R.uniform(0.8, 1)))
    return p


def fam_pdmp(phi, want):
    pre = "%s %s [pdmp-gw] " % (ts_space(), ch(["DEBUG", "INFO ", "INFO "]))
    rid = "PMP-%s" % uuid()
    if not phi:
        k = R.randrange(4)
        if k == 0:
            return [pre + "health hub=%s state=%s status=UP latency_ms=%d tls=1.3 cert_cn=pdmp-gw.lakeshorerx.internal cert_exp=%s"
                    % (ch(["PMPi", "RxCheck"]), ch(STATES), R.randint(40, 3000), rand_date(2025, 2026).isoformat())]
        if k == 1:
            return [pre + "query done reqId=%s hub=PMPi states=%s status=200 rx_rows=%d dur=%dms user=%s role=PHARMACIST"
                    % (rid, ",".join(sorted(set(ch(STATES) for _ in range(3)))), R.randint(0, 40), dur_ms(), ch(STAFF[:3]))]
        if k == 2:
            return [pre + "routing table refreshed: %d states, version %s, sha=%s" % (R.randint(30, 52), build_no(), sha256()[:12])]
        return [pre + "rate limit user=%s window=60s count=%d limit=30 action=THROTTLE src=%s" % (ch(STAFF), R.randint(31, 80), private_ip())]
    fn, ln = person()
    if chance(0.6) or want in ("license", "address", "zip", "phone"):
        p = [pre + "outbound PMIX reqId=%s <PatientRequest><RequestID>%s</RequestID><Requestor>" % (rid, digits(12))]
        if inc(want, "license", 0.4):
            p += ["<DEANumber>", P("license", dea()), "</DEANumber>"]
        p.append("<NPI>%s</NPI></Requestor><Patient><Name><First>" % npi())
        p += [P("name", fn), "</First><Last>", P("name", ln), "</Last></Name>"]
        if inc(want, "date", 0.8):
            p += ["<BirthDate>", P("date", fmt_date(dob(), "iso")), "</BirthDate>"]
        p.append("<Sex>%s</Sex>" % sex_of(fn))
        if want in ("address", "zip") or chance(0.4):
            c = city()
            p += ["<Address><Street>", P("address", street()), "</Street><City>", P("address", c[0]),
                  "</City><State>%s</State><Zip>" % c[1], P("zip", zipc(c[3])), "</Zip></Address>"]
        if inc(want, "phone", 0.2):
            p += ["<Phone>", P("phone", phone(ch(["plain", "dash"]))), "</Phone>"]
        p.append("<States>%s</States></PatientRequest>" % ",".join([ch(STATES), ch(STATES)]))
        return p
    p = [pre + "resp reqId=%s patient=\"" % rid, P("name", full_name(ch(["FL", "fl", "LCF"]), fn, ln)), '"']
    if inc(want, "date", 0.7):
        p += [" dob=", P("date", fmt_date(dob(), ch(["iso", "us"])))]
    p.append(" rx_count=%d prescribers=%d pharmacies=%d narx_opioid=%03d ORS=%02d mme_daily=%.1f status=OK"
             % (R.randint(0, 30), R.randint(0, 8), R.randint(0, 5), R.randint(0, 999), R.randint(0, 99), R.uniform(0, 120)))
    return p


def fam_ivr(phi, want):
    t = ts_base()
    pre = "<%d>%s %s refill-ivr[%d]: call=%s " % (ch([134, 134, 133, 131]), ts_syslog(t),
                                                  ch(["ivr-app01", "ivr-app02", "ivr-app03"]), R.randint(1000, 32000),
                                                  "C" + hexs(12, upper=True))
    st = store()
    dnis = "8005550%s" % ch(["100", "142", "170", "121", "188"])
    if not phi:
        k = R.randrange(4)
        if k == 0:
            return [pre + "dnis=%s ani=%s lang=%s menu=%s result=%s dur=00:%02d:%02d trunk=sip:%s:5060 codec=PCMU"
                    % (dnis, ch(["anonymous", "RESTRICTED", "UNAVAILABLE"]), ch(["en", "es", "pl", "zh"]),
                       ch(["1>9", "2>0", "1>2>*"]), ch(["HANGUP", "XFER_RPH", "TIMEOUT"]), R.randint(0, 4),
                       R.randint(0, 59), private_ip())]
        if k == 1:
            return [pre + "queue=PHARM_%s wait_s=%d agents=%d abandoned=%d sl=%.1f%%" % (
                st, R.randint(0, 600), R.randint(0, 6), R.randint(0, 12), R.uniform(50, 100))]
        if k == 2:
            return [pre + "tts cache miss prompt=%s/refill_confirm_%02d.wav size=%dB engine=%s" % (
                ch(["es", "en", "vi"]), R.randint(1, 20), R.randint(8000, 90000), version())]
        a = STORES[st]
        if chance(0.5):
            return [pre + 'synthetic_test=1 ani=%s (store %s line) dnis=%s menu=1>1 result=OK dur=00:00:%02d monitor=%s' % (
                a[4], st, dnis, R.randint(10, 59), ch(["ops-oncall", "svc-ivr-canary"]))]
        return [pre + 'store_lookup store=%s phone="%s" addr="%s" hours=09:00-21:00 tz=America/Chicago' % (st, a[4], a[0])]
    p = [pre]
    spans_before = 0
    if inc(want, "phone", 0.8):
        p += ["ani=", P("phone", phone(ch(["e164", "plain"]))), " "]
        spans_before += 1
    p.append("dnis=%s lang=%s" % (dnis, ch(["en", "es", "es", "pt"])))
    if inc(want, "date", 0.5):
        p += [" auth=DOB_MATCH %s=" % ch(["dob_dtmf", "fecha_nac", "dob_in"]), P("date", fmt_date(dob(), "mmddyyyy"))]
        spans_before += 1
    if inc(want, "account", 0.2):
        p += [" %s=" % ch(["acct_dtmf", "pt_acct", "cuenta"]), P("account", digits(10))]
        spans_before += 1
    if inc(want, "biometric", 0.1):
        p += [" vb_enroll=1 %s=" % ch(["voiceprint", "vp_b64", "huella_voz"]), P("biometric", voiceprint())]
        spans_before += 1
    if inc(want, "name", 0.2):
        p += [' %s="' % ch(["nombre_llamante", "cnam", "caller_name"]), P("name", full_name(ch(["FL", "fl"]))), '"']
        spans_before += 1
    if spans_before == 0 or chance(0.25):
        p += [" cb_num=", P("phone", phone(ch(["plain", "dash"])))]
    p.append(" rx_req=%d store=%s result=%s" % (R.randint(1, 4), st, ch(["QUEUED", "QUEUED", "TOO_SOON", "NO_REFILLS"])))
    return p


def fam_sms(phi, want):
    head = '{"ts":%s,"provider":%s,' % (jstr(ts_iso(z="Z")), jstr(ch(["twilio", "bandwidth", "sinch"])))
    sid = "SM" + hexs(32)
    if not phi:
        k = R.randrange(5)
        if k == 0:
            return [head + '"event":"message.status","sid":%s,"status":%s,"error_code":null,"carrier":%s,"latency_ms":%d,"from":"72345","msg_svc":%s}' % (
                jstr(sid), jstr(ch(["delivered", "sent", "undelivered"])), jstr(ch(["Verizon Wireless", "T-Mobile USA", "AT&T Mobility"])),
                dur_ms(), jstr("MG" + hexs(32)))]
        if k == 1:
            return [head + '"event":"template.approved","template":%s,"body":%s}' % (
                jstr(ch(["RX_READY_EN", "RX_READY_ES", "REFILL_DUE_EN"])),
                jstr(ch(["Hi {{first_name}}, your Rx is ready at {{store_name}}. Reply STOP to opt out. Msg&data rates may apply.",
                         "Hola {{nombre}}, su receta está lista en {{tienda}}. Responda STOP para cancelar.",
                         "{{first_name}}, your refill for {{drug_short}} is due {{due_date}}. Reply 1 to refill."])))]
        if k == 2:
            sent = R.randint(1000, 90000)
            return [head + '"event":"daily_stats","sent":%d,"delivered":%d,"optout":%d,"short_code":"72345","tfn":"+18885550142"}' % (
                sent, sent - R.randint(0, 900), R.randint(0, 90))]
        if k == 4:
            return [head + '"event":"brand_registration","brand":"Lakeshore Pharmacy Inc","ein":"36-%s","contact_email":"compliance@lakeshorerx.com","support_phone":"%s","campaign":"C%s","status":"VERIFIED"}' % (
                digits(7), STORES["4471"][4], alnum(6))]
        return [head + '"event":"webhook.retry","sid":%s,"attempt":%d,"endpoint":"https://sms-gw-east-1.ph.internal:8443/v1/inbound","http_status":%d}' % (
            jstr(sid), R.randint(1, 5), ch([502, 503, 504]))]
    k = R.randrange(4)
    if want == "email":
        k = 3
    elif want == "url":
        k = 2
    elif want == "date" and k == 0:
        k = 1
    elif want == "phone" and k == 3:
        k = 0
    fn, ln = person()
    st = store()
    if k == 0:
        return [head + '"event":"message.sent","sid":"%s","to":"' % sid, P("phone", phone("e164")),
                '","from":"72345","template":"RX_READY_ES","body":"Hola ', P("name", fn),
                ', su receta está lista en Lakeshore #%s (%s). Responda STOP para cancelar."}' % (st, STORES[st][0])]
    if k == 1:
        d = future_date(2, 21)
        return [head + '"event":"message.sent","sid":"%s","to":"' % sid, P("phone", phone("e164")),
                '","from":"72345","template":"IMMZ_APPT","body":"Hi ', P("name", fn), ', reminder: your %s appointment is on ' % ch(VACCINES)[0],
                P("date", fmt_date(d, ch(["usshort", "mon"]))), ' at %d:%02d %s at Lakeshore Pharmacy #%s. Reply C to confirm."}' % (
                    R.randint(8, 11), ch([0, 15, 30, 45]), ch(["AM", "PM"]), st)]
    if k == 2:
        p = [head + '"event":"message.received","from":"', P("phone", phone("e164")), '","to":"72345","body":"']
        r = R.randrange(3)
        if want == "date" or (want == "name" and r == 2):
            r = 1
        if r == 0 or want == "url":
            p += ["hi its ", P("name", fn + " " + ln), " can u hold my meds, i posted about it here ",
                  P("url", personal_url(fn, ln)), ' thx"}']
        elif r == 1:
            p += ["This is ", P("name", full_name("fl")), " picking up for my dad ", P("name", ch(FIRST_M) + " " + ln),
                  ", his dob is ", P("date", fmt_date(dob(), "usshort")), '"}']
        else:
            p += ["STOP", '"}']
        return p
    p = [head + '"event":"email.sent","to":"', P("email", email(fn, ln)), '","template":"REFILL_DUE","vars":{"first_name":"',
         P("name", fn), '","due":"', P("date", fmt_date(future_date(1, 10), "iso")), '","store":"%s"}}' % st]
    return p


def fam_ncpdp(phi, want):
    bin_, pcn, plan = ch(PLANS)
    grp = ch(["RX%s" % digits(4), letters(3) + digits(3), digits(6), "MEDD%s" % digits(2)])
    txn = hexs(10, upper=True)
    pre = "%s ncpdp-sw " % ts_iso(z="Z")
    if not phi:
        k = R.randrange(4)
        if k == 0:
            return [pre + "stats window=60s B1=%d B2=%d E1=%d rej_rate=%.3f p99_ms=%d switch=%s:%d" % (
                R.randint(100, 3000), R.randint(0, 100), R.randint(0, 500), R.uniform(0, 0.2), R.randint(200, 9000),
                private_ip(), ch([5565, 8443]))]
        if k == 1:
            return [pre + 'RX B1 resp txn=%s bin=%s pcn=%s grp=%s status=R rej=%s msg="%s" help_desk=1-800-555-0%s dur_ms=%d' % (
                txn, bin_, pcn, grp, ch(["75,569", "70", "76", "79", "88,MR"]),
                ch(["PRIOR AUTHORIZATION REQUIRED", "PRODUCT/SERVICE NOT COVERED", "PLAN LIMITATIONS EXCEEDED", "REFILL TOO SOON"]),
                digits(3), dur_ms())]
        if k == 2:
            return [pre + "RX B1 resp txn=%s bin=%s pcn=%s status=P auth=%s ing_cost=%s disp_fee=%s copay=%s basis=07 plan=\"%s\"" % (
                txn, bin_, pcn, digits(12), money(), money(), money(), plan)]
        return [pre + "TX B2 txn=%s orig_txn=%s bin=%s pcn=%s svc_prov=01|%s reason=RTS_SWEEP" % (
            txn, hexs(10, upper=True), bin_, pcn, npi())]
    fn, ln = person()
    fu, lu = ascii_fold(fn).upper(), ascii_fold(ln).upper()
    tx = ch(["B1", "B1", "E1"])
    p = [pre + "TX %s D0 bin=%s pcn=%s txn=%s svc_prov=01|%s DOS=" % (tx, bin_, pcn, txn, npi()),
         P("date", fmt_date(cur_date(), "compact")), " seg:|AM04"]
    if inc(want, "health_plan", 0.9):
        p += ["|C2", P("health_plan", member_id()), "|C1%s|C301|C61" % grp]
    if chance(0.5) or want == "name":
        p += ["|CC", P("name", fu), "|CD", P("name", lu)]
    p.append("|AM01")
    cx = None
    if want in ("ssn", "license", "other_id", "mrn") or chance(0.3):
        cx = want if want in ("ssn", "license", "other_id", "mrn") else ch(["ssn", "license", "mrn"])
    if cx == "ssn":
        p += ["|CX01|CY", P("ssn", ssn("plain"))]
    elif cx == "license":
        p += ["|CX02|CY", P("license", drivers_license()[1].replace("-", "").replace(" ", ""))]
    elif cx == "other_id":
        p += ["|CX03|CY", P("other_id", digits(10))]
    elif cx == "mrn":
        p += ["|CXEA|CY", P("mrn", mrn())]
    if inc(want, "date", 0.8):
        p += ["|C4", P("date", fmt_date(dob(), "compact"))]
    p += ["|C5%d|CA" % (2 if sex_of(fn) == "F" else 1), P("name", fu), "|CB", P("name", lu)]
    if want in ("address", "zip") or chance(0.35):
        c = city()
        p += ["|CM", P("address", ascii_fold(street()).upper()), "|CN", P("address", ascii_fold(c[0]).upper()),
              "|CO%s|CP" % c[1], P("zip", zipc(c[3], False).replace("-", ""))]
    if inc(want, "phone", 0.3):
        p += ["|CQ", P("phone", phone("plain"))]
    p.append("|AM07|EM1|D7%s|E7%d.000|D3%d|D5%d|AM03|EZ01|DB%s" % (ndc("11"), R.randint(1, 120), R.randint(0, 5),
                                                                 ch([7, 30, 90]), npi()))
    return p


def fam_epa(phi, want):
    pre = "%s %s epa-bridge " % (ts_iso(z=ch(["Z", "-05:00"])), ch(["INFO", "DEBUG"]))
    pa = "PA-%s" % alnum(10)
    if not phi:
        k = R.randrange(4)
        if k == 0:
            return [pre + "poll pa_ref=%s case_key=%s-%s status=%s attempt=%d next_poll=%ds payer=%s" % (
                pa, alnum(4), alnum(4), ch(["PENDING_PAYER", "QUESTIONS_OPEN", "SENT_TO_PLAN"]), R.randint(1, 9),
                ch([300, 900, 3600]), ch(PLANS)[2])]
        if k == 1:
            return [pre + 'PAResponse pa_ref=%s question_set=QS-%s questions=%d drug="%s" deadline_h=%d' % (
                pa, digits(6), R.randint(3, 22), ch(DRUGS), ch([24, 72]))]
        if k == 2:
            fn, ln, n = prescriber()
            return [pre + 'PAAppealRequest pa_ref=%s prescriber="%s %s, MD" npi=%s reply_to_pharmacy_fax="%s" drug="%s" status=SUBMITTED' % (
                pa, fn, ln, n, STORES[store()][5], ch(DRUGS))]
        errs = ch([0, 0, 1, 2])
        return [pre + "xsd validate PAInitiationRequest v%s ok=%s errors=%d schema_sha=%s dur_ms=%d" % (
            ch(["2017071", "2019011", "2022011"]), "true" if errs == 0 else "false", errs, sha256()[:16], R.randint(2, 90))]
    fn, ln = person()
    bin_, pcn, plan = ch(PLANS)
    pfn, pln, pn = prescriber()
    p = [pre + "PAInitiationRequest pa_ref=%s xml=<PAInitiationRequest><Patient><HumanPatient><Name><LastName>" % pa,
         P("name", ln), "</LastName><FirstName>", P("name", fn), "</FirstName></Name><Gender>%s</Gender>" % sex_of(fn)]
    if inc(want, "date", 0.8):
        p += ["<DateOfBirth><Date>", P("date", fmt_date(dob(), "iso")), "</Date></DateOfBirth>"]
    if want in ("address", "zip") or chance(0.25):
        c = city()
        p += ["<Address><AddressLine1>", P("address", street()), "</AddressLine1><City>", P("address", c[0]),
              "</City><StateProvince>%s</StateProvince><PostalCode>" % c[1], P("zip", zipc(c[3])), "</PostalCode></Address>"]
    p.append("</HumanPatient></Patient><BenefitsCoordination><PayerIdentification><ProcessorIdentificationNumber>%s"
             "</ProcessorIdentificationNumber><IINNumber>%s</IINNumber></PayerIdentification><PayerName>%s</PayerName>"
             % (pcn, bin_, plan))
    if inc(want, "health_plan", 0.8):
        p += ["<CardholderID>", P("health_plan", member_id()), "</CardholderID>"]
    p.append("<GroupID>%s</GroupID></BenefitsCoordination><Prescriber><NonVeterinarian><Identification><NPI>%s</NPI>" % (
        "RX" + digits(4), pn))
    if inc(want, "license", 0.4):
        p += ["<DEANumber>", P("license", dea(ascii_fold(pln)[0].upper())), "</DEANumber>"]
    p.append("</Identification><Name><LastName>%s</LastName><FirstName>%s</FirstName></Name></NonVeterinarian></Prescriber>"
             "<MedicationPrescribed><DrugDescription>%s</DrugDescription></MedicationPrescribed></PAInitiationRequest>" % (
                 pln, pfn, ch(DRUGS)))
    return p


def join_fields(fields, sep=","):
    """fields: list of str | P | list(parts). Returns parts joined by sep."""
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append(sep)
        if isinstance(f, list):
            out += f
        else:
            out.append(f)
    return out


def fam_hub(phi, want):
    case = "HUB-%d-%07d" % (ch([2023, 2024]), R.randint(0, 9999999))
    head = '{"@timestamp":%s,"service":"hub-intake","pod":%s,"caseId":%s,' % (
        jstr(ts_iso(z="Z")), jstr(ch(["hub-api-7f9c4d-xk2lp", "hub-api-7f9c4d-q8mzt", "hub-worker-55b6c-2nwqj"])), jstr(case))
    if not phi:
        k = R.randrange(5)
        if k == 0:
            return [head + '"event":"BV_COMPLETED","program":"CareBridge Assist","payer":%s,"tier":"Specialty","paRequired":%s,"slaHours":48,"elapsedHours":%.1f}' % (
                jstr(ch(PLANS)[2]), ch(["true", "false"]), R.uniform(1, 70))]
        if k == 1:
            v = ch(VENDORS)
            return [head + '"event":"SHIPMENT_PLANNED","shipper":{"name":%s,"address":%s},"ndc":%s,"coldChain":true,"carrier":"ColdTrail Logistics","trackingNo":%s}' % (
                jstr(v[0]), jstr("%s, %s, %s %s" % (v[1], v[2], v[3], v[4])), jstr(ndc()), jstr("1Z" + alnum(16)))]
        if k == 2:
            return [head + '"event":"STATUS_CHANGE","from":"INTAKE","to":%s,"by":%s,"reasonCode":"RC-%02d","correlationId":%s}' % (
                jstr(ch(["BENEFITS_INVESTIGATION", "PA_SUBMITTED", "READY_TO_SHIP", "CLOSED_NO_CONTACT"])), jstr(ch(STAFF)),
                R.randint(1, 40), jstr(uuid()))]
        if k == 3:
            return [head + '"event":"FOUNDATION_CHECK","foundation":%s,"fund":%s,"fundStatus":%s,"requestId":%s,"latencyMs":%d}' % (
                jstr(ch(["PAN Foundation", "HealthWell Foundation", "Good Days"])),
                jstr(ch(["Rheumatoid Arthritis", "Cystic Fibrosis", "Psoriasis", "Multiple Sclerosis"])),
                jstr(ch(["OPEN", "CLOSED", "WAITLIST"])), jstr(uuid()), dur_ms())]
        if chance(0.4):
            return [head + '"event":"WEBHOOK_DELIVERY","url":%s,"status":%d,"attempt":%d,"signature":%s}' % (
                jstr("https://api.carebridgehub.com/v3/webhooks/status-events?batch=%s" % digits(6)), ch([200, 202, 500]), R.randint(1, 4), jstr("sha256=" + sha256()))]
        return [head + '"event":"CONSENT_TEMPLATE","version":%s,"docSha256":%s,"pages":%d,"language":%s,"hubPhone":%s,"hubFax":%s}' % (
            jstr("v" + version()), jstr(sha256()), R.randint(2, 6), jstr(ch(["en-US", "es-US"])), jstr(SPECIALTY[5]), jstr(SPECIALTY[6]))]
    fn, ln = person()
    pt = []
    if inc(want, "name", 0.8):
        pt.append(['"firstName":"', P("name", fn), '","lastName":"', P("name", ln), '"'])
    b = dob(want == "age")
    if inc(want, "date", 0.6) or want == "age":
        pt.append(['"%s":"' % ch(["dateOfBirth", "dob", "birthDate"]), P("date", fmt_date(b, "iso")), '"'])
    if want == "age":
        pt.append(['"ageAtReferral":', P("age", str(age_of(b)))])
    if inc(want, "ssn", 0.1):
        pt.append(['"%s":"' % ch(["ssn", "socialSecurityNumber", "taxId", "ssnFull"]), P("ssn", ssn()), '"'])
    if inc(want, "phone", 0.5):
        pt.append(['"%s":"' % ch(["homePhone", "mobilePhone", "primaryPhone"]), P("phone", phone()), '"'])
    if inc(want, "fax", 0.05):
        pt.append(['"%s":"' % ch(["homeFax", "faxNumber", "preferredFax"]), P("fax", phone(ch(["dash", "paren", "one"]))), '"'])
    if inc(want, "email", 0.4):
        pt.append(['"%s":"' % ch(["email", "emailAddress", "contactEmail"]), P("email", email(fn, ln)), '"'])
    if want in ("address", "zip") or chance(0.4):
        c = city()
        st = street()
        a = ['"address":{"line1":"', P("address", st), '"']
        if chance(0.3) and "Apt" not in st and "#" not in st and "Unit" not in st:
            a += [',"line2":"', P("address", ch(UNITS)), '"']
        a += [',"city":"', P("address", c[0]), '"']
        if chance(0.3):
            a += [',"county":"', P("address", c[2]), '"']
        a += [',"state":"%s","postalCode":"' % c[1], P("zip", zipc(c[3])), '"}']
        pt.append(a)
    if inc(want, "other_id", 0.05):
        kind, val = other_id()
        pt.append(['"alternateId":{"type":"%s","value":"' % OTHER_ID_TYPE[kind], P("other_id", val), '"}'])
    if inc(want, "photo", 0.05):
        pt.append(['"%s":"' % ch(["photoIdImage", "selfieUri", "headshot"]), P("photo", photo_value()), '"'])
    if inc(want, "url", 0.03):
        pt.append(['"%s":"' % ch(["socialProfile", "fundraiserUrl", "personalSite"]), P("url", personal_url(fn, ln)), '"'])
    if inc(want, "device", 0.05):
        pt.append(['"device":{"type":"%s","serialNumber":"' % ch(["CGM", "INSULIN_PUMP", "SMART_INHALER", "AUTOINJECTOR_SENSOR"]),
                   P("device", device_serial()), '"}'])
    if not pt:
        pt.append(['"lastName":"', P("name", ln), '"'])
    p = [head + '"event":"ENROLLMENT_RECEIVED","source":%s,"enrollment":{"patient":{' % jstr(ch(["FAX_OCR", "PORTAL", "ESRF", "PHONE"]))]
    p += join_fields(pt)
    p.append("}")
    if inc(want, "health_plan", 0.5):
        b, pc, pl = ch(PLANS)
        p += [',"insurance":{"payer":%s,"memberId":"' % jstr(pl), P("health_plan", member_id()),
              '","groupNumber":%s,"bin":%s,"pcn":%s}' % (jstr("GRP" + digits(5)), jstr(b), jstr(pc))]
    if inc(want, "name", 0.2):
        p += [',"caregiver":{"name":"', P("name", full_name("fl")), '","relationship":%s' % jstr(ch(["daughter", "son", "spouse", "mother", "guardian"]))]
        if chance(0.6):
            p += [',"mobile":"', P("phone", phone()), '"']
        p.append("}")
    if inc(want, "account", 0.05):
        p += [',"reimbursement":{"method":"ACH","routing":"0%s","accountNumber":"' % digits(8), P("account", bank_account()), '"}']
    p.append(',"program":"CareBridge Assist","drug":%s}}' % jstr(ch(DRUGS)))
    return p


def fam_340b(phi, want):
    run = cur_date().isoformat()
    ce = ch(["DSH140010", "DSH140119", "CAN140063", "RRC140210"])
    st = store()
    if not phi:
        k = R.randrange(4)
        if k == 0:
            return ["ACCUM,%s,%s,%s,%s,%d,%.2f,%d,%s,NW-%04d,%s" % (
                run, ce, st, ndc("11"), R.randint(1, 400), R.uniform(0, 1), R.randint(0, 4),
                ch(["REPLENISH_PENDING", "ORDERED", "ACCUMULATING"]), R.randint(1, 9999), "PO-" + digits(8))]
        if k == 1:
            v = ch(VENDORS)
            return ['WHSL_INVOICE,%s,%s,"%s","%s, %s, %s %s",INV%s,%s,%s' % (
                run, ce, v[0], v[1], v[2], v[3], v[4], digits(9), money(), ch(["340B", "WAC", "GPO"]))]
        if k == 2:
            claims = R.randint(100, 9000)
            elig = R.randint(0, claims)
            return ["RECON,%s,%s,%s,claims=%d,eligible=%d,ineligible=%d,ratio=%.3f,tpa=%s,file=acc_%s_%s.csv" % (
                run, ce, st, claims, elig, claims - elig, elig / float(claims),
                "Apex 340B Solutions", st, run.replace("-", ""))]
        return ["AUDIT,%s,%s,%s,sample=%d,findings=%d,auditor=%s,hrsa_id=%s,sha=%s" % (
            run, ce, st, R.randint(20, 200), R.randint(0, 5), ch(STAFF), ce, sha256()[:20])]
    fields = ["ELIG", run, ce, st, "CLM" + digits(10)]
    if inc(want, "mrn", 0.8):
        fields.append(P("mrn", mrn()))
    else:
        fields.append("")
    if inc(want, "name", 0.35):
        fields.append(['"', P("name", full_name(ch(["LCF", "lcf"]))), '"'])
    else:
        fields.append("")
    if inc(want, "date", 0.8):
        fields.append(P("date", fmt_date(svc_date(1, 90), ch(["iso", "us"]))))
    else:
        fields.append("")
    if inc(want, "account", 0.3):
        fields.append(P("account", patient_account()))
    else:
        fields.append("")
    fields += [npi(), ndc("11"), str(R.randint(1, 200)), ch(["Y", "Y", "N"]), "CLINIC-%s" % alnum(4)]
    p = join_fields(fields)
    if not any(isinstance(x, P) for x in p):
        p[p.index("ELIG") + 10: p.index("ELIG") + 11] = [P("mrn", mrn())]
    return p


def fam_compound(phi, want):
    pre = "%s cmpd-lims " % ts_iso(z=ch(["-06:00", "Z"]))
    formula = ch([("MF-0112", "Magic mouthwash (lidocaine/diphenhydramine/Maalox) 1:1:1"),
                  ("MF-0208", "Progesterone 100 mg/mL in sesame oil"), ("MF-0331", "Baclofen 5 mg/mL oral susp"),
                  ("MF-0415", "Ketoprofen 10% / lidocaine 5% cream"), ("MF-0520", "Omeprazole 2 mg/mL oral susp"),
                  ("MF-0611", "Tacrolimus 0.1% ointment (PCCA base)")])
    bud = future_date(14, 180).isoformat()
    if not phi:
        k = R.randrange(4)
        if k == 0:
            return [pre + 'CMPD batch=CB-%s-%02d formula=%s desc="%s" api_lot=%s BUD=%s hood=PEC-%d cert_due=%s balance=MS%d cal=OK prep=%s chk=%s yield=%.1f%%' % (
                digits(6), R.randint(1, 30), formula[0], formula[1], lot(), bud, R.randint(1, 4),
                rand_date(2025, 2025).isoformat(), R.randint(100, 400), ch(STAFF[3:6]), ch(STAFF[:3]), R.uniform(90, 101))]
        if k == 1:
            v = ch(VENDORS)
            return [pre + 'API receipt cas=%s-%s-%s supplier="%s" supplier_addr="%s, %s, %s %s" lot=%s coa=COA-%s exp=%s qty_g=%d' % (
                R.randint(50, 9999), digits(2), R.randint(0, 9), v[0], v[1], v[2], v[3], v[4], lot(), digits(6),
                rand_date(2025, 2027).isoformat(), R.randint(5, 1000))]
        if k == 2:
            return [pre + "ENV monitoring room=ISO7-%d viable_cfu=%d nonviable_0.5um=%d pressure_pa=%.1f tech=%s plate_lot=%s" % (
                R.randint(1, 3), R.randint(0, 4), R.randint(100, 350000), R.uniform(2, 15), ch(STAFF), lot())]
        return [pre + "formula master updated id=%s rev=%d by=%s sig_sha256=%s" % (formula[0], R.randint(2, 20), ch(STAFF[:3]), sha256())]
    rfn, rln = rph()
    p = [pre + "CMPD rec=CR-%s-%02d type=503A" % (digits(6), R.randint(1, 30))]
    if inc(want, "name", 0.8) or want is None:
        p += [' pt="', P("name", full_name(ch(["lcf", "fl", "LCF"]))), '"']
    if inc(want, "mrn", 0.4):
        p += [" %s=" % ch(["mrn", "ptid", "chart"]), P("mrn", mrn())]
    old = want == "age" or chance(0.05)
    b = dob(old)
    if inc(want, "date", 0.5) or old:
        p += [" dob=", P("date", fmt_date(b, ch(["us", "iso"])))]
    if old:
        p += [" age=", P("age", str(age_of(b)))]
    p.append(' wt_kg=%.1f formula=%s desc="%s" qty=%dmL BUD=%s prep=%s chk="RPh %s. %s"' % (
        R.uniform(3, 120), formula[0], formula[1], ch([30, 60, 120, 240]), bud, ch(STAFF[3:6]), rfn[0], rln))
    if inc(want, "license", 0.4):
        p += [" %s=" % ch(["lic", "rph_lic", "license_no"]), P("license", rph_license())]
    if not any(isinstance(x, P) for x in p):
        p += [" mrn=", P("mrn", mrn())]
    return p


def fam_csos(phi, want):
    pre = "%s %s csos " % (ts_space(), ch(["INFO ", "INFO ", "AUDIT"]))
    v = ch(VENDORS[:3])
    if not phi:
        k = R.randrange(4)
        if k == 0:
            return [pre + 'cert renewal subscriber=svc.csos.signer role=POA cert_sn=%s exp=%s ca="DEA Diversion CA" thumb=%s' % (
                ":".join(hexs(2, upper=True) for _ in range(8)), rand_date(2025, 2027).isoformat(), hexs(40))]
        if k == 1:
            return [pre + 'DEA222 form received serial=%s lines=%d supplier="%s" status=RECONCILED copy=PURCHASER by=%s' % (
                digits(9), R.randint(1, 10), v[0], ch(STAFF[:3]))]
        if k == 2:
            return [pre + "C2 perpetual inventory ndc=%s on_hand=%d expected=%d variance=0 counted_by=%s witness=%s" % (
                ndc(), R.randint(0, 900), R.randint(0, 900), ch(STAFF[:3]), ch(STAFF[3:6]))]
        q = R.randint(1, 4)
        return [pre + "ARCOS export period=2024Q%d records=%d file=arcos_%s_2024Q%d.txt sha256=%s" % (
            q, R.randint(100, 9000), store(), q, sha256())]
    if want in ("license",) and chance(0.5) or (want is None and chance(0.3)):
        p = [pre + 'order po=%s supplier="%s" supplier_dea=' % ("CSOS-" + digits(8), v[0]), P("license", dea()),
             " registrant_dea=", P("license", dea()), " items=%d signer=svc.csos.signer cert_sn=%s" % (
                 R.randint(1, 12), ":".join(hexs(2, upper=True) for _ in range(6)))]
        return p
    p = [pre + "C2LOG dispense ndc=%s qty=%d" % (ndc(), ch([10, 20, 30, 60, 90]))]
    if inc(want, "name", 0.9):
        p += [' pt="', P("name", full_name(ch(["fl", "LCF", "FL"]))), '"']
    if want in ("address", "zip") or chance(0.5):
        c = city()
        p += [' addr="', P("address", street()), '" city="', P("address", c[0]), '" st=%s zip=' % c[1], P("zip", zipc(c[3]))]
    if inc(want, "license", 0.5):
        stt, val = drivers_license()
        p += [" id_type=DL id_state=%s id=" % stt, P("license", val)]
    if inc(want, "date", 0.4):
        p += [" %s=" % ch(["fill_date", "date_filled", "dispensed_on"]), P("date", fmt_date(svc_date(0, 3), ch(["iso", "us"])))]
    if chance(0.5) or not any(isinstance(x, P) for x in p):
        p += [" prescriber_dea=", P("license", dea())]
    p.append(" pdmp_reported=%s" % ch(["true", "pending"]))
    return p


CARS = [("silver", "Toyota", "RAV4"), ("black", "Honda", "Civic"), ("white", "Ford", "F-150"), ("red", "Kia", "Soul"),
        ("blue", "Subaru", "Outback"), ("gray", "Nissan", "Rogue"), ("green", "Chevy", "Equinox"), ("tan", "Jeep", "Cherokee")]


def fam_note(phi, want):
    rfn, rln = rph()
    pre = "%s [%s] %s: " % (ts_iso(z=ch(["-06:00", "-05:00"])), ch(["rph-notes", "clinical-doc", "mtm-svc"]),
                            ch(["RPh note", "Clinical note", "Pharmacist note", "MTM note", "Nota farmacéutico"]))
    if not phi:
        fn, ln, n = prescriber()
        k = R.randrange(8)
        if k == 0:
            return [pre + "DDI check %s + %s = moderate; recommended INR monitoring. Discussed with Dr. %s %s (NPI %s); no change." % (
                ch(DRUGS), ch(["fluconazole", "amiodarone", "clarithromycin", "rifampin"]), fn, ln, n)]
        if k == 1:
            return [pre + "Counseling script v%s updated for GLP-1 shortage; substitutions per P&T memo %s. Ref ticket CHG-%s." % (
                version(), svc_date(5, 90).strftime("%Y-%m"), digits(6))]
        if k == 2:
            h = R.randint(0, 4)
            return [pre + "Vaccine fridge excursion %s %02d:10-%02d:40 max %.1fC; lot %s quarantined pending mfr stability (call %s at 1-800-555-0%s)." % (
                svc_date(1, 3).isoformat(), h, h + R.randint(0, 2), R.uniform(8, 12), lot(), ch(MANUF), digits(3))]
        if k == 3:
            return [pre + "Pt counseled on inhaler technique; %d y/o %s, spacer provided, teach-back OK. Time 12 min, billed CPT 99605." % (
                R.randint(18, 89), ch(["male", "female", "M", "F"]))]
        if k == 4:
            return [pre + "Tech huddle: %s %s covering verification 2-6pm; %s %s on immunizations; Dr. %s on call." % (
                rfn, rln, ch(PHARMACISTS)[0], ch(PHARMACISTS)[1], ln)]
        if k == 7:
            fn2, ln2, _ = prescriber()
            return [pre + "Se revisó interacción entre warfarina y %s; se contactó al Dr. %s (consultorio Lincoln Park Internal Medicine). Paciente de %d años, sin cambios." % (
                ch(["fluconazol", "amiodarona", "metronidazol"]), ln2, R.randint(30, 89))]
        if k == 5:
            return [pre + "Recall %s: no affected lots on hand at store %s; checked %d bins, %d returns. Contact %s for questions." % (
                "FDA-D-%04d-2024" % R.randint(100, 2000), store(), R.randint(10, 300), R.randint(0, 5), ch(STAFF))]
        return [pre + "Renal dose check: CrCl %d mL/min, %s adjusted per Lexicomp v%s; age %d, wt %d kg." % (
            R.randint(15, 90), ch(["gabapentin 300 mg QHS", "enoxaparin 30 mg daily", "apixaban 2.5 mg BID"]), version(),
            R.randint(40, 89), R.randint(45, 120))]
    fn, ln = person()
    drug = ch(DRUGS)
    templates = {
        "age": 0, "date": 0, "name": 0, "phone": 1, "device": 2, "mrn": 2, "vehicle": 3, "fax": 4, "email": 5,
        "url": 6, "other_id": 7, "address": 8, "zip": 8}
    k = templates.get(want, R.randrange(11))
    if want in ("age", "phone", "name", "date") and chance(0.3):
        k = 10
    if k == 0:
        b = dob(want == "age" or chance(0.4))
        age = age_of(b)
        p = ["Pt ", P("name", full_name(ch(["fl", "fml"]), fn, ln)), ", "]
        p += [P("age", str(age)) if age > 89 else str(age), "%s %s, DOB " % (ch(["yo", " y/o", "-year-old"]), sex_of(fn)),
              P("date", fmt_date(b, ch(["usshort", "us", "mon"]))),
              ", counseled on %s; reports dizziness. " % drug]
        if chance(0.6):
            role, sx = ch([("Daughter", "F"), ("Son", "M"), ("Wife", "F"), ("Husband", "M"), ("Niece", "F"), ("Nephew", "M")])
            p += ["%s " % role, P("name", first_of(sx) + " " + ch([ln, ch(LAST)])), " (",
                  P("phone", phone(ch(["paren", "dash", "dot"]))), ") manages meds."]
        else:
            p.append("Will f/u in 2 wks.")
        return [pre] + p
    if k == 1:
        return [pre, "Called ", P("phone", phone(ch(["dash", "paren", "dot"]))), " x2, no answer, LVM for ", P("name", fn),
                " re: PA approval for %s. Will retry tomorrow." % drug]
    if k == 2:
        p = ["MTM consult completed for ", P("name", full_name(ch(["fl", "lcf"]), fn, ln))]
        if inc(want, "mrn", 0.7):
            p += [" (%s " % ch(["MRN", "chart", "pt id"]), P("mrn", mrn()), ")"]
        if want == "device" or chance(0.5):
            kind = ch([("ICD", "icd"), ("insulin pump", "pump"), ("CGM", "cgm"), ("pacemaker", "icd")])
            p += [". Pt has %s, serial " % kind[0], P("device", device_serial(kind[1]))]
        p.append("; reviewed QT-prolonging meds, no issues.")
        return [pre] + p
    if k == 3:
        c = ch(CARS)
        return [pre, "Curbside: pt ", P("name", full_name("fl", fn, ln)), " waiting in %s %s %s, plate " % c,
                P("vehicle", plate()), ". Brought out %s, ID verified." % drug]
    if k == 4:
        return [pre, "Pt's %s requests copies of refill history faxed to " % ch(["son", "daughter", "POA", "caregiver"]),
                P("fax", phone(ch(["dash", "paren", "one"]))), "; verified identity with pt ", P("name", ln), " on file."]
    if k == 5:
        return [pre, P("name", full_name("fl", fn, ln)), " emailed from ", P("email", email(fn, ln)),
                " asking about %s shortage; replied with alternatives." % drug]
    if k == 6:
        return [pre, "Caregiver posted pt's full med list publicly at ", P("url", personal_url(fn, ln)),
                "; advised removal. Pt ", P("name", fn + " " + ln), " agreed."]
    if k == 7:
        kind, val = other_id()
        label = {"passport": "passport", "curp": "CURP", "a_number": "green card", "edipi": "military ID",
                 "itin": "ITIN letter", "tribal_id": "tribal ID", "state_id": "state ID", "matricula": "matrícula consular"}[kind]
        return [pre, "Pt presented %s " % label, P("other_id", val), " for C-II pickup (no DL); ", P("name", ln),
                " okay per policy."]
    if k == 8:
        c = city()
        return [pre, "Spoke w/ ", P("name", full_name("fl", fn, ln)), " re %s copay; pt moved to " % drug, P("address", street()),
                ", ", P("address", c[0]), ", %s " % c[1], P("zip", zipc(c[3])), ". Profile updated, delivery rerouted."]
    if k == 10:
        b = dob(want == "age" or chance(0.3))
        a = age_of(b)
        return [pre, "Paciente ", P("name", full_name("fl", fn, ln)), ", ", P("age", str(a)) if a > 89 else str(a),
                " años, fecha de nacimiento ", P("date", fmt_date(b, "esp")), ", tel. ", P("phone", phone(ch(["dash", "paren"]))),
                "; se explicó el uso de %s y se entregó hoja informativa en español." % drug]
    return [pre, P("name", fn + " " + ln), " received %s dose 2 today; VIS given. Next appt " % ch(VACCINES)[0],
            P("date", fmt_date(future_date(28, 180), ch(["usshort", "mon"]))), "."]


def fam_hl7(phi, want):
    pre = "%s immz-feed %s msg=LK%s%s " % (ts_iso(z="Z"), ch(["OUT", "OUT", "IN"]), store(), digits(8))
    rfn, rln = rph()
    if not phi:
        k = R.randrange(5)
        if k == 0:
            return [pre + "MSH|^~\\&|LKSRX|LAKESHORE%s|ISIS|IDPH|%s||VXU^V04^VXU_V04|LK%s|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS" % (
                store(), ts_hl7(), digits(10))]
        if k == 1:
            code, text = ch([("AA", "Message accepted"), ("AE", "Informational error")])
            return [pre + "MSA|%s|LK%s|%s" % (code, digits(10), text)]
        if k == 2:
            return [pre + "ERR||PID^1^%d|%s|%s" % (R.randint(3, 13), ch(["101^Required field missing^HL70357", "102^Data type error^HL70357"]), ch("EW"))]
        if k == 3:
            return [pre + "OBX|%d|DT|29768-9^Date vaccine information statement published^LN|1|%s||||||F" % (
                R.randint(1, 6), rand_date(2019, 2024).strftime("%Y%m%d"))]
        return [pre + "RXR|C28161^Intramuscular^NCIT|%s^%s^HL70163" % ch([("LD", "Left Deltoid"), ("RD", "Right Deltoid"), ("LA", "Left Arm")])]
    fn, ln = person()
    fu, lu = ascii_fold(fn).upper(), ascii_fold(ln).upper()
    seg = want if want in ("name", "mrn", "ssn", "date", "address", "zip", "phone", "fax", "email", "health_plan") else None
    k = ch(["PID", "PID", "PID", "NK1", "RXA", "IN1"])
    seg_cats = {"PID": {"name", "mrn", "ssn", "date", "address", "zip", "phone", "fax", "email"},
                "NK1": {"name", "phone"}, "RXA": {"date"}, "IN1": {"name", "date", "health_plan"}}
    if seg is not None and seg not in seg_cats[k]:
        k = "IN1" if seg == "health_plan" else "PID"
    if k == "RXA":
        v = ch(VACCINES)
        d = svc_date(0, 2).strftime("%Y%m%d")
        return [pre + "RXA|0|1|", P("date", d), "|", P("date", d), "|%s^%s^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|%s^%s^%s^^^^^^NPI|^^^LAKESHORE%s||||%s|%s|%s^^MVX|||CP|A" % (
            v[1], v[0], npi(), rln.upper(), rfn.upper(), store(), lot(), rand_date(2025, 2026).strftime("%Y%m%d"), v[2])]
    if k == "NK1":
        p = [pre + "NK1|1|", P("name", "%s^%s" % (lu, ascii_fold(first()).upper())), "^^^^^L|%s|" % ch(["MTH^Mother^HL70063", "DAU^Daughter^HL70063", "SPO^Spouse^HL70063", "GRD^Guardian^HL70063"])]
        if chance(0.5):
            c = city()
            p += [P("address", ascii_fold(street()).upper()), "^^", P("address", ascii_fold(c[0]).upper()), "^%s^" % c[1], P("zip", zipc(c[3])), "^USA^H"]
        p += ["|", P("phone", phone("parens_nosp")), "^PRN^PH"]
        return p
    if k == "IN1":
        b, pc, pl = ch(PLANS)
        return [pre + "IN1|1|%s^%s|%s|%s|||||RX%s|||||||" % tuple(ch(["MEDD^Medicare Part D", "COMM^Commercial", "MCD^Medicaid"]).split("^") + [b, pl, digits(4)]),
                P("name", "%s^%s" % (lu, fu)), "|01^Self^HL70063|", P("date", fmt_date(dob(), "compact")), "|||||||||||||||||||",
                P("health_plan", ch([member_id(), mbi(False)]))]
    # PID
    p = [pre + "PID|1||"]
    if inc(want, "mrn", 0.9):
        p += [P("mrn", mrn()), "^^^LAKESHORE^MR"]
    if inc(want, "ssn", 0.25):
        p += ["~", P("ssn", ssn("plain")), "^^^SSA^SS"]
    p += ["||", P("name", "%s^%s" % (lu, fu)), "^^^^^L|"]
    if chance(0.3):
        p += [P("name", ascii_fold(ch(LAST)).upper()), "^^^^^^M"]
    p += ["|", P("date", fmt_date(dob(), "compact")), "|%s||%s|" % (sex_of(fn), ch(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"]))]
    if want in ("address", "zip") or chance(0.6):
        c = city()
        p += [P("address", ascii_fold(street()).upper()), "^^", P("address", ascii_fold(c[0]).upper()), "^%s^" % c[1],
              P("zip", zipc(c[3])), "^USA^H"]
        if chance(0.4):
            p += ["^^", P("address", ascii_fold(c[2]).upper())]
    p.append("||")
    tel = []
    if inc(want, "phone", 0.6):
        tel.append([P("phone", phone("parens_nosp")), "^PRN^PH"])
    if inc(want, "fax", 0.08):
        tel.append([P("fax", phone("parens_nosp")), "^PRN^FX"])
    if inc(want, "email", 0.2):
        tel.append(["^NET^Internet^", P("email", email(fn, ln))])
    p += join_fields(tel, "~")
    p.append("|||||||||N^Not Hispanic or Latino^CDCREC")
    return p


def fam_courier(phi, want):
    pre = "ts=%s svc=courier-dispatch host=%s " % (ts_iso(z="Z"), ch(["courier-disp-1", "courier-disp-3"]))
    pkg = "PKG-%s" % alnum(10)
    if not phi:
        k = R.randrange(4)
        if k == 0:
            return [pre + 'evt=ROUTE_OPTIMIZED route=R-%02d stops=%d km=%.1f solver=ortools-%s dur_ms=%d depot="%s, %s, %s, %s %s"' % (
                R.randint(1, 40), R.randint(3, 30), R.uniform(5, 200), version(), dur_ms(), SPECIALTY[0], SPECIALTY[1],
                SPECIALTY[2], SPECIALTY[3], SPECIALTY[4])]
        if k == 1:
            return [pre + "evt=TEMP_LOG pkg=%s logger=TL-%s min_c=%.1f max_c=%.1f excursion=false interval_s=300" % (
                pkg, digits(7), R.uniform(2, 3), R.uniform(5, 7.9))]
        if k == 2:
            return [pre + "evt=DRIVER_SHIFT driver=%s unit=VAN-%02d odometer=%d fuel_pct=%d app=%s" % (
                ch(["drv.t.mendez", "drv.k.ali", "drv.s.wong", "courier.dispatch"]), R.randint(1, 40), R.randint(10000, 190000),
                R.randint(5, 100), version())]
        return [pre + "evt=LABEL_PRINTED pkg=%s tracking=1Z%s service=%s weight_lb=%.1f printer=%s" % (
            pkg, alnum(16), ch(["PRIORITY_OVERNIGHT", "SAME_DAY", "2DAY"]), R.uniform(0.3, 12), private_ip())]
    fn, ln = person()
    if want == "phone" and chance(0.5):
        return [pre + "evt=DELIVERY_EXCEPTION pkg=%s reason=NO_ANSWER called=" % pkg, P("phone", phone()),
                ' note="left notice at door for ', P("name", fn), '" retry=next_day']
    c = city()
    p = [pre + "evt=DELIVERED route=R-%02d stop=%d pkg=%s" % (R.randint(1, 40), R.randint(1, 30), pkg)]
    if want in ("address", "zip", None) or chance(0.8):
        p += [' to_addr="', P("address", street()), '" city="', P("address", c[0]), '" st=%s zip=' % c[1], P("zip", zipc(c[3]))]
    if inc(want, "name", 0.7):
        p += [' recipient="', P("name", full_name(ch(["fl", "FL", "lcf"]), fn, ln)), '" relation=%s' % ch(["SELF", "SELF", "SPOUSE", "NEIGHBOR", "CAREGIVER"])]
    p.append(" sig=captured sig_sha256=%s" % sha256()[:32])
    if inc(want, "photo", 0.1):
        p += [" %s=" % ch(["recipient_id_photo", "id_face_img", "pod_face"]), P("photo", photo_value())]
    if inc(want, "phone", 0.3):
        p += [" contact=", P("phone", phone())]
    if inc(want, "date", 0.3):
        p += [" sched_date=", P("date", fmt_date(cur_date(), "iso"))]
    if not any(isinstance(x, P) for x in p):
        p += [" contact=", P("phone", phone())]
    return p


def fam_recall(phi, want):
    pre = "%s %s recall-svc " % (ts_space(), ch(["INFO ", "WARN ", "INFO "]))
    rc = "FDA-D-%04d-%d" % (R.randint(100, 2000), ch([2023, 2024]))
    if not phi:
        k = R.randrange(4)
        v = ch(VENDORS)
        if k == 0:
            return [pre + 'lookup ndc=%s lot=%s result=NO_MATCH class=%s firm="%s, %s, %s, %s %s" recall_init=%s event_id=%d' % (
                ndc(), lot(), ch(["I", "II", "III"]), v[0], v[1], v[2], v[3], v[4], rand_date(2023, 2024).isoformat(), R.randint(80000, 99999))]
        if k == 1:
            return [pre + "feed sync source=FDA_ENF week=%d-%02d new=%d updated=%d etag=\"%s\" dur_ms=%d" % (
                2024, R.randint(1, 52), R.randint(0, 40), R.randint(0, 10), hexs(32), dur_ms())]
        if k == 2:
            return [pre + "match summary recall=%s matched_fills=%d stores=%d notify_channel=%s queued=%d" % (
                rc, R.randint(0, 60), R.randint(1, 5), ch(["SMS", "IVR", "MAIL"]), R.randint(0, 60))]
        return [pre + 'lookup ndc=%s lot=%s result=MATCH on_hand=%d action=QUARANTINE bin=RX-%s reason="%s"' % (
            ndc(), lot(), R.randint(1, 20), alnum(4), ch(["Subpotent", "cGMP deviation", "Microbial contamination", "Failed dissolution"]))]
    p = [pre + "notify recall=%s ndc=%s lot=%s" % (rc, ndc(), lot())]
    if inc(want, "name", 0.8):
        p += [' pt="', P("name", full_name(ch(["fl", "LCF", "lcf"]))), '"']
    if inc(want, "mrn", 0.5):
        p += [" %s=" % ch(["mrn", "patient_id", "pid"]), P("mrn", mrn())]
    if inc(want, "phone", 0.5):
        p += [" phone=", P("phone", phone())]
    if inc(want, "email", 0.2):
        p += [" email=", P("email", email())]
    if inc(want, "date", 0.6):
        p += [" last_fill=", P("date", fmt_date(svc_date(3, 120), ch(["iso", "us"])))]
    if not any(isinstance(x, P) for x in p):
        p += [" mrn=", P("mrn", mrn())]
    p.append(" channel=%s" % ch(["SMS", "IVR", "MAIL", "EMAIL"]))
    return p


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.95 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36",
       "LakeshoreRx/5.12.0 (iOS 17.3.1; iPhone15,2)", "LakeshoreRx/5.11.4 (Android 13; Pixel 7)"]


def fam_nginx(phi, want):
    t = ts_clf()
    if not phi:
        k = R.randrange(6)
        ip = private_ip()
        if k == 4:
            return ['%s - - [%s] "GET /api/v2/products/ndc/%s/image.png?w=320 HTTP/1.1" 200 %d "https://www.lakeshorerx.com/shop/%s" "%s" rt=0.%03d' % (
                ip, t, ndc("542"), R.randint(5000, 90000), ch(["allergy", "vitamins", "first-aid"]), ch(UAS), R.randint(1, 999))]
        if k == 5:
            return ['%s - - [%s] "GET /docs/api/v%d/openapi.json HTTP/1.1" 304 0 "https://developer.lakeshorerx.internal/docs" "curl/8.5.0" rt=0.00%d' % (
                ip, t, R.randint(1, 3), R.randint(1, 9))]
        if k == 0:
            return ['%s - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.00%d' % (ip, t, R.randint(1, 9))]
        if k == 1:
            return ['%s - - [%s] "GET /static/js/app.%s.js HTTP/2.0" 200 %d "https://portal.lakeshorerx.com/refill" "%s" rt=0.%03d' % (
                ip, t, hexs(8), R.randint(1000, 900000), ch(UAS), R.randint(1, 999))]
        if k == 2:
            return ['%s - svc_rtbc [%s] "POST /api/v2/refill HTTP/1.1" %d %d "-" "okhttp/4.12.0" rt=%.3f upstream=%s:8080 req_id=%s' % (
                ip, t, ch([200, 201, 401, 429, 503]), R.randint(20, 4000), R.uniform(0, 3), private_ip(), uuid())]
        return ['%s - - [%s] "GET /api/v2/stores/%s/hours?lang=%s HTTP/1.1" 200 %d "https://www.lakeshorerx.com/stores/%s" "%s" rt=0.%03d' % (
            ip, t, store(), ch(["en", "es"]), R.randint(100, 900), store(), ch(UAS), R.randint(1, 999))]
    fn, ln = person()
    p = []
    if inc(want, "ip", 0.85):
        p.append(P("ip", public_ip()))
    else:
        p.append(private_ip())
    p.append(" - ")
    if inc(want, "email", 0.15) and chance(0.5):
        p += [P("email", email(fn, ln))]
        path = "/api/v2/rx/refill?store=%s" % store()
        p += [' [%s] "POST %s HTTP/1.1" %d %d ' % (t, path, ch([200, 201, 409]), R.randint(50, 900))]
    elif want == "email" or chance(0.1):
        e = email(fn, ln).replace("@", "%40").replace("+", "%2B")
        p += ['- [%s] "GET /api/v2/account/lookup?email=' % t, P("email", e), '&store=%s HTTP/1.1" %d %d ' % (
            store(), ch([200, 404]), R.randint(50, 900))]
    else:
        p += ['- [%s] "GET /api/v2/refill/status?req=%s HTTP/2.0" 200 %d ' % (t, uuid(), R.randint(50, 900))]
    if inc(want, "url", 0.2):
        p += ['"', P("url", personal_url(fn, ln)), '"']
    else:
        p.append('"https://portal.lakeshorerx.com/refill"')
    p.append(' "%s" rt=%.3f' % (ch(UAS), R.uniform(0, 2)))
    if inc(want, "ip", 0.1) and chance(0.5):
        p += [' xff="', P("ip", public_ip()), ", %s\"" % private_ip()]
    if not any(isinstance(x, P) for x in p):
        p[0] = P("ip", public_ip())
    return p


def fam_rtbc(phi, want):
    pre = "time=%s level=%s svc=rtbc host=%s " % (ts_iso(z="Z"), ch(["info", "info", "warn"]), ch(["rtbc-api-1", "rtbc-api-2"]))
    b, pc, pl = ch(PLANS)
    if not phi:
        k = R.randrange(4)
        if k == 0:
            return [pre + 'msg="formulary cache refreshed" payer_count=%d entries=%d dur=%.1fs version=%s' % (
                R.randint(10, 60), R.randint(100000, 3000000), R.uniform(1, 60), build_no())]
        if k == 1:
            return [pre + 'msg="payer timeout" bin=%s pcn=%s grp=%s timeout_ms=%d retries=%d' % (b, pc, "RX" + digits(4), ch([3000, 5000]), R.randint(0, 3))]
        if k == 2:
            return [pre + 'msg="alt therapy suggestion" drug="%s" alt="%s" tier=%d->%d pa_required=%s plan="%s"' % (
                ch(DRUGS), ch(DRUGS), R.randint(2, 5), R.randint(1, 3), ch(["true", "false"]), pl)]
        return [pre + 'msg="mTLS cert loaded" cn=rtbc.lakeshorerx.internal not_after=%s serial=%s listen=0.0.0.0:%d' % (
            rand_date(2025, 2026).isoformat(), hexs(16), ch([8443, 9443]))]
    p = [pre + "req=%s bin=%s pcn=%s grp=%s " % (uuid(), b, pc, "RX" + digits(4))]
    if want == "vehicle" or (want is None and chance(0.15)):
        p += ['coverage=AUTO_PIP claim_no=%s %s=' % ("PIP-" + digits(9), ch(["vin", "veh_vin", "VIN"])), P("vehicle", vin())]
        if chance(0.5):
            p += [" plate=", P("vehicle", plate())]
        p += [" accident_date=", P("date", fmt_date(svc_date(10, 200), "iso")), ' insured="', P("name", full_name(ch(["fl", "LCF"]))), '"']
        return p
    key = ch(["memberId", "member_id", "cardholder", "subscriberNo", "mbr_id", "beneficiaryId"])
    p += ["%s=" % key, P("health_plan", member_id())]
    if chance(0.25) or (want == "health_plan" and chance(0.3)):
        p += [" mbi=", P("health_plan", mbi())]
    p.append(" person_code=0%d rel=%d" % (R.randint(1, 3), R.randint(1, 3)))
    if inc(want, "date", 0.6):
        p += [" dob=", P("date", fmt_date(dob(), ch(["iso", "compact"])))]
    if inc(want, "name", 0.3):
        p += [' pt_name="', P("name", full_name(ch(["FL", "fl", "LCF"]))), '"']
    p.append(' drug="%s" copay_est=%s deductible_rem=%s' % (ch(DRUGS), money(), money()))
    return p


def fam_exc(phi, want):
    ts = ts_space()
    lvl = ch(["ERROR", "ERROR", "WARN "])

    def pre_for(th):
        return "%s %s [%s-%d] " % (ts, lvl, th, R.randint(1, 9))
    pre = pre_for(ch(["fillq-worker", "hub-sync", "notify", "pos-bridge", "immz-feed"]))
    if not phi:
        k = R.randrange(6)
        if k == 4:
            return [pre + "c.l.rx.ndc.NdcParser - IllegalArgumentException: invalid NDC '%s' (expected 10 or 11 digits) source=%s line=%d" % (
                ch(["0002-8215-1", "00002-821501", "5009O-3412-01"]), ch(["wholesaler_feed", "ocr_fax"]), R.randint(1, 9000))]
        if k == 5:
            return [pre + "c.l.rx.notify.EmailSender - MailConnectException: Couldn't connect to host smtp-relay.ph.internal, port 587; from=noreply@lakeshorerx.com queue=%d" % R.randint(1, 400)]
        if k == 0:
            return [pre + "c.l.rx.fill.VerifyTask - Timeout after 30000ms calling https://rx-dur.ph.internal:8443/v1/dur/check traceId=%s at c.l.rx.fill.VerifyTask.run(VerifyTask.java:%d)" % (
                trace_id(), R.randint(40, 900))]
        if k == 1:
            return [pre + "com.zaxxer.hikari.pool.HikariPool - HikariPool-1 - Connection is not available, request timed out after %dms (total=20, active=20, idle=0, waiting=%d)" % (
                R.randint(30000, 30100), R.randint(1, 40))]
        if k == 2:
            return [pre + "c.l.rx.db.Repo - org.postgresql.util.PSQLException: ERROR: deadlock detected Detail: Process %d waits for ShareLock on transaction %d; blocked by process %d." % (
                R.randint(1000, 60000), R.randint(10000000, 99999999), R.randint(1000, 60000))]
        return [pre + "c.l.integration.SftpPoller - Auth fail for svc_340b_tpa@%s:22 (key fingerprint SHA256:%s) retry in %ds" % (
            private_ip(), b64(32)[:43], ch([30, 60, 300]))]
    fn, ln = person()
    k = {"ssn": 0, "email": 1, "fax": 2, "mrn": 3, "account": 4, "ip": 5, "date": 6, "phone": 7, "name": R.choice([3, 6])}.get(want, R.randrange(8))
    pre = pre_for(["hub-sync", "notify", "fax-out", "fillq-worker", "pos-bridge", "auth", "intake", "sms-out"][k])
    if k == 0:
        return [pre + 'c.l.hub.PatientRepo - org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "uq_patient_%s" Detail: Key (%s)=(' % (
            ch(["ssn", "soc_sec_no"]), ch(["ssn", "soc_sec_no"])), P("ssn", ssn(ch(["dash", "plain"]))), ") already exists."]
    if k == 1:
        return [pre + "c.l.rx.notify.EmailSender - javax.mail.SendFailedException: Invalid Addresses; nested exception is: 550 5.1.1 <",
                P("email", email(fn, ln)), ">: Recipient address rejected: User unknown"]
    if k == 2:
        return [pre + "c.l.rx.fax.FaxJob - Fax to patient ", P("fax", phone(ch(["dash", "one", "e164"]))),
                " failed: NO_CARRIER after 3 attempts job=FX-%s doc=PA_APPROVAL_LETTER" % digits(8)]
    if k == 3:
        return [pre + "c.l.rx.fill.ProfileMerge - Cannot merge profiles: MRN ", P("mrn", mrn()), " and MRN ", P("mrn", mrn()),
                " both claim name=", P("name", full_name(ch(["LCF", "lcf"]), fn, ln)), " dob=", P("date", fmt_date(dob(), "iso"))]
    if k == 4:
        return [pre + "c.l.pos.Tender - CardDeclinedException: %s=" % ch(["pan", "cardNumber", "acct"]), P("account", card_number()),
                " resp=05 DO NOT HONOR terminal=%s" % ("T" + digits(6))]
    if k == 5:
        return [pre + "c.l.portal.LoginThrottle - Too many failed logins user=", P("email", email(fn, ln)), " from ",
                P("ip", public_ip()), " attempts=%d lockout=900s" % R.randint(5, 12)]
    if k == 6:
        return [pre + 'c.l.rx.intake.Validator - ValidationException: patient.dateOfBirth "', P("date", fmt_date(future_date(1, 400), "iso")),
                '" is after fill date for ', P("name", full_name("fl", fn, ln)), " (ref %s)" % uuid()]
    return [pre + "c.l.rx.sms.PhoneNormalizer - NumberParseException: could not parse '", P("phone", phone()),
            "' for pt ", P("mrn", mrn())]


def fam_curbside(phi, want):
    head = '{"ts":%s,"app":"curbside","ver":%s,' % (jstr(ts_iso(z="Z")), jstr(version()))
    if not phi:
        k = R.randrange(3)
        if k == 0:
            return [head + '"event":"geofence_config","store":%s,"radius_m":%d,"lat_lon_source":"store_master","rev":%d}' % (
                jstr(store()), ch([100, 150, 250]), R.randint(1, 40))]
        if k == 1:
            st, bay = store(), R.randint(1, 6)
            return [head + '"event":"bay_status","store":%s,"bay":%d,"occupied":%s,"sensor":%s,"sensor_mac":%s,"rssi":%d}' % (
                jstr(st), bay, ch(["true", "false"]), jstr("BAY-%s-%d" % (st, bay)), jstr(mac()), -R.randint(40, 90))]
        return [head + '"event":"push_batch","sent":%d,"failed":%d,"fcm_project":"lakeshore-rx-prod","apns_topic":"com.lakeshorerx.app"}' % (
            R.randint(10, 9000), R.randint(0, 50))]
    fn, ln = person()
    p = [head + '"event":"arrived","orderRef":%s,"store":%s,"customer":{"firstName":"' % (jstr(order_no()), jstr(store())),
         P("name", fn), '"']
    if chance(0.6):
        p += [',"lastName":"', P("name", ln), '"']
    if inc(want, "phone", 0.6):
        p += [',"phone":"', P("phone", phone(ch(["e164", "dash"]))), '"']
    c = ch(CARS)
    p.append('},"vehicle":{"make":%s,"model":%s,"color":%s' % (jstr(c[1]), jstr(c[2]), jstr(c[0])))
    if inc(want, "vehicle", 0.7):
        p += [',"plate":"', P("vehicle", plate()), '"']
    p.append("}")
    if inc(want, "device", 0.3):
        p += [',"device":{"os":%s,"imei":"' % jstr(ch(["iOS 17.4", "Android 14", "Android 13"])), P("device", imei()), '"}']
    if inc(want, "ip", 0.3):
        p += [',"clientIp":"', P("ip", public_ip()), '"']
    p.append("}")
    return p


def fam_dme(phi, want):
    pre = "%s %s dme-svc " % (ts_iso(z=ch(["Z", "-06:00"])), ch(["INFO", "INFO", "DEBUG"]))
    if not phi:
        k = R.randrange(3)
        if k == 0:
            gt = "00" + digits(11)
            return [pre + "recv po=%s gtin=(01)%s%s lot=%s exp=%s qty=%d location=FRIDGE-%d vendor=\"%s\"" % (
                "PO-" + digits(8), gt, luhn_digit(gt), lot(), rand_date(2025, 2026).isoformat(), R.randint(1, 50), R.randint(1, 3), ch(VENDORS)[0])]
        if k == 1:
            return [pre + 'firmware advisory model="%s" fw=%s min_app=%s advisory=FA-%s severity=%s' % (
                ch(["MiniMed 780G", "Omnipod 5 PDM", "Dexcom G7", "FreeStyle Libre 3"]), version(), version(), digits(5), ch(["low", "medium"]))]
        return [pre + "kit inventory sku=%s on_hand=%d par=%d reorder=%s store=%s" % (
            "KIT-" + alnum(6), R.randint(0, 40), R.randint(5, 20), ch(["true", "false"]), store())]
    kind = ch([("CGM", "cgm"), ("INSULIN_PUMP", "pump"), ("CGM_SENSOR", "libre"), ("NEBULIZER", "neb"), ("SMART_PEN", "pen")])
    p = [pre + "dispense kind=%s" % kind[0]]
    if inc(want, "mrn", 0.6):
        p += [" %s=" % ch(["mrn", "pt_mrn", "patientMrn"]), P("mrn", mrn())]
    if inc(want, "name", 0.4):
        p += [' pt="', P("name", full_name(ch(["lcf", "fl"]))), '"']
    p += [" %s=" % ch(["sn", "serial", "transmitter_sn", "device_sn"]), P("device", device_serial(kind[1]))]
    if chance(0.4):
        p += [" udi=", P("device", udi())]
    if chance(0.3):
        p += [" %s=" % ch(["app_mac", "bt_mac", "hub_mac"]), P("device", mac(ch([":", "-"])))]
    if chance(0.2):
        p += [" paired_imei=", P("device", imei())]
    if inc(want, "date", 0.4):
        p += [" dispensed=", P("date", fmt_date(svc_date(0, 1), ch(["iso", "us"])))]
    p.append(" by=%s" % ch(STAFF[:6]))
    return p


def fam_fax(phi, want):
    pre = "%s faxsrv[%d]: job=FX-%s " % (ts_syslog(), R.randint(200, 9000), digits(8))
    if not phi:
        v = ch(VENDORS)
        st = store()
        k = R.randrange(3)
        if k == 0:
            return [pre + 'dir=IN from="%s" from_no=1-800-555-0%s to_no="%s" pages=%d status=RECEIVED ocr=%s' % (
                v[0], digits(3), STORES[st][5], R.randint(1, 12), ch(["INVOICE", "PRICE_UPDATE", "RECALL_NOTICE"]))]
        if k == 1:
            return [pre + "dir=OUT to_no=%s dest=\"Lakeshore Specialty Rx\" pages=%d status=OK dur=%ds baud=14400 csid=LAKESHORE%s" % (
                SPECIALTY[6], R.randint(1, 20), R.randint(20, 400), st)]
        return [pre + "modem=ttyIAX%d status=IDLE queue=%d retries_pending=%d" % (R.randint(0, 7), R.randint(0, 30), R.randint(0, 5))]
    p = [pre + "dir=OUT %s=" % ch(["to_no", "dest_fax", "fax_to"]), P("fax", phone(ch(["plain", "one", "dash", "e164"])))]
    if inc(want, "name", 0.7):
        p += [' recipient="', P("name", full_name(ch(["fl", "FL"]))), '"']
    p.append(" doc=%s pages=%d status=%s" % (ch(["COPAY_APPROVAL_LETTER", "REFILL_HISTORY", "PAP_DENIAL", "RECEIPT_FSA"]),
                                            R.randint(1, 6), ch(["OK", "OK", "BUSY_RETRY"])))
    return p


# name, function, categories it can guarantee when asked
FAMILIES = [
    ("pos_willcall_kv", fam_willcall, {"name", "date", "license", "other_id", "vehicle", "biometric", "photo", "account", "phone"}),
    ("fill_queue_json", fam_fillq, {"mrn", "name", "date", "age", "phone"}),
    ("verify_audit_pipe", fam_verify, {"name", "mrn", "date", "age"}),
    ("pdmp_gateway_xml", fam_pdmp, {"name", "date", "license", "address", "zip", "phone"}),
    ("ivr_refill_syslog", fam_ivr, {"phone", "date", "account", "biometric", "name"}),
    ("sms_gateway_json", fam_sms, {"phone", "name", "date", "email", "url"}),
    ("ncpdp_d0_switch", fam_ncpdp, {"health_plan", "name", "date", "address", "zip", "phone", "ssn", "license", "other_id", "mrn"}),
    ("epa_script_xml", fam_epa, {"name", "date", "health_plan", "license", "address", "zip"}),
    ("hub_onboarding_json", fam_hub, {"name", "date", "age", "ssn", "phone", "fax", "email", "address", "zip", "other_id",
                                      "photo", "url", "health_plan", "account", "device"}),
    ("accum_340b_csv", fam_340b, {"mrn", "date", "name", "account"}),
    ("compounding_lims", fam_compound, {"name", "mrn", "date", "age", "license"}),
    ("csos_c2_audit", fam_csos, {"license", "name", "address", "zip", "date"}),
    ("pharmacist_note_text", fam_note, {"age", "date", "name", "phone", "device", "mrn", "vehicle", "fax", "email", "url",
                                        "other_id", "address", "zip"}),
    ("immz_hl7_segment", fam_hl7, {"name", "mrn", "ssn", "date", "address", "zip", "phone", "fax", "email", "health_plan"}),
    ("courier_logfmt", fam_courier, {"address", "zip", "name", "phone", "photo", "date"}),
    ("recall_lookup", fam_recall, {"name", "mrn", "phone", "email", "date"}),
    ("portal_nginx_access", fam_nginx, {"ip", "url", "email"}),
    ("rtbc_logfmt", fam_rtbc, {"health_plan", "date", "name", "vehicle"}),
    ("java_exception", fam_exc, {"ssn", "email", "fax", "mrn", "account", "ip", "date", "phone", "name"}),
    ("curbside_app_json", fam_curbside, {"name", "vehicle", "phone", "device", "ip"}),
    ("dme_device_dispense", fam_dme, {"device", "mrn", "name", "date"}),
    ("fax_server_syslog", fam_fax, {"fax", "name"}),
]
JSON_FAMILIES = {"fill_queue_json", "sms_gateway_json", "hub_onboarding_json", "curbside_app_json"}
PER_CAT_TARGET = 11


def main():
    n_pos = N_LINES - N_NEG
    wants = []
    for c in CATS:
        wants += [c] * PER_CAT_TARGET
    assert len(wants) <= n_pos
    wants += [None] * (n_pos - len(wants))
    R.shuffle(wants)
    flags = [True] * n_pos + [False] * N_NEG
    R.shuffle(flags)
    wi = iter(wants)

    t0 = dt.datetime(2024, 1, 8, 6, 0, 0)
    times = sorted(t0 + dt.timedelta(seconds=R.randint(0, 86400 * 300)) for _ in range(N_LINES))

    out_lines, out_labels = [], []
    cat_counts = {c: 0 for c in CATS}
    fam_counts = {}
    for idx, is_phi in enumerate(flags):
        CUR["t"] = times[idx]
        if is_phi:
            want = next(wi)
            cands = [f for f in FAMILIES if want is None or want in f[2]]
            fam, fn, _ = ch(cands)
            parts = fn(True, want)
        else:
            want = None
            fam, fn, _ = ch(FAMILIES)
            parts = fn(False, None)
        raw, spans = build(parts)
        lineno = idx + 1
        # ---- checks
        assert b"\n" not in raw and b"\r" not in raw, (lineno, raw)
        raw.decode("utf-8")
        assert raw == raw.strip(), (lineno, "line has surrounding whitespace")
        prev_end = -1
        for sp in spans:
            s, e, v = sp["s"], sp["e"], sp["_v"]
            assert raw[s:e] == v.encode("utf-8"), (lineno, sp)
            assert v and v == v.strip(), (lineno, "span value has surrounding space", v)
            assert s >= prev_end, (lineno, "overlapping spans", sp)
            assert sp["cat"] in CATS
            prev_end = e
        if is_phi:
            assert spans, (lineno, fam, "PHI line without spans")
            if want is not None:
                assert any(sp["cat"] == want for sp in spans), (lineno, fam, "wanted category missing", want)
        else:
            assert not spans, (lineno, fam, "non-PHI line has spans")
        if fam in JSON_FAMILIES:
            json.loads(raw.decode("utf-8"))
        for sp in spans:
            cat_counts[sp["cat"]] += 1
        fam_counts[fam] = fam_counts.get(fam, 0) + 1
        out_lines.append(raw)
        out_labels.append({"line": lineno, "family": fam,
                           "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]})

    assert len(out_lines) == N_LINES
    n_phi = sum(1 for l in out_labels if l["spans"])
    assert n_phi == n_pos, (n_phi, n_pos)
    for c in CATS:
        assert cat_counts[c] >= 8, ("category under-covered", c, cat_counts[c])

    with open(os.path.join(HERE, "af.log"), "wb") as f:
        f.write(b"\n".join(out_lines) + b"\n")
    with open(os.path.join(HERE, "af.labels.jsonl"), "wb") as f:
        for l in out_labels:
            f.write(json.dumps(l, separators=(", ", ": ")).encode("ascii") + b"\n")

    # ---- re-read and verify the written files
    with open(os.path.join(HERE, "af.log"), "rb") as f:
        rl = f.read().split(b"\n")
    assert rl[-1] == b"" and len(rl) == N_LINES + 1
    with open(os.path.join(HERE, "af.labels.jsonl"), "rb") as f:
        ll = [json.loads(x) for x in f.read().decode("ascii").splitlines()]
    assert len(ll) == N_LINES
    for i, (line, lab) in enumerate(zip(rl, ll)):
        assert lab["line"] == i + 1
        for sp in lab["spans"]:
            assert 0 <= sp["s"] < sp["e"] <= len(line)

    print("lines: %d" % N_LINES)
    print("lines with PHI: %d (%.1f%%)" % (n_phi, 100.0 * n_phi / N_LINES))
    print("lines without PHI: %d (%.1f%%)" % (N_LINES - n_phi, 100.0 * (N_LINES - n_phi) / N_LINES))
    print("spans total: %d" % sum(cat_counts.values()))
    print("spans per category:")
    for c in CATS:
        print("  %-12s %d" % (c, cat_counts[c]))
    print("families (%d):" % len(fam_counts))
    for fam, _, _ in FAMILIES:
        print("  %-22s %d" % (fam, fam_counts.get(fam, 0)))


if __name__ == "__main__":
    main()
