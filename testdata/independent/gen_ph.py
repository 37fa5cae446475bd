#!/usr/bin/env python3
"""gen_ph.py - synthetic labeled log corpus "ph".

Organisation: Plains Health Mobile Screening (PHMS), a mobile mammography and
low-dose-CT lung-screening coach operator in rural Nebraska / Kansas / South
Dakota, serving county events and employers.  Writes ph.log (500 lines) and
ph.labels.jsonl in the current directory.  Standard library only, fixed seed.

Systems simulated (one physical line per log line; family name in brackets)
  1. Samsara-style coach telematics webhook JSON            [telematics_json]
  2. Cummins Onan genset controller telemetry, logfmt       [genset_logfmt]
  3. CoachCheck tablet check-in API, pino JSON               [checkin_pino]
  4. CoachCheck Android tablet logcat                         [logcat]
  5. dcm4chee-arc modality worklist (MWL C-FIND) log         [dcm4chee_mwl]
  6. DCMTK storescp verbose + dcmdump header dump            [dcmtk]
  7. HL7 v2.5.1 ORM^O01 / ORU^R01 to partner hospitals       [hl7v2]
  8. ReadQ (home-grown reading radiologist queue) key=value  [readq_kv]
  9. LetterGen BI-RADS/Lung-RADS letter service, logback +
     Java stack traces + rendered-letter XML metadata        [lettergen, java_stack, letter_xml]
 10. Print-and-mail vendor batch CSV + NCOA fixed-width return [mail_csv, ncoa_fixed]
 11. NavLog lay patient-navigator call notes, TSV             [navlog_tsv]
 12. Employer / county event roster, pipe-delimited HR export [roster_psv]
 13. Twilio SMS: status callbacks (form-encoded) and message
     log JSON (bodies, inbound replies)                       [twilio_form, sms_json]
 14. nginx access log of the results portal / scheduling site [nginx]
 15. Cradlepoint coach router syslog (DHCP, WAN, guest Wi-Fi) [syslog_router]
 16. X12 005010X279A1 270/271 eligibility, one segment/line    [x12]
 17. FHIR R4 resources posted to the state cancer registry    [fhir]
 18. PostgreSQL server log of the NavLog database              [postgres]
 19. Crew chat export (Slack JSON)                             [chat_json]
 20. CT dose monitoring CSV export                             [dose_csv]
 21. Card payment gateway key=value log (self-pay LDCT)        [pay_kv]

Labeling decisions (grey cases)
  * Patients, and their relatives / emergency contacts / ride givers, are the
    protected persons.  Techs, drivers, navigators, radiologists (names, NPIs),
    referring/PCP providers, employer HR contacts: staff/business -> not PHI.
  * Coaches are organisation assets: coach VINs, plates, GPS positions,
    genset serials, modem IMEIs, tablet serials, modality serials, AE titles,
    site/event addresses (employer plants, fairgrounds) -> not PHI.  A county
    or town named as an event/coach location -> not PHI; the same county or
    town as part of a patient's address -> address.
  * Log record timestamps (leading ts, "time", "@timestamp", syslog header,
    HL7 MSH-7, X12 ISA/GS/BHT creation date-times, chat ts) -> not PHI.
    Dates in the record that belong to the patient (DOB, appointment / slot,
    exam / study / observation date, letter's exam date, dates in free text
    and inside portal URLs, X12 DTP service date) -> date; a full
    date-time value is one date span.
  * Event date of an employer/county screening event alone (no person) ->
    not PHI; a roster row's slot for a named employee -> date.
  * Ages: labeled only when > 89 (incl. DICOM PatientAge "091Y" and ages of
    relatives in free text).
  * Accession numbers, NavLog case numbers, Every Woman Matters program
    IDs, employer employee IDs on rosters, mail-piece IMb serials, SMS
    personal result short links' tokens -> other_id (short result links: the
    whole URL -> url).  Patient account numbers, full card PANs -> account;
    card last4 alone -> not PHI.  Partner-hospital MRNs and PHMS MRNs -> mrn.
    Keyed SHA-256 linkage hashes of an MRN (registry link key) -> other_id.
  * DICOM Study/Series/SOP Instance UIDs -> not PHI (treated as object
    identifiers under the org root, like trace IDs); accession inside them
    never occurs.
  * Guest Wi-Fi on a coach is only used by patients and companions: guest
    client MACs -> device.  Staff tablet / LAN MACs -> not PHI.
  * Patient IPs in portal access log -> ip; LB health checks, uptime
    monitors, crawler and internal IPs -> not PHI.
  * Patient vehicle plates (mileage-voucher program) -> vehicle.
  * Driver's licence number captured at check-in -> license; ID-card face
    crop base64 -> photo; tablet consent signature image base64 -> biometric.
  * Placeholder SSNs (999-99-9999, 000-00-0000) -> not PHI; a mistyped real
    SSN attempt (8 digits) -> ssn.
  * Percent/form-encoded, JSON \\u-escaped, XML-escaped and SQL-quoted values
    are labeled where their encoded bytes are.
  * BI-RADS / Lung-RADS categories, pack-years, sex, employer names,
    payer names and group numbers -> not PHI.
"""
import base64
import hashlib
import json
import random
import sys
import urllib.parse
from datetime import date, datetime, timedelta, timezone
from xml.sax.saxutils import escape as xesc, unescape as xunesc

random.seed(230514)
R = random
ID = "ph"
NLINES = 500
TZ = timezone(timedelta(hours=-5))

# ---------------------------------------------------------------- line model
class Line:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, x):
        self.parts.append((x, None, None, None))
        return self

    def p(self, x, cat, raw=None, enc=None):
        self.parts.append((x, cat, x if raw is None else raw, enc))
        return self

    def seg(self, pieces, enc=None):
        """pieces: str (literal) or (value, cat); each piece encoded by enc."""
        for pc in pieces:
            if isinstance(pc, tuple):
                v, c = pc
                self.p(encode(v, enc), c, raw=v, enc=enc)
            else:
                self.t(encode(pc, enc))
        return self


def encode(v, enc):
    if enc is None:
        return v
    if enc == "json":
        return json.dumps(v, ensure_ascii=False)[1:-1]
    if enc == "jsona":
        return json.dumps(v, ensure_ascii=True)[1:-1]
    if enc == "xml":
        return xesc(v, {'"': "&quot;"})
    if enc == "form":
        return urllib.parse.quote_plus(v, safe="")
    if enc == "pct":
        return urllib.parse.quote(v, safe="")
    if enc == "sql":
        return v.replace("'", "''")
    raise ValueError(enc)


def decode(x, enc):
    if enc is None:
        return x
    if enc in ("json", "jsona"):
        return json.loads('"' + x + '"')
    if enc == "xml":
        return xunesc(x, {"&quot;": '"'})
    if enc == "form":
        return urllib.parse.unquote_plus(x)
    if enc == "pct":
        return urllib.parse.unquote(x)
    if enc == "sql":
        return x.replace("''", "'")
    raise ValueError(enc)


class P:  # PHI value inside a JSON structure
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class S:  # composite JSON string with embedded PHI pieces
    def __init__(self, *pieces):
        self.pieces = pieces


def jemit(L, o, ea=False, sep=(", ", ": ")):
    enc = "jsona" if ea else "json"
    if isinstance(o, dict):
        L.t("{")
        for i, (k, v) in enumerate(o.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k, ensure_ascii=ea) + sep[1])
            jemit(L, v, ea, sep)
        L.t("}")
    elif isinstance(o, list):
        L.t("[")
        for i, v in enumerate(o):
            if i:
                L.t(sep[0])
            jemit(L, v, ea, sep)
        L.t("]")
    elif isinstance(o, P):
        if isinstance(o.v, str):
            L.t('"')
            L.p(encode(o.v, enc), o.cat, raw=o.v, enc=enc)
            L.t('"')
        else:
            L.p(json.dumps(o.v), o.cat, raw=json.dumps(o.v))
    elif isinstance(o, S):
        L.t('"')
        L.seg([pc if isinstance(pc, str) else (pc.v, pc.cat) for pc in o.pieces], enc)
        L.t('"')
    else:
        L.t(json.dumps(o, ensure_ascii=ea))


# ---------------------------------------------------------------- helpers
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
    base = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def card(prefix, n=16):
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    return body + luhn_digit(body)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    al = "ACDEFGHJKMNPQRTUVWXY"
    an = al + "0123456789"
    dg = "0123456789"
    return (R.choice("123456789") + R.choice(al) + R.choice(an) + R.choice(dg) +
            R.choice(al) + R.choice(an) + R.choice(dg) + R.choice(al) + R.choice(al) +
            R.choice(dg) + R.choice(dg))


VIN_MAP = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7,
           "H": 8, "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3,
           "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi, vds):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = wmi + vds + "0" + "K" + R.choice("ABCDEFGH") + "".join(R.choice("0123456789") for _ in range(6))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    return v[:8] + ("X" if s == 10 else str(s)) + v[9:]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64blob(header, n):
    raw = header + bytes(R.getrandbits(8) for _ in range(n))
    return base64.b64encode(raw).decode()


