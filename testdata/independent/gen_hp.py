#!/usr/bin/env python3
"""Generator for the `hp` held-out corpus (synthetic PHI, standard library only).

Theme: "Kestrel Health", a digital weight-management / diabetes-prevention program
with coaches.  Sources: Flutter member app (Android logcat threadtime and brief
format, iOS console, Dart `print`, `logger` package PrettyPrinter/SimplePrinter,
Dio LogInterceptor, Firebase Crashlytics logcat + BigQuery export rows), Elixir/
Phoenix backend (console Logger with metadata, Phoenix request/params logs, Ecto
query logs, LoggerJSON), Absinthe GraphQL logs, Oban job logs, Stripe webhooks,
insurance eligibility (clearinghouse JSON around X12 270/271, raw X12 dumps),
CDC DPRP (National DPP) submission CSV, A1c home-test kit lab orders (vendor JSON,
HL7 v2 ORM/ORU segments), a Go ingest worker (zap JSON + console encoder), feature-
flag evaluation events, employer eligibility fixed-width files, Zendesk tickets,
coach-chat transcripts and chat webhooks, ingress-nginx access logs, kubelet/klog.

All people, numbers and addresses are invented.  Deterministic (fixed seed).

Labeling decisions:
- Members/participants, their relatives, dependents, subscribers and emergency
  contacts are labeled.  Coaches, clinicians (ordering physicians, NPIs), support
  agents, engineers, employers, payers, labs, clearinghouses and our own company
  contact data (support phone, staff emails, office address) are not labeled.
- Internal member identifiers (app user UUIDs, DPP participant codes such as
  KH0048213 / CDC PARTICIP, chat handles/usernames, employer employee IDs,
  Zendesk requester/user IDs, Crashlytics user identifiers) -> other_id.  When such
  an ID is embedded in a path, S3 key or chat channel id, only the ID part is a span.
- Insurance member/subscriber IDs, Medicare MBIs, Medicaid IDs -> health_plan.
  Group numbers / plan codes identify an employer plan, not a person: not labeled.
- Stripe customer IDs (cus_...) and full card numbers -> account.  Payment intent,
  charge, invoice, event and request IDs, card last4 and expiry are not labeled.
- Lab patient identifiers (HL7 PID-3, vendor patientId) -> mrn.  Order numbers,
  kit barcodes, accession numbers, control numbers are not labeled (order-like).
- Smart-scale IMEIs, scale serial numbers and BLE MAC addresses of a member's
  scale -> device.  Phone models, OS versions, app install/build IDs: not labeled.
- Dates tied to a member's event (birth, enrollment, DPP session date, weigh-in /
  measured_on date, specimen collection, result/observation date, appointment,
  coverage effective/termination dates, eligibility date of service) -> date,
  whatever the written form (also inside ~D[...] sigils, only the inner date).
  Log timestamps, record metadata timestamps (inserted_at, created, ts, epoch
  values), file/batch dates and report periods are not labeled.
- Ages are labeled only when over 89 (e.g. AGE 91 in a DPRP row); other ages not.
- Member street / city / county -> address (street and city may be separate spans);
  state alone is not labeled; ZIP or ZIP+4 -> zip.
- Public IPs of member app requests -> ip; private 10.x/cluster IPs, probes and
  our own servers are not labeled.
- Member personal web pages / social profile URLs -> url.  Presigned S3 photo URLs
  and our API URLs are not url spans (only an embedded member ID is).
- A base64 member profile picture (face) -> photo.  Food photos are referenced by
  key/hash only and are not PHI.
- Weight, height, A1c values, BMI and other health measurements are health
  information but not identifiers: not labeled.
- Driver's licence numbers of a member -> license; a member's plate -> vehicle;
  a member's home fax -> fax.
- Names: each written name of a person is one span (a "Last, First" in one
  field is one span; HL7 LAST^FIRST^MIDDLE, X12 NM1 and fixed-width fields get one
  span per component).  A lone middle initial in a fixed-width record is not
  labeled.  Relatives' first names alone ("my mom Carmen") are labeled.
- Zendesk ticket numbers, chat conversation IDs (cv_...), request/trace/span IDs,
  Twilio SIDs and Stripe object IDs other than cus_ are not labeled.  Query date
  ranges (GraphQL `since`) are not labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import os
import unicodedata
import uuid
import random

R = random.Random(20240611)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "hp"
N_LINES = 500
UTC = dt.timezone.utc
CDT = dt.timezone(dt.timedelta(hours=-5), "CDT")

# ---------------------------------------------------------------- line builder


class P:
    """A labeled value (cat may be None for an unlabeled value in a helper)."""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """A string made of plain text and labeled P segments."""

    def __init__(self, *segs):
        self.segs = segs


class Sig:
    """Elixir sigil like ~D[2024-06-11]."""

    def __init__(self, kind, v):
        self.kind, self.v = kind, v


class AMap(dict):
    """Elixir map with atom keys."""


class L:
    def __init__(self, fam):
        self.fam, self.buf, self.n, self.spans = fam, [], 0, []

    def t(self, x):
        self.buf.append(x)
        self.n += len(x.encode("utf-8"))
        return self

    def p(self, x, cat):
        if cat is None:
            return self.t(x)
        st = self.n
        self.t(x)
        self.spans.append((st, self.n, cat, x))
        return self

    def add(self, *items):
        for it in items:
            if isinstance(it, str):
                self.t(it)
            elif isinstance(it, P):
                self.p(str(it.v), it.cat)
            elif isinstance(it, tuple):
                self.p(it[0], it[1])
            elif isinstance(it, S):
                self.add(*it.segs)
            else:
                raise TypeError(it)
        return self

    def text(self):
        return "".join(self.buf)


def ln(fam, *items):
    return L(fam).add(*items)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jdump(l, o, sp=False, sort=False):
    ik, kv = (", ", ": ") if sp else (",", ":")
    if isinstance(o, P):
        if isinstance(o.v, str):
            l.t('"').p(jesc(o.v), o.cat).t('"')
        else:
            l.p(json.dumps(o.v), o.cat)
    elif isinstance(o, S):
        l.t('"')
        for seg in o.segs:
            if isinstance(seg, P):
                l.p(jesc(seg.v), seg.cat)
            else:
                l.t(jesc(seg))
        l.t('"')
    elif isinstance(o, dict):
        l.t("{")
        items = sorted(o.items()) if sort else list(o.items())
        for i, (k, v) in enumerate(items):
            if i:
                l.t(ik)
            l.t(json.dumps(k, ensure_ascii=False) + kv)
            jdump(l, v, sp, sort)
        l.t("}")
    elif isinstance(o, list):
        l.t("[")
        for i, v in enumerate(o):
            if i:
                l.t(ik)
            jdump(l, v, sp, sort)
        l.t("]")
    else:
        l.t(json.dumps(o, ensure_ascii=False))
    return l


def exstr(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


def exdump(l, o):
    if isinstance(o, P):
        if isinstance(o.v, str):
            l.t('"').p(exstr(o.v), o.cat).t('"')
        else:
            l.p(str(o.v), o.cat)
    elif isinstance(o, S):
        l.t('"')
        for seg in o.segs:
            if isinstance(seg, P):
                l.p(exstr(seg.v), seg.cat)
            else:
                l.t(exstr(seg))
        l.t('"')
    elif isinstance(o, Sig):
        l.t("~%s[" % o.kind)
        if isinstance(o.v, P):
            l.p(o.v.v, o.v.cat)
        else:
            l.t(o.v)
        l.t("]")
    elif isinstance(o, AMap):
        l.t("%{")
        for i, k in enumerate(sorted(o)):
            if i:
                l.t(", ")
            l.t("%s: " % k)
            exdump(l, o[k])
        l.t("}")
    elif isinstance(o, dict):
        l.t("%{")
        for i, k in enumerate(sorted(o)):
            if i:
                l.t(", ")
            l.t('"%s" => ' % k)
            exdump(l, o[k])
        l.t("}")
    elif isinstance(o, list):
        l.t("[")
        for i, v in enumerate(o):
            if i:
                l.t(", ")
            exdump(l, v)
        l.t("]")
    elif o is None:
        l.t("nil")
    elif o is True:
        l.t("true")
    elif o is False:
        l.t("false")
    elif isinstance(o, str):
        l.t('"' + exstr(o) + '"')
    else:
        l.t(str(o))
    return l


def dartdump(l, o):
    """Dart Map/List toString(): {key: value, list: [a, b]}"""
    if isinstance(o, P):
        l.p(str(o.v), o.cat)
    elif isinstance(o, dict):
        l.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                l.t(", ")
            l.t("%s: " % k)
            dartdump(l, v)
        l.t("}")
    elif isinstance(o, list):
        l.t("[")
        for i, v in enumerate(o):
            if i:
                l.t(", ")
            dartdump(l, v)
        l.t("]")
    elif o is None:
        l.t("null")
    elif o is True:
        l.t("true")
    elif o is False:
        l.t("false")
    else:
        l.t(str(o))
    return l


# ---------------------------------------------------------------- clock

class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 6, 11, 13, 58, 2, 187000, tzinfo=UTC)

    def tick(self, lo=0.02, hi=6.0):
        self.t += dt.timedelta(microseconds=int(R.uniform(lo, hi) * 1e6))
        return self.t


C = Clock()


def ms3(t):
    return t.strftime("%H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def t_logcat(t):
    t = t.astimezone(CDT)
    return t.strftime("%m-%d ") + ms3(t)


def t_ios(t):
    t = t.astimezone(CDT)
    return t.strftime("%Y-%m-%d %H:%M:%S.%f") + "-0500"


def t_ex(t):
    return ms3(t)


def t_iso(t):
    return t.strftime("%Y-%m-%dT") + ms3(t) + "Z"


def t_isos(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def t_epoch(t):
    return t.timestamp()


def t_nginx(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S +0000")


def t_klog(t):
    return t.strftime("I%m%d %H:%M:%S.%f")


def t_journal(t):
    return t.strftime("%b %d %H:%M:%S")


# ---------------------------------------------------------------- random helpers

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"


def rstr(n, alpha=B62):
    return "".join(R.choice(alpha) for _ in range(n))


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def rdig(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def req_id():
    return "F" + rstr(19, B62 + "-_")


def trace_id():
    return rhex(32)


def span_id():
    return rhex(16)


def pick(*xs):
    return R.choice(xs)


# ---------------------------------------------------------------- people

CITIES = [
    ("Austin", "Travis County", "TX", "787", "512"), ("San Antonio", "Bexar County", "TX", "782", "210"),
    ("Columbus", "Franklin County", "OH", "432", "614"), ("Tucson", "Pima County", "AZ", "857", "520"),
    ("Raleigh", "Wake County", "NC", "276", "919"), ("Fresno", "Fresno County", "CA", "937", "559"),
    ("Newark", "Essex County", "NJ", "071", "973"), ("Des Moines", "Polk County", "IA", "503", "515"),
    ("Baton Rouge", "East Baton Rouge Parish", "LA", "708", "225"),
    ("Minneapolis", "Hennepin County", "MN", "554", "612"), ("Tacoma", "Pierce County", "WA", "984", "253"),
    ("Albuquerque", "Bernalillo County", "NM", "871", "505"), ("Jackson", "Hinds County", "MS", "392", "601"),
    ("Brooklyn", "Kings County", "NY", "112", "718"), ("Dearborn", "Wayne County", "MI", "481", "313"),
    ("Honolulu", "Honolulu County", "HI", "968", "808"), ("Memphis", "Shelby County", "TN", "381", "901"),
    ("Hialeah", "Miami-Dade County", "FL", "330", "305"), ("Pueblo", "Pueblo County", "CO", "810", "719"),
    ("Lowell", "Middlesex County", "MA", "018", "978"),
]
STREETS = ["Maple Ridge Dr", "Calle del Sol", "N Lamar Blvd", "Oak Hollow Ln", "Martin Luther King Jr Way",
           "Pinecrest Ave", "W 3rd St", "Bayou Vista Ct", "Kalanianaole Hwy", "Tremont St",
           "Fairlane Cir", "Rio Grande Blvd NW", "Old Canton Rd", "Linden Blvd", "Schaefer Rd",
           "Peachtree Pl", "E 41st St", "Willowbrook Dr", "Avenida Pico", "Summit Terrace"]
UNITS = ["", "", "", " Apt 4B", " Unit 12", " #207", " Apt 3", " Ste 1"]

NAMES = [
    ("María José", "Gutiérrez-Ochoa", "F", None), ("Thị Lan", "Nguyễn", "F", "Nguyễn Thị Lan"),
    ("Oluwaseun", "Adeyemi", "M", None), ("Jean-Luc", "de la Fontaine", "M", None),
    ("Siobhán", "O'Connell", "F", None), ("Rahul", "Venkataraman", "M", None),
    ("Keiko", "Tanaka", "F", None), ("Dmitri", "Volkov", "M", None),
    ("Aaliyah", "Washington", "F", None), ("Björn", "Lindqvist", "M", None),
    ("Fatima", "Al-Sayed", "F", None), ("Tomás", "Ruiz Domínguez", "M", None),
    ("Wei", "Chen", "M", None), ("Kwame", "Mensah", "M", None),
    ("Ingrid", "van der Berg", "F", None), ("Hyun-woo", "Park", "M", None),
    ("DeShawn", "Carter", "M", None), ("Leilani", "Kahananui", "F", None),
    ("Mary-Kate", "Sullivan", "F", None), ("Yusuf", "Demir", "M", None),
    ("Priyanka", "Iyer", "F", None), ("Svetlana", "Kowalczyk", "F", None),
    ("Giovanni", "Di Stefano", "M", None), ("Amara", "Okafor", "F", None),
    ("Lucía", "Fernández", "F", None), ("Ahmad", "Rahimi", "M", None),
    ("Thandiwe", "Ndlovu", "F", None), ("Patrick", "McAllister", "M", None),
    ("Ngozi", "Eze", "F", None), ("Mateo", "Vargas", "M", None),
    ("Hana", "Kobayashi-Reyes", "F", None), ("José Luis", "Castillo", "M", None),
    ("Marguerite", "LeBlanc", "F", None), ("Raymond", "Two Bears", "M", None),
    ("Esperanza", "Villanueva", "F", None), ("Kenji", "Watanabe", "M", None),
    ("Bernadette", "Nakamura-Holt", "F", None), ("Abdirahman", "Warsame", "M", None),
]
RELATIVES = [("Rosa", "sister"), ("Emeka", "husband"), ("Carmen", "mom"), ("Tyrone", "brother"),
             ("Mei", "daughter"), ("Hamid", "dad"), ("Bridget", "wife"), ("Luis", "son"),
             ("Aiyana", "daughter"), ("Gerhard", "dad")]
PAYERS = [("AETNA", "60054"), ("UNITEDHEALTHCARE", "87726"), ("BCBS OF TEXAS", "G84980"),
          ("CIGNA", "62308"), ("HUMANA", "61101"), ("MEDICARE PART B", "CMSMBI"),
          ("OHIO MEDICAID", "OHMCD")]
EMPLOYERS = [("ACME0042", "ACME LOGISTICS INC"), ("RIVR0107", "RIVERBEND SCHOOL DISTRICT"),
             ("HLXG0009", "HELIX GROCERS LLC")]
MBI_ALPHA = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    a, an, n = MBI_ALPHA, MBI_ALPHA + "0123456789", "0123456789"
    pat = [("123456789",), (a,), (an,), (n,), (a,), (an,), (n,), (a,), (a,), (n,), (n,)]
    return "".join(R.choice(p[0]) for p in pat)


def ssn():
    while True:
        area = R.randint(1, 899)
        if area != 666:
            break
    return "%03d-%02d-%04d" % (area, R.randint(1, 99), R.randint(1, 9999))


def public_ip():
    first = R.choice([73, 98, 24, 71, 174, 68, 107, 76, 99, 47, 162, 108])
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def member_id(payer):
    code = payer[1]
    if code == "60054":
        return "W" + rdig(9)
    if code == "87726":
        return rdig(9) + "00"
    if code == "G84980":
        return "XOJ" + rdig(9)
    if code == "62308":
        return "U" + rdig(8) + "01"
    if code == "61101":
        return "H" + rdig(8)
    if code == "CMSMBI":
        return mbi()
    return rdig(12)


def make_person(first, last, sex, full):
    city, county, st, zp, area = R.choice(CITIES)
    year = R.randint(1951, 1986)
    dob = dt.date(year, R.randint(1, 12), R.randint(1, 28))
    fa, la = fold(first).lower().replace(" ", ""), fold(last).lower().replace(" ", "").replace("'", "")
    em = R.choice([
        "%s.%s@gmail.com" % (fa, la), "%s%s%02d@yahoo.com" % (fa[0], la, year % 100),
        "%s_%s@outlook.com" % (fa, la[:4]), "%s.%s%d@icloud.com" % (la, fa[0], R.randint(1, 99)),
        "%s%s@proton.me" % (fa[:3], la), "%s.%s@hotmail.com" % (fa, la)])
    payer = R.choice(PAYERS)
    emp = R.choice(EMPLOYERS)
    p = dict(
        first=first, last=last, sex=sex, full=full or "%s %s" % (first, last), dob=dob,
        email=em, phone=area + str(R.randint(201, 989)) + rdig(4),
        street="%d %s%s" % (R.randint(12, 9870), R.choice(STREETS), R.choice(UNITS)),
        city=city, county=county, state=st, zip=zp + rdig(2), zip4=rdig(4),
        uid=ruuid(), pcode="KH%07d" % R.randint(10000, 999999),
        handle="%s.%s%02d" % (fa.split("-")[0][:6], la[:1], year % 100),
        cus="cus_" + rstr(14), payer=payer, mid=member_id(payer), ssn=ssn(),
        emp=emp, empid="E%09d" % R.randint(1000000, 999999999),
        imei=None, scale_sn="KS2-%s-%05d" % (R.choice(["24A", "24B", "23K"]), R.randint(100, 99999)),
        mac=":".join(["C8", "2B", "96"] + [rhex(2).upper() for _ in range(3)]),
        ip=public_ip(), mrn="LBP%08d" % R.randint(1000000, 99999999),
        zd="%d" % R.randint(10**12, 10**13 - 1), height_in=R.randint(59, 75),
        weight_lb=R.randint(168, 292),
    )
    body = "35693803" + rdig(6)
    p["imei"] = body + luhn_digit(body)
    return p


PEOPLE = [make_person(*n) for n in NAMES]


def person():
    return R.choice(PEOPLE)


def phone_fmt(d, style=None):
    style = style if style is not None else R.randint(0, 6)
    a, b, c = d[:3], d[3:6], d[6:]
    return ["(%s) %s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c), "%s.%s.%s" % (a, b, c), d,
            "+1%s" % d, "+1 %s-%s-%s" % (a, b, c), "1-%s-%s-%s" % (a, b, c)][style]


def date_fmt(d, style=None):
    style = style if style is not None else R.randint(0, 7)
    return [d.strftime("%Y-%m-%d"), d.strftime("%m/%d/%Y"), d.strftime("%Y%m%d"),
            "%d %s %d" % (d.day, d.strftime("%b"), d.year), "%s %d, %d" % (d.strftime("%B"), d.day, d.year),
            d.strftime("%d.%m.%Y"), "%d/%d/%s" % (d.month, d.day, d.strftime("%y")),
            d.strftime("%b %d %Y")][style]


def recent_date(days_back=40, days_fwd=0):
    return dt.date(2024, 6, 11) + dt.timedelta(days=R.randint(-days_back, days_fwd))


COACHES = [("Danielle Brooks", "danielle.brooks@kestrelhealth.com"), ("Arjun Mehta", "arjun.mehta@kestrelhealth.com"),
           ("Coach Renée Alvarez", "renee.alvarez@kestrelhealth.com"), ("Marcus Oyelaran", "marcus.oyelaran@kestrelhealth.com")]
AGENTS = ["Tasha (Member Support)", "Kevin L.", "Support Bot"]
DOCTORS = [("1487654321", "PATEL", "ANJALI"), ("1326047781", "OKONKWO", "CHIDI"), ("1720193846", "HOFFMAN", "LEAH")]
SUPPORT_PHONE = "1-888-555-0170"
OFFICE = "600 Congress Ave, Suite 1400, Austin, TX 78701"
PODS = ["kestrel-api-7c9d8f6b5-x2kqz", "kestrel-api-7c9d8f6b5-m8w4t", "kestrel-worker-5d6b9c7f8-q7rjl"]
APP_VER = "3.14.0+3140021"

# ---------------------------------------------------------------- generators
# each returns a list of L


def pid():
    return R.choice([12873, 12873, 30411])


def lc(tag="flutter", lvl="I"):
    t = C.tick()
    return "%s %5d %5d %s %-8s: " % (t_logcat(t), 12873, R.choice([12873, 12901, 12955]), lvl, tag)


def lcb(tag="flutter", lvl="I"):
    C.tick()
    return "%s/%s(%5d): " % (lvl, tag, 12873) if tag != "flutter" else "%s/flutter (12873): " % lvl


def ios():
    t = C.tick()
    return "%s Runner[2211:%d] flutter: " % (t_ios(t), R.choice([88123, 88123, 88140]))


def ex_meta(rid=None, fast=False):
    t = C.tick(0.0005, 0.03) if fast else C.tick(0.001, 2.5)
    s = t_ex(t) + " "
    if rid:
        s += "request_id=%s " % rid
    return s


# ---- Flutter / Dart -------------------------------------------------------

def n_flutter():
    c = R.randint(0, 13)
    if c == 0:
        return [ln("flutter_logcat", lc(), "[GoRouter] going to /", pick("home", "lessons/week-6", "food-log", "progress", "coach"))]
    if c == 1:
        return [ln("flutter_logcat", lc("FlutterJNI", "W"), "FlutterJNI.loadLibrary called more than once")]
    if c == 2:
        return [ln("flutter_logcat", lc(), "[HealthConnect] permissions granted: [WEIGHT, STEPS, ACTIVE_CALORIES_BURNED]")]
    if c == 3:
        return [ln("flutter_logcat", lc(), "[Bluetooth] scanning for KS-200 scale (timeout 15s, filter service 0x181D)")]
    if c == 4:
        return [ln("flutter_ios", ios(), "[Connectivity] status changed: ", pick("wifi", "mobile", "none"))]
    if c == 5:
        return [ln("flutter_ios", ios(), "[LessonCache] prefetched %d lessons (%.1f MB) in %dms" % (R.randint(3, 12), R.uniform(1, 40), R.randint(80, 900)))]
    if c == 6:
        return [ln("flutter_logcat", lcb("FirebaseCrashlytics"), "Crashlytics report upload complete: ", rhex(32).upper())]
    if c == 7:
        return [ln("flutter_logcat", lcb("FLTFirebaseMessaging", "D"), "onMessage: notification.android.channelId=coach_messages priority=high")]
    if c == 8:
        return [ln("dart_logger", lcb(), "[I]  TIME: 2024-06-11T%s %s" % (ms3(C.t.astimezone(CDT)), pick(
            "Remote config fetched: min_supported_build=3120000",
            "Coach chat socket connected (wss://chat.kestrelhealth.com/socket/websocket?vsn=2.0.0)",
            "Meal scanner model meal-v4 warmed up in 412ms",
            "Background fetch registered: com.kestrelhealth.weighin.sync (15 min)")))]
    if c == 9:
        return [ln("flutter_ios", ios(), "Dart VM Service listening on http://127.0.0.1:%d/%s=/" % (R.randint(49152, 65000), rstr(11)))]
    if c == 10:
        st = R.choice([200, 200, 200, 304, 503])
        return [ln("dart_logger", lcb(), "[%s]  TIME: 2024-06-11T%s HTTP %d GET /api/v1/lessons?week=%d (%dms)" % (
            "W" if st == 503 else "D", ms3(C.t.astimezone(CDT)), st, R.randint(1, 26), R.randint(40, 1200)))]
    if c in (11, 12) and R.random() < 0.5:
        c = 13
    if c == 11:
        return pretty("💡", pick("Sync queue drained: 0 pending weigh-ins, 0 pending meals",
                                "Theme switched to dark (system)",
                                "FoodPhotoUploader: compressed 4032x3024 -> 1280x960 (q=82)"),
                      ["SyncService.drain (package:kestrel_app/sync/sync_service.dart:142:9)", "<asynchronous suspension>"])
    if c == 12:
        return pretty("⚠️", "Scale connection dropped (GATT_ERROR 133), retry 2/5 in 4s",
                      ["ScaleBleClient._onDisconnect (package:kestrel_app/ble/scale_ble_client.dart:211:5)",
                       "_RootZone.runUnaryGuarded (dart:async/zone.dart:1594:10)"])
    if R.random() < 0.4:
        return [ln("flutter_logcat", lcb(lvl="E"), "[ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: Bad state: No element"),
                ln("flutter_logcat", lcb(lvl="E"), "#0      ListBase.firstWhere (dart:collection/list.dart:132:5)"),
                ln("flutter_logcat", lcb(lvl="E"), "#1      LessonProgressCubit._nextLesson (package:kestrel_app/lessons/lesson_progress_cubit.dart:58:22)")]
    return [ln("flutter_logcat", lc(), "Reloaded 0 of 1432 libraries; app version %s, dart 3.3.4" % APP_VER)]


def pretty(emoji, msg_items, frames, prefix_fn=None, extra_lines=()):
    prefix_fn = prefix_fn or (lambda: lcb())
    fam = "dart_logger"
    out = [ln(fam, prefix_fn(), "┌" + "─" * 78)]
    for i, f in enumerate(frames):
        out.append(ln(fam, prefix_fn(), "│ #%-3d %s" % (i, f)))
    out.append(ln(fam, prefix_fn(), "├" + "┄" * 78))
    if isinstance(msg_items, str):
        msg_items = [msg_items]
    out.append(ln(fam, prefix_fn(), "│ %s " % emoji, *msg_items))
    for extra in extra_lines:
        out.append(ln(fam, prefix_fn(), "│ %s " % emoji, *extra))
    out.append(ln(fam, prefix_fn(), "└" + "─" * 78))
    return out


def p_flutter():
    p = person()
    c = R.randint(0, 14)
    if c == 12:
        return [ln("flutter_logcat", lcb(lvl="E"), "[ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: PlatformException(invalid_phone, The phone number ",
                   (phone_fmt(p["phone"], 5), "phone"), " is not valid for region US, null, null)"),
                ln("flutter_logcat", lcb(lvl="E"), "#0      StandardMethodCodec.decodeEnvelope (package:flutter/services/message_codecs.dart:648:7)"),
                ln("flutter_logcat", lcb(lvl="E"), "#1      MethodChannel._invokeMethod (package:flutter/src/services/platform_channel.dart:334:18)"),
                ln("flutter_logcat", lcb(lvl="E"), "<asynchronous suspension>")]
    if c == 13:
        return [ln("flutter_ios", ios(), "[Search] member directory query=\"", (fold(p["full"]).lower(), "name"), "\" results=1")]
    if c == 14:
        return [ln("flutter_logcat", lc(), "[MealLog] saved meal for ", (p["handle"], "other_id"), ": breakfast, 2 photos, ~%d kcal (model meal-v4)" % R.randint(250, 800))]
    if c == 0:
        return [ln("flutter_logcat", lc(), "[Auth] signed in as ", (p["email"], "email"), " (provider=password, mfa=false)")]
    if c == 1:
        l = ln("flutter_logcat", lc(), "[ProfileBloc] loaded profile ")
        dartdump(l, {"id": P(p["uid"], "other_id"), "firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
                     "dateOfBirth": P(p["dob"].isoformat(), "date"), "heightIn": p["height_in"], "cohort": "2024-05-C",
                     "coachId": 17, "goalWeightLb": p["weight_lb"] - 14})
        return [l]
    if c == 2:
        return [ln("flutter_ios", ios(), "[ScaleSync] paired KS-200 serial=", (p["scale_sn"], "device"), " mac=", (p["mac"], "device"),
                   " fw=2.4.1 for user ", (p["uid"], "other_id"))]
    if c == 3:
        d = recent_date(3)
        wt = p["weight_lb"] + R.uniform(-3, 3)
        return [ln("flutter_logcat", lc(), "[WeighInBloc] queued offline weigh-in ", "{weightLb: %.1f, measuredOn: " % wt,
                   (d.isoformat(), "date"), ", source: scale, participant: ", (p["pcode"], "other_id"), "}")]
    if c == 4:
        rid = rhex(8)
        out = [ln("flutter_logcat", lcb(), "*** Request ***"),
               ln("flutter_logcat", lcb(), "uri: https://api.kestrelhealth.com/api/v1/participants/", (p["uid"], "other_id"), "/emergency_contact"),
               ln("flutter_logcat", lcb(), "method: PUT"),
               ln("flutter_logcat", lcb(), "headers: {content-type: application/json; charset=utf-8, x-request-id: %s, authorization: Bearer ***}" % rid)]
        rel = R.choice(RELATIVES)
        l = ln("flutter_logcat", lcb(), "data: ")
        jdump(l, {"name": P("%s %s" % (rel[0], p["last"]), "name"), "relationship": rel[1], "phone": P(phone_fmt(p["phone"][:3] + rdig(7), 1), "phone")})
        out.append(l)
        return out
    if c == 5:
        return pretty("⛔", ["DioException [bad response]: status 422 on POST /api/v1/weigh_ins"],
                      ["WeighInRepository.upload (package:kestrel_app/data/weigh_in_repository.dart:88:7)", "<asynchronous suspension>"],
                      extra_lines=[["{\"errors\":{\"measured_on\":[\"can't be in the future\"]},\"participant_id\":\"", (p["uid"], "other_id"),
                                    "\",\"measured_on\":\"", (recent_date(0, 2).isoformat(), "date"), "\"}"]])
    if c == 6:
        return pretty("🐛", ["Onboarding step 3 saved: ", (p["full"], "name"), ", zip ", (p["zip"], "zip"), ", employer ", p["emp"][1].title()],
                      ["OnboardingCubit.saveStep (package:kestrel_app/onboarding/onboarding_cubit.dart:97:11)", "<asynchronous suspension>"])
    if c == 7:
        return [ln("dart_logger", lcb(), "[D]  TIME: 2024-06-11T%s " % ms3(C.t.astimezone(CDT)), "FCM token registered for ",
                   (p["handle"], "other_id"), " (", (p["email"], "email"), ")")]
    if c == 8:
        return [ln("flutter_logcat", lcb("FLTFirebaseCrashlytics", "D"), "setUserIdentifier: ", (p["uid"], "other_id"))]
    if c == 9:
        return [ln("flutter_ios", ios(), "[LabKit] address confirmed: ", (p["street"], "address"), ", ", (p["city"], "address"),
                   ", ", p["state"], " ", (p["zip"] + "-" + p["zip4"], "zip"))]
    if c == 10:
        return [ln("flutter_logcat", lc(lvl="E"), "[PhoneVerify] SMS code rejected for ", (phone_fmt(p["phone"], 4), "phone"),
                   " attempts=3 (Twilio 60202)")]
    return [ln("flutter_ios", ios(), "[Reminder] scheduled weigh-in reminder for ", (p["first"], "name"), " at 07:00 local")]


def n_crashlytics():
    t = C.tick()
    l = ln("crashlytics_bq")
    jdump(l, {"platform": pick("ANDROID", "IOS"), "bundle_identifier": "com.kestrelhealth.app",
              "event_id": rhex(32), "is_fatal": False, "issue_id": rhex(32),
              "issue_title": pick("PlatformException(sign_in_failed)", "SocketException: Connection reset by peer", "StateError: Bad state: Stream has already been listened to"),
              "event_timestamp": t.strftime("%Y-%m-%d %H:%M:%S.%f UTC"),
              "device": {"manufacturer": pick("Google", "samsung", "Apple"), "model": pick("Pixel 7", "SM-A536U", "iPhone14,5"), "architecture": "arm64"},
              "application": {"build_version": "3140021", "display_version": "3.14.0"},
              "breadcrumbs": [{"timestamp": (t - dt.timedelta(seconds=31)).strftime("%Y-%m-%d %H:%M:%S UTC"), "name": "screen_view",
                               "params": [{"key": "firebase_screen_class", "value": pick("FoodLogScreen", "ProgressScreen", "LessonScreen")}]}]})
    return [l]


def p_crashlytics():
    p = person()
    t = C.tick()
    l = ln("crashlytics_bq")
    custom = [{"key": "cohort", "value": "2024-05-C"}, {"key": "scale_serial", "value": P(p["scale_sn"], "device")}] if R.random() < 0.5 else [{"key": "cohort", "value": "2024-04-B"}]
    jdump(l, {"platform": "ANDROID", "bundle_identifier": "com.kestrelhealth.app", "event_id": rhex(32), "is_fatal": R.random() < 0.3,
              "issue_title": "FormatException: Invalid date format",
              "event_timestamp": t.strftime("%Y-%m-%d %H:%M:%S.%f UTC"),
              "user": {"id": P(p["uid"], "other_id"), "email": P(p["email"], "email"), "name": P(p["full"], "name")},
              "custom_keys": custom,
              "logs": [{"timestamp": t.strftime("%Y-%m-%d %H:%M:%S UTC"),
                        "message": S("parse dob '", P(date_fmt(p["dob"], 5), "date"), "' failed, expected yyyy-MM-dd")}]})
    return [l]


# ---- Phoenix / Elixir ------------------------------------------------------

def n_phoenix():
    c = R.randint(0, 10)
    rid = req_id()
    if c <= 2:
        path = pick("/health", "/api/health/ready", "/metrics")
        return [ln("phoenix", ex_meta(rid), "[info] GET ", path), ln("phoenix", ex_meta(rid, True), "[info] Sent 200 in %dµs" % R.randint(180, 990))]
    if c == 3:
        return [ln("phoenix", ex_meta(), "[info] Running KestrelWeb.Endpoint with Bandit 1.5.2 at :::4000 (http)"),
                ln("phoenix", ex_meta(), "[info] Access KestrelWeb.Endpoint at https://api.kestrelhealth.com")]
    if c == 4:
        return [ln("phoenix", ex_meta(rid), "[info] CONNECTED TO KestrelWeb.CoachSocket in %dµs" % R.randint(40, 400)),
                ln("phoenix", "  Transport: :websocket"),
                ln("phoenix", "  Serializer: Phoenix.Socket.V2.JSONSerializer"),
                ln("phoenix", "  Parameters: %{\"token\" => \"[FILTERED]\", \"vsn\" => \"2.0.0\"}")]
    if c == 5:
        wk = R.randint(1, 26)
        return [ln("phoenix", ex_meta(rid), "[info] GET /api/v1/lessons/week/%d" % wk),
                ln("phoenix", ex_meta(rid, True), "[debug] Processing with KestrelWeb.LessonController.show/2"),
                ln("phoenix", "  Parameters: %%{\"locale\" => \"%s\", \"week\" => \"%d\"}" % (pick("en", "es", "vi"), wk)),
                ln("phoenix", "  Pipelines: [:api, :require_member]"),
                ln("phoenix", ex_meta(rid, True), "[info] Sent 200 in %dms" % R.randint(4, 80))]
    if c == 6:
        return [ln("phoenix", ex_meta(rid), "[info] Converted error Ecto.NoResultsError to 404 response")]
    if c == 7:
        return [ln("phoenix", ex_meta(), "[warning] [libcluster:k8s] unable to connect to :\"kestrel@10.42.%d.%d\"" % (R.randint(0, 9), R.randint(2, 250)))]
    if c == 8:
        return [ln("phoenix", ex_meta(), "[notice] Application kestrel started at :nonode@nohost; OTP 26, Elixir 1.16.2, release 2024.06.11-1 (sha %s)" % rhex(7))]
    if c == 9:
        return [ln("oban", ex_meta(), "[info] ", json.dumps({"event": "plugin:stop", "plugin": "Oban.Plugins.Pruner", "pruned_count": R.randint(0, 400), "duration": R.randint(800, 9000), "source": "oban"}, separators=(",", ":"), sort_keys=True))]
    l = ln("oban", ex_meta(), "[info] ")
    jdump(l, {"args": {"period": "2024-Q2", "org_code": "7845291"}, "attempt": 1, "duration": R.randint(1000, 90000), "event": "job:stop",
              "id": R.randint(100000, 999999), "max_attempts": 3, "meta": {}, "queue": "dprp", "queue_time": R.randint(5, 600),
              "source": "oban", "state": "success", "tags": ["cdc"], "worker": "Kestrel.Workers.DprpExport"}, sort=True)
    return [l]


def p_phoenix():
    p = person()
    rid = req_id()
    c = R.randint(0, 5)
    meta = lambda fast=True: ln("phoenix", ex_meta(fast=fast), "request_id=", rid, " remote_ip=").p(p["ip"], "ip").t(" user_id=").p(p["uid"], "other_id").t(" ")
    if c == 0:
        d = recent_date(2)
        a = meta(False).t("[info] POST /api/v1/weigh_ins")
        b = meta().t("[debug] Processing with KestrelWeb.WeighInController.create/2")
        par = ln("phoenix", "  Parameters: ")
        exdump(par, {"weigh_in": {"measured_on": P(d.isoformat(), "date"), "unit": "lb", "weight": "%.1f" % (p["weight_lb"] - R.uniform(0, 9)), "source": "manual"}})
        return [a, b, par, ln("phoenix", "  Pipelines: [:api, :require_member]"), meta().t("[info] Sent 201 in %dms" % R.randint(12, 90))]
    if c == 1:
        a = meta(False).t("[info] PATCH /api/v1/profile")
        par = ln("phoenix", "  Parameters: ")
        exdump(par, {"profile": {"first_name": P(p["first"], "name"), "last_name": P(p["last"], "name"),
                                 "phone": P(phone_fmt(p["phone"], 0), "phone"), "preferred_language": "en",
                                 "address": {"line1": P(p["street"], "address"), "city": P(p["city"], "address"), "state": p["state"], "postal_code": P(p["zip"], "zip")}}})
        return [a, ln("phoenix", ex_meta(rid, True), "[debug] Processing with KestrelWeb.ProfileController.update/2"), par,
                ln("phoenix", "  Pipelines: [:api, :require_member]"), meta().t("[info] Sent 200 in %dms" % R.randint(12, 90))]
    if c == 2:
        raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.getrandbits(8) for _ in range(120))
        b64 = base64.b64encode(raw).decode()
        par = ln("phoenix", "  Parameters: ")
        exdump(par, {"avatar": S("data:image/jpeg;base64,", P(b64, "photo")), "participant_id": P(p["uid"], "other_id")})
        return [meta(False).t("[info] POST /api/v1/profile/avatar"), ln("phoenix", ex_meta(rid, True), "[debug] Processing with KestrelWeb.AvatarController.create/2"), par,
                meta().t("[info] Sent 201 in %dms" % R.randint(40, 300))]
    if c == 3:
        return [ln("phoenix", ex_meta(rid), "[warning] login failed for ", (p["email"], "email"), " reason=:invalid_password attempts=%d" % R.randint(2, 5))]
    if c == 4:
        return [ln("phoenix", ex_meta(rid), "user_id=", (p["uid"], "other_id"), " [error] ** (Kestrel.Labs.AddressError) USPS rejected shipping address \"",
                   (p["street"], "address"), ", ", (p["city"], "address"), " ", p["state"], " ", (p["zip"], "zip"), "\": :missing_unit")]
    return [ln("phoenix", ex_meta(rid), "participant_id=", (p["pcode"], "other_id"), " [info] coach assignment: participant ", (p["full"], "name"),
               " -> coach_id=%d (%s), cohort 2024-06-A" % (R.randint(10, 40), R.choice(COACHES)[0]))]


def n_ecto():
    rid = req_id()
    tbl, sql, params = R.choice([
        ("lessons", 'SELECT l0."id", l0."title", l0."week", l0."body_md" FROM "lessons" AS l0 WHERE (l0."week" = $1)', "[%d]" % R.randint(1, 26)),
        ("feature_flags", 'SELECT f0."key", f0."enabled" FROM "feature_flags" AS f0', "[]"),
        ("oban_jobs", 'UPDATE "public"."oban_jobs" AS o0 SET "state" = $1 WHERE (o0."state" = \'scheduled\') AND (o0."scheduled_at" <= $2)', '["available", ~U[%s]]' % C.t.strftime("%Y-%m-%d %H:%M:%S.%fZ")),
        ("coach_capacity", 'SELECT c0."coach_id", count(c0."participant_id") FROM "coach_assignments" AS c0 GROUP BY c0."coach_id"', "[]"),
    ])
    return [ln("ecto", ex_meta(rid), '[debug] QUERY OK source="%s" db=%.1fms queue=%.1fms idle=%.1fms' % (tbl, R.uniform(0.2, 9), R.uniform(0, 2), R.uniform(0, 1500))),
            ln("ecto", sql, " ", params)]


def p_ecto():
    p = person()
    rid = req_id()
    c = R.randint(0, 3)
    head = ln("ecto", ex_meta(rid), '[debug] QUERY OK source="%s" db=%.1fms queue=%.1fms idle=%.1fms' % (
        "weigh_ins" if c == 1 else "participants", R.uniform(0.3, 6), R.uniform(0, 1.5), R.uniform(10, 1400)))
    if c == 0:
        return [head, ln("ecto", 'SELECT p0."id", p0."email", p0."first_name", p0."last_name", p0."cohort_id" FROM "participants" AS p0 WHERE (lower(p0."email") = $1) ["', (p["email"], "email"), '"]'),
                ln("ecto", "↳ Kestrel.Accounts.get_participant_by_email/1, at: lib/kestrel/accounts.ex:58")]
    if c == 1:
        d = recent_date(5)
        l = ln("ecto", 'INSERT INTO "weigh_ins" ("participant_id","weight_grams","measured_on","source","inserted_at","updated_at") VALUES ($1,$2,$3,$4,$5,$6) RETURNING "id" ')
        ts = C.t.strftime("%Y-%m-%d %H:%M:%SZ")
        exdump(l, [P(p["uid"], "other_id"), int(p["weight_lb"] * 453.6), Sig("D", P(d.isoformat(), "date")), "scale", Sig("U", ts), Sig("U", ts)])
        return [head, l]
    if c == 2:
        l = ln("ecto", 'SELECT p0."id" FROM "participants" AS p0 WHERE ((p0."last_name" ILIKE $1) AND (p0."date_of_birth" = $2)) ')
        exdump(l, [P(p["last"], "name"), Sig("D", P(p["dob"].isoformat(), "date"))])
        return [head, l, ln("ecto", "↳ Kestrel.Eligibility.match_member/2, at: lib/kestrel/eligibility.ex:141")]
    l = ln("ecto", 'UPDATE "participants" SET "phone" = $1, "sms_opt_in" = $2, "updated_at" = $3 WHERE "id" = $4 ')
    exdump(l, [P(phone_fmt(p["phone"], 4), "phone"), True, Sig("U", C.t.strftime("%Y-%m-%d %H:%M:%SZ")), P(p["uid"], "other_id")])
    return [head, l]


def n_loggerjson():
    t = C.tick()
    l = ln("logger_json")
    jdump(l, {"time": t_iso(t), "severity": pick("info", "info", "warning"), "message": pick(
        "Finch pool stats", "Stripe webhook signature verified", "DPRP export window open", "Cachex warm complete",
        "telemetry: vm.memory.total=%d" % (R.randint(300, 900) * 1024 * 1024)),
        "metadata": {"domain": ["elixir"], "mfa": pick("Kestrel.Telemetry.poll/0", "KestrelWeb.StripeWebhook.call/2"),
                     "request_id": req_id(), "trace_id": trace_id(), "span_id": span_id(), "node": "kestrel@10.42.1.%d" % R.randint(2, 250)}})
    return [l]


def p_loggerjson():
    p = person()
    t = C.tick()
    l = ln("logger_json")
    c = R.randint(0, 2)
    if c == 0:
        msg = S("DPP milestone reached: 5% weight loss for ", P(p["full"], "name"))
        md = {"participant_id": P(p["pcode"], "other_id"), "cohort": "2024-01-A", "milestone": "wl_5pct", "coach_id": R.randint(10, 40)}
    elif c == 1:
        msg = S("SMS reminder sent to ", P(phone_fmt(p["phone"], 4), "phone"))
        md = {"user_id": P(p["uid"], "other_id"), "twilio_sid": "SM" + rhex(32), "template": "weigh_in_reminder_v3"}
    else:
        msg = "enrollment completed"
        md = {"user_id": P(p["uid"], "other_id"), "enrolled_on": P(recent_date(10).isoformat(), "date"),
              "dob": P(date_fmt(p["dob"], 0), "date"), "referral_source": pick("employer_portal", "physician_referral", "self")}
    md.update({"request_id": req_id(), "mfa": "Kestrel.Programs.track/2"})
    jdump(l, {"time": t_iso(t), "severity": "info", "message": msg, "metadata": md})
    return [l]


# ---- Absinthe ----------------------------------------------------------------

def absinthe_block(vars_items, query_lines, rid):
    out = [ln("absinthe", ex_meta(rid), "[debug] ABSINTHE schema=KestrelWeb.Schema variables=", *vars_items)]
    out.append(ln("absinthe", "---"))
    for q in query_lines:
        out.append(ln("absinthe", q))
    out.append(ln("absinthe", "---"))
    return out


def n_absinthe():
    rid = req_id()
    wk = R.randint(1, 26)
    v = ln("x")
    exdump(v, {"first": 20, "week": wk})
    return absinthe_block([v.text()], ["query Lessons($week: Int!, $first: Int) {", "  lessons(week: $week, first: $first) {",
                                       "    edges { node { id title durationMinutes } }", "  }", "}"], rid)


def p_absinthe():
    p = person()
    rid = req_id()
    if R.random() < 0.5:
        first = ln("absinthe", ex_meta(rid), "[debug] ABSINTHE schema=KestrelWeb.Schema variables=")
        exdump(first, {"input": {"dateOfBirth": P(p["dob"].strftime("%m/%d/%Y"), "date"), "phone": P(phone_fmt(p["phone"], 3), "phone"),
                                 "email": P(p["email"], "email"), "sex": p["sex"]}})
        return [first] + [ln("absinthe", q) for q in ["---", "mutation UpdateProfile($input: ProfileInput!) {", "  updateProfile(input: $input) {",
                                                       "    participant { id email phone }", "    errors { field message }", "  }", "}", "---"]]
    first = ln("absinthe", ex_meta(rid), "[debug] ABSINTHE schema=KestrelWeb.Schema variables=")
    exdump(first, {"participantId": P(p["uid"], "other_id"), "since": "2024-05-01"})
    return [first, ln("absinthe", "---"), ln("absinthe", "query WeightTrend($participantId: ID!, $since: Date!) {"),
            ln("absinthe", "  participant(id: $participantId) { weighIns(since: $since) { measuredOn weightLb source } }"),
            ln("absinthe", "}"), ln("absinthe", "---"),
            ln("absinthe", ex_meta(rid, True), "user_id=", (p["uid"], "other_id"), " [info] Absinthe query WeightTrend completed in %dms (complexity 42)" % R.randint(8, 200))]


def p_oban():
    p = person()
    l = ln("oban", ex_meta(), "[info] ")
    c = R.randint(0, 2)
    if c == 0:
        args = {"participant_id": P(p["uid"], "other_id"), "email": P(p["email"], "email"), "template": "kit_shipped"}
        w, q = "Kestrel.Workers.SendEmail", "mailers"
    elif c == 1:
        args = {"participant_code": P(p["pcode"], "other_id"), "session_date": P(recent_date(7).isoformat(), "date"), "session_id": "%02d" % R.randint(1, 26)}
        w, q = "Kestrel.Workers.RecordSessionAttendance", "dpp"
    else:
        args = {"user_id": P(p["uid"], "other_id"), "payer_id": p["payer"][1], "member_id": P(p["mid"], "health_plan")}
        w, q = "Kestrel.Workers.EligibilityCheck", "eligibility"
    st = pick("success", "success", "failure")
    d = {"args": args, "attempt": 1 if st == "success" else R.randint(2, 5), "duration": R.randint(2000, 900000), "event": "job:%s" % ("stop" if st == "success" else "exception"),
         "id": R.randint(100000, 999999), "max_attempts": 20, "meta": {}, "queue": q, "queue_time": R.randint(3, 9000),
         "source": "oban", "state": st, "tags": [], "worker": w}
    if st == "failure":
        d["error"] = "** (Req.TransportError) timeout"
        d["kind"] = "error"
    jdump(l, d, sort=True)
    return [l]


# ---- Stripe -----------------------------------------------------------------

def n_stripe():
    c = R.randint(0, 3)
    if c == 0:
        return [ln("stripe", ex_meta(req_id()), "[info] stripe webhook received id=evt_%s type=%s livemode=true api_version=2024-04-10" % (
            rstr(24), pick("invoice.paid", "customer.subscription.updated", "charge.succeeded", "payment_intent.created")))]
    if c == 1:
        return [ln("stripe", ex_meta(), "[debug] [stripity_stripe] POST https://api.stripe.com/v1/invoices/in_%s/finalize 200 (req_%s) %dms" % (rstr(24), rstr(14), R.randint(90, 700)))]
    if c == 2:
        return [ln("stripe", ex_meta(), "[warning] stripe webhook evt_%s ignored: event older than tolerance (300s)" % rstr(24))]
    l = ln("stripe", ex_meta(), "[info] stripe.payout ")
    jdump(l, {"id": "po_" + rstr(24), "object": "payout", "amount": R.randint(100000, 9000000), "currency": "usd", "arrival_date": int(C.t.timestamp()) + 86400 * 2,
              "status": "in_transit", "statement_descriptor": "KESTREL HEALTH"})
    return [l]


def p_stripe():
    p = person()
    c = R.randint(0, 2)
    l = ln("stripe", ex_meta(req_id()), "[info] stripe.event ")
    if c == 0:
        obj = {"id": "in_" + rstr(24), "object": "invoice", "customer": P(p["cus"], "account"), "customer_email": P(p["email"], "email"),
               "customer_name": P(p["full"], "name"), "amount_paid": 4900, "currency": "usd", "status": "paid",
               "lines": {"data": [{"description": "Kestrel Prevent monthly (self-pay)", "amount": 4900}]}}
        typ = "invoice.paid"
    elif c == 1:
        obj = {"id": "ch_" + rstr(24), "object": "charge", "amount": 14700, "customer": P(p["cus"], "account"),
               "billing_details": {"address": {"city": P(p["city"], "address"), "country": "US", "line1": P(p["street"], "address"), "line2": None,
                                               "postal_code": P(p["zip"], "zip"), "state": p["state"]},
                                   "email": P(p["email"], "email"), "name": P(p["full"].upper() if R.random() < 0.4 else p["full"], "name"), "phone": None},
               "failure_code": "card_declined", "outcome": {"network_status": "declined_by_network", "reason": "insufficient_funds"},
               "payment_method_details": {"card": {"brand": "visa", "exp_month": R.randint(1, 12), "exp_year": 2027, "last4": rdig(4)}}}
        typ = "charge.failed"
    else:
        obj = {"id": P(p["cus"], "account"), "object": "customer", "email": P(p["email"], "email"), "name": P(p["full"], "name"),
               "phone": P(phone_fmt(p["phone"], 4), "phone"), "metadata": {"participant_id": P(p["uid"], "other_id"), "plan": "prevent_self_pay"}}
        typ = "customer.created"
    jdump(l, {"id": "evt_" + rstr(24), "object": "event", "api_version": "2024-04-10", "created": int(C.t.timestamp()), "type": typ, "data": {"object": obj}})
    return [l]


# ---- Eligibility (clearinghouse JSON / X12) --------------------------------------

def n_elig():
    c = R.randint(0, 2)
    if c == 0:
        return [ln("elig_api", ex_meta(req_id()), "[info] clearinghouse POST /medicalnetwork/eligibility/v3 200 in %dms controlNumber=%09d tradingPartnerServiceId=%s" % (
            R.randint(300, 4000), R.randint(1, 999999999), R.choice(PAYERS)[1]))]
    if c == 1:
        l = ln("elig_api", ex_meta(req_id()), "[warning] eligibility 271 error ")
        jdump(l, {"controlNumber": "%09d" % R.randint(1, 999999999), "tradingPartnerServiceId": R.choice(PAYERS)[1],
                  "errors": [{"field": "AAA", "code": "42", "description": "Unable to Respond at Current Time", "followupAction": "Please Correct and Resubmit",
                              "location": "Loop 2100A"}], "status": "ERROR"})
        return [l]
    return [ln("elig_api", ex_meta(), "[info] eligibility batch %s: %d requests, %d active, %d inactive, %d errors, p95=%dms" % (
        ruuid()[:8], R.randint(50, 400), R.randint(40, 300), R.randint(0, 40), R.randint(0, 9), R.randint(900, 5000)))]


def p_elig():
    p = person()
    cn = "%09d" % R.randint(1, 999999999)
    dos = recent_date(0)
    if R.random() < 0.5:
        l = ln("elig_api", ex_meta(req_id()), "[debug] clearinghouse request ")
        sub = {"memberId": P(p["mid"], "health_plan"), "firstName": P(fold(p["first"]).upper(), "name"), "lastName": P(fold(p["last"]).upper(), "name"),
               "gender": p["sex"], "dateOfBirth": P(p["dob"].strftime("%Y%m%d"), "date")}
        if R.random() < 0.3:
            sub["ssn"] = P(p["ssn"].replace("-", ""), "ssn")
        jdump(l, {"controlNumber": cn, "tradingPartnerServiceId": p["payer"][1],
                  "provider": {"organizationName": "KESTREL HEALTH INC", "npi": "1982746350"},
                  "subscriber": sub, "encounter": {"beginningDateOfService": P(dos.strftime("%Y%m%d"), "date"), "serviceTypeCodes": ["30"]}})
        return [l]
    l = ln("elig_api", ex_meta(req_id()), "[debug] clearinghouse 271 ")
    jdump(l, {"meta": {"senderId": "KESTREL", "submitterId": "009999", "applicationMode": "production", "traceId": ruuid()},
              "controlNumber": cn, "tradingPartnerServiceId": p["payer"][1],
              "payer": {"entityIdentifier": "Payer", "name": p["payer"][0]},
              "subscriber": {"memberId": P(p["mid"], "health_plan"), "firstName": P(fold(p["first"]).upper(), "name"), "lastName": P(fold(p["last"]).upper(), "name"),
                             "gender": p["sex"], "dateOfBirth": P(p["dob"].strftime("%Y%m%d"), "date"),
                             "address": {"address1": P(fold(p["street"]).upper(), "address"), "city": P(p["city"].upper(), "address"), "state": p["state"],
                                         "postalCode": P(p["zip"] + p["zip4"], "zip")}},
              "planInformation": {"groupNumber": "%06d" % R.randint(1, 999999), "groupDescription": p["emp"][1]},
              "planDateInformation": {"planBegin": P("20240101", "date"), "eligibilityBegin": P(dt.date(2023, R.randint(1, 12), 1).strftime("%Y%m%d"), "date")},
              "planStatus": [{"statusCode": "1", "status": "Active Coverage", "planDetails": "PPO", "serviceTypeCodes": ["30"]}]})
    return [l]


def x12_block():
    p = person()
    t = C.tick()
    cn = "%09d" % R.randint(1, 999999999)
    fam = "x12"
    pre = lambda: ex_meta(fast=True) + "[debug] x12> "
    out = [ln(fam, pre(), "ISA*00*          *00*          *ZZ*KESTREL        *ZZ*CLEARHOUSE     *%s*%s*^*00501*%s*0*P*:~" % (
        t.strftime("%y%m%d"), t.strftime("%H%M"), cn)),
           ln(fam, pre(), "GS*HS*KESTREL*CLEARHOUSE*%s*%s*%d*X*005010X279A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), int(cn) % 100000)),
           ln(fam, pre(), "ST*270*0001*005010X279A1~"),
           ln(fam, pre(), "BHT*0022*13*%s*%s*%s~" % (rhex(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M"))),
           ln(fam, pre(), "NM1*PR*2*%s*****PI*%s~" % (p["payer"][0], p["payer"][1])),
           ln(fam, pre(), "NM1*1P*2*KESTREL HEALTH INC*****XX*1982746350~"),
           ln(fam, pre(), "NM1*IL*1*", (fold(p["last"]).upper(), "name"), "*", (fold(p["first"]).upper(), "name"), "****MI*", (p["mid"], "health_plan"), "~")]
    if R.random() < 0.5:
        out.append(ln(fam, pre(), "REF*SY*", (p["ssn"].replace("-", ""), "ssn"), "~"))
    out += [ln(fam, pre(), "DMG*D8*", (p["dob"].strftime("%Y%m%d"), "date"), "*", p["sex"], "~"),
            ln(fam, pre(), "DTP*291*D8*", (recent_date(0).strftime("%Y%m%d"), "date"), "~"),
            ln(fam, pre(), "EQ*30~"),
            ln(fam, pre(), "SE*%d*0001~" % (len(out) + 1)),
            ln(fam, pre(), "GE*1*%d~" % (int(cn) % 100000)),
            ln(fam, pre(), "IEA*1*%s~" % cn)]
    return out


# ---- CDC DPRP CSV -------------------------------------------------------------

DPRP_HDR = "ORGCODE,PARTICIP,ENROLLMOT,ENROLL,PAYERSOURCE,STATE,GLUCTEST,GDM,RISKTEST,AGE,ETHNIC,AIAN,ASIAN,BLACK,NHOPI,WHITE,SEX,HEIGHT,EDU,DMODE,SESSID,SESSTYPE,DATE,WEIGHT,PA"
OLD = make_person("Eulalia", "Broussard", "F", None)
OLD["dob"] = dt.date(1933, 2, 17)


def dprp_block():
    out = [ln("log_line", ex_meta(), "[info] DPRP export org=7845291 period=2024-Q2 file=dprp_7845291_20240611.csv rows=%d" % R.randint(2000, 9000)),
           ln("dprp_csv", DPRP_HDR)]
    for _ in range(R.randint(3, 6)):
        p = OLD if R.random() < 0.12 else person()
        age = (2024 - p["dob"].year)
        d = recent_date(60)
        row = ln("dprp_csv", "7845291,", (p["pcode"], "other_id"), ",%d,%d,%d,%s,%d,%d,%d," % (
            R.randint(1, 9), R.randint(1, 9), R.choice([1, 2, 3, 5, 8]), p["state"], R.randint(1, 2), R.randint(1, 2), R.randint(1, 2)))
        if age > 89:
            row.add((str(age), "age"))
        else:
            row.t(str(age))
        row.t(",%d,%d,%d,%d,%d,%d,%d,%d,%d,%d,%02d,%s," % (R.randint(1, 2), 2, 2, R.randint(1, 2), 2, R.randint(1, 2),
                                                       1 if p["sex"] == "M" else 2, p["height_in"], R.randint(1, 4), 3, R.randint(1, 26), pick("C", "C", "M", "MU")))
        row.add((d.strftime("%m/%d/%Y"), "date"), ",%d,%d" % (p["weight_lb"] - R.randint(0, 12), R.choice([0, 30, 60, 150, 210])))
        out.append(row)
    return out


def n_dprp():
    return [ln("log_line", ex_meta(), "[info] DPRP validation: %d rows, %d errors (E12 HEIGHT out of range: %d, E31 DATE before ENROLL: %d)" % (
        R.randint(2000, 9000), R.randint(0, 20), R.randint(0, 5), R.randint(0, 5)))]


# ---- Lab orders (A1c kits) ----------------------------------------------------

def lab_json():
    p = person()
    doc = R.choice(DOCTORS)
    l = ln("lab_api", ex_meta(req_id()), "[info] labkit order request ")
    jdump(l, {"externalOrderId": "KO-240611-%05d" % R.randint(1, 99999), "panel": "HBA1C_DBS", "kitSku": "KIT-A1C-01",
              "patient": {"patientId": P(p["mrn"], "mrn"), "firstName": P(p["first"], "name"), "lastName": P(p["last"], "name"),
                          "dob": P(p["dob"].isoformat(), "date"), "sex": "female" if p["sex"] == "F" else "male",
                          "phone": P(phone_fmt(p["phone"], 5), "phone"), "email": P(p["email"], "email"),
                          "shippingAddress": {"line1": P(p["street"], "address"), "city": P(p["city"], "address"), "state": p["state"], "zip": P(p["zip"], "zip")}},
              "orderingPhysician": {"npi": doc[0], "name": "Dr. %s %s" % (doc[2].title(), doc[1].title()), "fax": "(512) 555-0100"},
              "callbackUrl": "https://api.kestrelhealth.com/webhooks/labkit"}, sp=True)
    return [l]


def hl7_block():
    p = person()
    doc = R.choice(DOCTORS)
    t = C.tick()
    ctrl = "KH%s%03d" % (t.strftime("%y%m%d%H%M%S"), R.randint(1, 999))
    order = "KO-240611-%05d" % R.randint(1, 99999)
    oru = R.random() < 0.5
    fam = "hl7"
    out = [ln("log_line", ex_meta(), "[info] MLLP %s labcorp-gw.internal:2575 %s ctrl=%s" % ("<-" if oru else "->", "ORU^R01" if oru else "ORM^O01", ctrl))]
    out.append(ln(fam, "MSH|^~\\&|%s|%s|%s|%s|%s||%s|%s|P|2.5.1" % (
        (("LABCORP", "LC", "KESTREL", "KESTRELHEALTH") if oru else ("KESTREL", "KESTRELHEALTH", "LABCORP", "LC")) + (t.strftime("%Y%m%d%H%M%S"), "ORU^R01" if oru else "ORM^O01", ctrl))))
    mid = fold(p["first"]).upper().split(" ")
    out.append(ln(fam, "PID|1||", (p["mrn"], "mrn"), "^^^KESTREL^MR||", (fold(p["last"]).upper(), "name"), "^", (mid[0], "name"),
                  *((["^", (mid[1], "name")]) if len(mid) > 1 else []), "||", (p["dob"].strftime("%Y%m%d"), "date"), "|", p["sex"], "|||",
                  (fold(p["street"]), "address"), "^^", (p["city"], "address"), "^", p["state"], "^", (p["zip"], "zip"), "||",
                  (phone_fmt(p["phone"], 0).replace(" ", ""), "phone"), "^PRN^PH"))
    out.append(ln(fam, "ORC|%s|%s|||||||%s|||%s^%s^%s^^^^^^NPI" % ("RE" if oru else "NW", order, t.strftime("%Y%m%d%H%M%S"), doc[0], doc[1], doc[2])))
    coll = dt.date(2024, 6, 11) - dt.timedelta(days=R.randint(2, 9))
    if oru:
        out.append(ln(fam, "OBR|1|%s|%s|4548-4^Hemoglobin A1c^LN|||" % (order, "LC" + rdig(9)), (coll.strftime("%Y%m%d") + "0815", "date"),
                      "|||||||||%s^%s^%s" % doc))
        a1c = R.choice([5.4, 5.7, 5.9, 6.1, 6.3, 6.6])
        out.append(ln(fam, "OBX|1|NM|4548-4^Hemoglobin A1c/Hemoglobin.total in Blood^LN||%.1f|%%|4.0-5.6|%s|||F|||" % (a1c, "H" if a1c > 5.6 else "N"),
                      ((coll + dt.timedelta(days=2)).strftime("%Y%m%d"), "date")))
    else:
        out.append(ln(fam, "OBR|1|%s||4548-4^Hemoglobin A1c^LN|||||||||||%s^%s^%s" % ((order,) + doc)))
    return out


def n_lab():
    c = R.randint(0, 2)
    if c == 0:
        return [ln("lab_api", ex_meta(req_id()), "[info] labkit webhook status=%s order=KO-240611-%05d kit=KB%s carrier=USPS tracking=9400%s" % (
            pick("shipped", "delivered", "received_at_lab", "resulted"), R.randint(1, 99999), rdig(9), rdig(18)))]
    if c == 1:
        return [ln("log_line", ex_meta(), "[info] MLLP ACK AA ctrl=KH%s%03d latency=%dms" % (C.t.strftime("%y%m%d%H%M%S"), R.randint(1, 999), R.randint(20, 400)))]
    return [ln("lab_api", ex_meta(), "[warning] labkit API 429 Too Many Requests, retry-after=30 (orders queued: %d)" % R.randint(1, 80))]


# ---- Go worker (zap) --------------------------------------------------------------

def zapj(d_items):
    t = C.tick()
    l = ln("zap_json")
    jdump(l, d_items(t))
    return l


def n_zap():
    c = R.randint(0, 5)
    if c == 0:
        return [zapj(lambda t: {"level": "info", "ts": round(t_epoch(t), 7), "caller": "ingest/poller.go:88", "msg": "sqs poll",
                                "queue": "scale-readings-prod", "received": R.randint(0, 10), "inflight": R.randint(0, 50), "trace_id": trace_id()})]
    if c == 1:
        return [zapj(lambda t: {"level": "info", "ts": round(t_epoch(t), 7), "caller": "cmd/worker/main.go:61", "msg": "starting scale-ingest",
                                "version": "1.18.3", "commit": rhex(7), "go": "go1.22.4", "listen": ":9102"})]
    if c == 2:
        t = C.tick()
        return [ln("zap_console", "%s\tINFO\tphotos/thumbs.go:77\tthumbnail generated\t" % t_iso(t),
                   json.dumps({"sha256": rhex(64), "bytes": R.randint(20000, 90000), "took": "%dms" % R.randint(10, 200)}, separators=(", ", ": ")))]
    if c == 3:
        return [zapj(lambda t: {"level": "warn", "ts": round(t_epoch(t), 7), "caller": "ingest/bodytrace.go:201", "msg": "reading rejected: implausible delta",
                                "delta_g": R.randint(9000, 40000), "reading_id": ruuid()})]
    if c == 4:
        t = C.tick()
        return [ln("zap_console", "%s\tDEBUG\tmeals/classify.go:133\tmeal classified\t" % t_iso(t),
                   json.dumps({"model": "meal-v4", "labels": ["rice", "grilled chicken", "salad"], "confidence": round(R.uniform(0.5, 0.99), 2), "latency_ms": R.randint(80, 900)}, separators=(", ", ": ")))]
    return [zapj(lambda t: {"level": "error", "ts": round(t_epoch(t), 7), "caller": "ingest/poller.go:142", "msg": "delete message failed",
                            "error": "operation error SQS: DeleteMessage, https response error StatusCode: 503, RequestID: %s" % ruuid(),
                            "stacktrace": "main.(*Poller).ack\n\t/src/ingest/poller.go:142\nmain.(*Poller).Run\n\t/src/ingest/poller.go:97"})]


def p_zap():
    p = person()
    c = R.randint(0, 4)
    t = C.tick()
    if c == 0:
        l = ln("zap_json")
        jdump(l, {"level": "info", "ts": round(t_epoch(t), 7), "caller": "ingest/bodytrace.go:142", "msg": "scale reading accepted",
                  "imei": P(p["imei"], "device"), "participant_id": P(p["uid"], "other_id"), "weight_g": int(p["weight_lb"] * 453.6), "battery": R.randint(20, 100), "rssi": -R.randint(50, 100)})
        return [l]
    if c == 1:
        return [ln("zap_console", "%s\tINFO\tphotos/upload.go:64\tfood photo stored\t" % t_iso(t), '{"bucket": "kestrel-food-photos-prod", "key": "food/',
                   (p["uid"], "other_id"), '/%s.jpg", "bytes": %d, "exif_stripped": true}' % (rhex(16), R.randint(100000, 900000)))]
    if c == 2:
        l = ln("zap_json")
        jdump(l, {"level": "warn", "ts": round(t_epoch(t), 7), "caller": "ingest/bodytrace.go:118", "msg": "unknown scale, no participant mapping",
                  "imei": P(p["imei"], "device"), "serial": P(p["scale_sn"], "device")})
        return [l]
    if c == 3:
        l = ln("zap_json")
        jdump(l, {"level": "debug", "ts": round(t_epoch(t), 7), "caller": "flags/eval.go:52", "msg": "flag evaluated", "flag": "scale-v2-parser",
                  "targetingKey": P(p["uid"], "other_id"), "variant": pick("enabled", "control"), "reason": "TARGETING_MATCH"})
        return [l]
    return [ln("zap_console", "%s\tWARN\tphotos/upload.go:91\tupload from unexpected region\t" % t_iso(t), '{"client_ip": "', (p["ip"], "ip"),
               '", "user": "', (p["handle"], "other_id"), '", "country": "US"}')]


# ---- Feature flags ------------------------------------------------------------

def n_ff():
    c = R.randint(0, 2)
    if c == 0:
        return [ln("ff_sdk", ex_meta(), "[info] ldclient: received put event, %d flags, %d segments" % (R.randint(30, 60), R.randint(4, 12)))]
    if c == 1:
        l = ln("ff_events")
        jdump(l, {"kind": "summary", "startDate": int(C.tick().timestamp() * 1000) - 30000, "endDate": int(C.t.timestamp() * 1000),
                  "features": {"meal-photo-ai": {"default": False, "contextKinds": ["user"], "counters": [{"variation": 0, "version": 31, "value": True, "count": R.randint(10, 900)}]}}})
        return [l]
    return [ln("ff_sdk", ex_meta(), "[debug] ldclient eval flag=maintenance-banner context=%{kind: \"device\", anonymous: true} value=false reason=FALLTHROUGH")]


def p_ff():
    p = person()
    c = R.randint(0, 2)
    if c == 0:
        l = ln("ff_events")
        jdump(l, {"kind": "index", "creationDate": int(C.tick().timestamp() * 1000),
                  "context": {"kind": "user", "key": P(p["uid"], "other_id"), "name": P(p["full"], "name"), "email": P(p["email"], "email"),
                              "employer": p["emp"][0].lower(), "cohort": "2024-05-C", "appVersion": "3.14.0"}})
        return [l]
    if c == 1:
        l = ln("ff_sdk", ex_meta(), "[debug] ldclient eval flag=coach-voice-notes context=")
        exdump(l, AMap(kind="user", key=P(p["uid"], "other_id"), email=P(p["email"], "email"), state=p["state"]))
        l.t(" value=%s reason=RULE_MATCH" % pick("true", "false"))
        return [l]
    l = ln("ff_events")
    jdump(l, {"kind": "feature", "creationDate": int(C.tick().timestamp() * 1000), "key": "a1c-kit-offer", "version": 8,
              "contextKeys": {"user": P(p["uid"], "other_id")}, "variation": 1, "value": True, "default": False,
              "reason": {"kind": "RULE_MATCH", "ruleIndex": 0, "ruleId": ruuid()}})
    return [l]


# ---- Employer eligibility fixed width ----------------------------------------

def fw(l, val, width, cat=None):
    val = val[:width]
    l.p(val, cat) if cat and val.strip() else l.t(val)
    l.t(" " * (width - len(val)))


def n_elig_file():
    return [ln("log_line", ex_meta(), "[info] eligibility load %s: %d records, %d adds, %d terms, %d rejected (E07 invalid DOB: %d)" % (
        R.choice(EMPLOYERS)[0], R.randint(800, 6000), R.randint(0, 90), R.randint(0, 40), R.randint(0, 14), R.randint(0, 3)))]


# ---- Zendesk -----------------------------------------------------------------------

def n_zendesk():
    c = R.randint(0, 2)
    if c == 0:
        return [ln("zendesk", ex_meta(), "[info] zendesk incremental export: cursor=%s tickets=%d users=%d next_page=true" % (rstr(24), R.randint(0, 200), R.randint(0, 80)))]
    if c == 1:
        l = ln("zendesk")
        jdump(l, {"ticket_field": {"id": 36000000000 + R.randint(1, 999999), "type": "tagger", "title": "Program", "active": True,
                                   "custom_field_options": [{"name": "Prevent (DPP)", "value": "prog_dpp"}, {"name": "Weight Mgmt", "value": "prog_wm"}]}})
        return [l]
    return [ln("zendesk", ex_meta(), "[warning] zendesk API 429 rate limited on /api/v2/tickets/update_many.json, sleeping %ds" % R.randint(5, 60))]


def p_zendesk():
    p = person()
    tid = R.randint(40000, 99999)
    c = R.randint(0, 5)
    agent = R.choice(AGENTS)
    if c == 0:
        desc = S("Hi, my scale stopped syncing after I changed phones. Serial on the bottom is ", P(p["scale_sn"], "device"),
                 ". Can someone call me at ", P(phone_fmt(p["phone"], 2), "phone"), "?\n\nThanks, ", P(p["first"], "name"))
        subj = "Scale not syncing"
    elif c == 1:
        card = "4" + rdig(14)
        card += luhn_digit(card)
        desc = S("I was charged twice this month for the program. I used my card ", P(card, "account"), " exp 09/27. Please refund.\n-- ", P(p["full"], "name"))
        subj = "Double charge"
    elif c == 2:
        desc = S("For identity verification I attached my driver license (", p["state"], " DL ", P(rdig(8), "license"),
                 "). My DOB is ", P(date_fmt(p["dob"], 1), "date"), " and my insurance ID is ", P(p["mid"], "health_plan"),
                 *(([". SSN if you need it: ", P(p["ssn"], "ssn")]) if R.random() < 0.5 else []), ".")
        subj = "Can't verify my coverage"
    elif c == 3:
        rel = R.choice(RELATIVES)
        desc = S("My ", rel[1], " ", P(rel[0] + " " + p["last"], "name"), " wants to join too. Same address: ", P(p["street"], "address"), ", ",
                 P(p["city"], "address"), " ", P(p["zip"], "zip"), ". Her email is ", P(fold(rel[0]).lower() + "." + fold(p["last"]).lower().replace(" ", "") + "@gmail.com", "email"))
        subj = "Add family member"
    elif c == 4:
        desc = S("I post my progress at ", P(pick("https://www.instagram.com/%s.%s.fit" % (fold(p["first"]).lower().split(" ")[0], fold(p["last"]).lower().replace(" ", "").replace("'", "")),
                         "https://%s%s.wordpress.com/2024/06/week-12-update" % (fold(p["first"]).lower().split(" ")[0], fold(p["last"]).lower().replace(" ", "").replace("'", "")),
                         "https://www.tiktok.com/@%s" % p["handle"].replace(".", "_")), "url"),
                 " and want to share my weigh-ins automatically. Is there an export?")
        subj = "Export my data"
    else:
        desc = S("Mileage reimbursement for the lab draw on ", P(date_fmt(recent_date(14), 4), "date"), ". Parking receipt shows plate ",
                 P(pick("%d%s%d" % (R.randint(1, 9), rstr(3, "ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(100, 999)), "%s-%04d" % (rstr(3, "ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(0, 9999)), "%s %d" % (rstr(3, "ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(100, 999))), "vehicle"), ". Also please fax the form to my home fax ", P(phone_fmt(p["phone"][:3] + rdig(7), 0), "fax"), ".")
        subj = "Reimbursement form"
    l = ln("zendesk")
    jdump(l, {"ticket": {"id": tid, "url": "https://kestrelhealth.zendesk.com/api/v2/tickets/%d.json" % tid, "subject": subj,
                         "description": desc, "status": "new", "priority": None,
                         "requester_id": P(int(p["zd"]), "other_id"), "assignee_id": None,
                         "via": {"channel": pick("email", "web", "mobile_sdk")}, "tags": ["member", "prog_dpp"],
                         "custom_fields": [{"id": 36012345678, "value": P(p["uid"], "other_id")}]}})
    out = [l]
    if R.random() < 0.35:
        u = ln("zendesk")
        jdump(u, {"user": {"id": P(int(p["zd"]), "other_id"), "url": S("https://kestrelhealth.zendesk.com/api/v2/users/", P(p["zd"], "other_id"), ".json"), "name": P(pick(
            "%s, %s" % (p["last"], p["first"]), p["full"].lower(), p["full"]), "name"), "email": P(p["email"], "email"),
            "phone": P(phone_fmt(p["phone"], 5), "phone"), "role": "end-user", "time_zone": "Central Time (US & Canada)",
            "user_fields": {"participant_code": P(p["pcode"], "other_id"), "date_of_birth": P(p["dob"].isoformat(), "date"), "program": "prog_dpp"}}})
        out.append(u)
    if R.random() < 0.4:
        out.append(ln("zendesk", ex_meta(), "[info] zendesk: ticket #%d assigned to %s; requester " % (tid, agent), (p["email"], "email"), " matched participant ",
                      (p["pcode"], "other_id")))
    return out


# ---- Coach chat --------------------------------------------------------------------

def chat_ts():
    t = C.tick(1, 40).astimezone(CDT)
    return "[%s CDT] " % t.strftime("%Y-%m-%d %H:%M:%S")


def n_chat():
    coach = R.choice(COACHES)[0]
    c = R.randint(0, 2)
    if c == 0:
        return [ln("coach_chat", chat_ts(), "%s (coach) in #cohort-2024-05-C: Week %d lesson is live: \"Eating out without stress\". Live Q&A Thursday 6pm CT, call in at %s." % (
            coach, R.randint(2, 20), SUPPORT_PHONE))]
    if c == 1:
        return [ln("coach_chat", chat_ts(), "%s (coach) in #cohort-2024-04-B: Reminder everyone: step challenge ends Sunday, sync your scales before 9pm." % coach)]
    return [ln("coach_chat", chat_ts(), "system: conversation %s closed by %s (reason=inactive_30d)" % ("cv_" + rstr(12), coach))]


def p_chat():
    p = person()
    coach = R.choice(COACHES)[0]
    fn = p["first"].split(" ")[0]
    short = pick("%s %s." % (fn, p["last"][0]), fn, p["full"], fn.lower())
    cv = "cv_" + rstr(12)
    mem = lambda: ln("coach_chat", chat_ts(), "[", cv, "] ", (short, "name"), " (member): ")
    co = lambda: ln("coach_chat", chat_ts(), "[", cv, "] %s (coach): " % coach)
    rel = R.choice(RELATIVES)
    c = R.randint(0, 13)
    if c == 0:
        age = R.randint(90, 97)
        return [mem().add(pick("Grandma ", "My grandmother ", "Abuela "), (pick("Carmen", "Aiyana", "Hanna", "Lupe"), "name"), " is ", (str(age), "age"),
                          " and still walks every day, she is my inspiration lol"),
                co().add("Love that! What's one thing you can borrow from her routine this week?")]
    if c == 1:
        d = dt.date(2024, 6, R.randint(12, 28))
        doc = pick("Okonkwo", "Patel", "Hoffman")
        return [mem().add("I have my physical with Dr. %s on " % doc, (date_fmt(d, pick(4, 6, 7, 1)), "date"), ", should I do the A1c kit before that?"),
                co().add("Yes! If the kit arrives by Friday, mail it back the same day. Dr. %s's office can get a copy." % doc)]
    if c == 2:
        return [mem().add(pick("new number is ", "pls use my cell ", "my phone changed: "), (phone_fmt(p["phone"], pick(0, 2, 3, 1)), "phone"),
                          pick(" please text me there instead of email", "", " (texts ok after 5)"))]
    if c == 3:
        return [co().add("Hi ", (fn, "name"), ", I saw your weigh-in, down %.1f lb since enrollment. How is the walking going?" % R.uniform(2, 14)),
                mem().add(pick("good!! walked with my neighbor every morning. 😊", "ok but my knee hurts again", "rained all week 😩"))]
    if c == 4:
        return [mem().add("kit never came. I moved to ", (p["street"], "address"), ", ", (p["city"], "address"), " ", (p["zip"], "zip"), " in May")]
    if c == 5:
        p = R.choice([q for q in PEOPLE if q["first"] in ("María José", "Tomás", "Lucía", "Mateo", "José Luis", "Esperanza")])
        l = ln("chat_webhook")
        jdump(l, {"type": "message.new", "cid": S("messaging:coach-", P(p["uid"], "other_id")), "message": {"id": ruuid(), "text": S(
            "Hola, soy ", P(p["full"], "name"), ". Mi fecha de nacimiento es ", P(p["dob"].strftime("%d/%m/%Y"), "date"), ", no puedo entrar a la app."),
            "user": {"id": P(p["uid"], "other_id"), "name": P(p["full"], "name"), "role": "user"}, "created_at": t_iso(C.tick())}, "watcher_count": 1})
        return [l]
    if c == 6:
        l = ln("chat_webhook")
        jdump(l, {"type": "message.new", "cid": "messaging:cohort-2024-05-C", "message": {"id": ruuid(), "text": S("anyone else in ", P(p["city"], "address"), " want to walk together? message me @", P(p["handle"], "other_id")),
                  "user": {"id": P(p["uid"], "other_id"), "name": P(p["handle"], "other_id"), "role": "user"}}, "watcher_count": R.randint(3, 40)})
        return [l]
    if c == 7:
        return [mem().add("can you send my A1c result to my ", rel[1], " ", (rel[0], "name"), "? ", pick("his", "her"), " email is ",
                          (fold(rel[0]).lower() + "." + fold(p["last"]).lower().replace(" ", "").replace("'", "") + pick("@gmail.com", "@yahoo.com"), "email"))]
    if c == 8:
        p = PEOPLE[1]
        cv2 = "cv_" + rstr(12)
        return [ln("coach_chat", chat_ts(), "[", cv2, "] ", (pick("Lan N.", "Nguyễn Thị Lan", "Lan"), "name"), " (member): ",
                   "Chào cô, tôi là ", (p["full"], "name"), ", số điện thoại mới của tôi là ",
                   (p["phone"][:3] + " " + p["phone"][3:6] + " " + p["phone"][6:], "phone")),
                ln("coach_chat", chat_ts(), "[", cv2, "] %s (coach): Cảm ơn chị! Em đã cập nhật rồi ạ." % coach)]
    if c == 9:
        return [mem().add("my dad ", (rel[0] if rel[1] == "dad" else "Hamid", "name"), " is ", (str(R.randint(90, 94)), "age"),
                          " and just got diagnosed with type 2, can he join the program on my account?"),
                co().add("I'm sorry to hear that. He'd need his own enrollment, I'll send you the link.")]
    if c == 10:
        return [co().add("Reminder ", (fn, "name"), ": our 1:1 is ", (pick("Thu 6/13 at 5:30pm", "June 14 at 8am", "tomorrow 6/12 12:00"), "date"),
                         ". Reply C to confirm.")]
    if c == 11:
        return [mem().add("My birthday is ", (p["dob"].strftime("%B %d").replace(" 0", " "), "date"), " so no weigh-in that week 😂")]
    if c == 12:
        return [mem().add("weighed %d this morning!! lowest since 2019" % (p["weight_lb"] - R.randint(5, 15)))]
    return [mem().add(pick("lunch was the salad from the lesson, photo uploaded", "is the app down? can't log breakfast", "thanks coach, see you thursday"))]


def coach_note():
    p = person()
    coach = R.choice(COACHES)[0]
    d = recent_date(6)
    enr = dt.date(2024, R.randint(1, 4), R.randint(1, 28))
    nm = pick("%s, %s" % (p["last"], p["first"]), "%s, %s" % (p["last"].upper(), p["first"].upper()), "%s. %s" % (p["first"][0], p["last"]), p["full"])
    wt = p["weight_lb"] - R.uniform(1, 14)
    C.tick(5, 60)
    return [ln("coach_note", "[note] ", t_isos(C.t), " author=\"%s\" type=1on1 participant=\"" % coach, (nm, "name"),
               "\" pcode=", (p["pcode"], "other_id"), " session=", (date_fmt(d, pick(0, 1, 6)), "date"),
               " text=\"S: reports %s. O: wt %.1f lb (-%.1f since enrollment " % (
                   pick("stress eating after night shifts", "walking 30 min 5x/wk", "low energy, poor sleep", "family party this weekend"), wt, R.uniform(1, 14)),
               (date_fmt(enr, pick(1, 6, 3)), "date"),
               "). A: on track. P: %s\\nf/u next week\"" % pick("swap soda for sparkling water", "add 2 strength sessions", "log meals 5 days"))]


def elig_file():
    emp = R.choice(EMPLOYERS)
    out = [ln("log_line", ex_meta(), "[info] sftp: picked up /inbound/%s/elig_%s_20240611.txt (%d bytes)" % (emp[0].lower(), emp[0].lower(), R.randint(200000, 900000)))]
    h = ln("elig_fixed")
    h.t("H")
    h.t(emp[0])
    h.t(emp[1].ljust(30))
    h.t("20240610ELIG03.2" + " " * 20)
    out.append(h)
    subs = R.sample(PEOPLE, R.randint(2, 4))
    recs = []
    for p in subs:
        recs.append((p, "EE", p["first"], p["dob"], p["ssn"]))
        if R.random() < 0.45:
            rel = R.choice(RELATIVES)
            if rel[1] in ("husband", "wife"):
                code, dob = "SP", dt.date(R.randint(1955, 1985), R.randint(1, 12), R.randint(1, 28))
            else:
                code, dob = "CH", dt.date(R.randint(1998, 2008), R.randint(1, 12), R.randint(1, 28))
                rel = R.choice([("Mei", "F"), ("Luis", "M"), ("Aiyana", "F"), ("Noah", "M"), ("Zainab", "F"), ("Kofi", "M"), ("Sofia", "F")])
            recs.append((p, code, rel[0], dob, ssn()))
    for p, rel, first, dob, s in recs:
        l = ln("elig_fixed")
        l.t("D")
        l.t(emp[0])
        fw(l, p["empid"], 10, "other_id")
        l.t(rel)
        fw(l, fold(p["last"]).upper(), 25, "name")
        fw(l, fold(first).upper(), 15, "name")
        l.t(R.choice("ABCDEJKMRT "))
        fw(l, dob.strftime("%Y%m%d"), 8, "date")
        l.t(p["sex"] if rel == "EE" else ("M" if first in ("Emeka", "Luis", "Noah", "Kofi", "Tyrone", "Hamid", "Gerhard") else "F"))
        fw(l, s.replace("-", ""), 9, "ssn")
        fw(l, fold(p["street"]).upper(), 30, "address")
        fw(l, p["city"].upper(), 20, "address")
        l.t(p["state"])
        z = p["zip"] + (p["zip4"] if R.random() < 0.5 else "")
        fw(l, z, 9, "zip")
        fw(l, p["phone"], 10, "phone")
        fw(l, "%s0101" % pick("2023", "2024", "2022"), 8, "date")
        if R.random() < 0.2:
            fw(l, "20240630", 8, "date")
        else:
            l.t(" " * 8)
        l.t(pick("PPO1", "HDHP", "EPO2"))
        out.append(l)
    out.append(ln("elig_fixed", "T%s%09d" % (emp[0], len(recs)) + " " * 40))
    return out


# ---- nginx / infra -------------------------------------------------------------------

def n_nginx():
    t = C.tick()
    c = R.randint(0, 2)
    if c <= 1:
        return [ln("nginx", "10.42.%d.%d - - [%s] \"GET %s HTTP/1.1\" 200 %d \"-\" \"kube-probe/1.29\" %d %.3f [prod-kestrel-api-4000] [] 10.42.3.17:4000 %d %.3f 200 %s" % (
            R.randint(0, 9), R.randint(2, 250), t_nginx(t), pick("/health", "/api/health/ready"), R.randint(2, 40), R.randint(100, 200), R.uniform(0, 0.004),
            R.randint(2, 40), R.uniform(0, 0.004), rhex(32)))]
    return [ln("nginx", "34.%d.%d.%d - - [%s] \"POST /webhooks/stripe HTTP/1.1\" 200 2 \"-\" \"Stripe/1.0 (+https://stripe.com/docs/webhooks)\" %d %.3f [prod-kestrel-api-4000] [] 10.42.3.17:4000 2 %.3f 200 %s" % (
        R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), t_nginx(t), R.randint(1500, 6000), R.uniform(0.01, 0.3), R.uniform(0.01, 0.3), rhex(32)))]


def p_nginx():
    p = person()
    t = C.tick()
    path, items = R.choice([
        ("POST /api/v1/food_photos", []), ("GET /api/v1/participants/", [(p["uid"], "other_id"), "/weigh_ins?limit=30"]),
        ("POST /graphql", []), ("GET /api/v1/coach/messages?after=", [])])
    if path.endswith("after="):
        items = [ruuid()]
    ua = pick("KestrelApp/3.14.0 (Android 14; Pixel 7) Dart/3.3 (dart:io)", "KestrelApp/3.14.0 (iOS 17.5; iPhone14,5) Dart/3.3 (dart:io)")
    return [ln("nginx", (p["ip"], "ip"), " - - [%s] \"%s" % (t_nginx(t), path), *items,
               " HTTP/2.0\" %d %d \"-\" \"%s\" %d %.3f [prod-kestrel-api-4000] [] 10.42.%d.%d:4000 %d %.3f %d %s" % (
                   pick(200, 201, 200, 422), R.randint(200, 9000), ua, R.randint(300, 900000), R.uniform(0.01, 1.5), R.randint(0, 9), R.randint(2, 250),
                   R.randint(200, 9000), R.uniform(0.01, 1.5), 200, rhex(32)))]


def n_infra():
    t = C.tick()
    c = R.choice([0, 0, 1, 2, 2, 3])
    if c == 0:
        return [ln("klog", "%s ip-10-0-3-17 kubelet[1123]: %s    1123 prober.go:107] \"Probe succeeded\" probeType=\"Readiness\" pod=\"prod/%s\" containerName=\"app\"" % (
            t_journal(t), t_klog(t), R.choice(PODS)))]
    if c == 1:
        return [ln("klog", "%s ip-10-0-3-17 kubelet[1123]: %s    1123 kuberuntime_manager.go:1056] \"Back-off restarting failed container\" pod=\"prod/%s\" restartCount=%d" % (
            t_journal(t), t_klog(t).replace("I", "E", 1), PODS[2], R.randint(1, 8)))]
    if c == 2:
        return [ln("log_line", ex_meta(), "[info] vm: total=%dMB processes=%d ports=%d run_queue=%d atoms=%d" % (R.randint(300, 900), R.randint(800, 4000), R.randint(50, 300), R.randint(0, 4), R.randint(40000, 60000)))]
    return [ln("log_line", ex_meta(), "[info] contact for DPRP questions: dprp-ops@kestrelhealth.com, office %s, support %s" % (OFFICE, SUPPORT_PHONE))]


# ---------------------------------------------------------------- assemble

NOISE = [(n_flutter, 12), (n_crashlytics, 2), (n_phoenix, 7), (n_ecto, 3), (n_loggerjson, 3), (n_absinthe, 0.5), (n_stripe, 3),
         (n_elig, 3), (n_dprp, 1), (n_lab, 3), (n_zap, 6), (n_ff, 3), (n_elig_file, 1), (n_zendesk, 2), (n_chat, 2), (n_nginx, 4), (n_infra, 4)]
PHI = [(p_flutter, 10), (p_crashlytics, 2), (p_phoenix, 5), (p_ecto, 3), (p_loggerjson, 3), (p_absinthe, 0.6), (p_oban, 2), (p_stripe, 3),
       (p_elig, 3), (x12_block, 1), (dprp_block, 1), (lab_json, 2), (hl7_block, 2), (p_zap, 4), (p_ff, 3), (elig_file, 1), (p_zendesk, 3),
       (p_chat, 5), (coach_note, 2), (p_nginx, 3)]


def wchoice(pool):
    tot = sum(w for _, w in pool)
    x = R.uniform(0, tot)
    for f, w in pool:
        x -= w
        if x <= 0:
            return f
    return pool[-1][0]


def main():
    lines = []
    noise_target = 0.555
    guard = 0
    while len(lines) < N_LINES:
        guard += 1
        assert guard < 10000
        n_noise = sum(1 for l in lines if not l.spans)
        want_noise = (not lines) or (n_noise / len(lines) < noise_target)
        block = wchoice(NOISE if want_noise else PHI)()
        if len(lines) + len(block) > N_LINES:
            continue
        lines.extend(block)
    # verification
    out_log, out_lab = [], []
    for i, l in enumerate(lines, 1):
        s = l.text()
        assert "\n" not in s and "\r" not in s and s.strip() != "", (i, s)
        b = s.encode("utf-8")
        spans = []
        last = -1
        for st, en, cat, val in sorted(l.spans):
            assert b[st:en].decode("utf-8") == val, (i, st, en, val)
            assert st >= last, (i, "overlap")
            last = en
            spans.append({"s": st, "e": en, "cat": cat})
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": l.fam, "spans": spans}, ensure_ascii=False))
    assert len(out_log) == N_LINES
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as f:
        f.write("\n".join(out_lab) + "\n")
    n_clean = sum(1 for l in lines if not l.spans)
    cats = {}
    fams = {}
    for l in lines:
        fams[l.fam] = fams.get(l.fam, 0) + 1
        for sp in l.spans:
            cats[sp[2]] = cats.get(sp[2], 0) + 1
    print("lines=%d clean=%d (%.1f%%)" % (len(lines), n_clean, 100.0 * n_clean / len(lines)))
    print("families=%d %s" % (len(fams), json.dumps(fams, sort_keys=True)))
    print("spans=%s" % json.dumps(cats, sort_keys=True))


if __name__ == "__main__":
    main()
