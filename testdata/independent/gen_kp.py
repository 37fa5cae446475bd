#!/usr/bin/env python3
"""Synthetic labeled log corpus "kp": a hospital's Patient Relations, Spiritual Care
(chaplaincy) and Clinical Ethics consult services at the fictitious St. Brendan Medical
Center (stbrendanhealth.org).

Writes kp.log (500 lines) and kp.labels.jsonl (one JSON object per line, byte offsets).
Standard library only, deterministic (fixed seed, fixed synthetic clock).

Formats (families): pino JSON from the feedback web form, nginx access log, Email-to-Case
poller (python logging), raw RFC 822 header lines, phone-intake key=value notes, ACD CDR
rows, chaplain visit CSV exports (with/without header), spiritual-care app syslog, Mirth
HL7 v2 ORM referrals (MSH/PID/PV1/IN1/ORC/OBR/NTE), ethics consult XML requests and
free-text consult summaries, Kofax/OnBase advance-directive and POLST scanning logs and DIP
index rows, RightFax inbound/outbound log, interpreter request JSON (python-json-logger,
ensure_ascii), lost-and-found property pipe rows and security notes, Salesforce REST / Apex
debug / EventLogFile lines, Microsoft Graph / Outlook notifications and NDRs, Teams webhook
MessageCards and chat notifications, SharePoint ULS and Unified Audit JSON, PowerShell
transcripts / tables / error records, klog / logfmt infrastructure noise.

Labeling decisions:
- Labeled persons: patients, their relatives, visitors, health-care agents (HCPOA),
  guarantors, and members of the public who complain/compliment about a patient's care.
- Not labeled: staff doing their work (chaplains, patient-relations reps, ethicists,
  interpreters, nurses, physicians, security, EVS), service accounts, staff usernames and
  e-mails, department/hospital phone and fax numbers, hospital and vendor addresses, SNFs,
  vendors, documentation/test values (203.0.113.x, 555-0100 main line, example.com).
- name: full names, first-only or last-only mentions, initials of a patient ("R.D."),
  every written form (Last, First / UPPER / lower / HL7 XPN "LAST^FIRST^M" as one span).
  In file names each name part is its own span ("Delgado" and "Ruben"); a run such as
  "DESOUZA" is one span.
- address: street line is one span, city its own span; state not labeled;
  zip is its own "zip" span. Hospital rooms/units are not labeled.
- date: birth, incident/visit/service, admission, discharge, death, appointment or family
  meeting, and advance-directive/POLST signing dates, in any written form incl. partial
  ("3/8") and HL7 TS; an appointment / admit date-time value is labeled whole. Relative
  words ("yesterday", "Sunday") are not labeled. Log timestamps,
  record created/received/modified stamps, SLA due dates, batch dates are not labeled.
- age: only ages over 89, the number only ("94" in "94 y/o"); younger ages left as-is.
- phone/fax: of labeled persons (incl. ACD caller ANI and RightFax CSID of a person's
  home fax). Business/department numbers are not labeled.
- mrn: hospital MRN wherever it appears (fields, HL7 PID-3 id component, SOQL URLs, file
  names). account: hospital account (HAR) / guarantor account numbers and full card
  numbers; masked fragments ("****4417") are not labeled. health_plan: member/subscriber
  IDs, Medicare MBI, Medicaid IDs; plan group numbers are not labeled.
- other_id: person-centred record numbers used to look the person up: Salesforce
  CaseNumber, grievance numbers (GRV-), ethics consult numbers (ETH-), spiritual-care
  referral numbers (SCR-), property bag numbers (PB-), encounter CSNs (incl. HL7 PV1-19),
  social-media handles of relatives. NOT labeled: Salesforce 15/18-char record Ids, message/trace/correlation/
  request/job/batch/note ids, interpreter vendor job ids, subscription GUIDs.
- ip: public IPv4 of members of the public using the feedback form; private/staff,
  crawler and monitoring addresses are not labeled.
- device: serials/IMEI of devices owned by or implanted in a patient (hearing aids,
  CPAP, phones, pumps); hospital equipment (scanners, signature pads, VRI carts) is not.
- license / vehicle: driver's licence numbers, plates and VINs of patients/relatives.
- biometric: captured signature dynamics and fingerprint templates of patients/agents.
  photo: base64 face image payload of a patient (the base64 value only).
- url: personal pages of patients/families (CaringBridge, GoFundMe, social posts).
- ssn: full SSNs and "last 4" SSN fragments given for identity verification.
"""
import base64
import hashlib
import json
import os
import random
import re
import unicodedata
from datetime import date, datetime, timedelta

R = random.Random(0x6B70_2024)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "kp"
N_LINES = 500
DOM = "stbrendanhealth.org"
HOSP = "St. Brendan Medical Center"


# ----------------------------------------------------------------------------- builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []
        self.vals = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        if not cat:
            return self.t(s)
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append({"s": st, "e": len(self.buf), "cat": cat})
        self.vals.append(b)
        return self

    def parts(self, parts, esc=None):
        for x in parts:
            if isinstance(x, tuple):
                v, c = x
                self.p(esc(v) if esc else v, c)
            else:
                self.t(esc(x) if esc else x)
        return self

    def check(self):
        assert b"\n" not in self.buf and b"\r" not in self.buf, self.buf
        assert len(self.buf) > 0
        for sp, v in zip(self.spans, self.vals):
            assert bytes(self.buf[sp["s"]:sp["e"]]) == v, (self.buf, sp, v)
            assert v.strip() == v and v, (self.buf, v)
        self.buf.decode("utf-8")


TPL = re.compile(r"\{(\w+)\}")


def tpl(template, **kw):
    """Split a template into parts; kw values are str or (str, cat)."""
    out, pos = [], 0
    for m in TPL.finditer(template):
        if m.start() > pos:
            out.append(template[pos:m.start()])
        v = kw[m.group(1)]
        out.append(v)
        pos = m.end()
    if pos < len(template):
        out.append(template[pos:])
    return out


def plain(parts):
    return "".join(x[0] if isinstance(x, tuple) else x for x in parts)


class V:
    def __init__(self, v, cat=None):
        self.v, self.cat = v, cat


class T:
    """JSON string made of labeled parts."""
    def __init__(self, parts):
        self.parts = parts


def jesc(s, ea=False):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jw(L, o, ea=False, sep=(",", ":")):
    if isinstance(o, V):
        if isinstance(o.v, str):
            L.t('"').p(jesc(o.v, ea), o.cat).t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    elif isinstance(o, T):
        L.t('"')
        L.parts(o.parts, esc=lambda s: jesc(s, ea))
        L.t('"')
    elif isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k) + sep[1])
            jw(L, v, ea, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jw(L, v, ea, sep)
        L.t("]")
    else:
        L.t(json.dumps(o, ensure_ascii=ea))
    return L


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# ----------------------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.t = datetime(2024, 3, 11, 5, 58, 12, 118000)

    def tick(self, lo=3, hi=420):
        self.t += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
        return self.t


CLK = Clock()
UTC_OFF = timedelta(hours=7)  # PDT


def iso_z(t):
    return (t + UTC_OFF).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def py_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)


def epoch_ms(t):
    return int(((t + UTC_OFF) - datetime(1970, 1, 1)).total_seconds() * 1000)


# ----------------------------------------------------------------------------- value makers
def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def guid():
    return "%s-%s-%s-%s-%s" % (hexs(8), hexs(4), "4" + hexs(3), R.choice("89ab") + hexs(3), hexs(12))


def sfid(prefix):
    al = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
    return prefix + "Dn0000" + "".join(R.choice(al) for _ in range(6)) + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(3))


def digits(n, first_nonzero=True):
    s = str(R.randint(1, 9)) if first_nonzero else str(R.randint(0, 9))
    return s + "".join(str(R.randint(0, 9)) for _ in range(n - 1))


def luhn_complete(prefix, length):
    s = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return s + str((10 - tot % 10) % 10)


def ssn():
    while True:
        a = R.randint(101, 665)
        if a in (219, 666, 123):
            continue
        return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(L_) + R.choice(AN) + str(R.randint(0, 9)) + "-" +
            R.choice(L_) + R.choice(AN) + str(R.randint(0, 9)) + "-" +
            R.choice(L_) + R.choice(L_) + str(R.randint(0, 9)) + str(R.randint(0, 9)))


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["JF2", "1FT", "5YJ", "JTD", "1HG", "3VW", "KM8"])
    body = wmi + "".join(R.choice(al) for _ in range(5)) + "0" + R.choice("RPS") + "".join(R.choice(al) for _ in range(1)) + digits(6, False)
    tot = sum(VIN_MAP[c] * w for c, w in zip(body, VIN_W))
    cd = tot % 11
    cd = "X" if cd == 10 else str(cd)
    return body[:8] + cd + body[9:]


def fphone(d, style=None):
    a, b, c = d[:3], d[3:6], d[6:]
    style = style if style is not None else R.randint(0, 7)
    return ["(%s) %s-%s", "%s-%s-%s", "%s%s%s", "+1 %s %s %s", "%s.%s.%s", "+1%s%s%s",
            "%s %s %s", "1-%s-%s-%s"][style] % (a, b, c)


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fdate(d, style=None):
    style = style if style is not None else R.randint(0, 9)
    if style == 0:
        return d.strftime("%Y-%m-%d")
    if style == 1:
        return d.strftime("%m/%d/%Y")
    if style == 2:
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == 3:
        return d.strftime("%d.%m.%Y")
    if style == 4:
        return d.strftime("%d-%b-%Y")
    if style == 5:
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == 6:
        return d.strftime("%Y%m%d")
    if style == 7:
        return "%s %d %d" % (d.strftime("%b"), d.day, d.year)
    if style == 8:
        return "%d/%d/%d" % (d.month, d.day, d.year)
    return d.strftime("%d %b %Y").upper()


def ascii_fold(s):
    s = s.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("'", "")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def b64_blob(n, head=b""):
    raw = head + bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


# ----------------------------------------------------------------------------- people
RAW = [
    ("Ruben", "A", "Delgado", "M"), ("Oluwaseun", "", "Adeyemi", "M"), ("Lan", "Thi", "Nguyen", "F"),
    ("Siobhan", "M", "O'Connor", "F"), ("Hiroshi", "", "Tanaka", "M"), ("Fatima", "", "Al-Sayed", "F"),
    ("Pieter", "J", "van der Berg", "M"), ("Ana Lúcia", "", "de Souza", "F"), ("Dmitri", "S", "Volkov", "M"),
    ("Priya", "", "Raghunathan", "F"), ("Kwame", "", "Mensah", "M"), ("Ngozi", "C", "Okafor", "F"),
    ("Jean-Luc", "", "Dubois", "M"), ("Wei", "", "Li", "M"), ("Aroha", "", "Ngata", "F"),
    ("Björn", "E", "Lindqvist", "M"), ("Zofia", "", "Wiśniewska", "F"), ("Tomás", "", "Ó Briain", "M"),
    ("Chidi", "", "Eze", "M"), ("Mei-Ling", "", "Chou", "F"), ("Rafael", "", "de la Cruz", "M"),
    ("Yusuf", "", "Demir", "M"), ("Svetlana", "V", "Ivanova", "F"), ("Aisha", "", "Bello", "F"),
    ("Kalani", "", "Kahale", "M"), ("Esperanza", "", "Villalobos", "F"), ("Hannah", "R", "Goldberg", "F"),
    ("Marguerite", "", "LeBlanc", "F"), ("Giovanni", "", "Di Stefano", "M"), ("Sanjay", "K", "Patel", "M"),
    ("Amara", "", "Diallo", "F"), ("Eleanor", "", "Whitfield-Hayes", "F"), ("Mateus", "", "Carvalho", "M"),
    ("Dorothy", "J", "McAllister", "F"), ("Abdirahman", "", "Warsame", "M"), ("Leilani", "", "Akana", "F"),
    ("Gerald", "W", "Pettibone", "M"), ("Inés", "", "Fernández-Ochoa", "F"), ("Tuan", "", "Pham", "M"),
    ("Bertha", "", "Kowalczyk", "F"), ("Desmond", "", "Achterberg", "M"), ("Ji-woo", "", "Park", "F"),
    ("Olufemi", "", "Bankole-Williams", "M"), ("Agnieszka", "", "Nowak", "F"), ("Ramón", "", "Echeverría", "M"),
    ("Margarethe", "", "Schmidt", "F"), ("Yitzchak", "", "Rosenbaum", "M"), ("Lupe", "", "Tafuna", "F"),
    ("Connor", "", "MacDiarmid", "M"), ("Thandiwe", "", "Nkosi", "F"), ("Ayşe", "", "Yılmaz", "F"),
    ("Émile", "", "Gagnon", "M"),
]
REL_FIRST = {"F": ["Maria", "Ingrid", "Grace", "Nadia", "Rosa", "Keiko", "Olga", "Chiamaka", "Linh", "Deborah",
                   "Marisol", "Hana", "Tamar", "Anjali", "Brigid", "Farah"],
             "M": ["Wiremu", "Kwabena", "Luis", "Arjun", "Samuel", "Mikhail", "Tariq", "Duc", "Patrick",
                   "Emeka", "Jonas", "Hector", "Kenji", "Ibrahim", "Aaron", "Malik"]}
