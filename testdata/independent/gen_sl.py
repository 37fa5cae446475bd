#!/usr/bin/env python3
"""Synthetic labeled log corpus "sl": Great Plains Regional Burn Center (GPRBC).

Writes sl.log (500 lines) and sl.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs give byte-identical output.

Systems simulated (family names in the labels)
----------------------------------------------
  hl7v2          Epic -> burn registry ADT feed (MSH/PID/NK1/PV1 segments, one per line)
  burnchart_json TBSA charting app (Lund-Browder), pino-style JSON, incl. Parkland calc
  tissuebank_csv skin allograft tissue bank inventory / donor / issue rows (CSV)
  tissue_xml     AATB-style tissue shipment manifests (one XML element per line)
  woundphoto     "EpiCapture" wound photography vendor log (uploads, DICOM wrap, home uploads)
  transfer_note  transfer-centre free-text call notes from rural EDs
  transfer_json  rural ED transfer-request portal + flight dispatch (JSON)
  sms_gateway    paging / SMS gateway bodies (to staff and to families)
  nginx_access   nginx access logs (internal API, patient portal, health checks)
  mirth_trace    Mirth Connect interface-engine errors and Java stack frames
  pg_sql         PostgreSQL statement log of the burn registry DB
  fhir           FHIR R4 resources posted to the HIE (Patient, Observation, Encounter)
  x12            X12 270/271 eligibility segments (one segment per line)
  pyxis_pipe     automated dispensing cabinet pipe-delimited rows
  badge_syslog   door / badge access syslog (staff only)
  cef_audit      SIEM CEF: firewall + EHR privacy (break-the-glass) audit
  securechat     clinician secure-chat messages (JSON)
  lab_fixed      fixed-width ABG / carboxyhemoglobin result export
  dme_kv         DME logistics (negative-pressure wound-therapy home units), key=value
  syslog         RFC3164/5424 host noise + clinic check-in kiosk (palm-vein, ID scan)

Labeling decisions (grey cases)
-------------------------------
* Patients, their relatives/emergency contacts, and deceased tissue DONORS are
  the people served: their identifiers are PHI.  Staff (nurses, surgeons, techs,
  referring ED physicians, flight crews, couriers) at work are not, nor are their
  phones, pagers, usernames, NPIs and badge numbers.
* Rural referring hospitals, the burn centre, vendors, couriers: names, addresses,
  phones, faxes are organisational, not PHI.
* MRN (GPRBC), outside-hospital MRNs quoted in transfer notes, and FHIR Patient
  logical ids (provider-assigned patient ids) -> mrn.
* Encounter / FIN / HAR numbers and full card numbers -> account.  Masked card
  numbers (last 4 only) are not labeled.  A mistyped (Luhn-invalid) card number
  typed by a patient is still labeled account.
* Transfer request ids (TRF-..), tissue DONOR ids, ISBT-128 donation
  identification numbers (DIN, one per donor) and DME order ids tied to one patient
  -> other_id.  Graft product codes, commercial xenograft/dermal-matrix lots,
  shipment ids, photo/series UUIDs, message control ids, trace ids -> not PHI.
* Dates: DOB, injury date, admission, discharge, service/collection, appointment,
  donor date of death -> date.  Log record timestamps and MSH-7/ISA dates (when the
  message was written) -> not labeled.  Graft expiry dates are not PHI.  When a
  date and time are written together (e.g. 202411180215) the whole value is one
  date span.
* Ages: labeled `age` only when > 89.  TBSA %, weight, sex, bed numbers, unit
  names: not PHI.
* Hospital infusion pumps and the photo-capture iPads are organisation equipment:
  their serials are not PHI.  Negative-pressure wound-therapy units sent home with
  a patient are devices the person carries -> device (serial).
* Geocodes (lat/lon) in EXIF of photos uploaded from a patient's home -> address
  (one span for "lat,lon").  The patient's home client IP -> ip.  Staff workstation
  and server IPs -> not PHI.
* Personal links sent to a patient/family that embed the patient's identifier
  -> one `url` span over the whole URL.  In server access logs the identifier
  inside a request path is labeled by its own category (mrn/account), not as url.
* Base64 face thumbnails of facial-burn photos -> photo.  Palm-vein templates from
  the clinic kiosk -> biometric.  Template hashes alone -> not labeled.
* Vehicle of the patient (VIN, plate) in an MVC/vehicle-fire transfer note -> vehicle;
  aircraft tail numbers and ambulance unit ids -> not PHI.
* Driver's licence scanned at clinic check-in -> license.
* City labeled `address` when it is part of a patient's/relative's address; rural
  hospital towns are not.  ZIP always its own span; state never labeled.
* Names written LAST^FIRST^M (HL7), "Last, First", or "First Last" -> one span.
  Values escaped in the line (JSON \\uXXXX, SQL '' doubling) are labeled where
  their escaped bytes are.
"""
import json
import random
import datetime as dt
import base64
import hashlib
import sys

SEED = 20241118
R = random.Random(SEED)

# ---------------------------------------------------------------- line builder
LINES = []


class Ln:
    def __init__(self, fam):
        self.fam = fam
        self.parts = []

    def t(self, x):
        self.parts.append((str(x), None))
        return self

    def p(self, v, cat, enc=None):
        placed = enc(v) if enc else v
        assert placed, (v, cat)
        self.parts.append((placed, cat))
        return self

    def done(self):
        LINES.append(self)
        return self


def J(v):  # JSON string body, non-ascii kept
    return json.dumps(v, ensure_ascii=False)[1:-1]


def JA(v):  # JSON string body, ascii escaped
    return json.dumps(v, ensure_ascii=True)[1:-1]


def SQ(v):
    return v.replace("'", "''")


class P:
    """PHI value inside a JSON structure."""

    def __init__(self, v, cat):
        self.v, self.cat = v, cat


def jemit(ln, obj, ascii_=False):
    enc = JA if ascii_ else J
    if isinstance(obj, dict):
        ln.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                ln.t(",")
            ln.t('"' + enc(k) + '":')
            jemit(ln, v, ascii_)
        ln.t("}")
    elif isinstance(obj, list):
        ln.t("[")
        for i, v in enumerate(obj):
            if i:
                ln.t(",")
            jemit(ln, v, ascii_)
        ln.t("]")
    elif isinstance(obj, P):
        if isinstance(obj.v, (int, float)):
            ln.p(json.dumps(obj.v), obj.cat)
        else:
            ln.t('"').p(obj.v, obj.cat, enc).t('"')
    else:
        ln.t(json.dumps(obj, ensure_ascii=ascii_))
    return ln


def jline(fam, obj, ascii_=False):
    return jemit(Ln(fam), obj, ascii_).done()


# ---------------------------------------------------------------- clock
CLK = dt.datetime(2024, 11, 18, 5, 58, 11, 120000)
TODAY = dt.date(2024, 11, 18)


def tick():
    global CLK
    CLK += dt.timedelta(seconds=R.randint(1, 38), milliseconds=R.randint(0, 999))
    return CLK


def iso(t=None, ms=True):
    t = t or CLK
    s = t.strftime("%Y-%m-%dT%H:%M:%S")
    if ms:
        s += ".%03d" % (t.microsecond // 1000)
    return s + "-06:00"


def epoch_ms(t=None):
    t = t or CLK
    return int((t.replace(tzinfo=dt.timezone(dt.timedelta(hours=-6)))).timestamp() * 1000)


# ---------------------------------------------------------------- number helpers
def luhn_check(digits):
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return (10 - s % 10) % 10


def card(prefix="4", n=16):
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - len(prefix) - 1))
    return body + str(luhn_check(body))


