#!/usr/bin/env python3
"""Synthetic labeled log corpus "qq": Tamsin Valley University (TVU) Student
Health & Counseling Services (SHCS), Larkfield, OR.

Writes qq.log (500 lines) and qq.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs give byte-identical output.
All people, numbers and addresses are invented.

Systems simulated (family names in the labels file)
  kiosk_json      Juniper check-in kiosks (Python JSON logger, ensure_ascii)
  nginx_access    patient portal / staff admin access log (combined + rt=)
  immz_logfmt     immunization compliance hold sync EHR -> Banner SIS (logfmt)
  counsel_csv     counseling session notes exported for clinical supervision
  winslow_rx      Winslow Rx campus pharmacy (pickups, PDMP, POS, inventory)
  athtrack_xml    AthTrack athletic clearance (one-line and pretty XML)
  fhir_json       study-abroad medical form (QuestionnaireResponse, Patient)
  hl7v2           VXU^V04 to the state immunization registry + ACKs
  syslog          RFC3164 syslog of SHCS servers (sshd, cron, postfix, ufw)
  x12             271 eligibility responses for the student health plan
  java_trace      portal-api Spring Boot errors with stack traces
  pg_log          PostgreSQL log with pgaudit statements
  twilio_json     SMS reminders / replies / status callbacks
  portal_msg      secure messaging between students and nurse triage
  bursar_csv      charge feed from SHCS to the Bursar (Banner AR)
  winlogbeat_json Windows security events of front-desk workstations
  lab_fixed       fixed-width requisitions to the reference lab
  zoom_webhook    telehealth (counseling) participant webhooks
  parking_pipe    parking validation for clinic visitors (pipe delimited)
  pino_json       Node scheduler service (pino) logs

Labeling decisions (grey cases)
  * The person served is the student-patient. Staff (clinicians, nurses,
    counselors, interns, supervisors, pharmacists, athletic trainers,
    clerks), their usernames, NPIs and work emails are not PHI.
  * EHR chart numbers -> mrn. University student ID (T-number), Banner PIDM,
    NetID (portal login / Zoom user), counseling case numbers, appointment
    IDs, Rx numbers, lab accession numbers, immunization order IDs,
    form/QuestionnaireResponse IDs tied to one patient -> other_id.
  * Student university email (netid@tvu.edu) and personal email -> email;
    department / staff / vendor emails -> not PHI.
  * Campus housing (hall + room, or hall name given as where the student
    lives) -> address; a city given as the person's home / hometown ->
    address; ZIP always its own zip span. Host-family address abroad ->
    address (+ zip for the postal code). Organisation/vendor/payer
    addresses -> not PHI. States and countries -> not PHI.
  * Roommates and host families count as household members -> name.
    Parents / guardians / emergency contacts -> name, phone, etc.
    Friends or classmates mentioned in notes are NOT labeled (not
    relatives, household members or emergency contacts).
  * Client initials used in partially redacted supervision exports
    ("C.O.") -> name.
  * First name alone in SMS bodies or chat greetings -> name; a surname
    alone in an SQL WHERE clause -> name.
  * Dates: DOB, appointment/session/service dates, vaccine administration
    dates, hold due dates, exemption expiry, PPE/clearance/baseline
    dates, departure/return dates, plan eligibility dates in the 271,
    ROI signature dates, relatives' death dates -> date. A date+time run
    written together (ISO or "09/12/2024 15:00") is one date span.
    Log timestamps and event timestamps that only say when the logged
    event happened (kiosk ts, webhook event_ts / join_time, FHIR
    meta.lastUpdated, HL7 MSH-7, X12 envelope dates) -> not PHI.
    FHIR "authored" (the date the student signed the form) -> date.
    Term codes (202410), class years, vaccine lot expiry, date ranges in
    queries not tied to one person -> not PHI.
  * Ages: only > 89 labeled (one lifelong-learning auditor, one
    grandparent); student ages are not.
  * Passports and driver's licences -> license. SHIP member IDs, Medicaid
    (OHP) IDs, MBI -> health_plan; group numbers, payer IDs -> not PHI.
  * Bursar student account numbers and full card numbers -> account
    (invalid-Luhn junk PANs too); card last4 and auth codes -> not PHI.
  * Student IP addresses (authenticated portal requests, Zoom join) -> ip.
    Internal, kiosk, server, bot, scanner and monitor IPs -> not PHI.
  * A full URL (scheme://...) naming a patient resource -> url as a whole.
    In bare access-log request paths only the identifier is labeled
    (other_id / mrn), percent-encoded names are labeled where the encoded
    bytes are.
  * CGM / insulin pump serials, phone IMEI and push tokens of the
    student's phone -> device. Kiosk serials, workstation names -> not.
  * Kiosk ID-card photo (base64 JPEG) -> photo; kiosk face-match template
    -> biometric.
  * License plates and VINs of students' cars in parking validation ->
    vehicle; staff permit numbers -> not PHI.
  * Jersey numbers, sport, team, program names, host country -> not PHI.
  * SSNs are labeled even when they are invalid junk in a legacy field.
"""
import base64
import datetime as dt
import html
import json
import sys
import unicodedata
import urllib.parse
from xml.sax.saxutils import escape as xesc
import random

R = random.Random(916_2024)
N_LINES = 500

# ---------------------------------------------------------------- helpers

class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, *txt):
        for x in txt:
            self.parts.append((str(x), None, None))
        return self

    def p(self, txt, cat, chk=None):
        self.parts.append((str(txt), cat, chk))
        return self


class O(list):
    pass


class A(list):
    pass


class P:
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S(list):
    """A JSON string made of plain and labeled pieces."""


def jemit(ln, v, asc=False, sep=(",", ":")):
    if isinstance(v, O):
        ln.t("{")
        for i, (k, val) in enumerate(v):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k) + sep[1])
            jemit(ln, val, asc, sep)
        ln.t("}")
    elif isinstance(v, A):
        ln.t("[")
        for i, val in enumerate(v):
            if i:
                ln.t(sep[0])
            jemit(ln, val, asc, sep)
        ln.t("]")
    elif isinstance(v, P):
        if isinstance(v.v, str):
            enc = json.dumps(v.v, ensure_ascii=asc)[1:-1]
            ln.t('"').p(enc, v.cat, ("json", v.v)).t('"')
        else:
            ln.p(json.dumps(v.v), v.cat)
    elif isinstance(v, S):
        ln.t('"')
        for piece in v:
            if isinstance(piece, tuple):
                enc = json.dumps(piece[0], ensure_ascii=asc)[1:-1]
                ln.p(enc, piece[1], ("json", piece[0]))
            else:
                ln.t(json.dumps(piece, ensure_ascii=asc)[1:-1])
        ln.t('"')
    else:
        ln.t(json.dumps(v, ensure_ascii=asc))


def pieces(ln, items, mode=None):
    """Append a list of str / (txt, cat) pieces; mode 'xml' escapes."""
    for it in items:
        if isinstance(it, tuple):
            if mode == "xml":
                ln.p(xesc(it[0], {'"': "&quot;", "'": "&apos;"}), it[1], ("xml", it[0]))
            else:
                ln.p(it[0], it[1])
        else:
            ln.t(it)  # markup / static text is written as is


def kv(ln, key, val, cat=None, lead=" ", force_q=False):
    val = str(val)
    q = force_q or (" " in val or val == "" or "=" in val)
    ln.t(f"{lead}{key}=")
    if q:
        ln.t('"')
    if cat:
        ln.p(val, cat)
    else:
        ln.t(val)
    if q:
        ln.t('"')
    return ln


def fold(s):
    s = s.replace("ø", "o").replace("Ø", "O").replace("ß", "ss").replace("đ", "d")
    return "".join(c for c in unicodedata.normalize("NFKD", s) if ord(c) < 128)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{R.choice('89ab')}{h[17:20]}-{h[20:]}"


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = R.choice("12") + digits(8)
    return base + luhn_digit("80840" + base)


def card(valid=True):
    pre = R.choice(["4", "4", "51", "53", "37", "6011"])
    ln = 15 if pre == "37" else 16
    body = pre + digits(ln - 1 - len(pre))
    chk = luhn_digit(body)
    if not valid:
        chk = str((int(chk) + R.randint(1, 9)) % 10)
    return body + chk


def imei():
    body = R.choice(["35", "86", "01"]) + digits(12)
    return body + luhn_digit(body)


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "JTD", "5YJ", "1FA", "3VW", "KMH", "4T1", "2HG"]) +
             "".join(R.choice(al) for _ in range(5)) + "0" +
             R.choice("DEFGHJKLMNP") + R.choice("ABCKLUZ") + digits(6))
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)


def ssn(valid=True):
    if not valid:
        return R.choice(["000-12-3456", "666-40-1187", "123-45-6789", "912-88-0041"])
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return f"{a:03d}-{R.randint(1, 99):02d}-{R.randint(1, 9999):04d}"


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    an = L + "0123456789"
    return (R.choice("123456789") + R.choice(L) + R.choice(an) + R.choice("0123456789") +
            R.choice(L) + R.choice(an) + R.choice("0123456789") + R.choice(L) + R.choice(L) +
            digits(2))


def b64(nbytes, jpeg=False):
    raw = bytes(R.getrandbits(8) for _ in range(nbytes))
    if jpeg:
        raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01" + raw
    return base64.b64encode(raw).decode()


# ------------------------------------------------------------- the world

TZ = dt.timezone(dt.timedelta(hours=-7))
NOW = [dt.datetime(2024, 9, 16, 7, 38, 12, 0, tzinfo=TZ)]


def tick():
    NOW[0] += dt.timedelta(seconds=R.randint(2, 55), milliseconds=R.randint(0, 999))
    return NOW[0]


def utc(t):
    return t.astimezone(dt.timezone.utc)


