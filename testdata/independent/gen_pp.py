#!/usr/bin/env python3
"""gen_pp.py - synthetic labeled log corpus "pp".

Organisation: Mercy Lakes Health System (Cleveland OH area), Clinical
Engineering / Biomedical Engineering department.  All people, numbers,
addresses are synthetic.  Output: pp.log (500 lines) and pp.labels.jsonl.
Standard library only, fixed seed: byte-identical on every run.

Systems simulated (one physical line per log line)
  1. cmms_json      CMMS work-order service (JSON logger, camel/snake keys)
  2. ivi_kv         infusion pump interoperability bridge (key=value):
                    auto-programming, dataset pushes, pump event log pulls
  3. vent_csv       ventilator event-log CSV exports pulled for incident
                    investigations (header comment line + event rows)
  4. hl7v2          device-integration middleware outbound ORU^R01 /
                    inbound ADT^A01 (one segment per line)
  5. syslog_dim     device integration gateway syslog (RFC 5424)
  6. mds2_scan      vulnerability / MDS2 security scan CSV (Nessus-like)
  7. recall_pipe    recall manager pipe rows (RCL asset rows, RCLPT
                    patient-notification rows for implant recalls)
  8. medwatch_xml   FDA MedWatch 3500A / eMDR drafts, one-line XML
  9. loaner_csv     loaner equipment tracker (vendor loaners and patient
                    home loaners)
 10. alarm_tsv      alarm analytics export (TSV)
 11. chat_json      secure clinical chat messages (JSON envelope)
 12. nginx          access log of CMMS portal and middleware REST API
 13. java_trace     integration engine exceptions + stack frames
 14. pg_sql         CMMS PostgreSQL statement log
 15. fhir           FHIR R4 Device / DeviceUseStatement / Observation
 16. rtls           RTLS asset-tag location pings (pipe)
 17. inv_note       free-text incident-investigation notes (biomed)
 18. x12_850        purchase orders to device vendors (X12 850, one line)
 19. rpm_kit        remote patient monitoring kit service (JSON)
 20. sms_gw         SMS gateway, loaner return reminders (logfmt)

Labeling decisions (grey cases)
  - Hospital-owned device serials, asset tags, MACs and IPs are NOT PHI in
    inventory, PM, scan, RTLS, recall-inventory and gateway-connection
    lines.  A device serial/UDI is labelled `device` when the line ties it
    to a specific patient (pump/vent association, incident pulls, HL7
    OBX-18 equipment id inside a patient message, FHIR DeviceUseStatement,
    implant and home-loaner / RPM kit devices, IMEIs of patient kits).
  - UDI with a serial (21) tied to a patient -> one `device` span for the
    whole UDI string; DI-only UDIs / GTINs / lot numbers are never PHI.
  - Bed / room / unit locations (4W-12) are facility locations: not PHI.
  - MRN and FHIR Patient logical ids -> `mrn`.  Billing accounts (FIN,
    HAR) and card numbers -> `account`.  Encounter/visit numbers (CSN)
    and RPM kit/enrolment ids, loaner agreement ids issued to a patient
    -> `other_id`.
  - EHR medication order ids, WO numbers, incident (INV-/RL-) numbers,
    MedWatch report numbers, recall Z-numbers: transaction/case numbers of
    the organisation about a device event -> NOT labelled.
  - Patient initials (MedWatch A1, chat shorthand "pt J.O.") -> `name`.
  - Ages > 89 -> `age`; ages 89 and under not labelled.
  - Dates: log-record timestamps are never labelled (this includes the
    event rows of a pulled ventilator/pump log: they are the device log's
    own record timestamps; the export header naming the patient is PHI).  Dates in content
    tied to the patient (DOB, admit, event date, implant date, loaner
    issue/due dates of a patient loaner, service dates) -> `date`.  PM due
    dates, recall dates, PO dates and vendor loaner dates are not PHI.
  - A URL whose path/query holds a patient identifier -> whole request
    target as one `url` span.  Client IPs in access logs are staff
    workstations / servers -> not PHI.  Patient home IP (RPM kit check-in
    from a home broadband IP) -> `ip`.
  - Staff (nurses, techs, engineers, physicians with NPI), vendor reps,
    vendor/FDA/organisation addresses and phones: never PHI.
  - Emergency contacts / caregivers named in loaner and RPM records are
    labelled like the patient (name, phone).
  - Home geocode (lat,lon) of a patient loaner -> one `address` span.
  - HL7 names "LAST^FIRST^M" -> one `name` span; HL7 address
    "street^^city^ST^zip" -> street and city as `address` spans, zip `zip`.
  - A patient's vehicle plate at curbside loaner pickup -> `vehicle`;
    the department's own van VIN -> not PHI.
"""
import json
import random
import uuid
import hashlib
import datetime

SEED = 4402
R = random.Random(SEED)


# ------------------------------------------------------------------ helpers
def P(v, cat=None):
    return (v, cat)


def build(fam, parts):
    out, spans, pos = [], [], 0
    for p in parts:
        if isinstance(p, tuple):
            v, cat = p
        else:
            v, cat = p, None
        b = v.encode("utf-8")
        if cat:
            spans.append((pos, pos + len(b), cat, v))
        pos += len(b)
        out.append(v)
    return fam, "".join(out), spans


def jesc(v, ascii_=False):
    return json.dumps(v, ensure_ascii=ascii_)[1:-1]


def jobj(items, ascii_=False):
    """items: (key, value[, cat]); value list => raw parts (nested)."""
    parts = ["{"]
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            parts.append(",")
        parts.append(json.dumps(k) + ":")
        if isinstance(v, list):
            parts.extend(v)
        elif isinstance(v, str):
            parts += ['"', P(jesc(v, ascii_), cat), '"']
        else:
            parts.append(P(json.dumps(v), cat))
    parts.append("}")
    return parts


def jarr(lst):
    parts = ["["]
    for i, x in enumerate(lst):
        if i:
            parts.append(",")
        parts.extend(x)
    parts.append("]")
    return parts


def kv(items, sep=" ", quote_spaces=True):
    parts = []
    for i, it in enumerate(items):
        k, v = it[0], str(it[1])
        cat = it[2] if len(it) > 2 else None
        if i:
            parts.append(sep)
        if quote_spaces and (" " in v or "=" in v):
            parts += [k + '="', P(v, cat), '"']
        else:
            parts += [k + "=", P(v, cat)]
    return parts


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


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def npi():
    b = R.choice("12") + digits(8)
    return b + luhn_digit("80840" + b)


def imei(valid=True):
    b = R.choice(["35", "86", "01"]) + digits(12)
    d = luhn_digit(b)
    if not valid:
        d = str((int(d) + 3) % 10)
    return b + d


def card(valid=True):
    b = R.choice(["4", "51", "37"])
    ln = 15 if b == "37" else 16
    b = b + digits(ln - len(b) - 1)
    d = luhn_digit(b)
    if not valid:
        d = str((int(d) + 1) % 10)
    return b + d


def ssn(valid=True):
    if not valid:
        return R.choice(["000", "666", "912"]) + "-" + digits(2) + "-" + digits(4)
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


def mbi():
    L = "ACDEFGHJKMNPQRTUVWXY"
    A = L + "0123456789"
    D = "0123456789"
    return (R.choice("123456789") + R.choice(L) + R.choice(A) + R.choice(D) +
            R.choice(L) + R.choice(A) + R.choice(D) + R.choice(L) +
            R.choice(L) + R.choice(D) + R.choice(D))


def gtin14():
    b = "0" + R.choice(["0885403", "0643169", "0382903", "0884521", "0763000"]) + digits(5)
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(b)))
    return b + str((10 - tot % 10) % 10)