def phone_fmt(d, style):
    a, b, c = d[:3], d[3:6], d[6:]
    return {"dash": f"{a}-{b}-{c}", "paren": f"({a}) {b}-{c}", "parenc": f"({a}){b}-{c}",
            "dot": f"{a}.{b}.{c}", "plain": d, "e164": "+1" + d}[style]


# ---------------------------------------------------------------- pools
FIRST_F = ["Dawn", "Marisol", "Thi Lan", "Oluwaseun", "Bridget", "Hye-jin", "Guadalupe", "Rosalind",
           "Tereza", "Aaliyah", "Ingrid", "Kateri", "Winona", "Precious", "Joy", "Hope", "Faith",
           "April", "Ruby", "Pearl", "Crystal", "Amber", "Charity", "Violet", "Iris", "Grace",
           "Chinwe", "Marta", "Lupita", "Sigrid", "Noor", "Bernadette", "LaDonna", "Kimberly",
           "Agnieszka", "Yolanda", "Shirley", "Anh", "Esperanza", "Maribel", "Delphine", "Wilma"]
FIRST_M = ["Earl", "Virgil", "Delbert", "Tuan", "Rashid", "Mateo", "Bo", "Curtis", "Wendell",
           "Clyde", "Hank", "Royce", "Jesús", "Ömer", "Björn", "Dale", "Rusty", "Lonnie", "Gus"]
MIDDLE = ["A", "M", "J", "Lee", "Ann", "R", "K", "Marie", "D", "", "", "", ""]
LAST = ["Hernández-Ruiz", "O'Connell", "Nguyen", "Begay", "Yazzie", "Whitehorse", "Baker", "Stone",
        "Fields", "Rivers", "Wolfe", "Church", "Bishop", "Lamb", "Hill", "Young", "Ochoa",
        "Van der Berg", "De la Cruz", "St. Pierre", "MacLeod", "Okafor", "Adeyemi", "Kowalczyk",
        "Szabo", "Lindqvist", "Park", "Kim-Sato", "Brown-Whitfield", "Little Bear", "Runningwater",
        "Mendoza Garza", "Abernathy", "Hollister", "Coffey", "Pickens", "Ybarra", "Dvořák",
        "Schwarting", "Mueller", "Frerichs", "Gonzales", "Tran", "Sorensen", "Haumont"]
TOWNS = [("Lexington", "Dawson", "NE", "68850", "308"), ("Cozad", "Dawson", "NE", "69130", "308"),
         ("Gothenburg", "Dawson", "NE", "69138", "308"), ("Broken Bow", "Custer", "NE", "68822", "308"),
         ("Ansley", "Custer", "NE", "68814", "308"), ("Arnold", "Custer", "NE", "69120", "308"),
         ("Holdrege", "Phelps", "NE", "68949", "308"), ("Bertrand", "Phelps", "NE", "68927", "308"),
         ("Ord", "Valley", "NE", "68862", "308"), ("Valentine", "Cherry", "NE", "69201", "402"),
         ("Ogallala", "Keith", "NE", "69153", "308"), ("McCook", "Red Willow", "NE", "69001", "308"),
         ("Kearney", "Buffalo", "NE", "68845", "308"), ("Colby", "Thomas", "KS", "67701", "785"),
         ("Goodland", "Sherman", "KS", "67735", "785"), ("Hays", "Ellis", "KS", "67601", "785"),
         ("Winner", "Tripp", "SD", "57580", "605"), ("Oberlin", "Decatur", "KS", "67749", "785")]
STREETS = ["W 24th St", "Prairie View Ln", "N Hwy 83", "E Pine St", "Road 762", "Walnut St",
           "S Grant Ave", "Cottonwood Dr", "Sandhills Trl", "Elm Ave", "N Washington St",
           "Meadowlark Cir", "Railroad St", "County Rd 4", "Old Lincoln Hwy"]
EMPLOYERS = [("Sandhills Beef Packers", "EVT-24-0514-LEX"), ("Platte Valley Co-op", "EVT-24-0521-GTH"),
             ("Custer County Fair Board", "EVT-24-0514-BBW"), ("Heartland Ethanol LLC", "EVT-24-0515-HOL")]
PAYERS = [("BCBSNE", "Blue Cross Blue Shield of Nebraska", "00123"), ("MEDICARE", "Medicare Part B", "CMS"),
          ("NEMCD", "Nebraska Heritage Health", "NE-MCD"), ("UHC", "UnitedHealthcare", "87726"),
          ("KANCARE", "KanCare", "KS-MCD"), ("AETNA", "Aetna", "60054"), ("EWM", "Every Woman Matters", "EWM")]
TECHS = ["K. Dobrowski RT(R)(M)", "J. Villanueva RT(R)(CT)", "S. Pettibone RT(R)(M)", "A. Kessler RT(R)"]
TECH_USERS = ["kdobrowski", "jvillanueva", "spettibone", "akessler", "rpruitt", "tgreer", "jsandoval"]
RADS = [("Mehta", "Anand"), ("Feld", "Sarah"), ("Ocampo", "Luis"), ("Whitcomb", "Helen")]
RAD_NPI = {r: npi() for r in RADS}
ORG_NPI = npi()
NAVS = ["T.Greer", "J.Sandoval", "M.Two Crow", "R.Esquivel"]
COACHES = [("COACH-01", "Rosie", "MG", "1FVACYDT", "COACH1_MG", "Sandhills Beef Packers, 1200 Plant Rd, Lexington NE"),
           ("COACH-02", "Liberty", "MG", "4V4NC9EH", "COACH2_MG", "Phelps Memorial Health Center, 1215 Tibbals St, Holdrege NE"),
           ("COACH-03", "Breathe Easy", "CT", "1FVACYDT", "COACH3_CT", "Custer County Fairgrounds, Broken Bow NE")]
