#!/usr/bin/env python3
"""gen_qg.py - synthetic labeled log corpus "qg".

Organisation: Susquehanna Valley Community Blood Center (SVCBC), a community
bloodmobile operator (fictional) in central Pennsylvania, and its donor-recall
program (donor notification of reactive infectious-marker results, lookback
of prior donations, consignee hospital and recipient notification under
21 CFR 610.46/610.47).  One day (2025-03-18) of its central log archive
(SIEM export), all systems interleaved by time.

Writes qg.log (500 lines) and qg.labels.jsonl in the current directory.
Standard library only, fixed seed, byte-identical on every run.

Systems simulated (family names in the labels):
  tablet_json   Android collection-tablet app "mCollect" (JSON, one per event)
  elig_logfmt   donor eligibility / DHQ rules engine (Go, logfmt)
  becs_pipe     blood establishment computer system interface rows (pipe)
  hl7_oru       ORU^R01 results from the donor testing lab, one segment a line
  lookback_json lookback case service (Python structlog JSON, ensure_ascii)
  mailhouse_csv donor/recipient letter batch for the mail house (CSV)
  router_syslog cellular routers on the bloodmobiles (RFC3164 syslog)
  portal_access donor portal nginx access log (combined + timing)
  notify_json   notification service: SMS gateway and push (JSON)
  java_trace    integration engine (Spring Boot/logback) errors + stack traces
  pg_audit      PostgreSQL log with pgaudit statements on the BECS replica
  zebra_print   ISBT 128 label print service (bracketed key=value)
  fleet_kv      bloodmobile telematics (key=value)
  coldchain_fw  storage refrigerator/shipper temperature monitor (fixed width)
  fhir_json     FHIR R4 resources exchanged with hospital transfusion services
  x12           270/837P for therapeutic phlebotomy patients (one interchange a line)
  bpdr_xml      biological product deviation report drafts (XML one a line)
  teams_chat    compliance export of the donor-notification team chat
  dns_note      donor notification nurse free-text notes (some in Spanish)
  mdm_csv       tablet MDM compliance export (CSV)

Labeling decisions (grey cases):
  * Donors, therapeutic-phlebotomy patients and transfusion recipients are the
    people served; their relatives/emergency contacts are PHI too.  Staff,
    phlebotomists, nurses, the medical director, hospital transfusion-service
    staff and attending physicians named at work are NOT PHI, nor are the
    blood center, its bloodmobiles, drive sites (schools, churches, employers
    hosting drives), hospitals (consignees), their addresses/phones/faxes.
  * Donor number (DN...), therapeutic phlebotomy patient no. (TP-...) and the
    hospital MRN of a recipient -> mrn.
  * ISBT 128 Donation Identification Number (DIN, e.g. W2719 25 418223, with
    or without spaces) identifies one donation and thus the donor -> other_id,
    wherever it appears (labels, BECS rows, HL7, SQL, traces).  Only the 13
    DIN characters are labeled; ISBT flag digits, the check character, product
    codes (E0869V00), ABO codes and FIN alone are not PHI.
  * Lab accession numbers of a donor specimen, lookback case numbers
    (LB-2025-nnnn), recall case numbers (RC-...), FHIR Patient logical ids
    and national-deferral-registry match ids -> other_id.
  * Dates tied to the person: birth, collection/draw (date or date-time),
    specimen receipt/result release in OBR, deferral-until, last donation,
    appointment, follow-up draw, transfusion, death, letter mail date, date
    a recipient was notified, service dates in X12 -> date.  The log record's
    own timestamp, HL7 MSH-7, X12 ISA/GS/BHT creation dates, product expiry
    dates, ship dates, BPDR report/filing dates and rulepack dates are NOT.
  * Ages are labeled only when over 89 (some elderly recipients); donor ages
    (16-80) are not.
  * Client IPs in the donor portal access log are the donors' own addresses
    -> ip; internal load balancer/health probes (10.x), the uptime monitor
    and search-engine crawlers are not.  Public IPs of servers, VPN peers
    and router WAN addresses are not PHI.
  * A request path/URL that carries a donor's identifier (donor number,
    email, DIN) or a personal recall link token is labeled as a whole -> url;
    paths without one are not labeled.
  * Collection tablets, HemoCue meters, printers, routers and bloodmobiles
    (VIN, plates) belong to the organisation -> not PHI.  A donor's own phone
    as registered for push notifications (device_id) -> device.  A donor's
    own car plate noted in a post-donation reaction report -> vehicle.
  * Photo of the donor captured at ID check (base64 JPEG) -> photo; palm-vein
    template -> biometric.  Driver's licence number shown as ID -> license.
  * SSN last-4 used for identity matching -> ssn (as is a full SSN).
  * In HL7 an XPN name field (LAST^FIRST^M) is one name span; XAD street and
    city components are separate address spans, ZIP its own zip span.  In
    CSV and X12, last and first name are separate columns/elements and
    therefore separate name spans.  A first name alone (SMS greeting) is a
    name.  City is labeled only when part of a person's address.
  * Test results, ABO/Rh, vitals, deferral codes are health information but
    not identifiers -> not labeled.
  * Card numbers written into notes (Luhn valid or junk) -> account, as are
    therapeutic phlebotomy patient account / claim control numbers.  Health
    plan member IDs and MBIs -> health_plan.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import unicodedata

SEED = 2306
R = random.Random(SEED)
N_LINES = 500
DAY = dt.date(2025, 3, 18)


# ---------------------------------------------------------------- line model
class P:
    """A PHI value to be placed in a line."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.b = bytearray()
        self.sp = []  # (start, end, cat, text, meant)

    def t(self, s):
        self.b += s.encode("utf-8")
        return self

    def p(self, s, cat, meant=None):
        a = len(self.b)
        self.b += s.encode("utf-8")
        self.sp.append((a, len(self.b), cat, s, meant))
        return self

    def add(self, *parts):
        for x in parts:
            if x is None:
                continue
            if isinstance(x, P):
                self.p(str(x.v), x.cat)
            else:
                self.t(str(x))
        return self


def mk(fam, *parts):
    return Line(fam).add(*parts)


