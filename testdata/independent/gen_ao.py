#!/usr/bin/env python3
"""Generator for held-out corpus 'ao': remote patient monitoring / IoMT logs.

Standard library only, fixed seed, byte-for-byte reproducible.
Writes ao.log (500 lines) and ao.labels.jsonl (one JSON object per line).
All people, numbers and identifiers are synthetic.
"""
import base64
import datetime as dt
import json
import os
import random
import sys
import unicodedata

SEED = 0xA0_2024_1205
R = random.Random(SEED)
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_CLEAN = 225  # 45% without PHI

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# ----------------------------------------------------------------------------
# line builder
# ----------------------------------------------------------------------------
class P:
    """A PHI value to be placed in a line. raw=True: emitted as a bare JSON token."""
    __slots__ = ("v", "cat", "raw")

    def __init__(self, v, cat, raw=False):
        assert cat in CATS, cat
        self.v = str(v)
        self.cat = cat
        self.raw = raw


class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []
        self.spans = []
        self.pos = 0

    def t(self, s):
        s = str(s)
        self.parts.append(s)
        self.pos += len(s.encode("utf-8"))
        return self

    def p(self, v, cat):
        v = str(v)
        start = self.pos
        self.t(v)
        self.spans.append((start, self.pos, cat, v))
        return self

    def f(self, *items):
        """Append a sequence of plain strings and P objects."""
        for it in items:
            if isinstance(it, P):
                self.p(it.v, it.cat)
            elif it is None:
                continue
            else:
                self.t(it)
        return self

    def text(self):
        return "".join(self.parts)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def J(b, obj, sep=(",", ":")):
    """Emit obj as JSON into line builder b, labelling P values (value only)."""
    if isinstance(obj, P):
        if obj.raw:
            b.p(obj.v, obj.cat)
        else:
            assert jesc(obj.v) == obj.v, obj.v
            b.t('"')
            b.p(obj.v, obj.cat)
            b.t('"')
    elif isinstance(obj, dict):
        b.t("{")
        first = True
        for k, v in obj.items():
            if not first:
                b.t(sep[0])
            first = False
            b.t(json.dumps(k, ensure_ascii=False) + sep[1])
            J(b, v, sep)
        b.t("}")
    elif isinstance(obj, (list, tuple)):
        b.t("[")
        for i, v in enumerate(obj):
            if i:
                b.t(sep[0])
            J(b, v, sep)
        b.t("]")
    else:
        b.t(json.dumps(obj, ensure_ascii=False))
    return b


SPACED = (", ", ": ")


def has_phi(obj):
    if isinstance(obj, P):
        return True
    if isinstance(obj, dict):
        return any(has_phi(v) for v in obj.values())
    if isinstance(obj, (list, tuple)):
        return any(has_phi(v) for v in obj)
    return False


def KV(b, items, sep=" ", eq="=", quote_all=False):
    """logfmt-style key=value emitter; items = list of (key, value) with value str/int/P."""
    for i, (k, v) in enumerate(items):
        if i:
            b.t(sep)
        b.t(k + eq)
        sv = v.v if isinstance(v, P) else str(v)
        q = quote_all or (" " in sv) or sv == ""
        if q:
            b.t('"')
        if isinstance(v, P):
            b.p(v.v, v.cat)
        else:
            b.t(sv)
        if q:
            b.t('"')
    return b


# ----------------------------------------------------------------------------
# small random helpers
# ----------------------------------------------------------------------------
def ch(seq):
    return R.choice(seq)


def ri(a, b):
    return R.randint(a, b)


def coin(p=0.5):
    return R.random() < p


DIG = "0123456789"
HEX = "0123456789abcdef"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
UPN = UP + DIG


def rs(n, alphabet=DIG):
    return "".join(R.choice(alphabet) for _ in range(n))


def hx(n, upper=False):
    s = rs(n, HEX)
    return s.upper() if upper else s


