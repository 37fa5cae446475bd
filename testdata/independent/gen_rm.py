#!/usr/bin/env python3
"""gen_rm.py - synthetic labeled log corpus "rm".

Organisation: Bering Tide Seafoods, Inc. (fictional): a catcher / catcher-
processor fleet working out of Unalaska/Dutch Harbor plus a shore processing
plant with a crew-health clinic for seasonal workers (many Tagalog, Spanish
or Somali speakers). Shore office in Seattle. Everything below is invented.

Writes rm.log (500 lines) and rm.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs give byte-identical output.

Systems simulated (family names in the labels file)
  telemed_gw    JSON (structlog) of the satellite telemedicine gateway on
                the vessels (Iridium Certus / Starlink / Fleet Xpress links,
                consult open, wound-photo uploads, inReach texts)
  vsat_syslog   RFC3164 syslog from vessel antenna controllers, firewalls
  crewnet       key=value captive portal of crew internet on board
  physicals_csv CSV export of crew pre-season physicals
  incident      pipe/free-text safety incident register (cold injury,
                amputation, near misses)
  hl7v2         plant-clinic EHR feed, ADT^A04 and ORU^R01 (one segment/line)
  fhir          FHIR R4 resources (Patient, Observation, Encounter), 1 line
  interp        interpreter bridge JSON logger (ensure_ascii, \\u escapes)
  sms_gw        logfmt of the SMS gateway (reminders in tl/es/so/en)
  medevac_chat  chat export (JSON lines) of the #medevac-ops channel with
                USCG RCC Juneau / AIRSTA Kodiak liaison and air ambulance
  aam_cad       pipe rows of the air ambulance CAD (Aleutian Air Medical)
  payroll_fw    fixed-width payroll batch (header / detail / trailer)
  timeclock     plant gate biometric time clock rows
  housing       logfmt of the bunkhouse / housing system
  nginx         access log of the crew-health portal / clinician web app
  java_trace    integration engine errors with multi-line stack traces
  pg_audit      PostgreSQL log with pgaudit SQL statements
  x12           X12 005010 270/271 eligibility (one segment per line)
  medlocker     TSV of vessel medical-locker inventory and dispensing
  nmm_xml       XML consult summaries from the telemedicine provider

Labeling decisions (grey cases)
  * The people served are fleet crew and plant seasonal workers (and their
    relatives / emergency contacts). Their identifiers are labeled in every
    record of this archive, including payroll, time clock, housing and crew
    internet, because this archive is the crew-health programme's and the
    records are about those people. Staff acting in a role are NOT labeled:
    clinic clinicians and nurses, telemedicine physicians, skippers and mates
    when they report, dispatchers, payroll/housing clerks, Coast Guard and
    flight crews, interpreters (by vendor ID). A skipper who is the patient is
    labeled.
  * Company crew ID / employee number (BT4nnnn) -> other_id; clinic MRN
    (BTC-nnnnnn) -> mrn; clinic visit / billing number (V24..., A24...) ->
    account; paycard numbers and bank account numbers -> account (ABA routing
    numbers are the bank's, not labeled).
  * Case-type numbers about one person are other_id wherever they appear,
    even in a line with nothing else: incident numbers IR-..., telemedicine
    consult IDs NMM-..., physical exam IDs PE-..., USCG SAR case numbers,
    air ambulance trip numbers, workers' comp claim numbers, crew-portal
    user names. Near-miss numbers (NM-...) with no injured person, IT
    tickets, purchase orders, SMS SIDs, session UUIDs are not labeled.
  * Merchant Mariner Credential numbers, driver's licences and passports ->
    license. Personal vehicles (plate, VIN) -> vehicle; company trucks and
    aircraft tails are not labeled.
  * Devices: a crew member's own phone MAC/IMEI, personal inReach IMEI,
    personal PLB 406 MHz hex ID, insulin pump serial -> device. Vessel-owned
    kit (EPIRB registered to the vessel, Tempus monitors, VSAT terminals)
    is not labeled.
  * IP: a crew member's own device (crew wifi lease, patient portal client)
    -> ip. Vessel terminal WAN IPs, servers, clinic workstations, LB probes
    are not labeled.
  * Vessel positions (lat/lon, also in medevac hoist coordination) are the
    location of a workplace, not a person's address: not labeled. Lat/lon
    geocodes of a person's home (FHIR geolocation extension) -> address.
  * Bunkhouse building/room/bed numbers are the company's own site: not
    labeled. Home addresses anywhere (incl. the Philippines) are labeled;
    street part and city as address, postal code (also non-US) as zip;
    states and countries not labeled. A city alone as a relative's residence
    is labeled address.
  * Dates tied to a person (DOB, injury onset, exam, appointment, check-in,
    admit, service, specimen dates, hire date) -> date, in any format incl.
    "06/17" inside SMS bodies. Season opening dates, pay-period end dates,
    inventory expiry dates and message/log timestamps are not labeled.
  * Ages: only > 89 labeled (one relative aged 94); "27M", "34 y/o" are not.
  * Names: a given name alone in a record about the person ("Hola
    Yesenia") is labeled name; a surname alone in a SQL WHERE clause is
    labeled name. HL7 XPN (LAST^FIRST^M) and X12 NM1 (LAST*FIRST*M) are one
    name span each. Vessel names that look like person names ("F/V Kari
    Marie", "F/V Lady Marlene") and product names (Tempus Pro, t:slim X2)
    are not labeled.
  * SSN: valid-format SSNs and mistyped ones (area 666 rejected by the
    interface) are labeled ssn; the placeholder 000000000 used for workers
    without an SSN identifies nobody and is not labeled.
  * Images: a base64 face photo (ID badge, FHIR Patient.photo) -> photo.
    Wound photos of hands/feet sent for telemedicine are not face images
    and are not labeled (the line may still carry other labels). Time clock
    fingerprint templates (ISO 19794-2 base64) -> biometric.
  * URLs with a scheme that point at one patient's chart -> url (whole URL);
    request paths in access logs: only the identifier (mrn) or the
    percent-encoded name is labeled, where its encoded bytes are.
  * JSON \\u-escaped values are labeled on their escaped bytes.
"""
import base64
import datetime as dtm
import hashlib
import json
import random
import sys
import uuid
from urllib.parse import quote, unquote

SEED = 61453
R = random.Random(SEED)
N_LINES = 500


class P:
    """A PHI piece: rendered text, category, intended value (if encoded)."""
    __slots__ = ("text", "cat", "val", "raw")

    def __init__(self, text, cat, val=None, raw=False):
        self.text = str(text)
        self.cat = cat
        self.val = val
        self.raw = raw  # JSON: emit without quotes (numbers)


class S(list):
    """A JSON string value built from several pieces (str and P)."""


# ---------------------------------------------------------------- checksums
def luhn_check_digit(payload):
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
    return luhn_check_digit(num[:-1]) == num[-1]


def npi():
    base = str(R.choice([1, 2])) + "".join(str(R.randint(0, 9)) for _ in range(8))
    return base + luhn_check_digit("80840" + base)


def dea(last):
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice("ABFM") + last[0].upper() + "".join(map(str, d)) + str(c)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    D = "0123456789"
    pat = [D[1:], MBI_A, MBI_AN, D, MBI_A, MBI_AN, D, MBI_A, MBI_A, D, D]
    return "".join(R.choice(p) for p in pat)


VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(valid=True):
    wmi = R.choice(["1FT", "1GC", "5TF", "1C6", "3GT", "JTM"])
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    vds = "".join(R.choice(chars) for _ in range(5))
    yr = R.choice("DEFGHJK")
    tail = R.choice("ABCDEFGHJK") + "".join(str(R.randint(0, 9)) for _ in range(6))
    v = wmi + vds + "0" + yr + tail
    s = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(v, VIN_W))
    cd = "X" if s % 11 == 10 else str(s % 11)
    if not valid:
        cd = str((int(cd) + 3) % 10) if cd != "X" else "4"
    return v[:8] + cd + v[9:]


def aba():
    d = [R.randint(0, 9) for _ in range(8)]
    d[0] = R.choice([0, 1, 2, 3])
    s = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + (d[2] + d[5])
    return "".join(map(str, d)) + str((10 - s % 10) % 10)


def card():
    p = "4" + R.choice(["03766", "32851", "19411"]) + "".join(str(R.randint(0, 9)) for _ in range(9))
    return p + luhn_check_digit(p)


def imei(prefix=None):
    p = prefix or R.choice(["35332811", "35875210", "86492704", "35391110"])
    p += "".join(str(R.randint(0, 9)) for _ in range(14 - len(p)))
    return p + luhn_check_digit(p)


def mac(oui=None):
    oui = oui or R.choice(["3c:a6:f6", "f0:99:b6", "a4:83:e7", "dc:52:85", "8c:85:90"])
    return oui + ":" + ":".join("%02x" % R.randint(0, 255) for _ in range(3))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def b64blob(head, n):
    raw = head + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


JPEG_HEAD = bytes.fromhex("ffd8ffe000104a46494600010101004800480000")
FMR_HEAD = b"FMR\x00 20\x00\x00\x00\x01\x2c\x00\x00\x01\x40\x01\xe0\x00\xc5\x00\xc5\x01\x00\x00\x00"

