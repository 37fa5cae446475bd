#!/usr/bin/env python3
"""gen_ru.py - synthetic, labeled log corpus for "Lakeshore Adventure Parks"
(a large theme park: first-aid stations and the guest-services medical team).

Writes ru.log (500 lines) and ru.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs give byte-identical output.

Systems simulated (family names in the labels):
  firstaid_json   FirstAidTrack station charting (logstash-style JSON, Java)
  rideops_kv      RideOps incident reports / downtime (key=value)
  ridectl_syslog  ride PLC / block-control telemetry (RFC 5424 syslog)
  lpc_pipe        Lost Parent/Child desk & guest-assistance records (pipe rows)
  aap_json        Attraction Access Pass (accessibility) enrolment w/ medical docs
  java_trace      aap-enroll worker exceptions (multi-line stack traces)
  dining_csv      allergy-friendly dining request export (CSV)
  passdb_pg       season-pass holder DB (PostgreSQL server log, SQL + params)
  gate_logfmt     ticketing / RFID band turnstiles incl. finger-scan (logfmt)
  nginx_access    ParkGo guest app / pass portal API (nginx combined + rt)
  hl7_v2          EMS hand-off ADT^A04 to receiving hospital (one segment/line)
  cad_kv          county EMS CAD transfer records (key=value)
  fhir_json       FHIR R4 resources posted to the regional HIE
  sms_twilio      Twilio SMS in/out to guests (lost child, pass notices)
  teams_chat      guest-services Teams channel export (free text)
  claim_fixed     liability claim feed to the insurer TPA (fixed width)
  photo_json      PhotoSnap photo service incl. lost-child face matching
  paygw_kv        pass renewal payment gateway (key=value)
  lpr_csv         parking licence-plate recognition + vehicle assist (CSV)
  infra_syslog    sshd / kubelet / haproxy infrastructure noise

Labeling decisions (grey cases):
  * Every park guest is a person the organisation serves: injured guests,
    lost children, their parents/guardians, pass holders, diners with
    allergy requests, guest witnesses and emergency contacts are all PHI
    subjects when they appear in a record about them.
  * Staff (nurses, EMTs, ride operators, guest-services cast, chefs, county
    paramedics), their badge numbers and clinician NPIs are NOT PHI.
    Vendors, ride names (some look like personal names, e.g. "Molly Malone
    Carousel", "Captain Hal's Riverboat"), the park's addresses, phones,
    e-mails and sites are NOT PHI.
  * First-aid chart numbers (FA24-...), hospital MRNs = mrn.
  * Season-pass numbers (SP-...), full card PANs, bank account numbers =
    account. Masked PANs (****1234) and bank routing numbers are NOT labeled.
  * Accessibility pass IDs, lost-child case numbers, ride incident report
    numbers about an injured guest, EMS PCR / CAD incident numbers, insurer
    claim numbers, ticket visual IDs, FHIR Patient logical ids = other_id.
    Maintenance work orders, ride downtime tickets, dining reservation
    confirmations and payment transaction ids are business transaction
    numbers and NOT labeled.
  * RFID band UIDs, guest phone device IDs, insulin-pump / CGM serials =
    device. Park-owned AEDs, monitors, readers and ambulances are NOT.
  * Finger-scan templates at the gate and face templates = biometric;
    base64 face images = photo.
  * Guest licence plates and VINs = vehicle. Driver's licences shown at
    reunification or pass pick-up = license.
  * Dates: DOBs, incident/visit/service/arrival dates written inside the
    record body are labeled date even when they equal the log day; the
    timestamp of the log record itself is never labeled. Years alone not.
  * Ages labeled only when > 89 (age cat); ages <= 89, heights, weights are
    not labeled.
  * Resort hotel room numbers are the organisation's own site and are NOT
    labeled; a guest's home street/city is address, ZIP is zip (own span).
  * Access log request paths: the identifier inside the path is labeled
    with its own category (e.g. account); a full absolute URL that carries
    a guest identifier (SMS links, portal links) is one url span.
  * Guest client IPs = ip; server / LB / private infrastructure IPs are not.
  * HL7 names (FAMILY^GIVEN^MIDDLE) are one name span; HL7 street and city
    components are separate address spans.
"""
import json
import random
import hashlib
import base64
import datetime as dt

SEED = 20240713
R = random.Random(SEED)
ID = "ru"
N_LINES = 500


# ---------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.parts = []

    def t(self, s):
        self.parts.append((str(s), None))
        return self

    def p(self, s, cat):
        s = str(s)
        assert s, "empty PHI value"
        self.parts.append((s, cat))
        return self

    def build(self):
        out = b""
        spans = []
        for s, cat in self.parts:
            b = s.encode("utf-8")
            if cat:
                spans.append({"s": len(out), "e": len(out) + len(b), "cat": cat, "_v": s})
            out += b
        return out, spans


def jval(L, v, cat=None, asc=False):
    """write a JSON value; strings labeled on their (escaped) inner bytes"""
    if isinstance(v, str):
        inner = json.dumps(v, ensure_ascii=asc)[1:-1]
        L.t('"')
        if cat:
            L.p(inner, cat)
        else:
            L.t(inner)
        L.t('"')
    elif isinstance(v, list) and (not v or isinstance(v[0], tuple)):
        jobj(L, v, asc)
    elif isinstance(v, Arr):
        L.t("[")
        for i, (x, c) in enumerate(v.items):
            if i:
                L.t(",")
            jval(L, x, c, asc)
        L.t("]")
    else:
        L.t(json.dumps(v))


class Arr:
    def __init__(self, items):
        self.items = items


def jobj(L, items, asc=False):
    L.t("{")
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        cat = it[2] if len(it) > 2 else None
        if i:
            L.t(",")
        L.t(json.dumps(k) + ":")
        jval(L, v, cat, asc)
    L.t("}")


# ---------------------------------------------------------------- clock
DAY = dt.datetime(2024, 7, 13, 7, 40, 0)
CLOCK = [DAY]