FIRST = [("Maya", "F"), ("Jonah", "M"), ("Priya", "F"), ("José", "M"), ("Zoë", "F"),
         ("Chukwuemeka", "M"), ("Aoife", "F"), ("Søren", "M"), ("Mai", "F"), ("Wen-Li", "F"),
         ("Kai", "M"), ("Faith", "F"), ("Hope", "F"), ("Grant", "M"), ("Summer", "F"),
         ("River", "X"), ("Ivy", "F"), ("Sage", "X"), ("Hunter", "M"), ("Piper", "F"),
         ("Will", "M"), ("Lakshmi", "F"), ("Mohammed", "M"), ("Fatima", "F"), ("Yusuf", "M"),
         ("Ana Lucía", "F"), ("Mateo", "M"), ("Camila", "F"), ("Haruto", "M"), ("Seo-yeon", "F"),
         ("Min-jun", "M"), ("Oluwaseun", "M"), ("Amara", "F"), ("Siobhán", "F"), ("Bartosz", "M"),
         ("Ngozi", "F"), ("Tevita", "M"), ("Leilani", "F"), ("Dmitri", "M"), ("Ingrid", "F"),
         ("Guadalupe", "F"), ("Tariq", "M"), ("Noor", "F"), ("Thanh", "M"), ("Rowan", "X"),
         ("Mercy", "F"), ("Dakota", "X"), ("Autumn", "F"), ("Khalil", "M"), ("Esperanza", "F")]
LAST = ["Okafor", "Núñez-Ortega", "Fischer-Adeyemi", "Raman-Iyer", "Nakamura-Holt", "de la Cruz",
        "Van der Berg", "Gutiérrez de la Vega", "Al-Rashid", "Østergaard", "Ní Bhriain", "O'Connell",
        "Nguyễn", "Chang", "Kowalczyk", "Baker", "Hunter", "Lane", "Winter", "Stone", "Fox",
        "Rivers", "Small", "Bishop", "Price", "Mendoza", "Haddad", "Kaur", "Begay", "Yazzie",
        "Tuilagi", "Kealoha", "Petrov", "Lindqvist", "Abernathy-Wolfe", "Castillo-Reyes",
        "Whitfield", "Moon", "Kim-Sandoval", "Osei", "Addo-Mensah", "Friedman", "Delacroix",
        "St. James", "MacLeod", "Sharma", "Ibrahim", "Church", "Wise", "Sparrow", "Law", "Love"]
MIDDLE = ["", "", "", "A", "J", "Marie", "Lee", "Grace", "Ray", "T", "Elif", "Oyelaran", "Mae"]
HOMES = [("Portland", "OR", "972"), ("Salem", "OR", "973"), ("Bend", "OR", "977"), ("Eugene", "OR", "974"),
         ("Medford", "OR", "975"), ("Hillsboro", "OR", "971"), ("Beaverton", "OR", "970"),
         ("Sacramento", "CA", "958"), ("Boise", "ID", "837"), ("Spokane", "WA", "992"),
         ("Honolulu", "HI", "968"), ("Gallup", "NM", "873"), ("Chicago", "IL", "606"),
         ("Tacoma", "WA", "984"), ("Fresno", "CA", "937"), ("Hood River", "OR", "970")]
STREETS = ["SE Division St", "NW Hawthorne Ave", "Juniper Ct", "Old Mill Rd", "Cedar Ln",
           "N Lombard St", "Kalakaua Ave", "Elm St", "Maple Grove Dr", "W Riverside Ave",
           "Calle Sombra", "Spruce Way", "NE Alberta St", "Orchard View Ln", "Basalt Ridge Rd"]
HALLS = ["Kessler Hall", "Wren Hall", "Marrowstone Hall", "Tillicum Commons", "Oxbow Hall", "Finley West"]
AREAS = ["503", "971", "541", "458", "916", "208", "509", "808", "505", "312", "253", "559"]
RELS = [("MTH", "Mother"), ("FTH", "Father"), ("GRD", "Guardian"), ("SIS", "Sister"), ("BRO", "Brother"),
        ("GRM", "Grandmother"), ("SPO", "Spouse")]
EC_FIRST = ["Ruth", "Carlos", "Beatriz", "Hyun-woo", "Adaeze", "Thomas", "Lucía", "Gwen", "Rashid",
            "Marisol", "Olu", "Brigid", "Linh", "Kalani", "Yelena", "Dale", "Nasrin", "Pat"]
PASS_FMT = ["US", "US", "US", "NG", "IN", "KR", "MX", "DE"]


def phone(area=None):
    a = area or R.choice(AREAS)
    return f"{a}-{R.randint(201, 989)}-{R.randint(0, 9999):04d}"


def person():
    f, sex = R.choice(FIRST)
    l = R.choice(LAST)
    city, st, z3 = R.choice(HOMES)
    fa, la = fold(f).lower().replace(" ", "").replace("-", ""), fold(l).lower().replace(" ", "").replace("-", "").replace("'", "").replace(".", "")
    netid = (fa[0] + la)[:7] + str(R.randint(1, 9)) if R.random() < 0.5 else (fa[0] + la)[:8]
    ec_last = l if R.random() < 0.6 else R.choice(LAST)
    rel = R.choice(RELS)
    pp = R.choice(PASS_FMT)
    if pp == "US":
        passport = (R.choice(["", "A", "C"]) + digits(8)) if R.random() < 0.5 else digits(9)
    elif pp == "IN":
        passport = R.choice("JKLMNPRSTUVWZ") + digits(7)
    elif pp == "KR":
        passport = "M" + digits(8)
    elif pp == "MX":
        passport = "G" + digits(8)
    elif pp == "DE":
        passport = "C" + "".join(R.choice("CFGHJKLMNPRTVWXYZ0123456789") for _ in range(8))
    else:
        passport = "A" + digits(8)
    if len(passport) == 8 and pp == "US":
        passport = "A" + passport
    dob = dt.date(1996, 1, 1) + dt.timedelta(days=R.randint(0, 3900))
    local = (f"{R.choice(HALLS)} {R.randint(1, 5)}{R.randint(0, 2)}{R.randint(1, 9)}" if R.random() < 0.6 else
             f"{R.randint(100, 3999)} {R.choice(['NW Tyler Ave', 'SW Jefferson Way', 'NW Kings Blvd', 'Witham Hill Dr'])} Apt {R.randint(1, 40)}")
    return dict(
        first=f, last=l, mid=R.choice(MIDDLE), sex=sex, dob=dob,
        sid="T" + f"{R.randint(100000, 9999999):08d}", pidm=str(R.randint(1000000, 1999999)),
        mrn=f"{R.randint(10000, 299999):07d}", netid=netid,
        email=netid + "@tvu.edu",
        pemail=R.choice([fa + "." + la, fa + la[:4] + str(R.randint(1, 99)), la + fa[0] + str(R.randint(0, 2006))])
        + "@" + R.choice(["gmail.com", "icloud.com", "outlook.com", "yahoo.com", "proton.me"]),
        cell=phone(),
        street=f"{R.randint(10, 19999)} {R.choice(STREETS)}" + (f" Apt {R.randint(1, 30)}{R.choice('ABC')}" if R.random() < 0.25 else ""),
        city=city, st=st, zip=z3 + f"{R.randint(1, 99):02d}",
        local=local, lzip=R.choice(["97330", "97331", "97333"]),
        ship="W" + digits(9), ohp=(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") * 1 + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(5) + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")) if R.random() < 0.25 else None,
        ssn=ssn(R.random() > 0.08), dl=str(R.randint(1000000, 9999999)) if R.random() < 0.8 else digits(9),
        passport=passport,
        ec_name=f"{R.choice(EC_FIRST)} {ec_last}", ec_rel=rel, ec_phone=phone(),
        acct="AR-" + digits(8), plate=R.choice([f"{R.randint(100, 999)} {''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))}",
                                               ''.join(R.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3)) + str(R.randint(100, 999))]),
        vin=vin(), rm=f"{R.choice(FIRST)[0]} {R.choice(LAST)}", case="TS-24-" + f"{R.randint(100, 2999):05d}",
        ip=R.choice([f"73.{R.randint(0, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"174.{R.randint(192, 255)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"67.{R.randint(160, 191)}.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"128.193.{R.randint(0, 255)}.{R.randint(1, 254)}",
                     f"2601:1c2:{hexs(4)}:{hexs(4)}::{hexs(3)}"]),
    )


PEOPLE = [person() for _ in range(64)]
OLD = person()
OLD.update(first="Eleanor", last="Vasquez-Whitlock", mid="June", dob=dt.date(1933, 2, 7), sex="F")
OLD_MBI = mbi()


def pick():
    return R.choice(PEOPLE)


def full(p, mid=False):
    return f"{p['first']} {p['mid'] + ' ' if mid and p['mid'] else ''}{p['last']}"


def lastfirst(p, up=False):
    s = f"{p['last']}, {p['first']}"
    return fold(s).upper() if up else s


STAFF = [("Helena", "Marsh", "MD", "hmarsh"), ("Tomas", "Reyes", "LCSW", "treyes"), ("Keiko", "Arai", "PsyD", "karai"),
         ("Bernadette", "Okonkwo", "FNP", "bokonkwo"), ("Raúl", "Esparza", "PharmD", "resparza"),
         ("Dana", "Whitcomb", "ATC", "dwhitcom"), ("Priyanka", "Desai", "MD", "pdesai"),
         ("Gabriel", "Lindholm", "RN", "glindhol"), ("Marcus", "Feldt", "PhD", "mfeldt"),
         ("Ashley", "Tran", "MSW intern", "atran4"), ("Kim", "Pham", "CPhT", "kpham"),
         ("Ravi", "Patel", "front desk", "rpatel2"), ("Lauren", "Pike", "RD", "lpike")]
STAFF_NPI = {s[3]: npi() for s in STAFF}
CLIN = [s for s in STAFF if s[2] in ("MD", "FNP", "PsyD", "LCSW")]
COUNSELORS = [s for s in STAFF if s[2] in ("LCSW", "PsyD", "MSW intern")]
ORG_NPI = npi()
ORG_ADDR = "1400 Commons Loop"
DEPTS = ["Primary Care", "Counseling", "Immunizations", "Sports Medicine", "Travel Clinic", "Sexual Health", "Lab"]


