#!/usr/bin/env python3
"""Deterministic generator for the 'cz' PHI test corpus (hospice & palliative care agency).

Writes cz.log and cz.labels.jsonl next to this file.  Standard library only.
"""
import base64
import json
import os
import random
import unicodedata
import uuid
from datetime import date, datetime, timedelta

SEED = 1818_2024
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "cz"
N_LINES = 500
N_PHI = 225  # lines that carry PHI (45 %)


# --------------------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.spans = []

    def a(self, *texts):
        for t in texts:
            self.b += str(t).encode("utf-8")
        return self

    def p(self, text, cat):
        text = str(text)
        assert text, "empty span"
        s = len(self.b)
        self.b += text.encode("utf-8")
        self.spans.append((s, len(self.b), cat, text))
        return self


class P:  # a PHI leaf value (string)
    def __init__(self, v, cat):
        self.v, self.cat = str(v), cat


class PN(P):  # a PHI leaf written as a bare JSON number
    pass


class S:  # a string composed of plain and PHI parts
    def __init__(self, *parts):
        self.parts = parts


class Raw:  # raw text (numbers with fixed formatting)
    def __init__(self, v):
        self.v = v


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jw(L, o, ea=True, sep=(",", ":")):
    """Write JSON into L, recording spans for P/S values."""
    if isinstance(o, dict):
        L.a("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.a(sep[0])
            L.a(json.dumps(k, ensure_ascii=ea), sep[1])
            jw(L, v, ea, sep)
        L.a("}")
    elif isinstance(o, list):
        L.a("[")
        for i, v in enumerate(o):
            if i:
                L.a(sep[0])
            jw(L, v, ea, sep)
        L.a("]")
    elif isinstance(o, PN):
        L.p(o.v, o.cat)
    elif isinstance(o, P):
        L.a('"').p(jesc(o.v, ea), o.cat).a('"')
    elif isinstance(o, S):
        L.a('"')
        for part in o.parts:
            if isinstance(part, P):
                L.p(jesc(part.v, ea), part.cat)
            else:
                L.a(jesc(part, ea))
        L.a('"')
    elif isinstance(o, Raw):
        L.a(o.v)
    else:
        L.a(json.dumps(o, ensure_ascii=ea))


def pyesc(s, q):
    return s.replace("\\", "\\\\").replace(q, "\\" + q).replace("\n", "\\n")


def pw(L, o):
    """Write a Python repr() of dict/list into L (as logging of a dict would)."""
    if isinstance(o, dict):
        L.a("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.a(", ")
            L.a(repr(k), ": ")
            pw(L, v)
        L.a("}")
    elif isinstance(o, list):
        L.a("[")
        for i, v in enumerate(o):
            if i:
                L.a(", ")
            pw(L, v)
        L.a("]")
    elif isinstance(o, (P, S)):
        parts = [o] if isinstance(o, P) else list(o.parts)
        full = "".join(x.v if isinstance(x, P) else x for x in parts)
        q = '"' if ("'" in full and '"' not in full) else "'"
        L.a(q)
        for x in parts:
            if isinstance(x, P):
                L.p(pyesc(x.v, q), x.cat)
            else:
                L.a(pyesc(x, q))
        L.a(q)
    elif isinstance(o, Raw):
        L.a(o.v)
    else:
        L.a(repr(o))


# --------------------------------------------------------------------------- identifiers
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def uuid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def luhn_digit(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_full(prefix, length):
    payload = prefix + digits(length - 1 - len(prefix))
    return payload + luhn_digit(payload)


def npi():
    base = R.choice("12") + digits(8)
    return base + luhn_digit("80840" + base)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_N = "0123456789"


def mbi():
    pat = ["C", "A", "AN", "N", "A", "AN", "N", "A", "A", "N", "N"]
    out = []
    for t in pat:
        if t == "C":
            out.append(R.choice("123456789"))
        elif t == "A":
            out.append(R.choice(MBI_A))
        elif t == "N":
            out.append(R.choice(MBI_N))
        else:
            out.append(R.choice(MBI_N + MBI_A))
    return "".join(out)


def ssn():
    while True:
        area = R.randint(100, 665)
        if area != 666:
            break
    return "%03d-%02d-%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi, vds, year, plant):
    body = wmi + vds + "0" + year + plant + digits(6)
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(body, VIN_W))
    chk = tot % 11
    chk = "X" if chk == 10 else str(chk)
    return body[:8] + chk + body[9:]


def iban_pl():
    bban = digits(24)
    num = int(bban + "2521" + "00")
    chk = "%02d" % (98 - num % 97)
    raw = "PL" + chk + bban
    assert int(bban + "2521" + chk) % 97 == 1
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def imei(tac):
    return luhn_full(tac, 15)


def mac(oui):
    return oui + ":" + ":".join(hexs(2, True) for _ in range(3))


def b64bytes(prefix, n):
    return base64.b64encode(prefix + bytes(R.getrandbits(8) for _ in range(n))).decode()


JPEG_HDR = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00"
PNG_HDR = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\xa0\x00\x00\x00\xa0\x08\x02\x00\x00\x00"
FMR_HDR = b"FMR\x00 20\x00\x00\x00\x01\x2c\x00\x00\x01\x00\x01\x68\x00\xc5\x00\xc5\x01\x00\x00\x00"


TRANSLIT = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "Æ": "AE", "ß": "ss", "đ": "d", "Đ": "D"})


