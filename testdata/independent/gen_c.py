#!/usr/bin/env python3
"""Deterministic generator for held-out PHI test corpus "c".

Writes c.log and c.labels.jsonl next to this file.  Every line is assembled
from parts: plain strings (noise) and P(value, category) objects (PHI).  Byte
offsets are tracked while the line is assembled and re-verified afterwards by
reading c.log back in binary mode.
"""
import base64
import json
import os
import re
import random
import sys
import unicodedata
import uuid
from collections import Counter
from datetime import date, datetime, timedelta

SEED = 7341129
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
LINES_PER_FAMILY = 75
CLEAN_SHARE = 0.45
REF_DAY = date(2024, 5, 1)

CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"]


# --------------------------------------------------------------------------
# part model
# --------------------------------------------------------------------------
class P:
    """A PHI leaf.  raw=True: emitted without quotes in JSON-ish serialisers."""
    __slots__ = ("v", "cat", "raw")

    def __init__(self, v, cat, raw=False):
        assert cat in CATS, cat
        self.v = str(v)
        self.cat = cat
        self.raw = raw


class M:
    """A string whose content mixes plain text and PHI leaves."""

    def __init__(self, *parts):
        self.parts = flatten(parts)


class Raw:
    """Verbatim parts for serialisers (e.g. ISODate('...'))."""

    def __init__(self, *parts):
        self.parts = flatten(parts)


def flatten(x, out=None):
    if out is None:
        out = []
    if isinstance(x, (list, tuple)):
        for y in x:
            flatten(y, out)
    elif isinstance(x, (str, P)):
        out.append(x)
    elif isinstance(x, Raw):
        out.extend(x.parts)
    elif isinstance(x, (int, float)):
        out.append(str(x))
    elif x is None:
        pass
    else:
        raise TypeError(type(x))
    return out


def plain(parts):
    return "".join(p.v if isinstance(p, P) else p for p in flatten(parts))


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jesc_parts(parts):
    """JSON-string-escape plain parts; PHI leaves must not need escaping."""
    out = []
    for p in flatten(parts):
        if isinstance(p, P):
            assert jesc(p.v) == p.v, p.v
            out.append(p)
        else:
            out.append(jesc(p))
    return out


def J(o, sep=(",", ":")):
    """JSON serialiser that understands P / M / Raw leaves."""
    out = []
    if isinstance(o, dict):
        out.append("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(sep[0])
            out.append(json.dumps(k, ensure_ascii=False) + sep[1])
            out.extend(J(v, sep))
        out.append("}")
    elif isinstance(o, list):
        out.append("[")
        for i, v in enumerate(o):
            if i:
                out.append(sep[0])
            out.extend(J(v, sep))
        out.append("]")
    elif isinstance(o, P):
        if o.raw:
            out.append(o)
        else:
            assert jesc(o.v) == o.v, o.v
            out += ['"', o, '"']
    elif isinstance(o, M):
        out.append('"')
        out.extend(jesc_parts(o.parts))
        out.append('"')
    elif isinstance(o, Raw):
        out.extend(o.parts)
    elif isinstance(o, str):
        out.append(json.dumps(o, ensure_ascii=False))
    else:
        out.append(json.dumps(o))
    return out


def JP(o):
    return J(o, (", ", ": "))


def php_q(p):
    if isinstance(p, P):
        assert "'" not in p.v and "\\" not in p.v
        return ["'", p, "'"]
    if isinstance(p, M):
        return ["'", [x if isinstance(x, P) else x.replace("\\", "\\\\").replace("'", "\\'") for x in p.parts], "'"]
    return "'" + str(p).replace("\\", "\\\\").replace("'", "\\'") + "'"


def php_export(o):
    """var_export flattened onto one line."""
    if isinstance(o, dict):
        out = ["array ( "]
        for k, v in o.items():
            out += [php_q(k) if isinstance(k, str) else str(k), " => ", php_export(v), ", "]
        out.append(")")
        return out
    if isinstance(o, list):
        return php_export({i: v for i, v in enumerate(o)})
    if isinstance(o, P):
        return o if o.raw else php_q(o)
    if isinstance(o, (M,)):
        return php_q(o)
    if isinstance(o, bool):
        return "true" if o else "false"
    if o is None:
        return "NULL"
    if isinstance(o, (int, float)):
        return str(o)
    return php_q(o)


def print_r(o):
    """print_r flattened onto one line."""
    if isinstance(o, dict):
        out = ["Array ( "]
        for k, v in o.items():
            out += ["[", str(k), "] => ", print_r(v), " "]
        out.append(")")
        return out
    if isinstance(o, list):
        return print_r({i: v for i, v in enumerate(o)})
    if isinstance(o, P):
        return o
    if isinstance(o, M):
        return o.parts
    if isinstance(o, bool):
        return "1" if o else ""
    if o is None:
        return ""
    return str(o)


def mongosh(o):
    """mongosh shell rendering (unquoted keys, single quotes)."""
    if isinstance(o, dict):
        if not o:
            return "{}"
        out = ["{ "]
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(", ")
            key = k if k.replace("_", "").isalnum() else "'" + k + "'"
            out += [key, ": ", mongosh(v)]
        out.append(" }")
        return out
    if isinstance(o, list):
        out = ["[ "]
        for i, v in enumerate(o):
            if i:
                out.append(", ")
            out.append(mongosh(v))
        out.append(" ]")
        return out
    if isinstance(o, P):
        if o.raw:
            return o
        assert "'" not in o.v
        return ["'", o, "'"]
    if isinstance(o, M):
        return ["'", o.parts, "'"]
    if isinstance(o, Raw):
        return o.parts
    if isinstance(o, bool):
        return "true" if o else "false"
    if o is None:
        return "null"
    if isinstance(o, (int, float)):
        return str(o)
    return "'" + o + "'"


def java_map(o):
    """java.util.Map#toString rendering."""
    if isinstance(o, dict):
        out = ["{"]
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(", ")
            out += [k, "=", java_map(v)]
        out.append("}")
        return out
    if isinstance(o, list):
        out = ["["]
        for i, v in enumerate(o):
            if i:
                out.append(", ")
            out.append(java_map(v))
        out.append("]")
        return out
    if isinstance(o, P):
        return o
    if isinstance(o, M):
        return o.parts
    if o is None:
        return "null"
    return str(o)


# --------------------------------------------------------------------------
# vocab
# --------------------------------------------------------------------------
FIRST = ["Maria", "Adaeze", "Chidi", "Oluwaseun", "Ngozi", "Kwame", "Amara", "Thandiwe", "Sipho",
         "Wanjiru", "Hiroshi", "Yuki", "Mei", "Wei", "Minh", "Thu", "Priya", "Arjun", "Ananya", "Rohan",
         "Fatima", "Omar", "Layla", "Yusuf", "Zeynep", "Emre", "Dmitri", "Olga", "Łukasz", "Agnieszka",
         "Søren", "Ingrid", "Astrid", "Mateo", "Lucía", "José", "Camila", "Joaquín", "Siobhan", "Declan",
         "Aoife", "Niamh", "Tomasz", "Giulia", "Matteo", "Chiara", "Hana", "Jae-won", "Seo-yeon", "Kalani",
         "Tariq", "Ravi", "Inês", "Zoë", "Renée", "Björn", "Anouk", "Femi", "Bongani", "Esperanza",
         "Marisol", "Dariusz", "Vikram", "Leilani", "Aroha", "Tane", "Margit", "Eero", "Saoirse", "Nadia",
         "Gustavo", "Akosua", "Folake", "Ikaika", "Bao", "Ayşe", "Kofi", "Rangi", "Thabo", "Elif"]
LAST = ["Okafor", "Adeyemi", "Mensah", "Nwosu", "Osei", "Dlamini", "Kamau", "Tanaka", "Nakamura",
        "Watanabe", "Zhang", "Liu", "Nguyễn", "Tran", "Pham", "Raghunathan", "Iyer", "Chaudhry", "Haddad",
        "Al-Mansouri", "Yılmaz", "Demir", "Volkov", "Petrova", "Kowalczyk", "Wiśniewski", "Lindqvist",
        "Haugen", "Ólafsdóttir", "Castañeda", "Villanueva", "Quispe", "Oyelaran", "Ferreira", "Moreau",
        "Dubois", "Kavanagh", "Brennan", "Esposito", "Romano", "Kim", "Park", "Choi", "Kealoha", "Whitlock",
        "Pemberton", "Abernathy", "Gallagher", "Lindgren", "Szabo", "Horvath", "Novak", "Achterberg",
        "Mukherjee", "Balasubramanian", "Farouk", "Abubakar", "Rahimi", "Karimi", "Hosseini",
        "Van der Berg", "Ekwueme", "Tuiasosopo", "Begay", "Sandoval", "Przybylski", "Østergaard", "Mäkinen"]
STREET_NAMES = ["Larkspur", "Juniper", "Willowbend", "Quarry", "Hawthorne", "Sycamore", "Prairie View",
                "Old Mill", "Bellflower", "Tamarack", "Kestrel", "Cobblestone", "Foxglove", "Ridgecrest",
                "Harbor Point", "Aspen Hollow", "Mulberry", "Station", "Canal", "Orchard Hill"]
STREET_TYPES = ["Ave", "St", "Rd", "Blvd", "Ln", "Dr", "Ct", "Way", "Pl", "Ter"]
CITIES = [("Springfield", "IL"), ("Riverton", "WY"), ("Fairview", "TN"), ("Lakewood", "CO"),
          ("Maplewood", "MN"), ("Cedar Falls", "IA"), ("Brookhaven", "GA"), ("Oak Ridge", "TN"),
          ("Millbrook", "AL"), ("Ashland", "OR"), ("Greenville", "SC"), ("Port Ellison", "ME"),
          ("Harlow", "KY"), ("Eastvale", "CA"), ("Kingsford", "MI"), ("Dunmore", "PA"),
          ("Las Cruces", "NM"), ("Bellingham", "WA"), ("Round Rock", "TX"), ("Gainesville", "FL")]
ORGS = ["Riverbend Health", "Northgate Medical Group", "St Brigid Regional", "Lakeshore Imaging",
        "Summit Valley Clinic", "Mercy Hollow Hospital"]
PAYERS = ["Riverbend Health Plan", "Keystone Mutual", "Blue Harbor Insurance", "Pioneer Care HMO"]
DRUGS = ["Lisinopril", "Metformin", "Atorvastatin", "Amoxicillin", "Levothyroxine", "Apixaban",
         "Sertraline", "Omeprazole", "Gabapentin", "Warfarin", "Ondansetron", "Furosemide"]
ROLES = ["Attending", "Resident", "Charge Nurse", "Nurse Practitioner", "Pharmacist", "Radiologist",
         "Physician Assistant", "Registrar", "Scheduler", "Case Manager"]
PERSONAL_DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "hotmail.com", "proton.me",
                    "aol.com", "comcast.net", "fastmail.com"]
ROLE_MAILBOXES = ["billing@riverbend-health.example", "noreply@riverbend-health.example",
                  "no-reply@portal.northgate-med.example", "support@lakeshore-imaging.example",
                  "alerts@ops.riverbend-health.example", "hl7-ops@northgate-med.example",
                  "privacy@summitvalley.example", "postmaster@mercyhollow.example",
                  "claims@keystone-mutual.example", "pharmacy@riverbend-health.example"]
FACS = ["SGH", "RBH", "NGMG", "LSI", "SVC", "MHH"]
WARDS = ["4 West", "ICU-2", "Oncology 5", "L&D", "Ortho 3N", "Step-Down", "ED Pod B"]


def fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# --------------------------------------------------------------------------
# value generators
# --------------------------------------------------------------------------
def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def luhn_check(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def gen_ssn(dashes=None):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    if dashes is None:
        dashes = R.random() < 0.75
    return f"{a:03d}-{g:02d}-{s:04d}" if dashes else f"{a:03d}{g:02d}{s:04d}"


def nanp_parts():
    while True:
        a = f"{R.randint(2, 9)}{R.randint(0, 8)}{R.randint(0, 9)}"
        if a[1:] != "11":
            break
    while True:
        e = f"{R.randint(2, 9)}{R.randint(0, 9)}{R.randint(0, 9)}"
        if e[1:] != "11" and e != "555":
            break
    return a, e, digits(4)


def gen_phone(style=None):
    a, e, l = nanp_parts()
    style = style or R.choice(["paren", "dash", "dash", "dot", "intl", "plain", "e164"])
    return {"paren": f"({a}) {e}-{l}", "dash": f"{a}-{e}-{l}", "dot": f"{a}.{e}.{l}",
            "intl": f"+1 {a} {e} {l}", "plain": f"{a}{e}{l}", "e164": f"+1{a}{e}{l}",
            "hl7": f"({a}){e}-{l}"}[style]


def gen_card(fmt=None):
    kind = R.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if kind == "visa":
        pre, n = "4" + digits(5), 16
    elif kind == "mc":
        pre, n = str(R.randint(51, 55)) + digits(4), 16
    elif kind == "mc2":
        pre, n = str(R.randint(2221, 2720)) + digits(2), 16
    elif kind == "amex":
        pre, n = R.choice(["34", "37"]) + digits(4), 15
    else:
        pre, n = R.choice(["6011", "65" + digits(2)]) + digits(2), 16
    body = pre + digits(n - 1 - len(pre))
    num = body + luhn_check(body)
    assert luhn_ok(num)
    fmt = fmt or R.choice(["plain", "space", "dash"])
    if fmt == "plain":
        return num
    sep = " " if fmt == "space" else "-"
    if n == 15:
        return sep.join([num[:4], num[4:10], num[10:]])
    return sep.join(num[i:i + 4] for i in range(0, 16, 4))


def iban_check(cc, bban):
    s = bban + cc + "00"
    conv = "".join(str(int(c, 36)) for c in s)
    return f"{98 - int(conv) % 97:02d}"


def iban_valid(iban):
    s = iban[4:] + iban[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def gen_iban():
    cc = R.choice(["DE", "GB", "FR", "NL"])
    if cc == "DE":
        bban = digits(8) + digits(10)
    elif cc == "GB":
        bban = "".join(R.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) + digits(14)
    elif cc == "FR":
        bban = digits(10) + "".join(R.choice("0123456789ABCDEFGHJK") for _ in range(11)) + digits(2)
    else:
        bban = "".join(R.choice("ABCDEFGHJKLMNPRSTUWXYZ") for _ in range(4)) + digits(10)
    ib = cc + iban_check(cc, bban) + bban
    assert iban_valid(ib)
    if R.random() < 0.5:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def gen_bank_acct():
    return str(R.randint(1, 9)) + digits(R.randint(7, 11))


def gen_dl():
    f = R.randint(0, 4)
    if f == 0:
        return R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7)          # CA style
    if f == 1:
        return digits(3) + " " + digits(3) + " " + digits(3)             # NY style
    if f == 2:
        return R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3) + "-" + digits(3) + "-" + digits(2) + "-" + digits(3) + "-" + digits(1)  # FL
    if f == 3:
        return str(R.randint(1, 4)) + digits(7)                            # TX
    return R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(2) + "-" + digits(2) + "-" + digits(4)  # WA-ish


def gen_dea(last):
    l0 = fold(last)[0].upper()
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice("ABFGM") + l0 + "".join(map(str, d)) + str(c)


def gen_state_license():
    return R.choice(["MD", "RN", "DO", "PA", "LPN", "RPH"]) + R.choice(["", "-", "."]) + digits(R.randint(5, 7))


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_check(v):
    s = sum(VIN_VAL[c] * w for c, w in zip(v, VIN_W)) % 11
    return "X" if s == 10 else str(s)


def gen_vin():
    wmi = R.choice(["1HG", "1FA", "2T1", "3VW", "JN1", "5YJ", "1G1", "WBA", "KMH", "4T1", "JHM", "1C4"])
    vds = "".join(R.choice(VIN_CH) for _ in range(5))
    yr = R.choice("DEFGHJKLMNPR")
    plant = R.choice(VIN_CH)
    serial = digits(6)
    v = wmi + vds + "0" + yr + plant + serial
    v = v[:8] + vin_check(v) + v[9:]
    assert vin_check(v) == v[8]
    return v


def gen_plate():
    f = R.randint(0, 3)
    L = "ABCDEFGHJKLMNPRSTUVWXYZ"
    if f == 0:
        return str(R.randint(1, 9)) + "".join(R.choice(L) for _ in range(3)) + digits(3)
    if f == 1:
        return "".join(R.choice(L) for _ in range(3)) + "-" + digits(4)
    if f == 2:
        return "".join(R.choice(L) for _ in range(2)) + " " + digits(4)
    return digits(3) + " " + "".join(R.choice(L) for _ in range(3))


def gen_imei():
    tac = R.choice(["35391110", "35290611", "86769403", "35875209", "01326300", "35332510", "49015420"])
    body = tac + digits(6)
    v = body + luhn_check(body)
    assert luhn_ok(v)
    return v


