#!/usr/bin/env python3
"""gen_qn.py - synthetic, labeled log corpus for a PHI detector (corpus "qn").

Organisation: "ClearSlate Laser & Skin", a tattoo-removal and laser
dermatology chain with four clinics (ATX01 Austin TX, PHX02 Phoenix AZ,
SAN03 San Diego CA, DEN04 Denver CO).  Everything is synthetic; all people,
numbers and addresses are made up.  Standard library only, fixed seed:
two runs give byte-identical qn.log / qn.labels.jsonl.

Systems simulated (20, interleaved as a SIEM / log-shipper export would):
  consentpad     - consent tablet backend (Python structlog JSON, ensure_ascii,
                   so accented names appear as \\u00e9 escapes), EN/ES forms
  photovault     - before/after photo vault service (Go zap JSON)
  s3_access      - S3 server access log of the photo bucket
  picowave_kv    - laser device session log, vendor A (key=value)
  qontour_pipe   - laser device session log, vendor B (pipe delimited)
  fin_pino       - patient-financing API (Node pino JSON)
  lender_xml     - financing partner decision messages (one-line XML)
  billing_logfmt - "Glow Club" membership billing worker (logfmt)
  stripe_webhook - Stripe webhook event bodies (JSON)
  nacha_ach      - NACHA ACH file for membership debits (94-char fixed width)
  nginx_portal   - patient portal nginx access log
  hl7v2          - DermaChart EMR HL7 v2.5.1 SIU^S12 / ADT^A04, one segment a line
  x12_270        - X12 005010X279A1 eligibility request (medical laser derm),
                   one segment a line
  sms_notify     - appointment reminder / inbound SMS (Twilio-like, logfmt)
  syslog         - sshd/cron/MDM/DHCP/guest-wifi captive portal (RFC3164/5424)
  java_sched     - Spring Boot scheduling service errors + stack traces
  postgres       - PostgreSQL server log (slow queries, DETAIL lines)
  slack_chat     - staff Slack export (JSON per message)
  emr_csv        - DermaChart daily treatment CSV export
  emr_note       - DermaChart free-text treatment notes (SOAP, one line each)

Labeling decisions (grey cases, applied consistently):
  * Staff (laser techs, RNs, MDs, front desk, Slack users, device operators
    "op=bcole"), clinician NPIs, the org, its clinics, addresses, phones,
    emails, domains, vendors and lenders are NOT PHI.
  * Clinic-owned equipment is NOT PHI: laser serials, handpiece serials,
    consent tablet serials/UDIDs, AP MACs, lot numbers, SKUs, PO numbers,
    IT ticket numbers.  Devices the patient carries ARE `device`: their
    phone's MAC on guest wifi, IMEI / push device id in the portal app, and
    a DHCP hostname like "Keishas-iPhone".
  * Patient IDs (CSL-######## MRN, DermaChart internal patient ids, FHIR-like
    ids in URLs, laser "PATID") -> `mrn`; EMR account numbers (PID-18,
    A#######), patient invoice numbers, Glow Club membership numbers,
    Stripe customer ids (cus_...), loan/credit-line account numbers, bank
    account numbers and full card PANs -> `account`.  Stripe charge/invoice
    object ids (ch_, in_, evt_), appointment ids, consent envelope ids,
    session ids, trace ids are transaction/record ids: NOT labeled.
  * Lender application numbers, court/probation referral case numbers,
    photo-share tokens inside links -> `other_id` (share links: whole URL is
    `url` instead, one span).  Medicare MBI and Medicaid IDs -> `health_plan`.
  * Partial numbers (card last4, SSN last4) are NOT labeled (not unique).
    Junk/invalid SSNs typed by a patient ARE labeled `ssn`.
  * When an identifier sits inside a larger string (S3 key, URL path,
    file name), only the identifier is labeled (mrn, and the service date
    in the key as `date`); the URL as a whole is `url` only for share
    links that identify the patient's photo set.
  * Tattoo inscriptions naming a person (ex-partner, relative, "RIP Papa")
    are labeled `name`; memorial dates inside a tattoo -> `date`.  Plain
    tattoo descriptions (koi, rose, tribal, body site) are not PHI.
  * Signature images/strokes captured on the consent tablet -> `biometric`;
    face embeddings computed by the photo vault -> `biometric`; base64
    image thumbnails (face or tattoo photos) and the face crop of the
    driver's licence scanned at check-in -> `photo` (the licence number
    itself -> `license`).  Photo hashes
    (sha256) are not PHI.
  * First names alone in SMS/chat about a patient -> `name`.  Name
    fragments in SQL LIKE patterns ('okafor%') -> `name` (fragment only).
    Prospective clients / leads are treated as patients.
  * Emergency contacts / next of kin (NK1, consent form) are PHI.
  * Dates tied to the patient (DOB, service, appointment, RTC, letter
    due dates, dates in photo object keys) -> `date`; log timestamps,
    rate-sheet/effective dates and batch dates are not.  Years alone and
    "8 wks" intervals are not.  Ages > 89 -> `age`; others not labeled.
  * Patient public IPs (portal, presigned photo downloads) -> `ip`;
    internal, CDN, crawler, scanner and server IPs are not.
  * Employer, income, Fitzpatrick type, treatment parameters: not PHI.
  * Vehicle plate and VIN of a patient's car (curbside check-in, towing
    chat) -> `vehicle`.  Driver's licence numbers -> `license`.
  * In HL7/X12, street and city are separate `address` spans, ZIP `zip`,
    state not labeled.  City in a one-run address string stays in one
    `address` span with the street.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import urllib.parse
import uuid

SEED = 20240311
R = random.Random(SEED)
N_LINES = 500
ID = "qn"


# ---------------------------------------------------------------- builder
class V:
    """A PHI value to place in a line."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class C:
    """A composite string (literal parts and V parts), serialised as ONE
    JSON string (JSON escaping is per-character, so parts concatenate)."""

    def __init__(self, *parts):
        self.parts = parts


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []  # (s, e, cat, emitted, orig, kind)

    def t(self, s):
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, emitted, cat, orig=None, kind="raw"):
        if cat:
            b = len(emitted.encode("utf-8"))
            self.spans.append((self.n, self.n + b, cat, emitted,
                               emitted if orig is None else orig, kind))
        return self.t(emitted)

    def add(self, *parts):
        for x in parts:
            if isinstance(x, V):
                self.p(str(x.v), x.cat)
            elif isinstance(x, tuple):
                self.p(str(x[0]), x[1])
            else:
                self.t(str(x))
        return self

    def text(self):
        return "".join(self.buf)


def mk(family, *parts):
    return Line(family).add(*parts)


def _jstr(ln, s, ea):
    ln.t(json.dumps(s, ensure_ascii=ea))


def _j(ln, o, ea, si, skv):
    if isinstance(o, dict):
        ln.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                ln.t(si)
            _jstr(ln, k, ea)
            ln.t(skv)
            _j(ln, v, ea, si, skv)
        ln.t("}")
    elif isinstance(o, list):
        ln.t("[")
        for i, v in enumerate(o):
            if i:
                ln.t(si)
            _j(ln, v, ea, si, skv)
        ln.t("]")
    elif isinstance(o, V):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=ea)[1:-1]
            ln.t('"')
            ln.p(enc, o.cat, o.v, "json")
            ln.t('"')
        else:
            ln.p(json.dumps(o.v), o.cat)
    elif isinstance(o, C):
        ln.t('"')
        for part in o.parts:
            if isinstance(part, V):
                enc = json.dumps(str(part.v), ensure_ascii=ea)[1:-1]
                ln.p(enc, part.cat, str(part.v), "json")
            else:
                ln.t(json.dumps(part, ensure_ascii=ea)[1:-1])
        ln.t('"')
    else:
        ln.t(json.dumps(o, ensure_ascii=ea))


def jline(family, obj, ea=False, compact=True, prefix=""):
    ln = Line(family)
    if prefix:
        ln.t(prefix)
    if compact:
        _j(ln, obj, ea, ",", ":")
    else:
        _j(ln, obj, ea, ", ", ": ")
    return ln


def add_pct(ln, v, cat):
    ln.p(urllib.parse.quote(v, safe=""), cat, v, "pct")


# ---------------------------------------------------------------- clock
T0 = dt.datetime(2024, 3, 11, 14, 52, 3, 118000, tzinfo=dt.timezone.utc)
_now = [T0]


def tick():
    _now[0] += dt.timedelta(seconds=R.randint(2, 95), milliseconds=R.randint(0, 999))
    return _now[0]


def now():
    return _now[0]


SITES = {
    "ATX01": dict(city="Austin", st="TX", tz=-5, addr="2100 S Lamar Blvd Ste 140, Austin, TX 78704",
                  phone="(512) 555-0100", host="atx01"),
    "PHX02": dict(city="Phoenix", st="AZ", tz=-7, addr="4425 N 24th St Ste 210, Phoenix, AZ 85016",
                  phone="(602) 555-0142", host="phx02"),
    "SAN03": dict(city="San Diego", st="CA", tz=-7, addr="3990 Old Town Ave Ste B-102, San Diego, CA 92110",
                  phone="(619) 555-0177", host="san03"),
    "DEN04": dict(city="Denver", st="CO", tz=-6, addr="1550 Wewatta St Ste 300, Denver, CO 80202",
                  phone="(303) 555-0119", host="den04"),
}


