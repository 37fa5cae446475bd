#!/usr/bin/env python3
"""gen_pu.py -- synthetic labeled log corpus "pu".

Theme: Kestrel County Health & Human Services, Community Health Worker (CHW)
and social-needs program ("CHW Connect").  All people, numbers and places are
synthetic.  Standard library only, fixed seed: two runs are byte-identical.
Writes pu.log (500 lines) and pu.labels.jsonl in the current directory.

Systems simulated (family names in the labels file)
  sdoh_tablet_json   CHW tablet app (AHC-HRSN / PRAPARE screening) JSON logger
  referral_webhook   closed-loop referral platform webhooks (camelCase JSON)
  foodbank_csv       food bank partner agency daily CSV export
  hmis_pipe          housing authority HMIS / coordinated-entry pipe export
  hl7v2              ADT^A04 / ACK from the partner FQHC EHR (one segment/line)
  fhir_json          FHIR R4 Patient / QuestionnaireResponse / Task / Coverage
  x12                X12 834 enrollment and 271 eligibility (one segment/line)
  benefits_kv        BenefitBridge benefits-enrollment assistance key=value log
  mdm_gps_logfmt     field-tracking / MDM logfmt with home-visit GPS events
  sms_gateway        text-message check-ins: Twilio webhooks (form-encoded) + API JSON
  transport_tsv      transportation-voucher vendor (TripLink) TSV trip export
  mco_fixed          Medicaid managed-care CHW encounter report, fixed width
  nginx_access       reverse proxy access log (client self-screening links)
  syslog             sshd / cron / postfix / kernel / systemd
  java_stacktrace    referral sync service (Spring Boot) errors, one frame per line
  pg_audit           PostgreSQL pgaudit / statement log
  chw_case_note      free-text CHW case notes (English and Spanish)
  teams_chat         CHW team chat export (JSON)
  k8s_ci             Kubernetes events and CI build logs
  soap_xml           state Medicaid eligibility SOAP responses (one line)

Labeling decisions (grey cases)
  * The persons served are the county's CHW clients.  Their relatives and
    household members (HL7 NK1, household rosters, family named in notes and
    SMS) are labeled like the client.  CHWs, supervisors, partner-agency
    staff, rideshare drivers, vendor and agency names/addresses/phones, the
    county's own offices, short codes and numbers are NOT labeled.
  * Landlords / property managers named in housing records act in a business
    capacity: not labeled (the client's rental address IS labeled).
  * County program client IDs (KC-nnnnnn), household IDs, HMIS PersonalIDs,
    referral IDs (RF-..), benefits application IDs (BB-..), home-visit IDs
    (HV-..), transportation voucher codes (KCV-..), SNAP/Medicaid case
    numbers: other_id.  Only EHR-assigned numbers of clinical partners (PID-3
    MR, "mrn") are mrn.  Medicaid IDs, MCO member IDs, MBIs, subscriber IDs:
    health_plan.  HL7 PID-18 / patient account, EBT and transit-fare card
    numbers, utility account numbers (LIHEAP), bank accounts: account.
  * UUIDs, trace/span IDs, Twilio SIDs, webhook delivery IDs, vendor trip IDs
    (TL-..) and referral UUIDs are system/business record identifiers:
    NOT labeled, even though they point to a client's record.
  * GPS: latitude/longitude recorded at a client's home (visit.arrive /
    visit.depart / screening geotag) are address (lat and lon each a span).
    CHW breadcrumbs in transit and office check-ins are staff data: not
    labeled.  Census tracts and county FIPS codes of a client: address.
    A city is labeled address only as part of a client's address; "Kestrel
    County" as the organisation's name is not labeled.
  * Dates: DOB, visit, appointment, pickup, enrollment/coverage start/end,
    homelessness start, eviction hearing, service dates -> date (also
    partial "3/19" forms).  Log timestamps and system metadata timestamps
    (ts, occurredAt, meta.lastUpdated, file/export dates, ISA/GS dates,
    EVN/MSH times) are not labeled.
  * Ages are labeled only when > 89.  Years alone are not labeled.
  * SSN: full and masked forms; for masked SSNs only the visible last-4
    digits are labeled.  Obvious placeholders (000-00-0000, 999999999) are not
    labeled; typed junk that is not a placeholder is still labeled ssn.
    An impossible DOB entered for a client (e.g. 1987-02-30) is still date.
  * Devices: CHW tablets (KC-TAB-..), their IMEIs and serials are county
    equipment: not labeled.  Loaner phones/hotspots/BP cuffs handed to a
    client (IMEI, MAC, serial) are device.
  * Client's own vehicle (VIN, plate in a benefits asset section or mileage
    reimbursement) is vehicle; rideshare driver plates are not labeled.
  * Personal self-screening links (/s/<token>) and URLs containing a client
    ID are url; the client IP hitting those links is ip.  Staff, server and
    monitoring IPs are not labeled.
  * Name search prefixes in SQL (ILIKE 'kowal%') are labeled name (the
    letters only, without %).  Names split across fields (FHIR family/given,
    X12 NM103/NM104, CSV first/last) get one span per field.
  * base64 ID-document thumbnails are photo.
"""
import base64
import hashlib
import html
import json
import random
import sys
import unicodedata
import urllib.parse
import uuid
from datetime import datetime, timedelta, date

R = random.Random(202403)
ID = "pu"
N_LINES = 500
TODAY = date(2024, 3, 18)

# ---------------------------------------------------------------- builder
DEC = {
    "json": lambda s: json.loads('"' + s + '"'),
    "pct": lambda s: urllib.parse.unquote_plus(s),
    "xml": lambda s: html.unescape(s),
}


