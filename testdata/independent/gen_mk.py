#!/usr/bin/env python3
"""Synthetic labeled log corpus "mk": consumer genetic testing / ancestry company
("Kinstrand", fictional) with a physician-ordered health reports product.

Writes mk.log (500 lines) and mk.labels.jsonl next to this script.
Standard library only, deterministic (fixed seed).  All people, identifiers,
addresses and numbers are synthetic.

Labeling decisions:
- Labeled people: customers / kit owners, their relatives (incl. ancestors in uploaded
  GEDCOM trees), match candidates in relative matching, requesters of data subject
  requests, next of kin / callers acting for a customer, and targets of law enforcement
  requests.  Not labeled: Kinstrand staff (care agents, lab techs, IAM users, legal
  counsel), clinicians of the external network (names, NPIs, fax/phone of practices),
  police officers / agencies, vendors and company contact data.
- name: full names as one span in whatever written form ("Last, First", upper case,
  GEDCOM "Given /Surname/" -> given and surname as two spans); first/last in separate
  fields are separate spans; a name inside a file name (uploaded tree file) is labeled.
  Display names shortened to initial + surname ("K. Mensah") are labeled; a lone first
  name in a greeting is labeled too.
- date: birth, death, saliva collection, physician order (FHIR authoredOn), report
  effective/issued dates, appointment/call-back dates tied to the person.  Not labeled:
  log timestamps, lab processing timestamps (LIMS received_at, plate/run/scan times,
  GenomeStudio processing date), FHIR meta.lastUpdated, year-only GEDCOM dates
  ("ABT 1902", "1902"), consent/policy version dates.
- age: only ages > 89.
- address: street lines, cities/towns, counties, GEDCOM PLAC city/county parts (states
  and countries not labeled); a street address may be one span with or without unit.
  Foreign postal codes are labeled zip like US ZIP codes.
- other_id: kit barcodes, activation codes, lab accession (sample) IDs of customer
  samples, customer profile IDs (16 hex), usernames, Zendesk ticket numbers, Kustomer
  customer/conversation ids, DSR case numbers, law-enforcement request numbers, FHIR
  Patient/ServiceRequest/DiagnosticReport ids and requisition identifiers, customer ids
  embedded in S3 keys / URLs.  PLINK FID/IID values are sample accession IDs (labeled).
  Not labeled: control samples (NA12878, NTC), BeadChip barcodes and chip positions,
  plate / rack / run IDs, order numbers (KS-ORD-...), trace/span/request IDs, AWS account
  IDs, GEDCOM xrefs (@I3@).
- account: Stripe customer ids (cus_...), billing account numbers and full card numbers of
  customers; the public Stripe test card 4242... is not labeled.
- mrn: patient identifiers assigned by the clinician network (vcn_mrn / MRN identifiers).
- health_plan: insurance member / subscriber IDs, Medicare MBI.
- license: driver's licence numbers used for identity verification.
- vehicle: licence plates and VINs in law enforcement requests.
- device: customer phone identifiers (IDFV, Android ID, IMEI).
- ip: public IPs of customers (also inside "::ffff:" mapped form: only the IPv4 part);
  private 10.x/172.16.x addresses and staff/AWS service addresses are not labeled.
- url: personal pages / shared tree links of a customer.
- biometric: multi-locus identity panels of one person (SNP fingerprint strings, Y-STR
  profiles); single-SNP genotype calls in GenomeStudio rows are not labeled.
- photo: base64 selfie images uploaded for identity verification.
- email/phone/fax/ssn: of labeled people only; URL-encoded emails are labeled as written.
"""
import base64
import datetime as dt
import json
import os
import random
import unicodedata

R = random.Random(20240916)
HERE = os.path.dirname(os.path.abspath(__file__))
ID = "mk"


# ----------------------------------------------------------------------------- builder
class P:
    __slots__ = ("v", "cat", "raw")

    def __init__(self, v, cat, raw=False):
        self.v = str(v)
        self.cat = cat
        self.raw = raw  # JSON: emit without quotes (numbers)


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, *parts):
        for s in parts:
            if isinstance(s, P):
                self.p(s.v, s.cat)
            elif isinstance(s, (list, tuple)):
                self.t(*s)
            else:
                self.buf += str(s).encode("utf-8")
        return self

    def p(self, val, cat):
        val = str(val)
        s = len(self.buf)
        self.buf += val.encode("utf-8")
        self.spans.append((s, len(self.buf), cat, val))
        return self

    def j(self, obj, spaced=False):
        jw(self, obj, spaced)
        return self


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jw(L, obj, spaced=False):
    cs, kc = (", ", ": ") if spaced else (",", ":")
    if isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(cs)
            L.t(json.dumps(k, ensure_ascii=False) + kc)
            jw(L, v, spaced)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(cs)
            jw(L, v, spaced)
        L.t("]")
    elif isinstance(obj, P):
        if obj.raw:
            L.p(obj.v, obj.cat)
        else:
            assert jesc(obj.v) == obj.v, obj.v
            L.t('"')
            L.p(obj.v, obj.cat)
            L.t('"')
    elif isinstance(obj, S):
        L.t('"')
        for part in obj.parts:
            if isinstance(part, P):
                assert jesc(part.v) == part.v, part.v
                L.p(part.v, part.cat)
            else:
                L.t(jesc(part))
        L.t('"')
    else:
        L.t(json.dumps(obj, ensure_ascii=False))


class S:
    """Composite string: list of str / P parts (for JSON values)."""

    def __init__(self, *parts):
        self.parts = []
        for x in parts:
            if isinstance(x, (list, tuple)):
                self.parts.extend(x)
            else:
                self.parts.append(x)


# ----------------------------------------------------------------------------- clock
T = dt.datetime(2024, 9, 16, 5, 58, 11, 204000)


def tick(a=0.3, b=25.0):
    global T
    T += dt.timedelta(seconds=R.uniform(a, b))
    return T