def tick():
    CLOCK[0] += dt.timedelta(seconds=R.randint(2, 95), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def iso_z(t=None):
    t = (t or now()) + dt.timedelta(hours=4)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_local(t=None):
    t = t or now()
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d-04:00" % (t.microsecond // 1000)


# ---------------------------------------------------------------- synthetic people
FIRST = ["Hope", "Mateo", "Summer", "Bao", "Priya", "Grant", "Zoë", "José", "Aaliyah", "Declan",
         "Ingrid", "Kwame", "Rose", "Faith", "Lucia", "Tomasz", "Mei-Ling", "Olumide", "Brooks",
         "Sky", "Anneliese", "Ravi", "Marisol", "Dmitri", "Ximena", "Eamon", "Noor", "Hunter",
         "Penny", "Bill", "Carmen", "Yusuf", "Liv", "Haruto", "Chidi", "Wren", "Esperanza", "Ivy",
         "Malik", "Sunny", "Dawn", "Ignacio", "Siobhan", "Kofi", "Amara", "Björn", "Lupe", "Dallas"]
LAST = ["Okafor-Banks", "Quispe-Hardy", "Rivers", "Nguyen", "Castellanos-Ward", "Fox", "Marsh",
        "de la Cruz", "Van der Berg", "Kowalczyk", "Stone", "Whitfield", "Abernathy", "Oyelaran",
        "Baker", "Hill", "Young", "Church", "Park", "Santiago", "Müller", "Nakamura", "Ferreira",
        "O'Sullivan", "MacLeod", "Achterberg", "Vance-Ito", "Petrov", "Haddad", "Mbeki", "Grimaldi",
        "St. Clair", "Lindqvist", "Tran", "Delacroix-Moore", "Wood", "Little", "Bird", "Ramírez",
        "Chowdhury", "Kaminski", "Ellison", "Bright", "Sweet", "Friday", "Mendoza Ríos", "Oduya"]
STAFF = ["Tessa Whitcomb RN", "Dana Kowal", "Bree Adair", "Marcus Lyle EMT-P", "K. Alvarez",
         "J. Ostrowski", "Renee Sato RN", "Luis Pardo", "Chef Anton Brill", "Chef Imani Reed",
         "Capt. Wes Harlan", "Gina Thorsen", "Paul Okoye", "Nadia Ferris", "S. Whitlock EMT"]
STAFF_IDS = ["brill.a", "k.alvarez", "b.adair", "t.whitcomb", "m.lyle", "r.sato", "n.ferris"]
CITIES = [("Dayton", "OH", "454"), ("Kissimmee", "FL", "347"), ("Marietta", "GA", "300"),
          ("Plano", "TX", "750"), ("Cary", "NC", "275"), ("Scranton", "PA", "185"),
          ("Lakeland", "FL", "338"), ("Toms River", "NJ", "087"), ("Green Bay", "WI", "543"),
          ("Mesa", "AZ", "852"), ("Worcester", "MA", "016"), ("San José", "CA", "951"),
          ("Baton Rouge", "LA", "708"), ("Ocala", "FL", "344"), ("Joliet", "IL", "604")]
AREA = {"OH": "937", "FL": "407", "GA": "770", "TX": "972", "NC": "919", "PA": "570", "NJ": "732",
        "WI": "920", "AZ": "480", "MA": "508", "CA": "408", "LA": "225", "IL": "815"}
STREETS = ["Wexford Ridge Dr", "Old Mill Rd", "Magnolia Ct", "Sandhill Crane Way", "Elm St",
           "Calle Las Brisas", "Bayou Bend Ln", "Chestnut Hollow", "Prospect Ave", "Kingfisher Cir",
           "N Main St", "Orchard View Blvd", "Pelican Pointe Dr", "Route 9", "Larkspur Ter"]
ALLERGENS = ["peanut", "tree nut", "milk", "egg", "wheat", "soy", "fish", "shellfish", "sesame",
             "celiac/gluten", "mustard", "corn"]
RIDES = [("THM", "Thunder Mesa Runaway"), ("CYJ", "Cyclone Jack"), ("MMC", "Molly Malone Carousel"),
         ("CHR", "Captain Hal's Riverboat"), ("HFF", "Harbor Fox Flume"), ("SKD", "Skyward Drop"),
         ("MPT", "Miss Penny's Teacups"), ("GLX", "Galaxy Orbiter"), ("RRX", "Rattler Ridge Express")]
STATIONS = ["FA-01 Main Gate", "FA-02 Adventure Isle", "FA-03 Frontier Flats", "FA-04 Splash Lagoon"]
RESTAURANTS = ["Harborview Grill", "Prospector's Canteen", "Lagoon Tiki Bar", "Cosmo Café",
               "Mesa Cantina", "Molly's Bakehouse"]
COMPLAINTS = ["laceration L forearm", "heat exhaustion", "syncope after exit", "neck strain",
              "bee sting, hx anaphylaxis", "hypoglycemia, T1DM on pump", "asthma exacerbation",
              "abrasion R knee", "chest pain", "seizure, known epilepsy", "nausea/motion sickness",
              "fall on wet deck", "allergic rxn - sesame", "head strike lap bar"]


def person():
    f = R.choice(FIRST)
    if R.random() < 0.2:
        f = f + " " + R.choice(["J.", "Marie", "Lee", "A.", "Rose"])
    return f, R.choice(LAST)


def dob(min_y=1931, max_y=2021):
    d = dt.date(R.randint(min_y, max_y), R.randint(1, 12), R.randint(1, 28))
    return d


def age_of(d):
    ref = dt.date(2024, 7, 13)
    return ref.year - d.year - ((ref.month, ref.day) < (d.month, d.day))


def addr():
    city, st, z3 = R.choice(CITIES)
    street = "%d %s" % (R.randint(3, 9899), R.choice(STREETS))
    if R.random() < 0.25:
        street += R.choice([" Apt %d" % R.randint(1, 40), " Unit %s" % R.choice("ABCDEF"), " #%d" % R.randint(100, 999)])
    return street, city, st, z3 + "%02d" % R.randint(1, 99)


def phone(st=None, fmt=None):
    a = AREA.get(st) or R.choice(list(AREA.values()))
    n = "01%02d" % R.randint(1, 99)
    fmt = fmt if fmt is not None else R.randint(0, 3)
    return ["(%s) 555-%s" % (a, n), "%s-555-%s" % (a, n), "+1%s555%s" % (a, n), "%s.555.%s" % (a, n)][fmt]


def email(f, l):
    base = (f.split()[0] + "." + l).lower()
    base = "".join(c for c in base if c.isascii() and (c.isalnum() or c == "."))
    return base + R.choice(["", str(R.randint(1, 99))]) + "@" + R.choice(
        ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "aol.com", "comcast.net"])


def fa_chart():
    return "FA24-%06d" % R.randint(10000, 99999)


def pass_no():
    return "SP-%04d-%04d-%02d" % (R.randint(1000, 9999), R.randint(0, 9999), R.randint(0, 99))


def aap_id():
    a = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    return "AAP-" + "".join(R.choice(a) for _ in range(4)) + "-" + "".join(R.choice(a) for _ in range(4))


def lp_case():
    return "LP-240713-%04d" % R.randint(1, 140)


def band_uid():
    return "04" + "".join(R.choice("0123456789ABCDEF") for _ in range(12))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:])


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


