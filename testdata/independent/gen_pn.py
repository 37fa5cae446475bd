#!/usr/bin/env python3
"""gen_pn.py - synthetic labeled log corpus "pn".

Theme: Meridian State University (fictional NCAA Division I school), Department
of Athletics Sports Medicine, housed in the Kessler Sports Medicine Center
(KSMC, 2200 Fieldhouse Dr, Westbrook OH 45019).  The patients are the
student-athletes.  Everything here is synthetic.

Writes pn.log (500 lines) and pn.labels.jsonl in the current directory.
Deterministic: fixed seed, standard library only.

Systems simulated (family names in the labels file)
 1 ats_json        athletic-trainer injury system sync service (pino-style JSON)
 2 trt_pipe        training-room check-in kiosk, pipe-delimited treatment rows
 3 impact_xml      ImPACT concussion baseline / post-injury test export (XML)
 4 rtp_kv          concussion return-to-play tracker (key=value)
 5 gps_json        Catapult-style GPS connector (JSON)
 6 hr_logfmt       heart-rate strap ingest service (logfmt)
 7 hl7             team-physician clinic EHR interface (HL7 v2, one segment/line)
 8 clinic_note     team-physician clinic note export (free text)
 9 nginx_access    pre-participation physical (PPE) portal access log
10 fhir_json       PPE form / vitals as FHIR resources
11 x12_837         professional claims to parents' insurers (X12 837P, one segment/line)
12 claims_csv      secondary / NCAA catastrophic claim tracker (CSV)
13 compliance_json eligibility & compliance office audit trail (JSON, camelCase)
14 syslog          servers: sshd, cron, postfix (RFC3164)
15 kit_tsv         away-game travel medical kit inventory (TSV)
16 sms_gw          SMS / team messaging gateway
17 java_trace      eligibility-bridge Java service, stack traces one frame/line
18 pg_audit        PostgreSQL pgaudit log of the ATS database
19 ncaa_fixed      NCAA eligibility nightly roster file (fixed width)
20 pay_gw          clinic copay payment gateway (key=value)

Labeling decisions (grey cases)
 - Student-athletes are the patients.  Their parents/guardians/emergency
   contacts and insurance subscribers are relatives: their identifiers are PHI.
   Athletic trainers, team physicians, coaches, compliance officers, equipment
   staff, vendors and the university (its buildings, phones, emails, NPIs,
   server IPs) are not PHI.
 - Athlete names are PHI anywhere they occur in these logs (they are all
   records of the sports-medicine department or about the athlete).  A first
   name alone (SMS "Hi Makayla") is labeled `name`; initials alone (e.g. the
   AT's "BO" or athlete initials) are not labeled.
 - "Last, First", "First Middle Last", HL7 "Last^First^M" are one span.  In
   X12 the last and first name are separate elements (NM103 / NM104) and are
   two spans.
 - Athletic-trainer system athlete id (A1xxxx) and clinic EHR MRN (MSU#######)
   are `mrn`.  University student id, NCAA Eligibility Center id, ImPACT
   passport id, GPS-vendor athlete UUID, compliance waiver case numbers and
   NCAA catastrophic-insurance claim refs are `other_id`.  Request / trace /
   activity UUIDs are not PHI.
 - Claim control numbers (X12 CLM01), patient account / visit numbers (HL7
   PID-18) and full card numbers are `account`.  Masked cards (last four only)
   are not labeled.  Insurance group numbers are not labeled (they identify the
   employer plan, not the person); member / subscriber / Medicaid ids are
   `health_plan`.
 - Dates tied to the athlete are `date`: DOB, injury / onset, service,
   test (baseline, post-injury), clearance, appointment, waiver dates.  A
   check-in or visit time written as a field of a treatment row is a service
   date and is labeled; the envelope timestamp of a log record is not.  Query
   range bounds in SQL (injury_date >= '2024-09-01') are not tied to a
   person and are not labeled.  Kit expiry dates and lot numbers are not PHI.
 - Ages of athletes (18-24) are not labeled; ages over 89 (grandparents in
   family history / emergency contacts) are `age`.
 - Permanent home address street and city are `address`; ZIP is `zip`; state
   never labeled.  The roster "hometown" city is `address` (a geographic unit
   below state tied to the person).  A residence-hall room is `address`.
   The residence-hall line of a FHIR temp address and its city/ZIP (the
   university's own city and ZIP) are labeled there, because they are the
   athlete's address; the same city/ZIP as the university's site is not.
   Away-game cities, the university's and hospitals' addresses are not PHI.
 - GPS pods, HR straps and their MAC addresses are `device` only when the
   record ties them to an athlete; the same kind of serial in a charging-dock
   or gateway record is not PHI.  GPS coordinates of the practice field are
   the university's site, not PHI.  Jersey numbers are not labeled.
 - Client IPs of athlete requests to athlete-specific portal pages are `ip`;
   internal 10.x, load-balancer and staff IPs are not.  A request path or page
   URL that carries an athlete identifier (or a personal roster page) is one
   `url` span (path + query); the id inside it is not labeled again.
 - Athlete personal and university emails are `email` (also in postfix logs).
   A placeholder SSN (000-00-0000) is not labeled; real-looking SSNs are
   `ssn` even when the format is sloppy (no dashes).
 - Fingerprint templates from the training-room kiosk are `biometric`;
   base64 badge/head-shot JPEG data is `photo`.
 - Driver's licence of an athlete (auto med-pay coordination) is `license`;
   VIN and plate of the athlete's car are `vehicle`.
"""
import json
import random
import sys
import unicodedata
import urllib.parse
from datetime import datetime, timedelta, date

SEED = 20241007
rng = random.Random(SEED)


# --------------------------------------------------------------------------
# span machinery
class P:
    """A PHI value placed in a line. text = value; cat = category."""
    __slots__ = ("text", "cat", "raw")

    def __init__(self, text, cat, raw=False):
        self.text = str(text)
        self.cat = cat
        self.raw = raw  # JSON: emit without quotes (numbers)


def build(parts):
    """parts: list of str | (placed_text, cat, value) tuples -> (line, spans)."""
    b = bytearray()
    spans = []
    for p in parts:
        if isinstance(p, str):
            b += p.encode("utf-8")
        elif isinstance(p, P):
            s = len(b)
            b += p.text.encode("utf-8")
            spans.append({"s": s, "e": len(b), "cat": p.cat, "_placed": p.text, "_value": p.text})
        else:
            placed, cat, value = p
            s = len(b)
            b += placed.encode("utf-8")
            spans.append({"s": s, "e": len(b), "cat": cat, "_placed": placed, "_value": value})
    return bytes(b), spans


def jparts(obj, ascii_=False, sep=(",", ":")):
    """Serialize obj to JSON parts, P values become labeled spans."""
    out = []
    if isinstance(obj, P):
        if obj.raw:
            out.append((obj.text, obj.cat, obj.text))
        else:
            placed = json.dumps(obj.text, ensure_ascii=ascii_)[1:-1]
            out += ['"', (placed, obj.cat, obj.text), '"']
    elif isinstance(obj, dict):
        out.append("{")
        first = True
        for k, v in obj.items():
            if not first:
                out.append(sep[0])
            first = False
            out.append(json.dumps(k, ensure_ascii=ascii_) + sep[1])
            out += jparts(v, ascii_, sep)
        out.append("}")
    elif isinstance(obj, list):
        out.append("[")
        for i, v in enumerate(obj):
            if i:
                out.append(sep[0])
            out += jparts(v, ascii_, sep)
        out.append("]")
    else:
        out.append(json.dumps(obj, ensure_ascii=ascii_))
    return out


def U(text, cat, safe="/"):
    """percent-encoded placement"""
    placed = urllib.parse.quote(text, safe=safe)
    return (placed, cat, text)


# --------------------------------------------------------------------------
# checksum helpers
def luhn_digit(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def card(prefix="4", length=16, valid=True):
    body = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix) - 1))
    d = luhn_digit(body)
    if not valid:
        d = str((int(d) + rng.randint(1, 9)) % 10)
    return body + d


def npi():
    base = str(rng.randint(1, 2)) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return base + luhn_digit("80840" + base)


def ssn(dashes=True):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g = rng.randint(1, 99)
    s = rng.randint(1, 9999)
    return f"{a:03d}-{g:02d}-{s:04d}" if dashes else f"{a:03d}{g:02d}{s:04d}"


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))),
           "P": 7, "R": 9, **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = rng.choice(["1HG", "2T1", "1FT", "5YJ", "3VW", "1N4", "KMH"])
    v = list(wmi + "".join(rng.choice(chars) for _ in range(5)) + "0" + rng.choice("KLMNPR")
             + rng.choice(chars) + "".join(str(rng.randint(0, 9)) for _ in range(6)))
    tot = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def slug(x):
    x = unicodedata.normalize("NFKD", x).encode("ascii", "ignore").decode()
    return x.lower().replace(" ", "-")


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{rng.choice('89ab')}{h[17:20]}-{h[20:32]}"


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def mac():
    return ":".join(f"{rng.randint(0, 255):02X}" for _ in range(6))


B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"


def b64(n):
    return "".join(rng.choice(B64) for _ in range(n))


# --------------------------------------------------------------------------
# organisation (not PHI)
ORG = "Meridian State University"
ORG_ADDR = "2200 Fieldhouse Dr"
ORG_CITY = "Westbrook"
ORG_ZIP = "45019"
ORG_PHONE = "+15135550140"
ORG_FAX = "513-555-0149"
ATS = [("Renee Castellano", "rcastellano", "RC"), ("Brian Okoro", "bokoro", "BO"),
       ("Kelsey Dunmore", "kdunmore", "KD"), ("Marcus Feld", "mfeld", "MF"),
       ("Lupe Tafuna", "ltafuna", "LT"), ("Hanne Skaar", "hskaar", "HS")]
