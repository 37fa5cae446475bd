#!/usr/bin/env python3
"""Synthetic labeled log corpus "sj": Kestrel Peak Resort -- ski patrol and mountain clinic.

Writes sj.log (500 lines) and sj.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs give byte-identical output.

Organisation (fictional): Kestrel Peak Resort, 4400 Kestrel Peak Rd, Alder Springs, CO 81657,
with its Ski Patrol, the Kestrel Peak Mountain Clinic (KPMC, urgent care at the base area),
lift operations, ticketing/season passes, guest Wi-Fi and parking.  One day (2025-02-08) of
its SIEM export, all sources interleaved in time order.

Systems simulated (family names in the labels):
  patroltrak_json   PatrolTrak incident app (Node/pino JSON): incidents, avalanche burials,
                    Skier Safety Act violations, roster/equipment housekeeping
  dispatch_syslog   patrol radio/CAD console (RFC3164 syslog), free-text radio traffic
  liftctl_logfmt    lift PLC gateway (logfmt): speeds, wind holds, e-stops, misloads
  lar_fixed         lift accident reports for the state tramway board (fixed-width export)
  gate_kv           RFID access gates (key=value in syslog), season pass media, face check
  nginx_access      season-pass portal / admin console (nginx combined + timings)
  spring_java       PassLookup service (Spring Boot) incl. multi-line stack traces
  postgres          pass database statement log
  hl7v2             clinic EHR ADT^A04 feed to St. Brigid Regional (one segment per line)
  fhir_r4           transfer packet to St. Brigid (NDJSON resources)
  x12_837           end-of-day professional claim batch (one segment per line)
  hems_xml          Summit Air Medical helicopter request / status messages (XML)
  avy_csv           avalanche control route log (CSV)
  sms_json          SMS gateway callbacks (clinic notices, marketing alerts)
  clinic_note       clinic charting free text (English, some Spanish/German)
  pos_psv           clinic front-desk card terminal (pipe rows)
  ehr_audit_cef     EHR access audit (ArcSight CEF)
  radius_syslog     guest Wi-Fi RADIUS accounting
  lpr_kv            parking licence-plate readers and parking services tags
  app_json          resort mobile app backend (structlog JSON): SOS, push, mail, deploys

Labeling decisions (grey cases of this theme):
  * The persons served are clinic patients AND resort guests (season-pass holders, injured
    skiers, Wi-Fi users who log in with their pass, guests' cars).  Their identifiers are PHI.
    Patrollers, clinicians, lift operators, pilots/flight crew, IT staff are staff at work:
    never PHI (names, patroller numbers P-1xx, usernames, NPIs, staff IPs, staff emails).
  * Relatives/emergency contacts/reporting parties who are relatives are PHI (name, phone).
  * Season-pass numbers (KP25xxxxxxx) and the RFID chip UID of a registered pass: other_id.
    Anonymous bearer day-ticket serials (tkt=) are NOT labeled (no person registered).
  * Patrol incident numbers (IR-25-nnnn), lift accident report numbers (KP-LAR-...),
    helicopter mission numbers (SAM-yymmdd-nn, one patient per flight): other_id.
  * Clinic visit numbers (V25020804nn, PV1-19/PID-18, CLM01, enc=): account.  Clinic MRNs
    (KPC...) and St. Brigid MRNs: mrn, also inside FHIR references "Patient/KPC..." (only the
    id is labeled).  FHIR logical ids of Encounters (UUIDs) are not labeled.
  * Ski accident insurance policy numbers are treated as health_plan (they pay for care),
    like commercial member IDs and Medicare MBIs.  Insurer group numbers are not labeled.
  * GPS coordinates of where the injured person was found: address (geocode), written as one
    span "lat,lon" or two spans lat/lon when they are separate fields.  Named landing zones,
    run names, lift towers and other resort sites (and their coordinates) are not PHI.
  * Incident/admission/service date-times tied to the patient are labeled date (the whole
    date-time value as one span).  Timestamps of the log record itself, HL7 MSH-7/EVN-2,
    X12 ISA/GS/BHT creation dates, and message "ts" attributes are not labeled.
  * Ages: only >89 labeled (one 91-year-old "Legend pass" holder).  Weight, sex: not PHI.
  * Guest phones/emails/IPs/MACs: PHI when the line ties them to a guest (authenticated
    portal request, Wi-Fi login, SOS, SMS).  Anonymous web hits come only from CDN, load
    balancer, monitoring and crawler IPs (not labeled).  Whole request-target of a portal
    URL containing a pass number = url; a name/DOB in an admin search query string is labeled
    as name/date on its percent-encoded bytes instead.
  * Guest car plates (LPR reads in guest lots, patient car tags) and VINs: vehicle.  Resort
    fleet plates and snowcat unit numbers: not PHI.
  * Avalanche transceiver serial worn by a victim, the phone IMEI in a patient's effects
    inventory, the mobile-app device id of an SOS caller, a guest's Wi-Fi MAC: device.
    Patrol/AED/radio equipment serials: not PHI.
  * Gate face-verification templates: biometric.  Pass-photo base64 JPEG: photo.
  * Card numbers: full PAN (junk debug line) and cardholder name = account/name; masked PANs
    (only last 4) and auth codes are not labeled.  SSN placeholders (999-99-9999, 000-00-0000)
    are not labeled; real-looking SSNs are ssn.
  * Driver's licence numbers taken for Skier Safety Act violations: license.
  * Clinic, resort, payer, clearinghouse, hospital, HEMS vendor addresses/phones/faxes, the
    HEMS tail number and crew, CAD/radio unit ids, SKUs/order ids of the web shop: not PHI.
  * Name spans: an HL7 XPN field ("LAST^FIRST^M") and a "Last, First" or "LAST/FIRST" string
    are one span; X12 NM103/NM104/NM105 and FHIR family/given are separate elements, so each
    is its own span (middle initial included).  A surname alone (SQL ILIKE 'Baker%', radio
    "pt STONE") is labeled.  Values escaped in the line (JSON \u00d8, SQL '' quote doubling,
    percent-encoded query strings) are labeled on their escaped bytes.
  * Street+city written in one run (LAR, German note) is one address span; in HL7/X12/FHIR
    street and city are separate fields and separate spans.  ZIP is always its own span.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import urllib.parse

ID = "sj"
R = random.Random(20250208)
TZ = dt.timezone(dt.timedelta(hours=-7))
DAY = dt.date(2025, 2, 8)
N_LINES = 500


# ---------------------------------------------------------------- span machinery
class P:
    """A PHI value placed in a line: v = exact text as written in the line, c = category."""
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v = v
        self.c = c


class S:
    """A composite string (for JSON/XML) whose pieces may be P."""

    def __init__(self, *parts):
        self.parts = list(parts)


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def js(o, ea=False, compact=True):
    """Serialise o to JSON as a list of parts (str | P), escaping P values in place."""
    isep, ksep = ("," , ":") if compact else (", ", ": ")
    out = []

    def w(o):
        if isinstance(o, dict):
            out.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append(isep)
                out.append(json.dumps(k, ensure_ascii=ea) + ksep)
                w(v)
            out.append("}")
        elif isinstance(o, list):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(isep)
                w(v)
            out.append("]")
        elif isinstance(o, P):
            if isinstance(o.v, str):
                out.extend(['"', P(jesc(o.v, ea), o.c), '"'])
            else:
                out.append(P(json.dumps(o.v), o.c))
        elif isinstance(o, S):
            out.append('"')
            for p in o.parts:
                out.append(P(jesc(p.v, ea), p.c) if isinstance(p, P) else jesc(p, ea))
            out.append('"')
        else:
            out.append(json.dumps(o, ensure_ascii=ea))

    w(o)
    return out


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def X(*parts):
    """XML text: escape every piece, keep P-ness."""
    return [P(xesc(p.v), p.c) if isinstance(p, P) else p for p in parts]


def render(parts):
    b = bytearray()
    spans = []
    for x in parts:
        if isinstance(x, P):
            eb = x.v.encode("utf-8")
            s = len(b)
            b += eb
            spans.append({"s": s, "e": len(b), "c": x.c, "_v": eb})
        else:
            b += x.encode("utf-8")
    return bytes(b), spans


def flat(*items):
    out = []
    for it in items:
        if isinstance(it, (list, tuple)):
            out.extend(flat(*it))
        else:
            out.append(it)
    return out


# ---------------------------------------------------------------- number helpers
def luhn_check(digits):
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_check("80840" + base)


def card(prefix, length=16):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn_check(body)


def imei():
    body = "35" + "".join(R.choice("0123456789") for _ in range(12))
    return body + luhn_check(body)


VIN_T = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
         "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(valid=True):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1FT", "5TD", "JTE", "1C4", "WVG", "4S4", "2T3", "1GN", "KM8"])
    v = list(wmi + "".join(R.choice(al) for _ in range(5)) + "0" + R.choice("RS")
             + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(R.choice("0123456789") for _ in range(6)))
    c = sum(VIN_T[ch] * w for ch, w in zip(v, VIN_W)) % 11
    v[8] = "X" if c == 10 else str(c)
    if not valid:
        v[8] = "0" if v[8] != "0" else "1"
    return "".join(v)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    D = "0123456789"
    AN = L + D
    c = [R.choice("123456789"), R.choice(L), R.choice(AN), R.choice(D), R.choice(L), R.choice(AN),
         R.choice(D), R.choice(L), R.choice(L), R.choice(D), R.choice(D)]
    return "".join(c)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def guest_ip():
    first = R.choice([73, 174, 98, 24, 67, 71, 75, 97, 108, 166, 172, 76])
    if first == 172:
        first = 173
    return "%d.%d.%d.%d" % (first, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def mac():
    return "-".join("%02X" % R.randint(0, 255) for _ in range(6))


# ---------------------------------------------------------------- people
FF = ["Lena", "Zoë", "Aiyana", "Dagny", "Eun-ji", "Fatima", "Ingrid", "Lucía", "Nkechi", "Priya", "Rosalind",
      "Siobhan", "Valentina", "Wren", "Amara", "Mei", "Anneliese", "Leilani", "Summer", "Dawn", "Hope",
      "Marisol", "Brigitte", "Keely", "Oona"]
FM = ["Marcus", "Bartholomew", "Chidi", "Gus", "Haruto", "Jamal", "Kai", "Mateo", "Oskar", "Tomasz",
      "Xavier", "Yusuf", "Björn", "Declan", "Santiago", "Rhys", "Kaito", "Dmitri", "Hunter", "Rusty",
      "Bill", "Forrest", "Ezekiel", "Thabo", "Luca"]
LAST = ["Okafor", "Lindqvist", "Nakamura-Hale", "Gallagher", "de la Cruz", "Van der Berg", "Frost", "Winter",
        "Hill", "Fox", "Marsh", "Stone", "Baker", "Castellanos-Ruiz", "Nguyen", "Øvergaard", "Müller-Brandt",
        "O'Shaughnessy", "Kowalczyk", "Brightwater", "Ramírez", "Ahn", "Patel", "Haddad", "MacLeod",
        "St. Clair", "Begay", "Young", "Bishop", "Szabó", "Oyelaran-Reid", "Park", "Whitehorse", "Mercer"]
STREETS = ["W Alder Ct", "Larkspur Dr", "N Cascade Ave", "Quail Ridge Rd", "Pearl St", "E Colfax Ave",
           "Bluebell Ln", "Timberline Way", "S Broadway", "Kittredge Pl", "Old Stage Rd", "Marigold Cir",
           "Juniper Hollow", "Raven Crest Dr", "Sycamore St", "Bayshore Blvd", "Prairie Wind Ct"]
CITIES = [("Littleton", "CO", "801", "720"), ("Boulder", "CO", "803", "303"), ("Denver", "CO", "802", "720"),
          ("Colorado Springs", "CO", "809", "719"), ("Austin", "TX", "787", "512"), ("Naperville", "IL", "605", "630"),
          ("Minneapolis", "MN", "554", "612"), ("Scottsdale", "AZ", "852", "480"), ("Tulsa", "OK", "741", "918"),
          ("Overland Park", "KS", "662", "913"), ("Brooklyn", "NY", "112", "718"), ("San Diego", "CA", "921", "619"),
          ("Eagle", "CO", "816", "970"), ("Gypsum", "CO", "816", "970"), ("Avon", "CO", "816", "970"),
          ("Omaha", "NE", "681", "402"), ("Houston", "TX", "770", "832")]
PAYERS = [("RMHP", "ROCKY MOUNTAIN HEALTH PLANS", "Rocky Mountain PPO"), ("BCBSTX", "BLUE CROSS BLUE SHIELD OF TEXAS", "BlueChoice PPO"),
          ("UHC", "UNITEDHEALTHCARE", "Choice Plus"), ("AETNA", "AETNA", "Open Access"),
          ("SKISAFE", "SKISAFE ACCIDENT INSURANCE", "SkiSafe Day Cover")]
RELS = [("SPO", "Spouse"), ("MTH", "Mother"), ("FTH", "Father"), ("DOM", "Partner"), ("CHD", "Child"), ("SIS", "Sister")]
DOMAINS = ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "proton.me"]

REF = dt.date(2025, 2, 8)


def phone_n(area):
    return area + str(R.randint(2, 9)) + "%02d" % R.randint(10, 99) + "%04d" % R.randint(0, 9999)


def fmt_phone(n, style):
    if style == 0:
        return "(%s) %s-%s" % (n[:3], n[3:6], n[6:])
    if style == 1:
        return "%s-%s-%s" % (n[:3], n[3:6], n[6:])
    if style == 2:
        return "+1" + n
    if style == 3:
        return "(%s)%s-%s" % (n[:3], n[3:6], n[6:])
    return n


def ascii_fold(s):
    import unicodedata
    s = s.replace("Ø", "O").replace("ø", "o")
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


class Person:
    pass


def mk_person(i):
    p = Person()
    p.sex = R.choice("FM")
    p.first = R.choice(FF if p.sex == "F" else FM)
    p.last = LAST[i % len(LAST)] if i < len(LAST) else R.choice(LAST)
    p.mid = R.choice(["", "", "", R.choice("ABCDEJKLMRST")])
    if i == 5:
        age = 91
    else:
        age = R.choice([R.randint(8, 17), R.randint(18, 35), R.randint(18, 45), R.randint(30, 60), R.randint(60, 78)])
    bd = REF - dt.timedelta(days=int(age * 365.25) + R.randint(1, 360))
    p.dob = bd
    p.age = REF.year - bd.year - ((REF.month, REF.day) < (bd.month, bd.day))
    city = R.choice(CITIES)
    p.street = "%d %s" % (R.randint(12, 9899), R.choice(STREETS))
    if R.random() < 0.25:
        p.street += R.choice([" Apt ", " Unit ", " #"]) + str(R.randint(1, 40)) + R.choice(["", "B", ""])
    p.city, p.state, zp, area = city
    p.zip = zp + "%02d" % R.randint(1, 99)
    p.phone = phone_n(area)
    fl = ascii_fold(p.first).lower().replace("-", "")
    ll = ascii_fold(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
    p.email = R.choice(["%s.%s" % (fl, ll), "%s%s" % (fl[0], ll), "%s_%s%d" % (fl, ll, R.randint(1, 99)),
                        "%s%d" % (ll, R.randint(70, 2009))]) + "@" + R.choice(DOMAINS)
    p.pass_no = "KP25" + "%07d" % R.randint(0, 9999999) if R.random() < 0.8 else None
    p.chip = "E004" + "".join(R.choice("0123456789ABCDEF") for _ in range(12)) if p.pass_no else None
    p.mrn = "KPC%07d" % R.randint(10000, 99999)
    p.visit = "V25020804%02d" % (i + 10)
    p.ir = "IR-25-%04d" % (400 + i)
    if p.age >= 65:
        p.payer = ("MCRB", "MEDICARE PART B", "Medicare Part B")
        p.member = mbi()
    else:
        p.payer = R.choice(PAYERS)
        p.member = R.choice(["XGH", "W", "ZTB", "SS-", "H"]) + "".join(R.choice("0123456789") for _ in range(R.choice([9, 10])))
        if p.payer[0] == "SKISAFE":
            p.member = "SKS-25-%06d" % R.randint(0, 999999)
    p.group = "GRP%05d" % R.randint(10000, 99999)
    p.ssn = ssn() if R.random() < 0.7 else R.choice(["999-99-9999", "000-00-0000"])
    if p.age < 18:
        rc, rn = R.choice([("MTH", "Mother"), ("FTH", "Father")])
    elif p.age >= 55:
        rc, rn = R.choice([("SPO", "Spouse"), ("CHD", "Child"), ("DOM", "Partner"), ("SIS", "Sister")])
    else:
        rc, rn = R.choice(RELS)
    p.ec_rel = (rc, rn)
    same = R.random() < 0.7
    ecf = R.choice(FF if rc in ("MTH", "SIS") or (rc in ("SPO", "DOM") and p.sex == "M") else FM)
    p.ec_first, p.ec_last = ecf, (p.last if same else R.choice(LAST))
    p.ec_phone = phone_n(area)
    p.plate = R.choice(["CO", "TX", "IL", "AZ", "NE", "KS", "MN", "NY", "CA"]) + ":" + R.choice(
        ["%s%s%s-%04d" % (R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(0, 9999)),
         "%03d-%s%s%s" % (R.randint(0, 999), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ")),
         "%s%s%s%04d" % (R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(0, 9999))])
    p.vin = vin(valid=(i != 7))
    p.ip = guest_ip()
    p.mac = mac()
    p.imei = imei()
    p.app_dev = uuid4().upper()
    p.dl = "%02d-%03d-%04d" % (R.randint(0, 99), R.randint(0, 999), R.randint(0, 9999))
    p.beacon = "%02d%02d-%06d" % (R.randint(18, 24), R.randint(1, 12), R.randint(0, 999999))
    p.weight = R.randint(45, 110) if p.age >= 14 else R.randint(22, 45)
    p.inj = R.choice(INJ)
    p.run = R.choice(RUNS)
    p.moi = R.choice(MOI)
    p.sport = R.choice(["skier", "skier", "snowboarder", "telemark skier"])
    p.created = False
    p.fax = phone_n(area) if i % 5 == 3 else None
    p.lodging = R.choice([None, None, "Alpenglow Lodge rm %d" % R.randint(101, 420), "1180 Riverbend Rd Unit 4, Alder Springs"])
    p.lat = 39.60 + R.random() * 0.04
    p.lon = -106.53 + R.random() * 0.05
    return p



PATROL = [("P-117", "Tessa Kilbride"), ("P-104", "Hollis Brandt"), ("P-131", "Joaquín Ferro"),
          ("P-122", "Mads Ulriksen"), ("P-140", "Keisha Abernathy-Stone"), ("P-109", "Rory Dunleavy"),
          ("P-151", "Summer Castellano")]
CLIN = [("Miriam", "Achterberg", "MD", npi()), ("Owen", "Strand", "PA-C", npi()), ("Benedikt", "Auer", "MD", npi())]
NURSES = ["Talia Voss RN", "Grace Oduya RN", "Felix Brandauer EMT-P"]
STAFF_USERS = ["ostrand", "machterberg", "tvoss", "goduya", "jrivas", "kabernathy", "itops-svc", "bauer"]
LIFTS = [("bergman_quad", "Bergman Quad", "BRGQ"), ("ptarmigan_exp", "Ptarmigan Express", "PTEX"),
         ("summit_gondola", "Summit Gondola", "SGON"), ("kinnikinnick", "Kinnikinnick Double", "KNNK"),
         ("burton_tbar", "Burton T-Bar", "BTTB")]
RUNS = ["Upper Ptarmigan", "Gretchen's Gulch", "Dutchman's Glade", "Jackson's Folly", "Widowmaker", "Lower Kinni",
        "Bergman Bowl", "Headwall Chute", "Easy Street", "Sawmill Trees", "Marmot Meadow"]
MOI = ["fall, caught edge", "collision with skier", "collision with tree", "fall at unload ramp", "jump landing",
       "twisting fall in moguls", "snowboard catch-edge fall backwards", "struck by snowmobile? per RP"]
INJ = [("R knee, ?ACL", "S83.511A", "Sprain of ACL of right knee"),
       ("L wrist deformity", "S52.501A", "Fx distal radius, left"),
       ("head, brief LOC, helmet cracked", "S06.0X1A", "Concussion w LOC <30 min"),
       ("R shoulder, ?dislocation", "S43.004A", "Dislocation of right shoulder"),
       ("L tib/fib, open?", "S82.202A", "Fx shaft of left tibia"),
       ("lower back pain, neuro intact", "S39.012A", "Strain of lower back"),
       ("thumb, skier's thumb", "S63.641A", "Sprain UCL right thumb"),
       ("hypothermia, shivering", "T68.XXXA", "Hypothermia")]

PEOPLE = [mk_person(i) for i in range(34)]
INCIDENT = []  # persons who have had a patrol incident
CLINIC = []    # persons seen at the clinic

CLINIC_NAME = "Kestrel Peak Mountain Clinic"
RESORT_ADDR = "4400 Kestrel Peak Rd, Alder Springs, CO 81657"

# ---------------------------------------------------------------- time
T = [dt.datetime(2025, 2, 8, 6, 38, 12, 104000, tzinfo=TZ)]


def tick(mean=95):
    T[0] += dt.timedelta(seconds=R.expovariate(1.0 / mean) + 0.4, microseconds=R.randint(0, 999999))
    return T[0]


def now(extra=0.0):
    return T[0] + dt.timedelta(seconds=extra)


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000) + "-07:00"


def iso_s(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + "-07:00"


def syslog_ts(t):
    return t.strftime("%b ") + "%2d" % t.day + t.strftime(" %H:%M:%S")


def clf(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0700")


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def pick(pool=None):
    if pool:
        return R.choice(pool)
    return R.choice(PEOPLE)


def inc_person():
    p = R.choice(PEOPLE[:26])
    if p not in INCIDENT:
        INCIDENT.append(p)
    inc_dt(p)
    return p


def clinic_person():
    if INCIDENT and R.random() < 0.85:
        p = R.choice(INCIDENT)
    else:
        p = R.choice(PEOPLE)
    if p not in CLINIC:
        CLINIC.append(p)
    inc_dt(p)
    return p


def reg(p, clinic=False):
    if p not in INCIDENT:
        INCIDENT.append(p)
    if clinic and p not in CLINIC:
        CLINIC.append(p)
    inc_dt(p)
    return p


def full(p, mid=True):
    return p.first + (" " + p.mid + "." if (mid and p.mid) else "") + " " + p.last


def inc_dt(p):
    # incident time: fixed the first time the person is involved (a few minutes before now)
    if getattr(p, "inc_t", None) is None:
        t = max(now() - dt.timedelta(minutes=R.randint(4, 35)), dt.datetime(2025, 2, 8, 8, 31, tzinfo=TZ))
        t = min(t, now() - dt.timedelta(minutes=3))
        p.inc_t = t.replace(second=0, microsecond=0)
    return p.inc_t


def hash_i(s):
    return int(hashlib.md5(s.encode()).hexdigest()[:8], 16)


# ---------------------------------------------------------------- generators
# each returns list of (family, parts)

def g_patrol(kf=None, who=None):
    t = tick()
    host = R.choice(["ptrak-app-01", "ptrak-app-02"])
    base = {"level": 30, "time": epoch_ms(t), "pid": R.choice([412, 418]), "hostname": host, "name": "patroltrak",
            "req_id": "req-" + hexs(6)}
    k = R.random() if kf is None else kf
    pr = R.choice(PATROL)
    if k < 0.30:
        opts = [
            {"msg": "roster.checkin", "patroller": pr[0], "patroller_name": pr[1], "post": R.choice(["Top Shack", "Ptarmigan Hut", "Base Aid Room", "Bowl Shack"]), "radio": "KP-R%02d" % R.randint(1, 40)},
            {"msg": "sweep.complete", "sector": R.choice(["North Bowl", "Front Side", "Back Bowls", "Kinni Trees"]), "closed_runs": R.sample(RUNS, 2), "by": pr[0]},
            {"level": 40, "msg": "toboggan.checkout.overdue", "sled": "TB-%02d" % R.randint(1, 14), "cache": R.choice(["T14 cache", "Top Shack", "Bowl Shack"]), "minutes": R.randint(45, 140)},
            {"msg": "equipment.check", "item": "AED", "model": "ZOLL AED 3", "sn": "X%02dL%06d" % (R.randint(17, 23), R.randint(0, 999999)), "result": "pass", "by": pr[0]},
            {"msg": "equipment.check", "item": "transceiver", "model": R.choice(["Mammut Barryvox S", "Pieps Pro IPS", "Ortovox Diract Voice"]), "sn": "%02d%02d-%06d" % (R.randint(18, 24), R.randint(1, 12), R.randint(0, 999999)), "assigned": pr[0], "battery_pct": R.randint(55, 100)},
            {"msg": "sync.ok", "pending": 0, "dur_ms": R.randint(40, 900), "build": "3.18.%d+%s" % (R.randint(0, 9), hexs(7))},
        ]
        o = dict(base)
        o.update(R.choice(opts))
        return [("patroltrak_json", js(o))]
    p = reg(who) if who else inc_person()
    if k < 0.55 and p.created:
        k = 0.6
    if k < 0.55:
        p.created = True
        inj = p.inj
        gps = "%.5f,%.5f" % (p.lat, p.lon)
        pt = {"nm": P(full(p), "name"), "age": p.age if p.age <= 89 else P(p.age, "age"), "sex": p.sex}
        if p.pass_no:
            pt["pass"] = P(p.pass_no, "other_id")
        o = dict(base)
        o.update({"msg": "incident.create", "ir": P(p.ir, "other_id"),
                  "inc": {"run": p.run, "near": "T%d" % R.randint(2, 22), "gps": P(gps, "address"),
                          "moi": p.moi, "inj": inj[0], "pt": pt, "first_on_scene": pr[0],
                          "transport": R.choice(["toboggan", "toboggan", "snowmobile", "self", "HEMS"])}})
        return [("patroltrak_json", js(o))]
    if k < 0.72:
        o = dict(base)
        ec = {"nm": P(p.ec_first + " " + p.ec_last, "name"), "rel": p.ec_rel[1].lower(),
              "ph": P(fmt_phone(p.ec_phone, R.choice([1, 2, 4])), "phone")}
        upd = {"dob": P(p.dob.isoformat(), "date"), "ec": ec}
        if R.random() < 0.5:
            upd["effects"] = [{"item": R.choice(["iPhone 14", "Pixel 8", "Galaxy S23"]), "imei": P(p.imei, "device")},
                              {"item": "skis", "desc": R.choice(["Atomic Redster G9", "Salomon S/Max 10", "Rossignol Experience 86"])}]
        if p.lodging and R.random() < 0.6:
            upd["lodging"] = P(p.lodging, "address")
        if R.random() < 0.35:
            upd["notes"] = S("Pte refiere dolor en rodilla der., ", P(p.ec_first, "name"), " (", p.ec_rel[1].lower(), ") en camino")
        o.update({"msg": "incident.update", "ir": P(p.ir, "other_id"), "by": pr[0], "upd": upd})
        return [("patroltrak_json", js(o, ea=R.random() < 0.5))]
    if k < 0.80:
        o = dict(base)
        o.update({"level": 50, "msg": "avalanche.burial", "ir": P(p.ir, "other_id"),
                  "path": R.choice(["Headwall Chute", "Bergman Bowl #3", "Widowmaker"]),
                  "victim": {"nm": P(full(p, False), "name"),
                             "transceiver": {"make": R.choice(["Mammut Barryvox S", "BCA Tracker 4", "Black Diamond Guide BT"]), "sn": P(p.beacon, "device")},
                             "burial_depth_cm": R.randint(40, 180), "buried_min": R.randint(6, 31), "airway": R.choice(["clear", "snow-packed", "air pocket"])},
                  "loc": {"lat": P("%.5f" % p.lat, "address"), "lon": P("%.5f" % p.lon, "address")},
                  "searchers": [pr[0], R.choice(PATROL)[0]], "probe_strike_min": R.randint(3, 12)})
        return [("patroltrak_json", js(o))]
    if k < 0.90:
        o = dict(base)
        o.update({"level": 40, "msg": "violation.recorded", "ir": P(p.ir, "other_id"), "statute": "CRS 33-44-109",
                  "type": R.choice(["reckless skiing", "closed terrain entry", "ducking rope Widowmaker"]),
                  "guest": {"name": P(full(p).upper(), "name"), "dob": P(p.dob.strftime("%m/%d/%Y"), "date"),
                            "dl": {"st": p.state, "no": P(p.dl, "license")}},
                  "pass_action": "suspend 7d", "pass": P(p.pass_no, "other_id") if p.pass_no else None, "officer": pr[0]})
        return [("patroltrak_json", js(o))]
    o = dict(base)
    o.update({"msg": "incident.close", "ir": P(p.ir, "other_id"),
              "disp": R.choice(["released to ski", "to KPMC via toboggan", "HEMS to St. Brigid", "private vehicle to KPMC", "refused care, signed AMA"]),
              "inc_time": P(iso_s(inc_dt(p)), "date"), "closed_by": pr[0], "report_pages": R.randint(2, 5)})
    return [("patroltrak_json", js(o))]


def g_dispatch():
    t = tick()
    pre = "<%d>%s kp-dispatch01 cad[2211]: " % (R.choice([134, 134, 132]), syslog_ts(t))
    k = R.random()
    pr = R.choice(PATROL)
    if k < 0.55:
        msg = R.choice([
            'CH1 RX unit=%s txt="skier down %s blw T%d, %s, conscious"' % (pr[0], R.choice(RUNS), R.randint(2, 22), R.choice(["female ~30s", "male teen", "older male", "child w/ parent"])),
            'CH1 TX base->%s txt="10-4, sled en route from %s"' % (pr[0], R.choice(["Top Shack", "Bowl Shack", "T14 cache"])),
            'CH2 RX unit=%s txt="%s open, rope moved to skier\'s left"' % (pr[0], R.choice(RUNS)),
            'CH5 RX unit=AVY-2 txt="route 4 complete, shots 12-15, two results D2"',
            'console heartbeat ok ch=1,2,5 rssi=-%ddBm repeater=KP-RPT-SUMMIT' % R.randint(60, 88),
            'CH1 TX base->ALL txt="wind hold Summit Gondola, gusts %d"' % R.randint(55, 80),
        ])
        return [("dispatch_syslog", [pre + msg])]
    p = inc_person()
    if k < 0.65:
        return [("dispatch_syslog", [pre + "INC ", P(p.ir, "other_id"), " opened by %s loc=\"%s\" pri=%d" % (pr[0], p.run, R.randint(1, 3))])]
    if k < 0.85:
        return [("dispatch_syslog", [pre + 'RP callback name="', P(p.ec_first + " " + p.ec_last, "name"), '" rel=%s cb=' % p.ec_rel[1].lower(),
                                     P(fmt_phone(p.ec_phone, 1), "phone"), " re ", P(p.ir, "other_id")])]
    return [("dispatch_syslog", [pre + "AIR request Summit Air via Eagle Co ROC for ", P(p.ir, "other_id"),
                                 ", LZ-2 Summit Lodge, pt ", P(p.last.upper(), "name"), " approx %dkg" % p.weight])]


def g_lift():
    t = tick()
    lid, lname, code = R.choice(LIFTS)
    head = "ts=%s level=%s src=liftctl lift=%s plc=LC-%02d fw=4.12.7 " % (iso_ms(t), "%s", lid, LIFTS.index((lid, lname, code)) + 1)
    k = R.random()
    if k < 0.55:
        return [("liftctl_logfmt", [head % "info" + "event=run speed_mps=%.2f wind_kph=%d dir=%s carriers=%d" % (
            R.choice([2.5, 4.0, 4.6, 5.0]), R.randint(5, 48), R.choice(["W", "WNW", "NW", "SW"]), R.randint(80, 140))])]
    if k < 0.75:
        return [("liftctl_logfmt", [head % "warn" + "event=stop type=%s cause=%s chair=%d tower=%d op=%s dur_s=%d" % (
            R.choice(["e-stop", "slow-stop"]), R.choice(["misload", "bull-wheel-sensor", "rope-position", "operator"]),
            R.randint(1, 160), R.randint(1, 18), R.choice(["jrivas", "mkoenig", "aluna"]), R.randint(20, 600))])]
    if k < 0.85:
        return [("liftctl_logfmt", [head % "warn" + "event=wind_hold gust_kph=%d anemometer=AN-%d ticket=OPS-%d" % (R.randint(60, 95), R.randint(1, 4), R.randint(8000, 9999))])]
    p = inc_person()
    return [("liftctl_logfmt", [head % "warn" + "event=stop type=e-stop cause=%s chair=%d incident=" % (R.choice(["fall-at-unload", "misload", "rider-slid-out"]), R.randint(1, 160)),
                                P(p.ir, "other_id"), " op=%s dur_s=%d" % (R.choice(["jrivas", "aluna"]), R.randint(120, 900))])]


def g_lar():
    """State tramway board lift accident report export, fixed-width columns."""
    tick()
    p = inc_person()
    lid, lname, code = LIFTS[hash_i(p.ir) % 4]
    when = inc_dt(p)

    def col(v, w, cat=None):
        v = v[:w]
        return [P(v, cat) if cat else v, " " * (w - len(v) + 1)]

    nm = (p.last + ", " + p.first + (" " + p.mid if p.mid else "")).upper()
    parts = (["LAR "] + col("KP-LAR-2025-%03d" % (hash_i(p.ir) % 80 + 10), 16, "other_id") + col(lname.upper(), 20)
             + col(when.strftime("%Y-%m-%d"), 10, "date") + col(when.strftime("%H%M"), 4)
             + col(R.choice(["UNLOAD", "LOAD", "ENROUTE"]), 7) + col(nm, 30, "name") + col(p.dob.strftime("%Y%m%d"), 8, "date")
             + col("%03d" % p.age, 3, "age" if p.age > 89 else None) + col(p.street.upper() + ", " + p.city.upper(), 42, "address")
             + col(p.state, 2) + col(p.zip, 5, "zip") + col(p.phone, 10, "phone")
             + (col(p.pass_no, 11, "other_id") if p.pass_no else col("DAYTKT", 11))
             + col(R.choice(["FELL AT UNLOAD RAMP", "STRUCK BY CHAIR AT LOAD", "SLID UNDER RESTRAINT BAR", "MISLOAD, DRAGGED 3M"]), 26)
             + [R.choice(["TOBOGGAN>KPMC", "SELF", "HEMS"]) + " PTB=Y"])
    return [("lar_fixed", parts)]


def g_gate(kf=None):
    t = tick(70)
    lid, lname, code = R.choice(LIFTS)
    pre = "%s kp-gate-%02d axgate[%d]: lane=%d lift=%s " % (iso_ms(t), R.randint(1, 24), R.randint(800, 990), R.randint(1, 4), code)
    k = R.random() if kf is None else kf
    if k < 0.45:
        return [("gate_kv", [pre + R.choice([
            "prod=DAY_ADULT tkt=%013d res=ACCEPT lat_ms=%d" % (2502080000000 + R.randint(0, 99999), R.randint(20, 90)),
            "prod=DAY_CHILD tkt=%013d res=ACCEPT lat_ms=%d" % (2502080000000 + R.randint(0, 99999), R.randint(20, 90)),
            "res=IDLE heartbeat ok fw=AX500-2.31.4 temp_c=%d" % R.randint(-12, 4),
            "sync counters entries=%d rejects=%d uptime_s=%d" % (R.randint(100, 4000), R.randint(0, 40), R.randint(10000, 90000)),
            "prod=DAY_ADULT tkt=%013d res=REJECT reason=ALREADY_USED_TODAY" % (2502080000000 + R.randint(0, 99999)),
        ])])]
    p = pick([x for x in PEOPLE if x.pass_no])
    if k < 0.80:
        return [("gate_kv", [pre + "uid=", P(p.chip, "other_id"), " prod=%s pool=2425 res=ACCEPT fcmp=%s score=%.2f lat_ms=%d" % (
            "KP_LEGEND" if p.age >= 80 else R.choice(["KP_SEASON_UNL", "KP_SEASON_UNL", "KP_LOCAL_RESTR", "KP_CHILD"] if p.age >= 13 else ["KP_CHILD"]),
            R.choice(["MATCH", "MATCH", "SKIP"]), R.uniform(0.81, 0.99), R.randint(25, 120))])]
    if k < 0.90:
        return [("gate_kv", [pre + "uid=", P(p.chip, "other_id"), " res=REJECT reason=%s holder=" % R.choice(["BLOCKED_MEDIA", "SUSPENDED", "PHOTO_MISMATCH"]),
                             P(p.pass_no, "other_id")])]
    tm = base64.b64encode(bytes(R.randint(0, 255) for _ in range(96))).decode()
    return [("gate_kv", [pre + "uid=", P(p.chip, "other_id"), " res=ENROLL fcmp=ENROLL tmpl_v=FT3 tmpl=", P(tm, "biometric")])]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36",
      "KestrelPeak/5.4.1 (com.kestrelpeak.app; build:5410; iOS 17.2.1) Alamofire/5.8.1",
      "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.6167.101 Mobile Safari/537.36"]


def g_nginx():
    t = tick(70)
    k = R.random()
    tail = ' rt=%.3f uct=0.001 upstream=10.20.1.%d:8080' % (R.uniform(0.003, 0.4), R.randint(30, 34))
    if k < 0.45:
        ip, path, code, ua, size = R.choice([
            ("10.20.0.2", "/healthz", 200, "ELB-HealthChecker/2.0", 2),
            ("66.249.66.%d" % R.randint(1, 200), "/mountain/trail-map", 200, "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", 48213),
            ("172.70.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "/static/js/app.3f9c2a1e.js", 304, UA[1], 0),
            ("172.70.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "/api/v2/lifts/status", 200, UA[2], 3381),
            ("52.14.%d.%d" % (R.randint(0, 255), R.randint(1, 254)), "/api/v2/snow-report?resort=kp", 200, "Pingdom.com_bot_version_1.4", 912),
        ])
        return [("nginx_access", ['%s - - [%s] "GET %s HTTP/1.1" %d %d "-" "%s"' % (ip, clf(t), path, code, size, ua) + tail])]
    p = pick([x for x in PEOPLE if x.pass_no])
    if k < 0.80:
        path = R.choice(["/api/v2/passholders/%s/visits?season=2425", "/api/v2/passholders/%s", "/account/passes/%s/photo",
                         "/api/v2/passholders/%s/vertical?from=2024-11-22"]) % p.pass_no
        meth = "GET" if "photo" not in path or R.random() < 0.5 else "PUT"
        return [("nginx_access", [P(p.ip, "ip"), ' - - [%s] "%s ' % (clf(t), meth), P(path, "url"),
                                  ' HTTP/2.0" 200 %d "https://my.kestrelpeak.com/account" "%s"' % (R.randint(300, 9000), R.choice(UA)) + tail])]
    u = R.choice(STAFF_USERS[:6])
    q = urllib.parse.quote_plus("%s, %s" % (p.last, p.first))
    parts = ['10.20.4.%d - %s [%s] "GET /admin/passholders?q=' % (R.randint(10, 60), u, clf(t)), P(q, "name")]
    if R.random() < 0.5:
        parts += ["&dob=", P(p.dob.isoformat(), "date")]
    parts += ['&limit=25 HTTP/1.1" 200 %d "https://admin.kestrelpeak.com/passholders" "%s"' % (R.randint(500, 4000), UA[1]) + tail]
    return [("nginx_access", parts)]


def g_java(kf=None):
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    thr = "[nio-8080-exec-%d]" % R.randint(1, 12)
    if (R.random() if kf is None else kf) < 0.45:
        return [("spring_java", [ts + R.choice([
            "  INFO 1 --- %s c.k.pass.lookup.PassLookupApplication    : Started PassLookupApplication in %.3f seconds (process running for %.1f)" % ("[           main]", R.uniform(6, 11), R.uniform(9, 13)),
            "  INFO 1 --- %s com.zaxxer.hikari.HikariDataSource       : HikariPool-1 - Start completed." % "[           main]",
            "  WARN 1 --- %s c.k.pass.lookup.PhotoStore               : S3 GET kp-pass-photos latency %dms above threshold 500ms" % (thr, R.randint(501, 2300)),
            "  INFO 1 --- %s c.k.pass.lookup.CacheWarmer              : warmed %d holder records in %dms" % (thr, R.randint(4000, 60000), R.randint(300, 4000)),
        ])])]
    p = pick([x for x in PEOPLE if x.pass_no])
    txid = R.randint(10000000, 99999999)
    lines = [("spring_java", [ts + " ERROR 1 --- %s c.k.pass.lookup.PassHolderService       : Lookup failed for holder " % thr,
                              P(p.pass_no, "other_id"), " (", P(p.last + ", " + p.first, "name"), "): record locked by batch"]),
             ("spring_java", ["com.kestrelpeak.pass.lookup.HolderLockedException: pass_holder row ", P(p.pass_no, "other_id"), " locked (txid=%d)" % txid])]
    frames = ["\tat com.kestrelpeak.pass.lookup.PassHolderService.lookup(PassHolderService.java:212)",
              "\tat com.kestrelpeak.pass.lookup.PassHolderController.get(PassHolderController.java:58)",
              "\tat java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)",
              "\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:885)",
              "\t... 48 common frames omitted",
              "Caused by: org.postgresql.util.PSQLException: ERROR: could not obtain lock on row in relation \"pass_holder\"",
              "\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)",
              "\t... 61 common frames omitted"]
    n = R.choice([3, 4, 5, len(frames)])
    lines += [("spring_java", [f]) for f in frames[:n]]
    return lines


def g_pg():
    t = tick()
    pre = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d MST [%d] " % (t.microsecond // 1000, R.randint(20000, 32000))
    k = R.random()
    if k < 0.45:
        return [("postgres", [pre + R.choice([
            "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % (R.randint(200, 4000), R.uniform(1, 20), R.uniform(10, 200), R.uniform(10, 200)),
            "LOG:  automatic vacuum of table \"passdb.public.gate_scan\": index scans: 1",
            "passportal@passdb LOG:  duration: %.3f ms  statement: SELECT count(*) FROM gate_scan WHERE scan_ts >= '2025-02-08 00:00'" % R.uniform(20, 900),
            "passportal@passdb LOG:  connection authorized: user=passportal database=passdb application_name=PassLookup SSL enabled (protocol=TLSv1.3)",
        ])])]
    p = pick([x for x in PEOPLE if x.pass_no])
    if k < 0.75:
        return [("postgres", [pre + "passportal@passdb LOG:  duration: %.3f ms  statement: SELECT holder_id, first_nm, last_nm, birth_dt, photo_key FROM pass_holder WHERE last_nm ILIKE '" % R.uniform(1, 60),
                              P(p.last.replace("'", "''"), "name"), "%' AND birth_dt = '", P(p.dob.isoformat(), "date"), "'"])]
    return [("postgres", [pre + "passportal@passdb LOG:  duration: %.3f ms  execute <unnamed>: UPDATE pass_holder SET phone_no = '" % R.uniform(0.5, 9),
                          P(p.phone, "phone"), "', email = '", P(p.email, "email"), "' WHERE holder_id = '", P(p.pass_no, "other_id"), "'"])]


def hl7_seg(fields):
    parts = []
    for i, f in enumerate(fields):
        if i:
            parts.append("|")
        if isinstance(f, list):
            parts.extend(f)
        else:
            parts.append(f)
    return parts


def g_hl7():
    t = tick()
    p = clinic_person()
    cl = R.choice(CLIN[:2])
    ts = t.strftime("%Y%m%d%H%M%S")
    ctl = "KPMC%06d" % R.randint(0, 999999)
    adm = (t - dt.timedelta(minutes=R.randint(5, 40))).strftime("%Y%m%d%H%M")
    ln = []
    ln.append(("hl7v2", ["MSH|^~\\&|KPCLINIC_EHR|KPMC|STB_ADT|SBRMC|%s||ADT^A04^ADT_A01|%s|P|2.5.1|||AL|NE" % (ts, ctl)]))
    ln.append(("hl7v2", ["EVN|A04|%s|||%s^%s^%s" % (ts, R.choice(STAFF_USERS[:4]), cl[1].upper(), cl[0].upper())]))
    pid3 = [P(p.mrn, "mrn"), "^^^KPMC^MR"]
    if p.ssn[0] not in "09":
        pid3 += ["~", P(p.ssn.replace("-", ""), "ssn"), "^^^SSA^SS"]
    name = [P(ascii_fold(p.last).upper() + "^" + ascii_fold(p.first).upper() + ("^" + p.mid if p.mid else ""), "name"), "^^^L"]
    addr = [P(p.street.upper(), "address"), "^^", P(p.city.upper(), "address"), "^%s^" % p.state, P(p.zip, "zip"), "^USA^H"]
    ph = [P(fmt_phone(p.phone, 3), "phone"), "^PRN^PH"]
    ssn19 = P(p.ssn, "ssn") if p.ssn[0] not in "09" else p.ssn
    pid = ["PID", "1", "", pid3, "", name, "", P(p.dob.strftime("%Y%m%d"), "date"), p.sex, "", "2106-3^White^CDCREC" if R.random() < 0.5 else "",
           addr, "", ph, "", R.choice(["eng^English", "spa^Spanish", "deu^German"]), R.choice(["S", "M", ""]), "", P(p.visit, "account"), ssn19]
    ln.append(("hl7v2", hl7_seg(pid)))
    pv1 = ["PV1", "1", "E", "KPMC^EXAM%d^01^KPMC" % R.randint(1, 4), "E", "", "", "%s^%s^%s^^^%s" % (cl[3], cl[1].upper(), cl[0].upper(), cl[2]),
           "", "", "ORT", "", "", "", "7", "", "", "", "ER", P(p.visit, "account"), "SELF"] + [""] * 23 + [P(adm, "date")]
    ln.append(("hl7v2", hl7_seg(pv1)))
    rc, rn = p.ec_rel
    ln.append(("hl7v2", hl7_seg(["NK1", "1", [P(ascii_fold(p.ec_last).upper() + "^" + ascii_fold(p.ec_first).upper(), "name")], "%s^%s^HL70063" % (rc, rn),
                                 [P(p.street.upper(), "address"), "^^", P(p.city.upper(), "address"), "^%s^" % p.state, P(p.zip, "zip")] if rc in ("SPO", "DOM", "MTH", "FTH") else "",
                                 [P(fmt_phone(p.ec_phone, 3), "phone")], "", "EC^Emergency Contact^HL70131"])))
    in1 = ["IN1", "1", p.payer[0] + "^" + p.payer[2], p.payer[0], p.payer[1], "PO BOX %d^^GRAND JUNCTION^CO^81502" % R.randint(1000, 99999), "", "(800)451-0287",
           p.group if p.payer[0] not in ("MCRB", "SKISAFE") else "", "", "", "", "", "", "", "",
           [P(ascii_fold(p.last).upper() + "^" + ascii_fold(p.first).upper(), "name")], "01", P(p.dob.strftime("%Y%m%d"), "date")] + [""] * 17 + [P(p.member, "health_plan")]
    ln.append(("hl7v2", hl7_seg(in1)))
    inj = p.inj
    ln.append(("hl7v2", ["DG1|1||%s^%s^I10||" % (inj[1], inj[2]), P(adm[:8], "date"), "|W"]))
    return ln


def g_fhir(kf=None, who=None):
    t = tick()
    p = reg(who, True) if who else clinic_person()
    k = R.random() if kf is None else kf
    if k < 0.2:
        o = {"resourceType": "OperationOutcome", "issue": [{"severity": "information", "code": "informational",
             "diagnostics": "Bundle %s accepted by fhir.stbrigid.org, %d entries, %dms" % (uuid4(), R.randint(3, 9), R.randint(80, 900))}]}
        return [("fhir_r4", js(o))]
    if k < 0.55:
        tel = [{"system": "phone", "value": P(fmt_phone(p.phone, 0), "phone"), "use": "mobile"}]
        if p.fax:
            tel.append({"system": "fax", "value": P(fmt_phone(p.fax, 0), "fax"), "use": "work"})
        if R.random() < 0.6:
            tel.append({"system": "email", "value": P(p.email, "email")})
        ident = [{"system": "urn:oid:2.16.840.1.113883.3.7781.1", "type": {"text": "MRN"}, "value": P(p.mrn, "mrn")}]
        if p.pass_no:
            ident.append({"system": "https://kestrelpeak.com/fhir/sid/season-pass", "value": P(p.pass_no, "other_id")})
        o = {"resourceType": "Patient", "id": P(p.mrn, "mrn"), "meta": {"versionId": "1", "lastUpdated": iso_s(t)},
             "identifier": ident,
             "name": [{"use": "official", "family": P(p.last, "name"), "given": [P(p.first, "name")] + ([P(p.mid, "name")] if p.mid else [])}],
             "telecom": tel, "gender": {"F": "female", "M": "male"}[p.sex], "birthDate": P(p.dob.isoformat(), "date"),
             "address": [{"use": "home", "line": [P(p.street, "address")], "city": P(p.city, "address"), "state": p.state, "postalCode": P(p.zip, "zip"), "country": "US"}],
             "contact": [{"relationship": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0131", "code": "C"}], "text": p.ec_rel[1]}],
                          "name": {"text": P(p.ec_first + " " + p.ec_last, "name")}, "telecom": [{"system": "phone", "value": P(fmt_phone(p.ec_phone, 0), "phone")}]}]}
        return [("fhir_r4", js(o, ea=R.random() < 0.5))]
    st = inc_dt(p) + dt.timedelta(minutes=35)
    if k < 0.8:
        o = {"resourceType": "Encounter", "id": uuid4(), "status": R.choice(["in-progress", "finished"]),
             "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "EMER"},
             "identifier": [{"system": "https://kestrelpeak.com/fhir/sid/visit", "value": P(p.visit, "account")}],
             "subject": {"reference": S("Patient/", P(p.mrn, "mrn"))},
             "participant": [{"individual": {"reference": "Practitioner/" + R.choice(CLIN)[3], "display": "%s %s, %s" % (CLIN[0][0], CLIN[0][1], CLIN[0][2])}}],
             "period": {"start": P(iso_s(st), "date")}, "serviceProvider": {"display": CLINIC_NAME}}
        return [("fhir_r4", js(o))]
    code, disp, val, unit = R.choice([("8867-4", "Heart rate", R.randint(58, 128), "/min"), ("59408-5", "SpO2", R.randint(86, 99), "%"),
                                      ("8310-5", "Body temperature", round(R.uniform(33.8, 37.4), 1), "Cel"), ("9279-1", "Respiratory rate", R.randint(12, 28), "/min")])
    o = {"resourceType": "Observation", "id": "obs-" + hexs(10), "status": "final",
         "code": {"coding": [{"system": "http://loinc.org", "code": code, "display": disp}]},
         "subject": {"reference": S("Patient/", P(p.mrn, "mrn"))},
         "effectiveDateTime": P(iso_s(st + dt.timedelta(minutes=R.randint(1, 50))), "date"),
         "valueQuantity": {"value": val, "unit": unit, "system": "http://unitsofmeasure.org"}, "performer": [{"display": R.choice(NURSES)}]}
    return [("fhir_r4", js(o))]


def x12_claims():
    t = tick()
    d8 = t.strftime("%Y%m%d")
    ctl = "%09d" % R.randint(400, 999)
    segs = []
    segs.append(["ISA*00*          *00*          *ZZ*KPMC001        *ZZ*MTNCLEAR       *%s*%s*^*00501*%s*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)])
    segs.append(["GS*HC*KPMC001*MTNCLEAR*%s*%s*%d*X*005010X222A1~" % (d8, t.strftime("%H%M"), int(ctl))])
    segs.append(["ST*837*0001*005010X222A1~"])
    segs.append(["BHT*0019*00*KP%s*%s*%s*CH~" % (ctl[-4:], d8, t.strftime("%H%M"))])
    segs.append(["NM1*41*2*KESTREL PEAK MOUNTAIN CLINIC*****46*KPMC001~"])
    segs.append(["PER*IC*BILLING OFFICE*TE*9705550144*FX*9705550143~"])
    segs.append(["NM1*40*2*MOUNTAINCLEAR CLAIMS EXCHANGE*****46*MTNCLEAR~"])
    segs.append(["HL*1**20*1~"])
    segs.append(["NM1*85*2*KESTREL PEAK MOUNTAIN CLINIC*****XX*%s~" % CLIN[0][3]])
    segs.append(["N3*4400 KESTREL PEAK RD~"])
    segs.append(["N4*ALDER SPRINGS*CO*81657~"])
    segs.append(["REF*EI*840913377~"])
    pool = [p for p in CLINIC] or PEOPLE[:3]
    chosen = []
    for p in pool:
        if p not in chosen and len(chosen) < 2:
            chosen.append(p)
    while len(chosen) < 2:
        chosen.append(PEOPLE[len(chosen) + 10])
    hl = 2
    for p in chosen:
        inj = p.inj
        segs.append(["HL*%d*1*22*0~" % hl])
        hl += 1
        segs.append(["SBR*P*18*%s******%s~" % (p.group if p.payer[0] not in ("MCRB", "SKISAFE") else "", "MB" if p.payer[0] == "MCRB" else "CI")])
        segs.append(["NM1*IL*1*", P(ascii_fold(p.last).upper(), "name"), "*", P(ascii_fold(p.first).upper(), "name"), "*"] + ([P(p.mid, "name")] if p.mid else []) + ["***MI*", P(p.member, "health_plan"), "~"])
        segs.append(["N3*", P(ascii_fold(p.street).upper(), "address"), "~"])
        segs.append(["N4*", P(p.city.upper(), "address"), "*%s*" % p.state, P(p.zip, "zip"), "~"])
        segs.append(["DMG*D8*", P(p.dob.strftime("%Y%m%d"), "date"), "*%s~" % p.sex])
        segs.append(["NM1*PR*2*%s*****PI*%s~" % (p.payer[1], p.payer[0])])
        amt = R.choice([640, 880, 1240, 1515])
        segs.append(["CLM*", P(p.visit, "account"), "*%d***20:B:1*Y*A*Y*Y*P*AA:::CO~" % amt])
        segs.append(["DTP*439*D8*", P(d8, "date"), "~"])
        segs.append(["HI*ABK:%s*ABF:V00321A~" % inj[1].replace(".", "")])
        segs.append(["NM1*82*1*%s*%s****XX*%s~" % (CLIN[1][1].upper(), CLIN[1][0].upper(), CLIN[1][3])])
        segs.append(["LX*1~"])
        segs.append(["SV1*HC:99284*%d*UN*1***1~" % (amt - 240)])
        segs.append(["DTP*472*D8*", P(d8, "date"), "~"])
    segs.append(["SE*%d*0001~" % (len(segs) - 1)])
    segs.append(["GE*1*%d~" % int(ctl)])
    segs.append(["IEA*1*%s~" % ctl])
    return [("x12_837", s) for s in segs]


def g_hems(kf=None, who=None):
    t = tick()
    k = R.random() if kf is None else kf
    if k < 0.3:
        return [("hems_xml", ['<WxCheck xmlns="urn:summitair:dispatch:v3" base="KEGE" ts="%s" ceiling_ft="%d" vis_sm="%d" wind="%03d%02dG%02dKT" decision="%s"/>' % (
            iso_s(t), R.choice([2500, 4500, 8000, 12000]), R.choice([3, 7, 10]), R.choice([250, 270, 300]), R.randint(8, 18), R.randint(19, 35), R.choice(["GO", "GO", "NO-GO"]))])]
    p = reg(who) if who else inc_person()
    mis = "SAM-250208-%02d" % (hash_i(p.ir) % 9 + 1)
    if k < 0.6:
        return [("hems_xml", ['<FlightStatus xmlns="urn:summitair:dispatch:v3" mission="', P(mis, "other_id"), '" ts="%s" phase="%s" tail="N417SA" eta_min="%d" crew="Whitfield/Mehta"/>' % (
            iso_s(t), R.choice(["ACCEPTED", "LIFTOFF", "ON_SCENE", "PT_LOADED", "ENROUTE_DEST", "AT_DEST"]), R.randint(4, 22))])]
    inj = p.inj
    parts = ['<FlightRequest xmlns="urn:summitair:dispatch:v3" id="', P(mis, "other_id"), '" ts="%s"><Requestor agency="Kestrel Peak Ski Patrol" callback="+19705550111"/>' % iso_s(t),
             "<Patient><Name>"] + X(P(full(p, False), "name")) + ["</Name><Age>"] + ([P(str(p.age), "age")] if p.age > 89 else [str(p.age)]) + \
            ["</Age><Sex>%s</Sex><WeightKg>%d</WeightKg><Complaint>" % (p.sex, p.weight)] + X(inj[0]) + ['</Complaint><Incident ref="', P(p.ir, "other_id"), '"/></Patient>',
             '<Pickup lz="LZ-2 Summit Lodge" lat="39.61890" lon="-106.50430"/><PtLocation lat="', P("%.5f" % p.lat, "address"), '" lon="', P("%.5f" % p.lon, "address"),
             '"/><Dest>St. Brigid Regional Medical Center</Dest></FlightRequest>']
    return [("hems_xml", parts)]


AVY_HDR = [False]


def g_avy():
    t = tick()
    out = []
    if not AVY_HDR[0]:
        AVY_HDR[0] = True
        out.append(("avy_csv", ["date,time,route,shot_no,path,charge,result,crown_cm,comment"]))
    out.append(("avy_csv", ["%s,%s,AVY-%d,%d,%s,%s,%s,%d,%s" % (
        t.strftime("%Y-%m-%d"), t.strftime("%H:%M"), R.randint(1, 4), R.randint(1, 30),
        R.choice(["Headwall Chute", "Bergman Bowl #3", "Widowmaker", "Kinni Face", "North Couloir"]),
        R.choice(["2.0kg cast", "1kg emulsion", "Avalauncher 1kg", "hand charge 2x1kg", "ski cut"]),
        R.choice(["HS-AE-D2", "HS-AE-D1.5", "NR", "SS-AE-D2.5", "L-AE-D1"]), R.choice([0, 30, 45, 60, 90]),
        R.choice(["run to mid-track", "no result", "step down to Jan crust", "\"sympathetic release, adjacent path\"", "debris 1.5m on Lower Kinni cat track"]))]))
    return out


def g_wx():
    t = tick()
    st = R.choice(["KPSUMMIT", "KPMIDMTN", "KPBASE  ", "KPBOWLWX"])
    return [("wx_fixed", ["%-9s%s %s %6.1f %-3s %03d %03d %03d %03d %4.1f" % (
        st, t.strftime("%Y%m%d"), t.strftime("%H%M"), R.uniform(-18, 2), R.choice(["W", "WNW", "NW", "SW", "N"]),
        R.randint(5, 50), R.randint(10, 90), R.randint(150, 260), R.randint(0, 40), R.uniform(0, 2.5))])]


def g_sms():
    t = tick()
    k = R.random()
    sid = "SM" + hexs(32)
    if k < 0.25:
        return [("sms_json", js({"ts": iso_ms(t), "svc": "smsgw", "event": "queue.stats", "depth": R.randint(0, 12), "sent_1m": R.randint(0, 80), "provider": "twilio", "region": "us1"}))]
    if k < 0.6:
        p = clinic_person()
        to = p.ec_phone if R.random() < 0.5 else p.phone
        if to == p.ec_phone:
            body = S("Kestrel Peak Clinic: ", P(p.first, "name"), " was seen today and is ", R.choice(["being released, please meet at the base clinic.", "being transferred to St. Brigid Regional."]), " Questions: 970-555-0142")
        else:
            body = S("KPMC: Hi ", P(p.first, "name"), ", your follow-up is booked for ", P("02/%d/2025" % R.randint(10, 20), "date"), " at 9:30am. Reply C to confirm.")
        return [("sms_json", js({"ts": iso_ms(t), "svc": "smsgw", "event": "message.status", "MessageSid": sid, "To": P("+1" + to, "phone"),
                                 "From": "+19705550142", "MessageStatus": R.choice(["sent", "delivered"]), "Body": body}))]
    p = pick()
    return [("sms_json", js({"ts": iso_ms(t), "svc": "smsgw", "event": "message.status", "MessageSid": sid, "To": P("+1" + p.phone, "phone"),
                             "From": "+19705550100", "MessageStatus": "delivered", "Body": "Kestrel Peak: %d\" new overnight! Summit Gondola opens 8:30. Reply STOP to opt out" % R.randint(4, 18)}))]


def g_note(kf=None, who=None):
    t = tick()
    p = reg(who, True) if who else clinic_person()
    inj = p.inj
    au = R.choice(["%s %s %s" % (c[0], c[1], c[2]) for c in CLIN] + NURSES)
    pre = "[%s] KPMC-NOTE enc=" % t.strftime("%Y-%m-%d %H:%M")
    age = [P(str(p.age), "age")] if p.age > 89 else [str(p.age)]
    k = R.random() if kf is None else kf
    if k < 0.6:
        parts = [pre, P(p.visit, "account"), " author=%s :: " % au] + age + [" y/o %s " % p.sex, P(full(p, False), "name"),
                 ", %s, hx %s. Injury at %s ~%s. " % (p.sport, inj[0], p.run, inc_dt(p).strftime("%H:%M"))]
        parts += ["EC ", p.ec_rel[1].lower(), " ", P(p.ec_first + " " + p.ec_last, "name"), " ", P(fmt_phone(p.ec_phone, 1), "phone"), " notified."]
        if R.random() < 0.3:
            parts += [" Insulin pump (t:slim X2) SN ", P("%08d" % R.randint(10000000, 99999999), "device"), " intact, kept on."]
        return [("clinic_note", parts)]
    if k < 0.8:
        parts = [pre, P(p.visit, "account"), " author=Joaquín Ferro (patrol) :: Pte ", P(p.first + " " + p.last, "name"),
                 ", ", str(p.age) if p.age <= 89 else P(str(p.age), "age"), " años, caída en %s. Dolor %d/10. Contacto: " % (p.run, R.randint(3, 9)), P(fmt_phone(p.ec_phone, 1), "phone")]
        return [("clinic_note", parts)]
    parts = [pre, P(p.visit, "account"), " author=Benedikt Auer MD :: Pat. ", P(p.last + ", " + p.first, "name"), " geb. ", P(p.dob.strftime("%d.%m.%Y"), "date"),
             (", Unterkunft " if p.lodging else ", Wohnort "), P(p.lodging or (p.street + ", " + p.city), "address"), "; V.a. %s. Rx Ibuprofen 600mg." % inj[2]]
    return [("clinic_note", parts)]


def g_pos():
    t = tick()
    p = clinic_person()
    amt = R.choice([35.00, 85.00, 150.00, 240.00, 412.50])
    net = R.choice(["VISA", "MC", "AMEX", "DISC"])
    pref = {"VISA": "4", "MC": "5" + R.choice("12345"), "AMEX": "3" + R.choice("47"), "DISC": "6011"}[net]
    pan = card(pref, 15 if net == "AMEX" else 16)
    k = R.random()
    base = "POS|KPMC-FD%d|%s|SALE|%.2f|%s|" % (R.randint(1, 2), iso_s(t), amt, net)
    if k < 0.55:
        return [("pos_psv", [base + "*" * (len(pan) - 4) + pan[-4:] + "|AUTH %06d|APPROVED|ref=%s" % (R.randint(0, 999999), hexs(12).upper())])]
    if k < 0.85:
        return [("pos_psv", [base + "*" * (len(pan) - 4) + pan[-4:] + "|AUTH %06d|APPROVED|cardholder=" % R.randint(0, 999999),
                             P(ascii_fold(full(p)).upper(), "name"), "|acct=", P(p.visit, "account")])]
    return [("pos_psv", ["POS|KPMC-FD1|%s|DEBUG|emv.fallback track2=" % iso_s(t), P(pan, "account"), "=2809201%09d|name=" % R.randint(0, 999999999),
                         P(ascii_fold(p.last).upper() + "/" + ascii_fold(p.first).upper(), "name"), "|err=CHIP_READ_FAIL"])]


def g_audit():
    t = tick()
    u = R.choice(STAFF_USERS[:4])
    src = "10.20.4.%d" % R.randint(10, 60)
    k = R.random()
    pre = "%s kpmc-ehr01 CEF:0|AlpineCare|AlpineEHR|7.4.2|" % syslog_ts(t)
    if k < 0.3:
        return [("ehr_audit_cef", [pre + R.choice([
            "LOGIN_SUCCESS|User login|3|suser=%s src=%s shost=KPMC-WS%02d outcome=success" % (u, src, R.randint(1, 12)),
            "LOGOUT|User logout|1|suser=%s src=%s reason=idle-timeout" % (u, src),
            "LOGIN_FAILURE|User login failed|6|suser=%s src=%s cnt=%d" % (R.choice(["admin", "test", u]), src, R.randint(1, 5)),
        ])])]
    p = clinic_person()
    act = R.choice(["CHART_VIEW|Chart viewed|3", "CHART_PRINT|Chart printed|5", "RX_SIGN|Prescription signed|3", "RECORD_EXPORT|CCD exported to St. Brigid|5"])
    return [("ehr_audit_cef", [pre + act + "|suser=%s src=%s cs1Label=MRN cs1=" % (u, src), P(p.mrn, "mrn"), " cs2Label=PatientName cs2=",
                               P(ascii_fold(p.last).upper() + ", " + ascii_fold(p.first).upper(), "name"), " cs3Label=Encounter cs3=", P(p.visit, "account")])]


def g_radius():
    t = tick()
    pre = "%s kp-radius01 radiusd[1212]: " % syslog_ts(t)
    nas = "%s-ap%02d" % (R.choice(["summit-lodge", "base-village", "midmtn-grill", "ptarmigan-hut"]), R.randint(1, 24))
    k = R.random()
    if k < 0.35:
        u = R.choice(["jrivas", "tvoss", "kabernathy", "itops-svc"])
        return [("radius_syslog", [pre + 'Accounting-Start User-Name="KPSTAFF\\%s" Calling-Station-Id="%s" Framed-IP-Address=10.30.%d.%d NAS=%s SSID=KP-STAFF' % (
            u, mac(), R.randint(0, 10), R.randint(2, 250), nas)])] if R.random() < 0.6 else [("radius_syslog", [pre + "Ready to process requests; auth=%d acct=%d rejects=%d" % (R.randint(100, 900), R.randint(100, 2000), R.randint(0, 9))])]
    p = pick([x for x in PEOPLE if x.pass_no])
    return [("radius_syslog", [pre + 'Accounting-%s User-Name="' % R.choice(["Start", "Interim-Update", "Stop"]), P(p.pass_no, "other_id"), '" Calling-Station-Id="',
                               P(p.mac, "device"), '" Framed-IP-Address=', P("10.66.%d.%d" % (hash_i(p.mac) % 40, hash_i(p.pass_no) % 250 + 2), "ip"),
                               " NAS=%s SSID=KestrelPeak-Guest Acct-Session-Time=%d" % (nas, R.randint(0, 9000))])]


def g_lpr(am=False):
    t = tick()
    cam = R.choice(["LOT-A-IN", "LOT-C-IN", "LOT-C-OUT", "GARAGE-P2-IN", "BASE-DROPOFF"])
    pre = "%s lprd cam=%s " % (iso_ms(t), cam)
    k = R.random()
    if k < 0.3:
        return [("lpr_kv", [pre + R.choice([
            "plate=CO:KPR-FLT%02d conf=0.%d fleet=1 unit=%s dir=IN" % (R.randint(1, 40), R.randint(90, 99), R.choice(["SNOWCAT-07", "PATROL-SLED-TRK", "SHUTTLE-3"])),
            "status=ok fps=%d queue=0 model=LPRNet-v3.2.1" % R.randint(12, 30),
            "plate=UNREAD conf=0.%02d dir=OUT" % R.randint(10, 49),
        ])])]
    p = pick()
    if k < 0.85 or am:
        return [("lpr_kv", [pre + "plate=", P(p.plate, "vehicle"), " conf=0.%d dir=%s permit=%s" % (R.randint(80, 99), R.choice(["IN", "OUT"]), R.choice(["NONE", "PASSHOLDER", "PAID-DAY"]))])]
    q = inc_person()
    return [("lpr_kv", ["%s parksvc tag=OVERNIGHT lot=C row=%d plate=" % (iso_ms(t), R.randint(1, 30)), P(q.plate, "vehicle"), " vin=", P(q.vin, "vehicle"),
                        " note=\"owner transported, per patrol ", P(q.ir, "other_id"), " - do not tow\""])]


def g_app(am=False, kf=None):
    t = tick()
    k = R.random() * (0.5 if am else 1.0) if kf is None else kf
    base = {"timestamp": iso_ms(t), "level": "info", "logger": "", "event": ""}
    if k < 0.5:
        o = dict(base)
        o.update(R.choice([
            {"logger": "kpapp.lifts", "event": "lift_status.refresh", "count": 23, "duration_ms": R.randint(20, 300)},
            {"logger": "kpapp.deploy", "event": "deploy.finished", "service": "kpapp-api", "version": "5.4.%d" % R.randint(0, 3), "git_sha": hexs(40), "replicas": 4},
            {"logger": "kpapp.http", "event": "request", "method": "GET", "path": "/v1/snow", "status": 200, "trace_id": hexs(32), "span_id": hexs(16), "duration_ms": R.randint(5, 80)},
            {"logger": "kpapp.orders", "event": "order.paid", "order_id": "ORD-%07d" % R.randint(0, 9999999), "sku": R.choice(["TIX-DAY-AD-0208", "RNT-SKI-PERF", "LSN-PVT-2H"]), "qty": R.randint(1, 4), "vendor_ref": uuid4()},
            {"logger": "kpapp.mail", "event": "mail.sent", "to": "patrol-dispatch@kestrelpeak.com", "template": "daily_incident_digest", "msg_id": "<%s@mail.kestrelpeak.com>" % hexs(16)},
        ]))
        o["level"] = "info"
        return [("app_json", js(o, compact=False))]
    p = pick([x for x in PEOPLE if x.pass_no])
    o = dict(base)
    if k < 0.7:
        o.update({"logger": "kpapp.sos", "level": "warning", "event": "sos.received", "pass_no": P(p.pass_no, "other_id"), "device_id": P(p.app_dev, "device"),
                  "callback": P(fmt_phone(p.phone, 2), "phone"), "lat": P("%.5f" % p.lat, "address"), "lon": P("%.5f" % p.lon, "address"), "acc_m": R.randint(4, 60), "forwarded_to": "kp-dispatch01"})
    elif k < 0.85:
        o.update({"logger": "kpapp.mail", "event": "mail.sent", "to": P(p.email, "email"), "template": R.choice(["pass_renewal", "visit_summary", "photo_rejected"]), "msg_id": "<%s@mail.kestrelpeak.com>" % hexs(16)})
    else:
        jpg = base64.b64encode(bytes.fromhex("ffd8ffe000104a46494600010100000100010000ffdb004300") + bytes(R.randint(0, 255) for _ in range(60))).decode()
        o.update({"logger": "kpapp.passphoto", "event": "photo.upload", "pass_no": P(p.pass_no, "other_id"), "bytes": R.randint(40000, 200000), "photo_b64_head": P(jpg, "photo"), "truncated": True})
    return [("app_json", js(o, compact=False))]


GENS = [(g_patrol, 9), (g_dispatch, 7), (g_lift, 9.5), (g_lar, 1), (g_gate, 8), (g_nginx, 8), (g_java, 0.7), (g_pg, 3.5),
        (g_hl7, 1.1), (g_fhir, 3.5), (g_hems, 2.5), (g_avy, 7.5), (g_sms, 3), (g_note, 3), (g_pos, 2.5),
        (g_audit, 3), (g_radius, 4), (g_lpr, 3.5), (g_app, 5)]



def g_patrol_am():
    tick()
    pr = R.choice(PATROL)
    o = {"level": 30, "time": epoch_ms(T[0]), "pid": 412, "hostname": "ptrak-app-01", "name": "patroltrak", "req_id": "req-" + hexs(6)}
    o.update(R.choice([
        {"msg": "roster.checkin", "patroller": pr[0], "patroller_name": pr[1], "post": R.choice(["Top Shack", "Ptarmigan Hut", "Base Aid Room"]), "radio": "KP-R%02d" % R.randint(1, 40)},
        {"msg": "morning.meeting", "topic": "avalanche hazard CONSIDERABLE above treeline", "attendees": R.randint(18, 31)},
        {"msg": "equipment.check", "item": "transceiver", "model": R.choice(["Mammut Barryvox S", "Pieps Pro IPS"]), "sn": "%02d%02d-%06d" % (R.randint(18, 24), R.randint(1, 12), R.randint(0, 999999)), "assigned": pr[0], "battery_pct": R.randint(55, 100)},
        {"msg": "opening.sweep", "sector": R.choice(["North Bowl", "Front Side", "Back Bowls"]), "by": pr[0], "status": "started"}]))
    return [("patroltrak_json", js(o))]


def g_dispatch_am():
    tick()
    pr = R.choice(PATROL)
    return [("dispatch_syslog", ["<134>%s kp-dispatch01 cad[2211]: " % syslog_ts(T[0]) + R.choice([
        'CH5 RX unit=AVY-%d txt="route %d clear, shots %d-%d, %s"' % (R.randint(1, 4), R.randint(1, 6), R.randint(1, 9), R.randint(10, 20), R.choice(["one result D2", "no results", "small pockets only"])),
        'CH1 TX base->ALL txt="avalanche control in progress, hold at Top Shack"',
        'CH1 RX unit=%s txt="on duty, %s"' % (pr[0], R.choice(["Top Shack", "Bowl Shack", "Base Aid Room"])),
        'console heartbeat ok ch=1,2,5 rssi=-%ddBm repeater=KP-RPT-SUMMIT' % R.randint(60, 88)])])]


def g_lift_am():
    tick()
    lid, lname, code = R.choice(LIFTS)
    return [("liftctl_logfmt", ["ts=%s level=info src=liftctl lift=%s plc=LC-%02d fw=4.12.7 " % (iso_ms(T[0]), lid, LIFTS.index((lid, lname, code)) + 1) + R.choice([
        "event=preop_check result=pass brakes=ok evac_drive=ok op=%s" % R.choice(["jrivas", "mkoenig", "aluna"]),
        "event=start speed_mps=%.2f mode=inspection" % R.choice([1.0, 1.5]),
        "event=run speed_mps=%.2f wind_kph=%d dir=WNW carriers=0" % (R.choice([2.5, 4.0]), R.randint(5, 40))])])]


# before lifts open (08:30): avalanche control, patrol housekeeping, guests arriving, IT noise
MORNING = [(g_avy, 7), (g_patrol_am, 3), (g_dispatch_am, 3), (g_lift_am, 3), (lambda: g_lpr(True), 3), (g_nginx, 3), (lambda: g_app(True), 2),
           (g_radius, 2), (g_pg, 1), (g_java, 0.5)]


def main():
    recs = []
    x12_done = False
    # a few scheduled events so that every rare case occurs (the 91-year-old Legend pass holder,
    # a face-template enrolment, a pass photo upload, a patient with a fax number)
    old = PEOPLE[5]
    faxp = [x for x in PEOPLE if x.fax][0]
    sched = [(150, lambda: g_patrol(0.5, old)), (158, lambda: g_hems(0.9, old)), (175, lambda: g_note(0.1, old)),
             (210, lambda: g_gate(0.95)), (230, lambda: g_java(0.9)), (260, lambda: g_app(kf=0.9)), (300, lambda: g_fhir(0.3, faxp)),
             (340, lambda: g_lar())]
    while len(recs) < N_LINES:
        if sched and len(recs) >= sched[0][0]:
            r = sched.pop(0)[1]()
        elif not x12_done and len(recs) >= 430:
            r = x12_claims()
            x12_done = True
        else:
            gens = GENS if T[0].hour >= 9 or (T[0].hour == 8 and T[0].minute >= 30) else MORNING
            g = R.choices([g for g, _ in gens], weights=[w for _, w in gens])[0]
            r = g()
        if len(recs) + len(r) > N_LINES:
            r = R.choice([g_avy, g_gate, g_lift, g_nginx])()[:N_LINES - len(recs)]
        recs.extend(r)
    assert len(recs) == N_LINES

    log_out = bytearray()
    lab_out = []
    for i, (fam, parts) in enumerate(recs, 1):
        lb, spans = render(flat(parts))
        if not lb or b"\n" in lb or b"\r" in lb:
            sys.exit("line %d empty or has newline" % i)
        lb.decode("utf-8")
        prev = 0
        for sp in spans:
            if not (0 <= sp["s"] < sp["e"] <= len(lb)):
                sys.exit("bad span bounds line %d %r" % (i, sp))
            if sp["s"] < prev:
                sys.exit("overlapping spans line %d" % i)
            prev = sp["e"]
            if lb[sp["s"]:sp["e"]] != sp["_v"]:
                sys.exit("span text mismatch line %d" % i)
            if sp["c"] not in CATS and not sp["c"].startswith("_"):
                sys.exit("bad cat %s line %d" % (sp["c"], i))
        if fam in ("patroltrak_json", "fhir_r4", "sms_json", "app_json"):
            json.loads(lb.decode())
        log_out += lb + b"\n"
        lab_out.append(json.dumps({"line": i, "family": fam, "spans": [{"s": s["s"], "e": s["e"], "cat": s["c"]} for s in spans]}, ensure_ascii=False))
    with open(ID + ".log", "wb") as f:
        f.write(bytes(log_out))
    with open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account", "license",
        "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}

if __name__ == "__main__":
    main()