def card(valid=True):
    pre = R.choice(["4", "51", "37", "6011"])
    ln = 15 if pre == "37" else 16
    body = pre + "".join(str(R.randint(0, 9)) for _ in range(ln - len(pre) - 1))
    c = body + luhn_digit(body)
    if not valid:
        c = body + str((int(luhn_digit(body)) + 3) % 10)
    return c


def npi():
    body = str(R.randint(1, 2)) + "".join(str(R.randint(0, 9)) for _ in range(8))
    return body + luhn_digit("80840" + body)


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
    return (R.choice("123456789") + R.choice(al) + R.choice(an) + R.choice(d) + R.choice(al) +
            R.choice(an) + R.choice(d) + R.choice(al) + R.choice(al) + R.choice(d) + R.choice(d))


def vin(valid=True):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    trans = {c: v for c, v in zip("ABCDEFGH", range(1, 9))}
    trans.update({c: v for c, v in zip("JKLMN", range(1, 6))})
    trans.update({"P": 7, "R": 9})
    trans.update({c: v for c, v in zip("STUVWXYZ", range(2, 10))})
    w = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    v = [R.choice(["1", "2", "3", "5", "J", "K", "W"])] + [R.choice(chars) for _ in range(16)]
    v[9] = R.choice("LMNPR")
    tot = sum((int(c) if c.isdigit() else trans[c]) * w[i] for i, c in enumerate(v))
    cd = tot % 11
    v[8] = "X" if cd == 10 else str(cd)
    if not valid:
        v[8] = "X" if v[8] != "X" else "3"
    return "".join(v)


def plate(st):
    if st == "FL":
        return R.choice(["%s%s%s %d%s%s" % tuple([R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)] + [R.randint(1, 9)] + [R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(2)]),
                         "%s%s%s%d%d%d" % tuple([R.choice("ABCDEFGHJKLMNPRSTVWXYZ") for _ in range(3)] + [R.randint(0, 9) for _ in range(3)])])
    return "%s%s%s-%04d" % (R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.choice("ABCDEFGHJKLMNPRSTVWXYZ"), R.randint(0, 9999))


def dl(st):
    if st == "FL":
        l = R.choice("ABCDEFGHJKLMNPRSTWZ")
        d = "".join(str(R.randint(0, 9)) for _ in range(12))
        return "%s%s-%s-%s-%s-%s" % (l, d[:3], d[3:6], d[6:8], d[8:11], d[11])
    if st == "OH":
        return R.choice("ABCDEFGHJKLMNPRSTWZ") + R.choice("ABCDEFGHJKLMNPRSTWZ") + "%06d" % R.randint(0, 999999)
    return R.choice("ABCDEFGHJKLMNPRSTWZ") + "%08d" % R.randint(0, 99999999)


def b64blob(n):
    raw = bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


def jpeg_b64(n):
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.randint(0, 255) for _ in range(n))
    return base64.b64encode(raw).decode()


# ---------------------------------------------------------------- systems
def g_firstaid():
    t = tick()
    L = Line("firstaid_json")
    base = [("@timestamp", iso_z(t)), ("@version", "1"), ("level", "INFO"),
            ("thread_name", "http-nio-8443-exec-%d" % R.randint(1, 24))]
    k = R.random()
    asc = R.random() < 0.3
    if k < 0.38:
        f, l = person()
        d = dob()
        st = R.choice(STATIONS)
        items = base + [("logger_name", "com.lakeshore.fat.chart.EncounterService"),
                        ("message", "encounter opened"), ("station", st),
                        ("chart_no", fa_chart(), "mrn"),
                        ("guest", [("ln", l, "name"), ("fn", f, "name")]),
                        ("dob", d.isoformat(), "date"), ("age_yrs", age_of(d)),
                        ("cc", R.choice(COMPLAINTS)), ("acuity", str(R.randint(2, 5))),
                        ("arrived", "%s %s" % (t.strftime("%m/%d/%Y"), t.strftime("%H:%M")), "date"),
                        ("rn", R.choice(STAFF[:2] + STAFF[6:7])), ("trace_id", hexs(32))]
        if age_of(d) > 89:
            items[9] = ("age_yrs", str(age_of(d)), "age")
        if R.random() < 0.4:
            items.append(("band_uid", band_uid(), "device"))
        if R.random() < 0.25:
            items.append(("pump_sn", "NG%07dH" % R.randint(1000000, 9999999), "device"))
        jobj(L, items, asc)
    elif k < 0.55:
        f, l = person()
        items = base + [("logger_name", "com.lakeshore.fat.chart.DispositionService"),
                        ("message", "disposition recorded"), ("chart_no", fa_chart(), "mrn"),
                        ("pt", "%s, %s" % (l, f), "name"),
                        ("dispo", R.choice(["RTP", "RTP_w_FU", "EMS_TRANSPORT", "AMA_REFUSAL", "SELF_TRANSPORT"])),
                        ("contact", [("rel", R.choice(["spouse", "mother", "father", "son", "daughter", "friend"])),
                                     ("nm", " ".join(person()), "name"), ("ph", phone(), "phone")]),
                        ("signed_by", R.choice(STAFF[:1] + STAFF[3:4] + STAFF[6:7])), ("span_id", hexs(16))]
        jobj(L, items, asc)
    else:
        items = base + [("logger_name", R.choice(["com.lakeshore.fat.sync.VitalsBridge", "com.lakeshore.fat.inv.SupplyService", "org.hibernate.SQL"])),
                        ("message", R.choice(["vitals monitor sync ok", "par level below min", "batch flush", "AED self-test PASS"])),
                        ("station", R.choice(STATIONS)),
                        ("device", R.choice(["Mindray VS-900 sn DM3-%05d" % R.randint(0, 99999), "Philips HeartStart FRx sn B%02dF-%05d" % (R.randint(10, 24), R.randint(0, 99999))])),
                        ("sku", "MED-%05d" % R.randint(10000, 99999)), ("lot", "L%s%04d" % (R.choice("ABCK"), R.randint(0, 9999))),
                        ("duration_ms", R.randint(3, 900)), ("app_ver", "3.14.%d-b%d" % (R.randint(0, 9), R.randint(1000, 9999)))]
        jobj(L, items)
    return [L]