def npi():
    body = R.choice("12") + "".join(R.choice("0123456789") for _ in range(8))
    return body + str(luhn_check("80840" + body))


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    pat = ["C", "A", "X", "N", "A", "X", "N", "A", "A", "N", "N"]  # CMS MBI layout
    pool = {"C": "123456789", "A": MBI_A, "X": MBI_AN, "N": "0123456789"}
    return "".join(R.choice(pool[c]) for c in pat)


VIN_MAP = {**{str(i): i for i in range(10)},
           **dict(zip("ABCDEFGH", range(1, 9))), **dict(zip("JKLMN", range(1, 6))), "P": 7, "R": 9,
           **dict(zip("STUVWXYZ", range(2, 10)))}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(valid=True):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1FT", "1GC", "3C6", "1HG", "2T3", "5NP"]) +
             "".join(R.choice(chars) for _ in range(5)) + "0" + R.choice("MNPR") +
             R.choice(chars) + "".join(R.choice("0123456789") for _ in range(6)))
    s = sum(VIN_MAP[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    if not valid:
        v[8] = str((int(v[8]) + 1) % 10) if v[8] != "X" else "3"
    return "".join(v)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def b64blob(prefix, n):
    raw = bytes(R.getrandbits(8) for _ in range(n))
    return prefix + base64.b64encode(raw).decode()


# ---------------------------------------------------------------- people
FIRST_F = ["Aaliyah", "Dagny", "Esperanza", "Ioana", "Leilani", "Nizhoni", "Oksana", "Rosalind",
           "Saoirse", "Xochitl", "Zdenka", "Hope", "Amber", "Brandy", "Mercedes", "Thi Hoa",
           "Wren", "Marlene", "Ruth", "Joy", "Chiamaka", "Søs", "Renée", "Guadalupe", "Summer"]
FIRST_M = ["Bao", "Chidi", "Faisal", "Hemi", "Jun", "Kwame", "Mateus", "Pita", "Uriel", "Yusuf",
           "Gideon", "Colt", "Dusty", "Frank", "Bill", "Tavita", "Ezekiel", "Lars", "Hunter",
           "José Luis", "Amadou", "Cash", "Ignacy", "Rustam", "Wade"]
LASTS = ["Whitehorse", "Nguyen-Tran", "Van der Berg", "O'Callaghan", "MacAskill", "Rivera Ortiz",
         "Hakimi", "Kowalczyk", "Stone", "Baker", "Fisher", "Bird", "Little Wolf", "Sánchez",
         "Møller", "Żukowski", "Brown-Eagle", "Summers", "Cook", "Mason", "Running Crane",
         "De la Cruz", "Al-Masri", "Tupou", "Ó Súilleabháin", "Hansen", "Kettle", "Wolfe",
         "Yazzie", "Pokorny", "Abubakar", "Schreiber-Lund", "Rain", "Hill", "Okonkwo", "Dvořák",
         "Castillo", "Graves", "Penner", "Friesen"]
STREETS = ["Rd 14", "County Road 27", "Elm St", "Prairie View Dr", "Hwy 83", "Sandhill Ln",
           "W 3rd St", "Cottonwood Ave", "Grain Elevator Rd", "N Railroad St", "Buffalo Trl",
           "Meadowlark Ct", "S Lincoln Ave", "Old Mill Rd", "Section Line Rd"]
TOWNS = [("Sagebrush", "NE", "69"), ("Red Willow", "NE", "69"), ("Antelope Flats", "NE", "68"),
         ("Dry Creek", "KS", "67"), ("Cedar Bluff", "KS", "67"), ("Lone Tree", "NE", "68"),
         ("Harlan City", "NE", "68"), ("Prairie Rose", "SD", "57"), ("Wheatland", "WY", "82"),
         ("Holyoke Junction", "CO", "80"), ("Ogallala", "NE", "69"), ("Broken Bow", "NE", "68")]
MECH = ["flame - house fire", "scald - hot liquid", "grease fire", "propane explosion",
        "anhydrous ammonia (chemical)", "electrical - high voltage", "contact - exhaust pipe",
        "grain dryer flash fire", "flame - brush burning w/ gasoline", "vehicle fire after MVC",
        "scald - bath water", "flash burn - welding", "firework"]
REL = [("SPO", "Spouse"), ("MTH", "Mother"), ("FTH", "Father"), ("DAU", "Daughter"),
       ("SON", "Son"), ("SIS", "Sister"), ("GRD", "Guardian"), ("DOMPART", "Partner")]


def phone_raw():
    return (R.choice(["308", "402", "785", "605", "307", "970", "531"]), "555", "%04d" % R.randint(100, 199))


def fmt_phone(ph, style=None):
    a, b, c = ph
    style = style if style is not None else R.randint(0, 4)
    return ["(%s) %s-%s" % ph, "%s-%s-%s" % ph, "%s%s%s" % ph, "+1%s%s%s" % ph, "%s.%s.%s" % ph][style]


class Pt:
    pass


def mk_patient(i):
    p = Pt()
    p.sex = R.choice("MF")
    p.first = R.choice(FIRST_M if p.sex == "M" else FIRST_F)
    p.middle = R.choice(["", "A", "J", "Lee", "M", "Rose", "T", ""])
    p.last = R.choice(LASTS)
    if i % 9 == 4:
        age = R.randint(90, 97)
    elif i % 7 == 2:
        age = R.randint(1, 12)
    else:
        age = R.randint(17, 84)
    p.dob = TODAY - dt.timedelta(days=age * 365 + R.randint(10, 350))
    p.age = (TODAY - p.dob).days // 365
    p.mrn = str(R.randint(3100000, 3399999))
    p.fin = "9" + str(R.randint(10 ** 8, 10 ** 9 - 1))
    p.street = "%d %s" % (R.randint(2, 48999), R.choice(STREETS))
    p.city, p.st, zp = R.choice(TOWNS)
    p.zip = zp + "%03d" % R.randint(1, 999)
    p.phone = phone_raw()
    p.email = R.choice(["%s.%s" % (p.first.split()[0].lower(), p.last.split()[0].lower().replace("'", "")),
                        "%s%d" % (p.last.split()[0].lower().replace("'", ""), R.randint(1, 99)),
                        "%s_%s" % (p.first[0].lower(), p.last.split()[-1].lower())]) + "@" + \
        R.choice(["gmail.com", "yahoo.com", "outlook.com", "plainsnet.net", "hotmail.com"])
    p.email = p.email.encode("ascii", "ignore").decode()
    p.ssn = ssn()
    p.ins = R.choice(["MCR", "MCD", "COM", "COM", "SELF"]) if p.age < 65 else "MCR"
    if p.ins == "MCR":
        p.member = mbi()
    elif p.ins == "MCD":
        p.member = "NE" + str(R.randint(10 ** 8, 10 ** 9 - 1)) if p.st == "NE" else "K" + str(R.randint(10 ** 9, 10 ** 10 - 1))
    else:
        com = R.choice([("BCBS NEBRASKA", "XGP"), ("MEDICA", "MDA"), ("UNITEDHEALTHCARE", "UHC")])
        p.member = com[1] + str(R.randint(10 ** 8, 10 ** 9 - 1)) + "0" + str(R.randint(1, 3))
    p.payer = {"MCR": "MEDICARE PART A", "MCD": "NE MEDICAID HERITAGE HEALTH", "COM": com[0] if p.ins == "COM" else "", "SELF": "SELF PAY"}[p.ins]
    if p.age < 18:
        cr = R.choice([r for r in REL if r[0] in ("MTH", "FTH", "GRD")])
    elif p.age > 75:
        cr = R.choice([r for r in REL if r[0] in ("SPO", "DAU", "SON")])
    else:
        cr = R.choice(REL)
    p.crel = cr
    p.cfirst = R.choice(FIRST_F if cr[0] in ("MTH", "DAU", "SIS") else FIRST_M if cr[0] in ("FTH", "SON") else FIRST_F + FIRST_M)
    p.clast = p.last if R.random() < 0.6 else R.choice(LASTS)
    p.cphone = phone_raw()
    p.osh_mrn = R.choice(["PH", "SC", "RW", "AF", ""]) + str(R.randint(100000, 999999))
    p.trf = "TRF-24-%05d" % (1100 + i * 3 + R.randint(0, 2))
    p.inj = TODAY - dt.timedelta(days=R.choice([0, 0, 0, 1, 1, 2, 3, 6, 9, 14, 21]))
    p.admit = p.inj + dt.timedelta(days=R.choice([0, 0, 1]))
    if p.admit > TODAY:
        p.admit = TODAY
    p.tbsa = round(R.choice([R.uniform(1, 9), R.uniform(10, 30), R.uniform(30, 70)]) * 2) / 2
    p.mech = R.choice(MECH)
    p.bed = "BICU-%02d" % R.randint(1, 14) if p.tbsa >= 20 else "4W-%02d" % R.randint(1, 24)
    p.fhir_id = "gp-" + str(R.randint(1000000, 9999999))
    p.weight = round(R.uniform(12, 40) if p.age < 13 else R.uniform(48, 128), 1)
    return p


PTS = [mk_patient(i) for i in range(42)]


def pt():
    return R.choice(PTS)


def full(p):
    return p.first + (" " + p.middle if p.middle and R.random() < 0.3 else "") + " " + p.last


def lastfirst(p):
    return "%s, %s" % (p.last, p.first)


def ymd(d):
    return d.strftime("%Y-%m-%d")


def mdy(d):
    return d.strftime("%m/%d/%Y")


STAFF = [("Imogen", "Halvorsen", "MD", "ihalvorsen"), ("Tomasz", "Brandt", "RN", "tbrandt"),
         ("Mercy", "Okafor", "CTBS", "mokafor"), ("Priya", "Ramaswamy", "MD", "pramaswamy"),
         ("Dale", "Kettleson", "RN", "dkettleson"), ("Ana", "Lucero", "PA-C", "alucero"),
         ("Kenji", "Watanabe", "PT", "kwatanabe"), ("Harriet", "Stone", "RN", "hstone"),
         ("Lwazi", "Dlamini", "RRT", "ldlamini"), ("Beth", "Van Wyk", "RN", "bvanwyk"),
         ("Oscar", "Feliciano", "MD", "ofeliciano"), ("Greta", "Lindqvist", "PharmD", "glindqvist")]
STAFF_NPI = {s[3]: npi() for s in STAFF}
OSH = [("Pine Hollow Critical Access Hospital", "Pine Hollow", "(308) 555-0143", "(308) 555-0149"),
       ("Sage County Memorial", "Sagebrush", "(308) 555-0171", "(308) 555-0172"),
       ("Red Willow Community Hospital", "McCook", "(308) 555-0120", "(308) 555-0128"),
       ("Dry Creek Regional Medical Ctr", "Dry Creek", "(785) 555-0190", "(785) 555-0191"),
       ("Prairie Rose Health", "Prairie Rose", "(605) 555-0133", "(605) 555-0139"),
       ("Wheatland Memorial", "Wheatland", "(307) 555-0111", "(307) 555-0118")]
OSH_DOCS = ["Dr. Rhea Castellanos", "Dr. Samuel Whitcomb", "Dr. Nadia Farouk", "Dr. Luke Bergstrom",
            "Dr. Temperance Olds", "PA Jody Kuehn", "Dr. Vikram Sethi"]


def staff():
    return R.choice(STAFF)


# ---------------------------------------------------------------- generators
def g_hl7():
    p = pt()
    t = tick()
    ctl = "GP%s%05d" % (t.strftime("%m%d%H%M"), R.randint(0, 99999))
    ev = R.choice(["A01", "A02", "A03", "A08", "A08"])
    Ln("hl7v2").t("MSH|^~\\&|EPIC|GPRBC|BURNREG|GPRBC|%s||ADT^%s^ADT_A01|%s|P|2.5.1|||AL|NE" % (
        t.strftime("%Y%m%d%H%M%S"), ev, ctl)).done()
    tick()
    ln = Ln("hl7v2").t("PID|1||").p(p.mrn, "mrn").t("^^^GPRBC^MR")
    if R.random() < 0.5:
        ln.t("~").p(p.ssn.replace("-", ""), "ssn").t("^^^SSA^SS")
    name = "%s^%s" % (p.last.upper(), p.first.upper()) + ("^" + p.middle.upper() if p.middle else "")
    ln.t("||").p(name, "name").t("||").p(p.dob.strftime("%Y%m%d"), "date").t("|%s|||" % p.sex)
    ln.p(p.street.upper(), "address").t("^^").p(p.city.upper(), "address").t("^%s^" % p.st).p(p.zip, "zip").t("^USA^H")
    ln.t("||").p(fmt_phone(p.phone, 0).replace(" ", ""), "phone").t("|||||").p(p.fin, "account").t("|")
    ln.done()
    if R.random() < 0.6:
        tick()
        Ln("hl7v2").t("NK1|1|").p("%s^%s" % (p.clast.upper(), p.cfirst.upper()), "name").t(
            "|%s^%s^HL70063||" % p.crel).p(fmt_phone(p.cphone, 0).replace(" ", ""), "phone").t("||EC^Emergency Contact").done()
    tick()
    s = staff()
    doc = [x for x in STAFF if x[2] == "MD"]
    d = R.choice(doc)
    adm = dt.datetime.combine(p.admit, dt.time(R.randint(0, 23), R.randint(0, 59)))
    ln = Ln("hl7v2").t("PV1|1|I|%s^%s^GPRBC||||%s^%s^%s^^^^MD|||BRN||||7|||%s^%s^%s^^^^MD|IP||%s|||||||||||||||||||||GPRBC||||" % (
        p.bed.split("-")[0], p.bed.split("-")[1], STAFF_NPI[d[3]], d[1].upper(), d[0].upper(),
        STAFF_NPI[d[3]], d[1].upper(), d[0].upper(), p.ins))
    ln.p(adm.strftime("%Y%m%d%H%M"), "date")
    if ev == "A03":
        ln.t("|").p((adm + dt.timedelta(days=R.randint(3, 30))).strftime("%Y%m%d%H%M"), "date")
    ln.done()


def g_burnchart():
    t = tick()
    host = "burnchart-%02d" % R.randint(1, 3)
    base = {"level": 30, "time": epoch_ms(t), "pid": R.choice([4121, 4188, 3377]), "hostname": host}
    r = R.random()
    s = staff()
    if r < 0.45:
        base.update({"level": R.choice([20, 30]), "msg": R.choice(["template cache warm", "render complete", "ws heartbeat", "lund-browder table v3 loaded", "autosave flush"]),
                     "reqId": "req-" + hexs(6), "durMs": R.randint(3, 480), "ver": "3.4.%d" % R.randint(0, 9)})
    elif r < 0.6:
        base.update({"level": 40, "msg": "slow query", "route": "/charts/:enc/regions", "durMs": R.randint(900, 4200),
                     "traceId": hexs(32), "spanId": hexs(16)})
    else:
        p = pt()
        regions = R.sample(["head", "neck", "ant_trunk", "post_trunk", "r_ua", "l_ua", "r_la", "l_la", "r_hand", "l_hand", "genitalia", "r_thigh", "l_thigh", "r_leg", "l_leg", "r_foot", "l_foot", "buttocks"], 4)
        ml = round(4 * p.weight * p.tbsa)
        base.update({"msg": R.choice(["tbsa.saved", "tbsa.revised", "parkland.calc"]),
                     "enc": P(p.fin, "account"), "mrn": P(p.mrn, "mrn"),
                     "tbsa": {"total": p.tbsa, "ptb": round(p.tbsa * 0.6, 1), "ftb": round(p.tbsa * 0.4, 1)},
                     "regions": regions, "chart": "LundBrowder" if p.age >= 1 else "LB-infant",
                     "wtKg": p.weight, "parklandMl24h": ml, "first8hRate": round(ml / 2 / 8), "by": s[3]})
        if R.random() < 0.4:
            base["injuryDt"] = P(ymd(p.inj), "date")
        if R.random() < 0.3:
            base["ptName"] = P(lastfirst(p), "name")
        if p.age > 89 and R.random() < 0.8:
            base["ageYrs"] = P(p.age, "age")
        elif R.random() < 0.3:
            base["ageYrs"] = p.age
    jline("burnchart_json", base, ascii_=R.random() < 0.5)


DIN_FAC = ["W0417", "W1203", "G9921"]


def din():
    return "%s %s %06d" % (R.choice(DIN_FAC), "24", R.randint(100, 999999))


def g_tissue_csv():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    tech = R.choice(["M.Okafor", "J.Reinholt", "S.Begay"])
    r = R.random()
    if r < 0.35:
        Ln("tissuebank_csv").t("%s,XENO_RECV,PORCINE-XENO,,prod=%s,lot=%s,exp=%s,loc=AMB-SHELF-%d,qty=%d,po=PO-%06d,tech=%s" % (
            ts, R.choice(["EZ-DERM 4x8", "MEDIHONEY SHEET", "INTEGRA BMWD 10x12.5", "BIOBRANE 15x20"]),
            R.choice(["L", "B", "MX"]) + str(R.randint(10000, 99999)) + R.choice(["A", "-02", ""]),
            ymd(TODAY + dt.timedelta(days=R.randint(200, 900))), R.randint(1, 6), R.randint(1, 12), R.randint(100000, 999999), tech)).done()
    elif r < 0.55:
        Ln("tissuebank_csv").t("%s,TEMP_LOG,LN2-TANK-%d,,,,,temp_c=%.1f,level_pct=%d,alarm=%s,tech=%s" % (
            ts, R.randint(1, 3), R.uniform(-160, -138), R.randint(40, 95), R.choice(["N", "N", "N", "LOW_LVL"]), tech)).done()
    elif r < 0.75:
        ln = Ln("tissuebank_csv").t("%s,RECV,ALLO-SKIN-SPLIT," % ts).p(din(), "other_id")
        ln.t(",prod=E%04d,pieces=%d,cm2=%d,exp=%s,loc=LN2-TANK-%d/RACK %s/BOX %d,serology=NR,tech=%s" % (
            R.randint(1000, 9999), R.randint(2, 12), R.randint(100, 2400),
            ymd(TODAY + dt.timedelta(days=R.randint(600, 1800))), R.randint(1, 3), R.choice("ABCD"), R.randint(1, 30), tech)).done()
    elif r < 0.82:
        dod = TODAY - dt.timedelta(days=R.randint(5, 60))
        donor_id = "GPTB-D-24-%04d" % R.randint(1, 400)
        ln = Ln("tissuebank_csv").t("%s,DONOR,," % ts).p(donor_id, "other_id").t(",dod=").p(ymd(dod), "date")
        age = R.choice([R.randint(18, 78), R.randint(90, 94)])
        ln.t(",age=")
        if age > 89:
            ln.p(str(age), "age")
        else:
            ln.t(str(age))
        ln.t(",sex=%s,cod=%s,recovery=%s,elig=%s,tech=%s" % (R.choice("MF"), R.choice(["anoxia", "CVA", "MI", "MVC-head trauma"]),
                                                            R.choice(["OPO-NE", "OPO-KS"]), R.choice(["ELIGIBLE", "PENDING_MRV"]), tech)).done()
    else:
        p = pt()
        ln = Ln("tissuebank_csv").t("%s,ISSUE,ALLO-SKIN-MESH," % ts).p(din(), "other_id")
        ln.t(",prod=E%04d,cm2=%d,recipient_mrn=" % (R.randint(1000, 9999), R.randint(200, 1800))).p(p.mrn, "mrn")
        ln.t(",or=OR-%d,surgeon=%s,thaw_start=%s,tech=%s" % (R.randint(7, 12), R.choice(["Halvorsen", "Feliciano", "Ramaswamy"]), t.strftime("%H:%M"), tech)).done()


def g_tissue_xml():
    t = tick()
    if R.random() < 0.5:
        Ln("tissue_xml").t('<ShipmentEvent id="SHP-%05d" ts="%s" carrier="QuickMed Courier" tracking="1Z%s" shipper="Great Plains Regional Burn Center Tissue Bank, 1800 Prairie Medical Pkwy, Harlan City, NE 68847" boxes="%d" dryIceKg="%.1f" status="%s"/>' % (
            R.randint(10000, 99999), iso(t, False), hexs(16).upper(), R.randint(1, 3), R.uniform(2, 9), R.choice(["PICKED_UP", "IN_TRANSIT", "DELIVERED"]))).done()
    else:
        p = pt()
        ln = Ln("tissue_xml").t('<TissueUse shipment="SHP-%05d" din="' % R.randint(10000, 99999)).p(din(), "other_id")
        ln.t('" product="E%04d" disposition="%s"><Recipient mrn="' % (R.randint(1000, 9999), R.choice(["TRANSPLANTED", "TRANSPLANTED", "DISCARDED_OPENED"])))
        ln.p(p.mrn, "mrn").t('" facility="GPRBC"')
        if R.random() < 0.6:
            ln.t(' dob="').p(ymd(p.dob), "date").t('"')
        ln.t('/><Implant date="').p(ymd(TODAY - dt.timedelta(days=R.randint(0, 5))), "date").t('" site="%s"/></TissueUse>' % R.choice(["trunk", "bilat LE", "R arm", "back"])).done()


def g_woundphoto():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    r = R.random()
    if r < 0.38:
        Ln("woundphoto").t("[EPX] %s INFO  %s - %s" % (ts, R.choice(["SyncWorker", "PacsBridge", "ThumbSvc"]), R.choice([
            "queue depth=%d lag_ms=%d" % (R.randint(0, 40), R.randint(2, 900)),
            "device ipad-brn-%02d (sn DMPX%s) battery=%d%% app=EpiCapture 7.2.%d" % (R.randint(1, 9), hexs(8).upper(), R.randint(10, 99), R.randint(0, 9)),
            "DICOM assoc GPRBC_PACS@10.40.8.21:104 AE=EPICAP released",
            "purged %d orphaned thumbnails (%d MB)" % (R.randint(1, 80), R.randint(1, 900))]))).done()
    elif r < 0.6:
        p = pt()
        ln = Ln("woundphoto").t("[EPX] %s INFO  UploadSvc - photo stored id=%s series=WND-%s pt=" % (ts, uuid4(), hexs(6).upper()))
        ln.p(p.mrn, "mrn").t(" site=%s pod=%d dev=ipad-brn-%02d size=%.1fMB sha256=%s" % (
            R.choice(["L_forearm", "R_hand_dorsum", "ant_chest", "face", "L_thigh_donor", "back"]), (TODAY - p.inj).days, R.randint(1, 9), R.uniform(1, 6), hexs(64))).done()
    elif r < 0.75:
        p = pt()
        name = "%s^%s" % (p.last, p.first)
        ln = Ln("woundphoto").t("[EPX] %s DEBUG PacsBridge - wrap SC: (0010,0010) PN [" % ts).p(name, "name")
        ln.t("] (0010,0020) LO [").p(p.mrn, "mrn").t("] (0010,0030) DA [").p(p.dob.strftime("%Y%m%d"), "date")
        ln.t("] (0008,0020) DA [").p(t.strftime("%Y%m%d"), "date").t("] (0020,000D) UI [1.2.840.113619.2.%d.%d]" % (R.randint(100, 999), R.randint(10 ** 9, 10 ** 10))).done()
    elif r < 0.88:
        p = pt()
        lat = "%.5f,%.5f" % (R.uniform(40.0, 42.9), -R.uniform(98.0, 103.9))
        ln = Ln("woundphoto").t("[EPX] %s INFO  HomeUpload - tele-wound upload ok pt=" % ts).p(p.mrn, "mrn")
        ln.t(" client=").p("%d.%d.%d.%d" % (R.choice([24, 67, 71, 98, 173, 208]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "ip")
        ln.t(" exif.gps=").p(lat, "address").t(" exif.model=\"%s\" files=%d" % (R.choice(["iPhone 13", "SM-A536U", "Pixel 7a", "moto g play"]), R.randint(1, 4))).done()
    else:
        p = pt()
        ln = Ln("woundphoto").t("[EPX] %s DEBUG ThumbSvc - face series thumb pt=" % ts).p(p.mrn, "mrn")
        ln.t(" w=96 h=96 thumb_b64=").p(b64blob("/9j/4AAQSkZJRgABAQAAAQABAAD/", R.randint(54, 90)), "photo").done()


def g_transfer_note():
    p = pt()
    t = tick()
    osh = R.choice(OSH)
    doc = R.choice(OSH_DOCS)
    ln = Ln("transfer_note").t("%s xfer-ctr note [%s] " % (t.strftime("%m/%d %H%M"), R.choice(["RN D.Kettleson", "RN B.Van Wyk", "TC H.Stone"])))
    ln.p(p.trf, "other_id").t(": Call from %s, %s ED %s. " % (doc, osh[0], osh[2]))
    age_s = str(p.age)
    if p.age > 89:
        ln.p(age_s, "age").t(p.sex)
    else:
        ln.t(age_s + p.sex if p.age > 0 else "infant " + p.sex)
    ln.t(", %s, est TBSA %s%% " % (p.mech, p.tbsa))
    ln.t(R.choice(["PT/FT face/chest/bilat UE", "FT circumferential L leg", "PT scattered", "FT hands + perineum"]))
    ln.t(R.choice([", intubated for inhal inj", ", 2 large bore IVs LR @ %d/hr" % R.randint(200, 900), ", no airway concern", ", COHb pending"]) + ". ")
    v = R.random()
    if v < 0.35:
        ln.t("Pt ").p(full(p), "name").t(" DOB ").p(mdy(p.dob), "date").t(", OSH MRN ").p(p.osh_mrn, "mrn").t(". ")
    elif v < 0.6:
        ln.t("Pt name ").p(p.last.upper() + ", " + p.first.upper(), "name").t(", injured ").p(mdy(p.inj)[:5], "date").t(" ~%02d%02d. " % (R.randint(0, 23), R.randint(0, 59)))
    elif v < 0.75:
        ln.t("Family: %s " % p.crel[1].lower()).p(p.cfirst + " " + p.clast, "name").t(" cell ").p(fmt_phone(p.cphone), "phone").t(", driving in. ")
    if "MVC" in p.mech:
        ln.t("Trooper reports pt's pickup VIN ").p(vin(R.random() < 0.8), "vehicle").t(" plate ").p("%d-%s%d" % (R.randint(1, 93), R.choice("ABCKMX"), R.randint(1000, 9999)), "vehicle").t(" towed. ")
    elif R.random() < 0.12:
        ln.t("Pt drove self to OSH; vehicle (NE plate ").p("%d-%s%d" % (R.randint(1, 93), R.choice("ABCKMX"), R.randint(1000, 9999)), "vehicle").t(") left in OSH lot. ")
    ln.t(R.choice(["Accepted by Dr. Halvorsen to %s." % p.bed, "Accepted, fixed wing ETA %02d%02d." % (R.randint(0, 23), R.randint(0, 59)),
                   "Advised cool run water x20 min, no ice, cover w/ dry sheet; outpt f/u burn clinic.", "Declined - bed full, diverted to Lincoln."])).done()


def g_transfer_json():
    t = tick()
    r = R.random()
    if r < 0.3:
        jline("transfer_json", {"ts": iso(t), "svc": "flight-dispatch", "event": R.choice(["WHEELS_UP", "ON_SCENE", "PT_LOADED", "WHEELS_DOWN"]),
                                "aircraft": R.choice(["N417GP", "N92LF", "N608PW"]), "crew": ["RN M.Ibarra", "Medic T.Oyelaran"],
                                "from": R.choice(OSH)[1], "eta_min": R.randint(12, 85), "fuel_lb": R.randint(300, 1800)})
    else:
        p = pt()
        osh = R.choice(OSH)
        body = {"ts": iso(t), "svc": "transfer-portal", "event": R.choice(["request.created", "request.updated", "request.accepted"]),
                "requestId": P(p.trf, "other_id"), "referringFacility": osh[0], "referringPhone": osh[2], "referringFax": osh[3],
                "referringProvider": R.choice(OSH_DOCS),
                "patient": {"lastName": P(p.last, "name"), "firstName": P(p.first, "name"), "dob": P(mdy(p.dob), "date"),
                            "sex": p.sex, "weightKg": p.weight},
                "injury": {"date": P(ymd(p.inj), "date"), "mechanism": p.mech, "tbsaEst": p.tbsa, "inhalation": R.choice([True, False])},
                "abaCriteriaMet": ([c for c in ("electrical", "chemical") if c in p.mech] + (["TBSA>10%"] if p.tbsa > 10 else []) +
                                   R.sample(["face/hands/feet/genitalia", "FT any age", "inhalation"], 1))}
        if p.ins != "SELF" and R.random() < 0.45:
            body["insurance"] = {"payer": p.payer, "memberId": P(p.member, "health_plan")}
        if R.random() < 0.4:
            body["patient"]["homeZip"] = P(p.zip, "zip")
        if R.random() < 0.3:
            body["guardian"] = {"name": P(p.cfirst + " " + p.clast, "name"), "phone": P(fmt_phone(p.cphone, 1), "phone")}
        jline("transfer_json", body, ascii_=R.random() < 0.5)


def g_sms():
    t = tick()
    r = R.random()
    mid = "SM" + hexs(32)
    if r < 0.55:
        s = staff()
        p = pt()
        msg = R.choice(["New transfer %s %s pending callback" % (p.trf, R.choice(OSH)[1]), "OR 9 ready for %s excision/graft" % p.bed,
                        "Tissue bank: 3 units allograft thawed for OR 8", "Code Red drill 1400 4W", "Rapid response %s" % p.bed])
        ln = Ln("sms_gateway").t("%s sms-gw OUT id=%s to=+1402555%04d (%s on call) body=\"" % (iso(t), mid, R.randint(200, 299), s[3]))
        if p.trf in msg:
            a, b = msg.split(p.trf)
            ln.t(a).p(p.trf, "other_id").t(b)
        else:
            ln.t(msg)
        ln.t("\" status=%s seg=1" % R.choice(["queued", "delivered", "sent"])).done()
    elif r < 0.85:
        p = pt()
        ln = Ln("sms_gateway").t("%s sms-gw OUT id=%s to=" % (iso(t), mid)).p("+1" + "".join(p.cphone), "phone")
        ln.t(" body=\"Great Plains Burn Center: ")
        if R.random() < 0.4:
            ln.t("Hi ").p(p.cfirst, "name").t(", ").p(p.first, "name").t(" has arrived safely and is in our unit. Family line (402) 555-0100, visiting 0800-2000.\"")
        else:
            url = "https://photos.gpburn.org/home-upload?pt=%s&t=%s" % (p.mrn, hexs(10))
            ln.t("Reminder: burn clinic appt ").p(p.admit.replace(day=1).strftime("%m/") + "%02d" % R.randint(1, 28), "date").t(" 0930. Upload wound photos: ").p(url, "url").t("\"")
        ln.t(" status=delivered seg=2").done()
    else:
        ln = Ln("sms_gateway").t("%s sms-gw DLR id=%s err=%s carrier=%s" % (iso(t), mid, R.choice(["30003", "30005", "0"]), R.choice(["Verizon", "T-Mobile", "Viaero", "Cellcom"]))).done()


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
      "kube-probe/1.29", "EpiCapture/7.2.3 (iPad; iPadOS 17.5)", "python-requests/2.31.0"]


def g_nginx():
    t = tick()
    ts = t.strftime("%d/%b/%Y:%H:%M:%S -0600")
    r = R.random()
    if r < 0.5:
        Ln("nginx_access").t('10.40.0.%d - - [%s] "GET %s HTTP/1.1" 200 %d "-" "kube-probe/1.29" rt=0.00%d' % (
            R.randint(2, 9), ts, R.choice(["/healthz", "/readyz", "/metrics", "/static/app.3f9a1c.js"]), R.randint(2, 40000), R.randint(1, 9))).done()
    elif r < 0.75:
        p = pt()
        s = staff()
        ln = Ln("nginx_access").t('10.40.%d.%d - %s [%s] "%s /api/v2/patients/' % (R.randint(12, 30), R.randint(2, 250), s[3], ts, R.choice(["GET", "GET", "PUT"])))
        ln.p(p.mrn, "mrn").t("/%s?enc=" % R.choice(["tbsa", "photos", "fluids", "grafts"])).p(p.fin, "account")
        ln.t(' HTTP/1.1" %d %d "https://burnchart.gprbc.local/" "%s" rt=%.3f' % (R.choice([200, 200, 304, 404]), R.randint(200, 90000), UA[R.choice([0, 3])], R.uniform(0.004, 1.2))).done()
    else:
        p = pt()
        ip = "%d.%d.%d.%d" % (R.choice([24, 67, 71, 98, 173, 208]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        ln = Ln("nginx_access").p(ip, "ip").t(" - ").p(p.email, "email").t(' [%s] "%s HTTP/2.0" %d %d "-" "%s" rt=%.3f' % (
            ts, R.choice(["GET /portal/appointments", "GET /portal/messages", "POST /portal/photos/upload", "GET /portal/discharge-instructions.pdf"]),
            R.choice([200, 200, 302]), R.randint(400, 3000000), UA[1], R.uniform(0.01, 2)))
        ln.done()


def g_mirth():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    r = R.random()
    ch = R.choice(["BURN_ADT_IN", "EPICAP_ORU_OUT", "HIE_FHIR_OUT", "ELIG_270"])
    if r < 0.4:
        p = pt()
        ln = Ln("mirth_trace").t("ERROR %s [pool-3-thread-%d] c.m.s.c.ChannelProcessor: [%s] " % (ts, R.randint(1, 12), ch))
        v = R.random()
        if v < 0.4:
            ln.t("com.mirth.connect.donkey.server.channel.ChannelException: PID-5 rejected: '").p("%s^%s" % (p.last, p.first), "name").t("' contains non-ASCII for downstream BURNREG")
        elif v < 0.7:
            ln.t("java.lang.IllegalArgumentException: Invalid date in PID-7 '").p(p.dob.strftime("%Y%m%d"), "date").t("' for MRN ").p(p.mrn, "mrn")
        else:
            pre = R.choice(["4", "51", "37", "6011"])
            c = card(pre, 15 if pre == "37" else 16)
            if R.random() < 0.3:
                c = c[:-1] + str((int(c[-1]) + 3) % 10)
            ln.t("org.postgresql.util.PSQLException: value too long for type character varying(12): \"").p(c, "account").t("\" (GT1-copay_card)")
        ln.done()
        for _ in range(R.randint(1, 3)):
            tick()
            Ln("mirth_trace").t("\tat " + R.choice(["com.mirth.connect.donkey.server.channel.Channel.dispatchRawMessage(Channel.java:1209)",
                                                   "com.mirth.connect.server.transformers.JavaScriptFilterTransformer.doTransform(JavaScriptFilterTransformer.java:215)",
                                                   "org.postgresql.core.v3.QueryExecutorImpl.receiveErrorResponse(QueryExecutorImpl.java:2713)",
                                                   "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)"])).done()
    else:
        Ln("mirth_trace").t("INFO  %s [%s] c.m.c.s.c.DataPruner: %s" % (ts, ch, R.choice([
            "pruned %d messages in %d ms" % (R.randint(10, 9000), R.randint(20, 8000)),
            "channel deployed rev %d" % R.randint(10, 300), "connection to 10.40.8.14:6661 restored",
            "queue size %d, sent %d, errored %d" % (R.randint(0, 30), R.randint(100, 9000), R.randint(0, 4))]))).done()


def g_pg():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d CST" % (t.microsecond // 1000)
    ln = Ln("pg_sql").t("%s [%d] burnapp@burnreg " % (ts, R.randint(20000, 29999)))
    r = R.random()
    if r < 0.5:
        ln.t("LOG:  %s" % R.choice(["checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added" % (R.randint(10, 9000), R.uniform(0, 10)),
                                   "duration: %.3f ms  statement: SELECT count(*) FROM graft_inventory WHERE status = 'AVAILABLE'" % R.uniform(0.2, 40),
                                   "automatic vacuum of table \"burnreg.public.tbsa_chart\": index scans: 1",
                                   "duration: %.3f ms  execute <unnamed>: SELECT id, ver FROM app_schema_version" % R.uniform(0.1, 2)]))
    elif r < 0.8:
        p = pt()
        ln.t("LOG:  duration: %.3f ms  statement: SELECT * FROM admissions a JOIN tbsa_chart c ON c.enc_id = a.enc_id WHERE a.mrn = '" % R.uniform(0.5, 80)).p(p.mrn, "mrn").t("' ORDER BY c.charted_at DESC")
    else:
        p = pt()
        ln.t("LOG:  statement: INSERT INTO aba_registry (mrn, last_name, first_name, dob, zip, tbsa, mech) VALUES ('").p(p.mrn, "mrn").t("', '")
        ln.p(p.last, "name", SQ).t("', '").p(p.first, "name", SQ).t("', '").p(ymd(p.dob), "date").t("', '").p(p.zip, "zip").t("', %s, '%s')" % (p.tbsa, SQ(p.mech)))
    ln.done()


def g_fhir():
    t = tick()
    p = pt()
    r = R.random()
    if r < 0.4:
        tel = [{"system": "phone", "value": P(fmt_phone(p.phone, 1), "phone"), "use": "home"}]
        if R.random() < 0.5:
            tel.append({"system": "email", "value": P(p.email, "email")})
        if R.random() < 0.15:
            tel.append({"system": "fax", "value": P(fmt_phone(phone_raw(), 1), "fax"), "use": "work"})
        res = {"resourceType": "Patient", "id": P(p.fhir_id, "mrn"), "meta": {"versionId": str(R.randint(1, 9)), "lastUpdated": iso(t)},
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "value": P(p.mrn, "mrn")}],
               "name": [{"family": P(p.last, "name"), "given": [P(p.first, "name")]}], "gender": {"M": "male", "F": "female"}[p.sex],
               "birthDate": P(ymd(p.dob), "date"), "telecom": tel,
               "address": [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "state": p.st, "postalCode": P(p.zip, "zip")}]}
    elif r < 0.75:
        res = {"resourceType": "Observation", "id": "obs-" + hexs(12), "status": "final",
               "code": {"coding": [{"system": "http://loinc.org", "code": "8302-2" if False else "85354-9", "display": "Burn TBSA"}], "text": "TBSA burned"},
               "subject": {"reference": "Patient/", "display": None},
               "effectiveDateTime": None, "valueQuantity": {"value": p.tbsa, "unit": "%", "system": "http://unitsofmeasure.org", "code": "%"}}
        ln = Ln("fhir").t('{"resourceType":"Observation","id":"%s","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"%s","display":"Percent body surface area burned"}]},"subject":{"reference":"Patient/' % (res["id"], R.choice(["98234-1", "LP_TBSA"])))
        ln.p(p.fhir_id, "mrn").t('"},"effectiveDateTime":"').p(dt.datetime.combine(p.admit, dt.time(R.randint(0, 23), R.randint(0, 59))).strftime("%Y-%m-%dT%H:%M:00-06:00"), "date")
        ln.t('","valueQuantity":{"value":%s,"unit":"%%","system":"http://unitsofmeasure.org","code":"%%"}}' % p.tbsa).done()
        return
    else:
        res = {"resourceType": "Encounter", "id": "enc-" + hexs(10), "status": "in-progress", "class": {"code": "IMP"},
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.3", "value": P(p.fin, "account")}],
               "subject": {"reference": "Patient/" + p.fhir_id}, "period": {"start": P(ymd(p.admit), "date")},
               "location": [{"location": {"display": "GPRBC " + p.bed}}], "serviceProvider": {"display": "Great Plains Regional Burn Center"}}
        # subject reference holds the patient id: label it separately
        ln = Ln("fhir").t('{"resourceType":"Encounter","id":"%s","status":"in-progress","class":{"code":"IMP"},"identifier":[{"system":"urn:oid:2.16.840.1.113883.3.9921.3","value":"' % res["id"])
        ln.p(p.fin, "account").t('"}],"subject":{"reference":"Patient/').p(p.fhir_id, "mrn").t('"},"period":{"start":"').p(ymd(p.admit), "date")
        ln.t('"},"location":[{"location":{"display":"GPRBC %s"}}],"serviceProvider":{"display":"Great Plains Regional Burn Center"}}' % p.bed).done()
        return
    jline("fhir", res, ascii_=True)


def g_x12():
    p = pt()
    t = tick()
    ctl = R.randint(100000000, 999999999)
    Ln("x12").t("ISA*00*          *00*          *ZZ*GPRBC1800      *ZZ*%-15s*%s*%s*^*00501*%09d*0*P*:~" % (
        R.choice(["NEMEDICAID", "CMS", "BCBSNE", "AVAILITY"]), t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)).done()
    tick()
    Ln("x12").t("GS*HS*GPRBC1800*%s*%s*%s*%d*X*005010X279A1~" % ("RECEIVER", t.strftime("%Y%m%d"), t.strftime("%H%M"), ctl % 100000)).done()
    tick()
    Ln("x12").t("ST*270*%04d*005010X279A1~" % R.randint(1, 9999)).done()
    tick()
    Ln("x12").t("HL*3*2*22*0~").done()
    tick()
    Ln("x12").t("NM1*IL*1*").p(p.last.upper(), "name", lambda v: v).t("*").p(p.first.upper(), "name").t("****MI*").p(p.member, "health_plan").t("~").done()
    tick()
    Ln("x12").t("DMG*D8*").p(p.dob.strftime("%Y%m%d"), "date").t("*%s~" % p.sex).done()
    tick()
    Ln("x12").t("DTP*291*D8*").p(p.admit.strftime("%Y%m%d"), "date").t("~").done()
    tick()
    Ln("x12").t("EB*%s*IND*30**%s~" % (R.choice(["1", "1", "6"]), p.payer)).done()
    tick()
    Ln("x12").t("SE*%d*%04d~" % (R.randint(12, 20), R.randint(1, 9999))).done()


def g_pyxis():
    t = tick()
    ts = t.strftime("%Y%m%d%H%M%S")
    s = staff()
    if R.random() < 0.4:
        Ln("pyxis_pipe").t("PYX|%s|%s|REFILL||||%s|%s|qty %d|user=%s" % (R.choice(["BICU-A", "BICU-B", "4W-MED", "OR-CORE"]), ts,
                                                                         R.choice(["NDC 0409-1890-01", "NDC 63323-0261-01", "NDC 0641-6221-25"]),
                                                                         R.choice(["silver sulfADIAZINE 1% cream 400g", "LR 1000 mL", "ketamine 50 mg/mL", "bacitracin oint 30g"]),
                                                                         R.randint(2, 20), s[3])).done()
    else:
        p = pt()
        ln = Ln("pyxis_pipe").t("PYX|%s|%s|WITHDRAW|" % (p.bed.split("-")[0] + "-" + R.choice("AB"), ts)).p(p.mrn, "mrn").t("|").p(lastfirst(p).upper(), "name")
        ln.t("|%s|%s|%s|qty 1|user=%s|witness=%s" % (p.bed, R.choice(["NDC 0409-1890-01", "NDC 0641-6221-25"]),
                                                    R.choice(["HYDROmorphone 2 mg/mL inj", "fentaNYL 50 mcg/mL inj", "ketamine 50 mg/mL", "midazolam 2 mg/2 mL"]),
                                                    s[3], R.choice(STAFF)[3])).done()


def g_badge():
    t = tick()
    s = staff()
    Ln("badge_syslog").t("<134>%s lenel-ac01 ACS[%d]: door=%s badge=%07d user=\"%s, %s\" result=%s" % (
        t.strftime("%b %d %H:%M:%S"), R.randint(1000, 9000), R.choice(["BICU-East-Entry", "TissueBank-Vault", "OR-Corridor-2", "Hydro-Tank-Rm", "Helipad-Door"]),
        R.randint(10000, 99999), s[1], s[0], R.choice(["GRANTED", "GRANTED", "GRANTED", "DENIED_SCHEDULE"]))).done()


def g_cef():
    t = tick()
    if R.random() < 0.6:
        Ln("cef_audit").t("CEF:0|Palo Alto Networks|PAN-OS|10.2.7|end|TRAFFIC|3|rt=%s src=10.40.%d.%d dst=%s spt=%d dpt=%d proto=TCP act=allow app=%s cs1Label=Rule cs1=%s" % (
            t.strftime("%b %d %Y %H:%M:%S"), R.randint(0, 30), R.randint(2, 250), R.choice(["52.96.166.130", "20.190.151.7", "104.18.32.115", "198.51.100.24"]),
            R.randint(30000, 65000), R.choice([443, 443, 8443, 6661]), R.choice(["ssl", "web-browsing", "hl7"]), R.choice(["allow-hie", "allow-o365", "outbound-web"]))).done()
    else:
        p = pt()
        s = staff()
        ln = Ln("cef_audit").t("CEF:0|Epic|Hyperspace|Nov2024|BTG|Break-the-glass access|6|rt=%s suser=%s shost=BICU-WS%02d cs1Label=PatientMRN cs1=" % (
            t.strftime("%b %d %Y %H:%M:%S"), s[3], R.randint(1, 30)))
        ln.p(p.mrn, "mrn").t(" cs2Label=Reason cs2=%s" % R.choice(["Direct patient care", "Transfer triage", "Tissue issue verification"]))
        if R.random() < 0.4:
            ln.t(" cs3Label=PatientName cs3=").p(full(p), "name")
        ln.done()


def g_chat():
    t = tick()
    s1, s2 = R.sample(STAFF, 2)
    r = R.random()
    if r < 0.5:
        txt = R.choice(["hydro tank 2 back in service", "who has the code pager tonight?", "pharmacy says silvadene restock at 1500",
                        "OR 9 running 40 min late", "grand rounds moved to Thurs", "need a 2nd check on ketamine gtt in 6"])
        jline("securechat", {"ts": iso(t), "conv": "c_" + hexs(10), "from": s1[3], "to": [s2[3]], "text": txt, "read": R.choice([True, False])})
    else:
        p = pt()
        v = R.random()
        if v < 0.4:
            txt = [p.bed + " (", P(p.last, "name"), ") due for dressing change 1400, premed 30 min prior"]
        elif v < 0.75:
            txt = [p.crel[1].lower() + " of " + p.bed + " ", P(p.cfirst, "name"), " calling again, cb ",
                   P(fmt_phone(p.cphone, 1), "phone"), " - can attending call?"]
        else:
            txt = ["pls consent ", P(full(p), "name"), " (MRN ", P(p.mrn, "mrn"), ") for STSG tmrw, graft ", P(din(), "other_id"), " reserved"]
        ln = Ln("securechat").t('{"ts":"%s","conv":"c_%s","from":"%s","to":["%s"],"text":"' % (iso(t), hexs(10), s1[3], s2[3]))
        for x in txt:
            if isinstance(x, P):
                ln.p(x.v, x.cat, J)
            else:
                ln.t(J(x))
        ln.t('","read":%s}' % R.choice(["true", "false"])).done()


def g_lab():
    t = tick()
    if R.random() < 0.25:
        Ln("lab_fixed").t("QC   %-10s %-14s %-10s %8s %4s LOT %-8s LEVEL %d   PASS" % ("RAPIDPT500", "CTRL", "", t.strftime("%Y%m%d"), t.strftime("%H%M"), "R%05d" % R.randint(0, 99999), R.randint(1, 3))).done()
        return
    p = pt()
    ln = Ln("lab_fixed").t("ABG  ")
    ln.p(p.mrn, "mrn").t(" " * (11 - len(p.mrn)))
    ln_name = (p.last.upper()[:14])
    ln.p(ln_name.rstrip(), "name").t(" " * (15 - len(ln_name.rstrip())))
    fn = p.first.upper()[:10]
    ln.p(fn, "name").t(" " * (11 - len(fn)))
    ln.p(t.strftime("%Y%m%d"), "date").t(" %s pH %4.2f PCO2 %3d PO2 %3d COHB %4.1f LACT %3.1f" % (
        t.strftime("%H%M"), R.uniform(7.18, 7.45), R.randint(30, 62), R.randint(60, 380), R.uniform(0.5, 28), R.uniform(0.6, 6.5))).done()


def g_dme():
    t = tick()
    if R.random() < 0.35:
        Ln("dme_kv").t("ts=%s app=dme-logistics level=info msg=\"fleet sync\" vendor=\"3M KCI\" units_in=%d units_out=%d po=PO-%06d warehouse=\"1800 Prairie Medical Pkwy Dock 3\"" % (
            iso(t, False), R.randint(0, 30), R.randint(0, 30), R.randint(100000, 999999))).done()
        return
    p = pt()
    ln = Ln("dme_kv").t("ts=%s app=dme-logistics level=info msg=\"npwt home unit assigned\" order=" % iso(t, False)).p("DME-%05d" % R.randint(10000, 99999), "other_id")
    item, pre = R.choice([("V.A.C. Freedom", "VFR"), ("SNAP Therapy System", "SNP"), ("PICO 7", "PC7")])
    ln.t(" item=\"%s\" sn=" % item).p(pre + "%08d" % R.randint(0, 99999999), "device")
    ln.t(" pt_mrn=").p(p.mrn, "mrn")
    if R.random() < 0.6:
        ln.t(" ship_to=\"").p(p.street, "address").t(", ").p(p.city, "address").t(", %s\" zip=" % p.st).p(p.zip, "zip")
    if R.random() < 0.3:
        ln.t(" copay_card=****%04d" % R.randint(0, 9999))
    ln.done()


def g_syslog():
    t = tick()
    r = R.random()
    if r < 0.76:
        Ln("syslog").t("%s %s %s" % (t.strftime("%b %d %H:%M:%S"), R.choice(["burnapp-db01", "epicap-01", "mirth-02", "fs-photo01"]), R.choice([
            "systemd[1]: Started Daily rotation of log files.",
            "CRON[%d]: (root) CMD (/usr/local/bin/pg_backup.sh --target s3://gprbc-backup/burnreg)" % R.randint(1000, 40000),
            "kernel: [%d.%06d] nfs: server nas-02 OK" % (R.randint(10000, 999999), R.randint(0, 999999)),
            "sshd[%d]: Accepted publickey for ansible from 10.40.1.15 port %d ssh2: ED25519 SHA256:%s" % (R.randint(1000, 40000), R.randint(30000, 65000), base64.b64encode(bytes(R.getrandbits(8) for _ in range(24))).decode().rstrip("=")),
            "chronyd[812]: Selected source 129.6.15.28 (time.nist.gov)"]))).done()
    else:
        p = pt()
        ln = Ln("syslog").t("<14>1 %s clinic-kiosk-%d psecure %d - - " % (iso(t), R.randint(1, 3), R.randint(1000, 9000)))
        if R.random() < 0.5:
            ln.t("palm enroll ok mrn=").p(p.mrn, "mrn").t(" tmpl=").p(b64blob("PVT1", R.randint(36, 60)), "biometric").t(" q=%d" % R.randint(60, 99))
        else:
            ln.t("checkin ok mrn=").p(p.mrn, "mrn").t(" appt=").p(ymd(TODAY), "date").t(" id_doc=DL id_state=%s id_num=" % p.st).p(
                R.choice("ABCDEFGHJ") + "%08d" % R.randint(0, 99999999), "license").t(" match=palm tmpl_sha1=%s" % hashlib.sha1(str(R.random()).encode()).hexdigest())
        ln.done()


GENS = [(g_hl7, 3), (g_burnchart, 12), (g_tissue_csv, 8), (g_tissue_xml, 4), (g_woundphoto, 8), (g_transfer_note, 5),
        (g_transfer_json, 5), (g_sms, 5), (g_nginx, 13), (g_mirth, 5), (g_pg, 6), (g_fhir, 4), (g_x12, 0.5),
        (g_pyxis, 5), (g_badge, 12), (g_cef, 8), (g_chat, 6), (g_lab, 5), (g_dme, 4), (g_syslog, 14)]
SINGLE = [g for g, _ in GENS if g not in (g_hl7, g_x12, g_mirth)]

N = 500


def main():
    fns = [g for g, w in GENS]
    ws = [w for g, w in GENS]
    quiet = {g_badge, g_syslog, g_cef, g_nginx, g_burnchart, g_mirth}
    x12_at = [140, 360]
    while len(LINES) < N - 8:
        if x12_at and len(LINES) >= x12_at[0]:
            x12_at.pop(0)
            g_x12()
            continue
        phi = sum(1 for l in LINES if any(c for _, c in l.parts))
        # steer toward ~55 % PHI-free lines
        boost = 1.8 if LINES and phi / len(LINES) > 0.45 else 1.0
        R.choices(fns, [w * (boost if g in quiet else 1) for g, w in GENS])[0]()
    while len(LINES) < N:
        R.choice(SINGLE)()
    del LINES[N:]
    out_log, out_lab = [], []
    for i, ln in enumerate(LINES, 1):
        b = b""
        spans = []
        for placed, cat in ln.parts:
            pb = placed.encode("utf-8")
            if cat:
                spans.append({"s": len(b), "e": len(b) + len(pb), "cat": cat, "_v": placed})
            b += pb
        if not b or b"\n" in b or b"\r" in b:
            sys.exit("bad line %d: %r" % (i, b))
        prev = 0
        for sp in spans:
            if not (0 <= sp["s"] < sp["e"] <= len(b)) or sp["s"] < prev:
                sys.exit("bad span line %d: %r" % (i, sp))
            if b[sp["s"]:sp["e"]].decode("utf-8") != sp["_v"]:
                sys.exit("span mismatch line %d: %r" % (i, sp))
            prev = sp["e"]
            del sp["_v"]
        out_log.append(b)
        out_lab.append(json.dumps({"line": i, "family": ln.fam, "spans": spans}, ensure_ascii=False))
    with open("sl.log", "wb") as f:
        f.write(b"\n".join(out_log) + b"\n")
    with open("sl.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