VIN_T = {**{str(i): i for i in range(10)},
         "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
         "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9,
         "S": 2, "T": 3, "U": 4, "V": 5, "W": 6, "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(valid=True):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list(R.choice(["1FT", "1GC", "2T1", "5YJ", "1HG", "3VW"]) +
             "".join(R.choice(al) for _ in range(5)) + "0" +
             R.choice("LMNPR") + R.choice("ABCDEFGH") + digits(6))
    s = sum(VIN_T[c] * w for c, w in zip(v, VIN_W)) % 11
    v[8] = "X" if s == 10 else str(s)
    if not valid:
        v[8] = "7" if v[8] != "7" else "2"
    return "".join(v)


# ------------------------------------------------------------------ pools
FIRST = ["Maria", "Kenji", "Aaliyah", "Tomasz", "Oluwaseun", "Grace", "Hunter",
         "Siobhan", "Rahul", "Lucía", "José", "Mei-Ling", "Dmitri", "Fatima",
         "Bao", "Ingrid", "Joy", "Faith", "Will", "Rose", "Amadou", "Priya",
         "Hamid", "Dolores", "Earl", "Bernadette", "Thanh", "Zofia", "Rashid",
         "Marguerite", "Clyde", "Nomvula", "Eun-ji", "Patrice", "Summer", "Jaroslav"]
LAST = ["Okafor-Baptiste", "García Márquez", "Nakamura", "Van der Berg",
        "O'Neill", "Baker", "Hunter", "Frost", "Winter", "Mills", "Kowalczyk",
        "Abdi", "Nguyen", "Reyes-Ortiz", "Fox", "Bird", "Lake", "Christensen",
        "Haddad", "Dubois", "MacAllister", "Singh", "Cruz", "Petrov", "Sato",
        "Oyelaran", "Stone", "Hill", "Young", "St. Clair", "da Silva",
        "Wojciechowski", "Brown-Ellis", "Al-Masri", "Lindqvist", "Sparrow",
        "Gray", "Rivera", "Kuznetsova", "Moon"]
MIDI = ["A", "J", "T", "M", "R", "E", "L", "K", ""]
CITIES = ["Parma", "Lakewood", "Euclid", "Elyria", "Mentor", "Strongsville",
          "Solon", "Cleveland Heights", "Garfield Heights", "North Olmsted",
          "Lorain", "Shaker Heights", "Brook Park", "Maple Heights", "Avon Lake"]
STREETS = ["Oak", "Detroit", "Pearl", "Broadway", "Lorain", "Warrensville Center",
           "Ridge", "Snow", "Mayfield", "Brainard", "Fairmount", "Denison",
           "Clifton", "Madison", "Stearns", "Cedar", "Sprague", "Bagley"]
STYPE = ["Rd", "Ave", "St", "Blvd", "Dr", "Ln", "Ct"]


def mkpatient():
    f = R.choice(FIRST)
    l = R.choice(LAST)
    m = R.choice(MIDI)
    y = R.randint(1928, 2006)
    dob = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
    age = 2024 - y - (1 if (dob.month, dob.day) > (5, 14) else 0)
    city = R.choice(CITIES)
    st = "%d %s %s" % (R.randint(12, 29999), R.choice(STREETS), R.choice(STYPE))
    if R.random() < 0.25:
        st += R.choice([" Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCD"), " #%d" % R.randint(100, 999)])
    area = R.choice(["216", "440", "330", "234"])
    ph = (area, "%03d" % R.randint(201, 989), "%04d" % R.randint(0, 9999))
    return {
        "first": f, "last": l, "mi": m, "dob": dob, "age": age,
        "sex": R.choice("FM"), "mrn": "E" + digits(7), "fin": "41" + digits(8),
        "csn": "7" + digits(8), "street": st, "city": city,
        "zip": "44" + R.choice(["107", "111", "118", "120", "122", "130", "134", "136", "035", "060", "012"]),
        "ph": ph, "email": "%s.%s%d@%s" % (f.lower().replace("í", "i").replace("é", "e"),
                                          l.lower().replace(" ", "").replace("'", "").replace("á", "a"),
                                          R.randint(1, 99), R.choice(["gmail.com", "yahoo.com", "att.net", "outlook.com", "roadrunner.com"])),
        "ssn": ssn(R.random() > 0.08), "member": R.choice(["XGH", "ZMB", "MLH", "WPA"]) + digits(9),
        "mbi": mbi(), "fhir": hexs(8) + "-" + hexs(4),
        "ec_name": "%s %s" % (R.choice(FIRST), R.choice([l, R.choice(LAST)])),
        "ec_ph": (R.choice(["216", "440", "419"]), "%03d" % R.randint(201, 989), "%04d" % R.randint(0, 9999)),
    }


PTS = [mkpatient() for _ in range(45)]
for p in PTS[:6]:  # a few nonagenarians
    y = R.randint(1925, 1933)
    p["dob"] = datetime.date(y, R.randint(1, 12), R.randint(1, 28))
    p["age"] = 2024 - y - (1 if (p["dob"].month, p["dob"].day) > (5, 14) else 0)


def pt():
    return R.choice(PTS)


def nm(p, style=None):
    style = style or R.choice(["fl", "lf", "LF", "flm"])
    if style == "fl":
        return "%s %s" % (p["first"], p["last"])
    if style == "lf":
        return "%s, %s" % (p["last"], p["first"])
    if style == "LF":
        return "%s, %s" % (p["last"].upper(), p["first"].upper())
    if style == "flm":
        return ("%s %s. %s" % (p["first"], p["mi"], p["last"])) if p["mi"] else "%s %s" % (p["first"], p["last"])
    if style == "hl7":
        return "%s^%s^%s" % (p["last"].upper(), p["first"].upper(), p["mi"])
    if style == "ini":
        return "%s.%s." % (p["first"][0], p["last"][0])
    return p["first"]


def phone(t, style=None):
    style = style or R.choice(["paren", "dash", "dot", "e164"])
    a, b, c = t
    return {"paren": "(%s) %s-%s" % (a, b, c), "dash": "%s-%s-%s" % (a, b, c),
            "dot": "%s.%s.%s" % (a, b, c), "e164": "+1%s%s%s" % (a, b, c)}[style]


def dfmt(d, style=None):
    style = style or R.choice(["iso", "us", "hl7", "dmy"])
    return {"iso": d.strftime("%Y-%m-%d"), "us": d.strftime("%m/%d/%Y"),
            "hl7": d.strftime("%Y%m%d"), "dmy": d.strftime("%d-%b-%Y")}[style]


STAFF = ["R. Castellanos", "Dana Whitfield", "Tobias Grünewald", "Aisha Rahman",
         "Mike Kowalski", "Jen Park", "Luis Ortega", "Hope Sanders", "K. Obi",
         "Brandon Lake", "Sunita Deshpande", "Carl Winter"]
TECH_IDS = ["bmet2_rcastellanos", "cet_dwhitfield", "bmet3_tgrunewald",
            "ce_arahman", "bmet1_mkowalski", "it_jpark"]
NURSES = ["RN K. Whitfield", "RN A. Mensah", "RN J. Baker", "RN P. Holt",
          "RN S. Frost", "RN D. Amari", "RRT L. Hunter", "RRT M. Gray"]
DOCS = [("PATEL^ANIL^R", npi()), ("OKONKWO^CHIDI^", npi()), ("BERG^HANNA^L", npi()),
        ("ROSE^WILLIAM^T", npi())]
UNITS = ["4W", "5E", "MICU", "SICU", "CVICU", "NICU", "ED", "PACU", "3N", "6S", "ONC7"]
SITES = ["MLH-MAIN", "MLH-WEST", "MLH-LORAIN"]

MODELS = [("BD", "Alaris 8015 PCU", "pump"), ("BD", "Alaris 8100 LVP", "pump"),
          ("Baxter", "Spectrum IQ", "pump"), ("ICU Medical", "Plum 360", "pump"),
          ("Getinge", "Servo-u", "vent"), ("Hamilton", "C6", "vent"),
          ("Dräger", "Evita V800", "vent"), ("Philips", "IntelliVue MX800", "mon"),
          ("Philips", "IntelliVue MX450", "mon"), ("GE", "CARESCAPE B650", "mon"),
          ("Masimo", "Root Radical-7", "spo2"), ("Stryker", "LIFEPAK 15", "defib"),
          ("Zoll", "R Series", "defib"), ("Medtronic", "Puritan Bennett 980", "vent")]


