#!/usr/bin/env python3
"""gen_qd.py - synthetic labeled log corpus "qd".

Theme: a state STI partner-services / disease-intervention program
(Georgia-style "DPH STD Program": DIS field staff, NBS-like case management,
electronic lab reporting, contact-tracing exports).  All people, numbers and
addresses are invented.  Standard library only, fixed seed: two runs give
byte-identical qd.log / qd.labels.jsonl in the current directory.

Systems simulated (family names used in the labels)
  hl7_elr        HL7 v2.5.1 ORU^R01 ELR from reference / public-health labs,
                 one segment per line (MSH SFT PID NK1 ORC OBR OBX SPM)
  rhapsody_json  integration engine (ELR/eCR routes) JSON log
  nbs_log4j      NBS-style Java case-management app log4j lines + stack traces
  prism_audit    home-grown case-management audit trail, key=value
  nginx_access   access logs: staff web app + client partner-notification /
                 reschedule portal + load-balancer health checks
  sms_gw         SMS gateway JSON (outbound DIS texts, inbound client replies)
  mdm_json       Workspace-ONE-like MDM events for DIS field phones
  ct_export_csv  contact-tracing (partner elicitation) CSV export rows
  fr_fixed       fixed-width field-record transfer file (FR / interstate)
  dis_note       free-text DIS field / interview notes from the CMS
  pg_log         PostgreSQL server log (slow statements, errors, checkpoints)
  syslog         RFC3164 syslog from Linux servers (sshd, cron, systemd...)
  fhir_ecr       FHIR R4 resources from eCR (Patient, Encounter, Condition)
  cda_eicr       eICR CDA XML fragments (one element per physical line)
  x12_270        X12 005010X279A1 270 eligibility inquiries (Medicaid, EPT)
  ept_pharm      pipe-delimited pharmacy feed for expedited partner therapy
  teams_chat     Teams chat export (DIS unit chat), JSON lines
  geocoder       Go geocoding microservice, logfmt
  kit_tsv        home-test-kit ("I Want the Kit"-like) fulfilment TSV
  docstore_json  attachment store events (field photos, consent scans)

Labeling decisions (grey cases of this Theme)
  * Record/log timestamps are not PHI: line prefixes, MSH-7, ISA/GS/BHT
    dates, CDA effectiveTime of the document, SMS date_created, MDM times,
    header/trailer dates of transfer files.  Dates inside a record that
    describe the client (DOB, specimen collection, result, treatment,
    interview, field visit, exposure first/last, disposition, appointment,
    EPT fill, kit shipped/received dates, death) are `date`.
  * Program identifiers of a client are `other_id`: NBS patient local IDs
    (PSN...), investigation/case IDs (CAS...), NBS person/investigation UIDs,
    field-record numbers, partner IDs, lab accession / specimen / placer and
    filler order numbers, Rx numbers, test-kit IDs and their shipment
    tracking numbers, FHIR Patient logical ids, dedupe hashes derived from
    name+DOB, dating-app / social-media handles.  A provider-assigned MRN
    (PID-3 MR, CDA patientRole/id) is `mrn`; PID-18 patient account is
    `account`; Medicaid / plan member IDs and MBIs are `health_plan`.
  * NOT PHI: cluster IDs (CL-2024-nnn, a group, not a person), HL7 message
    control IDs, X12 control numbers, NDC/LOINC/SNOMED codes, drug lot
    numbers, disposition codes, DIS worker numbers, Soundex codes (not
    unique), SHA-256 of attachment files, supply purchase-order numbers.
  * Staff are not PHI: DIS names, user ids, worker numbers, their emails and
    desk/cell numbers, their state-issued phones (IMEI, serial, UDID), their
    VPN/LAN IPs.  Ordering clinicians and their NPIs, clinics, pharmacies,
    labs and their addresses/phones/faxes, the program's own addresses,
    long codes and emails are not PHI.
  * Partners, household members, parents of minors and congenital-syphilis
    infants are persons served: their identifiers are PHI.  Aliases and
    nicknames ("Dre", "Big Mike") and partial names ("Adaeze O.", first
    name alone in an SMS) are `name`.  License plates and VINs recorded for
    locating are `vehicle`; driver-licence numbers from DMV locating are
    `license`.
  * Geography below state is `address`: street lines, city of residence,
    county names and county FIPS codes in a client record, census tracts,
    lat/lon of the residence (each coordinate one span).  ZIP is always a
    separate `zip` span.  Venue names where partners meet (bars, parks,
    apps) are not labeled.
  * A URL that carries a client identifier or a per-client token (NBS
    pages with patientUid, reschedule links /r/<token>) is one `url` span
    covering the request target / URL; the client's own public IP on the
    portal is `ip`.
  * A FHIR relative reference "Patient/<id>" is one `url` span (a URL that
    carries the patient's id).  The SMS gateway's from_city (city where the
    client's number is registered) is `address`.
  * A date-time of care (HL7 OBR-7, SPM-17, FHIR period.start) is one
    `date` span including its time and offset.
  * Placeholder SSNs (000-00-0000, 999999999) identify nobody: not labeled.
  * Ages <= 89 are not labeled; ages 90+ (a caregiver grandparent) are `age`.
  * A base64 face photo attached to a field record is `photo`.
"""
import base64
import hashlib
import json
import random
import sys
import uuid
from datetime import date, datetime, timedelta

SEED = 20240312
R = random.Random(SEED)
ID = "qd"
DAY = datetime(2024, 3, 12, 0, 0, 0)          # EDT, UTC-4
TZ = "-04:00"


# --------------------------------------------------------------- line builder
class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, *xs):
        for x in xs:
            self.parts.append((str(x), None))
        return self

    def p(self, x, cat):
        if cat is None:
            return self.t(x)
        self.parts.append((str(x), cat))
        return self

    def seg(self, segs, esc=lambda s: s):
        """segs: str or list of str / (str, cat)."""
        if isinstance(segs, str):
            segs = [segs]
        for s in segs:
            if isinstance(s, tuple):
                self.p(esc(s[0]), s[1])
            else:
                self.t(esc(s))
        return self

    def build(self):
        out = bytearray()
        spans = []
        for txt, cat in self.parts:
            b = txt.encode("utf-8")
            if cat:
                spans.append((len(out), len(out) + len(b), cat, txt))
            out += b
        return bytes(out), spans


class Obj:
    def __init__(self, *pairs):
        self.pairs = pairs


class Arr:
    def __init__(self, *items):
        self.items = items


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def jval(ln, v, c, ea, sep):
    if isinstance(v, Obj):
        jobj(ln, v.pairs, ea, sep)
    elif isinstance(v, Arr):
        ln.t("[")
        for i, it in enumerate(v.items):
            if i:
                ln.t(sep[0])
            if isinstance(it, tuple):
                jval(ln, it[0], it[1], ea, sep)
            else:
                jval(ln, it, None, ea, sep)
        ln.t("]")
    elif isinstance(v, list):
        ln.t('"').seg(v, lambda s: jesc(s, ea)).t('"')
    elif isinstance(v, str):
        ln.t('"').p(jesc(v, ea), c).t('"')
    else:
        ln.p(json.dumps(v), c)


def jobj(ln, pairs, ea=False, sep=(",", ":")):
    ln.t("{")
    for i, pr in enumerate(pairs):
        k, v = pr[0], pr[1]
        c = pr[2] if len(pr) > 2 else None
        if i:
            ln.t(sep[0])
        ln.t(json.dumps(k) + sep[1])
        jval(ln, v, c, ea, sep)
    ln.t("}")
    return ln


def kv(ln, pairs, sep=" ", eq="=", quote="auto"):
    for i, pr in enumerate(pairs):
        k, v = pr[0], pr[1]
        c = pr[2] if len(pr) > 2 else None
        if i:
            ln.t(sep)
        ln.t(k + eq)
        flat = v if isinstance(v, str) else "".join(x if isinstance(x, str) else x[0] for x in v) if isinstance(v, list) else str(v)
        q = quote == "always" or (quote == "auto" and (" " in flat or '"' in flat or "=" in flat or flat == ""))
        esc = (lambda s: s.replace('"', '\\"')) if q else (lambda s: s)
        if q:
            ln.t('"')
        if isinstance(v, list):
            ln.seg(v, esc)
        else:
            ln.p(esc(str(v)), c)
        if q:
            ln.t('"')
    return ln


# ------------------------------------------------------------ number helpers
def luhn_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def npi():
    body = str(R.choice("12")) + "".join(R.choice("0123456789") for _ in range(8))
    return body + luhn_digit("80840" + body)


def imei():
    body = R.choice(["35391211", "35677611", "35290611", "86891104"]) + "".join(R.choice("0123456789") for _ in range(6))
    return body + luhn_digit(body)


def ssn(dashes=True):
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    g = R.randint(1, 99)
    s = R.randint(1, 9999)
    return f"{a:03d}-{g:02d}-{s:04d}" if dashes else f"{a:03d}{g:02d}{s:04d}"