def gen_dev_serial():
    f = R.randint(0, 4)
    A = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    if f == 0:
        return "PMP" + "".join(R.choice(A) for _ in range(7))
    if f == 1:
        return "".join(R.choice(A) for _ in range(10))
    if f == 2:
        return "SN" + digits(8)
    if f == 3:
        return R.choice(["PJN", "RNB", "BLC"]) + digits(6) + R.choice(["H", "S", "G"])
    return digits(4) + "-" + "".join(R.choice(A) for _ in range(4)) + "-" + digits(4)


def gen_mrn():
    f = R.randint(0, 5)
    if f == 0:
        return "MRN" + digits(8)
    if f == 1:
        return "E" + digits(7)
    if f == 2:
        return str(R.randint(1, 9)) + digits(8)
    if f == 3:
        return "PT-" + digits(7)
    if f == 4:
        return R.choice(["HX", "RB", "NG"]) + digits(7)
    return "00" + digits(6)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def gen_mbi():
    an = MBI_A + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(MBI_A) + R.choice(an) + str(R.randint(0, 9)) +
            R.choice(MBI_A) + R.choice(an) + str(R.randint(0, 9)) + R.choice(MBI_A) + R.choice(MBI_A) +
            digits(2))


def gen_member():
    f = R.randint(0, 4)
    if f == 0:
        return R.choice(["W", "XJP", "ZGP", "YLH", "K"]) + digits(9)
    if f == 1:
        return gen_mbi()
    if f == 2:
        return "POL-" + digits(8)
    if f == 3:
        return digits(3) + "A" + digits(6) + "01"
    return "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + digits(8)