def appt_dt():
    d = dt.datetime(2024, 9, 16, 8, 0) + dt.timedelta(days=R.randint(-5, 24), minutes=15 * R.randint(0, 34))
    return d


def future_appt():
    return dt.datetime(2024, 9, 17, 8, 0) + dt.timedelta(days=R.randint(0, 24), minutes=15 * R.randint(0, 34))


def past_dt():
    return dt.datetime(2024, 8, 19, 8, 0) + dt.timedelta(days=R.randint(0, 25), minutes=15 * R.randint(0, 34))


def fdate(d, f):
    return d.strftime(f)


# --------------------------------------------------------------- systems

KIOSKS = [("KSK-01", "10.42.8.11", "main-lobby", "JNP4-22A0193"), ("KSK-02", "10.42.8.12", "main-lobby", "JNP4-22A0207"),
          ("KSK-03", "10.42.9.21", "counseling-2f", "JNP4-23B0044")]


def ev_kiosk():
    t = tick()
    k = R.choice(KIOSKS)
    ln = Ln("kiosk_json")
    head = [("ts", utc(t).strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z"),
            ("level", "info")]
    r = R.random()
    if r < 0.30:
        o = O(head + [("logger", "juniper.agent"), ("kiosk", k[0]), ("site", k[2]), ("event", "heartbeat"),
                      ("uptime_s", R.randint(3000, 900000)), ("fw", "4.12.3+b2291"), ("serial", k[3]),
                      ("ip", k[1]), ("queue_depth", R.randint(0, 9))])
    elif r < 0.62:
        p = pick()
        a = t.replace(tzinfo=None, second=0, microsecond=0) + dt.timedelta(minutes=R.randint(2, 40))
        a = a.replace(minute=a.minute // 15 * 15)
        o = O(head + [("logger", "juniper.checkin"), ("kiosk", k[0]), ("event", "checkin.success"),
                      ("card_swipe", P(p["sid"], "other_id")),
                      ("dob_verify", P(p["dob"].strftime("%m/%d/%Y"), "date")),
                      ("greeting", P(p["first"], "name")), ("display_name", P(full(p), "name")),
                      ("appt", O([("id", P("AP" + digits(8), "other_id")), ("start", P(a.strftime("%Y-%m-%dT%H:%M:00"), "date")),
                                  ("dept", (dep := R.choice(DEPTS))),
                                  ("provider", "{1}, {0} {2}".format(*R.choice(COUNSELORS if dep == "Counseling" else CLIN[:1] + CLIN[3:4] + STAFF[6:7])))])),
                      ("screening", O([("fever", False), ("cough", R.random() < 0.2), ("travel_21d", False)])),
                      ("trace_id", hexs(32))])
    elif r < 0.72:
        p = pick()
        d = p["dob"] + dt.timedelta(days=R.choice([1, -31, 365, 30]))
        o = O(head[:1] + [("level", "warning"), ("logger", "juniper.checkin"), ("kiosk", k[0]), ("event", "checkin.failed"),
                          ("reason", "DOB_MISMATCH"), ("card_swipe", P(p["sid"], "other_id")),
                          ("dob_entered", P(d.strftime("%m/%d/%Y"), "date")), ("attempt", R.randint(1, 3)),
                          ("fallback", "front_desk")])
    elif r < 0.80:
        p = pick()
        o = O(head + [("logger", "juniper.idcapture"), ("kiosk", k[0]), ("event", "id_capture"),
                      ("card_swipe", P(p["sid"], "other_id")),
                      ("image_b64", P(b64(R.randint(40, 70), jpeg=True), "photo")),
                      ("face_template", P(b64(48), "biometric")), ("match_score", round(R.uniform(0.81, 0.99), 3)),
                      ("model", "facematch-2.4.0")])
    else:
        o = O(head[:1] + [("level", R.choice(["info", "warning"])), ("logger", "juniper.printer"), ("kiosk", k[0]),
                          ("event", R.choice(["printer.paper_low", "printer.ok", "badge_reader.reconnect", "screen.calibrated"])),
                          ("device", "Zebra ZD421 s/n D4J" + digits(6)), ("retry_ms", R.choice([250, 500, 1000]))])
    jemit(ln, o, asc=True, sep=(", ", ": "))
    return [ln]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36",
       "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15",
       "TVUHealth/3.8.1 (Android 14; Pixel 7a)", "okhttp/4.12.0"]


def ev_nginx():
    t = tick()
    ln = Ln("nginx_access")
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0700]")
    r = R.random()
    rt = f"rt={R.uniform(0.002, 1.4):.3f}"
    if r < 0.25:
        ln.t(f"10.40.0.{R.randint(2, 9)} - - {ts} \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"kube-probe/1.29\" {rt}")
    elif r < 0.33:
        ln.t(f"66.249.{R.randint(64, 79)}.{R.randint(1, 254)} - - {ts} \"GET /robots.txt HTTP/1.1\" 200 67 \"-\" "
             f"\"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\" {rt}")
    elif r < 0.40:
        ln.t(f"10.40.11.{R.randint(20, 60)} - {R.choice(STAFF)[3]} {ts} \"GET /static/js/app.{hexs(8)}.js HTTP/2.0\" 304 0 "
             f"\"https://admin.shcs.tvu.edu/schedule\" \"{UAS[1]}\" {rt}")
    elif r < 0.50:
        # staff searching a patient by name in the admin app
        p = pick()
        q = R.choice([p["last"], full(p), f"{p['last']}, {p['first']}"])
        enc = urllib.parse.quote(q)
        ln.t(f"10.40.11.{R.randint(20, 60)} - {R.choice(STAFF)[3]} {ts} \"GET /admin/api/patients/search?q=")
        ln.p(enc, "name", ("pct", q))
        ln.t(f"&limit=25 HTTP/2.0\" 200 {R.randint(300, 9000)} \"https://admin.shcs.tvu.edu/patients\" \"{UAS[1]}\" {rt}")
    else:
        p = pick()
        ua = R.choice(UAS[:4])
        ln.p(p["ip"], "ip").t(" - ").p(p["netid"], "other_id").t(f" {ts} \"")
        k = R.random()
        if k < 0.3:
            ln.t("GET /api/v2/appointments/").p("AP" + digits(8), "other_id").t(" HTTP/2.0\" 200 ")
        elif k < 0.5:
            ln.t("GET /api/v2/students/").p(p["sid"], "other_id").t("/immunizations?include=holds HTTP/2.0\" 200 ")
        elif k < 0.65:
            ln.t("POST /api/v2/forms/study-abroad?sid=").p(p["sid"], "other_id").t(" HTTP/2.0\" 201 ")
        elif k < 0.8:
            ln.t("GET /api/v2/messages?thread=MSG-").p(digits(6), "other_id").t(" HTTP/2.0\" 200 ")
        else:
            ln.t(f"GET /static/css/main.{hexs(8)}.css HTTP/2.0\" 200 ")
        ln.t(f"{R.randint(200, 48000)} \"https://portal.shcs.tvu.edu/\" \"{ua}\" {rt}")
    return [ln]


VACC_MISSING = ["MMR#2", "MMR#1,MMR#2", "MenACWY", "TB-screen", "Tdap", "HepB#3", "MenACWY,TB-screen"]


def ev_immz():
    t = tick()
    ln = Ln("immz_logfmt")
    ln.t(f"ts={t.isoformat(timespec='seconds')}")
    r = R.random()
    p = pick()
    if r < 0.30:
        due = dt.date(2024, 10, R.randint(1, 15))
        kv(ln, "level", "info"); kv(ln, "app", "immz-compliance"); kv(ln, "msg", "hold placed")
        kv(ln, "hold_code", "IM"); kv(ln, "term", "202410"); kv(ln, "sid", p["sid"], "other_id")
        kv(ln, "pidm", p["pidm"], "other_id"); kv(ln, "missing", R.choice(VACC_MISSING), force_q=True)
        kv(ln, "due_date", due.isoformat(), "date"); kv(ln, "src", "medicat")
    elif r < 0.52:
        vd = dt.date(R.randint(2008, 2024), R.randint(1, 12), R.randint(1, 28))
        kv(ln, "level", "info"); kv(ln, "app", "immz-compliance"); kv(ln, "msg", "hold released")
        kv(ln, "sid", p["sid"], "other_id"); kv(ln, "pidm", p["pidm"], "other_id")
        ln.t(' verified="' + R.choice(["MMR#2", "Tdap", "MenACWY", "TB IGRA neg"]) + " ").p(vd.isoformat(), "date").t('"')
        kv(ln, "cleared_by", R.choice(["glindhol", "bokonkwo", "auto-iis"]))
    elif r < 0.62:
        kv(ln, "level", "warn"); kv(ln, "app", "immz-compliance"); kv(ln, "msg", "name mismatch SIS vs EHR")
        kv(ln, "pidm", p["pidm"], "other_id")
        kv(ln, "sis_name", fold(lastfirst(p)), "name", force_q=True)
        kv(ln, "ehr_name", f"{p['last']}, {p['first']}" + (f" {p['mid']}" if p["mid"] else ""), "name", force_q=True)
    elif r < 0.70:
        exp = dt.date(2025, R.randint(1, 8), R.randint(1, 28))
        kv(ln, "level", "info"); kv(ln, "app", "immz-compliance"); kv(ln, "msg", "exemption on file")
        kv(ln, "type", R.choice(["NME", "MED"])); kv(ln, "sid", p["sid"], "other_id"); kv(ln, "exp", exp.isoformat(), "date")
    elif r < 0.74:
        kv(ln, "level", "error"); kv(ln, "app", "immz-compliance"); kv(ln, "msg", "legacy SSN field populated, skipping")
        kv(ln, "pidm", p["pidm"], "other_id"); kv(ln, "spriden_ssn", p["ssn"], "ssn"); kv(ln, "action", "flag_dq")
    else:
        kv(ln, "level", "info"); kv(ln, "app", "immz-compliance"); kv(ln, "msg", "batch complete")
        kv(ln, "run_id", uuid4()); kv(ln, "placed", R.randint(0, 40)); kv(ln, "released", R.randint(0, 60))
        kv(ln, "errors", R.randint(0, 2)); kv(ln, "dur", f"{R.uniform(0.8, 9):.2f}s"); kv(ln, "banner_api", "https://bnr-api.tvu.edu/StudentApi/v1")
    return [ln]