def g_rideops():
    t = tick()
    L = Line("rideops_kv")
    code, ride = R.choice(RIDES)
    L.t(t.strftime("%Y-%m-%d %H:%M:%S") + " RIDEOPS[")
    if R.random() < 0.38:
        f, l = person()
        d = dob(1950, 2016)
        L.t("ri-svc] INC_RPT id=").p("RI-2024-%05d" % R.randint(300, 1400), "other_id")
        L.t(" ride=%s ride_nm=\"%s\" unit=Train%d row=%d seat=%s guest=\"" % (code, ride, R.randint(1, 6), R.randint(1, 12), R.choice("ABCD")))
        L.p("%s %s" % (f, l), "name").t("\" dob=").p(d.strftime("%m/%d/%Y"), "date")
        L.t(" age=%d ht_in=%d" % (age_of(d), R.randint(40, 75)))
        L.t(" inc_dt=").p(t.strftime("%Y%m%d"), "date")
        if R.random() < 0.6:
            L.t(" ph=").p(phone(), "phone")
        if R.random() < 0.35:
            wf, wl = person()
            L.t(" witness=\"").p(wf + " " + wl, "name").t("\" witness_ph=").p(phone(), "phone")
        L.t(" injury=\"%s\" ref_to=%s op_badge=E%05d lead=\"%s\"" % (R.choice(COMPLAINTS), R.choice(STATIONS).split()[0], R.randint(10000, 99999), R.choice(["Dana Kowal", "Luis Pardo", "Gina Thorsen"])))
    else:
        L.t("ride-ctl] %s ride=%s zone=Z%d code=%s wo=WO-%06d dur=00:%02d:%02d cycles_today=%d" % (
            R.choice(["DOWNTIME", "REOPEN", "EVAC_DRILL", "WEATHER_HOLD"]), code, R.randint(1, 9),
            R.choice(["E-STOP", "BLK-OCC", "LAPBAR-NC", "WIND>35", "LIGHTNING_8MI"]), R.randint(100000, 999999),
            R.randint(0, 59), R.randint(0, 59), R.randint(100, 1800)))
    return [L]


def g_ridectl():
    t = tick()
    L = Line("ridectl_syslog")
    code, _ = R.choice(RIDES)
    L.t("<134>1 %s rc-%s-0%d.ops.lakeshoreparks.net ridectl %d BLK - block=B%d state=%s dispatch=%d cycle_ms=%d fw=4.12.%d-b%d plc=%s" % (
        iso_z(t), code.lower(), R.randint(1, 3), R.randint(1000, 9999), R.randint(1, 14),
        R.choice(["CLEAR", "OCCUPIED", "CLEAR", "FAULT_RST"]), R.randint(1, 2400), R.randint(60000, 180000),
        R.randint(0, 9), R.randint(1000, 9999), R.choice(["1756-L83E", "S7-1516F"])))
    return [L]


def g_lpc():
    t = tick()
    L = Line("lpc_pipe")
    case = lp_case()
    cf, cl = person()
    gf = R.choice(FIRST)
    k = R.random()
    L.t("LPC|%s|" % t.strftime("%Y-%m-%d %H:%M"))
    if k < 0.45:
        st = R.choice(list(AREA))
        L.t("CASE ").p(case, "other_id").t("|CHILD|").p("%s %s" % (cf, cl), "name")
        L.t("|age %d|desc: %s|GUARDIAN|" % (R.randint(3, 12), R.choice(["red shirt, dino backpack", "yellow rain poncho", "Galaxy Orbiter tee, light-up shoes", "braids, pink stroller"])))
        L.p("%s %s" % (gf, cl), "name").t("|ph ").p(phone(st), "phone")
        L.t("|last_seen %s|status OPEN|cm %s" % (R.choice(["Frontier Ln near churro cart 12", "Skyward Drop exit", "Lagoon wave pool deck", "Main St parade route"]), R.choice(["B.Adair", "P.Okoye", "N.Ferris"])))
    elif k < 0.75:
        st = R.choice(["FL", "OH", "GA", "TX"])
        L.t("CASE ").p(case, "other_id").t("|REUNITED|child ").p(cf.split()[0], "name")
        L.t("|released_to ").p("%s %s" % (gf, cl), "name").t("|id_verified DL %s:" % st).p(dl(st), "license")
        L.t("|dur_min %d|cm %s" % (R.randint(4, 70), R.choice(["B.Adair", "P.Okoye"])))
    elif k < 0.82:
        L.t("GA ").p("GA-240713-%04d" % R.randint(1, 300), "other_id").t("|WHEELCHAIR_RENTAL|guest ").p("%s %s" % (cf, cl), "name")
        L.t("|ecv #%d|deposit card ****%04d|resort Grand Lakeside rm %d" % (R.randint(1, 220), R.randint(0, 9999), R.randint(1100, 5499)))
    else:
        L.t("SHIFT|desk LPC-Main|open_cases %d|radio ch 7|sup %s" % (R.randint(0, 6), R.choice(["Bree Adair", "Paul Okoye"])))
    return [L]


def g_aap():
    t = tick()
    L = Line("aap_json")
    k = R.random()
    asc = R.random() < 0.3
    if k < 0.6:
        f, l = person()
        d = dob(1931, 2019)
        aid = aap_id()
        docs = ["physician_letter", "VA_disability_letter", "self_attest"] + (["IEP_summary"] * 3 if age_of(d) < 22 else [])
        items = [("ts", iso_local(t)), ("svc", "aap-enroll"), ("lvl", "info"),
                 ("evt", R.choice(["doc.verified", "doc.received", "pass.issued", "pass.renewed"])),
                 ("aap_id", aid, "other_id"), ("holder", "%s, %s" % (l, f), "name"),
                 ("holder_dob", d.isoformat(), "date"),
                 ("doc_type", R.choice(docs)),
                 ("dx_note", R.choice(["autism spectrum disorder", "Crohn's disease", "POTS", "T1 diabetes", "post-op hip", "PTSD", "Down syndrome"])),
                 ("provider_npi", npi()), ("verifier", R.choice(STAFF_IDS)),
                 ("party_size", R.randint(1, 6)), ("valid_thru", "2024-%02d-%02d" % (R.randint(8, 12), R.randint(1, 28)), "date")]
        if age_of(d) > 89:
            items.append(("holder_age", age_of(d), "age"))
        if R.random() < 0.5:
            items.append(("email", email(f, l), "email"))
        if R.random() < 0.3:
            items.append(("portal", "https://guest.lakeshoreparks.com/aap/%s/letter.pdf" % aid, "url"))
        jobj(L, items, asc)
    else:
        jobj(L, [("ts", iso_local(t)), ("svc", "aap-enroll"), ("lvl", R.choice(["info", "debug"])),
                 ("evt", R.choice(["queue.depth", "ocr.model.loaded", "cache.refresh"])),
                 ("depth", R.randint(0, 40)), ("model", "docscan-ocr 2.7.1"), ("req_id", uuid()),
                 ("elapsed_ms", R.randint(5, 4000))])
    return [L]