DOCS = [("Alan", "Whitcomb", "MD", npi()), ("Sunita", "Rao", "DO", npi()),
        ("Paul", "Lemieux", "MD", npi()), ("Grace", "Adebayo-Finch", "MD", npi())]
COMPLIANCE = [("Tricia Vandermolen", "tvandermolen"), ("Jordan Esposito", "jesposito"),
              ("DeWayne Pruett", "dpruett")]
EQUIP = [("Gus Halloran", "ghalloran"), ("Ines Carvalho", "icarvalho")]
COACHES = ["Coach Bellamy", "Coach Ferreira", "Coach Stanhope", "Coach Kim", "Coach Mbeki"]

SPORTS = [("FB", "Football"), ("WBB", "Women's Basketball"), ("MBB", "Men's Basketball"),
          ("WSOC", "Women's Soccer"), ("MSOC", "Men's Soccer"), ("VB", "Volleyball"),
          ("BSB", "Baseball"), ("SB", "Softball"), ("WR", "Wrestling"), ("TF", "Track & Field"),
          ("WLAX", "Women's Lacrosse"), ("SWD", "Swimming & Diving"), ("MIH", "Men's Ice Hockey")]
MEN = {"FB", "MBB", "MSOC", "BSB", "WR", "MIH"}
WOMEN = {"WBB", "WSOC", "VB", "SB", "WLAX"}

NAMES = [("Jaylen", "T", "Okafor-Baptiste", "M"), ("Makayla", "", "Rose", "F"),
         ("Tomasz", "", "Wiśniewski", "M"), ("Aaliyah", "J", "Bell", "F"),
         ("Declan", "", "Ó Briain", "M"), ("Priya", "", "Venkataraman", "F"),
         ("Mateus", "", "Conceição", "M"), ("Ngozi", "A", "Adeyemi", "F"),
         ("Kai", "", "Nakamura-Reyes", "M"), ("Zoë", "", "Lindqvist", "F"),
         ("Hunter", "J", "Marsh", "M"), ("Faith", "", "Goodnight", "F"),
         ("Summer", "", "Wood", "F"), ("Grant", "E", "Fisher", "M"),
         ("Brooke", "", "Stone", "F"), ("Colt", "", "Ramírez", "M"),
         ("Destiny", "M", "Washington-Hale", "F"), ("Ivan", "", "Petrenko", "M"),
         ("Siosaia", "", "Tupou", "M"), ("Amara", "", "Nwosu", "F"),
         ("Liam", "", "de la Cruz", "M"), ("Yuki", "", "Tanaka", "F"),
         ("Bernadette", "", "Van Der Merwe", "F"), ("Rashid", "", "Al-Masri", "M"),
         ("Esperanza", "L", "Núñez", "F"), ("Tavita", "", "Faleolo", "M"),
         ("Hollis", "", "Banks", "M"), ("Marisol", "", "Quintero-Vega", "F"),
         ("Chidi", "", "Eze", "M"), ("Astrid", "", "Johansson", "F"),
         ("Deshawn", "R", "Little", "M"), ("Keoni", "", "Kahananui", "M"),
         ("Sadie", "", "Mercer", "F"), ("Luca", "", "Bianchi", "M"),
         ("Trinity", "", "Sparks", "F"), ("Emeka", "", "Obi", "M"),
         ("Hannah", "", "Joy", "F"), ("Reed", "", "Hawthorne", "M"),
         ("Mei-Ling", "", "Chou", "F"), ("Dakota", "", "Running Bear", "F"),
         ("Santiago", "", "Villalobos y Ruiz", "M"), ("Oluwaseun", "", "Balogun", "M")]
PARENT_FIRST_M = ["Terrence", "Michael", "Zbigniew", "Andre", "Ciarán", "Ramesh", "Paulo",
                  "Olumide", "Hiroshi", "Lars", "Dale", "Curtis", "Wade", "Roberto", "Viktor",
                  "Sione", "Kwame", "Eduardo", "Tariq", "Bruce"]
PARENT_FIRST_F = ["Monique", "Dana", "Agnieszka", "Lakisha", "Siobhan", "Lakshmi", "Fernanda",
                  "Chiamaka", "Emiko", "Karin", "Tammy", "Renata", "Yolanda", "Mele", "Ingrid",
                  "Patrice", "Guadalupe", "Oksana"]
GRANDS = [("grandfather", "Walter Pruitt"), ("grandmother", "Edna Marsh"), ("grandmother", "Florence Okafor"),
          ("grandmother", "Hazel Goodnight"), ("grandfather", "Augustin Delacroix-Nwosu"), ("grandmother", "Rosalind Bell")]
PLACES = [("Toledo", "OH", "43607", "419"), ("Lafayette", "LA", "70503", "337"),
          ("Tacoma", "WA", "98405", "253"), ("Chula Vista", "CA", "91910", "619"),
          ("Hamtramck", "MI", "48212", "313"), ("Sioux Falls", "SD", "57103", "605"),
          ("Lawrenceville", "GA", "30044", "770"), ("Laie", "HI", "96762", "808"),
          ("Bismarck", "ND", "58501", "701"), ("Plano", "TX", "75023", "972"),
          ("Worcester", "MA", "01604", "508"), ("Gresham", "OR", "97030", "503"),
          ("Dayton", "OH", "45406", "937"), ("Cincinnati", "OH", "45229", "513"),
          ("Gary", "IN", "46408", "219"), ("St. Paul", "MN", "55104", "651"),
          ("Las Cruces", "NM", "88001", "575"), ("Pine Ridge", "SD", "57770", "605"),
          ("Kettering", "OH", "45429", "937"), ("Bowling Green", "KY", "42101", "270")]
STREETS = ["Oak St", "Maple Ave", "Linden Ct", "Harrison Blvd", "Cherry Hill Rd", "Kamehameha Hwy",
           "Prairie View Dr", "W 5th St", "Calle Del Sol", "Beech Grove Ln", "Riverbend Pkwy",
           "Piety St", "Orchard Way", "N Main St", "Tanglewood Cir", "Hollyhock Ln"]
DORMS = ["Halvorsen Hall", "Pritchard Hall", "Kessler Commons", "Ashby Hall", "Tidewell Tower"]
INSURERS = [("Anthem BCBS", "ANT", "YRH"), ("UnitedHealthcare", "UHC", ""), ("Aetna", "AET", "W"),
            ("Medical Mutual of Ohio", "MMO", ""), ("Cigna", "CI", "U"), ("Humana", "HUM", "H"),
            ("Ohio Medicaid (CareSource)", "CSO", "")]


def rand_date(y0, y1):
    d0 = date(y0, 1, 1).toordinal()
    d1 = date(y1, 12, 31).toordinal()
    return date.fromordinal(rng.randint(d0, d1))


def phone_fmt(area, style=None):
    n = f"{rng.randint(201, 989)}{rng.randint(0, 9999):04d}"
    if n[0] in "01":
        n = "4" + n[1:]
    if n[:3] == "555":
        n = "556" + n[3:]
    style = style if style is not None else rng.randint(0, 3)
    if style == 0:
        return f"({area}) {n[:3]}-{n[3:]}"
    if style == 1:
        return f"{area}-{n[:3]}-{n[3:]}"
    if style == 2:
        return f"+1{area}{n}"
    return f"{area}.{n[:3]}.{n[3:]}"


class Athlete:
    pass


def make_athletes():
    out = []
    used_ats = set()
    for i, (f, m, l, sex) in enumerate(NAMES):
        a = Athlete()
        a.first, a.mid, a.last, a.sex = f, m, l, sex
        pool = [s for s in SPORTS if (s[0] not in (WOMEN if sex == "M" else MEN))]
        a.sport, a.sport_name = rng.choice(pool)
        a.dob = rand_date(2001, 2006)
        while True:
            x = "A1" + digits(4)
            if x not in used_ats:
                used_ats.add(x)
                break
        a.ats = x
        a.mrn = "MSU" + digits(7)
        a.sid = "9" + digits(8)
        a.ncaa = "2" + digits(9)
        a.passport = "IMP-" + digits(3) + "-" + digits(4) + rng.choice("ABCDEFGHJK")
        a.gps_uuid = uuid4()
        a.pod = "V7-" + digits(5)
        a.strap = "H10-" + hexs(8).upper()
        a.strap_mac = mac()
        pl = PLACES[i % len(PLACES)]
        a.city, a.st, a.zip, area = pl
        a.street = f"{rng.randint(12, 9899)} {rng.choice(STREETS)}"
        if rng.random() < 0.25:
            a.street += rng.choice([" Apt 3B", " Unit 12", " #204", " Apt 1"])
        a.phone = phone_fmt(area)
        a.phone_digits = "".join(c for c in a.phone if c.isdigit())[-10:]
        ascii_last = (l.replace("ś", "s").replace("Ó ", "o").replace("ç", "c").replace("ã", "a")
                      .replace("ë", "e").replace("í", "i").replace("ñ", "n").replace("ú", "u")
                      .replace(" ", "").replace("-", "").lower())
        ascii_first = f.replace("ë", "e").replace("-", "").lower()
        a.email = rng.choice([f"{ascii_first}.{ascii_last}@gmail.com",
                              f"{ascii_first}{ascii_last[:4]}{rng.randint(1, 99)}@icloud.com",
                              f"{ascii_last}{a.dob.year % 100}@yahoo.com",
                              f"{ascii_first[0]}{ascii_last}{rng.randint(2, 33)}@outlook.com"])
        a.uemail = f"{ascii_first[0]}{ascii_last[:7]}{rng.randint(1, 9)}@meridianstate.edu"
        pf = rng.choice(PARENT_FIRST_F + PARENT_FIRST_M)
        a.parent_rel = "mother" if pf in PARENT_FIRST_F else "father"
        plast = l if rng.random() < 0.7 else rng.choice(["Greene", "Mahoney", "Oyelaran", "Castillo", "Brandt"])
        a.parent = f"{pf} {plast}"
        a.parent_first, a.parent_last = pf, plast
        a.parent_phone = phone_fmt(area)
        ins = rng.choice(INSURERS)
        a.ins_name, a.ins_code, pfx = ins
        if a.ins_code == "CSO":
            a.member = digits(12)
        else:
            a.member = pfx + digits(9) + (rng.choice(["01", "02", "03"]) if rng.random() < 0.5 else "")
        a.group = str(rng.randint(10000, 999999))
        a.jersey = rng.randint(0, 99)
        a.dorm = f"{rng.choice(DORMS)} Rm {rng.randint(1, 4)}{rng.randint(0, 3)}{rng.randint(0, 9)}"
        a.acct = "SM" + digits(8)
        a.ssn = ssn()
        a.fp = "Rk1SACAyMAAA" + b64(rng.randint(40, 70))
        out.append(a)
    return out