# ---------------------------------------------------------------- people
ORIGINS = {
    "ph": dict(
        first=["Maria Luz", "Jose Rizalito", "Rowena", "Jericho", "Analyn", "Marites", "Dante", "Lorna", "Ramil", "Jhun", "Rodel", "Charisse"],
        last=["Dela Cruz", "Bautista", "Macapagal-Reyes", "Villanueva", "Sumalpong", "Dimaculangan", "Pacquing", "Tolentino", "De los Santos", "Magbanua", "Esguerra"],
        lang="tl"),
    "mx": dict(
        first=["Juan Carlos", "Guadalupe", "Yesenia", "Efraín", "Marisol", "Octavio", "Itzel", "Nicolás", "Araceli"],
        last=["García-Olvera", "Peña", "Zúñiga", "de la Fuente", "Castañeda Ruiz", "Montes", "Ibarra", "Solís"],
        lang="es"),
    "so": dict(
        first=["Abdirahman", "Hodan", "Mahad", "Farhiya", "Guled", "Sagal", "Mohamud", "Ubah", "Khadar"],
        last=["Warsame", "Yusuf Farah", "Abdi", "Hersi", "Jama", "Osman", "Egal", "Nur Aden"],
        lang="so"),
    "ak": dict(
        first=["Nadia", "Alexei", "Dora", "Peter", "Tatiana", "Moses", "Agafon"],
        last=["Golodoff", "Shangin", "Kudrin", "Prokopeuff", "Merculief", "Tutiakoff", "Lekanoff"],
        lang="en"),
    "us": dict(
        first=["Erik", "Summer", "Hope", "Rusty", "Gunnar", "Crystal", "Wade", "Guy", "Brooke", "Dale"],
        last=["Haugland", "Kvalheim", "Frost", "Rivers", "Fisher", "Banks", "Sandvik-Olsen", "Strand", "Nguyen", "Pham", "O'Malley"],
        lang="en"),
}

HOMES = {
    "ph": [("Quezon City", "NCR", "1121", "PHL"), ("Cebu City", "Cebu", "6000", "PHL"), ("Iloilo City", "Iloilo", "5000", "PHL"),
           ("General Santos", "South Cotabato", "9500", "PHL"), ("Seattle", "WA", "98108", "USA")],
    "mx": [("Yakima", "WA", "98902", "USA"), ("Wenatchee", "WA", "98801", "USA"), ("Pasco", "WA", "99301", "USA"),
           ("Anchorage", "AK", "99508", "USA"), ("Guadalajara", "Jal.", "44160", "MEX")],
    "so": [("Minneapolis", "MN", "55454", "USA"), ("Columbus", "OH", "43229", "USA"), ("Seattle", "WA", "98118", "USA"),
           ("Anchorage", "AK", "99508", "USA"), ("Tukwila", "WA", "98188", "USA")],
    "ak": [("Unalaska", "AK", "99685", "USA"), ("Kodiak", "AK", "99615", "USA"), ("Dillingham", "AK", "99576", "USA"),
           ("St. Paul Island", "AK", "99660", "USA"), ("Sand Point", "AK", "99661", "USA")],
    "us": [("Seattle", "WA", "98107", "USA"), ("Bellingham", "WA", "98225", "USA"), ("Astoria", "OR", "97103", "USA"),
           ("Homer", "AK", "99603", "USA"), ("Petersburg", "AK", "99833", "USA"), ("Anchorage", "AK", "99504", "USA")],
}
CITY_LL = {"Quezon City": (14.676, 121.044), "Cebu City": (10.316, 123.891), "Iloilo City": (10.720, 122.562), "General Santos": (6.116, 125.171),
           "Seattle": (47.55, -122.29), "Yakima": (46.602, -120.505), "Wenatchee": (47.423, -120.31), "Pasco": (46.239, -119.1), "Anchorage": (61.2, -149.85),
           "Guadalajara": (20.659, -103.349), "Minneapolis": (44.97, -93.25), "Columbus": (40.06, -82.96), "Tukwila": (47.47, -122.26), "Unalaska": (53.874, -166.54),
           "Kodiak": (57.79, -152.41), "Dillingham": (59.04, -158.46), "St. Paul Island": (57.125, -170.28), "Sand Point": (55.34, -160.5),
           "Bellingham": (48.75, -122.48), "Astoria": (46.188, -123.83), "Homer": (59.643, -151.55), "Petersburg": (56.81, -132.96)}
STREETS_US = ["Rainier Ave S", "NW Market St", "Boniface Pkwy", "Cedar Ave S", "Cleveland Ave", "N 6th Ave", "Bayview Ave",
              "Mill Bay Rd", "Kachemak Dr", "Nordic Dr", "Commercial St", "Airport Beach Rd", "E 15th Ave", "Tacoma Ave"]
STREETS_PH = ["Kalayaan", "P. del Rosario", "Mabini", "Rizal", "Sampaguita", "Magsaysay", "Osmeña"]
BRGY = ["Commonwealth", "Lahug", "Tisa", "Calumpang", "Jaro", "Batasan Hills"]


def phone_for(origin, country):
    if country == "PHL":
        return "+63 9%02d %03d %04d" % (R.randint(5, 99), R.randint(100, 999), R.randint(0, 9999))
    if country == "MEX":
        return "+52 33 %04d %04d" % (R.randint(1000, 9999), R.randint(0, 9999))
    ac = {"so": ["612", "614", "206", "907"], "mx": ["509", "907"], "ph": ["206"], "ak": ["907"], "us": ["206", "360", "503", "907"]}[origin]
    a = R.choice(ac)
    fmt = R.choice(["(%s) %03d-%04d", "%s-%03d-%04d", "%s%03d%04d"])
    return fmt % (a, R.randint(201, 989), R.randint(0, 9999))


