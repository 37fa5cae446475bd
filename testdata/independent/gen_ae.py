#!/usr/bin/env python3
"""Held-out PHI test corpus "ae": maternal, newborn and child health.

Writes ae.log (500 lines) and ae.labels.jsonl next to this file.
Standard library only; fixed seed; byte-for-byte reproducible.
All people, numbers and addresses are synthetic.
"""
import base64
import collections
import datetime as dt
import hashlib
import json
import os
import random
import sys
import unicodedata

SEED = 20240503
N_LINES = 500
NEG_FRACTION = 0.45

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]

R = random.Random(SEED)


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []

    def t(self, *xs):
        for x in xs:
            self.parts.append((str(x), None))
        return self

    def p(self, v, cat):
        assert cat in CATS, cat
        self.parts.append((str(v), cat))
        return self

    def render(self):
        out = bytearray()
        spans = []
        for txt, cat in self.parts:
            b = txt.encode("utf-8")
            if cat:
                spans.append({"s": len(out), "e": len(out) + len(b), "cat": cat, "v": txt})
            out += b
        return bytes(out), spans


class P:
    """A PHI value inside a structured (JSON/kv) writer."""

    def __init__(self, v, cat, raw=False):
        self.v, self.cat, self.raw = str(v), cat, raw


class M(list):
    """A JSON string made of mixed literal text and P values."""


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def J(L, o, sp=False):
    cs, ks = (", ", ": ") if sp else (",", ":")
    if isinstance(o, P):
        if o.raw:
            L.p(o.v, o.cat)
        else:
            assert jesc(o.v) == o.v, o.v
            L.t('"').p(o.v, o.cat).t('"')
    elif isinstance(o, M):
        L.t('"')
        for x in o:
            if isinstance(x, P):
                assert jesc(x.v) == x.v
                L.p(x.v, x.cat)
            else:
                L.t(jesc(x))
        L.t('"')
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(cs)
            L.t(json.dumps(k, ensure_ascii=False) + ks)
            J(L, v, sp)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(cs)
            J(L, v, sp)
        L.t("]")
    else:
        L.t(json.dumps(o, ensure_ascii=False))


def KV(L, items, sep=" ", eq="=", q='"'):
    """logfmt-like key/value writer; quotes values containing spaces."""
    for i, (k, v) in enumerate(items):
        if i:
            L.t(sep)
        L.t(k + eq)
        val = v.v if isinstance(v, P) else str(v)
        quote = (" " in val or "," in val or val == "")
        if quote:
            L.t(q)
        if isinstance(v, P):
            L.p(val, v.cat)
        else:
            L.t(val)
        if quote:
            L.t(q)


# ---------------------------------------------------------------- people data
FEM = ["Maria", "Aisha", "Linh", "Sofia", "Adaeze", "Priya", "Zofia", "Lucía", "Chloé", "Zoë", "Mbali",
       "Thandiwe", "Keisha", "Fatima", "Hana", "Yuki", "Mei", "Seo-yeon", "Olivia", "Emma", "Ava", "Isabella",
       "Harper", "Amara", "Ngozi", "Leila", "Anya", "Nadia", "Rosa", "Carmen", "Camila", "Valentina", "Ximena",
       "Aroha", "Malia", "Nizhoni", "Aiyana", "Siobhan", "Niamh", "Freya", "Astrid", "Ingrid", "Giulia", "Luana",
       "Ananya", "Deepa", "Esperanza", "Guadalupe", "Xochitl", "Hương", "Ayesha", "Zainab", "Imani", "Tatiana",
       "Miriam", "Noa", "Yael", "Brianna", "Destiny", "Kayla", "Latoya", "Renée"]
MASC = ["Mateo", "Jaylen", "Chidi", "Arjun", "Łukasz", "José", "Søren", "DeShawn", "Jamal", "Omar", "Yusuf",
        "Haruto", "Wei", "Min-jun", "Liam", "Noah", "Ethan", "Mason", "Kwame", "Tariq", "Darius", "Dmitri",
        "Diego", "Santiago", "Kai", "Keanu", "Declan", "Lorenzo", "Gabriel", "Thiago", "Ravi", "Tuấn", "Bilal",
        "Jabari", "Eli", "Tyler", "Hunter", "Cody", "Marcus", "Joaquín"]
FIRST = FEM + MASC
LAST = ["Lopez", "Garcia", "Nguyen", "Okafor", "Rahman", "Kowalski", "Rossi", "Cohen",
        "Brooks", "Williams", "Johnson", "Patel", "Desai", "Kim", "Park", "Chen", "Wang",
        "Tanaka", "Sato", "Müller", "Schmidt", "Dlamini", "Mensah", "Hernández", "Martínez",
        "Moreno", "O'Brien", "Murphy", "Kelly", "Ivanova", "Petrov", "Haddad", "Khalil",
        "Yilmaz", "Demir", "Andersen", "Nilsen", "Silva", "Santos", "Oliveira", "Ferreira",
        "Jackson", "Washington", "Begay", "Yazzie", "Kealoha", "Tran", "Pham", "Singh",
        "Kaur", "Gupta", "Reyes", "Cruz", "Flores", "Ramírez", "Torres", "Bianchi",
        "Dubois", "Lefèvre", "Nakamura", "Abdullah", "Hussein", "Osei", "Adeyemi",
        "Kariuki", "Novak", "Horvat", "Sokolov", "Goldberg", "Friedman", "MacLeod",
        "Fitzgerald", "Thompson", "Robinson", "Harris", "Walker", "Young", "Tremblay",
        "Gagnon", "Bouchard", "Begum", "Mwangi", "Alvarez", "Castillo", "Whitehorse"]
FR_FIRST = ["Chloé", "Léa", "Émilie", "Camille", "Gabrielle", "Maëlle", "Justine", "Océane"]
FR_BABY = ["Léo", "Noah", "Florence", "Thomas", "Zoé", "Édouard", "Jacob", "Rosalie"]
FR_LAST = ["Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "Lavoie",
           "Fortin", "Bélanger", "Pelletier", "Lévesque"]
INITIALS = list("ABCDEFGHJKLMNPRSTW")

CITIES = [  # city, county, state, zip
    ("Columbus", "Franklin County", "OH", "43207"), ("Dayton", "Montgomery County", "OH", "45402"),
    ("Toledo", "Lucas County", "OH", "43609"), ("Akron", "Summit County", "OH", "44310"),
    ("Nashua", "Hillsborough County", "NH", "03060"), ("Manchester", "Hillsborough County", "NH", "03103"),
    ("Fresno", "Fresno County", "CA", "93722"), ("Oakland", "Alameda County", "CA", "94601"),
    ("San Antonio", "Bexar County", "TX", "78207"), ("El Paso", "El Paso County", "TX", "79936"),
    ("Tucson", "Pima County", "AZ", "85713"), ("Gallup", "McKinley County", "NM", "87301"),
    ("Hilo", "Hawaii County", "HI", "96720"), ("Minneapolis", "Hennepin County", "MN", "55407"),
    ("Duluth", "St. Louis County", "MN", "55805"), ("Milwaukee", "Milwaukee County", "WI", "53204"),
    ("Lowell", "Middlesex County", "MA", "01852"), ("Worcester", "Worcester County", "MA", "01604"),
    ("Paterson", "Passaic County", "NJ", "07501"), ("Yonkers", "Westchester County", "NY", "10701"),
    ("Rochester", "Monroe County", "NY", "14621"), ("Atlanta", "Fulton County", "GA", "30310"),
    ("Savannah", "Chatham County", "GA", "31404"), ("Memphis", "Shelby County", "TN", "38109"),
    ("Louisville", "Jefferson County", "KY", "40211"), ("Tacoma", "Pierce County", "WA", "98405"),
    ("Spokane", "Spokane County", "WA", "99207"), ("Boise", "Ada County", "ID", "83705"),
    ("Aurora", "Arapahoe County", "CO", "80012"), ("Omaha", "Douglas County", "NE", "68107"),
    ("Lorain", "Lorain County", "OH", "44052"), ("Zanesville", "Muskingum County", "OH", "43701"),
]
STATE_NAMES = {"OH": "Ohio", "NH": "New Hampshire", "CA": "California", "TX": "Texas",
               "AZ": "Arizona", "NM": "New Mexico", "HI": "Hawaii", "MN": "Minnesota",
               "WI": "Wisconsin", "MA": "Massachusetts", "NJ": "New Jersey", "NY": "New York",
               "GA": "Georgia", "TN": "Tennessee", "KY": "Kentucky", "WA": "Washington",
               "ID": "Idaho", "CO": "Colorado", "NE": "Nebraska"}
AREA = ["614", "937", "419", "330", "603", "559", "510", "210", "915", "520", "505", "808",
        "612", "218", "414", "978", "508", "973", "914", "585", "404", "912", "901", "502",
        "253", "509", "208", "720", "402", "440", "740", "216", "513"]
STREETS = ["Maple", "Oak", "Elm", "Birch", "Cedar", "Sunset", "Highland", "Park", "Washington",
           "Lincoln", "Jefferson", "Mill", "Church", "River", "Willow", "Magnolia", "Pecan",
           "Cottonwood", "Mesa Verde", "Riverside", "Grant", "Chestnut", "Walnut", "Hillcrest",
           "Prospect", "Union", "Garfield", "Martin Luther King Jr", "Dorchester", "Sycamore",
           "Tamarack", "Bluebonnet", "Old Mill", "Kinney", "Eastgate"]
SUFFIX = ["St", "Ave", "Rd", "Ln", "Dr", "Blvd", "Ct", "Way", "Pl", "Ter", "Street", "Avenue",
          "Road", "Drive", "Circle", "Pkwy"]
UNITS = ["Apt 4", "Apt 3B", "Unit 12", "#207", "Lot 14", "Apt 2F", "Trlr 9", "Apt 1108", "Bsmt"]

MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]

# ---------------------------------------------------------------- non-PHI look-alikes
HOSPITAL = [("St. Brigid Women & Children's Hospital", "400 Lakeview Pkwy", "Columbus", "OH", "43215", "(614) 722-0100", "(614) 722-0199"),
            ("Mercy Valley Birth Center", "2100 Kinross Ave", "Dayton", "OH", "45409", "937-641-3000", "937-641-3099"),
            ("Northgate Pediatrics", "88 Commerce Way Suite 300", "Nashua", "NH", "03062", "603.882.4410", "603.882.4415")]
VENDORS = [("Lumen Neonatal Systems Inc", "2250 Technology Pkwy", "Eagan", "MN", "55121"),
           ("Harbor Lactation Supply LLC", "1101 Corporate Dr", "McHenry", "IL", "60050"),
           ("Crestline Diagnostics", "940 Winter St", "Waltham", "MA", "02451"),
           ("TriCounty Courier Services", "5180 Fisher Rd", "Columbus", "OH", "43228"),
           ("Sentinel Infant Protection Co", "4600 Vine St", "Lincoln", "NE", "68503"),
           ("Bluewater Payments Inc", "100 Campus Dr", "Florham Park", "NJ", "07932")]
INT_HOSTS = ["ldboard01.obs.stbrigid.local", "ldboard02.obs.stbrigid.local", "nicu-gw-02.peds.internal",
             "hs-sync01.ped.local", "vr-gw01.stbrigid.local", "wic-app03.odh.state.local",
             "kidcare-pm-web-2", "cg-srv01.mch.local", "iis-batch-01.odh.state.local",
             "milkbank-db.mbank.local", "sbhc-web-01.district14.k12.local", "cps-intake-03",
             "fhir-api-2.ccwis.internal", "portal-edge-01.stbrigid.org", "ivr-app-4.dohs.local",
             "srv-clsc-04.rtss.qc.ca", "obtrace-if01.stbrigid.local"]
STAFF = ["kpatel_rn", "jlee_rn", "svc_periboard", "svc_wic_batch", "lab_amartin", "audio_tech3",
         "biomed_rkhan", "mgarcia_fd", "sup_lwright", "rph_mnguyen", "evs_tmorales", "ilc_jwhite",
         "nicu_charge2", "scr_dmiller", "svc_iis_recall", "svc_fhir_sync", "hs_screener07",
         "vr_clerk_bsmith", "svc_cradleguard", "wic_cpa_rlopez", "cw_tbrown", "admin.ops",
         "svc-portal-sync", "jdoe.registrar", "cnm_okeefe"]
PRODUCTS = ["Giraffe OmniBed Carestation", "Isolette 8000 plus", "Medfusion 4000", "Alaris 8100",
            "Symphony PLUS", "ALGO 5", "AccuScreen", "GSP Neonatal", "Avalon FM30", "Masimo Radical-7",
            "NeoBlue LED", "Panda iRes Warmer", "Kangaroo ePump", "SNiP EliteCare"]
FORMULA = ["Similac Pro-Advance 12.4oz", "Enfamil NeuroPro 20.7oz", "Gerber Good Start Soothe 12.4oz",
           "Similac Alimentum RTF 32oz", "Enfamil ProSobee 12.9oz", "Nutramigen 12.6oz"]
VACCINES = [("03", "MMR", "MSD", "00006-4681-00"), ("20", "DTaP", "SKB", "58160-0810-11"),
            ("10", "IPV", "PMC", "49281-0860-10"), ("08", "HepB-Peds", "MSD", "00006-4981-00"),
            ("133", "PCV13", "PFR", "00005-1971-02"), ("116", "Rotavirus", "MSD", "00006-4047-41"),
            ("21", "Varicella", "MSD", "00006-4827-00"), ("83", "HepA-Peds", "SKB", "58160-0825-11"),
            ("141", "Influenza", "SKB", "58160-0898-52"), ("306", "Nirsevimab", "SAN", "49281-0575-15")]
UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.6367.82 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.67",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4_1) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4.1 Safari/605.1.15"]

BASE_TS = dt.datetime(2024, 5, 1, 0, 0, 0)


def now():
    return BASE_TS + dt.timedelta(seconds=R.randint(0, 31 * 86400 - 1))


def ms():
    return "%03d" % R.randint(0, 999)


def ts_iso(t, frac=True, z="Z"):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ("." + ms() if frac else "") + z