def ms(t):
    return "%03d" % (t.microsecond // 1000)


def iso_z(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + ms(t) + "Z"


def epoch_ms(t):
    return int(t.replace(tzinfo=dt.timezone.utc).timestamp() * 1000)


def clf(t):
    return t.strftime("[%d/%b/%Y:%H:%M:%S +0000]")


def pyts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + ms(t)


# ----------------------------------------------------------------------------- pools
PEOPLE = [
    ("Chidinma", "Okafor"), ("Aoife", "Ní Bhriain"), ("Thi Hoa", "Nguyễn"),
    ("Jean-Baptiste", "Moreau"), ("María de los Ángeles", "Gutiérrez"),
    ("Ravi", "Venkataraman"), ("Hiroshi", "Tanaka"), ("Fatima", "Al-Zahrani"),
    ("Kwame", "Mensah"), ("Pieter", "van der Berg"), ("Zofia", "Wiśniewska"),
    ("Mateus", "da Silva"), ("Priya", "Raghunathan-Holt"), ("Dmitri", "Sokolov"),
    ("Siobhan", "O'Connell"), ("Kalani", "Kahananui"), ("Björn", "Lindqvist"),
    ("Emeka", "Nwosu"), ("Mei-Ling", "Chou"), ("Giuseppe", "Di Stefano"),
    ("Hannah", "Goldberg"), ("Ayşe", "Yılmaz"), ("José Luis", "Ortega Ruiz"),
    ("Thandiwe", "Dlamini"), ("Wiremu", "Tane"), ("Marguerite", "D'Arcy-Fontaine"),
    ("Rashida", "Qureshi"), ("Ioana", "Popescu"), ("Kai", "Müller-Schmidt"),
    ("Esperanza", "Villalobos"), ("Tomasz", "Kowalczyk"), ("Nnamdi", "Eze"),
    ("Yerlan", "Nurlanov"), ("Leilani", "Akana"), ("Ines", "Carvalho-Baptista"),
    ("Omar", "El Amrani"), ("Saanvi", "Iyer"), ("Declan", "McGillicuddy"),
    ("Lucía", "Fernández"), ("Tamar", "Ben-Ami"), ("Jae-won", "Park"),
    ("Amara", "Diallo"), ("Ruth", "Abernathy"), ("Ngoc Anh", "Tran"),
    ("Heike", "Brandstätter"), ("Malik", "Washington"), ("Solveig", "Haugen"),
    ("Arturo", "de la Cruz"), ("Bronwyn", "Pritchard"), ("Xiu", "Zhang"),
    ("Gaurav", "Bhattacharya"), ("Efua", "Asante"), ("Luka", "Horvat"),
    ("Camille", "Lefèvre"), ("Darnell", "Robinson"), ("Annelies", "de Vries"),
]

CITIES = [
    ("Bellingham", "WA", "98225", "360"), ("Asheville", "NC", "28801", "828"),
    ("Dearborn", "MI", "48124", "313"), ("Tucson", "AZ", "85719", "520"),
    ("Lowell", "MA", "01852", "978"), ("Fresno", "CA", "93721", "559"),
    ("Hilo", "HI", "96720", "808"), ("Duluth", "MN", "55802", "218"),
    ("Laredo", "TX", "78040", "956"), ("Brooklyn", "NY", "11215", "718"),
    ("Sioux Falls", "SD", "57104", "605"), ("Portland", "ME", "04101", "207"),
    ("Oakland", "CA", "94610", "510"), ("Silver Spring", "MD", "20910", "301"),
    ("Savannah", "GA", "31401", "912"), ("Boise", "ID", "83702", "208"),
]
STREETS = ["Larchmont Ave", "W Magnolia St", "Birchwood Ct", "Old Mill Rd", "E 14th St",
           "Cedar Hollow Ln", "Kalanianaole Hwy", "Piedmont Ave", "N Calle Ciruela",
           "Harbor View Dr", "Sycamore Pl", "Fairmount Blvd", "Ridgecrest Way",
           "Prospect Park W", "Lakeshore Dr", "Quarry Hill Rd"]
UNITS = ["Apt 3B", "Unit 12", "#204", "Apt. 7", "Ste 110", "Lot 41"]
EU_ADDR = [("Hauptstraße 12", "10115", "Berlin", "DE"), ("Rue des Martyrs 41", "75009", "Paris", "FR"),
           ("Calle de Toledo 88, 3º izq.", "28005", "Madrid", "ES"),
           ("Keizersgracht 212", "1016 DZ", "Amsterdam", "NL"),
           ("ul. Długa 17/4", "80-827", "Gdańsk", "PL"), ("14 Elm Row", "EH7 4AA", "Edinburgh", "UK"),
           ("Via Garibaldi 9", "10122", "Torino", "IT")]
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "proton.me", "hotmail.com",
        "aol.com", "comcast.net", "web.de", "orange.fr", "hotmail.co.uk"]
STAFF = ["b.keller", "mfernandes", "d.ostrowski", "s.chen", "tjohansson", "a.kapoor",
         "r.whitfield", "lnakamura"]
AGENTS = ["Brianna K.", "Marcus T.", "Yuki S.", "Olamide A.", "Chris P.", "Renata V."]
CLINICIANS = [("Elena Varga, MD", "1487723091"), ("Samuel Oduya, DO", "1962054418"),
              ("Priyanka Sethi, MD", "1306877251"), ("Thomas Reinholt, NP", "1730119942"),
              ("Grace Liang, MD", "1598462207")]
PODS = ["kit-api-7d9f8b6c5-x2kqz", "kit-api-7d9f8b6c5-m8w4r", "kit-api-7d9f8b6c5-9pjtd"]


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return s.replace("ı", "i").replace("ł", "l").replace("ß", "ss")


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(R.choice(chars) for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def luhn_complete(prefix, length):
    body = prefix + digits(length - len(prefix) - 1)
    tot = 0
    for i, c in enumerate(reversed(body)):
        d = int(c)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return body + str((10 - tot % 10) % 10)


def ssn():
    while True:
        a = R.randint(101, 665)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    AN = L + "0123456789"
    return (str(R.randint(1, 9)) + R.choice(L) + R.choice(AN) + str(R.randint(0, 9)) +
            R.choice(L) + R.choice(AN) + str(R.randint(0, 9)) + R.choice(L) + R.choice(L) +
            str(R.randint(0, 9)) + str(R.randint(0, 9)))


def vin():
    c = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    return R.choice(["1", "2", "3", "5", "J", "W"]) + "".join(R.choice(c) for _ in range(16))


def public_ip():
    if R.random() < 0.15:
        return "2601:%x:%x:%x:%x:%x:%x:%x" % tuple(R.randint(0x100, 0xffff) for _ in range(7))
    first = R.choice([73, 24, 98, 174, 71, 67, 108, 76, 50, 172, 86, 91, 185, 47, 99])
    if first == 172:
        second = R.choice([58, 91, 112, 220])
    else:
        second = R.randint(1, 254)
    return "%d.%d.%d.%d" % (first, second, R.randint(0, 255), R.randint(1, 254))


def private_ip():
    return "10.%d.%d.%d" % (R.randint(0, 63), R.randint(0, 255), R.randint(2, 254))


def phone_fmt(area):
    n = "555" + "01" + digits(2)
    style = R.randint(0, 7)
    return [
        "(%s) %s-%s" % (area, n[:3], n[3:]),
        "%s-%s-%s" % (area, n[:3], n[3:]),
        "%s.%s.%s" % (area, n[:3], n[3:]),
        "+1 %s %s %s" % (area, n[:3], n[3:]),
        "+1%s%s" % (area, n),
        "%s%s" % (area, n),
        "1-%s-%s-%s" % (area, n[:3], n[3:]),
        "(%s)%s-%s" % (area, n[:3], n[3:]),
    ][style]


MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


def dfmt(d, style=None):
    if style is None:
        style = R.choice(["iso", "us", "us_short", "eu_dot", "long", "ged", "compact", "dmy_mon", "eu_slash"])
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return "%d/%d/%s" % (d.month, d.day, d.strftime("%y"))
    if style == "eu_dot":
        return d.strftime("%d.%m.%Y")
    if style == "eu_slash":
        return d.strftime("%d/%m/%Y")
    if style == "long":
        return d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    if style == "ged":
        return "%d %s %d" % (d.day, MON[d.month - 1], d.year)
    if style == "compact":
        return d.strftime("%Y%m%d")
    if style == "dmy_mon":
        return d.strftime("%d-%b-%Y")
    raise ValueError(style)


def rand_date(y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 28).toordinal()
    return dt.date.fromordinal(R.randint(start, end))


class Person:
    def __init__(self, old=False):
        self.given, self.family = R.choice(PEOPLE)
        self.dob = rand_date(1926, 1933) if old else rand_date(1939, 2005)
        self.age = 2024 - self.dob.year - (1 if (self.dob.month, self.dob.day) > (9, 16) else 0)
        city = R.choice(CITIES)
        self.city, self.state, self.zip, self.area = city
        self.street = "%d %s" % (R.randint(3, 9899), R.choice(STREETS))
        self.unit = R.choice(UNITS) if R.random() < 0.35 else ""
        g, f = fold(self.given).lower().replace(" ", ""), fold(self.family).lower().replace(" ", "").replace("'", "")
        self.email = R.choice([
            "%s.%s@%s" % (g, f, R.choice(MAIL)), "%s%s%s@%s" % (g[0], f, digits(2), R.choice(MAIL)),
            "%s_%s%s@%s" % (g, f[:4], digits(3), R.choice(MAIL)), "%s%s@%s" % (f, g[:1], R.choice(MAIL)),
        ])
        self.username = R.choice(["%s%s_dna" % (g[0], f), "%s.%s%s" % (g, f[:5], digits(2)),
                                  "%s%s" % (f, digits(4)), "%s_roots" % g])
        self.profile = hexs(16)
        self.kit = "DX" + digits(10)
        self.act = "%s-%s-%s" % (alnum(4), alnum(4), alnum(4))
        self.acc = "A%s-%s" % (T.strftime("%y%m%d"), digits(5))
        self.ip = public_ip()
        self.sex = R.choice(["F", "M"])

    def phone(self):
        return phone_fmt(self.area)

    @property
    def full(self):
        return "%s %s" % (self.given, self.family)

    def name_variant(self):
        k = R.randint(0, 6)
        return [self.full, "%s, %s" % (self.family, self.given), ("%s, %s" % (self.family, self.given)).upper(),
                self.full.lower(), "%s. %s" % (self.given[0], self.family), self.full.upper(), self.full][k]

    def addr1(self):
        return self.street + ((", " + self.unit) if self.unit else "")


def photo_b64():
    raw = (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00\xff\xdb\x00C\x00" +
           bytes(R.randint(0, 255) for _ in range(R.randint(140, 220))))
    return base64.b64encode(raw).decode()


SNPS = ["rs1801133", "rs4988235", "rs12913832", "rs1426654", "rs16891982", "rs1815739", "rs762551",
        "rs53576", "rs7412", "rs429358", "rs17822931", "rs1042522", "rs2187668", "rs6152"]


def snp_panel():
    out = []
    for s in R.sample(SNPS, 10):
        a = R.choice("ACGT")
        b = R.choice("ACGT")
        out.append("%s:%s%s" % (s, a, b))
    return ";".join(out)


def ystr():
    loci = [("DYS393", 12, 15), ("DYS390", 21, 25), ("DYS19", 13, 16), ("DYS391", 9, 12),
            ("DYS385a", 11, 14), ("DYS385b", 13, 17), ("DYS426", 11, 12), ("DYS388", 12, 14),
            ("DYS439", 11, 13), ("DYS389I", 12, 14), ("DYS392", 11, 14), ("DYS389II", 28, 31)]
    return " ".join("%s=%d" % (n, R.randint(a, b)) for n, a, b in loci)


_CYC = {}


def cyc(key, n):
    """Balanced variant choice: walks a reshuffled permutation of range(n) per key."""
    st = _CYC.get(key)
    if not st:
        st = list(range(n))
        R.shuffle(st)
        _CYC[key] = st
    return st.pop()


def trace_id():
    return hexs(32)


# ============================================================================= families
# Each returns a list of Line objects.

def fam_pino(phi):
    t = tick()
    pod = R.choice(PODS)
    base = {"level": 30, "time": epoch_ms(t), "pid": 1, "hostname": pod}
    L = Line("pino_json")
    if not phi:
        k = R.randint(0, 7)
        if k == 0:
            d = dict(base, reqId="req-%s" % alnum(4, "0123456789abcdefghijklmnopqrstuvwxyz"),
                     req={"method": "GET", "url": "/healthz", "remoteAddress": "::ffff:" + private_ip(),
                          "headers": {"user-agent": "kube-probe/1.29"}},
                     res={"statusCode": 200}, responseTime=R.randint(1, 4), msg="request completed")
        elif k == 1:
            d = dict(base, level=30, msg="Server listening at http://0.0.0.0:3000", env="production",
                     version="4.31.%d" % R.randint(0, 9), commit=hexs(7))
        elif k == 2:
            d = dict(base, msg="pg pool stats", pool={"total": 20, "idle": R.randint(8, 19), "waiting": 0},
                     db="kits_prod", host="kits-prod.cluster-c9x2.us-west-2.rds.amazonaws.com")
        elif k == 3:
            d = dict(base, msg="activation funnel", window="5m", started=R.randint(300, 900),
                     barcode_scanned=R.randint(200, 600), consent_signed=R.randint(150, 500),
                     completed=R.randint(120, 480), p95_ms=R.randint(400, 1400))
        elif k == 4:
            d = dict(base, level=50, msg="LIMS sync failed",
                     err={"type": "FetchError", "message": "request to https://lims-api.internal:8443/v2/accessions failed, reason: socket hang up",
                          "code": "ECONNRESET"}, traceId=trace_id(), spanId=hexs(16), attempt=R.randint(1, 5))
        elif k == 5:
            d = dict(base, msg="feature flags refreshed", source="launchdarkly", flags=47,
                     changed=["kit-activation-v3", "consent-copy-2024-09"], etag='W/"%s"' % hexs(12))
        elif k == 6:
            d = dict(base, level=40, msg="rate limit exceeded", ip=private_ip(), route="/v1/kits/activate",
                     limit=30, windowSec=60, note="internal load test")
        else:
            d = dict(base, level=20, msg="checkout test order created", env="staging", orderId="KS-ORD-%s-%s" % (t.strftime("%Y%m%d"), digits(5)),
                     card={"number": "4242424242424242", "exp": "12/34"}, sku="HEALTH_ANCESTRY_V5")
        return [L.j(d)]
    p = Person(old=R.random() < 0.08)
    k = cyc(470, 6)
    if k == 0:
        d = dict(base, reqId="req-%s" % hexs(6), msg="kit registration accepted",
                 kitBarcode=P(p.kit, "other_id"), activationCode=P(p.act, "other_id"),
                 profile={"firstName": P(p.given, "name"), "lastName": P(p.family, "name"),
                          "dob": P(dfmt(p.dob, "iso"), "date"), "sexAtBirth": p.sex,
                          "email": P(p.email, "email"), "postalCode": P(p.zip, "zip")},
                 consent={"research": R.choice([True, False]), "version": "2024-03"})
    elif k == 1:
        d = dict(base, level=40, msg="activation conflict: kit already linked to another profile",
                 kitBarcode=P(p.kit, "other_id"), existingProfileId=P(p.profile, "other_id"),
                 requestedBy=P(p.email, "email"), traceId=trace_id())
    elif k == 2:
        dev = R.choice(["ios", "android"])
        if dev == "ios":
            devd = {"platform": "ios", "idfv": P(uuid4().upper(), "device"), "model": "iPhone15,3", "appVersion": "6.14.0(8812)"}
        else:
            devd = {"platform": "android", "androidId": P(hexs(16), "device"), "model": "SM-S911U", "appVersion": "6.14.0"}
        d = dict(base, msg="push token registered", userId=P(p.profile, "other_id"), device=devd)
    elif k == 3:
        d = dict(base, reqId="req-%s" % hexs(6),
                 req={"method": "POST", "url": S("/v1/kits/", P(p.kit, "other_id"), "/activate"),
                      "remoteAddress": S("::ffff:", P(p.ip, "ip")) if ":" not in p.ip else P(p.ip, "ip"),
                      "remotePort": R.randint(30000, 65000)},
                 res={"statusCode": 201}, responseTime=R.randint(30, 400), msg="request completed")
    elif k == 4:
        d = dict(base, level=40, msg="validation failed",
                 err={"type": "ValidationError", "message": "dateOfBirth: customer must be 18 or older"},
                 body={"first_name": P(p.given, "name"), "last_name": P(p.family, "name"),
                       "date_of_birth": P(dfmt(dt.date(2008, p.dob.month, min(p.dob.day, 28)), "us"), "date"),
                       "kit_barcode": P(p.kit, "other_id")})
    else:
        d = dict(base, msg="shipping address updated for replacement kit", profileId=P(p.profile, "other_id"),
                 address={"line1": P(p.street, "address"), "line2": P(p.unit, "address") if p.unit else "",
                          "city": P(p.city, "address"), "state": p.state, "zip": P(p.zip, "zip")},
                 phone=P(p.phone(), "phone"), orderId="KS-ORD-%s-%s" % (t.strftime("%Y%m%d"), digits(5)))
    return [L.j(d)]


UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/128.0.0.0 Safari/537.36',
       'Kinstrand/6.14.0 (Android 14; SM-S911U)',
       'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Safari/605.1.15']


def fam_morgan(phi):
    t = tick()
    L = Line("morgan_combined")
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            L.t(private_ip(), " - - ", clf(t), ' "GET /healthz HTTP/1.1" 200 15 "-" "kube-probe/1.29"')
        elif k == 1:
            L.t(private_ip(), " - - ", clf(t), ' "GET /ready HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0"')
        elif k == 2:
            L.t(private_ip(), " - - ", clf(t), ' "GET /v1/orders/KS-ORD-%s-%s/status HTTP/1.1" 200 %d "-" "order-svc/2.8.1 node-fetch/2.7"'
                % (t.strftime("%Y%m%d"), digits(5), R.randint(90, 300)))
        else:
            L.t(private_ip(), " - - ", clf(t), ' "GET /metrics HTTP/1.1" 200 %d "-" "Prometheus/2.53.1"' % R.randint(8000, 20000))
        return [L]
    p = Person()
    k = cyc(531, 4)
    L.p(p.ip, "ip").t(" - - ", clf(t), ' "')
    if k == 0:
        L.t("POST /v1/kits/").p(p.kit, "other_id").t("/activate HTTP/1.1\" 201 %d" % R.randint(300, 700))
        L.t(' "https://www.kinstrand.com/activate" "%s"' % R.choice(UAS))
    elif k == 1:
        enc = p.email.replace("@", "%40")
        L.t("GET /v1/account/lookup?email=").p(enc, "email").t(" HTTP/1.1\" 404 61 \"-\" \"%s\"" % R.choice(UAS))
    elif k == 2:
        L.t("GET /v1/profiles/").p(p.profile, "other_id").t("/reports/health/brca1-brca2 HTTP/1.1\" 200 %d" % R.randint(4000, 20000))
        L.t(' "https://you.kinstrand.com/reports" "%s"' % R.choice(UAS))
    else:
        L.t("GET /v1/raw-data/download?profile=").p(p.profile, "other_id").t("&fmt=txt HTTP/1.1\" 302 0 \"-\" \"%s\"" % R.choice(UAS))
    return [L]


def fam_lims(phi):
    lines = []
    if R.random() < 0.5 or not phi:
        tick()
        L = Line("lims_csv")
        L.t("accession_id,kit_barcode,received_at,collection_date,sample_type,volume_ul,qc_status,rack_id,position,consent_research,tech")
        lines.append(L)
    if not phi:
        for _ in range(R.randint(1, 2)):
            t = tick(1, 5)
            L = Line("lims_csv")
            L.t("CTRL-%s,,%s,,%s,,%s,RK-%s,%s,,%s" % (digits(4), iso_z(t), R.choice(["NA12878", "NTC", "HAP1-REF"]),
                                                       R.choice(["PASS", "PASS", "N/A"]), digits(4),
                                                       R.choice("ABCDEFGH") + "%02d" % R.randint(1, 12), R.choice(STAFF)))
            lines.append(L)
        return lines
    for _ in range(R.randint(1, 3)):
        t = tick(1, 8)
        p = Person()
        coll = (t - dt.timedelta(days=R.randint(3, 14))).date()
        L = Line("lims_csv")
        L.p(p.acc, "other_id").t(",").p(p.kit, "other_id").t(",", iso_z(t), ",")
        L.p(dfmt(coll, "iso"), "date")
        qc = R.choice(["PASS", "PASS", "PASS", "LOW_VOLUME", "CONTAMINATED", "PASS"])
        L.t(",saliva,%d,%s,RK-%s,%s,%s,%s" % (R.choice([2000, 1800, 1200, 600]), qc, digits(4),
                                              R.choice("ABCDEFGH") + "%02d" % R.randint(1, 12),
                                              R.choice("YN"), R.choice(STAFF)))
        lines.append(L)
    return lines


def ham_ts(t):
    return t.strftime("%Y-%m-%d %H:%M:%S") + ">"


def fam_hamilton(phi):
    lines = []
    t = tick()
    if not phi:
        k = R.randint(0, 5)
        msgs = [
            "SYSTEM : Start method - start; Method file C:\\Program Files (x86)\\HAMILTON\\Methods\\KS\\Saliva_gDNA_Extraction_v4.2.med",
            "SYSTEM : Execute method - progress; User name: STARLET-03\\labops",
            "Load Carrier (Single Step) - complete; Carrier TIP_CAR_480_A00_0001 loaded, 5 positions",
            "Tip Pick Up (Single Step) - complete; HT_L_1000uL 0003 positions 1-8",
            "Aspirate (Single Step) - error; Error on channel 4 : No liquid level found (LLD) [ErrorCode 22/86]",
            "SYSTEM : End method - complete; duration 00:47:12",
        ]
        L = Line("hamilton_trace")
        L.t(ham_ts(t), " ", msgs[k])
        return [L]
    L = Line("hamilton_trace")
    L.t(ham_ts(t), " Barcode reading (Single Step) - complete; SMP_CAR_32_A00_%04d" % R.randint(1, 9))
    lines.append(L)
    for i in range(R.randint(2, 4)):
        p = Person()
        L = Line("hamilton_trace")
        L.t(ham_ts(t), " > position %d: " % (i + 1)).p(p.kit, "other_id").t(" ; tube type SST_13x75 ; read OK")
        lines.append(L)
    t = tick(2, 10)
    L = Line("hamilton_trace")
    L.t(ham_ts(t), " Aspirate (Single Step) - complete; Liquid class StandardVolume_Saliva_DispenseJet_Empty, 300 uL")
    lines.append(L)
    return lines


def fam_platemap(phi):
    lines = []
    plate = "PL-%s-%02d" % (T.strftime("%m%d"), R.randint(1, 9))
    if R.random() < 0.5:
        L = Line("plate_map_csv")
        L.t("Plate_ID,Well,Sample_ID,Kit_Barcode,Sample_Type,Conc_ng_ul")
        lines.append(L)
    tick()
    if not phi:
        for w in R.sample(["H12", "G12", "A01", "H11"], 2):
            L = Line("plate_map_csv")
            typ = R.choice(["NTC", "PosCtrl"])
            L.t("%s,%s,%s,,%s,%s" % (plate, w, "NA12878" if typ == "PosCtrl" else "", typ,
                                       "%.1f" % R.uniform(40, 60) if typ == "PosCtrl" else "0.0"))
            lines.append(L)
        return lines
    for _ in range(R.randint(1, 3)):
        p = Person()
        L = Line("plate_map_csv")
        w = R.choice("ABCDEFG") + "%02d" % R.randint(1, 12)
        L.t(plate, ",", w, ",").p(p.acc, "other_id").t(",").p(p.kit, "other_id").t(",Sample,%.1f" % R.uniform(8, 95))
        lines.append(L)
    return lines


def fam_iscan(phi):
    t = tick()
    L = Line("iscan_log")
    chip = "20" + digits(10)
    sec = "R%02dC01" % R.randint(1, 8)
    msgs = [
        "[Scanner] INFO  BeadChip %s scan started; protocol Infinium GSA-24 v3.0 ; sections R01C01..R08C01" % chip,
        "[Scanner] INFO  BeadChip %s section %s Grn intensity p05=%d p50=%d ; Red p50=%d" % (chip, sec, R.randint(300, 700), R.randint(4000, 9000), R.randint(4000, 9000)),
        "[Autoloader] WARN  Tray slot %d barcode read retry (1/3) for BeadChip %s" % (R.randint(1, 24), chip),
        "[Scanner] INFO  BeadChip %s scan complete in 00:%02d:%02d, idats written to \\\\iscan-nas01\\scans\\%s\\" % (chip, R.randint(20, 45), R.randint(0, 59), chip),
        "[Instrument] INFO  Laser temp 24.%d C ; focus offset %+d nm ; self-test OK (iScan Control Software 4.0.6.1)" % (R.randint(0, 9), R.randint(-90, 90)),
        "[Scanner] ERROR BeadChip %s section %s failed registration (RegistrationFailed, score 0.%d)" % (chip, sec, R.randint(10, 60)),
    ]
    L.t(t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t), " ", R.choice(msgs))
    return [L]