def local(t, site):
    return t.astimezone(dt.timezone(dt.timedelta(hours=SITES[site]["tz"])))


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


# ---------------------------------------------------------------- number helpers
def luhn_check(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def card_pan():
    kind = R.choice(["visa", "visa", "mc", "amex", "disc"])
    if kind == "visa":
        p = "4" + digits(14)
    elif kind == "mc":
        p = "5" + R.choice("12345") + digits(13)
    elif kind == "amex":
        p = "3" + R.choice("47") + digits(12)
    else:
        p = "6011" + digits(11)
    return kind, p + luhn_check(p)


def npi():
    base = R.choice("12") + digits(8)
    return base + luhn_check("80840" + base)


def imei():
    p = R.choice(["35", "86", "01", "35"]) + digits(12)
    return p + luhn_check(p)


def ssn(valid=True):
    if valid:
        while True:
            a = R.randint(1, 899)
            if a != 666:
                break
        return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))
    return R.choice(["000-12-3456", "123-45-678", "999-99-9999", "66612 3401"])


def aba():
    while True:
        d = [int(c) for c in R.choice(["1", "0", "2", "3"]) + digits(7)]
        for c in range(10):
            full = d + [c]
            s = 3 * (full[0] + full[3] + full[6]) + 7 * (full[1] + full[4] + full[7]) + (full[2] + full[5] + full[8])
            if s % 10 == 0:
                return "".join(map(str, full))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    f = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"),
         R.choice(MBI_A), R.choice(MBI_AN), R.choice("0123456789"), R.choice(MBI_A),
         R.choice(MBI_A), R.choice("0123456789"), R.choice("0123456789")]
    return "".join(f)


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1HG", "2T1", "3FA", "5YJ", "JM1", "1N4"]) + "".join(R.choice(chars) for _ in range(5))
             + "0" + R.choice("LMNPR") + "".join(R.choice(chars) for _ in range(1)) + digits(6))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def b64blob(nbytes, head=b""):
    return base64.b64encode(head + bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


# ---------------------------------------------------------------- people
FIRST_F = ["Daniela", "Keisha", "Faith", "Rose", "Ximena", "Oluwaseun", "Priya", "Siobhan", "Aiyana",
           "Marisol", "Ngozi", "Zoë", "Leilani", "Destiny", "Summer", "Ivy", "Hope", "Amara", "Thanh",
           "Guadalupe", "Wren", "Reign", "Anh", "Dagny", "Precious", "Noémie"]
FIRST_M = ["Bao", "Hunter", "Mateo", "Dmitri", "Kenji", "Tremaine", "Joaquín", "Björn", "Sterling",
           "Royal", "Cash", "Chance", "Yusuf", "Declan", "Rocco", "Cruz", "Sunny", "Tavita", "Eamon",
           "Lorenzo", "Obi", "Hakan"]
LAST = ["Okafor-Ruiz", "Nguyen", "Garza-López", "Wolf", "Bishop", "Baker", "Hunter", "Castillo",
        "O'Sullivan", "Van der Berg", "De la Cruz", "Hashemi", "Abernathy-Singh", "Sparrow", "Rivers",
        "Park", "Young", "Stone", "Fox", "Frost", "Lovelace", "Tran", "Mahmoud", "Kowalczyk",
        "Yazzie", "Begay", "Nakamura", "Oyelaran", "St. James", "Delgado", "Winter", "Price", "Banks",
        "Story", "Cotton", "Honeycutt", "Little", "Bell", "Moon", "Ramírez Soto", "Fa'alogo",
        "Whitehorse", "Pham-Delacroix", "Gold"]
MIDDLE = ["A", "M", "J", "Lee", "Marie", "R", "", "", "", "T", "Elena", "K"]
STREETS = ["Burnet Rd", "E Cesar Chavez St", "Manor Rd", "W Slaughter Ln", "Pecan St", "W Camelback Rd",
           "E Indian School Rd", "S Mill Ave", "N 7th Ave", "W Baseline Rd", "University Ave",
           "Adams Ave", "El Cajon Blvd", "Palm Ave", "Imperial Ave", "E Colfax Ave", "S Broadway",
           "Federal Blvd", "W 38th Ave", "Tejon St", "Mockingbird Ln", "Old Spanish Trl", "Cherry Creek Dr S"]
CITIES = {"TX": [("Austin", "787"), ("Round Rock", "786"), ("Pflugerville", "786"), ("Del Valle", "786")],
          "AZ": [("Phoenix", "850"), ("Tempe", "852"), ("Mesa", "852"), ("Glendale", "853")],
          "CA": [("San Diego", "921"), ("Chula Vista", "919"), ("El Cajon", "920"), ("La Mesa", "919")],
          "CO": [("Denver", "802"), ("Aurora", "800"), ("Lakewood", "802"), ("Englewood", "801")]}
AREA = {"TX": ["512", "737"], "AZ": ["602", "480", "623"], "CA": ["619", "858"], "CO": ["303", "720"]}
SITE_ST = {"ATX01": "TX", "PHX02": "AZ", "SAN03": "CA", "DEN04": "CO"}
MAILS = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "proton.me", "att.net"]
TATTOOS = [("koi fish, color", "R calf", None), ("script", "L forearm", "NAME"),
           ("tribal band, black", "R upper arm", None), ("rose + dagger", "L chest", None),
           ("script", "R wrist", "NAME"), ("memorial script", "L inner forearm", "RIP"),
           ("star cluster", "R neck", None), ("cosmetic brow pigment", "face", None),
           ("teardrop", "L face", None), ("gang insignia", "R hand", None),
           ("script", "lower back", "NAME"), ("mandala, multicolor", "R scapula", None)]
INSCR = ["Marcus", "Jaylen", "Brittany", "Dre", "Carmen", "Tasha", "Ricky", "Lupita", "Brandon", "Kayla"]


def asciify(x):
    import unicodedata
    return unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode()


def rdate(y0, y1):
    d = dt.date(y0, 1, 1) + dt.timedelta(days=R.randint(0, (dt.date(y1, 12, 31) - dt.date(y0, 1, 1)).days))
    return d


def phone_digits(st):
    return R.choice(AREA[st]), "%03d" % R.randint(201, 989), "%04d" % R.randint(0, 9999)


def fmt_phone(p, style):
    a, b, c = p
    return {0: "(%s) %s-%s" % p, 1: "%s-%s-%s" % p, 2: "+1%s%s%s" % p, 3: "%s.%s.%s" % p,
            4: "%s%s%s" % p}[style]


def pub_ip():
    first = R.choice([24, 47, 67, 68, 70, 71, 72, 73, 75, 76, 97, 98, 99, 104, 107, 108, 172, 174, 184])
    if first == 172:
        return "172.58.%d.%d" % (R.randint(0, 255), R.randint(1, 254))
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def mac(private=True):
    """phones use randomised private Wi-Fi MACs (locally administered, unicast)"""
    first = (R.randint(0, 255) & 0xFC) | 0x02 if private else 0xF4
    rest = [R.randint(0, 255) for _ in range(5)]
    if not private:
        rest[:2] = [0x2E, 0x7F]  # fixed vendor OUI for clinic access points
    return ":".join("%02X" % x for x in [first] + rest)


def dl_for(st):
    if st == "TX":
        return digits(8)
    if st == "AZ":
        return R.choice("ABDY") + digits(8)
    if st == "CA":
        return R.choice("ABCDEFGNY") + digits(7)
    return "%s-%s-%s" % (digits(2), digits(3), digits(4))


PATIENTS = []


def make_patient(i):
    sex = R.choice("FFM")
    fn = R.choice(FIRST_F if sex == "F" else FIRST_M)
    ln = R.choice(LAST)
    mid = R.choice(MIDDLE)
    site = R.choice(["ATX01", "ATX01", "PHX02", "SAN03", "DEN04"])
    st = SITE_ST[site]
    city, zp = R.choice(CITIES[st])
    zipc = zp + "%02d" % R.randint(1, 99)
    unit = R.choice(["", "", "", " Apt %d" % R.randint(1, 420), " Unit %s" % R.choice("ABCD"), " #%d" % R.randint(2, 30)])
    street = "%d %s%s" % (R.randint(12, 9899), R.choice(STREETS), unit)
    dob = rdate(1958, 2005)
    if i == 7:
        dob = dt.date(1932, 8, 14)  # 91 y/o - medical laser derm patient with Medicare
    ph = phone_digits(st)
    handle = R.choice([fn.lower() + "." + ln.split()[0].lower().replace("'", ""),
                       fn[0].lower() + ln.split()[0].lower().replace("'", "").replace("-", "") + str(dob.year % 100),
                       R.choice(["inkfree", "ladybug", "tx_rider", "sunflower", "mtnbiker", "blessed"]) + digits(3)])
    handle = (handle.replace("é", "e").replace("ó", "o").replace("í", "i").replace("ë", "e")
              .replace("ö", "o").replace(" ", ""))
    email = handle + "@" + R.choice(MAILS)
    tat = R.choice(TATTOOS)
    inscr = None
    if tat[2] == "NAME":
        inscr = ("name", R.choice(INSCR))
    elif tat[2] == "RIP":
        inscr = ("rip", R.choice(["Papa", "Abuela", "Big Mike", "Tío Beto"]), rdate(2001, 2019))
    ecn = R.choice(FIRST_F + FIRST_M) + " " + (ln if R.random() < 0.6 else R.choice(LAST))
    pan = card_pan()
    p = dict(i=i, sex=sex, fn=fn, ln=ln, mid=mid, site=site, st=st, city=city, zip=zipc, street=street,
             dob=dob, ph=ph, email=email, mrn="CSL-%08d" % R.randint(300000, 4999999),
             pid=str(R.randint(100000, 999999)),
             acct="A%07d" % R.randint(1000000, 9999999),
             member="GC-%04d-%04d" % (R.randint(1000, 9999), R.randint(1, 9999)),
             cus="cus_" + alnum(14), card=pan, bank=digits(R.choice([9, 10, 12])), routing=aba(),
             ssn=ssn(), dl=dl_for(st), ip=pub_ip(), mac=mac(), imei=imei(),
             ec=(ecn, R.choice(["Mother", "Spouse", "Sister", "Partner", "Father", "Friend"]), phone_digits(st)),
             tat=tat, inscr=inscr, lang="es" if R.random() < 0.25 else "en",
             loan="BL" + digits(10), app="CPP-24-%07d" % R.randint(100000, 9999999),
             mbi=mbi() if i == 7 else None, plate=R.choice(["8KXR227", "CXT4471", "BWK-9021", "ASR 2214", "RKV-772"]),
             vin=vin(), dl_exp="%d-%02d" % (R.randint(2025, 2031), R.randint(1, 12)))
    return p