def make_person(i):
    origin = R.choice(["ph"] * 4 + ["mx"] * 3 + ["so"] * 3 + ["ak"] * 2 + ["us"] * 3)
    o = ORIGINS[origin]
    first = R.choice(o["first"])
    last = R.choice(o["last"])
    middle = R.choice(["", "", "", "A", "M", "J", "R"])
    sex = "F" if first in ("Maria Luz", "Rowena", "Analyn", "Marites", "Lorna", "Charisse", "Guadalupe", "Yesenia", "Marisol", "Itzel",
                          "Araceli", "Hodan", "Farhiya", "Sagal", "Ubah", "Nadia", "Dora", "Tatiana", "Summer", "Hope", "Crystal", "Brooke") else "M"
    dob = dtm.date(1960, 1, 1) + dtm.timedelta(days=R.randint(0, 16000))
    city, st, zp, ctry = R.choice(HOMES[origin])
    if ctry == "PHL":
        street = R.choice(["Blk %d Lot %d %s St, Brgy. %s" % (R.randint(1, 40), R.randint(1, 30), R.choice(STREETS_PH), R.choice(BRGY)),
                           "%d %s St" % (R.randint(3, 420), R.choice(STREETS_PH))])
    elif ctry == "MEX":
        street = "Calle %s %d" % (R.choice(["Hidalgo", "Morelos", "Libertad"]), R.randint(10, 2400))
    else:
        street = "%d %s" % (R.randint(12, 18999), R.choice(STREETS_US)) + R.choice(["", "", " Apt %d" % R.randint(1, 1999), " Unit %s" % R.choice("ABCD")])
    foreign = ctry in ("PHL", "MEX") or (origin == "ph" and R.random() < 0.4)
    p = dict(
        origin=origin, first=first, last=last, middle=middle, sex=sex, dob=dob,
        crew="BT4%04d" % R.randint(0, 9999), mrn="BTC-%06d" % R.randint(100000, 299999),
        ssn=None if (foreign and R.random() < 0.6) else ssn(),
        phone=phone_for(origin, ctry), street=street, city=city, st=st, zip=zp, ctry=ctry,
        lang=o["lang"], vessel=None, role=None,
        plan="PFH%09d" % R.randint(100000000, 999999999),
        medicaid=("%010d" % R.randint(1000000000, 9999999999)) if (st == "AK" and R.random() < 0.5) else None,
        acct="A24%06d" % R.randint(0, 999999),
        username=(first.split()[0][0] + last.replace(" ", "").replace("-", "").replace("'", "")).lower()[:10] + str(R.randint(1, 99)),
        email="%s.%s%d@%s" % (first.split()[0].lower(), last.split()[-1].lower().replace("'", ""), R.randint(1, 99),
                              R.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com"])),
        mmc="%07d" % R.randint(1000000, 9999999),
        passport=("P%07d%s" % (R.randint(0, 9999999), R.choice("ABC"))) if ctry == "PHL" or (origin == "ph" and foreign) else None,
        phone_imei=imei(), phone_mac=mac(),
        paycard=card() if R.random() < 0.5 else None, bank=digits(R.choice([9, 10, 12])), aba=aba(),
        ec_name="%s %s" % (R.choice(o["first"]), R.choice([last, R.choice(o["last"])])),
        ec_rel=R.choice(["Spouse", "Mother", "Brother", "Sister", "Father", "Partner"]),
        ec_phone=None,
    )
    p["ec_phone"] = phone_for(origin, ctry)
    # email / accent normalisation for ASCII-only systems
    p["email"] = p["email"].replace("ñ", "n").replace("ú", "u").replace("í", "i").replace("á", "a")
    if origin in ("ak", "us") or R.random() < 0.45:
        p["vessel"] = R.choice(VESSELS)
        p["role"] = R.choice(["deckhand", "deckhand", "engineer", "cook", "processor", "mate"])
    else:
        p["role"] = R.choice(["processor", "processor", "fillet line worker", "freezer hand", "QC tech", "sanitation"])
    clat, clon = CITY_LL.get(city, (47.6, -122.3))
    p["lat"] = round(clat + R.uniform(-0.04, 0.04), 5)
    p["lon"] = round(clon + R.uniform(-0.04, 0.04), 5)
    return p


VESSELS = [
    dict(name="F/V Kari Marie", code="KM", doc="1187224", mmsi="367718240", skipper="Capt. Sigrid Kvernmo", bearer="certus700"),
    dict(name="F/V Aleutian Dawn", code="AD", doc="598312", mmsi="366920110", skipper="Capt. Dale Pruitt", bearer="starlink-maritime"),
    dict(name="F/V Sea Ranger", code="SR", doc="1043877", mmsi="367405590", skipper="Capt. Lars Øvrebø", bearer="fleetxpress"),
    dict(name="F/V Northern Resolve", code="NR", doc="1229015", mmsi="368112870", skipper="Capt. Annie Takak", bearer="starlink-maritime"),
    dict(name="F/V Lady Marlene", code="LM", doc="633870", mmsi="366784320", skipper="Capt. Tony Vukovich", bearer="certus350"),
    dict(name="F/V Grace Ellen", code="GE", doc="1098346", mmsi="367550970", skipper="Capt. Ben Schaible", bearer="certus700"),
]

PEOPLE = []
while len(PEOPLE) < 46:
    _p = make_person(len(PEOPLE))
    if all((_q["first"], _q["last"]) != (_p["first"], _p["last"]) and _q["crew"] != _p["crew"] and _q["mrn"] != _p["mrn"] for _q in PEOPLE):
        PEOPLE.append(_p)
# a few special attributes
for p in PEOPLE[:4]:
    p["plb"] = "".join(R.choice("0123456789ABCDEF") for _ in range(15))
PEOPLE[5]["pump"] = "%d" % R.randint(1000000, 1999999)
PEOPLE[9]["pump"] = "%d" % R.randint(1000000, 1999999)
PEOPLE[7]["mbi"] = mbi()
PEOPLE[7]["dob"] = dtm.date(1957, 10, 3)
for p in PEOPLE[10:18]:
    p["plate"] = R.choice(["AK ", "WA "]) + ("%s%s%s%03d" % (R.choice("DFGHJK"), R.choice("ABCEKL"), R.choice("MNPRTZ"), R.randint(0, 999)))
    p["vin"] = vin(valid=(p is not PEOPLE[13]))
    p["dl"] = "%07d" % R.randint(1000000, 9999999)
OLD_RELATIVE = ("Olav Haugland", "94", "Petersburg")

CLIN = [("Ruth", "Okafor", "MD"), ("Tomasz", "Wierzbicki", "PA-C"), ("Marguerite", "Thibodeaux", "NP"), ("Leilani", "Kahananui", "RN"),
        ("Daniel", "Yazzie", "EMT-P")]
CLIN_NPI = {c[1]: npi() for c in CLIN}
CLIN_DEA = {c[1]: dea(c[1]) for c in CLIN}
TM_DOCS = ["Dr. Priya Raghunathan", "Dr. Colm Fitzgerald", "Dr. Hana Sato-Lindqvist"]
CLERKS = ["kwu", "jmorales", "tbeaulieu", "asiddiqui", "rmcallister"]
ORG_PHONE = "(907) 581-4410"
ORG_FAX = "(907) 581-4419"
ORG_ADDR = "1200 Captains Bay Rd, Unalaska, AK 99685"
SEA_ADDR = "2201 W Commodore Way, Seattle, WA 98199"

# ---------------------------------------------------------------- helpers
T0 = dtm.datetime(2024, 6, 14, 4, 55, 0)  # local AKDT (UTC-8)


def z(t, ms=True):
    u = t + dtm.timedelta(hours=8)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (t.microsecond // 1000) if ms else "Z")


def loc(t, ms=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (t.microsecond // 1000) if ms else "") + "-08:00"


def sysl(t):
    return t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")


def J(obj, ascii=False, compact=False):
    """Render obj as JSON pieces; P values are labeled on their escaped bytes."""
    sep, kv = (",", ":") if compact else (", ", ": ")
    out = []

    def w(o):
        if isinstance(o, S):
            out.append('"')
            for pc in o:
                if isinstance(pc, P):
                    out.append(P(json.dumps(pc.text, ensure_ascii=ascii)[1:-1], pc.cat, val=pc.text))
                else:
                    out.append(json.dumps(pc, ensure_ascii=ascii)[1:-1])
            out.append('"')
        elif isinstance(o, P):
            if o.raw:
                out.append(P(o.text, o.cat))
            else:
                esc = json.dumps(o.text, ensure_ascii=ascii)[1:-1]
                out.extend(['"', P(esc, o.cat, val=o.text), '"'])
        elif isinstance(o, dict):
            out.append("{")
            for i, (k, v) in enumerate(o.items()):
                if i:
                    out.append(sep)
                out.append(json.dumps(k, ensure_ascii=ascii) + kv)
                w(v)
            out.append("}")
        elif isinstance(o, list):
            out.append("[")
            for i, v in enumerate(o):
                if i:
                    out.append(sep)
                w(v)
            out.append("]")
        else:
            out.append(json.dumps(o, ensure_ascii=ascii))
    w(obj)
    return out


def pick(cond=None):
    while True:
        p = R.choice(PEOPLE)
        if cond is None or cond(p):
            return p


def fullname(p, style="fl"):
    mid = (" " + p["middle"] + ".") if p["middle"] else ""
    if style == "fl":
        return p["first"] + " " + p["last"]
    if style == "fml":
        return p["first"] + mid + " " + p["last"]
    if style == "lf":
        return p["last"] + ", " + p["first"]
    if style == "LF":
        return (p["last"] + ", " + p["first"]).upper()
    if style == "hl7":
        return p["last"].upper() + "^" + p["first"].upper() + ("^" + p["middle"] if p["middle"] else "")
    if style == "x12":
        return p["last"].upper() + "*" + p["first"].upper() + ("*" + p["middle"] if p["middle"] else "")
    if style == "init":
        return p["first"][0] + ". " + p["last"]
    raise ValueError(style)


def ascii_fold(s):
    tr = str.maketrans("áéíóúñüÁÉÍÓÚÑØøÆæ", "aeiounuAEIOUNOoAa")
    return s.translate(tr)


STATE = {"consults": [], "incidents": [], "trips": [], "cases": [], "csv_header": False, "n_ir": 412, "n_nmm": 11870,
         "n_trip": 318, "n_pe": 860, "hl7": 38120, "x12": 4410, "v": 61400}


def visit_no():
    STATE["v"] += R.randint(1, 7)
    return "V24%06d" % STATE["v"]


# ---------------------------------------------------------------- generators
def g_telemed(t):
    v = R.choice(VESSELS)
    r = R.random()
    base = {"ts": z(t), "level": "info", "logger": "tmgw.link", "vessel": v["name"], "vsl": v["code"]}
    if r < 0.45:
        base.update({"event": "link.stats", "bearer": v["bearer"], "rx_kbps": R.randint(180, 9800), "tx_kbps": R.randint(90, 2400),
                     "rtt_ms": R.randint(38, 890), "loss_pct": round(R.uniform(0, 4.2), 2), "session_id": uid()})
        return [("telemed_gw", J(base))]
    if r < 0.55:
        base.update({"logger": "tmgw.media", "event": "image.transcode", "codec": "jpeg->webp", "in_bytes": R.randint(800000, 4200000),
                     "out_bytes": R.randint(90000, 400000), "sha256": hexs(64), "ms": R.randint(80, 900), "build": "tmgw-3.14.2+g%s" % hexs(7)})
        return [("telemed_gw", J(base))]
    p = pick(lambda x: x["vessel"] is not None)
    v = p["vessel"]
    base.update({"vessel": v["name"], "vsl": v["code"]})
    cid = "NMM-24-%05d" % STATE["n_nmm"]
    STATE["n_nmm"] += R.randint(1, 4)
    STATE["consults"].append((cid, p))
    p["_cid"] = cid
    if r < 0.8:
        cc = R.choice(["frostbite L hand digits 2-4, blanched, numb x6h", "cold water immersion ~4 min, shivering, core 35.1C",
                       "R index finger crush in block, partial amputation distal phalanx", "trench foot bilateral, wet boots x3 days",
                       "laceration L forearm from filet knife, 4 cm", "chest pain on exertion, %d y/o" % (2024 - p["dob"].year)])
        base.update({"logger": "tmgw.consult", "event": "consult.open", "consult_id": P(cid, "other_id"), "crew_id": P(p["crew"], "other_id"),
                     "pt": P(R.choice([fullname(p, "fl"), fullname(p, "lf")]), "name"), "dob": P(p["dob"].isoformat(), "date"),
                     "cc": cc, "reporter": v["skipper"], "md": R.choice(TM_DOCS), "kit": "Tempus Pro SN TP%06d" % R.randint(100000, 999999)})
        return [("telemed_gw", J(base))]
    if r < 0.92:
        base.update({"logger": "tmgw.media", "event": "image.upload", "consult_id": P(cid, "other_id"), "body_site": R.choice(["L hand dorsal", "R foot plantar", "L digits 2-4"]),
                     "mime": "image/jpeg", "bytes": R.randint(900000, 3900000), "preview_b64": b64blob(JPEG_HEAD, 60)})
        return [("telemed_gw", J(base))]
    pp = pick(lambda x: x["vessel"] is not None)
    base.update({"logger": "tmgw.inreach", "event": "inreach.msg.in", "imei": P(imei("30043406"), "device"), "owner_crew_id": P(pp["crew"], "other_id"),
                 "text": R.choice(["cut hand on line bleeding stopped need advice", "skiff 2 ok, hands very cold, heading in", "pls call clinic re my meds"])})
    return [("telemed_gw", J(base))]


def g_vsat(t):
    v = R.choice(VESSELS)
    h = v["code"].lower()
    pid = R.randint(200, 9000)
    msgs = [
        "<134>%s %s-acu01 acu[%d]: [TRACK] sat=%s beam=%d EsNo=%.1fdB az=%.1f el=%.1f hdg=%05.1f pos=%.4fN,%.4fW" % (
            sysl(t), h, pid, R.choice(["I-6 F2", "SL-shell4", "IOR-F5"]), R.randint(100, 199), R.uniform(3, 12), R.uniform(0, 360), R.uniform(5, 40),
            R.uniform(0, 360), R.uniform(52.5, 58.9), R.uniform(160.1, 172.8)),
        "<30>%s %s-fw01 kernel: [WAN] DHCP lease %d.%d.%d.%d gw %d.%d.0.1 lease=3600s ifc=wan%d" % (
            sysl(t), h, R.choice([100, 161, 206, 45]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254), R.choice([100, 161]), R.randint(0, 99), R.randint(0, 1)),
        "<86>%s %s-fw01 sshd[%d]: Accepted publickey for netops from 198.51.100.%d port %d ssh2: ED25519 SHA256:%s" % (
            sysl(t), h, pid, R.randint(2, 250), R.randint(40000, 65000), base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode().rstrip("=")),
        "<132>%s %s-acu01 acu[%d]: [BLOCKAGE] zone 3 az 140-175 masked, re-pointing in %ds" % (sysl(t), h, pid, R.randint(5, 60)),
        "<131>%s %s-rtr01 mwan[%d]: failover %s -> %s reason=loss>%d%% window=30s" % (sysl(t), h, pid, v["bearer"], "certus-backup", R.randint(15, 60)),
    ]
    return [("vsat_syslog", [R.choice(msgs)])]


def g_crewnet(t):
    v = R.choice(VESSELS)
    if R.random() < 0.55:
        return [("crewnet", ["ts=%s svc=crewnet-portal vessel=%s event=pool_stats leases=%d free=%d up_kbps=%d down_kbps=%d ver=2.8.%d" % (
            loc(t, False), v["code"], R.randint(6, 28), R.randint(20, 60), R.randint(100, 900), R.randint(800, 12000), R.randint(0, 9))])]
    p = pick(lambda x: x["vessel"] is not None)
    return [("crewnet", ["ts=%s svc=crewnet-portal vessel=%s event=%s user=" % (loc(t, False), p["vessel"]["code"], R.choice(["login", "login", "quota_warn"])),
                         P(p["username"], "other_id"), " mac=", P(p["phone_mac"], "device"), " ip=", P("10.%d.2.%d" % (R.randint(40, 49), R.randint(10, 250)), "ip"),
                         " plan=crew-10GB used_mb=%d" % R.randint(10, 9900)])]


def g_physical(t):
    out = []
    if not STATE["csv_header"] or R.random() < 0.05:
        STATE["csv_header"] = True
        out.append(("physicals_csv", ["exam_id,crew_id,crew_name,dob,sex,assignment,exam_date,result,audiogram,bp,uds,restrictions,examiner,examiner_npi,mmc_no"]))
    p = pick()
    pe = "PE-24-%05d" % STATE["n_pe"]
    STATE["n_pe"] += R.randint(1, 3)
    c = CLIN[R.randint(0, 2)]
    res = R.choice(["FIT", "FIT", "FIT", "FIT_RESTRICTED", "DEFERRED"])
    restr = {"FIT": "", "FIT_RESTRICTED": R.choice(["no engine room >8h", "hearing protection mandatory", "no overhead lifting >25kg"]),
             "DEFERRED": R.choice(["BP 168/104 recheck 48h", "pending TB CXR", "A1c 9.4 - PCP clearance"])}[res]
    if p.get("pump"):
        restr = "T1DM on pump (Tandem t:slim X2 SN "
    exam_date = (t - dtm.timedelta(days=R.randint(0, 3))).date()
    nm = fullname(p, "lf")
    q = '"' if "," in nm else ""
    assign = p["vessel"]["name"] if p["vessel"] else "PLANT-" + p["role"].upper().replace(" ", "_")
    pieces = [P(pe, "other_id"), ",", P(p["crew"], "other_id"), "," + q, P(nm, "name"), q + ",", P(p["dob"].strftime("%m/%d/%Y"), "date"),
              ",%s,%s," % (p["sex"], assign), P(exam_date.isoformat(), "date"),
              ",%s,%s,%d/%d,%s," % (res, R.choice(["pass", "pass", "refer-L 4kHz"]), R.randint(104, 170), R.randint(62, 104), R.choice(["NEG", "NEG", "NEG", "DILUTE"]))]
    if p.get("pump"):
        pieces += ['"' + restr, P(p["pump"], "device"), ')"']
    else:
        pieces.append(('"%s"' % restr) if restr else "")
    pieces.append(",%s %s %s,%s," % (c[0][0] + ".", c[1], c[2], CLIN_NPI[c[1]]))
    if p["vessel"]:
        pieces.append(P(p["mmc"], "license"))
    out.append(("physicals_csv", pieces))
    return out


def g_incident(t):
    v = R.choice(VESSELS)
    if R.random() < 0.3:
        nm = "NM-2024-%04d" % R.randint(60, 140)
        txt = R.choice(["Crab pot launcher hydraulic hose failure, no injuries. Hose P/N 4A-1207 replaced, lot 23-0916.",
                        "Ice accumulation on rails/wheelhouse approx 4 in; crew broke ice 2h, no injuries.",
                        "Ammonia sensor NH3-2 alarm 35 ppm in plate freezer room, evac 12 min, sensor recal.",
                        "Survival suit inspection: 2 of 14 zippers stiff, lubricated per Imperial 1409 manual."])
        return [("incident", ["%s | %s | %s | cat=NEAR_MISS sev=0 | %s Reported by %s." % (nm, loc(t, False), v["name"], txt, v["skipper"])])]
    p = pick()
    ir = "IR-2024-%04d" % STATE["n_ir"]
    STATE["n_ir"] += R.randint(1, 3)
    STATE["incidents"].append((ir, p))
    onset = t - dtm.timedelta(hours=R.randint(2, 40))
    age = 2024 - p["dob"].year
    site = p["vessel"]["name"] if p["vessel"] else "Plant, freezer line 3"
    v = p["vessel"] or v
    task = "sorting at -2C brine tank" if p["vessel"] else "racking pans in -28C plate freezer room"
    kind = R.choice(["COLD_INJURY", "COLD_INJURY", "AMPUTATION", "IMMERSION"])
    role = p["role"].capitalize()
    if kind == "COLD_INJURY":
        body = [" reports numbness and blanching L 3rd-4th fingers after %dh %s; onset " % (R.randint(6, 12), task),
                P(onset.strftime("%m/%d"), "date"), " ~%s. Rewarmed 40C water 30 min per protocol, blisters clear." % onset.strftime("%H%M")]
    elif kind == "AMPUTATION":
        body = [" caught R index finger in %s; partial amputation distal phalanx. Part recovered, wrapped moist gauze, bagged on ice. Injury date " % R.choice(["crab block", "pot launcher", "header saw"]),
                P(onset.strftime("%Y-%m-%d"), "date"), ". Medevac requested."]
    else:
        body = [" went overboard during pot set, recovered in ~%d min, core temp 34.6C, conscious. Date of event " % R.randint(2, 6),
                P(onset.strftime("%d-%b-%Y").upper(), "date"), "."]
    pieces = [P(ir, "other_id"), " | %s | %s | cat=%s sev=%d | %s " % (loc(t, False), site, kind, R.randint(1, 3), role),
              P(fullname(p, R.choice(["fl", "fml"])), "name"), " (crew ", P(p["crew"], "other_id"), "), %d%s," % (age, p["sex"])] + body
    pieces.append(" Reported by %s." % (v["skipper"] if p["vessel"] else "L. Kahananui RN"))
    if R.random() < 0.3:
        pieces += [" WC claim ", P("WC-AK-24-%06d" % R.randint(0, 999999), "other_id"), " opened with Alaska National (policy WCP 3318842, employer)."]
    return [("incident", pieces)]


def hl7_seg(fields):
    """fields: list where each item is str or list of pieces; joined by |"""
    out = []
    for i, f in enumerate(fields):
        if i:
            out.append("|")
        if isinstance(f, list):
            out.extend(f)
        elif isinstance(f, P):
            out.append(f)
        else:
            out.append(f)
    return out


def g_hl7(t):
    p = pick()
    STATE["hl7"] += 1
    ts = t.strftime("%Y%m%d%H%M%S")
    typ = R.choice(["ADT^A04^ADT_A01", "ADT^A04^ADT_A01", "ORU^R01^ORU_R01", "ADT^A08^ADT_A01"])
    lines = [("hl7v2", ["MSH|^~\\&|NXGEN|BTCLINIC|RHAPSODY|BTHIE|%s||%s|MSG%08d|P|2.5.1|||AL|NE" % (ts, typ, STATE["hl7"])])]
    lines.append(("hl7v2", ["EVN|%s|%s|||%s^%s" % (typ[4:7], ts, R.choice(CLERKS), "CLINIC")]))
    ids = [P(p["mrn"], "mrn"), "^^^BTCLINIC^MR~", P(p["crew"], "other_id"), "^^^BTSEAFOODS^EE"]
    addr = [P(ascii_fold(p["street"]), "address"), "^^", P(p["city"], "address"), "^%s^" % p["st"], P(p["zip"], "zip"), "^%s^H" % p["ctry"]]
    lang = {"tl": "TGL", "es": "SPA", "so": "SOM", "en": "ENG"}[p["lang"]]
    pid = ["PID", "1", "", ids, "", [P(ascii_fold(fullname(p, "hl7")), "name")], "", [P(p["dob"].strftime("%Y%m%d"), "date")], p["sex"], "", "",
           addr, "", [P(p["phone"], "phone"), "^PRN^%s" % ("CP" if p["ctry"] != "USA" else "PH")], "", "%s^%s^ISO639" % (lang, lang.title()), R.choice(["S", "M", ""]), "",
           [P(p["acct"], "account")], [P(p["ssn"].replace("-", ""), "ssn")] if p["ssn"] else ""]
    lines.append(("hl7v2", hl7_seg(pid)))
    if typ.startswith("ADT"):
        if R.random() < 0.7:
            ec = ascii_fold(p["ec_name"]).upper().split(" ")
            lines.append(("hl7v2", hl7_seg(["NK1", "1", [P(ec[-1] + "^" + " ".join(ec[:-1]), "name")], "%s^%s^HL70063" % (p["ec_rel"][:3].upper(), p["ec_rel"]), "",
                                            [P(p["ec_phone"], "phone")], "", "EC^Emergency Contact^HL70131"])))
        c = R.choice(CLIN[:3])
        pv1 = ["PV1", "1", "O", "BTCLINIC^EX%d^01^BTPLANT" % R.randint(1, 4), "", "", "", "%s^%s^%s^^^^%s" % (CLIN_NPI[c[1]], c[1].upper(), c[0].upper(), c[2].replace("-", "")),
               "", "", "OCC", "", "", "", "7", "", "", "", "OP", [P(visit_no(), "account")]] + [""] * 24 + [[P(t.strftime("%Y%m%d%H%M"), "date")]]
        lines.append(("hl7v2", hl7_seg(pv1)))
        if R.random() < 0.5:
            in1 = ["IN1", "1", "PFHT01^Crew Health Plan", "PFHT", "PACIFIC FISHERMENS HEALTH TRUST", "PO BOX 34110^^SEATTLE^WA^98124", "", "(206)555-0177", "GRP-7710-BT",
                   "", "", "", "20240101", "20241231", "", "", [P(ascii_fold(fullname(p, "hl7")), "name")], "01", [P(p["dob"].strftime("%Y%m%d"), "date")]] + [""] * 17 + [[P(p["plan"], "health_plan")]]
            lines.append(("hl7v2", hl7_seg(in1)))
    else:
        coll = (t - dtm.timedelta(days=R.randint(1, 3))).strftime("%Y%m%d%H%M")
        lines.append(("hl7v2", ["OBR|1|ORD%07d|LAB%08d|71774-4^QuantiFERON-TB Gold Plus panel^LN|||" % (R.randint(0, 9999999), R.randint(0, 99999999)),
                                P(coll, "date"), "|||||||||%s^%s^%s" % (CLIN_NPI["Okafor"], "OKAFOR", "RUTH")]))
        lines.append(("hl7v2", ["OBX|1|ST|71773-6^QuantiFERON-TB Gold Plus^LN||%s||||||F" % R.choice(["Negative", "Negative", "Indeterminate", "Positive"])]))
        lines.append(("hl7v2", ["OBX|2|NM|64084-7^TB1 Ag minus Nil^LN||%.2f|IU/mL|<0.35||||F" % R.uniform(0, 0.6)]))
        lines.append(("hl7v2", ["OBX|3|NM|88517-8^Mitogen minus Nil^LN||>10.00|IU/mL|>=0.50||||F|||||||Quest Diagnostics^^^^^CLIA^05D0642827"]))
    return lines


def g_fhir(t):
    p = pick()
    r = R.random()
    force = STATE.pop("force", None)
    if force == "photo":
        r = 0.0
    if r < 0.45:
        ln = {"tl": "tl", "es": "es", "so": "so", "en": "en"}[p["lang"]]
        addr = {"use": "home", "line": [P(p["street"], "address")], "city": P(p["city"], "address"), "state": p["st"], "postalCode": P(p["zip"], "zip"), "country": p["ctry"]}
        if R.random() < 0.4:
            addr["extension"] = [{"url": "http://hl7.org/fhir/StructureDefinition/geolocation", "extension": [
                {"url": "latitude", "valueDecimal": P(str(p["lat"]), "address", raw=True)}, {"url": "longitude", "valueDecimal": P(str(p["lon"]), "address", raw=True)}]}]
        res = {"resourceType": "Patient", "id": P(p["mrn"], "mrn"), "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": z(t)},
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.7710.1.2", "value": P(p["mrn"], "mrn")},
                              {"system": "https://beringtide.example/crew-id", "value": P(p["crew"], "other_id")}],
               "name": [{"use": "official", "family": P(p["last"], "name"), "given": [P(p["first"], "name")]}],
               "telecom": [{"system": "phone", "value": P(p["phone"], "phone"), "use": "mobile"}, {"system": "email", "value": P(p["email"], "email")}],
               "gender": {"F": "female", "M": "male"}[p["sex"]], "birthDate": P(p["dob"].isoformat(), "date"), "address": [addr],
               "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": ln}]}, "preferred": True}]}
        if R.random() < 0.3 or force == "photo":
            res["photo"] = [{"contentType": "image/jpeg", "title": "crew badge", "data": P(b64blob(JPEG_HEAD, 90), "photo")}]
        return [("fhir", J(res, compact=True))]
    if r < 0.75:
        res = {"resourceType": "Observation", "id": uid(), "status": "final",
               "code": {"coding": [{"system": "http://loinc.org", "code": "8310-5", "display": "Body temperature"}]},
               "subject": {"reference": S(["Patient/", P(p["mrn"], "mrn")])}, "effectiveDateTime": P(loc(t - dtm.timedelta(minutes=R.randint(5, 90)), False), "date"),
               "valueQuantity": {"value": round(R.uniform(34.2, 37.6), 1), "unit": "Cel", "system": "http://unitsofmeasure.org", "code": "Cel"},
               "performer": [{"display": "%s %s, %s" % CLIN[R.randint(0, 3)]}]}
        return [("fhir", J(res, compact=True))]
    res = {"resourceType": "Encounter", "id": P(visit_no(), "account"), "status": R.choice(["in-progress", "finished"]),
           "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": R.choice(["AMB", "VR"])},
           "period": {"start": P(loc(t, False), "date")}, "serviceProvider": {"display": "Bering Tide Crew Health Clinic, " + ORG_ADDR},
           "reasonCode": [{"text": R.choice(["pre-season physical", "hand pain after cold exposure", "TB screening", "back strain, lifting totes"])}]}
    return [("fhir", J(res, compact=True))]


