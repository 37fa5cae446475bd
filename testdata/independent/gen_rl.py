#!/usr/bin/env python3
"""gen_rl.py - synthetic labeled log corpus "rl".

Organisation: Brightwater Performing Arts Medicine (BPAM), the clinic attached
to the Brightwater Conservatory of Music and the Brightwater Symphony
Orchestra (BSO), 400 Conservatory Lane, Marlow Heights, PA 19072.
Everything below is made up; the seed is fixed so output is byte-identical.

Writes ./rl.log (500 lines) and ./rl.labels.jsonl (one label object per line).

Systems simulated (family names in the labels)
  physio_json     PhysioTrack EHR (pino-style JSON): overuse-injury physio visits
  audiogram_csv   Audiometer export (Interacoustics/GSI) CSV rows + calibration rows
  iem_kv          In-ear-monitor / musician-plug fitting lab orders, key=value
  dosimetry_syslog RFC5424 syslog of the noise-dosimetry gateway (pit/stage badges)
  strobe_kv       Voice clinic laryngoscopy/stroboscopy video capture + archiver
  dicom_dump      dcmdump-style tag lines from the voice-clinic video PACS
  counsel_note    Performance-anxiety counselling notes (pipe header + free text)
  hl7v2           HL7 v2.5.1 ADT^A04 / SIU^S12 messages, one segment per line
  fhir_json       FHIR R4 Patient / Appointment / Coverage resources (one line)
  x12_837         X12 837P segments for claims (one segment per line)
  tourclaim_logfmt Touring-insurance claims portal (Go service, logfmt)
  claim_xml       Touring insurer's claim acknowledgement XML (one element/line)
  elig_fixed      Touring insurer's fixed-width eligibility roster
  opas_csv        Rehearsal/service scheduling feed (OPAS-style CSV) with
                  clinic return-to-play restrictions
  boxoffice_json  Box office (Tessitura-style) accessibility-request service JSON
  nginx_access    nginx combined logs for patient portal and box office site
  sms_gw          SMS gateway (reminders, two-way replies)
  teams_chat      Clinic staff chat export (TSV)
  java_trace      Spring scheduling/claims service errors + stack traces
  pg_audit        PostgreSQL pgaudit/statement log
  infra_syslog    BSD syslog of infra hosts (sshd, cron, certbot, backup)

Labeling decisions (grey cases)
  * Served persons = conservatory students, orchestra musicians (and retirees)
    seen at the clinic, and audience members making accessibility requests.
    Their relatives / emergency contacts are PHI too.
  * Clinicians, box-office staff, schedulers, conductors, librarians, vendors,
    IT users and the organisation itself (addresses, phones, NPIs, emails) are
    not PHI. Musicians appear in scheduling rows only with clinic restrictions;
    there the musician's name, employee no. and restriction dates are PHI, the
    conductor / stage manager are not.
  * Conservatory student IDs, orchestra employee numbers, union (AFM) member
    numbers, counselling case numbers, insurer claim numbers, box-office
    patron (constituent) IDs, FHIR Patient logical ids, portal user names,
    video exam accession numbers -> other_id.  MRN (BW + 7 digits) -> mrn.
  * Member IDs of health plans, MBI, Medicaid, member/certificate numbers
    under the orchestra's group touring policy -> health_plan. The group
    policy number itself belongs to the orchestra -> not PHI.
  * Patient account / patient control numbers and full card PANs -> account.
    Masked PANs (last 4 only) are not labeled. Box-office order numbers, seat
    locations and lab (vendor) order numbers are business ids -> not PHI.
  * Passport and visa numbers of touring musicians, driver's licences and
    disability parking placard numbers -> license.
  * IEM shells, hearing aids, musician-worn dosimeter badges, phones (IMEI)
    -> device. Clinic equipment (audiometer, stroboscope, stage-mounted area
    noise monitors) serials -> not PHI. Personally owned instrument serials
    in a claim -> other_id; orchestra-owned instrument inventory tags -> not.
  * Rental-car VIN / plates in a musician's claim or an accessible-parking
    request -> vehicle; the orchestra's tour-truck VIN -> not PHI.
  * Dates: DOB, visit, injury onset, incident, appointment, restriction end
    dates, and the performance date of a patron's accessibility request are
    PHI (date). Log timestamps, tour itineraries and concert dates in
    non-patient records are not. HL7 MSH-7 / X12 ISA/GS dates = log time.
  * Ages > 89 labeled (age); 89 and under not.
  * Cities: labeled only as part of a person's address; tour venues/cities
    where an incident happened are not.
  * Names: one span per value; where the format splits a name into separate
    fields (CSV last,first; X12 NM1 elements; FHIR family/given) each field
    is its own span; HL7 XPN "Last^First^M" and DICOM "Last^First" are one.
  * FHIR references "Patient/<id>" are one other_id span.
  * URLs that contain a patient/patron identifier are one url span (the whole
    request target or URL, no nested spans). Personal websites -> url.
  * Client IPs are labeled only on authenticated patient/patron requests;
    monitors, crawlers, internal clinic workstations and servers are not.
  * Laryngoscopy stills/videos are not face photos -> not labeled; mrn and
    date inside video file names are labeled. Base64 ID-badge headshots ->
    photo. Voice-clinic speaker-embedding templates -> biometric.
  * Malformed values in a patient's identifier field (short SSN, bad Luhn
    card) are still labeled under that field's category; the obvious
    placeholder SSN 000-00-0000 is not labeled.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import urllib.parse

R = random.Random(230923)
ID = "rl"
NLINES = 500


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []  # (text, cat, raw, kind)

    def t(self, s):
        self.parts.append((str(s), None, None, None))
        return self

    def p(self, s, cat, raw=None, kind="plain"):
        s = str(s)
        self.parts.append((s, cat, s if raw is None else raw, kind))
        return self

    def build(self):
        out = b""
        spans = []
        checks = []
        for text, cat, raw, kind in self.parts:
            b = text.encode("utf-8")
            if cat is not None:
                spans.append({"s": len(out), "e": len(out) + len(b), "cat": cat})
                checks.append((text, raw, kind))
            out += b
        return out, spans, checks


def esc_json(v, ea=False):
    return json.dumps(v, ensure_ascii=ea)[1:-1]


class P:
    """PHI value for structured emitters."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class D:
    def __init__(self, items):
        self.items = items


def jval(L, v, ea):
    if isinstance(v, P):
        if isinstance(v.v, (int, float)):
            L.p(str(v.v), v.cat)
        else:
            L.t('"').p(esc_json(v.v, ea), v.cat, raw=v.v, kind="json").t('"')
    elif isinstance(v, D):
        jobj(L, v.items, ea)
    elif isinstance(v, list):
        L.t("[")
        for i, x in enumerate(v):
            if i:
                L.t(",")
            jval(L, x, ea)
        L.t("]")
    else:
        L.t(json.dumps(v, ensure_ascii=ea))


def jobj(L, items, ea=False):
    L.t("{")
    for i, (k, v) in enumerate(items):
        if i:
            L.t(",")
        L.t(json.dumps(k) + ":")
        jval(L, v, ea)
    L.t("}")
    return L


def kv(L, items, sep=" ", quote_all=False):
    for i, (k, v) in enumerate(items):
        if i:
            L.t(sep)
        L.t(k + "=")
        raw = v.v if isinstance(v, P) else str(v)
        need_q = quote_all or (" " in raw) or ('"' in raw) or raw == ""
        txt = raw.replace('"', '\\"') if need_q else raw
        if need_q:
            L.t('"')
        if isinstance(v, P):
            L.p(txt, v.cat, raw=raw, kind="bs" if txt != raw else "plain")
        else:
            L.t(txt)
        if need_q:
            L.t('"')
    return L


def seq(L, items, sep):
    """items: str or P; joined with sep."""
    for i, v in enumerate(items):
        if i:
            L.t(sep)
        if isinstance(v, P):
            L.p(v.v, v.cat)
        else:
            L.t(v)
    return L


