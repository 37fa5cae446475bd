#!/usr/bin/env python3
"""Generator for held-out PHI corpus "ad": IT service management & collaboration
inside a hospital (ServiceNow, Jira, Slack, Teams, Confluence, Exchange, Google
Workspace, M365/SharePoint, help desk phones, SSPR/MFA, printers/scan/fax,
PagerDuty/Opsgenie, change approvals).

Standard library only, fixed seed, byte-for-byte reproducible.
Writes ad.log and ad.labels.jsonl next to this file.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import string
import sys

SEED = 7104_2024
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_NEG = 225  # 45% of lines carry no PHI

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]
CATSET = set(CATS)

# --------------------------------------------------------------------------
# segment model: a line is a list of str (literal) and tuples (value, cat)
# --------------------------------------------------------------------------


def P(v, c):
    assert c in CATSET, c
    assert isinstance(v, str) and v, (v, c)
    return (v, c)


class Txt:
    """A JSON string value made of literal text and spans."""

    def __init__(self, *parts):
        self.parts = []

        def add(x):
            if isinstance(x, list):
                for y in x:
                    add(y)
            else:
                assert isinstance(x, (str, tuple)), repr(x)
                self.parts.append(x)
        for p in parts:
            add(p)


class Raw:
    """Literal JSON text inserted as is (numbers, pre-serialised bits)."""

    def __init__(self, s):
        self.s = s


class NumSpan:
    """A span emitted as a bare JSON number."""

    def __init__(self, v, c):
        self.v, self.c = v, c


def _jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _span_json(t):
    """a span inside a JSON string covers the value as written (escaped)."""
    v, c = t
    e = _jesc(v)
    assert e == v or "\\" in v, "unexpected escaping: %r" % v
    return (e, c)


def J(o, sep=(", ", ": ")):
    out = []
    if isinstance(o, tuple):
        out += ['"', _span_json(o), '"']
    elif isinstance(o, NumSpan):
        out.append((o.v, o.c))
    elif isinstance(o, Txt):
        out.append('"')
        for p in o.parts:
            if isinstance(p, tuple):
                out.append(_span_json(p))
            else:
                out.append(_jesc(p))
        out.append('"')
    elif isinstance(o, Raw):
        out.append(o.s)
    elif isinstance(o, dict):
        out.append("{")
        first = True
        for k, v in o.items():
            if not first:
                out.append(sep[0])
            first = False
            out.append(json.dumps(k, ensure_ascii=False) + sep[1])
            out += J(v, sep)
        out.append("}")
    elif isinstance(o, list):
        out.append("[")
        for i, v in enumerate(o):
            if i:
                out.append(sep[0])
            out += J(v, sep)
        out.append("]")
    else:
        out.append(json.dumps(o, ensure_ascii=False))
    return out


def JC(o):
    """compact JSON"""
    return J(o, (",", ":"))


def flat(*parts):
    out = []
    for p in parts:
        if isinstance(p, list):
            out.extend(flat(*p))
        elif isinstance(p, Txt):
            out.extend(p.parts)
        else:
            out.append(p)
    return out


def assemble(segs):
    buf = bytearray()
    spans = []
    for sg in segs:
        if isinstance(sg, tuple):
            v, c = sg
            b = v.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append({"s": s, "e": len(buf), "cat": c, "_v": v})
        else:
            assert isinstance(sg, str), repr(sg)
            buf += sg.encode("utf-8")
    return bytes(buf), spans


# quoting helpers for text formats ------------------------------------------

def q(*parts):
    """double-quoted value in a key=value / text format"""
    return ['"'] + flat(*parts) + ['"']


def csvf(*parts):
    segs = flat(*parts)
    for s in segs:
        if isinstance(s, tuple):
            assert '"' not in s[0]
    lit = []
    for s in segs:
        if isinstance(s, str):
            lit.append(s.replace('"', '""'))
        else:
            lit.append(s)
    return ['"'] + lit + ['"']


def pick(seq):
    return R.choice(seq)


def chance(p):
    return R.random() < p


# --------------------------------------------------------------------------
# data pools
# --------------------------------------------------------------------------
FIRST_F = ["Maria", "Aisha", "Mei", "Priya", "Fatima", "Olga", "Siobhan", "Yuki",
           "Gloria", "Hana", "Zoë", "Ngozi", "Leticia", "Agnieszka", "Thi Lan",
           "Rosa", "Dolores", "Imani", "Sunita", "Ingrid", "Carmen", "Esperanza",
           "Margaret", "Dorothy", "Beatriz", "Chiamaka", "Svetlana", "Mariam",
           "Yolanda", "Hyun-joo", "Renée", "Bernadette", "Lakshmi", "Elif",
           "Tamar", "Ewa", "Guadalupe", "Shirley", "Noor", "Anjali"]
FIRST_M = ["José", "Wei", "Olusegun", "Dmitri", "Hiroshi", "Sean", "Thanh",
           "Jorge", "Darnell", "Rajesh", "Tomasz", "Ahmed", "Kwame", "Björn",
           "Luis", "Mohammed", "Francis", "Harold", "Kenji", "Emeka", "Arturo",
           "Vikram", "Stanley", "Giuseppe", "Bogdan", "Tyrone", "Chen", "Ibrahim",
           "Walter", "Raúl", "Seamus", "Oleksandr", "Deshawn", "Anh", "Eugene",
           "Mustafa", "Jae-won", "Ramón", "Lawrence", "Kofi"]
LAST = ["Lopez", "García", "Chen", "Okafor", "Patel", "Kowalski", "Nguyen",
        "Müller", "O'Brien", "Haddad", "Tanaka", "Washington", "Ramirez",
        "Bello", "Ivanova", "Novak", "Nwosu", "Sato", "Hernández", "Fitzgerald",
        "Kim", "Park", "Abdullah", "Mensah", "Petrov", "Rossi", "Dubois",
        "Johansson", "Kaur", "Singh", "Wójcik", "Adeyemi", "Castillo", "Brennan",
        "Yilmaz", "Cohen", "Jackson", "Moreno", "Tran", "Achebe", "Lindqvist",
        "Delgado", "Szabo", "Mahmoud", "Reyes", "Van der Berg", "Nakamura",
        "Gallagher", "Obi", "Pham", "Estrada", "Kaminski", "Boateng", "Iyer",
        "Romero", "Schwartz", "Horvat", "Agarwal", "Flores", "McAllister",
        "Dimitriou", "Sandoval", "Okonkwo", "Lee", "Harris", "Morales"]

ASCII_FOLD = str.maketrans({"é": "e", "í": "i", "ó": "o", "ú": "u", "á": "a",
                            "ü": "u", "ö": "o", "ë": "e", "ñ": "n", "ó": "o",
                            "ć": "c", "ł": "l", "ż": "z", "ś": "s", "Ö": "O",
                            "Ü": "U", "É": "E", "Á": "A", "ý": "y", "ê": "e",
                            "è": "e", "ç": "c", "å": "a", "ä": "a"})


def fold(s):
    s = s.translate(ASCII_FOLD)
    return "".join(ch for ch in s if ch.isalnum())


CITIES = [  # city, county, state, zip3/zip5 prefix
    ("Chicago", "Cook", "IL", "606"), ("Skokie", "Cook", "IL", "6007"),
    ("Evanston", "Cook", "IL", "6020"), ("Des Plaines", "Cook", "IL", "6001"),
    ("Niles", "Cook", "IL", "6071"), ("Glenview", "Cook", "IL", "6002"),
    ("Waukegan", "Lake", "IL", "6008"), ("Gurnee", "Lake", "IL", "6003"),
    ("Arlington Heights", "Cook", "IL", "6000"), ("Oak Park", "Cook", "IL", "6030"),
    ("Cicero", "Cook", "IL", "6080"), ("Naperville", "DuPage", "IL", "6054"),
    ("Aurora", "Kane", "IL", "6050"), ("Elgin", "Kane", "IL", "6012"),
    ("Joliet", "Will", "IL", "6043"), ("Highland Park", "Lake", "IL", "6003"),
    ("Kenosha", "Kenosha", "WI", "5314"), ("Gary", "Lake", "IN", "4640"),
    ("Hammond", "Lake", "IN", "4632"), ("Milwaukee", "Milwaukee", "WI", "532"),
    ("Park Ridge", "Cook", "IL", "6006"), ("Morton Grove", "Cook", "IL", "6005"),
]
STREETS = ["Oak", "Maple", "Elm", "Cedar", "Lincoln", "Washington", "Devon",
           "Foster", "Kedzie", "Pulaski", "Ridge", "Sheridan", "Lawrence",
           "Main", "Park", "Lake", "Hill", "Church", "Prairie", "Greenwood",
           "Touhy", "Dempster", "Milwaukee", "Western", "Clark", "Howard",
           "Central", "Golf", "Chestnut", "Juniper", "Willow", "Hawthorne",
           "Sunnyside", "Argyle", "Bryn Mawr", "Peterson", "Grand", "Green Bay"]
SUFFIX = ["St", "Ave", "Rd", "Blvd", "Dr", "Ln", "Ct", "Pl", "Street", "Avenue",
          "Road", "Way", "Ter"]
UNITS = ["Apt 4B", "Apt 2", "Unit 12", "#3R", "Apt. 210", "Unit 5C", "Apt 1F",
         "# 407", "Fl 2", "Apt 9"]

STAFF_ACCTS = ["kokafor", "pramaan", "jmorales2", "amensah", "tlindqvist",
               "sbrennan", "vkaur", "dpetrov", "hyamada", "lcastillo",
               "mnovak", "rgallagher", "aiyer", "jwojcik", "bboateng",
               "efitzgerald", "cdelgado", "nschwartz"]
SVC_ACCTS = ["svc_sn_midserver", "svc-epic-print", "svc_papercut",
             "svc-jira-automation", "svc_o365_dlp", "svc-rightfax",
             "svc_mychart_sspr", "svc-okta-sync", "svc_pagerduty_bridge",
             "svc-confluence-bkp", "svc_imprivata", "svc-scan2mail"]
TEAMS = ["Epic Ambulatory", "Epic Inpatient ClinDoc", "Service Desk L1",
         "End User Computing", "Network Ops", "Identity & Access Mgmt",
         "HIM Applications", "Patient Access Systems", "Print Services",
         "Integration Engineering", "Revenue Cycle Apps", "Clinical Engineering",
         "Unified Communications", "Security Operations"]
PRODUCTS = ["Epic Hyperspace 2023 Feb", "Epic Haiku 10.4.2", "MyChart 2024 Nov",
            "Citrix Workspace 2402", "Imprivata OneSign 7.11", "Dragon Medical One 2024.2",
            "PaperCut MF 23.0.4", "Kofax Power PDF 5", "Cisco Jabber 14.3",
            "Vocera Engage 6.3", "RightFax 21.2", "Zebra ZD421", "Lexmark CX735",
            "HP LaserJet M607", "Okta Verify 9.22", "Microsoft Authenticator 6.2408",
            "Teams 24295.605", "Outlook 16.0.17928", "Confluence 8.5.14",
            "Jira Service Management 5.12.9", "Rover 24.1", "PowerChart 2022.01"]
HOSP = "Lakeshore Valley Health"
HOSP_DOMAIN = "lvhealth.org"
HOSP_ADDR = "1800 N Lakeshore Pkwy, Evanston, IL 60201"
HOSP_PHONE = ["(847) 492-5000", "847-492-5000", "+18474925000", "847.492.5310"]
HOSP_FAX = ["(847) 492-5099", "847-492-5099", "+18474925099"]
VENDOR_ADDR = [
    "Epic Systems Corporation, 1979 Milky Way, Verona, WI 53593",
    "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052",
    "ServiceNow, Inc., 2225 Lawson Lane, Santa Clara, CA 95054",
    "Zebra Technologies, 3 Overlook Point, Lincolnshire, IL 60069",
    "Imprivata, Inc., 480 Totten Pond Rd, Waltham, MA 02451",
    "Lexmark International, 740 W New Circle Rd, Lexington, KY 40550",
    "CDW Healthcare, 200 N Milwaukee Ave, Vernon Hills, IL 60061",
    "Atlassian US, 350 Bush Street, San Francisco, CA 94104",
    "Medline Industries, Three Lakes Drive, Northfield, IL 60093",
]
CLIN_FIRST = ["Anand", "Elena", "Samuel", "Rebecca", "Tariq", "Hannah", "Miguel",
              "Grace", "Viktor", "Nadia", "Omar", "Claire", "Ifeoma", "Peter"]
CLIN_LAST = ["Rao", "Petrova", "Adeyemi", "Goldberg", "Siddiqui", "Larsen",
             "Alvarez", "O'Connell", "Hruska", "Karimi", "Farouk", "Whitfield",
             "Eze", "Lindgren"]


def clinician():
    return "Dr. %s %s" % (pick(CLIN_FIRST), pick(CLIN_LAST))


def staff_name():
    return "%s %s" % (pick(FIRST_F + FIRST_M), pick(LAST))


def staff_email(acct=None):
    return "%s@%s" % (acct or pick(STAFF_ACCTS), HOSP_DOMAIN)


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------

def digits(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], pick("89ab"), h[17:20], h[20:32])


def b64blob(nbytes, prefix=b""):
    raw = prefix + bytes(R.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


def luhn_complete(partial):
    ds = [int(c) for c in partial]
    total = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return partial + str((10 - total % 10) % 10)


def card_number():
    kind = pick(["visa", "mc", "amex", "disc"])
    if kind == "visa":
        n = luhn_complete("4" + digits(14))
        return pick([n, " ".join(n[i:i + 4] for i in range(0, 16, 4)),
                     "-".join(n[i:i + 4] for i in range(0, 16, 4))])
    if kind == "mc":
        n = luhn_complete("5" + pick("12345") + digits(13))
        return pick([n, " ".join(n[i:i + 4] for i in range(0, 16, 4))])
    if kind == "amex":
        n = luhn_complete(pick(["34", "37"]) + digits(12))
        return pick([n, "%s %s %s" % (n[:4], n[4:10], n[10:])])
    n = luhn_complete("6011" + digits(11))
    return n


def imei():
    n = luhn_complete(pick(["35", "86", "01", "35"]) + digits(12))
    if chance(0.3):
        return "%s-%s-%s-%s" % (n[:2], n[2:8], n[8:14], n[14])
    return n


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g, s = R.randint(1, 99), R.randint(1, 9999)
    st = R.random()
    if st < 0.6:
        return "%03d-%02d-%04d" % (a, g, s)
    if st < 0.85:
        return "%03d%02d%04d" % (a, g, s)
    return "%03d %02d %04d" % (a, g, s)


def mrn():
    return pick([
        lambda: "00" + digits(6),
        lambda: "E" + digits(7),
        lambda: digits(7),
        lambda: "LVH" + digits(7),
        lambda: "1" + digits(8),
    ])()


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a = (str(R.randint(1, 9)) + pick(MBI_L) + pick(MBI_L + string.digits) + pick(string.digits)
         + pick(MBI_L) + pick(MBI_L + string.digits) + pick(string.digits) + pick(MBI_L)
         + pick(MBI_L) + pick(string.digits) + pick(string.digits))
    if chance(0.4):
        return "%s-%s-%s" % (a[:4], a[4:7], a[7:])
    return a


def member_id():
    return pick([
        lambda: "XOF" + digits(9),            # BCBS-ish prefix
        lambda: "W" + digits(9),              # Aetna-ish
        lambda: "9" + digits(8) + "00",       # UHC-ish
        lambda: "H" + digits(8),              # Humana-ish
        lambda: "ZGP" + digits(6) + pick("ABCD") + digits(2),
        lambda: digits(9) + "A",               # legacy HICN
        lambda: mbi(),
        lambda: "IL" + digits(9),             # Medicaid-ish
    ])()


def har():
    return pick([lambda: digits(10), lambda: "HAR" + digits(9),
                 lambda: "G" + digits(8), lambda: "7" + digits(11),
                 lambda: "PA-" + digits(8)])()


def bank_acct():
    return digits(R.randint(9, 12))


def dea():
    l1 = pick("ABFGM")
    l2 = pick(string.ascii_uppercase)
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return l1 + l2 + "".join(map(str, d)) + str(chk)


def drivers_license(state="IL"):
    if state == "IL":
        s = pick(string.ascii_uppercase) + digits(11)
        return pick([s, "%s-%s-%s" % (s[:4], s[4:8], s[8:])])
    if state == "WI":
        s = pick(string.ascii_uppercase) + digits(13)
        return "%s-%s-%s-%s" % (s[:4], s[4:8], s[8:12], s[12:])
    if state == "IN":
        return "%s-%s-%s" % (digits(4), digits(2), digits(4))
    return pick(string.ascii_uppercase) + digits(7)


def prof_license():
    return pick([lambda: "041." + digits(6), lambda: "036." + digits(6),
                 lambda: "125." + digits(6), lambda: "RN" + digits(7),
                 lambda: "MD" + digits(6)])()


VIN_T = {**{str(i): i for i in range(10)},
         **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_C = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = pick(["1HG", "1FT", "2T1", "5YJ", "JTD", "1G1", "3VW", "KMH", "WBA", "4T1"])
    body = [c for c in wmi] + [pick(VIN_C) for _ in range(5)] + ["0"] + \
        [pick("LMNPRS")] + [pick(VIN_C)] + [pick(string.digits) for _ in range(6)]
    tot = sum(VIN_T[c] * w for c, w in zip(body, VIN_W))
    body[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(body)


def plate():
    return pick([lambda: "%s %s" % ("".join(R.choice(string.ascii_uppercase) for _ in range(2)), digits(5)),
                 lambda: "%s%s" % (digits(1), "".join(R.choice(string.ascii_uppercase) for _ in range(3))) + digits(3),
                 lambda: "%s-%s" % ("".join(R.choice(string.ascii_uppercase) for _ in range(3)), digits(4)),
                 lambda: digits(6) + " B",
                 lambda: "%s%s" % ("".join(R.choice(string.ascii_uppercase) for _ in range(2)), digits(4))])()


def implant_serial():
    return pick([lambda: pick(["PJN", "RNZ", "BLF", "PZY", "NWR"]) + digits(6) + pick("SHGR"),
                 lambda: digits(7),                               # St Jude-ish
                 lambda: "R" + digits(6),
                 lambda: pick(["A", "H", "M"]) + digits(8),
                 lambda: "SN" + digits(9)])()


def udi():
    gtin = "0" + digits(13)
    exp = "%02d%02d%02d" % (R.randint(25, 28), R.randint(1, 12), R.randint(1, 28))
    return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp, digits(6), hexs(8, True))


def mac():
    sep = pick([":", "-"])
    m = sep.join(hexs(2, True) for _ in range(6))
    return m if chance(0.7) else m.lower()


def public_ip():
    while True:
        a = pick([24, 50, 67, 68, 71, 73, 75, 76, 96, 98, 99, 107, 108, 135, 162,
                  173, 174, 184, 207, 209, 216])
        return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def public_ipv6():
    return "2601:%x:%x:%x::%x" % (R.randint(0x100, 0xfff), R.randint(0x100, 0xffff),
                                   R.randint(0x1, 0xffff), R.randint(0x1, 0xffff))


def private_ip():
    return pick([lambda: "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                 lambda: "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
                 lambda: "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254))])()


def passport():
    return pick([lambda: digits(9),                    # US
                 lambda: pick("ABCEFGHKLMNPRSTUXZ") + digits(8),  # US next-gen
                 lambda: "G" + digits(8),               # MX
                 lambda: pick("KLMNPRS") + digits(7),    # IN
                 lambda: "C" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(8))])()


def curp():
    ln = "".join(R.choice(string.ascii_uppercase) for _ in range(4))
    return "%s%02d%02d%02d%s%s%s%s%d" % (ln, R.randint(30, 99), R.randint(1, 12), R.randint(1, 28),
                                         pick("HM"), pick(["DF", "JC", "MC", "GR", "PL", "NL"]),
                                         "".join(R.choice("BCDFGHJKLMNPRSTVWXZ") for _ in range(3)),
                                         pick(string.digits + "A"), R.randint(0, 9))


def a_number():
    n = digits(9)
    return pick(["A" + n, "A-%s-%s-%s" % (n[:3], n[3:6], n[6:]), "A%s" % n[1:]])


def other_id():
    return pick([lambda: ("passport", passport()), lambda: ("curp", curp()),
                 lambda: ("alien", a_number()), lambda: ("edipi", "1" + digits(9)),
                 lambda: ("stateid", "%s%s" % (pick(string.ascii_uppercase), digits(11))),
                 lambda: ("aadhaar", "%s %s %s" % (R.randint(2, 9) * 1000 + R.randint(0, 999), digits(4), digits(4)))])()


def phone_fmt(area=None):
    area = area or pick(["312", "773", "847", "224", "630", "708", "872", "262", "219", "414", "331"])
    ex = "%d%s" % (R.randint(2, 9), digits(2))
    ln = digits(4)
    return pick(["(%s) %s-%s" % (area, ex, ln), "%s-%s-%s" % (area, ex, ln),
                 "%s.%s.%s" % (area, ex, ln), "+1%s%s%s" % (area, ex, ln),
                 "+1 %s-%s-%s" % (area, ex, ln), "%s%s%s" % (area, ex, ln),
                 "1-%s-%s-%s" % (area, ex, ln), "+1 (%s) %s-%s" % (area, ex, ln)])


def e164():
    return "+1" + pick(["312", "773", "847", "224", "630", "708", "262", "414"]) + \
        str(R.randint(2, 9)) + digits(6)


# ---- person -----------------------------------------------------------------

class Person:
    def __init__(self, female=None):
        self.female = chance(0.5) if female is None else female
        self.first = pick(FIRST_F if self.female else FIRST_M)
        self.last = pick(LAST)
        if chance(0.08):
            self.last = self.last + "-" + pick(LAST)
        self.mid = pick(string.ascii_uppercase)
        y = R.randint(1926, 2012)
        self.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
        c = pick(CITIES)
        self.city, self.county, self.state, zp = c
        self.zip = zp + digits(5 - len(zp))
        self.street_no = str(R.randint(100, 9899))
        self.street = "%s%s %s" % (pick(["", "", "N ", "W ", "S ", "E "]), pick(STREETS), pick(SUFFIX))
        self.unit = pick(UNITS) if chance(0.4) else None

    def name(self, style=None):
        st = style or pick(["fl", "fl", "fl", "lf", "LF", "fml", "FL"])
        if st == "fl":
            return "%s %s" % (self.first, self.last)
        if st == "lf":
            return "%s, %s" % (self.last, self.first)
        if st == "LF":
            return "%s, %s" % (self.last.upper(), self.first.upper())
        if st == "FL":
            return "%s %s" % (self.first.upper(), self.last.upper())
        if st == "fml":
            return "%s %s. %s" % (self.first, self.mid, self.last)
        raise ValueError(st)

    def street_line(self):
        s = "%s %s" % (self.street_no, self.street)
        if self.unit:
            s += pick([" ", ", "]) + self.unit
        return s

    def email(self):
        f, l = fold(self.first).lower(), fold(self.last).lower()
        yy = str(self.dob.year)[2:]
        user = pick(["%s.%s" % (f, l), "%s%s" % (f, l), "%s%s%s" % (f[0], l, yy),
                     "%s.%s%s" % (f, l, digits(2)), "%s_%s" % (l, f), "%s%s" % (f, str(self.dob.year))])
        return "%s@%s" % (user, pick(["gmail.com", "yahoo.com", "hotmail.com", "icloud.com",
                                      "outlook.com", "comcast.net", "aol.com", "att.net", "sbcglobal.net"]))


def date_fmt(d, style=None):
    st = style or pick(["us", "us", "iso", "iso", "mon", "us2", "eu", "compact", "dmy"])
    if st == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if st == "us2":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if st == "iso":
        return d.isoformat()
    if st == "mon":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    if st == "eu":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if st == "compact":
        return d.strftime("%Y%m%d")
    if st == "dmy":
        return d.strftime("%d-%b-%Y").upper()
    raise ValueError(st)


def recent_date():
    return dt.date(2024, 1, 1) + dt.timedelta(days=R.randint(0, 400))


def age_over89():
    return str(R.randint(90, 104))


# ---- timestamps (log timestamps: never PHI) ---------------------------------
T0 = dt.datetime(2024, 10, 14, 0, 0, 0)


def rts():
    return T0 + dt.timedelta(seconds=R.randint(0, 60 * 86400), microseconds=R.randint(0, 999999))


def ts_iso_z(t=None):
    t = t or rts()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_iso7(t=None):
    t = t or rts()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d0Z" % t.microsecond


def ts_sn(t=None):
    t = t or rts()
    return t.strftime("%Y-%m-%d %H:%M:%S")


def ts_off(t=None):
    t = t or rts()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-06:00" % (t.microsecond // 1000)


def ts_epoch_ms(t=None):
    t = t or rts()
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def ts_slack(t=None):
    t = t or rts()
    return "%d.%06d" % (int((t - dt.datetime(1970, 1, 1)).total_seconds()), R.randint(0, 999999))


def ts_syslog(t=None):
    t = t or rts()
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_conf(t=None):
    t = t or rts()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def future_window():
    d = dt.date(2024, 11, 1) + dt.timedelta(days=R.randint(0, 70))
    return d


# ---- look-alike generators (never PHI) ---------------------------------------

def inc():
    return "INC%07d" % R.randint(30000, 99999)


def ritm():
    return "RITM%07d" % R.randint(60000, 130000)


def chg():
    return "CHG%07d" % R.randint(20000, 45000)


def kb():
    return "KB%07d" % R.randint(10000, 19999)


def jkey():
    return "%s-%d" % (pick(["EHRSUP", "IAM", "NETOPS", "PRINT", "INTEG", "HIMAPP", "EUC", "SECOPS"]),
                      R.randint(100, 9999))


def sys_id():
    return hexs(32)


def host():
    return pick(["epic-prd-app%02d.lvh.local", "ctxprd-vda-%03d.lvh.local", "lvh-prt-srv%02d",
                 "sn-mid-%02d.lvh.local", "lvh-4n-idf%d", "rfax-prd-%02d.lvh.local",
                 "ws-lvh-%05d", "clarity-db%02d.lvh.local", "ens-hl7-%02d.lvh.local",
                 "okta-agent-%02d.lvh.local"]) % R.randint(1, 120)


def version():
    return pick(["%d.%d.%d" % (R.randint(1, 24), R.randint(0, 20), R.randint(0, 99)),
                 "%d.%d.%d.%d" % (R.randint(1, 16), R.randint(0, 9), R.randint(0, 9999), R.randint(0, 999)),
                 "v%d.%d" % (R.randint(1, 9), R.randint(0, 30)),
                 "%d.%d.%d-build.%d" % (R.randint(1, 9), R.randint(0, 9), R.randint(0, 9), R.randint(100, 9999))])


def dur():
    return pick(["%dms" % R.randint(3, 9999), "%d.%03ds" % (R.randint(0, 59), R.randint(0, 999)),
                 "%dm%02ds" % (R.randint(1, 59), R.randint(0, 59)), "00:%02d:%02d" % (R.randint(0, 59), R.randint(0, 59))])


def sha256():
    return hashlib.sha256(str(R.random()).encode()).hexdigest()


def order_no():
    return pick(["PO-2024-%06d" % R.randint(1, 99999), "4500%06d" % R.randint(0, 999999),
                 "SO%08d" % R.randint(0, 99999999), "ORD-%s" % hexs(8, True)])


def asset_tag():
    return "LVH-AST-%06d" % R.randint(1000, 99999)


def printer_serial():
    return pick(["CNB%s%s" % (digits(1), "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(6))),
                 "VNB3R%05d" % R.randint(0, 99999), "D4J%06d" % R.randint(0, 999999),
                 "7528%s%s" % (digits(4), "".join(R.choice("ABCDEFGHJKLMN") for _ in range(2)))])


def ext():
    return "x%d" % R.randint(2000, 7999)


def jira_acct():
    return "5b%s" % hexs(22)


def slack_uid():
    return "U0" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(9))


def trace_id():
    return hexs(32)


# --------------------------------------------------------------------------
# coverage scheduler: prefer categories that are still rare
# --------------------------------------------------------------------------
COUNTS = {c: 0 for c in CATS}
# categories that free text can carry naturally
FREE_CATS = ["name", "address", "date", "age", "phone", "fax", "email", "ssn", "mrn",
             "health_plan", "account", "license", "vehicle", "device", "url", "ip",
             "photo", "other_id", "biometric"]


def want(k=1, pool=None):
    pool = list(pool or FREE_CATS)
    out = []
    for _ in range(k):
        ws = [1.0 / (1 + COUNTS[c]) ** 1.5 for c in pool]
        c = R.choices(pool, ws)[0]
        out.append(c)
        pool.remove(c)
    return out


# --------------------------------------------------------------------------
# PHI free-text snippets (IT-ticket / chat voice); each returns a segment list
# --------------------------------------------------------------------------

def N(p, style=None):
    return P(p.name(style), "name")


def personal_url(p):
    f, l = fold(p.first).lower(), fold(p.last).lower()
    return pick(["https://www.facebook.com/%s.%s.%s" % (f, l, digits(3)),
                 "https://www.gofundme.com/f/help-%s-%s-recover" % (f, l),
                 "https://www.instagram.com/%s_%s%s/" % (f, l, digits(2)),
                 "https://%s%s.blogspot.com" % (f, l),
                 "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(6)),
                 "https://www.tiktok.com/@%s.%s" % (f, l),
                 "https://caringbridge.org/visit/%s%s" % (f, l),
                 "https://x.com/%s%s%s" % (f[:3], l, digits(2))])


def photo_ref(p, m=None):
    m = m or mrn()
    return pick(["\\\\lvh-img01\\PatientPhotos\\%s\\%s_face.jpg" % (R.randint(2019, 2024), m),
                 "/mnt/epicmedia/ptphoto/%s/%s.jpg" % (R.randint(2019, 2024), m),
                 "https://lvhealth.sharepoint.com/sites/PatientAccess/PhotoID/%s_%s.png" % (m, hexs(6)),
                 "https://media.lvhealth.org/patient-photos/%s/%s.jpeg" % (hexs(2), uuid4()),
                 "D:\\PatientSecure\\Photos\\%s.jpg" % m])


def photo_b64():
    if chance(0.6):
        return b64blob(R.randint(45, 90), prefix=b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01")
    return b64blob(R.randint(45, 90), prefix=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def bio_b64():
    return b64blob(R.randint(48, 120), prefix=pick([b"FMR\x00 20\x00", b"PVT2", b"ISO19794", b"VPRT", b""]))


def snip(cat, p, p2=None):
    """one short free-text fragment carrying `cat` (and often a name)."""
    p2 = p2 or Person()
    if cat == "name":
        return pick([
            lambda: ["pt ", N(p), " unable to log in to MyChart after the upgrade"],
            lambda: ["caller ", N(p), " says the activation code expired twice"],
            lambda: ["wristband for ", N(p), " printed on the wrong label stock"],
            lambda: ["duplicate record ", N(p), " / ", N(p2), " needs HIM merge"],
            lambda: ["Mrs. ", P(p.last, "name"), " called back again about the portal"],
            lambda: ["guarantor ", N(p), " cannot see the statement"],
            lambda: ["proxy request: son ", N(p2), " for mother ", N(p)],
        ])()
    if cat == "address":
        st = P(p.street_line(), "address")
        ci = P(p.city, "address")
        z = P(p.zip, "zip")
        return pick([
            lambda: ["pt ", N(p), " updated address to ", st, ", ", ci, ", ", p.state, " ", z, " but Epic still shows the old one"],
            lambda: ["statement for ", N(p), " returned from ", st, " ", ci, " ", p.state, " ", z],
            lambda: ["home health referral for ", N(p), " (", P(p.county + " County", "address"), ") not routing"],
            lambda: ["courier pickup of loaner tablet at ", st, ", ", ci, " ", z],
            lambda: ["pt moved to ", ci, ", zip ", z, ", wants paperless billing"],
        ])()
    if cat == "date":
        d = recent_date()
        return pick([
            lambda: [N(p), " DOB ", P(date_fmt(p.dob), "date"), " cannot pass identity check"],
            lambda: ["born ", P(date_fmt(p.dob), "date"), ", verified by caller"],
            lambda: ["pt admitted ", P(date_fmt(d), "date"), ", discharge summary missing from portal"],
            lambda: ["appt on ", P(date_fmt(d), "date"), " not showing in MyChart for ", N(p)],
            lambda: ["discharged ", P(date_fmt(d), "date"), "; AVS failed to print"],
            lambda: ["date of death ", P(date_fmt(d), "date"), " entered but portal still active for ", N(p)],
            lambda: ["dob=", P(date_fmt(p.dob, "compact"), "date"), " mismatch on ADT A08"],
        ])()
    if cat == "age":
        a = age_over89()
        return pick([
            lambda: ["pt is ", P(a, "age"), " y/o and cannot read the SMS code"],
            lambda: ["", P(a, "age"), "yo F, daughter manages her MyChart"],
            lambda: ["caller aged ", P(a, "age"), ", hard of hearing, use TTY"],
            lambda: ["", P(a, "age"), "-year-old pt on 5W needs tablet for video visit"],
            lambda: ["age ", P(a, "age"), " flagged by registration edit"],
        ])()
    if cat == "phone":
        ph = P(phone_fmt(), "phone")
        return pick([
            lambda: ["CBR ", ph],
            lambda: ["call back pt at ", ph],
            lambda: [N(p), " cell ", ph, " not receiving texts"],
            lambda: ["caller left VM from ", ph],
            lambda: ["reach daughter ", N(p2), " on ", ph],
        ])()
    if cat == "fax":
        fx = P(phone_fmt(), "fax")
        return pick([
            lambda: ["records for ", N(p), " faxed to ", fx, " instead of HIM"],
            lambda: ["outside clinic fax ", fx, " keeps returning busy for pt ", N(p)],
            lambda: ["pt asks results be faxed to ", fx],
        ])()
    if cat == "email":
        em = P(p.email(), "email")
        return pick([
            lambda: ["pt email ", em, " bouncing (550 mailbox full)"],
            lambda: ["invite sent to ", em, " for ", N(p)],
            lambda: [N(p), " <", em, "> wants proxy removed"],
            lambda: ["reply-to ", em],
        ])()
    if cat == "ssn":
        s = P(ssn(), "ssn")
        return pick([
            lambda: ["registrar pasted SSN ", s, " for ", N(p), " into work notes - please purge"],
            lambda: ["ss# ", s, " on scanned form"],
            lambda: ["social ", s, " typed into the MRN field"],
        ])()
    if cat == "mrn":
        m = P(mrn(), "mrn")
        return pick([
            lambda: ["MRN ", m, " locked by another user in Hyperspace"],
            lambda: ["pt ", N(p), " MR# ", m],
            lambda: ["med rec no ", m, " missing from wristband barcode"],
            lambda: ["chart ", m, " shows blank media tab"],
        ])()
    if cat == "health_plan":
        h = P(member_id(), "health_plan")
        return pick([
            lambda: ["insurance card scan for ", N(p), " member ID ", h, " illegible"],
            lambda: ["eligibility 271 rejected for subscriber ", h],
            lambda: ["MBI ", P(mbi(), "health_plan"), " failed Medicare check"],
            lambda: ["Medicaid # ", h, " for ", N(p), " not loading"],
        ])()
    if cat == "account":
        return pick([
            lambda: ["billing portal error on HAR ", P(har(), "account"), " for guarantor ", N(p)],
            lambda: ["pt read card ", P(card_number(), "account"), " to the agent over the phone"],
            lambda: ["autopay bank acct ", P(bank_acct(), "account"), " rejected by lockbox"],
            lambda: ["acct# ", P(har(), "account"), " double charged"],
        ])()
    if cat == "license":
        return pick([
            lambda: ["DL ", P(drivers_license(p.state), "license"), " captured on ID scan for ", N(p)],
            lambda: ["EPCS enrollment for ", clinician(), " DEA ", P(dea(), "license"), " failed ID proofing"],
            lambda: ["nurse license ", P(prof_license(), "license"), " not validated in credentialing feed"],
            lambda: ["driver's lic ", P(drivers_license(p.state), "license"), " expired per kiosk"],
        ])()
    if cat == "vehicle":
        return pick([
            lambda: ["pt ", N(p), " car towed from P2, plate ", P(plate(), "vehicle")],
            lambda: ["valet app crash on VIN ", P(vin(), "vehicle")],
            lambda: ["parking validation for plate ", P(plate(), "vehicle"), " VIN ", P(vin(), "vehicle")],
        ])()
    if cat == "device":
        return pick([
            lambda: ["CareLink not syncing for ", N(p), ", pacemaker SN ", P(implant_serial(), "device")],
            lambda: ["RPM cuff IMEI ", P(imei(), "device"), " offline 3 days"],
            lambda: ["implant UDI ", P(udi(), "device"), " not filing to chart"],
            lambda: ["home hub MAC ", P(mac(), "device"), " never checked in"],
            lambda: ["Merlin@home transmitter ", P(implant_serial(), "device"), " for ", N(p)],
        ])()
    if cat == "url":
        u = P(personal_url(p), "url")
        return pick([
            lambda: ["comms flagged a post by ", N(p), " at ", u],
            lambda: ["pt linked ", u, " in the complaint"],
            lambda: ["fundraiser page ", u, " shows screenshots of the chart"],
        ])()
    if cat == "ip":
        ip = P(public_ip() if chance(0.8) else public_ipv6(), "ip")
        return pick([
            lambda: ["portal login for ", N(p), " from ", ip, " flagged as impossible travel"],
            lambda: ["pt home IP ", ip, " blocked by WAF"],
            lambda: ["video visit drop, patient on ", ip],
        ])()
    if cat == "photo":
        return pick([
            lambda: ["photo ID for ", N(p), " stored at ", P(photo_ref(p), "photo")],
            lambda: ["wrong face image ", P(photo_ref(p), "photo"), " attached to chart"],
        ])()
    if cat == "other_id":
        kind, v = other_id()
        lab = {"passport": "passport", "curp": "CURP", "alien": "A#", "edipi": "DoD ID",
               "stateid": "state ID", "aadhaar": "Aadhaar"}[kind]
        return pick([
            lambda: ["ID.me proofing failed for ", N(p), ", ", lab, " ", P(v, "other_id")],
            lambda: [lab, " ", P(v, "other_id"), " entered in the SSN field"],
            lambda: ["intl pt ", N(p), " ", lab, " ", P(v, "other_id")],
        ])()
    if cat == "biometric":
        return ["kiosk log shows palm template ", P(bio_b64(), "biometric"), " for ", N(p)]
    raise ValueError(cat)


def phi_note(k=None, p=None, pool=None):
    """free-text message with k PHI fragments about one patient."""
    p = p or Person()
    k = k or pick([1, 1, 2, 2, 3])
    cats = want(k, pool)
    parts = []
    for i, c in enumerate(cats):
        if i:
            parts.append(pick(["; ", ". ", " - ", ", ", " / "]))
        parts += snip(c, p)
    if chance(0.3):
        parts.append(pick([". Assigned to " + pick(TEAMS), " (see " + inc() + ")",
                           ". " + clinician() + " aware", ". Pls advise", " - urgent",
                           ". ref " + jkey()]))
    return parts


# --------------------------------------------------------------------------
# non-PHI notes: dense look-alikes, staff/clinician names, hospital/vendor data
# --------------------------------------------------------------------------

def neg_note():
    return pick([
        lambda: "Restarted Epic Print Service on %s (build %s); queue drained in %s" % (host(), version(), dur()),
        lambda: "Citrix VDA %s reregistered after DDC failover, %d sessions moved, took %s" % (host(), R.randint(3, 90), dur()),
        lambda: "%s for %dx Zebra ZD421 approved; ship to %s, %s" % (order_no(), R.randint(2, 60), HOSP, HOSP_ADDR),
        lambda: "Badge reader 4N east offline, ping %s timeout, switch lvh-4n-idf2 Gi1/0/%d" % (private_ip(), R.randint(1, 48)),
        lambda: "%s window %s 22:00-02:00 CST approved by %s; rollback tested" % (chg(), future_window().isoformat(), staff_name()),
        lambda: "Imprivata OneSign agent %s pushed to %d endpoints, %d failed (deployment %d)" % (version(), R.randint(50, 900), R.randint(0, 9), R.randint(16777000, 16779999)),
        lambda: "%s install fails 0x80070643 on %s; asset %s" % (pick(PRODUCTS), host(), asset_tag()),
        lambda: "%s asked for PowerMic remap; done via Dragon Medical One %s" % (clinician(), version()),
        lambda: "Call from %s %s re Haiku crash on iOS 17.6.1, log id %s" % (clinician(), ext(), uuid4()),
        lambda: "Vendor contact %s; RMA %s for printer SN %s" % (pick(VENDOR_ADDR), order_no(), printer_serial()),
        lambda: "Cert *.lvhealth.org renewed, expires %s, sha256 %s" % (future_window().isoformat(), sha256()[:40]),
        lambda: "Main line %s and HIM fax %s rerouted to SBC-2 during carrier outage" % (pick(HOSP_PHONE), pick(HOSP_FAX)),
        lambda: "Test patient ZZTEST, EPICONE used in TST; MRN range 9000000-9000999 reserved for testing",
        lambda: "Service acct %s password rotated by CyberArk, next rotation in 90d; CPM job %d" % (pick(SVC_ACCTS), R.randint(1000, 99999)),
        lambda: "Port tcp/%d opened %s -> %s for Interconnect %s" % (pick([443, 8443, 6661, 2575, 1433, 9090]), private_ip(), private_ip(), version()),
        lambda: "Trace %s: HL7 listener ens-hl7-02 backlog %d msgs, p95 %s" % (trace_id(), R.randint(0, 4000), dur()),
        lambda: "Pt 78 y/o per nurse; only needed bedside TV remote replaced, no chart access requested",
        lambda: "Room 4N-12 Vocera badge %s reassigned to %s (%s)" % (asset_tag(), staff_name(), pick(STAFF_ACCTS)),
        lambda: "PagerDuty schedule swap: %s covers %s for %s" % (staff_name(), staff_name(), future_window().strftime("%b %d")),
        lambda: "Build %d of mychart-web deployed, git %s, %d tests passed" % (R.randint(1000, 9999), hexs(12), R.randint(200, 900)),
        lambda: "Jabber phone %s for %s moved to CSS LVH-Internal-CSS, DN 5%03d" % ("SEP" + hexs(12, True), staff_name(), R.randint(0, 999)),
        lambda: "Clarity ETL job %d completed rows=%d duration=%s" % (R.randint(100, 999), R.randint(10000, 9000000), dur()),
        lambda: "Contract with %s renewed through FY26, quote %s" % (pick(VENDOR_ADDR), order_no()),
        lambda: "Okta rate limit hit on /api/v1/users, %d req/min, requestId %s" % (R.randint(600, 1200), hexs(20)),
        lambda: "%s reset MFA for service desk agent %s per %s" % (staff_name(), pick(STAFF_ACCTS), ritm()),
    ])()


# --------------------------------------------------------------------------
# format families.  Each returns a list of segments.  pos=False => no PHI.
# --------------------------------------------------------------------------
FAMILIES = {}


def family(name):
    def deco(fn):
        FAMILIES[name] = fn
        return fn
    return deco


# 1 ServiceNow sys_audit history export ---------------------------------------
@family("servicenow_sys_audit")
def f_sn_audit(pos):
    table = pick(["incident", "sc_req_item", "sc_task", "problem", "x_lvh_portal_case"])
    user = pick(STAFF_ACCTS + SVC_ACCTS[:2])
    if pos:
        field = pick(["work_notes", "comments", "description", "short_description",
                      "u_patient_name", "u_pt_dob", "u_callback_number", "close_notes"])
        p = Person()
        if field == "u_patient_name":
            old, new = [""], [N(p)]
        elif field == "u_pt_dob":
            old, new = [P(date_fmt(p.dob, "iso"), "date")], [P(date_fmt(p.dob, "iso").replace(str(p.dob.year), str(p.dob.year + 1)), "date")]
        elif field == "u_callback_number":
            old, new = [""], [P(phone_fmt(), "phone")]
        else:
            old, new = [""], phi_note(p=p)
    else:
        field = pick(["state", "assignment_group", "priority", "work_notes", "close_notes", "cmdb_ci"])
        if field == "state":
            old, new = [str(R.randint(1, 3))], [pick(["6", "7", "-5"])]
        elif field == "priority":
            old, new = ["4"], [str(R.randint(1, 3))]
        elif field in ("assignment_group", "cmdb_ci"):
            old, new = [sys_id()], [sys_id()]
        else:
            old, new = [""], [neg_note()]
    return [ts_sn(), " [sys_audit] tablename=", table, " documentkey=", sys_id(), " fieldname=", field,
            " user=", user, " oldvalue=", q(old), " newvalue=", q(new),
            " record_checkpoint=", str(R.randint(1, 40)), " internal_checkpoint=", hexs(18)]


# 2 ServiceNow REST table API record ----------------------------------------
@family("servicenow_table_api_json")
def f_sn_api(pos):
    rec = {"number": inc(), "sys_id": sys_id(), "opened_at": ts_sn(), "state": pick(["1", "2", "3", "6"]),
           "priority": pick(["2 - High", "3 - Moderate", "4 - Low"]),
           "assignment_group": {"display_value": pick(TEAMS),
                                "link": "https://lvhealth.service-now.com/api/now/table/sys_user_group/" + sys_id()},
           "caller_id": {"display_value": staff_name(), "value": sys_id()}}
    if pos:
        p = Person()
        rec["contact_type"] = pick(["phone", "self-service", "email", "walk-in"])
        rec["short_description"] = pick(["MyChart access issue", "Patient portal proxy request",
                                         "Wrong patient on printed label", "Billing portal error",
                                         "Remote monitoring device not syncing", "ID scan failure at registration"])
        keyset = pick([
            {"u_patient_name": N(p), "u_patient_mrn": P(mrn(), "mrn"), "u_pt_dob": P(date_fmt(p.dob), "date")},
            {"u_affected_patient": N(p, "lf"), "u_callback_number": P(phone_fmt(), "phone")},
            {"u_requested_for_patient": N(p), "u_portal_email": P(p.email(), "email"),
             "u_client_ip": P(public_ip(), "ip")},
            {"u_guarantor": N(p), "u_har": P(har(), "account"), "u_plan_member_id": P(member_id(), "health_plan")},
            {"u_pt_name": N(p, "FL"), "u_pt_addr": P(p.street_line(), "address"), "u_pt_city": P(p.city, "address"),
             "u_pt_state": p.state, "u_pt_zip": P(p.zip, "zip")},
            {"u_patient": N(p), "u_device_serial": P(implant_serial(), "device"), "u_vendor": pick(["Medtronic", "Abbott", "Boston Scientific", "Biotronik"])},
            {"u_nombre_paciente": N(p), "u_fecha_nacimiento": P(date_fmt(p.dob, "eu"), "date"),
             "u_telefono": P(phone_fmt(), "phone"), "u_idioma": "es"},
            {"u_intl_patient": N(p), "u_passport_no": P(passport(), "other_id"), "u_passport_country": pick(["MX", "IN", "PL", "NG", "PH"]),
             "u_portal_ip": P(public_ipv6(), "ip")},
            {"u_ptFullName": N(p, "fml"), "u_ptDlNumber": P(drivers_license(p.state), "license"), "u_ptDlState": p.state},
        ])
        rec.update(keyset)
        if chance(0.6):
            rec["description"] = Txt(phi_note(k=pick([1, 2]), p=p))
    else:
        rec["contact_type"] = pick(["phone", "self-service", "monitoring", "email"])
        rec["short_description"] = pick(["Printer offline 4N", "Citrix session hung", "Epic Hyperspace slow",
                                         "Badge tap not working", "Jabber softphone no audio", "Shared mailbox access"])
        rec["description"] = neg_note()
        rec["cmdb_ci"] = {"display_value": host(), "value": sys_id()}
        rec["u_asset_tag"] = asset_tag()
    rec["sys_updated_by"] = pick(STAFF_ACCTS + SVC_ACCTS)
    rec["sys_mod_count"] = R.randint(0, 30)
    return JC({"result": rec}) if chance(0.5) else J(rec)


# 3 Jira webhook --------------------------------------------------------------
@family("jira_webhook_json")
def f_jira_hook(pos):
    key = jkey()
    fields = {"summary": "", "issuetype": {"name": pick(["Service Request", "Incident", "Task", "Bug"])},
              "priority": {"name": pick(["P2", "P3", "P4", "Highest"])},
              "reporter": {"accountId": jira_acct(), "displayName": staff_name()},
              "status": {"name": pick(["Waiting for support", "In Progress", "Resolved"])}}
    if pos:
        p = Person()
        fields["summary"] = Txt(pick([["Portal access for ", N(p)], ["Label printer issue - pt ", N(p, "lf")],
                                      ["Merge dupes ", P(mrn(), "mrn"), " and ", P(mrn(), "mrn")],
                                      ["HIM ROI fax misdirected"], ["Kiosk check-in failure"]]))
        cf = pick([("customfield_10412", N(p)), ("customfield_10233", P(date_fmt(p.dob, "iso"), "date")),
                   ("customfield_10871", P(mrn(), "mrn")), ("customfield_10502", P(p.email(), "email")),
                   ("customfield_10390", P(phone_fmt(), "phone"))])
        fields[cf[0]] = cf[1]
        items = [{"field": "description", "fieldtype": "jira", "from": None, "fromString": "",
                  "to": None, "toString": Txt(phi_note(p=p))}]
    else:
        fields["summary"] = pick(["Printer queue stuck on %s" % host(), "Upgrade %s" % pick(PRODUCTS),
                                  "Firewall rule for %s" % host(), "SSO loop on Workday"])
        fields["customfield_10020"] = [{"id": R.randint(100, 999), "name": "EUC Sprint %d" % R.randint(40, 90),
                                        "state": "active"}]
        items = [pick([{"field": "status", "fieldtype": "jira", "from": "10001", "fromString": "In Progress",
                        "to": "10002", "toString": "Resolved"},
                       {"field": "description", "fieldtype": "jira", "from": None, "fromString": "",
                        "to": None, "toString": neg_note()},
                       {"field": "assignee", "fieldtype": "jira", "from": jira_acct(), "fromString": staff_name(),
                        "to": jira_acct(), "toString": staff_name()}])]
    obj = {"timestamp": ts_epoch_ms(), "webhookEvent": "jira:issue_updated", "issue_event_type_name": "issue_generic",
           "user": {"accountId": jira_acct(), "displayName": staff_name(), "active": True},
           "issue": {"id": str(R.randint(10000, 99999)), "key": key,
                     "self": "https://lvhealth.atlassian.net/rest/api/2/issue/%d" % R.randint(10000, 99999),
                     "fields": fields},
           "changelog": {"id": str(R.randint(100000, 999999)), "items": items}}
    return JC(obj)


# 4 Jira audit log (Data Center) ---------------------------------------------
@family("jira_audit_log")
def f_jira_audit(pos):
    head = [ts_off(), " INFO  [audit] category=", pick(["issue", "fields", "permissions", "users and groups"]),
            " author=", pick(STAFF_ACCTS), " objectItem=", jkey()]
    if pos:
        p = Person()
        kind = R.random()
        if kind < 0.4:
            body = [" summary=\"Issue field changed\" changedValues=[{\"key\":\"", pick(["Patient Name", "Pt DOB", "Callback #", "Description"]),
                    "\",\"from\":\"\",\"to\":\""] + phi_note(k=1, p=p) + ["\"}]"]
        elif kind < 0.7:
            body = [" summary=\"Attachment added\" fileName=\"", pick(["scan of ", "ID - ", "face - "]),
                    N(p), ".", pick(["pdf", "jpg", "png"]), "\" size=", str(R.randint(20000, 900000))]
            if chance(0.5):
                body += [" sourceIp=", P(public_ip(), "ip")]
        else:
            body = [" summary=\"Comment added\" comment=\""] + phi_note(p=p) + ["\""]
        body += [" remoteAddress=", private_ip() if chance(0.6) else "0:0:0:0:0:0:0:1"]
    else:
        body = [" summary=\"", pick(["Issue field changed", "Workflow transition", "Permission scheme updated",
                                     "User added to group"]), "\" changedValues=[{\"key\":\"",
                pick(["Assignee", "Status", "Component", "jira-servicedesk-users"]), "\",\"to\":\"",
                pick([staff_name(), "Resolved", "Epic Cupid", pick(STAFF_ACCTS)]), "\"}] remoteAddress=", private_ip(),
                " nodeId=jira-dc-", str(R.randint(1, 4)), " requestId=", hexs(8), "x", str(R.randint(100, 999)), "x1"]
    return head + body


# 5 Slack export (channel json, one message per line) -------------------------
@family("slack_export_json")
def f_slack_export(pos):
    who = staff_name()
    msg = {"client_msg_id": uuid4(), "type": "message", "text": "", "user": slack_uid(), "ts": ts_slack(),
           "team": "T0" + hexs(8, True),
           "user_profile": {"real_name": who, "display_name": fold(who.split()[0]).lower() + "." + fold(who.split()[-1])[0].lower(),
                            "is_restricted": False}}
    if pos:
        p = Person()
        lead = pick(["<!here> ", "", "<@%s> " % slack_uid(), "FYI ", "quick one: "])
        msg["text"] = Txt([lead] + phi_note(p=p))
        if chance(0.25):
            msg["files"] = [{"id": "F0" + hexs(9, True), "name": pick(["IMG_%d.jpg" % R.randint(1000, 9999), "screenshot.png"]),
                             "title": Txt(["insurance card ", N(p)]) if chance(0.5) else Txt(["face sheet ", N(p)]),
                             "mimetype": "image/jpeg"}]
    else:
        msg["text"] = pick(["<!here> ", "", "<@%s> " % slack_uid(), "heads up: "]) + neg_note()
        if chance(0.3):
            msg["thread_ts"] = ts_slack()
            msg["reply_count"] = R.randint(1, 12)
    return JC(msg)


# 6 Slack incoming webhook POST log ------------------------------------------
@family("slack_webhook_post")
def f_slack_hook(pos):
    url = "https://hooks.slack.com/services/T0%s/B0%s/%s" % (hexs(8, True), hexs(9, True), "".join(R.choice(string.ascii_letters + string.digits) for _ in range(24)))
    ch = pick(["#epic-interfaces", "#servicedesk-alerts", "#him-roi", "#print-ops", "#iam-alerts"])
    if pos:
        p = Person()
        text = pick([
            lambda: ["ADT A08 rejected: ", N(p, "LF"), " MRN ", P(mrn(), "mrn"), " DOB ", P(date_fmt(p.dob, "compact"), "date"), " - ", pick(["PV1-3 invalid", "PID-8 missing", "duplicate EMPI"])],
            lambda: ["SSPR lockout: MyChart user for ", N(p), " from ", P(public_ip(), "ip"), " (", str(R.randint(5, 12)), " failures)"],
            lambda: ["ROI fax job ", str(R.randint(10000, 99999)), " to ", P(phone_fmt(), "fax"), " failed: no answer"],
            lambda: ["DLP: SSN ", P(ssn(), "ssn"), " detected in ticket ", inc()],
            lambda: phi_note(p=p),
        ])()
        payload = {"channel": ch, "username": pick(["interface-bot", "sspr-monitor", "rightfax-bot", "dlp-bot"]),
                   "icon_emoji": ":rotating_light:", "text": Txt(text)}
    else:
        payload = {"channel": ch, "username": pick(["interface-bot", "print-monitor", "cert-watch"]),
                   "text": neg_note(),
                   "attachments": [{"color": pick(["#36a64f", "danger", "warning"]), "footer": host(),
                                    "ts": ts_epoch_ms() // 1000}]}
    return [ts_iso_z(), " ", pick(["webhook-relay", "n8n", "sn-flow"]), "[", str(R.randint(100, 9999)),
            "]: POST ", url, " status=", pick(["200", "200", "200", "429"]), " latency=", dur(), " payload="] + JC(payload)


# 7 Teams chat/channel message export (Graph chatMessage) ---------------------
@family("teams_export_json")
def f_teams_export(pos):
    who = staff_name()
    m = {"id": str(ts_epoch_ms()), "replyToId": None, "messageType": "message",
         "createdDateTime": ts_iso_z(), "lastModifiedDateTime": None, "importance": pick(["normal", "high"]),
         "from": {"user": {"id": uuid4(), "displayName": who, "userIdentityType": "aadUser"}},
         "body": {"contentType": "html", "content": ""},
         "channelIdentity": {"teamId": uuid4(), "channelId": "19:%s@thread.tacv2" % hexs(32)}}
    if pos:
        p = Person()
        m["body"]["content"] = Txt(["<div><p>"] + phi_note(p=p) + ["</p></div>"])
        if chance(0.3):
            m["attachments"] = [{"id": uuid4(), "contentType": "reference",
                                 "contentUrl": P(photo_ref(p), "photo") if chance(0.5) else
                                 "https://lvhealth.sharepoint.com/sites/ServiceDesk/Shared%20Documents/" + hexs(8) + ".docx",
                                 "name": pick(["pt_photo.jpg", "capture.png", "notes.docx"])}]
    else:
        m["body"]["content"] = "<div><p>" + neg_note() + "</p></div>"
        if chance(0.3):
            m["mentions"] = [{"id": 0, "mentionText": staff_name(), "mentioned": {"user": {"id": uuid4(), "displayName": staff_name()}}}]
    return JC(m)


# 8 Teams incoming webhook (MessageCard) ---------------------------------------
@family("teams_webhook_card")
def f_teams_card(pos):
    url = "https://lvhealth.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s" % (uuid4(), uuid4(), hexs(32), uuid4())
    if pos:
        p = Person()
        facts = pick([
            lambda: [{"name": "Patient", "value": N(p)}, {"name": "MRN", "value": P(mrn(), "mrn")},
                     {"name": "Bed", "value": "%s-%02d" % (pick(["4N", "5W", "ICU", "ED"]), R.randint(1, 30))}],
            lambda: [{"name": "Pt", "value": N(p, "lf")}, {"name": "Kiosk", "value": "KIOSK-%02d" % R.randint(1, 20)},
                     {"name": "Photo", "value": P(photo_ref(p), "photo")}],
            lambda: [{"name": "Vehicle", "value": P(plate(), "vehicle")}, {"name": "VIN", "value": P(vin(), "vehicle")},
                     {"name": "Owner", "value": N(p)}],
            lambda: [{"name": "Device", "value": pick(["Medtronic Azure XT DR", "Abbott Assurity MRI", "Dexcom G7", "iRhythm Zio"])},
                     {"name": "Serial", "value": P(implant_serial(), "device")}, {"name": "Patient", "value": N(p)}],
            lambda: [{"name": "Caller", "value": N(p)}, {"name": "Age", "value": P(age_over89(), "age")},
                     {"name": "CBR", "value": P(phone_fmt(), "phone")}],
        ])()
        card = {"@type": "MessageCard", "@context": "https://schema.org/extensions", "themeColor": "D70000",
                "summary": pick(["Patient Access alert", "Security desk", "Remote monitoring", "Service desk"]),
                "sections": [{"activityTitle": pick(["Kiosk check-in failure", "Parking enforcement", "CareLink sync error",
                                                      "Escalated caller"]), "facts": facts}]}
    else:
        card = {"@type": "MessageCard", "@context": "https://schema.org/extensions", "themeColor": "0076D7",
                "summary": pick(["Backup job", "Cert expiry", "Disk space", "Deploy"]),
                "sections": [{"activityTitle": neg_note(),
                              "facts": [{"name": "Host", "value": host()}, {"name": "Build", "value": version()},
                                        {"name": "Duration", "value": dur()}]}]}
    return [ts_iso7(), " INFO TeamsNotifier POST ", url, " -> 200 body="] + JC(card)


# 9 Confluence audit / page history ---------------------------------------------
@family("confluence_audit")
def f_confluence(pos):
    space = pick(["EHRKB", "SDESK", "HIMOPS", "NETDOCS", "PAS"])
    head = [ts_conf(), " INFO [http-nio-8090-exec-", str(R.randint(1, 60)), "] [confluence.event.audit.AuditListener] ",
            pick(["PageUpdateEvent", "PageCreateEvent", "AttachmentCreateEvent", "CommentCreateEvent"]),
            " space=", space, " pageId=", str(R.randint(100000, 9999999)), " version=", str(R.randint(1, 80)),
            " user=", pick(STAFF_ACCTS)]
    if pos:
        p = Person()
        body = [" title=\"", pick(["Downtime procedure 4 North", "Portal troubleshooting examples", "Kiosk known issues",
                                   "ROI fax cover sheets", "Parking office contacts"]), "\" diff=\"+ "] + \
            pick([lambda: ["Example: "] + phi_note(k=2, p=p),
                  lambda: ["| ", N(p), " | ", P(date_fmt(p.dob), "date"), " | ", P(mrn(), "mrn"), " |"],
                  lambda: ["Escalation contact for VIP pt ", N(p), ": ", P(phone_fmt(), "phone"), " / ", P(p.email(), "email")],
                  lambda: ["Screenshot shows ", N(p), " address ", P(p.street_line(), "address"), ", ", P(p.city, "address"), " ", P(p.zip, "zip")]])() + ["\""]
    else:
        body = [" title=\"", pick(["Printer driver matrix", "Citrix gold image changelog", "On-call runbook - Interfaces",
                                   "Vendor contacts", "Change freeze calendar"]), "\" diff=\"+ ", neg_note().replace('"', "'"), "\"",
                " minorEdit=", pick(["true", "false"])]
    return head + body + [" ip=", private_ip()]


# 10 Exchange Online message trace (CSV) ---------------------------------------
@family("exchange_message_trace_csv")
def f_msgtrace(pos):
    mid = "<%s@%s.namprd%02d.prod.outlook.com>" % (hexs(16), pick(["CH0PR", "BL1PR", "DM6PR", "SA1PR"]) + str(R.randint(10, 19)) + "MB" + str(R.randint(1000, 9999)), R.randint(1, 20))
    if pos:
        p = Person()
        subj = pick([lambda: ["Records request - ", N(p), " DOB ", P(date_fmt(p.dob), "date")],
                     lambda: ["Your MyChart activation code"],
                     lambda: ["RE: appointment for ", N(p)],
                     lambda: ["FW: billing question acct ", P(har(), "account")],
                     lambda: ["Secure: results for ", N(p, "LF"), " MRN ", P(mrn(), "mrn")]])()
        if chance(0.5):
            snd, rcp = [staff_email()], [P(p.email(), "email")]
        else:
            snd, rcp = [P(p.email(), "email")], [pick(["him-roi@", "patientaccess@", "billing@"]) + HOSP_DOMAIN]
    else:
        subj = [pick(["Change reminder " + chg(), "Your password expires in 5 days", "[JIRA] " + jkey() + " updated",
                      "Scanned from LVH-ED-MFP01", "PagerDuty: incident #%d acknowledged" % R.randint(1000, 99999),
                      "PO " + order_no() + " confirmation", "Undeliverable: weekly report"])]
        snd = [pick([staff_email(), "noreply@service-now.com", "jira@lvhealth.atlassian.net", "no-reply@pagerduty.com",
                     "scanner-ed@" + HOSP_DOMAIN, "orders@cdw.com"])]
        rcp = [staff_email()]
    row = [csvf(ts_iso7()), ",", csvf(snd), ",", csvf(rcp), ",", csvf(subj), ",",
           csvf(pick(["Delivered", "Delivered", "FilteredAsSpam", "Failed", "Quarantined"])), ",",
           csvf(private_ip() if chance(0.5) else ""), ",", csvf(private_ip()), ",", csvf(str(R.randint(4000, 9000000))), ",",
           csvf(mid), ",", csvf(uuid4())]
    return row


# 11 Exchange admin audit: inbox rules -----------------------------------------
@family("exchange_inbox_rule")
def f_inbox_rule(pos):
    who = pick(STAFF_ACCTS)
    head = [ts_iso_z(), " ExchangeAdmin ", pick(["New-InboxRule", "Set-InboxRule", "Enable-InboxRule"]),
            " Caller=", staff_email(who), " ObjectModified=", who, "\\", hexs(16), " Succeeded=True"]
    if pos:
        p = Person()
        params = pick([
            lambda: [" Parameters=-Name \"Fwd ", P(p.last, "name"), "\" -From \"", P(p.email(), "email"),
                     "\" -MoveToFolder \"Patients\\", N(p), "\" -MarkAsRead $true"],
            lambda: [" Parameters=-Name \"auto\" -SubjectContainsWords \"", N(p), ";DOB ", P(date_fmt(p.dob), "date"),
                     "\" -ForwardTo \"", P(Person().email(), "email"), "\""],
            lambda: [" Parameters=-Name \"fax\" -From \"", P(e164()[1:], "fax"), "@efaxsend.com\" -RedirectTo \"him-roi@", HOSP_DOMAIN, "\""],
            lambda: [" Parameters=-Name \"billing ", P(har(), "account"), "\" -BodyContainsWords \"", N(p), "\" -DeleteMessage $false"],
        ])()
        tail = [" ClientIP=", P(public_ip(), "ip")] if chance(0.5) else [" ClientIP=", private_ip()]
    else:
        params = [" Parameters=-Name \"", pick(["PagerDuty", "Jira noise", "ServiceNow approvals", "Vendor newsletters"]),
                  "\" -From \"", pick(["no-reply@pagerduty.com", "jira@lvhealth.atlassian.net", "noreply@service-now.com",
                                       "news@cdw.com"]), "\" -MoveToFolder \"", pick(["Alerts", "Tickets", "Vendors"]),
                  "\" -StopProcessingRules $true"]
        tail = [" ClientIP=", private_ip(), " OriginatingServer=", pick(["CH0PR11MB", "DM6PR19MB", "SA1PR04MB"]) + str(R.randint(1000, 9999))]
    return head + params + tail


# 12 Google Workspace Admin SDK reports ----------------------------------------
@family("gws_reports_json")
def f_gws(pos):
    actor = {"callerType": "USER", "email": staff_email(), "profileId": digits(21)}
    ev = {"type": "acl_change", "name": "change_user_access", "parameters": []}
    obj = {"kind": "admin#reports#activity",
           "id": {"time": ts_iso_z(), "uniqueQualifier": "-" + digits(19), "applicationName": "drive",
                  "customerId": "C0" + hexs(7)}, "etag": "\"" + hexs(40) + "\"", "actor": actor}
    if pos:
        p = Person()
        if chance(0.55):
            obj["ipAddress"] = P(public_ip() if chance(0.8) else public_ipv6(), "ip")
        ev["parameters"] = [
            {"name": "doc_id", "value": hexs(44)},
            {"name": "doc_title", "value": Txt(pick([["Intake form - ", N(p), " DOB ", P(date_fmt(p.dob, "iso"), "date")],
                                                     ["Wheelchair loaner agreement ", N(p)],
                                                     ["Volunteer driver schedule - ", N(p), " ", P(p.street_line(), "address")],
                                                     ["Copy of ID ", N(p)]]))},
            {"name": "target_user", "value": P(p.email(), "email")},
            {"name": "visibility", "value": pick(["people_with_link", "shared_externally"])}]
    else:
        obj["ipAddress"] = private_ip() if chance(0.5) else "fd00:%x::%x" % (R.randint(1, 0xffff), R.randint(1, 0xffff))
        ev["parameters"] = [{"name": "doc_id", "value": hexs(44)},
                            {"name": "doc_title", "value": pick(["On-call rotation Q4", "Printer inventory " + order_no(),
                                                                 "CAB minutes " + future_window().isoformat(), "Network diagram v" + version()])},
                            {"name": "target_user", "value": staff_email()},
                            {"name": "visibility", "value": "shared_internally"}]
    obj["events"] = [ev]
    return JC(obj)


# 13 M365 unified audit log (incl. DLP) -----------------------------------------
@family("m365_ual_json")
def f_m365(pos):
    rec = {"CreationTime": ts_iso_z()[:19], "Id": uuid4(), "OrganizationId": uuid4(), "RecordType": 0,
           "UserKey": "i:0h.f|membership|%s@live.com" % hexs(16), "UserType": 0, "Version": 1, "Workload": "",
           "UserId": staff_email(), "Operation": ""}
    if pos:
        p = Person()
        kind = pick(["dlp", "dlp", "file", "mail"])
        if kind == "dlp":
            det = pick([("U.S. Social Security Number (SSN)", P(ssn(), "ssn")),
                        ("Credit Card Number", P(card_number(), "account")),
                        ("U.S. Driver's License Number", P(drivers_license(p.state), "license")),
                        ("U.S. / U.K. Passport Number", P(passport(), "other_id")),
                        ("U.S. Bank Account Number", P(bank_acct(), "account")),
                        ("LVH Medical Record Number", P(mrn(), "mrn")),
                        ("Medicare Beneficiary Identifier", P(mbi(), "health_plan")),
                        ("U.S. Drug Enforcement Agency (DEA) Number", P(dea(), "license"))])
            rec.update({"RecordType": 11, "Workload": pick(["Exchange", "MicrosoftTeams", "SharePoint"]),
                        "Operation": "DLPRuleMatch",
                        "PolicyDetails": [{"PolicyName": "LVH PHI Outbound", "Rules": [{"RuleName": "High volume PHI",
                                           "Severity": "High", "ConditionsMatched": {"SensitiveInformation": [
                                               {"SensitiveType": det[0], "Count": 1, "Confidence": 85,
                                                "SensitiveInformationDetections": {"DetectedValues": [
                                                    {"Name": det[0], "Value": det[1]}]}}]}}]}]})
            if chance(0.5):
                rec["ExchangeMetaData"] = {"Subject": Txt(pick([["Fwd: paperwork for ", N(p)], ["statement"], ["ID copy - ", N(p)]])),
                                           "To": [P(p.email(), "email")], "From": staff_email()}
        elif kind == "file":
            rec.update({"RecordType": 6, "Workload": "OneDrive", "Operation": pick(["FileDownloaded", "FileAccessed", "FilePreviewed"]),
                        "ClientIP": P(public_ip(), "ip"),
                        "ObjectId": Txt(["https://lvhealth-my.sharepoint.com/personal/", pick(STAFF_ACCTS), "_lvhealth_org/Documents/",
                                         pick([[N(p), " ", pick(["ROI", "consent", "face sheet"]), ".pdf"],
                                               ["records ", P(mrn(), "mrn"), ".pdf"]])]),
                        "UserAgent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/130.0.0.0"})
        else:
            rec.update({"RecordType": 50, "Workload": "Exchange", "Operation": "Send",
                        "ClientIPAddress": P(public_ip(), "ip"),
                        "Item": {"Subject": Txt(pick([["Appt change for ", N(p), " on ", P(date_fmt(recent_date()), "date")],
                                                      ["Note from ", N(p), " cell ", P(phone_fmt(), "phone")]])),
                                 "ParentFolder": {"Path": "\\Sent Items"}}})
    else:
        kind = pick(["login", "file", "mail", "dlp_fp"])
        if kind == "login":
            rec.update({"RecordType": 15, "Workload": "AzureActiveDirectory", "Operation": "UserLoggedIn",
                        "ClientIP": private_ip(), "ResultStatus": "Success",
                        "ExtendedProperties": [{"Name": "UserAgent", "Value": "Mozilla/5.0 (Windows NT 10.0) Teams/" + version()},
                                               {"Name": "RequestType", "Value": "OAuth2:Authorize"}]})
        elif kind == "file":
            rec.update({"RecordType": 6, "Workload": "SharePoint", "Operation": "FileModified", "ClientIP": private_ip(),
                        "ObjectId": "https://lvhealth.sharepoint.com/sites/IT/Shared Documents/Runbooks/%s.docx" % pick(["Citrix", "Printers", "Okta", "PagerDuty"]),
                        "SourceFileExtension": "docx"})
        elif kind == "mail":
            rec.update({"RecordType": 2, "Workload": "Exchange", "Operation": "MailItemsAccessed", "ClientIPAddress": private_ip(),
                        "MailboxOwnerUPN": "servicedesk@" + HOSP_DOMAIN, "OperationCount": R.randint(1, 40)})
        else:
            rec.update({"RecordType": 11, "Workload": "Exchange", "Operation": "DLPRuleUndo",
                        "PolicyDetails": [{"PolicyName": "LVH PHI Outbound", "Rules": [{"RuleName": "Override",
                                           "Severity": "Low", "ConditionsMatched": {"SensitiveInformation": [
                                               {"SensitiveType": "U.S. Social Security Number (SSN)", "Count": 0,
                                                "Confidence": 65}]}}]}],
                        "ExceptionInfo": {"Reason": "False positive: order number %s" % order_no()}})
    return JC(rec)


# 14 SharePoint / OneDrive sharing events --------------------------------------
@family("sharepoint_sharing_json")
def f_sharing(pos):
    site = pick(["HIM", "PatientAccess", "ServiceDesk", "CaseMgmt", "Volunteers"])
    rec = {"CreationTime": ts_iso_z()[:19], "Id": uuid4(), "Operation": "", "RecordType": 14,
           "UserId": staff_email(), "Workload": "SharePoint", "SiteUrl": "https://lvhealth.sharepoint.com/sites/%s/" % site}
    if pos:
        p = Person()
        rec["Operation"] = pick(["SharingInvitationCreated", "AnonymousLinkCreated", "SharingSet", "AddedToSecureLink"])
        fname = pick([[N(p), " - ROI packet.pdf"], ["Face sheet ", N(p, "lf"), ".pdf"],
                      ["consent ", P(mrn(), "mrn"), ".pdf"], ["itemized bill ", P(har(), "account"), ".xlsx"],
                      ["passport scan ", N(p), ".jpg"]])
        rec["SourceFileName"] = Txt(fname)
        rec["ObjectId"] = Txt(["https://lvhealth.sharepoint.com/sites/", site, "/Shared Documents/"] + fname)
        if rec["Operation"] != "AnonymousLinkCreated":
            rec["TargetUserOrGroupType"] = "Guest"
            rec["TargetUserOrGroupName"] = P(p.email(), "email")
        if chance(0.6):
            rec["ClientIP"] = P(public_ip(), "ip")
        else:
            rec["ClientIP"] = private_ip()
    else:
        rec["Operation"] = pick(["SharingSet", "CompanyLinkCreated", "SharingInheritanceBroken"])
        fn = pick(["Print queue inventory.xlsx", "Epic upgrade cutover plan v%s.docx" % version(),
                   "Vendor contacts.xlsx", "MFA rollout FAQ.pdf", "Wi-Fi survey 4N.pdf"])
        rec["SourceFileName"] = fn
        rec["ObjectId"] = "https://lvhealth.sharepoint.com/sites/%s/Shared Documents/%s" % (site, fn)
        rec["TargetUserOrGroupType"] = pick(["Member", "SharePointGroup"])
        rec["TargetUserOrGroupName"] = pick(["LVH IT Members", staff_email(), "Service Desk Owners"])
        rec["ClientIP"] = private_ip()
    rec["EventSource"] = "SharePoint"
    return JC(rec)


# 15 Help desk ACD / call detail records -----------------------------------------
@family("helpdesk_acd_cdr")
def f_acd(pos):
    head = [ts_sn(), " acd[", str(R.randint(1000, 9999)), "] call_id=", hexs(8), "-", hexs(4), " queue=",
            pick(["PatientPortalSupport", "ITServiceDesk", "PatientBilling", "PortalSpanish"])]
    if pos:
        p = Person()
        tail = [" ani=", P(e164() if chance(0.6) else phone_fmt(), "phone"), " dnis=", pick(HOSP_PHONE[:3]).replace(" ", ""),
                " agent=", str(R.randint(5000, 5999)), " wait=", dur(), " talk=", dur()]
        extra = pick([
            lambda: [" ivr_dob=", P(p.dob.strftime("%m%d%Y"), "date"), " ivr_zip=", P(p.zip, "zip")],
            lambda: [" ivr_mrn=", P(mrn(), "mrn"), " lang=en"],
            lambda: [" fecha_nac=", P(date_fmt(p.dob, "eu"), "date"), " lang=es nombre=\"", N(p), "\""],
            lambda: [" cbr=", P(phone_fmt(), "phone"), " note=\"", N(p), " wants proxy for spouse\""],
            lambda: [" caller_name=\"", N(p, "LF"), "\" acct=", P(har(), "account")],
            lambda: [" wrapup=PW_RESET note=\""] + phi_note(k=1, p=p) + ["\""],
        ])()
        return head + tail + extra + [" disposition=", pick(["RESOLVED", "TRANSFER", "CALLBACK", "ABANDON"])]
    tail = [" ani=", str(R.randint(2000, 7999)), " dnis=", str(R.randint(4000, 4999)), " agent=", str(R.randint(5000, 5999)),
            " agent_name=\"", staff_name(), "\" wait=", dur(), " talk=", dur(), " hold=", dur(),
            " wrapup=", pick(["PW_RESET", "PRINTER", "EPIC_ACCESS", "VPN"]), " ticket=", inc(),
            " trunk=", pick(["SIP-TRK-01", "SIP-TRK-02", "PRI-3"]), " codec=G711u"]
    return head + tail


# 16 IVR voice biometrics (patient caller authentication) ------------------------
@family("ivr_voice_auth")
def f_voice(pos):
    head = [ts_iso_z(), " voiceauth ", pick(["enroll", "verify", "verify", "update"]), " session=", uuid4()]
    if pos:
        p = Person()
        segs = [" caller=", P(e164(), "phone"), " modelId=", hexs(12)]
        segs += [" score=", "%.2f" % R.uniform(0.4, 0.99), " result=", pick(["MATCH", "NO_MATCH", "ENROLLED"])]
        if chance(0.75):
            segs += [" ", pick(["voiceprint", "vp_blob", "voicePrintB64", "speaker_model"]), "=", P(bio_b64(), "biometric")]
        if chance(0.5):
            segs += [" pt=\"", N(p), "\""]
        if chance(0.4):
            segs += [" mrn=", P(mrn(), "mrn")]
        return head + segs
    return head + [" caller=internal ext=", str(R.randint(2000, 7999)), " score=n/a result=SKIPPED reason=",
                   pick(["STAFF_LINE", "ENGINE_TIMEOUT", "NO_ENROLLMENT_ALLOWED"]), " engine=", pick(["Gatekeeper", "VoiceVault"]),
                   " engineVersion=", version(), " latency=", dur(), " node=", host()]


# 17 Okta system log (staff password reset / MFA) --------------------------------
@family("okta_system_log_json")
def f_okta(pos):
    acct = pick(STAFF_ACCTS)
    ev = {"uuid": uuid4(), "published": ts_iso_z(), "eventType": "", "version": "0", "severity": "INFO",
          "displayMessage": "",
          "actor": {"id": "00u" + hexs(17), "type": "User", "alternateId": staff_email(acct), "displayName": staff_name()},
          "client": {"userAgent": {"rawUserAgent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) Safari/605.1.15",
                                   "os": "Mac OS X", "browser": "SAFARI"}, "zone": "null", "device": "Computer",
                     "ipAddress": ""},
          "outcome": {"result": pick(["SUCCESS", "FAILURE"])},
          "transaction": {"type": "WEB", "id": "Z" + "".join(R.choice(string.ascii_letters + string.digits) for _ in range(26))}}
    if pos:
        ev["eventType"] = pick(["user.account.reset_password", "user.mfa.factor.activate", "user.session.start",
                                "system.sms.send_factor_verify_message"])
        ev["displayMessage"] = {"user.account.reset_password": "Fired when the user's Okta password is reset",
                                "user.mfa.factor.activate": "Activate factor or authenticator",
                                "user.session.start": "User login to Okta",
                                "system.sms.send_factor_verify_message": "Send SMS verification message"}[ev["eventType"]]
        ev["client"]["ipAddress"] = P(public_ip(), "ip")
        if ev["eventType"] == "system.sms.send_factor_verify_message" or chance(0.3):
            ev["target"] = [{"type": "User", "alternateId": staff_email(acct)}]
            ev["debugContext"] = {"debugData": {"phoneNumber": P(phone_fmt(), "phone"), "smsProvider": "twilio"}}
    else:
        ev["eventType"] = pick(["user.account.lock", "policy.evaluate_sign_on", "user.authentication.sso",
                                "application.user_membership.add"])
        ev["displayMessage"] = pick(["Max sign in attempts exceeded", "Evaluation of sign-on policy",
                                     "User single sign on to app", "Add user to application membership"])
        ev["client"]["ipAddress"] = private_ip()
        ev["target"] = [{"type": "AppInstance", "alternateId": pick(["Epic Hyperspace", "ServiceNow", "Workday", "Jira"]),
                         "id": "0oa" + hexs(17)}]
    return JC(ev)


# 18 MyChart self-service password reset / identity proofing --------------------
@family("mychart_sspr_log")
def f_sspr(pos):
    head = [ts_off(), " mychart-web[", str(R.randint(100, 999)), "] ", pick(["INFO", "WARN"]), " SSPR ",
            pick(["RecoverLogin", "ResetPassword", "VerifyIdentity", "Signup"]), " req=", hexs(16)]
    if pos:
        p = Person()
        segs = pick([
            lambda: [" name=\"", N(p), "\" dob=", P(date_fmt(p.dob, "us"), "date"), " zip=", P(p.zip, "zip")],
            lambda: [" email=", P(p.email(), "email"), " sms=", P(e164(), "phone"), " channel=sms"],
            lambda: [" verify_method=dl dl_state=", p.state, " dl_no=", P(drivers_license(p.state), "license"),
                     " dob=", P(date_fmt(p.dob, "iso"), "date")],
            lambda: [" verify_method=", pick(["passport", "pasaporte"]), " doc_no=", P(passport(), "other_id"),
                     " nationality=", pick(["MEX", "IND", "POL", "NGA", "PHL"])],
            lambda: [" PatientName=", P(p.name("LF"), "name"), " PatientMRN=", P(mrn(), "mrn"), " activationCode=", hexs(5, True)],
            lambda: [" ssn_full=", P(ssn(), "ssn"), " dob=", P(date_fmt(p.dob), "date"), " result=KBA_PASS"],
            lambda: [" address1=\"", P(p.street_line(), "address"), "\" city=\"", P(p.city, "address"), "\" st=", p.state,
                     " zip=", P(p.zip, "zip")],
        ])()
        return head + segs + [" client_ip=", P(public_ip(), "ip") if chance(0.6) else private_ip(),
                              " ua=\"", pick(["MyChart/11.3 iOS/17.6", "Mozilla/5.0 (Linux; Android 14)", "Mozilla/5.0 (Windows NT 10.0)"]), "\""]
    return head + [" result=", pick(["RATE_LIMITED", "CAPTCHA_FAIL", "TOKEN_EXPIRED", "OK"]),
                   " upstream=", host(), " latency=", dur(), " build=", version(), " client_ip=", private_ip(),
                   " note=\"", pick(["health check", "synthetic monitor run " + hexs(6), "load test " + chg()]), "\""]


# 19 Azure AD / Entra audit: MFA registration ----------------------------------
@family("aad_audit_mfa_json")
def f_aad(pos):
    rec = {"id": "Directory_" + uuid4(), "category": "UserManagement", "correlationId": uuid4(),
           "activityDateTime": ts_iso7(), "loggedByService": "Authentication Methods",
           "activityDisplayName": "", "result": pick(["success", "success", "failure"]),
           "initiatedBy": {"user": {"id": uuid4(), "userPrincipalName": staff_email(), "ipAddress": ""}},
           "targetResources": []}
    if pos:
        # patient-facing tenant (B2C) registrations, or staff with public IP
        rec["activityDisplayName"] = pick(["User registered security info", "User changed default security info",
                                           "Admin registered security info"])
        rec["initiatedBy"]["user"]["ipAddress"] = P(public_ip(), "ip")
        if chance(0.7):
            p = Person()
            rec["loggedByService"] = "B2C (lvhpatients.onmicrosoft.com)"
            rec["initiatedBy"]["user"]["userPrincipalName"] = P(p.email(), "email")
            rec["targetResources"] = [{"displayName": N(p), "type": "User",
                                       "modifiedProperties": [{"displayName": "StrongAuthenticationPhoneAppDetail",
                                                               "newValue": Txt(["[{\"DeviceName\":\"", pick(["iPhone 15", "Pixel 8", "SM-S918U"]),
                                                                                "\",\"DeviceToken\":\"", hexs(16), "\",\"Imei\":\"",
                                                                                P(imei(), "device"), "\"}]"])}
                                                              if chance(0.5) else
                                                              {"displayName": "StrongAuthenticationUserDetails",
                                                               "newValue": Txt(["[{\"PhoneNumber\":\"", P(e164(), "phone"), "\"}]"])}]}]
        else:
            rec["targetResources"] = [{"displayName": staff_name(), "type": "User", "userPrincipalName": staff_email()}]
    else:
        rec["activityDisplayName"] = pick(["User registered security info", "User deleted security info",
                                           "User started security info registration"])
        rec["initiatedBy"]["user"]["ipAddress"] = private_ip()
        rec["targetResources"] = [{"displayName": staff_name(), "type": "User", "userPrincipalName": staff_email(),
                                   "modifiedProperties": [{"displayName": "StrongAuthenticationMethod",
                                                           "newValue": "[{\"MethodType\":6,\"Default\":true}]"}]}]
        rec["additionalDetails"] = [{"key": "Method", "value": pick(["Microsoft Authenticator", "FIDO2 security key", "Temporary Access Pass"])},
                                    {"key": "AAGUID", "value": uuid4()}]
    return JC(rec)


# 20 PatientSecure palm-vein / kiosk enrollment ------------------------------------
@family("patientsecure_enroll")
def f_palm(pos):
    head = [ts_conf(), " [", pick(["KioskSvc", "PSEnrollSvc", "PatientSecure.Api"]), "] ", pick(["INFO", "DEBUG"]), " ",
            pick(["EnrollPatient", "IdentifyPatient", "UpdateEnrollment"]), " station=", pick(["REG-ED-03", "KIOSK-1W-07", "REG-OP-12"])]
    if pos:
        p = Person()
        body = {"PatientName": N(p, pick(["lf", "fl"])), "DOB": P(date_fmt(p.dob, pick(["us", "iso"])), "date"),
                "EpicMRN": P(mrn(), "mrn")}
        kk = pick([("PalmVeinTemplate", "palmVeinTemplate"), ("bio_tmpl", "bio_tmpl"), ("TemplateB64", "TemplateB64"),
                   ("minutiae_b64", "minutiae_b64")])[0]
        if chance(0.7):
            body[kk] = P(bio_b64(), "biometric")
        if chance(0.6):
            body[pick(["PhotoJpeg", "photo_b64", "FaceImage"])] = P(photo_b64(), "photo")
        elif chance(0.5):
            body["PhotoPath"] = P(photo_ref(p), "photo")
        if chance(0.3):
            body["Age"] = NumSpan(age_over89(), "age")
        body["Operator"] = pick(STAFF_ACCTS)
        body["Hand"] = pick(["R", "L"])
        body["Quality"] = R.randint(40, 99)
        return head + [" payload="] + JC(body)
    body = {"Operator": pick(STAFF_ACCTS), "Result": pick(["DeviceNotReady", "Timeout", "SelfTestOK"]),
            "ScannerFw": version(), "ScannerSerial": printer_serial(), "DurationMs": R.randint(50, 9000),
            "CorrelationId": uuid4()}
    return head + [" payload="] + JC(body)


# 21 PaperCut print log (CSV) ---------------------------------------------------
@family("papercut_print_csv")
def f_papercut(pos):
    printer = pick(["lvh-prt-srv01\\4N-NURSE-HP607", "lvh-prt-srv02\\ED-TRIAGE-LEX", "lvh-prt-srv01\\HIM-ROI-MFP",
                    "lvh-prt-srv03\\REG-1W-ZEBRA", "lvh-prt-srv02\\PHARM-LBL-01"])
    user = pick(STAFF_ACCTS)
    if pos:
        p = Person()
        doc = pick([lambda: ["Discharge Summary - ", N(p, "LF"), " - MRN ", P(mrn(), "mrn")],
                    lambda: ["AVS ", N(p), " ", P(date_fmt(recent_date(), "us"), "date")],
                    lambda: ["Wristband ", N(p, "LF"), " DOB ", P(date_fmt(p.dob, "us"), "date")],
                    lambda: ["Statement ", P(har(), "account"), " ", N(p)],
                    lambda: ["Face Sheet - ", N(p), " - ", P(p.street_line(), "address"), " ", P(p.city, "address")],
                    lambda: ["Epic Print Job ", str(R.randint(100000, 999999)), " ", N(p, "lf")]])()
    else:
        doc = [pick(["Microsoft Word - Change freeze memo.docx", "Test Page", "Epic Print Job %d - Downtime Report" % R.randint(100000, 999999),
                     "Outlook - %s" % pick(["CAB agenda", "On-call swap", "Printer PO " + order_no()]),
                     "https://lvhealth.service-now.com/%s.do" % inc(), "Label batch %s" % hexs(6, True)])]
    row = [csvf(ts_sn()), ",", csvf(user), ",", str(R.randint(1, 12)), ",", str(R.randint(1, 3)), ",", csvf(printer), ",",
           csvf(doc), ",", csvf(pick(["winword.exe", "EpicPrintSvc", "Outlook", "Chrome"])), ",",
           csvf(pick(["LETTER", "A4", "LABEL-2x1"])), ",", csvf(pick(["PCL6", "PostScript", "ZPL"])), ",",
           csvf(host()), ",", csvf(pick(["NOT_GRAYSCALE", "GRAYSCALE"])), ",",
           csvf(pick(["DUPLEX", "NOT_DUPLEX"])), ",", "%.2f" % R.uniform(0, 2)]
    return row


# 22 MFP scan-to-email -----------------------------------------------------------
@family("mfp_scan_email")
def f_scan(pos):
    dev = pick(["LVH-ED-MFP01", "LVH-REG-MFP02", "LVH-HIM-MFP04", "LVH-1W-MFP07"])
    head = [ts_syslog(), " ", dev, " scan2mail[", str(R.randint(100, 999)), "]: job=", str(R.randint(1000, 99999)),
            " user=", pick(STAFF_ACCTS), " pages=", str(R.randint(1, 30)), " dpi=", pick(["200", "300", "600"])]
    if pos:
        p = Person()
        subj = pick([lambda: ["Insurance card - ", N(p), " member ", P(member_id(), "health_plan")],
                     lambda: ["Photo ID - ", N(p), " DL ", P(drivers_license(p.state), "license")],
                     lambda: ["Medicare card ", P(mbi(), "health_plan")],
                     lambda: ["Outside records ", N(p), " DOB ", P(date_fmt(p.dob), "date")],
                     lambda: ["POA docs for ", N(p), " (", P(age_over89(), "age"), " yo)"],
                     lambda: ["Green card ", N(p), " ", P(a_number(), "other_id")]])()
        to = [pick([lambda: P(p.email(), "email"), lambda: "him-scan@" + HOSP_DOMAIN,
                    lambda: "registration@" + HOSP_DOMAIN])()]
        return head + [" from=scanner@", HOSP_DOMAIN, " to="] + to + [" subject=", q(subj), " status=", pick(["SENT", "SENT", "SMTP_451"])]
    return head + [" from=scanner@", HOSP_DOMAIN, " to=", staff_email(), " subject=",
                   q(pick(["Scanned from " + dev, "Invoice " + order_no(), "Signed CAB form " + chg(), "Asset tags " + asset_tag()])),
                   " fw=", version(), " serial=", printer_serial(), " status=SENT"]


# 23 RightFax server log ---------------------------------------------------------
@family("rightfax_log")
def f_fax(pos):
    head = [ts_sn(), " RightFax ", pick(["FaxOut", "FaxIn", "FaxOut"]), " ", pick(["rfax-prd-01", "rfax-prd-02"]),
            " handle=", hexs(8, True), " owner=", pick(["HIM_ROI", "PATIENT_ACCESS", "CASE_MGMT", "PHARMACY"])]
    if pos:
        p = Person()
        segs = pick([
            lambda: [" to_fax=", P(phone_fmt(), "fax"), " to_name=\"", N(p), "\" cover=ROI_PATIENT"],
            lambda: [" remote_csid=", P(phone_fmt(), "fax"), " ani=", P(e164(), "fax"), " tsi=\"", pick(["HP Fax", "BROTHER", "FAX"]), "\""],
            lambda: [" dest=", P(phone_fmt(), "fax"), " re=\"", N(p, "LF"), " ", P(date_fmt(p.dob), "date"), "\""],
            lambda: [" FaxNumber=", P(phone_fmt(), "fax"), " ToName=\"", N(p), "\" ToVoice=", P(phone_fmt(), "phone")],
            lambda: [" to_fax=", P(phone_fmt(), "fax"), " subject=\"", pick(["records", "results", "itemized bill"]), " for ", N(p), " MRN ", P(mrn(), "mrn"), "\""],
        ])()
    else:
        segs = [" to_fax=", pick(HOSP_FAX), " to_name=\"", pick(["HIM Department", "Pharmacy", clinician()]),
                "\" csid=\"LVH HIM ", pick(HOSP_FAX), "\" cover=INTERNAL"]
    return head + segs + [" pages=", str(R.randint(1, 40)), " status=", pick(["OK", "OK", "BUSY", "NO_ANSWER", "OK"]),
                          " duration=", dur(), " channel=", str(R.randint(1, 24)), " board=", pick(["Brooktrout TR1034", "FoIP"])]


# 24 PagerDuty webhook v3 ------------------------------------------------------------
@family("pagerduty_webhook_json")
def f_pd(pos):
    pid = "Q" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(13))
    svc = pick(["Epic Interconnect PRD", "MyChart Web", "HL7 Interface Engine", "RightFax", "Okta Agents", "Print Servers"])
    data = {"id": pid, "type": "incident", "self": "https://api.pagerduty.com/incidents/" + pid,
            "html_url": "https://lvhealth.pagerduty.com/incidents/" + pid, "number": R.randint(1000, 99999),
            "status": pick(["triggered", "acknowledged", "resolved"]), "incident_key": hexs(32),
            "created_at": ts_iso_z()[:19] + "Z", "title": "",
            "service": {"id": "P" + hexs(6, True), "summary": svc, "type": "service_reference"},
            "assignees": [{"id": "P" + hexs(6, True), "summary": staff_name(), "type": "user_reference"}],
            "urgency": pick(["high", "low"]), "priority": {"summary": pick(["P1", "P2", "P3"])}}
    if pos:
        p = Person()
        data["title"] = Txt(pick([
            lambda: ["ADT feed stalled at msg for ", N(p, "LF"), " MRN ", P(mrn(), "mrn")],
            lambda: ["MyChart login storm from ", P(public_ip(), "ip"), " targeting ", P(p.email(), "email")],
            lambda: ["Fax to ", P(phone_fmt(), "fax"), " retried 40x"],
            lambda: ["Result routing failed for ", N(p), " DOB ", P(date_fmt(p.dob), "date")],
            lambda: phi_note(k=1, p=p),
        ])())
    else:
        data["title"] = pick(["[FIRING:1] HL7 queue depth > 500 on %s" % host(), "Disk C: 95%% on %s" % host(),
                              "Cert expires %s for mychart.lvhealth.org" % future_window().isoformat(),
                              "Synthetic check failed: portal login p95 %s" % dur(), "CPU > 90%% on %s" % host()])
    ev = {"event": {"id": "01" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(24)),
                    "event_type": "incident." + data["status"], "resource_type": "incident",
                    "occurred_at": ts_iso_z(), "agent": {"id": "P" + hexs(6, True), "type": "user_reference",
                                                         "summary": staff_name()},
                    "data": data}}
    return JC(ev)


# 25 Opsgenie alert log --------------------------------------------------------------
@family("opsgenie_alert_log")
def f_og(pos):
    head = [ts_iso_z(), " opsgenie ", pick(["AlertCreated", "AlertAcknowledged", "AddNote", "AlertClosed"]),
            " tinyId=", str(R.randint(100, 99999)), " alertId=", uuid4(), " alias=", hexs(12),
            " priority=", pick(["P1", "P2", "P3", "P4"]), " responders=[team:", pick(["Epic-Interfaces", "ServiceDesk-OnCall", "IAM", "Clinical-Eng"]), "]"]
    if pos:
        p = Person()
        msg = pick([
            lambda: ["message=\"Telemetry pack offline - pt ", N(p), " device ", P(mac(), "device"), "\""],
            lambda: ["message=\"Bedside tablet lost: IMEI ", P(imei(), "device"), " last assigned to ", N(p), "\""],
            lambda: ["note=\""] + phi_note(p=p) + ["\""],
            lambda: ["message=\"VIP escalation: ", N(p), " (", P(age_over89(), "age"), ") family at ", P(phone_fmt(), "phone"), "\""],
            lambda: ["message=\"Garage gate stuck, pt vehicle ", P(plate(), "vehicle"), " blocked\" details.owner=\"", N(p), "\""],
        ])()
        return head + [" "] + msg + [" user=", pick(STAFF_ACCTS)]
    return head + [" message=\"", pick(["Interface queue backlog", "Vocera server unreachable", "Okta agent down",
                                       "Print spooler crash", "UPS on battery IDF-4N"]) + " on " + host(), "\"",
                   " source=", pick(["Datadog", "SolarWinds", "Zabbix"]), " tags=[env:prd,site:evanston,ver:", version(), "]",
                   " user=", pick(STAFF_ACCTS + SVC_ACCTS)]


# 26 ServiceNow change approvals mentioning patients ------------------------------
@family("change_approval_log")
def f_chg(pos):
    head = [ts_sn(), " sysapproval_approver ", chg(), " approver=\"", staff_name(), "\" state=",
            pick(["approved", "requested", "rejected", "approved"]), " type=", pick(["Emergency", "Normal", "Standard"])]
    if pos:
        p, p2 = Person(), Person()
        just = pick([
            lambda: ["Emergency data correction: merge duplicate records for ", N(p), " (MRN ", P(mrn(), "mrn"), " / ",
                     P(mrn(), "mrn"), "), DOB ", P(date_fmt(p.dob), "date"), " per ", ritm()],
            lambda: ["Backload encounter for ", N(p), " admitted ", P(date_fmt(recent_date()), "date"), " discharged ",
                     P(date_fmt(recent_date()), "date")],
            lambda: ["Purge PHI pasted into ", inc(), ": SSN ", P(ssn(), "ssn"), " and member ID ", P(member_id(), "health_plan")],
            lambda: ["Correct guarantor on account ", P(har(), "account"), " from ", N(p), " to ", N(p2)],
            lambda: ["Re-link CareLink device ", P(implant_serial(), "device"), " to chart of ", N(p)],
        ])()
        return head + [" justification=", q(just), " cab=", future_window().isoformat()]
    return head + [" justification=", q([neg_note().replace('"', "'")]), " risk=", pick(["Low", "Moderate", "High"]),
                   " window=", future_window().isoformat(), "T02:00:00-06:00/PT3H", " ci=", host()]


# --------------------------------------------------------------------------
# build, check, write
# --------------------------------------------------------------------------
import ipaddress  # noqa: E402
import re  # noqa: E402

IPV4_RE = re.compile(rb"(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])")


def check_line(no, fam, pos, b, spans):
    assert b"\n" not in b and b"\r" not in b, (no, "embedded newline")
    b.decode("utf-8")
    last_e = -1
    for sp in spans:
        v = sp["_v"]
        assert v == v.strip() and v, (no, "surrounding space", v)
        assert b[sp["s"]:sp["e"]] == v.encode("utf-8"), (no, "offset mismatch", v)
        assert sp["s"] >= last_e, (no, "overlap", v)
        assert sp["cat"] in CATSET
        last_e = sp["e"]
    if not pos:
        assert not spans, (no, "negative line has spans")
    else:
        assert spans, (no, "positive line without spans")
    covered = [(sp["s"], sp["e"]) for sp in spans]

    def inside(a, z):
        return any(s <= a and z <= e for s, e in covered)
    # every labelled value must be labelled wherever it re-occurs in the line
    for sp in spans:
        vb = sp["_v"].encode("utf-8")
        if len(vb) < 6:
            continue
        start = 0
        while True:
            k = b.find(vb, start)
            if k < 0:
                break
            assert inside(k, k + len(vb)), (no, "unlabelled repeat of", sp["_v"])
            start = k + 1
    # public IPv4 addresses only inside ip spans (or inside a larger span)
    for m in IPV4_RE.finditer(b):
        try:
            ip = ipaddress.ip_address(m.group(1).decode())
        except ValueError:
            continue
        if ip.is_private or ip.is_loopback:
            continue
        before = b[max(0, m.start(1) - 24):m.start(1)].lower()
        if before[-1:].isalpha() or before[-1:] == b"/" or any(
                k in before for k in (b"build", b"agent", b"version", b"ver:", b"fw", b"install", b"mic")):
            continue  # version / build number look-alike
        assert inside(m.start(1), m.end(1)), (no, "public IP not labelled", m.group(1))
    # JSON-shaped records must parse
    if fam.endswith("_json"):
        json.loads(b.decode("utf-8"))
    elif b"payload=" in b and fam != "ivr_voice_auth":
        json.loads(b.decode("utf-8").split("payload=", 1)[1])
    elif b" body=" in b and fam == "teams_webhook_card":
        json.loads(b.decode("utf-8").split(" body=", 1)[1])


def build():
    fams = list(FAMILIES)
    slots = [False] * N_NEG + [True] * (N_LINES - N_NEG)
    R.shuffle(slots)
    queues = {True: [], False: []}
    out_lines, out_labels = [], []
    fam_counts = {}
    for i, pos in enumerate(slots):
        qq = queues[pos]
        if not qq:
            qq.extend(R.sample(fams, len(fams)))
        fam = qq.pop()
        for _attempt in range(20):
            b, spans = assemble(flat(FAMILIES[fam](pos)))
            if not pos or spans:
                break
        check_line(i + 1, fam, pos, b, spans)
        for sp in spans:
            COUNTS[sp["cat"]] += 1
        fam_counts[fam] = fam_counts.get(fam, 0) + 1
        out_lines.append(b)
        out_labels.append({"line": i + 1, "family": fam,
                           "spans": [{"s": sp["s"], "e": sp["e"], "cat": sp["cat"]} for sp in spans]})
    return out_lines, out_labels, fam_counts


def main():
    lines, labels, fam_counts = build()
    assert len(lines) == N_LINES == len(labels)
    with open(os.path.join(HERE, "ad.log"), "wb") as f:
        for b in lines:
            f.write(b + b"\n")
    with open(os.path.join(HERE, "ad.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")
    # re-read and re-verify from disk
    with open(os.path.join(HERE, "ad.log"), "rb") as f:
        disk = f.read().split(b"\n")
    assert disk[-1] == b"" and len(disk) == N_LINES + 1
    with open(os.path.join(HERE, "ad.labels.jsonl"), encoding="utf-8") as f:
        dl = [json.loads(x) for x in f]
    for lab, b in zip(dl, disk):
        for sp in lab["spans"]:
            seg = b[sp["s"]:sp["e"]]
            assert seg and seg == seg.strip()
    n_phi = sum(1 for lab in labels if lab["spans"])
    short = [c for c in CATS if COUNTS[c] < 8]
    assert not short, "categories under 8: %s" % short
    frac = (N_LINES - n_phi) / N_LINES
    assert 0.40 <= frac <= 0.50, frac
    print("lines: %d" % N_LINES)
    print("lines with PHI: %d (no-PHI: %d, %.0f%%)" % (n_phi, N_LINES - n_phi, 100 * frac))
    print("spans total: %d" % sum(COUNTS.values()))
    print("spans per category:")
    for c in CATS:
        print("  %-12s %d" % (c, COUNTS[c]))
    print("families: %d" % len(fam_counts))
    for k in sorted(fam_counts):
        print("  %-28s %d" % (k, fam_counts[k]))


if __name__ == "__main__":
    main()