RELS = [("daughter", "F"), ("son", "M"), ("wife", "F"), ("husband", "M"), ("niece", "F"),
        ("grandson", "M"), ("sister", "F"), ("brother", "M"), ("granddaughter", "F"), ("partner", "F")]
MARRIED_LAST = ["Hernandez", "Okoro", "Brennan", "Sato", "Haddad", "Jansen", "Moreira", "Petrova",
                "Iyer", "Asante", "Fontaine", "Kaur", "Whitaker", "Tran", "Lindgren", "Novak"]
STREETS = ["NE Fremont St", "SE Division St", "N Lombard St", "SW Multnomah Blvd", "NE Sandy Blvd",
           "SE Hawthorne Blvd", "NW Thurman St", "N Interstate Ave", "SE 82nd Ave", "NE Glisan St",
           "Pacific Hwy W", "Main St", "Oak Grove Ave", "SW Canyon Rd", "NE 162nd Ave", "Molalla Ave",
           "Fir Crest Ln", "Cedar Hills Blvd"]
CITIES = [("Portland", "OR", "972"), ("Beaverton", "OR", "970"), ("Gresham", "OR", "970"),
          ("Vancouver", "WA", "986"), ("Hillsboro", "OR", "971"), ("Tigard", "OR", "972"),
          ("Milwaukie", "OR", "972"), ("Oregon City", "OR", "970"), ("Salem", "OR", "973"),
          ("Camas", "WA", "986"), ("Lake Oswego", "OR", "970"), ("Tualatin", "OR", "970")]
MAILS = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "comcast.net", "aol.com", "proton.me"]
PUB_NETS = ["73.", "67.", "174.", "98.", "24.", "71.", "50.", "76.", "97."]
FAITHS = ["Roman Catholic", "Lutheran", "Muslim", "Jewish", "Buddhist", "None/Spiritual", "Baptist",
          "LDS", "Hindu", "Eastern Orthodox", "Pentecostal", "Unknown", "Methodist", "Sikh", "Traditional Māori"]
UNITS = ["4 West", "5 East", "MICU", "CVICU", "ED", "L&D", "Onc 7", "Rehab 2N", "Peds 3S", "NICU", "Ortho 6",
         "6 North", "Palliative 8"]
UNIT_CODES = ["4W", "5E", "MICU", "CVICU", "ED", "LD", "ONC7", "REH2N", "PED3S", "NICU", "ORT6", "6N", "PAL8"]


def mk_email(first, last):
    f, l_ = ascii_fold(first).lower().replace(" ", ""), ascii_fold(last).lower().replace(" ", "").replace("-", "")
    pat = R.randint(0, 5)
    local = [f + "." + l_, f[0] + l_ + str(R.randint(1, 99)), f + l_ + str(R.randint(1940, 2001)),
             l_ + "." + f, f + "_" + l_[:4], f + "." + l_ + str(R.randint(1, 9))][pat]
    return local + "@" + R.choice(MAILS)


def mk_phone():
    area = R.choice(["503", "971", "360", "541", "503", "971"])
    if R.random() < 0.5:
        return area + "555" + "01" + "%02d" % R.randint(10, 99)
    return area + str(R.randint(2, 9)) + digits(2, False) + digits(4, False)


def mk_pub_ip():
    return R.choice(PUB_NETS) + "%d.%d.%d" % (R.randint(1, 254), R.randint(0, 255), R.randint(1, 254))


class P:
    pass


def mk_patient(raw):
    first, mid, last, sex = raw
    p = P()
    p.first, p.mid, p.last, p.sex = first, mid, last, sex
    p.age = R.choice([R.randint(19, 88), R.randint(40, 88), R.randint(90, 103)])
    p.dob = date(2024 - p.age - 1, R.randint(3, 12), R.randint(1, 28))
    if R.random() < 0.5:
        p.dob = date(2024 - p.age, 1, R.randint(1, 28))
    p.mrn = digits(8)
    p.csn = "3" + digits(9, False)
    p.har = "73" + digits(8, False)
    p.case_no = "00" + str(R.randint(238000, 249999))
    p.grv = "GRV-2024-%05d" % R.randint(900, 1500)
    p.eth = "ETH-24-%04d" % R.randint(80, 160)
    p.scr = "SCR-%06d" % R.randint(550000, 569999)
    p.bag = "PB-24%04d" % R.randint(300, 480)
    p.phone = mk_phone()
    p.email = mk_email(first.split()[0], last)
    p.street = "%d %s" % (R.randint(100, 19999), R.choice(STREETS))
    c = R.choice(CITIES)
    p.city, p.state = c[0], c[1]
    p.zip = c[2] + "%02d" % R.randint(1, 99)
    p.ssn = ssn()
    p.member = R.choice(["XJH", "RPX", "UHC", "KPW", "MOD", "PHP"]) + digits(9)
    p.mbi = mbi()
    p.medicaid = R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")
    p.unit_i = R.choice([i for i, u in enumerate(UNITS) if u not in ("NICU", "Peds 3S", "L&D") or (u == "L&D" and sex == "F" and p.age < 44)])
    p.room = "%d%02d" % (R.randint(2, 8), R.randint(1, 40))
    p.ip = mk_pub_ip()
    p.faith = R.choice(FAITHS)
    p.vdate = date(2024, 2, 5) + timedelta(days=R.randint(0, 29))
    p.adm = p.vdate - timedelta(days=R.randint(0, 9))
    p.dis = p.vdate + timedelta(days=R.randint(1, 6))
    rel, rsex = R.choice(RELS)
    r = P()
    r.rel = rel
    r.first = R.choice(REL_FIRST[rsex])
    r.last = last if R.random() < 0.55 else R.choice(MARRIED_LAST)
    r.phone = mk_phone()
    r.email = mk_email(r.first, r.last)
    r.ip = mk_pub_ip()
    p.relative = r
    return p


PTS = [mk_patient(x) for x in RAW]
OLD = [p for p in PTS if p.age > 89]
assert len(OLD) >= 8, len(OLD)


def nm(p, style=None):
    first, mid, last = p.first, getattr(p, "mid", ""), p.last
    style = style if style is not None else R.choice(["full", "full", "lf", "LF", "upper", "full_mid", "init", "lower", "lfn"])
    if style == "full":
        return "%s %s" % (first, last)
    if style == "full_mid":
        return "%s %s. %s" % (first, mid, last) if mid else "%s %s" % (first, last)
    if style == "lf":
        return "%s, %s" % (last, first)
    if style == "lfn":
        return "%s,%s" % (last, first)
    if style == "LF":
        return "%s, %s" % (last.upper(), first.upper())
    if style == "upper":
        return "%s %s" % (first.upper(), last.upper())
    if style == "init":
        return "%s. %s" % (first[0], last)
    if style == "lower":
        return "%s %s" % (first.lower(), last.lower())
    if style == "hl7":
        s = "%s^%s" % (ascii_fold(last).upper(), ascii_fold(first).upper())
        return s + ("^" + mid if mid else "")
    if style == "first":
        return first
    if style == "last":
        return last
    if style == "initials":
        return "%s.%s." % (first[0], last[0].upper())
    raise ValueError(style)


def pick(pool=None):
    return R.choice(pool or PTS)


def age_part(p):
    return (str(p.age), "age") if p.age > 89 else str(p.age)


STAFF = [("kharris", "Kara Harris", "Patient Relations Specialist"),
         ("lbenavides", "Luis Benavides", "Patient Relations Manager"),
         ("tokonkwo", "Rev. Thomas Okonkwo", "Staff Chaplain"),
         ("mfeldstein", "Rabbi Miriam Feldstein", "Staff Chaplain"),
         ("yrahimi", "Imam Yusuf Rahimi", "Per Diem Chaplain"),
         ("cdoyle", "Sr. Catherine Doyle", "Chaplain Resident"),
         ("emarsh", "Elaine Marsh, MD", "Clinical Ethicist"),
         ("pvenkatesan", "Padma Venkatesan, PhD", "Ethics Consult Service")]
CHAPLAINS = STAFF[2:6]


def staff():
    return R.choice(STAFF)


# ============================================================================ families
EV = []


def ev(weight, phi):
    def deco(f):
        EV.append((weight, phi, f))
        return f
    return deco


# ---------------------------------------------------------------- pino (feedback web form)
def pino_base(t, lvl=30):
    return {"level": lvl, "time": epoch_ms(t), "pid": 2291, "hostname": "pr-feedback-web-0%d" % R.randint(1, 2)}


COMPLAINT_TPL = [
    "My {par} {pt} ({age}) sat in the ED on {vd} for over 9 hours with no food or water. Nobody told us anything. Please call me at {ph}.",
    "I am writing about my {par} {pt}, DOB {dob}. {She} was discharged {dd} without {her} hearing aids and nobody can find them.",
    "Billing charged my card {card} twice for the {vd} visit, account {har}. I want a refund. My SSN is {ssn} if you need to look it up.",
    "The valet lost the keys to my car on {vd} (gray Subaru Outback, plate {plate}). I was visiting {pt} in CVICU.",
    "The night nurse on 5 East was rude to my {par} {pt} who is {age} and hard of hearing. We asked for an interpreter 3 times.",
    "We post updates for friends at {url} and they keep asking why {pt} was moved without anyone telling the family.",
    "Room was filthy when {pt} was admitted {ad}. Mail me a written response at {street}, {city}, {st} {zip}.",
]
COMPLIMENT_TPL = [
    "Chaplain Miriam sat with my {par} {pt} the night before {her} surgery on {vd}. Thank you from all of us.",
    "Huge thanks to the nurses on 6 North for caring for my {dad} ({pt}). {She} turned {age} while {she} was there!",
    "The Spanish interpreter made all the difference for my {abuela} {pt} on {vd}. Gracias.",
    "Dr. Marsh and the ethics team helped our family through an impossible week with {pt}.",
]


def social_url(p):
    f = ascii_fold(p.relative.first).lower()
    l_ = ascii_fold(p.last).lower().replace(" ", "").replace("-", "")
    return R.choice(["https://www.facebook.com/%s.%s.%d" % (f, l_, R.randint(10, 9999)),
                     "https://www.caringbridge.org/site/%s%s" % (ascii_fold(p.first).lower().split()[0], l_),
                     "https://www.gofundme.com/f/%s-%s-medical-bills" % (ascii_fold(p.first).lower().split()[0].replace("-", ""), l_),
                     "https://www.instagram.com/p/C%s/" % "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(10)),
                     "https://x.com/%s_%s%d/status/17%s" % (f, l_[:6], R.randint(1, 99), digits(17, False))])


KIN = {"daughter": ("mother", "father"), "son": ("mother", "father"), "wife": ("husband", "husband"),
       "husband": ("wife", "wife"), "partner": ("partner", "partner"), "niece": ("aunt", "uncle"),
       "grandson": ("grandmother", "grandfather"), "granddaughter": ("grandmother", "grandfather"),
       "sister": ("sister", "brother"), "brother": ("sister", "brother")}
ES = {"mother": "mamá", "father": "papá", "husband": "esposo", "wife": "esposa", "partner": "pareja", "aunt": "tía",
      "uncle": "tío", "grandmother": "abuela", "grandfather": "abuelo", "sister": "hermana", "brother": "hermano"}
INFORMAL = {"mother": "mom", "father": "dad", "grandmother": "grandma", "grandfather": "grandpa"}


def gsub(text, p):
    f = p.sex == "F"
    kin = KIN[p.relative.rel][0 if f else 1]
    for k, v in (("{par}", kin), ("{dad}", INFORMAL.get(kin, kin)), ("{abuela}", ES[kin]),
                 ("{She}", "She" if f else "He"), ("{she}", "she" if f else "he"),
                 ("{her}", "her" if f else "his"), ("{Her}", "Her" if f else "His")):
        text = text.replace(k, v)
    return text


