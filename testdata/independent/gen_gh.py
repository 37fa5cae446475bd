#!/usr/bin/env python3
"""Deterministic generator for the 'gh' held-out PHI test corpus.

Theme: patient-facing virtual assistant / chatbot of a health system
(Dialogflow CX + Amazon Lex V2 webhooks, Rasa, transcripts, Genesys-like
live-agent handoff, identity verification, bot appointment booking, NLU
training-data exports).

Standard library only. Writes gh.log and gh.labels.jsonl next to itself.
"""
import base64
import datetime as dt
import json
import os
import re
import unicodedata
import random

SEED = 1818
ID = "gh"
N_LINES = 500
N_PHI = 225  # -> 55 % of lines without PHI
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))

CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn",
        "mrn", "health_plan", "account", "license", "vehicle", "device", "url",
        "ip", "biometric", "photo", "other_id"}


# --------------------------------------------------------------------------
# value containers and segment emitters
# --------------------------------------------------------------------------
class P:
    """A PHI value that must be labeled (cat) wherever it is emitted."""
    __slots__ = ("v", "cat", "k")

    def __init__(self, v, cat, k=None):
        assert cat in CATS, cat
        self.v = v
        self.cat = cat
        self.k = k


class S:
    """A compound string made of plain strings and P parts."""

    def __init__(self, *parts):
        out = []
        for x in parts:
            if isinstance(x, S):
                out.extend(x.parts)
            elif isinstance(x, str):
                if x:
                    out.append(x)
            else:
                out.append(x)
        self.parts = out

    def plain(self):
        return "".join(x if isinstance(x, str) else str(x.v) for x in self.parts)

    def ents(self):
        """character offsets of P parts inside the plain text"""
        pos, res = 0, []
        for x in self.parts:
            t = x if isinstance(x, str) else str(x.v)
            if not isinstance(x, str):
                res.append((pos, pos + len(t), x))
            pos += len(t)
        return res


def parts_of(x):
    if isinstance(x, S):
        return x.parts
    return [x]


def plain(o):
    if isinstance(o, P):
        return o.v
    if isinstance(o, S):
        return o.plain()
    if isinstance(o, dict):
        return {k: plain(v) for k, v in o.items()}
    if isinstance(o, list):
        return [plain(v) for v in o]
    return o


def seg_of(x):
    if isinstance(x, str):
        return (x, None)
    return (str(x.v), x.cat)


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def _jstr(x, ea):
    out = [('"', None)]
    for part in parts_of(x):
        t, c = seg_of(part)
        out.append((jesc(t, ea), c))
    out.append(('"', None))
    return out


def _jdump(o, ea, compact):
    si, sk = (",", ":") if compact else (", ", ": ")
    if isinstance(o, dict):
        out = [("{", None)]
        first = True
        for k, v in o.items():
            if not first:
                out.append((si, None))
            first = False
            out.extend(_jstr(k, ea))
            out.append((sk, None))
            out.extend(_jdump(v, ea, compact))
        out.append(("}", None))
        return out
    if isinstance(o, list):
        out = [("[", None)]
        for i, v in enumerate(o):
            if i:
                out.append((si, None))
            out.extend(_jdump(v, ea, compact))
        out.append(("]", None))
        return out
    if isinstance(o, P) and not isinstance(o.v, str):
        return [(json.dumps(o.v), o.cat)]
    if isinstance(o, (str, S, P)):
        return _jstr(o, ea)
    return [(json.dumps(o), None)]


def jd(o, ea=True, compact=False):
    segs = _jdump(o, ea, compact)
    sep = (",", ":") if compact else (", ", ": ")
    ref = json.dumps(plain(o), ensure_ascii=ea, separators=sep)
    assert "".join(t for t, _ in segs) == ref
    return segs


def jstring(x, ea=True):
    """JSON-escape a whole serialized segment list (JSON inside a JSON string)"""
    out = [('"', None)]
    for t, c in x:
        out.append((jesc(t, ea), c))
    out.append(('"', None))
    return out


def _rstr(x):
    full = plain(x) if not isinstance(x, str) else x
    r = repr(full)
    q = r[0]

    def esc(s):
        s = s.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r")
        if q == "'":
            s = s.replace("'", "\\'")
        return s
    out = [(q, None)]
    for part in parts_of(x):
        t, c = seg_of(part)
        out.append((esc(t), c))
    out.append((q, None))
    assert "".join(t for t, _ in out) == r
    return out


def _pyrepr(o):
    if isinstance(o, dict):
        out = [("{", None)]
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append((", ", None))
            out.extend(_rstr(k))
            out.append((": ", None))
            out.extend(_pyrepr(v))
        out.append(("}", None))
        return out
    if isinstance(o, list):
        out = [("[", None)]
        for i, v in enumerate(o):
            if i:
                out.append((", ", None))
            out.extend(_pyrepr(v))
        out.append(("]", None))
        return out
    if isinstance(o, P) and not isinstance(o.v, str):
        return [(repr(o.v), o.cat)]
    if isinstance(o, (str, S, P)):
        return _rstr(o)
    return [(repr(o), None)]


def pyr(o):
    segs = _pyrepr(o)
    assert "".join(t for t, _ in segs) == repr(plain(o))
    return segs


def lfv(x):
    """logfmt value (quoted like Go %q when needed)"""
    full = plain(x) if not isinstance(x, str) else x
    need = (full == "") or any(ch in full for ch in ' ="\\')
    if not need:
        return [seg_of(p) for p in parts_of(x)]
    out = [('"', None)]
    for part in parts_of(x):
        t, c = seg_of(part)
        out.append((t.replace("\\", "\\\\").replace('"', '\\"'), c))
    out.append(('"', None))
    return out


def csvf(x, always=False):
    full = plain(x) if not isinstance(x, str) else x
    if not (always or any(ch in full for ch in ',"\n')):
        return [seg_of(p) for p in parts_of(x)]
    out = [('"', None)]
    for part in parts_of(x):
        t, c = seg_of(part)
        out.append((t.replace('"', '""'), c))
    out.append(('"', None))
    return out


def L(*items):
    segs = []
    for it in items:
        if isinstance(it, str):
            segs.append((it, None))
        elif isinstance(it, P):
            segs.append((str(it.v), it.cat))
        elif isinstance(it, S):
            segs.extend(seg_of(p) for p in it.parts)
        elif isinstance(it, list):
            segs.extend(it)
        else:
            raise TypeError(type(it))
    return segs


_TPL = re.compile(r"\{(\w+)\}")


def tpl(template, **kw):
    parts, pos = [], 0
    for m in _TPL.finditer(template):
        parts.append(template[pos:m.start()])
        parts.append(kw[m.group(1)])
        pos = m.end()
    parts.append(template[pos:])
    return S(*parts)


# --------------------------------------------------------------------------
# identifiers
# --------------------------------------------------------------------------
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


def card_number():
    body = rng.choice(["4", "4", "5", "37"])
    n = 15 if body != "37" else 14
    while len(body) < n:
        body += str(rng.randint(0, 9))
    return body + luhn_digit(body)


def imei():
    body = rng.choice(["35", "86", "01"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    return body + luhn_digit(body)


def npi():
    body = str(rng.randint(1, 1)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return body + luhn_digit("80840" + body)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "1G1", "WBA"])
    v = list(wmi + "".join(rng.choice(al) for _ in range(5)) + "0" +
             rng.choice("LMNPR") + rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") +
             "".join(str(rng.randint(0, 9)) for _ in range(6)))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + "0123456789"
    N = "0123456789"
    pat = ["123456789", A, AN, N, A, AN, N, A, A, N, N]
    return "".join(rng.choice(x) for x in pat)


def ssn():
    while True:
        a = rng.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), rng.choice("89ab"), hexs(3), hexs(12))


def b64(nbytes, prefix=b""):
    raw = prefix + bytes(rng.getrandbits(8) for _ in range(nbytes))
    return base64.b64encode(raw).decode()


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# --------------------------------------------------------------------------
# dates and phones
# --------------------------------------------------------------------------
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
        "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
ORD = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", 6: "sixth", 7: "seventh",
       8: "eighth", 9: "ninth", 10: "tenth", 11: "eleventh", 12: "twelfth", 13: "thirteenth",
       14: "fourteenth", 15: "fifteenth", 16: "sixteenth", 17: "seventeenth", 18: "eighteenth",
       19: "nineteenth", 20: "twentieth", 30: "thirtieth"}


