#!/usr/bin/env python3
"""Synthetic labeled log corpus "sb": Kestrel Portable Benefits.

Kestrel Portable Benefits (HQ 2200 Welton St, Suite 900, Denver CO 80205) runs a
portable-benefits platform for gig drivers (rideshare partners "Ryde", "MoveMe";
delivery partners "Fetchr", "CartRun"): occupational-accident (OA) insurance
claims underwritten by Ashgrove Specialty Insurance, a telehealth benefit
(vendor ClearCall Health), identity verification (vendor FaceSure) and
background/MVR checks (vendor VerityScreen), earnings-based premium deductions,
injury reports from the driver app (photos, GPS, device ids) and a nurse line.
The drivers are the members / claimants; all people and numbers are made up.

Writes sb.log (500 lines) and sb.labels.jsonl in the current directory.
Standard library only, fixed seed -> byte-identical output on every run.

Systems simulated (family names in the labels file)
  nginx_access     api-gateway access log (driver app, LB health checks, CDN, vendor webhooks)
  claims_json      claims-svc structlog JSON (claim lifecycle, benefit calc, adjuster notes)
  intake_json      injury-report intake events from the driver app (GPS, photos, IMEI/IDFV)
  fhir             FHIR R4 resources pushed by the telehealth vendor (Patient, Encounter,
                   Appointment, Coverage, OperationOutcome)
  nurseline_csv    nurse-line call export (English and Spanish queues, free-text notes)
  acd_csv          call-centre ACD interval statistics (no PHI)
  bgcheck_json     VerityScreen background / MVR webhook events
  idv_logfmt       FaceSure identity verification gateway (selfie, template, DL OCR)
  deduction_psv    pipe-delimited premium-deduction batch (HDR / D rows / TRL)
  nacha            NACHA PPD file of TTD benefit payouts (94-char fixed width)
  hl7v2            HL7 v2.5.1 ADT / ORU from the WorkWell occupational clinic
  x12_837          X12 837P professional claims from the clinic (one segment per line)
  syslog           infrastructure syslog (sshd, systemd, kernel, cron, haproxy)
  sms_relay        SMS relay key=value log (outbound templates, inbound driver texts, DLRs)
  postgres         PostgreSQL server log with statements
  java_app         premium-engine Spring Boot log with stack traces
  support_chat     support chat transcript TSV (bot "Ruby", agents, drivers; EN/PT/ES)
  acord_xml        ACORD XML first-notice-of-loss to / acks from the carrier
  cef_audit        admin-console audit events forwarded to the SIEM as CEF
  billing_json     card billing for members who pay premiums directly
  k8s_logfmt       platform logfmt (kafka consumers, deploys, autoscaler) (no PHI)

Labeling decisions (grey cases)
  * Members are the drivers; their dependents, spouses and emergency contacts are
    labeled too. Staff (adjusters, nurses, support agents, clinicians with NPI),
    vendors, partners, Kestrel's and the clinic's addresses/phones/emails are not.
  * Kestrel member ids (KPB...), certificate ids and a Medicare MBI are health_plan.
    Partner-assigned driver refs (Ryde UUIDs, FR-..., CartRun numbers, mm_...),
    claim numbers, nurse-line case numbers, injury-report ids, telehealth visit
    ids, HL7 visit numbers, background-check candidate/report ids, IDV inquiry ids,
    carrier claim numbers, billing customer ids and drug-screen specimen ids are
    other_id. Clinic / telehealth patient ids are mrn. HL7 PID-18 and X12 CLM01
    patient control numbers, bank accounts and card PANs are account.
  * Support-chat conversation ids, trip/order ids, request/trace ids, Kafka
    offsets, SMS message sids and webhook event ids are NOT labeled (system or
    transaction ids, not ids of the person).
  * GPS latitude / longitude of an incident or of the driver is a geocode below
    state -> two address spans. Partner "market" codes (PHX, ATL) are not labeled.
  * Dates tied to the member are labeled date: birth, injury (with time when it
    carries one), service, appointment, disability start / RTW, coverage start,
    DL expiry, dates inside notes. A time of day on its own (ACORD LossTime) is
    not labeled; a full date-time is one date span. The record's own timestamp is not labeled;
    for the nurse-line export the call start column IS the row's record time and
    is not labeled. Batch-level dates (NACHA header, deduction HDR period) are
    not labeled.
  * Ages labeled only when over 89 (a dependent parent on the nurse line).
  * Driver IPs from mobile carriers / home broadband are ip; internal 10.x, LB,
    CDN edge, vendor webhook and staff VPN addresses are not.
  * IMEI, iOS IDFV and FCM push tokens of the driver's phone are device.
  * Absolute URLs that carry a member id or a per-person visit token are one url
    span (the id inside is not labeled separately). In access-log request paths
    only the identifier inside the path is labeled (health_plan / other_id).
  * SSN masked to last four: the four digits are labeled ssn. Card PANs masked
    to last four ("visa **** 4242") are not labeled. Invalid (non-Luhn) PANs
    typed by a member and rejected are still labeled account; an OCR'd VIN with a
    bad check digit is still labeled vehicle.
  * Selfie images (base64 JPEG) are photo; face templates (base64 embedding) are
    biometric. Injury photos of a body part are not full-face images: their
    base64 thumbnails get the ignored category "_photo_nonface".
  * In ACORD XML and the bgcheck JSON, Surname and GivenName are separate values:
    two name spans. HL7 XPN "Last^First^M" is one span.
"""
import base64
import hashlib
import json
import random
import sys
import unicodedata
from datetime import datetime, timedelta, timezone

ID = "sb"
N_LINES = 500
R = random.Random(0x5B2024)


# --------------------------------------------------------------------------- builders
class B:
    """One log line built from parts; labeled parts become spans."""

    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, x):
        self.parts.append((str(x), None, None, None))
        return self

    def p(self, x, cat, value=None, dec=None):
        x = str(x)
        if not x:
            raise ValueError("empty labeled piece")
        self.parts.append((x, cat, x if value is None else value, dec))
        return self

    def build(self):
        out = bytearray()
        spans, checks = [], []
        for txt, cat, val, dec in self.parts:
            bb = txt.encode("utf-8")
            if cat:
                spans.append({"s": len(out), "e": len(out) + len(bb), "cat": cat})
                checks.append((txt, val, dec))
            out += bb
        return bytes(out), spans, checks


class P:
    """A labeled JSON value."""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:
    """A JSON string assembled from plain and labeled (P) pieces."""

    def __init__(self, *pieces):
        self.pieces = pieces


def jdec(piece):
    return json.loads('"' + piece + '"')


def jemit(b, o, sep=(",", ":"), asc=False):
    if isinstance(o, dict):
        b.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                b.t(sep[0])
            b.t(json.dumps(k) + sep[1])
            jemit(b, v, sep, asc)
        b.t("}")
    elif isinstance(o, list):
        b.t("[")
        for i, v in enumerate(o):
            if i:
                b.t(sep[0])
            jemit(b, v, sep, asc)
        b.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            b.t('"').p(json.dumps(o.v, ensure_ascii=asc)[1:-1], o.cat, o.v, jdec).t('"')
        else:
            b.p(json.dumps(o.v), o.cat, o.v, json.loads)
    elif isinstance(o, S):
        b.t('"')
        for pc in o.pieces:
            if isinstance(pc, P):
                b.p(json.dumps(pc.v, ensure_ascii=asc)[1:-1], pc.cat, pc.v, jdec)
            else:
                b.t(json.dumps(pc, ensure_ascii=asc)[1:-1])
        b.t('"')
    else:
        b.t(json.dumps(o, ensure_ascii=asc))


def jline(fam, obj, sep=(",", ":"), asc=False):
    b = B(fam)
    jemit(b, obj, sep, asc)
    return b


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")


# --------------------------------------------------------------------------- checksums
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


def luhn_ok(num):
    return luhn_digit(num[:-1]) == num[-1]


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def npi():
    base = R.choice("12") + digits(8)
    return base + luhn_digit("80840" + base)


def imei():
    base = R.choice(["35", "86", "01", "35"]) + digits(12)
    return base + luhn_digit(base)


def card(valid=True):
    base = R.choice(["4", "4", "51", "55", "37"])
    ln = 15 if base == "37" else 16
    base = base + digits(ln - 1 - len(base))
    cd = luhn_digit(base)
    if not valid:
        cd = str((int(cd) + R.randint(1, 9)) % 10)
    return base + cd


VT = {str(i): i for i in range(10)}
VT.update(dict(A=1, B=2, C=3, D=4, E=5, F=6, G=7, H=8, J=1, K=2, L=3, M=4, N=5, P=7,
               R=9, S=2, T=3, U=4, V=5, W=6, X=7, Y=8, Z=9))
VW = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin_cd(v):
    s = sum(VT[c] * VW[i] for i, c in enumerate(v)) % 11
    return "X" if s == 10 else str(s)


