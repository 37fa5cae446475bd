#!/usr/bin/env python3
"""Synthetic incident-diagnostics bundle with labeled PHI spans (corpus id: hh).

The log is what an incident-response collector ("diagctl") gathered from a health
system's services during an outage and shipped line by line: Java thread dumps
(jstack -l / jcmd Thread.print) whose thread names carry request data, jcmd
GC.class_histogram output, `strings -t x` over .hprof heap dumps and `strings` over
core files (partial FHIR JSON, SQL, HL7 v2, X12), gdb backtraces with argument
values and `bt full` locals, Python faulthandler tracebacks and py-spy --locals
dumps, .NET dotnet-dump dumpheap/dumpobj/dso sessions, Node --trace-uncaught output
and heap-snapshot string excerpts, Go pprof goroutine dumps (debug=1 with labels,
debug=2 / panic traces), redis-cli sessions (SCAN, DEBUG OBJECT, MEMORY USAGE,
HGETALL, --bigkeys), strace -s writes and tcpdump -A payloads, plus the
collector's own logfmt lines and the human incident channel.

Everything is synthetic. Standard library only, deterministic (fixed seed).
Writes hh.log (500 lines) and hh.labels.jsonl next to this script.

Labeling decisions:
- Identifiers of patients, members/subscribers, guarantors, next of kin and
  emergency contacts are labeled; clinicians (attending/ordering doctors in HL7
  PV1/ORC, FHIR practitioners), on-call engineers, chat handles, staff emails and
  extensions, payers, vendors, facilities and their addresses/phones are not.
- A contiguous personal name is one span ("Adaeze Okonkwo", "Okonkwo, Adaeze",
  HL7 "OKONKWO^ADAEZE^N" incl. middle initial); names in separate fields or
  components that are apart (JSON family/given, X12 NM1 elements) are separate
  spans. Names inside file names and cache keys are labeled too.
- Address: street line and city are separate "address" spans (county too); state
  alone is not labeled; ZIP/ZIP+4 is "zip". A free-text full address written as one
  run ("1440 W Elm St, Tucson") is one span, the ZIP still separate.
- Dates tied to the person (birth, admission, discharge, service, appointment,
  death) are "date" in every written form; dump/log timestamps, HL7 MSH-7/EVN
  times, build dates, cert expiry and the year alone are not.
- Ages are labeled only when over 89 (e.g. the Int32 93 in a dumpobj field table).
- MRNs (any facility format, also inside thread names, Redis keys, pprof labels)
  are "mrn"; the enterprise person index number (EMPI) is also "mrn".
- Member / subscriber IDs, Medicare MBIs and Medicaid IDs are "health_plan"; plan
  group numbers and payer IDs are not labeled.
- Patient/guarantor account numbers, card PANs and bank account numbers are
  "account"; bank routing numbers (identify the bank) are not.
- Encounter/visit numbers (PV1-19, CSN), FHIR Patient logical ids, portal
  usernames and case numbers are "other_id". Order/accession numbers, claim IDs,
  HL7 control IDs, incident numbers, trace/span/request IDs, session IDs, OTP codes
  and tokens are not labeled.
- SSN last-4 when presented as such is still "ssn"; hashes of identifiers are not
  labeled.
- Devices belonging to the patient (implant serials, CGM transmitters, home hub MAC,
  phone IMEI, UDI of an implant) are "device"; hospital equipment asset tags and
  server/pod MACs are not.
- A patient's public client IP (X-Forwarded-For, portal login) is "ip"; cluster
  and RFC1918 addresses are not.
- Truncated values (strace -s, gdb 200-char limit, strings cut-offs) are labeled
  over the visible part when at least 3 bytes of it are visible (shorter stubs are
  not labeled); values mangled by the tool (tcpdump '.' for non-ASCII,
  strace/gdb octal escapes, JSON \\u escapes, redis \\x escapes) are labeled as
  printed; py-spy's datetime.date(1939, 8, 18) is labeled on the "1939, 8, 18" part.
"""
import base64
import hashlib
import json
import os
import random
import re
from datetime import date, datetime, timedelta

SEED = 20240311
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "hh"
TARGET = 500

# ----------------------------------------------------------------------------
# line builder with byte offsets
# ----------------------------------------------------------------------------


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []

    def add(self, text, cat=None):
        bb = text.encode("utf-8")
        st = len(self.b)
        self.b += bb
        if cat and text:
            self.sp.append((st, len(self.b), cat, text))
        return self

    def parts(self, parts):
        for text, cat in parts:
            self.add(text, cat)
        return self


OUT = []  # list of Line


def T(template, **kw):
    """Template with «key» markers -> list of (text, cat) parts."""
    res = []
    pos = 0
    for m in re.finditer(r"«(\w+)»", template):
        if m.start() > pos:
            res.append((template[pos:m.start()], None))
        v = kw[m.group(1)]
        if isinstance(v, tuple):
            res.append((str(v[0]), v[1]))
        elif isinstance(v, list):
            res.extend(v)
        else:
            res.append((str(v), None))
        pos = m.end()
    if pos < len(template):
        res.append((template[pos:], None))
    return res


def emit(fam, template, **kw):
    ln = Line(fam).parts(T(template, **kw))
    OUT.append(ln)
    return ln


def emitp(fam, parts):
    ln = Line(fam).parts(parts)
    OUT.append(ln)
    return ln


def esc_parts(parts, esc, limit=None):
    """Escape each part (bytes-level escaper) and optionally cut at `limit` raw
    bytes. Returns (parts, truncated)."""
    res = []
    used = 0
    trunc = False
    for text, cat in parts:
        raw = text.encode("utf-8")
        if limit is not None and used + len(raw) > limit:
            raw = raw[: limit - used]
            trunc = True
        used += len(raw)
        if trunc and len(raw) < 3:
            cat = None  # a 1-2 byte stub of a cut-off value identifies nobody
        if raw:
            res.append((esc(raw), cat))
        if trunc:
            break
    return res, trunc


def raw_len(parts):
    return sum(len(t.encode("utf-8")) for t, _ in parts)


def strace_esc(b):
    o = []
    for x in b:
        c = chr(x)
        if c == '"':
            o.append('\\"')
        elif c == "\\":
            o.append("\\\\")
        elif c == "\n":
            o.append("\\n")
        elif c == "\r":
            o.append("\\r")
        elif c == "\t":
            o.append("\\t")
        elif c == "\x0b":
            o.append("\\v")
        elif 0x20 <= x < 0x7F:
            o.append(c)
        else:
            o.append("\\%o" % x)
    return "".join(o)


def gdb_esc(b):
    o = []
    for x in b:
        c = chr(x)
        if c == '"':
            o.append('\\"')
        elif c == "\\":
            o.append("\\\\")
        elif c == "\n":
            o.append("\\n")
        elif c == "\r":
            o.append("\\r")
        elif c == "\x0b":
            o.append("\\v")
        elif 0x20 <= x < 0x7F:
            o.append(c)
        else:
            o.append("\\%03o" % x)
    return "".join(o)


def dot_esc(b):
    return "".join(chr(x) if 0x20 <= x < 0x7F else "." for x in b)


def redis_esc(b):
    o = []
    for x in b:
        c = chr(x)
        if c == '"':
            o.append('\\"')
        elif c == "\\":
            o.append("\\\\")
        elif c == "\n":
            o.append("\\n")
        elif c == "\r":
            o.append("\\r")
        elif 0x20 <= x < 0x7F:
            o.append(c)
        else:
            o.append("\\x%02x" % x)
    return "".join(o)


def json_esc_ascii(b):
    return json.dumps(b.decode("utf-8"), ensure_ascii=True)[1:-1]


def json_esc(b):
    return json.dumps(b.decode("utf-8"), ensure_ascii=False)[1:-1]


def sql_esc(b):
    return b.decode("utf-8").replace("'", "''")


def pyrepr_esc(b):
    return b.decode("utf-8").replace("\\", "\\\\").replace('"', '\\"')


# ----------------------------------------------------------------------------
# synthetic data
# ----------------------------------------------------------------------------

FIRST_F = ["Adaeze", "Priya", "Thi Lan", "Fatima", "Siobhán", "Zoë", "Mei-Ling",
           "Anastasia", "Lucía", "Gwendolyn", "Ama", "Agnieszka", "Leila", "Ngozi",
           "Thandiwe", "Inés", "Marguerite", "Aroha", "Yasmin", "Dolores", "Keiko",
           "Hana", "Olga", "Beatriz", "Chiamaka", "Rosalind", "Esperanza", "Ayşe",
           "Małgorzata", "Nadia", "Precious", "Ruth", "Imani", "Sunita",
           "Britt-Marie", "Ebony", "Kalani", "Mary Jo", "Wren"]
FIRST_M = ["Chinonso", "Mohammed", "José", "Björn", "Hiroshi", "Olamide", "Dmitri",
           "Keanu", "Bartholomew", "Kwame", "Tomasz", "Yusuf", "Rafael", "Søren",
           "Ólafur", "Jean-Luc", "Tariq", "Arjun", "Wei", "Desmond", "Ignatius",
           "Mateo", "Emeka", "Lars", "Kofi", "Giovanni", "Nikolai", "Darnell", "Aziz",
           "Rangi", "Hamish", "Thanh", "Ezekiel", "Cormac", "Sipho", "Billy Ray"]
LAST = ["Okonkwo", "Raghunathan", "Nguyen", "Al-Farsi", "O'Donnell", "van der Berg",
        "de la Cruz", "García-Márquez", "Kowalczyk", "Nakamura",
        "Abernathy-Oyelaran", "Mbeki", "Lindqvist", "Papadopoulos", "Ben-David",
        "MacLeod", "St. Clair", "Da Silva", "Haddad", "Wójcik", "Eriksen",
        "Takahashi", "Tran", "Petrov", "Rossi", "Kaur", "Singh", "Hernández",
        "Begay", "Yazzie", "Kealoha", "Obi", "Fitzgerald", "Moreau", "Yilmaz",
        "Ivanova", "Castellanos", "Ng", "Achterberg", "Dlamini", "Le", "Whitehorse",
        "Schmidt-Rahn", "Ó Briain", "Kim", "Mendoza", "Van Buren", "d'Amico",
        "Osei-Bonsu", "Halvorsen"]
STREETS = ["Elm St", "N Oracle Rd", "Calle Ocho", "Rue Marchand", "Kalanianaole Hwy",
           "Pleasant Valley Rd", "W 7th Ave", "Old Mill Ln", "Martin Luther King Jr Blvd",
           "Avenida del Sol", "Birchwood Ct", "County Road 12", "E Fort Lowell Rd",
           "Kingsbridge Ter", "Shawnee Trl", "Harbor View Dr", "S Main St Apt 4B",
           "Lakeshore Blvd Unit 1207", "Ridge Rd", "Sycamore Hollow"]
CITIES = [("Tucson", "AZ", "857", "Pima"), ("Dayton", "OH", "454", "Montgomery"),
          ("Fresno", "CA", "937", "Fresno"), ("Paterson", "NJ", "075", "Passaic"),
          ("Duluth", "MN", "558", "St. Louis"), ("Hilo", "HI", "967", "Hawaii"),
          ("El Paso", "TX", "799", "El Paso"), ("Gallup", "NM", "873", "McKinley"),
          ("Lowell", "MA", "018", "Middlesex"), ("Biloxi", "MS", "395", "Harrison"),
          ("Spokane", "WA", "992", "Spokane"), ("Yonkers", "NY", "107", "Westchester"),
          ("Window Rock", "AZ", "865", "Apache"), ("Lafayette", "LA", "705", "Lafayette")]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me",
             "hotmail.com", "aol.com", "comcast.net", "att.net"]
MBI_A = "ACDEFGHJKMNPQRTUVWXY"
VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
TODAY = date(2024, 3, 11)
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
          "Nov", "Dec"]

STAFF = [("Dana Whitfield", "dana.whitfield", "x4412"),
         ("Rahul Osei", "r.osei", "x4470"),
         ("Marta Quintero", "mquintero", "x4419"),
         ("Ken Adeyemi", "kadeyemi", "x4481"),
         ("Leah Brandt", "lbrandt", "x4405"),
         ("Sergei Volkov", "svolkov", "x4433")]
DOCS = [("1598234710", "HALVERSON", "GRETA"), ("1376512093", "ADEBAYO", "TUNDE"),
        ("1821930476", "PIKE", "LAURENCE"), ("1093847561", "SHAH", "MEERA")]


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def luhn_complete(prefix, total):
    body = prefix + digits(total - len(prefix) - 1)
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return body + str((10 - s % 10) % 10)


def vin():
    trans = {**{str(i): i for i in range(10)},
             **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
             "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    while True:
        v = [R.choice(VIN_CH) for _ in range(17)]
        v[0] = R.choice("1245JKW3")
        v[9] = R.choice("LMNPR")  # 2020-2024
        v[8] = "0"
        s = sum(trans[c] * w[i] for i, c in enumerate(v))
        cd = s % 11
        v[8] = "X" if cd == 10 else str(cd)
        return "".join(v)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a == 666:
            continue
        return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    an = MBI_A + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(MBI_A) + R.choice(an) + str(R.randint(0, 9)) +
            R.choice(MBI_A) + R.choice(an) + str(R.randint(0, 9)) + R.choice(MBI_A) +
            R.choice(MBI_A) + str(R.randint(0, 9)) + str(R.randint(0, 9)))


def phone10():
    return (str(R.randint(2, 9)) + digits(2) + str(R.randint(2, 9)) +
            R.choice(["0", "1", "2", "3", "4", "6", "7", "8", "9"]) + digits(1) + digits(4))


def fmt_phone(p, style=None):
    style = style or R.choice(["paren", "dash", "dot", "plain", "e164", "intl"])
    a, b, c = p[:3], p[3:6], p[6:]
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "plain": p, "e164": "+1" + p,
            "intl": "+1 %s %s %s" % (a, b, c)}[style]