def asc(s):
    s = s.translate(TRANSLIT)
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def fmt_phone(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return [f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"+1{d}", d, f"({a}){b}-{c}", f"+1 {a} {b} {c}"][style]


def add_months(d, m):
    y, mo = d.year + (d.month - 1 + m) // 12, (d.month - 1 + m) % 12 + 1
    for day in (d.day, 30, 29, 28):
        try:
            return date(y, mo, day)
        except ValueError:
            continue


PHONE_POOL = R.sample([n for n in range(100, 200) if n not in (100, 109)], 98)


def phone_937(area="937"):
    return area + "555" + "0%03d" % PHONE_POOL.pop()


# --------------------------------------------------------------------------- world
REF_DAY = date(2024, 3, 5)

CITIES = {
    "Dayton": ("Montgomery", ["45405", "45406", "45409", "45410", "45419", "45420"], (39.7589, -84.1916)),
    "Kettering": ("Montgomery", ["45429", "45440"], (39.6895, -84.1688)),
    "Beavercreek": ("Greene", ["45431", "45432", "45434"], (39.7092, -84.0633)),
    "Xenia": ("Greene", ["45385"], (39.6848, -83.9297)),
    "Troy": ("Miami", ["45373"], (40.0395, -84.2033)),
    "Huber Heights": ("Montgomery", ["45424"], (39.8439, -84.1247)),
    "Centerville": ("Montgomery", ["45458", "45459"], (39.6284, -84.1594)),
    "Miamisburg": ("Montgomery", ["45342"], (39.6428, -84.2866)),
    "Fairborn": ("Greene", ["45324"], (39.8209, -84.0194)),
    "Vandalia": ("Montgomery", ["45377"], (39.8906, -84.1988)),
    "Piqua": ("Miami", ["45356"], (40.1448, -84.2424)),
}

HOSPITALS = [
    ("STBRENDAN", "St. Brendan Medical Center", "E"),
    ("KVMC", "Kettering Valley Medical Center", "KV"),
    ("GRH", "Greene Regional Hospital", "GR"),
    ("UMVH", "Upper Miami Valley Hospital", "U"),
]

DX = [
    ("I50.9", "Heart failure, unspecified"),
    ("C34.90", "Malignant neoplasm of unsp part of unsp bronchus or lung"),
    ("G30.1", "Alzheimer's disease with late onset"),
    ("J44.1", "COPD with (acute) exacerbation"),
    ("C25.9", "Malignant neoplasm of pancreas, unspecified"),
    ("N18.6", "End stage renal disease"),
    ("G12.21", "Amyotrophic lateral sclerosis"),
    ("C61", "Malignant neoplasm of prostate"),
    ("K72.10", "Chronic hepatic failure without coma"),
    ("I63.9", "Cerebral infarction, unspecified"),
]

# (first, last, sex, dob, city, street, caregiver(first,last,rel,area), status, extra)
PT_SPECS = [
    ("Amara", "Okafor", "F", date(1931, 4, 12), "Dayton", "1420 Birchwood Ln", ("Chidi", "Okafor", "son", "937"), "dying", datetime(2024, 3, 5, 16, 5)),
    ("José", "Hernández", "M", date(1944, 9, 30), "Huber Heights", "6610 Brandt Pike Lot 112", ("Marisol", "Hernández-Vega", "daughter", "937"), "active", None),
    ("Zofia", "Wiśniewska", "F", date(1929, 2, 3), "Kettering", "2219 Far Hills Ave Apt 6", ("Agnieszka", "Wiśniewska-Brown", "daughter", "614"), "dying", datetime(2024, 3, 5, 3, 47)),
    ("Siobhan", "O'Sullivan", "F", date(1938, 11, 21), "Beavercreek", "3604 Shakertown Rd", ("Declan", "O'Sullivan", "husband", "937"), "revokes", datetime(2024, 3, 5, 12, 20)),
    ("Thanh", "Nguyen", "M", date(1947, 6, 8), "Dayton", "388 Wyoming St", ("Lan", "Nguyen", "wife", "937"), "new", None),
    ("Harold", "Whitfield", "M", date(1932, 1, 17), "Centerville", "47 Bellbrook Ave", ("Carol", "Whitfield-Ames", "daughter", "513"), "bereaved", date(2023, 5, 14)),
    ("Fatima", "Warsame", "F", date(1950, 8, 14), "Dayton", "915 N Main St Apt 204", ("Abdirahman", "Warsame", "son", "614"), "bereaved", date(2023, 10, 2)),
    ("Yuki", "Takahashi", "F", date(1935, 3, 29), "Miamisburg", "1183 Stroop Rd", ("Kenta", "Mori", "nephew", "937"), "new", None),
    ("Ramesh", "Raghunathan", "M", date(1941, 12, 5), "Beavercreek", "72 Orchard Hill Dr", ("Lakshmi", "Raghunathan", "wife", "937"), "active", None),
    ("Eleni", "Papadopoulos", "F", date(1926, 7, 19), "Troy", "512 W Franklin St", ("Sophia", "Katsaros", "granddaughter", "937"), "active", None),
    ("Marcel", "Jean-Baptiste", "M", date(1953, 10, 2), "Fairborn", "27 E Dayton Dr", ("Guerline", "Jean-Baptiste", "sister", "305"), "bereaved", date(2024, 1, 20)),
    ("Søren", "Halvorsen", "M", date(1939, 5, 25), "Xenia", "1861 Bellbrook Rd", ("Birgit", "Halvorsen", "wife", "937"), "new", None),
    ("Rosa", "Dela Cruz", "F", date(1945, 1, 11), "Vandalia", "308 Helke Rd", ("Miguel", "Dela Cruz", "son", "937"), "new", None),
    ("Young-ja", "Seo", "F", date(1933, 8, 8), "Centerville", "9020 Washington Church Rd", ("Grace", "Seo-Park", "daughter", "312"), "active", None),
    ("Irving", "Rosenberg", "M", date(1928, 4, 1), "Dayton", "5127 Shiloh Springs Rd", ("David", "Rosenberg", "son", "646"), "dying", datetime(2024, 3, 4, 14, 12)),
    ("Tatiana", "Volkova", "F", date(1949, 2, 27), "Piqua", "1402 Covington Ave", ("Nikolai", "Volkov", "husband", "937"), "bereaved", date(2023, 3, 28)),
]

EMAIL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net", "hotmail.com"]
PLATE_LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"


def age_on(dob, d):
    return d.year - dob.year - ((d.month, d.day) < (dob.month, dob.day))


def email_for(first, last):
    f, l = asc(first).lower().replace(" ", ""), asc(last).lower().replace(" ", "").replace("'", "")
    style = R.randint(0, 4)
    local = [f"{f}.{l}", f"{f[0]}{l}", f"{f}{l}{R.randint(1, 99)}", f"{l}.{f}", f"{f}_{l}{R.randint(50, 79)}"][style]
    return local + "@" + R.choice(EMAIL_DOMAINS)


PATIENTS = []
_brv = R.randint(380, 420)
for spec in PT_SPECS:
    first, last, sex, dob, city, street, cg, status, when = spec
    county, zips, (lat, lon) = CITIES[city]
    hosp = R.choice(HOSPITALS)
    dx = R.choice(DX)
    p = dict(
        first=first, last=last, sex=sex, dob=dob, city=city, county=county, zip=R.choice(zips), street=street,
        lat=lat + R.uniform(-0.03, 0.03), lon=lon + R.uniform(-0.03, 0.03),
        mrn="SVH%07d" % R.randint(30000, 99999), hosp=hosp, hosp_mrn=hosp[2] + digits(8 - len(hosp[2]) + 1),
        acct=digits(10), mbi=mbi(), ssn=ssn(), phone=phone_937(),
        medicaid=digits(12) if R.random() < 0.45 else None, dx=dx, status=status, age=age_on(dob, REF_DAY),
        o2_sn="EF%02d%s%05d" % (R.randint(19, 23), R.choice("ABCDEFGH"), R.randint(10000, 99999)),
        tablet_imei=imei(R.choice(["35332510", "35391805", "35922211", "86753003"])),
        oxi_mac=mac(R.choice(["A4:C1:38", "00:1C:05", "C8:FD:19"])),
        bed_udi="(01)%s(21)HB%s" % ("0088452" + digits(7), digits(7)),
        pump_sn="CADD-%s" % digits(7),
        election=None, death=None, revoke=None, dod=None,
        portal_photo=None,
        race=R.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC"]),
        marital=R.choice(["W", "M", "S", "D"]),
    )
    cf, cl, rel, area = cg
    p["cg"] = dict(first=cf, last=cl, rel=rel, phone=phone_937(area), email=email_for(cf, cl),
                   user=(asc(cf)[0] + asc(cl).replace(" ", "").replace("'", "").replace("-", "")).lower() + str(R.randint(10, 99)),
                   plate="%s%s%s %04d" % (R.choice(PLATE_LETTERS), R.choice(PLATE_LETTERS), R.choice(PLATE_LETTERS), R.randint(1000, 9999)),
                   dl="%s%s%06d" % (R.choice(PLATE_LETTERS), R.choice(PLATE_LETTERS), R.randint(0, 999999)),
                   ip="%d.%d.%d.%d" % (R.choice([73, 98, 24, 174, 68, 99, 107, 45, 76]), R.randint(1, 254), R.randint(0, 254), R.randint(1, 254)),
                   case="BRV-%06d" % _brv, fax=phone_937(area) if R.random() < 0.35 else None,
                   card=luhn_full(R.choice(["4", "51", "37", "6011"]), 15 if False else 16))
    _brv += R.randint(3, 17)
    if p["cg"]["card"].startswith("37"):
        p["cg"]["card"] = luhn_full("37", 15)
    if status == "bereaved":
        p["dod"] = when
        p["election"] = when - timedelta(days=R.randint(9, 160))
    elif status in ("dying", "revokes"):
        p["death" if status == "dying" else "revoke"] = when
        p["election"] = REF_DAY - timedelta(days=R.randint(3, 70))
        if status == "dying":
            p["dod"] = when.date()
    elif status == "active":
        p["election"] = REF_DAY - timedelta(days=R.randint(6, 120))
    else:  # new referral in the window
        p["election"] = REF_DAY - timedelta(days=R.randint(0, 2))
    p["referral_date"] = p["election"] - timedelta(days=R.randint(1, 4))
    PATIENTS.append(p)

BIRTHPLACES = {"Okafor": ("Enugu", "OKAFOR"), "Wiśniewska": ("Kraków", "WIŚNIEWSKI"), "Rosenberg": ("Brooklyn", "ROSENBERG")}
for _p in PATIENTS:
    _bp = BIRTHPLACES.get(_p["last"], (_p["city"], asc(_p["last"]).upper()))
    _p["birthplace"], _p["father"] = _bp
CORONER_PHONE = phone_937()
# a Polish son of Zofia, living in Kraków, with an IBAN for a private-pay refund
PATIENTS[2]["cg2"] = dict(first="Piotr", last="Wiśniewski", rel="son", iban=iban_pl(), phone="+48 12 555 01 %02d" % R.randint(10, 99))
# José's Mexican national id (CURP) recorded in the intake for his daughter's travel letter
PATIENTS[1]["curp"] = "HEHJ440930HJCRRS0" + R.choice("0123456789")
PATIENTS[12]["van_vin"] = vin("2C4", "RDGBG", "H", "R")
PATIENTS[9]["van_vin"] = vin("5FN", "RL5H6", "J", "B")

STAFF_RN = [("Lucia", "Ferreira", "E10231"), ("Tomasz", "Kowalski", "E10187"), ("Aaliyah", "Brooks", "E10302"),
            ("Hiroshi", "Tanaka", "E10355"), ("Nneka", "Obi", "E10377")]
STAFF_AIDE = [("Maribel", "Santos", "E10442"), ("Fatuma", "Abdi", "E10451"), ("Kevin", "Doyle", "E10468"),
              ("Ana", "Lupu", "E10473"), ("Pedro", "Alcántara", "E10480")]
CHAPLAINS = [("Miriam", "Haddad", "E10512", "Rev."), ("Emeka", "Eze", "E10519", "Fr.")]
SOCIAL = [("Daniela", "Ruiz", "E10601", "MSW"), ("Jonah", "Whitaker", "E10608", "LISW")]
BEREAV = [("Helga", "Brandt", "E10702"), ("Samuel", "Adeyemi", "E10711")]
MEDDIR = ("Kenji", "Nakashima", npi())
NP_ = ("Priya", "Venkataraman", npi())
ATTENDINGS = [("Adaeze", "Nwosu", npi()), ("Mark", "Feldstein", npi()), ("Carmen", "Ibarra", npi()), ("Lars", "Eriksen", npi())]
STAFF_PHONES = {s[2]: phone_937() for s in STAFF_RN + STAFF_AIDE}
VOLUNTEERS = [("VOL-0192", "Ingrid", "Solberg"), ("VOL-0207", "Walter", "Pruitt"), ("VOL-0215", "Mei-Ling", "Chou"),
              ("VOL-0233", "Rajesh", "Iyer"), ("VOL-0241", "Bernadette", "Kowalczyk"), ("VOL-0250", "Tariq", "Mansour"),
              ("VOL-0263", "Oluwaseun", "Bello"), ("VOL-0271", "Gráinne", "MacAodha")]
VOL_PHONE = {v[0]: phone_937() for v in VOLUNTEERS}
FUNERAL = [
    dict(id="FH-0031", name="Hartwell & Sons Funeral Home", addr="2400 Salem Ave", city="Dayton", zip="45406",
         phone=phone_937(), fax=phone_937(), director="Raymond Hartwell", email="director@hartwellandsons.com",
         web="www.hartwellandsons.com"),
    dict(id="FH-0044", name="Lindqvist-Marsh Funeral Chapel", addr="1550 E Stroop Rd", city="Kettering", zip="45429",
         phone=phone_937(), fax=phone_937(), director="Annika Lindqvist", email="arrangements@lindqvistmarsh.com",
         web="www.lindqvistmarsh.com"),
    dict(id="FH-0052", name="Greene Memorial Funeral Services", addr="88 W Main St", city="Xenia", zip="45385",
         phone=phone_937(), fax=phone_937(), director="Terrence Oduya", email="office@greenememorialfs.com",
         web="www.greenememorialfs.com"),
    dict(id="FH-0067", name="Temple Beth Chesed Chevra Kadisha / Shapiro Chapel", addr="3801 Far Hills Ave", city="Kettering",
         zip="45429", phone=phone_937(), fax=phone_937(), director="Miriam Shapiro", email="chapel@shapirochapel.org",
         web="www.shapirochapel.org"),
]
for p in PATIENTS:
    p["fh"] = FUNERAL[3] if p["last"] == "Rosenberg" else R.choice(FUNERAL[:3])

AGENCY = dict(name="Sunrise Valley Hospice", npi=npi(), ccn="361534", phone="9375550100", fax="9375550109",
              addr="3100 Far Hills Ave Suite 210", city="Kettering", zip="45429", domain="sunrisevalleyhospice.org")

COMFORT_ITEMS = [
    ("0054-3555-63", "morphine sulfate oral soln 100 mg/5 mL", "30 mL"),
    ("0409-6778-02", "lorazepam 0.5 mg tab", "10 tab"),
    ("0781-1396-01", "haloperidol 0.5 mg tab", "10 tab"),
    ("61314-0303-02", "atropine sulfate 1% ophth soln", "2 mL"),
    ("0713-0135-12", "prochlorperazine 25 mg supp", "6 supp"),
    ("0536-1355-12", "bisacodyl 10 mg supp", "8 supp"),
    ("0093-0940-01", "acetaminophen 650 mg supp", "12 supp"),
    ("70069-0101-01", "scopolamine 1 mg/3 days patch", "4 patch"),
]

HOSTS = ["intake-api-6d8f7b9c5-x2kqz", "intake-api-6d8f7b9c5-q7vwm", "evv-gw-01", "evv-gw-02", "sched-worker-1",
         "billing-01", "mirth-01", "pbx01", "mail01", "web-edge-01", "fax01"]
PRIV_IPS = ["10.20.4.17", "10.20.4.22", "10.20.1.5", "10.20.8.31", "192.168.40.12", "192.168.40.57", "172.18.0.4",
            "172.18.0.9", "10.20.6.140"]


# --------------------------------------------------------------------------- time
START = datetime(2024, 3, 4, 5, 30, 0)
NOW = START


def tick():
    global NOW
    NOW = NOW + timedelta(seconds=R.uniform(20, 690), microseconds=R.randint(0, 999999))


def py_ts(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def iso_ms_local(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d-05:00" % (t.microsecond // 1000)


def iso_utc7(t=None):
    t = (t or NOW) + timedelta(hours=5)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%07dZ" % (t.microsecond * 10 + R.randint(0, 9))


def iso_utc_ms(t=None):
    t = (t or NOW) + timedelta(hours=5)
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (t.microsecond // 1000)


def sys_ts(t=None):
    t = t or NOW
    return t.strftime("%b ") + "%2d" % t.day + t.strftime(" %H:%M:%S")


def nginx_ts(t=None):
    t = t or NOW
    return t.strftime("%d/%b/%Y:%H:%M:%S -0500")


def serilog_ts(t=None):
    t = t or NOW
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d -05:00" % (t.microsecond // 1000)


def hl7_ts(t=None):
    return (t or NOW).strftime("%Y%m%d%H%M%S")


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_hl7(d):
    return d.strftime("%Y%m%d")


# --------------------------------------------------------------------------- patient selection
def alive(p):
    if p["status"] == "bereaved":
        return False
    if p["death"] and NOW >= p["death"]:
        return False
    if p["revoke"] and NOW >= p["revoke"]:
        return False
    return True


def pick_alive(new_only=False):
    c = [p for p in PATIENTS if alive(p) and (not new_only or p["status"] == "new")]
    if not c:
        c = [p for p in PATIENTS if alive(p)]
    return R.choice(c)


def pick_dead_recent():
    c = [p for p in PATIENTS if p["death"] and NOW >= p["death"]]
    return R.choice(c) if c else None


def pick_bereaved():
    c = [p for p in PATIENTS if p["status"] == "bereaved" or (p["death"] and NOW >= p["death"])]
    return R.choice(c)


def staff_name(s):
    return f"{s[0]} {s[1]}"


def rn():
    return R.choice(STAFF_RN)


def aide():
    return R.choice(STAFF_AIDE)


def pname(p, style=0, L=None, cat="name"):
    """Write a patient/relative name into L in a given style, spans per token."""
    f, l = p["first"], p["last"]
    if style == 0:
        L.p(f, cat).a(" ").p(l, cat)
    elif style == 1:
        L.p(l, cat).a(", ").p(f, cat)
    elif style == 2:
        L.p(asc(l).upper(), cat).a(", ").p(asc(f).upper(), cat)
    elif style == 3:
        L.p(f"{f} {l}", cat)
    elif style == 4:
        L.p(f"{l}, {f}", cat)


# =========================================================================== PHI families
def f_hl7_inbound():
    p = pick_alive(new_only=R.random() < 0.7)
    fac, facname, _ = p["hosp"]
    L = Line("hl7_v2")
    kind = R.choice(["A04", "REF", "SIU", "A08"])
    ctrl = "MSG%08d" % R.randint(100000, 99999999)
    att = R.choice(ATTENDINGS)
    L.a(f"{py_ts()} INFO  [{'Referral_Inbound' if kind != 'SIU' else 'Sched_Inbound'}] hl7.listener - ")
    L.a(f"Received message controlId={ctrl} from {fac}:6661 bytes={R.randint(900, 2400)} raw=\"")
    mt = {"A04": "ADT^A04^ADT_A01", "A08": "ADT^A08^ADT_A01", "REF": "REF^I12^REF_I12", "SIU": "SIU^S12^SIU_S12"}[kind]
    L.a(f"MSH|^~\\&|EPIC|{fac}|SVH_INTAKE|SVH|{hl7_ts()}||{mt}|{ctrl}|P|2.5.1\\r")
    if kind in ("A04", "A08"):
        L.a(f"EVN|{kind}|{hl7_ts()}\\r")
    if kind == "REF":
        L.a(f"RF1|P^Pending^HL70283|R^Routine^HL70280|HSP^Hospice^HL70282||RF{digits(7)}^^{fac}|").p(d_hl7(p["referral_date"]), "date").a("\\r")
        L.a(f"PRD|RP|{att[1].upper()}^{att[0].upper()}^^^^MD|1 Medical Center Dr^^Dayton^OH^45409||||{att[2]}^NPI\\r")
    if kind == "SIU":
        appt = datetime.combine(p["election"], datetime.min.time()) + timedelta(hours=R.randint(9, 15))
        L.a(f"SCH|{digits(8)}^SVH|||||ADMIT^Hospice admission visit|||60|min|^^60^").p(appt.strftime("%Y%m%d%H%M"), "date").a("\\r")
    L.a("PID|1||").p(p["hosp_mrn"], "mrn").a(f"^^^{fac}^MR")
    if R.random() < 0.5:
        L.a("~").p(p["ssn"], "ssn").a("^^^SSA^SS")
    L.a("||").p(asc(p["last"]).upper(), "name").a("^").p(asc(p["first"]).upper(), "name").a("^^^^^L||")
    L.a("").p(d_hl7(p["dob"]), "date").a(f"|{p['sex']}||{p['race']}|")
    L.p(p["street"].upper(), "address").a("^^").p(p["city"].upper(), "address").a("^OH^").p(p["zip"], "zip").a("^USA^H^^").p(p["county"].upper(), "address")
    L.a("||").p(fmt_phone(p["phone"], 5), "phone").a("^PRN^PH||ENG|").a(p["marital"]).a("||")
    L.p(p["acct"], "account").a("|").p(p["ssn"].replace("-", ""), "ssn").a("\\r")
    if kind == "SIU":
        r = rn()
        L.a(f"AIP|1||{r[2]}^{r[1].upper()}^{r[0].upper()}^^^RN|RN^Registered Nurse\"")
        return L
    cg = p["cg"]
    L.a("NK1|1|").p(asc(cg["last"]).upper(), "name").a("^").p(asc(cg["first"]).upper(), "name")
    L.a(f"|{cg['rel'][:3].upper()}^{cg['rel'].capitalize()}^HL70063||").p(fmt_phone(cg["phone"], 5), "phone").a("^PRN^PH||EC^Emergency Contact^HL70131\\r")
    if kind != "REF":
        pv1 = [""] * 46
        pv1[1], pv1[2], pv1[3] = "1", "I", "4W^4%02d^A^%s" % (R.randint(1, 30), fac)
        pv1[7], pv1[10] = "%s^%s^%s^^^MD" % (att[2], att[1].upper(), att[0].upper()), "MED"
        pv1[36] = "50^Discharged to hospice - home"
        L.a("PV1|" + "|".join(pv1[1:44]) + "|")
        adm = datetime.combine(p["referral_date"], datetime.min.time()) - timedelta(days=R.randint(2, 9), hours=-R.randint(1, 20))
        L.p(adm.strftime("%Y%m%d%H%M"), "date").a("|").p(d_hl7(p["referral_date"]) + "1400", "date").a("\\r")
    L.a(f"DG1|1||{p['dx'][0]}^{p['dx'][1]}^I10||||A\\r")
    if kind == "REF":
        L.a("NTE|1|L|")
        if p["age"] > 89:
            L.p(str(p["age"]), "age")
        else:
            L.a(str(p["age"]))
        L.a(f" y/o {p['sex']} {p['dx'][1].lower()}, PPS {R.choice([20, 30, 40])}%, DNR on file, family requests home hospice\\r")
    L.a('"')
    return L


def f_clef():
    p = pick_alive()
    L = Line("serilog_clef")
    host = R.choice(HOSTS[:2])
    v = R.randint(0, 3)
    if v == 0:
        ref = "REF-2024-%05d" % R.randint(700, 1200)
        obj = {"@t": iso_utc7(), "@mt": "Referral {ReferralId} accepted from {SourceFacility} for {PatientName} (DOB {Dob})",
               "ReferralId": ref, "SourceFacility": p["hosp"][1], "PatientName": S(P(p["first"], "name"), " ", P(p["last"], "name")),
               "Dob": P(d_iso(p["dob"]), "date")}
    elif v == 1:
        obj = {"@t": iso_utc7(), "@mt": "Medicare eligibility for {Mbi} returned {Status}; prior hospice benefit periods {PriorPeriods}",
               "Mbi": P(p["mbi"], "health_plan"), "Status": "Active", "PriorPeriods": R.randint(0, 2),
               "HetsTransactionId": hexs(20, True)}
    elif v == 2:
        obj = {"@t": iso_utc7(), "@mt": "Admission {AdmissionId} created for {PatientMrn} with election date {ElectionDate:yyyy-MM-dd} and benefit period {BenefitPeriod}",
               "AdmissionId": uuid4(), "PatientMrn": P(p["mrn"], "mrn"), "ElectionDate": P(p["election"].strftime("%Y-%m-%dT00:00:00.0000000"), "date"),
               "BenefitPeriod": R.randint(1, 3)}
    else:
        obj = {"@t": iso_utc7(), "@mt": "Caregiver {CaregiverName} ({Relationship}) added as primary contact for {PatientMrn}, phone {Phone}",
               "CaregiverName": S(P(p["cg"]["first"], "name"), " ", P(p["cg"]["last"], "name")), "Relationship": p["cg"]["rel"],
               "PatientMrn": P(p["mrn"], "mrn"), "Phone": P(fmt_phone(p["cg"]["phone"], 0), "phone")}
    obj.update({"SourceContext": ["Sunrise.Intake.ReferralService", "Sunrise.Intake.Eligibility.HetsClient", "Sunrise.Intake.AdmissionService", "Sunrise.Intake.CaregiverService"][v],
                "RequestId": "0HN1%s:0000000%d" % (hexs(8, True), R.randint(1, 9)), "MachineName": host, "EnvironmentName": "Production"})
    jw(L, obj)
    return L


def f_referral_payload():
    p = pick_alive(new_only=True)
    L = Line("python_json_payload")
    cg = p["cg"]
    att = R.choice(ATTENDINGS)
    L.a(f"{py_ts()} DEBUG [intake.careport.webhook] payload=")
    addr = {"line1": P(p["street"], "address"), "city": P(p["city"], "address"), "state": "OH", "zip": P(p["zip"], "zip"),
            "county": P(p["county"], "address")}
    age = PN(str(p["age"]), "age") if p["age"] > 89 else p["age"]
    obj = {"referral_id": "CP-%d" % R.randint(4000000, 4999999), "status": "SENT", "received_at": iso_utc_ms(),
           "source": {"facility": p["hosp"][1], "unit": R.choice(["4 West", "MICU", "Oncology 6N", "ED"]), "planner": R.choice(["Beth Carrow, RN CM", "Tyrone Meeks, MSW"])},
           "patient": {"first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"), "dob": P(d_iso(p["dob"]), "date"),
                       "age": age, "sex": p["sex"], "source_mrn": P(p["hosp_mrn"], "mrn"), "address": addr,
                       "phone": P(fmt_phone(p["phone"], 1), "phone")},
           "coverage": {"medicare_mbi": P(p["mbi"], "health_plan"), "medicaid_id": P(p["medicaid"], "health_plan") if p["medicaid"] else None,
                        "group_no": "GRP-%d" % R.randint(1000, 9999)},
           "primary_dx": {"icd10": p["dx"][0], "desc": p["dx"][1]},
           "referring_physician": {"name": f"{att[0]} {att[1]}, MD", "npi": att[2]},
           "caregiver": {"name": S(P(cg["first"], "name"), " ", P(cg["last"], "name")), "relationship": cg["rel"],
                         "phone": P(fmt_phone(cg["phone"], 1), "phone"), "email": P(cg["email"], "email")},
           "anticipated_discharge": P(d_iso(p["referral_date"] + timedelta(days=1)), "date")}
    if cg["fax"]:
        obj["caregiver"]["fax"] = P(fmt_phone(cg["fax"], 1), "fax")
    if p.get("curp"):
        obj["patient"]["foreign_national_id"] = {"type": "CURP", "value": P(p["curp"], "other_id")}
    jw(L, obj, ea=True, sep=(", ", ": "))
    return L


def x12_env(L, kind, ctl):
    d6, t4 = NOW.strftime("%y%m%d"), NOW.strftime("%H%M")
    s, r = ("SVHOSPICE", "CMSHETS") if kind == "270" else ("CMSHETS", "SVHOSPICE")
    L.a(f"ISA*00*          *00*          *ZZ*{s:<15}*ZZ*{r:<15}*{d6}*{t4}*^*00501*{ctl:09d}*0*P*:~")
    L.a(f"GS*{'HS' if kind == '270' else 'HB'}*{s}*{r}*{NOW.strftime('%Y%m%d')}*{t4}*{ctl}*X*005010X279A1~")


def f_x12_elig():
    p = pick_alive(new_only=True)
    L = Line("x12_270_271")
    kind = R.choice(["270", "271"])
    ctl = R.randint(800, 99999)
    L.a(f"{py_ts()} INFO [eligibility.hets] {'outbound' if kind == '270' else 'inbound'} x12 {kind} ctl={ctl}: ")
    x12_env(L, kind, ctl)
    L.a(f"ST*{kind}*0001*005010X279A1~BHT*0022*{'13' if kind == '270' else '11'}*EL{ctl}*{NOW.strftime('%Y%m%d')}*{NOW.strftime('%H%M')}~")
    L.a("HL*1**20*1~NM1*PR*2*CMS*****PI*CMS~HL*2*1*21*1~")
    L.a(f"NM1*1P*2*SUNRISE VALLEY HOSPICE*****XX*{AGENCY['npi']}~HL*3*2*22*0~TRN*{'1' if kind == '270' else '2'}*93175-{digits(6)}*9{digits(9)}~")
    L.a("NM1*IL*1*").p(asc(p["last"]).upper(), "name").a("*").p(asc(p["first"]).upper(), "name").a("****MI*").p(p["mbi"], "health_plan").a("~")
    if kind == "271":
        L.a("N3*").p(p["street"].upper(), "address").a("~N4*").p(p["city"].upper(), "address").a("*OH*").p(p["zip"] + digits(4), "zip").a("~")
    L.a("DMG*D8*").p(d_hl7(p["dob"]), "date").a(f"*{p['sex']}~")
    if kind == "270":
        L.a("DTP*291*D8*").p(d_hl7(p["election"]), "date").a("~EQ*45~SE*13*0001~")
    else:
        pa = add_months(p["dob"], 65 * 12 + R.randint(0, 20))
        L.a("DTP*307*D8*").p(d_hl7(pa), "date").a("~EB*1*IND*30^45**MA~")
        if R.random() < 0.5:
            s0 = p["election"] - timedelta(days=R.randint(200, 400))
            L.a("EB*X**45~DTP*292*RD8*").p(d_hl7(s0), "date").a("-").p(d_hl7(s0 + timedelta(days=89)), "date").a("~")
            L.a(f"NM1*1P*2*HEARTLAND GROVE HOSPICE*****XX*{npi()}~")
        L.a("EB*1**42*MB~MSG*NO ACTIVE HOME HEALTH EPISODE~SE*17*0001~")
    L.a(f"GE*1*{ctl}~IEA*1*{ctl:09d}~")
    return L


def f_noe():
    L = Line("python_logging")
    v = R.random()
    if v < 0.15 and any(p["revoke"] and NOW >= p["revoke"] for p in PATIENTS):
        p = [p for p in PATIENTS if p["revoke"]][0]
        L.a(f"{py_ts()} INFO hospice.billing.notr: NOTR built tob=081B mbi=").p(p["mbi"], "health_plan")
        L.a(" pt='").p(asc(p["last"]).upper() + ", " + asc(p["first"]).upper(), "name").a("' from=").p(d_iso(p["election"]), "date")
        L.a(" through=").p(d_iso(p["revoke"].date()), "date").a(" patient_status=01 occurrence_code=42 reason=REVOCATION_ELECTED_CURATIVE_TX")
        L.a(f" dcn=2406{digits(7)} submitted_via=DDE session=FISS-{R.randint(1000, 9999)}")
        return L
    if v < 0.3 and pick_dead_recent():
        p = pick_dead_recent()
        L.a(f"{py_ts()} WARNING hospice.billing.notr: death discharge for mrn=").p(p["mrn"], "mrn")
        L.a(" dod=").p(d_iso(p["dod"]), "date").a(f" - final claim not yet billed; queuing NOTR tob=081B patient_status=40 (expired at home) due_by=")
        L.p(d_iso(p["dod"] + timedelta(days=5)), "date").a(" queue=noe-notr")
        return L
    ve = R.randint(0, 3)
    p = pick_alive(new_only=(ve in (0, 2)))
    el = p["election"]
    if ve == 2 and (REF_DAY - el).days > 4:
        ve = 1
    if ve == 0:
        L.a(f"{py_ts()} INFO hospice.billing.noe: NOE submitted tob=081A mbi=").p(p["mbi"], "health_plan").a(" name=")
        L.a('"' if "'" in p["last"] else "'").p(f"{asc(p['last']).upper()}, {asc(p['first']).upper()}", "name").a('"' if "'" in p["last"] else "'")
        L.a(" dob=").p(d_iso(p["dob"]), "date").a(" election=").p(d_iso(el), "date")
        L.a(f" attending_npi={R.choice(ATTENDINGS)[2]} provider_npi={AGENCY['npi']} ccn={AGENCY['ccn']} status=SUBMITTED dcn=2406{digits(7)}")
    elif ve == 1:
        L.a(f"{py_ts()} INFO hospice.billing.noe: DDE status poll dcn=2406{digits(7)} mbi=").p(p["mbi"], "health_plan")
        L.a(f" location=B9997 status={R.choice(['P', 'S', 'T'])} -> {R.choice(['ACCEPTED', 'SUSPENSE', 'RTP reason 34538'])}")
    elif ve == 2:
        L.a(f"{py_ts()} WARNING hospice.billing.noe: NOE for ").p(p["mrn"], "mrn").a(" election ").p(d_iso(el), "date")
        L.a(" must be accepted by ").p(d_iso(el + timedelta(days=5)), "date").a(f" (5 calendar days); {max(1, 5 - (NOW.date() - el).days)} calendar days remaining")
    else:
        L.a(f"{py_ts()} ERROR hospice.billing.noe: RTP from FISS reason_code=32301 for beneficiary ").p(p["mbi"], "health_plan")
        L.a(" (name/MBI mismatch, CWF has '").p(asc(p["last"]).upper(), "name").a(f"') dcn=2406{digits(7)}")
    return L


def f_evv_json():
    p = pick_alive()
    L = Line("evv_json")
    a = R.choice(STAFF_AIDE + STAFF_RN)
    dur = timedelta(minutes=R.randint(25, 95))
    cin = NOW - dur - timedelta(minutes=R.randint(0, 10))
    cout = cin + dur
    lat1, lon1 = p["lat"] + R.uniform(-0.0003, 0.0003), p["lon"] + R.uniform(-0.0003, 0.0003)
    lat2, lon2 = p["lat"] + R.uniform(-0.0003, 0.0003), p["lon"] + R.uniform(-0.0003, 0.0003)
    if R.random() < 0.5:  # Sandata-style aggregator payload, PascalCase
        L.a(f"{iso_utc_ms()} info: Sunrise.Evv.AggregatorClient[4101] POST /interfaces/intake/visits/rest/api/v1.1 body=")
        obj = {"ProviderIdentification": {"ProviderQualifier": "MedicaidID", "ProviderID": "0" + digits(6)},
               "VisitOtherID": "V-%07d" % R.randint(3300000, 3499999), "SequenceID": int(NOW.strftime("%Y%m%d%H%M%S")),
               "EmployeeQualifier": "EmployeeCustomID", "EmployeeIdentifier": a[2],
               "ClientIDQualifier": "ClientCustomID", "ClientID": P(p["mrn"], "mrn")}
        if p["medicaid"]:
            obj["ClientMedicaidID"] = P(p["medicaid"], "health_plan")
        obj.update({"VisitCancelledIndicator": False, "PayerID": "ODM", "PayerProgram": "HOSPICE", "ProcedureCode": R.choice(["T1019", "G0156", "G0299", "Q5001"]),
                    "TimeZone": "US/Eastern", "ScheduleStartTime": P((cin + timedelta(hours=5)).replace(minute=(cin.minute // 15) * 15, second=0, microsecond=0).strftime("%Y-%m-%dT%H:%M:%SZ"), "date"),
                    "Calls": [{"CallExternalID": hexs(12), "CallDateTime": P((cin + timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%SZ"), "date"),
                               "CallAssignment": "Time In", "CallType": "Mobile", "ProcedureCode": "T1019",
                               "CallLatitude": PN("%.6f" % lat1, "address"), "CallLongitude": PN("%.6f" % lon1, "address")},
                              {"CallExternalID": hexs(12), "CallDateTime": P((cout + timedelta(hours=5)).strftime("%Y-%m-%dT%H:%M:%SZ"), "date"),
                               "CallAssignment": "Time Out", "CallType": "Mobile", "CallLatitude": PN("%.6f" % lat2, "address"),
                               "CallLongitude": PN("%.6f" % lon2, "address")}],
                    "VisitChanges": []})
        jw(L, obj)
    else:  # internal mobile-app event (camelCase, python service)
        L.a(f"{py_ts()} INFO [evv.ingest] clock event accepted: ")
        obj = {"visitId": "V-%07d" % R.randint(3300000, 3499999), "event": R.choice(["clock_out", "clock_out", "tasks_submitted"]),
               "worker": {"id": a[2], "name": staff_name(a), "discipline": "RN" if a in STAFF_RN else "HHA"},
               "client": {"mrn": P(p["mrn"], "mrn"), "display": S(P(p["last"], "name"), ", ", P(p["first"], "name"))},
               "clockIn": {"ts": P(cin.strftime("%Y-%m-%dT%H:%M:%S-05:00"), "date"), "gps": [PN("%.5f" % lat1, "address"), PN("%.5f" % lon1, "address")], "accuracy_m": R.randint(4, 35)},
               "clockOut": {"ts": P(cout.strftime("%Y-%m-%dT%H:%M:%S-05:00"), "date"), "gps": [PN("%.5f" % lat2, "address"), PN("%.5f" % lon2, "address")], "accuracy_m": R.randint(4, 35)},
               "tasks": R.sample(["bath", "mouth_care", "repositioning", "skin_check", "vitals", "pain_assessment", "linen_change", "feeding_assist"], 3),
               "device": {"platform": R.choice(["iOS 17.3.1", "Android 14"]), "appVersion": "5.8.%d" % R.randint(0, 9), "deviceId": "EVV-%s" % hexs(6, True)},
               "signature": {"type": "caregiver", "signer": S(P(p["cg"]["first"], "name"), " ", P(p["cg"]["last"], "name"))}}
        jw(L, obj, ea=False, sep=(", ", ": "))
    return L


def f_evv_console():
    p = pick_alive()
    L = Line("dotnet_console")
    a = R.choice(STAFF_AIDE + STAFF_RN)
    v = R.randint(0, 2)
    if v == 0:
        L.a(f"{iso_utc_ms()} warn: Sunrise.Evv.GeoFenceValidator[2107] Clock-in outside geofence for visit V-{R.randint(3300000, 3499999)}: ")
        L.a(f"worker={a[2]} client=").p(p["mrn"], "mrn").a(" expected=(").p("%.5f" % p["lat"], "address").a(", ").p("%.5f" % p["lon"], "address")
        L.a(f") distance={R.randint(160, 900)}m threshold=150m action=ExceptionQueued")
    elif v == 1:
        sched = NOW + timedelta(days=R.randint(1, 3))
        sched = sched.replace(hour=R.choice([8, 9, 10, 13, 14]), minute=R.choice([0, 30]), second=0, microsecond=0)
        L.a(f"{iso_utc_ms()} info: Sunrise.Scheduling.VisitPlanner[310] Scheduled {R.choice(['RN routine', 'HHA bath', 'SW psychosocial', 'Chaplain'])} visit for ")
        pname(p, 0, L)
        L.a(" (").p(p["mrn"], "mrn").a(") at ").p(sched.strftime("%m/%d/%Y %H:%M"), "date").a(f" assigned to {staff_name(a)}; frequency {R.choice(['2W4', '3W2', '1W9', '5W1'])}")
    else:
        L.a(f"{iso_utc_ms()} fail: Sunrise.Evv.AggregatorClient[4190] Aggregator rejected visit V-{R.randint(3300000, 3499999)}: ")
        L.a("'ClientMedicaidID' ").p(p["medicaid"] or digits(12), "health_plan").a(" not found for ClientID ").p(p["mrn"], "mrn").a(" (code EVV-207)")
    return L


def f_evv_syslog():
    p = pick_alive()
    L = Line("syslog_rfc5424")
    a = R.choice(STAFF_AIDE + STAFF_RN)
    L.a(f"<134>1 {iso_ms_local()} {R.choice(['evv-gw-01', 'evv-gw-02'])} evv-gateway {R.randint(2000, 9000)} CLOCKIN ")
    L.a(f"[visit@32473 id=\"V-{R.randint(3300000, 3499999)}\" worker=\"{a[2]}\" client=\"").p(p["mrn"], "mrn").a("\"] ")
    L.a("gps lat=").p("%.6f" % (p["lat"] + R.uniform(-0.0002, 0.0002)), "address").a(" lon=").p("%.6f" % (p["lon"] + R.uniform(-0.0002, 0.0002)), "address")
    L.a(f" acc={R.randint(3, 25)}m method=GPS verified=true")
    return L


def f_med_delivery():
    p = pick_alive()
    L = Line("node_json")
    cg = p["cg"]
    items = R.sample(COMFORT_ITEMS, R.randint(3, 6))
    L.a(f"{iso_utc_ms()} [pharmacy-webhook] info: ")
    ev = R.choice(["delivery.completed", "delivery.completed", "order.created"])
    obj = {"level": "info", "msg": "webhook received", "event": ev, "eventId": "evt_" + hexs(24),
           "data": {"orderId": "ORD-%d" % R.randint(550000, 569999), "pharmacy": "ComfortRx Hospice Pharmacy #214",
                    "patient": {"mrn": P(p["mrn"], "mrn"), "name": S(P(p["first"], "name"), " ", P(p["last"], "name")),
                                "shipTo": {"line1": P(p["street"], "address"), "city": P(p["city"], "address"), "state": "OH", "postalCode": P(p["zip"], "zip")},
                                "phone": P(fmt_phone(p["phone"], 3), "phone")},
                    "items": [{"ndc": i[0], "desc": i[1], "qty": i[2]} for i in items],
                    "prescriber": {"name": f"{NP_[0]} {NP_[1]}, APRN", "npi": NP_[2]},
                    "kit": "Comfort Kit (E-Kit) v3"}}
    if ev == "delivery.completed":
        obj["data"]["proofOfDelivery"] = {"receivedBy": S(P(cg["first"], "name"), " ", P(cg["last"], "name")), "relationship": cg["rel"],
                                          "idCheck": {"type": "OH_DL", "number": P(cg["dl"], "license")},
                                          "deliveredAt": P((NOW + timedelta(hours=5) - timedelta(minutes=4)).strftime("%Y-%m-%dT%H:%M:%S.000Z"), "date")}
        obj["data"]["courier"] = {"driver": R.choice(["Tom Reyes", "Bashir Haidari", "Kayla Moore"]), "vehicle": "OH " + "".join(R.choice(PLATE_LETTERS) for _ in range(3)) + " %04d" % R.randint(1000, 9999),
                                  "tracking": "1Z%s03%s" % (hexs(6, True), digits(8))}
    else:
        obj["data"]["deliverBy"] = P((NOW + timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:00-05:00"), "date")
    jw(L, obj)
    return L


def f_oncall():
    p = pick_alive()
    L = Line("oncall_text")
    cg = p["cg"]
    r = rn()
    reasons = ["increased agitation/restlessness", "pain 8/10 despite PRN morphine", "noisy respirations (terminal secretions)",
               "no BM x4 days", "fall, no injury reported", "new confusion, not eating", "SOB at rest, O2 at 3L", "foley leaking"]
    plans = ["visit dispatched ETA 45m", "instructed lorazepam 0.5 mg SL per comfort kit, callback 30m",
             "atropine 1% 2 gtt SL q4h PRN, RN visit in AM", "repositioned, advised to call back if no relief",
             "MD notified (Dr. Nakashima), new order received", "continuous care evaluation requested"]
    L.a(f"[{NOW.strftime('%Y-%m-%d %H:%M:%S')}] ONCALL line={R.randint(1, 3)} call=0x{hexs(4, True)} from=")
    L.p(fmt_phone(cg["phone"], R.choice([0, 1, 2])), "phone").a(" caller=\"").p(f"{cg['first']} {cg['last']}", "name").a(f" ({cg['rel']})\" pt=")
    pname(p, 2, L)
    L.a(" (")
    if p["age"] > 89:
        L.p(str(p["age"]), "age")
    else:
        L.a(str(p["age"]))
    L.a(p["sex"] + ")")
    L.a(" mrn=").p(p["mrn"], "mrn").a(f" reason=\"{R.choice(reasons)}\" triage={r[0][0]}. {r[1]} RN dispo=\"{R.choice(plans)}\" dur={R.randint(3, 22)}m{R.randint(0, 59):02d}s")
    return L


def f_asterisk():
    p = pick_alive()
    L = Line("syslog_asterisk")
    cg = p["cg"]
    ch = "C-%08x" % R.randint(0x900, 0xfff)
    L.a(f"{sys_ts()} pbx01 asterisk[2211]: VERBOSE[{R.randint(3000, 9000)}][{ch}] pbx.c: Executing [")
    chan = f"PJSIP/voipms-{R.randint(0x100, 0xfff):08x}"
    L.a(f"+1{AGENCY['phone']}@from-trunk:{R.randint(1, 3)}] ")
    if R.random() < 0.5:
        L.a(f"NoOp(\"{chan}\", \"Inbound oncall call from ").p("+1" + cg["phone"], "phone").a(" (").p(asc(cg["last"]).upper()[:10] + " " + asc(cg["first"]).upper()[:4], "name").a(")\") in new stack")
    else:
        L.a(f"Set(\"{chan}\", \"CALLERID(num)=").p(cg["phone"], "phone").a("\") in new stack")
    return L


def f_death():
    p = pick_dead_recent()
    if not p:
        return None
    L = Line("serilog_text")
    r = rn()
    v = R.randint(0, 2) if p["last"] == "Rosenberg" else R.randint(0, 1)
    tod = p["death"]
    if v == 0:
        L.a(f"{serilog_ts()} [INF] Death pronounced for patient \"").p(p["mrn"], "mrn").a("\" (\"")
        pname(p, 0, L)
        L.a("\") at ").p(tod.strftime("%m/%d/%Y %H:%M:%S"), "date").a(f" by \"{r[0]} {r[1]}, RN\"; family present: \"").p(f"{p['cg']['first']} {p['cg']['last']}", "name")
        L.a(f"\"; coroner referral: {'yes' if p['last'] == 'Rosenberg' else 'not required'} {{\"SourceContext\": \"Sunrise.Clinical.DeathEventHandler\", \"RequestId\": \"0HN1{hexs(8, True)}:00000002\"}}")
    elif v == 1:
        L.a(f"{serilog_ts()} [INF] Discharge {{\"Reason\": \"Expired\", \"DischargeStatus\": \"40\", \"PatientId\": \"").p(p["mrn"], "mrn")
        L.a("\", \"DateOfDeath\": \"").p(d_iso(tod.date()), "date").a(f"\", \"LengthOfStay\": {(tod.date() - p['election']).days}, \"Age\": ")
        if p["age"] > 89:
            L.p(str(p["age"]), "age")
        else:
            L.a(str(p["age"]))
        L.a("} recorded by Sunrise.Clinical.DischargeService")
    else:
        case = "MCC-24-%05d" % R.randint(200, 900)
        L.a(f"{serilog_ts()} [WRN] Coroner notification required (fall within 30 days): case \"").p(case, "other_id").a("\" opened for decedent \"")
        pname(p, 1, L)
        L.a("\" DOB ").p(d_us(p["dob"]), "date").a(" TOD ").p(tod.strftime("%m/%d/%Y %H:%M"), "date").a(f" investigator \"Inv. D. Kaminski\" ph {fmt_phone(CORONER_PHONE, 1)}")
    return L


def phone_tail(t):
    return "937555" + t


def f_funeral():
    p = pick_dead_recent()
    if not p:
        return None
    L = Line("python_logging")
    fh = p["fh"]
    cg = p["cg"]
    v = R.randint(0, 2)
    if v == 0:
        L.a(f"{py_ts()} INFO notify.funeral_home: notified funeral_home_id={fh['id']} name='{fh['name']}' phone={fmt_phone(fh['phone'], 1)} decedent=")
        q = '"' if "'" in p["last"] else "'"
        L.a(q).p(f"{p['first']} {p['last']}", "name").a(q).a(" dod=").p(d_iso(p["dod"]), "date")
        L.a(" release_authorized_by=").a('"' if "'" in cg["last"] else "'").p(f"{cg['first']} {cg['last']}", "name").a('"' if "'" in cg["last"] else "'")
        L.a(f" ({cg['rel']}) method=phone+fax fax_job={R.randint(1100, 1999)} pickup_eta=90m")
    elif v == 1:
        L.a(f"{py_ts()} INFO notify.email: sent template=body_release_notice to={fh['email']} cc=records@{AGENCY['domain']} subject=")
        L.a("\"Release notice: ").p(asc(p["last"]).upper(), "name").a(", ").p(asc(p["first"]).upper(), "name").a(" DOB ").p(d_us(p["dob"]), "date")
        L.a(" DOD ").p(d_us(p["dod"]), "date").a(f"\" message_id=<{hexs(16)}@mail01.{AGENCY['domain']}>")
    else:
        L.a(f"{py_ts()} INFO notify.funeral_home: death certificate worksheet sent to {fh['name']} incl. SSN ").p(p["ssn"], "ssn")
        L.a(" birthplace=").p(p["birthplace"], "address").a(" father_surname=").p(p["father"], "name")
        L.a(" informant=").p(f"{cg['first']} {cg['last']}", "name").a(" informant_phone=").p(fmt_phone(cg["phone"], 0), "phone")
    return L


BRV_HDR_DONE = []


def f_brv_csv():
    p = pick_bereaved()
    L = Line("csv_bereavement")
    cg = p["cg"]
    dod = p["dod"]
    step = R.choice([("Month 1 call", 1), ("Month 3 mailing", 3), ("Month 6 call", 6), ("Anniversary card", 12), ("Month 13 closing letter", 13)])
    due = add_months(dod, step[1])
    done = due + timedelta(days=R.randint(0, 6)) if due < REF_DAY else None
    # case_id,survivor_name,relationship,phone,email,decedent_mrn,decedent_name,date_of_death,contact_type,due_date,completed_date,outcome,risk,coordinator
    L.p(cg["case"], "other_id").a(",\"").p(cg["last"], "name").a(", ").p(cg["first"], "name").a(f"\",{cg['rel']},")
    L.p(fmt_phone(cg["phone"], 1), "phone").a(",").p(cg["email"], "email").a(",").p(p["mrn"], "mrn").a(",\"")
    pname(p, 4, L)
    L.a("\",").p(d_iso(dod), "date").a(f",{step[0]},").p(d_iso(due), "date").a(",")
    if done:
        L.p(d_iso(done), "date")
    L.a(f",{R.choice(['completed', 'left voicemail', 'no answer', 'declined further contact', 'referred to grief group']) if done else 'scheduled'},")
    L.a(f"{R.choice(['low', 'low', 'moderate', 'high'])},{staff_name(R.choice(BEREAV))}")
    return L


def f_brv_sched():
    p = pick_bereaved()
    L = Line("python_logging")
    cg = p["cg"]
    dod = p["dod"]
    if dod >= date(2024, 1, 1) and R.random() < 0.6:
        L.a(f"{py_ts()} INFO bereavement.scheduler: 13-month plan for survivor ").p(cg["case"], "other_id").a(" (")
        L.p(f"{cg['first']} {cg['last']}", "name").a(") dod=").p(d_iso(dod), "date").a(" contacts=[")
        for i, m in enumerate([1, 3, 6, 9, 12, 13]):
            if i:
                L.a(", ")
            L.a("'").p(d_iso(add_months(dod, m)), "date").a("'")
        L.a(f"] coordinator={R.choice(BEREAV)[2]} mailing_list=grief-support-{R.choice(['north', 'south', 'east'])}")
    else:
        L.fam = "dotnet_console"
        L.a(f"{iso_utc_ms()} info: Sunrise.Bereavement.ContactLog[{R.randint(300, 330)}] Contact attempt {R.randint(1, 3)} for survivor ")
        L.p(cg["case"], "other_id").a(" (").p(f"{cg['first']} {cg['last']}", "name").a(") via phone ").p(fmt_phone(cg["phone"], 0), "phone")
        L.a(f": {R.choice(['left voicemail', 'spoke with survivor, coping well', 'no answer', 'requested grief group info'])}; next attempt ")
        L.p(d_us(REF_DAY + timedelta(days=R.randint(2, 14))), "date")
    return L


def f_volunteer_assign():
    p = pick_alive()
    L = Line("json_compact")
    v = R.choice(VOLUNTEERS)
    L.a(f"{iso_utc_ms()} INFO volunteer-svc ")
    obj = {"evt": "assignment.created", "volunteerId": v[0], "volunteerName": f"{v[1]} {v[2]}", "assignmentType": R.choice(["companionship", "11th-hour vigil", "respite", "legacy project", "music"]),
           "patientRef": P(p["mrn"], "mrn"), "patientName": S(P(p["first"], "name"), " ", P(p["last"], "name")),
           "homeAddress": S(P(p["street"], "address"), ", ", P(p["city"], "address"), " OH ", P(p["zip"], "zip")),
           "notes": R.choice(["dog in home", "ring doorbell twice", "Spanish-speaking family", "prefers afternoon", "use side entrance"]),
           "coordinator": "Bridget Okonkwo-Lane", "createdBy": "bokonkwolane"}
    jw(L, obj, ea=False)
    return L


def f_nginx_portal():
    p = pick_alive() if R.random() < 0.7 else pick_bereaved()
    L = Line("nginx_combined")
    cg = p["cg"]
    path = R.choice([f"/family/api/v1/patients/{{mrn}}/visits", f"/family/api/v1/patients/{{mrn}}/careplan", "/family/messages/inbox", "/family/api/v1/patients/{mrn}/medications", "/family/bereavement/resources"])
    L.p(cg["ip"], "ip").a(" - ").p(cg["user"], "other_id").a(f" [{nginx_ts()}] \"GET ")
    if "{mrn}" in path:
        pre, post = path.split("{mrn}")
        L.a(pre).p(p["mrn"], "mrn").a(post)
    else:
        L.a(path)
    ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                   "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36"])
    L.a(f" HTTP/2.0\" 200 {R.randint(400, 9000)} \"https://family.{AGENCY['domain']}/home\" \"{ua}\" rt={R.randint(5, 400) / 1000:.3f}")
    return L


def f_postfix_family():
    p = pick_bereaved() if R.random() < 0.6 else pick_alive()
    L = Line("syslog_postfix")
    qid = hexs(10, True)
    dom = p["cg"]["email"].split("@")[1]
    relay = {"gmail.com": "gmail-smtp-in.l.google.com[142.250.112.27]", "yahoo.com": "mta7.am0.yahoodns.net[67.195.204.72]",
             "outlook.com": "outlook-com.olc.protection.outlook.com[52.101.40.2]", "hotmail.com": "hotmail-com.olc.protection.outlook.com[52.101.8.44]",
             "icloud.com": "mx01.mail.icloud.com[17.57.154.33]", "aol.com": "mx-aol.mail.gm0.yahoodns.net[67.195.228.94]",
             "att.net": "al-ip4-mx-vip1.prodigy.net[144.160.235.143]"}[dom]
    L.a(f"{sys_ts()} mail01 postfix/smtp[{R.randint(10000, 40000)}]: {qid}: to=<").p(p["cg"]["email"], "email")
    L.a(f">, relay={relay}:25, delay={R.uniform(0.3, 4):.1f}, delays=0.1/0.01/{R.uniform(0.1, 1):.2f}/{R.uniform(0.1, 2):.2f}, dsn=2.0.0, status=sent (250 2.0.0 OK  {R.randint(1709000000, 1709999999)} {hexs(12)}.{R.randint(100, 999)} - gsmtp)")
    return L


def f_identity():
    p = pick_alive()
    L = Line("dotnet_console")
    v = R.randint(0, 2)
    if v == 2:
        L.fam = "python_logging"
    if v == 0:
        L.a(f"{iso_utc_ms()} dbug: Sunrise.Clinical.PatientPhotoService[77] Stored ID photo for ").p(p["mrn"], "mrn")
        L.a(f" ({R.randint(2000, 9000)} bytes, jpeg) payload=").p("data:image/jpeg;base64," + b64bytes(JPEG_HDR, R.randint(300, 700)), "photo")
    elif v == 1:
        L.a(f"{iso_utc_ms()} dbug: Sunrise.Evv.AttestationService[88] Voice attestation enrolled for client ").p(p["mrn"], "mrn")
        L.a(" template=").p(b64bytes(b"VPT1\x00\x02", R.randint(180, 360)), "biometric").a(" format=ivr-vp/2 quality=0.%d" % R.randint(70, 98))
    else:
        L.a(f"{py_ts()} DEBUG [mar.identity] wristband reprint for ").p(p["mrn"], "mrn").a(" fingerprint_template=")
        L.p(b64bytes(FMR_HDR, R.randint(150, 300)), "biometric").a(" photo_png=").p(b64bytes(PNG_HDR, R.randint(250, 500)), "photo")
    return L


def f_device():
    p = pick_alive()
    L = Line("python_logging")
    v = R.randint(0, 3)
    if v == 0:
        L.a(f"{py_ts()} INFO dme.orders: order DME-{R.randint(55000, 59999)} delivered to ").p(p["mrn"], "mrn")
        L.a(" item=E1390 desc='oxygen concentrator 5L' mfr=Philips model=EverFlo sn=").p(p["o2_sn"], "device")
        L.a(f" vendor=MiamiValleyHME po={R.randint(880000, 899999)}")
    elif v == 1:
        L.fam = "dotnet_console"
        L.a(f"{iso_utc_ms()} info: Sunrise.Telehealth.DeviceRegistry[12] Provisioned tablet imei=").p(p["tablet_imei"], "device")
        L.a(" for patient ").p(p["mrn"], "mrn").a(f" (carrier=Verizon iccid-hash={hexs(8)}, mdm=Intune)")
    elif v == 2:
        L.fam = "dotnet_console"
        L.a(f"{iso_utc_ms()} info: Sunrise.Telehealth.DeviceRegistry[14] Paired BLE pulse oximeter mac=").p(p["oxi_mac"], "device")
        L.a(" model=Nonin 3230 hub=HUB-%s patient=" % hexs(6, True)).p(p["mrn"], "mrn")
    else:
        L.a(f"{py_ts()} INFO dme.orders: hospital bed installed udi=").p(p["bed_udi"], "device").a(" at ")
        L.p(p["street"], "address").a(", ").p(p["city"], "address").a(f" tech='Ron Pelletier' ticket=HB-{R.randint(10000, 99999)}")
    return L


def f_billing():
    L = Line("python_logging")
    v = R.randint(0, 4)
    if v == 0:
        p = pick_alive()
        L.a(f"{py_ts()} DEBUG billing.privatepay: stripe charge payload {{'amount': {R.randint(120, 480)}00, 'currency': 'usd', 'card_number': '")
        L.p(p["cg"]["card"], "account").a("', 'exp': '%02d/%02d', 'cardholder': " % (R.randint(1, 12), R.randint(25, 29)))
        q = '"' if "'" in p["cg"]["last"] else "'"
        L.a(q).p(f"{p['cg']['first']} {p['cg']['last']}", "name").a(q).a(", 'description': 'Room & board IPU'}")
    elif v == 1:
        p = PATIENTS[2]
        L.a(f"{py_ts()} INFO billing.refunds: SEPA refund REF-{R.randint(1000, 9999)} amount=1840.00 EUR payee=").p(f"{p['cg2']['first']} {p['cg2']['last']}", "name")
        L.a(" iban=").p(p["cg2"]["iban"], "account").a(" bic=PKOPPLPW decedent_account=").p(p["acct"], "account")
    elif v == 2:
        p = pick_alive()
        L.a(f"{py_ts()} INFO billing.statements: statement generated guarantor_account=").p(p["acct"], "account")
        L.a(" guarantor=").p(f"{asc(p['cg']['last'])}, {asc(p['cg']['first'])}", "name").a(f" balance=${R.randint(50, 2000)}.{R.randint(0, 99):02d} period=2024-02")
    else:
        p = R.choice([x for x in PATIENTS if x["status"] != "new"])
        L.a(f"{py_ts()} INFO billing.era835: parsed remit ")
        L.a(f"CLP*{digits(10)}*1*{R.randint(4000, 9000)}*{R.randint(3000, 8000)}**MA*2406{digits(9)}*81*1~NM1*QC*1*").p(asc(p["last"]).upper(), "name").a("*").p(asc(p["first"]).upper(), "name")
        L.a("****MI*").p(p["mbi"], "health_plan").a("~DTM*232*").p(d_hl7(p["election"]), "date").a(f"~AMT*AU*{R.randint(3000, 8000)}~")
    return L


def f_vehicle():
    p = pick_alive()
    L = Line("python_logging")
    if p.get("van_vin") and R.random() < 0.6:
        L.a(f"{py_ts()} INFO transport.requests: family-owned wheelchair van vin=").p(p["van_vin"], "vehicle").a(" insured for transfer of ")
        L.p(p["mrn"], "mrn").a(" to IPU; driver=").p(f"{p['cg']['first']} {p['cg']['last']}", "name")
    else:
        L.a(f"{py_ts()} INFO ipu.visitors: parking pass VP-{R.randint(2000, 2999)} plate=OH ").p(p["cg"]["plate"], "vehicle")
        L.a(" holder=").p(f"{p['cg']['first']} {p['cg']['last']}", "name").a(f" relation={p['cg']['rel']} room=IPU-{R.randint(1, 12)} valid_hours=72")
    return L


def f_url():
    p = pick_dead_recent() or pick_bereaved()
    L = Line("python_logging")
    slug = asc(f"{p['first']}-{p['last']}").lower().replace(" ", "-").replace("'", "")
    if R.random() < 0.5:
        L.a(f"{py_ts()} INFO bereavement.obituary_watch: obituary found url=").p(f"https://{p['fh']['web']}/obituaries/{slug}-{p['dob'].year}-{p['dod'].year}", "url")
        L.a(f" http_status=200 linked_case=").p(p["cg"]["case"], "other_id")
    else:
        L.a(f"{py_ts()} INFO bereavement.memorials: memorial fund link added url=").p(f"https://www.gofundme.com/f/in-memory-of-{slug}", "url")
        L.a(" added_by=").p(p["cg"]["user"], "other_id")
    return L


def f_hl7_ack_phi():
    # HL7 ADT^A03 discharge for revoked/dead patient (with PID)
    c = [p for p in PATIENTS if (p["death"] and NOW >= p["death"]) or (p["revoke"] and NOW >= p["revoke"])]
    if not c:
        return None
    p = R.choice(c)
    L = Line("hl7_v2")
    ctrl = "SVH%07d" % R.randint(1000, 999999)
    when = p["death"] or p["revoke"]
    L.a(f"{py_ts()} INFO  [ADT_Outbound] hl7.sender - Sent to HIE:7001 controlId={ctrl} raw=\"MSH|^~\\&|SVH_EMR|SVH|HIE|OHIP|{hl7_ts()}||ADT^A03^ADT_A03|{ctrl}|P|2.5.1\\r")
    L.a(f"EVN|A03|{hl7_ts()}\\rPID|1||").p(p["mrn"], "mrn").a("^^^SVH^MR||").p(asc(p["last"]).upper(), "name").a("^").p(asc(p["first"]).upper(), "name")
    L.a("||").p(d_hl7(p["dob"]), "date").a(f"|{p['sex']}" + "|" * 21)  # PID-8 -> PID-29
    if p["death"]:
        L.p(hl7_ts(p["death"])[:12], "date").a("|Y\\r")
    else:
        L.a("|N\\r")
    pv1 = [""] * 46
    pv1[1], pv1[2], pv1[3], pv1[10] = "1", "O", "HOME^^^SVH", "HSP"
    pv1[36] = "20^Expired" if p["death"] else "01^Discharged to home/self care"
    L.a("PV1|" + "|".join(pv1[1:44]) + "|")
    L.p(d_hl7(p["election"]), "date").a("|").p(hl7_ts(when)[:12], "date").a('"')
    return L


PHI_FAMS = [
    (f_hl7_inbound, 12), (f_clef, 12), (f_referral_payload, 7), (f_x12_elig, 9), (f_noe, 13), (f_evv_json, 12),
    (f_evv_console, 10), (f_evv_syslog, 6), (f_med_delivery, 10), (f_oncall, 12), (f_asterisk, 6), (f_death, 8),
    (f_funeral, 8), (f_brv_csv, 14), (f_brv_sched, 9), (f_volunteer_assign, 6), (f_nginx_portal, 10),
    (f_postfix_family, 7), (f_identity, 5), (f_device, 8), (f_billing, 8), (f_vehicle, 4), (f_url, 5), (f_hl7_ack_phi, 5),
]


# =========================================================================== non-PHI families
def n_aspnet():
    L = Line("dotnet_console")
    path = R.choice(["/healthz", "/api/v2/referrals/%s/status" % uuid4(), "/api/evv/visits/batch", "/api/schedule/routes?date=%s" % d_iso(NOW.date()),
                     "/swagger/v1/swagger.json", "/metrics", "/api/v2/referrals?status=Pending&page=%d" % R.randint(1, 4), "/api/noe/queue"])
    meth = "POST" if "batch" in path else "GET"
    if R.random() < 0.5:
        L.a(f"{iso_utc_ms()} info: Microsoft.AspNetCore.Hosting.Diagnostics[1] Request starting HTTP/1.1 {meth} http://intake-api:8080{path} - {'application/json' if meth == 'POST' else '-'} {R.randint(200, 90000) if meth == 'POST' else '-'}")
    else:
        L.a(f"{iso_utc_ms()} info: Microsoft.AspNetCore.Hosting.Diagnostics[2] Request finished HTTP/1.1 {meth} http://intake-api:8080{path} - {R.choice([200, 200, 200, 204, 304, 401, 404])} {R.randint(2, 40000)} application/json;+charset=utf-8 {R.uniform(0.4, 900):.4f}ms")
    return L


def n_efcore():
    L = Line("dotnet_console")
    tbl = R.choice([("Referrals", "r", ["Id", "Status", "SourceFacility", "ReceivedUtc"]), ("Visits", "v", ["Id", "ScheduledStart", "WorkerId", "Status"]),
                    ("NoeSubmissions", "n", ["Id", "Dcn", "Status", "SubmittedUtc"]), ("BereavementContacts", "b", ["Id", "DueDate", "ContactType"])])
    cols = ", ".join(f"[{tbl[1]}].[{c}]" for c in tbl[2])
    L.a(f"{iso_utc_ms()} info: Microsoft.EntityFrameworkCore.Database.Command[20101] Executed DbCommand ({R.randint(1, 180)}ms) ")
    L.a(f"[Parameters=[@__p_0='?' (DbType = Guid), @__p_1='?' (DbType = Int32)], CommandType='Text', CommandTimeout='30'] SELECT TOP(@__p_1) {cols} FROM [{tbl[0]}] AS [{tbl[1]}] WHERE [{tbl[1]}].[TenantId] = @__p_0")
    return L


def n_celery():
    L = Line("celery")
    tasks = [("evv.tasks.push_to_aggregator", "{'accepted': %d, 'rejected': %d}" % (R.randint(20, 160), R.randint(0, 5))),
             ("noe.tasks.poll_dde_status", "{'polled': %d, 'changed': %d}" % (R.randint(1, 12), R.randint(0, 3))),
             ("bereavement.tasks.build_daily_queue", "{'calls_due': %d, 'letters_due': %d}" % (R.randint(3, 25), R.randint(0, 40))),
             ("pharmacy.tasks.reconcile_orders", "None"), ("scheduling.tasks.optimize_routes", "{'routes': %d, 'visits': %d}" % (R.randint(8, 20), R.randint(60, 180))),
             ("volunteer.tasks.send_shift_reminders", "{'sent': %d}" % R.randint(2, 30))]
    t = R.choice(tasks)
    w = f"ForkPoolWorker-{R.randint(1, 8)}"
    v = R.random()
    if v < 0.45:
        L.a(f"[{py_ts()}: INFO/{w}] Task {t[0]}[{uuid4()}] succeeded in {R.uniform(0.05, 30):.6f}s: {t[1]}")
    elif v < 0.8:
        L.a(f"[{py_ts()}: INFO/MainProcess] Task {t[0]}[{uuid4()}] received")
    elif v < 0.92:
        L.a(f"[{py_ts()}: INFO/Beat] Scheduler: Sending due task {t[0].split('.')[0]}-{R.choice(['hourly', 'every-5m', 'daily-0600'])} ({t[0]})")
    else:
        L.a(f"[{py_ts()}: WARNING/{w}] Task {t[0]}[{uuid4()}] retry: Retry in {R.choice([8, 16, 32])}s: ConnectionError('HTTPSConnectionPool(host=\\'api.evv-aggregator.ohio.example\\', port=443): Read timed out.')")
    return L


def n_syslog():
    L = Line("syslog_bsd")
    v = R.randint(0, 6)
    h = R.choice(["web-edge-01", "billing-01", "mirth-01", "sched-worker-1", "evv-gw-01"])
    if v == 0:
        L.a(f"{sys_ts()} {h} sshd[{R.randint(1000, 60000)}]: Accepted publickey for deploy from {R.choice(PRIV_IPS)} port {R.randint(30000, 65000)} ssh2: ED25519 SHA256:{base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip('=')}")
    elif v == 1:
        L.a(f"{sys_ts()} {h} CRON[{R.randint(1000, 60000)}]: (root) CMD (/usr/local/bin/{R.choice(['pg_backup.sh', 'rotate-hl7-archive.sh', 'certbot renew -q', 'evv-reconcile --yesterday'])} >/dev/null 2>&1)")
    elif v == 2:
        L.a(f"{sys_ts()} {h} systemd[1]: {R.choice(['Started', 'Stopping', 'Reloading'])} {R.choice(['Sunrise EVV Sync Worker', 'Mirth Connect Server', 'nginx - high performance web server', 'Celery beat scheduler', 'HylaFAX faxq'])}.")
    elif v == 3:
        src = "%d.%d.%d.%d" % (R.choice([185, 45, 193, 162]), R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))
        L.a(f"{sys_ts()} web-edge-01 kernel: [{R.randint(100000, 999999)}.{digits(6)}] [UFW BLOCK] IN=eth0 OUT= MAC={mac('00:16:3e').lower()}:{mac('00:1b:21').lower()}:08:00 SRC={src} DST=10.20.1.5 LEN=44 TOS=0x00 PREC=0x00 TTL=243 ID={R.randint(1000, 65000)} PROTO=TCP SPT={R.randint(1024, 65000)} DPT={R.choice([22, 23, 3389, 5060, 6661])} WINDOW=1024 RES=0x00 SYN URGP=0")
    elif v == 4:
        L.a(f"{sys_ts()} {h} sshd[{R.randint(1000, 60000)}]: pam_unix(sshd:session): session closed for user {R.choice(['deploy', 'tkowalski-adm', 'ansible'])}")
    elif v == 5:
        L.a(f"{sys_ts()} mirth-01 java[{R.randint(900, 4000)}]: INFO  {py_ts()} [Channel Dispatch Thread on Referral_Inbound ({uuid4()})] c.m.s.c.d.DataPruner - Pruned {R.randint(0, 900)} messages older than 30 days")
    else:
        L.a(f"{sys_ts()} {h} ntpd[{R.randint(500, 900)}]: adjusting local clock by {R.uniform(-0.2, 0.2):.6f}s")
    return L


def n_hl7_ack():
    L = Line("hl7_v2")
    ctrl = "MSG%08d" % R.randint(100000, 99999999)
    fac = R.choice(HOSPITALS)[0]
    code = R.choice(["AA", "AA", "AA", "AE"])
    L.a(f"{py_ts()} INFO  [Referral_Inbound] hl7.listener - Sent ACK controlId=ACK{ctrl[3:]} raw=\"MSH|^~\\&|SVH_INTAKE|SVH|EPIC|{fac}|{hl7_ts()}||ACK^{R.choice(['A04', 'I12', 'S12', 'A08'])}^ACK|ACK{ctrl[3:]}|P|2.5.1\\rMSA|{code}|{ctrl}")
    if code == "AE":
        L.a("\\rERR|^^^207&Application internal error&HL70357|PID^1^3|E")
    L.a('"')
    return L


def n_hl7_mfn():
    L = Line("hl7_v2")
    r = R.choice(STAFF_RN)
    nid = npi()
    L.a(f"{py_ts()} INFO  [Staff_MFN] hl7.sender - Sent controlId=MFN{digits(6)} raw=\"MSH|^~\\&|SVH_HR|SVH|EPIC|STBRENDAN|{hl7_ts()}||MFN^M02^MFN_M02|MFN{digits(6)}|P|2.5.1\\r")
    L.a(f"MFI|PRA^Practitioner Master File^HL70175||UPD|||AL\\rMFE|MUP|||{r[2]}^{r[1].upper()}^{r[0].upper()}|CWE\\rSTF|{r[2]}|{nid}^NPI|{r[1].upper()}^{r[0].upper()}^^^^RN|||||A|Hospice RN|||(937)555-0100^WPN^PH\"")
    return L


def n_x12_ack():
    L = Line("x12_999")
    ctl = R.randint(800, 99999)
    L.a(f"{py_ts()} INFO [eligibility.hets] inbound x12 999 ctl={ctl}: ")
    d6, t4 = NOW.strftime("%y%m%d"), NOW.strftime("%H%M")
    L.a(f"ISA*00*          *00*          *ZZ*{'CMSHETS':<15}*ZZ*{'SVHOSPICE':<15}*{d6}*{t4}*^*00501*{ctl:09d}*0*P*:~GS*FA*CMSHETS*SVHOSPICE*{NOW.strftime('%Y%m%d')}*{t4}*{ctl}*X*005010X231A1~")
    L.a(f"ST*999*0001*005010X231A1~AK1*HS*{ctl - 1}*005010X279A1~AK2*270*0001*005010X279A1~IK5*A~AK9*A*1*1*1~SE*6*0001~GE*1*{ctl}~IEA*1*{ctl:09d}~")
    return L


def n_nginx_int():
    L = Line("nginx_combined")
    ip = R.choice(PRIV_IPS)
    path, ua = R.choice([("/healthz", "kube-probe/1.27"), ("/metrics", "Prometheus/2.49.1"), ("/static/js/app.4f9c21.js", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"),
                         ("/static/css/site.b81e0d.css", "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"),
                         ("/family/login", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Mobile/15E148 Safari/604.1"),
                         ("/api/evv/visits/batch", "python-requests/2.31.0")])
    L.a(f"{ip} - - [{nginx_ts()}] \"{'POST' if 'batch' in path else 'GET'} {path} HTTP/1.1\" {R.choice([200, 200, 200, 304, 499])} {R.randint(2, 90000)} \"-\" \"{ua}\" rt={R.uniform(0.001, 0.5):.3f} uct=\"0.000\" upstream=\"{R.choice(PRIV_IPS)}:8080\"")
    return L


def n_route():
    L = Line("python_logging")
    a = R.choice(STAFF_AIDE + STAFF_RN)
    L.a(f"{py_ts()} INFO scheduling.routes: optimized route clinician={a[2]} ({staff_name(a)}, {'RN' if a in STAFF_RN else 'HHA'}) date={d_iso(NOW.date() + timedelta(days=R.randint(0, 1)))} ")
    L.a(f"stops={R.randint(3, 7)} miles={R.uniform(12, 95):.1f} drive_min={R.randint(30, 180)} first_visit=V-{R.randint(3300000, 3499999)} solver=ortools-9.8 elapsed={R.uniform(0.2, 4):.2f}s")
    return L


VOL_HDR = [False]


def n_volunteer_csv():
    L = Line("csv_volunteer")
    if not VOL_HDR[0] or R.random() < 0.1:
        VOL_HDR[0] = True
        L.a("volunteer_id,first_name,last_name,email,phone,role,training_completed,tb_test_date,hours_mtd,last_shift_start,status")
        return L
    v = R.choice(VOLUNTEERS)
    em = f"{asc(v[1]).lower().replace('-', '')}.{asc(v[2]).lower()}@volunteers.{AGENCY['domain']}"
    L.a(f"{v[0]},{v[1]},{v[2]},{em},{fmt_phone(VOL_PHONE[v[0]], 1)},{R.choice(['Vigil', 'Companion', 'Music', 'Office', 'Pet therapy'])},")
    L.a(f"{d_iso(date(2023, R.randint(1, 12), R.randint(1, 28)))},{d_iso(date(2023, R.randint(6, 12), R.randint(1, 28)))},{R.uniform(0, 24):.1f},")
    L.a(f"{(NOW - timedelta(days=R.randint(0, 9))).strftime('%Y-%m-%d %H:00')},{R.choice(['active', 'active', 'on leave'])}")
    return L


def n_volunteer_shift():
    L = Line("json_compact")
    v = R.choice(VOLUNTEERS)
    st = (NOW + timedelta(days=R.randint(0, 4))).replace(hour=R.choice([9, 13, 18, 22]), minute=0, second=0, microsecond=0)
    L.a(f"{iso_utc_ms()} INFO volunteer-svc ")
    jw(L, {"evt": "shift.confirmed", "volunteerId": v[0], "volunteerName": f"{v[1]} {v[2]}", "team": R.choice(["North", "South", "IPU"]),
           "shiftStart": st.strftime("%Y-%m-%dT%H:%M:%S-05:00"), "hours": R.choice([2, 3, 4]), "reminderSms": fmt_phone(VOL_PHONE[v[0]], 3)}, ea=False)
    return L


def n_funeral_dir():
    L = Line("dotnet_console")
    fh = R.choice(FUNERAL)
    L.a(f"{iso_utc_ms()} info: Sunrise.Vendors.FuneralHomeDirectorySync[51] Upserted vendor {fh['id']} \"{fh['name']}\" {fh['addr']}, {fh['city']}, OH {fh['zip']} ")
    L.a(f"ph {fmt_phone(fh['phone'], 0)} fax {fmt_phone(fh['fax'], 0)} contact=\"{fh['director']}\" email={fh['email']} after_hours=true")
    return L


def n_fax():
    L = Line("syslog_hylafax")
    fh = R.choice(FUNERAL)
    job = R.randint(1100, 1999)
    comm = "%09d" % R.randint(4000, 9999)
    v = R.random()
    if v < 0.5:
        L.a(f"{sys_ts()} fax01 FaxSend[{R.randint(3000, 9000)}]: SEND FAX: JOB {job} DEST {fmt_phone(fh['fax'], 6)} COMMID {comm} DEVICE '/dev/ttyIAX0' FROM <intake@{AGENCY['domain']}> USER faxq")
    else:
        L.a(f"{sys_ts()} fax01 FaxSend[{R.randint(3000, 9000)}]: SEND FAX ({comm}): FROM intake@{AGENCY['domain']} TO {fmt_phone(fh['fax'], 6)} (page {R.randint(1, 3)} of 3 sent in 0:{R.randint(10, 59)})")
    return L


def n_postfix_staff():
    L = Line("syslog_postfix")
    qid = hexs(10, True)
    to = R.choice([f"oncall-alerts@{AGENCY['domain']}", f"billing@{AGENCY['domain']}", f"l.ferreira@{AGENCY['domain']}", f"t.kowalski@{AGENCY['domain']}",
                   f"bereavement@{AGENCY['domain']}", "orders@comfortrx-pharmacy.example.com"])
    if R.random() < 0.5:
        L.a(f"{sys_ts()} mail01 postfix/qmgr[1187]: {qid}: from=<noreply@{AGENCY['domain']}>, size={R.randint(1500, 90000)}, nrcpt=1 (queue active)")
    else:
        L.a(f"{sys_ts()} mail01 postfix/{'local' if AGENCY['domain'] in to else 'smtp'}[{R.randint(10000, 40000)}]: {qid}: to=<{to}>, relay={'local' if AGENCY['domain'] in to else 'mx.comfortrx-pharmacy.example.com[10.40.2.9]:25'}, delay={R.uniform(0.1, 2):.2f}, dsn=2.0.0, status=sent ({'delivered to mailbox' if AGENCY['domain'] in to else '250 Ok'})")
    return L


def n_oncall_roster():
    L = Line("oncall_text")
    a, b = R.sample(STAFF_RN, 2)
    L.a(f"[{NOW.strftime('%Y-%m-%d %H:%M:%S')}] ROSTER on-call {d_iso(NOW.date())} 17:00 -> {d_iso(NOW.date() + timedelta(days=1))} 08:00 primary={a[0]} {a[1]} RN ({fmt_phone(STAFF_PHONES[a[2]], 1)}) ")
    L.a(f"backup={b[0]} {b[1]} RN ({fmt_phone(STAFF_PHONES[b[2]], 1)}) physician=Dr. {MEDDIR[0]} {MEDDIR[1]} answering_service=({AGENCY['phone'][:3]}) {AGENCY['phone'][3:6]}-{AGENCY['phone'][6:]}")
    return L


def n_oncall_misc():
    L = Line("oncall_text")
    r = rn()
    L.a(f"[{NOW.strftime('%Y-%m-%d %H:%M:%S')}] ONCALL line={R.randint(1, 3)} call=0x{hexs(4, True)} from={R.choice(['ComfortRx pharmacy', 'answering service', 'St. Brendan 4W nurses station', 'Hartwell & Sons'])} ")
    L.a(f"reason=\"{R.choice(['order clarification ORD-%d' % R.randint(550000, 569999), 'census check', 'bed availability IPU', 'pickup confirmation'])}\" handled_by={r[0][0]}. {r[1]} RN dur={R.randint(1, 9)}m{R.randint(0, 59):02d}s (no patient identifiers)")
    return L


def n_med_status():
    L = Line("node_json")
    L.a(f"{iso_utc_ms()} [pharmacy-webhook] info: ")
    jw(L, {"level": "info", "msg": "status update", "orderId": "ORD-%d" % R.randint(550000, 569999), "status": R.choice(["PACKED", "OUT_FOR_DELIVERY", "DELIVERED", "CANCELLED"]),
           "carrier": R.choice(["UPS", "courier-local"]), "tracking": "1Z%s03%s" % (hexs(6, True), digits(8)), "eta": (NOW + timedelta(hours=2)).strftime("%Y-%m-%dT%H:%M:00-05:00"),
           "pharmacyNpi": npi(), "reqId": uuid4()})
    return L


def n_noe_stats():
    L = Line("python_logging")
    L.a(f"{py_ts()} INFO hospice.billing.noe: timeliness report pending={R.randint(0, 6)} due_today={R.randint(0, 2)} late={R.choice([0, 0, 0, 1])} ")
    L.a(f"accepted_7d={R.randint(8, 25)} avg_hours_to_accept={R.uniform(6, 70):.1f} dde_session=FISS-{R.randint(1000, 9999)} mac=CGS-J15")
    return L


def n_evv_stats():
    L = Line("python_logging")
    tot = R.randint(40, 180)
    ex = R.randint(0, 6)
    L.a(f"{py_ts()} INFO evv.aggregator: batch EVVB-{NOW.strftime('%Y%m%d')}-{R.randint(1, 9):02d} uploaded visits={tot} accepted={tot - ex} exceptions={ex} ")
    L.a(f"(GPS_MISMATCH={ex // 2}, LATE_CLOCK_IN={ex - ex // 2}) endpoint=https://api.evv-aggregator.ohio.example/v1.1 elapsed={R.uniform(0.5, 9):.2f}s")
    return L


def n_brv_stats():
    L = Line("python_logging")
    L.a(f"{py_ts()} INFO bereavement.mailer: batch BM-{d_iso(NOW.date())} letters={R.randint(10, 50)} (month1={R.randint(1, 9)}, month3={R.randint(1, 9)}, month6={R.randint(1, 9)}, anniversary={R.randint(0, 6)}, closing={R.randint(0, 6)}) ")
    L.a("printer=\\\\print01\\Bereavement-Letter stock=#10-window")
    return L


def n_brv_csv_hdr():
    L = Line("csv_bereavement")
    L.a("case_id,survivor_name,relationship,phone,email,decedent_mrn,decedent_name,date_of_death,contact_type,due_date,completed_date,outcome,risk,coordinator")
    return L


def n_build():
    L = Line("dotnet_console")
    v = R.random()
    if v < 0.4:
        L.a(f"{iso_utc_ms()} info: Microsoft.Hosting.Lifetime[0] Now listening on: http://[::]:8080")
    elif v < 0.7:
        L.a(f"{iso_utc_ms()} info: Sunrise.Intake.Api[0] Starting Sunrise.Intake.Api v4.12.3+9f3ac12 (built 2024-02-28T19:04:11Z) on {R.choice(HOSTS[:2])} runtime=.NET 8.0.2")
    else:
        L.a(f"{iso_utc_ms()} warn: Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager[35] No XML encryptor configured. Key {{{uuid4()}}} may be persisted to storage in unencrypted form.")
    return L


def n_py_error():
    L = Line("python_logging")
    v = R.random()
    if v < 0.5:
        L.a(f"{py_ts()} ERROR evv.aggregator: HTTP 503 from https://api.evv-aggregator.ohio.example/v1.1/visits (attempt {R.randint(1, 4)}/5), retrying in {R.choice([2, 4, 8])}s request_id={uuid4()}")
    else:
        L.a(f"{py_ts()} ERROR hospice.billing.noe: DDE session FISS-{R.randint(1000, 9999)} dropped: TimeoutError('read timed out after 30.0s') host=ddeprod.cgs.example port=3270")
    return L


def n_chaplain():
    L = Line("serilog_text")
    c = R.choice(CHAPLAINS + SOCIAL)
    L.a(f"{serilog_ts()} [INF] Visit \"V-{R.randint(3300000, 3499999)}\" completed by \"{c[0]} {c[1]}\" ({c[2]}) duration {R.randint(20, 90)}m mileage {R.uniform(2, 40):.1f}mi {{\"SourceContext\": \"Sunrise.Scheduling.VisitCompletion\"}}")
    return L


def n_asterisk():
    L = Line("syslog_asterisk")
    ch = "C-%08x" % R.randint(0x900, 0xfff)
    L.a(f"{sys_ts()} pbx01 asterisk[2211]: VERBOSE[{R.randint(3000, 9000)}][{ch}] app_queue.c: Called PJSIP/{R.choice(['oncall-rn1', 'oncall-rn2', 'intake-desk'])} ")
    L.a(f"(queue oncall, wait {R.randint(1, 40)}s, member {STAFF_RN[R.randint(0, 4)][2]})")
    return L


def n_device_fleet():
    L = Line("python_logging")
    a = R.choice(STAFF_RN + STAFF_AIDE)
    L.a(f"{py_ts()} INFO mdm.fleet: staff device check-in owner={a[2]} imei={imei('35391805')} os=iOS 17.3.1 battery={R.randint(10, 100)}% ")
    L.a(f"fleet_vehicle vin={vin('1FM', 'CU9GD', 'K', 'U')} plate=OH FLT {R.randint(1000, 9999)}")
    return L


NON_FAMS = [
    (n_aspnet, 22), (n_efcore, 10), (n_celery, 20), (n_syslog, 24), (n_hl7_ack, 14), (n_hl7_mfn, 4), (n_x12_ack, 9),
    (n_nginx_int, 18), (n_route, 14), (n_volunteer_csv, 12), (n_volunteer_shift, 8), (n_funeral_dir, 8), (n_fax, 10),
    (n_postfix_staff, 10), (n_oncall_roster, 8), (n_oncall_misc, 8), (n_med_status, 14), (n_noe_stats, 8),
    (n_evv_stats, 12), (n_brv_stats, 6), (n_brv_csv_hdr, 3), (n_build, 8), (n_py_error, 8), (n_chaplain, 10),
    (n_asterisk, 6), (n_device_fleet, 5),
]


def wchoice(fams):
    tot = sum(w for _, w in fams)
    x = R.uniform(0, tot)
    for f, w in fams:
        x -= w
        if x <= 0:
            return f
    return fams[-1][0]


# =========================================================================== main
def main():
    plan = [True] * N_PHI + [False] * (N_LINES - N_PHI)
    R.shuffle(plan)
    out_lines, labels = [], []
    for i, is_phi in enumerate(plan, 1):
        tick()
        while True:
            f = wchoice(PHI_FAMS if is_phi else NON_FAMS)
            L = f()
            if L is not None:
                break
        if is_phi:
            assert L.spans, f.__name__
        else:
            assert not L.spans, f.__name__
        raw = bytes(L.b)
        assert b"\n" not in raw and b"\r" not in raw, f.__name__
        assert len(raw) <= 4000, (f.__name__, len(raw))
        raw.decode("utf-8")
        spans = []
        last_e = 0
        for s, e, cat, text in sorted(L.spans):
            assert raw[s:e] == text.encode("utf-8"), (f.__name__, text)
            assert s >= last_e, ("overlap", f.__name__)
            last_e = e
            spans.append({"s": s, "e": e, "cat": cat})
        out_lines.append(raw)
        labels.append({"line": i, "family": L.fam, "spans": spans})
    with open(os.path.join(HERE, f"{ID}.log"), "wb") as fh:
        fh.write(b"\n".join(out_lines) + b"\n")
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for lab in labels:
            fh.write(json.dumps(lab) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account", "license",
        "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
    with open(os.path.join(HERE, f"{ID}.labels.jsonl"), encoding="utf-8") as fh:
        for ln in fh:
            for sp in json.loads(ln)["spans"]:
                assert sp["cat"] in CATS, sp