def vin(valid=True):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = (R.choice(["1HG", "2T1", "JTD", "5YJ", "1N4", "3FA", "KMH", "1FM", "4T1", "JN8", "5NP"])
         + "".join(R.choice(al) for _ in range(5)) + "0" + R.choice("GHJKLMNPR")
         + R.choice("ABCUK0123456789") + digits(6))
    cd = vin_cd(v)
    if not valid:
        cd = R.choice([c for c in "0123456789X" if c != cd])
    return v[:8] + cd + v[9:]


def vin_ok(v):
    return vin_cd(v[:8] + "0" + v[9:]) == v[8]


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def aba():
    d = [int(c) for c in R.choice(["0610", "1110", "0710", "1220", "0910", "1070", "0530", "0260"]) + digits(4)]
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    d.append((-s) % 10)
    return "".join(map(str, d))


def mbi():
    a = "ACDEFGHJKMNPQRTUVWXY"
    an = a + "0123456789"
    return (R.choice("123456789") + R.choice(a) + R.choice(an) + R.choice("0123456789")
            + R.choice(a) + R.choice(an) + R.choice("0123456789") + R.choice(a) + R.choice(a)
            + R.choice("0123456789") + R.choice("0123456789"))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b36(n):
    return "".join(R.choice("0123456789abcdefghijklmnopqrstuvwxyz") for _ in range(n))


def b64(nbytes):
    return base64.b64encode(bytes(R.randrange(256) for _ in range(nbytes))).decode()


def ascii_up(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()


# --------------------------------------------------------------------------- people
FIRST = ["Marisol", "Dev", "Oluwaseun", "Tomasz", "Hope", "Chase", "Thanh", "Aaliyah", "Grant",
         "Precious", "Ivy", "Rafael", "Mei-Ling", "Justice", "Bilal", "Sunny", "Ximena", "Kwame",
         "Destiny", "Anatoliy", "Faith", "Joaquín", "Siobhan", "Hunter", "Amir", "Lucía", "Kenji",
         "Yesenia", "Dmitri", "Rosa", "Tariq", "Luana", "Priyanka", "Emeka", "Brooke", "Haruto",
         "Fatoumata", "Wesley", "Noor", "Cruz", "José Luis", "Ana Paula"]
LAST = ["García-Ortiz", "Patel-Ruiz", "Adeyemi", "Kowalski", "Rose", "Bishop", "Tran", "Washington",
        "Young", "Okonkwo-Bell", "de la Cruz", "Van der Berg", "O'Malley", "Hunter", "Nakamura",
        "Story", "Price", "Castillo Moreno", "Mbeki", "Wolf", "Page", "Ferreira-Matos", "Haddad",
        "Sørensen", "Nguyen", "Kaur", "Baptiste", "Mercy", "Fairweather", "Abernathy-Singh",
        "Diallo", "Lindqvist", "Summers", "Delacroix", "Gold", "Winter", "Yılmaz", "MacLeod",
        "Santos", "Oyelaran", "Love", "Church"]
CITIES = [
    ("Atlanta", "GA", ["30310", "30315", "30344"], ["404", "470", "678"], "ATL"),
    ("Houston", "TX", ["77036", "77081", "77099"], ["713", "832", "281"], "HOU"),
    ("Phoenix", "AZ", ["85008", "85033", "85041"], ["602", "480"], "PHX"),
    ("Chicago", "IL", ["60623", "60629", "60647"], ["312", "773", "872"], "CHI"),
    ("Los Angeles", "CA", ["90011", "90044", "91605"], ["213", "323", "818"], "LAX"),
    ("Miami", "FL", ["33125", "33142", "33161"], ["305", "786"], "MIA"),
    ("Corona", "NY", ["11368"], ["718", "347", "929"], "NYC"),
    ("Jamaica", "NY", ["11434", "11433"], ["718", "347"], "NYC"),
    ("Denver", "CO", ["80219", "80239"], ["303", "720"], "DEN"),
    ("Seattle", "WA", ["98118", "98168"], ["206"], "SEA"),
    ("Charlotte", "NC", ["28205", "28212"], ["704", "980"], "CLT"),
]
CITY_LL = {"Atlanta": (33.749, -84.388), "Houston": (29.760, -95.370), "Phoenix": (33.448, -112.074),
           "Chicago": (41.878, -87.630), "Los Angeles": (34.052, -118.244), "Miami": (25.762, -80.192),
           "Corona": (40.745, -73.862), "Jamaica": (40.702, -73.789), "Denver": (39.739, -104.990),
           "Seattle": (47.606, -122.332), "Charlotte": (35.227, -80.843)}
STREETS = ["Oak Ridge Dr", "Bankhead Hwy NW", "Bissonnet St", "W Roosevelt St", "S Kedzie Ave",
           "Crenshaw Blvd", "NW 7th Ave", "Roosevelt Ave", "S Federal Blvd", "Rainier Ave S",
           "Central Ave", "Pinecrest Ln", "Juniper Ct", "Harmony Way", "Magnolia St",
           "Cedar Bluff Rd", "Sutphin Blvd", "Beechnut St", "N Milwaukee Ave", "Elm Hollow Cir"]
PARTNERS = [("Ryde", "rideshare"), ("MoveMe", "rideshare"), ("Fetchr", "delivery"), ("CartRun", "delivery")]
CARRIER_IP = ["172.58", "172.56", "107.77", "166.199", "174.205", "174.226", "73", "98", "24", "71"]


def dl_number(st):
    if st == "CA":
        return R.choice("ABDEFNY") + digits(7)
    if st == "TX":
        return digits(8)
    if st == "AZ":
        return R.choice("ABD") + digits(8)
    if st == "IL":
        d = digits(11)
        return "%s%s-%s-%s" % (R.choice("ABKMS"), d[:3], d[3:7], d[7:])
    if st == "FL":
        d = digits(12)
        return "%s%s-%s-%s-%s-%s" % (R.choice("GMRS"), d[:3], d[3:6], d[6:8], d[8:11], d[11])
    if st == "NY":
        return digits(9)
    if st == "CO":
        d = digits(9)
        return "%s-%s-%s" % (d[:2], d[2:5], d[5:])
    if st == "WA":
        return "WDL" + "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") for _ in range(9))
    if st == "NC":
        return digits(12)
    return digits(9)


def plate(st):
    L = "ABCDEFGHJKLMNPRSTVWXYZ"
    l3 = "".join(R.choice(L) for _ in range(3))
    if st == "CA":
        return R.choice("6789") + l3 + digits(3)
    if st in ("TX", "GA", "NY", "NC"):
        return l3 + "-" + digits(4) if st != "GA" else l3 + digits(4)
    if st == "FL":
        return l3 + R.choice(L) + digits(2)
    return l3 + digits(3) if st != "AZ" else R.choice(L) + l3[:2] + digits(4)


def phone(area):
    return area + str(R.randint(2, 9)) + digits(2) + str(R.randint(0, 9)) + digits(3)


def fmt_phone(p, style):
    if style == 0:
        return "+1" + p
    if style == 1:
        return "(%s) %s-%s" % (p[:3], p[3:6], p[6:])
    if style == 2:
        return "%s-%s-%s" % (p[:3], p[3:6], p[6:])
    return p


def email_of(first, last):
    f = ascii_up(first).lower().replace(" ", "")
    l = ascii_up(last).lower().replace(" ", "").replace("'", "")
    pat = R.choice(["{f}.{l}", "{f}{l}{n}", "{fi}{l}", "{l}.{f}{n}", "{f}_{l}"])
    local = pat.format(f=f, l=l, fi=f[0], n=R.randint(1, 99))
    return local + "@" + R.choice(["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "proton.me"])


class Person:
    pass


def mk_person(i):
    p = Person()
    p.first = R.choice(FIRST)
    p.last = R.choice(LAST)
    p.mi = R.choice("ABCDEFGHJKLMNRST") if R.random() < 0.4 else ""
    p.sex = R.choice("MF")
    c = R.choice(CITIES)
    p.city, p.st, p.market = c[0], c[1], c[4]
    p.zip = R.choice(c[2])
    p.street = "%d %s" % (R.randint(12, 9899), R.choice(STREETS))
    p.apt = R.choice(["", "", "", "Apt %d" % R.randint(1, 40), "Unit %s" % R.choice(["2B", "114", "C", "7"])])
    by = R.randint(1959, 2003) if i else 1957
    p.dob = datetime(by, R.randint(1, 12), R.randint(1, 28))
    p.phone = phone(R.choice(c[3]))
    p.email = email_of(p.first, p.last)
    p.member = "KPB" + digits(9)
    p.partner, p.gig = R.choice(PARTNERS)
    if p.partner == "Ryde":
        p.dref = uid()
    elif p.partner == "Fetchr":
        p.dref = "FR-" + digits(6)
    elif p.partner == "CartRun":
        p.dref = digits(10)
    else:
        p.dref = "mm_" + b36(10)
    p.ssn = ssn()
    p.dl = dl_number(p.st)
    p.dl_exp = datetime(R.randint(2025, 2031), p.dob.month, p.dob.day)
    p.vin = vin()
    p.plate = plate(p.st)
    p.android = R.random() < 0.55
    p.imei = imei()
    p.idfv = uid().upper()
    p.fcm = b36(11) + ":APA91b" + "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") for _ in range(40))
    pre = R.choice(CARRIER_IP)
    p.ip = pre + "." + ".".join(str(R.randint(1, 254)) for _ in range(4 - pre.count(".") - 1))
    p.routing = aba()
    p.acct = digits(R.randint(8, 12))
    p.claim = "OA-24-%06d" % R.randint(1000, 99999)
    p.doi = datetime(2024, R.choice([2, 3, 3]), R.randint(1, 15), R.randint(6, 22), R.randint(0, 59))
    p.ec_name = R.choice(FIRST) + " " + (p.last if R.random() < 0.6 else R.choice(LAST))
    p.ec_rel = R.choice(["spouse", "mother", "brother", "partner", "daughter", "father"])
    p.ec_phone = phone(R.choice(c[3]))
    p.mrn = "WW" + digits(7)
    p.tpid = "cch-pt-" + digits(8)
    p.visit = "vst_" + b36(14)
    p.lat, p.lng = CITY_LL[p.city]
    p.lat += R.uniform(-0.12, 0.12)
    p.lng += R.uniform(-0.12, 0.12)
    p.mbi = mbi() if i == 0 else None
    p.cand = "cand_" + hexs(24)
    p.cus = "cus_" + b36(14)
    return p


