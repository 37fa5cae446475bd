#!/usr/bin/env python3
"""gen_sr.py - synthetic, labeled log corpus "sr".

Organisation: Heronsgate Golf & Country Club (4100 Heronsgate Pkwy, Cary, NC
27519), a members' club with a wellness centre (physiotherapy, fitness
assessments), course security/marshals who respond to on-course emergencies
(AEDs at halfway houses and in patrol carts), grounds and caddie staff, and a
member billing office (dues accounts, POS charges, ACH dues drafts, claims to
insurers for physio).  One day (2024-06-14) of a SIEM/log-shipper export,
interleaved by time.  Writes sr.log and sr.labels.jsonl in the current
directory.  Standard library only, fixed seed, deterministic output.

Systems simulated (family names in the labels):
  portal_json   member portal API (pino-style JSON, numeric levels, epoch ms)
  nginx         member portal reverse proxy, combined format + rt= mid=
  syslog        sshd / CRON / systemd / postfix / WLAN captive portal
  teesheet      tee-sheet booking service, logfmt
  cad_kv        security & marshal dispatch console (key=value, NARR free text)
  aed_vendor    AED fleet manager: daily self-tests, case review export, event log
  hl7v2         wellness-centre EMR (PhysioTrak) SIU/ADT/ORU, one segment per line
  fhir          fitness-assessment FHIR R4 Observations, one resource per line
  inbody_csv    body-composition analyser CSV export
  dues_csv      Jonas AR/dues ledger export, CSV
  pos_pipe      pro-shop / grille POS, pipe-delimited vendor format
  paygw_kv      card/ACH payment gateway, key=value
  x12           837P physio claims and 270 eligibility, one segment per line
  wc_xml        workers' comp FROI / OSHA 301 submissions and acks, XML
  java_trace    billing integration (Java) errors with stack traces
  sms_json      SMS gateway outbound/inbound webhooks, JSON
  teams_chat    staff chat export (JSON per message)
  pg_sql        PostgreSQL statement/duration log of the club database
  access_ctl    gate ANPR + wellness-door fingerprint readers (BioStar-like)
  nacha_fixed   ACH dues-draft file, 94-char fixed-width records

Labeling decisions (grey cases):
  * Subjects are members, their household/family and emergency contacts,
    guests the club serves, and employees WHEN they are the injured person of
    a workplace-injury / workers' comp record.  The same staff (caddies,
    groundskeepers) acting at work elsewhere, and all responders, physios,
    marshals, nurses, dispatchers, servers, clinicians and external doctors,
    are not PHI.  Bystanders who are members/guests are labeled `name`.
  * Club member numbers (e.g. 1047-00, suffix = household position), GHIN
    handicap numbers, access-card numbers, employee IDs in injury records,
    incident/case numbers of incidents involving a person (security CAD
    incidents, AED case IDs), workers' comp claim numbers -> other_id.
    The same CAD incident number is labeled on every line where it appears.
    CAD incidents without a person (irrigation leak, cart fire) -> not PHI.
  * Dues/AR account numbers, patient control numbers (CLM01), card PANs (full,
    including Luhn-invalid junk typed by a guest), bank DFI accounts -> account.
    Masked PANs / last-4 only, gateway tokens and transaction IDs -> not PHI.
  * Wellness-centre chart numbers (WC######) -> mrn.  Insurer member IDs and
    Medicare MBIs -> health_plan.
  * Booking numbers, appointment IDs, POS check numbers, invoice numbers,
    ticket numbers -> not PHI (transaction identifiers, like order numbers).
  * Dates: the leading timestamp of a log record (and batch/file creation
    dates, club-wide billing cycle "2024-06", pad/battery expiry dates)
    are not labeled.  Dates inside a record that describe the person (DOB,
    tee-time date, appointment date/time, incident/injury date, service
    date, assessment date, event_date) are labeled `date`, with the time part
    included in the span when written as one value.  Pure times of day (AED
    event clock, "07:40") are not labeled.
  * AEDs, InBody analysers, door readers and AP radios are club equipment:
    their serials are not PHI.  A member's own implant (ICD) serial, wearable
    serial, and phone MAC on the member Wi-Fi -> device.  A member's phone IP
    on member Wi-Fi / portal client IP when tied to a member -> ip;
    crawler, monitoring, staff and server IPs are not.
  * Course GPS coordinates of an incident are the club's premises: not PHI.
    Hole/green locations likewise.
  * Member vehicle plates/VINs (gate ANPR, valet) -> vehicle; club and vendor
    truck plates/VINs -> not PHI.  Guest driver's licence at gate -> license.
  * Portal URLs containing a member number -> the whole path is one `url` span
    (the number inside is not separately labeled).  Percent-encoded e-mail in a
    query string is labeled `email` where its encoded bytes are.
  * Composite names in HL7 (Last^First^M) and X12 (LAST*FIRST*M) are one
    `name` span; HL7 street and city components are separate `address`
    spans, ZIP always its own `zip` span.
  * Ages: only > 89 labeled (`age`); all other ages left unlabeled.
  * Fingerprint templates -> biometric; base64 profile photos -> photo.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import urllib.parse
import uuid
from xml.sax.saxutils import escape as xesc, unescape as xunesc

SEED = 2305
rng = random.Random(SEED)
ID = "sr"
DAY = dt.date(2024, 6, 14)
TZ = dt.timezone(dt.timedelta(hours=-4))
NLINES = 500

# ----------------------------------------------------------------- helpers
class T:
    """Tagged value inside a JSON structure."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """JSON string composed of plain and tagged pieces."""
    def __init__(self, *p):
        self.p = p


def jdec(seg):
    return json.loads('"' + seg + '"')


def jparts(o, ascii_=False, sp=False):
    out = []
    isep, ksep = (", ", ": ") if sp else (",", ":")

    def esc(x):
        return json.dumps(x, ensure_ascii=ascii_)[1:-1]

    def tag(v, cat):
        e = esc(v)
        if e == v:
            return (e, cat)
        return (e, cat, v, jdec)

    def w(o):
        if isinstance(o, dict):
            out.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append(isep)
                out.append(json.dumps(k) + ksep)
                w(v)
            out.append("}")
        elif isinstance(o, list):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(isep)
                w(v)
            out.append("]")
        elif isinstance(o, T):
            if isinstance(o.v, str):
                out.append('"')
                out.append(tag(o.v, o.cat))
                out.append('"')
            else:
                out.append((json.dumps(o.v), o.cat))
        elif isinstance(o, S):
            out.append('"')
            for p in o.p:
                out.append(tag(p.v, p.cat) if isinstance(p, T) else esc(p))
            out.append('"')
        else:
            out.append(json.dumps(o, ensure_ascii=ascii_))
    w(o)
    return out


def X(v, cat):
    """XML text value, escaped, labeled where its bytes are."""
    e = xesc(v, {"'": "&apos;", '"': "&quot;"})
    return (e, cat) if e == v else (e, cat, v, xunesc_full)


def xunesc_full(s):
    return xunesc(s, {"&apos;": "'", "&quot;": '"'})


def build(parts):
    buf = bytearray()
    spans = []

    def walk(p):
        if isinstance(p, str):
            buf.extend(p.encode("utf-8"))
        elif isinstance(p, tuple):
            seg, cat = p[0], p[1]
            orig = p[2] if len(p) > 2 else seg
            dec = p[3] if len(p) > 3 else (lambda z: z)
            s = len(buf)
            buf.extend(seg.encode("utf-8"))
            if cat:
                spans.append((s, len(buf), cat, orig, dec))
        elif isinstance(p, list):
            for q in p:
                walk(q)
        else:
            raise TypeError(repr(p))
    walk(parts)
    return bytes(buf), spans


def ruuid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def luhn_cd(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_ok(s):
    return luhn_cd(s[:-1]) == s[-1]


def pan(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    return body + luhn_cd(body)


def npi():
    b = rng.choice("12") + digits(8)
    return b + luhn_cd("80840" + b)


def ssn():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    c = [rng.choice("123456789"), rng.choice(MBI_A), rng.choice(an),
         rng.choice("0123456789"), rng.choice(MBI_A), rng.choice(an),
         rng.choice("0123456789"), rng.choice(MBI_A), rng.choice(MBI_A),
         rng.choice("0123456789"), rng.choice("0123456789")]
    return "".join(c)


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                 [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(rng.choice(chars) for _ in range(5)) + "0" +
             rng.choice("RS") + rng.choice("ABCDEFGH") + digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def aba():
    d = [int(x) for x in rng.choice(["0530", "0531", "0612", "0260", "1110"]) + digits(4)]
    c = (-(3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5])) % 10
    return "".join(map(str, d)) + str(c)


def fold(s):
    tbl = str.maketrans("éèëöøüñçíóáåÉØÅ", "eeeoouncioaaEOA")
    return s.translate(tbl)


# ----------------------------------------------------------------- people
FIRST_M = ["Hollis", "Tobias", "José", "Desmond", "Wendell", "Faisal", "Rafael",
           "Sterling", "Dawit", "Forrest", "Jun", "Oluwaseun", "Søren", "Penn",
           "Bartholomew", "Kwame", "Luca", "Anand", "Mateus", "Ezra", "Cormac"]
FIRST_F = ["Margaret", "Priya", "Zoë", "Annika", "Mei-Ling", "Bridget", "Ruth",
           "Colette", "Honor", "Grace", "Iris", "Siobhan", "Hope", "Mercedes",
           "Yuki", "Dolores", "Fatima", "Sunniva", "Lorena", "Ivy", "Magnolia"]
LAST = ["Bishop", "Abernathy-Lyle", "Van der Berg", "O'Sullivan", "Nakamura-Reyes",
        "de la Cruz", "Kowalczyk", "Søndergaard", "Al-Hashimi", "Chaudhry",
        "MacAskill", "Winter", "Marsh", "Baker", "Fairweather", "Castellanos",
        "Nguyen", "Hunter", "Golightly", "Mbeki", "Park", "Church", "Price",
        "Ferreira-Doyle", "Holloway", "St. Clair", "Brandt", "Oyelaran", "Kaur",
        "Moss", "Valdés", "Delacroix-Amin", "Szabó", "Rutherford-Ng"]
STREETS = ["Laurel Bluff Ct", "Kildaire Farm Rd", "Tryon Pines Ln", "Birchwood Knoll Way",
           "Old Apex Rd", "Saint Andrews Cir", "Fairway Vista Dr", "Cobblestone Ridge Ct",
           "Lake Pine Dr", "Wexford Glen Ln", "Heronsgate Pkwy", "Dogwood Hollow Trl",
           "Penny Rd", "Green Level Church Rd", "Magnolia Crest Pl"]
CITIES = [("Cary", "27513"), ("Cary", "27518"), ("Cary", "27519"), ("Apex", "27502"),
          ("Apex", "27539"), ("Morrisville", "27560"), ("Raleigh", "27606"),
          ("Raleigh", "27612"), ("Holly Springs", "27540"), ("Durham", "27713")]
MAILS = ["gmail.com", "icloud.com", "outlook.com", "att.net", "yahoo.com", "duck.com"]
CATS = ["FULL-GOLF", "FULL-GOLF", "SOCIAL", "SPORTS", "JR-EXEC", "SENIOR-GOLF", "HONORARY"]
PLANS = [("BCBSNC", "Blue Cross NC", "YPJ"), ("AETNA", "Aetna", "W"), ("UHC", "UnitedHealthcare", "9"),
         ("CIGNA", "Cigna", "U")]


def phone():
    if rng.random() < 0.25:
        return "%s-555-01%02d" % (rng.choice(["919", "984"]), rng.randint(0, 99))
    return "%s-%d%02d-%04d" % (rng.choice(["919", "984", "252", "336"]),
                               rng.randint(2, 9), rng.randint(10, 99), rng.randint(0, 9999))


def mkperson(first, last, sex, age_lo, age_hi):
    bd = DAY - dt.timedelta(days=rng.randint(age_lo * 365 + 10, age_hi * 365 + 300))
    city, z = rng.choice(CITIES)
    street = "%d %s" % (rng.randint(100, 9899), rng.choice(STREETS))
    if rng.random() < 0.15:
        street += " Apt %d%s" % (rng.randint(1, 4), rng.choice("ABCD"))
    fe, le = fold(first).lower(), fold(last).lower().replace(" ", "").replace("'", "")
    em = rng.choice(["%s.%s", "%s%s", "%s_%s%d" % ("%s", "%s", rng.randint(1, 99))]) % (fe, le)
    if rng.random() < 0.3:
        em = fe[0] + le
    return dict(first=first, last=last, sex=sex, dob=bd, street=street, city=city, zip=z,
                phone=phone(), email=em + "@" + rng.choice(MAILS))


def age_of(d):
    return DAY.year - d.year - ((DAY.month, DAY.day) < (d.month, d.day))


PINNED = {0: ("Chidi", "Okonkwo", "M", 71, 71), 1: ("Thaddeus", "Whitlock", "M", 92, 92),
          2: ("Ingrid", "Lindqvist", "F", 58, 58), 3: ("Dolores", "Price", "F", 90, 90)}
members = []
used = set()
for i in range(34):
    if i in PINNED:
        first, last, sex, a0, a1 = PINNED[i]
        members.append(mkperson(first, last, sex, a0, a1))
        used.add((first, last))
        continue
    while True:
        sex = rng.choice("MF")
        first = rng.choice(FIRST_M if sex == "M" else FIRST_F)
        last = rng.choice(LAST)
        if (first, last) not in used:
            used.add((first, last))
            break
    members.append(mkperson(first, last, sex, 24, 84))
for i, m in enumerate(members):
    base = 1003 + i * 37 + rng.randint(0, 20)
    if i == 0:
        base = 1047
    m["no"] = "%d-00" % base
    m["acct"] = "%07d" % base
    m["mrn"] = "WC%06d" % rng.randint(1000, 99999)
    m["ghin"] = str(rng.randint(1000000, 12999999))
    m["cat"] = rng.choice(CATS)
    pl = rng.choice(PLANS)
    m["plan"] = pl
    m["age"] = age_of(m["dob"])
    m["hp"] = mbi() if m["age"] >= 65 else pl[2] + digits(9 if pl[2] != "9" else 8)
    pfx = rng.choice(["4", "51", "37", "6011"])
    m["pan"] = pan(pfx, 15 if pfx == "37" else 16)
    m["bank"] = digits(rng.randint(9, 12))
    m["routing"] = aba()
    m["plate"] = "%s%s%s-%04d" % (rng.choice("HJKPRT"), rng.choice("ABCDKMRX"), rng.choice("ELNPTZ"), rng.randint(0, 9999))
    m["vin"] = vin(rng.choice(["5YJ", "1HG", "WBA", "JTD", "1FT", "WP0"]))
    m["card"] = "%08X" % rng.getrandbits(32)
    m["height"] = round(rng.uniform(168, 192) if m["sex"] == "M" else rng.uniform(152, 178), 1)
    m["mac"] = ":".join("%02x" % rng.randint(0, 255) for _ in range(6))
    m["ip"] = "%d.%d.%d.%d" % (rng.choice([71, 174, 98, 24, 66, 107, 75]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
    m["wifi_ip"] = "10.64.%d.%d" % (rng.randint(8, 15), rng.randint(2, 250))
    ssex = "F" if m["sex"] == "M" else "M"
    m["spouse"] = (rng.choice(FIRST_F if ssex == "F" else FIRST_M), m["last"] if rng.random() < 0.7 else rng.choice(LAST))
    m["spouse_phone"] = phone()
members[0]["spouse"] = ("Adaeze", "Okonkwo")
members[0]["hp"] = mbi()
assert members[1]["age"] > 89 and members[3]["age"] > 89
members[0]["icd"] = "PJN%06dS" % rng.randint(100000, 999999)

EMPLOYEES = {
    "grounds": dict(mkperson("Efraín", "Quispe Mamani", "M", 38, 38), eid="E20417", role="Greens crew",
                    ssn=ssn(), dl="%012d" % rng.randint(10**9, 10**11), claim="WC24-0087%02d" % rng.randint(10, 99)),
    "caddie": dict(mkperson("Marcus", "Tillery-Boone", "M", 19, 19), eid="C30112", role="Caddie (Class A)",
                   ssn=ssn(), dl="%012d" % rng.randint(10**9, 10**11), claim="WC24-0088%02d" % rng.randint(10, 99)),
}
EMPLOYEES["grounds"].update(first="Efraín", last="Quispe Mamani")
EMPLOYEES["caddie"].update(first="Marcus", last="Tillery-Boone")

STAFF = ["Alana Greer, PT", "Tomasz Wierzbicki, DPT", "Kenji Mori", "Nadia Petrov, RN",
         "Duarte Ferreira", "Rex Hanley", "Tamsin Ode", "Beatriz Olmos", "Lonnie Pruitt",
         "Lorraine Fitch", "Dana Kessler", "Callum Reid"]
PT_NPI = {"Greer": npi(), "Wierzbicki": npi()}
ORG_NPI = npi()
AEDS = [("B21K-04471", "Halfway House H10"), ("B21K-04502", "Patrol Cart SEC-2"),
        ("B19J-11873", "Clubhouse Lobby"), ("B20A-00913", "Wellness Centre"),
        ("B21K-04488", "Pool Pavilion"), ("B22C-07720", "Maintenance Barn"),
        ("X3-AP-221907", "Tennis Pro Shop"), ("B21K-04519", "Patrol Cart SEC-4")]

# ----------------------------------------------------------------- time fmt
def ts(h, m, s=0, ms=0):
    return dt.datetime(DAY.year, DAY.month, DAY.day, h, m, s, ms * 1000, tzinfo=TZ)


def iso(t, ms=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (t.microsecond // 1000) if ms else "") + "-04:00"


def isoz(t):
    u = t.astimezone(dt.timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (u.microsecond // 1000)


def sysl(t):
    return t.strftime("%b %d %H:%M:%S")


def clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def hl7t(t):
    return t.strftime("%Y%m%d%H%M%S")


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def sq(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (t.microsecond // 1000)


def nm(m, style="fl"):
    if style == "fl":
        return "%s %s" % (m["first"], m["last"])
    if style == "lf":
        return "%s, %s" % (m["last"], m["first"])
    if style == "lfs":
        return "%s %s" % (m["last"], m["first"])
    if style == "li":
        return "%s %s" % (m["last"], m["first"][0])


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def rand_member(exclude_story=False):
    lo = 4 if exclude_story else 0
    return members[rng.randint(lo, len(members) - 1)]


# ================================================================= emitters
# each returns list of (family, parts)
def portal_noph(t):
    routes = ["/api/v2/teetimes", "/api/v2/events/calendar", "/api/v2/dining/menus", "/api/v2/news",
              "/api/v2/courses/conditions", "/api/v2/handicap/leaderboard"]
    o = {"level": 30, "time": epoch_ms(t), "pid": rng.choice([2211, 2214, 2230]),
         "hostname": "portal-web-%d" % rng.randint(1, 4), "reqId": "req-" + hexs(6),
         "req": {"method": "GET", "url": rng.choice(routes), "remotePort": rng.randint(30000, 65000)},
         "res": {"statusCode": rng.choice([200, 200, 200, 304, 404])},
         "responseTime": round(rng.uniform(3, 400), 1), "msg": "request completed"}
    if rng.random() < 0.3:
        o = {"level": rng.choice([30, 40]), "time": epoch_ms(t), "pid": 2211, "hostname": "portal-worker-1",
             "job": rng.choice(["cache.warm", "feed.weather", "sync.foretees", "mail.digest"]),
             "jobId": ruuid(), "durationMs": rng.randint(20, 9000),
             "msg": rng.choice(["job finished", "job retried", "upstream 502 from api.weather.gov, retrying"]),
             "build": "portal@3.18.%d+%s" % (rng.randint(0, 9), hexs(7))}
    return [("portal_json", jparts(o))]


def portal_phi(t):
    m = rand_member()
    k = rng.randint(0, 5)
    if k == 0:
        o = {"level": 40, "time": epoch_ms(t), "pid": 2214, "hostname": "portal-web-2", "reqId": "req-" + hexs(6),
             "msg": "login failed", "reason": "bad_password", "username": T(m["email"], "email"),
             "attempt": rng.randint(1, 5)}
    elif k == 1:
        o = {"level": 30, "time": epoch_ms(t), "hostname": "portal-web-1", "msg": "profile updated",
             "member": T(m["no"], "other_id"), "changed": ["phone_cell", "email"],
             "phone_cell": T(m["phone"], "phone"), "email": T(m["email"], "email")}
    elif k == 2:
        o = {"level": 30, "time": epoch_ms(t), "hostname": "portal-web-3", "msg": "wearable linked",
             "member": T(m["no"], "other_id"),
             "device": {"vendor": rng.choice(["Garmin", "Whoop", "Polar"]), "model": rng.choice(["Venu 3", "4.0", "Vantage V3"]),
                        "serial": T(str(rng.randint(3000000000, 3999999999)), "device")}, "scope": ["hr", "sleep"]}
    elif k == 3:
        photo = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(rng.getrandbits(8) for _ in range(120))).decode()[:96]
        o = {"level": 30, "time": epoch_ms(t), "hostname": "portal-web-4", "msg": "directory photo uploaded",
             "member": T(m["no"], "other_id"), "mime": "image/jpeg", "bytes": rng.randint(40000, 90000),
             "photo_b64": S(T(photo, "photo"), "...[truncated 88412 chars]")}
    elif k == 4:
        o = {"level": 30, "time": epoch_ms(t), "hostname": "portal-web-1", "msg": "guest registered",
             "host_member": T(m["no"], "other_id"),
             "guest": {"name": T("%s %s" % (rng.choice(FIRST_F + FIRST_M), rng.choice(LAST)), "name"),
                       "email": T("guest%d@%s" % (rng.randint(10, 999), rng.choice(MAILS)), "email")},
             "guest_fee": 95.0}
    else:
        o = {"level": 30, "time": epoch_ms(t), "hostname": "portal-web-2", "msg": "handicap posted",
             "ghin": T(m["ghin"], "other_id"), "player": T(nm(m), "name"), "score": rng.randint(72, 104),
             "course_rating": 72.4, "slope": 133}
    return [("portal_json", jparts(o, ascii_=rng.random() < 0.5))]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36",
      "HGCC-App/5.2.1 (Android 14; SM-S918U)"]


def nginx_noph(t):
    k = rng.random()
    if k < 0.4:
        p = ["10.20.0.%d - - [%s] \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"ELB-HealthChecker/2.0\" rt=0.001 mid=-" % (rng.randint(4, 9), clf(t))]
    elif k < 0.7:
        p = ["66.249.%d.%d - - [%s] \"GET /robots.txt HTTP/1.1\" 200 67 \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\" rt=0.002 mid=-" % (rng.randint(64, 79), rng.randint(1, 254), clf(t))]
    else:
        p = ["%d.%d.%d.%d - - [%s] \"GET /static/js/app.%s.js HTTP/2.0\" 200 %d \"https://members.heronsgategcc.com/\" \"%s\" rt=0.%03d mid=-" % (
            rng.choice([71, 98, 174]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254), clf(t), hexs(8), rng.randint(20000, 400000), rng.choice(UA), rng.randint(1, 40))]
    return [("nginx", p)]


def nginx_phi(t):
    m = rand_member()
    k = rng.randint(0, 2)
    if k == 0:
        path = "/members/%s/statements/2024-05.pdf" % m["no"]
        req = ["\"GET ", (path, "url"), " HTTP/2.0\" 200 %d" % rng.randint(30000, 90000)]
    elif k == 1:
        path = "/members/%s/wellness/appointments" % m["no"]
        req = ["\"GET ", (path, "url"), " HTTP/2.0\" 200 %d" % rng.randint(800, 5000)]
    else:
        enc = urllib.parse.quote(m["email"], safe="")
        req = ["\"POST /api/v2/auth/reset?email=", (enc, "email", m["email"], urllib.parse.unquote), " HTTP/2.0\" 202 41"]
    p = [(m["ip"], "ip"), " - - [%s] " % clf(t)] + req + [" \"https://members.heronsgategcc.com/\" \"%s\" rt=0.%03d mid=" % (rng.choice(UA), rng.randint(5, 300)), (m["no"], "other_id")]
    return [("nginx", p)]


def syslog_noph(t):
    h = rng.choice(["hgcc-app01", "hgcc-app02", "hgcc-db01", "hgcc-wlc01", "hgcc-fw01"])
    k = rng.randint(0, 5)
    if k == 0:
        msg = "sshd[%d]: Accepted publickey for deploy from 10.20.1.%d port %d ssh2: ED25519 SHA256:%s" % (
            rng.randint(1000, 40000), rng.randint(2, 40), rng.randint(40000, 65000), base64.b64encode(hashlib.sha256(str(rng.random()).encode()).digest()).decode()[:43])
    elif k == 1:
        msg = "CRON[%d]: (jonas) CMD (/opt/jonas/bin/%s)" % (rng.randint(1000, 40000), rng.choice(["ar_aging.sh --cycle 2024-06", "export_gl.sh", "rotate_pos_journal.sh"]))
    elif k == 2:
        msg = "systemd[1]: Started %s." % rng.choice(["teesheet.service - TeeSys booking API v4.7.2", "Daily apt download activities", "physiotrak-hl7-bridge.service"])
    elif k == 3:
        msg = "kernel: [UFW BLOCK] IN=eth0 OUT= SRC=185.%d.%d.%d DST=203.0.113.24 PROTO=TCP SPT=%d DPT=3389" % (rng.randint(1, 250), rng.randint(0, 255), rng.randint(1, 254), rng.randint(1024, 65000))
    elif k == 4:
        msg = "postfix/smtp[%d]: %s: to=<accounts@heronsgategcc.com>, relay=smtp.office365.com[52.96.%d.%d]:587, delay=%.1f, status=sent (250 2.0.0 OK)" % (
            rng.randint(1000, 9000), hexs(10).upper(), rng.randint(0, 255), rng.randint(1, 254), rng.uniform(0.2, 3))
    else:
        msg = "captive[2211]: ap=AP-CLUBHOUSE-0%d radio=5G clients=%d util=%d%% bssid=%s" % (rng.randint(1, 6), rng.randint(3, 60), rng.randint(5, 80), ":".join("%02x" % rng.randint(0, 255) for _ in range(6)))
    return [("syslog", ["<%d>%s %s %s" % (rng.choice([30, 38, 86, 4]), sysl(t), h, msg)])]


def syslog_phi(t):
    m = rand_member()
    if rng.random() < 0.5:
        p = ["<30>%s hgcc-wlc01 captive[2211]: member-auth ok mbr=" % sysl(t), (m["no"], "other_id"), " mac=", (m["mac"], "device"),
             " ip=", (m["wifi_ip"], "ip"), " ssid=HGCC-Members vlan=64 ap=AP-CLUBHOUSE-0%d" % rng.randint(1, 6)]
    else:
        p = ["<22>%s hgcc-app01 postfix/smtp[%d]: %s: to=<" % (sysl(t), rng.randint(1000, 9000), hexs(10).upper()), (m["email"], "email"),
             ">, relay=%s, delay=%.2f, dsn=2.0.0, status=sent (250 OK)" % (rng.choice(["gmail-smtp-in.l.google.com[142.250.%d.27]:25" % rng.randint(0, 255), "mx01.mail.icloud.com[17.57.%d.%d]:25" % (rng.randint(0, 255), rng.randint(1, 254))]), rng.uniform(0.3, 4))]
    return [("syslog", p)]


def tee_noph(t):
    msg = rng.choice(["action=sheet.lock course=%s tee_date=2024-06-%d interval=10m" % (rng.choice(["Heron", "Fox"]), rng.randint(15, 21)),
                      "action=pace.alert course=Heron hole=%d group_gap=%dm" % (rng.randint(3, 17), rng.randint(14, 22)),
                      "action=frost.delay course=Fox delay=0m status=cleared",
                      "action=cache.rebuild entries=%d took=%dms" % (rng.randint(200, 900), rng.randint(30, 700))])
    return [("teesheet", ["ts=%s level=info svc=teesys %s" % (iso(t, False), msg)])]


def tee_phi(t, m=None):
    m = m or rand_member()
    d = DAY + dt.timedelta(days=rng.randint(0, 6))
    tt = "%02d:%02d" % (rng.randint(7, 15), rng.choice([0, 10, 20, 30, 40, 50]))
    p = ["ts=%s level=info svc=teesys action=%s bk=TB-%d course=%s tee_date=" % (iso(t, False), rng.choice(["booking.create", "booking.modify"] + (["checkin"] * 2 if 6 <= t.hour < 17 else [])), rng.randint(80000, 99999), rng.choice(["Heron", "Fox"])),
         (d_iso(d), "date"), " tee_time=%s mbr=" % tt, (m["no"], "other_id"), " name=\"", (nm(m, "lf"), "name"), "\" party=%d" % rng.randint(1, 4)]
    if rng.random() < 0.4:
        p += [" guest1=\"", ("%s %s" % (rng.choice(FIRST_M + FIRST_F), rng.choice(LAST)), "name"), "\""]
    p.append(" cart=%s caddie=%s" % (rng.choice(["Y", "N"]), rng.choice(["none", "forecaddie", "L.Pruitt-assign"])))
    return [("teesheet", p)]


def cad(t, inc, body, phi_inc=True):
    p = ["%s CAD01 inc=" % t.strftime("%Y-%m-%d %H:%M:%S"), (inc, "other_id") if phi_inc else inc, " " + body if isinstance(body, str) else " "]
    if not isinstance(body, str):
        p += body
    return ("cad_kv", p)


def cad_noph(t):
    inc = "HG-24-%04d" % rng.randint(300, 399)
    body = rng.choice(["type=MAINT-IRRIG pri=3 loc=\"Fox 7 fairway\" rptby=\"B. Olmos\" unit=GRD-1 st=DISP",
                       "type=WILDLIFE pri=4 loc=\"Heron 11 pond\" note=\"alligator ~5ft on bank\" unit=SEC-4 st=CLR",
                       "type=CART-DMG pri=3 loc=\"Cart barn\" cart=27 note=\"flat tire\" unit=SEC-2 st=CLR",
                       "type=WX-ALERT pri=2 loc=COURSE note=\"lightning 8mi, horn 1 long\" unit=ALL st=ACK"])
    return [cad(t, inc, body, phi_inc=False)]


def aed_selftests(t):
    out = []
    for i, (sn, loc) in enumerate(AEDS):
        tt = t + dt.timedelta(seconds=i * 7 + rng.randint(0, 5))
        model = "HeartStart FRx 861304" if sn.startswith("B") else "ZOLL AED 3"
        out.append(("aed_vendor", ["AEDSTAT|%s|model=%s|sn=%s|loc=%s|selftest=%s|batt=%d%%|pads_lot=M5071A-L%d|pads_exp=2026-%02d-28|fw=3.1.%d" % (
            iso(tt, False), model, sn, loc, "PASS" if i != 6 else "WARN:PADS_EXP_90D", rng.randint(60, 99), rng.randint(1000, 9999), rng.randint(1, 12), rng.randint(0, 3))]))
    return out


def inbody_row(t, m):
    w = round(rng.uniform(52, 110), 1)
    age = m["age"]
    return ("inbody_csv", ['"InBody770","CC717%05d","' % rng.randint(0, 99999), (m["no"], "other_id"), '","', (nm(m, "li"), "name"), '",',
                           (str(age), "age") if age > 89 else str(age), ',%s,%.1f,%.1f,%.1f,%.1f,%d,"' % (m["sex"], m["height"], w, w * rng.uniform(0.15, 0.35), w * rng.uniform(0.4, 0.5), rng.randint(1200, 2000)),
                           (t.strftime("%Y-%m-%d %H:%M"), "date"), '"'])


INBODY_HDR = ("inbody_csv", ['"Device","EquipSN","ID","Name","Age","Gender","Height","Weight","BFM","SMM","BMR","Test Date / Time"'])


def fhir_obs(t, m):
    code = rng.choice([("60842-2", "Oxygen consumption (VO2max)", 31.4, "mL/kg/min"), ("41982-0", "Percentage of body fat Measured", 24.1, "%"),
                       ("8867-4", "Heart rate", 64, "/min"), ("55284-4", "Blood pressure systolic and diastolic", None, None)])
    o = {"resourceType": "Observation", "id": "obs-" + hexs(12), "meta": {"versionId": "1", "lastUpdated": isoz(t)},
         "status": "final", "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs" if code[0] in ("8867-4", "55284-4") else "exam"}]}],
         "code": {"coding": [{"system": "http://loinc.org", "code": code[0], "display": code[1]}]},
         "subject": {"reference": S("Patient/", T(m["mrn"], "mrn")), "display": T(nm(m), "name")},
         "effectiveDateTime": T(iso(t - dt.timedelta(minutes=rng.randint(5, 40)), False), "date"),
         "performer": [{"reference": "Practitioner/kmori", "display": "Kenji Mori, CSCS"}]}
    if code[2] is not None:
        o["valueQuantity"] = {"value": round(code[2] * rng.uniform(0.7, 1.4), 1), "unit": code[3], "system": "http://unitsofmeasure.org"}
    else:
        o["component"] = [{"code": {"coding": [{"code": "8480-6"}]}, "valueQuantity": {"value": rng.randint(110, 160), "unit": "mm[Hg]"}},
                          {"code": {"coding": [{"code": "8462-4"}]}, "valueQuantity": {"value": rng.randint(65, 95), "unit": "mm[Hg]"}}]
    return ("fhir", jparts(o, ascii_=True))


def fitness_session(t):
    m = rand_member()
    out = []
    if rng.random() < 0.35:
        out.append(INBODY_HDR)
    out.append(inbody_row(t, m))
    for i in range(rng.randint(1, 2)):
        out.append(fhir_obs(t + dt.timedelta(minutes=3 + i), m))
    return out


def hl7_name(m, upper=False):
    s = "%s^%s" % (m["last"], m["first"])
    return s.upper() if upper else s


def hl7_pid(m, set_id=1):
    return ["PID|%d||" % set_id, (m["mrn"], "mrn"), "^^^HGCC_WELL^MR~", (m["no"], "other_id"), "^^^HGCC^MB||", (hl7_name(m), "name"), "||",
            (m["dob"].strftime("%Y%m%d"), "date"), "|%s|||" % m["sex"], (m["street"], "address"), "^^", (m["city"], "address"), "^NC^", (m["zip"], "zip"),
            "^USA||", (m["phone"], "phone"), "^PRN^PH~^NET^Internet^", (m["email"], "email"), "||ENG|M||", (m["acct"], "account"), "|||"]


def hl7_siu(t, m=None):
    m = m or rand_member()
    cid = "MSG%07d" % rng.randint(0, 9999999)
    pt = rng.choice([("ALGREER", "Greer", "Alana"), ("TWIERZB", "Wierzbicki", "Tomasz")])
    ap = DAY + dt.timedelta(days=rng.randint(1, 12))
    st = dt.datetime(ap.year, ap.month, ap.day, rng.randint(7, 17), rng.choice([0, 15, 30, 45]))
    en = st + dt.timedelta(minutes=45)
    out = [("hl7v2", ["MSH|^~\\&|PHYSIOTRAK|HGCC_WELL|JONAS|HGCC|%s||SIU^S12^SIU_S12|%s|P|2.5.1" % (hl7t(t), cid)]),
           ("hl7v2", ["SCH|APT-%d|APT-%d|||||%s|||45|min|^^45^" % (rng.randint(50000, 59999), rng.randint(50000, 59999), rng.choice(["FU^Follow-up", "NEW^New evaluation", "DN^Dry needling"])),
                      (st.strftime("%Y%m%d%H%M%S"), "date"), "^", (en.strftime("%Y%m%d%H%M%S"), "date"), "|||||%s^%s^%s^^^PT" % pt]),
           ("hl7v2", hl7_pid(m)),
           ("hl7v2", ["AIP|1||%s^%s^%s^^^^^^NPI|PT||" % (PT_NPI[pt[1]], pt[1], pt[2]), (st.strftime("%Y%m%d%H%M%S"), "date"), "|0|min|45|min"])]
    return out


def hl7_adt(t, m=None):
    m = m or rand_member()
    pl = m["plan"]
    sp = m["spouse"]
    out = [("hl7v2", ["MSH|^~\\&|PHYSIOTRAK|HGCC_WELL|JONAS|HGCC|%s||ADT^A04^ADT_A01|MSG%07d|P|2.5.1" % (hl7t(t), rng.randint(0, 9999999))]),
           ("hl7v2", ["EVN|A04|%s" % hl7t(t)]),
           ("hl7v2", hl7_pid(m)),
           ("hl7v2", ["NK1|1|", ("%s^%s" % (sp[1], sp[0]), "name"), "|SPO^Spouse^HL70063||", (m["spouse_phone"], "phone"), "||EC^Emergency Contact"]),
           ("hl7v2", ["PV1|1|O|WELL^PT1^^HGCC||||%s^Greer^Alana^^^^PT|||PT||||1|||||" % PT_NPI["Greer"], ("V" + m["acct"][3:] + "%03d" % rng.randint(0, 999), "account"), "|||||||||||||||||||||||||", (hl7t(t), "date")]),
           ("hl7v2", ["IN1|1|%s01|%s|%s|PO Box %d^^Durham^NC^27702||||||||||" % (pl[0], pl[0], pl[1], rng.randint(1000, 30000)), (hl7_name(m), "name"), "|01|", (m["dob"].strftime("%Y%m%d"), "date"),
                      "|||||||||||||||||||", (m["hp"], "health_plan")])]
    return out


NOTE_TXT = ["Pt reports L knee pain 4/10 after 18 holes, improved since last visit.",
            "R shoulder ER 70 deg, IR 45 deg; cont. rotator cuff progression.",
            "Low back stiffness AM, better with walking. HEP reviewed: bird-dog, dead bug.",
            "Lateral epicondylalgia R, grip dynamometer 28 kg vs 41 kg L.",
            "Post TKA wk 10: flexion 118 deg, gait w/o AD. Cleared to chip/putt only."]


def hl7_oru(t):
    m = rand_member()
    out = [("hl7v2", ["MSH|^~\\&|PHYSIOTRAK|HGCC_WELL|JONAS|HGCC|%s||ORU^R01^ORU_R01|MSG%07d|P|2.5.1" % (hl7t(t), rng.randint(0, 9999999))]),
           ("hl7v2", hl7_pid(m)),
           ("hl7v2", ["OBR|1||PN-%d|11506-3^Progress note^LN|||" % rng.randint(100000, 999999), (hl7t(t - dt.timedelta(minutes=30)), "date"), "||||||||%s^Wierzbicki^Tomasz^^^^DPT" % PT_NPI["Wierzbicki"]]),
           ("hl7v2", ["OBX|1|TX|11506-3^Progress note^LN||%s||||||F" % rng.choice(NOTE_TXT)])]
    if rng.random() < 0.5:
        out.append(("hl7v2", ["NTE|1||Referred by Dr. Anjali Ramaswamy (Cary Ortho), fax 919-467-2290, NPI %s" % npi()]))
    return out


def dues_rows(t):
    out = []
    if rng.random() < 0.3:
        out.append(("dues_csv", ["batch_ts,ar_acct,member_no,member_name,category,trans_code,svc_date,amount,ref_no,cycle"]))
    for _ in range(rng.randint(1, 3)):
        m = rand_member()
        code = rng.choice(["DUES", "FB-MIN", "LOCKER", "CART-TRL", "WELL-PT"])
        amt = {"DUES": 1250.00, "FB-MIN": 150.00, "LOCKER": 45.00, "CART-TRL": 375.00, "WELL-PT": 95.00}[code]
        p = ["%s," % t.strftime("%Y-%m-%d %H:%M:%S"), (m["acct"], "account"), ",", (m["no"], "other_id"), ',"', (nm(m, "lf"), "name"), '",%s,%s,' % (m["cat"], code)]
        if code in ("DUES", "FB-MIN", "LOCKER"):
            p.append(",")
        else:
            p += [(d_iso(DAY - dt.timedelta(days=rng.randint(1, 20))), "date"), ","]
        p.append("%.2f,INV-2406-%05d,2024-06" % (amt, rng.randint(0, 99999)))
        out.append(("dues_csv", p))
    return out


SKUS = [("TLM-TP5X-12", 54.99, "TaylorMade TP5x dz"), ("TIT-PV1-12", 54.99, "Titleist Pro V1 dz"), ("HGC-HAT-NVY", 28.00, "HGCC cap navy"),
        ("FB-CLUBSAND", 14.50, "Club sandwich"), ("FB-ARNOLD", 4.25, "Arnold Palmer"), ("FJ-GLV-ML", 24.00, "FootJoy glove ML")]


def pos_line(t, m=None):
    items = rng.sample(SKUS, rng.randint(1, 3))
    sub = sum(i[1] for i in items)
    term = rng.choice(["PRO-01", "GRILLE-02", "HALFWAY-H10", "POOL-01"])
    head = "POS|%s|TERM=%s|CHK=%d|SRV=%s|" % (t.strftime("%Y-%m-%d %H:%M:%S"), term, rng.randint(40000, 49999), rng.choice(["Dana K", "Callum R", "Jules M", "Ana P"]))
    itm = "|ITEMS=%d|SKU=%s|SUB=%.2f|TAX=%.2f|TOT=%.2f|TENDER=" % (len(items), ";".join("%s:1@%.2f" % (i[0], i[1]) for i in items), sub, sub * 0.0725, sub * 1.0725)
    if m is None and rng.random() < 0.45:
        return [("pos_pipe", [head + "MBR=" + itm + rng.choice(["CASH", "CARD:VISA*%04d" % rng.randint(0, 9999)])])]
    m = m or rand_member()
    return [("pos_pipe", [head + "MBR=", (m["no"], "other_id"), "|NAME=", (nm(m, "lf").upper(), "name"), itm + "MBR_CHARGE"])]


def paygw_noph(t):
    k = rng.random()
    if k < 0.5:
        s = "level=INFO gw=authnet evt=batch.settle batch_id=%d count=%d total=%.2f cur=USD status=settledSuccessfully" % (rng.randint(10**8, 10**9), rng.randint(5, 80), rng.uniform(800, 30000))
    else:
        s = "level=INFO gw=authnet evt=txn.auth txn_id=%d amt=%.2f cur=USD brand=%s masked=XXXX%04d avs=Y cvv=M result=APPROVED terminal=%s" % (
            rng.randint(6 * 10**10, 7 * 10**10), rng.uniform(10, 300), rng.choice(["VISA", "MC", "AMEX"]), rng.randint(0, 9999), rng.choice(["PRO-01", "GRILLE-02"]))
    return [("paygw_kv", ["ts=%s %s" % (isoz(t), s)])]


def paygw_phi(t):
    m = rand_member()
    k = rng.randint(0, 3)
    pre = "ts=%s " % isoz(t)
    if k == 0:
        p = [pre + "level=INFO gw=authnet evt=autopay.charge cust_ref=", (m["acct"], "account"), " profile_id=%d amt=%.2f brand=VISA masked=XXXX%s result=APPROVED" % (rng.randint(5 * 10**8, 9 * 10**8), 1250 + rng.choice([0, 150, 45]), m["pan"][-4:])]
    elif k == 1:
        p = [pre + "level=DEBUG gw=authnet evt=raw.request cust_ref=", (m["acct"], "account"), " payload=\"<createTransactionRequest><payment><creditCard><cardNumber>", (m["pan"], "account"), "</cardNumber><expirationDate>%02d%02d</expirationDate></creditCard></payment></createTransactionRequest>\"" % (rng.randint(1, 12), rng.randint(25, 30))]
    elif k == 2:
        bad = pan("4", 16)
        bad = bad[:-1] + str((int(bad[-1]) + 3) % 10)
        assert not luhn_ok(bad)
        p = [pre + "level=WARN gw=authnet evt=txn.decline reason=\"invalid card number\" guest_name=\"", ("%s %s" % (rng.choice(FIRST_M + FIRST_F), rng.choice(LAST)), "name"), "\" card=", (bad, "account"), " host_mbr=", (m["no"], "other_id"), " amt=95.00"]
    else:
        p = [pre + "level=INFO gw=authnet evt=ach.debit cust_ref=", (m["acct"], "account"), " routing=%s acct=" % m["routing"], (m["bank"], "account"), " name=\"", (nm(m).upper(), "name"), "\" amt=1250.00 sec=WEB"]
    return [("paygw_kv", p)]


def x12_837(t):
    out = []
    ctl = rng.randint(100000000, 999999999)
    out.append(("x12", ["ISA*00*          *00*          *ZZ*HGCCWELL       *ZZ*AVAILITY       *%s*%s*^*00501*%09d*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)]))
    out.append(("x12", ["GS*HC*HGCCWELL*AVAILITY*%s*%s*%d*X*005010X222A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), ctl % 10000)]))
    out.append(("x12", ["ST*837*0001*005010X222A1~"]))
    out.append(("x12", ["NM1*85*2*HERONSGATE GCC WELLNESS*****XX*%s~" % ORG_NPI]))
    out.append(("x12", ["N3*4100 HERONSGATE PKWY~"]))
    out.append(("x12", ["N4*CARY*NC*275190000~"]))
    for _ in range(rng.randint(1, 2)):
        m = rand_member()
        up = lambda s: s.upper()
        out.append(("x12", ["NM1*IL*1*", ("%s*%s" % (up(m["last"]), up(m["first"])), "name"), "****MI*", (m["hp"], "health_plan"), "~"]))
        out.append(("x12", ["N3*", (up(m["street"]), "address"), "~"]))
        out.append(("x12", ["N4*", (up(m["city"]), "address"), "*NC*", (m["zip"], "zip"), "~"]))
        out.append(("x12", ["DMG*D8*", (m["dob"].strftime("%Y%m%d"), "date"), "*%s~" % m["sex"]]))
        out.append(("x12", ["CLM*", ("HG%s-%04d" % (t.strftime("%y%m%d"), rng.randint(0, 9999)), "account"), "*%d***11:B:1*Y*A*Y*Y~" % rng.choice([95, 150, 185])]))
        out.append(("x12", ["DTP*472*D8*", ((DAY - dt.timedelta(days=rng.randint(1, 9))).strftime("%Y%m%d"), "date"), "~"]))
        out.append(("x12", ["SV1*HC:%s:GP*%d*UN*1***1~" % (rng.choice(["97110", "97140", "97161", "97530"]), rng.choice([45, 65, 95]))]))
    out.append(("x12", ["SE*%d*0001~" % (len(out) - 1)]))
    out.append(("x12", ["GE*1*%d~" % (ctl % 10000)]))
    out.append(("x12", ["IEA*1*%09d~" % ctl]))
    return out


def x12_270(t):
    m = members[1] if rng.random() < 0.3 else rand_member()
    return [("x12", ["ST*270*%04d*005010X279A1~" % rng.randint(1, 9999)]),
            ("x12", ["NM1*IL*1*", ("%s*%s" % (m["last"].upper(), m["first"].upper()), "name"), "****MI*", (m["hp"], "health_plan"), "~"]),
            ("x12", ["DMG*D8*", (m["dob"].strftime("%Y%m%d"), "date"), "~"]),
            ("x12", ["EQ*PT~"])]


def java_trace(t):
    m = rand_member()
    thr = "dues-draft-%d" % rng.randint(1, 4)
    bad_rt = m["routing"][:-1] + str((int(m["routing"][-1]) + 1) % 10)
    return [("java_trace", ["%s ERROR [%s] c.h.billing.DuesDraftJob - Draft failed for account " % (sq(t), thr), (m["acct"], "account"), " (", (nm(m, "lf"), "name"), "): invalid RDFI routing %s" % bad_rt]),
            ("java_trace", ["com.heronsgate.billing.nacha.NachaValidationException: check digit mismatch for RDFI %s, DFI acct " % bad_rt, (m["bank"], "account")]),
            ("java_trace", ["\tat com.heronsgate.billing.nacha.EntryDetail.validate(EntryDetail.java:212)"]),
            ("java_trace", ["\tat com.heronsgate.billing.nacha.BatchBuilder.add(BatchBuilder.java:88)"]),
            ("java_trace", ["\tat com.heronsgate.billing.DuesDraftJob.run(DuesDraftJob.java:141)"]),
            ("java_trace", ["\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)"]),
            ("java_trace", ["\t... 6 more"])]


def java_trace_noph(t):
    return [("java_trace", ["%s WARN  [jonas-sync-2] c.h.integ.JonasClient - GET https://api.jonasclub.com/v3/members?page=%d timed out after 30000 ms (attempt %d/3) traceId=%s" % (sq(t), rng.randint(1, 40), rng.randint(1, 3), hexs(32))]),
            ("java_trace", ["java.net.SocketTimeoutException: Read timed out"]),
            ("java_trace", ["\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)"]),
            ("java_trace", ["\tat org.apache.hc.core5.http.impl.io.SessionInputBufferImpl.fillBuffer(SessionInputBufferImpl.java:149)"]),
            ("java_trace", ["\tat com.heronsgate.integ.JonasClient.get(JonasClient.java:77)"])]


def sms(t, to_, to_cat, body_parts, direction="outbound-api"):
    sid = "SM" + hexs(32)
    frm = "+19198676100"
    o = {"sid": sid, "date_created": t.strftime("%a, %d %b %Y %H:%M:%S -0400"), "direction": direction,
         "from": frm, "to": T(to_, to_cat) if to_cat else to_, "body": S(*body_parts), "status": "queued",
         "messaging_service_sid": "MG" + hexs(32), "num_segments": "1"}
    if direction == "inbound":
        o["from"], o["to"] = o["to"], frm
        o["status"] = "received"
    return ("sms_json", jparts(o, sp=True))


def e164(p):
    return "+1" + p.replace("-", "")


def sms_reminder(t):
    m = rand_member()
    ap = DAY + dt.timedelta(days=rng.randint(1, 6))
    dd = "%s %d/%d" % (ap.strftime("%a"), ap.month, ap.day)
    who = rng.choice(["Alana", "Tomasz", "Kenji"])
    body = ["HGCC Wellness: Hi ", T(m["first"], "name"), ", reminder of your %s appt w/ %s on %s " % (rng.choice(["physio", "fitness assessment", "dry needling"]), who, dd.split(" ")[0]),
            T(dd.split(" ")[1], "date"), " at %s. Reply C to confirm, R to reschedule." % dt.time(rng.randint(7, 17), rng.choice([0, 15, 30, 45])).strftime("%-I:%M%p").lower()]
    out = [sms(t, e164(m["phone"]), "phone", body)]
    if rng.random() < 0.5:
        out.append(sms(t + dt.timedelta(minutes=rng.randint(1, 40)), e164(m["phone"]), "phone", [rng.choice(["C", "c", "C thanks!", "R - can we do Thurs?"])], direction="inbound"))
    return out


def sms_noph(t):
    body = [rng.choice(["HGCC Course Update: Heron course cart path only today due to overnight rain. Fox course open normal.",
                        "HGCC: Lightning in area - course evacuated. Please return to clubhouse. Updates at heronsgategcc.com/wx",
                        "HGCC Dining: Friday seafood buffet 5-9pm, reserve at 919-867-6100."])]
    o = {"sid": "SM" + hexs(32), "direction": "outbound-api", "from": "+19198676100", "to": "broadcast:list-%d" % rng.randint(1, 5),
         "body": body[0], "status": "accepted", "recipients": rng.randint(300, 900)}
    return [("sms_json", jparts(o, sp=True))]


CHAT_NOPH = ["Cart 27 flat at Fox 6, swapping with 31", "Frost delay lifted, starters sending first groups",
             "Halfway house out of ice, runner on the way", "Greens on Heron rolling 11.5 today",
             "Reminder: AED checks logged in Fleet Mgr by 0700", "Irrigation head stuck on at Fox 7, GRD-1 headed out",
             "Lightning 8 mi, horn sounded, pull everyone in", "All clear, course reopened 1542",
             "Pro shop POS 2 rebooted, back online", "Pace on Heron back 9 ~15 min behind"]


def chat(t, channel, user, text_parts):
    o = {"ts": "%d.%06d" % (int(t.timestamp()), rng.randint(0, 999999)), "channel": channel, "user": "U0" + hexs(7).upper(), "user_name": user, "type": "message",
         "text": S(*text_parts) if isinstance(text_parts, list) else text_parts}
    return ("teams_chat", jparts(o))


CHAT_CH = {"#ops-course": (["duarte.ferreira", "rex.hanley", "lonnie.pruitt", "callum.reid"], [0, 3, 4, 9]),
           "#grounds": (["beatriz.olmos", "grd.crew.lead"], [3, 5]),
           "#fnb": (["dana.kessler", "jules.martel"], [2, 8])}


def chat_noph(t):
    ch = rng.choice(sorted(CHAT_CH))
    users, msgs = CHAT_CH[ch]
    return [chat(t, ch, rng.choice(users), CHAT_NOPH[rng.choice(msgs)])]


def chat_phi(t):
    m = rand_member()
    txt = rng.choice([["Heads up: ", T(nm(m), "name"), " asked for a cart flag (medical) - approved through Aug"],
                      ["Can someone call ", T("Mrs. " + m["last"], "name"), " back at ", T(m["phone"], "phone"), " re her locker charge"],
                      [T(m["first"], "name"), " (", T(m["no"], "other_id"), ") left a putter at H10, holding it at bag drop"]])
    return [chat(t, rng.choice(["#ops-course", "#member-services", "#wellness"]), rng.choice(["lonnie.pruitt", "lorraine.fitch", "nadia.petrov", "callum.reid"]), txt)]


def pg_noph(t):
    msg = rng.choice(["LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % (rng.randint(100, 4000), rng.uniform(0.1, 5), rng.uniform(1, 30), rng.uniform(1, 31)),
                      "LOG:  duration: %.3f ms  statement: SELECT count(*) FROM tee_booking WHERE tee_date = $1" % rng.uniform(0.3, 40),
                      "LOG:  automatic vacuum of table \"clubdb.public.pos_journal\": index scans: 1",
                      "LOG:  duration: %.3f ms  execute <unnamed>: SELECT id, sku, qty_on_hand FROM inventory WHERE sku = $1" % rng.uniform(0.1, 5)])
    user = rng.choice(["jonas_app@clubdb", "teesys@clubdb", "[unknown]@[unknown]"])
    return [("pg_sql", ["%s EDT [%d] %s %s" % (sq(t), rng.randint(20000, 40000), user, msg)])]


def pg_phi(t):
    m = rand_member()
    head = "%s EDT [%d] jonas_app@clubdb LOG:  statement: " % (sq(t), rng.randint(20000, 40000))
    k = rng.randint(0, 2)
    if k == 0:
        p = [head + "UPDATE member_contact SET phone_cell = '", (m["phone"], "phone"), "', fax_home = '", (phone(), "fax"), "' WHERE member_no = '", (m["no"], "other_id"), "'"]
    elif k == 1:
        p = [head + "INSERT INTO member_household (member_no, rel, first_nm, last_nm, birth_dt, em_contact) VALUES ('", (m["no"], "other_id"), "', 'SPOUSE', '",
             (m["spouse"][0], "name"), "', '", (m["spouse"][1].replace("'", "''"), "name", m["spouse"][1], lambda z: z.replace("''", "'")), "', '",
             (d_iso(DAY - dt.timedelta(days=rng.randint(40 * 365, 75 * 365))), "date"), "', true)"]
    else:
        p = [head + "UPDATE member SET addr1 = '", (m["street"], "address"), "', city = '", (m["city"], "address"), "', zip = '", (m["zip"], "zip"), "', ghin_no = '", (m["ghin"], "other_id"), "' WHERE member_no = '", (m["no"], "other_id"), "'"]
    return [("pg_sql", p)]


def access_noph(t):
    k = rng.random()
    if k < 0.5:
        s = "%s GATE-SVC ANPR plate=NC:%s conf=0.%d lane=IN match=VENDOR vendor=\"%s\" action=OPEN" % (iso(t, False), rng.choice(["AB%d-7712" % rng.randint(1, 9), "TRK-%04d" % rng.randint(0, 9999)]), rng.randint(85, 99), rng.choice(["Sysco Raleigh", "Toro/Smith Turf", "Coca-Cola Consolidated"]))
    elif k < 0.75:
        s = "%s BS2 dev=WELL-DOOR-1 (SN 546213877) evt=%d \"DOOR_HELD_OPEN\" duration=%ds" % (iso(t, False), rng.randint(4000, 9000), rng.randint(20, 90))
    else:
        s = "%s GATE-MAIN ANPR plate=NC:HGCC-%02d conf=0.99 lane=OUT match=FLEET unit=\"Club truck %d\" vin=%s action=OPEN" % (iso(t, False), rng.randint(1, 12), rng.randint(1, 6), vin("1FT"))
    return [("access_ctl", [s])]


def access_phi(t, m=None):
    m = m or rand_member()
    k = rng.randint(0, 3)
    if k == 0:
        p = ["%s GATE-MAIN ANPR plate=NC:" % iso(t, False), (m["plate"], "vehicle"), " conf=0.%d lane=IN match=MEMBER mbr=" % rng.randint(90, 99), (m["no"], "other_id"), " action=OPEN"]
    elif k == 1:
        p = ["%s BS2 dev=WELL-DOOR-1 (SN 546213877) evt=%d \"VERIFY_SUCCESS_FINGER\" user_id=" % (iso(t, False), rng.randint(4000, 9000)), (m["no"], "other_id"), " user=\"", (nm(m, "lfs"), "name"), "\" card=", (m["card"], "other_id")]
    elif k == 2:
        tpl = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(60))).decode()
        p = ["%s BS2 dev=WELL-ENROLL-1 (SN 546200104) evt=4097 \"ENROLL_FINGER\" user_id=" % iso(t, False), (m["no"], "other_id"), " finger=R_INDEX quality=%d template=" % rng.randint(60, 98), (tpl, "biometric")]
    else:
        g = ("%s %s" % (rng.choice(FIRST_M + FIRST_F), rng.choice(LAST)))
        p = ["%s GATE-MAIN GUESTPASS host_mbr=" % iso(t, False), (m["no"], "other_id"), " guest=\"", (g, "name"), "\" dl=NC:", ("%012d" % rng.randint(10**8, 10**11), "license"), " plate=", ("%s%s%s-%04d" % (rng.choice("HJKPRT"), rng.choice("ABCD"), rng.choice("ELN"), rng.randint(0, 9999)), "vehicle"), " issued_by=T.Ode"]
    return [("access_ctl", p)]


def valet(t):
    m = rand_member()
    return [("access_ctl", ["%s VALET tkt=%d mbr=" % (iso(t, False), rng.randint(1000, 9999)), (m["no"], "other_id"), " vin=", (m["vin"], "vehicle"), " stall=%s%d" % (rng.choice("ABC"), rng.randint(1, 40))])]


def nacha_file(t):
    out = []
    ctime = t.strftime("%y%m%d"), t.strftime("%H%M")
    rec = "101 053000196%10s%s%sA094101%-23s%-23s%-8s" % ("1561234567", ctime[0], ctime[1], "FIRST CITIZENS BANK", "HERONSGATE GCC", "DUES0614")
    out.append(rec)
    rec = "5225%-16s%-20s%10s%3s%-10s%6s%6s%3s1%8s%07d" % ("HERONSGATE GCC", "JUNE DUES", "1561234567", "PPD", "CLUB DUES", "240614", "240617", "", "05300019", 1)
    out.append(rec)
    entries = []
    tot = 0
    hsh = 0
    for i in range(rng.randint(3, 5)):
        m = rand_member()
        amt = rng.choice([125000, 140000, 129500, 87500])
        tot += amt
        hsh += int(m["routing"][:8])
        ind = m["no"]
        nmv = fold("%s %s" % (m["first"], m["last"])).upper()[:22]
        parts = ["627%s%s" % (m["routing"][:8], m["routing"][8]), (m["bank"], "account"), " " * (17 - len(m["bank"])), "%010d" % amt,
                 (ind, "other_id"), " " * (15 - len(ind)), (nmv, "name"), " " * (22 - len(nmv)), "  0", "05300019%07d" % (i + 1)]
        entries.append(parts)
    lines = [("nacha_fixed", [out[0]]), ("nacha_fixed", [out[1]])]
    for e in entries:
        lines.append(("nacha_fixed", e))
    lines.append(("nacha_fixed", ["8225%06d%010d%012d%012d%10s%19s%6s%8s%07d" % (len(entries), hsh % 10**10, tot, 0, "1561234567", "", "", "05300019", 1)]))
    lines.append(("nacha_fixed", ["9%06d%06d%08d%010d%012d%012d%39s" % (1, 1, len(entries), hsh % 10**10, tot, 0, "")]))
    for f, p in lines:
        b, _ = build(p)
        assert len(b) == 94, (len(b), b)
    return lines


def wc_ack(t):
    return [("wc_xml", ['<Ack xmlns="urn:iaiabc:edi:r3" claimAdmin="Travelers" batch="B%s%03d" status="ACCEPTED" count="%d" received="%s"/>' % (t.strftime("%Y%m%d"), rng.randint(1, 999), rng.randint(1, 3), iso(t, False))])]


# ----------------------------------------------------------------- story
def story():
    ev = []  # (time, lines)
    ch = members[0]   # cardiac event
    sp = ch["spouse"]
    bp = members[5]   # playing partner who starts CPR
    inc = "HG-24-0412"
    aedcase = "HG-AED-0611"
    t0 = ts(10, 32, 5)
    ev.append((ts(7, 41, 12), tee_phi(ts(7, 41, 12), ch)))
    ev.append((ts(7, 52, 0), access_phi(ts(7, 52, 0), ch)))
    ev.append((t0, [chat(t0, "#ops-course", "duarte.ferreira", ["MEMBER DOWN Heron 14 green - ", T(nm(ch), "name"), ". Partner doing CPR. Need AED from H10 NOW. Calling 911"])]))
    ev.append((t0 + dt.timedelta(seconds=20), [cad(t0 + dt.timedelta(seconds=20), inc, ["type=MED-CARDIAC pri=1 loc=\"Heron 14 green\" gps=35.74213,-78.85127 rptby=\"Marshal D. Ferreira\" pt=\"", (nm(ch, "lf"), "name"), "\" mbr=", (ch["no"], "other_id"), " pt_age=%d pt_sex=M st=DISP unit=SEC-2,SEC-4" % ch["age"]])]))
    ev.append((t0 + dt.timedelta(seconds=44), [cad(t0 + dt.timedelta(seconds=44), inc, "ext=911 agency=\"Wake County EMS\" ext_ref=WC24-%07d eta=9m gate=\"Service gate B\" st=EXT-NOTIFIED" % rng.randint(0, 9999999))]))
    ev.append((ts(10, 34, 2), [cad(ts(10, 34, 2), inc, "unit=SEC-2 st=ONSCENE crew=\"R. Hanley, T. Ode\" aed=B21K-04502")]))
    # AED device log (no PHI) then case review header later
    base = ts(10, 34, 12)
    evts = [(0, "POWER_ON"), (38, "PADS_ON imp=84ohm"), (49, "ANALYZE"), (58, "SHOCK_ADVISED rhythm=VF"), (65, "SHOCK 1 150J imp=82ohm"),
            (67, "CPR_PROMPT 120s"), (187, "ANALYZE"), (196, "SHOCK_ADVISED rhythm=VF"), (203, "SHOCK 2 150J imp=80ohm"), (205, "CPR_PROMPT 120s"),
            (325, "ANALYZE"), (334, "NO_SHOCK_ADVISED"), (336, "CPR_PROMPT 120s")]
    for off, e in evts:
        tt = base + dt.timedelta(seconds=off)
        ev.append((tt, [("aed_vendor", ["AEDEVT|sn=B21K-04502|seq=%03d|t+%02d:%02d|%s|%s" % (evts.index((off, e)) + 1, off // 60, off % 60, tt.strftime("%H:%M:%S"), e)])]))
    ev.append((ts(10, 35, 30), [chat(ts(10, 35, 30), "#ops-course", "rex.hanley", "AED on, 1 shock delivered, CPR continuing. EMS at gate B?")]))
    ev.append((ts(10, 36, 10), [sms(ts(10, 36, 10), e164(ch["spouse_phone"]), "phone",
                                    ["HGCC Security: ", T(sp[0], "name"), ", please call Rex Hanley at 919-867-6199 right away regarding ", T(ch["first"], "name"), ". He is receiving care on the course."])]))
    ev.append((ts(10, 41, 47), [cad(ts(10, 41, 47), inc, "unit=EMS-M14 st=ONSCENE handoff=YES")]))
    ev.append((ts(10, 44, 3), [cad(ts(10, 44, 3), inc, ["NARR txt=\"%dM collapsed walking to 14 green, witnessed. Partner " % ch["age"], (nm(bp), "name"), " started CPR ~1 min. AED x2 shocks VF, ROSC after 2nd cycle per EMS. Pt has ICD (Medtronic, SN ", (ch["icd"], "device"), ") per wife ", (sp[0] + " " + sp[1], "name"), " by phone ", (ch["spouse_phone"], "phone"), ". Transport WakeMed Cary.\""])]))
    ev.append((ts(10, 52, 30), [cad(ts(10, 52, 30), inc, "unit=EMS-M14 st=TRANSPORT dest=\"WakeMed Cary Hospital\"")]))
    ev.append((ts(10, 58, 0), [chat(ts(10, 58, 0), "#ops-course", "duarte.ferreira", "Heron 14/15 reopened. Thanks all. AED B21K-04502 out of service until pads replaced")]))
    # AED case review (later, by nurse)
    tr = ts(13, 5, 11)
    ev.append((tr, [("aed_vendor", ["CASE|", (aedcase, "other_id"), "|sn=B21K-04502|reviewer=N.Petrov RN|pt_name=", (nm(ch, "lfs"), "name"), "|pt_id=", (ch["no"], "other_id"), "|age=%d|sex=M|event_date=" % ch["age"], (d_iso(DAY), "date"), "|shocks=2|first_shock=t+01:05|rosc=Y"]),
                    ("aed_vendor", ["CASE|", (aedcase, "other_id"), "|export=RescueNet|file=", (aedcase, "other_id"), "_B21K-04502.zip|sha256=%s" % hashlib.sha256(b"aed0611").hexdigest()]),
                    ]))
    ev.append((ts(13, 9, 40), [("pg_sql", ["%s EDT [%d] jonas_app@clubdb LOG:  statement: INSERT INTO incident (inc_no, inc_type, inc_date, member_no, person_nm, narrative) VALUES ('" % (sq(ts(13, 9, 40)), 31544), (inc, "other_id"), "', 'MED-CARDIAC', '", (d_iso(DAY), "date"), "', '", (ch["no"], "other_id"), "', '", (nm(ch), "name"), "', 'Collapse Heron 14, AED x2, EMS transport')"])]))
    ev.append((ts(15, 22, 0), [sms(ts(15, 22, 0), e164(ch["spouse_phone"]), "phone", ["Thank you. He is in the CCU at WakeMed, stable. - ", T(sp[0], "name")], direction="inbound")]))

    # groundskeeper injury 06:48
    g = EMPLOYEES["grounds"]
    inc2 = "HG-24-0409"
    t1 = ts(6, 48, 30)
    ev.append((t1, [chat(t1, "#grounds", "beatriz.olmos", ["", T(g["first"], "name"), " cut his L hand on the reel mower bedknife at the maint barn, Nadia is coming down"])]))
    ev.append((t1 + dt.timedelta(seconds=50), [cad(t1 + dt.timedelta(seconds=50), inc2, ["type=MED-INJURY pri=2 loc=\"Maintenance barn bay 3\" rptby=\"B. Olmos\" pt=\"", (nm(g, "lf"), "name"), "\" emp=", (g["eid"], "other_id"), " st=DISP unit=NURSE"])]))
    ev.append((ts(7, 3, 0), [cad(ts(7, 3, 0), inc2, "unit=NURSE st=CLR note=\"lac 3cm, steri-strips, referred UC for eval\"")]))
    tw = ts(14, 10, 0)
    xml = ['<FROI xmlns="urn:iaiabc:edi:r3" claimAdmin="Travelers" jurisdiction="NC" mtc="00"><ClaimNumber>', X(g["claim"], "other_id"), '</ClaimNumber><Employee><Id>', X(g["eid"], "other_id"), '</Id><Name>',
           X(nm(g, "lf"), "name"), '</Name><SSN>', X(g["ssn"], "ssn"), '</SSN><DOB>', X(d_iso(g["dob"]), "date"), '</DOB><Addr>', X(g["street"], "address"), '</Addr><City>', X(g["city"], "address"),
           '</City><State>NC</State><Zip>', X(g["zip"], "zip"), '</Zip><Phone>', X(g["phone"], "phone"), '</Phone><Occupation>', xesc(g["role"]), '</Occupation></Employee><Employer><FEIN>56-1834402</FEIN><Name>Heronsgate Golf &amp; Country Club</Name><Addr>4100 Heronsgate Pkwy, Cary NC 27519</Addr></Employer><Injury><Date>',
           X(d_iso(DAY), "date"), '</Date><Time>06:45</Time><Nature>Laceration</Nature><Part>Left hand</Part><Cause>Adjusting bedknife, Toro Reelmaster 3555-D unit 7</Cause></Injury><Supervisor>Beatriz Olmos</Supervisor></FROI>']
    ev.append((tw, [("wc_xml", xml)]))
    ev.append((tw + dt.timedelta(minutes=4), wc_ack(tw + dt.timedelta(minutes=4))))

    # caddie heat exhaustion 13:20
    c = EMPLOYEES["caddie"]
    inc3 = "HG-24-0415"
    t2 = ts(13, 21, 5)
    ev.append((t2, [chat(t2, "#ops-course", "lonnie.pruitt", ["Caddie ", T(nm(c), "name"), " dizzy/vomiting on Fox 12, heat. Bringing him to the wellness centre in cart 9"])]))
    ev.append((t2 + dt.timedelta(seconds=35), [cad(t2 + dt.timedelta(seconds=35), inc3, ["type=MED-HEAT pri=2 loc=\"Fox 12 tee\" rptby=\"L. Pruitt\" pt=\"", (nm(c, "lf"), "name"), "\" emp=", (c["eid"], "other_id"), " temp_f=96 hi=104 st=DISP unit=NURSE"])]))
    ev.append((ts(13, 48, 0), [cad(ts(13, 48, 0), inc3, ["NARR txt=\"Caddie 19M, oral temp 101.2, HR 118. Cooled, PO fluids. Mother ", ("Renata Tillery-Boone", "name"), " picking him up, cell ", (phone(), "phone"), ". Caddie mstr to file WC report.\""])]))
    tw2 = ts(16, 30, 0)
    xml2 = ['<OSHA301 est="HGCC-01" caseNo="', X("24-017", "other_id"), '"><Employee><Name>', X(nm(c), "name"), '</Name><Street>', X(c["street"], "address"), '</Street><City>', X(c["city"], "address"),
            '</City><State>NC</State><Zip>', X(c["zip"], "zip"), '</Zip><DOB>', X(d_iso(c["dob"]), "date"), '</DOB><Hired>2023-04-08</Hired><Sex>M</Sex></Employee><Physician>Nadia Petrov, RN (on-site)</Physician><Incident><Date>',
            X(d_iso(DAY), "date"), '</Date><Began>07:30</Began><Time>13:15</Time><What>Heat exhaustion while caddying 2nd loop, Fox 12</What><Hospitalized>N</Hospitalized><ER>N</ER></Incident><WCClaim>', X(c["claim"], "other_id"), '</WCClaim></OSHA301>']
    ev.append((tw2, [("wc_xml", xml2)]))

    tg = ts(8, 5, 12)
    host = members[5]
    ev.append((tg, [("access_ctl", ["%s GATE-MAIN GUESTPASS host_mbr=" % iso(tg, False), (host["no"], "other_id"), " guest=\"", ("Sunniva Rutherford-Ng", "name"), "\" dl=NC:", ("%012d" % rng.randint(10**8, 10**11), "license"),
                                     " plate=", ("KNZ-%04d" % rng.randint(0, 9999), "vehicle"), " issued_by=T.Ode"])]))
    tw3 = ts(17, 2, 0)
    xml3 = ['<FROI xmlns="urn:iaiabc:edi:r3" claimAdmin="Travelers" jurisdiction="NC" mtc="00"><ClaimNumber>', X(c["claim"], "other_id"), '</ClaimNumber><Employee><Id>', X(c["eid"], "other_id"), '</Id><Name>',
            X(nm(c, "lf"), "name"), '</Name><SSN>', X(c["ssn"], "ssn"), '</SSN><DOB>', X(d_iso(c["dob"]), "date"), '</DOB><DL state="NC">', X(c["dl"], "license"), '</DL><Phone>', X(c["phone"], "phone"),
            '</Phone><Occupation>Caddie (Class A)</Occupation><Contractor>N</Contractor></Employee><Injury><Date>', X(d_iso(DAY), "date"), '</Date><Time>13:15</Time><Nature>Heat exhaustion</Nature><Part>Body systems</Part></Injury><Supervisor>Lonnie Pruitt</Supervisor></FROI>']
    ev.append((tw3, [("wc_xml", xml3)]))
    ev.append((tw3 + dt.timedelta(minutes=3), wc_ack(tw3 + dt.timedelta(minutes=3))))

    # guest syncope 15:05, AED applied, no shock
    gu = members[2]
    inc4 = "HG-24-0417"
    t3 = ts(15, 5, 40)
    ev.append((t3, [cad(t3, inc4, ["type=MED-SYNCOPE pri=1 loc=\"Pool Pavilion\" rptby=\"lifeguard J. Amari\" pt=\"", (nm(gu, "lf"), "name"), "\" mbr=", (gu["no"], "other_id"), " st=DISP unit=SEC-4,NURSE aed=B21K-04488"])]))
    base = ts(15, 7, 2)
    for i, (off, e) in enumerate([(0, "POWER_ON"), (41, "PADS_ON imp=96ohm"), (52, "ANALYZE"), (61, "NO_SHOCK_ADVISED"), (190, "POWER_OFF")]):
        tt = base + dt.timedelta(seconds=off)
        ev.append((tt, [("aed_vendor", ["AEDEVT|sn=B21K-04488|seq=%03d|t+%02d:%02d|%s|%s" % (i + 1, off // 60, off % 60, tt.strftime("%H:%M:%S"), e)])]))
    ev.append((ts(15, 12, 0), [cad(ts(15, 12, 0), inc4, ["NARR txt=\"Pt alert, oriented x3 after ~20s LOC, hx vasovagal. BP 98/60. Declined transport, husband ", (gu["spouse"][0] + " " + gu["spouse"][1], "name"), " driving her home. Refusal signed.\""])]))
    ev.append((ts(15, 40, 0), [("aed_vendor", ["CASE|", ("HG-AED-0612", "other_id"), "|sn=B21K-04488|reviewer=N.Petrov RN|pt_name=", (nm(gu, "lfs"), "name"), "|pt_id=", (gu["no"], "other_id"), "|age=%d|sex=F|event_date=" % gu["age"], (d_iso(DAY), "date"), "|shocks=0|rosc=NA"])]))

    # elder members
    for mm, tt in ((members[1], ts(9, 12, 0)), (members[3], ts(11, 40, 0))):
        ev.append((tt, [INBODY_HDR, inbody_row(tt, mm), fhir_obs(tt + dt.timedelta(minutes=2), mm)]))
    ev.append((ts(9, 30, 0), x12_270(ts(9, 30, 0))))

    # scheduled batches
    ev.append((ts(1, 30, 0), nacha_file(ts(1, 30, 0))))
    ev.append((ts(2, 15, 3, 118), java_trace(ts(2, 15, 3, 118))))
    ev.append((ts(6, 0, 2), aed_selftests(ts(6, 0, 2))))
    ev.append((ts(20, 0, 5), x12_837(ts(20, 0, 5))))
    ev.append((ts(20, 0, 40), x12_837(ts(20, 0, 40))))
    return ev


BG = [  # (weight, fn, single_line)
    (10, portal_noph, True), (6, portal_phi, True), (8, nginx_noph, True), (6, nginx_phi, True),
    (10, syslog_noph, True), (3, syslog_phi, True), (5, tee_noph, True), (6, tee_phi, True),
    (3, cad_noph, True), (4, fitness_session, False), (2, hl7_siu, False), (2, hl7_adt, False), (1, hl7_oru, False),
    (2, dues_rows, False), (5, pos_line, True), (5, paygw_noph, True), (3, paygw_phi, True),
    (1, java_trace_noph, False), (1, x12_270, False), (2, sms_reminder, False), (2, sms_noph, True), (6, chat_noph, True), (3, chat_phi, True),
    (9, pg_noph, True), (3, pg_phi, True), (4, access_noph, True), (4, access_phi, True), (1, valet, True), (1, wc_ack, True),
]


DAYTIME = {fitness_session, pos_line, valet, tee_noph, cad_noph, chat_noph, chat_phi, access_phi, hl7_oru}


def rand_time():
    # busier in daytime
    while True:
        sec = rng.randint(0, 86399)
        h = sec // 3600
        if 6 <= h <= 21 or rng.random() < 0.25:
            return dt.datetime.combine(DAY, dt.time(sec // 3600, (sec // 60) % 60, sec % 60, rng.randint(0, 999) * 1000), tzinfo=TZ)


def main():
    events = [(t, lines, False) for t, lines in story()]
    n = sum(len(l) for _, l, _ in events)
    tot_w = sum(w for w, _, _ in BG)
    while n < NLINES + 15:
        r = rng.uniform(0, tot_w)
        for w, fn, single in BG:
            r -= w
            if r <= 0:
                break
        t = rand_time()
        while fn in DAYTIME and not (6 <= t.hour < 21):
            t = rand_time()
        lines = fn(t)
        events.append((t, lines, single))
        n += len(lines)
    # trim single-line background events deterministically
    while n > NLINES:
        idx = [i for i, e in enumerate(events) if e[2] and len(e[1]) == 1]
        del events[rng.choice(idx)]
        n -= 1
    events.sort(key=lambda e: e[0])
    out_lines, labels = [], []
    for _, lines, _ in events:
        for fam, parts in lines:
            b, spans = build(parts)
            # --- verification
            if b"\n" in b or b"\r" in b or not b.strip():
                sys.exit("bad line content: %r" % b)
            prev = 0
            for s, e, cat, orig, dec in sorted(spans):
                if not (0 <= s < e <= len(b)):
                    sys.exit("span out of range %r" % ((s, e, b),))
                if s < prev:
                    sys.exit("overlapping spans in %r" % b)
                prev = e
                got = b[s:e].decode("utf-8")
                if dec(got) != orig:
                    sys.exit("span mismatch %r != %r in %r" % (got, orig, b))
            b.decode("utf-8")
            out_lines.append(b)
            labels.append({"line": len(out_lines), "family": fam,
                           "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _, _ in sorted(spans)]})
    if len(out_lines) != NLINES:
        sys.exit("line count %d" % len(out_lines))
    with open(ID + ".log", "wb") as f:
        f.write(b"\n".join(out_lines) + b"\n")
    with open(ID + ".labels.jsonl", "w", encoding="utf-8") as f:
        for lab in labels:
            f.write(json.dumps(lab, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