def g_interp(t):
    lang = R.choice(["tgl", "spa", "som", "som", "tgl"])
    if R.random() < 0.45:
        return [("interp", J({"@timestamp": z(t), "svc": "interp-bridge", "lvl": "INFO", "msg": "queue.stats", "lang": lang, "waiting": R.randint(0, 5),
                              "avg_wait_s": R.randint(8, 240), "vendor": "LinguaLink Remote", "pod": "interp-bridge-7d9c%s-%s" % (hexs(4), hexs(5))}, ascii=True))]
    code = {"tgl": "tl", "spa": "es", "som": "so"}[lang]
    p = pick(lambda x: x["lang"] == code)
    obj = {"@timestamp": z(t), "svc": "interp-bridge", "lvl": "INFO", "msg": "call.end", "lang": lang, "interpreter": "#%d" % R.randint(40000, 59999),
           "mins": R.randint(3, 41), "encounter": P(visit_no(), "account"), "patient": P(fullname(p, R.choice(["fl", "lf"])), "name"),
           "mode": R.choice(["video", "audio"]), "note": R.choice(["pt prefers female interpreter", "", "family member declined as interpreter", "dialect: Bisaya preferred" if code == "tl" else "ok"])}
    if R.random() < 0.3:
        obj["callback"] = P(p["phone"], "phone")
    return [("interp", J(obj, ascii=True))]