def fam_genomestudio(phi):
    lines = []
    tick()
    if not phi or R.random() < 0.5:
        hdr = ["[Header]", "GSGT Version\t2.0.5", "Processing Date\t%s" % T.strftime("%-m/%-d/%Y %-I:%M %p"),
               "Content\t\tGSA-24v3-0_A1.bpm", "Num SNPs\t654027", "Total SNPs\t654027",
               "Num Samples\t%d" % R.choice([24, 48, 96]), "Total Samples\t%d" % R.choice([24, 48, 96]), "[Data]",
               "SNP Name\tSample ID\tAllele1 - Top\tAllele2 - Top\tGC Score\tX\tY\tB Allele Freq\tLog R Ratio"]
        n = len(hdr) if phi else R.randint(3, 6)
        start = 0 if phi else R.choice([0, len(hdr) - n])
        for h in hdr[start:start + n]:
            L = Line("genomestudio_report")
            L.t(h)
            lines.append(L)
    if not phi:
        return lines
    p = Person()
    for _ in range(R.randint(2, 4)):
        L = Line("genomestudio_report")
        a1, a2 = R.choice("ACGT"), R.choice("ACGT")
        L.t(R.choice(SNPS), "\t").p(p.acc, "other_id")
        L.t("\t%s\t%s\t%.4f\t%.3f\t%.3f\t%.4f\t%.4f" % (a1, a2, R.uniform(0.5, 0.99), R.uniform(0.01, 1.6),
                                                        R.uniform(0.01, 1.6), R.uniform(0, 1), R.uniform(-0.4, 0.4)))
        lines.append(L)
    if R.random() < 0.4:
        L = Line("genomestudio_report")
        L.t("rs1815739\tNA12878\tC\tT\t0.9213\t0.611\t0.588\t0.4987\t0.0112")
        lines.append(L)
    return lines