def fill_msg(tplt, p):
    tplt = gsub(tplt, p)
    r = p.relative
    kw = dict(pt=(nm(p, R.choice(["full", "full", "first", "lower", "full_mid"])), "name"),
              age=age_part(p), vd=(fdate(p.vdate, R.choice([1, 2, 5, 8])), "date"),
              dd=(fdate(p.dis, R.choice([1, 2, 5, 8])), "date"), ad=(fdate(p.adm, R.choice([1, 2, 8])), "date"),
              dob=(fdate(p.dob, R.choice([1, 8, 5])), "date"), ph=(fphone(r.phone), "phone"),
              card=(luhn_complete(R.choice(["4", "5"]), 16), "account"), har=(p.har, "account"),
              plate=(R.choice(["%03d %s" % (R.randint(100, 999), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))),
                               "%s%04d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(1000, 9999))]), "vehicle"),
              url=(R.choice(["https://www.caringbridge.org/visit/%s%s" % (ascii_fold(p.first).lower().replace(" ", ""), ascii_fold(p.last).lower().replace(" ", "")),
                             "https://www.gofundme.com/f/help-%s-%s-recover" % (ascii_fold(p.first).lower().split()[0], ascii_fold(p.last).lower().replace(" ", "-"))]), "url"),
              street=(p.street, "address"), city=(p.city, "address"), st=p.state, zip=(p.zip, "zip"), ssn=(p.ssn, "ssn"))
    return tpl(tplt, **kw)


@ev(9, True)
def e_webform():
    t = CLK.tick()
    p = pick()
    r = p.relative
    L = Line("pino_json")
    b = pino_base(t)
    b["reqId"] = "req-" + hexs(4)
    b["msg"] = "feedback submission accepted"
    compl = R.random() < 0.7
    tp = R.choice(COMPLAINT_TPL if compl else COMPLIMENT_TPL)
    sub = {"formId": "patient_feedback_v3", "sid": R.randint(40000, 49999),
           "type": "complaint" if compl else "compliment",
           "submitter": {"firstName": V(r.first, "name"), "lastName": V(r.last, "name"),
                         "email": V(r.email, "email"), "phone": V(fphone(r.phone, R.choice([0, 1, 2])), "phone"),
                         "relationship": r.rel},
           "patient": {"name": V(nm(p, "full"), "name"), "dob": V(fdate(p.dob, 0), "date"),
                       "visitDate": V(fdate(p.vdate, 0), "date"), "unit": UNITS[p.unit_i]},
           "message": T(fill_msg(tp, p)), "consentToContact": R.random() < 0.8,
           "clientIp": V(r.ip, "ip"), "recaptcha": round(R.uniform(0.7, 0.99), 2)}
    b["submission"] = sub
    jw(L, b)
    out = [L]
    # follow-up pino noise
    t2 = CLK.tick(0, 2)
    L2 = Line("pino_json")
    b2 = pino_base(t2)
    b2.update({"reqId": b["reqId"], "res": {"statusCode": 302}, "responseTime": R.randint(80, 900), "msg": "request completed"})
    jw(L2, b2)
    out.append(L2)
    return out


@ev(7, False)
def e_pino_noise():
    t = CLK.tick()
    L = Line("pino_json")
    b = pino_base(t)
    k = R.randint(0, 5)
    if k == 0:
        b.update({"reqId": "req-" + hexs(4), "req": {"method": "GET", "url": "/healthz", "remoteAddress": "10.42.%d.%d" % (R.randint(0, 9), R.randint(2, 250))}, "res": {"statusCode": 200}, "responseTime": R.randint(1, 4), "msg": "request completed"})
    elif k == 1:
        b.update({"level": 40, "msg": "recaptcha score below threshold, submission held", "score": round(R.uniform(0.05, 0.3), 2), "action": "feedback_submit", "sid": R.randint(40000, 49999)})
    elif k == 2:
        b.update({"level": 50, "err": {"type": "Error", "message": "connect ETIMEDOUT 10.20.4.18:587", "stack": "Error: connect ETIMEDOUT 10.20.4.18:587\n    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)", "code": "ETIMEDOUT"}, "msg": "ack mail to submitter failed, will retry", "attempt": R.randint(1, 3)})
    elif k == 3:
        b.update({"msg": "salesforce token refreshed", "instance": "https://stbrendan.my.salesforce.com", "expiresIn": 7200})
    elif k == 4:
        b.update({"msg": "queue stats", "pending": R.randint(0, 12), "sent": R.randint(100, 900), "failed": R.randint(0, 3), "oldestMs": R.randint(100, 90000)})
    else:
        b.update({"msg": "server listening", "port": 8443, "version": "3.7.%d" % R.randint(0, 9), "node": "v20.11.1", "commit": hexs(7)})
    jw(L, b)
    return [L]


# ---------------------------------------------------------------- nginx access
UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.2 Safari/605.1.15"]


def ng_ts(t):
    return t.strftime("[%d/%b/%Y:%H:%M:%S -0700]")


@ev(4, True)
def e_nginx_submit():
    t = CLK.tick()
    p = pick()
    L = Line("nginx_access")
    L.p(p.relative.ip, "ip").t(' - - %s "%s /patients-visitors/feedback%s HTTP/2.0" %d %d "https://www.%s/patients-visitors/feedback" "%s" rt=%.3f' % (
        ng_ts(t), *R.choice([("POST", "/submit", 302, 0), ("GET", "", 200, 18422), ("GET", "/thank-you", 200, 6211)]), DOM, R.choice(UAS), R.uniform(0.01, 0.9)))
    return [L]


@ev(8, False)
def e_nginx_noise():
    t = CLK.tick()
    L = Line("nginx_access")
    k = R.randint(0, 3)
    if k == 0:
        L.t('10.42.%d.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001' % (R.randint(0, 9), R.randint(2, 250), ng_ts(t)))
    elif k == 1:
        L.t('66.249.%d.%d - - %s "GET /patients-visitors/spiritual-care HTTP/1.1" 200 24110 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" rt=0.041' % (R.randint(64, 79), R.randint(1, 254), ng_ts(t)))
    elif k == 2:
        L.t('10.40.%d.%d - - %s "GET /static/js/feedback.%s.js HTTP/2.0" 304 0 "https://www.%s/patients-visitors/feedback" "%s" rt=0.000' % (R.randint(1, 30), R.randint(2, 250), ng_ts(t), hexs(8), DOM, R.choice(UAS)))
    else:
        L.t('203.0.113.%d - - %s "GET /.env HTTP/1.1" 404 153 "-" "python-requests/2.31.0" rt=0.000' % (R.randint(1, 254), ng_ts(t)))
    return [L]


# ---------------------------------------------------------------- Email-to-Case poller + raw headers
EMAIL_SUBJ = ["Complaint about my {par}'s care", "Re: Case {case} - still waiting for a call back",
              "Thank you 6 North!", "Lost dentures - {pt}", "Request copy of mom's POLST",
              "Fw: billing question for {pt}", "Chaplain visit request for {pt}", "Interpreter never came"]


@ev(7, True)
def e_email2case():
    t = CLK.tick()
    p = pick()
    r = p.relative
    out = []
    L = Line("python_logging")
    subj = gsub(R.choice(EMAIL_SUBJ), p)
    sp = tpl(subj, case=(p.case_no, "other_id"), pt=(nm(p, R.choice(["full", "upper", "lf"])), "name"))
    L.t("%s INFO [e2c.poller] fetched uid=%d mailbox=PatientRelations from=<" % (py_ts(t), R.randint(40000, 60000)))
    L.p(r.email, "email").t('> subject="').parts(sp).t('" size=%d attachments=%d' % (R.randint(3000, 90000), R.randint(0, 3)))
    out.append(L)
    L = Line("python_logging")
    L.t("%s INFO [e2c.router] thread ref:_00D5e0ABC._%s:ref matched -> CaseNumber=" % (py_ts(CLK.tick(0, 1)), sfid("500")[:15]))
    L.p(p.case_no, "other_id").t(" owner=%s queue=PR_Intake" % staff()[0])
    out.append(L)
    if R.random() < 0.7:
        L = Line("python_logging")
        body = R.choice([
            "Hello, I'm writing again about my {dad} {pt}. {She} was discharged {dd} and nobody called about the grievance. My cell is {ph}.",
            "Please send a copy of my {par}'s POLST ({pt}, DOB {dob}) to my email. {Her} MRN is {mrn}.",
            "My {par} {pt} is Muslim and would like an imam to visit before {her} procedure on {vd}.",
            "Hi, we never got the interpreter for {pt}'s appointment on {vd}. {She} only speaks Somali.",
            "Our family set up {url} for updates on {pt}. Please make sure the chaplain knows, she would like visits.",
        ])
        parts = tpl(gsub(body, p), pt=(nm(p, R.choice(["full", "first", "full_mid"])), "name"), dd=(fdate(p.dis, R.choice([1, 2, 5])), "date"),
                    ph=(fphone(r.phone), "phone"), dob=(fdate(p.dob, R.choice([1, 2, 8])), "date"), mrn=(p.mrn, "mrn"),
                    vd=(fdate(p.vdate, R.choice([1, 5, 7])), "date"), url=(social_url(p), "url"))
        L.t("%s DEBUG [e2c.parser] body_text[:240]=%s" % (py_ts(CLK.tick(0, 1)), "'"))
        L.parts(parts).t("'")
        out.append(L)
    return out


@ev(1.5, True)
def e_raw_headers():
    t = CLK.tick()
    p = pick()
    r = p.relative
    out = []
    L = Line("rfc822_headers")
    mh = "qv1-f%d" % R.randint(10, 99)
    L.t("Received: from mail-%s.google.com (mail-%s.google.com [209.85.%d.%d]) by BN8NAM12FT061.mail.protection.outlook.com (10.13.182.%d) with Microsoft SMTP Server id 15.20.7386.12; %s" % (
        mh, mh, R.randint(128, 223), R.randint(1, 254), R.randint(2, 250), t.strftime("%a, %d %b %Y %H:%M:%S -0700")))
    out.append(L)
    L = Line("rfc822_headers")
    L.t('From: "').p(nm(r, R.choice(["full", "upper"])), "name").t('" <').p(r.email, "email").t(">")
    out.append(L)
    L = Line("rfc822_headers")
    L.t("To: Patient Relations <patientrelations@%s>" % DOM)
    out.append(L)
    L = Line("rfc822_headers")
    L.t("Subject: ").parts(R.choice([
        tpl("Complaint re: {pt} - ED {vd}", pt=(nm(p, "full"), "name"), vd=(fdate(p.vdate, 2), "date")),
        tpl(gsub("Please have a chaplain see my {par}", p)),
        tpl("Advance directive for {pt}", pt=(nm(p, R.choice(["full", "upper"])), "name")),
    ]))
    out.append(L)
    L = Line("rfc822_headers")
    L.t("Message-ID: <CA+%s@mail.gmail.com>" % base64.b64encode(bytes(R.randint(0, 255) for _ in range(24))).decode().replace("/", "_").replace("+", "-"))
    out.append(L)
    L = Line("rfc822_headers")
    L.t("X-MS-Exchange-Organization-SCL: %d" % R.randint(-1, 1))
    out.append(L)
    return out


@ev(5, False)
def e_email_noise():
    t = CLK.tick()
    L = Line("python_logging")
    k = R.randint(0, 4)
    L.t(py_ts(t) + " ")
    if k == 0:
        L.t("INFO [e2c.poller] IMAP IDLE ok mailbox=PatientRelations@%s exists=%d recent=0" % (DOM, R.randint(1200, 1900)))
    elif k == 1:
        L.t("WARNING [e2c.parser] dropped auto-reply (Auto-Submitted: auto-replied) from postmaster@%s" % DOM)
    elif k == 2:
        L.t("ERROR [e2c.sf] POST /services/data/v59.0/sobjects/EmailMessage failed: 503 SERVER_UNAVAILABLE retry_in=%ds" % R.choice([15, 30, 60]))
    elif k == 3:
        L.t("INFO [e2c.poller] cycle done fetched=%d created=%d threaded=%d skipped=%d elapsed=%.2fs" % (R.randint(0, 9), R.randint(0, 4), R.randint(0, 5), R.randint(0, 2), R.uniform(0.3, 6)))
    else:
        L.t("INFO [e2c.oauth] acquired token for svc-e2c@%s scope=https://outlook.office365.com/.default expires_in=3599" % DOM)
    return [L]


# ---------------------------------------------------------------- phone intake k=v + CDR
PHONE_TXT = [
    ("WAIT_TIME", "Caller upset: {pt} (DOB {dob}) waited 6 hrs in ED on {vd}; wants call back after 3pm at {ph}."),
    ("PROPERTY", "Caller states {pt} lost upper dentures on {unit}, bag {bag}. Pt age {age}."),
    ("SPIRITUAL_CARE", "Caller requests Catholic priest for {pt} rm {room}, anointing. Pt is {age}, family at bedside."),
    ("RECORDS", "Caller is HCPOA for {pt}; asking for copy of advance directive signed {sd}. Verified SSN last4 {ssn4}."),
    ("COMPLIMENT", "Caller wants to compliment RN Jessie on {unit} for care of {pt} {vd}."),
    ("BILLING", "Caller says {pt} Medicare {mbi} was billed as self-pay, acct {har}. Warm-transferred to PFS."),
    ("SOCIAL_MEDIA", "Caller says family posted about {pt}'s fall on {url} and local news called; wants mgr call back {ph}."),
]


@ev(8, True)
def e_phone_note():
    t = CLK.tick()
    p = pick()
    r = p.relative
    L = Line("kv_phone_note")
    L.t("%s pr-intake[%d]: note_id=PN-%d channel=phone rep=%s caller_name=\"" % (iso_z(t), R.randint(3000, 3999), R.randint(80000, 99999), R.choice(["kharris", "lbenavides", "jtrinh"])))
    L.p(nm(r, R.choice(["lf", "full", "LF"])), "name").t('" caller_rel=%s cb_num=' % r.rel).p(fphone(r.phone), "phone")
    if R.random() < 0.5:
        L.t(" case=").p(p.case_no, "other_id")
    cat, ptxt = R.choice(PHONE_TXT)
    L.t(" category=%s severity=%d text=\"" % (cat, R.randint(1, 3)))
    parts = tpl(ptxt, pt=(nm(p, R.choice(["full", "lf", "init", "upper"])), "name"), dob=(fdate(p.dob, R.choice([1, 2, 8])), "date"),
                vd=(fdate(p.vdate, R.choice([2, 8])), "date"), ph=(fphone(r.phone), "phone"), unit=UNITS[p.unit_i], bag=(p.bag, "other_id"),
                age=age_part(p), room=p.room, sd=(fdate(p.vdate - timedelta(days=R.randint(100, 900)), R.choice([1, 2, 4])), "date"),
                ssn4=(p.ssn[-4:], "ssn"), mbi=(p.mbi, "health_plan"), har=(p.har, "account"), url=(social_url(p), "url"))
    L.parts(parts).t('"')
    return [L]


@ev(4, None)
def e_cdr():
    t = CLK.tick()
    p = pick()
    L = Line("acd_cdr")
    anon = R.random() < 0.4
    L.t("CDR,%s,callid=%s,ANI=" % (t.strftime("%Y-%m-%d %H:%M:%S"), hexs(12)))
    if anon:
        L.t(R.choice(["anonymous", "5034940100"]))
    else:
        L.p(p.relative.phone, "phone")
    L.t(",DNIS=5034940188,queue=%s,agent=%s,ring=%d,talk=%d,wrap=%d,disp=%s" % (
        R.choice(["PatientRelations", "SpiritualCare", "InterpreterSvcs"]), R.choice(["kharris", "lbenavides", "none"]),
        R.randint(2, 40), R.randint(0, 900), R.randint(0, 180), R.choice(["HANDLED", "ABANDONED", "VOICEMAIL"])))
    return [L]


# ---------------------------------------------------------------- chaplain CSV
@ev(3, True)
def e_chap_csv():
    CLK.tick()
    out = []
    hdr = R.random() < 0.6
    if hdr:
        L = Line("csv_chaplain_visits")
        L.t("visit_date,unit,room,patient_name,mrn,age,faith_tradition,visit_type,referral_src,chaplain,minutes,outcome")
        out.append(L)
    for _ in range(R.randint(3, 6)):
        L = Line("csv_chaplain_visits")
        ch = R.choice(CHAPLAINS)
        if R.random() < 0.25:
            L.t('%s,%s,,,,,,Staff support,Manager,%s,%d,"Code debrief, %d staff"' % (
                fdate(date(2024, 3, R.randint(4, 10)), 1), R.choice(UNIT_CODES), ch[1].split(" ", 1)[1], R.randint(10, 45), R.randint(3, 12)))
        else:
            p = pick()
            n = nm(p, R.choice(["lf", "LF", "full"]))
            L.p(fdate(p.vdate, 1), "date").t(",%s,%s," % (UNIT_CODES[p.unit_i], p.room))
            if "," in n:
                L.t('"').p(n, "name").t('"')
            else:
                L.p(n, "name")
            L.t(",").p(p.mrn, "mrn").t(",").parts([age_part(p)]).t(",%s,%s,%s,%s,%d,%s" % (
                p.faith, R.choice(["Initial", "Follow-up", "Crisis", "End of life", "Sacramental"]),
                R.choice(["RN", "Self", "Family", "Rounds", "Palliative", "SCR"]), ch[1].split(" ", 1)[1], R.randint(5, 90),
                R.choice(["Prayer offered", "Emotional support", "Declined", "Pt asleep", "Anointing", "Family support", "Referred to community clergy"])))
        out.append(L)
    return out


# ---------------------------------------------------------------- spiritual care app (syslog)
SC_NOTES = [
    "Pt tearful re new dx; requested karakia; whanau present ({relw} {rel})",
    "Pt {age} y/o, sang hymns w/ pt; {relw} {rel} asked for Lutheran pastor",
    "Family requested imam before extubation; {relw} {rel} cb {ph}",
    "Pt declined visit, ok with prayer shawl. DOB {dob} on file mismatch",
    "Sat with {rel} after death of pt on {dd}; bereavement packet given",
    "Shabbat candles (LED) provided; pt asked for rabbi visit tomorrow",
]


@ev(6, True)
def e_sc_app():
    t = CLK.tick()
    p = pick()
    r = p.relative
    ch = R.choice(CHAPLAINS)
    L = Line("syslog_spiritualcare")
    L.t("%s sc-app01 spiritualcare[%d]: INFO visit.saved chaplain=%s pt=\"" % (t.strftime("%b %d %H:%M:%S"), R.randint(1000, 9999), ch[0]))
    L.p(nm(p, R.choice(["full", "lf", "upper"])), "name").t('" mrn=').p(p.mrn, "mrn")
    if R.random() < 0.5:
        L.t(" ref=").p(p.scr, "other_id")
    L.t(' dur=%dm note="' % R.randint(5, 60))
    L.parts(tpl(R.choice(SC_NOTES), relw=r.rel, rel=(r.first if R.random() < 0.5 else "%s %s" % (r.first, r.last), "name"), age=age_part(p),
                ph=(fphone(r.phone), "phone"), dob=(fdate(p.dob, R.choice([1, 0, 3])), "date"), dd=(fdate(p.dis, R.choice([1, 2])), "date"))).t('"')
    return [L]


@ev(4, False)
def e_sc_noise():
    t = CLK.tick()
    L = Line("syslog_spiritualcare")
    L.t("%s sc-app01 spiritualcare[%d]: " % (t.strftime("%b %d %H:%M:%S"), R.randint(1000, 9999)))
    L.t(R.choice([
        "INFO census.refresh units=%d patients=%d with_faith_pref=%d took=%dms" % (14, R.randint(280, 340), R.randint(150, 230), R.randint(300, 2500)),
        "WARN oncall.page no ack from pager 4471 after 300s, escalating to backup chaplain",
        "INFO oncall.schedule loaded week=2024-W11 slots=42 gaps=0",
        "ERROR report.export SMTP 421 4.7.0 try again later (smtp.%s:25)" % DOM,
        "INFO referral.queue open=%d overdue=%d avg_age=%.1fh" % (R.randint(3, 25), R.randint(0, 5), R.uniform(1, 20)),
    ]))
    return [L]


# ---------------------------------------------------------------- Mirth HL7 spiritual care referral
@ev(3, True)
def e_hl7():
    t = CLK.tick()
    p = pick()
    r = p.relative
    out = []
    L = Line("mirth_log")
    mid = R.randint(4000, 9999)
    L.t(" INFO %s [Channel: SpiritualCare_Referral_In < TCP Listener 6661] com.mirth.connect.donkey.server.channel.Channel: Received message %d (%d bytes)" % (py_ts(t), mid, R.randint(800, 1600)))
    out.append(L)
    ts = (t + UTC_OFF - UTC_OFF).strftime("%Y%m%d%H%M%S")
    L = Line("hl7v2")
    L.t("MSH|^~\\&|EPIC|SBMC|SPIRITCARE|SBMC|%s||ORM^O01|%d|P|2.3" % (ts, R.randint(10000000, 99999999)))
    out.append(L)
    L = Line("hl7v2")
    L.t("PID|1||").p(p.mrn, "mrn").t("^^^SBMC^MR||").p(nm(p, "hl7"), "name").t("||").p(fdate(p.dob, 6), "date").t("|%s|||" % p.sex)
    L.p(p.street, "address").t("^^").p(p.city, "address").t("^%s^" % p.state).p(p.zip, "zip").t("^USA||").p(fphone(p.phone, 0), "phone")
    L.t("|||%s|%s|" % (R.choice(["M", "W", "S", "D"]), R.choice(["CAT", "LUT", "MOS", "JEW", "BUD", "NON", "BAP"]))).p(p.har, "account")
    if R.random() < 0.5:
        L.t("|").p(p.ssn.replace("-", "") if R.random() < 0.5 else p.ssn, "ssn")
    out.append(L)
    L = Line("hl7v2")
    L.t("PV1|1|I|%s^%s^A^SBMC||||%d^MARSH^ELAINE^^^MD|||%s||||||||||" % (UNIT_CODES[p.unit_i], p.room, R.randint(1000000, 9999999), R.choice(["MED", "ONC", "CAR", "PAL"])))
    L.p(p.csn, "other_id").t("|||||||||||||||||||||||||").p(fdate(p.adm, 6) + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), "date")
    out.append(L)
    if R.random() < 0.5:
        L = Line("hl7v2")
        kind = R.random()
        L.t("IN1|1|%s|%d|%s||||%s||||||||" % (*(("MCR", 1000, "MEDICARE PART A") if kind < 0.5 else ("PHP", 4412, "PROVIDENCE HEALTH PLAN")), "GRP" + digits(5)))
        L.p(nm(p, "hl7"), "name").t("|01|").p(fdate(p.dob, 6), "date").t("||||||||||||||||||")
        L.p(p.mbi.replace("-", "") if kind < 0.5 else p.member, "health_plan")
        out.append(L)
    L = Line("hl7v2")
    L.t("ORC|NW|").p(p.scr, "other_id").t("||||||||%s|||%d^NGUYEN^KIM^^^RN" % (ts, R.randint(100000, 999999)))
    out.append(L)
    L = Line("hl7v2")
    L.t("OBR|1|").p(p.scr, "other_id").t("||CHAP^Chaplain Consult^SBMCPROC|%s|%s" % (R.choice(["R", "S"]), ts))
    out.append(L)
    L = Line("hl7v2")
    L.t("NTE|1||").parts(R.choice([
        tpl("Pt requests {f}; {rel} {rn} at bedside, ph {ph}", f=(p.faith + " clergy") if p.faith not in ("Unknown", "None/Spiritual") else "chaplain, no faith pref", rel=r.rel, rn=(r.first + " " + r.last, "name"), ph=(fphone(r.phone, 1), "phone")),
        tpl("End of life, family gathering. Please page on-call chaplain.", ),
        tpl("Pt anxious before surgery {vd}, asked for prayer", vd=(fdate(p.vdate, 1), "date")),
    ]))
    out.append(L)
    L = Line("mirth_log")
    L.t(" INFO %s [Channel: SpiritualCare_Referral_In < Destination 1] com.mirth.connect.connectors.http.HttpDispatcher: POST https://sc-app01.%s/api/referrals -> 201 (message %d SENT)" % (py_ts(CLK.tick(0, 2)), DOM, mid))
    out.append(L)
    return out