ATHLETES = make_athletes()

INJURIES = [("ankle", "lateral ankle sprain, grade II", "S93.401A"),
            ("knee", "MCL sprain, grade I", "S83.411A"),
            ("knee", "ACL tear, complete", "S83.511A"),
            ("hamstring", "hamstring strain, grade II", "S76.311A"),
            ("shoulder", "anterior glenohumeral subluxation", "S43.014A"),
            ("head", "concussion without LOC", "S06.0X0A"),
            ("wrist", "scaphoid fracture, nondisplaced", "S62.001A"),
            ("foot", "5th metatarsal stress reaction", "M84.374A"),
            ("lower back", "lumbar strain", "S39.012A"),
            ("hip", "hip flexor strain", "S76.011A"),
            ("thumb", "UCL sprain (skier's thumb)", "S63.641A"),
            ("groin", "adductor strain", "S76.211A")]
MECH = ["contact - player", "non-contact - cutting", "contact - surface", "overuse",
        "landing", "collision w/ goalpost", "tackling", "sliding"]
STATUS = ["Out", "Limited", "Full - no restrictions", "Day-to-day", "Out - season ending"]

# clock for envelope timestamps (log write times, not PHI)
CLOCK = [datetime(2024, 10, 7, 5, 58, 12, 114000)]


def tick():
    CLOCK[0] += timedelta(seconds=rng.randint(2, 95), microseconds=rng.randint(0, 999999))
    return CLOCK[0]


def recent_date():
    return date(2024, 10, 7) - timedelta(days=rng.randint(1, 40))


def future_date():
    return date(2024, 10, 7) + timedelta(days=rng.randint(1, 21))


def ath(sports=None):
    pool = [a for a in ATHLETES if sports is None or a.sport in sports]
    return rng.choice(pool)


FIELD = {"FB", "WBB", "MBB", "WSOC", "MSOC", "VB", "BSB", "SB", "WLAX", "MIH"}
POS = {"FB": ["WR", "CB", "LB", "RB", "S", "DE"], "WBB": ["G", "F", "C"], "MBB": ["G", "F", "C"],
       "WSOC": ["MF", "F", "D", "GK"], "MSOC": ["MF", "F", "D", "GK"], "VB": ["OH", "MB", "S", "L"],
       "BSB": ["OF", "IF", "C", "P"], "SB": ["OF", "IF", "C", "P"], "WLAX": ["A", "M", "D"], "MIH": ["F", "D", "G"]}


def full(a, style=None):
    style = rng.randint(0, 4) if style is None else style
    if style == 0:
        return f"{a.first} {a.last}"
    if style == 1:
        return f"{a.last}, {a.first}"
    if style == 2:
        return f"{a.first} {a.mid + ' ' if a.mid else ''}{a.last}"
    if style == 3:
        return f"{a.last.upper()}, {a.first.upper()}"
    return f"{a.first} {a.last}"


def d_us(d):
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def d_iso(d):
    return d.isoformat()


def d_hl7(d):
    return d.strftime("%Y%m%d")


# --------------------------------------------------------------------------
# generators: each returns list of (family, parts)

def g_ats(phi):
    t = tick()
    env = {"level": 30, "time": int(t.timestamp() * 1000), "pid": 4121,
           "hostname": rng.choice(["ats-sync-01", "ats-sync-02"])}
    if not phi:
        k = rng.randint(0, 3)
        if k == 0:
            env.update({"msg": "sync batch complete", "batchId": uuid4(),
                        "records": rng.randint(3, 80), "durationMs": rng.randint(120, 4000)})
        elif k == 1:
            env["level"] = 40
            env.update({"msg": "vendor API rate limited, backing off",
                        "retryInMs": 30000, "endpoint": "/api/v3/injuries",
                        "reqId": "req-" + hexs(12)})
        elif k == 2:
            env.update({"msg": "reference table refreshed", "table": "body_parts",
                        "rows": 114, "etag": 'W/"' + hexs(16) + '"'})
        else:
            env.update({"msg": "healthcheck", "db": "ok", "queueDepth": rng.randint(0, 9),
                        "version": "5.14.2-build." + str(rng.randint(1000, 1999))})
        return [("ats_json", jparts(env))]
    a = ath()
    part, dx, icd = rng.choice(INJURIES)
    at = rng.choice(ATS)
    env.update({"msg": rng.choice(["injury record upserted", "injury status changed",
                                   "new injury reported"]),
                "athleteId": P(a.ats, "mrn"),
                "athlete": P(full(a, rng.choice([0, 1, 2])), "name"),
                "sport": a.sport,
                "injuryDate": P(d_iso(recent_date()), "date"),
                "bodyPart": part, "side": rng.choice(["L", "R", "B"]),
                "dx": dx, "icd10": icd, "mechanism": rng.choice(MECH),
                "status": rng.choice(STATUS),
                "reportedBy": f"{at[0]}, ATC"})
    if rng.random() < 0.3:
        env["estRtp"] = P(d_iso(future_date()), "date")
    return [("ats_json", jparts(env, ascii_=rng.random() < 0.5))]


TREAT = ["GameReady 20min", "e-stim IFC 15min", "ice bath 10min @ 52F", "manual therapy",
         "ankle tape + heel lock", "NormaTec 30min", "IASTM", "cupping", "ultrasound 1MHz 8min",
         "balance progression", "hydration IV (physician order)", "wound care/steri-strips"]


def g_trt(phi):
    t = tick()
    if not phi:
        k = rng.randint(0, 2)
        if k == 0:
            s = f"KIOSK|{rng.choice(['KSMC-TR1', 'KSMC-TR2', 'BSB-CLUB'])}|fw 3.2.11|hb ok|queue=0|uptime={rng.randint(1000, 90000)}s"
        elif k == 1:
            s = f"HDR|TRT|v2|site=KSMC|export={t:%Y%m%d%H%M%S}|rows={rng.randint(10, 80)}"
        else:
            s = f"KIOSK|KSMC-TR1|scanner|reader FP-220 sn=FPR{digits(7)} self-test pass"
        return [("trt_pipe", [s])]
    a = ath()
    at = rng.choice(ATS)
    if rng.random() < 0.25:
        return [("trt_pipe", [f"KIOSK|KSMC-TR1|enroll|", P(a.ats, "mrn"), "|fp_template=",
                              P(a.fp, "biometric"), f"|q={rng.randint(60, 99)}|by={at[2]}"])]
    vt = t - timedelta(minutes=rng.randint(0, 40))
    nm = f"{a.last}, {a.first}"
    return [("trt_pipe", ["TRT|", P(vt.strftime("%Y-%m-%d %H:%M"), "date"), "|KSMC-TR", str(rng.randint(1, 2)),
                          "|", P(a.ats, "mrn"), "|", P(nm, "name"), f"|{a.sport}|",
                          f"{rng.choice(TREAT)} {rng.choice(['L', 'R'])} {rng.choice(INJURIES)[0]}; {rng.choice(TREAT)}",
                          f"|{at[2]}"])]


def g_impact(phi):
    t = tick()
    if not phi:
        return [("impact_xml", [f'<SyncStatus server="impact-sync.meridianstate.edu" clientVersion="4.1.{rng.randint(0, 9)}" '
                                f'orgId="MSU-ATH-0042" pending="{rng.randint(0, 5)}" ts="{t:%Y-%m-%dT%H:%M:%S}Z"/>'])]
    a = ath()
    ty = rng.choice(["Baseline", "Post-Injury 1", "Post-Injury 2", "Baseline"])
    td = recent_date() if ty != "Baseline" else rand_date(2023, 2024)
    adm = rng.choice(ATS)[0]
    name_el = rng.random() < 0.5
    parts = [f'<ImPACTTest testId="{digits(8)}" type="{ty}" passportId="', P(a.passport, "other_id"),
             '" testDate="', P(d_iso(td), "date"), '" administrator="', adm, '">']
    if name_el:
        parts += ['<Examinee><FirstName>', P(a.first, "name"), '</FirstName><LastName>', P(a.last, "name"),
                  '</LastName><DOB>', P(d_us(a.dob), "date"), f'</DOB><Sport>{a.sport_name.replace("&", "&amp;")}</Sport></Examinee>']
    else:
        parts += ['<Examinee name="', P(f"{a.first} {a.last}", "name"), '" dob="', P(d_iso(a.dob), "date"),
                  f'" sex="{a.sex}" priorConcussions="{rng.randint(0, 3)}"/>']
    parts += [f'<Composite verbalMemory="{rng.randint(70, 99)}" visualMemory="{rng.randint(60, 99)}" '
              f'motorSpeed="{rng.uniform(30, 48):.2f}" reactionTime="{rng.uniform(0.52, 0.72):.2f}" '
              f'impulseControl="{rng.randint(1, 14)}" totalSymptom="{rng.randint(0, 22)}"/></ImPACTTest>']
    return [("impact_xml", parts)]