for _i in range(42):
    PATIENTS.append(make_patient(_i))


def pt():
    # a few patients recur a lot (busy day), others occasionally
    if R.random() < 0.35:
        return PATIENTS[R.randint(0, 6)]
    return R.choice(PATIENTS)


def full(p, style=0):
    if style == 0:
        return p["fn"] + " " + p["ln"]
    if style == 1:
        return p["ln"] + ", " + p["fn"]
    if style == 2:
        return (p["fn"] + " " + p["mid"] + " " + p["ln"]) if p["mid"] else p["fn"] + " " + p["ln"]
    if style == 3:
        return (p["ln"] + " " + p["fn"]).upper()
    return p["ln"].upper() + " " + p["fn"][0]


def appt_dt(days_max=21):
    d = now().date() + dt.timedelta(days=R.randint(0, days_max))
    return dt.datetime(d.year, d.month, d.day, R.randint(8, 18), R.choice([0, 15, 30, 45]))


STAFF = [("Anjali", "Raman", "MD"), ("Brittany", "Cole", "RN"), ("Jessica", "Tran", "LE"),
         ("Marcus", "Whitfield", "PA-C"), ("Sofia", "Ibarra", "RN"), ("Derek", "Lindqvist", "MD"),
         ("Hannah", "Okoro", "LE"), ("Paige", "Summers", "RN")]
STAFF_NPI = {s[1]: npi() for s in STAFF}


def staff():
    return R.choice(STAFF)


def uname(s):
    return (s[0][0] + s[1]).lower()


OUT = []


def emit(*lines):
    for ln in lines:
        OUT.append(ln)


# ================================================================ generators
def g_consent():
    site = R.choice(list(SITES))
    t = tick()
    base = {"timestamp": iso_ms(t), "level": "info", "logger": "consentpad.api"}
    r = R.random()
    p = pt()
    if r >= 0.4:
        site = p["site"]
    tab = "CP-iPad-%s-%02d" % (site, R.randint(1, 4))
    if r < 0.4:
        base.update({"event": "tablet.heartbeat", "tablet": tab, "device_serial": "DMP" + alnum(9, "ABCDEFGHJKLMNPQRTUVWXYZ0123456789"),
                     "app": "ConsentPad/3.8.%d (iPadOS 17.3.1)" % R.randint(0, 4), "battery_pct": R.randint(18, 100),
                     "wifi_rssi": -R.randint(38, 77), "queued_uploads": R.randint(0, 3)})
        return [jline("consentpad", base, ea=True, compact=False)]
    if r < 0.56:
        base.update({"event": "consent.session.start", "tablet": tab, "clinic": site,
                     "form_id": "TR-QSW-%s-v7" % p["lang"].upper(), "patient_ref": V(p["mrn"], "mrn"),
                     "session_id": ruuid(), "staff_user": uname(staff())})
        return [jline("consentpad", base, ea=True, compact=False)]
    if r < 0.76:
        s = staff()
        pat = {"mrn": V(p["mrn"], "mrn")}
        if p["lang"] == "es":
            pat.update({"nombre_completo": V(full(p, 2), "name"), "fecha_nacimiento": V(p["dob"].strftime("%d/%m/%Y"), "date")})
            form = "TR-QSW-ES-v7"
        else:
            pat.update({"name": V(full(p, 0), "name"), "dob": V(p["dob"].isoformat(), "date")})
            form = "TR-QSW-EN-v7"
        if R.random() < 0.5:
            pat["emergency_contact"] = {"name": V(p["ec"][0], "name"), "relation": p["ec"][1],
                                        "phone": V(fmt_phone(p["ec"][2], 0), "phone")}
        base.update({"event": "consent.signed", "tablet": tab, "form_id": form, "envelope": "ENV-" + hexs(12).upper(),
                     "patient": pat, "witness": "%s %s, %s" % s, "sig_sha256": hexs(64),
                     "duration_ms": R.randint(40000, 260000)})
        if R.random() < 0.35:
            base["sig_png_b64"] = V(b64blob(R.randint(30, 45), b"\x89PNG\r\n\x1a\n"), "biometric")
        return [jline("consentpad", base, ea=True, compact=False)]
    if r < 0.84:
        base.update({"event": "checkin.id_capture", "tablet": tab, "patient_ref": V(p["mrn"], "mrn"),
                     "id_type": "DL", "id_number": V(p["dl"], "license"), "id_state": p["st"],
                     "id_expiry": p["dl_exp"],
                     "face_crop_jpeg_b64": V("/9j/4AAQSkZJRgABAQEASABIAAD/" + b64blob(36), "photo"),
                     "ocr_engine": "MLKit-TextRecognition 16.0.0", "match_score": round(R.uniform(0.82, 0.99), 3)})
        return [jline("consentpad", base, ea=True, compact=False)]
    if r < 0.92:
        base.update({"event": "questionnaire.flags", "patient_ref": V(p["mrn"], "mrn"),
                     "answers": {"isotretinoin_6mo": False, "pregnant_or_nursing": False,
                                 "keloid_history": R.random() < 0.2, "gold_therapy": False,
                                 "photosensitizing_meds": R.random() < 0.15, "fitzpatrick_self": R.choice(["II", "III", "IV", "V", "VI"])},
                     "requires_md_review": R.random() < 0.3})
        return [jline("consentpad", base, ea=True, compact=False)]
    base.update({"level": "error", "event": "pdf.render_failed", "tablet": tab, "form_id": "TR-QSW-EN-v7",
                 "error": "WeasyPrint timeout after 30000ms", "retry": R.randint(1, 3), "worker": "render-%d" % R.randint(1, 4)})
    return [jline("consentpad", base, ea=True, compact=False)]


def g_vault():
    t = tick()
    base = {"level": "info", "ts": round(t.timestamp(), 3), "caller": "", "msg": ""}
    r = R.random()
    if r < 0.38:
        caller, msg = R.choice([("vault/retention.go:88", "retention sweep complete"), ("vault/kms.go:141", "kms data key rotated"),
                                ("vault/gc.go:57", "orphan multipart uploads aborted")])
        base.update({"caller": caller, "msg": msg,
                     "objects_scanned": R.randint(1000, 90000), "deleted": R.randint(0, 12),
                     "bucket": "photovault-prod-usw2", "took": "%.3fs" % R.uniform(0.5, 90)})
        return [jline("photovault", base)]
    p = pt()
    d = now().date()
    series = R.choice(["BEFORE", "AFTER", "S%02d" % R.randint(1, 10)])
    key = C("px/", V(p["mrn"], "mrn"), "/", V(d.strftime("%Y%m%d"), "date"), "/%s_%02d.jpg" % (series.lower(), R.randint(1, 6)))
    if r < 0.55:
        base.update({"caller": "vault/upload.go:214", "msg": "photo stored", "patient_id": V(p["mrn"], "mrn"),
                     "series": series, "body_site": p["tat"][1], "object_key": key,
                     "sha256": hexs(64), "bytes": R.randint(900000, 7000000), "exif_stripped": True,
                     "uploader": uname(staff()), "camera": "Canfield VISIA-CR 7.2"})
    elif r < 0.66:
        base.update({"caller": "vault/face.go:77", "msg": "face detected in frame, auto-blur applied",
                     "patient_id": V(p["mrn"], "mrn"), "object_key": key, "faces": 1,
                     "embedding_b64": V(b64blob(48), "biometric"), "model": "blazeface-v2.1"})
    elif r < 0.8:
        base.update({"level": "debug", "caller": "vault/thumb.go:39", "msg": "thumbnail generated",
                     "patient_id": V(p["mrn"], "mrn"), "w": 96, "h": 96,
                     "thumb_b64": V("/9j/4AAQSkZJRgABAQAAAQABAAD/" + b64blob(42), "photo")})
    elif r < 0.92:
        tok = alnum(22)
        base.update({"caller": "vault/share.go:102", "msg": "share link issued",
                     "patient_id": V(p["mrn"], "mrn"),
                     "url": V("https://vault.clearslate-laser.com/s/" + tok, "url"), "ttl": "72h",
                     "requested_by": uname(staff())})
    else:
        base.update({"level": "warn", "caller": "vault/upload.go:188", "msg": "duplicate upload ignored",
                     "sha256": hexs(64), "object_key": key})
    return [jline("photovault", base)]


