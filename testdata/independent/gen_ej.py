#!/usr/bin/env python3
"""Deterministic generator for held-out PHI test corpus `ej`.

Theme: opioid treatment program (methadone / buprenorphine) -- dispensing pumps,
take-home labels, guest dosing, state central registry, UDS HL7 ORU, PDMP,
42 CFR Part 2 consents, EHR audit trail, biometric check-in, Rails patient app
(+ Sidekiq), Go dispense-bridge (logrus), Windows dispensing station (Snare), Nginx.

Labeled: clients (patients) and their emergency contacts.
Not labeled: nurses, counselors, prescribers (and their DEA/NPI), clinic DEA,
lots, NDCs, pump / sensor serials, station IDs, doses, registry txn IDs,
bottle serials, order numbers, request IDs, private IPs, vendor IPs.
Standard library only.
"""
import base64
import datetime
import hashlib
import json
import os
import random

random.seed(180518)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "ej"
N_LINES = 500


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = bytearray()
        self.spans = []
        self.expect = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append({"s": st, "e": len(self.buf), "cat": cat})
        self.expect.append(b)
        return self

    def v(self, s, cat=None):
        return self.p(s, cat) if cat else self.t(s)


class P:
    """A PHI leaf value inside a structured payload."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


# JSON writer (span covers string content without the quotes)
def jw(line, obj, sep=(",", ":"), ascii_=False):
    if isinstance(obj, dict):
        line.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                line.t(sep[0])
            line.t(json.dumps(k, ensure_ascii=ascii_) + sep[1])
            jw(line, v, sep, ascii_)
        line.t("}")
    elif isinstance(obj, list):
        line.t("[")
        for i, v in enumerate(obj):
            if i:
                line.t(sep[0])
            jw(line, v, sep, ascii_)
        line.t("]")
    elif isinstance(obj, P):
        enc = json.dumps(obj.v, ensure_ascii=ascii_)
        if isinstance(obj.v, str):
            line.t('"').p(enc[1:-1], obj.cat).t('"')
        else:
            line.p(enc, obj.cat)
    else:
        line.t(json.dumps(obj, ensure_ascii=ascii_))


def rbq(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


# Ruby Hash#inspect (Ruby 3.x before 3.4)
def rw(line, obj):
    if isinstance(obj, dict):
        line.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                line.t(", ")
            line.t(rbq(k) + "=>")
            rw(line, v)
        line.t("}")
    elif isinstance(obj, (list, tuple)):
        line.t("[")
        for i, v in enumerate(obj):
            if i:
                line.t(", ")
            rw(line, v)
        line.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, str):
            line.t('"').p(rbq(obj.v)[1:-1], obj.cat).t('"')
        else:
            line.p(str(obj.v), obj.cat)
    elif obj is None:
        line.t("nil")
    elif obj is True:
        line.t("true")
    elif obj is False:
        line.t("false")
    elif isinstance(obj, str):
        line.t(rbq(obj))
    else:
        line.t(str(obj))


def goq(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def lr_needs_quote(s):
    if s == "":
        return True
    for c in s:
        if not (c.isascii() and (c.isalnum() or c in "-._/@^+")):
            return True
    return False


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = datetime.datetime(2024, 3, 11, 5, 27, 41, 118000)

    def adv(self, lo=1.0, hi=20.0):
        self.t += datetime.timedelta(seconds=random.uniform(lo, hi))
        return self.t

    def now(self):
        return self.t


CLK = Clock()
OFF = "-04:00"  # EDT (DST began 2024-03-10)
UTC_OFF = datetime.timedelta(hours=4)


def ts_iso_ms(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d" % (dt.microsecond // 1000) + OFF


def ts_iso(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + OFF


def ts_utc_ms(dt):
    u = dt + UTC_OFF
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (u.microsecond // 1000)


def ts_log4j(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (dt.microsecond // 1000)


def ts_dotms(dt):
    return dt.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (dt.microsecond // 1000)


def ts_nginx(dt):
    return dt.strftime("%d/%b/%Y:%H:%M:%S") + " -0400"


def ts_rubylog(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + ".%06d" % dt.microsecond


def ts_hl7(dt):
    return dt.strftime("%Y%m%d%H%M%S")


# ---------------------------------------------------------------- identifiers
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


def dea_number(prefix2):
    d = [random.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return prefix2 + "".join(map(str, d)) + str(c)


def npi():
    body = "1" + "".join(random.choice("0123456789") for _ in range(8))
    return body + luhn_check("80840" + body)


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_N = "0123456789"


def mbi():
    pat = ["123456789", MBI_A, MBI_A + MBI_N, MBI_N, MBI_A, MBI_A + MBI_N, MBI_N,
           MBI_A, MBI_A, MBI_N, MBI_N]
    return "".join(random.choice(p) for p in pat)


def ssn():
    while True:
        a = random.randint(101, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, random.randint(1, 99), random.randint(1, 9999))


def imei():
    body = random.choice(["35391110", "35674108", "35328811", "86893104"]) + \
        "".join(random.choice("0123456789") for _ in range(6))
    return body + luhn_check(body)


def card():
    body = "4" + "".join(random.choice("0123456789") for _ in range(14))
    return body + luhn_check(body)


def hexs(n):
    return "".join(random.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], random.choice("89ab"), h[17:20], h[20:32])


def b64rand(header, n):
    return base64.b64encode(header + bytes(random.getrandbits(8) for _ in range(n))).decode()


def public_ip():
    firsts = [73, 98, 174, 107, 24, 68, 71, 76, 99, 104, 162, 184, 208, 67, 75]
    return "%d.%d.%d.%d" % (random.choice(firsts), random.randint(1, 254), random.randint(0, 254),
                            random.randint(1, 254))


def phone_parts():
    return random.choice(["614", "740", "380", "937", "419"]), "555", "01%02d" % random.randint(0, 99)


def fmt_phone(pp, style):
    a, b, c = pp
    if style == "paren":
        return "(%s) %s-%s" % (a, b, c)
    if style == "dash":
        return "%s-%s-%s" % (a, b, c)
    if style == "e164":
        return "+1%s%s%s" % (a, b, c)
    if style == "dot":
        return "%s.%s.%s" % (a, b, c)
    if style == "hl7":
        return "(%s)%s-%s" % (a, b, c)
    return a + b + c


def fmt_date(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d-%b-%Y").upper()
    if style == "long":
        return d.strftime("%b %d, %Y")
    return d.isoformat()


# ---------------------------------------------------------------- people
STREETS = ["Parsons Ave", "E Livingston Ave", "Sullivant Ave", "Cleveland Ave", "Hamilton Rd",
           "W Broad St", "Refugee Rd", "Morse Rd", "Karl Rd", "Lockbourne Rd", "Briggs Rd",
           "Maple Canyon Ave", "Oakland Park Ave", "Chatterton Rd", "Frebis Ave", "S High St",
           "Georgesville Rd", "Agler Rd", "Truro Station Rd", "Westerville Rd"]
CITIES = [("Columbus", "432"), ("Whitehall", "43213"), ("Reynoldsburg", "43068"), ("Grove City", "43123"),
          ("Gahanna", "43230"), ("Newark", "43055"), ("Lancaster", "43130"), ("Hilliard", "43026"),
          ("Westerville", "43081"), ("Groveport", "43125"), ("Circleville", "43113"), ("Delaware", "43015")]

PATIENT_SPECS = [
    # display first, display last, ascii first, ascii last, sex
    ("Amara", "Okafor", "Amara", "Okafor", "F"),
    ("Tuấn", "Nguyễn", "Tuan", "Nguyen", "M"),
    ("José", "Ramírez", "Jose", "Ramirez", "M"),
    ("Katarzyna", "Wiśniewska", "Katarzyna", "Wisniewska", "F"),
    ("Declan", "O'Sullivan", "Declan", "O'Sullivan", "M"),
    ("Priya", "Raghunathan", "Priya", "Raghunathan", "F"),
    ("Abdirahman", "Warsame", "Abdirahman", "Warsame", "M"),
    ("Marisol", "Santiago-Rivera", "Marisol", "Santiago-Rivera", "F"),
    ("Oksana", "Melnyk", "Oksana", "Melnyk", "F"),
    ("Jean-Baptiste", "Toussaint", "Jean-Baptiste", "Toussaint", "M"),
    ("Rowena", "Dela Cruz", "Rowena", "Dela Cruz", "F"),
    ("Min-jun", "Park", "Min-jun", "Park", "M"),
    ("Eleni", "Papadakis", "Eleni", "Papadakis", "F"),
    ("Mehmet", "Yılmaz", "Mehmet", "Yilmaz", "M"),
    ("Rania", "Haddad", "Rania", "Haddad", "F"),
    ("Billy Ray", "Caudill", "Billy Ray", "Caudill", "M"),
    ("Giulia", "Conti", "Giulia", "Conti", "F"),
    ("Øyvind", "Haugen", "Oyvind", "Haugen", "M"),
    ("Sokha", "Chea", "Sokha", "Chea", "F"),
    ("Dorothy", "Whitfield", "Dorothy", "Whitfield", "F"),
    ("Tyrell", "Washington", "Tyrell", "Washington", "M"),
    ("Aroha", "Ngata", "Aroha", "Ngata", "F"),
    ("Dmitri", "Volkov", "Dmitri", "Volkov", "M"),
    ("Chinedu", "Eze", "Chinedu", "Eze", "M"),
    ("Fatima", "Al-Masri", "Fatima", "Al-Masri", "F"),
    ("Kwame", "Mensah", "Kwame", "Mensah", "M"),
    ("Lucía", "Fernández", "Lucia", "Fernandez", "F"),
    ("Wojciech", "Zieliński", "Wojciech", "Zielinski", "M"),
    ("Shanice", "Jefferson", "Shanice", "Jefferson", "F"),
    ("Hiroshi", "Tanaka", "Hiroshi", "Tanaka", "M"),
    ("Bohdan", "Petrenko", "Bohdan", "Petrenko", "M"),
    ("Ana Paula", "Silva", "Ana Paula", "Silva", "F"),
    ("Cody", "Hatfield", "Cody", "Hatfield", "M"),
    ("Nkechi", "Obi", "Nkechi", "Obi", "F"),
    ("Thanh", "Lê", "Thanh", "Le", "F"),
    ("Brendan", "McAllister", "Brendan", "McAllister", "M"),
    ("Yesenia", "Ochoa", "Yesenia", "Ochoa", "F"),
    ("Rustam", "Karimov", "Rustam", "Karimov", "M"),
]
EC_FIRST = ["Chidi", "Lan", "Guadalupe", "Tomasz", "Siobhan", "Arjun", "Hodan", "Wilfredo", "Taras",
            "Mireille", "Joy", "Seo-yeon", "Nikos", "Ayşe", "Samir", "Loretta", "Marco", "Ingrid",
            "Dara", "Ruth", "Keisha", "Wiremu", "Svetlana", "Ngozi",
            "Obinna", "Mai", "Rosa", "Beata", "Darnell", "Yuki", "Halyna", "João", "Tammy", "Emeka", "Hoa",
            "Maureen", "Alejandro", "Dilnoza"]
EC_REL = ["brother", "mother", "spouse", "sister", "father", "partner", "son", "daughter", "friend",
          "aunt", "sponsor"]
PLANS = ["OHMCD", "CARESOURCE", "MOLINA_OH", "MEDICARE", "BUCKEYE", "UHC_CP"]


ASCII_LAST = {s[1]: s[3] for s in PATIENT_SPECS}
ASCII_LAST["Hernández"] = "Hernandez"


def mk_patient(i, spec):
    df, dl, af, al, sex = spec
    p = {"first": df, "last": dl, "first_a": af, "last_a": al, "sex": sex}
    if al == "Whitfield":
        p["dob"] = datetime.date(1932, 11, 3)  # age 91
    else:
        p["dob"] = datetime.date(random.randint(1958, 2002), random.randint(1, 12), random.randint(1, 28))
    p["age"] = 2024 - p["dob"].year - (1 if (3, 11) < (p["dob"].month, p["dob"].day) else 0)
    p["client"] = "%07d" % random.randint(40000, 61999)          # dispensing system client number
    p["clientn"] = str(int(p["client"]))                         # EHR renders without zero padding
    p["app_id"] = str(random.randint(1200, 5400))                # Rails patients.id
    p["reg_id"] = "CR%08d" % random.randint(1000000, 9999999)    # state central registry client id
    p["lab_pi"] = "KT%07d" % random.randint(1000000, 9999999)    # lab patient id
    p["ssn"] = ssn()
    p["street"] = "%d %s" % (random.randint(12, 4890), random.choice(STREETS))
    if random.random() < 0.3:
        p["street"] += " Apt %d%s" % (random.randint(1, 4), random.choice("ABCD"))
    city, z = random.choice(CITIES)
    p["city"] = city
    p["zip"] = z + "%02d" % random.randint(1, 35) if len(z) == 3 else z
    p["phone"] = phone_parts()
    p["email"] = random.choice([
        "%s.%s%02d@gmail.com" % (af.lower().replace(" ", ""), al.lower().replace("'", "").replace(" ", ""), p["dob"].year % 100),
        "%s%s@yahoo.com" % (af[0].lower(), al.lower().replace("'", "").replace(" ", "").replace("-", "")),
        "%s_%s%d@outlook.com" % (af.lower().replace(" ", ""), al[:3].lower(), random.randint(1, 99)),
    ])
    p["username"] = "%s%s%d" % (af.lower().replace(" ", "").replace("-", "")[:6], al[0].lower(), random.randint(10, 99))
    p["dl"] = "%s%06d" % ("".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), random.randint(0, 999999))
    plan = "MEDICARE" if al == "Whitfield" else random.choice(PLANS[:3] + PLANS[4:] + ["OHMCD"])
    p["plan"] = plan
    if plan == "MEDICARE":
        p["member"] = mbi()
    elif plan in ("OHMCD", "CARESOURCE", "MOLINA_OH", "BUCKEYE"):
        p["member"] = "%012d" % random.randint(10 ** 11, 10 ** 12 - 1)
    else:
        p["member"] = "%09d%02d" % (random.randint(10 ** 8, 10 ** 9 - 1), random.randint(0, 3))
    p["account"] = "SP%08d" % random.randint(10000000, 99999999)
    p["ips"] = [public_ip() for _ in range(random.choice([1, 1, 2]))]
    p["imei"] = imei()
    p["lockbox"] = "MSX-%s-%07d" % ("".join(random.choice("0123456789ABCDEFGHJKLMNPRTUVWXY") for _ in range(3)), random.randint(0, 9999999))
    p["plate"] = "%s %04d" % ("".join(random.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), random.randint(0, 9999))
    p["fax"] = phone_parts()
    p["med"] = random.choice(["methadone"] * 3 + ["buprenorphine"])
    p["dose"] = random.choice([40, 55, 60, 70, 75, 80, 85, 90, 95, 100, 110, 120, 140]) if p["med"] == "methadone" \
        else random.choice([8, 12, 16, 24])
    p["takehome"] = random.choice([0, 0, 1, 2, 3, 6, 13])
    tmpl = bytes(random.getrandbits(8) for _ in range(64))
    p["tmpl_sha"] = hashlib.sha256(tmpl).hexdigest()
    p["admit"] = datetime.date(random.randint(2019, 2024), random.randint(1, 12), random.randint(1, 28))
    if p["admit"] > datetime.date(2024, 3, 1):
        p["admit"] = datetime.date(2024, 2, random.randint(1, 28))
    ecl = dl if random.random() < 0.6 else random.choice(["Moore", "Hernández", "Kowalczyk", "Adeyemi", "Tran", "Sheehan"])
    p["ec"] = {"first": EC_FIRST[i], "last": ecl, "rel": random.choice(EC_REL), "phone": phone_parts(),
               "email": "%s.%s@%s" % (EC_FIRST[i].lower().replace("ş", "s").replace("-", "").replace("ã", "a"), ASCII_LAST.get(ecl, ecl).lower().replace("'", "").replace(" ", ""),
                                      random.choice(["gmail.com", "icloud.com", "aol.com"]))}
    return p


PATIENTS = [mk_patient(i, s) for i, s in enumerate(PATIENT_SPECS)]
NEW_ADMITS = PATIENTS[19:24]  # intakes today
for _np in NEW_ADMITS:
    _np["admit"] = datetime.date(2024, 3, 11)
    _np["takehome"] = 0
# make client numbers unique
_seen = set()
for _p in PATIENTS:
    while _p["client"] in _seen:
        _p["client"] = "%07d" % random.randint(40000, 61999)
        _p["clientn"] = str(int(_p["client"]))
    _seen.add(_p["client"])


def pname(p, style):
    if style == "First Last":
        return "%s %s" % (p["first"], p["last"])
    if style == "LAST, FIRST":
        return "%s, %s" % (p["last_a"].upper(), p["first_a"].upper())
    if style == "Last, First":
        return "%s, %s" % (p["last"], p["first"])
    return "%s %s" % (p["first_a"], p["last_a"])


# ---------------------------------------------------------------- staff & clinic (look-alikes)
NURSES = [("Kemi", "Abara", "RN", "rn.kabara"), ("Luis", "Ferreira", "LPN", "lpn.lferreira"),
          ("Hannah", "Stoltzfus", "RN", "rn.hstoltzfus"), ("Deshawn", "Miller", "RN", "rn.dmiller")]
COUNSELORS = [("Carmen", "Mendez", "LICDC", "cmendez"), ("Patrick", "Nwosu", "LCDC III", "pnwosu"),
              ("Ingrid", "Sorensen", "CDCA", "isorensen"), ("Farah", "Qureshi", "LSW", "fqureshi")]
PRESCRIBERS = [("Samuel", "Okonkwo", "MD", "sokonkwo", dea_number("BO"), npi()),
               ("Lena", "Hartmann", "DO", "lhartmann", dea_number("FH"), npi()),
               ("Grace", "Liu", "CNP", "gliu", dea_number("ML"), npi())]
CLINIC = {"name": "Riverbend Treatment Center - Columbus East", "dea": dea_number("RR"), "npi": npi(),
          "program": "OTP-OH-0391", "phone": "(614) 555-0100", "fax": "(614) 555-0109",
          "addr": "2150 E Main St, Columbus, OH 43205"}
GUEST_CLINICS = [("Lakeshore Recovery Services - Cleveland", "OTP-OH-0217", dea_number("RL"), "(216) 555-0143"),
                 ("Tri-State Comprehensive Treatment - Huntington", "OTP-WV-0044", dea_number("RT"), "(304) 555-0188"),
                 ("Gateway OTP - Cincinnati", "OTP-OH-0502", dea_number("RG"), "(513) 555-0126"),
                 ("Sunrise Recovery Center - Myrtle Beach", "OTP-SC-0031", dea_number("RS"), "(843) 555-0162")]
PUMPS = {"DW-01": "MDS-22-004417", "DW-02": "MDS-22-004418", "DW-03": "MDS-21-003902"}
SENSORS = {"DW-01": "PS-F2-71A0394", "DW-02": "PS-F2-71A0395", "DW-03": "PS-F2-69C1120"}
LOTS = [("23A0417", "0054-4538-63", "2025-08-31"), ("23K1102", "0054-4538-63", "2026-01-31"),
        ("B230917", "0406-0527-34", "2025-11-30")]
BUP_LOTS = [("TE48213", "12496-1208-3", "2025-05-31"), ("3K7710A", "0093-5720-56", "2026-02-28")]
TWILIO_IPS = ["54.172.60.1", "54.244.51.3", "54.171.127.194", "34.203.250.11", "3.88.237.21"]
STATIONS = list(PUMPS.keys())
RAILS_PID = [4412, 4418, 4425]
RID_BUF = {}


def any_nurse():
    return random.choice(NURSES)


# ---------------------------------------------------------------- format helpers
def logrus_text(fam, level, msg, fields, dt=None):
    """fields: list of (key, value, cat or None). logrus TextFormatter with sorted keys."""
    dt = dt or CLK.now()
    ln = Line(fam)
    ln.t('time="%s" level=%s msg=%s' % (ts_iso(dt), level, goq(msg) if lr_needs_quote(msg) else msg))
    for k, v, cat in sorted(fields, key=lambda x: x[0]):
        v = str(v)
        ln.t(" %s=" % k)
        if lr_needs_quote(v):
            ln.t('"').v(goq(v)[1:-1], cat).t('"')
        else:
            ln.v(v, cat)
    return ln


def logrus_json(fam, level, msg, fields, dt=None):
    dt = dt or CLK.now()
    d = {"level": level, "msg": msg, "time": ts_iso(dt)}
    for k, v, cat in fields:
        d[k] = P(v, cat) if cat else v
    ln = Line(fam)
    jw(ln, {k: d[k] for k in sorted(d)})
    return ln


def rails_prefix(ln, lvl, rid, dt=None):
    if rid not in RID_BUF:
        RID_BUF[rid] = random.choice(RAILS_PID)
    pid = RID_BUF[rid]
    if dt is None:
        CLK.adv(0.0005, 0.03)
        dt = CLK.now()
    name = {"I": "INFO", "D": "DEBUG", "W": "WARN", "E": "ERROR"}[lvl]
    ln.t("%s, [%s #%d] %5s -- : [%s] " % (lvl, ts_rubylog(dt), pid, name, rid))
    return ln


SK_TID = {}


def sidekiq_prefix(ln, cls, jid, lvl="INFO"):
    if jid not in SK_TID:
        SK_TID[jid] = random.choice(["2ngk", "2nh0", "2nhw", "2nis", "2nj8"])
    CLK.adv(0.001, 0.2)
    ln.t("%s pid=4470 tid=%s class=%s jid=%s %s: " % (ts_utc_ms(CLK.now()), SK_TID[jid], cls, jid, lvl))
    return ln


def snare(ln_fam, host, logname, eid, source, user, utype, etype, category, desc_parts):
    dt = CLK.now()
    ln = Line(ln_fam)
    rec = random.randint(18000, 99999)
    ln.t("<14>%s %s MSWinEventLog\t1\t%s\t%d\t%s\t%d\t%s\t%s\t%s\t%s\t%s.riverbend.local\t%s\t\t" % (
        dt.strftime("%b %d %H:%M:%S"), host, logname, rec, dt.strftime("%a %b %d %H:%M:%S %Y"), eid, source,
        user, utype, etype, host, category))
    for txt, cat in desc_parts:
        ln.v(txt, cat)
    ln.t("\t%d" % rec)
    return ln


def nginx_access(ip, ip_cat, method, path_parts, status, size, ref, ua, proto="HTTP/2.0"):
    ln = Line("nginx-access")
    ln.v(ip, ip_cat)
    ln.t(' - - [%s] "%s ' % (ts_nginx(CLK.now()), method))
    for txt, cat in path_parts:
        ln.v(txt, cat)
    rt = random.uniform(0.002, 0.4)
    ln.t(' %s" %d %d "%s" "%s" rt=%.3f uct=0.000 urt=%.3f' % (proto, status, size, ref, ua, rt, rt - 0.001 if rt > 0.002 else rt))
    return ln


APP_UAS = ["RiverbendConnect/3.4.1 (com.riverbendtc.connect; build:412; iOS 17.3.1) Alamofire/5.8.1",
           "RiverbendConnect/3.4.0 (Android 14; SM-A146U; build 409) okhttp/4.12.0",
           "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
           "Mozilla/5.0 (Linux; Android 13; moto g play - 2023) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"]


# ---------------------------------------------------------------- event generators
DOSED = set()


def ev_checkin_dose(p=None):
    """Biometric check-in at a dosing window then dispense."""
    if p is None:
        cands = [x for x in PATIENTS if x["client"] not in DOSED]
        p = random.choice(cands or PATIENTS)
    DOSED.add(p["client"])
    st = random.choice(STATIONS)
    nurse = any_nurse()
    out = []
    CLK.adv(8, 60)
    # biometric
    ln = Line("biogate")
    dt = CLK.now()
    modality = random.choice(["PALM_VEIN", "PALM_VEIN", "PALM_VEIN", "FINGER"])
    if random.random() < 0.18:
        ln.t("%s INFO  [BioGate.Match] station=%s sensor=%s modality=%s mode=1:N candidates=%d result=NO_MATCH best=%.3f thr=0.900 retry=1 t=%dms" % (
            ts_dotms(dt), st, SENSORS[st], modality, random.randint(1380, 1520), random.uniform(0.3, 0.7), random.randint(150, 400)))
        out.append(ln)
        CLK.adv(2, 9)
        ln = Line("biogate")
        dt = CLK.now()
    ln.t("%s INFO  [BioGate.Match] station=%s sensor=%s modality=%s mode=1:N candidates=%d result=MATCH client=" % (
        ts_dotms(dt), st, SENSORS[st], modality, random.randint(1380, 1520)))
    ln.p(p["client"], "mrn")
    ln.t(" score=%.3f thr=0.900 tmpl_sha256=" % random.uniform(0.91, 0.995))
    ln.p(p["tmpl_sha"], "biometric")
    ln.t(" t=%dms" % random.randint(120, 380))
    out.append(ln)
    if random.random() < 0.12:
        CLK.adv(0.3, 1)
        ln = Line("biogate")
        ln.t("%s INFO  [BioGate.Photo] station=%s client=" % (ts_dotms(CLK.now()), st))
        ln.p(p["client"], "mrn")
        ln.t(" reason=dosing_window_verify cam=LOGI-C920-%s jpeg_b64=" % st[-2:])
        ln.p(b64rand(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00", random.randint(420, 700)), "photo")
        out.append(ln)
    # bridge fetches order
    CLK.adv(0.2, 1.5)
    order = "ORD-240311-%05d" % random.randint(100, 99999)
    if random.random() < 0.7:
        out.append(logrus_text("logrus-text", "info", "dose order fetched", [
            ("client_id", p["client"], "mrn"), ("order_id", order, None), ("station", st, None),
            ("dose_mg", "%g" % p["dose"], None), ("med", p["med"], None), ("ehr_latency", "%dms" % random.randint(40, 900), None)]))
    else:
        out.append(logrus_json("logrus-json", "info", "dose order fetched", [
            ("clientId", p["client"], "mrn"), ("orderId", order, None), ("station", st, None),
            ("doseMg", p["dose"], None), ("svc", "dispense-bridge", None)]))
    CLK.adv(1, 6)
    if p["med"] == "methadone":
        lot = random.choice(LOTS)
        ln = Line("pump-log")
        ln.t("[%s] %s %s DISP #%04d OK cl=" % (CLK.now().strftime("%Y-%m-%d %H:%M:%S"), PUMPS[st], st, random.randint(300, 999)))
        ln.p(p["client"], "mrn")
        ln.t(" dose=%.1fmg vol=%.2fmL conc=10mg/mL lot=%s op=%s" % (p["dose"], p["dose"] / 10.0, lot[0], nurse[1].upper()))
        out.append(ln)
        if random.random() < 0.5:
            out.append(snare("win-snare", "DW-STN-%s" % st[-2:], "Application", 1002, "RBDispense",
                             "RIVERBEND\\%s" % nurse[3], "User", "Information", "None",
                             [("Dose dispensed. Client: ", None), (p["client"], "mrn"),
                              (" Dose: %.1f mg Pump: %s Lot: %s Witness: n/a" % (p["dose"], PUMPS[st], lot[0]), None)]))
    else:
        lot = random.choice(BUP_LOTS)
        ln = Line("pump-log")
        ln.t("[%s] MANUAL %s SL-ADMIN OK cl=" % (CLK.now().strftime("%Y-%m-%d %H:%M:%S"), st))
        ln.p(p["client"], "mrn")
        ln.t(" drug=BUPRENORPHINE/NALOXONE %dmg/%dmg film lot=%s ndc=%s observed=Y op=%s" % (
            p["dose"], p["dose"] // 4, lot[0], lot[1], nurse[1].upper()))
        out.append(ln)
    CLK.adv(0.5, 3)
    if random.random() < 0.6:
        out.append(logrus_text("logrus-text", "info", "dispense confirmed", [
            ("order_id", order, None), ("pump_serial", PUMPS[st], None), ("station", st, None),
            ("status", "COMPLETE", None), ("ack_ms", random.randint(8, 95), None)]))
    return out


TH_DONE = set()


def ev_takehome(p=None):
    if p is None:
        cands = [x for x in PATIENTS if x["takehome"] > 0 and x["med"] == "methadone" and x["client"] not in TH_DONE]
        p = random.choice(cands) if cands else random.choice([x for x in PATIENTS if x["med"] == "methadone" and x not in NEW_ADMITS])
        if not p["takehome"]:
            p["takehome"] = 1
    TH_DONE.add(p["client"])
    st = "DW-03"
    nurse, nurse2 = random.sample(NURSES, 2)
    lot = random.choice(LOTS)
    pres = random.choice(PRESCRIBERS)
    out = []
    n = min(p["takehome"], 2)
    for k in range(1, n + 1):
        CLK.adv(3, 15)
        take_on = datetime.date(2024, 3, 11) + datetime.timedelta(days=k)
        bottle = "TH24-%07d" % random.randint(60000, 99999)
        ln = Line("pump-log")
        ln.t("[%s] %s %s THB #%04d OK bottle=%s cl=" % (CLK.now().strftime("%Y-%m-%d %H:%M:%S"), PUMPS[st], st, random.randint(300, 999), bottle))
        ln.p(p["client"], "mrn")
        ln.t(" dose=%.1fmg day=%d/%d take_on=" % (p["dose"], k, p["takehome"]))
        ln.p(fmt_date(take_on, "iso"), "date")
        ln.t(" lot=%s op=%s chk=%s" % (lot[0], nurse[1].upper(), nurse2[1].upper()))
        out.append(ln)
        CLK.adv(0.5, 2)
        ln = Line("zpl-label")
        ln.t("%s INFO  [LabelSvc] ZPL -> ZD421-DW03 (10.20.6.44:9100) job=%d: ^XA^CI28^FO40,30^A0N,26,26^FDRiverbend Treatment Center  %s^FS^FO40,62^A0N,34,34^FD" % (
            ts_log4j(CLK.now()), random.randint(10000, 99999), CLINIC["phone"]))
        ln.p(pname(p, "LAST, FIRST"), "name")
        ln.t("^FS^FO40,102^A0N,24,24^FDClient# ")
        ln.p(p["client"], "mrn")
        ln.t("  DOB ")
        ln.p(fmt_date(p["dob"], "us"), "date")
        ln.t("^FS^FO40,132^A0N,24,24^FDMETHADONE HCL 10MG/ML ORAL CONC  %dMG (%.1fML)^FS^FO40,162^A0N,24,24^FDTAKE ON: " % (p["dose"], p["dose"] / 10.0))
        ln.p(fmt_date(take_on, "us"), "date")
        ln.t("  BTL %s^FS^FO40,192^A0N,20,20^FD%s. %s %s  DEA %s  LOT %s EXP %s^FS^FO40,220^BCN,60,Y,N,N^FD%s^FS^XZ" % (
            bottle, pres[0][0], pres[1], pres[2], pres[4], lot[0], lot[2], bottle))
        out.append(ln)
    if random.random() < 0.6:
        CLK.adv(1, 5)
        ln = Line("ehr-audit")
        ln.t("AUDIT|%s|evt=LOCKBOX_VERIFY|usr=%s|role=NURSE|ws=10.20.6.31|obj=TakeHomeKit/%d|pt=" % (ts_iso_ms(CLK.now()), nurse[3], random.randint(100000, 999999)))
        ln.p(p["clientn"], "mrn")
        ln.t("|lockbox_sn=")
        ln.p(p["lockbox"], "device")
        ln.t("|bottles=%d|outcome=SUCCESS" % n)
        out.append(ln)
    return out


def ev_pump_noise():
    CLK.adv(5, 90)
    st = random.choice(STATIONS)
    ln = Line("pump-log")
    ts = CLK.now().strftime("%Y-%m-%d %H:%M:%S")
    r = random.random()
    if r < 0.25:
        ln.t("[%s] %s %s PRIME vol=2.00mL OK op=%s" % (ts, PUMPS[st], st, any_nurse()[1].upper()))
    elif r < 0.45:
        ln.t("[%s] %s %s RESERVOIR level=%.1fmL lot=%s low_thresh=150.0mL" % (ts, PUMPS[st], st, random.uniform(160, 990), random.choice(LOTS)[0]))
    elif r < 0.6:
        ln.t("[%s] %s %s CAL grav=%.3fg expected=%.3fg dev=%.2f%% PASS" % (ts, PUMPS[st], st, random.uniform(4.9, 5.1), 5.0, random.uniform(0, 1.8)))
    elif r < 0.72:
        ln.t("[%s] %s %s SELFTEST fw=4.2.7 valve=OK motor=OK flow=OK PASS" % (ts, PUMPS[st], st))
    elif r < 0.85:
        ln.t("[%s] %s %s FLUSH vol=5.00mL reason=%s OK" % (ts, PUMPS[st], st, random.choice(["LOT_CHANGE", "IDLE_30MIN", "MANUAL"])))
    else:
        ln.t("[%s] %s %s ALARM E-217 air-in-line cleared_by=%s" % (ts, PUMPS[st], st, any_nurse()[1].upper()))
    return [ln]


def ev_bridge_noise():
    CLK.adv(5, 60)
    st = random.choice(STATIONS)
    r = random.random()
    if r < 0.3:
        return [logrus_text("logrus-text", "debug", "pump heartbeat", [
            ("pump_serial", PUMPS[st], None), ("station", st, None), ("reservoir_ml", "%.1f" % random.uniform(150, 990), None),
            ("temp_c", "%.1f" % random.uniform(19, 24), None), ("fw", "4.2.7", None)])]
    if r < 0.45:
        lot = random.choice(LOTS)
        return [logrus_text("logrus-text", "info", "lot loaded", [
            ("lot", lot[0], None), ("ndc", lot[1], None), ("exp", lot[2], None), ("conc_mg_ml", 10, None),
            ("volume_ml", 1000, None), ("station", st, None), ("loaded_by", any_nurse()[3], None)])]
    if r < 0.6:
        return [logrus_text("logrus-text", "warning", "pump response slow", [
            ("pump_serial", PUMPS[st], None), ("latency", "%.2fs" % random.uniform(1.2, 4), None), ("retry", random.randint(1, 3), None),
            ("addr", "10.20.6.%d:4001" % random.randint(20, 29), None)])]
    if r < 0.75:
        return [logrus_text("logrus-text", "error", "EHR sync failed", [
            ("error", 'Post "https://ehr-int.riverbend.local:8443/api/v2/doses": context deadline exceeded', None),
            ("attempt", random.randint(1, 5), None), ("queue_depth", random.randint(1, 40), None)])]
    if r < 0.88:
        return [logrus_json("logrus-json", "info", "registry sync batch", [
            ("batch", "CRB-20240311-%03d" % random.randint(1, 40), None), ("records", random.randint(20, 300), None),
            ("program", CLINIC["program"], None), ("durationMs", random.randint(300, 9000), None), ("svc", "dispense-bridge", None)])]
    return [logrus_json("logrus-json", "info", "DEA 222 inventory reconciled", [
        ("registrant", CLINIC["dea"], None), ("lot", random.choice(LOTS)[0], None), ("onHandMl", round(random.uniform(2000, 9000), 1), None),
        ("varianceMl", round(random.uniform(-0.5, 0.5), 2), None), ("svc", "dispense-bridge", None)])]


def ev_win_noise():
    CLK.adv(10, 120)
    st = random.choice(STATIONS)
    host = "DW-STN-%s" % st[-2:]
    nurse = any_nurse()
    r = random.random()
    if r < 0.35:
        return [snare("win-snare", host, "Security", 4624, "Microsoft-Windows-Security-Auditing", "N/A", "N/A", "Success Audit", "Logon",
                      [("An account was successfully logged on.    Subject:   Security ID:  S-1-5-18   Account Name:  %s$   Account Domain:  RIVERBEND   Logon ID:  0x3E7    Logon Type:   2    New Logon:   Security ID:  S-1-5-21-3623811015-3361044348-30300820-%d   Account Name:  %s   Account Domain:  RIVERBEND   Logon ID:  0x%X" % (
                          host, random.randint(1100, 1900), nurse[3], random.randint(0x100000, 0xFFFFFF)), None)])]
    if r < 0.5:
        return [snare("win-snare", host, "Security", 4634, "Microsoft-Windows-Security-Auditing", "N/A", "N/A", "Success Audit", "Logoff",
                      [("An account was logged off.    Subject:   Security ID:  S-1-5-21-3623811015-3361044348-30300820-%d   Account Name:  %s   Account Domain:  RIVERBEND   Logon ID:  0x%X    Logon Type:   2" % (
                          random.randint(1100, 1900), nurse[3], random.randint(0x100000, 0xFFFFFF)), None)])]
    if r < 0.65:
        return [snare("win-snare", host, "System", 7036, "Service Control Manager", "N/A", "N/A", "Information", "None",
                      [("The RB Dispense Bridge Agent service entered the running state.", None)])]
    if r < 0.8:
        return [snare("win-snare", host, "Application", 1003, "RBDispense", "RIVERBEND\\%s" % nurse[3], "User", "Warning", "None",
                      [("Pump %s did not acknowledge within 3000 ms; retrying (attempt 2 of 3). Station %s" % (PUMPS[st], st), None)])]
    if r < 0.9:
        return [snare("win-snare", host, "Application", 1000, "Application Error", "N/A", "N/A", "Error", "(100)",
                      [("Faulting application name: ZDesigner.exe, version: 5.1.17.7260, time stamp: 0x6421b0c4 Faulting module name: ntdll.dll, version: 10.0.19041.3803, exception code: 0xc0000374", None)])]
    return [snare("win-snare", host, "Application", 1010, "RBDispense", "RIVERBEND\\%s" % nurse[3], "User", "Information", "None",
                  [("Daily reconciliation started. Program %s Registrant DEA %s Pump %s" % (CLINIC["program"], CLINIC["dea"], PUMPS[st]), None)])]


def ev_bio_noise():
    CLK.adv(10, 90)
    st = random.choice(STATIONS)
    ln = Line("biogate")
    r = random.random()
    if r < 0.4:
        ln.t("%s DEBUG [BioGate.Device] station=%s sensor=%s status=READY fw=PSV2.1.4 temp=%.1fC ir_led=OK" % (ts_dotms(CLK.now()), st, SENSORS[st], random.uniform(28, 36)))
    elif r < 0.65:
        ln.t("%s INFO  [BioGate.Cache] gallery reload templates=%d sha256=%s took=%dms" % (ts_dotms(CLK.now()), random.randint(1400, 1520), hexs(64), random.randint(200, 1900)))
    elif r < 0.85:
        ln.t("%s WARN  [BioGate.Match] station=%s sensor=%s result=NO_MATCH best=%.3f thr=0.900 retry=%d reason=LOW_QUALITY q=%d" % (
            ts_dotms(CLK.now()), st, SENSORS[st], random.uniform(0.2, 0.6), random.randint(1, 3), random.randint(18, 40)))
    else:
        ln.t("%s ERROR [BioGate.Device] station=%s sensor=%s USB reset (code 0x%04X), reconnecting" % (ts_dotms(CLK.now()), st, SENSORS[st], random.randint(0, 0xFFFF)))
    return [ln]


def ev_enroll(p=None):
    p = p or random.choice(NEW_ADMITS)
    st = random.choice(STATIONS)
    CLK.adv(20, 120)
    out = []
    ln = Line("biogate")
    mod = random.choice(["PALM_VEIN", "FINGER"])
    ln.t("%s INFO  [BioGate.Enroll] station=%s sensor=%s client=" % (ts_dotms(CLK.now()), st, SENSORS[st]))
    ln.p(p["client"], "mrn")
    if mod == "PALM_VEIN":
        ln.t(" modality=PALM_VEIN hand=%s quality=%d template_b64=" % (random.choice("RL"), random.randint(70, 98)))
        ln.p(b64rand(b"PVT1\x02\x00", random.randint(280, 420)), "biometric")
    else:
        ln.t(" modality=FINGER finger=R_INDEX nfiq2=%d fmt=ISO19794-2 template_b64=" % random.randint(55, 90))
        ln.p(b64rand(b"FMR\x00 20\x00", random.randint(240, 380)), "biometric")
    out.append(ln)
    CLK.adv(0.2, 1)
    ln = Line("biogate")
    ln.t("%s INFO  [BioGate.Enroll] stored client=" % ts_dotms(CLK.now()))
    ln.p(p["client"], "mrn")
    ln.t(" tmpl_sha256=")
    ln.p(p["tmpl_sha"], "biometric")
    ln.t(" enrolled_by=%s dedup_check=PASS gallery=%d" % (any_nurse()[3], random.randint(1400, 1520)))
    out.append(ln)
    if random.random() < 0.6:
        CLK.adv(1, 4)
        ln = Line("biogate")
        ln.t("%s INFO  [BioGate.Photo] enrollment client=" % ts_dotms(CLK.now()))
        ln.p(p["client"], "mrn")
        ln.t(' photo="')
        ln.p("data:image/jpeg;base64," + b64rand(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00", random.randint(500, 800)), "photo")
        ln.t('"')
        out.append(ln)
    return out


def ev_registry(p=None):
    p = p or random.choice(NEW_ADMITS + random.sample(PATIENTS, 2))
    CLK.adv(10, 90)
    txn = "CRX-20240311-%06d" % random.randint(1000, 999999)
    out = []
    ln = Line("registry-xml")
    ln.t("%s INFO  [registry-client-1] c.r.registry.CentralRegistryClient - >> POST https://cr.mha.ohio.example/ws/v3/ClientCheck " % ts_log4j(CLK.now()))
    ln.t('<ClientCheckRequest xmlns="urn:oh:otp:cr:v3" txnId="%s" programId="%s" requestedBy="intake02"><Client><LastName>' % (txn, CLINIC["program"]))
    ln.p(p["last_a"].upper(), "name")
    ln.t("</LastName><FirstName>")
    ln.p(p["first_a"].upper(), "name")
    ln.t("</FirstName><DOB>")
    ln.p(fmt_date(p["dob"], "iso"), "date")
    ln.t("</DOB><SSN>")
    ln.p(p["ssn"], "ssn")
    ln.t("</SSN><Sex>%s</Sex><AdmitDate>" % p["sex"])
    ln.p(fmt_date(p["admit"], "iso"), "date")
    ln.t("</AdmitDate></Client></ClientCheckRequest>")
    out.append(ln)
    CLK.adv(0.4, 3)
    ln = Line("registry-xml")
    ln.t("%s INFO  [registry-client-1] c.r.registry.CentralRegistryClient - << HTTP 200 (%d ms) " % (ts_log4j(CLK.now()), random.randint(180, 2400)))
    r = random.random()
    if r < 0.6:
        ln.t('<ClientCheckResponse txnId="%s" status="CLEAR" dualEnrollment="false"><RegistryClientId>' % txn)
        ln.p(p["reg_id"], "mrn")
        ln.t("</RegistryClientId><ActiveEnrollments>0</ActiveEnrollments></ClientCheckResponse>")
    elif r < 0.85:
        ln.t('<ClientCheckResponse txnId="%s" status="MATCH_SELF" dualEnrollment="false"><RegistryClientId>' % txn)
        ln.p(p["reg_id"], "mrn")
        ln.t("</RegistryClientId><ActiveEnrollments>1</ActiveEnrollments><Program>%s</Program></ClientCheckResponse>" % CLINIC["program"])
    else:
        g = random.choice(GUEST_CLINICS)
        ln.t('<ClientCheckResponse txnId="%s" status="CONFLICT" dualEnrollment="true"><RegistryClientId>' % txn)
        ln.p(p["reg_id"], "mrn")
        ln.t("</RegistryClientId><OtherProgram>%s</OtherProgram><OtherProgramLastDose>" % g[1])
        ln.p(fmt_date(datetime.date(2024, 3, random.randint(1, 9)), "iso"), "date")
        ln.t("</OtherProgramLastDose></ClientCheckResponse>")
        out.append(ln)
        CLK.adv(0.1, 0.5)
        ln = Line("registry-xml")
        ln.t("%s WARN  [registry-client-1] c.r.registry.IntakeGuard - dual enrollment conflict txn=%s otherProgram=%s action=HOLD_ADMISSION notify=medical-director@riverbendtc.org" % (
            ts_log4j(CLK.now()), txn, g[1]))
    out.append(ln)
    return out


def ev_registry_noise():
    CLK.adv(30, 200)
    ln = Line("registry-xml")
    r = random.random()
    if r < 0.4:
        ln.t("%s INFO  [registry-sync] c.r.registry.DailyCensusUploader - census upload program=%s date=2024-03-10 admissions=%d discharges=%d active=%d txn=CRU-20240311-%05d status=ACCEPTED" % (
            ts_log4j(CLK.now()), CLINIC["program"], random.randint(0, 6), random.randint(0, 4), random.randint(880, 960), random.randint(1, 99999)))
    elif r < 0.7:
        ln.t("%s WARN  [registry-client-2] c.r.registry.CentralRegistryClient - SOAP fault txnId=CRX-20240311-%06d faultcode=soap:Server faultstring=\"Registry temporarily unavailable\" retryIn=30s" % (
            ts_log4j(CLK.now()), random.randint(1000, 999999)))
    else:
        ln.t("%s DEBUG [registry-client-1] o.a.h.c.h.i.c.PoolingHttpClientConnectionManager - Connection released: [id: %d][route: {s}->https://cr.mha.ohio.example:443][total available: %d; route allocated: 1 of 4; total allocated: 1 of 20]" % (
            ts_log4j(CLK.now()), random.randint(1, 400), random.randint(0, 3)))
    return [ln]


LAB_TESTS = [("3879-1", "Methadone", "ng/mL", "300"), ("16199-9", "EDDP", "ng/mL", "100"),
             ("49754-2", "Buprenorphine", "ng/mL", "5"), ("59615-2", "Fentanyl", "ng/mL", "1"),
             ("19295-5", "Opiates", "ng/mL", "300"), ("18282-1", "Oxycodone", "ng/mL", "100"),
             ("3397-7", "Cocaine metabolite", "ng/mL", "150"), ("19343-3", "Amphetamines", "ng/mL", "500"),
             ("16195-7", "Benzodiazepines", "ng/mL", "200"), ("18282-9", "THC", "ng/mL", "50"),
             ("99001-4", "Xylazine", "ng/mL", "10"), ("2161-8", "Creatinine", "mg/dL", "20")]


def ev_hl7():
    p = random.choice(PATIENTS)
    CLK.adv(20, 240)
    out = []
    ctrl = "KTL%s%04d" % (CLK.now().strftime("%y%m%d"), random.randint(1, 9999))
    spec = "KTL-S24-%07d" % random.randint(100000, 9999999)
    placer = "RB-UDS-%s-%04d" % ((CLK.now() - datetime.timedelta(days=3)).strftime("%y%m%d"), random.randint(1, 9999))
    coll = datetime.datetime(2024, 3, random.randint(4, 8), random.randint(6, 10), random.choice([5, 12, 20, 33, 41, 50]))
    pres = random.choice(PRESCRIBERS)
    ln = Line("hl7-mllp")
    ln.t("%s INFO  [hl7-listener-2] c.r.interfaces.MllpReceiver - recv from 10.40.2.15:%d len=%d type=ORU^R01 ctrl=%s" % (
        ts_log4j(CLK.now()), random.randint(40000, 60000), random.randint(900, 2200), ctrl))
    out.append(ln)
    out.append(Line("hl7-oru").t("MSH|^~\\&|KTL_LIS|KEYSTONE TOX|RIVERBEND_EHR|RBTC_CE|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (ts_hl7(CLK.now()), ctrl)))
    ln = Line("hl7-oru")
    ln.t("PID|1||")
    ln.p(p["clientn"], "mrn")
    ln.t("^^^RBTC^MR~")
    ln.p(p["lab_pi"], "mrn")
    ln.t("^^^KTL^PI||")
    ln.p(p["last_a"].upper(), "name")
    ln.t("^")
    ln.p(p["first_a"].upper(), "name")
    ln.t("||")
    ln.p(fmt_date(p["dob"], "hl7"), "date")
    ln.t("|%s|||" % p["sex"])
    ln.p(p["street"], "address")
    ln.t("^^")
    ln.p(p["city"], "address")
    ln.t("^OH^")
    ln.p(p["zip"], "zip")
    ln.t("^USA||")
    ln.p(fmt_phone(p["phone"], "hl7"), "phone")
    ln.t("|||||")
    out.append(ln)
    if random.random() < 0.5:
        ec = p["ec"]
        ln = Line("hl7-oru")
        ln.t("NK1|1|")
        ln.p(ec["last"].upper(), "name")
        ln.t("^")
        ln.p(ec["first"].upper(), "name")
        ln.t("|%s^%s^HL70063||" % (ec["rel"][:3].upper(), ec["rel"].title()))
        ln.p(fmt_phone(ec["phone"], "hl7"), "phone")
        ln.t("||EC^Emergency Contact^HL70131")
        out.append(ln)
    out.append(Line("hl7-oru").t("ORC|RE|%s|%s||CM||||%s|||%s^%s^%s^^^^%s" % (
        placer, "KTL%08d" % random.randint(1, 99999999), ts_hl7(CLK.now()), pres[5], pres[1].upper(), pres[0].upper(), pres[2])))
    ln = Line("hl7-oru")
    ln.t("OBR|1|%s|" % placer)
    ln.p(spec, "other_id")
    ln.t("^KTL|UDS12F^Urine Drug Screen 12 Panel w/ Fentanyl, Xylazine reflex^L|||")
    ln.p(coll.strftime("%Y%m%d%H%M"), "date")
    ln.t("|||||||||%s^%s^%s^^^^%s||||||||TOX|F" % (pres[5], pres[1].upper(), pres[0].upper(), pres[2]))
    out.append(ln)
    tests = [LAB_TESTS[0], LAB_TESTS[1]] if p["med"] == "methadone" else [LAB_TESTS[2]]
    tests += random.sample(LAB_TESTS[3:11], random.randint(2, 4)) + [LAB_TESTS[11]]
    for i, (loinc, nm, unit, cutoff) in enumerate(tests, 1):
        if nm in ("Methadone", "EDDP", "Buprenorphine"):
            val, flag = str(random.randint(300, 6000) if unit == "ng/mL" and nm != "Buprenorphine" else random.randint(5, 90)), "A"
        elif nm == "Creatinine":
            val, flag = "%.1f" % random.uniform(30, 210), "N"
        elif random.random() < 0.2:
            val, flag = str(random.randint(int(cutoff) + 1, int(cutoff) * 10)), "A"
        else:
            val, flag = "<%s" % cutoff, "N"
        out.append(Line("hl7-oru").t("OBX|%d|%s|%s^%s^LN||%s|%s|%s|%s|||F|||||KTL^Keystone Toxicology^CLIA^36D2071144" % (
            i, "NM" if not val.startswith("<") else "ST", loinc, nm, val, unit, ("<" + cutoff) if nm != "Creatinine" else "20-300", flag)))
    CLK.adv(0.2, 1)
    ln = Line("hl7-mllp")
    ln.t("%s INFO  [hl7-listener-2] c.r.interfaces.MllpReceiver - ACK AA sent ctrl=%s results=%d filed=true" % (ts_log4j(CLK.now()), ctrl, len(tests)))
    out.append(ln)
    return out


def ev_pdmp(p=None):
    p = p or random.choice(PATIENTS)
    pres = random.choice(PRESCRIBERS)
    CLK.adv(20, 200)
    rid = "PMP-" + hexs(12)
    out = []
    ln = Line("pdmp")
    ln.t("%s INFO  [http-nio-8443-exec-%d] c.r.pdmp.PmpGatewayClient - PatientRequest id=%s role=Prescriber requester=%s dea=%s npi=%s patient[last=" % (
        ts_log4j(CLK.now()), random.randint(1, 10), rid, pres[3].upper(), pres[4], pres[5]))
    ln.p(p["last_a"].upper(), "name")
    ln.t(", first=")
    ln.p(p["first_a"].upper(), "name")
    ln.t(", dob=")
    ln.p(fmt_date(p["dob"], "iso"), "date")
    ln.t(", sex=%s, zip=" % p["sex"])
    ln.p(p["zip"], "zip")
    ln.t("] states=[OH, KY, WV, IN, MI, PA] age=%d" % p["age"] if p["age"] <= 89 else "] states=[OH, KY, WV, IN, MI, PA] age=")
    if p["age"] > 89:
        ln.p(str(p["age"]), "age")
    out.append(ln)
    CLK.adv(0.8, 4)
    ln = Line("pdmp")
    if random.random() < 0.85:
        ln.t("%s INFO  [http-nio-8443-exec-%d] c.r.pdmp.PmpGatewayClient - PatientResponse id=%s status=200 reportId=R-%s rxCount=%d prescribers=%d pharmacies=%d narx.opioid=%03d narx.sedative=%03d overdoseRisk=%03d elapsed=%dms" % (
            ts_log4j(CLK.now()), random.randint(1, 10), rid, hexs(10).upper(), random.randint(0, 6), random.randint(0, 3), random.randint(0, 3),
            random.randint(0, 999), random.randint(0, 999), random.randint(0, 999), random.randint(400, 5200)))
    else:
        ln.t("%s WARN  [http-nio-8443-exec-%d] c.r.pdmp.PmpGatewayClient - PatientResponse id=%s status=200 disposition=NO_MATCH hubStates=[KY, WV] unavailable=[MI] elapsed=%dms" % (
            ts_log4j(CLK.now()), random.randint(1, 10), rid, random.randint(400, 5200)))
    out.append(ln)
    return out


def ev_eligibility(p=None):
    p = p or random.choice(PATIENTS)
    CLK.adv(20, 200)
    trace = "%09d" % random.randint(1, 999999999)
    out = []
    ln = Line("elig-x12")
    ln.t("%s INFO  [billing-worker-3] c.r.billing.EligibilityClient - 270 sent payer=%s trace=%s subscriber=" % (ts_log4j(CLK.now()), p["plan"], trace))
    ln.p(p["member"], "health_plan")
    ln.t(" name=")
    ln.p("%s*%s" % (p["last_a"].upper(), p["first_a"].upper()), "name")
    ln.t(" dob=")
    ln.p(fmt_date(p["dob"], "hl7"), "date")
    ln.t(" svcType=%s npi=%s" % (random.choice(["AI", "30", "MH"]), CLINIC["npi"]))
    out.append(ln)
    CLK.adv(0.5, 3)
    ln = Line("elig-x12")
    ln.t("%s INFO  [billing-worker-3] c.r.billing.EligibilityClient - 271 recv trace=%s EB*1 active=true plan=\"%s\" groupNo=%s copay=0.00 elapsed=%dms" % (
        ts_log4j(CLK.now()), trace, {"OHMCD": "Ohio Medicaid FFS", "CARESOURCE": "CareSource Ohio Medicaid", "MOLINA_OH": "Molina Healthcare of Ohio",
                                     "MEDICARE": "Medicare Part B OTP Bundle", "BUCKEYE": "Buckeye Health Plan", "UHC_CP": "UnitedHealthcare Community Plan"}[p["plan"]],
        random.choice(["OHMCDGRP01", "G-220418", "MBR-OTP-05", "NONE"]), random.randint(300, 4000)))
    out.append(ln)
    return out


def ev_consent(p=None, court=False):
    p = p or random.choice(PATIENTS)
    CLK.adv(30, 300)
    cid = uuid4()
    out = []
    ln = Line("consent-json")
    rec = random.choice([("Franklin County Municipal Court - Adult Probation", "(614) 555-0190", True),
                         ("Franklin County Drug Court (TIES Docket)", "(614) 555-0193", True),
                         ("Mount Carmel East - Emergency Dept", "(614) 555-0174", False),
                         ("Ohio Dept. of Job and Family Services", "(614) 555-0131", False),
                         ("PrimaryOne Health - Dr. A. Bhatt", "(614) 555-0158", False)])
    if court and not rec[2]:
        rec = ("Franklin County Municipal Court - Adult Probation", "(614) 555-0190", True)
    signed = CLK.now()
    d = {"ts": ts_iso_ms(CLK.now()), "level": "INFO", "logger": "consent.Part2ConsentService", "event": "consent.created",
         "consent": {"id": cid, "clientNumber": P(p["clientn"], "mrn"), "patientName": P(pname(p, "First Last"), "name"),
                     "dob": P(fmt_date(p["dob"], "iso"), "date"),
                     "recipient": {"name": rec[0], "phone": rec[1]},
                     "purpose": "Compliance monitoring" if rec[2] else "Care coordination",
                     "scope": ["attendance", "dosing", "UDS results"] if rec[2] else ["medication list", "last dose"],
                     "signedAt": P(ts_iso(signed), "date"),
                     "expires": P(fmt_date((signed + datetime.timedelta(days=180)).date(), "iso"), "date"),
                     "form": "42CFR2-v3", "witness": random.choice(COUNSELORS)[3]}}
    if rec[2]:
        d["consent"]["caseNumber"] = P("2024 CRB %06d" % random.randint(1000, 30000), "other_id")
    jw(ln, d, sep=(", ", ": "))
    out.append(ln)
    return out


def ev_redisclosure():
    CLK.adv(30, 300)
    ln = Line("consent-json")
    d = {"ts": ts_iso_ms(CLK.now()), "level": "INFO", "logger": "consent.DisclosureService", "event": "disclosure.sent",
         "disclosureId": "DSC-%08d" % random.randint(1, 99999999), "consentId": uuid4(), "channel": random.choice(["fax", "direct", "sftp"]),
         "to": random.choice(["(614) 555-0191", "probation@fcmcourt.example.org", "records@mountcarmel.example.org"]), "pages": random.randint(1, 9),
         "notice": "42 CFR 2.32: This record which has been disclosed to you is protected by federal confidentiality rules (42 CFR part 2). "
                   "The federal rules prohibit you from making any further disclosure of this record unless further disclosure is expressly "
                   "permitted by the written consent of the individual whose information is being disclosed in this record or, is otherwise permitted by 42 CFR part 2."}
    jw(ln, d, sep=(", ", ": "))
    return [ln]


def ev_consent_revoke():
    CLK.adv(30, 300)
    ln = Line("consent-json")
    d = {"ts": ts_iso_ms(CLK.now()), "level": "WARN", "logger": "consent.DisclosureService", "event": "disclosure.blocked",
         "consentId": uuid4(), "reason": random.choice(["CONSENT_EXPIRED", "CONSENT_REVOKED", "SCOPE_MISMATCH"]),
         "requestedBy": random.choice(["billing-svc", "hie-gateway", "cmendez"]), "policy": "part2.redisclosure.v4"}
    jw(ln, d, sep=(", ", ": "))
    return [ln]


def ev_ehr_session(p=None):
    p = p or random.choice(PATIENTS)
    c = random.choice(COUNSELORS)
    CLK.adv(60, 400)
    out = []
    note = random.randint(700000, 799999)
    ln = Line("ehr-audit")
    ln.t("AUDIT|%s|evt=NOTE_OPEN|usr=%s|role=COUNSELOR|ws=10.20.4.%d|obj=ProgressNote/%d|pt=" % (ts_iso_ms(CLK.now()), c[3], random.randint(20, 60), note))
    ln.p(p["clientn"], "mrn")
    ln.t("|outcome=SUCCESS")
    out.append(ln)
    CLK.adv(30, 200)
    ln = Line("ehr-audit")
    ln.t("AUDIT|%s|evt=NOTE_SIGN|usr=%s|role=COUNSELOR|ws=10.20.4.%d|obj=ProgressNote/%d|pt=" % (ts_iso_ms(CLK.now()), c[3], random.randint(20, 60), note))
    ln.p(p["clientn"], "mrn")
    ln.t("|ptName=")
    ln.p(pname(p, "LAST, FIRST"), "name")
    ln.t("|dos=")
    ln.p(fmt_date(datetime.date(2024, 3, 11), "us"), "date")
    ln.t("|type=%s|cpt=%s|sig=%s, %s|outcome=SUCCESS" % random.choice([
        ("Individual Counseling 45min", "H0004", c[0] + " " + c[1], c[2]), ("Group Counseling", "H0005", c[0] + " " + c[1], c[2]),
        ("Treatment Plan Review", "H0032", c[0] + " " + c[1], c[2]), ("Case Management", "T1016", c[0] + " " + c[1], c[2])]))
    out.append(ln)
    if random.random() < 0.4:
        CLK.adv(5, 30)
        appt = datetime.datetime(2024, 3, random.randint(12, 29), random.choice([8, 9, 10, 13, 14, 15]), random.choice([0, 15, 30, 45]))
        ln = Line("ehr-audit")
        ln.t("AUDIT|%s|evt=APPT_CREATE|usr=%s|role=COUNSELOR|ws=10.20.4.%d|obj=Appointment/%d|pt=" % (ts_iso_ms(CLK.now()), c[3], random.randint(20, 60), random.randint(3000000, 3999999)))
        ln.p(p["clientn"], "mrn")
        ln.t("|start=")
        ln.p(appt.strftime("%Y-%m-%dT%H:%M"), "date")
        ln.t("|dur=45|room=CNS-%d|outcome=SUCCESS" % random.randint(1, 8))
        out.append(ln)
    return out


def ev_ehr_demog(p=None):
    p = p or random.choice(NEW_ADMITS + random.sample(PATIENTS, 3))
    CLK.adv(30, 200)
    ec = p["ec"]
    ln = Line("ehr-audit")
    ln.t("AUDIT|%s|evt=DEMOGRAPHICS_UPDATE|usr=frontdesk%d|role=INTAKE|ws=10.20.2.%d|obj=Client/" % (ts_iso_ms(CLK.now()), random.randint(1, 3), random.randint(10, 40)))
    ln.p(p["clientn"], "mrn")
    ln.t("|diff=")
    d = {"address.line1": [None, P(p["street"], "address")], "address.city": [None, P(p["city"], "address")],
         "address.zip": [None, P(p["zip"], "zip")], "phone.mobile": [None, P(fmt_phone(p["phone"], "dash"), "phone")],
         "id.dl": [None, P("OH " + p["dl"], "license")] if random.random() < 0.5 else [None, P(p["dl"], "license")],
         "emergencyContact.name": [None, P("%s %s" % (ec["first"], ec["last"]), "name")],
         "emergencyContact.relationship": [None, ec["rel"]],
         "emergencyContact.phone": [None, P(fmt_phone(ec["phone"], "dash"), "phone")]}
    if random.random() < 0.55:
        d["phone.fax"] = [None, P(fmt_phone(p["fax"], "dash"), "fax")]
    if random.random() < 0.5:
        d["coverage.memberId"] = [None, P(p["member"], "health_plan")]
    jw(ln, d)
    ln.t("|outcome=SUCCESS")
    out = [ln]
    if p["age"] > 89 and random.random() < 0.9:
        CLK.adv(1, 5)
        ln = Line("ehr-audit")
        ln.t("AUDIT|%s|evt=CDS_ALERT|usr=system|role=SYSTEM|obj=Client/" % ts_iso_ms(CLK.now()))
        ln.p(p["clientn"], "mrn")
        ln.t("|rule=GERIATRIC_QTC_REVIEW|age=")
        ln.p(str(p["age"]), "age")
        ln.t("|dose_mg=%d|action=REQUIRE_ECG" % p["dose"])
        out.append(ln)
    return out


def ev_ehr_noise():
    CLK.adv(30, 300)
    ln = Line("ehr-audit")
    r = random.random()
    u = random.choice([n[3] for n in NURSES] + [c[3] for c in COUNSELORS] + [x[3] for x in PRESCRIBERS])
    if r < 0.3:
        ln.t("AUDIT|%s|evt=LOGIN|usr=%s|role=%s|ws=10.20.%d.%d|method=SSO+TOTP|outcome=SUCCESS" % (
            ts_iso_ms(CLK.now()), u, "NURSE" if u.startswith(("rn", "lpn")) else "STAFF", random.randint(2, 6), random.randint(10, 60)))
    elif r < 0.5:
        ln.t("AUDIT|%s|evt=LOGOUT|usr=%s|reason=%s|session=%s" % (ts_iso_ms(CLK.now()), u, random.choice(["USER", "IDLE_TIMEOUT"]), hexs(16)))
    elif r < 0.75:
        ln.t("AUDIT|%s|evt=REPORT_RUN|usr=%s|report=%s|rows=%d|outcome=SUCCESS" % (
            ts_iso_ms(CLK.now()), u, random.choice(["Daily Dosing Census", "Take-Home Eligibility (42 CFR 8.12)", "Missed Dose 3+ Days", "DEA Biennial Inventory"]), random.randint(4, 960)))
    else:
        ln.t("AUDIT|%s|evt=ORDER_SIGN|usr=%s|role=PRESCRIBER|obj=DoseOrder/%d|dea=%s|change=+5mg|outcome=SUCCESS" % (
            ts_iso_ms(CLK.now()), PRESCRIBERS[0][3], random.randint(900000, 999999), PRESCRIBERS[0][4]))
    return [ln]


def ev_guest(p=None):
    p = p or random.choice([x for x in PATIENTS if x["med"] == "methadone"])
    g = random.choice(GUEST_CLINICS)
    CLK.adv(60, 400)
    start = datetime.date(2024, 3, random.randint(13, 20))
    end = start + datetime.timedelta(days=random.randint(2, 9))
    out = []
    out.append(logrus_json("logrus-json", "info", "guest dosing request sent", [
        ("clientId", p["client"], "mrn"), ("clientName", pname(p, "Last, First"), "name"), ("clientDob", fmt_date(p["dob"], "iso"), "date"),
        ("doseMg", p["dose"], None), ("guestProgram", g[1], None), ("guestProgramDea", g[2], None), ("guestProgramPhone", g[3], None),
        ("guestStart", fmt_date(start, "iso"), "date"), ("guestEnd", fmt_date(end, "iso"), "date"),
        ("lastDoseDate", "2024-03-11", "date"), ("homeProgramDea", CLINIC["dea"], None), ("authorizedBy", PRESCRIBERS[0][3], None),
        ("svc", "dispense-bridge", None), ("transport", "direct-secure-msg", None)]))
    CLK.adv(60, 900)
    out.append(logrus_json("logrus-json", "info", "guest dosing request acknowledged", [
        ("guestProgram", g[1], None), ("ackId", "GDA-" + hexs(8).upper(), None), ("status", random.choice(["ACCEPTED", "PENDING_REVIEW"]), None),
        ("svc", "dispense-bridge", None)]))
    if random.random() < 0.5:
        CLK.adv(5, 60)
        out.append(logrus_text("logrus-text", "info", "guest dose record queued", [
            ("client_id", p["client"], "mrn"), ("guest_program", g[1], None), ("days", (end - start).days + 1, None),
            ("dose_mg", p["dose"], None), ("fax", CLINIC["fax"], None)]))
    return out


def new_rid():
    return uuid4()


def ev_sms_checkin(p=None):
    p = p or random.choice(PATIENTS)
    CLK.adv(10, 120)
    tip = random.choice(TWILIO_IPS)
    rid = new_rid()
    out = []
    out.append(nginx_access(tip, None, "POST", [("/webhooks/twilio/sms", None)], 200, random.randint(80, 140), "-", "TwilioProxy/1.1", "HTTP/1.1"))
    ln = rails_prefix(Line("rails"), "I", rid)
    ln.t('Started POST "/webhooks/twilio/sms" for %s at %s -0400' % (tip, CLK.now().strftime("%Y-%m-%d %H:%M:%S")))
    out.append(ln)
    out.append(rails_prefix(Line("rails"), "I", rid).t("Processing by Webhooks::TwilioSmsController#create as */*"))
    ln = rails_prefix(Line("rails"), "I", rid).t("  Parameters: ")
    body = random.choice(["HERE", "here", "CHECKIN", "In line", "at window 2", "Here!"])
    rw(ln, {"ToCountry": "US", "ToState": "OH", "SmsMessageSid": "SM" + hexs(32), "NumMedia": "0", "SmsSid": "SM" + hexs(32),
            "SmsStatus": "received", "Body": body, "To": "+16145550100", "NumSegments": "1", "MessageSid": "SM" + hexs(32),
            "AccountSid": "AC" + "3f9c1e0d7b2a4c6e8f0a1b2c3d4e5f60", "From": P(fmt_phone(p["phone"], "e164"), "phone"), "ApiVersion": "2010-04-01"})
    out.append(ln)
    ln = rails_prefix(Line("rails"), "D", rid)
    ln.t('  Patient Load (%.1fms)  SELECT "patients".* FROM "patients" WHERE "patients"."mobile_phone" = $1 LIMIT $2  ' % random.uniform(0.3, 2.5))
    rw(ln, [["mobile_phone", P(fmt_phone(p["phone"], "e164"), "phone")], ["LIMIT", 1]])
    out.append(ln)
    ln = rails_prefix(Line("rails"), "D", rid)
    ln.t('  Checkin Create (%.1fms)  INSERT INTO "checkins" ("patient_id", "channel", "body", "created_at", "updated_at") VALUES ($1, $2, $3, $4, $5) RETURNING "id"  ' % random.uniform(0.6, 3))
    u = (CLK.now() + UTC_OFF).strftime("%Y-%m-%d %H:%M:%S") + ".%06d" % random.randint(0, 999999)
    rw(ln, [["patient_id", P(int(p["app_id"]), "mrn")], ["channel", "sms"], ["body", body], ["created_at", u], ["updated_at", u]])
    out.append(ln)
    jid = uuid4()
    ln = rails_prefix(Line("rails"), "I", rid)
    ln.t("[ActiveJob] Enqueued SmsReplyJob (Job ID: %s) to Sidekiq(sms) with arguments: " % jid)
    ln.p(p["app_id"], "mrn")
    ln.t(', "checkin_ack"')
    out.append(ln)
    out.append(rails_prefix(Line("rails"), "I", rid).t("Completed 200 OK in %dms (Views: %.1fms | ActiveRecord: %.1fms | Allocations: %d)" % (
        random.randint(18, 140), random.uniform(0.1, 2), random.uniform(2, 20), random.randint(2500, 9000))))
    CLK.adv(0.3, 2)
    sj = hexs(24)
    out.append(sidekiq_prefix(Line("sidekiq"), "SmsReplyJob", sj).t("start"))
    if random.random() < 0.15:
        ln = sidekiq_prefix(Line("sidekiq"), "SmsReplyJob", sj, "WARN")
        ln.t("Twilio::REST::RestError: [HTTP 400] 21610 : Unable to create record: Attempt to send to unsubscribed recipient (to=")
        ln.p(fmt_phone(p["phone"], "e164"), "phone")
        ln.t(")")
        out.append(ln)
    else:
        out.append(sidekiq_prefix(Line("sidekiq"), "SmsReplyJob", sj).t("done: %.3f sec" % random.uniform(0.1, 0.9)))
    return out


def ev_app_login(p=None):
    p = p or random.choice(PATIENTS)
    CLK.adv(10, 200)
    ip = random.choice(p["ips"])
    ua = random.choice(APP_UAS)
    rid = new_rid()
    out = []
    out.append(nginx_access(ip, "ip", "POST", [("/users/sign_in", None)], 302, 0, "https://connect.riverbendtc.org/users/sign_in", ua))
    ln = rails_prefix(Line("rails"), "I", rid)
    ln.t('Started POST "/users/sign_in" for ')
    ln.p(ip, "ip")
    ln.t(" at %s -0400" % CLK.now().strftime("%Y-%m-%d %H:%M:%S"))
    out.append(ln)
    out.append(rails_prefix(Line("rails"), "I", rid).t("Processing by Users::SessionsController#create as HTML"))
    ln = rails_prefix(Line("rails"), "I", rid).t("  Parameters: ")
    login = P(p["username"], "other_id") if int(p["app_id"]) % 2 else P(p["email"], "email")
    rw(ln, {"authenticity_token": "[FILTERED]", "user": {"login": login, "password": "[FILTERED]", "remember_me": "1"}, "commit": "Log in"})
    out.append(ln)
    ln = rails_prefix(Line("rails"), "I", rid)
    if int(p["app_id"]) % 3:
        ln.t("Redirected to ")
        ln.p("https://connect.riverbendtc.org/p/%s-%s/home" % (p["first_a"].lower().replace(" ", "-"), p["last_a"].lower().replace("'", "").replace(" ", "-")), "url")
    else:
        ln.t("Redirected to https://connect.riverbendtc.org/dashboard")
    out.append(ln)
    out.append(rails_prefix(Line("rails"), "I", rid).t("Completed 302 Found in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (
        random.randint(120, 420), random.uniform(3, 25), random.randint(6000, 14000))))
    # follow-up API calls
    for _ in range(random.randint(1, 3)):
        CLK.adv(0.5, 20)
        res = random.choice(["appointments", "checkins", "dose_history", "messages"])
        out.append(nginx_access(ip, "ip", "GET", [("/api/v1/patients/", None), (p["app_id"], "mrn"), ("/" + res, None)],
                                200, random.randint(200, 4800), "-", ua))
    if random.random() < 0.3:
        CLK.adv(0.1, 2)
        out.append(nginx_access(ip, "ip", "GET", [("/assets/application-%s.css" % hexs(12), None)], 200, 48211, "https://connect.riverbendtc.org/dashboard", ua))
    return out


def ev_app_profile(p=None, kind=None):
    p = p or random.choice(PATIENTS)
    CLK.adv(10, 300)
    ip = random.choice(p["ips"])
    ua = random.choice(APP_UAS)
    rid = new_rid()
    out = []
    kind = kind or random.choice(["profile", "profile", "vehicle", "device", "payment"])
    path = {"profile": "/profile", "vehicle": "/parking_registrations", "device": "/api/v1/devices", "payment": "/payments"}[kind]
    meth = "PATCH" if kind == "profile" else "POST"
    out.append(nginx_access(ip, "ip", meth, [(path, None)], 302 if kind != "device" else 201, 0 if kind != "device" else 64, "-", ua))
    ln = rails_prefix(Line("rails"), "I", rid)
    ln.t('Started %s "%s" for ' % (meth, path))
    ln.p(ip, "ip")
    ln.t(" at %s -0400" % CLK.now().strftime("%Y-%m-%d %H:%M:%S"))
    out.append(ln)
    ctrl = {"profile": "ProfilesController#update as HTML", "vehicle": "ParkingRegistrationsController#create as HTML",
            "device": "Api::V1::DevicesController#create as JSON", "payment": "PaymentsController#create as HTML"}[kind]
    out.append(rails_prefix(Line("rails"), "I", rid).t("Processing by " + ctrl))
    ln = rails_prefix(Line("rails"), "I", rid).t("  Parameters: ")
    ec = p["ec"]
    if kind == "profile":
        prm = {"authenticity_token": "[FILTERED]", "patient": {"preferred_name": P(p["first"], "name"),
               "mobile_phone": P(fmt_phone(p["phone"], "paren"), "phone"), "email": P(p["email"], "email"),
               "sms_opt_in": "1",
               "emergency_contact_attributes": {"name": P("%s %s" % (ec["first"], ec["last"]), "name"), "relationship": ec["rel"],
                                                "phone": P(fmt_phone(ec["phone"], "paren"), "phone"),
                                                "email": P(ec["email"], "email"), "id": str(random.randint(100, 9000))}},
               "commit": "Save"}
    elif kind == "vehicle":
        prm = {"authenticity_token": "[FILTERED]", "parking_registration": {"plate": P(p["plate"], "vehicle"), "plate_state": "OH",
               "make": random.choice(["Honda", "Ford", "Chevrolet", "Nissan", "Toyota"]), "color": random.choice(["silver", "black", "red", "white"])},
               "commit": "Register vehicle"}
    elif kind == "device":
        prm = {"device": {"platform": "android", "model": "SM-A146U", "imei": P(p["imei"], "device"), "push_token": "[FILTERED]", "app_version": "3.4.0"}}
    else:
        prm = {"authenticity_token": "[FILTERED]", "payment": {"amount": "15.00", "card_number": "[FILTERED]", "exp": "[FILTERED]", "cvc": "[FILTERED]",
               "guarantor_account": P(p["account"], "account")}, "commit": "Pay now"}
    rw(ln, prm)
    out.append(ln)
    if kind == "profile":
        ln = rails_prefix(Line("rails"), "D", rid)
        ln.t('  EmergencyContact Update (%.1fms)  UPDATE "emergency_contacts" SET "phone" = $1, "updated_at" = $2 WHERE "emergency_contacts"."id" = $3  ' % random.uniform(0.4, 2))
        rw(ln, [["phone", P(fmt_phone(ec["phone"], "paren"), "phone")], ["updated_at", (CLK.now() + UTC_OFF).strftime("%Y-%m-%d %H:%M:%S.%f")], ["id", random.randint(100, 9000)]])
        out.append(ln)
    out.append(rails_prefix(Line("rails"), "I", rid).t("Completed %s in %dms (ActiveRecord: %.1fms | Allocations: %d)" % (
        "201 Created" if kind == "device" else "302 Found", random.randint(40, 600), random.uniform(3, 25), random.randint(6000, 14000))))
    if kind == "payment" and random.random() < 0.6:
        CLK.adv(0.5, 3)
        sj = hexs(24)
        ln = sidekiq_prefix(Line("sidekiq"), "LegacyKioskPaymentSyncJob", sj, "WARN")
        ln.t('{"context":"Job raised exception","job":{"retry":true,"queue":"billing","args":[')
        ln.p(p["app_id"], "mrn")
        ln.t(',"')
        ln.p(card(), "account")
        ln.t('","15.00"],"class":"LegacyKioskPaymentSyncJob","jid":"%s","created_at":%.3f},"error_class":"Faraday::ConnectionFailed","error_message":"execution expired"}' % (
            sj, (CLK.now() + UTC_OFF - datetime.datetime(1970, 1, 1)).total_seconds()))
        out.append(ln)
    return out


def ev_app_noise():
    CLK.adv(5, 100)
    r = random.random()
    rid = new_rid()
    if r < 0.35:
        return [nginx_access("10.20.0.%d" % random.randint(2, 9), None, "GET", [("/up", None)], 200, 73, "-", "kube-probe/1.28", "HTTP/1.1")]
    if r < 0.5:
        return [nginx_access(random.choice(["216.144.250.150", "69.162.124.226"]), None, "HEAD", [("/", None)], 200, 0, "https://connect.riverbendtc.org", "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", "HTTP/1.1")]
    if r < 0.62:
        ln = Line("nginx-error")
        ln.t("%s [warn] 2211#2211: *%d an upstream response is buffered to a temporary file /var/cache/nginx/proxy_temp/%d/%02d/%010d while reading upstream, client: 10.20.4.%d, server: ehr-int.riverbend.local, request: \"GET /reports/census.csv HTTP/1.1\", upstream: \"http://127.0.0.1:8080/reports/census.csv\", host: \"ehr-int.riverbend.local\"" % (
            CLK.now().strftime("%Y/%m/%d %H:%M:%S"), random.randint(10000, 99999), random.randint(1, 9), random.randint(0, 99), random.randint(1, 9999999), random.randint(20, 60)))
        return [ln]
    if r < 0.8:
        sj = hexs(24)
        cls = random.choice(["DailyCensusExportJob", "TwilioStatusCallbackJob", "PurgeExpiredSessionsJob", "MissedDoseScanJob"])
        return [sidekiq_prefix(Line("sidekiq"), cls, sj).t(random.choice(["start", "done: %.3f sec" % random.uniform(0.05, 12)]))]
    out = [rails_prefix(Line("rails"), "I", rid).t('Started GET "/up" for 10.20.0.%d at %s -0400' % (random.randint(2, 9), CLK.now().strftime("%Y-%m-%d %H:%M:%S")))]
    out.append(rails_prefix(Line("rails"), "I", rid).t("Processing by Rails::HealthController#show as HTML"))
    out.append(rails_prefix(Line("rails"), "I", rid).t("Completed 200 OK in 1ms (Views: 0.4ms | ActiveRecord: 0.0ms | Allocations: 312)"))
    return out


def ev_nginx_err(p=None):
    p = p or random.choice(PATIENTS)
    CLK.adv(10, 200)
    ip = random.choice(p["ips"])
    ln = Line("nginx-error")
    ln.t("%s [error] 2211#2211: *%d upstream prematurely closed connection while reading response header from upstream, client: " % (
        CLK.now().strftime("%Y/%m/%d %H:%M:%S"), random.randint(10000, 99999)))
    ln.p(ip, "ip")
    ln.t(', server: connect.riverbendtc.org, request: "GET /api/v1/patients/')
    ln.p(p["app_id"], "mrn")
    ln.t('/dose_history HTTP/2.0", upstream: "http://127.0.0.1:3000/api/v1/patients/')
    ln.p(p["app_id"], "mrn")
    ln.t('/dose_history", host: "connect.riverbendtc.org"')
    return [ln]


def ev_missed_dose(p=None):
    p = p or random.choice(PATIENTS)
    CLK.adv(30, 300)
    ec = p["ec"]
    sj = hexs(24)
    out = [sidekiq_prefix(Line("sidekiq"), "MissedDoseOutreachJob", sj).t("start")]
    ln = sidekiq_prefix(Line("sidekiq"), "MissedDoseOutreachJob", sj)
    last = datetime.date(2024, 3, random.randint(6, 8))
    ln.t("patient_id=")
    ln.p(p["app_id"], "mrn")
    ln.t(" missed_days=%d last_dose=" % (11 - last.day))
    ln.p(fmt_date(last, "iso"), "date")
    ln.t(" notifying emergency contact ")
    ln.p("%s %s" % (ec["first"], ec["last"]), "name")
    ln.t(" (%s) at " % ec["rel"])
    ln.p(fmt_phone(ec["phone"], "e164"), "phone")
    out.append(ln)
    out.append(sidekiq_prefix(Line("sidekiq"), "MissedDoseOutreachJob", sj).t("done: %.3f sec" % random.uniform(0.2, 2)))
    return out


def ev_appt_reminder(p=None):
    p = p or random.choice(PATIENTS)
    CLK.adv(30, 300)
    sj = hexs(24)
    appt = datetime.datetime(2024, 3, 12, random.choice([8, 9, 10, 13, 14]), random.choice([0, 15, 30, 45]))
    ln = sidekiq_prefix(Line("sidekiq"), "AppointmentReminderJob", sj)
    ln.t("Sending reminder to=")
    ln.p(fmt_phone(p["phone"], "e164"), "phone")
    ln.t(" patient_id=")
    ln.p(p["app_id"], "mrn")
    ln.t(" appt_at=")
    ln.p(appt.strftime("%Y-%m-%dT%H:%M:%S") + OFF, "date")
    ln.t(' counselor="%s %s" template=appt_24h from=+16145550100' % random.choice(COUNSELORS)[:2])
    return [ln]


# ---------------------------------------------------------------- assemble
PHI_EVENTS = [
    (ev_checkin_dose, 36), (ev_takehome, 7), (ev_registry, 5), (ev_hl7, 1), (ev_pdmp, 6), (ev_eligibility, 4),
    (ev_consent, 3), (ev_ehr_session, 6), (ev_ehr_demog, 4), (ev_guest, 4), (ev_sms_checkin, 2), (ev_app_login, 2),
    (ev_app_profile, 2), (ev_nginx_err, 2), (ev_missed_dose, 2), (ev_appt_reminder, 3), (ev_enroll, 3),
]
NOPHI_EVENTS = [
    (ev_pump_noise, 8), (ev_bridge_noise, 8), (ev_win_noise, 9), (ev_bio_noise, 5), (ev_registry_noise, 3),
    (ev_redisclosure, 2), (ev_consent_revoke, 1), (ev_ehr_noise, 6), (ev_app_noise, 8),
]


def pick(evs):
    tot = sum(w for _, w in evs)
    r = random.uniform(0, tot)
    for f, w in evs:
        r -= w
        if r <= 0:
            return f
    return evs[-1][0]


def main():
    lines = []
    # guaranteed coverage: queued events interleaved with the random day
    forced = []
    for p in NEW_ADMITS:
        forced.append(lambda p=p: ev_registry(p) + ev_enroll(p) + ev_ehr_demog(p) + ev_pdmp(p))
    forced.append(lambda: ev_ehr_demog(PATIENTS[19]) + ev_pdmp(PATIENTS[19]))  # the 91-year-old
    for k in ["payment", "device", "vehicle", "profile", "payment", "device", "vehicle"]:
        forced.append(lambda k=k: ev_app_profile(kind=k))
    forced += [ev_hl7, ev_hl7, ev_hl7, ev_guest, ev_guest, ev_consent, lambda: ev_consent(court=True), ev_missed_dose,
               ev_app_login, ev_app_login, ev_app_login, ev_eligibility, ev_eligibility, ev_takehome, ev_takehome, ev_takehome,
               ev_nginx_err, ev_appt_reminder, ev_sms_checkin, ev_sms_checkin, ev_sms_checkin, ev_app_login]
    random.shuffle(forced)
    # intake of new admits happens in the morning, keep them early
    forced.sort(key=lambda f: 0 if getattr(f, "__name__", "") == "<lambda>" and random.random() < 0.5 else 1)
    target_nophi = 0.55
    while len(lines) < N_LINES - 20:
        nophi = sum(1 for l in lines if not l.spans)
        share = nophi / max(1, len(lines))
        if share < target_nophi - 0.01:
            f = pick(NOPHI_EVENTS)
        elif share > target_nophi + 0.02:
            f = forced.pop(0) if forced else pick(PHI_EVENTS)
        else:
            f = pick(PHI_EVENTS + NOPHI_EVENTS)
            if forced and (len(lines) > 340 or random.random() < 0.5):
                f = forced.pop(0)
        lines += f()
    assert not forced, len(forced)
    # fill with single-line events to hit exactly N_LINES
    while len(lines) < N_LINES:
        nophi = sum(1 for l in lines if not l.spans)
        need_nophi = round(target_nophi * N_LINES) - nophi
        remaining = N_LINES - len(lines)
        if need_nophi > 0 and 2 * need_nophi >= remaining:
            f = random.choice([ev_pump_noise, ev_bio_noise, ev_ehr_noise, ev_registry_noise, ev_redisclosure])
        else:
            f = random.choice([ev_nginx_err, ev_appt_reminder])
        lines += f()
    lines = lines[:N_LINES]

    log = bytearray()
    labels = []
    for i, ln in enumerate(lines, 1):
        b = bytes(ln.buf)
        assert b"\n" not in b and b"\r" not in b, (i, b[:80])
        assert len(b) <= 4000, (i, len(b))
        b.decode("utf-8")
        last = 0
        for sp, exp in zip(ln.spans, ln.expect):
            assert b[sp["s"]:sp["e"]] == exp, (i, sp, exp)
            assert sp["s"] >= last and sp["e"] > sp["s"], (i, sp)
            last = sp["e"]
        log += b + b"\n"
        labels.append(json.dumps({"line": i, "family": ln.fam, "spans": ln.spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "wb") as f:
        f.write(bytes(log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