def g_trace():
    t = tick()
    lines = []
    f, l = person()
    d = dob(1940, 2015)
    L = Line("java_trace")
    L.t("%s,%03d ERROR [aap-enroll-worker-%d] c.l.aap.DocVerifier - verification failed for aap_id=" % (
        t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, R.randint(1, 8)))
    L.p(aap_id(), "other_id").t(" holder=").p("%s, %s" % (l, f), "name")
    lines.append(L)
    L = Line("java_trace")
    d2 = d + dt.timedelta(days=R.randint(30, 300))
    L.t("com.lakeshore.aap.DocumentMismatchException: DOB on letter (").p(d2.isoformat(), "date")
    L.t(") does not match profile (").p(d.isoformat(), "date").t(") for guest '").p("%s %s" % (f, l), "name").t("'")
    lines.append(L)
    frames = ["com.lakeshore.aap.DocVerifier.verify(DocVerifier.java:%d)", "com.lakeshore.aap.EnrollWorker.process(EnrollWorker.java:%d)",
              "org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeRecordListener(KafkaMessageListenerContainer.java:%d)",
              "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:%d)", "java.base/java.lang.Thread.run(Thread.java:%d)"]
    for fr in frames[:R.randint(3, 5)]:
        lines.append(Line("java_trace").t("\tat " + fr % R.randint(80, 1500)))
    if R.random() < 0.6:
        L = Line("java_trace")
        L.t("Caused by: java.time.format.DateTimeParseException: Text '").p(d.strftime("%m/%d/%y"), "date").t("' could not be parsed at index 6")
        lines.append(L)
        lines.append(Line("java_trace").t("\t... %d common frames omitted" % R.randint(8, 30)))
    return lines


def g_dining():
    t = tick()
    L = Line("dining_csv")
    if R.random() < 0.08:
        L.t("req_id,created,restaurant,res_conf,guest_name,party,allergens,severity,epi_carried,contact,chef_ack")
        return [L]
    f, l = person()
    name = "%s %s" % (f, l)
    L.t("DR%07d,%s,%s,%s," % (R.randint(1000000, 9999999), t.strftime("%Y-%m-%dT%H:%M:%S"), R.choice(RESTAURANTS), "%d%s" % (R.randint(10000000, 99999999), R.choice("ABCDX"))))
    if "," in name or "'" in name:
        L.t('"').p(name, "name").t('"')
    else:
        L.p(name, "name")
    al = "; ".join(R.sample(ALLERGENS, R.randint(1, 3)))
    L.t(",%d,\"%s\",%s,%s," % (R.randint(1, 8), al, R.choice(["anaphylactic", "intolerance", "preference", "anaphylactic"]), R.choice(["Y", "N", "Y"])))
    if R.random() < 0.5:
        L.p(email(f, l), "email")
    else:
        L.p(phone(None, 1), "phone")
    L.t(",%s" % R.choice(["Chef Anton Brill", "Chef Imani Reed", "", "sous: M. Quill"]))
    return [L]


def g_passdb():
    t = tick()
    L = Line("passdb_pg")
    pid = R.randint(20000, 39999)
    L.t("%s.%03d UTC [%d] " % ((t + dt.timedelta(hours=4)).strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, pid))
    k = R.random()
    if k < 0.3:
        street, city, st, z = addr()
        L.t("passadm@passdb LOG:  statement: UPDATE pass_holder SET phone_1='").p(phone(st, 1), "phone")
        L.t("', addr_line1='").p(street.replace("'", "''"), "address").t("', city='").p(city, "address")
        L.t("', state='%s', postal='" % st).p(z, "zip").t("', upd_by='%s' WHERE pass_no='" % R.choice(STAFF_IDS)).p(pass_no(), "account").t("';")
    elif k < 0.5:
        f, l = person()
        d = dob()
        L.t("app_pass@passdb DETAIL:  parameters: $1 = '").p(pass_no(), "account").t("', $2 = '").p(l.replace("'", "''"), "name")
        L.t("', $3 = '").p(f, "name").t("', $4 = '").p(d.isoformat(), "date").t("', $5 = 'GOLD', $6 = '").p(email(f, l), "email").t("'")
    elif k < 0.6:
        L.t("app_pass@passdb ERROR:  duplicate key value violates unique constraint \"pass_holder_email_key\"")
        return [L, Line("passdb_pg").t("%s.%03d UTC [%d] app_pass@passdb DETAIL:  Key (email)=(" % ((t + dt.timedelta(hours=4)).strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, pid)).p(email(*person()), "email").t(") already exists.")]
    else:
        L.t(R.choice(["LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled" % (R.randint(100, 9000), R.random() * 10),
                      "app_pass@passdb LOG:  duration: %.3f ms  execute S_%d: SELECT tier, blockout_cal FROM pass_tier WHERE tier_cd = $1" % (R.random() * 40, R.randint(1, 30)),
                      "LOG:  automatic vacuum of table \"passdb.public.gate_visit\": index scans: 1",
                      "app_pass@passdb LOG:  connection authorized: user=app_pass database=passdb SSL enabled (protocol=TLSv1.3)"]))
    return [L]


def g_gate():
    t = tick()
    L = Line("gate_logfmt")
    L.t("ts=%s lvl=info svc=gatekeeper gate=%s-T%02d " % (iso_z(t), R.choice(["MAIN", "LAGOON", "MONORAIL"]), R.randint(1, 24)))
    k = R.random()
    if k < 0.35:
        L.t("evt=tap band_uid=").p(band_uid(), "device").t(" result=%s ent=%s latency_ms=%d" % (R.choice(["ACCEPT", "ACCEPT", "DENY_BLOCKOUT"]), R.choice(["SP-GOLD", "SP-SILVER", "1DAY", "PH-2PARK"]), R.randint(30, 400)))
    elif k < 0.55:
        L.t("evt=bio_enroll ticket_vid=").p("%04d %04d %04d %04d" % tuple(R.randint(0, 9999) for _ in range(4)), "other_id")
        L.t(" fp_alg=LKS-FG2 fp_tmpl=").p(b64blob(R.randint(36, 60)), "biometric").t(" result=ENROLLED")
    elif k < 0.6:
        st = R.choice(["FL", "OH", "GA", "NY"])
        L.t("evt=willcall_pickup pass_no=").p(pass_no(), "account").t(" id_type=DL id_st=%s id_no=" % st).p(dl(st), "license").t(" clerk=%s" % R.choice(STAFF_IDS))
    elif k < 0.68:
        L.t("evt=pass_link pass_no=").p(pass_no(), "account").t(" band_uid=").p(band_uid(), "device").t(" result=OK")
    else:
        L.t(R.choice(["evt=heartbeat reader_fw=7.3.%d temp_c=%d" % (R.randint(0, 20), R.randint(30, 61)),
                      "evt=count_rollup entries_15m=%d denies=%d" % (R.randint(200, 3000), R.randint(0, 40)),
                      "evt=reader_reboot reason=watchdog uptime_s=%d" % R.randint(100, 900000)]))
        L.t(" trace_id=%s" % hexs(32))
    return [L]


