#!/usr/bin/env python3
"""Generator for held-out PHI test corpus 'ac'.

Theme: release of information (ROI), legal and non-health-plan insurance
(subpoenas, litigation holds / e-discovery, workers' comp, auto PIP/BI,
STD/LTD disability, life underwriting, attorney correspondence, copy services,
HIM correspondence queues).

Standard library only, fixed seed, byte-for-byte reproducible.
Writes ac.log and ac.labels.jsonl next to this file.
"""
import base64
import datetime as dt
import json
import os
import random
import string
import sys
import xml.etree.ElementTree as ET
from collections import Counter

SEED = 4207731
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_NOPHI = 225  # 45 %

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class B:
    """Collects (text, category) parts; category None = not PHI."""

    def __init__(self):
        self.parts = []

    def __call__(self, text, cat=None):
        text = str(text)
        if cat is not None:
            assert cat in CATS, cat
        self.parts.append((text, cat))
        return self

    def add(self, parts):
        for t, c in parts:
            self(t, c)
        return self

    def build(self):
        out = bytearray()
        spans = []
        for text, cat in self.parts:
            enc = text.encode("utf-8")
            if cat:
                spans.append({"s": len(out), "e": len(out) + len(enc), "cat": cat, "_v": text})
            out += enc
        return out.decode("utf-8"), spans


def V(text, cat=None):
    """A value made of labeled parts (tuple of (text, cat))."""
    return ((text, cat),)


def emit_json(b, items, sep=",", kv=":"):
    b("{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            b(sep)
        b('"%s"%s' % (k, kv))
        if isinstance(v, list):
            emit_json(b, v, sep, kv)
        elif isinstance(v, bool):
            b("true" if v else "false")
        elif v is None:
            b("null")
        elif isinstance(v, (int, float)):
            b(str(v), cat)
        elif isinstance(v, tuple):
            b('"')
            for t, c in v:
                assert '"' not in t and "\\" not in t
                b(t, c)
            b('"')
        else:
            assert '"' not in v and "\\" not in v, v
            b('"')
            b(v, cat)
            b('"')
    b("}")


# --------------------------------------------------------------------------
# pools (all people synthetic: random first/last combinations)
# --------------------------------------------------------------------------
FIRST_F = ["Maria", "Aisha", "Priya", "Mei", "Fatima", "Olga", "Sofia", "Chiamaka", "Yuki", "Hannah",
           "Guadalupe", "Ngozi", "Ingrid", "Leticia", "Renée", "Zoë", "Anjali", "Svetlana", "Keisha",
           "Linh", "Siobhan", "Amara", "Beatriz", "Hye-jin", "Marisol", "Dorothy", "Agnieszka", "Tamar",
           "Shanice", "Rosa", "Elena", "Ayesha", "Francesca", "Mariam", "Brenda", "Yolanda"]
FIRST_M = ["José", "Wei", "Oluwaseun", "Dmitri", "Hiroshi", "Liam", "Mateo", "Rahul", "Tariq", "Kwame",
           "Björn", "Łukasz", "Santiago", "Minh", "Darnell", "Patrick", "Ahmed", "Giovanni", "Sergei",
           "Raymond", "Jamal", "Chen", "Ibrahim", "Diego", "Tomás", "Harold", "Eduardo", "Vikram",
           "Connor", "Kenji", "Emeka", "Mohammed", "Anton", "Terrence", "Francisco", "Walter"]
LAST = ["Lopez", "Nguyen", "Okafor", "Kowalski", "Patel", "Müller", "O'Brien", "García", "Haddad", "Kim",
        "Johansson", "Rossi", "Cohen", "Ivanova", "Mensah", "Tanaka", "Fitzgerald", "Dubois", "Schwartz",
        "Singh", "Abubakar", "Castillo", "Petrov", "Yilmaz", "Novak", "Washington", "Brennan",
        "Chowdhury", "Moreau", "Takahashi", "Oyelaran", "Hernández", "Delgado", "Kaczmarek", "Olsen",
        "Rahman", "Baptiste", "McAllister", "Sato", "Ferreira", "Abernathy", "Gutierrez", "Jablonski",
        "Van der Berg", "Achebe", "Lindqvist", "Romero", "Park", "Whitaker", "Osei", "Dimitriou"]
MIDS = "ABCDEFGHJKLMNPRSTW"

# clinicians (NOT PHI)
CLIN = ["Dr. Alan Feldman", "Dr. Keiko Watanabe", "Dr. Samuel Adeyemi", "Dr. Rachel Goldstein",
        "Dr. Marcus Ebert", "Dr. Anita Raghavan", "Dr. Luis Carranza", "Dr. Helen Nakamura",
        "Dr. Peter Lindgren", "Dr. Ngozi Eze", "Dr. Craig Holloway", "Dr. Farah Siddiqui"]
CLIN_PLAIN = ["Alan Feldman, MD", "Keiko Watanabe MD", "Samuel Adeyemi, DO", "Rachel Goldstein, MD",
              "Marcus Ebert PA-C", "Anita Raghavan, MD", "Luis Carranza DC", "Helen Nakamura, PT"]
# attorneys / adjusters / judges / clerks (NOT PHI: not patients or relatives)
ATTYS = ["Jordan Whitlock, Esq.", "Melissa Thornbury", "Gregory Amsel, Esq.", "Daniela Ruiz-Ortega",
         "Bradley Conway", "Sandra Kinsella, Esq.", "Victor Olawale", "Priscilla Hargrove"]
JUDGES = ["Hon. Rebecca Castellanos", "Hon. Martin Oyelowo", "Judge Theresa Bancroft",
          "Hon. William P. Drury", "Magistrate Judge Carla Ng"]
STAFF = ["svc_roi_export", "roi.spec14", "adj_rthompson", "kpatel", "him_clerk03", "svc-ediscovery",
         "lmorales.adm", "uw_ops_bot", "jbeaumont", "svc_froi_edi", "roi.qa02", "dkowal",
         "claims-batch", "mhall.siu", "svc.lithold", "tnguyen_adj"]
STAFF_EMAIL = ["roi@stbrendanhealth.org", "him.correspondence@mercyvalley.org", "records@clearpathroi.com",
               "dkowal@stbrendanhealth.org", "legal.holds@mercyvalley.org", "noreply@medcopyexpress.com",
               "subpoenas@lakesidehealth.org", "rthompson@greatlakesmutual.com", "uw-ops@pinnaclelife.com"]

HOSPS = [  # name, street, city, st, zip, phone, fax
    ("St. Brendan Regional Medical Center", "1200 Harborview Blvd", "Quincy", "MA", "02169", "(617) 471-2200", "(617) 471-2299"),
    ("Mercy Valley Hospital", "4500 N Fresno St", "Fresno", "CA", "93726", "559-225-7000", "559-225-7099"),
    ("Lakeside Health System", "900 W Lake Shore Dr", "Gary", "IN", "46402", "(219) 882-1000", "(219) 882-1050"),
    ("Southwest Orthopedic Institute", "7800 Floyd Curl Dr", "San Antonio", "TX", "78229", "210.614.3300", "210.614.3301"),
    ("Riverbend Community Hospital", "250 Riverside Pkwy", "Dayton", "OH", "45409", "+1 937 208 6000", "+1 937 208 6001"),
]
VENDORS = [  # ROI / copy services / other vendors (NOT PHI addresses)
    ("ClearPath ROI Services", "925 North Point Pkwy Ste 350", "Alpharetta", "GA", "30005", "(800) 367-1500"),
    ("MedCopy Express LLC", "PO Box 409740", "Atlanta", "GA", "30384", "888-455-2672"),
    ("Archway Health Information", "1 Corporate Dr Ste 400", "Shelton", "CT", "06484", "(203) 925-6000"),
    ("Sentinel Record Retrieval", "3400 Carlisle St", "Dallas", "TX", "75204", "214.555.8800"),
    ("Precision Paramedical Inc.", "6 Centerpointe Dr", "La Palma", "CA", "90623", "(714) 522-9100"),
    ("Ridgeline Body & Collision", "1881 Industrial Blvd", "Laredo", "TX", "78041", "956-722-4410"),
]
FIRMS = [  # law firms (NOT PHI)
    ("Halvorsen & Pike LLP", "311 S Wacker Dr Ste 2600", "Chicago", "IL", "60606", "(312) 782-4410", "(312) 782-4499", "halvorsenpike.com"),
    ("Morrow Castell Injury Lawyers", "1010 Lamar St Ste 1200", "Houston", "TX", "77002", "713-651-0900", "713-651-0911", "morrowcastell.com"),
    ("Baxter Lyle & Quintero PC", "2 Penn Center Plz", "Philadelphia", "PA", "19102", "215.568.4100", "215.568.4101", "blqlaw.com"),
    ("Osgood Weller Defense Group", "600 University St Ste 3100", "Seattle", "WA", "98101", "(206) 624-7700", "(206) 624-7701", "osgoodweller.com"),
]
INSURERS = ["Great Lakes Mutual Casualty", "Lone Star Auto Insurance Co.", "Pinnacle Life & Annuity",
            "Keystone Disability Partners", "Cascade Workers Comp Trust", "Harborline Property & Casualty",
            "Summit Employers Insurance", "Meridian Reliance Life"]
EMPLOYERS = [("Midwest Freight Logistics Inc", "2200 W Cermak Rd", "Chicago", "IL", "60608"),
             ("Sunbelt Poultry Processing LLC", "18 Industrial Park Rd", "Gainesville", "GA", "30501"),
             ("Pacific Rim Warehousing", "4401 E Marginal Way S", "Seattle", "WA", "98134"),
             ("Tri-County Home Care Agency", "77 Commerce Dr", "Lancaster", "PA", "17601"),
             ("Valley Fresh Packing Co.", "3100 S Cherry Ave", "Fresno", "CA", "93706")]
COURTS = ["Circuit Court of Cook County, Illinois", "Superior Court of California, County of Fresno",
          "U.S. District Court, W.D. Tex.", "Court of Common Pleas, Montgomery County, Ohio",
          "Workers' Compensation Appeals Board, Fresno District", "Lake Superior Court, Civil Division",
          "Supreme Court of the State of New York, Kings County", "District Court, Weld County, Colorado"]

CITIES = [  # city, county, st, state full, zip3
    ("Aurora", "Kane County", "IL", "Illinois", "605"), ("San Antonio", "Bexar County", "TX", "Texas", "782"),
    ("Tucson", "Pima County", "AZ", "Arizona", "857"), ("Kettering", "Montgomery County", "OH", "Ohio", "454"),
    ("Clovis", "Fresno County", "CA", "California", "936"), ("Lowell", "Middlesex County", "MA", "Massachusetts", "018"),
    ("Macon", "Bibb County", "GA", "Georgia", "312"), ("Spokane Valley", "Spokane County", "WA", "Washington", "992"),
    ("Paterson", "Passaic County", "NJ", "New Jersey", "075"), ("Kissimmee", "Osceola County", "FL", "Florida", "347"),
    ("Laredo", "Webb County", "TX", "Texas", "780"), ("Hammond", "Lake County", "IN", "Indiana", "463"),
    ("Yakima", "Yakima County", "WA", "Washington", "989"), ("Lititz", "Lancaster County", "PA", "Pennsylvania", "175"),
    ("Greeley", "Weld County", "CO", "Colorado", "806"), ("Cicero", "Cook County", "IL", "Illinois", "608"),
    ("Brockton", "Plymouth County", "MA", "Massachusetts", "024"), ("Pharr", "Hidalgo County", "TX", "Texas", "785"),
]
STREETS = ["Oak", "Maple", "Kedzie", "Lincoln", "Cedar Ridge", "Magnolia", "Bayview", "Sunset", "Willow Creek",
           "Juniper", "Elm", "Pleasant Valley", "Harrison", "Lakeshore", "Mission", "Alvarado", "Peachtree",
           "Dogwood", "Cottonwood", "Brookside", "Hillcrest", "Prospect", "Chestnut", "Rio Grande", "Palomino"]
SUFFIX = ["St", "Ave", "Rd", "Dr", "Ln", "Blvd", "Ct", "Way", "Terrace", "Pl", "Street", "Avenue", "Drive", "Cir"]
UNITS = ["Apt 4", "Apt 12B", "Unit 7", "#3", "Apt. 210", "Lot 44", "Apt 2F", "Unit C"]
AREA = ["312", "773", "630", "210", "956", "520", "937", "559", "978", "478", "509", "973", "407", "219",
        "717", "970", "708", "508", "832", "602", "404", "206", "215"]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
             "octubre", "noviembre", "diciembre"]


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def ver():
    return "%d.%d.%d" % (R.randint(1, 9), R.randint(0, 30), R.randint(0, 99))