SMS_FROM = "+19075814410"


def g_sms(t):
    if R.random() < 0.5:
        return [("sms_gw", ['time=%s level=info msg="status callback" sid=SM%s status=%s err=%s price=-0.0079 carrier_ms=%d' % (
            z(t, False), hexs(32), R.choice(["delivered", "delivered", "sent", "undelivered"]), R.choice(["0", "0", "30003"]), R.randint(200, 9000))])]
    p = pick()
    ap = t + dtm.timedelta(days=R.randint(1, 5))
    ap = ap.replace(hour=R.choice([8, 9, 10, 13, 14]), minute=R.choice([0, 15, 30, 45]))
    if R.random() < 0.25:
        return [("sms_gw", ['time=%s level=info msg="inbound sms" sid=SM%s from=' % (z(t, False), hexs(32)), P(p["phone"], "phone"),
                            ' to=%s body="%s"' % (SMS_FROM, R.choice({"tl": ["OO", "Salamat po", "Pwede po ba sa hapon?"], "es": ["SI", "Gracias", "No puedo ese día"],
                                                                          "so": ["HAA", "Mahadsanid", "Waan iman doonaa"], "en": ["YES", "ok thanks", "can I come later?"]}[p["lang"]]))])]
    fn = p["first"].split()[0]
    d1 = ap.strftime("%m/%d")
    if p["lang"] == "tl":
        body = ["Paalala mula sa Bering Tide Clinic: ", P(fn, "name"), ", ang iyong TB skin test reading ay sa ", P(d1, "date"),
                " %s. Sumagot ng OO para kumpirmahin." % ap.strftime("%I:%M %p").lstrip("0")]
    elif p["lang"] == "es":
        body = ["Hola ", P(fn, "name"), ", recordatorio: su cita en la clínica Bering Tide es el ", P(ap.strftime("%d/%m"), "date"),
                " a las %s. Responda SI para confirmar." % ap.strftime("%H:%M")]
    elif p["lang"] == "so":
        body = ["Xasuusin: ", P(fn, "name"), ", ballantaada rugta caafimaadka Bering Tide waa ", P(d1, "date"),
                " saacadda %s. Fadlan keen kaarkaaga shaqada. Ku jawaab HAA." % ap.strftime("%H:%M")]
    else:
        body = ["Bering Tide Clinic: ", P(fn, "name"), ", reminder of your appt on ", P(d1, "date"), " at %s. Reply YES to confirm, call %s to change." % (ap.strftime("%I:%M %p").lstrip("0"), ORG_PHONE)]
    return [("sms_gw", ['time=%s level=info msg="outbound sms" sid=SM%s to=' % (z(t, False), hexs(32)), P(p["phone"], "phone"), " from=%s segments=%d body=\"" % (SMS_FROM, R.randint(1, 3))] + body + ['"'])]


