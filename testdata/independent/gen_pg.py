#!/usr/bin/env python3
"""gen_pg.py - synthetic labeled log corpus "pg".

Organisation: Lakeshore Children's Hospital (Milwaukee, WI), level IV NICU
(pods 1-4) and its on-site donor milk room, fed by the Great Lakes Mothers'
Milk Bank.  Writes pg.log (500 lines) and pg.labels.jsonl in the current
directory.  Standard library only, fixed seed: two runs give identical bytes.

Systems simulated (one SIEM/log-archive export, interleaved by time):
  1. Patient monitoring central station (IntelliVue-style PIIC): HL7 v2
     ORU^R01 vitals (one segment per line) and syslog alarm lines.
  2. Smart-pump server (Alaris/Guardrails-style): JSON infusion events and
     logfmt fleet/battery/firmware lines.
  3. MilkTrak (home-grown milk-room barcode scanning): key=value scan lines,
     Java stack traces, PostgreSQL statement log of its database.
  4. Milk bank donor registry: one-line XML donor screening records,
     pasteurization batch release lines.
  5. mbl-svc (mother-baby linkage microservice): JSON logs.
  6. Newborn screening follow-up tracker: CSV export rows.
  7. NICU transport dispatch (Angel transport team): pipe-delimited CAD rows
     and free-text dispatcher notes.
  8. Family webcam service (NestCam-style): nginx combined access log.
  9. NestLink parent messaging app: JSON events with chat bodies, SMS
     gateway lines.
 10. Interface engine ADT feed: HL7 v2 ADT^A01/A08 (one segment per line).
 11. FHIR API gateway: one-line FHIR resources.
 12. Clearinghouse: one-line X12 270/271 eligibility transactions.
 13. EHR access audit: CSV rows.
 14. Freezer/fridge temperature monitoring: fixed-width lines.
 15. Active Directory / VPN auth: key=value lines (staff only).
 16. Kubernetes platform: logfmt lines.
 17. Nursing / lactation / social-work free-text notes.
 18. Family services desk (parent badges, parking, breast-pump loans):
     pipe-delimited rows.
 19. Payment gateway for the family portal: JSON.

Labeling decisions (grey cases):
  - Infants are patients; mothers are patients too (postpartum, and the
    milk source) and relatives; fathers/partners, grandparents and other
    emergency contacts are relatives.  All their identifiers are PHI.
  - Milk donors are persons the milk bank serves: their names, DOB, phone,
    email, address, donor IDs (other_id) and lab accession numbers
    (other_id) are PHI.
  - "BABY GIRL OKAFOR", "Baby A Nguyen", HL7 "NGUYEN^BABY A" are one `name`
    span each (the surname identifies).  HL7 XPN family^given is one span.
  - Mother's-own-milk bottle barcodes embed the infant MRN -> other_id.
    Pooled donor milk lot numbers and pasteurization batch IDs (mixed from
    several donors, product lot), fortifier GTIN/lots are NOT PHI.
  - Clinical event dates tied to a person (DOB, birth time, admit date,
    milk expressed-at, screen collection, appointment, expiry of a MOM
    bottle derived from expressed time) are `date`.  The timestamp of the
    log record itself, scan times and pump event times are not PHI.
  - Hospital-owned shared equipment (infusion pumps, monitors, isolettes,
    bed/pod numbers, scanner and workstation IDs) is NOT PHI even when
    associated with a patient.  Devices issued to or carried by the family
    (loaned home breast-pump serial, parent phone IMEI as payment
    device_id, phone MAC on the family guest Wi-Fi) are `device`.
  - Parent IP addresses (webcam/app/portal) are `ip`; hospital, CDN and
    vendor server IPs are not.  Webcam URLs that carry a family access code
    or infant bed-stream token are `url` (the path+query).
  - MRNs, infant band IDs, FHIR Patient ids -> mrn.  Encounter CSN / HAR
    (hospital account, also as HL7 GT1 guarantor number) and card numbers
    (valid and invalid Luhn alike) -> account.  Medicaid/ForwardHealth
    IDs, subscriber IDs, MBI -> health_plan.  NBS filter-card kit numbers,
    state lab accessions, transport case numbers, social-work referral
    IDs, webcam family codes (when standalone) -> other_id.
  - Mother's SSN in HL7 GT1 and X12 REF*SY -> ssn.  No fax numbers occur.
  - Ages: infants' day-of-life, gestational age, birth weight, mothers'
    ages are not PHI; only ages > 89 (a great-grandmother) are `age`.
  - Staff (nurses, neonatologists, RTs, IBCLCs, milk techs), their NPIs,
    usernames and badge IDs, referring hospitals, transport units, vendor
    addresses/phones/emails are not PHI.  City of a referring hospital is
    not PHI; a family's home city is `address`.
  - Parent face photo / infant photo base64 blobs -> photo; fingerprint
    template for parent badge -> biometric.
  - Driver's licence numbers of parents -> license; plates and VINs of the
    family car in the parking system -> vehicle.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys

R = random.Random(202411142)
ID = "pg"
NLINES = 500


# ----------------------------------------------------------------- Line ---
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, *ss):
        for s in ss:
            s = str(s)
            self.buf.append(s)
            self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        if cat:
            b = len(s.encode("utf-8"))
            self.spans.append((self.n, self.n + b, cat, s))
        return self.t(s)

    def text(self):
        return "".join(self.buf)


class O(list):
    """JSON object: list of (key, value[, cat])."""


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jval(L, v, cat, a, sep):
    if isinstance(v, O):
        jobj(L, v, a, sep)
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(sep[0])
            if isinstance(x, tuple):
                jval(L, x[0], x[1], a, sep)
            else:
                jval(L, x, None, a, sep)
        L.t("]")
    elif isinstance(v, str):
        L.t('"').p(jesc(v, a), cat).t('"')
    else:
        L.p(json.dumps(v), cat)


def jobj(L, items, a=False, sep=(", ", ": ")):
    L.t("{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            L.t(sep[0])
        L.t('"' + jesc(k, a) + '"' + sep[1])
        jval(L, v, cat, a, sep)
    L.t("}")
    return L


def J(fam, items, a=False, compact=False):
    L = Line(fam)
    return jobj(L, items, a, (",", ":") if compact else (", ", ": "))


def segs(L, parts):
    """parts: list of str or (str, cat)"""
    for x in parts:
        if isinstance(x, tuple):
            L.p(x[0], x[1])
        else:
            L.t(x)
    return L


def mk(fam, *parts):
    return segs(Line(fam), parts)


# ------------------------------------------------------------- numbers ---
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
    base = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def card(prefix="4", n=16, valid=True):
    b = prefix + "".join(R.choice("0123456789") for _ in range(n - len(prefix) - 1))
    d = luhn_digit(b)
    if not valid:
        d = str((int(d) + R.randint(1, 9)) % 10)
    return b + d


def imei():
    b = R.choice(["35", "86", "01", "35"]) + "".join(R.choice("0123456789") for _ in range(12))
    return b + luhn_digit(b)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(valid=True):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "2T1", "1FT", "5YJ", "3VW", "1C4", "KNM", "JTD"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" +
             R.choice("LMNPR") + "".join(R.choice(chars) for _ in range(7)))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    if not valid:
        v[8] = R.choice([c for c in "0123456789X" if c != v[8]])
    return "".join(v)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_L + "0123456789"
    d = "0123456789"
    return (R.choice("123456789") + R.choice(MBI_L) + R.choice(an) + R.choice(d) +
            R.choice(MBI_L) + R.choice(an) + R.choice(d) + R.choice(MBI_L) +
            R.choice(MBI_L) + R.choice(d) + R.choice(d))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


AREA = ["414", "262", "920", "608", "715", "224", "312", "847", "651"]


def phone():
    return R.choice(AREA), str(R.randint(201, 989)), "%04d" % R.randint(0, 9999)


def fmt_phone(p, style):
    a, b, c = p
    return {0: "(%s) %s-%s" % p, 1: "%s-%s-%s" % p, 2: "+1%s%s%s" % p,
            3: "%s.%s.%s" % p, 4: "%s%s%s" % p}[style]


# --------------------------------------------------------------- people ---
MOM_FIRST = ["Amara", "Guadalupe", "Siobhan", "Mei-Ling", "Thandiwe", "Ingrid", "Fatima",
             "Keisha", "Olga", "Priya", "Yesenia", "Hope", "Autumn", "Dakota", "Xóchitl",
             "Zoë", "Renée", "Nadia", "Hana", "Bich Ngoc", "Ayesha", "Marisol", "Chloé",
             "Precious", "Brandy", "Kateryna", "Summer", "Mai Yer", "Destiny", "Joy"]
DAD_FIRST = ["Tomasz", "DeShawn", "Ibrahim", "Joaquín", "Kwame", "Bjørn", "Hieu", "Mateo",
             "Rustam", "Cody", "Rahul", "Eli", "Tou", "Garrett", "Malik", "Sean"]
SURN = ["Okafor-Lindqvist", "de la Cruz", "Van der Berg", "Nguyen", "Kowalczyk", "Rose",
        "Bishop", "Small", "Winter", "Young", "Al-Masri", "Ó Briain", "Castillo Ramírez",
        "Yazzie", "Thao", "Haugen", "Mwangi", "Brooks-Whitfield", "Patel", "Schultz",
        "Chávez", "Xiong", "Lindgren", "Freeman", "Dubois", "Hart", "Story", "King",
        "Sparrow", "Goldberg", "Ramos-Oyelaran", "Wolf", "Hmielewski", "Baptiste", "Lee"]
BABY_FIRST = ["Nova", "Elias", "Amaya", "Jude", "Ximena", "Kai", "Theo", "Aaliyah", "Zainab",
              "Oliver", "Lior", "Mila", "Journey", "Maverick", "Paisley", "Ezra"]
STREETS = ["N Humboldt Blvd", "W Burleigh St", "S 16th St", "E Lincoln Ave", "W Oklahoma Ave",
           "N Teutonia Ave", "Sunnyslope Rd", "Orchard Ln", "W Rawson Ave", "N Cramer St",
           "Prairie View Dr", "County Rd K", "E Johnson St", "Cherry Blossom Ct", "W Mequon Rd"]
CITIES = [("Milwaukee", "532%02d"), ("West Allis", "53214"), ("Waukesha", "53186"),
          ("Racine", "534%02d"), ("Kenosha", "53144"), ("Sheboygan", "53081"),
          ("Fond du Lac", "54935"), ("Oak Creek", "53154"), ("Menomonee Falls", "53051"),
          ("Beaver Dam", "53916"), ("Janesville", "53545"), ("Appleton", "54914"),
          ("Wauwatosa", "53213"), ("Zion", "60099")]
EMAIL_DOM = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "att.net", "charter.net",
             "hotmail.com", "proton.me"]

STAFF = [("Hannah", "Prusinski", "MD", "hprusinski"), ("Olusegun", "Adeyemi", "MD", "oadeyemi"),
         ("Rebecca", "Tran-Halvorsen", "MD", "rtranhal"), ("Kristin", "Mahoney", "RN", "kmahoney"),
         ("Luis", "Echeverría", "RN", "lecheverria"), ("Jamal", "Whitaker", "RRT", "jwhitaker"),
         ("Sarah", "Kim", "IBCLC", "skim4"), ("Megan", "Voss", "DTR", "mvoss"),
         ("Patrick", "Kowalski", "MLT", "pkowalski"), ("Aisha", "Bello", "NNP", "abello"),
         ("Dana", "Whitcomb", "LCSW", "dwhitcomb"), ("Trevor", "Lindahl", "RN", "tlindahl"),
         ("Grace", "Oyelowo", "RN", "goyelowo"), ("Mark", "Feeney", "EMT-P", "mfeeney"),
         ("Yuki", "Sato", "PharmD", "ysato")]
STAFF = [dict(first=a, last=b, cred=c, user=d, npi=npi()) for a, b, c, d in STAFF]

REF_HOSP = ["Aurora St. Luke's South Shore", "Froedtert Menomonee Falls", "SSM St. Agnes Fond du Lac",
            "Ascension All Saints Racine", "ThedaCare Regional Neenah", "Mercyhealth Janesville",
            "Advocate Condell Libertyville", "Beaver Dam Community Hospital"]


def mkdate(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


T0 = dt.datetime(2024, 11, 14, 21, 47, 12)


def mk_person(first_pool, last=None):
    f = R.choice(first_pool)
    l = last or R.choice(SURN)
    return dict(first=f, last=l)


def mk_family(i):
    m = mk_person(MOM_FIRST)
    d = mk_person(DAD_FIRST, R.choice([m["last"], None, None]))
    city, zp = R.choice(CITIES)
    if "%" in zp:
        zp = zp % R.randint(4, 24)
    m.update(dob=mkdate(1983, 2005), mrn=str(R.randint(40000000, 49999999)),
             phone=phone(), street="%d %s" % (R.randint(100, 9899), R.choice(STREETS)),
             apt=R.choice(["", "", "", " Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD")]),
             city=city, zip=zp, ssn=ssn(),
             medicaid=digits(10) if R.random() < 0.55 else None,
             subscriber=R.choice(["W", "XOJ", "UMR"]) + digits(9),
             dl="%s%s-%s-%s-%s" % (m["last"][0].upper() if m["last"][0].isascii() else "O",
                                 digits(3), digits(4), digits(4), digits(2)),
             plate=R.choice(["AB", "AC", "AK", "AJ", "AH"]) + "%d" % R.randint(1000, 9999) + R.choice(["", ""]),
             vin=vin(R.random() > 0.1), imei=imei(),
             mac=":".join("%02x" % R.randint(0, 255) for _ in range(6)),
             ip=R.choice(["73.%d.%d.%d", "174.%d.%d.%d", "99.%d.%d.%d", "24.%d.%d.%d", "65.%d.%d.%d"]) % (
                 R.randint(1, 254), R.randint(0, 255), R.randint(1, 254)),
             ip6="2600:1700:%s:%s::%s" % (hexs(4), hexs(3), hexs(2)),
             webcode="".join(R.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(8)),
             pump_sn="%d%s" % (R.randint(10, 24), digits(7)))
    m["email"] = "%s.%s%d@%s" % (m["first"].lower().replace(" ", "").replace("ó", "o").replace("ë", "e")
                                 .replace("é", "e").replace("ö", "o"),
                                 m["last"].lower().replace(" ", "").replace("-", "").replace("á", "a")
                                 .replace("í", "i").replace("ó", "o"),
                                 R.randint(1, 99), R.choice(EMAIL_DOM))
    m["email"] = m["email"].encode("ascii", "ignore").decode()
    d["phone"] = phone()
    blast = R.choice([m["last"], d["last"], m["last"]])
    nb = 2 if R.random() < 0.15 else 1
    born = T0 - dt.timedelta(minutes=R.randint(60, 70 * 24 * 60))
    babies = []
    for k in range(nb):
        sex = R.choice(["M", "F"])
        named = R.random() < 0.4
        if named:
            first = R.choice(BABY_FIRST)
        elif nb == 2:
            first = "BABY " + "AB"[k]
        else:
            first = "BABY " + ("BOY" if sex == "M" else "GIRL")
        babies.append(dict(first=first, last=blast, sex=sex, named=named,
                           mrn=str(R.randint(50000000, 59999999)),
                           csn=str(R.randint(7000000000, 7999999999)),
                           har=str(R.randint(300000000, 399999999)),
                           born=born + dt.timedelta(minutes=k * R.randint(1, 9)),
                           ga=R.randint(23, 36), gad=R.randint(0, 6), bw=R.randint(480, 2900),
                           bed="%d-%02d" % (R.randint(1, 4), R.randint(1, 18)),
                           kit=digits(2) + "-" + digits(7),
                           band="HB" + digits(9), fhir=uuid4()))
    gm = dict(first=R.choice(["Dolores", "Ruth", "Beatriz", "Evangeline", "Mildred"]),
              last=R.choice([m["last"], R.choice(SURN)]), age=R.randint(90, 97), phone=phone())
    return dict(mom=m, dad=d, babies=babies, gm=gm,
                transport="NT-24-%04d" % R.randint(1000, 1999) if R.random() < 0.5 else None,
                sw_ref="SW%06d" % R.randint(100000, 999999))


FAMS = [mk_family(i) for i in range(16)]
BABIES = [(f, b) for f in FAMS for b in f["babies"]]


def mk_donor():
    p = mk_person(MOM_FIRST)
    city, zp = R.choice(CITIES)
    if "%" in zp:
        zp = zp % R.randint(4, 24)
    p.update(id="GLM-D-%05d" % R.randint(1000, 9999), dob=mkdate(1984, 2002), phone=phone(),
             street="%d %s" % (R.randint(100, 9899), R.choice(STREETS)), city=city, zip=zp,
             acc="S24-%06d" % R.randint(100000, 999999))
    p["email"] = ("%s%s%d@%s" % (p["first"][0], p["last"].replace(" ", "").replace("-", ""),
                                 R.randint(1, 999), R.choice(EMAIL_DOM))).lower()
    p["email"] = p["email"].encode("ascii", "ignore").decode()
    return p


DONORS = [mk_donor() for _ in range(7)]
DHM_LOTS = ["GLMMB-24-%04d" % R.randint(1100, 1250) for _ in range(6)]
PUMPS = ["%d%07d" % (R.choice([12, 13, 14]), R.randint(0, 9999999)) for _ in range(30)]


def staff(roles=None):
    return R.choice([x for x in STAFF if roles is None or x["cred"] in roles])


def sname(s, style=0):
    return ["%s %s, %s" % (s["first"], s["last"], s["cred"]), "%s, %s" % (s["last"], s["first"]),
            "%s %s" % (s["first"], s["last"])][style]


# ---------------------------------------------------------------- clock ---
NOW = [T0]


def tick(a=1, b=35):
    NOW[0] += dt.timedelta(seconds=R.randint(a, b), milliseconds=R.randint(0, 999))
    return NOW[0]


def iso_local(t, ms=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (t.microsecond // 1000) if ms else "") + "-06:00"


def iso_z(t):
    u = t + dt.timedelta(hours=6)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (u.microsecond // 1000)


def sysl(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def hl7ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def bname_hl7(b):
    return "%s^%s" % (b["last"].upper(), b["first"].upper())


def bname(b):
    if b["named"]:
        return "%s %s" % (b["first"], b["last"])
    return "%s %s" % (b["first"].title().replace("Baby", "Baby"), b["last"])


def dol(b, t):
    return (t - b["born"]).days + 1


# ------------------------------------------------------------ generators --
def g_oru():
    f, b = R.choice(BABIES)
    t = tick()
    cid = "PIIC%s" % digits(9)
    out = [mk("hl7_oru", "MSH|^~\\&|PIIC-iX|LCH_NICU|EPIC|LCH|%s||ORU^R01^ORU_R01|%s|P|2.6|||AL|NE" % (hl7ts(t), cid))]
    L = mk("hl7_oru", "PID|1||", (b["mrn"], "mrn"), "^^^LCH^MR||", (bname_hl7(b), "name"),
           "||", (b["born"].strftime("%Y%m%d%H%M"), "date"), "|", b["sex"])
    out.append(L)
    out.append(mk("hl7_oru", "PV1|1|I|NICU^%s^POD%s||||%s^%s^%s^^^^MD|||||||||||||||||||||||||||||||||||||||" % (
        b["bed"], b["bed"][0], STAFF[0]["npi"], STAFF[0]["last"].upper(), STAFF[0]["first"].upper())))
    out.append(mk("hl7_oru", "OBR|1|||69837-3^Vital signs^LN|||%s" % hl7ts(t)))
    vit = [("8867-4", "Heart rate", R.randint(128, 182), "/min"), ("59408-5", "SpO2", R.randint(86, 99), "%"),
           ("9279-1", "Resp rate", R.randint(32, 68), "/min"), ("8310-5", "Body temp", "%.1f" % R.uniform(36.4, 37.5), "Cel")]
    for i, (c, n, v, u) in enumerate(vit[:R.randint(2, 4)]):
        out.append(mk("hl7_oru", "OBX|%d|NM|%s^%s^LN||%s|%s|||||F|||%s" % (i + 1, c, n, v, u, hl7ts(t))))
    return out


def g_alarm():
    f, b = R.choice(BABIES)
    t = tick()
    lab = R.choice([("Desat", "SpO2", R.randint(70, 84)), ("Brady", "HR", R.randint(62, 90)),
                    ("Apnea", "RR", 0), ("SpO2 High", "SpO2", R.randint(97, 100)), ("Leads Off", "ECG", "-")])
    lvl = R.choice(["RED", "YEL", "INOP"])
    L = mk("syslog_piic", "<134>%s piic-nicu-0%d PIIC[%d]: ALARM bed=NICU-%s lvl=%s label=\"%s\" %s=%s dur=%ds" % (
        sysl(t), R.randint(1, 2), R.randint(2000, 4000), b["bed"], lvl, lab[0], lab[1], lab[2], R.randint(3, 40)))
    if R.random() < 0.3:
        L.t(" pt=\"").p("%s, %s" % (b["last"].upper(), b["first"].upper()), "name").t("\"")
    L.t(" ack=%s" % R.choice(["none", staff()["user"], "silenced"]))
    return [L]


def g_pump():
    f, b = R.choice(BABIES)
    t = tick()
    drug = R.choice([("dopamine", "1600 mcg/mL", "mcg/kg/min"), ("fentaNYL", "10 mcg/mL", "mcg/kg/h"),
                     ("TPN-NICU", "custom", "mL/h"), ("caffeine citrate", "20 mg/mL", "mg/kg"),
                     ("insulin regular", "0.1 unit/mL", "unit/kg/h"), ("IL 20%", "0.2 g/mL", "mL/h"),
                     ("ampicillin", "100 mg/mL", "mg/kg"), ("D10W", "0.1 g/mL", "mL/h")])
    items = [("ts", iso_local(t)), ("src", "guardrails-srv-02"), ("pump_sn", R.choice(PUMPS)),
             ("channel", R.choice("ABCD")), ("profile", "NICU"),
             ("event", R.choice(["INFUSION_START", "RATE_CHANGE", "INFUSION_STOP", "KVO", "ALERT_OCCLUSION_DOWNSTREAM",
                                 "SOFT_LIMIT_OVERRIDE", "VTBI_COMPLETE"])),
             ("drug", drug[0]), ("conc", drug[1]), ("dose_unit", drug[2]),
             ("rate_mL_h", round(R.uniform(0.1, 12.0), 2)), ("vtbi_mL", round(R.uniform(1, 150), 1)),
             ("weight_kg", round(b["bw"] / 1000 * R.uniform(0.95, 1.4), 3)), ("fw", "9.33.1.17")]
    if R.random() < 0.45:
        items.append(("patient_id", b["mrn"], "mrn"))
        items.append(("order_id", "ORD" + digits(9)))
    items.append(("clinician", staff(("RN", "NNP"))["user"]))
    return [J("alaris_json", items, compact=R.random() < 0.5)]


def g_pump_fleet():
    t = tick()
    sn = R.choice(PUMPS)
    ev = R.choice([
        "msg=\"battery status\" batt_pct=%d charging=%s" % (R.randint(8, 100), R.choice(["true", "false"])),
        "msg=\"wireless assoc\" ssid=LCH-MED bssid=%s rssi=-%d ch=%d" % (
            ":".join("%02x" % R.randint(0, 255) for _ in range(6)), R.randint(40, 80), R.choice([36, 40, 149, 157])),
        "msg=\"dataset push\" dataset=NICU_2024Q4_v7 sha1=%s bytes=%d" % (hexs(40), R.randint(200000, 900000)),
        "msg=\"pm due\" asset_tag=BME-%05d next_pm=2025-02-01" % R.randint(10000, 99999),
        "msg=\"firmware check\" current=9.33.1.17 available=9.33.2.4 deferred=true"])
    return [mk("pump_logfmt", "time=%s level=info svc=pump-fleet pump_sn=%s %s" % (iso_z(t), sn, ev))]


def g_milk_scan():
    f, b = R.choice(BABIES)
    m = f["mom"]
    t = tick()
    st = "PREP-%d" % R.randint(1, 3)
    s = staff(("RN", "DTR", "MLT"))
    L = Line("milktrak_kv")
    L.t("%s INFO  [%s] MilkTrak.Scan - " % (t.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], st))
    kind = R.random()
    if kind < 0.55:
        exp = t - dt.timedelta(hours=R.randint(1, 60), minutes=R.randint(0, 59))
        L.t("scan_type=MOM bottle=").p("MOM-%s-%03d" % (b["mrn"], R.randint(1, 250)), "other_id")
        L.t(" infant_mrn=").p(b["mrn"], "mrn")
        if R.random() < 0.5:
            L.t(" mother_mrn=").p(m["mrn"], "mrn")
        L.t(" expressed=").p(exp.strftime("%Y-%m-%d %H:%M"), "date")
        if R.random() < 0.4:
            L.t(" expires=").p((exp + dt.timedelta(hours=96)).strftime("%Y-%m-%d %H:%M"), "date")
        L.t(" vol_mL=%d fortifier=%s verify=%s user=%s" % (R.randint(5, 120), R.choice(["none", "HMF+4", "Prolact+6"]),
                                                            R.choice(["MATCH"] * 6 + ["MISMATCH_BLOCKED"]), s["user"]))
    elif kind < 0.85:
        lot = R.choice(DHM_LOTS)
        L.t("scan_type=DHM bottle=%s-B%02d lot=%s kcal_oz=%d pasteurized=Holder exp_lot=2025-0%d-%02d" % (
            lot, R.randint(1, 48), lot, R.choice([20, 20, 24]), R.randint(3, 9), R.randint(1, 28)))
        if R.random() < 0.6:
            L.t(" infant_mrn=").p(b["mrn"], "mrn")
        L.t(" consent=on_file user=%s" % s["user"])
    else:
        L.t("scan_type=FORTIFIER product=\"Prolact+6 H2MF\" gtin=00856581002%03d lot=%s exp=2025-06-30 user=%s" % (
            R.randint(100, 999), "P%d%s" % (R.randint(24000, 24999), R.choice("ABC")), s["user"]))
    return [L]


def g_milk_trace():
    t = tick()
    f, b = R.choice(BABIES)
    L = Line("java_trace")
    L.t("%s ERROR [%s] c.l.milktrak.scan.BarcodeService - failed to parse label " % (
        t.strftime("%Y-%m-%d %H:%M:%S,%f")[:-3], "http-nio-8443-exec-%d" % R.randint(1, 40)))
    if R.random() < 0.5:
        L.t("'").p("MOM-%s-%03d" % (b["mrn"], R.randint(1, 250)), "other_id").t("'")
    else:
        L.t("'(01)0085658100%04d(17)250630(10)P24%03dB'" % (R.randint(1000, 9999), R.randint(100, 999)))
    out = [L, mk("java_trace", "com.lakeshore.milktrak.scan.LabelParseException: GS1 AI (21) missing or checksum mismatch at pos %d" % R.randint(12, 40))]
    frames = ["\tat com.lakeshore.milktrak.scan.Gs1Parser.parse(Gs1Parser.java:%d)",
              "\tat com.lakeshore.milktrak.scan.BarcodeService.resolve(BarcodeService.java:%d)",
              "\tat com.lakeshore.milktrak.api.ScanController.postScan(ScanController.java:%d)",
              "\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:%d)",
              "\tat org.apache.tomcat.util.threads.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:%d)"]
    for fr in frames[:R.randint(3, 5)]:
        out.append(mk("java_trace", fr % R.randint(40, 900)))
    out.append(mk("java_trace", "\t... %d common frames omitted" % R.randint(20, 60)))
    return out


def g_sql():
    t = tick()
    d = R.choice(DONORS)
    f, b = R.choice(BABIES)
    pid = R.randint(10000, 40000)
    pre = "%s CST [%d] milktrak@milkdb " % (t.strftime("%Y-%m-%d %H:%M:%S.%f")[:-3], pid)
    k = R.random()
    if k < 0.3:
        return [mk("pg_sql", pre + "LOG:  duration: %.3f ms  statement: SELECT lot_id, kcal_oz, status FROM dhm_lot WHERE status = 'RELEASED' AND exp_date > now() ORDER BY exp_date LIMIT 50" % R.uniform(0.2, 30))]
    if k < 0.55:
        return [mk("pg_sql", pre + "LOG:  duration: %.3f ms  execute <unnamed>: SELECT * FROM donor WHERE donor_id = '" % R.uniform(0.2, 9),
                   (d["id"], "other_id"), "'")]
    if k < 0.75:
        return [mk("pg_sql", pre + "LOG:  statement: UPDATE mom_bottle SET status='FED', fed_at=now(), fed_by='%s' WHERE barcode='" % staff()["user"],
                   ("MOM-%s-%03d" % (b["mrn"], R.randint(1, 250)), "other_id"), "'")]
    if k < 0.85:
        return [_sql_ins(pre, d)]
    return [mk("pg_sql", pre + "ERROR:  deadlock detected DETAIL: Process %d waits for ShareLock on transaction %d; blocked by process %d." % (
        pid, R.randint(10 ** 6, 10 ** 7), R.randint(10000, 40000)))]


def _sql_ins(pre, d):
    L = Line("pg_sql")
    L.t(pre + "LOG:  statement: INSERT INTO donor_contact(donor_id, full_name, phone, email) VALUES ('")
    L.p(d["id"], "other_id").t("', '").p(("%s %s" % (d["first"], d["last"])).replace("'", "''"), "name")
    L.t("', '").p(fmt_phone(d["phone"], 1), "phone").t("', '").p(d["email"], "email").t("')")
    return L


def g_donor_xml():
    t = tick()
    d = R.choice(DONORS)
    L = Line("donor_xml")
    L.t('<DonorScreen xmlns="urn:glmmb:donor:1" ts="%s"><Donor id="' % iso_local(t, False))
    L.p(d["id"], "other_id").t('" status="%s"><Name><Given>' % R.choice(["ACTIVE", "PENDING_LABS", "ACTIVE"]))
    L.p(d["first"], "name").t("</Given><Family>").p(d["last"], "name").t("</Family></Name><BirthDate>")
    L.p(d["dob"].isoformat(), "date").t("</BirthDate>")
    if R.random() < 0.5:
        L.t("<Addr><Line>").p(d["street"], "address").t("</Line><City>").p(d["city"], "address")
        L.t("</City><State>WI</State><Zip>").p(d["zip"], "zip").t("</Zip></Addr>")
    L.t("<Tel use=\"mobile\">").p(fmt_phone(d["phone"], 1), "phone").t("</Tel>")
    L.t('<Serology accession="').p(d["acc"], "other_id").t('" lab="Quest Wood Dale">')
    for test in ["HIV-1/2 Ag/Ab", "HTLV-I/II", "HBsAg", "HCV Ab", "RPR"]:
        L.t('<Test code="%s" result="NR"/>' % test)
    L.t("</Serology><Reviewer>%s</Reviewer></Donor></DonorScreen>" % sname(STAFF[6], 2))
    return [L]


def g_batch():
    t = tick()
    lot = R.choice(DHM_LOTS)
    return [mk("milkbank_batch", "%s glmmb-pasteur[%d]: batch=%s pool_donors=%d vol_L=%.1f holder_cycle=62.5C/30m "
               "post_cfu=%s micro=%s release=%s by=%s" % (
                   t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(300, 900), lot, R.randint(3, 5), R.uniform(8, 20),
                   R.choice(["<10", "0", "<10"]), R.choice(["PASS", "PASS", "HOLD"]), R.choice(["Y", "N"]), STAFF[8]["user"]))]


def g_mbl():
    f, b = R.choice(BABIES)
    m = f["mom"]
    t = tick()
    k = R.random()
    if k < 0.35:
        return [J("mbl_json", [("@timestamp", iso_z(t)), ("level", "debug"), ("logger", "mbl.cache"),
                               ("msg", "link cache refresh"), ("entries", R.randint(40, 70)),
                               ("took_ms", R.randint(3, 120)), ("trace_id", hexs(32)), ("span_id", hexs(16)),
                               ("version", "mbl-svc 2.14.0+build.%d" % R.randint(300, 400))])]
    inf = []
    for bb in f["babies"]:
        inf.append(O([("mrn", bb["mrn"], "mrn"), ("band", bb["band"], "mrn"),
                      ("name", bname(bb), "name") if R.random() < 0.6 else ("sex", bb["sex"])]))
    items = [("@timestamp", iso_z(t)), ("level", "info"), ("logger", "mbl.link"),
             ("msg", R.choice(["link verified at bedside", "link created", "link re-verified after band reprint"])),
             ("mother", O([("mrn", m["mrn"], "mrn"), ("name", "%s %s" % (m["first"], m["last"]), "name")])),
             ("infants", inf), ("verified_by", staff(("RN", "NNP"))["user"]), ("scanner", "ZB-DS8178-%04d" % R.randint(0, 9999)),
             ("trace_id", hexs(32))]
    return [J("mbl_json", items, a=True)]


NBS_HDR_DONE = [False]


def g_nbs():
    t = tick()
    out = []
    if not NBS_HDR_DONE[0]:
        NBS_HDR_DONE[0] = True
        out.append(mk("nbs_csv", "kit_no,infant_last,infant_first,dob,birth_time,bw_g,ga_wk,mother_name,mother_phone,collect_dt,screen,result,fu_status,assigned_to"))
    f, b = R.choice(BABIES)
    m = f["mom"]
    coll = b["born"] + dt.timedelta(hours=R.randint(24, 48))
    res = R.choice([("TSH", "BORDERLINE", "REPEAT_REQ"), ("CAH 17-OHP", "ELEVATED-PREMIE", "REPEAT_30D"),
                    ("SCID TREC", "NORMAL", "CLOSED"), ("AA/AC", "NORMAL", "CLOSED"), ("CF IRT", "HIGH", "SWEAT_TEST_REF")])
    last = b["last"]
    qt = '"' if " " in last else ""
    L = Line("nbs_csv")
    L.p(b["kit"], "other_id").t(",")
    L.t(qt).p(last, "name").t(qt + ",").p(b["first"], "name").t(",")
    L.p(b["born"].strftime("%m/%d/%Y"), "date").t(",").t(b["born"].strftime("%H%M")).t(",%d,%d," % (b["bw"], b["ga"]))
    L.t('"').p("%s, %s" % (m["last"], m["first"]), "name").t('",').p(fmt_phone(m["phone"], 1), "phone").t(",")
    L.p(coll.strftime("%m/%d/%Y %H:%M"), "date").t(",%s,%s,%s,%s" % (res[0], res[1], res[2], STAFF[9]["user"]))
    out.append(L)
    return out


def g_transport():
    t = tick()
    fs = [x for x in FAMS if x["transport"]]
    f = R.choice(fs)
    b = f["babies"][0]
    m = f["mom"]
    k = R.random()
    if k < 0.35:
        return [mk("transport_pipe", "TRN|%s|UNIT|Angel %d|%s|odo=%d|eta_min=%d|crew=%s/%s" % (
            t.strftime("%Y-%m-%dT%H:%M:%S"), R.randint(1, 3), R.choice(["ENRT", "ONSCN", "TRANS", "AVAIL", "ATDEST"]),
            R.randint(40000, 90000), R.randint(5, 95), STAFF[13]["user"], STAFF[5]["user"]))]
    if k < 0.75:
        L = Line("transport_pipe")
        L.t("TRN|%s|REQ|case=" % t.strftime("%Y-%m-%dT%H:%M:%S")).p(f["transport"], "other_id")
        L.t("|ref=%s|ref_md=Dr. %s|" % (R.choice(REF_HOSP), R.choice(["Bashir", "Holm", "Okonkwo", "Reyes"])))
        if R.random() < 0.5:
            L.t("pt=").p(bname(b), "name").t("|")
        L.t("dob=").p(b["born"].strftime("%m/%d/%Y %H%M"), "date")
        L.t("|ga=%d+%d|bw=%dg|dx=%s|mode=%s|mom_ph=" % (b["ga"], b["gad"], b["bw"],
                                                     R.choice(["RDS on CPAP", "HIE for cooling", "CDH", "gastroschisis", "TGA r/o"]),
                                                     R.choice(["ground", "rotor", "fixed-wing"])))
        L.p(fmt_phone(m["phone"], 1), "phone").t("|accepted_by=%s" % STAFF[1]["user"])
        return [L]
    L = Line("transport_note")
    L.t("%s dispatch-note %s: " % (t.strftime("%m/%d %H:%M"), STAFF[13]["user"]))
    L.t("Spoke w/ FOB ").p("%s %s" % (f["dad"]["first"], f["dad"]["last"]), "name").t(" at ")
    L.p(fmt_phone(f["dad"]["phone"], 0), "phone").t(", he will drive from ").p(m["city"], "address")
    L.t(", mom stays at %s until discharge. Case " % R.choice(REF_HOSP)).p(f["transport"], "other_id").t(" closed.")
    return [L]


def g_webcam():
    t = tick()
    f, b = R.choice(BABIES)
    m = f["mom"]
    ts = "[%s -0600]" % t.strftime("%d/%b/%Y:%H:%M:%S")
    k = R.random()
    if k < 0.3:
        return [mk("webcam_nginx", '10.42.%d.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29" rt=0.001' % (
            R.randint(0, 3), R.randint(2, 250), ts))]
    if k < 0.45:
        return [mk("webcam_nginx", '%s - - %s "GET /static/app.%s.js HTTP/1.1" 200 %d "https://cam.lakeshorechildrens.org/" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)" rt=0.0%02d' % (
            R.choice(["34.117.59.81", "151.101.2.132"]), ts, hexs(8), R.randint(100000, 400000), R.randint(1, 99)))]
    ip = m["ip"] if R.random() < 0.75 else m["ip6"]
    L = Line("webcam_nginx")
    L.p(ip, "ip").t(" - - %s \"GET " % ts)
    if R.random() < 0.6:
        L.p("/live/v2/stream/nicu-%s/index.m3u8?fam=%s&sig=%s" % (b["bed"], m["webcode"], hexs(24)), "url")
    else:
        L.p("/api/v1/families/%s/cameras" % m["webcode"], "url")
    stc = R.choice([200, 200, 206, 403])
    L.t(' HTTP/2.0" %d %d "-" "%s" rt=0.%03d' % (stc, R.randint(300, 90000) if stc != 403 else 146,
                                               R.choice(["NestCam/4.2.1 (Android 14; SM-S918U)", "NestCam/4.2.0 (iOS 17.6.1)",
                                                         "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/130.0"]), R.randint(1, 800)))
    return [L]


CHAT_NURSE = ["{b} had a calm night, tolerated {v} mL q3h. Skin-to-skin at 0900 if you can make it!",
              "Hi {m}, {b} is back on CPAP +5, nothing to worry about, Dr. {doc} will update you at rounds.",
              "Reminder: please label your milk with {b}'s band sticker before dropping at the milk room.",
              "{b}'s weight tonight {w} g, up 20 g. Bath at 2100."]
CHAT_PARENT = ["Thank you!! Can my mom {g} visit tmrw? She's on the list I think",
               "Just pumped 60ml, bringing 4 bottles at 7. Call me at {ph} if anything changes",
               "Is {b} still on the bili lights? Webcam code {code} isnt working",
               "im at work till 5, my email is {em} for the discharge class"]


def g_chat():
    t = tick()
    f, b = R.choice(BABIES)
    m = f["mom"]
    k = R.random()
    if k < 0.3:
        return [J("nestlink_json", [("time", iso_z(t)), ("lvl", "INFO"), ("svc", "nestlink-api"),
                                    ("route", "POST /v3/threads/{id}/messages"), ("status", 201),
                                    ("latency_ms", R.randint(12, 300)), ("req_id", uuid4()),
                                    ("app_ver", "3.8.%d" % R.randint(0, 4)), ("region", "us-central1")], compact=True)]
    L = Line("nestlink_json")
    L.t('{"time":"%s","lvl":"INFO","svc":"nestlink-msg","thread":"%s","dir":' % (iso_z(t), uuid4()))
    if k < 0.65:
        s = R.choice([x for x in STAFF if x["cred"] in ("RN", "NNP")])
        L.t('"staff_to_family","from":"%s","to_family_id":"' % s["user"]).p(m["webcode"], "other_id").t('","body":"')
        tmpl = R.choice(CHAT_NURSE)
        parts = _tmpl_parts(tmpl, dict(b=(b["first"].title() if b["named"] else "your baby", "name" if b["named"] else None),
                                       m=(m["first"], "name"), v=(str(R.randint(8, 40)), None),
                                       doc=(STAFF[R.randint(0, 2)]["last"], None), w=(str(b["bw"] + R.randint(100, 900)), None)))
    else:
        L.t('"family_to_staff","from_phone":"').p(fmt_phone(m["phone"], 2), "phone").t('","to":"nicu-pod%s","body":"' % b["bed"][0])
        tmpl = R.choice(CHAT_PARENT)
        parts = _tmpl_parts(tmpl, dict(b=(b["first"].title() if b["named"] else "baby", "name" if b["named"] else None),
                                       g=("%s %s" % (f["gm"]["first"], f["gm"]["last"]), "name"),
                                       ph=(fmt_phone(m["phone"], 1), "phone"), code=(m["webcode"], "other_id"),
                                       em=(m["email"], "email")))
    for s, c in parts:
        L.p(jesc(s), c)
    L.t('"}')
    return [L]


def _tmpl_parts(tmpl, vals):
    out = []
    i = 0
    while i < len(tmpl):
        j = tmpl.find("{", i)
        if j < 0:
            out.append((tmpl[i:], None))
            break
        out.append((tmpl[i:j], None))
        k = tmpl.index("}", j)
        out.append(vals[tmpl[j + 1:k]])
        i = k + 1
    return [(s, c) for s, c in out if s]


def g_sms():
    t = tick()
    f, b = R.choice(BABIES)
    m = f["mom"]
    k = R.random()
    if k < 0.4:
        return [mk("sms_gw", "%s sms-gw[%d]: delivery_receipt sid=SM%s status=delivered err=0 segs=1 carrier=%s" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(1000, 3000), hexs(32), R.choice(["T-Mobile", "Verizon", "AT&T"])))]
    L = Line("sms_gw")
    L.t("%s sms-gw[%d]: outbound sid=SM%s from=+14143902000 to=" % (t.strftime("%Y-%m-%d %H:%M:%S"), R.randint(1000, 3000), hexs(32)))
    who = m if R.random() < 0.7 else f["dad"]
    L.p(fmt_phone(who["phone"], 2), "phone").t(' body="Lakeshore NICU: ')
    if R.random() < 0.5:
        L.t("Your webcam code for bed %s is " % b["bed"]).p(m["webcode"], "other_id").t(". Reply STOP to opt out.\"")
    else:
        appt = t + dt.timedelta(days=R.randint(1, 6))
        L.t("Reminder: CPR/discharge class for ").p(bname(b), "name").t("'s family on ")
        L.p(appt.strftime("%m/%d"), "date").t(" 10:00, Rm 4B-210.\"")
    return [L]


def g_adt():
    f, b = R.choice(BABIES)
    m = f["mom"]
    t = tick()
    ev = R.choice(["A01", "A08", "A08", "A02"])
    cid = "LCHADT%s" % digits(8)
    out = [mk("hl7_adt", "MSH|^~\\&|EPIC|LCH|CLOVERLEAF|LCH|%s||ADT^%s^ADT_A01|%s|P|2.5.1" % (hl7ts(t), ev, cid)),
           mk("hl7_adt", "EVN|%s|%s|||%s^%s^%s" % (ev, hl7ts(t), STAFF[3]["user"].upper(), STAFF[3]["last"].upper(), STAFF[3]["first"].upper()))]
    L = Line("hl7_adt")
    L.t("PID|1||").p(b["mrn"], "mrn").t("^^^LCH^MR~").p(b["band"], "mrn").t("^^^LCH^BAND||")
    L.p(bname_hl7(b), "name").t("^^^^L|").p("%s^%s" % (m["last"].upper(), m["first"].upper()), "name").t("|")
    L.p(b["born"].strftime("%Y%m%d%H%M"), "date").t("|%s||2106-3^White^CDCREC|" % b["sex"])
    L.p("%s%s^^%s" % (m["street"], m["apt"], m["city"]), "address").t("^WI^").p(m["zip"], "zip").t("^USA^H||")
    L.p(fmt_phone(m["phone"], 0), "phone").t("^PRN^PH|||||").p(b["har"], "account").t("|||||N|%d" % (2 if len(f["babies"]) > 1 else 1))
    out.append(L)
    L = Line("hl7_adt")
    L.t("NK1|1|").p("%s^%s" % (m["last"].upper(), m["first"].upper()), "name").t("|MTH^Mother^HL70063|")
    L.p("%s%s^^%s" % (m["street"], m["apt"], m["city"]), "address").t("^WI^").p(m["zip"], "zip").t("|")
    L.p(fmt_phone(m["phone"], 0), "phone").t("||||||||||||||||||||||||||||").p(m["mrn"], "mrn")
    out.append(L)
    if R.random() < 0.5:
        d = f["dad"]
        out.append(mk("hl7_adt", "NK1|2|", ("%s^%s" % (d["last"].upper(), d["first"].upper()), "name"), "|FTH^Father^HL70063||",
                      (fmt_phone(d["phone"], 0), "phone")))
    out.append(mk("hl7_adt", "PV1|1|I|NICU^%s^POD%s^LCH||||%s^%s^%s|||NEO||||7|||%s^%s^%s|NB|" % (
        b["bed"], b["bed"][0], STAFF[1]["npi"], STAFF[1]["last"].upper(), STAFF[1]["first"].upper(),
        STAFF[0]["npi"], STAFF[0]["last"].upper(), STAFF[0]["first"].upper()), (b["csn"], "account"),
        "|||||||||||||||||||||||||", (b["born"].strftime("%Y%m%d%H%M"), "date")))
    if R.random() < 0.6:
        out.append(mk("hl7_adt", "GT1|1|", (b["har"], "account"), "|", ("%s^%s" % (m["last"].upper(), m["first"].upper()), "name"),
                      "||", ("%s%s^^%s" % (m["street"], m["apt"], m["city"]), "address"), "^WI^", (m["zip"], "zip"), "|",
                      (fmt_phone(m["phone"], 0), "phone"), "||", (m["dob"].strftime("%Y%m%d"), "date"), "|F||MTH|",
                      (m["ssn"], "ssn")))
    if m["medicaid"]:
        out.append(mk("hl7_adt", "IN1|1|WIMCD^BadgerCare Plus|77027|WI FORWARDHEALTH|PO BOX 6678^^MADISON^WI^53716||||||||||",
                      ("%s^%s" % (m["last"].upper(), m["first"].upper()), "name"), "|MTH^Mother|||||||||||||||||||",
                      (m["medicaid"], "health_plan")))
    return out


def g_fhir():
    t = tick()
    f, b = R.choice(BABIES)
    m = f["mom"]
    k = R.random()
    if k < 0.45:
        L = Line("fhir_json")
        L.t('{"resourceType":"Observation","id":"%s","meta":{"lastUpdated":"%s"},"status":"final","code":{"coding":[{"system":"http://loinc.org","code":"8339-4","display":"Birth weight Measured"}]},"subject":{"reference":"Patient/' % (uuid4(), iso_z(t)))
        L.p(b["fhir"], "mrn").t('"},"effectiveDateTime":"').p(b["born"].strftime("%Y-%m-%dT%H:%M:00-06:00"), "date")
        L.t('","valueQuantity":{"value":%d,"unit":"g","system":"http://unitsofmeasure.org","code":"g"}}' % b["bw"])
        return [L]
    if k < 0.6:
        return [mk("fhir_json", '{"resourceType":"OperationOutcome","issue":[{"severity":"error","code":"throttled","diagnostics":"rate limit 600/min exceeded for client nestlink-prod (x-request-id %s)"}]}' % uuid4())]
    items = [("resourceType", "RelatedPerson"), ("id", uuid4()),
             ("patient", O([("reference", "Patient/" + b["fhir"], None)])),
             ("relationship", [O([("coding", [O([("system", "http://terminology.hl7.org/CodeSystem/v3-RoleCode"), ("code", "MTH")])])])]),
             ("name", [O([("family", m["last"], "name"), ("given", [(m["first"], "name")])])]),
             ("telecom", [O([("system", "phone"), ("value", fmt_phone(m["phone"], 1), "phone"), ("use", "mobile")]),
                          O([("system", "email"), ("value", m["email"], "email")])]),
             ("birthDate", m["dob"].isoformat(), "date"),
             ("address", [O([("line", [(m["street"] + m["apt"], "address")]), ("city", m["city"], "address"), ("state", "WI"), ("postalCode", m["zip"], "zip")])])]
    L = J("fhir_json", items, a=True, compact=True)
    # Patient/<id> reference: label the id part only
    fixed = []
    for s, e, c, v in L.spans:
        fixed.append((s, e, c, v))
    txt = L.text()
    key = '"reference":"Patient/'
    pos = len(txt[:txt.index(key) + len(key)].encode())
    fixed.append((pos, pos + len(b["fhir"]), "mrn", b["fhir"]))
    L.spans = sorted(fixed)
    return [L]


def g_x12():
    t = tick()
    f, b = R.choice(BABIES)
    m = f["mom"]
    ctl = "%09d" % R.randint(1, 999999999)
    L = Line("x12")
    L.t("ISA*00*          *00*          *ZZ*LCHNICU        *ZZ*WIMCDCLH       *%s*%s*^*00501*%s*0*P*:~" % (
        t.strftime("%y%m%d"), t.strftime("%H%M"), ctl))
    L.t("GS*HS*LCHNICU*WIMCDCLH*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(1, 9999)))
    L.t("BHT*0022*13*%s*%s*%s~HL*1**20*1~NM1*PR*2*WISCONSIN MEDICAID*****PI*WIMCD~HL*2*1*21*1~" % (hexs(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M")))
    L.t("NM1*1P*2*LAKESHORE CHILDRENS HOSPITAL*****XX*%s~HL*3*2*22*0~TRN*1*%s*9LCHNICU~NM1*IL*1*" % (npi(), digits(10)))
    if m["medicaid"] and R.random() < 0.8:
        L.p(b["last"].upper(), "name").t("*").p(b["first"].upper(), "name").t("****MI*").p(m["medicaid"], "health_plan")
        dob = b["born"].strftime("%Y%m%d")
    else:
        dob = m["dob"].strftime("%Y%m%d")
        L.p(m["last"].upper(), "name").t("*").p(m["first"].upper(), "name").t("****MI*").p(m["subscriber"], "health_plan")
        if R.random() < 0.2:
            L.t("~REF*SY*").p(m["ssn"].replace("-", ""), "ssn")
    L.t("~DMG*D8*").p(dob, "date").t("*%s~DTP*291*D8*%s~EQ*30~SE*13*0001~GE*1*1~IEA*1*%s~" % (
        b["sex"] if dob != m["dob"].strftime("%Y%m%d") else "F", t.strftime("%Y%m%d"), ctl))
    return [L]


def g_audit():
    t = tick()
    f, b = R.choice(BABIES)
    s = staff()
    act = R.choice(["CHART_OPEN", "FLOWSHEET_VIEW", "MAR_ADMIN", "NOTE_SIGN", "PRINT_LABEL", "BTG_ACCESS"])
    L = Line("audit_csv")
    L.t('%s,%s,%s,"%s",' % (t.strftime("%Y-%m-%d %H:%M:%S"), s["user"], s["cred"], act))
    L.p(b["mrn"], "mrn").t(",")
    if R.random() < 0.5:
        L.p(b["csn"], "account")
    L.t(",WS-NICU-%s%02d,%s,%s" % (b["bed"][0], R.randint(1, 12), R.choice(["Hyperspace", "Rover", "Haiku"]), R.choice(["OK", "OK", "OK", "FLAGGED"])))
    return [L]


def g_freezer():
    t = tick()
    unit = R.choice(["MILK-FRZ-01", "MILK-FRZ-02", "MILK-REF-03", "MILK-REF-04", "PHARM-REF-11"])
    temp = R.uniform(-24, -18) if "FRZ" in unit else R.uniform(2.1, 5.9)
    return [mk("freezer_fw", "%-19s%-14s%-8s%+7.1f%-3s%-6s%-10s%s" % (
        t.strftime("%Y-%m-%d %H:%M:%S"), unit, "T01", temp, "C", "OK" if R.random() < 0.92 else "HIGH",
        "RSSI-%d" % R.randint(50, 90), "fw=3.4.2-b%d" % R.randint(100, 199)))]


def g_auth():
    t = tick()
    s = staff()
    k = R.random()
    if k < 0.5:
        return [mk("auth_kv", "%s dc02.lch.local EventID=4624 LogonType=%d TargetUserName=%s TargetDomainName=LCH WorkstationName=WS-NICU-%d%02d IpAddress=10.18.%d.%d AuthenticationPackage=Kerberos" % (
            iso_local(t), R.choice([2, 3, 10, 11]), s["user"], R.randint(1, 4), R.randint(1, 12), R.randint(0, 15), R.randint(2, 250)))]
    return [mk("auth_kv", "%s vpn-gw01 GlobalProtect: user=%s@lakeshorechildrens.org src=%s gw=vpn.lakeshorechildrens.org client=6.2.%d os=\"Windows 11\" result=%s mfa=duo" % (
        iso_local(t), s["user"], R.choice(["162.247.12.%d" % R.randint(1, 254), "35.208.%d.%d" % (R.randint(0, 255), R.randint(1, 254))]),
        R.randint(0, 4), R.choice(["success", "success", "deny-mfa-timeout"])))]


def g_k8s():
    t = tick()
    pod = R.choice(["milktrak-api", "mbl-svc", "nestlink-api", "nestcam-edge", "nbs-tracker", "fhir-gw"])
    ev = R.choice([
        'level=info msg="readiness probe ok" latency=%dms' % R.randint(1, 40),
        'level=warn msg="slow query" table=dhm_lot duration=%dms' % R.randint(500, 4000),
        'level=info msg="config reloaded" revision=%d checksum=sha256:%s' % (R.randint(100, 999), hexs(64)),
        'level=error msg="upstream timeout" upstream=http://epic-interconnect.lch.local:8443/api/epic/2014/Clinical/Patient retries=3',
        'level=info msg="image pulled" image=registry.lch.local/nicu/%s:%d.%d.%d digest=sha256:%s' % (pod, R.randint(1, 4), R.randint(0, 20), R.randint(0, 9), hexs(64)),
        'level=info msg="rollout complete" replicas=%d/%d' % (3, 3)])
    return [mk("k8s_logfmt", 'ts=%s pod=%s-%s-%s ns=nicu-apps node=aks-nodepool1-%d-vmss00000%d %s trace_id=%s' % (
        iso_z(t), pod, hexs(10), hexs(5), R.randint(10000000, 99999999), R.randint(0, 9), ev, hexs(32)))]


def g_note():
    t = tick()
    f, b = R.choice(BABIES)
    m = f["mom"]
    k = R.random()
    s = STAFF[6] if k < 0.3 else STAFF[10] if k < 0.6 else R.choice([STAFF[3], STAFF[11], STAFF[12]])
    L = Line("note_text")
    L.t("%s NOTE [%s %s] " % (t.strftime("%m/%d/%Y %H:%M"), s["cred"], s["user"]))
    if k < 0.3:
        L.t("Lactation: Mom ").p("%s %s" % (m["first"], m["last"]), "name").t(" pumping q3h w/ loaner ")
        L.t("Symphony SN ").p(m["pump_sn"], "device").t(", 8 sessions/24h, ~%d mL/day. " % R.randint(200, 900))
        L.t("Reviewed MOM labeling; infant DOL %d, CGA %d wk." % (dol(b, t), b["ga"] + dol(b, t) // 7))
    elif k < 0.6:
        g = f["gm"]
        L.t("SW: met with parents of ").p(bname(b), "name").t(" (ref ").p(f["sw_ref"], "other_id")
        L.t("). Great-grandmother ").p("%s %s" % (g["first"], g["last"]), "name").t(", age ").p(str(g["age"]), "age")
        L.t(", lives with family in ").p(m["city"], "address").t("; emergency contact ").p(fmt_phone(g["phone"], 1), "phone")
        L.t(". Ronald McDonald House referral sent.")
    elif k < 0.8:
        L.t("RN: ").p(bname(b), "name").t(" DOL %d, on %s, %d feeds tolerated. Parents at bedside 1400-1700, kangaroo care x1h." % (
            dol(b, t), R.choice(["RA", "NC 1L", "CPAP +6", "HFNC 3L"]), R.randint(4, 8)))
    else:
        L.t("RN: Quiet shift in pod %s, 2 admissions pending from transport, isolette ISO-%d cleaned, no family visits after 2300." % (
            b["bed"][0], R.randint(100, 300)))
    return [L]


def g_famdesk():
    t = tick()
    f, b = R.choice(BABIES)
    m = f["mom"]
    k = R.random()
    L = Line("famdesk_pipe")
    L.t("FAMDESK|%s|%s|" % (t.strftime("%Y%m%d%H%M%S"), R.choice(["kiosk-2", "frontdesk-1", "frontdesk-1"])))
    if k < 0.2:
        L.t("BADGE_ENROLL|parent=").p("%s %s" % (m["first"], m["last"]), "name").t("|dl=").p(m["dl"], "license")
        L.t("|infant_mrn=").p(b["mrn"], "mrn").t("|fp_tmpl=").p(base64.b64encode(hashlib.sha512((m["dl"] + "fp").encode()).digest()).decode(), "biometric")
        L.t("|badge=FAM-%05d|exp=discharge" % R.randint(10000, 99999))
    elif k < 0.45:
        L.t("PARKING|permit=NICU-%04d|plate=WI-" % R.randint(1000, 9999)).p(m["plate"], "vehicle").t("|vin=").p(m["vin"], "vehicle")
        L.t("|holder=").p("%s, %s" % (m["last"], m["first"]), "name").t("|rate=family_free|lot=P3")
    elif k < 0.65:
        L.t("PUMP_LOAN|model=Medela Symphony PLUS|sn=").p(m["pump_sn"], "device").t("|mother=").p("%s %s" % (m["first"], m["last"]), "name")
        L.t("|addr=").p("%s%s, %s" % (m["street"], m["apt"], m["city"]), "address").t(", WI ").p(m["zip"], "zip")
        L.t("|ph=").p(fmt_phone(m["phone"], 3), "phone").t("|due=").p((t + dt.timedelta(days=30)).strftime("%Y-%m-%d"), "date")
    elif k < 0.8:
        L.t("GUEST_WIFI|ssid=LCH-Family|mac=").p(m["mac"], "device").t("|vlan=220|acct=").p(m["webcode"], "other_id").t("|portal=accepted")
    else:
        L.t("LOCKER|locker=%s%02d|status=%s|attendant=%s" % (R.choice("ABC"), R.randint(1, 40), R.choice(["assigned", "released"]), STAFF[12]["user"]))
    return [L]


def g_pay():
    t = tick()
    f, b = R.choice(BABIES)
    m = f["mom"]
    k = R.random()
    if k < 0.35:
        return [J("pay_json", [("ts", iso_z(t)), ("service", "portal-payments"), ("event", "settlement_batch_closed"),
                               ("batch", "B%s" % digits(8)), ("count", R.randint(3, 40)), ("merchant", "LCH-PFS-0042"),
                               ("processor", "Elavon"), ("amount_usd", round(R.uniform(100, 9000), 2))])]
    valid = R.random() < 0.8
    cn = card(R.choice(["4", "51", "37", "6011"]), 15 if False else 16, valid)
    items = [("ts", iso_z(t)), ("service", "portal-payments"), ("event", "auth_approved" if valid else "auth_declined_invalid_pan"),
             ("guarantor_acct", b["har"], "account"), ("payer_name", "%s %s" % (m["first"], m["last"]), "name"),
             ("pan", cn, "account"), ("amount_usd", round(R.uniform(20, 600), 2)), ("client_ip", m["ip"], "ip"),
             ("device_id", m["imei"], "device"), ("merchant", "LCH-PFS-0042"), ("req_id", uuid4())]
    if R.random() < 0.5:
        items.pop(7 if R.random() < 0.5 else 8)
    return [J("pay_json", items)]


def g_photo2():
    t = tick()
    f, b = R.choice(BABIES)
    m = f["mom"]
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + hashlib.sha256((b["mrn"] + "img").encode()).digest() * 5
    L = Line("nestlink_json")
    L.t('{"time":"%s","lvl":"DEBUG","svc":"nestlink-media","evt":"photo_upload","to_family_id":"' % iso_z(t))
    L.p(m["webcode"], "other_id").t('","caption":"')
    if b["named"]:
        L.p(b["first"], "name").t(jesc("'s first bath 🛁", True))
    else:
        L.t("first bath ").t(jesc("🛁", True))
    L.t('","img_b64":"data:image/jpeg;base64,').p(base64.b64encode(raw).decode(), "photo").t('","bytes":%d}' % R.randint(80000, 400000))
    return [L]


GENS = [(g_oru, 2.5), (g_alarm, 9), (g_pump, 9), (g_pump_fleet, 10), (g_milk_scan, 12), (g_milk_trace, 1.2),
        (g_sql, 5), (g_donor_xml, 3), (g_batch, 3), (g_mbl, 6), (g_nbs, 4), (g_transport, 5), (g_webcam, 9),
        (g_chat, 7), (g_sms, 4), (g_adt, 2), (g_fhir, 4), (g_x12, 3), (g_audit, 6), (g_freezer, 11), (g_auth, 8),
        (g_k8s, 10), (g_note, 5), (g_famdesk, 6), (g_pay, 3), (g_photo2, 1.0)]


def main():
    lines = []
    fns = [g for g, w in GENS]
    ws = [w for g, w in GENS]
    while len(lines) < NLINES:
        g = R.choices(fns, ws)[0]
        lines.extend(g())
    lines = lines[:NLINES]
    with open(ID + ".log", "wb") as fl, open(ID + ".labels.jsonl", "w", encoding="utf-8") as fj:
        for i, L in enumerate(lines, 1):
            txt = L.text()
            if "\n" in txt or "\r" in txt or not txt:
                sys.exit("line %d: bad text" % i)
            bts = txt.encode("utf-8")
            sp = sorted(L.spans)
            prev = 0
            for s, e, c, v in sp:
                if not (0 <= s < e <= len(bts)):
                    sys.exit("line %d: span out of range %r" % (i, (s, e, c, v)))
                if s < prev:
                    sys.exit("line %d: overlapping spans %r" % (i, (s, e, c, v)))
                if bts[s:e].decode("utf-8") != v:
                    sys.exit("line %d: span text mismatch %r != %r" % (i, bts[s:e], v))
                prev = e
            fl.write(bts + b"\n")
            fj.write(json.dumps({"line": i, "family": L.fam,
                                 "spans": [{"s": s, "e": e, "cat": c} for s, e, c, v in sp]}) + "\n")


if __name__ == "__main__":
    main()
