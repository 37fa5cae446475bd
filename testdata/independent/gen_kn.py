#!/usr/bin/env python3
"""gen_kn.py -- synthetic, labeled log corpus (ID=kn).

Theme: a county jail and juvenile detention medical unit's EHR integrations
(Marlow County Justice Center, fictional): intake screening forms (JSON API and
CSV exports), medication pass logs with barcode scans, sick call requests typed
on detainee tablets, off-site hospital transport / custody logs, court order and
release notifications that change medications, pharmacy vendor interfaces
(HL7 v2.5.1 RDS^O13, NCPDP SCRIPT XML, NCPDP D.0 claims), X12 270/271 Medicaid
re-enrolment checks at release, mental health crisis watch logs, juvenile
detention intake, commissary / trust account noise, IIS, Mirth Connect,
log4net, Windows service events (NXLog JSON), Oracle errors, sftp syslog.

Everything is synthetic. Standard library only, fixed seed, no time/os
randomness. Writes kn.log (500 lines) and kn.labels.jsonl next to this file.

Labeling decisions:
- Detainees (adult and juvenile) are the patients of the medical unit. Any
  identifier of a detainee is labeled in every family, including commissary /
  trust-account and family-portal lines, because these systems feed the health
  record and the line is about a patient.
- Relatives, guardians, emergency contacts and family members who deposit
  money or send medication inquiries are labeled (name, phone, fax, email,
  public IP, full card number).
- Staff doing their work are NOT labeled: nurses, physicians, NPs, QMHPs,
  pharmacists, deputies/officers (names, badge numbers, usernames), judges,
  attorneys, prescriber NPI/DEA numbers.
- Businesses/facilities are NOT labeled: the jail and its address, hospitals,
  pharmacies, pharmacy vendor helpdesk phone/email, Medicaid agency, county
  fleet vans and their plates, facility-owned tablets/kiosks/scanners and their
  serials, private 10.x addresses.
- Housing locations (pod/cell/bunk), hospital room numbers are NOT labeled.
- other_id: booking numbers, SO/inmate numbers, state IDs (SID), FBI numbers,
  court case / petition numbers, juvenile youth IDs, detainee tablet usernames,
  outside hospital FIN (encounter) numbers, LiveScan TCNs, wristband barcode
  payloads.
- mrn: jail medical record numbers (JMR...) and outside hospital MRNs. HL7 PID-3
  repetitions are labeled by their identifier type (MR -> mrn, BKG -> other_id).
- health_plan: Medicaid IDs, Medicare MBIs, commercial member / NCPDP
  cardholder IDs. account: trust account numbers, full depositor card numbers
  (a masked card "************3382" is NOT labeled).
- Not labeled: drug names, NDCs, lot numbers, Rx numbers, order numbers, sick
  call request IDs (SCR-...), watch IDs (CW-...), message control IDs, trace IDs.
- date: DOB, booking/intake date, release date, court order / hearing dates,
  hospital admit/discharge dates, watch start dates, dispense/administration
  and prescription-written dates in record fields, dates of service in claims,
  eligibility dates (also when URL-encoded or in an unexpected format).
  NOT labeled: log line timestamps, message envelope times (MSH-7, ISA/GS,
  SentTime, @timestamp, ts, EventTime), bare times of day, drug expiry dates,
  software/file/batch dates.
- age: only ages over 89 (as a number or "92 y/o"); younger ages are not labeled.
- Names: full names, first-only or last-only references to a patient or
  relative, "Last, First", initial + last name, names in free text. A name in
  one field ("Last, First", HL7 XPN "LAST^FIRST^M") is one span including its
  separators; names split over XML elements / X12 elements / CSV columns /
  query parameters get one span per part.
- Addresses: a street line, city and county are labeled as address (separate
  spans when in separate fields; one span for a single-string address up to
  the city); ZIP gets its own zip span; the state is not labeled.
- device: serials of a patient's own medical devices (insulin pump, CPAP,
  pacemaker, hearing aid). vehicle: plate and VIN of the patient's car.
  license: a patient's driver's licence number.
- URL-encoded values in query strings (email with %40, date with %2F) are
  labeled with their category, covering the encoded text.
- url: personal social-media / fundraiser URLs. ip: a family member's public IP
  in the portal's IIS log.
- photo: base64 booking photo; biometric: base64 fingerprint template.
"""
import base64
import json
import os
import random
import unicodedata
import uuid
from datetime import date, datetime, timedelta

ID = "kn"
HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20240314 + 21)
N_LINES = 500
NOISE_TARGET = 0.55


# --------------------------------------------------------------------------
# line builder with byte offsets
class P:
    __slots__ = ("v", "c")

    def __init__(self, v, c):
        self.v, self.c = v, c


class T:
    """composite string (for JSON/XML text values with spans inside)"""

    def __init__(self, *parts):
        self.parts = parts


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []
        self.vals = []

    def _t(self, s):
        assert isinstance(s, str), repr(s)
        assert "\n" not in s and "\r" not in s, repr(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))

    def add(self, *parts):
        for x in parts:
            if isinstance(x, P):
                v = x.v if isinstance(x.v, str) else str(x.v)
                st = self.n
                self._t(v)
                self.spans.append((st, self.n, x.c))
                self.vals.append(v)
            elif isinstance(x, T):
                self.add(*x.parts)
            elif isinstance(x, (list, tuple)):
                self.add(*x)
            else:
                self._t(x)
        return self

    def text(self):
        return "".join(self.buf)


def L(fam, *parts):
    return Line(fam).add(*parts)


def jesc(s):
    return json.dumps(s, ensure_ascii=False)[1:-1]