def fmt_date(d, style=None):
    style = style or R.choice(["iso", "us", "us_short", "hl7", "dmon", "eu", "long",
                               "iso_t", "dmy", "upmon"])
    m = MONTHS[d.month - 1]
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"),
            "us_short": "%d/%d/%02d" % (d.month, d.day, d.year % 100),
            "hl7": d.strftime("%Y%m%d"), "dmon": "%02d-%s-%d" % (d.day, m, d.year),
            "eu": d.strftime("%d.%m.%Y"), "long": "%s %d, %d" % (m, d.day, d.year),
            "iso_t": d.strftime("%Y-%m-%dT00:00:00"), "dmy": d.strftime("%d/%m/%Y"),
            "upmon": "%02d %s %d" % (d.day, m.upper(), d.year)}[style]


def asciify(s):
    tr = str.maketrans("áéíóúñçöüøåäłśżźćńęąşğıÁÉÍÓÚÑÖÜØÅÄŁŚÓëï",
                       "aeiouncouoaalszzcneasgiAEIOUNOUOAALSOei")
    return s.translate(tr)


class Person:
    n = 0

    def __init__(self, old=False):
        Person.n += 1
        self.sex = R.choice("FM")
        self.first = R.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = R.choice(LAST)
        self.mi = R.choice("ABCDEFGHJKLMNPRSTW")
        y = R.randint(1926, 1933) if old else R.randint(1938, 2008)
        self.dob = date(y, R.randint(1, 12), R.randint(1, 28))
        self.age = (TODAY.year - self.dob.year -
                    ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day)))
        self.mrn = R.choice(["E%07d" % R.randint(10000, 9999999),
                             "%08d" % R.randint(100000, 99999999),
                             "NWH%07d" % R.randint(100000, 9999999),
                             "MRN-%07d" % R.randint(1000000, 9999999)])
        self.empi = "1%09d" % R.randint(0, 999999999)
        self.ssn = ssn()
        self.phone = phone10()
        self.phone2 = phone10()
        c = R.choice(CITIES)
        self.city, self.state, self.county = c[0], c[1], c[3]
        self.zip = c[2] + digits(2)
        self.zip4 = self.zip + "-" + digits(4)
        self.street = "%d %s" % (R.randint(3, 9899), R.choice(STREETS))
        lo = asciify(self.first.lower().replace(" ", "").replace("-", ""))
        la = asciify(self.last.lower().replace(" ", "").replace("'", "").replace("-", ""))
        self.email = R.choice(["%s.%s%s" % (lo, la, str(self.dob.year)[2:]),
                               "%s%s" % (lo[0], la), "%s_%s%d" % (la, lo, R.randint(1, 99)),
                               "%s.%s" % (lo, la)]) + "@" + R.choice(EMAIL_DOM)
        self.user = R.choice(["%s%s%s" % (lo[0], la, str(self.dob.year)),
                              "%s.%s" % (lo, la[:4]), "%s%d" % (la, R.randint(1, 999))])
        self.member = R.choice(["%s%09d" % (R.choice(["XEH", "W", "ZGH", "JQU", "AZB"]),
                                            R.randint(0, 999999999)),
                                mbi(), "%08d%s" % (R.randint(0, 99999999), R.choice("ABCDE"))])
        self.acct = R.choice(["%010d" % R.randint(1000000, 9999999999),
                              "PA-%08d" % R.randint(0, 99999999),
                              "G%09d" % R.randint(0, 999999999)])
        self.visit = R.choice(["%010d" % R.randint(10 ** 8, 10 ** 10 - 1),
                               "V%08d" % R.randint(0, 99999999),
                               "ENC-%d" % R.randint(10 ** 6, 10 ** 7)])
        self.pid = "%s-%s-4%s-%s%s-%s" % (hexs(8), hexs(4), hexs(3),
                                          R.choice("89ab"), hexs(3), hexs(12))
        self.card = luhn_complete(R.choice(["4", "51", "53", "55"]), 16)
        self.dl = R.choice(["D%07d" % R.randint(0, 9999999),
                            "%s%03d-%04d-%04d" % (self.last[0].upper() if self.last[0].isalpha() else "X",
                                                  R.randint(0, 999), R.randint(0, 9999), R.randint(0, 9999)),
                            "%09d" % R.randint(0, 999999999)])
        self.adm = date(2024, R.choice([2, 3]), R.randint(1, 10))
        self.appt = date(2024, R.choice([3, 4]), R.randint(11, 28))

    def full(self):
        return "%s %s" % (self.first, self.last)

    def hl7name(self):
        return "%s^%s^%s" % (self.last.upper(), self.first.upper(), self.mi)


PATIENTS = [Person(old=(i % 6 == 0)) for i in range(60)]
PI = [0]


def pat():
    p = PATIENTS[PI[0] % len(PATIENTS)]
    PI[0] += 1
    return p


OI = [0]
OLD = [p for p in PATIENTS if p.age > 89]


def pat_old():
    OI[0] += 1
    return OLD[OI[0] % len(OLD)]


def age_parts(p):
    return (str(p.age), "age" if p.age > 89 else None)


# clock ---------------------------------------------------------------------
CLOCK = [datetime(2024, 3, 11, 2, 11, 42, 118000)]


def tick(lo=1, hi=40):
    CLOCK[0] += timedelta(seconds=R.randint(lo, hi), microseconds=R.randint(0, 999999))
    return CLOCK[0]