def fam_plink(phi):
    lines = []
    tick()
    batch = "batch_%s_%02d" % (T.strftime("%m%d"), R.randint(1, 6))
    nvar = R.randint(640000, 660000)
    npeople = R.choice([94, 95, 96])
    body = [
        "PLINK v1.90b7.2 64-bit (11 Dec 2023)           www.cog-genomics.org/plink/1.9/",
        "(C) 2005-2023 Shaun Purcell, Christopher Chang   GNU General Public License v3",
        "Logging to qc/%s.log." % batch,
        "Options in effect:",
        "  --bfile raw/%s" % batch,
        "  --geno 0.02",
        "  --mind 0.03",
        "  --check-sex",
        "  --out qc/%s" % batch,
        "",
        "257655 MB RAM detected; reserving 128827 MB for main workspace.",
        "%d variants loaded from .bim file." % nvar,
        "%d people (%d males, %d females) loaded from .fam." % (npeople, npeople // 2, npeople - npeople // 2),
        "Using 1 thread (no multithreaded calculations invoked).",
        "Before main variant filters, %d founders and 0 nonfounders present." % npeople,
        "Calculating allele frequencies... done.",
        "Total genotyping rate is 0.99%02d." % R.randint(10, 70),
        "1 person removed due to missing genotype data (--mind).",
        "ID written to qc/%s.irem ." % batch,
        "%d variants removed due to missing genotype data (--geno)." % R.randint(900, 3000),
        "--check-sex: %d Xchr and 0 Ychr variant(s) scanned, 1 problem detected." % R.randint(15000, 17000),
        "Report written to qc/%s.sexcheck ." % batch,
    ]
    if phi:
        take = body[:9] + [body[i] for i in sorted(R.sample(range(10, 17), 3))] + body[17:]
    else:
        take = body[:R.randint(9, 16)]
    for b in take:
        if b == "":
            continue
        L = Line("plink_log")
        L.t(b)
        lines.append(L)
    if phi:
        p = Person()
        q = Person()
        L = Line("plink_log")
        L.t("[qc-runner] irem: ").p(p.acc, "other_id").t("\t").p(p.acc, "other_id")
        L.t("  (F_MISS=0.0%d)" % R.randint(31, 89))
        lines.append(L)
        L = Line("plink_log")
        L.t("[qc-runner] sexcheck PROBLEM FID=").p(q.acc, "other_id").t(" IID=").p(q.acc, "other_id")
        L.t(" PEDSEX=%d SNPSEX=%d F=%.4f" % (1 if q.sex == "M" else 2, 2 if q.sex == "M" else 1, R.uniform(-0.2, 0.3)))
        lines.append(L)
        L = Line("plink_log")
        L.t("[qc-runner] concordance check ").p(q.acc, "other_id").t(" vs intake fingerprint: ").p(snp_panel(), "biometric").t(" -> 6/10 concordant, FLAG")
        lines.append(L)
    return lines


def akka_ts(t):
    return t.strftime("[%m/%d/%Y %H:%M:%S.") + ms(t) + "]"


def fam_akka(phi):
    t = tick()
    L = Line("akka_log")
    disp = "[relmatch-akka.actor.default-dispatcher-%d]" % R.randint(2, 30)
    if not phi:
        msgs = [
            ("INFO", "[akka.cluster.Cluster(akka://relmatch)]", "Cluster Node [akka://relmatch@10.42.%d.%d:25520] - Welcome from [akka://relmatch@10.42.0.12:25520]" % (R.randint(0, 9), R.randint(2, 250))),
            ("INFO", "[akka://relmatch/user/matcher-supervisor]", "shard rebalance complete: 128 shards, 7 regions, moved=%d in %d ms" % (R.randint(0, 12), R.randint(80, 900))),
            ("WARNING", "[akka://relmatch/system/sharding/Matcher]", "Retry request for shard [%d] homes from coordinator at [Actor[akka://relmatch/system/sharding/MatcherCoordinator/singleton/coordinator#-%d]]" % (R.randint(0, 127), R.randint(10**8, 10**9))),
            ("INFO", "[akka://relmatch/user/ibd-engine]", "IBD batch %s done: pairs=%d segments>=7cM=%d elapsed=%.1fs" % (hexs(8), R.randint(10**5, 10**6), R.randint(1000, 9000), R.uniform(10, 90))),
            ("DEBUG", "[akka://relmatch/user/matcher-supervisor/shard-%d]" % R.randint(0, 127), "mailbox size=%d throughput=%d msg/s" % (R.randint(0, 400), R.randint(200, 3000))),
        ]
        lvl, src, msg = R.choice(msgs)
        L.t("[%s] " % lvl, akka_ts(t), " ", disp, " ", src, " ", msg)
        return [L]
    a, b = Person(), Person()
    k = cyc(760, 3)
    L.t("[INFO] ", akka_ts(t), " ", disp, " [akka://relmatch/user/matcher-supervisor/shard-%d] " % R.randint(0, 127))
    if k == 0:
        L.t("Match persisted profileA=").p(a.profile, "other_id").t(" profileB=").p(b.profile, "other_id")
        L.t(" sharedCM=%.1f segments=%d predicted=%s" % (R.uniform(20, 3500), R.randint(2, 60),
                                                         R.choice(["PARENT_CHILD", "FULL_SIBLING", "FIRST_COUSIN", "SECOND_COUSIN", "HALF_SIBLING"])))
    elif k == 1:
        L.t("notify: new close relative for ").p(a.profile, "other_id").t(" -> display name '")
        L.p("%s. %s" % (b.given[0], b.family), "name").t("' (opted in, sharing=FULL)")
    else:
        L.t("Suppressing match ").p(a.profile, "other_id").t(" <-> ").p(b.profile, "other_id")
        L.t(": one side has relatives_opt_out=true")
    return [L]


def fam_kafka(phi):
    t = tick()
    L = Line("kafka_consumer")
    th = "[relmatch-akka.kafka.default-dispatcher-%d]" % R.randint(2, 12)
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + ms(t)
    grp = "[Consumer clientId=relmatch-consumer-%d, groupId=relmatch-v3]" % R.randint(1, 6)
    part = "genotype-ready-%d" % R.randint(0, 11)
    if not phi:
        msgs = [
            ("INFO ", "o.a.k.c.c.internals.ConsumerCoordinator", "%s Setting offset for partition %s to the committed offset FetchPosition{offset=%d, offsetEpoch=Optional[%d], currentLeader=LeaderAndEpoch{leader=Optional[b-%d.ks-msk.c3.kafka.us-west-2.amazonaws.com:9098 (id: %d rack: usw2-az%d)], epoch=%d}}" % (grp, part, R.randint(10**6, 10**7), R.randint(10, 40), R.randint(1, 3), R.randint(1, 3), R.randint(1, 3), R.randint(10, 40))),
            ("INFO ", "o.a.k.c.c.internals.ConsumerCoordinator", "%s Adding newly assigned partitions: %s, genotype-ready-%d" % (grp, part, R.randint(0, 11))),
            ("INFO ", "o.a.k.c.c.internals.AbstractCoordinator", "%s Successfully joined group with generation Generation{generationId=%d, memberId='relmatch-consumer-%d-%s', protocol='range'}" % (grp, R.randint(100, 900), R.randint(1, 6), uuid4())),
            ("WARN ", "o.a.k.c.NetworkClient", "%s Connection to node 2 (b-2.ks-msk.c3.kafka.us-west-2.amazonaws.com/10.40.%d.%d:9098) could not be established. Broker may not be available." % (grp, R.randint(0, 9), R.randint(2, 250))),
            ("INFO ", "a.k.i.KafkaConsumerActor", "Consumer lag %s total=%d max_partition=%d" % ("relmatch-v3", R.randint(0, 9000), R.randint(0, 2000))),
        ]
        lvl, lg, msg = R.choice(msgs)
        L.t(ts, " ", lvl, th, " ", lg, " - ", msg)
        return [L]
    p = Person()
    L.t(ts, " ERROR ", th, " c.k.relmatch.GenotypeReadyDeserializer - Failed to deserialize record %s@%d: " % (part, R.randint(10**6, 10**7)))
    L.t("Unrecognized field \"legacyEmail\"; payload={\"profileId\":\"").p(p.profile, "other_id")
    L.t("\",\"accession\":\"").p(p.acc, "other_id").t("\",\"legacyEmail\":\"").p(p.email, "email").t("\",\"chip\":\"GSA-24v3\"}")
    return [L]


GED_PLACES = [("Enugu", ", Enugu State, Nigeria"), ("Cork, County Cork", ", Ireland"), ("Kraków", ", Małopolskie, Poland"),
              ("Nam Định", ", Vietnam"), ("Kumasi", ", Ashanti, Ghana"), ("Bergen", ", Vestland, Norway"),
              ("Palermo", ", Sicilia, Italy"), ("Lowell, Middlesex County", ", Massachusetts, USA"),
              ("Hilo, Hawaii County", ", Hawaii, USA"), ("Tralee, County Kerry", ", Ireland"),
              ("Oaxaca de Juárez", ", Oaxaca, Mexico"), ("Izmir", ", Turkey")]


def fam_gedcom(phi):
    lines = []
    tick()
    if not phi:
        L = Line("gedcom_import_log")
        L.t(pyts(T), " INFO gedcom_import.worker: job=ged-%s dequeued, validator=gedcom551 strict=false max_individuals=50000" % hexs(8))
        lines.append(L)
        for x in ["0 HEAD", "1 SOUR %s" % R.choice(["FTM", "GRAMPS", "MYHERITAGE", "RootsMagic"]), "1 GEDC", "2 VERS 5.5.1", "2 FORM LINEAGE-LINKED", "1 CHAR UTF-8"][:R.randint(3, 6)]:
            L = Line("gedcom")
            L.t(x)
            lines.append(L)
        return lines
    sub = Person()
    fname = "%s_family_%s.ged" % (fold(sub.family).replace(" ", "").replace("'", ""), R.choice(["2024", "final", "v3", "export"]))
    L = Line("gedcom_import_log")
    L.t(pyts(T), " INFO gedcom_import.worker: job=ged-%s user=" % hexs(8)).p(sub.username, "other_id")
    stem = fname.split("_family_")[0]
    L.t(" file=uploads/2024/09/").p(stem, "name").t(fname[len(stem):], " size=%dKB encoding=UTF-8 begin parse" % R.randint(40, 900))
    lines.append(L)
    for x in ["0 HEAD", "1 SOUR %s" % R.choice(["FTM", "GRAMPS", "MYHERITAGE", "RootsMagic"]), "1 GEDC", "2 VERS 5.5.1", "2 FORM LINEAGE-LINKED", "1 CHAR UTF-8", "1 SUBM @SUBM@"]:
        L = Line("gedcom")
        L.t(x)
        lines.append(L)
    L = Line("gedcom"); L.t("0 @SUBM@ SUBM"); lines.append(L)
    L = Line("gedcom"); L.t("1 NAME ").p(sub.full, "name"); lines.append(L)
    if R.random() < 0.6:
        L = Line("gedcom"); L.t("1 EMAIL ").p(sub.email, "email"); lines.append(L)
    if R.random() < 0.7:
        site = R.choice(["https://%s-genealogy.blogspot.com" % fold(sub.family).lower().replace(" ", "").replace("'", ""),
                         "https://www.wikitree.com/wiki/%s-%d" % (fold(sub.family).replace(" ", "_").replace("'", ""), R.randint(100, 4000)),
                         "https://sites.google.com/view/%s%s-roots" % (fold(sub.given).lower().replace(" ", ""), fold(sub.family).lower().replace(" ", "").replace("'", ""))])
        L = Line("gedcom"); L.t("1 WWW ").p(site, "url"); lines.append(L)
    fam = R.choice([x for x in PEOPLE])[1]
    for i in range(R.randint(1, 2)):
        given = R.choice(PEOPLE)[0]
        b = rand_date(1861, 1935)
        L = Line("gedcom"); L.t("0 @I%d@ INDI" % R.randint(1, 400)); lines.append(L)
        L = Line("gedcom"); L.t("1 NAME ").p(given, "name").t(" /").p(fam, "name").t("/"); lines.append(L)
        L = Line("gedcom"); L.t("1 SEX %s" % R.choice("MF")); lines.append(L)
        L = Line("gedcom"); L.t("1 BIRT"); lines.append(L)
        L = Line("gedcom")
        if R.random() < 0.7:
            L.t("2 DATE ").p(dfmt(b, "ged"), "date")
        else:
            L.t("2 DATE ABT %d" % b.year)
        lines.append(L)
        city, rest = R.choice(GED_PLACES)
        L = Line("gedcom"); L.t("2 PLAC ").p(city, "address").t(rest); lines.append(L)
        if R.random() < 0.6:
            d = b + dt.timedelta(days=R.randint(20000, 33000))
            L = Line("gedcom"); L.t("1 DEAT"); lines.append(L)
            L = Line("gedcom")
            if R.random() < 0.6:
                L.t("2 DATE ").p(dfmt(d, "ged"), "date")
            else:
                L.t("2 DATE %d" % d.year)
            lines.append(L)
        L = Line("gedcom"); L.t("1 FAMC @F%d@" % R.randint(1, 150)); lines.append(L)
    L = Line("gedcom_import_log")
    tick(1, 4)
    L.t(pyts(T), " INFO gedcom_import.worker: parsed individuals=%d families=%d sources=%d warnings=%d elapsed=%.2fs"
        % (R.randint(40, 900), R.randint(10, 300), R.randint(0, 80), R.randint(0, 9), R.uniform(0.3, 9)))
    lines.append(L)
    return lines


def fam_gedlog(phi):
    t = tick()
    L = Line("gedcom_import_log")
    if not phi:
        msgs = ["WARNING gedcom_import.parser: line 4412: unknown tag _MILT ignored (custom FTM tag)",
                "INFO gedcom_import.worker: queue depth=%d oldest=%ds" % (R.randint(0, 40), R.randint(0, 600)),
                "WARNING gedcom_import.parser: line %d: DATE value 'BET 1840 AND 1845' kept as range" % R.randint(100, 9000),
                "ERROR gedcom_import.worker: job=ged-%s failed: UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1183 (retry with ANSEL)" % hexs(8)]
        L.t(pyts(t), " ", R.choice(msgs))
        return [L]
    p = Person(old=True)
    L.t(pyts(t), " WARNING gedcom_import.linker: living-person heuristic: '")
    L.p("%s /%s/" % (p.given, p.family), "name").t("' b. ").p(dfmt(p.dob, "ged"), "date")
    L.t(" no DEAT, age ").p(str(p.age), "age").t(" -> marked LIVING, hidden from public tree")
    return [L]


def fhir_prefix(L, t, verb, url, status):
    L.t(iso_z(t), " INFO  [fhir-bridge] ", verb, " ", url, " ", str(status), " body=")


def fam_fhir(phi):
    t = tick()
    L = Line("fhir_json")
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            L.t(iso_z(t), " INFO  [fhir-bridge] GET https://fhir.vireoclinical.net/r4/metadata 200 (%d ms) fhirVersion=4.0.1 software=HAPI FHIR 7.2.1" % R.randint(40, 300))
        elif k == 1:
            fhir_prefix(L, t, "GET", "https://fhir.vireoclinical.net/r4/DiagnosticReport?_lastUpdated=gt%s&_count=50" % (t - dt.timedelta(minutes=5)).strftime("%Y-%m-%dT%H:%M:%SZ"), 200)
            L.j({"resourceType": "Bundle", "id": uuid4(), "meta": {"lastUpdated": iso_z(t)}, "type": "searchset", "total": 0}, spaced=True)
        elif k == 2:
            L.t(iso_z(t), " WARN  [fhir-bridge] POST https://fhir.vireoclinical.net/r4/ServiceRequest 422 ")
            L.j({"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "invalid",
                 "diagnostics": "ServiceRequest.requester: Practitioner reference could not be resolved",
                 "expression": ["ServiceRequest.requester"]}]})
        else:
            L.t(iso_z(t), " INFO  [fhir-bridge] token refresh ok client_id=ks-prod-bridge scope=system/*.read system/ServiceRequest.write expires_in=3600")
        return [L]
    p = Person(old=R.random() < 0.15)
    cl, npi = R.choice(CLINICIANS)
    if R.random() < 0.5:
        fhir_prefix(L, t, "POST", "https://fhir.vireoclinical.net/r4/ServiceRequest", 201)
        cov = []
        if R.random() < 0.6:
            cov = [{"resourceType": "Coverage", "id": "cov1", "status": "active",
                    "subscriberId": P(R.choice(["XEK" + digits(9), "W" + digits(9) + "01", "ZGP" + alnum(9, "0123456789")]), "health_plan"),
                    "beneficiary": {"reference": "#pat"}, "payor": [{"display": R.choice(["Aetna", "Premera Blue Cross", "UnitedHealthcare", "Kaiser Permanente"])}]}]
        name_field = [{"use": "official", "family": P(p.family, "name"), "given": [P(p.given, "name")]}]
        pat = {"resourceType": "Patient", "id": "pat",
               "identifier": [{"system": "https://kinstrand.com/fhir/profile-id", "value": P(p.profile, "other_id")}],
               "name": name_field, "gender": "female" if p.sex == "F" else "male",
               "birthDate": P(dfmt(p.dob, "iso"), "date"),
               "telecom": [{"system": "phone", "value": P(p.phone(), "phone")}, {"system": "email", "value": P(p.email, "email")}],
               "address": [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "state": p.state, "postalCode": P(p.zip, "zip")}]}
        sr = {"resourceType": "ServiceRequest", "id": P("sr-" + hexs(10), "other_id"), "contained": [pat] + cov,
              "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.2", "value": P("REQ-" + digits(8), "other_id")}],
              "status": "active", "intent": "order",
              "code": {"coding": [{"system": "http://loinc.org", "code": "81247-9", "display": "Master HL7 genetic variant reporting panel"}],
                       "text": R.choice(["BRCA1/BRCA2 (Selected Variants)", "MUTYH-Associated Polyposis", "Familial Hypercholesterolemia", "Lynch Syndrome"])},
              "subject": {"reference": "#pat"},
              "authoredOn": P(iso_z(t - dt.timedelta(hours=R.randint(1, 60))).split(".")[0] + "Z", "date"),
              "requester": {"reference": "Practitioner/npi-%s" % npi, "display": cl}}
        if cov:
            sr["insurance"] = [{"reference": "#cov1"}]
        L.j(sr)
    else:
        L.t(iso_z(t), " INFO  [fhir-bridge] received DiagnosticReport via subscription ks-dr-final ")
        eff = (t - dt.timedelta(days=R.randint(1, 10))).date()
        dr = {"resourceType": "DiagnosticReport", "id": P("dr-" + hexs(10), "other_id"),
              "meta": {"lastUpdated": iso_z(t)}, "status": "final",
              "code": {"coding": [{"system": "http://loinc.org", "code": "51969-4", "display": "Genetic analysis report"}]},
              "subject": {"reference": S("Patient/", P("vcn-" + digits(7), "mrn")), "display": P(p.name_variant(), "name")},
              "basedOn": [{"reference": S("ServiceRequest/", P("sr-" + hexs(10), "other_id"))}],
              "effectiveDateTime": P(dfmt(eff, "iso"), "date"),
              "issued": P(iso_z(t - dt.timedelta(minutes=R.randint(5, 90))), "date"),
              "performer": [{"display": cl}],
              "conclusion": R.choice(["No pathogenic variants detected in the variants tested.",
                                      "Variant detected: BRCA2 c.5946delT (p.Ser1982fs), pathogenic. Confirmatory clinical testing recommended.",
                                      "Heterozygous for MUTYH Y179C; carrier. Clinician reviewed and released."])}
        L.j(dr)
    return [L]