def hexs(n):
    return "".join(pick("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + pick("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def sha256():
    return hashlib.sha256(str(R.random()).encode()).hexdigest()


def ver():
    return "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 24), R.randint(0, 40))


def priv_ip():
    k = R.randrange(4)
    if k == 0:
        return "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    if k == 1:
        return "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    if k == 2:
        return "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254))
    return "10.%d.%d.%d" % (R.randint(0, 60), R.randint(0, 20), R.randint(1, 254))


def staff():
    return pick(STAFF)


CLIN_T = ["Dr. {f} {l}", "{f} {l}, MD", "{f} {l}, CNM", "{f} {l}, RN", "Dr. {l}", "{f} {l}, NNP",
          "{f} {l}, DO", "{f} {l}, IBCLC", "{f} {l}, AuD"]


CLIN_KIND = {"md": ["Dr. {f} {l}", "{f} {l}, MD", "{f} {l}, DO", "Dr. {l}", "{f} {l}, CNM"],
             "rn": ["{f} {l}, RN", "{f} {l} RN", "RN {f} {l}", "{f} {l}, BSN, RN"]}


def clin(kind=None):
    return pick(CLIN_KIND[kind] if kind else CLIN_T).format(f=pick(FIRST), l=pick(LAST))


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


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def npi():
    body = pick("12") + digits(8)
    return body + luhn_digit("80840" + body)


def ein():
    return "%02d-%07d" % (R.randint(10, 99), R.randint(0, 9999999))


def order_no():
    return pick(["ORD-2024-%07d", "PO#45%08d", "RQ%07d", "NBS-ORD-%06d", "SO-%06d"]) % R.randint(0, 999999)


def dur():
    k = R.randrange(4)
    if k == 0:
        return "%dms" % R.randint(3, 9000)
    if k == 1:
        return "%.2fs" % (R.random() * 60)
    if k == 2:
        return "%02d:%02d:%02d" % (R.randint(0, 2), R.randint(0, 59), R.randint(0, 59))
    return "PT%dM%dS" % (R.randint(0, 59), R.randint(0, 59))


# ---------------------------------------------------------------- PHI value generators
def ascii_(s):
    s = s.replace("Ł", "L").replace("ł", "l").replace("ø", "o").replace("Ø", "O")
    s = s.replace("'", "").replace("-", "")
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def nm(style=None, first=None, last=None, fem=False):
    f = first or pick(FEM if fem else FIRST)
    l = last or pick(LAST)
    style = style or pick(["FL", "FL", "LF", "LFU", "FLU", "FML"])
    if style == "FL":
        return "%s %s" % (f, l)
    if style == "FML":
        return "%s %s. %s" % (f, pick(INITIALS), l)
    if style == "LF":
        return "%s, %s" % (l, f)
    if style == "LFU":
        return "%s, %s" % (l.upper(), f.upper())
    if style == "LFc":
        return "%s,%s" % (l.upper(), f.upper())
    if style == "FLU":
        return "%s %s" % (f.upper(), l.upper())
    raise ValueError(style)


def rdate(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def fdate(d, style=None):
    style = style or pick(["iso", "us", "us", "us_short", "long", "dmon", "hl7"])
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MON[d.month - 1].upper(), d.year)
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if style == "eu":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    raise ValueError(style)


def infant_dob(t, maxdays=5):
    return (t - dt.timedelta(days=R.randint(0, maxdays))).date()


def mom_dob():
    return rdate(1983, 2006)


def child_dob():
    return rdate(2007, 2023)


def old_dob_for_age(t, age):
    # birthday already passed this year so that age == t.year - dob.year
    y = t.year - age
    d = dt.date(y, R.randint(1, 4), R.randint(1, 28))
    return d


def phone(style=None):
    a = pick(AREA)
    ex = R.randint(201, 989)
    while ex in (555, 211, 311, 411, 511, 611, 711, 811, 911):
        ex = R.randint(201, 989)
    ln = R.randint(0, 9999)
    style = style or pick(["paren", "dash", "dash", "dot", "plus", "plusdash", "plain", "e164"])
    if style == "paren":
        return "(%s) %03d-%04d" % (a, ex, ln)
    if style == "parentight":
        return "(%s)%03d-%04d" % (a, ex, ln)
    if style == "dash":
        return "%s-%03d-%04d" % (a, ex, ln)
    if style == "dot":
        return "%s.%03d.%04d" % (a, ex, ln)
    if style == "plus":
        return "+1 %s %03d %04d" % (a, ex, ln)
    if style == "plusdash":
        return "+1-%s-%03d-%04d" % (a, ex, ln)
    if style == "plain":
        return "%s%03d%04d" % (a, ex, ln)
    if style == "e164":
        return "+1%s%03d%04d" % (a, ex, ln)
    if style == "space":
        return "%s %03d %04d" % (a, ex, ln)
    raise ValueError(style)


def ssn(style=None):
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    g, s = R.randint(1, 99), R.randint(1, 9999)
    style = style or pick(["dash", "dash", "dash", "plain", "space"])
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "plain":
        return "%03d%02d%04d" % (a, g, s)
    return "%03d %02d %04d" % (a, g, s)


def mrn():
    k = R.randrange(6)
    if k == 0:
        return "%08d" % R.randint(100000, 99999999)
    if k == 1:
        return "E%07d" % R.randint(0, 9999999)
    if k == 2:
        return "STB-%07d" % R.randint(0, 9999999)
    if k == 3:
        return "M%08d" % R.randint(0, 99999999)
    if k == 4:
        return "%09d" % R.randint(100000000, 999999999)
    return "MRN%07d" % R.randint(0, 9999999)


def mrn_digits():
    return "%08d" % R.randint(1000000, 99999999)


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashes=None):
    an = MBI_ALPHA + "0123456789"
    s = (pick("123456789") + pick(MBI_ALPHA) + pick(an) + pick("0123456789") + pick(MBI_ALPHA) +
         pick(an) + pick("0123456789") + pick(MBI_ALPHA) + pick(MBI_ALPHA) + pick("0123456789") +
         pick("0123456789"))
    if dashes is None:
        dashes = chance(0.4)
    if dashes:
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def medicaid():
    k = R.randrange(5)
    if k == 0:
        return digits(12)
    if k == 1:
        return "%09d" % R.randint(100000000, 999999999)
    if k == 2:
        return pick(["XEH", "ZGP", "YPB", "JQM"]) + digits(9)
    if k == 3:
        return "W" + digits(9)
    return "C" + digits(8) + pick("ABCDEFGH")


def ramq(last, first, dob):
    mm = dob.month + 50  # female
    return "%s%s %02d%02d %02d%02d" % (ascii_(last)[:3].upper().ljust(3, "X"), ascii_(first)[0].upper(),
                                      dob.year % 100, mm, dob.day, R.randint(10, 99))


def card(kind=None):
    kind = kind or pick(["visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = "5" + str(R.randint(1, 5)) + digits(13)
    elif kind == "disc":
        body = "6011" + digits(11)
    elif kind == "ewic":
        body = "507719" + digits(9)
    else:
        body = "3" + pick("47") + digits(12)
    n = body + luhn_digit(body)
    if chance(0.5) and len(n) == 16:
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))
    if chance(0.3) and len(n) == 16:
        return "-".join(n[i:i + 4] for i in range(0, 16, 4))
    return n


def account():
    k = R.randrange(5)
    if k == 0:
        return "%010d" % R.randint(1000000000, 9999999999)
    if k == 1:
        return "A%09d" % R.randint(0, 999999999)
    if k == 2:
        return "G%08d" % R.randint(0, 99999999)
    if k == 3:
        return "HAR-%08d" % R.randint(0, 99999999)
    return "%d-%06d" % (R.randint(10, 99), R.randint(0, 999999))


def bank_acct():
    return digits(R.randint(8, 12))


def dl():
    k = R.randrange(6)
    if k == 0:
        return pick("ABCDEFGHJKLMNPRSTUWY") + pick("ABCDEFGHJKLMNPRSTUWY") + digits(6)   # OH
    if k == 1:
        return pick("ABCDEFGHJKLMNPRSTUWY") + digits(7)   # CA
    if k == 2:
        return "%s %s %s" % (digits(3), digits(3), digits(3))   # NY
    if k == 3:
        return digits(8)   # TX
    if k == 4:
        return "%s%s-%s-%s-%s-%s" % (pick("LMSGR"), digits(3), digits(3), digits(2), digits(3), digits(1))  # FL
    return "%02d%s%s" % (R.randint(1, 12), pick(["NHL", "MAS"]), digits(5))


def dea(last=None):
    l1 = pick("ABFGM")
    l2 = (ascii_(last)[0].upper() if last else pick("ABCDEFGHJKLMNPRSTW"))
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return l1 + l2 + "".join(map(str, d)) + str(c)


def prof_license():
    return pick(["RN.%07d" % R.randint(0, 9999999), "LISW-%06d" % R.randint(0, 999999),
                 "IBCLC-L-%05d" % R.randint(0, 99999), "RN%06d" % R.randint(0, 999999),
                 "35.%06d" % R.randint(0, 999999)])


VIN_MAP = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = pick(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "1C4", "4T1", "5FN", "1GN", "3GN"])
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vds = "".join(pick(al) for _ in range(5))
    vis = pick("HJKLMNPR") + pick(al) + digits(6)
    v = wmi + vds + "0" + vis
    tot = 0
    for i, ch in enumerate(v):
        val = int(ch) if ch.isdigit() else VIN_MAP[ch]
        tot += val * VIN_W[i]
    c = tot % 11
    return v[:8] + ("X" if c == 10 else str(c)) + v[9:]


def plate():
    L3 = lambda: "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    k = R.randrange(5)
    if k == 0:
        return "%d%s%03d" % (R.randint(1, 9), L3(), R.randint(0, 999))
    if k == 1:
        return "%s-%04d" % (L3(), R.randint(0, 9999))
    if k == 2:
        return "%s %04d" % (L3(), R.randint(0, 9999))
    if k == 3:
        return "%s%d%s" % (L3()[:2], R.randint(10, 99), L3())
    return "%03d %s" % (R.randint(0, 999), L3())


def imei():
    body = pick(["35", "86", "01", "99"]) + digits(12)
    return body + luhn_digit(body)


def mac(sep=None):
    sep = sep or pick([":", ":", "-"])
    b = [pick(["A4", "3C", "F0", "D8", "00", "B8"]), pick(["C1", "27", "9E", "5D"])] + ["%02X" % R.randint(0, 255) for _ in range(4)]
    return sep.join(b)


def udi():
    gtin = "0" + "0" + digits(11)
    gtin = gtin + luhn_digit(gtin)  # not GS1-correct but realistic shape
    return "(01)%s(17)%02d%02d%02d(21)%s" % (gtin[:14], R.randint(25, 29), R.randint(1, 12), R.randint(1, 28),
                                             pick(["SM2-", "OS3-", "N"]) + digits(6))