def b64(nbytes, prefix=b""):
    return base64.b64encode(prefix + bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


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
    base = R.choice("12") + digits(8)
    return base + luhn_digit("80840" + base)


def person():
    g = R.random() < 0.5
    return {"first": R.choice(FIRST_F if g else FIRST_M), "last": R.choice(LAST), "mid": R.choice(MIDS)}


def fullname(p, style=None):
    style = style or R.choice(["fl", "fl", "fl", "lf", "LF", "fml", "lfm", "FL"])
    f, l, m = p["first"], p["last"], p["mid"]
    return {"fl": f"{f} {l}", "lf": f"{l}, {f}", "LF": f"{l.upper()}, {f.upper()}",
            "fml": f"{f} {m}. {l}", "lfm": f"{l}, {f} {m}", "FL": f"{f.upper()} {l.upper()}",
            "hl7": f"{l.upper()}^{f.upper()}^{m}"}[style]


def rdate(y0, y1):
    a = dt.date(y0, 1, 1)
    return a + dt.timedelta(days=R.randrange((dt.date(y1, 12, 31) - a).days))


def fdate(d, style=None):
    style = style or R.choice(["iso", "iso", "us", "us", "us0", "usy", "dmy", "long", "compact", "mon"])
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "us0": f"{d.month}/{d.day}/{d.year}",
            "usy": d.strftime("%m/%d/%y"), "dmy": d.strftime("%d-") + MONTHS[d.month - 1] + d.strftime("-%Y"),
            "long": d.strftime("%B ") + str(d.day) + d.strftime(", %Y"), "compact": d.strftime("%Y%m%d"),
            "mon": MONTHS[d.month - 1] + " " + str(d.day) + " " + str(d.year),
            "eu": d.strftime("%d/%m/%Y"), "dot": d.strftime("%d.%m.%Y")}[style]


def dob():
    return rdate(1934, 2004)


def recent():
    return rdate(2021, 2024)


def dpair():
    a = rdate(2021, 2024)
    return a, a + dt.timedelta(days=R.randint(1, 75))


def phone(style=None):
    a, e, n = R.choice(AREA), str(R.randint(201, 989)), digits(4)
    style = style or R.choice(["paren", "dash", "dot", "plain", "intl", "paren2"])
    return {"paren": f"({a}) {e}-{n}", "dash": f"{a}-{e}-{n}", "dot": f"{a}.{e}.{n}", "plain": f"{a}{e}{n}",
            "intl": f"+1 {a} {e} {n}", "paren2": f"({a}){e}-{n}"}[style]


def ssn(style=None):
    a = R.randint(1, 899)
    while a == 666:
        a = R.randint(1, 899)
    g, s = R.randint(1, 99), R.randint(1, 9999)
    style = style or R.choice(["dash", "dash", "plain", "space"])
    return {"dash": f"{a:03d}-{g:02d}-{s:04d}", "plain": f"{a:03d}{g:02d}{s:04d}", "space": f"{a:03d} {g:02d} {s:04d}"}[style]


def mrn():
    return R.choice([lambda: digits(8), lambda: "E" + digits(7), lambda: "MR" + digits(7), lambda: digits(7),
                     lambda: "H" + digits(8), lambda: "00" + digits(6), lambda: digits(3) + "-" + digits(2) + "-" + digits(3)])()


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi(dashes=None):
    a = MBI_L + "0123456789"
    s = (R.choice("123456789") + R.choice(MBI_L) + R.choice(a) + R.choice("0123456789") + R.choice(MBI_L)
         + R.choice(a) + R.choice("0123456789") + R.choice(MBI_L) + R.choice(MBI_L) + digits(2))
    if dashes is None:
        dashes = R.random() < 0.4
    return s[:4] + "-" + s[4:7] + "-" + s[7:] if dashes else s


def member_id():
    return R.choice([lambda: R.choice(["XGH", "ZCP", "W", "MBR", "YLT", "JQU"]) + digits(9),
                     lambda: digits(9) + "01", lambda: mbi(), lambda: "U" + digits(8) + "02",
                     lambda: R.choice(string.ascii_uppercase) + digits(10)])()


def card():
    pre = R.choice(["4", "4", "51", "53", "37", "6011"])
    ln = 15 if pre == "37" else 16
    body = pre + digits(ln - len(pre) - 1)
    num = body + luhn_digit(body)
    st = R.choice(["plain", "space", "dash"])
    if st == "plain":
        return num
    sepc = " " if st == "space" else "-"
    if ln == 15:
        return num[:4] + sepc + num[4:10] + sepc + num[10:]
    return sepc.join(num[i:i + 4] for i in range(0, 16, 4))


def pt_account():
    return R.choice([lambda: digits(10), lambda: "PA" + digits(8), lambda: "G" + digits(9), lambda: digits(6) + "-" + digits(3),
                     lambda: "HAR" + digits(9), lambda: digits(12)])()


def bank_acct():
    return digits(R.choice([9, 10, 11, 12]))


def routing():
    return R.choice(["071000013", "026009593", "121000358", "111000025", "044000037", "322271627"])


def dl(st=None):
    st = st or R.choice(["IL", "CA", "TX", "FL", "NY", "OH", "WA", "PA"])
    v = {"IL": lambda: R.choice(string.ascii_uppercase) + digits(3) + "-" + digits(4) + "-" + digits(4),
         "CA": lambda: R.choice(string.ascii_uppercase) + digits(7),
         "TX": lambda: digits(8),
         "FL": lambda: R.choice(string.ascii_uppercase) + digits(3) + "-" + digits(3) + "-" + digits(2) + "-" + digits(3) + "-" + digits(1),
         "NY": lambda: digits(3) + " " + digits(3) + " " + digits(3),
         "OH": lambda: R.choice(string.ascii_uppercase) * 2 + digits(6),
         "WA": lambda: "WDL" + "".join(R.choice(string.ascii_uppercase + string.digits) for _ in range(9)),
         "PA": lambda: digits(2) + " " + digits(3) + " " + digits(3)}[st]()
    return st, v


def dea(last):
    first = R.choice("ABFGM")
    sec = last[0].upper() if last[0].isascii() and last[0].isalpha() else "X"
    d = [R.randint(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + sec + "".join(map(str, d)) + str(chk)


def prof_lic():
    return R.choice([lambda: "RN" + digits(6), lambda: digits(3) + "." + digits(6), lambda: "LPN-" + digits(5),
                     lambda: "PT" + digits(6), lambda: "A" + digits(5), lambda: "CDL-" + R.choice(string.ascii_uppercase) + digits(7),
                     lambda: "EMT-P " + digits(6)])()


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    v = list(R.choice(["1HG", "1FT", "2T1", "JTD", "5YJ", "3VW", "1G1", "KMH", "WBA", "4T1", "1C4", "5NP"])
             + "".join(R.choice(VIN_CH) for _ in range(5)) + "0" + R.choice("HJKLMNP") + R.choice(VIN_CH) + digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)


def plate():
    return R.choice([lambda: digits(1) + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(3),
                     lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "-" + digits(4),
                     lambda: "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(5),
                     lambda: digits(3) + " " + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))])()


