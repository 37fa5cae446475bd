#!/usr/bin/env python3
"""Deterministic generator for held-out PHI test set `cj`.

Theme: a health system's log archive after earlier, imperfect redaction tools
(Rails filter_parameters, Django sensitive_variables, Sentry scrubbing, pino
redact, Datadog SDS, an IP-truncating edge pipeline, a vault/tokenizer) ran over
some services but not others. Masked, hashed, tokenized, encrypted and
truncated values are NOT labeled; PHI that is still readable is.

Writes cj.log and cj.labels.jsonl next to this file. Standard library only.
"""
import base64
import datetime as dt
import hashlib
import hmac
import json
import os
import random
import struct
import unicodedata
import uuid

random.seed(18180518)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "cj"
N_LINES = 500
N_CLEAN = 275
TODAY = dt.date(2024, 3, 11)

# ----------------------------------------------------------------------------
# line builder with byte-offset spans
# ----------------------------------------------------------------------------


class H:
    """A PHI hit: value (already rendered for its context) and category."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v if isinstance(v, str) else str(v)
        self.cat = cat


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, *parts):
        for x in parts:
            if isinstance(x, H):
                b = x.v.encode("utf-8")
                s = len(self.buf)
                self.buf += b
                self.spans.append((s, len(self.buf), x.cat, b))
            elif isinstance(x, (list, tuple)):
                self.t(*x)
            else:
                self.buf += x.encode("utf-8")
        return self


# ---- JSON construction (spans recorded through escaping) -------------------


class O:
    def __init__(self, *kv):
        assert len(kv) % 2 == 0
        self.kv = [(kv[i], kv[i + 1]) for i in range(0, len(kv), 2)]


class A:
    def __init__(self, *items):
        self.items = items


class S:
    """A JSON string assembled from str / H parts."""

    def __init__(self, *parts):
        flat = []
        for p in parts:
            if isinstance(p, (list, tuple)):
                flat.extend(p)
            else:
                flat.append(p)
        self.parts = flat


class Raw:
    def __init__(self, s):
        self.s = s


def jp(v, sp=False, asc=False):
    """Render v as JSON; returns a list of str / H parts."""
    out = []

    def esc(s):
        return json.dumps(s, ensure_ascii=asc)[1:-1]

    def val(x):
        if isinstance(x, H):
            out.extend(['"', H(esc(x.v), x.cat), '"'])
        elif isinstance(x, HN):
            out.append(H(x.v, x.cat))
        elif isinstance(x, O):
            out.append("{")
            for i, (k, vv) in enumerate(x.kv):
                if i:
                    out.append(", " if sp else ",")
                out.append(json.dumps(k, ensure_ascii=asc) + (": " if sp else ":"))
                val(vv)
            out.append("}")
        elif isinstance(x, A):
            out.append("[")
            for i, it in enumerate(x.items):
                if i:
                    out.append(", " if sp else ",")
                val(it)
            out.append("]")
        elif isinstance(x, S):
            out.append('"')
            for p in x.parts:
                if isinstance(p, H):
                    out.append(H(esc(p.v), p.cat))
                else:
                    out.append(esc(p))
            out.append('"')
        elif isinstance(x, Raw):
            out.append(x.s)
        else:
            out.append(json.dumps(x, ensure_ascii=asc))

    val(v)
    return out


class HN:
    """Numeric PHI hit in JSON (unquoted)."""

    def __init__(self, v, cat):
        self.v = str(v)
        self.cat = cat


def pyr(x):
    """Python repr of nested O / A / H / scalars as parts."""
    out = []

    def val(v):
        if isinstance(v, H):
            r = repr(v.v)
            out.extend([r[0], H(r[1:-1], v.cat), r[-1]])
        elif isinstance(v, HN):
            out.append(H(v.v, v.cat))
        elif isinstance(v, O):
            out.append("{")
            for i, (k, vv) in enumerate(v.kv):
                if i:
                    out.append(", ")
                out.append(repr(k) + ": ")
                val(vv)
            out.append("}")
        elif isinstance(v, A):
            out.append("[")
            for i, it in enumerate(v.items):
                if i:
                    out.append(", ")
                val(it)
            out.append("]")
        elif isinstance(v, Raw):
            out.append(v.s)
        else:
            out.append(repr(v))

    val(x)
    return out


def rbh(x):
    """Ruby Hash#inspect (pre-3.4 style: "k"=>"v")."""
    out = []

    def esc(s):
        return json.dumps(s, ensure_ascii=False)[1:-1]

    def val(v):
        if isinstance(v, H):
            out.extend(['"', H(esc(v.v), v.cat), '"'])
        elif isinstance(v, HN):
            out.append(H(v.v, v.cat))
        elif isinstance(v, O):
            out.append("{")
            for i, (k, vv) in enumerate(v.kv):
                if i:
                    out.append(", ")
                out.append('"' + esc(k) + '"=>')
                val(vv)
            out.append("}")
        elif isinstance(v, A):
            out.append("[")
            for i, it in enumerate(v.items):
                if i:
                    out.append(", ")
                val(it)
            out.append("]")
        elif isinstance(v, Raw):
            out.append(v.s)
        elif v is None:
            out.append("nil")
        elif isinstance(v, bool):
            out.append("true" if v else "false")
        elif isinstance(v, str):
            out.append('"' + esc(v) + '"')
        else:
            out.append(str(v))

    val(x)
    return out


def lf_val(v):
    """logfmt value: quote when needed."""
    if v == "" or any(c in v for c in ' ="\\'):
        return '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return v


def lf(*kv):
    """logfmt key=value pairs; values may be str or H. Returns parts."""
    out = []
    for i in range(0, len(kv), 2):
        k, v = kv[i], kv[i + 1]
        if i:
            out.append(" ")
        out.append(k + "=")
        if isinstance(v, H):
            q = lf_val(v.v)
            if q != v.v:
                out.extend(['"', H(q[1:-1], v.cat), '"'])
            else:
                out.append(H(v.v, v.cat))
        else:
            out.append(lf_val(str(v)))
    return out


# ----------------------------------------------------------------------------
# clock and generic ids
# ----------------------------------------------------------------------------
CLOCK = [dt.datetime(2024, 3, 11, 6, 2, 17, 412000, tzinfo=dt.timezone.utc)]


def tick():
    CLOCK[0] += dt.timedelta(seconds=random.randint(0, 21), microseconds=random.randint(0, 999999))


def now():
    return CLOCK[0]