RTP = ["symptom-limited activity", "light aerobic exercise", "sport-specific exercise",
       "non-contact training drills", "full-contact practice", "return to competition"]


def g_rtp(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "-04:00"
    if not phi:
        k = rng.randint(0, 1)
        if k == 0:
            return [("rtp_kv", [f"ts={ts} app=rtp-tracker lvl=INFO event=protocol_template_loaded template=CONS-6STAGE version=2024.2 stages=6"])]
        return [("rtp_kv", [f"ts={ts} app=rtp-tracker lvl=DEBUG event=cache_miss key=sway:norms:{rng.choice(['F', 'M'])}:18-24 took_ms={rng.randint(2, 60)}"])]
    a = ath()
    st = rng.randint(1, 6)
    doc = rng.choice(DOCS)
    parts = [f"ts={ts} app=rtp-tracker lvl=INFO event=stage_advance athlete=\"", P(full(a, 0), "name"),
             "\" mrn=", P(a.mrn, "mrn"), f" stage={st}/6 desc=\"{RTP[st - 1]}\" scat5_sx={rng.randint(0, 6)} ",
             "injury_dt=", P(d_iso(recent_date()), "date")]
    if st == 6:
        parts += [" cleared_dt=", P(d_iso(date(2024, 10, 7)), "date"), f" cleared_by=\"Dr. {doc[1]}\" npi={doc[3]}"]
    else:
        parts += [f" next_eval=", P(d_iso(future_date()), "date"), f" at=\"{rng.choice(ATS)[0]}\""]
    return [("rtp_kv", parts)]


def g_gps(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    if not phi:
        k = rng.randint(0, 2)
        if k == 0:
            obj = {"ts": ts, "svc": "of-connector", "level": "info", "msg": "dock status",
                   "dock_id": f"DOCK-0{rng.randint(1, 6)}", "units_charging": rng.randint(10, 30),
                   "firmware": "7.38.1", "unit_serials_low_batt": [f"V7-{digits(5)}", f"V7-{digits(5)}"]}
        elif k == 1:
            obj = {"ts": ts, "svc": "of-connector", "level": "info", "msg": "activity closed",
                   "activity_id": uuid4(), "team": rng.choice(SPORTS)[0], "periods": rng.randint(4, 14),
                   "venue": "Heron Practice Fields", "lat": 39.38204, "lon": -84.56113}
        else:
            obj = {"ts": ts, "svc": "of-connector", "level": "warn", "msg": "token refresh",
                   "trace_id": hexs(32), "span_id": hexs(16), "expires_in": 3600}
        return [("gps_json", jparts(obj, sep=(", ", ": ")))]
    a = ath(FIELD)
    obj = {"ts": ts, "svc": "of-connector", "level": "info", "msg": "athlete period stats",
           "activity_id": uuid4(), "athlete_id": P(a.gps_uuid, "other_id"),
           "athlete_name": P(f"{a.first} {a.last}", "name"), "device_serial": P(a.pod, "device"),
           "jersey": a.jersey, "position": rng.choice(POS[a.sport]),
           "total_distance_m": round(rng.uniform(2000, 11000), 1),
           "player_load": round(rng.uniform(200, 900), 1),
           "max_vel_ms": round(rng.uniform(6.5, 9.9), 2), "hsr_m": round(rng.uniform(80, 900), 1)}
    if rng.random() < 0.3:
        del obj["athlete_name"]
    return [("gps_json", jparts(obj, ascii_=True, sep=(", ", ": ")))]


def g_hr(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if not phi:
        k = rng.randint(0, 1)
        if k == 0:
            return [("hr_logfmt", [f"time={ts} level=info svc=hr-ingest msg=\"ble gateway reconnect\" gw=gw-fieldhouse-{rng.randint(1, 3)} gw_mac={mac()} rssi=-{rng.randint(40, 85)}"])]
        return [("hr_logfmt", [f"time={ts} level=debug svc=hr-ingest msg=\"queue drained\" n={rng.randint(0, 400)} dur={rng.randint(5, 900)}ms pod=hr-ingest-{hexs(5)}"])]
    a = ath(FIELD | {"TF", "SWD", "WR"})
    parts = [f"time={ts} level=info svc=hr-ingest msg=\"session uploaded\" team={a.sport} sensor_id=",
             P(a.strap, "device")]
    if rng.random() < 0.5:
        parts += [" sensor_mac=", P(a.strap_mac, "device")]
    parts += [" athlete=\"", P(f"{a.first} {a.last}", "name"),
              f"\" hr_avg={rng.randint(120, 165)} hr_max={rng.randint(175, 205)} trimp={rng.randint(40, 240)} duration={rng.randint(1800, 7200)}s"]
    return [("hr_logfmt", parts)]


def g_hl7(phi):
    t = tick()
    if not phi:
        return [("hl7", [f"MSH|^~\\&|EPIC|MSU_SPMED|ATS|MSU_ATH|{t:%Y%m%d%H%M%S}||ACK^A04|ACK{digits(6)}|P|2.5.1"]),
                ("hl7", [f"MSA|AA|MSG{digits(7)}|message accepted"])]
    a = ath()
    doc = rng.choice(DOCS)
    typ = rng.choice(["ADT^A04", "ADT^A08", "ORU^R01"])
    lines = [("hl7", [f"MSH|^~\\&|EPIC|MSU_SPMED|ATS|MSU_ATH|{t:%Y%m%d%H%M%S}||{typ}|MSG{digits(7)}|P|2.5.1"])]
    name = f"{a.last}^{a.first}^{a.mid}" if a.mid else f"{a.last}^{a.first}"
    pid = ["PID|1||", P(a.mrn, "mrn"), "^^^MSUSM^MR~", P(a.sid, "other_id"), "^^^MSU^SS||", P(name, "name"),
           "||", P(d_hl7(a.dob), "date"), f"|{a.sex}|||", P(a.street, "address"), "^^", P(a.city, "address"),
           f"^{a.st}^", P(a.zip, "zip"), "^USA^H||", P(a.phone, "phone"), "^PRN^CP|||S||", P(a.acct, "account"), "|"]
    if rng.random() < 0.4:
        pid += [P(a.ssn, "ssn")]
    lines.append(("hl7", pid))
    adm = datetime.combine(recent_date(), datetime.min.time()) + timedelta(hours=rng.randint(7, 17), minutes=rng.randint(0, 59))
    lines.append(("hl7", [f"PV1|1|O|KSMC^EXAM{rng.randint(1, 6)}^^MSU||||{doc[3]}^{doc[1]}^{doc[0]}^^^{doc[2]}|||SPM||||||||", P(a.acct, "account"),
                          "|||||||||||||||||||||||||", P(adm.strftime("%Y%m%d%H%M"), "date")]))
    if typ.startswith("ADT"):
        rel = "MTH" if a.parent_rel == "mother" else "FTH"
        lines.append(("hl7", ["NK1|1|", P(f"{a.parent_last}^{a.parent_first}", "name"), f"|{rel}^{a.parent_rel.title()}|||",
                              P(a.parent_phone, "phone"), "|EC"]))
        if rng.random() < 0.7:
            lines.append(("hl7", [f"IN1|1|{a.ins_code}01|{rng.randint(10000, 99999)}|{a.ins_name}|||", a.group, "||||||||",
                                  P(f"{a.parent_last}^{a.parent_first}", "name"), "|19|", P(d_hl7(rand_date(1965, 1980)), "date"),
                                  "|||||||||||||||||", P(a.member, "health_plan")]))
    else:
        part, dx, icd = rng.choice(INJURIES)
        lines.append(("hl7", [f"OBR|1|{digits(9)}|{digits(9)}|73610^XR ANKLE 3+ VIEWS^CPT|||", P(adm.strftime("%Y%m%d%H%M"), "date"),
                              f"|||||||||{doc[3]}^{doc[1]}^{doc[0]}"]))
        lines.append(("hl7", [f"OBX|1|TX|IMP^Impression||No acute fracture. Soft tissue swelling {part}.||||||F"]))
    return lines


def g_note(phi):
    t = tick()
    if not phi:
        k = rng.randint(0, 2)
        if k == 0:
            return [("clinic_note", [f"[note-svc] {t:%Y-%m-%d %H:%M:%S} template SOAP-ORTHO v12 loaded for provider {rng.choice(DOCS)[1]} (dept SPMED)"])]
        if k == 1:
            return [("clinic_note", [f"[note-svc] {t:%Y-%m-%d %H:%M:%S} dictation job {hexs(10)} transcribed in {rng.randint(8, 90)}s, words={rng.randint(80, 600)}"])]
        return [("clinic_note", [f"[note-svc] {t:%Y-%m-%d %H:%M:%S} reminder: KSMC clinic fax changed to {ORG_FAX}; referrals to Heron Orthopaedics 513-555-0177"])]
    a = ath()
    doc = rng.choice(DOCS)
    age = (date(2024, 10, 7) - a.dob).days // 365
    part, dx, icd = rng.choice(INJURIES)
    inj = recent_date()
    k = rng.randint(0, 3)
    head = [f"[note {digits(7)}] {t:%Y-%m-%d %H:%M} Dr. {doc[0]} {doc[1]}, {doc[2]}: "]
    if k == 0:
        body = ["S: ", P(f"{a.first} {a.last}", "name"), f" is a {age} y/o {'M' if a.sex == 'M' else 'F'} {a.sport_name.lower()} athlete with {part} pain after injury on ",
                P(f"{inj.month}/{inj.day}", "date"), f". A: {dx} ({icd}). P: {rng.choice(TREAT)}, f/u ",
                P(f"{future_date():%m/%d}", "date"), "."]
    elif k == 1:
        rel, g = rng.choice(GRANDS)
        body = ["FHx: pt lives w/ ", rel, " ", P(g, "name"), ", age ",
                P(str(rng.randint(90, 97)), "age"), ", who is emergency contact (", P(phone_fmt("937", 1), "phone"),
                "). Pt ", P(full(a, 1), "name"), " MRN ", P(a.mrn, "mrn"), f" - no FHx of sudden cardiac death <50."]
    elif k == 2:
        body = ["ROI: ", P(f"{a.first} {a.last}", "name"), " (DOB ", P(d_us(a.dob), "date"),
                ") requests records be faxed to ", P(phone_fmt(rng.choice(["614", "419", "312"]), 1), "fax"),
                " for transfer-portal physical. Verified ID in person."]
    else:
        body = ["A/P: ", P(f"{a.first}", "name"), f" seen for {dx}; sickle cell trait {rng.choice(['negative', 'POSITIVE - hydration plan on file', 'not tested (waiver signed)'])}; cleared for ",
                rng.choice(["full participation", "non-contact only", "no participation"]), " as of ",
                P(d_us(date(2024, 10, 7)), "date"), f". Discussed w/ AT {rng.choice(ATS)[0]}."]
    return [("clinic_note", head + body)]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/129.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Safari/605.1.15"]


def pub_ip():
    while True:
        o = rng.randint(23, 223)
        if o not in (10, 127, 172, 192, 169, 100):
            return f"{o}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def g_nginx(phi):
    t = tick()
    ts = t.strftime("%d/%b/%Y:%H:%M:%S -0400")
    if not phi:
        k = rng.randint(0, 3)
        if k == 0:
            return [("nginx_access", [f'10.40.0.{rng.randint(2, 9)} - - [{ts}] "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0"'])]
        if k == 1:
            return [("nginx_access", [f'10.40.3.{rng.randint(10, 90)} - - [{ts}] "GET /static/js/app.{hexs(8)}.js HTTP/2.0" 200 {rng.randint(20000, 400000)} "https://ppe.goherons.com/" "{rng.choice(UA)}"'])]
        if k == 2:
            return [("nginx_access", [f'{pub_ip()} - - [{ts}] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0 zgrab/0.x"'])]
        return [("nginx_access", [f'10.40.3.{rng.randint(10, 90)} - {rng.choice(ATS)[1]} [{ts}] "GET /admin/reports/ppe-completion?team={rng.choice(SPORTS)[0]}&season=2024-25 HTTP/2.0" 200 {rng.randint(2000, 40000)} "-" "{UA[2]}"'])]
    a = ath()
    ip = pub_ip()
    k = rng.randint(0, 3)
    if k == 0:
        path = f"/ppe/forms/{a.ats}/history?step={rng.randint(1, 7)}"
        method = "GET"
    elif k == 1:
        path = f"/ppe/forms/{a.ats}/submit"
        method = "POST"
    elif k == 2:
        path = f"/api/v1/athletes/{a.ats}/documents/insurance-card-front.jpg"
        method = "PUT"
    else:
        path = f"/ppe/verify?email={urllib.parse.quote(a.email, safe='')}&sid={a.sid}"
        method = "GET"
    return [("nginx_access", [P(ip, "ip"), f" - - [{ts}] \"{method} ", P(path, "url"),
                              f" HTTP/2.0\" {rng.choice([200, 200, 304]) if method == 'GET' else rng.choice([200, 201, 302, 413])} {rng.randint(200, 90000)} \"https://ppe.goherons.com/\" \"{rng.choice(UA[:2])}\""])]


def g_fhir(phi):
    t = tick()
    if not phi:
        k = rng.randint(0, 1)
        if k == 0:
            obj = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
                   "diagnostics": f"HAPI-0389: Failed to call access method: Invalid date/time format: \"{hexs(6)}\""}]}
        else:
            obj = {"resourceType": "Bundle", "type": "searchset", "total": 0,
                   "link": [{"relation": "self", "url": f"https://fhir.ksmc.meridianstate.edu/r4/Questionnaire?status=active&_count={rng.choice([20, 50])}"}],
                   "meta": {"lastUpdated": t.strftime("%Y-%m-%dT%H:%M:%SZ")}}
        return [("fhir_json", jparts(obj))]
    a = ath()
    k = rng.randint(0, 2)
    if k == 0:
        obj = {"resourceType": "Patient", "id": P(a.mrn, "mrn"),
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": P(a.mrn, "mrn")},
                              {"system": "https://meridianstate.edu/sid", "value": P(a.sid, "other_id")}],
               "name": [{"family": P(a.last, "name"), "given": [P(a.first, "name")]}],
               "gender": "male" if a.sex == "M" else "female", "birthDate": P(d_iso(a.dob), "date"),
               "telecom": [{"system": "phone", "value": P(a.phone, "phone")},
                           {"system": "email", "value": P(a.uemail, "email")}],
               "address": [{"use": "home", "line": [P(a.street, "address")], "city": P(a.city, "address"),
                            "state": a.st, "postalCode": P(a.zip, "zip")},
                           {"use": "temp", "line": [P(a.dorm, "address")], "city": P(ORG_CITY, "address"), "state": "OH", "postalCode": P(ORG_ZIP, "zip")}]}
        if rng.random() < 0.3:
            obj["photo"] = [{"contentType": "image/jpeg", "data": P("/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + b64(rng.randint(60, 110)) + "==", "photo")}]
    elif k == 1:
        g = rng.choice(GRANDS)[1] if rng.random() < 0.3 else None
        items = [{"linkId": "cardiac-1", "text": "Fainted during or after exercise?", "answer": [{"valueBoolean": rng.random() < 0.1}]},
                 {"linkId": "sct", "text": "Sickle cell trait status", "answer": [{"valueString": rng.choice(["negative", "positive", "unknown"])}]},
                 {"linkId": "ec-name", "answer": [{"valueString": P(g or a.parent, "name")}]},
                 {"linkId": "ec-phone", "answer": [{"valueString": P(a.parent_phone, "phone")}]}]
        if g:
            items.append({"linkId": "ec-age", "answer": [{"valueInteger": P(str(rng.randint(90, 96)), "age", raw=True)}]})
        obj = {"resourceType": "QuestionnaireResponse", "id": f"qr-{digits(6)}", "questionnaire": "Questionnaire/ppe-ncaa-2024",
               "status": "completed", "subject": {"reference": ("Patient/" + a.mrn), "display": P(f"{a.first} {a.last}", "name")},
               "authored": P(f"{recent_date().isoformat()}T{rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:00-04:00", "date"),
               "item": items}
        # subject.reference holds the MRN inside a string; label it separately
        obj["subject"] = {"reference": ("Patient/", P(a.mrn, "mrn")), "display": obj["subject"]["display"]}
    else:
        obj = {"resourceType": "Observation", "status": "final",
               "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9", "display": "Blood pressure panel"}]},
               "subject": {"reference": ("Patient/", P(a.mrn, "mrn"))},
               "effectiveDateTime": P(recent_date().isoformat(), "date"),
               "component": [{"code": {"coding": [{"code": "8480-6"}]}, "valueQuantity": {"value": rng.randint(104, 142), "unit": "mm[Hg]"}},
                             {"code": {"coding": [{"code": "8462-4"}]}, "valueQuantity": {"value": rng.randint(60, 92), "unit": "mm[Hg]"}}],
               "performer": [{"display": rng.choice(ATS)[0] + ", ATC"}]}
    return [("fhir_json", jparts_tuple(obj))]


