#!/usr/bin/env python3
"""Deterministic generator for the `hb` PHI test corpus.

Theme: hospital ChatOps / collaboration bots (Slack Events API, Slack Web API
debug logs, Microsoft Teams Bot Framework activities, PagerDuty v3 webhooks,
Hubot command logs, an OCR whiteboard bot, Mattermost audit logs, structlog
and pino application logs with tracebacks).

Writes hb.log and hb.labels.jsonl next to this file.  Standard library only.
"""
import base64
import datetime
import json
import os
import random

random.seed(20240305)

HERE = os.path.dirname(os.path.abspath(__file__))
ID = "hb"
N_LINES = 500
UTC = datetime.timezone.utc
EST = datetime.timezone(datetime.timedelta(hours=-5), "EST")


# ----------------------------------------------------------------------------
# line builder with byte-offset span recording
# ----------------------------------------------------------------------------
class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []  # (s, e, cat, inserted_bytes)

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, st + len(b), cat, b))
        return self

    def parts(self, parts, esc=None):
        for pt in flatten(parts):
            if isinstance(pt, tuple):
                self.p(esc(pt[0]) if esc else pt[0], pt[1])
            else:
                self.t(esc(pt) if esc else pt)
        return self


def flatten(parts):
    out = []
    for x in parts:
        if isinstance(x, Rich):
            out.extend(x.parts)
        elif isinstance(x, list):
            out.extend(flatten(x))
        elif x == "":
            continue
        else:
            out.append(x)
    return out


class Rich:
    """A string made of plain pieces and (value, category) PHI pieces."""

    def __init__(self, parts):
        self.parts = flatten(parts)

    def plain(self):
        return "".join(p[0] if isinstance(p, tuple) else p for p in self.parts)


def R(*parts):
    return Rich(list(parts))


class Num:
    def __init__(self, v, cat=None):
        self.v = v
        self.cat = cat


def joined(parts):
    return "".join(p[0] if isinstance(p, tuple) else p for p in flatten(parts))


def has_phi(parts):
    return any(isinstance(p, tuple) for p in flatten(parts))


# ----------------------------------------------------------------------------
# JSON / Python-repr emitters (escape piecewise, so spans cover escaped bytes)
# ----------------------------------------------------------------------------
class JS:
    def __init__(self, ascii=False, slash=False, item=",", kv=":"):
        self.ascii, self.slash, self.item, self.kv = ascii, slash, item, kv


COMPACT = JS()
PYJSON = JS(ascii=True, item=", ", kv=": ")
SLACKRAW = JS(ascii=True, slash=True)


def jesc(s, st):
    r = json.dumps(s, ensure_ascii=st.ascii)[1:-1]
    if st.slash:
        r = r.replace("/", "\\/")
    return r


def emit_json(ln, v, st):
    if isinstance(v, Rich):
        ln.t('"')
        for pt in v.parts:
            if isinstance(pt, tuple):
                ln.p(jesc(pt[0], st), pt[1])
            else:
                ln.t(jesc(pt, st))
        ln.t('"')
    elif isinstance(v, Num):
        if v.cat:
            ln.p(json.dumps(v.v), v.cat)
        else:
            ln.t(json.dumps(v.v))
    elif v is None or isinstance(v, bool) or isinstance(v, (int, float)):
        ln.t(json.dumps(v))
    elif isinstance(v, str):
        ln.t('"' + jesc(v, st) + '"')
    elif isinstance(v, dict):
        ln.t("{")
        for i, (k, val) in enumerate(v.items()):
            if i:
                ln.t(st.item)
            ln.t('"' + jesc(k, st) + '"' + st.kv)
            emit_json(ln, val, st)
        ln.t("}")
    elif isinstance(v, list):
        ln.t("[")
        for i, val in enumerate(v):
            if i:
                ln.t(st.item)
            emit_json(ln, val, st)
        ln.t("]")
    else:
        raise TypeError(type(v))


def repr_quote(text):
    return '"' if ("'" in text and '"' not in text) else "'"


def repr_piece(s, q):
    s = s.replace("\\", "\\\\").replace(q, "\\" + q)
    return s.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")


def emit_repr_str(ln, parts):
    parts = flatten(parts)
    text = joined(parts)
    q = repr_quote(text)
    start = len(ln.buf)
    ln.t(q)
    for pt in parts:
        if isinstance(pt, tuple):
            ln.p(repr_piece(pt[0], q), pt[1])
        else:
            ln.t(repr_piece(pt, q))
    ln.t(q)
    assert bytes(ln.buf[start:]).decode() == repr(text), (bytes(ln.buf[start:]), repr(text))


def repr_parts(parts):
    """Python repr() of a rich string, as a list of parts (quote choice over the whole)."""
    parts = flatten(parts)
    q = repr_quote(joined(parts))
    out = [q]
    for pt in parts:
        out.append((repr_piece(pt[0], q), pt[1]) if isinstance(pt, tuple) else repr_piece(pt, q))
    out.append(q)
    assert joined(out) == repr(joined(parts))
    return out


def emit_repr(ln, v):
    if isinstance(v, Rich):
        emit_repr_str(ln, v.parts)
    elif isinstance(v, Num):
        if v.cat:
            ln.p(repr(v.v), v.cat)
        else:
            ln.t(repr(v.v))
    elif isinstance(v, str):
        ln.t(repr(v))
    elif v is None or isinstance(v, (bool, int, float)):
        ln.t(repr(v))
    elif isinstance(v, dict):
        ln.t("{")
        for i, (k, val) in enumerate(v.items()):
            if i:
                ln.t(", ")
            ln.t(repr(k) + ": ")
            emit_repr(ln, val)
        ln.t("}")
    elif isinstance(v, list):
        ln.t("[")
        for i, val in enumerate(v):
            if i:
                ln.t(", ")
            emit_repr(ln, val)
        ln.t("]")
    else:
        raise TypeError(type(v))


# ----------------------------------------------------------------------------
# random helpers
# ----------------------------------------------------------------------------
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
UPD = UP + "0123456789"
HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
MMID = "ybndrfg8ejkmcpqxot1uwisza345h769"


def rs(alpha, n):
    return "".join(random.choice(alpha) for _ in range(n))


def digits(n):
    return rs("0123456789", n)


def uuid4():
    h = rs(HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], random.choice("89ab"), h[17:20], h[20:32])


def slack_id(prefix):
    return prefix + "0" + random.choice("2345678") + rs(UPD, 8)


def mm_id():
    return rs(MMID, 26)


def pick(seq):
    return random.choice(seq)


# ----------------------------------------------------------------------------
# check-digit algorithms
# ----------------------------------------------------------------------------
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


VIN_VAL = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
VIN_ALPHA = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"


def vin_check(v):
    s = 0
    for ch, w in zip(v, VIN_W):
        s += (int(ch) if ch.isdigit() else VIN_VAL[ch]) * w
    r = s % 11
    return "X" if r == 10 else str(r)


def make_vin():
    wmi = pick(["1HG", "1FT", "2T1", "5YJ", "1G1", "JTD", "3FA", "KMH", "1C4", "WBA"])
    vds = rs(VIN_ALPHA, 5)
    year = pick("FGHJKLMNPR")
    plant = rs(VIN_ALPHA, 1)
    serial = digits(6)
    v = wmi + vds + "0" + year + plant + serial
    return v[:8] + vin_check(v) + v[9:]


def gs1_digit(d):
    s = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(d)))
    return str((10 - s % 10) % 10)


def make_nhs():
    while True:
        d = digits(9)
        if d[0] == "0":
            continue
        s = sum(int(c) * w for c, w in zip(d, range(10, 1, -1)))
        chk = 11 - s % 11
        if chk == 11:
            chk = 0
        if chk == 10:
            continue
        n = d + str(chk)
        return "%s %s %s" % (n[:3], n[3:6], n[6:])


def make_iban_de():
    bban = digits(8) + digits(10)
    num = int(bban + "131400")
    cc = 98 - num % 97
    raw = "DE%02d%s" % (cc, bban)
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def make_mbi():
    c = [pick("123456789"), pick(MBI_A), pick(MBI_AN), pick("0123456789"), pick(MBI_A), pick(MBI_AN),
         pick("0123456789"), pick(MBI_A), pick(MBI_A), pick("0123456789"), pick("0123456789")]
    return "".join(c)


def make_ssn():
    while True:
        a = random.randint(101, 899)
        if a == 666:
            continue
        return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def make_card():
    payload = pick(["4", "4", "51", "53", "37"])
    ln_ = 15 if payload == "37" else 16
    payload = payload + digits(ln_ - 1 - len(payload))
    n = payload + luhn_digit(payload)
    assert luhn_ok(n)
    return n


def make_imei():
    tac = pick(["35391110", "35328911", "86769204", "35848210", "35290611"])
    body = tac + digits(6)
    return body + luhn_digit(body)