def g_nginx():
    t = tick()
    L = Line("nginx_access")
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0400]")
    ua = R.choice(["ParkGo/5.18.2 (iPhone; iOS 17.5.1; Scale/3.00)", "ParkGo/5.18.1 (Android 14; SM-S918U)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0.0.0 Safari/537.36"])
    k = R.random()
    if k < 0.5:
        ip = "%d.%d.%d.%d" % (R.choice([73, 98, 172, 174, 24, 66, 107]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))
        if ip.startswith("172."):
            ip = "174" + ip[3:]
        L.p(ip, "ip").t(" - - %s \"" % ts)
        m = R.random()
        if m < 0.5:
            L.t("GET /api/v2/passholder/").p(pass_no(), "account").t("/visits?season=2024 HTTP/2.0\" 200 %d" % R.randint(300, 9000))
        elif m < 0.75:
            L.t("POST /api/v2/dining/allergy-request HTTP/2.0\" 201 %d" % R.randint(80, 400))
        else:
            L.t("GET /api/v2/aap/").p(aap_id(), "other_id").t("/return-times HTTP/2.0\" 200 %d" % R.randint(300, 4000))
        L.t(" \"-\" \"%s\" rt=%.3f uct=0.00%d" % (ua, R.random() / 3, R.randint(1, 9)))
    else:
        path, agent, size = R.choice([("/healthz", "kube-probe/1.29", 2), ("/metrics", "Prometheus/2.51.0", R.randint(20000, 90000)),
                                      ("/api/v2/waits?park=LAP", ua, R.randint(2000, 12000)), ("/static/app.7f3c9e1a.js", ua, 418233),
                                      ("/api/v2/showtimes", ua, R.randint(900, 6000))])
        L.t("10.20.%d.%d - - %s \"GET %s HTTP/1.1\" %d %d \"-\" \"%s\" rt=%.3f" % (
            R.randint(0, 9), R.randint(2, 250), ts, path, R.choice([200, 200, 200, 304, 503]), size, agent, R.random() / 5))
    return [L]


def g_hl7():
    t = tick()
    lines = []
    ts = t.strftime("%Y%m%d%H%M%S")
    f, l = person()
    mid = R.choice(["", "J", "A", "LEE"])
    d = dob(1931, 2018)
    street, city, st, z = addr()
    L = Line("hl7_v2").t("MSH|^~\\&|FIRSTAIDTRACK|LAKESHORE_FA|EPIC|ORLHLTH_ED|%s||ADT^A04^ADT_A01|FAT%s%03d|P|2.5.1" % (ts, ts, R.randint(0, 999)))
    lines.append(L)
    lines.append(Line("hl7_v2").t("EVN|A04|%s|||%s^%s" % (ts, R.choice(["WHITCOMB", "SATO", "LYLE"]), R.choice(["TESSA", "RENEE", "MARCUS"]))))
    L = Line("hl7_v2").t("PID|1||").p(fa_chart(), "mrn").t("^^^LKSFA^MR~").p("PCR24%06d" % R.randint(0, 999999), "other_id").t("^^^OCFR^AN||")
    L.p("%s^%s^%s" % (l.upper(), f.split()[0].upper(), mid), "name").t("||").p(d.strftime("%Y%m%d"), "date").t("|%s|||" % R.choice("MFU"))
    L.p(street, "address").t("^^").p(city, "address").t("^%s^" % st).p(z, "zip").t("^USA||").p(phone(st, 0).replace(" ", ""), "phone").t("^PRN^PH")
    if R.random() < 0.3:
        L.t("||||||").p(ssn(), "ssn")
    lines.append(L)
    if R.random() < 0.7:
        nf, _ = person()
        L = Line("hl7_v2").t("NK1|1|").p("%s^%s" % (l.upper(), nf.split()[0].upper()), "name").t("|%s||" % R.choice(["SPO^Spouse", "MTH^Mother", "FTH^Father", "CHD^Child"]))
        L.p(phone(None, 0).replace(" ", ""), "phone").t("^PRN^CP||EC^Emergency Contact")
        lines.append(L)
    L = Line("hl7_v2").t("PV1|1|E|%s^^^LKSFA||||%s^%s^%s^^^^^^NPI|||||||||||" % (R.choice(STATIONS).split()[0], npi(), R.choice(["LYLE", "SATO"]), R.choice(["MARCUS", "RENEE"])))
    L.t("||||||||||||||||||||||||").p(t.strftime("%Y%m%d%H%M"), "date")
    lines.append(L)
    if R.random() < 0.6:
        plan = R.choice([("BCBSFL01", "00590", "FLORIDA BLUE"), ("AETNA01", "60054", "AETNA")] + ([("MCR-B", "CMS", "MEDICARE PART B")] * 2 if age_of(d) >= 65 else []))
        L = Line("hl7_v2").t("IN1|1|%s|%s|%s" % plan)
        L.t("|||||||||||").p("%s^%s" % (l.upper(), f.split()[0].upper()), "name").t("|SEL|").p(d.strftime("%Y%m%d"), "date")
        L.t("||||||||||||||||||").p(mbi() if plan[0] == "MCR-B" else "%s%09d" % (R.choice(["XJH", "W2", "MEB"]), R.randint(0, 999999999)), "health_plan")
        lines.append(L)
    for i, (code, nm, val, unit) in enumerate(R.sample([("8867-4", "Heart rate", R.randint(55, 140), "/min"), ("8480-6", "Systolic BP", R.randint(90, 180), "mm[Hg]"),
                                                        ("59408-5", "SpO2", R.randint(88, 100), "%"), ("2339-0", "Glucose", R.randint(40, 300), "mg/dL")], R.randint(1, 3))):
        lines.append(Line("hl7_v2").t("OBX|%d|NM|%s^%s^LN||%d|%s|||||F|||%s" % (i + 1, code, nm, val, unit, ts)))
    return lines


def g_cad():
    t = tick()
    L = Line("cad_kv")
    L.t("%s CAD2PARK agency=OCFR " % t.strftime("%Y-%m-%dT%H:%M:%S"))
    if R.random() < 0.65:
        L.t("inc=").p("24-%06d" % R.randint(100000, 199999), "other_id").t(" unit=M%d disp=%s enr=%s atp=%s " % (
            R.randint(10, 90), t.strftime("%H:%M:%S"), (t + dt.timedelta(minutes=1)).strftime("%H:%M:%S"), (t + dt.timedelta(minutes=9)).strftime("%H:%M:%S")))
        a = R.choice([R.randint(2, 85), R.randint(90, 97)])
        L.t("pt_age=")
        if a > 89:
            L.p(str(a), "age")
        else:
            L.t(str(a))
        L.t(" pt_sex=%s loc=\"%s\" nature=\"%s\" " % (R.choice("MF"), R.choice(STATIONS), R.choice(["FALL", "CHEST PAIN", "SEIZURE", "ALLERGIC RXN", "SYNCOPE", "HEAT"])))
        if R.random() < 0.5:
            f, l = person()
            L.t("pt_name=\"").p("%s, %s" % (l.upper(), f.upper()), "name").t("\" ")
        L.t("dest=\"%s\" xfer_rn=\"%s\"" % (R.choice(["ORMC ED", "AdventHealth Celebration ED", "Nemours Childrens ED"]), R.choice(["Tessa Whitcomb", "Renee Sato"])))
    else:
        L.t("unit=M%d status=%s station=FS%d lat=28.%04d lon=-81.%04d" % (R.randint(10, 90), R.choice(["AVAIL", "AT_HOSP", "ENRT_QTRS"]), R.randint(1, 70), R.randint(3000, 4000), R.randint(5000, 5999)))
    return [L]