def jparts_tuple(obj):
    """like jparts but tuples (prefix, P) become a string with an embedded span."""
    if isinstance(obj, tuple):
        pre, p = obj
        return ['"' + pre, (p.text, p.cat, p.text), '"']
    if isinstance(obj, dict):
        out = ["{"]
        for i, (k, v) in enumerate(obj.items()):
            if i:
                out.append(",")
            out.append(json.dumps(k) + ":")
            out += jparts_tuple(v)
        out.append("}")
        return out
    if isinstance(obj, list):
        out = ["["]
        for i, v in enumerate(obj):
            if i:
                out.append(",")
            out += jparts_tuple(v)
        out.append("]")
        return out
    return jparts(obj, ascii_=True)


def x12name(s):
    return (s.upper().replace("Ó", "O").replace("Ś", "S").replace("Ç", "C").replace("Ã", "A")
            .replace("Ë", "E").replace("Í", "I").replace("Ñ", "N").replace("Ú", "U"))


ICN = [int(digits(6))]


def g_x12(phi):
    t = tick()
    ICN[0] += 1
    icn = f"{ICN[0]:09d}"
    head = [("x12_837", [f"ISA*00*          *00*          *ZZ*MSUSPMED       *ZZ*133052274      *{t:%y%m%d}*{t:%H%M}*^*00501*{icn}*0*P*:~"]),
            ("x12_837", [f"GS*HC*MSUSPMED*133052274*{t:%Y%m%d}*{t:%H%M}*{int(icn)}*X*005010X222A1~"]),
            ("x12_837", [f"ST*837*{rng.randint(1, 9999):04d}*005010X222A1~"]),
            ("x12_837", [f"BHT*0019*00*{hexs(10).upper()}*{t:%Y%m%d}*{t:%H%M}*CH~"])]
    if not phi:
        return head[:2] if rng.random() < 0.5 else [head[0]]
    a = ath()
    doc = rng.choice(DOCS)
    lines = list(head)
    lines.append(("x12_837", [f"NM1*85*2*MERIDIAN STATE UNIV SPORTS MEDICINE*****XX*{doc[3]}~"]))
    lines.append(("x12_837", [f"N3*{ORG_ADDR.upper()}~"]))
    lines.append(("x12_837", [f"N4*{ORG_CITY.upper()}*OH*{ORG_ZIP}2207~"]))
    dependent = rng.random() < 0.7 and a.ins_code != "CSO"
    lines.append(("x12_837", [f"SBR*P*{'' if dependent else '18'}*{a.group}******{'CI' if a.ins_code != 'CSO' else 'MC'}~"]))
    if dependent:
        lines.append(("x12_837", ["NM1*IL*1*", P(x12name(a.parent_last), "name"), "*", P(x12name(a.parent_first), "name"),
                                  "****MI*", P(a.member, "health_plan"), "~"]))
    else:
        lines.append(("x12_837", ["NM1*IL*1*", P(x12name(a.last), "name"), "*", P(x12name(a.first), "name"),
                                  "****MI*", P(a.member, "health_plan"), "~"]))
        lines.append(("x12_837", ["N3*", P(x12name(a.street), "address"), "~"]))
        lines.append(("x12_837", ["N4*", P(x12name(a.city), "address"), f"*{a.st}*", P(a.zip, "zip"), "~"]))
        lines.append(("x12_837", ["DMG*D8*", P(d_hl7(a.dob), "date"), f"*{a.sex}~"]))
    lines.append(("x12_837", [f"NM1*PR*2*{x12name(a.ins_name)}*****PI*{rng.randint(10000, 99999)}~"]))
    if dependent:
        lines.append(("x12_837", ["PAT*19~"]))
        lines.append(("x12_837", ["NM1*QC*1*", P(x12name(a.last), "name"), "*", P(x12name(a.first), "name"), "~"]))
        lines.append(("x12_837", ["N3*", P(x12name(a.street), "address"), "~"]))
        lines.append(("x12_837", ["N4*", P(x12name(a.city), "address"), f"*{a.st}*", P(a.zip, "zip"), "~"]))
        lines.append(("x12_837", ["DMG*D8*", P(d_hl7(a.dob), "date"), f"*{a.sex}~"]))
    amt = rng.choice([150, 225, 410, 95, 1280])
    lines.append(("x12_837", ["CLM*", P(a.acct + "-" + digits(2), "account"), f"*{amt}***11:B:1*Y*A*Y*Y*P*AA:::OH~"]))
    dos = recent_date()
    lines.append(("x12_837", ["DTP*439*D8*", P(d_hl7(dos - timedelta(days=rng.randint(0, 3))), "date"), "~"]))
    part, dx, icd = rng.choice(INJURIES)
    lines.append(("x12_837", [f"HI*ABK:{icd.replace('.', '')}~"]))
    lines.append(("x12_837", ["LX*1~"]))
    lines.append(("x12_837", [f"SV1*HC:{rng.choice(['99213', '99214', '73610', '97110', '29540'])}*{amt}*UN*1***1~"]))
    lines.append(("x12_837", ["DTP*472*D8*", P(d_hl7(dos), "date"), "~"]))
    n = len(lines) - 1
    lines.append(("x12_837", [f"SE*{n}*0001~"]))
    lines.append(("x12_837", [f"GE*1*{int(icn)}~"]))
    lines.append(("x12_837", [f"IEA*1*{icn}~"]))
    return lines


