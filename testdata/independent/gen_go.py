#!/usr/bin/env python3
"""Deterministic generator for the 'go' held-out PHI test corpus.

Theme: community mental health center EHR + billing (Phoenix/Ecto, Oban,
Sidekiq/ActiveJob workers, Postgres csvlog, PHP crisis text line with Monolog,
Apache, group attendance CSV, state authorization feeds, Medicaid X12 rejections).
Writes go.log and go.labels.jsonl next to this file.  Standard library only.
"""
import base64
import json
import os
import random
import unicodedata
import uuid
from datetime import date, datetime, timedelta, timezone

random.seed(18018)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "go"
N_LINES = 500

# --------------------------------------------------------------------------
# line builder
# --------------------------------------------------------------------------


class Line:
    def __init__(self, fam, pieces=()):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []
        self.checks = []
        self.add(*pieces)

    def add(self, *pieces):
        for pc in pieces:
            if pc is None:
                continue
            if isinstance(pc, str):
                self.buf += pc.encode("utf-8")
            elif isinstance(pc, tuple):
                s, cat = pc
                b = s.encode("utf-8")
                if cat is None:
                    self.buf += b
                    continue
                st = len(self.buf)
                self.buf += b
                self.spans.append((st, st + len(b), cat))
                self.checks.append(b)
            elif isinstance(pc, list):
                self.add(*pc)
            elif isinstance(pc, Raw):
                self.add(*pc.pieces)
            else:
                raise TypeError(pc)
        return self

    def finish(self):
        data = bytes(self.buf)
        assert b"\n" not in data and b"\r" not in data, data
        assert len(data) <= 4000, len(data)
        data.decode("utf-8")
        last = 0
        for (s, e, cat), chk in zip(self.spans, self.checks):
            assert data[s:e] == chk, (data[s:e], chk)
            assert s >= last, "overlap"
            assert e > s
            assert cat in CATS, cat
            last = e
        return data


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


def L(fam, *pieces):
    return Line(fam, pieces)


# value wrappers for serializers
class P:
    """PHI scalar: quoted (if str) with span on the inner text."""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class Raw:
    def __init__(self, *pieces):
        self.pieces = pieces


def esc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


STYLES = {
    "json": dict(o="{", c="}", kv=":", sep=",", nil="null", lsep=","),
    "json_sp": dict(o="{", c="}", kv=": ", sep=", ", nil="null", lsep=", "),
    "ruby": dict(o="{", c="}", kv="=>", sep=", ", nil="nil", lsep=", "),
    "ruby34": dict(o="{", c="}", kv=" => ", sep=", ", nil="nil", lsep=", "),
    "ex": dict(o="%{", c="}", kv=" => ", sep=", ", nil="nil", lsep=", "),
}


def ser(v, st="json"):
    S = STYLES[st]
    out = []
    if isinstance(v, P):
        if isinstance(v.v, str):
            out += ['"', (esc(v.v), v.cat), '"']
        else:
            out.append((str(v.v), v.cat))
    elif isinstance(v, Raw):
        out += list(v.pieces)
    elif v is None:
        out.append(S["nil"])
    elif v is True:
        out.append("true")
    elif v is False:
        out.append("false")
    elif isinstance(v, (int, float)):
        out.append(repr(v) if isinstance(v, float) else str(v))
    elif isinstance(v, str):
        out.append(json.dumps(v, ensure_ascii=False))
    elif isinstance(v, dict):
        items = list(v.items())
        if st == "ex":
            items.sort(key=lambda kv: kv[0].encode())
        out.append(S["o"])
        for i, (k, val) in enumerate(items):
            if i:
                out.append(S["sep"])
            out.append(json.dumps(k, ensure_ascii=False) + S["kv"])
            out += ser(val, st)
        out.append(S["c"])
    elif isinstance(v, list):
        out.append("[")
        for i, val in enumerate(v):
            if i:
                out.append(S["lsep"])
            out += ser(val, st)
        out.append("]")
    else:
        raise TypeError(v)
    return out


def ex_struct(mod, fields):
    """Elixir struct inspect: %Mod{key: value, ...} (fields in definition order)."""
    out = ["%" + mod + "{"]
    for i, (k, val) in enumerate(fields):
        if i:
            out.append(", ")
        out.append(k + ": ")
        out += ser(val, "ex")
    out.append("}")
    return out


def exd(d, cat="date"):
    return Raw("~D[", (d.isoformat(), cat), "]")


# --------------------------------------------------------------------------
# helpers: ids, check digits
# --------------------------------------------------------------------------

def R(a, b):
    return random.randint(a, b)


def pick(seq):
    return random.choice(seq)