def g_fhir():
    t = tick()
    L = Line("fhir_json")
    asc = R.random() < 0.4
    if R.random() < 0.6:
        f, l = person()
        d = dob()
        street, city, st, z = addr()
        L.t('{"resourceType":"Patient","id":"').p(uuid(), "other_id").t('","meta":{"lastUpdated":"%s"},"identifier":[{"system":"urn:oid:2.16.840.1.113883.3.9921.1","value":"' % iso_z(t))
        L.p(fa_chart(), "mrn").t('"}],"name":[{"family":')
        jval(L, l, "name", asc)
        L.t(',"given":[')
        jval(L, f, "name", asc)
        L.t(']}],"gender":"%s","birthDate":"' % R.choice(["male", "female", "unknown"])).p(d.isoformat(), "date").t('","telecom":[{"system":"phone","value":"')
        L.p(phone(st, 1), "phone").t('","use":"mobile"}],"address":[{"line":[')
        jval(L, street, "address", asc)
        L.t('],"city":')
        jval(L, city, "address", asc)
        L.t(',"state":"%s","postalCode":"' % st).p(z, "zip").t('"}]}')
    else:
        L.t('{"resourceType":"Observation","id":"%s","status":"final","code":{"coding":[{"system":"http://loinc.org","code":"8310-5","display":"Body temperature"}]},"valueQuantity":{"value":%.1f,"unit":"Cel"},"issued":"%s"}' % (
            uuid(), 36 + R.random() * 3.5, iso_z(t)))
    return [L]


def g_sms():
    t = tick()
    L = Line("sms_twilio")
    k = R.random()
    L.t("%s twilio.msg dir=%s sid=SM%s " % (iso_z(t), "in" if 0.5 <= k < 0.75 else "out", hexs(32)))
    park = "+14075550100"
    if k < 0.5:
        f, _ = person()
        case = lp_case()
        L.t("status=delivered to=").p(phone(None, 2), "phone").t(" from=%s body=\"Lakeshore Guest Services: " % park)
        L.p(f.split()[0], "name").t(" is safe with us at the Lost Parents Center, Main St Station. Please bring photo ID. Ref ").p(case, "other_id").t("\"")
    elif k < 0.75:
        L.t("from=").p(phone(None, 2), "phone").t(" to=%s body=\"" % park)
        L.t(R.choice(["omw, at the teacups now. her name is ", "we are at gate 3, looking for my son "]))
        L.p(" ".join(person()), "name").t("\"")
    else:
        L.t("status=queued to=").p(phone(None, 2), "phone").t(" from=%s body=\"Your Attraction Access Pass is ready: " % park)
        L.p("https://guest.lakeshoreparks.com/aap/%s" % aap_id(), "url").t(" Reply STOP to opt out\"")
    return [L]


def g_chat():
    t = tick()
    L = Line("teams_chat")
    who = R.choice(["Bree Adair (GS Lead)", "Paul Okoye (GS)", "Renee Sato (FA-03)", "Tessa Whitcomb (FA-02)", "Nadia Ferris (Dining Svcs)"])
    L.t("[%s] %s: " % (t.strftime("%m/%d/%Y %I:%M %p"), who))
    k = R.random()
    if k < 0.25:
        a = R.randint(90, 96)
        f, l = person()
        L.t("FA2 has a ").p(str(a), "age").t("yo gentleman from the Lakeview bus, dizzy. daughter ").p("%s %s" % (f, l), "name")
        L.t(" on her way, cell ").p(phone(None, 1), "phone")
    elif k < 0.45:
        L.t("heads up Harborview: ").p(" ".join(person()), "name").t(" party of %d at 6:30, anaphylactic to %s, carries epi" % (R.randint(2, 7), R.choice(ALLERGENS)))
    elif k < 0.6:
        L.t("anyone seen the family for ").p(lp_case(), "other_id").t("? kid says mom is ").p(R.choice(FIRST), "name").t(", blue stroller")
    else:
        L.t(R.choice(["Thunder Mesa back up at 14:10, queue 55 min", "need 2 more wheelchairs at Main Gate rental",
                      "lightning within 8 mi, outdoor rides on hold", "FA-04 low on ice packs, sku MED-10442 ordered",
                      "Cyclone Jack evac drill complete, no guests affected", "radio ch 7 is noisy, switch to ch 9"]))
    return [L]


def g_claim():
    t = tick()
    L = Line("claim_fixed")
    f, l = person()
    d = dob(1940, 2018)
    nm = ("%s, %s" % (l.upper(), f.upper()))[:30]
    claim = "LAP%09d" % R.randint(0, 999999999)
    code, _ = R.choice(RIDES)
    L.t("CLM").p(claim, "other_id").t(" ").p(nm, "name").t(" " * (30 - len(nm)) + " ").p(d.strftime("%Y%m%d"), "date").t(" ")
    L.p(t.strftime("%Y%m%d"), "date").t(" %-6s%010d  %-20s%s" % (code, R.randint(50000, 2500000), R.choice(["SEDGWICK/J.HALE", "GALLAGHER/M.RUIZ"]), R.choice(["OPEN", "RSRV", "PEND"])))
    return [L]


def g_photo():
    t = tick()
    L = Line("photo_json")
    k = R.random()
    if k < 0.3:
        jobj(L, [("time", iso_z(t)), ("service", "photosnap-match"), ("level", "info"), ("msg", "lost-child face match requested"),
                 ("case_ref", lp_case(), "other_id"), ("face_tmpl", b64blob(R.randint(48, 90)), "biometric"), ("cams_searched", R.randint(40, 400)), ("matches", R.randint(0, 5))])
    elif k < 0.45:
        jobj(L, [("time", iso_z(t)), ("service", "photosnap-match"), ("level", "debug"), ("msg", "reference image uploaded"),
                 ("case_ref", lp_case(), "other_id"), ("img_b64", jpeg_b64(R.randint(60, 120)), "photo"), ("mime", "image/jpeg")])
    else:
        jobj(L, [("time", iso_z(t)), ("service", R.choice(["photosnap-render", "photosnap-ingest"])), ("level", "info"),
                 ("msg", R.choice(["render batch complete", "camera upload", "overlay template cached"])), ("cam", "CAM-%s-%02d" % (R.choice(RIDES)[0], R.randint(1, 12))),
                 ("frames", R.randint(10, 5000)), ("sha256", hashlib.sha256(str(R.random()).encode()).hexdigest()), ("bytes", R.randint(10000, 90000000))])
    return [L]