def ts_iso():
    return CLOCK[0].strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (CLOCK[0].microsecond // 1000)


def ts_us():
    return CLOCK[0].strftime("%H:%M:%S.%f")


def epoch():
    return int((CLOCK[0] - datetime(1970, 1, 1)).total_seconds())


INC = "INC-20240311-0042"
PODS = {"ehr": ["ehr-api-6f7c9d8b5-2xk4q", "ehr-api-6f7c9d8b5-r8wzt", "ehr-api-6f7c9d8b5-mm2lc"],
        "hl7": ["hl7-router-0", "hl7-router-1"],
        "etl": ["claims-etl-worker-7c4b9-qx2f9", "mpi-matcher-5d8f6-hk4ps"],
        "bill": ["billing-svc-84d5f7-9tq2n"],
        "portal": ["portal-bff-7b9c5-wd8mv", "portal-bff-7b9c5-zx41k"],
        "elig": ["eligibility-svc-66f4d-p7j2s"],
        "redis": ["sess-cache-0"]}


# ----------------------------------------------------------------------------
# noise single lines
# ----------------------------------------------------------------------------


def diagctl(kind, pod, extra=None):
    tick(1, 8)
    lvl, msg = extra or ("info", "artefact collected")
    emit("diagctl", 'time="«t»" level=«l» msg="«m»" incident=«i» kind=«k» pod=«p» '
         'container=«c» bytes=«b» sha256=«h» dur=«d»s',
         t=CLOCK[0].strftime("%Y-%m-%dT%H:%M:%SZ"), l=lvl, m=msg, i=INC, k=kind, p=pod,
         c=R.choice(["app", "main", "server"]), b=R.randint(20000, 2400000000),
         h=hexs(64), d="%.2f" % R.uniform(0.2, 48))


def diagctl_misc():
    tick(1, 5)
    t = CLOCK[0].strftime("%Y-%m-%dT%H:%M:%SZ")
    ch = R.randrange(7)
    if ch == 0:
        emit("diagctl", 'time="«t»" level=warn msg="artefact may contain PHI; routing to restricted '
             'bucket" bucket=s3://nwh-ir-restricted/«i»/ retention=14d kms_key=alias/ir-dumps', t=t, i=INC)
    elif ch == 1:
        emit("diagctl", 'time="«t»" level=error msg="jcmd failed" pod=«p» err="com.sun.tools.attach.'
             'AttachNotSupportedException: Unable to open socket file /proc/1/root/tmp/.java_pid1: target '
             'process 1 doesn\'t respond within 10500ms or HotSpot VM not loaded"', t=t, p=R.choice(PODS["ehr"]))
    elif ch == 2:
        emit("diagctl", 'time="«t»" level=info msg="upload complete" object=«i»/«o» parts=«n» '
             'etag="«e»-«n»" throughput_mib_s=«tp»', t=t, i=INC,
             o="%s/heap-%d.hprof.zst" % (R.choice(PODS["ehr"]), epoch()), n=R.randint(3, 90),
             e=hexs(32), tp="%.1f" % R.uniform(40, 220))
    elif ch == 3:
        emit("diagctl", 'time="«t»" level=info msg="scrubber pass" file=«f» rules=phi-v3 matches=«m» '
             'redacted=false mode=report-only', t=t, f=R.choice(["jstack.txt", "strace.out", "pcap.txt",
                                                               "pyspy.txt", "goroutines.txt"]),
             m=R.randint(0, 412))
    elif ch == 4:
        emit("diagctl", 'time="«t»" level=debug msg="kubectl exec" ns=«n» pod=«p» cmd="«c»" exit=0',
             t=t, n=R.choice(["ehr", "integration", "portal", "billing"]),
             p=R.choice(sum(PODS.values(), [])),
             c=R.choice(["jcmd 1 Thread.print -l", "jcmd 1 GC.class_histogram", "py-spy dump --pid 1 --locals",
                         "dotnet-dump collect -p 1 --type Full", "cat /proc/1/status",
                         "curl -s localhost:6060/debug/pprof/goroutine?debug=1"]))
    elif ch == 5:
        emit("diagctl", 'time="«t»" level=info msg="node resources" node=«n» cpu_pct=«c» mem_pct=«m» '
             'pods=«p» kubelet=v1.28.5 kernel=5.15.0-1053-aws', t=t,
             n="ip-10-42-%d-%d.ec2.internal" % (R.randint(0, 15), R.randint(2, 250)),
             c=R.randint(12, 99), m=R.randint(30, 97), p=R.randint(18, 58))
    else:
        emit("diagctl", 'time="«t»" level=warn msg="artefact exceeds size cap, truncating" kind=«k» '
             'cap_mib=512 actual_mib=«a» keep=head', t=t, k=R.choice(["pcap", "strace", "core"]),
             a=R.randint(513, 4096))


NOISE_CHAT = [
    "bumped «i» to SEV2, ehr-api p99 at «n»ms and climbing",
    "HikariCP pool exhausted on ehr-api (active=50 idle=0 waiting=«n»), grabbing thread dumps",
    "hl7-router-1 crashed again, SIGSEGV in pid.c, core is «n» MB, pulling it",
    "rolled back ehr-api to build 2024.03.08-r«n», watching",
    "vendor call: clearinghouse says 270/271 latency is on their side, ticket CH-«n»",
    "reminder: dumps go ONLY to nwh-ir-restricted, not to Jira or Slack",
    "redis sess-cache used_memory at «n»% of maxmemory, evictions started",
    "paging db oncall, pg_stat_activity shows «n» sessions idle in transaction",
    "pharmacy desk (main line 602-555-0100) reports portal refill page timing out",
    "bridge: https://meet.northwind-health.org/ir-0042 pin «n»",
    "+1 on the rollback. py-spy shows the mpi worker pegged in _score, not IO",
    "go eligibility-svc: 1.2k goroutines parked on the LRU mutex, cache lock is the bottleneck",
    "ack. status page updated: \"Patient portal degraded, clinical systems unaffected\"",
    "dotnet-dump from billing-svc is 6.1G, uploading in parts (eta «n»s)",
    "who owns hl7-router these days? CODEOWNERS says @integration-team",
    "p99 back under «n»ms after the pool bump, leaving the incident open for 1h",
    "opened vendor case with Availity #«n», they see 502s from our side since 02:09Z",
    "ran `kubectl top pods -n ehr`, ehr-api-6f7c9d8b5-2xk4q at 1.9 cores / 7.6Gi",
]


def chat_phi(p, ch):
    pr = "her" if p.sex == "F" else "his"
    if ch == 0:
        o = pat_old()
        return ("fyi the stuck merge is «a» yo pt «l», «f» (MRN «m»), family at bedside asking about discharge papers",
                dict(a=age_parts(o), l=(o.last, "name"), f=(o.first, "name"), m=(o.mrn, "mrn")))
    if ch == 1:
        return ("heads up: the hprof strings contain full Patient JSON, e.g. «nm» dob «d» — restricted bucket only",
                dict(nm=(p.full(), "name"), d=(fmt_date(p.dob, R.choice(["us", "us_short", "long"])), "date")))
    if ch == 2:
        return ("thread names include the query string (saw lastName=«l» in jstack). filed EHR-%d to stop renaming request threads" % R.randint(7000, 9999),
                dict(l=(p.last, "name")))
    if ch == 3:
        return ("the segfaulting msg is an A08 for MRN «m», PID-11 has a 1000+ char street line. repro'd locally",
                dict(m=(p.mrn, "mrn")))
    if ch == 4:
        return ("patient «nm» («a» y/o) called the front desk twice, %s appt on «d» didn't show in the portal. cb «ph»" % pr,
                dict(nm=(p.full(), "name"), a=age_parts(p), d=(fmt_date(p.appt, R.choice(["us", "long", "us_short"])), "date"),
                     ph=(fmt_phone(p.phone), "phone")))
    if ch == 5:
        return ("member «m» got a 271 with EB*6 (inactive) during the outage, billing needs to re-run elig for DOS «d»",
                dict(m=(p.member, "health_plan"), d=(fmt_date(p.adm, "us"), "date")))
    if ch == 6:
        return ("redis key pt:ctx:«m» is 1.1MB because of the base64 photo, that's the bigkey", dict(m=(p.mrn, "mrn")))
    if ch == 7:
        return ("ED registrar says «l», «f» (DOB «d») was registered twice during the outage, MRNs «m» and «m2» — HIM will merge",
                dict(l=(p.last.upper(), "name"), f=(p.first.upper(), "name"), d=(fmt_date(p.dob, "us"), "date"),
                     m=(p.mrn, "mrn"), m2=(pat().mrn, "mrn")))
    if ch == 8:
        return ("portal user «un» locked out after OTP failures, %s daughter called from «ph». reset via IAM runbook" % pr,
                dict(un=(p.user, "other_id"), ph=(fmt_phone(p.phone2), "phone")))
    if ch == 9:
        return ("billing: statement run skipped guarantor acct «a» («nm»), rerun after fix",
                dict(a=(p.acct, "account"), nm=(p.full(), "name")))
    if ch == 10:
        return ("the 837 that wedged claims-etl is for encounter «v», admit «d». quarantined the file",
                dict(v=(p.visit, "other_id"), d=(fmt_date(p.adm, R.choice(["iso", "us"])), "date")))
    if ch == 12:
        return ("interpreter services: family of «nm» (MRN «m») at 4W desk, %s discharge was due «d»" % pr,
                dict(nm=(p.full(), "name"), m=(p.mrn, "mrn"), d=(fmt_date(p.adm + timedelta(days=3), R.choice(["us", "long"])), "date")))
    if ch == 13:
        q = pat()
        return ("MPI queue stuck on candidate pair «a» / «b», both zip «z» — leaving for HIM, not merging during incident",
                dict(a=(p.full(), "name"), b=(q.full(), "name"), z=(p.zip, "zip")))
    if ch == 14:
        return ("refill for «nm» stuck since 02:05Z (order ORD-2024-0311-%06d), pharmacy will call %s at «ph»" % (R.randint(0, 999999), "her" if p.sex == "F" else "him"),
                dict(nm=(p.full(), "name"), ph=(fmt_phone(p.phone, R.choice(["dash", "paren", "dot"])), "phone")))
    if ch == 15:
        return ("HIM wants to know if «e» got the portal outage notice, pt says no email since Friday",
                dict(e=(p.email, "email")))
    if ch == 16:
        return ("transport: discharge ride for «nm» to «a» delayed, family cell «ph»",
                dict(nm=(p.full(), "name"), a=("%s, %s" % (p.street, p.city), "address"), ph=(fmt_phone(p.phone2), "phone")))
    return ("cardiology asked about pt with ICD remote monitoring, device SN «sn», transmissions missing since «d»",
            dict(sn=("%s%06d%s" % (R.choice(["RNB", "PJN", "BLK"]), R.randint(0, 999999), R.choice("GHRS")), "device"),
                 d=(fmt_date(p.adm, "long"), "date")))


CHATQ = {"n": [], "p": []}


def chat(p=None):
    tick(20, 120)
    who = R.choice(STAFF)
    hm = CLOCK[0].strftime("%H:%M")
    if p is None:
        if not CHATQ["n"]:
            CHATQ["n"] = NOISE_CHAT[:]
            R.shuffle(CHATQ["n"])
        emit("incident_chat", "[«hm»] <«u»> " + CHATQ["n"].pop(), hm=hm, u=who[1], i=INC,
             n=R.randint(40, 4800))
        return
    if not CHATQ["p"]:
        CHATQ["p"] = list(range(17))
        R.shuffle(CHATQ["p"])
    tmpl, kw = chat_phi(p, CHATQ["p"].pop())
    emit("incident_chat", "[«hm»] <«u»> " + tmpl, hm=hm, u=who[1], **kw)


def bundle_header(path):
    emit("bundle_header", "==> «p» <==", p="%s/%s" % (INC, path))


# ----------------------------------------------------------------------------
# Java: jstack / jcmd
# ----------------------------------------------------------------------------
JDK = "17.0.10"


def jb(cls, meth, file, line):
    if cls.startswith(("java.", "jdk.", "sun.")):
        return "\tat %s.%s(java.base@%s/%s:%d)" % (cls, meth, JDK, file, line)
    return "\tat %s.%s(%s:%d)" % (cls, meth, file, line)


def addr64():
    return "0x0000000%x" % R.randrange(0x600000000, 0x800000000, 8)


STACK_HIKARI = [
    ("jdk.internal.misc.Unsafe", "park", None, 0),
    ("-park", "java.util.concurrent.SynchronousQueue$TransferStack", None, 0),
    ("java.util.concurrent.locks.LockSupport", "parkNanos", "LockSupport.java", 252),
    ("java.util.concurrent.SynchronousQueue$TransferStack", "transfer", "SynchronousQueue.java", 401),
    ("java.util.concurrent.SynchronousQueue", "poll", "SynchronousQueue.java", 903),
    ("com.zaxxer.hikari.util.ConcurrentBag", "borrow", "ConcurrentBag.java", 151),
    ("com.zaxxer.hikari.pool.HikariPool", "getConnection", "HikariPool.java", 180),
    ("com.zaxxer.hikari.HikariDataSource", "getConnection", "HikariDataSource.java", 128),
    ("org.northwind.ehr.patient.PatientRepository", "findByDemographics", "PatientRepository.java", 214),
    ("org.northwind.ehr.patient.PatientSearchController", "search", "PatientSearchController.java", 88),
]
STACK_MONITOR = [
    ("org.northwind.ehr.mpi.MergeService", "merge", "MergeService.java", 131),
    ("-wait", "org.northwind.ehr.mpi.PatientLockRegistry$Lock", None, 0),
    ("org.northwind.ehr.mpi.MergeController", "post", "MergeController.java", 57),
    ("jdk.internal.reflect.GeneratedMethodAccessor412", "invoke", None, 0),
    ("org.springframework.web.method.support.InvocableHandlerMethod", "doInvoke", "InvocableHandlerMethod.java", 205),
    ("org.springframework.web.servlet.DispatcherServlet", "doDispatch", "DispatcherServlet.java", 1072),
]
STACK_PG = [
    ("sun.nio.ch.Net", "poll", None, 0),
    ("sun.nio.ch.NioSocketImpl", "park", "NioSocketImpl.java", 186),
    ("sun.nio.ch.NioSocketImpl", "timedRead", "NioSocketImpl.java", 290),
    ("org.postgresql.core.VisibleBufferedInputStream", "readMore", "VisibleBufferedInputStream.java", 161),
    ("org.postgresql.core.PGStream", "receiveChar", "PGStream.java", 453),
    ("org.postgresql.core.v3.QueryExecutorImpl", "processResults", "QueryExecutorImpl.java", 2120),
    ("-locked", "org.postgresql.core.v3.QueryExecutorImpl", None, 0),
    ("org.postgresql.jdbc.PgPreparedStatement", "executeQuery", "PgPreparedStatement.java", 134),
    ("org.northwind.ehr.claims.ExportJob", "writeBatch", "ExportJob.java", 97),
]
STACK_PDF = [
    ("java.util.zip.Deflater", "deflateBytesBytes", None, 0),
    ("java.util.zip.Deflater", "deflate", "Deflater.java", 592),
    ("org.apache.pdfbox.pdmodel.common.PDStream", "createOutputStream", "PDStream.java", 274),
    ("org.northwind.ehr.letters.DischargeLetterRenderer", "render", "DischargeLetterRenderer.java", 63),
    ("-locked", "org.northwind.ehr.letters.TemplateCache", None, 0),
    ("org.northwind.ehr.letters.LetterWorker", "run", "LetterWorker.java", 41),
]
STACK_KAFKA = [
    ("sun.nio.ch.EPoll", "wait", None, 0),
    ("sun.nio.ch.EPollSelectorImpl", "doSelect", "EPollSelectorImpl.java", 121),
    ("sun.nio.ch.SelectorImpl", "lockAndDoSelect", "SelectorImpl.java", 130),
    ("-locked", "sun.nio.ch.EPollSelectorImpl", None, 0),
    ("org.apache.kafka.common.network.Selector", "poll", "Selector.java", 486),
    ("org.apache.kafka.clients.NetworkClient", "poll", "NetworkClient.java", 560),
]


def jstack_frame_lines(stack, nmax):
    lines = []
    for cls, meth, file, ln in stack[:nmax]:
        if cls == "-park":
            lines.append("\t- parking to wait for  <%s> (a %s)" % (addr64(), meth))
        elif cls == "-wait":
            lines.append("\t- waiting to lock <%s> (a %s)" % (addr64(), meth))
        elif cls == "-locked":
            lines.append("\t- locked <%s> (a %s)" % (addr64(), meth))
        elif file is None:
            if cls.startswith(("java.", "jdk.", "sun.")) and "Generated" not in cls:
                lines.append("\tat %s.%s(java.base@%s/Native Method)" % (cls, meth, JDK))
            else:
                lines.append("\tat %s.%s(Unknown Source)" % (cls, meth))
        else:
            lines.append(jb(cls, meth, file, ln))
    return lines


def jthread_header(name_parts, num, state_word, daemon=True):
    parts = [('"', None)] + name_parts + [(
        '" #%d%s prio=5 os_prio=0 cpu=%.2fms elapsed=%.2fs tid=0x00007f%07x800 nid=0x%x %s  [0x00007f%07x000]'
        % (num, " daemon" if daemon else "", R.uniform(0.5, 90000), R.uniform(30, 90000),
           R.randint(0, 0xfffffff), R.randint(0x100, 0x7fff), state_word,
           R.randint(0, 0xfffffff)), None)]
    emitp("jstack", parts)


def jthread(name_parts, stack, state, nframes, ownable=True):
    sw = {"TIMED_WAITING (parking)": "waiting on condition",
          "BLOCKED (on object monitor)": "waiting for monitor entry",
          "RUNNABLE": "runnable"}[state]
    jthread_header(name_parts, R.randint(20, 480), sw)
    emit("jstack", "   java.lang.Thread.State: «s»", s=state)
    for ln in jstack_frame_lines(stack, nframes):
        emit("jstack", ln)
    if ownable:
        emit("jstack", "   Locked ownable synchronizers:")
        if R.random() < 0.5:
            emit("jstack", "\t- <«a»> (a java.util.concurrent.ThreadPoolExecutor$Worker)", a=addr64())
        else:
            emit("jstack", "\t- None")


def thread_name_phi(p):
    ch = R.randrange(7)
    ex = "http-nio-8443-exec-%d" % R.randint(1, 200)
    if ch == 0:
        return T("«e» GET /api/v2/patients/search?lastName=«l»&birthDate=«d»&_count=20", e=ex,
                 l=(p.last.replace(" ", "%20"), "name"), d=(fmt_date(p.dob, "iso"), "date")), STACK_HIKARI
    if ch == 1:
        return T("mpi-merge-worker-%d [«a»->«b»]" % R.randint(1, 8), a=(p.mrn, "mrn"),
                 b=(pat().mrn, "mrn")), STACK_MONITOR
    if ch == 2:
        return T("claims-export-%d member=«m» batch=20240311-02" % R.randint(1, 12),
                 m=(p.member, "health_plan")), STACK_PG
    if ch == 3:
        fn = "%s_%s_%s" % (asciify(p.last).replace(" ", "").replace("'", ""),
                           asciify(p.first).replace(" ", ""), p.dob.strftime("%Y%m%d"))
        ln = asciify(p.last).replace(" ", "").replace("'", "")
        fi = asciify(p.first).replace(" ", "")
        return T("letter-render-%d /var/ehr/letters/«l»_«f»_«d»_discharge.pdf" % R.randint(1, 4),
                 l=(ln, "name"), f=(fi, "name"), d=(p.dob.strftime("%Y%m%d"), "date")), STACK_PDF
    if ch == 4:
        return T("«e» POST /fhir/R4/Patient/«id»/$everything user=svc-portal", e=ex,
                 id=(p.pid, "other_id")), STACK_HIKARI
    if ch == 5:
        return T("«e» GET /api/v2/encounters?csn=«v»&mrn=«m»", e=ex, v=(p.visit, "other_id"),
                 m=(p.mrn, "mrn")), STACK_MONITOR
    return T("adt-consumer-%d key=«m» name=«n»" % R.randint(0, 5), m=(p.mrn, "mrn"),
             n=(p.hl7name(), "name")), STACK_KAFKA


def block_jstack():
    pod = R.choice(PODS["ehr"])
    tick()
    bundle_header("%s/jstack-%d.txt" % (pod, epoch()))
    emit("jstack", CLOCK[0].strftime("%Y-%m-%d %H:%M:%S"))
    emit("jstack", "Full thread dump OpenJDK 64-Bit Server VM (%s+7-LTS mixed mode, sharing):" % JDK)
    noise_threads = [
        ("HikariPool-1 housekeeper", STACK_HIKARI[:5], "TIMED_WAITING (parking)"),
        ("http-nio-8443-exec-%d" % R.randint(1, 200), STACK_HIKARI, "TIMED_WAITING (parking)"),
        ("kafka-producer-network-thread | ehr-api-%d" % R.randint(1, 3), STACK_KAFKA, "RUNNABLE"),
        ("Catalina-utility-2", STACK_HIKARI[:4], "TIMED_WAITING (parking)"),
        ("scheduling-1", STACK_PG, "RUNNABLE"),
        ("lettuce-nioEventLoop-4-%d" % R.randint(1, 4), STACK_KAFKA, "RUNNABLE"),
    ]
    k = R.randint(2, 4)
    order = ["p"] * k + ["n"] * R.choice([0, 0, 1])
    R.shuffle(order)
    for o in order:
        if o == "p":
            nparts, st = thread_name_phi(pat())
            state = {id(STACK_HIKARI): "TIMED_WAITING (parking)", id(STACK_MONITOR): "BLOCKED (on object monitor)"}.get(id(st), "RUNNABLE")
            jthread(nparts, st, state, R.randint(3, 5), ownable=R.random() < 0.25)
        else:
            nm, st, state = R.choice(noise_threads)
            jthread([(nm, None)], st, state, R.randint(3, 4), ownable=R.random() < 0.3)
    if R.random() < 0.2:
        emit("jstack", '"VM Thread" os_prio=0 cpu=%.2fms elapsed=%.2fs tid=0x00007f%07x800 nid=0x%x runnable'
             % (R.uniform(100, 9000), R.uniform(3000, 90000), R.randint(0, 0xfffffff), R.randint(8, 40)))
        emit("jstack", '"GC Thread#%d" os_prio=0 cpu=%.2fms elapsed=%.2fs tid=0x00007f%07x800 nid=0x%x runnable'
             % (R.randint(0, 3), R.uniform(100, 9000), R.uniform(3000, 90000), R.randint(0, 0xfffffff), R.randint(8, 40)))
    emit("jstack", "JNI global refs: %d, weak refs: %d" % (R.randint(18, 90), R.randint(0, 4)))
    if DL[0] < 2 and R.random() < 0.5:
        DL[0] += 1
        block_deadlock()


DL = [0]


def block_deadlock():
    a, b = pat(), pat()
    tick()
    emit("jstack", "Found one Java-level deadlock:")
    emit("jstack", "=============================")
    emitp("jstack", T('"«n»":', n=T("mpi-merge-worker-2 [«a»->«b»]", a=(a.mrn, "mrn"), b=(b.mrn, "mrn"))))
    emit("jstack", "  waiting to lock monitor 0x00007f%010x (object %s, a org.northwind.ehr.mpi.PatientLockRegistry$Lock)," % (R.randrange(0, 0x10000000000, 8), addr64()))
    emitp("jstack", T('  which is held by "«n»"', n=T("mpi-merge-worker-5 [«a»->«b»]", a=(b.mrn, "mrn"), b=(a.mrn, "mrn"))))
    emitp("jstack", T('"«n»":', n=T("mpi-merge-worker-5 [«a»->«b»]", a=(b.mrn, "mrn"), b=(a.mrn, "mrn"))))
    emit("jstack", "  waiting to lock monitor 0x00007f%010x (object %s, a org.northwind.ehr.mpi.PatientLockRegistry$Lock)," % (R.randrange(0, 0x10000000000, 8), addr64()))
    emitp("jstack", T('  which is held by "«n»"', n=T("mpi-merge-worker-2 [«a»->«b»]", a=(a.mrn, "mrn"), b=(b.mrn, "mrn"))))
    emit("jstack", "Found 1 deadlock.")


HISTO_CLASSES = [
    "[B (java.base@%s)" % JDK, "java.lang.String (java.base@%s)" % JDK,
    "java.util.HashMap$Node (java.base@%s)" % JDK, "[Ljava.lang.Object; (java.base@%s)" % JDK,
    "java.util.LinkedHashMap$Entry (java.base@%s)" % JDK,
    "org.hl7.fhir.r4.model.StringType", "org.hl7.fhir.r4.model.Patient",
    "org.hl7.fhir.r4.model.HumanName", "org.hl7.fhir.r4.model.Identifier",
    "org.northwind.ehr.patient.PatientEntity", "org.hibernate.engine.spi.EntityKey",
    "com.fasterxml.jackson.databind.node.TextNode", "[C (java.base@%s)" % JDK,
    "java.util.concurrent.ConcurrentHashMap$Node (java.base@%s)" % JDK,
    "org.postgresql.core.Field", "io.micrometer.core.instrument.Tag",
]


def block_histo():
    pod = R.choice(PODS["ehr"])
    tick()
    bundle_header("%s/class_histogram-%d.txt" % (pod, epoch()))
    emit("jcmd", "1:")
    emit("jcmd", " num     #instances         #bytes  class name (module)")
    emit("jcmd", "-------------------------------------------------------")
    cls = HISTO_CLASSES[:]
    R.shuffle(cls)
    tot_i = tot_b = 0
    rows = []
    for _ in range(R.randint(3, 5)):
        n = R.randint(20000, 9000000)
        rows.append((n * R.choice([16, 24, 32, 40, 48, 56]), n))
    rows.sort(reverse=True)
    for i, (by, n) in enumerate(rows):
        tot_i += n
        tot_b += by
        emit("jcmd", "%4d:%14d%15d  %s" % (i + 1, n, by, cls[i]))
    emit("jcmd", "Total %14d%15d" % (tot_i * 3, tot_b * 3))


def block_jcmd_misc():
    pod = R.choice(PODS["ehr"])
    tick()
    emit("jcmd", "$ kubectl exec -n ehr «p» -- jcmd 1 GC.heap_dump /tmp/heap-«e».hprof", p=pod, e=epoch())
    emit("jcmd", "1:")
    emit("jcmd", "Dumping heap to /tmp/heap-%d.hprof ..." % epoch())
    emit("jcmd", "Heap dump file created [%d bytes in %.3f secs]" % (R.randint(900000000, 4000000000), R.uniform(2, 14)))
    emit("jcmd", "$ kubectl exec -n ehr «p» -- jcmd 1 GC.heap_info", p=pod)
    emit("jcmd", " garbage-first heap   total %dK, used %dK [0x0000000600000000, 0x0000000800000000)" % (8388608, R.randint(5000000, 8300000)))


# ----------------------------------------------------------------------------
# strings over hprof / core
# ----------------------------------------------------------------------------
OFF = [0x1a2f000]


def off():
    OFF[0] += R.randint(0x40, 0x9000)
    return "%7x" % OFF[0]


RARE = {"hprof": [4, 5, 7], "misc": [2, 3, 1, 0], "i": {"hprof": 0, "misc": 0}}


def rare(kind):
    lst = RARE[kind]
    v = lst[RARE["i"][kind] % len(lst)]
    RARE["i"][kind] += 1
    return v


def hprof_phi_line(p, ch=None):
    if ch is None:
        ch = R.randrange(9)
    if ch == 0:
        prs = T('{"resourceType":"Patient","id":"«id»","meta":{"versionId":"4"},"identifier":[{"system":'
                '"urn:oid:2.16.840.1.113883.3.4721.1","value":"«m»"}],"name":[{"family":"«l»","given":["«f»"]}],'
                '"birthDate":"«d»","address":[{"line":["«s»"],"city":"«c»","state":"«st»","postalCode":"«z»"}',
                id=(p.pid, "other_id"), m=(p.mrn, "mrn"), l=(p.last, "name"), f=(p.first, "name"),
                d=(fmt_date(p.dob, "iso"), "date"), s=(p.street, "address"), c=(p.city, "address"),
                st=p.state, z=(p.zip, "zip"))
        return prs[: R.randint(9, len(prs))]
    if ch == 1:
        return T("UPDATE ehr.patient SET home_phone='«ph»', email_addr='«e»', updated_by='svc-portal' WHERE mrn='«m»'",
                 ph=(fmt_phone(p.phone, "dash"), "phone"), e=(p.email, "email"), m=(p.mrn, "mrn"))
    if ch == 2:
        return T('{"memberId":"«m»","groupNumber":"%s","subscriber":{"firstName":"«f»","lastName":"«l»","dob":"«d»",'
                 '"gender":"%s"},"relationshipCode":"18","payerId":"%s"' % (
                     "GRP" + digits(6), p.sex, R.choice(["BCBSAZ", "60054", "87726", "MCRAZ"])),
                 m=(p.member, "health_plan"), f=(p.first, "name"), l=(p.last, "name"),
                 d=(fmt_date(p.dob, "us"), "date"))
    if ch == 3:
        prs = T("SELECT * FROM ehr.patient WHERE upper(last_name) = upper('«l»') AND birth_dt = DATE '«d»' LIMIT 50",
                l=(sql_esc(p.last.encode()), "name"), d=(fmt_date(p.dob, "iso"), "date"))
        return prs
    if ch == 4:
        photo = "/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAYEBQYFBAYGBQYHBwYIChAKCgkJChQODwwQFxQYGBcUFhYaHSUfGhsjHBYWICwgIyYnKSopGR8tMC0oMCUoKSj/" + base64.b64encode(bytes(R.randrange(256) for _ in range(60))).decode()
        return T('"photo":[{"contentType":"image/jpeg","creation":"2019-06-02","data":"«b»', b=(photo, "photo"))
    if ch == 5:
        tmpl = base64.b64encode(b"FMR\x00 20\x00\x00\x00\x01b\x00\x00\x01@\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00\x00(" + bytes(R.randrange(256) for _ in range(45))).decode()
        return T('<enrollment patientRef="«id»" modality="FINGER" position="RIGHT_INDEX"><template format="ISO19794-2">«b»',
                 id=(p.pid, "other_id"), b=(tmpl, "biometric"))
    if ch == 6:
        if R.random() < 0.5:
            p = pat_old()
        return T("Patient{mrn='«m»', lastName='«l»', firstName='«f»', ssn='«s»', dob=«d», age=«a», sex=%s}" % p.sex,
                 m=(p.mrn, "mrn"), l=(p.last, "name"), f=(p.first, "name"), s=(p.ssn, "ssn"),
                 d=(fmt_date(p.dob, "iso"), "date"), a=age_parts(p))
    if ch == 7:
        return T('{"telecom":[{"system":"phone","value":"«ph»","use":"mobile"},{"system":"email","value":"«e»"},'
                 '{"system":"url","value":"«u»"}]',
                 ph=(fmt_phone(p.phone), "phone"), e=(p.email, "email"),
                 u=("https://www.%s/%s" % (R.choice(["linkedin.com/in", "instagram.com", "facebook.com"]),
                                           p.user.lower()), "url"))
    return T("insert into billing.guarantor (acct_no, name, ssn4, phone) values ('«a»', '«n»', '«s4»', '«ph»')",
             a=(p.acct, "account"), n=(sql_esc(("%s, %s" % (p.last, p.first)).encode()), "name"),
             s4=(p.ssn[-4:], "ssn"), ph=(fmt_phone(p.phone2, "plain"), "phone"))


HPROF_NOISE = [
    "jdbc:postgresql://ehr-db-primary.ehr.svc:5432/ehr?ApplicationName=ehr-api&sslmode=verify-full",
    "org/hibernate/engine/jdbc/spi/SqlExceptionHelper",
    "SELECT p.patient_id, p.mrn, p.last_name FROM ehr.patient p WHERE p.ssn_hash = ? AND p.birth_dt = ?",
    "Ljava/util/concurrent/ConcurrentHashMap$Node;",
    "https://fhir.northwind-health.org/R4/metadata",
    "spring.datasource.hikari.maximum-pool-size=50",
    "application/fhir+json;charset=utf-8",
    "org.springframework.security.oauth2.server.resource.BearerTokenAuthenticationToken",
    "X-Request-ID: 7f3e2a9c-1b44-4f0e-9d2a-%s" % "0c71be02d4a1",
    "HikariPool-1 - Connection is not available, request timed out after 30000ms.",
    "urn:oid:2.16.840.1.113883.3.4721.1",
    "ehr-api-2024.03.08-r1187 (git 9c1e4f2a)",
    "traceparent: 00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01",
    "SELECT nextval('ehr.order_seq')",
    "ORD-2024-0311-004412",
]


def block_strings_hprof():
    pod = R.choice(PODS["ehr"])
    tick()
    f = "heap-%s-%d.hprof" % (pod.split("-")[-1], epoch())
    bundle_header("%s/strings-%s.txt" % (pod, f))
    emit("strings_hprof", "$ strings -n 10 -t x «f» | grep -a -E -i 'patient|member|ssn|telecom|photo|insert|update' | head -40", f=f)
    for k in range(R.randint(8, 14)):
        if k == 0:
            emitp("strings_hprof", T("«o» ", o=off()) + hprof_phi_line(pat(), rare("hprof")))
        elif R.random() < 0.9:
            emitp("strings_hprof", T("«o» ", o=off()) + hprof_phi_line(pat()))
        else:
            emit("strings_hprof", "«o» «s»", o=off(), s=R.choice(HPROF_NOISE))


def hl7_pid(p, raw=True):
    ph = fmt_phone(p.phone, R.choice(["paren", "dash", "plain"]))
    tail = ""
    if R.random() < 0.5:
        tail = "|«ssn2»|«dl»^%s" % p.state
    fx = "~«fax»^PRN^FX" if R.random() < 0.3 else ""
    return T("PID|1||«m»^^^NWH^MR~«ss»^^^SSA^SS~«e»^^^NWH^PI||«n»||«d»|%s|||«st»^^«c»^%s^«z»^USA^H^^«co»||«ph»^PRN^PH^^^%s^%s~^NET^Internet^«em»%s|||||«ac»%s"
             % (p.sex, p.state, p.phone[:3], p.phone[3:], fx, tail),
             ssn2=(p.ssn, "ssn"), dl=(p.dl, "license"), fax=(fmt_phone(p.phone2, "plain"), "fax"),
             m=(p.mrn, "mrn"), ss=(p.ssn.replace("-", ""), "ssn"), e=(p.empi, "mrn"),
             n=(p.hl7name(), "name"), d=(p.dob.strftime("%Y%m%d"), "date"),
             st=(p.street, "address"), c=(p.city, "address"), z=(p.zip, "zip"),
             co=(p.county, "address"), ph=(ph, "phone"), em=(p.email, "email"),
             ac=(p.acct, "account"))


def hl7_pid_simple(p):
    return T("PID|1||«m»^^^NWH^MR||«n»||«d»|%s|||«st»^^«c»^%s^«z»||«ph»|||||«ac»" % (p.sex, p.state),
             m=(p.mrn, "mrn"), n=(p.hl7name(), "name"), d=(p.dob.strftime("%Y%m%d"), "date"),
             st=(p.street, "address"), c=(p.city, "address"), z=(p.zip, "zip"),
             ph=(fmt_phone(p.phone, "paren"), "phone"), ac=(p.acct, "account"))


def hl7_nk1(p):
    k = pat()
    return T("NK1|1|«n»|%s|«st»^^«c»^%s^«z»|«ph»||EC" % (R.choice(["SPO", "DAU", "SON", "BRO", "SIS"]), k.state),
             n=(k.hl7name(), "name"), st=(k.street, "address"), c=(k.city, "address"),
             z=(k.zip, "zip"), ph=(fmt_phone(k.phone, "dash"), "phone"))


def hl7_pv1(p):
    d = R.choice(DOCS)
    return T("PV1|1|I|4W^4%02d^%s^NWHMAIN||||%s^%s^%s^^^^MD|||MED||||1|||%s^%s^%s^^^^MD|IN||«v»|||||||||||||||||||||||||«ad»"
             % (R.randint(1, 40), R.choice("AB"), d[0], d[1], d[2], d[0], d[1], d[2]),
             v=(p.visit, "other_id"), ad=(p.adm.strftime("%Y%m%d") + "%02d%02d" % (R.randint(0, 23), R.randint(0, 59)), "date"))


def hl7_in1(p):
    pay = R.choice([("BCBSAZ01", "BLUE CROSS BLUE SHIELD OF AZ"), ("AETNA", "AETNA"),
                    ("MCR", "MEDICARE PART A"), ("AHCCCS", "AHCCCS")])
    return T("IN1|1|%s|%s|%s|PO BOX %d^^PHOENIX^AZ^85072||||GRP%s||||||||«sn»|SEL|«sd»|||||||||||||||||||«m»"
             % (pay[0], digits(5), pay[1], R.randint(1000, 99999), digits(6)),
             sn=(p.hl7name(), "name"), sd=(p.dob.strftime("%Y%m%d"), "date"), m=(p.member, "health_plan"))


CORE_NOISE = ["GLIBC_2.34", "HL7_LISTEN_PORT=2575", "LD_LIBRARY_PATH=/opt/hl7/lib",
              "HOSTNAME=hl7-router-1", "/etc/hl7/router.yaml", "libssl.so.3",
              "MSH|^~\\&|EPIC|NWH|ROUTER|NWH|%s||ADT^A08^ADT_A01|MSG%08d|P|2.5.1",
              "EVN|A08|%s|||INTERFACE^HL7^INBOUND",
              "route[adt-out] -> mllp://cerner-adt.integration.svc:6661",
              "ERR: segment PID field 11 exceeds 512 bytes",
              "GCC: (Debian 12.2.0-14) 12.2.0", "hl7-router 3.4.1 (build 2207, 2024-02-19)",
              "OBX|1|NM|8867-4^Heart rate^LN||%d|/min|60-100|N|||F"]


def block_strings_core():
    pod = R.choice(PODS["hl7"])
    tick()
    core = "core.hl7-router.%d" % R.randint(20000, 40000)
    bundle_header("%s/strings-%s.txt" % (pod, core))
    emit("strings_core", "$ strings -n 8 «c» | grep -n -a -E '^(MSH|PID|NK1|PV1|IN1|GT1)\\||HL7|GLIBC' | head -30", c=core)
    n = R.randint(100, 900)
    for _ in range(R.randint(7, 12)):
        n += R.randint(1, 400)
        r = R.random() * 0.85
        p = pat()
        if r < 0.18:
            prs = hl7_pid(p)
        elif r < 0.3:
            prs = hl7_pid_simple(p)
        elif r < 0.42:
            prs = hl7_nk1(p)
        elif r < 0.54:
            prs = hl7_pv1(p)
        elif r < 0.64:
            prs = hl7_in1(p)
        elif r < 0.72:
            prs = T("GT1|1||«n»||«st»^^«c»^%s^«z»|«ph»||«d»|%s||SEL|«ss»" % (p.state, p.sex),
                    n=(p.hl7name(), "name"), st=(p.street, "address"), c=(p.city, "address"),
                    z=(p.zip, "zip"), ph=(fmt_phone(p.phone2, "plain"), "phone"),
                    d=(p.dob.strftime("%Y%m%d"), "date"), ss=(p.ssn, "ssn"))
        else:
            s = R.choice(CORE_NOISE)
            if "%s" in s and "%08d" in s:
                s = s % (CLOCK[0].strftime("%Y%m%d%H%M%S"), R.randint(0, 99999999))
            elif "%s" in s:
                s = s % CLOCK[0].strftime("%Y%m%d%H%M%S")
            elif "%d" in s:
                s = s % R.randint(48, 130)
            prs = [(s, None)]
        emitp("strings_core", T("«n»:", n=n) + prs)


# ----------------------------------------------------------------------------
# gdb
# ----------------------------------------------------------------------------


def gstr(parts, limit=200):
    ep, tr = esc_parts(parts, gdb_esc, limit)
    return [('"', None)] + ep + [('"...' if tr else '"', None)]


def block_gdb():
    pod = R.choice(PODS["hl7"])
    tick()
    pid = R.randint(20000, 40000)
    bundle_header("%s/gdb-bt-core.%d.txt" % (pod, pid))
    emit("gdb", "$ gdb -batch -ex 'bt full' -ex 'p *msg' /opt/hl7/bin/hl7-router core.hl7-router.«p»", p=pid)
    emit("gdb", "[New LWP %d]" % pid)
    emit("gdb", "Core was generated by `/opt/hl7/bin/hl7-router --config /etc/hl7/router.yaml --workers 8'.")
    emit("gdb", "Program terminated with signal SIGSEGV, Segmentation fault.")
    emit("gdb", "#0  __strlen_avx2 () at ../sysdeps/x86_64/multiarch/strlen-avx2.S:74")
    p = pat()
    a1 = "0x55d0a%07x" % R.randint(0, 0xfffffff)
    rest = p.hl7name()
    emitp("gdb", T("#1  0x000055d0a3c41e2a in pid_copy_name (dst=0x7ffd4c2a1d00 \"\", src=0x55d0a%07x «s», max=64) at src/hl7/pid.c:96" % R.randint(0, 0xfffffff),
                   s=gstr(T("«n»||«d»|%s|||«st»^^«c»^%s^«z»" % (p.sex, p.state), n=(rest, "name"),
                                d=(p.dob.strftime("%Y%m%d"), "date"), st=(p.street, "address"),
                                c=(p.city, "address"), z=(p.zip, "zip")))))
    emitp("gdb", T("        name_buf = «s», '\\000' <repeats %d times>" % R.randint(20, 40),
                   s=gstr(T("«n»", n=(p.hl7name().replace("^", " "), "name")))))
    emitp("gdb", T("#2  0x000055d0a3c42b17 in hl7_parse_pid (seg=%s «s», len=%d, msg=0x55d0a5e20f10) at src/hl7/pid.c:148" % (a1, R.randint(900, 1400)),
                   s=gstr(hl7_pid(p))))
    emitp("gdb", T("        dob = «d»", d=(p.dob.strftime("%Y%m%d"), "date")))
    emitp("gdb", T("        member_id = «s», '\\000' <repeats 19 times>", s=gstr(T("«m»", m=(p.member, "health_plan")))))
    emitp("gdb", T("#3  0x000055d0a3c3f0a4 in route_message (ctx=0x55d0a5e1c2a0, msg=0x55d0a5e20f10, patient_key=0x55d0a5e20f60 «k») at src/router.c:77",
                   k=gstr([(p.mrn, "mrn")])))
    emit("gdb", "#4  0x000055d0a3c3e9b1 in worker_main (arg=0x55d0a5e1c2a0) at src/worker.c:41")
    emit("gdb", "#5  0x00007f2b1c9e2ac3 in start_thread (arg=<optimized out>) at ./nptl/pthread_create.c:442")
    emit("gdb", "#6  0x00007f2b1ca74850 in clone3 () at ../sysdeps/unix/sysv/linux/x86_64/clone3.S:81")
    msh = "MSH|^~\\&|EPIC|NWH|ROUTER|NWH|%s||ADT^A08^ADT_A01|MSG%08d|P|2.5.1\rEVN|A08|%s\r" % (
        CLOCK[0].strftime("%Y%m%d%H%M%S"), R.randint(0, 99999999), CLOCK[0].strftime("%Y%m%d%H%M%S"))
    emitp("gdb", T("$1 = {id = 0x55d0a5e20fa0 \"MSG%08d\", sender = 0x55d0a5e20fb8 \"EPIC\", seg_count = 7, raw = 0x55d0a5e21000 «s»}" % R.randint(0, 99999999),
                   s=gstr([(msh, None)] + hl7_pid(p))))


# ----------------------------------------------------------------------------
# Python: faulthandler / logging / py-spy
# ----------------------------------------------------------------------------


def block_faulthandler():
    pod = PODS["etl"][0]
    tick()
    bundle_header("%s/stderr-%d.log" % (pod, epoch()))
    p = pat()
    fn = "CCD_%s_%s_%s.xml" % (asciify(p.last).replace(" ", "").replace("'", ""),
                               asciify(p.first).replace(" ", ""), p.dob.strftime("%Y%m%d"))
    ts = CLOCK[0].strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999)
    ln_ = asciify(p.last).replace(" ", "").replace("'", "")
    fi_ = asciify(p.first).replace(" ", "")
    emit("py_logging", "«t» INFO ccda.ingest [worker-2] processing /data/inbound/ccda/2024/03/11/CCD_«l»_«f»_«d».xml (%d KB)" % R.randint(40, 900),
         t=ts, l=(ln_, "name"), f=(fi_, "name"), d=(p.dob.strftime("%Y%m%d"), "date"))
    emit("py_logging", "«t» WARNING ccda.ingest [worker-2] recordTarget has 2 addr elements, using use=\"HP\"", t=ts)
    emit("py_faulthandler", "Fatal Python error: Segmentation fault")
    emit("py_faulthandler", "Thread 0x00007f%07x700 (most recent call first):" % R.randint(0, 0xfffffff))
    emit("py_faulthandler", '  File "/usr/local/lib/python3.11/threading.py", line 324 in wait')
    emit("py_faulthandler", '  File "/opt/etl/ccda/pool.py", line 61 in _drain')
    emit("py_faulthandler", "Current thread 0x00007f%07x740 (most recent call first):" % R.randint(0, 0xfffffff))
    emit("py_faulthandler", '  File "/opt/etl/venv/lib/python3.11/site-packages/lxml/html/__init__.py", line 873 in fromstring')
    emit("py_faulthandler", '  File "/opt/etl/ccda/parse.py", line %d in parse_document' % R.randint(80, 300))
    emit("py_faulthandler", '  File "/opt/etl/ccda/ingest.py", line %d in handle' % R.randint(40, 160))
    emit("py_faulthandler", "Extension modules: lxml._elementpath, lxml.etree, psycopg2._psycopg, _cffi_backend, ujson (total: 5)")