def imei():
    b = R.choice(["35", "86", "01", "35"]) + digits(12)
    return b + luhn_digit(b)


def mac(sepc=None):
    sepc = sepc or R.choice([":", "-"])
    return sepc.join("%02X" % R.getrandbits(8) for _ in range(6))


def dev_serial():
    return R.choice([lambda: R.choice(["PJN", "RNV", "BLF", "SN"]) + digits(6) + R.choice("SHGV"),
                     lambda: digits(2) + R.choice(string.ascii_uppercase) + hexs(6).upper(),
                     lambda: "M" + digits(9), lambda: R.choice(["CGM-", "G7-", "TSLIM-"]) + digits(8),
                     lambda: "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(10))])()


def udi():
    return "(01)" + "0" + digits(13) + "(17)" + rdate(2025, 2028).strftime("%y%m%d") + "(10)" + R.choice(string.ascii_uppercase) + digits(6) + "(21)" + digits(8)


def lot():
    return R.choice(string.ascii_uppercase) + digits(6)


PUB_OCT = [24, 50, 63, 66, 67, 68, 69, 70, 71, 73, 74, 75, 76, 96, 97, 98, 99, 107, 108, 173, 174, 184, 187, 189]


def pub_ip():
    if R.random() < 0.15:
        return "2601:%x:%x:%x::%x" % (R.randint(0x100, 0xfff), R.randint(0x1000, 0xffff), R.randint(0x1000, 0xffff), R.randint(1, 0xffff))
    return "%d.%d.%d.%d" % (R.choice(PUB_OCT), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def priv_ip():
    return R.choice([lambda: "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                     lambda: "192.168.%d.%d" % (R.randint(0, 255), R.randint(1, 254)),
                     lambda: "172.%d.%d.%d" % (R.randint(16, 31), R.randint(0, 255), R.randint(1, 254)),
                     lambda: "127.0.0.1"])()


def email(p):
    f = p["first"].lower().translate(str.maketrans("éëöüłóáíñ", "eeoulaain")).replace("-", "")
    l = p["last"].lower().translate(str.maketrans("éëöüłóáíñ", "eeoulaain")).replace("'", "").replace(" ", "")
    dom = R.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "comcast.net", "proton.me"])
    user = R.choice([f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}{R.randint(60, 99)}"])
    return f"{user}@{dom}"


def social_url(p):
    f = p["first"].lower().translate(str.maketrans("éëöüłóáíñ", "eeoulaain")).replace("-", "")
    l = p["last"].lower().translate(str.maketrans("éëöüłóáíñ", "eeoulaain")).replace("'", "").replace(" ", "")
    return R.choice([f"https://www.facebook.com/{f}.{l}.{R.randint(1, 9)}", f"https://www.instagram.com/{f}_{l}{R.randint(1, 99)}/",
                     f"https://www.linkedin.com/in/{f}-{l}-{hexs(6)}", f"https://www.tiktok.com/@{f}{l}",
                     f"https://www.gofundme.com/f/help-{f}-{l}-recover", f"https://{f}{l}.blogspot.com/",
                     f"https://x.com/{f[0]}{l}{R.randint(10, 99)}", f"https://www.youtube.com/@{f}{l}vlogs"])


def street():
    s = str(R.randint(3, 19999)) + " "
    if R.random() < 0.3:
        s += R.choice("NSEW") + " "
    s += R.choice(STREETS) + " " + R.choice(SUFFIX)
    if R.random() < 0.35:
        s += " " + R.choice(UNITS)
    return s


def city():
    return R.choice(CITIES)


def zipc(z3):
    z = z3 + digits(2)
    if R.random() < 0.25:
        z += "-" + digits(4)
    return z


def fp_tpl():
    return b64(R.randint(40, 90), b"FMR\x00 20\x00")


def voice_tpl():
    return b64(R.randint(48, 96))


def photo_b64():
    if R.random() < 0.6:
        return b64(R.randint(40, 80), b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    return b64(R.randint(40, 80), b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def photo_path(json_safe=False):
    if json_safe:
        return R.choice([f"s3://roi-intake-prod/idv/selfies/{uuid4()}.jpg", f"https://cdn.claimsvault.net/idv/{hexs(24)}/selfie.png",
                         f"/var/uw/paramed/{uuid4()}/headshot.jpg"])
    return R.choice([f"s3://roi-intake-prod/idv/selfies/{uuid4()}.jpg",
                     f"/mnt/claims/photos/{digits(7)}/claimant_face_{R.randint(1, 4)}.jpeg",
                     f"https://cdn.claimsvault.net/idv/{hexs(24)}/selfie.png",
                     f"\\\\fs02\\siu\\surveillance\\{digits(6)}\\IMG_{digits(4)}.JPG",
                     f"/var/uw/paramed/{uuid4()}/headshot.jpg",
                     f"gs://pip-evidence/{digits(8)}/injured_party_photo_{R.randint(1, 9)}.jpg"])


def other_id():
    return R.choice([
        ("passport", lambda: R.choice(["", "C", "A"]) + digits(9 if R.random() < .5 else 8)),
        ("state_id", lambda: "ID" + digits(8)),
        ("curp", lambda: "".join(R.choice("ABCDEFGHIJKLMNOPRSTUVWXZ") for _ in range(4)) + rdate(1950, 2000).strftime("%y%m%d")
         + R.choice("HM") + R.choice(["DF", "JC", "NL", "TS", "CH", "BC"]) + "".join(R.choice("BCDFGHJKLMNPRSTVXZ") for _ in range(3)) + R.choice("0A") + digits(1)),
        ("sin", lambda: digits(3) + " " + digits(3) + " " + digits(3)),
        ("nino", lambda: R.choice(["AB", "JT", "NH", "PR", "WL"]) + " " + digits(2) + " " + digits(2) + " " + digits(2) + " " + R.choice("ABCD")),
        ("a_number", lambda: "A" + digits(9)),
        ("emp_id", lambda: R.choice(["E", "EMP", "", "W"]) + digits(6)),
        ("dod_id", lambda: digits(10)),
    ])


def age_old():
    return R.randint(90, 104)


# non-PHI look-alike helpers
def order_no():
    return R.choice(["RQ-", "ORD-", "INV-", "WO-", "TSK-", "REQ"]) + str(R.randint(2019, 2024)) + "-" + digits(6)


def docket():
    return R.choice([f"{R.randint(2021, 2024)}-L-{digits(6)}", f"{R.choice('1234')}:{R.randint(21, 24)}-cv-{digits(5)}",
                     f"CV-{R.randint(2021, 2024)}-{digits(6)}", f"ADJ{digits(7)}", f"{R.randint(21, 24)}CV{digits(5)}",
                     f"MDL No. {R.randint(2700, 3100)}"])


def bates():
    pre = R.choice(["SBMC", "MVH", "LHS", "PLTF", "DEF", "CPROI"])
    a = R.randint(1, 90000)
    return f"{pre}{a:07d}-{pre}{a + R.randint(3, 400):07d}"


def sha256():
    return hexs(64)


def fein():
    return digits(2) + "-" + digits(7)


def dur():
    return R.choice([f"{R.randint(3, 9000)}ms", f"{R.random() * 9:.3f}s", f"{R.randint(1, 59)}m{R.randint(0, 59)}s"])


def host():
    return R.choice(["roi-app-03.int.stbrendan.local", "him-legal-01", "edisc-proc-2.corp.clearpathroi.com",
                     "claims-k8s-node-7", "mx-out-02.mercyvalley.org", "uw-orch-5f9c7d-x2xq", "froi-gw01.cascadewc.net",
                     "pip-intake-1a", "ltd-batch-02.keystone.internal", "copysvc-web04"])


# --------------------------------------------------------------------------
# timestamps (log timestamps are NOT PHI)
# --------------------------------------------------------------------------
def rts():
    return dt.datetime(2024, 1, 2) + dt.timedelta(seconds=R.randrange(360 * 86400), microseconds=R.randrange(1000000))


def ts_iso(t=None):
    t = t or rts()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def ts_off(t=None):
    t = t or rts()
    return t.strftime("%Y-%m-%dT%H:%M:%S") + R.choice(["-05:00", "-06:00", "-04:00", "-07:00", "-08:00"])


def ts_sys(t=None):
    t = t or rts()
    return MONTHS[t.month - 1] + " " + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_java(t=None):
    t = t or rts()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def ts_apache(t=None):
    t = t or rts()
    return t.strftime("%d/") + MONTHS[t.month - 1] + t.strftime("/%Y:%H:%M:%S ") + R.choice(["-0500", "-0600", "-0800"])


def pick(*a):
    return R.choice(a)


def chance(p):
    return R.random() < p


# --------------------------------------------------------------------------
# format families
# --------------------------------------------------------------------------
def fam_roi_json(phi):
    """ROI vendor platform, JSON structured logs (camelCase)."""
    b = B()
    sep, kv = pick((",", ":"), (", ", ": "))
    h = R.choice(HOSPS)
    firm = R.choice(FIRMS)
    items = [("ts", ts_iso()), ("level", pick("INFO", "INFO", "WARN", "DEBUG")), ("svc", pick("roi-intake", "roi-fulfillment", "roi-billing")),
             ("version", ver()), ("traceId", hexs(32)), ("spanId", hexs(16))]
    if not phi:
        items += [("event", pick("request.status_changed", "request.qa_passed", "invoice.generated", "request.created")),
                  ("requestId", order_no()), ("status", pick("LOGGED", "PENDING_AUTH", "IN_QA", "RELEASED", "CANCELLED")),
                  ("requesterType", pick("attorney", "insurer", "ssa_dds", "workers_comp")),
                  ("requester", [("org", firm[0]), ("contact", R.choice(ATTYS)), ("phone", firm[5]), ("fax", firm[6]),
                                 ("address", firm[1] + ", " + firm[2] + ", " + firm[3] + " " + firm[4])]),
                  ("facility", [("name", h[0]), ("npi", npi()), ("mainPhone", h[5]), ("himFax", h[6])]),
                  ("assignedTo", R.choice(STAFF)), ("pages", R.randint(3, 2400)), ("feeUsd", round(R.uniform(6.5, 480), 2)),
                  ("dueDate", fdate(rdate(2024, 2025), "iso")), ("elapsedMs", R.randint(4, 9000))]
        if chance(0.4):
            items.append(("attending", R.choice(CLIN)))
    else:
        p = person()
        sub = [(pick("fullName", "name", "ptName", "displayName", "patientName"), fullname(p), "name"),
               (pick("dob", "birthDate", "DOB", "dateOfBirth", "bDate"), fdate(dob()), "date")]
        if chance(0.6):
            sub.append((pick("mrn", "medRecNo", "chartNumber", "MRN", "epicMrn"), mrn(), "mrn"))
        if chance(0.25):
            sub.append((pick("ssn", "socSecNo", "taxId"), ssn(), "ssn"))
        if chance(0.2):
            sub.append((pick("ageAtDeath", "age", "ageYears"), age_old(), "age"))
            sub.append((pick("dod", "dateOfDeath", "deceasedDate"), fdate(recent()), "date"))
        items += [("event", pick("request.created", "request.logged", "auth.validated", "request.released")),
                  ("requestId", order_no()), ("requesterType", pick("attorney", "patient", "guardian", "insurer", "life_insurer")),
                  (pick("patient", "subject", "pt", "recordSubject"), sub)]
        if chance(0.5):
            d1, d2 = dpair()
            items.append((pick("dosRange", "servicePeriod", "datesOfService"), ((fdate(d1, "iso"), "date"), (" to ", None), (fdate(d2, "iso"), "date"))))
        dm = R.choice(["email", "fax", "mail", "portal", "phone"])
        if dm == "email":
            items.append(("delivery", [("method", "secure_email"), (pick("email", "deliverTo", "recipientEmail"), email(p), "email")]))
        elif dm == "fax":
            items.append(("delivery", [("method", "fax"), (pick("faxNumber", "faxTo", "fax"), phone(), "fax")]))
        elif dm == "mail":
            c = city()
            items.append(("delivery", [("method", "usps"), ("line1", street(), "address"), ("city", c[0], "address"),
                                       ("state", c[2]), ("postalCode", zipc(c[4]), "zip")]))
        elif dm == "portal":
            items.append(("delivery", [("method", "portal"), ("clientIp", pub_ip(), "ip"), ("userAgent", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)")]))
        else:
            items.append(("callbackPhone", phone(), "phone"))
        if chance(0.3):
            rel = person()
            rel["last"] = p["last"] if chance(0.6) else rel["last"]
            items.append(("authorizedRep", [("name", fullname(rel, "fl"), "name"), ("relationship", pick("daughter", "son", "spouse", "POA", "executor")),
                                            ("phone", phone(), "phone")]))
        if chance(0.2):
            items.append(("coverage", [("payer", pick("Prairie State Health Plan", "Medicare Part B", "Lone Pine HMO", "Tri-River PPO")),
                                       (pick("memberId", "subscriberNo", "mbi", "beneficiaryId"), member_id(), "health_plan")]))
        if chance(0.12):
            items.append((pick("idvSelfieUri", "photoIdImage"), photo_path(True), "photo"))
        items.append(("facility", [("name", h[0]), ("mainPhone", h[5])]))
        items.append(("assignedTo", R.choice(STAFF)))
    emit_json(b, items, sep, kv)
    return b


def fam_subpoena_syslog(phi):
    """Subpoena / court order tracking service, RFC3164 syslog with key=value."""
    b = B()
    pri = R.choice([134, 133, 132, 14, 86])
    b(f"<{pri}>{ts_sys()} {pick('him-legal-01', 'legal-svc-02', 'roi-app-03')} {pick('subpoena-svc', 'court-order-tracker', 'legalq')}[{R.randint(300, 65000)}]: ")
    if not phi:
        b(pick("action=received", "action=deadline_check", "action=objection_filed", "action=certified"))
        b(f' docket="{docket()}" court="{R.choice(COURTS)}" judge="{R.choice(JUDGES)}"')
        b(f" type={pick('duces_tecum', 'court_order', 'deposition_subpoena', 'HIPAA_qualified_protective_order')}")
        b(f" compliance_due={fdate(rdate(2024, 2025), 'iso')} served_via={pick('certified_mail', 'process_server', 'efile')}")
        if chance(0.5):
            f = R.choice(FIRMS)
            b(f' issuing_atty="{R.choice(ATTYS)}" firm="{f[0]}" firm_phone="{f[5]}"')
        b(f" custodian={R.choice(STAFF)} req={uuid4()} took={dur()}")
        if chance(0.4):
            b(f" witness_fee_usd={R.randint(15, 60)}.00 mileage_mi={R.randint(2, 120)}")
    else:
        p = person()
        b(pick("action=received", "action=records_located", "action=certified", "action=released"))
        b(f' docket="{docket()}" court="{R.choice(COURTS)}"')
        mode = R.randint(0, 2)
        if mode == 0:
            b(f" {pick('re', 'subject_pt', 'plaintiff', 'deponent', 'pt')}=\"")(fullname(p), "name")('"')
            b(f" {pick('dob', 'pt_dob', 'birth_dt')}=")(fdate(dob(), pick("iso", "us", "compact")), "date")
            if chance(0.5):
                b(f" {pick('mrn', 'chart', 'med_rec')}=")(mrn(), "mrn")
            if chance(0.3):
                b(" ssn=")(ssn("dash"), "ssn")
        elif mode == 1:
            b(' msg="Subpoena duces tecum for records of ')(fullname(p, pick("fl", "fml")), "name")
            b(", DOB ")(fdate(dob(), "us"), "date")
            if chance(0.5):
                d1, d2 = dpair()
                b(", treated ")(fdate(d1, "us"), "date")(" through ")(fdate(d2, "us"), "date")
            b(f', issued by {R.choice(ATTYS)}"')
        else:
            c = city()
            b(' plaintiff="')(fullname(p, "LF"), "name")('" plaintiff_addr="')(street(), "address")(", ")(c[0], "address")(f", {c[2]} ")(zipc(c[4]), "zip")('"')
            if chance(0.5):
                b(f" doi=")(fdate(recent(), "iso"), "date")
        if chance(0.3):
            other = person()
            b(' guardian_ad_litem="' + R.choice(ATTYS) + '" next_friend="')(fullname(other, "fl"), "name")('"')
        b(f" custodian={R.choice(STAFF)} req={uuid4()}")
    return b


def fam_ediscovery_csv(phi):
    """Litigation hold / e-discovery export manifest, CSV rows (fixed 12 columns)."""
    b = B()
    t = ts_off()
    matter = f"MTR-{R.randint(2021, 2024)}-{digits(4)}"
    cols_pre = [t, pick("EXPORT", "HOLD_APPLIED", "HOLD_RELEASED", "PRODUCED", "PRIV_LOG"), matter, R.choice(STAFF), bates()]
    b(",".join(cols_pre) + ",")
    if not phi:
        b(f"{sha256()},{pick('application/pdf', 'message/rfc822', 'image/tiff', 'text/csv')},{R.randint(1, 900)},")
        b(f'"{R.choice(["Policy - Records Retention v" + ver(), "Board minutes " + str(R.randint(2015, 2023)), "Vendor MSA " + R.choice(VENDORS)[0], "Audit log extract"])}",')
        b(f'"{R.choice(CLIN)}",{pick("NONE", "AC/WP", "CONFIDENTIAL", "AEO")},{R.choice(STAFF_EMAIL)}')
    else:
        p = person()
        b(f"{sha256()},{pick('application/pdf', 'image/tiff', 'application/hl7-v2')},{R.randint(1, 900)},")
        b('"')(fullname(p, pick("lf", "LF", "lfm")), "name")('",')
        kind = R.randint(0, 3)
        if kind == 0:
            b("MRN:")(mrn(), "mrn")(",")
        elif kind == 1:
            b("DOB ")(fdate(dob(), "us"), "date")(",")
        elif kind == 2:
            d1, d2 = dpair()
            b("ADM ")(fdate(d1, "us"), "date")(" DC ")(fdate(d2, "us"), "date")(",")
        else:
            b("HAR ")(pt_account(), "account")(",")
        b(f'{pick("CONFIDENTIAL", "AEO", "PHI-QPO")},')
        if chance(0.35):
            b(email(p), "email")
        else:
            b(R.choice(STAFF_EMAIL))
    return b


def fam_wc_froi(phi):
    """Workers' comp First Report of Injury, IAIABC-style pipe-delimited EDI records."""
    b = B()
    t = rts()
    emp = R.choice(EMPLOYERS)
    if not phi:
        kind = R.randint(0, 2)
        if kind == 0:
            b(f"AKC|{t.strftime('%Y%m%d%H%M%S')}|BATCH={digits(9)}|SENDER_FEIN={fein()}|RCVR={pick('CA-DWC', 'TX-DWC', 'IL-IWCC', 'PA-BWC')}|"
              f"RECS={R.randint(5, 400)}|ACC={R.randint(1, 300)}|REJ={R.randint(0, 9)}|ERR=0{R.randint(10, 99)}:{pick('Invalid MTC', 'Duplicate JCN', 'Missing DN0042', 'Date of injury after report date')}|VER=R3.1")
        elif kind == 1:
            b(f"FROI|{pick('00', '02', '04', 'AU')}|{t.strftime('%Y%m%d')}|TXN={digits(4)}{digits(11)}|EMP_FEIN={fein()}|EMPLOYER={emp[0]}|"
              f"EMP_ADDR={emp[1]}, {emp[2]} {emp[3]} {emp[4]}|NAICS={digits(6)}|CLASS={digits(4)}|NATURE={pick('52', '10', '40', '49')}|"
              f"PART={R.randint(10, 99)}|CAUSE={R.randint(10, 99)}|INS={R.choice(INSURERS)}|TPA_ADJ={R.choice(STAFF)}")
        else:
            b(f"SROI|{pick('IP', 'PY', 'SJ', 'FN')}|{t.strftime('%Y%m%d')}|BENEFIT_TYPE={pick('050', '070', '030')}|AWW={R.randint(400, 2100)}.{digits(2)}|"
              f"TTD_RATE={R.randint(250, 1400)}.{digits(2)}|WAIT_DAYS={R.choice([3, 7])}|CLAIM_ADMIN_PH={R.choice(VENDORS)[5]}|TRACE={hexs(20)}")
        return b
    p = person()
    c = city()
    b(f"FROI|{pick('00', '04', 'UR')}|{t.strftime('%Y%m%d')}|TXN={hexs(12).upper()}|EMP_FEIN={fein()}|EMPLOYER={emp[0]}|")
    b(pick("CLMT_NM=", "EE_NAME=", "INJ_WKR=")); b(fullname(p, pick("hl7", "LF", "fl")), "name"); b("|")
    if chance(0.7):
        b(pick("CLMT_SSN=", "EE_SSN=", "DN0042=")); b(ssn(pick("plain", "dash")), "ssn"); b("|")
    b(pick("CLMT_DOB=", "DOB=", "DN0052=")); b(fdate(dob(), "compact"), "date"); b("|")
    if chance(0.6):
        b("CLMT_ADDR1="); b(street(), "address"); b("|CLMT_CITY="); b(c[0], "address"); b(f"|CLMT_ST={c[2]}|CLMT_ZIP="); b(zipc(c[4]), "zip"); b("|")
    if chance(0.5):
        b(pick("CLMT_PH=", "EE_PHONE=")); b(phone(pick("plain", "dash")), "phone"); b("|")
    if chance(0.3):
        b(pick("CLMT_FAX=", "EE_FAX=")); b(phone("plain"), "fax"); b("|")
    b(pick("DOI=", "DT_INJ=", "DN0031=")); b(fdate(recent(), "compact"), "date"); b("|")
    if chance(0.4):
        b(pick("EMP_ID=", "EE_BADGE=", "CLMT_EMPNO=")); b(R.choice(["E", "EMP", "", "W"]) + digits(6), "other_id"); b("|")
    if chance(0.25):
        b("LAST_DAY_WORKED="); b(fdate(recent(), "compact"), "date"); b("|")
    if chance(0.25):
        b(pick("MEDICARE_MBI=", "S111_HICN=", "CMS_BENE_ID=")); b(mbi(False), "health_plan"); b("|")
    if chance(0.2):
        b("CLMT_DL="); b(dl()[1], "license"); b("|")
    b(f"NATURE={pick('52', '10', '40', '49')}|PART={R.randint(10, 99)}|TREATING_NPI={npi()}|ER_FACILITY={R.choice(HOSPS)[0]}")
    return b


NOTE_NOPHI = [
    "Diary reviewed; awaiting IME report from {clin}; reserve adjusted by ${amt}; next review in {n} days.",
    "Received PT progress note from {clin}, 6 of 12 visits completed, IW age {age} progressing; no change to work status.",
    "Left VM for {atty} re: settlement conference, call back at firm line {fphone}.",
    "Nurse case manager {staff} assigned; UR approved lumbar MRI per MTUS; auth ref {ord}.",
    "Employer contact at {emp} confirms modified duty available at {eaddr}.",
    "Recorded statement scheduled via vendor {vendor}, {vphone}; interpreter requested (Spanish).",
    "Subro potential: adverse carrier {ins}; demand package sent by {staff}; ref {ord}.",
    "IME with {clin} (NPI {npi}) confirmed; mileage reimbursement approved at 67 cents/mi.",
]


def fam_adjuster_note(phi):
    """Claims adjuster diary / file notes: free text after a short header (WC, PIP, BI)."""
    b = B()
    b(f"{ts_java()} {pick('[adj-notes]', '[claims-diary]', '[siu-notes]')} user={R.choice(STAFF)} lob={pick('WC', 'PIP', 'BI', 'UM', 'STD')} note=\"")
    if not phi:
        tmpl = R.choice(NOTE_NOPHI)
        emp = R.choice(EMPLOYERS)
        f = R.choice(FIRMS)
        v = R.choice(VENDORS)
        b(tmpl.format(clin=R.choice(CLIN), amt=f"{R.randint(1, 40) * 500:,}", n=R.choice([14, 30, 45, 60]), age=R.randint(19, 88),
                      atty=R.choice(ATTYS), fphone=f[5], staff=R.choice(STAFF), ord=order_no(), emp=emp[0],
                      eaddr=f"{emp[1]}, {emp[2]}", vendor=v[0], vphone=v[5], ins=R.choice(INSURERS), npi=npi()))
        b('"')
        return b
    p = person()
    k = R.randint(0, 7)
    if k == 0:
        b(f"Spoke w/ {pick('IW', 'claimant', 'insured', 'clmt')} "); b(fullname(p, "fl"), "name"); b(" at "); b(phone(), "phone")
        b(f"; reports surgery scheduled "); b(fdate(recent(), pick("us", "us0", "long")), "date"); b(f" with {R.choice(CLIN)}.")
    elif k == 1:
        c = city()
        b("Claimant moved, new address "); b(street(), "address"); b(", "); b(c[0], "address"); b(f", {c[3]} "); b(zipc(c[4]), "zip")
        b("; updated in system per phone call.")
    elif k == 2:
        b("SIU canvass: public profile "); b(social_url(p), "url"); b(f" shows clmt lifting kayak on {MONTHS[R.randint(0, 11)]} trip; referred to {R.choice(STAFF)}.")
    elif k == 3:
        b("Recorded stmt taken from "); b(fullname(p, "fl"), "name"); b(", DOB "); b(fdate(dob(), "us"), "date")
        b(f"; passenger in insured vehicle; ER visit at {R.choice(HOSPS)[0]} same day.")
    elif k == 4:
        g = person()
        g["first"] = R.choice(FIRST_F)
        b("Spoke to IW's "); b(pick("mother", "grandmother", "aunt", "great-aunt")); b(" "); b(fullname(g, "fl"), "name")
        b(" ("); b(str(age_old()), "age"); b(") who lives with IW; she confirms he cannot drive.")
    elif k == 5:
        b(pick("Clmt", "IW", "Insured")); b(" emailed from "); b(email(p), "email"); b(" requesting TTD check be mailed; bank acct ")
        b(bank_acct(), "account"); b(f" routing {routing()} provided for direct deposit.")
    elif k == 6:
        b(fullname(p, "fl"), "name"); b(" called from "); b(phone(), "phone"); b(" asking status of mileage reimb; DOI "); b(fdate(recent(), "us"), "date"); b(".")
    else:
        b("Per ISO ClaimSearch match, clmt SSN "); b(ssn(), "ssn"); b(" has prior WC claim (2019, lumbar); DL "); st, v = dl(); b(v, "license"); b(f" ({st}).")
    b('"')
    return b


def fam_auto_pip_xml(phi):
    """Auto PIP / bodily injury claim intake events serialized as single-line XML."""
    b = B()
    t = ts_off()
    b(f'<ClaimEvent ts="{t}" src="{pick("pip-intake", "bi-fnol", "auto-fnol")}" ver="{ver()}" corr="{uuid4()}">')
    if not phi:
        v = R.choice(VENDORS[3:])
        b(f"<Loss><Date>{fdate(rdate(2024, 2024), 'iso')}</Date><State>{pick('TX', 'FL', 'NJ', 'MI', 'NY', 'PA')}</State><Type>{pick('rear-end', 'sideswipe', 'T-bone', 'single vehicle')}</Type></Loss>")
        b(f"<Vehicle><Year>{R.randint(2008, 2024)}</Year><Make>{pick('Toyota', 'Ford', 'Honda', 'Chevrolet', 'Hyundai', 'Tesla')}</Make><Model>{pick('Camry', 'F-150', 'Civic', 'Silverado', 'Elantra', 'Model 3')}</Model></Vehicle>")
        b(f"<Shop><Name>{v[0].replace('&', '&amp;')}</Name><Addr>{v[1]}, {v[2]}, {v[3]} {v[4]}</Addr><Phone>{v[5]}</Phone><EstimateId>EST-{digits(8)}</EstimateId></Shop>")
        b(f"<Adjuster>{R.choice(STAFF)}</Adjuster><PolicyForm>PP 00 01 {R.choice(['09 18', '01 05'])}</PolicyForm><Status>{pick('OPEN', 'REVIEW', 'CLOSED')}</Status>")
    else:
        p = person()
        b("<Insured>")
        tag = pick("Nm", "Name", "InsuredName")
        b(f"<{tag}>"); b(fullname(p, pick("fl", "LF", "fml")), "name"); b(f"</{tag}>")
        if chance(0.6):
            st, v = dl()
            b(f'<DLNum st="{st}">'); b(v, "license"); b("</DLNum>")
        if chance(0.4):
            b("<DOB>"); b(fdate(dob(), "iso"), "date"); b("</DOB>")
        if chance(0.3):
            b("<Cell>"); b(phone(), "phone"); b("</Cell>")
        b("</Insured>")
        b(f"<Vehicle><Year>{R.randint(2008, 2024)}</Year><Make>{pick('Toyota', 'Ford', 'Honda', 'Nissan', 'Kia')}</Make>")
        if chance(0.7):
            b("<VIN>"); b(vin(), "vehicle"); b("</VIN>")
        if chance(0.6):
            b(f'<Plate st="{pick("TX", "FL", "NJ", "MI", "CA")}">'); b(plate(), "vehicle"); b("</Plate>")
        b("</Vehicle>")
        if chance(0.5):
            q = person()
            b("<InjuredParty><Name>"); b(fullname(q, "fl"), "name"); b("</Name>")
            if chance(0.4):
                b("<Age>"); b(str(age_old()), "age"); b("</Age>")
            else:
                b(f"<Age>{R.randint(2, 86)}</Age>")
            b("<TxDate>"); b(fdate(recent(), "iso"), "date"); b("</TxDate>")
            b(f"<Provider>{R.choice(HOSPS)[0]}</Provider></InjuredParty>")
        if chance(0.25):
            b(f"<HealthIns><Carrier>{pick('Prairie State Health Plan', 'Lone Pine HMO', 'Medicaid (TX STAR)', 'Gulf Coast PPO')}</Carrier><MemberId>"); b(member_id(), "health_plan"); b("</MemberId></HealthIns>")
        if chance(0.3):
            b("<DriverPhone><IMEI>"); b(imei(), "device"); b("</IMEI><Carrier>" + pick("Verizon", "T-Mobile", "AT&amp;T") + "</Carrier></DriverPhone>")
        if chance(0.2):
            b("<Evidence><Photo>"); b(photo_path(), "photo"); b("</Photo></Evidence>")
        b(f"<Adjuster>{R.choice(STAFF)}</Adjuster>")
    b("</ClaimEvent>")
    return b


def lf(b, key, val, cat=None, quote=None):
    """logfmt pair."""
    if quote is None:
        quote = (" " in val) or ("," in val)
    b(f" {key}=")
    if quote:
        b('"'); b(val, cat); b('"')
    else:
        b(val, cat)


def fam_disability_logfmt(phi):
    """STD/LTD disability claim intake & benefit services, logfmt."""
    b = B()
    b(f"ts={ts_off()} level={pick('info', 'info', 'warn', 'debug')} app={pick('std-intake', 'ltd-intake', 'ltd-benefit-calc', 'dms-eoi')} pid={R.randint(100, 40000)}")
    if not phi:
        b(f' msg="{pick("benefit calc", "eoi decision", "payment scheduled", "offset review")}"')
        b(f" gross_weekly={R.randint(300, 2500)}.{digits(2)} offset_ssdi={pick('0', str(R.randint(500, 1900)) + '.00')} elim_days={pick('7', '14', '90', '180')}")
        b(f" policy_form=LTD-{R.randint(2012, 2023)}-GRP grp_no={digits(6)} employer=\"{R.choice(EMPLOYERS)[0]}\" own_occ_months={pick('24', '36')}")
        b(f" reviewer={R.choice(STAFF)} trace_id={hexs(16)} duration_ms={R.randint(2, 4000)} build={R.randint(1000, 9999)}")
        if chance(0.4):
            b(f' ime_vendor="{R.choice(VENDORS)[0]}" ime_physician="{R.choice(CLIN_PLAIN)}" claimant_age={R.randint(24, 67)}')
        return b
    p = person()
    b(f' msg="{pick("claim intake", "attending physician statement received", "claimant profile updated", "direct deposit set")}"')
    lf(b, pick("claimant", "clmt_nm", "insured_name", "ee_name", "claimantFullName"), fullname(p), "name")
    if chance(0.6):
        lf(b, pick("dob", "clmt_dob", "birthdate"), fdate(dob(), pick("iso", "us")), "date")
    occ = R.choice(["Registered Nurse", "Pharmacist", "Physician - Anesthesiology", "Truck Driver", "Paramedic", "Physical Therapist", "Warehouse Associate"])
    lf(b, "occ", occ)
    if occ.startswith("Physician") or (occ == "Pharmacist" and chance(0.5)):
        lf(b, pick("dea_no", "deaNumber", "clmt_dea"), dea(p["last"]), "license")
    elif occ != "Warehouse Associate" and chance(0.6):
        lf(b, pick("prof_lic", "lic_no", "license_num", "cred_no"), prof_lic(), "license")
    if chance(0.5):
        lf(b, pick("last_day_worked", "ldw", "disab_onset", "dis_dt"), fdate(recent(), "iso"), "date")
    if chance(0.35):
        lf(b, pick("bank_acct", "dd_acct", "eft_account"), bank_acct(), "account")
        lf(b, "aba", routing())
    if chance(0.3):
        lf(b, pick("home_ph", "clmt_phone", "mobile"), phone(pick("dash", "plain", "dot")), "phone")
    if chance(0.25):
        lf(b, pick("clmt_fax", "fax_home"), phone("dash"), "fax")
    if chance(0.3):
        lf(b, pick("ee_ssn", "ssn", "tin"), ssn(), "ssn")
    if chance(0.35):
        lf(b, pick("siu_social", "profile_url", "osint_hit"), social_url(p), "url")
    if chance(0.2):
        lf(b, pick("wearable_mac", "tracker_mac", "fitbit_mac"), mac(), "device")
    lf(b, "aps_physician", R.choice(CLIN_PLAIN))
    b(f" trace_id={hexs(16)}")
    return b


def fam_life_uw_json(phi):
    """Life insurance underwriting orchestration (MIB checks, paramedical exams, e-app), JSON snake_case."""
    b = B()
    sep, kv = pick((",", ":"), (", ", ": "))
    items = [("timestamp", ts_off()), ("service", pick("uw-orchestrator", "eapp-gateway", "paramed-scheduler", "mib-connector")),
             ("env", "prod"), ("request_id", uuid4())]
    if not phi:
        items += [("event", pick("mib.batch.sent", "mib.batch.ack", "rx.check.timeout", "paramed.vendor.sync", "rules.engine.loaded")),
                  ("mib_company_code", digits(4)), ("records", R.randint(1, 800)), ("latency_ms", R.randint(10, 12000)),
                  ("vendor", [("name", R.choice(VENDORS[4:5])[0]), ("address", "6 Centerpointe Dr, La Palma, CA 90623"), ("phone", "(714) 522-9100")]),
                  ("rules_version", ver()), ("host", host()), ("src_ip", priv_ip()), ("signature", b64(32))]
        if chance(0.4):
            items.append(("face_amount_band", pick("250k-500k", "500k-1M", "1M+")))
            items.append(("applicant_age_band", pick("40-49", "50-59", "60-69", "70-79", "80-85")))
    else:
        p = person()
        app = [(pick("name", "applicant_name", "insured_nm", "proposed_insured"), fullname(p), "name")]
        if chance(0.7):
            app.append((pick("dob", "birth_date", "date_of_birth"), fdate(dob(), pick("iso", "us")), "date"))
        if chance(0.3):
            app.append((pick("age", "issue_age", "attained_age"), age_old(), "age"))
        if chance(0.3):
            app.append((pick("ssn", "tax_id", "ssn_tin"), ssn(), "ssn"))
        if chance(0.3):
            st, v = dl()
            app.append((pick("dl_number", "drivers_license", "dl_no"), v, "license"))
            app.append(("dl_state", st))
        if chance(0.2):
            app.append((pick("passport_no", "national_id", "foreign_id"), other_id()[1](), "other_id"))
        items += [("event", pick("mib.check.completed", "eapp.submitted", "paramed.exam.scheduled", "idv.completed", "voice.enroll")),
                  ("applicant", app)]
        x = R.randint(0, 4)
        if x == 0:
            items.append(("paramed_exam", [("vendor", "Precision Paramedical Inc."), ("exam_date", fdate(recent(), "iso"), "date"),
                                           ("examiner", pick("E. Soto (paramed)", "examiner #4471")), ("location", street(), "address")]))
        elif x == 1:
            items.append((pick("voiceprint_b64", "voice_template", "vp_enroll"), voice_tpl(), "biometric"))
        elif x == 2:
            items.append((pick("selfie_jpeg_b64", "face_image", "idv_selfie"), photo_b64(), "photo"))
        elif x == 3:
            items.append((pick("fp_template", "finger_minutiae", "touchid_tpl"), fp_tpl(), "biometric"))
        else:
            items.append(("mib_hit", True))
            items.append(("mib_codes", pick("A2G", "F1X", "no codes")))
        if chance(0.4):
            items.append((pick("client_ip", "applicant_ip", "remote_addr"), pub_ip(), "ip"))
        if chance(0.2):
            items.append(("wearable", [("program", "vitality-steps"), ("device_mac", mac(":"), "device")]))
        if chance(0.2):
            items.append((pick("mobile", "cell", "contact_phone"), phone(), "phone"))
        if chance(0.25):
            items.append((pick("social_profile", "osint_url", "webPresence"), social_url(p), "url"))
    emit_json(b, items, sep, kv)
    return b


def fam_mail_gateway(phi):
    """Postfix mail gateway logs for attorney / ROI correspondence."""
    b = B()
    qid = hexs(10).upper()
    b(f"{ts_sys()} {pick('mx-out-02', 'mx-out-01', 'smtp-relay-03')} postfix/{pick('smtp', 'cleanup', 'qmgr')}[{R.randint(1000, 60000)}]: {qid}: ")
    if not phi:
        f = R.choice(FIRMS)
        k = R.randint(0, 2)
        if k == 0:
            b(f"to=<{pick('jwhitlock', 'records', 'mthornbury', 'intake')}@{f[7]}>, relay=mailhub.int.stbrendan.local[{priv_ip()}]:25, delay={R.random() * 3:.2f}, "
              f"delays=0.02/0/0.{R.randint(10, 99)}/0.{R.randint(10, 99)}, dsn=2.0.0, status=sent (250 2.0.0 OK {R.randint(1700000000, 1735000000)} {hexs(12)})")
        elif k == 1:
            b(f"warning: header Subject: {pick('RE: Records Request', 'Invoice', 'Certification of Records', 'Subpoena compliance')} {order_no()} - {R.choice(HOSPS)[0]} "
              f"from unknown[{priv_ip()}]; from=<{R.choice(STAFF_EMAIL)}> to=<intake@{f[7]}> proto=ESMTP helo=<{host()}>")
        else:
            b(f"from=<{R.choice(STAFF_EMAIL)}>, size={R.randint(2000, 9000000)}, nrcpt={R.randint(1, 4)} (queue active)")
        return b
    p = person()
    k = R.randint(0, 3)
    if k == 0:
        b("to=<"); b(email(p), "email"); b(f">, relay=mailhub.int.stbrendan.local[{priv_ip()}]:25, delay={R.random() * 3:.2f}, dsn=2.0.0, status=sent (250 OK)")
    elif k == 1:
        b("warning: header Subject: RE: Records Request - "); b(fullname(p, pick("lf", "LF", "fl")), "name"); b(" - DOB "); b(fdate(dob(), pick("us", "us0")), "date")
        b(f" from unknown[{priv_ip()}]; from=<{R.choice(STAFF_EMAIL)}> to=<intake@{R.choice(FIRMS)[7]}> proto=ESMTP")
    elif k == 2:
        b(f"warning: header Subject: Authorization for release - "); b(fullname(p, "fl"), "name")
        b(" MRN "); b(mrn(), "mrn"); b(f" from {pick('mail-oi1-f170.google.com', 'mail-yw1-f41.google.com')}[")
        b("209.85.%d.%d" % (R.randint(128, 222), R.randint(1, 254))); b("]; from=<"); b(email(p), "email"); b("> to=<roi@stbrendanhealth.org>")
    else:
        b("reject: RCPT from unknown["); b(pub_ip(), "ip"); b("]: 554 5.7.1 <"); b(email(p), "email"); b(">: Relay access denied; proto=ESMTP helo=<DESKTOP-" + hexs(7).upper() + ">")
    return b


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Mobile Safari/537.36",
      "okhttp/4.12.0", "python-requests/2.31.0", "kube-probe/1.28"]


def qv(s):
    return s.replace(" ", "+").replace(",", "%2C").replace("'", "%27")


def fam_copy_access(phi):
    """Medical-record copy service / requester portal, nginx combined access log."""
    b = B()
    if not phi:
        ip = priv_ip()
        path = R.choice([f"/healthz", f"/api/v2/invoices/{order_no()}", f"/static/img/logo-medcopy.png", f"/api/v2/requests/{uuid4()}/status",
                         f"/metrics", f"/api/v2/facilities/{npi()}/fee-schedule?state={pick('TX', 'IL', 'CA', 'GA')}",
                         f"/assets/app.{hexs(8)}.js", f"/api/v2/batches/{digits(7)}?page={R.randint(1, 40)}&size=50"])
        b(f'{ip} - {pick("-", R.choice(STAFF))} [{ts_apache()}] "{pick("GET", "GET", "POST", "HEAD")} {path} HTTP/1.1" {pick("200", "200", "204", "304", "404")} {R.randint(0, 90000)} "-" "{R.choice(UA)}" rt={R.random():.3f} uct="0.00{R.randint(0, 9)}" upstream={priv_ip()}:{pick("8080", "8443", "3000", "9090")}')
        return b
    p = person()
    b(pub_ip(), "ip") if chance(0.7) else b(priv_ip())
    b(f' - - [{ts_apache()}] "')
    k = R.randint(0, 4)
    if k == 0:
        b("GET /portal/requests/status?first="); b(qv(p["first"]), "name"); b("&last="); b(qv(p["last"]), "name"); b("&dob="); b(fdate(dob(), "iso"), "date")
    elif k == 1:
        c = city()
        b("GET /api/v2/requests/lookup?pt_name="); b(qv(fullname(p, pick("fl", "lf"))), "name"); b("&zip="); b(zipc(c[4])[:5], "zip")
    elif k == 2:
        b("GET "); b(photo_path_web(), "photo")
    elif k == 3:
        b(f"POST /api/v2/requests/{uuid4()}/authorization?email="); b(email(p), "email"); b("&phone="); b(phone("plain"), "phone")
    else:
        b("GET /portal/invoice/pay?acct="); b(pt_account(), "account"); b(f"&amt={R.randint(6, 300)}.{digits(2)}")
    b(f' HTTP/1.1" {pick("200", "200", "302", "401")} {R.randint(200, 90000)} "https://records.medcopyexpress.com/portal" "{R.choice(UA[:3])}" rt={R.random():.3f}')
    return b


def photo_path_web():
    return R.choice([f"/media/idv/{hexs(2)}/{uuid4()}_selfie.jpg", f"/uploads/claimant-photos/{digits(7)}/face_{R.randint(1, 5)}.png",
                     f"/portal/id-verify/{hexs(16)}/portrait.jpeg"])


def fam_him_queue_java(phi):
    """HIM correspondence queue worker, Java/logback pattern with MDC."""
    b = B()
    lvl = pick("INFO ", "INFO ", "WARN ", "DEBUG", "ERROR")
    b(f"{ts_java()} {lvl} [him-corr-worker-{R.randint(1, 12)}] {pick('o.s.him.CorrespondenceQueue', 'c.c.roi.AuthValidator', 'o.s.him.DeliveryService', 'c.c.roi.LetterRenderer')} - ")
    b(f"[tid={hexs(8)} user={R.choice(STAFF)}] ")
    if not phi:
        b(R.choice([
            f"queue depth={R.randint(0, 900)} oldest={R.randint(1, 72)}h{R.randint(0, 59)}m lag={R.random() * 5:.1f}s workers={R.randint(2, 16)}",
            f"HikariPool-1 - Added connection jdbc:sqlserver://{priv_ip()}:1433;databaseName=HIM_CORR (build {R.randint(1000, 9999)})",
            f"item {R.randint(10000, 999999)} moved to {pick('PENDING_AUTH', 'READY_TO_SEND', 'QA_HOLD', 'CLOSED')} requester=\"{R.choice(INSURERS)}\" pages={R.randint(1, 900)}",
            f"Rendered letter template NO_RECORDS_FOUND v{ver()} for requester {R.choice(FIRMS)[0]} ({R.choice(FIRMS)[6]} fax), signed by {R.choice(STAFF)}",
            f"Fax delivery to {R.choice(FIRMS)[6]} failed: RightFax status 0x{hexs(4)} busy, retry {R.randint(1, 5)}/5 in {R.randint(5, 60)}s",
            f"Auth form {order_no()} rejected: missing expiration date; witness {R.choice(CLIN)} signature present; facility {R.choice(HOSPS)[0]}",
            f"Patient age {R.randint(18, 89)} >= 18, minor-consent rule skipped; rule set {ver()}",
        ]))
        return b
    p = person()
    k = R.randint(0, 5)
    if k == 0:
        b(f"item {R.randint(10000, 999999)} moved to PENDING_AUTH; requester=\"{R.choice(INSURERS)}\"; patient="); b(fullname(p, pick("lf", "LF")), "name")
        b("; dob="); b(fdate(dob(), "us"), "date"); b("; mrn="); b(mrn(), "mrn")
    elif k == 1:
        b("Authorization expired for MRN "); b(mrn(), "mrn"); b(" (pt "); b(fullname(p, "fl"), "name"); b(", DOD "); b(fdate(recent(), "iso"), "date")
        b("); executor "); q = person(); b(fullname(q, "fl"), "name"); b(" must re-sign")
    elif k == 2:
        c = city()
        b("Returned mail for "); b(fullname(p, "fl"), "name"); b(": USPS undeliverable at "); b(street(), "address"); b(", "); b(c[0], "address")
        b(f", {c[2]} "); b(zipc(c[4]), "zip"); b(f" (county: "); b(c[1], "address"); b(")")
    elif k == 3:
        b("Requester is guarantor "); b(fullname(p, "fl"), "name"); b(" acct# "); b(pt_account(), "account"); b(" callback "); b(phone(), "phone")
    elif k == 4:
        b("Medicare secondary payer check: MBI "); b(mbi(), "health_plan"); b(f" for pt {pick('aged', 'age')} "); b(str(age_old()), "age"); b(", no LGHP found")
    else:
        b("Deliver copy to patient by fax per request, fax="); b(phone(), "fax"); b(" attn "); b(fullname(p, "fl"), "name")
        if chance(0.5):
            b(" member id "); b(member_id(), "health_plan")
    return b


def fam_es_claims(phi):
    """Bilingual (Spanish-keyed) cross-border auto / WC claims portal, key=value with bracketed header."""
    b = B()
    b(f"[{ts_iso()}] {pick('reclamaciones-api', 'siniestros-portal', 'pip-bilingue')} {pick('INFO', 'INFO', 'WARN')} ")
    if not phi:
        v = R.choice(VENDORS)
        b(f"evento={pick('solicitud_registrada', 'pago_programado', 'documento_recibido', 'lote_enviado')} folio={order_no()} ")
        b(f"ajustador={R.choice(STAFF)} proveedor=\"{v[0]}\" dir_proveedor=\"{v[1]}, {v[2]}, {v[3]} {v[4]}\" tel_proveedor=\"{v[5]}\" ")
        b(f"monto={R.randint(100, 90000)}.{digits(2)} moneda={pick('USD', 'MXN')} paginas={R.randint(1, 400)} version={ver()} duracion_ms={R.randint(3, 9000)} edad_reclamante={R.randint(18, 85)}")
        return b
    p = person()
    if chance(0.6):
        p["first"] = R.choice(["María", "José", "Guadalupe", "Juan Carlos", "Ana Lucía", "Jesús", "Rosa", "Alejandro", "Ximena", "Rafael"])
        p["last"] = R.choice(["Hernández", "García", "Martínez", "López", "Ramírez", "Treviño", "Garza", "Villarreal", "Cantú", "Ortiz"]) + " " + R.choice(["Salinas", "Morales", "de la Cruz", "Peña", "Rivas"])
    b(f"evento={pick('solicitud_registrada', 'reclamante_actualizado', 'siniestro_alta')} folio={order_no()}")
    lf(b, pick("nombre_asegurado", "reclamante", "nombre_lesionado", "nombreCompleto"), fullname(p, pick("fl", "FL")), "name")
    if chance(0.6):
        d = dob()
        st = R.random()
        val = fdate(d, "eu") if st < 0.5 else (f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}" if st < 0.8 else fdate(d, "iso"))
        lf(b, pick("fecha_nac", "fechaNacimiento", "f_nacimiento"), val, "date")
    if chance(0.4):
        lf(b, pick("curp", "CURP"), other_id_kind("curp"), "other_id")
    if chance(0.25):
        lf(b, pick("pasaporte", "num_pasaporte"), other_id_kind("passport"), "other_id")
    if chance(0.35):
        c = city()
        lf(b, pick("domicilio", "direccion", "calle"), R.choice([street(), f"Calle {R.choice(['5 de Mayo', 'Hidalgo', 'Juárez', 'Morelos'])} {R.randint(1, 999)} Int {R.randint(1, 20)}"]), "address")
        lf(b, pick("ciudad", "municipio"), c[0], "address")
        lf(b, pick("cp", "codigo_postal"), zipc(c[4])[:5], "zip")
    if chance(0.35):
        lf(b, pick("tel", "telefono", "celular"), phone(), "phone")
    if chance(0.3):
        lf(b, pick("correo", "correo_electronico", "email"), email(p), "email")
    if chance(0.3):
        lf(b, pick("licencia_conducir", "num_licencia"), R.choice(["", "B"]) + digits(9) if chance(0.5) else dl("TX")[1], "license")
    if chance(0.3):
        lf(b, pick("placas", "num_placa"), plate(), "vehicle")
    if chance(0.25):
        lf(b, pick("niv", "numero_serie_vehiculo", "vin"), vin(), "vehicle")
    if chance(0.15):
        lf(b, pick("huella_b64", "biometria_huella"), fp_tpl(), "biometric")
    if chance(0.15):
        lf(b, pick("perfil_facebook", "red_social"), social_url(p), "url")
    lf(b, "ajustador", R.choice(STAFF))
    return b


def other_id_kind(kind):
    while True:
        k, f = other_id()
        if k == kind:
            return f()


def fam_roi_invoice_csv(phi):
    """ROI / copy-service invoice & payment export, CSV with header-less fixed columns."""
    b = B()
    v = R.choice(VENDORS[:4])
    inv = f"INV-{R.randint(2023, 2024)}-{digits(7)}"
    b(f"{ts_java()[:19]},{inv},{fdate(rdate(2024, 2024), 'iso')},\"{v[0]}\",\"{v[1]}, {v[2]}, {v[3]} {v[4]}\",EIN {fein()},")
    if not phi:
        f = R.choice(FIRMS)
        b(f"\"{f[0]}\",\"{f[1]}, {f[2]}, {f[3]} {f[4]}\",{R.randint(1, 1500)},{R.randint(6, 600)}.{digits(2)},{pick('NET30', 'PREPAID', 'CHECK', 'ACH')},")
        b(f"{pick('chk#', 'ach trace ')}{digits(R.choice([4, 6, 15]))},{pick('PAID', 'OPEN', 'VOID', 'WRITE_OFF')},{R.choice(STAFF)}")
        return b
    p = person()
    payer_self = chance(0.6)
    if payer_self:
        b('"'); b(fullname(p, pick("fl", "lf", "LF")), "name"); b('",')
        c = city()
        b('"'); b(street(), "address"); b(", "); b(c[0], "address"); b(f", {c[2]} "); b(zipc(c[4]), "zip"); b('",')
    else:
        f = R.choice(FIRMS)
        b(f"\"{f[0]}\",\"{f[1]}, {f[2]}, {f[3]} {f[4]}\",")
    b(f"{R.randint(1, 1500)},{R.randint(6, 600)}.{digits(2)},")
    k = R.randint(0, 2)
    if k == 0:
        b("CARD "); b(card(), "account"); b(",")
    elif k == 1:
        b("ACH "); b(bank_acct(), "account"); b(f" RT {routing()},")
    else:
        b(f"CHECK {digits(4)},")
    b(f"{pick('PAID', 'OPEN')},")
    if not payer_self:
        b("re: "); b(fullname(p, pick("fl", "lf")), "name"); b(" pt acct "); b(pt_account(), "account")
    else:
        b(pick("patient copy", "self-request", "HITECH e-copy"))
        if chance(0.4):
            b(" "); b(email(p), "email")
    return b


def fam_mdl_device(phi):
    """Mass-tort / product liability (implant MDL) plaintiff fact sheet intake, bracketed-level text log."""
    b = B()
    b(f"[{ts_java().replace(',', '.')}] {pick('mdl-intake', 'pfs-processor', 'lithold-dms')} {pick('INFO', 'INFO', 'WARN')} ")
    mfr = pick("Stryker-like hip stem", "IVC filter (Gen2)", "Hernia mesh PX-40", "CPAP DreamStation-class", "Insulin pump T:slim-class", "Cochlear implant C-600")
    if not phi:
        b(f"{docket()} product=\"{mfr}\" lot={lot()} ref_no=REF {digits(4)}-{digits(3)} gtin={digits(14)} recall_class={pick('I', 'II')} "
          f"fda_510k=K{digits(6)} bates={bates()} reviewer={R.choice(STAFF)} hash={sha256()[:40]} elapsed={dur()}")
        return b
    p = person()
    b(f"{docket()} pfs received: plaintiff=\""); b(fullname(p, pick("fl", "lf")), "name"); b(f"\" product=\"{mfr}\" lot={lot()}")
    k = R.randint(0, 2)
    if k == 0:
        b(" serial="); b(dev_serial(), "device")
    elif k == 1:
        b(" udi="); b(udi(), "device")
    else:
        b(" device_mac="); b(mac(), "device")
    if chance(0.6):
        b(f" {pick('implant_date', 'implanted', 'dt_implant')}="); b(fdate(rdate(2010, 2020), pick("iso", "us")), "date")
    if chance(0.4):
        b(f" {pick('explant_date', 'revision_dt')}="); b(fdate(recent(), "iso"), "date")
    if chance(0.3):
        b(" implanting_surgeon=\"" + R.choice(CLIN) + "\" facility=\"" + R.choice(HOSPS)[0] + "\"")
    if chance(0.3):
        b(" plaintiff_ssn="); b(ssn(), "ssn")
    if chance(0.25):
        b(" health_plan_member="); b(member_id(), "health_plan")
    if chance(0.15):
        b(" photo_exhibit="); b(photo_path(), "photo")
    if chance(0.2):
        b(" decedent_age="); b(str(age_old()), "age")
    return b


FAMILIES = {
    "roi_vendor_json": fam_roi_json,
    "subpoena_syslog": fam_subpoena_syslog,
    "ediscovery_export_csv": fam_ediscovery_csv,
    "wc_froi_edi_pipe": fam_wc_froi,
    "adjuster_notes_text": fam_adjuster_note,
    "auto_pip_xml": fam_auto_pip_xml,
    "disability_logfmt": fam_disability_logfmt,
    "life_uw_json": fam_life_uw_json,
    "postfix_mail_gateway": fam_mail_gateway,
    "copy_service_nginx": fam_copy_access,
    "him_queue_logback": fam_him_queue_java,
    "es_claims_kv": fam_es_claims,
    "roi_invoice_csv": fam_roi_invoice_csv,
    "mdl_device_intake": fam_mdl_device,
}
JSON_FAMS = {"roi_vendor_json", "life_uw_json"}
XML_FAMS = {"auto_pip_xml"}


def main():
    flags = [False] * N_NOPHI + [True] * (N_LINES - N_NOPHI)
    R.shuffle(flags)
    names = list(FAMILIES)
    fams = [names[i % len(names)] for i in range(N_LINES)]
    R.shuffle(fams)
    lines, labels = [], []
    for i, (phi, fam) in enumerate(zip(flags, fams), 1):
        for _ in range(50):
            line, spans = FAMILIES[fam](phi).build()
            if phi == bool(spans):
                break
        else:
            raise AssertionError("could not build line %d" % i)
        lines.append(line)
        labels.append({"line": i, "family": fam, "spans": spans})

    # ---------------- checks ----------------
    cnt = Counter()
    for line, lab in zip(lines, labels):
        assert "\n" not in line and "\r" not in line, lab["line"]
        lb = line.encode("utf-8")
        prev_e = -1
        for sp in sorted(lab["spans"], key=lambda x: x["s"]):
            val = sp["_v"]
            assert lb[sp["s"]:sp["e"]] == val.encode("utf-8"), (lab["line"], sp)
            assert sp["s"] >= prev_e, ("overlap", lab["line"], sp)
            assert val == val.strip() and val, ("space", lab["line"], sp)
            assert sp["cat"] in CATS
            prev_e = sp["e"]
            cnt[sp["cat"]] += 1
        if lab["family"] in JSON_FAMS:
            json.loads(line)
        if lab["family"] in XML_FAMS:
            ET.fromstring(line)
    nophi = sum(1 for l in labels if not l["spans"])
    assert nophi == N_NOPHI, nophi
    for c in CATS:
        assert cnt[c] >= 8, ("category under-covered", c, cnt[c])

    with open(os.path.join(HERE, "ac.log"), "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")
    with open(os.path.join(HERE, "ac.labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            out = {"line": lab["line"], "family": lab["family"],
                   "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in lab["spans"]]}
            f.write(json.dumps(out, ensure_ascii=False) + "\n")

    # re-read and re-verify from disk
    with open(os.path.join(HERE, "ac.log"), "rb") as f:
        disk = f.read().split(b"\n")[:-1]
    assert len(disk) == N_LINES
    for raw, lab in zip(disk, labels):
        for s in lab["spans"]:
            assert raw[s["s"]:s["e"]] == s["_v"].encode("utf-8")

    print("lines: %d" % len(lines))
    print("lines with PHI: %d" % (len(lines) - nophi))
    print("lines without PHI: %d" % nophi)
    print("spans total: %d" % sum(cnt.values()))
    for c in CATS:
        print("  %-12s %d" % (c, cnt[c]))
    fc = Counter(l["family"] for l in labels)
    print("families: " + ", ".join("%s=%d" % (k, fc[k]) for k in names))


if __name__ == "__main__":
    main()