PEOPLE = [mk_person(i) for i in range(48)]


def person():
    return R.choice(PEOPLE)


def fullname(p, mi=True):
    return p.first + (" " + p.mi + "." if (mi and p.mi) else "") + " " + p.last


STAFF = ["adj.rkowalczyk", "adj.tnakamura", "adj.dokafor", "sup.lbrennan", "rn.amensah", "ops.jvillanueva"]
NURSES = ["RN Abena Mensah", "RN Colm Fitzgerald", "RN Graciela Paredes", "RN Tobias Ward"]
AGENTS = ["Keiko M.", "Jamal R.", "Valentina S.", "Marcus (Tier 2)"]
DOCS = [("Ortega-Lind", "Samuel"), ("Achterberg", "Ilse"), ("Chaudhry", "Faisal"), ("Brightwater", "June")]
DOC_NPI = {d: npi() for d in DOCS}
CLINIC_NPI = npi()
INJURIES = [("lower back", "strain", "S39.012A"), ("right wrist", "sprain", "S63.501A"),
            ("left knee", "contusion", "S80.02XA"), ("neck", "strain", "S16.1XXA"),
            ("right shoulder", "strain", "S46.911A"), ("left ankle", "sprain", "S93.402A"),
            ("face", "laceration", "S01.81XA"), ("right hand", "laceration", "S61.411A")]
TZ = {"CA": "-07:00", "WA": "-07:00", "AZ": "-07:00", "CO": "-06:00", "TX": "-05:00", "IL": "-05:00"}
SERVERS = ["10.40.2.15", "10.40.2.16", "10.40.3.21", "10.40.7.9"]

# --------------------------------------------------------------------------- clock
T = [datetime(2024, 3, 18, 6, 0, 3, 117000, tzinfo=timezone.utc)]


def tick():
    T[0] += timedelta(milliseconds=R.randint(150, 22000))
    return T[0]