CHAT_USERS = [("U04K2M9QX", "ops.desk.seattle"), ("U03QRT1L2", "dr.raghunathan"), ("U05CG17LN", "uscg.d17.liaison"), ("U02AAMDSP", "aam.dispatch"),
              ("U06PLTCLN", "clinic.okafor"), ("U01SAFETY", "safety.jmorales")]


def g_chat(t):
    u = R.choice(CHAT_USERS)
    ts = "%d.%06d" % (int((t + dtm.timedelta(hours=8) - dtm.datetime(1970, 1, 1)).total_seconds()), R.randint(0, 999999))
    r = R.random()
    force = STATE.pop("force", None)
    if force is not None:
        r = 1.0
    if r < 0.5 or not STATE["consults"]:
        txt = R.choice(["Wx at Cold Bay: ceilings 800ft, vis 3SM BR, wind 240@22G31. AIRSTA Kodiak holding until 1500L.",
                        "Reminder: medevac binder rev 7 is in the shared drive, call tree updated for the %s season." % R.choice(["A-season", "B-season"]),
                        "AAM says N417AM back in service after 100-hr inspection, based PADU till Friday.",
                        "RCC Juneau line is (907) 463-2000, use SAR desk not the duty officer.",
                        "%s position 55°%02d.%dN 164°%02d.%dW, 18 nm from St. George, steaming 9 kt." % (R.choice(VESSELS)["name"], R.randint(0, 59), R.randint(0, 9), R.randint(0, 59), R.randint(0, 9)),
                        "Tempus Pro on %s failing SpO2 self-test, swap unit from the plant spare (SN TP%06d)." % (R.choice(VESSELS)["name"], R.randint(100000, 999999)),
                        "Ticket INC0048%03d opened for Starlink outage on %s." % (R.randint(0, 999), R.choice(VESSELS)["name"])])
        pieces = [txt]
    else:
        cid, p = R.choice(STATE["consults"][-6:])
        case = "%07d" % R.randint(1700000, 1799999)
        k = R.random() if force is None else force
        if k < 0.3:
            pieces = ["CG case ", P(case, "other_id"), " opened for %s, pt " % (p["vessel"]["name"] if p["vessel"] else "plant"), P(fullname(p, "fl"), "name"),
                      " DOB ", P(p["dob"].strftime("%m/%d/%Y"), "date"), ", consult ", P(cid, "other_id"), ". %s Hoist ETA %s, MH-60T 60%02d." % (R.choice(["Stable, partial amp R index.", "Mod hypothermia, rewarming.", "Frostbite bil feet, cannot bear weight.", "Chest pain resolved, ECG via Tempus sent."]), (t + dtm.timedelta(minutes=R.randint(40, 200))).strftime("%H%ML"), R.randint(0, 40))]
        elif k < 0.5:
            pieces = ["Chart link for receiving ED: ", P("https://ehr.btcrewhealth.example/chart/%s/encounters/%s" % (p["mrn"], visit_no()), "url"), " (pt ", P(fullname(p, "init"), "name"), ")"]
        elif k < 0.65:
            if p.get("plb") is None:
                p = PEOPLE[R.randint(0, 3)]
            pieces = ["SARSAT alert: personal PLB 406 hex ", P(p["plb"], "device"), " registered to ", P(fullname(p, "fl"), "name"),
                      " (crew ", P(p["crew"], "other_id"), "). Vessel EPIRB %s not activated." % "".join(R.choice("0123456789ABCDEF") for _ in range(15))]
        elif k < 0.8:
            pieces = ["NOK for ", P(fullname(p, "fl"), "name"), " is ", P(p["ec_name"], "name"), " (%s) " % p["ec_rel"].lower(), P(p["ec_phone"], "phone"),
                      ". Family asks records faxed to ", P("+63 2 8%03d %04d" % (R.randint(100, 999), R.randint(0, 9999)), "fax"),
                      " (brother's office). ROI form signed."]
        elif k < 0.9 and (STATE.setdefault("old", 0) < 2 or force is not None):
            STATE["old"] += 1
            nm, age, city = OLD_RELATIVE
            p = PEOPLE[R.choice([i for i, q in enumerate(PEOPLE) if q["origin"] == "us"])]
            pieces = ["Called NOK for ", P(fullname(p, "fl"), "name"), ": grandfather ", P(nm, "name"), ", ", P(age, "age"), ", in ", P(city, "address"), " - hard of hearing, will call sister at ",
                      P(phone_for("us", "USA"), "phone"), " instead."]
        else:
            pieces = ["Dispatch trip ", P("24-06-%04d" % (STATE["n_trip"] + 1), "other_id"), " accepted for consult ", P(cid, "other_id"), ", receiving Providence Alaska MC, Anchorage."]
    obj = {"ts": ts, "channel": "C0MEDEVAC", "channel_name": "medevac-ops", "user": u[0], "user_name": u[1], "text": S(pieces)}
    return [("medevac_chat", J(obj, compact=True))]


def g_cad(t):
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    if R.random() < 0.55:
        return [("aam_cad", ["%s|AAM-CAD|UNIT=N%dAM|STATUS=%s|BASE=%s|FUEL_LB=%d|CREW=%s/%s|WX=%s" % (
            ts, R.choice([417, 422, 390]), R.choice(["AVAILABLE", "OOS-MX", "AVAILABLE", "REPOSITION"]), R.choice(["PADU", "PANC", "PADQ"]), R.randint(800, 3200),
            R.choice(["RN Holm", "RN Castillo"]), R.choice(["PM Dyer", "RT Ng"]), R.choice(["VFR", "MVFR", "IFR"]))])]
    if STATE["trips"] and R.random() < 0.5:
        trip, p, k = STATE["trips"][-1]
        k = min(k + 1, 4)
        STATE["trips"][-1] = (trip, p, k)
    else:
        p = pick() if R.random() < 0.85 else PEOPLE[7]
        STATE["n_trip"] += 1
        trip, k = "24-06-%04d" % STATE["n_trip"], 0
        STATE["trips"].append((trip, p, k))
    st = ["REQUEST", "ENROUTE", "PT_CONTACT", "TRANSPORT", "ARRIVED"][k]
    pc = ["%s|AAM-CAD|TRIP " % ts, P(trip, "other_id"), "|STATUS=%s|UNIT=N%dAM|FROM=%s|TO=PANC|PT=" % (st, R.choice([417, 422]), R.choice(["PADU", "PASN", "PACD", "USCG-HOIST"])),
          P(ascii_fold(fullname(p, "LF")), "name"), "|DOB=", P(p["dob"].isoformat(), "date"),
          "|WT_KG=%d|DX=%s|ACUITY=%d" % (R.randint(52, 118), R.choice(["traumatic amputation R index", "hypothermia mod", "frostbite 3rd deg bil feet", "chest pain r/o ACS"]), R.randint(1, 3))]
    if R.random() < 0.3:
        pc += ["|PAYER=", P(p["medicaid"], "health_plan") if p["medicaid"] else P(p["plan"], "health_plan")]
    if p.get("mbi"):
        pc += ["|MCARE_MBI=", P(p["mbi"], "health_plan")]
    return [("aam_cad", pc)]


def g_payroll(t):
    out = []
    if R.random() < 0.25:
        out.append(("payroll_fw", ["H%-20s%06d%s%s%-12s" % ("BERINGTIDE SEAFOODS", R.randint(400, 420), "20240608", "20240614", "FEIN912874410")]))
    for _ in range(R.randint(1, 3)):
        p = pick()
        nm = ascii_fold(fullname(p, "LF"))[:28]
        hrs = R.uniform(40, 98)
        rate = R.choice([17.25, 18.00, 19.50, 24.00])
        acctv = p["paycard"] or p["bank"]
        meth = "PCD" if p["paycard"] else "DDA"
        pc = ["D", P(p["crew"], "other_id"), " ", P(nm, "name"), " " * (29 - len(nm))]
        pc.append(P(p["ssn"].replace("-", ""), "ssn") if p["ssn"] else "000000000")
        pc += [" %-6s%07.2f%07.2f%010.2f %s " % (("VSL" + p["vessel"]["code"]) if p["vessel"] else "PLNT", hrs, rate, hrs * rate, meth), P(acctv, "account"),
               " " * (17 - len(acctv)), "%s" % ("000000000" if p["paycard"] else p["aba"])]
        out.append(("payroll_fw", pc))
    if R.random() < 0.25:
        out.append(("payroll_fw", ["T%08d%014.2f%s" % (R.randint(300, 1300), R.uniform(900000, 2500000), hashlib.md5(str(t).encode()).hexdigest()[:12].upper())]))
    return out