@ev(5, False)
def e_mirth_noise():
    t = CLK.tick()
    L = Line("mirth_log")
    L.t(R.choice([
        " INFO %s [Data Pruner] com.mirth.connect.plugins.datapruner.DataPruner: Pruned %d messages from channel SpiritualCare_Referral_In" % (py_ts(t), R.randint(100, 3000)),
        " WARN %s [Channel: Interp_ADT_Feed < TCP Listener 6670] com.mirth.connect.connectors.tcp.TcpReceiver: Socket timeout after 30000ms, closing connection from 10.20.8.14:51%03d" % (py_ts(t), R.randint(0, 999)),
        "ERROR %s [Channel: SpiritualCare_Referral_In < Destination 1] com.mirth.connect.connectors.http.HttpDispatcher: HTTP 502 Bad Gateway, queued for retry (attempt %d/5)" % (py_ts(t), R.randint(1, 5)),
        " INFO %s [Channel Status Column] Channel SpiritualCare_Referral_In: received=%d filtered=%d queued=0 sent=%d errored=%d" % (py_ts(t), R.randint(100, 300), R.randint(0, 40), R.randint(100, 300), R.randint(0, 3)),
    ]))
    return [L]


# ---------------------------------------------------------------- ethics consult XML + summary
QUESTIONS = ["Surrogate requests full code despite POLST DNR",
             "Disagreement among adult children re: PEG tube placement",
             "Patient lacks capacity, no surrogate identified",
             "Request to withdraw ventilator support on religious grounds",
             "Unbefriended patient, ?appointment of guardian"]