def note_pieces(p):
    d = lambda: (dt.date(2024, 9, R.randint(1, 15)).strftime("%m/%d"), "date")
    fam_rel = R.choice(["mother", "father", "sister", "stepdad", "aunt"])
    opts = [
        ["Cl. reports low mood, sleep 4-5h. Roommate ", (p["rm"], "name"), " contacted RA after cl. missed classes since ", d(),
         ". PHQ-9=14. Safety plan reviewed; denies SI/HI. Discussed w/ sup."],
        ["Intake. Cl. referred by RA after panic episode in ", (p["local"], "address"),
         f". {fam_rel.capitalize()} ", (p["ec_name"], "name"), " (", (p["ec_phone"], "phone"), ") on ROI. GAD-7=16."],
        ["F/u. Cl. grieving grandfather (d. ", d(), "), plans to fly home to ", (p["city"], "address"),
         " for services. Study group friend Jordan Ellis attending w/ cl. Ret. 2 wks."],
        ["Cl. declined group; prefers individual. Next appt ", (future_appt().strftime("%m/%d/%Y %H:%M"), "date"),
         ". Sup. suggested CBT-I module."],
        ["Disordered eating sx; BMI 17.2. Coordinating w/ RD Lauren Pike and Dr. Marsh. ROI signed ", d(), "."],
        ["Cl. (", (p["first"], "name"), ") disclosed conflict w/ ", fam_rel, " re: finances; ",
         "cl. may move out of ", (p["local"], "address"), ". No risk indicators."],
        ["Brief check-in. Attendance OK, medication (sertraline 50mg) via Dr. Marsh. No changes."],
        ["Crisis walk-in ", d(), ". C-SSRS screen neg. Grandmother (age ", ("9" + str(R.randint(0, 6)), "age"),
         ") hospitalized in ", (p["city"], "address"), "; cl. distressed. Sup. consulted same day."],
    ]
    return R.choice(opts)


def ev_counsel():
    lines = []
    if R.random() < 0.2:
        t = tick()
        ln = Ln("counsel_csv")
        ln.t(f"{t.strftime('%Y-%m-%d %H:%M:%S')},{t.microsecond // 1000:03d} INFO [sup-export] export_id=EXP-{t.strftime('%Y%m%d')}-{R.randint(1, 9):02d} "
             f"supervisor=mfeldt rows={R.randint(8, 40)} redaction={R.choice(['partial', 'none'])} dest=sftp://sup-share.tvu.edu/exports/2024-09/ sha256={hexs(64)}")
        lines.append(ln)
        ln = Ln("counsel_csv")
        ln.t("case_no,client,session_dt,clinician,supervisor,svc,cpt,dur_min,risk,note")
        lines.append(ln)
    for _ in range(R.randint(1, 3)):
        tick()
        p = pick()
        c = R.choice(COUNSELORS)
        ln = Ln("counsel_csv")
        ln.p(p["case"], "other_id").t(",")
        if R.random() < 0.3:
            ln.p(f"{fold(p['first'])[0]}.{fold(p['last']).replace(' ', '')[0].upper()}.", "name")
        else:
            ln.t('"').p(lastfirst(p), "name").t('"')
        sd = past_dt()
        ln.t(",").p(sd.strftime("%m/%d/%Y %H:%M"), "date")
        ln.t(f",{c[0]} {c[1]} ({c[2]}),Marcus Feldt PhD,{R.choice(['Individual', 'Intake', 'Crisis', 'Couples'])},"
             f"{R.choice(['90834', '90837', '90791', '90839'])},{R.choice([45, 50, 53, 60])},{R.choice(['low', 'low', 'moderate'])},\"")
        pieces(ln, note_pieces(p))
        ln.t('"')
        lines.append(ln)
    return lines


DRUGS = [("SERTRALINE HCL 50 MG TAB", "16729-0089-01"), ("ALBUTEROL HFA 90 MCG INH", "00173-0682-20"),
         ("AZITHROMYCIN 250 MG TAB", "00093-7146-56"), ("NORGESTIMATE-EE 0.25-35 TAB", "65862-0563-28"),
         ("ESCITALOPRAM 10 MG TAB", "00093-5851-01"), ("BUPROPION XL 150 MG TAB", "00591-3331-30"),
         ("METHYLPHENIDATE ER 36 MG TAB", "00591-2718-01"), ("EMTRICITABINE-TENOFOVIR 200-300 TAB", "00093-7712-56")]


def ev_rx():
    t = tick()
    ln = Ln("winslow_rx")
    ln.t(t.strftime("%m/%d/%Y %H:%M:%S") + " ")
    r = R.random()
    p = pick()
    drug, ndc = R.choice(DRUGS)
    rx = "6" + digits(6)
    if r < 0.30:
        ln.t("WRX[pickup] store=SHCS-RX01 rx=").p(rx, "other_id").t(f"-{R.randint(0, 5):02d} pt=\"").p(lastfirst(p, up=True), "name")
        ln.t("\" dob=").p(p["dob"].strftime("%m/%d/%Y"), "date")
        ln.t(f" drug=\"{drug}\" ndc={ndc} qty={R.choice([30, 28, 6, 1, 90])} bin=B-{R.randint(1, 40)} copay={R.choice(['0.00', '10.00', '15.00'])} sig=captured idv=")
        ln.t("ORDL:").p(p["dl"], "license").t(f" clerk={R.choice(['kpham', 'rpatel2'])}")
    elif r < 0.40:
        ln.t("WRX[pdmp] query pt=\"").p(lastfirst(p, up=True), "name").t("\" dob=").p(p["dob"].strftime("%Y%m%d"), "date")
        ln.t(f" state=OR ref=PMP-{digits(10)} result=ok prescribers={R.randint(1, 3)} pharmacist=resparza")
    elif r < 0.55:
        ln.t(f"WRX[inventory] ndc={ndc} lot={R.choice('ABCDEFGHJKLMNPRTUVWXYZ')}{digits(5)}{R.choice(['A', 'B', ''])} exp=202{R.randint(5, 7)}-{R.randint(1, 12):02d} onhand={R.randint(0, 400)} reorder_pt={R.choice([30, 60, 120])} vendor=McKesson PO=4500{digits(6)}")
    elif r < 0.67:
        ln.t(f"WRX[pos] tender=CARD last4={digits(4)} auth={digits(6)} amt={R.choice(['10.00', '15.00', '4.99', '25.00'])} term=POS{R.randint(1, 3)} batch={R.randint(100, 999)} result=APPROVED")
    elif r < 0.73:
        ln.t(f"WRX[pos] ERROR gateway=elavon code=05 msg=\"Do not honor\" pan=").p(card(R.random() < 0.7), "account")
        ln.t(f" exp={R.randint(1, 12):02d}{R.randint(25, 29)} amt={R.choice(['10.00', '15.00'])} term=POS{R.randint(1, 3)}")
    elif r < 0.83:
        ln.t("WRX[rts] return-to-stock rx=").p(rx, "other_id").t(f"-00 days_unclaimed={R.randint(10, 21)} bin=B-{R.randint(1, 40)} sms_sent=2")
    elif r < 0.88:
        ln.t(f"WRX[claim] bin=610011 pcn=CTRXMEDD grp=TVU848213 member=").p(p["ohp"] or p["ship"], "health_plan")
        ln.t(f" rx=").p(rx, "other_id").t(f" resp={R.choice(['PAID', 'PAID', 'REJ:75-PA REQUIRED', 'REJ:79-REFILL TOO SOON'])} ing_cost={R.uniform(3, 90):.2f} auth={digits(12)}")
    elif r < 0.94:
        ln.t("WRX[charge] bursar post rx=").p(rx, "other_id").t(" acct=").p(p["acct"], "account")
        ln.t(f" amt={R.choice(['10.00', '15.00', '22.50'])} detail=HPHM term=202410 status=QUEUED")
    else:
        ln.t(f"WRX[sys] label printer SHCS-RX01-LBL2 reconnected fw=3.1.8 queue={R.randint(0, 5)} host=10.40.14.{R.randint(10, 30)}")
    return [ln]


SPORTS = ["MSOC", "WSOC", "WVB", "MBB", "WBB", "FB", "WROW", "MXC", "WTF", "BSB", "SB", "WSW"]