def b64_blob(nbytes, prefix=b""):
    raw = prefix + bytes(random.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


JPEG_HDR = bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300")


def jpeg_data_uri():
    raw = JPEG_HDR + bytes(random.getrandbits(8) for _ in range(random.randint(420, 700))) + b"\xff\xd9"
    return "data:image/jpeg;base64," + base64.b64encode(raw).decode()


# ----------------------------------------------------------------------------
# clock
# ----------------------------------------------------------------------------
CLOCK = [datetime.datetime(2024, 3, 5, 11, 2, 17, 418000, tzinfo=UTC)]


def tick(a=0.05, b=3.0):
    CLOCK[0] = CLOCK[0] + datetime.timedelta(microseconds=int(random.uniform(a, b) * 1000000) + random.randint(0, 999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def t_iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def t_iso_us(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def t_local_ms(t):
    lt = t.astimezone(EST)
    return lt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % (lt.microsecond // 1000)


def t_pylog(t):
    lt = t.astimezone(EST)
    return lt.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (lt.microsecond // 1000)


def t_hubot(t):
    lt = t.astimezone(EST)
    return lt.strftime("%a %b %d %Y %H:%M:%S") + " GMT-0500 (Eastern Standard Time)"


def t_mm(t):
    lt = t.astimezone(EST)
    return lt.strftime("%Y-%m-%d %H:%M:%S.") + "%03d -05:00" % (lt.microsecond // 1000)


def t_epoch_ms(t):
    return int(t.timestamp() * 1000)


def slack_ts(t):
    return "%d.%06d" % (int(t.timestamp()), random.randint(100, 999999))


# ----------------------------------------------------------------------------
# organisation: staff (never PHI), channels, hosts
# ----------------------------------------------------------------------------
STAFF_RAW = [
    ("Adaeze", "Okafor", "MD", "aokafor"), ("Priya", "Raman", "RN", "priya.raman"),
    ("Erik", "Lindqvist", "MD", "elindqvist"), ("Hiroshi", "Tanaka", "PharmD", "htanaka"),
    ("Fatima", "Al-Sayed", "RN", "falsayed"), ("Carlos", "Mendoza", "RN", "cmendoza"),
    ("Grace", "Oyelaran", "NP", "goyelaran"), ("Mei-Ling", "Chen", "", "mchen"),
    ("Rafael", "Duarte", "", "rduarte"), ("Sunita", "Bhattacharya", "MD", "sbhattacharya"),
    ("Liam", "Byrne", "RRT", "lbyrne"), ("Ana", "Petrović", "RN", "apetrovic"),
    ("Tobias", "Engel", "MD", "tengel"), ("Keisha", "Thompson", "CNA", "kthompson"),
    ("Olusegun", "Adeyemi", "MD", "oadeyemi"), ("Hanna", "Virtanen", "RN", "hvirtanen"),
]


class Staff:
    pass


STAFF = []
for f, l, cred, h in STAFF_RAW:
    s = Staff()
    s.first, s.last, s.cred, s.handle = f, l, cred, h
    s.full = f + " " + l
    s.disp = ("Dr. " + l) if cred == "MD" else (f + " " + l + ((", " + cred) if cred else ""))
    s.slack = slack_id("U")
    s.teams = "29:1" + rs(B64[:62] + "-_", 43)
    s.aad = uuid4()
    s.mm = mm_id()
    s.email = h.replace(".", "_") + "@mvmc-health.org" if random.random() < 0.5 else h + "@mvmc-health.org"
    s.pd = "P" + rs(UPD, 6)
    STAFF.append(s)
DOCS = [s for s in STAFF if s.cred == "MD"]
NURSES = [s for s in STAFF if s.cred in ("RN", "NP", "CNA")]

SLACK_TEAM = "T02MVMC7Q1B"
SLACK_APP = "A05RNDB0T42"
SLACK_BOT_USER = "U05RNDB0TUS"
SLACK_CHANNELS = {}
for name in ["4b-charge", "rrt-alerts", "cvicu-rounds", "pharmacy-questions", "bed-board",
             "5w-nursing", "it-clinical-apps", "sw-case-mgmt", "ed-flow", "security-dispatch"]:
    SLACK_CHANNELS[name] = slack_id("C")
CHAN_NAMES = list(SLACK_CHANNELS)

TEAMS_TENANT = uuid4()
TEAMS_APP = "28:" + uuid4()
TEAMS_CHANNELS = ["19:%s@thread.tacv2" % rs(HEX, 32) for _ in range(5)]
TEAMS_TEAM = "19:%s@thread.tacv2" % rs(HEX, 32)

MM_CHANNELS = [mm_id() for _ in range(6)]
MM_TEAM = mm_id()
MM_CLUSTER = rs(MMID, 26)

PD_SERVICES = [("P" + rs(UPD, 6), n) for n in ["Rapid Response - Main", "Clinical Integration (HL7/FHIR)",
                                               "Nursing Escalation 4B", "Pharmacy Automation", "Sepsis Alerts",
                                               "Security Dispatch"]]
PD_EP = [("P" + rs(UPD, 6), n) for n in ["RRT Primary", "Clinical Apps On-Call", "House Supervisor"]]
PD_TEAM = ("P" + rs(UPD, 6), "MVMC Clinical Ops")

UNITS = ["4B", "5W", "3E", "6C", "MICU", "CVICU", "7N", "ED"]


def room():
    u = pick(UNITS)
    return "%s-%02d" % (u, random.randint(1, 32))


# ----------------------------------------------------------------------------
# synthetic patients
# ----------------------------------------------------------------------------
PT_RAW = [
    ("Jan", "Kowalski", "M", 78), ("Adaora", "Nwosu", "F", 54), ("Lan", "Nguyễn", "F", 67),
    ("José Luis", "Ramírez", "M", 61), ("Siobhan", "Gallagher", "F", 43), ("Rajesh", "Venkataraman", "M", 72),
    ("Yusuf", "Haddad", "M", 38), ("Min-jun", "Park", "M", 29), ("Hodan", "Warsame", "F", 33),
    ("Giuseppina", "Russo", "F", 90), ("Oksana", "Kovalenko", "F", 58), ("Marites", "Dela Cruz", "F", 66),
    ("Jean-Baptiste", "Pierre-Louis", "M", 70), ("Eleni", "Papadopoulou", "F", 81), ("Søren", "Halvorsen", "M", 64),
    ("Zoë", "Whitfield", "F", 24), ("Dmitri", "Volkov", "M", 62), ("Thomas", "O'Brien", "M", 85),
    ("Beatriz", "Gonçalves", "F", 47), ("Kwame", "Asante", "M", 56), ("Ingrid", "Müller", "F", 88),
    ("Harold", "Jenkins", "M", 97), ("Dorothy", "Abernathy", "F", 91), ("Ruth", "Goldberg", "F", 94),
    ("Kalani", "Kahananui", "M", 51), ("Aisha", "Rahman", "F", 36), ("Mateo", "Fernández", "M", 19),
    ("Fiona", "MacLeod", "F", 71),
]
STREETS = ["Maplewood Ave", "N Main St", "Brandt Pike", "Shroyer Rd", "Wayne Ave", "Salem Ave", "Far Hills Ave",
           "Linden Ave", "Huffman Ave", "Catalpa Dr", "Kitridge Rd", "Old Troy Pike", "Woodman Dr", "Smithville Rd",
           "Patterson Rd", "Wilmington Pike", "E Stroop Rd", "Alex-Bell Rd"]
CITIES = [("Dayton", "OH", "454"), ("Kettering", "OH", "454"), ("Huber Heights", "OH", "454"),
          ("Beavercreek", "OH", "454"), ("Xenia", "OH", "453"), ("Miamisburg", "OH", "453"),
          ("Fairborn", "OH", "453"), ("Centerville", "OH", "454"), ("Trotwood", "OH", "454"),
          ("Vandalia", "OH", "453"), ("Richmond", "IN", "473"), ("Springfield", "OH", "455")]
AREA = ["937", "937", "937", "513", "614", "765", "419"]
PAYERS = [("Anthem BCBS", "XEH"), ("Aetna", "W"), ("UnitedHealthcare", ""), ("CareSource Medicaid", ""),
          ("Humana Gold Plus", "H"), ("Medical Mutual", "MM")]
DX = ["CHF exacerbation", "NSTEMI", "COPD exac", "sepsis ?UTI", "DKA", "UGIB", "L MCA CVA", "CAP", "AKI on CKD3",
      "SBO", "afib RVR", "cellulitis LLE", "hip fx", "syncope"]
PROCS = ["CABG x3", "TAVR", "lap chole", "ORIF L hip", "R TKA", "EVAR", "ex-lap", "PCI to LAD", "cysto/stent",
         "L fem-pop bypass"]
RELS = [("wife", "F"), ("husband", "M"), ("daughter", "F"), ("son", "M"), ("sister", "F"), ("niece", "F"),
        ("brother", "M")]
FIRST_F = ["Marta", "Chioma", "Thu", "Lucia", "Aoife", "Lakshmi", "Leila", "Ji-woo", "Ifrah", "Rosa", "Nadia",
           "Maricel", "Roseline", "Katerina", "Astrid", "Emily", "Irina", "Maeve", "Ana Clara", "Efua", "Heike",
           "Linda", "Carol", "Miriam", "Leilani", "Farhana", "Valentina", "Morag"]
FIRST_M = ["Piotr", "Emeka", "Minh", "Alejandro", "Declan", "Arjun", "Omar", "Seo-jun", "Abdi", "Marco", "Taras",
           "Jomar", "Wilner", "Nikos", "Anders", "Ryan", "Sergei", "Patrick", "Rafael", "Kofi", "Jürgen", "Gary",
           "Steven", "David", "Keoni", "Imran", "Diego", "Callum"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "att.net", "hotmail.com",
             "proton.me", "sbcglobal.net"]
PUB_NETS = ["24.", "66.", "68.", "70.", "73.", "76.", "98.", "99.", "107.", "108.", "174.", "184."]
ASCII_MAP = str.maketrans({"ễ": "e", "í": "i", "ø": "o", "ë": "e", "ç": "c", "ü": "u", "á": "a", "é": "e", "'": "",
                           " ": "", "-": ""})


def phone10():
    return pick(AREA) + pick(["555", "555", "555"]) + "01" + digits(2) if random.random() < 0.7 else \
        pick(AREA) + str(random.randint(2, 9)) + digits(2) + str(random.randint(2, 9)) + digits(3)


def fmt_phone(p10, style=None):
    style = style or pick(["paren", "dash", "dash", "dot", "plus", "plain"])
    a, b, c = p10[:3], p10[3:6], p10[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c), "dot": "%s.%s.%s" % (a, b, c),
            "plus": "+1 %s %s %s" % (a, b, c), "plain": p10, "e164": "+1" + p10}[style]


class Patient:
    pass


PATIENTS = []
used_rooms = set()
used_mrn = set()
for i, (f, l, sx, age) in enumerate(PT_RAW):
    p = Patient()
    p.first, p.last, p.sex, p.age = f, l, sx, age
    mo, dd = random.randint(1, 12), random.randint(1, 28)
    yr = 2024 - age - (1 if (mo, dd) > (3, 5) else 0)
    p.dob = datetime.date(yr, mo, dd)
    while True:
        m = "00" + str(random.randint(100000, 999999))
        if m not in used_mrn:
            used_mrn.add(m)
            break
    p.mrn = m
    while True:
        m2 = "00" + str(random.randint(100000, 999999))
        if m2 not in used_mrn:
            used_mrn.add(m2)
            break
    p.mrn2 = m2
    while True:
        r = room()
        if r not in used_rooms:
            used_rooms.add(r)
            break
    p.room = r
    p.phone = phone10()
    p.street = "%d %s" % (random.randint(12, 9899), pick(STREETS))
    p.city, p.state, zp = pick(CITIES)
    p.zip = zp + digits(2)
    p.ssn = make_ssn()
    a = l.lower().translate(ASCII_MAP)
    b = f.lower().translate(ASCII_MAP)
    p.email = pick([b + "." + a, b[0] + a + str(yr % 100), a + b[0] + digits(2), b + "_" + a + str(random.randint(1, 99))]) \
        + "@" + pick(EMAIL_DOM)
    p.username = pick([b[0] + a + str(yr % 100), b + a[0] + digits(3), a + "." + b])
    p.mbi = make_mbi()
    payer, pre = pick(PAYERS)
    if age >= 65 and random.random() < 0.6:
        payer, pre = "Medicare A/B", ""
    p.payer = payer
    p.member = pre + digits(9) + ("01" if payer == "UnitedHealthcare" else "") if payer != "Medicare A/B" else p.mbi
    p.group = str(random.randint(100000, 9999999)).zfill(7)
    rel, rsex = pick(RELS)
    cf = pick(FIRST_F if rsex == "F" else FIRST_M)
    p.c_rel = rel
    p.c_name = cf + " " + (l if random.random() < 0.7 else pick(["Stevens", "Okeke", "Tran", "Ortiz", "Bauer", "Kim"]))
    p.c_phone = phone10()
    p.dx = pick(DX)
    p.proc = pick(PROCS)
    p.ppm_vendor, p.ppm_sn = pick([("Medtronic", lambda: "RNB" + digits(6) + "S"),
                                   ("Abbott", lambda: digits(7)),
                                   ("Boston Sci", lambda: digits(6)),
                                   ("Biotronik", lambda: digits(8))])
    p.ppm_sn = p.ppm_sn()
    p.pump_sn = "NG" + digits(7) + "H"
    p.imei = make_imei()
    p.cuff_sn = "A" + digits(2) + rs(UPD, 2) + digits(6)
    p.plate = rs("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + " " + digits(4)
    p.vin = make_vin()
    p.dl = rs(UP, 2) + digits(6)
    p.card = make_card()
    p.har = "77" + digits(8)
    p.aps = "2024-%06d" % random.randint(1000, 219999)
    p.kit = "KT-" + rs(UPD, 4) + "-" + digits(5)
    p.ip = pick(PUB_NETS) + ".".join(str(random.randint(1, 254)) for _ in range(3))
    p.mac = ":".join(rs("0123456789ABCDEF", 2) for _ in range(6))
    slug = (b + a) if random.random() < 0.5 else (b + "-" + a)
    p.url = pick(["https://www.caringbridge.org/visit/" + slug, "https://www.gofundme.com/f/help-" + b + "-" + a + "-recover",
                  "https://www.caringbridge.org/site/" + slug + str(random.randint(2, 9))])
    p.fax = phone10()
    p.adm = datetime.date(2024, pick([2, 3]), 1) + datetime.timedelta(days=random.randint(0, 3))
    if p.adm.month == 2:
        p.adm = datetime.date(2024, 2, random.randint(24, 29))
    p.appt = datetime.date(2024, 3, random.randint(12, 29)) + datetime.timedelta(days=random.randint(0, 20))
    p.nhs = make_nhs() if l in ("MacLeod",) else None
    p.iban = make_iban_de() if l in ("Müller",) else None
    gtin = "0" + pick(["0643169", "0884521", "0763000"]) + digits(5)
    p.udi = "(01)" + gtin + gs1_digit(gtin) + "(17)" + pick(["270131", "281130", "260630"]) + "(21)" + p.ppm_sn
    p.palm = b64_blob(random.randint(300, 420))
    PATIENTS.append(p)

PT_W = [1.0 / (i + 1) ** 0.55 for i in range(len(PATIENTS))]
random.shuffle(PT_W)


def pt():
    return random.choices(PATIENTS, weights=PT_W)[0]


# ----------------------------------------------------------------------------
# PHI part helpers
# ----------------------------------------------------------------------------
def nm(p, style=None):
    style = style or pick(["first_li", "last_first", "LAST_FIRST", "first_last", "title_last", "last"])
    if style == "first_li":
        return [(p.first + " " + p.last[0], "name")]
    if style == "last_first":
        return [(p.last + ", " + p.first, "name")]
    if style == "LAST_FIRST":
        return [(p.last.upper() + ", " + p.first.upper(), "name")]
    if style == "LAST_fi":
        return [(p.last.upper() + " " + p.first[0], "name")]
    if style == "first_last":
        return [(p.first + " " + p.last, "name")]
    if style == "title_last":
        return [("Mr. " if p.sex == "M" else "Ms. "), (p.last, "name")]
    if style == "last":
        return [(p.last, "name")]
    raise ValueError(style)


def age_sex(p):
    if p.age > 89:
        return [(str(p.age), "age"), p.sex]
    return [str(p.age) + p.sex]


def fdate(d, style=None):
    style = style or pick(["us", "iso", "us_short", "dmy", "us2"])
    if style == "us":
        return "%02d/%02d/%d" % (d.month, d.day, d.year)
    if style == "us2":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "iso":
        return d.isoformat()
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "dmy":
        return "%d %s %d" % (d.day, d.strftime("%b"), d.year)
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    raise ValueError(style)


def dob(p, style=None):
    return (fdate(p.dob, style), "date")


def mrn(p, style=None):
    style = style or pick(["MRN ", "MRN ", "MRN# ", "mrn ", "MRN: "])
    v = p.mrn if random.random() < 0.8 else p.mrn.lstrip("0")
    return [style, (v, "mrn")]


def staff_ref(slack=True):
    s = pick(STAFF)
    return s


def hhmm():
    return "%02d%02d" % (random.randint(0, 23), pick([0, 0, 15, 30, 45]))


EVENTS = ["SBP 80s, bolused 500 mL", "new afib RVR 140s", "c/o CP 6/10, EKG done", "pulled PIV again",
          "desat to 86% on 2L, now 4L NC", "K 5.9, repeat pending", "more confused tonight, CAM+",
          "UOP 15 mL/hr x3h", "Hgb 6.8, 1u PRBC consented", "refusing meds, wants to leave AMA",
          "temp 38.9, cultures sent", "BG 42, D50 given"]


def pt_msg(p, kind=None):
    kinds = ["room", "checkon", "admit", "family", "addr", "dob", "age", "email", "ins", "device", "plate",
             "vin", "aps", "url", "ssn", "appt", "adm", "dl", "user", "imei", "card", "acct", "phone", "fax",
             "merge", "kit", "tod", "pump"]
    if kind is None and random.random() < 0.25:
        kind = pick(["ssn", "dl", "card", "acct", "email", "url", "vin", "plate", "fax", "imei", "aps", "kit", "user",
                     "ins"])
    k = kind or pick(kinds + ["room", "admit", "family", "age", "ssn", "dl", "email", "ins", "url", "vin"])
    if k == "age" and p.age <= 89:
        k = "room"
    s = pick(STAFF)
    if k == "room":
        return ["pt in ", p.room, " ", nm(p, "first_li"), " ", age_sex(p), " s/p ", p.proc, ", ", pick(EVENTS)]
    if k == "checkon":
        return ["can someone check on ", nm(p, "last_first"), " ", mrn(p), " in ", p.room,
                "? family asking about d/c time"]
    if k == "admit":
        return ["new admit ", p.room, ": ", nm(p, "LAST_FIRST"), ", DOB ", dob(p), ", ", mrn(p, "MRN "), ", ",
                p.dx, ". ", pick(DOCS).disp, " is attending"]
    if k == "family":
        return [nm(p, "last"), " (", p.room, ") ", p.c_rel, " ", (p.c_name, "name"), " called again, cb ",
                (fmt_phone(p.c_phone), "phone")]
    if k == "addr":
        return ["pt ", nm(p, "first_last"), " says home address in Epic is old, new one: ", (p.street, "address"),
                ", ", (p.city, "address"), ", ", p.state, " ", (p.zip, "zip"), " pls update before d/c"]
    if k == "dob":
        return ["DOB ", dob(p), " ", mrn(p), " pre-op checklist missing H&P, OR at ", hhmm()]
    if k == "age":
        return [(str(p.age), "age"), "yo ", p.sex, " in ", p.room, ", ", nm(p, "title_last"),
                ", unwitnessed fall overnight, no LOC, CT head neg"]
    if k == "email":
        return ["portal invite for ", nm(p, "first_last"), " bounced, email on file ", (p.email, "email"),
                " - can registration fix?"]
    if k == "ins":
        if p.payer == "Medicare A/B":
            return ["ins check ", nm(p, "last_first"), ": Medicare A/B, MBI ",
                    (p.mbi if random.random() < 0.5 else p.mbi[:4] + "-" + p.mbi[4:7] + "-" + p.mbi[7:], "health_plan"),
                    ", no secondary on file"]
        return ["ins check ", nm(p, "last_first"), ": ", p.payer, " member ID ", (p.member, "health_plan"),
                " grp ", p.group, ", auth pending for SNF"]
    if k == "device":
        return [nm(p, "first_li"), " ", p.room, " has ", p.ppm_vendor, " PPM, SN ", (p.ppm_sn, "device"),
                ", needs interrogation before MRI"]
    if k == "pump":
        return [nm(p, "last_first"), " insulin pump SN ", (p.pump_sn, "device"),
                " - pt wants to keep it on, endo consult placed"]
    if k == "plate":
        return ["car blocking ambulance bay belongs to pt ", nm(p, "last"), "'s son, ",
                pick(["silver", "black", "white", "red"]), " ", pick(["Camry", "F-150", "CR-V", "Malibu", "Altima"]),
                " plate ", (p.plate, "vehicle"), " OH"]
    if k == "vin":
        return ["valet: keys for pt ", nm(p, "last_first"), " at front desk, tow release needs VIN ",
                (p.vin, "vehicle")]
    if k == "aps":
        return ["SW: APS case #", (p.aps, "other_id"), " opened for ", nm(p, "first_last"),
                ", pls don't d/c home w/o SW clearance"]
    if k == "url":
        return ["family set up a page for ", nm(p, "first_last"), " ", (p.url, "url"),
                " - reminder: no pt updates from staff there"]
    if k == "ssn":
        return ["registration: SSN on facesheet ", (p.ssn if random.random() < 0.8 else p.ssn.replace("-", ""), "ssn"),
                " doesn't match ins card for ", mrn(p, "MRN ")]
    if k == "appt":
        return ["f/u cards appt for ", nm(p, "last"), " booked ", (fdate(p.appt, pick(["md", "us", "iso"])), "date"),
                " @ 1030 w/ ", pick(DOCS).disp]
    if k == "adm":
        return [nm(p, "last_first"), " admitted ", (fdate(p.adm, pick(["md", "us", "iso"])), "date"),
                ", LOS ", str(random.randint(3, 14)), "d, CM asking about SNF placement"]
    if k == "dl":
        return ["reg scanned DL ", (p.dl, "license"), " (", p.state, ") for ", nm(p, "first_last"),
                " - photo doesn't match, pls verify at bedside"]
    if k == "user":
        return ["portal user ", (p.username, "other_id"), " locked out again (pt ", nm(p, "last"), "), reset link sent"]
    if k == "imei":
        return ["RPM kit for ", nm(p, "first_li"), ": phone IMEI ", (p.imei, "device"), " paired, BP cuff SN ",
                (p.cuff_sn, "device")]
    if k == "card":
        c = p.card
        if random.random() < 0.5 and len(c) == 16:
            c = " ".join(c[i:i + 4] for i in range(0, 16, 4))
        return ["billing: pt's ", p.c_rel, " read card ", (c, "account"),
                " exp 09/27 over the phone - pls DON'T paste card numbers here"]
    if k == "acct":
        return ["HAR acct ", (p.har, "account"), " for ", nm(p, "last_first"), " shows self-pay, fin counselor pls"]
    if k == "phone":
        return ["pt ", nm(p, "first_last"), " wants callback at ", (fmt_phone(p.phone), "phone"), " re: path results"]
    if k == "fax":
        return ["pt asked us to fax d/c summary to home fax ", (fmt_phone(p.fax), "fax"), ", ROI signed, ",
                mrn(p, "MRN ")]
    if k == "merge":
        return ["dup chart? MRN ", (p.mrn, "mrn"), " and ", (p.mrn2, "mrn"), " both ", nm(p, "LAST_FIRST"),
                " DOB ", dob(p), " - HIM pls merge"]
    if k == "kit":
        return ["genetics: saliva kit ", (p.kit, "other_id"), " for ", nm(p, "last_first"), " shipped via FedEx"]
    if k == "tod":
        return ["RIP ", nm(p, "first_li"), " ", p.room, ", TOD ", (fdate(now().astimezone(EST).date(), "md"), "date"),
                " ", hhmm(), ", family at bedside, ", pick(DOCS).disp, " notified"]
    raise ValueError(k)


def chatter():
    s = pick(STAFF)
    c = random.randint(0, 23)
    u = pick(UNITS)
    if c == 0:
        return "Pyxis on %s down again, ServiceNow INC%07d opened" % (u, random.randint(100000, 9999999))
    if c == 1:
        return "can someone cover 1900-0700 on 3/%d? will swap w/ %s" % (random.randint(6, 30), s.first)
    if c == 2:
        return "RRT called to %s, resolved, pt stable, stays on unit" % room()
    if c == 3:
        return "%s needs EVS, pt d/c'd at %s" % (room(), hhmm())
    if c == 4:
        return "bed %s clean & ready, transport ticket TR-%05d" % (room(), random.randint(1000, 99999))
    if c == 5:
        return "Epic downtime 3/%d 0200-0400, downtime binders at each nurses station" % random.randint(9, 23)
    if c == 6:
        return "reminder: safety huddle at %s in conf rm %d.%03d" % (hhmm(), random.randint(1, 7), random.randint(100, 240))
    if c == 7:
        return "heparin nomogram v%d.%d is live: https://intranet.mvmc-health.org/policies/PH-%03d" % (
            random.randint(2, 5), random.randint(0, 9), random.randint(100, 400))
    if c == 8:
        return "lab courier pickup moved to %s, UPS 1Z%s" % (hhmm(), rs(UPD, 16))
    if c == 9:
        return "who has the cards pager tonight? switchboard is (937) 555-0100, ask for the fellow"
    if c == 10:
        return "FYI K+ > 6.0 critical values now page the covering resident directly"
    if c == 11:
        return "order #%d stuck in Rx verify queue for %d min" % (random.randint(10000000, 99999999), random.randint(20, 90))
    if c == 12:
        return "census %s: %d pts, %d pending admits, %d d/c orders" % (u, random.randint(18, 32), random.randint(0, 6), random.randint(0, 8))
    if c == 13:
        return "Vocera badges rebooting at %s, charge phone is x%d" % (hhmm(), random.randint(4000, 4999))
    if c == 14:
        return "thanks %s :pray: you saved my shift" % s.first
    if c == 15:
        return "MRN field on the transfer form says 'invalid format' again - INC%07d" % random.randint(100000, 9999999)
    if c == 16:
        return "PACS slow again, CT loads > %ds" % random.randint(20, 90)
    if c == 17:
        return "glucometer SN %s failing QC on %s, swapped w/ spare from 3E" % ("GM" + digits(7), u)
    if c == 18:
        return "mock code at %s on %s, crash cart #%d will be used" % (hhmm(), u, random.randint(1, 14))
    if c == 19:
        return "printer %s-PRN-%02d (10.44.%d.%d) jammed, labels printing on 3E instead" % (
            u, random.randint(1, 9), random.randint(1, 60), random.randint(2, 250))
    if c == 20:
        return "flu & COVID boosters in cafeteria until 3/%d, bring badge" % random.randint(10, 29)
    if c == 21:
        return "%s is covering for %s until 1900" % (pick(DOCS).disp, pick(DOCS).disp)
    if c == 22:
        return "IV pump library update %s.%d pushed to all Alaris on %s" % (random.randint(10, 14), random.randint(1, 9), u)
    return "code blue %s - team at bedside, nobody else come pls" % room()


# ----------------------------------------------------------------------------
# family: Slack Events API payloads (raw request bodies) + slack_sdk debug log
# ----------------------------------------------------------------------------
EMOJIS = [("rotating_light", "1f6a8"), ("warning", "26a0-fe0f"), ("eyes", "1f440"), ("pray", "1f64f"),
          ("hospital", "1f3e5"), ("ambulance", "1f691")]


def html_esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_text_and_blocks(body, mention=None, emoji=None):
    body = flatten(body)
    text = []
    if mention:
        text.append("<@%s> " % mention)
    if emoji:
        text.append(":%s: " % emoji[0])
    for pt in body:
        if isinstance(pt, tuple) and pt[1] == "url":
            text += ["<", pt, ">"]
        elif isinstance(pt, tuple):
            text.append(pt)
        else:
            text.append(html_esc(pt))
    elems = []
    lead = ""
    if mention:
        elems.append({"type": "user", "user_id": mention})
        lead = " "
    if emoji:
        if lead:
            elems.append({"type": "text", "text": lead})
        elems.append({"type": "emoji", "name": emoji[0], "unicode": emoji[1]})
        lead = " "
    run = [lead] if lead else []
    for pt in body:
        if isinstance(pt, tuple) and pt[1] == "url":
            if run:
                elems.append({"type": "text", "text": R(*run)})
                run = []
            elems.append({"type": "link", "url": R(pt)})
        else:
            run.append(pt)
    if run:
        elems.append({"type": "text", "text": R(*run)})
    blocks = [{"type": "rich_text", "block_id": rs(B64[:62], random.randint(3, 5)),
               "elements": [{"type": "rich_text_section", "elements": elems}]}]
    return R(*text), blocks


def slack_envelope(event, etype_top="event_callback"):
    return {
        "token": rs(B64[:62], 24), "team_id": SLACK_TEAM, "context_team_id": SLACK_TEAM,
        "context_enterprise_id": None, "api_app_id": SLACK_APP, "event": event, "type": etype_top,
        "event_id": "Ev0" + rs(UPD, 9), "event_time": int(now().timestamp()),
        "authorizations": [{"enterprise_id": None, "team_id": SLACK_TEAM, "user_id": SLACK_BOT_USER,
                            "is_bot": True, "is_enterprise_install": False}],
        "is_ext_shared_channel": False,
        "event_context": "4-" + base64.urlsafe_b64encode(json.dumps(
            {"et": event.get("type", "message"), "tid": SLACK_TEAM, "aid": SLACK_APP,
             "cid": event.get("channel", "")}, separators=(",", ":")).encode()).decode().rstrip("="),
    }


def slack_msg_line(body, app_mention=None):
    t = tick(2, 90)
    s = pick(STAFF)
    ch = pick(CHAN_NAMES)
    mention = SLACK_BOT_USER if app_mention else (pick(STAFF).slack if random.random() < 0.3 else None)
    emoji = pick(EMOJIS) if random.random() < 0.25 else None
    text, blocks = slack_text_and_blocks(body, mention, emoji)
    ts = slack_ts(t)
    ev = {"client_msg_id": uuid4(), "type": "app_mention" if app_mention else "message", "text": text,
          "user": s.slack, "ts": ts, "blocks": blocks, "team": SLACK_TEAM}
    if random.random() < 0.3:
        ev["thread_ts"] = slack_ts(t - datetime.timedelta(minutes=random.randint(2, 50)))
        ev["parent_user_id"] = pick(STAFF).slack
    ev["channel"] = SLACK_CHANNELS[ch]
    ev["event_ts"] = ts
    if not app_mention:
        ev["channel_type"] = "channel"
    ln = Ln("slack-events")
    emit_json(ln, slack_envelope(ev), SLACKRAW)
    return ln


def slack_misc_line():
    t = tick(2, 60)
    s = pick(STAFF)
    c = random.randint(0, 4)
    ch = SLACK_CHANNELS[pick(CHAN_NAMES)]
    if c == 0:
        ev = {"type": "reaction_added", "user": s.slack, "reaction": pick(["eyes", "white_check_mark", "+1", "pray"]),
              "item": {"type": "message", "channel": ch, "ts": slack_ts(t - datetime.timedelta(seconds=300))},
              "item_user": pick(STAFF).slack, "event_ts": slack_ts(t)}
    elif c == 1:
        ev = {"type": "member_joined_channel", "user": s.slack, "channel": ch, "channel_type": "C",
              "team": SLACK_TEAM, "inviter": pick(STAFF).slack, "event_ts": slack_ts(t)}
    elif c == 2:
        ev = {"type": "app_home_opened", "user": s.slack, "channel": "D0" + rs(UPD, 9), "tab": "home",
              "view": {"id": "V0" + rs(UPD, 9), "team_id": SLACK_TEAM, "type": "home", "blocks": [],
                       "private_metadata": "", "callback_id": "", "hash": "%d.%s" % (int(t.timestamp()), rs(B64[:62], 8))},
              "event_ts": slack_ts(t)}
    elif c == 3:
        ev = {"type": "message", "subtype": "channel_join", "user": s.slack,
              "text": "<@%s> has joined the channel" % s.slack, "ts": slack_ts(t), "channel": ch,
              "event_ts": slack_ts(t), "channel_type": "channel"}
    else:
        ev = {"type": "file_shared", "channel_id": ch, "file_id": "F0" + rs(UPD, 9), "user_id": s.slack,
              "file": {"id": "F0" + rs(UPD, 9)}, "event_ts": slack_ts(t)}
    ln = Ln("slack-events")
    emit_json(ln, slack_envelope(ev), SLACKRAW)
    return ln


SDK_HEADERS = {"Content-Type": "application/json;charset=utf-8", "Authorization": "(redacted)",
               "User-Agent": "Python/3.11.8 slackclient/3.27.1 Linux/5.15.0-1057-aws"}


def slack_sdk_post(p):
    t = tick(0.2, 2)
    ch = SLACK_CHANNELS[pick(CHAN_NAMES)]
    fields = [{"type": "mrkdwn", "text": R("*Patient:*\n", nm(p, pick(["last_first", "LAST_FIRST"])))},
              {"type": "mrkdwn", "text": R("*MRN:*\n", (p.mrn, "mrn"))},
              {"type": "mrkdwn", "text": R("*DOB:*\n", dob(p, pick(["us", "iso"])))},
              {"type": "mrkdwn", "text": R("*Room:*\n", p.room)}]
    if random.random() < 0.4:
        fields.append({"type": "mrkdwn", "text": R("*Contact:*\n", (p.c_name, "name"), " (", p.c_rel, ") ",
                                                   (fmt_phone(p.c_phone), "phone"))})
    else:
        fields.append({"type": "mrkdwn", "text": "*Attending:*\n" + pick(DOCS).disp})
    hdr = R(":hospital: ", nm(p, "first_last"), " | ", age_sex(p), " | ", p.dx)
    body = {"channel": ch, "text": R("Patient card: ", nm(p, "last_first")),
            "blocks": [{"type": "header", "text": {"type": "plain_text", "text": hdr, "emoji": True}},
                       {"type": "section", "fields": fields},
                       {"type": "context", "elements": [{"type": "mrkdwn", "text":
                        "Requested by <@%s> | source: Epic FHIR R4 | :lock: do not forward" % pick(STAFF).slack}]}]}
    if random.random() < 0.5:
        body["thread_ts"] = slack_ts(t - datetime.timedelta(seconds=random.randint(3, 30)))
    ln = Ln("slack-webapi")
    ln.t(t_pylog(t) + " DEBUG slack_sdk.web.base_client Sending a request - url: https://slack.com/api/chat.postMessage, query_params: {}, json_body: ")
    emit_repr(ln, body)
    ln.t(", files: {}, data: {}, headers: ")
    emit_repr(ln, SDK_HEADERS)
    return ln


def slack_sdk_resp():
    t = tick(0.1, 1)
    ln = Ln("slack-webapi")
    hdrs = {"date": t.strftime("%a, %d %b %Y %H:%M:%S GMT"), "server": "Apache", "x-slack-req-id": rs(HEX, 32),
            "x-oauth-scopes": "app_mentions:read,channels:history,chat:write,files:read,reactions:read",
            "access-control-allow-origin": "*", "x-slack-backend": "r", "content-type": "application/json; charset=utf-8",
            "x-envoy-upstream-service-time": str(random.randint(30, 400)), "via": "1.1 slack-prod.tinyspeck.com, envoy-www-iad-" + rs("abcdefghijklmnopqrstuvwxyz0123456789", 5)}
    if random.random() < 0.75:
        ts = slack_ts(t)
        body = {"ok": True, "channel": SLACK_CHANNELS[pick(CHAN_NAMES)], "ts": ts,
                "message": {"bot_id": "B05" + rs(UPD, 8), "type": "message", "text": "Patient card", "user": SLACK_BOT_USER,
                            "ts": ts, "app_id": SLACK_APP, "team": SLACK_TEAM}}
    else:
        body = {"ok": False, "error": pick(["not_in_channel", "invalid_blocks", "ratelimited", "msg_too_long"])}
    ln.t(t_pylog(t) + " DEBUG slack_sdk.web.base_client Received the following response - status: %d, headers: " % (200 if body["ok"] else 200))
    emit_repr(ln, hdrs)
    ln.t(", body: ")
    emit_repr(ln, body)
    return ln


def fam_slack(want):
    if want:
        p = pt()
        r = random.random()
        if r < 0.65:
            return [slack_msg_line(pt_msg(p), app_mention=random.random() < 0.35)]
        if r < 0.8:
            body = ["pt lookup ", nm(p, pick(["last_first", "LAST_fi", "first_last"]))]
            if random.random() < 0.5:
                body += [" ", mrn(p, pick(["MRN ", "mrn:"]))]
            return [slack_msg_line(body, app_mention=True)]
        return [slack_sdk_post(p), slack_sdk_resp()] if random.random() < 0.5 else [slack_sdk_post(p)]
    r = random.random()
    if r < 0.5:
        return [slack_msg_line([chatter()], app_mention=random.random() < 0.2)]
    if r < 0.8:
        return [slack_misc_line()]
    return [slack_sdk_resp()]


# ----------------------------------------------------------------------------
# family: Microsoft Teams Bot Framework activities
# ----------------------------------------------------------------------------
BOTNAME = "RoundsBot"


def teams_conv(chan):
    return {"isGroup": True, "conversationType": "channel", "tenantId": TEAMS_TENANT,
            "id": chan + ";messageid=" + str(t_epoch_ms(now()) - random.randint(0, 900000))}


def teams_incoming(body):
    t = tick(2, 90)
    s = pick(STAFF)
    chan = pick(TEAMS_CHANNELS)
    body = flatten(body)
    html_body = [html_esc(x) if isinstance(x, str) else x for x in body]
    act = {
        "text": R("<at>%s</at> " % BOTNAME, body),
        "textFormat": "plain",
        "attachments": [{"contentType": "text/html",
                         "content": R('<p><at id="0">%s</at>&nbsp;' % BOTNAME, html_body, "</p>")}],
        "type": "message", "timestamp": t_iso_ms(t), "localTimestamp": t_local_ms(t),
        "id": str(t_epoch_ms(t)), "channelId": "msteams",
        "serviceUrl": "https://smba.trafficmanager.net/amer/",
        "from": {"id": s.teams, "name": s.full, "aadObjectId": s.aad},
        "conversation": teams_conv(chan),
        "recipient": {"id": TEAMS_APP, "name": BOTNAME},
        "entities": [{"mentioned": {"id": TEAMS_APP, "name": BOTNAME}, "text": "<at>%s</at>" % BOTNAME, "type": "mention"},
                     {"locale": "en-US", "country": "US", "platform": pick(["Web", "Windows", "iOS", "Android"]),
                      "timezone": "America/New_York", "type": "clientInfo"}],
        "channelData": {"teamsChannelId": chan, "teamsTeamId": TEAMS_TEAM, "channel": {"id": chan},
                        "team": {"id": TEAMS_TEAM}, "tenant": {"id": TEAMS_TENANT}},
        "locale": "en-US", "localTimezone": "America/New_York",
    }
    ln = Ln("teams-activity")
    emit_json(ln, act, COMPACT)
    return ln


def teams_card(p, with_photo=False):
    t = tick(0.3, 3)
    chan = pick(TEAMS_CHANNELS)
    facts = [{"title": "MRN", "value": R((p.mrn, "mrn"))},
             {"title": "DOB", "value": R(dob(p, pick(["us", "iso"])))},
             {"title": "Location", "value": p.room},
             {"title": "Attending", "value": pick(DOCS).disp}]
    if random.random() < 0.4:
        facts.append({"title": "Emergency contact", "value": R((p.c_name, "name"), " (", p.c_rel, ") ",
                                                               (fmt_phone(p.c_phone), "phone"))})
    if random.random() < 0.3:
        facts.append({"title": "Home", "value": R((p.street, "address"), ", ", (p.city, "address"), ", ", p.state,
                                                  " ", (p.zip, "zip"))})
    body = [{"type": "TextBlock", "text": R(nm(p, "LAST_FIRST"), " (", age_sex(p), ")"), "weight": "Bolder",
             "size": "Medium", "wrap": True}]
    if with_photo:
        body.append({"type": "Image", "url": R((jpeg_data_uri(), "photo")), "altText": "Patient ID photo",
                     "size": "Small"})
    body.append({"type": "FactSet", "facts": facts})
    act = {"type": "message", "serviceUrl": "https://smba.trafficmanager.net/amer/", "channelId": "msteams",
           "from": {"id": TEAMS_APP, "name": BOTNAME}, "conversation": teams_conv(chan),
           "recipient": {"id": pick(STAFF).teams, "name": pick(STAFF).full},
           "replyToId": str(t_epoch_ms(t) - random.randint(400, 4000)), "attachmentLayout": "list",
           "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": {
               "type": "AdaptiveCard", "$schema": "http://adaptivecards.io/schemas/adaptive-card.json",
               "version": "1.4", "body": body,
               "actions": [{"type": "Action.OpenUrl", "title": "Open in Haiku",
                            "url": "https://epic-launch.mvmc-health.org/launch?ctx=" + rs(B64[:62], 22)},
                           {"type": "Action.Submit", "title": "Add to watchlist",
                            "data": {"verb": "watchlist.add", "ptKey": R((p.mrn, "mrn"))}}]}}]}
    ln = Ln("teams-activity")
    emit_json(ln, act, COMPACT)
    return ln


def teams_misc():
    t = tick(2, 60)
    s = pick(STAFF)
    chan = pick(TEAMS_CHANNELS)
    c = random.randint(0, 3)
    base = {"type": None, "timestamp": t_iso_ms(t), "id": str(t_epoch_ms(t)) if c != 0 else "f:" + digits(19),
            "channelId": "msteams", "serviceUrl": "https://smba.trafficmanager.net/amer/",
            "from": {"id": s.teams, "aadObjectId": s.aad}, "conversation": teams_conv(chan),
            "recipient": {"id": TEAMS_APP, "name": BOTNAME}}
    if c == 0:
        base["type"] = "conversationUpdate"
        base["membersAdded"] = [{"id": pick(STAFF).teams, "aadObjectId": pick(STAFF).aad}]
        base["channelData"] = {"team": {"aadGroupId": uuid4(), "name": "4B Nursing", "id": TEAMS_TEAM},
                               "eventType": "teamMemberAdded", "tenant": {"id": TEAMS_TENANT}}
    elif c == 1:
        base["type"] = "messageReaction"
        base["reactionsAdded"] = [{"type": pick(["like", "heart", "surprised"])}]
        base["replyToId"] = str(t_epoch_ms(t) - random.randint(10000, 900000))
    elif c == 2:
        base["type"] = "typing"
    else:
        base["type"] = "invoke"
        base["name"] = "adaptiveCard/action"
        base["value"] = {"action": {"type": "Action.Execute", "verb": "ack", "data": {"alertId": "al_" + rs(HEX, 12)}},
                         "trigger": "manual"}
    ln = Ln("teams-activity")
    emit_json(ln, base, COMPACT)
    return ln


def fam_teams(want):
    if want:
        p = pt()
        r = random.random()
        if r < 0.5:
            return [teams_incoming(pt_msg(p))]
        if r < 0.65:
            return [teams_incoming(["lookup ", nm(p, pick(["last_first", "first_last"])), " dob ", dob(p)]),
                    teams_card(p, with_photo=random.random() < 0.3)]
        return [teams_card(p, with_photo=random.random() < 0.25)]
    if random.random() < 0.5:
        return [teams_incoming([chatter()])]
    return [teams_misc()]


# ----------------------------------------------------------------------------
# family: PagerDuty v3 webhooks
# ----------------------------------------------------------------------------
def pd_ref(kind, pid, summary, sub):
    return {"html_url": "https://mvmc.pagerduty.com/%s/%s" % (sub, pid), "id": pid,
            "self": "https://api.pagerduty.com/%s/%s" % (sub, pid), "summary": summary, "type": kind}


def pd_title(p):
    k = random.randint(0, 5)
    if k == 0:
        return ["RRT ", p.room, ": ", nm(p, "LAST_fi"), " ", age_sex(p), " ", pick(["SBP 78/40", "HR 38", "RR 32 SpO2 84%", "new unresponsive"])]
    if k == 1:
        return ["Sepsis alert: ", nm(p, "LAST_FIRST"), " ", mrn(p, "MRN "), " lactate ", "%.1f" % random.uniform(2.1, 6.5)]
    if k == 2:
        return ["Elopement: pt ", nm(p, "first_li"), " (", p.room, ") left unit, DOB ", dob(p)]
    if k == 3:
        return ["Critical K ", "%.1f" % random.uniform(6.1, 7.4), " - ", nm(p, "last_first"), " ", p.room]
    if k == 4:
        return ["Fall w/ injury ", p.room, " ", nm(p, "title_last"), " ", age_sex(p)]
    return ["Behavioral code gray ", p.room, " - visitor (pt's ", p.c_rel, " ", (p.c_name, "name"), ") escalating"]


PD_NONPHI = ["HL7 ADT interface queue depth > 5000 (epic-adt-out)", "Vocera badge server vcs-02 unreachable",
             "Pyxis tower 4B-2 offline > 15 min", "Blood bank fridge BB-2 temp 7.8C", "Code Blue 3W-18 - team paged",
             "FHIR R4 gateway p95 latency > 4000 ms", "Tube system station 412 jammed", "Nurse call Rauland 5W down",
             "O2 manifold low pressure alarm - plant ops", "Sepsis model scoring job failed (airflow dag sepsis_v3)",
             "Rounds bot pod CrashLoopBackOff (rounds-bot-slack-6d8f)", "Badge access controller B-wing offline"]


def fam_pd(want):
    t = tick(5, 240)
    svc = pick(PD_SERVICES)
    ep = pick(PD_EP)
    inc_id = "Q" + rs(UPD, 13)
    if want:
        title = R(pd_title(pt()))
        svc = pick([PD_SERVICES[0], PD_SERVICES[2], PD_SERVICES[4], PD_SERVICES[5]])
        ep = pick([PD_EP[0], PD_EP[2]])
    else:
        title = pick(PD_NONPHI)
    assg = pick(STAFF)
    agent = pick(STAFF)
    annotated = random.random() < 0.25
    occ = t_iso_ms(t)
    if annotated:
        p2 = pt()
        if want:
            content = R(pick([["spoke w/ ", (p2.c_name, "name"), " (", p2.c_rel, ") at ", (fmt_phone(p2.c_phone), "phone"), ", on the way in"],
                              ["transferred to MICU, ", mrn(p2, "MRN "), " - closing RRT"],
                              ["family requests no info given to callers, pw on chart"]]))
        else:
            content = pick(["bridge opened, vendor engaged", "ack'd, looking", "rolled back to 4.12.3, monitoring",
                            "false alarm - sensor recalibrated"])
        data = {"incident": {"html_url": "https://mvmc.pagerduty.com/incidents/" + inc_id, "id": inc_id,
                             "self": "https://api.pagerduty.com/incidents/" + inc_id, "summary": title,
                             "type": "incident_reference"},
                "id": "P" + rs(UPD, 13), "content": content, "trimmed": False, "type": "incident_note"}
        etype = "incident.annotated"
        rtype = "incident"
    else:
        etype = pick(["incident.triggered", "incident.acknowledged", "incident.resolved", "incident.escalated"])
        rtype = "incident"
        status = {"incident.triggered": "triggered", "incident.acknowledged": "acknowledged",
                  "incident.resolved": "resolved", "incident.escalated": "triggered"}[etype]
        data = {"id": inc_id, "type": "incident", "self": "https://api.pagerduty.com/incidents/" + inc_id,
                "html_url": "https://mvmc.pagerduty.com/incidents/" + inc_id, "number": random.randint(1200, 4800),
                "status": status, "incident_key": rs(HEX, 32),
                "created_at": (t - datetime.timedelta(seconds=random.randint(0, 900))).strftime("%Y-%m-%dT%H:%M:%SZ"),
                "title": title, "service": pd_ref("service_reference", svc[0], svc[1], "services"),
                "assignees": [pd_ref("user_reference", assg.pd, assg.full, "users")],
                "escalation_policy": pd_ref("escalation_policy_reference", ep[0], ep[1], "escalation_policies"),
                "teams": [pd_ref("team_reference", PD_TEAM[0], PD_TEAM[1], "teams")],
                "priority": pd_ref("priority_reference", "P" + rs(UPD, 6), pick(["P1", "P2", "P3"]), "priorities"),
                "urgency": pick(["high", "low"]),
                "conference_bridge": {"conference_number": "+1 937-555-0175,,%s#" % digits(7),
                                      "conference_url": "https://mvmc.zoom.us/j/9" + digits(9)} if random.random() < 0.3 else None,
                "resolve_reason": None}
    ev = {"event": {"id": "01" + rs(UPD, 24), "event_type": etype, "resource_type": rtype, "occurred_at": occ,
                    "agent": pd_ref("user_reference", agent.pd, agent.full, "users") if random.random() < 0.6 else None,
                    "client": {"name": "PagerDuty"} if random.random() < 0.5 else None, "data": data}}
    ln = Ln("pagerduty-webhook")
    emit_json(ln, ev, COMPACT)
    return [ln]


# ----------------------------------------------------------------------------
# family: Hubot command log
# ----------------------------------------------------------------------------
HUBOT_ROOMS = ["4b-charge", "5w-nursing", "ed-flow", "cvicu-rounds", "bed-board"]


def hubot_ln(level, parts):
    ln = Ln("hubot")
    ln.t("[%s] %s " % (t_hubot(tick(0.01, 0.4)), level))
    ln.parts(parts)
    return ln


def hubot_block(want):
    s = pick(STAFF)
    room_ = pick(HUBOT_ROOMS)
    tick(3, 120)
    if want:
        p = pt()
        c = random.randint(0, 5)
        if c == 0:
            q = [(p.mrn, "mrn")]
            cmd, rx, lid = ["!pt lookup "] + q, "/^!pt lookup (.+)$/i", "pt.lookup"
        elif c == 1:
            q = nm(p, pick(["last_first", "last"]))
            cmd, rx, lid = ["!pt lookup "] + q, "/^!pt lookup (.+)$/i", "pt.lookup"
        elif c == 2:
            q = [(p.mrn, "mrn")]
            cmd, rx, lid = ["!pt contact "] + q, "/^!pt contact (\\d{6,10})$/i", "pt.contact"
        elif c == 3:
            q = ["dob:", dob(p, "iso"), " last:", (p.last.lower(), "name")]
            cmd, rx, lid = ["!pt find "] + q, "/^!pt find (.+)$/i", "pt.find"
        elif c == 4:
            q = [(p.mrn, "mrn")]
            cmd = ["!pt note ", (p.mrn, "mrn"), " ", p.c_rel, " ", (p.c_name.split()[0], "name"), " cb ",
                   (fmt_phone(p.c_phone, "dash"), "phone")]
            rx, lid = "/^!pt note (\\d+) (.+)$/i", "pt.note"
        else:
            q = [(p.mrn, "mrn")]
            cmd, rx, lid = ["!pt addr "] + q, "/^!pt addr (.+)$/i", "pt.addr"
        out = []
        out.append(hubot_ln("DEBUG", ["Received message: '", cmd, "' in channel: ", room_, ", from: ", s.handle]))
        out.append(hubot_ln("DEBUG", ["Message '", cmd, "' matched regex ", rx, "; listener.options = { id: '", lid, "' }"]))
        if random.random() < 0.5:
            out.append(hubot_ln("DEBUG", ["Executing listener callback for Message '", cmd, "'"]))
        took = random.randint(80, 2400)
        r = random.random()
        if r < 0.15:
            out.append(hubot_ln("ERROR", ["[", lid, "] FHIR GET https://fhir.mvmc-health.org/api/FHIR/R4/Patient?identifier=MRN%7C",
                                          (p.mrn, "mrn"), " -> 504 Gateway Time-out after %dms" % took]))
            return out
        out.append(hubot_ln("INFO", ["[", lid, "] user=", s.handle, " room=#", room_, " hits=1 took=%dms" % took]))
        if lid == "pt.contact":
            reply = ["Emergency contact for ", nm(p, "last_first"), ": ", (p.c_name, "name"), " (", p.c_rel, ") ",
                     (fmt_phone(p.c_phone), "phone"), " | pt cell ", (fmt_phone(p.phone), "phone")]
        elif lid == "pt.addr":
            reply = [nm(p, "LAST_FIRST"), " · ", (p.street, "address"), ", ", (p.city, "address"), ", ", p.state, " ",
                     (p.zip, "zip")]
        elif lid == "pt.note":
            reply = ["note saved to watchlist for ", (p.mrn, "mrn"), " :memo:"]
        else:
            reply = [nm(p, "last_first"), " · ", age_sex(p), " · MRN ", (p.mrn, "mrn"), " · DOB ", dob(p, "us"), " · ",
                     p.room, " · Att ", pick(DOCS).disp]
        out.append(hubot_ln("DEBUG", ["Sending to ", SLACK_CHANNELS.get(room_, "C0"), ": ", reply]))
        return out
    c = random.randint(0, 5)
    if c == 0:
        return [hubot_ln("INFO", ["Logged in as @rounds-hubot in workspace MVMC"]),
                hubot_ln("INFO", ["Slack client now connected"]),
                hubot_ln("INFO", ["hubot-redis-brain: Data for hubot brain retrieved from Redis"])]
    if c == 1:
        svc = pick(["cards", "neuro", "gi", "ortho", "pulm"])
        d = pick(DOCS)
        cmd = "!oncall " + svc
        return [hubot_ln("DEBUG", ["Received message: '", cmd, "' in channel: ", room_, ", from: ", s.handle]),
                hubot_ln("DEBUG", ["Message '", cmd, "' matched regex /^!oncall (\\w+)$/i; listener.options = { id: 'oncall' }"]),
                hubot_ln("DEBUG", ["Sending to ", SLACK_CHANNELS.get(room_, "C0"), ": on call for ", svc, " until 0700: ",
                                   d.disp, " (pager 937-555-01%02d, x%d)" % (random.randint(10, 99), random.randint(4000, 4999))])]
    if c == 2:
        u = pick(UNITS)
        cmd = "!census " + u
        return [hubot_ln("DEBUG", ["Received message: '", cmd, "' in channel: ", room_, ", from: ", s.handle]),
                hubot_ln("INFO", ["[census] %s occupied=%d/%d pending_dc=%d pending_admit=%d took=%dms" % (
                    u, random.randint(18, 30), 32, random.randint(0, 8), random.randint(0, 6), random.randint(40, 900))])]
    if c == 3:
        r_ = room()
        cmd = "!bed " + r_
        return [hubot_ln("DEBUG", ["Received message: '", cmd, "' in channel: ", room_, ", from: ", s.handle]),
                hubot_ln("DEBUG", ["Sending to ", SLACK_CHANNELS.get(room_, "C0"), ": ", r_, " ",
                                   pick(["dirty, EVS ETA 25 min", "clean, ready", "blocked - isolation", "occupied"])])]
    if c == 4:
        return [hubot_ln("WARNING", ["Loading scripts from hubot-scripts.json is deprecated and will be removed in 3.0 (https://github.com/github/hubot-scripts/issues/1113) in favor of packages for each script."])]
    return [hubot_ln("ERROR", ["hubot-redis-brain: connect ETIMEDOUT 10.44.%d.%d:6379" % (random.randint(1, 60), random.randint(2, 250))]),
            hubot_ln("INFO", ["hubot-redis-brain: reconnecting in %dms (attempt %d)" % (random.choice([500, 1000, 2000]), random.randint(1, 5))])]


def fam_hubot(want):
    return hubot_block(want)


# ----------------------------------------------------------------------------
# family: OCR whiteboard bot (python logging)
# ----------------------------------------------------------------------------
def ocr_ln(level, logger, parts):
    ln = Ln("ocr-bot")
    ln.t("%s %s [%s] " % (t_pylog(tick(0.05, 2.5)), level, logger))
    ln.parts(parts)
    return ln


def ocr_row(p):
    nmv = p.last.upper() + " " + p.first[0]
    if random.random() < 0.15:
        nmv = nmv.replace("O", "0", 1) if "O" in nmv else nmv.replace("I", "1", 1)
    cells = [p.room, "  ", (nmv, "name"), "  ", age_sex(p), "  ", p.dx.upper() if random.random() < 0.5 else p.proc,
             "  ", pick(["NPO", "tele", "DNR", "fall risk", "1:1 sitter", "2L NC", "POD2"])]
    if random.random() < 0.35:
        cells += ["  MRN ", (p.mrn, "mrn")]
    if random.random() < 0.25:
        cells += ["  DOB ", dob(p, "us_short")]
    cells += ["  RN: ", pick(NURSES).first]
    return cells


def fam_ocr(want):
    tick(10, 300)
    job = "wb-%05d" % random.randint(1000, 99999)
    s = pick(STAFF)
    out = [ocr_ln("INFO", "wbbot.ingest", ["job=%s received image file_id=F0%s from channel=%s user=%s size=%.1fMB %s" % (
        job, rs(UPD, 9), SLACK_CHANNELS[pick(CHAN_NAMES)], s.slack, random.uniform(1.2, 4.8),
        pick(["4032x3024", "3024x4032", "4000x3000"]))])]
    if not want:
        r = random.random()
        if r < 0.5:
            out.append(ocr_ln("DEBUG", "wbbot.ocr", ["job=%s tesseract 5.3.4 psm=6 oem=1 lang=eng conf=%.1f duration_ms=%d" % (
                job, random.uniform(40, 95), random.randint(900, 5200))]))
            out.append(ocr_ln("INFO", "wbbot.classify", ["job=%s skipped: not a census board (score=%.2f, label=%s)" % (
                job, random.uniform(0.02, 0.3), pick(["menu", "schedule", "whiteboard_blank", "receipt"]))]))
        elif r < 0.8:
            out.append(ocr_ln("WARNING", "wbbot.ingest", ["job=%s EXIF orientation=6, rotating; blur score %.1f below 100.0" % (
                job, random.uniform(20, 99))]))
        else:
            out.append(ocr_ln("ERROR", "wbbot.worker", ["job=%s failed: PIL.UnidentifiedImageError: cannot identify image file <_io.BytesIO object at 0x7f%s>" % (
                job, rs(HEX, 10))]))
        return out
    out.append(ocr_ln("DEBUG", "wbbot.ocr", ["job=%s tesseract 5.3.4 psm=6 oem=1 lang=eng conf=%.1f duration_ms=%d" % (
        job, random.uniform(60, 95), random.randint(900, 5200))]))
    n = random.randint(1, 4)
    seen = []
    for i in range(n):
        p = pt()
        if p in seen:
            continue
        seen.append(p)
        out.append(ocr_ln("DEBUG", "wbbot.ocr", ["job=%s row %d: '" % (job, i + 1 + random.randint(0, 3)), ocr_row(p), "'"]))
    names = len(seen) + random.randint(3, 9)
    out.append(ocr_ln("INFO", "wbbot.parse", ["job=%s extracted rows=%d names=%d mrns=%d blank=%d" % (
        job, names + 2, names, random.randint(0, 3), random.randint(0, 3))]))
    if random.random() < 0.5:
        out.append(ocr_ln("WARNING", "wbbot.redact", ["job=%s PHI in OCR text, posting masked summary to thread ts=%s" % (
            job, slack_ts(now()))]))
    return out


# ----------------------------------------------------------------------------
# family: Mattermost audit log
# ----------------------------------------------------------------------------
MM_CLIENTS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
              "Mattermost Mobile/2.13.0+512 (iOS; 17.3.1; iPhone15,2)",
              "Mattermost Mobile/2.13.0+512 (Android; 14; Pixel 7)",
              "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Mattermost/5.7.0 Chrome/120.0.6099.291 Electron/28.2.2 Safari/537.36"]


def mm_line(event_name, params, prior, result, obj_type, api, actor=None, status="success"):
    t = tick(2, 120)
    s = actor or pick(STAFF)
    rec = {"timestamp": t_mm(t), "level": "audit", "msg": "", "event_name": event_name, "status": status,
           "actor": {"user_id": s.mm, "session_id": mm_id(), "client": pick(MM_CLIENTS),
                     "ip_address": "10.%d.%d.%d" % (random.choice([20, 44, 61]), random.randint(0, 255), random.randint(2, 254))},
           "event": {"parameters": params, "prior_state": prior, "resulting_state": result, "object_type": obj_type},
           "meta": {"api_path": api, "cluster_id": MM_CLUSTER}, "error": {}}
    ln = Ln("mattermost-audit")
    emit_json(ln, rec, COMPACT)
    return ln


def mm_post(message, pid=None):
    ts = t_epoch_ms(now())
    return {"id": pid or mm_id(), "create_at": ts, "update_at": ts, "edit_at": 0, "delete_at": 0, "is_pinned": False,
            "user_id": pick(STAFF).mm, "channel_id": pick(MM_CHANNELS), "root_id": "", "original_id": "",
            "message": message, "type": "", "props": {"disable_group_highlight": True}, "hashtags": "",
            "pending_post_id": "", "reply_count": 0, "metadata": {}}


def fam_mm(want):
    if want:
        p = pt()
        c = random.random()
        if c < 0.5:
            msg = R(pt_msg(p))
            return [mm_line("createPost", {"post": {"channel_id": pick(MM_CHANNELS), "message": msg, "root_id": ""}},
                            {}, mm_post(msg), "post", "/api/v4/posts")]
        if c < 0.7:
            terms = R(pick([[(p.last.lower(), "name")], [(p.mrn, "mrn")], [(p.last.lower(), "name"), " ", (p.mrn, "mrn")],
                            ['"', (p.first + " " + p.last, "name"), '"']]))
            return [mm_line("searchPosts", {"include_deleted_channels": False, "is_or_search": False, "page": 0,
                                            "per_page": 60, "team_id": MM_TEAM, "terms": terms,
                                            "time_zone_offset": -18000}, None, None, "", "/api/v4/teams/%s/posts/search" % MM_TEAM)]
        if c < 0.85:
            fid = mm_id()
            fname = R((p.last.replace(" ", "") + "_" + p.first.replace(" ", ""), "name"), "_",
                      pick(["facesheet.pdf", "consent.pdf", "wound_photo.jpg", "AD_POLST.pdf"]))
            return [mm_line("getFile", {"file_id": fid, "file_name": fname}, None, None, "file",
                            "/api/v4/files/%s" % fid)]
        pid_ = mm_id()
        msg = R(pt_msg(p))
        return [mm_line("deletePost", {"post_id": pid_, "permanent": False}, mm_post(msg, pid_), None, "post",
                        "/api/v4/posts/%s" % pid_)]
    c = random.randint(0, 5)
    s = pick(STAFF)
    if c == 0:
        return [mm_line("login", {"login_id": s.email, "device_id": "", "method": "saml"}, None,
                        {"id": s.mm, "username": s.handle}, "user", "/api/v4/users/login", actor=s)]
    if c == 1:
        msg = chatter()
        return [mm_line("createPost", {"post": {"channel_id": pick(MM_CHANNELS), "message": msg, "root_id": ""}},
                        {}, mm_post(msg), "post", "/api/v4/posts")]
    if c == 2:
        return [mm_line("addChannelMember", {"channel_id": pick(MM_CHANNELS), "user_id": pick(STAFF).mm}, None,
                        {"channel_id": pick(MM_CHANNELS), "user_id": pick(STAFF).mm, "roles": "channel_user",
                         "last_viewed_at": 0, "msg_count": 0}, "channel_member", "/api/v4/channels/%s/members" % pick(MM_CHANNELS))]
    if c == 3:
        return [mm_line("updateConfig", {}, None, {"ServiceSettings": {"SiteURL": "https://chat.mvmc-health.org",
                                                                       "ListenAddress": ":8065", "SessionLengthMobileInHours": 720}},
                        "config", "/api/v4/config")]
    if c == 4:
        return [mm_line("logout", {}, None, None, "", "/api/v4/users/logout", actor=s)]
    return [mm_line("login", {"login_id": s.handle, "device_id": "", "method": "saml"}, None, None, "user",
                    "/api/v4/users/login", actor=s, status="fail")]


# ----------------------------------------------------------------------------
# family: structlog (console + JSON) with Python tracebacks
# ----------------------------------------------------------------------------
def console_val(ln, v):
    if isinstance(v, Rich):
        txt = v.plain()
        if set(txt) & set(" \t=\r\n\"'"):
            emit_repr_str(ln, v.parts)
        else:
            ln.parts(v.parts)
    elif isinstance(v, str):
        if set(v) & set(" \t=\r\n\"'"):
            ln.t(repr(v))
        else:
            ln.t(v)
    elif isinstance(v, Num):
        emit_repr(ln, v)
    else:
        emit_repr(ln, v)


def sl_console(level, event, kv):
    t = tick(0.02, 2.0)
    ln = Ln("structlog-console")
    ln.t(t_iso_us(t) + " [" + level.ljust(9) + "] " + event.ljust(30) + " ")
    for i, k in enumerate(sorted(kv)):
        if i:
            ln.t(" ")
        ln.t(k + "=")
        console_val(ln, kv[k])
    return ln


def sl_json(level, event, kv):
    t = tick(0.02, 2.0)
    d = dict(kv)
    d["event"] = event
    d["level"] = level
    d["timestamp"] = t_iso_us(t)
    ln = Ln("structlog-json")
    emit_json(ln, d, PYJSON)
    return ln


def tb_ln(parts):
    ln = Ln("python-traceback")
    ln.parts(parts)
    return ln


def traceback_block(p):
    k = random.randint(0, 5) if p else random.choice([6, 7])
    L = []
    L.append(tb_ln(["Traceback (most recent call last):"]))
    if k == 0:
        fam_ = (p.last, "name")
        L += [tb_ln(['  File "/app/rounds_bot/handlers/lookup.py", line 112, in handle_pt_lookup']),
              tb_ln(["    patient = await fhir.search_patient(mrn=mrn, family=family)"]),
              tb_ln(['  File "/app/rounds_bot/fhir/client.py", line 74, in search_patient']),
              tb_ln(["    resp.raise_for_status()"]),
              tb_ln(['  File "/usr/local/lib/python3.11/site-packages/httpx/_models.py", line 761, in raise_for_status']),
              tb_ln(["    raise HTTPStatusError(message, request=request, response=self)"]),
              tb_ln(["httpx.HTTPStatusError: Server error '503 Service Unavailable' for url 'https://fhir.mvmc-health.org/api/FHIR/R4/Patient?identifier=MRN%7C",
                     (p.mrn, "mrn"), "&family=", fam_, "'"]),
              tb_ln(["For more information check: https://developer.mozilla.org/en-US/docs/Web/HTTP/Status/503"])]
    elif k == 1:
        L += [tb_ln(['  File "/app/rounds_bot/parsers.py", line 41, in parse_dob']),
              tb_ln(['    return datetime.strptime(raw, "%m/%d/%Y").date()']),
              tb_ln(['  File "/usr/local/lib/python3.11/_strptime.py", line 568, in _strptime_datetime']),
              tb_ln(["    tt, fraction, gmtoff_fraction = _strptime(data_string, format)"]),
              tb_ln(['  File "/usr/local/lib/python3.11/_strptime.py", line 349, in _strptime']),
              tb_ln(['    raise ValueError("time data %r does not match format %r" %']),
              tb_ln(["ValueError: time data '", dob(p, "iso"), "' does not match format '%m/%d/%Y'"])]
    elif k == 2:
        L += [tb_ln(['  File "/app/rounds_bot/cards.py", line 58, in build_card']),
              tb_ln(["    return PatientCard(**fields)"]),
              tb_ln(['  File "/usr/local/lib/python3.11/site-packages/pydantic/main.py", line 171, in __init__']),
              tb_ln(["    self.__pydantic_validator__.validate_python(data, self_instance=self)"]),
              tb_ln(["pydantic_core._pydantic_core.ValidationError: 1 validation error for PatientCard"]),
              tb_ln(["contact_phone"]),
              tb_ln(["  String should match pattern '^\\+1\\d{10}$' [type=string_pattern_mismatch, input_value='",
                     (fmt_phone(p.c_phone, pick(["paren", "dot", "dash"])), "phone"), "', input_type=str]"]),
              tb_ln(["    For further information visit https://errors.pydantic.dev/2.6/v/string_pattern_mismatch"])]
    elif k == 3:
        L += [tb_ln(['  File "/app/rounds_bot/watchlist.py", line 33, in add']),
              tb_ln(["    cur.execute(INSERT_SQL, (mrn, reason, added_by))"]),
              tb_ln(["psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"pt_watchlist_mrn_key\""]),
              tb_ln(["DETAIL:  Key (mrn)=(", (p.mrn, "mrn"), ") already exists."])]
    elif k == 4:
        L += [tb_ln(['  File "/app/rounds_bot/handlers/lookup.py", line 131, in handle_pt_lookup']),
              tb_ln(["    return index[key]"]),
              tb_ln(["KeyError: ", repr_parts(nm(p, "last_first"))])]
    elif k == 5:
        L += [tb_ln(['  File "/app/wbbot/match.py", line 77, in match_row']),
              tb_ln(["    pt = census.by_room[row.room]"]),
              tb_ln(["KeyError: '%s'" % p.room]),
              tb_ln([""]),
              tb_ln(["During handling of the above exception, another exception occurred:"]),
              tb_ln([""]),
              tb_ln(["Traceback (most recent call last):"]),
              tb_ln(['  File "/app/wbbot/match.py", line 81, in match_row']),
              tb_ln(['    raise RowMatchError(f"no census match for {row.name!r} DOB {row.dob}")']),
              tb_ln(["wbbot.errors.RowMatchError: no census match for ",
                     repr_parts([(p.last.upper() + " " + p.first[0], "name")]), " DOB ", dob(p, "us_short")])]
    elif k == 6:
        L += [tb_ln(['  File "/usr/local/lib/python3.11/site-packages/slack_bolt/listener/asyncio_runner.py", line 131, in run']),
              tb_ln(["    returned_value = await listener.run_ack_function(request=request, response=response)"]),
              tb_ln(['  File "/app/rounds_bot/handlers/mention.py", line 52, in on_mention']),
              tb_ln(["    await client.chat_postMessage(channel=channel, blocks=blocks, text=fallback)"]),
              tb_ln(['  File "/usr/local/lib/python3.11/site-packages/slack_sdk/web/async_base_client.py", line 167, in api_call']),
              tb_ln(["    return await self._send(http_verb=http_verb, api_url=api_url, req_args=req_args)"]),
              tb_ln(["slack_sdk.errors.SlackApiError: The request to the Slack API failed. (url: https://slack.com/api/chat.postMessage)"]),
              tb_ln(["The server responded with: {'ok': False, 'error': 'invalid_blocks', 'errors': ['must be less than 3001 characters [json-pointer:/blocks/1/text/text]'], 'response_metadata': {'messages': ['[ERROR] must be less than 3001 characters [json-pointer:/blocks/1/text/text]']}}"])]
    else:
        L += [tb_ln(['  File "/app/wbbot/worker.py", line 64, in process']),
              tb_ln(["    img = Image.open(io.BytesIO(blob))"]),
              tb_ln(['  File "/usr/local/lib/python3.11/site-packages/PIL/Image.py", line 3339, in open']),
              tb_ln(["    raise UnidentifiedImageError(msg)"]),
              tb_ln(["PIL.UnidentifiedImageError: cannot identify image file <_io.BytesIO object at 0x7f%s>" % rs(HEX, 10)])]
    return L


def fam_struct(want):
    s = pick(STAFF)
    ch = SLACK_CHANNELS[pick(CHAN_NAMES)]
    if want:
        p = pt()
        c = random.randint(0, 11)
        if c == 10:
            return [sl_console("warning", "registration.mismatch", {"field": "ssn", "facesheet": R((p.ssn, "ssn")),
                                                                    "mrn": R((p.mrn, "mrn")), "source": "adt_a04"})]
        if c == 11:
            return [sl_json("info", "portal.invite.sent", {"mrn": R((p.mrn, "mrn")), "to": R((p.email, "email")),
                                                           "sender": "noreply@mvmc-health.org", "template": "mychart_activation_v2",
                                                           "requested_by": s.slack})]
        if c == 0:
            return [sl_console("info", "pt.lookup.ok", {"hits": Num(1), "mrn": R((p.mrn, "mrn")), "pt_name": R(nm(p, "last_first")),
                                                        "requested_by": s.slack, "source": "epic-fhir", "channel": ch})]
        if c == 1:
            return [sl_console("warning", "phi.guard.flagged", {"channel": ch, "patterns": ["mrn", "dob"],
                                                                "text": R(pt_msg(p, pick(["dob", "admit", "merge"]))),
                                                                "user": s.slack})]
        if c == 2:
            return [sl_console("error", "fhir.request.failed", {"attempt": Num(3), "status": Num(503),
                                                                "url": R("https://fhir.mvmc-health.org/api/FHIR/R4/Patient?family=",
                                                                         (p.last.replace(" ", "%20").replace("'", "%27"), "name"),
                                                                         "&birthdate=", dob(p, "iso"))})] + \
                (traceback_block(p) if random.random() < 0.5 else [])
        if c == 3:
            return [sl_console("info", "contact.lookup", {"contact_name": R((p.c_name, "name")),
                                                          "contact_phone": R((fmt_phone(p.c_phone), "phone")),
                                                          "mrn": R((p.mrn, "mrn")), "relationship": p.c_rel})]
        if c == 4:
            return [sl_json("info", "watchlist.add", {"channel": ch, "user": s.slack, "mrn": R((p.mrn, "mrn")),
                                                      "reason": pick(["fall_risk", "elopement", "sepsis_watch", "vip"]),
                                                      "pt_dob": R(dob(p, "iso"))})]
        if c == 5:
            return [sl_json("info", "card.posted", {"channel": ch, "ts": slack_ts(now()), "patient": {
                "mrn": R((p.mrn, "mrn")), "name": R(nm(p, "last_first")), "age": Num(p.age, "age" if p.age > 89 else None),
                "room": p.room}, "latency_ms": random.randint(90, 1800)})]
        if c == 6:
            return [sl_console("error", "handler.crashed", {"handler": "handle_pt_lookup", "event_id": "Ev0" + rs(UPD, 9),
                                                            "channel": ch})] + traceback_block(p)
        if c == 7:
            return [sl_json("warning", "patientsecure.match.low", {"pt_id": R((p.mrn, "mrn")), "score": round(random.uniform(0.2, 0.6), 3),
                                                                   "device": "PS-" + digits(6), "palm_template": R((p.palm, "biometric")),
                                                                   "fallback": "two_identifiers"})]
        if c == 8:
            exc_parts = ["Traceback (most recent call last):\n  File \"/app/wbbot/match.py\", line 81, in match_row\n    raise RowMatchError(f\"no census match for {row.name!r} DOB {row.dob}\")\nwbbot.errors.RowMatchError: no census match for ",
                         repr_parts([(p.last.upper() + " " + p.first[0], "name")]), " DOB ", dob(p, "us_short")]
            return [sl_json("error", "ocr.row.unmatched", {"job": "wb-%05d" % random.randint(1000, 99999),
                                                           "exception": R(exc_parts)})]
        return [sl_console("info", "insurance.verify", {"member_id": R((p.member if p.payer != "Medicare A/B" else p.mbi, "health_plan")),
                                                        "payer": p.payer, "group": p.group, "eligible": True,
                                                        "mrn": R((p.mrn, "mrn"))})]
    c = random.randint(0, 11)
    if c == 9:
        return [sl_console("info", "smtp.sent", {"to": pick(STAFF).email, "sender": "noreply@mvmc-health.org",
                                                 "subject": "Daily census digest %s" % pick(UNITS), "message_id": "<%s@mvmc-health.org>" % uuid4()})]
    if c == 10:
        return [sl_console("info", "slack.event.received", {"channel": ch, "event_id": "Ev0" + rs(UPD, 9),
                                                            "event_type": "message", "team": SLACK_TEAM, "user": s.slack})]
    if c == 11:
        return [sl_json("info", "shift.handoff.reminder", {"unit": pick(UNITS), "charge": pick(NURSES).full,
                                                           "scheduled_for": "%s 19:00" % now().astimezone(EST).date().isoformat(),
                                                           "recipients": random.randint(4, 19)})]
    if c == 0:
        return [sl_console("info", "slack.event.received", {"channel": ch, "event_id": "Ev0" + rs(UPD, 9),
                                                            "event_type": pick(["app_mention", "message", "reaction_added"]),
                                                            "team": SLACK_TEAM, "user": s.slack})]
    if c == 1:
        return [sl_console("debug", "socket_mode.ping", {"latency_ms": Num(random.randint(18, 120)), "session_id": uuid4()})]
    if c == 2:
        d = pick(DOCS)
        return [sl_console("info", "oncall.lookup", {"result": d.disp, "service": pick(["cardiology", "neurology", "hospitalist"]),
                                                     "pager": "937-555-01%02d" % random.randint(10, 99)})]
    if c == 3:
        return [sl_console("info", "http.request", {"duration_ms": Num(random.randint(1, 40)), "method": "GET",
                                                    "path": pick(["/healthz", "/readyz", "/metrics"]), "status": Num(200),
                                                    "client": "10.61.%d.%d" % (random.randint(0, 255), random.randint(2, 254))})]
    if c == 4:
        return [sl_console("warning", "slack.rate_limited", {"method": "chat.postMessage", "retry_after": Num(random.choice([1, 5, 30]))})]
    if c == 5:
        return [sl_json("info", "census.refresh", {"unit": pick(UNITS), "patients": random.randint(14, 32),
                                                   "source": "hl7-adt", "duration_ms": random.randint(80, 4000),
                                                   "build": "2024.02.27-" + rs(HEX, 7)})]
    if c == 6:
        return [sl_console("error", "handler.crashed", {"handler": "on_mention", "event_id": "Ev0" + rs(UPD, 9),
                                                        "channel": ch})] + traceback_block(None)
    if c == 7:
        return [sl_json("info", "startup", {"version": "3.8.%d" % random.randint(0, 20), "pid": random.randint(7, 90),
                                            "facility": "Mercy Valley Medical Center, 1 Medical Center Dr, Dayton, OH 45409",
                                            "main_line": "(937) 555-0100"})]
    return [sl_json("debug", "fhir.token.refreshed", {"expires_in": 3599, "scope": "system/Patient.read system/Encounter.read",
                                                      "client_id": uuid4()})]


# ----------------------------------------------------------------------------
# family: pino (Node Teams bot + paging bot)
# ----------------------------------------------------------------------------
PINO_HOSTS = ["rounds-teams-bot-7c9d8f6b5-x2k4q", "rounds-teams-bot-7c9d8f6b5-m8wzt", "pager-bridge-5f6c7d9b8-qq2lp"]


def pino(level, obj, msg, host=None):
    t = tick(0.02, 3)
    h = host or pick(PINO_HOSTS[:2])
    d = {"level": level, "time": t_epoch_ms(t), "pid": 1 if "pager" in h else 28, "hostname": h,
         "name": "pager-bridge" if "pager" in h else "rounds-teams-bot"}
    d.update(obj)
    d["msg"] = msg
    ln = Ln("pino")
    emit_json(ln, d, COMPACT)
    return ln


def fam_pino(want):
    conv = pick(TEAMS_CHANNELS) + ";messageid=" + str(t_epoch_ms(now()))
    if want:
        p = pt()
        c = random.randint(0, 9)
        if c == 8:
            return [pino(30, {"module": "billing", "harAccount": R((p.har, "account")), "patientMrn": R((p.mrn, "mrn")),
                              "amountDue": round(random.uniform(20, 900), 2), "payLinkId": "pl_" + rs(HEX, 16)},
                         "payment link sent via portal")]
        if c == 9:
            return [pino(30, {"source": "mychart-chat", "portalUser": R((p.username, "other_id")), "email": R((p.email, "email")),
                              "clientIp": R((p.ip, "ip")), "userAgent": "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)"},
                         "portal session flagged: repeated failed MFA")]
        if c == 0:
            return [pino(30, {"reqId": "req-" + rs("0123456789abcdefghijklmnopqrstuvwxyz", 4), "conversationId": conv,
                              "patientMrn": R((p.mrn, "mrn")), "ptName": R(nm(p, "last_first")), "hits": 1},
                         "patient lookup ok")]
        if c == 1:
            msg = R("Patient not found: identifier=", (p.mrn, "mrn"), " family=", (p.last, "name"))
            stack = R("FhirError: Patient not found: identifier=", (p.mrn, "mrn"), " family=", (p.last, "name"),
                      "\n    at FhirClient.search (/app/src/fhir/client.js:88:13)\n    at process.processTicksAndRejections (node:internal/process/task_queues:95:5)\n    at async PatientLookupDialog.lookupStep (/app/src/dialogs/lookup.js:41:20)")
            return [pino(50, {"reqId": "req-" + rs("0123456789abcdefghijklmnopqrstuvwxyz", 4),
                              "err": {"type": "FhirError", "message": msg, "stack": stack, "statusCode": 404}},
                         "lookup failed")]
        if c == 2:
            return [pino(30, {"source": "mychart-chat", "portalUser": R((p.username, "other_id")),
                              "clientIp": R((p.ip, "ip")), "threadId": "MC-" + digits(8)},
                         "portal message escalated to 4B charge channel")]
        if c == 3:
            return [pino(40, {"module": "patientsecure", "ptId": R((p.mrn, "mrn")), "matchScore": round(random.uniform(0.2, 0.6), 2),
                              "palmTemplate": R((p.palm, "biometric"))},
                         "palm vein match below threshold, falling back to 2 identifiers")]
        if c == 4:
            return [pino(20, {"conversationId": conv, "cardImage": R((jpeg_data_uri(), "photo")), "ptKey": R((p.mrn, "mrn"))},
                         "adaptive card image attached")]
        if c == 5:
            return [pino(30, {"incidentId": "Q" + rs(UPD, 13), "incidentNumber": random.randint(1200, 4800),
                              "title": R(pd_title(p)), "route": "#rrt-alerts"}, "incident.triggered forwarded",
                         host=PINO_HOSTS[2])]
        if c == 6:
            return [pino(30, {"module": "rpm", "mrn": R((p.mrn, "mrn")), "deviceMac": R((p.mac, "device")),
                              "udi": R((p.udi, "device")), "battery": random.randint(20, 99)},
                         "home monitor heartbeat")]
        txt = R(pt_msg(p))
        return [pino(30, {"conversationId": conv, "activityId": str(t_epoch_ms(now())), "textLen": len(txt.plain()),
                          "text": txt}, "message received")]
    c = random.randint(0, 6)
    if c == 6:
        return [pino(30, {"to": "charge-%s@mvmc-health.org" % pick(UNITS).lower(), "from": "noreply@mvmc-health.org",
                          "smtpId": "<%s@smtp.mvmc-health.org>" % rs(HEX, 20), "bytes": random.randint(2000, 40000)},
                     "handoff digest emailed")]
    if c == 0:
        return [pino(30, {"req": {"id": random.randint(1, 9000), "method": "POST", "url": "/api/messages", "query": {}, "params": {},
                                  "headers": {"host": "rounds-bot.mvmc-health.org", "user-agent": "Microsoft-SkypeBotApi (Microsoft-BotFramework 3.0)",
                                              "content-type": "application/json; charset=utf-8",
                                              "content-length": str(random.randint(900, 4000))},
                                  "remoteAddress": "::ffff:10.44.%d.%d" % (random.randint(0, 255), random.randint(2, 254)),
                                  "remotePort": random.randint(30000, 65000)},
                          "res": {"statusCode": pick([200, 200, 202, 401])}, "responseTime": random.randint(4, 900)},
                     "request completed")]
    if c == 1:
        return [pino(30, {"audience": "https://api.botframework.com", "expiresIn": 3599}, "acquired bot connector token")]
    if c == 2:
        return [pino(30, {"port": 3978, "node": "v20.11.1", "version": "2.4.%d" % random.randint(0, 12)},
                     "Server listening on http://0.0.0.0:3978")]
    if c == 3:
        return [pino(30, {"signature": "v1=" + rs(HEX, 64), "eventType": pick(["incident.acknowledged", "incident.resolved"]),
                          "incidentId": "Q" + rs(UPD, 13)}, "pagerduty webhook verified", host=PINO_HOSTS[2])]
    if c == 4:
        return [pino(40, {"durationMs": random.randint(2000, 9000), "endpoint": "https://fhir.mvmc-health.org/api/FHIR/R4/Encounter",
                          "traceId": rs(HEX, 32)}, "FHIR latency high")]
    rip = "10.44.%d.%d:6379" % (random.randint(0, 60), random.randint(2, 250))
    return [pino(50, {"err": {"type": "Error", "message": "connect ECONNREFUSED " + rip,
                              "stack": "Error: connect ECONNREFUSED " + rip + "\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
                              "errno": -111, "code": "ECONNREFUSED", "syscall": "connect"}}, "redis connection lost")]


# ----------------------------------------------------------------------------
# main assembly
# ----------------------------------------------------------------------------
FAMS = [(fam_slack, 20), (fam_teams, 14), (fam_pd, 9), (fam_hubot, 5), (fam_ocr, 4), (fam_mm, 14),
        (fam_struct, 13), (fam_pino, 14)]
SINGLE = [fam_slack, fam_teams, fam_pd, fam_mm, fam_pino]
TARGET_PHI = 0.45


def main():
    lines = []
    phi_lines = 0
    while len(lines) < N_LINES:
        remaining = N_LINES - len(lines)
        want = (phi_lines + 0.5) / (len(lines) + 1) < TARGET_PHI
        if remaining <= 15:
            fn = pick(SINGLE)
            block = fn(want)[:1]
        else:
            fn = random.choices([f for f, _ in FAMS], weights=[w for _, w in FAMS])[0]
            block = fn(want)
        if len(block) > remaining:
            continue
        for ln in block:
            lines.append(ln)
            if ln.spans:
                phi_lines += 1
    assert len(lines) == N_LINES

    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as fl, open(lab_path, "w", encoding="utf-8", newline="\n") as fj:
        for i, ln in enumerate(lines, 1):
            b = bytes(ln.buf)
            assert b"\n" not in b and b"\r" not in b, (i, b[:200])
            assert len(b) <= 4000, (i, len(b))
            b.decode("utf-8")
            prev = 0
            spans = []
            for s, e, cat, val in sorted(ln.spans):
                assert s >= prev, ("overlap", i)
                assert b[s:e] == val, ("span mismatch", i)
                assert e > s
                prev = e
                spans.append({"s": s, "e": e, "cat": cat})
            if ln.fam in ("slack-events", "teams-activity", "pagerduty-webhook", "mattermost-audit", "pino", "structlog-json"):
                json.loads(b.decode("utf-8"))
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": i, "family": ln.fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