def n2w(n):
    if n < 20:
        return ONES[n]
    return TENS[n // 10] + ("" if n % 10 == 0 else " " + ONES[n % 10])


def ordw(n):
    if n in ORD:
        return ORD[n]
    return TENS[n // 10] + " " + ORD[n % 10]


def year_words(y):
    if y >= 2000:
        return "two thousand" + ("" if y == 2000 else " " + n2w(y - 2000))
    hi, lo = divmod(y, 100)
    if lo == 0:
        return n2w(hi) + " hundred"
    if lo < 10:
        return n2w(hi) + " oh " + ONES[lo]
    return n2w(hi) + " " + n2w(lo)


def suffix(d):
    if 11 <= d <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")


def dfmt(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_nz":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "us_short":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "long":
        return "%s %d%s, %d" % (MONTHS[d.month - 1], d.day, suffix(d.day), d.year)
    if style == "long_lc":
        return "%s %d%s %d" % (MONTHS[d.month - 1].lower(), d.day, suffix(d.day), d.year)
    if style == "eu":
        return "%d %s %d" % (d.day, MONTHS[d.month - 1], d.year)
    if style == "abbr":
        return "%s %d, %d" % (MONTHS[d.month - 1][:3], d.day, d.year)
    if style == "spoken":
        return "%s %s %s" % (MONTHS[d.month - 1].lower(), ordw(d.day), year_words(d.year))
    if style == "dashus":
        return d.strftime("%m-%d-%Y")
    if style == "compact":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


def pfmt(ph, style):
    a, b, c = ph[:3], ph[3:6], ph[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "raw": ph, "e164": "+1" + ph,
            "space": "%s %s %s" % (a, b, c), "plus1dash": "+1 %s-%s-%s" % (a, b, c),
            "spoken": " ".join(ONES[int(x)] for x in ph)}[style]


def key(words, style):
    if style == "snake":
        return "_".join(words)
    if style == "kebab":
        return "-".join(words)
    if style == "camel":
        return words[0] + "".join(w.capitalize() for w in words[1:])
    if style == "pascal":
        return "".join(w.capitalize() for w in words)
    raise ValueError(style)


# --------------------------------------------------------------------------
# synthetic people
# --------------------------------------------------------------------------
NOW = dt.datetime(2024, 3, 12, 13, 41, 7, 118000)
TODAY = NOW.date()

NAMES = [("Oluwaseun", "Adeyemi"), ("Wei-Ling", "Chen"), ("Bogdan", "Kowalczyk"),
         ("Anjali", "Venkataraman"), ("Zoë", "Lefèvre"), ("Hương", "Nguyễn"),
         ("Tomás", "Ibarra Quispe"), ("Siobhán", "Ní Bhriain"), ("Kwame", "Asante-Boateng"),
         ("Fatima Zahra", "El Amrani"), ("Dmitri", "Volkonsky"), ("Aroha", "Te Whata"),
         ("Haruto", "Kinoshita"), ("Ingrid", "Solberg"), ("Mateus", "Carvalho de Souza"),
         ("Yael", "Ben-Haim"), ("Rustam", "Nazarov"), ("Ezekiel", "Mbatha"),
         ("Leilani", "Kahananui"), ("Teodora", "Petrescu")]
# elderly relatives for proxy conversations (patient is the relative)
ELDERS = [("Teresa", "Villanueva"), ("Hiroko", "Kinoshita"), ("Stanisław", "Kowalczyk"),
          ("Adaeze", "Okonkwo"), ("Gunnar", "Solberg")]
CITIES = [("Evanston", "IL", "60201"), ("Oak Park", "IL", "60302"), ("Cicero", "IL", "60804"),
          ("Skokie", "IL", "60076"), ("Naperville", "IL", "60540"), ("Berwyn", "IL", "60402"),
          ("Waukegan", "IL", "60085"), ("Joliet", "IL", "60435"), ("Hammond", "IN", "46320"),
          ("Gary", "IN", "46402"), ("Kenosha", "WI", "53140"), ("Des Plaines", "IL", "60016"),
          ("Chicago", "IL", "60625"), ("Chicago", "IL", "60617"), ("Aurora", "IL", "60505"),
          ("Park Ridge", "IL", "60068")]
STREETS = ["Kestrel Ridge Dr", "W Farragut Ave", "N Kedzie Blvd", "Maple Hollow Ln",
           "S Ridgeland Ave", "Prairie Crossing Ct", "E 73rd St", "Juniper Bend Rd",
           "Old Orchard Rd", "N Sheridan Rd", "W Belle Plaine Ave", "Cermak Rd",
           "Lakewood Terrace", "S Kolin Ave", "Wolf Point Way", "Calumet Ave"]
AREAS = ["312", "773", "847", "630", "708", "219", "262", "815", "872"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me",
             "comcast.net", "att.net", "hotmail.com"]
PAYERS = [("BCBSIL", "Blue Cross Blue Shield of Illinois"), ("AETNA", "Aetna"),
          ("UHC", "UnitedHealthcare"), ("CIGNA", "Cigna"), ("ILMCD", "Illinois Medicaid"),
          ("HUMANA", "Humana Medicare Advantage")]
PUB_NETS = ["73.", "98.", "24.", "67.", "71.", "99.", "108.", "174.", "76.", "50."]


def phone_digits():
    while True:
        x = rng.randint(2, 98)
        if x != 23:
            return rng.choice(AREAS) + "555" + "01%02d" % x


def member_id(payer):
    if payer == "BCBSIL":
        return rng.choice(["XOF", "XOD", "XOJ", "ZGP"]) + digits(9)
    if payer == "AETNA":
        return "W" + digits(9)
    if payer == "UHC":
        return digits(9) + "01"
    if payer == "CIGNA":
        return "U" + digits(8) + "01"
    if payer == "ILMCD":
        return digits(9)
    return "H" + digits(8)


def dl_number(state, last):
    if state == "IL":
        s = ascii_fold(last)[0].upper() + digits(11)
        return "%s%s-%s-%s" % (s[0], s[1:4], s[4:8], s[8:12])
    if state == "IN":
        return digits(4) + "-" + digits(2) + "-" + digits(4)
    return ascii_fold(last)[0].upper() + digits(3) + "-" + digits(4) + "-" + digits(4) + "-" + digits(2)


def plate(state):
    if state == "IL":
        return rng.choice(["%s %s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), digits(5)),
                           "%s%s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), digits(4))])
    if state == "IN":
        return digits(3) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "-" + digits(4)


class Person:
    pass


def make_person(first, last, elder=False):
    p = Person()
    p.first, p.last = first, last
    p.full = first + " " + last
    if elder:
        y = rng.randint(1927, 1933)
    else:
        y = rng.randint(1941, 2004)
    p.dob = dt.date(y, rng.randint(1, 12), rng.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.phone = phone_digits()
    p.phone2 = phone_digits()
    fa, la = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "").replace("-", "")
    p.email = rng.choice(["%s.%s%d" % (fa, la, rng.randint(1, 99)), "%s%s" % (fa[0], la),
                          "%s_%s" % (fa, la), "%s%d" % (la, p.dob.year % 100)]) + "@" + rng.choice(EMAIL_DOM)
    city = rng.choice(CITIES)
    p.city, p.state, p.zip = city
    p.street = "%d %s" % (rng.randint(12, 9870), rng.choice(STREETS))
    p.unit = rng.choice(["", "", "Apt 3B", "Unit 204", "#2F", ""])
    p.mrn = "%08d" % rng.randint(100000, 9999999)
    p.payer, p.payer_name = rng.choice(PAYERS)
    if p.age >= 65 and rng.random() < 0.7:
        p.payer, p.payer_name = "MCR", "Medicare"
    p.member = member_id(p.payer) if p.payer != "MCR" else None
    p.mbi = mbi()
    p.group = rng.choice(["GRP", "", ""]) + digits(rng.choice([6, 7]))
    p.ssn = ssn()
    p.username = rng.choice(["%s%s%d" % (fa[0], la, p.dob.year % 100), "%s.%s" % (fa, la[:4]),
                             "%s_%s%d" % (la, fa[:3], rng.randint(1, 9))])
    p.dl_state = p.state
    p.dl = dl_number(p.state, last)
    p.plate = plate(p.state)
    p.vin = vin()
    p.card = card_number()
    p.guarantor = "G" + digits(9)
    p.har = "7" + digits(9)
    p.cpap = "2" + digits(10)
    p.imei = imei()
    p.ip = rng.choice(PUB_NETS) + "%d.%d.%d" % (rng.randint(1, 254), rng.randint(0, 254), rng.randint(1, 254))
    p.fax = phone_digits()
    p.case = "CASE-%d-%07d" % (2024, rng.randint(1, 9999999))
    p.passport = rng.choice(["P", "X", "K"]) + digits(8)
    ad = dt.date(2024, 3, 18) + dt.timedelta(days=rng.randint(0, 50))
    while ad.weekday() >= 5:
        ad += dt.timedelta(days=1)
    p.appt = dt.datetime(ad.year, ad.month, ad.day, rng.randint(8, 15), rng.choice([0, 15, 30, 45]))
    p.last_visit = dt.date(2023, rng.randint(1, 12), rng.randint(1, 28))
    p.proxy = None
    p.relation = None
    return p


PEOPLE = [make_person(f, l) for f, l in NAMES]
ELDER_PEOPLE = [make_person(f, l, elder=True) for f, l in ELDERS]
for e, child_idx, rel in zip(ELDER_PEOPLE, [13, 12, 2, 0, 13], ["mother", "mother", "father", "mother", "father"]):
    e.proxy = PEOPLE[child_idx]
    e.relation = rel
    e.phone = PEOPLE[child_idx].phone if rng.random() < 0.5 else e.phone

# training-data-only names (synthetic NLU examples, never labeled)
TRAIN_NAMES = ["Ngozi Eze", "Pedro Almeida", "Mariam Haddad", "Jonas Lindqvist", "Priyanka Desai",
               "Carlos Mendoza", "Aiko Tanaka", "Jan Nowak", "Olga Petrova", "Samuel Osei",
               "Lucía Fernández", "Thabo Ndlovu"]

STAFF_AGENTS = ["Priya Raman", "Marcus Delgado", "Keisha Boone", "Lars Eriksen",
                "Ana Lucía Paredes", "Devon O'Malley", "Tuan Pham"]
DOCTORS = [("Halvorsen, Erik MD", "Dr. Halvorsen", npi()), ("Okafor, Chidinma MD", "Dr. Okafor", npi()),
           ("Sandoval-Reyes, Luis DO", "Dr. Sandoval-Reyes", npi()), ("Lindgren, Maja MD", "Dr. Lindgren", npi()),
           ("Batbayar, Enkhjin MD", "Dr. Batbayar", npi()), ("Whitfield, Grace NP", "Grace Whitfield, NP", npi())]
DEPTS = [("NWLH EVANSTON FAMILY MED", "10501001", "Evanston"), ("NWLH OAK PARK CARDIOLOGY", "10502014", "Oak Park"),
         ("NWLH SKOKIE DERMATOLOGY", "10503007", "Skokie"), ("NWLH NAPERVILLE PEDS", "10504002", "Naperville"),
         ("NWLH LAKESHORE ORTHO", "10501033", "Chicago"), ("NWLH BERWYN WOMENS HLTH", "10505011", "Berwyn")]
CLINIC_ADDR = ["1200 W Davis St, Evanston, IL 60201", "610 S Maple Ave, Oak Park, IL 60304",
               "9600 Gross Point Rd, Skokie, IL 60076", "1801 N Lakeshore Pkwy, Chicago, IL 60611"]
MAIN_PHONE = "(847) 555-0100"
SCHED_PHONE = "(847) 555-0123"
HIM_FAX = "(847) 555-0199"
VISIT_TYPES = [("NEW PATIENT 30", "1004"), ("FOLLOW UP 20", "1011"), ("ANNUAL PHYSICAL 40", "1020"),
               ("VIDEO VISIT 15", "2030"), ("SAME DAY SICK 15", "1015")]

AGENT_CX = uuid4()
FLOWS = {"Identity": uuid4(), "Scheduling": uuid4(), "Billing": uuid4(), "Default Start Flow": "00000000-0000-0000-0000-000000000000"}
LEX_BOT = ("ZK4QF8M2TA", "NWLH-PatientAssist", "TSTALIASID", "prod-v7", "7")
MODEL_ID = hexs(32)


# --------------------------------------------------------------------------
# clock / conversation context
# --------------------------------------------------------------------------
class Ctx:
    pass


c = Ctx()
c.t = NOW
c.pid = 4211


def tick():
    c.t += dt.timedelta(milliseconds=rng.randint(40, 16000))


def iso_z(t=None):
    t = t or c.t
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def local(t=None):
    return (t or c.t) - dt.timedelta(hours=5)


def new_conversation():
    pool = PEOPLE + ELDER_PEOPLE
    c.p = rng.choice(pool)
    c.cx_session = "%s" % (hexs(2) + "-" + hexs(20))
    c.lex_session = digits(12) + "-" + hexs(6)
    c.rasa_sender = hexs(32)
    c.gen_conv = uuid4()
    c.conv = "conv_" + hexs(16)
    c.turn = rng.randint(1, 4)
    c.left = rng.randint(7, 16)
    c.agent = rng.choice(STAFF_AGENTS)
    c.doc = rng.choice(DOCTORS)
    c.dept = rng.choice(DEPTS)
    c.vt = rng.choice(VISIT_TYPES)
    c.channel = rng.choice(["web", "web", "sms", "ivr", "app"])


new_conversation()


# --------------------------------------------------------------------------
# utterance / bot-message building blocks
# --------------------------------------------------------------------------
def appt_time(p):
    return p.appt.strftime("%I:%M %p").lstrip("0")


def appt_iso(p):
    return p.appt.strftime("%Y-%m-%dT%H:%M:%S") + "-05:00"


def appt_long(p):
    return "%s, %s %d" % (p.appt.strftime("%A"), MONTHS[p.appt.month - 1], p.appt.day)


PHI_KINDS = ["name", "dob", "dob", "phone", "member", "zip", "addr", "email", "mrn", "name_dob",
             "proxy", "ssn", "device", "plate", "dl", "fax", "appt", "username", "mbi", "callback"]


def utter(p, kind, voice=False):
    """Return (text S, params list[(words, P)], intent, entity names)."""
    if kind == "name":
        t = tpl(rng.choice(["my name is {f} {l}", "{f} {l}", "it's {f} {l}", "this is {f} {l}",
                            "{f} {l} here", "i am {f} {l}"]),
                f=P(p.first, "name", ("first", "name")), l=P(p.last, "name", ("last", "name")))
        return t, [(("first", "name"), P(p.first, "name")), (("last", "name"), P(p.last, "name"))], "identity.provide_name"
    if kind == "dob":
        st = "spoken" if voice else rng.choice(["us", "us_nz", "us_short", "long", "long_lc", "eu", "abbr", "dashus", "iso"])
        t = tpl(rng.choice(["{d}", "my dob is {d}", "born {d}", "date of birth {d}", "it's {d}",
                            "{d} is my birthday", "dob {d}"]), d=P(dfmt(p.dob, st), "date", ("dob",)))
        return t, [(("dob",), P(dfmt(p.dob, "iso"), "date"))], "identity.provide_dob"
    if kind == "name_dob":
        st = "spoken" if voice else rng.choice(["us", "long", "us_nz"])
        t = tpl(rng.choice(["{f} {l}, {d}", "{f} {l} born {d}", "name is {f} {l} and dob {d}"]),
                f=P(p.first, "name", ("first", "name")), l=P(p.last, "name", ("last", "name")),
                d=P(dfmt(p.dob, st), "date", ("dob",)))
        return t, [(("first", "name"), P(p.first, "name")), (("last", "name"), P(p.last, "name")),
                   (("date", "of", "birth"), P(dfmt(p.dob, "iso"), "date"))], "identity.provide_name_dob"
    if kind in ("phone", "callback"):
        st = "spoken" if voice else rng.choice(["paren", "dash", "dot", "raw", "space", "plus1dash"])
        num = p.phone if kind == "phone" else p.phone2
        t = tpl(rng.choice(["{ph}", "my cell is {ph}", "you can call me at {ph}", "best number is {ph}",
                            "call me back on {ph}", "text {ph}"]), ph=P(pfmt(num, st), "phone", ("phone",)))
        w = ("phone", "number") if kind == "phone" else ("callback", "number")
        return t, [(w, P(num, "phone"))], "contact.provide_phone"
    if kind == "member":
        mid = p.member or p.mbi
        cat = "health_plan"
        t = tpl(rng.choice(["my member id is {m}", "{m}", "the id on my card is {m}", "member number {m}",
                            "insurance id {m}", "it says {m} on the card"]), m=P(mid, cat, ("member", "id")))
        return t, [(("member", "id"), P(mid, cat))], "insurance.provide_member_id"
    if kind == "mbi":
        m = p.mbi
        shown = m[:4] + "-" + m[4:7] + "-" + m[7:] if rng.random() < 0.5 else m
        t = tpl(rng.choice(["my medicare number is {m}", "medicare {m}", "mbi is {m}"]), m=P(shown, "health_plan", ("mbi",)))
        return t, [(("medicare", "id"), P(m, "health_plan"))], "insurance.provide_member_id"
    if kind == "zip":
        t = tpl(rng.choice(["{z}", "zip is {z}", "my zip code is {z}", "{z} i think"]), z=P(p.zip, "zip", ("zip",)))
        return t, [(("zip", "code"), P(p.zip, "zip"))], "identity.provide_zip"
    if kind == "addr":
        st = p.street + ((" " + p.unit) if p.unit else "")
        t = tpl(rng.choice(["{s}, {c}", "i live at {s} in {c}", "new address is {s}, {c} {z}", "{s} {c}"]),
                s=P(st, "address", ("street",)), c=P(p.city, "address", ("city",)), z=P(p.zip, "zip", ("zip",)))
        return t, [(("street", "address"), P(st, "address")), (("city",), P(p.city, "address"))], "profile.update_address"
    if kind == "email":
        t = tpl(rng.choice(["{e}", "send it to {e}", "my email is {e}", "email {e} please"]), e=P(p.email, "email", ("email",)))
        return t, [(("email",), P(p.email, "email"))], "contact.provide_email"
    if kind == "mrn":
        t = tpl(rng.choice(["my mrn is {m}", "medical record number {m}", "MRN {m}", "the number on my wristband was {m}"]),
                m=P(p.mrn, "mrn", ("mrn",)))
        return t, [(("mrn",), P(p.mrn, "mrn"))], "identity.provide_mrn"
    if kind == "proxy":
        e = p if p.proxy is not None else rng.choice(ELDER_PEOPLE)
        t = tpl(rng.choice(["i'm calling for my {r} {n}, she's {a}", "this is for my {r} {n}. {a} years old",
                            "booking for my {r}, {n}, age {a}"]),
                r=e.relation, n=P(e.full, "name", ("patient", "name")), a=P(str(e.age), "age", ("age",)))
        if e.relation == "father":
            t = S(*[x.replace("she's", "he's") if isinstance(x, str) else x for x in t.parts])
        return t, [(("patient", "name"), P(e.full, "name")), (("patient", "age"), P(e.age, "age"))], "proxy.identify"
    if kind == "ssn":
        v = p.ssn if rng.random() < 0.7 else p.ssn.replace("-", "")
        t = tpl(rng.choice(["{s}", "my social is {s}", "ssn {s}", "it's {s}"]), s=P(v, "ssn", ("ssn",)))
        return t, [(("ssn",), P(v, "ssn"))], "identity.provide_ssn"
    if kind == "device":
        if rng.random() < 0.6:
            t = tpl(rng.choice(["the serial on my cpap is {s}", "cpap serial number {s}", "SN {s}"]), s=P(p.cpap, "device", ("device", "serial")))
            return t, [(("device", "serial"), P(p.cpap, "device"))], "supplies.reorder"
        t = tpl(rng.choice(["the bp cuff imei is {s}", "IMEI {s} on the back"]), s=P(p.imei, "device", ("imei",)))
        return t, [(("device", "imei"), P(p.imei, "device"))], "rpm.device_support"
    if kind == "plate":
        t = tpl(rng.choice(["my plate is {pl}", "{st} plate {pl}", "license plate {pl}"]), st=p.state,
                pl=P(p.plate, "vehicle", ("plate",)))
        return t, [(("license", "plate"), P(p.plate, "vehicle"))], "parking.valet_register"
    if kind == "dl":
        t = tpl(rng.choice(["my drivers license is {d}", "DL {d}", "license number {d}"]), d=P(p.dl, "license", ("dl",)))
        return t, [(("dl", "number"), P(p.dl, "license"))], "identity.provide_license"
    if kind == "fax":
        t = tpl(rng.choice(["can you fax them to {f}", "fax to {f} please", "my home fax is {f}"]),
                f=P(pfmt(p.fax, rng.choice(["dash", "paren"])), "fax", ("fax",)))
        return t, [(("fax", "number"), P(p.fax, "fax"))], "records.request_release"
    if kind == "appt":
        d = p.appt.date()
        st = rng.choice(["us_nz", "abbr", "long_lc"])
        t = tpl(rng.choice(["can i come in {d}", "{d} works", "do you have anything on {d}", "book {d} please"]),
                d=P(dfmt(d, st), "date", ("appointment", "date")))
        return t, [(("appointment", "date"), P(dfmt(d, "iso"), "date"))], "appointment.book"
    if kind == "username":
        t = tpl(rng.choice(["my mychart username is {u}", "username {u}", "i log in as {u}"]), u=P(p.username, "other_id", ("username",)))
        return t, [(("portal", "username"), P(p.username, "other_id"))], "portal.reset_password"
    raise ValueError(kind)


NOPHI_UTTER = [
    ("I need to reschedule my appointment", "appointment.reschedule"),
    ("book a physical", "appointment.book"), ("cancel my appointment", "appointment.cancel"),
    ("agent", "handoff.agent"), ("representative please", "handoff.agent"),
    ("talk to a real person", "handoff.agent"), ("yes", "confirm.yes"), ("no", "confirm.no"),
    ("yes that's right", "confirm.yes"), ("nope that's wrong", "confirm.no"),
    ("what time does the evanston clinic open", "faq.hours"),
    ("is the lab in skokie open on saturday", "faq.hours"),
    ("do you take blue cross", "faq.insurance"), ("what insurance do you accept", "faq.insurance"),
    ("how much is an mri", "billing.estimate"), ("my bill looks wrong", "billing.dispute"),
    ("refill my lisinopril", "rx.refill"), ("i need my covid vaccine record", "records.immunizations"),
    ("where do i park", "faq.parking"), ("I forgot my password", "portal.reset_password"),
    ("tuesday morning", "appointment.provide_time"), ("anything after 3pm", "appointment.provide_time"),
    ("the first one", "appointment.select_slot"), ("option 2", "appointment.select_slot"),
    ("i'm having chest pain", "triage.emergency"), ("can i get a video visit instead", "appointment.modality"),
    ("thanks bye", "session.end"), ("ok", "confirm.yes"), ("hello", "session.greet"),
    ("¿hablan español?", "faq.language"), ("I already told you", "fallback"),
    ("my son is 7, can he see a pediatrician in naperville", "appointment.book"),
    ("is there an age limit for the shingles shot? i'm 67", "faq.vaccines"),
    ("do you have appointments for 2 people", "appointment.book"),
]

NOPHI_BOT = [
    "Hi! I'm the Northwind Lakes Health virtual assistant. I can help you schedule, reschedule, or cancel an appointment.",
    "For your security, please tell me your date of birth.",
    "Before we continue, I need to verify your identity. What's your full name?",
    "Sorry, I didn't catch that. Could you say it another way?",
    "Our Evanston clinic at 1200 W Davis St is open 8 AM to 5 PM, Monday through Friday. You can also call " + MAIN_PHONE + ".",
    "Connecting you with a member of our Patient Access team. Current wait is about 4 minutes.",
    "Please don't share your Social Security number in chat.",
    "If this is a medical emergency, please hang up and call 911.",
    "What's the best phone number to reach you?",
    "I have a few openings. Which works best for you?",
    "Okay, I won't make any changes. Is there anything else I can help with?",
    "To request records by fax, our HIM department fax is " + HIM_FAX + ".",
    "Got it. And what's the ZIP code on file?",
    "That doesn't match what we have on file. Let's try once more.",
    "I'm sorry, I wasn't able to verify your identity. Please call " + SCHED_PHONE + " for help.",
    "Your refill request has been sent to your care team. Most requests are reviewed within 2 business days.",
    "We accept most major plans, including Blue Cross Blue Shield PPO, Aetna, Cigna and Medicare.",
    "Parking is free in the Davis Street garage for up to 3 hours.",
]


def video_url(p):
    return "https://video.nwlh.org/join/%s-%s" % (ascii_fold(p.first[0] + p.last).lower().replace(" ", "").replace("-", ""), p.mrn[-4:])


def bot_phi(p):
    k = rng.choice(["greet", "appt", "dob_confirm", "email", "link", "case", "phone", "address", "appt2"])
    if k == "greet":
        return tpl(rng.choice(["Thanks, {f}. I found your record.", "Welcome back, {f}! How can I help today?",
                               "Thank you {f}, you're verified."]), f=P(p.first, "name")), k
    if k in ("appt", "appt2"):
        return tpl("You're all set! Your appointment with {doc} is on {d} at {t} at our {loc} clinic.",
                   doc=c.doc[1], d=P("%s %d" % (MONTHS[p.appt.month - 1], p.appt.day), "date"),
                   t=appt_time(p), loc=c.dept[2]), k
    if k == "dob_confirm":
        return tpl("I have your date of birth as {d}. Is that correct?", d=P(dfmt(p.dob, "long"), "date")), k
    if k == "email":
        return tpl("I sent a confirmation to {e}. The email comes from noreply@nwlh.org.", e=P(p.email, "email")), k
    if k == "link":
        u = video_url(p)
        return tpl("Here is your video visit link: {u} (opens 15 minutes before your visit).", u=P(u, "url")), k
    if k == "case":
        return tpl("I've opened case {cs} for you. Someone from Patient Relations will follow up within 3 business days.",
                   cs=P(p.case, "other_id")), k
    if k == "phone":
        return tpl("We'll text a reminder to {ph}. Reply STOP to opt out.", ph=P(pfmt(p.phone, "paren"), "phone")), k
    return tpl("I updated your address to {s}, {ci}, {st} {z}.", s=P(p.street, "address"), ci=P(p.city, "address"),
               st=p.state, z=P(p.zip, "zip")), k


def pick_kind(allowed=None):
    ks = allowed or PHI_KINDS
    k = rng.choice(ks)
    if k == "proxy" and c.p.proxy is None and rng.random() < 0.5:
        k = "name"
    return k


def subject():
    """The person the conversation is about (the elder, if proxy)."""
    return c.p


# --------------------------------------------------------------------------
# families
# --------------------------------------------------------------------------
def fam_dfcx_req(phi):
    p = c.p
    style = rng.choice(["kebab", "snake", "snake", "camel"])
    agent = "projects/nwlh-va-prod/locations/us-central1/agents/" + AGENT_CX
    params = {}
    if phi:
        kind = pick_kind(["name", "dob", "name_dob", "phone", "member", "zip", "addr", "email", "mrn",
                          "proxy", "appt", "callback", "fax", "username", "mbi", "device"])
        text, prm, intent = utter(p, kind)
        for w, v in prm:
            params[key(w, style)] = v
        flow = "Identity" if intent.startswith("identity") else rng.choice(["Scheduling", "Identity", "Billing"])
    else:
        txt, intent = rng.choice(NOPHI_UTTER)
        text = S(txt)
        flow = rng.choice(list(FLOWS))
        if rng.random() < 0.6:
            params[key(("visit", "type"), style)] = rng.choice(["follow-up", "new-patient", "physical", "video"])
            params[key(("department",), style)] = rng.choice(["family-medicine", "cardiology", "dermatology"])
        params[key(("verify", "attempts"), style)] = rng.randint(0, 2)
    body = {
        "detectIntentResponseId": uuid4(),
        "intentInfo": {"lastMatchedIntent": agent + "/intents/" + uuid4(), "displayName": intent,
                       "confidence": round(rng.uniform(0.41, 0.99), 6)},
        "pageInfo": {"currentPage": agent + "/flows/" + FLOWS[flow] + "/pages/" + uuid4(),
                     "displayName": rng.choice(["Collect Identity", "Confirm Slot", "Start Page", "Offer Slots", "Collect Contact"])},
        "sessionInfo": {"session": agent + "/sessions/" + c.cx_session, "parameters": params},
        "fulfillmentInfo": {"tag": rng.choice(["verify-identity", "lookup-patient", "book-slot", "route", "save-contact"])},
        "text": text,
        "languageCode": "en",
    }
    if rng.random() < 0.3:
        body["languageCode"] = "en-us"
    tick()
    lead = rng.choice(["%s INFO  cx-webhook  request body=" % iso_z(),
                       '{"severity":"INFO","time":"%s","logger":"cx-webhook","msg":"webhook request","body":' % iso_z()])
    if lead.startswith("{"):
        return "dfcx-webhook-req", L(lead, jd(body, ea=False, compact=True), "}")
    return "dfcx-webhook-req", L(lead, jd(body, ea=False, compact=True))


def fam_dfcx_resp(phi):
    p = c.p
    params = {}
    if phi:
        msg, k = bot_phi(p)
        if k in ("appt", "appt2"):
            params["appointment-start"] = P(appt_iso(p), "date")
            params["appointment-id"] = "APT-" + digits(9)
        elif k == "greet":
            params["patient-mrn"] = P(p.mrn, "mrn")
            params["verified"] = True
        elif k == "email":
            params["confirmation-sent"] = True
        else:
            params["verified"] = True
    else:
        msg = S(rng.choice(NOPHI_BOT))
        params["verify-attempts"] = rng.randint(0, 3)
        if rng.random() < 0.4:
            params["verified"] = False
    body = {"fulfillmentResponse": {"messages": [{"text": {"text": [msg]}}], "mergeBehavior": "REPLACE"},
            "sessionInfo": {"parameters": params}}
    if rng.random() < 0.3:
        body["targetPage"] = "projects/nwlh-va-prod/locations/us-central1/agents/%s/flows/%s/pages/END_FLOW" % (AGENT_CX, FLOWS["Scheduling"])
    tick()
    t = local()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    return "dfcx-webhook-resp", L("%s INFO [va_webhook.fulfillment] sending WebhookResponse: " % ts, jd(body))


def lex_slot(val_orig, val_interp):
    return {"shape": "Scalar", "value": {"originalValue": val_orig, "resolvedValues": [val_interp],
                                         "interpretedValue": val_interp}}


def fam_lex_event(phi):
    p = c.p
    voice = rng.random() < 0.4
    slots = {}
    if phi:
        kind = pick_kind(["name", "dob", "name_dob", "phone", "member", "zip", "mrn", "proxy", "appt", "mbi", "ssn", "dl", "plate",
                          "name", "dob", "name_dob", "phone", "member", "zip", "appt"])
        text, prm, intent = utter(p, kind, voice=voice)
        pool = [e[2] for e in text.ents()]
        for w, v in prm:
            # originalValue mirrors what the user said for the slot (first unused entity of that category)
            orig = None
            for i, ev in enumerate(pool):
                if ev is not None and ev.cat == v.cat:
                    orig = P(ev.v, ev.cat)
                    pool[i] = None
                    break
            if orig is None:
                orig = P(str(v.v), v.cat)
            slots[key(w, "pascal")] = lex_slot(orig, P(str(v.v), v.cat))
        iname = "".join(x.capitalize() for x in re.split(r"[._]", intent))
    else:
        txt, intent = rng.choice(NOPHI_UTTER)
        text = S(txt.lower() if voice else txt)
        iname = "".join(x.capitalize() for x in re.split(r"[._]", intent))
        if intent == "faq.hours":
            loc = "evanston" if "evanston" in txt else "skokie"
            slots["Location"] = lex_slot(loc, loc.capitalize())
        slots["DateOfBirth"] = None
    ev = {"sessionId": c.lex_session, "inputTranscript": text,
          "interpretations": [{"intent": {"name": iname, "slots": slots, "state": "InProgress",
                                          "confirmationState": "None"},
                               "nluConfidence": {"score": round(rng.uniform(0.55, 1.0), 2)}},
                              {"intent": {"name": "FallbackIntent", "slots": {}}}],
          "bot": {"id": LEX_BOT[0], "name": LEX_BOT[1], "localeId": "en_US", "version": LEX_BOT[4],
                  "aliasId": LEX_BOT[2], "aliasName": LEX_BOT[3]},
          "responseContentType": "text/plain; charset=utf-8",
          "sessionState": {"sessionAttributes": {"channel": c.channel, "verifyAttempts": str(rng.randint(0, 2))},
                           "activeContexts": [], "intent": {"name": iname, "slots": slots, "state": "InProgress",
                                                            "confirmationState": "None"},
                           "originatingRequestId": uuid4()},
          "messageVersion": "1.0", "invocationSource": "DialogCodeHook",
          "inputMode": "Speech" if voice else "Text"}
    tick()
    return "lex-lambda-event", L("[INFO]\t%s\t%s\tReceived event: " % (iso_z(), uuid4()), jd(ev))


def fam_lex_resp(phi):
    p = c.p
    attrs = {"channel": c.channel}
    if phi:
        msg, k = bot_phi(p)
        r = rng.random()
        if r < 0.4:
            attrs["patientMrn"] = P(p.mrn, "mrn")
        elif r < 0.7:
            attrs["patientDob"] = P(dfmt(p.dob, "iso"), "date")
        attrs["verified"] = "true"
        da = {"type": "Close"}
        state = "Fulfilled"
    else:
        msg = S(rng.choice(NOPHI_BOT))
        attrs["verified"] = "false"
        attrs["verifyAttempts"] = str(rng.randint(1, 3))
        da = {"type": "ElicitSlot", "slotToElicit": rng.choice(["DateOfBirth", "FirstName", "ZipCode", "MemberId"])}
        state = "InProgress"
    body = {"sessionState": {"dialogAction": da,
                             "intent": {"name": rng.choice(["VerifyIdentity", "BookAppointment", "CancelAppointment"]),
                                        "state": state},
                             "sessionAttributes": attrs},
            "messages": [{"contentType": "PlainText", "content": msg}]}
    tick()
    return "lex-lambda-resp", L("%s\t%s\tINFO\tresponse: " % (iso_z(), uuid4()), jd(body, ea=False, compact=True))


def fam_lambda_platform(phi):
    assert not phi
    tick()
    rid = uuid4()
    r = rng.random()
    if r < 0.3:
        return "lambda-platform", L("START RequestId: %s Version: $LATEST" % rid)
    if r < 0.5:
        return "lambda-platform", L("END RequestId: %s" % rid)
    if r < 0.85:
        d = rng.uniform(18, 2400)
        return "lambda-platform", L("REPORT RequestId: %s\tDuration: %.2f ms\tBilled Duration: %d ms\tMemory Size: 512 MB\tMax Memory Used: %d MB\t" % (rid, d, int(d) + 1, rng.randint(71, 190)))
    return "lambda-platform", L("INIT_START Runtime Version: python:3.11.v29\tRuntime Version ARN: arn:aws:lambda:us-east-2::runtime:%s" % hexs(64))


RASA_NOPHI = [
    "rasa.core.processor  - Predicted next action 'utter_ask_dob' with confidence 1.00.",
    "rasa.core.processor  - Predicted next action 'action_listen' with confidence 1.00.",
    "rasa.core.policies.rule_policy  - There is a rule for the next action 'identity_form'.",
    "rasa.core.policies.memoization  - There is no memorised next action",
    "rasa.core.actions.action  - Calling action endpoint to run action 'action_verify_identity'.",
    "rasa.core.actions.action  - Calling action endpoint to run action 'action_book_appointment'.",
    "rasa.core.actions.forms  - Validating extracted slots: dob, zip_code",
    "rasa.core.lock_store  - Issuing ticket for conversation '{s}'.",
    "rasa.core.lock_store  - Deleted lock for conversation '{s}'.",
    "rasa.core.tracker_store  - Recreating tracker for id '{s}'",
    "rasa.core.processor  - Action 'utter_ask_dob' ended with events '[BotUttered('For your security, what is your date of birth?', {{\"elements\": null}}, {{}}, 1710254512.881)]'.",
    "rasa.core.processor  - Policy prediction ended with events '[]'.",
    "rasa_sdk.executor  - Received request to run 'action_lookup_patient'",
    "rasa_sdk.executor  - Finished running 'action_lookup_patient'",
    "rasa.core.nlg.response  - Response 'utter_handoff' not found in domain, falling back to template.",
    "rasa.engine.runner.dask  - Running graph with inputs: {{'__message__': [<rasa.core.channels.channel.UserMessage object at 0x7f3c2a1e9d50>]}}, targets: ['run_RegexMessageHandler'] and ExecutionContext(model_id='{m}', should_add_diagnostic_data=False, is_finetuning=False, node_name=None).",
    "actions.scheduling  - epic slot search dept=10501001 visit_type=1011 returned 14 slots in 812ms",
    "actions.identity  - verification attempt 2/3 failed reason=DOB_MISMATCH sender={s}",
]


def rasa_ts():
    return local().strftime("%Y-%m-%d %H:%M:%S")


def fam_rasa_log(phi):
    p = c.p
    tick()
    if not phi:
        lvl = rng.choice(["DEBUG   ", "DEBUG   ", "INFO    "])
        m = rng.choice(RASA_NOPHI).format(s=c.rasa_sender, m=MODEL_ID)
        return "rasa-server-log", L("%s %s %s" % (rasa_ts(), lvl, m))
    r = rng.random()
    if r < 0.55:
        kind = pick_kind(["name", "dob", "name_dob", "phone", "member", "zip", "email", "mrn", "ssn", "device", "username", "addr", "appt", "fax"])
        text, prm, intent = utter(p, kind)
        ents = []
        for s0, e0, part in text.ents():
            ename = "_".join(part.k) if part.k else "entity"
            ents.append({"entity": ename, "start": s0, "end": e0,
                         "confidence_entity": round(rng.uniform(0.8, 0.9999), 4),
                         "value": P(part.v, part.cat), "extractor": "DIETClassifier"})
        intent_d = {"name": intent.replace(".", "_"), "confidence": round(rng.uniform(0.6, 0.999), 4)}
        return "rasa-server-log", L("%s DEBUG    rasa.core.processor  - Received user message '" % rasa_ts(),
                                    text, "' with intent '", pyr(intent_d), "' and entities '", pyr(ents), "'")
    if r < 0.8:
        kind = rng.choice(["lookup", "verified", "booked"])
        if kind == "lookup":
            return "rasa-server-log", L("%s INFO     actions.identity  - EMPI lookup name=" % rasa_ts(),
                                        lfv(S(P(p.full, "name"))), " dob=", P(dfmt(p.dob, "iso"), "date"),
                                        " -> %d candidate(s)" % rng.randint(1, 2))
        if kind == "verified":
            return "rasa-server-log", L("%s INFO     actions.identity  - verified sender=%s mrn=" % (rasa_ts(), c.rasa_sender),
                                        P(p.mrn, "mrn"), " factors=dob,zip")
        return "rasa-server-log", L("%s INFO     actions.scheduling  - booked mrn=" % rasa_ts(), P(p.mrn, "mrn"),
                                    " dept=%s visit_type=%s start=" % (c.dept[1], c.vt[1]), P(appt_iso(p), "date"),
                                    " prov_npi=%s" % c.doc[2])
    # Rasa custom action printing the full slot dict
    slots = {"first_name": P(p.first, "name"), "last_name": P(p.last, "name"),
             "dob": P(dfmt(p.dob, "iso"), "date"), "zip_code": P(p.zip, "zip"),
             "verified": True, "requested_slot": None}
    if rng.random() < 0.5:
        slots["member_id"] = P(p.member or p.mbi, "health_plan")
    return "rasa-server-log", L("%s DEBUG    actions.identity  - slots at validate: " % rasa_ts(), pyr(slots))


def fam_rasa_slotdump(phi):
    """Continuation lines of rasa 'Current slot values:' debug record."""
    p = c.p
    if not phi:
        return "rasa-slot-dump", L(rng.choice(["\trequested_slot: dob", "\tverified: False", "\tsession_started_metadata: None",
                                               "\tverify_attempts: 1.0", "\tappointment_id: None", "\trequested_slot: zip_code",
                                               "\tchannel: socketio", "\tvisit_type: FOLLOW UP 20"]))
    k = rng.choice(["first_name", "last_name", "dob", "zip_code", "member_id", "phone_number", "email", "mrn", "appointment_start"])
    v = {"first_name": P(p.first, "name"), "last_name": P(p.last, "name"), "dob": P(dfmt(p.dob, "iso"), "date"),
         "zip_code": P(p.zip, "zip"), "member_id": P(p.member or p.mbi, "health_plan"),
         "phone_number": P(p.phone, "phone"), "email": P(p.email, "email"), "mrn": P(p.mrn, "mrn"),
         "appointment_start": P(appt_iso(p), "date")}[k]
    return "rasa-slot-dump", L("\t%s: " % k, v)


def fam_rasa_tracker(phi):
    p = c.p
    tick()
    ts = round(c.t.replace(tzinfo=dt.timezone.utc).timestamp() + rng.random() / 1000, 6)
    meta = {"model_id": MODEL_ID, "assistant_id": "nwlh-va-20240301"}
    if phi:
        r = rng.random()
        if r < 0.5:
            kind = pick_kind(["name", "dob", "name_dob", "phone", "member", "zip", "email", "mrn", "addr", "proxy", "appt", "fax"])
            text, prm, intent = utter(p, kind)
            ents = [{"entity": "_".join(part.k) if part.k else "entity", "start": s0, "end": e0,
                     "confidence_entity": round(rng.uniform(0.8, 0.9999), 4), "value": P(part.v, part.cat),
                     "extractor": "DIETClassifier"} for s0, e0, part in text.ents()]
            mid = hexs(32)
            ev = {"event": "user", "timestamp": ts, "metadata": meta, "text": text,
                  "parse_data": {"intent": {"name": intent.replace(".", "_"), "confidence": round(rng.uniform(0.6, 0.99), 4)},
                                 "entities": ents, "text": text, "message_id": mid, "metadata": {}},
                  "input_channel": rng.choice(["socketio", "rest", "twilio"]), "message_id": mid}
        elif r < 0.8:
            k = rng.choice(["dob", "member_id", "phone_number", "first_name", "zip_code", "email", "mrn", "patient_name"])
            v = {"dob": P(dfmt(p.dob, "iso"), "date"), "member_id": P(p.member or p.mbi, "health_plan"),
                 "phone_number": P(p.phone, "phone"), "first_name": P(p.first, "name"), "zip_code": P(p.zip, "zip"),
                 "email": P(p.email, "email"), "mrn": P(p.mrn, "mrn"), "patient_name": P(p.full, "name")}[k]
            ev = {"event": "slot", "timestamp": ts, "metadata": meta, "name": k, "value": v}
        else:
            msg, k = bot_phi(p)
            ev = {"event": "bot", "timestamp": ts, "metadata": {"utter_action": "utter_" + k, **meta}, "text": msg,
                  "data": {"elements": None, "quick_replies": None, "buttons": None, "attachment": None,
                           "image": None, "custom": None}}
    else:
        r = rng.random()
        if r < 0.3:
            ev = {"event": "action", "timestamp": ts, "metadata": meta,
                  "name": rng.choice(["action_listen", "identity_form", "action_verify_identity", "action_book_appointment", "utter_ask_dob"]),
                  "policy": rng.choice(["RulePolicy", "TEDPolicy", "MemoizationPolicy"]),
                  "confidence": round(rng.uniform(0.7, 1.0), 4), "action_text": None, "hide_rule_turn": False}
        elif r < 0.5:
            ev = {"event": "slot", "timestamp": ts, "metadata": meta, "name": "requested_slot",
                  "value": rng.choice(["dob", "zip_code", "first_name", "member_id", None])}
        elif r < 0.65:
            ev = {"event": "active_loop", "timestamp": ts, "metadata": meta, "name": rng.choice(["identity_form", None])}
        elif r < 0.75:
            ev = {"event": "session_started", "timestamp": ts, "metadata": meta}
        elif r < 0.88:
            txt, intent = rng.choice(NOPHI_UTTER)
            mid = hexs(32)
            ev = {"event": "user", "timestamp": ts, "metadata": meta, "text": txt,
                  "parse_data": {"intent": {"name": intent.replace(".", "_"), "confidence": round(rng.uniform(0.5, 0.99), 4)},
                                 "entities": [], "text": txt, "message_id": mid, "metadata": {}},
                  "input_channel": "socketio", "message_id": mid}
        else:
            ev = {"event": "bot", "timestamp": ts, "metadata": {"utter_action": "utter_ask_dob", **meta},
                  "text": rng.choice(NOPHI_BOT),
                  "data": {"elements": None, "quick_replies": None, "buttons": None, "attachment": None,
                           "image": None, "custom": None}}
    return "rasa-tracker-jsonl", jd(ev)


def fam_transcript_csv(phi):
    p = c.p
    tick()
    c.turn += 1
    ts = c.t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if phi:
        r = rng.random()
        if r < 0.55:
            kind = pick_kind()
            text, _, _ = utter(p, kind)
            who = [("customer", None), (P(p.full, "name"), None)] if rng.random() < 0.5 else [("customer", None), ("Guest", None)]
            row = [c.conv, str(c.turn), ts, who[0][0]]
            return "transcript-csv", L(",".join(row), ",", who[1][0], ",", c.channel, ",", csvf(text, always=True))
        if r < 0.85:
            msg, _ = bot_phi(p)
            return "transcript-csv", L("%s,%d,%s,bot,NWLH Assistant,%s," % (c.conv, c.turn, ts, c.channel), csvf(msg, always=True))
        msg = tpl(rng.choice(["Hi {f}, I'm {a} with Patient Access. I see you're trying to book with {d}.",
                              "Thanks {f}. I moved you to {dt} at {t}.",
                              "{f}, can you confirm the phone number {ph} is still good?"]),
                  f=P(p.first, "name"), a=c.agent.split()[0], d=c.doc[1],
                  dt=P(dfmt(p.appt.date(), "abbr"), "date"), t=appt_time(p), ph=P(pfmt(p.phone, "dash"), "phone"))
        return "transcript-csv", L("%s,%d,%s,agent," % (c.conv, c.turn, ts), csvf(c.agent), ",%s," % c.channel, csvf(msg, always=True))
    r = rng.random()
    if r < 0.1:
        return "transcript-csv", L("conversation_id,turn,timestamp_utc,role,participant,channel,text")
    if r < 0.55:
        return "transcript-csv", L("%s,%d,%s,bot,NWLH Assistant,%s," % (c.conv, c.turn, ts, c.channel), csvf(rng.choice(NOPHI_BOT), always=True))
    if r < 0.8:
        return "transcript-csv", L("%s,%d,%s,customer,Guest,%s," % (c.conv, c.turn, ts, c.channel), csvf(rng.choice(NOPHI_UTTER)[0], always=True))
    msg = rng.choice(["Thanks for waiting. Let me pull that up.", "I can help with that today.",
                      "One moment while I check the schedule for %s." % c.doc[1],
                      "Is there anything else I can help with?"])
    return "transcript-csv", L("%s,%d,%s,agent," % (c.conv, c.turn, ts), csvf(c.agent), ",%s," % c.channel, csvf(msg, always=True))


def fam_transcript_txt(phi):
    p = c.p
    tick()
    ts = "[" + local().strftime("%m/%d/%Y %I:%M:%S %p") + "] "
    if phi:
        r = rng.random()
        if r < 0.5:
            kind = pick_kind()
            text, _, _ = utter(p, kind)
            who = [P(p.full, "name"), ": "] if rng.random() < 0.6 else ["Visitor: "]
            return "transcript-txt", L(ts, *who, text)
        if r < 0.65:
            msg, _ = utter(p, pick_kind(["dob", "zip", "member", "phone"]))[0], None
            return "transcript-txt", L(ts, P(p.full, "name"), ": ", msg)
        if r < 0.85:
            msg, _ = bot_phi(p)
            return "transcript-txt", L(ts, "Virtual Assistant: ", msg)
        return "transcript-txt", L(ts, "*** ", P(p.full, "name"), " was transferred to %s (Patient Access - Scheduling) ***" % c.agent)
    r = rng.random()
    if r < 0.45:
        return "transcript-txt", L(ts, "Virtual Assistant: ", rng.choice(NOPHI_BOT))
    if r < 0.7:
        return "transcript-txt", L(ts, "Visitor: ", rng.choice(NOPHI_UTTER)[0])
    if r < 0.9:
        return "transcript-txt", L(ts, c.agent, ": ", rng.choice(["Hi, thanks for your patience!", "Let me check that for you.",
                                                                  "I've sent the request to the clinic.", "Have a great day!"]))
    return "transcript-txt", L(ts, "*** Chat ended by %s. Duration 00:%02d:%02d ***" % (rng.choice(["visitor", "agent", "system (idle timeout)"]), rng.randint(1, 29), rng.randint(0, 59)))


def fam_genesys_logfmt(phi):
    p = c.p
    tick()
    head = 'time="%s" level=%s ' % (local().strftime("%Y-%m-%dT%H:%M:%S-05:00"), "info")
    if phi:
        r = rng.random()
        if r < 0.6:
            parts = [head, 'msg="creating genesys interaction" conversationId=%s queue=' % c.gen_conv,
                     lfv("Patient Access - Scheduling"), " customData.patientName=", lfv(S(P(p.full, "name"))),
                     " customData.dob=", P(dfmt(p.dob, "us"), "date")]
            if rng.random() < 0.6:
                parts += [" customData.mrn=", P(p.mrn, "mrn")]
            if rng.random() < 0.5:
                parts += [" customData.callback=", P(pfmt(p.phone, "e164"), "phone")]
            parts += [" customData.verified=true customData.intent=%s" % rng.choice(["appointment.reschedule", "billing.dispute", "handoff.agent"])]
            return "genesys-handoff-logfmt", L(*parts)
        if r < 0.8:
            return "genesys-handoff-logfmt", L(head, 'msg="callback scheduled" conversationId=%s callbackNumber=' % c.gen_conv,
                                               P(pfmt(p.phone2, "e164"), "phone"), " callbackName=", lfv(S(P(p.full, "name"))),
                                               " queueId=%s" % uuid4())
        summ = S("Pt ", P(p.full, "name"), " verified (dob+zip). wants to move appt on ",
                 P(dfmt(p.appt.date(), "us_nz"), "date"), " with " + c.doc[1])
        return "genesys-handoff-logfmt", L(head, 'msg="attached va summary" conversationId=%s summary=' % c.gen_conv, lfv(summ), " chars=%d" % len(summ.plain()))
    r = rng.random()
    if r < 0.3:
        return "genesys-handoff-logfmt", L(head, 'msg="handoff requested" conversationId=%s reason=%s queue=' % (c.gen_conv, rng.choice(["agent_requested", "max_fallbacks", "verification_failed"])),
                                           lfv("Patient Access - Scheduling"), " waitEstimateSec=%d" % rng.randint(30, 600))
    if r < 0.55:
        return "genesys-handoff-logfmt", L(head, 'msg="agent connected" conversationId=%s agent=' % c.gen_conv, lfv(c.agent),
                                           " agentUserId=%s waitSec=%d" % (uuid4(), rng.randint(15, 420)))
    if r < 0.75:
        return "genesys-handoff-logfmt", L('time="%s" level=warning msg="genesys api throttled, retrying" status=429 retryAfter=%d endpoint=/api/v2/conversations/chats attempt=%d' % (local().strftime("%Y-%m-%dT%H:%M:%S-05:00"), rng.randint(1, 5), rng.randint(1, 3)))
    if r < 0.9:
        return "genesys-handoff-logfmt", L(head, 'msg="oauth token refreshed" region=usw2.pure.cloud expiresIn=86399 clientId=%s' % uuid4())
    return "genesys-handoff-logfmt", L(head, 'msg="interaction disconnected" conversationId=%s disposition=%s durationSec=%d' % (c.gen_conv, rng.choice(["Resolved", "Scheduled", "Abandoned"]), rng.randint(60, 1900)))


def fam_genesys_json(phi):
    p = c.p
    tick()
    if phi:
        r = rng.random()
        if r < 0.5:
            nick = P(p.full, "name")
            body = {"id": hexs(32), "channel": {"platform": "Open", "type": "Private", "messageId": hexs(24),
                                               "to": {"id": uuid4()},
                                               "from": {"nickname": nick, "id": P(pfmt(p.phone, "e164"), "phone"),
                                                        "idType": "Phone", "firstName": P(p.first, "name"),
                                                        "lastName": P(p.last, "name")},
                                               "time": iso_z()},
                    "type": "Text", "text": utter(p, pick_kind(["dob", "zip", "member", "name", "appt"]))[0], "direction": "Inbound"}
            return "genesys-openmsg-json", L("%s DEBUG openmsg-bridge inbound: " % iso_z(), jd(body, compact=True, ea=False))
        attrs = {"va_patient_name": P(p.full, "name"), "va_dob": P(dfmt(p.dob, "iso"), "date"),
                 "va_mrn": P(p.mrn, "mrn"), "va_verified": "true", "va_intent": "appointment.reschedule",
                 "va_member_id": P(p.member or p.mbi, "health_plan")}
        if rng.random() < 0.5:
            del attrs["va_member_id"]
        body = {"attributes": attrs}
        return "genesys-openmsg-json", L("%s INFO  handoff PATCH /api/v2/conversations/chats/%s/participants/%s/attributes " % (iso_z(), c.gen_conv, uuid4()), jd(body, compact=True))
    body = {"topicName": "v2.routing.queues.%s.conversations.chats" % uuid4(),
            "version": "2", "eventBody": {"id": c.gen_conv, "participants": [
                {"id": uuid4(), "purpose": "agent", "name": c.agent, "state": rng.choice(["alerting", "connected", "disconnected"]),
                 "queueId": uuid4(), "userId": uuid4()},
                {"id": uuid4(), "purpose": "acd", "name": "Patient Access - Scheduling", "state": "disconnected"}]},
            "metadata": {"CorrelationId": uuid4()}}
    return "genesys-openmsg-json", L("%s DEBUG notifications ws recv " % iso_z(), jd(body, compact=True))


def fam_idv(phi):
    p = c.p
    tick()
    c.pid += rng.randint(0, 3)
    head = "%s idv-svc[%d]: " % (local().strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-05:00" % (c.t.microsecond // 1000), c.pid)
    sess = "idv_" + hexs(12)
    if phi:
        r = rng.random()
        if r < 0.3:
            return "idv-audit", L(head, "AUDIT session=%s step=1/3 factor=NAME_DOB input.name=" % sess, lfv(S(P(p.full, "name"))),
                                  " input.dob=", P(dfmt(p.dob, "iso"), "date"), " candidates=%d result=%s" % (rng.randint(1, 2), "MATCH"))
        if r < 0.5:
            return "idv-audit", L(head, "AUDIT session=%s step=2/3 factor=ZIP input.zip=" % sess, P(p.zip, "zip"),
                                  " expected.zip=", P(p.zip, "zip"), " result=MATCH mrn=", P(p.mrn, "mrn"))
        if r < 0.65:
            return "idv-audit", L(head, "AUDIT session=%s step=3/3 factor=OTP_SMS dest=" % sess, P(pfmt(p.phone, "e164"), "phone"),
                                  " otp_ttl=300 result=SENT")
        if r < 0.8:
            return "idv-audit", L(head, "AUDIT session=%s factor=DL state=%s dl_number=" % (sess, p.dl_state), P(p.dl, "license"),
                                  " dl_dob=", P(dfmt(p.dob, "compact"), "date"), " aamva_result=VERIFIED")
        if r < 0.86:
            return "idv-audit", L(head, "AUDIT session=%s factor=PORTAL_ACCOUNT username=" % sess, P(p.username, "other_id"),
                                  " mrn=", P(p.mrn, "mrn"), " result=LINKED mfa=totp")
        if r < 0.93:
            return "idv-audit", L(head, "AUDIT session=%s factor=SSN4+DOB ssn=" % sess, P(p.ssn, "ssn"),
                                  " dob=", P(dfmt(p.dob, "us"), "date"), " result=NO_MATCH note=full ssn received from bot, should be last4 only")
        return "idv-audit", L(head, "AUDIT session=%s factor=KBA mbi=" % sess, P(p.mbi, "health_plan"),
                              " result=MATCH source=eligibility_270 payer=MEDICARE")
    r = rng.random()
    msgs = ["AUDIT session=%s step=2/3 factor=ZIP result=MISMATCH attempts=%d/3 lockout=false" % (sess, rng.randint(1, 2)),
            "AUDIT session=%s step=3/3 factor=OTP_SMS result=PASS latency_ms=%d" % (sess, rng.randint(200, 4000)),
            "verification complete session=%s assurance=IAL1 ttl=900s" % sess,
            "lockout cleared session=%s by=system reason=ttl_expired" % sess,
            "AUDIT session=%s step=1/3 factor=NAME_DOB candidates=0 result=NO_MATCH" % sess,
            "empi client pool stats active=%d idle=%d waiters=0 host=empi-prd-02.nwlh.internal:8443" % (rng.randint(1, 8), rng.randint(2, 16)),
            "WARN aamva gateway slow p95_ms=%d window=60s" % rng.randint(900, 3800)]
    return "idv-audit", L(head, rng.choice(msgs))


def fam_sched(phi):
    p = c.p
    tick()
    t = local()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    if phi:
        r = rng.random()
        if r < 0.35:
            return "epic-sched-log", L("%s INFO sched.booking: booked appointment id=APT-%s patient_mrn=" % (ts, digits(9)), P(p.mrn, "mrn"),
                                       " dept=%s visit_type=" % c.dept[1], lfv(c.vt[0]), " start=", P(appt_iso(p), "date"),
                                       " provider=", lfv(c.doc[0]), " source=VA")
        if r < 0.7:
            body = {"PatientID": P(p.mrn, "mrn"), "PatientIDType": "MRN", "DepartmentID": c.dept[1], "DepartmentIDType": "External",
                    "VisitTypeID": c.vt[1], "VisitTypeIDType": "External",
                    "Date": P(dfmt(p.appt.date(), "us_nz"), "date"), "Time": appt_time(p),
                    "ProviderID": c.doc[2], "ProviderIDType": "NPI", "Comments": "Booked by virtual assistant"}
            if rng.random() < 0.4:
                body["CoverageID"] = P(p.member or p.mbi, "health_plan")
            return "epic-sched-log", L("%s DEBUG sched.epic: ScheduleAppointmentWithInsurance request=" % ts, jd(body))
        if r < 0.85:
            return "epic-sched-log", L("%s INFO notify.email: queued template=appt_confirm_v3 to=" % ts, P(p.email, "email"),
                                       " from=noreply@nwlh.org appt_date=", P(dfmt(p.appt.date(), "iso"), "date"), " msg_id=%s" % uuid4())
        return "epic-sched-log", L("%s WARN sched.booking: slot taken, retrying next slot mrn=" % ts, P(p.mrn, "mrn"),
                                   " requested=", P(appt_iso(p), "date"), " dob=", P(dfmt(p.dob, "iso"), "date"))
    msgs = ['%s DEBUG urllib3.connectionpool: https://interconnect-prd.nwlh.org:443 "POST /Interconnect-PRD/api/epic/2014/Scheduling/Patient/SCHEDULEAPPOINTMENTWITHINSURANCE HTTP/1.1" 200 %d' % (ts, rng.randint(600, 4000)),
            '%s DEBUG urllib3.connectionpool: https://interconnect-prd.nwlh.org:443 "POST /Interconnect-PRD/api/epic/2012/Scheduling/Open/GETSCHEDULEDAYSFORPROVIDER2 HTTP/1.1" 200 %d' % (ts, rng.randint(2000, 30000)),
            "%s INFO sched.cache: refreshed open slots dept=%s range=2024-03-18..2024-04-30 slots=%d took=%dms" % (ts, rng.choice(DEPTS)[1], rng.randint(20, 400), rng.randint(90, 2900)),
            "%s INFO sched.search: provider_npi=%s visit_type=%s first_available=2024-03-%02d candidates=%d" % (ts, rng.choice(DOCTORS)[2], rng.choice(VISIT_TYPES)[1], rng.randint(18, 29), rng.randint(0, 30)),
            "%s WARN sched.epic: HTTP 503 from interconnect-prd.nwlh.org, circuit half-open, retry in %ds" % (ts, rng.randint(2, 30)),
            "%s INFO sched.booking: booked appointment id=APT-%s dept=%s visit_type=%s status=SCHEDULED" % (ts, digits(9), c.dept[1], c.vt[1]),
            "%s INFO notify.sms: queued template=appt_reminder_v2 messagingServiceSid=MG%s segments=1" % (ts, hexs(32))]
    return "epic-sched-log", L(rng.choice(msgs))


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S911U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]


def fam_nginx(phi):
    p = c.p
    tick()
    ts = local().strftime("[%d/%b/%Y:%H:%M:%S -0500]")
    if phi:
        path = rng.choice(["/webchat/v1/conversations/%s/activities" % c.conv, "/webchat/v1/conversations/%s/upload" % c.conv,
                           "/webchat/v1/token", "/webchat/v1/conversations/%s/activities?watermark=%d" % (c.conv, rng.randint(1, 40))])
        meth = "GET" if "watermark" in path else "POST"
        if rng.random() < 0.5:
            return "nginx-webchat", L(P(p.ip, "ip"), ' - - %s "%s %s HTTP/1.1" %d %d "https://www.nwlh.org/patients/chat" "%s"' % (ts, meth, path, rng.choice([200, 200, 201, 204]), rng.randint(80, 4000), rng.choice(UAS)))
        lb = "10.42.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))
        return "nginx-webchat", L('%s - - %s "%s %s HTTP/1.1" %d %d "https://www.nwlh.org/patients/chat" "%s" xff="' % (lb, ts, meth, path, 200, rng.randint(80, 4000), rng.choice(UAS)),
                                  P(p.ip, "ip"), ', 172.20.%d.%d" rt=%.3f' % (rng.randint(0, 255), rng.randint(1, 254), rng.uniform(0.002, 1.8)))
    r = rng.random()
    if r < 0.5:
        return "nginx-webchat", L('10.42.%d.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28"' % (rng.randint(0, 255), rng.randint(1, 254), ts))
    if r < 0.8:
        return "nginx-webchat", L('192.168.%d.%d - - %s "GET /webchat/static/js/main.%s.js HTTP/1.1" 200 %d "https://www.nwlh.org/" "%s"' % (rng.randint(0, 20), rng.randint(2, 250), ts, hexs(8), rng.randint(80000, 400000), rng.choice(UAS)))
    return "nginx-webchat", L('172.20.%d.%d - - %s "POST /dialogflow/webhook HTTP/1.1" 200 %d "-" "Google-Dialogflow"' % (rng.randint(0, 31), rng.randint(1, 254), ts, rng.randint(200, 1800)))


def fam_sms(phi):
    p = c.p
    tick()
    head = "%s sms-adapter info " % iso_z()
    if phi:
        r = rng.random()
        if r < 0.6:
            body = rng.choice([S("YES"), S("C"), utter(p, pick_kind(["dob", "zip", "name", "appt"]))[0], S("STOP")])
            return "twilio-sms", L(head, "inbound SmsSid=SM%s AccountSid=AC%s From=" % (hexs(32), hexs(32)), P(pfmt(p.phone, "e164"), "phone"),
                                   " To=+18475550123 Body=", lfv(body), " NumMedia=0 FromZip=", P(p.zip, "zip"), " FromCity=", lfv(S(P(p.city.upper(), "address"))), " FromState=%s" % p.state)
        if r < 0.8:
            return "twilio-sms", L(head, "outbound sent MessageSid=SM%s To=" % hexs(32), P(pfmt(p.phone, "e164"), "phone"),
                                   " From=+18475550123 Body=", lfv(S("NWLH: your video visit starts soon. Join: ", P(video_url(p), "url"))), " segments=2")
        return "twilio-sms", L(head, "status callback MessageSid=SM%s MessageStatus=%s To=" % (hexs(32), rng.choice(["delivered", "sent", "undelivered"])),
                               P(pfmt(p.phone, "e164"), "phone"), " ErrorCode=%s" % rng.choice(["", "30003", "30005", ""]))
    r = rng.random()
    if r < 0.5:
        return "twilio-sms", L(head, "outbound queued MessagingServiceSid=MG%s template=%s segments=%d" % (hexs(32), rng.choice(["appt_reminder_v2", "otp_code_v1", "va_followup"]), rng.randint(1, 3)))
    if r < 0.8:
        return "twilio-sms", L(head, "webhook signature ok url=https://va.nwlh.org/sms/inbound latency=%dms" % rng.randint(3, 90))
    return "twilio-sms", L("%s sms-adapter warn rate limit 80%% of 1 MPS on sender +18475550123, queue depth %d" % (iso_z(), rng.randint(1, 60)))


def fam_billing(phi):
    p = c.p
    tick()
    ts = local().strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (c.t.microsecond // 1000)
    if phi:
        r = rng.random()
        if r < 0.35:
            return "billing-bot", L("%s INFO  [billing-intent] guarantor lookup ok guarantorAccount=" % ts, P(p.guarantor, "account"),
                                    " balanceDue=%.2f currency=USD planEligible=%s" % (rng.uniform(15, 2400), rng.choice(["true", "false"])))
        if r < 0.55:
            return "billing-bot", L("%s INFO  [billing-intent] HAR=" % ts, P(p.har, "account"), " svcDate=",
                                    P(dfmt(p.last_visit, "iso"), "date"), " insurance=%s status=DENIED_CO-197" % p.payer)
        if r < 0.75:
            return "billing-bot", L("%s ERROR [payments] tokenization failed, falling back: pan=" % ts, P(p.card, "account"),
                                    " exp=%02d%02d avs_zip=" % (rng.randint(1, 12), rng.randint(25, 30)), P(p.zip, "zip"), " gateway=GATEWAY_TIMEOUT")
        if r < 0.88:
            return "billing-bot", L("%s INFO  [mva-claim] auto insurer info captured claimant=" % ts, lfv(S(P(p.full, "name"))),
                                    " vin=", P(p.vin, "vehicle"), " plate=", lfv(S(P(p.plate, "vehicle"))), " dateOfInjury=",
                                    P(dfmt(p.last_visit, "iso"), "date"))
        return "billing-bot", L("%s INFO  [intl-billing] self-pay intl patient passport=" % ts, P(p.passport, "other_id"),
                                " country=%s name=" % rng.choice(["NG", "PL", "MX", "IN", "PH"]), lfv(S(P(p.full, "name"))))
    msgs = ["%s INFO  [billing-intent] estimate cpt=70551 payer=%s group=%s oop=%.2f" % (ts, rng.choice(PAYERS)[0], rng.choice(["GRP", ""]) + digits(6), rng.uniform(50, 2000)),
            "%s INFO  [payments] payment authorized amount=%.2f last4=**** txn=ch_%s" % (ts, rng.uniform(10, 900), hexs(24)),
            "%s WARN  [billing-intent] statement service latency p99=%dms" % (ts, rng.randint(800, 9000)),
            "%s INFO  [billing-intent] routed to Patient Financial Services queue=PFS-CHAT wait=%ds" % (ts, rng.randint(10, 600))]
    return "billing-bot", L(rng.choice(msgs))


def fam_voicebio(phi):
    p = c.p
    tick()
    spk = "spk_" + hexs(16)
    if phi:
        tmpl = b64(rng.randint(300, 520), prefix=b"VPRT\x02\x00")
        return "voice-biometrics", L("%s voicebio INFO enroll complete speakerRef=%s callerAni=" % (iso_z(), spk),
                                     P(pfmt(p.phone, "e164"), "phone"), " netSpeechSec=%.1f template=" % rng.uniform(8, 30), P(tmpl, "biometric"))
    return "voice-biometrics", L("%s voicebio INFO verify speakerRef=%s score=%.3f threshold=0.850 decision=%s model=vb-7.2.1" % (
        iso_z(), spk, rng.uniform(0.3, 0.99), rng.choice(["ACCEPT", "REJECT", "INCONCLUSIVE"])))


JPEG_HDR = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00\xff\xdb\x00C\x00"


def fam_selfie(phi):
    p = c.p
    tick()
    sess = "idv_" + hexs(12)
    if phi:
        n = rng.randint(420, 900)
        data = "data:image/jpeg;base64," + b64(n, prefix=JPEG_HDR)
        body = {"event": "idv.selfie.captured", "session": sess, "mrn": P(p.mrn, "mrn") if rng.random() < 0.5 else None,
                "mime": "image/jpeg", "bytes": rng.randint(40000, 210000), "selfie": P(data, "photo"), "truncated": True}
        return "idv-selfie", L("%s DEBUG idv-doc " % iso_z(), jd(body, compact=True))
    return "idv-selfie", L("%s INFO  idv-doc liveness session=%s score=%.2f passive=true vendor_latency_ms=%d" % (iso_z(), sess, rng.uniform(0.5, 1.0), rng.randint(300, 3000)))


def fam_nlu_export(phi):
    assert not phi
    r = rng.random()
    tn = rng.choice(TRAIN_NAMES)
    f, l = tn.split(" ", 1)
    d = dt.date(rng.randint(1940, 2003), rng.randint(1, 12), rng.randint(1, 28))
    ph = rng.choice(AREAS) + "55501" + digits(2)
    opts = [
        "- intent: %s" % rng.choice(["inform_dob", "inform_name", "inform_member_id", "inform_phone", "affirm", "request_agent"]),
        "  examples: |",
        "    - my date of birth is [%s](dob)" % dfmt(d, rng.choice(["us", "long", "us_nz"])),
        "    - [%s]{\"entity\": \"first_name\"} [%s]{\"entity\": \"last_name\"}" % (f, l),
        "    - it's [%s](first_name) [%s](last_name), born [%s](dob)" % (f, l, dfmt(d, "us_short")),
        "    - my member id is [%s](member_id)" % member_id(rng.choice(["BCBSIL", "AETNA", "UHC"])),
        "    - call me back at [%s](phone_number)" % pfmt(ph, rng.choice(["dash", "paren"])),
        "    - zip [%s](zip_code)" % rng.choice(CITIES)[2],
        'verify.identity,en,"my name is %s and I was born on %s",2' % (tn, dfmt(d, "long")),
        'verify.identity,en,"%s %s",1' % (tn, dfmt(d, "us")),
        '{"utterance": "my date of birth is {DateOfBirth}"},',
        '{"utterance": "{FirstName} {LastName} born {DateOfBirth}"},',
        '{"sampleValue": {"value": "%s"}, "synonyms": null},' % member_id("BCBSIL"),
        "      - user: |",
        "          my dob is [%s](dob)" % dfmt(d, "us"),
        "        intent: inform_dob",
        "rasa.validator  - The intent 'inform_ssn' is listed in the domain file, but is not found in the NLU training data.",
        "Epochs: 100%%|██████████| 100/100 [%02d:%02d<00:00, %.2fit/s, t_loss=%.3f, i_acc=%.3f, e_f1=%.3f]" % (rng.randint(1, 9), rng.randint(0, 59), rng.uniform(0.5, 3), rng.uniform(0.8, 2.5), rng.uniform(0.9, 1), rng.uniform(0.8, 0.99)),
        "nlu_export INFO wrote %d examples (%d intents, %d entities) to gs://nwlh-va-nlu/exports/2024-03-11/nlu.yml" % (rng.randint(900, 4000), rng.randint(40, 120), rng.randint(8, 30)),
        '{"text": "%s is my name", "intent": "inform_name", "entities": [{"start": 0, "end": %d, "value": "%s", "entity": "person_name"}]}' % (tn, len(tn), tn),
        'trainingPhrases[%d]: parts=[{"text":"born "},{"text":"%s","parameterId":"dob"}] repeatCount=1' % (rng.randint(0, 60), dfmt(d, "abbr")),
    ]
    return "nlu-training-export", L(rng.choice(opts))


def fam_platform_misc(phi):
    assert not phi
    tick()
    r = rng.random()
    if r < 0.2:
        return "k8s-events", L('I%s %7d event.go:294] "Event occurred" object="va/cx-webhook-%s-%s" fieldPath="spec.containers{webhook}" kind="Pod" apiVersion="v1" type="Normal" reason="%s" message="%s"' % (
            c.t.strftime("%m%d %H:%M:%S.") + "%06d" % c.t.microsecond, 1, hexs(9), hexs(5),
            *rng.choice([("Pulled", 'Container image \\"us-docker.pkg.dev/nwlh-va-prod/va/cx-webhook:2.14.3\\" already present on machine'),
                         ("Started", "Started container webhook"), ("Killing", "Stopping container webhook"),
                         ("Unhealthy", "Readiness probe failed: HTTP probe failed with statuscode: 503")])))
    if r < 0.4:
        return "va-metrics", L('va_intent_matched_total{intent="%s",channel="%s",agent="nwlh-va-prod"} %d' % (rng.choice(NOPHI_UTTER)[1], rng.choice(["web", "sms", "ivr"]), rng.randint(10, 90000)))
    if r < 0.55:
        return "va-metrics", L('va_handoff_latency_seconds_bucket{queue="Patient Access - Scheduling",le="%s"} %d' % (rng.choice(["30", "60", "120", "300", "+Inf"]), rng.randint(100, 9000)))
    if r < 0.75:
        return "app-startup", L("%s INFO  cx-webhook listening on 0.0.0.0:8080 version=2.14.3 commit=%s built=2024-03-08T22:14:09Z node=v20.11.1 pod=cx-webhook-%s-%s" % (iso_z(), hexs(7), hexs(9), hexs(5)))
    if r < 0.88:
        return "app-startup", L("%s INFO  [main] dialogflow cx agent export complete agent=%s flows=14 pages=%d intents=%d bytes=%d" % (iso_z(), AGENT_CX, rng.randint(180, 240), rng.randint(300, 420), rng.randint(2000000, 9000000)))
    return "app-startup", L("%s INFO  rasa.model_training  - Your Rasa model is trained and saved at 'models/20240311-221409-%s.tar.gz'." % (local().strftime("%Y-%m-%d %H:%M:%S"), rng.choice(["brisk-lake", "quiet-fern", "amber-owl"])))


def fam_rpm(phi):
    p = c.p
    tick()
    ts = iso_z()
    if phi:
        r = rng.random()
        if r < 0.45:
            return "rpm-bridge", L("%s rpm-bridge INFO device paired patientMrn=" % ts, P(p.mrn, "mrn"), " imei=", P(p.imei, "device"),
                                   " model=BT105 cuff carrier=%s" % rng.choice(["att", "tmobile", "verizon"]))
        if r < 0.75:
            return "rpm-bridge", L("%s rpm-bridge WARN no reading 72h imei=" % ts, P(p.imei, "device"), " lastSeen=%s escalate=va_outreach" % iso_z(c.t - dt.timedelta(hours=rng.randint(72, 120))))
        return "rpm-bridge", L("%s rpm-bridge INFO supply order cpap_serial=" % ts, P(p.cpap, "device"), " member=", P(p.member or p.mbi, "health_plan"),
                               " items=A7030,A7038 vendor=Lakeshore DME order=SO-%s" % digits(8))
    return "rpm-bridge", L("%s rpm-bridge INFO %s" % (ts, rng.choice([
        "hub heartbeat ok fleet=%d online=%d fw=4.2.%d" % (rng.randint(900, 1400), rng.randint(800, 900), rng.randint(0, 9)),
        "ingest batch=%s readings=%d dropped=0 lag_ms=%d" % (hexs(8), rng.randint(10, 900), rng.randint(20, 5000)),
        "vendor webhook 200 POST https://rpm.vendor-api.example.com/v2/ack id=%s" % uuid4()])))


FAMILIES_PHI = [(fam_dfcx_req, 24), (fam_dfcx_resp, 16), (fam_lex_event, 20), (fam_lex_resp, 10),
                (fam_rasa_log, 16), (fam_rasa_slotdump, 6), (fam_rasa_tracker, 18), (fam_transcript_csv, 16),
                (fam_transcript_txt, 14), (fam_genesys_logfmt, 12), (fam_genesys_json, 9), (fam_idv, 14),
                (fam_sched, 14), (fam_nginx, 9), (fam_sms, 9), (fam_billing, 9), (fam_voicebio, 5), (fam_selfie, 4), (fam_rpm, 4)]
FAMILIES_NOPHI = [(fam_dfcx_req, 12), (fam_dfcx_resp, 12), (fam_lex_event, 8), (fam_lex_resp, 8),
                  (fam_lambda_platform, 18), (fam_rasa_log, 22), (fam_rasa_slotdump, 6), (fam_rasa_tracker, 16),
                  (fam_transcript_csv, 12), (fam_transcript_txt, 12), (fam_genesys_logfmt, 12), (fam_genesys_json, 6),
                  (fam_idv, 10), (fam_sched, 14), (fam_nginx, 14), (fam_sms, 8), (fam_billing, 6), (fam_voicebio, 4),
                  (fam_selfie, 3), (fam_nlu_export, 30), (fam_platform_misc, 16), (fam_rpm, 4)]


def wpick(items):
    tot = sum(w for _, w in items)
    x = rng.uniform(0, tot)
    for f, w in items:
        x -= w
        if x <= 0:
            return f
    return items[-1][0]


def finalize(segs):
    buf = b""
    spans = []
    for text, cat in segs:
        b = text.encode("utf-8")
        if cat is not None and b:
            assert cat in CATS
            spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": cat, "_v": b})
        buf += b
    for sp in spans:
        assert buf[sp["s"]:sp["e"]] == sp.pop("_v")
    for a, b_ in zip(spans, spans[1:]):
        assert a["e"] <= b_["s"]
    assert b"\n" not in buf and b"\r" not in buf
    assert len(buf) <= 4000, len(buf)
    return buf, spans


def main():
    flags = [True] * N_PHI + [False] * (N_LINES - N_PHI)
    rng.shuffle(flags)
    lines, labels = [], []
    for i, phi in enumerate(flags, 1):
        c.left -= 1
        if c.left <= 0:
            new_conversation()
        fam = wpick(FAMILIES_PHI if phi else FAMILIES_NOPHI)
        family, segs = fam(phi)
        buf, spans = finalize(segs)
        assert bool(spans) == phi, (family, buf)
        lines.append(buf)
        labels.append(json.dumps({"line": i, "family": family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as fh:
        fh.write(b"\n".join(lines) + b"\n")
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