def jdump(line, obj):
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            line.add('"', P(jesc(obj.v), obj.c), '"')
        else:
            line.add(P(str(obj.v), obj.c))
    elif isinstance(obj, T):
        line.add('"')
        for p in obj.parts:
            if isinstance(p, P):
                line.add(P(jesc(p.v), p.c))
            else:
                line.add(jesc(p))
        line.add('"')
    elif isinstance(obj, dict):
        line.add("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                line.add(",")
            line.add(json.dumps(k) + ":")
            jdump(line, v)
        line.add("}")
    elif isinstance(obj, list):
        line.add("[")
        for i, v in enumerate(obj):
            if i:
                line.add(",")
            jdump(line, v)
        line.add("]")
    elif obj is None:
        line.add("null")
    elif isinstance(obj, bool):
        line.add("true" if obj else "false")
    elif isinstance(obj, (int, float)):
        line.add(str(obj))
    else:
        line.add(json.dumps(obj, ensure_ascii=False))
    return line


def xesc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def X(tag, val, cat=None, attrs=""):
    """XML element as parts list"""
    if cat:
        return ["<%s%s>" % (tag, attrs), P(xesc(val), cat), "</%s>" % tag]
    return ["<%s%s>%s</%s>" % (tag, attrs, xesc(val), tag)]


# --------------------------------------------------------------------------
# clock
CLK = datetime(2024, 3, 14, 0, 0, 3)
MS = [0]


def tick():
    global CLK
    CLK += timedelta(seconds=R.randint(2, 260))
    MS[0] = R.randint(0, 999)


def ts_iso():
    return CLK.strftime("%Y-%m-%dT%H:%M:%S") + ".%03dZ" % MS[0]


def ts_l4n():
    return CLK.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % MS[0]


def ts_sp():
    return CLK.strftime("%Y-%m-%d %H:%M:%S")


def ts_sys():
    return "%s %2d %s" % (MONS[CLK.month - 1], CLK.day, CLK.strftime("%H:%M:%S"))


def ts_off():
    return CLK.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d%03d-04:00" % (MS[0], R.randint(0, 999))


def ts_hl7():
    return CLK.strftime("%Y%m%d%H%M%S")


MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def fd(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return "%02d/%02d/%04d" % (d.month, d.day, d.year)
    if style == "usn":
        return "%d/%d/%02d" % (d.month, d.day, d.year % 100)
    if style == "us1":
        return "%d/%d/%04d" % (d.month, d.day, d.year)
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "ora":
        return "%02d-%s-%04d" % (d.day, MONS[d.month - 1].upper(), d.year)
    if style == "long":
        return "%s %d, %d" % (MONS[d.month - 1], d.day, d.year)
    if style == "dmy":
        return "%02d/%02d/%04d" % (d.day, d.month, d.year)
    if style == "eu":
        return "%02d.%02d.%04d" % (d.day, d.month, d.year)
    if style == "dmon":
        return "%d %s %d" % (d.day, MONS[d.month - 1], d.year)
    raise ValueError(style)


def fph(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {
        "paren": "(%s) %s-%s" % (a, b, c),
        "dash": "%s-%s-%s" % (a, b, c),
        "dot": "%s.%s.%s" % (a, b, c),
        "raw": d,
        "e164": "+1" + d,
        "sp": "%s %s %s" % (a, b, c),
        "intl": "+1 %s-%s-%s" % (a, b, c),
        "one": "1-%s-%s-%s" % (a, b, c),
    }[style]


def rphone():
    return R.choice(["937", "419", "614", "513", "330", "740", "567", "220", "234", "380"]) + \
        str(R.randint(201, 989)) + "%04d" % R.randint(0, 9999)


def rssn():
    while True:
        a = R.randint(1, 899)
        if a in (666,) or a == 0:
            continue
        g = R.randint(1, 99)
        s = R.randint(1, 9999)
        return "%03d-%02d-%04d" % (a, g, s)


def fssn(s, style):
    if style == "raw":
        return s.replace("-", "")
    if style == "sp":
        return s.replace("-", " ")
    return s


def luhn_complete(prefix, length=16):
    digits = prefix + "".join(str(R.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    tot = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return digits + str((10 - tot % 10) % 10)


def rmbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    N = "0123456789"
    AN = A + N
    s = R.choice("123456789") + R.choice(A) + R.choice(AN) + R.choice(N) + R.choice(A) + \
        R.choice(AN) + R.choice(N) + R.choice(A) + R.choice(A) + R.choice(N) + R.choice(N)
    return s


def fmbi(s, dashed):
    return "%s-%s-%s" % (s[:4], s[4:7], s[7:]) if dashed else s


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_TR = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def rvin():
    v = [R.choice(["1", "2", "3", "5", "J", "K", "W"])] + [R.choice(VIN_CH) for _ in range(16)]
    v[9] = R.choice("JKLMNPR")
    tot = sum((int(c) if c.isdigit() else VIN_TR[c]) * w for c, w in zip(v, VIN_W))
    cd = tot % 11
    v[8] = "X" if cd == 10 else str(cd)
    return "".join(v)


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ruuid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def traceparent():
    return "00-%s-%s-01" % (rhex(32), rhex(16))


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and c.isalnum()).lower()


def rb64(header, n):
    raw = header + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


# --------------------------------------------------------------------------
# people
FIRST_M = ["Marcus", "DeShawn", "José Ángel", "Dmitri", "Oluwaseun", "Tomasz", "Jamal", "Mohammed",
           "Bao", "Reginald", "Kwame", "Hiroshi", "Tyrell", "Cody", "Jaylen", "Declan", "Rustam",
           "Wojciech", "Juan Carlos", "Siosaia", "Ahanu", "Giovanni", "Rafael", "Émile", "Ibrahim",
           "Dante", "Travis", "Billy Ray", "Andre", "Nikolai", "Tuan", "Kofi", "Esteban", "Lamar"]
FIRST_F = ["Thi Mai", "Aaliyah", "Keisha", "Xochitl", "Priya", "Fatima", "Nadia", "Brandi", "Yesenia",
           "Anh", "Zoë", "Imani", "Ngozi", "Esperanza", "Leilani", "Magdalena", "Shanice", "Krystal",
           "Mei-Ling", "Ayşe", "Destiny", "Guadalupe", "Tamsin", "Rochelle", "Winona"]
LAST = ["Okafor", "Nguyen", "de la Cruz", "O'Connor-Whitfield", "van der Berg", "MacAllister", "Peña",
        "Kowalski", "Haddad", "Yazzie", "Tupou", "Begay", "Washington", "Delgado-Ruiz", "St. Pierre",
        "Abernathy", "Ivanova", "Fitzgerald", "Adeyemi", "Lindqvist", "Al-Masri", "Castellanos",
        "Nakamura", "Dubois", "Papadopoulos", "Mbeki", "Zielinski", "Villanueva", "Hernández",
        "Thibodeaux", "LaRue", "Hussain", "Schwartz-Levy", "Pham", "Kaur", "Grayhorse", "Duchesne",
        "Bianchi", "Tran", "Jefferson", "Kowalczyk", "Ó Briain", "Baptiste", "Mahmoud", "Sandoval",
        "Whitehorse", "Lê", "Yilmaz", "Oyelaran", "McCready", "Running Crane", "Dos Santos"]
STREETS = ["E Main St", "Orchard Ln", "N Limestone St", "Sycamore Ave", "Old Troy Pike", "Ridgeview Dr",
           "W High St", "Lagonda Ave", "Bechtle Ave", "County Road 29", "Plum St", "Kenton St",
           "Selma Rd", "Mound St", "Clifton Ave", "S Burnett Rd", "Derr Rd", "Home Rd", "Miracle Mile",
           "Xenia Dr", "Catawba Ave", "Woodward Ave"]
CITIES = [("Springfield", "Clark", "455"), ("Urbana", "Champaign", "430"), ("Xenia", "Greene", "453"),
          ("Dayton", "Montgomery", "454"), ("Bellefontaine", "Logan", "433"), ("Troy", "Miami", "453"),
          ("Marysville", "Union", "430"), ("Sidney", "Shelby", "453"), ("Mechanicsburg", "Champaign", "430"),
          ("New Carlisle", "Clark", "453"), ("South Charleston", "Clark", "453"), ("Enon", "Clark", "453")]
RELS = ["mother", "father", "sister", "brother", "wife", "husband", "girlfriend", "aunt", "grandmother",
        "cousin", "son", "daughter", "partner"]
MAIL = ["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "aol.com", "att.net"]

STAFF_N = ["RN K. Whitaker", "LPN D. Osei", "RN Maribel Quintero", "LPN Chidi Anozie", "RN Sung-min Park",
           "LPN Heather Bixler", "RN Abdirahman Warsame"]
STAFF_U = ["kwhitaker", "dosei", "mquintero", "canozie", "spark2", "hbixler", "awarsame"]
PRESCRIBERS = [("Raman", "Priyanka", "1326048817"), ("Ebersole", "Thomas", "1841293306"),
               ("Okonkwo-Bell", "Adaeze", "1669475012")]
OFFICERS = ["Dep. T. Garza #4471", "Dep. L. Ng #5120", "Sgt. R. Holloway #2208", "CO M. Szymanski #3391",
            "CO A. Fairweather #3518", "Dep. J. Villarreal #4902", "CO P. Ostrowski #3377"]
QMHP = ["QMHP J. Fairbanks", "QMHP Lena Marchetti, LISW", "Dr. Samuel Achterberg, PsyD"]
HOSPITALS = ["Springfield Regional Medical Center", "Mercy Memorial Hospital", "Miami Valley Hospital",
             "Dayton Children's Hospital", "Wright-Patt area Kettering Health"]
DRUGS = [("00093005801", "METFORMIN HCL 500MG TAB", "500", "MG", "TAB"),
         ("16729021601", "SERTRALINE HCL 100MG TAB", "100", "MG", "TAB"),
         ("00378180310", "LEVOTHYROXINE 50MCG TAB", "50", "MCG", "TAB"),
         ("68180051301", "LISINOPRIL 10MG TAB", "10", "MG", "TAB"),
         ("00904629161", "ACETAMINOPHEN 325MG TAB", "650", "MG", "TAB"),
         ("12496120803", "BUPRENORPHINE/NALOXONE 8-2MG FILM", "1", "FILM", "FILM"),
         ("00173068220", "ALBUTEROL HFA 90MCG INH", "2", "PUFF", "INH"),
         ("50111064801", "QUETIAPINE 100MG TAB", "100", "MG", "TAB"),
         ("00093315105", "AMOXICILLIN 500MG CAP", "500", "MG", "CAP"),
         ("65862017301", "OLANZAPINE 10MG TAB", "10", "MG", "TAB"),
         ("00002875001", "INSULIN GLARGINE 100U/ML PEN", "20", "UNITS", "PEN"),
         ("00054417425", "LITHIUM CARBONATE 300MG CAP", "300", "MG", "CAP")]
PODS = ["A", "B", "C", "D", "F", "MED", "SEG", "W"]


def rdate(y0, y1):
    d0 = date(y0, 1, 1).toordinal()
    d1 = date(y1, 12, 31).toordinal()
    return date.fromordinal(R.randint(d0, d1))


TODAY = date(2024, 3, 14)


def age_of(d):
    return TODAY.year - d.year - ((TODAY.month, TODAY.day) < (d.month, d.day))


REL_F = {"mother", "sister", "wife", "girlfriend", "aunt", "grandmother", "daughter"}
REL_M = {"father", "brother", "husband", "son"}


def ec_first(rel):
    if rel in REL_F:
        return R.choice(FIRST_F)
    if rel in REL_M:
        return R.choice(FIRST_M)
    return R.choice(FIRST_F + FIRST_M)


def mk_person(kind="adult"):
    sex = "F" if R.random() < (0.28 if kind != "juv" else 0.3) else "M"
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = R.choice(LAST)
    p = {"kind": kind, "sex": sex, "first": first, "last": last, "mi": R.choice("ABCDEFGHJKLMNPRSTW")}
    if kind == "old":
        p["dob"] = rdate(1930, 1934)
    elif kind == "juv":
        p["dob"] = rdate(2007, 2010)
    else:
        p["dob"] = rdate(1958, 2004)
    p["age"] = age_of(p["dob"])
    p["ssn"] = rssn()
    p["bk"] = "24-%06d" % R.randint(10000, 25999)
    p["so"] = "SO%06d" % R.randint(100000, 999999)
    p["mrn"] = "JMR%07d" % R.randint(40000, 69999)
    p["sid"] = "OH%08d" % R.randint(10000000, 99999999)
    p["fbi"] = "%d%s%d" % (R.randint(100, 999), R.choice(["AB", "LC", "HK", "RT"]), R.randint(1000, 9999))
    city, county, zp = R.choice(CITIES)
    street = "%d %s" % (R.randint(12, 4899), R.choice(STREETS))
    if R.random() < 0.35:
        street += R.choice([" Apt %d%s" % (R.randint(1, 4), R.choice("ABCD")), " Lot %d" % R.randint(1, 88),
                            " Unit %d" % R.randint(1, 30)])
    p.update(street=street, city=city, county=county + " County", zip=zp + "%02d" % R.randint(1, 99))
    p["phone"] = rphone()
    rel = R.choice(RELS)
    ecl = last if R.random() < 0.6 else R.choice(LAST)
    ecf = ec_first(rel)
    p["ec"] = {"first": ecf, "last": ecl, "rel": rel, "phone": rphone(),
               "email": "%s.%s%s@%s" % (fold(ecf.split()[0]), fold(ecl), R.choice(["", str(R.randint(1, 99))]),
                                        R.choice(MAIL)),
               "ip": "%d.%d.%d.%d" % (R.choice([24, 50, 66, 68, 69, 71, 73, 74, 98, 99, 107, 174]),
                                      R.randint(1, 254), R.randint(1, 254), R.randint(2, 254))}
    r = R.random()
    if kind == "old":
        p["plan"] = ("MBI", rmbi())
    elif r < 0.55:
        p["plan"] = ("MCD", "%012d" % R.randint(100000000000, 999999999999))
    elif r < 0.7:
        p["plan"] = ("MBI", rmbi())
    elif r < 0.85:
        p["plan"] = ("COM", R.choice(["XKW", "MCN", "ZGP", "YPH"]) + "%09d" % R.randint(0, 999999999))
    else:
        p["plan"] = None
    p["trust"] = "6001%05d" % R.randint(0, 99999)
    p["dl"] = R.choice("ABCDEFGHJKLMNPRSTU") + R.choice("ABCDEFGHJKLMNPRSTU") + "%06d" % R.randint(0, 999999)
    p["plate"] = "%s%s%s %04d" % (R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"),
                                  R.choice("ABCDEFGHJKLMNPRSTUVWXYZ"), R.randint(0, 9999))
    p["vin"] = rvin()
    p["tab"] = fold(first.split()[0])[0] + fold(last) + p["bk"][-4:]
    p["case"] = R.choice(["2024-CR-%05d" % R.randint(100, 9999), "24CRB%05d" % R.randint(100, 9999),
                          "2023-CF-%06d" % R.randint(1000, 99999), "24TRC%05d" % R.randint(100, 9999)])
    p["hmrn"] = R.choice(["E%07d" % R.randint(1000000, 9999999), "MR%08d" % R.randint(0, 99999999)])
    p["fin"] = "%010d" % R.randint(2400000000, 2409999999)
    p["bkdate"] = TODAY - timedelta(days=R.randint(0, 72))
    p["housing"] = "%s-%d%02d" % (R.choice(PODS), R.randint(1, 3), R.randint(1, 24))
    dv = R.random()
    if dv < 0.12:
        p["device"] = ("insulin pump", "MiniMed 780G", "NG%07d%s" % (R.randint(0, 9999999), R.choice("HKW")))
    elif dv < 0.22:
        p["device"] = ("CPAP", "ResMed AirSense 10", "2320%07d" % R.randint(0, 9999999))
    elif dv < 0.27:
        p["device"] = ("pacemaker", "Medtronic Azure XT", "PJN%06d%s" % (R.randint(0, 999999), "S"))
    elif dv < 0.32:
        p["device"] = ("hearing aid", "Phonak Audeo P90", "%d%s%05d" % (R.randint(10, 23), R.choice("HKX"),
                                                                       R.randint(0, 99999)))
    else:
        p["device"] = None
    if kind == "juv":
        p["youth"] = "Y24-%04d" % R.randint(100, 999)
        p["petition"] = "JV-24-%05d" % R.randint(100, 1999)
        p["ec"]["rel"] = R.choice(["mother", "father", "grandmother", "legal guardian", "aunt"])
        p["ec"]["first"] = ec_first(p["ec"]["rel"])
        p["ec"]["email"] = "%s.%s%s@%s" % (fold(p["ec"]["first"].split()[0]), fold(p["ec"]["last"]),
                                           R.choice(["", str(R.randint(1, 99))]), R.choice(MAIL))
        p["ec"]["fax"] = rphone()
    return p


ADULTS = [mk_person("adult") for _ in range(46)] + [mk_person("old") for _ in range(3)]
JUVS = [mk_person("juv") for _ in range(9)]


def pick():
    if R.random() < 0.14:
        return R.choice([a for a in ADULTS if a["kind"] == "old"])
    return R.choice([a for a in ADULTS if a["kind"] != "old"])


def nm(p, style=None):
    """render a patient's name in varied styles -> string"""
    f, l, m = p["first"], p["last"], p["mi"]
    style = style or R.choice(["fl", "lf", "LFM", "lower", "il", "LF", "flm"])
    return {"fl": "%s %s" % (f, l), "lf": "%s, %s" % (l, f), "LFM": "%s, %s %s" % (l.upper(), f.upper(), m),
            "lower": "%s %s" % (f.lower(), l.lower()), "il": "%s. %s" % (f[0], l),
            "LF": "%s, %s" % (l.upper(), f.upper()), "flm": "%s %s. %s" % (f, m, l)}[style]


def ecname(p):
    e = p["ec"]
    return "%s %s" % (e["first"], e["last"])


# --------------------------------------------------------------------------
# generators: each returns a list of Line
def g_intake_json_phi():
    p = pick()
    v = R.choice([0, 1, 2, 2, 3])
    inm = {"lastName": P(p["last"], "name"), "firstName": P(p["first"], "name")}
    if R.random() < 0.5:
        inm["middleName"] = P(p["mi"], "name")
    inm["dob"] = P(fd(p["dob"], R.choice(["iso", "us"])), "date")
    inm["sex"] = p["sex"]
    if p["age"] > 89:
        inm["age"] = P(p["age"], "age")
    if v in (0, 2):
        inm["ssn"] = P(fssn(p["ssn"], R.choice(["dash", "raw"])), "ssn")
    body = {"bookingNo": P(p["bk"], "other_id"), "bookingDate": P(fd(p["bkdate"], "iso"), "date"),
            "inmate": inm}
    if v == 0:
        body["homeAddress"] = {"line1": P(p["street"], "address"), "city": P(p["city"], "address"),
                               "county": P(p["county"], "address"), "state": "OH", "zip": P(p["zip"], "zip")}
        body["phone"] = P(fph(p["phone"], R.choice(["dash", "paren", "raw"])), "phone")
        e = p["ec"]
        body["emergencyContact"] = {"name": P(ecname(p), "name"), "relationship": e["rel"],
                                    "phone": P(fph(e["phone"], R.choice(["paren", "dot", "e164"])), "phone")}
    if v == 1:
        if p["plan"]:
            k = {"MCD": "medicaidId", "MBI": "medicareMbi", "COM": "memberId"}[p["plan"][0]]
            body["insurance"] = {k: P(p["plan"][1] if p["plan"][0] != "MBI" else fmbi(p["plan"][1], True),
                                      "health_plan"), "status": "SUSPENDED_INCARCERATION"}
        body["driversLicense"] = {"state": "OH", "number": P(p["dl"], "license")}
        body["arrestVehicle"] = {"plate": P(p["plate"], "vehicle"), "vin": P(p["vin"], "vehicle"),
                                 "disposition": "TOWED"}
        if p["device"]:
            body["medicalDevices"] = [{"type": p["device"][0], "model": p["device"][1],
                                       "serial": P(p["device"][2], "device"), "allowedInCell": False}]
    if v == 2:
        body["bookingPhoto"] = {"mime": "image/jpeg", "w": 96, "h": 120,
                                "data": P(rb64(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00",
                                               R.randint(90, 150)), "photo")}
        body["livescan"] = {"tcn": P("MCJ%012d" % R.randint(0, 10 ** 12 - 1), "other_id"),
                            "fp": {"format": "ANSI-INCITS-378", "finger": "R_INDEX",
                                   "template": P(rb64(b"FMR\x00 20\x00\x00\x01", R.randint(60, 100)),
                                                 "biometric")}}
    if v == 3:
        body["sid"] = P(p["sid"], "other_id")
        body["fbiNo"] = P(p["fbi"], "other_id")
        if R.random() < 0.6:
            body["socialMedia"] = P(R.choice(["https://www.facebook.com/%s.%s.%d",
                                              "https://instagram.com/%s_%s%d"]) %
                                    (fold(p["first"].split()[0]), fold(p["last"]), R.randint(1, 99)), "url")
    body["screening"] = {"suicideRiskScore": R.randint(0, 9), "tbSymptoms": R.random() < 0.05,
                         "withdrawalRisk": R.choice(["NONE", "ETOH", "OPIOID", "BENZO"]),
                         "pregnant": (R.random() < 0.1) if p["sex"] == "F" else None,
                         "chronicConditions": R.sample(["HTN", "DM2", "ASTHMA", "HCV", "SZ", "BIPOLAR", "SEIZURE"],
                                                       R.randint(0, 2))}
    body["screenedBy"] = R.choice(STAFF_N)
    body["facility"] = "MCJ-MAIN"
    ln = L("intake_json", ts_iso(), " INFO  [Intake.Api] POST /api/v2/intake/screenings -> 201 (%d ms) body=" %
           R.randint(40, 900))
    jdump(ln, body)
    return [ln]


def g_intake_json_noise():
    c = R.randint(0, 4)
    if c == 0:
        return [L("intake_json", ts_iso(), " INFO  [Intake.Api] GET /health -> 200 (%d ms) db=ok queue=ok" %
                  R.randint(1, 9))]
    if c == 1:
        return [L("intake_json", ts_iso(), " WARN  [Intake.Api] form template 'MH-ADULT-2023' is deprecated; "
                  "clients should send 'MH-ADULT-2024' traceparent=%s" % traceparent())]
    if c == 2:
        ln = L("intake_json", ts_iso(), " DEBUG [Intake.Api] schema loaded ")
        jdump(ln, {"schema": "intake-screening", "version": "3.4.%d" % R.randint(0, 9),
                   "sha256": rhex(64), "fields": R.randint(140, 190)})
        return [ln]
    if c == 3:
        return [L("intake_json", ts_iso(), " ERROR [Intake.Api] POST /api/v2/intake/screenings -> 400 (%d ms) "
                  "validation: $.screening.suicideRiskScore must be <= 9; requestId=%s" % (R.randint(3, 30), ruuid()))]
    return [L("intake_json", ts_iso(), " INFO  [Intake.Api] token refresh for client 'booking-kiosk-%02d' ok, "
              "expires_in=3600 kid=%s" % (R.randint(1, 6), rhex(16)))]


CSV_HDR = "booking_no,last_name,first_name,dob,sex,ssn,street,city,zip,phone,medicaid_id,booking_dt," \
          "q_suicide,q_detox,q_tb,screener"


def csv_row(p):
    ln = Line("intake_csv")
    plan = p["plan"][1] if p["plan"] and p["plan"][0] == "MCD" else ""
    ln.add(P(p["bk"], "other_id"), ",")
    if "," in p["last"] or " " in p["last"]:
        ln.add('"', P(p["last"].upper(), "name"), '"')
    else:
        ln.add(P(p["last"].upper(), "name"))
    ln.add(",", P(p["first"].upper(), "name"), ",", P(fd(p["dob"], "us"), "date"), ",", p["sex"], ",")
    if R.random() < 0.8:
        ln.add(P(fssn(p["ssn"], R.choice(["dash", "raw"])), "ssn"))
    ln.add(',"', P(p["street"].upper(), "address"), '",', P(p["city"].upper(), "address"), ",",
           P(p["zip"], "zip"), ",", P(fph(p["phone"], R.choice(["raw", "dash"])), "phone"), ",")
    if plan:
        ln.add(P(plan, "health_plan"))
    ln.add(",", P(fd(p["bkdate"], "us"), "date"), ",%s,%s,%s,%s" % (
        R.choice("YN"), R.choice("YNN"), "N", R.choice(STAFF_U)))
    return ln


def g_intake_csv_phi():
    out = []
    if R.random() < 0.5:
        out.append(L("intake_csv", CSV_HDR))
    for _ in range(R.randint(1, 3)):
        out.append(csv_row(pick()))
    return out


def g_intake_csv_noise():
    c = R.randint(0, 2)
    if c == 0:
        return [L("intake_csv", "# IntakeExport v2.8.1 run=%s rows=%d file=intake_%s.csv sha1=%s" % (
            CLK.strftime("%Y%m%d-%H%M"), R.randint(20, 80), CLK.strftime("%Y%m%d"), rhex(40)))]
    if c == 1:
        return [L("intake_csv", CSV_HDR)]
    return [L("intake_csv", "# EOF rows_written=%d rejected=%d elapsed_ms=%d" % (
        R.randint(20, 80), R.randint(0, 3), R.randint(200, 4000)))]


def med():
    return R.choice(DRUGS)


def g_emar_phi():
    p = pick()
    d = med()
    c = R.randint(0, 5)
    pre = [ts_l4n(), " INFO  [MedPass.Scanner] "]
    cart = "MEDCART-%02d" % R.randint(1, 6)
    if c == 0:
        raw = R.choice(["*%s*" % p["bk"].replace("-", ""), "WB|%s|%s" % (p["bk"], p["mrn"])])
        return [L("emar_kv", pre, "cart=%s scan_type=WRISTBAND raw=\"" % cart, P(raw, "other_id"),
                  "\" resolved booking=", P(p["bk"], "other_id"), " pt=\"", P(nm(p, R.choice(["LF", "LFM"])), "name"),
                  "\" housing=%s nurse=%s" % (p["housing"], R.choice(STAFF_U)))]
    if c == 1:
        return [L("emar_kv", ts_l4n(), " INFO  [MedPass.MAR] MAR_ADMIN mrn=", P(p["mrn"], "mrn"),
                  " ndc=%s drug=\"%s\" dose=%s%s route=PO status=GIVEN admin_date=" % (d[0], d[1], d[2], d[3]),
                  P(fd(TODAY, R.choice(["us", "iso"])), "date"),
                  " sched=%s witness=- by=%s" % (R.choice(["0600", "0800", "1200", "1700", "2000", "HS"]),
                                                 R.choice(STAFF_U)))]
    if c == 2:
        reason = R.choice([
            ["pt states it makes him dizzy"], ["asleep, would not wake to verbal"],
            ["says ", P(p["first"].split()[0], "name"), " 'does not need it anymore'"],
            ["at court"], ["refused, wants to talk to doctor first"]])
        return [L("emar_kv", ts_l4n(), " WARN  [MedPass.MAR] MAR_ADMIN booking=", P(p["bk"], "other_id"),
                  " pt=\"", P(nm(p, "lf"), "name"), "\" ndc=%s status=REFUSED refusal_form=%s reason=\"" % (
                      d[0], R.choice(["SIGNED", "PT_WOULD_NOT_SIGN"])), reason, "\"")]
    if c == 4 and p["device"]:
        return [L("emar_kv", ts_l4n(), " INFO  [MedPass.HS] own-device check booking=", P(p["bk"], "other_id"),
                  " device=\"%s %s\" sn=" % (p["device"][0], p["device"][1]), P(p["device"][2], "device"),
                  " status=%s checked_by=%s" % (R.choice(["OK", "OK", "LOW_BATTERY", "RETURNED_TO_PROPERTY"]),
                                                R.choice(STAFF_U)))]
    if c == 4 and p["age"] > 89:
        return [L("emar_kv", ts_l4n(), " WARN  [MedPass.MAR] Beers-list alert mrn=", P(p["mrn"], "mrn"),
                  " age=", P(str(p["age"]), "age"), " ndc=%s drug=\"%s\" action=PHARMACIST_REVIEW" % (d[0], d[1]))]
    return [L("emar_kv", ts_l4n(), " ERROR [MedPass.MAR] 5 RIGHTS MISMATCH wristband=", P(p["bk"], "other_id"),
              " expected_pt=\"", P(nm(p, "LF"), "name"), "\" dob=", P(fd(p["dob"], "us"), "date"),
              " scanned_ndc=%s ordered_ndc=%s action=BLOCKED" % (d[0], med()[0]))]


def g_emar_noise():
    c = R.randint(0, 4)
    d = med()
    if c == 0:
        return [L("emar_kv", ts_l4n(), " INFO  [MedPass.Scanner] cart=MEDCART-%02d scan_type=NDC raw=\"%s\" "
                  "drug=\"%s\" lot=%s%d exp=%s result=MATCH" % (R.randint(1, 6), d[0], d[1], R.choice("KLMR"),
                                                                R.randint(10000, 99999),
                                                                R.choice(["2025-06", "2026-01", "11/2025"])))]
    if c == 1:
        return [L("emar_kv", ts_l4n(), " INFO  [MedPass.Session] pass=%s pod=%s completed %d/%d doses in %dm "
                  "refusals=%d holds=%d session=%s" % (R.choice(["0600", "0800", "1700", "2000"]), R.choice(PODS),
                                                       R.randint(30, 60), 60, R.randint(20, 70), R.randint(0, 5),
                                                       R.randint(0, 3), ruuid()))]
    if c == 2:
        return [L("emar_kv", ts_l4n(), " DEBUG [MedPass.Scanner] device=ZEBRA-DS8178 sn=S%d battery=%d%% "
                  "fw=PAAFNS00-006-R0%d paired_to=%s" % (R.randint(21000000000, 21999999999), R.randint(5, 100),
                                                         R.randint(1, 9), "MEDCART-%02d" % R.randint(1, 6)))]
    if c == 3:
        return [L("emar_kv", ts_l4n(), " WARN  [MedPass.Scanner] scan_type=UNKNOWN raw=\"]C1%s\" "
                  "symbology=GS1-128 result=NO_MATCH (not a wristband or NDC)" % rhex(12).upper())]
    return [L("emar_kv", ts_l4n(), " INFO  [MedPass.Sync] offline queue flushed: %d admin records uploaded, "
              "0 conflicts, took %d ms" % (R.randint(1, 40), R.randint(100, 3000)))]


SICK_EN = [
    ["my tooth been hurting 3 days cant eat. i need to see dentist pls"],
    ["i have chest pain since last nite", "\n", "it hurts when i breath"],
    ["I am diabetic and my sugar been high. i need my insulin at right time"],
    ["need refill on my inhaler, the one i came in with ran out"],
    ["rash on my arms and back. itchy all night. other guys in pod got it too"],
    ["I was on suboxone before I got locked up, I'm sick, throwing up, need help"],
    ["my ears ringing and i cant hear out my left ear"],
    ["hearing voices again. please let mental health know"],
]
SICK_ES = [
    ["me duele mucho el estómago desde ayer, no puedo comer. por favor"],
    ["necesito mis pastillas para la presión, no me las han dado"],
    ["tengo fiebre y dolor de cabeza", "\n", "gracias"],
]


def g_sickcall_phi():
    p = pick()
    c = R.randint(0, 3)
    if c <= 1:
        es = R.random() < 0.3
        body = list(R.choice(SICK_ES if es else SICK_EN))
        parts = []
        for b in body:
            parts.append(b)
        sig = R.randint(0, 4)
        if sig == 0:
            parts += [" - ", P("%s %s" % (p["first"].split()[0], p["last"][0]), "name")]
        elif sig == 1:
            parts += [" -- ", P(nm(p, "lower"), "name"), " ", P(p["bk"], "other_id")]
        elif sig == 2 and p["age"] > 89:
            parts += [". I am ", P(str(p["age"]), "age"), " years old and cant climb to top bunk"]
        elif sig == 2:
            parts += [". my DOB is ", P(fd(p["dob"], R.choice(["usn", "us1"])), "date")]
        elif sig == 3 and p["device"]:
            parts += [". my ", p["device"][0], " serial ", P(p["device"][2], "device"), " is in my property"]
        elif sig == 3:
            parts += [". mi familia hizo un gofundme " if es else ". my family made a gofundme for me ",
                      P("https://gofund.me/%s" % rhex(8), "url")]
        body = {"requestId": "SCR-2024-%07d" % R.randint(80000, 99999), "tabletUser": P(p["tab"], "other_id"),
                "tabletId": "JLT-%05d" % R.randint(10000, 99999), "housing": p["housing"],
                "lang": "es" if es else "en", "category": R.choice(["MEDICAL", "DENTAL", "MENTAL_HEALTH", "MEDS"]),
                "ts": CLK.strftime("%Y-%m-%dT%H:%M:%S-04:00"), "text": T(*parts)}
        ln = L("sickcall", ts_l4n(), " INFO  [SickCall.Ingest] JailLink webhook received payload=")
        jdump(ln, body)
        return [ln]
    if c == 2:
        return [L("sickcall", ts_l4n(), " INFO  [SickCall.Triage] req=SCR-2024-%07d mrn=" % R.randint(80000, 99999),
                  P(p["mrn"], "mrn"), " pt=\"", P(nm(p, "LF"), "name"), "\" priority=%s triaged_by=\"%s\" "
                  "disposition=\"%s\"" % (R.choice(["ROUTINE", "URGENT", "EMERGENT"]), R.choice(STAFF_N),
                                          R.choice(["nurse sick call next AM", "seen same day", "referred to MH",
                                                    "dental list", "provider line"])))]
    return [L("sickcall", ts_l4n(), " WARN  [SickCall.Ingest] duplicate request suppressed user=",
              P(p["tab"], "other_id"), " (", P(nm(p, "fl"), "name"),
              ") 3 requests in 2h, same category; copay charged once")]


def g_sickcall_noise():
    c = R.randint(0, 3)
    if c == 0:
        return [L("sickcall", ts_l4n(), " INFO  [SickCall.Ingest] poll https://api.jaillink.example/v1/requests?"
                  "since=%s&facility=MCJ -> 200, %d new" % (CLK.strftime("%Y-%m-%dT%H:%M:00Z"), R.randint(0, 3)))]
    if c == 1:
        return [L("sickcall", ts_l4n(), " INFO  [SickCall.Queue] depth=%d oldest=%dh%02dm urgent=%d "
                  "(SLA 24h)" % (R.randint(0, 40), R.randint(0, 20), R.randint(0, 59), R.randint(0, 3)))]
    if c == 2:
        return [L("sickcall", ts_l4n(), " ERROR [SickCall.Ingest] webhook signature mismatch "
                  "X-JailLink-Signature=sha256=%s; request dropped (ip 10.40.12.%d)" % (rhex(64), R.randint(2, 250)))]
    return [L("sickcall", ts_l4n(), " INFO  [SickCall.Ingest] tablet JLT-%05d firmware 7.%d.%d reported "
              "offline in pod %s" % (R.randint(10000, 99999), R.randint(0, 9), R.randint(0, 30), R.choice(PODS)))]


def g_transport_phi():
    p = pick()
    hosp = R.choice(HOSPITALS)
    c = R.randint(0, 3)
    offs = R.sample(OFFICERS, 2)
    if c == 0:
        return [L("transport", "TRN|", ts_sp()[:16], "|DEP|Unit %d county fleet (plate %s)|Inmate: " %
                  (R.randint(2, 14), R.choice(["COUNTY 4471", "PAL 2208", "COUNTY 1187"])),
                  P(nm(p, "LF"), "name"), " (", P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"]),
                  p["sex"], ")|BK# ", P(p["bk"], "other_id"), "|Dest: %s ED|Officers: %s, %s|"
                  "Restraints: %s|Reason: %s" % (hosp, offs[0], offs[1], R.choice(["leg irons, waist chain",
                                                                                    "handcuffs front"]),
                                                   R.choice(["r/o appendicitis", "chest pain, abnl EKG",
                                                             "fall w/ head strike", "DKA", "ortho f/u",
                                                             "dialysis"])))]
    if c == 1:
        return [L("transport", "HOSP-POST|", ts_sp()[:16], "|%s rm %d|pt " % (hosp, R.randint(200, 899)),
                  P(nm(p, "lf"), "name"), " admitted; hospital MRN ", P(p["hmrn"], "mrn"), " FIN ",
                  P(p["fin"], "other_id"), " admit ", P(fd(TODAY - timedelta(days=R.randint(0, 3)),
                                                           R.choice(["us", "usn"])), "date"),
                  "|post officer %s|relief 1800" % offs[0])]
    if c == 2:
        dev = []
        if p["device"]:
            dev = [" Pt's ", p["device"][0], " (", p["device"][1], " SN ", P(p["device"][2], "device"),
                   ") sent with pt."]
        return [L("transport", "RTN|", ts_sp()[:16], "|", P(p["bk"], "other_id"), "|returned from %s; "
                  "discharged " % hosp, P(fd(TODAY, R.choice(["us", "long", "dmon"])), "date"),
                  "; d/c paperwork to medical; new Rx x%d pending verification." % R.randint(1, 4), dev)]
    return [L("transport", "CUSTODY-LOG|", ts_sp()[:16], "|", P(nm(p, "LFM"), "name"), "|DOB ",
              P(fd(p["dob"], "us"), "date"), "|SO# ", P(p["so"][2:], "other_id"),
              "|visitor at hospital: ", P(ecname(p), "name"), " (%s) denied per policy; " % p["ec"]["rel"],
              "called from ", P(fph(p["ec"]["phone"], R.choice(["paren", "dash"])), "phone"))]


def g_transport_noise():
    c = R.randint(0, 3)
    if c == 0:
        return [L("transport", "FLEET|", ts_sp()[:16], "|Unit %d odometer %d fuel %s checked out by %s" % (
            R.randint(2, 14), R.randint(80000, 190000), R.choice(["1/2", "3/4", "F"]), R.choice(OFFICERS)))]
    if c == 1:
        o = R.sample(OFFICERS, 2)
        return [L("transport", "HOSP-POST|", ts_sp()[:16], "|%s rm %d|post relief: %s relieved %s, "
                  "radio check ok" % (R.choice(HOSPITALS), R.randint(200, 899), o[0], o[1]))]
    if c == 2:
        return [L("transport", "SCHED|", ts_sp()[:16], "|off-site appts tomorrow: %d (ortho %d, dialysis %d, "
                  "OB %d); vans needed: %d" % (R.randint(2, 9), R.randint(0, 2), R.randint(0, 3), R.randint(0, 1),
                                               R.randint(1, 3)))]
    return [L("transport", "TRN|", ts_sp()[:16], "|GPS ping Unit %d lat 39.9%04d lon -83.8%04d speed %d mph" % (
        R.randint(2, 14), R.randint(0, 9999), R.randint(0, 9999), R.randint(0, 65)))]


def g_court_phi():
    p = pick()
    ntype = R.choice(["RELEASE_ORDER", "RELEASE_ORDER", "TRANSFER_ODRC", "INVOLUNTARY_MED", "BOND_POSTED"])
    od = TODAY - timedelta(days=R.randint(0, 2))
    rd = TODAY + timedelta(days=R.randint(0, 3))
    parts = ['<CourtNotification xmlns="urn:marlow-oh:courts:notif:v2" seq="%d">' % R.randint(880000, 889999),
             X("NotificationType", ntype), X("CaseNumber", p["case"], "other_id"),
             "<Defendant><Name>", X("Last", p["last"], "name"), X("First", p["first"], "name"),
             "</Name>", X("DOB", fd(p["dob"], "iso"), "date"), X("SID", p["sid"], "other_id"),
             X("BookingNumber", p["bk"], "other_id"), "</Defendant>",
             X("OrderDate", fd(od, "iso"), "date")]
    if ntype == "INVOLUNTARY_MED":
        parts += X("OrderText", "Defendant may be administered antipsychotic medication over objection "
                   "pursuant to ORC 2945.38 for restoration of competency")
    else:
        parts += X("EffectiveRelease", fd(rd, "iso") + "T09:00:00", "date")
    parts += [X("Judge", R.choice(["Hon. R. Castellano", "Hon. D. Whitcomb", "Magistrate A. Oyelowo"])),
              "</CourtNotification>"]
    out = [L("court_xml", ts_l4n(), " INFO  [CourtLink.Receiver] ", parts)]
    if R.random() < 0.6:
        if ntype == "INVOLUNTARY_MED":
            out.append(L("court_xml", ts_l4n(), " WARN  [MedReconcile] involuntary med order on file for ",
                         P(p["bk"], "other_id"), "; flag MAR for %s; notify psychiatry" %
                         R.choice(["olanzapine IM PRN", "haloperidol decanoate"])))
        else:
            out.append(L("court_xml", ts_l4n(), " INFO  [MedReconcile] release pending for ",
                         P(nm(p, "lf"), "name"), " (", P(p["mrn"], "mrn"), ") on ",
                         P(fd(rd, "us"), "date"), ": %d active meds, bridge supply 7d, controlled excluded" %
                         R.randint(1, 6)))
    return out


def g_court_noise():
    c = R.randint(0, 2)
    if c == 0:
        return [L("court_xml", ts_l4n(), " INFO  [CourtLink.Receiver] <Heartbeat seq=\"%d\" source=\"MCCP-ODY\" "
                  "status=\"OK\"/>" % R.randint(880000, 889999))]
    if c == 1:
        return [L("court_xml", ts_l4n(), " ERROR [CourtLink.Receiver] SOAP fault from "
                  "https://courts.marlow-oh.example/notify/v2: <faultcode>soap:Server</faultcode>"
                  "<faultstring>Timeout expired (30000 ms)</faultstring> retry %d/5" % R.randint(1, 5))]
    return [L("court_xml", ts_l4n(), " INFO  [CourtLink.Receiver] ack sent seq=%d msgId=%s in %d ms" % (
        R.randint(880000, 889999), ruuid(), R.randint(5, 200)))]


def g_release_phi():
    p = pick()
    rd = TODAY + timedelta(days=R.randint(0, 2))
    d = R.sample(DRUGS, R.randint(1, 3))
    body = {"@timestamp": ts_iso(), "level": "INFO", "logger": "ReleaseMed.Orchestrator",
            "event": "release.meds.planned", "bookingNo": P(p["bk"], "other_id"),
            "patient": P(nm(p, R.choice(["LF", "fl", "lf"])), "name"),
            "releaseDate": P(fd(rd, R.choice(["iso", "us"])), "date"),
            "ageAtRelease": P(p["age"], "age") if p["age"] > 89 else p["age"],
            "dischargeMeds": [{"ndc": x[0], "drug": x[1], "daysSupply": 7} for x in d]}
    c = R.randint(0, 2)
    if c == 0:
        body["releaseAddress"] = T(P("%s, %s" % (p["street"], p["city"]), "address"), " OH ",
                                   P(p["zip"], "zip"))
        body["contactPhone"] = P(fph(p["phone"], R.choice(["paren", "dash", "sp"])), "phone")
    elif c == 1:
        body["pickupBy"] = {"name": P(ecname(p), "name"), "rel": p["ec"]["rel"],
                            "phone": P(fph(p["ec"]["phone"], R.choice(["raw", "dot"])), "phone")}
    else:
        body["propertyReturned"] = ["wallet", T("OH DL ", P(p["dl"], "license")), "phone"]
        if p["device"]:
            body["propertyReturned"].append(T(p["device"][0], " SN ", P(p["device"][2], "device")))
    body["pharmacy"] = R.choice(["Kroger Pharmacy #0931", "Walgreens #04412", "CVS #6620"])
    return [jdump(Line("release_json"), body)]


def g_release_noise():
    c = R.randint(0, 2)
    if c == 0:
        body = {"@timestamp": ts_iso(), "level": "INFO", "logger": "ReleaseMed.Policy",
                "event": "bridge.supply.policy.loaded", "maxDaysSupply": 7,
                "excluded": ["methadone", "buprenorphine (MOUD: referral only)"], "version": "2024.02.1"}
    elif c == 1:
        body = {"@timestamp": ts_iso(), "level": "WARN", "logger": "ReleaseMed.Orchestrator",
                "event": "pharmacy.unreachable", "pharmacy": "Walgreens #04412", "ncpdpId": "3612488",
                "retryInSec": 120, "traceId": rhex(32)}
    else:
        body = {"@timestamp": ts_iso(), "level": "INFO", "logger": "ReleaseMed.Metrics",
                "event": "daily.summary", "releases": R.randint(10, 40), "bridgeSupplies": R.randint(3, 20),
                "medicaidReinstated": R.randint(2, 15), "avgLeadTimeMin": R.randint(20, 300)}
    return [jdump(Line("release_json"), body)]


def hl7_msh(typ, ctrl):
    return L("hl7_rds", "MSH|^~\\&|CORREMR|MCJ|KEYSTONERX|KEYSTONE|%s||%s|%s|P|2.5.1" % (ts_hl7(), typ, ctrl))


def g_hl7_phi():
    p = pick()
    d = med()
    ctrl = "MSG%08d" % R.randint(0, 99999999)
    pr = R.choice(PRESCRIBERS)
    out = [L("hl7_rds", "[%s] INFO  (com.mirth.connect.donkey.server.channel.Channel:1318): "
             "RDS_OUT_KEYSTONE dispatching message %s:" % (ts_l4n(), ctrl))]
    out.append(hl7_msh("RDS^O13^RDS_O13", ctrl))
    pid = L("hl7_rds", "PID|1||", P(p["mrn"], "mrn"), "^^^MCJ^MR~", P(p["bk"], "other_id"), "^^^MCJSO^BKG||",
            P("%s^%s^%s" % (p["last"].upper(), p["first"].upper(), p["mi"]), "name"), "||",
            P(fd(p["dob"], "hl7"), "date"), "|%s|||" % p["sex"])
    if R.random() < 0.6:
        pid.add(P(p["street"].upper(), "address"), "^^", P(p["city"].upper(), "address"), "^OH^",
                P(p["zip"], "zip"), "^^H")
    pid.add("||")
    if R.random() < 0.5:
        pid.add(P(fph(p["phone"], "paren"), "phone"))
    pid.add("|||||")
    if R.random() < 0.5:
        pid.add(P(fssn(p["ssn"], "raw"), "ssn"))
    out.append(pid)
    out.append(L("hl7_rds", "PV1|1|I|%s^%s^A^MCJ||||%s^%s^%s^^^DR|||||||||||%s" % (
        p["housing"].split("-")[0], p["housing"].split("-")[1], pr[2], pr[0].upper(), pr[1].upper(),
        "")))
    oid = "ORD%06d" % R.randint(0, 999999)
    out.append(L("hl7_rds", "ORC|RE|%s|RX%06d||CM||||%s|||%s^%s^%s^^^DR" % (
        oid, R.randint(0, 999999), ts_hl7(), pr[2], pr[0].upper(), pr[1].upper())))
    out.append(L("hl7_rds", "RXE|1^%s^^^^R|%s^%s^NDC|%s||%s|%s|^TAKE AS DIRECTED||%d|%s" % (
        R.choice(["BID", "DAILY", "TID", "QHS", "PRN"]), d[0], d[1], d[2], d[3], d[4], R.randint(7, 60), d[4])))
    out.append(L("hl7_rds", "RXD|1|%s^%s^NDC|" % (d[0], d[1]), P(fd(TODAY, "hl7"), "date"),
                 "|%d|%s|||RX%07d|0||||||%s^%s" % (R.randint(7, 60), d[4], R.randint(0, 9999999),
                                                   "K%d" % R.randint(10000, 99999), "2026%02d" % R.randint(1, 12))))
    return out


def g_hl7_noise():
    ctrl = "ACK%08d" % R.randint(0, 99999999)
    c = R.randint(0, 2)
    if c == 0:
        return [hl7_msh("ACK^O13^ACK", ctrl),
                L("hl7_rds", "MSA|AA|MSG%08d|Message accepted" % R.randint(0, 99999999))]
    if c == 1:
        return [hl7_msh("ACK^O13^ACK", ctrl),
                L("hl7_rds", "MSA|AE|MSG%08d|NDC not on formulary" % R.randint(0, 99999999)),
                L("hl7_rds", "ERR||RXE^1^2|207^Application internal error^HL70357|E||||NDC %s inactive since "
                  "2023-11-01" % med()[0])]
    return [L("hl7_rds", "[%s] INFO  (com.mirth.connect.connectors.tcp.TcpReceiver:612): RDS_IN_KEYSTONE "
              "connection from 10.40.8.%d:%d closed (idle %ds)" % (ts_l4n(), R.randint(2, 250),
                                                                  R.randint(40000, 65000), R.randint(30, 300)))]


def g_ncpdp_script_phi():
    p = pick()
    d = med()
    pr = R.choice(PRESCRIBERS)
    parts = ['<Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="2017071" '
             'TransportVersion="2017071" TransactionDomain="SCRIPT" TransactionVersion="2017071" '
             'StructuresVersion="2017071" ECLVersion="2017071"><Header><To Qualifier="P">%d</To>'
             '<From Qualifier="C">MCJMED</From><MessageID>%s</MessageID><SentTime>%s</SentTime></Header>'
             '<Body><NewRx><Patient><HumanPatient><Identification>' % (R.randint(1000000, 9999999), rhex(32),
                                                                       ts_iso()),
             X("MedicalRecordIdentificationNumberEHR", p["mrn"], "mrn"), "</Identification><Name>",
             X("LastName", p["last"], "name"), X("FirstName", p["first"], "name"), "</Name>",
             X("Gender", p["sex"]), "<DateOfBirth>", X("Date", fd(p["dob"], "iso"), "date"), "</DateOfBirth>",
             "<Address>", X("AddressLine1", p["street"], "address"), X("City", p["city"], "address"),
             X("StateProvince", "OH"), X("PostalCode", p["zip"], "zip"), X("CountryCode", "US"), "</Address>"]
    if R.random() < 0.6:
        parts += ["<CommunicationNumbers><PrimaryTelephone>", X("Number", p["phone"], "phone"),
                  "</PrimaryTelephone></CommunicationNumbers>"]
    parts += ["</HumanPatient></Patient><Pharmacy><Identification><NCPDPID>%d</NCPDPID></Identification>"
              "<BusinessName>%s</BusinessName></Pharmacy><Prescriber><NonVeterinarian><Identification><NPI>%s</NPI>"
              "</Identification><Name><LastName>%s</LastName><FirstName>%s</FirstName></Name></NonVeterinarian>"
              "</Prescriber><MedicationPrescribed><DrugDescription>%s</DrugDescription><DrugCoded><ProductCode>"
              "<Code>%s</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded><Quantity><Value>%d</Value>"
              "</Quantity><WrittenDate>" % (R.randint(1000000, 9999999), R.choice(["Kroger Pharmacy #0931",
                                                                                  "Walgreens #04412"]),
                                             pr[2], pr[0], pr[1], d[1].lower(), d[0], R.randint(7, 30)),
              X("Date", fd(TODAY, "iso"), "date"),
              "</WrittenDate></MedicationPrescribed></NewRx></Body></Message>"]
    return [L("ncpdp_script", ts_l4n(), " DEBUG [Surescripts.Client] >>> NewRx ", parts)]


def g_ncpdp_script_noise():
    c = R.randint(0, 1)
    if c == 0:
        return [L("ncpdp_script", ts_l4n(), " DEBUG [Surescripts.Client] <<< <Message xmlns=\"http://www.ncpdp.org/"
                  "schema/SCRIPT\"><Header><To Qualifier=\"C\">MCJMED</To><From Qualifier=\"P\">%d</From>"
                  "<MessageID>%s</MessageID><RelatesToMessageID>%s</RelatesToMessageID><SentTime>%s</SentTime>"
                  "</Header><Body><Status><Code>010</Code></Status></Body></Message>" % (
                      R.randint(1000000, 9999999), rhex(32), rhex(32), ts_iso()))]
    return [L("ncpdp_script", ts_l4n(), " ERROR [Surescripts.Client] <<< Error Code=600 DescriptionCode=008 "
              "Description=\"Communication problem - try again later\" (HTTP 503 in %d ms)" % R.randint(100, 30000))]


def g_ncpdp_d0_phi():
    p = pick()
    d = med()
    plan = p["plan"][1] if p["plan"] and p["plan"][0] in ("MCD", "COM") else "%012d" % R.randint(10 ** 11, 10 ** 12 - 1)
    hdr = ["610494D0B1%-10s1011326048817     " % "MCDOH"]
    parts = [ts_sp(), " [RxSwitch] B1 >> ", hdr, P(fd(TODAY, "hl7"), "date"), "          <SS>AM04<FS>C2",
             P(plan, "health_plan"), "<FS>CC", P(p["first"].upper(), "name"), "<FS>CD", P(p["last"].upper(), "name"),
             "<SS>AM01<FS>C4", P(fd(p["dob"], "hl7"), "date"), "<FS>C5%d<FS>CA" % (1 if p["sex"] == "M" else 2),
             P(p["first"].upper(), "name"), "<FS>CB", P(p["last"].upper(), "name")]
    if R.random() < 0.6:
        parts += ["<FS>CM", P(p["street"].upper(), "address"), "<FS>CN", P(p["city"].upper(), "address"),
                  "<FS>COOH<FS>CP", P(p["zip"], "zip"), "<FS>CQ", P(p["phone"], "phone")]
    parts += ["<SS>AM07<FS>EM1<FS>D2%012d<FS>E103<FS>D7%s<FS>E7%d000<FS>D5%d<GS>" % (
        R.randint(0, 999999), d[0], R.randint(7, 30), R.randint(7, 30))]
    return [L("ncpdp_d0", parts)]


def g_ncpdp_d0_noise():
    c = R.randint(0, 2)
    if c == 0:
        return [L("ncpdp_d0", ts_sp(), " [RxSwitch] B1 << status=P paid=$%d.%02d copay=$0.00 authNo=%d "
                  "rtt=%dms" % (R.randint(2, 80), R.randint(0, 99), R.randint(10 ** 9, 10 ** 10 - 1), R.randint(90, 2500)))]
    if c == 1:
        return [L("ncpdp_d0", ts_sp(), " [RxSwitch] B1 << status=R reject=%s (%s) msg=\"%s\"" % R.choice([
            ("65", "Patient Is Not Covered", "ELIGIBILITY SUSPENDED"), ("75", "Prior Authorization Required",
                                                                        "PA REQ CALL 1-800-555-0199"),
            ("88", "DUR Reject Error", "THERAPEUTIC DUPLICATION")]))]
    return [L("ncpdp_d0", ts_sp(), " [RxSwitch] E1 eligibility switch health: bin=610494 pcn=MCDOH "
              "latency_p95=%dms errors_5m=%d" % (R.randint(100, 900), R.randint(0, 4)))]


WATCH_HDR = "watch_id,bkg_no,inmate,level,watch_start,check_time,observer,behavior,notes"


def g_watch_phi():
    out = []
    if R.random() < 0.35:
        out.append(L("crisis_watch", WATCH_HDR))
    p = pick()
    wid = "CW-2024-%04d" % R.randint(100, 400)
    ws = TODAY - timedelta(days=R.randint(0, 4))
    for _ in range(R.randint(1, 2)):
        t = (CLK + timedelta(minutes=R.randint(0, 45))).strftime("%H:%M")
        notes = R.choice([
            ["pt awake, responsive, ate 50% of tray"], ["lying on bunk facing wall, breathing observed"],
            ["pacing, talking to self"], ["refused tray, states ", P(p["first"].split()[0], "name"),
                                          " is \"not hungry\""],
            ["crying; says sister ", P(R.choice(FIRST_F), "name"), " passed last week"],
            ["asleep, respirations even"], ["requested to call ", p["ec"]["rel"], " at ", P(fph(p["ec"]["phone"], "dash"), "phone"), ", referred to QMHP"]])
        out.append(L("crisis_watch", wid, ",", P(p["bk"], "other_id"), ',"', P(nm(p, "lf"), "name"), '",',
                     R.choice(["L1 (constant)", "L2 (15-min)", "L3 (30-min)"]), ",", P(fd(ws, "us"), "date"),
                     ",%s,%s,%s,\"" % (t, R.choice(OFFICERS), R.choice(["LYING", "SITTING", "PACING", "SLEEPING",
                                                                         "STANDING"])), notes, '"'))
    if R.random() < 0.4:
        out.append(L("crisis_watch", ts_l4n(), " INFO  [MH.Watch] ", R.choice(QMHP), ": pt ",
                     P(nm(p, "fl"), "name"), " (", P(p["mrn"], "mrn"), ") stepped down L1->L2 after assessment; "
                     "denies SI/HI, future oriented, safety plan reviewed; smock retained 24h"))
    return out


def g_watch_noise():
    c = R.randint(0, 2)
    if c == 0:
        return [L("crisis_watch", ts_l4n(), " INFO  [MH.Watch] monitor: active=%d L1=%d L2=%d L3=%d overdue_checks=%d "
                  "longest=CW-2024-%04d (%dh)" % (R.randint(2, 9), R.randint(0, 2), R.randint(1, 4), R.randint(0, 3),
                                                   R.randint(0, 1), R.randint(100, 400), R.randint(5, 96)))]
    if c == 1:
        return [L("crisis_watch", ts_l4n(), " WARN  [MH.Watch] check CW-2024-%04d late by %d min (observer badge "
                  "#%d acknowledged)" % (R.randint(100, 400), R.randint(1, 9), R.randint(2000, 5999)))]
    return [L("crisis_watch", WATCH_HDR)]


def g_commissary_phi():
    p = pick()
    c = R.randint(0, 3)
    if c == 0:
        return [L("commissary", ts_sp(), " [TrustAccounting] MEDICAL_COPAY debit amt=3.00 acct=",
                  P(p["trust"], "account"), " bk=", P(p["bk"], "other_id"), ' name="', P(nm(p, "LF"), "name"),
                  '" src=SickCall ref=SCR-2024-%07d bal_after=%d.%02d' % (R.randint(80000, 99999),
                                                                          R.randint(0, 90), R.randint(0, 99)))]
    if c == 1:
        return [L("commissary", ts_sp(), " [KioskGateway] online deposit approved depositor=\"",
                  P(ecname(p), "name"), "\" depositor_phone=", P(fph(p["ec"]["phone"], "raw"), "phone"),
                  " card=************%04d amt=%d.00 fee=3.95 to acct=" % (R.randint(0, 9999), R.choice([20, 25, 50, 100])),
                  P(p["trust"], "account"), " (", P(nm(p, "LF"), "name"), ")")]
    if c == 2:
        return [L("commissary", ts_sp(), " [TrustAccounting] indigent status set acct=", P(p["trust"], "account"),
                  " inmate=", P(p["so"], "other_id"), " reason=\"balance < $5.00 for 14 days\" medical copays "
                  "will accrue as debt")]
    card = luhn_complete(R.choice(["4", "51", "6011"]), 16)
    return [L("commissary", ts_sp(), " [KioskGateway] ERROR ORA-12899: value too large for column "
              "\"TRUST\".\"DEPOSITS\".\"CARD_LAST4\" (actual: 16, maximum: 4) binds=[:card='",
              P(card, "account"), "', :acct='", P(p["trust"], "account"), "', :depositor='",
              P(ecname(p), "name"), "']")]


def g_commissary_noise():
    c = R.randint(0, 5)
    if c == 0:
        return [L("commissary", ts_sp(), " [TrustAccounting] nightly posting batch TB-%s-01 complete: txns=%d "
                  "posted=$%d,%03d.%02d nsf_holds=%d elapsed=00:0%d:%02d" % (
                      CLK.strftime("%Y%m%d"), R.randint(400, 2000), R.randint(5, 30), R.randint(0, 999),
                      R.randint(0, 99), R.randint(0, 6), R.randint(1, 9), R.randint(0, 59)))]
    if c == 1:
        return [L("commissary", ts_sp(), " [Commissary] order wave POD-%s closed: %d orders, %d items, picklist "
                  "PL-%d sent to \\\\MCJ-PRN04\\Commissary" % (R.choice(PODS), R.randint(40, 200),
                                                             R.randint(500, 3000), R.randint(80000, 89999)))]
    if c == 2:
        return [L("commissary", ts_sp(), " [KioskGateway] kiosk LOBBY-0%d heartbeat ok fw=4.12.%d cash_bin=%d%% "
                  "serial=KX%08d" % (R.randint(1, 3), R.randint(0, 9), R.randint(5, 99), R.randint(0, 99999999)))]
    if c == 3:
        return [L("commissary", ts_sp(), " [Commissary] price file 2024-Q1 v%d applied: %d SKUs (e.g. SKU 100482 "
                  "Ramen Chicken 3oz $0.45, SKU 200117 Indigent Hygiene Kit $0.00)" % (R.randint(2, 9),
                                                                                   R.randint(300, 500)))]
    if c == 4:
        return [L("commissary", ts_sp(), " [KioskGateway] processor gateway https://pay.vendor.example/v3 "
                  "latency=%dms status=UP merchant=MARLOWCO-JAIL-01 support=1-800-555-0176" % R.randint(80, 900))]
    return [L("commissary", ts_sp(), " [TrustAccounting] vendor remit file VR-%d sent to Keystone Commissary "
              "Supply LLC (billing@keystonecs.example) total=$%d.%02d" % (R.randint(1000, 9999), R.randint(1000, 9999),
                                                                        R.randint(0, 99)))]


def nx(obj):
    return jdump(Line("win_nxlog"), obj)


def g_win_phi():
    p = pick()
    c = R.randint(0, 1)
    if c == 0:
        msg = T("Application: CorEMR.InterfaceService.exe\r\nFramework Version: v4.0.30319\r\nDescription: The "
                "process was terminated due to an unhandled exception.\r\nException Info: System.FormatException: "
                "String '", P(fd(p["dob"], "dmy") if p["dob"].day > 12 else fd(p["dob"], "eu"), "date"),
                "' was not recognized as a valid DateTime. (field DOB, booking ", P(p["bk"], "other_id"),
                ")\r\n   at System.DateTime.ParseExact(String s, String format, IFormatProvider provider)")
        return [nx({"EventTime": ts_sp(), "Hostname": "MCJ-MEDAPP02.marlow.local", "EventType": "ERROR",
                    "SeverityValue": 4, "EventID": 1026, "SourceName": ".NET Runtime", "Channel": "Application",
                    "Message": msg})]
    msg = T("Interface 'PharmacyInbound' could not match patient. Name='", P(nm(p, "LF"), "name"),
            "' MRN='", P(p["mrn"], "mrn"), "' SSN='", P(fssn(p["ssn"], "dash"), "ssn"),
            "'. Message moved to error queue.")
    return [nx({"EventTime": ts_sp(), "Hostname": "MCJ-MEDAPP02.marlow.local", "EventType": "WARNING",
                "SeverityValue": 3, "EventID": 3104, "SourceName": "CorEMR Interface Service",
                "Channel": "Application", "Message": msg})]


def g_win_noise():
    c = R.randint(0, 4)
    svc = R.choice(["CorEMR HL7 Listener", "CorEMR Interface Service", "Mirth Connect Service",
                    "OracleServiceJMSPRD", "OracleOraDB19Home1TNSListener", "JailLink Sync Agent"])
    if c == 0:
        return [nx({"EventTime": ts_sp(), "Hostname": "MCJ-MEDAPP02.marlow.local", "EventType": "INFO",
                    "SeverityValue": 2, "EventID": 7036, "SourceName": "Service Control Manager", "Channel": "System",
                    "Message": "The %s service entered the %s state." % (svc, R.choice(["running", "stopped"]))})]
    if c == 1:
        return [nx({"EventTime": ts_sp(), "Hostname": "MCJ-MEDAPP01.marlow.local", "EventType": "ERROR",
                    "SeverityValue": 4, "EventID": 7031, "SourceName": "Service Control Manager", "Channel": "System",
                    "Message": "The %s service terminated unexpectedly.  It has done this %d time(s).  The following "
                               "corrective action will be taken in 60000 milliseconds: Restart the service." % (
                                   svc, R.randint(1, 4))})]
    if c == 2:
        return [nx({"EventTime": ts_sp(), "Hostname": "MCJ-MEDAPP02.marlow.local", "EventType": "ERROR",
                    "SeverityValue": 4, "EventID": 1000, "SourceName": "Application Error", "Channel": "Application",
                    "Message": "Faulting application name: CorEMR.InterfaceService.exe, version: 8.%d.%d.%d, time "
                               "stamp: 0x%s\r\nFaulting module name: clr.dll, version: 4.8.4645.0\r\nException code: "
                               "0xc0000005\r\nFault offset: 0x%s\r\nFaulting process id: 0x%x" % (
                                   R.randint(0, 9), R.randint(0, 20), R.randint(1000, 9999), rhex(8), rhex(8),
                                   R.randint(1000, 60000))})]
    if c == 3:
        return [nx({"EventTime": ts_sp(), "Hostname": "MCJ-MEDAPP02.marlow.local", "EventType": "AUDIT_SUCCESS",
                    "SeverityValue": 2, "EventID": 4624, "SourceName": "Microsoft-Windows-Security-Auditing",
                    "Channel": "Security", "TargetUserName": "svc_coremr", "LogonType": 5,
                    "Message": "An account was successfully logged on."})]
    return [nx({"EventTime": ts_sp(), "Hostname": "MCJ-MEDDB01.marlow.local", "EventType": "WARNING",
                "SeverityValue": 3, "EventID": 2013, "SourceName": "srv", "Channel": "System",
                "Message": "The E: disk is at or near capacity.  You may need to delete some files. (%d%% used)" %
                           R.randint(90, 99)})]


def g_oracle_phi():
    p = pick()
    c = R.randint(0, 2)
    pre = [ts_l4n(), " [%d] ERROR CorEMR.Data.OracleRepository - Oracle.ManagedDataAccess.Client.OracleException "
           "(0x80004005): " % R.randint(5, 40)]
    if c == 0:
        longn = p["last"].upper() + " " + R.choice(LAST).upper() + " Y " + R.choice(LAST).upper()
        while len(longn) <= 30:
            longn += " " + R.choice(LAST).upper()
        return [L("oracle", pre, "ORA-12899: value too large for column \"JMSMED\".\"INMATE_MASTER\".\"INM_LNAME\" "
                  "(actual: %d, maximum: 30) binds: :INM_LNAME='" % len(longn.encode("utf-8")),
                  P(longn, "name"),
                  "', :BKG_NO='", P(p["bk"], "other_id"), "', :DOB_DT='", P(fd(p["dob"], "ora"), "date"), "'")]
    if c == 1:
        return [L("oracle", pre, "ORA-01400: cannot insert NULL into (\"JMSMED\".\"MED_ADMIN\".\"NDC_CD\") SQL: "
                  "INSERT INTO MED_ADMIN (INM_ID, MRN, ADMIN_DT, NDC_CD) VALUES ('", P(p["so"], "other_id"),
                  "', '", P(p["mrn"], "mrn"), "', TO_DATE('", P(fd(TODAY, "ora"), "date"),
                  "','DD-MON-YYYY'), NULL)")]
    return [L("oracle", pre, "ORA-00001: unique constraint (JMSMED.UQ_INM_SSN) violated; existing row INM_ID=",
              P(p["so"], "other_id"), " SSN_NO=", P(fssn(p["ssn"], "raw"), "ssn"), " INM_FNAME=",
              P(p["first"].upper(), "name"), " INM_LNAME=", P(p["last"].upper(), "name"))]


def g_oracle_noise():
    c = R.randint(0, 5)
    pre = "%s [%d] ERROR CorEMR.Data.OracleRepository - " % (ts_l4n(), R.randint(5, 40))
    if c == 0:
        return [L("oracle", pre + "ORA-03113: end-of-file on communication channel Process ID: %d Session ID: %d "
                  "Serial number: %d" % (R.randint(1000, 40000), R.randint(10, 900), R.randint(1000, 60000)))]
    if c == 1:
        return [L("oracle", pre + "ORA-12541: TNS:no listener (DESCRIPTION=(ADDRESS=(PROTOCOL=TCP)"
                  "(HOST=mcj-meddb01.marlow.local)(PORT=1521))(CONNECT_DATA=(SERVICE_NAME=JMSPRD)))")]
    if c == 2:
        return [L("oracle", pre + "ORA-00060: deadlock detected while waiting for resource; trace "
                  "JMSPRD1_ora_%d.trc" % R.randint(1000, 40000))]
    if c == 3:
        t = ts_off()
        return [L("oracle", t), L("oracle", "Errors in file /u01/app/oracle/diag/rdbms/jmsprd/JMSPRD1/trace/"
                                              "JMSPRD1_j00%d_%d.trc:" % (R.randint(0, 3), R.randint(1000, 40000))),
                L("oracle", "ORA-12012: error on auto execute of job \"JMSMED\".\"PURGE_AUDIT_JOB\""),
                L("oracle", "ORA-01653: unable to extend table JMSMED.AUDIT_TRAIL by 8192 in tablespace JMS_DATA")]
    if c == 4:
        return [L("oracle", pre.replace("ERROR", "WARN ") + "connection pool 'JMSPRD' exhausted: in_use=%d max=%d "
                  "wait=%dms" % (100, 100, R.randint(500, 15000)))]
    return [L("oracle", pre + "ORA-01017: invalid username/password; logon denied (user=JMS_RO, host=MCJ-RPT01)")]


def g_mirth_phi():
    p = pick()
    c = R.randint(0, 1)
    if c == 0:
        return [L("mirth", "[%s] ERROR (com.mirth.connect.server.transformers.JavaScriptFilterTransformer:128): "
                  "Error evaluating filter (Channel: RDS_OUT_KEYSTONE, Connector: Keystone TCP). TypeError: Cannot "
                  "read property \"allergies\" of undefined -- PID-5=" % ts_l4n(),
                  P("%s^%s" % (p["last"].upper(), p["first"].upper()), "name"), " PID-3=", P(p["mrn"], "mrn"))]
    return [L("mirth", "[%s] WARN  (com.mirth.connect.plugins.javascriptstep.JavaScriptStep:90): ADT_IN_JMS "
              "booking update: allergies free text '%s' for " % (ts_l4n(), R.choice(["PCN - hives", "sulfa",
                                                                                     "NKDA", "latex, peanuts"])),
              P(nm(p, "lf"), "name"), " DOB ", P(fd(p["dob"], "us"), "date"), " (age ",
              P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"]), ") could not be coded to RxNorm")]


def g_mirth_noise():
    c = R.randint(0, 3)
    ch = R.choice(["RDS_OUT_KEYSTONE", "ADT_IN_JMS", "RDE_IN_KEYSTONE", "SIU_OUT_TELEPSYCH"])
    if c == 0:
        return [L("mirth", "[%s] INFO  (com.mirth.connect.donkey.server.channel.Channel:1318): Channel %s "
                  "deployed (id=%s)" % (ts_l4n(), ch, ruuid()))]
    if c == 1:
        return [L("mirth", "[%s] ERROR (com.mirth.connect.connectors.tcp.TcpDispatcher:399): Error connecting to "
                  "%s:%d (Channel: %s) java.net.ConnectException: Connection refused (Connection refused)" % (
                      ts_l4n(), R.choice(["rx-gw.keystonerx.example", "10.40.8.22"]), R.choice([6661, 6662, 7700]),
                      ch))]
    if c == 2:
        return [L("mirth", "[%s] INFO  (com.mirth.connect.server.util.SqlConfig:77): pruner removed %d messages "
                  "older than 30 days from %s in %d ms" % (ts_l4n(), R.randint(100, 9000), ch, R.randint(100, 9000)))]
    return [L("mirth", "[%s] WARN  (com.mirth.connect.donkey.server.queue.DestinationQueue:211): queue %s/dest 1 "
              "size=%d (threshold 500)" % (ts_l4n(), ch, R.randint(500, 4000)))]


IIS_HDR = ["#Software: Microsoft Internet Information Services 10.0", "#Version: 1.0", "#Date: %s",
           "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) "
           "cs(Referer) sc-status sc-substatus sc-win32-status time-taken"]
UAS = ["Mozilla/5.0+(iPhone;+CPU+iPhone+OS+17_3_1+like+Mac+OS+X)+AppleWebKit/605.1.15+(KHTML,+like+Gecko)"
       "+Version/17.3+Mobile/15E148+Safari/604.1",
       "Mozilla/5.0+(Linux;+Android+14;+SM-A146U)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0"
       "+Mobile+Safari/537.36",
       "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)+AppleWebKit/537.36+(KHTML,+like+Gecko)+Chrome/122.0.0.0"
       "+Safari/537.36+Edg/122.0.0.0"]


def g_iis_phi():
    p = pick()
    e = p["ec"]
    c = R.randint(0, 1)
    pre = "%s 10.40.2.15 " % ts_sp()
    if c == 0:
        em = e["email"].replace("@", "%40")
        return [L("iis", pre, "POST /FamilyPortal/api/medinquiry bookingNo=", P(p["bk"], "other_id"),
                  "&relationship=%s&replyTo=" % e["rel"], P(em, "email"), " 443 - ", P(e["ip"], "ip"), " ",
                  R.choice(UAS), " https://portal.marlowcountyjail.example/FamilyPortal/MedInquiry 200 0 0 %d" %
                  R.randint(80, 900))]
    dob = fd(p["dob"], "us").replace("/", "%2F")
    return [L("iis", pre, "GET /FamilyPortal/Inmate/Search lastName=", P(p["last"].replace(" ", "+"), "name"),
              "&firstName=", P(p["first"].replace(" ", "+"), "name"), "&dob=", P(dob, "date"), " 443 - ",
              P(e["ip"], "ip"), " ", R.choice(UAS), " - 200 0 0 %d" % R.randint(80, 900))]


def g_iis_noise():
    c = R.randint(0, 3)
    if c == 0:
        return [L("iis", h.replace("%s", ts_sp())) for h in IIS_HDR]
    pre = "%s 10.40.2.15 " % ts_sp()
    if c == 1:
        return [L("iis", pre + "GET /healthcheck.aspx - 443 - 10.40.0.%d ELB-HealthChecker/2.0 - 200 0 0 %d" % (
            R.randint(2, 9), R.randint(1, 9)))]
    if c == 2:
        return [L("iis", pre + "GET /FamilyPortal/Content/site.min.css v=%s 443 - 10.40.0.5 %s - 304 0 0 %d" % (
            rhex(10), R.choice(UAS), R.randint(1, 30)))]
    return [L("iis", pre + "POST /FamilyPortal/api/medinquiry - 443 - 10.40.0.5 python-requests/2.31.0 - 429 0 0 %d"
              % R.randint(1, 30))]


def isa(ctrl):
    return "ISA*00*          *00*          *ZZ*MARLOWCOJAIL   *ZZ*OHMCDPROD      *%s*%s*^*00501*%09d*0*P*:~" % (
        CLK.strftime("%y%m%d"), CLK.strftime("%H%M"), ctrl)


def g_x12_phi():
    p = pick()
    ctrl = R.randint(4000, 9999)
    mid = p["plan"][1] if p["plan"] and p["plan"][0] == "MCD" else "%012d" % R.randint(10 ** 11, 10 ** 12 - 1)
    if R.random() < 0.55:
        parts = [ts_l4n(), " INFO  EligibilityGateway - 270 outbound ctrl=%09d payload=" % ctrl, isa(ctrl),
                 "GS*HS*MARLOWCOJAIL*OHMCDPROD*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~"
                 "BHT*0022*13*REL%s-%04d*%s*%s~HL*1**20*1~NM1*PR*2*OHIO DEPT OF MEDICAID*****PI*MMISODJFS~"
                 "HL*2*1*21*1~NM1*1P*2*MARLOW COUNTY JAIL MEDICAL*****XX*1326048817~HL*3*2*22*0~"
                 "TRN*1*93175-%06d*9877281234~NM1*IL*1*" % (CLK.strftime("%Y%m%d"), CLK.strftime("%H%M"), ctrl,
                                                           CLK.strftime("%y%m%d"), R.randint(0, 9999),
                                                           CLK.strftime("%Y%m%d"), CLK.strftime("%H%M"),
                                                           R.randint(0, 999999)),
                 P(p["last"].upper(), "name"), "*", P(p["first"].upper(), "name"), "*", p["mi"], "***MI*",
                 P(mid, "health_plan"), "~DMG*D8*", P(fd(p["dob"], "hl7"), "date"), "*", p["sex"],
                 "~DTP*291*D8*", P(fd(TODAY + timedelta(days=1), "hl7"), "date"),
                 "~EQ*30~SE*13*0001~GE*1*%d~IEA*1*%09d~" % (ctrl, ctrl)]
        return [L("x12", parts)]
    parts = [ts_l4n(), " INFO  EligibilityGateway - 271 inbound ctrl=%09d payload=" % ctrl, "ST*271*0001*005010X279A1~"
             "BHT*0022*11*REL%s-%04d*%s*%s~HL*1**20*1~NM1*PR*2*OHIO DEPT OF MEDICAID*****PI*MMISODJFS~HL*3*2*22*0~"
             "NM1*IL*1*" % (CLK.strftime("%y%m%d"), R.randint(0, 9999), CLK.strftime("%Y%m%d"), CLK.strftime("%H%M")),
             P(p["last"].upper(), "name"), "*", P(p["first"].upper(), "name"), "****MI*", P(mid, "health_plan")]
    if R.random() < 0.6:
        parts += ["~N3*", P(p["street"].upper(), "address"), "~N4*", P(p["city"].upper(), "address"), "*OH*",
                  P(p["zip"], "zip")]
    parts += ["~DMG*D8*", P(fd(p["dob"], "hl7"), "date"), "*", p["sex"], "~DTP*346*D8*",
              P(fd(rdate(2021, 2023), "hl7"), "date"),
              "~EB*6**30~MSG*ELIGIBILITY SUSPENDED - INCARCERATION. REINSTATE ON RELEASE~SE*12*0001~"]
    return [L("x12", parts)]


def g_x12_noise():
    c = R.randint(0, 2)
    if c == 0:
        return [L("x12", ts_l4n(), " INFO  EligibilityGateway - TA1 received ctrl=%09d ack=A note=000" %
                  R.randint(4000, 9999))]
    if c == 1:
        return [L("x12", ts_l4n(), " INFO  EligibilityGateway - 999 ST*999*0001*005010X231A1~AK1*HS*%d*005010X279A1~"
                  "AK9*A*1*1*1~SE*4*0001~" % R.randint(4000, 9999))]
    return [L("x12", ts_l4n(), " WARN  EligibilityGateway - clearinghouse sftp://edi.ohmcd.example:22/inbound "
              "slow: %d ms for %d files" % (R.randint(3000, 60000), R.randint(1, 20)))]


def g_juv_phi():
    p = R.choice(JUVS)
    e = p["ec"]
    c = R.choice([0, 1, 1, 2])
    if c == 0:
        return [L("juvenile", ts_sp(), " JDC-INTAKE | youth_id=", P(p["youth"], "other_id"), " | name=",
                  P(nm(p, R.choice(["lf", "lower", "LF"])).lower() if R.random() < 0.5 else nm(p, "lf"), "name"),
                  " | dob=", P(fd(p["dob"], R.choice(["us", "iso", "usn"])), "date"), " | age=%d | petition=" % p["age"],
                  P(p["petition"], "other_id"), " | guardian=", P(ecname(p), "name"), " (%s) | g_phone=" % e["rel"],
                  P(fph(e["phone"], R.choice(["dot", "dash", "paren", "raw"])), "phone"), " | g_email=",
                  P(e["email"], "email"), " | MAYSI-2: AD=%d SI=%d TD=%d | RAI=%d" % (
                      R.randint(0, 9), R.randint(0, 5), R.randint(0, 5), R.randint(3, 18)))]
    if c == 1:
        d = R.choice(["sertraline 50 mg", "methylphenidate ER 18 mg", "guanfacine ER 1 mg", "fluoxetine 20 mg"])
        return [L("juvenile", ts_sp(), " JDC-MED | parental consent for psychotropic (%s) received by fax from " % d,
                  P(ecname(p), "name"), " at ", P(fph(e["fax"], R.choice(["dash", "paren"])), "fax"), " on ",
                  P(fd(TODAY, R.choice(["us", "usn"])), "date"), " for youth ", P(p["youth"], "other_id"),
                  "; prescriber %s" % R.choice(["NP Thomas Ebersole", "Dr. Adaeze Okonkwo-Bell"]))]
    return [L("juvenile", ts_sp(), " JDC-SCHOOL | records request for ", P(nm(p, "fl"), "name"),
              " DOB ", P(fd(p["dob"], "long"), "date"), " (petition ", P(p["petition"], "other_id"),
              ") IEP/504 + immunizations; guardian ", P(ecname(p), "name"), " notified at ",
              P(e["email"], "email"))]


def g_juv_noise():
    c = R.randint(0, 2)
    if c == 0:
        return [L("juvenile", ts_sp(), " JDC-CENSUS | youth=%d (M %d / F %d) special_obs=%d court_today=%d" % (
            R.randint(15, 30), R.randint(10, 22), R.randint(2, 8), R.randint(0, 3), R.randint(0, 9)))]
    if c == 1:
        return [L("juvenile", ts_sp(), " JDC-INTAKE | RAI scoring service v2.1.%d ready rules=JDAI-2024-01 "
                  "override_threshold=15" % R.randint(0, 9))]
    return [L("juvenile", ts_sp(), " JDC-MED | MAYSI-2 tablet app 3.%d.%d synced, %d forms, lang=en,es" % (
        R.randint(0, 9), R.randint(0, 9), R.randint(1, 12)))]


def g_l4n_phi():
    p = pick()
    c = R.randint(0, 2)
    if c == 0:
        return [L("log4net", ts_l4n(), " [%d] ERROR CorEMR.Allergy.Import - duplicate allergy record for patient '"
                  % R.randint(3, 40), P(nm(p, "lf"), "name"), "' mrn=", P(p["mrn"], "mrn"),
                  " allergen=%s source=intake" % R.choice(["PCN", "SULFA", "CODEINE", "LATEX"]))]
    if c == 1:
        return [L("log4net", ts_l4n(), " [%d] INFO  CorEMR.Chronic.Enroll - " % R.randint(3, 40),
                  P(nm(p, "il"), "name"), " (", P(p["bk"], "other_id"), ") enrolled in %s clinic; age " %
                  R.choice(["HTN", "DM", "HCV", "seizure", "asthma"]),
                  P("%d y/o" % p["age"], "age") if p["age"] > 89 else "%d y/o" % p["age"],
                  ", booked ", P(fd(p["bkdate"], R.choice(["us", "iso"])), "date"))]
    return [L("log4net", ts_l4n(), " [%d] WARN  CorEMR.Telepsych.Scheduler - appt for " % R.randint(3, 40),
              P(nm(p, R.choice(["flm", "fl"])), "name"), " on ", P(fd(TODAY + timedelta(days=R.randint(1, 20)), "us"),
                                                                  "date"),
              " conflicts with court date ", P(fd(TODAY + timedelta(days=R.randint(1, 20)), "us"), "date"),
              " (case ", P(p["case"], "other_id"), ")")]


def g_l4n_noise():
    c = R.randint(0, 3)
    t = "%s [%d]" % (ts_l4n(), R.randint(3, 40))
    if c == 0:
        return [L("log4net", t + " WARN  CorEMR.Pharmacy.ReconcileJob - %d orders pending pharmacist verification "
                  "> 4h (Keystone helpdesk 1-888-555-0142, rxsupport@keystonerx.example)" % R.randint(1, 12))]
    if c == 1:
        return [L("log4net", t + " INFO  CorEMR.Scheduler - job 'KOP-Expiry-Check' finished in %d.%03ds, next run "
                  "%s" % (R.randint(0, 30), R.randint(0, 999), (CLK + timedelta(hours=1)).strftime("%Y-%m-%d %H:00")))]
    if c == 2:
        return [L("log4net", t + " INFO  CorEMR.Startup - CorEMR Interface Service 8.%d.%d build %d (commit %s) "
                  "listening on net.tcp://0.0.0.0:%d" % (R.randint(0, 9), R.randint(0, 20), R.randint(4000, 9999),
                                                        rhex(7), R.choice([8733, 9001, 6661])))]
    return [L("log4net", t + " DEBUG CorEMR.Cache - formulary cache refreshed: %d NDCs, etag=\"%s\"" % (
        R.randint(1500, 4000), rhex(20)))]


def g_syslog_noise():
    c = R.randint(0, 3)
    h = "rxgw01"
    pid = R.randint(1000, 65000)
    if c == 0:
        return [L("syslog", "%s %s sshd[%d]: Accepted publickey for keystone_sftp from 10.40.8.%d port %d ssh2: "
                  "RSA SHA256:%s" % (ts_sys(), h, pid, R.randint(2, 250), R.randint(30000, 65000),
                                     base64.b64encode(bytes(R.getrandbits(8) for _ in range(32))).decode()[:43]))]
    if c == 1:
        return [L("syslog", "%s %s internal-sftp[%d]: close \"/outbound/rds/RDS_%s_%04d.hl7\" bytes read 0 written %d"
                  % (ts_sys(), h, pid, CLK.strftime("%Y%m%d"), R.randint(0, 9999), R.randint(1000, 90000)))]
    if c == 2:
        return [L("syslog", "%s %s CRON[%d]: (root) CMD (/opt/rxgw/bin/rotate_outbound.sh >/dev/null 2>&1)" % (
            ts_sys(), h, pid))]
    return [L("syslog", "%s %s sshd[%d]: Connection closed by 10.40.8.%d port %d [preauth]" % (
        ts_sys(), h, pid, R.randint(2, 250), R.randint(30000, 65000)))]


PHI_GENS = [(g_intake_json_phi, 8), (g_intake_csv_phi, 4), (g_emar_phi, 10), (g_sickcall_phi, 9),
            (g_transport_phi, 7), (g_court_phi, 6), (g_release_phi, 5), (g_hl7_phi, 2), (g_ncpdp_script_phi, 3),
            (g_ncpdp_d0_phi, 3), (g_watch_phi, 4), (g_commissary_phi, 5), (g_win_phi, 3), (g_oracle_phi, 4),
            (g_mirth_phi, 3), (g_iis_phi, 4), (g_x12_phi, 4), (g_juv_phi, 6), (g_l4n_phi, 5)]
NOISE_GENS = [(g_intake_json_noise, 6), (g_intake_csv_noise, 2), (g_emar_noise, 9), (g_sickcall_noise, 5),
              (g_transport_noise, 5), (g_court_noise, 4), (g_release_noise, 4), (g_hl7_noise, 2),
              (g_ncpdp_script_noise, 2), (g_ncpdp_d0_noise, 3), (g_watch_noise, 2), (g_commissary_noise, 9),
              (g_win_noise, 8), (g_oracle_noise, 6), (g_mirth_noise, 5), (g_iis_noise, 4), (g_x12_noise, 3),
              (g_juv_noise, 3), (g_l4n_noise, 6), (g_syslog_noise, 5)]


def choose(gens):
    fns, ws = zip(*gens)
    return R.choices(fns, weights=ws)[0]


def main():
    lines = []
    noise = 0
    while len(lines) < N_LINES:
        tick()
        want_noise = not lines or noise / len(lines) < NOISE_TARGET
        for _ in range(50):
            art = choose(NOISE_GENS if want_noise else PHI_GENS)()
            if len(lines) + len(art) <= N_LINES:
                break
        else:
            continue
        for ln in art:
            lines.append(ln)
            if not ln.spans:
                noise += 1

    assert len(lines) == N_LINES
    out_log, out_lab = [], []
    for i, ln in enumerate(lines, 1):
        txt = ln.text()
        b = txt.encode("utf-8")
        assert txt and "\n" not in txt and "\r" not in txt
        spans = []
        for (s, e, c), v in zip(ln.spans, ln.vals):
            assert c, (i, v)
            assert b[s:e] == v.encode("utf-8"), (i, s, e, v)
            assert e > s
            spans.append({"s": s, "e": e, "cat": c})
        for a, bb in zip(spans, spans[1:]):
            assert a["e"] <= bb["s"], (i, spans)
        out_log.append(txt)
        out_lab.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open(os.path.join(HERE, ID + ".log"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log))
    with open(os.path.join(HERE, ID + ".labels.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