def g_timeclock(t):
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    gate = R.choice(["PLANT-GATE-1", "PLANT-GATE-2", "BUNKHOUSE-B"])
    if R.random() < 0.5:
        return [("timeclock", ["TC|%s|%s|HEARTBEAT|fw=4.2.11|enrolled=%d|db_sync=ok|temp_c=%d" % (ts, gate, R.randint(1100, 1300), R.randint(4, 19))])]
    p = pick(lambda x: x["vessel"] is None) if R.random() < 0.9 else pick()
    pc = ["TC|%s|%s|emp=" % (ts, gate), P(p["crew"], "other_id"), "|%s|score=%.2f" % (R.choice(["IN", "OUT", "IN", "OUT", "BREAK"]), R.uniform(0.71, 0.99))]
    if R.random() < 0.35:
        pc += ["|reenroll tmpl=", P(b64blob(FMR_HEAD, 54), "biometric")]
    return [("timeclock", pc)]


def g_housing(t):
    force = STATE.pop("force", None)
    if R.random() < 0.35 and force is None:
        return [("housing", ["ts=%s app=bunkhouse action=%s bldg=%s room=%d result=%s by=facilities.%s wo=WO-%05d" % (
            loc(t, False), R.choice(["room_inspection", "hvac_check", "laundry_fault"]), R.choice("ABCD"), R.randint(101, 330), R.choice(["pass", "fail", "pass"]),
            R.choice(CLERKS), R.randint(1000, 9999))])]
    p = pick()
    r = R.random()
    if force == "parking":
        r = 0.7
    pre = "ts=%s app=bunkhouse " % loc(t, False)
    if r < 0.4:
        ci = (t - dtm.timedelta(days=R.randint(0, 10))).date()
        pc = [pre + "action=assign worker_id=", P(p["crew"], "other_id"), ' name="', P(fullname(p, "fl"), "name"), '" bldg=%s room=%d bed=%d checkin=' % (R.choice("ABCD"), R.randint(101, 330), R.randint(1, 4)),
              P(ci.isoformat(), "date"), " lang=%s" % p["lang"]]
        if p.get("passport"):
            pc += [" id_doc=PH_PASSPORT:", P(p["passport"], "license")]
        return [("housing", pc)]
    if r < 0.65:
        until = (t + dtm.timedelta(days=R.randint(2, 7))).date()
        return [("housing", [pre + "action=medical_hold worker_id=", P(p["crew"], "other_id"), ' room=Q-%d reason="%s" until=' % (R.randint(1, 4), R.choice(["clinic hold: pending TB CXR", "GI illness isolation", "COVID-19 isolation day 1"])),
                             P(until.isoformat(), "date"), " ordered_by=%s" % R.choice(["okafor", "wierzbicki"])])]
    if r < 0.85:
        p = pick(lambda x: x.get("plate"))
        return [("housing", [pre + "action=parking_permit worker_id=", P(p["crew"], "other_id"), " plate=", P(p["plate"], "vehicle"), " vin=", P(p["vin"], "vehicle"),
                             " dl=AK:", P(p["dl"], "license"), " lot=P3 permit=PP-24-%04d" % R.randint(0, 9999)])]
    return [("housing", [pre + "action=contact_update worker_id=", P(p["crew"], "other_id"), " email=", P(p["email"], "email"), " phone=", P(p["phone"], "phone"), " by=self_service"])]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.165 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36 Edg/125.0.2535.92"]


def ngx_t(t):
    return t.strftime("[%d/%b/%Y:%H:%M:%S -0800]")