def pyspy_val(kind, p):
    if kind == "dict":
        inner = T('{"family": "«l»", "given": "«f»", "birthDate": "«d»", "postalCode": "«z»", ...}',
                  l=(pyrepr_esc(p.last.encode()), "name"), f=(p.first, "name"),
                  d=(fmt_date(p.dob, "iso"), "date"), z=(p.zip, "zip"))
        return inner
    if kind == "row":
        return T('("«m»", "«l»", "«f»", datetime.date(«d»), "«s»")',
                 m=(p.mrn, "mrn"), l=(pyrepr_esc(p.last.encode()), "name"), f=(p.first, "name"),
                 d=("%d, %d, %d" % (p.dob.year, p.dob.month, p.dob.day), "date"), s=(p.ssn, "ssn"))
    return []


def block_pyspy():
    pod = R.choice(PODS["etl"])
    tick()
    pid = R.randint(7, 60)
    bundle_header("%s/pyspy-%d.txt" % (pod, epoch()))
    emit("pyspy", "$ py-spy dump --pid «p» --locals", p=pid)
    emit("pyspy", "Process %d: /opt/etl/venv/bin/python -m mpi.worker --queue match-requests --concurrency 4" % pid)
    emit("pyspy", "Python v3.11.8 (/opt/etl/venv/bin/python3.11)")
    if R.random() < 0.5:
        emit("pyspy", 'Thread %d (idle): "MainThread"' % pid)
        emit("pyspy", "    wait (threading.py:324)")
    p = pat()
    q = pat()
    emit("pyspy", 'Thread %d (active): "ThreadPoolExecutor-0_%d"' % (pid + R.randint(5, 90), R.randint(0, 3)))
    emit("pyspy", "    _score (mpi/match.py:141)")
    emit("pyspy", "        Arguments:")
    emit("pyspy", "            self: <Matcher at 0x7f1c%08x>" % R.randrange(0, 0x100000000, 16))
    emitp("pyspy", T("            left: «v»", v=pyspy_val("dict", p)))
    emit("pyspy", "            right: <PatientRow at 0x7f1c%08x>" % R.randrange(0, 0x100000000, 16))
    emit("pyspy", "        Locals:")
    emitp("pyspy", T('            mrn: "«m»"', m=(q.mrn, "mrn")))
    if R.random() < 0.8:
        emitp("pyspy", T('            ssn_last4: "«s»"', s=(q.ssn[-4:], "ssn")))
    if R.random() < 0.5:
        emitp("pyspy", T('            addr_norm: "«a» «z»"', a=("%s %s" % (asciify(q.street).upper(), asciify(q.city).upper()), "address"), z=(q.zip, "zip")))
    if R.random() < 0.7:
        o = pat_old()
        emitp("pyspy", T("            cand_age: «a»", a=age_parts(o)))
        emitp("pyspy", T('            cand_mrn: "«m»"', m=(o.mrn, "mrn")))
    emit("pyspy", "            score: %.4f" % R.uniform(0.6, 0.99))
    emit("pyspy", "            threshold: 0.85")
    if R.random() < 0.7:
        emitp("pyspy", T("            row: «v»", v=pyspy_val("row", q)))
    emit("pyspy", "    run (concurrent/futures/thread.py:58)")
    emit("pyspy", "    _worker (concurrent/futures/thread.py:83)")
    if R.random() < 0.5:
        r = pat()
        emit("pyspy", 'Thread %d (idle): "kafka-heartbeat"' % (pid + R.randint(91, 200)))
        emit("pyspy", "    _poll (kafka/client_async.py:620)")
        emit("pyspy", "        Locals:")
        emit("pyspy", "            timeout_ms: 3000")
        emitp("pyspy", T('            last_key: "match:«m»:«d»"', m=(r.mrn, "mrn"), d=(r.dob.strftime("%Y%m%d"), "date")))


