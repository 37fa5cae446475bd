#!/usr/bin/env python3
"""gen_pc.py - synthetic labeled log corpus "pc".

Organisation: Brightwater Institutional Pharmacy (fictional), a long-term care
(LTC) pharmacy in central Ohio serving skilled nursing facilities and assisted
living communities. Residents are the patients; their relatives / responsible
parties are covered too. Nurses, facility staff, drivers, technicians,
pharmacists and prescribers are staff.

Writes pc.log (500 lines) and pc.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs give byte-identical output.

Systems simulated (family names in the labels file)
  hl7_rde      HL7 v2.5.1 RDE^O11 new orders from facility EHRs, one segment a line
  hl7_rds      HL7 RDS^O13 dispense messages sent out to the eMAR
  pcc_pino     PointClickCare-like API connector (Node, pino JSON lines, webhooks)
  robot        multi-dose blister packaging robot vendor log (cards, canisters, vision)
  emar_json    eMAR administration events and CGM readings (Python JSON, ensure_ascii)
  cyclefill    cycle fill batch scheduler (logfmt)
  manifest_csv delivery manifest export (CSV with header)
  logcat       driver app on Android (logcat threadtime: GPS, POD, sync)
  cs_custody   controlled substance chain of custody (home-grown pipe record)
  ncpdp        NCPDP D.0 B1 claims/responses printed with field IDs (Part D, Medicaid)
  nlog         .NET OrderHub service (NLog default layout, stop/hold orders, stack traces)
  mrr_note     consultant pharmacist medication regimen review notes (free text)
  returns_tsv  returns / destruction log (TSV)
  win_print    Windows print server PrintService events via NXLog (RFC 5424)
  mssql        SQL Server ERRORLOG and Extended Events rpc_completed captures
  sftp         OpenSSH sshd / internal-sftp syslog on the partner SFTP host
  nginx        API gateway / family portal access log
  messaging    Twilio-like SMS webhook log and secure chat export lines
  py_etl       Python claims/remit reconciliation ETL (logging + tracebacks)

Labeling decisions (grey cases)
  * Resident room/bed ("214-B", "214B", HL7 PV1-3 room^bed "214^B", "Apt 3C")
    is the resident's dwelling unit -> `address`. Facility names, units/wings
    (2 WEST, Station 2), facility and pharmacy street addresses -> not PHI.
  * Resident IDs assigned by the EHR (PCC patientId, medicalRecordNumber) and
    by the pharmacy (patient number) -> `mrn`, also when inside an URL path of
    an internal API (only the ID is labeled, not the path).
  * Prescription (Rx) numbers, incl. NCPDP 402-D2, HL7 RXE-15 / RXD-7 -> `other_id`
    (printed on the resident's label, looks the resident up). Blister card
    barcodes (BC-########) are one resident's card -> `other_id`.
    EHR order IDs, HL7 placer/filler numbers, message control IDs, job,
    batch, manifest, tote, seal, DEA-222 / Form 41 numbers -> not PHI.
  * Medicare MBI, Part D cardholder IDs (302-C2), Medicaid IDs -> `health_plan`
    (also the malformed MBI in an ETL error). BIN/PCN/group -> not PHI.
  * Dates tied to a resident (birth, admission, discharge, death, order
    start/stop, hold from/until, administration date-time, dispense date,
    NCPDP 401-D1 date of service and 414-DE date written, card start date)
    -> `date`. Log record timestamps, HL7 MSH-7/ORC-9 transaction times,
    facility-wide cycle dates and batch dates in file names -> not PHI.
    A time of day alone ("08:00") is not a date element. A truncated / malformed
    DOB quoted in a validation error is still labeled `date`; a malformed MBI
    is still `health_plan` (junk values keep the category of their field).
  * A first name alone of a resident or relative in chat/SMS text -> `name`.
  * Ages are labeled only when over 89 (`age`).
  * Relatives / responsible parties: their names, phones, emails, home
    addresses, IPs -> PHI. A relative's home used for an LOA (leave of absence)
    delivery: street/city -> `address`, ZIP -> `zip`, the GPS fix logged at that
    stop -> `address` (geocode). GPS fixes on the route / at facilities -> not.
  * Family portal / payment links carrying a resident token -> `url`
    (whole URL or path); the relative's client IP on the portal -> `ip`.
  * Resident names inside file and document names ("MAR_Baker_Rose.pdf",
    "POA_Okafor_Chidi.pdf") -> `name` (the name part only). A surname alone
    with a title ("Mr. Okafor") -> `name` (surname only).
  * CGM / insulin pump serials and wander-guard transmitter IDs of a resident
    -> `device`; driver phones (IMEI), med carts, printers, robots -> not.
  * Resident photo (base64 in PCC JSON) -> `photo`; a driver's licence number
    captured at private-pay admission -> `license`; a card number in a
    payment error and private-pay account numbers -> `account`.
  * Staff of all kinds, prescribers (names, NPI, DEA), facility nurse station
    phones/faxes, vendors, partner server IPs, driver van VIN/plate -> not PHI.
"""
import json
import unicodedata
import random
import sys
from datetime import datetime, timedelta, date

SEED = 20240603
R = random.Random(SEED)
BASE = datetime(2024, 6, 3)
ID = "pc"