def fam_vireo(phi):
    t = tick()
    L = Line("vireo_webhook")
    cl, npi = R.choice(CLINICIANS)
    L.t(pyts(t), " [uvicorn] INFO webhooks.vireo: ")
    if not phi:
        d = {"event": "network.status", "available_clinicians": R.randint(12, 80), "median_review_minutes": R.randint(30, 600),
             "states_covered": 50, "sent_at": iso_z(t)}
        L.j(d, spaced=True)
        return [L]
    p = Person(old=R.random() < 0.35)
    ev = R.choice(["order.approved", "order.declined", "order.needs_info", "genetic_counseling.scheduled"])
    d = {"event": ev, "order_id": P("VCN-ORD-" + digits(7), "other_id"), "vcn_mrn": P(digits(8), "mrn"),
         "patient": {"first": P(p.given, "name"), "last": P(p.family, "name"), "dob": P(dfmt(p.dob, "us"), "date")},
         "clinician": {"name": cl, "npi": npi}}
    if R.random() < 0.35:
        d["insurance"] = {"payer": R.choice(["Medicare Part B", "Aetna", "Cigna"]), "member_id": P(mbi() if R.random() < 0.5 else "W" + digits(9), "health_plan")}
    if ev == "order.declined":
        d["reason"] = "patient reports active cancer treatment; refer to oncology genetics"
    elif ev == "order.needs_info":
        d["reason"] = S("age ", P(str(p.age), "age") if p.age > 89 else str(p.age), " - confirm prior genetic testing history")
    elif ev == "genetic_counseling.scheduled":
        appt = (t + dt.timedelta(days=R.randint(2, 20))).replace(hour=R.randint(8, 17), minute=R.choice([0, 30]), second=0, microsecond=0)
        d["appointment"] = P(appt.strftime("%Y-%m-%dT%H:%M:00-07:00"), "date")
        d["callback_phone"] = P(p.phone(), "phone")
    L.j(d, spaced=True)
    return [L]


SUBJECTS = ["Kit says received but no results", "Wrong name on my account", "Please delete my data",
            "Relative match question", "Health report - BRCA result", "Refund request", "Activation code not working"]