def dev_serial(prefix):
    return prefix + pick(["-", ""]) + "".join(pick("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(R.randint(6, 9)))


def tag_id():
    return pick(["TX-", "T", "INF-TAG-"]) + "".join(pick("0123456789ABCDEF") for _ in range(8))


def email(first=None, last=None):
    f = ascii_(first or pick(FIRST)).lower()
    l = ascii_(last or pick(LAST)).lower()
    dom = pick(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com",
                "proton.me", "comcast.net", "att.net", "live.com"])
    k = R.randrange(5)
    if k == 0:
        u = "%s.%s%d" % (f, l, R.randint(1, 99))
    elif k == 1:
        u = "%s%s%02d" % (f[0], l, R.randint(80, 99))
    elif k == 2:
        u = "%s_%s" % (l, f)
    elif k == 3:
        u = "%s.%s" % (f, l)
    else:
        u = "%smom%d" % (f, R.randint(1, 9))
    return u + "@" + dom


def pub_ip(v6=None):
    if v6 is None:
        v6 = chance(0.15)
    if v6:
        return "%s:%s:%s:%s:%s:%s" % (pick(["2600:1700", "2601:2c5", "2603:6011", "2607:fb90"]).split(":")[0],
                                     pick(["1700", "2c5", "6011", "fb90", "8080"]), hexs(4).lstrip("0") or "1",
                                     hexs(4).lstrip("0") or "a", hexs(4).lstrip("0") or "2", hexs(4).lstrip("0") or "3")
    a = pick([24, 50, 67, 68, 71, 73, 75, 76, 96, 98, 99, 107, 108, 174, 184, 206, 208, 45, 104, 69, 70, 162])
    return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def personal_url(first, last):
    f = ascii_(first).lower()
    l = ascii_(last).lower()
    k = R.randrange(6)
    if k == 0:
        return "https://www.caringbridge.org/visit/%s%s%d" % (f, l, R.randint(1, 99))
    if k == 1:
        return "https://www.gofundme.com/f/help-baby-%s-%s" % (f, l)
    if k == 2:
        return "https://www.facebook.com/%s.%s.%d" % (f, l, R.randint(100, 9999))
    if k == 3:
        return "https://www.instagram.com/%s_%s_mama" % (f, l)
    if k == 4:
        return "https://%s%sfamily.blogspot.com/" % (f, l)
    return "https://www.tiktok.com/@%s.%s%d" % (f, l, R.randint(1, 99))


def rb(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def b64(b):
    return base64.b64encode(b).decode()


def fp_template():
    return b64(b"FMR\x00 20\x00" + rb(R.randint(42, 90)))


def voice_template():
    return b64(b"VPRT\x02\x00" + rb(R.randint(48, 96)))


def foot_template():
    return b64(b"FTPR\x01" + rb(R.randint(40, 80)))


def jpeg_b64():
    return b64(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + rb(R.randint(40, 110)))


def png_b64():
    return b64(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06" + rb(R.randint(40, 100)))


def street(unit=None):
    n = R.randint(12, 9899)
    pre = pick(["", "", "", "N ", "S ", "E ", "W "])
    s = "%d %s%s %s" % (n, pre, pick(STREETS), pick(SUFFIX))
    if unit is None:
        unit = chance(0.35)
    if unit:
        s += " " + pick(UNITS)
    return s


def city():
    return pick(CITIES)


def zip_(z):
    if chance(0.2):
        return "%s-%04d" % (z, R.randint(1, 9999))
    return z


def passport():
    return pick(["%09d" % R.randint(100000000, 999999999), pick("ACEFGHJKLMNPRSTUVWXYZ") + digits(8)])


def curp(first, last, dob):
    a = ascii_(last).upper()
    f = ascii_(first).upper()
    vow = [c for c in a[1:] if c in "AEIOU"] or ["X"]
    return "%s%s%s%s%02d%02d%02d%s%s%s%s%s%d" % (
        a[0], vow[0], pick("ABCDEFGHJLMNPRSTVZ"), f[0], dob.year % 100, dob.month, dob.day, pick("HM"),
        pick(["DF", "JC", "NL", "MC", "PL", "OC", "GR"]), pick("BCDFGHJKLMNPRSTVZ"), pick("BCDFGHJKLMNPRSTVZ"),
        pick("BCDFGHJKLMNPRSTVZ"), R.randint(0, 9) if dob.year < 2000 else R.randint(0, 9))


def a_number():
    return pick(["A%09d", "A-%09d", "A%08d"]) % R.randint(10000000, 99999999)


def sfn(y):
    return pick(["%d-%s-%06d" % (y, pick(["OH", "NH", "TX"]), R.randint(0, 999999)),
                 "%03d-%d-%06d" % (R.randint(100, 160), y, R.randint(0, 999999))])


def wic_id():
    return pick(["WIC%010d", "%010d", "OH-WIC-%08d"]) % R.randint(0, 99999999)


def iis_id():
    return pick(["IIS-%08d", "NHIIS%07d", "ImpactSIIS-%09d"]) % R.randint(0, 9999999)


def ccwis_id():
    return pick(["P%08d", "FACTS-%07d", "SACWIS-%07d", "%09d"]) % R.randint(0, 9999999)


def donor_id():
    return "HMB-D-%05d" % R.randint(0, 99999)


def student_id():
    return pick(["S%08d", "%07d", "STU-%06d"]) % R.randint(0, 999999)


def ga():
    return "%dw%dd" % (R.randint(23, 41), R.randint(0, 6))


# ======================================================================= families
F_LD = "ld_board_syslog5424"
F_FM = "fetal_monitor_hl7_oru"
F_NICU = "nicu_device_json"
F_NBS = "newborn_screen_pipe"
F_HS = "hearing_screen_xml"
F_BC = "birth_cert_worksheet"
F_WIC = "wic_log4j_es"
F_PM = "peds_pm_logfmt"
F_REM = "wellchild_reminder_gateway"
F_SBHC = "sbhc_nginx_access"
F_SBHC2 = "sbhc_ehr_kv"
F_IIS = "iis_recall"
F_MILK = "milk_bank_csv"
F_SEC = "infant_security_syslog"
F_CPS = "cps_intake_narrative"
F_REC = "records_request_mailgw"
F_FHIR = "foster_care_fhir_json"
F_CEF = "peds_portal_cef"
F_IVR = "ivr_voice_auth_json"
F_FR = "perinatal_qc_fr_kv"


def ld_hdr(L, t, msgid, sd):
    L.t("<%d>1 %s %s periboard %d %s [board@32473 %s] " % (
        pick([133, 134, 134, 135]), ts_iso(t, z=pick(["Z", "-04:00"])), pick(INT_HOSTS[:2]),
        R.randint(1000, 65000), msgid, sd))


def ld_delivery():
    L = Line(F_LD)
    t = now()
    fam = pick(LAST)
    ld_hdr(L, t, "BOARD.EVT", 'unit="L&D" room="LDR-%02d"' % R.randint(1, 14))
    L.t("event=DELIVERY pt=\"").p(nm(pick(["FL", "LF", "LFU"]), last=fam, fem=True), "name").t("\" ")
    L.t(pick(["mrn=", "MRN=", "mom_mrn="])).p(mrn(), "mrn")
    L.t(" gp=G%dP%d ga=%s " % (R.randint(1, 6), R.randint(0, 4), ga()))
    L.t(pick(["del_dt=", "delivery_date=", "birthDt="])).p(fdate(t.date(), pick(["iso", "us", "hl7"])), "date")
    L.t(" del_tm=%s mode=%s apgar=%d/%d wt_g=%d" % (t.strftime("%H:%M"), pick(["SVD", "VAVD", "C/S-primary", "C/S-repeat", "VBAC"]),
                                                    R.randint(3, 9), R.randint(6, 10), R.randint(1400, 4700)))
    if chance(0.6):
        L.t(" " + pick(["nb_mrn=", "infant_mrn=", "baby_mrn="])).p(mrn(), "mrn")
    if chance(0.5):
        L.t(' nb_name="').p(nm("FL", last=fam), "name").t('"')
    L.t(' attending="%s" rn=%s' % (clin("md"), staff()))
    return L


def ld_admit():
    L = Line(F_LD)
    t = now()
    ld_hdr(L, t, "BOARD.ADT", 'unit="L&D" room="%s"' % pick(["TRIAGE-2", "LDR-03", "LDR-11", "OR-2", "ANTE-4"]))
    md = mom_dob()
    L.t("event=A01 patient=\"").p(nm(pick(["LF", "LFU", "FL"]), fem=True), "name").t("\" age=%d " % (t.year - md.year - (1 if (t.month, t.day) < (md.month, md.day) else 0)))
    L.t(pick(["dob=", "DOB=", "birth_dt="])).p(fdate(md, pick(["iso", "us"])), "date")
    L.t(" " + pick(["mrn=", "MRN=", "hosp_no="])).p(mrn(), "mrn")
    L.t(" ga=%s gbs=%s blood=%s" % (ga(), pick(["NEG", "POS", "UNK"]), pick(["O+", "A+", "B-", "AB+", "O-"])))
    if chance(0.5):
        L.t(" edd=").p(fdate((t + dt.timedelta(days=R.randint(-10, 40))).date(), "iso"), "date")
    if chance(0.75):
        L.t(' support="').p(nm("FL"), "name").t('" ' + pick(["support_ph=", "sp_cell=", "contact_tel="])).p(phone(), "phone")
    if chance(0.4):
        L.t(" " + pick(["cov=", "mcd_id=", "ins_member="])).p(medicaid(), "health_plan")
    L.t(" by=%s" % staff())
    return L


def ld_neg():
    L = Line(F_LD)
    t = now()
    k = R.randrange(4)
    if k == 0:
        ld_hdr(L, t, "BOARD.SYNC", 'unit="L&D"')
        L.t("rooms=%d occupied=%d triage_q=%d census_ver=%d upstream=adt-feed.stbrigid.local:%d latency_ms=%d build=%s-b%d trace=%s" % (
            R.randint(10, 16), R.randint(2, 12), R.randint(0, 5), R.randint(1000, 99999), pick([2575, 6661, 7001]),
            R.randint(5, 900), ver(), R.randint(1000, 9999), hexs(32)))
    elif k == 1:
        ld_hdr(L, t, "BOARD.ASSIGN", 'unit="L&D" room="LDR-%02d"' % R.randint(1, 14))
        L.t('attending="%s" npi=%s charge_rn="%s" shift=%s on_call_ext=x%d age_limit_policy="<18 needs SW consult" by=%s' % (
            clin("md"), npi(), clin("rn"), pick(["N 19:00-07:00", "D 07:00-19:00"]), R.randint(4000, 4999), staff()))
    elif k == 2:
        ld_hdr(L, t, "BOARD.DIR", 'unit="L&D"')
        L.t('directory refreshed charge_desk="%s x%d" triage=%s nicu_transport=%s anesthesia_pager=%d main="%s" addr="%s, %s, %s %s" entries=%d' % (
            HOSPITAL[0][5], R.randint(4000, 4999), "(614) 722-%04d" % R.randint(1000, 1999), "614-722-%04d" % R.randint(2000, 2999),
            R.randint(1000, 9999), HOSPITAL[0][5], HOSPITAL[0][1], HOSPITAL[0][2], HOSPITAL[0][3], HOSPITAL[0][4], R.randint(20, 90)))
    else:
        ld_hdr(L, t, "BOARD.EVS", 'unit="L&D" room="LDR-%02d"' % R.randint(1, 14))
        L.t("status=CLEAN->READY evs_user=%s turnover=%s ticket=EVS-%d bed_tracking_ver=%s host=%s:%d" % (
            staff(), dur(), R.randint(100000, 999999), ver(), pick(INT_HOSTS[:2]), pick([8443, 9443, 443])))
    return L


# ---------------------------------------------------------------- fetal monitor HL7
def hl7_prefix(L, t, direction):
    L.t("%s.%s [obtrace-hl7-%s] %s peer=%s len=%d msg=" % (
        t.strftime("%Y-%m-%d %H:%M:%S"), ms(), "out" if direction == "SEND" else "in", direction,
        pick(["epic-if01:6661", "cloverleaf-prd:7001", "10.30.2.14:2575"]), R.randint(380, 900)))


def fm_oru():
    L = Line(F_FM)
    t = now()
    first, last = pick(FEM), pick(LAST)
    c = city()
    hl7_prefix(L, t, "SEND")
    L.t("MSH|^~\\&|OBTRACE|STB_LD|EPIC|STB|%s||ORU^R01^ORU_R01|OBT%06d|P|2.5.1\\r" % (t.strftime("%Y%m%d%H%M%S"), R.randint(0, 999999)))
    L.t("PID|1||").p(mrn_digits(), "mrn").t("^^^STB^MR||").p("%s^%s" % (last.upper(), first.upper()), "name").t("||")
    L.t("").p(fdate(mom_dob(), "hl7"), "date").t("|F|||")
    L.p(street(unit=False).upper(), "address").t("^^").p(c[0].upper(), "address").t("^%s^" % c[2]).p(c[3], "zip").t("^USA||")
    L.p(phone(pick(["parentight", "dash"])), "phone").t("|||||")
    L.p("%010d" % R.randint(10 ** 9, 10 ** 10 - 1), "account")
    if chance(0.5):
        L.t("|").p(ssn("dash"), "ssn")
    L.t("\\rPV1|1|I|LD^LDR%02d^01||||%s^%s^%s^^^DR\\r" % (R.randint(1, 14), npi(), pick(LAST).upper(), pick(FIRST).upper()))
    L.t("OBX|1|NM|8867-4^Heart rate^LN^FHR1||%d|/min|110-160|N|||F\\r" % R.randint(105, 170))
    L.t("OBX|2|NM|UA^Uterine activity^L||%d|mm[Hg]|||||F" % R.randint(10, 80))
    return L


def fm_neg():
    L = Line(F_FM)
    t = now()
    if chance(0.5):
        hl7_prefix(L, t, "RECV")
        L.t("MSH|^~\\&|EPIC|STB|OBTRACE|STB_LD|%s||ACK^R01|ACK%06d|P|2.5.1\\rMSA|AA|OBT%06d|Message accepted ack_ms=%d conn=%s:2575" % (
            t.strftime("%Y%m%d%H%M%S"), R.randint(0, 999999), R.randint(0, 999999), R.randint(20, 900), priv_ip()))
    else:
        L.t("%s.%s [obtrace-archive] strip export ok bed=LDR%02d pages=%d fmt=PDF/A-2b size=%dKB sha1=%s store=//obarchive01/strips/p%04d model=\"%s\" fw=%s npi_attest=%s" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), ms(), R.randint(1, 14), R.randint(3, 90), R.randint(200, 9000), hexs(40),
            R.randint(0, 9999), pick(["Avalon FM30", "Corometrics 259cx", "Avalon FM50"]), ver(), npi()))
    return L


# ---------------------------------------------------------------- NICU JSON
def nicu_feed():
    L = Line(F_NICU)
    t = now()
    fam = pick(LAST)
    bdob = infant_dob(t, 60)
    gaw, gad = R.randint(23, 36), R.randint(0, 6)
    cga = gaw * 7 + gad + (t.date() - bdob).days
    o = {"ts": ts_iso(t), "svc": "nicu-feed", "event": "feed.administered", "bed": "NICU-%s%02d" % (pick("ABC"), R.randint(1, 30)),
         "patient": {pick(["mrn", "MRN", "medRecNo"]): P(mrn(), "mrn"),
                     pick(["name", "babyName", "display"]): P(nm(pick(["FL", "LF"]), last=fam), "name"),
                     pick(["dob", "birthDate", "DOB"]): P(fdate(bdob, "iso"), "date"),
                     "ga_birth": "%dw%dd" % (gaw, gad), "corrected_ga": "%dw%dd" % (cga // 7, cga % 7)},
         "feed": {"type": pick(["DBM", "MBM", "Formula", "MBM+HMF"]), "donor_pool": "P-24-%03d" % R.randint(1, 400),
                  "vol_ml": R.randint(2, 60), "route": pick(["NG", "OG", "PO", "GT"]), "kcal_oz": pick([20, 22, 24, 26])},
         "pump": {"model": pick(["Medfusion 4000", "Kangaroo ePump", "Alaris 8100"]),
                  pick(["sn", "serial", "serialNo"]): P(dev_serial(pick(["MF4K", "KEP", "AL81"])), "device")},
         "verified_by": [staff(), staff()], "trace_id": hexs(32)}
    if chance(0.45):
        mf = pick(FEM)
        o["mother"] = {"name": P(nm("FL", first=mf, last=fam), "name"), "cell": P(phone(), "phone")}
        if chance(0.5):
            o["mother"]["family_update_page"] = P(personal_url(mf, fam), "url")
    J(L, o, sp=chance(0.3))
    return L


def nicu_alarm():
    L = Line(F_NICU)
    t = now()
    dtype, dpre = pick([("Giraffe OmniBed Carestation", "GIR"), ("Isolette 8000 plus", "ISO8"), ("Masimo Radical-7", "RAD7"), ("Panda iRes Warmer", "PIW")])
    o = {"@timestamp": ts_iso(t), "level": "WARN", "logger": "nicu.gw.alarm", "gw": pick(INT_HOSTS[2:3]),
         "device": {"type": dtype, "serial": P(dev_serial(dpre), "device"), "fw": ver()},
         "pt_mrn": P(mrn(), "mrn"), "alarm": pick(["SpO2 LOW 84%", "HR LOW 78", "SKIN TEMP HIGH 37.9C", "APNEA 22s", "FiO2 DEV"]),
         "ack_by": staff(), "ack_ms": R.randint(800, 90000)}
    if chance(0.6):
        room = R.randint(1, 30)
        o["familyCam"] = {"room": "B%02d" % room, "snapshot": P(pick([
            "https://famcam.stbrigid.org/snapshots/b%02d/%d_face.jpg" % (room, R.randint(1714500000, 1717200000)),
            "/srv/angeleye/snaps/nicu/%s.jpg" % uuid4()]), "photo")}
    else:
        o[pick(["babyName", "infant"])] = P(nm("LF"), "name")
    J(L, o)
    return L


def nicu_dme():
    L = Line(F_NICU)
    t = now()
    c = city()
    fam = pick(LAST)
    cg_first = pick(FIRST)
    o = {"ts": ts_iso(t), "event": "dme.assign.home", "item": pick(["SmartMonitor 2 apnea monitor", "Owlet Dream Sock", "Masimo Rad-97 home oximeter"]),
         "udi": P(udi(), "device"), "pt": {"mrn": P(mrn(), "mrn"), "dob": P(fdate(infant_dob(t, 90), "us"), "date")},
         "caregiver": {"name": P(nm("FL", first=cg_first, last=fam), "name"), "cell": P(phone(), "phone")},
         "home": {"line1": P(street(), "address"), "city": P(c[0], "address"), "state": c[2], "zip": P(zip_(c[3]), "zip")}}
    if chance(0.5):
        o["hub"] = {"wifi_mac": P(mac(), "device"), "fw": ver()}
    if chance(0.35):
        o["caregiver"]["family_page"] = P(personal_url(cg_first, fam), "url")
    o["order"] = order_no()
    o["rt_ms"] = R.randint(20, 800)
    J(L, o)
    return L


def nicu_neg():
    L = Line(F_NICU)
    t = now()
    k = R.randrange(3)
    if k == 0:
        o = {"ts": ts_iso(t), "event": "device.heartbeat", "gw": pick(INT_HOSTS[2:3]), "ip": priv_ip(), "port": pick([5000, 8080, 1883]),
             "model": pick(PRODUCTS), "fw": ver(), "uptime_s": R.randint(100, 9999999), "trace_id": hexs(32), "span_id": hexs(16)}
    elif k == 1:
        o = {"ts": ts_iso(t), "event": "tpn.order.verified", "order": order_no(), "pharm": staff(), "dextrose_pct": pick([10, 12.5, 15]),
             "aa_g_kg": pick([3, 3.5, 4]), "beyond_use": ts_iso(t + dt.timedelta(hours=30), frac=False), "compounder": "ExactaMix 2400 v%s" % ver(),
             "req_id": uuid4()}
    else:
        o = {"ts": ts_iso(t), "event": "milk_room.fridge", "unit": "FRIDGE-%d" % R.randint(1, 6), "temp_c": round(R.uniform(2.1, 4.6), 1),
             "door_open_s": R.randint(0, 300), "bottles": R.randint(20, 180), "scanner": "Zebra DS8178 fw %s" % ver(), "notify": "nicu-milkroom@stbrigid.org",
             "vendor": "%s, %s, %s, %s %s" % VENDORS[1], "support": "1-800-%03d-%04d" % (R.randint(200, 999), R.randint(0, 9999))}
    J(L, o, sp=chance(0.3))
    return L


# ---------------------------------------------------------------- newborn screening
def nbs_result():
    L = Line(F_NBS)
    t = now()
    fam = pick(LAST)
    L.t("NBSLAB|v3|%s|RESULT|ORD=%s|" % (t.strftime("%Y%m%d%H%M%S"), order_no()))
    L.t(pick(["INFANT=", "BABY=", "CHILD_NM="])).p(nm(pick(["LFU", "LFc"]), last=fam), "name").t("|DOB=")
    L.p(fdate(infant_dob(t, 6), pick(["hl7", "us"])), "date")
    L.t("|TOB=%02d%02d|SEX=%s|BW_G=%d|GA_WK=%d|" % (R.randint(0, 23), R.randint(0, 59), pick("MF"), R.randint(900, 4600), R.randint(24, 42)))
    L.t(pick(["MOTHER=", "MOM_NM="])).p(nm("LFU", last=fam, fem=True), "name").t("|MDOB=").p(fdate(mom_dob(), "hl7"), "date")
    L.t("|MRN=").p(mrn(), "mrn")
    res = pick(["TSH=38.2 mIU/L (H)", "PHE=4.1 mg/dL (H)", "C8=0.62 umol/L (H)", "HbFAS (trait)", "IRT=92 ng/mL (H)", "SCID_TREC=NORMAL"])
    L.t("|%s|PKU=NORMAL|GAL=NORMAL|DISPO=%s|PCP=%s|PCP_FAX=%s" % (res, pick(["RECOLLECT", "REFER", "NOTIFY_PCP"]), clin(), HOSPITAL[2][6]))
    return L


def nbs_followup():
    L = Line(F_NBS)
    t = now()
    c = city()
    fam = pick(LAST)
    L.t("NBSFU|%s|case_open|cond=%s|" % (ts_iso(t, frac=False, z=""), pick(["CH", "PKU", "MCAD", "SCD", "CF", "CCHD"])))
    L.t("infant=").p(nm("FL", last=fam), "name").t("|")
    L.t(pick(["mom_cell=", "parent_tel=", "contact_ph="])).p(phone(), "phone").t("|addr=").p(street(), "address")
    L.t("|city=").p(c[0], "address").t("|county=").p(c[1], "address").t("|st=%s|zip=" % c[2]).p(zip_(c[3]), "zip")
    if chance(0.5):
        L.t("|medicaid=").p(medicaid(), "health_plan")
    L.t("|attempts=%d|note=" % R.randint(1, 4))
    if chance(0.4):
        L.t("spoke w/ grandma ").p(nm("FL", fem=True), "name").t(" at ").p(phone("space"), "phone").t(", she will bring baby Tues")
    else:
        L.t(pick(["unable to reach; certified letter mailed", "VM left x2", "PCP notified by fax", "family agreed to recollect"]))
    L.t("|worker=%s" % staff())
    return L


def nbs_neg():
    L = Line(F_NBS)
    t = now()
    if chance(0.5):
        L.t("NBSLAB|v3|%s|QC|RUN=GSP-R%05d|ANALYTE=%s|LOT=%s-%d%s|EXP=%s|CV=%.1f%%|STATUS=PASS|INSTR=GSP-0%d|OPER=%s|CLIA=36D%07d" % (
            t.strftime("%Y%m%d%H%M%S"), R.randint(0, 99999), pick(["TSH", "IRT", "17OHP", "GALT", "BTD"]), pick(["TSH", "IRT", "QC"]),
            R.randint(2401, 2412), pick("ABC"), fdate(rdate(2025, 2026), "iso"), R.uniform(1.5, 9.0), R.randint(1, 4), staff(), R.randint(0, 9999999)))
    else:
        L.t("NBSLAB|v3|%s|COURIER|MANIFEST=MF-%06d|CARDS=%d|UNSAT=%d|FACILITY=FAC-%04d|TRANSIT_H=%d|TEMP_OK=Y|TRACK=1Z%s%s|SHIP_TO=%s, %s, %s %s" % (
            t.strftime("%Y%m%d%H%M%S"), R.randint(0, 999999), R.randint(20, 300), R.randint(0, 6), R.randint(1, 9999), R.randint(6, 70),
            "".join(pick("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(6)), digits(10), VENDORS[2][1], VENDORS[2][2], VENDORS[2][3], VENDORS[2][4]))
    return L


# ---------------------------------------------------------------- hearing screening XML
def hs_screen():
    L = Line(F_HS)
    t = now()
    first, last = pick(FIRST), pick(LAST)
    L.t('<HearingScreen ts="%s" site="WBN" ver="%s"><Infant mrn="' % (ts_iso(t, frac=False), ver())).p(mrn(), "mrn").t('" dob="')
    L.p(fdate(infant_dob(t, 3), pick(["us", "iso"])), "date").t('"><Name><Given>').p(first, "name").t("</Given><Family>").p(last, "name")
    L.t("</Family></Name></Infant>")
    for ear in ("L", "R"):
        L.t('<Result ear="%s" method="%s">%s</Result>' % (ear, pick(["AABR", "OAE"]), pick(["PASS", "PASS", "REFER"])))
    L.t('<Screener user="%s" device="%s"/>' % (staff(), pick(["ALGO 5", "AccuScreen", "MAICO MB 11"])))
    L.t("<Followup><Parent>").p(nm("FL", last=last), "name").t("</Parent><Phone>").p(phone(), "phone").t("</Phone>")
    if chance(0.4):
        L.t("<Email>").p(email(), "email").t("</Email>")
    L.t("<Lang>%s</Lang></Followup></HearingScreen>" % pick(["en", "es", "so", "ar", "vi", "ne"]))
    return L


def hs_audiology_fr():
    L = Line(F_HS)
    t = now()
    first, last = pick(FR_BABY), pick(FR_LAST)
    L.t('<SuiviAudiologie horodatage="%s" centre="CHU-Ste-Justine-audio"><Patient dossier="' % ts_iso(t, frac=False, z="-04:00"))
    L.p(mrn(), "mrn").t('"><Nom>').p("%s, %s" % (last, first), "name").t("</Nom><DateNaissance>")
    cdob = child_dob()
    L.p(fdate(cdob, "dmy"), "date").t("</DateNaissance><NAM>").p(ramq(last, first, cdob).replace(" ", ""), "health_plan")
    L.t('</NAM></Patient><Implant cote="%s" modele="%s" noSerie="' % (pick(["D", "G"]), pick(["Nucleus CI612", "HiRes Ultra 3D", "Synchrony 2"])))
    L.p(dev_serial(pick(["CI6", "HRU", "SY2"])), "device").t('"/><Processeur modele="Kanso 2" noSerie="').p(dev_serial("K2"), "device")
    L.t('"/><Audiologiste>%s %s, audiologiste</Audiologiste></SuiviAudiologie>' % (pick(FR_FIRST + FR_BABY), pick(FR_LAST)))
    return L


def hs_neg():
    L = Line(F_HS)
    t = now()
    if chance(0.5):
        L.t('<SyncStatus host="%s" port="%d" records="%d" durationMs="%d" version="%s.%d" lastRun="%s" result="OK" correlationId="%s"/>' % (
            pick(INT_HOSTS[3:4]), pick([9443, 8443, 5671]), R.randint(0, 90), R.randint(100, 20000), ver(), R.randint(10, 999),
            ts_iso(t, frac=False), uuid4()))
    else:
        L.t('<CalibrationCheck ts="%s" device="%s" probe="P%d" result="PASS" nextDue="%s" tech="%s" vendor="%s" vendorAddr="%s, %s, %s %s" vendorPhone="1-888-%03d-%04d"/>' % (
            ts_iso(t, frac=False), pick(["ALGO 5", "AccuScreen"]), R.randint(1, 4), fdate(rdate(2024, 2025), "iso"), staff(),
            VENDORS[0][0], VENDORS[0][1], VENDORS[0][2], VENDORS[0][3], VENDORS[0][4], R.randint(200, 999), R.randint(0, 9999)))
    return L


# ---------------------------------------------------------------- birth certificate worksheet
def bc_json():
    L = Line(F_BC)
    t = now()
    fam = pick(LAST)
    c = city()
    mdob = mom_dob()
    o = {"form": "BCW-2024", "ws_id": uuid4(), "saved": ts_iso(t), "facility": HOSPITAL[0][0],
         "child": {"first": P(pick(FIRST), "name"), "middle": P(pick(FIRST), "name"), "last": P(fam, "name"),
                   "dob": P(fdate(infant_dob(t, 3), "iso"), "date"), "tob": "%02d:%02d" % (R.randint(0, 23), R.randint(0, 59)),
                   "sex": pick("MF"), "plurality": pick([1, 1, 1, 2]), "birthweight_g": R.randint(600, 4800)},
         "mother": {"name": P(nm("FL", last=fam, fem=True), "name"), "surname_prior_first_marriage": P(pick(LAST), "name"),
                    "dob": P(fdate(mdob, "iso"), "date"), "age": t.year - mdob.year, "birthplace": pick(["Ohio", "Mexico", "Somalia", "Guatemala", "Texas", "Vietnam"]),
                    "ssn": P(ssn(), "ssn"),
                    "residence": {"street": P(street(), "address"), "city": P(c[0], "address"), "county": P(c[1], "address"),
                                  "state": STATE_NAMES[c[2]], "zip": P(zip_(c[3]), "zip"), "inside_city_limits": pick(["Y", "N"])}},
         "prenatal_visits": R.randint(0, 16), "wic_in_pregnancy": pick(["Y", "N"])}
    if chance(0.6):
        o["father"] = {"name": P(nm("FL"), "name"), "dob": P(fdate(rdate(1975, 2005), "iso"), "date"), "ssn": P(ssn(), "ssn")}
    else:
        o["father"] = {"aop_signed": "N", "name": "", "note": "paternity not established"}
    if chance(0.5):
        o["newborn_footprint_tmpl"] = P(foot_template(), "biometric")
    o["certifier"] = clin()
    J(L, o)
    return L


def bc_audit():
    L = Line(F_BC)
    t = now()
    L.t("%s ebrs-client[%d]: WS_SAVE ws=%s user=%s " % (t.strftime("%b %d %H:%M:%S").replace(" 0", "  "), R.randint(1000, 9999), R.randint(100000, 999999), staff()))
    KV(L, [("MOTHER_NAME_PRIOR_MARRIAGE", P(pick(LAST).upper(), "name")),
           ("MOTHER_SSN_REFUSED", "N"), ("MSSN", P(ssn("plain"), "ssn")),
           ("CHILD_LNAME", P(pick(LAST).upper(), "name")), ("CHILD_FNAME", P(pick(FIRST).upper(), "name")),
           ("IDOB", P(fdate(infant_dob(t, 4), "hl7"), "date")),
           ("SFN", P(sfn(t.year), "other_id")), ("AOP", pick(["Y", "N"])), ("BIRTH_YEAR", t.year),
           ("MAGE", R.randint(15, 47)), ("MRACE", pick(["BLACK", "WHITE", "ASIAN", "AIAN", "OTHER"])), ("EDUC", pick(["HS", "BA", "SOMECOLL", "8TH"]))])
    if chance(0.5):
        L.t(" INFORMANT_TEL=").p(phone("dash"), "phone")
    return L


def bc_neg():
    L = Line(F_BC)
    t = now()
    if chance(0.5):
        J(L, {"form": "BCW-2024", "event": "queue.status", "pending": R.randint(0, 20), "submitted_today": R.randint(0, 60),
              "facility_id": "FAC-%04d" % R.randint(1, 9999), "state": pick(["Ohio", "New Hampshire", "Texas"]), "year": t.year,
              "app": "ebrs-client/%s" % ver(), "host": INT_HOSTS[4], "dur_ms": R.randint(10, 3000), "trace": hexs(32)})
    else:
        L.t("%s ebrs-client[%d]: CERT_PRINT batch=%s copies=%d paper_lot=SP-%d%s printer=vr-prn-%02d clerk=%s fee_code=BC-CERT-%d registrar_addr=\"%s, %s, %s %s\" registrar_tel=%s" % (
            t.strftime("%b %d %H:%M:%S").replace(" 0", "  "), R.randint(1000, 9999), hexs(8), R.randint(1, 40), R.randint(10000, 99999), pick("ABC"),
            R.randint(1, 9), staff(), R.randint(10, 99), HOSPITAL[0][1], HOSPITAL[0][2], HOSPITAL[0][3], HOSPITAL[0][4], HOSPITAL[0][5]))
    return L


# ---------------------------------------------------------------- WIC (log4j, Spanish keys)
def wic_hdr(L, t, level, thread, logger):
    L.t("%s,%s %-5s [%s] %s - " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(), level, thread, logger))


def wic_cert():
    L = Line(F_WIC)
    t = now()
    fam = pick(LAST)
    c = city()
    wic_hdr(L, t, "INFO", "http-nio-8080-exec-%d" % R.randint(1, 40), "o.s.wic.cert.CertificationService")
    L.t("Participante certificado ")
    cat = pick(["I", "C", "P", "B", "N"])
    pdob = {"I": infant_dob(t, 300), "C": rdate(2019, 2023)}.get(cat) or mom_dob()
    items = [("nombre", P(nm(pick(["FL", "FML"]), last=fam, fem=cat in "PBN"), "name")),
             ("fecha_nac", P(fdate(pdob, "dmy"), "date")),
             ("categoria", cat),
             (pick(["id_wic", "idParticipante", "wic_id"]), P(wic_id(), "other_id")),
             (("madre", P(nm("FL", last=fam, fem=True), "name")) if cat in "IC" else ("embarazo_sem", R.randint(8, 38)) if cat == "P" else ("bebe_edad_m", R.randint(0, 11))),
             (pick(["tel_casa", "telefono", "celular"]), P(phone(), "phone")),
             ("direccion", P(street(), "address")), ("ciudad", P(c[0], "address")), ("cp", P(c[3], "zip")),
             ("riesgo", pick(["131", "201", "211", "502", "603"])), ("cpa", staff())]
    if chance(0.5):
        items.insert(7, ("medicaid_id", P(medicaid(), "health_plan")))
    KV(L, items)
    return L


def wic_ebt():
    L = Line(F_WIC)
    t = now()
    wic_hdr(L, t, "INFO", "ebt-issue-%d" % R.randint(1, 8), "o.s.wic.ebt.BenefitIssuer")
    L.t("eWIC card linked card=").p(card("ewic"), "account").t(" household=HH-%06d hh_head=\"" % R.randint(0, 999999))
    L.p(nm("LF"), "name").t("\" benefits=%d upc_categories=%d clinic=WIC-%s-%02d processor=\"%s\"" % (
        R.randint(3, 30), R.randint(4, 19), pick(["FRK", "LUC", "MTG", "SUM"]), R.randint(1, 30), VENDORS[5][0]))
    if chance(0.5):
        L.t(" correo=").p(email(), "email")
    return L


def wic_pump():
    L = Line(F_WIC)
    t = now()
    first, last = pick(FEM), pick(LAST)
    wic_hdr(L, t, "INFO", "http-nio-8080-exec-%d" % R.randint(1, 40), "o.s.wic.bf.PumpLoanService")
    L.t("Pump issued model=\"%s\" serial=" % pick(["Symphony PLUS", "Spectra S1 Hospital", "Ameda Platinum"]))
    L.p(dev_serial(pick(["SYM", "SPS1", "AMP"])), "device").t(" participant=\"").p("%s %s" % (first, last), "name")
    L.t("\" " + pick(["email=", "correo_e=", "mail="])).p(email(first, last), "email")
    L.t(" loan_days=%d ibclc=\"%s\" deposit=0.00" % (pick([30, 60, 90]), clin()))
    return L


def wic_prescreen():
    L = Line(F_WIC)
    t = now()
    first, last = pick(FIRST), pick(LAST)
    wic_hdr(L, t, "WARN", "http-nio-8443-exec-%d" % R.randint(1, 40), "o.s.wic.portal.PreScreenController")
    L.t("Solicitud duplicada detectada ip=").p(pub_ip(), "ip").t(" solicitante=\"").p("%s %s" % (first, last), "name").t("\" ")
    L.t(pick(["correo=", "email="])).p(email(first, last), "email").t(" fecha_nacimiento=").p(fdate(mom_dob(), "dmy"), "date")
    L.t(" session=%s ua_hash=%s" % (uuid4(), hexs(16)))
    return L


def wic_neg():
    L = Line(F_WIC)
    t = now()
    k = R.randrange(3)
    if k == 0:
        wic_hdr(L, t, "INFO", "scheduler-1", "o.s.wic.apl.AplLoader")
        L.t("APL file loaded version=%d.%02d.%d upc_count=%d sha256=%s vendor=\"%s, %s, %s, %s %s\" took=%dms" % (
            t.year, t.month, R.randint(1, 5), R.randint(9000, 16000), sha256(), *VENDORS[5], R.randint(200, 9000)))
    elif k == 1:
        wic_hdr(L, t, "INFO", "formulary-sync", "o.s.wic.food.FormularySync")
        L.t("Producto agregado: %s UPC %s cat=%d subcat=%03d max_por_mes=%d lote_proveedor=%s" % (
            pick(FORMULA), "0" + digits(11), R.randint(11, 52), R.randint(0, 999), R.randint(4, 10), digits(7)))
    elif chance(0.5):
        st = pick([("Kroger #%d" % R.randint(100, 999), "1450 W Broad St", "Columbus", "OH", "43222"),
                   ("Save A Lot #%d" % R.randint(100, 999), "3220 Salem Ave", "Dayton", "OH", "45406"),
                   ("La Michoacana Market", "812 S Zarzamora St", "San Antonio", "TX", "78207")])
        wic_hdr(L, t, "INFO", "vendor-mgmt", "o.s.wic.vendor.VendorAuthService")
        L.t("Tienda autorizada vendor_id=V%06d nombre=\"%s\" direccion=\"%s\" ciudad=%s estado=%s cp=%s tel_tienda=%s vence=%s peer_group=%d" % (
            R.randint(0, 999999), st[0], st[1], st[2], st[3], st[4], "%s-%03d-%04d" % (pick(AREA), R.randint(201, 989), R.randint(0, 9999)),
            fdate(rdate(2025, 2027), "iso"), R.randint(1, 8)))
    else:
        wic_hdr(L, t, "ERROR", "clinic-scheduler", "o.s.wic.sched.ClinicScheduler")
        L.t("slot overbooked clinic=WIC-%s-%02d fecha=%s capacidad=%d reservados=%d cpa_on_duty=%s clinic_tel=%s clinic_addr=\"%s\"" % (
            pick(["FRK", "LUC", "MTG"]), R.randint(1, 30), fdate((t + dt.timedelta(days=R.randint(1, 20))).date(), "iso"),
            R.randint(10, 30), R.randint(11, 35), staff(), HOSPITAL[1][5], HOSPITAL[1][1]))
    return L


# ---------------------------------------------------------------- pediatric practice management (logfmt)
def pm_prefix(L, t, level, module, msg):
    L.t('ts=%s level=%s app=kidcare-pm module=%s req_id=%s msg="%s" ' % (ts_iso(t), level, module, hexs(12), msg))


def pm_guarantor():
    L = Line(F_PM)
    t = now()
    pm_prefix(L, t, "info", "registration", "guarantor updated")
    age = R.randint(90, 97) if chance(0.35) else None
    items = [("row_id", R.randint(1000, 999999)), (pick(["chart_no", "chartNum", "pt_chart"]), P(mrn(), "mrn")),
             ("guarantor", P(nm(pick(["LF", "FL"])), "name")), (pick(["gtr_ssn", "guarSSN", "resp_party_ssn"]), P(ssn(), "ssn"))]
    if age:
        t2 = old_dob_for_age(t, age)
        items += [("gtr_dob", P(fdate(t2, "us"), "date")), ("gtr_age", P(age, "age")), ("gtr_rel", "great-grandparent")]
    else:
        items += [("gtr_dob", P(fdate(mom_dob(), "us"), "date")), ("gtr_rel", pick(["mother", "father", "grandmother", "legal guardian"]))]
    items += [(pick(["gtr_phone", "guarPhone"]), P(phone(), "phone"))]
    if chance(0.75):
        items += [(pick(["gtr_fax", "guarFax", "home_fax"]), P(phone(pick(["dash", "paren"])), "fax"))]
    items += [(pick(["acct_no", "guarantor_acct", "billing_acct"]), P(account(), "account")), ("user", staff())]
    KV(L, items)
    return L


def pm_card():
    L = Line(F_PM)
    t = now()
    pm_prefix(L, t, "info", "payments", "card on file charged")
    KV(L, [("acct", P(account(), "account")), ("cardholder", P(nm("FLU"), "name")), (pick(["pan", "card_number", "cc"]), P(card(), "account")),
           ("exp", "%02d/%02d" % (R.randint(1, 12), R.randint(25, 30))), ("amount", "%.2f" % (R.randint(1000, 40000) / 100)),
           ("auth", "%s%d" % (pick(["OK", "AP"]), R.randint(100000, 999999))), ("gateway", "bluewater-v2"), ("dur", dur())])
    return L


def pm_elig():
    L = Line(F_PM)
    t = now()
    fam = pick(LAST)
    pm_prefix(L, t, "info", "eligibility", "270/271 eligibility ok")
    KV(L, [("patient", P(nm("FL", last=fam), "name")), ("pt_dob", P(fdate(child_dob(), "iso"), "date")),
           (pick(["member_id", "memberId", "subscriber_id", "ins_id"]), P(medicaid(), "health_plan")),
           ("subscriber", P(nm("LF", last=fam), "name")), ("payer", pick(["CareSource", "Molina", "Buckeye Health Plan", "Anthem BCBS", "UnitedHealthcare Community"])),
           ("plan", pick(["Medicaid MCO", "CHIP", "Commercial PPO"])), ("copay", pick(["0.00", "25.00", "40.00"])),
           ("trace", "TRN*1*%s*1%s" % (digits(10), digits(9))), ("dur", dur())])
    return L


def pm_erx():
    L = Line(F_PM)
    t = now()
    dr_last = pick(LAST)
    pm_prefix(L, t, "info", "erx", "NewRx sent")
    KV(L, [("patient", P(nm("LF"), "name")), ("dob", P(fdate(child_dob(), "us"), "date")), ("chart_no", P(mrn(), "mrn")),
           ("prescriber", "Dr. %s %s" % (pick(FIRST), dr_last)), ("npi", npi()), (pick(["dea", "DEA", "dea_no"]), P(dea(dr_last), "license")),
           ("drug", pick(["amoxicillin 400mg/5mL", "methylphenidate ER 18mg", "albuterol HFA 90mcg", "cetirizine 1mg/mL", "guanfacine ER 1mg"])),
           ("qty", R.randint(1, 150)), ("pharmacy", "%s #%d" % (pick(["CVS", "Walgreens", "Kroger Pharmacy", "Rite Aid"]), R.randint(100, 9999))),
           ("ncpdp", digits(7)), ("msg_id", uuid4())])
    return L


def pm_neg():
    L = Line(F_PM)
    t = now()
    k = R.randrange(4)
    if k == 0:
        pm_prefix(L, t, "info", "claims", "claim batch submitted")
        KV(L, [("batch", "837P-%s-%04d" % (t.strftime("%Y%m%d"), R.randint(1, 9999))), ("claims", R.randint(5, 400)),
               ("clearinghouse", pick(["availity", "change_hc", "waystar"])), ("tin", ein()), ("billing_npi", npi()),
               ("dur", dur()), ("user", staff())])
    elif k == 1:
        pm_prefix(L, t, "info", "statements", "statement run complete")
        KV(L, [("statements", R.randint(100, 2000)), ("skipped", R.randint(0, 40)), ("printer", "lob-api"), ("remit_to", "%s, %s, %s %s" % HOSPITAL[2][1:5]),
               ("billing_office_tel", HOSPITAL[2][5]), ("dur", dur()), ("job", uuid4())])
    elif k == 2:
        pm_prefix(L, t, "info", "referrals", "referral packet faxed")
        KV(L, [("to", "%s Pediatric %s" % (pick(["Nationwide", "Riverside", "Akron"]), pick(["Hematology", "Cardiology", "GI", "Audiology"]))),
               ("to_fax", "%s-%03d-%04d" % (pick(AREA), R.randint(201, 989), R.randint(0, 9999))), ("referring", clin("md")),
               ("pages", R.randint(2, 30)), ("fax_job", "FX%08d" % R.randint(0, 99999999)), ("status", "sent"), ("dur", dur())])
    else:
        pm_prefix(L, t, "info", "auth", "user login ok")
        KV(L, [("user", staff()), ("src", priv_ip()), ("role", pick(["front_desk", "biller", "provider", "nurse"])),
               ("mfa", pick(["totp", "push", "sms"])), ("session", uuid4()), ("client", "kidcare-web/%s" % ver())])
    return L


# ---------------------------------------------------------------- well-child reminders (SMS/email gateway)
def rem_prefix(L, t):
    L.t("%s [reminder-svc] " % ts_iso(t, z="+00:00"))


def rem_sms_en():
    L = Line(F_REM)
    t = now()
    appt = (t + dt.timedelta(days=R.randint(2, 30))).date()
    rem_prefix(L, t)
    L.t("SEND sid=SM%s to=" % hexs(32)).p(phone(pick(["e164", "plus", "paren"])), "phone")
    L.t(" tmpl=WCC_%s lang=en body=\"Hi " % pick(["2MO", "4MO", "6MO", "12MO", "15MO", "3YR", "4YR"]))
    L.p(pick(FIRST), "name").t(", ").p(pick(FIRST), "name")
    L.t(" is due for a well-child visit on ").p(fdate(appt, pick(["us", "long", "us_short"])), "date")
    L.t(" at %d:%02d %s with %s at Northgate Pediatrics. Questions? Call %s. Reply C to confirm, R to reschedule.\" status=queued segs=2" % (
        R.randint(8, 11), pick([0, 15, 20, 30, 40, 45]), pick(["AM", "PM"]), pick(["Dr. " + pick(LAST), clin()]), HOSPITAL[2][5]))
    return L


def rem_sms_es():
    L = Line(F_REM)
    t = now()
    appt = (t + dt.timedelta(days=R.randint(2, 30))).date()
    rem_prefix(L, t)
    L.t("SEND sid=SM%s to=" % hexs(32)).p(phone("e164"), "phone")
    L.t(" tmpl=VAC_RECALL lang=es body=\"Hola ").p(pick(FIRST), "name").t(", a ").p(pick(FIRST), "name")
    L.t(" le faltan vacunas (%s). Tiene cita el " % pick(["DTaP, IPV", "MMR #2", "HepA #2", "Tdap, MenACWY"])).p(fdate(appt, "dmy"), "date")
    L.t(" a las %d:%02d. Para cambiarla llame al %s.\" status=queued" % (R.randint(8, 16), pick([0, 20, 40]), HOSPITAL[2][5]))
    return L


def rem_email():
    L = Line(F_REM)
    t = now()
    first, last = pick(FIRST), pick(LAST)
    rem_prefix(L, t)
    L.t("EMAIL msgid=<%s@mailer.northgateped.com> to=<" % uuid4()).p(email(), "email")
    L.t("> subject=\"Reminder: school physical for ").p("%s %s" % (first, last), "name").t("\" opened=true open_ip=")
    L.p(pub_ip(), "ip").t(" ua=\"%s)\" campaign=SPORTS_PE_2024 esp=sendgrid" % pick(UA).split(")")[0])
    return L


def rem_inbound():
    L = Line(F_REM)
    t = now()
    rem_prefix(L, t)
    newd = (t + dt.timedelta(days=R.randint(3, 20))).date()
    L.t("RECV sid=SM%s from=" % hexs(32)).p(phone("e164"), "phone").t(" to=72345 body=\"")
    k = R.randrange(3)
    if k == 0:
        L.t("cant make it, can we do ").p("%d/%d" % (newd.month, newd.day), "date").t("? - ").p(pick(FIRST), "name")
    elif k == 1:
        L.t("This is ").p(pick(FIRST), "name").t("'s mom, new number. Old one was ").p(phone("dash"), "phone")
    else:
        L.t("R. ").p(pick(FIRST), "name").t(" has a fever, reschedule pls. email me at ").p(email(), "email")
    L.t("\" matched_tmpl=WCC_%s intent=%s conf=%.2f" % (pick(["12MO", "4YR"]), pick(["reschedule", "update_contact", "cancel"]), R.random()))
    return L


def rem_neg():
    L = Line(F_REM)
    t = now()
    rem_prefix(L, t)
    k = R.randrange(3)
    if k == 0:
        L.t("DLR sid=SM%s status=%s carrier=%s err=%d latency_ms=%d from=72345 practice_line=%s" % (
            hexs(32), pick(["delivered", "undelivered", "sent"]), pick(["T-Mobile", "Verizon", "AT&T", "US Cellular"]),
            pick([0, 0, 30003, 30005]), R.randint(100, 9000), HOSPITAL[2][5]))
    elif k == 1:
        L.t("campaign WCC_%s scheduled recipients=%d throttle=30/s window=09:00-19:00 tz=America/New_York from=72345 tmpl_ver=%s created_by=%s" % (
            pick(["12MO", "4YR", "FLU24"]), R.randint(40, 3000), ver(), staff()))
    else:
        L.t("bounce summary date=%s hard=%d soft=%d suppressed=%d esp=sendgrid ip_pool=%s reply_to=appointments@northgateped.com" % (
            fdate(t.date(), "iso"), R.randint(0, 50), R.randint(0, 90), R.randint(0, 400), pick(["transactional-1", "167.89.%d.%d" % (R.randint(0, 255), R.randint(1, 254))])))
    return L


# ---------------------------------------------------------------- school-based health center
def nginx_ts(t):
    return t.strftime("[%d/%b/%Y:%H:%M:%S -0400]")


def sbhc_query():
    L = Line(F_SBHC)
    t = now()
    L.p(pub_ip(), "ip").t(" - - %s \"GET /sbhc/portal/api/students?lastName=" % nginx_ts(t))
    L.p(ascii_(pick(LAST)), "name").t("&firstName=").p(ascii_(pick(FIRST)), "name").t("&dob=").p(fdate(child_dob(), "iso"), "date")
    L.t("&school=HS-%03d HTTP/1.1\" 200 %d \"https://sbhc.district14.k12.oh.us/portal/\" \"%s\" rt=%.3f" % (
        R.randint(100, 400), R.randint(200, 9000), pick(UA), R.random()))
    return L


def sbhc_photo():
    L = Line(F_SBHC)
    t = now()
    first, last = ascii_(pick(FIRST)).lower(), ascii_(pick(LAST)).lower()
    L.t("%s - nurse_%s %s \"GET " % (priv_ip(), pick(["jmoss", "akhan", "tbell"]), nginx_ts(t)))
    L.p("/sbhc/media/student-photos/%d/%s_%s_%d.%s" % (R.randint(2010, 2019), last, first, R.randint(1000, 9999), pick(["jpg", "png"])), "photo")
    L.t(" HTTP/1.1\" 200 %d \"-\" \"%s\" rt=%.3f upstream=%s:8080" % (R.randint(20000, 90000), pick(UA), R.random(), priv_ip()))
    return L


def sbhc_consent():
    L = Line(F_SBHC)
    t = now()
    L.p(pub_ip(), "ip").t(" - - %s \"POST /sbhc/consent/submit?guardian_email=" % nginx_ts(t)).p(email(), "email")
    L.t("&student_id=").p(student_id(), "other_id").t("&ver=%s HTTP/2.0\" 302 0 \"-\" \"%s\" rt=%.3f" % (ver(), pick(UA), R.random()))
    return L


def sbhc_neg():
    L = Line(F_SBHC)
    t = now()
    k = R.randrange(3)
    if k == 0:
        L.t("%s - svc_sbhc_sync %s \"POST /sbhc/api/v2/sync?district=14&school=HS-%03d&page=%d HTTP/1.1\" 200 %d \"-\" \"sbhc-sync/%s (+build %d)\" rt=%.3f" % (
            priv_ip(), nginx_ts(t), R.randint(100, 400), R.randint(1, 40), R.randint(200, 90000), ver(), R.randint(1000, 9999), R.random()))
    elif k == 1:
        L.t("%s - - %s \"GET /static/js/app.%s.js HTTP/2.0\" 200 %d \"https://sbhc.district14.k12.oh.us/portal/\" \"%s\" rt=0.%03d" % (
            priv_ip(), nginx_ts(t), hexs(8), R.randint(20000, 900000), pick(UA), R.randint(1, 999)))
    else:
        L.t("127.0.0.1 - - %s \"GET /healthz?probe=%s HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.001 pod=sbhc-web-%s-%s" % (
            nginx_ts(t), pick(["liveness", "readiness"]), hexs(10), hexs(5)))
    return L


def sbhc_ehr():
    L = Line(F_SBHC2)
    t = now()
    L.t("%s sbhc-ehr INFO visit.closed " % ts_iso(t, frac=False, z=""))
    age = R.randint(5, 18)
    KV(L, [("site", "SBHC-%s" % pick(["LINCOLN-MS", "EASTHS", "GARFIELD-ES"])), ("sis_student_id", P(student_id(), "other_id")),
           ("student", P(nm(pick(["LF", "FL"])), "name")), ("age", age), ("grade", min(12, max(0, age - 5))),
           ("visit_reason", pick(["asthma f/u", "sports PE", "vision screen", "URI", "behavioral health"])),
           ("guardian_phone", P(phone(), "phone")), ("provider", clin()), ("visit_no", "V%07d" % R.randint(0, 9999999))])
    return L


def sbhc_ehr_neg():
    L = Line(F_SBHC2)
    t = now()
    L.t("%s sbhc-ehr INFO daily.census " % ts_iso(t, frac=False, z=""))
    KV(L, [("site", "SBHC-%s" % pick(["LINCOLN-MS", "EASTHS", "GARFIELD-ES"])), ("visits", R.randint(3, 60)), ("walkins", R.randint(0, 20)),
           ("age_min", R.randint(5, 11)), ("age_max", R.randint(12, 19)), ("provider_on_site", clin()),
           ("school_main_line", HOSPITAL[2][5]), ("report", "census_%s.csv" % t.strftime("%Y%m%d")), ("host", INT_HOSTS[10])])
    return L


# ---------------------------------------------------------------- immunization recall
def iis_recall():
    L = Line(F_IIS)
    t = now()
    fam = pick(LAST)
    c = city()
    L.t("%s iis-recall[%d] %s " % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(100, 9999), pick(["LETTER_QUEUED", "SMS_QUEUED", "RECALL_MATCH"])))
    items = [("job", "RR-%dQ%d" % (t.year, (t.month - 1) // 3 + 1)), (pick(["client_id", "iis_id", "clientId"]), P(iis_id(), "other_id")),
             ("child", P(nm("FL", last=fam), "name")), ("dob", P(fdate(child_dob(), pick(["iso", "us"])), "date")),
             ("due", pick(["MMR#2,DTaP#5", "HepA#2", "PCV13#4", "Tdap,MenACWY#1", "HPV#1"])),
             ("parent", P(nm("FL", last=fam), "name"))]
    if chance(0.5):
        items.append(("parent_email", P(email(), "email")))
    items += [("addr", P(street(), "address")), ("city", P(c[0], "address")), ("county", P(c[1], "address")), ("zip", P(zip_(c[3]), "zip"))]
    if chance(0.4):
        items.append(("vfc_elig", "V02"))
        items.append(("mcaid", P(medicaid(), "health_plan")))
    KV(L, items)
    return L


def iis_vxu():
    L = Line(F_IIS)
    t = now()
    first, last = pick(FIRST), pick(LAST)
    c = city()
    cvx, vname, mvx, ndc = pick(VACCINES)
    L.t("%s [hl7-listener:%d] VXU in: " % (t.strftime("%Y-%m-%d %H:%M:%S"), pick([2575, 6661])))
    L.t("MSH|^~\\&|KIDCAREPM|NGP|OHIIS|ODH|%s||VXU^V04^VXU_V04|%s|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS\\r" % (t.strftime("%Y%m%d%H%M%S"), hexs(10).upper()))
    L.t("PID|1||").p(iis_id(), "other_id").t("^^^OHIIS^SR~").p(mrn_digits(), "mrn").t("^^^NGP^MR||")
    L.p("%s^%s" % (last.upper(), first.upper()), "name").t("|").p(pick(LAST).upper(), "name").t("^^^^^^M|")
    L.p(fdate(child_dob(), "hl7"), "date").t("|%s|||" % pick("MF")).p(street(unit=False).upper(), "address").t("^^")
    L.p(c[0].upper(), "address").t("^%s^" % c[2]).p(c[3], "zip").t("^USA^L||")
    L.p(phone("parentight"), "phone").t("^PRN^PH")
    L.t("\\rRXA|0|1|%s||%s^%s^CVX|0.5|mL^mL^UCUM||00^New record^NIP001|%s^%s^%s^^^^^^NPI|||||%s%d|%s|%s^^MVX" % (
        t.strftime("%Y%m%d"), cvx, vname, npi(), pick(LAST).upper(), pick(FIRST).upper(), pick(["Y0", "U7", "3C"]), R.randint(10000, 99999),
        fdate(rdate(2025, 2026), "hl7"), mvx))
    return L


def iis_neg():
    L = Line(F_IIS)
    t = now()
    cvx, vname, mvx, ndc = pick(VACCINES)
    if chance(0.5):
        L.t("%s iis-recall[%d] LOT_SYNC cvx=%s vaccine=%s mvx=%s lot=%s%d exp=%s doses_on_hand=%d ndc=%s depot=VFC-%s-%02d funding=%s" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(100, 9999), cvx, vname, mvx, pick(["Y0", "U7", "3C", "AC52B"]), R.randint(100, 99999),
            fdate(rdate(2024, 2026), "iso"), R.randint(0, 300), ndc, pick(["OH", "NH"]), R.randint(1, 40), pick(["VFC", "317", "private"])))
    else:
        L.t("%s iis-recall[%d] JOB_DONE job=RR-%dQ%d cohort_yob=%d letters=%d sms=%d bounced=%d age_band=19-35mo dur=%s report=s3://odh-iis-reports/recall/%s.csv user=%s" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(100, 9999), t.year, (t.month - 1) // 3 + 1, R.randint(2019, 2023), R.randint(0, 5000), R.randint(0, 5000),
            R.randint(0, 90), dur(), uuid4(), staff()))
    return L


# ---------------------------------------------------------------- milk bank CSV
def milk_donor():
    L = Line(F_MILK)
    t = now()
    first, last = pick(FEM), pick(LAST)
    L.t("%s,DONOR_SCREEN," % ts_iso(t, frac=False)).p(donor_id(), "other_id").t(",\"").p("%s %s" % (first, last), "name").t("\",")
    L.p(fdate(mom_dob(), "iso"), "date").t(",").p(phone("dash"), "phone").t(",").p(email(first, last), "email")
    L.t(",HIV=NEG;HBV=NEG;HCV=NEG;HTLV=NEG;SYPH=NEG,%s,screener=%s,baby_age_mo=%d" % (pick(["approved", "deferred", "approved"]), staff(), R.randint(1, 11)))
    return L


def milk_dispense():
    L = Line(F_MILK)
    t = now()
    L.t("%s,DISPENSE,bottle=BM-%s-%04d,pool=P-24-%03d,recipient_mrn=" % (ts_iso(t, frac=False), t.strftime("%y%m%d"), R.randint(1, 9999), R.randint(1, 400)))
    L.p(mrn(), "mrn").t(",recipient=\"").p(nm("LF"), "name").t("\",nicu_bed=%s%02d,vol_ml=%d,kcal_oz=%d,rx_by=\"%s\"" % (
        pick("ABC"), R.randint(1, 30), pick([50, 100, 120]), pick([20, 24]), clin()))
    if chance(0.5):
        L.t(",donor=").p(donor_id(), "other_id")
    return L


def milk_neg():
    L = Line(F_MILK)
    t = now()
    k = R.randrange(3)
    if k == 0:
        L.t("%s,PASTEUR,batch=HB-%s-%d,bottles=%d,holder_temp_c=62.5,duration=00:30:00,operator=%s,pasteurizer=Sterifeed S90,asset=AST-%05d,culture=NO GROWTH" % (
            ts_iso(t, frac=False), t.strftime("%y%m%d"), R.randint(1, 5), R.randint(20, 80), staff(), R.randint(0, 99999)))
    elif k == 1:
        L.t("%s,FREEZER,unit=FRZ-%02d,temp_c=%.1f,alarm=%s,probe=%s,ack=%s,ext=x%d" % (
            ts_iso(t, frac=False), R.randint(1, 12), R.uniform(-25, -17), pick(["NONE", "NONE", "HIGH"]), hexs(6).upper(), staff(), R.randint(4000, 4999)))
    else:
        L.t("%s,SHIPMENT,po=%s,cases=%d,carrier=TriCounty Courier,track=1Z%s,ship_to=\"%s, %s, %s, %s %s\",contact_tel=%s" % (
            ts_iso(t, frac=False), order_no(), R.randint(1, 12), digits(16), HOSPITAL[0][0], HOSPITAL[0][1], HOSPITAL[0][2], HOSPITAL[0][3], HOSPITAL[0][4], HOSPITAL[0][5]))
    return L


# ---------------------------------------------------------------- infant security (tags)
def sec_hdr(L, t, sev):
    L.t("%s %s CradleGuard[%d]: %s " % (t.strftime("%b %d %H:%M:%S").replace(" 0", "  "), pick(["cg-srv01", "cg-srv02"]), R.randint(1000, 9999), sev))


def sec_alarm():
    L = Line(F_SEC)
    t = now()
    fam = pick(LAST)
    sec_hdr(L, t, pick(["ALARM", "ALARM", "ALERT"]))
    L.t("type=%s zone=%s tag=" % (pick(["CUT_BAND", "EXIT_DOOR", "LOOSE_BAND", "TAG_OFFLINE", "MISMATCH"]), pick(["PP-EXIT-2", "LD-STAIR-B", "NICU-ELEV-1", "MB-4W"])))
    L.p(tag_id(), "device").t(" infant=\"").p(nm(pick(["LF", "LFU"]), last=fam), "name").t("\" mother=\"")
    L.p(nm(pick(["LF", "FL"]), last=fam, fem=True), "name").t("\"")
    if chance(0.5):
        L.t(" mother_tag=").p(tag_id(), "device")
    if chance(0.6):
        L.t(" photo=").p("/var/lib/cradleguard/photos/%s/INF-%05d_face.jpg" % (t.strftime("%Y/%m"), R.randint(0, 99999)), "photo")
    L.t(" door=D%02d lockdown=%s responder=%s" % (R.randint(1, 40), pick(["true", "false"]), staff()))
    return L


def sec_enroll():
    L = Line(F_SEC)
    t = now()
    fam = pick(LAST)
    sec_hdr(L, t, "INFO")
    L.t("ENROLL tag=").p(tag_id(), "device").t(" mrn=").p(mrn(), "mrn").t(" infant=\"").p(nm("FL", last=fam), "name")
    L.t("\" dob=").p(fdate(infant_dob(t, 1), pick(["us", "iso"])), "date")
    L.t(" " + pick(["mom_fp_tmpl=", "mother_fingerprint=", "fpTemplate="])).p(fp_template(), "biometric")
    if chance(0.6):
        L.t(" " + pick(["infant_photo_b64=", "photo_jpeg="])).p(jpeg_b64() if chance(0.7) else png_b64(), "photo")
    L.t(" fw=%s rcvr=RX-%s-%02d" % (ver(), pick(["PP", "LD", "NICU"]), R.randint(1, 20)))
    return L


def sec_discharge():
    L = Line(F_SEC)
    t = now()
    fam = pick(LAST)
    sec_hdr(L, t, "INFO")
    L.t("DISCHARGE tag_removed=").p(tag_id(), "device").t(" infant=\"").p(nm("LF", last=fam), "name")
    L.t("\" escort=%s carseat_check=PASS seat=\"%s\" " % (staff(), pick(["Chicco KeyFit 30", "Graco SnugRide 35", "Nuna PIPA"])))
    k = R.randrange(3)
    if k == 0:
        L.t("vehicle_plate=").p(plate(), "vehicle").t(" vin=").p(vin(), "vehicle")
    elif k == 1:
        L.t("VIN=").p(vin(), "vehicle")
    else:
        L.t("plate=").p(plate(), "vehicle").t(" plate_state=%s" % pick(list(STATE_NAMES.values())))
    L.t(" driver=\"").p(nm("FL", last=fam), "name").t("\"")
    return L


def sec_neg():
    L = Line(F_SEC)
    t = now()
    k = R.randrange(3)
    if k == 0:
        sec_hdr(L, t, "INFO")
        L.t("receiver RX-%s-%02d heartbeat ok rssi=-%ddBm batt=%d%% fw=%s ip=%s:%d zone=%s" % (
            pick(["PP", "LD", "NICU"]), R.randint(1, 20), R.randint(40, 90), R.randint(5, 100), ver(), priv_ip(), pick([4001, 5010]),
            pick(["PP-EXIT-2", "LD-STAIR-B", "NICU-ELEV-1"])))
    elif k == 1:
        sec_hdr(L, t, "INFO")
        L.t("tag pool status station=CHG-%d charging=%d ready=%d expired=%d lot=TGL-%d%s exp=%s vendor=\"%s, %s, %s, %s %s\"" % (
            R.randint(1, 5), R.randint(0, 30), R.randint(0, 60), R.randint(0, 5), R.randint(2023, 2024), pick("ABC"),
            fdate(rdate(2025, 2027), "iso"), *VENDORS[4]))
    else:
        sec_hdr(L, t, "WARN")
        L.t("door controller D%02d held open %ss by badge=%d (%s) drill=%s code_pink_test=%s" % (
            R.randint(1, 40), R.randint(10, 90), R.randint(10000, 99999), staff(), pick(["true", "false"]), pick(["scheduled", "none"])))
    return L


# ---------------------------------------------------------------- CPS intake narratives
def cps_hdr(L, t, ev):
    L.t("%s cps-intake[%d]: %s queue=%s screener=%s msg_id=%s " % (
        ts_iso(t, frac=False, z="-04:00"), R.randint(1000, 9999), ev, pick(["east-screening", "metro-screening", "after-hours"]), staff(), uuid4()))


def cps_a():
    L = Line(F_CPS)
    t = now()
    fam = pick(LAST)
    c = city()
    age = R.randint(90, 98)
    cps_hdr(L, t, "INTAKE_CREATED")
    L.t("narrative=\"Reporter (%s) states child " % pick(["school nurse", "ED RN", "daycare director", "pediatrician"]))
    L.p(nm("FL", last=fam), "name").t(" (DOB ").p(fdate(child_dob(), pick(["us", "us_short"])), "date")
    L.t(") %s. Lives with mother " % pick(["arrived with bruising to upper arm", "has missed 14 days of school", "was found unsupervised at 2am"]))
    L.p(nm("FL", last=fam, fem=True), "name").t(" and great-grandmother ").p(nm("FL", fem=True), "name").t(", ").p(age, "age")
    L.t(pick([", at ", " yrs old, at "])).p(street(), "address").t(", ").p(c[0], "address").t(" ").p(c[3], "zip")
    L.t(". Mother's cell ").p(phone(), "phone").t(".\" priority=%s" % pick(["P1", "P2", "P3"]))
    return L


def cps_b():
    L = Line(F_CPS)
    t = now()
    first, last = pick(FEM), pick(LAST)
    cps_hdr(L, t, "INTAKE_CREATED")
    L.t("narrative=\"Caller is paternal aunt ").p(nm("FL", fem=True), "name").t(" (").p(phone(), "phone").t("). Reports ")
    L.p(pick(FIRST), "name").t(" (age %d) left alone in %s, plate " % (R.randint(1, 7), pick(["a silver Honda Odyssey", "a blue pickup", "mom's car"])))
    L.p(plate(), "vehicle").t(", outside Dollar General. Mother ").p("%s %s" % (first, last), "name")
    L.t(" posts about it at ").p(personal_url(first, last), "url").t(".\" priority=P%d" % R.randint(1, 3))
    return L


def cps_c():
    L = Line(F_CPS)
    t = now()
    fam = pick(LAST)
    c = city()
    age = R.randint(90, 97)
    cps_hdr(L, t, "CONTACT_NOTE")
    L.t("note=\"Home visit completed with ").p(nm("FL", last=fam), "name").t(" at ").p(street(), "address").t(" ")
    L.p(c[0], "address").t(". Infant ").p(pick(FIRST), "name").t(" appeared well-fed; weight %d g. Great-grandma (" % R.randint(2500, 9000))
    L.p(age, "age").t(") assists with care; her Medicare MBI ").p(mbi(), "health_plan")
    L.t(" noted for kinship eval. Next visit ").p(fdate((t + dt.timedelta(days=R.randint(3, 30))).date(), pick(["us", "long"])), "date")
    if chance(0.4):
        mf = pick(FEM)
        L.t(". Mother's fundraiser ").p(personal_url(mf, fam), "url").t(" lists home as safe")
    L.t(".\" worker=%s supervisor=%s" % (staff(), staff()))
    return L


def cps_neg():
    L = Line(F_CPS)
    t = now()
    k = R.randrange(3)
    if k == 0:
        cps_hdr(L, t, "HOTLINE_STATS")
        L.t("calls_in_queue=%d avg_wait=%s screeners_online=%d sla=%.1f%% report=hotline_daily_%s.csv hotline=1-855-642-4453" % (
            R.randint(0, 20), dur(), R.randint(1, 15), R.uniform(80, 100), t.strftime("%Y-%m-%d")))
    elif k == 1:
        cps_hdr(L, t, "SCREEN_DECISION")
        L.t("note=\"Supervisor %s reviewed intake batch; %d screened in, %d screened out; policy CPS-POL-7.2 rev 14 applied; ages ranged 0-17.\" dur=%s" % (
            clin(), R.randint(0, 20), R.randint(0, 20), dur()))
    elif chance(0.5):
        ag = pick([("Franklin County Children Services", "855 W Mound St", "Columbus", "43223"),
                   ("Lucas County Children Services", "705 Adams St", "Toledo", "43604"),
                   ("Montgomery County Job & Family Services", "1111 S Edwin C Moses Blvd", "Dayton", "45422")])
        cps_hdr(L, t, "ROUTE_TRANSFER")
        L.t("transferred_to=\"%s\" agency_addr=\"%s, %s, OH %s\" agency_fax=%s batch=%d reason=jurisdiction sla=%s" % (
            ag[0], ag[1], ag[2], ag[3], "(%s) %03d-%04d" % (pick(["614", "419", "937"]), R.randint(201, 989), R.randint(0, 9999)), R.randint(1, 40), dur()))
    else:
        cps_hdr(L, t, "TRAINING")
        L.t("note=\"Mandated reporter training delivered at %s, %s, %s, by %s; attendees=%d; cert_expires=%s\"" % (
            HOSPITAL[1][0], HOSPITAL[1][1], HOSPITAL[1][2], clin(), R.randint(5, 80), fdate(rdate(2025, 2026), "iso")))
    return L


# ---------------------------------------------------------------- adoption / foster records requests (mail gateway)
def rec_hdr(L, t, typ):
    L.t("%s records-req[%d]: NEW req=RR-%d-%05d type=%s " % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(100, 999), t.year % 100, R.randint(0, 99999), typ))


def rec_obc():
    L = Line(F_REC)
    t = now()
    first, last = pick(FIRST), pick(LAST)
    c = city()
    rec_hdr(L, t, "ADOPTION_OBC")
    L.t("from=<").p(email(first, last), "email").t("> requester=\"").p("%s %s" % (first, last), "name")
    L.t("\" adoptee_birth_name=\"").p(nm("FL"), "name").t("\" adoptee_dob=").p(fdate(rdate(1960, 1999), "us"), "date")
    L.t(" birth_county=").p(c[1], "address").t(" id_type=DL id_no=").p(dl(), "license").t(" id_state=%s " % c[2])
    L.t(pick(["fax_back=", "reply_fax=", "fax="])).p(phone(pick(["dash", "paren"])), "fax")
    L.t(" mail_to=\"").p(street(), "address").t(", ").p(c[0], "address").t(", %s " % c[2]).p(zip_(c[3]), "zip").t("\"")
    if chance(0.5):
        L.t(" search_page=").p(personal_url(first, last), "url")
    return L


def rec_foster():
    L = Line(F_REC)
    t = now()
    first, last = pick(FIRST), pick(LAST)
    rec_hdr(L, t, "FOSTER_CASEFILE")
    L.t("requester=\"").p("%s, %s" % (last, first), "name").t("\" former_youth_id=").p(ccwis_id(), "other_id")
    k = R.randrange(3)
    if k == 0:
        L.t(" id_doc=passport passport_no=").p(passport(), "other_id")
    elif k == 1:
        dob = rdate(1995, 2005)
        L.t(" id_doc=CURP curp=").p(curp(first, last, dob), "other_id")
    else:
        L.t(" id_doc=USCIS a_number=").p(a_number(), "other_id")
    L.t(" dob=").p(fdate(rdate(1994, 2006), pick(["iso", "us"])), "date")
    L.t(" phone=").p(phone(), "phone").t(" ssn_last4=%04d verified_by=%s" % (R.randint(0, 9999), staff()))
    return L


def rec_consent():
    L = Line(F_REC)
    t = now()
    age = R.randint(90, 99)
    bm_dob = old_dob_for_age(t, age)
    rec_hdr(L, t, "MUTUAL_CONSENT")
    L.t("birth_mother=\"").p(nm("FL", fem=True), "name").t("\" bm_age=").p(age, "age").t(" bm_dob=").p(fdate(bm_dob, pick(["us", "iso"])), "date")
    L.t(" bm_ssn=").p(ssn(), "ssn").t(" contact_email=").p(email(), "email")
    L.t(" adoptee_yob=%d registry=%s clerk=%s notarized=Y" % (R.randint(1950, 1975), pick(["OH-ACR", "NH-MCR"]), staff()))
    return L


def rec_neg():
    L = Line(F_REC)
    t = now()
    qid = "".join(pick("0123456789ABCDEF") for _ in range(10))
    k = R.randrange(3)
    if k == 0:
        L.t("%s mx-gw postfix/smtp[%d]: %s: to=<records@dcfs.state.example.gov>, relay=mx1.state.example.gov[%s]:25, delay=%.2f, delays=0.01/0/0.2/0.1, dsn=2.0.0, status=sent (250 2.0.0 Ok: queued as %s)" % (
            t.strftime("%b %d %H:%M:%S").replace(" 0", "  "), R.randint(1000, 60000), qid, priv_ip(), R.random(), hexs(10).upper()))
    elif k == 1:
        L.t("%s mx-gw opendkim[%d]: %s: DKIM-Signature field added (s=sel%d, d=dcfs.state.example.gov) size=%d spf=pass client=%s" % (
            t.strftime("%b %d %H:%M:%S").replace(" 0", "  "), R.randint(1000, 60000), qid, R.randint(1, 3), R.randint(2000, 900000), priv_ip()))
    else:
        L.t("%s records-req[%d]: SLA_REPORT open=%d overdue=%d median_days=%.1f statute=\"ORC 3107.38\" office_fax=%s office=\"%s, %s\"" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(100, 999), R.randint(0, 300), R.randint(0, 40), R.uniform(2, 60), HOSPITAL[0][6],
            HOSPITAL[0][1], HOSPITAL[0][2]))
    return L


# ---------------------------------------------------------------- foster care FHIR
def fhir_patient():
    L = Line(F_FHIR)
    t = now()
    first, last = pick(FIRST), pick(LAST)
    c = city()
    ident = [{"system": "https://ccwis.example.gov/person-id", "value": P(ccwis_id(), "other_id")},
             {"system": "https://medicaid.example.gov/member", "value": P(medicaid(), "health_plan")}]
    if chance(0.4):
        ident.append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(ssn("plain"), "ssn")})
    o = {"resourceType": "Patient", "id": uuid4(), "meta": {"versionId": str(R.randint(1, 30)), "lastUpdated": ts_iso(t)},
         "identifier": ident, "name": [{"use": "official", "family": P(last, "name"), "given": [P(first, "name")]}],
         "gender": pick(["male", "female"]), "birthDate": P(fdate(child_dob(), "iso"), "date"),
         "address": [{"use": "temp", "line": [P(street(), "address")], "city": P(c[0], "address"), "district": P(c[1], "address"),
                      "state": c[2], "postalCode": P(c[3], "zip")}]}
    if chance(0.6):
        o["photo"] = [{"contentType": "image/jpeg", "data": P(jpeg_b64(), "photo")}]
    else:
        o["photo"] = [{"contentType": "image/png", "url": P("https://fhir-api-2.ccwis.internal/Binary/%s" % uuid4(), "photo")}]
    L.t("%s fhir-audit POST /fhir/r4/Patient 201 body=" % ts_iso(t))
    J(L, o)
    return L


def fhir_related():
    L = Line(F_FHIR)
    t = now()
    first, last = pick(FEM), pick(LAST)
    age = R.randint(90, 96)
    o = {"resourceType": "RelatedPerson", "id": uuid4(), "patient": {"reference": "Patient/%s" % uuid4()},
         "relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v3-RoleCode", "code": "GGRMTH", "display": "great grandmother"}]}],
         "name": [{"text": P("%s %s" % (first, last), "name")}],
         "telecom": [{"system": "phone", "value": P(phone(), "phone"), "use": "home"},
                     {"system": "fax", "value": P(phone("dash"), "fax")},
                     {"system": "email", "value": P(email(first, last), "email")}],
         "birthDate": P(fdate(old_dob_for_age(t, age), "iso"), "date"),
         "text": {"status": "generated", "div": M(["<div>Kinship caregiver, age ", P(age, "age"), "; approved %s by %s</div>" % (pick(["provisionally", "fully"]), staff())])}}
    L.t("%s fhir-audit PUT /fhir/r4/RelatedPerson 200 body=" % ts_iso(t))
    J(L, o)
    return L