# ---------------------------------------------------------------- validators
def luhn_digit(payload):
    s = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def npi():
    body = str(R.choice([1, 2])) + "".join(R.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def card(valid=True):
    kind = R.choice(["visa", "mc", "amex", "disc"])
    if kind == "visa":
        body = "4" + rd(14)
    elif kind == "mc":
        body = "5" + str(R.randint(1, 5)) + rd(13)
    elif kind == "amex":
        body = R.choice(["34", "37"]) + rd(12)
    else:
        body = "6011" + rd(11)
    c = luhn_digit(body)
    if not valid:
        c = str((int(c) + R.randint(1, 9)) % 10)
    return body + c


def ssn(valid=True):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    s = "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    if not valid:
        s = s[:-1]  # truncated junk
    return s


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    c = [str(R.randint(1, 9)), R.choice(MBI_A), R.choice(MBI_AN), rd(1),
         R.choice(MBI_A), R.choice(MBI_AN), rd(1), R.choice(MBI_A),
         R.choice(MBI_A), rd(1), rd(1)]
    return "".join(c)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                  [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    v = [R.choice(VIN_CH) for _ in range(17)]
    v[0] = R.choice("12345JKLSTVWYZ")
    tot = sum((int(ch) if ch.isdigit() else VIN_TR[ch]) * w for ch, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def rd(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def imei():
    body = rd(14)
    return body + luhn_digit(body)


def mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


# ---------------------------------------------------------------- people
FIRST = ["Viola", "Aria", "Melody", "Carol", "Harmony", "Lyric", "Rose", "Summer",
         "Hunter", "Piper", "Jasper", "Mateo", "Siobhán", "Zoë", "José", "Łukasz",
         "Søren", "Ngozi", "Aiyana", "Ravi", "Priya", "Hyun-woo", "Mei", "Yuki",
         "Oluwaseun", "Ingrid", "Dmitri", "Anahí", "Tomasz", "Beatriz", "Kwame",
         "Leilani", "Elif", "Farah", "Noor", "Gideon", "Clement", "Ezra", "Imogen",
         "Dashiell", "Rosalind", "Thaddeus", "Marisol", "Anouk", "Bram", "Camille",
         "Declan", "Esperanza", "Florian", "Greta", "Hamish", "Jun", "Katarzyna",
         "Lorenzo", "Maëlle", "Nikolai", "Orla", "Pavel", "Rania", "Sakura",
         "Tariq", "Valentina", "Wren", "Xiomara", "Yusuf", "Zara", "Bernadette",
         "Cosima", "August", "Sterling"]
LAST = ["Harper", "Singer", "Bass", "Horn", "Fiddler", "Piper", "Bishop", "Price",
        "Frost", "Bell", "Cash", "Young", "Hunter", "Rose", "Reed", "Waters",
        "Castellanos-Ruiz", "Okafor-Williams", "van der Berg", "de la Cruz",
        "Nakamura", "Kowalczyk", "Abernathy-Low", "Oyelaran", "Szabó", "Lindqvist",
        "Ferreira da Silva", "Mbeki", "O'Donnell", "MacAllister", "Petrov", "Haddad",
        "Rahimi", "Chen", "Park", "Nguyen", "Goldberg", "Al-Sayed", "Johansson",
        "Moreau", "Esposito", "Papadopoulos", "Kaur", "Takahashi", "Brennan",
        "St. Clair", "Delacroix-Ngata", "Vance", "Quist", "Winter", "Marsh", "Lark",
        "Wolfe", "Knight", "Page", "Cantor", "Chanter", "Strand", "Fairweather",
        "Ó Briain"]
CJK = [("서연", "이", "Seo-yeon", "Lee"), ("하은", "김", "Ha-eun", "Kim"),
       ("美咲", "佐藤", "Misaki", "Sato"), ("子涵", "王", "Zihan", "Wang")]
STREETS = ["Elm St", "Oak Ave", "Lancaster Ave", "Montgomery Ave", "Bryn Mawr Ave",
           "Spruce St", "Haverford Rd", "Conestoga Rd", "Old Gulph Rd", "Pine St",
           "Walnut Ln", "Cricket Ave", "Sugartown Rd", "Chestnut St", "Locust Walk",
           "Fiddlers Green", "Mill Creek Rd", "Baltimore Pike"]
CITIES = [("Ardmore", "PA", "19003"), ("Marlow Heights", "PA", "19072"),
          ("Bryn Mawr", "PA", "19010"), ("Conshohocken", "PA", "19428"),
          ("Media", "PA", "19063"), ("Phoenixville", "PA", "19460"),
          ("Norristown", "PA", "19401"), ("Philadelphia", "PA", "19103"),
          ("Philadelphia", "PA", "19147"), ("Cherry Hill", "NJ", "08002"),
          ("Wilmington", "DE", "19806"), ("Brooklyn", "NY", "11215"),
          ("Towson", "MD", "21204"), ("Oakland", "CA", "94610")]
INSTR = ["violin", "viola", "cello", "double bass", "flute", "oboe", "clarinet",
         "bassoon", "horn", "trumpet", "trombone", "tuba", "percussion", "harp",
         "piano", "soprano", "mezzo-soprano", "tenor", "baritone"]
PLANS = [("Independence Blue Cross", "XQH"), ("Aetna", "W"), ("Cigna", "U"),
         ("UnitedHealthcare", "9"), ("Keystone First (Medicaid)", "MA")]
AREA = ["610", "484", "215", "267", "856", "302", "917", "718", "443", "510"]


def phone_fmt(digits, style):
    a, b, c = digits[:3], digits[3:6], digits[6:]
    return {0: "(%s) %s-%s" % (a, b, c), 1: "%s-%s-%s" % (a, b, c),
            2: "+1%s%s%s" % (a, b, c), 3: "%s.%s.%s" % (a, b, c),
            4: "%s%s%s" % (a, b, c)}[style]


def mkphone():
    return R.choice(AREA) + str(R.randint(2, 9)) + rd(2) + rd(4)


def mkdate(y0, y1):
    d0 = dt.date(y0, 1, 1)
    return d0 + dt.timedelta(days=R.randint(0, (dt.date(y1, 12, 31) - d0).days))


TODAY = dt.date(2024, 10, 15)


class Person:
    pass


def mkperson(kind):
    p = Person()
    p.kind = kind
    p.cjk = None
    if R.random() < 0.07 and kind == "student":
        g, f, rg, rf = R.choice(CJK)
        p.cjk = f + g
        p.first, p.last = rg, rf
    else:
        p.first, p.last = R.choice(FIRST), R.choice(LAST)
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    if kind == "student":
        p.dob = mkdate(1999, 2006)
    elif kind == "musician":
        p.dob = mkdate(1955, 1996)
    elif kind == "retiree":
        p.dob = mkdate(1930, 1946)
    else:
        p.dob = mkdate(1928, 2004)
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.sex = R.choice("FMFMX" if kind != "patron" else "FM")
    p.mrn = "BW" + rd(7)
    p.acct = "A" + rd(8)
    p.sid = "S2" + rd(7)
    p.emp = "BSO-" + rd(4)
    p.afm = "AFM77-" + rd(5)
    p.patron = str(R.randint(1000000, 1999999))
    p.fhir = "pat-" + rhex(8)
    p.phone = mkphone()
    p.street = "%d %s" % (R.randint(2, 2999), R.choice(STREETS))
    if R.random() < 0.3:
        p.street += R.choice([" Apt ", " Unit ", " #"]) + str(R.randint(1, 40)) + R.choice(["", "B", "F"])
    p.city, p.state, p.zip = R.choice(CITIES)
    uname = (p.first[0] + p.last).lower()
    uname = "".join(ch for ch in uname if ch.isascii() and ch.isalnum())
    p.email = R.choice([uname + str(R.randint(1, 99)) + "@gmail.com",
                        (p.first + "." + p.last).lower().replace(" ", "").replace("'", "")
                        .encode("ascii", "ignore").decode() + "@outlook.com",
                        uname + "@brightwater-conservatory.edu" if kind == "student" else uname + "@icloud.com",
                        uname + "_" + R.choice(["cello", "horn", "voce", "fiddle"]) + "@protonmail.com"])
    p.user = uname[:10] + (str(R.randint(1, 9)) if R.random() < 0.5 else "")
    plan, pre = R.choice(PLANS)
    if kind == "retiree" or (kind == "patron" and p.age >= 65 and R.random() < 0.7):
        plan, p.member = "Medicare", mbi()
    else:
        p.member = pre + rd(9 if len(pre) < 3 else 9)
    p.plan = plan
    p.instr = R.choice(INSTR)
    p.ec_name = R.choice(FIRST) + " " + (p.last if R.random() < 0.6 else R.choice(LAST))
    p.ec_rel = R.choice(["mother", "father", "spouse", "partner", "sister", "brother"])
    p.ec_phone = mkphone()
    p.ip = "%d.%d.%d.%d" % (R.choice([73, 98, 24, 71, 108, 174, 68, 100, 47, 76]),
                            R.randint(1, 254), R.randint(1, 254), R.randint(1, 254))
    p.passport = R.choice(["5", "6"]) + rd(8) if R.random() < 0.7 else R.choice("ACEKMX") + rd(8)
    p.cert = "BSO" + rd(6)
    p.imei = imei()
    p.case = "PAC-2024-%04d" % R.randint(1, 600)
    p.ha = (rd(10), rd(10), mac())
    p.visa = R.choice("EFG") + rd(7)
    p.dl = R.choice([rd(8), "S" + rd(12), rd(3) + " " + rd(3) + " " + rd(3)])
    return p


def name_fl(p):
    return p.first + " " + p.last


def name_lf(p):
    return p.last + ", " + p.first


STUDENTS = [mkperson("student") for _ in range(16)]
MUSICIANS = [mkperson("musician") for _ in range(16)]
RETIREES = [mkperson("retiree") for _ in range(3)]
PATRONS = [mkperson("patron") for _ in range(18)]
# force a few very old patrons (age > 89)
for pp in PATRONS[:3]:
    pp.dob = mkdate(1927, 1933)
    pp.age = TODAY.year - pp.dob.year - ((TODAY.month, TODAY.day) < (pp.dob.month, pp.dob.day))
    pp.plan, pp.member = "Medicare", mbi()
RETIREES[0].dob = dt.date(1932, 2, 9)
RETIREES[0].age = 92
PATIENTS = STUDENTS + MUSICIANS + RETIREES


def pat():
    return R.choice(PATIENTS)


def patron():
    return R.choice(PATRONS)


# ---------------------------------------------------------------- staff/org (not PHI)
STAFF = {
    "pt": ["Ines Marchetti, PT, DPT", "Obi Nwachukwu, PT", "Lena Hartsfield, DPT"],
    "aud": ["Dr. Kofi Ansah-Brown, AuD", "Dr. Rebecca Tolliver, AuD"],
    "lar": ["Dr. Helena Przybylski, MD", "Dr. Samuel Oyinlola, MD"],
    "slp": ["Tamsin Oduya, MS CCC-SLP", "Marguerite Lacasse, MA CCC-SLP"],
    "psy": ["Rafael Quintero, LCSW", "Dr. Miriam Esterhazy, PsyD"],
    "box": ["Dolores Fenwick", "Terrence Abiodun", "Kasia Wróblewska"],
    "sched": ["Gareth Pryce", "Noemi Castellano"],
}
STAFF_USERS = ["imarchetti", "onwachukwu", "lhartsfield", "kansahbrown", "rtolliver",
               "hprzybylski", "toduya", "rquintero", "mesterhazy", "dfenwick",
               "gpryce", "svc_opas", "svc_hl7", "etl_tourins"]
CONDUCTORS = ["Anton Vilhjálmsson", "Keiko Marlowe-Sato", "Bartholomew Oyelowo"]
STAFF_NPI = {n: npi() for n in STAFF["pt"] + STAFF["aud"] + STAFF["lar"] + STAFF["slp"] + STAFF["psy"]}
ORG_NPI = npi()
ORG_ADDR = "400 Conservatory Lane, Marlow Heights, PA 19072"
ORG_PHONE = "610-555-0142"
ORG_FAX = "610-555-0143"
TRUCK_VIN = vin()
GROUP_POLICY = "GTP-BSO-2024-0117"
HOSTS = ["bpam-ehr-01", "bpam-ehr-02", "vstore-01", "dosegw-01", "boxoffice-web-02",
         "tourclaim-api-1", "opas-sync", "hl7-engine", "pgdb-01", "bkp-01"]
SERVER_IPS = ["10.40.2.11", "10.40.2.12", "10.40.3.20", "66.42.91.17", "66.42.91.18"]
ICD_PT = [("M77.11", "lateral epicondylitis, right elbow"), ("M70.031", "crepitant synovitis, right wrist"),
          ("G56.01", "carpal tunnel syndrome, right"), ("M65.4", "De Quervain tenosynovitis"),
          ("G24.1", "focal task-specific dystonia (embouchure)"), ("M54.2", "cervicalgia"),
          ("M75.101", "rotator cuff syndrome, right"), ("M79.641", "pain in right hand")]
ICD_VOICE = [("J38.2", "vocal fold nodules"), ("J38.1", "vocal fold polyp"),
             ("R49.0", "dysphonia"), ("J38.01", "unilateral vocal fold paresis")]


# ---------------------------------------------------------------- time
class Clock:
    def __init__(self):
        self.t = dt.datetime(2024, 10, 15, 5, 58, 3, 120000)

    def tick(self):
        self.t += dt.timedelta(seconds=R.randint(2, 150), milliseconds=R.randint(0, 999))
        return self.t


CLK = Clock()


def iso(t, z="-04:00", ms=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (t.microsecond // 1000) if ms else "") + z


def dfmt(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"),
            "hl7": d.strftime("%Y%m%d"), "eu": d.strftime("%d.%m.%Y"),
            "txt": d.strftime("%d %b %Y"), "mon": d.strftime("%b %d, %Y")}[style]


def near_date(back=120, fwd=30):
    return TODAY + dt.timedelta(days=R.randint(-back, fwd))


# ---------------------------------------------------------------- systems
def g_physio():
    t = CLK.tick()
    L = Line("physio_json")
    host = R.choice(["bpam-ehr-01", "bpam-ehr-02"])
    base = [("level", 30), ("time", int(t.timestamp() * 1000)), ("pid", R.randint(1200, 9000)),
            ("hostname", host), ("name", "physiotrack")]
    r = R.random()
    if r < 0.45:
        items = base + [("msg", R.choice(["GET /health ok", "session store pruned", "pool stats",
                                           "template cache warm", "exercise library synced"])),
                        ("reqId", "req-" + rhex(6)), ("durMs", R.randint(1, 900)),
                        ("build", BUILDS[host])]
        return [jobj(L, items)]
    p = pat()
    dx = R.choice(ICD_PT)
    if r < 0.75:
        items = base + [("msg", "visit signed"), ("encounterId", "enc_" + rhex(12)),
                        ("patient", D([("mrn", P(p.mrn, "mrn")), ("name", P(name_lf(p), "name")),
                                       ("dob", P(dfmt(p.dob, "iso"), "date"))])),
                        ("dx", dx[0]), ("dxText", dx[1]), ("instrument", p.instr),
                        ("onset", P(dfmt(near_date(200, -10), "iso"), "date")),
                        ("therapist", R.choice(STAFF["pt"])),
                        ("plan", R.choice(["2x/wk x 6wk", "load mgmt + ergonomic assessment",
                                           "splint nightly, reduce practice to 45 min blocks"])),
                        ("cpt", ["97110", "97140", R.choice(["97530", "97035", "97112"])])]
        return [jobj(L, items, ea=R.random() < 0.4)]
    items = base + [
        ("msg", "intake form received"), ("formId", "frm-" + rhex(10)),
        ("pt", P(name_fl(p), "name")), ("studentId" if p.kind == "student" else "empNo",
                                        P(p.sid if p.kind == "student" else p.emp, "other_id")),
        ("phone", P(phone_fmt(p.phone, R.randint(0, 3)), "phone")),
        ("emergencyContact", D([("name", P(p.ec_name, "name")), ("rel", p.ec_rel),
                                ("phone", P(phone_fmt(p.ec_phone, 1), "phone"))])),
        ("practiceHoursPerDay", R.choice([3, 4, 5, 6, 8])), ("consent", True)]
    return [jobj(L, items, ea=R.random() < 0.4)]


def g_audiogram():
    t = CLK.tick()
    L = Line("audiogram_csv")
    if R.random() < 0.3:
        seq(L, [t.strftime("%Y-%m-%d %H:%M:%S"), "CAL", "Interacoustics Equinox 2.0",
                "SN " + rd(7), "TDH39", "ref=ANSI S3.6-2018", "dev_dB=%+.1f" % R.uniform(-0.9, 0.9),
                "PASS"], ",")
        return [L]
    p = pat()
    ear = R.choice(["L", "R"])
    thr = [str(R.choice([0, 5, 10, 15, 20, 25, 30, 40])) for _ in range(8)]
    items = [t.strftime("%Y-%m-%d %H:%M:%S"), "AUD", P(p.mrn, "mrn"), P(p.last, "name"),
             P(p.first, "name"), P(dfmt(p.dob, "us"), "date"), ear] + thr + [
        R.choice(["HCP-baseline", "HCP-annual", "post-tour", "STS-retest"]),
        "GSI AudioStar Pro", "SN " + rd(6), R.choice(STAFF["aud"]).split(",")[0].replace("Dr. ", "")]
    if p.age > 89:
        items.append(P(str(p.age), "age"))
    else:
        items.append(str(p.age))
    seq(L, items, ",")
    return [L]


IEM_MODELS = ["JH Audio Roxanne", "JH Audio Layla", "Sensaphonics 3MAX", "Westone ES80",
              "Ultimate Ears UE Live", "Etymotic ER-15 musician plug", "ACS Evolve",
              "Shure SE846 w/ custom sleeves"]


def g_iem():
    t = CLK.tick()
    L = Line("iem_kv")
    order = "LAB-%d-%05d" % (2024, R.randint(100, 99999))
    if R.random() < 0.5:
        kv(L, [("ts", iso(t)), ("evt", R.choice(["LAB_STATUS", "SHIPMENT", "QC"])),
               ("lab_order", order), ("status", R.choice(["in_production", "shipped", "qc_pass", "remake"])),
               ("carrier", R.choice(["UPS", "FedEx"])), ("trk", "1Z" + rhex(6).upper() + rd(10)),
               ("model", R.choice(IEM_MODELS))])
        return [L]
    p = pat()
    kv(L, [("ts", iso(t)), ("evt", "IEM_FIT"), ("lab_order", order), ("mrn", P(p.mrn, "mrn")),
           ("pt", P(name_lf(p), "name")), ("model", R.choice(IEM_MODELS)),
           ("impression_id", P("IMP-" + rd(6), "device")), ("shell_sn", P(R.choice(["JH", "SX", "WS"]) + rd(8), "device")),
           ("filter_dB", R.choice([9, 15, 25])), ("fit_date", P(dfmt(near_date(20, 20), "iso"), "date")),
           ("audiologist", R.choice(STAFF["aud"]))])
    return [L]


def g_dosim():
    t = CLK.tick()
    L = Line("dosimetry_syslog")
    L.t("<134>1 %s dosegw-01 dosed %d - - " % (iso(t, "Z"), R.randint(2000, 2400)))
    if R.random() < 0.55:
        kv(L, [("src", "area"), ("mon", "SLM-PIT-%d" % R.randint(1, 4)), ("sn", "NTi-XL3-" + rd(6)),
               ("venue", R.choice(["Verlaine Hall", "Rehearsal Studio B", "Orchestra Pit"])),
               ("LAeq_15m", "%.1f" % R.uniform(78, 96)), ("LCpeak", "%.1f" % R.uniform(110, 134))])
        return [L]
    p = R.choice(MUSICIANS + STUDENTS)
    kv(L, [("src", "badge"), ("badge_sn", P("SV104-" + rd(5), "device")), ("wearer", P(name_fl(p), "name")),
           ("emp", P(p.emp if p.kind == "musician" else p.sid, "other_id")), ("seat", p.instr),
           ("LEX8h", "%.1f" % R.uniform(80, 94)), ("dose_pct", R.randint(40, 310)),
           ("svc", "SVC-%04d" % R.randint(1, 900))])
    return [L]


def g_strobe():
    out = []
    t = CLK.tick()
    p = R.choice([x for x in PATIENTS if x.instr in ("soprano", "mezzo-soprano", "tenor", "baritone")] or PATIENTS)
    acc = "VC24-%05d" % R.randint(100, 9999)
    day = near_date(60, 0)
    L = Line("strobe_kv")
    L.t(t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000) + " INFO  [capture-ws3] ")
    kv(L, [("action", "STORE"), ("accession", P(acc, "other_id")), ("mrn", P(p.mrn, "mrn"))])
    L.t(" file=/vstore/vc/%s/" % rhex(2)).p(p.mrn, "mrn").t("_").p(dfmt(day, "hl7"), "date").t(
        "_%s.mp4" % R.choice(["strobe", "rigid70", "flex_chip"]))
    kv(L.t(" "), [("fps", R.choice([4000, 30, 60])), ("codec", "h264"), ("bytes", R.randint(10 ** 7, 9 * 10 ** 8)),
                  ("scope", R.choice(["KayPENTAX 9400", "Olympus ENF-VH", "Storz 8707"])),
                  ("sha256", rhex(64)[:16])])
    out.append(L)
    if R.random() < 0.5:
        L = Line("strobe_kv")
        t = CLK.tick()
        L.t(t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000) + " INFO  [voice-analysis] ")
        kv(L, [("accession", P(acc, "other_id")), ("F0_mean_Hz", "%.1f" % R.uniform(110, 320)),
               ("jitter_pct", "%.2f" % R.uniform(0.2, 2.1)), ("shimmer_dB", "%.2f" % R.uniform(0.1, 0.9)),
               ("CPPS", "%.1f" % R.uniform(8, 16)),
               ("spk_embed", P(base64.b64encode(bytes(R.randint(0, 255) for _ in range(36))).decode(), "biometric")),
               ("dx", R.choice(ICD_VOICE)[0])])
        out.append(L)
    else:
        L = Line("strobe_kv")
        t = CLK.tick()
        L.t(t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000) + " WARN  [archiver] ")
        kv(L, [("job", "arch-" + rhex(8)), ("queue_depth", R.randint(0, 40)), ("tier", "glacier"),
               ("msg", "retry upload after 503 from s3.us-east-1.amazonaws.com")])
        out.append(L)
    return out


def g_dicom():
    p = R.choice(PATIENTS)
    acc = "VC24-%05d" % R.randint(100, 9999)
    day = near_date(60, 0)
    out = []
    CLK.tick()
    rows = [("(0008,0020) DA [", P(dfmt(day, "hl7"), "date"), "]   #   8, 1 StudyDate"),
            ("(0008,0050) SH [", P(acc, "other_id"), "]   #  10, 1 AccessionNumber"),
            ("(0008,0070) LO [", "KayPENTAX", "]   #  10, 1 Manufacturer"),
            ("(0010,0010) PN [", P(p.last.upper() + "^" + p.first.upper(), "name"), "]   #  %2d, 1 PatientName"),
            ("(0010,0020) LO [", P(p.mrn, "mrn"), "]   #  10, 1 PatientID"),
            ("(0010,0030) DA [", P(dfmt(p.dob, "hl7"), "date"), "]   #   8, 1 PatientBirthDate"),
            ("(0018,1000) LO [", "RLS9400-" + rd(5), "]   #  14, 1 DeviceSerialNumber"),
            ("(0020,000d) UI [", "1.2.840.113619.2.%d.%d.%d" % (R.randint(100, 999), R.randint(10 ** 6, 10 ** 7), R.randint(10 ** 8, 10 ** 9)),
             "]   #  40, 1 StudyInstanceUID")]
    start = R.randint(0, 3)
    for a, v, c in rows[start:start + R.randint(3, 5)]:
        L = Line("dicom_dump")
        L.t(a)
        if isinstance(v, P):
            L.p(v.v, v.cat)
            if "%2d" in c:
                c = c % len(v.v.encode())
        else:
            L.t(v)
        L.t(c)
        out.append(L)
    return out


def g_counsel():
    t = CLK.tick()
    p = pat()
    L = Line("counsel_note")
    case = p.case
    who = R.choice(STAFF["psy"])
    L.t("NOTE|%s|" % t.strftime("%Y%m%d%H%M")).p(case, "other_id").t("|").p(p.mrn, "mrn").t("|%s|" % who.split(",")[0])
    nm = p.first
    recital = near_date(-5, 40)
    v = R.randint(0, 3)
    if v == 0:
        L.t("S: ").p(nm, "name").t(" reports racing heart and tremor in bow arm before juries; jury scheduled ").p(
            dfmt(recital, "us"), "date").t(". O: GAD-7 = %d, PHQ-9 = %d. A: performance anxiety, no SI. P: CBT exposure ladder, propranolol discussed w/ PCP." % (
                R.randint(6, 16), R.randint(2, 12)))
    elif v == 1:
        L.t("Session %d. Client (" % R.randint(2, 12)).p(name_fl(p), "name").t(
            ") attended with mother ").p(R.choice(FIRST) + " " + p.last, "name").t(
            ". Discussed audition for principal chair; mother can be reached at ").p(
            phone_fmt(p.ec_phone, 1), "phone").t(". Plan: mock audition in Studio C, review in 2 wks.")
    elif v == 2:
        L.t("Client ").p(name_fl(p), "name").t(" missed appt on ").p(dfmt(near_date(20, 0), "txt"), "date").t(
            "; left VM. Tour departs next week, will offer telehealth from hotel. No safety concerns.")
    else:
        L.t("Nachgespräch mit ").p(name_fl(p), "name").t(" (Austauschstudent/in), Lampenfieber vor dem Vorspiel am ").p(
            dfmt(recital, "eu"), "date").t("; Atemübungen besprochen, nächster Termin in 7 Tagen.")
    return [L]


def hl7_name(p):
    return p.last + "^" + p.first + "^" + p.mi


def g_hl7():
    t = CLK.tick()
    p = pat()
    typ = R.choice(["ADT^A04", "SIU^S12", "ADT^A08"])
    ctl = "BP%s%04d" % (t.strftime("%H%M%S"), R.randint(0, 9999))
    out = []
    L = Line("hl7v2")
    L.t("MSH|^~\\&|BPAM-EHR|BPAM|%s|BSO|%s||%s|%s|P|2.5.1" % (
        "OPAS" if typ.startswith("SIU") else "TOURINS", t.strftime("%Y%m%d%H%M%S"), typ, ctl))
    out.append(L)
    if typ.startswith("SIU"):
        L = Line("hl7v2")
        appt = dt.datetime.combine(near_date(0, 21), dt.time(R.randint(8, 17), R.choice([0, 15, 30, 45])))
        L.t("SCH|%d|||||%s|%s|30|min|^^30^" % (R.randint(10000, 99999), R.choice(["NEW", "FU"]),
                                               R.choice(["PHYSIO^Physio eval", "VOICE^Strobe", "AUD^HCP audiogram", "PAC^Counselling"])))
        L.p(appt.strftime("%Y%m%d%H%M"), "date").t("|||||%s" % R.choice(STAFF["pt"] + STAFF["aud"]).split(",")[0].replace(" ", "^", 1))
        out.append(L)
    L = Line("hl7v2")
    L.t("PID|1||").p(p.mrn, "mrn").t("^^^BPAM^MR")
    if p.kind == "student":
        L.t("~").p(p.sid, "other_id").t("^^^BWCONS^SN")
    L.t("||").p(hl7_name(p), "name").t("||").p(dfmt(p.dob, "hl7"), "date").t("|%s|||" % p.sex)
    L.p(p.street, "address").t("^^").p(p.city, "address").t("^%s^" % p.state).p(p.zip, "zip").t("^USA||")
    L.p(phone_fmt(p.phone, 0), "phone").t("^PRN^PH^").p(p.email, "email").t("|||||").p(p.acct, "account")
    if R.random() < 0.85:
        L.t("|").p(ssn(valid=R.random() > 0.1), "ssn")
    out.append(L)
    if R.random() < 0.6:
        L = Line("hl7v2")
        L.t("NK1|1|").p(p.ec_name.split(" ")[-1] + "^" + p.ec_name.split(" ")[0], "name").t(
            "|%s^%s^HL70063|" % (p.ec_rel[:3].upper(), p.ec_rel)).t("|").p(phone_fmt(p.ec_phone, 0), "phone")
        out.append(L)
    L = Line("hl7v2")
    doc = R.choice(STAFF["lar"] + STAFF["pt"])
    dn = doc.split(",")[0].replace("Dr. ", "").split(" ")
    L.t("PV1|1|O|BPAM^%s^01||||%s^%s^%s|" % (R.choice(["PHYS", "VOIC", "AUD", "PAC"]), STAFF_NPI[doc], dn[-1], dn[0]))
    out.append(L)
    if R.random() < 0.6:
        L = Line("hl7v2")
        L.t("IN1|1|%s|%d|%s|||||%s||||||" % ("TRV01" if R.random() < 0.5 else "MED01", R.randint(1000, 9999),
                                              p.plan, GROUP_POLICY if R.random() < 0.5 else ""))
        L.p(hl7_name(p), "name").t("|SEL|").p(dfmt(p.dob, "hl7"), "date").t("||||||||||||||||||").p(p.member, "health_plan")
        out.append(L)
    return out


def g_fhir():
    t = CLK.tick()
    p = pat()
    L = Line("fhir_json")
    r = R.random()
    if r < 0.4:
        given = [P(p.first, "name")]
        items = [("resourceType", "Patient"), ("id", P(p.fhir, "other_id")),
                 ("meta", D([("versionId", str(R.randint(1, 9))), ("lastUpdated", iso(t))])),
                 ("identifier", [D([("system", "urn:oid:2.16.840.1.113883.3.9172.1"), ("value", P(p.mrn, "mrn"))])]),
                 ("name", [D([("use", "official"), ("family", P(p.last, "name")), ("given", given)])]),
                 ("telecom", [D([("system", "phone"), ("value", P(phone_fmt(p.phone, 2), "phone"))]),
                              D([("system", "email"), ("value", P(p.email, "email"))])]),
                 ("gender", {"F": "female", "M": "male", "X": "other"}[p.sex]),
                 ("birthDate", P(dfmt(p.dob, "iso"), "date")),
                 ("address", [D([("line", [P(p.street, "address")]), ("city", P(p.city, "address")),
                                 ("state", p.state), ("postalCode", P(p.zip, "zip"))])])]
        if p.cjk:
            items[3:3] = []
            items.append(("extension", [D([("url", "http://hl7.org/fhir/StructureDefinition/iso21090-EN-representation"),
                                           ("valueString", P(p.cjk, "name"))])]))
        return [jobj(L, items, ea=R.random() < 0.5)]
    if r < 0.75:
        st = dt.datetime.combine(near_date(0, 30), dt.time(R.randint(8, 17), R.choice([0, 30])))
        items = [("resourceType", "Appointment"), ("id", "appt-" + rhex(10)), ("status", "booked"),
                 ("serviceType", [D([("text", R.choice(["Physiotherapy follow-up", "Voice clinic stroboscopy",
                                                         "IEM fitting", "Performance anxiety counselling"]))])]),
                 ("start", P(st.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date")),
                 ("minutesDuration", R.choice([30, 45, 60])),
                 ("participant", [D([("actor", D([("reference", P("Patient/" + p.fhir, "other_id")),
                                                  ("display", P(name_fl(p), "name"))])), ("status", "accepted")]),
                                  D([("actor", D([("reference", "Practitioner/" + R.choice(list(STAFF_NPI.values()))),
                                                  ("display", R.choice(STAFF["pt"] + STAFF["slp"]))])), ("status", "accepted")])])]
        return [jobj(L, items)]
    items = [("resourceType", "Coverage"), ("id", "cov-" + rhex(8)), ("status", "active"),
             ("subscriberId", P(p.member, "health_plan")),
             ("beneficiary", D([("reference", P("Patient/" + p.fhir, "other_id"))])),
             ("payor", [D([("display", p.plan)])]),
             ("period", D([("start", "2024-01-01")]))]
    return [jobj(L, items)]


def g_x12():
    t = CLK.tick()
    p = pat()
    out = []
    segs = []
    icn = "%09d" % R.randint(1, 999999999)
    segs.append(["ISA*00*          *00*          *ZZ*BPAM0142       *ZZ*TOURINSCO      *%s*%s*^*00501*%s*0*P*:~" % (
        t.strftime("%y%m%d"), t.strftime("%H%M"), icn)])
    segs.append(["GS*HC*BPAM0142*TOURINSCO*%s*%s*%d*X*005010X222A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(1, 9999))])
    segs.append(["NM1*85*2*BRIGHTWATER PERFORMING ARTS MEDICINE*****XX*%s~" % ORG_NPI])
    segs.append(["N3*400 CONSERVATORY LANE~"])
    segs.append(["PER*IC*BILLING OFFICE*TE*%s*FX*%s~" % (ORG_PHONE.replace("-", ""), ORG_FAX.replace("-", ""))])
    segs.append(["NM1*IL*1*", P(p.last.upper(), "name"), "*", P(p.first.upper(), "name"), "****MI*", P(p.member, "health_plan"), "~"])
    segs.append(["N3*", P(p.street.upper(), "address"), "~"])
    segs.append(["N4*", P(p.city.upper(), "address"), "*%s*" % p.state, P(p.zip, "zip"), "~"])
    segs.append(["DMG*D8*", P(dfmt(p.dob, "hl7"), "date"), "*%s~" % ("U" if p.sex == "X" else p.sex)])
    segs.append(["CLM*", P(p.acct, "account"), "*%d.00***11:B:1*Y*A*Y*Y~" % R.randint(90, 480)])
    segs.append(["DTP*472*D8*", P(dfmt(near_date(45, 0), "hl7"), "date"), "~"])
    segs.append(["HI*ABK:%s~" % R.choice(ICD_PT + ICD_VOICE)[0].replace(".", "")])
    segs.append(["SV1*HC:%s*%d*UN*1***1~" % (R.choice(["97110", "31579", "92557", "90834"]), R.randint(60, 300))])
    start = R.randint(0, 4)
    for s in segs[start:start + R.randint(4, 8)]:
        L = Line("x12_837")
        for x in s:
            if isinstance(x, P):
                L.p(x.v, x.cat)
            else:
                L.t(x)
        out.append(L)
    return out


VENUES = ["Musikverein, Wien", "Elbphilharmonie, Hamburg", "Suntory Hall, Tokyo",
          "Royal Albert Hall, London", "Palau de la Música, Barcelona"]


def g_tourclaim():
    t = CLK.tick()
    L = Line("tourclaim_logfmt")
    base = [("ts", iso(t, "Z")), ("svc", "tourclaim")]
    r = R.random()
    if r < 0.45:
        kv(L, base + [("level", R.choice(["info", "debug"])), ("msg", R.choice(["itinerary sync", "fx rates refreshed", "policy cache hit"])),
                      ("policy", GROUP_POLICY), ("leg", R.choice(VENUES)), ("trace_id", rhex(32)), ("span_id", rhex(16)),
                      ("dur", "%dms" % R.randint(2, 800)), ("truck_vin", TRUCK_VIN)])
        return [L]
    p = R.choice(MUSICIANS + STUDENTS)
    k = R.randint(0, 3)
    claim = "TC-%s-%06d" % (["MED", "INS", "VEH", "REI"][k], R.randint(1, 999999))
    items = base + [("level", "info"), ("msg", "claim submitted"), ("claim_id", P(claim, "other_id")),
                    ("policy", GROUP_POLICY), ("cert_no", P(p.cert, "health_plan")),
                    ("claimant", P(name_fl(p), "name")), ("incident_date", P(dfmt(near_date(60, 0), "iso"), "date")),
                    ("venue", R.choice(VENUES))]
    if k == 0:
        items += [("type", "medical"), ("passport", P(p.passport, "license")), ("amount_eur", "%.2f" % R.uniform(80, 2400))]
    elif k == 1:
        items += [("type", "instrument_damage"), ("instrument_sn", P(R.choice(["YTR-", "B&H ", "CONN "]) + rd(6), "other_id")),
                  ("appraisal", "%.2f" % R.uniform(900, 40000))]
    elif k == 2:
        items += [("type", "rental_vehicle"), ("vin", P(vin(), "vehicle")),
                  ("plate", P(R.choice(["W-", "HH-", "B-"]) + R.choice("ABCDKLMX") + R.choice("ABCDKLMX") + " " + rd(3), "vehicle"))]
    else:
        items += [("type", "reimbursement"), ("iban", P("DE%02d%s" % (R.randint(10, 99), rd(18)), "account")),
                  ("email", P(p.email, "email"))]
        if True:
            items += [("claimant_fax", P(phone_fmt(mkphone(), 1), "fax")), ("insurer_fax", "+44 20 7946 0%03d" % R.randint(0, 999))]
    kv(L, items)
    return [L]


def g_claimxml():
    t = CLK.tick()
    p = R.choice(MUSICIANS)
    L = Line("claim_xml")
    if R.random() < 0.35:
        L.t('<Ack ts="%s" batch="B%s" status="ACCEPTED" count="%d" xmlns="urn:tourins:claims:v3"/>' % (
            iso(t, "Z", False), rd(8), R.randint(1, 40)))
        return [L]
    L.t('<ClaimAck ts="%s"><ClaimNo>' % iso(t, "Z", False)).p("TC-MED-%06d" % R.randint(1, 999999), "other_id")
    L.t("</ClaimNo><Member id=\"").p(p.cert, "health_plan").t('"><Name>').p(name_fl(p).replace("'", "&apos;"), "name", raw=name_fl(p), kind="xml")
    L.t("</Name><BirthDate>").p(dfmt(p.dob, "iso"), "date").t("</BirthDate><Visa type=\"P-1\">").p(
        p.visa, "license").t("</Visa></Member><Policy>%s</Policy><Status>PENDED</Status></ClaimAck>" % GROUP_POLICY)
    return [L]


def g_elig():
    L = Line("elig_fixed")
    CLK.tick()
    if R.random() < 0.2:
        L.t("HDR" + "TOURINSCO".ljust(15) + GROUP_POLICY.ljust(20) + "20241015" + "ELIG".ljust(8) + "%06d" % R.randint(1, 400))
        return [L]
    p = R.choice(MUSICIANS + STUDENTS)
    cert = p.cert
    ln = (p.last.upper()[:20]).ljust(20)
    fn = (p.first.upper()[:15]).ljust(15)
    L.t("DTL").p(cert, "health_plan").t(" ")
    L.p(ln.rstrip(), "name").t(" " * (20 - len(ln.rstrip())))
    L.p(fn.rstrip(), "name").t(" " * (15 - len(fn.rstrip())))
    L.p(dfmt(p.dob, "hl7"), "date").t(p.sex if p.sex != "X" else "U")
    L.t("20240101").t("20241231").t("EMP" if p.kind == "musician" else "STU")
    return [L]


REP = ["Mahler 5", "Brahms 2", "Sibelius Vn Concerto", "Beethoven 9", "Rite of Spring", "Bartók Concerto for Orch"]


def g_opas():
    L = Line("opas_csv")
    CLK.tick()
    svc = "SVC-%04d" % R.randint(1, 900)
    d = TODAY + dt.timedelta(days=R.randint(0, 30))
    if R.random() < 0.7:
        seq(L, [svc, d.strftime("%Y-%m-%d"), R.choice(["10:00", "14:00", "19:30"]), R.choice(["Verlaine Hall", "Studio B", "Sectional Rm 3"]),
                '"%s"' % R.choice(REP), R.choice(CONDUCTORS), R.choice(["full", "strings only", "winds+brass", "dress"]),
                "libr=Ottoline Marsh", "sm=Carlos Beaumont"], ",")
        return [L]
    p = R.choice(MUSICIANS + STUDENTS)
    until = near_date(-7, 60)
    seq(L, [svc, d.strftime("%Y-%m-%d"), R.choice(["10:00", "14:00"]), "Verlaine Hall", '"%s"' % R.choice(REP), R.choice(CONDUCTORS),
            "RESTRICT", P(p.emp if p.kind == "musician" else p.sid, "other_id"), P(name_lf(p).replace(",", ""), "name"),
            p.instr], ",")
    L.t(',"per BPAM: max 90 min playing/day until ').p(dfmt(until, "us"), "date").t('; sub from extra list"')
    return [L]


ACCESS = ["wheelchair space + companion", "assistive listening (loop)", "ASL interpreter", "audio description",
          "large-print program", "service dog", "aisle seat, no stairs", "captioning device"]


def g_box():
    t = CLK.tick()
    L = Line("boxoffice_json")
    if R.random() < 0.45:
        jobj(L, [("@timestamp", iso(t)), ("log.level", "info"), ("service", "tix-access"),
                 ("event", R.choice(["seatmap.refresh", "perf.onsale", "cache.evict"])),
                 ("perf_id", "P%d" % R.randint(20240, 20300)), ("venue", "Verlaine Hall"),
                 ("order_no", "ORD-%07d" % R.randint(1, 9999999)), ("sku", "SUB-FLEX6-%s" % R.choice(["A", "B", "C"])),
                 ("box_office_phone", ORG_PHONE)])
        return [L]
    p = R.choice(PATRONS[:3]) if R.random() < 0.3 else patron()
    perf = TODAY + dt.timedelta(days=R.randint(1, 60))
    items = [("@timestamp", iso(t)), ("log.level", "info"), ("service", "tix-access"), ("event", "access.request"),
             ("constituent_id", P(p.patron, "other_id")), ("patron", D([("name", P(name_fl(p), "name")),
                                                                       ("email", P(p.email, "email")),
                                                                       ("phone", P(phone_fmt(p.phone, R.randint(0, 3)), "phone"))])),
             ("perf_date", P(perf.isoformat(), "date")), ("order_no", "ORD-%07d" % R.randint(1, 9999999)),
             ("seats", ["ORCH %s %d" % (R.choice("KLMN"), R.randint(1, 30))]), ("needs", [R.choice(ACCESS)])]
    if p.age > 89:
        items.append(("age", P(p.age, "age")))
        items.append(("note", "drop-off at Loading Dock A, escort from curb"))
    elif R.random() < 0.3:
        items.append(("companion", P(R.choice(FIRST) + " " + R.choice(LAST), "name")))
    if R.random() < 0.3:
        items.append(("parking", D([("placard", P("PA-DP-" + rd(7), "license")),
                                    ("plate", P(R.choice(["K", "L", "M"]) + R.choice("ABCDEFGHJ") + R.choice("ABCDEFGHJ") + "-" + rd(4), "vehicle"))])))
    if R.random() < 0.25:
        items.append(("payment", D([("pan", P(card(valid=R.random() > 0.15), "account")), ("exp", "%02d/%d" % (R.randint(1, 12), R.randint(25, 29))),
                                    ("note", "DEBUG raw pan logged - JIRA BOX-%d" % R.randint(100, 999))])))
    else:
        items.append(("payment", D([("pan_masked", "************" + rd(4)), ("auth", rhex(6).upper())])))
    return [jobj(L, items)]


UA = ["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36"]


def g_nginx():
    t = CLK.tick()
    L = Line("nginx_access")
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0400]")
    r = R.random()
    if r < 0.5:
        ip = R.choice(["66.249.66.%d" % R.randint(1, 200), "10.40.1.5", "54.183.%d.%d" % (R.randint(1, 254), R.randint(1, 254))])
        path = R.choice(["/healthz", "/static/js/app.4f1c2e9.js", "/robots.txt", "/boxoffice/perf/P20247/seatmap.json",
                         "/static/img/verlaine-hall.webp", "/api/v1/status"])
        ua = R.choice(["Googlebot/2.1 (+http://www.google.com/bot.html)", "kube-probe/1.29", "Pingdom.com_bot_version_1.4"])
        L.t('%s - - %s "GET %s HTTP/1.1" %d %d "-" "%s" rt=%.3f' % (ip, ts, path, R.choice([200, 200, 304, 404]),
                                                                     R.randint(0, 90000), ua, R.uniform(0, 0.4)))
        return [L]
    if r < 0.75:
        p = pat()
        path = R.choice(["/portal/api/v1/patients/%s/appointments?from=2024-10-01" % p.mrn,
                         "/portal/api/v1/patients/%s/audiograms/latest" % p.mrn,
                         "/portal/api/v1/patients/%s/documents?type=return-to-play" % p.mrn,
                         "/portal/messages?patient=%s&thread=%d" % (p.mrn, R.randint(100, 9999))])
        meth = "POST" if path.startswith("/portal/messages") else "GET"
        L.p(p.ip, "ip").t(" - ").p(p.user, "other_id").t(" %s \"%s " % (ts, meth)).p(path, "url")
        L.t(' HTTP/2.0" %d %d "https://portal.bpam.brightwater.org/" "%s" rt=%.3f' % (
            R.choice([201, 201, 403]) if meth == "POST" else R.choice([200, 200, 304, 401]), R.randint(200, 30000), R.choice(UA), R.uniform(0.01, 1.2)))
        return [L]
    p = patron()
    raw = "/boxoffice/access-request?patron=%s&email=%s" % (p.patron, urllib.parse.quote(p.email, safe=""))
    L.p(p.ip, "ip").t(" - - %s \"POST " % ts).p(raw, "url").t(' HTTP/1.1" 302 0 "https://tickets.brightwatersymphony.org/accessibility" "%s" rt=%.3f' % (
        R.choice(UA), R.uniform(0.05, 0.6)))
    return [L]


def g_sms():
    t = CLK.tick()
    L = Line("sms_gw")
    sid = "SM" + rhex(32)
    if R.random() < 0.3:
        L.t("%s sms-gw[%d]: DLR sid=%s status=%s err=%s carrier=%s segs=%d" % (
            iso(t), R.randint(300, 900), sid, R.choice(["delivered", "undelivered", "sent"]), R.choice(["0", "30007", "0"]),
            R.choice(["T-Mobile", "Verizon", "AT&T"]), R.randint(1, 3)))
        return [L]
    if R.random() < 0.7:
        p = pat()
        appt = dt.datetime.combine(near_date(-1, 7), dt.time(R.randint(8, 17), R.choice([0, 30])))
        L.t("%s sms-gw[%d]: OUT sid=%s from=+16105550150 to=" % (iso(t), R.randint(300, 900), sid)).p(phone_fmt(p.phone, 2), "phone")
        L.t(' body="Hi ').p(p.first, "name").t(", reminder from BPAM: %s on " % R.choice(["voice clinic", "physio", "hearing test", "IEM fitting"]))
        L.p("%d/%d" % (appt.month, appt.day), "date").t(" at %s. Reply C to confirm, R to reschedule. Questions? %s\"" % (
            ("%d:%02d%s" % ((appt.hour - 1) % 12 + 1, appt.minute, "am" if appt.hour < 12 else "pm")), ORG_PHONE))
    else:
        p = patron()
        L.t("%s sms-gw[%d]: IN sid=%s from=" % (iso(t), R.randint(300, 900), sid)).p(phone_fmt(p.phone, 2), "phone")
        L.t(' to=+16105550151 body="this is ').p(name_fl(p), "name").t(
            ' - my mother is in a wheelchair, can we get the space for the ').p(
            "{0.month}/{0.day}".format(TODAY + dt.timedelta(days=R.randint(2, 40))), "date").t(' concert? thx"')
    return [L]


def g_chat():
    t = CLK.tick()
    L = Line("teams_chat")
    who = R.choice(["Ines Marchetti", "Kofi Ansah-Brown", "Tamsin Oduya", "Dolores Fenwick", "Gareth Pryce", "Rafael Quintero"])
    ch = R.choice(["#bpam-frontdesk", "#voice-clinic", "#boxoffice-access", "#tour-medical"])
    L.t("%s\t%s\t%s\t" % (t.strftime("%Y-%m-%d %H:%M"), who, ch))
    v = R.randint(0, 6)
    if v == 0:
        L.t("printer on 2nd floor jammed again, ticket INC%07d opened with facilities" % R.randint(1, 9999999))
    elif v == 1:
        L.t("reminder: Shure rep (Jordan Whitfield) demoing SE846 Pro at 3pm in the lounge, ext 0147")
    elif v == 2:
        p = pat()
        L.t("can someone move ").p(name_fl(p), "name").t(" (").p(p.mrn, "mrn").t(") to Thu? they have a sectional until 4")
    elif v == 3:
        p = pat()
        L.t("FYI ").p(p.first + " " + p.last[0] + ".", "name").t(" needs a fit-for-tour letter before the ").p(
            dfmt(near_date(-3, 20), "mon"), "date").t(" departure, insurer wants it with cert ").p(p.cert, "health_plan")
    elif v == 4:
        p = patron()
        L.t("patron ").p(name_fl(p), "name").t(" called again re: loop receiver, cb ").p(phone_fmt(p.phone, 1), "phone")
        if p.age > 89:
            L.t(" - she is ").p(str(p.age), "age").t(", pls be patient on the phone")
    elif v == 5:
        L.t("Mahler 5 dress moved to 2pm, Verlaine Hall; stage door code changes Monday")
    else:
        p = pat()
        L.t("strobe from this morning uploaded for ").p(p.last, "name").t(", looks like bilateral nodules, Dr. P wants SLP f/u")
    return [L]


def g_java():
    t = CLK.tick()
    out = []
    L = Line("java_trace")
    thread = "http-nio-8443-exec-%d" % R.randint(1, 40)
    L.t("%s ERROR [%s] o.b.b.s.%s - " % (t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), thread,
                                         R.choice(["ScheduleSyncService", "ClaimExportJob", "AccessRequestHandler"])))
    v = R.randint(0, 2)
    if v == 0:
        p = pat()
        L.t("Failed to push restriction for patient ").p(p.mrn, "mrn").t(" to OPAS: HTTP 409 conflict (service %s)" % ("SVC-%04d" % R.randint(1, 900)))
        exc = "org.springframework.web.client.HttpClientErrorException$Conflict: 409 Conflict"
    elif v == 1:
        p = patron()
        L.t("Validation failed for AccessRequest{constituentId=").p(p.patron, "other_id").t(", email='").p(p.email, "email").t("', dob=").p(
            dfmt(p.dob, "iso"), "date").t("}")
        exc = "jakarta.validation.ConstraintViolationException: perfDate: must be a future date"
    else:
        L.t("Export batch %s aborted after %d records" % (rhex(8), R.randint(1, 300)))
        exc = "java.net.SocketTimeoutException: Read timed out"
    out.append(L)
    out.append(Line("java_trace").t(exc))
    frames = ["at java.base/java.net.SocketInputStream.socketRead0(Native Method)",
              "at org.brightwater.bpam.sched.ScheduleSyncService.pushRestriction(ScheduleSyncService.java:%d)" % R.randint(80, 400),
              "at org.brightwater.bpam.claims.ClaimExportJob.run(ClaimExportJob.java:%d)" % R.randint(40, 200),
              "at org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:915)",
              "at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
              "at java.base/java.lang.Thread.run(Thread.java:1583)"]
    for f in R.sample(frames, R.randint(2, 4)):
        out.append(Line("java_trace").t("\t" + f))
    if R.random() < 0.4:
        out.append(Line("java_trace").t("\t... %d common frames omitted" % R.randint(10, 60)))
    return out


def g_pg():
    t = CLK.tick()
    L = Line("pg_audit")
    L.t("%s EDT [%d] %s@bpam LOG:  " % (t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), R.randint(10000, 60000),
                                       R.choice(["svc_opas", "svc_hl7", "etl_tourins", "app_portal"])))
    v = R.randint(0, 3)
    if v == 0:
        L.t("duration: %.3f ms  statement: VACUUM (ANALYZE) audiogram_thresholds" % R.uniform(10, 9000))
    elif v == 1:
        L.t("checkpoint complete: wrote %d buffers (%.1f%%); %d WAL file(s) added" % (R.randint(100, 9000), R.uniform(0, 9), R.randint(0, 3)))
    elif v == 2:
        p = pat()
        L.t("AUDIT: SESSION,%d,1,READ,SELECT,,,\"SELECT * FROM patient WHERE last_name = '" % R.randint(1, 999)).p(
            p.last.replace("'", "''"), "name", raw=p.last, kind="sql").t("' AND birth_date = '").p(dfmt(p.dob, "iso"), "date").t("'\",<not logged>")
    else:
        p = pat()
        L.t("duration: %.3f ms  execute S_%d: UPDATE pt_contact SET phone=$1, email=$2 WHERE mrn=$3" % (R.uniform(0.1, 5), R.randint(1, 40)))
        L.t(" -- DETAIL: parameters: $1 = '").p(phone_fmt(p.phone, 4), "phone").t("', $2 = '").p(p.email, "email").t("', $3 = '").p(p.mrn, "mrn").t("'")
    return [L]


def g_infra():
    t = CLK.tick()
    L = Line("infra_syslog")
    host = R.choice(HOSTS)
    head = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
    msg = R.choice([
        "sshd[%d]: Accepted publickey for %s from 10.40.9.%d port %d ssh2: ED25519 SHA256:%s" % (
            R.randint(1000, 60000), R.choice(STAFF_USERS), R.randint(2, 250), R.randint(30000, 65000),
            base64.b64encode(hashlib.sha256(rhex(8).encode()).digest()).decode()[:43]),
        "CRON[%d]: (root) CMD (/usr/local/bin/vstore-prune --older-than 2555d)" % R.randint(1000, 60000),
        "certbot[%d]: Certificate for tickets.brightwatersymphony.org renewed, expires 2025-01-13" % R.randint(100, 9000),
        "restic[%d]: snapshot %s saved, %d files, %.2f GiB added" % (R.randint(100, 9000), rhex(8), R.randint(100, 90000), R.uniform(0.1, 40)),
        "kernel: [%d.%06d] eth0: link up, 10000 Mbps, full duplex" % (R.randint(1000, 900000), R.randint(0, 999999)),
        "systemd[1]: Started hl7-engine.service - Mirth Connect 4.5.0 (build 5).",
        "postfix/smtp[%d]: %s: to=<clinic@bpam.brightwater.org>, relay=mx1.brightwater.org[66.42.91.25]:25, status=sent" % (R.randint(100, 9000), rhex(10).upper()),
    ])
    L.t("%s %s %s" % (head, host, msg))
    return [L]


def g_photo():
    """conservatory health registration with ID-badge headshot (rare)"""
    t = CLK.tick()
    p = R.choice(STUDENTS)
    L = Line("physio_json")
    img = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(R.randint(0, 255) for _ in range(60))).decode()
    items = [("level", 30), ("time", int(t.timestamp() * 1000)), ("hostname", "bpam-ehr-01"), ("name", "physiotrack"),
             ("msg", "student health registration imported"), ("studentId", P(p.sid, "other_id")),
             ("legalName", P(name_fl(p), "name"))]
    if p.cjk:
        items.append(("nativeName", P(p.cjk, "name")))
    items += [("homeAddress", P("%s, %s, %s" % (p.street, p.city, p.state), "address")), ("homeZip", P(p.zip, "zip")),
              ("ssn", "000-00-0000"),
              ("website", P("https://www.%s%s.com" % (p.last.lower().replace(" ", "").replace("'", "").encode("ascii", "ignore").decode(), p.instr.split()[-1].split("-")[-1]), "url")),
              ("badgePhotoMime", "image/jpeg"), ("badgePhotoB64", P(img, "photo")),
              ("phoneImei", P(p.imei, "device"))]
    return [jobj(L, items, ea=True)]


def g_hearingaid():
    t = CLK.tick()
    p = R.choice(RETIREES + MUSICIANS[:4])
    L = Line("iem_kv")
    kv(L, [("ts", iso(t)), ("evt", "HA_FIT"), ("mrn", P(p.mrn, "mrn")), ("pt", P(name_lf(p), "name")),
           ("age", P(str(p.age), "age") if p.age > 89 else str(p.age)), ("device", "Phonak Audéo L90-R"),
           ("sn_L", P(p.ha[0], "device")), ("sn_R", P(p.ha[1], "device")), ("bt_mac", P(p.ha[2], "device")),
           ("payer", p.plan), ("mbi" if p.plan == "Medicare" else "member_id", P(p.member, "health_plan"))])
    return [L]


BUILDS = {"bpam-ehr-01": "physiotrack@4.7.2+9c1e04b", "bpam-ehr-02": "physiotrack@4.7.3-rc.1+e50ba4d"}
GENS = [(g_physio, 10), (g_audiogram, 6), (g_iem, 6), (g_dosim, 5), (g_strobe, 4), (g_dicom, 2), (g_counsel, 4),
        (g_hl7, 2), (g_fhir, 4), (g_x12, 1), (g_tourclaim, 6), (g_claimxml, 3), (g_elig, 3), (g_opas, 6),
        (g_box, 8), (g_nginx, 10), (g_sms, 5), (g_chat, 6), (g_java, 2), (g_pg, 5), (g_infra, 28),
        (g_photo, 2), (g_hearingaid, 2)]


def check(lines):
    for n, (b, spans, checks, fam) in enumerate(lines, 1):
        assert b and b"\n" not in b and b"\r" not in b, ("bad line", n)
        b.decode("utf-8")
        prev = 0
        for sp, (text, raw, kind) in zip(spans, checks):
            s, e = sp["s"], sp["e"]
            if not (0 <= s < e <= len(b)):
                sys.exit("span out of range line %d %r" % (n, sp))
            if s < prev:
                sys.exit("overlap line %d" % n)
            prev = e
            got = b[s:e].decode("utf-8")
            if got != text:
                sys.exit("span text mismatch line %d: %r vs %r" % (n, got, text))
            if kind == "json":
                dec = json.loads('"' + got + '"')
            elif kind == "bs":
                dec = got.replace('\\"', '"')
            elif kind == "xml":
                dec = got.replace("&apos;", "'")
            elif kind == "sql":
                dec = got.replace("''", "'")
            else:
                dec = got
            if dec != raw:
                sys.exit("decoded mismatch line %d: %r vs %r" % (n, dec, raw))
            if sp["cat"] not in CATS:
                sys.exit("bad cat line %d %s" % (n, sp["cat"]))


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}


def main():
    fns = [g for g, w in GENS for _ in range(w)]
    lines = []
    while len(lines) < NLINES:
        g = R.choice(fns)
        for L in g():
            if len(lines) >= NLINES:
                break
            b, spans, checks = L.build()
            lines.append((b, spans, checks, L.fam))
    check(lines)
    with open(ID + ".log", "wb") as f:
        for b, _, _, _ in lines:
            f.write(b + b"\n")
    with open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for n, (b, spans, _, fam) in enumerate(lines, 1):
            f.write(json.dumps({"line": n, "family": fam, "spans": spans}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