def fam_zendesk(phi):
    t = tick()
    L = Line("zendesk_webhook")
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            L.t(iso_z(t), " zendesk-sync INFO incremental export cursor=MTcyNjQ3%s tickets=0 users=0 next_in=60s" % alnum(10, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"))
        elif k == 1:
            L.t(iso_z(t), " zendesk-sync WARN 429 Too Many Requests from kinstrand.zendesk.com/api/v2/incremental/tickets/cursor.json retry-after=%d" % R.randint(5, 60))
        elif k == 2:
            L.t(iso_z(t), " zendesk-sync INFO ")
            L.j({"type": "trigger.updated", "trigger_id": int(digits(12)), "title": "Route: Health reports tier 2", "updated_by": "%s@kinstrand.com" % R.choice(STAFF)})
        else:
            L.t(iso_z(t), " zendesk-sync INFO SLA sweep: breached=%d at_risk=%d queue=care-tier1 agents_online=%d" % (R.randint(0, 5), R.randint(0, 20), R.randint(5, 30)))
        return [L]
    p = Person(old=R.random() < 0.3)
    L.t(iso_z(t), " zendesk-sync INFO webhook ")
    tid = str(R.randint(400000, 999999))
    k = cyc(1003, 3)
    if k == 0:
        body = S("Hi, my kit ", P(p.kit, "other_id"), " was marked received on the 3rd but still no results. My DOB is ",
                 P(dfmt(p.dob, R.choice(["us", "long", "us_short"])), "date"), ". Can you check?\n\nThanks,\n", P(p.given, "name"))
        d = {"ticket_id": P(tid, "other_id", raw=True), "event": "ticket.created", "subject": SUBJECTS[0],
             "requester": {"name": P(p.full, "name"), "email": P(p.email, "email")}, "via": "web",
             "tags": ["kit_status", "tier1"], "description": body}
    elif k == 1:
        d = {"ticket_id": P(tid, "other_id", raw=True), "event": "ticket.comment_added", "author_role": "end-user",
             "requester": {"name": P(p.name_variant(), "name"), "email": P(p.email, "email"), "phone": P(p.phone(), "phone")},
             "comment": (S("please call me back at ", P(p.phone(), "phone"), " — I'm ", P(str(p.age), "age"),
                           " and do not use email much. Address for the new kit: ", P(p.addr1(), "address"), ", ",
                           P(p.city, "address"), ", ", p.state, " ", P(p.zip, "zip")) if p.age > 89 else
                         S("Moved last month, please send the replacement kit to ", P(p.addr1(), "address"), ", ",
                           P(p.city, "address"), ", ", p.state, " ", P(p.zip, "zip"), ". Text me at ", P(p.phone(), "phone"), " if anything is missing."))}
    else:
        d = {"ticket_id": P(tid, "other_id", raw=True), "event": "ticket.solved", "assignee": R.choice(AGENTS),
             "requester": {"email": P(p.email, "email")}, "custom_fields": [{"id": 360041, "value": P(p.profile, "other_id")},
                                                                           {"id": 360042, "value": "health_report_question"},
                                                                           {"id": 360057, "value": P("cus_" + alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "account")}],
             "satisfaction": "offered"}
    L.j(d)
    return [L]


def fam_kustomer(phi):
    t = tick()
    L = Line("kustomer_event")
    if not phi:
        L.t(iso_z(t), " kustomer-bridge info ")
        L.j({"type": "kustomer.workflow.stats", "workflow": R.choice(["Route DNA Relatives", "Deceased customer intake", "DSR triage"]),
             "executions": R.randint(10, 400), "errors": R.randint(0, 3), "p95_ms": R.randint(120, 900), "orgId": "5f1c" + hexs(20)})
        return [L]
    p = Person()
    L.t(iso_z(t), " kustomer-bridge info ")
    conv = hexs(24)
    cust = hexs(24)
    if R.random() < 0.5:
        q = Person(old=True)
        preview = R.choice([
            S("Is my relatives list showing my birth father? pls call"),
            S("hi its ", P(p.given, "name"), ", my grandma ", P(q.full, "name"), " is ", P(str(q.age), "age"), " and wants to test too, can she use my account?"),
            S("kit ", P(p.kit, "other_id"), " never arrived, tracking says delivered"),
            S("Why does my report say I'm 40% Irish?? my dad was born in ", P(R.choice(["Tralee", "Cork", "Galway"]), "address")),
            S("STOP"),
        ])
        d = {"type": "kustomer.conversation.create", "data": {"id": P(conv, "other_id"), "type": "conversation",
             "attributes": {"name": P(p.full, "name"), "channels": [R.choice(["sms", "chat", "email"])], "preview": preview,
                            "status": "open"},
             "relationships": {"customer": {"data": {"id": P(cust, "other_id"), "type": "customer"}}}}}
    else:
        d = {"type": "kustomer.customer.update", "data": {"id": P(cust, "other_id"), "type": "customer",
             "attributes": {"displayName": P(p.full, "name"), "emails": [{"email": P(p.email, "email"), "type": "home"}],
                            "phones": [{"phone": P(p.phone(), "phone"), "type": "mobile"}],
                            "externalId": P(p.profile, "other_id"),
                            "socials": [{"type": "facebook", "url": P("https://www.facebook.com/%s.%s.%d" % (fold(p.given).lower().replace(" ", ""), fold(p.family).lower().replace(" ", "").replace("'", ""), R.randint(1, 99)), "url")}]}}}
    L.j(d)
    return [L]


def fam_dsr(phi):
    t = tick()
    L = Line("dsr_logfmt")
    L.t("ts=", iso_z(t), " ")
    if not phi:
        k = R.randint(0, 3)
        if k == 0:
            L.t("level=info svc=privacy-dsr msg=\"sweeper run\" open=%d due_7d=%d overdue=0 regimes=GDPR,CCPA,VCDPA duration_ms=%d" % (R.randint(20, 200), R.randint(0, 30), R.randint(100, 900)))
        elif k == 1:
            L.t("level=info svc=privacy-dsr msg=\"deletion fanout complete\" systems=14 snowflake=ok s3=ok zendesk=ok kustomer=ok lims=retained_legal_hold biobank=n/a trace_id=%s" % trace_id())
        elif k == 2:
            L.t("level=warn svc=privacy-dsr msg=\"verification vendor latency\" vendor=persona p95_ms=%d threshold_ms=3000" % R.randint(3000, 9000))
        else:
            L.t("level=info svc=privacy-dsr msg=\"config loaded\" retention_days_raw=3650 sla_gdpr_days=30 sla_ccpa_days=45 version=2.19.%d" % R.randint(0, 9))
        return [L]
    p = Person()
    dsr = "DSR-24-%s" % digits(6)
    k = cyc(1077, 6)
    if k == 5:
        L.t("level=info svc=privacy-dsr msg=\"authorized agent documents received\" dsr_id=").p(dsr, "other_id")
        L.t(" channel=efax from_fax=").p(phone_fmt(p.area), "fax").t(" agent_for=\"").p(p.name_variant(), "name").t("\" pages=%d" % R.randint(2, 9))
        return [L]
    if k == 0:
        L.t("level=info svc=privacy-dsr msg=\"request received\" dsr_id=").p(dsr, "other_id")
        L.t(" regime=CCPA type=%s requester_email=" % R.choice(["DELETE", "ACCESS", "OPT_OUT_SALE"])).p(p.email, "email")
        L.t(" profile_id=").p(p.profile, "other_id").t(" channel=webform")
    elif k == 1:
        dl = R.choice([R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7), "WDL" + alnum(9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), digits(9)])
        L.t("level=info svc=privacy-dsr msg=\"identity verified\" dsr_id=").p(dsr, "other_id")
        L.t(" method=drivers_license dl_state=%s dl_number=" % p.state).p(dl, "license")
        L.t(" dob_match=true name=\"").p(p.full.upper(), "name").t("\"")
    elif k == 2:
        L.t("level=debug svc=privacy-dsr msg=\"selfie uploaded\" dsr_id=").p(dsr, "other_id")
        L.t(" content_type=image/jpeg selfie_b64=").p(photo_b64(), "photo")
    elif k == 3:
        s = ssn()
        L.t("level=warn svc=privacy-dsr msg=\"requester supplied SSN in free text; redaction queued\" dsr_id=").p(dsr, "other_id")
        L.t(" field=comments snippet=\"my social is ").p(s, "ssn").t(" if you need it\"")
    else:
        a, pc, city, cc = R.choice(EU_ADDR)
        L.t("level=info svc=privacy-dsr msg=\"GDPR Art.15 request parsed\" dsr_id=").p(dsr, "other_id")
        L.t(" lang=%s name=\"" % {"DE": "de", "FR": "fr", "ES": "es", "NL": "nl", "PL": "pl", "UK": "en", "IT": "it"}[cc]).p(p.full, "name")
        L.t("\" postal_address=\"").p(a, "address").t(", ").p(pc, "zip").t(" ").p(city, "address").t("\" country=%s" % cc)
    return [L]


def fam_cloudtrail(phi):
    t = tick()
    L = Line("cloudtrail_json")
    user = R.choice(STAFF)
    role = R.choice(["DataEngineer", "PrivacyOps", "LabInformatics", "BreakGlassAdmin"])
    ui = {"type": "AssumedRole", "principalId": "AROA%s:%s" % (alnum(17, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), user),
          "arn": "arn:aws:sts::418295730012:assumed-role/%s/%s" % (role, user), "accountId": "418295730012",
          "sessionContext": {"sessionIssuer": {"type": "Role", "userName": role}, "attributes": {"mfaAuthenticated": "true"}}}
    base = {"eventVersion": "1.09", "userIdentity": ui, "eventTime": t.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "eventSource": "s3.amazonaws.com", "awsRegion": "us-west-2", "sourceIPAddress": private_ip(),
            "userAgent": "[aws-cli/2.17.%d md/awscrt#0.20.11 ua/2.0 os/linux#6.1 md/arch#x86_64 lang/python#3.11.9]" % R.randint(0, 40)}
    if not phi:
        k = R.randint(0, 2)
        if k == 0:
            d = dict(base, eventSource="kms.amazonaws.com", eventName="Decrypt", sourceIPAddress="s3.amazonaws.com", userAgent="s3.amazonaws.com",
                     requestParameters={"encryptionAlgorithm": "SYMMETRIC_DEFAULT", "encryptionContext": {"aws:s3:arn": "arn:aws:s3:::ks-prod-idat-archive/2024/09/%s/" % ("20" + digits(10))}},
                     responseElements=None, requestID=uuid4(), eventID=uuid4(), readOnly=True, eventType="AwsApiCall",
                     managementEvent=True, recipientAccountId="418295730012", eventCategory="Management")
        elif k == 1:
            d = dict(base, eventName="PutBucketPolicy", requestParameters={"bucketName": "ks-prod-raw-genotypes", "policy": "<redacted by trail>"},
                     responseElements=None, requestID=alnum(16, "ABCDEF0123456789"), eventID=uuid4(), readOnly=False,
                     eventType="AwsApiCall", managementEvent=True, recipientAccountId="418295730012", eventCategory="Management")
        else:
            d = dict(base, eventSource="iam.amazonaws.com", eventName="ListRoles", awsRegion="us-east-1", requestParameters=None,
                     responseElements=None, requestID=uuid4(), eventID=uuid4(), readOnly=True, eventType="AwsApiCall",
                     managementEvent=True, recipientAccountId="418295730012", eventCategory="Management")
        return [L.j(d)]
    p = Person()
    if R.random() < 0.6:
        key = S("v5/profile=", P(p.profile, "other_id"), "/genotype_%s.txt.gz" % R.choice(["v5", "v4", "gsa3"]))
        bucket = "ks-prod-raw-genotypes"
    else:
        dsr = "DSR-24-%s" % digits(6)
        key = S("exports/dsr/", P(dsr, "other_id"), "/", P(fold(p.family).replace(" ", "_").replace("'", ""), "name"), "_", P(p.profile, "other_id"), "_access_package.zip")
        bucket = "ks-prod-privacy-exports"
    d = dict(base, eventName="GetObject", requestParameters={"bucketName": bucket, "Host": "%s.s3.us-west-2.amazonaws.com" % bucket, "key": key},
             responseElements=None, additionalEventData={"bytesTransferredOut": R.randint(10**6, 3 * 10**7), "x-amz-id-2": alnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")},
             requestID=alnum(16, "ABCDEF0123456789"), eventID=uuid4(), readOnly=True,
             resources=[{"type": "AWS::S3::Bucket", "ARN": "arn:aws:s3:::%s" % bucket}], eventType="AwsApiCall",
             managementEvent=False, recipientAccountId="418295730012", eventCategory="Data")
    return [L.j(d)]


def fam_s3(phi):
    t = tick()
    L = Line("s3_access_log")
    owner = "79a59df900b949e55d96a1e698fbacedfd6e09d98eacf8f8d5218e7cd47ef2be"
    hostid = alnum(56, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") + "="
    if not phi:
        bucket = R.choice(["ks-prod-idat-archive", "ks-prod-static-assets"])
        L.t(owner, " ", bucket, " ", clf(t), " ", private_ip(), " arn:aws:sts::418295730012:assumed-role/idat-archiver/i-0%s " % hexs(16))
        key = "2024/09/20%s/R0%dC01_%s.idat" % (digits(10), R.randint(1, 8), R.choice(["Grn", "Red"]))
        L.t(alnum(16, "ABCDEF0123456789"), " REST.PUT.OBJECT ", key)
        L.t(' "PUT /%s HTTP/1.1" 200 - - %d %d %d "-" "aws-sdk-go-v2/1.30.3"' % (key, R.randint(10**6, 9 * 10**6), R.randint(50, 900), R.randint(10, 90)))
        L.t(' - %s SigV4 TLS_AES_128_GCM_SHA256 AuthHeader %s.s3.us-west-2.amazonaws.com TLSv1.3 - -' % (hostid, bucket))
        return [L]
    p = Person()
    bucket = "ks-prod-raw-genotypes"
    L.t(owner, " ", bucket, " ", clf(t), " ").p(p.ip, "ip").t(" arn:aws:sts::418295730012:assumed-role/raw-data-presigner/kit-api ")
    L.t(alnum(16, "ABCDEF0123456789"), " REST.GET.OBJECT v5/profile=").p(p.profile, "other_id").t("/genotype_v5.txt.gz")
    L.t(' "GET /v5/profile=').p(p.profile, "other_id").t('/genotype_v5.txt.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900 HTTP/1.1" 200 -')
    L.t(" %d %d %d %d" % (R.randint(10**6, 3 * 10**7), R.randint(10**6, 3 * 10**7), R.randint(400, 9000), R.randint(10, 90)))
    L.t(' "https://you.kinstrand.com/settings/raw-data" "%s"' % R.choice(UAS))
    L.t(" - %s SigV4 TLS_AES_128_GCM_SHA256 QueryString %s.s3.us-west-2.amazonaws.com TLSv1.3 - -" % (hostid, bucket))
    return [L]


def fam_snowflake(phi):
    t = tick()
    L = Line("snowflake_query_history_csv")
    qid = "01b7%s-0001-%s-0000-%s" % (hexs(4), hexs(4), hexs(12))
    user = R.choice(STAFF).upper().replace(".", "_")
    L.t('"', qid, '","')
    if not phi:
        q = R.choice([
            "SELECT report_code, COUNT(*) AS n FROM health.report_views WHERE view_date >= DATEADD(day,-7,CURRENT_DATE) GROUP BY 1 ORDER BY 2 DESC",
            "SELECT chip_version, AVG(call_rate) FROM lab.genotype_qc WHERE batch_id LIKE 'batch_0916%' GROUP BY chip_version",
            "ALTER WAREHOUSE WH_ANALYTICS_XS SET AUTO_SUSPEND = 60",
            "COPY INTO raw.kafka_events FROM @raw.s3_events/genotype-ready/ FILE_FORMAT=(TYPE=JSON) ON_ERROR=CONTINUE",
            "SELECT COUNT(DISTINCT profile_id) FROM relmatch.matches WHERE predicted_rel = 'PARENT_CHILD' AND created_at::date = CURRENT_DATE - 1",
        ])
        L.t(q)
        rows = R.randint(1, 40)
    else:
        p = Person(old=R.random() < 0.2)
        k = R.randint(0, 3)
        if k == 0:
            L.t("SELECT profile_id, kit_barcode, dob, consent_research FROM core.customers WHERE lower(email) = '").p(p.email.lower(), "email").t("'")
        elif k == 1:
            L.t("SELECT * FROM core.customers WHERE last_name ILIKE '").p(p.family, "name").t("' AND dob = '").p(dfmt(p.dob, "iso"), "date").t("'")
        elif k == 2:
            L.t("UPDATE core.customers SET deleted_at = CURRENT_TIMESTAMP(), email = NULL WHERE profile_id = '").p(p.profile, "other_id").t("' -- ").p("DSR-24-" + digits(6), "other_id")
        else:
            L.t("SELECT m.* FROM relmatch.matches m JOIN core.customers c ON c.profile_id = m.profile_a WHERE c.first_name = '").p(p.given, "name")
            L.t("' AND c.zip = '").p(p.zip, "zip").t("'")
        rows = R.randint(0, 3)
    L.t('","KS_PROD","%s","%s","%s","%s","SUCCESS","%s -0700",%d,%d' % (
        R.choice(["CORE", "HEALTH", "RELMATCH", "LAB"]), user, R.choice(["ANALYST_RO", "PRIVACY_OPS", "SYSADMIN"]),
        R.choice(["WH_ANALYTICS_XS", "WH_PRIVACY_S"]),
        (t - dt.timedelta(hours=7)).strftime("%Y-%m-%d %H:%M:%S.") + ms(t), R.randint(80, 90000), rows))
    return [L]


AGENCIES = ["Maricopa County Sheriff's Office", "FBI Salt Lake City Field Office", "Metropolitan Police Service (UK)",
            "King County Prosecuting Attorney", "Hamilton County Coroner", "US Marshals Service - D. Ariz."]


def fam_le(phi):
    t = tick()
    L = Line("le_request_log")
    if not phi:
        if R.random() < 0.5:
            L.t("LER_ID|RECEIVED|AGENCY|LEGAL_PROCESS|TARGET|IDENTIFIERS_PROVIDED|DISPOSITION|HANDLED_BY")
        else:
            L.t("LER-SUMMARY|%s|ALL|ALL|-|-|Q3-to-date requests=%d produced=0 challenged=%d withdrawn=%d|legal-ops" % (t.strftime("%Y-%m-%d"), R.randint(5, 20), R.randint(1, 6), R.randint(0, 4)))
        return [L]
    p = Person()
    L.p("LER-2024-%04d" % R.randint(1, 400), "other_id").t("|", t.strftime("%Y-%m-%d"), "|", R.choice(AGENCIES), "|")
    L.t(R.choice(["Search warrant", "Grand jury subpoena", "Court order (2703(d))", "Informal request (email)"]), "|")
    k = cyc(1225, 3)
    if k == 0:
        L.t("Target: ").p("%s, %s" % (p.family, p.given), "name").t("|DOB ").p(dfmt(p.dob, R.choice(["us", "iso"])), "date")
        L.t("; plate %s " % p.state).p(alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4), "vehicle").t("; VIN ").p(vin(), "vehicle")
    elif k == 1:
        L.t("Target: unknown male (forensic upload)|Y-STR ").p(ystr(), "biometric")
        L.t("; case ").p("%d-%s" % (R.randint(2019, 2024), digits(6)), "other_id")
    else:
        L.t("Target: ").p(p.email, "email").t(" / ").p(p.username, "other_id").t("|phone ").p(p.phone(), "phone")
    L.t("|%s|legal-ops (J. Whitcombe)" % R.choice(["Rejected - no valid process", "Challenged - no data produced", "Pending counsel review", "Withdrawn by agency"]))
    return [L]


def fam_note(phi):
    t = tick()
    L = Line("free_text_note")
    agent = R.choice(AGENTS)
    L.t(t.strftime("%Y-%m-%d %H:%M"), " [note] ", agent, ": ")
    if not phi:
        L.t(R.choice([
            "Macro 'Kit Not Received - Intl' updated; v3.2 wording approved by Legal on the 12th.",
            "Lab ops FYI: reagent lot 2409A17 quarantined, reruns scheduled for plates PL-0916-02..04, expect +3 business days on ETAs.",
            "Shift handoff: queue at %d, no escalations open > 48h, Vireo backlog normal." % R.randint(10, 80),
            "Reminder: never confirm or deny whether a person is a customer to third parties (incl. police). Route to legal-ops@kinstrand.com.",
            "Phones down 10:05-10:20 (Talkdesk incident TD-%s). Callbacks queued automatically." % digits(5),
            "Refund policy for kits older than 12 months: store credit only, per finance memo FIN-2024-07.",
            "FYI the 800 number (1-800-555-0142) IVR now routes 'health reports' to Vireo after hours.",
            "Talked to lab: samples from %s batch need re-extraction, customers get the standard delay email automatically." % T.strftime("%b %d"),
            "Zendesk macro 'LE request received' must not be used by Tier 1 — escalate instead.",
            "New hire shadowing today: Priscilla (care-tier1). Pair her with Marcus on chat.",
        ]))
        return [L]
    p = Person(old=R.random() < 0.3)
    q = Person()
    k = cyc(1259, 13)
    if k == 0:
        L.t("Spoke w/ ").p(p.name_variant(), "name").t(" re kit ").p(p.kit, "other_id").t(" stuck in 'received'. DOB on file ")
        L.p(dfmt(p.dob), "date").t(" matches. Escalated to lab ops (T2).")
    elif k == 1:
        L.t("Caller is %s " % R.choice(["the adult child", "a niece", "a neighbor", "the spouse"])).p(q.full, "name").t(", calling for ").p(p.full, "name").t(" (")
        L.p(str(p.age), "age") if p.age > 89 else L.t(str(p.age))
        L.t(" y/o), lives at ").p(p.addr1(), "address").t(", ").p(p.city, "address").t(" ").p(p.zip, "zip")
        L.t(". No POA on file, could not discuss results. Callback ").p(q.phone(), "phone").t(".")
    elif k == 2:
        dod = dt.date(2024, R.randint(1, 8), R.randint(1, 28))
        L.t("Deceased customer ").p(p.full, "name").t(", d. ").p(dfmt(dod), "date").t(". NOK ").p(q.name_variant(), "name")
        L.t(" faxed death cert from ").p(phone_fmt(q.area), "fax").t("; closing billing acct ").p("cus_" + alnum(14, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"), "account").t(".")
    elif k == 3:
        card = luhn_complete(R.choice(["4", "51", "6011", "22"]), 16)
        if R.random() < 0.5:
            card = " ".join(card[i:i + 4] for i in range(0, 16, 4))
        if R.random() < 0.5:
            L.t("Customer pasted full card number ").p(card, "account").t(" in chat; redacted in Kustomer, PCI incident PCI-2024-%03d opened." % R.randint(1, 300))
        else:
            L.t("refund for ").p(p.name_variant(), "name").t(" — she read the whole card (").p(card, "account")
            L.t(") on the call, told her we never need it. Refunded order KS-ORD-2024%s to original payment." % digits(9))
    elif k == 4:
        L.t("Llamó ").p(p.full, "name").t(", tel. ").p(p.phone(), "phone").t(", pide borrar sus datos genéticos (CCPA). Verificado con licencia ")
        L.p(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(7), "license").t(". Caso ").p("DSR-24-" + digits(6), "other_id").t(".")
    elif k == 5:
        cl, npi = R.choice(CLINICIANS)
        L.t("Vireo review: ").p("%s, %s" % (p.family.upper(), p.given.upper()), "name").t(" DOB ").p(dfmt(p.dob, "us"), "date")
        if p.age >= 65:
            L.t(", Medicare MBI ").p(mbi(), "health_plan")
        else:
            L.t(", %s member ID " % R.choice(["Aetna", "Cigna", "BCBS"])).p(R.choice(["W", "U", "XEK"]) + digits(9), "health_plan")
        L.t(". FHx sister dx breast ca at 41. Approved BRCA1/2 release — %s (NPI %s)." % (cl, npi))
    elif k == 6:
        L.t("Cust ").p(p.username, "other_id").t(" says match list shows a half-sibling they didn't know about. Shared their tree link ")
        L.p("https://trees.kinstrand.com/share/%s-%s" % (fold(p.given).lower().replace(" ", "-"), hexs(6)), "url").t(" and asked us to hide them from ").p(q.name_variant(), "name").t(".")
    elif k == 7:
        L.t("Identity check for ").p(p.full, "name").t(": SNP fingerprint on re-run ").p(snp_panel(), "biometric")
        L.t(" does not match original sample ").p(p.acc, "other_id").t(" -> possible tube swap, hold report.")
    elif k == 8:
        old = Person(old=True)
        L.t("Gift kit for grandmother ").p(old.name_variant(), "name").t(", age ").p(str(old.age), "age")
        L.t(", born ").p(dfmt(old.dob, "long"), "date").t(". Grandchild ").p(p.full, "name").t(" will manage profile under proxy; proxy form signed.")
    elif k == 9:
        L.t("Officer called main line asking if ").p(p.full, "name").t(" is a customer, cited plate ").p(alnum(3, "ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4), "vehicle")
        L.t(". Gave nothing, sent LE guide + legal-ops@kinstrand.com. Logged as ").p("LER-2024-%04d" % R.randint(1, 400), "other_id").t(".")
    elif k == 10:
        L.t("Address change: ").p(p.full.lower(), "name").t(" moved to ").p(p.addr1(), "address").t(", ").p(p.city, "address")
        L.t(", %s " % p.state).p(p.zip, "zip").t("; replacement kit ").p(p.kit, "other_id").t(" re-shipped.")
    elif k == 11:
        L.t("Appt w/ genetic counselor for ").p(p.name_variant(), "name").t(" moved to ").p(dfmt(dt.date(2024, R.randint(9, 11), R.randint(1, 28)), R.choice(["us", "long", "us_short"])), "date")
        L.t(" 2:30pm PT; insurance member ID ").p("XEK" + digits(9), "health_plan").t(" on file, Vireo will bill.")
    else:
        L.t("Hallo, Frau ").p(p.family, "name").t(" rief an (Tel. ").p("+49 %d %s" % (R.choice([30, 40, 89, 221]), digits(7)), "phone")
        L.t("), möchte Auskunft nach Art. 15 DSGVO; Geburtsdatum ").p(dfmt(p.dob, "eu_dot"), "date").t(". Ticket an privacy weitergeleitet.")
    return [L]


def fam_nodestack(phi):
    tick()
    frames = [
        "Error: connect ECONNREFUSED %s:5432" % private_ip(),
        "    at TCPConnectWrap.afterConnect [as oncomplete] (node:net:1555:16)",
        "    at Pool.connect (/app/node_modules/pg-pool/index.js:45:11)",
        "    at KitRepository.findByBarcode (/app/dist/repositories/kit.repository.js:38:27)",
        "    at async ActivationController.activate (/app/dist/controllers/activation.controller.js:71:19)",
    ]
    if R.random() < 0.5:
        frames = [
            "TypeError: Cannot read properties of undefined (reading 'consentVersion')",
            "    at buildConsentPayload (/app/dist/services/consent.js:112:41)",
            "    at Layer.handle [as handle_request] (/app/node_modules/express/lib/router/layer.js:95:5)",
            "    at next (/app/node_modules/express/lib/router/route.js:149:13)",
        ]
    out = []
    for f in frames:
        L = Line("node_stacktrace")
        L.t(f)
        out.append(L)
    return out


def fam_report(phi):
    t = tick()
    L = Line("report_engine_pylog")
    L.t(pyts(t), " ")
    if not phi:
        L.t(R.choice([
            "INFO [report-engine] variantdb.loader: loaded clinvar_20240902.vcf.gz (2,314,771 records) in %.1fs" % R.uniform(8, 20),
            "INFO [report-engine] render.pool: workers=16 busy=%d queued=%d" % (R.randint(0, 16), R.randint(0, 300)),
            "WARNING [report-engine] pdf.weasyprint: font 'Inter-Medium' fell back to DejaVu Sans (template hr_brca_v7.html)",
            "INFO [report-engine] release.gate: 14 report types enabled; FDA-authorized set v2024.2; build 8812-%s" % hexs(7),
            "ERROR [report-engine] render.worker-%d: TimeoutError after 120s rendering template carrier_status_v5 (job %s), retrying" % (R.randint(1, 16), uuid4()),
        ]))
        return [L]
    p = Person(old=R.random() < 0.45)
    k = cyc(1351, 3)
    if k == 0:
        L.t("INFO [report-engine] health_reports.pipeline: queued report=BRCA1_2_SV profile_id=").p(p.profile, "other_id")
        L.t(" accession=").p(p.acc, "other_id").t(" chip=GSA-24v3 call_rate=0.99%02d" % R.randint(10, 90))
    elif k == 1:
        L.t("WARNING [report-engine] health_reports.eligibility: profile_id=").p(p.profile, "other_id").t(" age_at_order=")
        if p.age > 89:
            L.p(str(p.age), "age").t(" exceeds validated range (18-89); routing to manual clinician review")
        else:
            L.t(str(p.age), " dob=").p(dfmt(p.dob, "iso"), "date").t(" sex_at_birth mismatch with SNPSEX; hold")
    else:
        L.t("INFO [report-engine] health_reports.notify: report ready for ").p(p.given, "name").t(" <").p(p.email, "email")
        L.t("> report=LYNCH_SV status=released reviewed_by=Vireo")
    return [L]


def fam_nginx(phi):
    t = tick()
    L = Line("nginx_error")
    L.t(t.strftime("%Y/%m/%d %H:%M:%S"), " [%s] %d#%d: *%d " % (R.choice(["error", "warn"]), R.randint(20, 40), R.randint(20, 40), R.randint(1000, 99999)))
    if not phi:
        L.t("upstream timed out (110: Connection timed out) while reading response header from upstream, client: %s, server: api.kinstrand.com, request: \"GET /healthz HTTP/1.1\", upstream: \"http://%s:3000/healthz\", host: \"api.kinstrand.com\"" % (private_ip(), private_ip()))
        return [L]
    p = Person()
    L.t("client intended to send too large body: %d bytes, client: " % R.randint(20 * 10**6, 90 * 10**6)).p(p.ip, "ip")
    L.t(", server: api.kinstrand.com, request: \"POST /v1/trees/import HTTP/2.0\", host: \"api.kinstrand.com\", referrer: \"https://you.kinstrand.com/family-tree/import\"")
    return [L]


def fam_klog(phi):
    t = tick()
    L = Line("klog")
    pod = R.choice(PODS + ["relmatch-0", "relmatch-1", "report-engine-5c8d7f9b4-qq2lp"])
    L.t("I%s %s       1 " % (t.strftime("%m%d"), t.strftime("%H:%M:%S.") + "%06d" % t.microsecond))
    L.t(R.choice([
        'prober.go:107] "Probe failed" probeType="Readiness" pod="ks-prod/%s" podUID="%s" containerName="app" probeResult="failure" output="HTTP probe failed with statuscode: 503"' % (pod, uuid4()),
        'kubelet.go:2435] "SyncLoop (PLEG): event for pod" pod="ks-prod/%s" event={"ID":"%s","Type":"ContainerStarted","Data":"%s"}' % (pod, uuid4(), hexs(64)),
        'kuberuntime_manager.go:1105] "Back-off restarting failed container" containerName="app" pod="ks-prod/%s"' % pod,
        'event.go:389] "Event occurred" object="ks-prod/%s" fieldPath="" kind="HorizontalPodAutoscaler" apiVersion="autoscaling/v2" type="Normal" reason="SuccessfulRescale" message="New size: %d; reason: cpu resource utilization (percentage of request) above target"' % (pod.rsplit("-", 2)[0], R.randint(3, 12)),
    ]))
    return [L]


def fam_ses(phi):
    t = tick()
    L = Line("ses_event_json")
    mid = "0101019%s-%s-%s-%s-%s-000000" % (hexs(9), hexs(8), hexs(4), hexs(4), hexs(4))
    if not phi:
        L.j({"eventType": "Rendering Failure", "mail": {"timestamp": iso_z(t), "source": "no-reply@kinstrand.com", "messageId": mid,
             "tags": {"ses:configuration-set": ["ks-transactional"]}},
             "failure": {"errorMessage": "Attribute 'first_name' is not present in the rendering data.", "templateName": "kit_received_v4"}})
        return [L]
    p = Person()
    L.j({"eventType": "Delivery", "mail": {"timestamp": iso_z(t), "source": "no-reply@kinstrand.com", "messageId": mid,
         "destination": [P(p.email, "email")], "commonHeaders": {"subject": R.choice(["Your results are ready", "Your kit has arrived at the lab", "Action needed: confirm your data deletion request"])}},
         "delivery": {"timestamp": iso_z(t + dt.timedelta(seconds=1)), "processingTimeMillis": R.randint(300, 2000),
                      "recipients": [P(p.email, "email")], "smtpResponse": "250 2.0.0 OK  %d - gsmtp" % R.randint(10**9, 10**10),
                      "reportingMTA": "a8-%d.smtp-out.amazonses.com" % R.randint(10, 99)}})
    return [L]


def fam_activation_ui(phi):
    """Browser-side error beacon (Sentry-like JSON) from the React activation app."""
    t = tick()
    L = Line("sentry_event_json")
    base = {"event_id": hexs(32), "timestamp": round(epoch_ms(t) / 1000, 3), "platform": "javascript",
            "release": "activate-web@3.%d.%d" % (R.randint(10, 40), R.randint(0, 9)), "environment": "production"}
    if not phi:
        d = dict(base, level="error", exception={"values": [{"type": "ChunkLoadError", "value": "Loading chunk 7721 failed. (timeout: https://www.kinstrand.com/static/js/7721.4f2a9c1e.chunk.js)"}]},
                 tags={"browser": "Safari 17.6", "route": "/activate/consent"})
        L.j(d)
        return [L]
    p = Person()
    d = dict(base, level="warning", message="Barcode mismatch on step 2",
             user={"id": P(p.profile, "other_id"), "email": P(p.email, "email"), "ip_address": P(p.ip, "ip")},
             extra={"typedBarcode": P(p.kit, "other_id"), "expectedPrefix": "DX"}, tags={"route": "/activate/barcode"})
    L.j(d)
    return [L]


def fam_logcat(phi):
    t = tick()
    L = Line("android_logcat")
    pid, tid = R.randint(8000, 32000), R.randint(8000, 32000)
    L.t(t.strftime("%m-%d %H:%M:%S.") + ms(t), " %5d %5d " % (pid, tid))
    if not phi:
        L.t(R.choice([
            "I OkHttp  : <-- 200 https://api.kinstrand.com/v1/config (%dms, 2814-byte body)" % R.randint(40, 900),
            "W KinstrandApp: CameraX barcode analyzer dropped %d frames (ML Kit busy)" % R.randint(1, 30),
            "D FirebaseMessaging: Token refresh scheduled in 3600s",
            "E KinstrandApp: Consent screen render failed: java.lang.IllegalStateException: Fragment ConsentFragment{%s} not attached to a context." % hexs(7),
            "I ActivityManager: Displayed com.kinstrand.app/.activation.ScanKitActivity: +%dms" % R.randint(200, 900),
        ]))
        return [L]
    p = Person()
    k = cyc(1446, 3)
    if k == 0:
        L.t("I KinstrandApp: activation ok kit=").p(p.kit, "other_id").t(" user=").p(p.profile, "other_id").t(" androidId=").p(hexs(16), "device")
    elif k == 1:
        imei = luhn_complete("35" + digits(6), 15)
        L.t("W KinstrandApp: legacy device fingerprint imei=").p(imei, "device").t(" sent by app < 6.0 for user ").p(p.email, "email")
    else:
        L.t("D KinstrandApp: prefill from Google account: name=").p(p.full, "name").t(", email=").p(p.email, "email").t(", phone=").p(p.phone(), "phone")
    return [L]


# ----------------------------------------------------------------------------- schedule
FAMS = [
    (fam_pino, 9, 1), (fam_morgan, 6, 1), (fam_lims, 3, 3), (fam_hamilton, 4, 5), (fam_platemap, 2, 3),
    (fam_iscan, 4, 1), (fam_genomestudio, 1.2, 14), (fam_plink, 1.0, 24), (fam_akka, 6, 1), (fam_kafka, 4, 1),
    (fam_gedcom, 1.5, 30), (fam_gedlog, 2, 1), (fam_fhir, 6, 1), (fam_vireo, 4, 1), (fam_zendesk, 6, 1),
    (fam_kustomer, 4, 1), (fam_dsr, 9, 1), (fam_cloudtrail, 5, 1), (fam_s3, 4, 1), (fam_snowflake, 5, 1),
    (fam_le, 4, 1), (fam_note, 12, 1), (fam_nodestack, 1.0, 5), (fam_report, 5, 1), (fam_nginx, 2.5, 1),
    (fam_klog, 3, 1), (fam_ses, 3, 1), (fam_activation_ui, 3, 1), (fam_logcat, 4, 1),
]
SINGLE = [f for f, w, m in FAMS if m == 1]
USED_BIG = {}
CAP = {fam_gedcom: 2, fam_plink: 2, fam_genomestudio: 2, fam_nodestack: 3}
TOTAL = 500
NOISE_TARGET = 275


def main():
    out = []
    while len(out) < TOTAL:
        remaining = TOTAL - len(out)
        noise_now = sum(1 for L in out if not L.spans)
        need_noise = NOISE_TARGET - noise_now
        p_noise = max(0.0, min(1.0, need_noise / remaining))
        phi = R.random() >= p_noise
        fams = [(f, w) for f, w, m in FAMS if m <= remaining and USED_BIG.get(f, 0) < CAP.get(f, 4)]
        tot = sum(w for _, w in fams)
        x = R.uniform(0, tot)
        for f, w in fams:
            x -= w
            if x <= 0:
                break
        chunk = f(phi)
        if len(chunk) > remaining:
            chunk = R.choice(SINGLE)(phi)
        if len(chunk) > 1:
            USED_BIG[f] = USED_BIG.get(f, 0) + 1
        out.extend(chunk)

    log_lines, labels = [], []
    for i, L in enumerate(out, 1):
        b = bytes(L.buf)
        s = b.decode("utf-8")
        assert "\n" not in s and "\r" not in s and s.strip() != "", (i, s)
        spans = []
        last = -1
        for (st, en, cat, val) in sorted(L.spans):
            assert b[st:en].decode("utf-8") == val, (i, val)
            assert st >= last, ("overlap", i)
            assert en > st
            last = en
            spans.append({"s": st, "e": en, "cat": cat})
        log_lines.append(s)
        labels.append(json.dumps({"line": i, "family": L.family, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(log_lines))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="") as fh:
        fh.write("\n".join(labels) + "\n")


if __name__ == "__main__":
    main()