def g_s3():
    t = tick()
    owner = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S +0000]")
    reqid = alnum(16, "0123456789ABCDEF")
    hostid = b64blob(40)[:56]
    r = R.random()
    ln = Line("s3_access")
    if r < 0.5:
        key = R.choice(["derived/watermark/clearslate_%d.png" % R.randint(1, 4), "backups/pg/dermachart-%s.dump.gz" % t.strftime("%Y%m%d"),
                        "exports/atx01/daily_%s.csv.gz" % t.strftime("%Y%m%d")])
        ln.add(owner, " photovault-prod-usw2 ", ts, " 10.20.%d.%d " % (R.randint(1, 9), R.randint(2, 250)),
               "arn:aws:sts::431276019822:assumed-role/vault-task/", hexs(8), " ", reqid, " REST.PUT.OBJECT ", key,
               ' "PUT /', key, ' HTTP/1.1" 200 - - ', R.randint(2000, 900000), " ", R.randint(20, 400),
               ' 31 "-" "aws-sdk-go-v2/1.25.2 os/linux" - ', hostid, " SigV4 ECDHE-RSA-AES128-GCM-SHA256 AuthHeader photovault-prod-usw2.s3.us-west-2.amazonaws.com TLSv1.2 - -")
        return [ln]
    p = pt()
    d = now().date().strftime("%Y%m%d") if R.random() < 0.7 else rdate(2023, 2023).strftime("%Y%m%d")
    fname = "%s_%02d.jpg" % (R.choice(["before", "after", "s03", "s04"]), R.randint(1, 6))
    presigned = R.random() < 0.5
    ln.add(owner, " photovault-prod-usw2 ", ts, " ")
    if presigned:
        ln.add(V(p["ip"], "ip"), " - ")
    else:
        ln.add("10.20.%d.%d " % (R.randint(1, 9), R.randint(2, 250)), "arn:aws:sts::431276019822:assumed-role/vault-task/", hexs(8), " ")
    op = "REST.GET.OBJECT" if presigned else "REST.PUT.OBJECT"
    ln.add(reqid, " ", op, " px/", V(p["mrn"], "mrn"), "/", V(d, "date"), "/", fname, ' "',
           "GET" if presigned else "PUT", " /px/", V(p["mrn"], "mrn"), "/", V(d, "date"), "/", fname,
           "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900" if presigned else "",
           ' HTTP/1.1" 200 - ', R.randint(900000, 6000000), " ", R.randint(900000, 6000000), " ", R.randint(30, 900), " ",
           R.randint(10, 80), ' "-" "', "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)" if presigned else "aws-sdk-go-v2/1.25.2 os/linux",
           '" - ', hostid, " SigV4 ECDHE-RSA-AES128-GCM-SHA256 ", "QueryString" if presigned else "AuthHeader",
           " photovault-prod-usw2.s3.us-west-2.amazonaws.com TLSv1.3 - -")
    return [ln]


PW_SN = {s: "PW2-%08d" % R.randint(10000000, 99999999) for s in SITES}


def g_picowave():
    t = tick()
    site = R.choice(list(SITES))
    lt = local(t, site)
    room = "L%d" % R.randint(1, 3)
    head = "%s picowave[%s-%s] sn=%s fw=4.2.1 " % (lt.isoformat(timespec="seconds"), site, room, PW_SN[site])
    r = R.random()
    if r < 0.55:
        ev = R.choice([
            "evt=SELF_TEST result=PASS lamp_shots=%d coolant=%.1fC" % (R.randint(800000, 2000000), R.uniform(18, 24)),
            'evt=FAULT code=E-117 msg="handpiece temp high" hp_sn=HP532-%04d lot=23K%03d' % (R.randint(1000, 9999), R.randint(100, 999)),
            "evt=CAL wl=532nm fluence_meas=%.2f target=0.80 dev=%.1f%%" % (R.uniform(0.76, 0.84), R.uniform(-4, 4)),
            "evt=INTERLOCK state=OPEN door=1 duration_ms=%d" % R.randint(200, 9000),
            "evt=STANDBY idle_s=%d" % R.randint(60, 1800)])
        return [mk("picowave_kv", head, ev)]
    p = pt()
    s = staff()
    if r < 0.78:
        return [mk("picowave_kv", head, "evt=SESSION_START pt=", V(p["mrn"], "mrn"), " op=", uname(s),
                   " hp=HP-%s-%dMM" % (R.choice(["1064", "532", "785"]), R.choice([2, 3, 4, 6])))]
    return [mk("picowave_kv", head, "evt=TX_SUMMARY wl=%snm spot=%.1fmm fluence=%.2fJ/cm2 pulses=%d rep=%dHz pt=" % (
        R.choice(["1064", "532", "785"]), R.choice([2.0, 3.0, 4.0, 6.0]), R.uniform(0.6, 3.5), R.randint(80, 1400), R.choice([2, 5, 10])),
        V(p["mrn"], "mrn"), " op=", uname(s), " session=%d/%d" % (R.randint(1, 8), 10))]


QS_SN = "QS-7B4%04d" % R.randint(1000, 9999)


def g_qontour():
    t = local(tick(), "PHX02")
    head = "QS1064|SN %s|%s|" % (QS_SN, t.strftime("%Y/%m/%d %H:%M:%S"))
    r = R.random()
    if r < 0.5:
        return [mk("qontour_pipe", head, R.choice(["WARMUP|T=%.1fC|OK" % R.uniform(30, 40), "AIM_BEAM|CHECK|OK",
                                                  "SHUTTER|CYCLE=%d|OK" % R.randint(1000, 99999),
                                                  "ERR|0x3A|LAMP VOLTAGE LOW|RETRY", "FILTER|DAYS_LEFT=%d" % R.randint(1, 60)]))]
    p = pt()
    return [mk("qontour_pipe", head, "SESSION_END|PATID=", V(p["mrn"][4:], "mrn"), "|PATNAME=",
               V(full(p, 4).replace("Ó", "O"), "name"), "|SHOTS=%d|E_AVG=%.2fmJ|SPOT=%dmm|HZ=%d|TECH=%s" % (
                   R.randint(100, 1500), R.uniform(0.3, 1.2), R.choice([2, 3, 4]), R.choice([1, 2, 5]), uname(staff())))]


def g_fin():
    t = tick()
    base = {"level": 30, "time": int(t.timestamp() * 1000), "pid": R.randint(20, 60),
            "hostname": "fin-api-%s" % hexs(5), "reqId": "req-" + alnum(6).lower()}
    r = R.random()
    if r < 0.35:
        base.update(R.choice([
            {"level": 50, "msg": "bureau call timeout", "bureau": "equifax", "timeoutMs": 8000, "attempt": R.randint(1, 3)},
            {"msg": "rate table refreshed", "lender": "Bright Lending", "tiers": 6, "effective": "2024-03-01"},
            {"msg": "request completed", "res": {"statusCode": 200}, "responseTime": R.randint(40, 900)},
            {"level": 40, "msg": "lender webhook signature mismatch, retrying", "lender": "CarePay Plus", "deliveryId": ruuid()}]))
        return [jline("fin_pino", base)]
    p = pt()
    if r < 0.62:
        app = {"first": V(p["fn"], "name"), "last": V(p["ln"], "name"), "dob": V(p["dob"].strftime("%m/%d/%Y"), "date"),
               "street": V(p["street"], "address"), "city": V(p["city"], "address"), "state": p["st"],
               "zip": V(p["zip"], "zip"), "mobile": V(fmt_phone(p["ph"], 1), "phone"), "email": V(p["email"], "email"),
               "employer": R.choice(["H-E-B", "Dell Technologies", "Banner Health", "self", "US Navy", "Chipotle"]),
               "monthlyIncome": R.randint(18, 90) * 100}
        if R.random() < 0.5:
            app["ssn"] = V(p["ssn"], "ssn")
        else:
            app["ssnLast4"] = p["ssn"][-4:]
        if R.random() < 0.5:
            app["dlNumber"] = V(p["dl"], "license")
            app["dlState"] = p["st"]
        base.update({"msg": "application submitted", "lender": R.choice(["CarePay Plus", "Bright Lending"]),
                     "applicationId": V(p["app"], "other_id"), "patientId": V(p["mrn"], "mrn"), "applicant": app,
                     "amountRequested": R.choice([1200, 1800, 2400, 3600, 4800]), "termMonths": R.choice([6, 12, 24])})
    elif r < 0.85:
        base.update({"msg": "prequal decision", "applicationId": V(p["app"], "other_id"),
                     "decision": R.choice(["APPROVED", "APPROVED", "DECLINED", "COUNTER"]), "apr": R.choice([0, 9.99, 17.99, 26.99]),
                     "loanAccount": V(p["loan"], "account"), "clinic": p["site"]})
    else:
        junk = ssn(valid=False)
        base.update({"level": 40, "msg": "ssn validation failed", "applicationId": V(p["app"], "other_id"),
                     "input": V(junk, "ssn"), "rule": "SSA_AREA_GROUP_SERIAL"})
    return [jline("fin_pino", base)]


