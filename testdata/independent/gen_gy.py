#!/usr/bin/env python3
"""Deterministic generator for the `gy` PHI test corpus.

Theme: regional laboratory outreach + courier operation (Central Ohio Regional
Laboratory, "CORL").  Writes gy.log (500 lines) and gy.labels.jsonl next to
this file.  Standard library only; fixed seed; byte offsets recorded while the
line is concatenated (never searched afterwards).
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

random.seed(20240312)
R = random

ID = "gy"
HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []

    def t(self, s):
        s = str(s)
        if s:
            self.parts.append((s, None))
        return self

    def p(self, s, cat):
        s = str(s)
        assert s, "empty PHI value"
        assert cat in CATS, cat
        self.parts.append((s, cat))
        return self

    def v(self, s, cat=None):
        """value that may or may not be PHI"""
        return self.p(s, cat) if cat else self.t(s)

    def fw(self, s, width, cat=None, right=False):
        """fixed width field (padding by characters, like a terminal LIS)"""
        s = str(s)
        pad = " " * max(0, width - len(s))
        if right:
            self.t(pad)
            self.v(s, cat)
        else:
            self.v(s, cat)
            self.t(pad)
        return self

    def has_phi(self):
        return any(c for _, c in self.parts)

    def build(self):
        buf = b""
        spans = []
        for s, cat in self.parts:
            b = s.encode("utf-8")
            if cat:
                spans.append((len(buf), len(buf) + len(b), cat, b))
            buf += b
        for s, e, cat, b in spans:
            assert buf[s:e] == b, (buf, s, e, b)
        assert b"\n" not in buf and b"\r" not in buf
        assert len(buf) <= 4000, len(buf)
        prev = 0
        for s, e, _, _ in spans:
            assert s >= prev and e > s
            prev = e
        return buf, [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip",
        "biometric", "photo", "other_id"}


def jstr_ok(s):
    return json.dumps(s, ensure_ascii=False)[1:-1] == s


def jobj(L, items):
    """render a JSON object; items = list of (key, value, cat) where value may be
    str / int / float / bool / None / list-of-items (nested object)."""
    L.t("{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            L.t(",")
        L.t(json.dumps(k) + ":")
        if isinstance(v, list):
            jobj(L, v)
        elif isinstance(v, bool) or v is None:
            L.t(json.dumps(v))
        elif isinstance(v, (int, float)):
            L.v(json.dumps(v) if not isinstance(v, float) else repr(v), cat)
        elif isinstance(v, RawJ):
            L.t(v.s)
        else:
            if cat:
                assert jstr_ok(v), v
                L.t('"').p(v, cat).t('"')
            else:
                L.t(json.dumps(v, ensure_ascii=False))
    L.t("}")
    return L


class RawJ:
    def __init__(self, s):
        self.s = s


# --------------------------------------------------------------------------
# check-digit helpers
# --------------------------------------------------------------------------
def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_val(c):
    return int(c) if c.isdigit() else VIN_MAP[c]


def make_vin(wmi, year):
    vds = "".join(R.choice(VIN_CH) for _ in range(5))
    tail = year + R.choice("KBC") + "".join(R.choice("0123456789") for _ in range(6))
    raw = wmi + vds + "0" + tail
    s = sum(vin_val(c) * w for c, w in zip(raw, VIN_W)) % 11
    chk = "X" if s == 10 else str(s)
    vin = raw[:8] + chk + raw[9:]
    assert len(vin) == 17
    return vin


def make_imei():
    body = R.choice(["35", "86", "01"]) + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_digit(body)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_L + "0123456789"


def make_mbi():
    d = "0123456789"
    s = (R.choice("123456789") + R.choice(MBI_L) + R.choice(MBI_AN) + R.choice(d) +
         R.choice(MBI_L) + R.choice(MBI_AN) + R.choice(d) + R.choice(MBI_L) +
         R.choice(MBI_L) + R.choice(d) + R.choice(d))
    return s


def mbi_dash(m):
    return m[:4] + "-" + m[4:7] + "-" + m[7:]


def make_ssn():
    while True:
        a = R.randint(1, 665)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    return "%03d-%02d-%04d" % (a, g, s)


def make_pan():
    pre = R.choice(["4", "51", "53", "37", "6011"])
    ln = 15 if pre == "37" else 16
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - 1 - len(pre)))
    pan = body + luhn_digit(body)
    assert luhn_ok(pan)
    return pan


def b64_bytes(head, n):
    raw = bytes(head) + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def jpeg_b64(n):
    return b64_bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00], n)


def png_b64(n):
    return b64_bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52], n)


def fmr_b64(n):
    # ISO/IEC 19794-2 finger minutiae record header "FMR\0 20\0"
    return b64_bytes([0x46, 0x4D, 0x52, 0x00, 0x20, 0x32, 0x30, 0x00], n)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ascii_up(s):
    for a, b in (("ø", "o"), ("Ø", "O"), ("ı", "i"), ("ß", "ss"), ("æ", "ae")):
        s = s.replace(a, b)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()


# --------------------------------------------------------------------------
# world: clinics, staff, patients, routes
# --------------------------------------------------------------------------
TODAY = dt.date(2024, 3, 12)
EDT = dt.timezone(dt.timedelta(hours=-4))

CLINICS = [
    # name, short, client acct, street, city, zip, phone, fax, lat, lon
    ("Lakeside Family Medicine", "LAKESIDE FM", "10442", "1200 Polaris Pkwy Ste 210", "Westerville", "43082", "614-555-0188", "614-555-0189", 40.1453, -82.9817),
    ("Olentangy Internal Medicine", "OLENT IM", "10517", "3535 Olentangy River Rd", "Columbus", "43214", "614-555-0121", "614-555-0122", 40.0398, -83.0267),
    ("Hilliard Pediatrics & Adolescent", "HILL PEDS", "10603", "4100 Main St", "Hilliard", "43026", "614-555-0134", "614-555-0135", 40.0334, -83.1585),
    ("Grove City Nephrology Assoc.", "GC NEPH", "10688", "2030 Stringtown Rd", "Grove City", "43123", "614-555-0150", "614-555-0151", 39.8815, -83.0858),
    ("Licking Valley Oncology", "LV ONC", "10721", "1320 W Main St Bldg B", "Newark", "43055", "740-555-0117", "740-555-0118", 40.0581, -82.4446),
    ("Fairfield Women's Health", "FF WOMENS", "10739", "1665 N Memorial Dr", "Lancaster", "43130", "740-555-0163", "740-555-0164", 39.7368, -82.6146),
    ("Dublin Endocrine & Diabetes", "DUB ENDO", "10802", "6810 Perimeter Dr", "Dublin", "43016", "614-555-0176", "614-555-0177", 40.0992, -83.1441),
    ("Eastside Anticoag Clinic", "E ANTICOAG", "10815", "6100 E Broad St", "Columbus", "43213", "614-555-0192", "614-555-0193", 39.9747, -82.8587),
    ("Brookdale Senior Living - Worthington", "BROOKDALE W", "10877", "500 High St", "Worthington", "43085", "614-555-0109", "614-555-0110", 40.0931, -83.0180),
    ("Union County Urgent Care", "UC URGENT", "10904", "1010 London Ave", "Marysville", "43040", "937-555-0141", "937-555-0142", 40.2300, -83.3521),
]

CLINICIANS = ["Rebecca Lindgren, MD", "Amir Farouk, DO", "Mei Chen, MD", "Tomasz Zielinski, MD",
              "Adaeze Nwosu, MD", "Carlos Medina, NP", "Hannah Berger, PA-C", "Vikram Rao, MD",
              "Giulia Moretti, MD", "Daniel Okonkwo, MD"]
CLIN_NPI = {c: "1" + digits(9) for c in CLINICIANS}
NURSES = ["Maria Lopez RN", "Kenji Watanabe RN", "Shanice Brooks LPN", "Olga Petrenko RN",
          "Tyrone Hughes MA", "Beatriz Santos RN", "Liam Gallagher RN", "Noor Qureshi CMA"]
TECHS = [("TPARK", "Tae-yang Park"), ("JBAPTISTE", "Jules Baptiste"), ("RSINGH", "Raminder Singh"),
         ("LMORALES", "Lucia Morales"), ("KOBI", "Kobi Asante"), ("ESVENSSON", "Elin Svensson")]
COURIERS = [("mreyes", "Marcus Reyes", "EMP-1187"), ("adimitrova", "Ana Dimitrova", "EMP-1204"),
            ("dpatel", "Dev Patel", "EMP-1239"), ("lortega", "Luis Ortega", "EMP-1251"),
            ("kmbeki", "Khanyisile Mbeki", "EMP-1266")]
PHLEBS = [("fgallagher", "Fiona Gallagher", "EMP-2231"), ("shaidari", "Samira Haidari", "EMP-2245"),
          ("jnakamura", "Jun Nakamura", "EMP-2260")]

CITY_COUNTY = {"Westerville": "Franklin", "Columbus": "Franklin", "Hilliard": "Franklin", "Grove City": "Franklin",
               "Newark": "Licking", "Worthington": "Franklin", "Dublin": "Franklin", "Lancaster": "Fairfield",
               "Reynoldsburg": "Franklin", "Pickerington": "Fairfield", "Delaware": "Delaware",
               "Marysville": "Union", "Gahanna": "Franklin", "Granville": "Licking"}
CITY_LL = {"Westerville": (40.126, -82.929), "Columbus": (39.961, -82.999), "Hilliard": (40.033, -83.158),
           "Grove City": (39.881, -83.093), "Newark": (40.058, -82.401), "Worthington": (40.093, -83.018),
           "Dublin": (40.099, -83.114), "Lancaster": (39.713, -82.599), "Reynoldsburg": (39.955, -82.812),
           "Pickerington": (39.884, -82.753), "Delaware": (40.298, -83.067), "Marysville": (40.236, -83.367),
           "Gahanna": (40.019, -82.879), "Granville": (40.068, -82.519)}

PAT_RAW = [
    ("Anna", "M", "Kowalska", "F", (1951, 3, 14), "42 Elm Ct", "Westerville", "43081"),
    ("Thanh", "V", "Nguyen", "M", (1968, 7, 2), "1187 Parsons Ave Apt 3B", "Columbus", "43206"),
    ("Oluwaseun", "A", "Adeyemi", "M", (1985, 11, 23), "5520 Sandalwood Blvd", "Hilliard", "43026"),
    ("María José", "", "Fernández", "F", (1979, 5, 9), "77 Rosewood Dr", "Grove City", "43123"),
    ("Dmitri", "S", "Volkov", "M", (1947, 1, 30), "310 Linden Ave", "Newark", "43055"),
    ("Aiyana", "R", "Redcloud", "F", (1993, 8, 17), "2044 Cleveland Ave", "Columbus", "43211"),
    ("Hiroshi", "", "Tanaka", "M", (1931, 4, 5), "88 Kenmore Rd", "Worthington", "43085"),
    ("Fatima", "Z", "Al-Sayed", "F", (1972, 12, 11), "4410 Refugee Rd", "Columbus", "43232"),
    ("Søren", "K", "Østergaard", "M", (1959, 6, 28), "19 Harbor Pointe Dr", "Dublin", "43017"),
    ("Priya", "", "Raghunathan", "F", (1988, 2, 29), "6701 Tussic Street Rd", "Westerville", "43082"),
    ("Bernadette", "C", "O'Malley", "F", (1933, 10, 19), "150 Wilson Ave", "Lancaster", "43130"),
    ("Jean-Luc", "", "Beauchamp", "M", (1964, 9, 7), "3302 Brice Rd", "Reynoldsburg", "43068"),
    ("Zeynep", "", "Yılmaz", "F", (1990, 3, 3), "915 Hamlet St", "Columbus", "43201"),
    ("Kwame", "O", "Mensah", "M", (1956, 12, 25), "2718 Mock Rd", "Columbus", "43219"),
    ("Ngozi", "E", "Okafor", "F", (1983, 4, 14), "610 Pickerington Hills Dr", "Pickerington", "43147"),
    ("Mateus", "", "Gonçalves", "M", (1975, 7, 21), "44 Coover Rd", "Delaware", "43015"),
    ("Leilani", "K", "Kahananui", "F", (1998, 1, 12), "1450 Morse Rd Apt 212", "Columbus", "43229"),
    ("Yusuf", "", "Haddad", "M", (1929, 11, 2), "37 Maple St", "Marysville", "43040"),
    ("Ingrid", "L", "Lindqvist", "F", (1961, 5, 15), "5280 Brand Rd", "Dublin", "43016"),
    ("Wei-Ling", "", "Chen", "F", (1970, 8, 30), "2150 Hamilton Rd", "Gahanna", "43230"),
    ("Rafael", "", "Quispe Mamani", "M", (1982, 10, 10), "905 Sullivant Ave", "Columbus", "43223"),
    ("Eleanor", "J", "Whitcombe", "F", (1934, 2, 8), "12 Orchard Ln", "Granville", "43023"),
    ("Siddharth", "", "Iyer", "M", (2001, 6, 6), "88 E 15th Ave Apt 4", "Columbus", "43201"),
    ("Marguerite", "A", "Delacroix-Pham", "F", (1945, 9, 13), "7300 Riverside Dr", "Dublin", "43017"),
]
REL_FIRST = ["Marta", "Linh", "Bisi", "Lucía", "Irina", "Dakota", "Keiko", "Omar", "Mette", "Arjun",
             "Siobhan", "Céline", "Emre", "Akosua", "Chidi", "Beatriz", "Kai", "Leila", "Anders", "Jun",
             "Rosa", "Margaret", "Ravi", "Thérèse"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net", "protonmail.com", "hotmail.com"]
PLANS = [("Anthem BCBS", "XEH"), ("UnitedHealthcare", "9"), ("Aetna", "W"), ("Medical Mutual", "MMO"),
         ("CareSource", "CS"), ("Humana", "H")]

used_phones = set()


def new_phone(areas=("614", "740", "380")):
    while True:
        ph = "%s-555-01%02d" % (R.choice(areas), R.randint(0, 99))
        if ph not in used_phones:
            used_phones.add(ph)
            return ph


for c in CLINICS:
    used_phones.add(c[6])
    used_phones.add(c[7])


class Patient:
    pass


PATIENTS = []
_mrns = set()
for i, (fn, mi, ln, sex, dob, street, city, zc) in enumerate(PAT_RAW):
    p = Patient()
    p.first, p.mi, p.last, p.sex = fn, mi, ln, sex
    p.dob = dt.date(*dob)
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.street, p.city, p.zip = street, city, zc
    p.county = CITY_COUNTY[city]
    while True:
        m = "%08d" % R.randint(300000, 2999999)
        if m not in _mrns:
            _mrns.add(m)
            break
    p.mrn = m                      # Sunquest medical record number
    p.omrn = "H" + m[1:]           # Orchard patient id derived from enterprise MRN
    p.ssn = make_ssn()
    p.phone = new_phone()
    p.cell = new_phone() if R.random() < 0.5 else None
    base = ascii_up(fn).lower().replace(" ", "").replace("-", "")
    lbase = ascii_up(ln).lower().replace(" ", "").replace("-", "").replace("'", "")
    p.email = R.choice([base + "." + lbase, base[0] + lbase + str(dob[0] % 100), lbase + "." + base + str(R.randint(1, 99)),
                        base + "_" + lbase[:4] + str(dob[0])]) + "@" + R.choice(EMAIL_DOM)
    p.user = R.choice([base[0] + lbase, base + "." + lbase[0], lbase + str(dob[0] % 100)]) + str(R.randint(1, 9)) * (i % 2)
    plan = R.choice(PLANS)
    p.plan = plan[0]
    p.member = plan[1] + digits(12 - len(plan[1]))
    p.group = "%06d" % R.randint(1000, 999999)
    p.mbi = make_mbi() if p.age >= 65 else None
    p.medicaid = digits(12) if plan[0] == "CareSource" else None
    p.dl = R.choice("ST") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6)
    p.gacct = "GA" + digits(8)
    p.pan = make_pan()
    p.kit = "HK-" + "".join(R.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(7))
    p.plate = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(4)
    p.inr_sn = "UC" + digits(8)
    p.mac = ":".join("%02X" % x for x in [0x00, 0x1B, 0x7C] + [R.randint(0, 255) for _ in range(3)])
    p.cgm_sn = "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(10))
    p.rel = (REL_FIRST[i], ln if R.random() < 0.7 else R.choice(["Moreau", "Silva", "Park", "Novak", "Ibrahim"]),
             R.choice(["spouse", "caregiver", "child", "sibling", "POA"]))
    p.rel_phone = new_phone()
    lat0, lon0 = CITY_LL[city]
    p.lat = round(lat0 + R.uniform(-0.03, 0.03), 6)
    p.lon = round(lon0 + R.uniform(-0.03, 0.03), 6)
    p.ip = "%d.%d.%d.%d" % (R.choice([24, 67, 68, 71, 73, 98, 104, 107, 174, 184]), R.randint(1, 254),
                            R.randint(1, 254), R.randint(1, 254))
    p.homedraw = p.age >= 75 or R.random() < 0.3
    PATIENTS.append(p)

HOMEBOUND = [p for p in PATIENTS if p.homedraw]


def full(p):
    return p.first + " " + p.last


def lfm(p, sep=","):
    s = ascii_up(p.last) + sep + ascii_up(p.first)
    if p.mi:
        s += " " + p.mi
    return s


class Route:
    pass


ROUTES = []
for i, rn in enumerate(["RT-03", "RT-07", "RT-11", "RT-14", "RT-22"]):
    r = Route()
    r.id = rn
    r.courier = COURIERS[i]
    r.van = "V%02d" % (i + 20)
    r.vin = make_vin("1FT", R.choice("NP"))
    r.plate = "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(4)
    r.imei = make_imei()
    r.scanner = "TC52-" + digits(8)
    r.logger = "TL-" + digits(5)
    r.stops = R.sample(CLINICS, 5)
    ROUTES.append(r)

TESTS = ["CBC", "BMP", "CMP", "LIPID", "TSH", "HGBA1C", "PT/INR", "UA", "CULT-U", "FERR", "B12",
         "PSA", "VITD", "MG", "PHOS", "LFT", "CRP", "ESR", "BNP", "TROP-I"]
TUBES = ["SST", "LAV", "LTBLU", "GRN", "GRY", "URN", "SWB"]
CRIT = [("K", "POTASSIUM", "6.9", "mmol/L", "HH", ">6.0"), ("K", "POTASSIUM", "2.6", "mmol/L", "LL", "<2.8"),
        ("NA", "SODIUM", "118", "mmol/L", "LL", "<120"), ("GLU", "GLUCOSE", "38", "mg/dL", "LL", "<40"),
        ("GLU", "GLUCOSE", "512", "mg/dL", "HH", ">450"), ("HGB", "HEMOGLOBIN", "5.9", "g/dL", "LL", "<6.5"),
        ("PLT", "PLATELETS", "18", "K/uL", "LL", "<20"), ("INR", "PROTIME INR", "6.2", "", "HH", ">5.0"),
        ("TROPI", "TROPONIN I HS", "1840", "ng/L", "HH", ">52"), ("CA", "CALCIUM", "14.2", "mg/dL", "HH", ">13.0"),
        ("WBC", "WBC", "1.1", "K/uL", "LL", "<1.5"), ("LACT", "LACTATE", "4.8", "mmol/L", "HH", ">4.0")]


class Order:
    pass


ORDERS = []
_seq = [450]


def new_order(p=None, clinic=None):
    o = Order()
    o.p = p or R.choice(PATIENTS)
    o.clinic = clinic or R.choice(CLINICS)
    _seq[0] += R.randint(1, 4)
    s = _seq[0]
    o.acc_sq = "R0312-%04d" % s
    o.acc_or = "24-072-%05d" % (s + 10000)
    o.order_no = str(4471000 + s * 3)
    o.tests = R.sample(TESTS, R.randint(1, 4))
    o.conts = [(digits(10), R.choice(TUBES)) for _ in range(R.randint(1, 3))]
    o.route = R.choice(ROUTES)
    o.coll = (NOW[0] - dt.timedelta(minutes=R.randint(15, 150))).replace(second=0, microsecond=0)
    ORDERS.append(o)
    return o


def any_order():
    if len(ORDERS) < 6 or R.random() < 0.35:
        return new_order()
    return R.choice(ORDERS[-25:])


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
NOW = [dt.datetime(2024, 3, 12, 6, 58, 7, 118000, tzinfo=EDT)]


def tick():
    NOW[0] += dt.timedelta(seconds=R.randint(2, 70), milliseconds=R.randint(0, 999))
    return NOW[0]


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def utc(t):
    return t.astimezone(dt.timezone.utc)


def epoch(t):
    return t.timestamp() + R.randint(0, 999) / 1e6


# --------------------------------------------------------------------------
# family: Sunquest-like fixed width LIS log
# --------------------------------------------------------------------------
SQ_TERMS = ["LAB03", "CHEM1", "HEME2", "MICRO", "RCV01", "OUTR4", "BILL1", "IFACE"]


def sq_head(L, t, term, func):
    L.t("%s %s " % (t.strftime("%m%d%y"), t.strftime("%H%M%S")))
    L.fw(term, 6).fw(func, 8)


def fam_sunquest(phi_p):
    t = tick()
    L = Line("sunquest-fw")
    phi = R.random() < phi_p
    o = any_order()
    p = o.p
    if phi:
        k = R.choice(["ORDENT", "ORDENT", "PTREG", "PTREG", "BILLXFR", "PTLKUP", "AGEFLG"])
        if k == "ORDENT":
            sq_head(L, t, "OUTR4", "ORDENT")
            L.fw(o.acc_sq, 12).fw(lfm(p), 28, "name").t(p.sex + " ")
            L.p(p.dob.strftime("%m/%d/%Y"), "date").t(" ")
            age = "%03dY" % p.age
            if p.age > 89:
                L.t(" ").p("%03d" % p.age, "age").t("Y ")
            else:
                L.t(" " + age + " ")
            L.t("MR").p(p.mrn, "mrn").t(" CL" + o.clinic[2] + " ")
            L.fw(",".join(o.tests), 22).t("PRI=" + R.choice(["R", "R", "S", "T"]) + " DR=" + ascii_up(o.clinic[1]).replace(" ", "")[:8])
        elif k == "PTREG":
            sq_head(L, t, "OUTR4", "PTREG")
            L.t("MR").fw(p.mrn, 10, "mrn").fw(lfm(p), 28, "name")
            L.t("SSN=").p(p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn, "ssn").t(" ")
            L.t("ADR=").fw(ascii_up(p.street), 26, "address").t("CTY=").fw(ascii_up(p.city), 13, "address")
            L.t("ST=OH ZIP=").p(p.zip, "zip").t(" PH=").p(p.phone.replace("-", ""), "phone")
        elif k == "BILLXFR":
            sq_head(L, t, "BILL1", "BILLXFR")
            L.fw(o.acc_sq, 12).t("GACCT=").fw(p.gacct, 11, "account")
            if p.mbi:
                L.t("FC=MCR MBI=").fw(p.mbi, 12, "health_plan")
            elif p.medicaid:
                L.t("FC=MCD MCDID=").fw(p.medicaid, 13, "health_plan")
            else:
                L.t("FC=COM MBR=").fw(p.member, 13, "health_plan")
            L.t("GRP=" + p.group + " CPT=" + R.choice(["85025", "80053", "80048", "84443", "83036", "85610"]))
            L.t(" AMT=%7.2f" % R.uniform(8, 240))
        elif k == "PTLKUP":
            sq_head(L, t, "RCV01", "PTLKUP")
            L.t("KEY=").fw(lfm(p, ", "), 28, "name").t("HITS=%d SEL=MR" % R.randint(1, 3)).p(p.mrn, "mrn")
            L.t(" BY=" + R.choice(TECHS)[0])
        else:
            sq_head(L, t, "LAB03", "AGEFLG")
            pp = R.choice([x for x in PATIENTS if x.age > 89])
            L.fw(o.acc_sq, 12).t("MR").p(pp.mrn, "mrn").t(" AGE=").p(str(pp.age), "age")
            L.t(" REFRNG=GER>89 RULE=AGE_GT_89_REF")
    else:
        k = R.choice(["RSLTVER", "RSLTVER", "SPMRCV", "SPMRCV", "SIGNON", "IFERR", "QCPASS", "ORDENT0", "RERUN", "BATCH", "AGEOK"])
        if k == "RSLTVER":
            sq_head(L, t, R.choice(["CHEM1", "HEME2"]), "RSLTVER")
            c = R.choice(CRIT + [("NA", "SODIUM", "139", "mmol/L", "", ""), ("CREAT", "CREATININE", "0.94", "mg/dL", "", ""),
                                 ("TSH", "TSH", "2.31", "uIU/mL", "", ""), ("HBA1C", "HGB A1C", "7.4", "%", "H", "")])
            L.fw(o.acc_sq, 12).fw(c[0], 7).fw(c[2], 8, right=True).t(" ").fw(c[3], 8).fw(c[4], 3)
            L.t("TECH=" + R.choice(TECHS)[0] + " INST=" + R.choice(["AU680-2", "DXH900-1", "ACL-TOP-1", "ATELLICA-3"]))
        elif k == "SPMRCV":
            sq_head(L, t, "RCV01", "SPMRCV")
            cid, tube = R.choice(o.conts)
            L.fw(o.acc_sq, 12).t("CONT=" + cid + " ").fw(tube, 6).t("TEMP=%5.1fC " % R.uniform(2.0, 7.9))
            L.t("RTE=" + o.route.id.replace("-", "") + " CL=" + o.clinic[2])
        elif k == "SIGNON":
            sq_head(L, t, R.choice(SQ_TERMS), R.choice(["SIGNON", "SIGNOFF"]))
            L.t("USER=").fw(R.choice(TECHS)[0], 12).t("TTY=/dev/pts/%d OK" % R.randint(1, 40))
        elif k == "IFERR":
            sq_head(L, t, "IFACE", "IFERR")
            L.t("HL7 ACK AE MSGID=SQ%s%03d SEG=%s FLD=%d TXT=%s" % (
                t.strftime("%y%m%d%H%M%S"), R.randint(0, 999), R.choice(["OBR", "ORC", "PV1", "IN1"]),
                R.randint(2, 30), R.choice(["INVALID TEST CODE", "UNKNOWN CLIENT", "DUP PLACER #", "MISSING SPEC SRC"])))
        elif k == "QCPASS":
            sq_head(L, t, R.choice(["CHEM1", "HEME2"]), "QCPASS")
            L.t("LOT=%s LVL=%d TEST=%s MEAN=%.2f SD=%.2f WESTGARD=OK" % (
                digits(5), R.randint(1, 3), R.choice(["K", "NA", "GLU", "HGB", "PLT", "TSH"]),
                R.uniform(1, 150), R.uniform(0.01, 3)))
        elif k == "ORDENT0":
            sq_head(L, t, "OUTR4", "ORDMOD")
            L.fw(o.acc_sq, 12).t("ADD TEST=" + R.choice(TESTS) + " REQ#" + o.order_no + " CL" + o.clinic[2] +
                                 " BY=" + R.choice(TECHS)[0])
        elif k == "RERUN":
            sq_head(L, t, "CHEM1", "RERUN")
            L.fw(o.acc_sq, 12).t("TEST=%s REASON=%s DIL=1:%d" % (R.choice(["K", "CREAT", "TBIL", "LIPASE"]),
                                                                  R.choice(["HEMOLYZED", "DELTA", "ABOVE AMR"]),
                                                                  R.choice([2, 5, 10])))
        elif k == "BATCH":
            sq_head(L, t, "IFACE", "BATCHOUT")
            L.t("CL%s RPTS=%d PAGES=%d DEST=FAX:%s STATUS=SENT" % (o.clinic[2], R.randint(1, 30), R.randint(1, 60),
                                                                  o.clinic[7].replace("-", "")))
        else:
            sq_head(L, t, "LAB03", "AGEFLG")
            L.fw(o.acc_sq, 12).t("AGE=%03dY REFRNG=ADULT RULE=NONE" % R.randint(19, 88))
    return [L]


# --------------------------------------------------------------------------
# family: Orchard-like log4j text log (incl. HL7 segments)
# --------------------------------------------------------------------------
OR_THREADS = ["http-nio-8443-exec-%d", "HL7-Inbound-%d", "AutoVerify-%d", "pool-4-thread-%d", "Quartz_Worker-%d"]


def or_head(L, t, level, thread, logger):
    L.t("%s,%s %-5s [%s] %s - " % (t.strftime("%Y-%m-%d %H:%M:%S"), ms(t), level, thread, logger))


def hl7_name(p):
    s = ascii_up(p.last) + "^" + ascii_up(p.first)
    if p.mi:
        s += "^" + p.mi
    return s


def fam_orchard(phi_p):
    out = []
    phi = R.random() < phi_p
    o = any_order()
    p = o.p
    if phi:
        k = R.choice(["order", "hl7", "hl7", "merge", "poc", "dupe", "guar"])
        if k == "order":
            t = tick()
            L = Line("orchard-log4j")
            or_head(L, t, "INFO", OR_THREADS[0] % R.randint(1, 40), "c.o.h.order.OrderService")
            L.t("Order %s saved: accession %s, patient '" % (o.order_no, o.acc_or))
            L.p(p.last + ", " + p.first, "name").t("' (PID ").p(p.omrn, "mrn").t("), DOB ")
            L.p(p.dob.strftime("%m/%d/%Y"), "date").t(", client %s, tests=%s" % (o.clinic[2], "|".join(o.tests)))
            out.append(L)
        elif k == "hl7":
            t = tick()
            ctl = "OR" + t.strftime("%Y%m%d%H%M%S") + digits(3)
            th = OR_THREADS[1] % R.randint(1, 4)
            L = Line("orchard-log4j")
            or_head(L, t, "DEBUG", th, "c.o.h.hl7.MessageLogger")
            L.t("MSH|^~\\&|EPIC|OHC|ORCHARD|CORL|%s||ORM^O01|%s|P|2.5.1" % (t.strftime("%Y%m%d%H%M%S"), ctl))
            out.append(L)
            L = Line("orchard-log4j")
            or_head(L, t, "DEBUG", th, "c.o.h.hl7.MessageLogger")
            L.t("PID|1||").p(p.omrn, "mrn").t("^^^ORCH^MR~").p(p.mrn, "mrn").t("^^^OHC^MR||").p(hl7_name(p), "name")
            L.t("||").p(p.dob.strftime("%Y%m%d"), "date").t("|" + p.sex + "|||").p(ascii_up(p.street), "address")
            L.t("^^").p(ascii_up(p.city), "address").t("^OH^").p(p.zip, "zip").t("||").p(p.phone.replace("-", ""), "phone")
            L.t("|||||").p(p.gacct, "account").t("|").p(p.ssn.replace("-", ""), "ssn")
            out.append(L)
            if R.random() < 0.6:
                L = Line("orchard-log4j")
                or_head(L, t, "DEBUG", th, "c.o.h.hl7.MessageLogger")
                L.t("IN1|1|%s|%s|%s||||%s||||||||" % (R.randint(100, 999), digits(5), p.plan.upper(), p.group))
                L.p(hl7_name(p), "name").t("|SEL|||||||||||||||||||").p(p.mbi or p.member, "health_plan")
                out.append(L)
            L = Line("orchard-log4j")
            or_head(L, t, "DEBUG", th, "c.o.h.hl7.MessageLogger")
            L.t("ORC|NW|%s|%s||IP||||%s" % (o.order_no, o.acc_or, t.strftime("%Y%m%d%H%M%S")))
            out.append(L)
            L = Line("orchard-log4j")
            or_head(L, t, "DEBUG", th, "c.o.h.hl7.MessageLogger")
            L.t("OBR|1|%s|%s|%s^%s^L|||" % (o.order_no, o.acc_or, o.tests[0], o.tests[0]))
            L.p(o.coll.strftime("%Y%m%d%H%M"), "date")
            L.t("|||||||||%s^%s^%s^^^^^^NPI" % (CLIN_NPI[CLINICIANS[0]], CLINICIANS[0].split(",")[0].split()[1].upper(),
                                               CLINICIANS[0].split()[0].upper()))
            out.append(L)
        elif k == "merge":
            t = tick()
            L = Line("orchard-log4j")
            q = R.choice(PATIENTS)
            or_head(L, t, "WARN", OR_THREADS[3] % R.randint(1, 8), "c.o.h.patient.MergeJob")
            L.t("Merging duplicate patient ").p(q.omrn, "mrn").t(" into ").p("H" + digits(7), "mrn")
            L.t(" (match score 0.97: name+dob+ssn4) requested by user " + R.choice(TECHS)[0].lower())
            out.append(L)
        elif k == "poc":
            t = tick()
            L = Line("orchard-log4j")
            or_head(L, t, "INFO", OR_THREADS[0] % R.randint(1, 40), "c.o.h.poc.SelfTestImport")
            L.t("Imported %d INR self-test results from patient meter SN=" % R.randint(1, 6)).p(p.inr_sn, "device")
            L.t(" for PID ").p(p.omrn, "mrn").t(" client %s range 2.0-3.0" % "10815")
            out.append(L)
        elif k == "dupe":
            t = tick()
            L = Line("orchard-log4j")
            or_head(L, t, "WARN", OR_THREADS[0] % R.randint(1, 40), "c.o.h.order.DuplicateCheck")
            L.t("Possible duplicate order for ").p(lfm(p, ", "), "name").t(" DOB ").p(p.dob.isoformat(), "date")
            L.t(": %s already has %s collected within 24h (acc %s)" % ("patient", o.tests[0], o.acc_or))
            out.append(L)
        else:
            t = tick()
            L = Line("orchard-log4j")
            or_head(L, t, "INFO", OR_THREADS[3] % R.randint(1, 8), "c.o.h.billing.GuarantorSync")
            L.t("Guarantor updated for PID ").p(p.omrn, "mrn").t(": name=").p(p.rel[0] + " " + p.rel[1], "name")
            L.t(", relation=" + p.rel[2].upper() + ", phone=").p(p.rel_phone, "phone").t(", acct=").p(p.gacct, "account")
            out.append(L)
    else:
        k = R.choice(["autover", "pool", "saved0", "msh", "quartz", "route", "slow", "orc", "err"])
        t = tick()
        L = Line("orchard-log4j")
        if k == "autover":
            or_head(L, t, "INFO", OR_THREADS[2] % R.randint(1, 6), "c.o.h.verify.AutoVerifier")
            L.t("Accession %s test %s autoverified (rule AV-%03d, delta %s)" % (
                o.acc_or, R.choice(o.tests), R.randint(1, 140), R.choice(["PASS", "PASS", "N/A"])))
        elif k == "pool":
            or_head(L, t, "DEBUG", OR_THREADS[3] % R.randint(1, 8), "c.z.hikari.pool.HikariPool")
            L.t("HikariPool-1 - Pool stats (total=%d, active=%d, idle=%d, waiting=0)" % (20, R.randint(1, 12), R.randint(3, 10)))
        elif k == "saved0":
            or_head(L, t, "INFO", OR_THREADS[0] % R.randint(1, 40), "c.o.h.order.OrderService")
            L.t("Order %s saved: accession %s, client %s (%s), %d container(s), priority %s" % (
                o.order_no, o.acc_or, o.clinic[2], o.clinic[0], len(o.conts), R.choice(["ROUTINE", "STAT", "ASAP"])))
        elif k == "msh":
            or_head(L, t, "DEBUG", OR_THREADS[1] % R.randint(1, 4), "c.o.h.hl7.MessageLogger")
            L.t("MSA|AA|OR%s%s|Message accepted" % (t.strftime("%Y%m%d%H%M%S"), digits(3)))
        elif k == "quartz":
            or_head(L, t, "INFO", OR_THREADS[4] % R.randint(1, 10), "c.o.h.jobs.CourierManifestJob")
            r = R.choice(ROUTES)
            L.t("Manifest for route %s built: %d stops, %d expected pickups, cutoff 14:30" % (r.id, len(r.stops), R.randint(4, 40)))
        elif k == "route":
            or_head(L, t, "INFO", OR_THREADS[0] % R.randint(1, 40), "c.o.h.client.ClientService")
            c = R.choice(CLINICS)
            L.t("Client %s '%s' contact updated: phone %s fax %s, %s, %s OH %s" % (c[2], c[0], c[6], c[7], c[3], c[4], c[5]))
        elif k == "slow":
            or_head(L, t, "WARN", OR_THREADS[0] % R.randint(1, 40), "o.h.engine.jdbc.spi.SqlStatementLogger")
            L.t("Slow query (%d ms): select r.* from RESULT r where r.ACCESSION_ID=? and r.STATUS in (?,?)" % R.randint(1200, 9000))
        elif k == "orc":
            or_head(L, t, "DEBUG", OR_THREADS[1] % R.randint(1, 4), "c.o.h.hl7.MessageLogger")
            L.t("ORC|SC|%s|%s||CM||||%s" % (o.order_no, o.acc_or, t.strftime("%Y%m%d%H%M%S")))
        else:
            or_head(L, t, "ERROR", OR_THREADS[0] % R.randint(1, 40), "c.o.h.web.GlobalExceptionHandler")
            L.t("Request failed [traceId=%s]: java.lang.IllegalStateException: Container %s not linked to accession %s" % (
                hexs(16), R.choice(o.conts)[0], o.acc_or))
        out.append(L)
    return out


# --------------------------------------------------------------------------
# family: Android logcat (courier / home-draw app)
# --------------------------------------------------------------------------
LC_PID = [7731]


def lc_head(L, t, lvl, tag, tid=None):
    L.t("%s %5d %5d %s %-8s: " % (t.strftime("%m-%d %H:%M:%S.") + ms(t), LC_PID[0], tid or R.randint(7731, 7990), lvl, tag))


def fam_logcat(phi_p):
    phi = R.random() < phi_p
    r = R.choice(ROUTES)
    out = []
    if phi:
        p = R.choice(HOMEBOUND)
        ph = R.choice(PHLEBS)
        k = R.choice(["nav", "arrive", "verify", "photo", "fp", "call", "pay", "gps", "kit", "visitjson", "ble", "verify"])
        t = tick()
        L = Line("android-logcat")
        if k == "nav":
            lc_head(L, t, "I", "HomeDrawActivity")
            L.t("Navigating to home draw visit #%d: " % R.randint(1, 9)).p(p.street, "address").t(", ")
            L.p(p.city, "address").t(", OH ").p(p.zip, "zip").t(" (patient ").p(full(p), "name").t(")")
        elif k == "arrive":
            lc_head(L, t, "D", "VisitRepository")
            L.t("visit{id=HDV-%s, status=ARRIVED, patientName=" % digits(6)).p(full(p), "name")
            L.t(", mrn=").p(p.mrn, "mrn").t(", dob=").p(p.dob.isoformat(), "date").t(", phlebotomist=%s}" % ph[2])
        elif k == "verify":
            lc_head(L, t, "I", "PatientVerify")
            L.t("ID check passed: OH DL ").p(p.dl, "license").t(" matches ").p(lfm(p), "name")
            L.t(" dob ").p(p.dob.strftime("%m/%d/%Y"), "date").t(" (2 identifiers)")
        elif k == "photo":
            lc_head(L, t, "V", "IdCapture")
            L.t("face photo captured 240x320 q=60 patient=").p(p.mrn, "mrn").t(" payload=")
            L.p("data:image/jpeg;base64," + jpeg_b64(R.randint(300, 700)), "photo")
        elif k == "fp":
            lc_head(L, t, "D", "BioVerify")
            L.t("enroll ok finger=R_INDEX nfiq=%d template=" % R.randint(1, 3)).p(fmr_b64(R.randint(120, 260)), "biometric")
        elif k == "call":
            lc_head(L, t, "I", "CallHelper")
            if R.random() < 0.5:
                L.t("ACTION_DIAL tel:").p(p.phone.replace("-", ""), "phone").t(" (patient not answering door)")
            else:
                L.t("calling emergency contact ").p(p.rel[0] + " " + p.rel[1], "name").t(" (%s) tel:" % p.rel[2])
                L.p(p.rel_phone, "phone")
        elif k == "pay":
            lc_head(L, t, "W", "PaymentSheet")
            L.t("DEBUG build leaked card data! tokenize(pan=").p(p.pan, "account")
            L.t(", exp=%02d/%02d, amount=25.00, fee=HOME_DRAW)" % (R.randint(1, 12), R.randint(25, 29)))
        elif k == "gps":
            lc_head(L, t, "D", "LocationSvc")
            L.t("geofence ENTER visit=HDV-%s lat=" % digits(6)).p("%.6f" % p.lat, "address").t(" lng=")
            L.p("%.6f" % p.lon, "address").t(" acc=%.1fm" % R.uniform(3, 25))
        elif k == "ble":
            lc_head(L, t, "D", "BluetoothGatt")
            L.t("onClientConnectionState() - status=0 clientIf=%d device=" % R.randint(5, 12)).p(p.mac, "device")
            L.t(" (patient INR meter sn=").p(p.inr_sn, "device").t(")")
        elif k == "kit":
            lc_head(L, t, "I", "ScanFragment")
            L.t("home kit ").p(p.kit, "other_id").t(" linked to MRN ").p(p.mrn, "mrn")
            L.t(" containers=%d" % R.randint(1, 3))
        else:
            lc_head(L, t, "D", "OkHttp")
            L.t('{"visitId":"HDV-%s","patient":{"first":"' % digits(6)).p(p.first, "name").t('","last":"')
            L.p(p.last, "name").t('","phone":"').p(p.cell or p.phone, "phone").t('"},"addr":"')
            L.p(p.street + ", " + p.city, "address").t('","zip":"').p(p.zip, "zip").t('","apptDate":"')
            L.p((TODAY + dt.timedelta(days=R.randint(0, 6))).isoformat(), "date").t('","window":"07:00-09:00"}')
        out.append(L)
    else:
        k = R.choice(["okreq", "okresp", "arrive", "scan", "temp", "sync", "gc", "batt", "gpsfix", "chatty", "depart", "dialclinic"])
        t = tick()
        L = Line("android-logcat")
        c = R.choice(r.stops)
        if k == "okreq":
            lc_head(L, t, "D", "OkHttp")
            L.t("--> GET https://api.corl-courier.example/v2/routes/%s/stops?date=2024-03-12&v=%d" % (r.id, R.randint(1, 9)))
        elif k == "okresp":
            lc_head(L, t, "D", "OkHttp")
            L.t("<-- %s https://api.corl-courier.example/v2/pickups/%s (%dms, %d-byte body)" % (
                R.choice(["200 OK", "200 OK", "201 Created", "409 Conflict", "504 Gateway Timeout"]), uuid4(), R.randint(40, 4000),
                R.randint(120, 9000)))
        elif k == "arrive":
            lc_head(L, t, "I", "StopActivity")
            L.t("Arrived stop %d/%d %s (%s) %s, %s lat=%.4f lng=%.4f" % (
                R.randint(1, 5), 5, c[0], c[2], c[3], c[4], c[8], c[9]))
        elif k == "scan":
            lc_head(L, t, "I", "ScanFragment")
            o = any_order()
            cid, tube = R.choice(o.conts)
            L.t("barcode CODE128 '%s' -> container %s acc=%s bag=BG-%s" % (cid, tube, o.acc_sq, digits(5)))
        elif k == "temp":
            lc_head(L, t, R.choice(["I", "W"]), "TempLogger")
            L.t("cooler %s probe=%.1f°C ambient=%.1f°C route=%s (range 2.0-8.0)" % (r.logger, R.uniform(1.5, 9.0), R.uniform(-4, 22), r.id))
        elif k == "sync":
            lc_head(L, t, "I", "SyncWorker")
            L.t("Worker result SUCCESS for Work [ id=%s, tags={ com.corl.courier.sync.PickupSyncWorker } ]" % uuid4())
        elif k == "gc":
            L = Line("android-logcat")
            lc_head(L, t, "I", "com.corl.courier")
            L.t("Background concurrent copying GC freed %d(%dMB) AllocSpace objects, %d(%dKB) LOS objects, %d%% free, %dMB/%dMB, paused %dus total %.3fms" % (
                R.randint(10000, 90000), R.randint(1, 9), R.randint(0, 40), R.randint(0, 900), R.randint(40, 60),
                R.randint(9, 40), R.randint(20, 80), R.randint(40, 900), R.uniform(10, 90)))
        elif k == "batt":
            lc_head(L, t, "D", "DeviceHealth")
            L.t("imei=%s scanner=%s battery=%d%% charging=%s van=%s" % (r.imei, r.scanner, R.randint(8, 100),
                                                                      R.choice(["true", "false"]), r.van))
        elif k == "gpsfix":
            lc_head(L, t, "V", "LocationSvc")
            L.t("fix provider=fused lat=%.6f lng=%.6f acc=%.1fm speed=%.1fm/s route=%s" % (
                c[8] + R.uniform(-0.02, 0.02), c[9] + R.uniform(-0.02, 0.02), R.uniform(3, 30), R.uniform(0, 28), r.id))
        elif k == "chatty":
            lc_head(L, t, "I", "chatty")
            L.t("uid=10%d(com.corl.courier) RenderThread identical %d lines" % (R.randint(100, 399), R.randint(2, 40)))
        elif k == "depart":
            lc_head(L, t, "I", "StopActivity")
            L.t("Departed %s: %d bags, %d specimens, courier=%s, next ETA %s" % (
                c[1], R.randint(1, 4), R.randint(1, 30), r.courier[0], (t + dt.timedelta(minutes=R.randint(8, 35))).strftime("%H:%M")))
        else:
            lc_head(L, t, "I", "CallHelper")
            L.t("ACTION_DIAL tel:%s (client %s front desk, pickup not ready)" % (c[6].replace("-", ""), c[2]))
        out.append(L)
    return out


# --------------------------------------------------------------------------
# family: Go backend zap JSON (dispatch-svc epoch ts, pickup-api ISO8601)
# --------------------------------------------------------------------------
def zap_head(t, level, logger, caller, msg, iso=False):
    if iso:
        items = [("level", level), ("time", t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "-0400")]
    else:
        items = [("level", level), ("ts", epoch(t))]
    if logger:
        items.append(("logger", logger))
    items += [("caller", caller), ("msg", msg)]
    return items


def fam_zap(phi_p):
    phi = R.random() < phi_p
    t = tick()
    L = Line("zap-json")
    r = R.choice(ROUTES)
    if phi:
        p = R.choice(HOMEBOUND)
        k = R.choice(["book", "book", "notify", "login", "driveup", "photo", "remind", "age", "cgm"])
        if k == "book":
            items = zap_head(t, "info", "homedraw", "homedraw/schedule.go:%d" % R.randint(180, 240), "appointment booked")
            items += [("appointmentId", "HDA-" + digits(7)),
                      ("patient", [("mrn", p.mrn, "mrn"), ("name", full(p), "name"), ("dob", p.dob.isoformat(), "date")]),
                      ("visitDate", (TODAY + dt.timedelta(days=R.randint(1, 9))).isoformat(), "date"),
                      ("window", R.choice(["07:00-09:00", "09:00-11:00", "11:00-13:00"])),
                      ("address", [("line1", p.street, "address"), ("city", p.city, "address"), ("state", "OH"), ("zip", p.zip, "zip")]),
                      ("phlebotomistId", R.choice(PHLEBS)[2]), ("fasting", R.choice([True, False]))]
            if R.random() < 0.3:
                items.append(("idDoc", [("type", "OH_DL"), ("number", p.dl, "license")]))
        elif k == "notify":
            items = zap_head(t, "info", "notify", "notify/email.go:%d" % R.randint(60, 99), "sent visit confirmation", iso=True)
            items += [("request_id", uuid4()), ("to", p.email, "email"), ("from", "noreply@corl-lab.example"),
                      ("template", "homedraw_confirm_v3"), ("smtp_status", 250), ("elapsed", "%dms" % R.randint(80, 900))]
        elif k == "login":
            items = zap_head(t, "info", "auth", "auth/handler.go:%d" % R.randint(100, 160), "patient portal login", iso=True)
            items += [("user", p.user, "other_id"), ("remote_ip", p.ip, "ip"), ("mfa", R.choice(["sms", "totp", "none"])),
                      ("ua", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"), ("session", hexs(24))]
        elif k == "driveup":
            items = zap_head(t, "info", "driveup", "driveup/checkin.go:%d" % R.randint(40, 90), "drive-up checkin")
            items += [("site", "CORL-PSC-EAST"), ("lane", R.randint(1, 3)), ("plate", p.plate, "vehicle"), ("plate_state", "OH"),
                      ("patient_name", lfm(p, ", "), "name"), ("order", any_order().order_no), ("wait_s", R.randint(30, 900))]
        elif k == "photo":
            items = zap_head(t, "debug", "homedraw", "homedraw/idcheck.go:%d" % R.randint(300, 340), "id photo stored")
            items += [("visit", "HDV-" + digits(6)), ("mrn", p.mrn, "mrn"), ("mime", "image/png"),
                      ("photo_b64", png_b64(R.randint(200, 500)), "photo")]
        elif k == "cgm":
            items = zap_head(t, "info", "ingest", "ingest/cgm.go:%d" % R.randint(70, 110), "cgm upload accepted", iso=True)
            items += [("patient_id", p.omrn, "mrn"), ("sensor_serial", p.cgm_sn, "device"), ("points", R.randint(96, 1440)),
                      ("source", "clarity-export"), ("batch", uuid4())]
        elif k == "remind":
            items = zap_head(t, "info", "notify", "notify/sms.go:%d" % R.randint(40, 70), "sms reminder queued", iso=True)
            items += [("to", "+1" + (p.cell or p.phone).replace("-", ""), "phone"), ("provider", "twilio"),
                      ("msgSid", "SM" + hexs(32)), ("body_len", R.randint(90, 160))]
        else:
            items = zap_head(t, "warn", "homedraw", "homedraw/risk.go:%d" % R.randint(50, 80), "fall-risk flag set")
            pp = R.choice([x for x in PATIENTS if x.age > 89])
            items += [("mrn", pp.mrn, "mrn"), ("age", pp.age, "age"), ("rule", "AGE_GT_89"), ("assist", "2-person")]
        jobj(L, items)
    else:
        k = R.choice(["http", "optimize", "stop", "telemetry", "checkin", "err", "http", "manifest", "cold", "geocode"])
        if k == "http":
            items = zap_head(t, "info", "http", "middleware/log.go:57", "request", iso=True)
            mp = R.choice([("GET", "/v2/routes/%s/stops" % r.id), ("PATCH", "/v2/pickups/" + uuid4()),
                           ("POST", "/v2/manifests/" + r.id), ("GET", "/healthz"),
                           ("POST", "/v2/clients/C%s/pickup-requests" % R.choice(CLINICS)[2])])
            items += [("method", mp[0]), ("path", mp[1]),
                      ("status", R.choice([200, 200, 201, 204, 404, 409])), ("latency", "%.3fms" % R.uniform(0.4, 900)),
                      ("remote_addr", "10.%d.%d.%d:%d" % (R.randint(0, 40), R.randint(0, 255), R.randint(1, 254), R.randint(30000, 65000))),
                      ("request_id", uuid4()), ("trace_id", hexs(32))]
        elif k == "optimize":
            items = zap_head(t, "info", "router", "route/optimize.go:%d" % R.randint(90, 150), "route optimized")
            items += [("route", r.id), ("stops", len(r.stops)), ("distance_km", round(R.uniform(20, 140), 1)),
                      ("duration", "%dh%dm" % (R.randint(1, 5), R.randint(0, 59))), ("solver", "ortools-9.8")]
        elif k == "stop":
            c = R.choice(r.stops)
            items = zap_head(t, "info", "router", "route/stops.go:%d" % R.randint(140, 200), "stop completed")
            items += [("route", r.id), ("stopId", "STP-" + digits(5)), ("clientAccount", c[2]), ("clientName", c[0]),
                      ("address", c[3] + ", " + c[4] + ", OH " + c[5]), ("lat", c[8]), ("lon", c[9]),
                      ("bags", R.randint(1, 4)), ("courier", r.courier[2])]
        elif k == "telemetry":
            items = zap_head(t, "debug", "fleet", "fleet/telemetry.go:%d" % R.randint(30, 70), "vehicle telemetry")
            items += [("van", r.van), ("vin", r.vin), ("plate", r.plate), ("odometer_km", R.randint(12000, 98000)),
                      ("cargoTempC", round(R.uniform(2, 8), 1)), ("fuelPct", R.randint(10, 100))]
        elif k == "checkin":
            items = zap_head(t, "info", "courier", "courier/shift.go:%d" % R.randint(20, 60), "courier shift start", iso=True)
            items += [("employee_id", r.courier[2]), ("username", r.courier[0]), ("route_id", r.id), ("device_imei", r.imei),
                      ("app_version", "4.12.%d" % R.randint(0, 9))]
        elif k == "err":
            items = zap_head(t, "error", "router", "route/eta.go:%d" % R.randint(200, 260), "eta provider failed")
            items += [("route", r.id), ("error", "context deadline exceeded"),
                      ("stacktrace", RawJ('"github.com/corl/dispatch/route.(*ETA).Refresh\\n\\t/src/route/eta.go:231\\nmain.main\\n\\t/src/cmd/dispatch/main.go:88"'))]
        elif k == "manifest":
            items = zap_head(t, "info", "router", "route/manifest.go:%d" % R.randint(40, 90), "manifest closed")
            items += [("route", r.id), ("pickups", R.randint(5, 60)), ("containers", R.randint(10, 200)),
                      ("handoff", "CORL-HUB-RCV"), ("closedBy", r.courier[0])]
        elif k == "cold":
            items = zap_head(t, "warn", "coldchain", "coldchain/monitor.go:%d" % R.randint(70, 120), "temperature excursion")
            items += [("logger_id", r.logger), ("route", r.id), ("tempC", round(R.uniform(8.1, 11.5), 1)),
                      ("threshold", 8.0), ("minutes", R.randint(2, 25))]
        else:
            c = R.choice(CLINICS)
            items = zap_head(t, "debug", "geo", "geo/cache.go:%d" % R.randint(40, 90), "geocode cache hit")
            items += [("client", c[2]), ("query", c[3] + " " + c[4] + " OH"), ("lat", c[8]), ("lng", c[9]), ("age_h", R.randint(1, 700))]
        jobj(L, items)
    json.loads(b"".join(s.encode() for s, _ in L.parts))
    return [L]


# --------------------------------------------------------------------------
# family: specimen tracking scans (pipe-delimited)
# --------------------------------------------------------------------------
SCAN_STN = ["HUB-RCV-02", "HUB-RCV-03", "ACCN-01", "SORT-04", "FRZ-B", "PSC-EAST-1"]


def fam_scan(phi_p):
    phi = R.random() < phi_p
    t = tick()
    L = Line("scan-pipe")
    o = any_order()
    cid, tube = R.choice(o.conts)
    L.t("SCN|%s.%s|%s|" % (t.strftime("%Y%m%dT%H%M%S"), ms(t), R.choice(SCAN_STN)))
    if phi:
        k = R.choice(["kit", "mismatch", "colldt", "label"])
        p = o.p
        if k == "kit":
            L.t("u=%s|ev=KIT_RETURNED|kit=" % R.choice(COURIERS)[0]).p(p.kit, "other_id")
            L.t("|cont=%s|tube=%s|mrn=" % (cid, tube)).p(p.mrn, "mrn").t("|tmp=%.1f°C" % R.uniform(15, 24))
        elif k == "mismatch":
            L.t("u=%s|ev=HOLD|acc=%s|cont=%s|err=LABEL_MISMATCH|label_name=" % (R.choice(TECHS)[0].lower(), o.acc_sq, cid))
            L.p(ascii_up(p.last) + " " + ascii_up(p.first)[0], "name").t("|order_name=").p(lfm(p), "name")
            L.t("|label_dob=").p(p.dob.strftime("%m/%d/%y"), "date")
        elif k == "colldt":
            L.t("u=%s|ev=RECEIVED|acc=%s|cont=%s|tube=%s|coll=" % (R.choice(TECHS)[0].lower(), o.acc_sq, cid, tube))
            L.p(o.coll.strftime("%Y-%m-%d %H:%M"), "date").t("|src=%s|tmp=%.1f°C" % (o.route.id, R.uniform(2, 8)))
        else:
            L.t("u=%s|ev=RELABEL|acc=%s|old=%s|new=%s|pt=" % (R.choice(TECHS)[0].lower(), o.acc_sq, cid, digits(10)))
            L.p(lfm(p), "name").t("|mrn=").p(p.mrn, "mrn")
    else:
        ev = R.choice(["PICKUP", "RECEIVED", "RECEIVED", "SORTED", "ALIQUOT", "FROZEN", "TRANSFER", "REJECT"])
        u = R.choice(COURIERS)[0] if ev == "PICKUP" else R.choice(TECHS)[0].lower()
        L.t("u=%s|ev=%s|acc=%s|cont=%s|tube=%s|" % (u, ev, o.acc_sq, cid, tube))
        if ev == "PICKUP":
            c = o.clinic
            L.t("src=%s/C%s|gps=%.5f,%.5f|" % (o.route.id, c[2], c[8], c[9]))
        elif ev == "FROZEN":
            L.t("rack=FZ%02d-%s%d|" % (R.randint(1, 12), R.choice("ABCDEFGH"), R.randint(1, 12)))
        elif ev == "REJECT":
            L.t("reason=%s|notify=C%s|" % (R.choice(["QNS", "HEMOLYZED", "UNLABELED", "TEMP_EXCURSION", "CLOTTED"]), o.clinic[2]))
        elif ev == "ALIQUOT":
            L.t("child=%s|vol=%.1fmL|" % (cid[:-1] + str(R.randint(1, 9)), R.uniform(0.5, 3)))
        if ev == "FROZEN":
            L.t("tmp=%.1f°C|" % R.uniform(-82, -18))
        else:
            L.t("tmp=%.1f°C|" % R.uniform(2, 24))
        L.t("seq=%06d" % R.randint(1, 999999))
    return [L]


# --------------------------------------------------------------------------
# family: requisition OCR output (key: value with OCR errors)
# --------------------------------------------------------------------------
OCR_SUBS = {"0": "O", "O": "0", "1": "l", "l": "1", "I": "l", "5": "S", "S": "5", "8": "B", "B": "8",
            "m": "rn", "e": "c", "a": "o", "n": "ri", "Z": "2", "2": "Z", "g": "q", "/": "l", ",": ".", "-": "~"}


def garble(s, rate):
    out = []
    for ch in s:
        if ch in OCR_SUBS and R.random() < rate:
            out.append(OCR_SUBS[ch])
        else:
            out.append(ch)
    g = "".join(out)
    return g if g.strip() else s


OCR_PID = [2231]
_doc = [86]


def fam_ocr(phi_p):
    out = []
    _doc[0] += R.randint(1, 3)
    doc = "REQ-20240312-%04d" % _doc[0]
    o = new_order()
    p = o.p
    c = o.clinic
    doc_phi = R.random() < phi_p
    rate = R.choice([0.02, 0.05, 0.1, 0.15])

    def head(t):
        return "%s.%s-04:00 ocr-worker[%d]: " % (t.strftime("%Y-%m-%dT%H:%M:%S"), ms(t), OCR_PID[0])

    t = tick()
    L = Line("ocr-req")
    L.t(head(t) + "doc=%s.tif pages=%d dpi=300 engine=tesseract 5.3.3 lang=eng psm=6 mean_conf=%.1f client=C%s" % (
        doc, R.randint(1, 2), R.uniform(62, 94), c[2]))
    out.append(L)
    fields = []
    # (key, value, cat) ; cat None = not PHI
    if doc_phi:
        nm = R.choice([lfm(p, ", "), p.first + " " + p.last, ascii_up(p.last) + " " + ascii_up(p.first)])
        fields.append(("Patient Name", nm, "name"))
        fields.append(("DOB", R.choice([p.dob.strftime("%m/%d/%Y"), p.dob.strftime("%m-%d-%y")]), "date"))
        fields.append(("Sex", p.sex, None))
        if R.random() < 0.7:
            fields.append(("Address", p.street, "address"))
            fields.append(("CSZ", None, "csz"))
        if R.random() < 0.3:
            fields.append(("County", p.county, "address"))
        fields.append(("Phone", R.choice(["(%s) %s" % (p.phone[:3], p.phone[4:]), p.phone]), "phone"))
        if R.random() < 0.15:
            fields.append(("Pt Fax", new_phone(), "fax"))
        if R.random() < 0.5:
            fields.append(("SSN", p.ssn, "ssn"))
        if R.random() < 0.3:
            fields.append(("Email", p.email, "email"))
        if R.random() < 0.3:
            fields.append(("Driver Lic #", p.dl, "license"))
        fields.append(("Insurance", p.plan, None))
        if p.mbi and R.random() < 0.6:
            fields.append(("Medicare #", mbi_dash(p.mbi), "health_plan"))
        else:
            fields.append(("Member ID", p.member, "health_plan"))
        fields.append(("Group #", p.group, None))
        if R.random() < 0.4:
            fields.append(("Guarantor", p.rel[0] + " " + p.rel[1], "name"))
            fields.append(("Relationship", p.rel[2], None))
        if R.random() < 0.2:
            fields.append(("Meter S/N", p.inr_sn, "device"))
        if R.random() < 0.15 and p.age < 80:
            fields.append(("CGM Serial", p.cgm_sn, "device"))
        if R.random() < 0.3:
            fields.append(("Patient Acct #", p.gacct, "account"))
        fields.append(("Collection Date", o.coll.strftime("%m/%d/%Y"), "date"))
        if p.age > 89 and R.random() < 0.8:
            fields.append(("Age", str(p.age), "age"))
    doc_clin = R.choice(CLINICIANS)
    fields.append(("Ordering Physician", doc_clin, None))
    fields.append(("NPI", CLIN_NPI[doc_clin], None))
    fields.append(("Client Acct", c[2], None))
    fields.append(("Client Phone", c[6], None))
    if R.random() < 0.6:
        fields.append(("Client Fax", c[7], None))
    fields.append(("Tests", ", ".join(o.tests), None))
    fields.append(("Dx (ICD-10)", R.choice(["E11.9", "I10", "Z79.01", "N18.3", "E78.5", "D64.9", "R53.83"]), None))
    if not doc_phi:
        fields.append(("Specimen", "/".join(tb for _, tb in o.conts), None))
        fields.append(("Fasting", R.choice(["Y", "N", "Unknown"]), None))
    fields.append(("Req Barcode", o.order_no, None))
    for ln_no, (k, v, cat) in enumerate(fields, start=1):
        t = NOW[0] + dt.timedelta(milliseconds=R.randint(3, 60))
        NOW[0] = t
        L = Line("ocr-req")
        L.t(head(t) + "doc=%s p1 l%02d conf=%.2f text=\"" % (doc, ln_no + 2, R.uniform(0.55, 0.99)))
        L.t(garble(k, rate) + R.choice([": ", ": ", ":  ", " : "]))
        if cat == "csz":
            L.p(garble(p.city, rate), "address").t(", OH ").p(garble(p.zip, rate), "zip")
        elif cat:
            L.p(garble(v, rate), cat)
        else:
            L.t(garble(v, rate))
        L.t("\"")
        out.append(L)
    t = tick()
    L = Line("ocr-req")
    L.t(head(t) + "doc=%s routed queue=%s fields=%d low_conf=%d order=%s" % (
        doc, R.choice(["REQ_REVIEW", "AUTO_ENTRY"]), len(fields), R.randint(0, 5), o.order_no))
    out.append(L)
    return out


# --------------------------------------------------------------------------
# family: client/patient portal results delivery (winston + nginx)
# --------------------------------------------------------------------------
def nginx_time(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]


def fam_portal(phi_p):
    phi = R.random() < phi_p
    t = tick()
    o = any_order()
    p = o.p
    c = o.clinic
    rpt = "RPT-" + digits(6)
    if phi:
        k = R.choice(["nginx_pt", "nginx_pt", "pdfname", "notify", "url", "fax", "nginx_dl"])
        if k in ("nginx_pt", "nginx_dl"):
            L = Line("nginx-portal")
            L.p(p.ip, "ip").t(" - ").p(p.user, "other_id").t(" [%s] \"GET " % nginx_time(t))
            if k == "nginx_pt":
                L.t("/patient/results/%s HTTP/2.0\" 200 %d \"https://myresults.corl-lab.example/patient/home\" \"%s\"" % (
                    o.acc_or, R.randint(2000, 60000), R.choice(UAS)))
            else:
                L.t("/patient/reports/%s.pdf?dl=1 HTTP/2.0\" 200 %d \"-\" \"%s\" rt=%.3f" % (
                    rpt, R.randint(40000, 400000), R.choice(UAS), R.uniform(0.01, 2)))
        else:
            L = Line("winston-delivery")
            L.t("%s.%sZ %s [results-delivery] " % (utc(t).strftime("%Y-%m-%dT%H:%M:%S"), ms(t), "info"))
            if k == "pdfname":
                L.t("rendered %s for acc %s -> s3://corl-reports/%s/" % (rpt, o.acc_or, c[2]))
                L.p(ascii_up(p.last).replace(" ", "_").replace("'", ""), "name").t("_")
                L.p(ascii_up(p.first).replace(" ", "_"), "name").t("_").p(p.dob.strftime("%Y%m%d"), "date")
                L.t("_%s.pdf (%d pages)" % (o.acc_or, R.randint(1, 4)))
            elif k == "notify":
                L.t("patient notification queued channel=email to=").p(p.email, "email")
                L.t(" template=result_ready_v2 acc=%s from=noreply@corl-lab.example" % o.acc_or)
            elif k == "url":
                slug = ascii_up(p.first).lower().replace(" ", "-") + "-" + ascii_up(p.last).lower().replace(" ", "-").replace("'", "")
                L.t("share link created ttl=72h url=")
                L.p("https://myresults.corl-lab.example/p/%s-%d/results/%s" % (slug, p.dob.year, o.acc_or), "url")
            else:
                L.t("patient requested fax copy acc=%s dest=" % o.acc_or).p(new_phone(), "fax")
                L.t(" name=").p(full(p), "name").t(" status=QUEUED provider=efax-gw")
    else:
        k = R.choice(["nginx_cl", "nginx_cl", "deliv", "deliv", "hl7out", "retry", "health", "faxcl", "dns"])
        if k == "nginx_cl":
            L = Line("nginx-portal")
            L.t("10.%d.%d.%d - %s [%s] \"GET /client/C%s/reports?date=2024-03-12&status=final HTTP/1.1\" %d %d \"-\" \"%s\"" % (
                R.randint(20, 30), R.randint(0, 255), R.randint(1, 254),
                R.choice(["frontdesk", "labdesk", "ma2", "billing"]) + "_" + c[1].lower().replace(" ", ""),
                nginx_time(t), c[2], R.choice([200, 200, 304, 403]), R.randint(300, 90000), R.choice(UAS)))
        elif k == "health":
            L = Line("nginx-portal")
            L.t("172.18.0.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\"" % (R.randint(2, 20), nginx_time(t)))
        else:
            L = Line("winston-delivery")
            lvl = "info"
            if k == "deliv":
                msg = "delivered %s acc=%s client=C%s (%s) channel=%s pages=%d" % (
                    rpt, o.acc_or, c[2], c[0], R.choice(["portal", "hl7", "autofax", "print"]), R.randint(1, 6))
            elif k == "hl7out":
                msg = "ORU^R01 sent to %s:%d ack=AA ctl=CORL%s%s" % (
                    R.choice(["emr-gw.ohc.internal", "10.40.2.17", "mirth-02.corl.internal"]), R.choice([6661, 6662, 2575]),
                    t.strftime("%Y%m%d%H%M%S"), digits(4))
            elif k == "retry":
                lvl = "warn"
                msg = "autofax to %s (client C%s) busy, retry %d/5 in %ds job=%s" % (c[7], c[2], R.randint(1, 4), R.choice([60, 120, 300]), uuid4())
            elif k == "dns":
                lvl = "error"
                msg = "getaddrinfo EAI_AGAIN smtp.corl-lab.example (resolver 8.8.8.8) - will retry"
            else:
                msg = "client C%s notified of %d new finals via %s" % (c[2], R.randint(1, 20), R.choice(["lab-results@" + c[1].lower().replace(" ", "") + ".example", "portal-badge"]))
            L.t("%s.%sZ %s [results-delivery] %s" % (utc(t).strftime("%Y-%m-%dT%H:%M:%S"), ms(t), lvl, msg))
    return [L]


# --------------------------------------------------------------------------
# family: critical value call log (key=value and free text)
# --------------------------------------------------------------------------
def fam_crit(phi_p):
    phi = R.random() < phi_p
    t = tick()
    o = any_order()
    p = o.p
    c = o.clinic
    cv = R.choice(CRIT)
    tech = R.choice(TECHS)
    rn = R.choice(NURSES)
    L = Line("critcall-log")
    style = R.choice(["kv", "text"])
    if style == "kv":
        L.t("%s CRITCALL acc=%s test=%s val=%s%s flag=%s lim=%s called=\"%s\" client=C%s ph=%s by=%s rb=%s t2n=%dm" % (
            t.strftime("%Y-%m-%d %H:%M:%S"), o.acc_sq, cv[0], cv[2], (" " + cv[3]) if cv[3] else "", cv[4], cv[5], rn, c[2],
            c[6], tech[0], R.choice(["Y", "Y", "N"]), R.randint(2, 45)))
        if phi:
            k = R.choice(["pt", "pt", "pthome", "rel"])
            if k == "pt":
                L.t(" pt=\"").p(lfm(p), "name").t("\" mrn=").p(p.mrn, "mrn")
                if R.random() < 0.5:
                    L.t(" dob=").p(p.dob.strftime("%m/%d/%Y"), "date")
            elif k == "pthome":
                L.t(" note=\"client closed; called pt at home ").p(p.phone, "phone").t("\"")
            else:
                L.t(" note=\"msg left w/ ").p(p.rel[0] + " " + p.rel[1], "name")
                L.t(" (" + p.rel[2] + ") ").p(p.rel_phone, "phone").t("\"")
    else:
        L.t("[%s] CRIT %s %s %s%s (%s, critical %s) notified %s at %s %s by %s MLS; read-back %s; elapsed %d min" % (
            t.strftime("%m/%d/%Y %H:%M"), o.acc_or, cv[1], cv[2], (" " + cv[3]) if cv[3] else "", cv[4], cv[5], rn, c[0], c[6],
            tech[1], R.choice(["confirmed", "confirmed", "NOT confirmed"]), R.randint(2, 45)))
        if phi:
            k = R.choice(["pt", "after", "age"])
            if k == "pt":
                L.t("; patient ").p(full(p), "name").t(" DOB ").p(p.dob.strftime("%m/%d/%Y"), "date")
            elif k == "after":
                L.t("; client unreachable x3, paged covering provider %s; patient " % R.choice(CLINICIANS).split(",")[0]).p(p.first + " " + p.last, "name")
                L.t(" advised to go to ED, reached at ").p("(%s) %s" % (p.phone[:3], p.phone[4:]), "phone")
            else:
                pp = R.choice([x for x in PATIENTS if x.age > 89])
                L.t("; pt ").p(lfm(pp), "name").t(", ").p(str(pp.age), "age").t(" y/o, home-draw")
    return [L]


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------
FAMS = [(fam_sunquest, 16, 0.45), (fam_orchard, 10, 0.33), (fam_logcat, 16, 0.42), (fam_zap, 15, 0.42),
        (fam_scan, 10, 0.30), (fam_portal, 9, 0.50), (fam_crit, 8, 0.55)]
OCR_AT = (70, 215, 360)      # requisition OCR batches arrive in blocks
TARGET_PHI = 0.45            # share of lines carrying PHI


def main():
    lines = []
    weights = [w for _, w, _ in FAMS]
    ocr_done = 0
    while len(lines) < N_LINES:
        # simple feedback so the PHI share stays close to the target
        n_phi = sum(1 for L in lines if L.has_phi())
        cur = n_phi / len(lines) if lines else TARGET_PHI
        factor = min(1.6, max(0.4, 1.0 + 3.0 * (TARGET_PHI - cur)))
        if ocr_done < len(OCR_AT) and len(lines) >= OCR_AT[ocr_done]:
            ocr_done += 1
            lines.extend(fam_ocr(min(0.95, 0.7 * factor)))
            continue
        f, _, pp = R.choices(FAMS, weights=weights)[0]
        lines.extend(f(min(0.95, pp * factor)))
    lines = lines[:N_LINES]
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as fl, open(lab_path, "w", encoding="utf-8", newline="\n") as fj:
        for i, L in enumerate(lines, start=1):
            buf, spans = L.build()
            fl.write(buf + b"\n")
            fj.write(json.dumps({"line": i, "family": L.family, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
