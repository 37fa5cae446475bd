#!/usr/bin/env python3
"""Synthetic labeled log corpus "mi": a health system's patient experience and
patient relations office (Cascadia Health, fictitious).

Systems imitated: Press Ganey / HCAHPS-style survey vendor file exchange
(fixed-width and CSV sample files, pipe return files, OpenSSH/internal-sftp
syslog, SSH.NET uploader logs, gpg), survey-response webhooks with free-text
comments, Salesforce-like complaint/grievance case management (REST/SOQL logs,
Case JSON, Email-to-Case raw messages), rounding tablet sync logs (Android
logcat, iOS unified log, JSON rounds), social media monitoring (Twitter v2
JSON, Google Business Profile review replies), compliments routed to staff,
Word-template letters (OpenXML mail-merge logs and merge data-source CSV),
call-recording metadata, Azure Functions host logs, Application Insights
traces, .NET (Microsoft.Extensions.Logging console, EF Core, Serilog,
exceptions) and Node.js (pino, winston) logs, IIS W3C, Twilio SMS webhooks,
SendGrid events, HL7 ADT discharge feed for sampling, grievance XML exports,
and staff-written case notes. Every person and identifier is synthetic.

Output: mi.log (500 lines) and mi.labels.jsonl (one object per line, byte
offsets into the UTF-8 line, end exclusive).

Labeling decisions:
- Labeled people: patients, survey respondents, complainants, relatives,
  guarantors, emergency contacts, social-media posters/reviewers writing about
  their own or a relative's care. Not labeled: clinicians and staff doing
  their work (nurses, physicians incl. attending name/NPI, patient relations
  specialists, call agents, managers), the health system, vendors (Press Ganey,
  Salesforce, Twilio...), and their business phones/emails/IPs/hosts.
- name: full names, "Last, First", initials+surname, first name alone when it
  refers to a patient/relative (e.g. "my mom Rosa", "Hi Dana,"), HL7 XPN
  components written as one span (NGUYEN^ANH^T). Honorifics (Mr., Mrs.) are
  outside the span.
- address: street line (with unit) and city are separate spans when in
  separate fields; in free text "street, city" may be one span. State is never
  labeled. ZIP/ZIP+4 is its own "zip" span.
- date: birth, admission, discharge, visit/service, incident, appointment,
  death and grievance received dates in any written form, including partial
  dates without year ("2/28") and HL7 datetimes (whole value). Not labeled:
  log/record timestamps (CreatedDate, event times, email Date headers, file
  dates in vendor file names, sample periods), years alone.
- age: only ages over 89 are labeled (the number only); ages <= 89 are not.
- phone/fax: the patient's/relative's number in any form; URL-encoded form
  (%2B1503...) labeled as is; "tel:" prefix kept outside the span.
- email: patient/relative emails, also URL-encoded (%40) in query strings.
- mrn: medical record numbers in any system format (00482913, E1234567 from
  the rounding app, HL7 PID-3 ID component only, also in SOQL/SQL params).
- health_plan: member/subscriber IDs, Medicare MBI, Medicaid IDs.
- account: patient/hospital account (HAR) numbers, guarantor accounts, card
  numbers written by patients.
- other_id: human-facing case numbers (Salesforce CaseNumber), grievance
  numbers (GRV-...), compliment numbers (CMP-...), encounter/visit numbers and
  vendor "Unique ID" (= visit number), social media handles/usernames of
  patients or relatives, patient portal usernames. Internal platform record
  keys (Salesforce 15/18-char Ids, UUIDs, survey response ids R_..., tweet ids,
  conversation ids, trace/operation ids) are NOT labeled.
- ip: public IP of a patient/respondent (survey respondent IPAddress, client
  IP of a patient-facing form request). Vendor, Azure and internal IPs are not.
- url: personal URLs (reviewer profile/photo URLs, a patient's facebook.com/<handle>).
- Values inside URL-encoded bodies/query strings (Twilio From=%2B1..., Body
  names with "+", FromCity, FromZip; email with %40) are labeled in their
  encoded form; Twilio FromCity/FromZip of a patient's number are labeled.
- Staff on-call contact lines, business phone/fax/mailboxes of the health
  system and vendor hosts are noise (no spans).
- device: serial numbers of a patient's own devices (hearing aids, CPAP,
  phone IMEI). Facility tablets/phones used by staff are not labeled.
- vehicle: licence plates and VINs of patients/relatives (parking complaints).
- license: patient's driver's licence number.
- biometric: voiceprint templates/hashes of callers.
- photo: base64 face image payloads (only the base64 characters).
- Room/bed numbers, unit codes, survey scores, vendor client IDs, employee IDs
  are not labeled.
"""
import json
import urllib.parse
import os
import random
import unicodedata
from datetime import datetime, timedelta, date

SEED = 2124_0304
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "mi"
TODAY = date(2024, 3, 4)


# --------------------------------------------------------------------------
# line builder with byte-offset spans
# --------------------------------------------------------------------------
class P:
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = v
        self.c = c


class Seg(list):
    """A JSON/escaped string assembled from str and P pieces."""


class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, x):
        self.buf.append(x)
        self.n += len(x.encode("utf-8"))
        return self

    def p(self, x, cat):
        b = len(x.encode("utf-8"))
        assert b > 0
        self.spans.append((self.n, self.n + b, cat, x))
        self.buf.append(x)
        self.n += b
        return self

    def add(self, *items):
        for it in items:
            if isinstance(it, P):
                self.p(str(it.v), it.c)
            elif isinstance(it, (list, tuple)):
                self.add(*it)
            else:
                self.t(str(it))
        return self

    def text(self):
        return "".join(self.buf)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jv(L, v, isep, ksep):
    if isinstance(v, P):
        if isinstance(v.v, str):
            L.t('"')
            L.p(jesc(v.v), v.c)
            L.t('"')
        else:
            L.p(json.dumps(v.v), v.c)
    elif isinstance(v, Seg):
        L.t('"')
        for piece in v:
            if isinstance(piece, P):
                L.p(jesc(str(piece.v)), piece.c)
            else:
                L.t(jesc(piece))
        L.t('"')
    elif isinstance(v, dict):
        L.t("{")
        first = True
        for k, val in v.items():
            if not first:
                L.t(isep)
            first = False
            L.t(json.dumps(k, ensure_ascii=False) + ksep)
            jv(L, val, isep, ksep)
        L.t("}")
    elif isinstance(v, list):
        L.t("[")
        for i, val in enumerate(v):
            if i:
                L.t(isep)
            jv(L, val, isep, ksep)
        L.t("]")
    else:
        L.t(json.dumps(v, ensure_ascii=False))


def jline(fam, obj, compact=True, prefix=""):
    L = Ln(fam)
    if prefix:
        L.add(prefix)
    if compact:
        jv(L, obj, ",", ":")
    else:
        jv(L, obj, ", ", ": ")
    return L


def line(fam, *items):
    return Ln(fam).add(*items)