VENT_PFX = {"Servo-u": "SU", "C6": "C6-", "Evita V800": "ASAK-", "Puritan Bennett 980": "35B"}


def serial_for(kind, model=None):
    if kind == "vent" and model in VENT_PFX:
        return VENT_PFX[model] + digits(5)
    if kind == "pump":
        return R.choice(["1", "2"]) + digits(7)
    if kind == "vent":
        return R.choice(["SU", "C6-", "ASAK-", "35B"]) + digits(5)
    if kind == "mon":
        return "DE" + digits(8)
    return R.choice(["S", "AG", "LP"]) + digits(7)


def asset():
    return "BME-" + "%06d" % R.randint(1000, 99999)


def wo():
    return "WO-24%02d-%05d" % (R.randint(1, 5), R.randint(100, 99999))


# ------------------------------------------------------------------ clock
T0 = datetime.datetime(2024, 5, 14, 5, 58, 11)
CLK = [T0]


def tick():
    CLK[0] += datetime.timedelta(seconds=R.randint(1, 95), microseconds=R.randint(0, 999999))
    return CLK[0]


def iso(t, z=True, ms=True):
    s = t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03d" % (t.microsecond // 1000) if ms else "")
    return s + ("Z" if z else "")


# ------------------------------------------------------------------ systems
def s_cmms(phi):
    t = tick()
    mk, model, kind = R.choice(MODELS)
    sn = serial_for(kind, model)
    items = [("ts", iso(t)), ("level", R.choice(["INFO", "INFO", "WARN", "DEBUG"])),
             ("logger", R.choice(["com.mlh.cmms.WorkOrderService", "com.mlh.cmms.pm.Scheduler", "com.mlh.cmms.AssetSync"])),
             ("thread", "http-nio-8443-exec-%d" % R.randint(1, 40))]
    if not phi:
        ev = R.choice(["WO_CLOSED", "PM_SCHEDULED", "WO_CREATED", "ASSET_UPDATED", "PARTS_ORDERED"])
        items += [("event", ev), ("woNumber", wo()), ("assetTag", asset()), ("mfr", mk), ("model", model),
                  ("serialNo", sn), ("site", R.choice(SITES)), ("dept", R.choice(UNITS)),
                  ("assignedTo", R.choice(STAFF)), ("pmDue", "2024-%02d-%02d" % (R.randint(6, 12), R.randint(1, 28))),
                  ("laborHrs", round(R.uniform(0.2, 4.5), 2)), ("traceId", hexs(32))]
        if ev == "PARTS_ORDERED":
            items += [("partNo", R.choice(["10015466", "PN-8015-BATT", "M1191B", "6850-0022-01"])), ("qty", R.randint(1, 6)),
                      ("vendorPhone", R.choice(["1-888-562-6018", "800-722-9377", "1-866-423-7644"]))]
        return [build("cmms_json", jobj(items))]
    p = pt()
    items += [("event", "WO_CREATED"), ("woNumber", wo()), ("woType", "INCIDENT"), ("priority", "P1"),
              ("assetTag", asset()), ("mfr", mk), ("model", model), ("serialNo", sn, "device"),
              ("problem", R.choice(["Device removed from patient use - sequestered", "Alarm not heard per RN",
                                    "Unexpected shutdown during use"] + (["Occlusion alarm false positive x3"] if kind == "pump" else []))),
              ("patientMrn", p["mrn"], "mrn")]
    if R.random() < 0.5:
        items.append(("patientName", nm(p, "lf"), "name"))
    if R.random() < 0.6:
        items.append(("eventDate", dfmt(datetime.date(2024, 5, R.randint(10, 13)), "iso"), "date"))
    items += [("reportedBy", R.choice(NURSES)), ("assignedTo", R.choice(STAFF)), ("traceId", hexs(32))]
    return [build("cmms_json", jobj(items, ascii_=R.random() < 0.3))]


DRUGS = ["heparin 25,000 units/250 mL", "norepinephrine 8 mg/250 mL", "propofol 10 mg/mL",
         "insulin regular 100 units/100 mL", "vancomycin 1.25 g/250 mL", "NS 0.9% 1000 mL",
         "fentaNYL 2500 mcg/250 mL", "dexmedetomidine 400 mcg/100 mL", "potassium chloride 20 mEq/100 mL"]


