#!/usr/bin/env python3
"""gen_qh.py - synthetic labeled log corpus "qh".

Organisation: Cinder Peak Mountain Resort (Colorado, fictitious) - its ski
patrol first-aid rooms and the affiliated Cinder Peak Mountain Clinic (CPMC).
All people, numbers and addresses are made up. Writes qh.log (500 lines) and
qh.labels.jsonl in the current directory. Standard library only, fixed seed.

Systems simulated (family names in the labels file)
  chat            Mattermost export of #patrol-dispatch (EN/ES/PT chatter)
  patrol_app      SlopeLog handheld app JSON (incident.create/update/close)
  liftscan        RFID gate / access-control syslog key=value (gate scans,
                  patrol handheld pass lookups)
  ticket_api      PeakTix ticketing API, Serilog compact JSON (pass lookup
                  responses incl. base64 pass photo)
  syslog          firewall, sshd, cron, ntp, radio AVL gateway (RFC3164/5424)
  nginx           guest/patient portal and EHR web access logs
  hl7v2           clinic EHR ADT^A04 / ORU^R01 / ACK, one segment per line
  pacs            X-ray modality / DICOM store vendor log (DRX-1 room)
  fhir            FHIR R4 Patient / Encounter resources from the EHR API
  airmed_xml      helicopter transfer requests / mission status (vendor XML)
  x12             837P professional claims, one segment per line
  billing_logfmt  claims-svc logfmt (claim queue, 999/277CA results)
  java_trace      HL7 interface engine errors with stack traces
  pgsql           PostgreSQL statement/duration log of the clinic DB
  sms             SMS gateway JSON (notifications to emergency contacts/staff)
  csv_injury      end-of-day patrol injury export (CSV with header)
  fixed_rental    rental-shop equipment check report, fixed width
  payment_pipe    clinic card terminal pipe-delimited log
  weather_kv      summit / base weather station telemetry key=value

Labeling decisions (grey cases)
  * Patients are injured guests AND injured resort employees (an employee
    who is the patient is PHI; employee number then = other_id). Staff at
    work (patrollers, dispatchers, clinicians, billing users) are not PHI,
    nor their badge numbers, radio IDs, NPIs, user names.
  * Patrol incident numbers (PI-24-xxxxx) are the patient's case number ->
    other_id wherever they appear, even in otherwise bland lines.
  * Season-pass numbers and RFID chip UIDs of the patient's lift media, when
    looked up for an incident -> other_id. Routine gate scans show only a
    masked media id (last 4) and are not PHI.
  * Imaging accession numbers -> other_id. DICOM Study/Series/SOP instance
    UIDs are system object identifiers -> not labeled.
  * Patient account numbers (PID-18, CLM01) and visit numbers (PV1-19) ->
    account. Full card PANs -> account (also a Luhn-invalid mistyped one);
    last-4-only masked PANs and card expiry -> not labeled.
  * Member IDs, MBI, travel-insurance policy numbers, and the workers'-comp
    claim number of an injured employee -> health_plan; group
    numbers (employer group) -> not labeled.
  * On-mountain locations (run names, lift towers, GPS fixes inside the
    resort boundary, helicopter LZs) are the resort's own sites -> not
    address. The guest's lodging room while staying ("Timberline Lodge rm
    412") is their local address -> address. Home city alone with street or
    in an address field -> address; state/province/country never.
  * Postal codes (US ZIP, Canadian, UK, Brazilian) -> zip.
  * Dates tied to the patient (DOB, injury/call time, admit, service, DOS,
    accident date, rental date on an incident equipment record, result
    time) -> date; the whole datetime value is one span. Timestamps of the
    log record itself and batch/creation times of files -> not labeled.
  * Ages only when > 89 -> age.
  * Rental contract numbers, rental asset tags, helicopter mission numbers,
    aircraft tail numbers, claim batch/ICN control numbers, Twilio SIDs ->
    business/order identifiers, not labeled.
  * Patient phone/emergency-contact phone -> phone; their e-mail -> email;
    the resort/clinic/vendor phones, faxes and e-mails -> not labeled.
  * Guardians of minors and emergency contacts -> name (relatives).
  * Avalanche-beacon and insulin-pump controller serials -> device.
    X-ray detector serials and rental asset tags are resort/clinic gear.
  * Patient's car plate and VIN (parking tow hold) -> vehicle.
  * Driver's licence numbers scanned at registration -> license.
  * Portal URLs carrying the MRN or patient id -> url (whole path+query);
    the patient's client IP in portal access logs -> ip. Server, LB and
    staff workstation IPs -> not labeled.
  * A placeholder SSN (000000000) is not an identifier -> not labeled; a
    mistyped SSN with an invalid area (9xx) is still the person's -> ssn.
  * Base64 pass photos -> photo (one span for the blob).
"""
import base64
import datetime as dt
import hashlib
import json
import random
import unicodedata
from urllib.parse import quote

R = random.Random(424242)
ID = "qh"


# ----------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []  # (s, e, cat, want, mode)

    def t(self, s):
        self.buf += str(s).encode("utf-8")
        return self

    def p(self, s, cat, want=None, mode="plain"):
        s = str(s)
        if not cat:
            return self.t(s)
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((st, len(self.buf), cat, s if want is None else want, mode))
        return self

    def jstr(self, v, cat=None, ea=True):
        enc = json.dumps(v, ensure_ascii=ea)[1:-1]
        self.t('"')
        if cat:
            self.p(enc, cat, want=v, mode="json")
        else:
            self.t(enc)
        self.t('"')
        return self


def jobj(L, pairs, ea=True, sep=",", kv=":"):
    """pairs: (key, value, cat). value str/number/bool/None or callable(L)."""
    L.t("{")
    for i, (k, v, cat) in enumerate(pairs):
        if i:
            L.t(sep)
        L.t(json.dumps(k) + kv)
        if callable(v):
            v(L)
        elif isinstance(v, str):
            L.jstr(v, cat, ea)
        else:
            L.p(json.dumps(v), cat)
    L.t("}")
    return L


# ----------------------------------------------------------------- checksums
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


def card(prefix, length=16, valid=True):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    d = luhn_digit(body)
    if not valid:
        d = str((int(d) + 3) % 10)
    return body + d


def npi():
    body = str(R.randint(1, 2)) + "".join(str(R.randint(0, 9)) for _ in range(8))
    return body + luhn_digit("80840" + body)


def ssn(valid=True):
    if valid:
        while True:
            a = R.randint(1, 899)
            if a != 666:
                break
    else:
        a = R.randint(900, 999)
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L_ = "ACDEFGHJKMNPQRTUVWXY"
    AN = L_ + "0123456789"
    c = [str(R.randint(1, 9)), R.choice(L_), R.choice(AN), str(R.randint(0, 9)),
         R.choice(L_), R.choice(AN), str(R.randint(0, 9)), R.choice(L_), R.choice(L_),
         str(R.randint(0, 9)), str(R.randint(0, 9))]
    return "".join(c)