@ev(4, True)
def e_ethics_xml():
    t = CLK.tick()
    p = pick(OLD if R.random() < 0.6 else None)
    r = p.relative
    L = Line("xml_ethics_request")
    L.t('<?xml version="1.0" encoding="UTF-8"?><EthicsConsultRequest xmlns="urn:sbmc:ethics:v2" consultNo="').p(p.eth, "other_id")
    L.t('" submitted="%s" urgency="%s"><Requestor role="%s" pager="4%03d">%s</Requestor><Patient><Name>' % (
        (t + UTC_OFF).strftime("%Y-%m-%dT%H:%M:%SZ"), R.choice(["routine", "urgent", "emergent"]), R.choice(["RN", "Attending", "SW", "Resident"]), R.randint(100, 999),
        R.choice(["Kim Nguyen RN", "Dr. A. Farouk", "J. Castellanos MSW", "Dr. Rebecca Tsai"])))
    L.p(xesc(nm(p, R.choice(["lf", "full", "LF"]))), "name").t("</Name><MRN>").p(p.mrn, "mrn").t("</MRN><DOB>").p(fdate(p.dob, 0), "date")
    L.t("</DOB><Age>").parts([age_part(p)]).t("</Age><Location>%s-%s</Location><Admitted>" % (UNIT_CODES[p.unit_i], p.room)).p(fdate(p.adm, 0), "date")
    L.t("</Admitted></Patient><Surrogate relationship=\"%s\"><Name>" % r.rel).p(xesc(r.first + " " + r.last), "name").t("</Name><Phone>").p(fphone(r.phone), "phone")
    L.t("</Phone></Surrogate><Question>%s</Question></EthicsConsultRequest>" % xesc(R.choice(QUESTIONS)))
    return [L]


@ev(1, True)
def e_ethics_summary():
    t = CLK.tick()
    p = pick(OLD if R.random() < 0.7 else None)
    r = p.relative
    e = R.choice(STAFF[6:])
    out = []
    sl = ["ETHICS CONSULT SUMMARY  {eth}", "Patient: {pt}  MRN {mrn}  DOB {dob}",
          "HPI: {age} y/o {sex} adm {ad} w/ aspiration PNA, now intubated day 4; POLST on file (DNR/comfort), signed {sd}.",
          "Surrogate: {rel} {rn} (HCPOA), reachable at {ph}.",
          "Question: surrogate requests full treatment incl. CPR, stating pt 'would want every chance'.",
          "Analysis: POLST reflects pt's own informed wishes; surrogate standard = substituted judgment.",
          "Recommendations: (1) honor POLST; (2) family meeting {fm} w/ palliative + chaplain; (3) ethics f/u prn.",
          "Consultants: %s; chaplain present. Time spent 95 min." % e[1]]
    kw = dict(eth=(p.eth, "other_id"), pt=(nm(p, R.choice(["upper", "full", "lf"])), "name"), mrn=(p.mrn, "mrn"),
              dob=(fdate(p.dob, R.choice([1, 8])), "date"), age=age_part(p), sex="F" if p.sex == "F" else "M",
              ad=(fdate(p.adm, R.choice([2, 8])), "date"), sd=(fdate(p.adm - timedelta(days=R.randint(60, 700)), R.choice([1, 2, 4])), "date"),
              rel=r.rel, rn=(r.first + " " + r.last, "name"), ph=(fphone(r.phone), "phone"),
              fm=(fdate((t + timedelta(days=R.randint(1, 3))).date(), R.choice([2, 7])) + " 14:00", "date"))
    ts = py_ts(t)
    for i, s in enumerate(sl):
        L = Line("ethics_note_text")
        L.t("%s ethics-notes[%d] %s | " % (ts, 7781, "L%02d" % (i + 1)))
        L.parts(tpl(s, **kw))
        out.append(L)
    return out


# ---------------------------------------------------------------- Kofax / OnBase scanning
def kfx_ts(t):
    return "[%s.%03d]" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000)


@ev(7, True)
def e_scan():
    t = CLK.tick()
    p = pick()
    r = p.relative
    out = []
    batch = "ADV-%s-%04d" % (t.strftime("%Y%m%d"), R.randint(1, 99))
    dt = R.choice(["POLST", "ADV_DIRECTIVE", "HCPOA", "POLST"])
    sd = p.adm - timedelta(days=R.randint(30, 1200))
    if R.random() < 0.5:
        L = Line("kofax_capture")
        L.t("%s INFO  KCapture.Batch  batch=%s pages=%d source=\"Fujitsu fi-7160 SN A1B%05d\" queue=HIM_AdvanceDirectives user=SBMC\\him_scan%02d" % (
            kfx_ts(t), batch, R.randint(2, 14), R.randint(10000, 99999), R.randint(1, 6)))
        out.append(L)
    L = Line("kofax_capture")
    conf = lambda: "(%.2f)" % R.uniform(0.62, 0.99)
    L.t("%s INFO  KTM.Extract  batch=%s doc=%d class=%s fields: PatientName=\"" % (kfx_ts(CLK.tick(0, 3)), batch, R.randint(1, 6), dt))
    L.p(nm(p, R.choice(["LF", "LF", "upper"])), "name").t('" %s DOB="' % conf()).p(fdate(p.dob, 1), "date").t('" %s MRN=' % conf()).p(p.mrn, "mrn")
    L.t(" %s SignedDate=\"" % conf()).p(fdate(sd, 1), "date").t('" %s' % conf())
    if dt != "POLST" or R.random() < 0.5:
        L.t(' Agent="').p(r.first + " " + r.last, "name").t('" %s AgentPhone="' % conf()).p(fphone(r.phone, 1), "phone").t('"')
    out.append(L)
    if R.random() < 0.6:
        L = Line("kofax_capture")
        L.t("%s DEBUG KTM.OCR    p1 text=\"" % kfx_ts(CLK.tick(0, 1)))
        L.parts({"POLST": lambda x: x[0], "ADV_DIRECTIVE": lambda x: x[1], "HCPOA": lambda x: x[2]}[dt]([
            tpl("PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST) Patient Last Name: {l} First: {f} Date of Birth: {dob} Address: {st}, {c} {s} {z}",
                l=(p.last, "name"), f=(p.first, "name"), dob=(fdate(p.dob, 1), "date"), st=(p.street, "address"), c=(p.city, "address"), s=p.state, z=(p.zip, "zip")),
            tpl("OREGON ADVANCE DIRECTIVE ... I, {n}, born {dob}, appoint {a} as my health care representative ... Social Security No. {ssn}",
                n=(nm(p, "full"), "name"), dob=(fdate(p.dob, 5), "date"), a=(r.first + " " + r.last, "name"), ssn=(p.ssn, "ssn")),
            tpl("HEALTH CARE POWER OF ATTORNEY Principal: {n} Agent: {a} Tel {ph} Date signed {sd}",
                n=(nm(p, "upper"), "name"), a=(r.first + " " + r.last, "name"), ph=(fphone(r.phone), "phone"), sd=(fdate(sd, 1), "date")),
        ])).t('"')
        out.append(L)
    if R.random() < 0.4:
        L = Line("kofax_capture")
        L.t("%s INFO  SigCapture device=\"Topaz T-LBK462-HSB-R sn 21%06d\" signer=agent sigformat=ISO19794-7 sigdata=" % (kfx_ts(CLK.tick(0, 1)), R.randint(0, 999999)))
        L.p(b64_blob(R.randint(60, 90), b"\x1f\x8b\x08\x00"), "biometric").t(" points=%d duration_ms=%d" % (R.randint(300, 900), R.randint(1200, 4000)))
        out.append(L)
    L = Line("onbase_dip")
    fn = "%s_%s_%s.tif" % (dt, p.mrn, ascii_fold(p.last).upper().replace(" ", "").replace("-", ""))
    L.t(dt + "|").p(p.mrn, "mrn").t("|").p(ascii_fold(p.last).upper(), "name").t("|").p(ascii_fold(p.first).upper(), "name").t("|")
    L.p(fdate(p.dob, 6), "date").t("|").p(fdate(sd, 6), "date").t("|\\\\onbase-dip\\import\\ADV\\%s\\" % t.strftime("%Y%m%d"))
    L.t(dt + "_").p(p.mrn, "mrn").t("_").p(ascii_fold(p.last).upper().replace(" ", "").replace("-", ""), "name").t(".tif")
    out.append(L)
    return out


@ev(6, False)
def e_scan_noise():
    t = CLK.tick()
    L = Line("kofax_capture")
    L.t(kfx_ts(t) + " ")
    L.t(R.choice([
        "WARN  KTM.Extract  batch=ADV-%s-%04d doc=%d class=UNKNOWN confidence=0.%02d routed to Validation" % (t.strftime("%Y%m%d"), R.randint(1, 99), R.randint(1, 9), R.randint(20, 55)),
        "INFO  KCapture.Release batch=ADV-%s-%04d OnBase DIP written rows=%d errors=0 file=\\\\onbase-dip\\import\\ADV\\%s\\index.txt" % (t.strftime("%Y%m%d"), R.randint(1, 99), R.randint(3, 30), t.strftime("%Y%m%d")),
        "ERROR KCapture.Scan  TWAIN: paper jam (0x80040008) on \"Fujitsu fi-7160 SN A1B%05d\"" % R.randint(10000, 99999),
        "INFO  KTM.Server   license check ok, pages remaining this period=%d" % R.randint(100000, 900000),
        "INFO  KCapture.Batch  batch class ADV_POLST v%d.%d published by SBMC\\kfx_admin" % (R.randint(3, 5), R.randint(0, 9)),
    ]))
    return [L]


@ev(5, None)
def e_rightfax():
    t = CLK.tick()
    p = pick()
    r = p.relative
    L = Line("rightfax_log")
    if R.random() < 0.8:
        L.t("%s RFSRV1 Inbound fax rcvd chan=%d CSID=\"" % (t.strftime("%m/%d/%Y %I:%M:%S %p"), R.randint(1, 24)))
        L.p(fphone(r.phone, R.choice([1, 2, 6])), "fax").t('" pages=%d route=HIM_ADV note="from family: %s for ' % (R.randint(2, 9), R.choice(["POLST", "advance directive", "HCPOA"])))
        L.p(nm(p, R.choice(["full", "upper"])), "name").t('"')
    else:
        L.t("%s RFSRV1 Outbound job %d to 1%s (%s) pages=%d status=Sent dur=%ds" % (
            t.strftime("%m/%d/%Y %I:%M:%S %p"), R.randint(80000, 99999), R.choice(["5032218800", "9715550180", "3608921144"]),
            R.choice(["Maple Grove Care Center", "Rose City Hospice", "Clackamas Co. SNF"]), R.randint(1, 12), R.randint(20, 300)))
    return [L]


# ---------------------------------------------------------------- interpreter JSON (python-json-logger, ensure_ascii)
LANGS = ["Spanish", "Vietnamese", "Somali", "Russian", "Cantonese", "Arabic", "ASL", "Tongan", "Marshallese", "Mam", "Ukrainian"]


@ev(6, True)
def e_interp():
    t = CLK.tick()
    p = pick()
    L = Line("json_interpreter")
    ap = datetime(t.year, t.month, t.day, R.randint(7, 18), R.choice([0, 15, 30, 45])) + timedelta(days=R.randint(0, 3))
    o = {"asctime": py_ts(t), "levelname": "INFO", "name": "interp.api", "message": "request created",
         "vendor": R.choice(["LinguaLink", "CyraCom", "in-house"]), "job_id": "LL-%d" % R.randint(7000000, 7999999),
         "language": R.choice(LANGS), "modality": R.choice(["VRI", "OPI", "in-person"]),
         "patient": {"name": V(nm(p, R.choice(["full", "lf"])), "name"), "mrn": V(p.mrn, "mrn"), "room": "%s-%s" % (UNIT_CODES[p.unit_i], p.room)},
         "appt_start": V(ap.strftime("%Y-%m-%dT%H:%M:00-07:00"), "date"),
         "requested_by": R.choice(["rn.jlopez", "md.tsai", "sw.castellanos", "pr.kharris"]), "trace_id": hexs(32)}
    if R.random() < 0.4:
        o["patient"]["csn"] = V(p.csn, "other_id")
    jw(L, o, ea=True, sep=(", ", ": "))
    out = [L]
    if R.random() < 0.5:
        L = Line("json_interpreter")
        o = {"asctime": py_ts(CLK.tick(30, 900)), "levelname": "WARNING", "name": "interp.api", "message": "no interpreter available, escalated",
             "language": R.choice(LANGS), "wait_s": R.randint(120, 1800), "job_id": "LL-%d" % R.randint(7000000, 7999999), "trace_id": hexs(32)}
        jw(L, o, ea=True, sep=(", ", ": "))
        out.append(L)
    return out