def g_claims(phi):
    t = tick()
    if not phi:
        if rng.random() < 0.5:
            return [("claims_csv", ["claim_no,athlete,dob,primary_carrier,member_id,dos,cpt,billed,status,adjuster,ncaa_cat_ref"])]
        return [("claims_csv", [f"# export {t:%Y-%m-%dT%H:%M:%S} by {rng.choice(COMPLIANCE)[1]} rows={rng.randint(5, 60)} sha1={hexs(40)}"])]
    a = ath()
    adj = rng.choice(["K. Holcombe (A-G Specialty)", "M. Trent (Gallagher)", "R. Ibarra (A-G Specialty)"])
    nm = f"{a.last}, {a.first}"
    q = '"' if "," in nm else ""
    parts = [P(a.acct, "account"), ",", q, P(nm, "name"), q, ",", P(d_us(a.dob), "date"), f",{a.ins_name},",
             P(a.member, "health_plan"), ",", P(d_us(recent_date()), "date"),
             f",{rng.choice(['99213', '73721', '29881', '97110'])},{rng.randint(95, 14000)}.00,{rng.choice(['submitted', 'denied-COB', 'paid', 'pended'])},{adj},"]
    if rng.random() < 0.4:
        parts += [P("NCAA-CAT-" + digits(6), "other_id")]
    return [("claims_csv", parts)]