def uuid4():
    h = hx(32)
    h = h[:12] + "4" + h[13:16] + ch("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def b64(nbytes, prefix=b""):
    raw = prefix + bytes(R.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode("ascii")


def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("Ł", "L").replace("ß", "ss").replace("'", "")


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


# ----------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------
FIRST = ["Maria", "José", "Wei", "Aisha", "Olumide", "Priya", "Dmitri", "Hiroshi", "Fatima", "Liam",
         "Siobhan", "Mateo", "Yuki", "Kwame", "Ngozi", "Ahmed", "Elena", "Giulia", "Lars", "Ingrid",
         "Tomasz", "Agnieszka", "Thanh", "Carlos", "Rosa", "Hye-jin", "Min-jun", "Omar", "Leila", "Ravi",
         "Anjali", "Mei", "Sean", "Bridget", "Darnell", "Keisha", "Juan", "Guadalupe", "Ivan", "Olga",
         "Kofi", "Amara", "Zoë", "Søren", "Chloé", "François", "Dorothy", "Harold", "Beatrice", "Walter",
         "Gloria", "Eugene", "Mildred", "Raymond", "Esperanza", "Tariq", "Nadia", "Bogdan", "Ayşe", "Mehmet",
         "Sunita", "Arjun", "Lucía", "Ramón", "Hana", "Kenji", "Abena", "Chidi", "Marguerite", "Björn"]
LAST = ["Lopez", "García", "Nguyen", "Kim", "Patel", "Okafor", "Mensah", "Schmidt", "Müller", "Rossi",
        "Kowalski", "Ivanov", "Tanaka", "Sato", "Chen", "Wang", "O'Brien", "Johnson", "Williams", "Haddad",
        "Khan", "Cohen", "Novak", "Andersson", "Jensen", "Dubois", "Fernández", "Silva", "Santos", "Yilmaz",
        "Popescu", "Abubakar", "Mwangi", "Kariuki", "Begum", "Singh", "Rahman", "Hernandez", "Thompson",
        "Washington", "Brooks", "Castillo", "Moreau", "Lindqvist", "Nowak", "Petrov", "Yamamoto", "Park",
        "Osei", "Adeyemi", "Ferreira", "Romano", "Gallagher", "Murphy", "Delgado", "Zhou", "Huang", "Das"]
MIDI = list("ABCDEFGHJKLMNPRSTW")

CLIN_FIRST = ["Rebecca", "Anand", "Laura", "Michael", "Sofia", "Daniel", "Grace", "Samuel", "Irene", "Victor"]
CLIN_LAST = ["Whitfield", "Raman", "Okonkwo", "Bauer", "Lindgren", "Achebe", "Castellanos", "Hoffman", "Tran", "Mercer"]
CLIN_TITLE = ["Dr.", "RN", "NP", "Dr", "PA"]

STREETS = ["Oak", "Maple", "Cedar", "Pine", "Elm", "Washington", "Lincoln", "Jefferson", "Park", "Lakeview",
           "Highland", "Sunset", "Ridge", "Mill", "Church", "Hillcrest", "Willow", "Birch", "Magnolia",
           "Chestnut", "Walnut", "River", "Spring", "Franklin", "Jackson", "Madison", "Cherry", "Dogwood",
           "Prairie", "Orchard", "Juniper", "Alvarado", "Kimball", "Delmar", "Sycamore", "Laurel", "Bluebonnet"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Way", "Pl", "Terrace", "Street", "Avenue", "Drive",
          "Road", "Circle", "Trl", "Pkwy"]
UNITS = ["Apt 4", "Apt 12B", "Unit 3", "#210", "Apt 2F", "Unit 14", "Apt 301", "Fl 2", "Apt C", "#5"]
CITIES = [("Springfield", "Sangamon County", "IL", "627"), ("Dayton", "Montgomery County", "OH", "454"),
          ("Tucson", "Pima County", "AZ", "857"), ("Tacoma", "Pierce County", "WA", "984"),
          ("Fresno", "Fresno County", "CA", "937"), ("Lowell", "Middlesex County", "MA", "018"),
          ("Albany", "Albany County", "NY", "122"), ("Savannah", "Chatham County", "GA", "314"),
          ("El Paso", "El Paso County", "TX", "799"), ("Boise", "Ada County", "ID", "837"),
          ("Duluth", "St. Louis County", "MN", "558"), ("Knoxville", "Knox County", "TN", "379"),
          ("Toledo", "Lucas County", "OH", "436"), ("Reno", "Washoe County", "NV", "895"),
          ("Hialeah", "Miami-Dade County", "FL", "330"), ("Paterson", "Passaic County", "NJ", "075"),
          ("Cicero", "Cook County", "IL", "608"), ("Flint", "Genesee County", "MI", "485"),
          ("Santa Fe", "Santa Fe County", "NM", "875"), ("Allentown", "Lehigh County", "PA", "181")]
STATE_NAMES = {"IL": "Illinois", "OH": "Ohio", "AZ": "Arizona", "WA": "Washington", "CA": "California",
               "MA": "Massachusetts", "NY": "New York", "GA": "Georgia", "TX": "Texas", "ID": "Idaho",
               "MN": "Minnesota", "TN": "Tennessee", "NV": "Nevada", "FL": "Florida", "NJ": "New Jersey",
               "MI": "Michigan", "NM": "New Mexico", "PA": "Pennsylvania"}
AREA = ["217", "937", "520", "253", "559", "978", "518", "912", "915", "208", "218", "865", "419", "775",
        "305", "973", "708", "810", "505", "610", "312", "617", "404", "713"]
MAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "aol.com", "comcast.net",
            "proton.me", "att.net", "verizon.net"]
RELATION = ["daughter", "son", "wife", "husband", "niece", "grandson", "granddaughter", "brother", "sister",
            "neighbor", "caregiver"]

HOSP = "Northfield Health"
HOSP_ADDR = ("1200 N Lakeshore Dr", "Chicago", "IL", "60611")
HOSP_PHONE = "(312) 555-0100"
HOSP_FAX = "(312) 555-0190"
HOSP_NURSELINE = "1-800-555-0134"
VENDORS = [("Corvida Medical Devices", "4100 Innovation Dr", "Minneapolis", "MN", "55432", "1-888-555-0142"),
           ("BlueLink Logistics", "2200 Commerce Pkwy", "Memphis", "TN", "38118", "(901) 555-0177"),
           ("Helix Telehealth Inc.", "500 Boylston St Suite 1200", "Boston", "MA", "02116", "(617) 555-0110"),
           ("MedDepot Refurbishing", "77 Industrial Way", "Sparks", "NV", "89431", "(775) 555-0163"),
           ("PillPal Systems GmbH", "Leopoldstraße 244", "München", "BY", "80807", "+49 89 5550 1200")]
PRODUCTS = [("VitaCuff BP-700", "BP7250"), ("GlucoSense G2", "GS-G2"), ("PillPal Carousel 28", "PPC28"),
            ("GuardianStep fall pendant", "GSP-4"), ("HeartSync ICM", "HS-ICM1"), ("PulseOx PO-31", "PO31"),
            ("ScaleWise BT", "SW-220"), ("CardioLink Pacer DR", "CLP-DR3"), ("Sentinel ICD VR", "SICD-VR2"),
            ("HomeHub LTE", "HH-LTE2")]
PROD_KIND = {"BP7250": "bpc", "GS-G2": "bgm", "PPC28": "pill", "GSP-4": "pend", "HS-ICM1": "icm", "PO31": "pox",
             "SW-220": "scale", "CLP-DR3": "pacer", "SICD-VR2": "icd", "HH-LTE2": "hub"}
CLIN_TEAMS = ["cardiopulm-rpm", "chf-nurse-pool", "diabetes-virtual-clinic", "ep-device-clinic",
              "hah-command-center", "geri-falls-team", "pharmacy-adherence"]
STAFF_ACCTS = ["rn.jkim", "np.mraman", "svc_rpm_ingest", "svc-ota-orchestrator", "admin.cwhitfield",
               "oncall-ep", "svc_alert_router", "tech.lbauer", "integration-bot", "svc-fhir-writer"]
SVC_CLIENTS = ["svc-rule-bridge-02", "svc-telemetry-ingest-3", "svc-alert-router", "svc-ota-orch-1",
               "kafka-connect-mqtt-0", "nodered-flows-prod", "svc-twin-sync", "grafana-mqtt-ds"]
AWS_REGIONS = ["us-east-1", "us-east-2", "us-west-2"]

# ----------------------------------------------------------------------------
# log time
# ----------------------------------------------------------------------------
NOW = [dt.datetime(2024, 11, 18, 0, 3, 11, 120000)]


def tick():
    NOW[0] += dt.timedelta(seconds=ri(3, 2400), microseconds=ri(0, 999999))
    return NOW[0]


def ts_iso(ms=True, z=True):
    t = NOW[0]
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % (t.microsecond // 1000)
    return s + ("Z" if z else "+00:00")


def ts_epoch():
    return int((NOW[0] - dt.datetime(1970, 1, 1)).total_seconds())


def ts_epoch_ms():
    return int((NOW[0] - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def ts_syslog():
    t = NOW[0]
    return "%s %2d %s" % (t.strftime("%b"), t.day, t.strftime("%H:%M:%S"))


def ts_py():
    t = NOW[0]
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def ts_clf():
    return NOW[0].strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_hl7():
    return NOW[0].strftime("%Y%m%d%H%M%S")


# ----------------------------------------------------------------------------
# PHI value generators
# ----------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]


def rand_date(y0, y1):
    d0 = dt.date(y0, 1, 1).toordinal()
    d1 = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(ri(d0, d1))


def fdate(d, style=None):
    style = style or ch(["iso", "iso", "us", "us0", "eu", "long", "dmon", "dmons", "hl7"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us0":
        return d.strftime("%m/%d/%Y")
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "dmon":
        return d.strftime("%d-%b-%Y")
    if style == "dmons":
        return "%d %s %d" % (d.day, d.strftime("%b"), d.year)
    if style == "hl7":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


def recent_date(back=120, fwd=60):
    base = NOW[0].date()
    return base + dt.timedelta(days=ri(-back, fwd))


def ssn(style=None):
    while True:
        a = ri(1, 899)
        if a != 666:
            break
    g, s = ri(1, 99), ri(1, 9999)
    style = style or ch(["dash", "dash", "dash", "plain", "space"])
    if style == "dash":
        return "%03d-%02d-%04d" % (a, g, s)
    if style == "space":
        return "%03d %02d %04d" % (a, g, s)
    return "%03d%02d%04d" % (a, g, s)


def mrn():
    k = ri(0, 5)
    if k == 0:
        return "%08d" % ri(100000, 9999999)
    if k == 1:
        return "MRN-%07d" % ri(100000, 9999999)
    if k == 2:
        return "NFH%07d" % ri(1000000, 9999999)
    if k == 3:
        return "E%07d" % ri(100000, 9999999)
    if k == 4:
        return "%d" % ri(10000000, 99999999)
    return "M%s-%s" % (rs(3), rs(5))


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dash=None):
    an = MBI_L + DIG
    s = (ch("123456789") + ch(MBI_L) + ch(an) + ch(DIG) + ch(MBI_L) + ch(an) + ch(DIG) +
         ch(MBI_L) + ch(MBI_L) + ch(DIG) + ch(DIG))
    if dash if dash is not None else coin(0.4):
        return s[:4] + "-" + s[4:7] + "-" + s[7:]
    return s


def member_id():
    k = ri(0, 6)
    if k == 0:
        return rs(3, UP) + rs(9)
    if k == 1:
        return "W" + rs(9)
    if k == 2:
        return "%s%s-%s" % (rs(3, UP), rs(6), rs(2))
    if k == 3:
        return "MCD" + rs(9)
    if k == 4:
        return ch(UP) + rs(9)  # German KVNR style
    if k == 5:
        return "H%s%s" % (rs(4), rs(6))
    return "ZGP" + rs(2) + ch(UP) + rs(4)


def card():
    k = ri(0, 3)
    if k == 0:
        body = "4" + rs(14)
    elif k == 1:
        body = str(ri(51, 55)) + rs(13)
    elif k == 2:
        body = ch(["34", "37"]) + rs(12)
    else:
        body = "6011" + rs(11)
    n = body + luhn_digit(body)
    sep = ch(["", " ", "-", " "])
    if len(n) == 15:
        return n[:4] + sep + n[4:10] + sep + n[10:]
    return sep.join(n[i:i + 4] for i in range(0, 16, 4))


def patient_account():
    return ch(["PA-%08d" % ri(1000000, 99999999), "%010d" % ri(10 ** 9, 10 ** 10 - 1),
               "HAR%09d" % ri(10 ** 8, 10 ** 9 - 1), "ACCT-%s-%s" % (rs(4), rs(4)),
               "%s%07d" % (ch(["G", "B"]), ri(10 ** 6, 10 ** 7 - 1))])


def bank_account():
    return rs(ri(9, 12))


def routing():
    return ch(["071000013", "021000021", "111000025", "122105155", "061000052"])


def dl():
    k = ri(0, 5)
    if k == 0:
        return ch(UP) + rs(7)                                   # CA
    if k == 1:
        return "%s %s %s" % (rs(3), rs(3), rs(3))                 # NY
    if k == 2:
        return "%s%s-%s-%s" % (ch(UP), rs(3), rs(4), rs(4))      # IL
    if k == 3:
        return rs(8)                                              # TX
    if k == 4:
        return "%s%s-%s-%s-%s-%s" % (ch(UP), rs(3), rs(3), rs(2), rs(3), rs(1))  # FL
    return ch(UP) + rs(12)                                        # MI


def dea(last):
    d = [ri(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    l0 = ascii_fold(last)[0].upper()
    return ch("ABFM") + l0 + "".join(map(str, d)) + str(c)


def prof_license():
    return ch(["RN%07d" % ri(10 ** 6, 10 ** 7 - 1), "PH.%06d" % ri(10 ** 5, 10 ** 6 - 1),
               "MD-%06d" % ri(10 ** 5, 10 ** 6 - 1), "036.%06d" % ri(10 ** 5, 10 ** 6 - 1)])


def npi():
    body = rs(8, "12") [:1] + rs(8)
    body = body[:9]
    chk = luhn_digit("80840" + body)
    return body + chk


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGH", range(1, 9)))
VIN_VAL.update(dict(zip("JKLMN", range(1, 6))))
VIN_VAL.update({"P": 7, "R": 9})
VIN_VAL.update(dict(zip("STUVWXYZ", range(2, 10))))
VIN_VAL.update({str(i): i for i in range(10)})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = ch(["1HG", "2T1", "1FA", "3VW", "5YJ", "JN1", "KMH", "1G1", "WBA", "4T1"])
    s = list(wmi + rs(5, VIN_CH) + "0" + ch("KLMNPRS") + rs(1, VIN_CH) + rs(6))
    tot = sum(VIN_VAL[c] * w for c, w in zip(s, VIN_W))
    r = tot % 11
    s[8] = "X" if r == 10 else str(r)
    return "".join(s)


def plate():
    return ch(["%s%s%s" % (ri(1, 9), rs(3, UP), rs(3)), "%s-%s" % (rs(3, UP), rs(4)),
               "%s %s" % (rs(3, UP), rs(4)), "%s%s" % (rs(2, UP), rs(5)), "%s %s%s" % (rs(3), rs(1, UP), rs(2, UP))])


def dev_serial(kind=None):
    kind = kind or ch(["pacer", "icd", "bgm", "bpc", "pox", "scale", "pill", "pend", "hub", "icm"])
    if kind == "pacer":
        return "PJN%06dS" % ri(0, 999999)
    if kind == "icd":
        return "BLF%06dH" % ri(0, 999999)
    if kind == "icm":
        return "RLA%s%06d" % (ch(UP), ri(0, 999999))
    if kind == "bgm":
        return "GS2-%s" % rs(9, UPN)
    if kind == "bpc":
        return "BPC-%s%s" % (rs(2, UPN), rs(7))
    if kind == "pox":
        return "PO31%s%s" % (rs(1, UP), rs(6, "0123456789ABCDEF"))
    if kind == "scale":
        return "SW220-%s" % rs(8, UPN)
    if kind == "pill":
        return "PPC28-%s-%s" % (rs(4), rs(4, UPN))
    if kind == "pend":
        return "GSP4%s" % rs(8)
    return "HH%s%s" % (rs(2, UP), rs(8))


def imei():
    body = ch(["35", "86", "35", "01"]) + rs(12)
    return body + luhn_digit(body)


def mac(sep=":"):
    first = ch(["C4", "A4", "E8", "F0", "D8", "00", "5C", "7C", "B8", "3C"])
    parts = [first] + [rs(2, "0123456789ABCDEF") for _ in range(5)]
    return sep.join(parts)


def udi():
    gtin = "0" + rs(12)
    gtin = gtin + luhn_digit(gtin)  # Luhn-ish check, plausible shape
    mfg = recent_date(900, -200)
    exp = mfg + dt.timedelta(days=ri(700, 1500))
    return "(01)%s(11)%s(17)%s(21)%s" % (gtin, mfg.strftime("%y%m%d"), exp.strftime("%y%m%d"), rs(8, UPN))


PUB_OCT = [24, 47, 67, 68, 69, 71, 73, 75, 76, 96, 97, 98, 99, 104, 107, 108, 136, 142, 162, 166, 173, 174, 184, 189]


def pub_ip():
    return "%d.%d.%d.%d" % (ch(PUB_OCT), ri(0, 255), ri(0, 255), ri(1, 254))


def pub_ip6():
    return "2601:%x:%x:%x::%x" % (ri(0x100, 0xfff), ri(0x100, 0xffff), ri(0x10, 0xffff), ri(1, 0xfff))


def priv_ip():
    k = ri(0, 3)
    if k == 0:
        return "10.%d.%d.%d" % (ri(0, 255), ri(0, 255), ri(1, 254))
    if k == 1:
        return "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(1, 254))
    if k == 2:
        return "192.168.%d.%d" % (ri(0, 255), ri(1, 254))
    return "127.0.0.1"


def svc_pub_ip():
    # public IPs belonging to cloud services / vendors (not PHI)
    return "%d.%d.%d.%d" % (ch([3, 18, 34, 35, 52, 54, 13, 20, 40]), ri(0, 255), ri(0, 255), ri(1, 254))


def biometric_b64(kind):
    if kind == "fp":
        return b64(ri(60, 110), b"FMR\x00 20\x00")
    if kind == "voice":
        return b64(ri(70, 120), b"VPRT\x02")
    return b64(ri(60, 100))


JPEG_HDR = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
PNG_HDR = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"


def photo_b64(kind=None):
    kind = kind or ch(["jpg", "png"])
    return b64(ri(60, 120), JPEG_HDR if kind == "jpg" else PNG_HDR)


def other_id():
    k = ri(0, 7)
    if k == 0:
        return ("passport", rs(9))
    if k == 1:
        return ("passport", ch(UP) + rs(8))
    if k == 2:
        return ("curp", rs(4, UP) + rs(6) + ch("HM") + rs(5, UP) + rs(2))
    if k == 3:
        return ("aadhaar", "%s %s %s" % (rs(4, "23456789"), rs(4), rs(4)))
    if k == 4:
        return ("codice_fiscale", rs(6, UP) + rs(2) + ch("ABCDEHLMPRST") + rs(2) + ch(UP) + rs(3) + ch(UP))
    if k == 5:
        return ("dni", rs(8) + ch("TRWAGMYFPDXBNJZSQVHLCKE"))
    if k == 6:
        return ("nino", "%s %s %s %s %s" % (rs(2, "ABCEGHJKLMNPRSTWXYZ"), rs(2), rs(2), rs(2), ch("ABCD")))
    return ("sin", "%s %s %s" % (rs(3), rs(3), rs(3)))


def personal_url(p):
    f, l = p["f_ascii"].lower(), p["l_ascii"].lower()
    return ch(["https://www.facebook.com/%s.%s.%d" % (f, l, ri(10, 9999)),
               "https://www.instagram.com/%s_%s%d/" % (f, l, ri(1, 99)),
               "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hx(6)),
               "https://www.gofundme.com/f/help-%s-%s-recover" % (f, l),
               "https://www.caringbridge.org/visit/%s%s%d" % (f, l, ri(1, 9)),
               "https://%s%s.blogspot.com/" % (f, l),
               "https://x.com/%s%s%d" % (f[:4], l[:5], ri(10, 99))])


def phone_fmt(area=None, style=None):
    area = area or ch(AREA)
    ex = "%d%02d" % (ri(2, 9), ri(0, 99))
    ln = "%04d" % ri(0, 9999)
    style = style or ch(["paren", "dash", "dash", "dot", "intl", "e164", "one"])
    if style == "paren":
        return "(%s) %s-%s" % (area, ex, ln)
    if style == "dash":
        return "%s-%s-%s" % (area, ex, ln)
    if style == "dot":
        return "%s.%s.%s" % (area, ex, ln)
    if style == "intl":
        return "+1 %s %s %s" % (area, ex, ln)
    if style == "e164":
        return "+1%s%s%s" % (area, ex, ln)
    return "1-%s-%s-%s" % (area, ex, ln)


def street_line(unit=None):
    n = ri(2, 9899)
    pre = ch(["", "", "", "N ", "W ", "S ", "E "])
    s = "%d %s%s %s" % (n, pre, ch(STREETS), ch(SUFFIX))
    if unit if unit is not None else coin(0.35):
        s += " " + ch(UNITS)
    return s


def zipc(prefix, plus4=None):
    z = prefix + rs(2)
    if plus4 if plus4 is not None else coin(0.2):
        z += "-" + rs(4)
    return z


def person(old=None):
    fi, la = ch(FIRST), ch(LAST)
    old = coin(0.25) if old is None else old
    today = NOW[0].date()
    if old:
        age = ri(90, 103)
    else:
        age = ri(19, 89)
    dob = today.replace(year=today.year - age - 1) + dt.timedelta(days=ri(1, 360))
    age = today.year - dob.year - ((today.month, today.day) < (dob.month, dob.day))
    city, county, st, zp = ch(CITIES)
    fa, la_a = ascii_fold(fi), ascii_fold(la)
    em = ch(["%s.%s%d" % (fa, la_a, ri(1, 99)), "%s%s" % (fa[0], la_a), "%s_%s" % (fa, la_a),
             "%s%s%d" % (fa, la_a[0], ri(1940, 2001)), "%s.%s" % (fa, la_a)]).lower().replace("-", "") + "@" + ch(MAIL_DOM)
    return {"first": fi, "last": la, "f_ascii": fa, "l_ascii": la_a, "mid": ch(MIDI),
            "dob": dob, "age": age, "street": street_line(), "city": city, "county": county,
            "state": st, "zip": zipc(zp), "area": ch(AREA), "email": em}


def pname(p, style=None):
    style = style or ch(["fl", "fl", "fl", "lf", "fml", "LF", "FL"])
    if style == "fl":
        return "%s %s" % (p["first"], p["last"])
    if style == "lf":
        return "%s, %s" % (p["last"], p["first"])
    if style == "fml":
        return "%s %s. %s" % (p["first"], p["mid"], p["last"])
    if style == "LF":
        return "%s, %s" % (p["last"].upper(), p["first"].upper())
    if style == "FL":
        return "%s %s" % (p["first"].upper(), p["last"].upper())
    if style == "hl7":
        return "%s^%s^%s" % (p["last"].upper(), p["first"].upper(), p["mid"])
    raise ValueError(style)


def relative():
    r = person(old=False)
    if coin(0.5):
        r["last_shared"] = True
    return r


def clinician():
    return "%s %s %s" % (ch(CLIN_TITLE), ch(CLIN_FIRST), ch(CLIN_LAST))


def age_text(a):
    return ch(["%d" % a, "%d y/o" % a, "%dyo" % a, "%d years old" % a, "%d-year-old" % a, "%dy" % a])


def age_suffix():
    return ch([" y/o", "yo", " years old", "-year-old", "y", " yrs", " y.o."])


def P_age(a):
    return P(str(a), "age")


# ----------------------------------------------------------------------------
# format families
# ----------------------------------------------------------------------------
TOPIC_KIND = ["vitals", "bp", "glucose", "spo2", "weight", "adherence", "fall", "cardiac"]


def fam_mosquitto(phi):
    b = Line("mosquitto_broker_log")
    b.t("%d: " % ts_epoch())
    if not phi:
        k = ri(0, 7)
        cl = ch(SVC_CLIENTS)
        ip = priv_ip()
        if k == 0:
            b.t("New connection from %s:%d on port %d." % (ip, ri(32768, 60999), ch([8883, 1883, 8884])))
        elif k == 1:
            b.t("New client connected from %s:%d as %s (p%d, c%d, k%d, u'%s')." % (
                ip, ri(32768, 60999), cl, ch([2, 5]), ri(0, 1), ch([30, 60, 120]), ch(STAFF_ACCTS[2:3] + ["svc_bridge", "nodered"])))
        elif k == 2:
            b.t("Received PUBLISH from %s (d0, q%d, r0, m%d, 'rpm/v2/ops/%s', ... (%d bytes))" % (
                cl, ri(0, 1), ri(1, 65535), ch(["heartbeat", "metrics", "rules/reload", "ota/status"]), ri(20, 900)))
        elif k == 3:
            b.t("Saving in-memory database to /var/lib/mosquitto/mosquitto.db.")
        elif k == 4:
            b.t("Client %s has exceeded timeout, disconnecting." % cl)
        elif k == 5:
            b.t("Bridge rpm-edge-%s doing local SUBSCRIBE on topic dt/rpm/+/telemetry/#" % ch(AWS_REGIONS))
        elif k == 6:
            b.t("OpenSSL Error[0]: error:0A000412:SSL routines::sslv3 alert bad certificate (peer %s:%d, fp=%s)" % (
                svc_pub_ip(), ri(1024, 65000), ":".join(hx(2, True) for _ in range(8))))
        else:
            b.t("mosquitto version 2.0.%d running; $SYS/broker/clients/connected %d, $SYS/broker/load/messages/received/1min %.2f" % (
                ri(15, 20), ri(900, 9000), R.uniform(100, 4000)))
        return b
    k = ri(0, 4)
    kind = ch(["bpc", "bgm", "pox", "scale", "pend", "hub", "pill"])
    sn = dev_serial(kind)
    if k == 0:
        b.f("New client connected from ", P(pub_ip(), "ip"), ":%d as " % ri(32768, 60999), P(sn, "device"),
            " (p2, c0, k%d, u'rpm-devices')." % ch([60, 120, 300]))
    elif k == 1:
        b.f("Received PUBLISH from ", P(sn, "device"), " (d0, q1, r0, m%d, 'rpm/v2/devices/" % ri(1, 65535),
            P(sn, "device"), "/%s', ... (%d bytes))" % (ch(TOPIC_KIND), ri(60, 700)))
    elif k == 2:
        b.f("New connection from ", P(pub_ip6() if coin(0.3) else pub_ip(), "ip"), ":%d on port 8883." % ri(32768, 60999))
    elif k == 3:
        b.f("Client ", P(sn, "device"), " disconnected, not authorised. (last will -> rpm/v2/lwt/", P(sn, "device"), ")")
    else:
        m = mac(ch([":", "-"]))
        b.f("Client <unknown> (", P(m, "device"), ") from ", P(pub_ip(), "ip"), ":%d disconnected: protocol error." % ri(32768, 60999))
    return b


def fam_mqtt_payload(phi):
    """EMQX / mosquitto_sub style topic + JSON payload trace."""
    b = Line("mqtt_topic_payload")
    b.t("%s [%s] " % (ts_iso(ms=True, z=False), ch(["debug", "info", "notice"])))
    if not phi:
        k = ri(0, 4)
        model = ch(PRODUCTS)
        if k == 0:
            b.t("msg: publish_to, topic: rpm/v2/fleet/%s/config, qos: 1, clientid: %s, payload: " % (model[1].lower(), ch(SVC_CLIENTS)))
            J(b, {"schema": "rpm.config.v3", "sampleIntervalSec": ch([60, 300, 900]), "uploadWindow": "02:00-04:00",
                  "fwMin": "3.%d.%d" % (ri(0, 9), ri(0, 20)), "alarmThresholds": {"sysHigh": 180, "diaHigh": 110, "spo2Low": 88},
                  "build": "b%d" % ri(1000, 9999)})
        elif k == 1:
            b.t("msg: delivery_dropped, reason: queue_full, topic: rpm/v2/ops/metrics, clientid: %s, queue_len: %d, max: 1000" % (
                ch(SVC_CLIENTS), ri(1000, 1100)))
        elif k == 2:
            b.t("topic: $SYS/brokers/emqx@%s/stats payload: " % priv_ip())
            J(b, {"connections.count": ri(1000, 9000), "topics.count": ri(5000, 40000), "retained.count": ri(10, 900),
                  "subscriptions.max": ri(1000, 50000), "uptime": "%d days, %d hours" % (ri(1, 90), ri(0, 23))})
        elif k == 3:
            b.t("rule: rpm_vitals_to_kafka, action: kafka_producer:rpm-vitals-%s, result: ok, batch: %d, latency_ms: %d, trace_id: %s" % (
                ch(["p0", "p1", "p2"]), ri(1, 64), ri(2, 400), hx(32)))
        else:
            b.t("topic: rpm/v2/cohort/chf/daily payload: ")
            J(b, {"date": recent_date(30, 0).isoformat(), "patients": ri(100, 900), "median_age": ri(62, 81),
                  "transmissions": ri(1000, 9000), "alerts": ri(5, 90), "order": "SO-%d" % ri(100000, 999999)})
        return b
    p = person()
    kind = ch(["bpc", "bgm", "pox", "scale"])
    sn = dev_serial(kind)
    b.f("topic: rpm/v2/devices/", P(sn, "device"), "/up, qos: 1, payload: ")
    body = {"ts": ts_epoch_ms(), "sn": P(sn, "device")}
    if kind == "bpc":
        body.update({"sys": ri(95, 190), "dia": ri(55, 115), "pulse": ri(48, 120), "irregularHB": coin(0.1)})
    elif kind == "bgm":
        body.update({"glu": ri(55, 380), "unit": "mg/dL", "meal": ch(["pre", "post", "fasting"])})
    elif kind == "pox":
        body.update({"spo2": ri(84, 99), "pr": ri(50, 120), "pi": round(R.uniform(0.3, 9.0), 1)})
    else:
        body.update({"kg": round(R.uniform(45, 140), 1), "bmi": round(R.uniform(17, 45), 1)})
    keys_name = ch(["ptName", "patient", "subject_name", "nom_patient", "user"])
    opts = [(keys_name, P(pname(p), "name")), (ch(["mrn", "pt_mrn", "medRec", "chart"]), P(mrn(), "mrn")),
            (ch(["dob", "birthDate", "geb", "fechaNac"]), P(fdate(p["dob"], ch(["iso", "us0", "eu"])), "date")),
            (ch(["imei", "modemImei"]), P(imei(), "device")), (ch(["srcIp", "wan_ip"]), P(pub_ip(), "ip")),
            (ch(["passportNo", "cedula", "curp", "natId"]), P(other_id()[1], "other_id"))]
    R.shuffle(opts)
    for key, v in opts[:ri(1, 3)]:
        body[key] = v
    if p["age"] > 89 and coin(0.6):
        body["age"] = P(p["age"], "age", raw=True)
    J(b, body)
    return b


def fam_aws_iot(phi):
    b = Line("aws_iot_core_cloudwatch")
    acct = "%012d" % ri(10 ** 11, 10 ** 12 - 1)
    d = {"timestamp": NOW[0].strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (NOW[0].microsecond // 1000),
         "logLevel": ch(["INFO", "ERROR", "DEBUG"]), "traceId": uuid4(), "accountId": acct}
    if not phi:
        k = ri(0, 3)
        if k == 0:
            d.update({"status": "Success", "eventType": "Connect", "protocol": "MQTT",
                      "clientId": ch(SVC_CLIENTS), "principalId": hx(64), "sourceIp": svc_pub_ip(), "sourcePort": ri(1024, 65535)})
        elif k == 1:
            rn, ra = ch([("rpm_vitals_to_timestream", "TimestreamAction"), ("rpm_alerts_to_sqs", "SqsAction"), ("rpm_raw_to_s3", "S3Action")])
            d.update({"status": "Success", "eventType": "RuleExecution", "clientId": "N/A",
                      "topicName": "dt/rpm/%s/telemetry" % ch(["bp", "glucose", "spo2"]),
                      "ruleName": rn, "ruleAction": ra,
                      "resources": {"QueueUrl": "https://sqs.%s.amazonaws.com/%s/rpm-alerts-prod" % (ch(AWS_REGIONS), acct)},
                      "principalId": hx(64)})
        elif k == 2:
            d.update({"status": "Failure", "eventType": "Publish-In", "protocol": "MQTT", "topicName": "dt/rpm/ops/heartbeat",
                      "clientId": ch(SVC_CLIENTS), "principalId": "AIDA%s" % rs(17, UPN), "reason": "AUTHORIZATION_FAILURE",
                      "details": "Authorization Failure"})
        else:
            d.update({"status": "Success", "eventType": "Jobs", "jobId": "fw-%s-%s" % (ch(PRODUCTS)[1].lower(), rs(6)),
                      "details": "Job execution counts: QUEUED=%d IN_PROGRESS=%d SUCCEEDED=%d" % (ri(0, 900), ri(0, 200), ri(0, 5000))})
        return J(b, d)
    kind = ch(["bpc", "bgm", "pox", "hub", "pend", "pill"])
    sn = dev_serial(kind)
    k = ri(0, 2)
    if k == 0:
        d.update({"status": "Success", "eventType": "Connect", "protocol": "MQTT", "clientId": P(sn, "device"),
                  "principalId": hx(64), "sourceIp": P(pub_ip(), "ip"), "sourcePort": ri(1024, 65535)})
    elif k == 1:
        d.update({"status": "Success", "eventType": "Publish-In", "protocol": "MQTT",
                  "topicName": "dt/rpm/%s/telemetry" % ch(["bp", "glucose", "spo2"]), "clientId": P(sn, "device"),
                  "principalId": hx(64), "sourceIp": P(pub_ip(), "ip"), "sourcePort": ri(1024, 65535)})
    else:
        d.update({"status": "Failure", "eventType": "Disconnect", "protocol": "MQTT", "clientId": P(sn, "device"),
                  "principalId": hx(64), "sourceIp": P(pub_ip6() if coin(0.4) else pub_ip(), "ip"),
                  "sourcePort": ri(1024, 65535), "disconnectReason": ch(["CONNECTION_LOST", "MQTT_KEEP_ALIVE_TIMEOUT", "DUPLICATE_CLIENT_ID"])})
    return J(b, d)


def fam_aws_shadow(phi):
    b = Line("aws_iot_device_shadow")
    b.t("%s %s " % (ts_iso(), ch(["shadow-sync", "twin-mirror", "lambda:rpmShadowAudit"])))
    if not phi:
        thing = "rpm-sim-%s-%03d" % (ch(["bp", "bg", "ox"]), ri(1, 40))
        b.t("$aws/things/%s/shadow/update/accepted " % thing)
        J(b, {"state": {"reported": {"fw": "3.%d.%d" % (ri(0, 9), ri(0, 30)), "batt": ri(5, 100), "rssi": -ri(40, 95),
                                     "env": "staging", "uptime_s": ri(100, 900000)}},
              "metadata": {"reported": {"fw": {"timestamp": ts_epoch()}}}, "version": ri(1, 9000), "timestamp": ts_epoch(),
              "clientToken": uuid4()})
        return b
    p = person()
    sn = dev_serial(ch(["bpc", "bgm", "scale", "pill", "hub"]))
    b.f("$aws/things/", P(sn, "device"), "/shadow/name/enrollment/update/delta ")
    rep = {"assignedTo": {}}
    a = rep["assignedTo"]
    a[ch(["displayName", "patientName", "owner"])] = P(pname(p, ch(["fl", "lf", "fml"])), "name")
    pool = [("mrn", P(mrn(), "mrn")), ("mbi", P(mbi(), "health_plan")),
            ("homeZip", P(p["zip"], "zip")), ("tz", "America/Chicago"),
            ("lang", ch(["es", "en", "vi", "pl", "ar"])), ("careProgram", ch(["CHF", "HTN", "T2DM", "COPD"]))]
    if coin(0.5):
        pool.append(("birthDate", P(fdate(p["dob"], "iso"), "date")))
    if coin(0.5):
        pool.append(("enrolledOn", P(fdate(recent_date(200, 0), "iso"), "date")))
    if p["age"] > 89:
        pool.append(("ageYears", P(p["age"], "age", raw=True)))
    if coin(0.35):
        pool.append((ch(["profileUrl", "caregiverPage"]), P(personal_url(p), "url")))
    if coin(0.35):
        kind, val = other_id()
        pool.append((ch(["nationalId", "idNumber", "govId"]), P(val, "other_id")))
    R.shuffle(pool)
    for k_, v in pool[:ri(2, 5)]:
        a[k_] = v
    if not has_phi(a) or len(a) < 2:
        a["mrn"] = P(mrn(), "mrn")
    rep["hubWanMac"] = P(mac(), "device") if coin(0.3) else "n/a"
    J(b, {"state": {"desired": rep}, "version": ri(1, 900), "timestamp": ts_epoch()})
    return b


def fam_azure_twin(phi):
    b = Line("azure_iothub_device_twin")
    b.t("%s INFO TwinSync - GET twin " % ts_iso())
    model = ch(["dtmi:com:northfield:rpm:BloodPressureCuff;2", "dtmi:com:northfield:rpm:Glucometer;1",
                "dtmi:com:northfield:rpm:PillDispenser;3", "dtmi:com:northfield:rpm:HomeHub;4"])
    base = {"etag": "AAAAAAAAA%s=" % rs(2, UPN), "deviceEtag": b64(6), "status": "enabled",
            "statusUpdateTime": "0001-01-01T00:00:00Z", "connectionState": ch(["Connected", "Disconnected"]),
            "lastActivityTime": ts_iso(ms=True), "cloudToDeviceMessageCount": ri(0, 9),
            "authenticationType": "selfSigned", "x509Thumbprint": {"primaryThumbprint": hx(40, True), "secondaryThumbprint": None},
            "modelId": model, "version": ri(2, 900)}
    if not phi:
        d = {"deviceId": "loadtest-%s-%04d" % (ch(["bp", "bg", "pill"]), ri(1, 2000))}
        d.update(base)
        d["tags"] = {"env": ch(["perf", "staging"]), "fleet": ch(CLIN_TEAMS), "owner": ch(STAFF_ACCTS)}
        d["properties"] = {"desired": {"telemetryInterval": ch([60, 300]), "$version": ri(1, 90)},
                           "reported": {"firmwareVersion": "4.%d.%d+build.%d" % (ri(0, 3), ri(0, 12), ri(100, 999)),
                                        "battery": ri(10, 100), "$version": ri(1, 900)}}
        return J(b, d)
    p = person()
    sn = dev_serial(ch(["bpc", "bgm", "pill", "hub"]))
    d = {"deviceId": P(sn, "device")}
    d.update(base)
    tags = {}
    tags[ch(["patient", "pt", "assignee"])] = P(pname(p), "name")
    pool = [(ch(["mrn", "MRN", "medicalRecordNo"]), P(mrn(), "mrn")),
            (ch(["address", "homeAddress", "addr1"]), P(p["street"], "address")),
            (ch(["city", "ort"]), P(p["city"], "address")), ("state", p["state"]),
            (ch(["zip", "postalCode", "plz"]), P(p["zip"], "zip")),
            (ch(["phone", "contactPhone", "telefono"]), P(phone_fmt(p["area"]), "phone")),
            ("careTeam", ch(CLIN_TEAMS)),
            (ch(["homeFax", "fax", "faxNo"]), P(phone_fmt(p["area"]), "fax")),
            (ch(["profilePhoto", "avatarUrl"]), P("https://cdn.carepulse.example/avatars/%s.%s" % (uuid4(), ch(["jpg", "png"])), "photo")),
            ("hubImei", P(imei(), "device"))]
    if p["age"] > 89:
        pool.append((ch(["age", "alter", "edad"]), P(p["age"], "age", raw=True)))
    R.shuffle(pool)
    for k_, v in pool[:ri(2, 5)]:
        tags[k_] = v
    d["tags"] = tags
    rep = {"firmwareVersion": "4.%d.%d" % (ri(0, 3), ri(0, 12)), "battery": ri(10, 100)}
    if coin(0.4):
        rep["wanIp"] = P(pub_ip(), "ip")
    if coin(0.3):
        rep["btMac"] = P(mac(), "device")
    d["properties"] = {"desired": {"telemetryInterval": ch([60, 300])}, "reported": rep}
    return J(b, d)


def fam_azure_d2c(phi):
    b = Line("azure_functions_eventhub")
    t = ts_iso(ms=True)
    fn = ch(["RouteVitals", "NormalizeTelemetry", "AlertFanout", "TwinChangeAudit"])
    if not phi:
        k = ri(0, 3)
        if k == 0:
            b.t("%s [Information] Executing 'Functions.%s' (Reason='(null)', Id=%s)" % (t, fn, uuid4()))
        elif k == 1:
            b.t("%s [Information] Executed 'Functions.%s' (Succeeded, Id=%s, Duration=%dms)" % (t, fn, uuid4(), ri(3, 4000)))
        elif k == 2:
            b.t("%s [Warning] EventHub partition %d lag=%d checkpoint offset=%d seq=%d consumerGroup=$Default host=%s" % (
                t, ri(0, 31), ri(0, 50000), ri(10 ** 9, 10 ** 10), ri(10 ** 6, 10 ** 8), "func-rpm-prod-%s" % hx(5)))
        else:
            b.t("%s [Information] iothub-connection-device-id=perf-gen-%04d iothub-enqueuedtime=%s iothub-message-source=Telemetry body=" % (
                t, ri(1, 999), ts_iso()))
            J(b, {"sys": ri(100, 160), "dia": ri(60, 100), "synthetic": True, "run": "perf-%s" % hx(8)})
        return b
    p = person()
    sn = dev_serial(ch(["bpc", "pox", "bgm", "pend"]))
    b.f("%s [Information] iothub-connection-device-id=" % t, P(sn, "device"),
        " iothub-enqueuedtime=%s iothub-message-source=Telemetry body=" % ts_iso())
    body = {"type": ch(["bp.reading", "spo2.reading", "glucose.reading", "fall.event"]), "ts": ts_epoch()}
    pool = [(ch(["patientDisplay", "pt_nm", "Patientenname"]), P(pname(p), "name")),
            (ch(["memberId", "subscriber_id", "Versichertennummer"]), P(member_id(), "health_plan")),
            (ch(["callback", "tel", "mobile"]), P(phone_fmt(p["area"]), "phone")),
            (ch(["dob", "Geburtsdatum"]), P(fdate(p["dob"], ch(["eu", "iso"])), "date")),
            ("clientIp", P(pub_ip(), "ip"))]
    R.shuffle(pool)
    for k_, v in pool[:ri(1, 3)]:
        body[k_] = v
    return J(b, body)


def fam_ble_gateway(phi):
    b = Line("ble_gateway_syslog")
    host = ch(["hah-hub-rpi4", "homehub-lte", "rpm-gw", "hub-nxp-imx8"])
    proc = ch(["blegw", "bluetoothd", "rpm-bridge", "gattd"])
    b.t("%s %s %s[%d]: " % (ts_syslog(), host, proc, ri(200, 9000)))
    if not phi:
        k = ri(0, 6)
        if k == 0:
            b.t("Bluetooth management interface 1.%d initialized" % ri(14, 22))
        elif k == 1:
            b.t("GATT notify svc=0x1810 chr=0x2A35 len=%d conn_handle=0x%04x mtu=%d" % (ri(13, 19), ri(0x40, 0x80), ch([23, 185, 247])))
        elif k == 2:
            b.t("[INFO] scan window=%dms interval=%dms filter=uuid:00001808-0000-1000-8000-00805f9b34fb,00001810-0000-1000-8000-00805f9b34fb" % (
                ch([30, 60, 100]), ch([100, 200, 500])))
        elif k == 3:
            b.t("[WARN] uplink MQTT reconnect attempt %d to mqtt-broker-%d.rpm.prod.internal:8883 backoff=%.1fs" % (
                ri(1, 9), ri(1, 3), R.uniform(0.5, 30)))
        elif k == 4:
            b.t("[INFO] cellular modem: operator=%s rat=LTE-M rsrp=-%d rsrq=-%d band=%d apn=rpm.iot.m2m" % (
                ch(["AT&T", "Verizon", "T-Mobile"]), ri(80, 120), ri(5, 15), ch([2, 4, 12, 13])))
        elif k == 5 and coin(0.5):
            b.t("[INFO] scan: found %s rssi=-%d addr=<resolvable-private> irk_match=none (not bonded, ignored)" % (ch(PRODUCTS[:6])[0], ri(40, 95)))
        elif k == 5:
            b.t("[INFO] firmware %s build %d sha256=%s ok, next check in %ds" % (
                "hub-%d.%d.%d" % (ri(1, 4), ri(0, 9), ri(0, 30)), ri(1000, 99999), hx(64), ch([3600, 21600, 86400])))
        else:
            b.t("[DEBUG] decoded IEEE 11073-10407 BPM sys=%d dia=%d map=%d pulse=%d unit=mmHg status=0x%04x (device anonymous, user slot %d)" % (
                ri(100, 170), ri(60, 100), ri(70, 120), ri(50, 110), ri(0, 255), ri(1, 4)))
        return b
    k = ri(0, 5)
    prod = ch(PRODUCTS[:6])
    m = mac()
    if k == 0:
        b.f("[INFO] scan: found %s rssi=-%d addr=" % (prod[0], ri(40, 95)), P(m, "device"), " type=public bonded=%s" % ch(["yes", "no"]))
    elif k == 1:
        p = person()
        b.f("[INFO] paired ", P(m, "device"), " (%s) to user " % prod[1], P(pname(p), "name"),
            " mrn=", P(mrn(), "mrn"))
    elif k == 2:
        prod = ch([PRODUCTS[0], PRODUCTS[1], PRODUCTS[5], PRODUCTS[6]])
        sn = dev_serial(PROD_KIND[prod[1]])
        b.f("[INFO] DIS read: manufacturer=%s model=%s serial=" % (prod[0].split()[0], prod[1]), P(sn, "device"),
            " fw=%d.%d.%d hw=rev%s" % (ri(1, 5), ri(0, 9), ri(0, 30), ch("ABCD")))
    elif k == 3:
        p = person()
        b.f("[WARN] reading rejected: user slot %d belongs to " % ri(1, 4), P(pname(p, "fl"), "name"),
            " but hub registered to ", P(pname(person(), "fl"), "name"), " (", ch(RELATION), ") - flagging for RN review")
    elif k == 5:
        b.f("[INFO] voice assistant: speaker profile saved for ", P(person()["first"], "name"), " embedding=", P(biometric_b64("voice"), "biometric"),
            " (wake word \"Hey Hub\", %d utterances)" % ri(3, 8))
    else:
        b.f("[INFO] wan up: ", P(pub_ip(), "ip"), " gw ", priv_ip(), " hub imei ", P(imei(), "device"))
    return b


def fam_glucose_upload(phi):
    b = Line("glucose_meter_logfmt")
    items = [("ts", ts_iso()), ("level", ch(["info", "warn", "debug"])), ("svc", "glucose-sync"),
             ("req_id", hx(16)), ("app", "GlucoSense/%d.%d.%d" % (ri(2, 5), ri(0, 9), ri(0, 40)))]
    if not phi:
        k = ri(0, 2)
        if k == 0:
            items += [("msg", "upload received"), ("readings", ri(1, 60)), ("meter_model", "GS-G2"),
                      ("fw", "2.%d.%d" % (ri(0, 9), ri(0, 9))), ("duration", "%dms" % ri(10, 900)), ("bytes", ri(200, 9000))]
        elif k == 1:
            items += [("msg", "control solution test ignored"), ("lot", "CS%s" % rs(6)), ("exp", (NOW[0].date() + dt.timedelta(days=ri(30, 500))).isoformat()),
                      ("glu", ri(100, 140)), ("unit", "mg/dL")]
        else:
            items += [("msg", "strip lot recall check"), ("lot", "%s%s" % (rs(2, UP), rs(7))), ("recall", "false"),
                      ("catalog", "https://api.glucosense.example/v1/lots"), ("http_status", 200)]
        return KV(b, items)
    p = person()
    sn = dev_serial("bgm")
    items += [("msg", ch(["upload received", "hypo alert", "hyper alert", "sync complete"])),
              (ch(["meter_sn", "sn", "deviceSerial"]), P(sn, "device")), ("glu", ri(40, 420)), ("unit", "mg/dL")]
    pool = [(ch(["pt", "patient_name", "user_display"]), P(pname(p, ch(["fl", "lf"])), "name")),
            (ch(["mrn", "pat_mrn", "ehr_id"]), P(mrn(), "mrn")),
            (ch(["dob", "birth_dt"]), P(fdate(p["dob"], ch(["iso", "us0"])), "date")),
            (ch(["email", "acct_email", "login"]), P(p["email"], "email")),
            (ch(["client_ip", "remote_addr"]), P(pub_ip(), "ip")),
            (ch(["phone_imei", "handset_imei"]), P(imei(), "device"))]
    R.shuffle(pool)
    items += pool[:ri(1, 3)]
    return KV(b, items)


def fam_bp_jsonl(phi):
    b = Line("bp_cuff_jsonl")
    d = {"@timestamp": ts_iso(), "level": ch(["INFO", "WARN"]), "logger": "rpm.bp.ingest", "thread": "vt-%d" % ri(1, 64)}
    if not phi:
        k = ri(0, 2)
        if k == 0:
            d.update({"message": "batch persisted", "rows": ri(1, 500), "table": "bp_readings_v3", "durationMs": ri(2, 2000),
                      "traceId": hx(32), "spanId": hx(16)})
        elif k == 1:
            d.update({"message": "threshold rule evaluated", "rule": "SBP>=180 OR DBP>=110", "matched": 0,
                      "cohortAgeMedian": ri(60, 79), "model": "BP7250", "fw": "3.4.%d" % ri(0, 9)})
        else:
            d.update({"message": "cuff size mismatch warning", "cuff": ch(["M", "L", "XL"]), "armCircCm": ri(22, 45),
                      "age": ri(45, 89), "sex": ch(["F", "M"]), "deidentified": True})
            if coin(0.6):
                d.update({"birthYear": ri(1935, 1979), "zip3": ch(CITIES)[3], "ageBand": ch(["65-74", "75-84", "85+"])})
        return J(b, d)
    p = person()
    d.update({"message": ch(["reading received", "hypertensive crisis threshold crossed", "reading flagged irregular"]),
              "sys": ri(95, 200), "dia": ri(55, 125), "hr": ri(45, 130)})
    sn = dev_serial("bpc")
    d[ch(["deviceSn", "cuff_serial", "serialNumber"])] = P(sn, "device")
    pool = [(ch(["patientName", "pt_name", "name"]), P(pname(p), "name")),
            (ch(["mrn", "MRN", "patientMrn"]), P(mrn(), "mrn")),
            (ch(["ageYears", "age"]), P(p["age"], "age", raw=True)) if p["age"] > 89 else ("ageBand", "65+"),
            (ch(["homePhone", "phone"]), P(phone_fmt(p["area"]), "phone")),
            (ch(["nextApptDate", "followUp"]), P(fdate(recent_date(0, 30), ch(["iso", "us0"])), "date")),
            ("ordering", clinician())]
    R.shuffle(pool)
    for k_, v in pool[:ri(2, 4)]:
        d[k_] = v
    if not has_phi({k: v for k, v in d.items() if k not in ("deviceSn", "cuff_serial", "serialNumber")}):
        d["patientName"] = P(pname(p), "name")
    return J(b, d)


def fam_hl7_cardiac(phi):
    b = Line("hl7_icd_pacemaker_remote")
    b.t("%s INFO  [mllp-listener-%d] " % (ts_py(), ri(1, 8)))
    ctrl = "MSG%08d" % ri(1, 99999999)
    vend = ch([("PACEART", "MDT-CARELINK"), ("LATITUDE", "BSC"), ("MERLIN.NET", "ABT"), ("HOMEMONITORING", "BIO")])
    if not phi:
        k = ri(0, 3)
        if k == 0:
            b.t("outbound: MSH|^~\\&|RPMGW|NFH|%s|%s|%s||ACK^R01^ACK|ACK%s|P|2.6\\rMSA|AA|%s" % (
                vend[0], vend[1], ts_hl7(), ctrl[3:], ctrl))
        elif k == 1:
            b.t("inbound ORU^R01 ctrl=%s from=%s segs=%d bytes=%d idco_profile=IEEE-11073-10103 parse_ms=%d" % (
                ctrl, vend[1].lower(), ri(20, 160), ri(2000, 40000), ri(1, 90)))
        elif k == 2:
            b.t("inbound (redacted copy for debug): MSH|^~\\&|%s|%s|RPMGW|NFH|%s||ORU^R01^ORU_R01|%s|P|2.6\\rPID|1||[REDACTED]||[REDACTED]\\r"
                "OBX|1|CWE|720896^MDC_IDC_DEV_MODEL^MDC||%s||||||F\\rOBX|2|NM|721031^MDC_IDC_BATTERY_VOLTAGE^MDC||%.2f|V|||||F\\r"
                "OBX|3|NM|721040^MDC_IDC_BATTERY_REMAINING_LONGEVITY^MDC||%d|mo|||||F" % (
                    vend[0], vend[1], ts_hl7(), ctrl, ch(["CLP-DR3", "SICD-VR2", "HS-ICM1"]), R.uniform(2.6, 3.2), ri(6, 140)))
        else:
            b.t("NAK sent ctrl=%s reason=\"PID-3 missing\" retry_in=%ds queue=hl7-inbound-dlq depth=%d" % (ctrl, ri(5, 300), ri(0, 80)))
        return b
    p = person()
    b.f("inbound: MSH|^~\\&|%s|%s|RPMGW|NFH|%s||ORU^R01^ORU_R01|%s|P|2.6\\rPID|1||" % (vend[0], vend[1], ts_hl7(), ctrl),
        P(mrn(), "mrn"), "^^^NFH^MR")
    if coin(0.35):
        b.f("~", P(ssn("dash"), "ssn"), "^^^SSA^SS")
    b.f("||", P(pname(p, "hl7"), "name"), "||", P(fdate(p["dob"], "hl7"), "date"), "|%s" % ch("FM"))
    fld = 8  # current PID field index
    if coin(0.6):
        b.f("|||", P(p["street"].upper(), "address"), "^^", P(p["city"].upper(), "address"), "^%s^" % p["state"],
            P(p["zip"], "zip"))
        fld = 11
        if coin(0.6):
            b.f("||", P(phone_fmt(p["area"], ch(["paren", "dash"])), "phone"), "^PRN^PH")
            fld = 13
            if coin(0.4):
                b.f("~", P(phone_fmt(p["area"], ch(["paren", "dash"])), "fax"), "^PRN^FX")
    if coin(0.4):
        b.f("|" * (18 - fld), P(patient_account(), "account"), "^^^NFH^AN")
    dev = ch(["pacer", "icd", "icm"])
    b.f("\\rOBX|1|ST|720897^MDC_IDC_DEV_SERIAL^MDC||", P(dev_serial(dev), "device"), "||||||F")
    if coin(0.5):
        b.f("\\rOBX|2|DTM|721025^MDC_IDC_DEV_IMPLANT_DT^MDC||", P(fdate(rand_date(2012, 2024), "hl7"), "date"), "||||||F")
    b.t("\\rOBX|3|NM|721031^MDC_IDC_BATTERY_VOLTAGE^MDC||%.2f|V|||||F" % R.uniform(2.6, 3.2))
    if coin(0.3):
        b.t("\\rOBX|4|ST|721280^MDC_IDC_SESS_CLINICIAN_NAME^MDC||%s||||||F" % clinician())
    return b


def fam_pill_dispenser(phi):
    b = Line("smart_pill_dispenser")
    t = NOW[0]
    b.t("[%s] %s.%03d " % (ch(["PPC28", "pillpal-agent", "dispenser-fw"]), t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000))
    if not phi:
        k = ri(0, 4)
        if k == 0:
            b.t("EVT dose_taken slot=%d sched=%s window_min=%d latency_s=%d med=\"%s\" ndc=%s-%s-%s" % (
                ri(1, 28), ch(["08:00", "12:00", "20:00"]), ch([30, 60, 90]), ri(0, 3600),
                ch(["metoprolol 25 mg", "furosemide 40 mg", "apixaban 5 mg", "metformin 500 mg", "lisinopril 10 mg"]),
                rs(4), rs(4), rs(2)))
        elif k == 1:
            b.t("EVT carousel_jam motor=%d current_mA=%d retries=%d fw=%s" % (ri(1, 2), ri(200, 900), ri(1, 5), "pp-%d.%d.%d" % (ri(1, 3), ri(0, 9), ri(0, 9))))
        elif k == 2:
            b.t("EVT refill_loaded by=%s pharmacy=\"%s Outpatient Pharmacy\" phone=%s trays=%d lot=%s exp=%s" % (
                ch(["tech.lbauer", "pharm.tech02", "svc-pharmacy-sync"]), HOSP, HOSP_PHONE, ri(1, 4), rs(8, UPN),
                (t.date() + dt.timedelta(days=ri(60, 700))).strftime("%Y-%m")))
        elif k == 3:
            b.t("EVT missed_dose count_7d=%d adherence_30d=%.1f%% escalate_to=%s policy=ADH-%d" % (
                ri(1, 6), R.uniform(55, 99), ch(CLIN_TEAMS), ri(1, 20)))
        else:
            b.t("SYS wifi rssi=-%d ssid_hash=%s ntp=pool.ntp.org offset_ms=%d uptime=%dh" % (ri(40, 90), hx(12), ri(-50, 50), ri(1, 4000)))
        return b
    p = person()
    sn = dev_serial("pill")
    k = ch([0, 0, 1, 1, 2, 2, 2, 3, 4, 4, 5, 5, 5])
    if k == 0:
        b.f("AUTH fingerprint_enroll user=", P(pname(p, "fl"), "name"), " finger=%s " % ch(["R_INDEX", "L_INDEX", "R_THUMB"]),
            ch(["tmpl", "fp_template", "minutiae"]), "=", P(biometric_b64("fp"), "biometric"), " dev=", P(sn, "device"))
    elif k == 1:
        b.f("AUTH fingerprint_match ok score=%d dev=" % ri(40, 99), P(sn, "device"), " matched_template=",
            P(biometric_b64("fp"), "biometric"))
    elif k == 2:
        ln = ch(LAST)
        b.f("RX load rx_for=\"", P(pname(p), "name"), "\" med=\"%s\" prescriber=\"%s\" prescriber_npi=%s dea=" % (
            ch(["oxycodone 5 mg", "lorazepam 0.5 mg", "tramadol 50 mg", "hydrocodone/APAP 5/325"]),
            "Dr. %s %s" % (ch(CLIN_FIRST), ln), npi()), P(dea(ln), "license"))
    elif k == 3:
        b.f("EVT missed_dose dev=", P(sn, "device"), " notify caregiver ", P(pname(person(), "fl"), "name"),
            " (%s) at " % ch(RELATION), P(phone_fmt(), "phone"))
    elif k == 4:
        b.f("VOICE enroll speaker=", P(p["first"] + " " + p["last"], "name"), " lang=%s voiceprint=" % ch(["es-US", "en-US", "vi-VN", "pl-PL"]),
            P(biometric_b64("voice"), "biometric"), " model=ecapa-tdnn-v%d" % ri(1, 3))
    else:
        b.f("RX verify dev=", P(sn, "device"), " patient=\"", P(pname(p, ch(["lf", "fl"])), "name"), "\" verified_by=pharm.%s rph_license=" % ascii_fold(ch(CLIN_LAST)).lower(),
            P(ch(["RPH%07d" % ri(10 ** 5, 10 ** 7 - 1), "PH.%06d" % ri(10 ** 4, 10 ** 6 - 1), "051.%06d" % ri(10 ** 4, 10 ** 6 - 1)]), "license"),
            " trays=%d" % ri(1, 4))
    return b


def fam_fall_detect(phi):
    b = Line("fall_detection_alert")
    b.t("%s fallsvc " % ts_iso(ms=True))
    if not phi:
        k = ri(0, 2)
        if k == 0:
            J(b, {"event": "HEARTBEAT", "model": "GSP-4", "fw": "gsp-%d.%d.%d" % (ri(1, 3), ri(0, 9), ri(0, 30)),
                  "batteryPct": ri(5, 100), "lteRsrp": -ri(80, 120), "deviceRef": "demo-unit-%02d" % ri(1, 20), "env": "qa"})
        elif k == 1:
            J(b, {"event": "FALL_DETECTED", "confidence": round(R.uniform(0.5, 0.99), 2), "test": True,
                  "note": "monthly drill, monitoring center %s" % HOSP_NURSELINE, "operator": ch(STAFF_ACCTS),
                  "ticket": "INC%07d" % ri(100000, 9999999)})
        else:
            J(b, {"event": "MODEL_UPDATE", "classifier": "fallnet-%d.%d" % (ri(2, 4), ri(0, 9)), "auc": round(R.uniform(0.9, 0.99), 3),
                  "falsePosPer1000h": round(R.uniform(0.1, 3), 2), "trainedOn": "%d-%02d" % (ri(2023, 2024), ri(1, 12)),
                  "sha": hx(40)})
        return b
    p = person(old=coin(0.7))
    d = {"event": ch(["FALL_DETECTED", "NO_MOTION_12H", "SOS_BUTTON", "CRASH_DETECTED"]),
         "confidence": round(R.uniform(0.6, 0.99), 2)}
    dev = {"model": "GSP-4"}
    dev[ch(["imei", "IMEI", "modem_imei"])] = P(imei(), "device")
    d["device"] = dev
    sub = {ch(["name", "fullName", "subscriberName"]): P(pname(p), "name")}
    if p["age"] > 89:
        sub["age"] = P(p["age"], "age", raw=True)
    else:
        sub["age"] = p["age"]
    if coin(0.6):
        addr = {"line1": P(p["street"], "address"), "city": P(p["city"], "address")}
        if coin(0.4):
            addr["county"] = P(p["county"], "address")
        addr["state"] = p["state"]
        addr["zip"] = P(p["zip"], "zip")
        sub["address"] = addr
    if coin(0.6):
        r = person(old=False)
        sub["emergencyContacts"] = [{"name": P(pname(r, "fl"), "name"), "rel": ch(RELATION), "phone": P(phone_fmt(), "phone")}]
    if d["event"] == "CRASH_DETECTED" or coin(0.25):
        sub["vehicle"] = {"vin": P(vin(), "vehicle"), "plate": P(plate(), "vehicle"), "make": ch(["Toyota", "Honda", "Ford", "Hyundai", "Subaru"])}
    if coin(0.25):
        sub["gaitTemplate"] = P(biometric_b64("gait"), "biometric")
    if coin(0.15):
        sub["familyPage"] = P(personal_url(p), "url")
    if coin(0.2):
        sub["snapshot"] = P("s3://nfh-fallcam-prod/frames/%s/%s_%d.jpg" % (NOW[0].strftime("%Y/%m/%d"), p["l_ascii"].lower(), ri(1000, 9999)), "photo")
    d["subscriber"] = sub
    d["dispatch"] = {"psap": ch(["Sangamon 911", "County ECC", "Metro 911"]), "monitoringCenter": HOSP_NURSELINE}
    return J(b, d)


def fam_hah_kit(phi):
    b = Line("hospital_at_home_kit_ops")
    b.t("%s %s [kit-logistics] " % (ts_py(), ch(["INFO", "WARNING", "INFO"])))
    kit = "HAH-K-%04d" % ri(1, 4000)
    if not phi:
        k = ri(0, 4)
        v = ch(VENDORS[:4])
        if k == 0:
            b.t("Return shipment for %s to %s, %s, %s, %s %s via UPS 1Z%s%s (RMA-%d)" % (
                kit, v[0], v[1], v[2], v[3], v[4], rs(6, UPN), rs(10), ri(10000, 99999)))
        elif k == 1:
            b.t("Inventory %s: tablets=%d bp_cuffs=%d pulse_ox=%d scales=%d hubs=%d reorder PO-%d-%05d" % (
                ch(["depot-east", "depot-west", "%s main" % HOSP]), ri(0, 90), ri(0, 90), ri(0, 90), ri(0, 90), ri(0, 90), ri(2023, 2024), ri(1, 99999)))
        elif k == 2:
            b.t("%s sanitized and QC passed by %s; components: VitaCuff BP-700, PulseOx PO-31, HomeHub LTE; next available %s" % (
                kit, ch(STAFF_ACCTS), (NOW[0].date() + dt.timedelta(days=ri(1, 9))).isoformat()))
        elif k == 3:
            b.t("Pickup window confirmed with %s, tel %s, for %d kits from %s, %s, %s %s" % (
                v[0], v[5], ri(2, 40), HOSP_ADDR[0], HOSP_ADDR[1], HOSP_ADDR[2], HOSP_ADDR[3]))
        else:
            b.t("Courier route %s-%d: %d stops, %.1f mi, driver badge EMP%05d, van unit %d" % (
                ch(["NORTH", "SOUTH", "WEST"]), ri(1, 30), ri(3, 18), R.uniform(10, 120), ri(1, 99999), ri(1, 40)))
        return b
    p = person()
    k = ri(0, 5)
    if k == 0:
        b.f("%s assembled for " % kit, P(pname(p), "name"), " (MRN ", P(mrn(), "mrn"), "), ship to ",
            P(p["street"], "address"), ", ", P(p["city"], "address"), ", %s " % p["state"], P(p["zip"], "zip"),
            "; contact ", P(phone_fmt(p["area"]), "phone"))
    elif k == 1:
        if coin(0.6):
            idpart = [" presented driver license ", P(dl(), "license"), " (%s), DOB " % p["state"]]
        else:
            idpart = [" presented passport ", P(other_id()[1] if coin(0.3) else rs(9), "other_id"), ", DOB "]
        b.f("Delivery ID check for %s: recipient " % kit, P(pname(p, "fl"), "name"), *idpart, P(fdate(p["dob"], ch(["us0", "us", "iso"])), "date"), " - match OK")
    elif k == 2:
        r = person(old=False)
        b.f("Nurse visit parking: caregiver ", P(pname(r, "fl"), "name"), " vehicle plate ", P(plate(), "vehicle"),
            " registered for ", P(p["street"], "address"), " visit on ", P(fdate(recent_date(0, 14), ch(["iso", "us0", "long"])), "date"))
    elif k == 3:
        b.f("%s recall: patient " % kit, P(pname(p), "name"), " discharged from HaH on ",
            P(fdate(recent_date(20, 0), ch(["iso", "dmon", "us"])), "date"), "; admitted ",
            P(fdate(recent_date(60, -21), ch(["iso", "dmon", "us"])), "date"), "; schedule pickup at ",
            P(p["street"], "address"), ", ", P(p["city"], "address"))
    elif k == 4:
        b.f("%s onboarding photo uploaded for " % kit, P(pname(p, "fl"), "name"), ": ",
            P("s3://nfh-hah-onboarding/id-photos/%s/%s_%s_selfie.jpg" % (NOW[0].strftime("%Y/%m"), p["f_ascii"].lower(), p["l_ascii"].lower()), "photo"))
    else:
        b.f("%s kit assigned; patient age " % kit, P_age(ri(90, 101)), ", lives alone in ", P(p["county"], "address"),
            ", %s; escalation contact " % STATE_NAMES.get(p["state"], p["state"]), P(p["email"], "email"))
    return b


def cert_serial():
    return ":".join(hx(2) for _ in range(16))


def fam_provisioning(phi):
    b = Line("device_provisioning_pki")
    b.t("%s %s " % (ts_iso(ms=False), ch(["step-ca", "dps-worker", "fleet-provisioner", "cfssl"])))
    org = "OU=RPM Devices,O=%s,L=%s,ST=%s,C=US" % (HOSP, HOSP_ADDR[1], HOSP_ADDR[2])
    if not phi:
        k = ri(0, 4)
        nb = NOW[0].date()
        if k == 0:
            b.t("INFO rotated intermediate CA serial=%s subject=\"CN=NFH RPM Issuing CA G%d,%s\" notBefore=%s notAfter=%s keyAlg=ECDSA-P256" % (
                cert_serial(), ri(2, 5), org, nb.isoformat(), nb.replace(year=nb.year + 5).isoformat()))
        elif k == 1:
            b.t("INFO CRL published url=http://pki.rpm.northfieldhealth.org/crl/issuing-g3.crl entries=%d nextUpdate=%s sha1=%s" % (
                ri(0, 400), (nb + dt.timedelta(days=7)).isoformat(), hx(40)))
        elif k == 2:
            b.t("INFO fleet template rpm-claim-template-v%d: claim cert %s used %d times, policy=RPMDeviceProvisioningPolicy, role=arn:aws:iam::%012d:role/IoTProvisioningRole" % (
                ri(1, 9), hx(64), ri(1, 9000), ri(10 ** 11, 10 ** 12 - 1)))
        elif k == 3:
            b.t("WARN enrollment group eg-%s attestation=x509 signing cert thumbprint %s expires in %d days" % (
                ch(["bp-cuffs", "glucometers", "pill-dispensers", "hubs"]), hx(40, True), ri(5, 60)))
        elif k == 4 and coin(0.5):
            v = ch(VENDORS)
            b.t("INFO manufacturer allow-list %s.csv imported from %s (%s, %s %s %s), %d serials, support %s" % (
                hx(8), v[0], v[1], v[2], v[3], v[4], ri(500, 20000), v[5]))
        else:
            b.t("INFO ACME order %s for mqtt.rpm.northfieldhealth.org status=valid challenge=dns-01 key=%s" % (
                ri(10 ** 9, 10 ** 10), b64(24)))
        return b
    sn = dev_serial(ch(["bpc", "bgm", "pox", "pill", "hub", "pend", "scale"]))
    k = ri(0, 3)
    if k == 0:
        b.f("INFO issued device certificate serial=%s subject=\"CN=" % cert_serial(), P(sn, "device"),
            ",%s\" notAfter=%s" % (org, NOW[0].date().replace(year=NOW[0].year + 3).isoformat()))
    elif k == 1:
        b.f("INFO registrationId=", P(sn, "device"), " assignedHub=iothub-rpm-eus2.azure-devices.net status=assigned substatus=initialAssignment etag=",
            "\"%s\"" % uuid4())
    elif k == 2:
        p = person()
        b.f("INFO initialTwin for ", P(sn, "device"), " tags.patient=\"", P(pname(p), "name"), "\" tags.mrn=",
            P(mrn(), "mrn"), " tags.site=%s" % ch(["NFH-Main", "NFH-West", "HaH-Central"]))
    else:
        b.f("ERROR CSR rejected: CN=", P(sn, "device"), " SAN=", P(imei(), "device"), " reason=\"serial not in manufacturing allow-list\" csr_sha256=%s" % hx(64))
    return b


def fam_fota(phi):
    b = Line("firmware_update_campaign")
    prod = ch(PRODUCTS)
    ver = "%d.%d.%d" % (ri(1, 5), ri(0, 12), ri(0, 40))
    camp = "fw-%s-%s" % (prod[1].lower(), ver)
    b.t("%s ota-orchestrator %s " % (ts_iso(), ch(["INFO", "INFO", "WARN"])))
    if not phi:
        k = ri(0, 3)
        if k == 0:
            b.t("campaign=%s stage=%s target_group=%s-gen%d total=%d succeeded=%d failed=%d in_progress=%d abort_threshold=%d%%" % (
                camp, ch(["canary", "wave-1", "wave-2", "general"]), prod[1].lower(), ri(1, 3), ri(100, 9000), ri(0, 5000), ri(0, 40), ri(0, 900), ch([2, 5, 10])))
        elif k == 1:
            b.t("campaign=%s artifact=s3://nfh-rpm-firmware/%s/%s.bin size=%d sha256=%s signed_by=ecdsa:%s" % (
                camp, prod[1], ver, ri(100000, 9000000), hx(64), hx(16)))
        elif k == 2:
            b.t("campaign=%s scheduled window %s 02:00-04:00 local, approved by change CHG%07d (%s)" % (
                camp, (NOW[0].date() + dt.timedelta(days=ri(1, 20))).isoformat(), ri(10 ** 5, 10 ** 7 - 1), ch(STAFF_ACCTS)))
        else:
            b.t("campaign=%s release notes: fixes BLE reconnect after %dms supervision timeout, CVE-2024-%d; min bootloader %s" % (
                camp, ch([4000, 6000, 32000]), ri(20000, 49999), "bl-%d.%d" % (ri(1, 3), ri(0, 9))))
        return b
    sn = dev_serial(PROD_KIND[prod[1]])
    k = ri(0, 2)
    if k == 0:
        b.f("campaign=%s device=" % camp, P(sn, "device"), " state=FAILED err=%s attempts=%d" % (
            ch(["E_SIG_VERIFY", "E_LOW_BATTERY", "E_FLASH_WRITE", "E_TIMEOUT"]), ri(1, 5)))
    elif k == 1:
        p = person()
        b.f("campaign=%s device=" % camp, P(sn, "device"), " stuck DOWNLOADING %dh; owner " % ri(6, 96), P(pname(p), "name"),
            " phone ", P(phone_fmt(p["area"]), "phone"), " - courtesy call queued for %s" % ch(CLIN_TEAMS))
    else:
        b.f("campaign=%s device=" % camp, P(sn, "device"), " rebooted into %s, reported udi=" % ver, P(udi(), "device"),
            " wan=", P(pub_ip(), "ip"))
    return b


CSV_HDR = ["patient_ref", "device_sn", "metric", "value", "unit", "measured_at"]


def fam_csv_export(phi):
    b = Line("telemetry_csv_export")
    b.t("%s export-job[rpm_vitals_%s] " % (ts_py(), NOW[0].strftime("%Y%m%d")))
    if not phi:
        k = ri(0, 3)
        if k == 0:
            b.t("header: " + ",".join(CSV_HDR + ch([["site"], ["source_system"], ["quality_flag"]])))
        elif k == 1:
            met, lo, hi, unit = ch([("spo2_p50", 88, 99, "%"), ("sys_p90", 120, 175, "mmHg"), ("weight_delta_p50", -2, 3, "kg"),
                                    ("glu_tir", 40, 95, "pct")])
            b.t("row %d: %s,cohort=%s,%s,%.1f,%s,n=%d" % (
                ri(1, 9000), (NOW[0].date() - dt.timedelta(days=1)).isoformat(), ch(["CHF", "HTN", "COPD", "T2DM"]),
                met, R.uniform(lo, hi), unit, ri(20, 900)))
        elif k == 2:
            b.t("wrote %d rows to s3://nfh-rpm-exports/daily/%s/part-%05d.csv.gz (%d bytes, md5 %s) in %.2fs" % (
                ri(1000, 90000), NOW[0].strftime("%Y/%m/%d"), ri(0, 99), ri(10 ** 5, 10 ** 8), hx(32), R.uniform(0.5, 90)))
        else:
            b.t("row %d skipped: value out of range metric=weight value=%d unit=lb device_model=SW-220 fw=%d.%d" % (
                ri(1, 9000), ri(700, 999), ri(1, 3), ri(0, 9)))
        return b
    p = person()
    k = ri(0, 2)
    metric = ch([("spo2", ri(82, 99), "%"), ("sys", ri(95, 200), "mmHg"), ("weight", round(R.uniform(45, 150), 1), "kg"),
                 ("glucose", ri(45, 400), "mg/dL")])
    mt = ts_iso(ms=False)
    if k == 0:
        b.f("row %d: " % ri(1, 90000), P(mrn(), "mrn"), ",", P(dev_serial(), "device"), ",%s,%s,%s,%s" % (metric[0], metric[1], metric[2], mt))
    elif k == 1:
        b.f("row %d: \"" % ri(1, 90000), P(pname(p, ch(["LF", "lf"])), "name"), "\",\"", P(fdate(p["dob"], ch(["iso", "us0"])), "date"),
            "\",%s,%s,%s,%s" % (metric[0], metric[1], metric[2], mt))
    else:
        b.f("row %d rejected (duplicate): " % ri(1, 90000), P(mrn(), "mrn"), ",", P(pname(p, "fl"), "name"), ",",
            P(p["zip"], "zip"), ",%s,%s" % (metric[0], metric[1]))
    return b


def fam_influx(phi):
    b = Line("influx_line_protocol")
    if not phi:
        k = ri(0, 2)
        if k == 0:
            b.t("vitals,site=%s,device_model=%s,fw=%d.%d.%d sys=%di,dia=%di,pulse=%di %d" % (
                ch(["nfh-main", "nfh-west", "hah"]), ch(PRODUCTS)[1], ri(1, 4), ri(0, 9), ri(0, 30), ri(100, 170), ri(60, 100), ri(50, 110), ts_epoch_ms() * 1000000))
        elif k == 1:
            b.t("broker_stats,host=mqtt-broker-%d.rpm.prod.internal,port=8883 clients=%di,msgs_in_1m=%.2f,bytes_out=%di %d" % (
                ri(1, 3), ri(1000, 9000), R.uniform(100, 9000), ri(10 ** 6, 10 ** 9), ts_epoch_ms() * 1000000))
        else:
            b.t("ota_progress,campaign=fw-%s-%d.%d.%d,wave=%d pct=%.1f,failed=%di %d" % (
                ch(PRODUCTS)[1].lower(), ri(1, 5), ri(0, 9), ri(0, 30), ri(1, 4), R.uniform(0, 100), ri(0, 50), ts_epoch_ms() * 1000000))
        return b
    sn = dev_serial(ch(["bpc", "pox", "bgm", "scale"]))
    b.f("vitals,site=%s,device_sn=" % ch(["nfh-main", "hah"]), P(sn, "device"))
    if coin(0.6):
        b.f(",mrn=", P(mrn(), "mrn"))
    if coin(0.3):
        b.f(",member_id=", P(member_id(), "health_plan"))
    b.t(" spo2=%di,pr=%di %d" % (ri(84, 99), ri(50, 120), ts_epoch_ms() * 1000000))
    return b


def fam_alert_router(phi):
    b = Line("alert_routing_logfmt")
    items = [("ts", ts_iso(ms=True)), ("level", ch(["info", "warn", "error"])), ("caller", "router.go:%d" % ri(80, 400)),
             ("alert", "ALR-%s-%05d" % (NOW[0].strftime("%Y%m%d"), ri(1, 99999)))]
    rule = ch(["spo2_below_88", "sbp_above_180", "weight_gain_2kg_48h", "no_data_72h", "glucose_below_54", "fall_detected", "af_burden_gt_6h"])
    items.append(("rule", rule))
    if not phi:
        k = ri(0, 4)
        if k == 0:
            items += [("team", ch(CLIN_TEAMS)), ("oncall", ch(STAFF_ACCTS[:2] + ["oncall-ep", "rn.apatel", "np.gokonkwo"])),
                      ("channel", ch(["pager", "teams", "epic_inbasket"])), ("ack_sla", "%dm" % ch([5, 15, 30])), ("latency_ms", ri(5, 900))]
        elif k == 1:
            items += [("msg", "escalated to charge nurse line"), ("dial", HOSP_NURSELINE), ("attempt", ri(1, 3)), ("dedupe_key", hx(20))]
        elif k == 2:
            items += [("msg", "suppressed duplicate"), ("window", "%dm" % ri(5, 60)), ("fingerprint", hx(16)), ("count", ri(2, 40))]
        elif k == 4:
            items += [("msg", "oncall roster loaded"), ("primary", clinician()), ("primary_ext", "x%d" % ri(4000, 4999)),
                      ("backup", clinician()), ("clinic_phone", HOSP_PHONE), ("clinic_fax", HOSP_FAX), ("valid_from", NOW[0].date().isoformat())]
        else:
            items += [("msg", "assigned"), ("assignee", clinician()), ("team", ch(CLIN_TEAMS)), ("inbasket_pool", "P%05d" % ri(1, 99999))]
        return KV(b, items)
    p = person()
    k = ri(0, 4)
    if k == 4:
        items[-1] = ("rule", "vehicle_crash_detected")
        items += [("source", "telematics"), ("vin", P(vin(), "vehicle")), ("plate", P(plate(), "vehicle")),
                  ("driver", P(pname(p), "name")), ("team", ch(CLIN_TEAMS))]
    elif k == 0:
        items += [("channel", "sms"), ("to", P(phone_fmt(p["area"], ch(["e164", "intl"])), "phone")),
                  ("template", "rpm_check_in_v%d" % ri(1, 4)), ("provider", "twilio")]
    elif k == 1:
        items += [("channel", "email"), ("to", P(person()["email"], "email")), ("relation", ch(RELATION))]
        if coin(0.4):
            items.append(("caregiver_profile", P(personal_url(person()), "url")))
        items += [
                  ("subject", "Update about %s" % ch(["your mother", "your father", "your relative"]))]
    elif k == 2:
        agetxt = P_age(p["age"]) if p["age"] > 89 else None
        b.f(*[])
        KV(b, items + [("team", ch(CLIN_TEAMS))])
        b.f(" summary=\"", P(pname(p, ch(["fl", "fml"])), "name"), ", ")
        if agetxt:
            b.f(agetxt, "%s, " % age_suffix())
        else:
            b.t("%d%s, " % (p["age"], ch(["yo", " y/o"])))
        b.f("%s; lives at " % rule.replace("_", " "), P(p["street"], "address"), ", ", P(p["city"], "address"), "\"")
        return b
    else:
        items += [("channel", "voice"), ("callee", P(pname(p), "name")), ("number", P(phone_fmt(p["area"]), "phone")),
                  ("fallback_fax", P(phone_fmt(p["area"]), "fax")) if coin(0.6) else ("fallback", "none"),
                  ("outcome", ch(["no-answer", "completed", "busy"]))]
    return KV(b, items)


def fam_fhir(phi):
    b = Line("fhir_gateway_api")
    rid = uuid4()
    if not phi:
        k = ri(0, 3)
        b.t("%s INFO  [fhir-gw] " % ts_py())
        if k == 0:
            b.t("GET /fhir/R4/metadata 200 (%d ms) ua=\"HAPI-FHIR/%d.%d.%d\" x-request-id=%s" % (ri(2, 90), ri(6, 7), ri(0, 4), ri(0, 9), rid))
        elif k == 1:
            b.t("POST /fhir/R4 Bundle(batch) entries=%d 200 (%d ms) created=%d updated=%d client=%s" % (
                ri(2, 500), ri(20, 5000), ri(0, 400), ri(0, 100), ch(STAFF_ACCTS)))
        elif k == 2:
            b.t("PUT /fhir/R4/Device/%s 422 (%d ms) OperationOutcome: " % (rid, ri(5, 90)))
            J(b, {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "invariant",
                  "diagnostics": "udi-1: UDI carrier must have deviceIdentifier (profile us-core-implantable-device v%d.%d.0)" % (ri(5, 7), ri(0, 1))}]})
        else:
            b.t("POST /fhir/R4/Observation 201 (%d ms) body=" % ri(5, 90))
            J(b, {"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": "http://loinc.org", "code": "59408-5",
                  "display": "Oxygen saturation in Arterial blood by Pulse oximetry"}]}, "valueQuantity": {"value": ri(85, 99), "unit": "%"},
                  "meta": {"versionId": str(ri(1, 9)), "source": "#%s" % hx(16)}})
        return b
    p = person()
    b.t("%s INFO  [fhir-gw] POST /fhir/R4/Patient 201 (%d ms) body=" % (ts_py(), ri(5, 200)))
    res = {"resourceType": "Patient", "id": rid, "meta": {"profile": ["http://hl7.org/fhir/us/core/StructureDefinition/us-core-patient"]}}
    ids = [{"system": "urn:oid:2.16.840.1.113883.3.%d" % ri(100, 9999), "type": {"text": "MR"}, "value": P(mrn(), "mrn")}]
    if coin(0.4):
        ids.append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(ssn("dash"), "ssn")})
    if coin(0.4):
        ids.append({"system": "http://hl7.org/fhir/sid/us-mbi", "value": P(mbi(False), "health_plan")})
    if coin(0.35):
        kind, val = other_id()
        ids.append({"system": "urn:nfh:%s" % kind, "value": P(val, "other_id")})
    if coin(0.25):
        ids.append({"system": "urn:oid:2.16.840.1.113883.4.3.%d" % ri(1, 56), "type": {"coding": [{"code": "DL"}]}, "value": P(dl(), "license")})
    if coin(0.2):
        ids.append({"system": "urn:nfh:har", "type": {"coding": [{"code": "AN"}]}, "value": P(patient_account(), "account")})
    res["identifier"] = ids
    res["name"] = [{"use": "official", "family": P(p["last"], "name"), "given": [P(p["first"], "name")]}]
    tel = []
    if coin(0.6):
        tel.append({"system": "phone", "value": P(phone_fmt(p["area"]), "phone"), "use": ch(["home", "mobile"])})
    if coin(0.45):
        tel.append({"system": "fax", "value": P(phone_fmt(p["area"]), "fax")})
    if coin(0.5):
        tel.append({"system": "email", "value": P(p["email"], "email")})
    if tel:
        res["telecom"] = tel
    res["gender"] = ch(["female", "male"])
    res["birthDate"] = P(fdate(p["dob"], "iso"), "date")
    if coin(0.5):
        res["address"] = [{"line": [P(p["street"], "address")], "city": P(p["city"], "address"),
                           "district": P(p["county"], "address"), "state": p["state"], "postalCode": P(p["zip"], "zip")}]
    if coin(0.35):
        if coin(0.7):
            ct = ch(["jpg", "png"])
            res["photo"] = [{"contentType": "image/jpeg" if ct == "jpg" else "image/png", "data": P(photo_b64(ct), "photo")}]
        else:
            res["photo"] = [{"url": P("https://fhir.northfieldhealth.org/binary/photos/%s.jpg" % uuid4(), "photo")}]
    if coin(0.2):
        res["deceasedDateTime"] = P(fdate(recent_date(30, 0), "iso"), "date")
    return J(b, res)


UAS = ["CarePulse/5.2.1 (iPhone; iOS 17.5.1; Scale/3.00)", "CarePulse/5.1.9 (Android 14; SM-S918U)",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36",
       "okhttp/4.12.0", "Mozilla/5.0 (iPad; CPU OS 16_7 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1"]


def fam_nginx(phi):
    b = Line("nginx_patient_app_access")
    if not phi:
        k = ri(0, 2)
        if k == 0:
            b.t("%s - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" rt=0.00%d" % (priv_ip(), ts_clf(), ri(1, 9)))
        elif k == 1:
            b.t("%s - svc_rpm_ingest [%s] \"POST /internal/v1/telemetry/batch HTTP/1.1\" 202 %d \"-\" \"Go-http-client/2.0\" rt=%.3f uct=0.001 req_id=%s" % (
                priv_ip(), ts_clf(), ri(20, 90), R.uniform(0.001, 2), hx(32)))
        else:
            b.t("%s - - [%s] \"GET /static/app.%s.js HTTP/2.0\" 304 0 \"https://app.carepulse.example/login\" \"%s\" rt=0.000" % (
                svc_pub_ip(), ts_clf(), hx(8), "Amazon CloudFront"))
        return b
    ip = pub_ip6() if coin(0.2) else pub_ip()
    k = ri(0, 3)
    b.f(P(ip, "ip"), " - - [%s] \"" % ts_clf())
    if k == 0:
        b.t("GET /api/v2/me/readings?since=%s HTTP/2.0\" 200 %d \"-\" \"%s\"" % (recent_date(14, 0).isoformat(), ri(200, 9000), ch(UAS)))
    elif k == 1:
        em = person()["email"]
        b.f("GET /api/v2/account/lookup?email=", P(em.replace("@", "%40"), "email"), " HTTP/1.1\" 200 %d \"-\" \"%s\"" % (ri(50, 400), ch(UAS)))
    elif k == 2:
        b.t("POST /api/v2/devices/pair HTTP/2.0\" 201 %d \"-\" \"%s\"" % (ri(50, 400), ch(UAS)))
    else:
        p = person()
        b.f("GET /share/caregiver/accept?token=%s HTTP/2.0\" 302 0 \"" % hx(24), P(personal_url(p), "url"), "\" \"%s\"" % ch(UAS))
    b.t(" rt=%.3f" % R.uniform(0.001, 1.5))
    return b


def fam_greengrass(phi):
    b = Line("greengrass_component_log")
    comp = ch(["com.nfh.rpm.VitalsForwarder", "com.nfh.rpm.BleBridge", "com.nfh.rpm.AlertLocal", "aws.greengrass.Nucleus"])
    b.t("%s [%s] (pool-%d-thread-%d) %s: " % (ts_iso(ms=True), ch(["INFO", "WARN", "DEBUG"]), ri(1, 3), ri(1, 12), comp))
    if not phi:
        k = ri(0, 2)
        if k == 0:
            b.t("forwarded batch. {batchSize=%d, queueDepth=%d, serviceName=%s, currentState=RUNNING}" % (ri(1, 64), ri(0, 300), comp))
        elif k == 1:
            b.t("service-report-state. {serviceName=%s, currentState=%s, deployment=%s, version=%d.%d.%d}" % (
                comp, ch(["RUNNING", "FINISHED", "BROKEN"]), uuid4(), ri(1, 3), ri(0, 9), ri(0, 30)))
        else:
            b.t("stream-manager export. {stream=rpm_vitals, exportedSeq=%d, s3Uri=s3://nfh-edge-%s/raw/, bytes=%d}" % (
                ri(1000, 10 ** 7), ch(AWS_REGIONS), ri(1000, 10 ** 7)))
        return b
    p = person()
    sn = dev_serial(ch(["bpc", "pox", "bgm", "scale", "pend"]))
    b.f("reading buffered offline. {thingName=", P(sn, "device"), ", ")
    pool = [("patient", P(pname(p), "name")), ("mrn", P(mrn(), "mrn")), ("peerMac", P(mac(), "device")),
            ("homeZip", P(p["zip"], "zip")), ("dob", P(fdate(p["dob"], ch(["us0", "iso"])), "date")),
            ("voiceTemplate", P(biometric_b64("voice"), "biometric"))]
    if p["age"] > 89:
        pool.append(("ageYrs", P_age(p["age"])))
    R.shuffle(pool)
    for i, (k_, v) in enumerate(pool[:ri(1, 3)]):
        b.f("%s=" % k_, v, ", ")
    b.t("queueDepth=%d}" % ri(1, 500))
    return b


def fam_enrollment(phi):
    b = Line("rpm_enrollment_worker")
    b.t("%s %s [rpm.enroll.%s] " % (ts_py(), ch(["INFO", "WARNING", "DEBUG"]), ch(["identity", "consent", "eligibility", "intake"])))
    if not phi:
        k = ri(0, 4)
        if k == 0:
            b.t("eligibility batch 270/271 sent to clearinghouse payer_id=%s trace=%s items=%d elapsed=%.2fs" % (
                ch(["00431", "MCRFL", "87726", "60054"]), "TRN*1*%d*1%09d" % (ri(10 ** 6, 10 ** 7), ri(0, 10 ** 9)), ri(1, 400), R.uniform(0.2, 30)))
        elif k == 1:
            b.t("consent form template RPM-CONSENT-v%d.%d (es, en, vi, zh) published by %s, checksum %s" % (ri(1, 5), ri(0, 9), ch(STAFF_ACCTS), hx(32)))
        elif k == 2:
            b.t("intake queue depth=%d oldest=%dm workers=%d; referral source fax %s routed to OCR" % (ri(0, 300), ri(0, 600), ri(1, 8), HOSP_FAX))
        elif k == 3:
            b.t("identity vendor latency p95=%dms errors=%d endpoint=https://idv.vendor.example/v3/verify (%s)" % (ri(100, 3000), ri(0, 20), svc_pub_ip()))
        else:
            b.t("program %s: enrolled=%d, median age %d, age>=80: %d%%, devices shipped=%d" % (
                ch(["CHF", "HTN", "T2DM", "COPD"]), ri(100, 3000), ri(58, 79), ri(5, 30), ri(100, 3000)))
        return b
    p = person()
    k = ch([0, 0, 1, 1, 2, 3, 4, 5, 5, 5, 6, 7, 7, 8, 9])
    if k == 0:
        b.f("identity verified for ", P(pname(p), "name"), " using SSN ", P(ssn(), "ssn"), " and DOB ", P(fdate(p["dob"]), "date"))
    elif k == 1:
        kind, val = other_id()
        lbl = {"passport": "passport no.", "curp": "CURP", "aadhaar": "Aadhaar", "codice_fiscale": "codice fiscale",
               "dni": "DNI", "nino": "NI number", "sin": "SIN"}[kind]
        b.f("non-US identity document accepted for ", P(pname(p, "fl"), "name"), ": %s " % lbl, P(val, "other_id"), ", email ", P(p["email"], "email"))
    elif k == 2:
        b.f("eligibility ok: ", P(pname(p, "lf"), "name"), " MBI ", P(mbi(), "health_plan"), " Part B active, secondary member ",
            P(member_id(), "health_plan"))
    elif k == 3:
        g = person(old=False)
        b.f("guarantor ", P(pname(g, "fl"), "name"), " (", ch(RELATION), ") ", ch(["tel", "ph", "cell"]), " ", P(phone_fmt(g["area"]), "phone"),
            " fax ", P(phone_fmt(g["area"]), "fax"), " for patient ", P(pname(p, "fl"), "name"))
    elif k == 4:
        b.f("intake: ", P(p["first"], "name"), " (", P_age(ri(90, 104)), age_suffix(), ") moved from ", P(p["city"], "address"),
            " to daughter's home ", P(street_line(), "address"), "; family blog ", P(personal_url(p), "url"))
    elif k == 5:
        b.f("ID scan parsed: DL ", P(dl(), "license"), " name=", P(pname(p, "LF"), "name"), " addr=", P(p["street"].upper(), "address"),
            " ", P(p["city"].upper(), "address"), " %s " % p["state"], P(p["zip"], "zip"), " dob=", P(fdate(p["dob"], "us0"), "date"))
    elif k == 6:
        b.f("social worker note: SSN on file ", P(ssn(ch(["plain", "space"])), "ssn"), ", caregiver page ", P(personal_url(person()), "url"),
            ", photo ", P("/srv/intake/photos/%s/%s.png" % (mrn(), ch(["face_front", "portrait", "id_photo"])), "photo"))
    elif k == 7:
        kind, val = other_id()
        b.t("manual review queue: ")
        J(b, {"applicant": P(pname(p), "name"), ch(["ssn", "ss_no", "socialSecurity"]): P(ssn(), "ssn"),
              ch(["idDocType", "doc_type"]): kind, ch(["idDocNumber", "doc_no", "numero_documento"]): P(val, "other_id"),
              "stateLicense": P(dl(), "license"), "reviewer": ch(STAFF_ACCTS)}, SPACED)
    elif k == 9:
        b.t("kiosk check-in: ")
        J(b, {"kiosk": "NFH-LOBBY-%02d" % ri(1, 9), "palmVeinTemplate": P(biometric_b64("palm"), "biometric"), "matchScore": ri(60, 99),
              "patientAge": P(p["age"], "age", raw=True) if p["age"] > 89 else p["age"], "mrn": P(mrn(), "mrn")})
    else:
        b.f("consent e-signed by ", P(pname(p, "fml"), "name"), " from ", P(pub_ip(), "ip"), "; self-reported homepage ",
            P(personal_url(p), "url"), "; nationality doc ", P(other_id()[1], "other_id"))
    return b


def fam_billing(phi):
    b = Line("rpm_billing_service")
    b.t("%s billing-svc %s " % (ts_iso(), ch(["INFO", "INFO", "WARN"])))
    if not phi:
        k = ri(0, 3)
        if k == 0:
            b.t("claim batch CLB-%d submitted: cpt=[99453,99454,99457,99458] claims=%d billing_npi=%s tin=36-%07d payer=%s" % (
                ri(10 ** 5, 10 ** 6), ri(10, 900), npi(), ri(10 ** 6, 10 ** 7 - 1), ch(["Medicare Part B", "BCBS IL", "Aetna", "Humana"])))
        elif k == 1:
            b.t("remit 835 received check_eft=EFT%010d amount=$%.2f adjustments=%d routing=%s" % (
                ri(0, 10 ** 10 - 1), R.uniform(1000, 90000), ri(0, 40), routing()))
        elif k == 2:
            b.t("device deposit policy v%d: refundable $%d per kit, invoice prefix INV-%d, processor=stripe acct_%s" % (
                ri(1, 4), ch([50, 75, 100]), ri(2023, 2024), rs(16, UPN)))
        else:
            b.t("16-day rule check: %d of %d patients met >=16 days of readings in period %s..%s" % (
                ri(100, 900), ri(900, 1200), (NOW[0].date() - dt.timedelta(days=30)).isoformat(), NOW[0].date().isoformat()))
        return b
    p = person()
    k = ri(0, 4)
    if k == 4:
        b.f("payment plan application: guarantor ", P(pname(p, "fl"), "name"), " ssn=", P(ssn("dash"), "ssn"), " dl=", P(dl(), "license"),
            " income_band=%d plan_months=%d" % (ri(1, 5), ch([6, 12, 18])))
    elif k == 0:
        b.f("deposit charged for kit: guarantor=\"", P(pname(p), "name"), "\" card=", P(card(), "account"), " exp=%02d/%02d amount=$75.00 auth=%s" % (
            ri(1, 12), ri(25, 30), rs(6, UPN)))
        if coin(0.35):
            b.f(" selfpay_intl=true passport=", P(ch(UP) + rs(8) if coin(0.5) else rs(2, UP) + rs(7), "other_id"))
    elif k == 1:
        b.f("refund via ACH to ", P(pname(p, "fl"), "name"), " routing=%s account=" % routing(), P(bank_account(), "account"), " amount=$%d.00" % ch([50, 75, 100]))
    elif k == 2:
        b.f("statement generated patient_account=", P(patient_account(), "account"), " guarantor=\"", P(pname(p, "lf"), "name"),
            "\" subscriber_id=", P(member_id(), "health_plan"), " dos=", P(fdate(recent_date(40, 0), "us0"), "date"))
    else:
        b.f("claim CLM-%d denied CO-16: member ID " % ri(10 ** 6, 10 ** 7), P(member_id(), "health_plan"), " not found; HAR ",
            P(patient_account(), "account"), "; billing provider npi %s" % npi())
    return b


def fam_sms(phi):
    b = Line("sms_gateway_webhook")
    b.t("%s twilio-webhook " % ts_iso(ms=True))
    sid = "SM" + hx(32)
    if not phi:
        k = ri(0, 2)
        if k == 0:
            b.t("status callback MessageSid=%s MessageStatus=%s ErrorCode=%s AccountSid=AC%s" % (
                sid, ch(["delivered", "sent", "undelivered"]), ch(["", "30003", "30005"]) or "none", hx(32)))
        elif k == 1:
            b.t("outbound template=daily_reading_reminder From=%s To=<redacted> Body=\"Reminder from %s: please take today's reading. Reply STOP to opt out.\"" % (
                HOSP_NURSELINE, HOSP))
        else:
            b.t("rate limit: %d msgs/sec on messaging service MG%s, queued=%d" % (ri(1, 100), hx(32), ri(0, 5000)))
        return b
    p = person(old=coin(0.4))
    frm = phone_fmt(p["area"], "e164")
    b.f("inbound MessageSid=%s From=" % sid, P(frm, "phone"), " To=+18005550134 Body=\"")
    k = ri(0, 7)
    if k == 7:
        b.f("pls post updates on ", ch(["his", "her", "our"]), " page ", P(personal_url(p), "url"), " so the family can see")
    elif k == 6:
        b.f("nurse can park behind my ", ch(["blue Honda", "silver Camry", "red F-150", "white RAV4"]), " plate ", P(plate(), "vehicle"),
            ", ", ch(["I am", "my husband is", "mom is"]), " ", P_age(ri(90, 98)), " and cant walk far")
    elif k == 5:
        b.f("insurance lady needs my social, it is ", P(ssn(ch(["dash", "space"])), "ssn"), " thanks ", P(p["first"], "name"))
    elif k == 0:
        b.f("this is ", P(p["first"], "name"), "'s ", ch(RELATION), ", mom fell again last night, she is ", P_age(ri(90, 99)),
            ", can the nurse call me back")
    elif k == 1:
        b.f("my new email is ", P(p["email"], "email"), " pls update")
    elif k == 2:
        b.f("Hi its ", P(pname(p, "fl"), "name"), " born ", P(fdate(p["dob"], ch(["us", "long"])), "date"), " the cuff stopped working")
    elif k == 3:
        b.f("we moved, new address ", P(street_line(False), "address"), " ", P(p["city"], "address"), " ", P(p["zip"], "zip"))
    else:
        b.f("Dad's appt is ", P(fdate(recent_date(0, 20), ch(["us", "long", "dmons"])), "date"), " right? he is still at ",
            P(p["street"], "address"))
    b.t("\" NumMedia=0")
    return b


FAMILIES = [fam_mosquitto, fam_mqtt_payload, fam_aws_iot, fam_aws_shadow, fam_azure_twin, fam_azure_d2c,
            fam_ble_gateway, fam_glucose_upload, fam_bp_jsonl, fam_hl7_cardiac, fam_pill_dispenser,
            fam_fall_detect, fam_hah_kit, fam_provisioning, fam_fota, fam_csv_export, fam_influx,
            fam_alert_router, fam_fhir, fam_nginx, fam_greengrass, fam_enrollment, fam_billing, fam_sms]


# ----------------------------------------------------------------------------
# checks + output
# ----------------------------------------------------------------------------
def check_line(no, b, phi):
    line = b.text()
    assert "\n" not in line and "\r" not in line, (no, "embedded newline")
    raw = line.encode("utf-8")
    prev_end = -1
    for (s, e, cat, v) in sorted(b.spans):
        assert cat in CATS, (no, cat)
        assert 0 <= s < e <= len(raw), (no, s, e)
        assert raw[s:e] == v.encode("utf-8"), (no, raw[s:e], v)
        assert v == v.strip() and v, (no, "surrounding space", repr(v))
        assert s >= prev_end, (no, "overlap", s, prev_end)
        prev_end = e
    if phi:
        assert b.spans, (no, b.family, "PHI line without spans")
    else:
        assert not b.spans, (no, b.family, "clean line has spans")
    return line


def main():
    fams = [FAMILIES[i % len(FAMILIES)] for i in range(N_LINES)]
    R.shuffle(fams)
    flags = [False] * N_CLEAN + [True] * (N_LINES - N_CLEAN)
    R.shuffle(flags)
    lines, labels = [], []
    counts = {c: 0 for c in CATS}
    fam_counts = {}
    for i in range(N_LINES):
        tick()
        phi = flags[i]
        b = fams[i](phi)
        line = check_line(i + 1, b, phi)
        spans = [{"s": s, "e": e, "cat": c} for (s, e, c, v) in sorted(b.spans)]
        for sp in spans:
            counts[sp["cat"]] += 1
        fam_counts[b.family] = fam_counts.get(b.family, 0) + 1
        lines.append(line)
        labels.append(json.dumps({"line": i + 1, "family": b.family, "spans": spans}, ensure_ascii=False))
    assert len(lines) == N_LINES
    n_phi = sum(1 for f in flags if f)
    for c in CATS:
        assert counts[c] >= 8, ("category under-covered", c, counts[c])
    with open(os.path.join(OUT_DIR, "ao.log"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(lines) + "\n")
    with open(os.path.join(OUT_DIR, "ao.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labels) + "\n")
    # re-read and re-verify from disk
    with open(os.path.join(OUT_DIR, "ao.log"), "rb") as fh:
        disk = fh.read().split(b"\n")[:-1]
    assert len(disk) == N_LINES
    for raw, lab in zip(disk, labels):
        for sp in json.loads(lab)["spans"]:
            assert sp["e"] <= len(raw)
    print("lines: %d" % N_LINES)
    print("lines with PHI: %d (%.1f%%), clean: %d" % (n_phi, 100.0 * n_phi / N_LINES, N_LINES - n_phi))
    print("spans: %d" % sum(counts.values()))
    for c in CATS:
        print("  %-12s %d" % (c, counts[c]))
    print("families: %d" % len(fam_counts))
    for f in sorted(fam_counts):
        print("  %-28s %d" % (f, fam_counts[f]))


if __name__ == "__main__":
    main()