VIN_MAP = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
           "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    alph = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1N4", "1HG", "2T1", "1FA", "3VW", "5YJ", "1G1", "KMH"])
    v = list(wmi + "".join(R.choice(alph) for _ in range(5)) + "0" + R.choice("LMNPR") +
             R.choice(alph) + "".join(R.choice("0123456789") for _ in range(6)))
    tot = sum(VIN_MAP[ch] * w for ch, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    pat = [N[1:], A, AN, N, A, AN, N, A, A, N, N]
    return "".join(R.choice(x) for x in pat)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def alnum(n, alph="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(R.choice(alph) for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def soundex(name):
    codes = {c: d for d, cs in (("1", "BFPV"), ("2", "CGJKQSXZ"), ("3", "DT"), ("4", "L"), ("5", "MN"), ("6", "R")) for c in cs}
    n = "".join(ch for ch in name.upper() if "A" <= ch <= "Z")
    out, last = n[0], codes.get(n[0], "")
    for ch in n[1:]:
        d = codes.get(ch, "")
        if d and d != last:
            out += d
        if ch not in "HW":
            last = d
    return (out + "000")[:4]


def plate():
    return alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(4)


# ----------------------------------------------------------------- people
FIRST_F = ["Marisol", "Keisha", "Aaliyah", "Brittany", "Priya", "Esperanza", "Dakota", "Mei", "Jasmine",
           "Yesenia", "Precious", "Summer", "Hope", "Destiny", "Imani", "Lakeisha", "Zoë", "Ngozi", "Anh",
           "Fatima", "Svetlana", "Chiamaka", "Shaniqua", "Guadalupe", "Tiffany", "Raven", "Amber", "Kayla",
           "Nia", "Rosa María", "Ebony", "Autumn", "Thảo", "Adaeze", "Bree"]
FIRST_M = ["DeShawn", "Jamal", "Hunter", "Oluwaseun", "Tyrone", "Rafael", "Chinonso", "Malik", "Cody",
           "Khalil", "River", "Xavier", "José", "Bao", "Omar", "Dmitri", "Devonte", "Marquis", "Trevon",
           "Jean-Baptiste", "Luis Ángel", "Quan", "Darius", "Brandon", "Cedric", "Ezekiel", "Tavion",
           "Kwame", "Austin", "Dre'Von", "Mason", "Juan Carlos"]
LAST = ["Washington", "Okafor", "Nguyễn", "Ramírez-Soto", "García López", "Smith-Jones", "Black", "Young",
        "Story", "Bishop", "Church", "Little", "Rose", "Price", "Freeman", "Hunter", "Fox", "O'Neal",
        "De la Cruz", "Van Buren", "Tran", "Patel", "Mbeki-Harris", "Baptiste", "Moon", "Strong", "Love",
        "Sweet", "Booker", "Pettaway", "Jean-Louis", "Abernathy", "Oyelaran", "Huỳnh", "McAllister",
        "Dos Santos", "Hernández", "Bell", "Mathis", "Grier", "Kowalczyk", "St. Fleur", "Wise", "Goodman",
        "Brown-Whitaker", "Okonkwo", "Lindqvist", "Peña", "Cash", "Faulkner"]
MIDS = ["", "", "A", "J", "L", "M", "R", "T", "Lynn", "Marie", "D", "Renee", "Lamar", "E"]

GEO = [  # city, county, fips, zips, area codes, streets
    ("Atlanta", "Fulton", "13121", ["30310", "30314", "30318", "30331", "30344"], ["404", "470", "678"],
     ["Donald Lee Hollowell Pkwy NW", "Cascade Rd SW", "Campbellton Rd SW", "Joseph E Boone Blvd NW",
      "Metropolitan Pkwy SW", "Hollywood Rd NW", "Old National Hwy"]),
    ("Decatur", "DeKalb", "13089", ["30032", "30034", "30035"], ["404", "470", "678"],
     ["Candler Rd", "Glenwood Rd", "Covington Hwy", "Flat Shoals Pkwy", "Columbia Dr"]),
    ("Riverdale", "Clayton", "13063", ["30274", "30296"], ["770", "678"],
     ["Riverdale Rd", "Upper Riverdale Rd", "Garden Walk Blvd", "Valley Hill Rd"]),
    ("Marietta", "Cobb", "13067", ["30008", "30060", "30064"], ["770", "678"],
     ["Austell Rd SW", "Franklin Gateway SE", "Powder Springs St", "Roswell St SE"]),
    ("Lawrenceville", "Gwinnett", "13135", ["30043", "30044", "30046"], ["770", "678", "470"],
     ["Pleasant Hill Rd", "Sugarloaf Pkwy", "Five Forks Trickum Rd", "Scenic Hwy S"]),
    ("Savannah", "Chatham", "13051", ["31401", "31404", "31405", "31415"], ["912"],
     ["Waters Ave", "Skidaway Rd", "W Gwinnett St", "Montgomery St", "Ogeechee Rd"]),
    ("Augusta", "Richmond", "13245", ["30901", "30904", "30906"], ["706", "762"],
     ["Deans Bridge Rd", "Gordon Hwy", "Milledgeville Rd", "Walton Way"]),
    ("Macon", "Bibb", "13021", ["31201", "31204", "31206"], ["478"],
     ["Pio Nono Ave", "Houston Ave", "Shurling Dr", "Montpelier Ave"]),
    ("Columbus", "Muscogee", "13215", ["31903", "31906", "31907"], ["706", "762"],
     ["Victory Dr", "Buena Vista Rd", "Cusseta Rd", "Veterans Pkwy"]),
    ("Albany", "Dougherty", "13095", ["31701", "31705", "31707"], ["229"],
     ["Slappey Blvd", "Oglethorpe Blvd", "Radium Springs Rd", "Jefferson St"]),
]
CITY_LL = {"Atlanta": (33.749, -84.388), "Decatur": (33.775, -84.296), "Riverdale": (33.573, -84.413), "Marietta": (33.953, -84.550),
           "Lawrenceville": (33.956, -83.988), "Savannah": (32.081, -81.091), "Augusta": (33.471, -81.975), "Macon": (32.841, -83.632),
           "Columbus": (32.461, -84.988), "Albany": (31.579, -84.156)}
UNITS = ["", "", "", " Apt 3B", " Apt 1102", " Unit 14", " Apt D", " #207", " Lot 41", " Apt 5"]
MAILDOM = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "hotmail.com", "aol.com"]
ALIASES = ["Dre", "Big Mike", "Peaches", "Smoke", "Lil T", "Red", "Boo", "Tay", "Country", "Juju",
           "Shorty", "Mami", "Ace"]
HANDLE_SITES = ["Grindr", "Tinder", "Jack'd", "IG", "Snapchat", "Facebook", "Hinge", "Sniffies"]


class Person:
    pass


def mkperson(sex=None, minor=False):
    p = Person()
    p.sex = sex or R.choice("MMF")
    p.first = R.choice(FIRST_M if p.sex == "M" else FIRST_F)
    p.mid = R.choice(MIDS)
    p.last = R.choice(LAST)
    y = R.randint(2007, 2009) if minor else R.choice([R.randint(1968, 1989), R.randint(1990, 2005), R.randint(1994, 2004)])
    p.dob = date(y, R.randint(1, 12), R.randint(1, 28))
    g = R.choice(GEO)
    p.city, p.county, p.fips, zips, acs, streets = g
    p.zip = R.choice(zips)
    p.street = f"{R.randint(12, 4999)} {R.choice(streets)}"
    p.unit = R.choice(UNITS)
    p.phone = R.choice(acs) + str(R.randint(2, 9)) + digits(2) + digits(4)
    ef = p.first.split()[0].lower().replace("ë", "e").replace("'", "").replace("ả", "a").replace("é", "e").replace("á", "a")
    el = p.last.split()[0].lower().replace("ễ", "e").replace("í", "i").replace("'", "").replace("ỳ", "y").replace("ñ", "n").replace(".", "")
    p.email = R.choice([f"{ef}.{el}{R.randint(1, 99)}", f"{ef}{el[:1]}{p.dob.year % 100:02d}", f"{el}{ef[:1]}{R.randint(100, 999)}",
                        f"{ef}_{R.choice(['baby', 'boi', 'queen', 'thegreat', 'kid', 'atl'])}{R.randint(1, 9)}"]) + "@" + R.choice(MAILDOM)
    p.ssn = ssn()
    p.mrn = R.choice(["E", "MR", "", "00"]) + digits(7)
    p.uid = R.randint(10050000, 10199999)
    p.psn = f"PSN{p.uid}GA01"
    p.casuid = R.randint(10050000, 10199999)
    p.cas = f"CAS{p.casuid}GA01"
    p.medicaid = digits(12) if R.random() < 0.6 else ""
    p.dl = "0" + digits(8)
    p.plate = plate()
    p.vin = vin()
    p.frno = f"{R.choice(['24', '23'])}-{R.randint(1, 9):02d}-{R.randint(1000, 9999)}"
    p.acct = digits(10)
    p.alias = R.choice(ALIASES)
    p.handle = R.choice(["", "_", "."]).join([p.first.split()[0].lower().replace("é", "e"), R.choice(["atl", "404", "x", "tru", "luv", "dl"])]) + str(R.randint(1, 99))
    p.site = R.choice(HANDLE_SITES)
    return p


def addr1(p):
    return p.street + p.unit


def fmt_phone(ph, style):
    a, b, c = ph[:3], ph[3:6], ph[6:]
    return {0: f"({a}) {b}-{c}", 1: f"{a}-{b}-{c}", 2: ph, 3: f"+1{ph}", 4: f"{a}.{b}.{c}", 5: f"({a}){b}-{c}"}[style]


def name_variant(p, style):
    m = (" " + p.mid) if p.mid else ""
    return {0: f"{p.last}, {p.first}", 1: f"{p.first}{m} {p.last}", 2: f"{p.first} {p.last}",
            3: f"{p.last.upper()}, {p.first.upper()}", 4: f"{p.last}, {p.first}{m}"}[style]


PEOPLE = [mkperson() for _ in range(70)]
MINORS = [mkperson(minor=True) for _ in range(4)]


def anyone():
    return R.choice(PEOPLE)


# ------------------------------------------------------------------- staff
STAFF = [("Tamika", "Rowland", "trowland", "412"), ("Greg", "Feldman", "gfeldman", "407"),
         ("Luz", "Arriaga", "larriaga", "419"), ("Darnell", "Pruitt", "dpruitt", "423"),
         ("Hannah", "Kessler", "hkessler", "431"), ("Sunil", "Varghese", "svarghese", "402"),
         ("Corey", "Blakemore", "cblakemore", "438")]
SUP = ("Lorraine", "Abernathy", "labernathy", "300")
CLIN = [("Renee", "Castellanos", "NP", npi()), ("Samuel", "Odom", "MD", npi()), ("Ifeoma", "Nwachukwu", "MD", npi()),
        ("Kristen", "Boatwright", "PA-C", npi())]
CLINICS = [("Fulton County Sexual Health Clinic", "10 Park Pl S SE, Atlanta, GA 30303", "4046135000"),
           ("DeKalb Co Board of Health - East", "2277 S Hairston Rd, Decatur, GA 30035", "4045083900"),
           ("Chatham Co Health Dept STD Clinic", "1395 Eisenhower Dr, Savannah, GA 31406", "9123562441"),
           ("Grady Infectious Disease Program", "341 Ponce de Leon Ave NE, Atlanta, GA 30308", "4046165000"),
           ("Richmond Co Health Dept", "950 Laney Walker Blvd, Augusta, GA 30901", "7067213000")]
LABS = [("MERIDIAN_LIS", "Meridian Reference Labs", "11D0987654"), ("GPHL_STARLIMS", "GA Public Health Lab", "11D0668319"),
        ("COASTAL_SQ", "Coastal Diagnostics", "11D2049917")]
TESTS = [("20507-0", "Reagin Ab [Presence] in Serum by RPR", "syphilis"),
         ("31147-2", "Reagin Ab [Titer] in Serum by RPR", "syphilis"),
         ("43304-5", "Chlamydia trachomatis rRNA [Presence] in Specimen by NAA with probe detection", "ct"),
         ("43305-2", "Neisseria gonorrhoeae rRNA [Presence] in Specimen by NAA with probe detection", "gc"),
         ("56888-1", "HIV 1+2 Ab+HIV1 p24 Ag [Presence] in Serum or Plasma by Immunoassay", "hiv")]
HOSTS = ["nbs-app01", "nbs-app02", "elr-rhap01", "pgdb01", "geo-svc01", "sms-relay01", "web-dmz01"]
SRV_IP = {"web-dmz01": "167.196.40.21", "elr-rhap01": "10.40.2.15", "nbs-app01": "10.40.2.31", "nbs-app02": "10.40.2.32",
          "pgdb01": "10.40.3.10", "geo-svc01": "10.40.2.50", "sms-relay01": "10.40.2.61"}
PROG_LONGCODE = "+14046573100"
PROG_NPI = npi()
PROG_EMAIL = "std.partnerservices@dph.ga.gov"


def staff():
    return R.choice(STAFF)


def client_ip():
    return R.choice(["73.184", "99.112", "107.77", "174.205", "68.211", "172.58", "24.98"]) + f".{R.randint(1, 254)}.{R.randint(1, 254)}"


def staff_ip():
    return f"10.{R.choice([40, 41, 88])}.{R.randint(1, 60)}.{R.randint(2, 250)}"


def d_mdY(d):
    return d.strftime("%m/%d/%Y")


def d_iso(d):
    return d.isoformat()


def d_hl7(d):
    return d.strftime("%Y%m%d")


def recent(lo=1, hi=20):
    return (DAY - timedelta(days=R.randint(lo, hi))).date()


def ts_iso(ts, ms=True, z=False):
    if z:
        u = ts + timedelta(hours=4)
        return u.strftime("%Y-%m-%dT%H:%M:%S") + (f".{ts.microsecond // 1000:03d}" if ms else "") + "Z"
    return ts.strftime("%Y-%m-%dT%H:%M:%S") + (f".{ts.microsecond // 1000:03d}" if ms else "") + TZ


def ts_sys(ts):
    return ts.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if ts.day < 10 else ts.strftime("%b %d %H:%M:%S")


# ===================================================================== events
# each returns list of (ts, [Ln, ...])

def ev_elr(ts):
    p = anyone()
    lab = R.choice(LABS)
    code, test, cond = R.choice(TESTS)
    cl = R.choice(CLIN)
    clinic = R.choice(CLINICS)
    coll = recent(2, 9)
    res = coll + timedelta(days=R.randint(1, 3))
    acc = f"{lab[0][:3]}{digits(10)}"
    plac = f"ORD{digits(6)}"
    ctl = f"{lab[0][:3]}{ts.strftime('%Y%m%d%H%M%S')}{R.randint(10, 99)}"
    lines = []
    L = Ln("hl7_elr").t(f"MSH|^~\\&|{lab[0]}^2.16.840.1.114222.4.3.2.2.1.321.{R.randint(100, 199)}^ISO|{lab[1]}^{lab[2]}^CLIA|"
                        f"GA_ELR^2.16.840.1.114222.4.3.2.2.1.4.1^ISO|GADPH^2.16.840.1.114222.4.1.10430^ISO|"
                        f"{(ts - timedelta(minutes=R.randint(1, 40))).strftime('%Y%m%d%H%M%S')}-0400||ORU^R01^ORU_R01|{ctl}|P|2.5.1|||NE|NE|||||"
                        "PHLabReport-NoAck^ELR_Receiver^2.16.840.1.113883.9.11^ISO")
    lines.append(L)
    if R.random() < 0.6:
        lines.append(Ln("hl7_elr").t(f"SFT|{lab[1]} Inc^L|4.{R.randint(1, 4)}.{R.randint(0, 9)}|OrchardHarvest|4.2.7.{R.randint(1000, 1999)}||20240201"))
    nm = f"{p.last}^{p.first}" + (f"^{p.mid}" if p.mid else "")
    L = Ln("hl7_elr").t("PID|1||").p(p.mrn or ("E" + digits(7)), "mrn").t(f"^^^{clinic[0].split()[0].upper()}&2.16.840.1.113883.3.{R.randint(1000, 9999)}&ISO^MR")
    if R.random() < 0.4:
        L.t("~").p(p.ssn.replace("-", ""), "ssn").t("^^^SSA&2.16.840.1.113883.4.1&ISO^SS")
    L.t("||").p(nm, "name").t(("^^^^L||" if p.mid else "^^^^^L||")).p(d_hl7(p.dob), "date").t(f"|{p.sex}||")
    L.t(R.choice(["2054-5^Black or African American^CDCREC", "2106-3^White^CDCREC", "2131-1^Other Race^CDCREC", "UNK^Unknown^NULLFL"]))
    L.t("|").p(addr1(p), "address").t("^^").p(p.city, "address").t("^GA^").p(p.zip, "zip").t("^USA^H^^").p(p.fips, "address").t("||")
    if R.random() < 0.8:
        L.p(fmt_phone(p.phone, 5), "phone").t("^PRN^PH")
    L.t("|||||")
    if R.random() < 0.5:
        L.p(p.acct, "account")
    L.t("|||" + R.choice(["H^Hispanic or Latino^CDCREC", "N^Not Hispanic or Latino^CDCREC", "U^Unknown^HL70189"]))
    lines.append(L)
    if p.dob.year >= 2006 or R.random() < 0.1:
        k = mkperson(sex="F")
        k.last = p.last
        lines.append(Ln("hl7_elr").t("NK1|1|").p(f"{k.last}^{k.first}", "name").t("|MTH^Mother^HL70063|")
                     .p(addr1(p), "address").t("^^").p(p.city, "address").t("^GA^").p(p.zip, "zip").t("|").p(fmt_phone(k.phone, 5), "phone"))
    lines.append(Ln("hl7_elr").t("ORC|RE|").p(plac, "other_id").t(f"^{clinic[0].split()[0].upper()}|").p(acc, "other_id")
                 .t(f"^{lab[0]}|||||||||{cl[3]}^{cl[1]}^{cl[0]}^^^^^^NPI&2.16.840.1.113883.4.6&ISO^L^^^NPI|||||||||{clinic[0]}|"
                    f"{clinic[1].split(',')[0]}^^{clinic[1].split(', ')[1]}^GA^{clinic[1][-5:]}|^WPN^PH^^1^{clinic[2][:3]}^{clinic[2][3:]}"))
    lines.append(Ln("hl7_elr").t("OBR|1|").p(plac, "other_id").t(f"^{clinic[0].split()[0].upper()}|").p(acc, "other_id")
                 .t(f"^{lab[0]}|{code}^{test}^LN|||").p(d_hl7(coll) + f"{R.randint(8, 16):02d}{R.choice(['00', '15', '30', '45'])}00-0400", "date")
                 .t(f"|||||||||{cl[3]}^{cl[1]}^{cl[0]}||||||").p(d_hl7(res) + f"{R.randint(8, 18):02d}{R.randint(10, 59)}00-0400", "date").t("|||F"))
    if cond == "syphilis" and code == "31147-2":
        val = "|SN|31147-2^Reagin Ab [Titer] in Serum by RPR^LN||^1^:^" + R.choice(["4", "8", "16", "32", "64", "128"]) + "|{titer}^titer^UCUM||A|||F"
    else:
        pos = R.random() < 0.7
        val = f"|CWE|{code}^{test}^LN||" + ("10828004^Positive^SCT" if pos else "260385009^Negative^SCT") + f"||Negative|{'A' if pos else 'N'}|||F"
    L = Ln("hl7_elr").t("OBX|1" + val)
    if R.random() < 0.6:
        L.t("|||").p(d_hl7(res) + "0900-0400", "date").t(f"|{lab[2]}^{lab[1]}^CLIA")
    else:
        L.t(f"|||||{lab[1]}^L^^^^CLIA&2.16.840.1.113883.4.7&ISO^XX^^^{lab[2]}")
    lines.append(L)
    lines.append(Ln("hl7_elr").t("SPM|1|").p(f"{acc}-01", "other_id").t(f"&{lab[0]}||" +
                 R.choice(["119297000^Blood specimen^SCT", "122575003^Urine specimen^SCT", "258530009^Throat swab^SCT",
                           "168139001^Rectal swab^SCT", "258520000^Vaginal swab^SCT"]) + "|||||||||||||")
                 .p(d_hl7(coll) + "1030-0400", "date").t("|").p(d_hl7(coll + timedelta(days=1)) + "0715-0400", "date"))
    out = [(ts, lines)]
    # engine line
    rl = Ln("rhapsody_json")
    jobj(rl, [("ts", ts_iso(ts + timedelta(seconds=1), z=True)), ("level", "INFO"), ("engine", "rhapsody-6.7.1"),
              ("route", f"ELR_Inbound_{lab[0]}"), ("comm_point", "MLLP_IN_" + str(R.randint(6600, 6690))),
              ("msgCtrlId", ctl), ("event", "MESSAGE_ACCEPTED"), ("msgType", "ORU^R01"),
              ("condition", cond.upper()), ("bytes", R.randint(1800, 4200)), ("durationMs", R.randint(9, 140)),
              ("traceId", hexs(32))])
    out.append((ts + timedelta(seconds=1), [rl]))
    if R.random() < 0.5:
        g = Ln("geocoder")
        kv(g, [("ts", ts_iso(ts + timedelta(seconds=2))), ("level", "info"), ("svc", "geocoder-go"), ("v", "1.8.3"),
               ("msg", "geocode ok"), ("caller", "rhapsody"),
               ("in", [(addr1(p), "address"), ", ", (p.city, "address"), ", GA ", (p.zip, "zip")]),
               ("match", R.choice(["ROOFTOP", "RANGE_INTERPOLATED", "ZIP_CENTROID"])),
               ("lat", f"{CITY_LL[p.city][0] + R.uniform(-0.08, 0.08):.5f}", "address"), ("lon", f"{CITY_LL[p.city][1] + R.uniform(-0.08, 0.08):.5f}", "address"),
               ("tract", p.fips + digits(6), "address"), ("dur", f"{R.randint(8, 95)}ms"), ("req_id", hexs(16))])
        out.append((ts + timedelta(seconds=2), [g]))
    return out


def ev_rhap_misc(ts):
    L = Ln("rhapsody_json")
    ev = R.choice([
        [("event", "ROUTE_HEARTBEAT"), ("queueDepth", R.randint(0, 14))],
        [("event", "ACK_SENT"), ("ackCode", "AA"), ("msgCtrlId", f"MER{ts.strftime('%Y%m%d%H%M')}{digits(4)}")],
        [("event", "ECR_RR_ROUTED"), ("docId", "urn:uuid:" + ruuid()), ("rrStatus", "RRVS1"), ("jurisdiction", "GA")],
        [("event", "CONNECTION_RESET"), ("peer", "167.196.44.9:6661"), ("retryInMs", 5000)],
        [("event", "FILTER_DROPPED"), ("reason", "non-reportable LOINC"), ("loinc", R.choice(["2345-7", "718-7", "4548-4"]))],
    ])
    jobj(L, [("ts", ts_iso(ts, z=True)), ("level", R.choice(["INFO", "INFO", "WARN"])), ("engine", "rhapsody-6.7.1"),
             ("route", R.choice(["ELR_Inbound_MERIDIAN_LIS", "ELR_Inbound_GPHL_STARLIMS", "eCR_AIMS_Inbound", "NBS_MsgIn_Loader"]))]
         + ev + [("traceId", hexs(32)), ("spanId", hexs(16))])
    return [(ts, [L])]


def ev_rhap_err(ts):
    p = anyone()
    L = Ln("rhapsody_json")
    jobj(L, [("ts", ts_iso(ts, z=True)), ("level", "ERROR"), ("engine", "rhapsody-6.7.1"),
             ("route", "NBS_MsgIn_Loader"), ("event", "VALIDATION_FAILED"),
             ("detail", ["PID-7 missing; PID-5=", (f"{p.last}^{p.first}", "name"), " PID-11.5=", (p.zip, "zip")]),
             ("msgCtrlId", f"GPH{ts.strftime('%Y%m%d%H%M%S')}{digits(2)}"), ("errorQueue", "elr_err_q")], ea=True)
    return [(ts, [L])]


JAVA_PKG = "gov.cdc.nedss"


def l4j(ts, lvl, thread, cls):
    return Ln("nbs_log4j").t(ts.strftime("%Y-%m-%d %H:%M:%S,") + f"{ts.microsecond // 1000:03d} {lvl:<5} [{thread}] {cls} - ")


def ev_nbs(ts):
    s = staff()
    p = anyone()
    th = f"ajp-nio-8009-exec-{R.randint(1, 40)}"
    k = R.randint(0, 9)
    if k == 0:
        L = l4j(ts, "INFO", th, f"{JAVA_PKG}.webapp.nbs.action.pam.PamAction").t("Investigation saved investigationUid=").p(str(p.casuid), "other_id") \
            .t(" localId=").p(p.cas, "other_id").t(f" user={s[2]} elapsed={R.randint(80, 900)}ms")
    elif k == 1:
        L = l4j(ts, "DEBUG", th, f"{JAVA_PKG}.entity.person.ejb.dao.PersonDAOImpl").t("select person by local_id=").p(p.psn, "other_id") \
            .t(" returned 1 row(s)")
    elif k == 2:
        L = l4j(ts, "WARN", th, f"{JAVA_PKG}.webapp.nbs.action.patient.PatientSearchAction").t("Patient search by ").t("lastName=").p(p.last, "name") \
            .t(" dob=").p(d_mdY(p.dob), "date").t(f" returned {R.randint(21, 60)} rows; exceeding soft limit 20")
    elif k == 3:
        L = l4j(ts, "INFO", th, f"{JAVA_PKG}.nbs.contacttracing.CTContactAction").t("Contact record created ctContactUid=").p(str(R.randint(10200000, 10299999)), "other_id") \
            .t(" subjectEntityUid=").p(str(p.uid), "other_id").t(f" processingDecision={R.choice(['FF', 'RSC', 'SR', 'NF'])} by {s[2]}")
    else:
        L = l4j(ts, R.choice(["INFO", "INFO", "DEBUG"]), R.choice([th, "QuartzScheduler_Worker-3", "MsgInProcessor-1"]),
                R.choice([f"{JAVA_PKG}.util.NEDSSConstants", f"{JAVA_PKG}.nbs.cache.CachedDropDowns", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper",
                          f"{JAVA_PKG}.systemservice.ejb.mainsessionejb.bean.MainSessionCommandBean", f"{JAVA_PKG}.nbs.msgin.ELRProcessor"])) \
            .t(R.choice([f"Cache refresh completed in {R.randint(100, 3000)} ms (codesets=412)",
                         f"ELR batch {digits(6)} processed: {R.randint(1, 40)} msgs, {R.randint(0, 3)} errors",
                         f"Session {hexs(32).upper()} created for user {s[2]}",
                         f"Session timeout for user {s[2]} after 1800s",
                         "Loaded NBS_ODSE datasource jdbc/nedssDS pool=40/100",
                         f"Workflow decision support ran {R.randint(1, 9)} algorithms (v{R.randint(1, 6)}.{R.randint(0, 9)})"]))
    return [(ts, [L])]


def ev_nbs_trace(ts):
    p = anyone()
    th = f"ajp-nio-8009-exec-{R.randint(1, 40)}"
    lines = []
    k = R.random()
    if k < 0.5:
        lines.append(l4j(ts, "ERROR", th, f"{JAVA_PKG}.webapp.nbs.action.pam.PamAction").t(
            "Unable to merge patient records: ").p(p.psn, "other_id").t(" into ").p(f"PSN{R.randint(10050000, 10199999)}GA01", "other_id"))
        lines.append(Ln("nbs_log4j").t(f"{JAVA_PKG}.exception.NEDSSSystemException: Merge failed for ").p(name_variant(p, 0), "name")
                     .t(" (DOB ").p(d_mdY(p.dob), "date").t("): concurrent edit detected"))
    else:
        lines.append(l4j(ts, "ERROR", th, f"{JAVA_PKG}.nbs.msgin.ELRProcessor").t(
            f"Failed to process NBS_interface_uid={R.randint(3000000, 3999999)} (msg batch {digits(5)})"))
        lines.append(Ln("nbs_log4j").t("java.lang.NullPointerException: Cannot invoke \"java.util.Date.getTime()\" because \"specimenCollectionDate\" is null"))
    frames = [f"\tat {JAVA_PKG}.nbs.msgin.ELRProcessor.process(ELRProcessor.java:{R.randint(200, 900)})",
              f"\tat {JAVA_PKG}.webapp.nbs.action.pam.PamAction.merge(PamAction.java:{R.randint(100, 700)})",
              "\tat org.apache.struts.action.RequestProcessor.processActionPerform(RequestProcessor.java:425)",
              f"\tat {JAVA_PKG}.systemservice.ejb.mainsessionejb.bean.MainSessionCommandBean.processRequest(MainSessionCommandBean.java:{R.randint(80, 300)})",
              "\tat org.hibernate.internal.SessionImpl.flush(SessionImpl.java:1300)",
              "\tat java.base/java.lang.Thread.run(Thread.java:840)"]
    for f in R.sample(frames, R.randint(3, 5)):
        lines.append(Ln("nbs_log4j").t(f))
    if R.random() < 0.5:
        lines.append(Ln("nbs_log4j").t("Caused by: org.hibernate.StaleObjectStateException: Row was updated or deleted by another transaction "
                                       "[gov.cdc.nedss.entity.person.dt.PersonDT#").p(str(p.uid), "other_id").t("]"))
        lines.append(Ln("nbs_log4j").t(f"\t... {R.randint(20, 60)} more"))
    return [(ts, lines)]


def ev_audit(ts):
    s = staff()
    p = anyone()
    L = Ln("prism_audit").t(ts_iso(ts, ms=False) + f" {R.choice(['nbs-app01', 'nbs-app02'])} AUDIT ")
    k = R.randint(0, 9)
    base = [("user", s[2]), ("role", "DIS"), ("wkr", s[3])]
    if k <= 3:
        kv(L, base + [("action", R.choice(["VIEW", "VIEW", "EDIT", "PRINT"])), ("obj", "PATIENT"), ("pid", p.psn, "other_id"),
                      ("src", staff_ip()), ("result", "OK"), ("sess", hexs(12))])
    elif k == 4:
        kv(L, base + [("action", "DMV_QUERY"), ("purpose", "LOCATING"), ("case", p.cas, "other_id"),
                      ("dl", p.dl, "license"), ("plate", p.plate, "vehicle"), ("vin", p.vin, "vehicle"),
                      ("hits", 1), ("src", staff_ip())])
    elif k == 5:
        kv(L, base + [("action", "EXPORT"), ("obj", "CT_PARTNERS"), ("rows", R.randint(5, 200)), ("fmt", "csv"),
                      ("dest", f"/exports/ct/{ts.strftime('%Y%m%d')}_{s[2]}.csv"), ("result", "OK")])
    elif k == 6:
        kv(L, [("user", SUP[2]), ("role", "SUPV"), ("action", "ASSIGN"), ("case", p.cas, "other_id"), ("from", "UNASSIGNED"),
               ("to", s[2]), ("priority", R.choice(["P1-CS", "P1-SYPH", "P2", "P3"])), ("cluster", f"CL-2024-{R.randint(1, 40):03d}")])
    elif k == 7:
        kv(L, base + [("action", "LOGIN"), ("method", "SAML"), ("idp", "login.dph.ga.gov"), ("src", staff_ip()), ("mfa", "push"), ("result", R.choice(["OK", "OK", "FAIL"]))])
    else:
        kv(L, base + [("action", "BREAK_GLASS"), ("obj", "HIV_STATUS"), ("pid", p.psn, "other_id"), ("reason", "partner services - interview"),
                      ("result", "OK")])
    return [(ts, [L])]


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-A156U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"]


def ngx_ts(ts):
    return ts.strftime("[%d/%b/%Y:%H:%M:%S -0400]")


def ev_nginx(ts):
    k = R.randint(0, 9)
    L = Ln("nginx_access")
    if k <= 2:
        s = staff()
        p = anyone()
        L.t(f"{staff_ip()} - {s[2]} {ngx_ts(ts)} \"GET ")
        L.p(R.choice([f"/nbs/PatientSearchResults1.do?ContextAction=ViewFile&uid={p.uid}",
                      f"/nbs/ViewFile1.do?ContextAction=ViewInvestigation1&publicHealthCaseUID={p.casuid}",
                      f"/nbs/LoadViewFile1.do?method=ViewFile&ContextAction=ViewFile&uid={p.uid}"]), "url")
        L.t(f" HTTP/1.1\" 200 {R.randint(8000, 90000)} \"https://nbs.dph.ga.gov/nbs/HomePage.do?method=loadHomePage\" \"{UA[0]}\" rt={R.random():.3f}")
    elif k <= 4:
        L.t(f"{staff_ip()} - {staff()[2]} {ngx_ts(ts)} \"GET /nbs/{R.choice(['images/nedssLogo.jpg', 'script/jquery-3.7.1.min.js', 'css/nbs.css', 'HomePage.do?method=loadHomePage', 'dwr/engine.js'])} HTTP/1.1\" "
            f"{R.choice(['200', '304'])} {R.randint(0, 60000)} \"-\" \"{UA[0]}\" rt={R.random() / 10:.3f}")
    elif k <= 6:
        tok = alnum(7, "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        L.p(client_ip(), "ip").t(f" - - {ngx_ts(ts)} \"GET ").p(f"/r/{tok}", "url").t(f" HTTP/2.0\" 200 {R.randint(3000, 9000)} \"-\" \"{R.choice(UA[1:])}\" rt={R.random() / 5:.3f} host=getchecked.dph.ga.gov")
    elif k == 7:
        L.p(client_ip(), "ip").t(f" - - {ngx_ts(ts)} \"POST /api/v1/appointments HTTP/2.0\" 201 {R.randint(200, 600)} \"https://getchecked.dph.ga.gov/schedule\" \"{R.choice(UA[1:])}\" rt={R.random() / 3:.3f} host=getchecked.dph.ga.gov")
    else:
        L.t(f"{R.choice(['167.196.40.2', '167.196.40.3'])} - - {ngx_ts(ts)} \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"ELB-HealthChecker/2.0\" rt=0.001")
    return [(ts, [L])]


def sms_ts(ts):
    u = ts + timedelta(hours=4)
    return u.strftime("%a, %d %b %Y %H:%M:%S +0000")


def ev_sms(ts):
    p = anyone()
    s = staff()
    L = Ln("sms_gw")
    out = R.random() < 0.6
    fn = p.first.split()[0]
    if out:
        body = R.choice([
            ["Hi ", (fn, "name"), ", this is ", f"{s[0]} with the Health Dept. Please call me at 404-657-{3100 + int(s[3]) % 100} about an important health matter. Reply STOP to opt out."],
            ["Hello ", (fn, "name"), f", {s[0]} from DPH again. I can meet you today, just text back a time and place."],
            ["Reminder: your appointment at the Fulton County Sexual Health Clinic is on ", (d_mdY(DAY.date() + timedelta(days=R.randint(1, 6))), "date"),
             " at 10:30 AM. To reschedule: ", (f"https://getchecked.dph.ga.gov/r/{alnum(7, 'abcdefghijkmnpqrstuvwxyz23456789')}", "url")],
            ["GA DPH: your free test kit ", (f"IWTK-{alnum(6)}", "other_id"), " has shipped. Questions? Call 1-800-726-4995."],
        ])
        pairs = [("date_created", sms_ts(ts)), ("direction", "outbound-api"), ("from", PROG_LONGCODE), ("to", "+1" + p.phone, "phone"),
                 ("body", body), ("status", R.choice(["queued", "sent", "delivered", "undelivered"])), ("num_segments", R.choice(["1", "2"])),
                 ("sid", "SM" + hexs(32)), ("messaging_service_sid", "MG" + "4f1c0d9b2e7a4c55b1a0c9e6d3f2a817"), ("tag", f"dis:{s[3]}")]
    else:
        body = R.choice([
            ["who is this"], ["Ok I can come thursday after 3"], ["I already got the shot at grady on ", (d_mdY(recent(1, 5))[:5], "date")],
            ["stop texting me"], ["this is ", (fn, "name"), " u called me?"], ["my new number is ", (fmt_phone(anyone().phone, 1), "phone"), " dont use this one"],
            ["can u meet at the Kroger on ", (p.street.split(' ', 1)[1], "address"), "?"], ["STOP"], ["yes"],
        ])
        pairs = [("date_created", sms_ts(ts)), ("direction", "inbound"), ("from", "+1" + p.phone, "phone"), ("to", PROG_LONGCODE),
                 ("body", body), ("num_media", "0"), ("sid", "SM" + hexs(32)), ("from_city", p.city.upper(), "address"), ("from_state", "GA")]
    jobj(L, pairs, ea=True, sep=(", ", ": "))
    return [(ts, [L])]


def ev_mdm(ts):
    s = staff()
    L = Ln("mdm_json")
    model = R.choice([("iPhone SE (3rd gen)", "17.3.1"), ("iPhone 13", "17.3.1"), ("Galaxy XCover6 Pro", "14")])
    jobj(L, [("EventTime", ts_iso(ts, z=True)[:-1]), ("EventType", R.choice(["DeviceCheckIn", "CompliancePolicyEvaluated", "AppInstalled", "DeviceLocked", "OSUpdateAvailable"])),
             ("DeviceId", R.randint(40000, 49999)), ("DeviceFriendlyName", f"{s[2]} {model[0]} DIS-{s[3]}"),
             ("SerialNumber", alnum(12)), ("Imei", imei()), ("Udid", hexs(40).upper() if "iPhone" in model[0] else ruuid()),
             ("OSVersion", model[1]), ("EnrollmentUser", s[2] + "@dph.ga.gov"), ("OrganizationGroup", "DPH-STD-FieldServices"),
             ("ComplianceStatus", R.choice(["Compliant", "Compliant", "NonCompliant"])), ("BatteryLevel", R.randint(8, 100)),
             ("App", R.choice(["com.vmware.hub", "gov.ga.dph.nbsmobile", "com.microsoft.teams", "com.google.maps"]))], sep=(", ", ": "))
    return [(ts, [L])]


CT_HDR = ("export_id,index_case_id,partner_id,partner_name,alias,sex,dob,phone,street,city,zip,email,"
          "social_handle,exposure_first,exposure_last,referral,dispo,dispo_date,worker,cluster")


def ev_ct_export(ts):
    idx = anyone()
    eid = f"CTX-{ts.strftime('%Y%m%d')}-{R.randint(100, 999)}"
    lines = [Ln("ct_export_csv").t(CT_HDR)]
    cl = f"CL-2024-{R.randint(1, 40):03d}"
    for _ in range(R.randint(2, 4)):
        p = mkperson()
        L = Ln("ct_export_csv").t(eid + ",").p(idx.cas, "other_id").t(",").p(f"P-{digits(7)}", "other_id").t(",")
        named = R.random() < 0.75
        if named:
            nm = f"{p.last}, {p.first}"
            L.t('"').p(nm, "name").t('"') if "," in nm else L.p(nm, "name")
        else:
            L.t("UNKNOWN")
        L.t(",")
        if R.random() < 0.5 or not named:
            L.p(p.alias, "name")
        L.t(f",{p.sex},")
        if named and R.random() < 0.6:
            L.p(d_mdY(p.dob), "date")
        L.t(",")
        if R.random() < 0.8:
            L.p(fmt_phone(p.phone, 1), "phone")
        L.t(",")
        if named and R.random() < 0.7:
            L.p(addr1(p), "address").t(",").p(p.city, "address").t(",").p(p.zip, "zip")
        else:
            L.t(",,")
        L.t(",")
        if R.random() < 0.35:
            L.p(p.email, "email")
        L.t(",")
        if R.random() < 0.45:
            L.t(p.site + ":").p(p.handle, "other_id")
        f1 = recent(30, 200)
        L.t(",").p(d_mdY(f1), "date").t(",").p(d_mdY(f1 + timedelta(days=R.randint(0, 60))), "date")
        L.t(f",{R.choice(['1-Provider', '2-DIS', '3-Dual', '4-Self'])},")
        dispo = R.choice(["A", "C", "D", "F", "G", "H", "J", "K", ""])
        L.t(dispo + ",")
        if dispo:
            L.p(d_mdY(recent(0, 10)), "date")
        L.t(f",{staff()[3]},{cl}")
        lines.append(L)
    return [(ts, lines)]


def fw(L, val, width, cat=None):
    v = val[:width]
    L.p(v, cat) if (cat and v) else L.t(v)
    L.t(" " * (width - len(v)))


def ev_fr_fixed(ts):
    lines = []
    batch = R.randint(20, 60)
    n = R.randint(2, 4)
    lines.append(Ln("fr_fixed").t(f"HDR GADPH-STD  FRXFER   {ts.strftime('%Y%m%d%H%M')}  BATCH{batch:05d}  TO:{R.choice(['SCDHEC', 'ALDPH', 'FLDOH', 'TNDOH'])}  v3.2"))
    for _ in range(n):
        p = anyone()
        L = Ln("fr_fixed").t("FR ")
        fw(L, p.frno, 11, "other_id")
        fw(L, p.last.upper(), 20, "name")
        fw(L, p.first.upper(), 15, "name")
        fw(L, d_hl7(p.dob), 9, "date")
        fw(L, p.sex, 2)
        fw(L, R.choice(["B", "W", "A", "U", "M"]), 2)
        fw(L, addr1(p).upper(), 32, "address")
        fw(L, p.city.upper(), 15, "address")
        fw(L, "GA", 3)
        fw(L, p.zip, 6, "zip")
        fw(L, p.phone, 11, "phone")
        fw(L, R.choice(["710", "720", "730", "200", "300", "900"]), 4)
        fw(L, R.choice(["1", "2", "3", "4"]), 2)
        sx = soundex(p.last)
        fw(L, sx, 5)
        fw(L, staff()[3], 4)
        lines.append(L)
    lines.append(Ln("fr_fixed").t(f"TRL {n:06d} {R.randint(1000, 9999):04d}"))
    return [(ts, lines)]


def note_text(p, s):
    fv = recent(0, 3)
    k = R.randint(0, 6)
    nd = f"{fv.month:02d}/{fv.day:02d}/{fv.year % 100:02d}"
    if k == 0:
        rel = R.choice(["mother", "aunt", "grandmother", "sister", "cousin"])
        rel_n = mkperson(sex="F")
        return [(nd, "date"), f" {R.randint(9, 17)}{R.choice(['00', '15', '30', '45'])} FV to ", (addr1(p), "address"),
                " - NAR, left 904 door hanger. Neighbor states pt staying w/ ", rel, " (", (f"{rel_n.first} {rel_n.last[0]}.", "name"),
                ") on ", (R.choice(["Cascade Rd", "Candler Rd", "Waters Ave", "Pio Nono Ave"]), "address"), ". Will re-attempt ",
                (d_mdY(DAY.date() + timedelta(days=R.randint(1, 3)))[:5], "date"), f". -{s[0][0]}{s[1][0]}{s[3]}"]
    if k == 1:
        return ["Pt brought to tx at ", R.choice(CLINICS)[0], " ", (f"{fv.month}/{fv.day}", "date"),
                ", Bicillin L-A 2.4 MU IM x1. RPR 1:", R.choice(["16", "32", "64"]), ". Dispo C. Elicited ", str(R.randint(1, 6)),
                " ptnrs, ", str(R.randint(0, 3)), " anon (", R.choice(HANDLE_SITES), ")."]
    if k == 2:
        return ["OI completed by phone ", (fmt_phone(p.phone, 1), "phone"), ". Pt reports ", R.choice(["MSM", "MSW", "WSM"]),
                ", ", str(R.randint(2, 9)), " ptnrs in 12 mo IP. Ptnr '", (p.alias, "name"), "' drives silver ",
                R.choice(["Altima", "Charger", "Camry", "F-150"]), " tag ", (p.plate, "vehicle"), ", hangs at ",
                R.choice(["the Marquee Club", "Pullman Yards", "Piedmont Park", "Lenox Mall"]), "."]
    if k == 3:
        return ["Pt declined to name ptnrs. Offered EPT x", str(R.randint(1, 3)), ", accepted. Pt DOB ", (d_mdY(p.dob), "date"),
                " verified w/ GA DL ", (p.dl, "license"), ". New email on file ", (p.email, "email"), "."]
    if k == 4:
        g = mkperson(sex="F")
        mom = p.first if p.sex == "F" else mkperson(sex="F").first
        return ["CS case: infant ", (f"Baby Girl {p.last}", "name"), " born ", (d_mdY(recent(3, 20)), "date"),
                ", mother ", (f"{mom} {p.last}", "name"), " tx inadequate (<30d before delivery). Caregiver grandmother ",
                (f"{g.first} {p.last}", "name"), ", age ", (str(R.randint(90, 94)), "age"), ", same household at ", (addr1(p), "address"), ", ",
                (p.city, "address"), "."]
    if k == 5:
        return [f"Spoke w/ {R.choice(CLIN)[1]} office re: lab confirm, faxed records to 404-616-9120. No pt info in this note."]
    return ["Record reviewed, no new info. Supervisor consult w/ ", SUP[0], " ", SUP[1], " re: priority; keep P2. Case remains open pending TP-PA."]


def ev_note(ts):
    p = anyone()
    s = staff()
    L = Ln("dis_note").t(f"[CM-NOTES] {ts.strftime('%Y-%m-%d %H:%M:%S')} case=").p(p.cas, "other_id").t(f" author={s[2]} type={R.choice(['FIELD', 'INTERVIEW', 'SUPV', 'LOCATING'])} :: ")
    L.seg(note_text(p, s))
    return [(ts, [L])]


def pg_pref(ts, pid, who="nbs_app@nbs_odse"):
    return Ln("pg_log").t(ts.strftime("%Y-%m-%d %H:%M:%S.") + f"{ts.microsecond // 1000:03d} EDT [{pid}] {who} ")


def ev_pg(ts):
    pid = R.randint(20000, 39999)
    p = anyone()
    k = R.randint(0, 7)
    lines = []
    if k == 0:
        lines.append(pg_pref(ts, pid, "nbs_ro@nbs_odse").t(f"LOG:  duration: {R.uniform(1000, 9000):.3f} ms  statement: SELECT p.person_uid, p.last_nm, p.first_nm FROM person_name p JOIN person x ON x.person_uid = p.person_uid WHERE p.last_nm ILIKE '")
                     .p(p.last.replace("'", "''"), "name").t("%' AND x.birth_time = '").p(d_iso(p.dob), "date").t("'"))
    elif k == 1:
        lines.append(pg_pref(ts, pid).t('ERROR:  duplicate key value violates unique constraint "pk_person_name"'))
        lines.append(pg_pref(ts, pid).t("DETAIL:  Key (person_uid, person_name_seq)=(").p(str(p.uid), "other_id").t(", 1) already exists."))
    elif k == 2:
        lines.append(pg_pref(ts, pid, "etl_user@rdb").t(f"LOG:  duration: {R.uniform(500, 4000):.3f} ms  execute <unnamed>: UPDATE d_patient SET patient_phone_home = $1, patient_zip = $2 WHERE patient_local_id = $3"))
        lines.append(pg_pref(ts, pid, "etl_user@rdb").t("DETAIL:  parameters: $1 = '").p(fmt_phone(p.phone, 1), "phone").t("', $2 = '").p(p.zip, "zip").t("', $3 = '").p(p.psn, "other_id").t("'"))
    else:
        lines.append(Ln("pg_log").t(ts.strftime("%Y-%m-%d %H:%M:%S.") + f"{ts.microsecond // 1000:03d} EDT [{R.choice([1811, 1812, 1815])}] " + R.choice([
            f"LOG:  checkpoint complete: wrote {R.randint(100, 9000)} buffers ({R.uniform(0, 5):.1f}%); 0 WAL file(s) added, 0 removed, {R.randint(0, 9)} recycled; write={R.uniform(1, 200):.3f} s, sync=0.{R.randint(100, 999)} s, total={R.uniform(1, 200):.3f} s",
            f"LOG:  automatic vacuum of table \"nbs_odse.public.nbs_act_entity\": index scans: 1, pages: 0 removed, {R.randint(10000, 99999)} remain",
            "LOG:  checkpoint starting: time",
            f"LOG:  connection received: host={SRV_IP['nbs-app0' + str(R.randint(1, 2))]} port={R.randint(40000, 60000)}",
            f"LOG:  disconnection: session time: 0:{R.randint(0, 59):02d}:{R.randint(0, 59):02d}.{R.randint(100, 999)} user=nbs_app database=nbs_odse host=10.40.2.31 port={R.randint(40000, 60000)}"])))
    return [(ts, lines)]


def ev_syslog(ts):
    h = R.choice(HOSTS)
    L = Ln("syslog").t(f"{ts_sys(ts)} {h} ")
    L.t(R.choice([
        f"sshd[{R.randint(1000, 65000)}]: Accepted publickey for svc_deploy from 10.40.1.{R.randint(5, 40)} port {R.randint(40000, 60000)} ssh2: ED25519 SHA256:{base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()[:43]}",
        f"CRON[{R.randint(1000, 65000)}]: (root) CMD (/opt/nbs/bin/rdb_refresh.sh >> /var/log/rdb_refresh.log 2>&1)",
        f"systemd[1]: Started Session {R.randint(100, 9999)} of User svc_deploy.",
        f"kernel: [{R.randint(100000, 9999999)}.{R.randint(100000, 999999)}] nf_conntrack: table full, dropping packet",
        f"postfix/smtp[{R.randint(1000, 65000)}]: {hexs(10).upper()}: to=<{staff()[2]}@dph.ga.gov>, relay=smtp.dph.ga.gov[167.196.8.25]:25, delay=0.{R.randint(10, 99)}, status=sent (250 2.0.0 Ok)",
        f"auditd[{R.randint(500, 900)}]: Audit daemon rotating log files",
        f"chronyd[{R.randint(500, 900)}]: Selected source 167.196.8.1 (ntp1.dph.ga.gov)",
        f"sudo: svc_deploy : TTY=pts/0 ; PWD=/opt/nbs ; USER=root ; COMMAND=/usr/bin/systemctl restart wildfly",
        f"filebeat[{R.randint(1000, 9000)}]: Harvester started for file: /var/log/nbs/nbs.log",
    ]))
    return [(ts, [L])]


def ev_fhir(ts):
    p = anyone()
    enc = recent(1, 6)
    pidv = ruuid()
    L = Ln("fhir_ecr")
    tel = [Obj(("system", "phone"), ("value", fmt_phone(p.phone, 1), "phone"), ("use", "mobile"))]
    if R.random() < 0.5:
        tel.append(Obj(("system", "email"), ("value", p.email, "email")))
    jobj(L, [("resourceType", "Patient"), ("id", pidv, "other_id"),
             ("meta", Obj(("profile", Arr("http://hl7.org/fhir/us/ecr/StructureDefinition/us-ph-patient")), ("lastUpdated", ts_iso(ts)))),
             ("identifier", Arr(Obj(("type", Obj(("coding", Arr(Obj(("code", "MR"),))),)),
                                    ("system", "urn:oid:2.16.840.1.113883.3.4829.1"), ("value", p.mrn or "E" + digits(7), "mrn")))),
             ("name", Arr(Obj(("use", "official"), ("family", p.last, "name"), ("given", Arr((p.first, "name")))))),
             ("telecom", Arr(*tel)), ("gender", "male" if p.sex == "M" else "female"), ("birthDate", d_iso(p.dob), "date"),
             ("address", Arr(Obj(("use", "home"), ("line", Arr((addr1(p), "address"))), ("city", p.city, "address"), ("district", p.county, "address"),
                                 ("state", "GA"), ("postalCode", p.zip, "zip"), ("country", "US"))))])
    out = [(ts, [L])]
    E = Ln("fhir_ecr")
    jobj(E, [("resourceType", "Encounter"), ("id", ruuid()), ("status", "finished"),
             ("class", Obj(("system", "http://terminology.hl7.org/CodeSystem/v3-ActCode"), ("code", "AMB"))),
             ("subject", Obj(("reference", f"Patient/{pidv}", "url"))),
             ("period", Obj(("start", f"{d_iso(enc)}T{R.randint(8, 16):02d}:{R.choice(['05', '20', '40'])}:00-04:00", "date"),
                            ("end", f"{d_iso(enc)}T{R.randint(17, 18):02d}:10:00-04:00", "date"))),
             ("serviceProvider", Obj(("display", R.choice(CLINICS)[0])))])
    out.append((ts + timedelta(milliseconds=200), [E]))
    if R.random() < 0.5:
        C = Ln("fhir_ecr")
        payer = R.choice([("Amerigroup Community Care", "AGP"), ("CareSource Georgia", "CSG"), ("Peach State Health Plan", "PSH"), ("Georgia Medicaid FFS", "MCD")])
        jobj(C, [("resourceType", "Coverage"), ("id", ruuid()), ("status", "active"),
                 ("subscriberId", (payer[1] + digits(9)) if payer[1] != "MCD" else (p.medicaid or digits(12)), "health_plan"),
                 ("beneficiary", Obj(("reference", f"Patient/{pidv}", "url"))), ("relationship", Obj(("coding", Arr(Obj(("code", "self"),))),)),
                 ("payor", Arr(Obj(("display", payer[0]),)))])
        out.append((ts + timedelta(milliseconds=350), [C]))
    return out


def ev_fhir_cond(ts):
    L = Ln("fhir_ecr")
    cond = R.choice([("76272004", "Syphilis (disorder)"), ("105629000", "Chlamydial infection (disorder)"), ("15628003", "Gonorrhea (disorder)")])
    jobj(L, [("resourceType", "Condition"), ("id", ruuid()),
             ("code", Obj(("coding", Arr(Obj(("system", "http://snomed.info/sct"), ("code", cond[0]), ("display", cond[1])))))),
             ("meta", Obj(("versionId", str(R.randint(1, 5))), ("source", "#aims-ecr-" + hexs(8))))])
    return [(ts, [L])]


def ev_cda(ts):
    p = anyone()
    lines = []
    lines.append(Ln("cda_eicr").t(f'<ClinicalDocument xmlns="urn:hl7-org:v3" xmlns:sdtc="urn:hl7-org:sdtc"><templateId root="2.16.840.1.113883.10.20.15.2" extension="2021-01-01"/>'
                                  f'<id root="{ruuid()}"/><effectiveTime value="{ts.strftime("%Y%m%d%H%M%S")}-0400"/><confidentialityCode code="N" codeSystem="2.16.840.1.113883.5.25"/>'))
    L = Ln("cda_eicr").t('<recordTarget><patientRole><id extension="').p(p.mrn or "E" + digits(7), "mrn").t(f'" root="2.16.840.1.113883.3.4829.1"/><addr use="H"><streetAddressLine>')
    L.p(addr1(p).replace("#", "No. "), "address").t("</streetAddressLine><city>").p(p.city, "address").t("</city><state>GA</state><postalCode>").p(p.zip, "zip")
    L.t("</postalCode><county>").p(p.county, "address").t('</county><country>US</country></addr><telecom use="MC" value="tel:').p("+1-" + fmt_phone(p.phone, 1), "phone").t('"/>')
    L.t("<patient><name use=\"L\"><given>").p(p.first.replace("'", "&apos;"), "name").t("</given><family>").p(p.last.replace("'", "&apos;"), "name")
    L.t(f'</family></name><administrativeGenderCode code="{p.sex}" codeSystem="2.16.840.1.113883.5.1"/><birthTime value="').p(d_hl7(p.dob), "date").t('"/></patient></patientRole></recordTarget>')
    lines.append(L)
    if R.random() < 0.6:
        lines.append(Ln("cda_eicr").t(f'<author><time value="{ts.strftime("%Y%m%d%H%M%S")}-0400"/><assignedAuthor><id root="2.16.840.1.113883.4.6" extension="{R.choice(CLIN)[3]}"/>'
                                      f'<assignedPerson><name><given>{R.choice(CLIN)[0]}</given><family>{R.choice(CLIN)[1]}</family></name></assignedPerson></assignedAuthor></author>'))
    e = recent(1, 7)
    lines.append(Ln("cda_eicr").t('<componentOf><encompassingEncounter><id extension="').p("V" + digits(9), "other_id")
                 .t('" root="2.16.840.1.113883.3.4829.2"/><effectiveTime><low value="').p(d_hl7(e) + "1015", "date").t('"/></effectiveTime></encompassingEncounter></componentOf>'))
    return [(ts, lines)]


def ev_x12(ts):
    p = anyone()
    ctl = R.randint(1000, 99999)
    L = Ln("x12_270")
    L.t(f"ISA*00*          *00*          *ZZ*GADPHSTD       *ZZ*GAMMIS         *{ts.strftime('%y%m%d')}*{ts.strftime('%H%M')}*^*00501*{ctl:09d}*0*P*:~"
        f"GS*HS*GADPHSTD*GAMMIS*{ts.strftime('%Y%m%d')}*{ts.strftime('%H%M')}*{ctl}*X*005010X279A1~ST*270*0001*005010X279A1~"
        f"BHT*0022*13*{digits(8)}*{ts.strftime('%Y%m%d')}*{ts.strftime('%H%M')}~HL*1**20*1~NM1*PR*2*GEORGIA MEDICAID*****PI*77034~"
        f"HL*2*1*21*1~NM1*1P*2*GA DPH STD PROGRAM*****XX*{PROG_NPI}~HL*3*2*22*0~TRN*1*{digits(10)}*9{digits(9)}~NM1*IL*1*")
    medicare = not p.medicaid and p.dob.year < 1975
    if medicare:
        L.parts[-1] = (L.parts[-1][0].replace("NM1*PR*2*GEORGIA MEDICAID*****PI*77034", "NM1*PR*2*CMS*****PI*CMS"), None)
    L.p(p.last.upper(), "name").t("*").p(p.first.upper(), "name").t("****MI*" if medicare else "****MC*")
    L.p(mbi() if medicare else (p.medicaid or digits(12)), "health_plan")
    L.t("~DMG*D8*").p(d_hl7(p.dob), "date").t(f"*{p.sex}~DTP*291*D8*").p(d_hl7(DAY.date() - timedelta(days=R.randint(0, 2))), "date")
    L.t(f"~EQ*30~SE*13*0001~GE*1*{ctl}~IEA*1*{ctl:09d}~")
    return [(ts, [L])]


def ev_ept(ts):
    p = anyone()
    ph = R.choice([("CVS #4471", "3221 Campbellton Rd SW, Atlanta GA 30311"), ("Walgreens #10982", "2919 Candler Rd, Decatur GA 30034"),
                   ("Kroger Pharmacy 654", "4101 Austell Rd, Austell GA 30106"), ("Publix Pharmacy #1187", "7400 Abercorn St, Savannah GA 31406")])
    drug = R.choice([("DOXYCYCLINE HYCLATE 100MG CAP", "00143-9803-20", "14"), ("CEFIXIME 400MG TAB", "16714-0360-01", "2"),
                     ("AZITHROMYCIN 500MG TAB", "59762-3125-01", "2")])
    cl = R.choice(CLIN)
    L = Ln("ept_pharm").t(f"EPT|{ts.strftime('%Y%m%d')}|{ts.strftime('%H%M')}|").p(f"RX{digits(7)}", "other_id").t(f"|{ph[0]}|{ph[1]}|{drug[0]}|NDC {drug[1]}|LOT {R.choice(['23', '24'])}{alnum(5)}|EXP 2025-{R.randint(1, 12):02d}|QTY {drug[2]}|")
    if R.random() < 0.8:
        L.t("PT:").p(f"{p.last}^{p.first}", "name").t("|DOB:").p(d_mdY(p.dob), "date")
    else:
        L.t("PT:EPT PARTNER^UNNAMED|DOB:")
    idx = anyone()
    L.t("|PTNR_OF:").p(idx.cas, "other_id").t("|FILLED:").p(d_hl7(recent(0, 2)), "date").t(f"|PRESC:{cl[0]} {cl[1]} {cl[2]} NPI {cl[3]}|PAY:{R.choice(['STATE_EPT_FUND', 'CASH', 'MEDICAID'])}")
    return [(ts, [L])]


def ev_teams(ts):
    s = staff()
    L = Ln("teams_chat")
    p = anyone()
    k = R.randint(0, 9)
    if k <= 3:
        content = R.choice([
            ["anyone know if ", (f"{p.first} {p.last}", "name"), " was seen at Fulton yet? RPR came back 1:32"],
            ["heads up ", (p.alias, "name"), " from the ", R.choice(["Bankhead", "Riverdale", "Southside"]), " cluster is back at ", (addr1(p), "address")],
            ["can someone cover the FV at ", (addr1(p), "address"), " ", (p.city, "address"), " tomorrow, I'm in court for jury duty"],
            ["pt ", (p.cas, "other_id"), " says he was treated in SC, requesting ISCC"],
        ])
    else:
        content = R.choice([["who has the van keys (GA state fleet #4417)?"], ["MDM update tonight at 9, leave phones on wifi"],
                            ["staff mtg moved to 2pm, room 16-210"], ["reminder: timesheets due Friday"],
                            ["new Bicillin lot arrived at Fulton, lot 2311045A exp 09/2025"], ["printer on 16th floor jammed again, ticket INC0048812"],
                            ["Syphilis cluster review call is on the Teams calendar (CL-2024-017)"]])
    jobj(L, [("id", str(int((ts - datetime(1970, 1, 1)).total_seconds() * 1000) + 4 * 3600000)), ("createdDateTime", ts_iso(ts, z=True)),
             ("from", Obj(("user", Obj(("id", ruuid()), ("displayName", f"{s[0]} {s[1]}"))))),
             ("chatId", "19:meeting_" + hexs(24) + "@thread.v2"),
             ("body", Obj(("contentType", "text"), ("content", content)))])
    return [(ts, [L])]


def ev_geo_misc(ts):
    L = Ln("geocoder")
    kv(L, [("ts", ts_iso(ts)), ("level", R.choice(["info", "warn", "debug"])), ("svc", "geocoder-go"), ("v", "1.8.3"),
           ("msg", R.choice(["cache stats", "tiger db reload", "http server listening", "upstream timeout, retrying"])),
           ("hits", R.randint(1000, 90000)), ("misses", R.randint(10, 900)), ("addr", ":8080"), ("go", "go1.22.1"),
           ("dur", f"{R.randint(1, 3000)}ms"), ("req_id", hexs(16))])
    return [(ts, [L])]


def ev_kit(ts):
    p = anyone()
    kit = f"IWTK-{alnum(6)}"
    L = Ln("kit_tsv").t(ts_iso(ts, ms=False) + "\t")
    k = R.randint(0, 3)
    if k == 0:
        L.t("ORDER_RECEIVED\t").p(kit, "other_id").t("\t").p(f"{p.first} {p.last}", "name").t("\t").p(addr1(p), "address").t("\t").p(p.city, "address") \
            .t("\tGA\t").p(p.zip, "zip").t("\t").p(p.email, "email").t(f"\t{R.choice(['CT/GC 3-site', 'CT/GC/TV vaginal', 'Syph/HIV DBS'])}")
    elif k == 1:
        L.t("SHIPPED\t").p(kit, "other_id").t("\tUSPS\t").p("9400" + digits(18), "other_id").t(f"\tLOT {R.choice(['K24', 'K23'])}{digits(4)}\twarehouse=ATL-DC2")
    elif k == 2:
        L.t("LAB_RECEIVED\t").p(kit, "other_id").t(f"\tGPHL\tcondition={R.choice(['OK', 'OK', 'LEAKED', 'QNS'])}\trecv_date=").p(d_iso(recent(0, 2)), "date")
    else:
        L.t(f"INVENTORY\t-\tATL-DC2\tSKU IWTK-CTGC-3S\tqty_on_hand={R.randint(50, 900)}\tPO PO-2024-{R.randint(100, 999)}\tvendor=Molina Diagnostics Supply, 1200 Commerce Dr, Norcross GA 30093")
    return [(ts, [L])]


def ev_docstore(ts):
    p = anyone()
    L = Ln("docstore_json")
    kind = R.random()
    blob = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.getrandbits(8) for _ in range(90))).decode()
    if kind < 0.4:
        jobj(L, [("ts", ts_iso(ts)), ("evt", "attachment.upload"), ("case", p.cas, "other_id"), ("by", staff()[2]),
                 ("kind", "PARTNER_PHOTO"), ("src", "social-media screenshot"), ("mime", "image/jpeg"), ("bytes", R.randint(20000, 90000)),
                 ("sha256", hexs(64)), ("thumb", ["data:image/jpeg;base64,", (blob, "photo")])], sep=(", ", ": "))
    elif kind < 0.7:
        jobj(L, [("ts", ts_iso(ts)), ("evt", "attachment.upload"), ("case", p.cas, "other_id"), ("by", staff()[2]),
                 ("kind", "CONSENT_SCAN"), ("mime", "application/pdf"), ("bytes", R.randint(90000, 900000)), ("sha256", hexs(64))], sep=(", ", ": "))
    else:
        jobj(L, [("ts", ts_iso(ts)), ("evt", R.choice(["retention.sweep", "av.scan.clean", "bucket.replicate"])), ("objects", R.randint(10, 5000)),
                 ("bucket", "s3://gadph-std-docstore-prod"), ("region", "us-east-1"), ("sha256", hexs(64))], sep=(", ", ": "))
    return [(ts, [L])]


