#!/usr/bin/env python3
"""Deterministic generator of a synthetic medical examiner / coroner log corpus
with labeled PHI spans.  Standard library only.  Writes hf.log and
hf.labels.jsonl next to this script.

Labeling decisions (kept consistent across all formats):
  * ME case numbers (ME24-NNNNN), body-tag barcodes (ME24NNNNN-NN), toxicology
    accessions (T24-NNNNN), state death-certificate file numbers, OPO referral
    numbers and AFIS state ID numbers each identify exactly one decedent ->
    other_id.
  * Report IDs, PRR (public records request) numbers, batch/run/worklist IDs,
    transaction IDs, message control IDs, UUIDs, seal numbers -> not PHI.
  * Residence, scene/injury location and place-of-death city/county tied to a
    decedent -> address (GPS coordinates of a scene are geocodes -> address).
    Office, hospital, funeral home and agency addresses/phones -> not PHI.
  * Names of decedents and next of kin -> name; staff, pathologists,
    investigators, funeral directors, officers, journalists, attorneys -> not.
  * Ages are labeled only when > 89.
"""
import json
import os
import random
import datetime as dt
import base64

SEED = 20240311
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "hf"
N_LINES = 500

# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []

    def t(self, x):
        self.b += str(x).encode("utf-8")
        return self

    def p(self, x, cat):
        x = str(x)
        s = len(self.b)
        self.b += x.encode("utf-8")
        self.spans.append((s, len(self.b), cat, x))
        return self

    def tp(self, x, cat):
        """labeled if cat else plain"""
        return self.p(x, cat) if cat else self.t(x)

    def finish(self):
        for s, e, cat, x in self.spans:
            assert bytes(self.b[s:e]) == x.encode("utf-8"), (self.fam, x)
            assert cat in CATS, cat
        prev = 0
        for s, e, _, _ in sorted(self.spans):
            assert s >= prev and e > s
            prev = e
        assert b"\n" not in self.b and b"\r" not in self.b
        assert len(self.b) <= 4000, (self.fam, len(self.b))
        return self


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
        "photo", "other_id"}


class V:
    """labeled JSON value"""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Raw:
    def __init__(self, s):
        self.s = s


def jesc(s, mode="std"):
    r = json.dumps(s, ensure_ascii=False)[1:-1]
    if mode == "slash":
        r = r.replace("/", "\\/")
    elif mode == "gson":
        for a, b in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                     ("=", "\\u003d"), ("'", "\\u0027")):
            r = r.replace(a, b)
    return r


def jemit(L, o, mode="std"):
    if isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(",")
            L.t('"' + jesc(k, mode) + '":')
            jemit(L, v, mode)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(",")
            jemit(L, v, mode)
        L.t("]")
    elif isinstance(o, V):
        if o.v is None:
            L.t("null")
        elif isinstance(o.v, str):
            L.t('"')
            L.p(jesc(o.v, mode), o.cat)
            L.t('"')
        else:
            L.p(o.v.s if isinstance(o.v, Raw) else json.dumps(o.v), o.cat)
    elif isinstance(o, Raw):
        L.t(o.s)
    elif isinstance(o, bool):
        L.t("true" if o else "false")
    elif o is None:
        L.t("null")
    elif isinstance(o, (int, float)):
        L.t(json.dumps(o))
    else:
        L.t('"' + jesc(str(o), mode) + '"')


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# --------------------------------------------------------------------------
# identifier helpers
# --------------------------------------------------------------------------

def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def imei():
    tac = rng.choice(["35391110", "35847631", "86769204", "35328115", "01326300", "35465711"])
    body = tac + "".join(rng.choice("0123456789") for _ in range(6))
    return body + luhn_digit(body)


def card():
    pre = rng.choice(["4716", "4539", "5425", "5178", "4024"])
    body = pre + "".join(rng.choice("0123456789") for _ in range(11))
    return body + luhn_digit(body)