def fhir_transport():
    L = Line(F_FHIR)
    t = now()
    o = {"resourceType": "Basic", "id": uuid4(), "code": {"text": "foster-transport-approval"},
         "subject": {"reference": "Patient/%s" % uuid4(), "display": P(nm("FL"), "name")},
         "author": {"display": "%s (caseworker)" % staff()},
         "extension": [{"url": "https://ccwis.example.gov/fhir/ext/driver-name", "valueString": P(nm("FL"), "name")},
                       {"url": "https://ccwis.example.gov/fhir/ext/driver-license", "valueString": P(dl(), "license")},
                       {"url": "https://ccwis.example.gov/fhir/ext/vehicle-vin", "valueString": P(vin(), "vehicle")},
                       {"url": "https://ccwis.example.gov/fhir/ext/vehicle-plate", "valueString": P(plate(), "vehicle")},
                       {"url": "https://ccwis.example.gov/fhir/ext/seat-inspection-site", "valueString": "%s, %s" % (HOSPITAL[1][0], HOSPITAL[1][1])}]}
    if chance(0.5):
        o["extension"].append({"url": "https://ccwis.example.gov/fhir/ext/foster-home-license", "valueString": P(pick(["FH-%06d", "OH-FFH-%05d"]) % R.randint(0, 99999), "license")})
    L.t("%s fhir-audit POST /fhir/r4/Basic 201 body=" % ts_iso(t))
    J(L, o)
    return L