EVENTS = [
    (ev_elr, 3), (ev_rhap_misc, 10), (ev_rhap_err, 1.5), (ev_nbs, 12), (ev_nbs_trace, 1.5), (ev_audit, 9), (ev_nginx, 13), (ev_sms, 8),
    (ev_mdm, 8), (ev_ct_export, 2), (ev_fr_fixed, 1), (ev_note, 7), (ev_pg, 6), (ev_syslog, 24), (ev_fhir, 2.5), (ev_fhir_cond, 1.5),
    (ev_cda, 2), (ev_x12, 4), (ev_ept, 3), (ev_teams, 6), (ev_geo_misc, 4), (ev_kit, 4), (ev_docstore, 4),
]


def main():
    chunks = []
    seq = 0
    total = 0
    fns = [e[0] for e in EVENTS]
    ws = [e[1] for e in EVENTS]
    phi = 0
    # main mix until ~45% of the 500 lines carry PHI, then PHI-free filler
    while phi < 222:
        ts = DAY + timedelta(seconds=R.randint(6 * 3600, 19 * 3600), microseconds=R.randint(0, 999) * 1000)
        fn = R.choices(fns, ws)[0]
        evs = fn(ts)
        n = sum(len(lines) for _, lines in evs)
        if total + n > 500:
            continue
        for cts, lines in evs:
            chunks.append((cts, seq, lines))
            seq += 1
            total += len(lines)
            phi += sum(1 for ln in lines if any(c for _, c in ln.parts))
    while total < 500:
        ts = DAY + timedelta(seconds=R.randint(6 * 3600, 19 * 3600), microseconds=R.randint(0, 999) * 1000)
        for cts, lines in R.choice([ev_syslog, ev_syslog, ev_geo_misc, ev_rhap_misc, ev_mdm, ev_fhir_cond])(ts):
            chunks.append((cts, seq, lines))
            seq += 1
            total += len(lines)
    chunks.sort(key=lambda c: (c[0], c[1]))
    all_lines = [ln for c in chunks for ln in c[2]]
    all_lines = all_lines[:500]
    if len(all_lines) != 500:
        sys.exit("wrong line count")
    with open(f"{ID}.log", "wb") as lf, open(f"{ID}.labels.jsonl", "w", encoding="utf-8", newline="\n") as jf:
        for n, ln in enumerate(all_lines, 1):
            b, spans = ln.build()
            if not b or b"\n" in b or b"\r" in b:
                raise SystemExit(f"line {n}: empty or contains newline")
            b.decode("utf-8")
            prev = 0
            out = []
            for s, e, cat, val in spans:
                if not (0 <= s < e <= len(b)):
                    raise SystemExit(f"line {n}: bad bounds {s},{e}")
                if s < prev:
                    raise SystemExit(f"line {n}: overlapping spans")
                if b[s:e].decode("utf-8") != val:
                    raise SystemExit(f"line {n}: span text mismatch {b[s:e]!r} != {val!r}")
                if val != val.strip() or not val.strip():
                    raise SystemExit(f"line {n}: span has surrounding whitespace {val!r}")
                prev = e
                out.append({"s": s, "e": e, "cat": cat})
            lf.write(b + b"\n")
            jf.write(json.dumps({"line": n, "family": ln.fam, "spans": out}) + "\n")


if __name__ == "__main__":
    main()