def g_lender_xml():
    tick()
    r = R.random()
    if r < 0.4:
        return [mk("lender_xml", R.choice([
            '<?xml version="1.0" encoding="UTF-8"?><Ping xmlns="urn:brightlending:v3"><Status>OK</Status><LatencyMs>%d</LatencyMs><Node>bl-edge-%d</Node></Ping>' % (R.randint(40, 400), R.randint(1, 9)),
            '<?xml version="1.0" encoding="UTF-8"?><RateSheet xmlns="urn:brightlending:v3" effective="2024-03-01" version="%d"><Tier id="A" apr="0.00" term="12"/><Tier id="B" apr="17.99" term="24"/></RateSheet>' % R.randint(40, 90)]))]
    p = pt()
    dec = R.choice(["APPROVED", "APPROVED", "PENDING_DOCS", "DECLINED"])
    ln = mk("lender_xml", '<?xml version="1.0" encoding="UTF-8"?><LoanDecision xmlns="urn:brightlending:v3"><RequestId>', ruuid(),
            "</RequestId><AppNumber>", V(p["app"], "other_id"), "</AppNumber><Applicant><FirstName>", V(p["fn"], "name"),
            "</FirstName><LastName>", V(p["ln"].replace("'", "&apos;"), "name"), "</LastName><DOB>", V(p["dob"].isoformat(), "date"), "</DOB>")
    if R.random() < 0.5:
        ln.add("<SSN>", V(p["ssn"].replace("-", ""), "ssn"), "</SSN>")
    ln.add("</Applicant><Merchant><Name>ClearSlate Laser &amp; Skin</Name><MID>CSL-%s</MID></Merchant><Decision>" % p["site"], dec, "</Decision>")
    if dec == "APPROVED":
        ln.add("<Apr>%.2f</Apr><CreditLimit>%d</CreditLimit><AccountNumber>" % (R.choice([0, 17.99, 22.49]), R.choice([1500, 3000, 5000])),
               V(p["loan"], "account"), "</AccountNumber>")
    ln.add("</LoanDecision>")
    return [ln]


def logfmt_ts(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%06dZ" % t.microsecond


def g_billing():
    t = tick()
    head = "time=%s level=%s svc=glowclub-billing env=prod " % (logfmt_ts(t), "info")
    r = R.random()
    if r < 0.5:
        return [mk("billing_logfmt", head, R.choice([
            'msg="dunning run started" batch=%s due=%d' % (t.strftime("%Y%m%d"), R.randint(10, 60)),
            'msg="price book synced" plans=GLOW_MONTHLY,GLOW_ANNUAL,INK_ERASE_10 version=2024.03.%d' % R.randint(1, 9),
            'msg="stripe rate limited" retry_after_ms=%d endpoint=/v1/invoices' % R.randint(100, 2000),
            'msg="job finished" job=renewals processed=%d failed=%d duration=%.1fs trace_id=%s' % (R.randint(40, 400), R.randint(0, 9), R.uniform(3, 80), hexs(32))])) ]
    p = pt()
    if r < 0.85:
        brand, pan = p["card"]
        return [mk("billing_logfmt", head, 'msg="renewal charged" member_no=', V(p["member"], "account"),
                   " plan=%s amount=%s currency=usd stripe_customer=" % (R.choice(["GLOW_MONTHLY", "INK_ERASE_10"]), R.choice(["149.00", "89.00", "249.00"])),
                   V(p["cus"], "account"), " pm=card_%s_%s invoice=" % (brand, pan[-4:]),
                   V("INV-%s-2403-%05d" % (p["site"][:3], R.randint(100, 99999)), "account"),
                   " attempt=%d charge=ch_3O%s" % (R.randint(1, 3), alnum(20)))]
    if r < 0.93:
        return [mk("billing_logfmt", head.replace("level=info", "level=warn"), 'msg="payment failed, member moved to past_due" member_no=',
                   V(p["member"], "account"), " decline_code=%s next_retry=%s" % (R.choice(["insufficient_funds", "expired_card", "do_not_honor"]),
                                                                               (t + dt.timedelta(days=3)).strftime("%Y-%m-%d")))]
    brand, pan = p["card"]
    return [mk("billing_logfmt", head.replace("level=info", "level=error"), 'msg="card updater tokenization failed; raw payload logged" member_no=',
               V(p["member"], "account"), " pan=", V(pan, "account"), " exp=%02d/%02d" % (R.randint(1, 12), R.randint(25, 29)),
               " err=\"gateway 502\"")]


def g_stripe():
    t = tick()
    r = R.random()
    evt = "evt_1Ot" + alnum(21)
    if r < 0.35:
        obj = {"id": evt, "object": "event", "api_version": "2023-10-16", "created": int(t.timestamp()),
               "type": R.choice(["payout.paid", "balance.available", "payout.created"]),
               "data": {"object": {"id": "po_1Ot" + alnum(21), "amount": R.randint(100000, 4000000), "currency": "usd",
                                   "destination": "ba_1N" + alnum(22), "status": "paid"}},
               "livemode": True, "pending_webhooks": 1}
        return [jline("stripe_webhook", obj)]
    p = pt()
    addr = {"city": V(p["city"], "address"), "country": "US", "line1": V(p["street"], "address"), "line2": None,
            "postal_code": V(p["zip"], "zip"), "state": p["st"]}
    if r < 0.7:
        obj = {"id": evt, "object": "event", "api_version": "2023-10-16", "created": int(t.timestamp()),
               "type": "invoice.payment_failed",
               "data": {"object": {"id": "in_1Ot" + alnum(21), "customer": V(p["cus"], "account"),
                                   "customer_email": V(p["email"], "email"), "customer_name": V(full(p), "name"),
                                   "customer_address": addr, "amount_due": R.choice([8900, 14900, 24900]),
                                   "attempt_count": R.randint(1, 4), "metadata": {"member_no": V(p["member"], "account"), "clinic": p["site"]}}},
               "livemode": True}
    else:
        brand, pan = p["card"]
        obj = {"id": evt, "object": "event", "api_version": "2023-10-16", "created": int(t.timestamp()),
               "type": "charge.succeeded",
               "data": {"object": {"id": "ch_3Ot" + alnum(21), "amount": R.choice([32500, 14900, 60000]), "customer": V(p["cus"], "account"),
                                   "billing_details": {"address": addr, "email": V(p["email"], "email"), "name": V(full(p), "name"),
                                                       "phone": V(fmt_phone(p["ph"], 2), "phone")},
                                   "payment_method_details": {"card": {"brand": brand, "last4": pan[-4:], "exp_year": 2027}},
                                   "receipt_url": "https://pay.stripe.com/receipts/payment/" + alnum(60)}},
               "livemode": True}
    return [jline("stripe_webhook", obj)]


ACH_DONE = [0]


def g_nacha():
    t = tick()
    ACH_DONE[0] += 1
    ymd = t.strftime("%y%m%d")
    hdr = "101 0910000191742918301%s%sA094101%-23s%-23s%-8s" % (ymd, t.strftime("%H%M"), "US BANK NA", "CLEARSLATE LASER SKIN", "GLOWCLUB")
    odfi = "09100001"
    bh = "5225%-16s%-20s%-10sPPD%-10s%s%s   1%s%07d" % ("CLEARSLATE LASER", "GLOW CLUB DUES", "1742918301", "MEMBERSHIP",
                                                   ymd, (t + dt.timedelta(days=1)).strftime("%y%m%d"), odfi, ACH_DONE[0])
    lines = [mk("nacha_ach", hdr), mk("nacha_ach", bh)]
    n = R.randint(2, 4)
    tot = 0
    hsh = 0
    for k, p in enumerate(R.sample(PATIENTS, n)):
        amt = R.choice([8900, 14900, 24900])
        tot += amt
        hsh += int(p["routing"][:8])
        name = asciify(full(p, 3))[:22]
        ln = Line("nacha_ach")
        ln.add("627", p["routing"][:8], p["routing"][8], V(p["bank"], "account"), " " * (17 - len(p["bank"])),
               "%010d" % amt, V(p["member"], "account"), " " * (15 - len(p["member"])),
               V(name.rstrip(), "name"), " " * (22 - len(name.rstrip())), "  0", odfi, "%07d" % (k + 1))
        lines.append(ln)
    bc = "8225%06d%010d%012d%012d%-10s%-19s%-6s%s%07d" % (n, hsh % 10 ** 10, tot, 0, "1742918301", "", "", odfi, ACH_DONE[0])
    fc = "9%06d%06d%08d%010d%012d%012d%-39s" % (1, 1, n, hsh % 10 ** 10, tot, 0, "")
    lines += [mk("nacha_ach", bc), mk("nacha_ach", fc)]
    for ln in lines:
        assert len(ln.text()) == 94, (len(ln.text()), ln.text())
    return lines


UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36',
       'ClearSlateApp/2.14.0 (com.clearslate.portal; build:2024030801; iOS 17.3.1) Alamofire/5.8.1']