@ev(5, False)
def e_interp_noise():
    t = CLK.tick()
    L = Line("json_interpreter")
    nreq = R.randint(10, 80)
    o = {"asctime": py_ts(t), "levelname": "INFO", "name": "interp.metrics",
         "message": "hourly stats", "requests": nreq, "fulfilled": nreq - R.randint(0, 9) if nreq > 9 else nreq, "avg_connect_s": round(R.uniform(20, 90), 1),
         "top_lang": R.choice(LANGS), "vri_carts_online": "%d/12" % R.randint(8, 12)}
    jw(L, o, ea=True, sep=(", ", ": "))
    return [L]


# ---------------------------------------------------------------- lost & found property
def dl_no(st):
    if st == "WA":
        return "WDL" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9))
    return digits(7)


def property_items(p):
    its = []
    k = R.sample([0, 0, 1, 2, 3, 4, 5, 6, 6, 7], R.randint(1, 3))
    k = sorted(set(k), key=k.index)
    for i in k:
        if i == 0:
            its.append(tpl("hearing aid L {m} SN {sn}", m=R.choice(["Phonak Audeo P90", "Oticon More 1", "Signia Pure 7X"]), sn=(digits(4) + "X" + digits(5), "device")))
        elif i == 1:
            its.append(tpl("iPhone 13 IMEI {im}", im=(luhn_complete("35", 15), "device")))
        elif i == 2:
            its.append(tpl("CPAP ResMed AirSense 10 SN {sn}", sn=("2317" + digits(7, False), "device")))
        elif i == 3:
            st = R.choice(["OR", "WA"])
            its.append(tpl("wallet ({s} DL {dl}, Visa ****{c4}, $%d cash)" % R.randint(0, 140), s=st, dl=(dl_no(st), "license"), c4=digits(4, False)))
        elif i == 4:
            its.append(["upper denture in labeled cup"])
        elif i == 5:
            its.append(["rosary, prayer book"])
        elif i == 6:
            its.append(tpl("car keys (Toyota fob), parking stub plate {pl}", pl=("%03d%s" % (R.randint(100, 999), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))), "vehicle")))
        else:
            its.append(["glasses (black frames)"])
    out = []
    for i, x in enumerate(its):
        if i:
            out.append("; ")
        out.extend(x)
    return out


@ev(6, True)
def e_property():
    CLK.tick()
    out = []
    if R.random() < 0.4:
        L = Line("pipe_property")
        L.t("bag_no|logged_at|unit|room|owner|mrn|items|found_by|status")
        out.append(L)
    for _ in range(R.randint(2, 4)):
        t = CLK.tick(20, 600)
        L = Line("pipe_property")
        if R.random() < 0.25:
            L.t("UNK-%04d|%s|%s||UNKNOWN||%s|EVS|Held 30d" % (R.randint(1, 999), t.strftime("%Y-%m-%d %H:%M"), R.choice(UNITS),
                                                            R.choice(["black umbrella", "phone charger (USB-C)", "reading glasses", "gray hoodie size L"])))
        else:
            p = pick()
            L.p(p.bag, "other_id").t("|%s|%s|%s|" % (t.strftime("%Y-%m-%d %H:%M"), UNIT_CODES[p.unit_i], p.room)).p(nm(p, R.choice(["LF", "lf", "LF"])), "name")
            L.t("|").p(p.mrn, "mrn").t("|").parts(property_items(p)).t("|%s|%s" % (R.choice(["EVS", "RN", "Security", "Transport"]), R.choice(["In security safe", "Returned to pt", "Sent to PR", "Held"])))
        out.append(L)
    return out


@ev(4, True)
def e_security_note():
    t = CLK.tick()
    p = pick()
    r = p.relative
    L = Line("security_note")
    st = R.choice(["WA", "OR"])
    L.t("%s | SEC-RPT-%d | Officer D. Kwan #%d | " % (t.strftime("%m/%d/%Y %H%M"), R.randint(20000, 29999), R.randint(100, 199)))
    L.parts(R.choice([
        tpl("Returned property bag {bag} to pt's {rel} {rn}, ID verified ({s} DL {dl}). Signed release on file.",
            bag=(p.bag, "other_id"), rel=r.rel, rn=(r.first + " " + r.last, "name"), s=st, dl=(dl_no(st), "license")),
        tpl("Vehicle of pt {pt} left in ED ambulance bay, VIN {vin}, towed to Lot C per policy.", pt=(nm(p, "lf"), "name"), vin=(vin(), "vehicle")),
        tpl("Pt {pt} valuables locked in SafeTrack locker {lk}, fingerprint template enrolled: {fp}",
            pt=(nm(p, "full"), "name"), lk=str(R.randint(1, 40)), fp=(b64_blob(R.randint(40, 56), b"FMR\x00 20\x00"), "biometric")),
    ]))
    return [L]


# ---------------------------------------------------------------- Salesforce
SF_HOST = "https://stbrendan.my.salesforce.com"


def sf_ts(t):
    return iso_z(t)