def vin():
    tr = {**{str(i): i for i in range(10)},
          **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
          "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1FT", "5TD", "JF2", "1C4", "WVW", "4S4", "1GC"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" + "R"
             + R.choice("ABCDEFGH") + "".join(str(R.randint(0, 9)) for _ in range(6)))
    s = sum(tr[ch] * w[i] for i, ch in enumerate(v))
    v[8] = "X" if s % 11 == 10 else str(s % 11)
    return "".join(v)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ascii_up(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().upper()


def uid_dicom():
    return "1.2.826.0.1.3680043.8.498." + str(R.randint(10**19, 10**20 - 1))


# ----------------------------------------------------------------- people
F_FIRST = ["Yuki", "Ingrid", "Siobhan", "Priya", "Aleksandra", "Fatima", "Chloé", "Zoë",
           "Camille", "Summer", "Faith", "Rose", "Brooke", "Mei-Lin", "Astrid",
           "Guadalupe", "Noor", "Maren", "Dagny", "Ximena", "Hana", "Oluwaseun", "Ingeborg"]
M_FIRST = ["Mateo", "Kwame", "Dmitri", "Hamza", "Björn", "Lars", "Hunter", "Grant", "Drew",
           "Tomás", "Raphaël", "Jae-won", "Santiago", "Emeka", "Finn", "Cormac", "Arjun",
           "Wolfgang", "Kai", "Rich", "Bodhi", "Xavier"]
LASTS = ["Nakamura", "García-Montoya", "van der Berg", "O'Malley", "St. Pierre",
         "MacAllister-Ng", "De la Cruz", "Okonkwo", "Lindqvist", "Kowalczyk", "Haddad",
         "Abernathy", "Vu", "Chen-Whitfield", "Dupuis-Lavoie", "Snow", "Frost", "Hill", "Wolf",
         "Bishop", "Winter", "Fairweather", "Møller", "Ibáñez", "Adeyemi", "Szabo", "Baptiste",
         "Ramírez Ortega", "Kealoha", "Petrov", "Brightwater", "Fitzgerald-Kahn", "Marsh",
         "Stone", "Price", "Oyelaran"]
HOMES = [("Denver", "CO", "80206", "303", "US"), ("Boulder", "CO", "80304", "720", "US"),
         ("Littleton", "CO", "80120", "303", "US"), ("Fort Collins", "CO", "80524", "970", "US"),
         ("Austin", "TX", "78704", "512", "US"), ("Houston", "TX", "77019", "713", "US"),
         ("Chicago", "IL", "60614", "312", "US"), ("Minneapolis", "MN", "55408", "612", "US"),
         ("Kansas City", "MO", "64111", "816", "US"), ("Omaha", "NE", "68132", "402", "US"),
         ("Dallas", "TX", "75214", "214", "US"), ("Atlanta", "GA", "30306", "404", "US"),
         ("Brooklyn", "NY", "11215", "718", "US"), ("Phoenix", "AZ", "85016", "602", "US"),
         ("Colorado Springs", "CO", "80907", "719", "US"),
         ("Montréal", "QC", "H2V 1B8", "514", "CA"), ("Toronto", "ON", "M6G 2L7", "416", "CA"),
         ("Bristol", "", "BS6 5QH", "44", "GB"), ("São Paulo", "SP", "01415-000", "55", "BR")]
STREETS = ["Oak St", "Columbine Ln", "Larimer St", "Pearl St", "Meadow Ridge Dr", "Elm Ave",
           "Pinecrest Ct", "Gunnison Way", "Hickory Hollow Rd", "Birch Blvd", "Quail Run",
           "Summit View Dr", "Juniper Pl", "Harvest Moon Ln", "Cedar Crest Cir", "Walnut St",
           "Lakeshore Ave", "Hawthorne Rd"]
UK_STREETS = ["Cotham Brow", "Redland Rd", "Chandos Rd"]
BR_STREETS = ["Rua Oscar Freire", "Rua Haddock Lobo", "Alameda Lorena"]
CA_STREETS = ["av. Laurier Ouest", "rue Saint-Viateur", "Palmerston Ave", "Clinton St"]
LODGES = ["Timberline Lodge", "Ptarmigan Inn", "Base Village Condos", "Silver Fir Hotel"]
RELS = [("SPO", "spouse"), ("MTH", "mother"), ("FTH", "father"), ("SIB", "sibling"),
        ("FND", "friend"), ("DOM", "partner")]
PAYERS = [("ANTHEM BCBS CO", "00050", lambda: "XKH" + "%09d" % R.randint(0, 10**9 - 1)),
          ("UNITEDHEALTHCARE", "87726", lambda: "%09d" % R.randint(10**8, 10**9 - 1)),
          ("CIGNA", "62308", lambda: "U%08d01" % R.randint(0, 10**8 - 1)),
          ("AETNA", "60054", lambda: "W%09d" % R.randint(0, 10**9 - 1)),
          ("KAISER FOUNDATION HP CO", "91617", lambda: "%08d" % R.randint(10**7, 10**8 - 1)),
          ("BCBS TEXAS", "84980", lambda: "ZGP%09d" % R.randint(0, 10**9 - 1))]
REF = dt.date(2024, 2, 10)
USED_NAMES = set()


def phone_num(area):
    if area == "44":
        return "+44 117 %03d %04d" % (R.randint(900, 999), R.randint(0, 9999))
    if area == "55":
        return "+55 11 9%04d-%04d" % (R.randint(1000, 9999), R.randint(0, 9999))
    ex = R.randint(201, 989)
    while ex in (555, 911, 811, 611):
        ex = R.randint(201, 989)
    return "(%s) %03d-%04d" % (area, ex, R.randint(0, 9999))


def e164(ph):
    d = "".join(c for c in ph if c.isdigit())
    return "+" + d if ph.startswith("+") else "+1" + d


class P:
    pass


MRN_SEQ = [7004100]
ACCT_SEQ = [31800]
INC_SEQ = [380]
ACC_SEQ = [870]


def person(age=None, sex=None, employee=False, payer=True, first=None, us=False):
    p = P()
    p.sex = sex or R.choice("MF")
    while True:
        p.first = first or R.choice(M_FIRST if p.sex == "M" else F_FIRST)
        p.last = R.choice(LASTS)
        if (p.first, p.last) not in USED_NAMES and (first or p.first != "Ingeborg"):
            break
    USED_NAMES.add((p.first, p.last))
    if age is None:
        age = R.choice([R.randint(8, 17), R.randint(18, 34), R.randint(18, 34),
                        R.randint(35, 55), R.randint(35, 55), R.randint(56, 76)])
    bd = REF.replace(year=REF.year - age) - dt.timedelta(days=R.randint(1, 360))
    p.dob = bd
    p.age = (REF - bd).days // 365
    p.age = REF.year - bd.year - ((REF.month, REF.day) < (bd.month, bd.day))
    home = R.choice(HOMES[:15] if (us or R.random() < 0.8) else HOMES)
    p.city, p.state, p.zip, area, p.country = home
    if p.country == "GB":
        p.street = "%d %s" % (R.randint(2, 90), R.choice(UK_STREETS))
    elif p.country == "BR":
        p.street = "%s, %d, apto %d" % (R.choice(BR_STREETS), R.randint(100, 1900), R.randint(11, 142))
    elif p.country == "CA":
        p.street = "%d %s" % (R.randint(100, 6900), R.choice(CA_STREETS[:2] if p.state == "QC" else CA_STREETS[2:]))
    else:
        p.street = "%d %s" % (R.randint(100, 9899), R.choice(STREETS))
        if R.random() < 0.3:
            p.street += R.choice([" Apt %d%s" % (R.randint(1, 30), R.choice("ABCD")), " Unit %d" % R.randint(2, 40)])
    p.phone = phone_num(area)
    dom = R.choice(["gmail.com", "icloud.com", "yahoo.com", "outlook.com", "proton.me", "comcast.net"])
    base = ascii_up(p.first).lower().replace("-", "") + R.choice([".", "_", ""]) + \
        ascii_up(p.last).lower().replace(" ", "").replace("'", "").replace(".", "")
    p.email = base + (str(R.randint(1, 99)) if R.random() < 0.4 else "") + "@" + dom
    MRN_SEQ[0] += R.randint(7, 140)
    p.mrn = str(MRN_SEQ[0])
    ACCT_SEQ[0] += R.randint(3, 60)
    p.acct = "A24%06d" % ACCT_SEQ[0]
    p.visit = "V%08d" % R.randint(24000000, 24999999)
    INC_SEQ[0] += R.randint(1, 4)
    p.inc = "PI-24-%05d" % INC_SEQ[0]
    p.season = R.random() < 0.45
    p.pass_no = ("CPS24-%07d" % R.randint(0, 9999999)) if p.season else ("DT%010d" % R.randint(0, 10**10 - 1))
    p.chip = "E004015%09X" % R.randint(0, 16**9 - 1)
    if p.season:
        p.product = "Season Pass " + ("Child" if age < 13 else "Young Adult" if age < 26 else "Senior" if age >= 65 else "Adult")
    else:
        p.product = ("Child" if age < 13 else "Senior" if age >= 65 else "Adult") + " " + R.choice(["1-Day", "3-Day", "4-Day Flex"])
    p.lodging = None
    if R.random() < 0.4 and p.country == "US" and p.state != "CO" or p.country != "US":
        p.lodging = "%s rm %d" % (R.choice(LODGES), R.randint(101, 431))
    p.ec_rel = R.choice(RELS)
    ec_first = R.choice(M_FIRST + F_FIRST)
    ec_last = p.last if p.ec_rel[0] in ("SPO", "MTH", "FTH", "SIB") and R.random() < 0.7 else R.choice(LASTS)
    p.ec_name = "%s %s" % (ec_first, ec_last)
    p.ec_phone = phone_num(area)
    p.guardian = None
    if p.age < 18:
        p.guardian = "%s %s" % (R.choice(M_FIRST + F_FIRST), p.last)
        p.ec_name = p.guardian
        p.ec_rel = R.choice([("MTH", "mother"), ("FTH", "father")])
    p.employee = employee
    p.emp_id = "E%05d" % R.randint(10000, 19999) if employee else None
    p.payer = None
    if payer:
        if p.age >= 65 and p.country == "US":
            p.payer = ("MEDICARE PART B", "04412", mbi())
        elif p.country != "US":
            p.payer = (R.choice(["ALLIANZ TRAVEL", "MANULIFE TRAVEL", "GEOBLUE"]), "TRVL1",
                       "TP%08d" % R.randint(0, 10**8 - 1))
        else:
            nm, pid, f = R.choice(PAYERS)
            p.payer = (nm, pid, f())
        p.group = "%06d" % R.randint(100000, 999999)
    p.ssn = ssn() if (p.country == "US" and R.random() < 0.35) else None
    p.dl = None
    if p.country == "US" and p.age >= 16 and R.random() < 0.4:
        p.dl = "%02d-%03d-%04d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 9999)) \
            if p.state == "CO" else "%s%08d" % (p.state[0], R.randint(0, 10**8 - 1))
    p.card = card(R.choice(["4", "51", "37", "6011"]), 15 if False else 16)
    p.photo = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00"
                               + bytes(R.randint(0, 255) for _ in range(R.randint(90, 150)))).decode()
    return p


# ----------------------------------------------------------------- staff / org
PATROL = [("Dex Halvorsen", "P-117", "dex.h"), ("Marisol Quintana", "P-122", "mquintana"),
          ("Tucker Bramwell", "P-131", "tbramwell"), ("Aiyana Redcloud", "P-109", "aredcloud"),
          ("Ollie Strand", "P-140", "ostrand"), ("Beatriz Souza", "P-151", "bsouza"),
          ("Hank Lomeli", "P-103", "hlomeli")]