def chance(p):
    return random.random() < p


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def b62(n, alpha="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(random.choice(alpha) for _ in range(n))


def new_uuid():
    return str(uuid.UUID(int=random.getrandbits(128), version=4))


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


def luhn_num(prefix, length):
    body = prefix + "".join(str(R(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def npi():
    body = "1" + "".join(str(R(0, 9)) for _ in range(8))
    return body + luhn_digit("80840" + body)


def aba():
    while True:
        d = [R(0, 9) for _ in range(8)]
        d[0] = pick([0, 1, 2, 3])
        s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
        c = (10 - s % 10) % 10
        return "".join(map(str, d)) + str(c)


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = pick(["1HG", "2T1", "JTD", "1FA", "3VW", "5YJ", "KMH", "1N4"])
    vds = "".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(5))
    year = pick("ABCDEFGHJKLMNP")
    plant = random.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789")
    serial = "".join(str(R(0, 9)) for _ in range(6))
    v = wmi + vds + "0" + year + plant + serial
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    cd = "X" if s % 11 == 10 else str(s % 11)
    return v[:8] + cd + v[9:]


MBI_L = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_L + "0123456789"
    return (str(R(1, 9)) + pick(MBI_L) + pick(an) + str(R(0, 9)) + pick(MBI_L)
            + pick(an) + str(R(0, 9)) + pick(MBI_L) + pick(MBI_L) + str(R(0, 9)) + str(R(0, 9)))


def ssn():
    while True:
        a = R(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R(1, 99), R(1, 9999))


def x12name(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ł", "l").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.upper()


def b64(nbytes, header=b""):
    raw = header + bytes(random.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


def jpeg_b64(n):
    hdr = bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00"
    hdr += bytes([0xFF, 0xDB, 0x00, 0x43, 0x00])
    return b64(n, hdr)


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
CLOCK = [datetime(2024, 5, 13, 7, 58, 3, 120431, tzinfo=timezone.utc)]


def tick(a=0.2, b=45.0):
    CLOCK[0] += timedelta(seconds=random.uniform(a, b))
    return CLOCK[0]


def small():
    CLOCK[0] += timedelta(microseconds=R(800, 250000))
    return CLOCK[0]


def now():
    return CLOCK[0]


def ts_ex(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (t.microsecond // 1000)


def ts_isoz(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (t.microsecond // 1000)


def ts_ruby(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d" % t.microsecond


def ts_pg(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d UTC" % (t.microsecond // 1000)


def ts_monolog(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d+00:00" % t.microsecond


def ts_apache(t=None):
    t = t or now()
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def ts_apache_err(t=None):
    t = t or now()
    return t.strftime("%a %b %d %H:%M:%S") + ".%06d " % t.microsecond + t.strftime("%Y")


def epoch_f(t=None):
    t = t or now()
    return "%.9f" % t.timestamp()


def naive(t=None):
    t = t or now()
    return "~N[" + t.strftime("%Y-%m-%d %H:%M:%S") + "]"


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
CITIES = [("Salem", ["97301", "97302", "97305", "97306"]), ("Keizer", ["97303"]),
          ("Eugene", ["97401", "97402", "97404"]), ("Springfield", ["97477", "97478"]),
          ("Corvallis", ["97330", "97333"]), ("Albany", ["97321", "97322"]),
          ("Woodburn", ["97071"]), ("Lebanon", ["97355"]), ("Monmouth", ["97361"]),
          ("Silverton", ["97381"]), ("Dallas", ["97338"]), ("Stayton", ["97383"])]
STREETS = ["Elm St", "Maple Ct NE", "Lancaster Dr NE", "Orchard Heights Rd NW", "Willamette St",
           "Brooks Ave NE", "Cherry Ave NE", "Kingwood Ave NW", "Pearl St", "Monroe Ave NW",
           "Hawthorne Ln", "Birch Way", "Fairgrounds Rd NE", "Madrona Ave SE", "Garfield St",
           "Coburg Rd", "Harlow Rd", "Gateway St", "Division Ave", "Jefferson St", "Ferry St SE",
           "Sunnyview Rd NE", "Portland Rd NE", "Chemawa Rd N"]
AREAS = ["503", "541", "971", "458"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "comcast.net", "hotmail.com"]

PATIENT_NAMES = [
    ("Oksana", "Dvorak", "F"), ("Thandiwe", "Mokoena", "F"), ("Marisol", "Villanueva", "F"),
    ("Kenji", "Takahashi", "M"), ("Aarav", "Raghunathan", "M"), ("Siobhan", "O'Donnell", "F"),
    ("Dmitri", "Volkov", "M"), ("Leilani", "Kahananui", "F"), ("Tomasz", "Wiśniewski", "M"),
    ("Nkechi", "Okafor", "F"), ("Rafael", "Quiñones", "M"), ("Yusra", "Haddad", "F"),
    ("Bjørn", "Løvaas", "M"), ("Hương", "Nguyễn", "F"), ("Mateo", "Castellanos", "M"),
    ("Ximena", "Ramírez", "F"), ("Anouk", "de Vries", "F"), ("Kwame", "Asante", "M"),
    ("Zeynep", "Yıldız", "F"), ("Joaquín", "Ortega", "M"), ("Aigerim", "Seitkali", "F"),
    ("Eamon", "Fitzgerald", "M"), ("Wilhelmina", "Strand", "F"), ("Augustin", "Kabila", "M"),
]
REL_FIRST = ["Ivana", "Sipho", "Esperanza", "Haruto", "Lakshmi", "Declan", "Galina", "Keoni",
             "Agnieszka", "Chidi", "Marta", "Omar", "Solveig", "Minh", "Lucía", "Rodrigo", "Femke",
             "Ama", "Emre", "Pilar", "Nurlan", "Brigid", "Harald", "Odile"]
RELS = ["spouse", "partner", "parent", "sibling", "adult child", "friend", "guardian", "cousin"]
TODAY = date(2024, 5, 13)


def fmt_phone(area, line, style):
    if style == 0:
        return "%s-555-%s" % (area, line)
    if style == 1:
        return "+1%s555%s" % (area, line)
    if style == 2:
        return "(%s) 555-%s" % (area, line)
    return "%s555%s" % (area, line)


class Person:
    pass


def make_patient(i, first, last, sex):
    p = Person()
    p.first, p.last, p.sex = first, last, sex
    if i == 22:
        p.dob = date(1931, 8, 22)
    elif i == 23:
        p.dob = date(1933, 11, 2)
    else:
        p.dob = date(R(1952, 2009), R(1, 12), R(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.mrn_n = R(10000, 99999) * 10 + i % 10
    p.mrn = "WV-%07d" % p.mrn_n
    p.pcn = "WV%07d" % p.mrn_n
    p.ssn = ssn()
    p.mcd = pick("ABCDEFGHJKLMNPRSTWXY") + pick("ABCDEFGHJKLMNPRSTWXY") + "%05d" % R(0, 99999) + pick("ABCDEFGHJKLMNPRSTWXY")
    p.mbi = mbi() if p.age >= 65 or chance(0.15) else None
    p.area = pick(AREAS)
    p.line = LINE_POOL.pop()
    p.phone = fmt_phone(p.area, p.line, 0)
    p.e164 = fmt_phone(p.area, p.line, 1)
    p.consumer = "C%09d" % R(1000000, 999999999)
    a = x12name(first).lower().replace("'", "").replace(" ", "")
    b = x12name(last).lower().replace("'", "").replace(" ", "")
    p.email = pick(["%s.%s@%s", "%s%s@%s", "%s_%s" + str(R(70, 99)) + "@%s"]) % (a, b, pick(MAILDOM))
    p.username = pick(["%s%s%02d" % (a[0], b, p.dob.year % 100), "%s.%s" % (a, b[:1]), "%s_%s" % (a, b[:4])])
    p.handle = pick(["moonlight_", "quietstorm", "sk8r", "nightowl_", "lost.", "blue"]) + a + str(R(10, 99))
    p.street = "%d %s" % (R(100, 9899), pick(STREETS))
    if chance(0.3):
        p.street += pick([" Apt %d", " Unit %d", " #%d"]) % R(1, 42)
    city, zips = pick(CITIES)
    p.city, p.zip = city, pick(zips)
    p.uuid = new_uuid()
    p.ec_first = pick(REL_FIRST)
    p.ec_last = last if chance(0.6) else pick(PATIENT_NAMES)[1]
    p.ec_rel = pick(RELS)
    p.ec_phone = fmt_phone(pick(AREAS), LINE_POOL.pop(), 0)
    p.acct = "GA-%07d" % R(100000, 9999999)
    p.bank = "%d" % R(10 ** 9, 10 ** 12)
    p.card = luhn_num(pick(["4", "5", "4"]) + str(R(100, 999)), 16)
    p.dl = "%d" % R(1000000, 9999999)
    p.plate = "%03d %s" % (R(100, 999), "".join(pick("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))
    p.vin = vin()
    p.imei = luhn_num(pick(["35391510", "35290611", "86753203", "35881908"]), 15)
    p.tab_serial = "R52" + "".join(pick("ABCDEFGHJKLMNPQRSTVWXYZ0123456789") for _ in range(8))
    p.mac = pick(["8C:71:F8", "F0:25:B7", "A0:CB:FD", "5C:49:7D"]) + "".join(":%02X" % R(0, 255) for _ in range(3))
    p.ip = pick(["73.%d.%d.%d", "98.%d.%d.%d", "24.%d.%d.%d", "71.%d.%d.%d", "174.%d.%d.%d",
                 "67.%d.%d.%d"]) % (R(1, 254), R(1, 254), R(1, 254))
    if chance(0.15):
        p.ip = "2601:%x:%x:%x:%x:%x:%x:%x" % tuple(R(0x100, 0xffff) for _ in range(7))
    p.fax = fmt_phone(pick(AREAS), LINE_POOL.pop(), 0)
    p.kit = "K%d-%07d" % (R(2, 9), R(100000, 9999999))
    p.case = "24CC%05d" % R(100, 99999)
    p.minor = p.age < 18
    return p


LINE_POOL = ["01%02d" % n for n in range(10, 100)]
random.shuffle(LINE_POOL)
PATIENTS = [make_patient(i, *n) for i, n in enumerate(PATIENT_NAMES)]
OLD = [p for p in PATIENTS if p.age > 89]


class Staff:
    pass


STAFF = []
for f, l, cred in [("Renata", "Soares", "LPC"), ("Gideon", "Marsh", "PMHNP"), ("Adaeze", "Nwosu", "LCSW"),
                   ("Tobias", "Reinholt", "QMHA"), ("Mei-Ling", "Cho", "PsyD"), ("Farid", "Rahimi", "MD"),
                   ("Colette", "Beaumont", "LMFT"), ("Hiroshi", "Abe", "CADC-II"), ("Priscilla", "Onyango", "PSS")]:
    s = Staff()
    s.first, s.last, s.cred = f, l, cred
    s.npi = npi()
    s.user = (f[0] + l).lower()
    s.email = "%s.%s@wvcmhc.org" % (f.lower().replace("-", ""), l.lower())
    s.uid = R(11, 480)
    STAFF.append(s)

ORG_NPI = npi()
ORG_EIN = "93-%07d" % R(1000000, 9999999)
CLINIC_PHONE = "503-555-0100"
CLINIC_FAX = "503-555-0109"
CRISIS_NUM = "+15035550188"
CLINIC_ADDR = "2150 Commercial St SE, Salem, OR 97302"

HOT = random.sample(PATIENTS, 9)  # patients who recur most


def pat():
    return pick(HOT) if chance(0.55) else pick(PATIENTS)


def stf():
    return pick(STAFF)


def reqid():
    return b62(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")


def dos_recent():
    return TODAY - timedelta(days=R(1, 40))


# --------------------------------------------------------------------------
# Elixir / Phoenix / Ecto
# --------------------------------------------------------------------------

def ex(lvl, meta, *pieces):
    m = "".join("%s=%s " % kv for kv in meta)
    return L("phoenix-ecto", ts_ex() + " " + m + "[" + lvl + "] ", *pieces)


def cont(*pieces, fam="phoenix-ecto"):
    return L(fam, *pieces)


def ecto_hdr(meta, source=None, ok=True):
    small()
    parts = "QUERY %s " % ("OK" if ok else "ERROR")
    if source:
        parts += 'source="%s" ' % source
    parts += "db=%.1fms " % random.uniform(0.2, 14)
    if chance(0.4):
        parts += "decode=%.1fms " % random.uniform(0, 0.9)
    parts += "queue=%.1fms idle=%.1fms" % (random.uniform(0.1, 3), random.uniform(10, 2400))
    return ex("debug", meta, parts)


def ecto_params(params):
    out = [" ["]
    for i, v in enumerate(params):
        if i:
            out.append(", ")
        out += ser(v, "ex")
    out.append("]")
    return out


def arrow(mf, path, line):
    return cont("↳ %s, at: %s:%d" % (mf, path, line))


PIPES = ["[:browser, :require_authenticated_user]",
         "[:browser, :require_authenticated_user, :require_clinical_role]",
         "[:api, :api_auth]", "[:browser, :require_authenticated_user, :billing_role]"]


def phx_head(meta, method, path, ctrl):
    return [ex("info", meta, method + " " + path),
            ex("debug", meta, "Processing with " + ctrl)]


def phx_sent(meta, code=200):
    tick(0.01, 0.3)
    return ex("info", meta, "Sent %d in %dms" % (code, R(3, 180)))


def ev_phx_show_clean():
    tick()
    p = pat()
    s = stf()
    meta = [("request_id", reqid()), ("user_id", str(s.uid))]
    kind = pick(["episodes", "notes", "appointments", "claims"])
    ctrl = {"episodes": "WvcmhcWeb.EpisodeController.index/2", "notes": "WvcmhcWeb.ProgressNoteController.index/2",
            "appointments": "WvcmhcWeb.AppointmentController.index/2", "claims": "WvcmhcWeb.ClaimController.index/2"}[kind]
    out = phx_head(meta, "GET", "/clients/%s/%s" % (p.uuid, kind), ctrl)
    out.append(cont('  Parameters: %{"client_id" => "' + p.uuid + '"}'))
    out.append(cont("  Pipelines: " + pick(PIPES[:2])))
    if chance(0.7):
        tbl = {"episodes": "episodes", "notes": "progress_notes", "appointments": "appointments", "claims": "claims"}[kind]
        a = tbl[0]
        out.append(ecto_hdr(meta, tbl))
        out.append(cont('SELECT %s0."id", %s0."client_id", %s0."status", %s0."inserted_at", %s0."updated_at" FROM "%s" AS %s0 '
                        'WHERE (%s0."client_id" = $1) ORDER BY %s0."inserted_at" DESC LIMIT $2'
                        % (a, a, a, a, a, tbl, a, a, a), ecto_params([p.uuid, 50])))
        out.append(arrow(ctrl.replace("WvcmhcWeb.", "WvcmhcWeb."), "lib/wvcmhc_web/controllers/%s_controller.ex" % kind.rstrip("s"), R(12, 90)))
    out.append(phx_sent(meta))
    return out


def ev_phx_update():
    tick()
    p = pat()
    s = stf()
    meta = [("request_id", reqid()), ("user_id", str(s.uid))]
    out = phx_head(meta, "PUT", "/clients/" + p.uuid, "WvcmhcWeb.ClientController.update/2")
    choice = pick(["addr", "phone", "email", "ec"])
    if choice == "addr":
        form = {"address_line1": P(p.street, "address"), "city": P(p.city, "address"),
                "postal_code": P(p.zip, "zip"), "state": "OR"}
        cols = ["address_line1", "city", "postal_code"]
        vals = [P(p.street, "address"), P(p.city, "address"), P(p.zip, "zip")]
    elif choice == "phone":
        form = {"phone": P(p.phone, "phone"), "phone_type": "mobile", "sms_consent": "true"}
        cols = ["phone", "phone_type", "sms_consent"]
        vals = [P(p.phone, "phone"), "mobile", True]
    elif choice == "email":
        form = {"email": P(p.email, "email"), "portal_enabled": "true"}
        cols = ["email", "portal_enabled"]
        vals = [P(p.email, "email"), True]
    else:
        nm = p.ec_first + " " + p.ec_last
        form = {"emergency_contact_name": P(nm, "name"), "emergency_contact_phone": P(p.ec_phone, "phone"),
                "emergency_contact_relation": p.ec_rel}
        cols = ["emergency_contact_name", "emergency_contact_phone", "emergency_contact_relation"]
        vals = [P(nm, "name"), P(p.ec_phone, "phone"), p.ec_rel]
    params = {"_csrf_token": b62(24, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"),
              "_method": "put", "client": form, "id": p.uuid}
    out.append(cont("  Parameters: ", ser(params, "ex")))
    out.append(cont("  Pipelines: " + PIPES[1]))
    out.append(ecto_hdr(meta, "clients"))
    sets = ", ".join('"%s" = $%d' % (c, i + 1) for i, c in enumerate(cols))
    n = len(cols)
    out.append(cont('UPDATE "clients" SET %s, "updated_at" = $%d WHERE "id" = $%d' % (sets, n + 1, n + 2),
                    ecto_params(vals + [Raw(naive()), p.uuid])))
    out.append(arrow("Wvcmhc.Clients.update_client/2", "lib/wvcmhc/clients.ex", R(80, 140)))
    out.append(phx_sent(meta, 302))
    return out


def ev_phx_search():
    tick()
    p = pat()
    s = stf()
    meta = [("request_id", reqid()), ("user_id", str(s.uid))]
    out = phx_head(meta, "GET", "/clients/search", "WvcmhcWeb.ClientSearchController.index/2")
    lastq = x12name(p.last).lower() if chance(0.5) else p.last.lower()
    if chance(0.5):
        out.append(cont("  Parameters: ", ser({"q": P(p.last, "name")}, "ex")))
        out.append(cont("  Pipelines: " + PIPES[0]))
        out.append(ecto_hdr(meta, "clients"))
        out.append(cont('SELECT c0."id", c0."mrn", c0."first_name", c0."last_name", c0."dob" FROM "clients" AS c0 '
                        'WHERE (unaccent(lower(c0."last_name")) LIKE $1) ORDER BY c0."last_name", c0."first_name" LIMIT $2',
                        " [", '"%', (esc(lastq), "name"), '%"', ", 25]"))
    else:
        out.append(cont("  Parameters: ", ser({"dob": P(p.dob.isoformat(), "date"), "last_name": P(p.last, "name"),
                                                "page": "1"}, "ex")))
        out.append(cont("  Pipelines: " + PIPES[0]))
        out.append(ecto_hdr(meta, "clients"))
        out.append(cont('SELECT c0."id", c0."mrn", c0."first_name", c0."last_name", c0."dob" FROM "clients" AS c0 '
                        'WHERE ((unaccent(lower(c0."last_name")) LIKE $1) AND (c0."dob" = $2)) LIMIT $3',
                        " [", '"%', (esc(lastq), "name"), '%", ', exd(p.dob), ", 25]"))
    out.append(arrow("Wvcmhc.Clients.search/2", "lib/wvcmhc/clients.ex", R(150, 220)))
    out.append(phx_sent(meta))
    return out


def ev_live_intake():
    tick()
    p = pat()
    s = stf()
    meta = [("request_id", reqid()), ("user_id", str(s.uid))]
    out = []
    tick(0.5, 4)
    out.append(ex("debug", meta, 'HANDLE EVENT "save" in WvcmhcWeb.IntakeLive.New'))
    out.append(cont("  Component: WvcmhcWeb.IntakeLive.DemographicsComponent"))
    intake = {"first_name": P(p.first, "name"), "last_name": P(p.last, "name"), "dob": P(p.dob.isoformat(), "date"),
              "ssn": "[FILTERED]", "medicaid_id": P(p.mcd, "health_plan"), "phone": P(p.phone, "phone"),
              "sex": p.sex, "preferred_language": pick(["en", "es", "vi", "ru", "ar"])}
    out.append(cont("  Parameters: ", ser({"intake": intake}, "ex")))
    out.append(ecto_hdr(meta, "clients"))
    pieces = ['INSERT INTO "clients" ("dob","email","first_name","last_name","medicaid_id","mrn","phone","ssn","inserted_at","updated_at","id") '
              'VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)']
    pieces += ecto_params([exd(p.dob), P(p.email, "email"), P(p.first, "name"), P(p.last, "name"), P(p.mcd, "health_plan"),
                           P(p.mrn, "mrn"), P(p.phone, "phone"), P(p.ssn, "ssn"), Raw(naive()), Raw(naive()), p.uuid])
    out.append(cont(*pieces))
    out.append(arrow("Wvcmhc.Clients.create_client/1", "lib/wvcmhc/clients.ex", R(100, 130)))
    small()
    out.append(ex("debug", meta, "Replied in %dms" % R(4, 60)))
    return out


def ev_liveview_clean():
    tick()
    s = stf()
    meta = [("request_id", reqid())]
    out = [ex("info", meta, "CONNECTED TO Phoenix.LiveView.Socket in %dµs" % R(14, 480)),
           cont("  Transport: :websocket"), cont("  Serializer: Phoenix.Socket.V2.JSONSerializer"),
           cont('  Parameters: %{"_csrf_token" => "' + b62(28) + '", "_live_referer" => "undefined", "_mount_attempts" => "0", "_mounts" => "0", "_track_static" => ["https://ehr.wvcmhc.org/assets/app-' + hexs(32) + '.css?vsn=d"], "vsn" => "2.0.0"}')]
    small()
    out.append(ex("debug", [("user_id", str(s.uid))], "MOUNT WvcmhcWeb.%s" % pick(["ScheduleLive.Index", "CaseloadLive.Index", "GroupLive.Roster", "BillingLive.Queue"])))
    out.append(cont('  Parameters: %{"date" => "' + TODAY.isoformat() + '"}' if chance(0.4) else "  Parameters: %{}"))
    out.append(cont('  Session: %{"_csrf_token" => "' + b62(24) + '"}'))
    out.append(ex("debug", [("user_id", str(s.uid))], "Replied in %dms" % R(2, 90)))
    return out


def ev_ecto_oban_clean():
    tick()
    out = [ecto_hdr([], "oban_jobs")]
    q = pick(["billing", "hl7", "auth_sync", "mailers", "crisis_followup"])
    out.append(cont('UPDATE "public"."oban_jobs" AS o0 SET "state" = $1, "attempted_at" = $2, "attempted_by" = $3, "attempt" = o0."attempt" + $4 '
                    'WHERE (o0."id" IN (SELECT ss0."id" AS "id" FROM "public"."oban_jobs" AS ss0 WHERE ((ss0."state" = \'available\') AND (ss0."queue" = $5)) '
                    'ORDER BY ss0."priority", ss0."scheduled_at", ss0."id" LIMIT $6 FOR UPDATE SKIP LOCKED)) RETURNING o0."id", o0."args", o0."worker"',
                    ' ["executing", ~U[%s.%06dZ], ["wvcmhc@10.0.4.%d", "%s"], 1, "%s", %d]'
                    % (now().strftime("%Y-%m-%d %H:%M:%S"), now().microsecond, R(10, 60), new_uuid(), q, R(5, 20))))
    out.append(arrow("Oban.Engines.Basic.fetch_jobs/3", "lib/oban/engines/basic.ex", 139))
    return out


def ev_ecto_txn_clean():
    tick()
    meta = [("request_id", reqid())]
    cid = R(900000, 999999)
    out = [ecto_hdr(meta), cont("begin []"), ecto_hdr(meta, "claims")]
    out.append(cont('UPDATE "claims" SET "status" = $1, "billed_amount" = $2, "updated_at" = $3 WHERE "id" = $4',
                    ' ["submitted", Decimal.new("%d.%02d"), %s, %d]' % (R(40, 400), R(0, 99), naive(), cid)))
    out.append(arrow("Wvcmhc.Billing.mark_submitted/2", "lib/wvcmhc/billing.ex", R(200, 260)))
    out.append(ecto_hdr(meta))
    out.append(cont("commit []"))
    return out


def ev_ecto_mrn_lookup():
    tick()
    p = pat()
    jid = R(40000, 99999)
    meta = []
    out = []
    args = {"mrn": P(p.mrn, "mrn"), "msg_control_id": "ADT%d" % R(10 ** 8, 10 ** 9), "event": pick(["A04", "A08", "A03"])}
    out.append(ex("info", meta, *ser({"args": args, "attempt": 1, "event": "job:start", "id": jid, "max_attempts": 20,
                                      "meta": {}, "queue": "hl7", "source": "oban",
                                      "system_time": int(now().timestamp() * 1e6), "tags": [],
                                      "worker": "Wvcmhc.Workers.AdtImport"}, "json")))
    out.append(ecto_hdr(meta, "clients"))
    out.append(cont('SELECT c0."id", c0."mrn", c0."first_name", c0."last_name", c0."dob", c0."medicaid_id" FROM "clients" AS c0 WHERE (c0."mrn" = $1)',
                    ecto_params([P(p.mrn, "mrn")])))
    out.append(arrow("Wvcmhc.Clients.get_by_mrn/1", "lib/wvcmhc/clients.ex", R(40, 70)))
    if chance(0.6):
        out.append(ex("debug", meta, "HL7 PID parsed: PID|1||", (p.mrn, "mrn"), "^^^WVCMHC^MR~", (p.consumer, "other_id"),
                      "^^^ORSTATE^SR||", (x12name(p.last), "name"), "^", (x12name(p.first), "name"), "^^^^^L||",
                      (p.dob.strftime("%Y%m%d"), "date"), "|", p.sex, "|||", (x12name(p.street), "address"), "^^",
                      (x12name(p.city), "address"), "^OR^", (p.zip, "zip"), "^US||^PRN^PH^^1^", (p.area, "phone"), "^",
                      ("555" + p.line, "phone"), "|||||||", (p.ssn.replace("-", ""), "ssn")))
    small()
    out.append(ex("info", meta, *ser({"args": args, "attempt": 1, "duration": R(900, 90000), "event": "job:stop",
                                      "id": jid, "max_attempts": 20, "meta": {}, "queue": "hl7", "queue_time": R(100, 9000),
                                      "source": "oban", "state": "success", "tags": [],
                                      "worker": "Wvcmhc.Workers.AdtImport"}, "json")))
    return out


def ev_oban_clean():
    tick()
    jid = R(40000, 99999)
    w, q, a = pick([("Wvcmhc.Workers.ClaimBatcher", "billing", {"batch_date": TODAY.isoformat(), "payer": "OHP"}),
                    ("Wvcmhc.Workers.AuthExpiryNotifier", "auth_sync", {"window_days": 14}),
                    ("Wvcmhc.Workers.NightlyCaseloadReport", "reports", {"program": pick(["ACT", "EASA", "SUD-IOP", "Youth"])}),
                    ("Wvcmhc.Workers.CrisisFollowupSweep", "crisis_followup", {"since_hours": 24})])
    return [ex("info", [], *ser({"args": a, "attempt": 1, "duration": R(900, 900000), "event": "job:stop", "id": jid,
                                 "max_attempts": 20, "meta": {}, "queue": q, "queue_time": R(100, 9000), "source": "oban",
                                 "state": "success", "tags": [], "worker": w}, "json"))]


def client_struct_fields(p, photo=False):
    f = [("__meta__", Raw('#Ecto.Schema.Metadata<:loaded, "clients">')), ("id", p.uuid), ("mrn", P(p.mrn, "mrn")),
         ("first_name", P(p.first, "name")), ("last_name", P(p.last, "name")), ("preferred_name", None),
         ("dob", exd(p.dob)), ("age", P(p.age, "age") if p.age > 89 else p.age), ("sex", Raw(":" + ("female" if p.sex == "F" else "male"))),
         ("ssn", P(p.ssn, "ssn")), ("medicaid_id", P(p.mcd, "health_plan"))]
    if p.mbi:
        f.append(("mbi", P(p.mbi, "health_plan")))
    f += [("phone", P(p.phone, "phone")), ("email", P(p.email, "email")), ("address_line1", P(p.street, "address")),
          ("city", P(p.city, "address")), ("state", "OR"), ("postal_code", P(p.zip, "zip"))]
    if chance(0.4):
        f.append(("drivers_license", P(p.dl, "license")))
    if photo:
        f.append(("photo", Raw('"data:image/jpeg;base64,', (jpeg_b64(R(220, 420)), "photo"), '"')))
    f += [("primary_clinician_id", stf().uid), ("episodes", Raw("#Ecto.Association.NotLoaded<association :episodes is not loaded>")),
          ("inserted_at", Raw("~N[2023-%02d-%02d %02d:%02d:%02d]" % (R(1, 12), R(1, 28), R(0, 23), R(0, 59), R(0, 59)))),
          ("updated_at", Raw(naive()))]
    return f


def ev_struct_client():
    tick()
    p = pick(OLD) if chance(0.3) else pat()
    lvl, msg = pick([("debug", "portal sync payload built from "), ("warning", "duplicate client suspected, keeping "),
                     ("debug", "loaded client ")])
    return [ex(lvl, [("request_id", reqid())], msg, ex_struct("Wvcmhc.Clients.Client", client_struct_fields(p, photo=chance(0.5))))]


def ev_struct_auth():
    tick()
    p = pat()
    st = date(2024, R(2, 4), 1)
    en = st + timedelta(days=pick([89, 90, 180]))
    f = [("__meta__", Raw('#Ecto.Schema.Metadata<:loaded, "state_authorizations">')), ("id", R(80000, 99999)),
         ("auth_number", "PA24-%07d" % R(10 ** 6, 10 ** 7 - 1)), ("consumer_id", P(p.consumer, "other_id")),
         ("client_id", p.uuid), ("client", Raw("#Ecto.Association.NotLoaded<association :client is not loaded>")),
         ("service_code", pick(["H2019", "H0036", "H2014", "90837", "H0004"])), ("modifier", pick(["HQ", "HK", "HA", "U8"])),
         ("units_approved", 48), ("units_used", R(40, 48)), ("start_date", exd(st)), ("end_date", exd(en)),
         ("status", Raw(":active")), ("inserted_at", Raw(naive(now() - timedelta(days=30)))), ("updated_at", Raw(naive()))]
    return [ex("warning", [], "Authorization nearly exhausted: ", ex_struct("Wvcmhc.Auth.StateAuthorization", f))]


def ev_changeset_err():
    tick()
    p = pat()
    d = dos_recent()
    ch = {"client_id": p.uuid, "dos": exd(d), "member_id": P(p.mcd, "health_plan"),
          "procedure": pick(["90837", "90834", "H2019", "90853"]), "units": R(1, 8)}
    items = sorted(ch.items())
    pieces = ["Claim build failed: #Ecto.Changeset<action: :insert, changes: %{"]
    for i, (k, v) in enumerate(items):
        if i:
            pieces.append(", ")
        pieces.append(k + ": ")
        pieces += ser(v, "ex")
    pieces.append('}, errors: [rendering_npi: {"can\'t be blank", [validation: :required]}], data: #Wvcmhc.Billing.Claim<>, valid?: false>')
    return [ex("error", [("request_id", reqid())], *pieces)]


def ev_genserver_crash():
    tick()
    p = pat()
    dsp = "DSP-%s-%04d" % (TODAY.strftime("%Y%m%d"), R(1, 80))
    out = [ex("error", [], "GenServer Wvcmhc.Crisis.RescueTracker terminating"),
           cont("** (FunctionClauseError) no function clause matching in Wvcmhc.Crisis.RescueTracker.handle_info/2"),
           cont("    (wvcmhc 2.14.3) lib/wvcmhc/crisis/rescue_tracker.ex:71: Wvcmhc.Crisis.RescueTracker.handle_info/2"),
           cont("    (stdlib 5.2) gen_server.erl:1095: :gen_server.try_handle_info/3"),
           cont('Last message: {:dispatch_update, "%s", :en_route}' % dsp)]
    st = {dsp: Raw("%{address: ", '"', (p.street, "address"), '", city: "', (p.city, "address"),
                   '", team: "MCT-%d", texter: "' % R(1, 3), (p.e164, "phone"), '"}')}
    out.append(cont("State: %{active: ", ser(st, "ex"), ", poll_ms: 15000}"))
    return out


def ev_commitment():
    tick()
    p = pat()
    hd = TODAY + timedelta(days=R(2, 12))
    return [ex("info", [], "Civil commitment hearing scheduled case=", (p.case, "other_id"), " client_id=", p.uuid,
               " hearing_on=", (hd.isoformat(), "date"), ' court="Marion County Circuit Court" examiner_id=', str(stf().uid))]


def ev_portal_login():
    tick()
    p = pat()
    ok = chance(0.8)
    return [ex("info" if ok else "warning", [("request_id", reqid())],
               "portal login %s user=" % ("ok" if ok else "failed"), (p.username, "other_id"), " remote_ip=", (p.ip, "ip"),
               " mfa=%s" % pick(["sms", "totp", "none"]))]


def ev_telehealth():
    tick()
    p = pat()
    s = stf()
    slug = "%s-%s-%d" % (x12name(p.first).lower(), x12name(p.last).lower().replace("'", "").replace(" ", ""), R(1000, 9999))
    url = "https://telehealth.wvcmhc.org/join/" + slug
    appt = TODAY + timedelta(days=R(0, 6))
    return [ex("info", [], "telehealth room created appt_id=%d clinician_id=%d link=" % (R(300000, 399999), s.uid), (url, "url"),
               " starts_at=", (appt.isoformat(), "date"), "T%02d:%s:00-07:00 ttl=3600" % (R(8, 17), pick(["00", "30"])))]


def ev_ex_clean_misc():
    tick()
    c = R(0, 5)
    if c == 0:
        return [ex("info", [], "[libcluster:k8s] connected to :\"wvcmhc@10.0.4.%d\"" % R(10, 60))]
    if c == 1:
        return [ex("error", [], "Postgrex.Protocol (#PID<0.%d.0>) disconnected: ** (DBConnection.ConnectionError) client #PID<0.%d.0> timed out because it queued and checked out the connection for longer than 15000ms" % (R(2000, 3000), R(9000, 99999)))]
    if c == 2:
        meta = [("request_id", reqid())]
        return [ex("info", meta, "GET /healthz"), ex("info", meta, "Sent 200 in %dµs" % R(200, 900))]
    if c == 3:
        s = stf()
        return [ex("info", [("user_id", str(s.uid))], "staff session started user=%s role=%s ip=10.20.%d.%d" % (s.user, pick(["clinician", "billing", "supervisor"]), R(1, 9), R(2, 250)))]
    if c == 4:
        return [ex("info", [], "ClaimBatcher: built 837P batch WVC-%s-%02d claims=%d total=%d.%02d payer=OHPMMIS npi=%s" % (TODAY.strftime("%Y%m%d"), R(1, 6), R(10, 90), R(1000, 9000), R(0, 99), ORG_NPI))]
    return [ex("warning", [], "AuthExpiryNotifier: %d authorizations expire within 14 days; digest sent to um-team@wvcmhc.org" % R(3, 40))]


# --------------------------------------------------------------------------
# Sidekiq / ActiveJob (Ruby)
# --------------------------------------------------------------------------
SK_PID = R(1800, 4000)


def sk_tid():
    return b62(R(3, 4), "abcdefghijklmnopqrstuvwxyz0123456789")


def sk(tid, cls, jid, lvl, *pieces, elapsed=None):
    ctx = "%s pid=%d tid=%s" % (ts_isoz(), SK_PID, tid)
    if cls:
        ctx += " class=%s jid=%s" % (cls, jid)
    if elapsed is not None:
        ctx += " elapsed=%.3f" % elapsed
    return L("sidekiq", ctx + " " + lvl + ": ", *pieces)


def rb(lvl, *pieces, fam="activejob"):
    return L(fam, "%s, [%s #%d] %5s -- : " % (lvl[0], ts_ruby(), SK_PID, lvl), *pieces)


def sk_job(cls, queue, args, err_cls, err_msg, backtrace, retry_count=None):
    tick()
    tid = sk_tid()
    jid = hexs(24)
    created = now() - timedelta(seconds=R(5, 4000))
    out = [sk(tid, cls, jid, "INFO", "start")]
    t0 = now()
    tick(0.3, 30)
    out.append(sk(tid, cls, jid, "INFO", "fail", elapsed=(now() - t0).total_seconds()))
    rc = retry_count if retry_count is not None else R(0, 6)
    job = {"retry": True, "queue": queue, "class": cls, "args": args, "jid": jid,
           "created_at": Raw(epoch_f(created)[:-3]), "enqueued_at": Raw(epoch_f(now() - timedelta(seconds=R(1, 60)))[:-3]),
           "error_message": err_msg, "error_class": err_cls, "failed_at": Raw(epoch_f(now())[:-3]),
           "retry_count": rc}
    out.append(sk(tid, cls, jid, "WARN", *ser({"context": "Job raised exception", "job": job}, "json")))
    out.append(sk(tid, cls, jid, "WARN", "%s: %s" % (err_cls, err_msg)))
    for b in backtrace:
        out.append(sk(tid, cls, jid, "WARN", b))
    return out


GEMS = "/app/vendor/bundle/ruby/3.2.0/gems"


def ev_sk_eligibility_fail():
    p = pat()
    args = [p.uuid, P(p.mcd, "health_plan"), {"dob": P(p.dob.isoformat(), "date"), "last_name": P(p.last, "name")}]
    return sk_job("EligibilityCheck270Job", "eligibility", args, "Faraday::ConnectionFailed",
                  "Failed to open TCP connection to edi.claimsbridge.net:443 (execution expired)",
                  ["%s/faraday-net_http-3.1.0/lib/faraday/adapter/net_http.rb:66:in `rescue in perform_request'" % GEMS,
                   "/app/app/jobs/eligibility_check270_job.rb:%d:in `perform'" % R(14, 40)])


def ev_sk_ach_fail():
    p = pat()
    nm = p.ec_first + " " + p.ec_last
    args = [R(5000, 9999), {"guarantor_name": P(nm, "name"), "routing_number": aba(), "account_number": P(p.bank, "account"),
                            "amount_cents": R(1000, 25000), "billing_account": P(p.acct, "account")}]
    return sk_job("Payments::AchDebitJob", "payments", args, "Payments::GatewayError",
                  "R03 No Account/Unable to Locate Account",
                  ["/app/app/services/payments/ach_gateway.rb:%d:in `debit!'" % R(40, 90),
                   "/app/app/jobs/payments/ach_debit_job.rb:%d:in `perform'" % R(10, 30)])


def ev_sk_roi_fax_fail():
    p = pat()
    args = [R(10000, 30000), {"client_name": P(p.first + " " + p.last, "name"), "deliver_to": "self",
                              "fax": P(p.fax, "fax"), "from_fax": CLINIC_FAX, "pages": R(3, 60)}]
    return sk_job("Roi::FaxRecordsJob", "roi", args, "Faxage::SendError", "ERR08: busy signal after 3 attempts",
                  ["/app/app/clients/faxage_client.rb:%d:in `send_fax'" % R(30, 70),
                   "/app/app/jobs/roi/fax_records_job.rb:%d:in `perform'" % R(10, 30)])


def ev_sk_tablet():
    p = pat()
    args = [p.uuid, {"imei": P(p.imei, "device"), "serial": P(p.tab_serial, "device"), "model": "SM-T227U",
                     "wifi_mac": P(p.mac, "device"), "loaner_program": "telehealth-access"}]
    return sk_job("Devices::TabletLoanSyncJob", "devices", args, "Mdm::NotFound", "device not enrolled in MDM tenant wvcmhc-prod",
                  ["/app/app/clients/mdm_client.rb:%d:in `fetch_device'" % R(20, 60),
                   "/app/app/jobs/devices/tablet_loan_sync_job.rb:%d:in `perform'" % R(10, 30)])


def ev_sk_voiceprint():
    p = pat()
    args = [p.uuid, {"template_format": "ivec-v3", "voiceprint_b64": P(b64(R(140, 220)), "biometric"), "sample_ms": R(8000, 15000)}]
    return sk_job("Telehealth::VoiceprintEnrollJob", "telehealth", args, "Net::ReadTimeout", "Net::ReadTimeout with #<TCPSocket:(closed)>",
                  ["%s/net-protocol-0.2.2/lib/net/protocol.rb:229:in `rbuf_fill'" % GEMS,
                   "/app/app/jobs/telehealth/voiceprint_enroll_job.rb:%d:in `perform'" % R(10, 30)])


def ev_sk_nemt():
    p = pat()
    args = [R(70000, 79999), {"client_id": p.uuid, "trip_date": P(dos_recent().isoformat(), "date"), "miles": round(random.uniform(3, 80), 1),
                              "vehicle_plate": P(p.plate, "vehicle"), "vehicle_vin": P(p.vin, "vehicle")}]
    return sk_job("Billing::NemtMileageJob", "billing", args, "ActiveRecord::RecordInvalid",
                  "Validation failed: Odometer photo can't be blank",
                  ["%s/activerecord-7.1.3/lib/active_record/validations.rb:84:in `raise_validation_error'" % GEMS,
                   "/app/app/jobs/billing/nemt_mileage_job.rb:%d:in `perform'" % R(10, 30)])


def ev_sk_clean():
    tick()
    tid = sk_tid()
    jid = hexs(24)
    cls = pick(["Billing::SubmitClaimBatchJob", "Billing::Era835ImportJob", "StateAuth::SyncJob", "Reports::DailyCensusJob",
                "Sidekiq::Cron::Poller", "Crisis::DailyMetricsJob"])
    out = [sk(tid, cls, jid, "INFO", "start")]
    t0 = now()
    tick(0.5, 20)
    if cls == "Billing::SubmitClaimBatchJob" and chance(0.7):
        out.append(sk(tid, cls, jid, "INFO", "Uploaded 837P batch WVC-%s-%02d (%d claims, $%d,%03d.%02d) to sftp.claimsbridge.net:/inbound/%s"
                      % (TODAY.strftime("%Y%m%d"), R(1, 6), R(10, 90), R(1, 9), R(0, 999), R(0, 99), ORG_NPI)))
    if cls == "Billing::Era835ImportJob" and chance(0.7):
        out.append(sk(tid, cls, jid, "INFO", "835 EFT trace 1%s paid=%d.%02d claims=%d payer=OHPMMIS file=ERA_%s_%d.835"
                      % ("".join(str(R(0, 9)) for _ in range(9)), R(2000, 90000), R(0, 99), R(20, 200), TODAY.strftime("%Y%m%d"), R(1, 9))))
    out.append(sk(tid, cls, jid, "INFO", "done", elapsed=(now() - t0).total_seconds()))
    return out


def ev_sk_boot_clean():
    tick()
    tid = sk_tid()
    c = R(0, 2)
    if c == 0:
        return [sk(tid, None, None, "INFO", 'Booting Sidekiq 7.2.4 with Sidekiq::RedisConnection::RedisClientAdapter options {:url=>"redis://redis-jobs.wvcmhc.internal:6379/2"}'),
                sk(tid, None, None, "INFO", "Running in ruby 3.2.3 (2024-01-18 revision 52bb2ac0a6) [x86_64-linux]"),
                sk(tid, None, None, "INFO", "Starting processing, hit Ctrl-C to stop")]
    if c == 1:
        return [sk(tid, None, None, "INFO", "Scheduler: enqueued %d cron jobs (Billing::SubmitClaimBatchJob, StateAuth::SyncJob)" % R(1, 4))]
    return [L("sidekiq", '{"ts":"%s","pid":%d,"tid":"%s","lvl":"INFO","msg":"done","ctx":{"class":"Reports::DailyCensusJob","jid":"%s","elapsed":%.3f}}'
              % (ts_isoz(), SK_PID, tid, hexs(24), random.uniform(0.5, 12)))]


def ev_activejob_elig():
    tick()
    p = pat()
    jid = new_uuid()
    hdr = "[ActiveJob] [EligibilityCheck270Job] [%s] " % jid
    enq = now() - timedelta(seconds=random.uniform(0.2, 9))
    out = [rb("INFO", hdr, "Performing EligibilityCheck270Job (Job ID: %s) from Sidekiq(eligibility) enqueued at %s.%09dZ with arguments: "
              % (jid, enq.strftime("%Y-%m-%dT%H:%M:%S"), enq.microsecond * 1000), '"%s", ' % p.uuid, '"', (p.mcd, "health_plan"), '"')]
    tick(0.2, 2)
    if chance(0.7):
        out.append(rb("INFO", hdr, "271 received trn=%s-%d status=active plan=\"OHP Plus\" cco=\"%s\" member=" % (TODAY.strftime("%Y%m%d"), R(1000, 9999),
                      pick(["PacificSource Community Solutions", "Trillium Community Health Plan", "InterCommunity Health Network"])),
                      (p.mcd, "health_plan")))
    else:
        out.append(rb("WARN", hdr, "271 AAA*N**75*C subscriber not found member=", (p.mcd, "health_plan"), " dob=", (p.dob.strftime("%Y%m%d"), "date")))
    out.append(rb("INFO", hdr, "Performed EligibilityCheck270Job (Job ID: %s) from Sidekiq(eligibility) in %.2fms" % (jid, random.uniform(200, 3000))))
    return out


def ev_activejob_uds():
    tick()
    p = pat()
    jid = new_uuid()
    hdr = "[ActiveJob] [Lab::UdsResultImportJob] [%s] " % jid
    col = TODAY - timedelta(days=R(1, 6))
    return [rb("INFO", hdr, "Performing Lab::UdsResultImportJob (Job ID: %s) from Sidekiq(lab) with arguments: \"HL7_ORU_%d\"" % (jid, R(100000, 999999))),
            rb("INFO", hdr, "result kit=", (p.kit, "other_id"), " mrn=", (p.mrn, "mrn"), " collected=", (col.isoformat(), "date"),
               " panel=UDS12 result=%s lab_clia=38D%07d" % (pick(["NEG", "NEG", "POS:BUP", "POS:THC"]), R(10 ** 6, 10 ** 7 - 1))),
            rb("INFO", hdr, "Performed Lab::UdsResultImportJob (Job ID: %s) from Sidekiq(lab) in %.2fms" % (jid, random.uniform(30, 900)))]


def ev_activejob_idv():
    tick()
    p = pat()
    jid = new_uuid()
    hdr = "[ActiveJob] [Intake::IdVerificationJob] [%s] " % jid
    return [rb("INFO", hdr, "Performing Intake::IdVerificationJob (Job ID: %s) from Sidekiq(default) with arguments: " % jid,
               *ser({"client_id": p.uuid, "dl_number": P(p.dl, "license"), "dl_state": "OR", "last_name": P(p.last, "name")}, "ruby34")),
            rb("INFO", hdr, "Performed Intake::IdVerificationJob (Job ID: %s) from Sidekiq(default) in %.2fms" % (jid, random.uniform(100, 2500)))]


def ev_mailer():
    tick()
    p = pat()
    mid = "%s%s_%s.%s@wvcmhc-worker-2.mail" % (hexs(13), "", hexs(6), hexs(4))
    out = [rb("INFO", "[ActiveJob] [ActionMailer::MailDeliveryJob] [%s] StatementMailer#monthly: processed outbound mail in %.1fms" % (new_uuid(), random.uniform(10, 80)), fam="rails-mailer"),
           rb("DEBUG", "Date: %s" % now().strftime("%a, %d %b %Y %H:%M:%S +0000"), fam="rails-mailer"),
           L("rails-mailer", "From: Willamette Valley CMHC Billing <noreply@wvcmhc.org>"),
           L("rails-mailer", "To: ", (p.email, "email")),
           L("rails-mailer", "Message-ID: <%s>" % mid),
           L("rails-mailer", "Subject: Your statement for account ending %s is ready" % p.acct[-4:])]
    tick(0.1, 2)
    out.append(rb("INFO", "Delivered mail %s (%.1fms)" % (mid, random.uniform(100, 900)), fam="rails-mailer"))
    return out


# --------------------------------------------------------------------------
# Postgres csvlog
# --------------------------------------------------------------------------
PG_SESS = {}


def csvq(*pieces):
    out = ['"']
    for pc in pieces:
        if isinstance(pc, tuple):
            out.append((pc[0].replace('"', '""'), pc[1]))
        elif isinstance(pc, list):
            for q in pc:
                out.append((q[0].replace('"', '""'), q[1]) if isinstance(q, tuple) else q.replace('"', '""'))
        else:
            out.append(pc.replace('"', '""'))
    out.append('"')
    return out


def pg(sev, code, msg, detail=None, hint=None, context=None, query=None, tag="", user="ehr_app", db="ehr_prod",
       app="postgrex", backend="client backend", host=None, xid=0):
    pid = R(20000, 65000)
    sess_start = now() - timedelta(seconds=R(30, 9000))
    sid = "%x.%x" % (int(sess_start.timestamp()), pid)
    if host is None:
        host = "10.0.3.%d:%d" % (R(10, 40), R(30000, 60999))
    f = [ts_pg(), ",", '"%s"' % user if user else "", ",", '"%s"' % db if db else "", ",", str(pid), ",",
         '"%s"' % host if host else "", ",", sid, ",", str(R(1, 400)), ",", '"%s"' % tag if tag else "", ",",
         sess_start.strftime("%Y-%m-%d %H:%M:%S UTC"), ",", "%d/%d" % (R(2, 40), R(1000, 999999)) if user else "", ",",
         str(xid), ",", sev, ",", code, ","]
    f += csvq(*msg) if isinstance(msg, list) else csvq(msg)
    f.append(",")
    if detail is not None:
        f += csvq(*detail) if isinstance(detail, list) else csvq(detail)
    f.append(",")
    if hint:
        f += csvq(hint)
    f += [",", ",", ","]  # internal_query, internal_query_pos
    if context:
        f += csvq(context)
    f.append(",")
    if query is not None:
        f += csvq(*query) if isinstance(query, list) else csvq(query)
    f += [",", ",", ","]  # query_pos, location
    f += csvq(app) if app else []
    f += [",", '"%s"' % backend, ",", ",", "0"]
    return L("pg-csvlog", *f)


def ev_pg_unique():
    tick()
    p = pat()
    k, v, c = pick([("mrn", P(p.mrn, "mrn"), "clients_mrn_index"), ("ssn", P(p.ssn, "ssn"), "clients_ssn_index"),
                    ("medicaid_id", P(p.mcd, "health_plan"), "clients_medicaid_id_index")])
    q = ('INSERT INTO "clients" ("dob","email","first_name","last_name","medicaid_id","mrn","phone","ssn","inserted_at","updated_at","id") '
         'VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)')
    return [pg("ERROR", "23505", 'duplicate key value violates unique constraint "%s"' % c,
               detail=["Key (%s)=(" % k, (v.v, v.cat), ") already exists."], query=q, tag="INSERT", xid=R(4000000, 5000000))]


def ev_pg_notnull():
    tick()
    p = pat()
    d = ["Failing row contains (", p.uuid + ", ", (p.mrn, "mrn"), ", ", (p.first, "name"), ", ", (p.last, "name"), ", ",
         (p.dob.isoformat(), "date"), ", null, ", (p.phone, "phone"), ", ", (p.email, "email"), ", null, ",
         now().strftime("%Y-%m-%d %H:%M:%S"), ", ", now().strftime("%Y-%m-%d %H:%M:%S"), ")."]
    return [pg("ERROR", "23502", 'null value in column "sex" of relation "clients" violates not-null constraint', detail=d,
               query='INSERT INTO "clients" ("id","mrn","first_name","last_name","dob","ssn","phone","email","medicaid_id","inserted_at","updated_at") VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10,$11)',
               tag="INSERT", xid=R(4000000, 5000000))]


def pgq(s):
    return s.replace("'", "''")


def ev_pg_duration():
    tick()
    p = pat()
    stmt = pick(["ecto_%d" % R(100, 999), "<unnamed>"])
    if chance(0.5):
        msg = ('duration: %.3f ms  execute %s: SELECT c0."id", c0."mrn", c0."first_name", c0."last_name" FROM "clients" AS c0 '
               'WHERE ((unaccent(lower(c0."last_name")) = $1) AND (c0."dob" = $2))' % (random.uniform(1000, 9000), stmt))
        det = ["parameters: $1 = '", (pgq(x12name(p.last).lower()), "name"), "', $2 = '", (p.dob.isoformat(), "date"), "'"]
    else:
        msg = ('duration: %.3f ms  execute %s: SELECT a0."id", a0."starts_at", a0."status" FROM "appointments" AS a0 '
               'INNER JOIN "clients" AS c1 ON c1."id" = a0."client_id" WHERE (c1."phone" = $1 OR c1."email" = $2)' % (random.uniform(1000, 9000), stmt))
        det = ["parameters: $1 = '", (p.phone, "phone"), "', $2 = '", (p.email, "email"), "'"]
    return [pg("LOG", "00000", msg, detail=det, tag="SELECT")]


def ev_pg_check():
    tick()
    p = pat()
    d = dos_recent()
    det = ["Failing row contains (%d, %s, %s, 0, %d.00, " % (R(900000, 999999), p.uuid, pick(["90837", "H2019", "90853"]), R(40, 300)),
           (d.isoformat(), "date"), ", ", (p.pcn, "mrn"), ", draft, %s)." % now().strftime("%Y-%m-%d %H:%M:%S.%f")]
    return [pg("ERROR", "23514", 'new row for relation "claims" violates check constraint "claims_units_positive"', detail=det,
               query='INSERT INTO "claims" ("id","client_id","procedure_code","units","billed_amount","service_date","patient_control_number","status","inserted_at") VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)',
               tag="INSERT", xid=R(4000000, 5000000))]


def ev_pg_php_literal():
    tick()
    p = pat()
    q = ["UPDATE crisis_contacts SET callback_phone = '", (p.phone, "phone"), "', notes = 'texter ", (pgq(p.first), "name"),
         " requests callback after 6pm' WHERE conversation_sid = 'CH", hexs(32), "' AND updated_at < now()"]
    return [pg("ERROR", "40P01", "deadlock detected",
               detail="Process %d waits for ShareLock on transaction %d; blocked by process %d.\nProcess %d waits for ShareLock on transaction %d; blocked by process %d."
               .replace("\n", " ") % (R(20000, 60000), R(4000000, 5000000), R(20000, 60000), R(20000, 60000), R(4000000, 5000000), R(20000, 60000)),
               hint="See server log for query details.", context='while updating tuple (%d,%d) in relation "crisis_contacts"' % (R(100, 9000), R(1, 60)),
               query=q, tag="UPDATE", user="crisisline", db="crisisline", app="", xid=R(4000000, 5000000))]


def ev_pg_clean():
    tick()
    c = R(0, 6)
    if c == 0:
        return [pg("LOG", "00000", "checkpoint starting: time", user=None, db=None, host="", app="", backend="checkpointer"),
                pg("LOG", "00000", "checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s; sync files=%d, longest=0.0%02d s, average=0.001 s; distance=%d kB, estimate=%d kB; lsn=%X/%08X, redo lsn=%X/%08X"
                   % (R(200, 9000), random.uniform(0.1, 6), R(1, 9), random.uniform(20, 270), random.uniform(0, 0.2), random.uniform(20, 270), R(20, 300), R(1, 99), R(5000, 90000), R(5000, 90000), R(1, 40), R(0, 2 ** 32 - 1), R(1, 40), R(0, 2 ** 32 - 1)),
                   user=None, db=None, host="", app="", backend="checkpointer")]
    if c == 1:
        h = "10.0.3.%d" % R(10, 40)
        port = R(30000, 60999)
        return [pg("LOG", "00000", "connection received: host=%s port=%d" % (h, port), user=None, db=None, host="%s:%d" % (h, port), app="", backend="not initialized"),
                pg("LOG", "00000", "connection authorized: user=ehr_app database=ehr_prod application_name=postgrex SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)", tag="authentication")]
    if c == 2:
        return [pg("FATAL", "28P01", 'password authentication failed for user "report_ro"',
                   detail='Connection matched pg_hba.conf line 98: "hostssl all all 10.0.0.0/8 scram-sha-256"', user="report_ro", db="ehr_prod",
                   app="", tag="authentication")]
    if c == 3:
        return [pg("LOG", "00000", 'automatic vacuum of table "ehr_prod.public.%s": index scans: 1 pages: 0 removed, %d remain, %d scanned (%.2f%% of total) tuples: %d removed, %d remain, 0 are dead but not yet removable'
                   % (pick(["progress_notes", "oban_jobs", "claims", "audit_events"]), R(1000, 90000), R(100, 9000), random.uniform(1, 40), R(100, 90000), R(10000, 900000)),
                   user=None, db=None, host="", app="", backend="autovacuum worker")]
    if c == 4:
        return [pg("ERROR", "57014", "canceling statement due to statement timeout",
                   query='SELECT count(*) FROM "audit_events" AS a0 WHERE (a0."inserted_at" >= $1)', tag="SELECT", user="report_ro", app="metabase")]
    if c == 5:
        return [pg("LOG", "00000", "duration: %.3f ms  execute ecto_%d: SELECT o0.\"id\", o0.\"state\" FROM \"public\".\"oban_jobs\" AS o0 WHERE (o0.\"queue\" = $1) LIMIT $2" % (random.uniform(1000, 3000), R(100, 999)),
                   detail="parameters: $1 = 'billing', $2 = '%d'" % R(5, 50), tag="SELECT")]
    return [pg("WARNING", "01000", "there is no transaction in progress", tag="COMMIT", user="crisisline", db="crisisline", app="")]


# --------------------------------------------------------------------------
# crisis text line (PHP + Monolog), Apache, php-fpm
# --------------------------------------------------------------------------

def mono(lvl, msg, ctx, extra=None):
    return L("monolog-crisis", "[%s] crisisline.%s: %s " % (ts_monolog(), lvl, msg), *ser(ctx, "json"), " ",
             *(ser(extra, "json") if extra else ["[]"]))


BODIES = [
    lambda p: ["i dont know who else to text. im not ok tonight"],
    lambda p: ["my name is ", (p.first, "name"), " and i keep thinking about ending it"],
    lambda p: ["its ", (p.first + " " + p.last, "name"), " again. same as last week 😔"],
    lambda p: ["im at ", (p.street, "address"), " in ", (p.city, "address"), " and i took a bunch of my pills"],
    lambda p: ["can someone check on my grandpa, hes ", (str(pick(OLD).age), "age"), " and alone at ", (p.street, "address"), " ", (p.city, "address")],
    lambda p: ["my sister ", (p.ec_first, "name"), " hasnt answered since yesterday her number is ", (p.ec_phone, "phone")],
    lambda p: ["cant sleep again. the voices are loud 😞"],
    lambda p: ["ok. i put the knife in the car. thank you for staying"],
    lambda p: ["you can email me at ", (p.email, "email"), " i dont like phone calls"],
    lambda p: ["STOP"],
]


def ev_crisis_inbound():
    tick()
    p = pat()
    body = pick(BODIES)(p)
    ctx_pieces = ['{"sid":"SM%s","conversation_sid":"CH%s","from":"' % (hexs(32), hexs(32)), (p.e164, "phone"),
                  '","to":"%s","num_segments":"%d","body":"' % (CRISIS_NUM, R(1, 3))]
    for b in body:
        if isinstance(b, tuple):
            ctx_pieces.append((esc(b[0]), b[1]))
        else:
            ctx_pieces.append(esc(b))
    ctx_pieces.append('"}')
    out = [L("monolog-crisis", "[%s] crisisline.INFO: Inbound SMS received " % ts_monolog(), *ctx_pieces,
             ' {"uid":"%s"}' % hexs(7))]
    if chance(0.5):
        tick(5, 60)
        s = stf()
        out.append(mono("INFO", "Outbound SMS sent", {"sid": "SM" + hexs(32), "to": P(p.e164, "phone"), "from": CRISIS_NUM,
                                                       "counselor_id": s.uid,
                                                       "body": "Hi, this is %s with the Willamette crisis line. I'm here with you. Are you safe right now?" % s.first}))
    return out


def ev_crisis_dispatch():
    tick()
    p = pat()
    ctx = {"conversation_sid": "CH" + hexs(32), "dispatch_id": "DSP-%s-%04d" % (TODAY.strftime("%Y%m%d"), R(1, 80)),
           "address": P(p.street, "address"), "city": P(p.city, "address"), "zip": P(p.zip, "zip"), "callback": P(p.e164, "phone"),
           "vehicle": {"plate": P(p.plate, "vehicle"), "desc": pick(["silver Honda Civic", "blue Subaru Outback", "white F-150", "red Kia Soul"])},
           "team": "MCT-%d" % R(1, 3), "eta_min": R(12, 55)}
    return [mono("WARNING", "Mobile crisis dispatch requested", ctx, {"uid": hexs(7)})]


def ev_crisis_webchat():
    tick()
    p = pat()
    ctx = {"session": "wc_" + b62(16, "abcdefghijklmnopqrstuvwxyz0123456789"), "handle": P(p.handle, "other_id"),
           "ip": P(p.ip, "ip"), "ua": "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
           "queue": pick(["youth", "adult", "veterans"])}
    return [mono("INFO", "Webchat session started", ctx, {"uid": hexs(7)})]


def ev_crisis_ec():
    tick()
    p = pat()
    ctx = {"conversation_sid": "CH" + hexs(32), "texter": P(p.e164, "phone"),
           "emergency_contact": {"name": P(p.ec_first + " " + p.ec_last, "name"), "relation": p.ec_rel, "phone": P(p.ec_phone, "phone")},
           "consent": "verbal", "counselor_id": stf().uid}
    return [mono("NOTICE", "Emergency contact recorded", ctx, {"uid": hexs(7)})]


def ev_crisis_clean():
    tick()
    c = R(0, 4)
    s = stf()
    if c == 0:
        return [mono("INFO", "Conversation assigned", {"conversation_sid": "CH" + hexs(32), "counselor": "%s %s." % (s.first, s.last[0]),
                                                        "counselor_id": s.uid, "queue": pick(["youth", "adult", "spanish"]), "wait_sec": R(4, 300)})]
    if c == 1:
        return [mono("NOTICE", "Risk flag raised", {"conversation_sid": "CH" + hexs(32), "keywords": pick([["pills", "tonight"], ["gun"], ["bridge"], ["goodbye"]]),
                                                     "score": round(random.uniform(0.5, 0.99), 2), "escalated_to": s.user})]
    if c == 2:
        return [mono("INFO", "Conversation closed", {"conversation_sid": "CH" + hexs(32), "duration_sec": R(200, 5400),
                                                      "disposition": pick(["safety_plan", "resolved", "referred_988", "dropped"]),
                                                      "follow_up": chance(0.5), "messages": R(4, 120)})]
    if c == 3:
        return [mono("DEBUG", "Twilio status callback", {"MessageSid": "SM" + hexs(32), "MessageStatus": pick(["delivered", "sent", "undelivered"]),
                                                          "ErrorCode": pick([None, None, 30003]), "AccountSid": "AC" + hexs(32)})]
    return [L("apache-access", "10.0.5.%d - - [%s] \"POST /sms/inbound.php HTTP/1.1\" 200 %d \"-\" \"TwilioProxy/1.1\"" % (R(2, 30), ts_apache(), R(60, 140)))]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 13; SM-A536U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.118 Mobile Safari/537.36"]


def ev_apache_portal():
    tick()
    p = pat()
    out = []
    for _ in range(R(1, 3)):
        path = pick(["/portal/home.php", "/portal/messages/view.php?thread=%d" % R(50000, 59999), "/portal/statements/download.php?stmt=%d" % R(80000, 89999),
                     "/portal/appointments.php", "/portal/intake/step2.php", "/portal/forms/phq9.php?assign=%d" % R(1000, 9999)])
        if chance(0.3):
            out.append(L("apache-access", (p.ip, "ip"), " - - [%s] \"GET %s HTTP/1.1\" 200 %d \"" % (ts_apache(), path, R(800, 60000)),
                         ("https://portal.wvcmhc.org/portal/u/%s/profile.php" % p.username, "url"), "\" \"%s\"" % pick(UAS)))
        else:
            out.append(L("apache-access", (p.ip, "ip"), " - - [%s] \"GET %s HTTP/1.1\" 200 %d \"https://portal.wvcmhc.org/portal/home.php\" \"%s\""
                         % (ts_apache(), path, R(800, 60000), pick(UAS))))
        small()
    return out


def ev_apache_err():
    tick()
    p = pat()
    key = pick(["guardian_phone", "insurance_secondary", "pharmacy_npi", "ec_relation"])
    return [L("apache-error", "[%s] [proxy_fcgi:error] [pid %d:tid %d] [client " % (ts_apache_err(), R(2000, 9000), R(139000000000000, 140999999999999)),
              (p.ip, "ip"), ":%d] AH01071: Got error 'PHP message: PHP Warning:  Undefined array key \"%s\" in /var/www/portal/intake/step3.php on line %d', referer: https://portal.wvcmhc.org/portal/intake/step2.php"
              % (R(30000, 65000), key, R(100, 300)))]


def ev_apache_card():
    tick()
    p = pat()
    return [L("apache-error", "[%s] [proxy_fcgi:error] [pid %d:tid %d] [client " % (ts_apache_err(), R(2000, 9000), R(139000000000000, 140999999999999)),
              (p.ip, "ip"), ":%d] AH01071: Got error 'PHP message: PaymentController::charge(): gateway error 2005 for card " % R(30000, 65000),
              (p.card, "account"), " exp %02d/%02d billing acct " % (R(1, 12), R(25, 30)), (p.acct, "account"), "'")]


def ev_apache_clean():
    tick()
    c = R(0, 3)
    if c == 0:
        return [L("apache-access", "10.0.1.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.28\"" % (R(2, 9), ts_apache()))]
    if c == 1:
        return [L("apache-access", "10.20.%d.%d - - [%s] \"GET /portal/assets/app.%s.js HTTP/1.1\" 304 - \"https://portal.wvcmhc.org/portal/home.php\" \"%s\""
                  % (R(1, 9), R(2, 250), ts_apache(), hexs(8), pick(UAS)))]
    if c == 2:
        return [L("php-fpm", "[%s] WARNING: [pool www] server reached pm.max_children setting (24), consider raising it" % now().strftime("%d-%b-%Y %H:%M:%S"))]
    return [L("apache-error", "[%s] [mpm_event:notice] [pid 1:tid %d] AH00489: Apache/2.4.59 (Debian) OpenSSL/3.0.11 configured -- resuming normal operations" % (ts_apache_err(), R(139000000000000, 140999999999999)))]


# --------------------------------------------------------------------------
# attendance CSV
# --------------------------------------------------------------------------
GROUPS = [("DBT-M-104", "DBT Skills Group"), ("SUD-IOP-2", "SUD IOP Phase 2"), ("EASA-FAM", "EASA Multifamily Group"),
          ("YTH-ANX", "Teen Anxiety Group"), ("GRF-01", "Grief & Loss Support"), ("CBTp-3", "CBT for Psychosis")]


def ev_attendance():
    tick()
    code, gname = pick(GROUPS)
    s = stf()
    sess = TODAY - timedelta(days=R(0, 3))
    out = [L("attendance-csv", "session_date,group_code,group_name,facilitator,client_mrn,client_name,client_dob,attendance,minutes,cpt,location")]
    members = random.sample(PATIENTS, R(3, 6))
    for p in members:
        st = pick(["present", "present", "present", "late", "excused", "no-show"])
        mins = 0 if st in ("excused", "no-show") else pick([90, 90, 75, 60])
        nm = "%s, %s" % (p.last, p.first)
        out.append(L("attendance-csv", (sess.isoformat(), "date"), ",%s,%s,%s %s %s," % (code, gname if "," not in gname else '"%s"' % gname, s.first, s.last, s.cred),
                     (p.mrn, "mrn"), ',"', (nm, "name"), '",', (p.dob.isoformat(), "date"), ",%s,%d,%s,%s" % (st, mins, "90853" if mins else "", pick(["Room 2B", "Room 114", "Telehealth"]))))
    if chance(0.5):
        out.append(L("attendance-csv", "# rows=%d generated=%s source=GroupLive.Roster export_by=%s" % (len(members), ts_isoz(), s.user)))
    return out


# --------------------------------------------------------------------------
# state authorizations
# --------------------------------------------------------------------------

def ev_state_flat():
    tick()
    n = R(2, 4)
    batch = R(10, 99)
    out = [L("state-auth-flat", "HDR|OHA-BHAUTH|WVCMHC01|%s|%s|%06d|5010|" % (TODAY.strftime("%Y%m%d"), now().strftime("%H%M"), batch))]
    for p in random.sample(PATIENTS, n):
        st = date(2024, R(3, 5), 1)
        en = st + timedelta(days=pick([89, 90, 181]))
        status = pick(["A", "A", "A", "P", "D"])
        reason = {"A": "", "P": "PEND CLINICAL REVIEW", "D": "DX NOT COVERED FOR SVC"}[status]
        out.append(L("state-auth-flat", "AUT|PA24-%07d|" % R(10 ** 6, 10 ** 7 - 1), (p.consumer, "other_id"), "|", (x12name(p.last), "name"), "|",
                     (x12name(p.first), "name"), "|", (p.dob.strftime("%Y%m%d"), "date"), "|", p.sex, "|",
                     "%s|%s|%d|" % (pick(["H2019", "H0036", "H2014", "H0004"]), pick(["HQ", "HK", "HA", "U8"]), pick([24, 48, 96])),
                     (st.strftime("%Y%m%d"), "date"), "|", (en.strftime("%Y%m%d"), "date"), "|%s|%s|" % (status, reason)))
    out.append(L("state-auth-flat", "TRL|%06d|%06d|" % (batch, n)))
    return out


def ev_state_json():
    tick()
    p = pat()
    st = date(2024, R(3, 5), 1)
    en = st + timedelta(days=90)
    body = {"authorizations": [{"authNumber": "PA24-%07d" % R(10 ** 6, 10 ** 7 - 1),
                                "recipient": {"recipientId": P(p.consumer, "other_id"), "medicaidId": P(p.mcd, "health_plan"),
                                              "lastName": P(p.last, "name"), "firstName": P(p.first, "name"), "birthDate": P(p.dob.isoformat(), "date")},
                                "procedureCode": pick(["H2019", "H0036", "90837"]), "modifiers": [pick(["HQ", "HK"])],
                                "unitsAuthorized": 48, "unitsRemaining": R(0, 10), "effectiveDate": P(st.isoformat(), "date"),
                                "endDate": P(en.isoformat(), "date"), "status": "APPROVED", "reviewer": "UM Reviewer %d" % R(2, 30)}],
            "page": 1, "totalPages": 1}
    out = [rb("INFO", "[StateAuth::SyncJob] POST https://bhauth-api.oha.state.or.us/api/v2/authorizations/search 200 (%dms)" % R(80, 900), fam="state-auth-json"),
           rb("DEBUG", "[StateAuth::SyncJob] response body: ", *ser(body, "json"), fam="state-auth-json")]
    return out


def ev_state_json_clean():
    tick()
    return [rb("INFO", "[StateAuth::SyncJob] POST https://bhauth-api.oha.state.or.us/api/v2/authorizations/search 200 (%dms)" % R(80, 900), fam="state-auth-json"),
            rb("INFO", "[StateAuth::SyncJob] synced page=%d/%d upserted=%d unchanged=%d provider_npi=%s" % (1, R(1, 9), R(0, 40), R(10, 400), ORG_NPI), fam="state-auth-json")]


# --------------------------------------------------------------------------
# Medicaid X12 277CA / 835 and clearinghouse rejection report
# --------------------------------------------------------------------------

def ev_x12_277():
    tick()
    ctl = R(1000, 9999)
    F = "x12-277ca"
    out = [L(F, "ISA*00*          *00*          *ZZ*CLAIMSBRIDGE   *ZZ*WVCMHC01       *%s*%s*^*00501*%09d*0*P*:~" % (now().strftime("%y%m%d"), now().strftime("%H%M"), ctl)),
           L(F, "GS*HN*CLAIMSBRIDGE*WVCMHC01*%s*%s*%d*X*005010X214~" % (now().strftime("%Y%m%d"), now().strftime("%H%M"), ctl)),
           L(F, "ST*277*0001*005010X214~"),
           L(F, "BHT*0085*08*%d-0001*%s*%s*TH~" % (ctl, now().strftime("%Y%m%d"), now().strftime("%H%M"))),
           L(F, "NM1*PR*2*OREGON HEALTH PLAN*****PI*OHPMMIS~"),
           L(F, "NM1*85*2*WILLAMETTE VALLEY CMHC*****XX*%s~" % ORG_NPI)]
    nseg = 6
    for p in random.sample(PATIENTS, R(1, 2)):
        s = stf()
        d = dos_recent()
        if chance(0.5):
            out.append(L(F, "NM1*82*1*%s*%s****XX*%s~" % (x12name(s.last), x12name(s.first), s.npi)))
        out += [L(F, "NM1*QC*1*", (x12name(p.last), "name"), "*", (x12name(p.first), "name"), "****MI*", (p.mcd, "health_plan"), "~"),
                L(F, "TRN*2*%d~" % R(900000, 999999)),
                L(F, "STC*%s*%s*U*%d.%02d~" % (pick(["A7:562:85", "A7:21:IL", "A6:35:QC", "A8:145:IL"]), now().strftime("%Y%m%d"), R(40, 300), R(0, 99))),
                L(F, "REF*EA*", (p.pcn, "mrn"), "~"),
                L(F, "DTP*472*RD8*", (d.strftime("%Y%m%d"), "date"), "-", (d.strftime("%Y%m%d"), "date"), "~")]
        nseg += 6
    out += [L(F, "SE*%d*0001~" % nseg), L(F, "GE*1*%d~" % ctl), L(F, "IEA*1*%09d~" % ctl)]
    return out


def ev_x12_835():
    tick()
    p = pat()
    d = dos_recent()
    F = "x12-835"
    billed = R(60, 300)
    icn = "22%d%03d%06d" % (24, R(100, 134), R(0, 999999))
    return [L(F, "CLP*", (p.pcn, "mrn"), "*4*%d*0**MC*%s*11~" % (billed, icn)),
            L(F, "NM1*QC*1*", (x12name(p.last), "name"), "*", (x12name(p.first), "name"), "****MC*", (p.mcd, "health_plan"), "~"),
            L(F, "DTM*232*", (d.strftime("%Y%m%d"), "date"), "~"),
            L(F, "CAS*CO*%s*%d~" % (pick(["16", "197", "29", "B7"]), billed)),
            L(F, "MOA***%s~" % pick(["N290", "MA130", "N382", "M51"]))]


def ev_x12_835_clean():
    tick()
    F = "x12-835"
    return [L(F, "BPR*I*%d.%02d*C*ACH*CCP*01*123006800*DA*%d*1930%06d**01*%s*DA*%d*%s~" % (R(2000, 90000), R(0, 99), R(10 ** 8, 10 ** 9), R(0, 999999), aba(), R(10 ** 8, 10 ** 9), TODAY.strftime("%Y%m%d"))),
            L(F, "TRN*1*%d*1930%06d~" % (R(10 ** 8, 10 ** 9), R(0, 999999))),
            L(F, "N1*PE*WILLAMETTE VALLEY CMHC*XX*%s~" % ORG_NPI),
            L(F, "N3*2150 COMMERCIAL ST SE~"),
            L(F, "N4*SALEM*OR*973024421~"),
            L(F, "PLB*%s*%s1231*WO:%d*%d.%02d~" % (ORG_NPI, TODAY.year - 1, R(10 ** 6, 10 ** 7), R(10, 300), R(0, 99)))]


def ev_ch_reject():
    tick()
    p = pat()
    s = stf()
    d = dos_recent()
    reason = pick([("A7:562:85", "Entity's National Provider Identifier (NPI)"), ("A7:21:IL", "Missing or invalid information"),
                   ("A6:35:QC", "Claim/service not covered by this payer/contractor - patient not eligible on DOS"),
                   ("A7:145:IL", "Entity's primary identifier (subscriber Medicaid ID)")])
    return [rb("WARN", "[ClaimAck::Import] REJECTED clm_id=%d pcn=" % R(900000, 999999), (p.pcn, "mrn"), " member_id=", (p.mcd, "health_plan"),
               ' patient="', (p.last + ", " + p.first, "name"), '" dos=', (d.isoformat(), "date"),
               ' hcpcs=%s units=%d billed=$%d.%02d stc=%s msg="%s" rendering_npi=%s' % (pick(["H2019:HQ", "90837", "90853:HQ", "H0036"]), R(1, 8), R(40, 300), R(0, 99), reason[0], reason[1], s.npi),
               fam="clearinghouse-reject")]


def ev_ch_summary_clean():
    tick()
    return [rb("INFO", "[ClaimAck::Import] file=277CA_%s_%04d.x12 accepted=%d rejected=%d pended=%d isa=%09d" % (TODAY.strftime("%Y%m%d"), R(1, 9999), R(20, 200), R(0, 9), R(0, 5), R(1000, 9999)),
               fam="clearinghouse-reject")]


def ev_mbi_dual():
    tick()
    dual = [p for p in PATIENTS if p.mbi]
    p = pick(dual)
    return [rb("INFO", "[Billing::CrossoverRouter] dual-eligible crossover client_id=%s mbi=" % p.uuid, (p.mbi, "health_plan"),
               " medicaid_id=", (p.mcd, "health_plan"), " primary=MEDICARE_B secondary=OHP group=WVC-GRP-%04d" % R(1, 40), fam="activejob")]



def ev_portal_photo():
    tick()
    p = pat()
    return [L("monolog-portal", "[%s] portal.DEBUG: profile photo uploaded " % ts_monolog(),
              *ser({"user": P(p.username, "other_id"), "mime": "image/jpeg", "bytes": R(20000, 90000),
                    "data": Raw('"data:image/jpeg;base64,', (jpeg_b64(R(180, 360)), "photo"), '"')}, "json"),
              ' {"file":"/var/www/portal/profile/photo.php","line":%d}' % R(30, 90))]


def ev_portal_clean():
    tick()
    c = R(0, 2)
    if c == 0:
        return [L("monolog-portal", "[%s] portal.INFO: session gc removed %d expired sessions [] []" % (ts_monolog(), R(3, 300)))]
    if c == 1:
        return [L("monolog-portal", "[%s] portal.WARNING: SMTP relay slow {\"host\":\"smtp-relay.wvcmhc.internal\",\"ms\":%d,\"from\":\"noreply@wvcmhc.org\"} []" % (ts_monolog(), R(2000, 9000)))]
    return [L("monolog-portal", "[%s] portal.NOTICE: statement batch published {\"batch\":\"STMT-%s\",\"count\":%d,\"support_phone\":\"%s\"} []" % (ts_monolog(), TODAY.strftime("%Y%m"), R(300, 2000), CLINIC_PHONE))]


def ev_roi_ex():
    tick()
    p = pat()
    fx = p.fax
    a, b, c = fx.split("-")
    fxs = pick(["+1 (%s) %s-%s" % (a, b, c), fx, "%s.%s.%s" % (a, b, c)])
    return [ex("info", [("request_id", reqid())], "ROI request %d approved: deliver to client home fax " % R(20000, 30000), (fxs, "fax"),
               " (client ", (p.first + " " + p.last, "name"), ") cover_sheet=standard sender_fax=%s pages=%d" % (CLINIC_FAX, R(2, 40)))]


def ev_tablet_ex():
    tick()
    p = pat()
    return [ex("warning", [], "telehealth kit check failed: tablet imei=", (p.imei, "device"), " serial=", (p.tab_serial, "device"),
               " assigned to mrn=", (p.mrn, "mrn"), " last_seen=%s battery=%d%% mdm_policy=wvc-loaner-v4" % (ts_isoz(now() - timedelta(hours=R(30, 200))), R(0, 40)))]


def ev_voice_struct():
    tick()
    p = pat()
    f = [("__meta__", Raw('#Ecto.Schema.Metadata<:loaded, "voice_enrollments">')), ("id", R(1000, 9999)), ("client_id", p.uuid),
         ("format", "ivec-v3"), ("template", Raw('"', (b64(R(96, 180)), "biometric"), '"')), ("quality", round(random.uniform(0.6, 0.98), 2)),
         ("inserted_at", Raw(naive()))]
    return [ex("debug", [], "voice verification enrollment stored ", ex_struct("Wvcmhc.Telehealth.VoiceEnrollment", f))]


def ev_dosing_fp():
    tick()
    p = pat()
    jid = new_uuid()
    hdr = "[ActiveJob] [Sud::DosingCheckinJob] [%s] " % jid
    tmpl = b64(R(120, 200), b"FMR\x00 20\x00\x00")
    return [rb("INFO", hdr, "Performing Sud::DosingCheckinJob (Job ID: %s) from Sidekiq(sud) with arguments: " % jid,
               *ser({"station": "DOSE-%d" % R(1, 3), "mrn": P(p.mrn, "mrn"), "fingerprint_template": P(tmpl, "biometric"),
                     "match_score": R(40, 99)}, "ruby")),
            rb("INFO", hdr, "Performed Sud::DosingCheckinJob (Job ID: %s) from Sidekiq(sud) in %.2fms" % (jid, random.uniform(20, 400)))]


def ev_outreach_old():
    p = pick(OLD)
    tick()
    tid = sk_tid()
    jid = hexs(24)
    cls = "Outreach::HomeVisitScheduleJob"
    args = [p.uuid, {"client_name": P(p.first + " " + p.last, "name"), "age": P(p.age, "age"), "address": P(p.street, "address"),
                     "city": P(p.city, "address"), "zip": P(p.zip, "zip"), "visit_on": P((TODAY + timedelta(days=R(1, 9))).isoformat(), "date")}]
    out = [sk(tid, cls, jid, "INFO", "start"),
           sk(tid, cls, jid, "INFO", "scheduling geriatric outreach args=", *ser(args, "json"))]
    t0 = now()
    tick(0.1, 3)
    out.append(sk(tid, cls, jid, "INFO", "done", elapsed=(now() - t0).total_seconds() + 0.004))
    return out


# --------------------------------------------------------------------------
# assemble
# --------------------------------------------------------------------------
PHI_EVENTS = [
    (ev_phx_update, 6), (ev_phx_search, 5), (ev_live_intake, 3), (ev_ecto_mrn_lookup, 4), (ev_struct_client, 4),
    (ev_struct_auth, 3), (ev_changeset_err, 3), (ev_genserver_crash, 2), (ev_commitment, 2), (ev_portal_login, 4),
    (ev_telehealth, 3), (ev_sk_eligibility_fail, 2), (ev_sk_ach_fail, 2), (ev_sk_roi_fax_fail, 2), (ev_sk_tablet, 2),
    (ev_sk_voiceprint, 2), (ev_sk_nemt, 2), (ev_activejob_elig, 4), (ev_activejob_uds, 3), (ev_activejob_idv, 3),
    (ev_mailer, 1), (ev_pg_unique, 5), (ev_pg_notnull, 4), (ev_pg_duration, 5), (ev_pg_check, 4), (ev_pg_php_literal, 3),
    (ev_crisis_inbound, 10), (ev_crisis_dispatch, 3), (ev_crisis_webchat, 3), (ev_crisis_ec, 3), (ev_apache_portal, 5),
    (ev_apache_err, 3), (ev_apache_card, 2), (ev_attendance, 3), (ev_state_flat, 2), (ev_state_json, 3),
    (ev_x12_277, 2), (ev_x12_835, 3), (ev_ch_reject, 5), (ev_mbi_dual, 2), (ev_portal_photo, 3), (ev_roi_ex, 3),
    (ev_tablet_ex, 2), (ev_voice_struct, 1), (ev_dosing_fp, 2), (ev_outreach_old, 3),
]
CLEAN_EVENTS = [
    (ev_phx_show_clean, 4), (ev_liveview_clean, 2), (ev_ecto_oban_clean, 3), (ev_ecto_txn_clean, 3), (ev_oban_clean, 5),
    (ev_ex_clean_misc, 7), (ev_sk_clean, 7), (ev_sk_boot_clean, 3), (ev_pg_clean, 14), (ev_crisis_clean, 14),
    (ev_apache_clean, 8), (ev_state_json_clean, 3), (ev_x12_835_clean, 2), (ev_ch_summary_clean, 4), (ev_portal_clean, 4),
]


def wchoice(pool):
    fns = [f for f, _ in pool]
    ws = [w for _, w in pool]
    return random.choices(fns, weights=ws, k=1)[0]


def main():
    lines = []
    clean = 0
    seen = set()
    # make sure every PHI event type appears at least once, in a deterministic shuffled order
    must = [f for f, _ in PHI_EVENTS]
    random.shuffle(must)
    while len(lines) < N_LINES:
        frac_clean = clean / len(lines) if lines else 0.55
        if frac_clean < 0.53:
            use_clean = True
        elif frac_clean > 0.565:
            use_clean = False
        else:
            use_clean = chance(0.42)
        if use_clean:
            fn = wchoice(CLEAN_EVENTS)
        else:
            fn = must.pop() if must else wchoice(PHI_EVENTS)
        seen.add(fn.__name__)
        for ln in fn():
            if len(lines) >= N_LINES:
                break
            lines.append(ln)
            if not ln.spans:
                clean += 1
    out_log = bytearray()
    out_lab = []
    for i, ln in enumerate(lines, 1):
        data = ln.finish()
        out_log += data + b"\n"
        out_lab.append(json.dumps({"line": i, "family": ln.fam,
                                   "spans": [{"s": s, "e": e, "cat": c} for s, e, c in ln.spans]},
                                  ensure_ascii=False))
    assert len(lines) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        fh.write(bytes(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