def iso(t, ms=True, z=True):
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % (t.microsecond // 1000)
    return s + ("Z" if z else "+00:00")


def sp(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % (t.microsecond // 1000)


def sysl(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


# =========================================================================== generators
def g_nginx_member():
    p = person()
    t = tick()
    b = B("nginx_access")
    b.p(p.ip, "ip").t(" - - [" + t.strftime("%d/%b/%Y:%H:%M:%S +0000") + '] "')
    k = R.randint(0, 5)
    if k == 0:
        b.t("GET /v2/members/").p(p.member, "health_plan").t("/benefits HTTP/2.0")
    elif k == 1:
        b.t("GET /v2/members/").p(p.member, "health_plan").t("/claims?status=open&limit=20 HTTP/2.0")
    elif k == 2:
        b.t("POST /v2/claims/").p(p.claim, "other_id").t("/photos HTTP/2.0")
    elif k == 3:
        b.t("GET /v1/telehealth/eligibility?member=").p(p.member, "health_plan").t(" HTTP/1.1")
    elif k == 4:
        b.t("POST /v2/auth/token/refresh HTTP/2.0")
    else:
        b.t("PUT /v2/drivers/").p(p.dref, "other_id").t("/vehicle HTTP/2.0")
    ua = ("KestrelDriver/4.18.%d (Android 14; %s)" % (R.randint(0, 3), R.choice(["SM-S918U", "Pixel 7a", "moto g stylus 5G"]))
          if p.android else "KestrelDriver/4.18.%d (iPhone14,%d; iOS 17.%d.1)" % (R.randint(0, 3), R.randint(2, 8), R.randint(2, 4)))
    b.t('" %d %d "-" "%s" rt=%.3f uct=%.3f upstream=%s:8080 req_id=%s' % (
        R.choice([200, 200, 200, 201, 304, 401, 404]), R.randint(180, 24000), ua, R.uniform(0.004, 1.9),
        R.uniform(0.0, 0.01), R.choice(SERVERS), hexs(32)))
    return [b]


def g_nginx_clean():
    t = tick()
    k = R.randint(0, 3)
    if k == 0:
        src, req, ua, st = "10.40.0.%d" % R.randint(3, 40), "GET /healthz HTTP/1.1", "ELB-HealthChecker/2.0", 200
    elif k == 1:
        src, req, ua, st = "10.40.9.4", "GET /metrics HTTP/1.1", "Prometheus/2.49.1", 200
    elif k == 2:
        src = "130.176.%d.%d" % (R.randint(1, 250), R.randint(1, 250))
        req = "GET /static/js/app.%s.js HTTP/1.1" % hexs(8)
        ua, st = "Amazon CloudFront", R.choice([200, 304])
    else:
        src, v, ua = R.choice([("34.82.114.6", "verityscreen", "VerityScreen-Webhooks/1.4"),
                               ("35.203.18.77", "facesure", "FaceSure-Hook/3"),
                               ("52.14.200.3", "clearcall", "ClearCall-Notifier/2.11.0")])
        req, st = "POST /webhooks/%s HTTP/1.1" % v, 202
    b = B("nginx_access").t('%s - - [%s] "%s" %d %d "-" "%s" rt=%.3f uct=%.3f upstream=%s:8080 req_id=%s' % (
        src, t.strftime("%d/%b/%Y:%H:%M:%S +0000"), req, st, R.randint(2, 90000), ua,
        R.uniform(0.001, 0.3), R.uniform(0, 0.004), R.choice(SERVERS), hexs(32)))
    return [b]


def g_claims():
    p = person()
    t = tick()
    k = R.randint(0, 4)
    inj = R.choice(INJURIES)
    base = {"ts": iso(t), "level": "info", "logger": "", "trace_id": hexs(32), "span_id": hexs(16)}
    if k == 0:
        base.update(logger="claims.intake", event="claim.created", claim_no=P(p.claim, "other_id"),
                    member_id=P(p.member, "health_plan"), claimant=P(fullname(p), "name"),
                    doi=P(d_iso(p.doi), "date"), injury={"body_part": inj[0], "nature": inj[1]},
                    channel="driver_app", partner=p.partner, market=p.market, policy="OAI-GRP-000114")
        return [jline("claims_json", base)]
    if k == 1:
        base.update(logger="claims.workflow", event="claim.status_changed", claimNumber=P(p.claim, "other_id"),
                    **{"from": "intake", "to": R.choice(["adjuster_review", "pending_medical", "approved", "closed"])},
                    actor=R.choice(STAFF), sla_hours_left=R.randint(1, 72), version="claims-svc 3.22.1")
        return [jline("claims_json", base, sep=(", ", ": "))]
    if k == 2:
        aww = round(R.uniform(420, 1400), 2)
        ds = p.doi + timedelta(days=R.randint(1, 4))
        base.update(logger="claims.benefits", event="ttd.calculated", claim_no=P(p.claim, "other_id"),
                    aww=aww, ttd_rate=round(aww * 0.6667, 2), waiting_days=3, weekly_max=750.0,
                    disability_start=P(d_iso(ds), "date"),
                    rtw_expected=P(d_iso(ds + timedelta(days=R.randint(10, 60))), "date"))
        return [jline("claims_json", base)]
    if k == 3:
        ph = fmt_phone(p.phone, 2)
        dd = "%d/%d" % (p.doi.month, p.doi.day)
        note = S("Spoke w/ clmt, confirms DOI ", P(dd, "date"), " %s %s while on a %s trip; treating at WorkWell %s. Best callback " % (
            inj[0], inj[1], p.gig, R.choice(["Phoenix", "Houston", "Atlanta"])), P(ph, "phone"), ". Emergency contact ",
            P(p.ec_name, "name"), " (%s) " % p.ec_rel, P(fmt_phone(p.ec_phone, 1), "phone"), ".")
        base.update(level="info", logger="claims.notes", event="note.added", claim_no=P(p.claim, "other_id"),
                    author=R.choice(STAFF), note=note, visibility="internal")
        return [jline("claims_json", base)]
    # clean
    if R.random() < 0.5:
        base.update(logger="claims.sla", event="sla.sweep.completed", claims_scanned=R.randint(900, 4000),
                    breaches=R.randint(0, 9), duration_ms=R.randint(80, 1900), worker="sla-sweeper-%d" % R.randint(1, 4))
    else:
        base.update(level="warning", logger="claims.assign", event="queue.rebalanced", queue=R.choice(["OA-TTD", "OA-MED", "OA-DEATH"]),
                    assigned=R.randint(1, 40), adjusters_online=R.randint(3, 14), build="2024.03.15-b%d" % R.randint(700, 899))
    return [jline("claims_json", base)]


def g_intake():
    p = person()
    t = tick()
    inj = R.choice(INJURIES)
    rid = "ir_" + b36(12)
    photos = []
    for n in range(R.randint(1, 3)):
        photos.append({"key": S("injury/", P(p.claim, "other_id"), "/IMG_%04d.jpg" % R.randint(1, 9999)),
                       "sha256": hexs(64), "bytes": R.randint(180000, 4200000),
                       "exif_stripped": True})
    if R.random() < 0.4:
        photos[0]["thumb_b64"] = P("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + b64(45)[:-2] + "...", "_photo_nonface")
    dev = ({"imei": P(p.imei, "device"), "os": "Android 14", "model": R.choice(["SM-S918U", "Pixel 7a", "moto g power"])}
           if p.android else {"idfv": P(p.idfv, "device"), "os": "iOS 17.3.1", "model": "iPhone14,5"})
    dev["push_token"] = P(p.fcm, "device")
    dev["app"] = "4.18.%d (%d)" % (R.randint(0, 3), R.randint(41800, 41899))
    obj = {"type": "injury_report.submitted", "id": "evt_" + hexs(20), "occurred": iso(t), "src_ip": P(p.ip, "ip"),
           "report_id": P(rid, "other_id"), "driver": {"member_id": P(p.member, "health_plan"),
                                                      "partner": p.partner, "partner_ref": P(p.dref, "other_id")},
           "incident": {"at": P(p.doi.strftime("%Y-%m-%dT%H:%M:00") + TZ.get(p.st, "-04:00"), "date"),
                        "lat": P(round(p.lat, 6), "address"), "lng": P(round(p.lng, 6), "address"),
                        "accuracy_m": R.randint(4, 60), "on_trip": R.random() < 0.7, "trip_id": "trp_" + b36(16),
                        "body_part": inj[0], "desc": R.choice([
                            "slipped on wet stairs carrying order, hurt %s" % inj[0], "rear-ended at light, %s pain" % inj[0],
                            "bike hit pothole, fell on %s" % inj[0], "dog bite at drop off (%s)" % inj[0],
                            "lifting cooler bag, felt pull in %s" % inj[0]])},
           "device": dev, "photos": photos}
    if R.random() < 0.6:
        obj["vehicle"] = {"plate": P(p.plate, "vehicle"), "plate_state": p.st, "vin": P(p.vin, "vehicle"), "owned": R.random() < 0.8}
    return [jline("intake_json", obj)]


def g_fhir():
    p = person()
    t = tick()
    k = R.randint(0, 4)
    if k == 0:
        addr = {"use": "home", "line": [P(p.street + (" " + p.apt if p.apt else ""), "address")],
                "city": P(p.city, "address"), "state": p.st, "postalCode": P(p.zip, "zip")}
        obj = {"resourceType": "Patient", "id": P(p.tpid, "mrn"), "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": iso(t, z=False)},
               "identifier": [{"system": "https://kestrelbenefits.com/fhir/member-id", "value": P(p.member, "health_plan")}],
               "name": [{"use": "official", "family": P(p.last, "name"), "given": [P(p.first, "name")]}],
               "telecom": [{"system": "phone", "value": P(fmt_phone(p.phone, 0), "phone"), "use": "mobile"},
                           {"system": "email", "value": P(p.email, "email")}],
               "gender": "male" if p.sex == "M" else "female", "birthDate": P(d_iso(p.dob), "date"), "address": [addr]}
        return [jline("fhir", obj, asc=True)]
    if k == 1:
        doc = R.choice(DOCS)
        st = t + timedelta(minutes=R.randint(-90, -5))
        obj = {"resourceType": "Encounter", "id": P(p.visit, "other_id"), "status": "finished",
               "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "VR", "display": "virtual"},
               "subject": {"reference": S("Patient/", P(p.tpid, "mrn"))},
               "participant": [{"individual": {"reference": "Practitioner/npi-" + DOC_NPI[doc],
                                               "display": "%s %s, MD" % (doc[1], doc[0])}}],
               "period": {"start": P(iso(st, ms=False, z=False), "date"), "end": P(iso(st + timedelta(minutes=R.randint(7, 25)), ms=False, z=False), "date")},
               "reasonCode": [{"text": R.choice(["sore throat", "lower back pain after lifting", "UTI symptoms", "rash", "medication refill"])}]}
        return [jline("fhir", obj)]
    if k == 2:
        st = datetime(2024, 3, R.randint(18, 29), R.randint(8, 20), R.choice([0, 15, 30, 45]))
        url = "https://visit.clearcallhealth.com/j/%s?m=%s" % (b36(10), p.member)
        obj = {"resourceType": "Appointment", "id": "appt-" + digits(7), "status": "booked",
               "start": P(st.strftime("%Y-%m-%dT%H:%M:00-05:00"), "date"),
               "participant": [{"actor": {"reference": S("Patient/", P(p.tpid, "mrn")), "display": P(fullname(p, False), "name")}, "status": "accepted"}],
               "extension": [{"url": "https://clearcallhealth.com/fhir/ext/join-url", "valueUrl": P(url, "url")}]}
        return [jline("fhir", obj)]
    if k == 3 and p.mbi:
        obj = {"resourceType": "Coverage", "id": "cov-" + digits(6), "status": "active",
               "subscriberId": P(p.mbi, "health_plan"), "beneficiary": {"reference": S("Patient/", P(p.tpid, "mrn"))},
               "payor": [{"display": "Medicare Part B"}], "order": 2}
        return [jline("fhir", obj)]
    # clean
    if R.random() < 0.5:
        obj = {"resourceType": "OperationOutcome", "issue": [{"severity": "warning", "code": "processing",
               "diagnostics": "Bundle %s: %d of %d entries accepted, %d duplicate" % (uid(), 40, 41, 1)}]}
    else:
        obj = {"resourceType": "CapabilityStatement", "status": "active", "date": "2024-02-29",
               "software": {"name": "ClearCall FHIR Gateway", "version": "5.7.2"}, "fhirVersion": "4.0.1",
               "format": ["json"]}
    return [jline("fhir", obj)]


def csvq(s):
    return '"' + s.replace('"', '""') + '"'


def g_nurseline():
    p = person()
    t = tick()
    b = B("nurseline_csv")
    es = R.random() < 0.35
    case = "NL-%s%04d" % (t.strftime("%y%m%d"), R.randint(1, 999))
    b.t(csvq(t.strftime("%Y-%m-%d %H:%M:%S")) + ",").t('"').p(case, "other_id").t('",')
    b.t(csvq("NURSE_ES" if es else "NURSE_EN") + "," + csvq(R.choice(NURSES)) + ",")
    b.t('"').p(fmt_phone(p.phone, 0), "phone").t('","').p(p.member, "health_plan").t('","')
    dep = R.random() < 0.3
    if dep:
        who = R.choice(FIRST) + " " + p.last
        age = R.choice([91, 93, 67, 8, 4, 90])
        rel = "madre" if (es and age > 60) else ("mother" if age > 60 else ("hija" if es else "child"))
        b.p(who, "name").t('","' + rel + '",')
        if age > 89:
            b.p(str(age), "age")
        else:
            b.t(str(age))
    else:
        b.p(fullname(p, False), "name").t('","self",')
        b.t(str(2024 - p.dob.year))
    inj = R.choice(INJURIES)
    dd = p.doi.strftime("%d/%m") if es else "%d/%d" % (p.doi.month, p.doi.day)
    b.t(",")
    if dep:
        ddob = datetime(2024 - age, R.randint(1, 12), R.randint(1, 28))
        cc = R.choice(["dizziness after standing", "fever 101.8 since yesterday", "fall at home, hip pain", "cough x3 days"])
        if es:
            b.t('"Llama el afiliado por su %s: %s. Fecha de nac. ' % (rel, cc)).p(ddob.strftime("%d/%m/%Y"), "date").t('. Se ofrece cita de telemedicina.",')
        else:
            b.t('"Member calling for %s: %s. Pt DOB ' % (rel, cc)).p(d_us(ddob), "date").t('; lives with member. Offered ClearCall visit.",')
    elif es:
        b.t('"Refiere dolor en %s desde el ' % inj[0]).p(dd, "date").t(
            '; sin fiebre. Se recomienda urgencias si empeora. Verificó fecha de nac. ').p(p.dob.strftime("%d/%m/%Y"), "date").t('.",')
    else:
        b.t('"Caller reports %s %s since ' % (inj[0], inj[1])).p(dd, "date").t(
            ', pain 6/10, no numbness. Advised urgent care w/in 24h; gave WorkWell address. DOB ').p(d_us(p.dob), "date").t(' verified."',)
        b.t(",")
    b.t(R.choice(["URGENT_CARE_24H", "SELF_CARE", "ER_NOW", "TELEHEALTH_REFERRAL"]) + ",%d" % R.randint(240, 1500))
    return [b]


def g_acd():
    t = tick()
    q = R.choice(["NURSE_EN", "NURSE_ES", "CLAIMS_FNOL", "SUPPORT_T1"])
    off = R.randint(3, 60)
    h = off - R.randint(0, 3)
    return [B("acd_csv").t("%s,%s,%d,%d,%d,00:%02d:%02d,%.1f%%,%s" % (
        t.strftime("%Y-%m-%d %H:%M"), q, off, h, off - h, R.randint(0, 3), R.randint(0, 59), 100.0 * h / off,
        R.choice(["Five9", "Five9", "Genesys"])))]


def g_bgcheck():
    p = person()
    t = tick()
    k = R.randint(0, 2)
    if k == 0:
        full = R.random() < 0.5
        obj = {"id": "evt_" + hexs(24), "object": "event", "type": "candidate.created", "created_at": iso(t),
               "data": {"object": {"id": P(p.cand, "other_id"), "first_name": P(p.first, "name"),
                                   "last_name": P(p.last, "name"), "dob": P(d_iso(p.dob), "date"),
                                   "email": P(p.email, "email"), "zipcode": P(p.zip, "zip"),
                                   "driver_license_number": P(p.dl, "license"), "driver_license_state": p.st,
                                   "custom_id": P(p.member, "health_plan"), "no_middle_name": not p.mi}}}
        o = obj["data"]["object"]
        if full:
            o["ssn"] = P(p.ssn, "ssn")
        else:
            o["ssn"] = S("XXX-XX-", P(p.ssn[-4:], "ssn"))
        return [jline("bgcheck_json", obj)]
    if k == 1:
        obj = {"id": "evt_" + hexs(24), "object": "event", "type": "report.completed", "created_at": iso(t),
               "data": {"object": {"id": P("rpt_" + hexs(24), "other_id"), "status": R.choice(["clear", "consider", "clear"]),
                                   "candidate_id": P(p.cand, "other_id"), "package": "kestrel_driver_mvr",
                                   "turnaround_time": R.randint(3600, 300000),
                                   "motor_vehicle_report_id": P("mvr_" + hexs(24), "other_id"),
                                   "tags": [p.partner.lower(), p.market.lower()]}}}
        return [jline("bgcheck_json", obj, sep=(", ", ": "))]
    obj = {"ts": iso(t), "level": R.choice(["warn", "info"]), "svc": "bgcheck-adapter",
           "msg": R.choice(["webhook signature verified", "verityscreen webhook retry", "rate limit headroom"]),
           "event_id": "evt_" + hexs(24), "attempt": R.randint(1, 3), "http_status": R.choice([200, 202, 502]),
           "vendor_api": "https://api.verityscreen.com/v1", "latency_ms": R.randint(40, 3000)}
    return [jline("bgcheck_json", obj)]


def g_idv():
    p = person()
    t = tick()
    inq = "inq_" + b36(20)
    b = B("idv_logfmt").t("ts=%s level=info svc=idv-gateway vendor=facesure " % iso(t))
    k = R.randint(0, 3)
    if k == 0:
        b.t("event=selfie.match inquiry_id=").p(inq, "other_id").t(" member_id=").p(p.member, "health_plan")
        b.t(" score=%.4f threshold=0.90 liveness=pass template=" % R.uniform(0.85, 0.999)).p(b64(96), "biometric")
        b.t(" client_ip=").p(p.ip, "ip").t(" dur_ms=%d" % R.randint(300, 2500))
    elif k == 1:
        b.t("event=document.ocr inquiry_id=").p(inq, "other_id").t(" doc_type=DL issuing_state=%s doc_number=" % p.st)
        b.p(p.dl, "license").t(' name="').p(ascii_up(p.last) + ", " + ascii_up(p.first), "name").t('" dob=').p(d_us(p.dob), "date")
        b.t(" expiry=").p(d_us(p.dl_exp), "date").t(" conf=%.2f" % R.uniform(0.7, 0.99))
    elif k == 2:
        b.t("event=selfie.captured inquiry_id=").p(inq, "other_id").t(' img="data:image/jpeg;base64,')
        b.p("/9j/4AAQSkZJRgABAQEASABIAAD/4QBMRXhpZgAA" + b64(60), "photo").t('" truncated=true orig_bytes=%d' % R.randint(40000, 190000))
    else:
        b.t(R.choice(["event=model.loaded model=liveness-v3.2.1 sha256=%s" % hexs(64),
                      "event=vendor.latency p50_ms=%d p99_ms=%d window=60s" % (R.randint(400, 900), R.randint(1500, 4000)),
                      "event=inquiry.expired count=%d older_than=72h" % R.randint(1, 30)]))
    return [b]


def g_deduction():
    t = tick()
    partner = R.choice(PARTNERS)[0]
    rows = [B("deduction_psv").t("HDR|KPB-DED|v3|batch=%s-%02d|partner=%s|period=2024-03-11/2024-03-17|created=%s" % (
        t.strftime("%Y%m%d"), R.randint(1, 4), partner, iso(t, ms=False)))]
    n = R.randint(2, 5)
    tot = 0.0
    for _ in range(n):
        p = person()
        gross = round(R.uniform(180, 2100), 2)
        rate = R.choice([2.5, 3.0, 3.25])
        ded = round(gross * rate / 100, 2)
        tot += ded
        b = B("deduction_psv").t("D|").p(p.dref, "other_id").t("|").p(p.member, "health_plan")
        b.t("|%.2f|%.2f|%.2f|%s|" % (gross, rate, ded, R.choice(["OK", "OK", "OK", "CAPPED", "OPT_OUT"])))
        b.p(d_iso(datetime(2023, R.randint(1, 12), R.randint(1, 28))), "date")
        rows.append(b)
    rows.append(B("deduction_psv").t("TRL|%d|%.2f|sha1=%s" % (n, tot, hexs(40))))
    return rows


def g_nacha():
    t = tick()
    rows = []
    rows.append(B("nacha").t(("101 %s%s%s%sA094101%-23s%-23s%-8s" % (
        "061000104", "1840572963", t.strftime("%y%m%d"), t.strftime("%H%M"),
        "FIRST HARBOR BANK", "KESTREL PORTABLE BENEF", "TTD%05d" % R.randint(1, 99999)))[:94].ljust(94)))
    rows.append(B("nacha").t(("5220%-16s%-20s%-10sPPD%-10s%s%s   1%s%07d" % (
        "KESTREL OA", "TTD BENEFIT PAYOUT", "1840572963", "TTD BENEFT", t.strftime("%y%m%d"),
        t.strftime("%y%m%d"), "06100010", 1))[:94].ljust(94)))
    n = R.randint(2, 3)
    for i in range(n):
        p = person()
        amt = R.randint(20000, 75000)
        b = B("nacha").t("622" + p.routing[:8] + p.routing[8])
        b.p(p.acct, "account").t(" " * (17 - len(p.acct)) + "%010d" % amt)
        b.p(p.member, "health_plan").t(" " * (15 - len(p.member)))
        nm = ascii_up(p.last + " " + p.first)[:22]
        b.p(nm, "name").t(" " * (22 - len(nm)) + "  1" + "06100010%07d" % (i + 1))
        rows.append(b)
        b7 = B("nacha").t("705").t("TTD BENEFIT WK11 CLM ").p(p.claim, "other_id")
        used = 3 + len("TTD BENEFIT WK11 CLM ") + len(p.claim)
        b7.t(" " * (83 - used) + "0001%07d" % (i + 1))
        rows.append(b7)
    rows.append(B("nacha").t(("8220%06d%010d%012d%012d%-10s%-25s06100010%07d" % (
        n * 2, R.randint(10 ** 8, 10 ** 9), 0, R.randint(10 ** 5, 10 ** 6), "1840572963", "", 1))[:94].ljust(94)))
    rows.append(B("nacha").t(("9000001%06d%08d%010d%012d%012d" % (1, n * 2 + 4, R.randint(10 ** 8, 10 ** 9), 0, R.randint(10 ** 5, 10 ** 6))).ljust(94)))
    return rows


def hts(t):
    return t.strftime("%Y%m%d%H%M%S")


def g_hl7():
    p = person()
    t = tick()
    ctl = "WW%08d" % R.randint(1, 99999999)
    oru = R.random() < 0.35
    rows = [B("hl7v2").t("MSH|^~\\&|WWOC_EHR|WORKWELL_%s|KESTREL_CLAIMS|KPB|%s||%s|%s|P|2.5.1|||AL|NE" % (
        p.market, hts(t), "ORU^R01^ORU_R01" if oru else "ADT^A04^ADT_A01", ctl))]
    if not oru:
        rows.append(B("hl7v2").t("EVN|A04|%s|||%s" % (hts(t), R.choice(["FDESK01", "jmorales", "kiosk3"]))))
    b = B("hl7v2").t("PID|1||").p(p.mrn, "mrn").t("^^^WWOC^MR~").p(p.member, "health_plan").t("^^^KPB^MB||")
    b.p("%s^%s^%s" % (p.last, p.first, p.mi), "name").t("||").p(p.dob.strftime("%Y%m%d"), "date").t("|%s|||" % p.sex)
    b.p(p.street, "address").t("^" + (p.apt or "") + "^").p(p.city, "address").t("^%s^" % p.st).p(p.zip, "zip").t("^USA^H||")
    b.t("^PRN^PH^^1^").p(p.phone[:3], "phone").t("^").p(p.phone[3:], "phone").t("|||||")
    acct = "A" + digits(9)
    b.p(acct, "account").t("^^^WWOC^AN|").p(p.ssn, "ssn").t("|")
    rows.append(b)
    doc = R.choice(DOCS)
    visit = "V" + digits(8)
    adm = p.doi + timedelta(hours=R.randint(1, 30))
    b = B("hl7v2").t("PV1|1|O|%s-OCC^^^WWOC||||%s^%s^%s^^^^MD||||||||||" % (p.market, DOC_NPI[doc], doc[0], doc[1]))
    b.p(visit, "other_id").t("|WC|||||||||||||||||||||||").p(adm.strftime("%Y%m%d%H%M"), "date")
    rows.append(b)
    if oru:
        spec = "CCF" + digits(8)
        b = B("hl7v2").t("OBR|1|%s|" % ("ORD" + digits(6))).p(spec, "other_id").t("|DOT10^Post-accident 10 panel urine^L|||").p(adm.strftime("%Y%m%d%H%M"), "date").t("|||||||||%s^%s^%s" % (DOC_NPI[doc], doc[0], doc[1]))
        rows.append(b)
        for i, (code, nm) in enumerate([("19295-5", "Opiates"), ("19261-7", "Amphetamines"), ("18282-4", "Cannabinoids")]):
            rows.append(B("hl7v2").t("OBX|%d|ST|%s^%s^LN||NEGATIVE||||||F|||%s" % (i + 1, code, nm, hts(t))))
    else:
        b = B("hl7v2").t("IN1|1|OAI-GRP|KPB01|KESTREL PORTABLE BENEFITS|2200 WELTON ST^STE 900^DENVER^CO^80205||8885550142|GRP-000114|||||||||")
        b.p("%s^%s" % (p.last, p.first), "name").t("|18|").p(p.dob.strftime("%Y%m%d"), "date").t("|||||||||||||||||")
        b.p(p.member, "health_plan")
        rows.append(b)
        inj = R.choice(INJURIES)
        rows.append(B("hl7v2").t("DG1|1||%s^%s %s^I10||%s|W" % (inj[2].replace(".", ""), inj[1].capitalize(), inj[0], hts(t))))
    return rows


def g_x12():
    p = person()
    t = tick()
    ctl = "%09d" % R.randint(1, 999999999)
    inj = R.choice(INJURIES)
    dos = p.doi + timedelta(days=R.randint(0, 3))
    rows = []

    def seg(*parts):
        b = B("x12_837")
        for x in parts:
            if isinstance(x, tuple):
                b.p(x[0], x[1])
            else:
                b.t(x)
        b.t("~")
        rows.append(b)

    seg("ISA*00*          *00*          *ZZ*WWOC%-11s*ZZ*KESTRELOA      *%s*%s*^*00501*%s*0*P*:" % (
        p.market, t.strftime("%y%m%d"), t.strftime("%H%M"), ctl))
    seg("GS*HC*WWOC%s*KESTRELOA*%s*%s*%d*X*005010X222A1" % (p.market, t.strftime("%Y%m%d"), t.strftime("%H%M"), int(ctl)))
    seg("ST*837*0001*005010X222A1")
    seg("BHT*0019*00*%s*%s*%s*CH" % (b36(8).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M")))
    seg("NM1*85*2*WORKWELL OCCUPATIONAL CLINIC PC*****XX*%s" % CLINIC_NPI)
    seg("N3*4410 N 7TH ST STE 200")
    seg("N4*PHOENIX*AZ*850141234")
    seg("SBR*P*18*GRP000114******WC")
    seg("NM1*IL*1*", (ascii_up(p.last), "name"), "*", (ascii_up(p.first), "name"), "****MI*", (p.member, "health_plan"))
    seg("N3*", (ascii_up(p.street + (" " + p.apt if p.apt else "")), "address"))
    seg("N4*", (ascii_up(p.city), "address"), "*%s*" % p.st, (p.zip, "zip"))
    seg("DMG*D8*", (p.dob.strftime("%Y%m%d"), "date"), "*" + p.sex)
    seg("REF*Y4*", (p.claim, "other_id"))
    seg("CLM*", ("%s%s" % (p.mrn[2:], digits(3)), "account"), "*%d***11:B:1*Y*A*Y*Y*OA" % R.choice([185, 240, 310]))
    seg("DTP*439*D8*", (p.doi.strftime("%Y%m%d"), "date"))
    seg("HI*ABK:%s" % inj[2].replace(".", ""))
    seg("LX*1")
    seg("SV1*HC:%s*%d*UN*1***1" % (R.choice(["99203", "99213", "97110", "73110"]), R.choice([95, 185, 240])))
    seg("DTP*472*D8*", (dos.strftime("%Y%m%d"), "date"))
    seg("SE*%d*0001" % 19)
    seg("GE*1*%d" % int(ctl))
    seg("IEA*1*%s" % ctl)
    return rows


def g_syslog():
    t = tick()
    host = R.choice(["ip-10-40-3-17", "ip-10-40-2-15", "bastion-01", "k8s-node-b7", "lb-int-02"])
    pid = R.randint(300, 65000)
    msg = R.choice([
        "sshd[%d]: Accepted publickey for deploy from 10.40.0.5 port %d ssh2: ED25519 SHA256:%s" % (pid, R.randint(30000, 65000), b64(32)[:43]),
        "systemd[1]: Started Daily apt upgrade and clean activities.",
        "kernel: [%d.%06d] Out of memory: Killed process %d (java) total-vm:%dkB" % (R.randint(1000, 99999), R.randint(0, 999999), pid, R.randint(2000000, 9000000)),
        "CRON[%d]: (root) CMD (/usr/local/bin/rotate-logs --keep 14)" % pid,
        "haproxy[%d]: backend claims_api/srv2 is UP, reason: Layer7 check passed, code: 200, check duration: %dms." % (pid, R.randint(1, 40)),
        "chronyd[%d]: Selected source 169.254.169.123" % pid,
        "dockerd[%d]: time=\"%s\" level=info msg=\"ignoring event\" module=libcontainerd namespace=moby topic=/tasks/delete" % (pid, iso(t, z=False)),
        "sudo: ops.jvillanueva : TTY=pts/0 ; PWD=/home/ops.jvillanueva ; USER=root ; COMMAND=/usr/bin/systemctl restart td-agent",
        "td-agent[%d]: [warn]: #0 buffer flush took longer time than slow_flush_log_threshold: elapsed_time=%.3f plugin_id=\"out_siem\"" % (pid, R.uniform(20, 60)),
        "postfix/smtp[%d]: %s: to=<claims-digest@kestrelbenefits.com>, relay=smtp.sendgrid.net[167.89.123.58]:587, delay=%.1f, status=sent (250 Ok)" % (pid, hexs(10).upper(), R.uniform(0.2, 3)),
        "sshd[%d]: Invalid user admin from 45.148.10.%d port %d" % (pid, R.randint(2, 250), R.randint(30000, 65000)),
        "kubelet[%d]: I0318 %s %d kubelet.go:2430] \"SyncLoop UPDATE\" source=\"api\" pods=[\"claims/claims-api-6f7b%s\"]" % (pid, t.strftime("%H:%M:%S.%f"), pid, b36(5)),
        "ntpd[%d]: kernel reports TIME_ERROR: 0x41: Clock Unsynchronized" % pid,
    ])
    return [B("syslog").t("<%d>%s %s %s" % (R.choice([13, 30, 38, 86, 134]), sysl(t), host, msg))]


def g_sms():
    p = person()
    t = tick()
    b = B("sms_relay").t("%s INFO  [sms-relay-%d] " % (sp(t), R.randint(1, 4)))
    k = R.randint(0, 3)
    sid = "SM" + hexs(32)
    if k == 0:
        b.t("dir=out provider=twilio msg_sid=%s to=" % sid).p("+1" + p.phone, "phone").t(" from=+18885550142 tmpl=claim_update status=queued body=\"Hi ")
        b.p(p.first, "name").t(", we received the photos for claim ").p(p.claim, "other_id").t(". A Kestrel nurse may call you from 855-555-0199. Reply STOP to opt out.\"")
    elif k == 1:
        st = datetime(2024, 3, R.randint(18, 28), R.randint(8, 19), R.choice([0, 30]))
        url = "https://visit.clearcallhealth.com/j/%s?m=%s" % (b36(10), p.member)
        b.t("dir=out provider=twilio msg_sid=%s to=" % sid).p("+1" + p.phone, "phone").t(" tmpl=telehealth_reminder status=sent body=\"Your ClearCall visit is ")
        b.p(st.strftime("%a %b %d %I:%M %p"), "date").t(". Join: ").p(url, "url").t("\"")
    elif k == 2:
        b.t("dir=in provider=twilio msg_sid=%s from=" % sid).p("+1" + p.phone, "phone").t(" to=+18885550142 body=\"")
        r = R.randint(0, 2)
        if r == 0:
            b.t("this is ").p(fullname(p, False), "name").t(" my knee is worse, new number is ").p(fmt_phone(p.ec_phone, 2), "phone").t("\"")
        elif r == 1:
            b.t("Hola soy ").p(p.first, "name").t(", ya mande las fotos del accidente del ").p(p.doi.strftime("%d/%m"), "date").t("\"")
        else:
            b.t("STOP\"")
    else:
        b = B("sms_relay").t("%s INFO  [sms-relay-%d] " % (sp(t), R.randint(1, 4)))
        b.t(R.choice(["dir=dlr msg_sid=%s status=delivered err=0 price=-0.0079 segments=1" % sid,
                      "dir=dlr msg_sid=%s status=undelivered err=30006" % sid,
                      "provider=twilio health=ok rtt_ms=%d queue_depth=%d" % (R.randint(40, 400), R.randint(0, 30))]))
    return [b]


def g_postgres():
    t = tick()
    head = "%s UTC [%d] " % (t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), R.randint(1000, 99999))
    k = R.randint(0, 5)
    p = person()
    if k == 0:
        b = B("postgres").t(head + "claims_app@claims LOG:  duration: %.3f ms  statement: SELECT c.claim_no, c.status FROM oa_claims c JOIN members m ON m.id = c.member_fk WHERE lower(m.email) = '" % R.uniform(500, 4000))
        b.p(p.email, "email").t("'")
        return [b]
    if k == 1:
        b = B("postgres").t(head + "members_app@members ERROR:  duplicate key value violates unique constraint \"members_ssn_key\"")
        b2 = B("postgres").t(head + "members_app@members DETAIL:  Key (ssn)=(").p(p.ssn, "ssn").t(") already exists.")
        return [b, b2]
    if k == 2:
        b = B("postgres").t(head + "members_app@members LOG:  duration: %.3f ms  execute <unnamed>: UPDATE members SET phone_e164 = '" % R.uniform(200, 1500))
        b.p("+1" + p.phone, "phone").t("', updated_at = now() WHERE member_no = '").p(p.member, "health_plan").t("'")
        return [b]
    msg = R.choice(["LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 1 removed, 0 recycled; write=%.3f s" % (R.randint(100, 9000), R.uniform(0, 5), R.uniform(1, 30)),
                    "LOG:  automatic vacuum of table \"claims.public.oa_claim_events\": index scans: 1",
                    "LOG:  connection authorized: user=claims_app database=claims application_name=claims-svc SSL enabled (protocol=TLSv1.3)",
                    "LOG:  connection received: host=10.40.%d.%d port=%d" % (R.randint(1, 9), R.randint(2, 250), R.randint(30000, 60000))])
    return [B("postgres").t(head + msg)]


def g_java():
    t = tick()
    thread = "deduction-worker-%d" % R.randint(1, 8)
    pfx = "%s %s 1 --- [%s] " % (t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000), "ERROR", thread)
    frames = ["\tat com.kestrel.premium.DeductionCalculator.compute(DeductionCalculator.java:212) ~[premium-engine-2.14.0.jar!/:2.14.0]",
              "\tat com.kestrel.premium.BatchRunner.lambda$run$3(BatchRunner.java:88) ~[premium-engine-2.14.0.jar!/:2.14.0]",
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136) ~[na:na]",
              "\tat java.base/java.lang.Thread.run(Thread.java:840) ~[na:na]"]
    if R.random() < 0.55:
        p = person()
        rows = [B("java_app").t(pfx + "c.k.premium.DeductionCalculator         : Deduction failed memberNo=").p(p.member, "health_plan").t(" partner=%s reason=EARNINGS_FEED_GAP" % p.partner)]
        rows.append(B("java_app").t("com.kestrel.premium.EarningsGapException: no earnings rows for partnerRef=").p(p.dref, "other_id").t(" week=2024-W11"))
        rows += [B("java_app").t(f) for f in frames[:R.randint(2, 4)]]
        return rows
    rows = [B("java_app").t(pfx.replace("ERROR", "WARN ") + "c.k.premium.client.PartnerFeedClient     : Partner feed fetch failed, retrying in %ds (attempt %d/5)" % (R.choice([5, 15, 30]), R.randint(1, 4)))]
    rows.append(B("java_app").t("java.net.SocketTimeoutException: Read timed out (feeds.%s.example-partner.net:443, timeout=30000ms)" % R.choice(["ryde", "fetchr", "cartrun"])))
    rows.append(B("java_app").t("\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288) ~[na:na]"))
    rows.append(B("java_app").t("\tat com.kestrel.premium.client.PartnerFeedClient.fetchWeek(PartnerFeedClient.java:131) ~[premium-engine-2.14.0.jar!/:2.14.0]"))
    return rows


def g_chat():
    p = person()
    t = tick()
    conv = "conv_%d" % R.randint(100000, 999999)
    rows = []

    def line(role, author, *parts):
        tt = tick()
        b = B("support_chat").t("%s\t%s\t%s\t" % (iso(tt, ms=False), conv, role))
        if role == "member":
            b.p(author, "name")
        else:
            b.t(author)
        b.t("\t")
        for x in parts:
            if isinstance(x, tuple):
                b.p(x[0], x[1])
            else:
                b.t(x)
        rows.append(b)

    line("bot", "Ruby", "Hi! I'm Ruby, Kestrel's benefits assistant. Ask me about claims, telehealth or your deductions.")
    lang = R.randint(0, 2)
    dn = fullname(p, False)
    if lang == 0:
        line("member", dn.split()[0], "hi its ", (dn, "name"), ", I need to add my car to the accident claim. plate ", (p.plate, "vehicle"),
             " vin ", (p.vin if R.random() < 0.8 else vin(valid=False), "vehicle"))
    elif lang == 1:
        line("member", dn.split()[0], "Oi, meu nome é ", (dn, "name"), ", placa ", (p.plate, "vehicle"),
             ". Meu email novo é ", (p.email, "email"))
    else:
        line("member", dn.split()[0], "Buenas, soy ", (dn, "name"), ". Mi licencia es ", (p.dl, "license"),
             " y nací el ", (d_us(p.dob), "date"))
    line("agent", R.choice(AGENTS), "Thanks! I've linked that to claim ", (p.claim, "other_id"), ". Ticket ZD-%d stays open until the adjuster reviews." % R.randint(400000, 499999))
    return rows


def g_acord():
    p = person()
    t = tick()
    b = B("acord_xml")
    if R.random() < 0.3:
        b.t('<ACORD><ClaimsSvcRs><RqUID>%s</RqUID><ClaimsNotificationAddRs><MsgStatus><MsgStatusCd>Success</MsgStatusCd></MsgStatus>' % uid())
        b.t("<ClaimsOccurrence><ItemIdInfo><InsurerId>").p("AGS-WC-%07d" % R.randint(1, 9999999), "other_id")
        b.t("</InsurerId><AgencyId>").p(p.claim, "other_id").t("</AgencyId></ItemIdInfo></ClaimsOccurrence></ClaimsNotificationAddRs></ClaimsSvcRs></ACORD>")
        return [b]
    inj = R.choice(INJURIES)
    b.t('<?xml version="1.0" encoding="UTF-8"?><ACORD><SignonRq><ClientApp><Org>Kestrel</Org><Name>fnol-bridge</Name><Version>1.9.4</Version></ClientApp></SignonRq>')
    b.t("<ClaimsSvcRq><RqUID>%s</RqUID><ClaimsNotificationAddRq><Policy><PolicyNumber>OAI-GRP-000114</PolicyNumber><LOBCd>WORK</LOBCd></Policy>" % uid())
    b.t("<ClaimsOccurrence><ItemIdInfo><AgencyId>").p(p.claim, "other_id").t("</AgencyId></ItemIdInfo><LossDt>").p(d_iso(p.doi), "date")
    b.t("</LossDt><LossTime>" + p.doi.strftime("%H:%M:00") + "</LossTime><IncidentDesc>%s %s during %s shift</IncidentDesc></ClaimsOccurrence>" % (inj[1], inj[0], p.gig))
    b.t("<ClaimsParty><GeneralPartyInfo><NameInfo><PersonName><Surname>").p(xesc(p.last), "name", p.last, lambda s: s.replace("&apos;", "'"))
    b.t("</Surname><GivenName>").p(p.first, "name").t("</GivenName></PersonName><TaxIdentity><TaxIdTypeCd>SSN</TaxIdTypeCd><TaxId>").p(p.ssn.replace("-", ""), "ssn")
    b.t("</TaxId></TaxIdentity></NameInfo><Addr><Addr1>").p(p.street, "address").t("</Addr1><City>").p(p.city, "address")
    b.t("</City><StateProvCd>%s</StateProvCd><PostalCode>" % p.st).p(p.zip, "zip").t("</PostalCode></Addr><Communications><PhoneInfo><PhoneNumber>")
    b.p("+1-%s-%s-%s" % (p.phone[:3], p.phone[3:6], p.phone[6:]), "phone").t("</PhoneNumber></PhoneInfo></Communications></GeneralPartyInfo>")
    b.t("<PersonInfo><BirthDt>").p(d_iso(p.dob), "date").t("</BirthDt></PersonInfo><ClaimsPartyInfo><ClaimsPartyRoleCd>CL</ClaimsPartyRoleCd></ClaimsPartyInfo></ClaimsParty>")
    if p.gig == "rideshare" or R.random() < 0.5:
        b.t("<AutoLossInfo><VehInfo><VehIdentificationNumber>").p(p.vin, "vehicle").t("</VehIdentificationNumber><Registration><RegistrationId>")
        b.p(p.plate, "vehicle").t("</RegistrationId><StateProvCd>%s</StateProvCd></Registration></VehInfo></AutoLossInfo>" % p.st)
    b.t("</ClaimsNotificationAddRq></ClaimsSvcRq></ACORD>")
    return [b]


def g_cef():
    t = tick()
    who = R.choice(STAFF)
    src = "10.20.%d.%d" % (R.randint(1, 30), R.randint(2, 250))
    head = "%s siem-fwd01 CEF:0|Kestrel|AdminConsole|3.9.1|" % sysl(t)
    rt = "rt=%s UTC" % t.strftime("%b %d %Y %H:%M:%S")
    k = R.randint(0, 4)
    if k <= 2:
        p = person()
        sig, name, sev, extra = [("MEMBER_VIEW", "Member record viewed", 3, "cs2Label=section cs2=claims"),
                                 ("SSN_UNMASK", "Sensitive field unmasked", 7, "cs2Label=field cs2=ssn reason=\"bgcheck dispute\""),
                                 ("CLAIM_EXPORT", "Claim file exported", 5, "fname=claim_packet.pdf")][k]
        b = B("cef_audit").t(head + "%s|%s|%d|%s suser=%s src=%s dhost=admin.kestrelbenefits.internal cs1Label=memberId cs1=" % (sig, name, sev, rt, who, src))
        b.p(p.member, "health_plan").t(" " + extra)
        return [b]
    sig = R.choice([("LOGIN_SUCCESS", "User login", 1, "outcome=success mfa=webauthn"),
                    ("LOGIN_FAILURE", "User login failed", 5, "outcome=failure reason=bad_otp"),
                    ("ROLE_CHANGE", "Role granted", 6, "cs2Label=role cs2=claims_supervisor duser=adj.dokafor")])
    return [B("cef_audit").t(head + "%s|%s|%d|%s suser=%s src=%s %s" % (sig[0], sig[1], sig[2], rt, who, src, sig[3]))]


def g_billing():
    t = tick()
    p = person()
    k = R.randint(0, 3)
    base = {"time": iso(t), "level": "info", "svc": "billing", "request_id": "req_" + b36(14)}
    if k == 0:
        pan = card(valid=False) if R.random() < 0.5 else card()
        base.update(level="error", msg="card tokenization failed", pan=P(pan, "account"), exp="%02d/%d" % (R.randint(1, 12), R.randint(25, 30)),
                    member=P(p.member, "health_plan"), gateway_code="incorrect_number" if not luhn_ok(pan) else "card_declined")
    elif k == 1:
        base.update(msg="charge succeeded", customer=P(p.cus, "other_id"), amount=R.choice([1899, 2450, 3100]), currency="usd",
                    card="visa **** %s" % digits(4), invoice="in_" + b36(18), product="OA Plus weekly")
    else:
        base.update(msg=R.choice(["payout reconciled", "webhook processed"]), payout_id="po_" + b36(18),
                    amount=R.randint(100000, 9000000), currency="usd", events=R.randint(1, 400))
    return [jline("billing_json", base)]


def g_k8s():
    t = tick()
    msg = R.choice([
        'level=info msg="consumer lag" topic=injury-reports.v2 partition=%d offset=%d lag=%d group=claims-intake' % (R.randint(0, 11), R.randint(10 ** 6, 10 ** 7), R.randint(0, 40)),
        'level=info msg="rollout complete" deployment=claims-api image=ghcr.io/kestrel/claims-api:2024.03.15-b%d digest=sha256:%s replicas=6' % (R.randint(700, 899), hexs(64)),
        'level=info msg="scaled" hpa=premium-engine from=%d to=%d cpu=%d%%' % (R.randint(2, 5), R.randint(5, 9), R.randint(60, 95)),
        'level=warn msg="slow consumer" topic=deductions.weekly partition=%d p99_ms=%d' % (R.randint(0, 5), R.randint(800, 5000)),
        'level=info msg="cert renewed" secret=api-kestrelbenefits-com-tls not_after=2024-06-16T00:00:00Z issuer="R3"',
        'level=error msg="probe failed" pod=nurseline-bridge-7c9d%s container=app reason="context deadline exceeded" port=8443' % b36(5),
    ])
    return [B("k8s_logfmt").t("time=%s %s cluster=prod-us-east-2 node=ip-10-40-%d-%d" % (iso(t), msg, R.randint(1, 9), R.randint(2, 250)))]


PHI_GENS = [(g_nginx_member, 12), (g_claims, 7), (g_intake, 6), (g_fhir, 6), (g_nurseline, 7), (g_bgcheck, 3),
            (g_idv, 4), (g_deduction, 2), (g_nacha, 0.8), (g_hl7, 2), (g_x12, 0.5), (g_sms, 5), (g_postgres, 3),
            (g_java, 1.2), (g_chat, 2), (g_acord, 3), (g_cef, 4), (g_billing, 3)]
CLEAN_GENS = [(g_nginx_clean, 8), (g_syslog, 6), (g_k8s, 6), (g_acd, 3), (g_claims, 2), (g_postgres, 3),
              (g_cef, 2), (g_sms, 2), (g_idv, 2), (g_bgcheck, 2), (g_java, 0.7), (g_billing, 2), (g_fhir, 1)]


def wpick(gens):
    tot = sum(w for _, w in gens)
    x = R.uniform(0, tot)
    for g, w in gens:
        x -= w
        if x <= 0:
            return g
    return gens[-1][0]


def main():
    out = []  # (bytes, spans, checks, fam)
    target_phi = 0.45
    # make sure the rarer multi-line systems show up at least at these points
    forced = [(70, g_x12), (150, g_deduction), (240, g_chat), (310, g_deduction), (360, g_x12), (420, g_acord)]
    while len(out) < N_LINES:
        phi_lines = sum(1 for o in out if o[1])
        share = phi_lines / len(out) if out else 0
        pool = CLEAN_GENS if share > target_phi else PHI_GENS
        if R.random() < 0.15:
            pool = PHI_GENS if pool is CLEAN_GENS else CLEAN_GENS
        g = wpick(pool)
        for i, (thr, fg) in enumerate(forced):
            if fg and len(out) >= thr:
                g, forced[i] = fg, (thr, None)
                break
        recs = g()
        if len(out) + len(recs) > N_LINES:
            continue
        for b in recs:
            lb, spans, checks = b.build()
            out.append((lb, spans, checks, b.fam))
    # validation
    for n, (lb, spans, checks, fam) in enumerate(out, 1):
        if b"\n" in lb or b"\r" in lb or not lb.strip():
            raise SystemExit("line %d: bad line content" % n)
        lb.decode("utf-8")
        prev = 0
        for sp_, (txt, val, dec) in zip(spans, checks):
            s, e = sp_["s"], sp_["e"]
            if not (0 <= s < e <= len(lb)):
                raise SystemExit("line %d: span out of range %r" % (n, sp_))
            if s < prev:
                raise SystemExit("line %d: overlapping spans" % n)
            prev = e
            got = lb[s:e].decode("utf-8")
            if got != txt:
                raise SystemExit("line %d: span bytes %r != %r" % (n, got, txt))
            if (dec(got) if dec else got) != val:
                raise SystemExit("line %d: span value %r != %r" % (n, got, val))
    with open(ID + ".log", "wb") as f:
        for lb, _, _, _ in out:
            f.write(lb + b"\n")
    with open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for n, (lb, spans, _, fam) in enumerate(out, 1):
            f.write(json.dumps({"line": n, "family": fam, "spans": spans}) + "\n")
    clean = sum(1 for o in out if not o[1])
    cats = {}
    for o in out:
        for s in o[1]:
            cats[s["cat"]] = cats.get(s["cat"], 0) + 1
    print("lines=%d no_phi=%d (%.1f%%)" % (len(out), clean, 100.0 * clean / len(out)), file=sys.stderr)
    print(json.dumps(dict(sorted(cats.items())), sort_keys=True), file=sys.stderr)


if __name__ == "__main__":
    main()