DISPATCH = ["kendra.lowe", "r.castellanos"]
DOCS = [("BRENNECKE", "HAL", "MD", npi()), ("RAO", "ANJALI", "DO", npi()), ("FERREIRA", "GUS", "PA-C", npi())]
RT = ["Minh Tran RT(R)", "Shay Okafor RT(R)"]
RUNS = ["Lower Ptarmigan", "Sheila's Chute", "Bear Paw Glades", "Kit Carson Bowl", "Rosie's Traverse",
        "Widowmaker", "Upper Columbine", "Jenny Lind", "Tenderfoot", "Big Emma", "Lodgepole Cat Track",
        "Terrain Park - Jib Garden"]
LIFTS = ["L4 Ptarmigan Express", "Summit Six", "G1 Gondola", "L2 Tenderfoot", "L7 Kit Carson"]
GATES = ["L4-IN-01", "L4-IN-02", "S6-IN-01", "S6-IN-03", "G1-IN-02", "L2-IN-01", "L7-IN-01"]
MECH = ["fall", "collision-skier", "collision-tree", "lift load/unload", "catching edge", "jump/terrain park", "medical"]
INJ = [("knee", "S83.511A", "sprain ACL L knee", "73562", "XR KNEE 3V LT", "LT"),
       ("wrist", "S52.501A", "fx distal radius R", "73110", "XR WRIST 3V RT", "RT"),
       ("shoulder", "S43.004A", "dislocation shoulder", "73030", "XR SHOULDER 2V", "RT"),
       ("tibia", "S82.201A", "fx tibial shaft", "73590", "XR TIB/FIB 2V LT", "LT"),
       ("thumb", "S63.641A", "skier's thumb UCL sprain", "73140", "XR THUMB 2V RT", "RT"),
       ("clavicle", "S42.001A", "fx clavicle", "73000", "XR CLAVICLE", "LT"),
       ("ankle", "S93.401A", "ankle sprain", "73610", "XR ANKLE 3V RT", "RT"),
       ("head", "S06.0X0A", "concussion w/o LOC", "", "", "")]
ORG_PHONE = "(970) 555-0142"
ORG_FAX = "(970) 555-0143"
PATROL_PHONE = "+19705550199"