def fhir_neg():
    L = Line(F_FHIR)
    t = now()
    k = R.randrange(3)
    if k == 0:
        L.t("%s fhir-audit GET /fhir/r4/Patient?_lastUpdated=gt%s&_count=50 200 body=" % (ts_iso(t), fdate((t - dt.timedelta(days=1)).date(), "iso")))
        J(L, {"resourceType": "Bundle", "id": uuid4(), "type": "searchset", "total": R.randint(0, 400),
              "link": [{"relation": "next", "url": "https://fhir-api-2.ccwis.internal/fhir/r4/Patient?_page_token=%s" % hexs(24)}],
              "meta": {"lastUpdated": ts_iso(t)}})
    elif k == 1:
        L.t("%s fhir-audit POST /fhir/r4/$validate 200 body=" % ts_iso(t))
        J(L, {"resourceType": "OperationOutcome", "issue": [{"severity": "information", "code": "informational",
                                                             "diagnostics": "Validated %d resources in %d ms against profile us-core-patient|%s" % (R.randint(1, 90), R.randint(10, 3000), ver())}]})
    else:
        L.t("%s fhir-audit GET /fhir/r4/metadata 200 body=" % ts_iso(t))
        J(L, {"resourceType": "CapabilityStatement", "status": "active", "date": fdate(rdate(2023, 2024), "iso"), "publisher": "Ohio CCWIS Program",
              "software": {"name": "HAPI FHIR Server", "version": "7.%d.%d" % (R.randint(0, 4), R.randint(0, 9))},
              "implementation": {"url": "https://fhir-api-2.ccwis.internal/fhir/r4"}, "fhirVersion": "4.0.1"})
    return L


