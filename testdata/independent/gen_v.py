#!/usr/bin/env python3
"""Held-out corpus "v": hospital operations systems and clinical devices.

Writes v.log (500 lines) and v.labels.jsonl next to this script.
Standard library only; fixed seed; byte-for-byte reproducible.
Every person is synthetic (random combinations of common names).
"""
import base64
import json
import os
import random
import string
import sys
from datetime import date, datetime, timedelta

SEED = 5140317
R = random.Random(SEED)
OUT_DIR = os.path.dirname(os.path.abspath(__file__))
N_LINES = 500
N_CLEAN = 225  # 45 % of lines carry no PHI

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# ----------------------------------------------------------------------------
# span plumbing
# ----------------------------------------------------------------------------
class P:
    """A PHI value placed in a line."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        assert c in CATS, c
        assert isinstance(v, str) and v, (v, c)
        self.v = v
        self.c = c


class N(P):
    """PHI value emitted unquoted inside JSON (numbers)."""
    __slots__ = ()


class T:
    """A composite string value (for JSON / XML) made of text and P parts."""

    def __init__(self, *parts):
        self.parts = parts


def flat(x, out):
    if x is None:
        return out
    if isinstance(x, (list, tuple)):
        for y in x:
            flat(y, out)
    elif isinstance(x, T):
        for y in x.parts:
            flat(y, out)
    elif isinstance(x, (P, str)):
        out.append(x)
    else:
        out.append(str(x))
    return out


def render(parts):
    buf = bytearray()
    spans = []
    for x in flat(parts, []):
        if isinstance(x, P):
            b = x.v.encode("utf-8")
            spans.append((len(buf), len(buf) + len(b), x.c, x.v))
            buf += b
        else:
            buf += x.encode("utf-8")
    return bytes(buf), spans


def _jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def _jphi(p):
    assert _jesc(p.v) == p.v, ("value needs JSON escaping", p.v)
    return p


def js(o, sp=False):
    """Serialise dict/list/scalars/P/T into parts (JSON text)."""
    out = []
    _js(o, out, ", " if sp else ",", ": " if sp else ":")
    return out


def _js(o, out, c, kc):
    if isinstance(o, N):
        out.append(o)
    elif isinstance(o, P):
        out.extend(['"', _jphi(o), '"'])
    elif isinstance(o, T):
        out.append('"')
        for p in o.parts:
            out.append(_jphi(p) if isinstance(p, P) else _jesc(p))
        out.append('"')
    elif isinstance(o, dict):
        out.append("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(c)
            out.append(json.dumps(k, ensure_ascii=False) + kc)
            _js(v, out, c, kc)
        out.append("}")
    elif isinstance(o, list):
        out.append("[")
        for i, v in enumerate(o):
            if i:
                out.append(c)
            _js(v, out, c, kc)
        out.append("]")
    else:
        out.append(json.dumps(o, ensure_ascii=False))


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def xv(v):
    """XML text value: plain str is escaped, P must not need escaping."""
    if isinstance(v, P):
        assert xesc(v.v) == v.v, v.v
        return v
    if isinstance(v, T):
        return [xv(p) for p in v.parts]
    return xesc(str(v))


def xel(tag, val, attrs=None):
    a = ""
    if attrs:
        a = "".join(' %s="%s"' % (k, xesc(str(v))) for k, v in attrs.items())
    return ["<%s%s>" % (tag, a), xv(val), "</%s>" % tag]


# ----------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------
FIRST_F = ["Maria", "Aisha", "Priya", "Fatima", "Siobhan", "Mei", "Svetlana", "Ngozi",
           "Anh", "Leilani", "Ingrid", "Yuki", "Esperanza", "Amara", "Gabriela", "Keisha",
           "Ana", "Giulia", "Linda", "Dorothy", "Mildred", "Hye-jin", "Zainab", "Olga",
           "Lakshmi", "Chiamaka", "Rosa", "Beatriz", "Hannah", "Agnieszka", "Thi Lan",
           "Margaret", "Evelyn", "Noor", "Daniela", "Ewa", "Imani", "Sakura", "Renée",
           "Josefina", "Marisol", "Bridget", "Ayesha", "Tamar", "Wanjiru", "Elif"]
FIRST_M = ["José", "Wei", "Olusegun", "Dmitri", "Hiroshi", "Kwame", "Ahmed", "Jamal",
           "Carlos", "Tomasz", "Rahul", "Mateo", "Chidi", "Bjorn", "Nikolai", "Thanh",
           "Omar", "Ravi", "Patrick", "Robert", "Harold", "Leonard", "Minh", "Darnell",
           "Juan", "Sergei", "Kenji", "Arjun", "Emeka", "François", "Luis", "Tariq",
           "Walter", "Eugene", "Stanislaw", "Jae-won", "Ibrahim", "Mohammed", "Desmond",
           "Aleksander", "Rafael", "Kofi", "Hamid", "Gustavo", "Marcus", "Vikram"]
LAST = ["Lopez", "Nguyen", "Okafor", "Patel", "Kowalski", "Chen", "Haddad", "Ivanova",
        "O'Brien", "García", "Müller", "Johansson", "Mensah", "Tanaka", "Rossi", "Kim",
        "Dubois", "Abdullah", "Hernández", "Singh", "Yilmaz", "Papadopoulos", "Schwartz",
        "Nakamura", "Adeyemi", "Friedman", "Castillo", "Volkov", "Brennan", "Washington",
        "Begay", "Kahale", "Tran", "Nowak", "Osei", "Rahman", "Fischer", "Morales",
        "Kaplan", "Petrov", "Wójcik", "Afolabi", "Sato", "Ramírez", "Gonzalez", "Le",
        "Murphy", "Jackson", "Sullivan", "Cohen", "Bianchi", "Novak", "Yazzie", "Park",
        "Delgado", "Achebe", "Lindqvist", "Hussain", "Moreau", "Ortiz", "Fitzgerald",
        "Van der Berg", "De la Cruz", "Kaur", "Takahashi", "Eze", "Lee", "Smith", "Brown"]
STREET_NAMES = ["Oak", "Maple", "Cedar", "Elm", "Sycamore", "Walnut", "Hickory", "Linden",
                "Cleveland", "Sullivant", "Karl", "Morse", "Hamilton", "Refugee", "Livingston",
                "Parsons", "Indianola", "Broad", "Main", "High", "Lockbourne", "Dublin Granville",
                "Schrock", "Olentangy River", "Fishinger", "Bethel", "Cooper", "Whittier",
                "Kenny", "Westerville", "Brice", "Alum Creek", "Noe Bixby", "Mock", "Sawmill"]
STREET_SUF = ["St", "Ave", "Rd", "Dr", "Ln", "Ct", "Blvd", "Pl", "Way", "Pike", "Circle",
              "Street", "Avenue", "Road", "Drive", "Lane", "Terrace", "Trail"]
# (city, county, state, zip prefix)
CITIES = [("Columbus", "Franklin", "OH", "432"), ("Westerville", "Delaware", "OH", "430"),
          ("Grove City", "Franklin", "OH", "431"), ("Reynoldsburg", "Licking", "OH", "430"),
          ("Hilliard", "Franklin", "OH", "430"), ("Lancaster", "Fairfield", "OH", "431"),
          ("Newark", "Licking", "OH", "430"), ("Marysville", "Union", "OH", "430"),
          ("Chillicothe", "Ross", "OH", "456"), ("Zanesville", "Muskingum", "OH", "437"),
          ("Mount Vernon", "Knox", "OH", "430"), ("Circleville", "Pickaway", "OH", "431"),
          ("Delaware", "Delaware", "OH", "430"), ("Marion", "Marion", "OH", "433"),
          ("Huntington", "Cabell", "WV", "257"), ("Richmond", "Wayne", "IN", "473"),
          ("Ashland", "Boyd", "KY", "411"), ("Erie", "Erie", "PA", "165"),
          ("Bowling Green", "Wood", "OH", "434"), ("Athens", "Athens", "OH", "457")]
UNITS = ["4W", "5E", "6N", "3S", "MICU", "SICU", "CVICU", "ED", "LD", "NICU", "PACU",
         "ONC7", "ORTHO5", "TELE3", "PEDS2", "BH1"]
STAFF_IDS = ["rn.tnguyen", "rn.aokafor", "rn.bkim", "pct.dmensah", "evs.jwalker",
             "tr.lcastillo", "pharm.rsingh", "pharm.gbianchi", "rt.mhaddad", "MRMC\\akowalski",
             "MRMC\\sfitzgerald", "MRMC\\ytanaka2", "lab.ejohansson", "cnm.pramirez",
             "rn.hpark", "unitsec.dlee", "diet.ncohen", "chap.tadeyemi", "int.cmorales"]
SVC_IDS = ["svc_pyxis_if", "svc-hl7-gw", "svc_rtls_sync", "svc.citrix.sf", "svc_pacs_rt",
           "svc-bedboard", "svc_diet_cbord", "svc_zebra_ps", "svc-labmw", "svc_ncall"]
STAFF_NAMES = ["Amaka Okafor RN", "Tomasz Kowalski, PCT", "Hye-jin Park RN", "Diego Lee (Unit Sec)",
               "Rev. Thomas Adeyemi", "Carmen Morales (Spanish interp)", "Naomi Cohen RD",
               "Emil Johansson MLS(ASCP)", "Rajesh Singh PharmD", "Marwan Haddad RRT",
               "Lucia Castillo (Transport)", "Jordan Walker (EVS)"]
DOCTORS = [("Priya", "Raman"), ("Kwame", "Mensah"), ("Giulia", "Rossi"), ("Maria", "Lopez"),
           ("Wei", "Chen"), ("Olusegun", "Adeyemi"), ("Ingrid", "Lindqvist"),
           ("Hamid", "Rahman"), ("Rosa", "Delgado"), ("Patrick", "Murphy"),
           ("Sakura", "Takahashi"), ("Marcus", "Jackson")]
HOSP = "Mercy Ridge Medical Center"
HOSP_ADDR = "1500 Ridgeview Pkwy, Columbus, OH 43215"
HOSP_PHONE = ["(614) 555-0100", "614-555-0100", "+1 614 555 0100"]
HOSP_FAX = ["(614) 555-0109", "614-555-0109", "+16145550109"]
VENDORS = ["Baxter Healthcare Corp, One Baxter Pkwy, Deerfield, IL 60015",
           "BD CareFusion, 3750 Torrey View Ct, San Diego, CA 92130",
           "Omnicell Inc, 4220 North Freeway, Fort Worth, TX 76137",
           "Zebra Technologies, 3 Overlook Point, Lincolnshire, IL 60069",
           "Rauland-Borg Corp, 1802 W Central Rd, Mount Prospect, IL 60056",
           "CenTrak Inc, 826 Newtown-Yardley Rd, Newtown, PA 18940",
           "Sysmex America, 577 Aptakisic Rd, Lincolnshire, IL 60069",
           "Swisslog Healthcare, 11180 Sunrise Valley Dr Ste 350, Reston, VA 20191"]
MEDS = [("0409-1283-31", "HYDROmorphone 2 mg/mL inj"), ("0338-0049-04", "Sodium Chloride 0.9% 1000 mL"),
        ("63323-0262-01", "Heparin 5,000 units/mL"), ("0143-9505-01", "Ondansetron 4 mg/2 mL"),
        ("25021-0801-05", "Vancomycin 1 g vial"), ("0069-0059-01", "Enoxaparin 40 mg/0.4 mL"),
        ("60505-0827-00", "Acetaminophen 500 mg tab"), ("0703-3405-01", "Morphine 4 mg/mL"),
        ("55150-0198-10", "Propofol 10 mg/mL 100 mL"), ("0641-6142-25", "Insulin regular 100 u/mL")]
LANGS = ["Spanish", "Vietnamese", "Somali", "Arabic", "Nepali", "Mandarin", "Russian",
         "Haitian Creole", "ASL", "Portuguese", "Swahili", "Polish", "Korean"]
PAYERS = ["Aetna", "Anthem BCBS", "UnitedHealthcare", "Medicare", "Ohio Medicaid",
          "CareSource", "Humana Gold Plus", "Cigna", "Molina", "Tricare East"]


# ----------------------------------------------------------------------------
# small generators
# ----------------------------------------------------------------------------
def ri(a, b):
    return R.randint(a, b)


def ch(seq):
    return R.choice(seq)


def digits(n):
    return "".join(ch(string.digits) for _ in range(n))


def hexs(n, upper=False):
    s = "".join(ch("0123456789abcdef") for _ in range(n))
    return s.upper() if upper else s


def alnum(n):
    return "".join(ch(string.ascii_uppercase + string.digits) for _ in range(n))


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], ch("89ab"), h[17:20], h[20:32])


def luhn_digit(body):
    tot = 0
    for i, d in enumerate(reversed(body)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        tot += n
    return str((10 - tot % 10) % 10)


def npi():
    body = "1" + digits(8)
    return body + luhn_digit("80840" + body)


def card():
    pre = ch(["4", "51", "52", "55", "37", "6011"])
    ln = 15 if pre == "37" else 16
    body = pre + digits(ln - len(pre) - 1)
    num = body + luhn_digit(body)
    style = ri(0, 2)
    if style == 0 or ln == 15:
        return num
    sep = " " if style == 1 else "-"
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def imei():
    body = ch(["35", "86", "49", "01"]) + digits(12)
    return body + luhn_digit(body)


def dea():
    first = ch("ABFM")
    second = ch(string.ascii_uppercase)
    d = [ri(0, 9) for _ in range(6)]
    chk = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return first + second + "".join(map(str, d)) + str(chk)


VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    alpha = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = ch(["1HG", "2HG", "5J6", "1FT", "3VW", "JTD", "KNA", "1G1", "4T1", "WBA", "5YJ", "JN8"])
    v = list(wmi + "".join(ch(alpha) for _ in range(5)) + "0" + ch("HJKLMNPRS") +
             ch(alpha) + digits(6))
    tot = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_MAP[c]
        tot += val * VIN_W[i]
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def plate():
    f = ri(0, 4)
    if f == 0:
        return "%s%s%s %s" % (ch(string.ascii_uppercase), ch(string.ascii_uppercase), ch(string.ascii_uppercase), digits(4))
    if f == 1:
        return "%s%s%s%s" % (ch(string.ascii_uppercase), ch(string.ascii_uppercase), ch(string.ascii_uppercase), digits(4))
    if f == 2:
        return digits(1) + "".join(ch(string.ascii_uppercase) for _ in range(3)) + digits(3)
    if f == 3:
        return "%s%s-%s" % (ch(string.ascii_uppercase), ch(string.ascii_uppercase), digits(4))
    return "".join(ch(string.ascii_uppercase) for _ in range(3)) + "-" + digits(4)


def ssn():
    a = ri(1, 899)
    while a == 666:
        a = ri(1, 899)
    s = "%03d%02d%04d" % (a, ri(1, 99), ri(1, 9999))
    f = ri(0, 3)
    if f == 0:
        return s
    if f == 3:
        return "%s %s %s" % (s[:3], s[3:5], s[5:])
    return "%s-%s-%s" % (s[:3], s[3:5], s[5:])


def mrn():
    f = ri(0, 5)
    if f <= 2:
        return "%08d" % ri(100000, 9999999)
    if f == 3:
        return "E" + digits(7)
    if f == 4:
        return "MR" + digits(7)
    return "10" + digits(8)


def har():
    f = ri(0, 3)
    if f == 0:
        return "7000" + digits(8)
    if f == 1:
        return "24" + digits(8)
    if f == 2:
        return "V" + digits(9)
    return "HAR-" + digits(9)


def mbi():
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + string.digits
    s = (str(ri(1, 9)) + ch(a) + ch(an) + str(ri(0, 9)) + ch(a) + ch(an) + str(ri(0, 9)) +
         ch(a) + ch(a) + str(ri(0, 9)) + str(ri(0, 9)))
    return s if ri(0, 1) else "%s-%s-%s" % (s[:4], s[4:7], s[7:])


def member_id():
    f = ri(0, 4)
    if f == 0:
        return mbi()
    if f == 1:
        return ch(["XEH", "YRK", "JQU", "ZGP", "W"]) + digits(9)
    if f == 2:
        return "U" + digits(8) + "01"
    if f == 3:
        return digits(12)  # Medicaid recipient id
    return ch(["MOL", "CSO", "HUM"]) + digits(8)


def dl():
    f = ri(0, 4)
    if f == 0:
        return ch(string.ascii_uppercase) + ch(string.ascii_uppercase) + digits(6)  # OH
    if f == 1:
        return ch(string.ascii_uppercase) + digits(7)  # CA-like
    if f == 2:
        return "%s %s %s" % (digits(3), digits(3), digits(3))  # NY
    if f == 3:
        return "%s%s-%s-%s-%s-%s" % (ch(string.ascii_uppercase), digits(3), digits(3), digits(2), digits(3), digits(1))
    return digits(4) + "-" + digits(4)  # IN-like


def prof_license(kind=None):
    if kind == "rph":
        return ch(["RPH.%07d" % ri(1, 9999999), "03-2-%05d" % ri(1, 99999), "03-3-%05d" % ri(1, 99999), "PH%06d" % ri(1, 999999)])
    return ch(["RN.", "RN-", "LPN.", "RPH.", "03-", "35.", "PA.", "RT."]) + digits(ri(6, 7))


def foreign_id():
    """(document type, number, country) for non-US identity documents."""
    L = string.ascii_uppercase
    f = ri(0, 5)
    if f == 0:
        curp = ("".join(ch(L) for _ in range(4)) + "%02d%02d%02d" % (ri(30, 99), ri(1, 12), ri(1, 28)) + ch("HM") +
                ch(["DF", "JC", "NL", "PL", "GR", "OC"]) + "".join(ch("BCDFGHJKLMNPRSTVZ") for _ in range(3)) + ch(L + string.digits) + str(ri(0, 9)))
        return "CURP", curp, "MEX"
    if f == 1:
        return "PASSPORT", ch(L) + digits(8), ch(["USA", "IND", "PHL", "NGA", "GBR"])
    if f == 2:
        return "NATIONAL_ID", "%s%s" % (digits(8), ch("TRWAGMYFPDXBNJZSQVHLCKE")), "ESP"
    if f == 3:
        return "AADHAAR", "%d%s %s %s" % (ri(2, 9), digits(3), digits(4), digits(4)), "IND"
    if f == 4:
        return "NATIONAL_ID", "%02d-%02d-%02d-%05d" % (ri(1, 75), ri(1, 9), ri(60, 99), ri(1, 99999)), "NPL"
    return "TRIBAL_ID", ch(["T-", "CN-", "NN"]) + digits(6), "USA"


def mac(sep=":", upper=True):
    oui = ch(["00:1B:4F", "00:0C:8A", "AC:DE:48", "00:50:C2", "F8:DC:7A", "3C:2E:F9", "00:1D:A9", "B4:99:4C"])
    h = [oui] + ["%02X" % ri(0, 255) for _ in range(3)]
    m = ":".join(h)
    if not upper:
        m = m.lower()
    return m.replace(":", sep)


def eui64():
    return hexs(6, True) + "FFFE" + hexs(6, True)


def gs1_check(body):
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    return str((10 - tot % 10) % 10)


def udi():
    gtin = "00" + digits(11)
    gtin = gtin + gs1_check(gtin)
    exp = "%02d%02d%02d" % (ri(25, 29), ri(1, 12), ri(1, 28))
    f = ri(0, 2)
    if f == 0:
        return "(01)%s(17)%s(10)%s(21)%s" % (gtin, exp, alnum(6), alnum(8))
    if f == 1:
        return "01%s17%s10%s21%s" % (gtin, exp, alnum(5), digits(9))
    return "(01)%s(21)%s" % (gtin, ch(["SN", "", "S"]) + alnum(9))


def implant_sn():
    f = ri(0, 4)
    if f == 0:
        return ch(["PJN", "RNB", "BLR", "PZX", "SAK"]) + digits(6) + ch(["S", "H", "G", ""])
    if f == 1:
        return digits(7)
    if f == 2:
        return ch(["MDT", "ABT", "BSC"]) + "-" + digits(8)
    if f == 3:
        return ch(["8G", "9A", "3M"]) + alnum(4)  # CGM transmitter
    return ch(["SN", "S/N"]) + digits(9)


def pump_sn():
    return ch([digits(8), "1" + digits(7), "PS" + digits(7), "35B" + digits(7), "SPM" + digits(6)])


def pub_ip():
    f = ri(0, 9)
    if f == 0:
        return "2600:1700:%x:%x::%x" % (ri(0x1000, 0xffff), ri(0x10, 0xffff), ri(1, 0xfff))
    if f == 1:
        return "2603:6010:%x:%x:%x:%x:%x:%x" % tuple(ri(1, 0xffff) for _ in range(6))
    if f == 2:
        return "172.58.%d.%d" % (ri(0, 255), ri(1, 254))
    first = ch([24, 47, 50, 65, 66, 67, 68, 69, 70, 71, 73, 74, 75, 76, 96, 97, 98, 99,
                107, 108, 142, 174, 184, 199, 208])
    return "%d.%d.%d.%d" % (first, ri(0, 255), ri(0, 255), ri(1, 254))


def priv_ip():
    f = ri(0, 5)
    if f <= 2:
        return "10.%d.%d.%d" % (ri(0, 60), ri(0, 255), ri(1, 254))
    if f == 3:
        return "172.%d.%d.%d" % (ri(16, 31), ri(0, 255), ri(1, 254))
    if f == 4:
        return "192.168.%d.%d" % (ri(0, 20), ri(1, 254))
    return "100.%d.%d.%d" % (ri(64, 127), ri(0, 255), ri(1, 254))


def b64(nbytes, prefix=b""):
    raw = prefix + bytes(ri(0, 255) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


def jpeg_b64(n=90):
    return b64(n, b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")


def png_b64(n=90):
    return b64(n, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def fp_template(n=96):
    return b64(n, ch([b"FMR\x00 20\x00", b"FMR\x00 20\x00\x00\x00", b"\x46\x4d\x52\x00"]))


def sha(n=40):
    return hexs(n)


def version():
    return "%d.%d.%d" % (ri(1, 12), ri(0, 30), ri(0, 200))


def build():
    return ch(["b", "build ", "Build.", "r", "#"]) + str(ri(1000, 99999))


def dur():
    f = ri(0, 3)
    if f == 0:
        return "%dms" % ri(2, 4000)
    if f == 1:
        return "%.3fs" % (R.random() * 30)
    if f == 2:
        return "%dm%02ds" % (ri(0, 59), ri(0, 59))
    return "PT%dS" % ri(1, 900)


def order_no():
    return ch(["ORD-", "RX", "O", "ORD#", "PO-"]) + digits(ri(6, 9))


def room():
    u = ch(UNITS)
    return u, "%s-%d%02d%s" % (u, ri(1, 7), ri(1, 40), ch(["", "A", "B", ""]))


def host(kind):
    return "%s-%s%02d.mrmc.local" % (kind, ch(["app", "gw", "srv", "int", "db"]), ri(1, 12))


def doctor(style=0):
    f, l = ch(DOCTORS)
    if style == 1:
        return (f, l)
    if style == 2:
        return "%s^%s^^^MD" % (l.upper(), f.upper())
    return ch(["Dr. %s %s" % (f, l), "Dr. %s" % l, "%s, %s MD" % (l, f), "%s %s, DO" % (f, l), "Dr %s" % l])


# ----------------------------------------------------------------------------
# clock (log timestamps are never PHI)
# ----------------------------------------------------------------------------
CLOCK = [datetime(2024, 3, 14, 0, 2, 11, 0)]


def tick():
    CLOCK[0] += timedelta(seconds=ri(3, 240), microseconds=ri(0, 999999))
    return CLOCK[0]


def ts_iso(t=None, z=True, ms=True):
    t = t or tick()
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % (t.microsecond // 1000)
    return s + (ch(["Z", "-04:00", "-05:00"]) if z else "")


def ts_sp(t=None):
    t = t or tick()
    return t.strftime("%Y-%m-%d %H:%M:%S") + ch([",%03d", ".%03d"]) % (t.microsecond // 1000)


def ts_sys(t=None):
    t = t or tick()
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def ts_hl7(t=None):
    t = t or tick()
    return t.strftime("%Y%m%d%H%M%S")


def ts_us(t=None):
    t = t or tick()
    return t.strftime("%m/%d/%Y %I:%M:%S %p")


def today():
    return CLOCK[0].date()


# ----------------------------------------------------------------------------
# persons and formatted values
# ----------------------------------------------------------------------------
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_L = ["January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"]


def fdate(d, style=None):
    style = style if style is not None else ch(["iso", "us", "us1", "hl7", "mon", "dmy", "long", "dmy_mon"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us1":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "mon":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "dmy":
        return d.strftime("%d.%m.%Y")
    if style == "long":
        return "%s %d, %d" % (MONTHS_L[d.month - 1], d.day, d.year)
    if style == "dmy_mon":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1].title(), d.year)
    if style == "us2":
        return d.strftime("%m/%d/%y")
    raise ValueError(style)


def near_date(back=30, fwd=0):
    return today() + timedelta(days=ri(-back, fwd))


def fmt_phone(style=None):
    area = ch(["614", "740", "380", "937", "419", "330", "513", "304", "859", "216"])
    ex = "%d%02d" % (ri(2, 9), ri(0, 99))
    ln = "%04d" % ri(0, 9999)
    style = style if style is not None else ri(0, 6)
    return ["(%s) %s-%s" % (area, ex, ln), "%s-%s-%s" % (area, ex, ln), "%s.%s.%s" % (area, ex, ln),
            "+1 %s %s %s" % (area, ex, ln), "%s%s%s" % (area, ex, ln), "+1%s%s%s" % (area, ex, ln),
            "1-%s-%s-%s" % (area, ex, ln)][style]


class Person:
    def __init__(self, old=False, sex=None, last=None):
        self.sex = sex or ch("MF")
        self.first = ch(FIRST_F if self.sex == "F" else FIRST_M)
        self.middle = ch("ABCDEFGHJKLMNPRSTW")
        self.last = last or ch(LAST)
        ref = today()
        if old:
            age = ri(90, 104)
        else:
            age = ch([ri(0, 17), ri(18, 64), ri(18, 64), ri(65, 89), ri(65, 89)])
        y = ref.year - age
        m, d = ri(1, 12), ri(1, 28)
        if (m, d) > (ref.month, ref.day):
            y -= 1
        self.dob = date(y, m, d)
        self.age = age
        self.mrn = mrn()
        self.zip = None
        c = ch(CITIES)
        self.city, self.county, self.state = c[0], c[1], c[2]
        self.zip5 = c[3] + "%02d" % ri(1, 99)
        self.street = "%d %s%s %s" % (ri(12, 9899), ch(["", "", "", "N ", "S ", "E ", "W "]),
                                      ch(STREET_NAMES), ch(STREET_SUF))
        if ri(0, 3) == 0:
            self.street += ch([" Apt %d" % ri(1, 40), " Apt %d%s" % (ri(1, 4), ch("ABCD")),
                               " Unit %d" % ri(100, 420), " #%d" % ri(2, 30), " Lot %d" % ri(1, 90)])

    def zipc(self):
        return self.zip5 if ri(0, 2) else "%s-%04d" % (self.zip5, ri(1, 9999))

    def name(self, style=None):
        style = style if style is not None else ch(["fl", "fl", "lf", "LF", "fml", "lfm", "FL"])
        f, l, m = self.first, self.last, self.middle
        if style == "fl":
            return "%s %s" % (f, l)
        if style == "FL":
            return "%s %s" % (f.upper(), l.upper())
        if style == "fml":
            return "%s %s. %s" % (f, m, l)
        if style == "lf":
            return "%s, %s" % (l, f)
        if style == "LF":
            return "%s, %s" % (l.upper(), f.upper())
        if style == "lfm":
            return "%s, %s %s" % (l.upper(), f.upper(), m)
        if style == "LFnc":
            return "%s,%s" % (l.upper(), f.upper())
        if style == "hl7":
            return "%s^%s^%s" % (l.upper(), f.upper(), m)
        if style == "dcm":
            return "%s^%s" % (l.upper(), f.upper())
        if style == "us":  # underscore, used in file names
            return "%s_%s" % (l.upper().replace(" ", "").replace("'", ""), f.upper().replace(" ", ""))
        raise ValueError(style)

    def email(self):
        f = self.first.lower().replace(" ", "").replace("é", "e").replace("ç", "c").replace("-", "")
        l = (self.last.lower().replace(" ", "").replace("'", "").replace("í", "i")
             .replace("á", "a").replace("ü", "u").replace("ó", "o").replace("é", "e"))
        user = ch(["%s.%s", "%s%s", "%s_%s%d" % ("%s", "%s", ri(1, 99)), "%s%s%d" % ("%s", "%s", ri(40, 99))])
        if ch([0, 1]):
            user = user % (f, l)
        else:
            user = user % (f[0], l)
        return user + "@" + ch(["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com",
                                "hotmail.com", "att.net", "wowway.net", "protonmail.com"])


REL_F = ["daughter", "wife", "sister", "niece", "granddaughter", "mother", "dtr", "aunt"]
REL_M = ["son", "husband", "brother", "nephew", "grandson", "father", "uncle"]
REL_N = ["POA", "guardian", "spouse", "friend", "caregiver", "partner"]


def rel_word():
    return ch(REL_F + REL_M + REL_N)


def relative(last=None):
    """(relation word, Person) with a sex that fits the word."""
    w = rel_word()
    sex = "F" if w in REL_F else ("M" if w in REL_M else None)
    return w, Person(sex=sex, last=last)


def public_url(p):
    f = p.first.lower().replace(" ", "").replace("é", "e")
    l = p.last.lower().replace(" ", "").replace("'", "").replace("í", "i").replace("á", "a").replace("ü", "u").replace("ó", "o")
    return ch(["https://www.caringbridge.org/visit/%s%s%d" % (f, l, ri(1, 9)),
               "https://www.caringbridge.org/site/%s-%s" % (f, l),
               "https://www.gofundme.com/f/help-%s-%s-recover" % (f, l),
               "https://www.facebook.com/%s.%s.%d" % (f, l, ri(10, 9999)),
               "https://mychart.mercyridge.org/MyChart/patients/%s/profile" % digits(8),
               "https://lotsahelpinghands.com/c/%s/" % digits(6),
               "https://%s%s.wordpress.com/" % (f, l),
               "https://www.linkedin.com/in/%s-%s-%s" % (f, l, hexs(6))])


# ----------------------------------------------------------------------------
# family registry
# ----------------------------------------------------------------------------
FAMILIES = []


def fam(name, can, w=1.0):
    def deco(fn):
        FAMILIES.append((name, set(can), w, fn))
        return fn
    return deco


class Ctx:
    """Decides which optional PHI fields a line carries."""

    def __init__(self, phi, need):
        self.phi = phi
        self.need = need

    def want(self, cat, p=0.5):
        if not self.phi:
            return False
        return self.need == cat or R.random() < p


# === FAMILIES START ===
def mkp(cx, **kw):
    return Person(old=(cx.need == "age" or R.random() < 0.22), **kw)


def age_val(p):
    """Age as it appears; only ages over 89 are PHI."""
    return P(str(p.age), "age") if p.age > 89 else str(p.age)


def nm(p, cx, style=None):
    return P(p.name(style), "name")


# ----------------------------------------------------------------------------
# 1. nurse call (Rauland / Ascom style text)
# ----------------------------------------------------------------------------
CALL_TYPES = ["NORMAL", "BATH_EMERG", "STAFF_ASSIST", "CODE_BLUE", "PAIN", "BED_EXIT",
              "PILLOW_SPKR", "CORD_OUT", "TOILET_ASSIST"]


@fam("nurse_call", ["name", "mrn", "age", "phone", "date"], 1.2)
def f_nurse_call(cx):
    u, rm = room()
    head = [ts_sp(), " NCS[%d] " % ri(1000, 9999), ch(["INFO ", "INFO", "WARN ", "DEBUG"]), " "]
    if not cx.phi:
        v = ri(0, 4)
        if v == 0:
            return head + ["CallPlaced id=CE-%s type=%s pri=%d loc=%s/%s station=%s-NS console=NC-CONS-0%d "
                           "dev=PS-%s fw=%s seq=%d" % (digits(8), ch(CALL_TYPES), ri(1, 5), u, rm, u, ri(1, 6),
                                                      hexs(6, True), version(), ri(1, 99999))]
        if v == 1:
            return head + ["CallAnswered id=CE-%s by=%s (%s) handset=Ascom i63 ext 4-%s wl=WL-%d resp=%s "
                           "escal_tier=%d" % (digits(8), ch(STAFF_IDS), ch(STAFF_NAMES), digits(4),
                                              ri(100, 9999), dur(), ri(0, 3))]
        if v == 2:
            return head + ["Escalation call=CE-%s tier=2 -> charge RN pager %s, callback %s x%s; "
                           "unit %s census 28/32" % (digits(8), digits(4), ch(HOSP_PHONE), digits(4), u)]
        if v == 3:
            return head + ["Heartbeat master=nc-master01.mrmc.local:5060 peers=14 sip_reg=OK "
                           "uptime=%dd%02dh %s license=RB-ENT-%s exp 2026-12-31" %
                           (ri(1, 300), ri(0, 23), build(), alnum(8))]
        return head + ["DomeLight loc=%s/%s color=AMBER text=\"BED %s - FALL RISK - NPO after 0000\" "
                       "assigned=%s trace=%s" % (u, rm, ch("AB"), ch(STAFF_NAMES), hexs(32))]
    p = mkp(cx)
    parts = list(head)
    v = ri(0, 2)
    if v == 0 or cx.need in ("name", "mrn", "age"):
        parts += ["DomeLight update loc=%s/%s text=\"" % (u, rm)]
        parts += [nm(p, cx, ch(["LF", "lf", "FL"])) if cx.want("name", 0.9) else "BED %s" % ch("AB"),
                  " %s\"" % ch(["FALL RISK", "ISO:CONTACT", "DNR", "NPO", "ALLERGY"])]
        if cx.want("mrn", 0.6):
            parts += [" %s=" % ch(["mrn", "MRN", "pt_mrn", "patId", "MedRecNo"]), P(p.mrn, "mrn")]
        if cx.want("age", 0.3):
            parts += [" %s=" % ch(["age", "pt_age", "ageYrs", "Alter"]), age_val(p)]
        if cx.want("date", 0.3):
            parts += [" %s=" % ch(["adm", "admitDate", "adm_dt", "AdmitDt"]),
                      P(fdate(near_date(10)), "date")]
        if cx.want("phone", 0.2):
            parts += [" family_cb=", P(fmt_phone(), "phone")]
        parts += [" by=%s" % ch(SVC_IDS)]
    elif v == 1:
        parts += ["CallPlaced id=CE-%s type=PILLOW_SPKR loc=%s/%s" % (digits(8), u, rm)]
        if cx.want("name", 0.7):
            parts += [" patient=\"", nm(p, cx, "lf"), "\""]
        w, q = relative(last=p.last if ri(0, 1) else None)
        parts += [" note=\"", "pt asks for %s to call " % ch(["nurse", "RN", "charge"]), w, " "]
        parts += [P(q.first, "name") if cx.want("name", 0.5) else "at home",
                  " at " if True else "", P(fmt_phone(), "phone") if cx.want("phone", 0.8) else "home number on file", "\""]
        if cx.want("date", 0.2):
            parts += [" dob=", P(fdate(p.dob, "us"), "date")]
        if cx.want("mrn", 0.2):
            parts += [" mrn=", P(p.mrn, "mrn")]
        if cx.want("age", 0.2):
            parts += [" age=", age_val(p)]
    else:
        parts += ["BedExit alarm loc=%s/%s zone=2 sensitivity=HIGH pt " % (u, rm)]
        parts += [nm(p, cx, "fl") if cx.want("name", 0.8) else "in bed %s" % ch("AB")]
        if cx.want("age", 0.5):
            parts += [" (", age_val(p), ch(["y", " yo", "yo", " y/o"]), ")"]
        if cx.want("date", 0.3):
            parts += [" post-op day 1, surgery ", P(fdate(near_date(2), "us1"), "date")]
        if cx.want("mrn", 0.3):
            parts += [" MRN#", P(p.mrn, "mrn")]
        if cx.want("phone", 0.2):
            parts += [" sitter requested; family ", P(fmt_phone(), "phone")]
        parts += [" -> %s" % ch(STAFF_IDS)]
    return parts


# ----------------------------------------------------------------------------
# 2. RTLS badge / asset tracking (JSON)
# ----------------------------------------------------------------------------
ASSETS = [("IV_PUMP", "Alaris 8015 PCU"), ("IV_PUMP", "Sigma Spectrum IQ"), ("VENT", "PB980"),
          ("WHEELCHAIR", "Invacare 9000"), ("SCD", "Kendall SCD 700"), ("BLADDER_SCAN", "BVI 9400"),
          ("TELE_PACK", "IntelliVue MX40"), ("FEED_PUMP", "Kangaroo ePump"), ("BED", "Hillrom Centrella")]


@fam("rtls", ["device", "name", "mrn", "date", "age"], 1.1)
def f_rtls(cx):
    u, rm = room()
    if not cx.phi:
        v = ri(0, 2)
        cls, model = ch(ASSETS)
        if v == 0:
            o = {"ts": ts_iso(), "evt": "LOCATION_UPDATE", "tagId": "CT-%s" % hexs(6, True),
                 "assetTag": "BME-%05d" % ri(1, 99999), "assetClass": cls, "model": model,
                 "zone": "%s-%s" % (u, ch(["CLEAN-UTIL", "SOILED", "HALL-E", "NS", rm])),
                 "floor": ri(1, 8), "x": round(R.random() * 90, 2), "y": round(R.random() * 90, 2),
                 "rssi": -ri(40, 95), "battery": ri(5, 100), "gw": "rtls-gw%02d.mrmc.local:8443" % ri(1, 9)}
            if ri(0, 1):
                o["apBssid"] = mac(":", False)
            return js(o, ch([True, False]))
        if v == 1:
            o = {"ts": ts_iso(), "evt": "HAND_HYGIENE", "badge": "SB-%06d" % ri(1, 999999),
                 "user": ch(STAFF_IDS), "role": ch(["RN", "PCT", "MD", "RT", "EVS"]),
                 "dispenser": "HH-%s-%02d" % (u, ri(1, 40)), "roomEntry": rm, "compliant": ch([True, False]),
                 "dwell_s": ri(3, 900), "traceId": hexs(32)}
            return js(o, ch([True, False]))
        o = {"ts": ts_iso(), "evt": "TAG_LOW_BATTERY", "tagId": "CT-%s" % hexs(6, True),
             "fw": version(), "batteryPct": ri(1, 15), "lastSeenZone": "%s-%s" % (u, rm),
             "ticket": "INC%07d" % ri(1, 9999999), "assignee": ch(SVC_IDS)}
        return js(o)
    p = mkp(cx)
    v = ch([0, 2]) if cx.need == "age" else ri(0, 2)
    o = {"ts": ts_iso()}
    if v == 0:
        o["evt"] = "PATIENT_TAG_ASSIGN"
        if cx.want("device", 0.8):
            o[ch(["tagMac", "tag_mac", "macAddress", "TagMAC"])] = P(mac(ch([":", "-", ""]), ch([True, False])), "device")
        else:
            o["tagId"] = "CT-%s" % hexs(6, True)
        pt = {}
        if cx.want("mrn", 0.8):
            pt[ch(["mrn", "MRN", "medRecNum", "patientId"])] = P(p.mrn, "mrn")
        if cx.want("name", 0.7):
            pt[ch(["fullName", "name", "displayName", "patient_name"])] = P(p.name(ch(["fl", "LF"])), "name")
        if cx.want("date", 0.3):
            pt[ch(["dob", "birthDate", "DOB"])] = P(fdate(p.dob, "iso"), "date")
        if cx.want("age", 0.3):
            pt["age"] = N(str(p.age), "age") if p.age > 89 else p.age
        o["patient"] = pt
        o["room"] = rm
        o["assignedBy"] = ch(STAFF_IDS)
    elif v == 1:
        mom = Person(sex="F")
        o["evt"] = ch(["INFANT_TAG_TAMPER", "INFANT_EXIT_ALARM", "INFANT_MATCH_OK"])
        o["system"] = "Hugs/Kisses 4.2"
        if cx.want("device", 0.8):
            o[ch(["tagSerial", "infantTagSN", "tag_sn"])] = P(ch(["HT", "IT"]) + digits(7), "device")
        o["door"] = "LD-EXIT-%d" % ri(1, 4)
        if cx.want("name", 0.7):
            o[ch(["mother", "motherName", "mom_nm"])] = P(mom.name(ch(["lf", "fl"])), "name")
        if cx.want("mrn", 0.5):
            o[ch(["infantMrn", "babyMRN", "nb_mrn"])] = P(mrn(), "mrn")
        if cx.want("date", 0.6):
            o[ch(["infantDob", "birthDate", "nbDOB"])] = P(fdate(near_date(3), ch(["iso", "us"])), "date")
    else:
        o["evt"] = "ELOPEMENT_ALARM"
        o["zone"] = "%s-STAIRWELL-%s" % (u, ch("ABC"))
        if cx.want("device", 0.7):
            o[ch(["braceletMac", "wanderGuardMac", "tag_mac"])] = P(mac(), "device")
        if cx.want("name", 0.7):
            o["pt"] = P(p.name("lf"), "name")
        if cx.want("age", 0.6):
            o["age"] = N(str(p.age), "age") if p.age > 89 else p.age
        if cx.want("mrn", 0.4):
            o["mrn"] = P(p.mrn, "mrn")
        if cx.want("date", 0.2):
            o["admitted"] = P(fdate(near_date(20), "iso"), "date")
        o["dx"] = ch(["dementia", "delirium", "TBI"])
    o["traceId"] = uuid()
    return js(o, ch([True, False]))


# ----------------------------------------------------------------------------
# 3. IHE PCD HL7 ORU^R01 from the infusion/vital-sign device gateway
# ----------------------------------------------------------------------------
PCD_OBS = [("158775^MDC_FLOW_FLUID_PUMP^MDC", "NM", "125", "263762^MDC_DIM_MILLI_L_PER_HR^MDC"),
           ("150456^MDC_PULS_OXIM_SAT_O2^MDC", "NM", "93", "262688^MDC_DIM_PERCENT^MDC"),
           ("147842^MDC_ECG_HEART_RATE^MDC", "NM", "112", "264864^MDC_DIM_BEAT_PER_MIN^MDC"),
           ("157784^MDC_VOL_FLUID_TBI_REMAIN^MDC", "NM", "412", "263762^MDC_DIM_X_L^MDC"),
           ("196670^MDC_EVT_ALARM^MDC", "ST", "Air-in-line", "")]


@fam("hl7_pcd", ["name", "mrn", "ssn", "date", "address", "zip", "phone", "account", "device"], 1.3)
def f_hl7_pcd(cx):
    seg = ch(["\\r", "<CR>", "\\x0d", " | "])
    t = tick()
    ctl = ch(["MSG", "PCD", ""]) + digits(ri(8, 12))
    pre = ["%s [%s] %s " % (ts_iso(t), ch(["pcd-gw", "DOR", "capsule-ig", "alaris-gw"]),
                            ch(["RX", "TX", "recv", "fwd->EMR"]))]
    if not cx.phi:
        v = ri(0, 2)
        if v == 0:
            msg = ["MSH|^~\\&|EMR|MRMC|PUMPGW|MRMC|%s||ACK^R01^ACK|%s|P|2.6" % (ts_hl7(t), ctl),
                   "MSA|AA|%s" % ctl]
        elif v == 1:
            msg = ["MSH|^~\\&|EMR|MRMC|PUMPGW|MRMC|%s||ACK^R01^ACK|%s|P|2.6" % (ts_hl7(t), ctl),
                   "MSA|AE|%s|unknown OBX-3 %s" % (ctl, ch(PCD_OBS)[0]),
                   "ERR|||207^Application internal error^HL70357|E"]
        else:
            return pre + ["stats window=%s in=%d out=%d nack=%d q=%d lat_p95=%s peers=[%s:%d, %s:%d] ver %s" %
                          (dur(), ri(100, 9000), ri(100, 9000), ri(0, 20), ri(0, 400), dur(),
                           priv_ip(), ch([2575, 6661, 7001]), priv_ip(), ch([2575, 6662]), version())]
        return pre + [seg.join(msg)]
    p = mkp(cx)
    u, rm = room()
    msg = []
    msg.append("MSH|^~\\&|%s|MRMC|EMR|MRMC|%s||ORU^R01^ORU_R01|%s|P|2.6|||NE|AL||||||IHE_PCD_001^IHE PCD^1.3.6.1.4.1.19376.1.6.1.1.1^ISO" %
               (ch(["PUMPGW", "DOR", "CAPSULE", "BBRAUN_OC"]), ts_hl7(t), ctl))
    pid = ["PID|1||"]
    pid += [P(p.mrn, "mrn") if cx.want("mrn", 0.9) else "", "^^^MRMC^MR"]
    if cx.want("ssn", 0.25):
        pid += ["~", P(ssn().replace("-", "").replace(" ", ""), "ssn"), "^^^SSA^SS"]
    pid += ["||", P(p.name("hl7"), "name") if cx.want("name", 0.8) else "", "||"]
    pid += [P(fdate(p.dob, "hl7"), "date") if cx.want("date", 0.6) else "", "|%s|||" % p.sex]
    if cx.want("address", 0.3) or cx.want("zip", 0.2):
        pid += [P(p.street, "address"), "^^", P(p.city, "address"), "^%s^" % p.state,
                P(p.zipc(), "zip"), "^USA"]
    pid += ["||"]
    if cx.want("phone", 0.3):
        pid += [P(fmt_phone(ch([0, 1])), "phone"), "^PRN^PH"]
    pid += ["|||||"]
    if cx.want("account", 0.3):
        pid += [P(har(), "account"), "^^^MRMC^AN"]
    msg.append(pid)
    msg.append("PV1|1|I|%s^%s^%s^MRMC||||%s^%s^%s" % (u, rm, ch("AB"), npi(), *doctor(1)[::-1]))
    msg.append("OBR|1|%s^PUMPGW|%s^PUMPGW|182777000^monitoring of patient^SNOMED-CT|||%s" %
               (digits(10), digits(10), ts_hl7(t)))
    code, typ, val, unit = ch(PCD_OBS)
    obx = ["OBX|1|%s|%s|1.1.1.%d|%s|%s|||||R|||%s||||" % (typ, code, ri(1, 9), val, unit, ts_hl7(t))]
    if cx.want("device", 0.7):
        sn = ch([eui64(), pump_sn()])
        obx += [P(sn, "device"), "^%s^%s^EUI-64" % (ch(["Alaris", "Spectrum", "Plum360"]), hexs(16, True))
                if ri(0, 1) else ""]
    else:
        obx += ["^PUMPGW"]
    msg.append(obx)
    out = list(pre)
    for i, s in enumerate(msg):
        if i:
            out.append(seg)
        out.append(s)
    return out


# ----------------------------------------------------------------------------
# 4. ventilator / monitor alarms via RFC5424 syslog from the alarm gateway
# ----------------------------------------------------------------------------
ALARMS = [("PEAK_PRESS", "High circuit pressure 48 cmH2O (limit 40)"), ("LOW_VTE", "Low exhaled tidal volume 212 mL"),
          ("APNEA", "Apnea interval exceeded 20 s"), ("DISCONNECT", "Circuit disconnect"),
          ("SPO2_LOW", "SpO2 84 % < 88 %"), ("HR_HIGH", "HR 142 bpm > 130"), ("OCCL_DOWN", "Downstream occlusion ch B"),
          ("LEAD_OFF", "ECG leads off V"), ("VTACH", "V-Tach 9 beats"), ("FIO2_LOW", "O2 supply pressure low")]


@fam("vent_alarm", ["name", "mrn", "device", "date", "age"], 1.0)
def f_vent(cx):
    u, rm = room()
    code, text = ch(ALARMS)
    pri = ch([130, 131, 132, 134, 12, 14])
    hdr = "<%d>1 %s %s %s %d %s " % (pri, ts_iso(), ch(["vent-gw01.mrmc.local", "alarmgw02", "capsule-ig03.mrmc.local",
                                                        "ENGAGE-AMS"]),
                                     ch(["PB980", "Servo-u", "Hamilton-C6", "IntelliVue", "AlarisPCU"]),
                                     ri(100, 65000), ch(["ALM", "ACK", "ESC", "-"]))
    sd = ['[alarm@32473 sev="%s" code="%s" bed="%s"' % (ch(["HIGH", "MED", "LOW"]), code, rm)]
    if not cx.phi:
        sd.append(' asset="VNT-%04d" fw="%s" seq="%d"]' % (ri(1, 9999), version(), ri(1, 999999)))
        sd.append(' [route@32473 to="%s" via="Vocera" dev="ext-%s" esc="%s" notify="%s"]' % (
            ch(STAFF_IDS), digits(5), dur(), ch(["rt-oncall@mercyridge.org", "biomed.alarms@mercyridge.org", "ccu-charge@mrmc.local"])))
        return [hdr] + sd + [" %s; ack=%s corr=%s" % (text, ch(STAFF_IDS), uuid())]
    p = mkp(cx)
    parts = [hdr] + sd
    if cx.want("device", 0.6):
        parts += [' %s="' % ch(["sn", "devSerial", "serialNo", "equip_sn"]), P(pump_sn(), "device"), '"']
    if cx.want("mrn", 0.6):
        parts += [' %s="' % ch(["mrn", "ptid", "PatientID"]), P(p.mrn, "mrn"), '"']
    if cx.want("name", 0.5):
        parts += [' %s="' % ch(["pt", "ptName", "patient"]), P(p.name(ch(["LF", "lfm", "LFnc"])), "name"), '"']
    parts += ["]"]
    parts += [" ", text]
    if cx.want("date", 0.3):
        parts += [" - intubated since ", P(fdate(near_date(6), ch(["us1", "iso", "dmy_mon"])), "date")]
    if cx.want("age", 0.3):
        parts += ["; pt age ", age_val(p)]
    parts += [" ack=%s" % ch(STAFF_IDS)]
    return parts


# ----------------------------------------------------------------------------
# 5. bed management / patient flow (pipe-delimited key=value)
# ----------------------------------------------------------------------------
@fam("bed_mgmt", ["name", "mrn", "date", "age", "phone", "account", "zip", "address"], 1.1)
def f_bed(cx):
    u, rm = room()
    t = ts_sp()
    if not cx.phi:
        v = ri(0, 2)
        if v == 0:
            return ["%s|BEDSVC|INFO|bed=%s|status=%s|evsReq=EVS-%s|tat=%dm|user=%s|host=%s" %
                    (t, rm, ch(["DIRTY>CLEAN", "CLEAN>READY", "BLOCKED>DIRTY", "OCCUPIED>DIRTY"]),
                     digits(6), ri(5, 180), ch(STAFF_IDS), host("tt"))]
        if v == 1:
            return ["%s|CENSUS|INFO|unit=%s|occ=%d/%d|pendAdm=%d|pendDc=%d|blocked=%d|huddle=%s|snapshot=%s" %
                    (t, u, ri(10, 32), 32, ri(0, 8), ri(0, 8), ri(0, 3), ch(["0700", "1100", "1500", "1900"]),
                     uuid())]
        return ["%s|BEDSVC|WARN|bed=%s|status=BLOCKED|reason=%s|wo=WO-%s|facilities ext %s|est=%s" %
                (t, rm, ch(["BROKEN_BED", "ISO_CLEAN", "MAINT", "CEILING_LEAK"]), digits(7), digits(4),
                 fdate(near_date(0, 2), "iso"))]
    p = mkp(cx)
    parts = ["%s|BEDSVC|INFO|" % t]
    ev = ch(["ASSIGN", "TRANSFER", "DISCHARGE_PEND", "ADMIT_REQ"])
    parts += ["evt=%s|bed=%s|" % (ev, rm)]
    if cx.want("name", 0.8):
        parts += [ch(["pt=", "patient=", "ptNm=", "Patient Name="]), P(p.name(ch(["lf", "LF", "fl", "lfm"])), "name"), "|"]
    if cx.want("mrn", 0.7):
        parts += [ch(["mrn=", "MRN=", "medrec="]), P(p.mrn, "mrn"), "|"]
    if cx.want("account", 0.3):
        parts += [ch(["har=", "fin=", "acct=", "encAcct="]), P(har(), "account"), "|"]
    if cx.want("date", 0.5):
        parts += [ch(["adm=", "admitDt=", "admDate="]), P(fdate(near_date(9), ch(["us", "iso", "us1"])), "date"), "|"]
    if cx.want("age", 0.4):
        parts += ["age=", age_val(p), "|"]
    parts += ["iso=%s|attending=%s|from=ED-%02d|" % (ch(["NONE", "CONTACT", "DROPLET", "AIRBORNE", "C.DIFF"]),
                                                       doctor(), ri(1, 40))]
    if ev == "DISCHARGE_PEND" or cx.need in ("phone", "zip", "address"):
        home = cx.need in ("address", "zip") or ri(0, 1)
        parts += ["dcTo=%s|" % (ch(["HOME", "HOME_W_HH"]) if home else ch(["SNF Whispering Pines", "LTACH"]))]
        if home and cx.want("address", 0.3):
            parts += ["dcAddr=", P(p.street, "address"), ", ", P(p.city, "address"), " %s|" % p.state]
        if home and cx.want("zip", 0.4):
            parts += [ch(["homeZip=", "zip=", "postal="]), P(p.zipc(), "zip"), "|"]
        if cx.want("phone", 0.5):
            w, q = relative()
            parts += ["ride=", w, " "]
            parts += [P(q.first, "name"), " "] if ri(0, 1) else []
            parts += ["cb ", P(fmt_phone(), "phone"), "|"]
    parts += ["user=%s" % ch(STAFF_IDS)]
    return parts


# ----------------------------------------------------------------------------
# 6. patient transport dispatch (JSON)
# ----------------------------------------------------------------------------
@fam("transport", ["name", "mrn", "date", "address", "zip", "phone", "vehicle"], 1.0)
def f_transport(cx):
    u, rm = room()
    if not cx.phi:
        o = {"jobId": "TJ-%s" % digits(7), "type": ch(["EQUIPMENT_MOVE", "SPECIMEN", "BLOOD_PRODUCT", "DISCHARGE_CLEAN"]),
             "from": ch(["SPD", "LAB-CORE", "BB-ISSUE", "PHARM-IV", rm]), "to": ch([rm, "RAD-CT2", "OR-HOLD", "DOCK-B"]),
             "priority": ch(["STAT", "ROUTINE", "ASAP"]), "transporter": ch(STAFF_IDS), "eta_s": ri(60, 1800),
             "assignedAt": ts_iso(), "zone": "T%d" % ri(1, 6), "requestor": ch(STAFF_IDS),
             "pager": "4%s" % digits(3), "requestId": uuid(), "callback": "x4-%04d" % ri(0, 9999)}
        if ri(0, 1):
            o["vehicle"] = {"unit": "SHUTTLE-%02d" % ri(1, 12), "fleetNo": "MRMC-F%03d" % ri(1, 300)}
        return js(o, ch([True, False]))
    p = mkp(cx)
    o = {"jobId": "TJ-%s" % digits(7), "type": "PATIENT_TRANSPORT", "mode": ch(["WHEELCHAIR", "STRETCHER", "BED", "AMBULATORY"])}
    pt = {}
    if cx.want("name", 0.8):
        pt[ch(["nm", "name", "patientName", "ptName"])] = P(p.name(ch(["fl", "lf", "LF"])), "name")
    if cx.want("mrn", 0.7):
        pt[ch(["mrn", "MRN", "mrnNumber"])] = P(p.mrn, "mrn")
    if cx.want("date", 0.3):
        pt[ch(["dob", "DOB", "birthDt"])] = P(fdate(p.dob, ch(["iso", "us"])), "date")
    pt["wt_kg"] = ri(3, 140)
    o["patient"] = pt
    o["from"] = rm
    dis = cx.need in ("address", "zip", "vehicle", "phone") or ri(0, 3) == 0
    if dis:
        o["to"] = "HOME"
        d = {}
        if cx.want("address", 0.7):
            d["street"] = P(p.street, "address")
            d["city"] = P(p.city, "address")
            d["state"] = p.state
        if cx.want("zip", 0.6):
            d["zip"] = P(p.zipc(), "zip")
        o["dropoff"] = d
        if cx.want("phone", 0.5):
            o[ch(["contactPhone", "cb", "callback"])] = P(fmt_phone(), "phone")
        if cx.want("vehicle", 0.4):
            o["notes"] = T("%s picking up in %s %s, plate " % (relative()[0], ch(["silver", "black", "white", "red"]),
                                                             ch(["Camry", "CR-V", "F-150", "Odyssey", "Civic"])),
                           P(plate(), "vehicle"))
    else:
        o["to"] = ch(["RAD-CT2", "IR-1", "OR-HOLD", "ECHO-LAB", "DIALYSIS-3"])
        if cx.want("name", 0.3):
            w, q = relative(last=p.last)
            o["notes"] = T("speaks %s only, %s " % (ch(LANGS), w), P(q.name("fl"), "name"), " will accompany")
    o["isolation"] = ch(["NONE", "CONTACT", "DROPLET"])
    o["transporter"] = ch(STAFF_IDS)
    o["requestedAt"] = ts_iso()
    return js(o, ch([True, False]))


# ----------------------------------------------------------------------------
# 7. dietary / meal ordering (CBORD-like text)
# ----------------------------------------------------------------------------
DIETS = ["CARB_CONSISTENT_60G", "CARDIAC_2G_NA", "RENAL_80_2_2", "NPO", "CLEAR_LIQ", "PUREED_IDDSI4",
         "REGULAR", "GLUTEN_FREE", "HALAL", "KOSHER", "LOW_FIBER", "MECH_SOFT_IDDSI5", "FLUID_RESTR_1500"]
ALLERG = ["SHELLFISH", "PEANUT", "NKFA", "DAIRY", "EGG", "SOY", "TREE_NUT", "GLUTEN", "SESAME"]


@fam("dietary", ["name", "date", "age", "mrn"], 0.9)
def f_dietary(cx):
    u, rm = room()
    t = ts_sp()
    tag = ch(["DIET-SVC", "[CBORD]", "RoomService", "NutriOrder"])
    if not cx.phi:
        v = ri(0, 3)
        if v == 0:
            return ["%s %s tray_line=TL%d menu_cycle=W%dD%d meal=%s trays=%d late=%d printer=diet-prn-0%d (%s:9100) job=%d" %
                    (t, tag, ri(1, 3), ri(1, 4), ri(1, 7), ch(["BRKFST", "LUNCH", "DINNER", "SNACK_HS"]), ri(100, 700),
                     ri(0, 12), ri(1, 6), priv_ip(), ri(1000, 99999))]
        if v == 1:
            return ["%s %s Recipe RCP-%05d '%s' nutrient recalculated kcal=%d na_mg=%d k_mg=%d ver %s by %s" %
                    (t, tag, ri(1, 99999), ch(["Low Sodium Chicken Breast", "Pureed Pot Roast", "Renal Rice Pilaf",
                                               "Sugar-free Gelatin", "Halal Beef Stew"]),
                     ri(20, 900), ri(5, 1200), ri(10, 900), version(), ch(STAFF_IDS))]
        if v == 2:
            return ["%s %s call-center queue=%d agents=%d avg_handle=%s ext 4-6300 hours 0630-1900, "
                    "vendor Sodexo acct SDX-%s, report date %s" % (t, tag, ri(0, 9), ri(1, 5), dur(), digits(6),
                                                                 fdate(near_date(2), "iso"))]
        return ["%s %s DietOrder rm=%s diet=%s allergies=%s texture=IDDSI%d order=%s status=ACK trace=%s" %
                (t, tag, rm, ch(DIETS), ch(ALLERG), ri(3, 7), order_no(), hexs(16))]
    p = mkp(cx)
    v = ri(0, 2) if cx.need != "age" else ch([1, 2])
    parts = [t, " ", tag, " "]
    if v == 0:
        parts += ["ORDER tray=TR-%s-%04d rm=%s " % (CLOCK[0].strftime("%Y%m%d"), ri(1, 9999), rm)]
        if cx.want("name", 0.9):
            parts += [ch(["pt=", "patient:", "guest=", "nombre="]), P(p.name(ch(["lf", "LF", "fl"])), "name"), " "]
        if cx.want("date", 0.5):
            parts += [ch(["dob=", "DOB:", "bday="]), P(fdate(p.dob, ch(["us", "us1", "iso"])), "date"), " "]
        if cx.want("mrn", 0.3):
            parts += ["mrn=", P(p.mrn, "mrn"), " "]
        parts += ["diet=%s allergies=%s pref=\"%s\"" % (ch(DIETS), ",".join(R.sample(ALLERG, 2)),
                                                          ch(["no pork", "extra sugar-free jello", "vegetarian",
                                                              "no red meat", "cold milk only"]))]
    elif v == 1:
        parts += ["SpecialRequest birthday cake rm=%s for " % rm]
        parts += [P(p.name("fl"), "name") if cx.want("name", 0.8) else "patient"]
        if cx.want("age", 0.7):
            parts += [" turning ", age_val(p)]
        if cx.want("date", 0.6):
            parts += [" on ", P(fdate(p.dob.replace(year=today().year), ch(["long", "us1"])), "date")]
        if cx.want("mrn", 0.3):
            parts += [" (MRN ", P(p.mrn, "mrn"), ")"]
        parts += [", ordered by %s" % ch(STAFF_NAMES)]
    else:
        parts += ["call from %s: " % rm]
        if cx.want("name", 0.7):
            parts += [P(p.name(ch(["fl", "fml"])), "name"), " "]
        parts += ["wants %s; " % ch(["oatmeal instead of eggs", "a second coffee", "halal tray", "soft foods"])]
        if cx.want("age", 0.6):
            parts += ["says %s is " % ("she" if p.sex == "F" else "he"), age_val(p), " and "]
        parts += ["diet order is %s" % ch(DIETS)]
        if cx.want("mrn", 0.3):
            parts += [" [", P(p.mrn, "mrn"), "]"]
        if cx.want("date", 0.3):
            parts += [" adm ", P(fdate(near_date(10), "us1"), "date")]
    return parts


# ----------------------------------------------------------------------------
# 8. lab analyzer middleware (ASTM E1394 frames)
# ----------------------------------------------------------------------------
ASSAYS = [("GLU", "98", "mg/dL", "70-99"), ("K", "4.1", "mmol/L", "3.5-5.1"), ("TROPI", "0.012", "ng/mL", "<0.04"),
          ("HGB", "11.2", "g/dL", "12.0-16.0"), ("LACT", "2.4", "mmol/L", "0.5-2.0"), ("INR", "1.1", "", "0.9-1.1"),
          ("CREA", "1.02", "mg/dL", "0.60-1.30"), ("NA", "139", "mmol/L", "136-145")]


@fam("lab_astm", ["name", "mrn", "date", "address", "zip", "phone"], 1.0)
def f_lab(cx):
    t = tick()
    inst = ch(["cobas8000", "AU5800", "Alinity-ci", "XN-2000", "ACL-TOP750", "Atellica-CH"])
    pre = "%s [%s] %s %s " % (ts_sp(t), ch(["LIS-MW", "DataInnovations", "instrMgr", "Remisol"]),
                             inst, ch(["<-", "->", "RX", "TX"]))
    fr = ch(["<STX>%d" % ri(1, 7), "[STX]%d" % ri(1, 7), ""])
    end = ch(["<CR><ETX>%s<CR><LF>" % hexs(2, True), "[ETX]%s" % hexs(2, True), ""])
    if not cx.phi:
        v = ri(0, 3)
        if v == 0:
            return [pre, fr, "H|\\^&|||%s^%s|||||LIS|RSUPL^BATCH|P|1|%s" % (inst, version(), ts_hl7(t)), end]
        a = ch(ASSAYS)
        if v == 1:
            return [pre, fr, "O|1|S%s%05d||^^^%s\\^^^%s|R||%s||||A||||SERUM|%s||||||||F" %
                    (t.strftime("%y%m%d"), ri(1, 99999), a[0], ch(ASSAYS)[0], ts_hl7(t), ch(STAFF_IDS)), end]
        if v == 2:
            return [pre, fr, "R|%d|^^^%s|%s|%s|%s|N||F||%s||%s|%s" %
                    (ri(1, 9), a[0], a[1], a[2], a[3], ch(STAFF_IDS), ts_hl7(t), inst), end]
        return [pre, "QC lot %s level %d %s %s %s within 2SD rule=1-2s run=%s reagent exp %s" %
                (digits(5), ri(1, 3), a[0], a[1], a[2], uuid()[:8], fdate(near_date(0, 300), "iso"))]
    p = mkp(cx)
    parts = [pre, fr, "P|1|"]
    parts += [P(p.mrn, "mrn") if cx.want("mrn", 0.8) else "", "|S%s%05d||" % (t.strftime("%y%m%d"), ri(1, 99999))]
    parts += [P(p.name(ch(["hl7", "dcm"])), "name") if cx.want("name", 0.8) else "", "|"]
    if cx.want("name", 0.15):
        parts += [P(ch(LAST), "name")]  # mother's maiden name
    parts += ["|", P(fdate(p.dob, "hl7"), "date") if cx.want("date", 0.6) else "", "|%s||" % p.sex]
    if cx.want("address", 0.3) or cx.want("zip", 0.2):
        parts += [P(p.street, "address"), "^", P(p.city, "address"), "^%s^" % p.state, P(p.zipc(), "zip")]
    parts += ["||"]
    if cx.want("phone", 0.3):
        parts += [P(fmt_phone(ch([0, 1, 4])), "phone")]
    parts += ["|%s^%s||||||||%s" % (npi(), doctor(1)[1].upper(), ch(UNITS)), end]
    return parts


# ----------------------------------------------------------------------------
# 9. blood bank (XML events from the transfusion service system)
# ----------------------------------------------------------------------------
def din():
    return "W%04d %02d %06d %s" % (ri(1000, 9999), ri(23, 24), ri(1, 999999), ch("0123456789ABCD"))


@fam("blood_bank", ["name", "mrn", "date", "other_id", "age"], 0.9)
def f_blood(cx):
    t = ts_iso()
    if not cx.phi:
        v = ri(0, 2)
        if v == 0:
            return ["<BBEvent type=\"TEMP_LOG\" ts=\"%s\"><Fridge>BB-REF-0%d</Fridge><TempC>%.1f</TempC><Probe>PRB-%s</Probe>"
                    "<Alarm>false</Alarm><CheckedBy>%s</CheckedBy></BBEvent>" % (t, ri(1, 6), 1 + R.random() * 5,
                                                                           hexs(6, True), ch(STAFF_IDS))]
        if v == 1:
            return ["<BBEvent type=\"UNIT_RECEIPT\" ts=\"%s\"><DIN>%s</DIN><Product>E%04dV00</Product><ABO>%s</ABO><Rh>%s</Rh>"
                    "<Exp>%s</Exp><Supplier>American Red Cross, 995 E Broad St, Columbus, OH 43205</Supplier>"
                    "<Invoice>INV-%s</Invoice></BBEvent>" % (t, xesc(din()), ri(1, 9999), ch(["O", "A", "B", "AB"]),
                                                             ch(["POS", "NEG"]), fdate(near_date(0, 40), "iso"), digits(8))]
        return ["<BBEvent type=\"QC\" ts=\"%s\"><Reagent lot=\"%s\">Anti-D (Series 4)</Reagent><Analyzer>ORTHO VISION SN %s</Analyzer>"
                "<Result>PASS</Result><Tech>%s</Tech></BBEvent>" % (t, digits(6), digits(8), ch(STAFF_IDS))]
    p = mkp(cx)
    ev = ch(["ISSUE", "CROSSMATCH", "REACTION", "TYPE_SCREEN"])
    parts = ["<BBEvent type=\"%s\" ts=\"%s\">" % (ev, t), "<Patient>"]
    if cx.want("name", 0.8):
        parts += xel(ch(["Name", "PatientName", "PtName"]), P(p.name(ch(["LF", "lfm", "lf"])), "name"))
    if cx.want("mrn", 0.8):
        parts += xel(ch(["MRN", "MedRecNo"]), P(p.mrn, "mrn"))
    if cx.want("date", 0.5):
        parts += xel(ch(["DOB", "BirthDate"]), P(fdate(p.dob, ch(["iso", "us"])), "date"))
    if cx.want("age", 0.3):
        parts += xel("Age", age_val(p))
    if cx.want("other_id", 0.5):
        parts += xel(ch(["BBID", "ArmbandID", "TypenexNo", "BloodBankBand"]),
                     P(ch(["BB", "TX", "T", "AR"]) + ch(["-", ""]) + alnum(ri(5, 7)), "other_id"))
    parts += ["</Patient>"]
    parts += xel("DIN", din()) + xel("ABO", ch(["O", "A", "B", "AB"]) + ch(["+", "-"]))
    parts += xel("IssuedTo", ch(STAFF_IDS)) + xel("Location", room()[1]) + ["</BBEvent>"]
    return parts


# ----------------------------------------------------------------------------
# 10. automated dispensing cabinets (Pyxis / Omnicell)
# ----------------------------------------------------------------------------
@fam("adc", ["name", "mrn", "license", "biometric", "account"], 1.2)
def f_adc(cx):
    u, rm = room()
    cab = ch(["MRMC-%s-PYX0%d" % (u, ri(1, 4)), "XT-%s-%02d" % (u, ri(1, 9))])
    ndc, med = ch(MEDS)
    t = ts_sp()
    pyx = ri(0, 1)
    if pyx:
        head = ["%s %s [%s] " % (t, ch(["PYXIS MedStation ES", "Pyxis ES", "ESSystemSvc"]), cab)]
    else:
        head = ["OMNI|%s|%s|" % (cab, t)]
    sep = " " if pyx else "|"
    if not cx.phi:
        v = ri(0, 3)
        if v == 0:
            body = ["REFILL", "user=%s" % ch(STAFF_IDS), "NDC=%s" % ndc, "med=\"%s\"" % med, "qty=%d" % ri(1, 40),
                    "lot=L%s" % digits(5), "exp=%s" % fdate(near_date(0, 700), "iso"), "pocket=%d-%d-%d" % (ri(1, 9), ri(1, 6), ri(1, 9))]
        elif v == 1:
            body = ["DISCREPANCY_RESOLVED", "med=\"%s\"" % med, "expected=%d counted=%d" % (ri(3, 20), ri(3, 20)),
                    "resolvedBy=%s" % ch(STAFF_IDS), "witness=%s" % ch(STAFF_IDS), "case=DR-%s" % digits(6)]
        elif v == 2:
            body = ["BIO_LOGIN", "user=%s" % ch(STAFF_IDS), "score=0.%02d" % ri(60, 99), "template_ref=tmpl-%s" % digits(6),
                    "template_sha1=%s" % sha(40), "result=%s" % ch(["MATCH", "NO_MATCH", "FALLBACK_PIN"])]
        else:
            body = ["SYNC", "server=%s" % host("pyxis"), "profile=%s" % ch(["ON", "OFF"]), "meds=%d" % ri(200, 900),
                    "pending=%d" % ri(0, 30), "ver=%s" % version(), "vendor=\"%s\"" % VENDORS[2]]
        return head + [sep.join(body)]
    p = mkp(cx)
    v = ri(0, 1) if cx.need not in ("biometric",) else 1
    if cx.need in ("name", "mrn", "license", "account"):
        v = 0
    if v == 0:
        body = [ch(["WITHDRAW", "WASTE", "OVERRIDE_PULL", "RETURN"]), sep, "user=%s" % ch(STAFF_IDS)]
        if cx.want("name", 0.8):
            body += [sep, "pt=\"", P(p.name(ch(["lf", "LF", "lfm"])), "name"), "\""]
        if cx.want("mrn", 0.6):
            body += [sep, ch(["mrn=", "MRN=", "ptId="]), P(p.mrn, "mrn")]
        if cx.want("account", 0.3):
            body += [sep, ch(["enc=", "visit=", "acct="]), P(har(), "account")]
        body += [sep, "NDC=%s" % ndc, sep, "med=\"%s\"" % med, sep, "order=%s" % order_no()]
        body += [sep, "prescriber=\"%s\"" % doctor()]
        if cx.want("license", 0.4):
            body += [sep, ch(["DEA=", "dea#", "prescriberDEA="]), P(dea(), "license")]
        body += [sep, "npi=%s" % npi()]
        if ri(0, 1):
            body += [sep, "witness=%s" % ch(STAFF_IDS)]
    else:
        body = ["BIO_ENROLL", sep, "user=%s" % ch(STAFF_IDS), sep, "finger=%s" % ch(["R_INDEX", "L_INDEX", "R_THUMB"]), sep,
                ch(["fp_template=", "FingerTemplate=", "bioData=", "tmpl_b64="]), P(fp_template(ri(60, 140)), "biometric"),
                sep, "quality=%d" % ri(40, 99)]
    return head + body


# ----------------------------------------------------------------------------
# 11. barcode medication administration (wristband + drug scans)
# ----------------------------------------------------------------------------
def gs1_drug():
    ndc = ch(MEDS)[0].replace("-", "")
    g = "003" + ndc[:10]
    g = g[:13] + gs1_check(g[:13])
    return "(01)%s(17)%s(10)%s" % (g, "%02d%02d%02d" % (ri(25, 28), ri(1, 12), ri(1, 28)), alnum(6))


@fam("bcma", ["mrn", "name", "date", "account"], 1.1)
def f_bcma(cx):
    u, rm = room()
    head = "%s BCMA[%s] ws=WOW-%s-%02d user=%s " % (ts_iso(z=False), ch(["Rover", "EpicBCMA", "scanSvc"]), u, ri(1, 20), ch(STAFF_IDS))
    if not cx.phi:
        v = ri(0, 2)
        if v == 0:
            return [head + "scan type=MED raw='%s' ndc=%s result=OK dose_ok=1 order=%s" % (gs1_drug(), ch(MEDS)[0], order_no())]
        if v == 1:
            return [head + "scanner Zebra DS8178 sn=%s fw=PAACWS00-00%d-R0%d battery=%d%% bt=%s" %
                    (digits(14), ri(1, 9), ri(1, 9), ri(5, 100), mac())]
        return [head + "override reason=%s med=\"%s\" count_24h=%d pharmacist=%s ticket=%s" %
                (ch(["BAND_UNREADABLE", "DAMAGED_LABEL", "EMERGENT"]), ch(MEDS)[1], ri(0, 20), ch(STAFF_IDS), uuid())]
    p = mkp(cx)
    parts = [head, "scan type=WRISTBAND raw='"]
    f = ri(0, 2)
    sm = cx.want("mrn", 0.85)
    sn = cx.want("name", 0.6)
    sd = cx.want("date", 0.5)
    sa = cx.want("account", 0.3)
    if not (sm or sn or sd or sa):
        sm = True
    if f == 0:
        fields = []
        if sm:
            fields.append(["MRN:", P(p.mrn, "mrn")])
        if sn:
            fields.append([P(p.name("LFnc"), "name")])
        if sd:
            fields.append(["DOB:", P(fdate(p.dob, "hl7"), "date")])
        if sa:
            fields.append(["FIN:", P(har(), "account")])
        fields.append([p.sex])
        for i, fl in enumerate(fields):
            if i:
                parts.append("|")
            parts += fl
    elif f == 1:
        parts += ["^", P(p.mrn, "mrn") if sm else "", "^", P(p.name("dcm"), "name") if sn else "", "^",
                  P(fdate(p.dob, "us"), "date") if sd else "", "^", P(har(), "account") if sa else ""]
    else:
        parts += [ch(["PT ", "", "*"])]
        parts += [P(p.mrn, "mrn") if sm else "0000000"]
        if sa:
            parts += [ch(["/", "-"]), P(har(), "account")]
        if sn:
            parts += [" ", P(p.name("FL"), "name")]
        if sd:
            parts += [" ", P(fdate(p.dob, "us"), "date")]
    parts += ["' "]
    if ri(0, 2) == 0 and cx.phi:
        parts += ["result=PT_MISMATCH expected_mrn=", P(mrn(), "mrn"), " alert=BCMA-114"]
    else:
        parts += ["result=MATCH next=MED_SCAN order=%s" % order_no()]
    return parts


# ----------------------------------------------------------------------------
# 12. operating room scheduling (JSON)
# ----------------------------------------------------------------------------
PROCS = [("27130", "Total hip arthroplasty", "Zimmer Biomet Taperloc stem"),
         ("27447", "Total knee arthroplasty", "Stryker Triathlon femoral component"),
         ("33208", "Dual-chamber pacemaker insertion", "Medtronic Azure XT DR MRI"),
         ("63650", "Spinal cord stimulator trial", "Boston Scientific WaveWriter lead"),
         ("22633", "Lumbar interbody fusion", "Globus CREO pedicle screw"),
         ("33249", "ICD insertion", "Abbott Gallant HF ICD"),
         ("69930", "Cochlear implant", "Cochlear Nucleus CI624"),
         ("47562", "Laparoscopic cholecystectomy", None), ("44970", "Laparoscopic appendectomy", None)]


@fam("or_schedule", ["name", "mrn", "date", "device", "health_plan", "age"], 1.1)
def f_or(cx):
    orr = "OR-%02d" % ri(1, 22)
    if not cx.phi:
        v = ri(0, 2)
        if v == 0:
            o = {"evt": "BLOCK_UTIL", "room": orr, "blockDate": fdate(near_date(0, 14), "iso"),
                 "service": ch(["ORTHO", "CARDIAC", "GENSURG", "NEURO", "ENT", "GYN"]), "surgeon": doctor(),
                 "surgeonNpi": npi(), "allocatedMin": 480, "usedMin": ri(120, 520), "util": round(R.random(), 2),
                 "releaseHrs": ch([24, 48, 72]), "reportId": uuid()}
        elif v == 1:
            o = {"evt": "ROOM_TURNOVER", "room": orr, "wheelsOut": ts_iso(), "wheelsIn": ts_iso(),
                 "turnover": "PT%dM" % ri(15, 70), "evs": ch(STAFF_IDS), "delayCode": ch([None, "D12", "EQUIP", "SPD_LATE"])}
        else:
            o = {"evt": "CASE_CART_PICK", "cart": "CC-%s" % digits(6), "prefCard": "PC-%s-%s" % (ch(PROCS)[0], digits(3)),
                 "items": ri(12, 140), "spd": "SPD-%d" % ri(1, 3), "picker": ch(STAFF_IDS), "lot": "L%s" % digits(7),
                 "trayBarcode": "TRY%s" % digits(9), "catalogRef": "%03d-%02d-%04d" % (ri(100, 999), ri(10, 99), ri(1000, 9999)),
                 "build": build()}
        return js(o, ch([True, False]))
    p = mkp(cx)
    cpt, proc, impl = ch(PROCS) if cx.need != "device" else ch([x for x in PROCS if x[2]])
    o = {"evt": ch(["CASE_SCHEDULED", "CASE_UPDATED", "PATIENT_IN_ROOM"]), "caseId": "ORC-%s-%s" % (today().year, digits(6)),
         "room": orr, "cpt": cpt, "procedure": proc, "surgeon": doctor(), "anesthesia": ch(["GA", "MAC", "Regional"])}
    pt = {}
    if cx.want("name", 0.8):
        pt[ch(["name", "patientName", "pt_nm"])] = P(p.name(ch(["lf", "fl", "LF"])), "name")
    if cx.want("mrn", 0.7):
        pt[ch(["mrn", "MRN", "medRecNo"])] = P(p.mrn, "mrn")
    if cx.want("date", 0.3):
        pt[ch(["dob", "birthDate"])] = P(fdate(p.dob, "iso"), "date")
    if cx.want("age", 0.3):
        pt["ageYears"] = N(str(p.age), "age") if p.age > 89 else p.age
    o["patient"] = pt
    if cx.want("date", 0.5):
        o[ch(["surgeryDate", "dos", "procedureDate"])] = P(fdate(near_date(0, 10), ch(["iso", "us"])), "date")
    o["startTime"] = "%02d:%02d" % (ri(6, 17), ch([0, 15, 30, 45]))
    if cx.want("health_plan", 0.3):
        o["coverage"] = {"payer": ch(PAYERS), ch(["memberId", "subscriberId", "member_no", "insuredId"]): P(member_id(), "health_plan"),
                         "groupNo": "%06d" % ri(1, 999999), "authNo": "AUTH%s" % digits(8)}
    if impl and cx.want("device", 0.6):
        o["implants"] = [{"desc": impl, ch(["udi", "UDI", "udiDi"]): P(udi(), "device"), "lot": alnum(7)}]
    o["updatedBy"] = ch(STAFF_IDS)
    return js(o, ch([True, False]))


# ----------------------------------------------------------------------------
# 13. PACS / RIS DICOM router
# ----------------------------------------------------------------------------
AES = ["CT1_MRMC", "CT2_MRMC", "MR1_MRMC", "US3_MRMC", "CR_ED1", "MAMMO2", "NM_SPECT1", "CATH_LAB2"]


def dcm_uid():
    return ch(["1.2.840.113619.2.55.3", "1.3.12.2.1107.5.1.4", "1.2.826.0.1.3680043.8.498", "1.3.46.670589.11"]) + \
        ".%d.%d.%d" % (ri(100000, 999999999), ri(1, 9999), ri(1000000000, 1999999999))


@fam("pacs_router", ["name", "mrn", "date", "age", "address", "phone"], 1.0)
def f_pacs(cx):
    t = ts_sp()
    thr = "[%s-%d]" % (ch(["assoc", "route", "store-scp", "fwd"]), ri(1, 400))
    ae = ch(AES)
    if not cx.phi:
        v = ri(0, 3)
        if v == 0:
            return ["%s INFO  %s C-ECHO-RQ from %s@%s:104 -> ROUTER_PRD status=0000 dur=%s" % (t, thr, ae, priv_ip(), dur())]
        if v == 1:
            return ["%s INFO  %s rule '%s->VNA' matched sop=1.2.840.10008.5.1.4.1.1.%d iuid=%s dest=VNA_PRD@vna01.mrmc.local:11112 queue=%d" %
                    (t, thr, ae.split("_")[0], ch([2, 4, 6, 7, 1]), dcm_uid(), ri(0, 900))]
        if v == 2:
            return ["%s WARN  %s A-ASSOCIATE-RJ calling AE '%s' not configured, peer %s:%d reason=3 (calling-AE-title-not-recognized)" %
                    (t, thr, ch(["UNKNOWN_US7", "PORTABLE_XR", "TEST_SCU"]), priv_ip(), ri(1024, 65000))]
        return ["%s INFO  %s StgCmt N-EVENT-REPORT txn=%s refs=%d failed=0 batch=%s modality=%s" %
                (t, thr, dcm_uid(), ri(1, 900), CLOCK[0].strftime("%Y%m%d"), ch(["CT", "MR", "US", "CR"]))]
    p = mkp(cx)
    v = ri(0, 1) if cx.need not in ("address", "phone", "age", "date") else 0
    parts = ["%s INFO  %s " % (t, thr)]
    if v == 0:
        parts += ["C-STORE-RQ from %s@%s:104 iuid=%s" % (ae, priv_ip(), dcm_uid())]
        if cx.want("name", 0.8):
            parts += [" (0010,0010)=", P(p.name("dcm"), "name")]
        if cx.want("mrn", 0.8):
            parts += [" (0010,0020)=", P(p.mrn, "mrn")]
        if cx.want("date", 0.5):
            parts += [" (0010,0030)=", P(fdate(p.dob, "hl7"), "date")]
        parts += [" (0010,0040)=%s" % p.sex]
        if cx.want("age", 0.3):
            a = "%03dY" % p.age
            parts += [" (0010,1010)=", P(a, "age") if p.age > 89 else a]
        if cx.want("address", 0.2):
            parts += [" (0010,1040)=", P(p.street, "address"), "^", P(p.city, "address"), "^%s^" % p.state, P(p.zip5, "zip")]
        if cx.want("phone", 0.2):
            parts += [" (0010,2154)=", P(fmt_phone(ch([1, 4])), "phone")]
        parts += [" (0008,0060)=%s status=0000" % ch(["CT", "MR", "US", "CR", "NM", "XA"])]
    else:
        parts += ["Coerce (0010,0020) PatientID "]
        parts += ["'", P(mrn(), "mrn"), "' -> '", P(p.mrn, "mrn"), "'"] if cx.want("mrn", 0.8) else ["(issuer mismatch)"]
        parts += [" issuer=MRMC"]
        if cx.want("name", 0.6):
            parts += [" PatientName=", P(p.name("dcm"), "name")]
        parts += [" calling=%s" % ae]
    return parts


# ----------------------------------------------------------------------------
# 14. label / wristband printers (ZPL captured by the print server)
# ----------------------------------------------------------------------------
@fam("label_printer", ["name", "mrn", "date", "account", "age"], 1.0)
def f_label(cx):
    u, rm = room()
    prn = ch(["ZD621-%s-0%d" % (u, ri(1, 4)), "HC100-%s" % u, "ZT411-LAB-%d" % ri(1, 6)])
    head = "%s [PrintSvc] job=%d printer=%s (%s:9100) user=%s bytes=%d " % (ts_iso(z=False), ri(1000, 99999), prn, priv_ip(),
                                                                          ch(STAFF_IDS + SVC_IDS), ri(300, 2400))
    if not cx.phi:
        v = ri(0, 2)
        if v == 0:
            return [head + "zpl=^XA^CI28^FO20,15^A0N,30,30^FDS%s%05d^FS^FO20,50^BY2^BCN,70,N^FDS%s%05d^FS^FO20,130^A0N,22,22^FD%s  %s^FS^XZ" %
                    (CLOCK[0].strftime("%y%m%d"), ri(1, 99999), CLOCK[0].strftime("%y%m%d"), ri(1, 99999),
                     ch(["LAV 4mL", "SST 5mL", "LT GRN", "BLUE 2.7"]), CLOCK[0].strftime("%m/%d %H:%M"))]
        if v == 1:
            return [head + "zpl=^XA^FO50,50^A0N,50,50^FDTEST PRINT %s^FS^FO50,120^FDfw V%d.%d.%dZ sn %s^FS^XZ" %
                    (prn, ri(70, 90), ri(1, 20), ri(1, 40), alnum(12))]
        return [head + "status=%s media=%s head_temp=%dC odometer=%d in. driver %s" %
                (ch(["PAPER_OUT", "RIBBON_LOW", "HEAD_OPEN", "READY"]), ch(["wristband-adult", "label-2x1", "infant-band"]),
                 ri(20, 45), ri(1000, 900000), version())]
    p = mkp(cx)
    parts = [head, "zpl=^XA^CI28^FO30,20^A0N,40,40^FD"]
    parts += [P(p.name(ch(["lfm", "LF", "lf"])), "name") if cx.want("name", 0.85) else "PATIENT"]
    parts += ["^FS^FO30,70^A0N,28,28^FD"]
    sm = cx.want("mrn", 0.8)
    if sm:
        parts += ["MRN: ", P(p.mrn, "mrn"), "  "]
    if cx.want("date", 0.6):
        parts += ["DOB: ", P(fdate(p.dob, ch(["us", "us1"])), "date"), "  "]
    if cx.want("age", 0.4):
        parts += [age_val(p), "Y %s" % p.sex]
    else:
        parts += [p.sex]
    parts += ["^FS^FO30,105^A0N,24,24^FD"]
    if cx.want("account", 0.4):
        parts += ["FIN ", P(har(), "account"), " "]
    parts += ["%s %s^FS" % (rm, doctor(1)[1].upper())]
    if sm:
        parts += ["^FO30,140^BY2^BCN,60,N^FD", P(p.mrn, "mrn"), "^FS"]
    parts += ["^XZ"]
    return parts


# ----------------------------------------------------------------------------
# 15. Windows event logs of clinical workstations
# ----------------------------------------------------------------------------
def ws():
    return "WS-%s-%s%02d" % (ch(UNITS), ch(["NS", "WOW", "RM", "CONS"]), ri(1, 30))


@fam("win_event", ["photo", "name", "mrn"], 1.0)
def f_win(cx):
    w = ws()
    t = tick()
    if not cx.phi:
        v = ri(0, 3)
        if v == 0:
            return ["%s %s Microsoft-Windows-Security-Auditing[4624]: An account was successfully logged on. "
                    "Subject: Security ID: S-1-5-18 Account Name: %s$ New Logon: Account Name: %s Account Domain: MRMC "
                    "Logon ID: 0x%s Logon Type: %d Source Network Address: %s Source Port: %d Logon Process: User32" %
                    (ts_sys(t), w, w, ch(STAFF_IDS).replace("MRMC\\", ""), hexs(6, True), ch([2, 3, 7, 10, 11]),
                     priv_ip(), ri(49152, 65535))]
        if v == 1:
            return ["<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><Provider Name='Microsoft-Windows-Security-Auditing'/>"
                    "<EventID>4740</EventID><TimeCreated SystemTime='%s'/><Computer>%s.mrmc.local</Computer></System><EventData>"
                    "<Data Name='TargetUserName'>%s</Data><Data Name='TargetDomainName'>%s</Data><Data Name='SubjectUserSid'>S-1-5-21-%d-%d-%d-%d</Data>"
                    "</EventData></Event>" % (ts_iso(t, z=False) + "Z", w, ch(STAFF_IDS).replace("MRMC\\", ""), w,
                                              ri(10 ** 9, 4 * 10 ** 9), ri(10 ** 9, 4 * 10 ** 9), ri(10 ** 9, 4 * 10 ** 9), ri(1000, 99999))]
        if v == 2:
            return ["%s %s Service Control Manager[7036]: The %s service entered the %s state. (%s, pid %d)" %
                    (ts_sys(t), w, ch(["Imprivata OneSign Agent", "Citrix Desktop Service", "Zebra Print Monitor",
                                       "Epic Print Service", "CrowdStrike Falcon Sensor"]),
                     ch(["running", "stopped"]), build(), ri(100, 30000))]
        return ["%s %s Microsoft-Windows-Security-Auditing[4663]: An attempt was made to access an object. Account Name: %s "
                "Object Name: \\\\mrmc-fs01\\Shares\\%s\\%s Accesses: ReadData Process: C:\\Program Files\\%s" %
                (ts_sys(t), w, ch(STAFF_IDS).replace("MRMC\\", ""), ch(["Nursing", "Pharmacy", "Biomed"]),
                 ch(["Policies\\IV_Pump_Library_v%s.pdf" % version(), "Schedules\\OR_Block_%s.xlsx" % CLOCK[0].strftime("%Y-%m"),
                     "Forms\\Blank_Consent_EN_ES.docx", "Drug_Library\\Alaris_DL_%s.dlz" % digits(6)]),
                 ch(["Adobe\\Acrobat DC\\Acrobat\\Acrobat.exe", "Microsoft Office\\root\\Office16\\EXCEL.EXE"]))]
    p = mkp(cx)
    user = ch(STAFF_IDS).replace("MRMC\\", "")
    v = 0 if cx.need == "photo" else (ch([1, 2]) if cx.need in ("name", "mrn") else ri(0, 2))
    if v == 0:
        path = ch(["\\\\mrmc-fs02\\PatientPhotos\\%s\\%s\\%s.jpg" % (today().year, today().strftime("%m"), p.mrn),
                   "\\\\mrmc-fs02\\PatientPhotos\\%s_%s.jpg" % (p.mrn, p.name("us")),
                   "C:\\ProgramData\\Epic\\Media\\PtPhoto_%s.png" % p.mrn,
                   "D:\\Capture\\Webcam\\ADT_%s_%s.jpeg" % (p.mrn, today().strftime("%Y%m%d"))])
        parts = ["%s %s Microsoft-Windows-Security-Auditing[4663]: An attempt was made to access an object. Account Name: %s "
                 "Object Name: " % (ts_sys(t), w, user), P(path, "photo"),
                 " Accesses: %s Process: C:\\Program Files (x86)\\Epic\\Hyperspace\\Hyperdrive.exe Handle ID: 0x%s" %
                 (ch(["WriteData", "ReadData"]), hexs(4))]
        return parts
    if v == 1:
        parts = ["%s %s EpicPrintSvc[1001]: Print job '%s - " % (ts_sys(t), w, ch(["Face Sheet", "AVS", "Med Rec", "Wristband"]))]
        parts += [P(p.name(ch(["lf", "LF", "fl"])), "name") if cx.want("name", 0.9) else "patient", "'"]
        if cx.want("mrn", 0.6):
            parts += [" MRN ", P(p.mrn, "mrn")]
        parts += [" sent to \\\\mrmc-prn01\\%s-LASER%02d pages=%d user=%s" % (ch(UNITS), ri(1, 9), ri(1, 9), user)]
        return parts
    fn = ch(["Insurance_Card_", "Consent_", "POA_", "ID_Scan_"])
    parts = ["<Event xmlns='http://schemas.microsoft.com/win/2004/08/events/event'><System><EventID>4663</EventID><Computer>%s</Computer></System>"
             "<EventData><Data Name='SubjectUserName'>%s</Data><Data Name='ObjectName'>C:\\Users\\%s\\Downloads\\%s" % (w, user, user, fn)]
    if cx.want("name", 0.8):
        parts += [P(p.name("us"), "name")]
        if cx.want("mrn", 0.4):
            parts += ["_", P(p.mrn, "mrn")]
    else:
        parts += [P(p.mrn, "mrn")]
    parts += [".pdf</Data><Data Name='AccessMask'>0x2</Data></EventData></Event>"]
    return parts


# ----------------------------------------------------------------------------
# 16. Citrix / VDI session logs
# ----------------------------------------------------------------------------
@fam("citrix_vdi", ["ip", "name", "mrn", "date"], 1.0)
def f_citrix(cx):
    t = ts_sp()
    user = "MRMC\\" + ch(STAFF_IDS).replace("MRMC\\", "")
    sid = uuid()
    if not cx.phi:
        v = ri(0, 3)
        if v == 0:
            return ["%s INFO [Broker] SessionLaunch user=%s app=\"%s\" client=%s clientIP=%s vda=VDA-EPIC-%03d sessionId=%s protocol=HDX" %
                    (t, user, ch(["Epic Hyperspace PRD", "PACS Viewer", "Pyxis ES Console", "Bed Board"]), ws(), priv_ip(),
                     ri(1, 300), sid)]
        if v == 1:
            return ["%s INFO [HDX] session=%s ICA_RTT=%dms bw=%dkbps fps=%d codec=H.264 vda=%s:%d wem=%s" %
                    (t, sid, ri(8, 300), ri(200, 30000), ri(5, 60), priv_ip(), ch([1494, 2598]), version())]
        if v == 2:
            return ["%s WARN [ProfileMgmt] user=%s logon_duration=%s profile_load=%s gpo=%s size=%dMB server=%s ticket_to=servicedesk@mercyridge.org" %
                    (t, user, dur(), dur(), dur(), ri(20, 4000), host("ctxfs"))]
        return ["%s INFO [StoreFront] auth success user=%s method=%s from %s via NetScaler vip %s tls=1.3 cipher=%s" %
                (t, user, ch(["Imprivata", "LDAP+OTP", "SmartCard"]), priv_ip(), priv_ip(),
                 ch(["TLS_AES_256_GCM_SHA384", "TLS_CHACHA20_POLY1305_SHA256"]))]
    p = mkp(cx)
    v = 0 if cx.need == "ip" else (1 if cx.need in ("name", "mrn", "date") else ri(0, 1))
    if v == 0:
        parts = ["%s INFO [Gateway] SessionLaunch user=%s app=\"Epic Hyperspace PRD\" clientIP=" % (t, user),
                 P(pub_ip(), "ip"), " natIP=%s vda=VDA-EPIC-%03d sessionId=%s geo=%s" %
                 (priv_ip(), ri(1, 300), sid, ch(["US-OH", "US-KY", "US-WV", "US-IN"]))]
        return parts
    parts = ["%s INFO [uberAgent] ForegroundWindow session=%s user=%s app=Hyperspace.exe title=\"%s - " %
             (t, sid, user, ch(["Chart Review", "Discharge Navigator", "MAR", "Storyboard"]))]
    parts += [P(p.name(ch(["LF", "lf"])), "name") if cx.want("name", 0.8) else "Patient"]
    if cx.want("mrn", 0.6):
        parts += [" - MRN ", P(p.mrn, "mrn")]
    if cx.want("date", 0.4):
        parts += [" - DOB ", P(fdate(p.dob, "us"), "date")]
    parts += [" - Epic\" focus=%s" % dur()]
    if ri(0, 3) == 0:
        parts += [" clientIP=", P(pub_ip(), "ip")]
    return parts


# ----------------------------------------------------------------------------
# 17. badge access doors (Lenel / Genetec style)
# ----------------------------------------------------------------------------
DOORS = ["2F-PHARM-01", "BH1-SALLYPORT", "LD-EXIT-2", "ED-AMB-BAY", "OR-CORE-N", "B1-DOCK-B", "NICU-MAIN", "IT-MDF-3"]


@fam("badge_access", ["name", "license", "photo", "vehicle", "other_id"], 1.0)
def f_badge(cx):
    t = ts_us()
    door = ch(DOORS)
    if not cx.phi:
        v = ri(0, 2)
        if v == 0:
            f, l = ch(DOCTORS) if ri(0, 1) else (ch(FIRST_F + FIRST_M), ch(LAST))
            return ["%s OnGuard DOOR=%s EVT=ACCESS_GRANTED badge=%010d holder=\"%s, %s\" type=EMPLOYEE dept=%s reader=HID-%s panel=LNL-%d" %
                    (t, door, ri(1, 99999999), l, f, ch(["Pharmacy", "Nursing", "Surgery", "IT", "EVS"]), hexs(8, True), ri(1, 40))]
        if v == 1:
            return ["%s OnGuard DOOR=%s EVT=%s duration=%s camera=CAM-%s-%02d clip=%s ack=%s" %
                    (t, door, ch(["DOOR_HELD_OPEN", "DOOR_FORCED", "INVALID_BADGE"]), dur(), door[:3], ri(1, 30), uuid(),
                     ch(["secops.kmurphy", "svc_genetec", "secops.jlee"]))]
        return ["%s VisitorMgmt kiosk=LOBBY-%d badges_printed=%d queue=%d printer=%s:9100 vendor=\"%s\" sw=%s" %
                (t, ri(1, 4), ri(0, 400), ri(0, 9), priv_ip(), "Lobbyguard Solutions, 1201 Eastowne Dr, Chapel Hill, NC 27514", version())]
    p = mkp(cx)
    w, q = relative(last=p.last if ri(0, 1) else None)
    v = 1 if cx.need == "name" and ri(0, 1) else 0
    if v == 1:
        return ["%s OnGuard DOOR=BH1-SALLYPORT EVT=ELOPEMENT_ATTEMPT patient=\"" % t, P(p.name(ch(["lf", "LF"])), "name"),
                "\" tag=WG-%s staff_notified=%s camera=CAM-BH1-04" % (hexs(6, True), ch(STAFF_IDS))]
    parts = ["%s VisitorMgmt EVT=BADGE_ISSUED pass=V-%s " % (t, digits(5))]
    if cx.want("name", 0.8):
        parts += [ch(["visitor=", "name=", "guest="]), "\"", P(q.name(ch(["fl", "lf"])), "name"), "\" "]
    parts += ["relation=%s dest=%s " % (w, room()[1])]
    if cx.want("name", 0.3):
        parts += ["visiting=\"", P(p.name("lf"), "name"), "\" "]
    if cx.need != "other_id" and cx.want("license", 0.5):
        parts += ["idType=DL idState=%s " % ch(["OH", "KY", "WV", "PA", "IN"]), ch(["idNo=", "dl=", "license="]), P(dl(), "license"), " "]
    elif cx.want("other_id", 0.5):
        parts += ["idType=%s " % ch(["PASSPORT", "CONSULAR_ID", "NATL_ID"]), "idNo=", P(ch(["X", "C", "N", "P"]) + digits(8), "other_id"), " "]
    if cx.want("photo", 0.4):
        parts += [ch(["photo=", "capture=", "img="]),
                  P(ch(["\\\\vms01\\captures\\V-%s.jpg" % digits(5), "https://visitor.mercyridge.org/api/v2/visitors/%s/photo.jpg" % digits(7),
                        "/var/lobbyguard/img/%s.png" % uuid()]), "photo"), " "]
    if cx.want("vehicle", 0.3):
        parts += ["parking=GARAGE-B plate=", P(plate(), "vehicle"), " "]
    parts += ["watchlist=CLEAR host=%s" % ch(STAFF_IDS)]
    return parts


# ----------------------------------------------------------------------------
# 18. parking, valet and visitor pre-registration
# ----------------------------------------------------------------------------
CARS = ["2019 Honda CR-V", "2021 Toyota Camry", "2016 Ford F-150", "2018 Subaru Outback", "2022 Kia Telluride",
        "2014 Chevrolet Malibu", "2020 Nissan Rogue", "2017 Jeep Cherokee"]


@fam("parking", ["vehicle", "name", "phone", "license", "email", "other_id", "account"], 1.0)
def f_parking(cx):
    t = ts_sp()
    if not cx.phi:
        v = ri(0, 3)
        if v == 0:
            return ["%s PARCS PayStation=PS-%02d txn=%s amount=$%d.00 card=************%s auth=%s validation=VAL-%s-%s ticket=T%s" %
                    (t, ri(1, 12), digits(10), ri(2, 24), digits(4), alnum(6), ch(UNITS), digits(4), digits(12))]
        if v == 1:
            return ["%s PARCS Occupancy GARAGE-%s level=%d free=%d/%d sensors_offline=%d controller=%s fw=%s" %
                    (t, ch("ABC"), ri(1, 6), ri(0, 480), 480, ri(0, 9), priv_ip(), version())]
        if v == 2:
            return ["%s Valet shift_summary tickets=%d avg_retrieve=%s attendants=%d vendor=\"Towne Park LLC, 1 Park Pl Ste 300, Annapolis, MD 21401\" "
                    "support=1-800-555-0175" % (t, ri(40, 300), dur(), ri(2, 8))]
        return ["%s PARCS Gate=%s-EXIT-%d OPEN cred=STAFF_PERMIT permit=EMP-%s holder_dept=%s lpr_conf=n/a" %
                (t, ch(["GARAGE-A", "GARAGE-B", "LOT-7"]), ri(1, 4), digits(6), ch(["Nursing", "Lab", "EVS"]))]
    p = mkp(cx)
    variants = [{"vehicle", "account", "name", "other_id", "license"}, {"vehicle", "name", "phone"},
                {"name", "email", "phone", "license", "other_id", "vehicle"}]
    v = ch([i for i, vs in enumerate(variants) if cx.need in vs])
    if v == 0:
        parts = ["%s PARCS LPR cam=%s conf=0.%02d " % (t, ch(["GARAGE-B-ENT", "ED-LOT-ENT", "LOT-7-EXIT"]), ri(70, 99))]
        if cx.want("vehicle", 0.8):
            parts += [ch(["plate=", "lpn=", "read="]), P(plate(), "vehicle"), " state=%s " % ch(["OH", "KY", "WV", "PA"])]
        parts += ["match=PATIENT_VALIDATION "]
        if cx.want("account", 0.4):
            parts += [ch(["enc=", "visitAcct=", "har="]), P(har(), "account"), " "]
        if cx.want("name", 0.4):
            parts += ["pt=\"", P(p.name("lf"), "name"), "\" "]
        if cx.need == "other_id" or (cx.want("other_id", 0.2) and cx.need != "license"):
            parts += ["ada_placard=", P(ch(["", "P", "DP-"]) + digits(ri(7, 9)), "other_id"), " "]
        elif cx.want("license", 0.2):
            parts += ["dl_on_file=", P(dl(), "license"), " "]
        parts += ["rate=PATIENT_FREE"]
        return parts
    if v == 1:
        parts = ["%s Valet tkt=%d car=\"%s %s\" " % (t, ri(1000, 9999), ch(["silver", "gray", "black", "white", "blue"]), ch(CARS))]
        if cx.want("vehicle", 0.8):
            parts += [ch(["VIN ", "vin=", "VIN#"]), P(vin(), "vehicle"), " "]
        if cx.want("name", 0.7):
            parts += ["owner=\"", P(p.name(ch(["fl", "lf"])), "name"), "\" "]
        if cx.want("phone", 0.6):
            parts += ["text-for-car=", P(fmt_phone(), "phone"), " "]
        parts += ["key_hook=%s%d damage=none" % (ch("ABCD"), ri(1, 60))]
        return parts
    o = {"evt": "VISITOR_PREREG", "ts": ts_iso(), "visitor": {}, "hostUnit": room()[1], "policy": "2_VISITORS_MAX"}
    vis = o["visitor"]
    w, q = relative(last=p.last if ri(0, 1) else None)
    if cx.want("name", 0.7):
        vis["firstName"] = P(q.first, "name")
        vis["lastName"] = P(q.last, "name")
    vis["relation"] = w
    if cx.want("email", 0.6):
        vis[ch(["email", "emailAddress", "correo"])] = P(q.email(), "email")
    if cx.want("phone", 0.5):
        vis[ch(["mobile", "cell", "phone"])] = P(fmt_phone(ch([0, 1, 5])), "phone")
    if cx.need != "other_id" and cx.want("license", 0.3):
        vis["idDoc"] = {"type": "DRIVER_LICENSE", "state": ch(["OH", "KY", "IN"]), "number": P(dl(), "license")}
    elif cx.want("other_id", 0.3):
        vis["idDoc"] = {"type": ch(["PASSPORT", "MATRICULA_CONSULAR", "PERMANENT_RESIDENT_CARD"]),
                        "number": P(ch(["", "A"]) + digits(9) if ri(0, 1) else ch(["X", "N", "E"]) + digits(8), "other_id")}
    if cx.want("vehicle", 0.2):
        vis["plate"] = P(plate(), "vehicle")
    return js(o, ch([True, False]))


# ----------------------------------------------------------------------------
# 19. interpreter / chaplain / social work paging (free text)
# ----------------------------------------------------------------------------
@fam("paging", ["name", "phone", "age", "date", "address", "mrn", "email", "url"], 1.4)
def f_paging(cx):
    t = tick()
    svc = ch(["Interp-%s" % ch(LANGS), "Chaplain-OnCall", "SocialWork", "CaseMgmt", "PtRelations", "Palliative"])
    hdr = ch(["%s Spok[smartweb] page id=%s to=%s(%s) from=%s msg=\"" % (ts_sp(t), digits(8), svc, digits(4), ch(UNITS) + "-NS"),
              "%s vocera: bcast grp=%s sender=%s text=\"" % (ts_iso(t), svc, ch(STAFF_IDS)),
              "[%s] PAGE -> %s : \"" % (ts_us(t), svc)])
    if not cx.phi:
        msg = ch(["On-call change: %s now covering, pgr %s until 0700; backup %s" % (ch(["Rev. Thomas Adeyemi", "Sr. Anne Kowalski",
                                                                                      "Imam Yusuf Rahman", "Rabbi Dov Friedman"]), digits(4), ch(STAFF_NAMES)),
                  "VRI cart VRI-0%d requested for %s language=%s vendor=Cyracom acct %s wait %s" % (ri(1, 6), room()[1], ch(LANGS), digits(5), dur()),
                  "TEST PAGE please disregard - Spok upgrade %s %s" % (version(), build()),
                  "Code Lavender %s - staff support huddle 1430 in chapel, call x%s" % (room()[1], digits(4)),
                  "Interp needed %s for consent with %s at %02d%02d, call back %s" % (room()[1], doctor(), ri(7, 18), ch([0, 30]), ch(HOSP_PHONE)),
                  "Bereavement packets restocked on %s; order more from Gundersen Resolve, 1900 South Ave, La Crosse, WI 54601" % ch(UNITS)])
        return [hdr, msg, "\""]
    p = mkp(cx)
    u, rm = room()
    variants = [{"name", "mrn", "phone", "date"}, {"name", "age", "date", "phone"},
                {"name", "address", "date", "age"}, {"name", "url", "email", "mrn"},
                {"name", "age", "date", "phone", "mrn"}]
    v = ch([i for i, vs in enumerate(variants) if cx.need in vs])
    parts = [hdr]
    if v == 0:
        parts += ["%s interp needed %s for " % (ch(LANGS), rm)]
        parts += [P(p.name(ch(["fl", "fml"])), "name") if cx.want("name", 0.8) else "pt"]
        if cx.want("mrn", 0.3):
            parts += [" (", P(p.mrn, "mrn"), ")"]
        parts += [", consent w/ %s at %02d00" % (doctor(), ri(7, 18))]
        if cx.want("phone", 0.6):
            w, q = relative(last=p.last)
            parts += ["; %s " % w]
            if cx.want("name", 0.5):
                parts += [P(q.first, "name"), " "]
            parts += ["cb " if ri(0, 1) else "at ", P(fmt_phone(), "phone")]
        if cx.want("date", 0.2):
            parts += [" surgery ", P(fdate(near_date(0, 5), ch(["us1", "us2"])), "date")]
    elif v == 1:
        parts += ["Chaplain please visit %s: pt " % rm]
        parts += [P(p.name("fl"), "name") if cx.want("name", 0.8) else "in bed %s" % ch("AB")]
        if cx.want("age", 0.6):
            parts += [", ", age_val(p), ch([" yo", "yo", " y/o", " years old"])]
        parts += [", family requests %s" % ch(["anointing of the sick", "prayer", "communion", "Quran recitation", "Shabbat candles"])]
        if cx.want("name", 0.5):
            w, q = relative(last=p.last)
            parts += ["; %s " % w, P(q.first, "name"), " at bedside"]
        if cx.want("date", 0.3):
            parts += [". Pt expired ", P(fdate(today(), ch(["us", "us1"])), "date"), " %02d%02d" % (ri(0, 23), ri(0, 59))]
        if cx.want("phone", 0.2):
            parts += [", call ", P(fmt_phone(), "phone")]
    elif v == 2:
        parts += ["SW consult %s: " % rm]
        if cx.want("name", 0.6):
            parts += [P(p.name(ch(["lf", "fl"])), "name"), " "]
        parts += ["needs ride home at discharge, lives alone at "]
        parts += [P(p.street, "address") if cx.want("address", 0.9) else "home"]
        if cx.want("address", 0.7):
            parts += [", ", P(p.city, "address")]
        if cx.want("zip", 0.3):
            parts += [" %s " % p.state, P(p.zip5, "zip")]
        if cx.want("date", 0.4):
            parts += ["; DOB ", P(fdate(p.dob, "us1"), "date")]
        if cx.want("age", 0.3):
            parts += [" (age ", age_val(p), ")"]
    elif v == 3:
        parts += ["PtRelations: family of "]
        parts += [P(p.name("fl"), "name") if cx.want("name", 0.7) else "pt in %s" % rm]
        parts += [" set up updates page "]
        parts += [P(public_url(p), "url") if cx.want("url", 0.6) else "online"]
        if cx.want("email", 0.7):
            w, q = relative(last=p.last)
            parts += [", %s prefers email " % w, P(q.email(), "email")]
        if cx.want("mrn", 0.2):
            parts += [" re MRN ", P(p.mrn, "mrn")]
    else:
        parts += ["Palliative: "]
        if cx.want("name", 0.7):
            parts += [P(p.name("lf"), "name"), " "]
        parts += ["%s, " % rm]
        if cx.want("age", 0.6):
            parts += [age_val(p), " y/o %s, " % p.sex]
        parts += ["goals-of-care mtg %02d%02d w/ %s" % (ri(8, 17), ch([0, 30]), doctor())]
        if cx.want("date", 0.3):
            parts += [" (adm ", P(fdate(near_date(12), "us1"), "date"), ")"]
        if cx.want("phone", 0.3):
            parts += [", HCPOA cell ", P(fmt_phone(), "phone")]
        if cx.want("mrn", 0.2):
            parts += [" #", P(p.mrn, "mrn")]
    parts += ["\""]
    return parts


# ----------------------------------------------------------------------------
# 20. self check-in kiosk / palm-vein identification (JSON)
# ----------------------------------------------------------------------------
@fam("kiosk", ["biometric", "photo", "email", "phone", "health_plan", "account", "license", "name", "date",
               "ssn", "address", "zip", "other_id", "fax"], 0.7)
def f_kiosk(cx):
    k = "KSK-%s-%02d" % (ch(["ED", "LOBBY", "ONC", "IMG", "LAB"]), ri(1, 9))
    if not cx.phi:
        v = ri(0, 2)
        if v == 0:
            o = {"kioskId": k, "evt": "HEARTBEAT", "ver": version(), "printer": ch(["OK", "PAPER_LOW"]), "cardReader": "OK",
                 "palmScanner": "PS-M2 fw %s" % version(), "ip": priv_ip(), "uptimeS": ri(100, 9000000), "ts": ts_iso()}
        elif v == 1:
            o = {"kioskId": k, "evt": "SESSION_TIMEOUT", "step": ch(["INSURANCE_SCAN", "PAYMENT", "DEMOGRAPHICS", "CONSENT"]),
                 "durationMs": ri(1000, 300000), "sessionId": uuid(), "lang": ch(["en", "es", "so", "ne"]), "ts": ts_iso()}
        else:
            o = {"kioskId": k, "evt": "PALM_MATCH", "result": ch(["NO_MATCH", "LOW_QUALITY", "RETRY"]), "score": round(R.random(), 2),
                 "templateVersion": "PS-5.2", "templateHash": sha(64), "ts": ts_iso()}
        return js(o, ch([True, False]))
    p = mkp(cx)
    o = {"kioskId": k, "ts": ts_iso()}
    pt = {}
    need = cx.need
    br = {"biometric": "palm", "photo": "photo", "health_plan": "ins", "account": "pay",
          "license": "id", "other_id": "id"}.get(need) or ch(["palm", "photo", "ins", "pay", "id", "demo", "demo", "demo"])
    if br == "palm":
        o["evt"] = "PALM_ENROLL"
        o[ch(["palmTemplate", "palm_vein_tmpl", "bioTemplate", "veinData"])] = P(b64(ri(60, 150)), "biometric")
        o["quality"] = ri(50, 99)
    elif br == "photo":
        o["evt"] = "PHOTO_CAPTURE"
        o[ch(["facePhoto", "photoB64", "portrait", "img"])] = P(ch([jpeg_b64(ri(60, 140)), png_b64(ri(60, 120))]), "photo")
    elif br == "ins":
        o["evt"] = "INSURANCE_SCAN"
        o["coverage"] = {"payer": ch(PAYERS), ch(["memberId", "member_id", "subscriberNo", "beneficiaryId", "insuredId"]): P(member_id(), "health_plan"),
                         "group": "%s" % ch(["G", ""]) + digits(6), "rxBin": "%06d" % ri(1, 999999), "rxPcn": ch(["ADV", "MEDDADV", "CTRXMEDD"])}
    elif br == "pay":
        o["evt"] = "COPAY_PAYMENT"
        o["amount"] = "%d.00" % ri(10, 250)
        o[ch(["cardNumber", "pan", "card_no"])] = P(card(), "account")
        o["exp"] = "%02d/%02d" % (ri(1, 12), ri(25, 30))
        if cx.want("account", 0.5):
            o["guarantorAcct"] = P(har(), "account")
    elif br == "id":
        o["evt"] = "ID_SCAN"
        if need == "license" or (ri(0, 1) and need != "other_id"):
            o["idDoc"] = {"type": "DL", "jurisdiction": ch(["OH", "KY", "WV"]), "number": P(dl(), "license"), "exp": fdate(near_date(0, 1500), "iso")}
        else:
            typ, num, ctry = foreign_id()
            o["idDoc"] = {"type": typ, "number": P(num, "other_id"), "country": ctry}
    else:
        o["evt"] = "DEMOGRAPHICS_UPDATE"
    if cx.want("name", 0.7):
        pt[ch(["name", "fullName", "patientName"])] = P(p.name(ch(["fl", "lf"])), "name")
    if cx.want("date", 0.5):
        pt[ch(["dob", "birthDate", "fechaNacimiento"])] = P(fdate(p.dob, ch(["iso", "us"])), "date")
    if cx.want("ssn", 0.15):
        pt[ch(["ssn", "SSN", "socialSecurity", "ss_num"])] = P(ssn(), "ssn")
    if cx.want("phone", 0.35):
        pt[ch(["phone", "cellPhone", "mobile", "homePhone"])] = P(fmt_phone(), "phone")
    if cx.want("fax", 0.08):
        pt[ch(["fax", "homeFax", "faxNumber"])] = P(fmt_phone(ch([0, 1, 3])), "fax")
    if cx.want("email", 0.35):
        pt[ch(["email", "emailAddr", "e_mail"])] = P(p.email(), "email")
    if cx.want("address", 0.2) or cx.want("zip", 0.2):
        pt["address"] = {"line1": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state, "zip": P(p.zipc(), "zip")}
    o["patient"] = pt
    o["sessionId"] = uuid()
    return js(o, ch([True, False]))


# ----------------------------------------------------------------------------
# 21. fax server (RightFax-like)
# ----------------------------------------------------------------------------
@fam("fax_server", ["fax", "name", "date", "mrn"], 0.9)
def f_fax(cx):
    t = ts_sp()
    job = "RF-%s%04d" % (CLOCK[0].strftime("%Y%m%d"), ri(1, 9999))
    if not cx.phi:
        v = ri(0, 2)
        if v == 0:
            return ["%s RightFax[%d] OUT job=%s to=%s recipient=\"%s\" csid=\"%s\" pages=%d status=%s dur=%s line=%d" %
                    (t, ri(100, 9999), job, fmt_phone(ch([0, 5])), ch(["CVS Pharmacy #4412", "Walgreens #10231", "Kindred Home Health",
                                                                    "Ohio Dept of Health - Lab Reporting", "Whispering Pines SNF intake"]),
                     ch(HOSP_FAX), ri(1, 30), ch(["OK", "BUSY_RETRY", "NO_ANSWER"]), dur(), ri(1, 24))]
        if v == 1:
            return ["%s RightFax[%d] IN job=%s from_csid=\"%s\" ani=%s dnis=%s routed_to=HIM-QUEUE-%d pages=%d ocr=%s" %
                    (t, ri(100, 9999), job, ch(["OHIO STATE ORTHO", "QUEST DIAG", "MEDTRONIC CARELINK", "AETNA PRECERT"]),
                     fmt_phone(5), ch(HOSP_FAX), ri(1, 5), ri(1, 30), ch(["queued", "done"]))]
        return ["%s RightFax[%d] modem board=Brooktrout TR1034 ch=%d status=IDLE fw %s calls_today=%d cover=\"%s\"" %
                (t, ri(100, 9999), ri(1, 24), version(), ri(0, 900), HOSP + " HIM, " + HOSP_ADDR)]
    p = mkp(cx)
    parts = ["%s RightFax[%d] OUT job=%s queue=ROI " % (t, ri(100, 9999), job)]
    if cx.want("fax", 0.8):
        parts += [ch(["to=", "fax=", "dest="]), P(fmt_phone(ch([0, 1, 5])), "fax"), " recipient=\"patient (self)\" "]
    else:
        parts += ["to=%s recipient=\"%s\" " % (fmt_phone(5), "Attorney office")]
    parts += ["cover=\"Records for "]
    parts += [P(p.name(ch(["fl", "LF"])), "name") if cx.want("name", 0.7) else "patient"]
    if cx.want("date", 0.5):
        parts += [" DOB ", P(fdate(p.dob, "us"), "date")]
    if cx.want("mrn", 0.4):
        parts += [" MRN ", P(p.mrn, "mrn")]
    parts += ["\" pages=%d status=OK requested_by=%s" % (ri(1, 80), ch(["him.roi1", "him.kmurphy", "svc_roi"]))]
    return parts


# ----------------------------------------------------------------------------
# 22. patient portal / telehealth web access log (nginx combined)
# ----------------------------------------------------------------------------
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "MyChart/10.8.1 (Android 14; SM-S918U)", "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 Chrome/121.0 Mobile Safari/537.36"]


def clf_time(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S ") + ch(["-0400", "-0500"])


@fam("portal_access", ["ip", "email", "url", "photo"], 1.2)
def f_portal(cx):
    t = tick()
    if not cx.phi:
        v = ri(0, 2)
        if v == 0:
            return ["%s - - [%s] \"GET %s HTTP/1.1\" 200 %d \"-\" \"%s\" rt=%.3f upstream=%s:8080" %
                    (priv_ip(), clf_time(t), ch(["/healthz", "/MyChart/ready", "/api/v1/status"]), ri(2, 90),
                     ch(["kube-probe/1.27", "F5-HealthMonitor", "ELB-HealthChecker/2.0"]), R.random() / 100, priv_ip())]
        if v == 1:
            return ["%s - - [%s] \"GET /MyChart/%s HTTP/2.0\" %d %d \"https://mychart.mercyridge.org/MyChart/\" \"%s\" rt=%.3f req_id=%s" %
                    (priv_ip(), clf_time(t), ch(["scripts/app.%s.js" % hexs(8), "css/site.min.css?v=%s" % version(), "en-US/images/logo.svg"]),
                     ch([200, 304]), ri(300, 900000), ch(UAS), R.random(), hexs(32))]
        return ["%s - svc_pacs_rt [%s] \"POST /api/v1/telehealth/rooms HTTP/1.1\" 201 %d \"-\" \"python-requests/2.31\" rt=%.3f room=%s" %
                (priv_ip(), clf_time(t), ri(100, 900), R.random(), uuid())]
    p = mkp(cx)
    ip_part = P(pub_ip(), "ip") if cx.want("ip", 0.85) else priv_ip()
    v = ri(0, 3)
    if cx.need == "email":
        v = 1
    elif cx.need == "url":
        v = ch([0, 3])
    elif cx.need == "photo":
        v = 2
    parts = [ip_part, " - - [%s] " % clf_time(t)]
    if v == 0:
        parts += ["\"GET /MyChart/Messaging/Inbox HTTP/2.0\" 200 %d \"" % ri(800, 40000)]
        parts += [P(public_url(p), "url") if cx.want("url", 0.6) else "https://mychart.mercyridge.org/MyChart/Home"]
        parts += ["\" \"%s\" rt=%.3f" % (ch(UAS), R.random())]
    elif v == 1:
        parts += ["\"POST /MyChart/proxy/invite?email="]
        w, q = relative(last=p.last)
        parts += [P(q.email(), "email") if cx.want("email", 0.9) else "redacted", "&rel=%s HTTP/1.1\" 302 0 \"-\" \"%s\" rt=%.3f" %
                  (w.replace(" ", "+"), ch(UAS), R.random())]
    elif v == 2:
        path = ch(["/MyChart/api/patients/%s/photo.jpg" % p.mrn, "/media/ptphoto/%s/%s_face.png" % (digits(4), p.mrn),
                   "/telehealth/waiting-room/snapshot/%s.jpeg" % digits(9)])
        parts += ["\"GET ", P(path, "photo") if cx.want("photo", 0.9) else "/MyChart/Home", " HTTP/2.0\" 200 %d \"-\" \"%s\" rt=%.3f" %
                  (ri(8000, 90000), ch(UAS), R.random())]
    else:
        parts += ["\"GET /telehealth/join?visit=%s HTTP/2.0\" 200 %d \"" % (digits(10), ri(800, 40000))]
        parts += [P(public_url(p), "url") if cx.want("url", 0.7) else "-"]
        parts += ["\" \"%s\" rt=%.3f" % (ch(UAS), R.random())]
    return parts


# ----------------------------------------------------------------------------
# 23. implanted device remote monitoring / home telemetry (JSON)
# ----------------------------------------------------------------------------
IMPLANTS = ["Azure XT DR MRI", "Gallant HF CRT-D", "LINQ II ICM", "Accolade MRI", "Dexcom G7 CGM", "CardioMEMS HF sensor", "WaveWriter Alpha SCS"]


@fam("remote_monitor", ["device", "name", "date", "phone", "mrn", "ip", "zip"], 1.1)
def f_remote(cx):
    if not cx.phi:
        v = ri(0, 1)
        if v == 0:
            o = {"svc": "carelink-sync", "batch": uuid(), "transmissions": ri(0, 900), "failed": ri(0, 9), "api": "https://api.vendor-cloud.example/v3",
                 "latencyMs": ri(40, 8000), "clinicId": "CLN-%s" % digits(5), "ts": ts_iso()}
        else:
            o = {"svc": "merlin-hl7-export", "queue": ri(0, 400), "lastAck": ts_iso(), "peer": "%s:6661" % priv_ip(), "cert_exp": fdate(near_date(0, 400), "iso"),
                 "model": ch(IMPLANTS), "fwCatalog": version()}
        return js(o, ch([True, False]))
    p = mkp(cx)
    o = {"evt": ch(["TRANSMISSION_RECEIVED", "ALERT", "DEVICE_PAIRED"]), "model": ch(IMPLANTS)}
    if cx.want("device", 0.8):
        o[ch(["deviceSerial", "implantSN", "serialNumber", "sn"])] = P(implant_sn(), "device")
    if cx.want("device", 0.3):
        o[ch(["monitorImei", "bedsideMonitorIMEI", "imei"])] = P(imei(), "device")
    pt = {}
    if cx.want("name", 0.7):
        pt["name"] = P(p.name(ch(["fl", "lf"])), "name")
    if cx.want("mrn", 0.4):
        pt["mrn"] = P(p.mrn, "mrn")
    if cx.want("date", 0.4):
        pt[ch(["dob", "dateOfBirth"])] = P(fdate(p.dob, "iso"), "date")
    if cx.want("phone", 0.3):
        pt["homePhone"] = P(fmt_phone(), "phone")
    if cx.want("zip", 0.2):
        pt["zip"] = P(p.zip5, "zip")
    o["patient"] = pt
    if cx.want("date", 0.3):
        o[ch(["implantDate", "implanted"])] = P(fdate(date(today().year - ri(1, 8), ri(1, 12), ri(1, 28)), "iso"), "date")
    if cx.want("ip", 0.3):
        o["monitorPublicIp"] = P(pub_ip(), "ip")
    o["alert"] = ch(["AF burden > 6h", "RV lead impedance out of range", "battery ERI", "none", "VT episode 12s"])
    o["receivedAt"] = ts_iso()
    return js(o, ch([True, False]))


# ----------------------------------------------------------------------------
# 24. pharmacy automation: IV compounding robot / carousel
# ----------------------------------------------------------------------------
@fam("pharm_robot", ["name", "mrn", "date", "account", "license", "age"], 1.0)
def f_robot(cx):
    t = ts_sp()
    rob = ch(["RIVA-01", "IV-STATION-2", "Carousel-A", "BoxPicker-1", "APOTECAchemo"])
    if not cx.phi:
        v = ri(0, 2)
        if v == 0:
            return ["%s %s batch=B%s-%02d dose=DS-%s drug=\"%s\" status=%s gravimetric_err=%.1f%% cycle=%s" %
                    (t, rob, CLOCK[0].strftime("%y%m%d"), ri(1, 30), digits(7), ch(["Vancomycin 1250 mg/250 mL", "Cefazolin 2 g/100 mL",
                                                                                     "Norepinephrine 8 mg/250 mL", "Oxytocin 30 units/500 mL"]),
                     ch(["COMPLETE", "REJECTED_WEIGHT", "QUEUED"]), R.random() * 5, dur())]
        if v == 1:
            return ["%s %s pick order=%s NDC=%s qty=%d bin=%s-%02d-%02d user=%s lot=%s exp=%s" %
                    (t, rob, order_no(), ch(MEDS)[0], ri(1, 60), ch("ABCDEF"), ri(1, 40), ri(1, 12), ch(STAFF_IDS), alnum(7),
                     fdate(near_date(0, 800), "iso"))]
        return ["%s %s calibration scale=SC-%s ref=%.4f g measured=%.4f g drift=%.3f%% tech=%s vendor=\"%s\"" %
                (t, rob, digits(5), 50.0, 50 + R.random() / 10, R.random(), ch(STAFF_IDS), VENDORS[7])]
    p = mkp(cx)
    parts = ["%s %s label dose=DS-%s drug=\"%s\" " % (t, rob, digits(7), ch(["TPN 1450 mL", "Vancomycin 1250 mg/250 mL",
                                                                              "Cisplatin 75 mg/m2", "Heparin 25,000 u/250 mL"]))]
    if cx.want("name", 0.8):
        parts += [ch(["pt=", "patient=", "for="]), "\"", P(p.name(ch(["LF", "lf", "lfm"])), "name"), "\" "]
    if cx.want("mrn", 0.6):
        parts += ["mrn=", P(p.mrn, "mrn"), " "]
    if cx.want("account", 0.3):
        parts += ["acct=", P(har(), "account"), " "]
    if cx.want("date", 0.3):
        parts += ["dob=", P(fdate(p.dob, ch(["us", "iso"])), "date"), " "]
    if cx.want("age", 0.3):
        parts += ["age=", age_val(p), " "]
    parts += ["wt=%.1fkg loc=%s " % (R.random() * 100 + 2, room()[1])]
    parts += ["verified_by=%s " % ch(["pharm.rsingh", "pharm.gbianchi"])]
    if cx.want("license", 0.4):
        parts += [ch(["rph_lic=", "RPhLicense=", "lic#"]), P(prof_license("rph"), "license"), " "]
    parts += ["bud=%s" % (CLOCK[0] + timedelta(hours=ri(4, 72))).strftime("%m/%d %H:%M")]
    return parts


# ----------------------------------------------------------------------------
# 25. IVR / contact centre (appointment reminders, nurse line, voice biometrics)
# ----------------------------------------------------------------------------
@fam("ivr", ["phone", "name", "date", "biometric", "email", "ssn", "health_plan", "mrn"], 1.2)
def f_ivr(cx):
    t = ts_iso()
    if not cx.phi:
        v = ri(0, 2)
        if v == 0:
            return ["%s genesys campaign=APPT_REMIND_48H dialed=%d answered=%d vm=%d optout=%d trunk=SIP-%s cps=%d caller_id=%s" %
                    (t, 3000, ri(600, 2000), ri(10, 900), ri(0, 40), alnum(4), ri(1, 20), ch(HOSP_PHONE))]
        if v == 1:
            return ["%s genesys queue=NurseLine waiting=%d agents=%d asa=%s aband=%.1f%% sl=%d%% site=%s" %
                    (t, ri(0, 30), ri(1, 20), dur(), R.random() * 10, ri(60, 99), host("gen"))]
        return ["%s nuance-vb enroll_stats enrolled_today=%d verify_ok=%d verify_fail=%d model=%s eer=%.2f%% license=NVB-%s" %
                (t, ri(0, 200), ri(0, 900), ri(0, 50), version(), R.random() * 3, alnum(10))]
    p = mkp(cx)
    variants = [{"phone", "name", "date", "email", "mrn"}, {"biometric", "phone", "mrn"},
                {"name", "ssn", "health_plan", "date", "phone"}]
    v = ch([i for i, vs in enumerate(variants) if cx.need in vs])
    parts = [t, " "]
    if v == 0:
        parts += ["genesys outbound APPT_REMIND to="]
        parts += [P(fmt_phone(ch([3, 5, 1])), "phone") if cx.want("phone", 0.9) else "+1XXXXXXXXXX"]
        if cx.want("name", 0.6):
            parts += [" pt=\"", P(p.name(ch(["fl", "lf"])), "name"), "\""]
        if cx.want("date", 0.7):
            parts += [" appt=", P(fdate(near_date(0, 20), ch(["iso", "us"])), "date"), " %02d:%02d" % (ri(7, 17), ch([0, 15, 30, 45]))]
        parts += [" dept=%s result=%s" % (ch(["ONC INFUSION", "CARDIOLOGY", "MRI", "WOUND CLINIC"]), ch(["CONFIRMED", "VOICEMAIL", "RESCHEDULE"]))]
        if cx.want("email", 0.3):
            parts += [" fallback_email=", P(p.email(), "email")]
        if cx.want("mrn", 0.2):
            parts += [" mrn=", P(p.mrn, "mrn")]
    elif v == 1:
        parts += ["nuance-vb ", ch(["ENROLL", "VERIFY_UPDATE"]), " ani="]
        parts += [P(fmt_phone(ch([5, 4])), "phone") if cx.want("phone", 0.6) else "restricted"]
        if cx.want("mrn", 0.4):
            parts += [" mrn=", P(p.mrn, "mrn")]
        parts += [" ", ch(["voiceprint=", "vp_b64=", "voice_template=", "vb.model="]), P(b64(ri(60, 140)), "biometric")]
        parts += [" net_speech=%ss score=%d" % (ri(8, 40), ri(1, 99))]
    else:
        parts += ["ivr nurse-line auth caller "]
        if cx.want("name", 0.5):
            parts += ["said_name=\"", P(p.name("fl"), "name"), "\" "]
        if cx.want("ssn", 0.6):
            parts += [ch(["ssn_dtmf=", "SSN=", "ssn_entered="]), P(ssn().replace("-", "").replace(" ", ""), "ssn"), " "]
        if cx.want("health_plan", 0.5):
            parts += [ch(["member_id=", "insId=", "medicaid_id="]), P(member_id(), "health_plan"), " "]
        if cx.want("date", 0.4):
            parts += ["dob_dtmf=", P(fdate(p.dob, "hl7"), "date"), " "]
        if cx.want("phone", 0.3):
            parts += ["cb=", P(fmt_phone(), "phone"), " "]
        parts += ["result=%s routed=%s" % (ch(["AUTH_OK", "AUTH_PARTIAL"]), ch(["RN_TRIAGE", "PHARMACY_REFILL", "BILLING"]))]
    return parts


# === FAMILIES END ===


# ----------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------
def check_line(line, spans, phi, need):
    assert b"\n" not in line and b"\r" not in line, line
    line.decode("utf-8")
    last = 0
    for s, e, c, v in spans:
        assert c in CATS
        assert line[s:e] == v.encode("utf-8"), (line[s:e], v)
        assert v == v.strip() and v, repr(v)
        assert s >= last, ("overlap", line, spans)
        last = e
    if not phi:
        assert not spans, (line, spans)
    else:
        assert spans, line
        assert need in {c for _, _, c, _ in spans}, (need, line)


def main():
    flags = [False] * N_CLEAN + [True] * (N_LINES - N_CLEAN)
    R.shuffle(flags)
    # 9 lines per category are steered to that category (coverage); the other
    # PHI lines pick a family first and then one of the categories it carries.
    needs = CATS * 9
    while len(needs) < N_LINES - N_CLEAN:
        needs.append(None)
    R.shuffle(needs)
    ni = 0
    lines, labels = [], []
    fam_count = {}
    for i, phi in enumerate(flags):
        need = None
        if phi:
            need = needs[ni]
            ni += 1
            cands = [f for f in FAMILIES if need in f[1]] if need else FAMILIES
        else:
            cands = FAMILIES
        tot = sum(f[2] for f in cands)
        x = R.random() * tot
        for f in cands:
            x -= f[2]
            if x <= 0:
                break
        name, can, _, fn = f
        if phi and need is None:
            need = ch(sorted(can))
        parts = fn(Ctx(phi, need))
        line, spans = render(parts)
        check_line(line, spans, phi, need)
        lines.append(line)
        labels.append({"line": i + 1, "family": name,
                       "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]})
        fam_count.setdefault(name, [0, 0])[1 if phi else 0] += 1
    with open(os.path.join(OUT_DIR, "v.log"), "wb") as fh:
        for line in lines:
            fh.write(line + b"\n")
    with open(os.path.join(OUT_DIR, "v.labels.jsonl"), "w", encoding="utf-8") as fh:
        for lab in labels:
            fh.write(json.dumps(lab, ensure_ascii=False, separators=(",", ":")) + "\n")
    # re-read and re-verify from disk
    with open(os.path.join(OUT_DIR, "v.log"), "rb") as fh:
        disk = fh.read().split(b"\n")
    assert disk[-1] == b"" and len(disk) == N_LINES + 1
    per = {c: 0 for c in CATS}
    n_phi = 0
    for lab, line in zip(labels, disk):
        if lab["spans"]:
            n_phi += 1
        for sp in lab["spans"]:
            per[sp["cat"]] += 1
            assert 0 <= sp["s"] < sp["e"] <= len(line)
    low = [c for c in CATS if per[c] < 8]
    assert not low, ("categories under 8", low)
    assert len(lines) == N_LINES
    print("lines: %d" % len(lines))
    print("lines with PHI: %d   lines without PHI: %d" % (n_phi, len(lines) - n_phi))
    print("spans: %d" % sum(per.values()))
    for c in CATS:
        print("  %-12s %4d" % (c, per[c]))
    print("families (clean/phi):")
    for k in sorted(fam_count):
        print("  %-18s %3d / %3d" % (k, fam_count[k][0], fam_count[k][1]))


if __name__ == "__main__":
    main()