@ev(8, True)
def e_sf_create():
    t = CLK.tick()
    p = pick()
    r = p.relative
    out = []
    L = Line("sf_rest_debug")
    body = {"Subject": R.choice(["Complaint - ED wait", "Lost property", "Compliment", "Communication concern", "Interpreter not provided", "Billing dispute"]),
            "Origin": R.choice(["Web", "Phone", "Email"]), "Type": R.choice(["Grievance", "Complaint", "Compliment"]), "Priority": R.choice(["High", "Medium", "Low"]),
            "SuppliedName": V(r.first + " " + r.last, "name"), "SuppliedEmail": V(r.email, "email"), "SuppliedPhone": V(fphone(r.phone, R.choice([0, 2, 5])), "phone"),
            "Patient_Name__c": V(nm(p, R.choice(["full", "lf"])), "name"), "Patient_MRN__c": V(p.mrn, "mrn"), "Patient_DOB__c": V(fdate(p.dob, 0), "date"),
            "Incident_Date__c": V(fdate(p.vdate, 0), "date"), "Unit__c": UNITS[p.unit_i]}
    if body["Subject"] == "Lost property":
        body["Item_Description__c"] = T(R.choice([
            tpl("{m} hearing aid (R), serial {sn}", m=R.choice(["Oticon More 1", "Phonak Audeo P90", "ReSound ONE"]), sn=(digits(4) + "X" + digits(5), "device")),
            tpl("Apple Watch Series 8, serial {sn}", sn=("".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(10)), "device")),
            tpl("Dexcom G7 receiver SN {sn}", sn=("PG" + digits(8, False), "device")),
        ]))
    if R.random() < 0.2:
        body["Social_Media_Link__c"] = V(social_url(p), "url")
    if R.random() < 0.45:
        body["Member_ID__c"] = V(p.member, "health_plan")
    if R.random() < 0.3:
        body["Mailing_Street__c"] = V(p.street, "address")
        body["Mailing_City__c"] = V(p.city, "address")
        body["Mailing_PostalCode__c"] = V(p.zip, "zip")
    L.t("%s sf-sync DEBUG POST %s/services/data/v59.0/sobjects/Case body=" % (sf_ts(t), SF_HOST))
    jw(L, body)
    out.append(L)
    cid = sfid("500")
    L = Line("sf_rest_debug")
    L.t("%s sf-sync INFO  POST /services/data/v59.0/sobjects/Case -> 201 Created (%d ms) " % (sf_ts(CLK.tick(0, 1)), R.randint(180, 900)))
    jw(L, {"id": cid, "success": True, "errors": []})
    out.append(L)
    if R.random() < 0.6:
        L = Line("apex_debug")
        tt = CLK.tick(0, 1)
        L.t("%s.%d (%d)|USER_DEBUG|[%d]|DEBUG|GrievanceTriage: case " % (tt.strftime("%H:%M:%S"), tt.microsecond // 10000, R.randint(10000000, 99999999), R.randint(40, 160)))
        L.p(p.case_no, "other_id").t(" routed to queue PR_Tier%d (patient=" % R.randint(1, 2)).p(nm(p, "lf"), "name").t(", unit=%s)" % UNIT_CODES[p.unit_i])
        out.append(L)
    return out


@ev(4, True)
def e_sf_query():
    t = CLK.tick()
    p = pick()
    L = Line("sf_rest_debug")
    k = R.randint(0, 2)
    if k == 0:
        L.t("%s sf-sync DEBUG GET /services/data/v59.0/query?q=SELECT+Id,CaseNumber,Status+FROM+Case+WHERE+Patient_MRN__c='" % sf_ts(t))
        L.p(p.mrn, "mrn").t("' -> 200 totalSize=%d" % R.randint(0, 3))
    elif k == 1:
        L.t("%s sf-sync DEBUG GET /services/data/v59.0/query?q=SELECT+Id+FROM+Contact+WHERE+Email='" % sf_ts(t))
        L.p(p.relative.email, "email").t("' -> 200 totalSize=1")
    else:
        L.t("%s sf-sync INFO  PATCH /services/data/v59.0/sobjects/Case/%s -> 204 " % (sf_ts(t), sfid("500")))
        jw(L, {"Status": "Closed", "Resolution__c": T(tpl("Apology letter mailed to {a}, {c}", a=(p.street, "address"), c=(p.city, "address"))), "Closed_Reason__c": "Resolved"})
    return [L]


@ev(3, True)
def e_sf_photo():
    t = CLK.tick()
    p = pick()
    L = Line("sf_rest_debug")
    L.t("%s sf-sync DEBUG POST /services/data/v59.0/sobjects/ContentVersion body=" % sf_ts(t))
    jw(L, {"Title": T(["Patient photo - ", (nm(p, R.choice(["last", "full"])), "name")]), "PathOnClient": T(["IMG_", str(R.randint(1000, 9999)), ".jpg"]),
           "FirstPublishLocationId": sfid("500"),
           "VersionData": V(b64_blob(R.randint(90, 130), b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00"), "photo"),
           "Description": "ID photo for property claim"})
    return [L]


@ev(14, False)
def e_sf_noise():
    t = CLK.tick()
    k = R.randint(0, 7)
    if k == 0:
        L = Line("sf_rest_debug")
        L.t("%s sf-sync ERROR POST /services/data/v59.0/sobjects/Case -> 400 " % sf_ts(t))
        jw(L, [{"message": "Required fields are missing: [Patient_DOB__c]", "errorCode": "REQUIRED_FIELD_MISSING", "fields": ["Patient_DOB__c"]}])
    elif k == 1:
        L = Line("apex_debug")
        L.t("%s.%d (%d)|LIMIT_USAGE_FOR_NS|(default)|  Number of SOQL queries: %d out of 100" % (t.strftime("%H:%M:%S"), t.microsecond // 10000, R.randint(10000000, 99999999), R.randint(3, 40)))
    elif k == 2:
        L = Line("sf_rest_debug")
        L.t("%s sf-sync INFO  Bulk job %s state=JobComplete numberRecordsProcessed=%d numberRecordsFailed=%d apiVersion=59.0" % (sf_ts(t), sfid("750"), R.randint(50, 900), R.randint(0, 4)))
    elif k == 3:
        L = Line("sf_eventlogfile_csv")
        L.t('"API","%s","%s","%s","%s","%d","%d","%d","Case","%s"' % (t.strftime("%Y%m%d%H%M%S.") + "%03d" % (t.microsecond // 1000), hexs(16) + "==",
            sfid("005")[:15], sfid("00D")[:15], R.randint(20, 900), R.randint(50, 5000), R.randint(1, 200), R.choice(["query", "create", "update"])))
    elif k == 4:
        L = Line("apex_debug")
        L.t("%s.%d (%d)|CODE_UNIT_STARTED|[EXTERNAL]|01q5e000000%s|CaseTrigger on Case trigger event AfterInsert" % (t.strftime("%H:%M:%S"), t.microsecond // 10000, R.randint(10000, 999999), hexs(4).upper()))
    elif k == 5:
        L = Line("sf_rest_debug")
        L.t("%s sf-sync INFO  GET /services/data/v59.0/limits -> 200 DailyApiRequests remaining=%d/%d" % (sf_ts(t), R.randint(80000, 149000), 150000))
    elif k == 6:
        L = Line("apex_debug")
        L.t("%s.%d (%d)|USER_DEBUG|[212]|DEBUG|SLA calc: businessHours=PR_Standard, dueIn=%dh, escalationLevel=%d" % (t.strftime("%H:%M:%S"), t.microsecond // 10000, R.randint(10000000, 99999999), R.choice([24, 72, 168]), R.randint(0, 2)))
    else:
        L = Line("sf_rest_debug")
        L.t("%s sf-sync WARN  429 REQUEST_LIMIT_EXCEEDED, backing off %dms (x-request-id=%s)" % (sf_ts(t), R.choice([500, 1000, 2000, 4000]), guid()))
    return [L]


# ---------------------------------------------------------------- social listening webhook (PR monitors public posts)
@ev(4, None)
def e_social():
    t = CLK.tick()
    L = Line("social_listening_json")
    if R.random() < 0.75:
        p = pick()
        r = p.relative
        u = social_url(p)
        handle = "@" + ascii_fold(r.first).lower() + R.choice(["_", ".", ""]) + ascii_fold(r.last).lower().replace(" ", "")[:8] + str(R.randint(1, 99))
        o = {"event": "mention.created", "received_at": iso_z(t), "network": u.split("/")[2].replace("www.", ""), "url": V(u, "url"),
             "author": {"handle": V(handle, "other_id"), "display_name": V(r.first + " " + r.last, "name")},
             "text": T(tpl(gsub("@StBrendanMed my {par} {pt} has been in the ER since {vd} and no one will tell us anything #patientsafety", p),
                           pt=(nm(p, R.choice(["first", "full"])), "name"), vd=R.choice(["Sunday", "yesterday", (fdate(p.vdate, 2), "date")]))),
             "sentiment": round(R.uniform(-0.95, -0.4), 2), "rule": "brand_mentions_negative", "id": "m_" + hexs(16)}
    else:
        o = {"event": "rule.stats", "received_at": iso_z(t), "rule": "brand_mentions_negative", "window": "1h",
             "mentions": R.randint(0, 14), "reach": R.randint(200, 90000), "id": "s_" + hexs(16)}
    L.t("%s social-listen INFO webhook " % iso_z(t))
    jw(L, o)
    return [L]


# ---------------------------------------------------------------- Outlook / Graph
@ev(6, False)
def e_graph_noise():
    t = CLK.tick()
    L = Line("graph_webhook_json")
    L.t("%s graph-listener POST /api/notify " % iso_z(t))
    jw(L, {"value": [{"subscriptionId": guid(), "subscriptionExpirationDateTime": (t + UTC_OFF + timedelta(days=2)).strftime("%Y-%m-%dT%H:%M:%S.") + digits(7, False) + "Z",
                      "changeType": R.choice(["created", "updated"]), "clientState": "pr-sync-" + hexs(6),
                      "resource": "Users('%s')/Messages('AAMkAG%s=')" % (guid(), hexs(28)), "tenantId": "b3f1c2a4-8d5e-4f6a-9b7c-1e2d3f4a5b6c"}]})
    return [L]


@ev(5, True)
def e_outlook_notify():
    t = CLK.tick()
    p = pick()
    r = p.relative
    L = Line("outlook_notification")
    k = R.randint(0, 3)
    if k == 0:
        L.t("%s [Outlook] New message in PatientRelations: From \"" % t.strftime("%Y-%m-%d %H:%M:%S"))
        L.p(r.first + " " + r.last, "name").t('" <').p(r.email, "email").t('> Subject "').parts(R.choice([
            tpl("Thank you to 6 North nurses for caring for my {rel} {pt}", rel=R.choice(["mother", "husband"] if p.sex == "F" else ["father", "wife"]), pt=(nm(p, "full"), "name")),
            tpl(gsub("Where are my {dad}'s hearing aids??", p)),
            tpl("Follow up - case {c}", c=(p.case_no, "other_id")),
            tpl("Please read what my family wrote about {pt}: {u}", pt=(nm(p, "first"), "name"), u=(social_url(p), "url")),
        ])).t('"')
    elif k == 1:
        L.t("%s [PowerAutomate] Send an email (V2) to kharris@%s; lbenavides@%s Subject=\"[Grievance] " % (t.strftime("%Y-%m-%d %H:%M:%S"), DOM, DOM))
        L.p(p.grv, "other_id").t(" - 7-day letter due %s - " % (t + timedelta(days=7)).strftime("%m/%d")).p(nm(p, "LF"), "name").t('" status=Succeeded')
    elif k == 2:
        L.t("%s [Outlook] Meeting: Family meeting re: " % t.strftime("%Y-%m-%d %H:%M:%S")).p(nm(p, "full"), "name").t(" (").p(p.eth, "other_id")
        L.t(") When: ").p(fdate((t + timedelta(days=R.randint(1, 4))).date(), R.choice([5, 1])), "date").t(" 2:00 PM-3:00 PM Where: MICU family room; Organizer: Elaine Marsh, MD")
    else:
        L.t("%s [Outlook] Undeliverable: Your Patient Relations case update. 550 5.1.1 RESOLVER.ADR.RecipientNotFound; Recipient " % t.strftime("%Y-%m-%d %H:%M:%S"))
        L.p(r.email.replace("@", "@m" if R.random() < 0.3 else "@"), "email").t(" not found by SMTP address lookup")
    return [L]


@ev(5, False)
def e_outlook_noise():
    t = CLK.tick()
    L = Line("outlook_notification")
    L.t("%s " % t.strftime("%Y-%m-%d %H:%M:%S"))
    L.t(R.choice([
        "[Outlook] Automatic reply: Out of office - Rev. Thomas Okonkwo returning 03/18. For urgent spiritual care page 4471.",
        "[PowerAutomate] Flow 'PR daily digest' run %s Succeeded in 00:00:%02d" % (guid(), R.randint(3, 59)),
        "[Outlook] Shared mailbox PatientRelations@%s quota 41.2 GB of 50 GB (82%%)" % DOM,
        "[PowerAutomate] Flow 'Ethics consult intake' trigger skipped: condition false (Subject does not contain 'ETHICS')",
    ]))
    return [L]


# ---------------------------------------------------------------- Teams
@ev(5, True)
def e_teams_card():
    t = CLK.tick()
    p = pick()
    out = []
    L = Line("teams_webhook")
    L.t("%s teams-notify DEBUG payload=" % iso_z(t))
    kind = R.random()
    if kind < 0.5:
        card = {"@type": "MessageCard", "@context": "http://schema.org/extensions", "themeColor": "D70000", "summary": "New Level 2 grievance",
                "sections": [{"activityTitle": T(["Grievance ", (p.grv, "other_id")]),
                              "facts": [{"name": "Patient", "value": V(nm(p, R.choice(["full", "lf"])), "name")}, {"name": "MRN", "value": V(p.mrn, "mrn")},
                                        {"name": "Unit", "value": UNITS[p.unit_i]}, {"name": "Received", "value": (t).strftime("%m/%d/%Y %H:%M")}]}],
                "potentialAction": [{"@type": "OpenUri", "name": "Open case", "targets": [{"os": "default", "uri": "%s/lightning/r/Case/%s/view" % (SF_HOST, sfid("500"))}]}]}
    else:
        card = {"type": "message", "attachments": [{"contentType": "application/vnd.microsoft.card.adaptive", "content": {
            "type": "AdaptiveCard", "version": "1.4", "body": [
                {"type": "TextBlock", "text": "Spiritual care referral", "weight": "Bolder"},
                {"type": "TextBlock", "text": T(tpl("{pt}, {unit} rm {rm} - {f}", pt=(nm(p, "full"), "name"), unit=UNIT_CODES[p.unit_i], rm=p.room, f=p.faith)), "wrap": True},
                {"type": "FactSet", "facts": [{"title": "Referral", "value": V(p.scr, "other_id")}, {"title": "Age", "value": T([age_part(p)])}]}]}}]}
    jw(L, card)
    out.append(L)
    L = Line("teams_webhook")
    L.t("%s teams-notify INFO  POST https://stbrendanhealth.webhook.office.com/webhookb2/%s@%s/IncomingWebhook/%s/%s -> 200 body=\"1\" (%d ms)" % (
        iso_z(CLK.tick(0, 1)), guid(), guid(), hexs(32), guid(), R.randint(90, 600)))
    out.append(L)
    return out


@ev(5, True)
def e_teams_chat():
    t = CLK.tick()
    p = pick()
    r = p.relative
    L = Line("teams_chat_notification")
    L.t("%s Teams notification [Spiritual Care On-Call] %s: " % (t.strftime("%m/%d/%Y %I:%M %p"), R.choice(["Kim Nguyen RN", "Dana Whitcomb RN", "Dr. Rebecca Tsai"])))
    L.parts(R.choice([
        tpl("@SpiritualCare can someone see {pt} in {u} bed {rm}? family requesting imam before extubation today", pt=(nm(p, R.choice(["full", "lower"])), "name"), u=UNIT_CODES[p.unit_i], rm=p.room),
        tpl("pt {pt} ({age}) actively dying, {rel} {rn} asking for chaplain + communion", pt=(nm(p, R.choice(["init", "full"])), "name"), age=age_part(p), rel=r.rel, rn=(r.first, "name")),
        tpl("FYI {ini} in {u} declined chaplain visit, pls remove from list", ini=(nm(p, "initials"), "name"), u=UNIT_CODES[p.unit_i]),
    ]))
    return [L]


@ev(5, False)
def e_teams_noise():
    t = CLK.tick()
    L = Line("teams_webhook")
    L.t("%s teams-notify " % iso_z(t))
    L.t(R.choice([
        "WARN  POST https://stbrendanhealth.webhook.office.com/webhookb2/... -> 429 Too Many Requests, Retry-After: 5",
        "INFO  connector health ok channels=4 last_success=%ds ago" % R.randint(1, 300),
        "ERROR card rejected: Summary or Text is required. (HTTP 400) template=grievance_v2.json",
        "INFO  Graph GET /teams/%s/channels/19:%s@thread.tacv2/messages/delta -> 200 (%d items)" % (guid(), hexs(32), R.randint(0, 20)),
    ]))
    return [L]


# ---------------------------------------------------------------- SharePoint ULS + unified audit
def uls_ts(t):
    return t.strftime("%m/%d/%Y %H:%M:%S.") + "%02d" % (t.microsecond // 10000)


@ev(17, False)
def e_uls():
    t = CLK.tick(1, 200)
    L = Line("sharepoint_uls")
    area, cat, eid, lvl, msg = R.choice([
        ("SharePoint Foundation", "Monitoring", "nasq", "Medium", "Entering monitored scope (Request (GET:https://sp.%s/sites/PatientRelations/_api/web/lists(guid'%s')/items?$top=100))" % (DOM, guid())),
        ("SharePoint Foundation", "Monitoring", "b4ly", "Medium", "Leaving Monitored Scope (Request (GET:https://sp.%s/sites/SpiritualCare/SitePages/Home.aspx)). Execution Time=%.4f" % (DOM, R.uniform(10, 900))),
        ("SharePoint Server Search", "Crawler:Gatherer Plugin", "e5ho", "Medium", "Gatherer started crawl of content source 'Local SharePoint sites', crawl id %d" % R.randint(1000, 9999)),
        ("SharePoint Foundation", "Timer", "6398", "Critical", "The Execute method of job definition Microsoft.SharePoint.Administration.SPUsageImportJobDefinition threw an exception. Access to the path 'D:\\Logs\\Usage' is denied."),
        ("SharePoint Foundation", "Database", "5586", "Unexpected", "Unknown SQL Exception 1205 occurred. Transaction (Process ID %d) was deadlocked on lock resources" % R.randint(50, 200)),
        ("Web Content Management", "Publishing Cache", "8uny", "Medium", "Object cache: The super user account utilized by the cache does not have sufficient permissions."),
        ("SharePoint Foundation", "Authentication Authorization", "agb9s", "Medium", "Non-OAuth request. IsAuthenticated=True, UserIdentityName=0#.w|sbmc\\%s, ClaimsCount=%d" % (staff()[0], R.randint(20, 60))),
    ])
    L.t("%s \tw3wp.exe (0x%04X)\t0x%04X\t%s\t%s\t%s\t%s\t%s\t%s" % (uls_ts(t), R.randint(0x1000, 0xFFFF), R.randint(0x1000, 0xFFFF), area, cat, eid, lvl, msg, guid()))
    return [L]


@ev(6, None)
def e_sp_audit():
    t = CLK.tick()
    L = Line("o365_audit_json")
    s = staff()
    phi = R.random() < 0.55
    base = {"CreationTime": (t + UTC_OFF).strftime("%Y-%m-%dT%H:%M:%S"), "Id": guid(), "Operation": R.choice(["FileAccessed", "FileModified", "FileDownloaded", "FilePreviewed"]),
            "OrganizationId": "b3f1c2a4-8d5e-4f6a-9b7c-1e2d3f4a5b6c", "RecordType": 6, "UserKey": "i:0h.f|membership|10032%s@live.com" % hexs(8),
            "UserType": 0, "Version": 1, "Workload": "SharePoint", "ClientIP": "10.40.%d.%d" % (R.randint(1, 30), R.randint(2, 250)),
            "UserId": "%s@%s" % (s[0], DOM)}
    if phi:
        p = pick()
        kind = R.randint(0, 2)
        if kind == 0:
            folder = "Grievances/2024"
            fn = [(p.grv, "other_id"), "_", (ascii_fold(p.last).replace(" ", ""), "name"), "_", (ascii_fold(p.first).split()[0], "name"), "_response_letter.docx"]
        elif kind == 1:
            folder = "EthicsConsults/2024"
            fn = [(p.eth, "other_id"), " ", (nm(p, "last"), "name"), " summary.pdf"]
        else:
            folder = "Property/Claims"
            fn = [(p.bag, "other_id"), "_MRN", (p.mrn, "mrn"), ".xlsx"]
        site = "PatientRelations" if kind != 1 else "ClinicalEthics"
        base["ObjectId"] = T(["https://stbrendanhealth.sharepoint.com/sites/%s/Shared Documents/%s/" % (site, folder)] + fn)
        base["SourceFileName"] = T(fn)
        base["SourceRelativeUrl"] = "Shared Documents/" + folder
    else:
        f = R.choice(["PR_Weekly_Metrics_2024-W10.xlsx", "Chaplain_OnCall_March.docx", "Grievance_Policy_ADM-114_v7.pdf",
                      "Interpreter_Vendor_SLA.pdf", "Ethics_Committee_Agenda_2024-03.docx", "LostFound_SOP.docx"])
        base["ObjectId"] = "https://stbrendanhealth.sharepoint.com/sites/PatientRelations/Shared Documents/Admin/" + f
        base["SourceFileName"] = f
        base["SourceRelativeUrl"] = "Shared Documents/Admin"
    base["SiteUrl"] = "https://stbrendanhealth.sharepoint.com/sites/PatientRelations/"
    base["UserAgent"] = R.choice(["Microsoft Office Word 2014", "MSWAC", "OneDriveMpc-Transform_Thumbnail/1.0", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Edg/122.0.0.0"])
    jw(L, base)
    return [L]


# ---------------------------------------------------------------- PowerShell
@ev(0.6, True)
def e_ps_transcript():
    t = CLK.tick()
    out = []
    script = R.choice(["Sync-PRCases.ps1", "Archive-AdvDirScans.ps1", "Export-ChaplainStats.ps1"])
    hdr = ["**********************", "Windows PowerShell transcript start", "Start time: %s" % t.strftime("%Y%m%d%H%M%S"),
           "Username: SBMC\\svc_prauto", "RunAs User: SBMC\\svc_prauto", "Configuration Name: ",
           "Machine: PRAUTO01 (Microsoft Windows NT 10.0.17763.0)",
           "Host Application: C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe -NoProfile -ExecutionPolicy Bypass -File C:\\Scripts\\%s" % script,
           "Process ID: %d" % R.randint(1000, 9999), "PSVersion: 5.1.17763.5576", "**********************"]
    for h in hdr:
        L = Line("powershell_transcript")
        L.t(h if h.strip() else "Configuration Name:")
        out.append(L)
    L = Line("powershell_transcript")
    L.t("VERBOSE: Connecting to Exchange Online as svc-prauto@%s (AppId %s)" % (DOM, guid()))
    out.append(L)
    for _ in range(R.randint(2, 4)):
        p = pick()
        L = Line("powershell_transcript")
        k = R.randint(0, 2)
        if k == 0:
            L.t("VERBOSE: [Sync-PRCases] Case ").p(p.case_no, "other_id").t(" -> created folder \\\\fs01\\PatientRelations\\2024\\").p(p.case_no, "other_id").t(" ").p(nm(p, "lf"), "name")
        elif k == 1:
            L.t("VERBOSE: Moved POLST_").p(p.mrn, "mrn").t("_").p(ascii_fold(p.last).upper().replace(" ", "").replace("-", ""), "name").t(".pdf to \\\\fs01\\Scans\\Archive\\2024-03 (%d KB)" % R.randint(80, 3000))
        else:
            L.t("VERBOSE: Chaplain stats row: ").p(nm(p, "lf"), "name").t(" visits=%d last=" % R.randint(1, 6)).p(fdate(p.vdate, 8), "date")
        out.append(L)
    if R.random() < 0.6:
        p = pick()
        fn_name = ascii_fold(p.last).upper().replace(" ", "").replace("-", "")
        for s in [["Move-Item : Cannot create a file when that file already exists."],
                  ["At C:\\Scripts\\%s:57 char:9" % script],
                  ["+         Move-Item -Path $f.FullName -Destination $dest"],
                  ["+ CategoryInfo          : WriteError: (\\\\fs01\\Scans\\POLST_", (p.mrn, "mrn"), "_", (fn_name, "name"), ".pdf:FileInfo) [Move-Item], IOException"],
                  ["+ FullyQualifiedErrorId : MoveFileInfoItemIOError,Microsoft.PowerShell.Commands.MoveItemCommand"]]:
            L = Line("powershell_error")
            L.parts(s)
            out.append(L)
    L = Line("powershell_transcript")
    L.t("WARNING: %d mailbox items skipped (size > 25MB)" % R.randint(0, 4))
    out.append(L)
    for h in ["**********************", "Windows PowerShell transcript end", "End time: %s" % CLK.tick(20, 300).strftime("%Y%m%d%H%M%S"), "**********************"]:
        L = Line("powershell_transcript")
        L.t(h)
        out.append(L)
    return out


@ev(2, True)
def e_ps_table():
    CLK.tick()
    out = []
    if R.random() < 0.5:
        for h in ["", "CaseNumber Status      Owner      PatientName                 DaysOpen", "---------- ------      -----      -----------                 --------"]:
            if not h:
                continue
            L = Line("powershell_table")
            L.t(h)
            out.append(L)
        for _ in range(R.randint(2, 5)):
            p = pick()
            L = Line("powershell_table")
            n = nm(p, R.choice(["lf", "full"]))
            L.p(p.case_no, "other_id").t(" %-11s %-10s " % (R.choice(["New", "Working", "Escalated", "OnHold"]), R.choice(["kharris", "lbenavides"])))
            L.p(n, "name").t(" " * max(1, 28 - len(n)) + "%8d" % R.randint(0, 40))
            out.append(L)
    else:
        for h in ["Received              SenderAddress                      RecipientAddress                        Subject                        Status",
                  "--------              -------------                      ----------------                        -------                        ------"]:
            L = Line("powershell_table")
            L.t(h)
            out.append(L)
        for _ in range(R.randint(2, 4)):
            t = CLK.tick(30, 900)
            L = Line("powershell_table")
            rcv = t.strftime("%m/%d/%Y %I:%M:%S %p").lstrip("0")
            if R.random() < 0.35:
                L.t("%-21s %-34s %-39s %-30s %s" % (rcv, "noreply@salesforce.com", "patientrelations@" + DOM, "Sandbox: Case assigned", "Delivered"))
            else:
                p = pick()
                e = p.relative.email
                L.t("%-21s " % rcv).p(e, "email").t(" " * max(1, 35 - len(e)) + "%-39s %-30s %s" % ("patientrelations@" + DOM, R.choice(["Re: my mom's hearing aids", "complaint", "Thank you!!", "RE: Case update"]), R.choice(["Delivered", "FilteredAsSpam"])))
            out.append(L)
    return out


@ev(5, False)
def e_ps_noise():
    CLK.tick()
    L = Line("powershell_transcript")
    L.t(R.choice([
        "VERBOSE: Loading module from path 'C:\\Program Files\\WindowsPowerShell\\Modules\\ExchangeOnlineManagement\\3.4.0\\ExchangeOnlineManagement.psd1'.",
        "VERBOSE: Performing the operation \"Remove File\" on target \"D:\\Temp\\prsync_%s.tmp\"." % hexs(8),
        "WARNING: The names of some imported commands from the module 'PnP.PowerShell' include unapproved verbs that might make them less discoverable.",
        "Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.",
        "VERBOSE: Exported 214 rows to D:\\Reports\\ChaplainStats_2024-03-14.csv (SHA256 %s)" % hashlib.sha256(str(R.random()).encode()).hexdigest(),
        "Get-PnPListItem : The attempted operation is prohibited because it exceeds the list view threshold.",
    ]))
    return [L]


# ---------------------------------------------------------------- infrastructure
@ev(15, False)
def e_infra():
    t = CLK.tick()
    k = R.randint(0, 5)
    if k == 0:
        L = Line("klog")
        L.t("I%s %7d reflector.go:%d] k8s.io/client-go/informers/factory.go:150: Watch close - *v1.Secret total %d items received" % (
            t.strftime("%m%d %H:%M:%S.") + "%06d" % t.microsecond, 1, R.randint(300, 500), R.randint(1, 20)))
    elif k == 1:
        L = Line("logfmt")
        L.t('ts=%s level=info caller=scrape.go:%d component="scrape manager" target=http://10.42.%d.%d:9464/metrics msg="scrape ok" duration=%dms samples=%d' % (
            iso_z(t), R.randint(1200, 1500), R.randint(0, 9), R.randint(2, 250), R.randint(3, 80), R.randint(200, 3000)))
    elif k == 2:
        L = Line("logfmt")
        L.t('time="%s" level=warning msg="certificate expires soon" cn=feedback.%s days_left=%d serial=%s' % (iso_z(t), DOM, R.randint(5, 29), hexs(32).upper()))
    elif k == 3:
        L = Line("klog")
        L.t("E%s %7d pod_workers.go:1298] \"Error syncing pod, skipping\" err=\"failed to \\\"StartContainer\\\" for \\\"interp-api\\\" with CrashLoopBackOff\" pod=\"pr/interp-api-7d9f%s-%s\"" % (
            t.strftime("%m%d %H:%M:%S.") + "%06d" % t.microsecond, R.randint(1000, 3000), hexs(4), hexs(5)))
    elif k == 4:
        L = Line("logfmt")
        L.t("ts=%s level=info msg=\"deploy complete\" app=pr-feedback-web image=registry.%s/pr/feedback-web:3.7.%d build=%d sha=%s" % (
            iso_z(t), DOM, R.randint(0, 9), R.randint(4000, 5000), hexs(40)))
    else:
        L = Line("logfmt")
        L.t("ts=%s level=error msg=\"backup failed\" job=sp-audit-export target=s3://sbmc-audit-archive/2024/03/ err=\"RequestTimeout: Your socket connection to the server was not read from or written to within the timeout period\" retries=%d" % (iso_z(t), R.randint(1, 5)))
    return [L]


# ============================================================================ assemble
def main():
    lines = []
    weights = [w for w, _, _ in EV]
    single_noise = [f for w, phi, f in EV if phi is False]
    order = [e[2] for e in R.choices(EV, weights=weights, k=400)]
    for e in EV:  # every artefact kind appears at least once
        order.insert(R.randint(0, 110), e[2])
    oi = 0
    while len(lines) < N_LINES:
        f = order[oi]
        oi += 1
        ls = f()
        if len(lines) + len(ls) > N_LINES:
            while True:
                ls = R.choice(single_noise)()
                if len(ls) == 1:
                    break
        for L in ls:
            L.check()
        lines.extend(ls)
    assert len(lines) == N_LINES
    log_path = os.path.join(HERE, ID + ".log")
    lab_path = os.path.join(HERE, ID + ".labels.jsonl")
    with open(log_path, "wb") as fh:
        fh.write(b"\n".join(bytes(L.buf) for L in lines))
    with open(lab_path, "w", encoding="utf-8") as fh:
        for i, L in enumerate(lines, 1):
            fh.write(json.dumps({"line": i, "family": L.family, "spans": sorted(L.spans, key=lambda s: s["s"])}, ensure_ascii=False) + "\n")
    # self-check against the written file
    data = open(log_path, "rb").read().split(b"\n")
    assert len(data) == N_LINES and all(data)
    with open(lab_path, encoding="utf-8") as fh:
        for raw, L, rec in zip(data, lines, map(json.loads, fh)):
            for sp, v in zip(sorted(L.spans, key=lambda s: s["s"]), [b for _, b in sorted(zip([s["s"] for s in L.spans], L.vals))]):
                assert raw[sp["s"]:sp["e"]] == v
            for a, b in zip(rec["spans"], rec["spans"][1:]):
                assert a["e"] <= b["s"], (rec, "overlap")
    # stats
    from collections import Counter
    nophi = sum(1 for L in lines if not L.spans)
    cats = Counter(s["cat"] for L in lines for s in L.spans)
    fams = Counter(L.family for L in lines)
    print("no-PHI lines: %d (%.1f%%)" % (nophi, 100.0 * nophi / N_LINES))
    print("spans:", dict(sorted(cats.items())))
    print("families (%d):" % len(fams), dict(sorted(fams.items())))


if __name__ == "__main__":
    main()