# ---------------------------------------------------------------- patient portal CEF
def cef_hdr(L, sig, name, sev):
    L.t("CEF:0|Lumen|PedsPortal|%s|%s|%s|%d|" % (ver(), sig, name, sev))


def cef_login():
    L = Line(F_CEF)
    t = now()
    first, last = pick(FIRST), pick(LAST)
    cef_hdr(L, "AUTH_OK", "Proxy login", 3)
    L.t("rt=%s src=" % t.strftime("%b %d %Y %H:%M:%S")).p(pub_ip(), "ip").t(" suser=").p(email(first, last), "email")
    L.t(" cs1Label=proxyFor cs1=").p("%s %s" % (pick(FIRST), last), "name").t(" cs2Label=childDob cs2=").p(fdate(child_dob(), "us"), "date")
    L.t(" cs3Label=sessionId cs3=%s dhost=%s dpt=443 requestClientApplication=%s" % (uuid4(), INT_HOSTS[13], pick(UA).split(" (")[0]))
    return L


def cef_api():
    L = Line(F_CEF)
    t = now()
    cef_hdr(L, "API_READ", "Immunization record viewed", 2)
    L.t("rt=%s src=" % t.strftime("%b %d %Y %H:%M:%S")).p(pub_ip(), "ip")
    L.t(" suser=").p(email(), "email").t(" request=https://portal.stbrigid.org/api/v2/children/").p(mrn_digits(), "mrn")
    L.t("/immunizations?format=pdf requestMethod=GET outcome=200 cn1Label=bytes cn1=%d" % R.randint(2000, 90000))
    if chance(0.7):
        L.t(" cs4Label=profileUrl cs4=").p("https://portal.stbrigid.org/u/%s" % ascii_(pick(FIRST) + pick(LAST)).lower(), "url")
    return L