COACH_VIN = {c[0]: vin(c[3][:3], c[3][3:8]) for c in COACHES}
COACH_PLATE = {"COACH-01": "NE 18-T441", "COACH-02": "NE 18-T442", "COACH-03": "NE 18-T517"}
COACH_POS = {"COACH-01": (40.7733, -99.7334), "COACH-02": (40.4478, -99.3707), "COACH-03": (41.4021, -99.6371)}
TABLETS = ["R52T40%sX" % "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5)) for _ in range(6)]
GENSET_SN = {c[0]: "L%09d" % R.randint(100000000, 999999999) for c in COACHES}
TODAY = date(2024, 5, 14)

used_mrn = set()


def new_mrn():
    while True:
        m = "PH%07d" % R.randint(30000, 99999)
        if m not in used_mrn:
            used_mrn.add(m)
            return m


def mk_phone(area):
    return area + str(R.randint(2, 9)) + "%02d" % R.randint(0, 99) + "%04d" % R.randint(0, 9999)


def mk_patient(mod):
    sex = "F" if mod == "MG" else R.choice("FM")
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = R.choice(LAST)
    mid = R.choice(MIDDLE)
    if mod == "MG":
        age = R.choice([R.randint(40, 79)] * 12 + [R.randint(90, 94)])
    else:
        age = R.randint(50, 80)
    dob = date(TODAY.year - age - (1 if R.random() < 0.5 else 0), R.randint(1, 12), R.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    town = R.choice(TOWNS)
    if R.random() < 0.12:
        street = "RR %d Box %d" % (R.randint(1, 4), R.randint(10, 399))
    elif R.random() < 0.2:
        street = "%d Road %d" % (R.randint(40000, 88999), R.randint(400, 799))
    else:
        street = "%d %s" % (R.randint(1, 4999), R.choice(STREETS))
    payer = R.choice(PAYERS[:6]) if age < 65 else PAYERS[1]
    if mod == "MG" and age < 65 and R.random() < 0.2:
        payer = PAYERS[6]
    if payer[0] == "BCBSNE":
        mem = "XYP" + "%09d" % R.randint(0, 10**9 - 1)
    elif payer[0] == "MEDICARE":
        mem = mbi()
    elif payer[0] == "NEMCD":
        mem = "%010d" % R.randint(10**8, 10**10 - 1)
    elif payer[0] == "UHC":
        mem = "9%08d" % R.randint(0, 10**8 - 1)
    elif payer[0] == "KANCARE":
        mem = "%011d" % R.randint(10**9, 10**11 - 1)
    elif payer[0] == "AETNA":
        mem = "W%09d" % R.randint(0, 10**9 - 1)
    else:
        mem = "EWM%07d" % R.randint(0, 10**7 - 1)
    em_user = (first.split()[0].lower().replace("ö", "o").replace("ü", "u").replace("é", "e").replace("ú", "u")
               + R.choice([".", "_", ""]) + last.split()[-1].lower().replace("'", "").replace("ř", "r")
               .replace("á", "a").replace("-", "") + R.choice(["", str(dob.year % 100), str(R.randint(1, 99))]))
    em = em_user + "@" + R.choice(["gmail.com", "yahoo.com", "hotmail.com", "windstream.net", "nebraskalink.com", "icloud.com", "outlook.com"])
    rel_first = R.choice(FIRST_F + FIRST_M)
    rel_type = R.choice(["dtr", "sister", "niece", "neighbor", "wife" if sex == "M" else "dtr"]) if rel_first in FIRST_F else \
        R.choice(["son", "brother", "neighbor", "husband" if sex == "F" else "son"])
    emp = R.choice(EMPLOYERS)
    return {
        "first": first, "last": last, "mid": mid, "sex": sex, "dob": dob, "age": age,
        "street": street, "city": town[0], "county": town[1], "state": town[2], "zip": town[3],
        "phone": mk_phone(town[4]), "email": em, "mrn": new_mrn(), "ssn": ssn() if R.random() < 0.65 else None,
        "payer": payer, "member": mem, "mod": mod,
        "acc": ("A" if mod == "MG" else "C") + "240514%05d" % R.randint(100, 99999),
        "pacct": "PHA%09d" % R.randint(10**7, 10**9 - 1),
        "empid": "E%06d" % R.randint(100000, 199999), "employer": emp,
        "hosp_mrn": "E%08d" % R.randint(10**6, 10**8 - 1),
        "rel": (rel_first, R.choice([last, R.choice(LAST)]), rel_type),
        "rel_phone": mk_phone(town[4]),
        "dl": (("%s%08d" % (R.choice("ABCEGHV"), R.randint(0, 10**8 - 1))) if town[2] == "NE"
               else ("K%08d" % R.randint(0, 10**8 - 1)) if town[2] == "KS" else "%08d" % R.randint(10**6, 10**8 - 1)),
        "slot": datetime(2024, 5, 14, R.randint(7, 15), R.choice([0, 10, 20, 30, 40, 50]), tzinfo=TZ),
        "prior_exam": TODAY - timedelta(days=R.randint(3, 40)),
        "birads": R.choice(["1", "1", "1", "2", "2", "0"]) if mod == "MG" else None,
        "lungrads": R.choice(["1", "2", "2", "3", "4A"]) if mod == "CT" else None,
        "packyrs": R.randint(20, 65),
        "ip": "%d.%d.%d.%d" % (R.choice([67, 98, 174, 24, 71, 208, 162]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
        "guest_mac": ":".join(["%02x" % ((R.randint(0, 255) & 0xFC) | 0x02)] + ["%02x" % R.randint(0, 255) for _ in range(5)]),
        "plate": "%d-%s%03d" % (R.choice([18, 21, 35, 36, 41, 50, 66]), R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(1, 999)),
        "ewm": "EWM-%06d" % R.randint(0, 999999),
        "navcase": "NAV-2024-%05d" % R.randint(1, 9999),
    }


PATS = [mk_patient("MG") for _ in range(46)] + [mk_patient("CT") for _ in range(18)]
# make sure a few non-ASCII names are in the pool (JSON \u escapes, UTF-8 bytes)
PATS[2]["last"], PATS[9]["last"], PATS[17]["first"], PATS[-3]["first"], PATS[-5]["last"] = \
    "Hernández-Ruiz", "Dvořák", "Agnès", "Jesús", "Ødegård"
MGP = [p for p in PATS if p["mod"] == "MG"]
CTP = [p for p in PATS if p["mod"] == "CT"]


def pick(mod=None):
    return R.choice(MGP if mod == "MG" else CTP if mod == "CT" else PATS)


def coach_for(p):
    return COACHES[2] if p["mod"] == "CT" else R.choice(COACHES[:2])


def full(p, mid=True):
    return " ".join(x for x in [p["first"], p["mid"] if mid else "", p["last"]] if x)


def hl7name(p):
    return ("%s^%s^%s" % (p["last"].upper(), p["first"].upper(), p["mid"][:1].upper())).rstrip("^")


# ---------------------------------------------------------------- clock
clock = [datetime(2024, 5, 14, 5, 47, 12, tzinfo=TZ)]


def tick(lo=3, hi=140):
    clock[0] += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return clock[0]


def iso_ms(d, z=False):
    if z:
        return (d.astimezone(timezone.utc)).strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (d.microsecond // 1000)
    return d.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (d.microsecond // 1000) + "-05:00"


def epoch_ms(d):
    return int(d.timestamp() * 1000)


# ---------------------------------------------------------------- generators
def g_telematics():
    d = tick()
    c = R.choice(COACHES)
    lat, lon = COACH_POS[c[0]]
    moving = R.random() < 0.3
    L = Line("telematics_json")
    o = {"eventId": uuid4(), "eventTime": iso_ms(d, True), "eventType": "VehicleLocation" if moving else "EngineIdle",
         "data": {"vehicle": {"id": "2814749%08d" % (COACHES.index(c) * 7919 + 12345678),
                              "name": "%s %s" % (c[0], c[1]), "vin": COACH_VIN[c[0]],
                              "licensePlate": COACH_PLATE[c[0]]},
                  "location": {"latitude": round(lat + R.uniform(-0.02, 0.02), 6), "longitude": round(lon + R.uniform(-0.02, 0.02), 6),
                               "speedMilesPerHour": round(R.uniform(38, 63), 1) if moving else 0,
                               "headingDegrees": R.randint(0, 359),
                               "reverseGeo": {"formattedLocation": c[5] if not moving else "US-30, Dawson County, NE"}},
                  "gateway": {"serial": "GH3-%s-%s" % (hexs(3).upper(), hexs(3).upper()), "model": "VG54-NA"}}}
    jemit(L, o, sep=(",", ":"))
    return [L]


def g_genset():
    d = tick()
    c = R.choice(COACHES)
    L = Line("genset_logfmt")
    load = R.randint(18, 92)
    lvl = "warn" if load > 85 else "info"
    msg = "load high, shed HVAC zone 2" if load > 85 else R.choice(["telemetry", "telemetry", "telemetry", "exercise cycle complete"])
    L.t('ts=%s level=%s coach=%s genset=onan-qd40 sn=%s msg="%s" kw=%.1f load_pct=%d fuel_pct=%d oil_psi=%d coolant_f=%d hz=%.2f v_l1=%.1f v_l2=%.1f runtime_h=%.1f fw=PC2.3-r%d'
        % (iso_ms(d), lvl, c[0], GENSET_SN[c[0]], msg, load * 0.4, load, R.randint(22, 96), R.randint(40, 62),
           R.randint(170, 201), R.uniform(59.8, 60.2), R.uniform(118, 123), R.uniform(118, 123), R.uniform(3000, 9000), R.randint(10, 19)))
    return [L]


def g_checkin():
    d = tick()
    p = pick()
    c = coach_for(p)
    L = Line("checkin_pino")
    kind = R.random()
    base = {"level": 30, "time": epoch_ms(d), "pid": R.randint(1000, 40000), "hostname": "checkin-api-%s-%s" % (hexs(9), hexs(5)),
            "reqId": "req-%s" % hexs(6)}
    if kind < 0.3:
        base.update({"msg": "checkin.submitted", "coach": c[0], "tablet": R.choice(TABLETS),
                     "visit": {"mrn": P(p["mrn"], "mrn"), "name": {"family": P(p["last"], "name"), "given": P(p["first"], "name")},
                               "birthDate": P(p["dob"].isoformat(), "date"), "sex": p["sex"],
                               "mobile": P(phone_fmt(p["phone"], R.choice(["dash", "paren", "plain"])), "phone"),
                               "coverage": {"payer": p["payer"][0], "memberId": P(p["member"], "health_plan")},
                               **({"ssn": P(p["ssn"], "ssn")} if p["payer"][0] == "EWM" and p["ssn"] else {}),
                               "slot": P(p["slot"].isoformat(), "date")},
                     "elapsedMs": R.randint(80, 900)})
    elif kind < 0.45:
        base.update({"msg": "checkin.idcapture", "coach": c[0], "mrn": P(p["mrn"], "mrn"),
                     "idDoc": {"type": "DL", "state": p["state"], "number": P(p["dl"], "license")},
                     "faceCropB64": P(b64blob(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", 57), "photo"),
                     "truncated": True})
    elif kind < 0.6:
        base.update({"msg": "consent.signed", "form": "MAMMO-CONSENT-v7" if p["mod"] == "MG" else "LDCT-SDM-v3",
                     "mrn": P(p["mrn"], "mrn"), "sigPngB64": P(b64blob(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", 45), "biometric"),
                     "emergencyContact": {"name": P("%s %s" % (p["rel"][0], p["rel"][1]), "name"), "rel": p["rel"][2],
                                          "phone": P(phone_fmt(p["rel_phone"], "dash"), "phone")}})
    else:
        base.update(R.choice([{"msg": "queue.snapshot", "coach": c[0], "waiting": R.randint(0, 7), "inExam": R.randint(0, 2), "avgWaitSec": R.randint(60, 1500)},
                              {"msg": "tablet.heartbeat", "tablet": R.choice(TABLETS), "battery": R.randint(15, 100), "app": "CoachCheck 3.8.1 (build 3081042)", "wifi": "PH-STAFF"},
                              {"msg": "request completed", "res": {"statusCode": 200}, "url": "/v2/slots?coach=%s&date=2024-05-14" % c[0], "responseTime": R.randint(5, 90)},
                              {"level": 40, "msg": "eligibility timeout, queued retry", "clearinghouse": "availity", "attempt": R.randint(1, 3), "traceId": hexs(32)}]))
        if base.get("level") == 40:
            base["level"] = 40
    jemit(L, base, sep=(",", ":"))
    return [L]


def g_logcat():
    d = tick(1, 30)
    p = pick()
    L = Line("logcat")
    pre = "%s  %5d  %5d " % (d.strftime("%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000), R.randint(3000, 9000), R.randint(3000, 9999))
    r = R.random()
    if r < 0.35:
        L.t(pre + "D CoachCheck/Prefill: roster hit for ").p(p["last"].upper() + ", " + p["first"].upper(), "name").t(" dob=").p(p["dob"].strftime("%m/%d/%Y"), "date").t(" zip=").p(p["zip"], "zip")
    elif r < 0.45:
        L.t(pre + "W CoachCheck/Scan: barcode read failed, fallback manual mrn=").p(p["mrn"], "mrn")
    else:
        L.t(pre + R.choice(["I CoachCheck/Sync: upload ok records=%d bytes=%d in %dms" % (R.randint(1, 14), R.randint(800, 64000), R.randint(90, 2200)),
                            "I chatty  : uid=10214(com.phmobile.coachcheck) RenderThread identical 3 lines",
                            "W System.err: java.net.SocketTimeoutException: timeout (api.phmobile.org:443)",
                            "D BatteryService: level=%d temp=%d health=2" % (R.randint(10, 100), R.randint(250, 410)),
                            "I CoachCheck/Kiosk: lock task mode re-entered, pkg=com.phmobile.coachcheck vc=3081042"]))
    return [L]


def g_mwl():
    d = tick()
    p = pick()
    c = coach_for(p)
    ts = d.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d.microsecond // 1000)
    th = "(EE-ManagedExecutorService-default-Thread-%d)" % R.randint(1, 40)
    out = []
    L = Line("dcm4chee_mwl")
    L.t("%s INFO  [org.dcm4che3.net.Association] %s Accept %s+%d from %s(192.168.%d.20:%d)" % (ts, th, c[4], R.randint(1, 99), c[4], 50 + COACHES.index(c), R.randint(40000, 60000)))
    out.append(L)
    d2 = tick(0, 2)
    ts = d2.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (d2.microsecond // 1000)
    L = Line("dcm4chee_mwl")
    if R.random() < 0.7:
        L.t("%s INFO  [org.dcm4che3.net.service.BasicCFindSCP] %s %s->PHMWL: C-FIND-RQ PatientName=" % (ts, th, c[4])).p(hl7name(p), "name").t(" PatientID=").p(p["mrn"], "mrn").t(" AccessionNumber=").p(p["acc"], "other_id").t(" Modality=%s ScheduledStationAETitle=%s SPSStartDate=" % ("MG" if p["mod"] == "MG" else "CT", c[4])).p(p["slot"].strftime("%Y%m%d"), "date")
    else:
        L.t("%s INFO  [org.dcm4che3.net.service.BasicCFindSCP] %s %s->PHMWL: C-FIND-RQ PatientName=* Modality=%s SPSStartDate=20240514 ScheduledStationAETitle=%s" % (ts, th, c[4], p["mod"], c[4]))
    out.append(L)
    L = Line("dcm4chee_mwl")
    L.t("%s INFO  [org.dcm4che3.net.service.BasicCFindSCP] %s %s->PHMWL: C-FIND-RSP status=0000H matches=%d elapsed=%dms" % (ts, th, c[4], R.randint(0, 22), R.randint(8, 300)))
    out.append(L)
    return out


def g_dcmtk():
    d = tick()
    p = pick()
    c = coach_for(p)
    out = []
    mg = p["mod"] == "MG"
    root = "1.2.826.0.1.3680043.10.1142"
    study = "%s.%d.%d" % (root, R.randint(10**9, 10**10), R.randint(1, 999))
    sop = "%s.%d" % (study, R.randint(1, 99))
    L = Line("dcmtk")
    L.t("I: Association Received %s: %s -> PHARCHIVE (max PDU 116794)" % ("192.168.%d.21" % (50 + COACHES.index(c)), c[4]))
    out.append(L)
    L = Line("dcmtk")
    L.t("I: Received Store Request: MsgID %d, (%s) %s bytes=%d" % (R.randint(1, 9999), "MG" if mg else "CT", "1.2.840.10008.5.1.4.1.1.1.2" if mg else "1.2.840.10008.5.1.4.1.1.2", R.randint(2 * 10**6, 6 * 10**7)))
    out.append(L)
    if R.random() < 0.55:
        def dl(tag, vr, val, cat, desc):
            L = Line("dcmtk")
            L.t("(%s) %s [" % (tag, vr))
            if cat:
                L.p(val, cat)
            else:
                L.t(val)
            L.t("]%s# %3d, 1 %s" % (" " * max(1, 40 - len(val)), len(val.encode()), desc))
            return L
        agestr = "%03dY" % p["age"]
        out.append(dl("0008,0020", "DA", p["slot"].strftime("%Y%m%d"), "date", "StudyDate"))
        out.append(dl("0008,0050", "SH", p["acc"], "other_id", "AccessionNumber"))
        out.append(dl("0008,0080", "LO", "Plains Health Mobile Screening", None, "InstitutionName"))
        out.append(dl("0010,0010", "PN", ("%s^%s^%s" % (p["last"], p["first"], p["mid"])).rstrip("^"), "name", "PatientName"))
        out.append(dl("0010,0020", "LO", p["mrn"], "mrn", "PatientID"))
        out.append(dl("0010,0030", "DA", p["dob"].strftime("%Y%m%d"), "date", "PatientBirthDate"))
        out.append(dl("0010,1010", "AS", agestr, "age" if p["age"] > 89 else None, "PatientAge"))
        out.append(dl("0018,1000", "LO", "SN%d" % R.randint(10**6, 10**7) if mg else "108412", None, "DeviceSerialNumber"))
        out.append(dl("0020,000d", "UI", study, None, "StudyInstanceUID"))
    L = Line("dcmtk")
    L.t("I: storing DICOM file: /data/incoming/%s/%s.%s.dcm" % (study, "MG" if mg else "CT", sop))
    out.append(L)
    return out


def g_hl7():
    d = tick()
    p = pick()
    c = coach_for(p)
    oru = R.random() < 0.55
    out = []
    ts = d.strftime("%Y%m%d%H%M%S")
    cid = "PH%s%04d" % (d.strftime("%y%m%d"), R.randint(0, 9999))
    hosp = R.choice([("EPIC", "GSHKEARNEY"), ("MEDITECH", "PHELPSMEM"), ("CERNER", "GREATPLAINSHLTH")])
    L = Line("hl7v2")
    L.t("MSH|^~\\&|COACHRIS|PHMS|%s|%s|%s||%s|%s|P|2.5.1" % (hosp[0], hosp[1], ts, "ORU^R01^ORU_R01" if oru else "ORM^O01^ORM_O01", cid))
    out.append(L)
    L = Line("hl7v2")
    L.t("PID|1||").p(p["mrn"], "mrn").t("^^^PHMS^MR~").p(p["hosp_mrn"], "mrn").t("^^^%s^MR" % hosp[1])
    if p["ssn"] and R.random() < 0.8:
        L.t("~").p(p["ssn"].replace("-", ""), "ssn").t("^^^SSA^SS")
    L.t("||").p(hl7name(p), "name").t("||").p(p["dob"].strftime("%Y%m%d"), "date").t("|%s|||" % p["sex"])
    L.p(p["street"].upper(), "address").t("^^").p(p["city"].upper(), "address").t("^%s^" % p["state"]).p(p["zip"], "zip").t("^USA^H^^")
    L.p(p["county"].upper(), "address").t("||").p(phone_fmt(p["phone"], "parenc"), "phone").t("^PRN^PH|||||").p(p["pacct"], "account")
    out.append(L)
    L = Line("hl7v2")
    L.t("PV1|1|O|%s^^^PHMS||||%s^%s^%s^^^^NPI|||||||||||" % (c[0].replace("-", ""), RAD_NPI[RADS[0]], "LOPEZ", "MARIA") + "|||||||||||||||||||||||||")
    out.append(L)
    if not oru and R.random() < 0.6:
        L = Line("hl7v2")
        L.t("IN1|1|%s|%s|%s||||%s||||||||" % (p["payer"][0], p["payer"][2], p["payer"][1].upper(), "NE0042" if p["payer"][0] == "BCBSNE" else "")).p(hl7name(p), "name").t("|SEL|").p(p["dob"].strftime("%Y%m%d"), "date").t("|||||||||||||||||||").p(p["member"], "health_plan")
        out.append(L)
    L = Line("hl7v2")
    L.t("ORC|%s|%s|" % ("RE" if oru else "NW", cid)).p(p["acc"], "other_id").t("||%s" % ("CM" if oru else "SC"))
    out.append(L)
    L = Line("hl7v2")
    code = ("77067^SCREENING MAMMO BILAT W CAD^CPT" if p["mod"] == "MG" else "71271^CT LOW DOSE LUNG SCREEN^CPT")
    L.t("OBR|1|%s|" % cid).p(p["acc"], "other_id").t("|%s|||" % code).p(p["slot"].strftime("%Y%m%d%H%M"), "date").t("||||||||%s^%s^%s||||||" % (RAD_NPI[RADS[1]], RADS[1][0].upper(), RADS[1][1].upper()))
    if oru:
        L.t("%s||%s|F" % (d.strftime("%Y%m%d%H%M"), "MG" if p["mod"] == "MG" else "CT"))
    out.append(L)
    if oru:
        if p["mod"] == "MG":
            vals = [("BIRADS^BI-RADS assessment^L", "CWE", "%s^BI-RADS %s^BIRADS" % (p["birads"], p["birads"])),
                    ("DENS^Breast density^L", "ST", R.choice(["B - scattered fibroglandular", "C - heterogeneously dense", "A - almost entirely fatty"])),
                    ("IMP^Impression^L", "TX", {"0": "Incomplete. Additional imaging evaluation needed (L breast asymmetry).", "1": "Negative.", "2": "Benign finding(s)."}[p["birads"]])]
        else:
            vals = [("LUNGRADS^Lung-RADS v2022^L", "CWE", "%s^Lung-RADS %s^LR22" % (p["lungrads"], p["lungrads"])),
                    ("PACKYR^Pack-years^L", "NM", str(p["packyrs"])),
                    ("IMP^Impression^L", "TX", "Lung-RADS %s. Follow per ACR guideline." % p["lungrads"])]
        for i, (cd, vt, v) in enumerate(vals, 1):
            L = Line("hl7v2")
            L.t("OBX|%d|%s|%s||%s||||||F|||%s" % (i, vt, cd, v, d.strftime("%Y%m%d%H%M")))
            out.append(L)
    return out


def g_readq():
    d = tick()
    p = pick()
    rad = R.choice(RADS)
    L = Line("readq_kv")
    r = R.random()
    q = "MG-SCREEN" if p["mod"] == "MG" else "CT-LCS"
    pre = "%s readq[%d]: " % (d.strftime("%Y-%m-%dT%H:%M:%S%z"), R.randint(1000, 9000))
    if r < 0.4:
        L.t(pre + "event=assign queue=%s study=" % q).p(p["acc"], "other_id").t(' reader_npi=%s reader="%s, %s MD" prio=%s site=%s' % (RAD_NPI[rad], rad[0], rad[1], R.choice(["routine", "routine", "stat-callback"]), coach_for(p)[0]))
    elif r < 0.55:
        L.t(pre + "event=signed queue=%s study=" % q).p(p["acc"], "other_id").t(" mrn=").p(p["mrn"], "mrn").t(" result=%s tat_min=%d reader_npi=%s" % ("BIRADS-" + p["birads"] if p["birads"] else "LR-" + p["lungrads"], R.randint(12, 600), RAD_NPI[rad]))
    else:
        L.t(pre + "event=stats queue=%s depth=%d oldest_min=%d readers_online=%d sla_breach=%d build=readq-2.14.0+g%s" % (q, R.randint(0, 80), R.randint(1, 900), R.randint(1, 4), R.randint(0, 3), hexs(7)))
    return [L]


def g_letter():
    d = tick()
    p = pick()
    out = []
    ts = d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000)
    th = "[letter-worker-%d]" % R.randint(1, 6)
    r = R.random()
    tmpl = ("BIRADS_%s_%s" % (p["birads"], R.choice(["EN", "EN", "ES"]))) if p["mod"] == "MG" else "LUNGRADS_%s_EN" % p["lungrads"]
    if r < 0.38:
        L = Line("lettergen")
        L.t("%s INFO  %s c.p.letters.RenderService - rendered template=%s pages=%d mrn=" % (ts, th, tmpl, R.randint(1, 2))).p(p["mrn"], "mrn").t(' recipient="').p(full(p), "name").t('" exam_date=').p(p["prior_exam"].isoformat(), "date").t(" ms=%d" % R.randint(40, 900))
        out.append(L)
        if R.random() < 0.3:
            out.append(Line("lettergen").t("%s INFO  %s c.p.letters.FaxService - PCP copy queued RightFax job=%d to=(308) %03d-%04d (Dr. %s clinic) pages=2" % (ts, th, R.randint(100000, 999999), R.randint(200, 999), R.randint(0, 9999), R.choice(["Halvorsen", "Nakamura-Price", "Obi", "Kettleson"]))))
        if R.random() < 0.5:
            L = Line("letter_xml")
            L.t('<Letter id="LTR-%s" template="%s"><Recipient><Name>' % (hexs(10).upper(), tmpl))
            L.seg([(full(p, False), "name")], "xml")
            L.t("</Name><Street>").seg([(p["street"], "address")], "xml").t("</Street><City>").seg([(p["city"], "address")], "xml")
            L.t("</City><State>%s</State><Zip>" % p["state"]).p(p["zip"], "zip").t('</Zip></Recipient><Exam modality="%s" date="' % p["mod"]).p(p["prior_exam"].isoformat(), "date")
            L.t('"/><Reader npi="%s"/><Footer>Plains Health Mobile Screening &amp; Great Plains Radiology · 2200 Depot Rd, Hastings NE 68901 · (402) 463-7710</Footer></Letter>' % RAD_NPI[R.choice(RADS)])
            out.append(L)
    elif r < 0.65:
        L = Line("lettergen")
        L.t("%s ERROR %s c.p.letters.AddressService - CASS validation failed for mrn=" % (ts, th)).p(p["mrn"], "mrn").t(": com.phmobile.letters.AddressValidationException: undeliverable: '").p(p["street"] + ", " + p["city"], "address").t(" %s " % p["state"]).p(p["zip"], "zip").t("' (dpv=N)")
        out.append(L)
        frames = ["\tat com.phmobile.letters.AddressService.validate(AddressService.java:%d)" % R.randint(80, 300),
                  "\tat com.phmobile.letters.RenderService.render(RenderService.java:%d)" % R.randint(80, 300),
                  "\tat com.phmobile.letters.LetterWorker.lambda$run$0(LetterWorker.java:%d)" % R.randint(30, 90),
                  "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
                  "\tat java.base/java.util.concurrent.ThreadPoolExecutor$Worker.run(ThreadPoolExecutor.java:635)",
                  "\tat java.base/java.lang.Thread.run(Thread.java:840)"]
        for f in frames[:R.randint(3, 6)]:
            out.append(Line("java_stack").t(f))
        if R.random() < 0.5:
            out.append(Line("java_stack").t("Caused by: org.apache.hc.client5.http.HttpHostConnectException: Connect to https://us-street.api.smarty.com:443 failed: Read timed out"))
            out.append(Line("java_stack").t("\t... %d common frames omitted" % R.randint(4, 12)))
    else:
        L = Line("lettergen")
        L.t("%s %s %s c.p.letters.%s" % (ts, R.choice(["INFO ", "INFO ", "DEBUG", "WARN "]), th, R.choice([
            "BatchScheduler - batch %s closed: %d letters, %d spanish, %d returned-mail holds" % ("B%s-%03d" % (d.strftime("%Y%m%d"), R.randint(1, 40)), R.randint(20, 400), R.randint(0, 40), R.randint(0, 5)),
            "PdfEngine - font cache warm in %dms (openhtmltopdf 1.0.10)" % R.randint(100, 900),
            "TemplateRepo - loaded %d templates from git sha %s" % (R.randint(20, 60), hexs(40)),
            "LetterRepository - HikariPool-1 - Connection is not available, request timed out after 30000ms.",
        ])))
        out.append(L)
    return out


def g_mail_csv():
    tick()
    out = []
    job = "job_%s" % hexs(16)
    if R.random() < 0.5:
        out.append(Line("mail_csv").t("job_id,piece_id,template,recipient,address_line1,city,state,zip,imb_serial,mail_class,status,cost_usd"))
    for _ in range(R.randint(1, 3)):
        p = pick()
        L = Line("mail_csv")
        tmpl = ("BIRADS_%s_EN" % p["birads"]) if p["mod"] == "MG" else ("LUNGRADS_%s_EN" % p["lungrads"])
        nm = "%s %s" % (p["first"], p["last"])
        L.t("%s,ltr_%s,%s," % (job, hexs(14), tmpl))
        if "," in nm or '"' in nm:
            L.t('"').p(nm, "name").t('"')
        else:
            L.p(nm, "name")
        L.t(",").p(p["street"], "address").t(",").p(p["city"], "address").t(",%s," % p["state"]).p(p["zip"], "zip").t(",").p("%06d" % R.randint(0, 999999), "other_id").t(",usps_first_class,%s,%.2f" % (R.choice(["in_transit", "mailed", "processed_for_delivery", "returned_to_sender"]), R.uniform(0.6, 0.9)))
        out.append(L)
    return out


def g_ncoa():
    tick()
    p = pick()
    L = Line("ncoa_fixed")
    nm = ("%s %s" % (p["last"].upper(), p["first"].upper()))[:30]
    newst = "%d %s" % (R.randint(1, 4999), R.choice(STREETS).upper())
    t = R.choice(TOWNS)
    eff = TODAY - timedelta(days=R.randint(30, 300))
    L.t("D%06d" % R.randint(1, 999999)).p(p["mrn"], "mrn").t(" " * (12 - len(p["mrn"])))
    L.p(nm, "name").t(" " * (30 - len(nm))).p(p["street"].upper(), "address").t(" " * (30 - len(p["street"]))).p(p["zip"], "zip").t("     ")
    L.p(newst, "address").t(" " * (30 - len(newst))).p(t[0].upper(), "address").t(" " * (20 - len(t[0]))).t(t[2]).p(t[3], "zip")
    L.t(" %s%s%s 91" % (eff.strftime("%Y%m"), R.choice("IF"), R.choice("AM")))
    return [L]


def d2s(x):
    return x.strftime("%y%m")


def g_nav():
    d = tick()
    p = pick()
    L = Line("navlog_tsv")
    nav = R.choice(NAVS)
    L.t(iso_ms(d) + "\t" + nav + "\t").p(p["navcase"], "other_id").t("\t").p(p["mrn"], "mrn").t("\t")
    out = R.choice(["LVM", "REACHED", "NO_ANS", "WRONG_NUM", "SCHEDULED"])
    L.t(out + "\t")
    rel = p["rel"]
    fu = TODAY + timedelta(days=R.randint(3, 21))
    k = R.randint(0, 6)
    if k == 0:
        L.t("LVM for pt re BI-RADS 0 callback; ").t(rel[2] + " ").p(rel[0] + " " + rel[1], "name").t(" (EC) ").p(phone_fmt(p["rel_phone"], "dash"), "phone").t(" asked we call after 5pm. Dx mammo sched ").p(fu.strftime("%-m/%-d"), "date").t(" @ Good Samaritan Kearney.")
    elif k == 1:
        L.t("Spoke w/ pt. Needs ride from ").p(p["city"], "address").t(" to Kearney for dx US. Mileage voucher, pt's ").t(rel[2]).t(" drives, %s plate " % p["state"]).p(p["plate"], "vehicle").t(". Voucher mailed to ").p(p["street"], "address").t(".")
    elif k == 2:
        L.t("Pt reached on cell ").p(phone_fmt(p["phone"], "paren"), "phone").t(". Prefers Spanish. Rescheduled %s to " % ("dx mammo + US" if p["mod"] == "MG" else "3-mo f/u LDCT")).p(fu.strftime("%m/%d/%Y"), "date").t(". Confirmed DOB ").p(p["dob"].strftime("%m/%d/%y"), "date").t(". EWM enrollment ").p(p["ewm"], "other_id").t(" active.")
    elif k == 3:
        age = R.randint(90, 96)
        L.t("Pt's mother ").p(R.choice(FIRST_F) + " " + p["last"], "name").t(" (").p(str(age), "age").t(" y/o) also wants a mammo on the coach, lives w/ pt. Told her to call 1-866-555-0142 (PHMS scheduling).")
    elif k == 4:
        L.t("No answer x3. Letter sent to addr on file. Email bounce ").p(p["email"], "email").t(" - pls update. Ticket INC0048213 opened w/ IT for CRM sync.")
    elif k == 5:
        L.t("Pt states she moved to ").p("%d %s, %s" % (R.randint(1, 999), R.choice(STREETS), R.choice(TOWNS)[0]), "address").t(". Updated in NavLog; MagView not synced yet.")
    else:
        L.t("Pt declined f/u, wants to talk with PCP Dr. Halvorsen first. Will call back wk of ").p(fu.strftime("%b %-d"), "date").t(". Smoker %d pk-yr, quit 2019." % p["packyrs"])
    return [L]


def g_roster():
    tick()
    out = []
    emp = R.choice(EMPLOYERS)
    if R.random() < 0.3:
        out.append(Line("roster_psv").t("EVENT_ID|EMPLOYER|EMP_NO|LAST_NM|FIRST_NM|DOB|SEX|CELL|SLOT|SVC|PAYER|MEMBER_NO"))
    for _ in range(R.randint(1, 3)):
        p = pick("MG") if R.random() < 0.75 else pick("CT")
        L = Line("roster_psv")
        L.t("%s|%s|" % (emp[1], emp[0])).p(p["empid"], "other_id").t("|").p(p["last"].upper(), "name").t("|").p(p["first"].upper(), "name").t("|").p(p["dob"].strftime("%Y-%m-%d"), "date").t("|%s|" % p["sex"])
        L.p(phone_fmt(p["phone"], "plain"), "phone").t("|").p("2024-%s-%s %s" % (emp[1][7:9], emp[1][9:11], p["slot"].strftime("%H:%M")), "date").t("|%s|%s|" % ("MAMMO" if p["mod"] == "MG" else "LDCT", p["payer"][0])).p(p["member"], "health_plan")
        out.append(L)
    if R.random() < 0.3:
        out.append(Line("roster_psv").t("#TRAILER|%s|rows=%d|generated_by=HRIS Workday export v41.2|contact=benefits@%s.com" % (emp[1], R.randint(20, 140), emp[0].split()[0].lower())))
    return out


def g_twilio():
    d = tick()
    p = pick()
    r = R.random()
    sid = "SM" + hexs(32)
    if r < 0.5:
        L = Line("twilio_form")
        L.t('%s - - [%s] "POST /hooks/twilio/status HTTP/1.1" 204 0 "-" "TwilioProxy/1.1" body="' % ("54.172.60.%d" % R.randint(0, 255), d.strftime("%d/%b/%Y:%H:%M:%S -0500")))
        L.t("SmsSid=%s&SmsStatus=%s&MessageStatus=%s&To=" % (sid, *([R.choice(["delivered", "sent", "undelivered"])] * 2))).seg([("+1" + p["phone"], "phone")], "form").t("&From=%2B14024637710&AccountSid=AC" + hexs(32) + "&ApiVersion=2010-04-01\"")
        return [L]
    L = Line("sms_json")
    tok = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789") for _ in range(7))
    if r < 0.8:
        body = S("Hi ", P(p["first"], "name"), ", this is Plains Health Mobile Screening. Reminder: your ",
                 "mammogram" if p["mod"] == "MG" else "lung screening CT", " is ", P(p["slot"].strftime("%a %-m/%-d at %-I:%M %p"), "date"),
                 " on the coach at ", coach_for(p)[5], ". Reply C to confirm, R to reschedule. STOP to opt out.")
        o = {"ts": iso_ms(d), "dir": "outbound", "sid": sid, "to": P("+1" + p["phone"], "phone"), "from": "+14024637710", "segments": 2, "body": body}
    elif r < 0.9:
        body = S("Your results letter is ready: ", P("https://phm.care/r/" + tok, "url"), " (expires in 30 days). Questions? (402) 463-7710")
        o = {"ts": iso_ms(d), "dir": "outbound", "sid": sid, "to": P("+1" + p["phone"], "phone"), "from": "+14024637710", "segments": 1, "body": body}
    else:
        rel = R.choice(FIRST_F)
        age = R.randint(90, 95)
        body = S(R.choice(["C", "c thank u", "Can my mom ", "R pls, cant get off work"]))
        if body.pieces[0] == "Can my mom ":
            body = S("Can my mom ", P(rel, "name"), " come too? she is ", P(str(age), "age"), " and never had one")
        o = {"ts": iso_ms(d), "dir": "inbound", "sid": sid, "from": P("+1" + p["phone"], "phone"), "to": "+14024637710", "body": body}
    jemit(L, o, ea=R.random() < 0.5)
    return [L]


def g_nginx():
    d = tick(1, 60)
    p = pick()
    L = Line("nginx")
    r = R.random()
    ua = R.choice(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
                   "Mozilla/5.0 (Linux; Android 14; SM-A146U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36",
                   "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.0.0"])
    tsn = d.strftime("[%d/%b/%Y:%H:%M:%S -0500]")
    if r < 0.45:
        L.p(p["ip"], "ip").t(" - - %s \"GET /portal/letters/" % tsn).p(p["mrn"], "mrn").t("/").p(p["prior_exam"].isoformat(), "date").t('.pdf HTTP/2.0" 200 %d "https://portal.phmobile.org/portal/home" "%s" rt=%.3f' % (R.randint(30000, 90000), ua, R.uniform(0.01, 0.4)))
    elif r < 0.6:
        L.p(p["ip"], "ip").t(" - - %s \"POST /api/v1/appointments?coach=%s&lastName=" % (tsn, coach_for(p)[0])).seg([(p["last"], "name")], "pct").t("&dob=").p(p["dob"].strftime("%m%%2F%d%%2F%Y"), "date", raw=p["dob"].strftime("%m/%d/%Y"), enc="pct").t(' HTTP/2.0" 201 512 "-" "%s" rt=%.3f' % (ua, R.uniform(0.05, 0.9)))
    else:
        src = R.choice([("10.40.2.%d" % R.randint(2, 30), "GET /healthz HTTP/1.1", "ELB-HealthChecker/2.0", 17),
                        ("216.144.250.150", "HEAD / HTTP/1.1", "Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)", 0),
                        ("66.249.66.%d" % R.randint(1, 200), "GET /robots.txt HTTP/1.1", "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)", 68),
                        ("10.40.2.%d" % R.randint(2, 30), "GET /static/js/main.%s.js HTTP/1.1" % hexs(8), "Amazon CloudFront", R.randint(180000, 420000))])
        L.t('%s - - %s "%s" 200 %d "-" "%s" rt=%.3f' % (src[0], tsn, src[1], src[3], src[2], R.uniform(0.0, 0.05)))
    return [L]


def g_syslog():
    d = tick()
    c = R.choice(COACHES)
    p = pick()
    host = c[0].replace("-", "") + "-IBR900"
    L = Line("syslog_router")
    pre = "<%d>%s %s " % (R.choice([134, 30, 38]), d.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if d.day < 10 else d.strftime("%b %d %H:%M:%S"), host)
    r = R.random()
    if r < 0.35:
        L.t(pre + "dhcpd[%d]: DHCPACK on 192.168.60.%d to " % (R.randint(200, 900), R.randint(20, 200))).p(p["guest_mac"], "device").t(" (%s) via br2 (PH-Guest)" % R.choice(["Galaxy-A14", "iPhone", "android-" + hexs(8), "*"]))
    elif r < 0.5:
        L.t(pre + "hostapd: wlan1: STA ").p(p["guest_mac"], "device").t(" IEEE 802.11: associated (aid %d) ssid=PH-Guest" % R.randint(1, 30))
    else:
        L.t(pre + R.choice(["wan: modem mdm-%s (MC400-1200M) IMEI 35%013d connected, carrier Verizon, RSRP -%d dBm, IP 166.%d.%d.%d" % (hexs(6), R.randint(0, 10**13 - 1), R.randint(80, 118), R.randint(130, 170), R.randint(0, 255), R.randint(1, 254)),
                            "dhcpd[412]: DHCPACK on 192.168.50.%d to %s (PH-TAB-%02d) via br1 (PH-STAFF)" % (R.randint(20, 60), "f4:7b:09:" + ":".join("%02x" % R.randint(0, 255) for _ in range(3)), R.randint(1, 12)),
                            "ipsec: tunnel phms-hq (50.%d.%d.%d) rekey ok, SA lifetime 28800s" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                            "kernel: [%d.%06d] wwan0: link becomes ready" % (R.randint(1000, 90000), R.randint(0, 999999)),
                            "ntpd[%d]: adjusting local clock by %.6fs" % (R.randint(200, 900), R.uniform(-0.2, 0.2))]))
    return [L]


def g_x12():
    d = tick()
    p = pick()
    out = []
    ctl = "%09d" % R.randint(1, 999999999)
    is271 = R.random() < 0.5
    segs = []
    segs.append([("ISA*00*          *00*          *ZZ*PHMS0042       *ZZ*AVAILITY       *%s*%s*^*00501*%s*0*P*:~" % (d.strftime("%y%m%d"), d.strftime("%H%M"), ctl))] if not is271 else
                [("ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*PHMS0042       *%s*%s*^*00501*%s*0*P*:~" % (d.strftime("%y%m%d"), d.strftime("%H%M"), ctl))])
    segs.append(["GS*HB*AVAILITY*PHMS0042*%s*%s*%d*X*005010X279A1~" % (d.strftime("%Y%m%d"), d.strftime("%H%M"), R.randint(1, 9999)) if is271 else
                 "GS*HS*PHMS0042*AVAILITY*%s*%s*%d*X*005010X279A1~" % (d.strftime("%Y%m%d"), d.strftime("%H%M"), R.randint(1, 9999))])
    segs.append(["ST*%s*0001*005010X279A1~" % ("271" if is271 else "270")])
    segs.append(["BHT*0022*%s*%s*%s*%s~" % ("11" if is271 else "13", hexs(12).upper(), d.strftime("%Y%m%d"), d.strftime("%H%M%S"))])
    segs.append(["NM1*PR*2*%s*****PI*%s~" % (p["payer"][1].upper(), p["payer"][2])])
    segs.append(["NM1*1P*2*PLAINS HEALTH MOBILE SCREENING*****XX*%s~" % ORG_NPI])
    segs.append(["TRN*%d*" % (2 if is271 else 1), (p["pacct"], "account"), "*9PHMS00042~"])
    segs.append(["NM1*IL*1*", (p["last"].upper(), "name"), "*", (p["first"].upper(), "name"), "****MI*", (p["member"], "health_plan"), "~"])
    if is271 and R.random() < 0.6:
        segs.append(["N3*", (p["street"].upper(), "address"), "~"])
        segs.append(["N4*", (p["city"].upper(), "address"), "*%s*" % p["state"], (p["zip"], "zip"), "~"])
    segs.append(["DMG*D8*", (p["dob"].strftime("%Y%m%d"), "date"), "*%s~" % p["sex"]])
    segs.append(["DTP*291*D8*", (p["slot"].strftime("%Y%m%d"), "date"), "~"])
    if is271:
        segs.append(["EB*1*IND*30**%s~" % R.choice(["PPO", "HMO", "MB", "MC"])])
        segs.append(["EB*B*IND*4*%s*CO-PAY*27*0~" % ("MB" if p["payer"][0] == "MEDICARE" else "PR")])
        segs.append(["MSG*PREVENTIVE SCREENING COVERED AT 100% IN NETWORK~"])
    else:
        segs.append(["EQ*30~"])
    segs.append(["SE*%d*0001~" % (len(segs) - 1)])
    segs.append(["GE*1*%d~" % R.randint(1, 9999)])
    segs.append(["IEA*1*%s~" % ctl])
    for s in segs:
        L = Line("x12")
        for pc in s:
            if isinstance(pc, tuple):
                L.p(pc[0], pc[1])
            else:
                L.t(pc)
        out.append(L)
    return out


def g_fhir():
    d = tick()
    p = pick()
    L = Line("fhir")
    r = R.random()
    link = hashlib.sha256(("phms-registry-2024|" + p["mrn"]).encode()).hexdigest()
    if r < 0.5:
        o = {"resourceType": "Patient", "id": "pt-" + hexs(12),
             "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": iso_ms(d), "source": "#phms-coachris-4.2.7"},
             "identifier": [{"system": "https://fhir.phmobile.org/sid/mrn", "value": P(p["mrn"], "mrn")},
                            {"system": "urn:oid:2.16.840.1.113883.3.4812.99.1", "value": P(link, "other_id")}],
             "name": [{"family": P(p["last"], "name"), "given": [P(p["first"], "name")]}],
             "telecom": [{"system": "phone", "value": P(phone_fmt(p["phone"], "dash"), "phone"), "use": "mobile"},
                         {"system": "email", "value": P(p["email"], "email")}],
             "gender": "female" if p["sex"] == "F" else "male", "birthDate": P(p["dob"].isoformat(), "date"),
             "address": [{"line": [P(p["street"], "address")], "city": P(p["city"], "address"), "district": P(p["county"] + " County", "address"),
                          "state": p["state"], "postalCode": P(p["zip"], "zip")}]}
    elif r < 0.8:
        o = {"resourceType": "DiagnosticReport", "id": "dr-" + hexs(12), "status": "final",
             "code": {"coding": [{"system": "http://loinc.org", "code": "24606-6" if p["mod"] == "MG" else "87847-0",
                                  "display": "MG Breast Screening" if p["mod"] == "MG" else "CT Chest low dose for lung cancer screening"}]},
             "subject": {"reference": "Patient/pt-" + hexs(12), "identifier": {"value": P(p["mrn"], "mrn")}},
             "identifier": [{"type": {"text": "ACSN"}, "value": P(p["acc"], "other_id")}],
             "effectiveDateTime": P(p["slot"].isoformat(), "date"), "issued": iso_ms(d),
             "performer": [{"display": "%s, %s MD" % RADS[R.randrange(4)]}],
             "conclusion": ("BI-RADS %s" % p["birads"]) if p["birads"] else ("Lung-RADS %s" % p["lungrads"])}
    else:
        o = {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
             "diagnostics": "HAPI-0389: Failed to call access method: java.lang.IllegalStateException: registry endpoint 503 (trace %s)" % hexs(16)}]}
    jemit(L, o, sep=(",", ":"))
    return [L]


def g_pg():
    d = tick()
    p = pick()
    L = Line("postgres")
    pre = "%s CDT [%d] navapp@phnav " % (d.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (d.microsecond // 1000), R.randint(2000, 60000))
    r = R.random()
    if r < 0.3:
        L.t(pre + "LOG:  statement: UPDATE patient_contact SET phone_mobile = '").p(p["phone"], "phone").t("', email = '").seg([(p["email"], "email")], "sql").t("', updated_by = 'tgreer' WHERE mrn = '").p(p["mrn"], "mrn").t("';")
    elif r < 0.45:
        L.t(pre + "LOG:  statement: SELECT * FROM patient WHERE last_name ILIKE '").seg([(p["last"], "name")], "sql").t("%' AND birth_date = '").p(p["dob"].isoformat(), "date").t("' LIMIT 25;")
    elif r < 0.6:
        L.t(pre + "ERROR:  duplicate key value violates unique constraint \"patient_ssn_key\"")
        L2 = Line("postgres")
        s = p["ssn"] or ssn()
        L2.t(pre + "DETAIL:  Key (ssn)=(").p(s, "ssn").t(") already exists.")
        return [L, L2]
    else:
        L.t(pre + R.choice(["LOG:  duration: %.3f ms  execute <unnamed>: SELECT count(*) FROM nav_task WHERE due_at < now() AND status = $1" % R.uniform(0.2, 80),
                            "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s" % (R.randint(10, 4000), R.uniform(0, 20), R.uniform(0.1, 30)),
                            "LOG:  automatic vacuum of table \"phnav.public.call_note\": index scans: 1",
                            "WARNING:  there is no transaction in progress"]))
    return [L]


def g_chat():
    d = tick()
    p = pick()
    L = Line("chat_json")
    u = R.choice(TECH_USERS)
    r = R.random()
    if r < 0.3:
        txt = S("bay 2 pt ", P(p["last"], "name"), " needs wheelchair, her ride (", p["rel"][2], ") is out by the gen")
    elif r < 0.45:
        txt = S("heads up ", P(p["first"] + " " + p["last"], "name"), " DOB ", P(p["dob"].strftime("%-m/%-d/%y"), "date"), " is on both rosters, merged into ", P(p["mrn"], "mrn"))
    elif r < 0.55:
        txt = S("pt in chair 1 is ", P(str(R.randint(90, 94)), "age"), " and hard of hearing, go slow pls")
    else:
        txt = S(R.choice(["gen is surging again, calling Cummins (ticket 2024-88412)", "out of 24x30 paddles on coach 2?",
                          "Lexington lot is muddy, park on the north pad", "MWL down ~5 min, restarted dcm4chee",
                          "Dr Feld says she's behind, CT queue at 31", "coffee at Runza after load-out",
                          "Rosie's awning motor stuck again lol", "Tab 7 won't charge, swapping w/ spare R52T40Q8ZX"]))
    o = {"type": "message", "user": "U0%s" % hexs(8).upper(), "user_name": u, "channel": "C04COACHOPS", "ts": "%d.%06d" % (int(d.timestamp()), R.randint(0, 999999)), "text": txt}
    jemit(L, o, ea=True)
    return [L]


def g_dose():
    d = tick()
    p = pick("CT")
    L = Line("dose_csv")
    if R.random() < 0.2:
        L.t("study_time,station,model,serial,accession,protocol,ctdivol_mgy,dlp_mgycm,ssde_mgy,kvp,alert")
        return [L]
    L.t("%s,COACH3_CT,SOMATOM go.Up,108412," % d.strftime("%Y-%m-%dT%H:%M:%S")).p(p["acc"], "other_id").t(",LDCT LUNG SCREEN 4.0,%.2f,%.1f,%.2f,%d,%s" % (R.uniform(0.6, 2.4), R.uniform(20, 90), R.uniform(1, 3), R.choice([100, 110, 120]), R.choice(["", "", "", "NRL_EXCEEDED"])))
    return [L]


def g_pay():
    d = tick()
    p = pick()
    L = Line("pay_kv")
    r = R.random()
    pre = "time=\"%s\" svc=pay-gw env=prod " % iso_ms(d, True)
    if r < 0.5:
        L.t(pre + "level=info msg=\"authorization approved\" amount=%s currency=USD brand=%s last4=%04d auth_code=%06d patient_acct=" % (R.choice(["99.00", "149.00", "25.00"]), R.choice(["visa", "mastercard", "discover"]), R.randint(0, 9999), R.randint(0, 999999))).p(p["pacct"], "account").t(" txn=ch_%s" % hexs(24))
    elif r < 0.65:
        pan = card(R.choice(["4", "51", "6011"]))
        L.t(pre + "level=error msg=\"tokenize failed, raw payload logged\" err=\"card_declined\" payload=\"cardNumber=").p(pan, "account").t("&exp=%02d%02d&zip=" % (R.randint(1, 12), R.randint(25, 29))).p(p["zip"], "zip").t("\" mrn=").p(p["mrn"], "mrn")
    else:
        L.t(pre + "level=info msg=\"settlement batch closed\" batch=%d count=%d total_usd=%.2f processor=elavon terminal=PHMS-TID-%04d" % (R.randint(1000, 9999), R.randint(1, 40), R.uniform(100, 4000), R.randint(1, 20)))
    return [L]


GENS = [(g_telematics, 11), (g_genset, 12), (g_checkin, 9), (g_logcat, 6), (g_mwl, 4), (g_dcmtk, 1.0), (g_hl7, 2.4),
        (g_readq, 6), (g_letter, 5.5), (g_mail_csv, 2.5), (g_ncoa, 1.5), (g_nav, 6), (g_roster, 2.5), (g_twilio, 6),
        (g_nginx, 8), (g_syslog, 7), (g_x12, 0.5), (g_fhir, 3), (g_pg, 4), (g_chat, 5), (g_dose, 3.5), (g_pay, 3.5)]
SINGLE = [g_telematics, g_genset, g_checkin, g_logcat, g_readq, g_nav, g_twilio, g_nginx, g_syslog, g_fhir, g_chat, g_dose]


def main():
    lines = []
    fns = [g for g, _ in GENS]
    ws = [w for _, w in GENS]
    while len(lines) < NLINES:
        g = R.choices(fns, ws)[0]
        recs = g()
        if len(lines) + len(recs) > NLINES:
            recs = R.choice(SINGLE)()
            if len(lines) + len(recs) > NLINES:
                continue
        lines.extend(recs)
    assert len(lines) == NLINES
    out_log = []
    out_lab = []
    for n, L in enumerate(lines, 1):
        b = bytearray()
        spans = []
        checks = []
        for x, cat, raw, enc in L.parts:
            st = len(b)
            b += x.encode("utf-8")
            if cat:
                spans.append({"s": st, "e": len(b), "cat": cat})
                checks.append((st, len(b), x, raw, enc))
        text = bytes(b)
        if b"\n" in text or b"\r" in text or not text.strip():
            raise SystemExit("line %d: bad line content" % n)
        prev = 0
        for (s, e, x, raw, enc) in checks:
            if not (0 <= s < e <= len(text)):
                raise SystemExit("line %d: span out of range %r" % (n, (s, e)))
            if s < prev:
                raise SystemExit("line %d: overlapping spans" % n)
            prev = e
            got = text[s:e].decode("utf-8")
            if got != x or decode(got, enc) != raw:
                raise SystemExit("line %d: span %d-%d decodes to %r, expected %r" % (n, s, e, got, raw))
            if got != got.strip() or not got:
                raise SystemExit("line %d: span has surrounding whitespace %r" % (n, got))
        out_log.append(text)
        out_lab.append(json.dumps({"line": n, "family": L.fam, "spans": spans}, separators=(",", ":")))
    with open(ID + ".log", "wb") as f:
        f.write(b"\n".join(out_log) + b"\n")
    with open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")
    # summary
    from collections import Counter
    cats = Counter(s["cat"] for l in out_lab for s in json.loads(l)["spans"])
    fams = Counter(json.loads(l)["family"] for l in out_lab)
    nophi = sum(1 for l in out_lab if not json.loads(l)["spans"])
    print("lines=%d no_phi=%d (%.1f%%)" % (NLINES, nophi, 100.0 * nophi / NLINES), file=sys.stderr)
    print("cats=" + json.dumps(dict(sorted(cats.items()))), file=sys.stderr)
    print("families=%d " % len(fams) + json.dumps(dict(sorted(fams.items()))), file=sys.stderr)


if __name__ == "__main__":
    main()