def s_ivi(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    head = ["%s %s [%s] " % (ts, R.choice(["INFO", "INFO", "WARN"]), R.choice(["ivi-bridge", "pump-gw-02", "ivi-bridge"]))]
    sn = R.choice(["1", "2"]) + digits(7)
    if not phi:
        c = R.choice(["ds", "hb", "fw", "evt"])
        if c == "ds":
            tg = R.randint(40, 800)
            it = [("evt", "DATASET_PUSH"), ("dataset", "MLH_ADULT_v24.%d" % R.randint(1, 9)), ("profile", R.choice(["ICU", "MEDSURG", "ONC", "PEDS"])),
                  ("pumps_targeted", tg), ("pumps_ok", tg - R.randint(0, 35)), ("dur_ms", R.randint(900, 90000))]
        elif c == "hb":
            it = [("evt", "HEARTBEAT"), ("pump_sn", sn), ("ip", "10.44.%d.%d" % (R.randint(1, 60), R.randint(2, 250))),
                  ("ssid", "MLH-BIOMED"), ("rssi", -R.randint(40, 85)), ("batt", "%d%%" % R.randint(10, 100)), ("fw", "12.1.%d" % R.randint(0, 6))]
        elif c == "fw":
            it = [("evt", "FW_CHECK"), ("pump_sn", sn), ("cur", "9.33.0.1"), ("avail", "9.33.1.4"), ("asset", asset())]
        else:
            it = [("evt", R.choice(["CHANNEL_ATTACH", "DOOR_OPEN", "AIR_IN_LINE", "GUARDRAILS_OVERRIDE"])), ("pump_sn", sn),
                  ("chan", R.choice("ABCD")), ("unit", R.choice(UNITS)), ("lib", "MLH_ADULT_v24.3"), ("txn", uid())]
        return [build("ivi_kv", head + kv(it))]
    p = pt()
    it = [("evt", R.choice(["AUTO_PROGRAM", "AUTO_PROGRAM", "ASSOCIATE", "INFUSION_STATUS"])), ("status", R.choice(["ACCEPTED", "REJECTED_LIMIT", "CONFIRMED"])),
          ("pump_sn", sn, "device"), ("chan", R.choice("ABCD")), ("drug", R.choice(DRUGS)),
          ("rate", "%s mL/h" % R.choice(["5", "12.5", "18", "40", "125", "250"])), ("order_id", "ORD" + digits(9)),
          ("pt_mrn", p["mrn"], "mrn")]
    if R.random() < 0.5:
        it.append(("csn", p["csn"], "other_id"))
    if R.random() < 0.3:
        it.append(("pt_name", nm(p, "LF"), "name"))
    it += [("bed", "%s-%02d" % (R.choice(UNITS), R.randint(1, 30))), ("clin", R.choice(NURSES).split(" ", 1)[1]), ("txn", uid())]
    return [build("ivi_kv", head + kv(it))]


def s_vent(phi):
    t = tick()
    if phi:
        p = pt()
        mk, model = R.choice([("Getinge", "Servo-u"), ("Hamilton", "C6"), ("Dräger", "Evita V800")])
        parts = ["# ", mk, " ", model, " event log export; SN=", P(serial_for("vent", model), "device"),
                 "; Patient ID=", P(p["mrn"], "mrn"), "; Patient=", P(nm(p, "LF"), "name"),
                 "; Exported by ", R.choice(TECH_IDS), " ", iso(t, z=False, ms=False), " for ",
                 "INV-2024-%04d" % R.randint(80, 400)]
        if R.random() < 0.5:
            parts += ["; DOB=", P(dfmt(p["dob"], "us"), "date")]
        return [build("vent_csv", parts)]
    rows = []
    n = R.randint(1, 3)
    for _ in range(n):
        et = t - datetime.timedelta(hours=R.randint(6, 40), seconds=R.randint(0, 3000))
        kind = R.choice(["ALARM", "SETTING", "TECH", "ALARM"])
        if kind == "ALARM":
            a = R.choice([("High Ppeak", "Ppeak 43 cmH2O", "Limit 40"), ("Low MVe", "MVe 3.1 L/min", "Limit 4.0"),
                          ("Apnea", "20 s", "Apnea time 20 s"), ("High RR", "RR 38 /min", "Limit 35")])
            row = "%s,ALARM,%s,%s,%s,%s" % (et.strftime("%Y-%m-%d %H:%M:%S"), a[0], a[1], a[2], R.choice(["Acknowledged", "Silenced 2min", "Cleared"]))
        elif kind == "SETTING":
            row = "%s,SETTING,%s,%s -> %s,,User" % (et.strftime("%Y-%m-%d %H:%M:%S"), R.choice(["PEEP", "FiO2", "VT", "RR"]),
                                                    R.randint(5, 60), R.randint(5, 60))
        else:
            row = "%s,TECH,Error %s,%s,,Logged" % (et.strftime("%Y-%m-%d %H:%M:%S"), R.choice(["#41", "#12", "E-0203", "TE 1045"]),
                                                   R.choice(["O2 cell low", "Exp cassette replaced", "Internal battery test failed"]))
        rows.append(build("vent_csv", [row]))
    return rows


def s_hl7(phi):
    t = tick()
    p = pt()
    ts = t.strftime("%Y%m%d%H%M%S")
    cid = "MLH" + digits(9)
    out = []
    typ = R.choice(["ORU", "ORU", "ADT"])
    msh = "MSH|^~\\&|%s|MLH|EPIC|MLH|%s||%s|%s|P|2.6" % (
        "CAPSULE" if typ == "ORU" else "EPIC_ADT", ts, "ORU^R01^ORU_R01" if typ == "ORU" else "ADT^A01^ADT_A01", cid)
    out.append(build("hl7v2", [msh]))
    pid = ["PID|1||", P(p["mrn"], "mrn"), "^^^MLH^MR"]
    if R.random() < 0.5:
        pid += ["~", P(p["ssn"].replace("-", ""), "ssn"), "^^^SSA^SS"]
    pid += ["||", P(nm(p, "hl7"), "name"), "||", P(p["dob"].strftime("%Y%m%d"), "date"), "|", p["sex"], "|||",
            P(p["street"], "address"), "^^", P(p["city"], "address"), "^OH^", P(p["zip"], "zip"), "^USA||",
            P(phone(p["ph"], "dash"), "phone"), "|||||", P(p["fin"], "account")]
    out.append(build("hl7v2", pid))
    bed = "%s^%02d^A^MLH" % (R.choice(UNITS), R.randint(1, 30))
    doc = R.choice(DOCS)
    admit = datetime.datetime(2024, 5, R.randint(8, 13), R.randint(0, 23), R.randint(0, 59))
    out.append(build("hl7v2", ["PV1|1|I|", bed, "||||", doc[1], "^", doc[0], "^^^^^NPI|||||||||||", P(p["csn"], "other_id"),
                               "|||||||||||||||||||||||||", P(admit.strftime("%Y%m%d%H%M"), "date")]))
    if typ == "ORU":
        mk, model, kind = R.choice([m for m in MODELS if m[2] in ("mon", "vent", "pump")])
        out.append(build("hl7v2", ["OBR|1||", uid().replace("-", "")[:16], "|DEVICE_OBS^Device Observations^L|||", ts]))
        dsn = serial_for(kind, model)
        obs = R.sample([("8867-4", "Heart rate", str(R.randint(50, 130)), "/min"), ("59408-5", "SpO2", str(R.randint(85, 100)), "%"),
                        ("8480-6", "NIBP Sys", str(R.randint(90, 170)), "mm[Hg]"), ("9279-1", "Resp rate", str(R.randint(10, 32)), "/min"),
                        ("20112-9", "PEEP", str(R.randint(5, 14)), "cm[H2O]")], 2)
        for i, o in enumerate(obs):
            out.append(build("hl7v2", ["OBX|%d|NM|%s^%s^LN||%s|%s|||||F|||%s||||" % (i + 1, o[0], o[1], o[2], o[3], ts),
                                       P(dsn, "device"), "^", model.replace(" ", "_")]))
    else:
        out.append(build("hl7v2", ["NK1|1|", P("%s^%s" % (p["ec_name"].split(" ", 1)[1].upper(), p["ec_name"].split(" ")[0].upper()), "name"),
                                   "|", R.choice(["SPO^Spouse", "DAU^Daughter", "SON^Son", "SIS^Sister"]), "||", P(phone(p["ec_ph"], "dash"), "phone")]))
        out.append(build("hl7v2", ["IN1|1|", R.choice(["MCR", "MCD", "COMM"]), "|", R.choice(["00410", "87726", "60054"]), "|",
                                   R.choice(["MEDICARE PART A", "BUCKEYE MEDICAID", "AETNA CHOICE POS II"]), "||||||||||",
                                   P(p["mbi"] if R.random() < 0.5 else p["member"], "health_plan")]))
    return out


def s_syslog(phi):
    t = tick()
    host = R.choice(["dim-gw01", "dim-gw02", "capsule-nc03"])
    pid = R.randint(1000, 9000)
    pre = "<%d>1 %s %s devicegw %d " % (R.choice([134, 133, 131, 132]), iso(t), host, pid)
    mac = ":".join("%02X" % R.randint(0, 255) for _ in range(6))
    if not phi:
        m = R.choice(["CONN", "DISC", "TLS", "QUEUE"])
        mk, model, kind = R.choice(MODELS)
        if m == "CONN":
            msg = "CONN - device %s mac=%s model=\"%s %s\" bed=%s-%02d proto=%s" % (
                "10.42.%d.%d" % (R.randint(0, 60), R.randint(2, 250)), mac, mk, model, R.choice(UNITS), R.randint(1, 30),
                R.choice(["DIM", "IHE-PCD-01", "SDC", "serial/Lantronix"]))
        elif m == "DISC":
            msg = "DISC - device 10.42.%d.%d idle %ds, reason=%s" % (R.randint(0, 60), R.randint(2, 250), R.randint(30, 900), R.choice(["timeout", "peer_reset", "roam"]))
        elif m == "TLS":
            msg = "TLS - handshake ok to 10.20.4.%d:6661 cipher=TLS_AES_256_GCM_SHA384 cert_sn=%s" % (R.randint(10, 40), hexs(16))
        else:
            msg = "QUEUE - outbound ORU depth=%d oldest=%dms target=epic-bridge:6661" % (R.randint(0, 400), R.randint(2, 9000))
        return [build("syslog_dim", [pre, msg])]
    p = pt()
    mk, model, kind = R.choice([m for m in MODELS if m[2] in ("mon", "vent", "spo2")])
    parts = [pre, "ASSOC - bed %s-%02d device sn=" % (R.choice(UNITS), R.randint(1, 30)), P(serial_for(kind, model), "device"),
             " (%s) associated to MRN " % model, P(p["mrn"], "mrn")]
    if R.random() < 0.5:
        parts += [" name=\"", P(nm(p, "LF"), "name"), "\""]
    parts += [" by ", R.choice(NURSES)]
    return [build("syslog_dim", parts)]


PLUGINS = [("97861", "CVE-2017-0144", "8.1", "Critical", "MS17-010: Security Update for Microsoft Windows SMB Server"),
           ("57582", "", "6.4", "Medium", "SSL Self-Signed Certificate"),
           ("10114", "CVE-1999-0524", "0.0", "None", "ICMP Timestamp Request Remote Date Disclosure"),
           ("42873", "CVE-2016-2183", "7.5", "High", "SSL Medium Strength Cipher Suites Supported (SWEET32)"),
           ("10881", "", "0.0", "None", "SSH Protocol Versions Supported"),
           ("142960", "CVE-2020-11896", "10.0", "Critical", "Treck TCP/IP Stack Multiple Vulnerabilities (Ripple20)"),
           ("35291", "", "4.0", "Medium", "SSL Certificate Signed Using Weak Hashing Algorithm"),
           ("11219", "", "0.0", "None", "Nessus SYN scanner")]


def s_mds2(phi):
    t = tick()
    mk, model, kind = R.choice(MODELS)
    ip = "10.%d.%d.%d" % (R.choice([42, 44, 46]), R.randint(0, 60), R.randint(2, 250))
    if phi:
        p = pt()
        parts = ['"%s","","5.0","Medium","%s","tcp","%s","Cleartext HL7 observed (MDS2 TXCF-1 = No)","' % (
            R.choice(["200001", "200002"]), ip, R.choice(["2575", "6661", "7000"])),
            "sample: PID|1||", P(p["mrn"], "mrn"), "^^^MLH^MR||", P(nm(p, "hl7"), "name"), "||",
            P(p["dob"].strftime("%Y%m%d"), "date"), '","%s %s","%s"' % (mk, model, iso(t, ms=False))]
        return [build("mds2_scan", parts)]
    pl = R.choice(PLUGINS)
    row = '"%s","%s","%s","%s","%s","tcp","%s","%s","%s %s fw %s","%s"' % (
        pl[0], pl[1], pl[2], pl[3], ip, R.choice(["445", "443", "22", "0", "2575", "80", "8443"]), pl[4], mk, model,
        "%d.%d.%d" % (R.randint(1, 12), R.randint(0, 9), R.randint(0, 99)), iso(t, ms=False))
    if R.random() < 0.25:
        row = "MDS2|%s|%s|rev=%s|AUTH-1=%s|ENCR-2=%s|MLDP-2=%s|PAUT-3=%s|reviewer=%s" % (
            mk, model, R.choice(["2019", "2013"]), R.choice("YN"), R.choice("YN"), R.choice("YN"), R.choice(["Yes", "No", "N/A"]),
            R.choice(STAFF))
    return [build("mds2_scan", [row])]


def s_recall(phi):
    t = tick()
    z = "Z-%04d-2024" % R.randint(100, 2400)
    if not phi:
        mk, model, kind = R.choice(MODELS + [("Medtronic", "MiniMed 780G", "ins"), ("Abbott", "Assurity MRI", "imp")])
        row = "RCL|%s|%s|Class %s|%s|%s|lot=%s|affected_assets=%d|action=%s|owner=%s|opened=%s" % (
            t.strftime("%Y%m%d%H%M%S"), z, R.choice(["I", "II", "II", "III"]), mk, model, R.choice(["L", "A", ""]) + digits(6),
            R.randint(0, 420), R.choice(["SW_PATCH", "INSPECT", "REMOVE", "LABEL_UPDATE"]), R.choice(STAFF),
            "2024-%02d-%02d" % (R.randint(1, 5), R.randint(1, 28)))
        return [build("recall_pipe", [row])]
    p = pt()
    dev = R.choice([("Abbott", "Assurity MRI PM2272", "P" + R.choice("JKN") + "N" + digits(6)),
                    ("Medtronic", "MiniMed 780G", "NG" + digits(7) + "H"),
                    ("Boston Scientific", "ACCOLADE L331", digits(6)),
                    ("Philips", "DreamStation 2", "J" + digits(9) + R.choice("ABCDE"))])
    parts = ["RCLPT|%s|%s|%s|%s|" % (t.strftime("%Y%m%d%H%M%S"), z, dev[0], dev[1]), P(p["mrn"], "mrn"), "|",
             P(nm(p, R.choice(["lf", "LF"])), "name"), "|", P(dev[2], "device"), "|implant_dt=",
             P(dfmt(datetime.date(R.randint(2018, 2023), R.randint(1, 12), R.randint(1, 28)), "iso"), "date"), "|",
             P(phone(p["ph"]), "phone"), "|notify=%s|by=%s" % (R.choice(["LETTER_SENT", "CALLED_LVM", "PENDING", "CLINIC_SCHEDULED"]), R.choice(STAFF))]
    return [build("recall_pipe", parts)]


def s_medwatch(phi):
    t = tick()
    p = pt()
    mk, model, kind = R.choice([m for m in MODELS if m[2] in ("pump", "vent")])
    ev = datetime.date(2024, R.randint(4, 5), R.randint(1, 12))
    g = gtin14()
    udi = "(01)%s(17)%s(10)%s(21)" % (g, "2%d%02d%02d" % (R.randint(5, 8), R.randint(1, 12), R.randint(1, 28)), "L" + digits(6))
    sn = serial_for(kind, model)
    parts = ['<MedWatch3500A rptNo="MLH-%s-%03d" status="DRAFT"><A1_PatientIdentifier>' % (t.strftime("%Y"), R.randint(1, 150)),
             P(nm(p, "ini"), "name"), "</A1_PatientIdentifier><A2_Age unit=\"yr\">"]
    parts.append(P(str(p["age"]), "age" if p["age"] > 89 else None))
    parts += ["</A2_Age><A3_Sex>%s</A3_Sex><A4_Weight unit=\"kg\">%d</A4_Weight><B1>%s</B1><B3_EventDate>" % (
        p["sex"], R.randint(45, 120), R.choice(["Malfunction", "Serious Injury"])), P(ev.strftime("%m/%d/%Y"), "date"),
        "</B3_EventDate><B5>", R.choice(["Pump delivered bolus without prompt; RN stopped infusion.",
                                          "Ventilator alarmed 'Technical error' and ceased ventilation; pt bagged.",
                                          "Free-flow observed after cassette door opened."]),
        "</B5><D1_Brand>%s %s</D1_Brand><D3_Mfr>%s</D3_Mfr><D4_SerialNo>" % (model, mk, mk), P(sn, "device"),
        "</D4_SerialNo><D4_UDI>"]
    parts += [P(udi + sn, "device"), "</D4_UDI><E1_Reporter>%s, Clinical Engineering, 2200 Lakeside Ave, Cleveland OH 44114, 216-555-0140</E1_Reporter></MedWatch3500A>" % R.choice(STAFF)]
    return [build("medwatch_xml", parts)]


LOANER_ITEMS = [("Philips", "Trilogy Evo", "TV0" + "%07d"), ("ResMed", "Astral 150", "2310%07d"),
                ("Masimo", "Rad-97 home", "MR97%06d"), ("Medline", "Kangaroo OMNI enteral", "KO%08d"),
                ("Hill-Rom", "The Vest 105", "HV%07d")]


def s_loaner(phi):
    t = tick()
    if not phi:
        mk = R.choice(["BD", "Getinge", "Stryker", "Olympus", "Zoll", "Hamilton"])
        row = "%s,VENDOR_LOANER,LN-%05d,%s,%s,%s,%s,qty=%d,recv=%s,due=%s,PO=%s,%s" % (
            t.strftime("%Y-%m-%d %H:%M"), R.randint(1000, 30000), mk,
            R.choice(["Alaris 8015 PCU", "Servo-u", "System 8 drill", "CV-190 processor", "R Series", "C6"]),
            R.choice(SITES), R.choice(["OR", "MICU", "Central Sterile", "Biomed Shop"]), R.randint(1, 12),
            "2024-05-%02d" % R.randint(1, 14), "2024-%02d-%02d" % (R.randint(5, 8), R.randint(1, 28)),
            "4500%06d" % R.randint(0, 999999), R.choice(STAFF))
        return [build("loaner_csv", [row])]
    p = pt()
    it = R.choice(LOANER_ITEMS)
    issued = datetime.date(2024, R.randint(3, 5), R.randint(1, 13))
    due = issued + datetime.timedelta(days=R.choice([14, 30, 60, 90]))
    parts = [t.strftime("%Y-%m-%d %H:%M"), ",PATIENT_LOANER,", P("PL-%05d" % R.randint(100, 9000), "other_id"), ",%s,%s," % (it[0], it[1]),
             P(it[2] % R.randint(0, 9999999), "device"), ",", P(p["mrn"], "mrn"), ',"', P(nm(p, "lf"), "name"), '","',
             P(p["street"] + ", " + p["city"], "address"), '",OH,', P(p["zip"], "zip"), ",", P(phone(p["ph"]), "phone"), ","]
    parts += [P(dfmt(issued, "iso"), "date"), ",", P(dfmt(due, "iso"), "date"), ","]
    if R.random() < 0.5:
        parts += ['"EC: ', P(p["ec_name"], "name"), " ", P(phone(p["ec_ph"]), "phone"), '"']
    if R.random() < 0.3:
        lat, lon = 41.3 + R.random() * 0.3, -81.9 + R.random() * 0.5
        parts += [",geo=", P("%.5f,%.5f" % (lat, lon), "address")]
    if R.random() < 0.25:
        parts += [",pickup_plate=OH ", P(R.choice("JKHG") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + digits(4), "vehicle")]
    if R.random() < 0.3:
        parts += [",dme_payer_id=", P(p["mbi"] if R.random() < 0.6 else p["member"], "health_plan")]
    if R.random() < 0.25:
        parts += [",deposit_card=", P(card(R.random() > 0.2), "account")]
    return [build("loaner_csv", parts)]


ALARMS = [("SpO2 LOW", "HIGH"), ("HR HIGH", "MED"), ("LEADS OFF", "LOW"), ("APNEA", "HIGH"), ("ASYSTOLE", "HIGH"),
          ("VTACH", "HIGH"), ("NIBP SYS HIGH", "MED"), ("OCCLUSION DOWNSTREAM", "HIGH"), ("SpO2 PROBE OFF", "LOW"),
          ("BATTERY LOW", "LOW"), ("RR HIGH", "MED")]


def s_alarm(phi):
    t = tick()
    a = R.choice(ALARMS)
    unit = R.choice(UNITS)
    cols = [t.strftime("%Y-%m-%d %H:%M:%S"), unit, "%s-%02d" % (unit, R.randint(1, 30)), a[0], a[1],
            "%d" % R.randint(2, 600), R.choice(["ACK", "SELF_CLEARED", "ESCALATED_T2", "ACK"]),
            R.choice(NURSES), R.choice(["Vocera", "Connexall", "none"]), str(R.randint(0, 4))]
    parts = ["\t".join(cols), "\t"]
    if phi:
        p = pt()
        parts += [P(p["mrn"], "mrn")]
        if R.random() < 0.3:
            parts += ["\t", P(p["csn"], "other_id")]
    else:
        parts += ["-"]
    return [build("alarm_tsv", parts)]


def s_chat(phi):
    t = tick()
    snd, rcv = R.sample(STAFF + [n.split(" ", 1)[1] for n in NURSES], 2)
    if not phi:
        body = R.choice(["Biomed: replacement PCU dropped at %s clean utility, old one tagged out (%s)." % (R.choice(UNITS), asset()),
                         "Can someone check the MX800 on %s-%02d? central shows no signal." % (R.choice(UNITS), R.randint(1, 30)),
                         "Vent SU%05d passed EST, back in service." % R.randint(10000, 99999),
                         "PM cart for 5E done, 14/16 pumps, 2 need batteries.", "FYI dataset v24.4 goes live 0200 Thu."])
        parts = jobj([("ts", iso(t)), ("convId", uid()), ("from", snd), ("to", rcv), ("priority", "normal"), ("body", body)])
        return [build("chat_json", parts)]
    p = pt()
    bed = "%s-%02d" % (R.choice(UNITS), R.randint(1, 30))
    ch = R.randint(0, 3)
    if ch == 0:
        bp = ["Pump on ", bed, " (pt ", P(nm(p, R.choice(["fl", "lf"])), "name"), ") keeps alarming occlusion, swapped it; old SN ",
              P(R.choice("12") + digits(7), "device"), " bagged for biomed"]
    elif ch == 1:
        bp = ["need vent log pulled for ", P(p["last"], "name"), " MRN ", P(p["mrn"], "mrn"), ", event around 0340 on ",
              P(dfmt(datetime.date(2024, 5, R.randint(10, 13)), "us"), "date")]
    elif ch == 2:
        bp = ["pt ", P(nm(p, "ini"), "name"), " in ", bed, " is ", P(str(p["age"]), "age") if p["age"] > 89 else str(max(p["age"], 18)),
              "yo, family says home vent is ", R.choice(["Trilogy", "Astral"]), " SN ", P("TV0" + digits(7), "device")]
    else:
        bp = ["daughter ", P(p["ec_name"], "name"), " called re: loaner return, cb ", P(phone(p["ec_ph"]), "phone")]
    # body parts must be JSON-escaped in place
    esc_parts = []
    for x in bp:
        if isinstance(x, tuple):
            esc_parts.append(P(jesc(x[0]), x[1]))
        else:
            esc_parts.append(jesc(x))
    parts = jobj([("ts", iso(t)), ("convId", uid()), ("from", snd), ("to", rcv), ("priority", R.choice(["high", "normal"])),
                  ("body", ['"'] + esc_parts + ['"'])])
    return [build("chat_json", parts)]


UAS = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36 Edg/124.0.2478.80",
       "python-requests/2.31.0", "Apache-HttpClient/4.5.14 (Java/17.0.10)", "curl/8.4.0"]