class P:
    """A PHI value to place."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class M:
    """A string assembled from plain text and P pieces (inside JSON etc.)."""

    def __init__(self, *parts):
        self.parts = parts


class B:
    def __init__(self, fam):
        self.fam = fam
        self.segs = []

    def t(self, s):
        self.segs.append((str(s), None, None, None))
        return self

    def p(self, s, cat, meant=None, dec=None):
        s = str(s)
        self.segs.append((s, cat, s if meant is None else str(meant), dec))
        return self

    def x(self, *parts):
        for q in parts:
            if isinstance(q, P):
                self.p(q.v, q.cat)
            elif isinstance(q, M):
                self.x(*q.parts)
            else:
                self.t(q)
        return self

    def pct(self, *parts):
        """form-urlencoded value built from parts"""
        for q in parts:
            if isinstance(q, P):
                self.p(urllib.parse.quote_plus(str(q.v)), q.cat, meant=q.v, dec="pct")
            else:
                self.t(urllib.parse.quote_plus(str(q)))
        return self

    def xml(self, *parts):
        for q in parts:
            if isinstance(q, P):
                self.p(html.escape(str(q.v), quote=False), q.cat, meant=q.v, dec="xml")
            else:
                self.t(q)
        return self

    def render(self):
        out = bytearray()
        spans = []
        for text, cat, meant, dec in self.segs:
            bb = text.encode("utf-8")
            s = len(out)
            out += bb
            if cat:
                spans.append((s, len(out), cat, text, meant, dec))
        return bytes(out), spans


def jstr(b, v, ea):
    if isinstance(v, P):
        if isinstance(v.v, str):
            enc = json.dumps(v.v, ensure_ascii=ea)
            b.t('"')
            b.p(enc[1:-1], v.cat, meant=v.v, dec="json")
            b.t('"')
        else:
            b.p(json.dumps(v.v), v.cat)
    elif isinstance(v, M):
        b.t('"')
        for q in v.parts:
            if isinstance(q, P):
                enc = json.dumps(str(q.v), ensure_ascii=ea)
                b.p(enc[1:-1], q.cat, meant=q.v, dec="json")
            else:
                b.t(json.dumps(q, ensure_ascii=ea)[1:-1])
        b.t('"')
    elif isinstance(v, dict):
        b.t("{")
        first = True
        for k, w in v.items():
            if not first:
                b.t(b.sep[0])
            first = False
            b.t(json.dumps(k) + b.sep[1])
            jstr(b, w, ea)
        b.t("}")
    elif isinstance(v, list):
        b.t("[")
        for i, w in enumerate(v):
            if i:
                b.t(b.sep[0])
            jstr(b, w, ea)
        b.t("]")
    else:
        b.t(json.dumps(v, ensure_ascii=ea))


def J(fam, obj, ea=False, sep=(",", ":")):
    b = B(fam)
    b.sep = sep
    jstr(b, obj, ea)
    return b


# ---------------------------------------------------------------- numbers
def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def luhn_num(prefix, length):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def npi():
    body = R.choice("12") + "".join(str(R.randint(0, 9)) for _ in range(8))
    return body + luhn_digit("80840" + body)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def imei():
    return luhn_num(R.choice(["35", "86", "49"]) + str(R.randint(1000, 9999)), 15)


def mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(an), R.choice("0123456789"),
         R.choice(MBI_A), R.choice(an), R.choice("0123456789"), R.choice(MBI_A),
         R.choice(MBI_A), R.choice("0123456789"), R.choice("0123456789")]
    return "".join(c)


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    wmi = R.choice(["1FT", "1G1", "2T1", "3N1", "1HG", "5NP", "1C4", "KMH"])
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" +
             R.choice("ABCDEFGHJK") + R.choice(chars) + "".join(str(R.randint(0, 9)) for _ in range(6)))
    tot = sum(VIN_T[ch] * w for ch, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def plate():
    return "".join(R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)) + " " + "%04d" % R.randint(0, 9999)


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, chars="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(R.choice(chars) for _ in range(n))


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


# ---------------------------------------------------------------- pools
FIRST_F = ["María", "Aaliyah", "Guadalupe", "Priya", "Keisha", "Hye-jin", "Fatima", "Eleanor",
           "Rosa", "Ximena", "Ingrid", "Amara", "Faith", "Hope", "Grace", "Summer", "Robin",
           "Dolores", "Ngozi", "Thi Lan", "Zoë", "Aiyana", "Precious", "Destiny", "Svetlana",
           "Imani", "Mary Beth", "Oksana", "Lupita", "Birdie"]
FIRST_M = ["DeShawn", "Oluwaseun", "Dmitri", "Mohammed", "Tomasz", "Bao", "Santiago", "Winston",
           "Jamal", "Chidi", "Rahul", "Rusty", "Will", "Frank", "Mark", "Jean-Baptiste", "Björn",
           "Kenji", "Ahmad", "Efraín", "Tyrell", "Hamza", "Cornelius", "Duc", "Royal", "Dakota"]
LAST = ["Okafor", "Delgado-Ruiz", "Nguyen", "Van der Berg", "O'Connell", "Smith-Hawkins", "Baker",
        "Fox", "Wolf", "Bird", "Rivers", "Stone", "King", "Castillo", "Kowalski", "Haddad", "Patel",
        "Mbeki", "Johansson", "Le", "Abernathy", "St. Clair", "MacLeod", "García Márquez", "Müller",
        "Côté", "Nuñez", "Tran", "Washington", "Yazzie", "Brown", "Church", "Hill", "Sweet", "Rich",
        "Goodnight", "Banda", "Al-Sayed", "Ferreira da Silva", "Przybylski", "Lightfoot", "Moreno",
        "Oyelaran", "Begay", "Christmas", "Hernández", "Lopez", "Booker", "Pham", "Mason"]
STREETS = ["Oak St", "Linden Ave", "Martin Luther King Jr Blvd", "County Road 14", "Sycamore Ln",
           "W 3rd St", "Bluebird Ct", "Riverside Dr", "Old Mill Rd", "Pleasant Valley Rd",
           "Hawthorne Way", "E Main St", "Poplar Ave", "N Salem Pike", "Cherry Hill Dr",
           "Township Rd 221", "Wayne Ave", "Elm Grove Ct", "S Broadway", "Kettering Blvd"]
UNITS = ["", "", "", "", "Apt 4B", "Apt 12", "Lot 17", "Unit 210", "#3", "Apt 2", "Trlr 9"]
CITY_ZIP = {"Millbrook": ["45302", "45305", "45306"], "Harlow": ["45318", "45319"],
            "East Fenwick": ["45327"], "Cedar Bluff": ["45331", "45332"],
            "Pike Crossing": ["45340"], "Orrville Heights": ["45344", "45345"],
            "New Carthage": ["45351"]}
CITIES = list(CITY_ZIP)
STAFF = [("Tamika", "Rollins", "trollins", "CHW-114"), ("Luis", "Ortega", "lortega", "CHW-121"),
         ("Bethany", "Kraus", "bkraus", "CHW-107"), ("Ahmed", "Sayed", "asayed", "CHW-130"),
         ("Jolene", "Pruitt", "jpruitt", "CHW-102"), ("Marcus", "Whitfield", "mwhitfield", "CHW-125"),
         ("Ana Lucía", "Paredes", "aparedes", "CHW-133"), ("Grant", "Holloway", "gholloway", "CHW-109")]
SUPERVISOR = ("Renee", "Vasquez", npi())
BILLING_NPI = npi()
ORG = {"name": "Kestrel County Health and Human Services", "addr": "410 Courthouse Sq",
       "city": "Millbrook", "zip": "45302", "phone": "(937) 555-0140", "fax": "937-555-0149",
       "sms": "+19375550140", "short": "72544"}
PARTNERS = [
    ("Second Harvest Food Bank of Kestrel Valley", "1200 Industrial Pkwy, Harlow, OH 45318", "937-555-0187", "food_assistance"),
    ("Kestrel Metropolitan Housing Authority", "88 Commerce St, Millbrook, OH 45302", "937-555-0122", "housing"),
    ("St. Brigid Community Pantry", "14 Church St, Cedar Bluff, OH 45331", "937-555-0193", "food_assistance"),
    ("Legal Aid of the Miami Valley", "525 Jefferson St Ste 200, Dayton, OH 45402", "937-555-0166", "legal"),
    ("Kestrel Valley Community Action (LIHEAP)", "19 Depot St, Pike Crossing, OH 45340", "937-555-0171", "utilities"),
    ("Hope Springs Emergency Shelter", "700 W 5th St, Millbrook, OH 45305", "937-555-0110", "housing"),
]
PARTNER_STAFF = ["Denise Harlan", "Tobias Wren", "Carmen Iglesias", "Pat Donnelly", "Keon Mitchell"]
DRIVERS = ["Gerald Tanaka", "Yusuf Abdi", "Brenda Lott", "Ramon Ibarra", "Kim Sorensen"]
MCOS = [("Cardinal Bay Health Plan", "CB"), ("Lakeshore Community Care", "LC"), ("Buckeye Meridian", "BM")]
CLINICS = [("Millbrook Community Health Center", "300 Hospital Dr, Millbrook, OH 45302"),
           ("Kestrel Valley Dialysis", "2215 Wayne Ave, Harlow, OH 45318"),
           ("Harlow Family Dental", "61 Market St, Harlow, OH 45318"),
           ("Miami Valley Hospital Outpatient", "1 Wyoming St, Dayton, OH 45409")]
TABLETS = ["KC-TAB-%04d" % n for n in (117, 173, 188, 204, 209, 231)]
TABLET_IMEI = {t: imei() for t in TABLETS}


class Person:
    def __init__(self):
        self.sex = R.choice("FM")
        self.first = R.choice(FIRST_F if self.sex == "F" else FIRST_M)
        self.last = R.choice(LAST)
        self.mi = R.choice("ABCDEFGHJKLMNPRSTW")
        if R.random() < 0.1:
            self.dob = date(R.randint(1926, 1933), R.randint(1, 12), R.randint(1, 28))
        else:
            self.dob = date(R.randint(1941, 2006), R.randint(1, 12), R.randint(1, 28))
        self.age = TODAY.year - self.dob.year - ((TODAY.month, TODAY.day) < (self.dob.month, self.dob.day))
        self.street = "%d %s" % (R.randint(2, 9899), R.choice(STREETS))
        self.unit = R.choice(UNITS)
        self.city = R.choice(CITIES)
        self.zip = R.choice(CITY_ZIP[self.city])
        self.zip4 = "%04d" % R.randint(1, 9999)
        self.area = R.choice(["937", "937", "937", "513", "614", "740"])
        self.exch = str(R.randint(201, 989))
        self.line = "%04d" % R.randint(0, 9999)
        dom = R.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com"])
        f, l = ascii_fold(self.first).lower().replace(" ", ""), ascii_fold(self.last).lower().replace(" ", "").replace("'", "")
        self.email = R.choice([f + "." + l, f[0] + l + str(R.randint(1, 99)), f + l[:3] + str(R.randint(60, 2005))]) + "@" + dom
        self.client_id = "KC-%06d" % R.randint(1000, 99999)
        self.medicaid = str(R.randint(10 ** 11, 10 ** 12 - 1))
        self.mco, mp = R.choice(MCOS)
        self.mco_id = mp + str(R.randint(10 ** 8, 10 ** 9 - 1))
        self.mrn = "MCH%07d" % R.randint(10000, 9999999)
        self.acct = "A%09d" % R.randint(10 ** 7, 10 ** 9 - 1)
        self.ssn = ssn()
        self.dl = R.choice(["RS", "SN", "TL", "QR", "UA"]) + "%06d" % R.randint(0, 999999)
        self.tract = "39113%06d" % R.choice([100, 200, 301, 502, 600, 1100, 1200, 2101, 3003, 4402])
        self.lat = round(39.70 + R.random() * 0.14, 5)
        self.lon = round(-84.30 + R.random() * 0.18, 5)
        self.mbi = mbi() if self.age >= 65 or R.random() < 0.08 else None
        self.lang = "es" if self.last in ("Delgado-Ruiz", "Castillo", "García Márquez", "Nuñez", "Moreno", "Hernández", "Lopez") or self.first in ("María", "Guadalupe", "Ximena", "Lupita", "Efraín", "Santiago") else R.choice(["en"] * 8 + ["es", "vi", "ar", "uk"])
        self.hh = []
        for _ in range(R.choice([0, 1, 1, 2, 3])):
            rel = R.choice(["spouse", "child", "child", "grandchild", "parent", "sibling", "partner"])
            sx = R.choice("FM")
            fn = R.choice(FIRST_F if sx == "F" else FIRST_M)
            ln = self.last if R.random() < 0.75 else R.choice(LAST)
            if rel in ("child", "grandchild"):
                d = date(R.randint(2008, 2022), R.randint(1, 12), R.randint(1, 28))
            else:
                d = date(R.randint(1945, 2000), R.randint(1, 12), R.randint(1, 28))
            hx, hl = R.randint(201, 989), R.randint(0, 9999)
            self.hh.append((fn, ln, rel, d, R.choice(["%s-%d-%04d", "(%s) %d-%04d", "%s.%d.%04d"]) % (self.area, hx, hl)))

    def full(self):
        return self.first + " " + self.last

    def lf(self):
        return self.last + ", " + self.first

    def phone(self, style=None):
        style = style if style is not None else R.randint(0, 4)
        a, e, l = self.area, self.exch, self.line
        return ["(%s) %s-%s" % (a, e, l), "%s-%s-%s" % (a, e, l), "+1%s%s%s" % (a, e, l),
                "%s%s%s" % (a, e, l), "%s.%s.%s" % (a, e, l)][style]

    def e164(self):
        return "+1" + self.area + self.exch + self.line

    def addr1(self):
        return self.street + ((" " + self.unit) if self.unit else "")


PEOPLE = [Person() for _ in range(70)]


def person():
    return R.choice(PEOPLE)


def staff():
    return R.choice(STAFF)


def dfmt(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "hl7": d.strftime("%Y%m%d"),
            "short": "%d/%d" % (d.month, d.day), "usn": "%d/%d/%02d" % (d.month, d.day, d.year % 100),
            "mon": d.strftime("%d-%b-%Y").upper()}[style]


def near(days_back=20, days_fwd=14):
    return TODAY + timedelta(days=R.randint(-days_back, days_fwd))


# ---------------------------------------------------------------- clock
CLOCK = [datetime(2024, 3, 18, 10, 2, 7)]  # UTC


def now():
    return CLOCK[0]


def tick():
    CLOCK[0] += timedelta(seconds=R.randint(1, 70), milliseconds=R.randint(0, 999))


def iso_z(dt=None, ms=True):
    dt = dt or now()
    return dt.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (dt.microsecond // 1000) if ms else "Z")


def local(dt=None):
    return (dt or now()) - timedelta(hours=4)


def iso_local(dt=None):
    d = local(dt)
    return d.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d-04:00" % (d.microsecond // 1000)


def spring(dt=None):
    d = local(dt)
    return d.strftime("%Y-%m-%d %H:%M:%S") + ".%03d" % (d.microsecond // 1000)


# ================================================================ generators
def g_tablet():
    s = staff()
    dev = R.choice(TABLETS)
    roll = R.random()
    if roll < 0.4:
        c = person()
        obj = {"ts": iso_z(), "lvl": "INFO", "logger": "hrsn.submit", "msg": "screening submitted",
               "device": dev, "appVersion": "4.12.3 (887)", "chw": s[2], "session": uid(),
               "instrument": R.choice(["AHC-HRSN-10", "PRAPARE-2016", "AHC-HRSN-26"])}
        cl = {"id": P(c.client_id, "other_id")}
        if R.random() < 0.6:
            cl["name"] = P(c.full(), "name")
            cl["dob"] = P(dfmt(c.dob, "iso"), "date")
        if c.age > 89:
            cl["age"] = P(c.age, "age")
        else:
            cl["age"] = c.age
        cl["lang"] = c.lang
        obj["client"] = cl
        obj["answers"] = {"living_situation": R.choice(["steady", "steady_worried", "no_steady"]),
                          "food_worry": R.choice(["never", "sometimes", "often"]),
                          "food_ran_out": R.choice(["never", "sometimes", "often"]),
                          "transport_barrier": R.choice([True, False]),
                          "utility_shutoff_threat": R.choice(["yes", "no", "already_off"]),
                          "safety_hit": 1, "safety_insult": R.randint(1, 3)}
        obj["positiveDomains"] = R.sample(["food", "housing", "transportation", "utilities", "safety"], R.randint(1, 3))
        if R.random() < 0.45:
            obj["geo"] = {"lat": P(c.lat, "address"), "lon": P(c.lon, "address"), "tract": P(c.tract, "address")}
        if R.random() < 0.15:
            obj["loaner"] = {"type": "hotspot", "model": "Franklin T10", "imei": P(imei(), "device"), "mac": P(mac(), "device")}
        return [J("sdoh_tablet_json", obj, ea=R.random() < 0.5)]
    if roll < 0.48:
        c = person()
        obj = {"ts": iso_z(), "lvl": "WARN", "logger": "hrsn.validate", "device": dev,
               "msg": M("zip ", P(c.zip, "zip"), " not in service area for client ", P(c.client_id, "other_id"), "; saved for review")}
        return [J("sdoh_tablet_json", obj)]
    msgs = [
        {"lvl": "DEBUG", "logger": "sync.queue", "msg": "flushed queued submissions", "count": R.randint(1, 9), "bytes": R.randint(2000, 90000), "durMs": R.randint(80, 2400)},
        {"lvl": "INFO", "logger": "device.health", "msg": "heartbeat", "battery": R.randint(12, 100), "wifi": R.choice(["KC-FIELD", "none", "LTE"]), "freeMb": R.randint(900, 22000)},
        {"lvl": "INFO", "logger": "instruments", "msg": "instrument cache updated", "bundle": "hrsn-2024.03.1", "sha256": hexs(64)},
        {"lvl": "ERROR", "logger": "sync.http", "msg": "POST https://chwconnect.kestrelcounty.gov/api/v3/screenings failed", "status": R.choice([502, 503, 504]), "retryInMs": R.choice([2000, 4000, 8000]), "traceId": hexs(32)},
        {"lvl": "INFO", "logger": "auth", "msg": "CHW signed in", "user": s[2], "chwId": s[3], "mfa": "totp"},
    ]
    obj = {"ts": iso_z(), **R.choice(msgs), "device": dev, "appVersion": R.choice(["4.12.3 (887)", "4.12.2 (874)"])}
    return [J("sdoh_tablet_json", obj)]


def g_referral():
    roll = R.random()
    pname, paddr, pphone, ptype = R.choice(PARTNERS)
    rid = "RF-24-%06d" % R.randint(1000, 99999)
    if roll < 0.27:
        c = person()
        s = staff()
        client = {"externalId": P(c.client_id, "other_id"), "firstName": P(c.first, "name"),
                  "lastName": P(c.last, "name"), "dateOfBirth": P(dfmt(c.dob, "iso"), "date"),
                  "phone": P(c.phone(), "phone"), "preferredLanguage": c.lang,
                  "consentToShare": True}
        if R.random() < 0.5:
            client["address"] = {"line1": P(c.addr1(), "address"), "city": P(c.city, "address"),
                                 "state": "OH", "postalCode": P(c.zip, "zip")}
        if R.random() < 0.3:
            client["email"] = P(c.email, "email")
        obj = {"event": "referral.created", "occurredAt": iso_z(), "referral": {
            "id": P(rid, "other_id"), "uuid": uid(), "serviceType": ptype,
            "urgency": R.choice(["routine", "urgent", "within_72h"]),
            "sender": {"org": "Kestrel County HHS CHW Program", "user": s[0] + " " + s[1], "phone": ORG["phone"]},
            "receivingProgram": {"name": pname, "address": paddr, "phone": pphone},
            "client": client}}
        return [J("referral_webhook", obj, sep=(", ", ": "))]
    if roll < 0.5:
        fr, to = R.choice([("sent", "accepted"), ("sent", "declined"), ("accepted", "in_progress"), ("in_progress", "resolved"), ("accepted", "resolved")])
        obj = {"event": "referral.status_changed", "occurredAt": iso_z(), "referralId": P(rid, "other_id"),
               "from": fr, "to": to,
               "actor": {"name": R.choice(PARTNER_STAFF), "org": pname}}
        if obj["to"] == "resolved":
            obj["outcome"] = R.choice(["service_provided", "client_unreachable", "client_declined"])
            if R.random() < 0.5:
                c = person()
                obj["serviceDate"] = P(dfmt(near(10, 0), "iso"), "date")
        if obj["to"] == "declined":
            obj["reason"] = R.choice(["out_of_service_area", "capacity", "ineligible_income"])
        return [J("referral_webhook", obj, sep=(", ", ": "))]
    opts = [
        {"event": "webhook.delivery", "deliveryId": uid(), "attempt": R.randint(1, 5), "status": R.choice([200, 202, 502, 504]), "latencyMs": R.randint(40, 9000), "endpoint": "https://chwconnect.kestrelcounty.gov/hooks/refhub"},
        {"event": "referral.status_changed", "referralUuid": uid(), "from": "sent", "to": "accepted", "actor": {"name": R.choice(PARTNER_STAFF), "org": pname}},
        {"event": "program.capacity_updated", "program": pname, "openSlots": R.randint(0, 40), "address": paddr, "phone": pphone},
        {"event": "sla.breach", "referralUuid": uid(), "hoursOpen": R.randint(73, 400), "program": pname},
    ]
    obj = {**R.choice(opts), "occurredAt": iso_z()}
    return [J("referral_webhook", obj, sep=(", ", ": "))]


FB_HEADER = "export_date,agency_id,household_id,hoh_last,hoh_first,hh_size,children,seniors,zip,visit_dt,site,lbs,tefap_signed"
FB_STATE = {"header": False}


def g_foodbank():
    out = []
    if not FB_STATE["header"] or R.random() < 0.1:
        FB_STATE["header"] = True
        out.append(B("foodbank_csv").t(FB_HEADER))
    exp = dfmt(TODAY - timedelta(days=1), "iso")
    for _ in range(R.randint(1, 3)):
        b = B("foodbank_csv")
        ag = R.choice(["AG-0442", "AG-0117", "AG-0390"])
        site = R.choice(["Harlow Mobile Pantry", "St. Brigid Pantry", "Millbrook Kroger Rescue", "Cedar Bluff School Pantry"])
        if R.random() < 0.35:
            b.t("%s,%s,TOTAL,,,%d,%d,%d,,,%s,%.1f," % (exp, ag, R.randint(80, 400), R.randint(20, 150), R.randint(10, 90), site, R.uniform(1500, 9000)))
        else:
            c = person()
            hh = "HH-%07d" % R.randint(10000, 999999)
            last = c.last
            b.t(exp + "," + ag + ",").p(hh, "other_id").t(",")
            if "," in last or " " in last:
                b.t('"').p(last, "name").t('"')
            else:
                b.p(last, "name")
            b.t(",").p(c.first, "name").t(",%d,%d,%d," % (len(c.hh) + 1, R.randint(0, 3), R.randint(0, 1)))
            b.p(c.zip, "zip").t(",").p(dfmt(near(6, -1), "iso"), "date").t(",%s,%.1f,%s" % (site, R.uniform(12, 60), R.choice(["Y", "Y", "N"])))
        out.append(b)
    return out


def g_hmis():
    b = B("hmis_pipe")
    if R.random() < 0.3:
        b.t("CES_BATCH|KMHA|batch=%s%02d|records=%d|rejected=%d|sha256=%s|ts=%s" % (
            now().strftime("%Y%m%d"), R.randint(1, 9), R.randint(10, 60), R.randint(0, 4), hexs(64), iso_z(ms=False)))
        return [b]
    c = person()
    b.t("CES_REF|KMHA|").p(str(R.randint(100000, 999999)), "other_id").t("|").p(c.last.upper(), "name").t("|").p(c.first.upper(), "name").t("|")
    b.p(dfmt(c.dob, "iso"), "date").t("|")
    if R.random() < 0.15:
        b.t("999-99-9999")  # placeholder: not labeled
    else:
        b.t("***-**-").p(c.ssn[-4:], "ssn")
    b.t("|VI-SPDAT=%d|%s|" % (R.randint(3, 16), R.choice(["HIGH", "MED", "LOW"])))
    b.p("RRH-2024-%04d" % R.randint(1, 9999), "other_id").t("|homeless_since=").p(dfmt(TODAY - timedelta(days=R.randint(5, 400)), "us"), "date")
    b.t("|last_perm_addr=").p(c.addr1() + ", " + c.city, "address").t(" OH ").p(c.zip, "zip")
    b.t("|landlord=%s|hh=%d|src=CHW:%s" % (R.choice(["Greenfield Property Mgmt", "J. Albright", "Riverside Terrace LLC"]), len(c.hh) + 1, staff()[3]))
    return [b]


def hl7_name(first, last, mi=""):
    return ascii_fold(last).upper() + "^" + ascii_fold(first).upper() + ("^" + mi if mi else "")


def g_hl7():
    c = person()
    ctl = "MCH%s%04d" % (now().strftime("%Y%m%d%H%M%S"), R.randint(0, 9999))
    t = local().strftime("%Y%m%d%H%M%S")
    out = []
    if R.random() < 0.25:
        out.append(B("hl7v2").t("MSH|^~\\&|KC_CHW|KCHHS|EPIC|MCHC|%s||ACK^A04^ACK|ACK%s|P|2.5.1" % (t, hexs(8).upper())))
        out.append(B("hl7v2").t("MSA|AA|%s|Message accepted" % ctl))
        return out
    out.append(B("hl7v2").t("MSH|^~\\&|EPIC|MCHC|KC_CHW|KCHHS|%s||ADT^A04^ADT_A01|%s|P|2.5.1|||AL|NE" % (t, ctl)))
    out.append(B("hl7v2").t("EVN|A04|%s|||%s^%s^%s" % (t, R.choice(["REGJMS", "REGKTO"]), "SANDERS", "JULIE")))
    b = B("hl7v2").t("PID|1||").p(c.mrn, "mrn").t("^^^MCHC^MR~").p(c.medicaid, "health_plan").t("^^^OHMCD^MA||")
    b.p(hl7_name(c.first, c.last, c.mi), "name").t("||").p(dfmt(c.dob, "hl7"), "date").t("|%s|||" % c.sex)
    street = ascii_fold(c.street).upper() + ("^" + c.unit.upper() if c.unit else "^")
    b.p(street + "^" + c.city.upper(), "address").t("^OH^").p(c.zip, "zip").t("^USA^H^^").p("39113", "address").t("||")
    b.p("(%s)%s-%s" % (c.area, c.exch, c.line), "phone").t("^PRN^PH|||%s|||" % R.choice(["S", "M", "W", "D"]))
    b.p(c.acct, "account").t("|")
    b.p(c.ssn.replace("-", "") if R.random() < 0.5 else c.ssn, "ssn").t("|")
    out.append(b)
    if c.hh:
        fn, ln, rel, d, ph = c.hh[0]
        relc = {"spouse": "SPO", "child": "CHD", "grandchild": "GCH", "parent": "PAR", "sibling": "SIB", "partner": "DOM"}[rel]
        out.append(B("hl7v2").t("NK1|1|").p(hl7_name(fn, ln), "name").t("|%s^%s^HL70063||" % (relc, rel.upper())).p(ph, "phone").t("||EC^EMERGENCY CONTACT^HL70131"))
    adm = near(0, 0)
    s = SUPERVISOR
    out.append(B("hl7v2").t("PV1|1|O|MCHC^CHW^01^MCHC||||%s^%s^%s^^^^MD^^^^NPI|||CHW||||1|||%s^%s^%s^^^^MD^^^^NPI|OP|" % (
        s[2], s[1].upper(), s[0].upper(), s[2], s[1].upper(), s[0].upper())).p("V%08d" % R.randint(10 ** 6, 10 ** 8 - 1), "other_id").t("|||||||||||||||||||||||||").p(adm.strftime("%Y%m%d") + local().strftime("%H%M"), "date"))
    out.append(B("hl7v2").t("IN1|1|OHMCD^%s|%s|%s|PO BOX 8871^^COLUMBUS^OH^43218||||||||||||" % (
        ascii_fold(c.mco).upper().replace(" ", ""), R.randint(10000, 99999), c.mco.upper())).p(hl7_name(c.first, c.last), "name").t("|01||||||||||||||||||").p(c.mco_id, "health_plan"))
    if R.random() < 0.5:
        out.append(B("hl7v2").t("ZSD|1|HRSN|FOOD^%s|HOUSING^%s|TRANSPORT^%s|UTIL^%s|SCREENED_BY^CHW" % tuple(R.choice("YN") for _ in range(4))))
    return out


def g_fhir():
    roll = R.random()
    c = person()
    if roll < 0.3:
        obj = {"resourceType": "Patient", "id": uid(), "meta": {"lastUpdated": iso_z(), "source": "#chwconnect"},
               "identifier": [
                   {"system": "https://kestrelcounty.gov/fhir/sid/chw-client", "value": P(c.client_id, "other_id")},
                   {"system": "urn:oid:2.16.840.1.113883.4.3.39", "type": {"text": "Medicaid"}, "value": P(c.medicaid, "health_plan")}],
               "name": [{"use": "official", "family": P(c.last, "name"), "given": [P(c.first, "name")]}],
               "telecom": [{"system": "phone", "value": P(c.phone(1), "phone"), "use": "mobile"}],
               "gender": "female" if c.sex == "F" else "male", "birthDate": P(dfmt(c.dob, "iso"), "date"),
               "address": [{"line": [P(c.addr1(), "address")], "city": P(c.city, "address"), "district": P("Kestrel", "address"), "state": "OH", "postalCode": P(c.zip, "zip")}],
               "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": c.lang}]}}]}
        if c.mbi:
            obj["identifier"].append({"system": "http://hl7.org/fhir/sid/us-mbi", "value": P(c.mbi, "health_plan")})
        return [J("fhir_json", obj)]
    if roll < 0.5:
        obj = {"resourceType": "QuestionnaireResponse", "id": uid(), "status": "completed",
               "questionnaire": "http://hl7.org/fhir/us/sdoh-clinicalcare/Questionnaire/SDOHCC-QuestionnaireHungerVitalSign",
               "subject": {"reference": M("Patient/", P(c.client_id, "other_id")), "display": P(c.full(), "name")},
               "authored": P(dfmt(near(3, 0), "iso"), "date"),
               "item": [{"linkId": "/88122-7", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA28397-0", "display": "Often true"}}]},
                        {"linkId": "/88123-5", "answer": [{"valueCoding": {"system": "http://loinc.org", "code": "LA6729-3", "display": "Sometimes true"}}]}]}
        return [J("fhir_json", obj)]
    if roll < 0.7:
        obj = {"resourceType": "Task", "id": uid(), "status": R.choice(["requested", "accepted", "in-progress", "completed"]),
               "intent": "order", "code": {"coding": [{"system": "http://hl7.org/fhir/CodeSystem/task-code", "code": "fulfill"}]},
               "focus": {"reference": "ServiceRequest/" + uid()},
               "for": {"reference": "Patient/" + uid()},
               "owner": {"display": R.choice(PARTNERS)[0]}, "lastModified": iso_z()}
        return [J("fhir_json", obj)]
    if roll < 0.8:
        obj = {"resourceType": "Coverage", "id": uid(), "status": "active",
               "subscriberId": P(c.mco_id, "health_plan"), "beneficiary": {"reference": "Patient/" + uid()},
               "period": {"start": P(dfmt(date(2024, R.randint(1, 3), 1), "iso"), "date")},
               "payor": [{"display": c.mco}], "class": [{"type": {"text": "plan"}, "value": "MCD-ABD" if c.age > 64 else "MCD-MAGI"}]}
        return [J("fhir_json", obj)]
    opts = [
        {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing", "diagnostics": "Unknown code system http://example.org/sdoh-temp (HAPI-1234)"}]},
        {"resourceType": "Bundle", "type": "searchset", "total": R.randint(0, 900), "link": [{"relation": "self", "url": "https://fhir.kestrelcounty.gov/r4/ServiceRequest?category=sdoh&_count=50&_lastUpdated=gt2024-03-17"}]},
        {"resourceType": "CapabilityStatement", "status": "active", "date": "2024-02-29", "software": {"name": "HAPI FHIR Server", "version": "7.0.2"}, "fhirVersion": "4.0.1"},
    ]
    return [J("fhir_json", R.choice(opts))]


def x12_name(s):
    return ascii_fold(s).upper().replace("'", "")


def g_x12():
    out = []
    d = now().strftime("%y%m%d")
    tm = local().strftime("%H%M")
    icn = "%09d" % R.randint(1, 999999999)
    fam = "x12"
    if R.random() < 0.5:
        out.append(B(fam).t("ISA*00*          *00*          *ZZ*OHMEDICAID     *ZZ*KCHHS0042      *%s*%s*^*00501*%s*0*P*:~" % (d, tm, icn)))
        out.append(B(fam).t("GS*BE*OHMEDICAID*KCHHS0042*20%s*%s*%d*X*005010X220A1~" % (d, tm, int(icn) % 10000)))
        out.append(B(fam).t("ST*834*0001*005010X220A1~"))
        out.append(B(fam).t("BGN*00*%s*20%s*%s****2~" % (hexs(10).upper(), d, tm)))
        out.append(B(fam).t("N1*P5*%s*FI*316000123~" % "CARDINAL BAY HEALTH PLAN"))
        n = 0
        for _ in range(R.randint(1, 2)):
            c = person()
            out.append(B(fam).t("INS*Y*18*021*28*A***AC~"))
            out.append(B(fam).t("REF*0F*").p(c.medicaid, "health_plan").t("~"))
            out.append(B(fam).t("REF*1L*").p(c.mco_id, "health_plan").t("~"))
            out.append(B(fam).t("DTP*356*D8*").p(dfmt(date(2024, R.randint(1, 4), 1), "hl7"), "date").t("~"))
            out.append(B(fam).t("NM1*IL*1*").p(x12_name(c.last), "name").t("*").p(x12_name(c.first), "name").t("*" + c.mi + "***34*").p(c.ssn.replace("-", ""), "ssn").t("~"))
            out.append(B(fam).t("PER*IP**TE*").p(c.area + c.exch + c.line, "phone").t("~"))
            out.append(B(fam).t("N3*").p(x12_name(c.addr1()), "address").t("~"))
            out.append(B(fam).t("N4*").p(c.city.upper(), "address").t("*OH*").p(c.zip + c.zip4, "zip").t("**CY*").p("113", "address").t("~"))
            out.append(B(fam).t("DMG*D8*").p(dfmt(c.dob, "hl7"), "date").t("*%s~" % c.sex))
            out.append(B(fam).t("HD*021**HMO*MCD-MAGI~"))
            n += 10
        out.append(B(fam).t("SE*%d*0001~" % (n + 5)))
        out.append(B(fam).t("GE*1*%d~" % (int(icn) % 10000)))
        out.append(B(fam).t("IEA*1*%s~" % icn))
        return out
    c = person()
    out.append(B(fam).t("ST*271*%04d*005010X279A1~" % R.randint(1, 9999)))
    out.append(B(fam).t("BHT*0022*11*%s*20%s*%s~" % (hexs(12).upper(), d, tm)))
    out.append(B(fam).t("NM1*PR*2*OHIO DEPARTMENT OF MEDICAID*****PI*OHMCD~"))
    out.append(B(fam).t("NM1*1P*2*KESTREL COUNTY HHS*****XX*%s~" % BILLING_NPI))
    out.append(B(fam).t("NM1*IL*1*").p(x12_name(c.last), "name").t("*").p(x12_name(c.first), "name").t("****MI*").p(c.medicaid, "health_plan").t("~"))
    out.append(B(fam).t("DMG*D8*").p(dfmt(c.dob, "hl7"), "date").t("~"))
    out.append(B(fam).t("EB*1*IND*30**MEDICAID MANAGED CARE~"))
    out.append(B(fam).t("EB*R**30*HM*%s~" % c.mco.upper()))
    out.append(B(fam).t("DTP*291*RD8*").p(dfmt(date(2024, 1, 1), "hl7") + "-" + dfmt(date(2024, 12, 31), "hl7"), "date").t("~"))
    out.append(B(fam).t("SE*10*0001~"))
    return out


def g_benefits():
    head = "%s,%03d %s [bb-app-%d] " % (local().strftime("%Y-%m-%d %H:%M:%S"), now().microsecond // 1000,
                                        R.choice(["INFO", "INFO", "WARN"]), R.randint(1, 3))
    b = B("benefits_kv").t(head)
    roll = R.random()
    app = "BB-2024-%07d" % R.randint(10000, 999999)
    c = person()
    s = staff()
    if roll < 0.25:
        b.t("app.submit app_id=").p(app, "other_id").t(" program=%s applicant=\"" % R.choice(["SNAP", "SNAP,MEDICAID", "LIHEAP", "SNAP,LIHEAP,WIC", "MEDICAID"]))
        b.p(c.lf(), "name").t("\" dob=").p(dfmt(c.dob, "iso"), "date").t(" ssn=").p(c.ssn, "ssn")
        b.t(" hh_size=%d income_monthly=%d" % (len(c.hh) + 1, R.randint(0, 3200)))
        if R.random() < 0.5:
            b.t(" utility_acct=").p("DPL-%010d" % R.randint(10 ** 8, 10 ** 10 - 1), "account")
        if R.random() < 0.4:
            b.t(" dl=").p(c.dl, "license")
        b.t(" chw=%s status=SUBMITTED" % s[2])
        return [b]
    if roll < 0.31:
        b.t("app.household app_id=").p(app, "other_id")
        for fn, ln, rel, d, ph in c.hh or [(R.choice(FIRST_M), c.last, "child", date(2015, 5, 5), "")]:
            b.t(" member=\"").p(fn + " " + ln, "name").t("|%s|" % rel).p(dfmt(d, "us"), "date").t("\"")
        return [b]
    if roll < 0.42:
        v = vin()
        make = {"1FT": "FORD", "1G1": "CHEVROLET", "2T1": "TOYOTA", "3N1": "NISSAN", "1HG": "HONDA", "5NP": "HYUNDAI", "1C4": "JEEP", "KMH": "HYUNDAI"}[v[:3]]
        b.t("app.asset app_id=").p(app, "other_id").t(" type=vehicle vin=").p(v, "vehicle").t(" year=%d make=%s plate=" % (R.randint(2004, 2019), make))
        b.p(plate().replace(" ", ""), "vehicle").t(" countable=false")
        return [b]
    if roll < 0.49:
        raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.getrandbits(8) for _ in range(60))
        b.t("doc.upload app_id=").p(app, "other_id").t(" doc_type=photo_id size=%d sha256=%s thumb=data:image/jpeg;base64," % (R.randint(40000, 900000), hexs(64)))
        b.p(base64.b64encode(raw).decode(), "photo")
        return [b]
    if roll < 0.55:
        b.t("ebt.link app_id=").p(app, "other_id").t(" card=").p(luhn_num("507680", 16), "account").t(" case_no=").p("%010d" % R.randint(10 ** 8, 10 ** 10 - 1), "other_id").t(" result=LINKED")
        return [b]
    opts = [
        "rules.load table=FPL_2024 version=3 rows=%d checksum=%s" % (R.randint(40, 60), hexs(16)),
        "connector.ohiobenefits op=submitApplication latency_ms=%d http=%d retry=%d" % (R.randint(200, 9000), R.choice([200, 200, 500, 504]), R.randint(0, 3)),
        "session.start user=%s role=CHW site=\"%s\" ip=10.40.%d.%d" % (s[2], ORG["addr"], R.randint(1, 9), R.randint(2, 250)),
        "queue.depth name=doc-ocr depth=%d oldest_s=%d" % (R.randint(0, 80), R.randint(0, 900)),
        "app.status app_uuid=%s from=PENDING_VERIFICATION to=APPROVED worker=rules-%d" % (uid(), R.randint(1, 4)),
    ]
    b.t(R.choice(opts))
    return [b]


def g_gps():
    s = staff()
    dev = R.choice(TABLETS)
    b = B("mdm_gps_logfmt").t("time=%s level=info svc=fieldtrack device=%s imei=%s user=%s " % (iso_z(ms=False), dev, TABLET_IMEI[dev], s[2]))
    roll = R.random()
    if roll < 0.36:
        c = person()
        ev = R.choice(["visit.arrive", "visit.depart"])
        b.t("event=%s visit=" % ev).p("HV-%s-%04d" % (now().strftime("%y%m%d"), R.randint(1, 300)), "other_id")
        b.t(" client_ref=").p(c.client_id, "other_id").t(" lat=").p("%.5f" % c.lat, "address").t(" lon=").p("%.5f" % c.lon, "address")
        b.t(" acc_m=%.1f batt=%d" % (R.uniform(3, 30), R.randint(10, 100)))
        if ev == "visit.depart":
            b.t(" dur_min=%d mileage=%.1f" % (R.randint(15, 95), R.uniform(0.5, 22)))
        return [b]
    if roll < 0.43:
        c = person()
        b.t("event=loaner.enroll asset=KC-LOAN-%04d kind=%s serial=" % (R.randint(1, 300), R.choice(["bp_cuff", "phone", "hotspot"])))
        b.p("SN" + alnum(10, "0123456789ABCDEF"), "device").t(" dev_imei=").p(imei(), "device").t(" assigned_to=").p(c.client_id, "other_id")
        return [b]
    if roll < 0.85:
        b.t("event=track lat=%.5f lon=%.5f speed_kph=%d heading=%d acc_m=%.1f" % (39.70 + R.random() * 0.14, -84.30 + R.random() * 0.18, R.randint(0, 90), R.randint(0, 359), R.uniform(3, 20)))
        return [b]
    b.t(R.choice(["event=office.checkin site=HHS-Main lat=39.75890 lon=-84.19160 acc_m=5.0",
                  "event=policy.sync profile=CHW-Field-v7 result=ok dur_ms=%d" % R.randint(100, 3000),
                  "event=geofence.exit zone=county_boundary action=alert_supervisor"]))
    return [b]


def g_sms():
    roll = R.random()
    c = person()
    s = staff()
    sid = "SM" + hexs(32)
    if roll < 0.25:
        replies = [
            ["C"], ["Yes I got the food box thank you"], ["STOP"],
            ["Hola soy ", P(c.first, "name"), " ya recibí la despensa, gracias"],
            ["this is ", P(c.full(), "name"), " my new number, old one was ", P("%s-%s-%04d" % (c.area, R.randint(201, 989), R.randint(0, 9999)), "phone")],
            ["can u move my ride to ", P(dfmt(near(0, 7), "short"), "date"), "? my daughter ", P(R.choice(FIRST_F), "name"), " can drive me instead"],
            ["No tengo luz desde el ", P(dfmt(near(5, 0), "short"), "date"), ". Necesito ayuda con la factura"],
            ["2"], ["landlord says we have to leave by friday"],
        ]
        body = R.choice(replies)
        b = B("sms_gateway").t('%s - - [%s] "POST /twilio/inbound HTTP/1.1" 200 0 body="ToCountry=US&ToState=OH&SmsMessageSid=%s&NumMedia=0&From=' % (
            R.choice(["54.172.60.0", "54.244.51.3", "3.91.112.17"]), local().strftime("%d/%b/%Y:%H:%M:%S -0400"), sid))
        b.pct(P(c.e164(), "phone")).t("&FromZip=")
        if R.random() < 0.5:
            b.pct(P(c.zip, "zip"))
        b.t("&To=").pct(ORG["sms"]).t("&Body=")
        b.pct(*body)
        b.t('&AccountSid=AC%s&ApiVersion=2010-04-01"' % hexs(32))
        return [b]
    if roll < 0.52:
        appt = near(0, 6)
        bodies = [
            M("Hi ", P(c.first, "name"), ", this is ", s[0], " from Kestrel County CHW. Reminder: your ride to ", R.choice(CLINICS)[0], " is ", P(dfmt(appt, "short"), "date"), " at 9:40am. Reply C to confirm."),
            M("Hola ", P(c.first, "name"), ", le escribe ", s[0], " del programa CHW. ¿Cómo está? Responda 1=bien 2=necesito ayuda 3=llámeme."),
            M("Kestrel Co CHW check-in: how are you doing this week? Reply 1=good 2=need help 3=call me. Msg&data rates may apply. STOP to opt out."),
            M("Your food bank referral ", P("RF-24-%06d" % R.randint(1000, 99999), "other_id"), " was accepted by ", R.choice(PARTNERS)[0], ". Pickup Thu 10a-1p. Call 937-555-0187 w/ questions."),
            M("Complete your screening here: ", P("https://chw.kestrelcounty.gov/s/" + alnum(8, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "url")),
        ]
        obj = {"sid": sid, "account_sid": "AC" + hexs(32), "to": P(c.e164(), "phone"), "from": ORG["sms"],
               "body": R.choice(bodies), "status": "queued", "num_segments": str(R.randint(1, 2)),
               "messaging_service_sid": "MG" + hexs(32), "date_created": local().strftime("%a, %d %b %Y %H:%M:%S +0000")}
        return [J("sms_gateway", obj, ea=False, sep=(", ", ": "))]
    obj = {"MessageSid": sid, "MessageStatus": R.choice(["sent", "delivered", "delivered", "undelivered", "failed"]),
           "ErrorCode": R.choice([None, None, "30003", "30005", "21610"]), "ApiVersion": "2010-04-01",
           "MessagingServiceSid": "MG" + hexs(32)}
    if R.random() < 0.25:
        obj["To"] = P(c.e164(), "phone")
    return [J("sms_gateway", obj, ea=False, sep=(", ", ": "))]


TR_HEADER = "trip_id\tvoucher\trider\trider_phone\tpickup_addr\tpickup_zip\tdropoff\tappt_dt\tdriver\tplate\tmiles\tfare_usd\tstatus"
TR_STATE = {"header": False}


def g_transport():
    out = []
    if not TR_STATE["header"] or R.random() < 0.08:
        TR_STATE["header"] = True
        out.append(B("transport_tsv").t(TR_HEADER))
    for _ in range(R.randint(1, 2)):
        c = person()
        b = B("transport_tsv")
        cl = R.choice(CLINICS)
        st = None
        b.t("TL-%08d\t" % R.randint(10 ** 7, 10 ** 8 - 1)).p("KCV-" + alnum(4) + "-" + alnum(4), "other_id").t("\t")
        b.p(c.full(), "name").t("\t").p(c.phone(R.choice([0, 1, 3])), "phone").t("\t")
        b.p(c.addr1() + ", " + c.city, "address").t("\t").p(c.zip, "zip").t("\t%s, %s\t" % cl)
        appt = near(3, 5)
        st = R.choice(["completed", "completed", "completed", "no_show"]) if appt < TODAY else R.choice(["scheduled", "scheduled", "cancelled_rider"])
        b.p(dfmt(appt, "iso") + " %02d:%02d" % (R.randint(7, 16), R.choice([0, 15, 30, 40, 45])), "date")
        b.t("\t%s\t%s\t%.1f\t%.2f\t%s" % (R.choice(DRIVERS), plate(), R.uniform(1.5, 30), R.uniform(8, 70), st))
        out.append(b)
    return out


def fw(b, val, w, cat=None, right=False):
    val = str(val)
    assert len(val) <= w, (val, w)
    pad = " " * (w - len(val))
    if right:
        b.t(pad)
    if cat and val:
        b.p(val, cat)
    else:
        b.t(val)
    if not right:
        b.t(pad)


def g_mco():
    out = []
    b = B("mco_fixed")
    roll = R.random()
    if roll < 0.15:
        b.t("H" + "KCHHS0042".ljust(15) + BILLING_NPI + now().strftime("%Y%m%d") + "CHWENC".ljust(10) + "CARDINAL BAY HEALTH PLAN".ljust(30) + "v2.3")
        return [b]
    if roll < 0.25:
        b.t("T" + "%09d" % R.randint(10, 900) + "%012.2f" % R.uniform(1000, 90000) + now().strftime("%Y%m%d%H%M%S"))
        return [b]
    c = person()
    b.t("D")
    fw(b, c.medicaid, 12, "health_plan")
    fw(b, ascii_fold(c.last).upper()[:20], 20, "name")
    fw(b, ascii_fold(c.first).upper()[:12], 12, "name")
    fw(b, dfmt(c.dob, "hl7"), 8, "date")
    fw(b, c.sex, 1)
    fw(b, dfmt(near(14, 0), "hl7"), 8, "date")
    fw(b, R.choice(["98960", "98961", "98962", "G0019", "G0022"]), 5)
    fw(b, R.choice(["U1", "HN", "  "]).strip(), 2)
    fw(b, "%03d" % R.randint(1, 4), 3)
    fw(b, R.choice(["Z5941", "Z5900", "Z591 ", "Z5982", "Z6381"]).strip(), 7)
    fw(b, SUPERVISOR[2], 10)
    fw(b, BILLING_NPI, 10)
    fw(b, "%08.2f" % R.uniform(18, 120), 8, right=True)
    out.append(b)
    return out


UA = ["Mozilla/5.0 (Linux; Android 13; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 11; moto g pure) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.178 Mobile Safari/537.36"]


def pub_ip():
    while True:
        a = R.choice([24, 67, 68, 73, 75, 98, 99, 108, 172, 174])
        if a == 172:
            a = 174
        return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def g_nginx():
    tl = local().strftime("[%d/%b/%Y:%H:%M:%S -0400]")
    b = B("nginx_access")
    roll = R.random()
    if roll < 0.2:
        tok = alnum(8, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        b.p(pub_ip(), "ip").t(" - - %s \"GET " % tl).p("/s/" + tok, "url").t("?lang=%s HTTP/2.0\" %d %d \"-\" \"%s\" rt=%.3f" % (
            R.choice(["en", "es"]), R.choice([200, 200, 302]), R.randint(900, 9000), R.choice(UA), R.uniform(0.01, 0.4)))
        return [b]
    if roll < 0.27:
        c = person()
        b.p(pub_ip(), "ip").t(" - - %s \"GET " % tl).p("/portal/clients/" + c.client_id + "/consent.pdf", "url").t(" HTTP/2.0\" 200 %d \"https://chw.kestrelcounty.gov/portal/\" \"%s\" rt=%.3f" % (R.randint(40000, 200000), R.choice(UA), R.uniform(0.05, 0.8)))
        return [b]
    opts = [
        '10.40.%d.%d - svc-refhub %s "POST /api/v2/referrals/%s/status HTTP/1.1" 204 0 "-" "refhub-sync/2.31.4" rt=%.3f' % (R.randint(1, 9), R.randint(2, 250), tl, uid(), R.uniform(0.01, 0.3)),
        '10.40.0.5 - - %s "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001' % tl,
        '216.144.250.150 - - %s "HEAD / HTTP/1.1" 200 0 "https://chw.kestrelcounty.gov" "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)" rt=0.004' % tl,
        '10.40.%d.%d - trollins %s "GET /static/js/main.%s.js HTTP/2.0" 304 0 "https://chw.kestrelcounty.gov/portal/" "%s" rt=0.002' % (R.randint(1, 9), R.randint(2, 250), tl, hexs(8), UA[1]),
        '52.%d.%d.%d - - %s "POST /twilio/status HTTP/1.1" 204 0 "-" "TwilioProxy/1.1" rt=0.012' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), tl),
        '185.%d.%d.%d - - %s "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x" rt=0.000' % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), tl),
    ]
    b.t(R.choice(opts))
    return [b]


def g_syslog():
    tl = local().strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if local().day < 10 else local().strftime("%b %d %H:%M:%S")
    host = R.choice(["chw-app-01", "chw-app-02", "refhub-db-01", "mx-01"])
    b = B("syslog")
    roll = R.random()
    if roll < 0.25:
        c = person()
        qid = hexs(10).upper()
        b.t("%s mx-01 postfix/smtp[%d]: %s: to=<" % (tl, R.randint(1000, 30000), qid)).p(c.email, "email")
        relay = {"gmail.com": ("gmail-smtp-in.l.google.com", "142.250.113.27"), "yahoo.com": ("mta7.am0.yahoodns.net", "67.195.204.72"),
                 "aol.com": ("mx-aol.mail.gm0.yahoodns.net", "67.195.228.106"), "icloud.com": ("mx01.mail.icloud.com", "17.57.155.23"),
                 "outlook.com": ("outlook-com.olc.protection.outlook.com", "52.101.40.0")}[c.email.split("@")[1]]
        b.t(">, relay=%s[%s]:25, delay=%.1f, delays=0.1/0/0.4/0.6, dsn=2.0.0, status=sent (250 2.0.0 OK %s)" % (
            relay[0], relay[1], R.uniform(0.5, 3), hexs(12)))
        return [b]
    opts = [
        "%s %s sshd[%d]: Accepted publickey for deploy from 10.40.0.%d port %d ssh2: ED25519 SHA256:%s" % (tl, host, R.randint(1000, 60000), R.randint(2, 40), R.randint(30000, 65000), base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip("=")),
        "%s %s CRON[%d]: (root) CMD (/opt/chw/bin/nightly_mco_extract.sh --plan CB --out /data/mco/outbound)" % (tl, host, R.randint(1000, 60000)),
        "%s %s kernel: [%d.%06d] nvme0n1: I/O %d QID %d timeout, completion polled" % (tl, host, R.randint(10000, 999999), R.randint(0, 999999), R.randint(1, 900), R.randint(1, 8)),
        "%s %s systemd[1]: Started refhub-sync.service - Referral hub sync worker." % (tl, host),
        "%s mx-01 postfix/smtpd[%d]: connect from mail-%s.outbound.protection.outlook.com[40.107.%d.%d]" % (tl, R.randint(1000, 30000), hexs(6), R.randint(0, 255), R.randint(1, 254)),
        "%s %s sshd[%d]: Invalid user admin from 45.%d.%d.%d port %d" % (tl, host, R.randint(1000, 60000), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), R.randint(30000, 65000)),
    ]
    b.t(R.choice(opts))
    return [b]


def g_java():
    out = []
    th = "refsync-worker-%d" % R.randint(1, 8)
    c = person()
    rid = "RF-24-%06d" % R.randint(1000, 99999)
    pname = R.choice(PARTNERS)
    head = B("java_stacktrace").t("%s ERROR 1 --- [%s] c.k.refhub.sync.PartnerSyncJob          : Failed to push referral " % (spring(), th))
    head.p(rid, "other_id").t(" to partner %s (attempt %d/5)" % (pname[0], R.randint(1, 5)))
    out.append(head)
    kind = R.random()
    e = B("java_stacktrace")
    if kind < 0.5:
        bad = "%d-02-30" % R.randint(1950, 2000) if R.random() < 0.3 else dfmt(c.dob, "iso")
        e.t('com.kestrel.refhub.partner.PartnerApiException: 422 Unprocessable Entity: {"errors":[{"field":"client.dateOfBirth","message":"invalid or mismatched date \'')
        e.p(bad, "date").t("' for client '").p(c.lf(), "name").t("'\"}]}")
    else:
        e.t("org.springframework.web.client.ResourceAccessException: I/O error on POST request for \"https://api.%s.org/v1/referrals\": Read timed out" % R.choice(["secondharvestkv", "kmha-ohio", "lamv"]))
    out.append(e)
    frames = ["at com.kestrel.refhub.partner.PartnerClient.push(PartnerClient.java:%d)" % R.randint(100, 300),
              "at com.kestrel.refhub.sync.PartnerSyncJob.pushOne(PartnerSyncJob.java:%d)" % R.randint(60, 200),
              "at com.kestrel.refhub.sync.PartnerSyncJob.run(PartnerSyncJob.java:%d)" % R.randint(30, 60),
              "at org.springframework.scheduling.support.DelegatingErrorHandlingRunnable.run(DelegatingErrorHandlingRunnable.java:54)",
              "at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
              "at java.base/java.lang.Thread.run(Thread.java:1583)"]
    for f in frames[:R.randint(3, 6)]:
        out.append(B("java_stacktrace").t("\t" + f))
    if R.random() < 0.4:
        out.append(B("java_stacktrace").t("Caused by: java.net.SocketTimeoutException: Read timed out"))
        out.append(B("java_stacktrace").t("\t... %d common frames omitted" % R.randint(8, 30)))
    return out


def g_pg():
    tl = local().strftime("%Y-%m-%d %H:%M:%S") + ".%03d EDT" % (now().microsecond // 1000)
    pid = R.randint(1000, 60000)
    b = B("pg_audit").t("%s [%d] chw_app@chwdb " % (tl, pid))
    roll = R.random()
    c = person()
    if roll < 0.25:
        pre = ascii_fold(c.last).lower().replace(" ", "")[:5]
        b.t("LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,\"SELECT id, first_name, last_name, dob FROM client WHERE last_name ILIKE '" % R.randint(100, 9999))
        b.p(pre, "name").t("%' AND dob = '").p(dfmt(c.dob, "iso"), "date").t("'\",<not logged>")
        return [b]
    if roll < 0.4:
        b.t("LOG:  AUDIT: SESSION,%d,1,WRITE,UPDATE,TABLE,public.client,\"UPDATE client SET phone = '" % R.randint(100, 9999))
        b.p(c.phone(1), "phone").t("', updated_by = '%s' WHERE client_no = '" % staff()[2]).p(c.client_id, "other_id").t("'\",<not logged>")
        return [b]
    if roll < 0.5:
        b.t("ERROR:  duplicate key value violates unique constraint \"client_medicaid_id_key\" DETAIL:  Key (medicaid_id)=(").p(c.medicaid, "health_plan").t(") already exists.")
        return [b]
    opts = ["LOG:  duration: %.3f ms  statement: UPDATE referral SET status = 'closed', closed_at = now() WHERE id = '%s'" % (R.uniform(0.2, 40), uid()),
            "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s" % (R.randint(100, 9000), R.uniform(0.1, 9), R.randint(0, 3), R.uniform(0.1, 30)),
            "LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,\"SELECT count(*) FROM screening WHERE completed_at >= date_trunc('month', now())\",<not logged>" % R.randint(100, 9999),
            "LOG:  automatic vacuum of table \"chwdb.public.sms_message\": index scans: 1 pages: 0 removed, %d remain" % R.randint(1000, 90000)]
    b.t(R.choice(opts))
    return [b]


def g_note():
    c = person()
    s = staff()
    b = B("chw_case_note").t("NOTE %s | CHW: %s. %s (%s) | Client: " % (local().strftime("%Y-%m-%d %H:%M"), s[0][0], s[1], s[3]))
    b.p(c.full(), "name").t(" (").p(c.client_id, "other_id").t(") | ")
    v = R.randint(0, 4)
    if v == 0:
        b.t("Home visit at ").p(c.addr1() + ", " + c.city, "address").t(". Client ")
        if c.age > 89:
            b.t("is ").p(str(c.age), "age").t(" y/o, ")
        else:
            b.t("is %d y/o, " % c.age)
        if c.hh:
            fn, ln, rel, d, ph = c.hh[0]
            b.t("lives with %s " % rel).p(fn + " " + ln, "name").t(" (cell ").p(ph, "phone").t("). ")
        b.t("Fridge nearly empty; referred to Second Harvest mobile pantry (").p("RF-24-%06d" % R.randint(1000, 99999), "other_id").t("). Next visit ").p(dfmt(near(-3, 14), "short"), "date").t(".")
    elif v == 1:
        b.t("Phone check-in. Client reports utility shutoff notice from DP&L, acct ").p("%010d" % R.randint(10 ** 9, 10 ** 10 - 1), "account").t("; LIHEAP appt ").p(dfmt(near(-1, 10), "usn"), "date").t(" at Kestrel Valley Community Action, 19 Depot St. Gave voucher ").p("KCV-" + alnum(4) + "-" + alnum(4), "other_id").t(" for ride.")
    elif v == 2:
        b.t("Visita domiciliaria. " + ("El Sr." if c.sex == "M" else "La Sra.") + " vive con su ")
        fn = R.choice(FIRST_F if c.sex == "M" else FIRST_M)
        b.t("esposa " if c.sex == "M" else "esposo ").p(fn + " " + c.last, "name").t(". Tiene cita de desalojo el ").p(dfmt(near(-2, 20), "short"), "date").t("; se refirió a Legal Aid (937-555-0166). Medicaid ").p(c.medicaid, "health_plan").t(" activo con %s." % c.mco)
    elif v == 3:
        b.t("Client unreachable x3 (texts to ").p(c.phone(1), "phone").t("). Closed loop on referral ").p("RF-24-%06d" % R.randint(1000, 99999), "other_id").t(" as client_unreachable per protocol 4.2.")
    else:
        b.t("Gave loaner BP cuff serial ").p("BPX" + alnum(9, "0123456789"), "device").t(". Reviewed readings with RN Vasquez. DOB verified ").p(dfmt(c.dob, "us"), "date").t(". Email for portal: ").p(c.email, "email").t(".")
    return [b]


def g_chat():
    s = staff()
    c = person()
    roll = R.random()
    if roll < 0.38:
        texts = [
            M("anyone have a contact at KMHA? " + ("Mr. " if c.sex == "M" else "Ms. "), P(c.last, "name"), " (DOB ", P(dfmt(c.dob, "usn"), "date"), ") got " + ("his" if c.sex == "M" else "her") + " eviction notice, hearing on ", P(dfmt(near(-3, 20), "short"), "date")),
            M("can someone cover my 2pm at ", P(c.addr1(), "address"), "? client is ", P(c.first + " " + c.last[0] + ".", "name"), ", dog is friendly lol"),
            M("FYI ", P(c.full(), "name"), " changed " + ("his" if c.sex == "M" else "her") + " number to ", P(c.phone(0), "phone"), " — updated in CHW Connect"),
            M("TripLink no-show again for ", P(c.client_id, "other_id"), ", 3rd time this month. escalating to vendor"),
        ]
        content = R.choice(texts)
    else:
        content = M(R.choice(["who has the spare tablet charger?", "reminder: team huddle 8:30 tomorrow in conf rm B",
                              "Second Harvest mobile pantry moved to the Harlow Kroger lot this week",
                              "KC-TAB-0188 keeps failing sync, IT ticket INC0048213", "new HRSN bundle 2024.03.1 pushed to all tablets",
                              "Cardinal Bay says the March encounter file is due the 10th"]))
    obj = {"id": str(R.randint(10 ** 12, 10 ** 13 - 1)), "createdDateTime": iso_z(),
           "from": {"user": {"displayName": s[0] + " " + s[1], "id": uid()}},
           "channelIdentity": {"channelId": "19:" + hexs(32) + "@thread.tacv2"},
           "body": {"contentType": "text", "content": content}}
    return [J("teams_chat", obj, ea=True)]


def g_k8s():
    b = B("k8s_ci")
    opts = [
        "%s Normal Pulled pod/refhub-sync-%s-%s Successfully pulled image \"ghcr.io/kestrel-hhs/refhub:2.31.4@sha256:%s\" in %.2fs" % (iso_z(ms=False), hexs(9), hexs(5), hexs(64), R.uniform(0.5, 9)),
        "%s Warning BackOff pod/benefitbridge-api-%s-%s Back-off restarting failed container api in pod" % (iso_z(ms=False), hexs(9), hexs(5)),
        "[gitlab-runner] Job #%d (build:android) succeeded: chw-tablet 4.12.3+build.887 sha=%s artifacts=app-release.apk (%d bytes)" % (R.randint(80000, 90000), hexs(40), R.randint(30000000, 60000000)),
        "%s Normal ScalingReplicaSet deployment/fieldtrack Scaled up replica set fieldtrack-%s to %d" % (iso_z(ms=False), hexs(9), R.randint(2, 6)),
        "[gitlab-runner] Job #%d (test:unit) passed 1412 tests in %.1fs (coverage 81.%d%%)" % (R.randint(80000, 90000), R.uniform(40, 300), R.randint(0, 9)),
    ]
    b.t(R.choice(opts))
    return [b]


def g_soap():
    b = B("soap_xml")
    if R.random() < 0.25:
        b.t('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><soap:Fault><faultcode>soap:Server</faultcode><faultstring>OB-ELIG-503 Eligibility service unavailable; retry after %ds</faultstring><detail><TransactionId>%s</TransactionId></detail></soap:Fault></soap:Body></soap:Envelope>' % (R.choice([30, 60, 120]), uid()))
        return [b]
    c = person()
    b.t('<soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><ns2:EligibilityResponse xmlns:ns2="urn:oh:medicaid:elig:v3"><TransactionId>%s</TransactionId><Individual><MedicaidId>' % uid())
    b.p(c.medicaid, "health_plan").t("</MedicaidId><Name><First>").xml(P(c.first, "name")).t("</First><Last>").xml(P(c.last, "name"))
    b.t("</Last></Name><DOB>").p(dfmt(c.dob, "iso"), "date").t('</DOB><CaseNumber>').p("%010d" % R.randint(10 ** 8, 10 ** 10 - 1), "other_id")
    b.t('</CaseNumber><Program code="%s" status="ACTIVE" begin="' % ("MAGI" if c.age < 65 else "ABD")).p(dfmt(date(2023, R.randint(4, 12), 1), "iso"), "date")
    b.t('" end="').p(dfmt(date(2024, R.randint(4, 11), 30), "iso"), "date").t('"/><MCO id="%s">' % R.randint(100, 999)).xml(c.mco.replace("&", "&amp;")).t("</MCO></Individual></ns2:EligibilityResponse></soap:Body></soap:Envelope>")
    return [b]


GENS = [  # (fn, weight, single_line)
    (g_tablet, 13, True), (g_referral, 7, True), (g_foodbank, 3, False), (g_hmis, 3, True),
    (g_hl7, 2, False), (g_fhir, 6, True), (g_x12, 0.8, False), (g_benefits, 11, True),
    (g_gps, 9, True), (g_sms, 9, True), (g_transport, 2.5, False), (g_mco, 4, True),
    (g_nginx, 11, True), (g_syslog, 10, True), (g_java, 0.7, False), (g_pg, 5, True),
    (g_note, 4, True), (g_chat, 5, True), (g_k8s, 9, True), (g_soap, 3, True),
]


def main():
    lines = []
    fns = [g[0] for g in GENS]
    ws = [g[1] for g in GENS]
    singles = [g for g in GENS if g[2]]
    while len(lines) < N_LINES:
        rec = R.choices(fns, ws)[0]()
        if len(lines) + len(rec) > N_LINES:
            rec = R.choices([g[0] for g in singles], [g[1] for g in singles])[0]()
        for b in rec:
            lines.append(b)
            tick()
    log = bytearray()
    labs = []
    for i, b in enumerate(lines, 1):
        raw, spans = b.render()
        text = raw.decode("utf-8")
        if not raw or b"\n" in raw or b"\r" in raw:
            sys.exit("line %d empty or has a line break" % i)
        prev_e = 0
        out = []
        for s, e, cat, seg, meant, dec in sorted(spans):
            if not (0 <= s < e <= len(raw)):
                sys.exit("line %d bad span %d-%d" % (i, s, e))
            if s < prev_e:
                sys.exit("line %d overlapping spans at %d" % (i, s))
            prev_e = e
            got = raw[s:e].decode("utf-8")
            if got != seg or got.strip() != got:
                sys.exit("line %d span text mismatch %r vs %r" % (i, got, seg))
            if dec:
                if DEC[dec](got) != str(meant):
                    sys.exit("line %d span decode mismatch %r vs %r" % (i, DEC[dec](got), meant))
            elif str(meant) != got:
                sys.exit("line %d span meant mismatch %r vs %r" % (i, got, meant))
            out.append({"s": s, "e": e, "cat": cat})
        log += raw + b"\n"
        labs.append(json.dumps({"line": i, "family": b.fam, "spans": out}, ensure_ascii=False))
        _ = text
    if len(labs) != N_LINES:
        sys.exit("wrong line count %d" % len(labs))
    with open(ID + ".log", "wb") as f:
        f.write(bytes(log))
    with open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(labs) + "\n")


if __name__ == "__main__":
    main()