# ---------------------------------------------------------------- line builder
class P:
    """PHI value placed in a structured serializer."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class M:
    """Mixed string: parts are str or P."""
    def __init__(self, *parts):
        self.parts = parts


class Line:
    def __init__(self, family, parts):
        self.family = family
        buf = bytearray()
        self.spans = []
        for p in flatten(parts):
            if isinstance(p, tuple):
                txt, cat = p[0], p[1]
                orig = p[2] if len(p) > 2 else txt
                b = txt.encode("utf-8")
                if cat and b:
                    self.spans.append({"s": len(buf), "e": len(buf) + len(b),
                                       "cat": cat, "_txt": txt, "_orig": orig})
                buf += b
            else:
                buf += p.encode("utf-8")
        self.b = bytes(buf)


def flatten(parts):
    for p in parts:
        if isinstance(p, list):
            yield from flatten(p)
        elif isinstance(p, P):
            yield (p.v, p.cat)
        elif isinstance(p, M):
            for q in p.parts:
                yield (q.v, q.cat) if isinstance(q, P) else q
        else:
            yield p


def L(family, *parts):
    return Line(family, list(parts))


def jesc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def J(o, ea=False, sep=(",", ":")):
    out = []
    if isinstance(o, dict):
        out.append("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                out.append(sep[0])
            out.append(json.dumps(k) + sep[1])
            out += J(v, ea, sep)
        out.append("}")
    elif isinstance(o, list):
        out.append("[")
        for i, v in enumerate(o):
            if i:
                out.append(sep[0])
            out += J(v, ea, sep)
        out.append("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            out += ['"', (jesc(o.v, ea), o.cat, o.v), '"']
        else:
            out.append((json.dumps(o.v), o.cat, o.v))
    elif isinstance(o, M):
        out.append('"')
        for q in o.parts:
            if isinstance(q, P):
                out.append((jesc(q.v, ea), q.cat, q.v))
            else:
                out.append(jesc(q, ea))
        out.append('"')
    else:
        out.append(json.dumps(o, ensure_ascii=ea))
    return out


def LF(pairs):
    """logfmt: list of (key, value) -> parts. Values may be str/P/M/int."""
    out = []
    for i, (k, v) in enumerate(pairs):
        if i:
            out.append(" ")
        out.append(k + "=")
        if isinstance(v, (P, M)):
            parts = [v] if isinstance(v, P) else list(v.parts)
            txt = "".join(q.v if isinstance(q, P) else q for q in parts)
            q = (" " in txt or "=" in txt or '"' in txt or txt == "")
            if q:
                out.append('"')
            for x in parts:
                if isinstance(x, P):
                    out.append((x.v.replace('"', '\\"'), x.cat, x.v))
                else:
                    out.append(x.replace('"', '\\"'))
            if q:
                out.append('"')
        else:
            s = str(v)
            if " " in s or "=" in s or '"' in s or s == "":
                s = '"' + s.replace('"', '\\"') + '"'
            out.append(s)
    return out


# ---------------------------------------------------------------- checksums
def luhn_digit(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = str(R.choice([1, 2])) + "".join(str(R.randint(0, 9)) for _ in range(8))
    return base + luhn_digit("80840" + base)


def card(prefix="4", n=16):
    body = prefix + "".join(str(R.randint(0, 9)) for _ in range(n - len(prefix) - 1))
    return body + luhn_digit(body)


def dea(last):
    d = [R.randint(0, 9) for _ in range(6)]
    c = (d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5])) % 10
    return R.choice("ABF") + last[0].upper() + "".join(map(str, d)) + str(c)


MBI_L = "ACDEFGHJKMNPQRTUVWXY"
MBI_A = MBI_L + "0123456789"


def mbi():
    c = R.choice
    return (c("123456789") + c(MBI_L) + c(MBI_A) + c("0123456789") + c(MBI_L) +
            c(MBI_A) + c("0123456789") + c(MBI_L) + c(MBI_L) + c("0123456789") +
            c("0123456789"))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VIN_T = {**{str(i): i for i in range(10)},
         **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
         "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(prefix="1FTBW3XM"):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(prefix + "0" + "K" + "A" + "".join(R.choice("0123456789") for _ in range(6)))
    v[9] = "R"  # 2024 model year
    tot = sum(VIN_T[ch] * w for ch, w in zip(v, VIN_W))
    ck = tot % 11
    v[8] = "X" if ck == 10 else str(ck)
    return "".join(v)


def digits(n):
    return "".join(str(R.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- world
PHARM = {"name": "Brightwater Institutional Pharmacy", "addr": "4410 Commerce Park Dr",
         "city": "Columbus", "zip": "43219", "phone": "614-555-0142", "fax": "614-555-0143",
         "npi": npi(), "ncpdp": "3698214"}
FACS = [
    # code, name, type, hl7 facility, pcc facId, street, city, zip, nurse phone, units
    ("MGH", "Maple Glen Health & Rehab", "SNF", "MGH01", 12, "2200 Maple Glen Rd", "Columbus", "43229", "614-555-0171", ["2WEST", "1EAST", "MEMCARE"]),
    ("WCA", "Willow Creek Assisted Living", "ALF", "WCA01", 27, "915 Willow Creek Pkwy", "Westerville", "43081", "614-555-0188", ["BLDG-A", "BLDG-B"]),
    ("SBC", "St. Brendan's Care Center", "SNF", "SBC01", 31, "60 Abbey Ln", "Dublin", "43017", "614-555-0121", ["STA1", "STA2", "REHAB"]),
    ("HSL", "Harborview Senior Living", "ALF", "HSL01", 44, "3300 Harbor View Dr", "Grove City", "43123", "614-555-0195", ["NORTH", "SOUTH"]),
    ("CRN", "Cedar Ridge Nursing Center", "SNF", "CRN01", 52, "1875 Cedar Ridge Blvd", "Reynoldsburg", "43068", "614-555-0160", ["A-WING", "B-WING", "C-WING"]),
]
FAC = {f[0]: f for f in FACS}

FIRST_F = ["Rose", "Henrietta", "Adaeze", "Dolores", "Esperanza", "Zoë", "Margarethe", "Florence",
           "Lupe", "Yetta", "Ingrid", "Thelma", "Shirley", "Mildred", "Wanda", "Fumiko", "Eulalia",
           "Agnes", "Delphine", "June", "Thi Lan", "Mary Ellen", "Soo-jin", "Oksana", "Precious"]
FIRST_M = ["Chidi", "Minh", "Walter", "Ignatius", "Bao", "Hyun-woo", "Giuseppe", "Earl", "Tadeusz",
           "Kwame", "Rosario", "Otis", "Sunil", "Cornelius", "Hamid", "Virgil", "Jean-Claude",
           "Bud", "Guy", "Amos"]
LASTS = ["Baker", "Vogel-Stroud", "Okafor", "Nwosu", "Tran", "Whitfield", "de la Cruz", "O'Donnell",
         "Đặng", "Nuñez", "Kim", "Russo", "Lindgren", "Müller", "Hope", "Strong", "Castillo-Reyes",
         "Wiśniewski", "Goldberg", "Mensah", "Van der Meer", "Santos", "Pruitt", "Rice", "Field",
         "Bell", "Tanaka", "Raghunathan", "Fox", "Sparrow", "Marsh", "Haddad", "Winter", "Brooks",
         "Friday", "Ashby-Clarke", "Mbeki", "St. Pierre", "Lopez Ortega", "Sorensen"]
STREETS = ["N High St", "Linden Ave", "Birchwood Ct", "E Livingston Ave", "Sunbury Rd", "Karl Rd",
           "Oakland Park Ave", "Schrock Rd", "Parsons Ave", "Indianola Ave", "Brice Rd",
           "Hilliard Rome Rd", "Olentangy River Rd", "Cleveland Ave", "Morse Rd", "Bethel Rd"]
CITIES = [("Columbus", "43201"), ("Columbus", "43214"), ("Worthington", "43085"), ("Dublin", "43016"),
          ("Westerville", "43081"), ("Gahanna", "43230"), ("Hilliard", "43026"), ("Grove City", "43123"),
          ("Upper Arlington", "43221"), ("Bexley", "43209"), ("Delaware", "43015"), ("Pickerington", "43147")]
REL_FIRST = [("Judith", "F"), ("Aaron", "M"), ("Ngozi", "F"), ("Kevin", "M"), ("Marisa", "F"), ("Dwayne", "M"),
             ("Anh", "F"), ("Catherine", "F"), ("Tomasz", "M"), ("Beatriz", "F"), ("Rachel", "F"), ("Emeka", "M"),
             ("Lena", "F"), ("Patrick", "M"), ("Yuki", "F"), ("Darnell", "M"), ("Priya", "F"), ("Sean", "M")]
RELS = [("DAU", "Daughter", "F"), ("SON", "Son", "M"), ("SPO", "Spouse", "X"), ("NIE", "Niece", "F"),
        ("GRD", "Guardian", "X"), ("SIS", "Sister", "F"), ("NEP", "Nephew", "M"), ("BRO", "Brother", "M")]
EMAIL_DOM = ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "att.net", "wowway.com"]

DRUGS = [
    # ndc, name, short, schedule, strength unit form, sig
    ("00093-0058-01", "Metoprolol Tartrate 25 MG Oral Tablet", "Metoprolol Tart 25mg", None, "25", "MG", "TAB", "Take 1 tablet by mouth twice daily. Hold if SBP<100 or HR<60", "BID"),
    ("00378-0018-01", "Furosemide 20 MG Oral Tablet", "Furosemide 20mg", None, "20", "MG", "TAB", "Take 1 tablet by mouth every morning", "QAM"),
    ("68180-0513-01", "Lisinopril 10 MG Oral Tablet", "Lisinopril 10mg", None, "10", "MG", "TAB", "Take 1 tablet by mouth daily", "QD"),
    ("00591-0405-01", "Oxycodone HCl 5 MG Oral Tablet", "Oxycodone 5mg", "II", "5", "MG", "TAB", "Take 1 tablet by mouth every 6 hours as needed for pain 4-10", "Q6H PRN"),
    ("00228-2059-10", "Lorazepam 0.5 MG Oral Tablet", "Lorazepam 0.5mg", "IV", "0.5", "MG", "TAB", "Take 1 tablet by mouth at bedtime as needed for anxiety", "QHS PRN"),
    ("16714-0642-01", "Quetiapine Fumarate 25 MG Oral Tablet", "Quetiapine 25mg", None, "25", "MG", "TAB", "Take 1 tablet by mouth at bedtime", "QHS"),
    ("00904-6293-61", "Docusate Sodium 100 MG Oral Capsule", "Docusate 100mg", None, "100", "MG", "CAP", "Take 1 capsule by mouth twice daily", "BID"),
    ("65862-0008-01", "Metformin HCl 500 MG Oral Tablet", "Metformin 500mg", None, "500", "MG", "TAB", "Take 1 tablet by mouth twice daily with meals", "BID"),
    ("00172-3926-60", "Tramadol HCl 50 MG Oral Tablet", "Tramadol 50mg", "IV", "50", "MG", "TAB", "Take 1 tablet by mouth every 8 hours as needed for pain", "Q8H PRN"),
    ("59762-3304-01", "Donepezil HCl 5 MG Oral Tablet", "Donepezil 5mg", None, "5", "MG", "TAB", "Take 1 tablet by mouth at bedtime", "QHS"),
    ("00054-4297-25", "Hydrocodone Bitartrate/Acetaminophen 5-325 MG Oral Tablet", "Hydrocodone/APAP 5-325", "II", "1", "TAB", "TAB", "Take 1 tablet by mouth every 6 hours as needed", "Q6H PRN"),
    ("00781-1506-01", "Amoxicillin 500 MG Oral Capsule", "Amoxicillin 500mg", None, "500", "MG", "CAP", "Take 1 capsule by mouth three times daily x 10 days", "TID"),
    ("60505-0141-01", "Warfarin Sodium 2 MG Oral Tablet", "Warfarin 2mg", None, "2", "MG", "TAB", "Take 1 tablet by mouth daily at 1700 per INR", "QD"),
    ("00006-0277-31", "Sitagliptin 50 MG Oral Tablet", "Januvia 50mg", None, "50", "MG", "TAB", "Take 1 tablet by mouth daily", "QD"),
]
CS_DRUGS = [d for d in DRUGS if d[3]]

PRESCRIBERS = []
for nm in [("PATEL", "ANIL", "MD"), ("OLUFEMI", "GRACE", "DO"), ("BRENNAN", "THOMAS", "MD"),
           ("JIMENEZ", "CARLA", "CNP"), ("HOLLOWAY", "MARCUS", "MD")]:
    PRESCRIBERS.append({"last": nm[0], "first": nm[1], "cred": nm[2], "npi": npi(), "dea": dea(nm[0])})

NURSES = ["Denise Kowalski LPN", "Marisol Treviño RN", "Kelly Ames RN", "Brandon Tsai LPN",
          "Faith Adeyemi LPN", "Courtney Bishop RN", "Ramón Ibarra LPN"]
NURSE_USERS = ["dkowalski", "mtrevino", "kames", "btsai", "fadeyemi", "cbishop", "ribarra"]
RPHS = [("Samuel Park", "spark"), ("Raj Venkataraman", "rvenkat"), ("Hannah Clement", "hclement")]
CONSULT = "Leah Osei-Bonsu, PharmD, BCGP"
TECHS = [("Jasmine Reyes", "jreyes"), ("Ahmed Farouk", "afarouk"), ("Tyler Grimm", "tgrimm")]
DRIVERS = [("Luis Ocampo", "DRV07", "VAN-07"), ("Terrence Mabry", "DRV03", "VAN-03"),
           ("Olena Hrytsenko", "DRV11", "VAN-11")]
VANS = {d[2]: (vin(), "PXK %04d" % R.randint(1000, 9999)) for d in DRIVERS}
IMEIS = {}
for d in DRIVERS:
    b = "35" + digits(12)
    IMEIS[d[1]] = b + luhn_digit(b)


def mk_resident(i):
    sex = R.choice("FFFM")
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = LASTS[i % len(LASTS)]
    fac = FACS[i % len(FACS)]
    y = R.choice([1926, 1929, 1931, 1932, 1933, 1934, 1936, 1938, 1940, 1941, 1943, 1944, 1946, 1947, 1949, 1952, 1955])
    dob = date(y, R.randint(1, 12), R.randint(1, 28))
    if fac[2] == "SNF":
        room, bed = str(R.choice([1, 2, 3])) + "%02d" % R.randint(1, 40), R.choice("AB")
    else:
        room, bed = R.choice(["1", "2", "3"]) + "%02d" % R.randint(1, 30), ""
    city, z = R.choice(CITIES)
    rp_city, rp_zip = R.choice(CITIES)
    rf, rg = R.choice(REL_FIRST)
    rel = R.choice([x for x in RELS if x[2] in (rg, "X")])
    rl = last if rel[0] in ("SON", "SPO", "SIS", "BRO") or R.random() < 0.4 else R.choice(LASTS)
    if rel[0] == "DAU" and R.random() < 0.5:
        rl = R.choice(["Hollis", "Grant", "Abernathy", "Chu", "Ferreira"]) + "-" + last.split()[-1]
    email_local = (rf[0] + rl).lower().replace(" ", "").replace("'", "").replace("-", "").replace(".", "")
    email_local = unicodedata.normalize("NFKD", email_local.replace("đ", "d")).encode("ascii", "ignore").decode() + str(R.randint(1, 99))
    return {
        "first": first, "last": last, "mi": R.choice("ABCDEGJLMRST"), "sex": sex, "dob": dob,
        "age": 2024 - y - (1 if (dob.month, dob.day) > (6, 3) else 0),
        "fac": fac[0], "unit": R.choice(fac[9]), "room": room, "bed": bed,
        "pcc": str(R.randint(100000, 999999)), "pid": "%07d" % R.randint(4400000, 4499999),
        "mbi": mbi(), "medicaid": digits(12) if R.random() < 0.55 else None,
        "partd": R.choice(["U", "W", "H", "S"]) + digits(10),
        "ssn": ssn(), "street": "%d %s" % (R.randint(10, 9800), R.choice(STREETS)),
        "city": city, "zip": z,
        "rp": {"first": rf, "last": rl, "rel": rel, "phone": "%s-%03d-%04d" % (R.choice(["614", "380", "740", "937"]), R.randint(201, 989), R.randint(0, 9999)),
               "email": email_local + "@" + R.choice(EMAIL_DOM),
               "street": "%d %s" % (R.randint(10, 9800), R.choice(STREETS)), "city": rp_city, "zip": rp_zip},
        "rxs": [],
        "card_seq": 0,
        "admit": date(R.choice([2019, 2021, 2022, 2023, 2024]), R.randint(1, 12), R.randint(1, 28)),
    }


RES = [mk_resident(i) for i in range(38)]
RES[0].update(first="Rose", last="Baker", sex="F")
RES[5].update(first="June", last="Winter", sex="F")
RES[13].update(first="Earl", last="Strong", sex="M")
for r in RES:
    if r["admit"] > date(2024, 5, 30):
        r["admit"] = date(2024, 5, R.randint(1, 28))
    for _ in range(R.randint(2, 5)):
        d = R.choice(DRUGS)
        r["rxs"].append({"rx": str(R.randint(7700000, 7799999)), "drug": d,
                         "presc": R.choice(PRESCRIBERS)})
    r["cs_rx"] = {"rx": str(R.randint(7700000, 7799999)), "drug": R.choice(CS_DRUGS),
                  "presc": R.choice(PRESCRIBERS)}


def res():
    return R.choice(RES)


def rx_of(r):
    return R.choice(r["rxs"])


def nm_lf(r):  # "Last, First"
    return "%s, %s" % (r["last"], r["first"])


def nm_up(r):
    return "%s, %s" % (r["last"].upper(), r["first"].upper())


def nm_fl(r):
    return "%s %s" % (r["first"], r["last"])


def room_s(r, style=0):
    if not r["bed"]:
        return ("Apt " + r["room"]) if style == 2 else r["room"]
    return [r["room"] + "-" + r["bed"], r["room"] + r["bed"], r["room"] + " " + r["bed"]][style % 3]


def rp_name(r):
    return "%s %s" % (r["rp"]["first"], r["rp"]["last"])


# ---------------------------------------------------------------- time helpers
def T(sec):
    return BASE + timedelta(seconds=sec)


def iso_ms(t, z=False):
    if z:
        u = t + timedelta(hours=4)
        return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-04:00" % (t.microsecond // 1000)


def hl7ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def syslog_ts(t):
    return t.strftime("%b ") + ("%2d" % t.day) + t.strftime(" %H:%M:%S")


def rnd_t(h0, h1):
    return T(R.uniform(h0 * 3600, h1 * 3600)).replace(microsecond=R.randint(0, 999) * 1000)


def uuid4():
    h = "%032x" % R.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + R.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def hexid(n):
    return "%0*x" % (n, R.getrandbits(4 * n))


def d8(d):
    return d.strftime("%Y%m%d")


def dus(d):
    return d.strftime("%m/%d/%Y")


CYCLE = {"MGH": date(2024, 6, 7), "WCA": date(2024, 6, 5), "SBC": date(2024, 6, 10),
         "HSL": date(2024, 6, 7), "CRN": date(2024, 6, 12)}


# ---------------------------------------------------------------- HL7
def seg(name, fields):
    """fields: dict idx->parts; returns parts list."""
    mx = max(fields)
    while mx > 1 and fields.get(mx, "") in ("", []):
        mx -= 1
    out = [name]
    for i in range(1, mx + 1):
        out.append("|")
        v = fields.get(i, "")
        out.append(v)
    return out


def g_rde(t):
    r = res()
    f = FAC[r["fac"]]
    rx = rx_of(r)
    d = rx["drug"]
    pr = rx["presc"]
    start = (t + timedelta(days=R.choice([0, 0, 1]))).date()
    ctrl = f[3] + t.strftime("%m%d%H%M%S") + "%03d" % R.randint(0, 999)
    lines = [L("hl7_rde", *seg("MSH", {1: "^~\\&", 2: "PCC", 3: f[3], 4: "BWRX-ORDERHUB", 5: "BRIGHTWATER",
                                       6: hl7ts(t), 8: "RDE^O11^RDE_O11", 9: ctrl, 10: "P", 11: "2.5.1",
                                       14: "AL", 15: "NE", 17: "UNICODE UTF-8"}))]
    pid = {1: "1", 3: [(r["pcc"], "mrn"), "^^^PCC^PI~", (r["pid"], "mrn"), "^^^BWRX^MR"],
           5: [(r["last"].upper() + "^" + r["first"].upper() + "^" + r["mi"], "name")],
           7: [(d8(r["dob"]), "date")], 8: r["sex"],
           11: [(r["street"], "address"), "^^", (r["city"], "address"), "^OH^", (r["zip"], "zip"), "^USA^H"],
           18: [(r["pid"] + "-" + t.strftime("%y%m"), "account")] if R.random() < 0.3 else ""}
    if R.random() < 0.5:
        pid[19] = [(r["ssn"], "ssn")]
    lines.append(L("hl7_rde", *seg("PID", pid)))
    lines.append(L("hl7_rde", *seg("PV1", {1: "1", 2: "R", 3: [r["unit"] + "^", (r["room"] + "^" + r["bed"], "address"), "^" + f[3]],
                                           7: "%s^%s^%s^^^^%s" % (pr["npi"], pr["last"], pr["first"], pr["cred"]),
                                           18: "LTC", 44: [(d8(r["admit"]), "date")]})))
    if R.random() < 0.45:
        rp = r["rp"]
        lines.append(L("hl7_rde", *seg("NK1", {1: "1", 2: [(rp["last"].upper() + "^" + rp["first"].upper(), "name")],
                                               3: rp["rel"][0] + "^" + rp["rel"][1] + "^HL70063",
                                               4: [(rp["street"], "address"), "^^", (rp["city"], "address"), "^OH^", (rp["zip"], "zip")],
                                               5: [("(%s)%s" % (rp["phone"][:3], rp["phone"][4:]), "phone"), "^PRN^PH~^NET^Internet^", (rp["email"], "email")],
                                               7: "EC^Emergency Contact^HL70131"})))
    placer = "PCC" + digits(8)
    nurse = R.choice(NURSES).rsplit(" ", 1)[0].split(" ")
    lines.append(L("hl7_rde", *seg("ORC", {1: "NW", 2: placer + "^PCC", 7: ["^^^", (d8(start), "date"), "^^R"],
                                           9: hl7ts(t - timedelta(seconds=R.randint(5, 90))),
                                           10: "^%s^%s" % (nurse[-1].upper(), nurse[0].upper()),
                                           12: "%s^%s^%s^^^^%s" % (pr["npi"], pr["last"], pr["first"], pr["cred"]),
                                           13: r["unit"] + "^^^" + f[3]})))
    lines.append(L("hl7_rde", *seg("RXE", {1: ["^" + d[8] + "^^", (d8(start), "date"), "^^R"],
                                           2: d[0].replace("-", "") + "^" + d[1] + "^NDC", 3: d[4], 5: d[5], 6: d[6],
                                           7: "^" + d[7], 10: str(R.choice([30, 60, 28, 14])), 11: d[6],
                                           12: "0" if d[3] == "II" else str(R.choice([5, 11])),
                                           13: pr["dea"] if d[3] else "", 15: [(rx["rx"], "other_id")]})))
    lines.append(L("hl7_rde", *seg("RXR", {1: "PO^Oral^HL70162"})))
    if R.random() < 0.35:
        alg = R.choice([("Penicillin", "Hives"), ("Sulfa Drugs", "Rash"), ("Codeine", "Nausea"), ("Latex", "Contact dermatitis")])
        lines.append(L("hl7_rde", "AL1|1|DA|^%s^L|MO|%s" % alg))
    return lines


def g_rds(t):
    r = res()
    f = FAC[r["fac"]]
    rx = rx_of(r)
    d = rx["drug"]
    ctrl = "BWRX" + t.strftime("%y%m%d%H%M%S") + digits(3)
    out = [L("hl7_rds", *seg("MSH", {1: "^~\\&", 2: "BWRX-ORDERHUB", 3: "BRIGHTWATER", 4: "EMAR", 5: f[3],
                                     6: hl7ts(t), 8: "RDS^O13^RDS_O13", 9: ctrl, 10: "P", 11: "2.5.1"})),
           L("hl7_rds", *seg("PID", {1: "1", 3: [(r["pcc"], "mrn"), "^^^PCC^PI"],
                                     5: [(r["last"].upper() + "^" + r["first"].upper(), "name")],
                                     7: [(d8(r["dob"]), "date")], 8: r["sex"]})),
           L("hl7_rds", *seg("ORC", {1: "RE", 2: "PCC" + digits(8) + "^PCC", 3: "BW" + digits(9) + "^BWRX", 5: "CM"})),
           L("hl7_rds", *seg("RXD", {1: "1", 2: d[0].replace("-", "") + "^" + d[1] + "^NDC",
                                     3: [(hl7ts(t), "date")], 4: str(R.choice([28, 30, 14, 60])), 5: d[6],
                                     7: [(rx["rx"], "other_id")], 9: "N",
                                     10: "^^^" + PHARM["ncpdp"], 15: ["LOT" + digits(5).upper()]})),
           L("hl7_rds", *seg("RXR", {1: "PO^Oral^HL70162"}))]
    return out


# ---------------------------------------------------------------- PCC connector (pino)
def pino(t, level, msg, extra=None, pid=2231, host="bw-int-02"):
    o = {"level": level, "time": int((t + timedelta(hours=4)).timestamp() * 1000) - 0, "pid": pid,
         "hostname": host, "name": "pcc-connector"}
    if extra:
        o.update(extra)
    o["msg"] = msg
    return L("pcc_pino", *J(o))


def g_pcc(t):
    k = R.random()
    f = R.choice(FACS)
    if k < 0.30:
        return [pino(t, 30, "request completed", {"reqId": "req-" + hexid(6), "req": {"method": "GET", "url": "/api/public/preview1/orgs/%s/patients?facId=%d&patientStatus=Current&pageSize=200&page=%d" % (ORG, f[4], R.randint(1, 3))},
                                                  "res": {"statusCode": 200}, "responseTime": R.randint(180, 2400)})]
    if k < 0.40:
        return [pino(t, 40, "token refresh", {"client": "bwrx-prod", "expiresIn": 3600, "scope": "patient.read order.read order.write"})]
    if k < 0.47:
        return [pino(t, 50, "PCC API rate limited", {"status": 429, "retryAfter": R.choice([15, 30, 60]), "facId": f[4], "endpoint": "/api/public/preview1/orgs/%s/medications" % ORG})]
    r = res()
    f = FAC[r["fac"]]
    if k < 0.78:
        rx = rx_of(r)
        d = rx["drug"]
        payload = {"eventType": R.choice(["order.created", "order.updated", "order.discontinued"]),
                   "messageId": uuid4(), "orgUuid": ORG, "facId": f[4],
                   "patientId": P(int(r["pcc"]), "mrn"), "orderId": int(digits(8)),
                   "patient": {"firstName": P(r["first"], "name"), "lastName": P(r["last"], "name"),
                               "birthDate": P(r["dob"].isoformat(), "date"),
                               "roomDesc": P(r["room"], "address"), "bedDesc": P(r["bed"], "address") if r["bed"] else "",
                               "unitDesc": r["unit"]},
                   "order": {"description": d[1], "directions": d[7], "startDate": P((t.date() + timedelta(days=1)).isoformat(), "date"),
                             "physician": "%s, %s %s" % (rx["presc"]["last"].title(), rx["presc"]["first"].title(), rx["presc"]["cred"])}}
        if not r["bed"]:
            payload["patient"]["bedDesc"] = None
        if R.random() < 0.25:
            payload["order"]["deviceSerial"] = P(R.choice(["G7", "3M"]) + digits(8) + R.choice("ABCDEF"), "device")
            payload["order"]["description"] = "Dexcom G7 Sensor - replace every 10 days"
        return [pino(t, 30, "webhook received", {"reqId": "req-" + hexid(6), "payload": payload})]
    if k < 0.92:
        extra = {"facId": f[4], "patient": {"patientId": P(int(r["pcc"]), "mrn"),
                                            "medicalRecordNumber": P(r["pid"][-6:] + f[0], "mrn"),
                                            "firstName": P(r["first"], "name"), "lastName": P(r["last"], "name"),
                                            "admissionDate": P(r["admit"].isoformat(), "date"),
                                            "patientStatus": "Current",
                                            "age": P(r["age"], "age") if r["age"] > 89 else r["age"],
                                            "medicareBeneficiaryIdentifier": P(r["mbi"], "health_plan")}}
        if r["medicaid"]:
            extra["patient"]["medicaidNumber"] = P(r["medicaid"], "health_plan")
        if R.random() < 0.35:
            b64 = "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(96))
            extra["patient"]["photo"] = M("data:image/jpeg;base64,", P("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBD" + b64, "photo"), "...[truncated 48211 bytes]")
        return [pino(t, 20, "census sync upsert", extra)]
    # admission intake for private pay (licence id)
    extra = {"facId": f[4], "admission": {"patientId": P(int(r["pcc"]), "mrn"),
                                          "name": P(nm_lf(r), "name"),
                                          "payer": "PRIVATE",
                                          "identification": {"type": "DL", "state": "OH", "number": P(R.choice("ABCDEFGHJKMRST") + R.choice("ABCDEFGHJKMRST") + digits(6), "license")},
                                          "responsibleParty": {"name": P(rp_name(r), "name"), "relationship": r["rp"]["rel"][1],
                                                               "phone": P(r["rp"]["phone"], "phone"), "email": P(r["rp"]["email"], "email")}}}
    return [pino(t, 30, "admission received", extra)]


ORG = uuid4()


# ---------------------------------------------------------------- packaging robot
ROBOT = "PKR-02"


def rb(t, lvl, comp, *msg):
    return L("robot", "[%s.%03d] [%-5s] [%s] " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, lvl, comp), *msg)


JOBS = {}


def g_robot(t):
    k = R.random()
    f = R.choice(FACS)
    job = JOBS.setdefault(f[0], "%s-%s-%02d" % (t.strftime("%y%m%d"), f[0], R.randint(1, 9)))
    if k < 0.12:
        d = R.choice(DRUGS)
        return [rb(t, "WARN", "Canister", "Canister %04d (NDC %s lot %s exp %s) low level: %d remaining, refill requested" %
                   (R.randint(100, 980), d[0], R.choice("KLMN") + digits(5), "2025-%02d" % R.randint(1, 12), R.randint(8, 60)))]
    if k < 0.22:
        return [rb(t, "INFO", "Sealer", "Heat seal temp %.1fC setpoint 182.0C dwell %dms film lot FL-%s" % (R.uniform(179, 185), R.randint(380, 460), digits(6)))]
    if k < 0.32:
        return [rb(t, "INFO", "Job", "Job %s batch start: facility=%s cards=%d pockets=%d cycle=%s op=%s" %
                   (job, f[0], R.randint(60, 180), R.randint(1800, 5200), CYCLE[f[0]].isoformat(), R.choice(TECHS)[1]))]
    if k < 0.40:
        return [rb(t, "INFO", "Vision", "Vision check PASS tray %d pockets %d/%d model=VX-9.3.1 t=%dms" % (R.randint(1, 40), 28, 28, R.randint(120, 400)))]
    if k < 0.46:
        return [rb(t, "ERROR", "Motion", "Axis Y following error %d counts > limit 400, homing (fw 7.14.2-b3318)" % R.randint(401, 900))]
    r = R.choice([x for x in RES if x["fac"] == f[0]])
    rx = rx_of(r)
    d = rx["drug"]
    r["card_seq"] += 1
    bc = "BC-" + digits(8)
    if k < 0.85:
        return [rb(t, "INFO", "Print", "Job %s card %d/%d printed " % (job, R.randint(1, 150), 150),
                   (bc, "other_id"), " '", (nm_up(r), "name"), "' Rm ", (room_s(r, 0), "address"),
                   " Rx#", (rx["rx"], "other_id"), " %s %s start " % (d[2], d[8]),
                   (dus(CYCLE[f[0]]), "date"), " cells=%d" % R.choice([28, 30, 31]))]
    return [rb(t, "WARN", "Vision", "Vision check FAIL pocket %d card " % R.randint(1, 31), (bc, "other_id"),
               " (", (nm_up(r), "name"), "): %s; card rejected to bin 2" % R.choice(["foreign object", "count 2 expected 1", "broken tablet", "color mismatch"]))]


# ---------------------------------------------------------------- eMAR
def g_emar(t):
    k = R.random()
    host = "emar-api-0%d" % R.randint(1, 3)
    if k < 0.18:
        f = R.choice(FACS)
        o = {"timestamp": iso_ms(t, True), "level": "info", "logger": "emar.sync", "event": "cart.sync",
             "facility": f[0], "cart": "%s-%s-CART%d" % (f[0], R.choice(f[9]), R.randint(1, 3)),
             "records": R.randint(10, 300), "duration_ms": R.randint(40, 900), "host": host, "trace_id": hexid(32)}
        return [L("emar_json", *J(o, True, (", ", ": ")))]
    r = res()
    f = FAC[r["fac"]]
    if k < 0.38:
        o = {"timestamp": iso_ms(t, True), "level": "info", "logger": "emar.devices", "event": "cgm.reading",
             "resident_id": P(r["pcc"], "mrn"), "sensor": "Dexcom G7", "sensor_sn": P(R.choice(["G7", "3M"]) + digits(8) + R.choice("ABCDEF"), "device"),
             "glucose_mg_dl": R.randint(58, 320), "trend": R.choice(["flat", "rising", "falling", "rising_fast"]),
             "reading_dt": P((t - timedelta(minutes=R.randint(1, 5))).strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"),
             "host": host, "trace_id": hexid(32)}
        return [L("emar_json", *J(o, True, (", ", ": ")))]
    rx = rx_of(r)
    d = rx["drug"]
    status = R.choice(["GIVEN", "GIVEN", "GIVEN", "HELD", "REFUSED", "GIVEN"])
    sched = R.choice(["06:00", "08:00", "12:00", "17:00", "20:00", "21:00"])
    given = t - timedelta(seconds=R.randint(60, 900))
    o = {"timestamp": iso_ms(t, True), "level": "info" if status == "GIVEN" else "warning",
         "logger": "emar.events", "event": "administration.recorded",
         "resident_id": P(r["pcc"], "mrn"), "resident_name": P(nm_lf(r), "name"),
         "room": P(room_s(r, 1), "address"), "rx": P(rx["rx"], "other_id"), "med": d[2],
         "route": "PO", "sched": sched, "admin_dt": P(given.strftime("%Y-%m-%dT%H:%M:00-04:00"), "date"),
         "status": status, "nurse": R.choice(NURSES), "cart": "%s-%s-CART%d" % (f[0], r["unit"], R.randint(1, 3))}
    if status == "HELD":
        o["reason"] = R.choice(["SBP 94/58", "HR 54", "resident at dialysis", "NPO for procedure"])
    if status == "REFUSED":
        o["reason"] = "resident refused, reapproach x2"
    if d[3] and R.random() < 0.6:
        o["cs_count_after"] = R.randint(2, 29)
        o["witness"] = R.choice(NURSES)
    o["trace_id"] = hexid(32)
    o["span_id"] = hexid(16)
    return [L("emar_json", *J(o, True, (", ", ": ")))]


# ---------------------------------------------------------------- cycle fill (logfmt)
def g_cycle(t):
    f = R.choice(FACS)
    k = R.random()
    base = [("time", iso_ms(t)), ("level", "info"), ("job", "cyclefill"), ("run", "cf-" + t.strftime("%Y%m%d") + "-" + f[0]),
            ("fac", f[0])]
    if k < 0.2:
        return [L("cyclefill", *LF(base + [("phase", "extract"), ("cycle", CYCLE[f[0]].isoformat()),
                                           ("residents", R.randint(40, 140)), ("orders", R.randint(600, 2100)),
                                           ("msg", "extract complete"), ("dur", "%.2fs" % R.uniform(2, 40))]))]
    if k < 0.4:
        return [L("cyclefill", *LF(base + [("phase", "package"), ("robot", ROBOT), ("cards_sent", R.randint(60, 180)),
                                           ("multidose_pouches", R.randint(0, 900)), ("msg", "package queue submitted")]))]
    if k < 0.55:
        return [L("cyclefill", *LF(base + [("phase", "label"), ("printer", "\\\\PRT-SRV01\\LBL-ZEBRA-%02d" % R.randint(1, 4)),
                                           ("labels", R.randint(100, 900)), ("msg", "labels spooled")]))]
    if k < 0.65:
        base[1] = ("level", "error")
        return [L("cyclefill", *LF(base + [("phase", "extract"), ("err", "mssql: Timeout expired. The timeout period elapsed prior to completion of the operation"),
                                           ("attempt", R.randint(1, 3)), ("msg", "retrying")]))]
    r = R.choice([x for x in RES if x["fac"] == f[0]])
    rx = rx_of(r)
    base[1] = ("level", "warn")
    if k < 0.85:
        hu = CYCLE[f[0]] + timedelta(days=R.randint(1, 9))
        return [L("cyclefill", *LF(base + [("phase", "extract"), ("resident_id", P(r["pcc"], "mrn")),
                                           ("rx", P(rx["rx"], "other_id")), ("hold_until", P(hu.isoformat(), "date")),
                                           ("msg", "order skipped: on hold")]))]
    return [L("cyclefill", *LF(base + [("phase", "validate"), ("resident", P(nm_lf(r), "name")),
                                       ("rx", P(rx["rx"], "other_id")), ("reason", "refills_exhausted"),
                                       ("msg", "needs new Rx from prescriber")]))]


# ---------------------------------------------------------------- manifests
MAN_HDR = "manifest_id,route,stop_seq,facility_code,facility_name,tote_id,seal_no,rx_count,cs_count,fridge,stat,recipient,delivery_note"
MANIFESTS = []


def csvq(s):
    return '"' + s.replace('"', '""') + '"' if ("," in s or '"' in s) else s


def g_manifest(t, stop):
    drv = DRIVERS[stop % 3]
    mid = "MAN-%s-%s" % (t.strftime("%y%m%d"), drv[2][-2:])
    f = FACS[stop % 5]
    if R.random() < 0.22:
        r = R.choice(RES)
        rp = r["rp"]
        return [L("manifest_csv", "%s,R%s,%d,LOA,,T-LOA-%03d,SL%s,%d,%d,N,Y," % (mid, drv[2][-2:], stop, R.randint(1, 99), digits(7), R.randint(1, 6), 0),
                  '"', (rp_name(r), "name"), " (%s) for " % rp["rel"][1].lower(), (nm_fl(r), "name"), '",',
                  '"LOA meds deliver to ', (rp["street"], "address"), ", ", (rp["city"], "address"), " OH ", (rp["zip"], "zip"),
                  " call ", (rp["phone"], "phone"), ' on arrival"')]
    stat = R.random() < 0.2
    return [L("manifest_csv", "%s,R%s,%d,%s,%s,T-%s-%04d,SL%s,%d,%d,%s,%s,%s,%s" % (
        mid, drv[2][-2:], stop, f[0], csvq(f[1]), f[0], R.randint(1, 999), digits(7), R.randint(4, 90),
        R.randint(0, 6), R.choice("NNNY"), "Y" if stat else "N", R.choice(["Nurse on duty", "Med room", "Front desk"]),
        R.choice(["", "dock door 2", "ring bell at east entrance", "fridge tote - insulin"])))]


# ---------------------------------------------------------------- driver app (logcat)
def lc(t, pid, tid, lvl, tag, *msg):
    return L("logcat", "%s.%03d %5d %5d %s %s: " % (t.strftime("%m-%d %H:%M:%S"), t.microsecond // 1000, pid, tid, lvl, tag), *msg)


def g_logcat(t):
    drv = R.choice(DRIVERS)
    pid = 8800 + DRIVERS.index(drv) * 37
    tid = pid + R.randint(1, 60)
    k = R.random()
    lat, lon = 39.96 + R.uniform(-0.12, 0.12), -82.99 + R.uniform(-0.15, 0.15)
    if k < 0.30:
        return [lc(t, pid, tid, "D", "LocationMgr", "fix provider=gps lat=%.5f lon=%.5f acc=%.1f spd=%.1f brg=%d" % (lat, lon, R.uniform(3, 14), R.uniform(0, 22), R.randint(0, 359)))]
    if k < 0.42:
        f = R.choice(FACS)
        return [lc(t, pid, tid, "I", "RouteSvc", "stop=%d/%d fac=%s eta=%s dist_m=%d driver=%s" % (R.randint(1, 9), 11, f[0], (t + timedelta(minutes=R.randint(3, 30))).strftime("%H:%M"), R.randint(300, 22000), drv[1]))]
    if k < 0.52:
        f = R.choice(FACS)
        return [lc(t, pid, tid, "I", "PODCapture", "signature captured by=\"%s\" fac=%s totes=%d cs_totes=%d photo=pod_%s.jpg" % (R.choice(NURSES), f[0], R.randint(1, 6), R.randint(0, 2), hexid(12)))]
    if k < 0.60:
        return [lc(t, pid, tid, "W", "SyncWorker", "upload failed code=%d retry=%d backoff=%dms url=https://api.brightwaterrx.com/driver/v3/pod" % (R.choice([502, 503, 504]), R.randint(1, 4), R.choice([2000, 4000, 8000])))]
    if k < 0.66:
        v = VANS[drv[2]]
        return [lc(t, pid, tid, "I", "DeviceInfo", "boot device=%s imei=%s vehicle=%s vin=%s plate=\"%s\" app=com.brightwaterrx.driver 5.8.2 (5082) android=13" % ("SM-A546U", IMEIS[drv[1]], drv[2], v[0], v[1]))]
    if k < 0.72:
        return [lc(t, pid, tid, "E", "AndroidRuntime", "FATAL EXCEPTION: main Process: com.brightwaterrx.driver, PID: %d java.lang.IllegalStateException: Fragment PodFragment{%s} not attached to a context." % (pid, hexid(7)))]
    r = R.choice(RES)
    rp = r["rp"]
    plat, plon = 39.96 + R.uniform(-0.15, 0.15), -82.99 + R.uniform(-0.2, 0.2)
    if k < 0.82:
        return [lc(t, pid, tid, "I", "StopDetail", "type=LOA recipient=\"", (rp_name(r), "name"), " (%s)\" addr=\"" % rp["rel"][1].lower(),
                   (rp["street"] + ", " + rp["city"], "address"), " OH ", (rp["zip"], "zip"), "\" phone=", (rp["phone"], "phone"))]
    if k < 0.91:
        return [lc(t, pid, tid, "D", "LocationMgr", "arrived stop type=LOA geofence=120m lat=", ("%.5f" % plat, "address"), " lon=", ("%.5f" % plon, "address"), " acc=%.1f" % R.uniform(3, 9))]
    return [lc(t, pid, tid, "I", "PODCapture", "LOA handoff resident=\"", (nm_fl(r), "name"), "\" received_by=\"", (rp_name(r), "name"),
               "\" cs_count_verified=%s" % R.choice(["true", "false"]))]


# ---------------------------------------------------------------- CS chain of custody
def g_cs(t):
    r = res()
    rx = r["cs_rx"]
    d = rx["drug"]
    ev = R.choice(["PICK", "VERIFY", "SEAL", "HANDOFF_DRIVER", "RECEIVED_FAC", "COUNT_DISCREP"])
    tech = R.choice(TECHS)
    rph = R.choice(RPHS)
    drv = R.choice(DRIVERS)
    by = {"PICK": "tech:" + tech[1], "VERIFY": "rph:" + rph[1], "SEAL": "tech:" + tech[1],
          "HANDOFF_DRIVER": "drv:" + drv[1], "RECEIVED_FAC": "nurse:" + R.choice(NURSE_USERS), "COUNT_DISCREP": "rph:" + rph[1]}[ev]
    parts = ["CSCOC|v2|%s|EVT=%s|SCHED=C%s|" % (t.strftime("%Y-%m-%dT%H:%M:%S"), ev, d[3]), "RX=", (rx["rx"], "other_id"),
             "|NDC=%s|DRUG=%s|QTY=%d|CARD=" % (d[0], d[2], R.choice([30, 28, 60])), ("BC-" + digits(8), "other_id"),
             "|RES=", (nm_lf(r), "name"), "|FAC=%s|RM=" % r["fac"], (room_s(r, 1), "address"),
             "|BY=%s|WIT=rph:%s|TOTE=T-%s-%04d|SEAL=SL%s" % (by, rph[1], r["fac"], R.randint(1, 999), digits(7))]
    if ev == "COUNT_DISCREP":
        parts.append("|NOTE=expected 30 counted 29, incident IR-%s opened" % digits(5))
    return [L("cs_custody", *parts)]


def g_cs_dea(t):
    return [L("cs_custody", "CSCOC|v2|%s|EVT=CSOS_RECEIPT|SCHED=CII|PO=%s|SUPPLIER=Cardinal Health 110 LLC|DEA222E=%s|LINES=%d|BY=rph:%s|WIT=tech:%s" %
              (t.strftime("%Y-%m-%dT%H:%M:%S"), "PO" + digits(8), digits(9), R.randint(2, 14), R.choice(RPHS)[1], R.choice(TECHS)[1]))]


# ---------------------------------------------------------------- NCPDP D.0
def g_ncpdp(t):
    r = res()
    rx = rx_of(r)
    d = rx["drug"]
    pr = rx["presc"]
    medicaid = r["medicaid"] and R.random() < 0.4
    tag = "[ClaimSwitch %s.%03d] " % (t.strftime("%H:%M:%S"), t.microsecond // 1000)
    tx = "TX" + digits(10)
    bin_, pcn, grp = ("610494", "ODMPROD", "OHMCD") if medicaid else (R.choice(["004336", "610097", "015581"]), R.choice(["MEDDADV", "PARTDMEDD", "ADV"]), "RX" + digits(4))
    cid = r["medicaid"] if medicaid else r["partd"]
    dos = t.date()
    written = dos - timedelta(days=R.randint(1, 40))
    out = [L("ncpdp", tag, ">> %s B1 D0 101-A1=%s 104-A4=%s 109-A9=1 202-B2=01 201-B1=%s 401-D1=" % (tx, bin_, pcn, PHARM["npi"]), (d8(dos), "date"), " 110-AK=BWRXSW0412"),
           L("ncpdp", tag, ">> %s AM04 302-C2=" % tx, (cid, "health_plan"), " 301-C1=%s 303-C3=01 306-C6=1 312-CC=" % grp, (r["first"].upper(), "name"), " 313-CD=", (r["last"].upper(), "name"))]
    am01 = [tag, ">> %s AM01 331-CX=%s 332-CY=" % (tx, "01" if R.random() < 0.3 else "99")]
    if R.random() < 0.3:
        am01 += [(r["ssn"].replace("-", ""), "ssn")]
    else:
        am01 += [(r["pid"], "mrn")]
    am01 += [" 304-C4=", (d8(r["dob"]), "date"), " 305-C5=%d 310-CA=" % (2 if r["sex"] == "F" else 1), (r["first"].upper(), "name"),
             " 311-CB=", (r["last"].upper(), "name"), " 322-CM=", (r["street"].upper(), "address"), " 323-CN=", (r["city"].upper(), "address"),
             " 324-CO=OH 325-CP=", (r["zip"] + digits(4), "zip"), " 307-C7=03 384-4X=03"]
    out.append(L("ncpdp", *am01))
    out.append(L("ncpdp", tag, ">> %s AM07 455-EM=1 402-D2=" % tx, (rx["rx"], "other_id"), " 436-E1=03 407-D7=%s 442-E7=%d000 403-D3=00 405-D5=%d 406-D6=1 408-D8=0 414-DE=" % (d[0].replace("-", ""), R.choice([28, 30, 60]), R.choice([28, 30])),
                  (d8(written), "date"), " 415-DF=%s 419-DJ=1 429-DT=3 600-28=EA 418-DI=0" % ("0" if d[3] == "II" else "5")))
    out.append(L("ncpdp", tag, ">> %s AM03 466-EZ=01 411-DB=%s 427-DR=%s" % (tx, pr["npi"], pr["last"])))
    out.append(L("ncpdp", tag, ">> %s AM11 409-D9=%d{ 412-DC=350{ 426-DQ=%d{ 430-DU=%d{ 423-DN=01" % (tx, R.randint(300, 9000), R.randint(500, 9900), R.randint(900, 12000))))
    if R.random() < 0.7:
        out.append(L("ncpdp", tag, "<< %s AM20 112-AN=A 503-F3=%s | AM22 455-EM=1 402-D2=" % (tx, t.strftime("%y%m%d") + digits(9)), (rx["rx"], "other_id"),
                     " | AM23 505-F5=%d{ 506-F6=%d{ 509-F9=%d{ 523-FN=0{ | AM25 n/a" % (R.randint(0, 4700), R.randint(100, 9000), R.randint(100, 9000))))
    else:
        rej = R.choice([("75", "Prior Authorization Required"), ("70", "Product/Service Not Covered"), ("79", "Refill Too Soon"), ("65", "Patient Is Not Covered")])
        out.append(L("ncpdp", tag, "<< %s AM20 112-AN=R | AM21 510-FA=1 511-FB=%s 546-4F=1 526-FQ=%s" % (tx, rej[0], rej[1].upper())))
    return out


# ---------------------------------------------------------------- NLog .NET OrderHub
def nl(t, lvl, logger, *msg):
    return L("nlog", t.strftime("%Y-%m-%d %H:%M:%S.") + "%04d" % (t.microsecond // 100), "|%s|%s|" % (lvl, logger), *msg)


def g_nlog(t):
    k = R.random()
    if k < 0.12:
        return [nl(t, "INFO", "Brightwater.OrderHub.Health.HeartbeatService", "Heartbeat ok: queue depth=%d, mllp listeners=5/5, build 4.2.1+%s" % (R.randint(0, 40), hexid(7)))]
    if k < 0.20:
        f = R.choice(FACS)
        return [nl(t, "INFO", "Brightwater.OrderHub.Inbound.MllpListener", "Accepted connection from 10.40.%d.%d:%d facility=%s port=%d" % (R.randint(1, 9), R.randint(2, 250), R.randint(49152, 65000), f[3], 6600 + FACS.index(f)))]
    if k < 0.27:
        return [nl(t, "DEBUG", "Brightwater.OrderHub.Data.OrderRepository", "Executed DbCommand (%dms) [Parameters=[@p0='?' (Size = 64)], CommandType='Text', CommandTimeout='30']" % R.randint(2, 400))]
    if k < 0.30:
        lines = [nl(t, "ERROR", "Brightwater.OrderHub.Orders.HoldStopProcessor", "Failed to persist hold/stop batch %s, will retry System.Data.SqlClient.SqlException (0x80131904): Transaction (Process ID %d) was deadlocked on lock resources with another process and has been chosen as the deadlock victim. Rerun the transaction." % (uuid4(), R.randint(50, 140)))]
        for fr in ["   at System.Data.SqlClient.SqlConnection.OnError(SqlException exception, Boolean breakConnection, Action`1 wrapCloseInAction)",
                   "   at System.Data.SqlClient.TdsParser.TryRun(RunBehavior runBehavior, SqlCommand cmdHandler, SqlDataReader dataStream, BulkCopySimpleResultSet bulkCopyHandler, TdsParserStateObject stateObj, Boolean& dataReady)",
                   "   at Brightwater.OrderHub.Data.OrderRepository.ApplyHoldAsync(HoldRequest req, CancellationToken ct) in D:\\a\\orderhub\\src\\OrderHub.Data\\OrderRepository.cs:line 412",
                   "   at Brightwater.OrderHub.Orders.HoldStopProcessor.ProcessAsync(IReadOnlyList`1 batch) in D:\\a\\orderhub\\src\\OrderHub\\Orders\\HoldStopProcessor.cs:line 88",
                   "ClientConnectionId:%s" % uuid4(),
                   "Error Number:1205,State:51,Class:13"]:
            lines.append(L("nlog", fr))
        return lines
    r = res()
    rx = rx_of(r)
    d = rx["drug"]
    f = FAC[r["fac"]]
    if k < 0.36:
        bad = d8(r["dob"])[:-1]
        return [nl(t, "ERROR", "Brightwater.OrderHub.Inbound.RdeHandler", "Rejected RDE from %s ctrl=%s%s: NHapi.Base.HL7Exception: Failed validation rule: PID-7 value '" % (f[3], f[3], digits(12)),
                   (bad, "date"), "' is not a valid DTM (patient ", (r["pcc"], "mrn"), "), ACK AE sent"),
                L("nlog", "   at NHapi.Base.Model.Primitive.DateTimeModel.set_Value(String value)"),
                L("nlog", "   at Brightwater.OrderHub.Inbound.RdeHandler.MapPatient(PID pid) in D:\\a\\orderhub\\src\\OrderHub\\Inbound\\RdeHandler.cs:line 143")]
    if k < 0.55:
        h0 = t.date() + timedelta(days=R.randint(0, 1))
        h1 = h0 + timedelta(days=R.randint(2, 10))
        return [nl(t, "INFO", "Brightwater.OrderHub.Orders.HoldStopProcessor", "HOLD applied Rx ", (rx["rx"], "other_id"), " (%s) resident " % d[2], (nm_lf(r), "name"),
                   " [", (r["pcc"], "mrn"), "] fac=%s from " % f[0], (h0.isoformat(), "date"), " until ", (h1.isoformat(), "date"),
                   " reason='%s' requestedBy='%s'" % (R.choice(["hospital LOA", "NPO", "hold per MD - low BP", "dialysis days"]), R.choice(NURSES)))]
    if k < 0.70:
        sd = t.date()
        return [nl(t, "INFO", "Brightwater.OrderHub.Orders.HoldStopProcessor", "STOP order processed: Rx ", (rx["rx"], "other_id"), " patient=", (r["pid"], "mrn"),
                   " stopDate=", (sd.strftime("%m/%d/%Y"), "date"), " cards_to_pull=%d pharmacist=%s" % (R.randint(0, 3), R.choice(RPHS)[1]))]
    if k < 0.80:
        return [nl(t, "WARN", "Brightwater.OrderHub.Inbound.RdeHandler", "PID mismatch: PCC id ", (r["pcc"], "mrn"), " maps to patient ", (r["pid"], "mrn"),
                   " but DOB differs (msg ", ((r["dob"] + timedelta(days=R.choice([1, 31, 365]))).strftime("%Y%m%d"), "date"), " vs ", (d8(r["dob"]), "date"), "), routed to RPh queue")]
    if k < 0.88:
        acct = "PP-%05d" % R.randint(10000, 99999)
        return [nl(t, "ERROR", "Brightwater.OrderHub.Billing.PrivatePayCharger", "Charge declined acct=", (acct, "account"), " card=", (card(R.choice(["4", "51", "37"]), 15 if False else 16), "account"),
                   " amount=%.2f gateway=AuthNetCIM code=E00027 'The transaction was unsuccessful.'" % R.uniform(12, 380))]
    return [nl(t, "INFO", "Brightwater.OrderHub.Inbound.RdeHandler", "New order queued for verification: Rx ", (rx["rx"], "other_id"), " %s for " % d[2], (nm_up(r), "name"),
               " rm ", (room_s(r, 1), "address"), " prescriber NPI %s priority=%s" % (rx["presc"]["npi"], R.choice(["ROUTINE", "STAT", "NEXT_RUN"])))]


# ---------------------------------------------------------------- MRR notes
MRR_POOL = []


def g_mrr(t):
    if not MRR_POOL:
        MRR_POOL.extend(R.sample(RES, len(RES)))
    r = MRR_POOL.pop()
    f = FAC[r["fac"]]
    d = rx_of(r)["drug"]
    pr = rx_of(r)["presc"]
    hdr = ["MRR %s | %s | Res: " % (t.strftime("%Y-%m"), f[0]), (nm_fl(r), "name"), " ("]
    if r["age"] > 89:
        hdr += [(str(r["age"]), "age"), " y/o %s) Rm " % r["sex"]]
    else:
        hdr += ["%d y/o %s) Rm " % (r["age"], r["sex"])]
    hdr += [(room_s(r, 0), "address"), " | DOB ", (dus(r["dob"]), "date"), " | Consultant: %s" % CONSULT]
    lines = [L("mrr_note", *hdr)]
    body = R.choice([
        "  Reviewed %d active orders. %s in use; recommend GDR per F758, attempt taper to lowest effective dose and document behaviors." % (R.randint(8, 19), d[2]),
        "  Reviewed %d active orders. No irregularities noted. Continue current regimen. Next review 30 days." % R.randint(6, 15),
        "  Reviewed %d active orders. Duplicate therapy flagged: %s + PRN; suggest d/c PRN if unused x14 days." % (R.randint(8, 19), d[2]),
        "  Reviewed %d active orders. Last BMP shows CrCl ~28 mL/min; recommend renal dose adjustment for %s." % (R.randint(8, 19), d[2]),
    ])
    lines.append(L("mrr_note", body))
    if R.random() < 0.6:
        k = R.random()
        if k < 0.5:
            lines.append(L("mrr_note", "  Rec sent to Dr. %s %s via fax %s; DON %s cc'd. Response due within 14 days." % (pr["first"].title(), pr["last"].title(), f[8][:-1] + "9", R.choice(NURSES).rsplit(" ", 1)[0])))
        else:
            lines.append(L("mrr_note", "  Family (", (r["rp"]["rel"][1].lower() + " ", None), (rp_name(r), "name"), ") reports resident more drowsy since ",
                           ((t.date() - timedelta(days=R.randint(3, 20))).strftime("%m/%d"), "date"), "; discussed at care conference, RP phone ", (r["rp"]["phone"], "phone"), "."))
    return lines


# ---------------------------------------------------------------- returns / destruction (TSV)
RET_HDR = "rec_type\tposted\tfac\treason\tresident\tpt_no\trx_no\tndc\tdrug\tqty\tdisposition\twitness_1\twitness_2\tref"


def g_ret(t):
    k = R.random()
    if k < 0.25:
        return [L("returns_tsv", "DESTR\t%s\tPHARM\tbatch\t\t\t\t\tmixed non-CS waste\t%d lb\tReverse distributor: Inmar RX Solutions pickup\t%s\t%s\tMAN-%s" %
                  (t.strftime("%Y-%m-%d %H:%M"), R.randint(8, 60), R.choice(RPHS)[0], R.choice(TECHS)[0], digits(8)))]
    r = res()
    rx = r["cs_rx"] if R.random() < 0.4 else rx_of(r)
    d = rx["drug"]
    reason, rdate = R.choice([("DISCHARGED", True), ("EXPIRED", True), ("D/C ORDER", False), ("HOSPITAL TRANSFER", True)])
    rd = t.date() - timedelta(days=R.randint(1, 12))
    disp = "DESTROY (DEA 41 #%s)" % digits(6) if d[3] else R.choice(["CREDIT Medicaid return-to-stock", "DESTROY non-CS", "CREDIT Part D"])
    parts = ["RET\t%s\t%s\t" % (t.strftime("%Y-%m-%d %H:%M"), r["fac"]), reason]
    if rdate:
        parts += [" ", (rd.strftime("%m/%d/%Y"), "date")]
    parts += ["\t", (nm_up(r), "name"), "\t", (r["pid"], "mrn"), "\t", (rx["rx"], "other_id"),
              "\t%s\t%s\t%d\t%s\t%s\t%s\tRTN-%s" % (d[0], d[2], R.randint(1, 28), disp, R.choice(RPHS)[0], R.choice(NURSES), digits(6))]
    return [L("returns_tsv", *parts)]


# ---------------------------------------------------------------- Windows print server
def wp(t, eid, lvl, *msg):
    return L("win_print", "<%d>1 %s PRT-SRV01.bwrx.local Microsoft-Windows-PrintService %d %d - [NXLog EventID=\"%d\" Channel=\"Microsoft-Windows-PrintService/Operational\"] " %
             (14 if lvl == "I" else 11, iso_ms(t), 2280, eid, eid), *msg)


def g_print(t):
    k = R.random()
    user = R.choice([u for _, u in TECHS] + [u for _, u in RPHS] + ["svc_cyclefill"])
    ws = "\\\\RX-WS%02d" % R.randint(1, 24)
    prn = R.choice(["MAR-HP-M607-1", "MAR-HP-M607-2", "LBL-ZEBRA-02", "LBL-ZEBRA-03", "RPT-RICOH-01"])
    if k < 0.35:
        f = R.choice(FACS)
        doc = R.choice(["Cycle Fill Labels %s %s" % (f[0], CYCLE[f[0]].strftime("%m/%d")), "Delivery Manifest MAN-%s" % digits(8),
                        "Microsoft Word - Invoice_%s_May2024.docx" % f[0], "CS Count Sheet %s" % f[0]])
        return [wp(t, 307, "I", "Document %d, %s owned by %s on %s was printed on %s through port 10.20.8.%d. Size in bytes: %d. Pages printed: %d. No user action is required." %
                   (R.randint(100, 999), doc, user, ws, prn, R.randint(20, 90), R.randint(20000, 900000), R.randint(1, 40)))]
    if k < 0.50:
        return [wp(t, 372, "E", "The document %s, owned by %s, failed to print on printer %s. Try to print the document again, or restart the print spooler. Data type: RAW. Win32 error code returned by the print processor: 0x%08x." %
                   ("Cycle Fill Labels", user, prn, R.choice([0x80070005, 0x00000006, 0x0000000d])))]
    r = res()
    if k < 0.80:
        return [wp(t, 307, "I", "Document %d, MAR - " % R.randint(100, 999), (nm_up(r), "name"), " - Rm ", (room_s(r, 1), "address"),
                   ".pdf owned by %s on %s was printed on %s through port 10.20.8.%d. Size in bytes: %d. Pages printed: %d. No user action is required." %
                   (user, ws, prn, R.randint(20, 90), R.randint(20000, 900000), R.randint(1, 6)))]
    return [wp(t, 307, "I", "Document %d, Microsoft Word - MRR_" % R.randint(100, 999), (r["last"].replace(" ", "") + "_" + r["first"].replace(" ", ""), "name"),
               "_%s.docx owned by lobonsu on \\\\CONSULT-LT02 was printed on RPT-RICOH-01 through port 10.20.8.31. Size in bytes: %d. Pages printed: %d. No user action is required." %
               (t.strftime("%m%y"), R.randint(20000, 300000), R.randint(1, 4)))]


# ---------------------------------------------------------------- SQL Server
def g_sql(t):
    k = R.random()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%02d" % (t.microsecond // 10000)
    if k < 0.18:
        return [L("mssql", ts, " spid%ds     " % R.randint(10, 40), "SQL Server has encountered %d occurrence(s) of I/O requests taking longer than 15 seconds to complete on file [E:\\MSSQL\\Data\\BWRX_Pharmacy.mdf] in database id 7." % R.randint(1, 9))]
    if k < 0.34:
        return [L("mssql", ts, " Logon       ", "Login failed for user '%s'. Reason: Password did not match that for the login provided. [CLIENT: 10.20.4.%d]" % (R.choice(["etl_svc", "sa", "report_ro"]), R.randint(10, 99)))]
    if k < 0.48:
        return [L("mssql", ts, " Backup      ", "Log was backed up. Database: BWRX_Pharmacy, creation date(time): 2021/03/14(02:11:40), first LSN: %d:%d:1, last LSN: %d:%d:1, number of dump devices: 1, device information: (FILE=1, TYPE=DISK: {'\\\\BKP-NAS01\\sql\\BWRX_Pharmacy_LOG_%s.trn'})." %
                  (R.randint(100000, 999999), R.randint(100, 9999), R.randint(100000, 999999), R.randint(100, 9999), t.strftime("%Y%m%d_%H%M%S")))]
    if k < 0.56:
        return [L("mssql", ts, " spid%d      " % R.randint(51, 140), "Error: 1205, Severity: 13, State: 51.")]
    r = res()
    dur = R.randint(1200000, 9000000)
    if k < 0.80:
        return [L("mssql", "xe_rpc_completed,%s,session_id=%d,duration_us=%d,cpu_us=%d,logical_reads=%d,client_app=OrderHub,statement=exec dbo.usp_ResidentLookup @LastName=N'" % (iso_ms(t), R.randint(51, 140), dur, dur // 3, R.randint(1000, 90000)),
                  (r["last"].replace("'", "''"), "name", r["last"]), "',@FirstName=N'", (r["first"], "name"), "',@DOB='", (r["dob"].isoformat(), "date"), "',@FacID=%d" % FAC[r["fac"]][4])]
    return [L("mssql", "xe_rpc_completed,%s,session_id=%d,duration_us=%d,cpu_us=%d,logical_reads=%d,client_app=ClaimsETL,statement=exec dbo.usp_UpsertEligibility @PatientNo='" % (iso_ms(t), R.randint(51, 140), dur, dur // 3, R.randint(1000, 90000)),
              (r["pid"], "mrn"), "',@MBI='", (r["mbi"], "health_plan"), "',@PlanCode='PDP-S%s'" % digits(4))]


# ---------------------------------------------------------------- SFTP syslog
PARTNERS = [("pcc_mgh", "52.14.201.88"), ("odm_medicaid", "156.63.188.20"), ("ch_switch", "204.99.142.17"),
            ("inmar_rd", "65.154.77.31"), ("emar_vendor", "34.201.56.140")]


def g_sftp(t):
    p = R.choice(PARTNERS)
    pid = R.randint(20000, 32000)
    k = R.random()
    h = "%s sftp01 " % syslog_ts(t)
    if k < 0.25:
        return [L("sftp", h, "sshd[%d]: Accepted publickey for %s from %s port %d ssh2: ED25519 SHA256:%s" % (pid, p[0], p[1], R.randint(30000, 65000), "".join(R.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/") for _ in range(43))))]
    if k < 0.35:
        return [L("sftp", h, "sshd[%d]: Invalid user %s from 185.220.%d.%d port %d" % (pid, R.choice(["admin", "test", "oracle", "ubnt", "pharmacy"]), R.randint(0, 255), R.randint(1, 254), R.randint(30000, 65000)))]
    if k < 0.80:
        f = R.choice(FACS)
        path = R.choice(["/inbound/orders/%s/RDE_%s.hl7" % (f[0], t.strftime("%Y%m%d_%H%M%S")),
                         "/outbound/medicaid/ODM_NCPDP_BATCH_%s.dat" % t.strftime("%Y%m%d"),
                         "/inbound/remits/835_%s_%s.x12" % (R.choice(["CVS-CAREMARK", "OPTUMRX", "ODM"]), t.strftime("%Y%m%d")),
                         "/outbound/emar/census_%s_%s.csv" % (f[0], t.strftime("%Y%m%d")),
                         "/inbound/destruction/INMAR_DEA41_%s.pdf" % digits(6)])
        if R.random() < 0.5:
            return [L("sftp", h, "internal-sftp[%d]: open \"%s\" flags %s mode 0644" % (pid, path, R.choice(["READ", "WRITE,CREATE,TRUNCATE"])))]
        return [L("sftp", h, "internal-sftp[%d]: close \"%s\" bytes read %d written %d" % (pid, path, R.randint(0, 900000), R.randint(0, 900000)))]
    r = res()
    return [L("sftp", h, "internal-sftp[%d]: open \"/inbound/scans/%s/%s_" % (pid, r["fac"], R.choice(["POA", "FaceSheet", "MedicaidApp"])),
              (r["last"].replace(" ", "") + "_" + r["first"].replace(" ", ""), "name"), "_%s.pdf\" flags WRITE,CREATE,TRUNCATE mode 0644" % t.strftime("%Y%m%d"))]


# ---------------------------------------------------------------- nginx
UA_HUB = "BWRX-OrderHub/4.2.1 (.NET 6.0.25)"
UA_PHONE = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
            "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.6422.113 Mobile Safari/537.36"]


def ngx_ts(t):
    return t.strftime("%d/%b/%Y:%H:%M:%S -0400")


def g_nginx(t):
    k = R.random()
    rt = "%.3f" % R.uniform(0.002, 1.8)
    if k < 0.25:
        return [L("nginx", '10.20.1.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001 uct=0.000' % (R.randint(2, 9), ngx_ts(t)))]
    if k < 0.40:
        return [L("nginx", '10.20.4.%d - - [%s] "POST /driver/v3/pod HTTP/1.1" %d %d "-" "okhttp/4.12.0" rt=%s' % (R.randint(10, 60), ngx_ts(t), R.choice([201, 201, 201, 504]), R.randint(20, 400), rt))]
    if k < 0.50:
        return [L("nginx", '%s - - [%s] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 (compatible; zgrab/0.x)" rt=0.000' % (R.choice(["45.148.10.%d", "193.35.18.%d"]) % R.randint(2, 250), ngx_ts(t)))]
    r = res()
    f = FAC[r["fac"]]
    if k < 0.75:
        return [L("nginx", '10.20.4.%d - svc_orderhub [%s] "GET /api/v2/facilities/%s/residents/' % (R.randint(10, 60), ngx_ts(t), f[0]), (r["pid"], "mrn"),
                  '/%s HTTP/1.1" 200 %d "-" "%s" rt=%s' % (R.choice(["orders?status=active", "allergies", "mar?month=2024-06", "claims"]), R.randint(300, 90000), UA_HUB, rt))]
    if k < 0.85:
        q = r["last"]
        enc = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-.") else "".join("%%%02X" % b for b in ch.encode()) for ch in q)
        return [L("nginx", '10.20.4.%d - rvenkat [%s] "GET /api/v2/residents/search?fac=%s&q=' % (R.randint(10, 60), ngx_ts(t), f[0]), (enc, "name", q),
                  '&limit=25 HTTP/1.1" 200 %d "https://rx.brightwaterrx.local/verify" "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/125.0.0.0 Safari/537.36" rt=%s' % (R.randint(300, 9000), rt))]
    ip = "%d.%d.%d.%d" % (R.choice([73, 76, 98, 174, 24]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
    tok = "".join(R.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    return [L("nginx", (ip, "ip"), ' - - [%s] "GET ' % ngx_ts(t), ("/family/r/" + tok, "url"), ' HTTP/2.0" 200 %d "-" "%s" rt=%s' % (R.randint(3000, 30000), R.choice(UA_PHONE), rt))]


# ---------------------------------------------------------------- messaging
def g_msg(t):
    k = R.random()
    r = res()
    f = FAC[r["fac"]]
    if k < 0.35:
        nurse = R.choice(NURSES)
        mode = R.random()
        if mode < 0.5:
            body = ["can we get a STAT for ", ("Mr." if r["sex"] == "M" else "Mrs.", None), " ", (r["last"], "name"), " rm ", (r["room"], "address"),
                    " - new order %s, its in PCC" % rx_of(r)["drug"][2]]
        else:
            body = ["pls hold all meds for ", (r["first"] + " " + r["last"][0] + ".", "name"), " - sent out to OSU ED, will call when back"]
        return [L("messaging", "[%s] %s (%s %s): " % (t.strftime("%m/%d/%Y %I:%M %p"), nurse.rsplit(" ", 1)[0], f[0], r["unit"]), *body)]
    if k < 0.55:
        rph = R.choice(RPHS)[0]
        return [L("messaging", "[%s] %s (Brightwater RPh): %s" % (t.strftime("%m/%d/%Y %I:%M %p"), rph,
                  R.choice(["got it, on tonight's run", "STAT sent w/ Luis, ETA 45 min", "need a hard script for the oxy before we can send, faxing form to MD now", "ok held in system"])))]
    if k < 0.70:
        return [L("messaging", 'twilio.webhook sid=SM%s dir=inbound from=+1%s to=+16145550142 status=received body="%s"' % (hexid(32), f[8].replace("-", ""), R.choice(["Fridge tote left at front desk?", "Driver here yet? need the insulin", "Cycle fill totes received 12 of 12"])))]
    rp = r["rp"]
    tok = "".join(R.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(10))
    if k < 0.85:
        return [L("messaging", "twilio.webhook sid=SM%s dir=outbound-api from=+16145550142 to=" % hexid(32), ("+1" + rp["phone"].replace("-", ""), "phone"),
                  ' status=delivered body="Brightwater Rx: %s, the June statement for ' % rp["first"], (r["first"] + " " + r["last"], "name"),
                  ' is ready. Balance $%.2f. View/pay: ' % R.uniform(12, 300), ("https://pay.brightwaterrx.com/i/" + tok, "url"), ' Reply STOP to opt out"')]
    return [L("messaging", "twilio.webhook sid=SM%s dir=inbound from=" % hexid(32), ("+1" + rp["phone"].replace("-", ""), "phone"),
              ' to=+16145550142 status=received body="this is ', (rp["first"], "name"), ", ", (r["first"], "name"), "'s %s. the pharmacy bill for %s came to my old address, new one is " % (rp["rel"][1].lower(), "him" if r["sex"] == "M" else "her"),
              (rp["street"], "address"), " ", (rp["city"], "address"), " ", (rp["zip"], "zip"), '"')]


# ---------------------------------------------------------------- Python ETL
def pl(t, lvl, logger, *msg):
    return L("py_etl", t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000), " %s [%s] " % (lvl, logger), *msg)


def g_etl(t):
    k = R.random()
    if k < 0.25:
        return [pl(t, "INFO", "etl.remits", "loaded %d CLP segments from 835_%s_%s.x12 (%d bytes) in %.1fs" % (R.randint(200, 4000), R.choice(["CVS-CAREMARK", "OPTUMRX", "ODM"]), t.strftime("%Y%m%d"), R.randint(200000, 9000000), R.uniform(1, 40)))]
    if k < 0.40:
        return [pl(t, "INFO", "etl.claims_recon", "matched %d/%d paid claims, %d unmatched, variance $%.2f, run_id=%s" % (R.randint(800, 3000), 3100, R.randint(0, 90), R.uniform(0, 900), uuid4()))]
    if k < 0.50:
        return [pl(t, "WARNING", "etl.sftp", "paramiko.transport: Connection reset by peer (sftp01.bwrx.local:22), retry 2/5")]
    if k < 0.62:
        return [pl(t, "ERROR", "etl.claims_recon", "row 1184 failed"),
                L("py_etl", "Traceback (most recent call last):"),
                L("py_etl", '  File "/opt/bwrx/etl/claims_recon.py", line 211, in match_claim'),
                L("py_etl", "    key = (row['cardholder_id'], row['rx_number'], row['dos'])"),
                L("py_etl", "KeyError: 'dos'")]
    r = res()
    if k < 0.78:
        bad = r["mbi"][:7] + "O" + r["mbi"][8:] if R.random() < 0.5 else r["mbi"][:10]
        return [pl(t, "ERROR", "etl.eligibility", "invalid MBI '", (bad, "health_plan"), "' for member ", (nm_lf(r), "name"), " (pt ", (r["pid"], "mrn"), "), skipping 270")]
    rx = rx_of(r)
    return [pl(t, "WARNING", "etl.claims_recon", "unmatched remit: CLP01=", (rx["rx"], "other_id"), " cardholder=", (r["partd"], "health_plan"), " dos=",
               ((t - timedelta(days=R.randint(3, 30))).strftime("%Y%m%d"), "date"), " paid=%.2f -> queued for AR review" % R.uniform(2, 400))]


# ---------------------------------------------------------------- assemble
def main():
    groups = []  # (datetime, seq, [Line])
    seq = [0]

    def add(t, lines):
        seq[0] += 1
        groups.append((t, seq[0], lines))

    plan = [
        (g_rde, 9, (7, 20)), (g_rds, 5, (8, 19)), (g_pcc, 26, (0, 24)), (g_robot, 38, (1, 7)),
        (g_robot, 8, (13, 17)), (g_emar, 28, (6, 22)), (g_cycle, 28, (0.9, 4)), (g_logcat, 48, (8, 19)),
        (g_cs, 14, (5, 18)), (g_cs_dea, 3, (9, 11)), (g_ncpdp, 5, (6, 20)), (g_nlog, 44, (0, 24)),
        (g_mrr, 8, (9, 16)), (g_ret, 12, (10, 17)), (g_print, 20, (1, 19)), (g_sql, 24, (0, 24)),
        (g_sftp, 32, (0, 24)), (g_nginx, 38, (0, 24)), (g_msg, 16, (7, 21)), (g_etl, 18, (4, 7)),
    ]
    for fn, n, (h0, h1) in plan:
        for _ in range(n):
            t = rnd_t(h0, h1)
            add(t, fn(t))
    # manifests: header + rows at route dispatch
    for run, hh in enumerate([9.0, 15.5]):
        t0 = T(hh * 3600).replace(microsecond=0)
        rows = [L("manifest_csv", MAN_HDR)]
        for s in range(1, 12):
            rows += g_manifest(t0, s)
        add(t0, rows)
    # returns header once
    add(T(9.9 * 3600), [L("returns_tsv", RET_HDR)])

    groups.sort(key=lambda g: (g[0], g[1]))
    total = sum(len(g[2]) for g in groups)
    print("generated", total, "lines before trim", file=sys.stderr)
    target = 500
    # trim single-line groups (seeded) or pad with heartbeat lines
    # drop single-line groups (seeded), steering the share of PHI-free lines to ~55%
    singles = [i for i, g in enumerate(groups) if len(g[2]) == 1 and g[2][0].family not in ("manifest_csv", "returns_tsv")]
    R.shuffle(singles)
    rare = {"license", "device", "age", "photo", "ip", "email", "account", "ssn", "url", "health_plan", "phone"}
    phi_s = [i for i in singles if groups[i][2][0].spans and not rare & {sp["cat"] for sp in groups[i][2][0].spans}]
    singles = [i for i in singles if i in set(phi_s) or not groups[i][2][0].spans]
    clean_s = [i for i in singles if not groups[i][2][0].spans]
    clean = sum(1 for g in groups for ln in g[2] if not ln.spans)
    drop = set()
    while total > target:
        if clean / total < 0.55 and phi_s:
            drop.add(phi_s.pop())
        else:
            drop.add(clean_s.pop())
            clean -= 1
        total -= 1
    groups = [g for i, g in enumerate(groups) if i not in drop]
    while total < target:
        t = rnd_t(0, 24)
        groups.append((t, 10 ** 6 + total, [L("nginx", '10.20.1.%d - - [%s] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001 uct=0.000' % (R.randint(2, 9), ngx_ts(t)))]))
        total += 1
        groups.sort(key=lambda g: (g[0], g[1]))
    lines = [ln for g in groups for ln in g[2]]
    assert len(lines) == target, len(lines)

    # ---- verification
    with open(ID + ".log", "wb") as fo, open(ID + ".labels.jsonl", "w", encoding="utf-8") as fl:
        for n, ln in enumerate(lines, 1):
            b = ln.b
            if b"\n" in b or b"\r" in b or not b.strip():
                sys.exit("bad line %d" % n)
            b.decode("utf-8")
            last = 0
            spans = []
            for sp in ln.spans:
                s, e = sp["s"], sp["e"]
                if not (0 <= s < e <= len(b)):
                    sys.exit("span out of range line %d" % n)
                if s < last:
                    sys.exit("overlap line %d" % n)
                last = e
                txt = b[s:e].decode("utf-8")
                if txt != sp["_txt"]:
                    sys.exit("span text mismatch line %d: %r vs %r" % (n, txt, sp["_txt"]))
                orig = sp["_orig"]
                if isinstance(orig, str) and txt != orig:
                    # escaped forms: JSON \\u escapes or percent-encoding or SQL quote doubling
                    ok = False
                    try:
                        ok = json.loads('"' + txt + '"') == orig
                    except ValueError:
                        pass
                    if not ok:
                        from urllib.parse import unquote
                        ok = unquote(txt) == orig or txt.replace("''", "'") == orig
                    if not ok:
                        sys.exit("encoded span mismatch line %d: %r vs %r" % (n, txt, orig))
                elif not isinstance(orig, str) and txt != json.dumps(orig):
                    sys.exit("numeric span mismatch line %d" % n)
                spans.append({"s": s, "e": e, "cat": sp["cat"]})
            fo.write(b + b"\n")
            fl.write(json.dumps({"line": n, "family": ln.family, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