def gen_passport():
    return R.choice([digits(9), R.choice("ACEFGHJKLMNPRSTUVWXYZ") + digits(8),
                     "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + digits(7)])


def gen_accession():
    return R.choice(["A" + digits(9), "ACC" + digits(7), "RAD-24-" + digits(6), digits(2) + "-" + digits(7)])


def gen_national_id():
    f = R.randint(0, 2)
    if f == 0:   # UK NINO
        return (R.choice("ABCEGHJKLMNPRSTWXYZ") + R.choice("ABCEGHJKLMNPRSTWXYZ") + " " + digits(2) + " " +
                digits(2) + " " + digits(2) + " " + R.choice("ABCD"))
    if f == 1:   # Canadian SIN (Luhn)
        body = str(R.randint(1, 7)) + digits(7)
        s = body + luhn_check(body)
        return s[:3] + " " + s[3:6] + " " + s[6:]
    return str(R.randint(2, 9)) + digits(3) + " " + digits(4) + " " + digits(4)   # Aadhaar-like


def gen_other_id():
    return R.choice([gen_passport, gen_accession, gen_national_id])()


def b64(bs):
    return base64.b64encode(bs).decode()


def gen_bio(kind=None):
    kind = kind or R.choice(["fmr", "fmr", "voice", "raw"])
    body = bytes(R.getrandbits(8) for _ in range(R.randint(48, 120)))
    if kind == "fmr":
        return b64(b"FMR\x00 20\x00" + body)
    if kind == "voice":
        return b64(b"VPRT\x01\x02" + body)
    return b64(body)


def gen_photo(kind=None):
    kind = kind or R.choice(["jpeg", "png", "uri_jpeg", "uri_png"])
    body = bytes(R.getrandbits(8) for _ in range(R.randint(60, 150)))
    if "jpeg" in kind:
        data = b64(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + body)
        mime = "image/jpeg"
    else:
        data = b64(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00@\x00\x00\x00@\x08\x06\x00\x00\x00" + body)
        mime = "image/png"
    if kind.startswith("uri"):
        return f"data:{mime};base64,{data}"
    return data


def gen_profile_url(p):
    f, l = fold(p.first).lower().replace("-", ""), fold(p.last).lower().replace(" ", "").replace("-", "")
    return R.choice([f"https://www.facebook.com/{f}.{l}.{R.randint(1, 99)}",
                     f"https://www.instagram.com/{f}_{l}{R.randint(10, 99)}",
                     f"https://x.com/{f}{l[:4]}{R.randint(1, 999)}",
                     f"https://www.linkedin.com/in/{f}-{l}-{hexs(6)}",
                     f"https://www.tiktok.com/@{l}.{f}",
                     f"https://mastodon.social/@{f}{l}"])


def gen_email(p):
    f, l = fold(p.first).lower().replace("-", ""), fold(p.last).lower().replace(" ", "").replace("-", "")
    local = R.choice([f"{f}.{l}", f"{f}{l[0]}{R.randint(10, 99)}", f"{f[0]}.{l}{p.dob.year}",
                      f"{l}.{f}", f"{f}_{l}{R.randint(1, 9)}", f"{f}{p.dob.year % 100:02d}"])
    return local + "@" + R.choice(PERSONAL_DOMAINS)


PUB_V4_FIRST = [73, 24, 68, 98, 174, 47, 50, 67, 71, 76, 108, 184, 81, 86, 90, 109, 151, 213, 37, 89,
                99, 104, 142, 162, 173, 207, 216]


def gen_ipv4():
    return f"{R.choice(PUB_V4_FIRST)}.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}"


def gen_ipv6():
    pre = R.choice(["2600:1700", "2607:fb90", "2a02:c7c", "2a01:4b00", "2804:14c", "2001:569",
                    "2603:6010", "2a00:23c6"])
    tail = ":".join(format(R.getrandbits(16), "x") for _ in range(6))
    return pre + ":" + tail


def gen_ip():
    return gen_ipv6() if R.random() < 0.25 else gen_ipv4()


def private_ip():
    return R.choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     "127.0.0.1",
                     f"192.0.2.{R.randint(1, 254)}", f"198.51.100.{R.randint(1, 254)}",
                     f"203.0.113.{R.randint(1, 254)}",
                     f"2001:db8::{format(R.getrandbits(16), 'x')}", "::1",
                     f"fd00:{format(R.getrandbits(16), 'x')}::{R.randint(1, 99)}"])


def internal_ip():
    return R.choice([f"10.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"172.{R.randint(16, 31)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"192.168.{R.randint(0, 255)}.{R.randint(1, 254)}"])


def gen_zip():
    z = f"{R.randint(1, 99):02d}{digits(3)}"
    if R.random() < 0.2:
        z += "-" + digits(4)
    return z


def gen_street():
    s = f"{R.randint(2, 9899)} {R.choice(STREET_NAMES)} {R.choice(STREET_TYPES)}"
    r = R.random()
    if r < 0.2:
        s += f" Apt {R.randint(1, 40)}"
    elif r < 0.3:
        s += f" Unit {R.randint(1, 30)}{R.choice('ABCD')}"
    elif r < 0.38:
        s += f" #{R.randint(100, 999)}"
    return s


class Person:
    def __init__(self, old=None):
        self.first = R.choice(FIRST)
        self.last = R.choice(LAST)
        self.sex = R.choice("FM")
        if old is None:
            old = R.random() < 0.33
        y = R.randint(1921, 1933) if old else R.randint(1937, 2012)
        self.dob = date(y, R.randint(1, 12), R.randint(1, 28))
        self.age = REF_DAY.year - y - ((REF_DAY.month, REF_DAY.day) < (self.dob.month, self.dob.day))
        self.mrn = gen_mrn()
        self.street = gen_street()
        self.city, self.state = R.choice(CITIES)
        self.zip = gen_zip()
        self.phone = gen_phone()
        self.email = gen_email(self)
        self.ssn = gen_ssn()
        self.member = gen_member()

    def F(self, up=False):
        return self.first.upper() if up else self.first

    def L(self, up=False):
        return self.last.upper() if up else self.last

    def full(self, up=False):
        return f"{self.F(up)} {self.L(up)}"

    def rev(self, up=False):
        return f"{self.L(up)}, {self.F(up)}"


class Ascii(Person):
    """Person with ASCII-folded names (EDI/NCPDP)."""

    def __init__(self, old=None):
        super().__init__(old)
        self.first = fold(self.first)
        self.last = fold(self.last)


def svc_date():
    return date(2023, 1, 1) + timedelta(days=R.randint(0, 485))


def fmt_date(d, style):
    if style == "da":
        return d.strftime("%Y%m%d")
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "dotnet":
        return d.isoformat() + "T00:00:00"
    if style == "dotnet7":
        return d.isoformat() + "T00:00:00.0000000"
    if style == "mongo":
        return d.isoformat() + "T00:00:00.000Z"
    if style == "mongoz":
        return d.isoformat() + "T00:00:00Z"
    if style == "long":
        return d.strftime("%b ") + str(d.day) + d.strftime(", %Y")
    if style == "dmy":
        return f"{d.day:02d}-{d.strftime('%b').upper()}-{d.year}"
    raise ValueError(style)


def any_date(d):
    return fmt_date(d, R.choice(["iso", "iso", "us", "da", "long", "dmy"]))


def AGE(age, raw=True):
    """Age leaf: labelled only when > 89."""
    if age > 89:
        return P(str(age), "age", raw=raw)
    return age if raw else str(age)


def age_text(age):
    return P(str(age), "age") if age > 89 else str(age)


def young_age():
    return R.randint(1, 89)


# --------------------------------------------------------------------------
# noise generators
# --------------------------------------------------------------------------
def log_dt():
    return datetime(2024, 4, 1) + timedelta(seconds=R.randint(0, 80 * 86400), microseconds=R.randint(0, 999999))


def iso_z(dt, frac=3):
    s = dt.strftime("%Y-%m-%dT%H:%M:%S")
    if frac:
        s += "." + f"{dt.microsecond:06d}"[:frac]
    return s + "Z"


def sp_ts(dt, sep=","):
    return dt.strftime("%Y-%m-%d %H:%M:%S") + sep + f"{dt.microsecond // 1000:03d}"


def epoch_ms(dt):
    return int((dt - datetime(1970, 1, 1)).total_seconds() * 1000)


def uid4():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def oid():
    return hexs(24)


def sop_uid():
    root = R.choice(["1.2.840.113619.2.55.3", "1.2.840.10008.5.1.4.1.1.2", "1.3.12.2.1107.5.1.4",
                     "1.2.826.0.1.3680043.8.498", "1.2.392.200036.9116.2.6.1.48"])
    return root + "." + ".".join(str(R.randint(1, 999999999)) for _ in range(R.randint(3, 5)))


def version():
    return f"{R.randint(1, 12)}.{R.randint(0, 30)}.{R.randint(0, 20)}"


def order_no():
    return R.choice([f"ORD-2024-{digits(6)}", f"INV-{digits(7)}", f"PO{digits(6)}", f"SO-{digits(5)}-{R.choice('ABC')}"])


def noise_date():
    """a date that is NOT tied to a person (release, cert expiry, deploy)."""
    return date(2022, 1, 1) + timedelta(days=R.randint(0, 1200))


def ndc():
    return f"{digits(5)}-{digits(4)}-{digits(2)}"


def duration():
    return R.choice([f"{R.randint(1, 4000)}ms", f"{R.uniform(0.1, 9):.2f}s", f"{R.randint(1, 900)} ms"])


def ua():
    return R.choice(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
                     "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                     "okhttp/4.12.0", "PostmanRuntime/7.37.3", "axios/1.6.8", "Go-http-client/2.0"])


def url_person(p):
    """make sure the last name can appear un-encoded in a URL query."""
    while not re.fullmatch(r"[A-Za-z]+", p.last):
        p.last = R.choice(LAST)
    return p


def doctor():
    return Person(old=False)


def pn(p, up=True, middle=None):
    out = [P(p.L(up), "name"), "^", P(p.F(up), "name")]
    if middle:
        out += ["^", P(middle.upper() if up else middle, "name")]
    return out


# --------------------------------------------------------------------------
# rare categories: rotated deterministically so every category gets coverage
# --------------------------------------------------------------------------
RARE = ["url", "biometric", "photo", "device", "vehicle", "fax", "age", "account", "license", "other_id"]
RARE_KEYS = {
    "url": ["profileUrl", "social_url", "FacebookPage", "instagram", "linkedInUrl"],
    "biometric": ["fingerprintTemplate", "voice_print", "FingerTpl", "bioTemplate", "palmTemplate"],
    "photo": ["avatar", "photo_b64", "IdCardImage", "selfie", "profilePhoto"],
    "device": ["deviceSerial", "imei", "PumpSN", "cgm_serial", "hearingAidSerial"],
    "vehicle": ["vin", "licensePlate", "VehicleVin", "plate_no", "carPlate"],
    "fax": ["faxNo", "fax", "FaxNumber", "homeFax", "fax_number"],
    "age": ["age", "patientAge", "PtAge", "age_years", "AgeYrs"],
    "account": ["acctNo", "cardNumber", "iban", "bankAccount", "PAN"],
    "license": ["driversLicense", "dlNo", "DEA", "stateLicenseNo", "DL_NUM"],
    "other_id": ["passportNo", "nationalId", "accessionNo", "passport_number", "NINO"],
}
_rare_i = [0]


def rare(p, raw_age=True):
    cat = RARE[_rare_i[0] % len(RARE)]
    _rare_i[0] += 1
    key = R.choice(RARE_KEYS[cat])
    if cat == "url":
        v = P(gen_profile_url(p), cat)
    elif cat == "biometric":
        v = P(gen_bio(), cat)
    elif cat == "photo":
        v = P(gen_photo(), cat)
    elif cat == "device":
        v = P(gen_imei() if key == "imei" else gen_dev_serial(), cat)
    elif cat == "vehicle":
        v = P(gen_vin() if "vin" in key.lower() else gen_plate(), cat)
    elif cat == "fax":
        v = P(gen_phone(), cat)
    elif cat == "age":
        v = P(str(R.randint(90, 104)), "age", raw=raw_age)
    elif cat == "account":
        v = P(gen_iban() if key == "iban" else gen_bank_acct() if key == "bankAccount" else gen_card(), cat)
    elif cat == "license":
        v = P(gen_dea(p.last) if key == "DEA" else gen_state_license() if key == "stateLicenseNo" else gen_dl(), cat)
    else:
        v = P(gen_passport() if "pass" in key else gen_accession() if "access" in key else gen_national_id(), cat)
    return key, v


def node_phi_rare():
    p = Person()
    o = pino_base(log_dt(), R.choice([30, 40]))
    k, v = rare(p)
    o.update({"msg": R.choice(["profile field updated", "patient attribute changed", "kyc step complete"]),
              "patient": {"mrn": P(p.mrn, "mrn"), k: v}, "reqId": uid4()})
    return J(o)


def php_phi_rare():
    p = Person()
    k, v = rare(p)
    return [laravel_head(log_dt()), R.choice(["Profile updated ", "Attribute saved ", "KYC document stored "]),
            J({"user_id": R.randint(1, 99999), k: v, "request_id": uid4()}), " []"]


def dotnet_phi_rare():
    p = Person()
    k, v = rare(p)
    return clef("Field {Field} changed for {PatientName}", {"Field": k, "PatientName": P(p.full(), "name"), "NewValue": v})


def mongo_phi_rare():
    p = Person()
    k, v = rare(p)
    return [f"ehr> db.patients.updateOne({{ _id: ObjectId('{oid()}') }}, {{ $set: {{ ", k if k.isalnum() else f"'{k}'", ": ",
            mongosh(v), " } })"]


def gcp_phi_rare():
    p = Person()
    k, v = rare(p)
    return JP(gcp_common(log_dt(), {"jsonPayload": {"message": "member attribute updated", "memberId": P(p.member, "health_plan"), k: v}}))


# ==========================================================================
# DICOM family
# ==========================================================================
DCM = {
    "PatientName": ("0010", "0010", "PN", "Patient's Name"),
    "PatientID": ("0010", "0020", "LO", "Patient ID"),
    "IssuerOfPatientID": ("0010", "0021", "LO", "Issuer of Patient ID"),
    "PatientBirthDate": ("0010", "0030", "DA", "Patient's Birth Date"),
    "PatientSex": ("0010", "0040", "CS", "Patient's Sex"),
    "OtherPatientIDs": ("0010", "1000", "LO", "Other Patient IDs"),
    "PatientAge": ("0010", "1010", "AS", "Patient's Age"),
    "PatientWeight": ("0010", "1030", "DS", "Patient's Weight"),
    "PatientAddress": ("0010", "1040", "LO", "Patient's Address"),
    "PatientTelephoneNumbers": ("0010", "2154", "SH", "Patient's Telephone Numbers"),
    "StudyDate": ("0008", "0020", "DA", "Study Date"),
    "SeriesDate": ("0008", "0021", "DA", "Series Date"),
    "AcquisitionDate": ("0008", "0022", "DA", "Acquisition Date"),
    "AccessionNumber": ("0008", "0050", "SH", "Accession Number"),
    "ReferringPhysicianName": ("0008", "0090", "PN", "Referring Physician's Name"),
    "Manufacturer": ("0008", "0070", "LO", "Manufacturer"),
    "InstitutionName": ("0008", "0080", "LO", "Institution Name"),
    "StationName": ("0008", "1010", "SH", "Station Name"),
    "ManufacturerModelName": ("0008", "1090", "LO", "Manufacturer's Model Name"),
    "DeviceSerialNumber": ("0018", "1000", "LO", "Device Serial Number"),
    "SoftwareVersions": ("0018", "1020", "LO", "Software Versions"),
    "DateOfLastCalibration": ("0018", "1200", "DA", "Date of Last Calibration"),
    "SOPClassUID": ("0008", "0016", "UI", "SOP Class UID"),
    "SOPInstanceUID": ("0008", "0018", "UI", "SOP Instance UID"),
    "StudyInstanceUID": ("0020", "000d", "UI", "Study Instance UID"),
    "SeriesInstanceUID": ("0020", "000e", "UI", "Series Instance UID"),
    "Modality": ("0008", "0060", "CS", "Modality"),
    "BodyPartExamined": ("0018", "0015", "CS", "Body Part Examined"),
    "StudyDescription": ("0008", "1030", "LO", "Study Description"),
    "SliceThickness": ("0018", "0050", "DS", "Slice Thickness"),
    "KVP": ("0018", "0060", "DS", "KVP"),
    "StudyID": ("0020", "0010", "SH", "Study ID"),
    "InstitutionalDepartmentName": ("0008", "1040", "LO", "Institutional Department Name"),
    "PatientBirthTime": ("0010", "0032", "TM", "Patient's Birth Time"),
}
PHI_TAGS = ["PatientName", "PatientName", "PatientID", "PatientBirthDate", "PatientBirthDate",
            "OtherPatientIDs", "PatientAge", "PatientAddress", "PatientTelephoneNumbers", "StudyDate",
            "SeriesDate", "AcquisitionDate", "AccessionNumber", "ReferringPhysicianName"]
CLEAN_TAGS = ["IssuerOfPatientID", "PatientSex", "PatientWeight", "Manufacturer", "InstitutionName",
              "StationName", "ManufacturerModelName", "DeviceSerialNumber", "SoftwareVersions",
              "DateOfLastCalibration", "SOPClassUID", "SOPInstanceUID", "StudyInstanceUID",
              "SeriesInstanceUID", "Modality", "BodyPartExamined", "StudyDescription", "SliceThickness",
              "KVP", "StudyID", "InstitutionalDepartmentName", "PatientAge"]
SOP_CLASSES = [("1.2.840.10008.5.1.4.1.1.2", "CT Image Storage"), ("1.2.840.10008.5.1.4.1.1.4", "MR Image Storage"),
               ("1.2.840.10008.5.1.4.1.1.1.2", "Digital Mammography X-Ray Image Storage - For Presentation"),
               ("1.2.840.10008.5.1.4.1.1.7", "Secondary Capture Image Storage"),
               ("1.2.840.10008.5.1.4.1.1.6.1", "Ultrasound Image Storage")]
TSUIDS = ["1.2.840.10008.1.2.1", "1.2.840.10008.1.2", "1.2.840.10008.1.2.4.70", "1.2.840.10008.1.2.4.90"]


def dcm_value(tag, p):
    """return value parts for tag; patient p; (PHI-tags produce P leaves)."""
    up = R.random() < 0.8
    if tag == "PatientName":
        return pn(p, up, middle=R.choice([None, None, None, R.choice(FIRST)]))
    if tag == "ReferringPhysicianName":
        d = doctor()
        return pn(d, up) + [R.choice(["", "^^DR", "^^^MD"])]
    if tag == "PatientID":
        return [P(p.mrn, "mrn")]
    if tag == "OtherPatientIDs":
        return [P(gen_mrn(), "mrn")]
    if tag == "PatientBirthDate":
        return [P(fmt_date(p.dob, "da"), "date")]
    if tag in ("StudyDate", "SeriesDate", "AcquisitionDate"):
        return [P(fmt_date(svc_date(), "da"), "date")]
    if tag == "AccessionNumber":
        return [P(gen_accession(), "other_id")]
    if tag == "PatientAge":
        a = p.age
        return [P(f"{a:03d}", "age") if a > 89 else f"{a:03d}", "Y"]
    if tag == "PatientAddress":
        return [P(p.street.upper() if up else p.street, "address"), ", ",
                P(p.city.upper() if up else p.city, "address"), ", ", p.state, " ", P(p.zip, "zip")]
    if tag == "PatientTelephoneNumbers":
        return [P(gen_phone(R.choice(["hl7", "dash", "plain"])), "phone")]
    # equipment / technical tags (clean)
    if tag == "IssuerOfPatientID":
        return [R.choice(FACS) + R.choice(["", "_MRN", "^^^ISO"])]
    if tag == "PatientSex":
        return [R.choice("FMO")]
    if tag == "PatientWeight":
        return [f"{R.uniform(40, 120):.1f}"]
    if tag == "Manufacturer":
        return [R.choice(["SIEMENS", "GE MEDICAL SYSTEMS", "Philips Medical Systems", "CANON_MEC", "FUJIFILM Corporation", "Hologic, Inc."])]
    if tag == "InstitutionName":
        return [R.choice(ORGS + ["ST BRIGID REGIONAL", "MERCY HOLLOW HOSP"])]
    if tag == "StationName":
        return [R.choice(["CT01", "MRI_SPRING_3T", "CTAWP7412", "US-ED-02", "MAMMO_HUNTER_RM", "XR-PORTABLE-5"])]
    if tag == "ManufacturerModelName":
        return [R.choice(["SOMATOM Force", "Revolution CT", "Ingenia 3.0T", "Aquilion ONE", "Selenia Dimensions", "LOGIQ E10"])]
    if tag == "DeviceSerialNumber":
        return [R.choice([digits(5), "CT" + digits(6), hexs(8).upper()])]
    if tag == "SoftwareVersions":
        return [R.choice(["syngo CT VA50A", "DV26.0_R03_1831.a", f"{version()}", "VE11E\\SP1"])]
    if tag == "DateOfLastCalibration":
        return [fmt_date(noise_date(), "da")]
    if tag == "SOPClassUID":
        return [R.choice(SOP_CLASSES)[0]]
    if tag in ("SOPInstanceUID", "StudyInstanceUID", "SeriesInstanceUID"):
        return [sop_uid()]
    if tag == "Modality":
        return [R.choice(["CT", "MR", "US", "MG", "CR", "DX", "PT", "NM"])]
    if tag == "BodyPartExamined":
        return [R.choice(["CHEST", "HEAD", "ABDOMEN", "KNEE", "BREAST", "PELVIS"])]
    if tag == "StudyDescription":
        return [R.choice(["CT CHEST W/O CONTRAST", "MRI BRAIN W/WO", "US ABD COMPLETE", "MAMMO SCREEN BILAT", "XR KNEE 3V LT"])]
    if tag == "SliceThickness":
        return [R.choice(["0.625", "1.25", "2.5", "5"])]
    if tag == "KVP":
        return [str(R.choice([80, 100, 120, 140]))]
    if tag == "StudyID":
        return [str(R.randint(1, 99999))]
    if tag == "InstitutionalDepartmentName":
        return [R.choice(["Radiology", "Cardiology", "Nuclear Medicine", "Women's Imaging"])]
    raise KeyError(tag)


def dcmdump_line(tag, val, style=None):
    g, e, vr, desc = DCM[tag]
    txt = plain(val)
    n = len(txt.encode())
    n += n % 2
    style = style or R.choice(["dcmdump", "dcmdump", "pydicom", "pydicom3", "dcm4che"])
    if style == "dcmdump":
        head = f"({g},{e}) {vr} [{txt}]"
        pad = " " * max(1, 40 - len(head))
        return [f"({g},{e}) {vr} [", val, "]", pad, f"# {n:3d}, 1 {tag}"]
    if style == "pydicom":
        return [f"({g.upper()}, {e.upper()}) {desc:<35} {vr}: '", val, "'"]
    if style == "pydicom3":
        return [f"({g.upper()},{e.upper()}) {desc:<35} {vr}: '", val, "'"]
    return [f"({g},{e}) {vr} [", val, f"] {tag}"]


def dcm_prefix():
    dt = log_dt()
    return R.choice(["", "", "", "W: ", "I: ", "D: ",
                     f"{sp_ts(dt, '.')} storescp[{R.randint(1000, 9999)}]: ",
                     f"{sp_ts(dt)} DEBUG [dcm-dump] ",
                     f"[{dt.strftime('%H:%M:%S')}] pydicom: "])


def dicom_phi_tag():
    p = Person()
    tags = [t for t in PHI_TAGS if not (t == "PatientAge" and p.age <= 89)]
    t = R.choice(tags)
    return [dcm_prefix(), dcmdump_line(t, dcm_value(t, p))]


def dicom_phi_cfind():
    p = Person()
    dt = log_dt()
    kv = [("PatientName", pn(p, R.random() < 0.7)), ("PatientID", [P(p.mrn, "mrn")]),
          ("PatientBirthDate", [P(fmt_date(p.dob, "da"), "date")]),
          ("AccessionNumber", [P(gen_accession(), "other_id")]),
          ("StudyDate", [P(fmt_date(svc_date(), "da"), "date")]),
          ("PatientSex", [p.sex]), ("ModalitiesInStudy", [R.choice(["CT", "MR", "US\\SR", "MG"])]),
          ("StudyInstanceUID", [sop_uid()]), ("QueryRetrieveLevel", [R.choice(["STUDY", "SERIES"])])]
    if p.age > 89:
        kv.append(("PatientAge", [P(f"{p.age:03d}", "age"), "Y"]))
    chosen = R.sample(kv, R.randint(3, 6))
    if not any(isinstance(x, P) for k, v in chosen for x in flatten(v)):
        chosen.insert(0, kv[0])
    body = []
    for i, (k, v) in enumerate(chosen):
        body += [" " if i else "", k, "=", v]
    head = R.choice([f"{sp_ts(dt)} INFO  [FINDSCU] C-FIND-RQ msgId={R.randint(1, 999)} AET=PACS_MAIN ",
                     f"I: {dt.strftime('%H:%M:%S')} Find SCU Request Identifiers: ",
                     f"{iso_z(dt)} pacs-gw[{R.randint(100, 9999)}] mwl.query ",
                     f"{sp_ts(dt)} DEBUG DimseRQHandler - C-FIND identifiers: "])
    sep_style = R.random() < 0.4
    if sep_style:
        body = []
        for i, (k, v) in enumerate(chosen):
            body += [", " if i else "", k, "=", v]
    return [head, body]


def dicom_phi_cstore():
    p = Person()
    dt = log_dt()
    cuid, cname = R.choice(SOP_CLASSES)
    if R.random() < 0.5:
        return [f"{sp_ts(dt)} INFO  STORESCP<-{R.choice(['CT_GE01', 'MR_SIEMENS3T', 'US_ED2', 'MAMMO1'])}({R.randint(1, 400)}): ",
                f"C-STORE-RQ[pcid={R.choice([1, 3, 5, 7])}, prior=0 cuid={cuid} - {cname} iuid={sop_uid()} ",
                f"tsuid={R.choice(TSUIDS)}] PatientName=", pn(p, True), ", PatientID=", P(p.mrn, "mrn"),
                ", AccessionNumber=", P(gen_accession(), "other_id"), f", Modality={R.choice(['CT', 'MR', 'US'])}"]
    return [f"I{dt.strftime('%m%d %H:%M:%S')}.{dt.microsecond:06d} ServerContext.cpp:{R.randint(400, 900)}] ",
            "New instance stored (PatientID=", P(p.mrn, "mrn"), ", PatientName=", pn(p, True),
            ", StudyDate=", P(fmt_date(svc_date(), "da"), "date"), f", SOPInstanceUID={sop_uid()})"]


def dicom_phi_mwl():
    p = Person()
    dt = log_dt()
    sd = svc_date()
    parts = [f"{sp_ts(dt)} INFO  [MWL] worklist item {R.randint(1, 50)}/{R.randint(50, 90)}: ",
             "ScheduledProcedureStepStartDate=", P(fmt_date(sd, "da"), "date"),
             f" ScheduledProcedureStepStartTime={R.randint(7, 18):02d}{R.choice(['00', '15', '30', '45'])}00",
             " PatientName=", pn(p, True), f" PatientSex={p.sex}",
             f" PatientWeight={R.randint(40, 120)} PatientAge=", P(f"{p.age:03d}", "age") if p.age > 89 else f"{p.age:03d}", "Y",
             f" Modality={R.choice(['CT', 'MR', 'US'])} ScheduledStationAETitle={R.choice(['CT01', 'MR3T', 'USED2'])}",
             f" RequestedProcedureDescription=\"{R.choice(['CT HEAD W/O', 'MRI L-SPINE', 'US RENAL'])}\""]
    if R.random() < 0.5:
        parts += [" ReferringPhysicianName=", pn(doctor(), True)]
    return parts


def dicom_phi_json():
    p = Person()
    obj = {"00080020": {"vr": "DA", "Value": [P(fmt_date(svc_date(), "da"), "date")]},
           "00080050": {"vr": "SH", "Value": [P(gen_accession(), "other_id")]},
           "00080060": {"vr": "CS", "Value": [R.choice(["CT", "MR"])]},
           "00100010": {"vr": "PN", "Value": [{"Alphabetic": M(P(p.L(True), "name"), "^", P(p.F(True), "name"))}]},
           "00100020": {"vr": "LO", "Value": [P(p.mrn, "mrn")]},
           "00100030": {"vr": "DA", "Value": [P(fmt_date(p.dob, "da"), "date")]},
           "0020000D": {"vr": "UI", "Value": [sop_uid()]}}
    keys = list(obj)
    keep = sorted(R.sample(keys, R.randint(3, 6)))
    if not any(k in keep for k in ("00100010", "00100020", "00100030", "00080050", "00080020")):
        keep = sorted(keep + ["00100010"])
    dt = log_dt()
    return [f"{iso_z(dt)} DEBUG qido-rs response[{R.randint(0, 20)}]: ", J({k: obj[k] for k in keep})]


def dicom_phi_pydicom_repr():
    p = Person()
    d = svc_date()
    return [f"{log_dt().strftime('%H:%M:%S')} WARNING anonymizer: tag not scrubbed: ",
            R.choice([["(0010, 0010) Patient's Name                      PN: '", pn(p, R.random() < 0.5), "'"],
                      ["(0010, 1040) Patient's Address                   LO: '", P(p.street, "address"), ", ",
                       P(p.city, "address"), ", ", p.state, " ", P(p.zip, "zip"), "'"],
                      ["(0008, 0020) Study Date                          DA: '", P(fmt_date(d, "da"), "date"), "'"],
                      ["(0010, 2154) Patient's Telephone Numbers         SH: '", P(p.phone, "phone"), "'"],
                      ["(0010, 1000) Other Patient IDs                   LO: '", P(gen_ssn(False), "ssn"), "'"]])]


def dicom_clean_tag():
    t = R.choice(CLEAN_TAGS)
    if t == "PatientAge":
        a = young_age()
        val = [f"{a:03d}Y"]
    else:
        val = dcm_value(t, None)
    return [dcm_prefix(), dcmdump_line(t, val)]


def dicom_clean_assoc():
    dt = log_dt()
    ae = R.choice(["CT_GE01", "MR_SIEMENS3T", "US_ED2", "MAMMO1", "ORTHANC", "PACS_MAIN"])
    return R.choice([
        [f"I: Association Received {internal_ip()}: \"{ae}\" -> \"PACS_MAIN\""],
        [f"{sp_ts(dt)} INFO  [{ae}] A-ASSOCIATE-RQ calling={ae} called=PACS_MAIN peer={private_ip()}:{R.randint(1024, 65000)} maxPDU=16384"],
        [f"{sp_ts(dt)} INFO  STORESCP<-{ae}({R.randint(1, 400)}): C-STORE-RSP[pcid=1, status=0H, iuid={sop_uid()}] in {duration()}"],
        [f"I: Received Store Request: MsgID {R.randint(1, 999)}, ({R.choice(['CT', 'MR', 'SC'])}) iuid={sop_uid()}"],
        [f"W{dt.strftime('%m%d %H:%M:%S')}.{dt.microsecond:06d} HttpServer.cpp:{R.randint(1000, 2000)}] HTTP server listening on port 8042 (HTTPS encryption is disabled, remote access is allowed)"],
        [f"{sp_ts(dt)} INFO  [FINDSCU] C-FIND-RQ msgId={R.randint(1, 999)} QueryRetrieveLevel=STUDY PatientName=* StudyDate={fmt_date(noise_date(), 'da')}-{fmt_date(noise_date(), 'da')} ModalitiesInStudy=MR"],
        [f"I: Association Release, releasing; processed {R.randint(1, 900)} instances in {duration()}"],
        [f"{sp_ts(dt)} WARN  [dcm-router] rule 'Spring ortho overflow' matched StationName=MRI_SPRING_3T -> forward to PACS_ARCHIVE ({R.randint(1, 9)} retries)"],
        [f"{sp_ts(dt)} INFO  [anonymizer] profile BasicProfile v{version()} applied to study {sop_uid()}; patient age 0{young_age():02d}Y kept"],
        [f"(0040,0100) SQ (Sequence with explicit length #=1)      # {R.randint(60, 200)}, 1 ScheduledProcedureStepSequence"],
        [f"(fffe,e000) na (Item with explicit length #={R.randint(3, 12)})          # {R.randint(60, 200)}, 1 Item"],
        [f"{sp_ts(dt)} INFO  [pacs-purge] removed {R.randint(1, 300)} studies older than {fmt_date(noise_date(), 'iso')} from tier-2 (InstitutionName=\"{R.choice(ORGS)}\")"],
    ])


def dicom_clean_json():
    obj = {"00080016": {"vr": "UI", "Value": [R.choice(SOP_CLASSES)[0]]},
           "00080018": {"vr": "UI", "Value": [sop_uid()]},
           "00080070": {"vr": "LO", "Value": [plain(dcm_value("Manufacturer", None))]},
           "00081010": {"vr": "SH", "Value": [plain(dcm_value("StationName", None))]},
           "00181000": {"vr": "LO", "Value": [plain(dcm_value("DeviceSerialNumber", None))]},
           "00101010": {"vr": "AS", "Value": [f"{young_age():03d}Y"]},
           "00181200": {"vr": "DA", "Value": [fmt_date(noise_date(), "da")]}}
    keep = sorted(R.sample(list(obj), R.randint(3, 6)))
    return [f"{iso_z(log_dt())} DEBUG wado-rs metadata: ", J({k: obj[k] for k in keep})]


# ==========================================================================
# Mirth family
# ==========================================================================
CHANNELS = ["ADT_Inbound", "ORU_Outbound", "SIU_Epic_Feed", "MDM_Transcription", "RDE_Pharmacy",
            "DFT_Billing", "ADT_to_Kafka", "VXU_Registry"]


def mirth_prefix(level=None, cls=None):
    dt = log_dt()
    level = level or R.choice(["INFO ", "WARN ", "ERROR", "DEBUG"])
    ch = R.choice(CHANNELS)
    thread = R.choice([f"Channel Dispatch Thread on {ch} ({uid4()}) < pool-{R.randint(1, 9)}-thread-{R.randint(1, 20)}",
                       f"{ch} JavaScript Filter/Transformer Thread",
                       f"Main Server", f"pool-{R.randint(1, 9)}-thread-{R.randint(1, 20)}"])
    cls = cls or R.choice(["com.mirth.connect.server.transformers.JavaScriptFilterTransformer",
                           "com.mirth.connect.connectors.js.JavaScriptDispatcher",
                           "com.mirth.connect.server.channel.ChannelController",
                           "transformer", "filter", "db-connector"])
    return f" {level} {sp_ts(dt)} [{thread}] {cls}: "


def hl7_pid(p, fields=None):
    up = R.random() < 0.85
    f = [""] * 20
    f[0] = "PID"
    f[1] = "1"
    fields = fields or set(R.sample(["mrn", "name", "dob", "addr", "phone", "ssn"], R.randint(2, 6))) | {"name"}
    fac = R.choice(FACS)
    if "mrn" in fields:
        f[3] = [P(p.mrn, "mrn"), f"^^^{fac}^MR"]
    else:
        f[3] = f"^^^{fac}^MR"
    if "name" in fields:
        f[5] = [P(p.L(up), "name"), "^", P(p.F(up), "name"), "^^^^^L"]
    if "dob" in fields:
        f[7] = P(fmt_date(p.dob, "da"), "date")
    f[8] = p.sex
    if "addr" in fields:
        f[11] = [P(p.street.upper() if up else p.street, "address"), "^^", P(p.city.upper() if up else p.city, "address"),
                 f"^{p.state}^", P(p.zip, "zip"), "^USA^H"]
    if "phone" in fields:
        f[13] = [P(gen_phone("hl7"), "phone"), "^PRN^PH"]
    if "ssn" in fields:
        f[19] = P(p.ssn, "ssn")
    while f and f[-1] == "":
        f.pop()
    out = []
    for i, x in enumerate(f):
        out += ["|" if i else "", x]
    return out


def msh(dt, typ=None):
    typ = typ or R.choice(["ADT^A01^ADT_A01", "ADT^A08^ADT_A01", "ORU^R01^ORU_R01", "SIU^S12^SIU_S12", "ADT^A04^ADT_A01"])
    return (f"MSH|^~\\&|{R.choice(['EPIC', 'CERNER', 'MEDITECH'])}|{R.choice(FACS)}|MIRTH|{R.choice(['LAB', 'RIS', 'PHARM'])}|"
            f"{dt.strftime('%Y%m%d%H%M%S')}||{typ}|MSG{digits(6)}|P|{R.choice(['2.3', '2.5.1', '2.4'])}")


def mirth_phi_filter():
    p = Person()
    seg = R.choice([
        ("PID", "PID.5", "PID.5.1", P(p.L(True), "name")),
        ("PID", "PID.5", "PID.5.2", P(p.F(True), "name")),
        ("PID", "PID.7", "PID.7.1", P(fmt_date(p.dob, "da"), "date")),
        ("PID", "PID.19", "PID.19.1", P(p.ssn, "ssn")),
        ("PID", "PID.3", "PID.3.1", P(p.mrn, "mrn")),
        ("PID", "PID.11", "PID.11.1", P(p.street.upper(), "address")),
        ("PID", "PID.11", "PID.11.3", P(p.city.upper(), "address")),
        ("PID", "PID.11", "PID.11.5", P(p.zip, "zip")),
        ("PID", "PID.13", "PID.13.1", P(gen_phone("hl7"), "phone")),
        ("PID", "PID.20", "PID.20.1", P(gen_dl(), "license")),
        ("IN1", "IN1.36", "IN1.36.1", P(p.member, "health_plan")),
        ("PV1", "PV1.44", "PV1.44.1", P(fmt_date(svc_date(), "da") + f"{R.randint(0, 23):02d}{R.randint(0, 59):02d}", "date")),
        ("NK1", "NK1.2", "NK1.2.1", P(Person().L(True), "name")),
    ])
    err = R.choice(["TypeError: Cannot call method \"substring\" of undefined",
                    "ReferenceError: \"patientClass\" is not defined.",
                    "InternalError: Java class \"java.lang.String\" has no public instance field or method named \"trim\".",
                    "EvaluatorException: invalid date format"])
    return [mirth_prefix("ERROR", "com.mirth.connect.server.transformers.JavaScriptFilterTransformer"),
            f"Error evaluating filter: {err} (Filter#{R.randint(0, 6)}#{R.randint(1, 60)}) ",
            f"msg['{seg[0]}']['{seg[1]}']['{seg[2]}']='", seg[3], "'"]


def mirth_phi_transformer():
    p = Person()
    c = R.randint(0, 3)
    if c == 0:
        return [mirth_prefix("WARN ", "transformer"),
                f"Step {R.randint(1, 9)} 'Map Patient' PID-5 mismatch: family='", P(p.L(True), "name"),
                "' given='", P(p.F(True), "name"), f"' (channel {R.choice(CHANNELS)}, msgId {R.randint(1000, 99999)})"]
    if c == 1:
        return [mirth_prefix("ERROR", "transformer"),
                "Transformer error: could not parse DOB '", P(fmt_date(p.dob, "us"), "date"),
                "' for patient ", P(p.rev(True), "name"), f" - expected yyyyMMdd (step {R.randint(1, 9)})"]
    if c == 2:
        return [mirth_prefix("INFO ", "JavaScript Writer"),
                "logger.info: Patient ", P(p.rev(True), "name"), " (DOB ", P(fmt_date(p.dob, "us"), "date"),
                f", age ", age_text(p.age), f") routed to {R.choice(['Epic', 'Cerner', 'RIS', 'Kafka topic hl7.adt'])}"]
    return [mirth_prefix("WARN ", "filter"),
            "Referral fax to ", P(gen_phone(R.choice(["dash", "paren"])), "fax"), " failed for ", P(p.full(), "name"),
            f": {R.choice(['no answer', 'busy', 'T.30 timeout'])} (attempt {R.randint(1, 5)}/5)"]


def mirth_phi_raw():
    p = Person()
    dt = log_dt()
    segs = [msh(dt), hl7_pid(p)]
    if R.random() < 0.5:
        d = doctor()
        pv1 = ["PV1|1|", R.choice(["I", "O", "E"]), f"|{R.choice(['4W', 'ICU', 'ED'])}^{R.randint(100, 499)}^{R.choice('AB')}^{R.choice(FACS)}||||",
               f"{digits(7)}^", P(d.L(True), "name"), "^", P(d.F(True), "name"), "^^^DR"]
        if R.random() < 0.6:
            pv1 += ["|" * 37, P(fmt_date(svc_date(), "da") + f"{R.randint(0, 23):02d}{R.randint(0, 59):02d}", "date")]
        segs.append(pv1)
    if R.random() < 0.35:
        k = Person()
        segs.append(["NK1|1|", P(k.L(True), "name"), "^", P(k.F(True), "name"), "|", R.choice(["SPO", "CHD", "SIB"]),
                     "||", P(gen_phone("hl7"), "phone")])
    if R.random() < 0.25:
        segs.append(["OBX|1|ED|PHOTO^Patient Photo^L||^IM^JPEG^Base64^", P(gen_photo("jpeg"), "photo"), "||||||F"])
    if R.random() < 0.3:
        segs.append(["IN1|1|PLAN", digits(3), "|", digits(9), "|", R.choice(PAYERS).upper(), "|||||GRP", digits(5),
                     "|" * 8, P(p.L(True), "name"), "^", P(p.F(True), "name"), "|SEL|", P(fmt_date(p.dob, "da"), "date"),
                     "|" * 18, P(p.member, "health_plan")])
    sep = R.choice(["\\r", "<CR>", "\\x0d"])
    body = []
    for i, s in enumerate(segs):
        body += [sep if i else "", s]
    return [mirth_prefix(R.choice(["INFO ", "DEBUG"]), "com.mirth.connect.connectors.tcp.TcpReceiver"),
            "Received message: ", body]


def mirth_phi_maps():
    p = Person()
    cm = {"patientMrn": P(p.mrn, "mrn"), "messageType": "ADT^A08", "sendingFacility": R.choice(FACS),
          "messageControlId": f"MSG{digits(6)}"}
    opt = [("patientDob", P(fmt_date(p.dob, R.choice(["iso", "da"])), "date")),
           ("ptLastNm", P(p.L(), "name")), ("ptFirstNm", P(p.F(), "name")),
           ("homePh", P(p.phone, "phone")), ("insuredId", P(p.member, "health_plan")),
           ("ptEmail", P(p.email, "email")), ("zipCd", P(p.zip, "zip")), ("ptAge", AGE(p.age)),
           ("faxNo", P(gen_phone(), "fax")), ("pumpSerial", P(gen_dev_serial(), "device")),
           ("retryCount", R.randint(0, 3)), ("kafkaPartition", R.randint(0, 11))]
    for k, v in R.sample(opt, R.randint(1, 4)):
        cm[k] = v
    items = list(cm.items())
    R.shuffle(items)
    src = {"remoteAddress": internal_ip(), "localPort": R.choice([6661, 6662, 7001]), "destinationSet": [1, 2]}
    return [mirth_prefix("DEBUG", "com.mirth.connect.server.util.javascript.JavaScriptUtil"),
            "channelMap=", java_map(dict(items)), ", sourceMap=", java_map(src)]


def mirth_phi_db():
    p = Person()
    return [mirth_prefix("ERROR", "com.mirth.connect.connectors.jdbc.DatabaseDispatcher"),
            "Error writing to database: Duplicate entry '", P(p.mrn, "mrn"),
            "' for key 'PRIMARY'. Statement: INSERT INTO patients (mrn, last_name, first_name, dob, ssn, home_phone) VALUES ('",
            P(p.mrn, "mrn"), "', '", P(p.L(), "name"), "', '", P(p.F(), "name"), "', '", P(fmt_date(p.dob, "iso"), "date"),
            "', '", P(p.ssn, "ssn"), "', '", P(p.phone, "phone"), "')"]


def mirth_phi_alert():
    p = Person()
    return [mirth_prefix("WARN ", "com.mirth.connect.server.alert.DefaultAlertWorker"),
            f"Alert '{R.choice(['Eligibility reject', 'Duplicate patient', 'Missing guarantor'])}' sent to ",
            R.choice(ROLE_MAILBOXES), ": patient ", P(p.full(), "name"), " email=", P(p.email, "email"),
            " device=", P(gen_imei() if R.random() < 0.5 else gen_dev_serial(), "device"),
            f" (error count {R.randint(1, 9)})"]


def mirth_clean():
    dt = log_dt()
    c = R.randint(0, 11)
    if c == 0:
        return [mirth_prefix("INFO ", "com.mirth.connect.server.Mirth"),
                f"Mirth Connect {R.choice(['4.4.1', '4.5.0', '3.12.0'])} (Built on {noise_date().strftime('%B %d, %Y')}) server successfully started."]
    if c == 1:
        return [mirth_prefix("INFO ", "com.mirth.connect.server.channel.ChannelController"),
                f"Channel {R.choice(CHANNELS)} ({uid4()}) deployed in {duration()} by admin"]
    if c == 2:
        return [mirth_prefix("INFO ", "com.mirth.connect.connectors.kafka.KafkaDispatcher"),
                f"Kafka producer sent record topic=hl7.adt.v2 partition={R.randint(0, 11)} offset={R.randint(10000, 999999)} key=MSG{digits(6)}"]
    if c == 3:
        return [mirth_prefix("DEBUG", "com.mirth.connect.connectors.tcp.TcpReceiver"),
                "Received message: ", msh(dt), "\\rEVN|A08|", dt.strftime("%Y%m%d%H%M%S")]
    if c == 4:
        return [mirth_prefix("INFO ", "com.mirth.connect.server.queue"),
                f"Queue size for channel {R.choice(CHANNELS)}: {R.randint(0, 500)}; processed {R.randint(100, 9000)} messages in {duration()}"]
    if c == 5:
        return [mirth_prefix("WARN ", "com.mirth.connect.server.util.SslUtil"),
                f"TLS certificate for LLP listener port {R.choice([6661, 6662, 7443])} expires {fmt_date(noise_date(), 'iso')} (CN=mirth.{R.choice(FACS).lower()}.internal)"]
    if c == 6:
        return [mirth_prefix("INFO ", "com.mirth.connect.connectors.tcp.TcpDispatcher"),
                f"Sent ACK: MSH|^~\\&|MIRTH|{R.choice(FACS)}|EPIC||{dt.strftime('%Y%m%d%H%M%S')}||ACK^A01|ACK{digits(6)}|P|2.5.1\\rMSA|AA|MSG{digits(6)}"]
    if c == 7:
        return [mirth_prefix("ERROR", "com.mirth.connect.server.transformers.JavaScriptFilterTransformer"),
                f"Error evaluating filter: TypeError: Cannot read property \"OBX.5.1\" from undefined (Filter#1#{R.randint(1, 40)}) msg['OBX']['OBX.5']['OBX.5.1']='{R.uniform(0.1, 300):.1f}'"]
    if c == 8:
        return [mirth_prefix("DEBUG", "transformer"),
                f"Processing segment OBX|{R.randint(1, 9)}|NM|2345-7^Glucose^LN||{R.randint(60, 300)}|mg/dL|70-99|{R.choice(['N', 'H'])}|||F; PID.8=F; age={young_age()}"]
    if c == 9:
        return [mirth_prefix("INFO ", "com.mirth.connect.connectors.js.JavaScriptDispatcher"),
                f"RDE order {order_no()} {R.choice(DRUGS)} {R.choice([5, 10, 20, 40])}mg verified by {R.choice(ROLES)}; NDC {ndc()}"]
    if c == 10:
        return [mirth_prefix("DEBUG", "com.mirth.connect.server.util.javascript.JavaScriptUtil"),
                "channelMap=", java_map({"messageType": R.choice(["ORU^R01", "ADT^A03"]), "sendingFacility": R.choice(FACS),
                                         "traceId": hexs(32), "retryCount": R.randint(0, 3)}),
                ", sourceMap=", java_map({"remoteAddress": internal_ip(), "localPort": 6661})]
    return [mirth_prefix("WARN ", "com.mirth.connect.donkey.server.Donkey"),
            f"Pruner removed {R.randint(1, 90000)} messages from {R.choice(CHANNELS)} older than {R.randint(7, 90)} days; next run {fmt_date(noise_date(), 'iso')}"]


# ==========================================================================
# .NET family
# ==========================================================================
NS = ["Riverbend.Ehr.Admissions.AdmitHandler", "Riverbend.Billing.CardService", "Northgate.Portal.Api.PatientsController",
      "Riverbend.Ehr.Demographics.Updater", "Riverbend.Identity.LoginService", "Northgate.Pharmacy.DeaValidator",
      "Riverbend.Ehr.Biometrics.EnrollmentService"]


def clef(mt, props, lvl=None, extra=None):
    dt = log_dt()
    o = {"@t": iso_z(dt, 7)[:-1] + "Z", "@mt": mt}
    if lvl:
        o["@l"] = lvl
    o.update(props)
    o["SourceContext"] = R.choice(NS)
    if R.random() < 0.5:
        o["@tr"] = hexs(32)
        o["@sp"] = hexs(16)
    if extra:
        o.update(extra)
    return J(o)


def dotnet_phi_clef():
    p = Person()
    c = R.randint(0, 8)
    if c == 8:
        return clef("Referral faxed to {FaxNumber} for {Mrn} ({Pages} pages)",
                    {"FaxNumber": P(gen_phone(), "fax"), "Mrn": P(p.mrn, "mrn"), "Pages": R.randint(1, 12)})
    if c == 0:
        return clef("Patient {PatientName} admitted {AdmitDate} to {Ward}",
                    {"PatientName": P(p.full(), "name"), "AdmitDate": P(fmt_date(svc_date(), "dotnet7"), "date"),
                     "Ward": R.choice(WARDS)})
    if c == 1:
        return clef("Charging card {CardNumber} for {Amount:C} invoice {InvoiceNo}",
                    {"CardNumber": P(gen_card(), "account"), "Amount": round(R.uniform(5, 900), 2), "InvoiceNo": order_no()}, "Warning")
    if c == 2:
        dto = {"$type": "PatientDto", "FirstName": P(p.F(), "name"), "LastName": P(p.L(), "name"),
               "Dob": P(fmt_date(p.dob, "dotnet"), "date"), "HomePh": P(p.phone, "phone"),
               "ZipCd": P(p.zip, "zip"), "Age": AGE(p.age)}
        return clef("Updated demographics for {Mrn}: {@Patient}", {"Mrn": P(p.mrn, "mrn"), "Patient": dto})
    if c == 3:
        return clef("Login from {ClientIp} for user {Email} succeeded after {Attempts} attempts",
                    {"ClientIp": P(gen_ip(), "ip"), "Email": P(p.email, "email"), "Attempts": R.randint(1, 4)})
    if c == 4:
        return clef("Verified driver license {DriverLicense} ({State}) for {PatientName}",
                    {"DriverLicense": P(gen_dl(), "license"), "State": p.state, "PatientName": P(p.rev(), "name")})
    if c == 5:
        return clef("Eligibility {MemberId} -> {Status} for DOS {ServiceDate}",
                    {"MemberId": P(p.member, "health_plan"), "Status": R.choice(["Active", "Inactive", "Pending"]),
                     "ServiceDate": P(fmt_date(svc_date(), "iso"), "date")})
    if c == 6:
        return clef("Fingerprint template enrolled for {Mrn} ({Bytes} bytes)",
                    {"Mrn": P(p.mrn, "mrn"), "Bytes": R.randint(300, 900), "Template": P(gen_bio("fmr"), "biometric")})
    d = doctor()
    return clef("Prescriber {Prescriber} DEA {Dea} failed checksum for Rx {RxId}",
                {"Prescriber": P(d.full(), "name"), "Dea": P(gen_dea(d.last), "license"), "RxId": f"RX{digits(7)}"}, "Error")


def dotnet_phi_serilog_json():
    p = Person()
    dt = log_dt()
    name = p.full()
    adm = fmt_date(svc_date(), "dotnet")
    rendered = M("Patient \"", P(name, "name"), "\" admitted ", P(adm, "date"), f" to \"{R.choice(WARDS)}\"")
    if R.random() < 0.5:
        o = {"Timestamp": dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond:06d}0+00:00", "Level": "Information",
             "MessageTemplate": "Patient {PatientName} admitted {AdmitDate} to {Ward}", "RenderedMessage": rendered,
             "Properties": {"PatientName": P(name, "name"), "AdmitDate": P(adm, "date"),
                            "RequestPath": "/api/admissions", "ConnectionId": "0HMV" + hexs(8).upper(),
                            "MachineName": R.choice(["EHR-APP-01", "ehr-api-7f9c"])}}
        return J(o)
    ph = gen_phone()
    o = {"Timestamp": iso_z(dt), "Level": "Warning",
         "MessageTemplate": "Callback number {HomePhone} for {Mrn} failed validation",
         "RenderedMessage": M("Callback number \"", P(ph, "phone"), "\" for \"", P(p.mrn, "mrn"), "\" failed validation"),
         "Properties": {"HomePhone": P(ph, "phone"), "Mrn": P(p.mrn, "mrn"), "ActionName": "Riverbend.Portal.Controllers.CallbackController.Post (Riverbend.Portal)",
                        "ActionId": uid4()}}
    return J(o)


def dotnet_phi_console():
    p = Person()
    dt = log_dt()
    lvl = R.choice(["INF", "WRN", "ERR", "DBG"])
    c = R.randint(0, 3)
    head = f"[{dt.strftime('%H:%M:%S')} {lvl}] "
    if c == 0:
        d = svc_date()
        return [head, "Patient \"", P(p.full(), "name"), "\" admitted ",
                P(d.strftime("%m/%d/%Y") + f" {R.randint(0, 23):02d}:{R.randint(0, 59):02d}:00", "date"),
                f" to \"{R.choice(WARDS)}\""]
    if c == 1:
        return [head, "Discharge summary queued for ", P(p.rev(), "name"), " (age ", age_text(p.age), ") MRN ", P(p.mrn, "mrn"),
                " discharged ", P(fmt_date(svc_date(), "us"), "date"), f" (job {uid4()})"]
    if c == 2:
        return [head, "Refund of $", f"{R.uniform(5, 400):.2f}", " to IBAN ", P(gen_iban(), "account"),
                " for guarantor ", P(p.full(), "name")]
    return [head, "Remote monitoring device ", P(gen_dev_serial(), "device"), " bound to patient ", P(p.mrn, "mrn"),
            f" firmware {version()}"]


def dotnet_phi_ef():
    p = Person()
    c = R.randint(0, 2)
    head = f"info: Microsoft.EntityFrameworkCore.Database.Command[20101]{R.choice([' ', '      '])}Executed DbCommand ({R.randint(1, 90)}ms) [Parameters=["
    tail = f"], CommandType='Text', CommandTimeout='30']"
    if c == 0:
        return [head, "@p0='", P(fmt_date(p.dob, "dotnet7"), "date"), "' (DbType = DateTime2), @p1='", P(p.F(), "name"),
                "' (Nullable = false) (Size = 4000), @p2='", P(p.L(), "name"), "' (Size = 4000), @p3='", P(p.ssn, "ssn"),
                "' (Size = 11), @p4='", P(p.zip, "zip"), "' (Size = 10)", tail,
                " SET NOCOUNT ON; INSERT INTO [Patients] ([DateOfBirth], [FirstName], [LastName], [Ssn], [ZipCd]) OUTPUT INSERTED.[Id] VALUES (@p0, @p1, @p2, @p3, @p4);"]
    if c == 1:
        return [head, "@__mrn_0='", P(p.mrn, "mrn"), "' (Size = 20)", tail,
                " SELECT TOP(1) [p].[Id], [p].[FirstName], [p].[LastName] FROM [Patients] AS [p] WHERE [p].[Mrn] = @__mrn_0"]
    return [head, "@p0='", P(gen_bank_acct(), "account"), "' (Size = 17), @p1='", P(p.email, "email"), "' (Size = 256), @p2='",
            f"{R.randint(1, 99999)}'", tail,
            " SET NOCOUNT ON; UPDATE [Guarantors] SET [AcctNo] = @p0, [Email] = @p1 WHERE [Id] = @p2;"]


def dotnet_phi_nlog():
    p = Person()
    dt = log_dt()
    head = f"{dt.strftime('%Y-%m-%d %H:%M:%S')}.{dt.microsecond // 100:04d}|{R.choice(['INFO', 'WARN', 'ERROR'])}|{R.choice(NS)}|"
    c = R.randint(0, 3)
    if c == 0:
        return [head, "Card ", P(gen_card(), "account"), " declined for ", P(p.rev(), "name"),
                f" (acctNo=", P(gen_bank_acct(), "account"), f", reason={R.choice(['do_not_honor', 'insufficient_funds'])})"]
    if c == 1:
        return [head, "Request starting HTTP/1.1 GET http://localhost:5000/api/patients/search?lastName=",
                P(url_person(p).L(), "name"),
                "&dob=", P(fmt_date(p.dob, "iso"), "date"), " - -"]
    if c == 2:
        v = gen_vin()
        return [head, "Parking permit issued: plate ", P(gen_plate(), "vehicle"), " VIN ", P(v, "vehicle"),
                " holder ", P(p.full(), "name")]
    return [head, "Avatar saved for ", P(p.email, "email"), " photo=", P(gen_photo("jpeg"), "photo")]


def dotnet_phi_http():
    dt = log_dt()
    ip = gen_ip()
    return [f"info: Microsoft.AspNetCore.HttpLogging.HttpLoggingMiddleware[1] Request: Protocol: HTTP/1.1 Method: POST Scheme: https PathBase:  Path: /api/intake ",
            f"Accept: application/json Host: portal.riverbend-health.example User-Agent: {ua()} X-Forwarded-For: ", P(ip, "ip"),
            f" X-Request-Id: {uid4()}"]


def dotnet_clean():
    dt = log_dt()
    c = R.randint(0, 11)
    if c == 0:
        return ["info: Microsoft.Hosting.Lifetime[14] Now listening on: http://[::]:", str(R.choice([8080, 5000, 5001]))]
    if c == 1:
        return clef("Job {JobName} completed in {Elapsed:0.0} ms",
                    {"JobName": R.choice(["DuplicateHunter", "NightlyRollup", "SpringCleanup"]), "Elapsed": round(R.uniform(1, 9000), 1)},
                    extra={"SourceContext": "Riverbend.Ehr.Jobs.Hunter"})
    if c == 2:
        return [f"info: Microsoft.EntityFrameworkCore.Database.Command[20101] Executed DbCommand ({R.randint(1, 90)}ms) [Parameters=[@__p_0='{R.choice([25, 50, 100])}'], CommandType='Text', CommandTimeout='30'] ",
                "SELECT TOP(@__p_0) [o].[OrderId], [o].[Status] FROM [Orders] AS [o] ORDER BY [o].[CreatedUtc] DESC"]
    if c == 3:
        return clef("Application {App} version {Version} built {BuildDate} starting on {Machine}",
                    {"App": "Riverbend.Ehr.Api", "Version": version(), "BuildDate": fmt_date(noise_date(), "iso"),
                     "Machine": R.choice(["EHR-APP-01", "ehr-api-7f9c"])})
    if c == 4:
        return [f"{dt.strftime('%Y-%m-%d %H:%M:%S')}.{dt.microsecond // 100:04d}|INFO|Microsoft.Extensions.Diagnostics.HealthChecks|",
                f"Health check 'sql' completed with status Healthy in {duration()}"]
    if c == 5:
        return [f"fail: Riverbend.Ehr.Jobs.Hunter[0] System.NullReferenceException: Object reference not set to an instance of an object.",
                f"    at Riverbend.Ehr.Jobs.Hunter.Scan(CancellationToken ct) in /src/Jobs/Hunter.cs:line {R.randint(10, 400)}",
                f"    at Riverbend.Ehr.Jobs.JobRunner.RunAsync() in /src/Jobs/JobRunner.cs:line {R.randint(10, 200)}"]
    if c == 6:
        return clef("Risk score computed for age {Age}: {Score} ({Model})",
                    {"Age": young_age(), "Score": round(R.uniform(0, 1), 3), "Model": f"readmit-v{version()}"})
    if c == 7:
        return clef("Prescribed {Drug} {Dose} by {Role}", {"Drug": R.choice(DRUGS), "Dose": f"{R.choice([5, 10, 20, 40])}mg",
                                                           "Role": R.choice(ROLES), "OrderNo": order_no()})
    if c == 8:
        return J({"Timestamp": iso_z(dt), "Level": "Information", "MessageTemplate": "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0000} ms",
                  "RenderedMessage": f"HTTP GET /api/orders/{order_no()} responded 200 in {R.uniform(1, 900):.4f} ms",
                  "Properties": {"RequestMethod": "GET", "StatusCode": 200, "RemoteIp": internal_ip(), "TraceId": hexs(32), "SpanId": hexs(16)}})
    if c == 9:
        return [f"[{dt.strftime('%H:%M:%S')} WRN] Certificate CN=api.riverbend-health.example expires {fmt_date(noise_date(), 'us')}; thumbprint {hexs(40).upper()}"]
    if c == 10:
        return [f"info: MassTransit[0] Bus started: rabbitmq://{internal_ip()}/ehr (consumers: AdmitConsumer, MayDayAlertConsumer) v{version()}"]
    dd = noise_date()
    return clef("Deploy {Release} on {DeployDate} by pipeline {Pipeline}",
                {"Release": f"release-{dd.strftime('%Y.%m')}", "DeployDate": fmt_date(dd, "iso"),
                 "Pipeline": R.randint(1000, 9999)})


# ==========================================================================
# Node family
# ==========================================================================
def pino_base(dt, level=30):
    return {"level": level, "time": epoch_ms(dt), "pid": R.randint(10, 9999), "hostname": f"api-{hexs(4)}-{hexs(5)}"}


def node_phi_req():
    p = Person()
    dt = log_dt()
    o = pino_base(dt)
    ip = gen_ip()
    c = R.randint(0, 2)
    if c == 0:
        url = M(f"/api/v2/patients/", P(p.mrn, "mrn"), "/chart?include=meds")
    elif c == 1:
        url = M("/api/v1/patients/search?lastName=", P(url_person(p).L(), "name"), "&dob=", P(fmt_date(p.dob, "iso"), "date"))
    else:
        url = M("/api/v1/eligibility?memberId=", P(p.member, "health_plan"))
    o["req"] = {"id": R.randint(1, 9999), "method": "GET", "url": url,
                "headers": {"host": "api.riverbend-health.example", "user-agent": ua(),
                            "x-forwarded-for": M(P(ip, "ip"), ", ", internal_ip()), "x-request-id": uid4()},
                "remoteAddress": "::ffff:" + internal_ip(), "remotePort": R.randint(30000, 65000)}
    o["res"] = {"statusCode": R.choice([200, 200, 404, 500])}
    o["responseTime"] = R.randint(1, 900)
    o["msg"] = "request completed"
    return J(o)


def node_phi_patient():
    p = Person()
    dt = log_dt()
    o = pino_base(dt, R.choice([30, 40]))
    pat = {"resourceType": "Patient", "id": P(p.mrn, "mrn"),
           "name": [{"use": "official", "family": P(p.L(), "name"), "given": [P(p.F(), "name")]}],
           "birthDate": P(fmt_date(p.dob, "iso"), "date"), "gender": R.choice(["female", "male"])}
    if R.random() < 0.6:
        pat["telecom"] = [{"system": "phone", "value": P(p.phone, "phone"), "use": "home"},
                          {"system": "email", "value": P(p.email, "email")}][: R.randint(1, 2)]
    if R.random() < 0.6:
        pat["address"] = [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "state": p.state,
                           "postalCode": P(p.zip, "zip"), "country": "US"}]
    if p.age > 89 and R.random() < 0.8:
        pat["extension"] = [{"url": "http://hl7.org/fhir/StructureDefinition/patient-age", "valueInteger": AGE(p.age)}]
    o["patient"] = pat
    o["msg"] = R.choice(["patient created", "fhir upsert", "patient merged"])
    return J(o)


def node_phi_bunyan():
    p = Person()
    dt = log_dt()
    c = R.randint(0, 2)
    if c == 0:
        val, cat, what = p.ssn, "ssn", "ssn"
    elif c == 1:
        val, cat, what = gen_card(), "account", "cardNumber"
    else:
        val, cat, what = gen_passport(), "other_id", "passportNo"
    stack = M(f"ValidationError: {what} \"", P(val, cat), "\" failed checksum\n    at validate (/app/src/validators/patient.js:",
              str(R.randint(10, 200)), ":11)\n    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)")
    o = {"name": R.choice(["intake-svc", "billing-api", "id-verify"]), "hostname": f"pod-{hexs(5)}", "pid": R.randint(1, 300),
         "level": 50, "err": {"message": M(f"{what} \"", P(val, cat), "\" failed checksum"), "name": "ValidationError", "stack": stack},
         "msg": "validation failed", "time": iso_z(dt), "v": 0}
    return J(o)


def node_phi_winston():
    p = Person()
    dt = log_dt()
    c = R.randint(0, 5)
    if c == 0:
        o = {"level": "warn", "message": M("Duplicate account for ", P(p.email, "email"), " (", R.choice(ROLE_MAILBOXES), " notified)"),
             "service": "auth", "timestamp": iso_z(dt)}
    elif c == 1:
        deps = []
        for _ in range(R.randint(1, 3)):
            q = Person()
            deps.append({"name": P(q.full(), "name"), "dob": P(fmt_date(q.dob, "iso"), "date"), "age": AGE(q.age),
                         "relationship": R.choice(["spouse", "child", "parent"])})
        o = {"level": "info", "message": "coverage dependents synced", "subscriberNo": P(p.member, "health_plan"),
             "dependents": deps, "timestamp": iso_z(dt), "durationMs": R.randint(1, 900)}
    elif c == 2:
        o = {"level": "info", "message": "device paired", "user": {"id": uid4(), "phone": P(p.phone, "phone")},
             "device": {"imei": P(gen_imei(), "device"), "model": R.choice(["Pixel 7", "Galaxy S23", "iPhone 15"]), "appVersion": version()},
             "timestamp": iso_z(dt)}
    elif c == 3:
        o = {"level": "info", "message": "social link added", "userId": uid4(),
             "profile": {"url": P(gen_profile_url(p), "url"), "verified": R.random() < 0.5}, "timestamp": iso_z(dt)}
    elif c == 4:
        o = {"level": "debug", "message": "avatar uploaded", "patient": {"mrn": P(p.mrn, "mrn")},
             "avatar": P(gen_photo(R.choice(["uri_png", "uri_jpeg"])), "photo"), "bytes": R.randint(2000, 90000), "timestamp": iso_z(dt)}
    else:
        o = {"level": "info", "message": M("voiceprint enrolled for ", P(p.full(), "name")),
             "voiceTemplate": P(gen_bio("voice"), "biometric"), "engine": f"vp-{version()}", "timestamp": iso_z(dt)}
    return J(o)


def node_phi_morgan():
    p = Person()
    dt = log_dt()
    ip = gen_ipv4()
    path = R.choice([["/api/v1/patients/", P(p.mrn, "mrn"), "/chart"],
                     ["/portal/appointments?dob=", P(fmt_date(p.dob, "iso"), "date"), "&zip=", P(p.zip, "zip")],
                     ["/api/v1/claims?subscriberNo=", P(p.member, "health_plan")]])
    return [P(ip, "ip"), f" - - [{dt.strftime('%d/%b/%Y:%H:%M:%S')} +0000] \"GET ", path, f" HTTP/1.1\" {R.choice([200, 304, 404])} {R.randint(100, 90000)} ",
            "\"https://portal.riverbend-health.example/\" \"", ua(), "\""]


def node_clean():
    dt = log_dt()
    c = R.randint(0, 10)
    if c == 0:
        o = pino_base(dt)
        o["req"] = {"id": R.randint(1, 9999), "method": "GET", "url": "/healthz", "remoteAddress": "::ffff:" + internal_ip(), "remotePort": R.randint(30000, 65000)}
        o["res"] = {"statusCode": 200}
        o["responseTime"] = R.randint(0, 20)
        o["msg"] = "request completed"
        return J(o)
    if c == 1:
        return [f"{internal_ip()} - - [{dt.strftime('%d/%b/%Y:%H:%M:%S')} +0000] \"POST /api/v1/orders/{order_no()}/refill HTTP/1.1\" 201 {R.randint(50, 900)} \"-\" \"{ua()}\""]
    if c == 2:
        return J({"level": "info", "message": f"Kafka consumer group ehr-adt rebalanced, partitions {sorted(R.sample(range(12), 3))}", "service": "adt-consumer", "timestamp": iso_z(dt)})
    if c == 3:
        return J({"level": "info", "message": f"connected to redis {internal_ip()}:6379", "service": "session", "timestamp": iso_z(dt)})
    if c == 4:
        return J({"name": "intake-svc", "hostname": f"pod-{hexs(5)}", "pid": 1, "level": 50,
                  "err": {"message": "Cannot read properties of undefined (reading 'given')", "name": "TypeError",
                          "stack": f"TypeError: Cannot read properties of undefined (reading 'given')\n    at mapName (/app/src/fhir/map.js:{R.randint(1, 99)}:18)\n    at /app/node_modules/express/lib/router/index.js:284:7"},
                  "msg": "mapping failed", "time": iso_z(dt), "v": 0})
    if c == 5:
        o = pino_base(dt)
        o.update({"msg": "refill queued", "order": {"id": order_no(), "drug": R.choice(DRUGS), "qty": R.choice([30, 60, 90])},
                  "user": {"role": R.choice(ROLES), "tenure": R.randint(1, 30)}, "traceId": hexs(32), "spanId": hexs(16)})
        return J(o)
    if c == 6:
        return J({"level": "debug", "message": "static asset served", "etag": f"W/\"{hexs(2)}-{hexs(27)}\"",
                  "integrity": "sha512-" + b64(bytes(R.getrandbits(8) for _ in range(48))), "timestamp": iso_z(dt)})
    if c == 7:
        return J({"level": "info", "message": "cohort stats", "cohort": {"size": R.randint(10, 900), "medianAge": young_age(), "maxAge": R.randint(60, 89)}, "timestamp": iso_z(dt)})
    if c == 8:
        return J({"level": "warn", "message": f"TLS cert for api.riverbend-health.example expires {fmt_date(noise_date(), 'iso')}", "service": "gateway", "timestamp": iso_z(dt)})
    if c == 9:
        o = pino_base(dt, 40)
        o.update({"msg": "upstream slow", "upstream": f"http://{internal_ip()}:{R.choice([3000, 8080, 9090])}/v1/slots", "durationMs": R.randint(500, 9000),
                  "release": f"v{version()}", "released": fmt_date(noise_date(), "iso")})
        return J(o)
    return J({"level": "info", "message": "notification sent", "from": R.choice(ROLE_MAILBOXES), "template": "appt-reminder-v3",
              "jobId": uid4(), "webhook": "https://api.riverbend-health.example/v1/hooks/sendgrid", "timestamp": iso_z(dt)})


# ==========================================================================
# GCP / OTel family
# ==========================================================================
def gcp_common(dt, o):
    o.update({"resource": {"type": R.choice(["cloud_run_revision", "k8s_container", "gce_instance"]),
                           "labels": {"project_id": "riverbend-prod", "location": "us-central1",
                                      "service_name": R.choice(["intake-api", "scheduler", "claims-worker"])}},
              "timestamp": iso_z(dt, 6), "severity": R.choice(["INFO", "WARNING", "ERROR"]),
              "logName": "projects/riverbend-prod/logs/run.googleapis.com%2Fstdout",
              "trace": f"projects/riverbend-prod/traces/{hexs(32)}", "spanId": hexs(16),
              "insertId": hexs(6) + R.choice(["f", "g", "h"]) + hexs(7)})
    return o


def gcp_phi_json():
    p = Person()
    dt = log_dt()
    c = R.randint(0, 5)
    if c == 0:
        jp = {"message": M("Appointment booked for ", P(p.full(), "name"), " on ", P(fmt_date(svc_date(), "iso"), "date")),
              "patientMrn": P(p.mrn, "mrn"), "clinic": R.choice(ORGS)}
    elif c == 1:
        jp = {"message": "intake form submitted", "form": {"homeAddress": P(p.street, "address"), "city": P(p.city, "address"),
                                                           "state": p.state, "zipCd": P(p.zip, "zip"), "homePh": P(p.phone, "phone")}}
    elif c == 2:
        jp = {"message": "roadside assistance claim", "vehicle": {"vin": P(gen_vin(), "vehicle"), "plate": P(gen_plate(), "vehicle")},
              "claimant": P(p.rev(), "name")}
    elif c == 3:
        jp = {"message": "identity verified", "passportNo": P(gen_passport(), "other_id"), "dob": P(fmt_date(p.dob, "iso"), "date"),
              "selfie": P(gen_photo("jpeg"), "photo")}
    elif c == 4:
        jp = {"message": "profile updated", "email": P(p.email, "email"), "socialUrl": P(gen_profile_url(p), "url"), "age": AGE(p.age)}
    else:
        jp = {"message": "CGM paired", "deviceSerial": P(gen_dev_serial(), "device"), "phoneImei": P(gen_imei(), "device"),
              "patientAge": AGE(p.age), "firmware": version()}
    o = {"jsonPayload": jp}
    if R.random() < 0.6:
        o["httpRequest"] = {"requestMethod": "POST", "requestUrl": "https://intake-api-xyz-uc.a.run.app/v1/intake", "status": 200,
                            "responseSize": str(R.randint(100, 9000)), "userAgent": ua(), "remoteIp": P(gen_ip(), "ip"),
                            "serverIp": internal_ip(), "latency": f"{R.uniform(0.01, 3):.6f}s", "protocol": "HTTP/1.1"}
    return JP(gcp_common(dt, o))


def gcp_phi_audit():
    dt = log_dt()
    p = Person()
    staff = Person(old=False)
    pid = gen_mrn()
    o = {"protoPayload": {"@type": "type.googleapis.com/google.cloud.audit.AuditLog",
                          "authenticationInfo": {"principalEmail": P(staff.email if R.random() < 0.5 else
                                                                     f"{fold(staff.first).lower().replace('-', '')}.{fold(staff.last).lower().replace(' ', '').replace('-', '')}@riverbend-health.example", "email")},
                          "requestMetadata": {"callerIp": P(gen_ip(), "ip"), "callerSuppliedUserAgent": ua()},
                          "serviceName": "healthcare.googleapis.com",
                          "methodName": "google.cloud.healthcare.v1.fhir.FhirStore.ReadResource",
                          "resourceName": M("projects/riverbend-prod/locations/us-central1/datasets/ehr/fhirStores/main/fhir/Patient/", P(pid, "mrn"))},
         "insertId": hexs(12), "resource": {"type": "healthcare_fhir_store", "labels": {"project_id": "riverbend-prod"}},
         "timestamp": iso_z(dt, 9), "severity": "NOTICE",
         "logName": "projects/riverbend-prod/logs/cloudaudit.googleapis.com%2Fdata_access"}
    return J(o)


def kv(k, v, kind="stringValue"):
    return {"key": k, "value": {kind: v}}


def otel_wrap(attrs, body, dt):
    svc = R.choice(["scheduler", "intake-api", "claims-worker", "portal-bff"])
    return J({"resourceLogs": [{"resource": {"attributes": [kv("service.name", svc), kv("service.version", version()),
                                                              kv("deployment.environment", "prod")]},
                                "scopeLogs": [{"scope": {"name": R.choice(["io.opentelemetry.winston", "Microsoft.Extensions.Logging", "opentelemetry.sdk._logs"]), "version": version()},
                                               "logRecords": [{"timeUnixNano": str(epoch_ms(dt) * 1000000 + R.randint(0, 999999)),
                                                               "observedTimeUnixNano": str(epoch_ms(dt) * 1000000 + R.randint(1000000, 9999999)),
                                                               "severityNumber": 9, "severityText": "INFO", "body": {"stringValue": body},
                                                               "attributes": attrs, "traceId": hexs(32), "spanId": hexs(16)}]}]}]})


def otel_phi():
    p = Person()
    dt = log_dt()
    cands = [kv("patient.name", P(p.full(), "name")), kv("patient.birth_date", P(fmt_date(p.dob, "iso"), "date")),
             kv("patient.mrn", P(p.mrn, "mrn")), kv("enduser.id", P(p.email, "email")),
             kv("client.address", P(gen_ip(), "ip")), kv("patient.phone", P(p.phone, "phone")),
             kv("insurance.member_id", P(p.member, "health_plan")), kv("patient.ssn_last_check", P(p.ssn, "ssn")),
             kv("device.serial", P(gen_dev_serial(), "device")),
             kv("auth.voiceprint", P(gen_bio("voice"), "biometric")), kv("auth.fingerprint_template", P(gen_bio("fmr"), "biometric"))]
    if p.age > 89:
        cands.append(kv("patient.age", AGE(p.age, raw=False), "intValue"))
    attrs = R.sample(cands, R.randint(1, 4))
    attrs += [kv("http.route", "/v1/patients/{id}"), kv("http.status_code", "200", "intValue"),
              kv("net.peer.port", str(R.randint(30000, 60000)), "intValue")][: R.randint(1, 3)]
    R.shuffle(attrs)
    body = R.choice(["appointment booked", "patient lookup", "eligibility check", "reminder sent"])
    if R.random() < 0.3:
        body = M("reminder sent to ", P(p.full(), "name"))
    return otel_wrap(attrs, body, dt)


def gcp_phi_text():
    p = Person()
    dt = log_dt()
    o = {"textPayload": M(f"{sp_ts(dt, '.')}  INFO 1 --- [nio-8080-exec-{R.randint(1, 9)}] c.r.intake.PatientController  : lookup dob=",
                          P(fmt_date(p.dob, "iso"), "date"), " zip=", P(p.zip, "zip"), " lastName=", P(p.L(), "name"))}
    return JP(gcp_common(dt, o))


def gcp_clean():
    dt = log_dt()
    c = R.randint(0, 7)
    if c == 0:
        o = {"httpRequest": {"requestMethod": "GET", "requestUrl": "https://intake-api-xyz-uc.a.run.app/v1/patients?_count=50",
                             "status": 200, "remoteIp": private_ip(), "serverIp": internal_ip(), "latency": f"{R.uniform(0.01, 3):.6f}s"},
             "jsonPayload": {"message": "list patients", "count": R.randint(0, 50), "durationMs": R.randint(1, 900)}}
        return JP(gcp_common(dt, o))
    if c == 1:
        return J({"protoPayload": {"@type": "type.googleapis.com/google.cloud.audit.AuditLog",
                                   "authenticationInfo": {"principalEmail": f"{R.choice(['intake-svc', 'claims-worker', 'deployer'])}@riverbend-prod.iam.gserviceaccount.com"},
                                   "requestMetadata": {"callerIp": R.choice(["gce-internal-ip", "private", internal_ip()])},
                                   "methodName": "storage.objects.get", "resourceName": f"projects/_/buckets/riverbend-exports/objects/batch-{digits(6)}.ndjson"},
                  "severity": "INFO", "timestamp": iso_z(dt, 9), "insertId": hexs(12)})
    if c == 2:
        attrs = [kv("http.route", "/v1/slots"), kv("k8s.pod.name", f"scheduler-{hexs(9)}-{hexs(5)}"),
                 kv("net.host.port", "8080", "intValue"), kv("http.status_code", "200", "intValue")]
        return otel_wrap(attrs, R.choice(["slot search completed", "cache miss", "Kafka batch committed"]), dt)
    if c == 3:
        o = {"jsonPayload": {"message": f"Started IntakeApplication in {R.uniform(2, 9):.3f} seconds (Spring Boot v3.2.{R.randint(0, 6)}, process running for {R.uniform(3, 12):.2f})",
                             "logger": "c.r.intake.IntakeApplication", "thread": "main"}}
        return JP(gcp_common(dt, o))
    if c == 4:
        o = {"jsonPayload": {"message": "managed certificate status", "domain": "portal.riverbend-health.example",
                             "expireTime": iso_z(datetime.combine(noise_date(), datetime.min.time()), 0), "status": "ACTIVE"}}
        return JP(gcp_common(dt, o))
    if c == 5:
        attrs = [kv("messaging.system", "kafka"), kv("messaging.destination.name", "hl7.adt.v2"),
                 kv("messaging.kafka.partition", str(R.randint(0, 11)), "intValue"), kv("cohort.median_age", str(young_age()), "intValue")]
        return otel_wrap(attrs, "consumer lag above threshold", dt)
    if c == 6:
        o = {"jsonPayload": {"message": "order fulfilled", "orderNo": order_no(), "drug": R.choice(DRUGS), "ndc": ndc(),
                             "pharmacistRole": R.choice(ROLES), "etag": hexs(16)}, "labels": {"release": f"v{version()}", "deployedAt": fmt_date(noise_date(), "iso")}}
        return JP(gcp_common(dt, o))
    o = {"textPayload": f"{sp_ts(dt, '.')}  WARN 1 --- [   scheduling-1] o.s.k.l.KafkaMessageListenerContainer    : Consumer failed to start in {R.randint(10, 60)} seconds; host {internal_ip()}:{R.choice([9092, 9093])}"}
    return JP(gcp_common(dt, o))


# ==========================================================================
# Mongo family
# ==========================================================================
def mongo_slow(ns, cmd, plan, dt):
    coll = ns.split(".", 1)[1]
    attr = {"type": "command", "ns": ns, "appName": R.choice(["ehr-api", "mongosh 2.2.5", "claims-worker"]),
            "command": cmd, "planSummary": plan,
            "keysExamined": R.randint(0, 9000), "docsExamined": R.randint(0, 90000), "cursorExhausted": True,
            "numYields": R.randint(0, 90), "nreturned": R.randint(0, 50), "queryHash": hexs(8).upper(),
            "planCacheKey": hexs(8).upper(), "reslen": R.randint(200, 90000),
            "locks": {"Global": {"acquireCount": {"r": R.randint(1, 90)}}}, "protocol": "op_msg",
            "durationMillis": R.randint(100, 9000)}
    o = {"t": {"$date": dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}+00:00"}, "s": "I", "c": "COMMAND",
         "id": 51803, "ctx": f"conn{R.randint(10, 99999)}", "msg": "Slow query", "attr": attr}
    return J(o)


def mongo_phi_slow():
    p = Person()
    dt = log_dt()
    c = R.randint(0, 5)
    if c == 0:
        flt = {"lastName": P(p.L(), "name"), "firstName": P(p.F(), "name"), "dob": {"$date": P(fmt_date(p.dob, "mongoz"), "date")}}
        plan = "IXSCAN { lastName: 1, firstName: 1, dob: 1 }"
    elif c == 1:
        flt = {"ssn": P(p.ssn, "ssn")}
        plan = "COLLSCAN"
    elif c == 2:
        flt = {"contact.email": P(p.email, "email"), "active": True}
        plan = "IXSCAN { contact.email: 1 }"
    elif c == 3:
        flt = {"mrn": {"$in": [P(gen_mrn(), "mrn") for _ in range(R.randint(1, 3))]}}
        plan = "IXSCAN { mrn: 1 }"
    elif c == 4:
        flt = {"address.zip": P(p.zip, "zip"), "address.line1": P(p.street, "address"), "age": {"$gte": 65}}
        plan = "IXSCAN { address.zip: 1 }"
    else:
        flt = {"vehicles.vin": P(gen_vin(), "vehicle")}
        plan = "IXSCAN { vehicles.vin: 1 }"
    cmd = {"find": "patients", "filter": flt, "limit": R.choice([1, 20, 50]), "lsid": {"id": {"$uuid": uid4()}},
           "$db": "ehr"}
    return mongo_slow("ehr.patients", cmd, plan, dt)


def mongo_phi_update():
    p = Person()
    dt = log_dt()
    c = R.randint(0, 3)
    if c == 0:
        st = {"phone": P(p.phone, "phone"), "address.line1": P(p.street, "address"), "address.city": P(p.city, "address"), "updatedAt": {"$date": iso_z(dt)}}
    elif c == 1:
        st = {"billing.iban": P(gen_iban(), "account"), "billing.holder": P(p.full(), "name")}
    elif c == 2:
        st = {"biometrics.fingerprint": P(gen_bio("fmr"), "biometric"), "biometrics.enrolledBy": R.choice(ROLES)}
    else:
        st = {"photo": P(gen_photo("png"), "photo"), "photoMime": "image/png"}
    cmd = {"update": "patients", "updates": [{"q": {"_id": {"$oid": oid()}}, "u": {"$set": st}, "upsert": False}],
           "ordered": True, "$db": "ehr"}
    attr = {"type": "update", "ns": "ehr.patients", "command": cmd, "planSummary": "IDHACK", "keysExamined": 1, "docsExamined": 1,
            "nMatched": 1, "nModified": 1, "numYields": 0, "durationMillis": R.randint(100, 3000)}
    return J({"t": {"$date": iso_z(dt)}, "s": "I", "c": "WRITE", "id": 51803, "ctx": f"conn{R.randint(10, 99999)}", "msg": "Slow query", "attr": attr})


def mongo_phi_agg():
    p = Person()
    dt = log_dt()
    cmd = {"aggregate": "claims", "pipeline": [{"$match": {"insurance.memberId": P(p.member, "health_plan"),
                                                           "serviceDate": {"$gte": {"$date": P(fmt_date(svc_date(), "mongoz"), "date")}}}},
                                               {"$group": {"_id": "$cptCode", "total": {"$sum": "$billed"}}}],
           "cursor": {}, "$db": "claims"}
    return mongo_slow("claims.claims", cmd, "IXSCAN { insurance.memberId: 1, serviceDate: -1 }", dt)


def mongo_phi_shell():
    p = Person()
    c = R.randint(0, 3)
    if c == 0:
        doc = {"_id": Raw(f"ObjectId('{oid()}')"), "mrn": P(p.mrn, "mrn"),
               "name": {"first": P(p.F(), "name"), "last": P(p.L(), "name")},
               "dob": Raw("ISODate('", P(fmt_date(p.dob, "mongo"), "date"), "')"), "age": AGE(p.age),
               "sex": p.sex, "createdAt": Raw(f"ISODate('{iso_z(log_dt())}')")}
        if R.random() < 0.5:
            doc["homePh"] = P(p.phone, "phone")
        if R.random() < 0.3:
            doc["photo"] = {"mime": "image/jpeg", "b64": P(gen_photo("jpeg"), "photo")}
        if R.random() < 0.2:
            doc["implant"] = {"type": "pacemaker", "serial": P(gen_dev_serial(), "device")}
        return mongosh(doc)
    if c == 1:
        return [f"ehr> db.patients.find({{ ssn: '", P(p.ssn, "ssn"), "' }).explain('executionStats').executionStats.totalDocsExamined"]
    if c == 2:
        return ["ehr> db.patients.updateOne({ mrn: '", P(p.mrn, "mrn"), "' }, { $set: { 'contact.email': '", P(p.email, "email"),
                "', 'profiles.facebook': '", P(gen_profile_url(p), "url"), "' } })"]
    doc = {"_id": Raw(f"ObjectId('{oid()}')"), "subscriberNo": P(p.member, "health_plan"),
           "insured": M(P(p.rev(), "name")), "dl": {"number": P(gen_dl(), "license"), "state": p.state},
           "cards": [{"last4": digits(4), "pan": P(gen_card(), "account")}][: R.randint(0, 1)]}
    return mongosh(doc)


def mongo_phi_legacy():
    p = Person()
    dt = log_dt()
    return [dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}+0000 I COMMAND  [conn{R.randint(10, 9999)}] command ehr.patients ",
            "command: find { find: \"patients\", filter: { lastName: \"", P(p.L(), "name"), "\", dob: \"", P(fmt_date(p.dob, "iso"), "date"),
            f"\" }}, limit: 1 }} planSummary: IXSCAN {{ lastName: 1, dob: 1 }} keysExamined:{R.randint(1, 90)} docsExamined:{R.randint(1, 90)} ",
            f"numYields:0 nreturned:1 reslen:{R.randint(200, 9000)} protocol:op_msg {R.randint(100, 3000)}ms"]