# --------------------------------------------------------------------------
# random helpers
# --------------------------------------------------------------------------
def ch(seq):
    return rng.choice(seq)


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def HEXs(n):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def alnum(n, pool="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(pool) for _ in range(n))


def b64s(n):
    return alnum(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")


def uuid4():
    return "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3), ch("89ab"), hexs(3), hexs(12))


def sfid(prefix):
    return prefix + "Dn" + "0000" + alnum(6) + alnum(3, "ABCDEFGHIJKLMNOPQRSTUVWXYZ")


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    total = 0
    for i, d in enumerate(reversed(body)):
        x = int(d)
        if i % 2 == 0:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return body + str((10 - total % 10) % 10)


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a in (666,):
            continue
        g = rng.randint(1, 99)
        s = rng.randint(1, 9999)
        v = "%03d-%02d-%04d" % (a, g, s)
        if v not in ("123-45-6789", "078-05-1120"):
            return v


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    parts = [ch("123456789"), ch(L), ch(AN), ch("0123456789"), ch(L), ch(AN),
             ch("0123456789"), ch(L), ch(L), ch("0123456789"), ch("0123456789")]
    return "".join(parts)


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    translit = {c: v for c, v in zip("ABCDEFGH", range(1, 9))}
    translit.update({c: v for c, v in zip("JKLMN", range(1, 6))})
    translit.update({"P": 7, "R": 9})
    translit.update({c: v for c, v in zip("STUVWXYZ", range(2, 10))})
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    wmi = ch(["1HG", "5YJ", "1FT", "JTD", "3VW", "2T1", "KM8", "4T1"])
    s = list(wmi + "".join(ch(chars) for _ in range(5)) + "0" + ch("LMNPR") +
             ch("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(6))
    tot = 0
    for i, c in enumerate(s):
        val = int(c) if c.isdigit() else translit[c]
        tot += val * weights[i]
    cd = tot % 11
    s[8] = "X" if cd == 10 else str(cd)
    return "".join(s)


# --------------------------------------------------------------------------
# people
# --------------------------------------------------------------------------
FIRST_F = ["Maria", "Anh", "Priya", "Siobhan", "Mei-Ling", "Fatima", "Ingrid", "Aaliyah",
           "Nkechi", "Lucía", "Bernadette", "Kalani", "Zofia", "Marguerite", "Ayşe",
           "Eleanor", "Thandiwe", "Leilani", "Agnieszka", "Wanjiru", "Nadia", "Rosalind",
           "Parveen", "Tatiana", "Dorothy", "Edith", "Yolanda", "Hanna", "Beatriz",
           "Svetlana", "Keiko", "Dana", "Guadalupe", "Chiamaka", "Annelise", "Rosa"]
FIRST_M = ["José", "Oluwaseun", "Dmitri", "Kwame", "Tomasz", "Hiroshi", "Rafael",
           "Giovanni", "Søren", "Yusuf", "Emeka", "Hyun-woo", "DeShawn", "Carlos", "Raj",
           "Björn", "Mohammed", "Shlomo", "Pedro", "Colm", "Xiaoming", "Jean-Luc",
           "Malik", "Arturo", "Tuan", "Kofi", "Anders", "Vikram", "Francisco", "Harold",
           "Ezekiel", "Ruben", "Thanh", "Ivo", "Lorenzo", "Walter"]
LAST = ["García", "Nguyen", "Adeyemi", "Raghunathan", "Volkov", "O'Sullivan", "Mensah",
        "Chen", "Wiśniewski", "Haddad", "Takahashi", "Lindqvist", "Ortega", "Washington",
        "Bianchi", "Okonkwo", "Kristensen", "Fernández", "Demir", "Kahananui", "Nowak",
        "Eze", "Park", "Dubois", "Jackson", "Yılmaz", "Ramírez-Soto", "Whitfield", "Iyer",
        "Dlamini", "Andersson", "Akana", "Al-Farsi", "Kowalczyk", "Levi", "Mwangi",
        "de la Cruz", "van der Berg", "McAllister", "St. Clair", "Abu-Hamdan", "Nakamura",
        "Goldberg", "von Stein", "Da Silva", "Papadopoulos", "Le", "Boateng",
        "Schwartz-Lee", "Tran", "Oyelaran", "Castellanos", "Mahmoud", "Kealoha",
        "Fitzgerald", "Rinaldi", "Zhang", "Horvath", "Begay", "Sandoval"]
STREETS = ["SE Division St", "NE Alberta St", "SW Capitol Hwy", "N Lombard St",
           "NW Glisan St", "Birchwood Ln", "E Mill Plain Blvd", "Sunnyside Rd",
           "SE Foster Rd", "Kruse Way", "NE 162nd Ave", "Cedar Hills Blvd",
           "Oak Grove Ct", "Molalla Ave", "SW Murray Blvd", "Fourth Plain Blvd",
           "Main St", "Hawthorne Blvd", "Pacific Ave", "Jefferson Pkwy"]
CITIES = [("Portland", "OR", "972"), ("Beaverton", "OR", "970"), ("Gresham", "OR", "970"),
          ("Tigard", "OR", "972"), ("Vancouver", "WA", "986"), ("Lake Oswego", "OR", "970"),
          ("Milwaukie", "OR", "972"), ("Hillsboro", "OR", "971"), ("Camas", "WA", "986"),
          ("Oregon City", "OR", "970"), ("Happy Valley", "OR", "970"), ("Battle Ground", "WA", "986"),
          ("Salem", "OR", "973"), ("Longview", "WA", "986")]
AREA = ["503", "971", "360", "541", "458", "564", "206"]
MAILDOM = ["gmail.com", "yahoo.com", "outlook.com", "comcast.net", "icloud.com",
           "hotmail.com", "proton.me", "aol.com", "msn.com", "frontier.com"]

STAFF = [("Karen", "Liu", "RN"), ("Brianna", "Holt", "Patient Relations Specialist"),
         ("Marcus", "Reyes", "Patient Advocate"), ("Samuel", "Osei", "MD"),
         ("Jennifer", "Kapoor", "Nurse Manager"), ("Tyler", "Brandt", "Charge RN"),
         ("Alicia", "Moreno", "Patient Relations Manager"), ("Devon", "Pratt", "Security Supv"),
         ("Hannah", "Weiss", "DO"), ("Luis", "Ocampo", "Unit Clerk"),
         ("Grace", "Abernathy", "Director, Patient Experience"), ("Nathan", "Cho", "PA-C")]
UNITS = ["4W", "5N", "5S", "6E", "ED", "ICU2", "L&D", "ORTHO3", "ONC7", "PEDS", "OBS1"]
FAC = ["St. Brigid Campus", "Riverside Campus", "Cascadia Medical Center", "Tualatin Clinic",
       "Eastside Urgent Care"]


def ph_digits():
    a = ch(AREA)
    if rng.random() < 0.2:
        return a + "555" + "01" + digits(2)
    return a + str(rng.randint(2, 9)) + digits(2) + str(rng.randint(0, 9)) + digits(3)


def fmt_phone(d, style=None):
    style = style or ch(["paren", "dash", "dot", "plain", "e164", "intl", "paren", "dash"])
    a, b, c = d[:3], d[3:6], d[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "plain": d, "e164": "+1" + d,
            "intl": "+1 %s-%s-%s" % (a, b, c), "sp": "%s %s %s" % (a, b, c),
            "one": "1-%s-%s-%s" % (a, b, c)}[style]


MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]


def fmt_date(d, style=None):
    style = style or ch(["mdy", "iso", "mdy_np", "abbr", "long", "dmon", "mdy2", "dot"])
    if style == "mdy":
        return d.strftime("%m/%d/%Y")
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "mdy_np":
        return "%d/%d/%d" % (d.month, d.day, d.year)
    if style == "mdy2":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "abbr":
        return "%s %d, %d" % (MONTHS[d.month - 1][:3], d.day, d.year)
    if style == "long":
        return "%s %d, %d" % (MONTHS[d.month - 1], d.day, d.year)
    if style == "dmon":
        return "%02d-%s-%d" % (d.day, MONTHS[d.month - 1][:3], d.year)
    if style == "dot":
        return "%02d.%02d.%d" % (d.day, d.month, d.year)
    if style == "ymd":
        return d.strftime("%Y%m%d")
    if style == "mdy8":
        return d.strftime("%m%d%Y")
    if style == "md":
        return "%d/%d" % (d.month, d.day)
    if style == "mon_d":
        return "%s %d" % (MONTHS[d.month - 1], d.day)
    if style == "mon_abbr_d":
        return "%s %d" % (MONTHS[d.month - 1][:3], d.day)
    raise ValueError(style)


class Person:
    def __init__(self, old=False, sex=None, last=None):
        self.sex = sex or ch("FM")
        self.first = ch(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = ch(LAST)
        if last:
            self.last = last
        self.mi = ch("ABCDEFGHJKLMNPRSTVW")
        if old:
            y = rng.randint(1925, 1934)
        else:
            y = rng.randint(1938, 2004)
        self.dob = date(y, rng.randint(1, 12), rng.randint(1, 28))
        self.age = TODAY.year - y - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        self.street = "%d %s" % (rng.randint(12, 19999), ch(STREETS))
        self.apt = ch(["", "", "", "Apt %d%s" % (rng.randint(1, 40), ch("ABCD")), "Unit %d" % rng.randint(100, 420)])
        self.city, self.state, zp = ch(CITIES)
        self.zip = zp + digits(2)
        if rng.random() < 0.25:
            self.zip += "-" + digits(4)
        self.phone = ph_digits()
        self.phone2 = ph_digits()
        lf = ascii_fold(self.first).lower().replace("-", "")
        ll = ascii_fold(self.last).lower().replace(" ", "").replace("'", "").replace(".", "").replace("-", "")
        n = str(rng.randint(1, 99))
        yy = "%02d" % (self.dob.year % 100)
        self.email = ch([lf + "." + ll + n, lf + ll, lf[0] + ll + yy, ll + "." + lf, lf + "_" + ll + n,
                         lf + yy]) + "@" + ch(MAILDOM)
        self.mrn = "00" + digits(6)
        self.emrn = "E" + digits(7)
        self.visit = "V" + digits(8)
        self.har = "10" + digits(8)
        self.member = ch(["XHP", "ODS", "MOD", "KPN", "RGA", "UHC"]) + digits(9)
        self.case = "00" + str(rng.randint(480000, 489999))
        self.admit = date(2024, 2, rng.randint(1, 24))
        self.disch = self.admit + timedelta(days=rng.randint(0, 6))
        self.handle = ch([lf + "_" + ll[:6], lf[:6] + ll[:6] + n, "the" + lf[:8], ll[:8] + "." + lf[0], lf + yy + "pdx"])[:15]

    def name(self, style="fl"):
        f, l = self.first, self.last
        if style == "fl":
            return "%s %s" % (f, l)
        if style == "flm":
            return "%s %s. %s" % (f, self.mi, l)
        if style == "lf":
            return "%s, %s" % (l, f)
        if style == "lfm":
            return "%s, %s %s." % (l, f, self.mi)
        if style == "LF":
            return ("%s, %s" % (l, f)).upper()
        if style == "FL":
            return ("%s %s" % (f, l)).upper()
        if style == "fi":
            return "%s. %s" % (f[0], l)
        if style == "low":
            return ("%s %s" % (f, l)).lower()
        if style == "first":
            return f
        if style == "fli":
            return "%s %s." % (f, l[0])
        raise ValueError(style)

    def rname(self):
        return self.name(ch(["fl", "fl", "lf", "LF", "fi", "flm", "lfm", "low", "FL"]))


def relative(p):
    return Person(last=p.last if rng.random() < 0.5 else None)


REL_F = ["daughter", "wife", "mother", "granddaughter", "sister", "niece", "partner", "POA"]
REL_M = ["son", "husband", "father", "grandson", "brother", "nephew", "partner", "POA"]


def relword(r):
    return ch(REL_F if r.sex == "F" else REL_M)


def kin(p):
    """how a relative refers to the patient p"""
    return ch(["mother", "grandmother", "wife", "mom"] if p.sex == "F" else ["father", "grandfather", "husband", "dad"])


def hon(r):
    return ch(["Ms. ", "Mrs. ", "Mx. ", ""] if r.sex == "F" else ["Mr. ", "Mr. ", "Mx. ", ""])


def staff():
    f, l, t = ch(STAFF)
    return f, l, t


DOCS = [("Samuel", "Osei"), ("Hannah", "Weiss"), ("Priyanka", "Raman"), ("Eduardo", "Villalobos"),
        ("Margaret", "Thornbury"), ("Chidi", "Anyanwu"), ("Ravi", "Subramanian"), ("Elise", "Fournier")]
NURSES = ["Karen", "Tyler", "Jennifer", "Maddie", "Kofi", "Ana", "Beth", "Jorge", "Lani"]


def doc():
    return ch(DOCS)


def nurse():
    return ch(NURSES)


# --------------------------------------------------------------------------
# clock
# --------------------------------------------------------------------------
class Clock:
    def __init__(self):
        self.t = datetime(2024, 3, 4, 1, 58, 12, 114000)

    def tick(self):
        self.t += timedelta(seconds=rng.randint(1, 75), milliseconds=rng.randint(0, 999))
        return self.t

    def iso(self):
        return self.tick().strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (self.t.microsecond // 1000)

    def iso7(self):
        return self.tick().strftime("%Y-%m-%dT%H:%M:%S.") + "%03d%04d" % (self.t.microsecond // 1000, rng.randint(0, 9999)) + "Z"

    def sp(self):
        return self.tick().strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (self.t.microsecond // 1000)

    def comma(self):
        return self.tick().strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (self.t.microsecond // 1000)

    def sec(self):
        return self.tick().strftime("%Y-%m-%d %H:%M:%S")

    def syslog(self):
        t = self.tick()
        return t.strftime("%b ") + "%2d" % t.day + t.strftime(" %H:%M:%S")

    def hms(self):
        return self.tick().strftime("%H:%M:%S")

    def epoch_ms(self):
        t = self.tick()
        return int((t - datetime(1970, 1, 1)).total_seconds() * 1000) + 8 * 3600 * 1000

    def logcat(self):
        t = self.tick()
        return t.strftime("%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)

    def sf(self):
        t = self.tick()
        return t.strftime("%Y-%m-%dT%H:%M:%S.000+0000")


C = Clock()

# --------------------------------------------------------------------------
# constants for business/noise data
# --------------------------------------------------------------------------
CLIENT = "4471"
VENDOR_IPS = ["198.51.100.23", "198.51.100.24", "192.0.2.140"]
SVC = ["IP", "ED", "OU", "MD", "AS", "HH"]
FUNCS = ["SurveyResponseWebhook", "PgSampleExport", "CaseIntakeFromEmail", "ComplimentRouter",
         "SocialListenerPoll", "LetterMergeQueue", "CallRecordingIndexer", "RoundingSyncIngest"]
PODS = ["pr-webhooks-7d9f8c6b4-x2kqp", "pr-api-5c7d9b8f6-mm4tz", "pr-social-6b8c77d5f-qq9rw"]
HOSTS_AZ = ["pr-func-prod-eus2", "pr-func-prod-wus2"]


LVL = {"info": "Information", "warn": "Warning", "fail": "Error", "dbug": "Debug"}


def flat(items):
    out = []
    for it in items:
        if isinstance(it, (list, tuple)):
            out.extend(flat(it))
        else:
            out.append(it)
    return out


def dn(lvl, category, eid, items, fmt=None, exc=None, pjson=0.45):
    """Microsoft.Extensions.Logging: SimpleConsole (header line + indented message
    lines, exception lines unindented) or JsonConsole (1 line, newlines escaped)."""
    items = flat(items)
    if rng.random() < pjson:
        obj = {"Timestamp": C.iso().replace("Z", "+00:00"), "EventId": eid, "LogLevel": LVL[lvl], "Category": category, "Message": Seg(items)}
        if exc:
            e = Seg()
            for i, ln in enumerate(exc):
                if i:
                    e.append("\n")
                e.extend(flat(ln))
            obj["Exception"] = e
        st = {"Message": Seg(items)}
        if fmt:
            st["{OriginalFormat}"] = fmt
        obj["State"] = st
        return [jline("dotnet_json_console", obj)]
    out = [line("dotnet_console", "%s: %s[%d]" % (lvl, category, eid))]
    cur = line("dotnet_console", "      ")
    for it in items:
        if isinstance(it, str) and "\n" in it:
            parts = it.split("\n")
            cur.add(parts[0])
            for part in parts[1:]:
                out.append(cur)
                cur = line("dotnet_console", "      ", part)
        else:
            cur.add(it)
    out.append(cur)
    for ln in exc or []:
        out.append(line("dotnet_stacktrace", *flat(ln)))
    return out


def fname(svc=None, ext=None, d=None):
    d = d or (TODAY - timedelta(days=rng.randint(1, 4)))
    return "PG_%s_%s_%s.%s" % (CLIENT, svc or ch(SVC), d.strftime("%Y%m%d"),
                               ext or ch(["txt.pgp", "csv.pgp", "txt", "csv"]))


def comment_text(p, rel=None):
    """free-text patient comment, returns list of str/P."""
    s1 = nurse()
    opts = []
    opts.append(["Nurse ", s1, " on ", ch(UNITS), " was kind but we waited ",
                 str(rng.randint(2, 9)), " hours for pain meds. Room was cold."])
    opts.append(["My ", ch(["mom", "dad", "grandma", "husband"]), " ", P(rel.first if rel else p.first, "name"),
                 " was discharged ", P(fmt_date(p.disch, ch(["md", "mdy", "mon_d"])), "date"),
                 " without anyone explaining the new meds. Please call me at ",
                 P(fmt_phone(p.phone2), "phone"), "."])
    opts.append(["Dr. ", doc()[1], " listened. Food was terrible.\nParking garage B elevator broken again."])
    opts.append(["I am ", P(str(p.age), "age") if p.age > 89 else str(p.age),
                 " years old and nobody helped me to the bathroom at night. ",
                 "Admitted ", P(fmt_date(p.admit, ch(["md", "mon_abbr_d", "mdy2"])), "date"), "."])
    opts.append(["Everyone in ", ch(["imaging", "the ER", "L&D", "pre-op"]),
                 " was great!! Thank you ", s1, "."])
    opts.append(["Billing sent my account ", P(p.har, "account"),
                 " to collections while the grievance was open. This is ", P(p.name("fl"), "name"), "."])
    return ch(opts)


# ==========================================================================
# NOISE families (never PHI)
# ==========================================================================
def n_sftp_syslog():
    pid = rng.randint(30000, 60000)
    ip = ch(VENDOR_IPS)
    f = fname()
    host = ch(["sftp-gw01", "sftp-gw02"])
    ts = C.syslog()
    opts = [
        "sshd[%d]: Accepted publickey for pg_%s from %s port %d ssh2: RSA SHA256:%s" % (pid, CLIENT, ip, rng.randint(40000, 65000), b64s(43)),
        "internal-sftp[%d]: session opened for local user pg_%s from [%s]" % (pid, CLIENT, ip),
        'internal-sftp[%d]: open "/outbound/%s" flags READ mode 0666' % (pid, f),
        'internal-sftp[%d]: close "/outbound/%s" bytes read %d written 0' % (pid, f, rng.randint(100000, 2400000)),
        'internal-sftp[%d]: open "/inbound/ACK_%s.xml" flags WRITE,CREATE,TRUNCATE mode 0640' % (pid, f.split(".")[0]),
        'internal-sftp[%d]: opendir "/outbound"' % pid,
        'internal-sftp[%d]: remove name "/outbound/%s"' % (pid, f),
        "sshd[%d]: Received disconnect from %s port %d:11: disconnected by user" % (pid, ip, rng.randint(40000, 65000)),
        "sshd[%d]: Connection closed by authenticating user pgtest 203.0.113.%d port %d [preauth]" % (pid, rng.randint(2, 250), rng.randint(30000, 65000)),
        "internal-sftp[%d]: session closed for local user pg_%s from [%s]" % (pid, CLIENT, ip),
    ]
    return [line("syslog_sftp", "%s %s %s" % (ts, host, ch(opts)))]


def n_sshnet():
    f = fname()
    opts = [
        "INFO  Cascadia.SurveyExport.SftpUploader - Uploaded %s (%s bytes) to sftp.pressganey.com:22/inbound/%s in %.2fs" % (f, "{:,}".format(rng.randint(90000, 3000000)), CLIENT, rng.uniform(0.8, 9)),
        "DEBUG Renci.SshNet.Session - Server version 'SSH-2.0-OpenSSH_8.9p1' on '%s:22'." % ch(VENDOR_IPS),
        "WARN  Cascadia.SurveyExport.SftpUploader - Retry 1/3 after SocketException (10060): A connection attempt failed because the connected party did not properly respond",
        "INFO  Cascadia.SurveyExport.AckPoller - Downloaded ACK_%s.xml (%s bytes); status=ACCEPTED records=%d rejected=%d" % (f.split(".")[0], "{:,}".format(rng.randint(1200, 4000)), rng.randint(300, 2200), rng.randint(0, 4)),
        "INFO  Cascadia.SurveyExport.SftpUploader - Host key ssh-ed25519 SHA256:%s matches pinned fingerprint" % b64s(43),
        "DEBUG Cascadia.SurveyExport.PgpEncryptor - Encrypted %s with key 0x%s (BouncyCastle 1.9.0) sha256=%s" % (f.replace(".pgp", ""), HEXs(16), hexs(64)),
    ]
    return [line("sshnet_uploader", "%s [%d] %s" % (C.sp(), rng.randint(3, 40), ch(opts)))]


def n_gpg():
    opts = [
        "gpg: encrypted with 4096-bit RSA key, ID %s, created 2022-01-11" % HEXs(16),
        '      "Press Ganey Associates (SFTP Encryption) <keyadmin@pressganey.com>"',
        "gpg: using subkey %s instead of primary key %s" % (HEXs(16), HEXs(16)),
        "gpg: %s: encryption failed: No public key" % fname(ext="txt"),
        "gpg: WARNING: unsafe permissions on homedir '/home/svc_pgexport/.gnupg'",
    ]
    return [line("gpg", ch(opts))]


def n_webhook_ack():
    obj = ch([
        {"level": "info", "ts": C.iso(), "event": "webhook.ping", "hookId": "wh_" + hexs(12), "attempt": 1, "status": 200},
        {"level": "warn", "ts": C.iso(), "event": "survey.response.created", "deliveryId": uuid4(), "error": "signature mismatch (x-pg-signature)", "status": 401, "sourceIp": "20.42.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254))},
        {"level": "info", "ts": C.iso(), "event": "survey.response.created", "deliveryId": uuid4(), "responseId": "R_" + alnum(15), "surveyId": "SV_" + alnum(15), "queued": True, "latencyMs": rng.randint(8, 300)},
        {"level": "info", "ts": C.iso(), "msg": "dedupe window hit", "responseId": "R_" + alnum(15), "windowSec": 300},
    ])
    return [jline("webhook_json", obj)]


def n_sf_api():
    ts = C.iso()
    opts = [
        "POST /services/data/v59.0/composite/sobjects 200 %dms api-usage=%d/1000000" % (rng.randint(80, 900), rng.randint(20000, 80000)),
        "GET /services/data/v59.0/limits 200 %dms" % rng.randint(30, 200),
        "PATCH /services/data/v59.0/sobjects/Case/%s 204 %dms" % (sfid("500"), rng.randint(60, 400)),
        "ERROR REQUEST_LIMIT_EXCEEDED: TotalRequests Limit exceeded. retryAfter=%ds" % rng.randint(30, 120),
        "Bulk API 2.0 job %s state=JobComplete numberRecordsProcessed=%d numberRecordsFailed=%d totalProcessingTime=%d" % (sfid("750"), rng.randint(200, 3000), rng.randint(0, 5), rng.randint(2000, 90000)),
        "OAuth token refreshed for integration user int_patientrelations@cascadiahealth.org.prod (instance_url=https://cascadiahealth.my.salesforce.com)",
        "PushTopic /topic/GrievanceUpdates replayId=%d handshake ok clientId=%s" % (rng.randint(10000, 99999), alnum(28).lower()),
    ]
    return [line("sf_api_log", "%s [jsforce] %s" % (ts, ch(opts)))]


def n_rounding_sync():
    if rng.random() < 0.5:
        opts = [
            "I RoundingSync: uploaded batch=%d rounds=%d unit=%s duration=%dms" % (rng.randint(1, 99), rng.randint(1, 30), ch(UNITS), rng.randint(100, 4000)),
            "W RoundingSync: offline queue depth=%d; wifi SSID=CH-Clinical rssi=-%d" % (rng.randint(1, 60), rng.randint(50, 85)),
            "D OkHttp  : --> POST https://rounding.cascadiahealth.org/api/v2/rounds/batch (%d-byte body)" % rng.randint(800, 40000),
            "D OkHttp  : <-- 201 Created https://rounding.cascadiahealth.org/api/v2/rounds/batch (%dms)" % rng.randint(80, 900),
            "I RoundingSync: device=CH-TAB-%s serial=R52T%s app=4.12.%d (build %d)" % (ch(UNITS), HEXs(6), rng.randint(0, 9), rng.randint(8000, 9999)),
            "E RoundingSync: sync failed: java.net.SocketTimeoutException: timeout after 30000ms",
        ]
        return [line("android_logcat", "%s  %d  %d %s" % (C.logcat(), rng.randint(5000, 9000), rng.randint(5000, 9999), ch(opts)))]
    t = C.tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d%03d-0800" % (t.microsecond // 1000, rng.randint(0, 999))
    opts = [
        "[Sync] Conflict resolved for round %s (server wins)" % uuid4().upper(),
        "[Sync] Pulled %d question sets (etag W/\"%s\")" % (rng.randint(1, 12), hexs(16)),
        "[CoreData] Saved context in %.1fms, %d inserted, %d updated" % (rng.uniform(1, 80), rng.randint(0, 20), rng.randint(0, 40)),
        "[MDM] Intune policy refreshed; passcode compliant; OS 17.3.1",
    ]
    return [line("ios_unified_log", "%s Rounding[%d:%d] %s" % (ts, rng.randint(200, 900), rng.randint(10000, 99999), ch(opts)))]


def n_social_monitor():
    opts = [
        "INFO social_listener.stream: rule_match rule_id=%d tag=%s lang=en sentiment=%.2f queue=triage" % (rng.randint(10**9, 2 * 10**9), ch(["ED_WAIT", "PARKING", "BILLING", "FOOD", "PRAISE"]), rng.uniform(-1, 1)),
        "INFO social_listener.gbp: fetched %d new reviews for locations/%d (avg rating %.1f)" % (rng.randint(0, 20), rng.randint(10**16, 10**17), rng.uniform(2.8, 4.6)),
        "WARN social_listener.stream: 429 Too Many Requests, x-rate-limit-reset=%d" % (1709560000 + rng.randint(0, 9999)),
        "INFO social_listener.reply: posted owner reply to review %s (template=APOLOGY_CALL_PR_v2)" % ("AbFvOq" + alnum(30)),
        "DEBUG social_listener.nlp: model=sentiment-distilbert v1.3.2 batch=%d p95=%dms" % (rng.randint(8, 64), rng.randint(20, 400)),
    ]
    return [line("py_logging", "%s %s" % (C.comma(), ch(opts)))]


def n_brand_tweet():
    tid = str(1764000000000000000 + rng.randint(0, 10**15))
    txt = ch(["Our new St. Brigid tower opens March 18! Visitor parking moves to Garage C. #CascadiaHealth",
              "Thank you to our nurses on 5 North for a 97th percentile HCAHPS quarter!",
              "Flu shots available at all Cascadia urgent cares, no appointment needed. Info: https://cascadiahealth.org/flu",
              "We're hiring patient advocates. Apply at https://careers.cascadiahealth.org/jobs/%d" % rng.randint(10000, 99999)])
    obj = {"data": {"id": tid, "text": txt, "author_id": "1187736201", "created_at": C.iso(),
                    "public_metrics": {"retweet_count": rng.randint(0, 40), "reply_count": rng.randint(0, 20), "like_count": rng.randint(0, 300)}},
           "includes": {"users": [{"id": "1187736201", "name": "Cascadia Health", "username": "CascadiaHealth", "verified": True}]}}
    return [jline("twitter_v2_json", obj)]


def n_compliment():
    opts = [
        "info: [compliments] weekly digest queued for %d managers (%d compliments, %d failures)" % (rng.randint(20, 60), rng.randint(50, 300), rng.randint(0, 3)),
        "info: [compliments] DAISY nomination form v%d.%d published to SharePoint list 'DaisyNominations'" % (rng.randint(1, 4), rng.randint(0, 9)),
        "warn: [compliments] employee E%d not found in Workday feed; routed to unit mailbox 5n-leaders@cascadiahealth.org" % rng.randint(100000, 199999),
        "info: [compliments] graph sendMail 202 requestId=%s" % uuid4(),
    ]
    return [line("winston", "%s %s" % (C.iso(), ch(opts)))]


def n_mailmerge():
    tpl = ch(["GRV_Acknowledgement_v3.docx", "GRV_Resolution_v5.docx", "CMP_ThankYou_v2.docx", "GRV_Extension_7day_v1.docx", "PR_Spanish_Ack_v2.docx"])
    opts = [
        ("info", "LetterGen.Services.TemplateCache", 1001, "Loaded template '%s' (mergeFields=%d, sha1=%s)" % (tpl, rng.randint(8, 22), hexs(40)), "Loaded template '{Template}' (mergeFields={Count}, sha1={Sha1})"),
        ("info", "LetterGen.Services.BatchRenderer", 1201, "Batch LTR-20240304-%02d rendered %d letters to PDF in %.1fs (DocumentFormat.OpenXml 2.20.0)" % (rng.randint(1, 9), rng.randint(3, 80), rng.uniform(1, 40)), None),
        ("warn", "LetterGen.Services.MergeService", 1107, "Merge field «PatientPronoun» not present in data source for template '%s'; left blank" % tpl, None),
        ("info", "LetterGen.Services.PrintVendor", 1300, "Uploaded print file LTR_%s.zip (%d pages) to mailhouse sftp.lettershop-nw.com" % (TODAY.strftime("%Y%m%d"), rng.randint(10, 200)), None),
    ]
    lv, cat, eid, msg, fmt = ch(opts)
    return dn(lv, cat, eid, [msg], fmt)


def n_call_queue():
    of = rng.randint(0, 30)
    ab = rng.randint(0, min(of, 5))
    obj = ch([
        {"type": "queue.stats", "queue": "Patient Relations", "interval": "PT15M", "offered": of, "answered": of - ab, "abandoned": ab, "aht": rng.randint(120, 900), "ts": C.iso()},
        {"type": "recording.archived", "conversationId": uuid4(), "recordingId": uuid4(), "storage": "az://prrecordings/%s/%s.opus" % (TODAY.strftime("%Y/%m/%d"), uuid4()), "bytes": rng.randint(100000, 9000000), "ts": C.iso()},
        {"type": "recording.purge", "olderThanDays": 2555, "deleted": rng.randint(0, 200), "durationMs": rng.randint(200, 9000), "ts": C.iso()},
        {"type": "agent.state", "agentId": "a" + hexs(7), "agentName": "%s %s" % staff()[:2], "state": ch(["AVAILABLE", "AFTER_CALL_WORK", "BREAK"]), "ts": C.iso()},
    ])
    return [jline("call_recording_json", obj, compact=False)]


def n_azure_host():
    fn = ch(FUNCS)
    i = uuid4()
    ts = "[%s]" % C.iso()
    opts = [
        "%s Executing 'Functions.%s' (Reason='This function was programmatically called via the host APIs.', Id=%s)" % (ts, fn, i),
        "%s Executed 'Functions.%s' (Succeeded, Id=%s, Duration=%dms)" % (ts, fn, i, rng.randint(5, 4000)),
        "%s Executed 'Functions.%s' (Failed, Id=%s, Duration=%dms)" % (ts, fn, i, rng.randint(5, 30000)),
        "%s Host lock lease acquired by instance ID '%s'." % (ts, "0" * 24 + HEXs(8)),
        "%s Trigger Details: MessageId: %s, SequenceNumber: %d, DeliveryCount: %d, EnqueuedTimeUtc: %s, LockedUntilUtc: %s, SessionId: (null)" % (ts, hexs(32), rng.randint(1000, 99999), rng.randint(1, 3), C.iso7(), C.iso7()),
        "%s Timer trigger 'Functions.PgSampleExport' next occurrences: 03/05/2024 02:00:00Z, 03/06/2024 02:00:00Z" % ts,
        "%s Host started (%dms)" % (ts, rng.randint(200, 3000)),
    ]
    return [line("azure_functions_host", ch(opts))]


def n_appinsights_dep():
    dep = ch(["POST /services/data/v59.0/sobjects/Case", "GET /api/v2/rounds", "SQL: prsql.database.windows.net | prdb"])
    obj = {"time": C.iso7(), "iKey": uuid4(), "name": "Microsoft.ApplicationInsights.%s.RemoteDependency" % hexs(32),
           "tags": {"ai.cloud.role": ch(["pr-func", "pr-api", "lettergen"]), "ai.cloud.roleInstance": ch(HOSTS_AZ) + "-" + hexs(6),
                    "ai.operation.id": hexs(32), "ai.operation.parentId": hexs(16)},
           "data": {"baseType": "RemoteDependencyData", "baseData": {"ver": 2, "name": dep,
                    "id": hexs(16), "resultCode": "0" if dep.startswith("SQL") else ch(["200", "201", "200"]), "duration": "00:00:00.%06d" % rng.randint(1000, 999999), "success": True, "type": "SQL" if dep.startswith("SQL") else "Http"}}}
    return [jline("appinsights_json", obj)]


def n_dotnet_console():
    opts = [
        ("info", "Microsoft.Hosting.Lifetime", 14, "Now listening on: http://[::]:%d" % ch([8080, 5000, 80])),
        ("info", "Microsoft.Hosting.Lifetime", 0, "Application started. Press Ctrl+C to shut down."),
        ("info", "System.Net.Http.HttpClient.Salesforce.LogicalHandler", 101, "End processing HTTP request after %.4fms - 200" % rng.uniform(20, 900)),
        ("warn", "Microsoft.AspNetCore.DataProtection.Repositories.FileSystemXmlRepository", 60, "Storing keys in a directory '/root/.aspnet/DataProtection-Keys' that may not be persisted outside of the container."),
        ("info", "PatientRelations.Api.Jobs.SlaMonitor", 0, "%d grievances within 2 days of 7-day CMS response deadline; %d overdue" % (rng.randint(0, 20), rng.randint(0, 3))),
        ("dbug", "PatientRelations.Api.Services.VendorFileBuilder", 310, "Record layout IN0101 v4.2: 512 bytes/record, %d fields, EOR marker '$'" % rng.randint(30, 60)),
    ]
    lv, cat, eid, msg = ch(opts)
    return dn(lv, cat, eid, [msg])


def n_dotnet_exception():
    ex = ch([
        ["System.Net.Http.HttpRequestException: Response status code does not indicate success: 503 (Service Unavailable).",
         "   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()",
         "   at PatientRelations.Sync.SalesforceClient.UpsertAsync(IEnumerable`1 cases, CancellationToken ct) in /src/Sync/SalesforceClient.cs:line %d" % rng.randint(80, 300),
         "   at PatientRelations.Sync.CaseSyncWorker.ExecuteAsync(CancellationToken stoppingToken) in /src/Sync/CaseSyncWorker.cs:line %d" % rng.randint(40, 120)],
        ["Microsoft.Data.SqlClient.SqlException (0x80131904): Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation or the server is not responding.",
         "   at Microsoft.Data.SqlClient.SqlCommand.ExecuteReaderAsync(CommandBehavior behavior, CancellationToken cancellationToken)",
         "ClientConnectionId:%s" % uuid4(),
         "Error Number:-2,State:0,Class:11"],
        ["Renci.SshNet.Common.SshConnectionException: An established connection was aborted by the server.",
         "   at Renci.SshNet.Session.WaitOnKeyExchange()",
         "   at Cascadia.SurveyExport.SftpUploader.UploadAsync(String localPath) in /src/SurveyExport/SftpUploader.cs:line %d" % rng.randint(30, 200)],
    ])
    ex = ex[:rng.randint(2, len(ex))]
    cat, msg = ch([("PatientRelations.Sync.CaseSyncWorker", "Upsert batch %s failed" % uuid4()),
                   ("PatientRelations.Api.Jobs.SlaMonitor", "SLA scan aborted after %dms" % rng.randint(100, 30000)),
                   ("Cascadia.SurveyExport.ExportJob", "Export of %s failed; will retry at next trigger" % fname())])
    return dn("fail", cat, 0, [msg], exc=[[x] for x in ex], pjson=0.5)


def n_pino():
    obj = {"level": ch([30, 30, 30, 40, 50]), "time": C.epoch_ms(), "pid": rng.randint(1, 60), "hostname": ch(PODS),
           "reqId": "req-" + alnum(4).lower(),
           "msg": ch(["request completed", "incoming request", "redis connection re-established", "compliment queue drained"])}
    if obj["msg"] == "request completed":
        obj["res"] = {"statusCode": ch([200, 201, 204, 400, 502])}
        obj["responseTime"] = round(rng.uniform(1, 900), 3)
    elif obj["msg"] == "incoming request":
        obj["req"] = {"method": "POST", "url": ch(["/hooks/pg/response", "/hooks/twilio/sms", "/hooks/sendgrid/events", "/healthz"]),
                      "remoteAddress": "10.40.%d.%d" % (rng.randint(0, 9), rng.randint(2, 250)), "remotePort": rng.randint(30000, 65000)}
    return [jline("pino_json", obj)]


def n_iis():
    t = C.sec()
    uri = ch(["/api/webhooks/survey-response", "/api/cases/intake", "/health", "/feedback/thanks", "/api/letters/status"])
    cip = ch(["10.20.%d.%d" % (rng.randint(0, 20), rng.randint(2, 250)), "52.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))])
    ua = ch(["PressGaney-Webhook/2.1", "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0+Safari/537.36", "AlwaysOn", "kube-probe/1.27"])
    return [line("iis_w3c", "%s 10.20.4.11 %s %s - 443 - %s %s - %d 0 0 %d" % (t, ch(["GET", "POST"]), uri, cip, ua, ch([200, 200, 204, 302, 404, 500]), rng.randint(2, 3000)))]


def n_iis_header():
    return [line("iis_w3c", ch(["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0", "#Date: %s" % C.sec(),
                                "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) cs(Referer) sc-status sc-substatus sc-win32-status time-taken"]))]


def n_sendgrid_stats():
    rq = rng.randint(500, 3000)
    bo = rng.randint(0, 40)
    op = rng.randint(100, rq // 2)
    obj = [{"date": (TODAY - timedelta(days=1)).isoformat(), "stats": [{"type": "category", "name": ch(["hcahps_invite", "cgcahps_reminder", "pr_ack"]),
            "metrics": {"requests": rq, "delivered": rq - bo, "opens": op, "unique_clicks": op // rng.randint(2, 5), "bounces": bo, "spam_reports": rng.randint(0, 3)}}]}]
    return [jline("sendgrid_json", obj)]


def n_mirth():
    opts = [
        "INFO  %s [Channel: PG_Discharge_Feed] com.mirth.connect.donkey.server.channel.Channel: Channel deployed (filtered today: expired=%d hospice=%d minor=%d nopublicity=%d)" % (C.comma(), rng.randint(0, 9), rng.randint(0, 9), rng.randint(0, 40), rng.randint(0, 40)),
        "WARN  %s [Channel: PG_Discharge_Feed] Source: TCP Listener on 0.0.0.0:6661 connection reset by 10.30.2.%d" % (C.comma(), rng.randint(2, 250)),
        "INFO  %s [Channel: PG_Discharge_Feed] Destination 1 (File Writer) wrote %s (%d messages)" % (C.comma(), fname(ext="txt"), rng.randint(100, 2000)),
        "ERROR %s [Channel: PG_Discharge_Feed] ACK AE returned: MSA|AE|MSG%s|PV1-45 missing" % (C.comma(), digits(8)),
    ]
    return [line("mirth_log", ch(opts))]


def n_hl7_msh():
    cid = digits(10)
    return [line("hl7v2", "MSH|^~\\&|PGANEY|PG|EPIC|CMC|%s||ACK^A03^ACK|ACK%s|P|2.5.1" % (C.tick().strftime("%Y%m%d%H%M%S"), digits(8))),
            line("hl7v2", "MSA|%s" % ch(["AA|%s" % cid, "AA|%s|Message accepted" % cid, "AE|%s|PV1-45 discharge date/time required" % cid]))]


def n_pgfile_ht():
    if rng.random() < 0.5:
        s = "H%-5s%-6s%s%-40s%-6s%s" % (CLIENT, ch(["IN0101", "ER0101", "OU0102", "MD0101"]), (TODAY - timedelta(days=1)).strftime("%Y%m%d"), "CASCADIA MEDICAL CENTER", "v4.2", "20240201202402293")
    else:
        s = "T%-5s%08d%012d%s" % (CLIENT, rng.randint(100, 3000), rng.randint(10**9, 10**11), " " * 20 + "$")
    return [line("pg_fixedwidth", s)]


def n_config():
    opts = [
        "SurveyVendor__SftpHost=sftp.pressganey.com",
        "SurveyVendor__ClientId=%s" % CLIENT,
        "SurveyVendor__FileSpecVersion=4.2",
        "Salesforce__ApiVersion=v59.0",
        "APPLICATIONINSIGHTS_CONNECTION_STRING=InstrumentationKey=%s;IngestionEndpoint=https://eastus2-3.in.applicationinsights.azure.com/" % uuid4(),
        "FUNCTIONS_WORKER_RUNTIME=dotnet-isolated",
        "WEBSITE_RUN_FROM_PACKAGE=1",
        "Twilio__MessagingServiceSid=MG%s" % hexs(32),
        "PatientRelations__Mailbox=patientrelations@cascadiahealth.org",
        "PatientRelations__MainLine=+15032167000",
        "Letters__ReturnAddress=Cascadia Health Patient Relations, PO Box 4471, Portland, OR 97208",
        "NODE_ENV=production",
        "LOG_LEVEL=info",
        "SampleRules__ExcludeAgeUnder=18",
    ]
    return [line("env_config", ch(opts))]


def n_metrics():
    opts = [
        'pr_webhook_requests_total{route="/hooks/pg/response",status="200"} %d' % rng.randint(1000, 90000),
        'pr_case_intake_duration_seconds_bucket{source="email",le="0.5"} %d' % rng.randint(100, 5000),
        'pr_sftp_bytes_sent_total{vendor="pressganey"} %d' % rng.randint(10**6, 10**9),
        'nodejs_heap_size_used_bytes %d' % rng.randint(10**7, 10**8),
        'pr_grievance_open{priority="high"} %d' % rng.randint(0, 40),
        'pr_letters_rendered_total{template="GRV_Acknowledgement_v3"} %d' % rng.randint(100, 9000),
        '# TYPE pr_webhook_requests_total counter',
        '# HELP pr_grievance_open Open grievance cases by priority',
    ]
    return [line("prometheus", ch(opts))]


def n_cron():
    opts = [
        "[PgSampleExport] job=daily_sample svc=%s rows=%d excluded=%d (hospice=%d, minor=%d, no_publicity=%d, expired=%d) duration=00:%02d:%02d" % (ch(SVC), rng.randint(100, 3000), rng.randint(10, 200), rng.randint(0, 20), rng.randint(0, 60), rng.randint(0, 80), rng.randint(0, 15), rng.randint(0, 9), rng.randint(0, 59)),
        "[PgReturnsImport] file=%s parsed=%d inserted=%d duplicates=%d" % ((fname(ext="csv").replace("PG_", "PGR_"),) + (lambda a, d: (a, a - d, d))(rng.randint(100, 900), rng.randint(0, 12))),
        "[SlaEscalation] run_id=%s escalated=%d notified=alicia.moreno@cascadiahealth.org" % (uuid4(), rng.randint(0, 6)),
        "[RecordingPurge] deleted=%d freed=%.1fGB elapsed=%ds" % (rng.randint(0, 800), rng.uniform(0, 40), rng.randint(3, 600)),
    ]
    return [line("cron_job", "%s %s" % (C.sec(), ch(opts)))]


def n_servicebus():
    opts = [
        "Azure.Messaging.ServiceBus: Processor pr-case-intake receive loop started; MaxConcurrentCalls=16 PrefetchCount=0",
        "Azure.Messaging.ServiceBus: Message %s completed on entity 'sbq-survey-comments' (lock token %s)" % (hexs(32), uuid4()),
        "Azure.Messaging.ServiceBus: Message %s dead-lettered: MaxDeliveryCountExceeded" % hexs(32),
        "Azure.Core: Request [%s] GET https://prkv-prod.vault.azure.net/secrets/pg-sftp-key?api-version=7.4 -> 200 (%.1fs)" % (uuid4(), rng.uniform(0.01, 1.5)),
    ]
    return [line("azure_sdk_log", "%s %s" % (C.iso(), ch(opts)))]


def n_health():
    obj = {"status": ch(["Healthy", "Healthy", "Degraded"]), "totalDuration": "00:00:00.%07d" % rng.randint(10000, 9999999),
           "entries": {"sql": {"status": "Healthy", "duration": "00:00:00.0%06d" % rng.randint(0, 999999)},
                       "salesforce": {"status": ch(["Healthy", "Degraded"]), "description": "api-usage %d%%" % rng.randint(2, 95)},
                       "sftp.pressganey.com": {"status": "Healthy", "data": {"port": 22}}}}
    return [jline("healthcheck_json", obj)]


def n_serilog():
    opts = [
        "[%s INF] Outbox dispatched %d messages in %d ms" % (C.hms(), rng.randint(0, 50), rng.randint(1, 900)),
        "[%s DBG] Cache miss for template key lettertpl:%s" % (C.hms(), hexs(12)),
        "[%s WRN] Slow Salesforce call {\"Endpoint\": \"/composite\", \"ElapsedMs\": %d}" % (C.hms(), rng.randint(2000, 9000)),
        "[%s INF] Rounding ingest: %d rounds from %d devices, %d comments routed to managers" % (C.hms(), rng.randint(5, 300), rng.randint(1, 40), rng.randint(0, 30)),
        "[%s ERR] Press Ganey ACK rejected file: E104 invalid record length at record %d (expected 512)" % (C.hms(), rng.randint(1, 900)),
    ]
    return [line("serilog_text", ch(opts))]


def n_efcore():
    return dn("info", "Microsoft.EntityFrameworkCore.Database.Command", 20101,
              ["Executed DbCommand (%dms) [Parameters=[@__since_0='%s' (DbType = DateTime2)], CommandType='Text', CommandTimeout='30']" % (rng.randint(1, 400), (TODAY - timedelta(days=7)).isoformat() + "T00:00:00.0000000"),
               "\nSELECT COUNT(*) FROM [pr].[Grievances] AS [g] WHERE [g].[ReceivedUtc] >= @__since_0 AND [g].[Status] <> N'Closed'"],
              fmt="Executed DbCommand ({elapsed}ms) [Parameters=[{parameters}], CommandType='{commandType}', CommandTimeout='{commandTimeout}']{newLine}{commandText}")


def n_pg_returns_summary():
    return [line("pg_returns_pipe", "%s|%s|SUMMARY|%s|n=%d|top_box_overall=%.1f|pctl=%d|file_id=%s" % (
        CLIENT, ch(["IN0101", "ER0101", "OU0102"]), (TODAY - timedelta(days=1)).strftime("%Y%m%d"), rng.randint(50, 400), rng.uniform(55, 85), rng.randint(20, 99), hexs(10)))]


def n_appservice():
    opts = [
        "%s INFO  - Container pr-api_0_%s for site pr-api initialized successfully and is ready to serve requests." % (C.iso7(), hexs(8)),
        "%s INFO  - Pulling image: cascadiacr.azurecr.io/patientrelations/api:2024.03.%d-build.%d" % (C.iso7(), rng.randint(1, 4), rng.randint(1000, 9999)),
        "%s WARN  - Container pr-api_0_%s: site startup probe failed after %.1f seconds." % (C.iso7(), hexs(8), rng.uniform(5, 230)),
    ]
    return [line("appservice_docker", ch(opts))]


def n_staff_contact():
    f, l, t = ch([x for x in STAFF if "Patient" in x[2] or "Director" in x[2]])
    s = "Patient Relations on-call this week: %s %s (%s) ext %d, %s.%s@cascadiahealth.org, pager 503-216-%04d" % (f, l, t, rng.randint(4000, 4999), f.lower(), l.lower(), rng.randint(1000, 9999))
    return [line("winston", "%s info: [oncall] %s" % (C.iso(), s))]


NOISE = [n_sftp_syslog, n_sshnet, n_gpg, n_webhook_ack, n_sf_api, n_rounding_sync, n_social_monitor,
         n_brand_tweet, n_compliment, n_mailmerge, n_call_queue, n_azure_host, n_appinsights_dep,
         n_dotnet_console, n_dotnet_exception, n_pino, n_iis, n_iis_header, n_sendgrid_stats, n_mirth,
         n_hl7_msh, n_pgfile_ht, n_config, n_metrics, n_cron, n_servicebus, n_health, n_serilog,
         n_efcore, n_pg_returns_summary, n_appservice, n_staff_contact, n_azure_host, n_sftp_syslog,
         n_pino, n_rounding_sync]


# ==========================================================================
# PHI families
# ==========================================================================
def fw(L, val, width, cat=None):
    val = val[:width]
    if cat and val.strip():
        L.p(val, cat)
    else:
        L.t(val)
    L.t(" " * (width - len(val)))


def p_pg_fixed():
    out = []
    for _ in range(rng.randint(1, 2)):
        p = Person(old=rng.random() < 0.25)
        L = Ln("pg_fixedwidth")
        L.t("D")
        L.t(ch(["IN0101", "ER0101", "OU0102"]))
        L.t("%-5s" % CLIENT)
        fw(L, ascii_fold(p.last).upper(), 25, "name")
        fw(L, ascii_fold(p.first).upper(), 20, "name")
        fw(L, p.mi, 1)
        fw(L, p.street.upper(), 40, "address")
        fw(L, p.apt.upper(), 20, "address")
        fw(L, p.city.upper(), 25, "address")
        fw(L, p.state, 2)
        fw(L, p.zip.replace("-", ""), 9, "zip")
        fw(L, p.phone, 10, "phone")
        L.t("1" if p.sex == "M" else "2")
        fw(L, fmt_date(p.dob, "mdy8"), 8, "date")
        L.t(ch(["00", "00", "01", "03", "12"]))
        fw(L, p.mrn, 15, "mrn")
        fw(L, p.visit, 20, "other_id")
        fw(L, fmt_date(p.admit, "mdy8"), 8, "date")
        fw(L, fmt_date(p.disch, "mdy8"), 8, "date")
        L.t("%-10s" % ch(UNITS))
        L.t(digits(10))
        sf, sl = doc()
        L.t("%-30s" % ("%s, %s" % (sl.upper(), sf.upper())))
        L.t(ch(["01", "06", "03"]))
        L.t("$")
        out.append(L)
    return out


HCAHPS_HDR = "Survey Designator,Client ID,Last Name,First Name,Middle Initial,Address 1,Address 2,City,State,ZIP Code,Telephone Number,Gender,Patient Date of Birth,Language,Medical Record Number,Unique ID,Location Code,Admission Date,Discharge Date,Attending Physician NPI,Attending Physician Name,Discharge Status,E-mail,Deceased Flag,No Publicity Flag"


def csv_field(L, v, cat=None):
    q = ("," in v) or ('"' in v)
    if q:
        L.t('"')
    if cat and v:
        L.p(v.replace('"', '""'), cat)
    else:
        L.t(v.replace('"', '""'))
    if q:
        L.t('"')


def p_hcahps_csv():
    out = []
    if rng.random() < 0.4:
        out.append(line("hcahps_csv", HCAHPS_HDR))
    for _ in range(rng.randint(1, 2)):
        p = Person(old=rng.random() < 0.2)
        L = Ln("hcahps_csv")
        sf, sl = doc()
        fields = [(ch(["IN0101", "ER0101"]), None), (CLIENT, None), (p.last, "name"), (p.first, "name"), (p.mi, None),
                  (p.street, "address"), (p.apt, "address"), (p.city, "address"), (p.state, None), (p.zip, "zip"),
                  (fmt_phone(p.phone, ch(["plain", "dash", "paren"])), "phone"), (p.sex, None), (fmt_date(p.dob, ch(["mdy", "mdy_np"])), "date"),
                  (ch(["ENG", "SPA", "VIE", "RUS", "CHI"]), None), (p.mrn, "mrn"), (p.visit, "other_id"), (ch(UNITS), None),
                  (fmt_date(p.admit, "mdy"), "date"), (fmt_date(p.disch, "mdy"), "date"), ("1" + digits(9), None),
                  ("%s, %s" % (sl, sf), None), (ch(["01", "06"]), None), (p.email if rng.random() < 0.7 else "", "email"),
                  ("N", None), (ch(["N", "N", "Y"]), None)]
        for i, (v, c) in enumerate(fields):
            if i:
                L.t(",")
            csv_field(L, v, c)
        out.append(L)
    return out


def p_pg_returns():
    p = Person()
    L = Ln("pg_returns_pipe")
    L.add(CLIENT, "|", ch(["IN0101", "ER0101", "OU0102"]), "|", digits(10), "|", P(p.visit, "other_id"), "|",
          (TODAY - timedelta(days=rng.randint(1, 9))).strftime("%Y%m%d"), "|")
    L.add("|".join("%s:%d" % (q, rng.randint(1, 4)) for q in ["NURSE_CRT", "NURSE_LST", "DR_CRT", "QUIET", "CLEAN", "RECOMMEND"]), "|")
    c = comment_text(p)
    L.t("CMT:")
    for piece in c:
        if isinstance(piece, P):
            L.p(str(piece.v).replace("\n", " "), piece.c)
        else:
            L.t(str(piece).replace("\n", " "))
    return [L]


def p_webhook():
    p = Person(old=rng.random() < 0.2)
    rel = relative(p) if rng.random() < 0.5 else None
    obj = {"eventType": "survey.response.completed", "clientId": CLIENT, "surveyId": "SV_" + alnum(15), "responseId": "R_" + alnum(15),
           "receivedAt": C.iso(), "mode": ch(["web", "sms", "ivr"]),
           "respondent": {}, "patient": {}, "answers": {}, "comments": []}
    r = obj["respondent"]
    if rng.random() < 0.6:
        r["email"] = P(p.email, "email")
    if rng.random() < 0.5:
        r["phone"] = P(fmt_phone(p.phone, ch(["e164", "plain"])), "phone")
    r["IPAddress"] = P("%d.%d.%d.%d" % (ch([24, 67, 71, 73, 97, 174, 98]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)), "ip")
    r["language"] = ch(["en", "es", "vi", "ru"])
    pt = obj["patient"]
    pt["mrn"] = P(ch([p.mrn, p.emrn]), "mrn")
    pt["visitDate"] = P(fmt_date(p.disch, "iso"), "date")
    pt["unit"] = ch(UNITS)
    if rng.random() < 0.4:
        pt["name"] = P(p.name(ch(["fl", "lf"])), "name")
    obj["answers"] = {q: rng.randint(1, 4) for q in rng.sample(["CMS_1", "CMS_2", "CMS_3", "CMS_5", "CMS_8", "CMS_19", "LTR"], 4)}
    obj["comments"].append({"questionId": ch(["CMT_OVERALL", "CMT_NURSE", "CMT_DISCH"]), "text": Seg(comment_text(p, rel))})
    return [jline("survey_webhook_json", obj, compact=rng.random() < 0.5)]


def p_sf_soql():
    p = Person()
    ts = C.iso()
    v = rng.random()
    L = Ln("sf_api_log").t("%s [jsforce] DEBUG " % ts)
    if v < 0.35:
        L.add("SOQL: SELECT Id, CaseNumber, Status, OwnerId FROM Case WHERE Patient_MRN__c = '", P(p.mrn, "mrn"),
              "' AND Status != 'Closed' ORDER BY CreatedDate DESC LIMIT 5")
    elif v < 0.65:
        L.add("SOQL: SELECT Id, Name FROM Contact WHERE Email = '", P(p.email, "email"), "' OR MobilePhone = '",
              P(fmt_phone(p.phone, "e164"), "phone"), "'")
    elif v < 0.85:
        L = Ln("sf_api_log").t("%s [jsforce] WARN " % ts)
        L.add("DUPLICATES_DETECTED: Use one of these records? Contact: ", P(p.name("lf"), "name"), " (", sfid("003"),
              ") matched rule Patient_DOB_Phone on Birthdate=", P(fmt_date(p.dob, "iso"), "date"))
    else:
        L.add("GET /services/data/v59.0/query?q=SELECT+Id+FROM+Case+WHERE+CaseNumber%3D%27", P(p.case, "other_id"), "%27 200 ", str(rng.randint(40, 300)), "ms")
    return [L]


SUBJ = ["Complaint - ER wait time", "Lost hearing aids", "Billing dispute", "Rude staff in radiology",
        "Grievance: discharge without instructions", "Parking garage damage", "Medication error concern",
        "Request for call back", "Compliment for 5 North nurses", "Interpreter not provided"]


def p_sf_case():
    p = Person(old=rng.random() < 0.4)
    rel = relative(p)
    cid = sfid("500")
    typ = ch(["Grievance", "Complaint", "Compliment", "Inquiry"])
    subj = ch(SUBJ)
    desc = Seg()
    v = rng.random()
    if v < 0.3:
        desc += ["Caller is pt's ", relword(rel), " ", P(rel.name("fl"), "name"), ". States pt was left in hallway bed ",
                 str(rng.randint(3, 14)), " hrs on ", P(fmt_date(p.admit, "md"), "date"), ". Wants written response.\nPreferred contact: ",
                 P(fmt_phone(rel.phone), "phone")]
    elif v < 0.55:
        dev = ch(["Phonak Audéo P90 hearing aids, serial ", "ResMed AirSense 11 CPAP SN ", "iPhone 13, IMEI "])
        ser = luhn_complete("35", 15) if "IMEI" in dev else (digits(4) + ch("XYZ") + digits(5) if "Phonak" in dev else "2315" + digits(7))
        desc += ["Pt reports ", dev, P(ser, "device"), " missing after transfer from ", ch(UNITS), " to ", ch(UNITS),
                 ". Security report filed. Pt DOB ", P(fmt_date(p.dob, "mdy"), "date"), "."]
    elif v < 0.75:
        desc += ["Car damaged in Garage B on ", P(fmt_date(p.admit, ch(["mdy2", "mon_abbr_d"])), "date"), ". Plate ",
                 P(ch(["OR ", "WA "]) + alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3), "vehicle"), ", VIN ", P(vin(), "vehicle"),
                 ". Claim forwarded to Risk."]
    elif v < 0.87:
        desc += ["Financial assistance app: pt's ", relword(rel), " provided SSN ", P(ssn(), "ssn"), " and subscriber ID ", P(rel.member, "health_plan"),
                 " over phone; forwarded to PFS (do not store in case - pending redaction)."]
    else:
        desc += ["Insurance denied stay, pt says plan member ID ", P(p.member, "health_plan"), " was active. HAR ",
                 P(p.har, "account"), ". Pt is ", P(str(p.age), "age") if p.age > 89 else str(p.age), " y/o."]
    obj = {"attributes": {"type": "Case", "url": "/services/data/v59.0/sobjects/Case/" + cid}, "Id": cid,
           "CaseNumber": P(p.case, "other_id"), "RecordTypeId": sfid("012"), "Origin": ch(["Phone", "Email", "Web", "Walk-in"]),
           "Type": typ, "Priority": ch(["High", "Medium", "Low"]), "Status": ch(["New", "In Progress", "Awaiting Response"]),
           "Subject": subj, "Description": desc,
           "SuppliedName": P(rel.name(ch(["fl", "fl", "FL", "low"])), "name"), "SuppliedEmail": P(rel.email, "email"),
           "SuppliedPhone": P(fmt_phone(rel.phone), "phone"),
           "Patient_Name__c": P(p.name(ch(["fl", "lf", "LF"])), "name"), "Patient_DOB__c": P(fmt_date(p.dob, "iso"), "date"),
           "Patient_MRN__c": P(p.mrn, "mrn"), "Date_of_Incident__c": P(fmt_date(p.admit, "iso"), "date"),
           "Facility__c": ch(FAC), "Department__c": ch(["Emergency", "Radiology", "Med/Surg", "Billing", "Parking"]),
           "CMS_Grievance__c": typ == "Grievance", "OwnerId": sfid("005"), "CreatedDate": C.sf(), "LastModifiedDate": C.sf()}
    if rng.random() < 0.5:
        del obj["Date_of_Incident__c"]
    return [jline("sf_case_json", obj, compact=rng.random() < 0.6)]


def p_email_case():
    p = Person(old=rng.random() < 0.3)
    rel = relative(p) if rng.random() < 0.6 else p
    out = []
    if rng.random() < 0.5:
        mh = "mail-%s-f%d.google.com" % (ch(["yw1", "qk1", "pl1", "ej1"]), rng.randint(100, 200))
        out.append(line("rfc822_email", "Received: from %s (%s [209.85.%d.%d]) by mx.cascadiahealth.org with ESMTPS id %s" % (
            mh, mh, rng.randint(128, 222), rng.randint(1, 254), alnum(12))))
    nm = rel.name(ch(["fl", "fl", "flm"]))
    out.append(line("rfc822_email", "From: \"", P(nm, "name"), "\" <", P(rel.email, "email"), ">"))
    out.append(line("rfc822_email", "To: Patient Relations <patientrelations@cascadiahealth.org>"))
    d = p.admit
    out.append(line("rfc822_email", "Subject: ", ch(["Complaint re: ", "Concern about ", "Fwd: ", "RE: case - "]),
                    (ch(["my stay ", "my ER visit ", "the visit on "]) if rel is p else ch(["my %s's ER visit " % kin(p), "%s's discharge " % kin(p), "the visit on "])), P(fmt_date(d, ch(["md", "mdy2", "mon_d"])), "date")))
    out.append(line("rfc822_email", "Date: %s -0800" % C.tick().strftime("%a, %d %b %Y %H:%M:%S").replace(" 0", " ", 1)))
    if rng.random() < 0.5:
        out.append(line("rfc822_email", "Message-ID: <CA%s@mail.gmail.com>" % b64s(40).replace("/", "_").replace("+", "-")))
    if rng.random() < 0.3:
        out.append(line("rfc822_email", "Content-Type: text/plain; charset=\"UTF-8\""))
    dl = ("WDL" + alnum(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")) if rel.state == "WA" else digits(ch([7, 9]))
    if rel is p:
        bodies = [
            ["I was discharged on ", P(fmt_date(p.disch, ch(["long", "abbr"])), "date"), " and got a bill for account ", P(p.har, "account"),
             " even though my Medicaid ID ", P("OR" + digits(8) if p.state == "OR" else "WA" + digits(9), "health_plan"), " was on file."],
            ["I paid the copay with card ", P(luhn_complete("4", 16), "account"), " twice on ", P(fmt_date(p.admit, "mdy"), "date"), ", please refund one charge."],
            ["For the records request my SSN is ", P(ssn(), "ssn"), " and my driver license ", P(dl, "license"), "."],
            ["I am ", P(str(p.age), "age") if p.age > 89 else str(p.age), " and I was left on a stretcher in the hallway all night. MRN ", P(p.emrn, "mrn"), "."],
            ["My address changed to ", P(p.street + (" " + p.apt if p.apt else ""), "address"), ", ", P(p.city, "address"), " ", p.state, " ", P(p.zip, "zip"),
             " so please send the response letter there, not to the old one."],
        ]
    else:
        bodies = [
            ["My ", kin(p), ", ", P(p.name("fl"), "name"), " (DOB ", P(fmt_date(p.dob, ch(["mdy", "long", "mdy_np"])), "date"),
             ", MRN ", P(p.mrn, "mrn"), ") was brought to your ED and waited ", str(rng.randint(4, 15)), " hours without being checked."],
            ["She is " if p.sex == "F" else "He is ", P(str(p.age), "age") if p.age > 89 else str(p.age), " years old and was left in a wet gown. Nurse ", nurse(),
             " was the only one who helped."],
            ["I paid ", "her" if p.sex == "F" else "his", " copay with my card ", P(luhn_complete("4", 16), "account"), " twice on ", P(fmt_date(p.admit, "mdy"), "date"), ", please refund one charge."],
            ["I am ", "her" if p.sex == "F" else "his", " healthcare POA. You can reach me at ", P(fmt_phone(rel.phone2), "phone"), " after 5pm."],
        ]
    for bd in rng.sample(bodies, rng.choice([1, 1, 2])):
        out.append(line("rfc822_email", *bd))
    if rng.random() < 0.5:
        out.append(line("rfc822_email", "Thank you for looking into this."))
    sig = [P(rel.name(ch(["fl", "first"])), "name")]
    if rng.random() < 0.7:
        sig += [" | ", P(fmt_phone(rel.phone), "phone")]
    out.append(line("rfc822_email", *sig))
    out.append(line("sf_api_log", "%s [email2case] INFO Case " % C.iso(), P(p.case, "other_id"), " created from message <CA%s@mail.gmail.com> thread ref:!00D5e0%s.!500%s:ref" % (alnum(10), alnum(5), alnum(10))))
    return out


def p_case_note():
    p = Person(old=rng.random() < 0.3)
    rel = relative(p)
    sf, sl, st = staff()
    user = (sf[0] + sl).lower()
    head = ["[CaseNote] ", P(p.case, "other_id"), " %s %s: " % (C.tick().strftime("%Y-%m-%d %H:%M"), user)]
    bodies = [
        ["LM for ", relword(rel), " ", P(rel.name(ch(["fl", "fli", "first"])), "name"), " at ", P(fmt_phone(rel.phone), "phone"),
         " re ED wait on ", P(fmt_date(p.admit, "md"), "date"), ". Will f/u w/ ED nurse mgr (", staff()[1], ")."],
        ["Spoke w/ pt ", P(p.name(ch(["fl", "lf", "low"])), "name"), ", ", P(str(p.age), "age") if p.age > 89 else str(p.age),
         "yo, states call light not answered overnight. Apologized, escalated to ", ch(UNITS), " manager."],
        ["pt's ", relword(rel), " requested response by fax to ", P(fmt_phone(rel.phone2, ch(["dash", "paren"])), "fax"),
         ", attn ", P(rel.name("fl"), "name"), ". Ack letter sent 7-day clock started."],
        ["Verified identity: DOB ", P(fmt_date(p.dob, ch(["mdy", "mdy2", "dmon"])), "date"),
         ch([", DL# ", ", ODL ", ", drivers lic "]), P(("WDL" + alnum(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789")) if p.state == "WA" else digits(7), "license"), ", addr ",
         P(p.street + (" " + p.apt if p.apt else "") + ", " + p.city, "address"), " ", p.state, " ", P(p.zip, "zip"), ". OK to discuss."],
        ["Pt upset re bill on guarantor acct ", P("G" + digits(8), "account"), "; guarantor is ", relword(rel), " ", P(rel.name("lf"), "name"),
         ". Routed to PFS."],
        ["Pt posted on FB as ", P("facebook.com/" + p.handle, "url"), ", tagged our page. Reached out via DM, pt agreed to call ",
         P(fmt_phone(p.phone), "phone"), "."],
        ["Pt expired ", P(fmt_date(p.disch, ch(["mdy", "iso"])), "date"), ". Family (", relword(rel), " ", P(rel.name("fl"), "name"),
         ") asks for meeting w/ attending Dr. ", doc()[1], "."],
        ["Pt read full SSN ", P(ssn(), "ssn"), " over phone for records request; advised PR does not need SSN, routed to HIM ROI. DOB ",
         P(fmt_date(p.dob, "mdy2"), "date"), "."],
        ["Valet damage claim: ", relword(rel), " ", P(rel.name("fl"), "name"), " reports scratched door, plate ",
         P(alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3), "vehicle"), " VIN ", P(vin(), "vehicle"), ". Sent Risk form RM-12."],
        ["Medicare MBI ", P(mbi(), "health_plan"), " confirmed w/ pt. Grievance re observation status notice (MOON) not explained."],
        ["Interpreter (", ch(["Vietnamese", "Russian", "Spanish", "Somali", "Arabic"]), ") not offered to ", P(p.name("fl"), "name"),
         " at discharge ", P(fmt_date(p.disch, "mdy"), "date"), ". Education provided to staff."],
    ]
    return [line("case_note", *(head + ch(bodies)))]


def p_rounding_log():
    p = Person(old=rng.random() < 0.4)
    if rng.random() < 0.6:
        q = ch(["Pain controlled?", "Call light within reach?", "Any concerns with your care today?", "Did staff explain meds?"])
        items = ["%s  %d  %d D RoundingSync: saving round {patient='" % (C.logcat(), rng.randint(5000, 9000), rng.randint(5000, 9999)),
                 P(p.name(ch(["LF", "lf", "FL"])), "name"), "', mrn=", P(p.emrn, "mrn"), ", age=", P(str(p.age), "age") if p.age > 89 else str(p.age), ", room=%d%s, q='%s', answer=%s" % (rng.randint(100, 799), ch("AB"), q, ch(["Y", "N"]))]
        if rng.random() < 0.5:
            rel = relative(p)
            items += [", comment='", relword(rel), " ", P(rel.first, "name"), " at bedside, wants callback ", P(fmt_phone(rel.phone, ch(["plain", "dash"])), "phone"), "'"]
        items.append("}")
        return [line("android_logcat", *items)]
    t = C.tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d%03d-0800" % (t.microsecond // 1000, rng.randint(0, 999))
    return [line("ios_unified_log", ts, " Rounding[%d:%d] [Round] leader round complete for " % (rng.randint(200, 900), rng.randint(10000, 99999)),
                 P(p.name(ch(["fi", "fl"])), "name"), " (", P(p.emrn, "mrn"), ") admitted ", P(fmt_date(p.admit, "iso"), "date"),
                 ", score=%d/5, recognition='%s'" % (rng.randint(1, 5), nurse()))]


def fake_jpeg_b64():
    return "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/" + b64s(rng.randint(60, 140))


def p_rounding_json():
    p = Person(old=rng.random() < 0.45)
    obj = {"roundId": uuid4(), "deviceId": "CH-TAB-%s-%02d" % (ch(UNITS), rng.randint(1, 12)), "unit": ch(UNITS),
           "room": "%d%s" % (rng.randint(100, 799), ch("AB")), "leaderEmpId": "E%d" % rng.randint(100000, 199999),
           "patient": {"displayName": P(p.name(ch(["lf", "fl"])), "name"), "mrn": P(p.emrn, "mrn"), "dob": P(fmt_date(p.dob, "iso"), "date"),
                       "ageYears": P(p.age, "age") if p.age > 89 else p.age},
           "responses": [{"q": "RND_PAIN", "a": ch(["yes", "no"])}, {"q": "RND_QUIET", "a": ch(["yes", "no"])}],
           "syncedAt": C.iso()}
    if rng.random() < 0.5:
        obj["patient"]["wristbandPhoto"] = {"mime": "image/jpeg", "b64": P(fake_jpeg_b64(), "photo"), "truncated": True}
    else:
        obj["comment"] = Seg(["Pt ", P(p.first, "name"), " says night nurse ", nurse(), " was amazing. ",
                              "Requests quieter room." if rng.random() < 0.5 else "Family asks about parking validation."])
    return [jline("rounding_json", obj)]


def p_tweet():
    p = Person(old=False)
    g = Person(old=True)
    tid = str(1764000000000000000 + rng.randint(0, 10**15))
    uid = str(rng.randint(10**8, 10**18))
    txt = ch([
        Seg(["@CascadiaHealth waited 9 hrs in your ER with my ", P(str(g.age), "age") if g.age > 89 else str(g.age), "yo grandma ",
             P(g.first, "name"), ", nobody checked on her. #neveragain"]),
        Seg(["Shoutout to the L&D nurses at @CascadiaHealth, baby ", P(g.first, "name"), " born ", P(fmt_date(p.admit, "mon_abbr_d"), "date"), " 💕"]),
        Seg(["@CascadiaHealth lost my dad's hearing aids AGAIN. Third call to patient relations, case ", P(p.case, "other_id"), ". Nobody calls back."]),
        Seg(["Parking garage at St Brigid scraped my car, plate ", P(alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(3), "vehicle"), ". @CascadiaHealth who pays?"]),
    ])
    obj = {"data": {"id": tid, "text": txt, "author_id": uid, "created_at": C.iso(), "lang": "en",
                    "public_metrics": {"retweet_count": rng.randint(0, 30), "reply_count": rng.randint(0, 10), "like_count": rng.randint(0, 200)}},
           "includes": {"users": [{"id": uid, "name": P(p.name(ch(["fl", "low", "fli"])), "name"), "username": P(p.handle, "other_id"),
                                   "location": P(p.city, "address") if rng.random() < 0.5 else "PNW"}]},
           "matching_rules": [{"id": str(rng.randint(10**18, 2 * 10**18)), "tag": ch(["brand_mentions", "ED_WAIT", "PARKING"])}]}
    return [jline("twitter_v2_json", obj)]


def p_review():
    p = Person()
    nm = p.name(ch(["fl", "fli", "fl"]))
    comment = ch([
        Seg(["My mother ", P(Person(old=True, sex="F").name("fl"), "name"), " spent her last days on ONC7. The nurses were angels. Dr. ", doc()[1], " too."]),
        Seg(["Worst ER experience. ", str(rng.randint(5, 12)), " hours on ", P(fmt_date(p.admit, "mon_d"), "date"), ". Billing still calling me at ", P(fmt_phone(p.phone), "phone"), "."]),
        Seg(["Clean rooms, good food, parking is a nightmare."]),
        Seg(["They lost my CPAP (SN ", P("2315" + digits(7), "device"), ") and won't replace it."]),
    ])
    reply = Seg(["Hi ", P(p.first, "name"), ", thank you for sharing. Please contact Patient Relations at 503-216-7000 or patientrelations@cascadiahealth.org so we can follow up. – Alicia, Patient Experience"])
    obj = {"name": "accounts/%d/locations/%d/reviews/AbFvOq%s" % (rng.randint(10**20, 10**21), rng.randint(10**16, 10**17), alnum(40)),
           "reviewId": "AbFvOq" + alnum(40),
           "reviewer": {"profilePhotoUrl": P("https://lh3.googleusercontent.com/a-/ALV-Uj" + alnum(40) + "=s120-c-rp-mo-br100", "url"), "displayName": P(nm, "name")},
           "starRating": ch(["ONE", "TWO", "FIVE", "FOUR"]), "comment": comment, "createTime": C.iso(), "updateTime": C.iso(),
           "reviewReply": {"comment": reply, "updateTime": C.iso()}}
    return [jline("gbp_review_json", obj, compact=False)]


def p_compliment():
    p = Person()
    sf, sl, st = staff()
    cmp_id = "CMP-%s-%04d" % (TODAY.strftime("%Y%m%d"), rng.randint(1, 999))
    v = rng.random()
    if v < 0.5:
        return [line("winston", "%s info: [compliments] routed " % C.iso(), P(cmp_id, "other_id"),
                     " → staff E%d (%s %s, %s, %s) cc manager E%d; submitted_by=\"" % (rng.randint(100000, 199999), sf, sl, st, ch(UNITS), rng.randint(100000, 199999)),
                     P(p.name(ch(["fl", "fi", "lf"])), "name"), "\" relation=", ch(["patient", "family", "visitor"]))]
    obj = {"level": "info", "message": "compliment received", "timestamp": C.iso(), "service": "compliments-router",
           "compliment": {"id": P(cmp_id, "other_id"), "channel": ch(["web", "card", "survey"]), "staff": {"empId": "E%d" % rng.randint(100000, 199999), "name": "%s %s" % (sf, sl)},
                          "from": {"name": P(p.name("fl"), "name"), "email": P(p.email, "email")},
                          "text": Seg([sf, " took such good care of me after my surgery on ", P(fmt_date(p.admit, ch(["mdy", "long"])), "date"), ". Thank you!"])}}
    return [jline("winston_json", obj)]


def p_mailmerge():
    p = Person()
    rel = relative(p) if rng.random() < 0.4 else p
    tpl = ch(["GRV_Acknowledgement_v3.docx", "GRV_Resolution_v5.docx", "PR_Spanish_Ack_v2.docx"])
    hn = hon(rel)
    items = ["Merging '%s' for case " % tpl, P(p.case, "other_id"), ": «AddressBlock»=\"", hn, P(rel.name("fl"), "name"), ", ",
             P(rel.street + (" " + rel.apt if rel.apt else ""), "address"), ", ", P(rel.city, "address"), ", ", rel.state, " ", P(rel.zip, "zip"),
             "\" «GreetingLine»=\"Dear ", hn, P(rel.last if hn else rel.first, "name"), ",\""]
    return dn("info", "LetterGen.Services.MergeService", 1102, items, "Merging '{Template}' for case {CaseNumber}: «AddressBlock»=\"{AddressBlock}\" «GreetingLine»=\"{GreetingLine}\"")


MERGE_HDR = "Title,FirstName,LastName,AddressLine1,AddressLine2,City,State,PostalCode,CaseNumber,PatientName,IncidentDate,LetterType,Language"


def p_merge_csv():
    out = []
    if rng.random() < 0.4:
        out.append(line("mailmerge_csv", MERGE_HDR))
    p = Person()
    rel = relative(p) if rng.random() < 0.5 else p
    L = Ln("mailmerge_csv")
    fields = [(hon(rel).strip(), None), (rel.first, "name"), (rel.last, "name"), (rel.street, "address"), (rel.apt, "address"),
              (rel.city, "address"), (rel.state, None), (rel.zip, "zip"), (p.case, "other_id"), (p.name("fl"), "name"),
              (fmt_date(p.admit, "mdy"), "date"), (ch(["ACK", "RESOLUTION", "EXTENSION"]), None), (ch(["en", "es", "vi"]), None)]
    for i, (v, c) in enumerate(fields):
        if i:
            L.t(",")
        csv_field(L, v, c)
    out.append(L)
    return out


def p_call_meta():
    p = Person(old=rng.random() < 0.2)
    sf, sl, _ = staff()
    obj = {"conversationId": uuid4(), "startTime": C.iso(), "endTime": C.iso(), "direction": "inbound",
           "ani": Seg(["tel:", P("+1" + p.phone, "phone")]), "dnis": "tel:+15032167000", "queue": "Patient Relations",
           "agent": {"id": "a" + hexs(7), "name": "%s %s" % (sf, sl)}, "durationMs": rng.randint(30000, 1800000),
           "recording": {"id": uuid4(), "format": "OPUS", "retentionDays": 2555},
           "wrapup": ch(["GRIEVANCE_NEW", "CALLBACK", "COMPLIMENT", "BILLING_TRANSFER"])}
    if rng.random() < 0.6:
        obj["attributes"] = {"callerName": P(p.name(ch(["fl", "LF"])), "name"), "caseNumber": P(p.case, "other_id")}
    if rng.random() < 0.65:
        obj["voiceAuth"] = {"enrolled": True, "voiceprintId": uuid4(), "template": P("vp2:" + b64s(64), "biometric"), "score": round(rng.uniform(0.5, 0.99), 3)}
    return [jline("call_recording_json", obj, compact=False)]


def p_azure_user():
    p = Person()
    ts = "[%s]" % C.iso()
    opts = [
        [ts, " Processing response R_%s for MRN " % alnum(15), P(p.mrn, "mrn"), " (visit ", P(p.visit, "other_id"), ")"],
        [ts, " Case intake parsed sender ", P(p.email, "email"), "; matched contact ", sfid("003"), " ", P(p.name("lf"), "name")],
        [ts, " Low score alert: ", P(p.name("fl"), "name"), " discharged ", P(fmt_date(p.disch, "mdy"), "date"), " rated LTR=2; notifying unit leader"],
        [ts, " Callback task created for ", P(fmt_phone(p.phone, "e164"), "phone"), " (case ", P(p.case, "other_id"), ")"],
    ]
    return [line("azure_functions_host", *ch(opts))]


def p_appinsights():
    p = Person()
    props = {"Category": "PatientRelations.Functions.CaseIntake", "HostInstanceId": uuid4(), "InvocationId": uuid4(),
             "ProcessId": str(rng.randint(10, 9000))}
    v = rng.random()
    if v < 0.4:
        msg = Seg(["Created case ", P(p.case, "other_id"), " for ", P(p.name("fl"), "name")])
        props["prop__CaseNumber"] = P(p.case, "other_id")
    elif v < 0.7:
        msg = Seg(["Email-to-case: no contact for {SenderEmail}; creating person account"])
        props["prop__SenderEmail"] = P(p.email, "email")
        props["prop__{OriginalFormat}"] = "Email-to-case: no contact for {SenderEmail}; creating person account"
    else:
        msg = Seg(["SMS survey opt-out from ", P(fmt_phone(p.phone, "e164"), "phone")])
    obj = {"timestamp [UTC]": C.iso7(), "message": msg, "severityLevel": ch([1, 1, 2]), "itemType": "trace",
           "customDimensions": props, "operation_Name": ch(FUNCS), "operation_Id": hexs(32),
           "cloud_RoleName": ch(HOSTS_AZ), "appName": "pr-func-prod"}
    return [jline("appinsights_json", obj)]


def p_dotnet_console():
    p = Person(old=rng.random() < 0.35)
    opts = [
        ("warn", "PatientRelations.Api.Controllers.CasesController", 0,
         ["Validation failed for case intake: DOB '", P(fmt_date(p.dob, "dot"), "date"), "' not a valid date (patient ", P(p.name("fl"), "name"), ")"]),
        ("info", "PatientRelations.Api.Services.GrievanceService", 2001,
         ["Grievance ", P("GRV-2024-%05d" % rng.randint(1, 2000), "other_id"), " opened; complainant=", P(p.name("lfm"), "name"), " phone=", P(fmt_phone(p.phone, "plain"), "phone")]),
        ("info", "PatientRelations.Api.Services.PortalLinkService", 0,
         ["MyChart username ", P(p.handle + str(rng.randint(1, 99)), "other_id"), " linked to case ", P(p.case, "other_id")]),
        ("warn", "PatientRelations.Api.Services.AgeGate", 0,
         ["Patient age ", P(str(p.age), "age") if p.age > 89 else str(p.age), " (DOB ", P(fmt_date(p.dob, "iso"), "date"), ") flagged for HCAHPS exclusion review"]),
    ]
    lv, cat, eid, items = ch(opts)
    return dn(lv, cat, eid, items)


def p_dotnet_exception():
    p = Person()
    exc = [["Salesforce.Common.ForceException: DUPLICATE_VALUE: duplicate value found: Patient_MRN__c duplicates value on record with id: %s; Patient_MRN__c='" % sfid("500"), P(p.mrn, "mrn"), "'"],
           ["   at Salesforce.Force.ForceClient.UpsertExternalAsync(String objectName, String externalFieldName, String externalId, Object record)"],
           ["   at PatientRelations.Sync.CaseSyncWorker.ExecuteAsync(CancellationToken stoppingToken) in /src/Sync/CaseSyncWorker.cs:line %d" % rng.randint(40, 120)]]
    if rng.random() < 0.4:
        exc = [["System.FormatException: String '", P(fmt_date(p.dob, "dot"), "date"), "' was not recognized as a valid DateTime."],
               ["   at System.DateTime.Parse(String s, IFormatProvider provider)"],
               ["   at PatientRelations.Sync.PgReturnsParser.ParseRow(String[] cols) in /src/Sync/PgReturnsParser.cs:line %d" % rng.randint(40, 120)]]
    return dn("fail", "PatientRelations.Sync.CaseSyncWorker", 0, ["Failed to upsert case ", P(p.case, "other_id")], exc=exc, pjson=0.5)


def p_efcore():
    p = Person()
    items = ["Executed DbCommand (%dms) [Parameters=[@p0='" % rng.randint(2, 90), P(p.last, "name"), "' (Nullable = false) (Size = 4000), @p1='",
             P(p.first, "name"), "' (Size = 4000), @p2='", P(p.dob.isoformat() + "T00:00:00.0000000", "date"), "', @p3='", P(p.mrn, "mrn"),
             "' (Size = 20), @p4='", P(fmt_phone(p.phone, "dash"), "phone"), "' (Size = 32), @p5='%s'], CommandType='Text', CommandTimeout='30']" % ch(["Grievance", "Complaint"]),
             "\nSET IMPLICIT_TRANSACTIONS OFF; SET NOCOUNT ON; INSERT INTO [pr].[Complainants] ([LastName], [FirstName], [BirthDate], [Mrn], [Phone], [CaseType]) OUTPUT INSERTED.[Id] VALUES (@p0, @p1, @p2, @p3, @p4, @p5);"]
    return dn("info", "Microsoft.EntityFrameworkCore.Database.Command", 20101, items, pjson=0.35)


def p_pino():
    p = Person()
    obj = {"level": ch([30, 40]), "time": C.epoch_ms(), "pid": rng.randint(1, 60), "hostname": ch(PODS), "reqId": "req-" + alnum(4).lower()}
    v = rng.random()
    if v < 0.4:
        obj["msg"] = "SMS opt-out received"
        obj["from"] = P(fmt_phone(p.phone, "e164"), "phone")
        obj["keyword"] = "STOP"
    elif v < 0.7:
        obj["msg"] = "survey link clicked"
        obj["respondent"] = {"email": P(p.email, "email"), "ip": P("%d.%d.%d.%d" % (ch([76, 50, 24, 172]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)), "ip")}
    else:
        obj["msg"] = "compliment card OCR"
        obj["ocr"] = Seg(["To ", nurse(), " on ", ch(UNITS), " - thank you for caring for me. ", P(p.name("fli"), "name"), " room ", str(rng.randint(100, 799))])
    return [jline("pino_json", obj)]


def p_iis():
    p = Person()
    t = C.sec()
    ip = "%d.%d.%d.%d" % (ch([73, 24, 67, 98, 174]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    enc = p.email.replace("@", "%40")
    if rng.random() < 0.5:
        return [line("iis_w3c", t, " 10.20.4.11 GET /survey/unsubscribe email=", P(enc, "email"), "&t=%s 443 - " % hexs(24), P(ip, "ip"),
                     " Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3+like+Mac+OS+X)+AppleWebKit/605.1.15 - 200 0 0 %d" % rng.randint(10, 900))]
    return [line("iis_w3c", t, " 10.20.4.11 GET /feedback/lookup mrn=", P(p.mrn, "mrn"), "&dob=", P(fmt_date(p.dob, "iso"), "date"), " 443 - ", P(ip, "ip"),
                 " Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64) - 302 0 0 %d" % rng.randint(10, 900))]


def p_twilio():
    p = Person()
    rel = relative(p)
    q = urllib.parse.quote_plus
    body = ch([["Yes+my+mom+", P(q(p.first), "name"), "+would+like+a+call+back"],
               ["STOP"], ["1"], ["Nurse+was+great+but+bill+for+acct+", P(p.har, "account"), "+is+wrong"],
               ["This+is+", P(q(rel.first + " " + rel.last), "name"), "+calling+for+my+", ch(["dad", "wife", "son"])]])
    return [line("twilio_webhook", "%s POST /hooks/twilio/sms body: ToCountry=US&ToState=OR&SmsMessageSid=SM%s&NumMedia=0&ToCity=PORTLAND&FromZip=" % (C.iso(), hexs(32)),
                 P(p.zip[:5], "zip"), "&SmsSid=SM%s&FromState=%s&SmsStatus=received&FromCity=" % (hexs(32), p.state), P(urllib.parse.quote_plus(p.city.upper()), "address"),
                 "&Body=", *body, "&FromCountry=US&To=%2B15032167010&From=", P("%2B1" + p.phone, "phone"), "&ApiVersion=2010-04-01")]


def p_sendgrid():
    p = Person()
    obj = [{"email": P(p.email, "email"), "timestamp": int(C.epoch_ms() / 1000), "smtp-id": "<%s@ismtpd0%d.sendgrid.net>" % (alnum(22), rng.randint(1, 9)),
            "event": ch(["delivered", "open", "bounce", "click", "spamreport"]), "category": [ch(["hcahps_invite", "cgcahps_reminder", "pr_ack"])],
            "sg_event_id": alnum(22), "sg_message_id": alnum(22) + ".filterdrecv-" + hexs(10),
            "survey_unique_id": P(p.visit, "other_id")}]
    return [jline("sendgrid_json", obj)]


def p_hl7():
    p = Person(old=rng.random() < 0.3)
    sf, sl = doc()
    out = []
    if rng.random() < 0.5:
        out.append(line("hl7v2", "MSH|^~\\&|EPIC|CMC|MIRTH|PGANEY|%s||ADT^A03^ADT_A03|%s|P|2.5.1" % (C.tick().strftime("%Y%m%d%H%M%S"), digits(10))))
    out.append(line("hl7v2", "PID|1||", P(p.mrn, "mrn"), "^^^CMC^MR~", P(p.har, "account"), "^^^CMC^AN||",
                    P(("%s^%s^%s" % (ascii_fold(p.last), ascii_fold(p.first), p.mi)).upper(), "name"), "||", P(p.dob.strftime("%Y%m%d"), "date"), "|", p.sex, "|||",
                    P(p.street.upper(), "address"), "^", P(p.apt.upper(), "address") if p.apt else "", "^", P(p.city.upper(), "address"), "^", p.state, "^", P(p.zip, "zip"),
                    "||", P(fmt_phone(p.phone, "paren").replace(" ", ""), "phone"), "|||||", P(p.har, "account")))
    out.append(line("hl7v2", "PV1|1|I|%s^%d^%s^CMC||||%s^%s^%s^^^DR|||MED||||||||" % (ch(UNITS), rng.randint(100, 799), ch("AB"), "1" + digits(9), sl.upper(), sf.upper()),
                    P(p.visit, "other_id"), "|||||||||||||||||01|||||||", P(p.admit.strftime("%Y%m%d") + "%02d%02d00" % (rng.randint(0, 11), rng.randint(0, 59)), "date"),
                    "|", P(p.disch.strftime("%Y%m%d") + "%02d%02d00" % (rng.randint(12, 23), rng.randint(0, 59)), "date")))
    return out


def p_grievance_xml():
    p = Person(old=rng.random() < 0.3)
    rel = relative(p)
    gid = "GRV-2024-%05d" % rng.randint(1, 2000)
    return [line("grievance_xml", '<Grievance id="', P(gid, "other_id"), '" facility="%s" cms="true"><Complainant relationship="%s"><Name>' % (ch(FAC), relword(rel).capitalize()),
                 P(rel.name(ch(["fl", "lf"])), "name"), "</Name><Phone type=\"mobile\">", P(fmt_phone(rel.phone), "phone"), "</Phone>", ["<Fax>", P(fmt_phone(rel.phone2, "dash"), "fax"), "</Fax>"] if rng.random() < 0.4 else "", "</Complainant><Patient><Name>",
                 P(p.name("LF"), "name"), "</Name><MRN>", P(p.mrn, "mrn"), "</MRN><DOB>", P(fmt_date(p.dob, "iso"), "date"), "</DOB></Patient><ReceivedDate>",
                 P(fmt_date(p.disch + timedelta(days=rng.randint(1, 8)), "iso"), "date"), "</ReceivedDate><Category>%s</Category><AssignedTo>%s %s</AssignedTo></Grievance>" % (
                     ch(["Communication", "Quality of Care", "Billing", "Safety", "Discrimination"]), *staff()[:2]))]


def p_serilog():
    p = Person()
    opts = [
        ["[", C.hms(), " WRN] Callback requested by ", P(p.name("fl"), "name"), " at ", P(fmt_phone(p.phone), "phone"), " (queue PR-Callbacks)"],
        ["[", C.hms(), " INF] Letter LTR-%s queued for " % hexs(8), P(p.name("fi"), "name"), " case ", P(p.case, "other_id"), " via USPS"],
        ["[", C.hms(), " ERR] Address validation failed for ", P(p.street, "address"), ", ", P(p.city, "address"), " ", p.state, " ", P(p.zip, "zip"), ": SmartyStreets 422"],
    ]
    return [line("serilog_text", *ch(opts))]


LF_HDR = "ItemNo|FoundDate|FoundLocation|Description|SerialNo|OwnerName|OwnerPhone|OwnerMRN|Status|LoggedBy"


def p_lost_found():
    out = []
    if rng.random() < 0.35:
        out.append(line("security_lostfound_pipe", LF_HDR))
    p = Person(old=rng.random() < 0.4)
    desc, ser = ch([("Hearing aid L, Oticon More 1", "OTI" + digits(8)),
                    ("CPAP ResMed AirSense 10", "2315" + digits(7)),
                    ("Samsung Galaxy A14 phone (IMEI)", luhn_complete("35", 15)),
                    ("Dentures upper, labeled", ""),
                    ("Wallet brown leather w/ DL", "")])
    sf, sl, _ = staff()
    L = Ln("security_lostfound_pipe")
    L.add("LF-2024-%04d|" % rng.randint(1, 3000), fmt_date(p.disch, "mdy"), "|", ch(UNITS), " rm %d|" % rng.randint(100, 799), desc, "|")
    if ser:
        L.p(ser, "device")
    elif "DL" in desc:
        L.add("DL:", P(ch(["WDL", ""]) + alnum(9, "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"), "license"))
    L.add("|", P(p.name(ch(["LF", "lf"])), "name"), "|", P(fmt_phone(p.phone, ch(["dash", "plain", "paren"])), "phone"), "|", P(p.mrn, "mrn"),
          "|", ch(["HELD", "RETURNED", "MAILED", "DISPOSED"]), "|", "%s.%s" % (sf[0].lower(), sl.lower()))
    out.append(L)
    return out


PHI = [p_lost_found, p_pg_fixed, p_hcahps_csv, p_pg_returns, p_webhook, p_sf_soql, p_sf_case, p_email_case, p_case_note,
       p_rounding_log, p_rounding_json, p_tweet, p_review, p_compliment, p_mailmerge, p_merge_csv, p_call_meta,
       p_azure_user, p_appinsights, p_dotnet_console, p_dotnet_exception, p_efcore, p_pino, p_iis, p_twilio,
       p_sendgrid, p_hl7, p_grievance_xml, p_serilog, p_case_note, p_webhook, p_sf_case, p_case_note]


# ==========================================================================
def main():
    N = 500
    TARGET_NOISE = 0.55
    lines = []
    ndeck, pdeck = [], []
    while len(lines) < N:
        noise_count = sum(1 for l in lines if not l.spans)
        want_noise = noise_count < TARGET_NOISE * (len(lines) + 1)
        if want_noise:
            if not ndeck:
                ndeck = NOISE[:]
                rng.shuffle(ndeck)
            fn = ndeck.pop()
        else:
            if not pdeck:
                pdeck = PHI[:]
                rng.shuffle(pdeck)
            fn = pdeck.pop()
        block = fn()
        if len(lines) + len(block) > N:
            continue
        lines.extend(block)
    assert len(lines) == N

    log_lines, label_lines = [], []
    for i, L in enumerate(lines, 1):
        txt = L.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        bt = txt.encode("utf-8")
        spans = []
        for s, e, cat, val in L.spans:
            assert bt[s:e].decode("utf-8") == val, (i, s, e, val)
            spans.append({"s": s, "e": e, "cat": cat})
        log_lines.append(txt)
        label_lines.append(json.dumps({"line": i, "family": L.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(log_lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(label_lines) + "\n")


if __name__ == "__main__":
    main()