def g_nginx(t):
    r = R.random()
    if r < 0.45:
        path = R.choice(["/healthz", "/static/js/app.3f9c2a1e.js", "/static/css/main.9b21f0c4.css", "/favicon.ico", "/metrics"])
        ip = "10.20.0.%d" % R.randint(2, 9) if path in ("/healthz", "/metrics") else "%d.%d.%d.%d" % (R.choice([12, 66, 174]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        ua = "kube-probe/1.28" if path in ("/healthz", "/metrics") else R.choice(UA)
        return [("nginx", ['%s - - %s "GET %s HTTP/1.1" 200 %d "-" "%s" rt=%.3f uct="0.000"' % (ip, ngx_t(t), path, R.randint(2, 220000), ua, R.uniform(0.001, 0.09))])]
    p = pick()
    if r < 0.72:
        ip = "%d.%d.%d.%d" % (R.choice([112, 49, 175, 24, 73, 97]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        return [("nginx", [P(ip, "ip"), ' - - %s "GET /portal/api/v1/appointments?mrn=' % ngx_t(t), P(p["mrn"], "mrn"), '&lang=%s HTTP/1.1" 200 %d "https://portal.btcrewhealth.example/" "%s" rt=%.3f' % (
            p["lang"], R.randint(300, 4000), R.choice(UA[:2]), R.uniform(0.01, 0.6))])]
    if r < 0.85:
        ip = "%d.%d.%d.%d" % (R.choice([112, 49, 175, 24, 73, 97]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        return [("nginx", [P(ip, "ip"), ' - - %s "POST /portal/api/v1/password-reset?email=' % ngx_t(t), P(quote(p["email"], safe=""), "email", val=p["email"]),
                           ' HTTP/1.1" 202 41 "https://portal.btcrewhealth.example/login" "%s" rt=%.3f' % (R.choice(UA[:2]), R.uniform(0.05, 0.4))])]
    enc = quote(p["last"])
    return [("nginx", ['10.60.4.%d - %s %s "GET /ehr/search?family=' % (R.randint(20, 60), R.choice(["rokafor", "twierzbicki", "lkahananui"]), ngx_t(t)), P(enc, "name", val=p["last"]),
                       '&birthdate=', P(p["dob"].isoformat(), "date"), ' HTTP/1.1" 200 %d "-" "%s" rt=%.3f' % (R.randint(300, 9000), UA[2], R.uniform(0.05, 1.2))])]


def g_trace(t):
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % R.randint(0, 999)
    thr = "pool-%d-thread-%d" % (R.randint(1, 4), R.randint(1, 12))
    if R.random() < 0.5:
        frames = ["com.beringtide.integration.hl7.PidMapper.mapSsn(PidMapper.java:214)", "com.beringtide.integration.hl7.PidMapper.map(PidMapper.java:88)",
                  "com.beringtide.integration.route.ChannelDispatcher.dispatch(ChannelDispatcher.java:131)"]
        p = pick()
        bad = "666-%02d-%04d" % (R.randint(1, 99), R.randint(1, 9999))
        first = [("java_trace", ["%s ERROR [%s] c.b.i.hl7.PidMapper - Failed to map PID-19 for MRN " % (ts, thr), P(p["mrn"], "mrn"), ": value '", P(bad, "ssn"), "' rejected"])]
        exc = "java.lang.IllegalArgumentException: SSN area 666 not assignable"
    else:
        first = [("java_trace", ["%s ERROR [%s] c.b.i.route.ChannelDispatcher - Delivery to RHAPSODY:BTHIE failed after 3 retries (msgId=%s)" % (ts, thr, uid())])]
        exc = "java.net.SocketTimeoutException: connect timed out (hie-gw.btcrewhealth.example:6661)"
        frames = ["java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:551)", "java.base/java.net.Socket.connect(Socket.java:751)",
                  "com.beringtide.integration.mllp.MllpClient.open(MllpClient.java:77)", "com.beringtide.integration.route.ChannelDispatcher.dispatch(ChannelDispatcher.java:119)"]
    frames = frames + ["java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
              "java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:642)", "java.base/java.lang.Thread.run(Thread.java:1583)"]
    out = first + [("java_trace", [exc])]
    for f in frames[:R.randint(4, len(frames))]:
        out.append(("java_trace", ["\tat " + f]))
    if R.random() < 0.4:
        out.append(("java_trace", ["\t... %d common frames omitted" % R.randint(2, 14)]))
    return out


def g_pg(t):
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d AKDT" % R.randint(0, 999)
    pid = R.randint(10000, 40000)
    r = R.random()
    if r < 0.5:
        msg = R.choice(["LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % (
            R.randint(50, 4000), R.uniform(0.1, 9), R.uniform(1, 30), R.uniform(1, 31)),
            "LOG:  automatic vacuum of table \"bthealth.public.medlocker_txn\": index scans: 1, tuples: %d removed, %d remain" % (R.randint(0, 900), R.randint(10000, 90000)),
            "LOG:  connection authorized: user=clinic_app database=bthealth application_name=tmgw-3.14.2 SSL enabled (protocol=TLSv1.3)",
            "LOG:  duration: %.3f ms  statement: SELECT count(*) FROM crew_physical WHERE season = '2024-B' AND status = 'DEFERRED'" % R.uniform(1, 900)])
        return [("pg_audit", ["%s [%d] %s" % (ts, pid, msg)])]
    p = pick()
    pre = "%s [%d] clinic_app@bthealth LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,\"" % (ts, pid, R.randint(100, 9000))
    if r < 0.75:
        return [("pg_audit", [pre + "SELECT mrn, crew_id FROM patient WHERE last_name = '", P(p["last"].replace("'", "''"), "name", val=p["last"].replace("'", "''")),
                              "' AND dob = '", P(p["dob"].isoformat(), "date"), "'\",<not logged>"])]
    pe = "PE-24-%05d" % R.randint(800, STATE["n_pe"] + 1)
    pre = pre.replace("READ,SELECT", "WRITE,UPDATE")
    return [("pg_audit", [pre + "UPDATE crew_physical SET status = 'FIT', cleared_by = 'okafor' WHERE exam_id = '", P(pe, "other_id"), "'\",<not logged>"])]


def g_x12(t):
    STATE["x12"] += 1
    cn = "%09d" % STATE["x12"]
    p = pick()
    d = t.strftime("%Y%m%d")
    segs = [["ISA*00*          *00*          *ZZ*%-15s*ZZ*%-15s*%s*%s*^*00501*%s*0*P*:~" % ("BTCREWCLINIC", "PFHTRUST", t.strftime("%y%m%d"), t.strftime("%H%M"), cn)],
            ["GS*HS*BTCREWCLINIC*PFHTRUST*%s*%s*%d*X*005010X279A1~" % (d, t.strftime("%H%M"), STATE["x12"])],
            ["ST*270*%04d*005010X279A1~" % R.randint(1, 9999)],
            ["BHT*0022*13*%s*%s*%s~" % (hexs(10).upper(), d, t.strftime("%H%M%S"))],
            ["HL*1**20*1~"], ["NM1*PR*2*PACIFIC FISHERMENS HEALTH TRUST*****PI*PFHT01~"],
            ["HL*2*1*21*1~"], ["NM1*1P*2*BERING TIDE CREW HEALTH CLINIC*****XX*%s~" % CLIN_NPI["Okafor"]],
            ["HL*3*2*22*0~"], ["TRN*1*%s*9%s~" % (digits(12), digits(9))],
            ["NM1*IL*1*", P(ascii_fold(fullname(p, "x12")), "name"), "***MI*", P(p["plan"], "health_plan"), "~"],
            ["DMG*D8*", P(p["dob"].strftime("%Y%m%d"), "date"), "*%s~" % p["sex"]],
            ["DTP*291*D8*", P(d, "date"), "~"], ["EQ*30~"],
            ["SE*%d*%04d~" % (13, R.randint(1, 9999))], ["GE*1*%d~" % STATE["x12"]], ["IEA*1*%s~" % cn]]
    if R.random() < 0.6:  # shorter slice as ingested by the line-based shipper
        segs = segs[2:15]
    return [("x12", s) for s in segs]


def g_medlocker(t):
    v = R.choice(VESSELS)
    ts = loc(t, False)
    items = [("0409-4888-02", "lidocaine HCl 1% 5 mL", "2K1187"), ("0781-1506-10", "cephalexin 500 mg cap", "GL4471"), ("63323-0165-01", "ketorolac 30 mg/mL", "6110392"),
             ("0006-0749-54", "ondansetron ODT 4 mg", "W00982"), ("50090-2876-0", "ibuprofen 800 mg tab", "C33018"), ("N/A", "SAM splint 36in", "SS-0923-118")]
    ndc, desc, lot = R.choice(items)
    if R.random() < 0.7:
        return [("medlocker", ["%s\t%s\tINVENTORY\tNDC %s\t%s\tLOT %s\tEXP %s\tqty=%d\tpar=%d\tcheck_by=%s" % (
            ts, v["code"], ndc, desc, lot, "20%d-%02d" % (R.randint(25, 27), R.randint(1, 12)), R.randint(0, 12), R.randint(4, 12), ascii_fold(v["skipper"].split()[-1].lower()))])]
    cid, p = R.choice(STATE["consults"]) if STATE["consults"] else (None, pick(lambda x: x["vessel"] is not None))
    cid = cid or "NMM-24-11870"
    v = p["vessel"]
    return [("medlocker", ["%s\t%s\tDISPENSE\tNDC %s\t%s\tLOT %s\tqty=%d\tcrew=" % (ts, v["code"], ndc, desc, lot, R.randint(1, 20)), P(p["crew"], "other_id"),
                           "\tauth=%s\tconsult=" % R.choice(TM_DOCS).split()[-1].lower(), P(cid, "other_id")])]


def g_xml(t):
    if not STATE["consults"] or R.random() < 0.25:
        return [("nmm_xml", ['<?xml version="1.0" encoding="UTF-8"?><Heartbeat xmlns="urn:nmm:telemed:v2" svc="nmm-outbound" build="2024.06.3-%s" ts="%s" queue="%d"/>' % (hexs(7), z(t), R.randint(0, 9))])]
    cid, p = R.choice(STATE["consults"][-8:])
    R2 = random.Random(cid)
    dx = R2.choice([("T33.521A", "Superficial frostbite of right finger(s), initial"), ("T34.522A", "Frostbite with tissue necrosis of left finger(s), initial"),
                   ("S68.621A", "Partial traumatic transphalangeal amputation of right index finger, initial"), ("T68.XXXA", "Hypothermia, initial encounter")])
    doc = R.choice(TM_DOCS)
    pcs = ['<ConsultSummary xmlns="urn:nmm:telemed:v2" id="', P(cid, "other_id"), '"><Patient><Name>', P(fullname(p, "fml"), "name"), "</Name><DOB>",
           P(p["dob"].isoformat(), "date"), "</DOB><CrewId>", P(p["crew"], "other_id"), "</CrewId></Patient><Vessel doc=\"%s\">%s</Vessel>" % (
               (p["vessel"] or VESSELS[0])["doc"], (p["vessel"] or VESSELS[0])["name"]),
           '<Dx code="%s">%s</Dx><Disposition>%s</Disposition><Physician>%s</Physician><ReplyFax>%s</ReplyFax></ConsultSummary>' % (
               dx[0], dx[1], R.choice(["Continue at sea, recheck 12h", "Divert to Dutch Harbor", "Medevac recommended"]), doc, ORG_FAX)]
    return [("nmm_xml", pcs)]


GENS = [(g_telemed, 9), (g_vsat, 18), (g_crewnet, 4), (g_physical, 5), (g_incident, 4), (g_hl7, 3), (g_fhir, 4), (g_interp, 5), (g_sms, 7),
        (g_chat, 7), (g_cad, 5), (g_payroll, 2), (g_timeclock, 5), (g_housing, 5), (g_nginx, 11), (g_trace, 0.35), (g_pg, 5), (g_x12, 0.3),
        (g_medlocker, 5), (g_xml, 3)]
FILLERS = [g_vsat]


# ---------------------------------------------------------------- assemble
def render(family, pieces):
    buf = bytearray()
    spans = []
    for pc in pieces:
        if isinstance(pc, P):
            if pc.val is not None and pc.val != pc.text:
                ok = False
                try:
                    ok = json.loads('"' + pc.text + '"') == pc.val
                except ValueError:
                    pass
                ok = ok or unquote(pc.text) == pc.val or pc.text.replace("''", "'") == pc.val.replace("''", "'")
                if not ok:
                    raise SystemExit("encoded value mismatch: %r vs %r" % (pc.text, pc.val))
            b = pc.text.encode("utf-8")
            if not b:
                raise SystemExit("empty span in %s" % family)
            spans.append({"s": len(buf), "e": len(buf) + len(b), "cat": pc.cat, "_t": pc.text})
            buf += b
        elif isinstance(pc, str):
            buf += pc.encode("utf-8")
        else:
            raise SystemExit("bad piece %r" % (pc,))
    return bytes(buf), spans


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account", "license", "vehicle", "device",
        "url", "ip", "biometric", "photo", "other_id"}


def main():
    t = T0
    lines = []
    weights = [w for _, w in GENS]
    fns = [g for g, _ in GENS]
    forced = {40: g_x12, 150: g_trace, 230: g_x12, 25: ("photo", g_fhir), 310: ("photo", g_fhir), 70: ("parking", g_housing), 260: ("parking", g_housing),
              120: (0.4, g_chat), 180: (0.7, g_chat), 280: (0.85, g_chat), 340: (0.4, g_chat), 380: (0.6, g_chat)}
    ev = 0
    while len(lines) < N_LINES:
        t = t + dtm.timedelta(seconds=R.randint(4, 140), microseconds=R.randint(0, 999999))
        g = forced.get(ev) or R.choices(fns, weights)[0]
        if isinstance(g, tuple):
            STATE["force"], g = g
        ev += 1
        new = g(t)
        if len(lines) + len(new) > N_LINES:
            new = FILLERS[0](t)
        lines.extend(new)
    assert len(lines) == N_LINES
    log_out = bytearray()
    lab_out = []
    for i, (fam, pieces) in enumerate(lines, 1):
        b, spans = render(fam, pieces)
        if not b or b"\n" in b or b"\r" in b:
            raise SystemExit("bad line %d" % i)
        b.decode("utf-8")
        last_e = 0
        for sp in spans:
            if not (0 <= sp["s"] < sp["e"] <= len(b)):
                raise SystemExit("span out of range line %d" % i)
            if sp["s"] < last_e:
                raise SystemExit("overlap line %d" % i)
            if b[sp["s"]:sp["e"]].decode("utf-8") != sp.pop("_t"):
                raise SystemExit("span text mismatch line %d" % i)
            if sp["cat"] not in CATS:
                raise SystemExit("bad cat %s" % sp["cat"])
            last_e = sp["e"]
        log_out += b + b"\n"
        lab_out.append(json.dumps({"line": i, "family": fam, "spans": spans}, ensure_ascii=False))
    with open("rm.log", "wb") as f:
        f.write(bytes(log_out))
    with open("rm.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lab_out) + "\n")
    # summary
    from collections import Counter
    nophi = sum(1 for l in lab_out if '"spans": []' in l)
    cats = Counter()
    fams = Counter()
    for l in lab_out:
        o = json.loads(l)
        fams[o["family"]] += 1
        for s in o["spans"]:
            cats[s["cat"]] += 1
    sys.stderr.write("lines=%d no_phi=%d (%.1f%%)\n" % (len(lab_out), nophi, 100.0 * nophi / len(lab_out)))
    sys.stderr.write("cats=%s\n" % dict(sorted(cats.items())))
    sys.stderr.write("families=%s\n" % dict(sorted(fams.items())))


if __name__ == "__main__":
    main()