def ev_ath():
    t = tick()
    p = pick()
    ppe = dt.date(2024, R.randint(6, 8), R.randint(1, 28))
    r = R.random()
    if r < 0.3:
        ln = Ln("athtrack_xml")
        ln.t(f"<RosterSync ts=\"{t.isoformat(timespec='seconds')}\" sys=\"AthTrack\" ver=\"7.3.1\" team=\"{R.choice(SPORTS)}\" "
             f"count=\"{(cnt := R.randint(12, 95))}\" cleared=\"{R.randint(cnt // 2, cnt)}\" status=\"ok\" job=\"{uuid4()}\"/>")
        return [ln]
    status = R.choice(["CLEARED", "CLEARED", "CLEARED_WITH_RESTRICTIONS", "NOT_CLEARED"])
    extra = []
    k = R.random()
    if k < 0.25:
        extra = ["<Device type=\"CGM\" mfr=\"Dexcom\" model=\"G7\" serial=\"", ("DX7" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(9)), "device"), "\"/>"]
    elif k < 0.4:
        extra = ["<Device type=\"InsulinPump\" mfr=\"Tandem\" model=\"t:slim X2\" serial=\"", (digits(8), "device"), "\"/>"]
    elif k < 0.6:
        extra = ["<Baseline test=\"ImPACT\" date=\"", (dt.date(2024, 7, R.randint(1, 31)).isoformat(), "date"), "\" composite=\"", str(R.randint(70, 99)), "\"/>"]
    nm = lastfirst(p)
    if R.random() < 0.6:
        ln = Ln("athtrack_xml")
        pieces(ln, [f"<ClearanceEvent ts=\"{t.isoformat(timespec='seconds')}\" sys=\"AthTrack\" ver=\"7.3.1\"><Athlete sid=\"",
                    (p["sid"], "other_id"), "\"><Name>", (nm, "name"), "</Name><DOB>", (p["dob"].isoformat(), "date"),
                    f"</DOB><Sport>{R.choice(SPORTS)}</Sport><Jersey>{R.randint(0, 99)}</Jersey></Athlete><PPE date=\"",
                    (ppe.isoformat(), "date"), "\" physician=\"Priyanka Desai MD\" npi=\"" + STAFF_NPI["pdesai"] + "\"/>"] + extra +
               [f"<Status>{status}</Status><By>dwhitcom</By></ClearanceEvent>"], mode=None)
        # mode None: we need xml escaping for names with apostrophes
        return [fix_xml(ln)]
    out = []
    def L(items):
        ln = Ln("athtrack_xml")
        pieces(ln, items, mode="xml")
        out.append(ln)
    L([f"<ClearanceEvent ts=\"{t.isoformat(timespec='seconds')}\" sys=\"AthTrack\" ver=\"7.3.1\">"])
    L(["  <Athlete sid=\"", (p["sid"], "other_id"), "\">"])
    L(["    <Name>", (nm, "name"), "</Name>"])
    L(["    <DOB>", (p["dob"].isoformat(), "date"), "</DOB>"])
    L([f"    <Sport>{R.choice(SPORTS)}</Sport>"])
    L(["  </Athlete>"])
    L(["  <PPE date=\"", (ppe.isoformat(), "date"), "\" physician=\"Priyanka Desai MD\"/>"])
    if extra:
        L(["  "] + extra)
    L([f"  <Status>{status}</Status>"])
    L(["</ClearanceEvent>"])
    return out


def fix_xml(ln):
    """Re-emit pieces of a one-line XML record with XML escaping of values."""
    new = Ln(ln.fam)
    for txt, cat, chk in ln.parts:
        if cat:
            new.p(xesc(txt, {'"': "&quot;", "'": "&apos;"}), cat, ("xml", txt))
        else:
            new.t(txt)
    return new


def ev_fhir():
    t = tick()
    p = pick()
    ln = Ln("fhir_json")
    r = R.random()
    if r < 0.55:
        dep = dt.date(2025, 1, R.randint(3, 28))
        ret = dep + dt.timedelta(days=R.randint(100, 140))
        prog, addr, pc = R.choice([
            ("TVU in Granada (Spring 2025)", f"Calle San Jerónimo {R.randint(1, 60)}, {R.randint(1, 5)}ºA, Granada", "18001"),
            ("CIEE Seoul – Yonsei", f"{R.randint(10, 99)} Yonsei-ro, Seodaemun-gu, Seoul", "03722"),
            ("TVU Global: Accra", f"House {R.randint(1, 40)}, Kofi Annan St, East Legon, Accra", None),
            ("IES Abroad Freiburg", f"Wilhelmstraße {R.randint(1, 90)}, Freiburg im Breisgau", "79098"),
            ("Oaxaca Field School", f"Calle de Macedonio Alcalá {R.randint(100, 500)}, Centro, Oaxaca de Juárez", "68000")])
        host = f"{R.choice(['Familia', 'Host family'])} {R.choice(['Moreno Ruiz', 'Park', 'Mensah', 'Becker', 'López Cruz'])}"
        items = A([
            O([("linkId", "passport"), ("answer", A([O([("valueString", P(p["passport"], "license"))])]))]),
            O([("linkId", "program"), ("answer", A([O([("valueString", prog)])]))]),
            O([("linkId", "depart"), ("answer", A([O([("valueDate", P(dep.isoformat(), "date"))])]))]),
            O([("linkId", "return"), ("answer", A([O([("valueDate", P(ret.isoformat(), "date"))])]))]),
            O([("linkId", "host-family"), ("answer", A([O([("valueString", P(host, "name"))])]))]),
            O([("linkId", "host-address"), ("answer", A([O([("valueString", S([(addr, "address")] + ([" ", (pc, "zip")] if pc else [])))])]))]),
            O([("linkId", "conditions"), ("answer", A([O([("valueString", R.choice(["asthma, mild intermittent", "none", "ADHD - stimulant Rx", "type 1 diabetes", "anxiety - SSRI"]))])]))]),
            O([("linkId", "ec-name"), ("answer", A([O([("valueString", P(p["ec_name"], "name"))])]))]),
            O([("linkId", "ec-phone"), ("answer", A([O([("valueString", P("+1 " + p["ec_phone"], "phone"))])]))]),
        ])
        o = O([("resourceType", "QuestionnaireResponse"), ("id", P("qr-" + uuid4()[:13], "other_id")),
               ("meta", O([("versionId", str(R.randint(1, 4))), ("lastUpdated", utc(t).strftime("%Y-%m-%dT%H:%M:%S.%fZ")[:-4] + "Z")])),
               ("questionnaire", "https://forms.shcs.tvu.edu/fhir/Questionnaire/study-abroad-medical|3.2"),
               ("status", "completed"),
               ("subject", O([("reference", S(["Patient/", (p["mrn"], "mrn")])), ("display", P(full(p), "name"))])),
               ("authored", P(dt.date(2024, 9, R.randint(1, 16)).isoformat(), "date")),
               ("author", O([("reference", "Practitioner/" + STAFF_NPI["bokonkwo"])])),
               ("item", items)])
    elif r < 0.85:
        rel = p["ec_rel"]
        idents = A([O([("system", "urn:oid:2.16.840.1.113883.3.4821.1"), ("type", O([("text", "MRN")])), ("value", P(p["mrn"], "mrn"))]),
                    O([("system", "https://id.tvu.edu/student"), ("value", P(p["sid"], "other_id"))])])
        if R.random() < 0.3:
            idents.append(O([("system", "http://hl7.org/fhir/sid/us-ssn"), ("value", P(p["ssn"].replace("-", ""), "ssn"))]))
        o = O([("resourceType", "Patient"), ("id", P(p["mrn"], "mrn")), ("identifier", idents),
               ("name", A([O([("use", "official"), ("family", P(p["last"], "name")), ("given", A([P(p["first"], "name")]))])])),
               ("telecom", A([O([("system", "phone"), ("value", P(p["cell"], "phone")), ("use", "mobile")]),
                              O([("system", "email"), ("value", P(p["email"], "email"))])])),
               ("gender", {"F": "female", "M": "male", "X": "other"}[p["sex"]]),
               ("birthDate", P(p["dob"].isoformat(), "date")),
               ("address", A([O([("use", "home"), ("line", A([P(p["street"], "address")])), ("city", P(p["city"], "address")),
                                 ("state", p["st"]), ("postalCode", P(p["zip"], "zip"))])])),
               ("contact", A([O([("relationship", A([O([("coding", A([O([("system", "http://terminology.hl7.org/CodeSystem/v2-0131"), ("code", "N")])])), ("text", rel[1])])])),
                                 ("name", O([("text", P(p["ec_name"], "name"))])),
                                 ("telecom", A([O([("system", "phone"), ("value", P(p["ec_phone"], "phone"))])]))])])),
               ("managingOrganization", O([("display", "TVU Student Health & Counseling Services")]))])
    else:
        o = O([("resourceType", "Bundle"), ("id", uuid4()), ("type", "searchset"), ("total", R.randint(0, 300)),
               ("link", A([O([("relation", "self"), ("url", f"https://fhir.shcs.tvu.edu/r4/QuestionnaireResponse?questionnaire=study-abroad-medical&_lastUpdated=ge2024-09-01&_count=50")])])),
               ("meta", O([("lastUpdated", utc(t).strftime("%Y-%m-%dT%H:%M:%SZ"))]))])
    jemit(ln, o, asc=False)
    return [ln]


VACCINES = [("03", "MMR", "MSD", "Merck"), ("115", "Tdap", "SKB", "GlaxoSmithKline"), ("147", "MenACWY-CRM", "NOV", "Novartis"),
            ("165", "HPV9", "MSD", "Merck"), ("162", "MenB-FHbp", "PFR", "Pfizer"), ("309", "COVID-19 mRNA 2024-25", "MOD", "Moderna"),
            ("150", "Influenza, IIV4", "SKB", "GlaxoSmithKline")]
HL7_CTR = [48210]