def iso_ms(n=None):
    n = n or now()
    return n.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (n.microsecond // 1000)


def iso_us(n=None):
    n = n or now()
    return n.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def iso_s(n=None):
    n = n or now()
    return n.strftime("%Y-%m-%dT%H:%M:%SZ")


def py_ts():
    n = now()
    return n.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (n.microsecond // 1000)


def java_ts():
    n = now()
    return n.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (n.microsecond // 1000)


def apache_ts():
    return now().strftime("%d/%b/%Y:%H:%M:%S +0000")


def ruby_ts():
    return now().strftime("%Y-%m-%dT%H:%M:%S.%f")


def local_ts():
    n = now() - dt.timedelta(hours=5)
    return n.strftime("%Y-%m-%d %H:%M:%S -0500")


def epoch_ms():
    return str(int(now().timestamp() * 1000))


def epoch_f():
    return "%.7f" % (now().timestamp() + random.randint(0, 999) / 1e7)


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(random.choice(alphabet) for _ in range(n))


def digits(n):
    return "".join(random.choice("0123456789") for _ in range(n))


def uid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


def priv_ip():
    r = random.random()
    if r < 0.6:
        return "10.%d.%d.%d" % (random.choice([0, 1, 2, 4, 8, 20, 32, 64]), random.randint(0, 255), random.randint(2, 254))
    if r < 0.85:
        return "172.%d.%d.%d" % (random.randint(16, 31), random.randint(0, 255), random.randint(2, 254))
    return "192.168.%d.%d" % (random.randint(0, 20), random.randint(2, 254))


def trunc_ip():
    """Public IP after the edge pipeline zeroed the last octet (not PHI)."""
    return "%d.%d.%d.0" % (random.choice([73, 24, 98, 71, 174, 67, 99, 108]), random.randint(1, 254), random.randint(0, 255))


def tok(prefix, n=24):
    return prefix + alnum(n)


def vault_ct():
    return "vault:v1:" + base64.b64encode(bytes(random.getrandbits(8) for _ in range(random.choice([33, 45, 48])))).decode()


HMAC_KEY = b"archive-redactor-2023"


def hmac_fp(v):
    return hmac.new(HMAC_KEY, v.encode(), hashlib.sha256).hexdigest()


def sha(v):
    return hashlib.sha256(v.encode()).hexdigest()


# ----------------------------------------------------------------------------
# identifiers with valid check digits
# ----------------------------------------------------------------------------


def luhn_cd(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_cd(num[:-1]) == num[-1]


def card_number():
    pre = random.choice(["4539", "4716", "4024", "5425", "5232", "2221", "6011"])
    body = pre + digits(15 - len(pre))
    return body + luhn_cd(body)


def fmt_card(c):
    return " ".join(c[i:i + 4] for i in range(0, 16, 4))


def imei():
    tac = random.choice(["35391110", "35332811", "35875409", "86723405", "35290611"])
    body = tac + digits(6)
    return body + luhn_cd(body)


def npi():
    base = random.choice("12") + digits(8)
    return base + luhn_cd("80840" + base)


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin():
    wmi = random.choice(["1HG", "1FT", "2T1", "JTD", "5YJ", "WBA", "KMH", "3VW", "1G1", "4T1", "5FN", "JM1"])
    vds = "".join(random.choice(VIN_CH) for _ in range(5))
    yr = random.choice("DEFGHJKLMNPR")
    plant = random.choice("ABCDEFGHKLMNPRSTUXZ0123456789")
    ser = digits(6)
    v = wmi + vds + "0" + yr + plant + ser
    tot = 0
    for i, c in enumerate(v):
        val = int(c) if c.isdigit() else VIN_T[c]
        tot += val * VIN_W[i]
    cd = tot % 11
    cd = "X" if cd == 10 else str(cd)
    return v[:8] + cd + v[9:]


def iban(country):
    if country == "DE":
        bban = digits(18)
    elif country == "ES":
        bban = digits(20)
    elif country == "GB":
        bban = random.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + digits(14)
    else:
        bban = digits(23)
    conv = "".join(str(int(c, 36)) for c in bban + country + "00")
    chk = 98 - int(conv) % 97
    return country + "%02d" % chk + bban


def fmt_iban(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


def nhs_number():
    while True:
        d = [random.randint(0, 9) for _ in range(9)]
        d[0] = random.randint(4, 6)
        r = sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
        c = 11 - r
        if c == 11:
            c = 0
        if c == 10:
            continue
        s = "".join(map(str, d)) + str(c)
        return "%s %s %s" % (s[:3], s[3:6], s[6:])


def cpf():
    d = [random.randint(0, 9) for _ in range(9)]
    r = sum(x * w for x, w in zip(d, range(10, 1, -1))) % 11
    d.append(0 if r < 2 else 11 - r)
    r = sum(x * w for x, w in zip(d, range(11, 1, -1))) % 11
    d.append(0 if r < 2 else 11 - r)
    s = "".join(map(str, d))
    return "%s.%s.%s-%s" % (s[:3], s[3:6], s[6:9], s[9:])


def sin_ca():
    body = random.choice("1234567") + digits(7)
    s = body + luhn_cd(body)
    return "%s %s %s" % (s[:3], s[3:6], s[6:])


def dni_es():
    n = random.randint(10000000, 79999999)
    return "%08d%s" % (n, "TRWAGMYFPDXBNJZSQVHLCKE"[n % 23])


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    c = [random.choice("123456789"), random.choice(MBI_A), random.choice(MBI_AN), random.choice("0123456789"),
         random.choice(MBI_A), random.choice(MBI_AN), random.choice("0123456789"), random.choice(MBI_A),
         random.choice(MBI_A), random.choice("0123456789"), random.choice("0123456789")]
    return "".join(c)


def fmt_mbi(m):
    return m[:4] + "-" + m[4:7] + "-" + m[7:]


def ssn():
    while True:
        a = random.randint(101, 772)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def mac():
    oui = random.choice(["F4:5C:89", "D0:03:DF", "A4:C1:38", "C8:2B:96", "E8:9F:6D"])
    return oui + ":" + ":".join("%02X" % random.randint(0, 255) for _ in range(3))


# ----------------------------------------------------------------------------
# people
# ----------------------------------------------------------------------------
GROUPS = [
    (["Chidi", "Ngozi", "Ifeoma", "Olumide", "Chiamaka", "Babatunde"], ["Okonkwo", "Adeyemi", "Eze", "Balogun", "Nwachukwu"]),
    (["Xochitl", "Mateo", "María José", "Joaquín", "Lucía", "Guadalupe"], ["Ramírez", "Castañeda", "Villanueva", "Ocampo", "De la Cruz"]),
    (["Aiyana", "Dezbah", "Tokala", "Nizhoni"], ["Begay", "Yazzie", "Tsosie", "Benally"]),
    (["Sione", "Leilani", "Kalani", "Malia"], ["Tuilagi", "Kahananui", "Kealoha", "Fifita"]),
    (["Dmitri", "Oksana", "Wojciech", "Agnieszka"], ["Volkov", "Shevchenko", "Kowalski", "Nowak"]),
    (["Priya", "Arjun", "Farhan", "Lakshmi"], ["Raghunathan", "Iyer", "Chowdhury", "Venkataraman"]),
    (["Mei-Ling", "Hiroshi", "Yuki", "Soo-ah", "Jae-won", "Bao"], ["Chen", "Tanaka", "Nakamura", "Park", "Nguyen", "Tran"]),
    (["Fatima", "Omar", "Laila", "Zeynep", "Emre", "Ayşe"], ["Haddad", "Al-Masri", "Yılmaz", "Demir", "Khoury"]),
    (["Siobhan", "Tadhg", "Aoife", "Björn", "Ingrid", "Søren"], ["O'Sullivan", "Ní Bhriain", "Lindqvist", "Sørensen", "Fitzgerald"]),
    (["Kwame", "Ama", "Themba", "Nomvula"], ["Mensah", "Asante", "Dlamini", "Khumalo"]),
    (["Dorothy", "Harold", "Eugene", "Beatrice", "Wendell"], ["Abernathy", "Pruitt", "Whitcombe", "McAllister"]),
    (["Eleni", "Nikos", "Giulia", "Renée", "Luca"], ["Papadopoulos", "Esposito", "Marchetti", "Lefèvre", "Moreau"]),
]
FEMALE = {"Ngozi", "Ifeoma", "Chiamaka", "Xochitl", "María José", "Lucía", "Guadalupe", "Aiyana", "Dezbah", "Nizhoni",
          "Leilani", "Malia", "Oksana", "Agnieszka", "Priya", "Lakshmi", "Mei-Ling", "Yuki", "Soo-ah", "Fatima", "Laila",
          "Zeynep", "Ayşe", "Siobhan", "Aoife", "Ingrid", "Ama", "Nomvula", "Dorothy", "Beatrice", "Eleni", "Giulia",
          "Renée"}
CITIES = [
    ("Chicago", "IL", "606", ["312", "773"]), ("Hialeah", "FL", "330", ["305"]), ("Boston", "MA", "021", ["617"]),
    ("Oakland", "CA", "946", ["510"]), ("Seattle", "WA", "981", ["206"]), ("Houston", "TX", "770", ["713", "832"]),
    ("Atlanta", "GA", "303", ["404"]), ("Honolulu", "HI", "968", ["808"]), ("Gallup", "NM", "873", ["505"]),
    ("Dearborn", "MI", "481", ["313"]), ("Minneapolis", "MN", "554", ["612"]), ("Lowell", "MA", "018", ["978"]),
    ("San Antonio", "TX", "782", ["210"]), ("Kailua", "HI", "967", ["808"]), ("Jackson Heights", "NY", "113", ["718"]),
    ("Tacoma", "WA", "984", ["253"]), ("Des Plaines", "IL", "600", ["847"]),
]
STREETS = ["Maple Ridge Dr", "W Division St", "Kamehameha Hwy", "Bellaire Blvd", "Cedar Hollow Ln", "NE 65th St",
           "Old Spanish Trl", "Peachtree Rd NE", "Hana Pl", "Linwood Ave", "37th Ave", "Riverside Dr", "Calle del Sol",
           "Wyandotte St", "Avenida Cesar Chavez", "Pleasant St", "Nokomis Pkwy", "S Yakima Ave", "Orchard Knoll Ct",
           "Tamarind Way", "Lakeview Ter"]
UNITS = ["", "", "", "Apt 3B", "Unit 12", "#402", "Apt 7", "Ste 2", "Apt 1F"]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com", "aol.com", "comcast.net"]


def fold(s):
    s = s.replace("ı", "i").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def slug(s):
    return "".join(c for c in fold(s).lower() if c.isalnum())


def pub_ip():
    r = random.random()
    if r < 0.85:
        return "%d.%d.%d.%d" % (random.choice([73, 24, 98, 71, 174, 67, 99, 108, 76, 68, 47, 107]),
                                random.randint(1, 254), random.randint(0, 255), random.randint(1, 254))
    return "2601:%x:%x:%x::%x" % (random.randint(0x100, 0xfff), random.randint(0x1000, 0xffff),
                                  random.randint(0x100, 0xffff), random.randint(1, 0xffff))


def phone_fmt(area, line, style):
    if style == 0:
        return "(%s) 555-%s" % (area, line)
    if style == 1:
        return "%s-555-%s" % (area, line)
    if style == 2:
        return "+1%s555%s" % (area, line)
    if style == 3:
        return "%s.555.%s" % (area, line)
    if style == 4:
        return "+1 %s 555 %s" % (area, line)
    return "+1-%s-555-%s" % (area, line)


def dl_number(state):
    if state == "CA":
        return random.choice("ABCDEFGHJKLMNPRSTVWY") + digits(7)
    if state == "IL":
        return random.choice("ABCDEFGHJKLMNPRSTVWY") + digits(3) + "-" + digits(4) + "-" + digits(4)
    if state == "TX":
        return digits(8)
    if state == "NY":
        return digits(3) + " " + digits(3) + " " + digits(3)
    if state == "FL":
        return random.choice("ABCDEFGHJKLMNPRSTVWY") + digits(3) + "-" + digits(3) + "-" + digits(2) + "-" + digits(3) + "-" + digits(1)
    if state == "WA":
        return "WDL" + alnum(9, "ABCDEFGHJKLMNPQRSTVWXYZ0123456789")
    if state == "MA":
        return "S" + digits(8)
    return random.choice("ABCDEFGHJKLMNPRSTVWY") + digits(8)


def plate(state):
    if state == "CA":
        return random.choice("5678") + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3)
    if state in ("TX", "IL", "NY"):
        return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + random.choice(["-", " ", ""]) + digits(4)
    if state == "HI":
        return alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + " " + digits(3)
    return digits(3) + " " + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ")


def member_id():
    r = random.random()
    if r < 0.3:
        return random.choice(["XEH", "ZGP", "YUB", "XOD", "JQU"]) + digits(9)
    if r < 0.55:
        return "W" + digits(10)
    if r < 0.8:
        return digits(9) + "-0" + random.choice("12")
    return "M" + digits(8) + random.choice("ABCD")


def device_serial():
    r = random.random()
    if r < 0.3:
        return "NG" + digits(7) + random.choice("HKU")      # insulin pump
    if r < 0.55:
        return alnum(6, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")  # CGM transmitter id
    if r < 0.8:
        return random.choice(["PJN", "RLF", "BVX"]) + digits(6) + random.choice("SGH")  # implant
    return "SN" + digits(4) + "-" + alnum(5, "0123456789ABCDEFGHJKLMNPQRSTUVWXYZ")


def mk_person(i, elderly=False):
    grp = GROUPS[i % len(GROUPS)] if i < len(GROUPS) else random.choice(GROUPS)
    first = random.choice(grp[0])
    last = random.choice(grp[1])
    if elderly:
        dob = dt.date(random.randint(1928, 1933), random.randint(1, 12), random.randint(1, 28))
    else:
        dob = dt.date(random.randint(1941, 2016), random.randint(1, 12), random.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    city, state, zp, areas = random.choice(CITIES)
    area = random.choice(areas)
    line = "01%02d" % random.randint(0, 99)
    line2 = "01%02d" % random.randint(0, 99)
    fs, ls = slug(first), slug(last)
    em = random.choice([fs + "." + ls, fs[0] + ls + str(dob.year % 100), ls + fs[0], fs + str(random.randint(7, 999)),
                        fs + "_" + ls[:4]])
    p = dict(
        first=first, last=last, mi=random.choice("ABCDEJKLMRST"), sex="F" if first in FEMALE else "M",
        dob=dob, age=age, ssn=ssn(),
        mrn="E" + digits(7) if random.random() < 0.5 else "%08d" % random.randint(100000, 9999999),
        pid=random.randint(10400000, 68999999),
        member=member_id(), mbi=mbi() if age >= 65 else None,
        phone_area=area, phone_line=line, phone2_line=line2,
        email=em + "@" + random.choice(DOMAINS),
        street="%d %s" % (random.randint(12, 9899), random.choice(STREETS)), unit=random.choice(UNITS),
        city=city, state=state, zip=zp + "%02d" % random.randint(1, 99),
        card=card_number(), acct="700" + digits(7), dl=dl_number(state), vin=vin(), plate=plate(state),
        device=device_serial(), imei=imei(), mac=mac(), ip=pub_ip(),
        user=random.choice([fs + "_" + ls[0] + str(dob.year % 100), fs[0] + ls, fs + "." + ls + str(random.randint(1, 99))]),
        foreign=None,
    )
    ec_first = random.choice(random.choice(GROUPS)[0])
    p["ec"] = dict(first=ec_first, last=last if random.random() < 0.7 else random.choice(random.choice(GROUPS)[1]),
                   rel=random.choice(["spouse", "partner", "guardian"] + (["daughter", "mother", "sister"] if ec_first in FEMALE else ["son", "father", "brother"])),
                   area=area, line="01%02d" % random.randint(0, 99))
    return p


PEOPLE = []
for _i in range(44):
    PEOPLE.append(mk_person(_i, elderly=(_i % 9 == 4)))
# some people with foreign national ids
for _p, kind in zip(PEOPLE[5:13], ["nhs", "cpf", "sin", "dni", "nhs", "cpf", "sin", "dni"]):
    _p["foreign"] = (kind, {"nhs": nhs_number, "cpf": cpf, "sin": sin_ca, "dni": dni_es}[kind]())
PW = [1.0 / (i + 1) ** 0.55 for i in range(len(PEOPLE))]


def pick(pred=None):
    while True:
        p = random.choices(PEOPLE, weights=PW)[0]
        if pred is None or pred(p):
            return p


def full(p):
    return p["first"] + " " + p["last"]


def phone(p, style=None, second=False):
    return phone_fmt(p["phone_area"], p["phone2_line"] if second else p["phone_line"],
                     random.randint(0, 5) if style is None else style)


def ec_phone(p, style=None):
    return phone_fmt(p["ec"]["area"], p["ec"]["line"], random.randint(0, 5) if style is None else style)


def dfmt(d, style=None):
    style = style or random.choice(["iso", "iso", "us", "us1", "compact"])
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "us1":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "eu":
        return d.strftime("%d.%m.%Y")
    if style == "es":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return "%s %d, %d" % (d.strftime("%B"), d.day, d.year)
    raise ValueError(style)


def appt_date():
    return TODAY + dt.timedelta(days=random.randint(1, 45))


def past_date(lo=1, hi=60):
    return TODAY - dt.timedelta(days=random.randint(lo, hi))


def mask_name(p):
    return p["first"][0] + "*" * 3 + " " + p["last"][0] + "*" * 4


def mask_email(p):
    loc, dom = p["email"].split("@")
    return loc[0] + "***@" + dom


def ssn_masked(p, style=None):
    style = style if style is not None else random.randint(0, 2)
    return ["***-**-", "XXX-XX-", "•••-••-"][style] + p["ssn"][-4:]


STAFF = [("Hannah", "Whitfield", "MD"), ("Rohan", "Mehta", "MD"), ("Adaeze", "Nwosu", "NP"), ("Tomás", "Herrera", "RN"),
         ("Keiko", "Ishikawa", "PharmD"), ("Marcus", "Bell", "RN"), ("Svetlana", "Petrova", "DO"),
         ("Anjali", "Desai", "RPh"), ("Liam", "O'Connor", "PA-C"), ("Fatou", "Diallo", "MD"), ("Grace", "Liu", "RN"),
         ("Mateus", "Oliveira", "MD"), ("Ahmad", "Karimi", "MD"), ("Brigid", "Larkin", "LCSW")]
STAFF_NPI = {s[1]: npi() for s in STAFF}
AGENTS = ["dana.k", "rsoto", "mfeliciano", "t.begum", "jwalsh", "okafor.e"]
ORG = "mercyvalleyhealth.org"


def staff():
    return random.choice(STAFF)


def clinician():
    return random.choice([x for x in STAFF if x[2] in ("MD", "DO", "NP", "PA-C")])


def staff_name(s=None):
    s = s or staff()
    return "%s %s" % (s[0], s[1])


def staff_email(s=None):
    s = s or staff()
    return "%s.%s@%s" % (slug(s[0]), slug(s[1]), ORG)


CLINICS = [("Mercy Valley Primary Care - Westside", "2200 W Harrison St", "Chicago", "IL", "60612", "(312) 555-0100", "(312) 555-0109"),
           ("MVH Cardiology Associates", "1 Medical Center Dr Ste 400", "Boston", "MA", "02114", "(617) 555-0120", "(617) 555-0129"),
           ("Mercy Valley Endocrine Clinic", "4450 Bellaire Blvd Ste 210", "Houston", "TX", "77401", "(713) 555-0130", "(713) 555-0131"),
           ("MVH Kapiolani Family Medicine", "1319 Punahou St", "Honolulu", "HI", "96826", "(808) 555-0140", "(808) 555-0148")]

HOSTS = {"portal": "portal-web-7d9f8c6b5-x2kqp", "intake": "intake-api-5c8d7f9b6-m4zrt",
         "claims": "claims-svc-6f7c9d8b4-qq2lw", "elig": "eligibility-gw-84b6c9f7d-tn9hs",
         "rpm": "rpm-ingest-7b5d6c8f9-p8wkd", "billing": "billing-web-59c7d8b6f-vj4xc",
         "notify": "notify-worker-6b9c7d5f8-hh3rn", "lab": "lab-interface-0", "pharm": "rx-router-77c9f6d8b-ks7bd"}

# ----------------------------------------------------------------------------
# format prefixes
# ----------------------------------------------------------------------------
N_T = []
P_T = []


def N(fam, w=1.0):
    def deco(f):
        N_T.append((fam, f, w))
        return f
    return deco


def P(fam, w=1.0):
    def deco(f):
        P_T.append((fam, f, w))
        return f
    return deco


def rails_pre(lvl="INFO", rid=None):
    return "%s, [%s #%d] %5s -- : [%s] " % (lvl[0], ruby_ts(), random.choice([4412, 4418, 4431, 4437]), lvl, rid or uid())


def sidekiq_pre(cls, lvl="INFO", elapsed=None):
    s = "%s pid=%d tid=%s class=%s jid=%s " % (iso_ms(), random.choice([8, 9, 11]), alnum(4, "abcdefghijklmnopqrstuvwxyz0123456789"), cls, hexs(24))
    if elapsed:
        s += "elapsed=%s " % elapsed
    return s + lvl + ": "


def django_pre(lvl, module):
    return "%s %s %s %d %d " % (lvl, py_ts(), module, random.choice([4412, 4413, 4415]), random.choice([140245117245184, 140245108852480, 140245100459776]))


def pylog_pre(lvl, logger):
    return "%s - %s - %s - " % (py_ts(), logger, lvl)


def structlog_pre(lvl, event):
    return "%s [%-9s] %-30s " % (iso_us(), lvl, event)


def celery_pre(lvl, proc=None):
    proc = proc or "ForkPoolWorker-%d" % random.randint(1, 8)
    return "[%s: %s/%s] " % (py_ts(), lvl, proc)


def abbrev_logger(name):
    parts = name.split(".")
    out = name
    i = 0
    while len(out) > 39 and i < len(parts) - 1:
        parts[i] = parts[i][0]
        out = ".".join(parts)
        i += 1
    return out


def lcol(name):
    name = abbrev_logger(name)
    return name[-40:] if len(name) > 40 else name


def spring_pre(lvl, logger, thread=None):
    thread = thread or random.choice(["nio-8080-exec-%d" % random.randint(1, 10), "   scheduling-1", "task-%d" % random.randint(1, 8)])
    return "%s %5s 1 --- [%15s] %-40s : " % (java_ts(), lvl, thread[-15:], lcol(logger))


def spring3_pre(lvl, app, logger, thread=None):
    thread = thread or "nio-8080-exec-%d" % random.randint(1, 10)
    return "%s %5s 1 --- [%s] [%15s] %-40s : " % (iso_ms(), lvl, app, thread[-15:], lcol(logger))


def log4j_json(L, lvl, logger, message_parts, thread=None):
    n = now()
    obj = O("instant", O("epochSecond", int(n.timestamp()), "nanoOfSecond", n.microsecond * 1000),
            "thread", thread or "pool-%d-thread-%d" % (random.randint(1, 4), random.randint(1, 12)),
            "level", lvl, "loggerName", logger, "message", S(*message_parts), "endOfBatch", False,
            "loggerFqcn", "org.apache.logging.slf4j.Log4jLogger", "threadId", random.randint(20, 80), "threadPriority", 5)
    L.t(jp(obj))


def pino(L, lvl, host, msg, *extra, pre=()):
    kv = ["level", lvl, "time", int(epoch_ms()), "pid", random.choice([17, 18, 23]), "hostname", host]
    kv += list(pre)
    kv += list(extra)
    kv += ["msg", msg]
    L.t(jp(O(*kv)))


def logrus(L, lvl, msg, *kv):
    pairs = [(kv[i], kv[i + 1]) for i in range(0, len(kv), 2)]
    pairs.sort(key=lambda x: x[0])
    flat = []
    for k, v in pairs:
        flat += [k, v]
    L.t('time="%s" level=%s ' % (iso_s(), lvl))
    L.t(lf("msg", msg))
    if flat:
        L.t(" ", lf(*flat))


def zap(L, lvl, caller, msg, *kv):
    L.t(jp(O("level", lvl, "ts", Raw(epoch_f()), "caller", caller, "msg", msg, *kv)))


def slog(L, lvl, msg, *kv):
    L.t("time=%s level=%s " % (iso_ms(), lvl))
    L.t(lf("msg", msg))
    if kv:
        L.t(" ", lf(*kv))


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "MercyValley/5.14.2 (com.mercyvalley.mychart; build:5142031; iOS 17.3.1) Alamofire/5.8.1",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2.1 Safari/605.1.15"]


def combined(L, ip_part, method, path_parts, status, size, ref="-", ua=None):
    L.t(ip_part, " - - [%s] \"%s " % (apache_ts(), method), path_parts, " HTTP/1.1\" %d %d \"%s\" \"%s\"" % (status, size, ref, ua or random.choice(UAS)))


# ----------------------------------------------------------------------------
# templates WITHOUT PHI (look-alikes, masked / hashed / tokenized values)
# ----------------------------------------------------------------------------

@N("rails", 2)
def n_rails_started(L):
    path = random.choice([
        "/appointments/slots?clinic_id=%d&date=%s" % (random.randint(3, 40), (TODAY + dt.timedelta(days=random.randint(1, 14))).isoformat()),
        "/up", "/assets/application-%s.js" % hexs(64),
        "/api/v1/encounters/%s/notes" % uid(),
        "/providers/%s/availability?week=2024-W%02d" % (STAFF_NPI[staff()[1]], random.randint(11, 14)),
        "/billing/statements/%s.pdf" % uid(), "/cable",
    ])
    m = "GET" if not path.startswith("/api") else random.choice(["GET", "PATCH"])
    L.t(rails_pre(), 'Started %s "%s" for %s at %s' % (m, path, priv_ip(), local_ts()))


@N("rails")
def n_rails_processing(L):
    c = random.choice(["Api::V1::EncountersController#show", "PatientsController#update", "Portal::MessagesController#create",
                       "Billing::StatementsController#show", "AppointmentsController#slots", "Api::V2::EligibilityController#create"])
    L.t(rails_pre(), "Processing by %s as %s" % (c, random.choice(["JSON", "HTML", "PDF", "*/*"])))


@N("rails", 2)
def n_rails_params_filtered(L):
    r = random.random()
    if r < 0.4:
        h = O("patient", O("first_name", "[FILTERED]", "last_name", "[FILTERED]", "ssn", "[FILTERED]", "email", "[FILTERED]",
                           "date_of_birth", "[FILTERED]", "sex_at_birth", random.choice(["F", "M"]), "preferred_language", random.choice(["en", "es", "vi", "so"])),
              "commit", "Save", "clinic_id", str(random.randint(3, 40)))
    elif r < 0.7:
        h = O("authenticity_token", "[FILTERED]", "user", O("email", "[FILTERED]", "password", "[FILTERED]", "otp_attempt", "[FILTERED]", "remember_me", "1"))
    else:
        h = O("payment", O("card_token", "[FILTERED]", "last4", random.choice(["4242", "1881", "0005", "6467"]), "amount_cents", random.randint(1500, 48000),
                           "statement_id", uid()), "format", "json")
    L.t(rails_pre(), "  Parameters: ", rbh(h))


@N("rails")
def n_rails_completed(L):
    st = random.choice([(200, "OK"), (200, "OK"), (201, "Created"), (204, "No Content"), (302, "Found"), (422, "Unprocessable Entity"), (404, "Not Found")])
    L.t(rails_pre(), "Completed %d %s in %dms (Views: %.1fms | ActiveRecord: %.1fms (%d queries, %d cached) | GC: %.1fms)" % (
        st[0], st[1], random.randint(8, 900), random.random() * 40, random.random() * 80, random.randint(1, 30), random.randint(0, 6), random.random() * 5))


@N("rails")
def n_rails_sql(L):
    r = random.random()
    if r < 0.35:
        s = staff()
        L.t(rails_pre("DEBUG"), '  Provider Load (0.%dms)  SELECT "providers".* FROM "providers" WHERE "providers"."npi" = $1 LIMIT $2  [["npi", "%s"], ["LIMIT", 1]]' % (random.randint(2, 9), STAFF_NPI[s[1]]))
    elif r < 0.7:
        L.t(rails_pre("DEBUG"), '  Patient Load (1.%dms)  SELECT "patients".* FROM "patients" WHERE "patients"."email_bidx" = $1 LIMIT $2  [["email_bidx", "%s"], ["LIMIT", 1]]' % (random.randint(0, 9), base64.b64encode(bytes(random.getrandbits(8) for _ in range(32))).decode()))
    else:
        L.t(rails_pre("DEBUG"), "  \u21b3 app/controllers/%s.rb:%d:in '%s'" % (random.choice(["patients_controller", "api/v1/encounters_controller", "portal/messages_controller"]), random.randint(12, 240), random.choice(["show", "update", "set_patient", "create"])))


@N("lograge", 2)
def n_lograge(L):
    ctrl = random.choice([("GET", "/api/v1/encounters/%s" % uid(), "Api::V1::EncountersController", "show"),
                          ("POST", "/portal/messages", "Portal::MessagesController", "create"),
                          ("GET", "/appointments/slots", "AppointmentsController", "slots"),
                          ("PATCH", "/patients/%s/consents/%s" % (uid(), uid()), "ConsentsController", "update")])
    L.t(lf("method", ctrl[0], "path", ctrl[1], "format", "json", "controller", ctrl[2], "action", ctrl[3],
           "status", str(random.choice([200, 200, 201, 204, 422])), "duration", "%.2f" % (random.random() * 400),
           "view", "%.2f" % (random.random() * 20), "db", "%.2f" % (random.random() * 60), "remote_ip", priv_ip(),
           "request_id", uid(), "user_id", random.choice(["[FILTERED]", "staff:" + random.choice(AGENTS)])))


@N("sidekiq", 2)
def n_sidekiq(L):
    cls = random.choice(["AppointmentReminderJob", "StatementPdfJob", "EligibilityRefreshJob", "PortalInviteJob", "Hl7OutboundJob"])
    if random.random() < 0.5:
        L.t(sidekiq_pre(cls), "start")
    elif random.random() < 0.6:
        L.t(sidekiq_pre(cls, elapsed="%.3f" % (random.random() * 4)), "done")
    else:
        L.t(sidekiq_pre(cls, "WARN"), jp(O("context", "Job raised exception", "job", O(
            "retry", True, "queue", "default", "class", cls,
            "args", A(uid(), "<redacted:email>", "<redacted:phone>"), "jid", hexs(24),
            "created_at", Raw("%.6f" % (now().timestamp() - 300)), "error_message", "Net::ReadTimeout with #<TCPSocket:(closed)>",
            "error_class", "Net::ReadTimeout", "retry_count", random.randint(0, 5)))))


@N("django", 2)
def n_django_error(L):
    path = random.choice(["/api/v1/claims/%s/submit/" % uid(), "/intake/submit/", "/portal/messages/%d/reply/" % random.randint(10000, 99999), "/admin/scheduling/slot/"])
    L.t(django_pre("ERROR", "log"), "Internal Server Error: %s" % path)


@N("django", 2)
def n_django_locals(L):
    d = O("request", Raw("<WSGIRequest: POST '/intake/submit/'>"), "ssn", "********************", "card_number", "********************",
          "dob", "********************", "form", Raw("<IntakeForm bound=True, valid=False, fields=(first_name;last_name;dob;ssn;phone)>"),
          "clinic_id", random.randint(3, 40), "attempt", random.randint(1, 3))
    L.t(django_pre("ERROR", "views"), "intake_submit failed; frame locals: ", pyr(d))


@N("django-runserver")
def n_django_server(L):
    path = random.choice(["/static/css/portal.%s.css" % hexs(12), "/static/js/intake.%s.js" % hexs(12), "/healthz/", "/favicon.ico", "/i18n/setlang/"])
    st = random.choice([200, 304, 304])
    L.t("[%s] \"GET %s HTTP/1.1\" %d %d" % (now().strftime("%d/%b/%Y %H:%M:%S"), path, st, 0 if st == 304 else random.choice([1834, 52211, 918])))


@N("pylog", 2)
def n_pylog(L):
    r = random.random()
    if r < 0.3:
        L.t(pylog_pre("INFO", "billing.statements"), "Generated statement batch %s-%02d for %d guarantor accounts (total due $%s)" % (2024, 3, random.randint(800, 4000), "{:,.2f}".format(random.random() * 900000)))
    elif r < 0.55:
        L.t(pylog_pre("INFO", "remit.era835"), "ERA 835 received from payer %s (check/EFT %s) dated %s: %d claims, paid $%.2f" % (
            random.choice(["60054", "87726", "BCBSIL", "00431"]), "EFT" + digits(9), past_date(1, 6).isoformat(), random.randint(3, 200), random.random() * 90000))
    elif r < 0.8:
        L.t(pylog_pre("WARNING", "redactor.pipeline"), "pattern us_ssn matched %d values in stream %s; replaced with %s" % (random.randint(1, 40), random.choice(["intake-api", "portal-web", "claims-svc"]), random.choice(["XXX-XX-####", "[REDACTED]", "***-**-####"])))
    else:
        L.t(pylog_pre("INFO", "scheduler.jobs"), "Next run of purge_expired_sessions at %s (cron '0 2 * * *')" % (TODAY + dt.timedelta(days=1)).isoformat() + " 02:00:00")


@N("structlog", 2)
def n_structlog(L):
    ev = random.choice(["hl7.oru.accepted", "fhir.bundle.posted", "consent.updated", "lab.result.released"])
    L.t(structlog_pre("info", ev), lf("mrn_hmac", hmac_fp(digits(8))[:32], "order_id", "ORD-%s" % digits(9),
                                         "ordering_npi", STAFF_NPI[clinician()[1]], "loinc", random.choice(["4548-4", "2345-7", "718-7", "2093-3"]),
                                         "status", random.choice(["F", "P", "C"]), "latency_ms", str(random.randint(4, 900))))


@N("celery", 2)
def n_celery(L):
    task = random.choice(["notify.tasks.send_sms", "billing.tasks.render_statement", "records.tasks.fax_roi_packet", "elig.tasks.refresh_270"])
    if random.random() < 0.5:
        L.t(celery_pre("INFO", "MainProcess"), "Task %s[%s] received" % (task, uid()))
    else:
        L.t(celery_pre("INFO"), "Task %s[%s] succeeded in %.3fs: %s" % (task, uid(), random.random() * 6, random.choice(["None", "{'status': 'queued', 'sid': 'SM%s'}" % hexs(32), "True"])))


@N("gunicorn", 2)
def n_gunicorn(L):
    path = random.choice(["/healthz", "/readyz", "/metrics", "/api/v1/appointments/%s" % uid()])
    ua = "kube-probe/1.28" if path in ("/healthz", "/readyz") else random.choice(["Prometheus/2.49.1", "python-requests/2.31.0"])
    L.t('%s - - [%s] "GET %s HTTP/1.1" 200 %d "-" "%s"' % (priv_ip(), apache_ts(), path, random.randint(2, 4000), ua))


@N("spring-boot", 2)
def n_spring(L):
    r = random.random()
    if r < 0.35:
        L.t(spring_pre("INFO", "com.mercyvalley.claims.service.ClaimSubmissionService"),
            "Submitted 837P batch %s to clearinghouse: %d claims, payer=%s, group=%s, billed=$%.2f" % (
                "B" + digits(10), random.randint(5, 300), random.choice(["AETNA(60054)", "UHC(87726)", "BCBSIL(00621)"]), "GRP-%05d" % random.randint(100, 99999), random.random() * 200000))
    elif r < 0.6:
        L.t(spring_pre("INFO", "com.zaxxer.hikari.HikariDataSource", "           main"), "HikariPool-1 - Start completed.")
    elif r < 0.8:
        L.t(spring_pre("INFO", "org.springframework.boot.web.embedded.tomcat.TomcatWebServer", "           main"), "Tomcat started on port(s): 8080 (http) with context path ''")
    else:
        L.t(spring_pre("WARN", "com.mercyvalley.claims.edi.X12Validator"), "Claim %s: SV1 segment line %d uses deprecated modifier %s; member=%s dob=%s" % (
            "CLM" + digits(8), random.randint(1, 9), random.choice(["GT", "QW", "59"]), random.choice(["[REDACTED]", "***"]), "[REDACTED]"))


@N("log4j2-json", 2)
def n_log4j(L):
    msg = random.choice([
        "271 parsed for trace %s: %d EB segments, subscriber=[REDACTED], active=true" % ("TRN*1*" + digits(10), random.randint(2, 30)),
        "Payer connection pool: leased=%d available=%d pending=0" % (random.randint(0, 20), random.randint(0, 20)),
        "Retrying 270 inquiry to %s after 503 (attempt %d/5)" % (random.choice(["availity", "changehealthcare", "waystar"]), random.randint(1, 4)),
    ])
    log4j_json(L, random.choice(["INFO", "WARN"]), "com.mercyvalley.eligibility.X12Client", [msg])


@N("pino", 2)
def n_pino(L):
    pino(L, 30, HOSTS["portal"], "request completed",
         "req", O("id", random.randint(1, 9999), "method", random.choice(["GET", "POST"]), "url", random.choice(["/v1/me", "/v1/messages?page=2", "/v1/appointments/upcoming", "/v1/billing/statements/%s" % uid()]),
                  "headers", O("host", "portal." + ORG, "authorization", "[Redacted]", "cookie", "[Redacted]", "x-request-id", uid()),
                  "remoteAddress", "::ffff:" + priv_ip(), "remotePort", random.randint(30000, 65000)),
         "res", O("statusCode", random.choice([200, 200, 304, 401])), "responseTime", random.randint(3, 700))


@N("winston", 2)
def n_winston(L):
    r = random.random()
    if r < 0.6:
        L.t(jp(O("level", "info", "message", "charge succeeded", "card", "****" + random.choice(["4242", "1881", "0005", "6467", "9424"]),
                 "brand", random.choice(["visa", "mastercard", "amex"]), "customer", tok("cus_", 14), "payment_method", tok("pm_", 24),
                 "charge", tok("ch_", 24), "amount", random.randint(1500, 60000), "currency", "usd", "service", "billing-web", "timestamp", iso_ms())))
    else:
        L.t(jp(O("level", "warn", "message", "payment method tokenized", "token", tok("tok_", 24), "fingerprint", alnum(16),
                 "exp", "%02d/%d" % (random.randint(1, 12), random.randint(2025, 2030)), "last4", random.choice(["4242", "5556", "0077"]), "service", "billing-web", "timestamp", iso_ms())))


@N("nginx", 2)
def n_nginx(L):
    path = random.choice(["/static/js/main.%s.js" % hexs(8), "/healthz", "/api/v1/config", "/.well-known/openid-configuration", "/static/media/logo.%s.svg" % hexs(8)])
    ua = "kube-probe/1.28" if path == "/healthz" else random.choice(UAS)
    st = random.choice([200, 200, 304])
    L.t('%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s"' % (priv_ip(), apache_ts(), path, st, 0 if st == 304 else (2 if path == "/healthz" else random.randint(300, 90000)), ua))


@N("logrus", 2)
def n_logrus(L):
    logrus(L, random.choice(["info", "warning"]), random.choice(["eligibility check complete", "270 request sent", "payer responded"]),
           "member_id", "[REDACTED]", "payer", random.choice(["AETNA", "UHC", "BCBSIL", "CIGNA", "HUMANA"]),
           "latency_ms", str(random.randint(80, 3000)), "trace_id", hexs(32), "group", "%07d" % random.randint(10000, 999999))


@N("zap", 2)
def n_zap(L):
    zap(L, "info", "ingest/handler.go:%d" % random.randint(60, 220), "telemetry batch accepted",
        "device_serial_sha256", sha(device_serial()), "patient_ref", tok("tok_pt_", 20), "readings", random.randint(12, 288),
        "fw", "v%d.%d.%d" % (random.randint(1, 4), random.randint(0, 20), random.randint(0, 9)), "bytes", random.randint(400, 90000))


@N("slog", 2)
def n_slog(L):
    r = random.random()
    if r < 0.5:
        slog(L, "INFO", "transit decrypt ok", "key", random.choice(["patient-pii", "ssn", "payer-member"]), "ciphertext", vault_ct(), "dur", "%.3fms" % (random.random() * 9))
    else:
        slog(L, "INFO", "tokenized field", "field", random.choice(["ssn", "mrn", "email", "dob"]), "token", tok("tok_", 22), "fp", "hmac-sha256:" + hmac_fp(digits(9))[:40])


@N("sentry-sdk")
def n_sentry_sdk(L):
    L.t("[sentry] DEBUG: Sending envelope [envelope with 1 items (error)] project:%d host:o%d.ingest.us.sentry.io" % (random.randint(4500000, 4509999), random.randint(100000, 999999)))


@N("sentry-event-json", 2)
def n_sentry_json(L):
    L.t(jp(O("event_id", hexs(32), "level", "error", "platform", "python", "timestamp", now().timestamp(),
             "exception", O("values", A(O("type", "ValidationError", "value", "[Filtered]", "module", "django.core.exceptions"))),
             "request", O("url", "https://portal.%s/intake/submit/" % ORG, "method", "POST",
                          "data", O("first_name", "[Filtered]", "last_name", "[Filtered]", "ssn", "[Filtered]", "dob", "[Filtered]", "clinic_id", str(random.randint(3, 40)))),
             "user", O("id", "[Filtered]", "ip_address", "{{auto}}"),
             "_meta", O("request", O("data", O("ssn", O("", O("rem", A(A("@password:filter", "s", 0, 10)), "len", 11))))))))


@N("datadog-json", 2)
def n_datadog(L):
    L.t(jp(O("date", iso_ms(), "host", "i-0%s" % hexs(16), "service", random.choice(["intake-api", "portal-web", "notify-worker"]), "status", "info",
             "message", random.choice(["Identity verified for applicant [REDACTED] (ssn [REDACTED])", "Callback requested by [REDACTED] at [REDACTED]",
                                        "Statement emailed to <redacted:email>"]),
             "dd", O("trace_id", str(random.getrandbits(63)), "span_id", str(random.getrandbits(63)), "env", "prod", "version", "2024.03.%d" % random.randint(1, 9)),
             "ddtags", "env:prod,team:patient-access,sensitive_data:%s,sensitive_data_category:pii" % random.choice(["us_social_security_number_scanner", "standard_email_address_scanner", "us_phone_number_scanner"]))))


@N("cloudflare-logpush", 2)
def n_cloudflare(L):
    uri = random.choice(["/v1/me", "/static/js/main.%s.js" % hexs(8), "/login", "/v1/messages?page=%d" % random.randint(1, 5)])
    L.t(jp(O("ClientIP", trunc_ip(), "ClientRequestHost", "portal." + ORG, "ClientRequestMethod", "POST" if uri == "/login" and random.random() < 0.5 else "GET",
             "ClientRequestURI", uri,
             "EdgeEndTimestamp", iso_s(), "EdgeResponseBytes", random.randint(300, 90000), "EdgeResponseStatus", random.choice([200, 200, 304, 403]),
             "EdgeStartTimestamp", iso_s(), "RayID", hexs(16), "ClientCountry", "us",
             "RequestHeaders", O("cookie", "REDACTED", "authorization", "REDACTED"))))


@N("mirth-hl7", 2)
def n_hl7(L):
    cid = random.randint(1000, 9999)
    pre = "%s INFO  [Channel: ADT_Inbound_%s] " % (py_ts(), random.choice(["EPIC", "CERNER", "MEDITECH"]))
    if random.random() < 0.5:
        L.t(pre, "ACK sent: MSH|^~\\&|MIRTH|MVH|EPIC|MVH|%s||ACK^A08|%d|P|2.5.1\\rMSA|AA|MSG%08d" % (now().strftime("%Y%m%d%H%M%S"), cid, random.randint(1, 99999999)))
    else:
        L.t(pre, "Redacted ADT^A0%d: PID|1||***^^^MVH^MR||REDACTED^REDACTED||********|%s|||[REDACTED]||[REDACTED]" % (random.choice([1, 3, 8]), random.choice(["F", "M", "U"])))


@N("audit-json", 2)
def n_audit(L):
    s = staff()
    L.t(jp(O("ts", iso_ms(), "event", random.choice(["chart.view", "chart.print", "note.sign", "order.place"]),
             "actor", O("id", "emp_%d" % random.randint(1000, 9999), "name", staff_name(s), "role", s[2], "email", staff_email(s)),
             "subject", O("patient_ref", tok("pt_", 16), "name", mask_name(random.choice(PEOPLE))),
             "workstation", "WS-%s-%03d" % (random.choice(["ED", "ICU", "4W", "CLINIC"]), random.randint(1, 200)), "ip", priv_ip())))


@N("pylog")
def n_notify_email(L):
    p = random.choice(PEOPLE)
    L.t(pylog_pre("INFO", "notify.email"), "Sent template %s to %s via noreply@%s (provider=ses, message_id=<%s@email.amazonses.com>)" % (
        random.choice(["appt_reminder_v3", "statement_ready", "portal_invite", "lab_result_available"]),
        random.choice(["<redacted:email>", mask_email(p), "[REDACTED]"]), ORG, "0100018e" + hexs(8) + "-" + uid() + "-000000"))


@N("sidekiq")
def n_notify_sms(L):
    p = random.choice(PEOPLE)
    L.t(sidekiq_pre("AppointmentReminderJob"), "SMS queued to (***) ***-%s sid=SM%s segments=%d" % (p["phone_line"], hexs(32), random.randint(1, 3)))


@N("spring-boot", 2)
def n_java_tostring(L):
    p = random.choice(PEOPLE)
    L.t(spring_pre("DEBUG", "com.mercyvalley.intake.service.PatientRegistrationService"),
        "Loaded Patient(id=%s, name=%s, ssn=%s, dob=%s, zip3=%s, email=%s, cardLast4=%s)" % (
            uid(), mask_name(p), ssn_masked(p), "19**-**-**", p["zip"][:3], mask_email(p), p["card"][-4:]))


@N("python-json", 2)
def n_hashing(L):
    p = random.choice(PEOPLE)
    r = random.random()
    if r < 0.5:
        L.family = "python-json"
        L.t(jp(O("level", "info", "msg", "dedupe lookup", "email_sha256", sha(p["email"]), "phone_sha256", sha(phone(p, 2)),
                 "matched", random.choice([True, False]), "service", "crm-sync", "time", iso_ms())))
    else:
        L.family = "logrus"
        logrus(L, "info", "patient match scored", "ssn_fp", "hmac-sha256:" + hmac_fp(p["ssn"]), "dob_fp", hmac_fp(p["dob"].isoformat())[:24],
               "name_fp", hmac_fp(full(p))[:24], "score", "%.3f" % random.random(), "algo", "fellegi-sunter")


@N("pylog")
def n_build(L):
    L.t(pylog_pre("INFO", "app.startup"), "mvh-intake build 2024.03.%d-r%d commit %s built %s python 3.11.7 django 4.2.10" % (
        random.randint(1, 9), random.randint(3000, 5000), hexs(7), (now() - dt.timedelta(days=random.randint(1, 4))).strftime("%Y-%m-%dT%H:%M:%SZ")))


@N("spring-boot")
def n_kafka(L):
    L.t(spring_pre("INFO", "org.apache.kafka.clients.consumer.internals.ConsumerCoordinator", "ntainer#0-0-C-1"),
        "[Consumer clientId=consumer-adt-events-%d, groupId=adt-events] Setting offset for partition adt.patient.v2-%d to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional.empty, currentLeader=LeaderAndEpoch{leader=Optional[b-%d.msk-prod.kafka.us-east-1.amazonaws.com:9094 (id: %d rack: use1-az%d)], epoch=%d}}" % (
            random.randint(1, 4), random.randint(0, 11), random.randint(1000000, 99999999), random.randint(1, 3), random.randint(1, 3), random.randint(1, 6), random.randint(10, 60)))


@N("envoy-access", 2)
def n_envoy(L):
    L.t('[%s] "%s %s HTTP/1.1" %d - %d %d %d %d "%s" "%s" "%s" "%s" "%s:8080"' % (
        iso_ms(), random.choice(["GET", "POST"]), random.choice(["/v1/eligibility/270", "/v1/claims/status", "/grpc.health.v1.Health/Check", "/v1/providers/%s" % STAFF_NPI[staff()[1]]]),
        random.choice([200, 200, 503]), random.randint(0, 3000), random.randint(100, 40000), random.randint(2, 900), random.randint(1, 880),
        priv_ip(), "Go-http-client/1.1", uid(), random.choice(["eligibility-gw.internal", "claims-svc.internal"]), priv_ip()))


@N("go-panic")
def n_go_panic(L):
    r = random.random()
    if r < 0.4:
        L.t("goroutine %d [running]:" % random.randint(1, 900))
    elif r < 0.7:
        L.t("github.com/mercyvalley/rpm-ingest/internal/ingest.(*Handler).decodeReading(0xc000%s, {0xc000%s, 0x%x, 0x%x})" % (hexs(6), hexs(6), random.randint(16, 4096), random.randint(4096, 8192)))
    else:
        L.t("panic: runtime error: index out of range [%d] with length %d" % (random.randint(1, 9), random.randint(0, 1)))


@N("java-stacktrace", 2)
def n_java_frame(L):
    pkg, cls, meth = random.choice([("intake.service", "PatientRegistrationService", "register"), ("claims.edi", "X12Writer", "writeLoop2010BA"),
                                    ("eligibility", "X12Client", "send"), ("scheduling", "AppointmentService", "book")])
    L.t("\tat com.mercyvalley.%s.%s.%s(%s.java:%d)" % (pkg, cls, meth, cls, random.randint(40, 700)))


@N("pylog", 2)
def n_provider(L):
    s = staff()
    c = random.choice(CLINICS)
    L.t(pylog_pre("INFO", "directory.sync"), "Upserted provider npi=%s name='%s, %s' practice='%s' addr='%s, %s, %s %s' phone=%s fax=%s" % (
        STAFF_NPI[s[1]], staff_name(s), s[2], c[0], c[1], c[2], c[3], c[4], c[5], c[6]))


@N("logrus", 2)
def n_truncated(L):
    p = random.choice(PEOPLE)
    logrus(L, "warning", "payload truncated by log shipper", "field", "body", "kept_bytes", "256",
           "preview", '{"ssn":"%s...' % p["ssn"][:4], "zip3", p["zip"][:3], "dob_year", str(p["dob"].year) if p["age"] < 85 else "[REDACTED]",
           "phone_prefix", "+1%s555***" % p["phone_area"])


@N("spring-boot3")
def n_pharmacy(L):
    s = random.choice([x for x in STAFF if x[2] in ("RPh", "PharmD")])
    L.t(spring3_pre("INFO", "rx-router", "com.mercyvalley.rx.DispenseService"),
        "Dispensed NDC %s qty=%d days=%d fill=%s verifiedBy='%s, %s' store=#%04d" % (
            random.choice(["0002-8215-01", "0169-4132-12", "50090-2875-0", "0378-0208-01"]), random.choice([30, 60, 90]), random.choice([30, 90]), uid(), staff_name(s), s[2], random.randint(1, 60)))


@N("pylog")
def n_payer(L):
    payer = random.choice([("AETNA", "60054"), ("UHC", "87726"), ("CIGNA", "62308"), ("HUMANA", "61101")])
    L.t(pylog_pre("INFO", "elig.config"), "payer %s (%s) endpoint=https://%s/x12/270 timeout=30s grp_default=%s support=1-800-555-01%02d" % (
        payer[0], payer[1],
        random.choice(["api.availity.com", "apigw.changehealthcare.com", "edi.waystar.com"]), "%06d" % random.randint(1000, 999999), random.randint(0, 99)))


@N("node-stderr")
def n_node(L):
    L.t("(node:%d) [DEP0040] DeprecationWarning: The `punycode` module is deprecated. Please use a userland alternative instead." % random.randint(10, 99))


@N("pino")
def n_flags(L):
    pino(L, 30, HOSTS["portal"], "flag evaluated", "flag", random.choice(["new-intake-flow", "sms-2fa", "proxy-access-v2"]),
         "variant", random.choice(["on", "off", "control"]), "userKey", "[Redacted]", "reason", "RULE_MATCH")


@N("zap")
def n_logo(L):
    raw = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + struct.pack(">II", 120, 32) + b"\x08\x06\x00\x00\x00" + bytes(random.getrandbits(8) for _ in range(60))
    zap(L, "debug", "mailer/templates.go:%d" % random.randint(30, 90), "inline asset cached", "asset", "clinic-logo@2x.png",
        "b64", base64.b64encode(raw).decode(), "cid", "logo-%s@mvh" % hexs(6))


@N("rails", 1)
def n_rails_masked_name(L):
    p = random.choice(PEOPLE)
    L.t(rails_pre(), "Portal invite resent for %s <%s> by staff %s" % (mask_name(p), mask_email(p), random.choice(AGENTS)))


@N("logrus")
def n_ratelimit(L):
    logrus(L, "warning", "rate limit exceeded", "client", priv_ip(), "route", "/v1/eligibility/270", "limit", "100/min", "window_start", iso_s())


@N("vault-audit-json")
def n_vault(L):
    L.t(jp(O("time", iso_us(), "type", "response", "auth", O("client_token", "hmac-sha256:" + hmac_fp(uid()), "accessor", "hmac-sha256:" + hmac_fp(uid()),
                                                              "display_name", "kubernetes-intake-api", "policies", A("default", "transit-pii")),
             "request", O("id", uid(), "operation", "update", "path", "transit/encrypt/patient-pii", "remote_address", priv_ip()),
             "response", O("data", O("ciphertext", "hmac-sha256:" + hmac_fp(uid()))))))


# ----------------------------------------------------------------------------
# templates WITH readable PHI (leaks the redaction tools missed)
# ----------------------------------------------------------------------------
from urllib.parse import quote, quote_plus  # noqa: E402  (stdlib)


def street_parts(p):
    """street (with unit when present) as one address span."""
    return p["street"] + (" " + p["unit"] if p["unit"] else "")


@P("rails", 2.5)
def p_rails_params(L):
    p = pick()
    k = random.randint(0, 2)
    if k == 0:
        h = O("patient", O("first_name", H(p["first"], "name"), "last_name", H(p["last"], "name"),
                           "date_of_birth", H(p["dob"].isoformat(), "date"), "ssn", "[FILTERED]", "email", "[FILTERED]",
                           "phone_number", H(phone(p), "phone"), "preferred_language", random.choice(["en", "es", "vi"])),
              "commit", "Save", "clinic_id", str(random.randint(3, 40)))
    elif k == 1:
        h = O("address", O("line1", H(p["street"], "address"), "line2", H(p["unit"], "address") if p["unit"] else "",
                           "city", H(p["city"], "address"), "state", p["state"], "postal_code", H(p["zip"], "zip")),
              "ssn_last4", "[FILTERED]", "guarantor_email", "[FILTERED]", "id", uid())
    else:
        h = O("coverage", O("payer_id", random.choice(["60054", "87726", "00621"]), "member_id", H(p["member"], "health_plan"),
                            "group_number", "%06d" % random.randint(1000, 999999), "subscriber_name", H(full(p), "name"),
                            "subscriber_dob", H(dfmt(p["dob"], "us"), "date"), "relationship", "self", "ssn", "[FILTERED]"))
    L.t(rails_pre(), "  Parameters: ", rbh(h))


@P("rails", 1.5)
def p_rails_started(L):
    p = pick()
    path = random.choice(["/patients/%s/demographics", "/patients/%s/insurance", "/api/v1/patients/%s/chart", "/patients/%s/proxy_access"])
    a, b = path.split("%s")
    L.t(rails_pre(), 'Started %s "%s' % (random.choice(["GET", "PATCH", "POST"]), a), H(str(p["pid"]), "mrn"), b + '" for ', H(p["ip"], "ip"),
        " at " + local_ts())


@P("rails")
def p_rails_sql(L):
    p = pick()
    if random.random() < 0.5:
        L.t(rails_pre("DEBUG"), '  Patient Load (0.%dms)  SELECT "patients".* FROM "patients" WHERE "patients"."mrn" = $1 LIMIT $2  [["mrn", "' % random.randint(3, 9),
            H(p["mrn"], "mrn"), '"], ["LIMIT", 1]]')
    else:
        L.t(rails_pre("DEBUG"), '  Patient Exists? (1.%dms)  SELECT 1 AS one FROM "patients" WHERE "patients"."mobile_phone" = $1 AND "patients"."last_name" = $2 LIMIT $3  [["mobile_phone", "' % random.randint(0, 9),
            H(phone(p, 2), "phone"), '"], ["last_name", "', H(p["last"], "name"), '"], ["LIMIT", 1]]')


@P("rails")
def p_rails_detail(L):
    p = pick()
    if random.random() < 0.5:
        L.t(rails_pre("ERROR"), 'ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_patients_on_mrn" DETAIL:  Key (mrn)=(',
            H(p["mrn"], "mrn"), ") already exists.)")
    else:
        L.t(rails_pre("ERROR"), 'ActiveRecord::RecordNotUnique (PG::UniqueViolation: ERROR:  duplicate key value violates unique constraint "index_users_on_lower_email" DETAIL:  Key (lower(email::text))=(',
            H(p["email"].lower(), "email"), ") already exists.)")


@P("rails", 1.5)
def p_rails_inspect(L):
    p = pick()
    created = now() - dt.timedelta(days=random.randint(200, 1500), seconds=random.randint(0, 86400))
    L.t("%s, [%s #%d] ERROR -- : [ActiveJob] [PatientSyncJob] [%s] Error performing PatientSyncJob (Job ID: %s) from Sidekiq(default) in %.2fms: NoMethodError (undefined method 'zip' for nil): #<Patient id: " % (
        "E", ruby_ts(), random.choice([12, 13]), uid(), uid(), random.random() * 90),
        H(str(p["pid"]), "mrn"), ', first_name: "', H(p["first"], "name"), '", last_name: "', H(p["last"], "name"),
        '", ssn: [FILTERED], email: [FILTERED], dob: "', H(p["dob"].isoformat(), "date"),
        '", created_at: "%s.%06d000 +0000", updated_at: "%s">' % (created.strftime("%Y-%m-%d %H:%M:%S"), created.microsecond, now().strftime("%Y-%m-%d %H:%M:%S.%f000 +0000")))


@P("lograge", 1.5)
def p_lograge(L):
    p = pick()
    L.t("method=GET path=/api/v2/members/", H(p["member"], "health_plan"), "/eligibility format=json controller=Api::V2::EligibilityController action=show status=200 duration=%.2f view=%.2f db=%.2f remote_ip=" % (
        random.random() * 900, random.random() * 3, random.random() * 40), H(p["ip"], "ip"),
        " request_id=%s params={\"dob\"=>\"" % uid(), H(p["dob"].isoformat(), "date"), '", "email"=>"[FILTERED]"}')


@P("sidekiq")
def p_sidekiq_twilio(L):
    p = pick()
    L.t(sidekiq_pre("AppointmentReminderJob", "WARN", "%.3f" % (random.random())),
        "Twilio::REST::RestError: [HTTP 400] 21211 : Unable to create record: The 'To' number ", H(phone(p, 2), "phone"),
        " is not a valid phone number. https://www.twilio.com/docs/errors/21211")


@P("sidekiq", 1.5)
def p_sidekiq_retry(L):
    p = pick()
    L.t(sidekiq_pre("PortalInviteJob", "WARN"), jp(O("context", "Job raised exception", "job", O(
        "retry", True, "queue", "mailers", "class", "PortalInviteJob", "args", A(HN(p["pid"], "mrn"), H(p["email"], "email"), "es" if random.random() < 0.3 else "en"),
        "jid", hexs(24), "created_at", Raw("%.6f" % (now().timestamp() - 900)), "enqueued_at", Raw("%.6f" % (now().timestamp() - 40)),
        "error_message", "Net::SMTPFatalError: 554 5.7.1 Message rejected", "error_class", "Net::SMTPFatalError", "retry_count", random.randint(0, 4)))))


@P("django", 1.5)
def p_django_locals(L):
    p = pick()
    d = O("request", Raw("<WSGIRequest: POST '/intake/submit/'>"), "ssn", "********************", "card_number", "********************",
          "patient_name", H(full(p), "name"), "dob", Raw(""), "clinic_id", random.randint(3, 40))
    parts = pyr(d)
    # replace the placeholder Raw('') for dob with a datetime.date repr
    out = []
    for x in parts:
        out.append(x)
    idx = out.index("'dob': ") if "'dob': " in out else None
    assert idx is not None
    out.insert(idx + 1, "datetime.date(")
    out.insert(idx + 2, H("%d, %d, %d" % (p["dob"].year, p["dob"].month, p["dob"].day), "date"))
    out.insert(idx + 3, ")")
    L.t(django_pre("ERROR", "views"), "intake_submit failed; frame locals: ", out)


@P("django-runserver")
def p_django_server(L):
    p = pick()
    L.t("[%s] \"GET /portal/lookup/?last_name=" % now().strftime("%d/%b/%Y %H:%M:%S"), H(quote_plus(p["last"]), "name"),
        "&dob=", H(p["dob"].isoformat(), "date"), "&zip=", H(p["zip"], "zip"), " HTTP/1.1\" 200 %d" % random.randint(400, 3000))


@P("pylog", 1.5)
def p_pylog_address(L):
    p = pick()
    L.t(pylog_pre("WARNING", "addr.validate"), "USPS validation failed for ", H(street_parts(p), "address"), ", ", H(p["city"], "address"),
        " %s " % p["state"], H(p["zip"], "zip"), ": DPV=N footnote=%s; holding statement %s" % (random.choice(["AA N1", "M3", "A1"]), uid()))


@P("structlog", 1.5)
def p_structlog_lab(L):
    p = pick()
    s = clinician()
    cdate = past_date(1, 3)
    L.t(structlog_pre("info", "hl7.oru.accepted"), "collected_at=", H(cdate.isoformat(), "date"), "T%02d:%02d:00-05:00 " % (random.randint(0, 23), random.randint(0, 59)),
        "loinc=%s mrn=" % random.choice(["4548-4", "2345-7", "718-7"]), H(p["mrn"], "mrn"),
        " order_id=ORD-%s ordering_provider='%s, %s' status=F" % (digits(9), staff_name(s), s[2]))


@P("celery")
def p_celery_sms(L):
    p = pick()
    ph = phone(p, 2)
    L.t(celery_pre("ERROR"), "Task notify.tasks.send_sms[%s] raised unexpected: InvalidPhoneNumber(\"'" % uid(), H(ph, "phone"),
        "' is not a mobile number (carrier lookup: landline)\")")


@P("celery", 2)
def p_celery_fax(L):
    p = pick()
    L.t(celery_pre("INFO"), "Task records.tasks.fax_roi_packet[%s] succeeded in %.3fs: {'mrn': '" % (uid(), random.random() * 9), H(p["mrn"], "mrn"),
        "', 'fax_to': '", H(phone_fmt(p["phone_area"], "01%02d" % random.randint(0, 99), 2), "fax"), "', 'pages': %d, 'recipient_type': 'patient'}" % random.randint(3, 40))


@P("spring-boot", 1.5)
def p_spring_dupkey(L):
    p = pick()
    L.t(spring_pre("ERROR", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper"),
        'ERROR: duplicate key value violates unique constraint "uk_patient_ssn"  Detail: Key (ssn)=(', H(p["ssn"], "ssn"), ") already exists.")


@P("spring-boot")
def p_spring_dob(L):
    p = pick()
    d = dfmt(p["dob"], "us")
    L.t(spring_pre("WARN", "org.springframework.web.servlet.mvc.support.DefaultHandlerExceptionResolver"),
        "Resolved [org.springframework.http.converter.HttpMessageNotReadableException: JSON parse error: Cannot deserialize value of type `java.time.LocalDate` from String \"",
        H(d, "date"), "\": Failed to deserialize java.time.LocalDate: (java.time.format.DateTimeParseException) Text '", H(d, "date"), "' could not be parsed at index 2]")


@P("log4j2-json", 1.5)
def p_log4j_x12(L):
    p = pick()
    up = lambda s: fold(s).upper()
    parts = ["271 response trace TRN*2*%s*9MVHELIG~ " % digits(10), "NM1*IL*1*", H(up(p["last"]), "name"), "*", H(up(p["first"]), "name"),
             "*%s***MI*" % p["mi"], H(p["member"], "health_plan"), "~N3*", H(up(street_parts(p)), "address"), "~N4*", H(up(p["city"]), "address"),
             "*%s*" % p["state"], H(p["zip"], "zip"), "~DMG*D8*", H(dfmt(p["dob"], "compact"), "date"), "*%s~EB*1*IND*30**%s~" % (p["sex"], random.choice(["PPO PLUS", "HMO SELECT", "CHOICE POS II"]))]
    log4j_json(L, "DEBUG", "com.mercyvalley.eligibility.X12Client", parts)


@P("pino", 1.5)
def p_pino_query(L):
    p = pick()
    r = random.random()
    if r < 0.5:
        url = S("/v1/patients/search?email=", H(quote(p["email"], safe=""), "email"), "&include=coverage")
    else:
        url = S("/v1/patients/search?lastName=", H(quote(p["last"]), "name"), "&dob=", H(p["dob"].isoformat(), "date"))
    pino(L, 30, HOSTS["portal"], "request completed",
         "req", O("id", random.randint(1, 9999), "method", "GET", "url", url,
                  "headers", O("host", "portal." + ORG, "authorization", "[Redacted]", "cookie", "[Redacted]"),
                  "remoteAddress", "::ffff:" + priv_ip(), "remotePort", random.randint(30000, 65000)),
         "res", O("statusCode", 200), "responseTime", random.randint(20, 700))


@P("winston")
def p_winston_pan(L):
    p = pick()
    c = p["card"]
    shown = fmt_card(c) if random.random() < 0.5 else c
    L.t(jp(O("level", "error", "message", S("Stripe card_error on legacy path: card ", H(shown, "account"), " declined (insufficient_funds)"),
             "card", "****" + c[-4:], "customer", tok("cus_", 14), "statement", uid(), "service", "billing-web", "timestamp", iso_ms())))


@P("nginx", 1.5)
def p_nginx_user(L):
    p = pick()
    path = random.choice([["/u/", H(p["user"], "other_id"), "/messages"], ["/api/v1/account/verify?email=", H(quote(p["email"], safe=""), "email")],
                          ["/records/download?mrn=", H(p["mrn"], "mrn"), "&fmt=pdf"]])
    combined(L, H(p["ip"], "ip"), "GET", path, 200, random.randint(300, 90000), "https://portal.%s/" % ORG)


@P("logrus", 1.5)
def p_logrus_pharm(L):
    p = pick()
    L.t('time="%s" level=error msg="pharmacy callback failed" ' % iso_s(), 'err="rpc error: code = InvalidArgument desc = prescriber NPI %s not licensed in %s for rx %s, patient ' % (STAFF_NPI[staff()[1]], p["state"], digits(7)),
        H(p["last"], "name"), ", ", H(p["first"], "name"), " DOB ", H(dfmt(p["dob"], "us"), "date"), '" ncpdp=%s retry=%d' % (digits(7), random.randint(0, 3)))


@P("zap", 1.5)
def p_zap_device(L):
    p = pick()
    zap(L, "warn", "ingest/handler.go:%d" % random.randint(60, 220), "reading out of range",
        "device_serial", H(p["device"], "device"), "patient_id", HN(p["pid"], "mrn"), "metric", random.choice(["glucose_mgdl", "spo2", "bp_systolic"]),
        "value", random.randint(30, 420), "fw", "v%d.%d.%d" % (random.randint(1, 4), random.randint(0, 20), random.randint(0, 9)))


@P("zap")
def p_zap_imei(L):
    p = pick()
    zap(L, "info", "enroll/service.go:%d" % random.randint(40, 160), "rpm kit enrolled",
        "imei", H(p["imei"], "device"), "hub_mac", H(p["mac"], "device"), "kit_sku", "RPM-BP-%02d" % random.randint(1, 12),
        "order", "SO-%s" % digits(8), "patient_ref", tok("tok_pt_", 20))


@P("sentry-event-json", 1.5)
def p_sentry_mrn(L):
    p = pick()
    L.t(jp(O("event_id", hexs(32), "level", "error", "platform", "python", "timestamp", now().timestamp(),
             "exception", O("values", A(O("type", "IntegrityError", "module", "django.db.utils",
                                             "value", S('duplicate key value violates unique constraint "patients_mrn_key"\nDETAIL:  Key (mrn)=(', H(p["mrn"], "mrn"), ") already exists.\n")))),
             "request", O("url", "https://portal.%s/intake/submit/" % ORG, "method", "POST",
                          "data", O("first_name", "[Filtered]", "last_name", "[Filtered]", "ssn", "[Filtered]", "dob", "[Filtered]")),
             "user", O("id", "[Filtered]")), asc=True))


@P("sentry-event-json")
def p_sentry_breadcrumb(L):
    p = pick()
    L.t(jp(O("event_id", hexs(32), "level", "warning", "platform", "node", "breadcrumbs", O("values", A(
        O("timestamp", now().timestamp() - 3, "category", "console", "level", "log", "message", S("resend verification to ", H(p["email"], "email"))),
        O("timestamp", now().timestamp() - 1, "category", "http", "data", O("url", "/v1/auth/verify", "method", "POST", "status_code", 429)))),
        "user", O("email", "[Filtered]", "ip_address", "[Filtered]"))))


@P("datadog-json", 1.5)
def p_datadog_leak(L):
    p = pick()
    L.t(jp(O("date", iso_ms(), "host", "i-0%s" % hexs(16), "service", "intake-api", "status", "info",
             "message", "Identity verified for applicant [REDACTED] (ssn [REDACTED])",
             "attributes", O("applicant", O("given", H(p["first"], "name"), "family", H(p["last"], "name"), "ssn_last4", p["ssn"][-4:]),
                             "verifier", "socure", "score", round(random.random(), 3)),
             "ddtags", "env:prod,team:patient-access,sensitive_data:us_social_security_number_scanner,sensitive_data_category:pii")))


@P("cloudflare-logpush", 1.5)
def p_cloudflare_doc(L):
    p = pick()
    fn = [H(fold(p["last"]).replace(" ", "").replace("'", ""), "name"), "_", H(fold(p["first"]).replace(" ", ""), "name"),
          "_%s.pdf" % random.choice(["discharge_summary", "after_visit_summary", "imaging_report", "consent"])]
    L.t(jp(O("ClientIP", H(p["ip"], "ip"), "ClientRequestHost", "docs." + ORG, "ClientRequestMethod", "GET",
             "ClientRequestURI", S("/shared/", *fn), "EdgeEndTimestamp", iso_s(), "EdgeResponseBytes", random.randint(40000, 900000),
             "EdgeResponseStatus", 200, "EdgeStartTimestamp", iso_s(), "RayID", hexs(16), "ClientCountry", "us",
             "RequestHeaders", O("cookie", "REDACTED"))))


@P("mirth-hl7", 2)
def p_hl7_pid(L):
    p = pick()
    up = lambda s: fold(s).upper()
    L.t("%s WARN  [Channel: ADT_Inbound_%s] Filter rejected ADT^A08 (unmapped PV1-3): MSH|^~\\&|EPIC|MVH|MIRTH|MVH|%s||ADT^A08|%d|P|2.5.1\\rPID|1||" % (
        py_ts(), random.choice(["EPIC", "CERNER"]), now().strftime("%Y%m%d%H%M%S"), random.randint(100000, 999999)),
        H(p["mrn"], "mrn"), "^^^MVH^MR||", H(up(p["last"]), "name"), "^", H(up(p["first"]), "name"), "^%s||" % p["mi"], H(dfmt(p["dob"], "compact"), "date"),
        "|%s|||" % p["sex"], H(up(street_parts(p)), "address"), "^^", H(up(p["city"]), "address"), "^%s^" % p["state"], H(p["zip"], "zip"),
        "^USA||", H(phone(p, 0).replace(" ", ""), "phone"), "^PRN^PH|||%s|||" % random.choice(["M", "S", "W", "D"]),
        H(p["ssn"].replace("-", ""), "ssn") if random.random() < 0.35 else "***-**-%s" % p["ssn"][-4:])


@P("spring-boot3")
def p_es(L):
    p = pick()
    L.t(spring3_pre("WARN", "citas-svc", "com.mercyvalley.citas.RecordatorioService"), "No se pudo enviar recordatorio al paciente ",
        H(full(p), "name"), " (fecha de nacimiento ", H(dfmt(p["dob"], "es"), "date"), ", tel. ", H(phone(p, 1), "phone"),
        "): cita del ", H(dfmt(appt_date(), "es"), "date"), " rechazada por el proveedor SMS")


@P("pylog")
def p_de(L):
    p = pick(lambda q: q["age"] > 89) if random.random() < 0.6 else pick()
    parts = [py_ts() + " WARNUNG [aufnahme.import] Doppelte Patientin/Patient erkannt: ", H(p["last"], "name"), ", ", H(p["first"], "name"),
             " (geb. ", H(dfmt(p["dob"], "eu"), "date"), ")"]
    if p["age"] > 89:
        parts += [", Alter ", H(str(p["age"]), "age")]
    parts += [", Wohnort ", H(p["city"], "address"), "; Datensatz %s wird zusammengeführt" % uid()]
    L.t(*parts)


@P("node-json")
def p_pt(L):
    p = pick(lambda q: q["foreign"] and q["foreign"][0] == "cpf")
    L.t(jp(O("nivel", "ERRO", "ts", iso_ms(), "servico", "portal-internacional", "mensagem",
             S("Falha ao validar cadastro de ", H(full(p), "name"), " CPF ", H(p["foreign"][1], "other_id"), ": data de nascimento ", H(dfmt(p["dob"], "es"), "date"), " divergente"))))


@P("slog", 1.5)
def p_go_struct(L):
    p = pick()
    L.t(slog_pre_text("ERROR"), 'msg="upsert failed" err="pq: value too long for type character varying(64)" patient="&{ID:', H(str(p["pid"]), "mrn"),
        " Name:", H(full(p), "name"), " DOB:", H(p["dob"].isoformat(), "date"), " SSN:XXX-XX-%s Address:{Line1:" % p["ssn"][-4:], H(street_parts(p), "address"),
        " City:", H(p["city"], "address"), " State:%s Zip:" % p["state"], H(p["zip"], "zip"), '}}"')


def slog_pre_text(lvl):
    return "time=%s level=%s " % (iso_ms(), lvl)


@P("spring-boot", 1.5)
def p_java_tostring(L):
    p = pick()
    L.t(spring_pre("DEBUG", "com.mercyvalley.intake.service.PatientRegistrationService"),
        "Loaded Patient(id=%s, name=%s, ssn=%s, dob=%s, email=" % (uid(), mask_name(p), ssn_masked(p), "19**-**-**"), H(p["email"], "email"),
        ", mobile=", H(phone(p, 1), "phone"), ", cardLast4=%s)" % p["card"][-4:])


@P("node-console")
def p_node_ec(L):
    p = pick()
    ec = p["ec"]
    nm = ec["first"] + " " + ec["last"]
    q = '"' if "'" in nm else "'"  # util.inspect switches quotes for strings containing '
    L.t("[%s] WARN  (proxy-access): emergency contact missing consent flag { patientRef: '%s', contact: { name: %s" % (iso_ms(), tok("pt_", 16), q),
        H(nm, "name"), q + ", relationship: '%s', phone: '" % ec["rel"], H(ec_phone(p, 1), "phone"), "' }, consentOnFile: false }")


@P("zerolog", 1.5)
def p_nested_sqs(L):
    p = pick()
    inner = jp(O("eventType", "patient.updated", "patient", O("name", O("given", H(p["first"], "name"), "family", H(p["last"], "name")),
                                                            "birthDate", H(p["dob"].isoformat(), "date"), "ssn", "***-**-" + p["ssn"][-4:],
                                                            "coverage", O("memberId", H(p["member"], "health_plan"), "groupNumber", "%07d" % random.randint(1000, 999999))),
                  "source", "epic-bridge"))
    L.t(jp(O("level", "error", "time", iso_ms(), "message", "failed to process SQS message",
             "messageId", uid(), "receiptHandle", "AQEB" + alnum(40), "body", S(*inner), "err", "schema validation: /patient/telecom: required")))


def jpeg_b64(n):
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + bytes(random.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


@P("python-json", 1.5)
def p_photo(L):
    p = pick()
    if random.random() < 0.5:
        L.family = "python-json"
        L.t(jp(O("level", "debug", "time", iso_ms(), "service", "intake-api", "msg", "id-verification upload", "field", "selfie",
                 "patient_id", HN(p["pid"], "mrn"), "content", H("data:image/jpeg;base64," + jpeg_b64(random.randint(240, 420)), "photo"))))
    else:
        L.family = "pylog"
        L.t(pylog_pre("DEBUG", "kiosk.checkin"), "camera capture for check-in photo mrn=", H(p["mrn"], "mrn"), " jpeg_b64=", H(jpeg_b64(random.randint(200, 360)), "photo"))


@P("zap", 1.6)
def p_fingerprint(L):
    p = pick()
    raw = b"FMR\x00 20\x00\x00\x00\x01" + bytes(random.getrandbits(8) for _ in range(random.randint(90, 180)))
    zap(L, "debug", "biometric/enroll.go:%d" % random.randint(30, 120), "template captured", "format", "ISO19794-2",
        "finger", random.choice(["R_INDEX", "L_INDEX", "R_THUMB"]), "patient_id", HN(p["pid"], "mrn"), "template", H(base64.b64encode(raw).decode(), "biometric"))


@P("spring-boot3", 1.6)
def p_face(L):
    p = pick()
    raw = b"".join(struct.pack("<f", random.uniform(-0.3, 0.3)) for _ in range(64))
    L.t(spring3_pre("DEBUG", "kiosk-svc", "com.mercyvalley.kiosk.FaceMatchService"), "match score=%.3f threshold=0.62 for mrn=" % random.random(), H(p["mrn"], "mrn"),
        " probeEmbedding=", H(base64.b64encode(raw).decode(), "biometric"))


@P("logrus")
def p_plate(L):
    p = pick()
    logrus(L, "info", "parking validation issued", "garage", random.choice(["P2-North", "Visitor-East", "ED-Lot"]), "plate", H(p["plate"], "vehicle"),
           "plate_state", p["state"], "patient_mrn", H(p["mrn"], "mrn"), "validation", "PV-%s" % digits(7), "hours", str(random.randint(1, 9)))


@P("spring-boot")
def p_vin(L):
    p = pick()
    L.t(spring_pre("INFO", "com.mercyvalley.claims.cob.MotorVehicleCobService"), "MVA coordination of benefits: claimant ", H(full(p), "name"),
        " vehicle VIN ", H(p["vin"], "vehicle"), ", accident date ", H(dfmt(past_date(10, 200), "iso"), "date"), ", auto carrier claim %s-%s" % (random.choice(["GEICO", "PROG", "SF"]), digits(9)))


@P("pino")
def p_dl(L):
    p = pick()
    L.t(pino_line_prefix(30, HOSTS["intake"]), jp(S("ID scan parsed (PDF417): DL ", H(p["dl"], "license"), " state ", p["state"], " exp 20%02d-%02d-%02d dob " % (random.randint(25, 30), random.randint(1, 12), random.randint(1, 28)),
                                                    H(dfmt(p["dob"], "compact"), "date"), " name ", H(fold(full(p)).upper(), "name"))), "}")


def pino_line_prefix(lvl, host):
    return '{"level":%d,"time":%s,"pid":%d,"hostname":"%s","msg":' % (lvl, epoch_ms(), random.choice([17, 18]), host)


@P("pylog")
def p_iban(L):
    p = pick()
    ctry = random.choice(["DE", "GB", "ES"])
    ib = iban(ctry)
    L.t(pylog_pre("INFO", "billing.refunds"), "Refund %s of EUR %.2f queued via SEPA to IBAN " % ("RF-" + digits(8), random.random() * 900), H(fmt_iban(ib) if random.random() < 0.5 else ib, "account"),
        " (account holder ", H(full(p), "name"), ")")


@P("winston", 1.5)
def p_guarantor(L):
    p = pick()
    ec = p["ec"]
    L.t(jp(O("level", "warn", "message", "guarantor address bounced", "guarantorAccount", H(p["acct"], "account"), "guarantorName", H(ec["first"] + " " + ec["last"], "name"),
             "relationship", ec["rel"], "statementId", uid(), "returnReason", "NIXIE 2 - ATTEMPTED NOT KNOWN", "service", "billing-web", "timestamp", iso_ms())))


@P("python-json")
def p_url(L):
    p = pick()
    slugn = slug(p["first"]) + "-" + slug(p["last"])
    u = random.choice(["https://www.gofundme.com/f/help-%s-recover" % slugn, "https://www.facebook.com/%s.%s.%d" % (slug(p["first"]), slug(p["last"]), random.randint(1, 99)),
                       "https://www.caringbridge.org/site/%s" % slugn])
    L.t(jp(O("level", "info", "msg", "social link attached to patient relations case", "case", "PR-%s" % digits(6), "link", H(u, "url"),
             "owner", random.choice(AGENTS), "time", iso_ms()), sp=True))


@P("structlog", 1.5)
def p_other_id(L):
    p = pick()
    r = random.random()
    if r < 0.4:
        L.family = "structlog"
        L.t(structlog_pre("info", "genomics.kit.received"), "kit_id=", H("GX-%s-%s" % (digits(4), alnum(4, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")), "other_id"),
            " lab=%s mrn=" % random.choice(["Invitae", "GeneDx", "Ambry"]), H(p["mrn"], "mrn"), " received_on=%s tracking=1Z%s" % (TODAY.isoformat(), alnum(16, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ")))
    elif r < 0.7:
        L.family = "spring-boot"
        L.t(spring_pre("INFO", "com.mercyvalley.claims.wc.WorkersCompService"), "Workers comp case ", H("WC-%d-%06d" % (random.randint(2022, 2024), random.randint(1, 999999)), "other_id"),
            " linked to patient ", H(str(p["pid"]), "mrn"), "; employer=%s adjuster=%s" % (random.choice(["Acme Logistics LLC", "Lakeshore Foods Inc"]), random.choice(AGENTS)))
    else:
        L.family = "pino"
        pino(L, 40, HOSTS["portal"], "login failed", "username", H(p["user"], "other_id"), "reason", "bad_password", "attempt", random.randint(2, 6), "ip", H(p["ip"], "ip"))


@P("logrus", 1.5)
def p_age90(L):
    p = pick(lambda q: q["age"] > 89)
    logrus(L, "info", "risk score computed", "age", H(str(p["age"]), "age"), "hcc_count", str(random.randint(1, 9)),
           "mbi", H(p["mbi"], "health_plan"), "model", "CMS-HCC V28", "raf", "%.3f" % (random.random() * 4))


@P("logrus")
def p_truncated(L):
    p = pick()
    L.t('time="%s" level=warning msg="payload truncated by log shipper" field=body kept_bytes=256 preview="{\\"name\\":\\"' % iso_s(),
        H(full(p), "name"), '\\",\\"ssn\\":\\"%s..."' % p["ssn"][:5])


@P("celery")
def p_smtp(L):
    p = pick()
    L.t(celery_pre("WARNING"), "Task notify.tasks.send_email[%s] retry: SMTPRecipientsRefused({'" % uid(), H(p["email"], "email"),
        "': (550, b'5.1.1 <", H(p["email"], "email"), ">: Recipient address rejected: User unknown in virtual mailbox table')})")


@P("log4j-text")
def p_mbi(L):
    p = pick(lambda q: q["mbi"])
    m = p["mbi"]
    L.t(log4j_prefix_text("INFO", "com.mercyvalley.elig.HetsClient"), "HETS 270 sent for MBI ", H(fmt_mbi(m) if random.random() < 0.5 else m, "health_plan"),
        " DOS ", H(past_date(0, 5).isoformat(), "date"), " (npi=%s)" % STAFF_NPI[staff()[1]])


def log4j_prefix_text(lvl, logger):
    return "%s [%s] %-5s %s - " % (java_ts(), random.choice(["main", "http-nio-8443-exec-%d" % random.randint(1, 20)]), lvl, logger)


@P("python-json")
def p_ec(L):
    p = pick()
    ec = p["ec"]
    L.t(jp(O("timestamp", iso_ms(), "level", "INFO", "logger", "intake.contacts", "message", "emergency contact updated",
             "emergencyContact", O("fullName", H(ec["first"] + " " + ec["last"], "name"), "relation", ec["rel"], "phone", H(ec_phone(p), "phone")),
             "patient", O("ssn", "[REDACTED]", "mrn", H(p["mrn"], "mrn"))), sp=True, asc=True))


@P("spring-boot3", 1.5)
def p_spring3_appt(L):
    p = pick()
    s = clinician()
    L.t(spring3_pre("INFO", "scheduling-svc", "com.mercyvalley.scheduling.AppointmentService"), "Booked appointment %s for patient " % uid(), H(str(p["pid"]), "mrn"),
        " on ", H(appt_date().isoformat(), "date"), " %02d:%02d with Dr. %s (%s)" % (random.randint(7, 16), random.choice([0, 15, 30, 45]), staff_name(s), random.choice(CLINICS)[0]))


@P("slog", 1.5)
def p_slog_adt(L):
    p = pick()
    a = past_date(3, 14)
    d = min(TODAY, a + dt.timedelta(days=random.randint(1, 6)))
    slog(L, "INFO", "encounter closed", "mrn", H(p["mrn"], "mrn"), "admit_date", H(a.isoformat(), "date"), "discharge_date", H(d.isoformat(), "date"),
         "unit", random.choice(["4W", "ICU", "MED-SURG", "L&D"]), "encounter", uid())


@P("pylog")
def p_py_repr(L):
    p = pick()
    L.t(pylog_pre("INFO", "portal.proxy"), "Proxy access granted to user %s for <Patient: " % random.choice(["[FILTERED]", "<redacted:email>"]),
        H(p["last"], "name"), ", ", H(p["first"], "name"), " (MRN ", H(p["mrn"], "mrn"), ")>, expires %s" % (TODAY + dt.timedelta(days=365)).isoformat())


@P("spring-boot")
def p_foreign(L):
    p = pick(lambda q: q["foreign"] and q["foreign"][0] in ("nhs", "sin", "dni"))
    kind, val = p["foreign"]
    label = {"nhs": "NHS number", "sin": "SIN", "dni": "DNI"}[kind]
    L.t(spring_pre("INFO", "com.mercyvalley.intl.InternationalPatientService"), "International patient registered: ", H(full(p), "name"),
        ", %s " % label, H(val, "other_id"), ", home phone ", H(phone(p, 4), "phone"))


@P("datadog-json")
def p_datadog_partial(L):
    p = pick()
    L.t(jp(O("date", iso_ms(), "host", "i-0%s" % hexs(16), "service", "notify-worker", "status", "warn",
             "message", S("Callback requested by ", mask_name(p), " at (***) ***-", p["phone_line"], "; notes: pt says best number is ", H(phone(p, 3, second=True), "phone")),
             "ddtags", "env:prod,sensitive_data:us_phone_number_scanner,sensitive_data_category:pii")))


@P("pylog", 1.2)
def p_ssn_text(L):
    p = pick()
    L.t(pylog_pre("WARNING", "elig.idmatch"), "SSN mismatch for applicant %s: submitted " % uid(), H(p["ssn"], "ssn"),
        ", payer on file %s; routing to manual review queue ELIG-REVIEW" % ssn_masked(p, 0))


@P("datadog-json", 1.2)
def p_ssn_nodash(L):
    p = pick()
    L.t(jp(O("date", iso_ms(), "host", "i-0%s" % hexs(16), "service", "claims-svc", "status", "error",
             "message", "837 build failed: subscriber SSN [REDACTED] invalid for payer",
             "attributes", O("subscriber", O("taxId", H(p["ssn"].replace("-", ""), "ssn"), "dobYear", p["dob"].year if p["age"] < 85 else None,
                                             "relationship", "18"), "claim", "CLM" + digits(8), "payer", "87726"),
             "ddtags", "env:prod,team:rcm,sensitive_data:us_social_security_number_scanner,sensitive_data_category:pii")))


@P("pino", 1.2)
def p_avatar(L):
    p = pick()
    u = "https://cdn.%s/avatars/%s-%s-%d.jpg" % (ORG, slug(p["first"]), slug(p["last"]), p["dob"].year)
    pino(L, 30, HOSTS["portal"], "profile updated", "userId", "[Redacted]", "changes", A("avatarUrl", "preferredName"),
         "avatarUrl", H(u, "url"), "preferredName", H(p["first"], "name"))


@P("rails", 1.2)
def p_rails_dl(L):
    p = pick()
    h = O("identity", O("document_type", "drivers_license", "drivers_license_number", H(p["dl"], "license"), "issuing_state", p["state"],
                        "document_expiration", "20%02d-%02d-%02d" % (random.randint(25, 31), random.randint(1, 12), random.randint(1, 28)),
                        "ssn", "[FILTERED]"), "patient_id", H(str(p["pid"]), "mrn"))
    L.t(rails_pre(), "  Parameters: ", rbh(h))


@P("structlog", 1.2)
def p_udi(L):
    p = pick()
    gtin = "00" + random.choice(["643169", "763000", "881901"]) + digits(5)
    gtin = gtin + luhn_like_gs1(gtin)
    udi = "(01)%s(17)%02d%02d%02d(10)%s(21)%s" % (gtin, random.randint(26, 30), random.randint(1, 12), random.randint(1, 28), alnum(6, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), p["device"])
    L.t(structlog_pre("info", "implant.registry.recorded"), "implant_date=", H(past_date(1, 20).isoformat(), "date"), " mrn=", H(p["mrn"], "mrn"),
        " surgeon_npi=%s udi=" % STAFF_NPI[staff()[1]], H(udi, "device"), " site=%s" % random.choice(["L_CHEST", "R_KNEE", "SPINE_L4"]))


def luhn_like_gs1(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        tot += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - tot % 10) % 10)


@P("pylog", 1.2)
def p_triage_age(L):
    p = pick(lambda q: q["age"] > 89)
    L.t(pylog_pre("INFO", "ed.triage"), "ESI=%d arrival=EMS mrn=" % random.randint(2, 3), H(p["mrn"], "mrn"), " note: ", H(str(p["age"]), "age"),
        " y/o %s found on floor at home, lives alone; daughter notified" % p["sex"])


@P("spring-boot3")
def p_es_age(L):
    p = pick(lambda q: q["age"] > 89)
    L.t(spring3_pre("INFO", "citas-svc", "com.mercyvalley.citas.TransporteService"), "Transporte solicitado para ", H(full(p), "name"),
        ", paciente de ", H(str(p["age"]), "age"), " años, domicilio ", H(street_parts(p), "address"), ", ", H(p["city"], "address"),
        "; cita ", H(dfmt(appt_date(), "es"), "date"))


@P("python-json", 1.2)
def p_fax_contact(L):
    p = pick()
    L.t(jp(O("asctime", py_ts(), "levelname", "INFO", "name", "records.roi", "message", "release of information destination confirmed",
             "requestId", "ROI-%s" % digits(7), "deliverTo", "patient", "patientMrn", H(p["mrn"], "mrn"),
             "faxNumber", H(phone_fmt(p["phone_area"], "01%02d" % random.randint(0, 99), random.choice([0, 1])), "fax"),
             "coverSheetFrom", "HIM Dept fax (312) 555-0190"), sp=True))


# ----------------------------------------------------------------------------
# driver
# ----------------------------------------------------------------------------
JSON_FAMS = {"log4j2-json", "pino", "winston", "zap", "sentry-json", "datadog-json", "cloudflare-json", "audit", "vault-audit",
             "sqs-json", "billing", "crm-url", "intake", "i18n-pt", "idv", "flags", "b64-asset"}


def schedule(templates, total):
    order = list(templates)
    rest = random.choices(templates, weights=[t[2] for t in templates], k=total - len(order))
    order += rest
    return order


def leak_strings(p):
    out = [p["email"], p["ssn"], p["mrn"], str(p["pid"]), full(p), p["member"], p["card"], fmt_card(p["card"]), p["imei"], p["vin"],
           p["dl"], p["device"], p["mac"], p["ip"], p["street"], p["user"], p["acct"]]
    if p["mbi"]:
        out.append(p["mbi"])
    for st in range(6):
        out.append(phone(p, st))
        out.append(phone(p, st, second=True))
    return [x for x in out if len(x) >= 6]


def main():
    assert len(P_T) >= 40 and len(N_T) >= 40, (len(P_T), len(N_T))
    kinds = [("N", t) for t in schedule(N_T, N_CLEAN)] + [("P", t) for t in schedule(P_T, N_LINES - N_CLEAN)]
    random.shuffle(kinds)
    log_lines = []
    labels = []
    leaks = [(s, p) for p in PEOPLE for s in leak_strings(p)]
    for n, (kind, (fam, fn, _w)) in enumerate(kinds, 1):
        tick()
        L = Line(fam)
        fn(L)
        b = bytes(L.buf)
        assert b"\n" not in b and b"\r" not in b, (fam, b[:200])
        assert len(b) <= 4000, (fam, len(b))
        b.decode("utf-8")
        prev = 0
        for s, e, cat, val in L.spans:
            assert b[s:e] == val, (fam, s, e, val)
            assert s >= prev and e > s, (fam, "overlap", L.spans)
            prev = e
        if kind == "N":
            assert not L.spans, (fam, fn.__name__)
        else:
            assert L.spans, (fam, fn.__name__)
        text = b.decode("utf-8")
        for sv, p in leaks:
            i = b.find(sv.encode())
            while i >= 0:
                covered = any(s <= i and i + len(sv.encode()) <= e for s, e, _c, _v in L.spans)
                assert covered, ("unlabeled PHI", fn.__name__, sv, text[:300])
                i = b.find(sv.encode(), i + 1)
        if fam in JSON_FAMS or text.startswith("{"):
            json.loads(text)
        log_lines.append(b)
        labels.append({"line": n, "family": L.family, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _v in L.spans]})
    assert len(log_lines) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(b"\n".join(log_lines) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for rec in labels:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