def s_nginx(phi):
    t = tick()
    ip = R.choice(["10.20.%d.%d" % (R.randint(1, 30), R.randint(2, 250)), "172.16.8.%d" % R.randint(2, 60)])
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0400]")
    user = R.choice(TECH_IDS + ["-", "svc_ivi"])
    if not phi:
        path = R.choice(["/cmms/api/v2/workorders/%s" % wo(), "/cmms/api/v2/assets/%s/pm-history" % asset(),
                         "/cmms/static/js/app.%s.js" % hexs(8), "/integration/api/v1/health", "/integration/api/v1/devices?unit=%s&status=online" % R.choice(UNITS),
                         "/cmms/api/v2/recalls/Z-%04d-2024" % R.randint(100, 2400), "/cmms/login?next=%2Fcmms%2Fdashboard"])
        return [build("nginx", ['%s - %s %s "%s %s HTTP/1.1" %d %d "-" "%s" rt=%.3f' % (
            ip, user, ts, R.choice(["GET", "GET", "POST", "PUT"]), path, R.choice([200, 200, 204, 304, 404, 401]),
            R.randint(120, 90000), R.choice(UAS), R.uniform(0.002, 2.5))])]
    p = pt()
    path = R.choice(["/integration/api/v1/patients/%s/devices" % p["mrn"], "/integration/api/v1/associations?mrn=%s&active=true" % p["mrn"],
                     "/fhir/r4/DeviceUseStatement?subject=Patient/%s" % p["fhir"],
                     "/cmms/api/v2/incidents/search?patient=%s" % p["last"].replace(" ", "%20").replace("'", "%27")])
    return [build("nginx", ['%s - %s %s "GET ' % (ip, user, ts), P(path, "url"), ' HTTP/1.1" %d %d "-" "%s" rt=%.3f' % (
        R.choice([200, 200, 404]), R.randint(200, 9000), R.choice(UAS), R.uniform(0.002, 2.5))])]