def ev_hl7():
    t = tick()
    p = pick()
    HL7_CTR[0] += 1
    cid = f"TVU{HL7_CTR[0]}"
    ts = t.strftime("%Y%m%d%H%M%S") + "-0700"
    out = []
    if R.random() < 0.3:
        a = Ln("hl7v2"); a.t(f"MSH|^~\\&|ALERTIIS|ORIIS|MEDICAT|TVU_SHCS|{ts}||ACK^V04^ACK|{hexs(12).upper()}|P|2.5.1|||NE|NE")
        b = Ln("hl7v2"); b.t(f"MSA|AA|TVU{HL7_CTR[0] - R.randint(1, 6)}|Message accepted")
        return [a, b]
    def L():
        ln = Ln("hl7v2"); out.append(ln); return ln
    L().t(f"MSH|^~\\&|MEDICAT|TVU_SHCS^{ORG_NPI}^NPI|ALERTIIS|ORIIS|{ts}||VXU^V04^VXU_V04|{cid}|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS")
    ln = L()
    ln.t("PID|1||").p(p["mrn"], "mrn").t("^^^TVUSHCS^MR~").p(p["sid"], "other_id").t("^^^TVU^SID||")
    ln.p(fold(f"{p['last']}^{p['first']}^{p['mid']}").upper().rstrip("^"), "name").t("^^^^L||")
    ln.p(p["dob"].strftime("%Y%m%d"), "date").t(f"|{p['sex'] if p['sex'] != 'X' else 'U'}||2106-3^White^CDCREC|")
    ln.p(fold(p["street"]).upper(), "address").t("^^").p(fold(p["city"]).upper(), "address").t(f"^{p['st']}^").p(p["zip"], "zip")
    a, n = p["cell"][:3], p["cell"][4:].replace("-", "")
    ln.t("^USA^P||^PRN^CP^^1^").p(f"{a}^{n}", "phone").t("|||||||||2186-5^not Hispanic or Latino^CDCREC")
    L().t(f"PD1|||||||||||02^Reminder/Recall - any method^HL70215|N|||||A")
    ln = L()
    ecf, ecl = p["ec_name"].split(" ", 1)
    ln.t("NK1|1|").p(fold(f"{ecl}^{ecf}").upper(), "name").t(f"|{p['ec_rel'][0]}^{p['ec_rel'][1]}^HL70063||^PRN^PH^^1^")
    ln.p(f"{p['ec_phone'][:3]}^{p['ec_phone'][4:].replace('-', '')}", "phone")
    ln = L()
    ln.t("ORC|RE||").p("IZ" + digits(7), "other_id").t(f"^TVUSHCS|||||||^LINDHOLM^GABRIEL^^^^^^^^^^RN|||^MARSH^HELENA^^^^^^^^^^NPI^^^^^^{STAFF_NPI['hmarsh']}")
    v = R.choice(VACCINES)
    adm = dt.date(2024, 9, R.randint(3, 16))
    ln = L()
    ln.t("RXA|0|1|").p(adm.strftime("%Y%m%d"), "date").t(f"||{v[0]}^{v[1]}^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|"
                                                           f"^LINDHOLM^GABRIEL|^^^SHCS_MAIN||||{R.choice('ABCDEFGHJKLMNPRTUVWXYZ')}{digits(4)}{R.choice(['AA', 'BC', 'X'])}|"
                                                           f"202{R.randint(5, 6)}{R.randint(1, 12):02d}{R.randint(1, 28):02d}|{v[2]}^{v[3]}^MVX|||CP|A")
    L().t(f"RXR|C28161^Intramuscular^NCIT|{R.choice(['LD^Left Deltoid', 'RD^Right Deltoid'])}^HL70163")
    ln = L()
    ln.t("OBX|1|CE|64994-7^Vaccine funding program eligibility category^LN|1|V01^Not VFC eligible^HL70064||||||F|||")
    ln.p(adm.strftime("%Y%m%d"), "date").t("|||VXC40^Eligibility captured at the immunization level^CDCPHINVS")
    return out


def ev_syslog():
    t = tick()
    ln = Ln("syslog")
    h = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
    r = R.random()
    if r < 0.2:
        ln.t(f"{h} shcs-app01 sshd[{R.randint(2000, 60000)}]: Accepted publickey for deploy from 10.40.2.{R.randint(10, 40)} port {R.randint(30000, 65000)} ssh2: ED25519 SHA256:{b64(32)[:43]}")
    elif r < 0.35:
        ln.t(f"{h} shcs-db02 CRON[{R.randint(2000, 60000)}]: (postgres) CMD (/usr/local/bin/pg_backup.sh --target s3://tvu-shcs-backup/wal --compress zstd)")
    elif r < 0.5:
        ln.t(f"{h} shcs-edge01 kernel: [UFW BLOCK] IN=ens192 OUT= MAC=00:50:56:9a:{hexs(2)}:{hexs(2)}:00:1c:73:{hexs(2)}:{hexs(2)}:{hexs(2)}:08:00 "
             f"SRC={R.choice(['185.220.101.', '45.148.10.', '194.26.29.'])}{R.randint(1, 250)} DST=128.193.44.{R.randint(10, 20)} LEN=44 TOS=0x00 PREC=0x00 TTL=243 ID={R.randint(1000, 65000)} PROTO=TCP SPT={R.randint(1024, 65000)} DPT={R.choice([22, 3389, 445, 23])} WINDOW=1024 RES=0x00 SYN URGP=0")
    elif r < 0.65:
        p = pick()
        qid = hexs(10).upper()
        ln.t(f"{h} shcs-mail01 postfix/smtp[{R.randint(2000, 60000)}]: {qid}: to=<").p(R.choice([p["email"], p["pemail"]]), "email")
        ln.t(f">, relay=tvu-edu.mail.protection.outlook.com[52.101.{R.randint(0, 255)}.{R.randint(1, 254)}]:25, delay={R.uniform(0.2, 3):.2f}, dsn=2.6.0, status=sent (250 2.6.0 <{hexs(16)}@shcs-mail01.tvu.edu> Queued mail for delivery)")
    elif r < 0.8:
        ln.t(f"{h} shcs-kiosk-gw systemd[1]: Started juniper-bridge.service - Juniper kiosk bridge {R.choice(['4.12.3', '4.12.2'])}.")
    else:
        ln.t(f"{h} shcs-app02 dockerd[{R.randint(800, 1200)}]: time=\"{utc(t).strftime('%Y-%m-%dT%H:%M:%S.%f')}Z\" level=info msg=\"ignoring event\" container={hexs(64)} module=libcontainerd namespace=moby topic=/tasks/delete type=\"*events.TaskDelete\"")
    return [ln]


def ev_x12():
    t = tick()
    p = pick()
    ctl = f"{R.randint(1, 999999):09d}"
    gs = str(R.randint(1000, 9999))
    segs = []
    def L():
        ln = Ln("x12"); segs.append(ln); return ln
    d6, d8, hm = t.strftime("%y%m%d"), t.strftime("%Y%m%d"), t.strftime("%H%M")
    L().t(f"ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*TVUSHCS        *{d6}*{hm}*^*00501*{ctl}*0*P*:~")
    L().t(f"GS*HB*AVAILITY*TVUSHCS*{d8}*{hm}*{gs}*X*005010X279A1~")
    L().t("ST*271*0001*005010X279A1~")
    L().t(f"BHT*0022*11*{hexs(10).upper()}*{d8}*{hm}~")
    L().t("HL*1**20*1~")
    L().t("NM1*PR*2*AETNA STUDENT HEALTH*****PI*60054~")
    L().t("HL*2*1*21*1~")
    L().t(f"NM1*1P*2*TVU STUDENT HEALTH AND COUNSELING*****XX*{ORG_NPI}~")
    L().t(f"N3*{ORG_ADDR.upper()}~")
    L().t("N4*LARKFIELD*OR*973318001~")
    L().t("HL*3*2*22*0~")
    L().t(f"TRN*2*{digits(10)}*9TVUSHCS01~")
    ln = L()
    mid = fold(p["mid"][:1]).upper()
    ln.t("NM1*IL*1*").p(fold(p["last"]).upper(), "name").t("*").p(fold(p["first"]).upper(), "name").t(f"*{mid}***MI*").p(p["ship"], "health_plan").t("~")
    ln = L(); ln.t("N3*").p(fold(p["street"]).upper(), "address").t("~")
    ln = L(); ln.t("N4*").p(fold(p["city"]).upper(), "address").t(f"*{p['st']}*").p(p["zip"], "zip").t("~")
    ln = L(); ln.t("DMG*D8*").p(p["dob"].strftime("%Y%m%d"), "date").t(f"*{p['sex'] if p['sex'] != 'X' else 'U'}~")
    ln = L(); ln.t("DTP*346*D8*").p("20240816", "date").t("~")
    L().t("EB*1*IND*30**STUDENT SHIP 2024-25 TVU~")
    L().t("EB*C*IND*30***23*250~")
    L().t("REF*6P*TVU848213*TAMSIN VALLEY UNIV~")
    L().t(f"SE*{len(segs) - 1}*0001~")
    L().t(f"GE*1*{gs}~")
    L().t(f"IEA*1*{ctl}~")
    return segs


def ev_java():
    t = tick()
    p = pick()
    out = []
    def L():
        ln = Ln("java_trace"); out.append(ln); return ln
    head = f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond // 1000:03d} "
    r = R.random()
    if r < 0.4:
        ln = L(); ln.t(head + f"ERROR 1 --- [nio-8080-exec-{R.randint(1, 10)}] e.t.shcs.portal.web.FormController     : Failed to save study-abroad form for student ").p(p["sid"], "other_id")
        L().t("org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uq_sa_form_student_term]")
        for f in ["org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)",
                  "org.springframework.orm.jpa.JpaTransactionManager.doCommit(JpaTransactionManager.java:567)",
                  "edu.tvu.shcs.portal.service.StudyAbroadService.submit(StudyAbroadService.java:142)",
                  "edu.tvu.shcs.portal.web.FormController.submit(FormController.java:88)"]:
            L().t("\tat " + f)
        L().t("Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uq_sa_form_student_term\"")
        ln = L(); ln.t("  Detail: Key (student_id, term_code)=(").p(p["sid"], "other_id").t(", 202420) already exists.")
        L().t(f"\t... {R.randint(60, 120)} common frames omitted")
    elif r < 0.7:
        bad = R.choice([f"{p['dob'].day:02d}/{p['dob'].month:02d}/{p['dob'].year}", p["dob"].strftime("%Y/%d/%m")])
        ln = L(); ln.t(head + f"WARN 1 --- [   kiosk-sync-3] e.t.shcs.kiosk.CheckinConsumer           : Could not parse DOB '").p(bad, "date").t("' for chart ").p(p["mrn"], "mrn").t(", routing to front desk")
        L().t(f"java.time.format.DateTimeParseException: Text '{'**/**/****'}' could not be parsed at index 0")
        L().t("\tat java.base/java.time.format.DateTimeFormatter.parseResolved0(DateTimeFormatter.java:2108)")
        L().t("\tat edu.tvu.shcs.kiosk.CheckinConsumer.onMessage(CheckinConsumer.java:61)")
    else:
        L().t(head + f"ERROR 1 --- [   scheduling-1] o.s.s.s.TaskUtils$LoggingErrorHandler    : Unexpected error occurred in scheduled task")
        L().t(f"org.springframework.web.client.ResourceAccessException: I/O error on GET request for \"https://bnr-api.tvu.edu/StudentApi/v1/holds\": Read timed out")
        L().t("\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:915)")
        L().t("\tat edu.tvu.shcs.holds.HoldSyncJob.run(HoldSyncJob.java:47)")
        L().t("Caused by: java.net.SocketTimeoutException: Read timed out")
    return out