def block_pyspy_claims():
    pod = PODS["etl"][0]
    tick()
    pid = R.randint(7, 60)
    bundle_header("%s/pyspy-%d.txt" % (pod, epoch()))
    emit("pyspy", "$ py-spy dump --pid «p» --locals --nonblocking", p=pid)
    emit("pyspy", "Process %d: /opt/etl/venv/bin/python -m claims.loader --file /data/inbound/837/NWH_837P_%s.x12" % (pid, CLOCK[0].strftime("%Y%m%d_%H%M")))
    emit("pyspy", "Python v3.11.8 (/opt/etl/venv/bin/python3.11)")
    p = pat()
    emit("pyspy", 'Thread %d (active+gil): "MainThread"' % pid)
    emit("pyspy", "    _split_segments (claims/x12.py:77)")
    emit("pyspy", "        Arguments:")
    seg = T("NM1*IL*1*«l»*«f»*«mi»***MI*«m»~N3*«s»~N4*«c»*%s*«z»~DMG*D8*«d»*%s~" % (p.state, p.sex),
            l=(asciify(p.last).upper(), "name"), f=(asciify(p.first).upper(), "name"), mi=(p.mi, "name"),
            m=(p.member, "health_plan"), s=(p.street.upper(), "address"), c=(p.city.upper(), "address"),
            z=(p.zip4.replace("-", ""), "zip"), d=(p.dob.strftime("%Y%m%d"), "date"))
    ep, tr = esc_parts(seg, pyrepr_esc, 160)
    emitp("pyspy", T('            chunk: "«v»%s' % ('"...' if tr else '"'), v=ep))
    emit("pyspy", "        Locals:")
    emit("pyspy", "            idx: %d" % R.randint(100, 40000))
    emitp("pyspy", T('            subscriber: "«l», «f»"', l=(asciify(p.last).upper(), "name"), f=(asciify(p.first).upper(), "name")))
    emitp("pyspy", T('            dos: "«d»"', d=(p.adm.strftime("%Y%m%d"), "date")))
    emit("pyspy", '            delim: "~"')
    emit("pyspy", "    load (claims/loader.py:%d)" % R.randint(40, 200))
    emit("pyspy", "        Locals:")
    emit("pyspy", '            claim_id: "CLM%s"' % digits(10))
    emitp("pyspy", T('            patient_acct: "«a»"', a=(p.acct, "account")))
    emit("pyspy", "            bytes_read: %d" % R.randint(100000, 9000000))