def s_trace(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    p = pt()
    exc = R.choice(["com.mlh.dim.adt.PatientLookupException", "com.mlh.dim.route.AssociationConflictException",
                    "ca.uhn.hl7v2.HL7Exception"])
    if phi:
        if "Lookup" in exc:
            hp = [ts, " ERROR [pool-3-thread-%d] c.m.d.adt.AdtCache - %s: no active encounter for MRN " % (R.randint(1, 16), exc),
                  P(p["mrn"], "mrn"), " (", P(nm(p, "hl7"), "name"), ")"]
        elif "Association" in exc:
            hp = [ts, " ERROR [route-ORU-%d] c.m.d.route.Associator - %s: device " % (R.randint(1, 8), exc),
                  P(serial_for("mon"), "device"), " already bound to encounter ", P(p["csn"], "other_id")]
        else:
            hp = [ts, " ERROR [mllp-rx-2] c.m.d.mllp.Receiver - %s: Invalid date in PID-7 '" % exc,
                  P(p["dob"].strftime("%Y%m%d") + "00000", "date"), "' for ", P(p["mrn"], "mrn")]
    else:
        hp = [ts, " ERROR [pool-3-thread-%d] c.m.d.out.EpicBridge - java.net.SocketTimeoutException: Read timed out (epic-bridge.mlh.local:6661, %dms)" % (
            R.randint(1, 16), R.randint(5000, 30000))]
    out = [build("java_trace", hp)]
    frames = ["\tat com.mlh.dim.adt.AdtCache.resolve(AdtCache.java:%d)" % R.randint(50, 400),
              "\tat com.mlh.dim.route.OruRouter.process(OruRouter.java:%d)" % R.randint(50, 400),
              "\tat org.apache.camel.processor.Pipeline.process(Pipeline.java:%d)" % R.randint(100, 200),
              "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)",
              "\tat java.base/java.lang.Thread.run(Thread.java:840)"]
    for f in frames[R.randint(0, 2):]:
        out.append(build("java_trace", [f]))
    if R.random() < 0.4:
        out.append(build("java_trace", ["\t... %d common frames omitted" % R.randint(3, 40)]))
    return out


def s_sql(phi):
    t = tick()
    pre = "%s.%03d EDT [%d] cmms_app@cmms LOG:  duration: %.3f ms  statement: " % (
        t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, R.randint(2000, 30000), R.uniform(0.2, 900))
    if not phi:
        st = R.choice(["SELECT wo_id, status, assigned_to FROM work_orders WHERE asset_tag = '%s' ORDER BY opened_at DESC LIMIT 20" % asset(),
                       "UPDATE pm_schedule SET next_due = '2024-%02d-01' WHERE model_id = %d" % (R.randint(6, 12), R.randint(10, 400)),
                       "INSERT INTO parts_usage (wo_id, part_no, qty) VALUES ('%s', 'PN-8015-BATT', %d)" % (wo(), R.randint(1, 4)),
                       "SELECT count(*) FROM assets WHERE risk_class = 'HIGH' AND site = '%s'" % R.choice(SITES)])
        return [build("pg_sql", [pre, st])]
    p = pt()
    ln = p["last"].replace("'", "''")
    ch = R.randint(0, 2)
    if ch == 0:
        parts = [pre, "INSERT INTO incident_patient (inc_id, mrn, pt_name, dob) VALUES ('INV-2024-%04d', '" % R.randint(80, 400),
                 P(p["mrn"], "mrn"), "', '", P("%s, %s" % (ln, p["first"]), "name"), "', '", P(dfmt(p["dob"], "iso"), "date"), "')"]
    elif ch == 1:
        parts = [pre, "SELECT * FROM patient_loaner WHERE phone = '", P(phone(p["ph"], "dash"), "phone"), "'"]
    else:
        parts = [pre, "UPDATE patient_loaner SET email = '", P(p["email"], "email"), "', home_zip = '", P(p["zip"], "zip"),
                 "' WHERE agreement_no = '", P("PL-%05d" % R.randint(100, 9000), "other_id"), "'"]
    return [build("pg_sql", parts)]


def s_fhir(phi):
    t = tick()
    if not phi:
        mk, model, kind = R.choice(MODELS)
        parts = jobj([("resourceType", "Device"), ("id", "dev-" + hexs(10)),
                      ("meta", jobj([("lastUpdated", iso(t)), ("versionId", str(R.randint(1, 9)))])),
                      ("status", "active"), ("manufacturer", mk), ("modelNumber", model),
                      ("udiCarrier", jarr([jobj([("deviceIdentifier", gtin14()), ("issuer", "http://hl7.org/fhir/NamingSystem/gs1-di")])])),
                      ("owner", jobj([("display", "Mercy Lakes Health Clinical Engineering")]))])
        return [build("fhir", parts)]
    p = pt()
    kind = R.choice(["DUS", "OBS"])
    sn = R.choice([serial_for("pump"), "NG" + digits(7) + "H", "TV0" + digits(7)])
    if kind == "DUS":
        parts = jobj([("resourceType", "DeviceUseStatement"), ("id", hexs(12)), ("status", "active"),
                      ("subject", jobj([("reference", "Patient/" + p["fhir"], None)])),
                      ("timingPeriod", jobj([("start", dfmt(datetime.date(2024, R.randint(1, 5), R.randint(1, 13)), "iso"), "date")])),
                      ("device", jobj([("identifier", jobj([("system", "urn:oid:2.16.840.1.113883.3.9999.4"), ("value", sn, "device")]))]))])
        # relabel subject reference value: only the id part
        fixed, found = [], False
        for x in parts:
            if isinstance(x, tuple) and x[0] == "Patient/" + p["fhir"]:
                fixed += ["Patient/", P(p["fhir"], "mrn")]
                found = True
            else:
                fixed.append(x)
        assert found
        parts = fixed
    else:
        parts = jobj([("resourceType", "Observation"), ("id", hexs(12)), ("status", "final"),
                      ("code", jobj([("coding", jarr([jobj([("system", "http://loinc.org"), ("code", "2339-0"), ("display", "Glucose")])]))])),
                      ("subject", jobj([("identifier", jobj([("system", "urn:oid:2.16.840.1.113883.3.9999.2"), ("value", p["mrn"], "mrn")]))])),
                      ("effectiveDateTime", "2024-05-%02dT%02d:%02d:00-04:00" % (R.randint(10, 13), R.randint(0, 23), R.randint(0, 59)), "date"),
                      ("valueQuantity", jobj([("value", R.randint(60, 300)), ("unit", "mg/dL")])),
                      ("device", jobj([("display", "CGM " + sn, None)]))])
        fixed = []
        for x in parts:
            if isinstance(x, tuple) and x[0] == "CGM " + sn:
                fixed += ["CGM ", P(sn, "device")]
            else:
                fixed.append(x)
        parts = fixed
    return [build("fhir", parts)]


def s_rtls(phi):
    t = tick()
    mk, model, kind = R.choice(MODELS)
    row = "%s|RTLS|tag=CT-%s|asset=%s|type=%s|zone=%s %s|x=%.1f|y=%.1f|rssi=%d|batt=%d%%|fw=4.%d.%d" % (
        iso(t), hexs(6).upper(), asset(), model.replace(" ", "_"), R.choice(UNITS),
        R.choice(["Soiled Utility", "Clean Equipment", "Room %d" % R.randint(1, 30), "Hallway", "Biomed Shop"]),
        R.uniform(0, 120), R.uniform(0, 60), -R.randint(40, 90), R.randint(5, 100), R.randint(0, 9), R.randint(0, 30))
    return [build("rtls", [row])]


def s_note(phi):
    t = tick()
    inv = "INV-2024-%04d" % R.randint(80, 400)
    pre = "%s %s note by %s: " % (iso(t, z=False, ms=False), inv, R.choice(STAFF))
    if not phi:
        return [build("inv_note", [pre, R.choice([
            "Bench test of returned unit passed all BD performance checks; no fault found. Closing with user-education finding.",
            "Vendor FSE (Getinge, case 0041-%d) replaced expiratory cassette and O2 cell; EST passed." % R.randint(10000, 99999),
            "Requested manufacturer analysis; RMA %s issued, shipped FedEx 7%s." % (digits(8), digits(11)),
            "Reviewed alarm config: SpO2 low limit 88%%, delay 15 s per policy NUR-214. No change needed."])])]
    p = pt()
    ch = R.randint(0, 2)
    if ch == 0:
        parts = [pre, "Pulled event log from pump SN ", P(R.choice("12") + digits(7), "device"), " used on ", P(nm(p, "fl"), "name"),
                 " (MRN ", P(p["mrn"], "mrn"), ", DOB ", P(dfmt(p["dob"], "us"), "date"),
                 "). Occlusion alarms x4 between 0210 and 0335; channel B rate 125 mL/h matches order."]
    elif ch == 1:
        parts = [pre, "Spoke with patient's son ", P(p["ec_name"], "name"), " at ", P(phone(p["ec_ph"]), "phone"),
                 "; home vent returned by courier to ", P(p["street"], "address"), ", ", P(p["city"], "address"), " ", P(p["zip"], "zip"),
                 " on ", P(dfmt(datetime.date(2024, 5, R.randint(1, 13)), "dmy"), "date"), "."]
    else:
        parts = [pre, "Pt ", P(nm(p, "lf"), "name"), ", ", P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"]),
                 " y/o, admitted ", P(dfmt(datetime.date(2024, 5, R.randint(1, 12)), "us"), "date"),
                 "; Servo-u SN ", P(serial_for("vent", "Servo-u"), "device"), " sequestered, Risk notified (RL6 #%d)." % R.randint(10000, 99999)]
    return [build("inv_note", parts)]


def s_x12(phi):
    t = tick()
    ctl = "%09d" % R.randint(1, 999999999)
    po = "4500%06d" % R.randint(0, 999999)
    vend = R.choice([("BECTON DICKINSON", "1 BECTON DR", "FRANKLIN LAKES", "NJ", "07417"),
                     ("GETINGE USA SALES LLC", "1140 ROUTE 22 EAST", "BRIDGEWATER", "NJ", "08807"),
                     ("PHILIPS HEALTHCARE", "3000 MINUTEMAN RD", "ANDOVER", "MA", "01810")])
    s = ("ISA*00*          *00*          *ZZ*MLHBIOMED      *ZZ*%s*%s*%s*U*00401*%s*0*P*>~GS*PO*MLHBIOMED*VENDOR*%s*%s*%d*X*004010~"
         "ST*850*0001~BEG*00*SA*%s**%s~N1*ST*MERCY LAKES HEALTH BIOMED*92*MLH01~N3*2200 LAKESIDE AVE~N4*CLEVELAND*OH*44114~"
         "N1*VN*%s~N3*%s~N4*%s*%s*%s~PO1*1*%d*EA*%.2f**VP*%s*UP*%s~CTT*1~SE*11*0001~GE*1*%d~IEA*1*%s~") % (
        "VENDOR".ljust(15), t.strftime("%y%m%d"), t.strftime("%H%M"), ctl, t.strftime("%Y%m%d"), t.strftime("%H%M"),
        R.randint(1, 9999), po, t.strftime("%Y%m%d"), vend[0], vend[1], vend[2], vend[3], vend[4], R.randint(1, 20),
        R.uniform(20, 4000), R.choice(["10015466", "M1191B", "6850-0022-01"]), gtin14()[2:], R.randint(1, 9999), ctl)
    return [build("x12_850", [s])]


def s_rpm(phi):
    t = tick()
    if not phi:
        it = [("@timestamp", iso(t)), ("service", "rpm-kit-svc"), ("lvl", "info"), ("msg", "carrier batch sync"),
              ("carrier", R.choice(["Verizon ThingSpace", "AT&T Control Center"])), ("kits_active", R.randint(200, 900)),
              ("kits_stale_48h", R.randint(0, 40)), ("dur_ms", R.randint(100, 8000)), ("version", "3.%d.%d" % (R.randint(0, 9), R.randint(0, 40)))]
        return [build("rpm_kit", jobj(it))]
    p = pt()
    it = [("@timestamp", iso(t)), ("service", "rpm-kit-svc"), ("lvl", R.choice(["info", "warn"])),
          ("msg", R.choice(["kit check-in", "kit shipped", "reading gap > 48h"])), ("kit_id", "RPM-" + digits(6), "other_id"),
          ("device", R.choice(["BodyTrace BT105 scale", "Smart Meter iBP cuff", "Tenovi gateway"])),
          ("imei", imei(R.random() > 0.1), "device"), ("mrn", p["mrn"], "mrn")]
    if R.random() < 0.5:
        it += [("src_ip", "%d.%d.%d.%d" % (R.choice([24, 71, 98, 174, 76]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), "ip")]
    if R.random() < 0.5:
        it += [("ship_to", jobj([("name", nm(p, "fl"), "name"), ("line", p["street"], "address"), ("city", p["city"], "address"),
                                 ("state", "OH"), ("postalCode", p["zip"], "zip")], ascii_=True))]
    if R.random() < 0.35:
        it += [("plan_member_id", p["member"], "health_plan")]
    if R.random() < 0.3:
        it += [("contact_email", p["email"], "email")]
    return [build("rpm_kit", jobj(it))]


def s_sms(phi):
    t = tick()
    if not phi:
        it = [("ts", iso(t)), ("svc", "sms-gw"), ("evt", "delivery_receipt"), ("msg_sid", "SM" + hexs(32)), ("status", R.choice(["delivered", "undelivered", "sent"])),
              ("err", R.choice(["0", "30003", "0"])), ("from", "+12165550140"), ("segments", R.randint(1, 3))]
        return [build("sms_gw", kv(it))]
    p = pt()
    it_name = R.choice(LOANER_ITEMS)[1]
    body = ["Hi ", P(p["first"], "name"), ", this is Mercy Lakes Biomed. Your loaner ", it_name, " is due back ",
            P(dfmt(datetime.date(2024, R.randint(5, 7), R.randint(1, 28)), "us"), "date"), ". Call 216-555-0140 to schedule pickup. Reply STOP to opt out."]
    parts = ["ts=%s svc=sms-gw evt=outbound msg_sid=SM%s to=" % (iso(t), hexs(32)), P(phone(p["ph"], "e164"), "phone"),
             " from=+12165550140 body=\""] + body + ["\""]
    return [build("sms_gw", parts)]


SYSTEMS = [
    (s_cmms, 40, 0.35), (s_ivi, 45, 0.62), (s_vent, 18, 0.3), (s_hl7, 8, 1.0), (s_syslog, 35, 0.4),
    (s_mds2, 25, 0.08), (s_recall, 18, 0.55), (s_medwatch, 9, 1.0), (s_loaner, 24, 0.62),
    (s_alarm, 35, 0.4), (s_chat, 20, 0.7), (s_nginx, 35, 0.35), (s_trace, 5, 0.6), (s_sql, 22, 0.45),
    (s_fhir, 14, 0.7), (s_rtls, 22, 0.0), (s_note, 14, 0.8), (s_x12, 5, 0.0), (s_rpm, 14, 0.7), (s_sms, 10, 0.8),
]
SINGLE = [s for s in SYSTEMS if s[0] not in (s_hl7, s_trace, s_vent)]

N = 500


def main():
    lines = []
    wts = [s[1] for s in SYSTEMS]
    while len(lines) < N:
        f, w, pp = R.choices(SYSTEMS, weights=wts)[0]
        recs = f(R.random() < pp)
        if len(lines) + len(recs) > N:
            continue
        lines.extend(recs)
    with open("pp.log", "wb") as lf, open("pp.labels.jsonl", "wb") as jf:
        for i, (fam, text, spans) in enumerate(lines, 1):
            assert "\n" not in text and "\r" not in text and text, (i, text)
            b = text.encode("utf-8")
            last = 0
            out = []
            for s, e, cat, v in sorted(spans):
                if not (0 <= s < e <= len(b)):
                    raise SystemExit("bad span bounds line %d: %r" % (i, (s, e, cat)))
                if s < last:
                    raise SystemExit("overlap line %d" % i)
                if b[s:e].decode("utf-8") != v:
                    raise SystemExit("span text mismatch line %d: %r != %r" % (i, b[s:e], v))
                last = e
                out.append({"s": s, "e": e, "cat": cat})
            lf.write(b + b"\n")
            jf.write(json.dumps({"line": i, "family": fam, "spans": out}).encode() + b"\n")
    n_phi = sum(1 for l in lines if l[2])
    print("lines=%d phi_lines=%d no_phi_share=%.3f" % (len(lines), n_phi, 1 - n_phi / len(lines)))


if __name__ == "__main__":
    main()