def cef_neg():
    L = Line(F_CEF)
    t = now()
    k = R.randrange(2)
    if k == 0:
        cef_hdr(L, "AUTH_FAIL", "Service token expired", 5)
        L.t("rt=%s src=%s suser=%s reason=token_expired dhost=%s dpt=%d cs3Label=traceId cs3=%s" % (
            t.strftime("%b %d %Y %H:%M:%S"), priv_ip(), pick(["svc-portal-sync", "svc_fhir_sync", "admin.ops"]), INT_HOSTS[13], pick([443, 8443]), hexs(32)))
    else:
        cef_hdr(L, "CFG_CHANGE", "Password policy updated", 4)
        L.t("rt=%s src=%s suser=admin.ops msg=min_length 12->14, lockout 5/15m, applies to parents ages 18-89 and proxies cs5Label=ticket cs5=CHG%07d" % (
            t.strftime("%b %d %Y %H:%M:%S"), priv_ip(), R.randint(0, 9999999)))
    return L


# ---------------------------------------------------------------- IVR voice auth
def ivr_enroll():
    L = Line(F_IVR)
    t = now()
    J(L, {"ts": ts_iso(t), "svc": "wic-ivr", "event": "voiceprint.enroll", "call_id": uuid4(), pick(["ani", "caller", "from"]): P(phone("e164"), "phone"),
          "dnis": "+18006227526", pick(["caller_name", "participant", "nombre"]): P(nm("FL"), "name"), "wic_id": P(wic_id(), "other_id"),
          pick(["voice_template", "vp_b64", "voiceprint"]): P(voice_template(), "biometric"), "model": "vbio-%s" % ver(), "net_speech_s": round(R.uniform(8, 40), 1)})
    return L