# ----------------------------------------------------------------------------
# .NET dotnet-dump
# ----------------------------------------------------------------------------


def block_dotnet():
    pod = PODS["bill"][0]
    tick()
    dump = "core_%s" % CLOCK[0].strftime("%Y%m%d_%H%M%S")
    bundle_header("%s/dotnet-dump-%s.txt" % (pod, dump))
    emit("dotnet_dump", "$ dotnet-dump analyze /tmp/dumps/«d»", d=dump)
    emit("dotnet_dump", "Loading core dump: /tmp/dumps/%s ..." % dump)
    emit("dotnet_dump", "Ready to process analysis commands. Type 'help' to list available commands or 'help [command]' to get detailed help on a command.")
    if R.random() < 0.35:
        dotnet_heapstat()
    dotnet_guarantor()


def dotnet_heapstat():
    emit("dotnet_dump", "> dumpheap -stat -type Northwind.Billing.Domain")
    emit("dotnet_dump", "Statistics:")
    emit("dotnet_dump", "          MT  Count  TotalSize Class Name")
    tot_c = tot_s = 0
    for cls in R.sample(["Northwind.Billing.Domain.ChargeLine", "Northwind.Billing.Domain.GuarantorAccount",
                         "Northwind.Billing.Domain.PaymentCard", "Northwind.Billing.Domain.Statement",
                         "Northwind.Billing.Domain.Address", "Northwind.Billing.Domain.Coverage"], R.randint(2, 3)):
        c = R.randint(4, 90000)
        s = c * R.choice([48, 64, 88, 96, 120])
        tot_c += c
        tot_s += s
        emit("dotnet_dump", "7f4e2b1a%04x %6s %10s %s" % (R.randint(0, 0xffff), "{:,}".format(c), "{:,}".format(s), cls))
    emit("dotnet_dump", "Total {:,} objects, {:,} bytes".format(tot_c, tot_s))


def dotnet_guarantor():
    p = pat_old() if R.random() < 0.7 else pat()
    oaddr = "7f4e10a%05x" % R.randrange(0, 0x100000, 8)
    emit("dotnet_dump", "> dumpobj «a»", a=oaddr)
    emit("dotnet_dump", "Name:        Northwind.Billing.Domain.GuarantorAccount")
    emit("dotnet_dump", "MethodTable: 00007f4e2b1a3b10")
    emit("dotnet_dump", "EEClass:     00007f4e2b19f2a8")
    emit("dotnet_dump", "Tracked Type: false")
    emit("dotnet_dump", "Size:        96(0x60) bytes")
    emit("dotnet_dump", "File:        /app/Northwind.Billing.Domain.dll")
    emit("dotnet_dump", "Fields:")
    emit("dotnet_dump", "              MT    Field   Offset                 Type VT     Attr            Value Name")
    s_addr = "00007f4e10a%05x" % R.randrange(0, 0x100000, 8)
    for f, t, vt, val in [("<AccountNumber>k__BackingField", "System.String", 0, s_addr),
                          ("<GuarantorName>k__BackingField", "System.String", 0, "00007f4e10a%05x" % R.randrange(0, 0x100000, 8)),
                          ("<DateOfBirth>k__BackingField", "System.DateTime", 1, "00007f4e10a%05x" % R.randrange(0, 0x100000, 8)),
                          ("<AgeYears>k__BackingField", "System.Int32", 1, str(p.age)),
                          ("<Balance>k__BackingField", "System.Decimal", 1, "00007f4e10a%05x" % R.randrange(0, 0x100000, 8)),
                          ("<IsSelfPay>k__BackingField", "System.Boolean", 1, str(R.randint(0, 1)))]:
        cat = "age" if (f.startswith("<AgeYears") and p.age > 89) else None
        head = "00007f4e2a8%05x  40000%02x %8x %20s %2d instance " % (
            R.randint(0, 0xfffff), R.randint(20, 90), R.randint(8, 80), t, vt)
        emitp("dotnet_dump", [(head + " " * (16 - len(val)), None), (val, cat), (" " + f, None)])
    emit("dotnet_dump", "> dumpobj «a»", a=s_addr.lstrip("0"))
    emit("dotnet_dump", "Name:        System.String")
    emit("dotnet_dump", "MethodTable: 00007f4e2a8b1188")
    emit("dotnet_dump", "Size:        %d(0x%x) bytes" % (22 + 2 * len(p.acct), 22 + 2 * len(p.acct)))
    emit("dotnet_dump", "File:        /usr/share/dotnet/shared/Microsoft.NETCore.App/8.0.2/System.Private.CoreLib.dll")
    emit("dotnet_dump", "String:      «s»", s=(p.acct, "account"))
    dotnet_dso()


def block_dotnet_dso():
    tick()
    bundle_header("%s/dotnet-dump-core_%s.txt" % (PODS["bill"][0], CLOCK[0].strftime("%Y%m%d_%H%M%S")))
    emit("dotnet_dump", "$ dotnet-dump analyze /tmp/dumps/core_%s" % CLOCK[0].strftime("%Y%m%d_%H%M%S"))
    if R.random() < 0.3:
        p = pat()
        emit("dotnet_dump", "> dumpobj 7f4e10a%05x" % R.randrange(0, 0x100000, 8))
        emit("dotnet_dump", "Name:        System.String")
        nm = "%s %s %s" % (p.first, p.mi, p.last) if R.random() < 0.5 else "%s, %s" % (p.last.upper(), p.first.upper())
        emit("dotnet_dump", "Size:        %d(0x%x) bytes" % (22 + 2 * len(nm), 22 + 2 * len(nm)))
        emit("dotnet_dump", "String:      «s»", s=(nm, "name"))
    dotnet_dso()


def dotnet_dso():
    if True:
        emit("dotnet_dump", "> dso")
        emit("dotnet_dump", "OS Thread Id: 0x%x (%d)" % (R.randint(0x10, 0x400), R.randint(1, 40)))
        emit("dotnet_dump", "          SP/REG           Object Name")
        q = pat()
        for kind in R.sample(["name", "card", "email", "addr", "noise", "noise2", "phone", "dob"], R.randint(5, 8)):
            sp = "7ffd4c2a%04x" % R.randrange(0, 0x10000, 8)
            ob = "7f4e10a%05x" % R.randrange(0, 0x100000, 8)
            head = "    %s     %s " % (sp, ob)
            if kind == "name":
                emitp("dotnet_dump", [(head + "System.String    ", None), ("%s, %s" % (q.last, q.first), "name")])
            elif kind == "card":
                emitp("dotnet_dump", [(head + "System.String    ", None), (q.card, "account")])
            elif kind == "email":
                emitp("dotnet_dump", [(head + "System.String    ", None), (q.email, "email")])
            elif kind == "addr":
                emitp("dotnet_dump", [(head + "System.String    ", None), ("%s, %s" % (q.street, q.city), "address"),
                                      (", %s " % q.state, None), (q.zip4, "zip")])
            elif kind == "dob":
                emitp("dotnet_dump", [(head + "System.String    ", None), (fmt_date(q.dob, R.choice(["us", "iso", "long"])), "date")])
            elif kind == "phone":
                emitp("dotnet_dump", [(head + "System.String    ", None), (fmt_phone(q.phone, "paren"), "phone")])
            elif kind == "noise":
                emit("dotnet_dump", head + "Microsoft.Data.SqlClient.SqlCommand")
            else:
                emit("dotnet_dump", head + "System.String    usp_PostPayment")


# ----------------------------------------------------------------------------
# Node
# ----------------------------------------------------------------------------


def block_node_uncaught():
    pod = R.choice(PODS["portal"])
    tick()
    bundle_header("%s/stderr-%d.log" % (pod, epoch()))
    p = pat()
    if R.random() < 0.5:
        emit("node_trace_uncaught", "Uncaught DatabaseError: duplicate key value violates unique constraint \"portal_user_email_key\"")
        emit("node_trace_uncaught", "Thrown at:")
        emit("node_trace_uncaught", "    at handleErrorMessage (/srv/portal-bff/node_modules/pg-protocol/dist/parser.js:287:98)")
        emit("node_trace_uncaught", "    at Parser.parse (/srv/portal-bff/node_modules/pg-protocol/dist/parser.js:39:38)")
        emit("node_trace_uncaught", "error: duplicate key value violates unique constraint \"portal_user_email_key\"")
        emit("node_trace_uncaught", "    at /srv/portal-bff/node_modules/pg-pool/index.js:45:11")
        emit("node_trace_uncaught", "    at async registerAccount (/srv/portal-bff/lib/accounts.js:%d:5) {" % R.randint(40, 200))
        emit("node_trace_uncaught", "  code: '23505',")
        emitp("node_trace_uncaught", T("  detail: 'Key (email)=(«e») already exists.',", e=(p.email, "email")))
        emit("node_trace_uncaught", "  table: 'portal_user',")
        emit("node_trace_uncaught", "  constraint: 'portal_user_email_key',")
        emit("node_trace_uncaught", "}")
    else:
        emitp("node_trace_uncaught", T("Uncaught Error: eligibility check failed for member «m» («n», DOB «d»): upstream 504",
                                       m=(p.member, "health_plan"), n=(p.full(), "name"),
                                       d=(fmt_date(p.dob, R.choice(["us", "iso"])), "date")))
        emit("node_trace_uncaught", "Thrown at:")
        emit("node_trace_uncaught", "    at checkEligibility (/srv/portal-bff/lib/eligibility.js:%d:13)" % R.randint(80, 200))
        emit("node_trace_uncaught", "    at async /srv/portal-bff/routes/appointments.js:%d:22" % R.randint(30, 120))
        emit("node_trace_uncaught", "    at processTicksAndRejections (node:internal/process/task_queues:95:5)")
        emit("node_trace_uncaught", "/srv/portal-bff/lib/eligibility.js:%d" % R.randint(80, 200))
        emit("node_trace_uncaught", "      throw new Error(`eligibility check failed for member ${memberId} (${name}, DOB ${dob}): upstream ${res.status}`);")
        emit("node_trace_uncaught", "      ^")
        emitp("node_trace_uncaught", T("Error: eligibility check failed for member «m» («n», DOB «d»): upstream 504",
                                       m=(p.member, "health_plan"), n=(p.full(), "name"),
                                       d=(fmt_date(p.dob, "us"), "date")))
        emit("node_trace_uncaught", "    at checkEligibility (/srv/portal-bff/lib/eligibility.js:%d:13)" % R.randint(80, 200))
    emit("node_trace_uncaught", "Node.js v20.11.1")