def jw(L, o, ascii_=False, sep=(",", ":")):
    """Write o as JSON into line L; P values become spans."""
    if isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=ascii_) + sep[1])
            jw(L, v, ascii_, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jw(L, v, ascii_, sep)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            enc = json.dumps(o.v, ensure_ascii=ascii_)
            L.t('"')
            L.p(enc[1:-1], o.cat, meant=o.v)
            L.t('"')
        else:
            L.p(json.dumps(o.v), o.cat)
    else:
        L.t(json.dumps(o, ensure_ascii=ascii_))
    return L


def jline(fam, obj, ascii_=False, sep=(",", ":")):
    return jw(Line(fam), obj, ascii_, sep)


def lf(L, pairs):
    """logfmt / key=value writer."""
    for i, (k, v) in enumerate(pairs):
        if i:
            L.t(" ")
        L.t(k + "=")
        raw = str(v.v if isinstance(v, P) else v)
        q = (" " in raw) or ("=" in raw) or raw == ""
        if q:
            L.t('"')
        if isinstance(v, P):
            L.p(raw, v.cat)
        else:
            L.t(raw)
        if q:
            L.t('"')
    return L


# ---------------------------------------------------------------- checksums
def luhn_check_digit(body):
    s = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def luhn_ok(num):
    return luhn_check_digit(num[:-1]) == num[-1]


def card(prefix, length):
    body = prefix + "".join(R.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn_check_digit(body)


def npi():
    body = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return body + luhn_check_digit("80840" + body)


def vin(prefix8, year_code, plant, serial6):
    tr = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                               [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
    for d in "0123456789":
        tr[d] = int(d)
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = prefix8 + "0" + year_code + plant + serial6
    s = sum(tr[c] * w[i] for i, c in enumerate(v))
    cd = s % 11
    cd = "X" if cd == 10 else str(cd)
    return v[:8] + cd + v[9:]


ISBT_AL = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"


def isbt_check(din13):
    p = 0
    for c in din13:
        p = ((p + ISBT_AL.index(c)) * 2) % 37
    return ISBT_AL[(38 - p) % 37]


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    d = "0123456789"
    return (R.choice("123456789") + R.choice(al) + R.choice(an) + R.choice(d) + R.choice(al)
            + R.choice(an) + R.choice(d) + R.choice(al) + R.choice(al) + R.choice(d) + R.choice(d))


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hx(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def ascii_fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


# ---------------------------------------------------------------- organisation
ORG = "Susquehanna Valley Community Blood Center"
ORG_ADDR = "3820 Industrial Rd, Harrisburg, PA 17110"
ORG_PHONE = "717-651-0400"
NOTIF_PHONE = "717-651-0455"
ORG_FAX = "717-651-0499"
ORG_NPI = npi()
FIN = "W2719"
FEI = "3004187722"
MED_DIR = ("Dr. Harriet Oyelaran-Finch", npi())

STAFF = [("Nkechi Adeyemi", "nadeyemi"), ("Tomasz Wróbel", "twrobel"),
         ("Brianna Kettering", "bkettering"), ("Luis Barrientos", "lbarrientos"),
         ("Meg Halloran", "mhalloran"), ("Ravi Subramaniam", "rsubramaniam"),
         ("Dale Frantz", "dfrantz"), ("Keisha Montgomery-Ellis", "kmontgomery"),
         ("Joy Pham", "jpham"), ("Hunter Gingrich", "hgingrich")]
PHLEBS = [s for s in STAFF if s[1] in ("nadeyemi", "twrobel", "bkettering", "jpham", "hgingrich")]

BLOODMOBILES = []
for bm, serial in (("BM03", "HKL2291"), ("BM05", "HKM0417"), ("BM11", "JKN7730")):
    BLOODMOBILES.append({"id": bm, "vin": vin("1FVACWDT", serial[1], serial[2], serial[3:] + "%02d" % R.randint(10, 99)),
                         "plate": "PA MV%05d" % R.randint(10000, 99999), "geotab": "G9" + hx(6).upper(),
                         "odo": R.uniform(60000, 140000), "gen": R.uniform(3000, 9000),
                         "router": "%s-IBR1700" % bm, "wan": "100.%d.%d.%d" % (R.randint(64, 127), R.randint(0, 255), R.randint(1, 254))})
DRIVES = [
    ("DRV-250318-CCHS", "BM05", "Cedar Cliff High School", "1301 Carlisle Rd, Camp Hill, PA 17011"),
    ("DRV-250318-STTH", "BM03", "St. Theresa Parish Hall", "1300 Bridge St, New Cumberland, PA 17070"),
    ("DRV-250318-GFDC", "BM11", "Giant Food Stores Distribution Ctr", "3301 Pennsy Dr, Carlisle, PA 17015"),
]
TABLETS = []
for d in DRIVES:
    for k in range(1, 4):
        TABLETS.append({"dev": "TAB-%s-%02d" % (d[1], k), "sn": "R52W" + "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(7)),
                        "drive": d[0], "bm": d[1]})
HOSPITALS = [("Harrisburg Riverside Hospital", "HRH", "717-782-3100", "717-782-3175"),
             ("West Shore Regional Medical Center", "WSR", "717-763-2200", "717-763-2290"),
             ("Carlisle Memorial Hospital", "CMH", "717-249-1212", "717-249-1290"),
             ("Lebanon Valley General", "LVG", "717-270-7500", "717-270-7588")]
TS_STAFF = ["J. Whitcombe MT(ASCP)", "R. Delacroix-Nunez, MLS", "T. Saylor MT", "A. Brubaker SBB"]
PHYSICIANS = ["Dr. Anjali Mehta", "Dr. Samuel Oduya", "Dr. Carolyn Zook", "Dr. Peter Van Horn"]

FIRST_F = ["María José", "Grace", "Siobhán", "Aaliyah", "Nguyen Thi Lan", "Hope", "Priya", "Zoë", "Destiny",
           "Oluwaseun", "Ingrid", "Summer", "Fatima", "Rose", "Hana", "Brooke", "Yesenia", "Kateryna", "Autumn", "Joy"]
FIRST_M = ["José Luis", "Hunter", "Dmitri", "Chinedu", "Bartholomew", "Mateus", "Will", "Chance", "Tariq",
           "Kwame", "Sky", "Rocco", "Eamon", "Hiroshi", "Forrest", "DeShawn", "Bao", "Ezekiel", "Lars", "Rich"]
LAST = ["Ferreira da Silva", "Okonkwo-Reyes", "Van der Berg", "Baker", "Stone", "Fox", "Little", "Hill", "Rice",
        "Wolf", "Nakamura", "O'Brien", "MacLeod", "Al-Hashimi", "Kowalczyk", "Abernathy-Singh", "De La Cruz",
        "St. Clair", "Park", "Mendes", "Xiong", "Tran", "Begay", "Ortega Villanueva", "Hershberger", "Zook",
        "Bumbaugh", "Holloway-Beaumont", "Sánchez-Ruiz", "Mercer", "Snyder", "Lehman", "Nguyen", "Kim", "Brown", "Cook"]
STREETS = ["Linden Ave", "Old Trail Rd", "Fox Chase Ln", "N 3rd St", "Paxton Church Rd", "Market St", "Orchard Way",
           "Bosler Ave", "Walnut St", "Locust Point Rd", "Cherry St", "Trindle Rd", "Sporting Hill Rd", "Lisburn Rd",
           "Chestnut St", "Willow Mill Park Rd", "Meadowbrook Dr", "E Simpson St", "Fisher Rd", "Hummel Ave"]
CITIES = [("Camp Hill", "17011"), ("Mechanicsburg", "17050"), ("Mechanicsburg", "17055"), ("Lemoyne", "17043"),
          ("New Cumberland", "17070"), ("Hummelstown", "17036"), ("Middletown", "17057"), ("Carlisle", "17013"),
          ("Lebanon", "17042"), ("Palmyra", "17078"), ("Elizabethtown", "17022"), ("Enola", "17025"),
          ("Duncannon", "17020"), ("Marysville", "17053"), ("Shiremanstown", "17011"), ("Boiling Springs", "17007")]
AREA = ["717", "717", "717", "570", "484", "610", "223"]
EMAIL_DOM = ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "icloud.com", "aol.com", "ptd.net"]


def phone_num():
    return "%s%d%02d%04d" % (R.choice(AREA), R.randint(2, 9), R.randint(0, 99), R.randint(0, 9999))


def fmt_phone(n, style):
    a, b, c = n[:3], n[3:6], n[6:]
    return {"dash": "%s-%s-%s" % (a, b, c), "paren": "(%s) %s-%s" % (a, b, c), "e164": "+1" + n,
            "dot": "%s.%s.%s" % (a, b, c), "raw": n, "hl7": "(%s)%s-%s" % (a, b, c)}[style]


def rand_date(y0, y1):
    a = dt.date(y0, 1, 1).toordinal()
    b = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(R.randint(a, b))


def new_person(sex=None, y0=1950, y1=2007):
    sex = sex or R.choice("FM")
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = R.choice(LAST)
    mid = R.choice("ABCDEFGHJKLMNPRSTW")
    city, zipc = R.choice(CITIES)
    street = "%d %s" % (R.randint(2, 4999), R.choice(STREETS))
    apt = R.choice(["", "", "", "Apt %d%s" % (R.randint(1, 4), R.choice("ABCD")), "Unit %d" % R.randint(1, 220)])
    fl = ascii_fold(first).lower().replace(" ", "")
    ll = ascii_fold(last).lower().replace(" ", "").replace("'", "").replace(".", "")
    dob = rand_date(y0, y1)
    em = R.choice(["%s.%s%d", "%s%s%d", "%s_%s%02d"]) % (fl, ll, dob.year % 100 if R.random() < .5 else R.randint(1, 99))
    em = em + "@" + R.choice(EMAIL_DOM)
    return {"sex": sex, "first": first, "last": last, "mid": mid, "dob": dob, "street": street, "apt": apt,
            "city": city, "zip": zipc, "phone": phone_num(), "email": em}


DONORS = []
_used = set()
while len(DONORS) < 34:
    p = new_person()
    did = "DN%07d" % R.randint(1000000, 4999999)
    if did in _used:
        continue
    _used.add(did)
    p["id"] = did
    p["abo"] = R.choice(["O POS", "O POS", "A POS", "A POS", "B POS", "O NEG", "A NEG", "AB POS", "B NEG"])
    st = R.choice(["PA", "PA", "PA", "PA", "NJ", "MD"])
    if st == "PA":
        lic = "%08d" % R.randint(10000000, 39999999)
    elif st == "NJ":
        lic = ascii_fold(p["last"])[0].upper() + "%04d %05d %05d" % (R.randint(0, 9999), R.randint(0, 99999), R.randint(0, 99999))
    else:
        lic = ascii_fold(p["last"])[0].upper() + "-%03d-%03d-%03d-%03d" % tuple(R.randint(0, 999) for _ in range(4))
    p["lic"], p["lic_st"] = lic, st
    p["ssn4"] = "%04d" % R.randint(1, 9999)
    if R.random() < .25:
        p["ip"] = "2601:%x:%x:%x:%x:%x:%x:%x" % tuple(R.randint(0, 0xffff) for _ in range(7))
    else:
        p["ip"] = "%d.%d.%d.%d" % (R.choice([73, 71, 174, 98, 24, 68, 107, 76]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    p["push"] = uuid4().upper()
    p["last_don"] = DAY - dt.timedelta(days=R.randint(56, 900))
    DONORS.append(p)

SEQ = [R.randint(100000, 899999)]


def new_din(year="25"):
    SEQ[0] += R.randint(1, 40)
    d = "%s%s%06d" % (FIN, year, SEQ[0])
    return d


def din_eye(d):
    return "%s %s %s" % (d[:5], d[5:7], d[7:])


TODAY = DONORS[:20]          # donating today on the three drives
for i, d in enumerate(TODAY):
    d["din"] = new_din()
    d["drive"] = DRIVES[i % 3]
    d["appt"] = dt.datetime.combine(DAY, dt.time(8 + i // 3, R.choice([0, 15, 30, 45])))
YESTERDAY = DONORS[20:34]    # specimens collected 2025-03-17, resulted today
for d in YESTERDAY:
    d["din_y"] = new_din()
    d["coll_y"] = dt.datetime.combine(DAY - dt.timedelta(days=1), dt.time(R.randint(8, 15), R.randint(0, 59), R.randint(0, 59)))

INDEX = DONORS[22]           # HCV NAT reactive on 3/17 -> recall + lookback
INDEX2 = DONORS[27]          # anti-HBc repeat reactive -> recall letter
INDEX["coll_y"] = dt.datetime.combine(DAY - dt.timedelta(days=1), dt.time(10, 41, 7))
LB_CASE = "LB-2025-0087"
LB_CASE2 = "LB-2025-0088"
RC_CASE = "RC-25-00412"
RC_CASE2 = "RC-25-00413"
PRIOR = []
for k in range(3):
    c = dt.date(2024, 5 + 3 * k, R.randint(1, 27))
    PRIOR.append({"din": "%s24%06d" % (FIN, R.randint(100000, 899999)), "coll": c,
                  "hosp": HOSPITALS[k % len(HOSPITALS)], "prod": R.choice(["E0869V00", "E4554V00", "E2555V00"]),
                  "ship": c + dt.timedelta(days=R.randint(2, 6))})
RECIPS = []
for k, pr in enumerate(PRIOR):
    p = new_person(y0=1929 if k != 1 else 1948, y1=1934 if k != 1 else 1990)
    p["mrn"] = "%s%s" % (pr["hosp"][1], R.choice(["-%07d" % R.randint(1000000, 9999999), "%08d" % R.randint(10000000, 99999999)]))
    p["tx"] = pr["ship"] + dt.timedelta(days=R.randint(1, 5))
    p["age"] = DAY.year - p["dob"].year - ((DAY.month, DAY.day) < (p["dob"].month, p["dob"].day))
    p["fhir"] = "rcp-%d" % R.randint(1000, 9999)
    p["ssn"] = ssn()
    p["hosp"] = pr["hosp"]
    p["phys"] = PHYSICIANS[k]
    RECIPS.append(p)
RECIPS[2]["dod"] = dt.date(2024, 12, 29)
CONTACT = new_person(sex="F")  # index donor's sister, letters to go there
CONTACT["first"] = "Ana Paula"
CONTACT["last"] = INDEX["last"]

TP_PATIENTS = []
for k in range(3):
    p = new_person(y0=1944, y1=1975)
    p["tp"] = "TP-%06d" % R.randint(1000, 99999)
    p["acct"] = "TPA%07d" % R.randint(1000000, 9999999)
    if k == 0:
        p["payer"], p["payer_id"], p["member"] = "MEDICARE PART B", "12402", mbi()
    else:
        p["payer"], p["payer_id"], p["member"] = R.choice([("HIGHMARK BCBS", "54771", "YPB%09d" % R.randint(0, 999999999)),
                                                          ("CAPITAL BLUE CROSS", "23045", "ZCB%08d01" % R.randint(0, 99999999)),
                                                          ("UPMC HEALTH PLAN", "23281", "%011d" % R.randint(10 ** 10, 10 ** 11 - 1))])
    TP_PATIENTS.append(p)


# ---------------------------------------------------------------- time
class Clock:
    def __init__(self):
        self.t = dt.datetime.combine(DAY, dt.time(6, 40, 3)) + dt.timedelta(microseconds=R.randint(0, 999999))

    def tick(self):
        self.t += dt.timedelta(seconds=R.expovariate(1 / 95.0) + 0.3)
        return self.t


CLK = Clock()


def iso_z(t, ms=True):  # local EDT -> Z
    u = t + dt.timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (u.microsecond // 1000) if ms else "Z")


def iso_local(t, ms=True):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (t.microsecond // 1000) if ms else "") + "-04:00"


def donor_name_lf(d):
    return "%s, %s %s" % (d["last"], d["first"], d["mid"])


def fake_b64(nbytes, head=b""):
    raw = head + bytes(R.randint(0, 255) for _ in range(nbytes - len(head)))
    return base64.b64encode(raw).decode()


JPEG_HEAD = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C"


# ---------------------------------------------------------------- generators
def g_tablet(now):
    tab = R.choice(TABLETS)
    donors = [d for d in TODAY if d["drive"][0] == tab["drive"] and d["appt"] <= now + dt.timedelta(minutes=20)]
    d = R.choice(donors) if donors else None
    ph = R.choice(PHLEBS)
    base = {"ts": iso_local(now), "lvl": "INFO", "app": "mcollect", "ver": "4.12.3+b2231", "dev": tab["dev"],
            "sn": tab["sn"], "drive": tab["drive"]}
    kind = R.choices(["hb", "sync", "login", "checkin", "idv", "vitals", "phleb", "reaction", "warn"],
                     [13, 11, 5, 8, 6, 7, 8, 2, 5])[0]
    if d is None and kind in ("checkin", "idv", "vitals", "phleb", "reaction"):
        kind = R.choice(["hb", "sync", "login"])
    o = dict(base)
    if kind == "hb":
        o.update({"evt": "app.heartbeat", "batt": R.randint(18, 99), "charging": R.random() < .4,
                  "net": "wifi:BM-%s" % tab["bm"], "rssi": -R.randint(40, 88), "queue": R.randint(0, 14),
                  "mem_mb": R.randint(310, 760)})
    elif kind == "sync":
        o.update({"evt": "sync.push", "records": R.randint(1, 30), "bytes": R.randint(2000, 90000),
                  "dur_ms": R.randint(90, 4800), "endpoint": "https://becs-gw.svcblood.org:8443/api/v2/sync",
                  "http": R.choice([200, 200, 200, 202, 503]), "trace": hx(32)})
    elif kind == "login":
        o.update({"evt": "auth.login", "user": ph[1], "role": "PHLEB", "method": R.choice(["badge+pin", "password"]),
                  "session": uuid4()})
    elif kind == "checkin":
        o.update({"evt": "donor.checkin", "donor_id": P(d["id"], "mrn")})
        if R.random() < .6:
            o["donor"] = P(donor_name_lf(d), "name")
        o.update({"appt": P(d["appt"].strftime("%Y-%m-%dT%H:%M"), "date"), "walk_in": False,
                  "proc": R.choice(["WB", "WB", "2RBC", "PLT-APH"]), "staff": ph[1]})
    elif kind == "idv":
        o.update({"evt": "id.verify", "donor_id": P(d["id"], "mrn"), "id_type": "DL", "id_state": d["lic_st"],
                  "id_no": P(d["lic"], "license"), "dob_match": True})
        r = R.random()
        if r < .3:
            o["face_jpg_b64"] = P(fake_b64(54, JPEG_HEAD), "photo")
            o["face_trunc"] = R.randint(18000, 52000)
        elif r < .55:
            o["palm_tmpl"] = P(fake_b64(48), "biometric")
            o["palm_reader"] = "PalmSecure-F Pro fw 02.07"
    elif kind == "vitals":
        o.update({"evt": "vitals.saved", "donor_id": P(d["id"], "mrn"), "bp": "%d/%d" % (R.randint(102, 168), R.randint(60, 98)),
                  "pulse": R.randint(52, 99), "temp_f": round(R.uniform(97.1, 99.3), 1),
                  "hgb": round(R.uniform(12.5, 16.9), 1), "hgb_src": "fingerstick",
                  "hgb_dev": "HemoCue Hb 301 SN %d-%05d" % (R.randint(2001, 2309), R.randint(0, 99999)),
                  "wt_lb": R.randint(112, 260), "staff": ph[1]})
    elif kind == "phleb":
        st = dt.datetime.combine(DAY, now.time()) - dt.timedelta(minutes=R.randint(8, 14))
        o.update({"evt": "phleb.end", "din": P(d["din"], "other_id"), "arm": R.choice("LR"),
                  "draw_start": P(st.strftime("%Y-%m-%dT%H:%M:%S"), "date"),
                  "dur_s": R.randint(300, 690), "vol_ml": R.randint(470, 525),
                  "set": R.choice(["Fenwal 4R3341", "Terumo BB*LGQ456A6", "Fenwal 4R1588"]),
                  "set_lot": "%02d%s%02d%s" % (R.randint(23, 25), R.choice("ABCDEFGHJK"), R.randint(1, 28), R.choice("ABC")),
                  "scale": "Hemomix BM-%s-%d" % (tab["bm"], R.randint(1, 4)), "staff": ph[1]})
    elif kind == "reaction":
        o.update({"lvl": "WARN", "evt": "reaction.logged", "donor_id": P(d["id"], "mrn"), "type": R.choice(["vasovagal-mild", "hematoma", "citrate-tingling"]),
                  "loc_on_bus": "canteen", "ems": False, "staff": ph[1]})
    else:
        evt, det = R.choice([("scanner.timeout", "Zebra DS8178 no response 3000ms"),
                             ("printer.unreachable", "ZT411-%s ECONNREFUSED 10.44.%d.21:9100" % (tab["bm"], R.randint(2, 9))),
                             ("ntp.skew", "skew_ms=%d" % R.randint(600, 4000))])
        o.update({"lvl": "WARN", "evt": evt, "detail": det})
    return [jline("tablet_json", o)]


def g_elig(now):
    d = R.choice(TODAY)
    k = R.choices(["rule", "det", "load", "slow", "ndr"], [5, 4, 2, 3, 1])[0]
    base = [("time", iso_z(now)), ("level", "info"), ("svc", "elig-svc"), ("ver", "2.8.1")]
    rid = ("req_id", hx(16))
    if k == "rule":
        rule, code, days = R.choice([("TRAVEL_MALARIA_ENDEMIC", "TRV03", 90), ("TATTOO_UNLICENSED_3MO", "TAT01", 90),
                                     ("MED_FINASTERIDE", "MED07", 30), ("LOW_HGB", "HGB12", 56), ("TRAVEL_MALARIA_ENDEMIC", "TRV03", 365)])
        out = R.choice(["pass", "pass", "defer"])
        pairs = base + [("msg", "rule evaluated"), ("dhq", "AABB-DHQ-v4.0"), ("donor", P(d["id"], "mrn")), ("q", "Q%d" % R.randint(1, 44)),
                        ("rule", rule), ("outcome", out)]
        if out == "defer":
            pairs += [("code", code), ("defer_until", P((DAY + dt.timedelta(days=days)).isoformat(), "date"))]
        pairs.append(rid)
    elif k == "det":
        age = DAY.year - d["dob"].year - ((DAY.month, DAY.day) < (d["dob"].month, d["dob"].day))
        pairs = base + [("msg", "eligibility determined"), ("donor", P(d["id"], "mrn")), ("outcome", "accept"),
                        ("sex", d["sex"]), ("age", age), ("hgb", round(R.uniform(12.5, 16.5), 1)),
                        ("min_hgb", "12.5" if d["sex"] == "F" else "13.0"), ("last_donation", P(d["last_don"].isoformat(), "date")),
                        ("interval_days", (DAY - d["last_don"]).days), ("dur", "%dms" % R.randint(4, 70)), rid]
    elif k == "load":
        pairs = base + [("msg", "rulepack loaded"), ("rules", R.randint(200, 230)), ("pack", "svcbc-2025.03.1"),
                        ("sha256", hx(64)), ("effective", "2025-03-01")]
    elif k == "slow":
        pairs = [("time", iso_z(now)), ("level", "warn"), ("svc", "elig-svc"), ("ver", "2.8.1"),
                 ("msg", "deferral registry lookup slow"), ("upstream", "ndr-api.svcblood.org:443"),
                 ("dur", "%.2fs" % R.uniform(1.2, 6.0)), ("retry", R.randint(0, 2)), rid]
    else:
        pairs = [("time", iso_z(now)), ("level", "warn"), ("svc", "elig-svc"), ("ver", "2.8.1"),
                 ("msg", "national deferral registry match"), ("donor", P(d["id"], "mrn")),
                 ("name", P("%s %s" % (d["first"], d["last"]), "name")), ("dob", P(d["dob"].strftime("%m/%d/%Y"), "date")),
                 ("ndr_match", P("NDR-%s" % hx(10).upper(), "other_id")), ("score", round(R.uniform(.55, .93), 2)),
                 ("action", "manual_review"), rid]
    return [lf(Line("elig_logfmt"), pairs)]


def g_becs(now):
    k = R.choices(["don", "cmp", "inv", "hdr", "test"], [4, 4, 2, 1, 2])[0]
    if k == "hdr":
        return [mk("becs_pipe", "HDR|SVCBC|BECS-EXP|%s|v7.3.12|%d" % (now.strftime("%Y%m%dT%H%M%S"), R.randint(20, 400)))]
    if k == "inv":
        bm = R.choice(BLOODMOBILES)["id"]
        return [mk("becs_pipe", "INV|%s|WB=%d|PLT=%d|PLS=%d|2RBC=%d|QNS=%d|%s" % (bm, R.randint(3, 40), R.randint(0, 4),
                   R.randint(0, 9), R.randint(0, 6), R.randint(0, 2), now.strftime("%H%M")))]
    if k == "test":
        d = R.choice(YESTERDAY)
        return [mk("becs_pipe", "TST|", P(d["din_y"], "other_id"), "|SCREEN|", R.choice(["ALL NR", "ALL NR", "ALL NR", "PENDING NAT"]),
                   "|KDTL|", now.strftime("%Y%m%d%H%M"), "|AUTO")]
    d = R.choice(TODAY)
    if k == "don":
        return [mk("becs_pipe", "DON|", P(d["din"], "other_id"), "|", P(d["id"], "mrn"), "|", d["abo"], "|",
                   R.choice(["WB", "WB", "2RBC"]), "|CPD 500mL|", P(DAY.strftime("%Y%m%d"), "date"), "|", d["drive"][1], "|COLLECTED")]
    prod = R.choice([("E0869V00", "RBC AS-1 LR"), ("E2555V00", "PF24 PLASMA"), ("E4554V00", "RBC AS-3 LR")])
    exp = DAY + dt.timedelta(days=42 if prod[0] != "E2555V00" else 365)
    return [mk("becs_pipe", "CMP|", P(d["din"], "other_id"), "|", prod[0], "|", prod[1], "|QUARANTINE|exp=", exp.strftime("%Y%m%d"), "2359")]


HL7_MSGS = [0]


def g_hl7(now):
    HL7_MSGS[0] += 1
    others = [x for x in YESTERDAY if x is not INDEX and x is not INDEX2]
    d = INDEX if HL7_MSGS[0] == 1 else (INDEX2 if HL7_MSGS[0] == 3 else R.choice(others))
    din = d["din_y"]
    coll = d["coll_y"]
    out = []
    ctl = "KDTL%s-%06d" % (now.strftime("%m%d"), R.randint(1, 999999))
    out.append(mk("hl7_oru", "MSH|^~\\&|PROCLEIX^KDTL|KDTL|BECS|SVCBC|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||AL|NE" % (now.strftime("%Y%m%d%H%M%S"), ctl)))
    L = mk("hl7_oru", "PID|1||", P(d["id"], "mrn"), "^^^SVCBC^DN~", P(din, "other_id"), "^^^ICCBBA^DIN||",
           P("%s^%s^%s" % (ascii_fold(d["last"]).upper(), ascii_fold(d["first"]).upper(), d["mid"]), "name"), "||",
           P(d["dob"].strftime("%Y%m%d"), "date"), "|", d["sex"], "|||")
    if R.random() < .6:
        L.add(P(("%s %s" % (d["street"], d["apt"])).strip().upper(), "address"), "^^", P(d["city"].upper(), "address"),
              "^PA^", P(d["zip"], "zip"), "^USA||", P(fmt_phone(d["phone"], "hl7"), "phone"))
    else:
        L.add("||")
    out.append(L)
    acc = "KDTL-25-%07d" % R.randint(0, 9999999)
    out.append(mk("hl7_oru", "ORC|RE|", P(din, "other_id"), "|", P(acc, "other_id"), "||CM"))
    rel = now - dt.timedelta(minutes=R.randint(2, 30))
    out.append(mk("hl7_oru", "OBR|1|", P(din, "other_id"), "|", P(acc, "other_id"), "|DONSCR^Donor Screening Panel^L|||",
                  P(coll.strftime("%Y%m%d%H%M%S"), "date"), "|||||||", P((coll + dt.timedelta(hours=R.randint(6, 12))).strftime("%Y%m%d%H%M"), "date"),
                  "|PLAS^Plasma EDTA^HL70487|||||||", P(rel.strftime("%Y%m%d%H%M"), "date"), "|||F"))
    tests = [("HBSAG", "HBsAg", "PRISM^ABBOTT"), ("HBC", "anti-HBc", "PRISM^ABBOTT"), ("HCV", "anti-HCV", "PRISM^ABBOTT"),
             ("HIV12", "HIV-1/2 Ab + O", "PRISM^ABBOTT"), ("MPX", "HIV/HCV/HBV NAT (MP6)", "cobas 6800^ROCHE"),
             ("WNV", "WNV NAT", "cobas 6800^ROCHE"), ("TP", "Syphilis TP Ab", "PK7300^BECKMAN"), ("BAB", "Babesia NAT", "cobas 6800^ROCHE")]
    n = 0
    pool = [t for t in tests if not (d is INDEX and t[0] == "MPX")]
    for code, nm, inst in R.sample(pool, R.randint(3, 5)) + ([("MPX", "HIV/HCV/HBV NAT (MP6)", "cobas 6800^ROCHE")] if d is INDEX else []):
        n += 1
        val = "NR"
        if d is INDEX and code in ("MPX", "HCV"):
            val = "RR" if code == "HCV" else "REACTIVE"
        if d is INDEX2 and code == "HBC":
            val = "RR"
        out.append(mk("hl7_oru", "OBX|%d|ST|%s^%s^L||%s||||||F|||||kdtl_auto|%s~SN %s%04d~LOT %s" % (
            n, code, nm, val, inst, R.choice("ABCK"), R.randint(0, 9999), "%02d%03d%s" % (R.randint(40, 99), R.randint(0, 999), R.choice("ABXZ")))))
    if d in (INDEX, INDEX2):
        out.append(mk("hl7_oru", "NTE|1|L|Repeat reactive in duplicate; discriminatory/confirmatory testing ordered. Unit and co-components quarantined."))
    return out


LB_STEP = [0]


def index_seen():
    return HL7_MSGS[0] >= 1


def g_lookback(now):
    steps = []
    cs = LB_CASE
    steps.append({"event": "case_opened", "case_id": P(cs, "other_id"), "index_donor": P(INDEX["id"], "mrn"),
                  "index_din": P(INDEX["din_y"], "other_id"), "trigger": "HCV NAT reactive (MP6), anti-HCV RR",
                  "lookback_from": P((INDEX["coll_y"].date() - dt.timedelta(days=365)).isoformat(), "date"), "cfr": "21 CFR 610.47"})
    for pr in PRIOR:
        steps.append({"event": "prior_donation_traced", "case_id": P(cs, "other_id"), "din": P(pr["din"], "other_id"),
                      "collected": P(pr["coll"].isoformat(), "date"), "product": pr["prod"], "consignee": pr["hosp"][0],
                      "shipped": pr["ship"].isoformat(), "disposition": "transfused"})
    for pr in PRIOR:
        steps.append({"event": "consignee_notified", "case_id": P(cs, "other_id"), "consignee": pr["hosp"][0], "method": "fax",
                      "fax": pr["hosp"][3], "ack_by": R.choice(TS_STAFF), "due": "45d"})
    for r in RECIPS:
        o = {"event": "recipient_identified", "case_id": P(cs, "other_id"), "recipient_mrn": P(r["mrn"], "mrn"),
             "recipient": P("%s, %s" % (r["last"], r["first"]), "name"), "transfused": P(r["tx"].isoformat(), "date")}
        if r["age"] > 89:
            o["age"] = P(r["age"], "age")
        else:
            o["age"] = r["age"]
        o["physician"] = r["phys"]
        if "dod" in r:
            o["status"] = "deceased"
            o["dod"] = P(r["dod"].isoformat(), "date")
        else:
            o["status"] = "notify_via_physician"
        steps.append(o)
    steps.append({"event": "case_opened", "case_id": P(LB_CASE2, "other_id"), "index_donor": P(INDEX2["id"], "mrn"),
                  "trigger": "anti-HBc RR (2nd occurrence)", "lookback_from": P("2024-09-17", "date"), "cfr": "21 CFR 610.46"})
    i = LB_STEP[0]
    LB_STEP[0] += 1
    if i < len(steps) and R.random() < .75 and index_seen() and (i < len(steps) - 1 or HL7_MSGS[0] >= 3):
        o = steps[i]
        lvl = "info"
    else:
        o = R.choice([{"event": "scheduler_tick", "open_cases": R.randint(3, 9), "overdue": R.randint(0, 2)},
                      {"event": "fax_gateway_status", "provider": "eFax Corporate", "queue": R.randint(0, 4), "latency_ms": R.randint(200, 2200)},
                      {"event": "report_generated", "report": "lookback_weekly.pdf", "pages": R.randint(2, 14), "sha1": hx(40)}])
        lvl = "debug" if o["event"] == "scheduler_tick" else "info"
        LB_STEP[0] -= 1
    full = {"timestamp": iso_z(now), "level": lvl, "logger": "lookback.case"}
    full.update(o)
    return [jline("lookback_json", full, ascii_=True, sep=(", ", ": "))]


MAIL_HDR = [False]


def g_mail(now):
    out = []
    if not MAIL_HDR[0] or R.random() < .15:
        MAIL_HDR[0] = True
        out.append(mk("mailhouse_csv", "batch_id,letter_code,donor_no,last_name,first_name,addr1,addr2,city,st,zip,mail_dt,template_ver"))
    d = R.choice([INDEX, INDEX2] + R.sample(DONORS, 4))
    code = "DNL-HCV-01" if d is INDEX else ("DNL-HBC-02" if d is INDEX2 else R.choice(["DFR-TRV-01", "THX-1GAL", "DFR-HGB-01"]))
    to = CONTACT if (d is INDEX and R.random() < .5) else d

    def c(v, cat):
        v = str(v)
        if "," in v or '"' in v:
            return ['"', P(v, cat), '"']
        return [P(v, cat)] if v else []
    parts = ["B%s-%02d," % (now.strftime("%y%m%d"), R.randint(1, 4)), code, ","]
    parts += c(d["id"], "mrn") + [","] + c(to["last"], "name") + [","] + c(to["first"], "name") + [","]
    parts += c(to["street"], "address") + [","] + c(to["apt"], "address") + [","] + c(to["city"], "address") + [",PA,"]
    parts += c(to["zip"], "zip") + [","] + c((DAY + dt.timedelta(days=1)).isoformat(), "date") + [",v3.2"]
    out.append(mk("mailhouse_csv", *parts))
    return out


def g_router(now):
    bm = R.choice(BLOODMOBILES)
    pri = R.choice([134, 134, 131, 132, 30])
    ts = now.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if now.day < 10 else now.strftime("%b %d %H:%M:%S")
    msg = R.choice([
        "wan[%d]: modem mdm-%s: LTE connected carrier=Verizon rsrp=-%d sinr=%.1f band=%d" % (R.randint(1000, 4000), hx(4), R.randint(80, 115), R.uniform(-2, 18), R.choice([2, 4, 13, 66])),
        "charon[%d]: 09[IKE] IKE_SA svc-hq[%d] established between %s[%s]...198.51.100.24[hq-vpn.svcblood.org]" % (R.randint(1000, 4000), R.randint(1, 40), bm["wan"], bm["id"]),
        "dhcpd[%d]: DHCPACK on 10.44.%d.%d to %s via br0" % (R.randint(1000, 4000), R.randint(2, 9), R.randint(20, 200), ":".join(hx(2) for _ in range(6))),
        "ntpd[%d]: adjusting local clock by %.6fs" % (R.randint(100, 900), R.uniform(-.2, .2)),
        "gps[%d]: fix 3D sats=%d hdop=%.1f" % (R.randint(100, 900), R.randint(5, 14), R.uniform(.6, 2.4)),
        "kernel: wan: link down on mdm-%s, failover to wwan1 (AT&T)" % hx(4),
    ])
    return [mk("router_syslog", "<%d>%s %s %s" % (pri, ts, bm["router"], msg))]


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.119 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92",
       "SVCDonor/5.4.0 (iOS 17.3; iPhone14,5) CFNetwork/1494.0.7"]


def g_portal(now):
    ts = now.strftime("[%d/%b/%Y:%H:%M:%S -0400]")
    k = R.choices(["donor_id", "donor_static", "login", "bot", "health", "recall", "email"], [5, 3, 2, 1, 2, 1, 1])[0]
    rt = "rt=%.3f uct=%.3f" % (R.uniform(.004, .9), R.uniform(0, .02))
    if k == "health":
        return [mk("portal_access", "10.20.%d.%d - - %s \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"ELB-HealthChecker/2.0\" %s" % (R.randint(0, 3), R.randint(2, 250), ts, rt))]
    if k == "bot":
        return [mk("portal_access", "66.249.%d.%d - - %s \"GET /drives?zip=17011&radius=25 HTTP/1.1\" 200 %d \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\" %s" % (R.randint(64, 79), R.randint(1, 254), ts, R.randint(3000, 40000), rt))]
    d = R.choice(DONORS)
    ua = R.choice(UAS)
    L = mk("portal_access", P(d["ip"], "ip"), " - - ", ts, ' "')
    if k == "donor_id":
        path = R.choice(["/api/v1/donors/%s/appointments", "/donor/%s/history", "/api/v1/donors/%s/results/summary", "/api/v1/donors/%s/points"]) % d["id"]
        L.add(R.choice(["GET ", "GET ", "POST "]), P(path, "url"), ' HTTP/2.0" %d %d "https://give.svcblood.org/donor/dashboard" "%s" %s' % (R.choice([200, 200, 200, 304, 401]), R.randint(300, 9000), ua, rt))
    elif k == "recall":
        tok = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(10))
        d.setdefault("tok", tok)
        L.add("GET ", P("/r/%s" % d["tok"], "url"), ' HTTP/2.0" 302 0 "-" "%s" %s' % (ua, rt))
    elif k == "email":
        em = d["email"].replace("@", "%40")
        L.add("GET ", P("/api/v1/donors/lookup?email=%s" % em, "url"), ' HTTP/2.0" 200 %d "-" "%s" %s' % (R.randint(80, 400), ua, rt))
    elif k == "login":
        L.add('POST /donor/login HTTP/2.0" %d %d "https://give.svcblood.org/donor/login" "%s" %s' % (R.choice([302, 302, 401]), R.randint(0, 900), ua, rt))
    else:
        L.add('GET /static/js/app.%s.js HTTP/2.0" 200 %d "https://give.svcblood.org/" "%s" %s' % (hx(8), R.randint(40000, 400000), ua, rt))
    return [L]


def g_notify(now):
    k = R.choices(["recall", "remind", "status", "inbound", "push", "rate"], [2, 4, 4, 1, 3, 1])[0]
    o = {"ts": iso_z(now), "svc": "notify-svc", "ver": "1.19.0"}
    sid = "SM" + hx(32)
    if k == "recall" and not index_seen():
        k = "remind"
    if k == "recall":
        d = INDEX if HL7_MSGS[0] < 3 else R.choice([INDEX, INDEX2])
        d.setdefault("tok", "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(10)))
        L = Line("notify_json")
        cd = d["coll_y"]
        L.add('{"ts":"%s","svc":"notify-svc","ver":"1.19.0","chan":"sms","dir":"outbound","sid":"%s","from":"+17176510455","to":"' % (o["ts"], sid),
              P(fmt_phone(d["phone"], "e164"), "phone"), '","campaign":"RECALL-', "HCV" if d is INDEX else "HBC", '","case":"',
              P(RC_CASE if d is INDEX else RC_CASE2, "other_id"), '","body":"SVCBC: Hi ', P(d["first"].split()[0], "name"),
              ", please call our Donor Notification Nurse at ", NOTIF_PHONE, " about your ", P("%d/%d" % (cd.month, cd.day), "date"),
              " donation, or use ", P("https://give.svcblood.org/r/%s" % d["tok"], "url"), '. Reply STOP to opt out.","segments":2,"status":"queued"}')
        return [L]
    if k == "remind":
        d = R.choice(DONORS)
        when = dt.datetime.combine(DAY + dt.timedelta(days=R.randint(1, 6)), dt.time(R.randint(8, 17), R.choice([0, 15, 30, 45])))
        body_parts = ["Reminder: ", P(d["first"].split()[0], "name"), ", your donation appt is ",
                      P(when.strftime("%a %m/%d %I:%M%p").replace(" 0", " "), "date"), " at ", R.choice(DRIVES)[2],
                      ". Eat well & hydrate! Reply C to confirm."]
        L = Line("notify_json")
        L.add('{"ts":"%s","svc":"notify-svc","ver":"1.19.0","chan":"sms","dir":"outbound","sid":"%s","from":"+17176510400","to":"' % (o["ts"], sid),
              P(fmt_phone(d["phone"], "e164"), "phone"), '","campaign":"APPT-REMIND","body":"', *body_parts, '","segments":1,"status":"queued"}')
        return [L]
    if k == "status":
        if R.random() < .5:
            d = R.choice(DONORS)
            o.update({"chan": "sms", "evt": "status_callback", "sid": sid, "status": R.choice(["sent", "delivered", "delivered", "undelivered"]),
                      "to": P(fmt_phone(d["phone"], "e164"), "phone"), "err": None})
        else:
            o.update({"chan": "sms", "evt": "status_callback", "sid": sid, "status": "delivered", "err": None,
                      "price": "-0.00790", "carrier_latency_ms": R.randint(300, 8000)})
        return [jline("notify_json", o)]
    if k == "inbound":
        d = R.choice([INDEX, INDEX2] + DONORS[:6])
        body = R.choice(["Who is this? I gave blood at Cedar Cliff", "C", "Can I reschedule to next week?", "STOP", "ok thx"])
        o.update({"chan": "sms", "dir": "inbound", "sid": sid, "from": P(fmt_phone(d["phone"], "e164"), "phone"), "to": "+17176510455", "body": body})
        return [jline("notify_json", o)]
    if k == "push":
        d = R.choice(DONORS)
        o.update({"chan": "push", "evt": "push.register", "donor": P(d["id"], "mrn"), "platform": R.choice(["ios", "android"]),
                  "device_id": P(d["push"], "device"), "app_ver": "5.4.0 (5402)", "apns_env": "production"})
        return [jline("notify_json", o)]
    o.update({"lvl": "warn", "evt": "rate_limited", "provider": "twilio", "retry_after_s": R.randint(1, 30), "queue_depth": R.randint(10, 900)})
    return [jline("notify_json", o)]


def g_trace(now):
    ts = now.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (now.microsecond // 1000)
    thr = "hl7-inbound-%d" % R.randint(1, 8)
    k = R.choice(["dup", "npe", "timeout"])
    out = []
    if k == "dup":
        d = R.choice(YESTERDAY)
        out.append(mk("java_trace", "%s ERROR 2211 --- [%s] c.s.integration.hl7.OruResultHandler    : Failed to apply result for DIN " % (ts, thr),
                      P(din_eye(d["din_y"]), "other_id"), ": donor ", P(d["id"], "mrn"), " already has a result set (msgCtl=KDTL0318-%06d)" % R.randint(0, 999999)))
        out.append(mk("java_trace", "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uk_result_din_marker]"))
        out.append(mk("java_trace", "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)"))
        out.append(mk("java_trace", "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.translateExceptionIfPossible(HibernateJpaDialect.java:233)"))
        out.append(mk("java_trace", "\tat org.svcblood.integration.hl7.OruResultHandler.apply(OruResultHandler.java:%d)" % R.randint(80, 240)))
        out.append(mk("java_trace", "Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uk_result_din_marker\""))
        out.append(mk("java_trace", "  Detail: Key (din, marker_cd)=(", P(d["din_y"], "other_id"), ", %s) already exists." % R.choice(["HBSAG", "WNV", "TP"])))
        out.append(mk("java_trace", "\t... %d common frames omitted" % R.randint(30, 60)))
    elif k == "npe":
        out.append(mk("java_trace", "%s ERROR 2211 --- [%s] c.s.integration.route.ConsigneeFaxRoute  : Route consignee-fax failed, will retry in 300s" % (ts, thr)))
        out.append(mk("java_trace", "java.lang.NullPointerException: Cannot invoke \"org.svcblood.integration.model.Consignee.getFaxNumber()\" because \"c\" is null"))
        out.append(mk("java_trace", "\tat org.svcblood.integration.route.ConsigneeFaxRoute.process(ConsigneeFaxRoute.java:%d)" % R.randint(40, 120)))
        out.append(mk("java_trace", "\tat org.apache.camel.support.processor.DelegateSyncProcessor.process(DelegateSyncProcessor.java:65)"))
        out.append(mk("java_trace", "\tat org.apache.camel.processor.errorhandler.RedeliveryErrorHandler$RedeliveryTask.run(RedeliveryErrorHandler.java:477)"))
        out.append(mk("java_trace", "\tat java.base/java.lang.Thread.run(Thread.java:1583)"))
    else:
        out.append(mk("java_trace", "%s WARN 2211 --- [%s] o.s.w.c.RestTemplate                    : Read timed out calling https://ndr-api.svcblood.org/v2/match (traceId=%s spanId=%s)" % (ts, thr, hx(32), hx(16))))
        out.append(mk("java_trace", "java.net.SocketTimeoutException: Read timed out"))
        out.append(mk("java_trace", "\tat java.base/sun.nio.ch.NioSocketImpl.timedFinishConnect(NioSocketImpl.java:546)"))
        out.append(mk("java_trace", "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:%d)" % R.randint(780, 900)))
    return out


def g_pg(now):
    ts = now.strftime("%Y-%m-%d %H:%M:%S.") + "%03d EDT" % (now.microsecond // 1000)
    pid = R.randint(10000, 40000)
    k = R.choices(["sel_phone", "upd_email", "sel_din", "ckpt", "conn", "slow", "sel_name"], [2, 3, 2, 2, 2, 1, 2])[0]
    user = R.choice(["becs_app", "dns_ro", "lookback_svc"])
    if k == "upd_email":
        user = "becs_app"  # only the application role may write
    pre = "%s [%d] %s@becs LOG:  AUDIT: SESSION,%d,1," % (ts, pid, user, R.randint(1, 9000))
    d = R.choice(DONORS)
    if k == "sel_phone":
        return [mk("pg_audit", pre, "READ,SELECT,,,\"SELECT d.donor_id, d.last_nm, d.first_nm FROM donor d WHERE d.phone_home = '",
                   P(d["phone"], "phone"), "' OR d.phone_cell = '", P(d["phone"], "phone"), "'\",<not logged>")]
    if k == "upd_email":
        return [mk("pg_audit", pre, "WRITE,UPDATE,,,\"UPDATE donor SET email_addr = '", P(d["email"], "email"),
                   "', upd_by = 'lbarrientos', upd_ts = now() WHERE donor_id = '", P(d["id"], "mrn"), "'\",<not logged>")]
    if k == "sel_din":
        pr = R.choice(PRIOR)
        return [mk("pg_audit", pre, "READ,SELECT,,,\"SELECT c.din, c.prod_cd, s.consignee_id, s.ship_dt FROM component c JOIN shipment s USING (ship_id) WHERE c.din = '",
                   P(pr["din"], "other_id"), "'\",<not logged>")]
    if k == "sel_name":
        return [mk("pg_audit", pre, "READ,SELECT,,,\"SELECT donor_id, birth_dt FROM donor WHERE upper(last_nm) = '",
                   P(ascii_fold(d["last"]).upper().replace("'", "''"), "name"), "' AND birth_dt = DATE '", P(d["dob"].isoformat(), "date"), "'\",<not logged>")]
    if k == "ckpt":
        return [mk("pg_audit", "%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
            ts, R.randint(100, 999), R.randint(200, 9000), R.uniform(1, 30), R.randint(0, 4), R.uniform(1, 200), R.uniform(0, 1), R.uniform(1, 200)))]
    if k == "conn":
        return [mk("pg_audit", "%s [%d] LOG:  connection authorized: user=%s database=becs application_name=%s SSL enabled (protocol=TLSv1.3, cipher=TLS_AES_256_GCM_SHA384)" % (
            ts, pid, user, R.choice(["PostgreSQL JDBC Driver", "lookback-svc", "psql"])))]
    return [mk("pg_audit", "%s [%d] %s@becs LOG:  duration: %.3f ms  statement: SELECT count(*) FROM donation WHERE coll_dt >= current_date - 7 AND drive_id LIKE 'DRV-2503%%'" % (ts, pid, user, R.uniform(500, 4000)))]


def g_zebra(now):
    d = R.choice(TODAY)
    bm = d["drive"][1]
    ts = now.strftime("[%Y-%m-%d %H:%M:%S]")
    if R.random() < .3:
        return [mk("zebra_print", "%s PRN=ZT411-%s fw=V92.21.39Z status=%s odometer_in=%d" % (ts, bm, R.choice(["READY", "RIBBON_LOW", "HEAD_OPEN", "PAPER_OUT"]), R.randint(20000, 90000)))]
    abo = {"O POS": "5100", "A POS": "6200", "B POS": "7300", "AB POS": "8400", "O NEG": "9500", "A NEG": "0600", "B NEG": "1700"}[d["abo"]]
    return [mk("zebra_print", "%s PRN=ZT411-%s job=%d tmpl=ISBT128_WB_V4 din=" % (ts, bm, R.randint(10000, 99999)), P(d["din"], "other_id"),
               " flag=00 chk=%s prod=%s abo=%s exp=%s2359 status=PRINTED" % (isbt_check(d["din"]), R.choice(["E0869V00", "E4554V00"]), abo,
                                                                           (DAY + dt.timedelta(days=42)).strftime("%Y%m%d")))]


def g_fleet(now):
    bm = R.choice(BLOODMOBILES)
    lat = {"BM03": 40.2310, "BM05": 40.2385, "BM11": 40.2144}[bm["id"]] + R.uniform(-.001, .001)
    lon = {"BM03": -76.8758, "BM05": -76.9212, "BM11": -77.1670}[bm["id"]] + R.uniform(-.001, .001)
    return [lf(Line("fleet_kv"), [("ts", iso_z(now, False)), ("unit", bm["geotab"]), ("veh", bm["id"]), ("vin", bm["vin"]),
                                   ("plate", bm["plate"]), ("odo_mi", "%.1f" % bm["odo"]), ("lat", "%.4f" % lat), ("lon", "%.4f" % lon),
                                   ("spd", 0), ("ign", R.choice(["on", "off"])), ("gen_hrs", "%.1f" % (bm["gen"] + (now.hour * 60 + now.minute - 420) / 60.0)),
                                   ("fuel_pct", R.randint(20, 95)), ("fault", R.choice(["none", "none", "none", "SPN 3226 FMI 4"]))])]


def g_cold(now):
    unit = R.choice(["BM03-RBC1", "BM05-RBC1", "BM11-RBC1", "BM05-SHIP2", "HQ-WIC-01", "HQ-FRZ-03"])
    frz = "FRZ" in unit
    temp = R.uniform(-32, -25) if frz else R.uniform(1.8, 5.6)
    st = "OK  " if (frz or 1.0 < temp < 6.0) else "ALRM"
    lo, hi = ("-040.0", "-018.0") if frz else ("+001.0", "+006.0")
    return [mk("coldchain_fw", "%s %s %-10s %-7s %+06.1fC LO%s HI%s %s PRB-%05d BATT %3d" % (
        now.strftime("%Y%m%d"), now.strftime("%H%M%S"), unit, "FREEZER" if frz else "FRIDGE", temp, lo, hi, st, R.randint(10000, 99999), R.randint(40, 100)))]


FHIR_I = [0]


def g_fhir(now):
    FHIR_I[0] += 1
    r = RECIPS[FHIR_I[0] % len(RECIPS)]
    if FHIR_I[0] % 2 == 1:
        o = {"resourceType": "Patient", "id": P(r["fhir"], "other_id"), "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": iso_local(now)},
             "identifier": [{"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
                             "system": "urn:oid:2.16.840.1.113883.3.%d.2" % R.randint(1000, 9999), "value": P(r["mrn"], "mrn")}],
             "name": [{"family": P(r["last"], "name"), "given": [P(r["first"], "name")]}], "gender": "female" if r["sex"] == "F" else "male",
             "birthDate": P(r["dob"].isoformat(), "date")}
        if R.random() < .7:
            o["identifier"].append({"system": "http://hl7.org/fhir/sid/us-ssn", "value": P(r["ssn"], "ssn")})
        o["address"] = [{"line": [P(("%s %s" % (r["street"], r["apt"])).strip(), "address")], "city": P(r["city"], "address"),
                         "state": "PA", "postalCode": P(r["zip"], "zip")}]
        o["telecom"] = [{"system": "phone", "value": P(fmt_phone(r["phone"], "dash"), "phone"), "use": "home"}]
        if "dod" in r:
            o["deceasedDateTime"] = P(r["dod"].isoformat(), "date")
    else:
        o = {"resourceType": "Communication", "id": uuid4(), "status": "completed",
             "category": [{"text": "Lookback recipient notification"}],
             "subject": {"reference": "Patient/" + r["fhir"]},
             "sent": P(iso_local(now - dt.timedelta(days=R.randint(0, 2)), False), "date"),
             "sender": {"display": r["phys"]},
             "payload": [{"contentString": "Recipient notified by attending of HCV lookback per 21 CFR 610.47; testing offered."}]}
        L = Line("fhir_json")
        # build manually so that the Patient reference id is its own span
        pre = {k: o[k] for k in ("resourceType", "id", "status", "category")}
        jw(L, pre)
        del L.b[-1]
        L.t(',"subject":{"reference":"Patient/').p(r["fhir"], "other_id").t('"},"sent":"')
        L.p(o["sent"].v, "date").t('",')
        rest = {k: o[k] for k in ("sender", "payload")}
        L2 = jw(Line("x"), rest)
        L.b += L2.b[1:]
        return [L]
    return [jline("fhir_json", o)]


X12_I = [0]


def g_x12(now):
    p = TP_PATIENTS[X12_I[0] % len(TP_PATIENTS)]
    X12_I[0] += 1
    ctl = R.randint(1000, 99999)
    isa = "ISA*00*          *00*          *ZZ*SVCBC          *ZZ*AVAILITY       *%s*%s*^*00501*%09d*0*P*:~" % (now.strftime("%y%m%d"), now.strftime("%H%M"), ctl)
    L = Line("x12")
    last = ascii_fold(p["last"]).upper()
    first = ascii_fold(p["first"]).upper()
    svc = DAY - dt.timedelta(days=R.randint(0, 20))
    if X12_I[0] % 2 == 1:
        L.add(isa, "GS*HS*SVCBC*AVAILITY*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*TP%s-%04d*%s*%s~" % (
            now.strftime("%Y%m%d"), now.strftime("%H%M"), ctl, now.strftime("%y%m%d"), R.randint(1, 9999), now.strftime("%Y%m%d"), now.strftime("%H%M")),
            "HL*1**20*1~NM1*PR*2*%s*****PI*%s~HL*2*1*21*1~NM1*1P*2*%s*****XX*%s~HL*3*2*22*0~NM1*IL*1*" % (p["payer"], p["payer_id"], ORG.upper(), ORG_NPI),
            P(last, "name"), "*", P(first, "name"), "*", p["mid"], "***MI*", P(p["member"], "health_plan"), "~DMG*D8*", P(p["dob"].strftime("%Y%m%d"), "date"),
            "*", p["sex"], "~DTP*291*D8*", P(svc.strftime("%Y%m%d"), "date"), "~EQ*30~SE*11*0001~GE*1*%d~IEA*1*%09d~" % (ctl, ctl))
    else:
        L.add(isa, "GS*HC*SVCBC*AVAILITY*%s*%s*%d*X*005010X222A1~ST*837*0001*005010X222A1~BHT*0019*00*%d*%s*%s*CH~" % (
            now.strftime("%Y%m%d"), now.strftime("%H%M"), ctl, ctl, now.strftime("%Y%m%d"), now.strftime("%H%M")),
            "NM1*85*2*%s*****XX*%s~N3*3820 INDUSTRIAL RD~N4*HARRISBURG*PA*171101234~SBR*P*18*******%s~NM1*IL*1*" % (ORG.upper(), ORG_NPI, "MB" if "MEDICARE" in p["payer"] else "CI"),
            P(last, "name"), "*", P(first, "name"), "****MI*", P(p["member"], "health_plan"), "~N3*", P(p["street"].upper(), "address"), "~N4*",
            P(p["city"].upper(), "address"), "*PA*", P(p["zip"], "zip"), "~DMG*D8*", P(p["dob"].strftime("%Y%m%d"), "date"), "*", p["sex"],
            "~CLM*", P(p["acct"], "account"), "*185***11:B:1*Y*A*Y*Y~HI*ABK:E8301~LX*1~SV1*HC:99195*185*UN*1***1~DTP*472*D8*",
            P(svc.strftime("%Y%m%d"), "date"), "~SE*17*0001~GE*1*%d~IEA*1*%09d~" % (ctl, ctl))
    return [L]


BPDR_I = [0]


def g_bpdr(now):
    BPDR_I[0] += 1
    if BPDR_I[0] % 3 == 0:
        return [mk("bpdr_xml", "<BPDRBatch xmlns=\"urn:svcbc:qa:bpdr:1\" created=\"%s\" count=\"%d\" submitter=\"Meg Halloran\" fei=\"%s\"/>" % (iso_local(now, False), R.randint(1, 4), FEI))]
    pr = R.choice(PRIOR) if BPDR_I[0] % 2 else None
    if pr:
        return [mk("bpdr_xml", "<BPDR><ReportNo>BPDR-2025-%04d</ReportNo><FEI>%s</FEI><ReportDate>%s</ReportDate><Code>PD-50-03</Code><Unit din=\"" % (R.randint(1, 80), FEI, DAY.isoformat()),
                   P(pr["din"], "other_id"), "\" product=\"%s\" disposition=\"transfused\"><CollectionDate>" % pr["prod"], P(pr["coll"].isoformat(), "date"),
                   "</CollectionDate><Consignee>%s</Consignee></Unit><Desc>Post-donation information: donor subsequently reactive for HCV RNA; unit from prior collection distributed and transfused.</Desc></BPDR>" % pr["hosp"][0])]
    d = R.choice(TODAY)
    return [mk("bpdr_xml", "<BPDR><ReportNo>BPDR-2025-%04d</ReportNo><FEI>%s</FEI><ReportDate>%s</ReportDate><Code>DD-60-04</Code><Unit din=\"" % (R.randint(1, 80), FEI, DAY.isoformat()),
               P(d["din"], "other_id"), "\" product=\"E0869V00\" disposition=\"quarantined\"><CollectionDate>", P(DAY.isoformat(), "date"),
               "</CollectionDate></Unit><Desc>Donor reported travel to malaria-endemic area after donation (PDI); unit retrieved before distribution.</Desc></BPDR>")]


CHAT_I = [0]


def g_chat(now):
    CHAT_I[0] += 1
    ts = now.strftime("%Y-%m-%d %H:%M:%S")
    k = R.randint(0, 11)
    if k in (0, 1, 4, 11) and not index_seen():
        k = 2 if k < 4 else 10
    if k in (6, 7) and HL7_MSGS[0] < 3:
        k = 8
    ch, who = {0: ("#donor-notification", "Luis Barrientos"), 1: ("#lookback", R.choice(["Meg Halloran", "Keisha Montgomery-Ellis"])),
               2: ("#mobile-ops", R.choice(["Brianna Kettering", "Hunter Gingrich"])), 3: ("#lookback", "Meg Halloran"),
               4: ("#lookback", R.choice(["Meg Halloran", "Dr. Harriet Oyelaran-Finch"])), 5: ("#it-helpdesk", "Ravi Subramaniam"),
               6: ("#lookback", "Dr. Harriet Oyelaran-Finch"), 7: ("#donor-notification", R.choice(["Luis Barrientos", "Joy Pham"])),
               8: ("#donor-notification", "Keisha Montgomery-Ellis"), 9: ("#mobile-ops", "Dale Frantz"),
               10: ("#mobile-ops", R.choice(["Tomasz Wróbel", "Nkechi Adeyemi"])), 11: ("#donor-notification", "Luis Barrientos")}[k]
    L = mk("teams_chat", "%s | %s | %s: " % (ts, ch, who))
    i2 = INDEX
    if k == 0:
        L.add("Left VM for ", P(i2["id"], "mrn"), " (", P(i2["first"].split()[0], "name"), ") re HCV RR, will retry after 5. Cell on file is ", P(fmt_phone(i2["phone"], "dash"), "phone"))
    elif k == 1:
        L.add("Can someone pull ", P(LB_CASE, "other_id"), " components shipped to Carlisle Memorial? Need DIN ", P(din_eye(PRIOR[2]["din"]), "other_id"), " disposition")
    elif k == 2:
        L.add("BM05 generator threw SPN 3226 again, Dale is on it. Drive stays open, canteen moved into the gym.")
    elif k == 3:
        L.add("West Shore transfusion svc fax is %s, not the main line %s" % (HOSPITALS[1][3], HOSPITALS[1][2]))
    elif k == 4:
        r = RECIPS[0]
        L.add("Recipient at ", r["hosp"][0], " is ", P(str(r["age"]), "age") if r["age"] > 89 else str(r["age"]), " y/o, ", r["phys"], " wants to tell family first. MRN ", P(r["mrn"], "mrn"))
    elif k == 5:
        L.add("INC0048%d: tablet %s won't sync, cert expired on becs-gw. Ravi renewing." % (R.randint(100, 999), R.choice(TABLETS)["dev"]))
    elif k == 6:
        L.add("Reminder the 610.47 clock on ", P(LB_CASE2, "other_id"), " started ", P("3/17", "date"), " - letters to consignees by Friday")
    elif k == 7:
        d = INDEX2
        L.add(P("%s %s" % (d["first"], d["last"]), "name"), " called back, f/u draw booked ", P((DAY + dt.timedelta(days=7)).strftime("%m/%d"), "date"), " 9:30 at HQ")
    elif k == 8:
        L.add("Mail house batch B%s-02 confirmed, %d letters, template v3.2. PO 4500%d" % (now.strftime("%y%m%d"), R.randint(10, 60), R.randint(10000, 99999)))
    elif k == 9:
        L.add("Lot %s of Fenwal 4R3341 sets is on hold per vendor notice, pull them from BM03" % ("24K17C"))
    elif k == 10:
        L.add("Who has the Trima Accel on BM11 today? Grace and Hope from the plasma team are asking")
    else:
        L.add("sister said to send letters to her: ", P("%s %s" % (CONTACT["first"], CONTACT["last"]), "name"), ", ",
              P("%s, %s" % (CONTACT["street"], CONTACT["city"]), "address"), " PA ", P(CONTACT["zip"], "zip"))
    return [L]


NOTE_I = [0]
NOTE_DONE = set()


def g_note(now):
    NOTE_I[0] += 1
    k = NOTE_I[0] % 8
    if (k in (1, 6) and not index_seen()) or (k == 7 and HL7_MSGS[0] < 3):
        NOTE_I[0] -= 1  # retry this note kind next time
        k = 0
    if k in (1, 6, 7):
        if k in NOTE_DONE:
            k = 0
        NOTE_DONE.add(k)
    ts = now.strftime("%Y-%m-%d %H:%M")
    if k == 1:
        d = INDEX
        return [mk("dns_note", "%s NOTE dn=" % ts, P(d["id"], "mrn"), " by=lbarrientos type=RECALL_CALL case=", P(RC_CASE, "other_id"),
                   ": Spoke with donor ", P("%s %s" % (d["first"], d["last"]), "name"), " at ", P(fmt_phone(d["phone"], "paren"), "phone"),
                   " (cell). Confirmed DOB ", P(d["dob"].strftime("%m/%d/%Y"), "date"), " and last 4 SSN ", P(d["ssn4"], "ssn"),
                   ". Discussed HCV NAT reactive on ", P(d["coll_y"].strftime("%m/%d"), "date"), " donation; f/u draw scheduled ",
                   P((DAY + dt.timedelta(days=7)).strftime("%m/%d/%Y"), "date"), " at HQ (%s). Donor asks that letters go to her sister " % ORG_ADDR,
                   P("%s %s" % (CONTACT["first"], CONTACT["last"]), "name"), ", ", P(("%s %s" % (CONTACT["street"], CONTACT["apt"])).strip(), "address"),
                   ", ", P(CONTACT["city"], "address"), " PA ", P(CONTACT["zip"], "zip"), ", tel ", P(fmt_phone(CONTACT["phone"], "dash"), "phone"), ".")]
    if k == 2:
        d = R.choice([x for x in DONORS if "ñ" in x["last"] or "á" in x["last"] or "José" in x["first"]] or DONORS)
        return [mk("dns_note", "%s NOTA dn=" % ts, P(d["id"], "mrn"), " por=lbarrientos tipo=LLAMADA: Se llamó a ", P("%s %s" % (d["first"], d["last"]), "name"),
                   " al ", P(fmt_phone(d["phone"], "dash"), "phone"), ", se dejó mensaje en buzón de voz. Fecha de donación ",
                   P((DAY - dt.timedelta(days=1)).strftime("%d/%m/%Y"), "date"), ". Volver a llamar mañana; hablar con su esposo ", P("Ramón", "name"), " si contesta.")]
    done_today = [x for x in TODAY if x["appt"] <= now - dt.timedelta(minutes=20)]
    if k == 3 and not done_today:
        NOTE_I[0] -= 1
        k = 0
    if k == 3:
        d = R.choice(done_today)
        plate = "%s%s%s-%04d" % (R.choice("KLMN"), R.choice("ABCDEFGHJ"), R.choice("KLMNPRSTUV"), R.randint(0, 9999))
        return [mk("dns_note", "%s RXN dn=" % ts, P(d["id"], "mrn"), " by=nadeyemi type=REACTION: mild vasovagal at 6 min, legs up, cold pack, recovered 15 min. Donor insisted on driving; vehicle ",
                   P(plate, "vehicle"), " (PA) noted per SOP MOB-114. Emergency contact ", P("%s %s" % (R.choice(FIRST_M + FIRST_F).split()[0], d["last"]), "name"),
                   " ", P(fmt_phone(phone_num(), "dot"), "phone"), " called, no answer.")]
    if k == 4:
        p = TP_PATIENTS[0]
        pan = card("4", 16) if R.random() < .6 else "4" + "".join(R.choice("0123456789") for _ in range(15))
        return [mk("dns_note", "%s TPH pt=" % ts, P(p["tp"], "mrn"), " acct=", P(p["acct"], "account"),
                   " by=kmontgomery type=BILLING: therapeutic phlebotomy #%d (HH, ferritin %d). Pt paid copay by phone, card " % (R.randint(3, 30), R.randint(90, 600)),
                   P(pan, "account"), " - REDACT per PCI, ticket INC0048%d opened." % R.randint(100, 999))]
    if k == 5:
        return [mk("dns_note", "%s NOTE by=mhalloran type=QA: weekly lookback huddle, %d open cases, no overdue consignee responses. Med Dir %s (NPI %s) signed off." % (
            ts, R.randint(3, 8), MED_DIR[0], MED_DIR[1]))]
    if k == 6:
        r = RECIPS[2]
        return [mk("dns_note", "%s NOTE by=mhalloran type=LOOKBACK case=" % ts, P(LB_CASE, "other_id"), ": ", r["hosp"][0], " reports recipient ",
                   P("%s %s" % (r["first"], r["last"]), "name"), " (MRN ", P(r["mrn"], "mrn"), ", age ",
                   P(str(r["age"]), "age") if r["age"] > 89 else str(r["age"]), ") expired ", P(r["dod"].strftime("%m/%d/%Y"), "date"),
                   ", unrelated to transfusion per attending. Next of kin ", P("%s %s" % (R.choice(FIRST_F).split()[0], r["last"]), "name"), " not to be contacted by SVCBC.")]
    if k == 7:
        d = INDEX2
        return [mk("dns_note", "%s NOTE dn=" % ts, P(d["id"], "mrn"), " by=lbarrientos type=LETTER case=", P(RC_CASE2, "other_id"),
                   ": anti-HBc RR x2, donor permanently deferred (code HBC02). Letter DNL-HBC-02 queued to ", P(d["email"], "email"),
                   " and mailed to address on file.")]
    if 9 <= now.hour < 15:
        return [mk("dns_note", "%s NOTE by=bkettering type=OPS: drive %s midday check, %d collected so far, avg wait %d min, 1 bed down (Hemomix scale recal)." % (
            ts, R.choice(DRIVES)[0], R.randint(6, 25), R.randint(5, 35)))]
    if now.hour < 9:
        return [mk("dns_note", "%s NOTE by=bkettering type=OPS: drive %s setup complete, %d appts booked, canteen stocked, HemoCue QC passed (lot %s)." % (
            ts, R.choice(DRIVES)[0], R.randint(18, 45), "%d%s%02d" % (R.randint(2, 5), R.choice("ABCDEF"), R.randint(1, 28))))]
    pres = R.randint(20, 60)
    dfr = R.randint(1, 9)
    return [mk("dns_note", "%s NOTE by=bkettering type=OPS: drive %s closed %d presenting / %d collected / %d deferred. Sponsor contact thanked." % (
        ts, R.choice(DRIVES)[0], pres, pres - dfr - R.randint(0, 2), dfr))]


def g_mdm(now):
    tab = R.choice(TABLETS)
    return [mk("mdm_csv", "%s,%s,%s,SM-X200,%s,Android 14 (UP1A.231005.007),%s,agent=23.11.2.%d,battery=%d,last_checkin=%s" % (
        iso_z(now, False), R.choice(["COMPLIANCE", "CHECKIN", "PROFILE_INSTALL"]), tab["dev"], tab["sn"], R.choice(["compliant", "compliant", "noncompliant:os_patch"]),
        R.randint(1, 99), R.randint(10, 100), iso_z(now - dt.timedelta(minutes=R.randint(1, 90)), False)))]


GENS = [  # (func, weight)
    (g_tablet, 80), (g_elig, 26), (g_becs, 24), (g_hl7, 5), (g_lookback, 24), (g_mail, 11), (g_router, 26),
    (g_portal, 30), (g_notify, 28), (g_trace, 4.5), (g_pg, 24), (g_zebra, 20), (g_fleet, 20), (g_cold, 20),
    (g_fhir, 7), (g_x12, 5), (g_bpdr, 4), (g_chat, 24), (g_note, 17), (g_mdm, 13),
]


def build():
    lines = []
    funcs = [g for g, _ in GENS]
    weights = [w for _, w in GENS]
    # first HL7 message of the day early enough to carry the index result
    while len(lines) < N_LINES:
        now = CLK.tick()
        g = R.choices(funcs, weights)[0]
        ev = g(now)
        if len(lines) + len(ev) > N_LINES:
            continue
        lines.extend(ev)
    return lines


def check(lines):
    for n, L in enumerate(lines, 1):
        b = bytes(L.b)
        if b"\n" in b or b"\r" in b or not b.strip():
            raise SystemExit("line %d: bad line" % n)
        b.decode("utf-8")
        prev = 0
        for (s, e, cat, text, meant) in sorted(L.sp):
            if not (0 <= s < e <= len(b)):
                raise SystemExit("line %d: span out of range %r" % (n, (s, e)))
            if s < prev:
                raise SystemExit("line %d: overlapping spans" % n)
            prev = e
            if b[s:e].decode("utf-8") != text:
                raise SystemExit("line %d: span text mismatch %r" % (n, text))
            if meant is not None and isinstance(meant, str) and text != meant:
                if json.loads('"' + text + '"') != meant:
                    raise SystemExit("line %d: escaped span mismatch %r" % (n, text))
            if text.strip() != text or not text:
                raise SystemExit("line %d: span has edge whitespace %r" % (n, text))
    return True


def main():
    lines = build()
    assert len(lines) == N_LINES
    check(lines)
    with open("qg.log", "wb") as f:
        for L in lines:
            f.write(bytes(L.b) + b"\n")
    with open("qg.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for n, L in enumerate(lines, 1):
            sp = [{"s": s, "e": e, "cat": c} for (s, e, c, _t, _m) in sorted(L.sp)]
            f.write(json.dumps({"line": n, "family": L.fam, "spans": sp}) + "\n")
    nophi = sum(1 for L in lines if not L.sp)
    print("lines=%d no_phi=%d (%.1f%%)" % (len(lines), nophi, 100.0 * nophi / len(lines)), file=sys.stderr)


if __name__ == "__main__":
    main()