def mongo_clean():
    dt = log_dt()
    c = R.randint(0, 9)
    if c == 0:
        cmd = {"find": "orders", "filter": {"status": "PENDING", "createdAt": {"$lt": {"$date": iso_z(dt)}}}, "sort": {"createdAt": 1}, "$db": "shop"}
        return mongo_slow("shop.orders", cmd, "IXSCAN { status: 1, createdAt: 1 }", dt)
    if c == 1:
        cmd = {"find": "patients", "filter": {"age": {"$gte": young_age()}, "lastName": {"$regex": "^" + R.choice("ABCDKMS")}}, "limit": 100, "$db": "ehr"}
        return mongo_slow("ehr.patients", cmd, "COLLSCAN", dt)
    if c == 2:
        return J({"t": {"$date": iso_z(dt)}, "s": "I", "c": "NETWORK", "id": 22943, "ctx": "listener", "msg": "Connection accepted",
                  "attr": {"remote": f"{internal_ip()}:{R.randint(30000, 60000)}", "uuid": {"uuid": {"$uuid": uid4()}},
                           "connectionId": R.randint(10, 99999), "connectionCount": R.randint(1, 900)}})
    if c == 3:
        return J({"t": {"$date": iso_z(dt)}, "s": "I", "c": "INDEX", "id": 20447, "ctx": f"IndexBuildsCoordinatorMongod-{R.randint(0, 9)}",
                  "msg": "Index build: done building", "attr": {"buildUUID": {"uuid": {"$uuid": uid4()}}, "namespace": "ehr.patients",
                                                                   "index": "lastName_1_dob_1", "commitTimestamp": {"$timestamp": {"t": epoch_ms(dt) // 1000, "i": R.randint(1, 9)}}}})
    if c == 4:
        return J({"t": {"$date": iso_z(dt)}, "s": "I", "c": "STORAGE", "id": 22430, "ctx": "Checkpointer", "msg": "WiredTiger message",
                  "attr": {"message": {"ts_sec": epoch_ms(dt) // 1000, "ts_usec": R.randint(0, 999999), "thread": f"{R.randint(1, 9)}:0x7f{hexs(10)}",
                                       "session_name": "WT_SESSION.checkpoint", "category": "WT_VERB_CHECKPOINT_PROGRESS",
                                       "verbose_level": "DEBUG_1", "msg": f"saving checkpoint snapshot min: {R.randint(1, 99999)}, snapshot max: {R.randint(1, 99999)}"}}})
    if c == 5:
        return mongosh({"acknowledged": True, "insertedId": Raw(f"ObjectId('{oid()}')")})
    if c == 6:
        return mongosh({"db": "ehr", "collections": R.randint(5, 90), "views": 0, "objects": R.randint(1000, 9999999),
                        "avgObjSize": round(R.uniform(100, 4000), 2), "dataSize": R.randint(10 ** 6, 10 ** 10), "indexes": R.randint(10, 200), "ok": 1})
    if c == 7:
        return [f"ehr> db.formulary.find({{ drug: '{R.choice(DRUGS)}', released: {{ $gte: ISODate('{fmt_date(noise_date(), 'iso')}') }} }}).count()"]
    if c == 8:
        return J({"t": {"$date": iso_z(dt)}, "s": "I", "c": "REPL", "id": 21215, "ctx": "ReplCoord-1", "msg": "Member is in new state",
                  "attr": {"hostAndPort": f"mongo-{R.randint(0, 2)}.mongo.ehr.svc.cluster.local:27017", "newState": R.choice(["SECONDARY", "PRIMARY"]), "oldState": "STARTUP2"}})
    cmd = {"aggregate": "appointments", "pipeline": [{"$match": {"clinic": R.choice(ORGS), "slot": {"$gte": {"$date": iso_z(dt)}}}}, {"$count": "n"}], "cursor": {}, "$db": "sched"}
    return mongo_slow("sched.appointments", cmd, "IXSCAN { clinic: 1, slot: 1 }", dt)


# ==========================================================================
# PHP family
# ==========================================================================
def laravel_head(dt, lvl=None):
    lvl = lvl or R.choice(["INFO", "ERROR", "WARNING", "DEBUG"])
    if R.random() < 0.5:
        return f"[{dt.strftime('%Y-%m-%d %H:%M:%S')}] {R.choice(['production', 'local', 'staging'])}.{lvl}: "
    return f"[{dt.strftime('%Y-%m-%dT%H:%M:%S')}.{dt.microsecond:06d}+00:00] {R.choice(['app', 'billing', 'intake'])}.{lvl}: "


def php_phi_context():
    p = Person()
    dt = log_dt()
    c = R.randint(0, 4)
    if c == 0:
        ctx = {"patient_id": P(p.mrn, "mrn"), "first_name": P(p.F(), "name"), "last_name": P(p.L(), "name"),
               "dob": P(fmt_date(p.dob, "iso"), "date"), "age": AGE(p.age), "email": P(p.email, "email")}
        msg = "Patient registered"
    elif c == 1:
        ctx = {"card_number": P(gen_card(), "account"), "cvv_present": True, "amount": f"{R.uniform(5, 900):.2f}", "invoice": order_no()}
        msg = "Card declined"
    elif c == 2:
        ctx = {"insuredId": P(p.member, "health_plan"), "subscriber": P(p.rev(), "name"), "payer": R.choice(PAYERS)}
        msg = "Eligibility request"
    elif c == 3:
        ctx = {"input": {"street": P(p.street, "address"), "city": P(p.city, "address"), "state": p.state, "zip": P(p.zip, "zip"),
                         "fax": P(gen_phone(), "fax")}, "errors": {"phone": ["The phone field is required."]}}
        msg = "Validation failed"
    else:
        ctx = {"upload": {"field": "photo_id", "mime": "image/jpeg", "data": P(gen_photo("jpeg"), "photo")}, "user": P(p.email, "email")}
        msg = "Upload received"
    extra = {"ip": P(gen_ip(), "ip"), "url": "/api/patients", "uid": hexs(7)} if R.random() < 0.5 else {}
    return [laravel_head(dt), msg, " ", J(ctx), " ", J(extra) if extra else "[]"]


def php_phi_printr():
    p = Person()
    dt = log_dt()
    arr = {"PtLastNm": P(p.L(True), "name"), "PtFirstNm": P(p.F(True), "name"), "DOB_DT": P(fmt_date(p.dob, "iso"), "date")}
    opt = [("homePh", P(p.phone, "phone")), ("zipCd", P(p.zip, "zip")), ("Age", AGE(p.age)), ("acctNo", P(gen_bank_acct(), "account")),
           ("dlNum", P(gen_dl(), "license")), ("RecStatus", "A"), ("Facility", R.choice(FACS)),
           ("faxNo", P(gen_phone(), "fax")), ("deviceSerial", P(gen_dev_serial(), "device"))]
    for k, v in R.sample(opt, R.randint(1, 4)):
        arr[k] = v
    if R.random() < 0.5:
        arr = {"request_id": uid4(), "patient": arr}
    return [laravel_head(dt, "DEBUG"), print_r(arr)]


def php_phi_export():
    p = Person()
    c = R.randint(0, 2)
    if c == 0:
        arr = {"ssn": P(p.ssn, "ssn"), "dl_number": P(gen_dl(), "license"), "dl_state": p.state, "verified": True}
    elif c == 1:
        arr = {"vehicle_vin": P(gen_vin(), "vehicle"), "plate_no": P(gen_plate(), "vehicle"), "owner": P(p.full(), "name"), "claim_no": order_no()}
    else:
        arr = {"mrn": P(p.mrn, "mrn"), "fingerprint_tpl": P(gen_bio("fmr"), "biometric"), "scanner": "U.are.U 4500", "quality": R.randint(40, 99)}
    dt = log_dt()
    return [laravel_head(dt, "DEBUG"), R.choice(["payload: ", "var_export(): ", ""]), php_export(arr)]


def php_phi_pdo():
    p = Person()
    dt = log_dt()
    c = R.randint(0, 2)
    now = dt.strftime("%Y-%m-%d %H:%M:%S")
    if c == 0:
        return [laravel_head(dt, "ERROR"), "SQLSTATE[23000]: Integrity constraint violation: 1062 Duplicate entry '", P(p.ssn, "ssn"),
                "' for key 'patients.patients_ssn_unique' (Connection: mysql, SQL: insert into `patients` (`first_name`, `last_name`, `ssn`, `updated_at`, `created_at`) values (",
                P(p.F(), "name"), ", ", P(p.L(), "name"), ", ", P(p.ssn, "ssn"), f", {now}, {now}))"]
    if c == 1:
        return [laravel_head(dt, "ERROR"), "SQLSTATE[22007]: Invalid datetime format: 1292 Incorrect date value: '", P(fmt_date(p.dob, "us"), "date"),
                "' for column `ehr`.`patients`.`dob` at row 1 (SQL: update `patients` set `dob` = ", P(fmt_date(p.dob, "us"), "date"),
                f", `updated_at` = {now} where `id` = {R.randint(1, 99999)})"]
    return ["PHP Fatal error:  Uncaught PDOException: SQLSTATE[42S22]: Column not found: 1054 Unknown column 'homePh' in 'where clause' in /var/www/app/Models/Patient.php:",
            str(R.randint(10, 300)), " Query: SELECT * FROM patients WHERE homePh = '", P(p.phone, "phone"), "' AND zip_code = '", P(p.zip, "zip"), "'"]


def php_phi_monolog_url():
    p = Person()
    dt = log_dt()
    return [laravel_head(dt, "NOTICE"), "Social login linked ",
            J({"provider": R.choice(["facebook", "instagram", "linkedin"]), "profile_url": P(gen_profile_url(p), "url"),
               "display_name": P(p.full(), "name"), "age": AGE(p.age)}), " []"]


def php_clean():
    dt = log_dt()
    c = R.randint(0, 9)
    if c == 0:
        return [laravel_head(dt, "INFO"), "Queue job App\\Jobs\\SendInvoice processed ", J({"invoice": order_no(), "duration_ms": R.randint(1, 900), "queue": "billing"}), " []"]
    if c == 1:
        return [laravel_head(dt, "ERROR"), f"SQLSTATE[HY000] [2002] Connection refused (Connection: mysql, SQL: select * from `sessions` where `id` = {hexs(40)} limit 1)"]
    if c == 2:
        return [laravel_head(dt, "DEBUG"), print_r({"driver": "mysql", "host": internal_ip(), "port": 3306, "database": "ehr", "charset": "utf8mb4"})]
    if c == 3:
        return [laravel_head(dt, "INFO"), f"Application booted: Laravel v10.{R.randint(10, 48)}.{R.randint(0, 9)} (PHP v8.2.{R.randint(1, 18)}) env=production"]
    if c == 4:
        return [laravel_head(dt, "DEBUG"), php_export({"sku": f"{R.choice(DRUGS).upper()[:6]}-{R.choice([10, 20, 40])}", "drug": R.choice(DRUGS),
                                                       "released": fmt_date(noise_date(), "iso"), "price": round(R.uniform(1, 90), 2)})]
    if c == 5:
        return [f"PHP Warning:  Undefined array key \"mrn\" in /var/www/app/Http/Controllers/IntakeController.php on line {R.randint(10, 300)}"]
    if c == 6:
        return [laravel_head(dt, "INFO"), "Mail queued ", J({"from": R.choice(ROLE_MAILBOXES), "to_role": R.choice(ROLES), "template": "invoice-ready", "message_id": f"<{hexs(16)}@mail.riverbend-health.example>"}), " []"]
    if c == 7:
        return [laravel_head(dt, "WARNING"), "Rate limit hit ", J({"ip": private_ip(), "route": "api/v1/slots", "attempts": R.randint(60, 200), "retry_after": R.randint(1, 60)}), " []"]
    if c == 8:
        return [laravel_head(dt, "INFO"), "Patient cohort export ", J({"rows": R.randint(10, 9000), "min_age": R.randint(18, 40), "max_age": R.randint(65, 89),
                                                                     "file": f"exports/cohort-{hexs(8)}.csv", "sha256": hexs(64)}), " []"]
    return [laravel_head(dt, "ERROR"), f"Stripe\\Exception\\CardException: Your card was declined. (request req_{hexs(14)}) card=**** **** **** {digits(4)} order {order_no()}"]


# ==========================================================================
# EDI family
# ==========================================================================
def edi_head(dt):
    return R.choice([f"{iso_z(dt)} [edi-gw] ", f"{sp_ts(dt)} INFO  [X12Parser] ", f"{sp_ts(dt)} DEBUG [ClaimRouter] ",
                     f"{dt.strftime('%b %d %H:%M:%S')} edigw01 x12d[{R.randint(100, 9999)}]: "])


def isa(dt):
    return (f"ISA*00*          *00*          *ZZ*RIVERBENDGW    *ZZ*842610001      *{dt.strftime('%y%m%d')}*{dt.strftime('%H%M')}*^*00501*"
            f"{digits(9)}*0*P*:~")


def nm1_il(p, idq=True):
    return ["NM1*IL*1*", P(p.L(True), "name"), "*", P(p.F(True), "name"), "****MI*", P(p.member, "health_plan"), "~"]


def edi_phi_837():
    p = Ascii()
    dt = log_dt()
    segs = [f"ST*837*{digits(4)}*005010X222A1~", f"BHT*0019*00*{digits(6)}*{dt.strftime('%Y%m%d')}*{dt.strftime('%H%M')}*CH~",
            "HL*2*1*22*0~SBR*P*18*GRP" + digits(5) + "******CI~"]
    body = nm1_il(p)
    if R.random() < 0.7:
        body += ["N3*", P(p.street.upper(), "address"), "~N4*", P(p.city.upper(), "address"), f"*{p.state}*", P(p.zip.replace("-", ""), "zip"), "~"]
    body += ["DMG*D8*", P(fmt_date(p.dob, "da"), "date"), f"*{p.sex}~"]
    if R.random() < 0.4:
        body += ["REF*SY*", P(p.ssn.replace("-", ""), "ssn"), "~"]
    tail = [f"CLM*{order_no()}*{R.randint(50, 900)}***11:B:1*Y*A*Y*Y~", "DTP*472*D8*", P(fmt_date(svc_date(), "da"), "date"),
            f"~SV1*HC:{R.choice(['99213', '99214', '71046', '80053'])}*{R.randint(50, 400)}*UN*1***1~"]
    return [edi_head(dt), R.choice(["837P inbound ", "seg dump: ", "parsed "]), segs, body, tail if R.random() < 0.6 else ""]


def edi_phi_270():
    p = Ascii()
    dt = log_dt()
    return [edi_head(dt), "270 request ", f"ST*270*{digits(4)}*005010X279A1~BHT*0022*13*{digits(8)}*{dt.strftime('%Y%m%d')}*{dt.strftime('%H%M')}~",
            f"HL*1**20*1~NM1*PR*2*{R.choice(PAYERS).upper()}*****PI*{digits(9)}~HL*2*1*21*1~NM1*1P*2*{R.choice(ORGS).upper()}*****XX*{digits(10)}~HL*3*2*22*0~",
            nm1_il(p), "DMG*D8*", P(fmt_date(p.dob, "da"), "date"), f"~EQ*30~SE*{R.randint(10, 20)}*{digits(4)}~"]


def edi_phi_271():
    p = Ascii()
    dt = log_dt()
    per = ["PER*IC**TE*", P(gen_phone("plain"), "phone")]
    if R.random() < 0.5:
        per += ["*FX*", P(gen_phone("plain"), "fax")]
    per.append("~")
    return [edi_head(dt), "271 response ", nm1_il(p), "N3*", P(p.street.upper(), "address"), "~N4*", P(p.city.upper(), "address"),
            f"*{p.state}*", P(p.zip.replace("-", ""), "zip"), "~", per,
            f"EB*1*IND*30**{R.choice(['GOLD PPO', 'SILVER HMO', 'MEDICARE ADV'])}~EB*C*IND*30***23*{R.randint(100, 5000)}~"]


def edi_phi_ncpdp():
    p = Ascii()
    d = Ascii(old=False)
    dt = log_dt()
    fields = [("CardholderID", P(p.member, "health_plan")), ("PatientFirstName", P(p.F(True), "name")),
              ("PatientLastName", P(p.L(True), "name")), ("DateOfBirth", P(fmt_date(p.dob, "da"), "date")),
              ("PatientZip", P(p.zip.replace("-", ""), "zip")), ("PatientPhone", P(gen_phone("plain"), "phone")),
              ("PrescriberDEA", P(gen_dea(d.last), "license")), ("PrescriberStateLic", P(gen_state_license(), "license")),
              ("DateOfService", P(fmt_date(svc_date(), "da"), "date"))]
    if p.age > 89:
        fields.append(("PatientAge", P(str(p.age), "age")))
    chosen = R.sample(fields, R.randint(3, 6))
    noise = [("ProductID(NDC)", ndc()), ("QuantityDispensed", str(R.choice([30, 60, 90]))), ("DaysSupply", str(R.choice([30, 90]))),
             ("BIN", digits(6)), ("PCN", R.choice(["ADV", "MEDDPRIME", "9999"])), ("RxNumber", digits(7)),
             ("Drug", R.choice(DRUGS)), ("PrescriberNPI", digits(10))]
    allf = chosen + R.sample(noise, R.randint(2, 4))
    R.shuffle(allf)
    sep = R.choice(["; ", " | ", ", "])
    out = [edi_head(dt), f"NCPDP D.0 {R.choice(['B1', 'B2', 'E1'])} claim txn={uid4()[:8]} "]
    for i, (k, v) in enumerate(allf):
        out += [sep if i else "", k, ": ", v]
    return out


def edi_phi_misc():
    p = Ascii()
    dt = log_dt()
    c = R.randint(0, 3)
    if c == 0:
        return [edi_head(dt), "834 enroll INS*Y*18*021*28*A***FT~REF*0F*", P(p.member, "health_plan"), "~REF*SY*", P(p.ssn.replace("-", ""), "ssn"),
                "~NM1*IL*1*", P(p.L(True), "name"), "*", P(p.F(True), "name"), "~PER*IP**HP*", P(gen_phone("plain"), "phone"), "*EM*",
                P(p.email.upper(), "email"), "~DMG*D8*", P(fmt_date(p.dob, "da"), "date"), f"*{p.sex}~"]
    if c == 1:
        return [edi_head(dt), "ERROR [X12Validator] NM1 segment missing NM108/NM109 at position ", str(R.randint(5, 90)), ": \"NM1*QC*1*",
                P(p.L(True), "name"), "*", P(p.F(True), "name"), "~\" (claim ", order_no(), ")"]
    if c == 2:
        return [edi_head(dt), "AutoAccidentClaim ref=", order_no(), " VehicleVIN: ", P(gen_vin(), "vehicle"), "; Plate: ", P(gen_plate(), "vehicle"),
                "; Insured: ", P(p.rev(True), "name"), "; PolicyNo: ", P("POL-" + digits(8), "health_plan")]
    return [edi_head(dt), "835 remit CLP*", order_no(), f"*1*{R.randint(100, 900)}*{R.randint(50, 500)}**12*{digits(12)}~NM1*QC*1*",
            P(p.L(True), "name"), "*", P(p.F(True), "name"), "****MI*", P(p.member, "health_plan"), "~DTM*232*", P(fmt_date(svc_date(), "da"), "date"), "~"]


def edi_clean():
    dt = log_dt()
    c = R.randint(0, 8)
    if c == 0:
        return [edi_head(dt), "envelope ", isa(dt), f"GS*HC*RIVERBENDGW*842610001*{dt.strftime('%Y%m%d')}*{dt.strftime('%H%M')}*{R.randint(1, 9999)}*X*005010X222A1~"]
    if c == 1:
        return [edi_head(dt), f"999 ack AK1*HC*{R.randint(1, 9999)}*005010X222A1~AK2*837*{digits(4)}~IK5*A~AK9*A*1*1*1~"]
    if c == 2:
        return [edi_head(dt), f"TA1*{digits(9)}*{dt.strftime('%y%m%d')}*{dt.strftime('%H%M')}*A*000~ batch delivered to sftp {internal_ip()}:22 in {duration()}"]
    if c == 3:
        return [edi_head(dt), f"billing provider NM1*85*2*{R.choice(ORGS).upper()}*****XX*{digits(10)}~PRV*BI*PXC*207Q00000X~REF*EI*{digits(9)}~"]
    if c == 4:
        return [edi_head(dt), f"NCPDP D.0 reject 75 Prior Authorization Required NDC: {ndc()}; Drug: {R.choice(DRUGS)} {R.choice([10, 20, 40])}mg; Qty: {R.choice([30, 90])}; DaysSupply: 30; BIN: {digits(6)}"]
    if c == 5:
        return [edi_head(dt), f"SV1*HC:{R.choice(['99213', '99214', '71046'])}*{R.randint(50, 400)}*UN*1***1~HI*ABK:{R.choice(['E119', 'I10', 'J069'])}~ line {R.randint(1, 20)} priced {R.uniform(10, 400):.2f}"]
    if c == 6:
        return [edi_head(dt), f"payer NM1*PR*2*{R.choice(PAYERS).upper()}*****PI*{digits(9)}~ routed via clearinghouse v{version()} (cert expires {fmt_date(noise_date(), 'da')})"]
    if c == 7:
        return [edi_head(dt), f"ST*837*{digits(4)}*005010X222A1~BHT*0019*00*{digits(6)}*{dt.strftime('%Y%m%d')}*{dt.strftime('%H%M')}*CH~ SE count={R.randint(20, 90)} duration={duration()}"]
    return [edi_head(dt), f"eligibility batch {uid4()} processed {R.randint(1, 900)} 270s; avg age {young_age()}; rejects {R.randint(0, 9)}; Kafka topic edi.271"]


# ==========================================================================
# assembly
# ==========================================================================
FAMILIES = {
    "dicom": ([dicom_phi_tag, dicom_phi_tag, dicom_phi_cfind, dicom_phi_cstore, dicom_phi_mwl, dicom_phi_json, dicom_phi_pydicom_repr],
              [dicom_clean_tag, dicom_clean_tag, dicom_clean_assoc, dicom_clean_assoc, dicom_clean_json]),
    "mirth": ([mirth_phi_filter, mirth_phi_filter, mirth_phi_transformer, mirth_phi_raw, mirth_phi_raw, mirth_phi_maps, mirth_phi_db, mirth_phi_alert],
              [mirth_clean]),
    "dotnet": ([dotnet_phi_clef, dotnet_phi_clef, dotnet_phi_serilog_json, dotnet_phi_console, dotnet_phi_ef, dotnet_phi_nlog, dotnet_phi_http, dotnet_phi_rare],
               [dotnet_clean]),
    "node": ([node_phi_req, node_phi_patient, node_phi_bunyan, node_phi_winston, node_phi_winston, node_phi_morgan, node_phi_rare], [node_clean]),
    "gcp_otel": ([gcp_phi_json, gcp_phi_json, gcp_phi_audit, otel_phi, otel_phi, gcp_phi_text, gcp_phi_rare], [gcp_clean]),
    "mongo": ([mongo_phi_slow, mongo_phi_slow, mongo_phi_update, mongo_phi_agg, mongo_phi_shell, mongo_phi_shell, mongo_phi_legacy, mongo_phi_rare], [mongo_clean]),
    "php": ([php_phi_context, php_phi_context, php_phi_printr, php_phi_export, php_phi_pdo, php_phi_monolog_url, php_phi_rare], [php_clean]),
    "edi": ([edi_phi_837, edi_phi_270, edi_phi_271, edi_phi_ncpdp, edi_phi_ncpdp, edi_phi_misc], [edi_clean]),
}


def assemble(parts):
    buf = bytearray()
    spans = []
    for p in flatten(parts):
        if isinstance(p, P):
            b = p.v.encode("utf-8")
            s = len(buf)
            buf += b
            spans.append((s, len(buf), p.cat, p.v))
        else:
            buf += p.encode("utf-8")
    return bytes(buf), spans


def main():
    records = []   # (family, bytes, spans)
    for fam, (phi_t, clean_t) in FAMILIES.items():
        n_clean = round(LINES_PER_FAMILY * CLEAN_SHARE)
        kinds = [True] * n_clean + [False] * (LINES_PER_FAMILY - n_clean)
        R.shuffle(kinds)
        for is_clean in kinds:
            while True:
                fn = R.choice(clean_t if is_clean else phi_t)
                line, spans = assemble(fn())
                if is_clean and spans:
                    continue           # a "clean" template that happened to render PHI (e.g. age > 89): retry
                if not is_clean and not spans:
                    continue
                break
            records.append((fam, line, spans))
    R.shuffle(records)

    log_path = os.path.join(HERE, "c.log")
    lab_path = os.path.join(HERE, "c.labels.jsonl")
    with open(log_path, "wb") as f:
        for fam, line, spans in records:
            assert b"\n" not in line and b"\r" not in line
            f.write(line + b"\n")
    with open(lab_path, "w", encoding="utf-8") as f:
        for i, (fam, line, spans) in enumerate(records, 1):
            f.write(json.dumps({"line": i, "family": fam,
                                "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]}, ensure_ascii=False) + "\n")

    # ---------------- verification: re-read both files ----------------
    with open(log_path, "rb") as f:
        data = f.read()
    assert data.endswith(b"\n")
    file_lines = data[:-1].split(b"\n")
    with open(lab_path, encoding="utf-8") as f:
        labels = [json.loads(x) for x in f]
    assert len(file_lines) == len(labels) == len(records), (len(file_lines), len(labels))
    cat_counts, fam_counts, fam_lines, clean = Counter(), Counter(), Counter(), 0
    json_ok = json_total = 0
    for i, (lb, raw, (fam, _, spans)) in enumerate(zip(labels, file_lines, records), 1):
        raw.decode("utf-8")  # valid UTF-8
        assert lb["line"] == i and lb["family"] == fam
        assert len(lb["spans"]) == len(spans)
        prev_end = -1
        for sp, (s, e, c, v) in zip(lb["spans"], spans):
            assert (sp["s"], sp["e"], sp["cat"]) == (s, e, c)
            assert 0 <= s < e <= len(raw)
            assert s >= prev_end, f"overlap on line {i}"
            prev_end = e
            assert raw[s:e] == v.encode("utf-8"), (i, raw[s:e], v)
            cat_counts[c] += 1
            fam_counts[fam] += 1
        fam_lines[fam] += 1
        if not spans:
            clean += 1
        if raw.startswith(b"{") and fam in ("node", "gcp_otel", "dotnet", "mongo", "dicom"):
            json_total += 1
            try:
                json.loads(raw)
                json_ok += 1
            except ValueError:
                pass
    # value validity checks
    for lb, raw in zip(labels, file_lines):
        for sp in lb["spans"]:
            v = raw[sp["s"]:sp["e"]].decode()
            if sp["cat"] == "ssn":
                d = v.replace("-", "")
                assert len(d) == 9 and d[:3] not in ("000", "666") and d[0] != "9" and d[3:5] != "00" and d[5:] != "0000", v
            if sp["cat"] == "vehicle" and len(v) == 17:
                assert vin_check(v) == v[8], v
            if sp["cat"] == "device" and re.fullmatch(r"\d{15}", v):
                assert luhn_ok(v), v
            if sp["cat"] == "account":
                d = re.sub(r"[ -]", "", v)
                if re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", d):
                    assert iban_valid(d), v
                elif len(d) in (15, 16) and d[0] in "23456":
                    assert luhn_ok(d), v
            if sp["cat"] == "age":
                assert int(v) > 89, v
            if sp["cat"] in ("phone", "fax"):
                d = re.sub(r"\D", "", v)
                d = d[1:] if len(d) == 11 and d[0] == "1" else d
                assert len(d) == 10 and d[0] in "23456789" and d[3] in "23456789", v

    print(f"lines: {len(records)}  clean (no spans): {clean} ({clean / len(records):.1%})  JSON lines parsed: {json_ok}/{json_total}")
    print("spans per category:")
    for c in CATS:
        print(f"  {c:12s} {cat_counts[c]}")
    print(f"  {'TOTAL':12s} {sum(cat_counts.values())}")
    print("lines / spans per family:")
    for fam in FAMILIES:
        print(f"  {fam:9s} lines={fam_lines[fam]:3d} spans={fam_counts[fam]}")
    print("verification OK")


if __name__ == "__main__":
    main()