VIN_T = {c: v for c, v in zip("ABCDEFGH", range(1, 9))}
VIN_T.update({"J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
              "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9})
VIN_T.update({str(d): d for d in range(10)})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(wmi, year_ch):
    vds = "".join(rng.choice(VIN_CH) for _ in range(5))
    plant = rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    serial = "".join(rng.choice("0123456789") for _ in range(6))
    v = wmi + vds + "0" + year_ch + plant + serial
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v = v[:8] + ("X" if s == 10 else str(s)) + v[9:]
    return v


def ssn():
    while True:
        a = rng.randint(1, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + "0123456789"
    return (str(rng.randint(1, 9)) + rng.choice(L_) + rng.choice(AN) + str(rng.randint(0, 9)) +
            rng.choice(L_) + rng.choice(AN) + str(rng.randint(0, 9)) + rng.choice(L_) +
            rng.choice(L_) + str(rng.randint(0, 9)) + str(rng.randint(0, 9)))


def uuid4():
    h = "%032x" % rng.getrandbits(128)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def hexs(n):
    return "%0*x" % (n, rng.getrandbits(4 * n))


def rbytes(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def fp_template():
    raw = b"FMR\x00 20\x00" + rbytes(rng.randint(220, 420))
    return base64.b64encode(raw).decode()


def face_jpeg():
    raw = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00\xff\xdb\x00C\x00" +
           rbytes(rng.randint(600, 1100)) + b"\xff\xd9")
    return base64.b64encode(raw).decode()


def phone_fmt(area, last4, style):
    if style == 0:
        return "(%s) 555-%s" % (area, last4)
    if style == 1:
        return "%s-555-%s" % (area, last4)
    if style == 2:
        return "+1 %s 555 %s" % (area, last4)
    if style == 3:
        return "%s555%s" % (area, last4)
    return "+1-%s-555-%s" % (area, last4)


# --------------------------------------------------------------------------
# reference data
# --------------------------------------------------------------------------

MALE = ["Chinedu", "Tomasz", "Hiroshi", "Mateo", "Rahul", "Dmitri", "Kwame", "Ahmad", "Tevita",
        "Jorge", "Søren", "Minh Duc", "Harold", "Eugene", "Wilbur", "Ignacio", "Yusuf", "Arturo",
        "Delbert", "Kenji", "Oluwaseun", "Faisal", "Luca", "Ezekiel", "Darnell", "Jae-won", "Björn"]
FEMALE = ["Thi Lan", "Adaeze", "Mirela", "Yuki", "Guadalupe", "Priyanka", "Olena", "Aroha",
          "Fatima", "Ingrid", "Siobhan", "Mildred", "Dorothy", "Hazel", "Esperanza", "Nomvula",
          "Zoë", "Ana Lucía", "Beatriz", "Ayşe", "Leilani", "Wanda", "Gertrude", "Mei-Ling",
          "Chiamaka", "Renée", "Ximena"]
MIDDLE_M = ["Bartholomew", "James", "Emeka", "Luis", "Ray", "Akira", "Ivanovich", "", "", "", "Lee", "Antonio"]
MIDDLE_F = ["Marie", "Adaeze", "Josefina", "Anne", "", "", "", "Kalani", "Rose", "Mae", "Inés"]
LAST = ["Okafor", "Kowalczyk", "Tanaka", "Hernández", "Ramaswamy", "Volkov", "Mensah", "Gallagher",
        "Haddad", "Tupou", "Castañeda", "Lindqvist", "Nguyen", "Begay", "Yazzie", "O'Connell",
        "Müller", "Papadopoulos", "Wiśniewski", "Abernathy", "Nakamura", "Chávez", "Dubois",
        "Achterberg", "Oyelaran", "Petrosyan", "Szabó", "Delgado-Ruiz", "Van Houten", "MacLeod",
        "Sandoval", "Whitehorse", "Al-Masri", "Park", "Ferreira", "Ødegaard", "Kealoha", "Tran"]

# city, county, state, zips, area code, lat, lon
CITIES = [
    ("Yakima", "Yakima", "WA", ["98901", "98902", "98908"], "509", 46.6021, -120.5059),
    ("Union Gap", "Yakima", "WA", ["98903"], "509", 46.5571, -120.4942),
    ("Selah", "Yakima", "WA", ["98942"], "509", 46.6540, -120.5301),
    ("Sunnyside", "Yakima", "WA", ["98944"], "509", 46.3237, -120.0087),
    ("Toppenish", "Yakima", "WA", ["98948"], "509", 46.3774, -120.3087),
    ("Kennewick", "Benton", "WA", ["99336", "99337"], "509", 46.2112, -119.1372),
    ("Richland", "Benton", "WA", ["99352"], "509", 46.2857, -119.2845),
    ("Pasco", "Franklin", "WA", ["99301"], "509", 46.2396, -119.1006),
    ("Ellensburg", "Kittitas", "WA", ["98926"], "509", 46.9965, -120.5478),
    ("Wenatchee", "Chelan", "WA", ["98801"], "509", 47.4235, -120.3103),
    ("Moses Lake", "Grant", "WA", ["98837"], "509", 47.1301, -119.2781),
    ("Portland", "Multnomah", "OR", ["97217", "97206"], "503", 45.5152, -122.6784),
    ("Boise", "Ada", "ID", ["83704"], "208", 43.6150, -116.2023),
    ("Tacoma", "Pierce", "WA", ["98405"], "253", 47.2529, -122.4443),
]
STREETS = ["Alder Creek Rd", "S 16th Ave", "W Nob Hill Blvd", "Tieton Dr", "Summitview Ave",
           "E Yakima Ave", "N 40th Ave", "Powerhouse Rd", "Ahtanum Rd", "W Lincoln Ave",
           "Occidental Rd", "Lateral A Rd", "S Fruitvale Blvd", "Englewood Ave", "W Clearwater Ave",
           "Road 68", "Columbia Park Trl", "N Pearl St", "Wapato Rd", "Cowiche Canyon Rd",
           "Birchfield Rd", "Terrace Heights Dr", "SE Holgate Blvd", "W State St", "Mt Adams View Dr"]
UNIT = ["", "", "", "", " Apt 4B", " Unit 12", " #207", " Spc 31", " Apt 3"]

HOSPITALS = [("ASTRIA-RMC", "Astria Regional Medical Center", "(509) 555-0100"),
             ("MCYM", "MultiCare Yakima Memorial Hospital", "(509) 555-0111"),
             ("KADLEC", "Kadlec Regional Medical Center", "(509) 555-0120"),
             ("PSMMC", "Providence St. Mary Medical Center", "(509) 555-0123")]

INVESTIGATORS = [("Tomas Malone", "tmalone", "INV-214"), ("Priya Raman", "praman", "INV-221"),
                 ("Luis Echeverría", "lecheverria", "INV-230"), ("Dana Whitfield", "dwhitfield", "INV-207"),
                 ("Kaito Brennan", "kbrennan", "INV-233")]
PATHOLOGISTS = [("Amara Okonjo", "MD60481234"), ("Henrik Sandvik", "MD60377120"),
                ("Rebecca Lau", "OP60219045")]
TOX_STAFF = [("K. Hwang", "khwang"), ("S. Marchetti", "smarchetti"), ("R. Oduya", "roduya")]
FUNERAL = [("Gordon Peltier", "Peltier & Sons Funeral Home", "(509) 555-0188", "FDR-2214", "FH-0871"),
           ("Marisol Ybarra", "Valley Hills Mortuary", "(509) 555-0161", "FDR-3107", "FH-0433"),
           ("Terrence Odom", "Odom Family Cremation & Burial", "509-555-0145", "FDR-1880", "FH-1120"),
           ("Ruth Abernathy-Kline", "Keller-Morrow Funeral Chapel", "(509) 555-0192", "FDR-2675", "FH-0219")]
OFFICERS = [("Ofc. Daniel Ruiz", "4471", "YPD"), ("Tpr. Kirsten Anders", "1187", "WSP"),
            ("Sgt. Dale Rourke", "2231", "KCSO"), ("Det. Amir Farouk", "3090", "YPD"),
            ("Dep. Carla Nunez", "5512", "KCSO")]
OPO_STAFF = [("Jenna Ortiz", "jortiz", "4412"), ("Malik Greer", "mgreer", "4417")]
CLERKS = ["bnakashima", "rdelacroix", "awiley"]
REQUESTERS = [("Mark Kessler", "Yakima Valley Courier", "mkessler@yvcourier.com"),
              ("Ana Preciado", "KNDU News", "apreciado@kndu-news.com"),
              ("Joy Tran", "Harmon & Vidal LLP", "jtran@harmonvidal.com"),
              ("Derek Sloan", "Pacific Mutual Life Ins.", "claims.docs@pacmutual-life.com"),
              ("Hannah Zielinski", "WA State Univ. Epidemiology", "hzielinski@wsu-epi.org")]
VEHICLES = [("1HG", "Honda", "Accord", "J"), ("1FT", "Ford", "F-150", "G"), ("5YJ", "Tesla", "Model 3", "M"),
            ("JTD", "Toyota", "Corolla", "F"), ("3VW", "Volkswagen", "Jetta", "K"),
            ("1GC", "Chevrolet", "Silverado", "L"), ("KNM", "Nissan", "Rogue", "H"),
            ("2T3", "Toyota", "RAV4", "N")]
REL_M = ["SPOUSE", "SON", "SON", "BROTHER", "FATHER", "GRANDSON", "NEPHEW", "DOMESTIC_PARTNER"]
REL_F = ["SPOUSE", "DAUGHTER", "DAUGHTER", "SISTER", "MOTHER", "GRANDDAUGHTER", "NIECE", "DOMESTIC_PARTNER"]
# 555-01xx numbers reserved for organisations (hospitals, office, funeral homes, agencies)
ORG_LAST4 = {"0100", "0111", "0120", "0123", "0170", "0171", "0188", "0161", "0145", "0192", "0172",
             "0130", "0142", "0109", "0117", "0126", "0199", "0151", "0163", "0177", "0184", "0196"}
NOK_LAST4 = ["01%02d" % i for i in range(1, 100) if "01%02d" % i not in ORG_LAST4]
MANNERS = ["NATURAL", "NATURAL", "ACCIDENT", "ACCIDENT", "SUICIDE", "HOMICIDE", "UNDETERMINED", "PENDING"]
COD = ["ASCVD", "Hypertensive and atherosclerotic cardiovascular disease", "Acute fentanyl intoxication",
       "Blunt force injuries of head and torso", "Complications of hip fracture due to fall",
       "Chronic obstructive pulmonary disease", "Gunshot wound of head", "Hypothermia",
       "Acute combined drug intoxication (fentanyl, methamphetamine)", "Dementia, Alzheimer type"]
OFFICE_ADDR = "1200 N 16th Ave, Yakima, WA 98902"
OFFICE_PHONE = "(509) 555-0170"
OFFICE_FAX = "(509) 555-0171"

# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------

LOG_START = dt.datetime(2024, 3, 11, 6, 2, 17)


def pick_name(sex):
    if sex == "M":
        return rng.choice(MALE), rng.choice(MIDDLE_M)
    return rng.choice(FEMALE), rng.choice(MIDDLE_F)


def make_person(i, age_old):
    sex = rng.choice("MF")
    first, middle = pick_name(sex)
    last = rng.choice(LAST)
    dod = dt.date(2024, 2, 24) + dt.timedelta(days=rng.randint(0, 15))
    if age_old:
        age = rng.randint(90, 104)
    else:
        age = rng.choice([0, 2, 17, 19, 24, 28, 31, 36, 39, 42, 47, 51, 55, 58, 61, 64, 67, 70, 73, 76, 79, 82, 84, 86, 88, 89])
    dob = dod - dt.timedelta(days=int(365.25 * (age + 1)) - rng.randint(1, 360))
    # recompute real age
    age = dod.year - dob.year - ((dod.month, dod.day) < (dob.month, dob.day))
    city = rng.choice(CITIES[:11] * 3 + CITIES[11:])
    street = "%d %s%s" % (rng.randint(101, 9899), rng.choice(STREETS), rng.choice(UNIT))
    p = dict(idx=i, sex=sex, first=first, middle=middle, last=last, dob=dob, dod=dod, age=age,
             tod="%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59)),
             street=street, city=city[0], county=city[1], state=city[2], zip=rng.choice(city[3]),
             area=city[4], ssn=ssn(), case="ME24-%05d" % (388 + i * 3 + rng.randint(0, 2)))
    p["tag"] = p["case"].replace("-", "") + "-%02d" % 1
    p["tox"] = "T24-%05d" % (1700 + i * 7 + rng.randint(0, 6))
    p["sfn"] = "2024-%07d" % (53000 + i * 41 + rng.randint(0, 40))
    p["opo"] = "LCNW-24-%05d" % (3700 + i * 5 + rng.randint(0, 4))
    p["dl"] = "WDL" + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
    p["sid"] = "WA%08d" % rng.randint(10000000, 29999999)
    p["mrn"] = rng.choice(["%08d" % rng.randint(100000, 9999999), "M%07d" % rng.randint(1000000, 9999999)])
    p["hosp"] = rng.choice(HOSPITALS)
    p["p1"] = "%09dWA" % rng.randint(100000000, 299999999)
    p["mbi"] = mbi()
    p["imei"] = imei()
    p["pm_serial"] = rng.choice(["RNJ", "PJN", "SCM", "BLX"]) + "%06d" % rng.randint(100000, 999999) + rng.choice(["S", "H", "G"])
    p["manner"] = rng.choice(MANNERS)
    p["cod"] = rng.choice(COD)
    p["inv"] = rng.choice(INVESTIGATORS)
    p["path"] = rng.choice(PATHOLOGISTS)
    p["fh"] = rng.choice(FUNERAL)
    p["traffic"] = rng.random() < 0.3
    # scene
    if p["traffic"]:
        p["manner"] = "ACCIDENT"
        p["cod"] = "Blunt force injuries of head and torso"
        w = rng.choice(VEHICLES)
        p["vin"] = vin(w[0], w[3])
        p["vmake"], p["vmodel"] = w[1], w[2]
        p["vyear"] = {"F": 2015, "G": 2016, "H": 2017, "J": 2018, "K": 2019, "L": 2020, "M": 2021, "N": 2022}[w[3]]
        p["plate_state"] = rng.choice(["WA", "WA", "WA", "OR", "ID"])
        if p["plate_state"] == "WA":
            p["plate"] = "%s%s%s%d%d%d%d" % (rng.choice("ABCDEFG"), rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
                                            rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), *[rng.randint(0, 9) for _ in range(4)])
        elif p["plate_state"] == "OR":
            p["plate"] = "%d%d%d %s%s%s" % (*[rng.randint(0, 9) for _ in range(3)], *[rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)])
        else:
            p["plate"] = "1A %d%d%d%d%s" % (*[rng.randint(0, 9) for _ in range(4)], rng.choice("ABCDEFGH"))
        hw = rng.choice(["I-82 EB near MP 38", "SR 24 at Keys Rd", "US-97 NB MP 61", "SR 12 at Ackley Rd",
                         "Yakima Valley Hwy at Gap Rd", "I-90 WB MP 109"])
        p["scene_street"] = hw
        p["scene_city"] = rng.choice(["Union Gap", "Yakima", "Moxee", "Wapato", "Zillah", "Ellensburg"])
        p["scene_type"] = "ROADWAY"
    elif rng.random() < 0.7:
        p["scene_street"], p["scene_city"], p["scene_type"] = p["street"], p["city"], "RESIDENCE"
    else:
        p["scene_street"] = "%d %s" % (rng.randint(100, 4999), rng.choice(STREETS))
        p["scene_city"] = rng.choice(["Yakima", "Selah", "Union Gap", "Wapato"])
        p["scene_type"] = rng.choice(["OUTDOORS", "MOTEL", "WORKPLACE", "PARK"])
    p["lat"] = round(46.60 + rng.uniform(-0.35, 0.35), 6)
    p["lon"] = round(-120.51 + rng.uniform(-0.45, 0.45), 6)
    # next of kin
    nsex = rng.choice("MF")
    nfirst, _ = pick_name(nsex)
    rels = REL_M if nsex == "M" else REL_F
    if age >= 60:
        rels = [r for r in rels if r not in ("MOTHER", "FATHER")]
    elif age < 18:
        rels = ["MOTHER", "GRANDMOTHER"] if nsex == "F" else ["FATHER", "GRANDFATHER"]
    p["nok_rel"] = rng.choice(rels)
    nlast = last if rng.random() < 0.7 else rng.choice(LAST)
    p["nok_first"], p["nok_last"] = nfirst, nlast
    p["nok_phone4"] = rng.choice(NOK_LAST4)
    p["nok_area"] = rng.choice([p["area"], "509", "206", "971", "360"])
    dom = rng.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "comcast.net"])
    base = (nfirst.split()[0] + "." + nlast).lower()
    base = (base.replace("'", "").replace(" ", "").replace("ü", "u").replace("é", "e").replace("á", "a")
            .replace("ó", "o").replace("ś", "s").replace("ø", "o").replace("ë", "e").replace("í", "i")
            .replace("ş", "s").replace("ö", "o"))
    p["nok_email"] = rng.choice([base, base.replace(".", "") + str(rng.randint(1, 99)), base + str(rng.randint(60, 99))]) + "@" + dom
    if rng.random() < 0.5:
        p["nok_street"], p["nok_city"], p["nok_state"], p["nok_zip"] = p["street"], p["city"], p["state"], p["zip"]
    else:
        c = rng.choice(CITIES)
        p["nok_street"] = "%d %s%s" % (rng.randint(101, 9899), rng.choice(STREETS), rng.choice(UNIT))
        p["nok_city"], p["nok_state"], p["nok_zip"] = c[0], c[2], rng.choice(c[3])
    p["nok_ip"] = rng.choice(["73.%d.%d.%d", "24.%d.%d.%d", "98.%d.%d.%d", "67.%d.%d.%d", "174.%d.%d.%d",
                              "50.%d.%d.%d", "97.%d.%d.%d"]) % (rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254))
    p["card"] = card()
    slug = (p["first"].split()[0] + "-" + p["last"]).lower()
    for a, b in (("'", ""), (" ", "-"), ("ü", "u"), ("é", "e"), ("á", "a"), ("ó", "o"), ("ś", "s"),
                 ("ø", "o"), ("ë", "e"), ("í", "i"), ("ş", "s"), ("ö", "o")):
        slug = slug.replace(a, b)
    p["obit"] = rng.choice([
        "https://www.legacy.com/us/obituaries/yakimaherald/name/%s-obituary?id=%d" % (slug, rng.randint(50000000, 56000000)),
        "https://www.gofundme.com/f/funeral-costs-for-%s" % slug,
        "https://www.valleyhillsmortuary.com/obituaries/%s-%d" % (slug, p["dod"].year),
        "https://www.facebook.com/%s.%d" % (slug.replace("-", "."), rng.randint(10, 99)),
    ])
    return p