def ev_pg():
    t = tick()
    ln = Ln("pg_log")
    pid = R.randint(2000, 90000)
    ln.t(f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond // 1000:03d} PDT [{pid}] ")
    p = pick()
    r = R.random()
    if r < 0.25:
        ln.t(f"shcs_app@medicat LOG:  AUDIT: SESSION,{R.randint(1, 900)},1,READ,SELECT,,,\"SELECT p.chart_no, p.first_name FROM patients p WHERE p.last_name ILIKE '")
        ln.p(p["last"].replace("'", "''"), "name").t("%' AND p.birth_date = '").p(p["dob"].isoformat(), "date").t("'\",<not logged>")
    elif r < 0.40:
        ln.t(f"shcs_app@medicat LOG:  AUDIT: SESSION,{R.randint(1, 900)},1,WRITE,UPDATE,,,\"UPDATE patients SET cell_phone = '").p(p["cell"], "phone")
        ln.t("', updated_by = 'rpatel2' WHERE chart_no = '").p(p["mrn"], "mrn").t("'\",<not logged>")
    elif r < 0.50:
        ln.t(f"shcs_app@medicat ERROR:  insert or update on table \"immunizations\" violates foreign key constraint \"fk_imm_patient\" DETAIL:  Key (patient_id)=(").p(p["mrn"], "mrn").t(") is not present in table \"patients\".")
    elif r < 0.70:
        ln.t(f"shcs_rpt@medicat LOG:  duration: {R.uniform(100, 4000):.3f} ms  statement: SELECT dept, count(*) FROM appointments WHERE appt_date >= '2024-09-16' AND appt_date < '2024-09-23' GROUP BY dept")
    elif r < 0.85:
        ln.t(f"LOG:  checkpoint complete: wrote {R.randint(100, 5000)} buffers ({R.uniform(0.5, 30):.1f}%); 0 WAL file(s) added, 0 removed, {R.randint(0, 9)} recycled; write={(w := R.uniform(1, 200)):.3f} s, sync={R.uniform(0, 1):.3f} s, total={w + R.uniform(0.5, 3):.3f} s")
    else:
        ln.t(f"shcs_app@medicat LOG:  connection authorized: user=shcs_app database=medicat application_name=portal-api SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384, bits=256)")
    return [ln]


def ev_sms():
    t = tick()
    p = pick()
    ln = Ln("twilio_json")
    sid = "SM" + hexs(32)
    date = t.astimezone(dt.timezone.utc).strftime("%a, %d %b %Y %H:%M:%S +0000")
    to = "+1" + p["cell"].replace("-", "")
    r = R.random()
    a = future_appt()
    md = f"{a.month}/{a.day}"
    hr = a.strftime("%I:%M %p").lstrip("0")
    if r < 0.35:
        body = S(["TVU Health: Hi ", (p["first"], "name"), ", reminder of your appt ", (a.strftime("%a ") + md, "date"),
                  f" at {hr}. Reply C to confirm or manage it at ",
                  ("https://portal.shcs.tvu.edu/a/AP" + digits(8), "url"), " - please don't text health info."])
        o = O([("sid", sid), ("date_created", date), ("direction", "outbound-api"), ("from", "+15415550187"),
               ("to", P(to, "phone")), ("body", body), ("status", "queued"), ("num_segments", "1"),
               ("messaging_service_sid", "MG8c1f0e4a9b2d47e6a3f5c0d19e7b2a44")])
    elif r < 0.5:
        body = S(["TVU SHCS: you have an appointment on ", (md, "date"), f" at {hr}. Reply C to confirm."])
        o = O([("sid", sid), ("date_created", date), ("direction", "outbound-api"), ("from", "+15415550187"),
               ("to", P(to, "phone")), ("body", body), ("status", "queued")])
    elif r < 0.62:
        body = S(["TVU Pharmacy: an Rx for ", (fold(p["first"]).upper(), "name"), " is ready for pickup at SHCS-RX01. Rx# ",
                  ("6" + digits(6), "other_id"), ". Hours M-F 9-5."])
        o = O([("sid", sid), ("date_created", date), ("direction", "outbound-api"), ("from", "+15415550187"),
               ("to", P(to, "phone")), ("body", body), ("status", "sent")])
    elif r < 0.78:
        txt = R.choice([["C"], ["c"], ["R"], ["Can I move it to thursday? -", (p["first"], "name")],
                        ["this is ", (p["ec_name"].split()[0], "name"), ", ", (p["first"], "name"), "'s mom. she is sick can she come earlier"]])
        o = O([("SmsSid", sid), ("AccountSid", "AC3e9f2b7d1c8a4f60b5e2d7c9a1f3b8e4"), ("From", P(to, "phone")), ("To", "+15415550187"),
               ("Body", S(txt)), ("NumMedia", "0"), ("FromCity", P(p["city"].upper(), "address")), ("FromState", p["st"]), ("FromZip", P(p["zip"], "zip"))])
    else:
        st = R.choice(["delivered", "delivered", "undelivered", "failed"])
        o = O([("MessageSid", sid), ("MessageStatus", st), ("To", P(to, "phone")), ("ErrorCode", "30007" if st != "delivered" else None),
               ("ApiVersion", "2010-04-01"), ("SmsStatus", st)])
    jemit(ln, o, asc=False)
    return [ln]


def ev_msg():
    t = tick()
    p = pick()
    ln = Ln("portal_msg")
    th = "MSG-" + digits(6)
    ln.t(f"[{t.strftime('%Y-%m-%d %H:%M:%S')} PDT] thread=").p(th, "other_id")
    if R.random() < 0.6:
        ln.t(" dir=in from=").p(p["sid"], "other_id").t(f" to=pool:{R.choice(['nurse-triage', 'pharmacy', 'immunizations', 'travel'])} body=\"")
        opts = [["Hi, it's ", (full(p), "name"), " (DOB ", (f"{p['dob'].month}/{p['dob'].day}/{p['dob'].year}", "date"),
                 "). my albuterol inhaler ran out, can the pharmacy refill? my cell is ", (p["cell"], "phone")],
                ["I got a hold on my registration for MMR but I had both doses in ", (p["city"], "address"),
                 " as a kid, my mom ", (p["ec_name"], "name"), " can fax the records from our pediatrician"],
                ["need the study abroad form signed before ", (dt.date(2024, 10, R.randint(1, 30)).strftime("%b %d"), "date"),
                 ", my passport # is ", (p["passport"], "license"), " if you need it"],
                ["can I pick up my rx at the kiosk? rx ", ("6" + digits(6), "other_id"), " thanks"],
                ["Is the flu shot clinic walk-in? I'm free after 2 on Wednesday."]]
        pieces(ln, R.choice(opts))
        ln.t("\"")
    else:
        s = R.choice(STAFF[:9])
        ln.t(f" dir=out from={s[3]} to=").p(p["sid"], "other_id").t(" body=\"Hi ").p(p["first"], "name")
        if R.random() < 0.3:
            ln.t(", your updated immunization record is here: ").p(f"https://portal.shcs.tvu.edu/records/{p['sid']}/immunizations.pdf", "url")
            ln.t(" - upload it to the study abroad office.\"")
            return [ln]
        ln.t(R.choice([", I sent the refill request to Dr. Marsh; it should be ready tomorrow after 10.",
                       ", we received your records and the hold will clear within 1 business day.",
                       ", please bring your passport to the Travel Clinic. Call 541-555-0142 with questions."]))
        ln.t("\"")
    return [ln]


def ev_bursar():
    t = tick()
    ln = Ln("bursar_csv")
    if R.random() < 0.2:
        ln.t(f"# feed=SHCS_AR file=shcs_ar_{t.strftime('%Y%m%d_%H%M')}.csv rows={R.randint(20, 200)} total={R.uniform(300, 5000):.2f} md5={hexs(32)}")
        return [ln]
    p = pick()
    code, desc = R.choice([("HOV1", "SHCS OFFICE VISIT"), ("HPHM", "SHCS PHARMACY COPAY"), ("HLAB", "SHCS LAB"),
                           ("HIMM", "SHCS IMMUNIZATION"), ("HTRV", "SHCS TRAVEL CONSULT"), ("HNSF", "NO-SHOW FEE")])
    sd = past_dt()
    ln.t(f"SHCS-{t.strftime('%m%d')}-{R.randint(1, 400):04d},{t.strftime('%Y-%m-%dT%H:%M:%S')},").p(p["pidm"], "other_id").t(",")
    ln.p(p["acct"], "account").t(f",{code},202410,{R.choice(['10.00', '25.00', '35.00', '18.40', '60.00'])},{desc} DOS ").p(sd.strftime("%m/%d/%Y"), "date")
    return [ln]


def ev_win():
    t = tick()
    ln = Ln("winlogbeat_json")
    ws = f"SHCS-FD-WS{R.randint(1, 12):02d}"
    code, act = R.choice([("4624", "logged-in"), ("4624", "logged-in"), ("4634", "logged-off"), ("4625", "logon-failed"), ("4740", "user-account-locked")])
    o = O([("@timestamp", utc(t).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"),
           ("event", O([("code", code), ("action", act), ("provider", "Microsoft-Windows-Security-Auditing")])),
           ("winlog", O([("computer_name", ws + ".ad.tvu.edu"), ("record_id", R.randint(10 ** 6, 10 ** 8)),
                         ("event_data", O([("TargetUserName", R.choice(STAFF)[3]), ("TargetDomainName", "TVU"),
                                           ("LogonType", R.choice(["2", "3", "10"])), ("IpAddress", f"10.40.11.{R.randint(20, 60)}")]))])),
           ("host", O([("name", ws), ("os", O([("version", "10.0"), ("build", "22631.4169")]))])),
           ("agent", O([("type", "winlogbeat"), ("version", "8.15.1"), ("id", uuid4())]))])
    jemit(ln, o)
    return [ln]


def ev_lab():
    t = tick()
    out = []
    if R.random() < 0.25:
        ln = Ln("lab_fixed")
        ln.t(f"HDR00418822CASCADE REF LAB     {t.strftime('%Y%m%d%H%M%S')}V3.2".ljust(80))
        out.append(ln)
    for _ in range(R.randint(1, 2)):
        tick()
        p = pick()
        ln = Ln("lab_fixed")
        last = fold(p["last"]).upper()[:20]
        first = fold(p["first"]).upper()[:15]
        acc = "A" + t.strftime("%y%m%d") + digits(5)
        coll = t.strftime("%Y%m%d%H%M")
        tests = R.choice(["CBC,CMP", "HIV1/2AGAB,RPR", "CT/NG NAAT", "QFT-PLUS", "TSH,FT4", "MMR IGG TITER", "HCG QUANT"])
        ln.t("ORD00418822").p(acc, "other_id").p(last, "name").t(" " * (20 - len(last))).p(first, "name").t(" " * (15 - len(first)))
        ln.p(p["dob"].strftime("%Y%m%d"), "date").t(p["sex"] if p["sex"] != "X" else "U").p(coll, "date").t(tests.ljust(20))
        ln.t(STAFF_NPI[R.choice(["hmarsh", "bokonkwo", "pdesai"])])
        out.append(ln)
    if R.random() < 0.2:
        ln = Ln("lab_fixed")
        ln.t(f"TRL00418822{len(out):06d}".ljust(80))
        out.append(ln)
    return out


def ev_zoom():
    t = tick()
    ln = Ln("zoom_webhook")
    c = R.choice(COUNSELORS + [STAFF[0], STAFF[3]])
    mid = str(R.randint(81000000000, 89999999999))
    ets = int(utc(t).timestamp() * 1000)
    r = R.random()
    base = [("event_ts", ets)]
    obj = [("id", mid), ("uuid", b64(16)), ("host_id", "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(22))),
           ("topic", f"Telehealth – {c[0][0]}. {c[1]}")]
    if r < 0.55:
        p = pick()
        part = O([("user_id", str(R.randint(16778240, 16800000))), ("user_name", P(full(p), "name")), ("email", P(p["email"], "email")),
                  ("join_time", utc(t).strftime("%Y-%m-%dT%H:%M:%SZ")), ("ip_address", P(p["ip"], "ip")),
                  ("device", R.choice(["Mac", "iOS", "Windows", "Android"])), ("participant_uuid", uuid4().upper())])
        o = O([("event", "meeting.participant_joined")] + base + [("payload", O([("account_id", "x7Rk2bQfTnWm0a1E9LzYcg"), ("object", O(obj + [("participant", part)]))]))])
    elif r < 0.75:
        part = O([("user_id", str(R.randint(16778240, 16800000))), ("user_name", f"{c[0]} {c[1]}, {c[2]}"), ("email", f"{c[3]}@tvu.edu"),
                  ("join_time", utc(t).strftime("%Y-%m-%dT%H:%M:%SZ")), ("ip_address", f"128.193.{R.randint(40, 47)}.{R.randint(2, 250)}")])
        o = O([("event", "meeting.participant_joined")] + base + [("payload", O([("account_id", "x7Rk2bQfTnWm0a1E9LzYcg"), ("object", O(obj + [("participant", part)]))]))])
    else:
        o = O([("event", "meeting.ended")] + base + [("payload", O([("account_id", "x7Rk2bQfTnWm0a1E9LzYcg"), ("object", O(obj + [("duration", R.randint(20, 60)), ("end_time", utc(t).strftime("%Y-%m-%dT%H:%M:%SZ"))]))]))])
    jemit(ln, o)
    return [ln]


def ev_park():
    t = tick()
    ln = Ln("parking_pipe")
    ts = t.isoformat(timespec="seconds")
    r = R.random()
    if r < 0.45:
        p = pick()
        ln.t(f"PV|{ts}|LOT-C|VALIDATE|plate=OR:").p(p["plate"], "vehicle").t("|sid=").p(p["sid"], "other_id")
        ln.t(f"|reason=SHCS-APPT|by={R.choice(KIOSKS)[0]}|minutes=120|txn={R.randint(10 ** 7, 10 ** 8)}")
    elif r < 0.6:
        p = pick()
        ln.t(f"PV|{ts}|TPS|PERMIT_LINK|sid=").p(p["sid"], "other_id").t("|plate=OR:").p(p["plate"], "vehicle").t("|vin=").p(p["vin"], "vehicle")
        ln.t(f"|permit=S-{R.randint(10000, 99999)}|status=OK")
    elif r < 0.8:
        ln.t(f"PV|{ts}|LOT-C|GATE|lane=2|event=OPEN|count_in={R.randint(10, 200)}|count_out={R.randint(10, 200)}|ctrl=AMANO-{R.randint(1, 4)}")
    else:
        ln.t(f"PV|{ts}|LOT-C|STAFF|permit=F-{R.randint(1000, 9999)}|holder={R.choice(STAFF)[3]}|status=VALID")
    return [ln]


def ev_pino():
    t = tick()
    ln = Ln("pino_json")
    ms = int(utc(t).timestamp() * 1000)
    base = [("level", 30), ("time", ms), ("pid", R.randint(20, 40)), ("hostname", f"sched-7d9c8b{hexs(3)}-{hexs(5)}"), ("reqId", "req-" + hexs(4))]
    r = R.random()
    if r < 0.35:
        o = O(base + [("msg", "slot cache refreshed"), ("dept", R.choice(DEPTS)), ("slots", R.randint(0, 80)), ("ms", R.randint(3, 400))])
    elif r < 0.55:
        o = O(base + [("msg", "reminder batch queued"), ("batch", "rb-" + t.strftime("%Y%m%d-%H%M")), ("count", R.randint(10, 300)), ("channel", R.choice(["sms", "email"]))])
    elif r < 0.7:
        o = O([("level", 40)] + base[1:] + [("msg", "double booking prevented"), ("apptId", P("AP" + digits(8), "other_id")), ("provider", R.choice(CLIN)[3])])
    elif r < 0.82:
        p = pick()
        dev = O([("platform", R.choice(["ios", "android"])), ("model", R.choice(["iPhone15,2", "iPhone14,7", "Pixel 7a", "SM-S918U"])),
                 ("push_token", P(hexs(64), "device")), ("imei", P(imei(), "device")), ("app", "TVUHealth 3.8.1")])
        o = O(base + [("msg", "device registered"), ("sid", P(p["sid"], "other_id")), ("device", dev)])
    elif r < 0.9:
        o = O(base + [("msg", "request completed"), ("res", O([("statusCode", 200)])), ("responseTime", R.randint(2, 300)),
                      ("trace_id", hexs(32)), ("span_id", hexs(16)), ("version", "2.14.0-rc.3+build.881")])
    else:
        o = O(base + [("msg", "older learner flag"), ("sid", P(OLD["sid"], "other_id")), ("age", P(91, "age")),
                      ("medicare_mbi", P(OLD_MBI, "health_plan")), ("program", "Lifelong Learning Audit")])
    jemit(ln, o)
    return [ln]


EVENTS = [(ev_kiosk, 11), (ev_nginx, 11), (ev_immz, 8), (ev_counsel, 3), (ev_rx, 9), (ev_ath, 4), (ev_fhir, 3.5),
          (ev_hl7, 1.4), (ev_syslog, 16), (ev_x12, 0.5), (ev_java, 0.9), (ev_pg, 7), (ev_sms, 5), (ev_msg, 4),
          (ev_bursar, 5), (ev_win, 10), (ev_lab, 2.5), (ev_zoom, 4), (ev_park, 5), (ev_pino, 10)]
SINGLE = [ev_syslog, ev_win, ev_pino, ev_pg]


# --------------------------------------------------------------- output

def finalize(ln, no):
    b = b""
    spans = []
    for txt, cat, chk in ln.parts:
        enc = txt.encode("utf-8")
        if cat:
            spans.append((len(b), len(b) + len(enc), cat, txt, chk))
        b += enc
    line = b.decode("utf-8")
    def fail(msg):
        sys.exit(f"line {no}: {msg}: {line!r}")
    if not line or "\n" in line or "\r" in line:
        fail("empty or multi-line")
    last = 0
    out = []
    for s, e, cat, txt, chk in spans:
        if not (0 <= s < e <= len(b)):
            fail(f"bad offsets {s},{e}")
        if s < last:
            fail("overlapping spans")
        last = e
        got = b[s:e].decode("utf-8")
        if got != txt or got != got.strip():
            fail(f"span text mismatch {got!r} vs {txt!r}")
        if chk:
            kind, val = chk
            dec = {"json": lambda x: json.loads('"' + x + '"'), "pct": urllib.parse.unquote, "xml": html.unescape}[kind](got)
            if dec != val:
                fail(f"decoded {dec!r} != {val!r}")
        out.append({"s": s, "e": e, "cat": cat})
    return line, out


def main():
    lines = []
    fns = [f for f, _ in EVENTS]
    ws = [w for _, w in EVENTS]
    quiet = [ev_syslog, ev_win, ev_pino, ev_pg]
    nphi = 0
    while len(lines) < N_LINES:
        # keep the share of PHI lines near 45 %: when above it, favour the
        # mostly operational systems for the next record
        if lines and nphi / len(lines) > 0.45 and R.random() < 0.6:
            fn = R.choice(quiet)
        else:
            fn = R.choices(fns, ws)[0]
        recs = fn()
        if len(lines) + len(recs) > N_LINES:
            recs = R.choice(SINGLE)()
        lines.extend(recs)
        nphi += sum(1 for r in recs if any(c for _, c, _ in r.parts))
    lines = lines[:N_LINES]
    with open("qq.log", "w", encoding="utf-8", newline="\n") as fl, \
            open("qq.labels.jsonl", "w", encoding="utf-8", newline="\n") as fj:
        for i, ln in enumerate(lines, 1):
            text, spans = finalize(ln, i)
            fl.write(text + "\n")
            fj.write(json.dumps({"line": i, "family": ln.fam, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
