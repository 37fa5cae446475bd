#!/usr/bin/env python3
"""Deterministic generator of a labeled synthetic-PHI log corpus.

Theme: a county ambulance service (Marlow County EMS, fictional) and its
billing company: CAD events, AVL pings, radio/telephony, NEMSIS XML and vendor
ePCR JSON, HL7 hand-off, billing logs, X12 837 segments, records-request desk,
payment portal access logs.  Standard library only.  All people are synthetic.

Writes fr.log and fr.labels.jsonl next to this file.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

SEED = 18018
random.seed(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "fr"
N_LINES = 500
CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------
class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []

    def t(self, s):
        self.parts.append((str(s), None))
        return self

    def p(self, s, cat):
        s = str(s)
        assert s and cat in CATS, (s, cat)
        self.parts.append((s, cat))
        return self

    def x(self, parts):
        self.parts.extend(parts)
        return self

    def build(self):
        buf = bytearray()
        spans = []
        for s, cat in self.parts:
            b = s.encode("utf-8")
            if cat:
                spans.append((len(buf), len(buf) + len(b), cat, b))
            buf += b
        out = []
        last = 0
        for s, e, cat, b in spans:
            assert bytes(buf[s:e]) == b, (s, e, b)
            assert s >= last and e > s
            last = e
            out.append({"s": s, "e": e, "cat": cat})
        data = bytes(buf)
        assert b"\n" not in data and b"\r" not in data
        assert len(data) <= 4000, len(data)
        return data, out


class P:
    """A PHI value inside a structured (JSON / dict repr) payload."""

    def __init__(self, v, cat):
        assert cat in CATS
        self.v = v
        self.cat = cat


def jparts(obj, sep=(",", ":"), ascii_=False):
    out = []

    def emit(o):
        if isinstance(o, P):
            if isinstance(o.v, str):
                out.append(('"', None))
                out.append((json.dumps(o.v, ensure_ascii=ascii_)[1:-1], o.cat))
                out.append(('"', None))
            else:
                out.append((json.dumps(o.v), o.cat))
        elif isinstance(o, dict):
            out.append(("{", None))
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append((sep[0], None))
                out.append((json.dumps(k, ensure_ascii=ascii_) + sep[1], None))
                emit(v)
            out.append(("}", None))
        elif isinstance(o, list):
            out.append(("[", None))
            for i, v in enumerate(o):
                if i:
                    out.append((sep[0], None))
                emit(v)
            out.append(("]", None))
        else:
            out.append((json.dumps(o, ensure_ascii=ascii_), None))

    emit(obj)
    return out


def pyrepr_parts(obj):
    """Python dict repr, as printed by logging '%s' % dict."""
    out = []

    def emit(o):
        if isinstance(o, P):
            if isinstance(o.v, str):
                r = repr(o.v)
                assert r[1:-1] == o.v, o.v
                out.append((r[0], None))
                out.append((o.v, o.cat))
                out.append((r[-1], None))
            else:
                out.append((repr(o.v), o.cat))
        elif isinstance(o, dict):
            out.append(("{", None))
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append((", ", None))
                out.append((repr(k) + ": ", None))
                emit(v)
            out.append(("}", None))
        else:
            out.append((repr(o), None))

    emit(obj)
    return out


# --------------------------------------------------------------------------
# check-digit helpers
# --------------------------------------------------------------------------
def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def card_number(kind):
    if kind == "visa":
        body = "4" + "".join(random.choice("0123456789") for _ in range(14))
    elif kind == "mc":
        body = "5" + random.choice("12345") + "".join(random.choice("0123456789") for _ in range(13))
    else:
        body = "6011" + "".join(random.choice("0123456789") for _ in range(11))
    n = body + luhn_digit(body)
    assert luhn_ok(n)
    return n


def imei():
    body = random.choice(["35693803", "35290611", "86753104", "35881508"]) + \
        "".join(random.choice("0123456789") for _ in range(6))
    n = body + luhn_digit(body)
    assert len(n) == 15 and luhn_ok(n)
    return n


def npi():
    body = random.choice("12") + "".join(random.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


VIN_TR = {**{str(d): d for d in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin(wmi, vds, year_code):
    serial = "".join(random.choice("0123456789") for _ in range(6))
    plant = random.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    v = wmi + vds + "0" + year_code + plant + serial
    assert len(v) == 17
    s = sum(VIN_TR[c] * w for c, w in zip(v, VIN_W)) % 11
    cd = "X" if s == 10 else str(s)
    v = v[:8] + cd + v[9:]
    s2 = sum(VIN_TR[c] * w for i, (c, w) in enumerate(zip(v, VIN_W)) if i != 8) % 11
    assert (("X" if s2 == 10 else str(s2)) == v[8])
    return v


MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a = MBI_ALPHA
    an = a + "0123456789"
    r = random.choice
    return (r("123456789") + r(a) + r(an) + r("0123456789") + r(a) + r(an) +
            r("0123456789") + r(a) + r(a) + r("0123456789") + r("0123456789"))


def ssn():
    while True:
        area = random.randint(100, 665)
        if area != 666:
            break
    return "%03d-%02d-%04d" % (area, random.randint(1, 99), random.randint(1, 9999))


def strip_accents(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def x12_up(s):
    s = strip_accents(s).upper().replace("'", "")
    return s


def rb(n):
    return bytes(random.randrange(256) for _ in range(n))


def fake_jpeg_b64(n):
    head = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    return base64.b64encode(head + rb(n)).decode()


def fake_png_b64(n):
    head = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x60\x00\x00\x00\x60\x08\x02\x00\x00\x00"
    return base64.b64encode(head + rb(n)).decode()


# --------------------------------------------------------------------------
# world: organisations, staff, places
# --------------------------------------------------------------------------
AGENCY = "Marlow County EMS"
AGENCY_ADDR = ("100 Dispatch Way", "Brackenridge", "PA", "17013")
DISPATCH_NONEMERG = "717-555-0100"
BILLING_CO = "Keystone Ambulance Billing Partners"
BILLING_ADDR = ("3300 Market St Ste 410", "Fairview Crossing", "PA", "17011")
BILLING_PHONE = "717-555-0120"
ROI_FAX = "717-555-0125"
PERS_CC = "800-555-0143"
AGENCY_NPI = npi()
AGENCY_EIN = "23-%07d" % random.randint(1000000, 9999999)

HOSPITALS = [
    {"code": "SBRMC", "name": "St. Brendan Regional Medical Center", "street": "2200 Hospital Dr",
     "city": "Brackenridge", "zip": "17013", "ed": "(717) 555-0199", "npi": npi()},
    {"code": "MVH", "name": "Millbrook Valley Hospital", "street": "41 Quarry Rd",
     "city": "Millbrook Falls", "zip": "17065", "ed": "(717) 555-0198", "npi": npi()},
    {"code": "PSHV", "name": "Penn Summit Heart & Vascular", "street": "900 Summit Pkwy",
     "city": "East Tamsin", "zip": "17050", "ed": "(717) 555-0197", "npi": npi()},
    {"code": "HCH", "name": "Harrow Children's Hospital", "street": "1 Harrow Plaza",
     "city": "Orrin Junction", "zip": "17241", "ed": "(717) 555-0196", "npi": npi()},
]

CREW = [
    ("Dana", "Whitfield", "Paramedic", "P-048213", "NRP 1147203"),
    ("Luis", "Ortega", "EMT", "E-118732", "NRE 2239014"),
    ("Priyanka", "Bose", "Paramedic", "P-051907", "NRP 1178821"),
    ("Gideon", "Achterberg", "EMT", "E-120455", "NRE 2240187"),
    ("Nadia", "Haddad", "Paramedic", "P-039921", "NRP 1099342"),
    ("Tyrell", "Gaines", "AEMT", "A-007731", "NRA 3310457"),
    ("Sun-hee", "Park", "Paramedic", "P-060214", "NRP 1203998"),
    ("Mateus", "Oliveira", "EMT", "E-131009", "NRE 2291736"),
    ("Olga", "Ivanova", "Paramedic", "P-044570", "NRP 1120075"),
    ("Connor", "Bleakley", "EMT", "E-109882", "NRE 2208841"),
    ("Aisling", "Moriarty", "Paramedic", "P-057316", "NRP 1190264"),
    ("Babajide", "Ogunleye", "EMT", "E-127740", "NRE 2270583"),
]
DISPATCHERS = ["jbrannigan", "kfeliciano", "tmoreau", "asharma", "dkeller", "rnakashima"]
DISPATCH_POS = ["CT01", "CT02", "CT03", "CT04", "CT05"]
BILLING_USERS = ["mthornton", "lbaptiste", "gokoro", "svance", "hrivera"]
ROI_USERS = ["mthornton", "cwexler", "pamadi"]
ED_STAFF = ["RN K. Oduya", "RN P. Lindgren", "Dr. Anjali Menon", "Dr. Samuel Teague", "RN J. Castellano",
            "Dr. Farah Qureshi"]
ATTORNEYS = [("Rebecca Stahl, Esq.", "Stahl & Okonkwo LLP", "717-555-0190", "400 Commerce St Ste 1200, Harrisburg PA 17101"),
             ("Martin Delacroix", "Delacroix Injury Law", "215-555-0176", "1818 Walnut St Fl 9, Philadelphia PA 19103"),
             ("Yvonne Achebe, Esq.", "Achebe Pratt & Lowe", "570-555-0183", "22 Public Sq, Wilkes-Barre PA 18701"),
             ("Gerald Finnerty", "Finnerty Law Group", "717-555-0181", "55 S Queen St, York PA 17401")]
PAYERS = [("MEDICARE PART B", "MB", "12502"), ("PA MEDICAID", "MC", "PAMCD"),
          ("HIGHMARK BCBS", "BL", "54771"), ("AETNA", "CI", "60054"),
          ("UPMC HEALTH PLAN", "CI", "23281"), ("GEISINGER HEALTH PLAN", "CI", "75273")]

CITIES = [("Brackenridge", "17013", "Marlow"), ("Millbrook Falls", "17065", "Marlow"),
          ("East Tamsin", "17050", "Marlow"), ("Cedar Hollow", "17081", "Marlow"),
          ("Pike Crossing", "17093", "Marlow"), ("Orrin Junction", "17241", "Dunmore"),
          ("Wexley", "17070", "Marlow")]
STREETS = ["W Elm St", "Chestnut Hollow Rd", "Linden Ct", "Quarry View Dr", "S Market St", "Old Mill Ln",
           "Ridgeline Ave", "Fox Run Cir", "Harvest Moon Dr", "N 4th St", "Susquehanna Trl", "Bramble Way",
           "Kittatinny Ave", "Orchard Pl", "Church St", "Sawmill Rd", "Blue Heron Ln", "E Walnut St",
           "Pine Knoll Dr", "Conodoguinet Rd", "Spring Garden Ave", "Mulberry Row"]
XSTREETS = ["Ridge Rd", "N 2nd St", "Mill St", "Park Ave", "Locust Ln", "High St", "Valley Rd", "Front St",
            "Hanover Pike", "Creek Rd"]

PATIENT_SEED = [
    ("Chidi", "N", "Okafor", "M", ("Ngozi", "Okafor", "wife")),
    ("Mei-Ling", "", "Zhao", "F", ("Wei", "Zhao", "son")),
    ("Bogdan", "T", "Kowalczyk", "M", ("Halina", "Kowalczyk", "wife")),
    ("Priya", "S", "Raghunathan", "F", ("Arvind", "Raghunathan", "husband")),
    ("Tomás", "", "Echevarría", "M", ("Lucía", "Echevarría", "daughter")),
    ("Aroha", "", "Ngata", "F", ("Wiremu", "Ngata", "brother")),
    ("Olumide", "A", "Adeyemi", "M", ("Funmilayo", "Adeyemi", "mother")),
    ("Hiroshi", "", "Tanabe", "M", ("Keiko", "Tanabe", "wife")),
    ("Fatima", "Z", "Al-Sayed", "F", ("Omar", "Al-Sayed", "son")),
    ("Siobhán", "M", "O'Dwyer", "F", ("Ciarán", "O'Dwyer", "son")),
    ("José Luis", "", "Quiñones", "M", ("Rosa", "Quiñones", "daughter")),
    ("Dagny", "", "Halvorsen", "F", ("Erik", "Halvorsen", "husband")),
    ("Lan", "T", "Nguyễn", "F", ("Minh", "Nguyễn", "son")),
    ("Kwame", "", "Mensah", "M", ("Abena", "Mensah", "sister")),
    ("Ekaterina", "V", "Volkova", "F", ("Dmitri", "Volkov", "husband")),
    ("Rahul", "", "Deshpande", "M", ("Sunita", "Deshpande", "mother")),
    ("Inês", "", "Carvalho", "F", ("Paulo", "Carvalho", "father")),
    ("Yusuf", "K", "Demir", "M", ("Elif", "Demir", "daughter")),
    ("Lena", "", "Grünewald", "F", ("Jonas", "Grünewald", "partner")),
    ("Marguerite", "A", "Dubois", "F", ("Henri", "Dubois", "son")),
    ("DeShawn", "L", "Whitaker", "M", ("Tamika", "Whitaker", "mother")),
    ("Ravshan", "", "Yusupov", "M", ("Dilnoza", "Yusupova", "wife")),
    ("Amara", "", "Diallo", "F", ("Moussa", "Diallo", "husband")),
    ("Teodora", "", "Petrescu", "F", ("Andrei", "Petrescu", "son")),
    ("Kalani", "", "Kahananui", "M", ("Leilani", "Kahananui", "wife")),
    ("Esperanza", "", "Villalobos", "F", ("Marco", "Villalobos", "grandson")),
    ("Björn", "", "Lindqvist", "M", ("Astrid", "Lindqvist", "daughter")),
    ("Zainab", "", "Hussaini", "F", ("Idris", "Hussaini", "husband")),
    ("Walter", "J", "Pruitt", "M", ("Carol", "Pruitt", "wife")),
    ("Agnieszka", "", "Wróblewska", "F", ("Paweł", "Wróblewski", "son")),
    ("Thandiwe", "", "Nkosi", "F", ("Sipho", "Nkosi", "brother")),
    ("Haruto", "", "Sakamoto", "M", ("Yui", "Sakamoto", "mother")),
    ("Eleanor", "R", "Fitzwilliam", "F", ("Charles", "Fitzwilliam", "son")),
    ("Abdirahman", "", "Warsame", "M", ("Hodan", "Warsame", "wife")),
]
OLD = {"Marguerite", "Eleanor", "José Luis", "Walter", "Esperanza", "Björn"}  # > 89 years old
EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "verizon.net", "icloud.com", "ptd.net"]
AREA = ["717", "717", "717", "570", "223"]
RESERVED = {("717", "0100"), ("717", "0120"), ("717", "0125"), ("717", "0199"), ("717", "0198"),
            ("717", "0197"), ("717", "0196"), ("717", "0190"), ("717", "0181"), ("570", "0183")}
used_phones = set(RESERVED)
RESERVED_SUFFIX = {"0100", "0120", "0121", "0125", "0143", "0176", "0181", "0183", "0190", "0196", "0197", "0198", "0199"}


def new_phone():
    while True:
        a = random.choice(AREA)
        n = "01%02d" % random.randint(1, 99)
        if (a, n) not in used_phones and n not in RESERVED_SUFFIX:
            used_phones.add((a, n))
            return (a, "555", n)


def fmt_phone(ph, style=None):
    a, x, n = ph
    style = style if style is not None else random.randrange(6)
    return ["(%s) %s-%s" % (a, x, n), "%s-%s-%s" % (a, x, n), "%s%s%s" % (a, x, n),
            "+1%s%s%s" % (a, x, n), "%s.%s.%s" % (a, x, n), "(%s)%s-%s" % (a, x, n)][style]


PUBLIC_NETS = ["73.162", "98.114", "24.101", "71.58", "174.59", "108.36", "67.183", "96.245", "100.34"]


def public_ip():
    net = random.choice(PUBLIC_NETS)
    if net == "100.34":
        net = "104.34"
    return "%s.%d.%d" % (net, random.randint(1, 254), random.randint(1, 254))


patients = []
used_acct = set()
for i, (fn, mi, ln, sex, rel) in enumerate(PATIENT_SEED):
    if fn in OLD:
        dob = dt.date(random.randint(1926, 1933), random.randint(1, 12), random.randint(1, 28))
    else:
        dob = dt.date(random.randint(1941, 2012), random.randint(1, 12), random.randint(1, 28))
    city, zipc, county = random.choice(CITIES)
    num = random.choice([random.randint(2, 99), random.randint(100, 999), random.randint(1000, 4999)])
    street = "%d %s" % (num, random.choice(STREETS))
    apt = random.choice(["", "", "", "Apt %d" % random.randint(1, 12), "Unit %s" % random.choice("ABCD"),
                         "Apt %d%s" % (random.randint(1, 3), random.choice("ABC"))])
    plan_kind = "medicare" if dob.year < 1959 else random.choice(["medicaid", "commercial", "commercial"])
    if plan_kind == "medicare":
        plan_id = mbi()
        payer = PAYERS[0]
    elif plan_kind == "medicaid":
        plan_id = "%010d" % random.randint(1000000000, 9999999999)
        payer = PAYERS[1]
    else:
        plan_id = random.choice(["XHW", "YPB", "ZGX", "W", "U", "H"]) + "%09d" % random.randint(0, 999999999)
        payer = random.choice(PAYERS[2:])
    while True:
        acct = "41%06d" % random.randint(0, 999999)
        if acct not in used_acct:
            used_acct.add(acct)
            break
    ascii_fn = strip_accents(fn).lower().replace(" ", "").replace("-", "")
    ascii_ln = strip_accents(ln).lower().replace(" ", "").replace("'", "").replace("-", "")
    patients.append({
        "first": fn, "mi": mi, "last": ln, "sex": sex, "dob": dob,
        "age": 2024 - dob.year - (1 if (dob.month, dob.day) > (3, 13) else 0),
        "street": street, "apt": apt, "city": city, "zip": zipc, "county": county,
        "zip4": "%04d" % random.randint(1000, 9999),
        "xst": random.sample(XSTREETS, 2),
        "phone": new_phone(), "ssn": ssn(),
        "ems_id": "MC-%07d" % random.randint(10000, 999999),
        "hosp_mrn": random.choice(["E", "SB", "M"]) + "%08d" % random.randint(100000, 99999999),
        "plan_kind": plan_kind, "plan_id": plan_id, "payer": payer,
        "group": None if plan_kind != "commercial" else "GRP%06d" % random.randint(1000, 999999),
        "acct": acct,
        "card": card_number(random.choice(["visa", "visa", "mc", "disc"])),
        "dl": "%08d" % random.randint(10000000, 99999999),
        "email": random.choice(["%s.%s%02d", "%s%s%02d", "%s_%s%02d"]) % (ascii_fn, ascii_ln, dob.year % 100)
                 + "@" + random.choice(EMAIL_DOMAINS),
        "username": "%s.%s%02d" % (ascii_fn[:8], ascii_ln[:10], dob.year % 100),
        "ip": public_ip(),
        "rel_first": rel[0], "rel_last": rel[1], "rel_kind": rel[2], "rel_phone": new_phone(),
        "fax": new_phone(),
        "device": random.choice([("pacemaker", "Medtronic", "PJN%06dH" % random.randint(0, 999999)),
                                 ("ICD", "Boston Scientific", "%06d" % random.randint(100000, 999999)),
                                 ("insulin pump", "Tandem", "%08d" % random.randint(10000000, 99999999)),
                                 ("LVAD", "Abbott HeartMate 3", "MLP%06d" % random.randint(0, 999999)),
                                 ("CGM", "Dexcom G7", "%s%s" % (random.choice("PQR"), "".join(random.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(9))))]),
        "pers_imei": imei(),
        "veh": (random.choice([("2014", "HONDA", "CIVIC", "2HGFB2F5", "E"), ("2017", "TOYOTA", "CAMRY", "4T1BF1FK", "H"),
                               ("2011", "FORD", "F150", "1FTFW1EF", "B"), ("2019", "SUBARU", "OUTBACK", "4S4BSANC", "K"),
                               ("2008", "CHEVROLET", "IMPALA", "2G1WT58K", "8")])),
        "plate": "%s%s%s-%04d" % (random.choice("KLMJH"), random.choice("ABCDEFGHJKLMNPRSTVWXYZ"),
                                  random.choice("ABCDEFGHJKLMNPRSTVWXYZ"), random.randint(1000, 9999)),
        "voice_tmpl": base64.b64encode(b"VTPL\x02\x00" + rb(96)).decode(),
    })
for pt in patients:
    y, mk, md, wmi_vds, yc = pt["veh"]
    pt["vin"] = vin(wmi_vds[:3], wmi_vds[3:], yc)
    pt["veh_desc"] = "%s %s %s" % (y, mk, md)

UNITS = ["M%d" % n for n in (1, 2, 3, 4, 5, 7, 9, 11, 12, 14, 15, 17, 21, 24)] + ["B7", "B9"]
UNIT_ODO = {u: round(random.uniform(61000, 198000), 1) for u in UNITS}
UNIT_RID = {u: 7000 + i * 3 + 1 for i, u in enumerate(UNITS)}
UNIT_VIN = {u: vin("1FD", "UF5HT", random.choice("JKL")) for u in UNITS}
UNIT_MODEM_IMEI = {u: imei() for u in UNITS}
UNIT_PLATE = {u: "MG-%05d" % random.randint(10000, 99999) for u in UNITS}
MONITOR_SN = {u: "%08d" % random.randint(40000000, 49999999) for u in UNITS}

COMPLAINTS = [("CHEST PAIN", "10-D-1", "chest pain radiating to left arm", "R07.89", "ALS2"),
              ("BREATHING PROBLEMS", "06-D-2", "shortness of breath", "R06.02", "ALS1"),
              ("FALLS", "17-B-1", "fall from standing, right hip pain", "W19.XXXA", "BLS"),
              ("STROKE/CVA", "28-C-1", "left sided weakness, slurred speech", "R29.810", "ALS1"),
              ("SICK PERSON", "26-A-1", "generalized weakness", "R53.1", "BLS"),
              ("UNCONSCIOUS/FAINTING", "31-D-2", "syncopal episode", "R55", "ALS1"),
              ("DIABETIC PROBLEMS", "13-C-1", "hypoglycemia, BGL 38", "E16.2", "ALS1"),
              ("TRAFFIC/TRANSPORTATION INCIDENT", "29-B-1", "neck pain after MVC", "V43.52XA", "BLS"),
              ("OVERDOSE/POISONING", "23-C-1", "suspected opioid overdose", "T40.2X1A", "ALS2"),
              ("CONVULSIONS/SEIZURES", "12-D-2", "witnessed tonic-clonic seizure", "R56.9", "ALS1")]

START = dt.datetime(2024, 3, 13, 5, 58, 41)
incidents = []
for k in range(72):
    pt = random.choice(patients)
    unit = random.choice(UNITS)
    crew = random.sample(CREW, 2)
    hosp = random.choice(HOSPITALS)
    comp = random.choice(COMPLAINTS)
    days_back = random.choice([0, 0, 0, 1, 2, 5, 9, 14, 21, 30, 44])
    dos = (START - dt.timedelta(days=days_back)).date()
    loaded = round(random.uniform(1.2, 24.8), 1)
    to_scene = round(random.uniform(0.4, 9.5), 1)
    odo0 = round(UNIT_ODO[unit] + random.uniform(10, 300), 1)
    incidents.append({
        "inc": "EMS24-%07d" % (12000 + k * 7 + random.randint(0, 6)),
        "fire": "FIRE24-%07d" % random.randint(4000, 4999),
        "run": "R%s%04d" % (dos.strftime("%y%m%d"), random.randint(1, 180)),
        "pt": pt, "unit": unit, "crew": crew, "hosp": hosp, "comp": comp, "dos": dos,
        "loaded": loaded, "odo0": odo0, "odo_scene": round(odo0 + to_scene, 1),
        "odo_dest": round(odo0 + to_scene + loaded, 1),
        "resp": random.randint(210, 900), "chute": random.randint(25, 110),
        "charges": round(random.choice([850, 950, 1125, 1280]) + loaded * 18.75, 2),
        "esn": random.choice([411, 412, 415, 420, 433]),
    })


PAYER_DISPLAY = {"MEDICARE PART B": "Medicare Part B", "PA MEDICAID": "PA Medicaid", "HIGHMARK BCBS": "Highmark BCBS",
                 "AETNA": "Aetna", "UPMC HEALTH PLAN": "UPMC Health Plan", "GEISINGER HEALTH PLAN": "Geisinger Health Plan"}


def pick_inc(old_ok=True):
    if old_ok:
        return random.choice(incidents)
    return random.choice([i for i in incidents if (START.date() - i["dos"]).days <= 2])


def hms(sec):
    return "%02d:%02d:%02d" % (sec // 3600, (sec % 3600) // 60, sec % 60)


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.now = START
        self.ms = 0

    def tick(self):
        self.now += dt.timedelta(seconds=random.choice([random.randint(1, 40), random.randint(20, 240),
                                                        random.randint(60, 420)]))
        self.ms = random.randint(0, 999)


C = Clock()
UTC_OFF = dt.timedelta(hours=4)  # EDT


def ts_space_ms():
    return C.now.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % C.ms


def ts_comma_ms():
    return C.now.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % C.ms


def ts_iso_off():
    return C.now.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d-04:00" % C.ms


def ts_z():
    return (C.now + UTC_OFF).strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % C.ms


def ts_syslog():
    return "%s %2d %s" % (C.now.strftime("%b"), C.now.day, C.now.strftime("%H:%M:%S"))


def ts_nginx():
    return C.now.strftime("%d/%b/%Y:%H:%M:%S -0400")


def ts_us12():
    return C.now.strftime("%m/%d/%Y %I:%M:%S %p")


def add_name_upper(L, pt, sep=" "):
    L.p(x12_up(pt["last"]), "name").t(sep).p(x12_up(pt["first"]), "name")


def add_street(L, pt, upper=False, with_apt=True, apt_sep=" "):
    s = pt["street"].upper() if upper else pt["street"]
    L.p(s, "address")
    if with_apt and pt["apt"]:
        L.t(apt_sep).p(pt["apt"].upper() if upper else pt["apt"], "address")


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
def cad(phi):
    L = Line("cad-event")
    lvl = "INFO "
    inc = pick_inc(old_ok=False)
    pt = inc["pt"]
    u = inc["unit"]
    pos = random.choice(DISPATCH_POS)
    L.t("%s %s [CADEventSvc-%02d] " % (ts_space_ms(), lvl, random.randint(1, 4)))
    if phi:
        v = random.randrange(8)
        if v == 0:
            caller_is_rel = random.random() < 0.4
            ph = pt["rel_phone"] if caller_is_rel else pt["phone"]
            L.t("ALI RCVD pos=%s trunk=911-%02d ANI=" % (pos, random.randint(1, 12))).p(fmt_phone(ph, 2), "phone")
            L.t(" CLS=RESD NAME=")
            if caller_is_rel:
                L.p(x12_up(pt["rel_last"]), "name").t(" ").p(x12_up(pt["rel_first"]), "name")
            else:
                add_name_upper(L, pt)
            L.t(" LOC=")
            add_street(L, pt, upper=True)
            L.t(" CTY=").p(pt["city"].upper(), "address").t(" CO=").p(pt["county"].upper(), "address")
            L.t(" ST=PA ESN=%d XST=" % inc["esn"]).p(pt["xst"][0].upper(), "address").t("/").p(pt["xst"][1].upper(), "address")
            L.t(" inc=%s" % inc["inc"])
        elif v == 1:
            ph = random.choice([pt["phone"], pt["rel_phone"]])
            L.t("ALI RCVD pos=%s ANI=" % pos).p(fmt_phone(ph, 1), "phone").t(" CLS=WPH2 CBN=").p(fmt_phone(ph, 2), "phone")
            L.t(" CARRIER=%s SECTOR=%s-%d TWR=%d INDUSTRIAL PKWY UNC=%dm CONF=90%%"
                % (random.choice(["VERIZON", "T-MOBILE USA", "AT&T MOBILITY"]), random.choice(["ALPHA", "BETA", "GAMMA"]),
                   random.randint(1, 3), random.choice([2200, 1450, 88]), random.randint(8, 140)))
        elif v == 2:
            L.t("INC %s NARR+ [%s %s] CALLER IS %s " % (inc["inc"], pos, random.choice(DISPATCHERS), pt["rel_kind"].upper()))
            L.p(x12_up(pt["rel_first"]), "name").t(" ").p(x12_up(pt["rel_last"]), "name").t(" CB ").p(fmt_phone(pt["rel_phone"], 1), "phone")
            L.t(", PT IS ")
            yo = "%d YO%s" % (pt["age"], pt["sex"])
            if pt["age"] > 89:
                L.p(str(pt["age"]), "age").t(" YO%s" % pt["sex"])
            else:
                L.t(yo)
            L.t(" %s" % random.choice(["FOUND ON FLOOR", "NOT ACTING RIGHT", "C/O " + inc["comp"][0], "DIFF BREATHING"]))
        elif v == 3:
            L.t("INC %s LOC VERIFIED " % inc["inc"])
            add_street(L, pt, upper=True)
            L.t(", ").p(pt["city"].upper(), "address").t(" (").p(pt["county"].upper(), "address").t(" CO) ZIP ").p(pt["zip"], "zip")
            L.t(" MAP PG %d-%s ESZ %d" % (random.randint(3, 40), random.choice("ABCDEF"), inc["esn"]))
        elif v == 4:
            L.t("PREMISE NOTE @ ")
            L.p(pt["street"].upper(), "address")
            L.t(": %s" % random.choice(["PT ON HOME O2, 2ND FLR BEDROOM", "KEY IN LOCKBOX %04d" % random.randint(1000, 9999),
                                        "AGGRESSIVE DOG ON PREMISES", "BARIATRIC PT - REQ LIFT ASSIST", "HOSPICE PT - DNR ON FRIDGE"]))
            L.t(" entered_by=%s" % random.choice(DISPATCHERS))
        elif v == 5:
            L.t("INC %s NARR+ [%s] PT VEH %s %s PA TAG " % (inc["inc"], pos, pt["veh_desc"], random.choice(["SIL", "BLK", "WHI", "BLU", "RED"])))
            L.p(pt["plate"].replace("-", ""), "vehicle").t(" VIN ").p(pt["vin"], "vehicle").t(" REG OWNER ")
            add_name_upper(L, pt)
        elif v == 6:
            L.t("PERS ALARM via Lifeline CC %s SUBSCRIBER=" % PERS_CC)
            add_name_upper(L, pt, sep=", ")
            L.t(" DEVICE IMEI=").p(pt["pers_imei"], "device").t(" ADDR=")
            add_street(L, pt, upper=True)
            L.t(", ").p(pt["city"].upper(), "address").t(" CB=").p(fmt_phone(pt["phone"], 1), "phone")
        else:
            L.t("PRIOR INC LOOKUP ANI ").p(fmt_phone(pt["phone"], 2), "phone")
            L.t(" -> %d prior incidents, last %s, flags=[%s]" % (random.randint(1, 9), random.choice(incidents)["inc"],
                                                               random.choice(["FREQ_CALLER", "O2_DEPENDENT", "NONE"])))
        return L
    v = random.randrange(13)
    o = inc["odo0"]
    if v == 0:
        L.t("INC %s CREATED nature=%s %s pri=%d pos=%s call_rcvd=%s src=%s"
            % (inc["inc"], inc["comp"][1], inc["comp"][0], random.randint(1, 3), pos,
               C.now.strftime("%H:%M:%S"), random.choice(["911", "911-WRLS", "ADMIN", "ALARM-CO"])))
    elif v == 1:
        L.t("UNIT %s STAT AVL->DSP inc=%s by=%s odo=%.1f" % (u, inc["inc"], pos, o))
    elif v == 2:
        L.t("UNIT %s STAT DSP->ENR inc=%s chute=%s" % (u, inc["inc"], hms(inc["chute"])))
    elif v == 3:
        L.t("UNIT %s STAT ENR->ONS inc=%s resp=%s odo=%.1f" % (u, inc["inc"], hms(inc["resp"]), inc["odo_scene"]))
    elif v == 4:
        L.t("UNIT %s STAT ONS->TRN inc=%s dest=%s pri=%d pt_cnt=1 odo=%.1f" % (u, inc["inc"], inc["hosp"]["code"],
                                                                             random.randint(2, 3), inc["odo_scene"]))
    elif v == 5:
        L.t("UNIT %s STAT TRN->ATD inc=%s dest=%s loaded_mi=%.1f odo=%.1f" % (u, inc["inc"], inc["hosp"]["code"],
                                                                            inc["loaded"], inc["odo_dest"]))
    elif v == 6:
        L.t("UNIT %s STAT ATD->AVL inc=%s wall=%s" % (u, inc["inc"], hms(random.randint(300, 3600))))
    elif v == 7:
        a, b = inc["crew"]
        L.t("UNIT %s CREW LOGON %s %s %s / %s %s %s shift=%s" % (u, a[3], a[1].upper(), a[0][0], b[3], b[1].upper(), b[0][0],
                                                                 random.choice("ABC")))
    elif v == 8:
        L.t("INC %s XREF %s ENG%d RESCUE%d" % (inc["inc"], inc["fire"], random.randint(1, 12), random.randint(1, 4)))
    elif v == 9:
        u2 = random.choice(UNITS)
        L.t("RECOMMEND inc=%s units=%s(%.1fmi,ETA %dm) %s(%.1fmi,ETA %dm) policy=CLOSEST_ALS"
            % (inc["inc"], u, random.uniform(0.5, 5), random.randint(2, 8), u2, random.uniform(5, 12), random.randint(8, 16)))
    elif v == 10:
        h = random.choice(HOSPITALS)
        L.t("DEST STATUS %s ED=%s diversion=%s beds=%d updated_by=%s-ED %s" % (h["code"], random.choice(["OPEN", "OPEN", "SATURATED"]),
                                                                            random.choice(["NONE", "NONE", "CT", "STEMI"]), random.randint(0, 9),
                                                                            h["code"], h["ed"]))
    elif v == 11:
        L.t("INC %s PREMISE: %s, BUSINESS, NON-EMERG LINE %s" % (inc["inc"], random.choice(
            ["GIANT EAGLE #4412, 1200 COMMERCE BLVD, BRACKENRIDGE", "MARLOW CO COURTHOUSE, 1 COURT SQ, BRACKENRIDGE",
             "SHEETZ #388, 4100 HANOVER PIKE, PIKE CROSSING", "CEDAR HOLLOW MIDDLE SCHOOL, 250 SCHOOL LN, CEDAR HOLLOW"]),
            DISPATCH_NONEMERG))
    else:
        L.t("LATE UNIT ALERT %s inc=%s resp=%s exceeds %s threshold zone=%s" % (u, inc["inc"], hms(inc["resp"] + 400),
                                                                              hms(720), random.choice(["URBAN", "SUBURBAN", "RURAL"])))
    return L


def nmea_cksum(s):
    c = 0
    for ch in s:
        c ^= ord(ch)
    return "%02X" % c


def avl(phi):
    assert not phi
    u = random.choice(UNITS)
    lat = 40.2 + random.uniform(0, 0.25)
    lon = -77.05 + random.uniform(0, 0.3)
    spd = round(random.choice([0.0, random.uniform(5, 68)]), 1)
    hdg = random.randint(0, 359)
    odo = UNIT_ODO[u] = round(UNIT_ODO[u] + random.uniform(0.1, 6), 1)
    v = random.randrange(6)
    if v == 0:
        L = Line("avl-syslog")
        L.t("%s avl-gw01 avlrelay[%d]: %s fix=3D lat=%.5f lon=%.5f spd=%.1f hdg=%d alt=%dm sats=%d odo=%.1f ign=1 lights=%d siren=%d"
            % (ts_syslog(), 2231, u, lat, lon, spd, hdg, random.randint(90, 260), random.randint(6, 14), odo,
               random.randint(0, 1), random.randint(0, 1)))
    elif v == 1:
        L = Line("nmea-raw")
        t = (C.now + UTC_OFF)
        la = abs(lat)
        lo = abs(lon)
        body = "GPRMC,%s.00,A,%02d%07.4f,N,%03d%07.4f,W,%.1f,%.1f,%s,,,A" % (
            t.strftime("%H%M%S"), int(la), (la - int(la)) * 60, int(lo), (lo - int(lo)) * 60, spd * 0.868976, hdg, t.strftime("%d%m%y"))
        L.t("%s avl-gw01 avlrelay[2231]: raw %s modem=%s $%s*%s" % (ts_syslog(), u, UNIT_MODEM_IMEI[u][-6:], body, nmea_cksum(body)))
    elif v == 2:
        L = Line("avl-json")
        L.x(jparts({"ts": ts_z(), "unit": u, "vin": UNIT_VIN[u], "plate": UNIT_PLATE[u], "lat": round(lat, 6),
                    "lon": round(lon, 6), "speedMph": spd, "heading": hdg, "odometerMi": odo, "engineHrs": round(odo / 31.7, 1),
                    "fuelPct": random.randint(18, 100), "status": random.choice(["AVL", "ENR", "TRN", "ATD", "OOS"])}))
    elif v == 3:
        L = Line("avl-syslog")
        h = random.choice(HOSPITALS)
        L.t("%s avl-gw01 geofence[2240]: %s unit=%s zone=%s_ED_BAY dwell=%ds" % (ts_syslog(), random.choice(["ENTER", "EXIT"]), u,
                                                                                 h["code"], random.randint(0, 2400)))
    elif v == 4:
        L = Line("avl-syslog")
        L.t("%s avl-gw01 avlrelay[2231]: WARN stale fix unit=%s last_seen=%s modem=Sierra MG90 imei=%s fw=4.%d.%d rssi=-%ddBm"
            % (ts_syslog(), u, hms(random.randint(60, 600)), UNIT_MODEM_IMEI[u], random.randint(1, 4), random.randint(0, 9),
               random.randint(70, 109)))
    else:
        L = Line("avl-syslog")
        L.t("%s avl-gw01 mileage[2251]: daily %s start_odo=%.1f end_odo=%.1f miles=%.1f trips=%d idle=%s"
            % (ts_syslog(), u, odo - 84.2, odo, 84.2, random.randint(2, 11), hms(random.randint(1800, 14000))))
    return L


def radio(phi):
    assert not phi
    L = Line("p25-radio")
    u = random.choice(UNITS)
    v = random.randrange(5)
    L.t("%s p25gw01 " % ts_z())
    if v == 0:
        L.t("TG=4101 (EMS-DISP) RID=%d (%s) PTT dur=%.1fs site=%d rssi=-%ddBm" % (UNIT_RID[u], u, random.uniform(0.8, 14), random.randint(1, 5),
                                                                             random.randint(60, 98)))
    elif v == 1:
        L.t("EMERG button RID=%d unit=%s ack by %s after %s" % (UNIT_RID[u], u, random.choice(DISPATCH_POS), hms(random.randint(1, 9))))
    elif v == 2:
        L.t("patch TG 4101<->%d created by %s reason=MCI-drill" % (random.choice([4205, 4207, 5301]), random.choice(DISPATCHERS)))
    elif v == 3:
        h = random.choice(HOSPITALS)
        L.t("MED channel MED-%d grant RID=%d (%s) -> %s ED dur=%s" % (random.randint(1, 8), UNIT_RID[u], u, h["code"],
                                                                    hms(random.randint(20, 150))))
    else:
        L.t("affiliation RID=%d (%s) TG=%d site=%d sys=0x%03X wacn=0xBEE%02X" % (UNIT_RID[u], u, random.choice([4101, 4102, 4110]),
                                                                              random.randint(1, 5), random.randint(0x100, 0xFFF),
                                                                              random.randint(0, 255)))
    return L


def telephony(phi):
    pt = random.choice(patients)
    chan = "C-%08x" % random.randint(0x1000, 0xFFFF)
    if phi:
        v = random.randrange(4)
        if v == 0:
            L = Line("asterisk-cdr")
            t0 = C.now - dt.timedelta(seconds=random.randint(60, 400))
            bill = random.randint(40, 380)
            ph = random.choice([pt["phone"], pt["rel_phone"]])
            L.t('CDR,"').p(fmt_phone(ph, 2), "phone").t('","911","psap-in","PJSIP/trunk-ctl-%08x","PJSIP/%s-%08x","Queue","911Q","%s","%s","%s",%d,%d,"ANSWERED","DOCUMENTATION","%d.%d"'
                                                         % (random.randint(0, 0xFFFFF), random.choice(DISPATCH_POS).lower(), random.randint(0, 0xFFFFF),
                                                            t0.strftime("%Y-%m-%d %H:%M:%S"), (t0 + dt.timedelta(seconds=3)).strftime("%Y-%m-%d %H:%M:%S"),
                                                            (t0 + dt.timedelta(seconds=bill + 3)).strftime("%Y-%m-%d %H:%M:%S"), bill + 3, bill,
                                                            int((t0 + UTC_OFF - dt.datetime(1970, 1, 1)).total_seconds()), random.randint(1, 999)))
        elif v == 1:
            L = Line("asterisk")
            L.t("[%s] VERBOSE[%d][%s] app_queue.c: Caller " % (C.now.strftime("%Y-%m-%d %H:%M:%S"), random.randint(20000, 29999), chan))
            L.p(fmt_phone(pt["phone"], 3), "phone").t(" entered queue 'billing-patient' (pos 1) DNIS %s" % BILLING_PHONE.replace("-", ""))
        elif v == 2:
            L = Line("asterisk")
            L.t("[%s] NOTICE[%d][%s] ivr_auth.c: voiceprint enroll acct=" % (C.now.strftime("%Y-%m-%d %H:%M:%S"), random.randint(20000, 29999), chan))
            L.p(pt["acct"], "account").t(" score=0.%02d template=" % random.randint(80, 99)).p(pt["voice_tmpl"], "biometric")
        else:
            L = Line("asterisk")
            L.t("[%s] VERBOSE[%d][%s] pbx.c: Executing [s@callback-out:2] Dial(\"Local/s@callback-out-%08x;2\", \"PJSIP/"
                % (C.now.strftime("%Y-%m-%d %H:%M:%S"), random.randint(20000, 29999), chan, random.randint(0, 0xFFFFF)))
            L.p(fmt_phone(pt["phone"], 2), "phone").t("@trunk-ctl,45,tT\") in new stack")
        return L
    v = random.randrange(5)
    if v == 0:
        L = Line("asterisk")
        L.t("[%s] VERBOSE[%d][%s] pbx.c: Executing [911@psap-in:1] Answer(\"PJSIP/trunk-ctl-%08x\", \"\") in new stack"
            % (C.now.strftime("%Y-%m-%d %H:%M:%S"), random.randint(20000, 29999), chan, random.randint(0, 0xFFFFF)))
    elif v == 1:
        L = Line("asterisk")
        h = random.choice(HOSPITALS)
        L.t("[%s] VERBOSE[%d][%s] app_dial.c: ringdown %s -> %s ED %s answered by SIP/ed-%s, duration %s"
            % (C.now.strftime("%Y-%m-%d %H:%M:%S"), random.randint(20000, 29999), chan, random.choice(UNITS), h["code"], h["ed"],
               h["code"].lower(), hms(random.randint(30, 160))))
    elif v == 2:
        L = Line("asterisk")
        L.t("[%s] WARNING[%d] chan_pjsip.c: Endpoint trunk-ctl: RTT %dms, qualify from 10.40.%d.%d:5060"
            % (C.now.strftime("%Y-%m-%d %H:%M:%S"), random.randint(20000, 29999), random.randint(9, 240), random.randint(0, 9), random.randint(2, 250)))
    elif v == 3:
        L = Line("asterisk-cdr")
        t0 = C.now - dt.timedelta(seconds=random.randint(60, 400))
        bill = random.randint(30, 300)
        edn = random.choice(HOSPITALS)["ed"].replace("(", "").replace(") ", "").replace("-", "")
        L.t('CDR,"%s","%s","from-internal","PJSIP/%s-%08x","PJSIP/trunk-ctl-%08x","Dial","PJSIP/%s@trunk-ctl","%s","%s","%s",%d,%d,"ANSWERED","DOCUMENTATION","%d.%d"'
            % (BILLING_PHONE.replace("-", ""), edn, random.choice(BILLING_USERS),
               random.randint(0, 0xFFFFF), random.randint(0, 0xFFFFF), edn,
               t0.strftime("%Y-%m-%d %H:%M:%S"), (t0 + dt.timedelta(seconds=4)).strftime("%Y-%m-%d %H:%M:%S"),
               (t0 + dt.timedelta(seconds=bill + 4)).strftime("%Y-%m-%d %H:%M:%S"), bill + 4, bill, int((t0 + UTC_OFF - dt.datetime(1970, 1, 1)).total_seconds()), random.randint(1, 999)))
    else:
        L = Line("asterisk")
        L.t("[%s] VERBOSE[%d][%s] app_queue.c: queue 'billing-patient' agent %s (PJSIP/%s) answered after %s, holdtime %ds"
            % (C.now.strftime("%Y-%m-%d %H:%M:%S"), random.randint(20000, 29999), chan, random.choice(BILLING_USERS),
               random.choice(BILLING_USERS), hms(random.randint(5, 300)), random.randint(5, 300)))
    return L


def nemsis(phi):
    L = Line("nemsis-xml")
    inc = pick_inc(old_ok=False)
    pt = inc["pt"]
    L.t("%s DEBUG [nemsis-export-%d] PCR %s fragment: " % (ts_iso_off(), random.randint(1, 4), inc["run"]))
    if phi:
        v = random.randrange(7)
        if v == 0:
            L.t("<ePatient.01>").p(pt["ems_id"], "mrn").t("</ePatient.01><ePatient.PatientNameGroup><ePatient.02>").p(pt["last"], "name")
            L.t("</ePatient.02><ePatient.03>").p(pt["first"], "name").t("</ePatient.03>")
            if pt["mi"]:
                L.t("<ePatient.04>").p(pt["mi"], "name").t("</ePatient.04>")
            L.t("</ePatient.PatientNameGroup>")
        elif v == 1:
            L.t("<ePatient.HomeAddressGroup><ePatient.05>").p(pt["street"] + ((" " + pt["apt"]) if pt["apt"] else ""), "address")
            L.t("</ePatient.05><ePatient.06>").p(pt["city"], "address").t("</ePatient.06><ePatient.08>42</ePatient.08><ePatient.09>")
            L.p(pt["zip"], "zip").t("</ePatient.09><ePatient.10>US</ePatient.10></ePatient.HomeAddressGroup>")
        elif v == 2:
            L.t("<ePatient.AgeGroup><ePatient.15>")
            if pt["age"] > 89:
                L.p(str(pt["age"]), "age")
            else:
                L.t(str(pt["age"]))
            L.t("</ePatient.15><ePatient.16>2516009</ePatient.16></ePatient.AgeGroup><ePatient.17>").p(pt["dob"].isoformat(), "date")
            L.t("</ePatient.17><ePatient.13>%s</ePatient.13>" % ("9906003" if pt["sex"] == "M" else "9906001"))
        elif v == 3:
            L.t("<ePatient.12>").p(pt["ssn"].replace("-", ""), "ssn").t('</ePatient.12><ePatient.18 PhoneNumberType="9913003">')
            L.p(fmt_phone(pt["phone"], 2), "phone").t("</ePatient.18><ePatient.19>").p(pt["email"], "email").t("</ePatient.19>")
        elif v == 4:
            L.t("<ePatient.20>42</ePatient.20><ePatient.21>").p(pt["dl"], "license").t("</ePatient.21>")
        elif v == 5:
            L.t("<ePayment.InsuranceGroup><ePayment.09>%s</ePayment.09><ePayment.10>%s</ePayment.10>" % (PAYER_DISPLAY[pt["payer"][0]], pt["payer"][2]))
            L.t("<ePayment.11>9912001</ePayment.11>")
            if pt["group"]:
                L.t("<ePayment.17>%s</ePayment.17>" % pt["group"])
            L.t("<ePayment.18>").p(pt["plan_id"], "health_plan").t("</ePayment.18></ePayment.InsuranceGroup>")
        else:
            L.t("<ePayment.ClosestRelativeGroup><ePayment.32>").p(pt["rel_last"], "name").t("</ePayment.32><ePayment.33>")
            L.p(pt["rel_first"], "name").t("</ePayment.33><ePayment.38>%s</ePayment.38><ePayment.44>" % pt["rel_kind"])
            L.p(fmt_phone(pt["rel_phone"], 2), "phone").t("</ePayment.44></ePayment.ClosestRelativeGroup>")
        return L
    v = random.randrange(7)
    if v == 0:
        L.t("<eVitals.VitalGroup><eVitals.BloodPressureGroup><eVitals.06>%d</eVitals.06><eVitals.07>%d</eVitals.07></eVitals.BloodPressureGroup>"
            "<eVitals.HeartRateGroup><eVitals.10>%d</eVitals.10></eVitals.HeartRateGroup><eVitals.12>%d</eVitals.12><eVitals.14>%d</eVitals.14>"
            "<eVitals.16>%d</eVitals.16></eVitals.VitalGroup>" % (random.randint(88, 196), random.randint(50, 110), random.randint(48, 148),
                                                                 random.randint(84, 100), random.randint(10, 32), random.randint(24, 52)))
    elif v == 1:
        a, b = inc["crew"]
        L.t("<eCrew.CrewGroup><eCrew.01>%s</eCrew.01><eCrew.02>9925007</eCrew.02><eCrew.03>2205001</eCrew.03></eCrew.CrewGroup>"
            "<eCrew.CrewGroup><eCrew.01>%s</eCrew.01><eCrew.02>9925005</eCrew.02><eCrew.03>2205003</eCrew.03></eCrew.CrewGroup>" % (a[3], b[3]))
    elif v == 2:
        L.t("<eResponse.03>%s</eResponse.03><eResponse.04>%s</eResponse.04><eResponse.13>%s</eResponse.13><eResponse.14>%s</eResponse.14>"
            "<eResponse.19>%.1f</eResponse.19><eResponse.20>%.1f</eResponse.20><eResponse.21>%.1f</eResponse.21>"
            % (inc["inc"], inc["run"], inc["unit"], inc["unit"].replace("M", "MED"), inc["odo0"], inc["odo_scene"], inc["odo_dest"]))
    elif v == 3:
        h = inc["hosp"]
        L.t("<eDisposition.DestinationGroup><eDisposition.01>%s</eDisposition.01><eDisposition.02>%s</eDisposition.02>"
            "<eDisposition.03>%s</eDisposition.03><eDisposition.04>%s</eDisposition.04><eDisposition.05>42</eDisposition.05>"
            "<eDisposition.07>%s</eDisposition.07></eDisposition.DestinationGroup>"
            % (h["name"].replace("&", "&amp;").replace("'", "&apos;"), h["npi"], h["street"], h["city"], h["zip"]))
    elif v == 4:
        L.t("<eSituation.04>%s</eSituation.04><eSituation.09>%s</eSituation.09><eSituation.11>%s</eSituation.11>"
            % (inc["comp"][2], inc["comp"][3], inc["comp"][3]))
    elif v == 5:
        L = Line("nemsis-xml")
        L.t("%s WARN  [nemsis-export-%d] schematron [nemSch_e0%02d] %s: eVitals.%02d value out of range in PCR %s (agency %s)"
            % (ts_iso_off(), random.randint(1, 4), random.randint(10, 99), random.choice(["WARNING", "ERROR"]), random.randint(6, 16),
               inc["run"], "S42-12077"))
    else:
        L.t("<eMedications.MedicationGroup><eMedications.03>%s</eMedications.03><eMedications.05>%s</eMedications.05><eMedications.06>%s</eMedications.06>"
            "<eMedications.10>%s</eMedications.10></eMedications.MedicationGroup>"
            % (random.choice(["1191", "7052", "4337", "3264"]), random.choice(["324", "0.4", "4", "25"]),
               random.choice(["3706003", "3706021"]), inc["crew"][0][3]))
    return L


def epcr(phi):
    L = Line("epcr-json")
    inc = pick_inc(old_ok=False)
    pt = inc["pt"]
    h = inc["hosp"]
    base = {"ts": ts_z(), "level": "info", "svc": "epcr-sync", "host": "epcr-sync-%d.int.marlowems.org" % random.randint(1, 3)}
    if phi:
        v = random.randrange(6)
        if v == 0:
            addr = {"line1": P(pt["street"], "address")}
            if pt["apt"]:
                addr["line2"] = P(pt["apt"], "address")
            addr.update({"city": P(pt["city"], "address"), "county": P(pt["county"], "address"), "state": "PA", "zip": P(pt["zip"], "zip")})
            age = P(pt["age"], "age") if pt["age"] > 89 else pt["age"]
            o = dict(base, msg="chart upsert", pcrNumber=inc["run"], incidentNumber=inc["inc"], unit=inc["unit"],
                     patient={"patientId": P(pt["ems_id"], "mrn"), "firstName": P(pt["first"], "name"), "lastName": P(pt["last"], "name"),
                              "dob": P(pt["dob"].isoformat(), "date"), "ageYears": age, "sex": pt["sex"], "homeAddress": addr,
                              "phone": P(fmt_phone(pt["phone"], 1), "phone")},
                     chiefComplaint=inc["comp"][2],
                     destination={"name": h["name"], "address": "%s, %s, PA %s" % (h["street"], h["city"], h["zip"])})
        elif v == 1:
            o = dict(base, msg="insurance captured", pcrNumber=inc["run"],
                     insurance={"payer": PAYER_DISPLAY[pt["payer"][0]], "payerId": pt["payer"][2], "memberId": P(pt["plan_id"], "health_plan"),
                                "groupNumber": pt["group"], "subscriberName": P(pt["first"] + " " + pt["last"], "name"),
                                "relationship": "self"})
        elif v == 2:
            dv = pt["device"]
            o = dict(base, msg="history updated", pcrNumber=inc["run"], patientId=P(pt["ems_id"], "mrn"),
                     implantedDevices=[{"type": dv[0], "mfr": dv[1], "serial": P(dv[2], "device")}],
                     monitorSerial=MONITOR_SN[inc["unit"]], monitorModel="LIFEPAK 15")
        elif v == 3:
            age = P(pt["age"], "age") if pt["age"] > 89 else pt["age"]
            o = dict(base, msg="demographics from hospital face sheet", pcrNumber=inc["run"],
                     pt={"name": P(pt["last"] + ", " + pt["first"], "name"), "age": age, "ageUnits": "years",
                         "ssn": P(pt["ssn"], "ssn"), "mrn": P(pt["hosp_mrn"], "mrn")},
                     facility=h["code"])
        elif v == 4:
            o = dict(base, msg="attachment stored", pcrNumber=inc["run"], patientId=P(pt["ems_id"], "mrn"),
                     attachment={"kind": "photo_id", "mime": "image/jpeg", "bytes": 0, "data": P(fake_jpeg_b64(random.randint(90, 180)), "photo")})
            o["attachment"]["bytes"] = len(o["attachment"]["data"].v) * 3 // 4
        else:
            o = dict(base, msg="next of kin", pcrNumber=inc["run"],
                     nok={"name": P(pt["rel_first"] + " " + pt["rel_last"], "name"), "relation": pt["rel_kind"],
                          "phone": P(fmt_phone(pt["rel_phone"], 0), "phone"), "email": None})
        L.x(jparts(o, ascii_=random.random() < 0.4))
        return L
    v = random.randrange(5)
    if v == 0:
        o = dict(base, level="debug", event="vitals", pcr=inc["run"], vitals={"hr": random.randint(48, 148), "sbp": random.randint(88, 196),
                                                                              "dbp": random.randint(50, 110), "rr": random.randint(10, 32),
                                                                              "spo2": random.randint(84, 100), "etco2": random.randint(24, 52),
                                                                              "gcs": random.randint(3, 15), "bgl": random.randint(38, 420)},
                 recordedBy=inc["crew"][0][3], monitorSerial=MONITOR_SN[inc["unit"]])
    elif v == 1:
        o = dict(base, level="error", msg="upload failed", pcr=inc["run"], http_status=random.choice([502, 503, 504]),
                 retry_in_ms=random.choice([2000, 4000, 8000]), endpoint="https://epcr-api.int.marlowems.org/v3/charts",
                 requestId="%08x-%04x-4%03x-a%03x-%012x" % (random.getrandbits(32), random.getrandbits(16), random.getrandbits(12),
                                                           random.getrandbits(12), random.getrandbits(48)))
    elif v == 2:
        o = dict(base, msg="chart locked", pcr=inc["run"], incident=inc["inc"], unit=inc["unit"], crewLead=inc["crew"][0][0] + " " + inc["crew"][0][1],
                 crewLeadCert=inc["crew"][0][3], nremt=inc["crew"][0][4], chiefComplaint=inc["comp"][2], primaryImpression=inc["comp"][3],
                 serviceLevel=inc["comp"][4])
    elif v == 3:
        o = dict(base, msg="times computed", pcr=inc["run"], responseTime=hms(inc["resp"]), chuteTime=hms(inc["chute"]),
                 sceneTime=hms(random.randint(600, 1800)), transportTime=hms(random.randint(300, 2400)), loadedMiles=inc["loaded"],
                 odometer={"start": inc["odo0"], "scene": inc["odo_scene"], "dest": inc["odo_dest"]})
    else:
        o = dict(base, msg="destination set", pcr=inc["run"],
                 destination={"code": h["code"], "name": h["name"], "npi": h["npi"], "street": h["street"], "city": h["city"],
                              "state": "PA", "zip": h["zip"], "edPhone": h["ed"]}, reason="closest appropriate")
    L.x(jparts(o))
    return L


def hl7(phi):
    inc = pick_inc(old_ok=False)
    pt = inc["pt"]
    h = inc["hosp"]
    ctrl = "MCE" + C.now.strftime("%y%m%d%H%M%S") + "%03d" % C.ms
    if phi:
        v = random.randrange(4)
        if v == 0:
            L = Line("hl7-mllp")
            L.t("[%s] DEBUG mllp.out[%s]: MSH|^~\\&|MCEMS_EPCR|MARLOWEMS|ADT|%s|%s||ADT^A04^ADT_A01|%s|P|2.5.1\\rEVN|A04|%s\\rPID|1||"
                % (ts_comma_ms(), h["code"], h["code"], C.now.strftime("%Y%m%d%H%M%S"), ctrl, C.now.strftime("%Y%m%d%H%M%S")))
            L.p(pt["ems_id"], "mrn").t("^^^MCEMS^PI||").p(x12_up(pt["last"]), "name").t("^").p(x12_up(pt["first"]), "name").t("^")
            if pt["mi"]:
                L.p(pt["mi"], "name")
            L.t("||").p(pt["dob"].strftime("%Y%m%d"), "date").t("|%s|||" % pt["sex"]).p(pt["street"].upper(), "address").t("^")
            if pt["apt"]:
                L.p(pt["apt"].upper(), "address")
            L.t("^").p(pt["city"].upper(), "address").t("^PA^").p(pt["zip"], "zip").t("^USA^H||")
            L.p(fmt_phone(pt["phone"], 5), "phone").t("||||||").p(pt["ssn"].replace("-", ""), "ssn")
            L.t("\\rPV1|1|E|ED^^^%s||||%s^MENON^ANJALI^^^DR^^^NPI|||||||||||EMS\\rOBX|1|TX|8661-1^CHIEF COMPLAINT^LN||%s||||||F"
                % (h["code"], h["npi"], inc["comp"][2].upper()))
        elif v == 1:
            L = Line("hl7-mllp")
            L.t("[%s] INFO  mllp.in[%s]: ADT^A08 rcvd ctrl=%s patient xref stored: epcr_id=" % (ts_comma_ms(), h["code"], ctrl))
            L.p(pt["ems_id"], "mrn").t(" %s_mrn=" % h["code"].lower()).p(pt["hosp_mrn"], "mrn").t(" pcr=%s" % inc["run"])
        elif v == 2:
            L = Line("handoff-msg")
            L.t("%s handoff-svc INFO send unit=%s dest=%s channel=pulsara msg=\"" % (ts_z(), inc["unit"], h["code"]))
            L.p(x12_up(pt["last"]), "name").t(", ").p(x12_up(pt["first"]), "name").t(" DOB ").p(pt["dob"].strftime("%m/%d/%Y"), "date")
            L.t(" ")
            if pt["age"] > 89:
                L.p(str(pt["age"]), "age")
            else:
                L.t(str(pt["age"]))
            L.t("%s %s, ETA %d min\"" % (pt["sex"], inc["comp"][2], random.randint(3, 18)))
        else:
            L = Line("handoff-msg")
            L.t("%s handoff-svc INFO ack dest=%s unit=%s by=\"%s\" bay=%d note=\"family en route: %s " %
                (ts_z(), h["code"], inc["unit"], random.choice(ED_STAFF), random.randint(1, 22), pt["rel_kind"]))
            L.p(pt["rel_first"], "name").t(" ").p(pt["rel_last"], "name").t(" ").p(fmt_phone(pt["rel_phone"], 1), "phone").t("\"")
        return L
    v = random.randrange(5)
    if v == 0:
        L = Line("hl7-mllp")
        L.t("[%s] INFO  mllp.out[%s]: sent ADT^A04 ctrl=%s bytes=%d ack=AA rtt=%dms peer=10.60.%d.%d:2575"
            % (ts_comma_ms(), h["code"], ctrl, random.randint(480, 1400), random.randint(12, 900), random.randint(1, 9), random.randint(2, 250)))
    elif v == 1:
        L = Line("hl7-mllp")
        L.t("[%s] DEBUG mllp.in[%s]: MSH|^~\\&|%s|%s|MCEMS_EPCR|MARLOWEMS|%s||ACK^A04^ACK|%s%04d|P|2.5.1\\rMSA|AA|%s"
            % (ts_comma_ms(), h["code"], "EPIC", h["code"], C.now.strftime("%Y%m%d%H%M%S"), h["code"], random.randint(0, 9999), ctrl))
    elif v == 2:
        L = Line("handoff-msg")
        L.t("%s handoff-svc INFO send unit=%s dest=%s channel=pulsara msg=\"%d%s %s, %s, ETA %d min\""
            % (ts_z(), inc["unit"], h["code"], pt["age"] if pt["age"] <= 89 else random.randint(55, 89), pt["sex"], inc["comp"][2],
               random.choice(["12-lead STEMI inferior, ASA given", "BGL 38 -> D10 given", "GCS 14", "NRB 15 lpm, SpO2 91%"]), random.randint(3, 18)))
    elif v == 3:
        L = Line("handoff-msg")
        L.t("%s handoff-svc INFO transfer-of-care dest=%s unit=%s by=\"%s\" wall_time=%s apot=%s"
            % (ts_z(), h["code"], inc["unit"], random.choice(ED_STAFF), hms(random.randint(240, 4000)), hms(random.randint(240, 4000))))
    else:
        L = Line("hl7-mllp")
        L.t("[%s] WARN  mllp.out[%s]: NAK AE ctrl=%s err=\"PV1-3 invalid location\" retry=%d/5" % (ts_comma_ms(), h["code"], ctrl, random.randint(1, 4)))
    return L


def billing(phi):
    inc = pick_inc()
    pt = inc["pt"]
    user = random.choice(BILLING_USERS)
    if phi:
        v = random.randrange(9)
        L = Line("billing-pylog")
        if v == 0:
            L.t("%s%s run ticket %s imported: pt=" % (ts_comma_ms(), " INFO [billing.runticket]", inc["run"]))
            L.p(pt["last"], "name").t(", ").p(pt["first"], "name").t(" acct=").p(pt["acct"], "account").t(" dos=").p(inc["dos"].strftime("%m/%d/%Y"), "date")
            L.t(" lvl=%s loaded_mi=%.1f odo %.1f->%.1f pickup=\"" % (inc["comp"][4], inc["loaded"], inc["odo_scene"], inc["odo_dest"]))
            L.p(pt["street"], "address").t(", ").p(pt["city"], "address").t(" PA ").p(pt["zip"], "zip").t("\" dest=%s" % inc["hosp"]["code"])
        elif v == 1:
            L.t("%s INFO [billing.elig] 271 rcvd trn=%d payer=%s sub=" % (ts_comma_ms(), random.randint(10**8, 10**9), pt["payer"][2]))
            L.p(pt["plan_id"], "health_plan").t(" name=").p(x12_up(pt["last"]), "name").t("/").p(x12_up(pt["first"]), "name").t(" dob=")
            L.p(pt["dob"].strftime("%Y%m%d"), "date").t(" eb=%s" % random.choice(["1 (active)", "6 (inactive)", "1 (active) MA plan"]))
        elif v == 2:
            L = Line("billing-pydict")
            L.t("%s DEBUG [billing.demographics] update by %s: " % (ts_comma_ms(), user))
            d = {"acct": P(pt["acct"], "account"), "ssn": P(pt["ssn"], "ssn"), "guarantor": P(pt["rel_first"] + " " + pt["rel_last"], "name"),
                 "guarantor_rel": pt["rel_kind"], "guarantor_phone": P(fmt_phone(pt["rel_phone"], 1), "phone"),
                 "addr1": P(pt["street"], "address"), "city": P(pt["city"], "address"), "state": "PA", "zip": P(pt["zip"], "zip"),
                 "source": random.choice(["hospital_facesheet", "patient_call", "returned_mail"])}
            L.x(pyrepr_parts(d))
        elif v == 3:
            L.t("%s INFO [billing.payments] payment posted acct=" % ts_comma_ms()).p(pt["acct"], "account")
            L.t(" amt=$%.2f method=%s pan=" % (random.choice([25, 50, 75, 150, 212.4]), "CARD")).p(pt["card"], "account")
            L.t(" auth=%06d gw=authnet txn=%d" % (random.randint(0, 999999),
                                                               random.randint(6 * 10**10, 7 * 10**10)))
        elif v == 4:
            L.t("%s INFO [billing.payments] ACH debit scheduled acct_holder=\"" % ts_comma_ms()).p(pt["rel_first"] + " " + pt["rel_last"], "name")
            L.t("\" routing=031000053 account=").p("%012d" % random.randint(10**9, 10**12 - 1), "account").t(" amount=$%.2f plan=%d/%d"
                                                                                                           % (random.choice([40, 60, 100]), 1, random.randint(3, 12)))
        elif v == 5:
            L.t("%s INFO [billing.statements] statement generated stmt_id=ST-2024-%09d acct=" % (ts_comma_ms(), random.randint(0, 10**8)))
            L.p(pt["acct"], "account").t(" guarantor=\"").p(pt["last"], "name").t(", ").p(pt["first"], "name").t("\" addr=\"")
            add_street(L, pt)
            L.t(", ").p(pt["city"], "address").t(", PA ").p(pt["zip"], "zip").t("\" balance=$%.2f cycle=%d dos=" % (inc["charges"] * 0.2, random.randint(1, 4)))
            L.p(inc["dos"].isoformat(), "date")
        elif v == 6:
            L.t("%s INFO [billing.remit] 835 CLP acct=" % ts_comma_ms()).p(pt["acct"], "account")
            L.t(" status=1 billed=%.2f paid=%.2f CAS CO-45 %.2f PR-2 %.2f icn=%d" % (inc["charges"], inc["charges"] * 0.43, inc["charges"] * 0.47,
                                                                                   inc["charges"] * 0.1, random.randint(10**12, 10**13)))
        elif v == 7:
            L.t("%s WARN [billing.statements] returned mail for guarantor " % ts_comma_ms()).p(pt["rel_first"], "name").t(" ").p(pt["rel_last"], "name")
            L.t(" old=\"").p(pt["street"], "address").t("\" new=\"").p("%d %s" % (random.randint(10, 2999), random.choice(STREETS)), "address")
            L.t("\" ncoa=match acct=").p(pt["acct"], "account")
        else:
            L.t("%s INFO [billing.intake] PCS form received run=%s patient=" % (ts_comma_ms(), inc["run"])).p(pt["first"] + " " + pt["last"], "name")
            L.t(" member_id=").p(pt["plan_id"], "health_plan").t(" signed_by=\"Dr. %s\" faxed_from=%s pages=2" % (
                random.choice(["Lillian Cho", "Ahmed Farouk", "Petra Novak"]), random.choice(HOSPITALS)["ed"]))
        return L
    v = random.randrange(8)
    L = Line("billing-pylog")
    if v == 0:
        L.t("%s INFO [billing.runticket] run ticket %s validated: A0%s x1, A0425 x%.1f mi, charges=$%.2f pcs=%s crew=%s/%s"
            % (ts_comma_ms(), inc["run"], {"ALS1": "427", "ALS2": "433", "BLS": "429"}[inc["comp"][4]], inc["loaded"], inc["charges"],
               random.choice(["on file", "missing", "n/a"]), inc["crew"][0][3], inc["crew"][1][3]))
    elif v == 1:
        L.t("%s INFO [billing.elig] batch %s-%02d sent %d inquiries to Availity, %d timeouts, avg %.1fs"
            % (ts_comma_ms(), C.now.strftime("%Y%m%d"), random.randint(1, 9), random.randint(20, 200), random.randint(0, 5), random.uniform(0.4, 3)))
    elif v == 2:
        L.t("%s INFO [billing.statements] statement run %s cycle=%d generated=%s suppressed=%d mailed_via=sftp.printhouse-vendor.com:22"
            % (ts_comma_ms(), C.now.strftime("%Y-%m-%d"), random.randint(1, 4), "{:,}".format(random.randint(800, 2400)), random.randint(5, 60)))
    elif v == 3:
        L.t("%s INFO [billing.reports] aging 0-30=$%s 31-60=$%s 61-90=$%s 90+=$%s"
            % (ts_comma_ms(), *("{:,.2f}".format(random.uniform(1e4, 6e5)) for _ in range(4))))
    elif v == 4:
        L.t("%s INFO [billing.payments] payment posted acct_ref=**** amt=$%.2f method=CARD pan=************%04d auth=%06d by=%s"
            % (ts_comma_ms(), random.uniform(10, 400), random.randint(0, 9999), random.randint(0, 999999), user))
    elif v == 5:
        L.t("%s INFO [billing.mileage] run %s loaded miles %.1f (odo %.1f->%.1f) rounded up to %.1f per CMS 1/10 rule"
            % (ts_comma_ms(), inc["run"], inc["loaded"], inc["odo_scene"], inc["odo_dest"], inc["loaded"]))
    elif v == 6:
        L.t("%s ERROR [billing.clearinghouse] 999 rejected batch ISA13=%09d IK3*NM1*%d**8 code=I12 contact %s (%s)"
            % (ts_comma_ms(), random.randint(4000, 4999), random.randint(10, 90), BILLING_CO, BILLING_PHONE))
    else:
        L.t("%s INFO [billing.fee] fee schedule 2024 loaded: A0427=$%.2f A0429=$%.2f A0433=$%.2f A0425=$%.2f/mi rural_bonus=%s"
            % (ts_comma_ms(), 950, 850, 1280, 18.75, random.choice(["Y", "N"])))
    return L


def x12(phi):
    L = Line("x12-837")
    inc = pick_inc()
    pt = inc["pt"]
    h = inc["hosp"]
    seg = random.randint(1, 140)
    L.t("%s DEBUG c.k.billing.edi.ClaimWriter - seg[%04d] " % (ts_space_ms(), seg))
    if phi:
        v = random.randrange(9)
        if v == 0:
            L.t("NM1*IL*1*").p(x12_up(pt["last"]), "name").t("*").p(x12_up(pt["first"]), "name").t("*")
            if pt["mi"]:
                L.p(pt["mi"], "name")
            L.t("***MI*").p(pt["plan_id"], "health_plan").t("~")
        elif v == 1:
            L.t("N3*").p(pt["street"].upper(), "address")
            if pt["apt"]:
                L.t("*").p(pt["apt"].upper(), "address")
            L.t("~")
        elif v == 2:
            L.t("N4*").p(pt["city"].upper(), "address").t("*PA*").p(pt["zip"] + random.choice(["", pt["zip4"]]), "zip").t("~")
        elif v == 3:
            L.t("DMG*D8*").p(pt["dob"].strftime("%Y%m%d"), "date").t("*%s~" % pt["sex"])
        elif v == 4:
            L.t("CLM*").p(pt["acct"], "account").t("*%.2f***41:B:1*Y*A*Y*Y~" % inc["charges"])
        elif v == 5:
            L.t("DTP*472*D8*").p(inc["dos"].strftime("%Y%m%d"), "date").t("~")
        elif v == 6:
            L.t("NTE*ADD*").t(random.choice(["PT FOUND ON FLOOR BY ", "HISTORY PER "]) + pt["rel_kind"].upper() + " ")
            L.p(x12_up(pt["rel_first"]), "name").t(" ").p(x12_up(pt["rel_last"]), "name").t("~")
        elif v == 7:
            L.t("REF*SY*").p(pt["ssn"].replace("-", ""), "ssn").t("~")
        else:
            L.t("NM1*PW*2~N3*").p(pt["street"].upper(), "address").t("~N4*").p(pt["city"].upper(), "address").t("*PA*").p(pt["zip"], "zip").t("~")
        return L
    v = random.randrange(16)
    d = C.now
    if v == 0:
        L.t("ISA*00*          *00*          *ZZ*KABP01         *ZZ*CMSMACJL12502  *%s*%s*^*00501*%09d*0*P*:~"
            % (d.strftime("%y%m%d"), d.strftime("%H%M"), random.randint(4000, 4999)))
    elif v == 1:
        L.t("GS*HC*KABP01*CMSMACJL*%s*%s*%d*X*005010X222A1~" % (d.strftime("%Y%m%d"), d.strftime("%H%M"), random.randint(1, 9999)))
    elif v == 2:
        L.t("BHT*0019*00*%s*%s*%s*CH~" % ("B%07d" % random.randint(0, 10**7), d.strftime("%Y%m%d"), d.strftime("%H%M%S")))
    elif v == 3:
        L.t("NM1*41*2*KEYSTONE AMBULANCE BILLING PARTNERS*****46*KABP01~")
    elif v == 4:
        L.t("PER*IC*CLAIMS DEPT*TE*%s*FX*%s~" % (BILLING_PHONE.replace("-", ""), "7175550121"))
    elif v == 5:
        L.t("NM1*85*2*MARLOW COUNTY EMS*****XX*%s~" % AGENCY_NPI)
    elif v == 6:
        L.t("N3*%s~N4*%s*PA*%s~REF*EI*%s~" % (AGENCY_ADDR[0].upper(), AGENCY_ADDR[1].upper(), AGENCY_ADDR[3] + "1104", AGENCY_EIN.replace("-", "")))
    elif v == 7:
        pay = pt["payer"]
        L.t("SBR*P*18*%s******%s~" % (pt["group"] or "", pay[1]))
    elif v == 8:
        L.t("NM1*PR*2*%s*****PI*%s~" % (pt["payer"][0], pt["payer"][2]))
    elif v == 9:
        L.t("CR1*LB*%d*A*A*DH*%.1f****~" % (random.randint(95, 320), inc["loaded"]))
    elif v == 10:
        L.t("CRC*07*Y*%s~" % random.choice(["01", "04", "06", "01*09"]))
    elif v == 11:
        L.t("HI*ABK:%s~" % inc["comp"][3].replace(".", ""))
    elif v == 12:
        code = {"ALS1": "A0427", "ALS2": "A0433", "BLS": "A0429"}[inc["comp"][4]]
        L.t("LX*1~SV1*HC:%s:RH*%.2f*UN*1***1~" % (code, inc["charges"] - inc["loaded"] * 18.75))
    elif v == 13:
        L.t("LX*2~SV1*HC:A0425:RH*%.2f*UN*%.1f***1~" % (inc["loaded"] * 18.75, inc["loaded"]))
    elif v == 14:
        L.t("NM1*45*2*%s~N3*%s~N4*%s*PA*%s~" % (x12_up(h["name"]).replace(".", ""), h["street"].upper(), h["city"].upper(), h["zip"]))
    else:
        L.t("SE*%d*%04d~GE*1*%d~IEA*1*%09d~" % (random.randint(30, 400), random.randint(1, 9999), random.randint(1, 9999), random.randint(4000, 4999)))
    return L


roi_seq = [186]


def roi(phi):
    L = Line("roi-desk")
    inc = pick_inc()
    pt = inc["pt"]
    user = random.choice(ROI_USERS)
    att = random.choice(ATTORNEYS)
    L.t("%s [ROI] user=%s " % (ts_us12(), user))
    if phi:
        v = random.randrange(7)
        roi_seq[0] += 1
        rid = "ROI-24-%05d" % roi_seq[0]
        if v == 0:
            L.t("new request %s type=ATTORNEY requester=\"%s\" firm=\"%s\" re: patient " % (rid, att[0], att[1]))
            L.p(pt["last"], "name").t(", ").p(pt["first"], "name").t(" DOB ").p(pt["dob"].strftime("%m/%d/%Y"), "date")
            L.t(" DOS ").p(inc["dos"].strftime("%m/%d/%Y"), "date").t(" inc %s claim# " % inc["inc"])
            L.p("%s-%d" % (random.choice(["CLM-88", "PA24", "SF-51"]), random.randint(1000000, 9999999)), "other_id")
            L.t(" (%s) auth=%s" % (random.choice(["State Farm", "Progressive", "Erie Insurance", "GEICO"]), random.choice(["on file", "pending"])))
        elif v == 1:
            L.t("new request %s type=SELF requester=\"" % rid).p(pt["first"] + " " + pt["last"], "name").t("\" email=").p(pt["email"], "email")
            L.t(" phone=").p(fmt_phone(pt["phone"], 1), "phone").t(" deliver=%s id_verified=PA DL " % random.choice(["email", "portal", "mail"]))
            L.p(pt["dl"], "license")
        elif v == 2:
            L.t("fax queued %s to " % rid).p(fmt_phone(pt["fax"], 1), "fax").t(" (patient-provided, cover: ATTN ")
            L.p(pt["first"] + " " + pt["last"], "name").t(") pages=%d job=FX-%05d from %s" % (random.randint(3, 20), random.randint(0, 99999), ROI_FAX))
        elif v == 3:
            case = "%d-CV-%05d" % (2024, random.randint(1, 9999))
            L.t("subpoena logged %s case " % rid).p(case, "other_id").t(" (Marlow Cty CCP) re: ").p(pt["last"], "name").t(", ").p(pt["first"], "name")
            L.t(" served_by=%s due=%s" % (att[1], (C.now + dt.timedelta(days=30)).strftime("%m/%d/%Y")))
        elif v == 4:
            L.t("id upload ok req=%s kind=selfie mime=image/jpeg b64=" % rid).p(fake_jpeg_b64(random.randint(120, 240)), "photo")
        elif v == 5:
            slug = "%s-%s-%s" % (strip_accents(pt["first"]).lower().replace(" ", ""), strip_accents(pt["last"]).lower().replace("'", ""),
                                 pt["dob"].strftime("%m%d"))
            L.t("release link generated req=%s url=" % rid).p("https://records.marlowems.org/r/%s?t=%s" % (slug, "%016x" % random.getrandbits(64)), "url")
            L.t(" expires_in=72h")
        else:
            L.t("authorization scanned %s patient=" % rid).p(pt["first"] + " " + pt["last"], "name").t(" rep=")
            L.p(pt["rel_first"] + " " + pt["rel_last"], "name").t(" (%s, POA) pages_scanned=%d" % (pt["rel_kind"], random.randint(1, 4)))
            L.t(" mrn=").p(pt["ems_id"], "mrn")
        return L
    v = random.randrange(5)
    rid = "ROI-24-%05d" % random.randint(120, max(121, roi_seq[0]))
    if v == 0:
        L.t("request %s status %s by %s sla_remaining=%dd" % (rid, random.choice(["PENDING_AUTH -> IN_REVIEW", "IN_REVIEW -> QA", "QA -> RELEASED"]),
                                                              user, random.randint(0, 30)))
    elif v == 1:
        pages = random.randint(3, 40)
        L.t("fee calc %s pages=%d @ $1.47 + $22.88 search fee = $%.2f" % (rid, pages, pages * 1.47 + 22.88))
    elif v == 2:
        L.t("sent %s via fax to %s (%s) pages=%d job=FX-%05d status=OK" % (rid, att[2], att[1], random.randint(3, 40), random.randint(0, 99999)))
    elif v == 3:
        L.t("daily summary: open=%d overdue=%d completed_today=%d avg_turnaround=%.1fd" % (random.randint(20, 60), random.randint(0, 6),
                                                                                       random.randint(3, 18), random.uniform(3, 14)))
    else:
        L.t("records request acknowledgment mailed for %s to %s, %s from noreply@marlowems.org" % (rid, att[1], att[3]))
    return L


PATHS_STATIC = ["/static/js/app.3f9a1c.js", "/static/css/main.81be02.css", "/favicon.ico", "/api/v1/health", "/robots.txt"]
UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"]


def portal(phi):
    pt = random.choice(patients)
    if phi:
        v = random.randrange(4)
        if v == 3:
            L = Line("nginx-portal")
            L.t("10.20.4.%d - - [%s] \"GET /api/v1/me HTTP/1.1\" 200 %d \"" % (random.randint(2, 40), ts_nginx(), random.randint(300, 1200)))
            L.p("https://pay.marlowems.org/u/%s/statements" % pt["username"], "url").t("\" \"%s\"" % random.choice(UA))
        elif v == 0:
            L = Line("nginx-portal")
            L.p(pt["ip"], "ip").t(" - - [%s] \"GET /statements?acct=" % ts_nginx()).p(pt["acct"], "account").t("&zip=").p(pt["zip"], "zip")
            L.t(" HTTP/1.1\" 200 %d \"https://pay.marlowems.org/\" \"%s\"" % (random.randint(2000, 9000), random.choice(UA)))
        elif v == 1:
            L = Line("portal-app")
            L.t("%s INFO  portal.auth - login ok user=" % ts_space_ms()).p(pt["username"], "other_id").t(" ip=").p(pt["ip"], "ip")
            L.t(" mfa=sms session=%032x" % random.getrandbits(128))
        else:
            L = Line("nginx-portal")
            L.t("10.20.4.%d - - [%s] \"POST /api/v1/payments HTTP/1.1\" 201 %d \"-\" \"%s\" xff=\"" % (
                random.randint(2, 40), ts_nginx(), random.randint(180, 900), random.choice(UA)))
            L.p(pt["ip"], "ip").t(", 10.20.0.%d\" rt=%.3f" % (random.randint(2, 9), random.uniform(0.05, 1.4)))
        return L
    v = random.randrange(5)
    if v == 0:
        L = Line("nginx-portal")
        L.t("10.20.4.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.27\"" % (random.randint(2, 40), ts_nginx()))
    elif v == 1:
        L = Line("nginx-portal")
        path = random.choice(PATHS_STATIC)
        size = {"/favicon.ico": 15086, "/robots.txt": 67, "/api/v1/health": 21}.get(path, random.randint(20000, 90000))
        L.t("10.20.4.%d - - [%s] \"GET %s HTTP/1.1\" %d %d \"https://pay.marlowems.org/\" \"%s\"" % (
            random.randint(2, 40), ts_nginx(), path, random.choice([200, 200, 304]), size, random.choice(UA)))
    elif v == 2:
        L = Line("portal-app")
        L.t("%s WARN  portal.auth - login failed reason=bad_password attempts=%d lockout_in=%d req_id=%s"
            % (ts_space_ms(), random.randint(1, 4), random.randint(1, 4), "%016x" % random.getrandbits(64)))
    elif v == 3:
        L = Line("portal-app")
        L.t("%s INFO  portal.mail - sent template=stmt_ready to=queue from=noreply@marlowems.org smtp=10.20.9.25:587 msgid=<%x@mail.marlowems.org>"
            % (ts_space_ms(), random.getrandbits(64)))
    else:
        L = Line("portal-app")
        L.t("%s INFO  portal.pay - gateway authnet latency=%dms status=200 batch=%s-%03d v=2.%d.%d"
            % (ts_space_ms(), random.randint(80, 1400), C.now.strftime("%Y%m%d"), random.randint(1, 400), random.randint(0, 9), random.randint(0, 30)))
    return L


# --------------------------------------------------------------------------
# schedule and output
# --------------------------------------------------------------------------
PLAN = [(cad, 80, 28), (avl, 40, 0), (radio, 25, 0), (telephony, 25, 10), (nemsis, 40, 30), (epcr, 45, 30),
        (hl7, 40, 25), (billing, 70, 40), (x12, 50, 30), (roi, 40, 25), (portal, 45, 7)]


def main():
    sched = []
    for fn, total, n_phi in PLAN:
        sched += [(fn, True)] * n_phi + [(fn, False)] * (total - n_phi)
    assert len(sched) == N_LINES
    random.shuffle(sched)
    log_lines = []
    labels = []
    for i, (fn, phi) in enumerate(sched, 1):
        C.tick()
        L = fn(phi)
        data, spans = L.build()
        assert bool(spans) == phi, (fn.__name__, phi, data)
        log_lines.append(data)
        labels.append({"line": i, "family": L.family, "spans": spans})
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        for d in log_lines:
            f.write(d + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