PEOPLE = []
n_people = 38
old_idx = set(rng.sample(range(n_people), 12))
for i in range(n_people):
    PEOPLE.append(make_person(i, i in old_idx))


def full_name(p, style):
    f, m, l = p["first"], p["middle"], p["last"]
    if style == "LFM":
        return "%s, %s%s" % (l.upper(), f, (" " + m) if m else "")
    if style == "LF":
        return "%s, %s" % (l, f)
    if style == "FL":
        return "%s %s" % (f, l)
    if style == "FML":
        return "%s %s%s" % (f, (m + " ") if m else "", l)
    if style == "UP":
        return ("%s %s" % (f, l)).upper()
    if style == "LFU":
        return ("%s, %s" % (l, f)).upper()
    raise ValueError(style)


def nok_name(p, style="FL"):
    if style == "LF":
        return "%s, %s" % (p["nok_last"], p["nok_first"])
    if style == "UP":
        return ("%s %s" % (p["nok_first"], p["nok_last"])).upper()
    return "%s %s" % (p["nok_first"], p["nok_last"])


def nok_phone(p, style=None):
    return phone_fmt(p["nok_area"], p["nok_phone4"], rng.randint(0, 4) if style is None else style)


def age_cat(age):
    return "age" if age > 89 else None


def dfmt(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "ora":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    raise ValueError(style)


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------

class Clock:
    def __init__(self):
        self.t = LOG_START
        self.ms = 117

    def tick(self):
        self.t += dt.timedelta(seconds=rng.choice([0, 1, 1, 2, 3, 5, 8, 13, 21, 40, 75, 130, 260, 420, 700, 1100]))
        self.ms = rng.randint(0, 999)

    def small(self):
        self.ms = min(999, self.ms + rng.randint(1, 40))


CLK = Clock()


def ts_log4j():
    return CLK.t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % CLK.ms


def ts_iso_off():
    return CLK.t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d-07:00" % CLK.ms


def ts_utc_z():
    return (CLK.t + dt.timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % CLK.ms


def epoch():
    return int((CLK.t + dt.timedelta(hours=7) - dt.datetime(1970, 1, 1)).total_seconds())


PROGRESS = [0]


def active_person():
    frac = min(1.0, PROGRESS[0] / float(N_LINES))
    k = max(4, int(len(PEOPLE) * (0.15 + 0.9 * frac)))
    return rng.choice(PEOPLE[:min(k, len(PEOPLE))])


# --------------------------------------------------------------------------
# family: log4j2 CMS application log
# --------------------------------------------------------------------------

THREADS = ["http-nio-8443-exec-%d" % i for i in range(1, 11)]


def l4j(level, thread, logger, fam="log4j2-cms"):
    L = Line(fam)
    L.t("%s %-5s [%s] %s - " % (ts_log4j(), level, thread, logger))
    return L


def cms_phi(k=None, force_pan=False):
    p = active_person()
    th = rng.choice(THREADS)
    if k is None:
        k = rng.choices(range(18), weights=[6, 5, 4, 4, 4, 5, 5, 3, 3, 6, 6, 5, 5, 3, 3, 5, 3, 3])[0]
    inv = p["inv"]
    if k == 0:
        L = l4j("INFO", th, "c.k.m.cms.service.CaseService")
        L.t("Case created caseNo=").p(p["case"], "other_id").t(' decedent="').p(full_name(p, "LFM"), "name")
        L.t('" sex=%s age=' % p["sex"]).tp(p["age"], age_cat(p["age"])).t(" dod=").p(dfmt(p["dod"], "iso"), "date")
        L.t(" manner=PENDING investigator=%s jurisdiction=ACCEPTED" % inv[1])
        return [L]
    if k == 1:
        L = l4j("INFO", th, "c.k.m.cms.service.NextOfKinService")
        L.t("NOK added caseNo=").p(p["case"], "other_id").t(" name='").p(nok_name(p), "name")
        L.t("' relationship=%s phone=" % p["nok_rel"]).p(nok_phone(p, 0), "phone").t(" notified=false source=SCENE_APP")
        return [L]
    if k == 2:
        L = l4j("INFO", th, "c.k.m.cms.service.NotificationService")
        L.t("Notification complete for ").p(p["case"], "other_id").t(": NOK ").p(nok_name(p), "name")
        L.t(" (%s) notified %s by %s at " % (p["nok_rel"], rng.choice(["IN_PERSON", "BY_PHONE", "VIA_AGENCY"]), inv[0]))
        L.p(p["nok_street"], "address").t(", ").p(p["nok_city"], "address").t(", %s" % p["nok_state"])
        return [L]
    if k == 3:
        L = l4j("DEBUG", th, "c.k.m.cms.geo.AddressNormalizer")
        raw = ("%s %s %s" % (p["street"], p["city"], p["state"])).lower()
        L.t("Residence normalized [").p(p["case"], "other_id").t("]: '").p(raw[:-3], "address").t(raw[-3:] + "' -> ")
        L.p(p["street"], "address").t(", ").p(p["city"], "address").t(", %s " % p["state"]).p(p["zip"], "zip")
        L.t(" (county=").p(p["county"], "address").t(", confidence=0.%02d, provider=SmartyStreets)" % rng.randint(81, 99))
        return [L]
    if k == 4:
        L = l4j("INFO", th, "c.k.m.cms.ident.IdentificationService")
        L.t("Decedent identified caseNo=").p(p["case"], "other_id").t(" method=VISUAL_DL dlNumber=").p(p["dl"], "license")
        L.t(" dlState=WA dob=").p(dfmt(p["dob"], "iso"), "date").t(" verifiedBy=%s" % inv[1])
        return [L]
    if k == 5:
        L = l4j("INFO", th, "c.k.m.cms.property.PropertyService")
        L.t("Property item logged case=").p(p["case"], "other_id").t(" item=P-%02d type=CELL_PHONE desc='%s' imei=" % (
            rng.randint(1, 9), rng.choice(["Samsung Galaxy A14, black case", "Apple iPhone 12, cracked screen",
                                           "Motorola moto g, blue", "Apple iPhone SE"])))
        L.p(p["imei"], "device").t(" sealNo=SE-%07d custodian=%s" % (rng.randint(40000, 99999), inv[1]))
        return [L]
    if k == 6:
        L = l4j("WARN", th, "c.k.m.cms.disposition.CremationChecklist")
        L.t("Implanted device removed prior to cremation case=").p(p["case"], "other_id")
        L.t(" device='%s' serial=" % rng.choice(["Medtronic Azure XT DR MRI", "Boston Scientific ACCOLADE MRI",
                                                 "Abbott Assurity MRI", "Medtronic Micra AV"]))
        L.p(p["pm_serial"], "device").t(" explantedBy=Dr. %s returnKit=RK-%05d" % (p["path"][0], rng.randint(10000, 99999)))
        return [L]
    if k == 7:
        L = l4j("INFO", "afis-client-1", "c.k.m.cms.ident.AfisClient")
        L.t("EBTS submission tcn=KCME%s%06d case=" % (CLK.t.strftime("%y%m%d"), rng.randint(1, 99999))).p(p["case"], "other_id")
        L.t(" finger=%s nfiq=%d template=" % (rng.choice(["R_INDEX", "L_INDEX", "R_THUMB"]), rng.randint(1, 3)))
        L.p(fp_template(), "biometric")
        return [L]
    if k == 8:
        L = l4j("INFO", "afis-client-1", "c.k.m.cms.ident.AfisClient")
        L.t("AFIS response tcn=KCME%s%06d status=HIT score=%d sid=" % (CLK.t.strftime("%y%m%d"), rng.randint(1, 99999), rng.randint(3000, 9800)))
        L.p(p["sid"], "other_id").t(" name=\"").p(full_name(p, "LFU"), "name").t("\" dob=").p(dfmt(p["dob"], "hl7"), "date")
        return [L]
    if k == 9:
        L = l4j("INFO", th, "c.k.m.cms.billing.PermitFeeService")
        L.t("Permit fee charged case=").p(p["case"], "other_id").t(" payer='").p(nok_name(p), "name")
        L.t("' amount=55.00 currency=USD ")
        if force_pan or rng.random() < 0.3:
            L.t("pan=").p(p["card"], "account").t(" exp=**/** ")
        else:
            L.t("card=************%s " % p["card"][-4:])
        L.t("authCode=%06d gatewayTxn=ch_%s" % (rng.randint(0, 999999), hexs(24)))
        return [L]
    if k == 10:
        h = p["hosp"]
        L = l4j("INFO", "jms-hospital-1", "c.k.m.cms.intake.HospitalReportListener")
        L.t("Hospital death report received facility=%s mrn=" % h[0]).p(p["mrn"], "mrn").t(' patient="')
        L.p(full_name(p, "LF"), "name").t('" dob=').p(dfmt(p["dob"], "us"), "date").t(" admitted=")
        L.p(dfmt(p["dod"] - dt.timedelta(days=rng.randint(0, 6)), "us"), "date").t(" expired=")
        L.p(dfmt(p["dod"], "us") + " " + p["tod"], "date").t(" attending=Dr. %s reporter=%s" % (
            rng.choice(["M. Castellanos", "J. Whitaker", "S. Iyer", "T. Nakagawa"]), h[2]))
        return [L]
    if k == 11:
        L = l4j("INFO", th, "c.k.m.cms.disposition.IndigentEligibilityService")
        L.t("Indigent disposition eligibility case=").p(p["case"], "other_id").t(" p1ClientId=").p(p["p1"], "health_plan")
        L.t(" result=%s program=COUNTY_INDIGENT lookupMs=%d" % (rng.choice(["ELIGIBLE", "NOT_FOUND", "ELIGIBLE"]), rng.randint(90, 2200)))
        return [L]
    if k == 12:
        L = l4j("INFO", th, "c.k.m.cms.service.CaseLinkService")
        L.t("External link attached case=").p(p["case"], "other_id").t(" kind=OBITUARY url=").p(p["obit"], "url")
        L.t(" addedBy=%s" % inv[1])
        return [L]
    if k == 13:
        L = l4j("WARN", th, "c.k.m.cms.service.DuplicateDetector")
        other = rng.choice(PEOPLE)
        L.t("Possible duplicate decedent '").p(full_name(p, "LFM"), "name").t("' DOB ").p(dfmt(p["dob"], "iso"), "date")
        L.t(" scores 0.%02d against case " % rng.randint(70, 95)).p(other["case"], "other_id").t("; manual review required")
        return [L]
    if k == 14:
        L1 = l4j("WARN", th, "o.h.engine.jdbc.spi.SqlExceptionHelper")
        L1.t("SQL Error: 0, SQLState: 23505")
        CLK.small()
        L2 = l4j("ERROR", th, "o.h.engine.jdbc.spi.SqlExceptionHelper")
        L2.t('ERROR: duplicate key value violates unique constraint "uk_decedent_ssn"  Detail: Key (ssn)=(')
        L2.p(p["ssn"], "ssn").t(") already exists.")
        return [L1, L2]
    if k == 15:
        L = l4j("INFO", "edrs-submit-2", "c.k.m.cms.edrs.CmsMedicareNotifier")
        L.t("Medicare death notice queued case=").p(p["case"], "other_id").t(" mbi=").p(p["mbi"], "health_plan")
        L.t(" dod=").p(dfmt(p["dod"], "hl7"), "date").t(" batch=MDN-%s-%02d" % (CLK.t.strftime("%Y%m%d"), rng.randint(1, 9)))
        return [L]
    if k == 16:
        fh = p["fh"]
        L = l4j("INFO", th, "c.k.m.cms.disposition.ReleaseService")
        L.t("Release authorized case=").p(p["case"], "other_id").t(" to %s (FD %s, lic %s, %s) authorizedBy=NOK '" % (
            fh[1], fh[0], fh[3], fh[2])).p(nok_name(p), "name").t("' releasedBy=%s" % inv[1])
        return [L]
    # k == 17
    L = l4j("INFO", th, "c.k.m.cms.service.CaseService")
    L.t("Manner/cause updated caseNo=").p(p["case"], "other_id").t(" manner=%s cod='%s' certifier=Dr. %s age=" % (
        p["manner"], p["cod"], p["path"][0])).tp(p["age"], age_cat(p["age"]))
    return [L]


STACK_FRAMES = [
    "at com.kittredge.me.cms.edrs.EdrsClient.submit(EdrsClient.java:214)",
    "at com.kittredge.me.cms.edrs.EdrsSubmissionTask.run(EdrsSubmissionTask.java:88)",
    "at com.kittredge.me.cms.service.CaseService.updateStatus(CaseService.java:402)",
    "at com.kittredge.me.cms.web.CaseController.patch(CaseController.java:131)",
    "at org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
    "at jakarta.servlet.http.HttpServlet.service(HttpServlet.java:658)",
    "at org.apache.catalina.core.ApplicationFilterChain.doFilter(ApplicationFilterChain.java:166)",
    "at com.zaxxer.hikari.pool.HikariPool.getConnection(HikariPool.java:181)",
    "at org.hibernate.engine.jdbc.internal.ResultSetReturnImpl.executeUpdate(ResultSetReturnImpl.java:197)",
    "at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
    "at java.base/java.lang.Thread.run(Thread.java:1583)",
]


def cms_nophi():
    th = rng.choice(THREADS)
    k = rng.randint(0, 21)
    inv = rng.choice(INVESTIGATORS)
    if k == 0:
        L = l4j("WARN", th, "com.zaxxer.hikari.pool.HikariPool")
        L.t("HikariPool-1 - Connection is not available, request timed out after 30000ms (total=20, active=20, idle=0, waiting=%d)" % rng.randint(1, 9))
        return [L]
    if k == 1:
        L = l4j("INFO", "QuartzScheduler_Worker-%d" % rng.randint(1, 5), "c.k.m.cms.jobs.CoolerCensusJob")
        L.t("CoolerCensusJob finished in %d ms: occupied=%d capacity=48 pendingRelease=%d" % (rng.randint(300, 4000), rng.randint(20, 44), rng.randint(0, 9)))
        return [L]
    if k == 2:
        L = l4j("INFO", th, "c.k.m.cms.security.LdapAuthProvider")
        L.t("User %s authenticated via LDAP (ldaps://dc02.kittredge.local:636) from 10.40.%d.%d roles=[INVESTIGATOR]" % (inv[1], rng.randint(1, 6), rng.randint(2, 250)))
        return [L]
    if k == 3:
        pa = rng.choice(PATHOLOGISTS)
        L = l4j("INFO", th, "c.k.m.cms.reports.ReportService")
        L.t("Dr. %s signed report RPT-2024-%06d type=%s pages=%d sha256=%s" % (pa[0], rng.randint(800, 1400), rng.choice(["AUTOPSY", "EXTERNAL_EXAM", "TOX_SUMMARY"]), rng.randint(4, 22), hexs(16)))
        return [L]
    if k == 4:
        L = l4j("INFO", "scheduling-1", "c.k.m.cms.jobs.PathologyScheduleJob")
        d = (CLK.t + dt.timedelta(days=1)).strftime("%Y-%m-%d")
        L.t("Pathology schedule for %s: Okonjo(%d) Sandvik(%d) Lau(%d) externals=%d" % (d, rng.randint(0, 4), rng.randint(0, 4), rng.randint(0, 3), rng.randint(0, 6)))
        return [L]
    if k == 5:
        fh = rng.choice(FUNERAL)
        L = l4j("INFO", th, "c.k.m.cms.partners.FuneralHomeDirectory")
        L.t("Funeral home contact updated id=%s name='%s' director='%s' license=%s phone=%s fax=%s" % (
            fh[4], fh[1], fh[0], fh[3], fh[2], "(509) 555-%s" % rng.choice(["0151", "0163", "0177", "0184", "0196"])))
        return [L]
    if k == 6:
        L = l4j("DEBUG", "edrs-submit-1", "c.k.m.cms.edrs.TokenManager")
        L.t("EDRS OAuth token refreshed client_id=kcme-cms expires_in=3600 scope=deathrecord.write")
        return [L]
    if k == 7:
        L = l4j("DEBUG", "scheduling-1", "c.k.m.cms.cache.CacheStatsReporter")
        L.t("region=caseSummary hits=%d misses=%d evictions=%d size=%d/5000" % (rng.randint(1000, 40000), rng.randint(10, 900), rng.randint(0, 40), rng.randint(100, 4999)))
        return [L]
    if k == 8:
        L = l4j("WARN", th, "c.k.m.cms.web.RequestTimingFilter")
        L.t("Slow request GET /api/v1/cases?status=%s&page=%d took %d ms (threshold 500 ms) requestId=%s" % (
            rng.choice(["PENDING_TOX", "PENDING_ID", "OPEN"]), rng.randint(0, 4), rng.randint(510, 4800), uuid4()))
        return [L]
    if k == 9:
        L = l4j("INFO", "scheduling-1", "c.k.m.cms.mail.DailyCensusMailer")
        L.t("Mail sent from=noreply@kittredgecounty.gov to=me-supervisors@kittredgecounty.gov subject='Daily census %s' msgId=<%s@mail.kittredgecounty.gov>" % (
            CLK.t.strftime("%Y-%m-%d"), hexs(20)))
        return [L]
    if k == 10:
        L = l4j("INFO", "scheduling-1", "c.k.m.cms.jobs.DailyCensusJob")
        L.t("Daily census: intake=%d released=%d pending_id=%d pending_tox=%d pending_edrs=%d" % (
            rng.randint(2, 11), rng.randint(1, 9), rng.randint(0, 4), rng.randint(8, 30), rng.randint(0, 12)))
        return [L]
    if k == 11:
        o = rng.choice(OFFICERS)
        L = l4j("INFO", th, "c.k.m.cms.partners.AgencyContactService")
        L.t("Agency liaison on duty agency=%s officer='%s' badge=%s desk=%s" % (o[2], o[0], o[1], rng.choice(["(509) 555-0130", "(509) 555-0142", "(360) 555-0109"])))
        return [L]
    if k == 12:
        L = l4j("INFO", "main", "o.f.c.i.command.DbValidate")
        L.t("Successfully validated %d migrations (execution time 00:00.%03ds)" % (rng.randint(80, 95), rng.randint(100, 999)))
        return [L]
    if k == 13:
        L = l4j("INFO", th, "c.k.m.cms.transport.DispatchService")
        L.t("Transport dispatched unit=Removal-%d plate=EX %05d crew=[%s, %s] eta=%d min runId=TR-%s-%02d" % (
            rng.randint(1, 4), rng.randint(30000, 49999), inv[0], rng.choice(INVESTIGATORS)[0], rng.randint(8, 70),
            CLK.t.strftime("%y%m%d"), rng.randint(1, 20)))
        return [L]
    if k == 14:
        L = l4j("INFO", "main", "o.s.b.w.embedded.tomcat.TomcatWebServer")
        L.t("Tomcat started on port 8443 (https) with context path '/cms'")
        return [L]
    if k == 15:
        L = l4j("INFO", th, "c.k.m.cms.reports.StatsExportService")
        L.t("Quarterly stats export Q4-2023 rows=%d file=/srv/exports/kcme_q4_2023_%s.csv requestedBy=%s" % (rng.randint(400, 900), hexs(6), rng.choice(CLERKS)))
        return [L]
    if k == 16:
        L = l4j("INFO", th, "c.k.m.cms.lab.OutsideLabClient")
        L.t("Outside lab shipment created shipmentId=SHP-%06d carrier=FedEx tracking=%d specimens=%d lab=NMS Labs" % (
            rng.randint(1000, 999999), rng.randint(10 ** 11, 10 ** 12 - 1), rng.randint(2, 14)))
        return [L]
    if k == 17:
        L = l4j("INFO", "main", "c.k.m.cms.CmsApplication")
        L.t("Started CmsApplication in %d.%03d seconds (process running for %d.%d) version=4.12.%d build=%s" % (
            rng.randint(30, 60), rng.randint(0, 999), rng.randint(61, 70), rng.randint(0, 9), rng.randint(0, 9), hexs(8)))
        return [L]
    if k == 18:
        L = l4j("INFO", th, "c.k.m.cms.partners.OfficeInfo")
        L.t("Office contact block rendered: Kittredge County Medical Examiner-Coroner, %s, tel %s fax %s" % (OFFICE_ADDR, OFFICE_PHONE, OFFICE_FAX))
        return [L]
    # stack trace (16-21)
    lines = []
    L = l4j("ERROR", "edrs-submit-%d" % rng.randint(1, 3), "c.k.m.cms.edrs.EdrsSubmissionTask")
    L.t("EDRS submission failed, will retry in %ds (attempt %d/5)" % (rng.choice([30, 60, 120]), rng.randint(1, 4)))
    lines.append(L)
    ex = rng.choice([
        "java.net.SocketTimeoutException: Read timed out",
        "org.springframework.web.client.HttpServerErrorException$ServiceUnavailable: 503 Service Unavailable: \"{\"error\":\"maintenance\"}\"",
        "javax.net.ssl.SSLHandshakeException: PKIX path building failed",
        "java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after 30000ms.",
    ])
    X = Line("log4j2-cms")
    X.t(ex)
    lines.append(X)
    st = rng.randint(0, 4)
    for f in STACK_FRAMES[st:st + rng.randint(2, 5)]:
        F = Line("log4j2-cms")
        F.t("\t" + f)
        lines.append(F)
    F = Line("log4j2-cms")
    F.t("\t... %d more" % rng.randint(20, 60))
    lines.append(F)
    return lines


# --------------------------------------------------------------------------
# family: log4j2 JsonLayout audit log
# --------------------------------------------------------------------------

def audit_line(msg_builder, level="INFO", logger="AUDIT"):
    L = Line("log4j2-json-audit")
    ep = epoch()
    L.t('{"instant":{"epochSecond":%d,"nanoOfSecond":%d},"thread":"%s","level":"%s","loggerName":"%s","message":"' % (
        ep, CLK.ms * 1000000, rng.choice(THREADS), level, logger))
    msg_builder(L)
    L.t('","endOfBatch":false,"loggerFqcn":"org.apache.logging.log4j.spi.AbstractLogger","threadId":%d,"threadPriority":5}' % rng.randint(30, 90))
    return L


def audit_phi(k=None):
    p = active_person()
    if k is None:
        k = rng.randint(0, 5)
    inv = rng.choice(INVESTIGATORS)
    if k == 0:
        return [audit_line(lambda L: L.t("user=%s action=VIEW_CASE caseNo=" % inv[1]).p(p["case"], "other_id").t(" ip=10.40.%d.%d" % (rng.randint(1, 6), rng.randint(2, 250))))]
    if k == 1:
        return [audit_line(lambda L: L.t("user=%s action=PRINT_TOE_TAG caseNo=" % inv[1]).p(p["case"], "other_id").t(" printer=ZD421-MORGUE copies=2"))]
    if k == 2:
        q = p["last"].lower()
        return [audit_line(lambda L: L.t("user=%s action=SEARCH q=\\\"" % inv[1]).p(jesc(q), "name").t("\\\" results=%d" % rng.randint(0, 4)))]
    if k == 3:
        return [audit_line(lambda L: L.t("user=").p(p["nok_email"], "email").t(" action=PORTAL_LOGIN ip=").p(p["nok_ip"], "ip").t(" mfa=SMS result=SUCCESS"))]
    if k == 4:
        return [audit_line(lambda L: L.t("user=%s action=EXPORT_CASE_FILE caseNo=" % rng.choice(CLERKS)).p(p["case"], "other_id").t(" format=PDF redacted=true prr=PRR-2024-%04d" % rng.randint(100, 260)))]
    return [audit_line(lambda L: L.t("user=%s action=UPDATE_DECEDENT caseNo=" % inv[1]).p(p["case"], "other_id").t(" field=lastName old=\\\"").p(jesc(p["last"].upper()), "name").t("\\\" new=\\\"").p(jesc(p["last"]), "name").t("\\\""), level="INFO")]


def audit_nophi():
    k = rng.randint(0, 6)
    inv = rng.choice(INVESTIGATORS)
    if k == 0:
        return [audit_line(lambda L: L.t("user=%s action=LOGIN ip=10.40.%d.%d result=SUCCESS" % (inv[1], rng.randint(1, 6), rng.randint(2, 250))))]
    if k == 1:
        return [audit_line(lambda L: L.t("user=%s action=LOGOUT sessionMinutes=%d" % (inv[1], rng.randint(3, 480))))]
    if k == 2:
        return [audit_line(lambda L: L.t("user=%s action=VIEW_REPORT reportId=RPT-2024-%06d" % (rng.choice(PATHOLOGISTS)[0].split()[1].lower(), rng.randint(800, 1400))))]
    if k == 3:
        return [audit_line(lambda L: L.t("user=%s action=LOGIN ip=10.40.%d.%d result=FAILURE reason=BAD_CREDENTIALS attempts=%d" % (rng.choice(CLERKS), rng.randint(1, 6), rng.randint(2, 250), rng.randint(1, 4))), level="WARN")]
    if k == 4:
        return [audit_line(lambda L: L.t("user=admin.svc action=ROLE_CHANGE target=%s role=SUPERVISOR approvedBy=chief.deputy" % inv[1]))]
    if k == 5:
        return [audit_line(lambda L: L.t("user=%s action=EXPORT_STATS dataset=overdose_by_month year=2023 rows=%d" % (rng.choice(CLERKS), rng.randint(12, 400))))]
    return [audit_line(lambda L: L.t("user=%s action=PASSWORD_RESET channel=EMAIL to=%s@kittredgecounty.gov" % (inv[1], inv[1])))]


# --------------------------------------------------------------------------
# family: scene investigation mobile app (iOS NSLog / Android logcat)
# --------------------------------------------------------------------------

def scene_prefix(L, ios):
    if ios:
        L.t("%s.%03d SceneInvestigator[%d:%d] " % (CLK.t.strftime("%Y-%m-%d %H:%M:%S"), CLK.ms, rng.choice([1204, 1377, 2210]), rng.randint(80000, 99999)))
    else:
        L.t("%s.%03d  %d  %d I SceneSync: " % (CLK.t.strftime("%m-%d %H:%M:%S"), CLK.ms, rng.choice([4821, 5102]), rng.randint(4822, 5300)))


def snake_key(k):
    out = ""
    for ch in k:
        out += ("_" + ch.lower()) if ch.isupper() else ch
    return out


def snake(o):
    if isinstance(o, dict):
        return {snake_key(k): snake(v) for k, v in o.items()}
    return o


def scene_phi(k=None, traffic=False):
    p = active_person()
    if traffic:
        p = rng.choice([q for q in PEOPLE if q["traffic"]])
    ios = rng.random() < 0.55
    mode = "slash"
    L = Line("scene-app-json")
    scene_prefix(L, ios)
    if k is None:
        k = rng.randint(0, 3)
    inv = p["inv"]
    if k <= 1:
        L.t("POST /api/v2/scene-reports body=" if ios else "upload payload ")
        off = rng.choice(OFFICERS)
        obj = {
            "reportId": uuid4(),
            "caseNumber": V(p["case"], "other_id"),
            "investigatorId": inv[2],
            "createdAt": ts_iso_off(),
            "pronouncedAt": V(p["dod"].strftime("%Y-%m-%d") + "T" + p["tod"] + ":00-08:00", "date"),
            "scene": {
                "type": p["scene_type"],
                "address": V(p["scene_street"], "address"),
                "city": V(p["scene_city"], "address"),
                "state": "WA",
                "lat": V(p["lat"], "address"),
                "lng": V(p["lon"], "address"),
                "gpsAccuracyM": round(rng.uniform(3, 25), 1),
            },
            "decedent": {
                "lastName": V(p["last"], "name"),
                "firstName": V(p["first"], "name"),
                "dob": V(dfmt(p["dob"], "iso"), "date"),
                "approxAge": V(p["age"], age_cat(p["age"])) if p["age"] > 89 else p["age"],
                "sex": p["sex"],
                "position": rng.choice(["SUPINE", "PRONE", "SEATED", "LEFT_LATERAL"]),
                "rigor": rng.choice(["NONE", "PARTIAL", "FULL"]),
            },
            "lawEnforcement": {"agency": off[2], "officer": off[0], "badge": off[1]},
        }
        if p["traffic"]:
            obj["vehicle"] = {"vin": V(p["vin"], "vehicle"), "plate": V(p["plate"], "vehicle"),
                              "plateState": p["plate_state"], "make": p["vmake"], "model": p["vmodel"],
                              "year": p["vyear"], "towCompany": "Valley Towing & Recovery", "towPhone": "(509) 555-0172"}
        if k == 1:
            obj["nok"] = {"name": V(nok_name(p), "name"), "relationship": p["nok_rel"].lower(),
                          "phone": V(nok_phone(p, 1), "phone"), "notified": rng.random() < 0.5}
        obj["photosPending"] = rng.randint(0, 40)
        jemit(L, obj if ios else snake(obj), mode)
        return [L]
    if k == 2:
        L.t("attach ")
        jemit(L, {"event": "id_photo_attach", "caseNumber": V(p["case"], "other_id"), "source": "DL_SCAN",
                  "mime": "image/jpeg", "data": V("data:image/jpeg;base64," + face_jpeg(), "photo")}, mode)
        return [L]
    L.t("dl_scan ")
    jemit(L, {"event": "pdf417_decoded", "caseNumber": V(p["case"], "other_id"),
              "fields": {"DAQ": V(p["dl"], "license"), "DCS": V(p["last"].upper(), "name"),
                         "DAC": V(p["first"].upper(), "name"), "DBB": V(p["dob"].strftime("%m%d%Y"), "date"),
                         "DAG": V(p["street"].upper(), "address"), "DAI": V(p["city"].upper(), "address"),
                         "DAJ": p["state"], "DAK": V(p["zip"] + "0000", "zip")}}, mode)
    return [L]


def scene_nophi():
    ios = rng.random() < 0.55
    L = Line("scene-app-json")
    scene_prefix(L, ios)
    k = rng.randint(0, 6)
    inv = rng.choice(INVESTIGATORS)
    if k == 0:
        L.t("sync ")
        jemit(L, {"event": "sync_start", "deviceId": "iPad-%s" % inv[2], "queued": rng.randint(0, 9), "network": rng.choice(["LTE", "WIFI", "5G"]), "appVersion": "3.8.2 (412)"}, "slash")
    elif k == 1:
        L.t("photo ")
        jemit(L, {"event": "photo_upload_complete", "photoId": uuid4(), "bytes": rng.randint(900000, 6000000), "sha256": hexs(64), "url": "https://scene-media.kittredgeme.org/v1/objects/%s" % hexs(24)}, "slash")
    elif k == 2:
        L.t("auth ")
        jemit(L, {"event": "token_refresh", "user": inv[1], "expiresIn": 3600, "issuer": "https://sso.kittredgecounty.gov/realms/me"}, "slash")
    elif k == 3:
        L.t("geo ")
        jemit(L, {"event": "geofence_enter", "zone": "ME_OFFICE_GARAGE", "lat": 46.60214, "lng": -120.50587, "user": inv[1]}, "slash")
    elif k == 4:
        L.t("sync ")
        jemit(L, {"event": "sync_complete", "uploaded": rng.randint(1, 9), "failed": 0, "durationMs": rng.randint(400, 9000), "server": "scene-api-02.kittredge.local"}, "slash")
    elif k == 5:
        L.t("WARN ")
        jemit(L, {"event": "gps_low_accuracy", "accuracyM": round(rng.uniform(40, 200), 1), "provider": "fused", "battery": rng.randint(8, 40)}, "slash")
    else:
        L.t("crash_report ")
        jemit(L, {"event": "exception", "type": "NSURLErrorDomain", "code": -1001, "msg": "The request timed out.", "endpoint": "/api/v2/scene-reports"}, "slash")
    return [L]


# --------------------------------------------------------------------------
# family: body tracking / cooler scans
# --------------------------------------------------------------------------

def cooler_phi():
    p = active_person()
    inv = p["inv"]
    if rng.random() < 0.5:
        L = Line("bodytrack-kv")
        act = rng.choice(["CHECK_IN", "MOVE", "CHECK_OUT", "AUDIT_SCAN", "TO_AUTOPSY"])
        L.t("[bodytrack] %s.%03d scan station=%s tag=" % (CLK.t.strftime("%Y-%m-%d %H:%M:%S"), CLK.ms, rng.choice(["INTAKE-1", "COOLER-A", "COOLER-B", "AUTOPSY-2", "RELEASE-BAY"])))
        L.p(p["tag"], "other_id").t(" action=%s location=COOLER-%s/R%d-%02d user=%s result=OK" % (act, rng.choice("AB"), rng.randint(1, 4), rng.randint(1, 24), inv[1]))
        if act == "CHECK_OUT":
            L.t(" releasedTo='%s' director='%s'" % (p["fh"][1], p["fh"][0]))
        return [L]
    if rng.random() < 0.3:
        q = rng.choice(PEOPLE)
        L = Line("bodytrack-kv")
        L.t("[bodytrack] %s.%03d WARN tag mismatch station=RELEASE-BAY expected=" % (CLK.t.strftime("%Y-%m-%d %H:%M:%S"), CLK.ms))
        L.p(p["tag"], "other_id").t(" scanned=").p(q["tag"], "other_id").t(" user=%s action=BLOCKED" % inv[1])
        return [L]
    L = Line("bodytrack-csv")
    L.t("%s,SCN-%02d,%s,%s," % (ts_utc_z(), rng.randint(1, 6), rng.choice(["COOLER-A", "COOLER-B", "INTAKE-1"]), rng.choice(["CHECK_IN", "MOVE", "AUDIT_SCAN"])))
    L.p(p["tag"], "other_id").t(",R%d-%02d,%s,OK" % (rng.randint(1, 4), rng.randint(1, 24), inv[1]))
    return [L]


def cooler_nophi():
    k = rng.randint(0, 6)
    ts = "%s.%03d" % (CLK.t.strftime("%Y-%m-%d %H:%M:%S"), CLK.ms)
    L = Line("bodytrack-kv")
    if k in (0, 1):
        L.t("[bodytrack] %s telemetry sensor=COOLER-%s-T%d temp_c=%.1f setpoint_c=3.0 rh=%d door=%s" % (ts, rng.choice("AB"), rng.randint(1, 3), rng.uniform(1.8, 4.4), rng.randint(60, 85), rng.choice(["CLOSED", "CLOSED", "OPEN"])))
    elif k == 2:
        L.t("[bodytrack] %s door COOLER-%s opened badge=%d dur_s=%d" % (ts, rng.choice("AB"), rng.randint(10000, 10999), rng.randint(5, 180)))
    elif k == 3:
        L.t("[bodytrack] %s heartbeat scanner=SCN-%02d model=Zebra DS8178 fw=CAACJS00-007-R%02d battery=%d%% sn=%dS%06d" % (ts, rng.randint(1, 6), rng.randint(1, 20), rng.randint(10, 100), rng.randint(19, 23), rng.randint(0, 999999)))
    elif k == 4:
        L.t("[bodytrack] %s WARN unrecognized barcode station=INTAKE-1 symbology=CODE128 data=SKU-BB-%04d (supply: body bag, adult, 30 mil)" % (ts, rng.randint(1000, 9999)))
    elif k == 5:
        L = Line("bodytrack-csv")
        L.t("%s,SCN-%02d,COOLER-%s,CENSUS,,occupied=%d/24,system,OK" % (ts_utc_z(), rng.randint(1, 6), rng.choice("AB"), rng.randint(8, 24)))
    else:
        L.t("[bodytrack] %s ALARM COOLER-%s temp_c=%.1f above threshold 6.0 for %d min; paged on-call via pagerduty incident=Q%s" % (ts, rng.choice("AB"), rng.uniform(6.1, 8.5), rng.randint(5, 25), hexs(8).upper()))
    return [L]


# --------------------------------------------------------------------------
# family: toxicology LIMS
# --------------------------------------------------------------------------

ANALYTES = [("Fentanyl", "ng/mL", 0.5, 40), ("Norfentanyl", "ng/mL", 0.5, 20), ("Methamphetamine", "ng/mL", 20, 2500),
            ("Ethanol", "g/100 mL", 0.01, 0.32), ("Delta-9 THC", "ng/mL", 1, 18), ("Diphenhydramine", "ng/mL", 25, 900),
            ("Oxycodone", "ng/mL", 5, 400), ("Carboxyhemoglobin", "%sat", 1, 60)]


def lims_prefix(L, level="INFO"):
    L.t("%s %-5s [lims-worker-%d] " % (CLK.t.strftime("%d-%b-%Y %H:%M:%S") + ".%03d" % CLK.ms, level, rng.randint(1, 4)))


def lims_phi():
    p = active_person()
    L = Line("lims-tox")
    lims_prefix(L)
    k = rng.randint(0, 3)
    coll = p["dod"] + dt.timedelta(days=rng.randint(0, 2))
    if k == 0:
        L.t("SpecimenService: received acc=").p(p["tox"], "other_id").t(" subject=").p(p["case"], "other_id")
        L.t(" type=%s vol=%dmL collected=" % (rng.choice(["FEMORAL_BLOOD", "HEART_BLOOD", "VITREOUS", "URINE", "LIVER"]), rng.randint(2, 20)))
        L.p(dfmt(coll, "ora"), "date").t(" receivedBy=%s containers=%d" % (rng.choice(TOX_STAFF)[1], rng.randint(1, 4)))
    elif k == 1:
        a = rng.choice(ANALYTES)
        v = rng.uniform(a[2], a[3])
        L.t("ResultService: finalized acc=").p(p["tox"], "other_id").t(" analyte='%s' conc=%s %s method=%s reviewer=%s" % (
            a[0], ("%.3f" % v) if v < 1 else ("%.1f" % v), a[1], rng.choice(["LC-MS/MS", "GC-MS", "HS-GC-FID"]), rng.choice(TOX_STAFF)[0]))
    elif k == 2:
        L.t("ReportService: released acc=").p(p["tox"], "other_id").t(' subject="').p(full_name(p, "LFU"), "name")
        L.t('" dob=').p(dfmt(p["dob"], "ora"), "date").t(" age=").tp(p["age"], age_cat(p["age"])).t(" pages=%d to=CMS" % rng.randint(2, 6))
    else:
        L.t("SpecimenService: WARN chain-of-custody gap acc=").p(p["tox"], "other_id").t(" between %s and evidence fridge EF-2; notified %s" % (
            rng.choice(TOX_STAFF)[1], rng.choice(TOX_STAFF)[1]))
    return [L]


def lims_nophi():
    L = Line("lims-tox")
    k = rng.randint(0, 5)
    batch = "%s-LCMS-%02d" % (CLK.t.strftime("%y%m%d"), rng.randint(1, 3))
    if k == 0:
        lims_prefix(L)
        L.t("BatchService: sequence imported batch=%s injections=%d instrument=Sciex 6500+ sn=BM%08d" % (batch, rng.randint(24, 96), rng.randint(10000000, 29999999)))
    elif k == 1:
        lims_prefix(L)
        L.t("CalibrationService: batch=%s analyte=%s levels=7 r2=0.99%02d weighting=1/x accepted=true" % (batch, rng.choice(ANALYTES)[0], rng.randint(50, 99)))
    elif k == 2:
        lims_prefix(L, rng.choice(["INFO", "WARN"]))
        L.t("QcService: lot=QC-%d level=%s analyte=%s recovery=%d%% limits=80-120" % (rng.randint(23000, 24999), rng.choice(["LOW", "MID", "HIGH"]), rng.choice(ANALYTES)[0], rng.randint(78, 121)))
    elif k == 3:
        lims_prefix(L)
        L.t("WorklistService: created WL-%s-%02d samples=%d assignedTo=%s due=%s" % (CLK.t.strftime("%y%m%d"), rng.randint(1, 9), rng.randint(6, 40), rng.choice(TOX_STAFF)[1], (CLK.t + dt.timedelta(days=rng.randint(3, 14))).strftime("%d-%b-%Y").upper()))
    elif k == 4:
        lims_prefix(L)
        L.t("InstrumentMonitor: GC-MS-01 (Agilent 8890/5977B sn=US%08d) status=%s vacuum=%.2e torr" % (rng.randint(10000000, 99999999), rng.choice(["READY", "RUNNING", "STANDBY"]), rng.uniform(1e-6, 9e-6)))
    else:
        lims_prefix(L, "ERROR")
        L.t("InterfaceService: HL7 ACK timeout after 30000 ms host=cms-int.kittredge.local:6661 msgCtrl=MSG%06d retry=%d" % (rng.randint(1000, 9999), rng.randint(1, 3)))
    return [L]


# --------------------------------------------------------------------------
# family: HL7 v2 ORU from LIMS to CMS (logged by CMS listener)
# --------------------------------------------------------------------------

def hl7_head():
    L = Line("hl7-oru")
    L.t("%s DEBUG [mllp-in-1] c.k.m.cms.hl7.OruListener - " % ts_log4j())
    return L


def hl7_phi():
    p = active_person()
    out = []
    L = hl7_head()
    mid = rng.choice(["", p["middle"].upper()])
    L.t("PID|1||").p(p["case"], "other_id").t("^^^KCME^CASE~").p(p["tox"], "other_id").t("^^^TOXLIMS^ACC||")
    L.p(p["last"].upper(), "name").t("^").p(p["first"].upper(), "name")
    if mid:
        L.t("^").p(mid, "name")
    L.t("||").p(dfmt(p["dob"], "hl7"), "date").t("|%s|||" % p["sex"])
    if rng.random() < 0.5:
        L.p(p["street"].upper(), "address").t("^^").p(p["city"].upper(), "address").t("^%s^" % p["state"]).p(p["zip"], "zip")
    L.t("||||||||||||||||||").p(dfmt(p["dod"], "hl7") + p["tod"].replace(":", ""), "date").t("|Y")
    out.append(L)
    if rng.random() < 0.6:
        CLK.small()
        L = hl7_head()
        coll = p["dod"] + dt.timedelta(days=rng.randint(0, 2))
        L.t("OBR|1||").p(p["tox"], "other_id").t("^TOXLIMS|TOXCOMP^Comprehensive Postmortem Tox Panel^L|||")
        L.p(dfmt(coll, "hl7") + "%02d%02d" % (rng.randint(7, 16), rng.choice([0, 15, 30, 45])), "date")
        L.t("|||||||||%s^%s^%s|||||||F" % (p["path"][1], p["path"][0].split()[1].upper(), p["path"][0].split()[0].upper()))
        out.append(L)
    return out


def hl7_nophi():
    L = hl7_head()
    k = rng.randint(0, 3)
    if k == 0:
        L.t("MSH|^~\\&|TOXLIMS|KCME_TOX|CMS|KCME|%s||ORU^R01^ORU_R01|MSG%06d|P|2.5.1" % (CLK.t.strftime("%Y%m%d%H%M%S"), rng.randint(1000, 9999)))
    elif k == 1:
        a = rng.choice(ANALYTES)
        v = rng.uniform(a[2], a[3])
        L.t("OBX|%d|NM|%s^%s^L||%s|%s|||||F|||%s" % (rng.randint(1, 12), a[0][:4].upper(), a[0], ("%.3f" % v) if v < 1 else ("%.1f" % v), a[1], CLK.t.strftime("%Y%m%d%H%M")))
    elif k == 2:
        L.t("MSA|AA|MSG%06d|accepted" % rng.randint(1000, 9999))
    else:
        L.t("NTE|1|L|Specimen slightly hemolyzed; results reported with caution. Reviewed by %s." % rng.choice(TOX_STAFF)[0])
    return [L]


# --------------------------------------------------------------------------
# family: EDRS XML (log4j 1.x style bridge)
# --------------------------------------------------------------------------

def edrs_head(level="INFO"):
    L = Line("edrs-xml")
    L.t("%s [edrs-submit-%d] %-5s EdrsClient - " % (ts_log4j(), rng.randint(1, 3), level))
    return L


def edrs_phi():
    p = active_person()
    L = edrs_head()
    k = rng.randint(0, 3)
    if k <= 2:
        L.t('POST https://edrs-api.doh.wa.gov/v2/deathRecords payload=<?xml version="1.0" encoding="UTF-8"?><DeathRecord xmlns="urn:wa:doh:edrs:v2" version="2.1">')
        L.t("<CaseNumber>").p(p["case"], "other_id").t("</CaseNumber><Decedent><Name><First>").p(xesc(p["first"]), "name").t("</First>")
        if p["middle"]:
            L.t("<Middle>").p(xesc(p["middle"]), "name").t("</Middle>")
        L.t("<Last>").p(xesc(p["last"]), "name").t("</Last></Name><Sex>%s</Sex><SSN>" % p["sex"]).p(p["ssn"].replace("-", ""), "ssn")
        L.t("</SSN><DOB>").p(dfmt(p["dob"], "iso"), "date").t('</DOB><Age units="YEARS">').tp(p["age"], age_cat(p["age"])).t("</Age>")
        L.t("<Residence><Street>").p(xesc(p["street"]), "address").t("</Street><City>").p(p["city"], "address")
        L.t("</City><County>").p(p["county"], "address").t("</County><State>%s</State><Zip>" % p["state"]).p(p["zip"], "zip")
        L.t("</Zip></Residence></Decedent><Death><Date>").p(dfmt(p["dod"], "iso"), "date").t("</Date><Time>%s</Time>" % p["tod"])
        if p["scene_type"] == "ROADWAY":
            L.t("<PlaceType>OTHER</PlaceType><InjuryLocation>").p(xesc(p["scene_street"]), "address").t("</InjuryLocation><City>")
            L.p(p["scene_city"], "address").t("</City>")
        else:
            h = p["hosp"]
            L.t("<PlaceType>HOSPITAL_INPATIENT</PlaceType><Facility>%s</Facility><City>" % xesc(h[1])).p("Yakima", "address").t("</City>")
        L.t("<County>").p("Kittredge", "address").t("</County></Death>")
        L.t("<Informant><Name>").p(xesc(nok_name(p)), "name").t("</Name><Relationship>%s</Relationship><Phone>" % p["nok_rel"]).p(nok_phone(p, 3), "phone").t("</Phone></Informant>")
        L.t("<Cause><LineA>%s</LineA><Manner>%s</Manner></Cause>" % (xesc(p["cod"]), p["manner"]))
        L.t("<Certifier><Name>%s, MD</Name><License>%s</License></Certifier>" % (p["path"][0], p["path"][1]))
        fh = p["fh"]
        L.t('<FuneralHome id="%s">%s</FuneralHome></DeathRecord>' % (fh[4], xesc(fh[1])))
        return [L]
    L.t("response status=200 body=<Ack><TransactionId>%s</TransactionId><Status>REGISTERED</Status><StateFileNumber>" % uuid4())
    L.p(p["sfn"], "other_id").t("</StateFileNumber><CaseNumber>").p(p["case"], "other_id").t("</CaseNumber></Ack>")
    return [L]


def edrs_nophi():
    k = rng.randint(0, 4)
    if k == 0:
        L = edrs_head("WARN")
        L.t("response status=422 body=<Ack><TransactionId>%s</TransactionId><Status>REJECTED</Status><Error code=\"E%03d\">%s</Error></Ack>" % (
            uuid4(), rng.randint(100, 399), rng.choice(["Cause of death line a exceeds 120 characters", "Certifier license not active",
                                                         "Funeral home id unknown", "Missing informant relationship"])))
    elif k == 1:
        L = edrs_head()
        L.t("connected to edrs-api.doh.wa.gov/198.51.100.%d:443 protocol=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 handshakeMs=%d" % (rng.randint(10, 60), rng.randint(40, 400)))
    elif k == 2:
        L = edrs_head("ERROR")
        L.t("SOAP fault from legacy endpoint: <soap:Fault><faultcode>soap:Server</faultcode><faultstring>Service temporarily unavailable</faultstring></soap:Fault>")
    elif k == 3:
        L = edrs_head()
        L.t("queue depth=%d oldest=%ds submitted_today=%d registered_today=%d" % (rng.randint(0, 15), rng.randint(0, 7200), rng.randint(0, 20), rng.randint(0, 18)))
    else:
        L = edrs_head()
        L.t("response status=202 body=<Ack><TransactionId>%s</TransactionId><Status>QUEUED</Status><Eta>PT%dM</Eta></Ack>" % (uuid4(), rng.randint(1, 30)))
    return [L]


# --------------------------------------------------------------------------
# family: EDRS pipe-delimited batch dump
# --------------------------------------------------------------------------

def pipe_head(name="edrs-batch"):
    L = Line("edrs-pipe")
    L.t("%s kcme-int01 %s[%d]: " % (CLK.t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if CLK.t.day < 10 else CLK.t.strftime("%b %d %H:%M:%S"), name, 3117))
    return L


def pipe_phi():
    p = active_person()
    L = pipe_head()
    L.t(">> DR|%d|" % rng.randint(1, 30)).p(p["case"], "other_id").t("|").p(p["last"].upper(), "name").t("|").p(p["first"].upper(), "name").t("|")
    if p["middle"]:
        L.p(p["middle"].upper(), "name")
    L.t("|%s|" % p["sex"]).p(dfmt(p["dob"], "hl7"), "date").t("|").p(dfmt(p["dod"], "hl7"), "date").t("|%s|" % p["tod"].replace(":", ""))
    L.tp("%03d" % p["age"], age_cat(p["age"])).t("|1|").p(p["ssn"].replace("-", ""), "ssn").t("|").p(p["street"].upper(), "address")
    L.t("|").p(p["city"].upper(), "address").t("|%s|" % p["state"]).p(p["zip"], "zip").t("|").p(p["county"].upper(), "address")
    L.t("|").p(nok_name(p, "UP"), "name").t("|%s|%s|%s|%s|" % (p["nok_rel"], p["manner"][:1], p["path"][1], p["fh"][4]))
    return [L]


def pipe_nophi():
    L = pipe_head()
    k = rng.randint(0, 3)
    b = "B%04d" % rng.randint(20, 60)
    if k == 0:
        L.t(">> HDR|KCME|EDRSPIPE|2.1|%s|%s|" % (CLK.t.strftime("%Y%m%d"), b))
    elif k == 1:
        L.t(">> TRL|%s|%d|%s|" % (b, rng.randint(3, 20), hexs(8).upper()))
    elif k == 2:
        L.t("<< ACK|%s|ACCEPTED|%d|0|" % (b, rng.randint(3, 20)))
    else:
        L.t("sftp put /outbound/edrs/KCME_%s_%s.dat -> sftp.doh.wa.gov:/inbound/kcme/ (%d bytes, %d ms)" % (CLK.t.strftime("%Y%m%d"), b, rng.randint(2000, 40000), rng.randint(100, 3000)))
    return [L]


# --------------------------------------------------------------------------
# family: organ & tissue donor referral (syslog + Gson webhook)
# --------------------------------------------------------------------------

def syslog_head(prog="referral-svc", host="opo-gw01"):
    L = Line("donor-referral-syslog")
    d = CLK.t.strftime("%b ") + ("%2d" % CLK.t.day) + CLK.t.strftime(" %H:%M:%S")
    L.t("%s %s %s[%d]: " % (d, host, prog, 2231))
    return L


def donor_phi():
    p = active_person()
    k = rng.randint(0, 4)
    if k == 0:
        L = syslog_head()
        L.t("REFERRAL ref=").p(p["opo"], "other_id").t(" src=KCME case=").p(p["case"], "other_id").t(' name="').p(full_name(p, "FL"), "name")
        L.t('" age=').tp(p["age"], age_cat(p["age"])).t(" sex=%s dod=" % p["sex"]).p(dfmt(p["dod"], "iso"), "date")
        L.t(" tod=%s cod=\"%s\" vent=N caller=%s" % (p["tod"], p["cod"][:40], p["inv"][1]))
        if rng.random() < 0.5:
            L.t(" hosp=%s mrn=" % p["hosp"][0]).p(p["mrn"], "mrn")
        return [L]
    if k == 1:
        L = syslog_head()
        L.t("NOK_CONTACT ref=").p(p["opo"], "other_id").t(' nok="').p(nok_name(p), "name").t('" rel=%s phone=' % p["nok_rel"].lower())
        L.p(nok_phone(p, 4), "phone").t(" consent=%s coordinator=%s" % (rng.choice(["PENDING", "DECLINED", "AUTHORIZED"]), rng.choice(OPO_STAFF)[1]))
        return [L]
    if k == 2:
        L = syslog_head()
        L.t("SCREEN ref=").p(p["opo"], "other_id").t(" outcome=%s reason=%s age=" % (rng.choice(["RULE_OUT", "TISSUE_ONLY", "EYE_ONLY"]), rng.choice(["AGE", "TIME_SINCE_DEATH", "MED_HISTORY"])))
        L.tp(p["age"], age_cat(p["age"])).t(" warmIschemiaH=%d" % rng.randint(1, 30))
        return [L]
    if k == 3:
        L = syslog_head()
        L.t("REGISTRY_CHECK ref=").p(p["opo"], "other_id").t(" registry=WA_DONATE_LIFE dob=").p(dfmt(p["dob"], "us"), "date")
        L.t(" dl=").p(p["dl"], "license").t(" result=%s" % rng.choice(["REGISTERED_DONOR", "NOT_FOUND", "NOT_FOUND"]))
        return [L]
    L = Line("donor-referral-gson")
    L.t("%s INFO  [opo-webhook-1] c.k.m.cms.integration.OpoWebhook - POST https://referrals.lifecenternw.org/api/referrals body=" % ts_log4j())
    jemit(L, {"sourceSystem": "KCME-CMS", "caseId": V(p["case"], "other_id"),
              "decedent": {"name": V(full_name(p, "FL"), "name"), "dob": V(dfmt(p["dob"], "iso"), "date"),
                           "age": V(p["age"], age_cat(p["age"])) if p["age"] > 89 else p["age"],
                           "timeOfDeath": V(dfmt(p["dod"], "iso") + "T" + p["tod"] + ":00", "date")},
              "nextOfKin": {"name": V(nok_name(p), "name"), "relation": p["nok_rel"], "phone": V(nok_phone(p, 0), "phone")},
              "callback": "tel=%s" % OFFICE_PHONE, "note": "Family <prefers> contact after 5pm & by phone"}, "gson")
    return [L]


def donor_nophi():
    L = syslog_head(rng.choice(["referral-svc", "asterisk"]))
    k = rng.randint(0, 4)
    h = rng.choice(HOSPITALS)
    if k == 0:
        L.t("CALL_IN trunk=%d ani=%s dnis=8005550199 queue=DONOR_REFERRALS wait=%ds" % (rng.randint(1, 4), h[2].replace("(", "").replace(") ", "").replace("-", ""), rng.randint(3, 200)))
    elif k == 1:
        s = rng.choice(OPO_STAFF)
        L.t("CALL_ANSWERED agent=%s ext=%s uniqueid=%d.%d" % (s[1], s[2], epoch(), rng.randint(100, 9999)))
    elif k == 2:
        L.t("CALL_END uniqueid=%d.%d duration=00:%02d:%02d disposition=%s" % (epoch(), rng.randint(100, 9999), rng.randint(1, 20), rng.randint(0, 59), rng.choice(["REFERRAL_TAKEN", "INFO_ONLY", "TRANSFERRED"])))
    elif k == 3:
        L.t("QUEUE_STATS queue=DONOR_REFERRALS calls_waiting=%d longest_wait=%ds agents_available=%d sla_pct=%.1f" % (rng.randint(0, 4), rng.randint(0, 300), rng.randint(0, 3), rng.uniform(82, 99.9)))
    else:
        L.t("ONCALL coordinator=%s pager=%s shift_end=%s" % (rng.choice(OPO_STAFF)[0], rng.choice(["(206) 555-0117", "(206) 555-0126"]), (CLK.t + dt.timedelta(hours=rng.randint(1, 12))).strftime("%H:00")))
    return [L]


# --------------------------------------------------------------------------
# family: public records request tracker (Monolog, PHP)
# --------------------------------------------------------------------------

def mono_head(level="INFO"):
    L = Line("prr-monolog")
    L.t("[%s] prr.%s: " % (CLK.t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06d-07:00" % (CLK.ms * 1000), level))
    return L


def prr_no():
    return "PRR-2024-%04d" % rng.randint(100, 260)


def prr_phi(k=None, fax=False):
    p = active_person()
    if k is None:
        k = rng.randint(0, 4)
    L = mono_head()
    if k <= 1:
        r = rng.choice(REQUESTERS)
        L.t("Request created ")
        jemit(L, {"id": prr_no(), "type": rng.choice(["AUTOPSY_REPORT", "TOX_REPORT", "INVESTIGATOR_REPORT", "SCENE_PHOTOS"]),
                  "case": V(p["case"], "other_id"), "requester": {"name": r[0], "org": r[1], "email": r[2]},
                  "received": CLK.t.strftime("%Y-%m-%d"), "fee_waiver": False})
        L.t(" []")
    elif k == 2:
        L.t("Request created ")
        req = {"name": V(nok_name(p), "name"), "relationship": p["nok_rel"].lower(), "email": V(p["nok_email"], "email"),
               "phone": V(nok_phone(p, 1), "phone")}
        if fax or rng.random() < 0.2:
            req["fax"] = V(phone_fmt(p["nok_area"], rng.choice(NOK_LAST4), 1), "fax")
        req["mailing"] = {"street": V(p["nok_street"], "address"), "city": V(p["nok_city"], "address"),
                          "state": p["nok_state"], "zip": V(p["nok_zip"], "zip")}
        jemit(L, {"id": prr_no(), "type": "AUTOPSY_REPORT", "case": V(p["case"], "other_id"),
                  "requester": req, "requester_is_nok": True, "received": CLK.t.strftime("%Y-%m-%d")})
        L.t(" []")
    elif k == 4:
        L.t("Overpayment refund issued ")
        jemit(L, {"id": prr_no(), "payee": V(nok_name(p), "name"), "amount": "%.2f" % (rng.randint(2, 40) * 0.15),
                  "ach_routing": rng.choice(["125000024", "325070760", "123000220"]),
                  "ach_account": V("%d" % rng.randint(10 ** 9, 10 ** 12), "account"), "invoice": "INV-%06d" % rng.randint(1000, 99999)})
        L.t(" []")
    else:
        L = mono_head("NOTICE")
        L.t("Identity verified for next-of-kin request ")
        jemit(L, {"id": prr_no(), "case": V(p["case"], "other_id"), "decedent_dob": V(dfmt(p["dob"], "iso"), "date"),
                  "verified_by": rng.choice(CLERKS), "method": "NOTARIZED_AFFIDAVIT"})
        L.t(" []")
    return [L]


def prr_nophi():
    k = rng.randint(0, 5)
    L = mono_head()
    if k == 0:
        r = rng.choice(REQUESTERS)
        L.t("Request created ")
        jemit(L, {"id": prr_no(), "type": "STATISTICS", "subject": rng.choice(["2023 fentanyl deaths by month", "unclaimed remains 2019-2023",
                                                                             "traffic fatalities by county road 2023", "heat-related deaths summer 2023"]),
                  "requester": {"name": r[0], "org": r[1], "email": r[2]}, "received": CLK.t.strftime("%Y-%m-%d")})
    elif k == 1:
        L.t("Invoice generated ")
        jemit(L, {"id": prr_no(), "pages": rng.randint(3, 90), "amount": "%.2f" % (rng.randint(3, 90) * 0.15 + 5), "invoice": "INV-%06d" % rng.randint(1000, 99999)})
    elif k == 2:
        L.t("Redaction task assigned ")
        jemit(L, {"id": prr_no(), "clerk": rng.choice(CLERKS), "due": (CLK.t + dt.timedelta(days=rng.randint(2, 10))).strftime("%Y-%m-%d"), "pages": rng.randint(3, 60)})
    elif k == 3:
        L.t("Request closed ")
        jemit(L, {"id": prr_no(), "disposition": rng.choice(["FULFILLED", "DENIED_EXEMPT_RCW_68.50.105", "WITHDRAWN"]), "elapsed_days": rng.randint(1, 40)})
    elif k == 4:
        L = mono_head("WARNING")
        L.t("Statutory 5-day response deadline approaching ")
        jemit(L, {"id": prr_no(), "deadline": (CLK.t + dt.timedelta(days=1)).strftime("%Y-%m-%d"), "owner": rng.choice(CLERKS)})
    else:
        L = mono_head("ERROR")
        L.t("Mailer failed ")
        jemit(L, {"transport": "smtp://relay.kittredgecounty.gov:587", "from": "records-noreply@kittredgecounty.gov", "error": "421 4.7.0 Try again later"})
    L.t(" []")
    return [L]


# --------------------------------------------------------------------------
# family: nginx access log (family portal + CMS API)
# --------------------------------------------------------------------------

UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
       'Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.90 Mobile Safari/537.36',
       'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15']


def ngx_time():
    return CLK.t.strftime("[%d/%b/%Y:%H:%M:%S -0700]")


def nginx_phi():
    p = active_person()
    L = Line("nginx-combined")
    k = rng.randint(0, 3)
    if k <= 1:
        L.p(p["nok_ip"], "ip").t(" - - %s \"GET /portal/cases/" % ngx_time()).p(p["case"], "other_id")
        L.t("/%s HTTP/2.0\" 200 %d \"https://portal.kittredgeme.org/portal/home\" \"%s\"" % (rng.choice(["status", "documents", "release"]), rng.randint(300, 9000), rng.choice(UAS)))
    elif k == 2:
        L.p(p["nok_ip"], "ip").t(" - - %s \"POST /portal/login HTTP/2.0\" %d %d \"https://portal.kittredgeme.org/portal/login\" \"%s\"" % (ngx_time(), rng.choice([302, 302, 401]), rng.randint(0, 900), rng.choice(UAS)))
    else:
        L.t("10.40.%d.%d - %s %s \"GET /cms/api/v1/cases/" % (rng.randint(1, 6), rng.randint(2, 250), p["inv"][1], ngx_time())).p(p["case"], "other_id")
        L.t("/timeline HTTP/1.1\" 200 %d \"-\" \"%s\"" % (rng.randint(800, 30000), UAS[1]))
    return [L]


def nginx_nophi():
    L = Line("nginx-combined")
    k = rng.randint(0, 4)
    if k == 0:
        L.t("10.40.0.%d - - %s \"GET /actuator/health HTTP/1.1\" 200 15 \"-\" \"kube-probe/1.27\"" % (rng.randint(2, 9), ngx_time()))
    elif k == 1:
        L.t("10.40.%d.%d - %s %s \"GET /cms/api/v1/census?cooler=%s HTTP/1.1\" 200 %d \"-\" \"%s\"" % (rng.randint(1, 6), rng.randint(2, 250), rng.choice(INVESTIGATORS)[1], ngx_time(), rng.choice("AB"), rng.randint(200, 4000), UAS[1]))
    elif k == 2:
        L.t("172.20.%d.%d - - %s \"GET /portal/static/js/main.%s.js HTTP/1.1\" 304 0 \"https://portal.kittredgeme.org/portal/login\" \"%s\"" % (rng.randint(0, 15), rng.randint(2, 250), ngx_time(), hexs(8), rng.choice(UAS)))
    elif k == 3:
        L.t("10.40.%d.%d - - %s \"POST /cms/api/v1/reports/RPT-2024-%06d/sign HTTP/1.1\" 204 0 \"-\" \"%s\"" % (rng.randint(1, 6), rng.randint(2, 250), ngx_time(), rng.randint(800, 1400), UAS[3]))
    else:
        L.t("192.168.%d.%d - - %s \"GET /scene-api/v2/config?app=3.8.2 HTTP/1.1\" 200 %d \"-\" \"SceneInvestigator/412 CFNetwork/1494.0.7 Darwin/23.4.0\"" % (rng.randint(0, 3), rng.randint(2, 250), ngx_time(), rng.randint(300, 2000)))
    return [L]


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

FAMILIES = [
    (cms_phi, cms_nophi, 24),
    (audit_phi, audit_nophi, 7),
    (scene_phi, scene_nophi, 9),
    (cooler_phi, cooler_nophi, 10),
    (lims_phi, lims_nophi, 9),
    (hl7_phi, hl7_nophi, 4),
    (edrs_phi, edrs_nophi, 6),
    (pipe_phi, pipe_nophi, 5),
    (donor_phi, donor_nophi, 8),
    (prr_phi, prr_nophi, 7),
    (nginx_phi, nginx_nophi, 9),
]
TARGET_NOPHI = 0.55


def main():
    lines = []
    weights = [f[2] for f in FAMILIES]
    rare = ([lambda: cms_phi(7)] * 5 + [lambda: cms_phi(9, True)] * 4 + [lambda: cms_phi(11)] * 4 +
            [lambda: cms_phi(15)] * 4 + [lambda: cms_phi(12)] * 5 + [lambda: cms_phi(6)] * 3 +
            [lambda: cms_phi(5)] * 3 + [lambda: scene_phi(rng.randint(0, 1), True)] * 6 +
            [lambda: scene_phi(2)] * 2 + [lambda: scene_phi(3)] * 2 + [lambda: prr_phi(2, True)] * 3 +
            [lambda: prr_phi(4)] * 2 + [lambda: audit_phi(3)] * 3 + [lambda: cms_phi(10)] * 2)
    rng.shuffle(rare)
    while len(lines) < N_LINES:
        CLK.tick()
        PROGRESS[0] = len(lines)
        fam = rng.choices(FAMILIES, weights=weights)[0]
        n_no = sum(1 for L in lines if not L.spans)
        share = n_no / len(lines) if lines else 0.5
        want_no = rng.random() < (0.8 if share < TARGET_NOPHI else 0.3)
        if not want_no and rare and rng.random() < 0.3:
            new = rare.pop()()
        else:
            new = (fam[1] if want_no else fam[0])()
        for L in new:
            L.finish()
        lines.extend(new)
    lines = lines[:N_LINES]
    # the cut may have split a multi-line record; that's acceptable for a log tail
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as f:
        for L in lines:
            f.write(bytes(L.b) + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for i, L in enumerate(lines, 1):
            rec = {"line": i, "family": L.fam,
                   "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in sorted(L.spans)]}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