def ivr_verify():
    L = Line(F_IVR)
    t = now()
    o = {"ts": ts_iso(t), "svc": pick(["nurse-line-ivr", "wic-ivr"]), "event": "voiceprint.verify", "call_id": uuid4(),
         "ani": P(phone("e164"), "phone"), "claimed_member": P(nm("LF"), "name"), "member_id": P(medicaid(), "health_plan"),
         "result": pick(["MATCH", "NO_MATCH", "MATCH"]), "score": round(R.uniform(0.4, 0.99), 2), "threshold": 0.8}
    if chance(0.5):
        o["probe_b64"] = P(voice_template(), "biometric")
    J(L, o, sp=True)
    return L


def ivr_neg():
    L = Line(F_IVR)
    t = now()
    J(L, {"ts": ts_iso(t), "svc": pick(["nurse-line-ivr", "wic-ivr"]), "event": "ivr.menu", "call_id": uuid4(), "dnis": "+18006227526",
          "node": pick(["MAIN>BALANCE", "MAIN>CLINIC_HOURS", "MAIN>ESPANOL>CITAS", "TRIAGE>FEVER_UNDER_3MO"]), "dtmf": str(R.randint(0, 9)),
          "dur_ms": R.randint(500, 90000), "trunk": "sip:trunk02.ivr.local:5060", "asr": "kaldi-%s" % ver(), "queue_depth": R.randint(0, 30)})
    return L


# ---------------------------------------------------------------- Quebec perinatal follow-up (French kv)
def fr_visit():
    L = Line(F_FR)
    t = now()
    mfirst, fam, bfirst = pick(FR_FIRST), pick(FR_LAST), pick(FR_BABY)
    mdob = rdate(1985, 2004)
    L.t("[suivi-perinatal] %s INFO visite_postnatale planifiée " % t.strftime("%Y-%m-%d %H:%M:%S"))
    KV(L, [("usagère", P("%s %s" % (mfirst, fam), "name")), ("NAM", P(ramq(fam, mfirst, mdob), "health_plan")),
           ("date_naiss", P(fdate(mdob, "dmy"), "date")), ("bébé", P("%s %s" % (bfirst, fam), "name")),
           ("naissance", P(fdate(infant_dob(t, 10), "dmy"), "date")),
           ("adresse", P("%d, rue %s, app. %d" % (R.randint(10, 9999), pick(["Saint-Denis", "Sherbrooke Est", "des Érables", "Laurier"]), R.randint(1, 30)), "address")),
           ("ville", P(pick(["Montréal", "Laval", "Longueuil", "Québec", "Gatineau"]), "address")), ("province", "QC"),
           ("code_postal", P("%s%d%s %d%s%d" % (pick("HGJ"), R.randint(1, 9), pick("ABCEGHJKLMNPRSTVXY"), R.randint(1, 9), pick("ABCEGHJKLMNPRSTVXY"), R.randint(1, 9)), "zip")),
           ("tél", P("%s-%03d-%04d" % (pick(["514", "438", "450", "418", "819"]), R.randint(201, 989), R.randint(0, 9999)), "phone")), ("infirmière", "%s %s, inf." % (pick(FR_FIRST), pick(FR_LAST))), ("clsc", "CLSC-%s" % pick(["Plateau", "Ahuntsic", "Verdun"]))])
    return L


def fr_neg():
    L = Line(F_FR)
    t = now()
    L.t("[suivi-perinatal] %s INFO " % t.strftime("%Y-%m-%d %H:%M:%S"))
    KV(L, [("synchro", "RSSS"), ("statut", "terminée"), ("lots", R.randint(1, 40)), ("durée", dur()), ("serveur", "%s:%d" % (INT_HOSTS[15], pick([8443, 443]))),
           ("version", ver()), ("âge_gest_moyen", "%d sem" % R.randint(37, 40)), ("info_santé", "811"), ("trace", hexs(32))])
    return L


# ======================================================================= driver
PHI_TEMPLATES = [ld_delivery, ld_admit, fm_oru, nicu_feed, nicu_alarm, nicu_dme, nbs_result, nbs_followup,
                 hs_screen, hs_audiology_fr, bc_json, bc_audit, wic_cert, wic_ebt, wic_pump, wic_prescreen,
                 pm_guarantor, pm_card, pm_elig, pm_erx, rem_sms_en, rem_sms_es, rem_email, rem_inbound,
                 sbhc_query, sbhc_photo, sbhc_consent, sbhc_ehr, iis_recall, iis_vxu, milk_donor, milk_dispense,
                 sec_alarm, sec_enroll, sec_discharge, cps_a, cps_b, cps_c, rec_obc, rec_foster, rec_consent,
                 fhir_patient, fhir_related, fhir_transport, cef_login, cef_api, ivr_enroll, ivr_verify, fr_visit]
NEG_TEMPLATES = [ld_neg, fm_neg, nicu_neg, nbs_neg, hs_neg, bc_neg, wic_neg, pm_neg, rem_neg, sbhc_neg,
                 sbhc_ehr_neg, iis_neg, milk_neg, sec_neg, cps_neg, rec_neg, fhir_neg, cef_neg, ivr_neg, fr_neg]


def build(seed):
    R.seed(seed)
    n_neg = int(round(N_LINES * NEG_FRACTION))
    n_pos = N_LINES - n_neg
    plan = [(PHI_TEMPLATES[i % len(PHI_TEMPLATES)], True) for i in range(n_pos)]
    plan += [(NEG_TEMPLATES[i % len(NEG_TEMPLATES)], False) for i in range(n_neg)]
    R.shuffle(plan)
    records = []
    for fn, is_phi in plan:
        L = fn()
        data, spans = L.render()
        records.append((L.family, is_phi, data, spans, fn.__name__))
    return records


def check(records):
    counts = collections.Counter()
    for i, (fam, is_phi, data, spans, tname) in enumerate(records, 1):
        where = "line %d (%s)" % (i, tname)
        assert b"\n" not in data and b"\r" not in data, where + ": embedded newline"
        data.decode("utf-8")
        if is_phi:
            assert spans, where + ": PHI template produced no spans"
        else:
            assert not spans, where + ": non-PHI line has spans"
        prev_end = -1
        for sp in spans:
            s, e, cat, v = sp["s"], sp["e"], sp["cat"], sp["v"]
            assert cat in CATS, where
            assert 0 <= s < e <= len(data), where
            assert data[s:e] == v.encode("utf-8"), "%s: span bytes %r != %r" % (where, data[s:e], v)
            assert v == v.strip() and v, "%s: value has surrounding spaces: %r" % (where, v)
            assert s >= prev_end, "%s: overlapping spans at %d" % (where, s)
            prev_end = e
            counts[cat] += 1
    for cat in CATS:
        assert counts[cat] >= 8, "category %s only %d spans" % (cat, counts[cat])
    n_neg = sum(1 for r in records if not r[1])
    assert len(records) == N_LINES
    assert 0.42 <= n_neg / len(records) <= 0.48, n_neg
    return counts


def main():
    records = build(SEED)
    again = build(SEED)
    assert [(r[0], r[2], r[3]) for r in records] == [(r[0], r[2], r[3]) for r in again], "not reproducible"
    counts = check(records)
    log_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ae.log")
    lab_path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ae.labels.jsonl")
    with open(log_path, "wb") as f:
        for r in records:
            f.write(r[2] + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for i, (fam, is_phi, data, spans, tname) in enumerate(records, 1):
            f.write(json.dumps({"line": i, "family": fam,
                                "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]},
                               ensure_ascii=False) + "\n")
    # re-read the written files and re-verify offsets against them
    with open(log_path, "rb") as f:
        lines = f.read().split(b"\n")
    assert lines[-1] == b"" and len(lines) == N_LINES + 1
    with open(lab_path, encoding="utf-8") as f:
        labs = [json.loads(x) for x in f]
    assert len(labs) == N_LINES
    for (fam, is_phi, data, spans, tname), lab, line in zip(records, labs, lines):
        assert line == data
        for sp, sp2 in zip(spans, lab["spans"]):
            assert line[sp2["s"]:sp2["e"]] == sp["v"].encode("utf-8")
    n_phi = sum(1 for r in records if r[3])
    print("lines: %d" % len(records))
    print("lines with PHI: %d" % n_phi)
    print("lines without PHI: %d" % (len(records) - n_phi))
    print("spans total: %d" % sum(counts.values()))
    print("spans per category:")
    for cat in CATS:
        print("  %-12s %d" % (cat, counts[cat]))
    fams = collections.Counter(r[0] for r in records)
    print("families: %d" % len(fams))
    for fam in sorted(fams):
        print("  %-28s %d" % (fam, fams[fam]))


if __name__ == "__main__":
    main()