def block_node_heap():
    pod = R.choice(PODS["portal"])
    tick()
    snap = "Heap.%s.%d.0.001.heapsnapshot" % (CLOCK[0].strftime("%Y%m%d.%H%M%S"), R.randint(1, 40))
    bundle_header("%s/%s.strings.txt" % (pod, snap))
    emit("node_heapsnapshot", "$ node -e 'const s=require(\"./«f»\").strings;s.forEach((x,i)=>/mrn|dob|memberId|email|X-Forwarded/i.test(x)&&console.log(i,JSON.stringify(x)))'", f=snap)
    idx = R.randint(1000, 5000)
    for _ in range(R.randint(6, 10)):
        idx += R.randint(3, 9000)
        p = pat()
        r = R.choice([0, 0, 1, 2, 3, 3, 4, 5, 6, 6])
        if r == 0:
            inner = T('{"mrn":"«m»","firstName":"«f»","lastName":"«l»","dob":"«d»","memberId":"«h»"}',
                      m=(p.mrn, "mrn"), f=(p.first, "name"), l=(p.last, "name"),
                      d=(fmt_date(p.dob, "iso"), "date"), h=(p.member, "health_plan"))
        elif r == 1:
            inner = T("x-forwarded-for: «ip», 10.42.0.%d" % R.randint(2, 250),
                      ip=("%d.%d.%d.%d" % (R.choice([73, 98, 174, 24, 71, 108, 172]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "ip"))
        elif r == 2:
            inner = T("/api/portal/v1/me/appointments?mrn=«m»&from=«d»", m=(p.mrn, "mrn"),
                      d=(fmt_date(p.appt, "iso"), "date"))
        elif r == 3:
            inner = T('{"username":"«u»","email":"«e»","mfa":"sms","phone":"«ph»"}',
                      u=(p.user, "other_id"), e=(p.email, "email"), ph=(fmt_phone(p.phone, "e164"), "phone"))
        elif r == 4:
            inner = [(R.choice(["memberId", "dobVerified", "mrnMask", "emailVerified", "X-Forwarded-Proto"]), None)]
        elif r == 5:
            inner = [("select id, mrn, dob from portal.v_patient_link where portal_user_id = $1", None)]
        else:
            inner = T('{"patient":{"name":"«n»","address":"«a»","zip":"«z»"},"reason":"Follow-up after discharge «d»"}',
                      n=(p.full(), "name"), a=("%s, %s" % (p.street, p.city), "address"), z=(p.zip, "zip"),
                      d=(fmt_date(p.adm, R.choice(["us", "long"])), "date"))
        ep, _ = esc_parts(inner, json_esc_ascii)
        emitp("node_heapsnapshot", T('«i» "«v»"', i=idx, v=ep))


# ----------------------------------------------------------------------------
# Go
# ----------------------------------------------------------------------------
GO_FRAMES = [
    ("sync.runtime_SemacquireMutex", "/usr/local/go/src/runtime/sema.go:77"),
    ("sync.(*Mutex).lockSlow", "/usr/local/go/src/sync/mutex.go:171"),
    ("sync.(*Mutex).Lock", "/usr/local/go/src/sync/mutex.go:90"),
    ("github.com/northwind-health/eligibility/internal/cache.(*LRU).Get", "/src/internal/cache/lru.go:88"),
    ("github.com/northwind-health/eligibility/internal/x12.(*Client).Send270", "/src/internal/x12/client.go:141"),
    ("github.com/northwind-health/eligibility/internal/api.(*Server).checkEligibility", "/src/internal/api/eligibility.go:188"),
    ("net/http.HandlerFunc.ServeHTTP", "/usr/local/go/src/net/http/server.go:2136"),
    ("net/http.(*conn).serve", "/usr/local/go/src/net/http/server.go:2009"),
]


def block_go_debug1():
    pod = PODS["elig"][0]
    tick()
    bundle_header("%s/goroutine-debug1-%d.txt" % (pod, epoch()))
    emit("go_pprof", "$ curl -s 'http://127.0.0.1:6060/debug/pprof/goroutine?debug=1' | head -80")
    emit("go_pprof", "goroutine profile: total %d" % R.randint(800, 4000))
    for gi in range(R.randint(2, 4)):
        n = R.randint(1, 1300)
        st = R.randint(2, 5)
        frames = GO_FRAMES[st:st + R.randint(2, 3)]
        pcs = ["0x%x" % R.randint(0x430000, 0x9fffff) for _ in frames]
        emit("go_pprof", "%d @ %s 0x%x" % (n, " ".join(pcs), R.randint(0x470000, 0x47ffff)))
        p = pat()
        lr = R.choice([0, 0, 1, 1, 2, 4, 4]) if gi else R.choice([0, 1, 4])
        if lr == 4:
            emitp("go_pprof", T('# labels: {"portal_user":"«u»", "route":"/v1/coverage/summary"}', u=(p.user, "other_id")))
        elif lr == 0:
            emitp("go_pprof", T('# labels: {"handler":"eligibility", "member_id":"«m»", "trace_id":"%s"}' % hexs(32),
                                m=(p.member, "health_plan")))
        elif lr == 1:
            emitp("go_pprof", T('# labels: {"dos":"«d»", "mrn":"«m»", "route":"/v1/eligibility/270"}',
                                d=(fmt_date(p.adm, "hl7"), "date"), m=(p.mrn, "mrn")))
        elif lr == 2:
            emit("go_pprof", '# labels: {"job":"cache-janitor", "shard":"%d"}' % R.randint(0, 15))
        for pc, (fn, loc) in zip(pcs, frames):
            emit("go_pprof", "#\t%s\t%s+0x%x\t%s" % (pc, fn, R.randint(0x10, 0x3ff), loc))


def block_go_panic():
    pod = PODS["elig"][0]
    tick()
    bundle_header("%s/previous-container.log" % pod)
    p = pat()
    for _ in range(R.randint(1, 2)):
        q = pat() if R.random() < 0.5 else p
        tick(0, 3)
        emitp("go_goroutine", T('{"level":"error","ts":%.6f,"caller":"x12/client.go:%d","msg":"271 rejected","member_id":"«m»","subscriber_dob":"«d»","aaa":"%s","trace_id":"%s"}' % (
            epoch() + CLOCK[0].microsecond / 1e6, R.randint(100, 200), R.choice(["72", "73", "75", "42"]), hexs(32)),
            m=(q.member, "health_plan"), d=(q.dob.strftime("%Y%m%d"), "date")))
    emitp("go_goroutine", T("panic: x12: unexpected EB segment for subscriber «m» («l»/«f»): EB*6**30*MC~ [recovered]",
                            m=(p.member, "health_plan"), l=(asciify(p.last).upper(), "name"),
                            f=(asciify(p.first).upper(), "name")))
    emit("go_goroutine", "\tpanic: runtime error: index out of range [3] with length 3")
    emit("go_goroutine", "goroutine %d [running]:" % R.randint(1000, 90000))
    emit("go_goroutine", "github.com/northwind-health/eligibility/internal/x12.parse271(0xc000%06x, 0x%x, 0x%x)" % (R.randrange(0, 0x1000000, 8), R.randint(200, 4000), R.randint(200, 4000)))
    emit("go_goroutine", "\t/src/internal/x12/parse271.go:%d +0x%x" % (R.randint(40, 400), R.randint(0x10, 0xfff)))
    emit("go_goroutine", "github.com/northwind-health/eligibility/internal/x12.(*Client).Send270(0xc0001%05x, {0xc00%07x, 0x%x}, 0xc0004%05x)" % (R.randrange(0, 0x100000, 8), R.randrange(0, 0x10000000, 8), R.randint(8, 20), R.randrange(0, 0x100000, 8)))
    emit("go_goroutine", "\t/src/internal/x12/client.go:141 +0x2f4")
    if R.random() < 0.6:
        emit("go_goroutine", "goroutine %d [select, %d minutes]:" % (R.randint(1000, 90000), R.randint(1, 40)))
        emit("go_goroutine", "net/http.(*persistConn).writeLoop(0xc000a%05x)" % R.randrange(0, 0x100000, 8))
        emit("go_goroutine", "\t/usr/local/go/src/net/http/transport.go:2421 +0xe5")
        emit("go_goroutine", "created by net/http.(*Transport).dialConn in goroutine %d" % R.randint(1000, 90000))
        emit("go_goroutine", "\t/usr/local/go/src/net/http/transport.go:1777 +0x16f1")
    elif R.random() < 0.5:
        emit("go_goroutine", "goroutine %d [IO wait]:" % R.randint(1000, 90000))
        emit("go_goroutine", "internal/poll.runtime_pollWait(0x7f3b%08x, 0x72)" % R.randint(0, 0xffffffff))
        emit("go_goroutine", "\t/usr/local/go/src/runtime/netpoll.go:343 +0x85")


# ----------------------------------------------------------------------------
# Redis
# ----------------------------------------------------------------------------


def rq(parts):
    ep, _ = esc_parts(parts, redis_esc)
    return [('"', None)] + ep + [('"', None)]


def block_redis():
    pod = PODS["redis"][0]
    tick()
    bundle_header("%s/redis-cli-session.txt" % pod)
    emit("redis_cli", "$ redis-cli -h sess-cache.ehr.svc -p 6379 --scan --pattern 'pt:*' --count 1000 | head")
    ps = [pat() for _ in range(R.randint(3, 5))]
    for p in ps:
        k = R.randrange(4)
        if k == 0:
            emit("redis_cli", "pt:ctx:«m»", m=(p.mrn, "mrn"))
        elif k == 1:
            emit("redis_cli", "pt:search:ln:«l»:dob:«d»", l=(asciify(p.last).lower().replace(" ", "_"), "name"),
                 d=(p.dob.strftime("%Y%m%d"), "date"))
        elif k == 2:
            emit("redis_cli", "pt:elig:«h»:«d»", h=(p.member, "health_plan"), d=(p.adm.strftime("%Y-%m-%d"), "date"))
        else:
            emit("redis_cli", "pt:otp:«e»", e=(p.email, "email"))
    emit("redis_cli", "pt:rate:portal-bff:%d" % epoch())
    p = pat_old() if R.random() < 0.4 else ps[0]
    key = T("pt:ctx:«m»", m=(p.mrn, "mrn"))
    emitp("redis_cli", T("sess-cache.ehr.svc:6379> DEBUG OBJECT «k»", k=key))
    emit("redis_cli", "Value at:0x7f3c%08x refcount:1 encoding:%s serializedlength:%d lru:%d lru_seconds_idle:%d" % (
        R.randrange(0, 0x100000000, 8), R.choice(["listpack", "hashtable"]), R.randint(300, 1200000), R.randint(8000000, 9999999), R.randint(0, 4000)))
    emitp("redis_cli", T("sess-cache.ehr.svc:6379> MEMORY USAGE «k» SAMPLES 0", k=key))
    emit("redis_cli", "(integer) %d" % R.randint(700, 1300000))
    emitp("redis_cli", T("sess-cache.ehr.svc:6379> HGETALL «k»", k=key))
    fields = [("mrn", [(p.mrn, "mrn")]), ("family", [(p.last, "name")]), ("given", [(p.first, "name")]),
              ("birthDate", [(fmt_date(p.dob, "iso"), "date")]), ("phone", [(fmt_phone(p.phone, "dash"), "phone")]),
              ("pcp", [("Dr. %s %s" % (R.choice(DOCS)[2].title(), R.choice(DOCS)[1].title()), None)]),
              ("encounter", [(p.visit, "other_id")]), ("lastSeen", [(str(epoch() - R.randint(0, 900)), None)]),
              ("flags", [("fall-risk,interpreter:%s" % R.choice(["es", "vi", "yo", "ar", "nv"]), None)])]
    if p.age > 89:
        fields.append(("ageYears", [(str(p.age), "age")]))
    fields = fields[:R.randint(4, 6)] + fields[9:]
    i = 1
    w = len(str(2 * len(fields)))
    for k, v in fields:
        emitp("redis_cli", [("%*d) " % (w, i), None)] + rq([(k, None)]))
        emitp("redis_cli", [("%*d) " % (w, i + 1), None)] + rq(v))
        i += 2


def block_redis_big():
    tick()
    bundle_header("%s/redis-bigkeys-%d.txt" % (PODS["redis"][0], epoch()))
    emit("redis_cli", "$ redis-cli -h sess-cache.ehr.svc --bigkeys -i 0.01")
    emit("redis_cli", "# Scanning the entire keyspace to find biggest keys as well as")
    emit("redis_cli", "# average sizes per key type.  You can use -i 0.1 to sleep 0.1 sec")
    p, q = pat(), pat()
    emitp("redis_cli", T("[00.00%%] Biggest hash   found so far '\"pt:ctx:«m»\"' with %d fields" % R.randint(8, 14), m=(p.mrn, "mrn")))
    emitp("redis_cli", T("[%02d.%02d%%] Biggest string found so far '\"pt:otp:«e»\"' with 6 bytes" % (R.randint(0, 40), R.randint(0, 99)), e=(q.email, "email")))
    emit("redis_cli", "[%02d.%02d%%] Biggest string found so far '\"sess:portal:%s\"' with %d bytes" % (R.randint(41, 99), R.randint(0, 99), hexs(40), R.randint(800, 9000)))
    emit("redis_cli", "-------- summary -------")
    emit("redis_cli", "Sampled %d keys in the keyspace!" % R.randint(20000, 200000))
    emitp("redis_cli", T("Biggest   hash found '\"pt:ctx:«m»\"' has %d fields" % R.randint(9, 14), m=(pat().mrn, "mrn")))
    emit("redis_cli", "%d hashs with %d fields (%.2f%% of keys, avg size %.2f)" % (R.randint(2000, 30000), R.randint(20000, 300000), R.uniform(10, 60), R.uniform(5, 12)))
    if R.random() < 0.5:
        emit("redis_cli", "sess-cache.ehr.svc:6379> INFO memory")
        emit("redis_cli", "used_memory:%d" % R.randint(2000000000, 3900000000))
        emit("redis_cli", "mem_fragmentation_ratio:%.2f" % R.uniform(1.0, 1.8))


# ----------------------------------------------------------------------------
# strace
# ----------------------------------------------------------------------------


def strace_write(pid, fd, parts, sys="write", limit=256, extra=""):
    n = raw_len(parts)
    ep, tr = esc_parts(parts, strace_esc, limit)
    tick(0, 0)
    CLOCK[0] += timedelta(microseconds=R.randint(50, 90000))
    pre = "[pid %5d] %s %s(%d, \"" % (pid, ts_us(), sys, fd)
    emitp("strace", [(pre, None)] + ep + [('"...' if tr else '"', None),
                                           (", %d%s) = %d" % (n, extra, n), None)])


def block_strace():
    pod = R.choice(PODS["ehr"] + PODS["portal"])
    tick()
    bundle_header("%s/strace-%d.out" % (pod, epoch()))
    root = R.randint(1, 40)
    emit("strace", "$ strace -f -tt -s 256 -e trace=write,sendto -p «p» -o /tmp/strace.out", p=root)
    emit("strace", "strace: Process %d attached with %d threads" % (root, R.randint(12, 60)))
    for _ in range(R.randint(4, 7)):
        p = pat()
        pid = root + R.randint(5, 300)
        r = R.choice([0, 1, 1, 2, 3, 3, 4, 4, 5, 5, 6])
        if r == 0:
            strace_write(pid, R.randint(20, 90), [("POST /fhir/R4/Patient/$match HTTP/1.1\r\nHost: mpi.ehr.svc:8080\r\nContent-Type: application/fhir+json\r\nContent-Length: %d\r\ntraceparent: 00-%s-%s-01\r\n\r\n" % (R.randint(300, 900), hexs(32), hexs(16)), None)])
        elif r == 1:
            body = T('{"resourceType":"Parameters","parameter":[{"name":"resource","resource":{"resourceType":"Patient","name":[{"family":"«l»","given":["«f»"]}],"birthDate":"«d»","telecom":[{"system":"phone","value":"«ph»"}],"address":[{"postalCode":"«z»"}]}},{"name":"onlyCertainMatches","valueBoolean":true}]}',
                     l=(p.last, "name"), f=(p.first, "name"), d=(fmt_date(p.dob, "iso"), "date"),
                     ph=(fmt_phone(p.phone), "phone"), z=(p.zip, "zip"))
            strace_write(pid, R.randint(20, 90), body)
        elif r == 2:
            strace_write(pid, 2, [("%s WARN  [mpi-client] slow $match %dms (pool active=50 idle=0)\n" % (ts_iso(), R.randint(900, 9000)), None)])
        elif r == 3:
            key = "pt:ctx:%s" % p.mrn
            parts = T("*4\r\n$4\r\nHSET\r\n$%d\r\n«k»\r\n$6\r\nfamily\r\n$%d\r\n«l»\r\n" % (len(key), len(p.last.encode())),
                      k=[("pt:ctx:", None), (p.mrn, "mrn")], l=(p.last, "name"))
            strace_write(pid, R.randint(20, 90), parts, sys="sendto", extra=", MSG_NOSIGNAL, NULL, 0")
        elif r == 4:
            parts = T("ISA*00*          *00*          *ZZ*NWH0001        *ZZ*AVAILITY       *%s*%s*^*00501*%09d*0*P*:~GS*HS*NWH0001*AVAILITY*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~NM1*IL*1*«l»*«f»****MI*«m»~DMG*D8*«d»~DTP*291*D8*«s»~" % (
                CLOCK[0].strftime("%y%m%d"), CLOCK[0].strftime("%H%M"), R.randint(0, 999999999), CLOCK[0].strftime("%Y%m%d"), CLOCK[0].strftime("%H%M"), R.randint(1, 99999)),
                l=(asciify(p.last).upper(), "name"), f=(asciify(p.first).upper(), "name"), m=(p.member, "health_plan"),
                d=(p.dob.strftime("%Y%m%d"), "date"), s=(p.appt.strftime("%Y%m%d"), "date"))
            strace_write(pid, R.randint(20, 90), parts, limit=R.choice([256, 512]))
        elif r == 5:
            parts = T("%s ERROR [portal-bff] login failed user=«u» ip=«ip» reason=bad_otp attempts=%d\n" % (ts_iso(), R.randint(2, 6)),
                      u=(p.user, "other_id"),
                      ip=("%d.%d.%d.%d" % (R.choice([73, 98, 174, 24, 71, 108, 67]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "ip"))
            strace_write(pid, 1, parts)
        else:
            strace_write(pid, R.randint(20, 90), [("HTTP/1.1 200 \r\nContent-Type: application/fhir+json;charset=UTF-8\r\nTransfer-Encoding: chunked\r\nDate: %s\r\n\r\n" % CLOCK[0].strftime("%a, %d %b %Y %H:%M:%S GMT"), None)])
    emit("strace", "strace: Process %d detached" % root)


# ----------------------------------------------------------------------------
# tcpdump -A
# ----------------------------------------------------------------------------


def tcp_hdr(src, sport, dst, dport, length):
    tick(0, 2)
    seq = R.randint(1, 90000)
    emit("tcpdump", "%s IP %s.%d > %s.%d: Flags [P.], seq %d:%d, ack %d, win %d, options [nop,nop,TS val %d ecr %d], length %d" % (
        ts_us(), src, sport, dst, dport, seq, seq + length, R.randint(1, 9000), R.randint(200, 2000),
        R.randint(10 ** 9, 4 * 10 ** 9), R.randint(10 ** 9, 4 * 10 ** 9), length))


def garbage(n):
    return "".join(R.choice("..........E@?*P8kZx#l3") for _ in range(n))


def block_tcpdump():
    tick()
    bundle_header("tcpdump-%s.txt" % R.choice(PODS["hl7"] + PODS["portal"]))
    emit("tcpdump", "$ tcpdump -i eth0 -nn -A -s 0 -c 200 'tcp port 2575 or tcp port 8080'")
    emit("tcpdump", "listening on eth0, link-type EN10MB (Ethernet), snapshot length 262144 bytes")
    for _ in range(R.randint(2, 4)):
        p = pat()
        if R.random() < 0.6:
            msg = [("\x0bMSH|^~\\&|EPIC|NWH|ROUTER|NWH|%s||ADT^A04^ADT_A01|MSG%08d|P|2.5.1\rEVN|A04|%s\r" % (
                CLOCK[0].strftime("%Y%m%d%H%M%S"), R.randint(0, 99999999), CLOCK[0].strftime("%Y%m%d%H%M%S")), None)]
            msg += hl7_pid_simple(p) + [("\r", None)] + hl7_pv1(p) + [("\r\x1c\r", None)]
            tcp_hdr("10.42.%d.%d" % (R.randint(0, 15), R.randint(2, 250)), R.randint(30000, 60000),
                    "10.42.8.9", 2575, raw_len(msg))
            ep, _ = esc_parts(msg, dot_esc)
            emitp("tcpdump", [(garbage(52), None)] + ep)
        else:
            ip = "%d.%d.%d.%d" % (R.choice([73, 98, 174, 24, 71, 108, 67, 76]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
            body = T('{"username":"«u»","dateOfBirth":"«d»","lastName":"«l»","zip":"«z»","otp":"%06d"}' % R.randint(0, 999999),
                     u=(p.user, "other_id"), d=(fmt_date(p.dob, "us"), "date"), l=(p.last, "name"), z=(p.zip, "zip"))
            hdrs = ["POST /api/portal/v1/identity/verify HTTP/1.1", "Host: portal-bff.portal.svc:8080",
                    "content-type: application/json", "x-request-id: %s-%s-%s-%s-%s" % (hexs(8), hexs(4), hexs(4), hexs(4), hexs(12))]
            tcp_hdr("10.42.%d.%d" % (R.randint(0, 15), R.randint(2, 250)), R.randint(30000, 60000),
                    "10.42.3.%d" % R.randint(2, 250), 8080, 300 + raw_len(body))
            emit("tcpdump", garbage(52) + hdrs[0])
            emit("tcpdump", hdrs[1])
            emit("tcpdump", "x-forwarded-for: «ip», 10.42.0.%d" % R.randint(2, 250), ip=(ip, "ip"))
            emit("tcpdump", hdrs[2])
            ep, _ = esc_parts(body, dot_esc)
            emitp("tcpdump", ep)
    emit("tcpdump", "%d packets captured" % R.randint(40, 200))
    emit("tcpdump", "%d packets received by filter" % R.randint(200, 400))


# ----------------------------------------------------------------------------
# misc PHI-heavy small blocks: device / vehicle / license in heap strings
# ----------------------------------------------------------------------------


def block_strings_misc():
    tick()
    pod = R.choice(PODS["bill"] + PODS["ehr"])
    bundle_header("%s/strings-misc-%d.txt" % (pod, epoch()))
    fam = "strings_core" if pod.startswith("billing") else "strings_hprof"
    if pod.startswith("billing"):
        emit(fam, "$ strings -el core.%d | grep -a -i -E 'serial|vin|license|imei|fax|bank' | head" % R.randint(1000, 9000))
    else:
        emit(fam, "$ strings -n 8 heap-%s.hprof | grep -a -i -E 'serial|vin|license|imei|fax|bank' | head" % pod.split("-")[-1])
    for k in range(R.randint(4, 8)):
        p = pat()
        r = rare("misc") if k == 0 else R.choice([0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 6, 7])
        if r == 0:
            emit(fam, 'ImplantRecord{patientMrn="«m»", device="Azure XT DR MRI SureScan", serial="«s»", implanted=«d»}',
                 m=(p.mrn, "mrn"), s=("%s%06d%s" % (R.choice(["RNB", "PJN", "BLK"]), R.randint(0, 999999), R.choice("GHRS")), "device"),
                 d=(fmt_date(p.adm, "iso"), "date"))
        elif r == 1:
            emit(fam, '{"cgm":{"transmitterId":"«t»","phoneImei":"«i»","hubMac":"«m»"},"patientId":"«p»"}',
                 t=("8G%s" % "".join(R.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(4)), "device"),
                 i=(luhn_complete("35", 15), "device"),
                 m=(":".join("%02X" % R.randrange(256) for _ in range(6)), "device"), p=(p.pid, "other_id"))
        elif r == 2:
            emit(fam, "AutoClaim accident=«a» insuredVin=«v» plate=«pl» (%s) claimant=«n» dl=«dl»" % p.state,
                 a=(fmt_date(p.adm, "us"), "date"), v=(vin(), "vehicle"),
                 pl=("%d%s%03d" % (R.randint(1, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(0, 999)), "vehicle"),
                 n=("%s, %s" % (p.last.upper(), p.first.upper()), "name"), dl=(p.dl, "license"))
        elif r == 3:
            emit(fam, "ROI request: send records to patient fax «f», attn «n», DOS «d» through «d2»",
                 f=(fmt_phone(p.phone2, R.choice(["paren", "dash"])), "fax"), n=(p.full(), "name"),
                 d=(fmt_date(p.adm, "us"), "date"), d2=(fmt_date(p.adm + timedelta(days=R.randint(1, 9)), "us"), "date"))
        elif r == 4:
            emit(fam, "ACH refund routing=%s account=«a» payee=«n»" % R.choice(["122105278", "021000021", "091000019"]),
                 a=(digits(R.randint(9, 12)), "account"), n=(p.full().upper(), "name"))
        elif r == 5:
            emit(fam, "(01)00643169007222(17)%s(21)«s»" % (date(2027, R.randint(1, 12), 1).strftime("%y%m%d")),
                 s=("A%s" % digits(9), "device"))
        elif r == 6:
            emit(fam, "assetTag=NWH-IP-%05d model=Alaris 8015 fw=12.1.3 location=4W-412" % R.randint(0, 99999))
        else:
            emit(fam, "serialNumber=%s firmwareVersion=4.2.0-b%d" % ("SRV" + digits(8), R.randint(100, 999)))


# ----------------------------------------------------------------------------
# assembly
# ----------------------------------------------------------------------------
BLOCKS = [block_jstack, block_histo, block_strings_hprof, block_redis, block_strace, block_tcpdump,
          block_gdb, block_strings_core, block_pyspy, block_faulthandler, block_dotnet,
          block_node_uncaught, block_node_heap, block_go_debug1, block_go_panic,
          block_strings_misc, block_pyspy_claims, block_jstack]


DENSE = [block_strings_hprof, block_strings_core, block_node_heap, block_strings_misc,
         block_dotnet_dso, block_strings_hprof, block_strings_core, block_strace, block_node_heap,
         block_redis_big, block_redis, block_strings_misc]


def nophi_ratio():
    return sum(1 for ln in OUT if not ln.sp) / max(1, len(OUT))


def reset(seed):
    R.seed(seed)
    OUT.clear()
    Person.n = 0
    PATIENTS[:] = [Person(old=(i % 6 == 0)) for i in range(60)]
    OLD[:] = [p for p in PATIENTS if p.age > 89]
    PI[0] = OI[0] = DL[0] = 0
    RARE["i"]["hprof"] = RARE["i"]["misc"] = 0
    CLOCK[0] = datetime(2024, 3, 11, 2, 11, 42, 118000)
    OFF[0] = 0x1a2f000
    CHATQ["n"], CHATQ["p"] = [], []


ALL_CATS = ["name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn",
            "health_plan", "account", "license", "vehicle", "device", "url", "ip", "biometric",
            "photo", "other_id"]


def acceptable():
    r = nophi_ratio()
    cats = {}
    for ln in OUT:
        for sp in ln.sp:
            cats[sp[2]] = cats.get(sp[2], 0) + 1
    fams = {ln.fam for ln in OUT}
    return (0.545 <= r <= 0.56 and all(cats.get(c, 0) >= 3 for c in ALL_CATS) and len(fams) >= 18)


def main():
    for k in range(200):
        reset(SEED + k)
        if generate() and acceptable():
            print("seed offset", k)
            break
    else:
        raise SystemExit("no acceptable draw")
    write()


def generate():
    tick(1, 3)
    emit("diagctl", 'time="«t»" level=info msg="collection started" incident=«i» requested_by=«u» targets=ehr,integration,portal,billing,eligibility profile=full-phi-restricted',
         t=CLOCK[0].strftime("%Y-%m-%dT%H:%M:%SZ"), i=INC, u=STAFF[0][1])
    required = BLOCKS[:]
    R.shuffle(required)
    dense = []
    fails = 0
    while len(OUT) < TARGET - 12 and fails < 6:
        if required and (nophi_ratio() <= 0.54 or R.random() < 0.45 or
                         len(OUT) + 17 * len(required) > TARGET - 10):
            fn = required.pop()
            from_req = True
        else:
            from_req = False
            if not dense:
                dense = DENSE[:]
                R.shuffle(dense)
            fn = dense.pop()
        snap = len(OUT)
        fn()
        if len(OUT) > TARGET - 2:
            del OUT[snap:]
            fails += 1
            if from_req:
                required.append(fn)
            continue
        r = R.random()
        if nophi_ratio() > 0.5:
            if r < 0.15:
                diagctl(R.choice(["jstack", "heapdump", "core", "pcap", "strace", "pyspy", "pprof"]),
                        R.choice(sum(PODS.values(), [])))
            elif r < 0.75:
                chat(pat())
                if R.random() < 0.4:
                    chat(pat())
        elif r < 0.3:
            diagctl(R.choice(["jstack", "heapdump", "core", "pcap", "strace", "pyspy", "pprof"]),
                    R.choice(sum(PODS.values(), [])))
        elif r < 0.45:
            diagctl_misc()
        elif r < 0.8:
            chat(None)
    if required:
        return False
    while len(OUT) < TARGET:
        if nophi_ratio() > 0.552:
            chat(pat())
        else:
            R.choice([diagctl_misc, chat])()
    del OUT[TARGET:]
    return True


def write():
    logp = os.path.join(HERE, ID + ".log")
    labp = os.path.join(HERE, ID + ".labels.jsonl")
    with open(logp, "wb") as fl, open(labp, "w", encoding="utf-8") as fj:
        for i, ln in enumerate(OUT, 1):
            b = bytes(ln.b)
            s = b.decode("utf-8")
            assert s and s.strip(), i
            assert len(s.splitlines()) == 1 and "\n" not in s and "\r" not in s, (i, s)
            spans = []
            last = -1
            for st, e, cat, val in ln.sp:
                assert b[st:e].decode("utf-8") == val, (i, val)
                assert st >= last, (i, val)
                last = e
                spans.append({"s": st, "e": e, "cat": cat})
            fl.write(b + (b"\n" if i < len(OUT) else b""))
            fj.write(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