def g_paygw():
    t = tick()
    L = Line("paygw_kv")
    L.t("%s paygw[%d]: " % (t.strftime("%b %d %H:%M:%S"), R.randint(1000, 9999)))
    k = R.random()
    if k < 0.35:
        L.t("auth result=APPROVED txn=T%s amt=%d.%02d cur=USD pan=%s******%04d pass_no=" % (hexs(10).upper(), R.randint(99, 899), R.randint(0, 99), R.choice(["411111", "520082", "601100"]), R.randint(0, 9999)))
        L.p(pass_no(), "account").t(" merchant=LAKESHORE-PASS-RENEW mid=000441892")
    elif k < 0.5:
        valid = R.random() < 0.7
        L.t("WARN raw_req_logged debug=true card_number=").p(card(valid), "account").t(" exp=%02d%02d avs_zip=" % (R.randint(1, 12), R.randint(25, 30)))
        L.p(addr()[3], "zip").t(" resp=%s" % ("00" if valid else "14_INVALID_CARD"))
    elif k < 0.6:
        L.t("ach autopay enroll aba=021000021 acct=").p("%d" % R.randint(10 ** 8, 10 ** 11), "account").t(" pass_no=").p(pass_no(), "account").t(" status=PRENOTE")
    else:
        L.t("settle batch=%d count=%d total=%d.%02d processor=Elavon ok" % (R.randint(1000, 9999), R.randint(10, 800), R.randint(1000, 90000), R.randint(0, 99)))
    return [L]


def g_lpr():
    t = tick()
    L = Line("lpr_csv")
    lot = R.choice(["HEROES-C", "VILLAINS-F", "LAGOON-A", "PREF-1", "ACCESS-A2"])
    if R.random() < 0.55:
        st = R.choice(["FL", "FL", "GA", "OH", "NC"])
        L.t("LPR,%s,%s,CAM-%02d,%s," % (t.strftime("%Y-%m-%d %H:%M:%S"), lot, R.randint(1, 30), st)).p(plate(st), "vehicle")
        L.t(",%.2f,%s" % (0.8 + R.random() / 5, R.choice(["ENTRY", "EXIT"])))
    elif R.random() < 0.5:
        f, l = person()
        L.t("ASSIST,%s,%s,jumpstart,guest=" % (t.strftime("%Y-%m-%d %H:%M:%S"), lot)).p("%s %s" % (f, l), "name")
        L.t(",vin=").p(vin(R.random() < 0.85), "vehicle").t(",tech=%s,truck=PT-%02d" % (R.choice(["L.Pardo", "W.Harlan"]), R.randint(1, 9)))
    else:
        L.t("LOTSTAT,%s,%s,occ=%d,cap=%d,tram_route=%d" % (t.strftime("%Y-%m-%d %H:%M:%S"), lot, R.randint(100, 5000), 5200, R.randint(1, 6)))
    return [L]


def g_infra():
    t = tick()
    L = Line("infra_syslog")
    host = R.choice(["k8s-node-07", "k8s-node-12", "edge-lb-01", "bastion-02"])
    L.t("%s %s " % (t.strftime("%b %d %H:%M:%S"), host))
    L.t(R.choice(["sshd[%d]: Accepted publickey for deploy from 10.40.2.%d port %d ssh2: ED25519 SHA256:%s" % (R.randint(1000, 60000), R.randint(2, 250), R.randint(30000, 65000), base64.b64encode(bytes(R.randint(0, 255) for _ in range(32))).decode().rstrip("=")),
                  "kubelet[%d]: I0713 pod_workers.go:%d] \"Pod started\" pod=\"guest/aap-enroll-%s\" image=\"registry.lakeshoreparks.net/aap-enroll:2.9.%d\"" % (R.randint(900, 2000), R.randint(100, 999), hexs(10), R.randint(0, 40)),
                  "haproxy[%d]: 198.51.100.%d:443 backend=fat_api/fat-0%d 0/0/%d/%d 200 conn=%d" % (R.randint(100, 999), R.randint(1, 30), R.randint(1, 4), R.randint(1, 40), R.randint(5, 900), R.randint(1, 900)),
                  "systemd[1]: Started Daily rotation of log files (logrotate.timer) v252.%d" % R.randint(1, 30),
                  "CRON[%d]: (root) CMD (/opt/lks/bin/pass-export --since 24h --to sftp://tpa.sedgwick.example:22)" % R.randint(1000, 30000)]))
    return [L]


GENS = [(g_firstaid, 9), (g_rideops, 6), (g_ridectl, 16), (g_lpc, 6), (g_aap, 6), (g_trace, 1.6), (g_dining, 6),
        (g_passdb, 7), (g_gate, 9), (g_nginx, 9), (g_hl7, 1.4), (g_cad, 4), (g_fhir, 3), (g_sms, 3), (g_chat, 5),
        (g_claim, 2), (g_photo, 4), (g_paygw, 5), (g_lpr, 5), (g_infra, 15)]


def main():
    out = []
    fns = [g for g, _ in GENS]
    ws = [w for _, w in GENS]
    while len(out) < N_LINES:
        out.extend(R.choices(fns, ws)[0]())
    out = out[:N_LINES]
    log = open(ID + ".log", "wb")
    lab = open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n")
    for i, L in enumerate(out, 1):
        b, spans = L.build()
        assert b and b"\n" not in b and b"\r" not in b, (i, b)
        prev = 0
        for sp in sorted(spans, key=lambda x: x["s"]):
            if not (0 <= sp["s"] < sp["e"] <= len(b)):
                raise SystemExit("bad span bounds line %d %r" % (i, sp))
            if sp["s"] < prev:
                raise SystemExit("overlapping spans line %d" % i)
            prev = sp["e"]
            if b[sp["s"]:sp["e"]].decode("utf-8") != sp["_v"]:
                raise SystemExit("span text mismatch line %d %r" % (i, sp))
        b.decode("utf-8")
        log.write(b + b"\n")
        lab.write(json.dumps({"line": i, "family": L.family,
                              "spans": [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in spans]}) + "\n")
    log.close()
    lab.close()


if __name__ == "__main__":
    main()