def fmt_iso_local(ts, ms=True):
    return ts.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (ts.microsecond // 1000) if ms else "") + "-07:00"


def utc(ts):
    return ts + dt.timedelta(hours=7)


def fmt_z(ts):
    u = utc(ts)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % (u.microsecond // 1000)


def fmt_3164(ts):
    return ts.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if ts.day < 10 else ts.strftime("%b %d %H:%M:%S")


def fmt_hl7(ts):
    return ts.strftime("%Y%m%d%H%M%S")


def fmt_nginx(ts):
    return ts.strftime("[%d/%b/%Y:%H:%M:%S -0700]")


def fmt_pg(ts):
    return ts.strftime("%Y-%m-%d %H:%M:%S") + ".%03d MST" % (ts.microsecond // 1000)


def dob_fmt(d, style):
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"), "hl7": d.strftime("%Y%m%d"),
            "eu": d.strftime("%d.%m.%Y"), "txt": d.strftime("%d %b %Y")}[style]


EVENTS = []
SEQ = [0]


def ev(ts, lines):
    SEQ[0] += 1
    EVENTS.append((ts, SEQ[0], lines if isinstance(lines, list) else [lines]))


def jitter(ts, a, b):
    return ts + dt.timedelta(seconds=R.randint(a, b), microseconds=R.randint(0, 999) * 1000)


# ----------------------------------------------------------------- record writers
def w_chat(ts, user, chan, parts):
    L = Line("chat")
    L.t(ts.strftime("%Y-%m-%d %H:%M:%S") + " [#%s] %s: " % (chan, user))
    for x in parts:
        if isinstance(x, tuple):
            L.p(x[0], x[1])
        else:
            L.t(x)
    return L


def w_patrol(ts, dev, evt, body, ea=True):
    L = Line("patrol_app")
    pairs = [("ts", fmt_z(ts), None), ("lvl", "info", None), ("app", "slopelog-hh", None),
             ("ver", "4.12.3+b8812", None), ("dev", dev, None), ("evt", evt, None)] + body
    return jobj(L, pairs, ea=ea)


def w_syslog(ts, host, prog, pid, msg_parts, fam="syslog"):
    L = Line(fam)
    L.t("%s %s %s[%d]: " % (fmt_3164(ts), host, prog, pid))
    for x in msg_parts:
        if isinstance(x, tuple):
            L.p(x[0], x[1])
        else:
            L.t(x)
    return L


HL7_CTL = [900000]


def hl7_msh(ts, typ, recv="CPMC_EHR"):
    HL7_CTL[0] += R.randint(1, 9)
    L = Line("hl7v2")
    L.t("MSH|^~\\&|%s|CPMC|%s|CPMC|%s-0700||%s|MSG%08d|P|2.5.1|||AL|NE||UNICODE UTF-8"
        % (R.choice(["PATROLBRIDGE", "REGDESK", "RIS"]) if typ.startswith("ADT") else "RIS", recv,
           fmt_hl7(ts), typ, HL7_CTL[0]))
    return L


def hl7_pid(p, full=True):
    L = Line("hl7v2")
    L.t("PID|1||").p(p.mrn, "mrn").t("^^^CPMC^MR||")
    L.p(ascii_up(p.last) + "^" + ascii_up(p.first), "name").t("^^^^^L||")
    L.p(dob_fmt(p.dob, "hl7"), "date").t("|" + p.sex + "|||")
    if full:
        L.p(p.street, "address").t("^^").p(p.city, "address").t("^" + p.state + "^").p(p.zip, "zip")
        L.t("^" + {"US": "USA", "CA": "CAN", "GB": "GBR", "BR": "BRA"}[p.country] + "^H||")
        L.p(p.phone, "phone").t("^PRN^PH")
        if R.random() < 0.5:
            L.t("~^NET^Internet^").p(p.email, "email")
        L.t("|||||")
        L.p(p.acct, "account").t("|")
        if p.ssn == "000-00-0000":
            L.t("000000000")
        elif p.ssn:
            L.p(p.ssn.replace("-", ""), "ssn")
        L.t("|")
        if p.dl:
            L.p(p.dl, "license").t("^" + p.state)
    else:
        L.t("||||||||").p(p.acct, "account")
    return L


def clinic_adt(ts, p, doc, inj):
    lines = [hl7_msh(ts, "ADT^A04^ADT_A01")]
    lines.append(Line("hl7v2").t("EVN|A04|%s-0700|||%s" % (fmt_hl7(ts), R.choice(["cpruitt", "regdesk2", "jmartel"]))))
    lines.append(hl7_pid(p))
    L = Line("hl7v2").t("NK1|1|")
    last, first = p.ec_name.split(" ", 1)[1], p.ec_name.split(" ", 1)[0]
    L.p(ascii_up(last) + "^" + ascii_up(first), "name").t("|%s^%s^HL70063||" % (p.ec_rel[0], p.ec_rel[1].upper()))
    L.p(p.ec_phone, "phone").t("||EC^Emergency Contact^HL70131")
    lines.append(L)
    L = Line("hl7v2").t("PV1|1|E|CPMC^TRM%d^1^CPMC||||%s^%s^%s^^^%s^^^NPI|||URG||||7|||%s^%s^%s^^^%s^^^NPI|ER|"
                        % (R.randint(1, 4), doc[3], doc[0], doc[1], doc[2], doc[3], doc[0], doc[1], doc[2]))
    L.p(p.visit, "account").t("|" + ("WC" if p.employee else "CO") + "|||||||||||||||||||CPMC||||||")
    L.p(fmt_hl7(ts)[:12], "date")
    lines.append(L)
    if p.lodging:
        # local (lodging) address: home-grown Z segment written by REGDESK
        L = Line("hl7v2").t("ZPI|1|TEMP_ADDR|").p(p.lodging, "address").t("^^Cinder Gulch^CO^81658|DEPART|")
        L.p((ts.date() + dt.timedelta(days=R.randint(1, 5))).strftime("%Y%m%d"), "date")
        lines.append(L)
    if p.payer:
        L = Line("hl7v2").t("IN1|1|%s|%s|%s|||" % ("WC01" if p.employee else "PLN1", p.payer[1], p.payer[0]))
        L.p(p.group if p.payer[0] != "MEDICARE PART B" else "", None).t("||||||||")
        L.p(ascii_up(p.last) + "^" + ascii_up(p.first), "name").t("|01|").p(dob_fmt(p.dob, "hl7"), "date")
        L.t("||||||||||||||||||||").p(p.payer[2], "health_plan")
        lines.append(L)
    return lines


def clinic_oru(ts, p, doc, inj, acc):
    lines = [hl7_msh(ts, "ORU^R01^ORU_R01")]
    lines.append(hl7_pid(p, full=False))
    L = Line("hl7v2").t("OBR|1|ORD%07d|" % R.randint(0, 9999999)).p(acc, "other_id")
    L.t("|%s^%s^CPT4|||" % (inj[3], inj[4])).p(fmt_hl7(ts)[:12], "date")
    L.t("|||||||||%s^%s^%s^^^%s|||||||||F" % (doc[3], doc[0], doc[1], doc[2]))
    lines.append(L)
    imp = {"knee": "No acute fracture. Small joint effusion. Recommend MRI if instability persists.",
           "wrist": "Dorsally angulated fracture of the distal radial metaphysis. No intra-articular extension.",
           "shoulder": "Anterior glenohumeral dislocation. No Hill-Sachs deformity identified.",
           "tibia": "Oblique fracture of the mid tibial shaft, 4 mm displacement. Fibula intact.",
           "thumb": "Small avulsion fragment at the base of the proximal phalanx, ulnar aspect.",
           "clavicle": "Mildly displaced fracture of the middle third of the left clavicle.",
           "ankle": "Soft tissue swelling lateral malleolus. No fracture. Mortise intact."}[inj[0]]
    L = Line("hl7v2").t("OBX|1|FT|%s^IMPRESSION^CPT4||%s||||||F|||" % (inj[3], imp)).t(fmt_hl7(ts + dt.timedelta(minutes=9))[:12])
    lines.append(L)
    return lines


def hl7_ack(ts):
    HL7_CTL[0] += 3
    a = Line("hl7v2").t("MSH|^~\\&|CPMC_EHR|CPMC|REGDESK|CPMC|%s-0700||ACK^A04^ACK|ACK%08d|P|2.5.1" % (fmt_hl7(ts), HL7_CTL[0]))
    b = Line("hl7v2").t("MSA|AA|MSG%08d|Message accepted" % (HL7_CTL[0] - R.randint(1, 3)))
    return [a, b]


def w_pacs(ts, level, thread, parts):
    L = Line("pacs")
    L.t(ts.strftime("%Y-%m-%d %H:%M:%S") + ",%03d %-5s [%s] " % (ts.microsecond // 1000, level, thread))
    for x in parts:
        if isinstance(x, tuple):
            L.p(x[0], x[1])
        else:
            L.t(x)
    return L


def w_pg(ts, pid, who, parts):
    L = Line("pgsql")
    L.t("%s [%d] %s " % (fmt_pg(ts), pid, who))
    for x in parts:
        if isinstance(x, tuple):
            L.p(x[0], x[1])
        else:
            L.t(x)
    return L


def w_logfmt(ts, pairs):
    L = Line("billing_logfmt")
    L.t("ts=" + fmt_z(ts))
    for k, v, cat in pairs:
        L.t(" %s=" % k)
        v = str(v)
        if " " in v or '"' in v:
            L.t('"').p(v.replace('"', '\\"'), cat).t('"')
        else:
            L.p(v, cat)
    return L


# ----------------------------------------------------------------- incidents
NOTES_PT = ["pt consciente e orientado, dor no joelho, imobilizado com tala a vácuo",
            "queda na pista, queixa de dor no punho direito, tala SAM aplicada",
            "paciente recusa transporte, assinou termo de recusa"]
NOTES_ES = ["pte consciente, dolor en hombro der., se inmoviliza con cabestrillo",
            "caída en el parque, golpe en la cabeza con casco, GCS 15",
            "dolor tobillo, no puede cargar peso, férula aplicada"]
NOTES_EN = ["A&Ox4, CMS intact distal, splinted in position found",
            "c/o pain 7/10, denies LOC, helmet intact",
            "vac splint applied, loaded in toboggan, transported to base",
            "pt ambulatory, refused further care, signed AMA/refusal"]

CSV_ROWS = {d: [] for d in (dt.date(2024, 2, 9), dt.date(2024, 2, 10), dt.date(2024, 2, 11))}
CLAIMS = {d: [] for d in CSV_ROWS}
ACC_ALL = []


def incident(t0, p, sev, inj, patroller, special=None):
    name_full = "%s %s" % (p.first, p.last)
    run = R.choice(RUNS)
    tower = R.randint(2, 22)
    dev = "HH%02d" % R.randint(1, 14)
    ea = R.random() < 0.5
    # 1. dispatch chat
    desc = "%s%s %s" % (p.age // 10 * 10 if p.age < 90 else 90, "s" if p.age >= 20 else "", p.sex)
    if p.age < 18:
        desc = "child approx %d" % p.age
    if p.age > 89:
        desc = "elderly"
    ev(t0, w_chat(t0, R.choice(DISPATCH), "patrol-dispatch",
                  ["%s responding %s T%d, %s, %s, poss %s" % (patroller[1].replace("P-", "P"), run, tower,
                                                                R.choice(["skier down", "boarder down", "guest down"]),
                                                                desc, inj[0])]))
    # 2. incident create
    t1 = jitter(t0, 240, 600)
    call_t = t0 - dt.timedelta(seconds=R.randint(30, 110))
    mech = "medical" if special == "diabetic" else R.choice(MECH[:5] if p.age > 60 else MECH[:6])
    pt = [("fn", p.first, "name"), ("ln", p.last, "name")]
    if R.random() < 0.5:
        pt = [("pt_name", "%s, %s" % (p.last, p.first), "name")]
    pt.append(("dob", dob_fmt(p.dob, R.choice(["iso", "us"])), "date"))
    pt.append(("age", p.age, "age" if p.age > 89 else None))
    pt.append(("sex", p.sex, None))
    if p.guardian:
        pt.append(("guardian", p.guardian, "name"))
    if p.employee:
        pt.append(("emp_id", p.emp_id, "other_id"))
        pt.append(("dept", "Lift Ops", None))
    if p.lodging and R.random() < 0.6:
        pt.append(("local_addr", p.lodging, "address"))
    if R.random() < 0.5:
        pt.append(("phone", p.phone, "phone"))
    body = [("inc", p.inc, "other_id"), ("t_call", fmt_iso_local(call_t, ms=False), "date"),
            ("loc", lambda L: jobj(L, [("run", run, None), ("tower", tower, None),
                                      ("lat", round(39.47 + R.random() * 0.03, 5), None),
                                      ("lon", round(-106.13 + R.random() * 0.04, 5), None)]), None),
            ("pt", lambda L: jobj(L, pt, ea=ea), None),
            ("mech", mech, None),
            ("helmet", R.random() < 0.85, None), ("unit", patroller[1], None)]
    if special == "beacon":
        sn = "%02d%02d-%05d-%d" % (R.randint(1, 12), R.randint(18, 23), R.randint(0, 99999), R.randint(0, 9))
        body.append(("gear", lambda L: jobj(L, [("beacon", "Barryvox S", None), ("beacon_sn", sn, "device")]), None))
    ev(t1, w_patrol(t1, dev, "incident.create", body, ea=ea))
    # 3. pass lookup on handheld
    t2 = jitter(t1, 20, 90)
    L = Line("liftscan")
    L.t("%s acs-gw02 skiaccess[2211]: op=LOOKUP src=%s user=%s media=" % (fmt_3164(t2), dev, patroller[2]))
    L.p(p.chip, "other_id").t(" pass=").p(p.pass_no, "other_id").t(' product="%s" holder="' % p.product)
    L.p("%s, %s" % (ascii_up(p.last), ascii_up(p.first)), "name").t('" res=FOUND last_gate=%s rt=%dms' % (R.choice(GATES), R.randint(14, 90)))
    ev(t2, L)
    if R.random() < 0.55:
        t3 = jitter(t2, 0, 2)
        L = Line("ticket_api")
        pairs = [("@t", fmt_z(t3), None), ("@mt", "PassLookup {MediaId} resolved to {PassNo} for {Holder}", None),
                 ("MediaId", p.chip, "other_id"), ("PassNo", p.pass_no, "other_id"), ("Holder", name_full, "name"),
                 ("BirthDate", dob_fmt(p.dob, "iso"), "date")]
        if R.random() < 0.5:
            pairs.append(("Email", p.email, "email"))
        pairs += [("PhotoJpegB64", p.photo, "photo"), ("SourceContext", "PeakTix.Api.Controllers.PassController", None),
                  ("RequestId", "0HN1%s:%08X" % (hexs(8).upper(), R.randint(1, 99)), None),
                  ("TraceId", hexs(32), None), ("SpanId", hexs(16), None)]
        ev(t3, jobj(Line("ticket_api"), pairs, ea=R.random() < 0.5))
    # 4. chat with name / misc
    if R.random() < 0.5:
        t4 = jitter(t1, 60, 300)
        if patroller[0].startswith("Marisol"):
            parts = ["pte ", (name_full, "name"), " ", (p.inc, "other_id"), " bajando en toboggan a la base, llegada ~5 min"]
        elif patroller[0].startswith("Beatriz"):
            parts = ["descendo com paciente ", (name_full, "name"), ", ocorrência ", (p.inc, "other_id")]
        else:
            parts = ["pt is ", (name_full, "name"), " per pass scan, ", (p.inc, "other_id"), ", ",
                     R.choice(["heading to clinic", "sled to base", "need 2nd patroller"])]
        ev(t4, w_chat(t4, patroller[2], "patrol-dispatch", parts))
    # 5. vitals update
    t5 = jitter(t1, 120, 420)
    note = R.choice(NOTES_PT if patroller[0].startswith("Beatriz") else NOTES_ES if patroller[0].startswith("Marisol") else NOTES_EN)
    body = [("inc", p.inc, "other_id"), ("vitals", lambda L: jobj(L, [("hr", R.randint(62, 118), None),
                                                                     ("bp", "%d/%d" % (R.randint(100, 150), R.randint(60, 95)), None),
                                                                     ("rr", R.randint(12, 24), None), ("spo2", R.randint(91, 99), None),
                                                                     ("gcs", 15 if inj[0] != "head" else R.choice([14, 15]), None),
                                                                     ("pain", R.randint(2, 9), None)]), None),
            ("note", note, None), ("by", patroller[1], None)]
    ev(t5, w_patrol(t5, dev, "incident.update", body, ea=ea))
    if special == "diabetic":
        t5b = jitter(t5, 30, 90)
        pump = "PDM-%s-%07d" % (R.choice(["X3", "G2"]), R.randint(0, 9999999))
        body = [("inc", p.inc, "other_id"), ("note", "hypoglycemia, BGL 48 mg/dL, oral glucose given; pt wears insulin pump, controller SN ", None)]
        L = Line("patrol_app")
        jobj(L, [("ts", fmt_z(t5b), None), ("lvl", "info", None), ("app", "slopelog-hh", None), ("ver", "4.12.3+b8812", None),
                 ("dev", dev, None), ("evt", "incident.note", None), ("inc", p.inc, "other_id"),
                 ("pump_sn", pump, "device"), ("bgl", 48, None), ("by", patroller[1], None)])
        ev(t5b, L)
    if special == "car":
        t6 = jitter(t5, 300, 900)
        plate = "%s%d%s" % (R.choice(["BZK", "CVN", "AHT", "RLT"]), R.randint(100, 999), "")
        plate = "%s-%s" % (plate[:3], plate[3:])
        v = vin()
        ev(t6, w_chat(t6, R.choice(DISPATCH), "parking-ops",
                      ["pls hold tow on lot C row 14, pt ", (p.inc, "other_id"), " went out by heli. CO plate ", (plate, "vehicle"),
                       " silver Subaru, VIN ", (v, "vehicle"), " - family picking up tmrw"]))
    dispo = {"minor": "released", "clinic": "to CPMC", "air": "air transfer"}[sev]
    # csv row end of day
    CSV_ROWS[t0.date()].append((p, call_t, run, inj, dispo, patroller, mech))
    if sev == "minor":
        t7 = jitter(t5, 300, 900)
        ev(t7, w_patrol(t7, dev, "incident.close", [("inc", p.inc, "other_id"), ("dispo", "released/refused", None),
                                                      ("refusal_sig", "sig_%s.png" % hexs(12), None), ("by", patroller[1], None)], ea=ea))
        return
    if sev == "air":
        t8 = jitter(t5, 60, 240)
        mission = "SAM-%s-%02d" % (t0.strftime("%y%m%d"), R.randint(1, 6))
        L = Line("airmed_xml")
        L.t('<?xml version="1.0"?><TransferRequest xmlns="urn:summitairmed:tr:2" created="%s" mission="%s"><Requestor org="Cinder Peak Ski Patrol" phone="%s" unit="%s"/>'
            % (fmt_iso_local(t8), mission, ORG_PHONE, patroller[1]))
        L.t("<Patient><Name>").p(name_full, "name").t("</Name><DOB>").p(dob_fmt(p.dob, "iso"), "date")
        L.t("</DOB><Sex>%s</Sex><WeightKg>%d</WeightKg><IncidentRef>" % (p.sex, R.randint(22, 104) if p.age < 14 else R.randint(55, 104)))
        L.p(p.inc, "other_id").t("</IncidentRef>")
        if p.payer:
            L.t("<Coverage payer=\"%s\">" % p.payer[0]).p(p.payer[2], "health_plan").t("</Coverage>")
        L.t('</Patient><Clinical gcs="%d" complaint="%s" mechanism="high-speed fall"/><Pickup lz="LZ-KC" desc="Kit Carson Bowl top, groomed pad" lat="39.4921" lon="-106.1044"/><Destination>Valley Regional Trauma Center</Destination></TransferRequest>'
              % (R.choice([13, 14, 15]), inj[2]))
        ev(t8, L)
        for st, dm in (("ACCEPTED", 1), ("WHEELS_UP", 4), ("ON_SCENE", 19), ("DEPART_SCENE", 34)):
            ts = jitter(t8, dm * 60, dm * 60 + 50)
            ev(ts, Line("airmed_xml").t('<MissionStatus mission="%s" tail="N417SA" base="KEGE" state="%s" eta_min="%d" crew="RN/FP" ts="%s"/>'
                                       % (mission, st, max(0, 18 - dm), fmt_z(ts))))
        t9 = jitter(t8, 600, 1200)
        L = Line("sms")
        body_l = "Cinder Peak Ski Patrol: {n} was injured today and is being flown to Valley Regional Trauma Center. Please call us at 970-555-0142."
        pre, post = body_l.split("{n}")
        pairs = [("ts", fmt_z(t9), None), ("dir", "outbound", None), ("from", PATROL_PHONE, None), ("to", e164(p.ec_phone), "phone"),
                 ("body", lambda L: (L.t('"' + pre), L.p(json.dumps(name_full)[1:-1], "name", want=name_full, mode="json"),
                                     L.t(post + '"')), None),
                 ("status", "queued", None), ("sid", "SM" + hexs(32), None)]
        ev(t9, jobj(L, pairs))
        return
    # clinic path
    doc = R.choice(DOCS)
    ta = jitter(t5, 900, 1800)
    ev(ta, clinic_adt(ta, p, doc, inj))
    ev(jitter(ta, 0, 1), hl7_ack(jitter(ta, 0, 1)))
    if R.random() < 0.35:
        tq = jitter(ta, 5, 60)
        qparts = ["LOG:  duration: %.3f ms  statement: SELECT id, mrn, acct_no FROM pt.patient WHERE upper(last_name) = '" % (R.random() * 20 + 1),
                  (ascii_up(p.last), "name"), "' AND dob = '", (dob_fmt(p.dob, "iso"), "date"), "'"]
        ev(tq, w_pg(tq, R.randint(20000, 30000), "ehr_app@cpmc", qparts))
    if inj[3]:
        acc = "XR24%06d" % R.randint(100000, 999999)
        tw = jitter(ta, 300, 900)
        ev(tw, w_pacs(tw, "INFO", "MWL-SCP-2", ["C-FIND-RQ from DRX1@10.20.4.31 matched 1 item: PatientID=", (p.mrn, "mrn"),
                                                 " PatientName=", (ascii_up(p.last) + "^" + ascii_up(p.first), "name"),
                                                 " Accession=", (acc, "other_id"), ' ReqProc="%s" Modality=DX' % inj[4]]))
        ts_ = jitter(tw, 240, 600)
        n = R.randint(2, 4)
        ev(ts_, w_pacs(ts_, "INFO", "DcmRcv-%d" % R.randint(1, 8), ["C-STORE-RQ from DRX1@10.20.4.31:104 StudyInstanceUID=%s images=%d PatientID=" % (uid_dicom(), n),
                                                                     (p.mrn, "mrn"), " Accession=", (acc, "other_id"),
                                                                     " size=%dKB xfer=1.2.840.10008.1.2.4.70 status=0000" % (n * R.randint(900, 1500))]))
        if R.random() < 0.3:
            ev(jitter(ts_, 1, 3), w_pacs(jitter(ts_, 1, 3), "WARN", "DcmRcv-3", ["tag (0010,1010) PatientAge=\"%03dY\" inconsistent with (0010,0030) PatientBirthDate=" % p.age,
                                                                                  (dob_fmt(p.dob, "hl7"), "date"), " for ", (p.mrn, "mrn"), ", kept original"]))
        to = jitter(ts_, 600, 1500)
        ev(to, clinic_oru(to, p, doc, inj, acc))
    if R.random() < 0.4:
        tf = jitter(ta, 60, 600)
        L = Line("fhir")
        nm = lambda L: jobj(L, [("use", "official", None), ("family", p.last, "name"), ("given", lambda L: (L.t("["), L.jstr(p.first, "name"), L.t("]")), None)])
        addr = lambda L: jobj(L, [("use", "home", None), ("line", lambda L: (L.t("["), L.jstr(p.street, "address", ea=False), L.t("]")), None),
                                  ("city", p.city, "address"), ("state", p.state, None), ("postalCode", p.zip, "zip"), ("country", p.country, None)], ea=False)
        tel = lambda L: (L.t("["), jobj(L, [("system", "phone", None), ("value", p.phone, "phone"), ("use", "mobile", None)]), L.t("]"))
        pairs = [("resourceType", "Patient", None), ("id", "cpmc-%s" % hexs(12), None),
                 ("meta", lambda L: jobj(L, [("versionId", str(R.randint(1, 4)), None), ("lastUpdated", fmt_z(tf), None)]), None),
                 ("identifier", lambda L: (L.t("["), jobj(L, [("system", "urn:oid:2.16.840.1.113883.3.9921.1", None), ("value", p.mrn, "mrn")]), L.t("]")), None),
                 ("name", lambda L: (L.t("["), nm(L), L.t("]")), None), ("telecom", tel, None), ("gender", {"M": "male", "F": "female"}[p.sex], None),
                 ("birthDate", dob_fmt(p.dob, "iso"), "date"), ("address", lambda L: (L.t("["), addr(L), L.t("]")), None)]
        ev(tf, jobj(L, pairs, ea=False))
    if R.random() < 0.3:
        tf = jitter(ta, 1800, 3600)
        L = Line("fhir")
        pairs = [("resourceType", "Encounter", None), ("id", hexs(8) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(4) + "-" + hexs(12), None),
                 ("status", "finished", None), ("class", lambda L: jobj(L, [("code", "EMER", None)]), None),
                 ("subject", lambda L: (L.t('{"reference":"Patient/'), L.p(p.mrn, "mrn"), L.t('"}')), None),
                 ("identifier", lambda L: (L.t("["), jobj(L, [("system", "urn:cpmc:visit", None), ("value", p.visit, "account")]), L.t("]")), None),
                 ("period", lambda L: jobj(L, [("start", fmt_iso_local(ta, ms=False), "date"), ("end", fmt_iso_local(tf, ms=False), "date")]), None),
                 ("reasonCode", lambda L: (L.t("["), jobj(L, [("text", inj[2], None)]), L.t("]")), None)]
        ev(tf, jobj(L, pairs))
    if R.random() < 0.45:
        tsm = jitter(ta, 600, 2400)
        french = p.country == "CA" and p.state == "QC"
        if french:
            pre, post = "Clinique Cinder Peak : ", " a été vu(e) à la clinique aujourd'hui. Appelez le +1 970-555-0142 pour plus d'info."
        else:
            pre, post = "Cinder Peak Mountain Clinic: ", " is being treated at our clinic. Questions? 970-555-0142. Reply STOP to opt out."
        name_used = p.first if R.random() < 0.4 else "%s %s" % (p.first, p.last)
        L = Line("sms")
        ea2 = R.random() < 0.5
        pairs = [("ts", fmt_z(tsm), None), ("dir", "outbound", None), ("from", PATROL_PHONE.replace("0199", "0142"), None),
                 ("to", e164(p.ec_phone), "phone"),
                 ("body", lambda L: (L.t('"' + json.dumps(pre, ensure_ascii=ea2)[1:-1]),
                                     L.p(json.dumps(name_used, ensure_ascii=ea2)[1:-1], "name", want=name_used, mode="json"),
                                     L.t(json.dumps(post, ensure_ascii=ea2)[1:-1] + '"')), None),
                 ("segments", 2 if french else 1, None), ("status", "sent", None), ("sid", "SM" + hexs(32), None)]
        ev(tsm, jobj(L, pairs, ea=ea2))
    # payment
    tp = jitter(ta, 2400, 4800)
    if getattr(p, "card_typo", None):
        L = Line("payment_pipe")
        L.t("PAYLOG|%s|TERM=CLN-POS2|MID=445001223198|TXN=SALE|ENTRY=KEYED|PAN=" % (tp - dt.timedelta(seconds=70)).strftime("%Y%m%dT%H%M%S"))
        L.p(p.card_typo, "account").t("|AMT=150.00|RESP=14|MSG=INVALID CARD NUMBER|ACCT=").p(p.acct, "account").t("|DBG=1")
        ev(tp - dt.timedelta(seconds=70), L)
    L = Line("payment_pipe")
    amt = R.choice([75, 150, 250, 412.5])
    if R.random() < 0.25:
        L.t("PAYLOG|%s|TERM=CLN-POS1|MID=445001223198|TXN=SALE|PAN=" % tp.strftime("%Y%m%dT%H%M%S")).p(p.card, "account")
        L.t("|EXP=%02d%02d|AMT=%.2f|RESP=00|AUTH=%06X|ACCT=" % (R.randint(1, 12), R.randint(25, 29), amt, R.randint(0, 0xFFFFFF)))
        L.p(p.acct, "account").t("|NAME=").p(ascii_up(p.first) + " " + ascii_up(p.last), "name").t("|DBG=1")
    else:
        L.t("PAYLOG|%s|TERM=CLN-POS%d|MID=445001223198|TXN=SALE|PAN=XXXXXXXXXXXX%s|AMT=%.2f|RESP=00|AUTH=%06X|ACCT="
            % (tp.strftime("%Y%m%dT%H%M%S"), R.randint(1, 2), p.card[-4:], amt, R.randint(0, 0xFFFFFF)))
        L.p(p.acct, "account").t("|ENTRY=CHIP|AID=A0000000031010")
    ev(tp, L)
    if p.payer:
        CLAIMS[t0.date()].append((p, ta, doc, inj))
    # rental equipment fixed width
    if R.random() < 0.45:
        tr_ = jitter(t5, 1800, 5400)
        L = Line("fixed_rental")
        L.t("EQCHK ").p(t0.strftime("%y%m%d"), "date").t(" R-%07d " % R.randint(2200000, 2299999))
        nm = ascii_up(p.last)[:20]
        L.p(nm, "name").t(" " * (21 - len(nm)))
        fn = ascii_up(p.first)[:12]
        L.p(fn, "name").t(" " * (13 - len(fn)))
        L.t("%-6s %-4s DIN %04.1f BOOT %3d %-22s TAG CP-SKI-%05d INC " % ("ADULT" if p.age >= 13 else "JR", R.choice(["ALP", "SB"]),
                                                                          R.choice([3.5, 4.5, 5.5, 6.0, 6.5, 7.5, 8.0]), R.randint(225, 315),
                                                                          R.choice(["ATOMIC-REDSTER-170", "ROSSIGNOL-EXPERIENCE", "BURTON-PROCESS-157", "K2-DISRUPTION-MTI"]),
                                                                          R.randint(0, 99999)))
        L.p(p.inc, "other_id").t(" BINDING %s" % R.choice(["OK", "OK", "RELEASE-LOW", "AFD WORN"]))
        ev(tr_, L)
    # portal access next day
    if R.random() < 0.35:
        tn = ta + dt.timedelta(hours=R.randint(18, 30), minutes=R.randint(0, 59))
        ip = "%d.%d.%d.%d" % (R.choice([73, 24, 98, 174, 67, 99, 107]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        L = Line("nginx")
        L.p(ip, "ip").t(" - - %s \"GET " % fmt_nginx(tn))
        L.p("/portal/api/v2/patients/%s/results?accession=%s" % (p.mrn, acc if inj[3] else "none"), "url")
        L.t(" HTTP/2.0\" 200 %d \"https://portal.cinderpeakclinic.org/results\" \"Mozilla/5.0 (iPhone; CPU iPhone OS 17_2 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148\" rt=0.%03d uct=0.001"
            % (R.randint(800, 4000), R.randint(20, 400)))
        ev(tn, L)


# ----------------------------------------------------------------- build incidents
DAYS = sorted(CSV_ROWS)
specials = {3: "beacon", 7: "diabetic", 11: "car", 5: "employee", 13: "old"}
k = 0
for day in DAYS:
    n_inc = {0: 5, 1: 5, 2: 4}[DAYS.index(day)]
    times = sorted(dt.datetime.combine(day, dt.time(9, 10)) + dt.timedelta(minutes=R.randint(0, 400)) for _ in range(n_inc))
    for t0 in times:
        t0 = t0.replace(second=R.randint(0, 59))
        sp = specials.get(k)
        if sp == "old":
            p = person(age=91, sex="F", first="Ingeborg")
        elif sp == "employee":
            p = person(age=R.randint(19, 27), employee=True, us=True)
            p.payer = ("SUMMIT STATE WORKERS COMP", "WCSS1", "WC24-%07d" % R.randint(0, 9999999))
        elif k in (2, 8):
            p = person(us=True)
        else:
            p = person()
        sev = R.choice(["minor", "clinic", "clinic", "clinic", "air"]) if sp not in ("car",) else "air"
        if sp in ("employee", "old") or k in (2, 8):
            sev = "clinic"
        if k == 2:
            p.ssn = ssn(valid=False)
            p.dl = "%02d-%03d-%04d" % (R.randint(1, 99), R.randint(0, 999), R.randint(0, 9999)) if p.state == "CO" else "%s%08d" % (p.state[0], R.randint(0, 10**8 - 1))
        if k == 8:
            p.ssn = "000-00-0000"
            p.card_typo = card("4", 16, valid=False)
        inj = R.choice(INJ[:7]) if sev == "clinic" else R.choice(INJ)
        patroller = R.choice(PATROL)
        incident(t0, p, sev, inj, patroller, special=sp)
        k += 1

# end-of-day CSV exports
for day in DAYS:
    t = dt.datetime.combine(day, dt.time(17, 45, 3))
    lines = [Line("csv_injury").t("report_date,inc_no,time_of_call,run,mech,injury,body_part,disposition,pt_last,pt_first,dob,age,sex,patroller")]
    for (p, call_t, run, inj, dispo, pa, mech) in sorted(CSV_ROWS[day], key=lambda r: r[1]):
        L = Line("csv_injury").t(day.isoformat() + ",").p(p.inc, "other_id").t(",").p(call_t.strftime("%Y-%m-%d %H:%M"), "date")
        L.t(",%s,%s,%s,%s,%s," % ('"%s"' % run if "," in run or "'" in run else run, mech, inj[2].split()[0], inj[0], dispo))
        L.p('"%s"' % p.last if " " in p.last else p.last, "name").t(",").p(p.first, "name").t(",")
        L.p(dob_fmt(p.dob, "us"), "date").t(",").p(str(p.age), "age" if p.age > 89 else None).t(",%s,%s" % (p.sex, pa[0]))
        lines.append(L)
    ev(t, lines)

# X12 837P nightly batches
ISA = [1207]


def x12_batch(t, claims):
    ISA[0] += 1
    ctl = "%09d" % ISA[0]
    segs = []

    def S(*parts):
        L = Line("x12")
        for x in parts:
            if isinstance(x, tuple):
                L.p(x[0], x[1])
            else:
                L.t(x)
        L.t("~")
        segs.append(L)
    S("ISA*00*          *00*          *ZZ*CPMC8412345    *ZZ*AVAILITY       *%s*%s*^*00501*%s*0*P*:" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl))
    S("GS*HC*CPMC8412345*AVAILITY*%s*%s*%d*X*005010X222A1" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), ISA[0]))
    S("ST*837*0001*005010X222A1")
    S("BHT*0019*00*B%s*%s*%s*CH" % (hexs(8).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M")))
    S("NM1*41*2*CINDER PEAK MOUNTAIN CLINIC*****46*CPMC8412345")
    S("PER*IC*BILLING OFFICE*TE*9705550144*FX*9705550143*EM*billing@cinderpeakclinic.org")
    S("NM1*40*2*AVAILITY*****46*030240928")
    S("HL*1**20*1")
    S("NM1*85*2*CINDER PEAK MOUNTAIN CLINIC*****XX*%s" % ORG_NPI)
    S("N3*40 BASE VILLAGE PLZ STE 2")
    S("N4*CINDER GULCH*CO*816580412")
    S("REF*EI*841234567")
    hl = 1
    for (p, ta, doc, inj) in claims:
        hl += 1
        med = p.payer[0].startswith("MEDICARE")
        S("HL*%d*1*22*0" % hl)
        S("SBR*P*18*%s******%s" % ("" if med else p.group, "MB" if med else "CI"))
        S("NM1*IL*1*", (ascii_up(p.last), "name"), "*", (ascii_up(p.first), "name"), "****MI*", (p.payer[2], "health_plan"))
        S("N3*", (ascii_up(p.street), "address"))
        if p.country == "US":
            S("N4*", (ascii_up(p.city), "address"), "*%s*" % p.state, (p.zip, "zip"))
        else:
            S("N4*", (ascii_up(p.city), "address"), "*%s*" % p.state, (p.zip.replace(" ", ""), "zip"), "*%s" % p.country)
        S("DMG*D8*", (dob_fmt(p.dob, "hl7"), "date"), "*%s" % p.sex)
        S("NM1*PR*2*%s*****PI*%s" % (p.payer[0], p.payer[1]))
        total = 285 + (127 if inj[3] else 0)
        S("CLM*", (p.acct, "account"), "*%d***20:B:1*Y*A*Y*Y*P*%s" % (total, "EM" if p.employee else "OA"))
        S("DTP*439*D8*", (ta.strftime("%Y%m%d"), "date"))
        S("HI*ABK:%s*ABF:W19XXXA" % inj[1].replace(".", ""))
        S("NM1*82*1*%s*%s****XX*%s" % (doc[0], doc[1], doc[3]))
        S("LX*1")
        S("SV1*HC:99283*285*UN*1***1")
        S("DTP*472*D8*", (ta.strftime("%Y%m%d"), "date"))
        if inj[3]:
            S("LX*2")
            S("SV1*HC:%s%s*127*UN*1***1" % (inj[3], ":" + inj[5] if inj[5] else ""))
    S("SE*%d*0001" % (len(segs) - 1))
    S("GE*1*%d" % ISA[0])
    S("IEA*1*%s" % ctl)
    return segs


ORG_NPI = npi()
for day in DAYS[:2]:
    cl = CLAIMS[day][:2]
    if not cl:
        continue
    t = dt.datetime.combine(day, dt.time(23, 10, 0))
    ev(t, x12_batch(t, cl))
    t2 = jitter(t, 5, 30)
    ev(t2, w_logfmt(t2, [("level", "info", None), ("svc", "claims-svc", None), ("msg", "837P batch transmitted", None),
                         ("isa13", "%09d" % ISA[0], None), ("claims", len(cl), None), ("bytes", R.randint(3000, 6000), None),
                         ("dest", "sftp://edi.availity.com/in", None), ("trace_id", hexs(32), None)]))
    for (p, ta, doc, inj) in cl:
        t3 = t + dt.timedelta(hours=6, minutes=R.randint(0, 50))
        ev(t3, w_logfmt(t3, [("level", "info", None), ("svc", "claims-svc", None), ("msg", "277CA claim accepted", None),
                             ("pt_acct", p.acct, "account"), ("member_id", p.payer[2], "health_plan"), ("payer", p.payer[0], None),
                             ("dos", ta.strftime("%Y-%m-%d"), "date"), ("icn", "%013d" % R.randint(0, 10**13 - 1), None),
                             ("status", "A1:20", None), ("span_id", hexs(16), None)]))
# remaining claims: queued only
for day in DAYS:
    for (p, ta, doc, inj) in CLAIMS[day][2 if day in DAYS[:2] else 0:]:
        t = dt.datetime.combine(day, dt.time(22, R.randint(0, 50), R.randint(0, 59)))
        ev(t, w_logfmt(t, [("level", "warn", None), ("svc", "claims-svc", None), ("msg", "claim held: eligibility pending", None),
                           ("pt_acct", p.acct, "account"), ("patient", "%s, %s" % (p.last, p.first), "name"),
                           ("payer", p.payer[0], None), ("dos", ta.strftime("%Y-%m-%d"), "date"), ("retry_in", "6h", None)]))

# a couple of interface errors with stack traces naming the MRN
ALLP = [r[0] for d in DAYS for r in CSV_ROWS[d]]


def trace_block(t, p=None):
    L0 = Line("java_trace").t(t.strftime("%Y-%m-%d %H:%M:%S") + ",%03d ERROR [hl7-inbound-%d] c.c.iface.AdtRouter - " % (t.microsecond // 1000, R.randint(1, 6)))
    if p:
        L0.t("Failed to route ADT^A08 for MRN ").p(p.mrn, "mrn").t(" (").p(ascii_up(p.last) + "^" + ascii_up(p.first), "name").t(")")
        ex = "ca.uhn.hl7v2.model.DataTypeException: Failed validation rule for value \"%s\": Invalid date/time" % dob_fmt(p.dob, "us")
    else:
        L0.t("Failed to route ORM^O01 from RIS: downstream unavailable")
        ex = "java.net.SocketTimeoutException: connect timed out (ehr-db01.cpmc.local:5432)"
    lines = [L0]
    L1 = Line("java_trace")
    if p:
        pre, dv, post = ex.split('"')[0] + '"', dob_fmt(p.dob, "us"), '"' + ex.split('"')[2]
        L1.t(pre).p(dv, "date").t(post)
    else:
        L1.t(ex)
    lines.append(L1)
    frames = ["\tat ca.uhn.hl7v2.model.primitive.CommonTS.setValue(CommonTS.java:%d)" % R.randint(200, 400),
              "\tat com.cinderpeak.iface.adt.AdtRouter.route(AdtRouter.java:%d)" % R.randint(80, 200),
              "\tat com.cinderpeak.iface.adt.AdtRouter.lambda$start$0(AdtRouter.java:%d)" % R.randint(40, 79),
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
              "\tat java.base/java.lang.Thread.run(Thread.java:840)"]
    for f in frames[: R.randint(3, 5)]:
        lines.append(Line("java_trace").t(f))
    return lines


for i in range(2):
    p = R.choice([x for x in ALLP if x.payer])
    t = dt.datetime.combine(R.choice(DAYS), dt.time(R.randint(10, 16), R.randint(0, 59), R.randint(0, 59)))
    ev(t, trace_block(t, p))

# ----------------------------------------------------------------- noise (no PHI)


def noise(t):
    k = R.random()
    if k < 0.13:
        g = R.choice(GATES)
        return w_syslog(t, "acs-gw0%d" % R.randint(1, 3), "skiaccess", 2211,
                        ["gate=%s lane=%d media=...%04X prod=%s res=%s rt=%dms" % (g, R.randint(1, 4), R.randint(0, 65535),
                                                                                    R.choice(["ADULT-1DAY", "SEASON-ADULT", "CHILD-1DAY", "SENIOR-3DAY", "EMP-SEASON"]),
                                                                                    R.choice(["GRANTED"] * 9 + ["DENIED_EXPIRED", "DENIED_PASSBACK"]), R.randint(9, 60))], fam="liftscan")
    if k < 0.22:
        return Line("weather_kv").t("%s station=%s temp_c=%.1f wind_ms=%.1f gust_ms=%.1f dir_deg=%d hs_cm=%d hn24_cm=%d rh=%d batt_v=%.1f fw=2.3.1 seq=%d"
                                    % (fmt_z(t), R.choice(["SUMMIT-WX", "BASE-WX", "KC-BOWL-WX"]), -14 + R.random() * 12, R.random() * 12, 5 + R.random() * 15,
                                       R.randint(180, 320), R.randint(160, 205), R.randint(0, 22), R.randint(55, 98), 12 + R.random(), R.randint(10000, 99999)))
    if k < 0.32:
        pa = R.choice(PATROL)
        return w_syslog(t, "radio-gw1", "avl", 880, ["unit=%s radio=%d lat=%.5f lon=%.5f spd=%d fix=3D sats=%d batt=%d%%"
                                                     % (pa[1], 4400 + int(pa[1][2:]), 39.47 + R.random() * 0.03, -106.13 + R.random() * 0.04, R.randint(0, 30), R.randint(6, 14), R.randint(20, 100))])
    if k < 0.40:
        c = R.choice([
            "filterlog[5512]: 5,,,1000000103,igb1,match,block,in,4,0x0,,52,41022,0,none,6,tcp,60,%s,10.20.0.5,%d,22,0,S" % (
                "%d.%d.%d.%d" % (R.choice([45, 185, 193, 92]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), R.randint(1024, 65000)),
            "sshd[%d]: Accepted publickey for deploy from 10.20.1.14 port %d ssh2: ED25519 SHA256:%s" % (R.randint(1000, 40000), R.randint(30000, 60000), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("=")),
            "CRON[%d]: (root) CMD (/usr/local/bin/backup-pacs.sh --target s3://cpmc-pacs-archive >/dev/null 2>&1)" % R.randint(1000, 40000),
            "chronyd[611]: Selected source 162.159.200.123 (time.cloudflare.com)",
            "kernel: [%d.%06d] e1000e: eno1 NIC Link is Up 1000 Mbps Full Duplex" % (R.randint(1000, 900000), R.randint(0, 999999))])
        return Line("syslog").t("<%d>%s %s %s" % (R.choice([38, 86, 134, 30]), fmt_3164(t), R.choice(["fw-base01", "ehr-app01", "pacs01", "radio-gw1"]), c))
    if k < 0.48:
        ip = R.choice(["10.20.1.%d" % R.randint(10, 60), "10.20.4.31", "10.0.3.%d" % R.randint(2, 9)])
        path = R.choice(["/healthz", "/portal/static/js/app.4f9c2e1.js", "/ehr/api/v1/worklist?room=TRM2", "/metrics",
                         "/portal/login", "/ehr/api/v1/schedule?date=today&clinician=brennecke"])
        ua = "kube-probe/1.28" if path == "/healthz" else "Prometheus/2.48.1" if path == "/metrics" else "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/121.0"
        user = R.choice(["cpruitt", "grao", "-"]) if path.startswith("/ehr") else "-"
        return Line("nginx").t('%s - %s %s "GET %s HTTP/1.1" %d %d "-" "%s" rt=0.%03d' % (
            ip, user, fmt_nginx(t), path, R.choice([200, 200, 200, 304]), R.randint(2, 400) if ua != ua.split()[0] or path == "/healthz" else R.randint(900, 90000),
            ua, R.randint(1, 300)))
    if k < 0.54:
        return w_pacs(t, R.choice(["INFO", "DEBUG"]), R.choice(["Assoc-%d" % R.randint(1, 40), "Housekeeper"]), [R.choice([
            "C-ECHO-RQ from DRX1@10.20.4.31 AE=DRX1_CPMC status=0000 rtt=%dms" % R.randint(2, 30),
            "Association released DRX1 -> CPMC_PACS (%d PDUs)" % R.randint(3, 40),
            "Storage commit OK for %s" % uid_dicom(),
            "Detector DRX-Plus 3543C battery %d%% temp %.1fC SN DRX3543C-%05d" % (R.randint(20, 100), 28 + R.random() * 8, R.randint(10000, 99999)),
            "Disk /var/lib/pacs 61%% used, purge threshold 85%%"])])
    if k < 0.60:
        msg = R.choice([
            "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 1 removed, 2 recycled; write=%.3f s" % (R.randint(100, 4000), R.random() * 5, R.random() * 30),
            "LOG:  automatic vacuum of table \"ehr.pt.encounter\": index scans: 1, pages: 0 removed, %d remain" % R.randint(1000, 9000),
            "LOG:  duration: %.3f ms  statement: SELECT sku, lot_no, qty FROM inv.supply WHERE sku = 'ORT-KNEE-IMM-%s' AND lot_no = 'L23-%04d'" % (R.random() * 5, R.choice("SML"), R.randint(100, 9999)),
            "LOG:  duration: %.3f ms  execute S_12: UPDATE sched.slot SET state = $1 WHERE room_id = $2" % (R.random() * 3)])
        who = "[autovacuum]" if "vacuum" in msg else "[checkpointer]" if "checkpoint" in msg else R.choice(["ehr_app@cpmc", "billing_ro@cpmc"])
        return w_pg(t, R.randint(20000, 30000), who, [msg])
    if k < 0.66:
        return w_logfmt(t, [("level", R.choice(["info", "debug"]), None), ("svc", R.choice(["claims-svc", "elig-svc"]), None),
                            ("msg", R.choice(["heartbeat", "payer directory refreshed", "remit 835 file parsed", "rate limit window reset"]), None),
                            ("version", "2.14.%d" % R.randint(0, 9), None), ("dur_ms", R.randint(1, 900), None), ("trace_id", hexs(32), None)])
    if k < 0.73:
        msgs = ["L4 on wind hold, gusts 20+ at top terminal", "Kit Carson Bowl opening 10:30 after avy control",
                "need a 2nd toboggan at Summit Six top shack", "Jenny Lind roped at the merge, thin cover", "copy",
                "10-4", "sweep starting from Summit Six", "radio check ch 2", "O2 bottle swap at base room done",
                "Big Emma grooming crew working lower half, caution", "AED in top shack checked, pads exp 2025-06",
                "Sheila's Chute closed, rocks exposed", "cerrando Rosie's Traverse por viento", "tudo limpo no Jenny Lind, descendo"]
        return w_chat(t, R.choice([x[2] for x in PATROL] + DISPATCH), R.choice(["patrol-dispatch", "patrol-dispatch", "lift-ops"]), [R.choice(msgs)])
    if k < 0.78:
        pa = R.choice(PATROL)
        return w_patrol(t, "HH%02d" % R.randint(1, 14), R.choice(["sync.ok", "shift.checkin", "battery.low", "gps.fix"]),
                        [("user", pa[2], None), ("unit", pa[1], None), ("queue", R.randint(0, 3), None), ("batt", R.randint(8, 100), None),
                         ("os", "Android 13", None), ("build", "RQ3A.%d.001" % R.randint(210000, 219999), None)])
    if k < 0.83:
        return jobj(Line("ticket_api"), [("@t", fmt_z(t), None), ("@mt", R.choice(["HTTP {Method} {Path} responded {Status} in {Elapsed} ms",
                                                                                      "Order {OrderNo} paid via {Gateway}"]), None),
                                         ("Method", "GET", None), ("Path", "/api/v3/products?resort=CPK", None), ("Status", 200, None),
                                         ("Elapsed", round(R.random() * 80, 2), None), ("OrderNo", "ORD-%s-%06d" % (t.strftime("%y%m%d"), R.randint(0, 999999)), None),
                                         ("Gateway", "Adyen", None), ("SourceContext", "PeakTix.Api.Middleware", None), ("TraceId", hexs(32), None)])
    if k < 0.88:
        return Line("payment_pipe").t("PAYLOG|%s|TERM=CLN-POS%d|MID=445001223198|TXN=%s|BATCH=%04d|CNT=%d|AMT=%.2f|RESP=00|HOST=tsys-gw2.example-acq.net:443"
                                      % (t.strftime("%Y%m%dT%H%M%S"), R.randint(1, 2), R.choice(["HEARTBEAT", "SETTLE", "KEYCHG"]), R.randint(1, 400), R.randint(0, 30), R.random() * 3000))
    if k < 0.92:
        return Line("fixed_rental").t("FLEET  %s %-22s TAG CP-SKI-%05d DIN-TEST %s TORQ %4.1f Nm TECH %-10s BENCH WINTERSTEIGER-B%d"
                                      % (t.strftime("%y%m%d"), R.choice(["ATOMIC-REDSTER-170", "ROSSIGNOL-EXPERIENCE", "BURTON-PROCESS-157", "SALOMON-QST-92"]),
                                         R.randint(0, 99999), R.choice(["PASS", "PASS", "PASS", "FAIL"]), 20 + R.random() * 60,
                                         R.choice(["jkemper", "lpaz", "tgrunwald"]), R.randint(1, 3)))
    if k < 0.96:
        pa = R.choice(PATROL)
        return jobj(Line("sms"), [("ts", fmt_z(t), None), ("dir", "outbound", None), ("from", PATROL_PHONE, None),
                                  ("to", "+1970555%04d" % R.randint(200, 299), None),
                                  ("body", "PAGE %s: %s" % (pa[1], R.choice(["report to top shack", "avy control 0700 tmrw", "sweep at 1545"])), None),
                                  ("status", "delivered", None), ("sid", "SM" + hexs(32), None)])
    return Line("fhir").t('{"resourceType":"OperationOutcome","issue":[{"severity":"information","code":"informational","diagnostics":"GET /fhir/r4/metadata 200 in %dms (server CPMC-FHIR 5.7.%d)"}]}' % (R.randint(3, 40), R.randint(0, 9)))


TARGET = 500
used = sum(len(e[2]) for e in EVENTS)
# a couple of no-PHI multi-line blocks
for i in range(2):
    t = dt.datetime.combine(R.choice(DAYS), dt.time(R.randint(7, 20), R.randint(0, 59), R.randint(0, 59)))
    ev(t, trace_block(t))
    t2 = jitter(t, 30, 600)
    ev(t2, hl7_ack(t2))
used = sum(len(e[2]) for e in EVENTS)
if used > TARGET:
    raise SystemExit("too many incident lines: %d" % used)
while used < TARGET:
    day = R.choice(DAYS)
    t = dt.datetime.combine(day, dt.time(7, 0)) + dt.timedelta(seconds=R.randint(0, 13 * 3600), microseconds=R.randint(0, 999) * 1000)
    ev(t, noise(t))
    used += 1

EVENTS.sort(key=lambda e: (e[0], e[1]))
lines = [L for e in EVENTS for L in e[2]]
assert len(lines) == TARGET, len(lines)

# ----------------------------------------------------------------- verify + write
with open(ID + ".log", "wb") as f, open(ID + ".labels.jsonl", "w", encoding="utf-8") as g:
    for n, L in enumerate(lines, 1):
        b = bytes(L.buf)
        if not b or b"\n" in b or b"\r" in b:
            raise SystemExit("bad line %d" % n)
        b.decode("utf-8")
        spans = sorted(L.spans)
        last = 0
        out = []
        for (s, e, cat, want, mode) in spans:
            if not (0 <= s < e <= len(b)):
                raise SystemExit("span out of range line %d" % n)
            if s < last:
                raise SystemExit("overlap line %d" % n)
            last = e
            seg = b[s:e].decode("utf-8")
            got = json.loads('"' + seg + '"') if mode == "json" else seg
            if got != want:
                raise SystemExit("span mismatch line %d: %r != %r" % (n, got, want))
            out.append({"s": s, "e": e, "cat": cat})
        f.write(b + b"\n")
        g.write(json.dumps({"line": n, "family": L.family, "spans": out}) + "\n")
