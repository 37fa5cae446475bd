#!/usr/bin/env python3
"""Synthetic labeled log corpus "sf": Aldebaran Spaceflight, Inc. -- Aerospace
Medicine Office (AMO).  Writes sf.log (500 lines) and sf.labels.jsonl in the
current directory.  Standard library only, fixed seed, byte-reproducible.

Organisation
  Aldebaran Spaceflight flies private astronauts ("participants") and its own
  crew on suborbital/orbital flights (mission ids KS-nn, capsule HALCYON-n)
  from the Pecos Launch Site, TX.  The AMO screens participants and crew,
  runs centrifuge and altitude-chamber training at a vendor site (Keystone
  Aeromedical Training Center), clears people on launch day, follows them
  after landing, coordinates their travel and visas, and keeps a customer CRM.

Systems simulated (family names in the labels file)
  screening_json  medscreen participant screening service (pino JSON)
  cfg_logfmt      centrifuge controller (logfmt)
  chamber_kv      altitude chamber controller (vendor key=value)
  biotel_csv      biomonitoring harness telemetry gateway (CSV rows)
  hl7             clinic lab interface (HL7 v2.5.1 ORU^R01 / ACK, one segment a line)
  fhir            EHR FHIR R4 resources (one JSON resource a line)
  consult_note    flight-surgeon consult notes (free text)
  readiness_syslog launch-day medical readiness board (RFC 5424 syslog)
  recovery_pipe   post-flight recovery records (pipe delimited)
  travel_json     travel/visa/site-badging service (structlog JSON)
  crm             customer-relations CRM audit rows (CSV) and webhooks (JSON)
  portal_access   participant portal nginx access log
  java_trace      records-service Spring Boot log with stack traces
  pg_log          PostgreSQL log incl. pgaudit statements
  sms_gw          SMS gateway (outbound/inbound bodies, status callbacks)
  x12             travel-medical insurer eligibility 270/271/999 (one interchange a line)
  ecg_xml         ECG cart/MUSE-style XML export
  infra_syslog    BSD syslog of hosts (sshd, CRON, kernel, systemd, kubelet)
  ops_chat        Slack export of #amo-ops
  faa_roster      fixed-width FAA medical-certificate roster of crew

Labeling decisions (grey cases)
  * The persons served are participants (private astronauts) AND company crew
    when they are the subject of a medical/training/travel record.  Their
    identifiers are PHI there.  A crew member named in an operational role
    (pilot in command on a mission ops line) is an employee at work: not PHI.
  * Flight surgeons, nurses, centrifuge/chamber operators, coordinators, CRM
    users, their NPIs, user ids and Slack ids are staff: not PHI.
  * AMO number (AMO-nnnnnn) and EHR patient ids (FHIR Patient id) are
    `mrn`; the clinic's lab accession number (OBR-3) is `other_id`.  X12 TRN
    trace numbers, order numbers, run ids and ticket/work-order numbers are
    transaction ids, not PHI.  Telemetry subject
    codes are the AMO number -> `mrn`.
  * CRM Contact ids (003...), ESTA numbers, visa case numbers, airline PNRs,
    frequent-flyer numbers -> `other_id`.
  * Seat contract numbers (ASF-CT-..), CRM Opportunity ids of the seat
    purchase, invoice numbers billed to the person, full card PANs (valid or
    junk Luhn) -> `account`.  Masked PANs (only last 4) are NOT labeled.
  * Passport numbers, visa foil numbers, FAA medical certificate numbers,
    driver's licences -> `license`.
  * Travel-medical insurer member ids and Medicare MBIs -> `health_plan`.
  * Harness serials / BLE MACs of wearables assigned to a person, implant
    (pacemaker) serials, personal phone IMEIs -> `device`.  Facility gear
    (centrifuge gondola, chamber, ECG cart number, calibration manikin
    harness, telemetry gateways) is not PHI.
  * Dates: birth, exam, training-session, appointment, check-in, flight and
    landing dates, and expiry dates of the person's passport / FAA medical
    certificate (even month-year only) inside a person's record are `date`.  Mission-level dates
    on ops lines with no person, log timestamps, HL7 MSH-7, FHIR
    meta.lastUpdated, X12 ISA/BHT dates and the per-row time stamp of
    telemetry CSV rows (the row's own record time) are NOT PHI.
  * Ages are labeled only when over 89 (two participants are 90+).
  * US passport holders get passport-validity checks, visa-waiver nationals
    ESTA checks, others B-1 visa cases (no visas for US nationals).
  * Names split by the format (HL7 XPN, X12 NM1, FHIR family/given, XML
    first/last) get one span per component; written together they are one
    span.  A first name alone in an SMS body is `name`.
  * Participant home addresses: street run (may include city) is `address`,
    postal code always a separate `zip`; a city on its own field is
    `address`; states/countries/nationality are not labeled.  Hotel,
    vendor, launch-site and company addresses are not PHI.
  * Participant portal: client IP -> `ip`; a request target that contains a
    person identifier (AMO number, email) is labeled as ONE `url` span
    (the identifier is not labeled separately inside it).  Personal web
    pages in the CRM -> `url`.  Load balancer, crawler, monitoring and
    server IPs are not PHI.
  * Badge enrollment face templates -> `biometric`; base64 JPEG headshots ->
    `photo`.
  * Emergency contacts (names, phones, emails) are PHI; their relationship
    word is not.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import urllib.parse
import uuid

R = random.Random(20250314)
N_LINES = 500

# --------------------------------------------------------------------------
# line builder


class P:
    """A PHI value to place."""

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class S:
    """A composite string (JSON-string content) made of text and P parts."""

    def __init__(self, *parts):
        self.parts = parts


class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, v, cat, raw=None, enc=None):
        raw = str(v) if raw is None else raw
        b = raw.encode("utf-8")
        s = len(self.buf)
        self.buf += b
        self.spans.append({"s": s, "e": len(self.buf), "cat": cat,
                           "raw": raw, "v": str(v), "enc": enc})
        return self

    def add(self, *items):
        for x in items:
            if isinstance(x, P):
                self.p(x.v, x.cat)
            elif isinstance(x, S):
                self.add(*x.parts)
            else:
                self.t(str(x))
        return self


def jesc(s, ascii_=False):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def js(L, obj, ascii_=False, sep=(",", ":")):
    if isinstance(obj, P):
        if isinstance(obj.v, str):
            raw = jesc(obj.v, ascii_)
            L.t('"')
            L.p(obj.v, obj.cat, raw, enc="json" if raw != obj.v else None)
            L.t('"')
        else:
            L.p(obj.v, obj.cat, json.dumps(obj.v))
    elif isinstance(obj, S):
        L.t('"')
        for part in obj.parts:
            if isinstance(part, P):
                raw = jesc(str(part.v), ascii_)
                L.p(part.v, part.cat, raw, enc="json" if raw != str(part.v) else None)
            else:
                L.t(jesc(part, ascii_))
        L.t('"')
    elif isinstance(obj, dict):
        L.t("{")
        for i, (k, v) in enumerate(obj.items()):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k) + sep[1])
            js(L, v, ascii_, sep)
        L.t("}")
    elif isinstance(obj, list):
        L.t("[")
        for i, v in enumerate(obj):
            if i:
                L.t(sep[0])
            js(L, v, ascii_, sep)
        L.t("]")
    else:
        L.t(json.dumps(obj, ensure_ascii=ascii_))
    return L


def jline(family, obj, ascii_=False, sep=(",", ":")):
    return js(Line(family), obj, ascii_, sep)


# --------------------------------------------------------------------------
# number helpers


def luhn_digit(payload):
    tot = 0
    for i, ch in enumerate(reversed(payload)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def card(valid=True):
    kind = R.choice(["4", "51", "37"])
    ln = 15 if kind == "37" else 16
    body = kind + digits(ln - len(kind) - 1)
    c = body + luhn_digit(body)
    if not valid:
        c = c[:-1] + str((int(c[-1]) + R.randint(1, 9)) % 10)
    return c


def npi():
    base = R.choice("12") + digits(8)
    return base + luhn_digit("80840" + base)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    return (R.choice("123456789") + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice("0123456789")
            + R.choice(MBI_A) + R.choice(MBI_AN) + R.choice("0123456789") + R.choice(MBI_A)
            + R.choice(MBI_A) + R.choice("0123456789") + R.choice("0123456789"))


VIN_T = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ", [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin():
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = [R.choice(["1", "2", "5", "J", "W", "K"])] + [R.choice(chars) for _ in range(16)]
    v[9] = R.choice("PRSTV")  # model year 2023-2027
    tot = sum((int(c) if c.isdigit() else VIN_T[c]) * w for c, w in zip(v, VIN_W))
    r = tot % 11
    v[8] = "X" if r == 10 else str(r)
    return "".join(v)


def imei():
    body = R.choice(["35", "86", "01"]) + digits(12)
    return body + luhn_digit(body)


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


def mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


def b64blob(nbytes, prefix=b""):
    return base64.b64encode(prefix + bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


# --------------------------------------------------------------------------
# people

TODAY = dt.date(2025, 3, 14)
FIRST_F = ["Rose", "Faith", "Autumn", "Ngozi", "Aiyana", "Zoë", "Farida", "Priyanka", "Wren", "Ximena",
           "Ingrid", "Mei-Ling", "Anouk", "Sunniva", "Juniper", "Leilani", "Marisol", "Olamide", "Hope", "Dagný"]
FIRST_M = ["Hunter", "Grant", "Hollis", "Takeshi", "Mateus", "Søren", "Łukasz", "José", "Dov", "Kwame",
           "Rafael", "Cormac", "Tariq", "Bartholomew", "Chidi", "Hamid", "Ezekiel", "Will", "Bao", "Ignatius"]
LAST = ["Baker", "Bishop", "Church", "Young", "Rivers", "Okonkwo-Baptiste", "Nakamura-Hale", "van der Berg",
        "de la Cruz", "Al-Rashidi", "Lindqvist", "Żurawski", "Fairweather", "Stone", "Moreno-Villalobos",
        "Hawthorne", "Ó Briain", "Castellano", "Adeyemi", "Takahashi", "Nguyen", "Kowalczyk", "Bellweather",
        "Frost", "Kaur-Sandhu", "Winter", "Paredes", "Mbeki", "Fontaine", "Rasmussen-Holt", "Sparrow", "Goldsmith"]

US_ADDR = [("1418 Larkspur Ln", "Bend", "OR", "97702", "541"), ("77 Hollow Creek Rd", "Bozeman", "MT", "59715", "406"),
           ("2290 Vista Del Mar Dr Apt 12", "San Diego", "CA", "92109", "619"),
           ("5 Chestnut Hill Ct", "Greenwich", "CT", "06830", "203"), ("8801 Preston Rd Unit 4B", "Dallas", "TX", "75225", "214"),
           ("310 W Lake Shore Dr", "Chicago", "IL", "60614", "312"), ("46 Pelican Way", "Naples", "FL", "34102", "239"),
           ("1207 Juniper Ridge", "Boulder", "CO", "80302", "303"), ("19 Quarry Ln", "Stowe", "VT", "05672", "802")]
INTL_ADDR = [("GB", "Flat 3, 22 Kensington Church St", "London", "W8 4LA", "+44 7700 900", 3),
             ("JP", "4-12-8 Jingumae, Shibuya-ku", "Tokyo", "150-0001", "+81 90-5550-", 4),
             ("AE", "Villa 19, Street 23, Al Barsha 2", "Dubai", None, "+971 50 555 ", 4),
             ("BR", "Rua Oscar Freire 1022, Apto 81", "São Paulo", "01426-001", "+55 11 95550-", 4),
             ("DE", "Leopoldstraße 88", "München", "80802", "+49 151 5550", 4),
             ("NG", "14 Bourdillon Rd, Ikoyi", "Lagos", "106104", "+234 803 555 ", 4),
             ("IN", "B-204 Prestige Shantiniketan, Whitefield", "Bengaluru", "560066", "+91 98450 5", 4),
             ("CA", "3318 Rue Saint-Denis", "Montréal", "H2X 3L2", "+1 514-555-01", 2),
             ("AU", "7 Wattle Grove", "Fremantle", "6160", "+61 412 555 ", 3)]
MAILDOM = ["fastmail.com", "protonmail.ch", "gmail.com", "icloud.com", "outlook.com", "yahoo.co.jp", "gmx.de", "hey.com"]
REL = ["spouse", "daughter", "son", "brother", "partner", "sister", "father"]


def mkdate(y0, y1):
    d = dt.date(R.randint(y0, y1), 1, 1) + dt.timedelta(days=R.randint(0, 364))
    return d


def person(i, role, old=None):
    sex = R.choice("FM")
    first = R.choice(FIRST_F if sex == "F" else FIRST_M)
    last = LAST[i % len(LAST)]
    if old:
        dob = dt.date(TODAY.year - old - 1, R.randint(4, 12), R.randint(1, 28))
    else:
        dob = mkdate(1950, 2000) if role == "participant" else mkdate(1975, 1994)
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    us = role == "crew" or old == 90 or R.random() < 0.55
    p = dict(first=first, last=last, sex=sex, dob=dob, age=age, role=role)
    if us:
        st, city, state, z, ac = R.choice(US_ADDR)
        p.update(street=st, city=city, state=state, country="US", zip=z,
                 phone="+1-%s-555-01%02d" % (ac, R.randint(0, 99)), ssn=ssn(),
                 passport=R.choice("ABC") + digits(8), dl=R.choice("BDKS") + digits(7))
    else:
        cc, st, city, z, pre, nd = R.choice(INTL_ADDR)
        p.update(street=st, city=city, state="", country=cc, zip=z,
                 phone=pre + digits(nd), ssn=None,
                 passport=R.choice(["TZ", "C0", "PA", "N", "X"]) + digits(7), dl=None)
    em_first = first.lower().replace("ø", "o").replace("ł", "l").replace("é", "e").replace("ë", "e").replace("ý", "y")
    em_first = em_first.replace("á", "a").replace("ó", "o").replace("ð", "d").replace(" ", "")
    em_last = last.lower().replace(" ", "").replace("ż", "z").replace("ó", "o")
    p["emf"] = em_first
    p["eml"] = em_last.replace("-", "")
    p["email"] = R.choice(["%s.%s%d@%s", "%s%s%d@%s"]) % (em_first, em_last, dob.year % 100, R.choice(MAILDOM))
    p["amo"] = "AMO-%06d" % (4400 + i * 7 + R.randint(0, 6))
    p["sfid"] = "0035e00000" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz0123456789") for _ in range(5)) + R.choice(["AAJ", "AAM", "AAQ", "IAA"])
    p["opp"] = "0065e00000" + "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(5)) + "AAC"
    p["contract"] = "ASF-CT-25-%04d" % R.randint(100, 999)
    p["plan_id"] = mbi() if (old and us) else "GTM" + digits(10)
    p["harness"] = "BH3-%s%d-%s" % (R.choice("ABCK"), R.randint(1, 9), digits(7))
    p["mac"] = mac()
    p["ip"] = R.choice(["73.%d.%d.%d", "24.%d.%d.%d", "81.%d.%d.%d", "126.%d.%d.%d", "186.%d.%d.%d", "2601:1c2:%x:%x::%x"]) % (
        R.randint(1, 250), R.randint(1, 250), R.randint(1, 250))
    p["card"] = card()
    p["imei"] = imei()
    p["pnr"] = "".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(6))
    p["esta"] = digits(16)
    p["visa_case"] = "AIS-%s" % digits(8)
    p["ff"] = R.choice(["AA", "UA", "LH", "EK", "NH"]) + digits(9)
    p["kit"] = "KX%s" % digits(10)
    p["ec_rel"] = R.choice(REL)
    ec_first = R.choice(FIRST_M if p["ec_rel"] in ("son", "brother", "father") else FIRST_F if p["ec_rel"] in ("daughter", "sister") else FIRST_F + FIRST_M)
    p["ec_name"] = "%s %s" % (ec_first, last if R.random() < 0.6 else R.choice(LAST))
    p["ec_phone"] = p["phone"][:-2] + "%02d" % R.randint(0, 99)
    p["faa"] = "%s%s" % (R.choice(["C", "D"]), digits(9))
    p["faa_exam"] = TODAY - dt.timedelta(days=R.randint(20, 300))
    p["plate"] = "%s %s" % (R.choice(["8KDT", "TXP", "BZN", "OR"]), digits(3)) if us else None
    p["vin"] = vin()
    p["pacer"] = ("RNB6" + digits(5) + "S") if old else None
    return p


PEOPLE = []
olds = {3: 92, 11: 90}
for i in range(24):
    role = "crew" if i in (5, 9, 14, 19) else "participant"
    PEOPLE.append(person(i, role, olds.get(i)))
CREW = [p for p in PEOPLE if p["role"] == "crew"]


def who(crew_only=False):
    pool = CREW if crew_only else PEOPLE + [q for q in PEOPLE if q["age"] > 89]
    return R.choice(pool)


def full(p):
    return "%s %s" % (p["first"], p["last"])


def lastfirst(p, upper=False):
    s = "%s, %s" % (p["last"], p["first"])
    return s.upper() if upper else s


def age_item(p):
    return P(p["age"], "age") if p["age"] > 89 else p["age"]


def age_txt(p):
    return P(str(p["age"]), "age") if p["age"] > 89 else str(p["age"])


def fdate(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d-%b-%Y")
    if style == "de":
        return d.strftime("%d.%m.%Y")
    if style == "mdy-":
        return d.strftime("%m-%d-%Y")
    raise ValueError(style)


STAFF = [("Dr. Priya Venkataraman", "venkataraman", "pvenkataraman"), ("Dr. Marcus Oyelaran", "oyelaran", "moyelaran"),
         ("Dr. Helena Brandt-Sørensen", "brandt", "hbrandt"), ("RN Tomasz Kuehl", "kuehl", "tkuehl")]
STAFF_NPI = {s[1]: npi() for s in STAFF}
OPS = ["d.abernathy", "l.okafor", "s.whitcombe", "r.quinones"]
CRM_USERS = [("jtran", "Jessica Tran"), ("bmaier", "Benedikt Maier"), ("acho", "Annalise Cho")]
MISSION = "KS-14"
LAUNCH = dt.date(2025, 3, 22)

# --------------------------------------------------------------------------
# clock

CLOCK = [dt.datetime(2025, 3, 14, 5, 41, 7, 118000, tzinfo=dt.timezone.utc)]


def tick(lo=1, hi=40):
    CLOCK[0] += dt.timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def now():
    return CLOCK[0]


def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (t.microsecond // 1000)


def iso_s(t):
    return t.strftime("%Y-%m-%dT%H:%M:%SZ")


def epoch_ms(t):
    return int(t.timestamp() * 1000)


# --------------------------------------------------------------------------
# generators: each returns a list of Line


def g_screening(phi):
    t = tick()
    base = {"level": 30, "time": epoch_ms(t), "pid": 4121, "hostname": "medscreen-7c9f4-%s" % R.choice("abc"),
            "reqId": "req-" + hexs(6)}
    if not phi:
        base.update(R.choice([
            {"msg": "questionnaire schema loaded", "schema": "AMO-F-012", "rev": "C", "version": "3.8.%d" % R.randint(0, 9),
             "sha256": hexs(64)},
            {"msg": "request completed", "res": {"statusCode": R.choice([200, 200, 204, 304])}, "responseTime": R.randint(8, 190),
             "route": R.choice(["/v2/forms/:formId", "/v2/screenings/:id/status", "/healthz"])},
            {"msg": "pdf render queue depth", "depth": R.randint(0, 9), "worker": "pdfw-%d" % R.randint(1, 4)},
            {"msg": "waiver policy cache refreshed", "policies": 41, "etag": 'W/"%s"' % hexs(16), "traceId": hexs(32)},
            {"level": 40, "msg": "slow upstream", "upstream": "ehr-fhir.internal:8443", "ms": R.randint(1500, 4000),
             "spanId": hexs(16)},
        ]))
        return [jline("screening_json", base)]
    p = who()
    v = R.randint(0, 3)
    if v == 0:
        base.update({"msg": "screening.submitted", "participant": {"amoId": P(p["amo"], "mrn"), "name": P(full(p), "name"),
                     "dob": P(fdate(p["dob"], "iso"), "date")}, "form": "AMO-F-012 rev C", "items": 87,
                     "flags": R.sample(["HTN_CONTROLLED", "MOTION_SICKNESS_HX", "NONE", "STATIN", "LASIK_2019"], 2)})
    elif v == 1:
        base.update({"msg": "eligibility.decision", "amoId": P(p["amo"], "mrn"), "age": age_item(p),
                     "decision": R.choice(["CLEARED", "CLEARED_WITH_WAIVER", "DEFERRED"]),
                     "waiver": R.choice([None, "W-BP-2", "W-CARD-1"]), "reviewer": STAFF[R.randint(0, 2)][0]})
    elif v == 2:
        base.update({"msg": "contact.emergency.updated", "amoId": P(p["amo"], "mrn"),
                     "emergencyContact": {"name": P(p["ec_name"], "name"), "relationship": p["ec_rel"],
                                          "phone": P(p["ec_phone"], "phone")}})
    else:
        base.update({"level": 40, "msg": "duplicate screening detected", "matchOn": ["lastName", "dob"],
                     "lastName": P(p["last"], "name"), "dob": P(fdate(p["dob"], "iso"), "date"),
                     "candidates": [P(p["amo"], "mrn"), P("AMO-%06d" % R.randint(4000, 4600), "mrn")]})
    return [jline("screening_json", base, ascii_=R.random() < 0.5)]


def g_cfg(phi):
    t = tick()
    pre = "ts=%s level=%s app=cfg-ctl gondola=G%d " % (iso_ms(t), "info", R.randint(1, 2))
    run = "CF-250314-%02d" % R.randint(1, 30)
    L = Line("cfg_logfmt")
    if not phi:
        L.t(pre + R.choice([
            "event=interlock_check door=closed arm_rpm=0 estop=armed result=pass",
            "event=motor_temp run=%s stator_c=%.1f bearing_c=%.1f" % (run, R.uniform(40, 70), R.uniform(30, 55)),
            "event=profile_loaded profile=KS-ASCENT-3.5Gx rev=7 checksum=%s" % hexs(40),
            "event=profile_end run=%s dur_s=%d peak_gx=%.2f peak_gz=%.2f op=%s" % (run, R.randint(90, 400), R.uniform(3, 4.5), R.uniform(1, 4.5), R.choice(OPS)),
            "event=comm_link peer=10.60.1.%d:5020 latency_ms=%d" % (R.randint(2, 40), R.randint(1, 12)),
        ]))
        return [L]
    p = who()
    v = R.randint(0, 2)
    if v == 0:
        L.add(pre, "event=subject_seated run=%s subject=" % run, P(p["amo"], "mrn"), " harness_sn=", P(p["harness"], "device"),
              " ble_mac=", P(p["mac"], "device"), " op=%s" % R.choice(OPS))
    elif v == 1:
        L.add(pre, "event=run_summary run=%s subject=" % run, P(p["amo"], "mrn"), ' subject_name="', P(full(p), "name"),
              '" session_date=', P(fdate(TODAY, "iso"), "date"),
              " peak_gz=%.1f hr_max=%d spo2_min=%d gloc=%s aloc=false" % (R.uniform(3, 5), R.randint(110, 172), R.randint(90, 98), R.choice(["false", "false", "true"])))
    else:
        L.t(pre.replace("level=info", "level=warn"))
        L.add("event=abort_request run=%s reason=subject_call subject=" % run, P(p["amo"], "mrn"),
              ' note="subject reported nausea at 2.8Gz; age ', age_txt(p), ', repeat scheduled ',
              P(fdate(TODAY + dt.timedelta(days=R.randint(1, 5)), "iso"), "date"), '"')
    return [L]


def g_chamber(phi):
    t = tick()
    L = Line("chamber_kv")
    pre = "%s ALTCH2 " % t.strftime("%Y-%m-%d %H:%M:%S")
    if not phi:
        L.t(pre + R.choice([
            "EVT=PUMPDOWN ALT=%dft RATE=3000fpm CHAMBER_P=%.1fpsia" % (R.choice([8000, 18000, 25000]), R.uniform(5.4, 10.9)),
            "EVT=O2_PURITY VAL=%.1f%% SRC=LOX-B" % R.uniform(99.2, 99.9),
            "EVT=DOOR STATE=SEALED LEAK_RATE=%.2fpsi/min" % R.uniform(0.01, 0.09),
            "EVT=SELFTEST FW=ALTC-4.12.0 BUILD=%d RESULT=OK" % R.randint(2100, 2300),
            "EVT=RECOMPRESSION ALT=GROUND DUR=%ds INSIDE_OBS=%s" % (R.randint(200, 420), R.choice(OPS)),
        ]))
        return [L]
    p = who()
    if R.random() < 0.5:
        L.add(pre, "EVT=HYPOXIA_DEMO ALT=25000ft SEAT=%d SUBJ_ID=" % R.randint(1, 6), P(p["amo"], "mrn"), ' SUBJ="',
              P(lastfirst(p, True), "name"), '" SPO2_MIN=%d TUC=%dm%02ds SX="tingling,tunnel vision"' % (R.randint(62, 80), R.randint(2, 5), R.randint(0, 59)))
    else:
        L.add(pre, "EVT=ROSTER SEAT=%d SUBJ_ID=" % R.randint(1, 6), P(p["amo"], "mrn"), " DOB=", P(fdate(p["dob"], "us"), "date"),
              " MASK=MBU-20P SN_OXIMETER=", P("NX" + digits(8), "device"), " CLR=Y")
    return [L]


def g_biotel(phi):
    t = tick(1, 6)
    L = Line("biotel_csv")
    ts = iso_ms(t)
    if not phi:
        if R.random() < 0.5:
            L.t("%s,BH3-CAL0001,CAL-MANIKIN-01,%d,%d,%d,%.1f,%.2f,%d" % (ts, 60, 12, 99, 25.0, 1.00, 0))
        else:
            L.t("%s,GW,TLM-GW-0%d,rssi=%d,pkts=%d,loss=%.1f%%,fw=2.%d.%d" % (ts, R.randint(1, 4), R.randint(-80, -50), R.randint(800, 4000), R.uniform(0, 2), R.randint(0, 9), R.randint(0, 30)))
        return [L]
    p = who()
    L.add(ts, ",", P(p["harness"], "device"), ",", P(p["amo"], "mrn"),
          ",%d,%d,%d,%.1f,%.2f,%d" % (R.randint(62, 170), R.randint(10, 30), R.randint(88, 100), R.uniform(31, 35), R.uniform(0.9, 4.6), R.randint(-30, 30)))
    return [L]


def g_hl7(phi):
    t = tick()
    ctl = "MSG%05d" % R.randint(100, 99999)
    ts = t.strftime("%Y%m%d%H%M%S")
    if not phi:
        return [Line("hl7").t("MSH|^~\\&|AMO-EHR|ALDEBARAN|LABSYS|KSP-CLINIC|%s||ACK^R01|ACK%s|P|2.5.1" % (ts, ctl[3:])),
                Line("hl7").t("MSA|AA|%s|Message accepted" % ctl)]
    p = who()
    out = [Line("hl7").t("MSH|^~\\&|LABSYS|KSP-CLINIC|AMO-EHR|ALDEBARAN|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (ts, ctl))]
    L = Line("hl7")
    L.add("PID|1||", P(p["amo"], "mrn"), "^^^ALDEBARAN^MR~", P(p["passport"], "license"), "^^^%s^PPN||" % p["country"],
          P(p["last"].upper(), "name"), "^", P(p["first"].upper(), "name"), "||", P(fdate(p["dob"], "hl7"), "date"),
          "|%s|||" % p["sex"], P(p["street"], "address"), "^^", P(p["city"], "address"), "^%s^" % p["state"])
    if p["zip"]:
        L.add(P(p["zip"], "zip"))
    L.add("^%s||" % p["country"], P(p["phone"], "phone"), "|||||", P("ACC" + digits(8), "account"), "|")
    if p["ssn"] and R.random() < 0.5:
        L.add(P(p["ssn"].replace("-", ""), "ssn"))
    out.append(L)
    surg = STAFF[R.randint(0, 2)]
    out.append(Line("hl7").t("PV1|1|O|AMO^SCREEN^01||||%s^%s^%s^^^DR|||||||||||" % (STAFF_NPI[surg[1]], surg[1].upper(), surg[0].split()[1].upper())))
    coll = (t - dt.timedelta(minutes=R.randint(20, 300))).strftime("%Y%m%d%H%M")
    panel = R.choice([("57021-8", "CBC W Auto Differential panel", [("718-7", "Hemoglobin", "g/dL", "13.9"), ("4544-3", "Hematocrit", "%", "41.2"), ("777-3", "Platelets", "10*3/uL", "241")]),
                      ("24323-8", "Comprehensive metabolic 2000 panel", [("2345-7", "Glucose", "mg/dL", "94"), ("2160-0", "Creatinine", "mg/dL", "0.9"), ("2823-3", "Potassium", "mmol/L", "4.2")])])
    L = Line("hl7")
    L.add("OBR|1|ORD%s|" % digits(7), P("L25-" + digits(6), "other_id"), "|%s^%s^LN|||" % (panel[0], panel[1]), P(coll, "date"), "|||||||||%s^%s" % (STAFF_NPI[surg[1]], surg[1].upper()))
    out.append(L)
    for i, (code, nm, unit, val) in enumerate(panel[2], 1):
        out.append(Line("hl7").t("OBX|%d|NM|%s^%s^LN||%s|%s||N|||F" % (i, code, nm, val, unit)))
    return out


def g_fhir(phi):
    t = tick()
    meta = {"versionId": str(R.randint(1, 9)), "lastUpdated": iso_ms(t)}
    if not phi:
        obj = R.choice([
            {"resourceType": "CapabilityStatement", "status": "active", "date": "2025-01-09", "fhirVersion": "4.0.1",
             "software": {"name": "amo-ehr-fhir", "version": "5.2.%d" % R.randint(0, 20)}},
            {"resourceType": "OperationOutcome", "issue": [{"severity": "information", "code": "informational",
             "diagnostics": "Bundle processed in %dms, txn %s" % (R.randint(20, 900), uid())}]},
            {"resourceType": "Practitioner", "id": "pr-%s" % STAFF[0][1], "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": STAFF_NPI["venkataraman"]}],
             "name": [{"family": "Venkataraman", "given": ["Priya"], "prefix": ["Dr."]}], "qualification": [{"code": {"text": "Aerospace Medicine (ABPM)"}}]},
        ])
        return [jline("fhir", obj)]
    p = who()
    if R.random() < 0.5:
        obj = {"resourceType": "Patient", "id": P(p["amo"].lower(), "mrn"), "meta": meta,
               "identifier": [{"system": "urn:aldebaran:amo", "value": P(p["amo"], "mrn")},
                              {"type": {"text": "Passport"}, "value": P(p["passport"], "license")}],
               "name": [{"family": P(p["last"], "name"), "given": [P(p["first"], "name")]}], "gender": "female" if p["sex"] == "F" else "male",
               "birthDate": P(fdate(p["dob"], "iso"), "date"),
               "telecom": [{"system": "email", "value": P(p["email"], "email")}],
               "address": [{"line": [P(p["street"], "address")], "city": P(p["city"], "address"), "country": p["country"]}]}
        if p["zip"]:
            obj["address"][0]["postalCode"] = P(p["zip"], "zip")
    else:
        code = R.choice([("8867-4", "Heart rate", "/min", R.randint(55, 100)), ("59408-5", "SpO2", "%", R.randint(93, 100)),
                         ("8480-6", "Systolic blood pressure", "mm[Hg]", R.randint(105, 150))])
        obj = {"resourceType": "Observation", "id": uid(), "meta": meta, "status": "final",
               "code": {"coding": [{"system": "http://loinc.org", "code": code[0], "display": code[1]}]},
               "subject": {"reference": S("Patient/", P(p["amo"].lower(), "mrn"))},
               "effectiveDateTime": P((t - dt.timedelta(minutes=R.randint(1, 90))).strftime("%Y-%m-%dT%H:%M:00Z"), "date"),
               "valueQuantity": {"value": code[3], "unit": code[2]},
               "device": {"display": S("Zephyr BioHarness 3 SN ", P(p["harness"], "device"))}}
    return [jline("fhir", obj)]


def g_consult(phi):
    t = tick(20, 90)
    hdr = "%s CONSULT " % t.strftime("%Y-%m-%d %H:%M")
    s = R.choice(STAFF[:3])
    L = Line("consult_note")
    if not phi:
        L.t(hdr + R.choice([
            "[sys] note template AMO-CN v12 loaded, 14 sections",
            "[sys] co-sign queue: %d pending for %s" % (R.randint(0, 6), s[0]),
            "[sys] dictation service reconnect ok (vendor Nuance-compatible endpoint 203.0.113.%d:443)" % R.randint(2, 200),
        ]))
        return [L]
    p = who()
    v = R.randint(0, 2)
    if p["pacer"] and R.random() < 0.7:
        L.add(hdr, "[FS %s] Pt: " % s[0], P(full(p), "name"), " (", P(p["amo"], "mrn"), "), ", age_txt(p), " y/o %s, DOB " % p["sex"],
              P(fdate(p["dob"], "us"), "date"), ". PPM in situ (Azure XT DR MRI SureScan, SN ", P(p["pacer"], "device"),
              ") interrogated: normal function, battery 9.5y. Cleared for 3.5 Gx centrifuge; cardiology f/u ",
              P(fdate(TODAY + dt.timedelta(days=4), "iso"), "date"), ".")
    elif v == 0:
        L.add(hdr, "[FS %s] S: " % s[0], P(full(p), "name"), ", ", age_txt(p),
              " y/o, c/o motion sickness during cfg run 2. O: BP %d/%d, HR %d. A/P: scopolamine TD trial, re-run %s. Contact pt at " % (
                  R.randint(110, 140), R.randint(65, 90), R.randint(60, 95), "tomorrow"),
              P(p["phone"], "phone"), ".")
    elif v == 1:
        L.add(hdr, "[FS %s] %s %s MRN " % (s[0], MISSION, "crew" if p["role"] == "crew" else "SFP"), P(p["amo"], "mrn"),
              ": hx LASIK, vision 20/20 OU, ECG NSR, waiver W-BP-2 renewed. Exam date ", P(fdate(TODAY, "dmy"), "date"),
              ". EC ", P(p["ec_name"], "name"), " (%s) " % p["ec_rel"], P(p["ec_phone"], "phone"), ".")
    else:
        L.add(hdr, "[FS %s] Telecon w/ " % s[0], P(full(p), "name"), " re: post-flight vestibular sx since landing ",
              P(fdate(LAUNCH - dt.timedelta(days=R.choice([30, 44, 58])), "us"), "date"),
              ". Advised no driving x48h. Local GP letter to ", P(p["email"], "email"), ".")
    return [L]


def g_ready(phi):
    t = tick()
    host = "ldmr-01.ops.aldebaranspace.net"
    pre = "<134>1 %s %s readiness %d " % (iso_ms(t), host, R.randint(3000, 3400))
    L = Line("readiness_syslog")
    if not phi:
        L.t(pre + R.choice([
            "POLL - board poll complete mission=%s go=%d nogo=0 hold=%d" % (MISSION, R.randint(3, 6), R.randint(0, 1)),
            'OPS [meta mission="%s"] T-%02d:%02d:00 medical poll opened; PIC Capt. %s' % (MISSION, R.randint(1, 5), R.choice([0, 30]), full(CREW[0])),
            "HB - heartbeat seq=%d build=ldmr-2.4.1+%s" % (R.randint(1000, 9999), hexs(7)),
        ]))
        return [L]
    p = who()
    if R.random() < 0.6:
        L.add(pre, 'GONOGO [meta seat="%d" mission="%s"] subject=' % (R.randint(1, 6), MISSION), P(p["amo"], "mrn"),
              " bp=%d/%d hr=%d temp=%.1f tox=NEG status=%s signer=%s" % (R.randint(108, 148), R.randint(64, 92), R.randint(55, 99), R.uniform(36.2, 37.3), R.choice(["GO", "GO", "GO", "HOLD"]), R.choice(STAFF[:3])[1]))
    else:
        L.add(pre, 'GONOGO [meta seat="%d" mission="%s"] subject=' % (R.randint(1, 6), MISSION), P(p["amo"], "mrn"), ' name="',
              P(lastfirst(p), "name"), '" age=', age_txt(p), ' flight_date=', P(fdate(LAUNCH, "iso"), "date"), ' status=GO')
    return [L]


def g_recov(phi):
    tick()
    L = Line("recovery_pipe")
    if not phi:
        L.t(R.choice([
            "RECOV|%s|HDR|capsule=HALCYON-2|lz=LZ-B|grid=13R EK 4412 8840|wind=12kt|med_team=%s" % (MISSION, ",".join(R.sample(OPS, 2))),
            "RECOV|%s|EQUIP|aed=ZOLL-AED3 lot=%s|o2=D-cyl x4|litter=2" % (MISSION, "L" + digits(6)),
        ]))
        return [L]
    p = who()
    L.add("RECOV|%s|S%d|" % (MISSION, R.randint(1, 6)), P(p["amo"], "mrn"), "|", P(p["last"].upper(), "name"), "^",
          P(p["first"].upper(), "name"), "|L+00:%02d|" % R.randint(5, 40), P(fdate(LAUNCH, "iso"), "date"),
          "|HR %d|BP %d/%d|ORTHO=%s|DISP=%s|MEDIC=%s" % (R.randint(70, 120), R.randint(100, 150), R.randint(60, 95), R.choice("+-"),
                                                          R.choice(["AMBULATORY", "AMBULATORY", "LITTER", "OBS 2H"]), R.choice(OPS)))
    return [L]


def g_travel(phi):
    t = tick()
    base = {"timestamp": iso_ms(t), "level": "info", "logger": "", "event": ""}
    if not phi:
        base.update(R.choice([
            {"logger": "travel.fares", "event": "fare_cache_refresh", "carrier": R.choice(["AA", "UA", "WN"]), "routes": R.randint(4, 30), "elapsed_ms": R.randint(200, 3000)},
            {"logger": "travel.visa", "event": "visa_rules_sync", "country": R.choice(["BR", "JP", "NG", "IN", "AE"]), "source": "travel.state.gov", "rules": R.randint(10, 80)},
            {"logger": "travel.hotel", "event": "block_availability", "hotel": "Hampton Inn Van Horn", "hotel_addr": "1921 W Broadway St, Van Horn, TX 79855",
             "rooms_free": R.randint(0, 12), "block_code": "ALDK14"},
            {"logger": "site.badge", "event": "reader_sync", "reader": "PLS-GATE-%d" % R.randint(1, 4), "fw": "4.0.%d" % R.randint(1, 9), "templates": R.randint(80, 200)},
        ]))
        return [jline("travel_json", base, sep=(", ", ": "))]
    p = who()
    v = R.randint(0, 4)
    if v == 0 and p["country"] in ("GB", "JP", "DE", "AU"):
        base.update({"logger": "travel.visa", "event": "esta_check", "traveler": P(lastfirst(p), "name"),
                     "esta_no": P(p["esta"], "other_id"), "status": "AUTHORIZATION APPROVED", "passport_last4": p["passport"][-4:]})
    elif v == 0 and p["country"] == "US":
        base.update({"logger": "travel.docs", "event": "passport_validity_check", "traveler": P(full(p), "name"),
                     "passport_no": P(p["passport"], "license"), "expires": P(fdate(mkdate(2026, 2034), "iso"), "date"),
                     "rule": "valid_6mo_after_return", "result": "PASS"})
    elif v == 0:
        base.update({"logger": "travel.visa", "event": "visa_status_update",
                     "traveler": {"name": P(full(p), "name"), "passport_no": P(p["passport"], "license"), "nationality": p["country"]},
                     "visa": {"type": "B-1", "case_no": P(p["visa_case"], "other_id"), "interview": P(fdate(TODAY - dt.timedelta(days=R.randint(10, 60)), "iso"), "date"),
                              "status": R.choice(["ISSUED", "AP_221G", "SCHEDULED"])}, "coordinator": "bmaier"})
    elif v == 1:
        base.update({"logger": "travel.hotel", "event": "hotel_block_assign", "pnr": P(p["pnr"], "other_id"), "guest": P(lastfirst(p), "name"),
                     "hotel": "Hampton Inn Van Horn", "hotel_addr": "1921 W Broadway St, Van Horn, TX 79855",
                     "checkin": P(fdate(LAUNCH - dt.timedelta(days=R.randint(2, 5)), "iso"), "date"), "nights": R.randint(4, 7)})
    elif v == 2:
        base.update({"logger": "travel.air", "event": "itinerary_ticketed", "pnr": P(p["pnr"], "other_id"), "pax": P(full(p), "name"),
                     "ff": P(p["ff"], "other_id"), "segments": ["%s-DFW" % R.choice(["NRT", "LHR", "GRU", "DXB", "MUC"]), "DFW-ELP"],
                     "ticket": "001" + digits(10), "fare_usd": R.randint(900, 14000)})
    elif v == 3:
        base.update({"logger": "site.badge", "event": "badge_enroll", "subject": P(p["amo"], "mrn"), "badge": "PLS-V-%04d" % R.randint(1, 9999),
                     "face_template": P(b64blob(R.randint(90, 140)), "biometric"),
                     "photo_jpeg": P(b64blob(R.randint(100, 180), b"\xff\xd8\xff\xe0\x00\x10JFIF"), "photo")})
    else:
        vv = p["vin"]
        base.update({"logger": "site.parking", "event": "vehicle_registered", "subject": P(p["amo"], "mrn"),
                     "plate": P(p["plate"], "vehicle") if p["plate"] else None, "vin": P(vv, "vehicle"),
                     "lot": "PLS-VISITOR-B", "valid_until": "2025-03-24"})
    return [jline("travel_json", base, sep=(", ", ": "))]


def g_crm(phi):
    t = tick()
    user = R.choice(CRM_USERS)
    if not phi:
        if R.random() < 0.5:
            L = Line("crm")
            L.t('"%s","ApiLimit","%s","DailyApiRequests","remaining=%d","max=150000"' % (iso_s(t), "0055e000003" + hexs(4).upper() + "AAQ", R.randint(90000, 149000)))
            return [L]
        obj = {"event": R.choice(["bulk.job.completed", "flow.interview.finished"]), "jobId": "7505e00000" + hexs(5).upper() + "AAB",
               "records": R.randint(20, 900), "org": "00D5e0000001ALDAAM", "apiVersion": "61.0", "ts": iso_s(t)}
        return [jline("crm", obj)]
    p = who()
    v = R.randint(0, 3)
    L = Line("crm")
    if v == 0:
        fld, val, cat = R.choice([("MobilePhone", p["phone"], "phone"), ("Email", p["email"], "email"),
                                  ("MailingStreet", p["street"], "address"), ("Birthdate", fdate(p["dob"], "iso"), "date")]
                                 + ([("SSN__c", p["ssn"], "ssn")] if p["ssn"] else []))
        L.add('"%s","FieldHistory","%s","Contact","' % (iso_s(t), user[0]), P(p["sfid"], "other_id"), '","%s","","' % fld, P(val, cat), '"')
        return [L]
    if v == 1:
        obj = {"sobject": "Opportunity", "Id": P(p["opp"], "account"), "Name": S(P(p["last"], "name"), " - %s Seat" % MISSION),
               "StageName": R.choice(["Deposit Received", "Contract Signed", "Medical Hold"]), "Amount": R.choice([450000, 55000000, 600000]),
               "Contract__c": P(p["contract"], "account"), "OwnerName": user[1], "Website__c": P("https://www.%s%s.com/" % (p["emf"][:3], p["eml"][:8]), "url")}
        return [jline("crm", obj)]
    if v == 2:
        valid = R.random() < 0.7
        obj = {"event": "payment.%s" % ("captured" if valid else "refused"), "psp": "adyen", "pspReference": digits(16),
               "merchantReference": P("INV-25-%05d" % R.randint(100, 99999), "account"), "amount": {"currency": "USD", "value": R.randint(50000, 2500000)},
               "cardHolder": P(full(p), "name"), "pan": P(card(valid), "account"),
               "reason": None if valid else "Invalid Card Number", "shopperIP": P(p["ip"], "ip")}
        return [jline("crm", obj)]
    obj = {"event": "contact.merged", "winner": P(p["sfid"], "other_id"), "loser": P("0035e00000" + hexs(5).upper() + "AAJ", "other_id"),
           "by": user[0], "card_last4": "****" + p["card"][-4:], "note": S("merged dup created from web form by ", P(p["email"], "email"))}
    return [jline("crm", obj)]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:123.0) Gecko/20100101 Firefox/123.0"]


def g_portal(phi):
    t = tick(1, 10)
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S +0000]")
    L = Line("portal_access")
    if not phi:
        L.t(R.choice([
            '10.20.0.%d - - %s "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" rt=0.001' % (R.randint(2, 9), ts),
            '66.249.66.%d - - %s "GET /robots.txt HTTP/1.1" 200 68 "-" "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)" rt=0.002' % (R.randint(1, 200), ts),
            '198.51.100.%d - - %s "GET /static/app.%s.js HTTP/2.0" 200 %d "https://portal.aldebaranspace.com/" "%s" rt=0.004' % (R.randint(1, 250), ts, hexs(8), R.randint(80000, 300000), R.choice(UA)),
            '203.0.113.%d - - %s "HEAD / HTTP/1.1" 200 0 "-" "UptimeRobot/2.0" rt=0.003' % (R.randint(1, 250), ts),
        ]))
        return [L]
    p = who()
    tgt = R.choice(["/portal/p/%s/documents?tab=medical" % p["amo"], "/portal/p/%s/training/schedule" % p["amo"],
                    "/api/v1/participants/%s/consents/AMO-C-7.pdf" % p["amo"],
                    "/portal/login?email=%s&next=%%2Fportal%%2Fhome" % urllib.parse.quote(p["email"], safe="")])
    st = R.choice([200, 200, 200, 302, 304, 403])
    L.add(P(p["ip"], "ip"), " - - %s \"%s " % (ts, "POST" if "login" in tgt else "GET"), P(tgt, "url"),
          ' HTTP/2.0" %d %d "https://portal.aldebaranspace.com/portal/home" "%s" rt=0.%03d' % (st, R.randint(200, 90000), R.choice(UA), R.randint(5, 400)))
    return [L]


def g_java(phi):
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    th = "nio-8080-exec-%d" % R.randint(1, 12)
    out = []
    if not phi:
        kind = R.choice(["s3", "npe"])
        if kind == "s3":
            out.append(Line("java_trace").t("%s ERROR 1 --- [%s] c.a.amo.docs.DocumentArchiver        : Upload failed for object key docs/%s.pdf (attempt 3/3)" % (ts, th, uid())))
            out.append(Line("java_trace").t("software.amazon.awssdk.core.exception.SdkClientException: Unable to execute HTTP request: Read timed out (SDK Attempt Count: 3)"))
            frames = ["software.amazon.awssdk.core.exception.SdkClientException$BuilderImpl.build(SdkClientException.java:111)",
                      "com.aldebaran.amo.docs.DocumentArchiver.put(DocumentArchiver.java:88)"]
        else:
            out.append(Line("java_trace").t("%s ERROR 1 --- [%s] c.a.amo.pdf.ConsentRenderer           : Render failed, template=AMO-C-7 v%d" % (ts, th, R.randint(3, 9))))
            out.append(Line("java_trace").t("java.lang.NullPointerException: Cannot invoke \"String.length()\" because \"field\" is null"))
            frames = ["com.aldebaran.amo.pdf.ConsentRenderer.fill(ConsentRenderer.java:143)",
                      "com.aldebaran.amo.pdf.ConsentRenderer.render(ConsentRenderer.java:61)"]
        for f in frames + ["org.springframework.scheduling.support.DelegatingErrorHandlingRunnable.run(DelegatingErrorHandlingRunnable.java:54)"]:
            out.append(Line("java_trace").t("\tat " + f))
        return out
    p = who()
    out.append(Line("java_trace").t("%s ERROR 1 --- [%s] c.a.amo.records.ParticipantService     : Failed to merge participant record" % (ts, th)))
    L = Line("java_trace")
    L.add("com.aldebaran.amo.records.DuplicateParticipantException: passport ", P(p["passport"], "license"), " already linked to ",
          P(p["amo"], "mrn"), " (", P(lastfirst(p), "name"), ")")
    out.append(L)
    for f in ["com.aldebaran.amo.records.ParticipantService.merge(ParticipantService.java:212)",
              "com.aldebaran.amo.records.ParticipantController.update(ParticipantController.java:77)",
              "java.base/jdk.internal.reflect.DirectMethodHandleAccessor.invoke(DirectMethodHandleAccessor.java:103)"]:
        out.append(Line("java_trace").t("\tat " + f))
    out.append(Line("java_trace").t("Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"participant_passport_uk\""))
    L = Line("java_trace")
    L.add("  Detail: Key (passport_no)=(", P(p["passport"], "license"), ") already exists.")
    out.append(L)
    out.append(Line("java_trace").t("\t... 48 common frames omitted"))
    return out


def g_pg(phi):
    t = tick()
    pre = "%s.%03d UTC [%d] " % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, R.randint(2000, 9000))
    L = Line("pg_log")
    if not phi:
        L.t(pre + R.choice([
            "LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, 1 recycled; write=%.3f s" % (R.randint(100, 4000), R.uniform(0.1, 5), R.uniform(1, 30)),
            "amo_ro@amo_records LOG:  connection authorized: user=amo_ro database=amo_records application_name=metabase SSL enabled (protocol=TLSv1.3)",
            "LOG:  automatic vacuum of table \"amo_records.public.telemetry_sample\": index scans: 1, pages: 0 removed, %d remain" % R.randint(1000, 90000),
            "amo_app@amo_records LOG:  duration: %.3f ms  statement: SELECT count(*) FROM screening WHERE status = 'PENDING'" % R.uniform(1, 900),
        ]))
        return [L]
    p = who()
    if R.random() < 0.5:
        L.add(pre, "amo_app@amo_records LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,\"SELECT id, amo_no, status FROM participant WHERE last_name = '" % R.randint(1, 900),
              P(p["last"].replace("'", "''"), "name"), "' AND birth_date = '", P(fdate(p["dob"], "iso"), "date"), "'\",<not logged>")
    else:
        L.add(pre, "amo_app@amo_records LOG:  AUDIT: SESSION,%d,1,WRITE,UPDATE,,,\"UPDATE participant SET phone = '" % R.randint(1, 900),
              P(p["phone"], "phone"), "', updated_by = 'jtran' WHERE amo_no = '", P(p["amo"], "mrn"), "'\",<not logged>")
    return [L]


def g_sms(phi):
    t = tick()
    pre = "%s sms-gw " % iso_s(t)
    L = Line("sms_gw")
    if not phi:
        L.t(pre + "INFO status sid=SM%s status=%s err=%s price=-0.0079 account=AC%s" % (hexs(32), R.choice(["delivered", "sent", "undelivered"]), R.choice(["0", "0", "30003"]), hexs(32)))
        return [L]
    p = who()
    if R.random() < 0.65:
        appt = TODAY + dt.timedelta(days=R.randint(1, 6))
        what = R.choice(["altitude chamber session", "centrifuge run", "flight surgeon review", "bloodwork (fasting)"])
        L.add(pre, "INFO outbound sid=SM%s to=" % hexs(32), P(p["phone"].replace("-", "").replace(" ", ""), "phone"),
              ' from=+12535550140 segs=2 body="Hi ', P(p["first"], "name"), ", this is Aldebaran Aerospace Medicine. Reminder: %s on " % what,
              P(appt.strftime("%a %d %b"), "date"), ' 08:00. Reply C to confirm."')
    else:
        L.add(pre, "INFO inbound sid=SM%s from=" % hexs(32), P(p["phone"].replace("-", "").replace(" ", ""), "phone"),
              ' to=+12535550140 body="', R.choice(["Running 10 min late", "C", "Can we move to Thursday?"]), " - ", P(p["first"], "name"), '"')
    return [L]


def g_x12(phi):
    t = tick()
    ctl = "%09d" % R.randint(1000, 99999)
    isa = "ISA*00*          *00*          *ZZ*ALDEBARANAMO   *ZZ*GLOBALTRVLMED  *%s*%s*^*00501*%s*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)
    L = Line("x12")
    if not phi:
        L.t(isa + "GS*FA*GLOBALTRVLMED*ALDEBARANAMO*%s*%s*%d*X*005010X231A1~ST*999*0001*005010X231A1~AK1*HS*%d*005010X279A1~AK9*A*1*1*1~SE*4*0001~GE*1*%d~IEA*1*%s~" % (
            t.strftime("%Y%m%d"), t.strftime("%H%M"), int(ctl), R.randint(100, 9999), int(ctl), ctl))
        return [L]
    p = who()
    L.add(isa, "GS*HS*ALDEBARANAMO*GLOBALTRVLMED*%s*%s*%d*X*005010X279A1~ST*270*0001*005010X279A1~BHT*0022*13*TRN%s*%s*%s~" % (
        t.strftime("%Y%m%d"), t.strftime("%H%M"), int(ctl), digits(4), t.strftime("%Y%m%d"), t.strftime("%H%M")),
        "HL*1**20*1~NM1*PR*2*GLOBAL TRAVEL MEDICAL*****PI*GTM01~HL*2*1*21*1~NM1*1P*2*ALDEBARAN SPACEFLIGHT AMO*****XX*%s~" % STAFF_NPI["oyelaran"],
        "HL*3*2*22*0~TRN*1*93175-%s*9877281234~NM1*IL*1*" % digits(4), P(p["last"].upper(), "name"), "*",
        P(p["first"].upper(), "name"), "****MI*", P(p["plan_id"], "health_plan"), "~", *([("REF*SY*"), P(p["ssn"].replace("-", ""), "ssn"), "~"] if p["ssn"] else []), "DMG*D8*", P(fdate(p["dob"], "hl7"), "date"),
        "*%s~DTP*291*D8*" % p["sex"], P(fdate(LAUNCH, "hl7"), "date"), "~EQ*30~SE*13*0001~GE*1*%d~IEA*1*%s~" % (int(ctl), ctl))
    return [L]


def g_ecg(phi):
    t = tick()
    L = Line("ecg_xml")
    if not phi:
        L.t('<?xml version="1.0" encoding="UTF-8"?><InterfaceStatus host="muse-gw-01" ver="9.0.9"><Queue>ECG_IN</Queue><Pending>%d</Pending><LastPoll>%s</LastPoll></InterfaceStatus>' % (R.randint(0, 4), iso_s(t)))
        return [L]
    p = who()
    L.add('<?xml version="1.0" encoding="UTF-8"?><RestingECG><MuseInfo><MuseVersion>9.0.9</MuseVersion></MuseInfo><PatientDemographics><PatientID>',
          P(p["amo"], "mrn"), "</PatientID><PatientAge>", age_txt(p), "</PatientAge><AgeUnits>YEARS</AgeUnits><DateofBirth>",
          P(fdate(p["dob"], "mdy-"), "date"), "</DateofBirth><Gender>%s</Gender><PatientLastName>" % ("FEMALE" if p["sex"] == "F" else "MALE"),
          P(p["last"].upper(), "name"), "</PatientLastName><PatientFirstName>", P(p["first"].upper(), "name"),
          "</PatientFirstName></PatientDemographics><TestDemographics><AcquisitionDevice>MAC55</AcquisitionDevice><AcquisitionDate>",
          P(fdate(TODAY, "mdy-"), "date"), "</AcquisitionDate><CartNumber>%d</CartNumber><OrderingMDLastName>%s</OrderingMDLastName></TestDemographics>" % (R.randint(1, 9), R.choice(STAFF[:3])[1].upper()),
          "<RestingECGMeasurements><VentricularRate>%d</VentricularRate><QTCorrected>%d</QTCorrected></RestingECGMeasurements></RestingECG>" % (R.randint(50, 95), R.randint(380, 450)))
    return [L]


def g_infra(phi):
    t = tick()
    ts = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
    host = R.choice(["amo-app-03", "amo-db-01", "ops-bastion", "k8s-node-07"])
    return [Line("infra_syslog").t("%s %s %s" % (ts, host, R.choice([
        "sshd[%d]: Accepted publickey for deploy from 10.40.2.%d port %d ssh2: ED25519 SHA256:%s" % (R.randint(1000, 40000), R.randint(2, 60), R.randint(30000, 65000), b64blob(32)[:43]),
        "CRON[%d]: (root) CMD (/usr/local/bin/backup-amo.sh --target s3://ald-amo-backup/%s)" % (R.randint(1000, 40000), t.strftime("%Y/%m/%d")),
        "kernel: [UFW BLOCK] IN=eth0 OUT= MAC=%s SRC=185.220.101.%d DST=203.0.113.21 LEN=44 PROTO=TCP SPT=%d DPT=22" % ("02:42:ac:11:00:02:02:42:ac:11:00:01:08:00", R.randint(1, 250), R.randint(1024, 65000)),
        "systemd[1]: Started amo-records.service - AMO Records API (v%d.%d.%d)." % (R.randint(3, 4), R.randint(0, 20), R.randint(0, 9)),
        "kubelet[%d]: I0314 %s  pod_workers.go:1298] \"Pod synced\" pod=\"amo/medscreen-7c9f4-%s\" podUID=\"%s\"" % (R.randint(800, 999), t.strftime("%H:%M:%S.%f"), hexs(5), uid()),
    ])))]


def g_chat(phi):
    t = tick()
    staff = R.choice([("U04QX2M8L", "priya.v"), ("U03AB1ZZ7", "marcus.o"), ("U05KLM2P1", "lena.okafor"), ("U02TTQ9RX", "ben.maier")])
    obj = {"type": "message", "user": staff[0], "user_name": staff[1], "channel": "C0AMOOPS1", "ts": "%d.%06d" % (int(t.timestamp()), R.randint(0, 999999))}
    if not phi:
        obj["text"] = R.choice(["centrifuge G1 back online after bearing swap, WO-%d" % R.randint(20000, 29999),
                                "reminder: chamber O2 recert Thursday, vendor tech arrives 0700",
                                "KS-14 med poll moved to T-3h per flight director",
                                "Hope everyone got coffee, briefing room B in 10",
                                "new build of medscreen (3.8.%d) is live, ping me if forms look off" % R.randint(0, 9)])
        return [jline("ops_chat", obj)]
    p = who()
    obj["text"] = R.choice([
        S(P(p["last"], "name"), " (", P(p["amo"], "mrn"), ") cleared for cfg tomorrow, harness ", P(p["harness"], "device"), " assigned"),
        S("can someone call ", P(full(p), "name"), "'s ", p["ec_rel"], " ", P(p["ec_name"], "name"), " back at ", P(p["ec_phone"], "phone"), "? re: travel"),
        S("heads up: ", P(full(p), "name"), " is ", age_txt(p), ", keep the chamber profile at 18k max"),
    ])
    return [jline("ops_chat", obj, ascii_=True)]


def g_faa(phi):
    t = tick()
    if not phi:
        return [Line("faa_roster").t(R.choice([
            "CREW MEDICAL CERT ROSTER           RUN %s   PAGE %d" % (t.strftime("%Y-%m-%d %H:%M"), R.randint(1, 3)),
            "NAME                    CERT NO     CL EXAM DATE  EXPIRES   ",
            "------------------------------------------------------------",
        ]))]
    p = who(crew_only=True)
    nm = lastfirst(p, True)
    ex = p["faa_exam"]
    L = Line("faa_roster")
    L.add(P(nm, "name"), " " * max(1, 24 - len(nm)), P(p["faa"], "license"), " " * (12 - len(p["faa"])), "1  ",
          P(ex.strftime("%Y-%m-%d"), "date"), " ", P((ex + dt.timedelta(days=365)).strftime("%Y-%m"), "date"))
    return [L]


GENS = [  # (gen, weight, phi probability)
    (g_screening, 8, 0.6), (g_cfg, 7, 0.55), (g_chamber, 5, 0.5), (g_biotel, 8, 0.5), (g_hl7, 3, 0.7),
    (g_fhir, 5, 0.6), (g_consult, 4, 0.75), (g_ready, 5, 0.55), (g_recov, 3, 0.6), (g_travel, 6, 0.55),
    (g_crm, 6, 0.6), (g_portal, 8, 0.5), (g_java, 1, 0.5), (g_pg, 5, 0.5), (g_sms, 5, 0.55),
    (g_x12, 2, 0.6), (g_ecg, 3, 0.6), (g_infra, 6, 0.0), (g_chat, 4, 0.5), (g_faa, 3, 0.5),
]


def build():
    lines = []
    total_w = sum(g[1] for g in GENS)
    while len(lines) < N_LINES:
        x = R.uniform(0, total_w)
        for g, w, pp in GENS:
            x -= w
            if x <= 0:
                break
        room = N_LINES - len(lines)
        recs = g(R.random() < pp)
        if len(recs) > room:
            continue
        lines.extend(recs)
    return lines


def verify(lines):
    assert len(lines) == N_LINES, len(lines)
    for n, L in enumerate(lines, 1):
        b = bytes(L.buf)
        assert b, "empty line %d" % n
        assert b"\n" not in b and b"\r" not in b, "newline in line %d" % n
        b.decode("utf-8")
        prev = 0
        for sp in sorted(L.spans, key=lambda s: s["s"]):
            assert 0 <= sp["s"] < sp["e"] <= len(b), ("bounds", n, sp)
            assert sp["s"] >= prev, ("overlap", n, sp)
            prev = sp["e"]
            got = b[sp["s"]:sp["e"]].decode("utf-8")
            assert got == sp["raw"], ("raw mismatch", n, got, sp)
            if sp["enc"] == "json":
                assert json.loads('"' + got + '"') == sp["v"], ("json decode", n, sp)
            elif sp["cat"] != "url":
                assert got == sp["v"], ("value", n, got, sp)
            assert sp["cat"] in CATS, ("cat", n, sp)


CATS = {"name", "address", "zip", "date", "age", "phone", "fax", "email", "ssn", "mrn", "health_plan", "account",
        "license", "vehicle", "device", "url", "ip", "biometric", "photo", "other_id"}


def main():
    lines = build()
    try:
        verify(lines)
    except AssertionError as e:
        sys.exit("VERIFY FAILED: %r" % (e,))
    with open("sf.log", "wb") as f:
        for L in lines:
            f.write(bytes(L.buf) + b"\n")
    with open("sf.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for n, L in enumerate(lines, 1):
            spans = [{"s": s["s"], "e": s["e"], "cat": s["cat"]} for s in sorted(L.spans, key=lambda s: s["s"])]
            f.write(json.dumps({"line": n, "family": L.family, "spans": spans}) + "\n")
    nophi = sum(1 for L in lines if not L.spans)
    cats = {}
    for L in lines:
        for s in L.spans:
            cats[s["cat"]] = cats.get(s["cat"], 0) + 1
    print("lines=%d no_phi=%d (%.1f%%)" % (len(lines), nophi, 100.0 * nophi / len(lines)))
    print(json.dumps(dict(sorted(cats.items(), key=lambda kv: -kv[1]))))


if __name__ == "__main__":
    main()