def g_compliance(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"
    off = rng.choice(COMPLIANCE)
    if not phi:
        k = rng.randint(0, 2)
        if k == 0:
            obj = {"timestamp": ts, "eventType": "RULES_EDUCATION_SCHEDULED", "actor": off[1] + "@meridianstate.edu",
                   "details": {"session": "NCAA Bylaw 16 - Benefits", "room": "KSMC 214", "team": rng.choice(SPORTS)[0]}}
        elif k == 1:
            obj = {"timestamp": ts, "eventType": "LOGIN", "actor": off[1] + "@meridianstate.edu",
                   "sourceIp": f"10.12.{rng.randint(0, 20)}.{rng.randint(2, 250)}", "mfa": "push"}
        else:
            obj = {"timestamp": ts, "eventType": "REPORT_EXPORTED", "actor": off[1] + "@meridianstate.edu",
                   "details": {"report": "squad-list", "sport": rng.choice(SPORTS)[0], "rows": rng.randint(14, 110), "format": "xlsx"}}
        return [("compliance_json", jparts(obj))]
    a = ath()
    k = rng.randint(0, 3)
    if k == 0:
        obj = {"timestamp": ts, "eventType": "ELIGIBILITY_STATUS_CHANGE", "actor": off[1] + "@meridianstate.edu",
               "studentAthlete": {"name": P(f"{a.first} {a.last}", "name"), "ncaaId": P(a.ncaa, "other_id"),
                                  "studentId": P(a.sid, "other_id")},
               "sport": a.sport, "from": "Pending", "to": rng.choice(["Certified", "Ineligible", "Certified-Conditional"]),
               "reason": rng.choice(["PTD 24 hrs", "amateurism cleared", "transfer waiver approved", "GPA below 1.8"]), "term": "FA24"}
    elif k == 1:
        obj = {"timestamp": ts, "eventType": "MEDICAL_HARDSHIP_WAIVER_FILED", "actor": off[1] + "@meridianstate.edu",
               "caseNo": P("MHW-24-" + digits(4), "other_id"), "studentAthlete": {"name": P(full(a, 1), "name"), "ncaaId": P(a.ncaa, "other_id")},
               "injuryDate": P(d_iso(recent_date()), "date"), "contestsPlayedPct": rng.randint(5, 30),
               "supportingDocs": ["team physician letter", "ATS injury report"]}
    elif k == 2:
        obj = {"timestamp": ts, "eventType": "ROSTER_PROFILE_SYNC", "actor": "svc-roster",
               "studentAthlete": {"name": P(f"{a.first} {a.last}", "name"), "hometown": P(a.city, "address"),
                                  "homeState": a.st, "profileUrl": P(f"https://goherons.com/sports/{a.sport_name.lower().replace(' ', '-').replace(chr(39), '').replace('&', 'and')}/roster/{slug(a.first)}-{slug(a.last)}/{digits(5)}", "url"),
                                  "jersey": a.jersey}}
        if rng.random() < 0.4:
            obj["studentAthlete"]["headshot"] = P("data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD/" + b64(rng.randint(50, 90)), "photo")
    else:
        obj = {"timestamp": ts, "eventType": "FINANCIAL_AID_CHECK", "actor": off[1] + "@meridianstate.edu",
               "studentAthlete": {"studentId": P(a.sid, "other_id"), "email": P(a.uemail, "email")},
               "result": "within equivalency limit", "equivalency": round(rng.uniform(0.1, 1.0), 2)}
    return [("compliance_json", jparts(obj, ascii_=rng.random() < 0.5))]


HOSTS = ["ats-sync-01", "ats-sync-02", "ksmc-app-01", "ppe-web-01", "mail-relay-01", "pg-ats-01"]


def g_syslog(phi):
    t = tick()
    ts = t.strftime("%b %e %H:%M:%S")
    h = rng.choice(HOSTS)
    if not phi:
        k = rng.randint(0, 4)
        if k == 0:
            return [("syslog", [f"<38>{ts} {h} sshd[{rng.randint(1000, 40000)}]: Accepted publickey for deploy from 10.40.2.{rng.randint(2, 60)} port {rng.randint(30000, 65000)} ssh2: ED25519 SHA256:{b64(43)}"])]
        if k == 1:
            return [("syslog", [f"<86>{ts} {h} CRON[{rng.randint(1000, 40000)}]: (root) CMD (/usr/local/bin/backup-ats.sh --target s3://msu-ath-backups/{t:%Y%m%d} >/dev/null 2>&1)"])]
        if k == 2:
            return [("syslog", [f"<37>{ts} {h} sshd[{rng.randint(1000, 40000)}]: Invalid user admin from {pub_ip()} port {rng.randint(30000, 65000)}"])]
        if k == 3:
            return [("syslog", [f"<22>{ts} mail-relay-01 postfix/smtp[{rng.randint(1000, 40000)}]: {hexs(10).upper()}: to=<{rng.choice(ATS)[1]}@meridianstate.edu>, relay=aspmx.l.google.com[142.250.{rng.randint(0, 255)}.{rng.randint(1, 254)}]:25, delay=0.{rng.randint(10, 99)}, status=sent (250 2.0.0 OK)"])]
        return [("syslog", [f"<30>{ts} {h} systemd[1]: Started ats-sync.service - ATS vendor sync worker (v5.14.2)."])]
    a = ath()
    em = a.email if rng.random() < 0.6 else a.uemail
    return [("syslog", [f"<22>{ts} mail-relay-01 postfix/smtp[{rng.randint(1000, 40000)}]: {hexs(10).upper()}: to=<", P(em, "email"),
                        f">, relay={rng.choice(['gmail-smtp-in.l.google.com[142.250.112.27]:25', 'mx01.mail.icloud.com[17.57.152.6]:25', 'outlook-com.olc.protection.outlook.com[52.101.40.7]:25'])}, delay={rng.uniform(0.2, 3):.2f}, dsn=2.0.0, status=sent (250 OK)"])]


KIT_ITEMS = [("CR-282118", "Cramer athletic tape 1.5in"), ("MU-130672", "Mueller pre-wrap"), ("NDC 0904-6291-61", "Naproxen 500mg"),
             ("NDC 49483-0332-10", "Ibuprofen 200mg"), ("AED-PAD-11996", "AED pads adult"), ("SAM-SPL-36", "SAM splint 36in"),
             ("NDC 49502-0102-02", "epinephrine auto-injector 0.3mg"), ("HG-LG", "HawkGrips IASTM set"),
             ("ALB-HFA", "albuterol inhaler"), ("OXY-D", "O2 cylinder D")]
AWAY = ["@ Ann Arbor MI", "@ Bowling Green OH", "@ Muncie IN", "@ Kalamazoo MI", "@ DeKalb IL", "@ Athens OH"]


def g_kit(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    kit = f"KIT-{rng.choice(SPORTS)[0]}-{rng.choice('ABC')}"
    eq = rng.choice(EQUIP + [(x[0], x[1]) for x in ATS])
    if not phi:
        k = rng.randint(0, 3)
        sku, item = rng.choice(KIT_ITEMS)
        if k == 0:
            return [("kit_tsv", [f"{ts}\t{kit}\tCHECKOUT\tuser={eq[1]}\tdest={rng.choice(AWAY)}\tseal=S{digits(6)}\titems={rng.randint(40, 90)}"])]
        if k == 1:
            return [("kit_tsv", [f"{ts}\t{kit}\tRESTOCK\t{sku}\t{item}\tlot=L{digits(4)}-{rng.randint(10, 99)}\texp=20{rng.randint(25, 27)}-{rng.randint(1, 12):02d}\tqty=+{rng.randint(1, 24)}\tuser={eq[1]}"])]
        if k == 2:
            return [("kit_tsv", [f"{ts}\t{kit}\tAUDIT\tAED sn=AED{digits(8)} batt=OK pads exp 2026-0{rng.randint(1, 9)}\tO2 1800psi\tuser={eq[1]}"])]
        return [("kit_tsv", [f"{ts}\t{kit}\tCHECKIN\tuser={eq[1]}\tseal broken: yes\tdiscrepancy=0\tnote=bus 2 arrived 01:40"])]
    a = ath()
    at = rng.choice(ATS)
    sku, item = rng.choice(KIT_ITEMS[2:4] + KIT_ITEMS[6:7] + KIT_ITEMS[8:9])
    ind = {"Naproxen 500mg": "post-op pain per Dr. Lemieux", "Ibuprofen 200mg": "ankle sprain - PRN",
           "epinephrine auto-injector 0.3mg": rng.choice(["bee sting anaphylaxis hx", "peanut allergy"]),
           "albuterol inhaler": "exercise-induced bronchospasm"}[item]
    if rng.random() < 0.5:
        return [("kit_tsv", [f"{ts}\t{kit}\tDISPENSE\t{sku}\t{item}\tqty={rng.randint(1, 2)}\tto=", P(f"{a.first} {a.last}", "name"),
                             "\tath_id=", P(a.ats, "mrn"), f"\tby={at[1]}\tdest={rng.choice(AWAY)}"])]
    return [("kit_tsv", [f"{ts}\t{kit}\tPACK-ATHLETE-SPECIFIC\t{sku}\t{item}\tfor=", P(full(a, 1), "name"),
                         f"\tindication={ind}\tuser={eq[1]}"])]


def g_sms(phi):
    t = tick()
    sid = "SM" + hexs(32)
    if not phi:
        body = rng.choice(["Bus departs Fieldhouse lot 7:15a sharp. Travel kits loaded in bay 2.",
                           "Reminder: all ATs - weekly concussion protocol review Tue 3p KSMC 214.",
                           f"Heron Orthopaedics clinic running 20 min behind today. Call 513-555-0177 w/ questions.",
                           "Ice machine in visitor locker room down; bring 6 coolers to stadium."])
        obj = {"ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "dir": "outbound", "from": ORG_PHONE, "to_group": f"grp-{rng.choice(SPORTS)[0].lower()}-staff",
               "sid": sid, "status": "delivered", "body": body, "segments": 1}
        return [("sms_gw", jparts(obj))]
    a = ath()
    k = rng.randint(0, 3)
    if k == 0:
        d = future_date()
        obj = {"ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "dir": "outbound", "from": ORG_PHONE, "to": P(a.phone, "phone"),
               "sid": sid, "status": "delivered",
               "body": ["Hi ", P(a.first, "name"), ", reminder: concussion baseline re-test ", P(f"{d.strftime('%a')} {d.month}/{d.day}", "date"),
                        f" {rng.randint(1, 4)}:{rng.choice(['00', '30'])}p at KSMC. Reply C to confirm."]}
    elif k == 1:
        obj = {"ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "dir": "inbound", "from": P(a.parent_phone, "phone"), "to": ORG_PHONE,
               "sid": sid, "status": "received",
               "body": ["This is ", P(a.parent, "name"), ", ", P(a.first, "name"), "'s ", a.parent_rel,
                        ". Has the insurance claim for the MRI gone through? Member id ", P(a.member, "health_plan")]}
    elif k == 2:
        obj = {"ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "dir": "internal", "from": rng.choice(ATS)[1], "to": rng.choice(COACHES),
               "channel": "teamworks", "sid": sid, "status": "read",
               "body": [P(f"{a.first} {a.last}", "name"), " is ", rng.choice(["OUT today", "limited - no contact", "cleared for full practice"]),
                        f" ({rng.choice(INJURIES)[0]}). Will re-eval tomorrow."]}
    else:
        obj = {"ts": t.strftime("%Y-%m-%dT%H:%M:%SZ"), "dir": "inbound", "from": P(a.phone, "phone"), "to": ORG_PHONE,
               "sid": sid, "status": "received",
               "body": [f"hey its ", P(a.first, "name"), " ", rng.choice(["my ankle is swollen again", "can i get taped before lift", "still dizzy when i run stairs"]),
                        ". im in ", P(a.dorm, "address"), " if that helps"]}
    return [("sms_gw", jparts_body(obj))]


def jparts_body(obj):
    """JSON where body may be a list of str/P concatenated into one string."""
    out = ["{"]
    for i, (k, v) in enumerate(obj.items()):
        if i:
            out.append(",")
        out.append(json.dumps(k) + ":")
        if k == "body" and isinstance(v, list):
            out.append('"')
            for piece in v:
                if isinstance(piece, P):
                    placed = json.dumps(piece.text)[1:-1]
                    out.append((placed, piece.cat, piece.text))
                else:
                    out.append(json.dumps(piece)[1:-1])
            out.append('"')
        else:
            out += jparts(v)
    out.append("}")
    return out


FRAMES = ["\tat org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2725)",
          "\tat org.postgresql.core.v3.QueryExecutorImpl.processResults(QueryExecutorImpl.java:2412)",
          "\tat org.postgresql.jdbc.PgStatement.executeInternal(PgStatement.java:517)",
          "\tat com.zaxxer.hikari.pool.ProxyPreparedStatement.executeUpdate(ProxyPreparedStatement.java:61)",
          "\tat edu.meridianstate.ath.bridge.RosterSyncJob.upsert(RosterSyncJob.java:212)",
          "\tat edu.meridianstate.ath.bridge.RosterSyncJob.run(RosterSyncJob.java:148)",
          "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)",
          "\tat java.base/java.lang.Thread.run(Thread.java:1583)"]


def g_java(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d}"
    thr = f"bridge-worker-{rng.randint(1, 8)}"
    if not phi:
        k = rng.randint(0, 1)
        if k == 0:
            return [("java_trace", [f"{ts} INFO  [{thr}] e.m.ath.bridge.RosterSyncJob - sync finished: inserted={rng.randint(0, 9)} updated={rng.randint(0, 40)} skipped={rng.randint(0, 5)} in {rng.randint(200, 9000)}ms"])]
        lines = [("java_trace", [f"{ts} ERROR [{thr}] e.m.ath.bridge.NcaaEcClient - request failed, will retry"]),
                 ("java_trace", ["java.net.SocketTimeoutException: Read timed out (eligibilitycenter.example-ncaa.org:443)"])]
        lines += [("java_trace", [f]) for f in FRAMES[3:4] + FRAMES[6:]]
        return lines
    a = ath()
    lines = [("java_trace", [f"{ts} ERROR [{thr}] e.m.ath.bridge.RosterSyncJob - upsert failed for athlete ", P(f"{a.last}, {a.first}", "name")]),
             ("java_trace", ['org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint "athlete_ncaa_id_key"']),
             ("java_trace", ["  Detail: Key (ncaa_id)=(", P(a.ncaa, "other_id"), ") already exists."])]
    lines += [("java_trace", [f]) for f in FRAMES[:rng.randint(4, 8)]]
    return lines


def g_pg(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + f"{t.microsecond // 1000:03d} EDT"
    pid = rng.randint(2000, 60000)
    if not phi:
        k = rng.randint(0, 2)
        if k == 0:
            return [("pg_audit", [f"{ts} [{pid}] LOG:  checkpoint complete: wrote {rng.randint(10, 900)} buffers ({rng.uniform(0, 5):.1f}%); write={rng.uniform(0, 30):.3f} s, sync=0.0{rng.randint(1, 9)}2 s"])]
        if k == 1:
            return [("pg_audit", [f"{ts} [{pid}] ats_app@atsdb LOG:  connection authorized: user=ats_app database=atsdb application_name=ats-sync SSL enabled (protocol=TLSv1.3)"])]
        return [("pg_audit", [f"{ts} [{pid}] ats_app@atsdb LOG:  AUDIT: SESSION,{rng.randint(1, 99)},1,READ,SELECT,,,\"SELECT count(*) FROM injuries WHERE injury_date >= '2024-09-01' AND sport = '{rng.choice(SPORTS)[0]}'\",<not logged>"])]
    a = ath()
    k = rng.randint(0, 2)
    if k == 0:
        return [("pg_audit", [f"{ts} [{pid}] ats_app@atsdb LOG:  AUDIT: SESSION,{rng.randint(1, 99)},1,READ,SELECT,,,\"SELECT * FROM injuries WHERE athlete_id = '",
                              P(a.ats, "mrn"), "' AND injury_date >= '2024-08-01'\",<not logged>"])]
    if k == 1:
        return [("pg_audit", [f"{ts} [{pid}] ats_app@atsdb LOG:  AUDIT: SESSION,{rng.randint(1, 99)},1,WRITE,UPDATE,,,\"UPDATE athletes SET cell_phone = '",
                              P(a.phone_digits, "phone"), "', home_zip = '", P(a.zip, "zip"), "' WHERE ats_id = '", P(a.ats, "mrn"), "'\",<not logged>"])]
    s = a.ssn if rng.random() < 0.7 else "000-00-0000"
    parts = [f"{ts} [{pid}] ats_admin@atsdb ERROR:  value too long for type character varying(9)"]
    stmt = [f" STATEMENT:  INSERT INTO insurance_enrollment (ats_id, ssn, member_id, subscriber) VALUES ('", P(a.ats, "mrn"), "', '"]
    stmt += [P(s, "ssn")] if s != "000-00-0000" else [s]
    stmt += ["', '", P(a.member, "health_plan"), "', '", P(a.parent, "name"), "')"]
    return [("pg_audit", parts + stmt)]


def g_ncaa(phi):
    t = tick()
    if not phi:
        if rng.random() < 0.5:
            return [("ncaa_fixed", [f"H{'MSU-ATH-0042':<12}{t:%Y%m%d%H%M%S}{'ROSTER-NIGHTLY':<20}{'V03':<5}"])]
        return [("ncaa_fixed", [f"T{rng.randint(100, 700):08d}{'':<12}{hexs(16).upper()}"])]
    a = ath()
    nm = x12name(f"{a.last}, {a.first}")
    nm = nm[:30]
    st = rng.choice(["CERT", "PEND", "NQ", "CERT"])
    return [("ncaa_fixed", ["D", P(a.ncaa, "other_id"), P(nm, "name"), " " * (30 - len(nm)), f"{a.sport:<5}{st:<6}",
                            P(d_hl7(a.dob), "date"), f"{a.sex}{rng.randint(1, 5)}{rng.choice(['FR', 'SO', 'JR', 'SR', 'GR'])}"])]


def g_pay(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%dT%H:%M:%SZ")
    if not phi:
        return [("pay_gw", [f"{ts} pay-gw INFO txn={hexs(12)} merchant=MSU-KSMC-CLINIC amount=25.00 card=************{digits(4)} brand=VISA auth={digits(6)} result=APPROVED"])]
    a = ath()
    k = rng.randint(0, 2)
    if k == 0:
        pfx = rng.choice(["4", "51", "37"])
        pan = card(pfx, 15 if pfx == "37" else 16, valid=True)
        return [("pay_gw", [f"{ts} pay-gw WARN txn={hexs(12)} raw PAN in request body redacted=false pan=", P(pan, "account"),
                            " patient_acct=", P(a.acct, "account"), " amount=40.00"])]
    if k == 1:
        pan = card("4", 16, valid=False)
        return [("pay_gw", [f"{ts} pay-gw ERROR txn={hexs(12)} card validation failed (luhn) pan=", P(pan, "account"),
                            " payer=\"", P(a.parent, "name"), "\""])]
    v = vin()
    plate = rng.choice(["HXR", "JKT", "FMD", "GVL"]) + digits(4)
    dl = rng.choice(["SR", "TN", "PW"]) + digits(6)
    return [("pay_gw", [f"{ts} pay-gw INFO cob=auto_medpay claimant=\"", P(f"{a.first} {a.last}", "name"), "\" dl=", P(dl, "license"),
                        " dl_state=OH vin=", P(v, "vehicle"), " plate=", P(plate, "vehicle"), " carrier=Progressive claim=",
                        P(digits(2) + "-" + digits(7), "other_id")])]


GENS = [(g_ats, 7), (g_trt, 6), (g_impact, 3), (g_rtp, 4), (g_gps, 5), (g_hr, 5), (g_hl7, 2.5), (g_note, 4),
        (g_nginx, 7), (g_fhir, 3), (g_x12, 0.45), (g_claims, 4), (g_compliance, 4), (g_syslog, 6), (g_kit, 4),
        (g_sms, 4), (g_java, 0.9), (g_pg, 4), (g_ncaa, 3), (g_pay, 2.5)]
SINGLE = {g_ats, g_trt, g_impact, g_rtp, g_gps, g_hr, g_note, g_nginx, g_fhir, g_claims, g_compliance,
          g_syslog, g_kit, g_sms, g_pg, g_ncaa, g_pay}
NO_PHI_ONLY = set()

N = 500
TARGET_PHI = 0.45


def main():
    rows = []
    phi_lines = 0
    while len(rows) < N:
        remaining = N - len(rows)
        pool = GENS if remaining > 30 else [g for g in GENS if g[0] in SINGLE]
        fn = rng.choices([g[0] for g in pool], weights=[g[1] for g in pool])[0]
        cur = phi_lines / max(1, len(rows))
        want_phi = rng.random() < (0.62 if cur < TARGET_PHI else 0.28)
        if fn in NO_PHI_ONLY:
            want_phi = False
        out = fn(want_phi)
        if len(rows) + len(out) > N:
            continue
        for fam, parts in out:
            line, spans = build(parts)
            rows.append((fam, line, spans))
            if spans:
                phi_lines += 1

    # verification
    with open("pn.log", "wb") as lf, open("pn.labels.jsonl", "w", encoding="utf-8") as jf:
        for i, (fam, line, spans) in enumerate(rows, 1):
            if b"\n" in line or b"\r" in line or not line:
                raise SystemExit(f"line {i}: bad line break / empty")
            line.decode("utf-8")
            prev = 0
            clean = []
            for sp in sorted(spans, key=lambda x: x["s"]):
                s, e = sp["s"], sp["e"]
                if not (0 <= s < e <= len(line)):
                    raise SystemExit(f"line {i}: span out of range {sp}")
                if s < prev:
                    raise SystemExit(f"line {i}: overlapping spans {sp}")
                prev = e
                got = line[s:e].decode("utf-8")
                if got != sp["_placed"]:
                    raise SystemExit(f"line {i}: span text mismatch {got!r} != {sp['_placed']!r}")
                if sp["_placed"] != sp["_value"]:
                    dec_ok = False
                    try:
                        dec_ok = json.loads('"' + sp["_placed"] + '"') == sp["_value"]
                    except ValueError:
                        pass
                    if not dec_ok and urllib.parse.unquote(sp["_placed"]) != sp["_value"]:
                        raise SystemExit(f"line {i}: encoded span does not decode to value {sp}")
                if sp["_value"].strip() != sp["_value"]:
                    raise SystemExit(f"line {i}: span has surrounding whitespace {sp}")
                clean.append({"s": s, "e": e, "cat": sp["cat"]})
            lf.write(line + b"\n")
            jf.write(json.dumps({"line": i, "family": fam, "spans": clean}) + "\n")
    if len(rows) != N:
        raise SystemExit("wrong line count")
    print(f"wrote {N} lines, {phi_lines} with PHI ({100 * (N - phi_lines) / N:.1f}% without)", file=sys.stderr)


if __name__ == "__main__":
    main()
