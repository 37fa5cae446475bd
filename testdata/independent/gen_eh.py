#!/usr/bin/env python3
"""Generator for held-out test set `eh`: a consumer prescription discount /
price-comparison app (Dosewise) with telehealth and mail-order refills.

Standard library only, deterministic. Writes eh.log and eh.labels.jsonl next
to this file. Every PHI value is inserted through P(...) while the line is
built by concatenation; byte offsets are recorded at insertion time and
checked afterwards.

Labeling decisions (documented for the consumer of this set):
  * IDFA / GAID / AAID advertising IDs of a user's phone -> `device` (they are
    persistent identifiers of the person's handset, shared with ad networks).
    The all-zero IDFA (ATT denied) is NOT labeled.
  * Discount-card member IDs, cardholder IDs, Medicare MBIs, insurance member
    IDs -> health_plan. BIN / PCN / GROUP are not labeled.
  * A ZIP typed by the consumer for a price search and the device's own
    latitude/longitude (geocode below state level) -> zip / address.
    Pharmacy ZIPs, addresses, coordinates, phones, NPIs, NCPDP IDs -> unlabeled.
  * Pharmacy Rx numbers of a patient and support case numbers -> other_id.
  * Internal record IDs (user UUIDs, Segment anonymousId, Stripe cus_/sub_/pi_
    ids, Braze ids, order and tracking numbers) -> unlabeled.
  * Prescriber (clinician) names, NPIs and DEA numbers -> unlabeled.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata
import uuid

random.seed(1808)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "eh"
N_LINES = 500
N_CLEAN = 275


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class P:
    __slots__ = ("v", "cat", "raw")

    def __init__(self, v, cat, raw=False):
        self.v = v
        self.cat = cat
        self.raw = raw  # for JSON: emit number/literal as-is (no quotes)


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip",
        "biometric", "photo", "other_id"}


def _flat(parts, out):
    for p in parts:
        if isinstance(p, (list, tuple)):
            _flat(p, out)
        else:
            out.append(p)


def build(parts):
    flat = []
    _flat(parts, flat)
    buf = bytearray()
    spans = []
    for p in flat:
        if isinstance(p, P):
            assert p.cat in CATS, p.cat
            b = str(p.v).encode("utf-8")
            assert b, "empty span"
            s = len(buf)
            buf += b
            spans.append((s, len(buf), p.cat, b))
        else:
            buf += str(p).encode("utf-8")
    line = bytes(buf)
    assert b"\n" not in line and b"\r" not in line
    prev = 0
    for s, e, cat, b in spans:
        assert line[s:e] == b, (line, s, e, b)
        assert s >= prev and e > s
        prev = e
    return line, [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]


# JSON serializer that keeps P markers (span = string content w/o quotes)
def J(obj, sep=(",", ":"), ea=False):
    out = []
    if isinstance(obj, P):
        if obj.raw or not isinstance(obj.v, str):
            out.append(P(obj.v if obj.raw else json.dumps(obj.v), obj.cat))
        else:
            esc = json.dumps(obj.v, ensure_ascii=ea)[1:-1]
            out += ['"', P(esc, obj.cat), '"']
    elif isinstance(obj, dict):
        out.append("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(sep[0])
            out.append(json.dumps(k, ensure_ascii=ea))
            out.append(sep[1])
            out.append(J(v, sep, ea))
        out.append("}")
    elif isinstance(obj, (list, tuple)):
        out.append("[")
        for i, v in enumerate(obj):
            if i:
                out.append(sep[0])
            out.append(J(v, sep, ea))
        out.append("]")
    else:
        out.append(json.dumps(obj, ensure_ascii=ea))
    return out


def JP(obj, ea=True):  # python json.dumps default separators
    return J(obj, (", ", ": "), ea)


def _rbs(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def R(obj):  # Ruby Hash#inspect (Ruby <= 3.3 style)
    if isinstance(obj, P):
        if isinstance(obj.v, str) and not obj.raw:
            return ['"', P(_rbs(obj.v), obj.cat), '"']
        return [P(str(obj.v), obj.cat)]
    if isinstance(obj, dict):
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(", ")
            out += ['"' + _rbs(k) + '"=>', R(v)]
        return out + ["}"]
    if isinstance(obj, list):
        out = ["["]
        for i, v in enumerate(obj):
            if i:
                out.append(", ")
            out.append(R(v))
        return out + ["]"]
    if obj is None:
        return ["nil"]
    if obj is True:
        return ["true"]
    if obj is False:
        return ["false"]
    if isinstance(obj, str):
        return ['"' + _rbs(obj) + '"']
    return [str(obj)]


def Y(obj):  # Python repr
    if isinstance(obj, P):
        if isinstance(obj.v, str) and not obj.raw:
            r = repr(obj.v)
            return [r[0], P(r[1:-1], obj.cat), r[-1]]
        return [P(repr(obj.v), obj.cat)]
    if isinstance(obj, dict):
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(", ")
            out += [repr(k) + ": ", Y(v)]
        return out + ["}"]
    if isinstance(obj, tuple):
        out = ["("]
        for i, v in enumerate(obj):
            if i:
                out.append(", ")
            out.append(Y(v))
        if len(obj) == 1:
            out.append(",")
        return out + [")"]
    if isinstance(obj, list):
        out = ["["]
        for i, v in enumerate(obj):
            if i:
                out.append(", ")
            out.append(Y(v))
        return out + ["]"]
    return [repr(obj)]


# --------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------
ch = random.choice
ri = random.randint
B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
AN = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def rs(n, alpha=B62):
    return "".join(ch(alpha) for _ in range(n))


def hexs(n):
    return "".join(ch("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(ch("0123456789") for _ in range(n))


def u4():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def luhn_cd(payload):
    tot = 0
    for i, c in enumerate(reversed(payload)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(num):
    return luhn_cd(num[:-1]) == num[-1]


def npi():
    base = "1" + digits(8)
    return base + luhn_cd("80840" + base)


def dea(last):
    d = [ri(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return ch("BFM") + last[0].upper() + "".join(map(str, d)) + str(c)


def imei():
    body = "35" + digits(12)
    return body + luhn_cd(body)


def pan():
    body = ch(["4", "4", "51", "53", "37"])
    ln = 15 if body == "37" else 16
    body += digits(ln - 1 - len(body))
    return body + luhn_cd(body)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    return (str(ri(1, 9)) + ch(MBI_A) + ch(an) + str(ri(0, 9)) + ch(MBI_A) + ch(an)
            + str(ri(0, 9)) + ch(MBI_A) + ch(MBI_A) + str(ri(0, 9)) + str(ri(0, 9)))


def ssn():
    a = ri(101, 899)
    while a == 666:
        a = ri(101, 899)
    return "%03d-%02d-%04d" % (a, ri(1, 99), ri(1, 9999))


def pub_ip():
    return "%d.%d.%d.%d" % (ch([24, 47, 50, 63, 66, 67, 68, 69, 71, 72, 73, 74, 75, 76, 97, 98,
                                 99, 107, 108, 136, 142, 162, 166, 173, 174, 184, 207, 208]),
                             ri(0, 255), ri(0, 255), ri(1, 254))


def pub_ip6():
    return "%s:%x:%x:%x:%x:%x:%x" % (ch(["2601:240", "2600:1700", "2603:6080", "2607:fb90"]),
                                       ri(0x1000, 0xffff), ri(0, 0xffff), ri(0x100, 0xffff),
                                       ri(0x100, 0xffff), ri(0x100, 0xffff), ri(0x100, 0xffff))


def priv_ip():
    k = ri(0, 2)
    if k == 0:
        return "10.%d.%d.%d" % (ri(0, 40), ri(0, 255), ri(2, 254))
    if k == 1:
        return "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(2, 254))
    return "192.168.%d.%d" % (ri(0, 20), ri(2, 254))


def ascii_fold(s):
    s = s.replace("Ł", "L").replace("ł", "l").replace("ø", "o").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return "".join(c if c.isalnum() else "-" for c in ascii_fold(s).lower()).strip("-").replace("--", "-")


# --------------------------------------------------------------------------
# world data
# --------------------------------------------------------------------------
CITIES = [  # city, state, zips, area codes, lat, lon, utc offset, tz
    ("Chicago", "IL", ["60614", "60618", "60625"], ["773", "312"], 41.92, -87.66, -6, "America/Chicago", "Central Standard Time"),
    ("Evanston", "IL", ["60201", "60202"], ["847"], 42.04, -87.69, -6, "America/Chicago", "Central Standard Time"),
    ("Houston", "TX", ["77004", "77006", "77019"], ["713", "832"], 29.73, -95.38, -6, "America/Chicago", "Central Standard Time"),
    ("San Antonio", "TX", ["78209", "78212"], ["210"], 29.49, -98.46, -6, "America/Chicago", "Central Standard Time"),
    ("Tacoma", "WA", ["98405", "98406"], ["253"], 47.25, -122.47, -8, "America/Los_Angeles", "Pacific Standard Time"),
    ("Phoenix", "AZ", ["85016", "85018"], ["602", "480"], 33.51, -112.03, -7, "America/Phoenix", "Mountain Standard Time"),
    ("Columbus", "OH", ["43215", "43206"], ["614"], 39.96, -83.00, -5, "America/New_York", "Eastern Standard Time"),
    ("Atlanta", "GA", ["30307", "30306"], ["404", "470"], 33.77, -84.34, -5, "America/New_York", "Eastern Standard Time"),
    ("Miami", "FL", ["33135", "33145"], ["305", "786"], 25.77, -80.24, -5, "America/New_York", "Eastern Standard Time"),
    ("Raleigh", "NC", ["27605", "27608"], ["919"], 35.79, -78.66, -5, "America/New_York", "Eastern Standard Time"),
    ("Minneapolis", "MN", ["55408", "55406"], ["612"], 44.95, -93.29, -6, "America/Chicago", "Central Standard Time"),
    ("Denver", "CO", ["80206", "80218"], ["303", "720"], 39.73, -104.95, -7, "America/Denver", "Mountain Standard Time"),
    ("Brooklyn", "NY", ["11215", "11238"], ["718", "347"], 40.67, -73.98, -5, "America/New_York", "Eastern Standard Time"),
    ("Sacramento", "CA", ["95818", "95819"], ["916"], 38.56, -121.49, -8, "America/Los_Angeles", "Pacific Standard Time"),
    ("Providence", "RI", ["02906", "02908"], ["401"], 41.84, -71.39, -5, "America/New_York", "Eastern Standard Time"),
    ("Newark", "NJ", ["07104", "07107"], ["973", "862"], 40.77, -74.17, -5, "America/New_York", "Eastern Standard Time"),
    ("Boise", "ID", ["83702", "83705"], ["208"], 43.62, -116.20, -7, "America/Boise", "Mountain Standard Time"),
    ("Honolulu", "HI", ["96816", "96822"], ["808"], 21.29, -157.80, -10, "Pacific/Honolulu", "Hawaii-Aleutian Standard Time"),
    ("Portland", "ME", ["04101", "04103"], ["207"], 43.66, -70.26, -5, "America/New_York", "Eastern Standard Time"),
    ("Louisville", "KY", ["40204", "40205"], ["502"], 38.24, -85.72, -5, "America/New_York", "Eastern Standard Time"),
]
STREETS = ["Larkspur", "Wolcott", "Magnolia", "Ridgeview", "Fullerton", "Cedar Bluff", "Alder",
           "Kessler", "Orchard Hill", "Juniper", "Sycamore", "Pinecrest", "Halsted", "Belmont",
           "Marigold", "Oakmont", "Delancey", "Wicker", "Linden", "Prairie", "Bayou", "Cortland",
           "Kimball", "Esperanza", "Quail Run", "Willow Creek", "Harbor View", "Mesa Verde"]
SUFFIX = ["St", "Ave", "Ln", "Dr", "Ct", "Blvd", "Way", "Rd", "Pl", "Ter"]

NAMES = [
    ("Adaeze", "Okonkwo", "F"), ("José Luis", "Muñoz", "M"), ("Lan", "Nguyễn", "F"),
    ("Priya", "Raghunathan", "F"), ("Łukasz", "Wójcik", "M"), ("Siobhán", "O'Doherty", "F"),
    ("Hamid", "Rezaei", "M"), ("Mei-Ling", "Chao", "F"), ("Kwame", "Asante", "M"),
    ("Ingrid", "Solberg", "F"), ("Dmitri", "Volkov", "M"), ("Fatima Zahra", "Benali", "F"),
    ("Tomás", "Ferreira", "M"), ("Aiko", "Tanabe", "F"), ("Rahul", "Deshpande", "M"),
    ("Gabriela", "Ionescu", "F"), ("Yusuf", "Demir", "M"), ("Eleanor", "Whitfield", "F"),
    ("Marcus", "Bellamy", "M"), ("Chidi", "Nwosu", "M"), ("Sunita", "Bhattarai", "F"),
    ("Björn", "Lindqvist", "M"), ("Camille", "Dufresne", "F"), ("Rosa", "Castellanos", "F"),
    ("Haruto", "Sakamoto", "M"), ("Zainab", "Al-Khouri", "F"), ("Gerald", "Pruitt", "M"),
    ("Dorothy", "Ashworth", "F"), ("Leilani", "Kahale", "F"), ("Teodoro", "Villanueva", "M"),
]
DEP_FIRST = ["Amara", "Mateo", "Bao", "Ishaan", "Zofia", "Ciarán", "Parvin", "Jun", "Esi", "Astrid",
             "Nadia", "Inês", "Ren", "Kavya", "Ioana", "Elif", "Theo", "Jaylen", "Obinna", "Anika"]
MAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me", "aol.com", "comcast.net"]

TODAY = dt.date(2024, 12, 6)


def age_on(dob):
    return TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))


def dl_for(state):
    if state == "IL":
        return "%s%s-%s-%s" % (ch("ABCDEFGHKLMNPRSTW"), digits(3), digits(4), digits(4))
    if state == "TX":
        return digits(8)
    if state == "CA":
        return ch("ABCDEFGHKLMNPRSTWY") + digits(7)
    if state == "WA":
        return "WDL" + rs(9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
    if state == "NY":
        return digits(9)
    if state == "FL":
        return "%s%s-%s-%s-%s" % (ch("ABDFGKMRSTW"), digits(3), digits(3), digits(2), digits(3))
    return ch("ABCDEFGHKLMNPRSTW") + digits(ri(7, 8))


def plate_for(state):
    if state == "CA":
        return str(ri(5, 9)) + rs(3, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(3)
    if state in ("TX", "IL", "GA", "NY"):
        return rs(3, "ABCDEFGHJKLMNPRSTVWXYZ") + "-" + digits(4)
    return rs(3, "ABCDEFGHJKLMNPRSTVWXYZ") + " " + digits(3)


def make_person(i):
    first, last, sex = NAMES[i]
    c = CITIES[i % len(CITIES)]
    city, state, zips, areas = c[0], c[1], c[2], c[3]
    if first == "Gerald":
        dob = dt.date(1931, 8, 2)
    elif first == "Dorothy":
        dob = dt.date(1933, 2, 11)
    else:
        dob = dt.date(ri(1946, 2003), ri(1, 12), ri(1, 28))
    area = ch(areas)
    if random.random() < 0.65:
        ph = area + "55501" + digits(2)
    else:
        ph = area + str(ri(2, 9)) + digits(2) + digits(4)
    af, al = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace("'", "").replace("-", "")
    style = ri(0, 4)
    local = [af + "." + al, af[0] + al + str(dob.year % 100), af + al + str(ri(1, 99)),
             af + "_" + al[:4], al + "." + af[0]][style]
    dom = ch(MAIL_DOMAINS)
    plat = "ios" if i % 2 == 0 else "android"
    p = dict(
        first=first, last=last, sex=sex, dob=dob, city=city, state=state, zip=ch(zips),
        street="%d %s %s" % (ri(12, 9890), ch(STREETS), ch(SUFFIX)),
        unit=ch([None, None, "Apt %d%s" % (ri(1, 9), ch("ABCD")), "Unit %d" % ri(101, 912)]),
        phone=ph, email=local + "@" + dom,
        lat=c[4] + random.uniform(-0.04, 0.04), lon=c[5] + random.uniform(-0.04, 0.04),
        off=c[6], tz=c[7], tzname=c[8],
        member="DW" + rs(8, AN), username=(af[:6] + al[:3] + str(ri(10, 99))),
        mrn="TH" + digits(8), ssn=ssn(), ip=pub_ip() if random.random() < 0.8 else pub_ip6(),
        plat=plat, adid=(u4().upper() if plat == "ios" else u4()), dl=dl_for(state),
        plate=plate_for(state), pan=pan(), rx=[str(ri(1000000, 9999999)) for _ in range(3)],
        uid=u4(), anon=u4(), cus="cus_" + rs(14), sub="sub_1Q" + rs(22), hsa="HSA" + digits(10),
        billacct="MO-" + digits(8), case="CS-2024-" + digits(6), imei=imei(),
        bp_serial=ch(["BP7350", "HEM7361T", "BPM1"]) + "-" + digits(9),
        mac=":".join("%02X" % ri(0, 255) for _ in range(6)),
        mbi=mbi() if dob.year < 1959 else None, fax=(area + "55501" + digits(2)) if dob.year < 1962 else None,
        ins_member=ch(["W", "XKP", "ZGH", "U"]) + digits(9),
        selfie=None,
    )
    p["age"] = age_on(dob)
    dep_dob = dt.date(ri(2008, 2021), ri(1, 12), ri(1, 28))
    if first == "Hamid":
        p["dep"] = dict(first="Parvin", last="Rezaei", dob=dt.date(1928, 5, 19), rel="PARENT")
    else:
        p["dep"] = dict(first=DEP_FIRST[i % len(DEP_FIRST)], last=last, dob=dep_dob,
                        rel=ch(["CHILD", "CHILD", "SPOUSE"]))
        if p["dep"]["rel"] == "SPOUSE":
            p["dep"]["dob"] = dt.date(ri(1950, 1998), ri(1, 12), ri(1, 28))
    p["dep"]["member"] = p["member"] + "-02"
    p["ec"] = dict(name=ch(DEP_FIRST) + " " + last, phone=area + "55501" + digits(2),
                   rel=ch(["daughter", "son", "spouse", "sister", "neighbor"]))
    return p


PEOPLE = [make_person(i) for i in range(len(NAMES))]
_W = [1.0 / (i + 1) ** 0.6 for i in range(len(PEOPLE))]
_ORDER = list(range(len(PEOPLE)))
random.shuffle(_ORDER)
CUR = [PEOPLE[_ORDER[0]]]


FK = [None]


def fk(n):
    v = FK[0]
    FK[0] = None
    return ri(0, n) if v is None else v


def per():
    return CUR[0]


def switch_person():
    CUR[0] = PEOPLE[random.choices(_ORDER, weights=_W)[0]]


# drugs: name, strength, form, ndc, qtys
DRUGS = [
    ("atorvastatin", "20 mg", "tablet", "00093-5057-98", [30, 90]),
    ("lisinopril", "10 mg", "tablet", "68180-0514-01", [30, 90]),
    ("metformin ER", "500 mg", "tablet", "00591-2411-60", [60, 180]),
    ("sertraline", "50 mg", "tablet", "16714-0612-04", [30, 90]),
    ("amlodipine", "5 mg", "tablet", "65862-0586-99", [30, 90]),
    ("levothyroxine", "75 mcg", "tablet", "00378-1807-01", [30, 90]),
    ("omeprazole", "20 mg", "capsule", "62175-0136-37", [30, 90]),
    ("Ozempic", "0.5 mg/dose", "pen", "00169-4132-12", [1]),
    ("albuterol HFA", "90 mcg", "inhaler", "66993-0019-68", [1, 2]),
    ("escitalopram", "10 mg", "tablet", "43547-0279-10", [30]),
    ("gabapentin", "300 mg", "capsule", "65862-0102-01", [90, 270]),
    ("losartan", "50 mg", "tablet", "00781-5701-10", [30, 90]),
    ("rosuvastatin", "10 mg", "tablet", "68462-0261-90", [30, 90]),
    ("montelukast", "10 mg", "tablet", "00093-7426-56", [30]),
    ("sildenafil", "20 mg", "tablet", "59762-0033-01", [30, 90]),
    ("finasteride", "1 mg", "tablet", "16714-0523-01", [30, 90]),
    ("bupropion XL", "150 mg", "tablet", "00591-3331-30", [30]),
    ("amoxicillin", "500 mg", "capsule", "65862-0017-05", [20, 21, 30]),
    ("tamsulosin", "0.4 mg", "capsule", "00228-2997-11", [30, 90]),
    ("valacyclovir", "1 g", "tablet", "16714-0376-01", [21, 30]),
]


def drug():
    return ch(DRUGS)


def ndc11(n):
    a, b, c = n.split("-")
    return a.zfill(5) + b.zfill(4) + c.zfill(2)


PH_CHAINS = ["Walgreens #%05d", "CVS Pharmacy #%05d", "Kroger Pharmacy #%03d", "H-E-B Pharmacy #%03d",
             "Walmart Pharmacy 10-%04d", "Costco Pharmacy #%04d", "Rite Aid #%05d", "Publix Pharmacy #%04d",
             "Safeway Pharmacy #%04d", "Hy-Vee Pharmacy #%04d", "Mark Drug", "Lakeview Apothecary"]


def make_pharm(i):
    c = CITIES[i % len(CITIES)]
    n = PH_CHAINS[i % len(PH_CHAINS)]
    name = n % ri(1, 9999) if "%" in n else n
    return dict(name=name, npi=npi(), ncpdp=digits(7), street="%d %s %s" % (ri(100, 9800), ch(STREETS), ch(["St", "Ave", "Blvd", "Rd"])),
                city=c[0], state=c[1], zip=ch(c[2]), phone=ch(c[3]) + "555" + ("01" + digits(2) if random.random() < 0.5 else digits(4)),
                fax=ch(c[3]) + "555" + "01" + digits(2),
                lat=round(c[4] + random.uniform(-0.05, 0.05), 6), lon=round(c[5] + random.uniform(-0.05, 0.05), 6),
                chain=name.split(" #")[0].split(" 10-")[0])


PHARMS = [make_pharm(i) for i in range(24)]


def pharm(p=None):
    if p is not None:
        same = [x for x in PHARMS if x["city"] == p["city"]]
        if same and random.random() < 0.8:
            return ch(same)
    return ch(PHARMS)


CLINICIANS = []
for fn_, ln_ in [("Hannelore", "Weiss"), ("Olusegun", "Bakare"), ("Meera", "Iyer"), ("Tobias", "Lindgren"),
                 ("Carmen", "Estrada"), ("Wen", "Zhao")]:
    CLINICIANS.append(dict(name="%s %s" % (fn_, ln_), npi=npi(), dea=dea(ln_),
                           email="%s.%s@dosewise-health.com" % (fn_[0].lower(), ln_.lower())))
PHARMACISTS = ["Renata Szabo, PharmD", "Daniel Achterberg, RPh", "Grace Mbatha, PharmD", "Victor Okafor, RPh"]
AGENTS = ["kfinnegan", "m.alvarez", "tpham", "j.oduya", "srinivasan.a", "lbrandt"]
SYS_EMAILS = ["noreply@dosewise.com", "refills@notify.dosewise.com", "pharmacy-ops@dosewise.com",
              "devops-bot@dosewise.com", "alerts@dosewise.com", "support@dosewise.com"]
BINS = [("610524", "DW", "DWRX01"), ("015995", "GDC", "DR33"), ("610020", "RXSAV", "RX4412"),
        ("004682", "CN", "CNRX2"), ("610194", "HT", "HTX01")]
COUPONS = ["SAVE20RX", "DWNEW5", "RXS-CPN-7H2K9", "WINTERFLU24", "DW-GLP-0421", "FREEDELIV", "REFILL10"]
EXPERIMENTS = ["exp_price_sort_v3", "EXP-2291", "ff.coupon_banner_v2", "exp_mailorder_upsell_q4",
               "exp-telehealth-cta-7", "EXP-2307"]
CAMPAIGNS = ["winter_refill_2024", "glp1_price_drop", "flu_season_q4", "mailorder_90day", "reactivation_60d",
             "telehealth_hairloss_launch"]
APP_VERS = ["7.14.2", "7.14.1", "7.13.0", "7.12.5"]

# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
T = [dt.datetime(2024, 12, 6, 5, 0, 3, 118000, tzinfo=dt.timezone.utc)]
EPOCH = dt.datetime(1970, 1, 1, tzinfo=dt.timezone.utc)


def tick():
    T[0] += dt.timedelta(microseconds=ri(20000, 7000000))


def now():
    return T[0]


def iso_ms(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_s(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def ep_ms(t=None):
    return ((t or now()) - EPOCH) // dt.timedelta(milliseconds=1)


def ep_s(t=None):
    return ((t or now()) - EPOCH) // dt.timedelta(seconds=1)


def py_ts(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def dev_local(p):
    return now() + dt.timedelta(hours=p["off"])


# date formatters
def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_ccyymmdd(d):
    return d.strftime("%Y%m%d")


def future_date(lo=1, hi=14):
    return TODAY + dt.timedelta(days=ri(lo, hi))


def past_date(lo=1, hi=40):
    return TODAY - dt.timedelta(days=ri(lo, hi))


def ph_fmt(d, style=None):
    style = ri(0, 5) if style is None else style
    return ["(%s) %s-%s" % (d[:3], d[3:6], d[6:]), "%s-%s-%s" % (d[:3], d[3:6], d[6:]), "+1" + d,
            d, "%s.%s.%s" % (d[:3], d[3:6], d[6:]), "+1 %s-%s-%s" % (d[:3], d[3:6], d[6:])][style]


def fullname(p):
    return p["first"] + " " + p["last"]


def street_line(p):
    return p["street"] + ((" " + p["unit"]) if p["unit"] else "")


def req_id():
    return u4()


def ray():
    return hexs(16)


def jid():
    return hexs(24)


def order_no():
    return "DW-ORD-%s-%s" % (now().strftime("%Y%m%d"), digits(5))


def ups():
    body = "1Z" + rs(6, "ABCDEFGHJKLMNPRSTVWXYZ0123456789") + "03" + digits(8)
    return body


def usps():
    return "9400" + digits(18)


def ua(p=None):
    if (p and p["plat"] == "ios") or (p is None and random.random() < 0.5):
        return "Dosewise/%s (iPhone; iOS %s; Scale/3.00)" % (ch(APP_VERS), ch(["17.6.1", "18.1.1", "18.2", "17.5"]))
    return "Dosewise/%s (Android %s; %s)" % (ch(APP_VERS), ch(["14", "13", "15"]), ch(["SM-S911U", "Pixel 8", "moto g 5G", "SM-A546U"]))


def coord(x, nd=None):
    nd = nd or ch([4, 5, 6])
    return ("%." + str(nd) + "f") % x


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
GW_HOSTS = ["gql-gateway-7c9d8b6f4-q2x8m", "gql-gateway-7c9d8b6f4-lk9tz", "gql-gateway-7c9d8b6f4-8vwbn"]


def fam_gql(phi):
    p = per()
    d = drug()
    ph = pharm(p)
    head = {"level": 30, "time": ep_ms(), "pid": 1, "hostname": ch(GW_HOSTS),
            "reqId": "req-" + rs(6, "0123456789abcdefghijklmnopqrstuvwxyz")}
    if not phi:
        k = ri(0, 6)
        if k == 0:
            rec = dict(head, operationName="DrugAutocomplete",
                       variables={"q": d[0][:ri(3, 6)], "limit": 8}, msg="graphql operation completed",
                       responseTime=ri(8, 60))
        elif k == 1:
            rec = dict(head, operationName="PharmacyDetails", variables={"npi": ph["npi"], "includeHours": True},
                       msg="graphql operation completed", responseTime=ri(20, 140))
        elif k == 2:
            rec = dict(head, operationName="SearchDrugPrices",
                       variables={"drug": d[0], "strength": d[1], "form": d[2], "quantity": ch(d[4]),
                                  "location": {"source": "IP_GEO"}, "sort": "PRICE", "experiment": ch(EXPERIMENTS)},
                       msg="graphql operation completed", responseTime=ri(90, 900))
        elif k == 3:
            rec = dict(head, level=40, operationName="ValidateCoupon", variables={"code": ch(COUPONS), "ndc": d[3]},
                       msg="coupon expired", err={"type": "GraphQLError", "extensions": {"code": "COUPON_EXPIRED"}})
        elif k == 4:
            return "apollo-router", J({"timestamp": now().strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z", "level": "WARN",
                                       "message": "subgraph request failed", "subgraph": ch(["pricing", "pharmacies", "telehealth", "accounts"]),
                                       "http.response.status_code": ch([502, 503, 504]), "target": "apollo_router::services::subgraph_service",
                                       "trace_id": hexs(32), "span_id": hexs(16)})
        elif k == 5:
            return "apollo-router", J({"timestamp": now().strftime("%Y-%m-%dT%H:%M:%S.%f") + "Z", "level": "INFO",
                                       "message": "reload complete", "schema_id": hexs(64)[:64], "target": "apollo_router::state_machine"})
        else:
            rec = dict(head, operationName="GetDrugInfo", variables={"ndc": ndc11(d[3])},
                       msg="persisted query not found", err={"extensions": {"code": "PERSISTED_QUERY_NOT_FOUND"}})
        return "gql-pino", J(rec)
    k = ri(0, 6)
    if k == 0:
        rec = dict(head, operationName="SearchDrugPrices",
                   variables={"drug": d[0], "strength": d[1], "quantity": ch(d[4]),
                              "location": {"zip": P(p["zip"], "zip"), "latitude": P(coord(p["lat"]), "address", raw=True),
                                           "longitude": P(coord(p["lon"]), "address", raw=True)}, "radiusMiles": ch([2, 5, 10]), "sort": "PRICE"},
                   msg="graphql operation completed", responseTime=ri(90, 900))
    elif k == 1:
        rec = dict(head, operationName="UpdateProfile",
                   variables={"input": {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
                                        "dateOfBirth": P(d_iso(p["dob"]), "date"), "phoneNumber": P(ph_fmt(p["phone"], 2), "phone")}},
                   msg="graphql operation completed", responseTime=ri(30, 200))
    elif k == 2:
        dp = p["dep"]
        rec = dict(head, operationName="AddFamilyMember",
                   variables={"input": {"firstName": P(dp["first"], "name"), "lastName": P(dp["last"], "name"),
                                        "dob": P(d_iso(dp["dob"]), "date"), "relationship": dp["rel"]}},
                   msg="graphql operation completed", responseTime=ri(30, 200))
    elif k == 3:
        b = ch(BINS)
        rec = dict(head, operationName="GetCouponCard",
                   variables={"pharmacyNpi": ph["npi"], "ndc": d[3], "quantity": ch(d[4]), "memberId": P(p["member"], "health_plan"),
                              "bin": b[0], "pcn": b[1], "group": b[2]},
                   msg="graphql operation completed", responseTime=ri(30, 200))
    elif k == 4:
        rec = dict(head, level=50, operationName="RequestRefill",
                   variables={"rxNumber": P(ch(p["rx"]), "other_id"), "pharmacyNcpdp": ph["ncpdp"], "deliveryMethod": ch(["MAIL", "PICKUP"])},
                   msg="downstream error", err={"type": "FetchError", "message": "request to http://mailorder.svc.cluster.local:8080/refills failed, reason: socket hang up"})
    elif k == 5:
        rec = dict(head, operationName="ScheduleVisit",
                   variables={"input": {"visitType": ch(["UTI", "HAIR_LOSS", "ED", "BIRTH_CONTROL", "ACNE"]),
                                        "preferredDate": P(d_iso(future_date()), "date"), "state": p["state"],
                                        "patientEmail": P(p["email"], "email")}},
                   msg="graphql operation completed", responseTime=ri(60, 400))
    else:
        rec = dict(head, operationName="SignIn", variables={"email": P(p["email"], "email"), "password": "[REDACTED]"},
                   msg="graphql operation completed", responseTime=ri(60, 300))
    return "gql-pino", J(rec)


RAILS_PIDS = [12, 15, 18, 21]


def rails_pref(lvl="INFO"):
    t = now()
    return "%s, [%s #%d] %5s -- : [%s] " % (lvl[0], t.strftime("%Y-%m-%dT%H:%M:%S.%f"), ch(RAILS_PIDS), lvl, req_id())


def fam_rails(phi):
    p = per()
    ph = pharm(p)
    d = drug()
    stamp = now().strftime("%Y-%m-%d %H:%M:%S +0000")
    if not phi:
        k = ri(0, 8)
        if k == 0:
            return "rails", [rails_pref(), 'Started GET "/api/v1/pharmacies/%s/hours" for %s at %s' % (ph["npi"], priv_ip(), stamp)]
        if k == 1:
            return "rails", [rails_pref(), "Processing by %s as JSON" % ch(["Api::V1::PharmaciesController#hours", "Api::V2::PricesController#index",
                                                                            "Api::V1::MailOrder::EnrollmentsController#create", "Api::V1::PickupsController#checkin"])]
        if k == 2:
            return "rails", [rails_pref(), "Completed %s in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (
                ch(["200 OK", "201 Created", "422 Unprocessable Entity", "304 Not Modified"]), ri(8, 900), random.uniform(0.2, 30), random.uniform(0.5, 80), ri(900, 90000))]
        if k == 3:
            return "rails", [rails_pref("DEBUG"), '  Pharmacy Load (%.1fms)  SELECT "pharmacies".* FROM "pharmacies" WHERE "pharmacies"."ncpdp_id" = $1 LIMIT $2  [["ncpdp_id", "%s"], ["LIMIT", 1]]' % (random.uniform(0.3, 4), ph["ncpdp"])]
        if k == 4:
            return "rails", [rails_pref(), "[ActiveJob] Enqueued %s (Job ID: %s) to Sidekiq(%s) with arguments: %d" % (
                ch(["RefillReminderJob", "ClaimReversalJob", "PriceAlertJob"]), u4(), ch(["default", "claims", "mailers"]), ri(10000, 999999))]
        if k == 5:
            return "rails", [rails_pref(), 'Started GET "/api/v2/drugs/%s/prices?quantity=%d&pharmacy_id=%s&coupon=%s" for %s at %s' % (
                ndc11(d[3]), ch(d[4]), ph["ncpdp"], ch(COUPONS), priv_ip(), stamp)]
        if k == 6:
            return "rails", [rails_pref("WARN"), "Rack::Attack throttled /api/v1/sessions discriminator=%s matched=logins/ip period=60 limit=10" % priv_ip()]
        if k == 7:
            return "rails", [rails_pref(), "Delivered mail %s_%d@web-%d.mail (%.1fms)" % (hexs(12), ri(1000, 99999), ri(1, 9), random.uniform(40, 900))]
        return "rails", [rails_pref(), '  Parameters: {"order_id"=>"%s", "carrier"=>"UPS", "tracking_number"=>"%s", "pharmacy_npi"=>"%s"}' % (order_no(), ups(), ph["npi"])]
    k = fk(8)
    if k == 0:
        return "rails", [rails_pref(), 'Started POST "/api/v1/mail_order/enrollments" for ', P(p["ip"], "ip"), " at " + stamp]
    if k == 1:
        params = {"enrollment": {"first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"),
                                 "date_of_birth": P(d_iso(p["dob"]), "date"), "phone": P(ph_fmt(p["phone"], 0), "phone"),
                                 "shipping_address": {"line1": P(p["street"], "address"),
                                                      "line2": P(p["unit"], "address") if p["unit"] else "",
                                                      "city": P(p["city"], "address"), "state": p["state"], "zip": P(p["zip"], "zip")},
                                 "ssn": "[FILTERED]", "card_token": "[FILTERED]", "plan": "90_day_supply"}}
        return "rails", [rails_pref(), "  Parameters: ", R(params)]
    if k == 2:
        params = {"pickup": {"order_id": order_no(), "pharmacy_ncpdp": ph["ncpdp"],
                             "vehicle": {"make": ch(["Toyota", "Honda", "Subaru", "Ford", "Hyundai"]), "color": ch(["silver", "blue", "white", "red"]),
                                         "plate": P(p["plate"], "vehicle")}, "eta_minutes": ri(2, 15)}}
        return "rails", [rails_pref(), "  Parameters: ", R(params)]
    if k == 3:
        return "rails", [rails_pref("DEBUG"), '  User Load (%.1fms)  SELECT "users".* FROM "users" WHERE "users"."email" = $1 LIMIT $2  [["email", "' % random.uniform(0.4, 3),
                         P(p["email"], "email"), '"], ["LIMIT", 1]]']
    if k == 4:
        params = {"identity": {"ssn": P(p["ssn"], "ssn"), "dob": P(d_us(p["dob"]), "date"), "consent": "1"}, "locale": "en"}
        return "rails", [rails_pref(), "  Parameters: ", R(params)]
    if k == 5:
        return "rails", [rails_pref(), "Sent mail to ", P(p["email"], "email"), " (%.1fms)" % random.uniform(20, 600)]
    if k == 6:
        if not p["fax"]:
            p = ch([x for x in PEOPLE if x["fax"]])
            ph = pharm(p)
        prof = {"profile": {"home_phone": P(ph_fmt(p["phone"], 1), "phone")}}
        if p["fax"]:
            prof["profile"]["home_fax"] = P(ph_fmt(p["fax"], 1), "fax")
        prof["profile"]["preferred_pharmacy_fax"] = ph_fmt(ph["fax"], 1)
        prof["profile"]["billing_account"] = P(p["billacct"], "account")
        return "rails", [rails_pref(), "  Parameters: ", R(prof)]
    if k == 7:
        return "rails", [rails_pref("WARN"), "PickupCheckin: plate ", P(p["plate"], "vehicle"), " not matched to order %s at ncpdp=%s; notifying %s" % (order_no(), ph["ncpdp"], ch(PHARMACISTS))]
    dp = p["dep"]
    return "rails", [rails_pref(), "FamilyPlan: added dependent ", P(dp["first"] + " " + dp["last"], "name"), " dob=", P(d_iso(dp["dob"]), "date"),
                     " member_id=", P(dp["member"], "health_plan"), " bin=%s pcn=%s group=%s" % BINS[0]]


SQ_CLASSES = ["RefillReminderJob", "ClaimReversalJob", "PriceFeedImportJob", "CouponExpiryJob", "PharmacyDirectorySyncJob",
              "ShipmentLabelJob", "BrazeUserSyncJob", "StripeWebhookJob", "SupportCaseSyncJob"]


def sq_pref(cls, lvl="INFO", elapsed=None):
    tid = rs(4, "0123456789abcdefghijklmnopqrstuvwxyz")
    s = "%s pid=%d tid=%s class=%s jid=%s " % (iso_ms(), ch([7, 8, 9]), tid, cls, jid())
    if elapsed is not None:
        s += "elapsed=%.3f " % elapsed
    return s + lvl + ": "


def fam_sidekiq(phi):
    p = per()
    ph = pharm(p)
    d = drug()
    if not phi:
        k = ri(0, 6)
        cls = ch(SQ_CLASSES)
        if k == 0:
            return "sidekiq", [sq_pref(cls), "start"]
        if k == 1:
            return "sidekiq", [sq_pref(cls, elapsed=random.uniform(0.01, 14)), "done"]
        if k == 2:
            return "sidekiq", ["%s pid=%d tid=%s INFO: Sidekiq 7.2.4 connecting to Redis with options {:size=>10, :pool_name=>\"internal\", :url=>\"redis://redis-jobs.internal:6379/0\"}" % (iso_ms(), ch([7, 8, 9]), rs(4, "0123456789abcdefghijklmnopqrstuvwxyz"))]
        if k == 3:
            return "sidekiq", [sq_pref("PriceFeedImportJob"), "imported chain=%s rows=%d mac_list=DWMAC%s skipped=%d" % (ph["chain"], ri(20000, 400000), now().strftime("%y%m"), ri(0, 90))]
        if k == 4:
            return "sidekiq", [sq_pref("ClaimReversalJob", "WARN"), "Net::ReadTimeout: Net::ReadTimeout with #<TCPSocket:(closed)> (claims-switch.internal:7443) retry_count=%d" % ri(0, 5)]
        if k == 5:
            return "sidekiq", [sq_pref("ShipmentLabelJob"), "label purchased order=%s carrier=%s tracking=%s weight_oz=%.1f" % (order_no(), "USPS", usps(), random.uniform(2, 12))]
        job = {"retry": True, "queue": "default", "class": "CouponExpiryJob", "args": [ch(COUPONS), ri(100, 9999)], "jid": jid(),
               "created_at": round(ep_ms() / 1000 - 30, 3), "enqueued_at": round(ep_ms() / 1000, 3)}
        return "sidekiq", [sq_pref("CouponExpiryJob", "WARN"), J({"context": "Job raised exception", "job": job})]
    k = ri(0, 6)
    if k == 0:
        job = {"retry": True, "queue": "mailers", "wrapped": "ActionMailer::MailDeliveryJob", "class": "ActiveJob::QueueAdapters::SidekiqAdapter::JobWrapper",
               "args": [{"job_class": "ActionMailer::MailDeliveryJob", "job_id": u4(), "queue_name": "mailers",
                         "arguments": ["RefillMailer", "due_soon", "deliver_now", {"args": [{"to": P(p["email"], "email"), "drug": d[0], "_aj_symbol_keys": []}], "_aj_ruby2_keywords": ["args"]}]}],
               "jid": jid(), "error_class": "Net::SMTPServerBusy", "error_message": "421 4.7.0 Try again later", "retry_count": ri(0, 4)}
        return "sidekiq", [sq_pref("ActiveJob::QueueAdapters::SidekiqAdapter::JobWrapper", "WARN"), J({"context": "Job raised exception", "job": job})]
    if k == 1:
        return "sidekiq", [sq_pref("RefillReminderJob", "WARN"), "Twilio::REST::RestError: [HTTP 400] 21211 : Unable to create record: The 'To' number ",
                           P("+1" + p["phone"], "phone"), " is not a valid phone number. https://www.twilio.com/docs/errors/21211"]
    if k == 2:
        b = ch(BINS)
        job = {"retry": 5, "queue": "claims", "class": "ClaimReversalJob",
               "args": [{"claim_id": "CLM" + digits(12), "bin": b[0], "pcn": b[1], "group": b[2], "cardholder_id": P(p["member"], "health_plan"),
                         "rx_number": P(ch(p["rx"]), "other_id"), "date_of_service": P(d_iso(past_date(0, 10)), "date"), "pharmacy_npi": ph["npi"], "reason": "patient_not_picked_up"}],
               "jid": jid(), "created_at": round(ep_ms() / 1000 - 120, 3)}
        return "sidekiq", [sq_pref("ClaimReversalJob", "WARN"), J({"context": "Job raised exception", "job": job})]
    if k == 3:
        return "sidekiq", [sq_pref("ShipmentLabelJob"), "label purchased order=%s tracking=%s ship_to=\"" % (order_no(), ups()),
                           P(fullname(p), "name"), ", ", P(street_line(p), "address"), ", ", P(p["city"], "address"), ", %s " % p["state"], P(p["zip"], "zip"), '"']
    if k == 4:
        job = {"retry": 3, "queue": "payments", "class": "LegacyMailOrderChargeJob",
               "args": [{"order_id": order_no(), "card_number": P(p["pan"], "account"), "exp": "%02d/%02d" % (ri(1, 12), ri(25, 30)), "amount_cents": ri(900, 12000)}],
               "jid": jid(), "error_class": "Stripe::CardError", "error_message": "Your card was declined."}
        return "sidekiq", [sq_pref("LegacyMailOrderChargeJob", "WARN"), J({"context": "Job raised exception", "job": job})]
    if k == 5:
        return "sidekiq", [sq_pref("SupportCaseSyncJob"), "synced case=", P(p["case"], "other_id"), " requester=", P(p["email"], "email"),
                           " assignee=%s status=open" % ch(AGENTS)]
    if random.random() < 0.3:
        q = ch([x for x in PEOPLE if x["age"] > 89] + [PEOPLE[6]])
        if q is PEOPLE[6]:
            who, age = q["dep"]["first"] + " " + q["dep"]["last"], age_on(q["dep"]["dob"])
        else:
            who, age = fullname(q), q["age"]
        return "sidekiq", [sq_pref("SeniorPricingJob"), "applied senior tier member=", P(who, "name"), " age=", P(age, "age"), " tier=65plus coupon=%s" % ch(COUPONS)]
    return "sidekiq", [sq_pref("BrazeUserSyncJob"), "pushed attributes external_id=%s home_city=" % p["uid"], P(p["city"], "address"),
                       " dob=", P(d_iso(p["dob"]), "date"), " attrs=14"]


def logcat_pref(p, lvl, tag):
    t = dev_local(p)
    return "%s %s.%03d %5d %5d %s %-8s: " % (t.strftime("%m-%d"), t.strftime("%H:%M:%S"), t.microsecond // 1000,
                                          ri(3000, 31000), ri(3000, 31000), lvl, tag)


def fam_android(phi):
    p = per()
    if p["plat"] != "android":
        cands = [x for x in PEOPLE if x["plat"] == "android"]
        p = ch(cands)
    d = drug()
    ph = pharm(p)
    if not phi:
        k = ri(0, 8)
        if k == 0:
            return "logcat", [logcat_pref(p, "D", "OkHttp"), "--> POST https://api.dosewise.com/graphql (%d-byte body)" % ri(200, 1800)]
        if k == 1:
            return "logcat", [logcat_pref(p, "D", "OkHttp"), "<-- 200 https://api.dosewise.com/graphql (%dms, %d-byte body)" % (ri(40, 1200), ri(300, 40000))]
        if k == 2:
            return "logcat", [logcat_pref(p, "I", "Choreographer"), "Skipped %d frames!  The application may be doing too much work on its main thread." % ri(31, 120)]
        if k == 3:
            return "logcat", [logcat_pref(p, "D", "PriceListAdapter"), "bind %d rows ndc=%s best=%s $%.2f coupon=%s" % (ri(5, 30), d[3], ph["npi"], random.uniform(3, 80), ch(COUPONS))]
        if k == 4:
            return "logcat", [logcat_pref(p, "I", "ExperimentManager"), "assigned %s variant=%s sticky=true" % (ch(EXPERIMENTS), ch("ABC"))]
        if k == 5:
            return "logcat", [logcat_pref(p, "I", "ActivityManager"), "Displayed com.dosewise.app/.ui.%s: +%dms" % (ch(["MainActivity", "PriceDetailActivity", "CouponCardActivity"]), ri(200, 1500))]
        if k == 6:
            return "logcat", [logcat_pref(p, "I", "BranchSDK"), "Branch SDK v5.12.2 initialized, session_id=%s link_click_id=%s" % (digits(18), digits(18))]
        if k == 7:
            return "logcat", [logcat_pref(p, "W", "PharmacyMapFragment"), "pharmacy %s (%s) lat=%s lng=%s phone=%s" % (ph["name"], ph["ncpdp"], ph["lat"], ph["lon"], ph_fmt(ph["phone"], 0))]
        return "logcat", [logcat_pref(p, "D", "AdsIdProvider"), "limitAdTracking=true adId=00000000-0000-0000-0000-000000000000"]
    k = ri(0, 6)
    if k == 0:
        return "logcat", [logcat_pref(p, "D", "ProfileRepository"), "cache write UserProfile(id=%s, firstName=" % p["uid"], P(p["first"], "name"), ", lastName=", P(p["last"], "name"),
                          ", dateOfBirth=", P(d_iso(p["dob"]), "date"), ", phone=", P("+1" + p["phone"], "phone"), ", email=", P(p["email"], "email"),
                          ", zip=", P(p["zip"], "zip"), ", memberId=", P(p["member"], "health_plan"), ")"]
    if k == 1:
        return "logcat", [logcat_pref(p, "D", "AdsIdProvider"), "limitAdTracking=false adId=", P(p["adid"], "device")]
    if k == 2:
        return "logcat", [logcat_pref(p, "D", "LocationHelper"), "fused fix lat=", P(coord(p["lat"], 6), "address"), " lng=", P(coord(p["lon"], 6), "address"),
                          " acc=%.1fm age=%dms" % (random.uniform(3, 40), ri(100, 90000))]
    if k == 3:
        body = {"operationName": "UpdateProfile", "variables": {"input": {"firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
                                                                          "email": P(p["email"], "email")}}, "extensions": {"persistedQuery": {"version": 1, "sha256Hash": hexs(64)}}}
        return "logcat", [logcat_pref(p, "D", "OkHttp"), J(body)]
    if k == 4:
        b = ch(BINS)
        return "logcat", [logcat_pref(p, "E", "CouponCardFragment"), "render failed bin=%s pcn=%s grp=%s memberId=" % b, P(p["member"], "health_plan"),
                          " java.lang.IllegalStateException: Fragment not attached to a context."]
    if k == 5:
        return "logcat", [logcat_pref(p, "D", "DeviceInfo"), "sdk=26 model=SM-J737T imei=", P(p["imei"], "device"), " carrier=T-Mobile"]
    if random.random() < 0.35:
        url = "https://dosewise.com/u/%s/savings-card" % p["username"]
        return "logcat", [logcat_pref(p, "I", "ShareCardHelper"), "share intent url=", P(url, "url"), " via=%s" % ch(["sms", "whatsapp", "copy"])]
    return "logcat", [logcat_pref(p, "I", "BleCuffManager"), "connected Omron %s mac=" % p["bp_serial"].split("-")[0], P(p["mac"], "device"), " serial=", P(p["bp_serial"], "device"), " rssi=-%d" % ri(40, 90)]


def ios_pref(p, cat):
    t = dev_local(p)
    off = p["off"]
    return "%s.%06d%s%02d00 Dosewise[%d:%d] [%s] " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond, "-" if off < 0 else "+", abs(off),
                                                       ri(400, 9000), ri(10000, 990000), cat)


def fam_ios(phi):
    p = per()
    if p["plat"] != "ios":
        p = ch([x for x in PEOPLE if x["plat"] == "ios"])
    d = drug()
    ph = pharm(p)
    if not phi:
        k = ri(0, 7)
        if k == 0:
            return "ios-nslog", [ios_pref(p, "Network"), "Task <%s>.<%d> finished with error [-1001] Error Domain=NSURLErrorDomain Code=-1001 \"The request timed out.\"" % (u4().upper(), ri(1, 40))]
        if k == 1:
            return "ios-nslog", [ios_pref(p, "PriceSearch"), "loaded %d results for %s %s x%d in %.2fs (cache=%s)" % (ri(3, 30), d[0], d[1], ch(d[4]), random.uniform(0.1, 3), ch(["hit", "miss"]))]
        if k == 2:
            return "ios-nslog", [ios_pref(p, "Experiments"), "%s bucket=%s" % (ch(EXPERIMENTS), ch(["control", "treatment"]))]
        if k == 3:
            return "ios-nslog", [ios_pref(p, "ATT"), "trackingAuthorizationStatus=denied idfa=00000000-0000-0000-0000-000000000000"]
        if k == 4:
            return "ios-nslog", [ios_pref(p, "Analytics"), "flushed %d events to api.segment.io (batch %s)" % (ri(2, 40), u4())]
        if k == 5:
            return "ios-nslog", [ios_pref(p, "CoreData"), "migrated store DosewiseModel v%d -> v%d in %dms" % (13, 14, ri(20, 800))]
        if k == 6:
            return "ios-nslog", [ios_pref(p, "Pharmacy"), "selected %s npi=%s ncpdp=%s %s, %s %s %s" % (ph["name"], ph["npi"], ph["ncpdp"], ph["street"], ph["city"], ph["state"], ph["zip"])]
        return "ios-nslog", [ios_pref(p, "Push"), "didRegisterForRemoteNotifications environment=production topic=com.dosewise.app"]
    k = fk(6)
    if k == 0:
        return "ios-nslog", [ios_pref(p, "Ads"), "ATT authorized advertisingIdentifier=", P(p["adid"], "device")]
    if k == 1:
        lt = dev_local(p)
        return "ios-nslog", [ios_pref(p, "Location"), "didUpdateLocations: <", P("%+.8f" % p["lat"], "address"), ",", P("%+.8f" % p["lon"], "address"),
                             "> +/- %.2fm (speed -1.00 mps / course -1.00) @ %d/%d/%s, %d:%s %s %s" % (
                                 random.uniform(4, 65), lt.month, lt.day, lt.strftime("%y"), (lt.hour % 12) or 12, lt.strftime("%M:%S"), "AM" if lt.hour < 12 else "PM", p["tzname"])]
    if k == 2:
        return "ios-nslog", [ios_pref(p, "Profile"), 'saved Patient(firstName: "', P(p["first"], "name"), '", lastName: "', P(p["last"], "name"),
                             '", dateOfBirth: ', P(d_iso(p["dob"]), "date"), ' 00:00:00 +0000, memberID: Optional("', P(p["member"], "health_plan"), '"))']
    if k == 3:
        return "ios-nslog", [ios_pref(p, "Auth"), "Sign in with Apple succeeded user=%s.%s.%s email=" % (digits(6), hexs(32), digits(4)),
                             P(ch([p["email"], rs(10, "abcdefghijklmnopqrstuvwxyz0123456789") + "@privaterelay.appleid.com"]), "email")]
    if k == 4:
        return "ios-nslog", [ios_pref(p, "Telehealth"), "visit booked vis_%s for " % rs(20), P(d_us(future_date()), "date"), " %d:%s %s with %s" % (ri(8, 11), ch(["00", "15", "30", "45"]), "AM", "Dr. " + ch(CLINICIANS)["name"])]
    if k == 5:
        url = "https://dosewise.app.link/invite/%s-%s" % (slug(p["first"]), slug(p["last"])) + "-" + digits(4)
        return "ios-nslog", [ios_pref(p, "DeepLink"), "continueUserActivity url=", P(url, "url"), " campaign=referral"]
    if random.random() < 0.4:
        return "ios-nslog", [ios_pref(p, "Auth"), "password login ok username=", P(p["username"], "other_id"), " mfa=%s session=%s" % (ch(["sms", "totp", "none"]), hexs(16))]
    return "ios-nslog", [ios_pref(p, "Refill"), "requested refill rx#", P(ch(p["rx"]), "other_id"), " at %s (ncpdp %s) qty=%d" % (ph["name"], ph["ncpdp"], ch(d[4]))]


def fam_branch(phi):
    p = per()
    d = drug()
    if not phi:
        k = ri(0, 2)
        if k == 0:
            body = {"branch_key": "key_live_" + rs(32), "channel": ch(["sms", "push", "email"]), "feature": "marketing", "campaign": ch(CAMPAIGNS),
                    "data": {"$deeplink_path": "drug/%s" % slug(d[0] + " " + d[1]), "coupon": ch(COUPONS), "$og_title": "Save on %s" % d[0]}}
            return "branch-api", ["%s [BranchLinkService] POST https://api2.branch.io/v1/url status=200 body=" % iso_ms(), J(body)]
        if k == 1:
            ev = {"name": "CLICK", "id": digits(18), "timestamp": ep_ms(), "origin": "BRANCH",
                  "last_attributed_touch_data": {"~feature": "marketing", "~campaign": ch(CAMPAIGNS), "~channel": ch(["google", "facebook", "sms"]), "~id": digits(18)},
                  "event_data": {"exit_url": "https://dosewise.com/drugs/%s" % slug(d[0])}}
            return "branch-webhook", J(ev)
        return "branch-api", ["%s [BranchLinkService] link created https://dosewise.app.link/%s campaign=%s experiment=%s" % (iso_ms(), rs(11), ch(CAMPAIGNS), ch(EXPERIMENTS))]
    k = fk(2)
    ud = {"os": p["plat"].upper(), "os_version": ch(["17.6.1", "18.1.1"]) if p["plat"] == "ios" else ch(["14", "13"]),
          "environment": "FULL_APP", "platform": "IOS_APP" if p["plat"] == "ios" else "ANDROID_APP"}
    ud["idfa" if p["plat"] == "ios" else "aaid"] = P(p["adid"], "device")
    ud["limit_ad_tracking"] = False
    ud["ip"] = P(p["ip"], "ip")
    ud["user_agent"] = ua(p)
    ud["developer_identity"] = p["uid"]
    if k == 0:
        ev = {"name": ch(["INSTALL", "OPEN", "REINSTALL"]), "id": digits(18), "timestamp": ep_ms(), "origin": "BRANCH", "attributed": True,
              "last_attributed_touch_type": "CLICK",
              "last_attributed_touch_data": {"~feature": "marketing", "~campaign": ch(CAMPAIGNS), "~channel": ch(["google", "sms", "email"]), "~id": digits(18)},
              "user_data": ud}
        return "branch-webhook", J(ev)
    if k == 1:
        url = "https://dosewise.com/invite/%s-%s" % (slug(p["first"]), slug(p["last"]))
        body = {"branch_key": "key_live_" + rs(32), "channel": "referral", "feature": "invite", "campaign": "member_get_member",
                "data": {"$canonical_url": P(url, "url"), "referrer_name": P(p["first"], "name"), "referral_code": rs(6, AN)}}
        return "branch-api", ["%s [BranchLinkService] POST https://api2.branch.io/v1/url status=200 body=" % iso_ms(), J(body)]
    ev = {"name": "PURCHASE", "id": digits(18), "timestamp": ep_ms(), "origin": "BRANCH",
          "event_data": {"revenue": round(random.uniform(5, 90), 2), "currency": "USD", "transaction_id": order_no(), "description": "mail_order_refill"},
          "user_data": ud}
    return "branch-webhook", J(ev)


def fam_braze(phi):
    p = per()
    d = drug()
    if not phi:
        k = ri(0, 3)
        if k == 0:
            return "braze-api", ["%s level=info svc=braze-sync msg=\"canvas step sent\" canvas=\"Refill reminders\" step=\"Day %d push\" canvas_id=%s sent=%d bounced=%d" % (
                iso_ms(), ch([21, 25, 28]), u4(), ri(1000, 40000), ri(0, 60))]
        if k == 1:
            ev = {"id": u4(), "user_id": hexs(24), "external_user_id": p["uid"], "time": ep_s(), "timezone": p["tz"], "app_id": u4(),
                  "campaign_id": u4(), "campaign_name": ch(["Price drop alert", "Refill due - 25 day", "Flu shot reminder"]),
                  "message_variation_id": u4(), "platform": p["plat"], "send_id": hexs(24), "dispatch_id": hexs(32)}
            return "braze-currents", J(ev)
        if k == 2:
            body = {"external_id": p["uid"], "name": "refill_due", "time": iso_s(), "properties": {"drug": d[0], "days_supply": ch([30, 90]), "coupon": ch(COUPONS)}}
            return "braze-api", ["%s [BrazeClient] POST https://rest.iad-03.braze.com/users/track events=" % iso_ms(), J([body]), " status=201"]
        return "braze-api", ["%s [BrazeClient] rate limited POST /messages/send retry_after=%ds api_key=[FILTERED]" % (iso_ms(), ri(1, 30))]
    k = ri(0, 2)
    if k == 0:
        attrs = {"external_id": p["uid"], "email": P(p["email"], "email"), "phone": P("+1" + p["phone"], "phone"),
                 "first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"), "dob": P(d_iso(p["dob"]), "date"),
                 "home_city": P(p["city"], "address"), "country": "US", "preferred_pharmacy_npi": pharm(p)["npi"], "rx_saved_count": ri(1, 9),
                 "experiment": ch(EXPERIMENTS)}
        return "braze-api", ["%s [BrazeClient] POST https://rest.iad-03.braze.com/users/track attributes=" % iso_ms(), J([attrs]), " status=201"]
    if k == 1:
        ev = {"id": u4(), "user_id": hexs(24), "external_user_id": p["uid"], "time": ep_s(), "timezone": p["tz"], "app_id": u4(),
              "campaign_id": u4(), "campaign_name": ch(["Refill due - 25 day", "Price drop alert"]), "platform": p["plat"],
              "os_version": "iOS 17.6.1" if p["plat"] == "ios" else "Android 14", "send_id": hexs(24),
              "ad_id": P(p["adid"], "device"), "ad_id_type": "ios_idfa" if p["plat"] == "ios" else "google_ad_id", "ad_tracking_enabled": True}
        return "braze-currents", J(ev)
    return "braze-api", ["%s [BrazeClient] POST /messages/send campaign=%s recipients=[{\"external_user_id\":\"%s\",\"trigger_properties\":{\"first_name\":\"" % (iso_ms(), ch(CAMPAIGNS), p["uid"]),
                         P(p["first"], "name"), "\",\"drug\":\"%s\",\"pickup_by\":\"" % d[0], P(d_iso(future_date(1, 5)), "date"), "\"}}] status=201"]


def fam_segment(phi):
    p = per()
    d = drug()
    ph = pharm(p)
    if not phi:
        props = {"drug": d[0], "strength": d[1], "ndc": d[3], "quantity": ch(d[4]), "pharmacy_npi": ph["npi"], "pharmacy_chain": ph["chain"],
                 "price": round(random.uniform(3, 120), 2), "coupon_code": ch(COUPONS), "experiment_id": ch(EXPERIMENTS)}
        msg = {"type": "track", "event": ch(["Coupon Viewed", "Pharmacy Selected", "Price Compared"]), "userId": p["uid"], "properties": props,
               "context": {"library": {"name": "analytics-ruby", "version": "2.4.0"}}, "messageId": u4(), "timestamp": iso_ms()}
        if random.random() < 0.4:
            msg = {"type": "track", "event": "Experiment Viewed", "anonymousId": p["anon"],
                   "properties": {"experiment_id": ch(EXPERIMENTS), "variation": ch(["A", "B"])},
                   "context": {"library": {"name": "analytics-kotlin", "version": "1.16.3"}, "app": {"version": ch(APP_VERS)}}, "messageId": u4(), "timestamp": iso_ms()}
        return "segment", J(msg)
    k = ri(0, 2)
    dev = {"manufacturer": "Apple" if p["plat"] == "ios" else "samsung", "model": "iPhone15,2" if p["plat"] == "ios" else "SM-S911U",
           "type": p["plat"], "adTrackingEnabled": True, "advertisingId": P(p["adid"], "device")}
    ctx = {"app": {"name": "Dosewise", "version": ch(APP_VERS), "build": str(ri(4000, 4999))}, "device": dev,
           "ip": P(p["ip"], "ip"), "library": {"name": "analytics-swift" if p["plat"] == "ios" else "analytics-kotlin", "version": "1.5.11"},
           "locale": "en-US", "timezone": p["tz"]}
    if k == 0:
        msg = {"anonymousId": p["anon"], "context": ctx, "event": "Price Searched", "messageId": u4(),
               "properties": {"drug": d[0], "quantity": ch(d[4]), "zip": P(p["zip"], "zip"), "results": ri(3, 30)},
               "timestamp": iso_ms(), "type": "track", "userId": p["uid"]}
    elif k == 1:
        msg = {"anonymousId": p["anon"], "context": ctx, "event": "Refill Requested", "messageId": u4(),
               "properties": {"rx_number": P(ch(p["rx"]), "other_id"), "delivery": "mail", "order_id": order_no()},
               "timestamp": iso_ms(), "type": "track", "userId": p["uid"]}
    else:
        msg = {"type": "identify", "userId": p["uid"], "traits": {"email": P(p["email"], "email"), "firstName": P(p["first"], "name"),
                                                                   "lastName": P(p["last"], "name"), "phone": P(ph_fmt(p["phone"], 1), "phone"),
                                                                   "address": {"city": P(p["city"], "address"), "state": p["state"], "postalCode": P(p["zip"], "zip")},
                                                                   "age": P(p["age"], "age") if p["age"] > 89 else p["age"], "plan": ch(["free", "gold"])},
               "context": {"library": {"name": "analytics-ruby", "version": "2.4.0"}}, "messageId": u4(), "timestamp": iso_ms()}
    return "segment", J(msg)


def fam_price(phi):
    p = per()
    d = drug()
    ph = pharm(p)
    base = "ts=%s level=%s caller=%s " % (iso_ms(), "%s", "%s")
    if not phi:
        k = ri(0, 4)
        if k == 0:
            return "price-logfmt", [base % ("info", "quote/engine.go:212") + 'msg="quote computed" req_id=%s ndc=%s qty=%d days_supply=%d pharmacy_npi=%s ncpdp=%s price=%.2f usual_customary=%.2f coupon=%s latency_ms=%d' % (
                req_id(), ndc11(d[3]), ch(d[4]), ch([30, 90]), ph["npi"], ph["ncpdp"], random.uniform(3, 90), random.uniform(20, 300), ch(COUPONS), ri(4, 400))]
        if k == 1:
            return "price-logfmt", [base % ("info", "cache/redis.go:88") + 'msg="cache stats" hits=%d misses=%d evictions=%d keyspace=price:v7' % (ri(1000, 90000), ri(100, 9000), ri(0, 300))]
        if k == 2:
            return "price-logfmt", [base % ("info", "feeds/loader.go:140") + 'msg="pharmacy feed refreshed" chain="%s" stores=%d hq_zip=%s file=s3://dw-price-feeds/%s/%s.csv.gz' % (
                ph["chain"], ri(50, 9000), ph["zip"], now().strftime("%Y/%m/%d"), slug(ph["chain"]))]
        if k == 3:
            return "price-logfmt", [base % ("warn", "coupon/validate.go:57") + 'msg="coupon rejected" code=%s ndc=%s reason=%s experiment=%s' % (ch(COUPONS), d[3], ch(["expired", "ndc_excluded", "max_uses"]), ch(EXPERIMENTS))]
        return "price-logfmt", [base % ("info", "geo/nearby.go:61") + 'msg="nearby pharmacies" center_npi=%s lat=%s lon=%s radius_mi=5 found=%d' % (ph["npi"], ph["lat"], ph["lon"], ri(2, 40))]
    k = ri(0, 2)
    if k == 0:
        return "price-logfmt", [base % ("info", "quote/search.go:97") + 'msg="price search" req_id=%s drug="%s %s" ndc=%s qty=%d zip=' % (req_id(), d[0], d[1], ndc11(d[3]), ch(d[4])),
                                P(p["zip"], "zip"), " lat=", P(coord(p["lat"], 4), "address"), " lon=", P(coord(p["lon"], 4), "address"), " radius_mi=%d candidates=%d best_npi=%s best_price=%.2f" % (ch([2, 5, 10]), ri(3, 40), ph["npi"], random.uniform(3, 90))]
    if k == 1:
        b = ch(BINS)
        return "price-logfmt", [base % ("info", "coupon/issue.go:133") + 'msg="coupon issued" bin=%s pcn=%s group=%s member_id=' % b, P(p["member"], "health_plan"),
                                " ndc=%s pharmacy_ncpdp=%s coupon=%s" % (d[3], ph["ncpdp"], ch(COUPONS))]
    return "price-logfmt", [base % ("debug", "geo/ipgeo.go:42") + 'msg="ip geolocation fallback" client_ip=', P(p["ip"], "ip"), " resolved_zip=", P(p["zip"], "zip"), " source=maxmind"]


def claims_pref(lvl, logger):
    t = now()
    return "%s.%03d [%s] %-5s %s - " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, ch(["claims-exec-3", "claims-exec-7", "nio-8443-exec-2"]), lvl, logger)


def fam_claims(phi):
    p = per()
    d = drug()
    ph = pharm(p)
    b = ch(BINS)
    if not phi:
        k = ri(0, 4)
        if k == 0:
            mem = p["member"][:2] + "******" + p["member"][-2:]
            return "claims-logback", [claims_pref("INFO", "c.d.claims.NcpdpRouter"), "B1 PAID bin=%s pcn=%s grp=%s cardholder=%s svc_npi=%s ncpdp=%s ndc=%s qty=%d ds=%d ing_cost=%.2f disp_fee=%.2f total=%.2f auth=%s" % (
                b[0], b[1], b[2], mem, ph["npi"], ph["ncpdp"], ndc11(d[3]), ch(d[4]), ch([30, 90]), random.uniform(1, 60), random.uniform(0.5, 2.5), random.uniform(2, 70), "A" + digits(9))]
        if k == 1:
            return "claims-logback", [claims_pref("INFO", "c.d.claims.SwitchHealth"), "relay-%02d healthy rtt=%dms inflight=%d" % (ri(1, 4), ri(8, 90), ri(0, 30))]
        if k == 2:
            return "claims-logback", [claims_pref("INFO", "c.d.claims.ReversalBatch"), "batch %s processed=%d reversed=%d failed=%d" % (now().strftime("%Y-%m-%d"), ri(100, 900), ri(50, 400), ri(0, 9))]
        if k == 3:
            return "claims-logback", [claims_pref("WARN", "c.d.claims.NcpdpRouter"), "B2 REJECT bin=%s pcn=%s claim_ref=%s ncpdp=%s reject=%s (%s)" % (
                b[0], b[1], "CLM" + digits(12), ph["ncpdp"], ch(["87", "85", "M1"]), ch(["Reversal Not Processed", "Claim Not Processed", "Patient Not Covered"]))]
        return "claims-logback", [claims_pref("INFO", "c.d.claims.PharmacyDirectory"), "npi=%s ncpdp=%s name=\"%s\" phone=%s fax=%s addr=\"%s, %s, %s %s\"" % (
            ph["npi"], ph["ncpdp"], ph["name"], ph["phone"], ph["fax"], ph["street"], ph["city"], ph["state"], ph["zip"])]
    k = ri(0, 2)
    if k == 0:
        return "claims-logback", [claims_pref("INFO", "c.d.claims.NcpdpRouter"), "B2 REVERSAL ACCEPTED bin=%s pcn=%s grp=%s cardholder_id=" % b, P(p["member"], "health_plan"),
                                  " rx=", P(ch(p["rx"]), "other_id"), " fill_dt=", P(d_ccyymmdd(past_date(1, 12)), "date"), " svc_npi=%s ndc=%s claim_ref=CLM%s" % (ph["npi"], ndc11(d[3]), digits(12))]
    if k == 1:
        fn, ln = ascii_fold(p["first"]).upper().split(" ")[0], ascii_fold(p["last"]).upper()
        parts = [claims_pref("DEBUG", "c.d.claims.NcpdpCodec"), "tx=%s hdr=%sD0B1%-10s1%s%-15s%s seg=AM01<FS>C4" % (hexs(8), b[0], b[1], "01", ph["npi"], now().strftime("%Y%m%d")),
                 P(d_ccyymmdd(p["dob"]), "date"), "<FS>C5%d<FS>CA" % (1 if p["sex"] == "M" else 2), P(fn, "name"), "<FS>CB", P(ln, "name"),
                 "<FS>CP", P(p["zip"], "zip"), " seg=AM04<FS>C2", P(p["member"], "health_plan"), "<FS>C1%s seg=AM07<FS>EM1<FS>D2" % b[2], P(ch(p["rx"]), "other_id"),
                 "<FS>E103<FS>D7%s<FS>E7%d000" % (ndc11(d[3]), ch(d[4]))]
        return "claims-logback", parts
    return "claims-logback", [claims_pref("ERROR", "c.d.claims.NcpdpRouter"), "B1 REJECT 65 (Patient Is Not Covered) cardholder=", P(p["member"], "health_plan"),
                              " dob=", P(d_iso(p["dob"]), "date"), " patient=", P(ascii_fold(p["last"]).upper() + "/" + ascii_fold(p["first"]).upper(), "name"),
                              " bin=%s pcn=%s ncpdp=%s" % (b[0], b[1], ph["ncpdp"])]


def stripe_ev():
    return "evt_1Q" + rs(22)


def fam_stripe(phi):
    p = per()
    if not phi:
        k = ri(0, 4)
        if k == 0:
            return "stripe-ruby", ['message="Request to Stripe API" api_version=2024-06-20 idempotency_key=%s method=post num_retries=0 path=/v1/subscriptions' % u4()]
        if k == 1:
            return "stripe-ruby", ['message="Response from Stripe API" api_version=2024-06-20 elapsed=%.3f idempotency_key=%s method=post path=/v1/subscriptions request_id=req_%s status=200' % (
                random.uniform(0.1, 1.5), u4(), rs(14))]
        if k == 2:
            return "stripe-webhook", ["%s [StripeWebhooksController] received type=invoice.paid id=%s customer=%s subscription=%s amount_paid=%d currency=usd" % (
                iso_ms(), stripe_ev(), p["cus"], p["sub"], ch([999, 1999, 4999]))]
        if k == 3:
            return "stripe-webhook", ["%s [StripeWebhooksController] received type=invoice.payment_failed id=%s customer=%s attempt_count=%d next_payment_attempt=%d" % (
                iso_ms(), stripe_ev(), p["cus"], ri(1, 4), ep_s() + 259200)]
        ev = {"id": stripe_ev(), "object": "event", "api_version": "2024-06-20", "created": ep_s(), "type": "customer.subscription.updated",
              "data": {"object": {"id": p["sub"], "object": "subscription", "customer": p["cus"], "status": ch(["active", "past_due", "canceled"]),
                                  "current_period_end": ep_s() + 2592000, "items": {"data": [{"price": {"id": "price_1P" + rs(22), "lookup_key": "gold_monthly", "unit_amount": 999}}]}}}}
        return "stripe-webhook", J(ev)
    k = ri(0, 2)
    if k == 0:
        cust = {"id": p["cus"], "object": "customer",
                "address": {"city": P(p["city"], "address"), "country": "US", "line1": P(p["street"], "address"),
                            "line2": P(p["unit"], "address") if p["unit"] else None, "postal_code": P(p["zip"], "zip"), "state": p["state"]},
                "created": ep_s(), "email": P(p["email"], "email"), "livemode": True, "name": P(fullname(p), "name"), "phone": P("+1" + p["phone"], "phone")}
        ev = {"id": stripe_ev(), "object": "event", "type": "customer.created", "data": {"object": cust}}
        return "stripe-webhook", J(ev, (",", ": "))
    if k == 1:
        pm = {"id": "pm_1Q" + rs(22), "object": "payment_method",
              "billing_details": {"address": {"postal_code": P(p["zip"], "zip")}, "email": P(p["email"], "email"), "name": P(fullname(p), "name"), "phone": None},
              "card": {"brand": "visa" if p["pan"][0] == "4" else "mastercard", "last4": p["pan"][-4:], "exp_month": ri(1, 12), "exp_year": ri(2025, 2030)}, "customer": p["cus"]}
        return "stripe-webhook", ["%s [StripeWebhooksController] payment_method.attached " % iso_ms(), J(pm)]
    return "stripe-webhook", ["%s [PaymentsDebug] HSA card fallback tokenization customer=%s card_number=" % (iso_ms(), p["cus"]), P(p["pan"], "account"),
                              " hsa_account=", P(p["hsa"], "account"), " result=declined code=do_not_honor"]


def tj(p_logger, lvl, message, **kw):
    rec = {"asctime": py_ts(), "levelname": lvl, "name": p_logger, "message": message}
    rec.update(kw)
    return rec


def fam_tele(phi):
    p = per()
    d = drug()
    ph = pharm(p)
    cl = ch(CLINICIANS)
    if not phi:
        k = ri(0, 6)
        if k == 0:
            return "uvicorn", ['INFO:     %s:%d - "%s /v1/visits/vis_%s HTTP/1.1" %s' % (priv_ip(), ri(30000, 65000), ch(["GET", "PATCH"]), rs(20), ch(["200 OK", "204 No Content", "404 Not Found"]))]
        if k == 1:
            return "uvicorn", ["INFO:     Application startup complete."]
        if k == 2:
            return "fastapi-json", JP(tj("telehealth.erx", "INFO", "eRx status update", rx_message_id=hexs(32), status=ch(["Verified", "Error", "Pending"]),
                                         pharmacy_ncpdp=ph["ncpdp"], prescriber_npi=cl["npi"], prescriber_dea=cl["dea"]))
        if k == 3:
            return "fastapi-json", JP(tj("telehealth.scheduling", "INFO", "slot inventory refreshed", state=ch(["IL", "TX", "FL", "NY", "CA"]), slots=ri(5, 120),
                                         clinician=cl["name"], clinician_email=cl["email"]))
        if k == 4:
            return "fastapi-plain", ["%s WARNING telehealth.fax: outbound fax to pharmacy %s fax=%s pages=%d status=busy retry_in=300s" % (py_ts(), ph["ncpdp"], ph_fmt(ph["fax"], 1), ri(1, 4))]
        if k == 5:
            return "fastapi-json", JP(tj("telehealth.intake", "INFO", "intake submitted", visit_id="vis_" + rs(20), visit_type=ch(["UTI", "HAIR_LOSS", "ACNE"]), age=ri(19, 80), state=p["state"]))
        return "uvicorn", ['INFO:     %s:%d - "POST /v1/webhooks/surescripts HTTP/1.1" 202 Accepted' % (priv_ip(), ri(30000, 65000))]
    k = fk(12)
    if k == 11:
        return "fastapi-plain", ["%s ERROR telehealth.billing: eligibility 271 mismatch payer=%s subscriber_ssn=" % (py_ts(), ch(["Aetna", "BCBSIL", "UHC", "Cigna"])),
                                 P(p["ssn"], "ssn"), " member_id=", P(p["ins_member"], "health_plan"), " dob=", P(d_ccyymmdd(p["dob"]), "date"), " group=%s trace=%s" % (rs(6, AN), hexs(12))]
    if k == 12:
        if not p["fax"]:
            p = ch([x for x in PEOPLE if x["fax"]])
        return "fastapi-plain", ["%s INFO telehealth.records: visit summary faxed to patient home fax " % py_ts(), P(ph_fmt(p["fax"], 0), "fax"),
                                 " patient_id=", P(p["mrn"], "mrn"), " pages=%d from=%s" % (ri(1, 6), ph_fmt("3125550100", 0))]
    if k == 0:
        return "fastapi-json", JP(tj("telehealth.visits", "INFO", "visit scheduled", patient_id=P(p["mrn"], "mrn"), visit_id="vis_" + rs(20),
                                     appointment_date=P(d_iso(future_date()), "date"), slot=ch(["09:30", "10:15", "14:00", "16:45"]), provider_npi=cl["npi"], state=p["state"]))
    if k == 1:
        age = P(p["age"], "age") if p["age"] > 89 else p["age"]
        if not isinstance(age, P):
            p = ch([x for x in PEOPLE if x["age"] > 89])
            age = P(p["age"], "age")
        return "fastapi-json", JP(tj("telehealth.intake", "INFO", "intake submitted", patient_id=P(p["mrn"], "mrn"), age=age, sex=p["sex"],
                                     visit_type=ch(["UTI", "MED_REVIEW"]), coverage={"payer": "Medicare Part D", "mbi": P(p["mbi"], "health_plan")}))
    if k == 2:
        return "fastapi-json", JP(tj("telehealth.identity", "INFO", "id verification passed", patient_id=P(p["mrn"], "mrn"),
                                     document={"type": "drivers_license", "number": P(p["dl"], "license"), "state": p["state"]}, vendor="idverify", score=round(random.uniform(0.9, 0.999), 3)))
    if k == 3:
        img = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + bytes(ri(0, 255) for _ in range(ri(360, 560))) + b"\xff\xd9"
        uri = "data:image/jpeg;base64," + base64.b64encode(img).decode()
        return "fastapi-json", JP(tj("telehealth.identity", "DEBUG", "selfie received", patient_id=P(p["mrn"], "mrn"), image=P(uri, "photo")))
    if k == 4:
        tmpl = base64.b64encode(b"FTv2" + bytes(ri(0, 255) for _ in range(ri(180, 300)))).decode()
        return "fastapi-json", JP(tj("telehealth.identity", "DEBUG", "face match", vendor="idverify", score=round(random.uniform(0.8, 0.99), 3),
                                     face_template=P(tmpl, "biometric"), patient_id=P(p["mrn"], "mrn")))
    if k == 5:
        errs = [{"type": "date_from_datetime_parsing", "loc": ("body", "date_of_birth"), "msg": "Input should be a valid date or datetime, invalid character in year",
                 "input": P(p["dob"].strftime("%d/%m/%Y"), "date"), "ctx": {"error": "invalid character in year"}, "url": "https://errors.pydantic.dev/2.9/v/date_from_datetime_parsing"}]
        return "fastapi-plain", ["%s WARNING telehealth.api.intake: request validation failed: " % py_ts(), Y(errs)]
    if k == 6:
        return "uvicorn", ['INFO:     %s:%d - "GET /v1/patients/search?email=' % (priv_ip(), ri(30000, 65000)), P(p["email"].replace("@", "%40"), "email"), '&include=visits HTTP/1.1" 200 OK']
    if k == 7:
        return "fastapi-json", JP(tj("telehealth.vitals", "INFO", "vitals ingested", patient_id=P(p["mrn"], "mrn"),
                                     device={"model": "Omron " + p["bp_serial"].split("-")[0], "serial": P(p["bp_serial"], "device")}, systolic=ri(105, 165), diastolic=ri(60, 100)))
    if k == 8:
        return "fastapi-json", JP(tj("telehealth.intake", "INFO", "emergency contact saved", patient_id=P(p["mrn"], "mrn"),
                                     emergency_contact={"name": P(p["ec"]["name"], "name"), "phone": P(ph_fmt(p["ec"]["phone"], 1), "phone"), "relationship": p["ec"]["rel"]}))
    if k == 9:
        return "fastapi-json", JP(tj("telehealth.erx", "INFO", "eRx sent", patient_id=P(p["mrn"], "mrn"), patient_name=P(fullname(p), "name"),
                                     patient_dob=P(d_iso(p["dob"]), "date"), drug="%s %s" % (d[0], d[1]), pharmacy_ncpdp=ph["ncpdp"], pharmacy_phone=ph_fmt(ph["phone"], 0),
                                     prescriber=cl["name"], prescriber_npi=cl["npi"]))
    return "fastapi-json", JP(tj("telehealth.visits", "INFO", "visit completed", patient_id=P(p["mrn"], "mrn"), visit_id="vis_" + rs(20),
                                 date_of_service=P(d_iso(TODAY), "date"), duration_s=ri(300, 1800), clinician=cl["name"]))


CF_COLOS = ["ORD", "DFW", "IAD", "SEA", "ATL", "MIA", "DEN", "EWR", "LAX"]


def cf_edge_ip():
    return "172.%d.%d.%d" % (ri(64, 71), ri(0, 255), ri(1, 254))


def fam_cf(phi):
    p = per()
    d = drug()
    if not phi:
        k = ri(0, 2)
        if k == 0:
            ev = {"outcome": "ok", "scriptName": "edge-price-cache", "exceptions": [],
                  "logs": [{"message": ["cache %s key=price:%s:%d" % (ch(["HIT", "MISS"]), ndc11(d[3]), ch(d[4]))], "level": "log", "timestamp": ep_ms()}],
                  "eventTimestamp": ep_ms(), "event": {"request": {"url": "https://api.dosewise.com/v2/prices?ndc=%s&qty=%d" % (ndc11(d[3]), ch(d[4])), "method": "GET",
                                                                   "cf": {"colo": ch(CF_COLOS), "asn": 13335}}}}
            return "cf-worker", J(ev)
        if k == 1:
            ev = {"OriginIP": "34.117.%d.%d" % (ri(0, 255), ri(1, 254)), "HealthCheckName": "api-origin-us-central", "HealthStatus": ch(["Healthy", "Unhealthy"]),
                  "OriginResponseStatus": ch([200, 200, 503]), "RTTMs": ri(10, 400), "EventTimestamp": iso_s(), "Region": "ENAM"}
            return "cf-healthcheck", J(ev)
        ev = {"when": iso_s(), "action": {"type": "purge", "result": True}, "actor": {"email": ch(SYS_EMAILS), "type": "user", "ip": "34.117.%d.%d" % (ri(0, 255), ri(1, 254))},
              "resource": {"type": "zone", "id": hexs(32)}, "metadata": {"prefixes": ["api.dosewise.com/v2/prices"]}}
        return "cf-audit", J(ev)
    uri = ch(["/graphql", "/v2/prices?ndc=%s&qty=%d&zip=" % (ndc11(d[3]), ch(d[4])), "/v1/coupons/%s" % ch(COUPONS), "/app/refills"])
    ev = {"ClientIP": P(p["ip"], "ip"), "ClientRequestHost": "api.dosewise.com", "ClientRequestMethod": "POST" if uri == "/graphql" else "GET"}
    if uri.endswith("zip="):
        ev["ClientRequestURI"] = [uri, P(p["zip"], "zip")]
    else:
        ev["ClientRequestURI"] = uri
    ev.update({"EdgeEndTimestamp": iso_s(), "EdgeResponseBytes": ri(400, 40000), "EdgeResponseStatus": ch([200, 200, 200, 304, 429]), "EdgeStartTimestamp": iso_s(),
               "RayID": ray(), "ClientCountry": "us", "ClientASN": ch([7922, 7018, 20115, 22773, 21928]), "ClientRequestUserAgent": ua(p),
               "CacheCacheStatus": ch(["dynamic", "hit", "miss"]), "EdgeColoCode": ch(CF_COLOS), "EdgeServerIP": cf_edge_ip()})
    # ClientRequestURI may embed a span: build manually
    out = ["{"]
    for i, (k2, v) in enumerate(ev.items()):
        if i:
            out.append(",")
        out.append(json.dumps(k2) + ":")
        if isinstance(v, list):
            out += ['"', v[0], v[1], '"']
        else:
            out.append(J(v))
    out.append("}")
    return "cf-logpush", out


def fam_dd(phi):
    p = per()
    mid = digits(8)
    if not phi:
        k = ri(0, 4)
        if k == 0:
            svc = ch(["graphql-gateway", "price-engine", "telehealth-api", "claims-switch"])
            return "dd-monitor", ['%s monitor_id=%s status=%s priority=P%d name="[%s] p95 latency above 800ms" query="avg(last_5m):p95:trace.http.request{service:%s,env:prod} > 0.8" value=%.3f notify="@pagerduty-rx-platform @slack-rx-alerts"' % (
                iso_s(), mid, ch(["Triggered", "Recovered", "Warn"]), ri(1, 3), svc, svc, random.uniform(0.3, 2.5))]
        if k == 1:
            return "dd-monitor", ['%s monitor_id=%s status=Triggered priority=P2 name="Sidekiq claims queue latency high" query="avg(last_5m):avg:sidekiq.queue.latency{queue:claims} > 120" value=%.1f notify="@oncall-claims %s"' % (
                iso_s(), mid, random.uniform(120, 900), ch(SYS_EMAILS))]
        if k == 2:
            t = now()
            return "dd-agent", ["%s UTC | CORE | INFO | (pkg/collector/worker/check_logger.go:71 in CheckStarted) | check:%s | Running check..." % (t.strftime("%Y-%m-%d %H:%M:%S"), ch(["redisdb", "postgres", "sidekiq", "nginx"]))]
        if k == 3:
            return "dd-monitor", ['%s synthetics test_id=%s-%s-%s status=%s name="api.dosewise.com /healthz" location=aws:us-east-2 response_ms=%d' % (
                iso_s(), rs(3, "abcdefghijkmnpqrstuvwxyz23456789"), rs(3, "abcdefghijkmnpqrstuvwxyz23456789"), rs(3, "abcdefghijkmnpqrstuvwxyz23456789"), ch(["passed", "failed"]), ri(40, 3000))]
        return "dd-monitor", ['%s monitor_id=%s status=Recovered priority=P3 name="Stripe webhook 4xx rate" query="sum(last_10m):sum:stripe.webhook.errors{env:prod}.as_count() > 25" value=%d' % (iso_s(), mid, ri(0, 20))]
    k = ri(0, 1)
    if k == 0:
        return "dd-monitor", ['%s monitor_id=%s status=Triggered priority=P2 name="[telehealth] intake errors > 5/min" sample_log="intake validation failed patient_id=' % (iso_s(), mid),
                              P(p["mrn"], "mrn"), " dob=", P(d_iso(p["dob"]), "date"), " email=", P(p["email"], "email"), '" notify="@slack-telehealth-eng"']
    return "dd-monitor", ['%s monitor_id=%s status=Warn priority=P3 name="[price-engine] geo fallback errors" sample_log="ipgeo lookup failed client_ip=' % (iso_s(), mid),
                          P(p["ip"], "ip"), ' zip=', P(p["zip"], "zip"), '" notify="@slack-pricing"']


FAMS = [(fam_gql, 50), (fam_rails, 55), (fam_sidekiq, 45), (fam_android, 42), (fam_ios, 40), (fam_branch, 22),
        (fam_braze, 28), (fam_segment, 32), (fam_price, 40), (fam_claims, 35), (fam_stripe, 28), (fam_tele, 48),
        (fam_cf, 28), (fam_dd, 20)]


def main():
    sched = [True] * (N_LINES - N_CLEAN) + [False] * N_CLEAN
    random.shuffle(sched)
    fns = [f for f, _ in FAMS]
    ws = [w for _, w in FAMS]
    # guarantee a minimum of the rare categories: force some PHI lines to templates
    rare = ([(fam_tele, 1)] * 5 + [(fam_rails, 4)] + [(fam_tele, 11)] * 2 + [(fam_tele, 4)] * 2 + [(fam_tele, 3)] * 3 +
            [(fam_ios, 5)] * 2 + [(fam_branch, 1)] + [(fam_rails, 6)] + [(fam_tele, 12)] + [(fam_tele, 2)] * 3 + [(fam_rails, 2)] * 2)
    phi_idx = [i for i in range(N_LINES) if sched[i]]
    forced = dict(zip(random.sample(phi_idx, len(rare)), rare))
    lines, labels = [], []
    for i in range(N_LINES):
        tick()
        if random.random() < 0.4:
            switch_person()
        fn = random.choices(fns, weights=ws)[0]
        if i in forced:
            fn, FK[0] = forced[i]
        fam, parts = fn(sched[i])
        line, spans = build(parts)
        assert bool(spans) == sched[i], (fam, line)
        assert len(line) <= 4000, (fam, len(line))
        line.decode("utf-8")
        lines.append(line)
        labels.append({"line": i + 1, "family": fam, "spans": spans})
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"\n".join(lines) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