def g_nginx():
    t = tick()
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S +0000]")
    tail = ' rt=%.3f uct=0.001 upstream=10.20.3.%d:8080' % (R.uniform(0.002, 0.9), R.randint(10, 30))
    r = R.random()
    if r < 0.55:
        ip, req, st, ref, ua = R.choice([
            ("10.20.0.%d" % R.randint(2, 9), "GET /healthz HTTP/1.1", 200, "-", "ELB-HealthChecker/2.0"),
            ("13.32.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "GET /static/js/app.%s.js HTTP/1.1" % hexs(8), 200, "-", "Amazon CloudFront"),
            ("66.249.66.%d" % R.randint(1, 200), "GET /locations/%s HTTP/1.1" % R.choice(["austin-south-lamar", "phoenix-biltmore", "san-diego-old-town", "denver-union-station"]), 200, "-",
             "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)"),
            ("45.155.205.%d" % R.randint(1, 254), "GET /wp-login.php HTTP/1.1", 404, "-", "Mozilla/5.0 zgrab/0.x"),
            ("13.32.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "GET /static/img/before-after-hero.webp HTTP/1.1", 200, "-", "Amazon CloudFront")])
        return [mk("nginx_portal", ip, " - - ", ts, ' "', req, '" %d %d "%s" "%s"' % (st, R.randint(2, 90000), ref, ua), tail)]
    p = pt()
    ua = R.choice(UAS)
    ln = Line("nginx_portal").add(V(p["ip"], "ip"), " - - ", ts, ' "')
    if r < 0.72:
        ln.add("GET /portal/api/v2/patients/", V(p["pid"], "mrn"), "/photos?series=%s HTTP/2.0" % R.choice(["after", "before", "all"]),
               '" 200 %d "https://my.clearslate-laser.com/photos" "%s"' % (R.randint(2000, 40000), ua), tail)
    elif r < 0.84:
        ln.add("POST /portal/api/v2/appointments HTTP/2.0", '" 201 %d "https://my.clearslate-laser.com/book" "%s"' % (R.randint(200, 900), ua), tail)
    elif r < 0.92:
        ln.add("GET /portal/login?email=")
        add_pct(ln, p["email"], "email")
        ln.add("&next=%2Fphotos HTTP/2.0", '" 302 0 "-" "%s"' % ua, tail)
    else:
        ln.add("PUT /portal/api/v2/devices/", V(p["imei"], "device"), "/push-token HTTP/2.0",
               '" 204 0 "-" "%s"' % UAS[3], tail)
    return [ln]


HL7_N = [45100]


def hl7_ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def g_hl7():
    tu = tick()
    HL7_N[0] += R.randint(1, 9)
    p = pt()
    site = p["site"]
    t = local(tu, site)
    s = R.choice([x for x in STAFF if x[2] in ("MD", "PA-C")])
    kind = R.choice(["SIU", "SIU", "ADT"])
    msh = "MSH|^~\\&|DERMACHART|CSL-%s|PICOBRIDGE|CSL|%s||%s|MSG%08d|P|2.5.1|||AL|NE" % (
        site, hl7_ts(t), "SIU^S12^SIU_S12" if kind == "SIU" else "ADT^A04^ADT_A01", HL7_N[0])
    out = [mk("hl7v2", msh)]
    if kind == "SIU":
        ap = appt_dt()
        aid = "APT-%06d" % R.randint(100000, 999999)
        out.append(mk("hl7v2", "SCH|", aid, "|", aid, "|||||LASER_TX^Laser tattoo removal^CSLPROC||30|min|^^30^",
                      V(ap.strftime("%Y%m%d%H%M"), "date"), "^", V((ap + dt.timedelta(minutes=30)).strftime("%Y%m%d%H%M"), "date"),
                      "|||||%s^%s^%s||||%s^%s^%s|||||Booked" % (uname(s), s[1], s[0], uname(s), s[1], s[0])))
    else:
        out.append(mk("hl7v2", "EVN|A04|%s|||%s^%s^%s" % (hl7_ts(t), uname(s), s[1], s[0])))
    out.append(mk("hl7v2", "PID|1||", V(p["mrn"], "mrn"), "^^^CSL^MR||", V(p["ln"] + "^" + p["fn"] + ("^" + p["mid"] if p["mid"] else ""), "name"),
                  "||", V(p["dob"].strftime("%Y%m%d"), "date"), "|", p["sex"], "|||", V(p["street"], "address"), "^^",
                  V(p["city"], "address"), "^", p["st"], "^", V(p["zip"], "zip"), "^USA||", V(fmt_phone(p["ph"], 0), "phone"),
                  "^PRN^PH~^NET^Internet^", V(p["email"], "email"), "||%s|||" % ("SPA" if p["lang"] == "es" else "ENG"),
                  V(p["acct"], "account"), "|", V(p["ssn"].replace("-", ""), "ssn") if R.random() < 0.4 else "", "|"))
    if kind == "ADT":
        ec = p["ec"]
        parts = ec[0].split(" ", 1)
        out.append(mk("hl7v2", "NK1|1|", V(parts[1] + "^" + parts[0], "name"), "|", ec[1][:3].upper(), "^", ec[1],
                      "^HL70063||", V(fmt_phone(ec[2], 0), "phone"), "||EC^Emergency Contact^HL70131"))
    out.append(mk("hl7v2", "PV1|1|O|%s^LASER%d^^CSL||||%s^%s^%s^^^^MD|||DER||||1|||%s^%s^%s^^^^MD|OP||||||||||||||||||||||||||" % (
        site, R.randint(1, 3), STAFF_NPI[s[1]], s[1], s[0], STAFF_NPI[s[1]], s[1], s[0])))
    if kind == "SIU":
        out.append(mk("hl7v2", "AIS|1||LASER_TX^PicoWave 1064/532 session^CSLPROC|||30|min"))
        out.append(mk("hl7v2", "AIP|1||%s^%s^%s|MD" % (STAFF_NPI[s[1]], s[1], s[0])))
    return out


X12_N = [0]


def g_x12():
    t = tick()
    X12_N[0] += 1
    if X12_N[0] == 1:
        p = [x for x in PATIENTS if x["mbi"]][0]
    else:
        p = R.choice([x for x in PATIENTS if x["st"] == "TX" and not x["mbi"]])
    ctl = R.randint(4000, 9999)
    medicare = bool(p["mbi"])
    pay = ("NOVITAS SOLUTIONS", "04412") if medicare else ("TX MEDICAID TMHP", "617591011")
    memid = p["mbi"] if medicare else digits(9)
    segs = [
        "ISA*00*          *00*          *ZZ*CLEARSLATE     *ZZ*AVAILITY       *%s*%s*^*00501*%09d*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl),
        "GS*HS*CLEARSLATE*AVAILITY*%s*%s*%d*X*005010X279A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), ctl),
        "ST*270*0001*005010X279A1~",
        "BHT*0022*13*ELG%d*%s*%s~" % (ctl, t.strftime("%Y%m%d"), t.strftime("%H%M")),
        "HL*1**20*1~", "NM1*PR*2*%s*****PI*%s~" % pay, "HL*2*1*21*1~",
        "NM1*1P*2*CLEARSLATE LASER AND SKIN*****XX*%s~" % STAFF_NPI["Raman"], "HL*3*2*22*0~",
        "TRN*1*%s-%06d*9877281234~" % (t.strftime("%y%m%d"), R.randint(1, 999999))]
    out = [mk("x12_270", s) for s in segs]
    out.append(mk("x12_270", "NM1*IL*1*", V(asciify(p["ln"]).upper(), "name"), "*", V(asciify(p["fn"]).upper(), "name"), "*", p["mid"][:1],
                  "***MI*", V(memid, "health_plan"), "~"))
    out.append(mk("x12_270", "DMG*D8*", V(p["dob"].strftime("%Y%m%d"), "date"), "*", p["sex"], "~"))
    out.append(mk("x12_270", "DTP*291*D8*", V(appt_dt(10).strftime("%Y%m%d"), "date"), "~"))
    out.append(mk("x12_270", "EQ*30~"))
    out += [mk("x12_270", "SE*14*0001~"), mk("x12_270", "GE*1*%d~" % ctl), mk("x12_270", "IEA*1*%09d~" % ctl)]
    return out


def g_sms():
    t = tick()
    head = "ts=%s svc=notify-worker channel=sms provider=twilio " % iso_ms(t)
    r = R.random()
    if r < 0.45:
        return [mk("sms_notify", head, R.choice([
            "msg=\"status callback\" sid=SM%s status=delivered err=0 segments=1" % hexs(32),
            "msg=\"queue drained\" sent=%d failed=%d took_ms=%d" % (R.randint(10, 200), R.randint(0, 4), R.randint(200, 9000)),
            "msg=\"opt-out list synced\" count=%d from=%s" % (R.randint(100, 900), "+15125550100"),
            "msg=\"status callback\" sid=SM%s status=undelivered err=30003 segments=1" % hexs(32)]))]
    p = pt()
    ap = appt_dt(10)
    site = SITES[p["site"]]
    if r < 0.8:
        addr = site["addr"].split(",")[0]
        if p["lang"] == "es":
            body = [("Hola ",), (p["fn"], "name"), (", su sesión láser en ClearSlate es el ",), (ap.strftime("%d/%m"), "date"),
                    (" a las %s en %s. Responda C para confirmar, STOP para cancelar." % (ap.strftime("%I:%M %p").lstrip("0"), addr),)]
        else:
            body = [("Hi ",), (p["fn"], "name"), (", reminder: your ClearSlate laser session is ",),
                    (ap.strftime("%a %-m/%-d"), "date"), (" at %s, %s. Reply C to confirm, R to reschedule. Msg&data rates may apply." % (ap.strftime("%-I:%M%p").lower(), addr),)]
        ln = mk("sms_notify", head, "dir=outbound to=", V(fmt_phone(p["ph"], 2), "phone"), " from=%s sid=SM%s body=\"" % ("+1" + "".join(c for c in site["phone"] if c.isdigit()), hexs(32)))
        for b in body:
            ln.add(b[0]) if len(b) == 1 else ln.add(V(b[0], b[1]))
        ln.add("\"")
        return [ln]
    ln = mk("sms_notify", head, "dir=inbound from=", V(fmt_phone(p["ph"], 2), "phone"), " to=%s sid=SM%s body=\"" % (
        "+1" + "".join(c for c in site["phone"] if c.isdigit()), hexs(32)))
    k = R.random()
    if k < 0.4:
        ln.add("C")
    elif k < 0.7:
        ln.add("can i move my appt to friday? this is ", V(full(p), "name"), " btw")
    else:
        site_txt = {"L": "left", "R": "right"}.get(p["tat"][1].split()[0], "") + " " + p["tat"][1].split(" ", 1)[-1]
        ln.add("it blistered pretty bad on my ", site_txt.strip(), " is that normal?? dob ", V(p["dob"].strftime("%-m/%-d/%y"), "date"))
    ln.add("\"")
    return [ln]


def g_syslog():
    t = tick()
    r = R.random()
    s3164 = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
    if r < 0.6:
        return [mk("syslog", R.choice([
            "<38>%s bastion-1 sshd[%d]: Accepted publickey for deploy from 34.217.%d.%d port %d ssh2: ED25519 SHA256:%s" % (
                s3164, R.randint(2000, 60000), R.randint(0, 255), R.randint(1, 254), R.randint(30000, 65000), b64blob(32)[:43]),
            "<78>%s fin-api-2 CRON[%d]: (root) CMD (/usr/local/bin/logrotate-fin.sh >/dev/null 2>&1)" % (s3164, R.randint(1000, 9000)),
            "<14>%s mdm-1 jamf[%d]: Device CP-iPad-%s-%02d (serial DMP%s) inventory updated, iPadOS 17.3.1, battery %d%%" % (
                s3164, R.randint(100, 999), R.choice(list(SITES)), R.randint(1, 4), alnum(9, "ABCDEFGHJKLMNPQRTUVWXYZ0123456789"), R.randint(10, 100)),
            "<4>%s pg-2 kernel: [%d.%06d] nf_conntrack: nf_conntrack: table full, dropping packet" % (s3164, R.randint(100000, 900000), R.randint(0, 999999)),
            "<134>1 %s wlc-%s captive-portal %d AP_STATUS - ap=%s-AP%d ap_mac=%s clients=%d ch=%d" % (
                iso_ms(t), "atx01", R.randint(1000, 3000), "ATX01", R.randint(1, 4), mac(private=False), R.randint(0, 30), R.choice([1, 6, 11, 36, 149])),
            "<30>%s vpn-gw charon[%d]: 09[IKE] IKE_SA site-%s[%d] established between 34.217.10.88[gw]...%s[%s-fw]" % (
                s3164, R.randint(900, 3000), R.choice(["phx02", "san03", "den04"]), R.randint(1, 90), "198.51.100.%d" % R.randint(2, 250), "clinic")]))]
    p = pt()
    site = p["site"]
    if r < 0.85:
        return [mk("syslog", "<134>1 %s wlc-%s captive-portal %d GUEST_AUTH - guest login ok email=" % (iso_ms(t), SITES[site]["host"], R.randint(1000, 3000)),
                   V(p["email"], "email"), " client_mac=", V(p["mac"], "device"), " ap=%s-AP%d ssid=ClearSlate-Guest vlan=40 terms_v=3" % (site, R.randint(1, 4)))]
    host = (p["fn"].replace("é", "e").replace("ó", "o").replace("í", "i").replace("ë", "e").replace("ö", "o") + "s-" + R.choice(["iPhone", "Galaxy-S23", "Pixel-8"]))
    return [mk("syslog", "<30>%s dhcp-%s dhcpd[%d]: DHCPACK on 10.40.12.%d to " % (s3164, SITES[site]["host"], R.randint(300, 900), R.randint(20, 250)),
               V(p["mac"].lower(), "device"), " (", V(host, "device"), ") via vlan40")]


def g_java():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    thr = "nio-8080-exec-%d" % R.randint(1, 20)
    if R.random() < 0.45:
        out = [mk("java_sched", "%s ERROR 1 --- [%s] c.c.sched.cache.SlotCache               : Slot cache refresh failed for site=%s" % (ts, thr, R.choice(list(SITES)))),
               mk("java_sched", "org.springframework.data.redis.RedisConnectionFailureException: Unable to connect to Redis; nested exception is io.lettuce.core.RedisConnectionException: Unable to connect to redis-sched.internal:6379"),
               mk("java_sched", "\tat org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory$ExceptionTranslatingConnectionProvider.translateException(LettuceConnectionFactory.java:1689)"),
               mk("java_sched", "\tat com.clearslate.sched.cache.SlotCache.refresh(SlotCache.java:%d)" % R.randint(40, 200)),
               mk("java_sched", "\tat java.base/java.lang.Thread.run(Thread.java:1583)")]
        return out
    p = pt()
    ap = appt_dt()
    out = [mk("java_sched", "%s ERROR 1 --- [%s] c.c.sched.booking.BookingService         : Slot booking failed patient=" % (ts, thr),
              V(p["mrn"], "mrn"), " slot=", V(ap.strftime("%Y-%m-%dT%H:%M"), "date"), " site=", p["site"], " traceId=", hexs(32)),
           mk("java_sched", "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [appt_pt_slot_uk]"),
           mk("java_sched", "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:290)"),
           mk("java_sched", "\tat com.clearslate.sched.booking.BookingService.book(BookingService.java:%d)" % R.randint(80, 300)),
           mk("java_sched", "Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"appt_pt_slot_uk\""),
           mk("java_sched", "  Detail: Key (patient_id, slot_start)=(", V(p["pid"], "mrn"), ", ", V(ap.strftime("%Y-%m-%d %H:%M:%S"), "date"), ") already exists."),
           mk("java_sched", "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)"),
           mk("java_sched", "\t... 87 common frames omitted")]
    return out


def g_pg():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)
    pidn = R.randint(1000, 60000)
    head = "%s [%d] " % (ts, pidn)
    r = R.random()
    if r < 0.45:
        return [mk("postgres", head, R.choice([
            "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 3 recycled; write=%.3f s, sync=0.011 s, total=%.3f s" % (
                R.randint(100, 9000), R.uniform(0.5, 30), R.uniform(1, 60), R.uniform(1, 60)),
            "LOG:  automatic vacuum of table \"dermachart.public.photo_objects\": index scans: 1, pages: 0 removed, %d remain" % R.randint(1000, 90000),
            "dermachart@dermachart LOG:  duration: %.3f ms  execute S_7: SELECT id, status FROM appointments WHERE site_id = $1 AND slot_start >= $2 LIMIT 200" % R.uniform(200, 3000),
            "billing@glowclub LOG:  duration: %.3f ms  statement: SELECT count(*) FROM memberships WHERE status = 'past_due'" % R.uniform(100, 900)]))]
    p = pt()
    if r < 0.7:
        last = p["ln"].split()[0].split("-")[0].lower()
        return [mk("postgres", head, "frontdesk@dermachart LOG:  duration: %.3f ms  statement: SELECT id, mrn, first_name, last_name FROM patients WHERE lower(last_name) LIKE '" % R.uniform(500, 4000),
                   V(last.replace("'", "''"), "name"), "%' AND dob = '", V(p["dob"].isoformat(), "date"), "'")]
    if r < 0.85:
        return [mk("postgres", head, "billing@glowclub LOG:  duration: %.3f ms  execute S_4: UPDATE memberships SET status = $1 WHERE member_no = $2" % R.uniform(0.2, 30)),
                mk("postgres", head, "billing@glowclub DETAIL:  parameters: $1 = 'past_due', $2 = '", V(p["member"], "account"), "'")]
    return [mk("postgres", head, "finance@fin ERROR:  null value in column \"dob\" of relation \"fin_applications\" violates not-null constraint"),
            mk("postgres", head, "finance@fin DETAIL:  Failing row contains (%d, " % R.randint(10000, 99999), V(p["app"], "other_id"), ", ",
               V(p["fn"], "name"), ", ", V(p["ln"], "name"), ", null, ", V(p["zip"], "zip"), ", pending).")]


CH = {"ATX01": "C04ATXFD1", "PHX02": "C04PHXFD2", "SAN03": "C04SANFD3", "DEN04": "C04DENFD4"}


def g_chat():
    t = tick()
    s = staff()
    site = R.choice(list(SITES))
    base = {"type": "message", "channel": CH[site], "user": "U0" + hashlib.sha1(s[1].encode()).hexdigest()[:8].upper(),
            "user_name": "%s.%s" % (s[0].lower(), s[1].lower()), "ts": "%d.%06d" % (int(t.timestamp()), R.randint(0, 999999))}
    r = R.random()
    if r < 0.5:
        base["text"] = R.choice([
            "anyone seen the 532 handpiece? PicoWave in L2 throwing E-117 again",
            "Reminder: PO-ATX-00%d for Q-switch flashlamps arrives Wed, lot 23K118, sign for it pls" % R.randint(4000, 4999),
            "wifi in PHX down again, IT ticket INC00%d" % R.randint(40000, 49999),
            "Astera rep (Kyle, 800-555-0199) coming thurs 2pm for PM on SN %s" % PW_SN["ATX01"],
            "who has the numbing cream order? SKU LMX4-30G x 12",
            "Dr. Raman running 15 behind, pls let the 3pm block know",
            "new consent form v7 is live on all iPads, v6 retired"])
        return [jline("slack_chat", base)]
    p = pt()
    k = R.random()
    if k < 0.3:
        base["text"] = C("Heads up: ", V(full(p), "name"), " (", V(p["mrn"], "mrn"), ") is running 10 min late, moved her to the %d:%02d in L%d" % (R.randint(1, 5), R.choice([0, 15, 30, 45]), R.randint(1, 3)))
    elif k < 0.45:
        base["text"] = C("pt ", V(p["fn"], "name"), " in the silver Civic (plate ", V(p["plate"], "vehicle"), ") got towed from the garage, tow co has VIN ",
                         V(p["vin"], "vehicle"), " if anyone asks")
    elif k < 0.65:
        base["text"] = C("Probation referral for ", V(full(p), "name"), " came in, case # ", V("CR-2023-%06d" % R.randint(1000, 99999), "other_id"),
                         ", needs completion letter by ", V(appt_dt(20).strftime("%-m/%-d"), "date"), " - gang tattoo program, no charge")
    elif k < 0.8:
        base["text"] = C("can someone call back the lady asking about pricing for brow pigment removal? ", V(fmt_phone(p["ph"], 1), "phone"), " no name left")
    else:
        if p["inscr"] and p["inscr"][0] == "name":
            base["text"] = C("lol ", V(p["fn"], "name"), " wants the '", V(p["inscr"][1], "name"), "' on %s " % ("her" if p["sex"] == "F" else "his"), p["tat"][1], " gone before the wedding, 3 sessions left")
        else:
            base["text"] = C("FYI ", V(full(p, 1), "name"), " DOB ", V(p["dob"].strftime("%m/%d/%Y"), "date"), " financing approved, ok to book the 10-pack")
    return [jline("slack_chat", base)]


CSV_HDR = "site,dos,mrn,patient,proc_code,device,wl_nm,spot_mm,fluence_jcm2,pulses,session,fst,tech,charge_usd"


def g_csv():
    tick()
    out = [mk("emr_csv", CSV_HDR)]
    for _ in range(R.randint(2, 4)):
        tick()
        p = pt()
        code = R.choice(["TR-SM", "TR-MD", "TR-LG", "17106", "BROW-PIG"])
        out.append(mk("emr_csv", p["site"], ",", V(now().astimezone(dt.timezone(dt.timedelta(hours=SITES[p["site"]]["tz"]))).date().isoformat(), "date"), ",",
                      V(p["mrn"], "mrn"), ',"', V(full(p, 1), "name"), '",', code, ",%s,%s,%.1f,%.2f,%d,%d/10,%s,%s,%.2f" % (
                          R.choice(["PicoWave", "QS1064"]), R.choice(["1064", "532"]), R.choice([2, 3, 4, 6]), R.uniform(0.6, 3.5),
                          R.randint(80, 1400), R.randint(1, 9), R.choice(["II", "III", "IV", "V", "VI"]), uname(staff()), R.choice([150, 225, 325, 450]))))
    return out


NOTE_OLD = [0]


def g_note():
    t = tick()
    s = R.choice([x for x in STAFF if x[2] in ("MD", "PA-C", "RN")])
    nid = R.randint(80000, 99999)
    if R.random() < 0.25:
        return [mk("emr_note", "[DC-NOTE %d] addendum by %s, %s %s: device log reconciled with chart, no changes to parameters. Signed %s" % (
            nid, s[1], s[0], s[2], t.strftime("%Y-%m-%d %H:%M")))]
    p = pt()
    if not NOTE_OLD[0] and len(OUT) > 200:
        NOTE_OLD[0] = 1
        p = PATIENTS[7]
    site = p["site"]
    dos = local(t, site).date()
    age = (dos - p["dob"]).days // 365
    ln = mk("emr_note", "[DC-NOTE %d] " % nid, V(dos.strftime("%m/%d/%Y"), "date"), " %s %s, %s %s | " % (site, s[1], s[0], s[2]),
            V(p["mrn"], "mrn"), " | ", V(full(p, 1), "name"), " | S: ")
    if age > 89:
        ln.add("Pt is a ", V(str(age), "age"), " y/o %s seen for laser tx of actinic damage/solar lentigines R dorsal hand; lives with %s " % ("F" if p["sex"] == "F" else "M", p["ec"][1].lower()),
               V(p["ec"][0], "name"), " who drove pt today. O: FST II, no new lesions. A/P: 755nm alexandrite 3mm 2.0 J/cm2, RTC 6 wks (",
               V((dos + dt.timedelta(weeks=6)).strftime("%m/%d/%Y"), "date"), ").")
        return [ln]
    ln.add("%d y/o %s returns for session %d of tattoo removal, %s %s" % (age, "F" if p["sex"] == "F" else "M", R.randint(2, 8), p["tat"][0], p["tat"][1]))
    if p["inscr"]:
        if p["inscr"][0] == "name":
            ln.add(" reading '", V(p["inscr"][1], "name"), "'")
        else:
            ln.add(" reading 'RIP ", V(p["inscr"][1], "name"), " ", V(p["inscr"][2].strftime("%m.%d.%y"), "date"), "'")
    ln.add(". O: FST %s, %s. A/P: %s 1064nm %dmm %.1f J/cm2 %d pulses; RTC 8 wks (" % (
        R.choice(["III", "IV", "V"]), R.choice(["prior blistering resolved", "mild hypopigmentation", "frosting resolved, no scarring", "~60% clearance"]),
        R.choice(["PicoWave", "QS1064"]), R.choice([3, 4]), R.uniform(0.8, 3.0), R.randint(100, 1200)),
        V((dos + dt.timedelta(weeks=8)).strftime("%m/%d/%Y"), "date"), ").")
    if R.random() < 0.3:
        ln.add(" Curbside check-in, vehicle plate ", V(p["plate"], "vehicle"), ".")
    return [ln]


GENS = [(g_consent, 36), (g_vault, 34), (g_s3, 24), (g_picowave, 34), (g_qontour, 14), (g_fin, 20),
        (g_lender_xml, 10), (g_billing, 24), (g_stripe, 12), (g_nacha, 0.6), (g_nginx, 50), (g_hl7, 3.5),
        (g_x12, 0), (g_sms, 24), (g_syslog, 44), (g_java, 3), (g_pg, 20), (g_chat, 22), (g_csv, 2.5), (g_note, 13)]
SINGLE = {g_consent, g_vault, g_s3, g_picowave, g_qontour, g_fin, g_lender_xml, g_billing, g_stripe, g_nginx,
          g_sms, g_syslog, g_chat, g_note}


def g_x12_2():
    return g_x12()


def main():
    fs = [g for g, w in GENS]
    ws = [w for g, w in GENS]
    # make sure the one-off multi-line systems appear
    forced = {g_x12: 130, g_nacha: 260, g_x12_2: 390}
    while len(OUT) < N_LINES:
        g = None
        for fg, at in list(forced.items()):
            if len(OUT) >= at:
                g = fg
                del forced[fg]
                break
        if g is None:
            g = R.choices(fs, ws)[0]
        lines = g()
        if len(OUT) + len(lines) > N_LINES:
            continue
        emit(*lines)
    check_and_write()


def check_and_write():
    assert len(OUT) == N_LINES
    with open(ID + ".log", "w", encoding="utf-8", newline="\n") as fl, \
            open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n") as fj:
        for i, ln in enumerate(OUT, 1):
            text = ln.text()
            if not text or "\n" in text or "\r" in text:
                raise SystemExit("line %d empty or has newline" % i)
            b = text.encode("utf-8")
            spans = sorted(ln.spans, key=lambda x: x[0])
            prev = 0
            out = []
            for s, e, cat, emitted, orig, kind in spans:
                if not (0 <= s < e <= len(b)):
                    raise SystemExit("line %d: bad span %r" % (i, (s, e)))
                if s < prev:
                    raise SystemExit("line %d: overlapping spans" % i)
                prev = e
                got = b[s:e].decode("utf-8")
                if got != emitted:
                    raise SystemExit("line %d: span text %r != %r" % (i, got, emitted))
                if kind == "json" and json.loads('"' + got + '"') != orig:
                    raise SystemExit("line %d: json-escaped span does not decode to %r" % (i, orig))
                if kind == "pct" and urllib.parse.unquote(got) != orig:
                    raise SystemExit("line %d: pct span does not decode to %r" % (i, orig))
                if cat.startswith("_"):
                    continue
                if cat not in CATS:
                    raise SystemExit("line %d: unknown cat %s" % (i, cat))
                out.append({"s": s, "e": e, "cat": cat})
            fl.write(text + "\n")
            fj.write(json.dumps({"line": i, "family": ln.family, "spans": out}) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
