#!/usr/bin/env python3
"""gen_rg.py - labeled synthetic log corpus "rg".

Organisation: Halcyon Midlife Health, Inc. (fictional), a direct-to-consumer
menopause / hormone-therapy telehealth startup, 1450 Larimer St Ste 600,
Denver CO 80202.  Everything here is synthetic.  Standard library only,
fixed seed -> byte-identical output.  Writes rg.log and rg.labels.jsonl in
the current directory.

Systems simulated (one SIEM / log-shipper export, interleaved):
  1. intake-api (pino JSON): menopause intake questionnaires, EN + ES forms
  2. idv vendor webhook (JSON): ID check for testosterone (C-III) Rx
  3. asyncvisit (logfmt): async video visits, recordings, clinician queue
  4. e-prescribing: NCPDP SCRIPT 2017071 NewRx XML (one line per message)
  5. erx-dispatch worker (Java log4j lines + stack traces)
  6. Bluestem mail-order pharmacy status feed (pipe-delimited, HDR/TRL)
  7. billing-svc: Stripe webhooks (JSON) + dunning key=value lines
  8. Clarion Diagnostics lab partner: HL7 v2.5.1 ORU^R01 (segment per line)
  9. KitOps lab-kit shipments (CSV export) + home-draw dispatch (kv)
 10. community forum moderation (key=value)
 11. marketing analytics: Segment track/identify events (JSON)
 12. support desk: Zendesk ticket events (JSON) + chat transcript lines
 13. Twilio SMS logs (kv)
 14. nginx access logs (combined + timings)
 15. PostgreSQL server log (slow statements, autovacuum)
 16. Kubernetes / host syslog (RFC 5424 and BSD)
 17. EHR FHIR R4 export (Patient, MedicationRequest, Coverage, Observation)
 18. X12 270 eligibility requests for lab coverage (segment per line)
 19. clinician visit notes (free text, SOAP)
 20. chart-access audit (fixed width) and Auth0 tenant logs (JSON)

Labeling decisions (grey cases):
  - Patients (and prospective patients in the consumer funnel) are the
    persons served.  Their relatives / emergency contacts are labeled too.
  - Clinicians (NP/MD names, NPI, DEA), support agents, moderators,
    phlebotomists, engineers: not PHI.  Pharmacy, lab, org addresses,
    phones, faxes, emails, NCPDP IDs, CLIA numbers: not PHI.
  - Halcyon patient number HLC####### and EHR numeric patient id (FHIR
    Patient/<id>) -> mrn.  Lab partner's own patient id (PID-3 PI) -> mrn.
  - Identifiers of a patient's own visit (VV-...), prescription (Rx number),
    lab order (LO-...), specimen accession, kit barcode, carrier tracking
    number of a shipment to the patient, Auth0 user_id, forum handle,
    IDV inquiry reference -> other_id.
  - Support ticket numbers, Stripe event/invoice/payment-intent ids, trace,
    request and session ids, X12 control/TRN numbers, NDCs, lot numbers,
    SKUs: not PHI.  Stripe customer (cus_) and subscription (sub_) ids ->
    account.  Card last4 alone: not PHI.  Full card numbers -> account, also
    a mistyped (Luhn-invalid) one a patient typed.
  - Segment anonymousId, iOS IDFV, wearable serials -> device.  Client IPs
    of consumers (app and marketing site) -> ip.  Health checks, bots,
    internal 10.x, vendor and AWS server IPs: not PHI.
  - SHA-256 hashed emails sent to ad platforms -> other_id (a stable
    per-person key).  ZIP3 in analytics is not labeled; 5-digit ZIP -> zip.
  - Relative request paths carrying a patient id: only the id is labeled
    (mrn / other_id).  Absolute URLs that identify the person (magic links,
    presigned recording URLs with the patient id, personal pages) -> url as
    a whole.
  - Dates tied to the patient (DOB, LMP, visit, Rx written, fill/ship,
    collection, service, renewal / next retry) -> date.  Log timestamps,
    event created times, schema dates, expiry of tokens: not PHI.
  - Ages <= 89 not labeled ("52yo F"); a relative's age over 89 -> age.
  - City in a patient's address -> address; a city mentioned casually in a
    forum post or as a lab/pharmacy site -> not labeled.  States: never.
  - Name parts in separate fields (XML LastName/FirstName, HL7 ^, X12 *)
    get one span each; a first name alone in an SMS body is labeled name.
  - A ZIP+4 extension returned in its own field (plus4) -> zip; a
    truncated ZIP in an error message -> zip.
  - Selfie base64 -> photo; IDV face template -> biometric; driver's
    licence number -> license; car plate mentioned for a curbside draw ->
    vehicle.
"""
import hashlib
import json
import random
import datetime as dt
import urllib.parse

SEED = 20240507
R = random.Random(SEED)
ORG_DOM = "halcyonhealth.com"

# ---------------------------------------------------------------- builders
class P:
    """PHI value with category."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class M:
    """Mixed string made of plain str and P parts."""
    def __init__(self, *parts):
        self.parts = parts


class O:
    """Ordered JSON object."""
    def __init__(self, *pairs):
        self.pairs = [p for p in pairs if p is not None]


class L:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []  # (s, e, cat, expected_text)

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        s = str(s)
        st = len(self.buf)
        self.buf += s.encode("utf-8")
        self.spans.append((st, len(self.buf), cat, s))
        return self

    def x(self, *parts):
        """Append a sequence of str / P."""
        for q in parts:
            if isinstance(q, P):
                self.p(q.v, q.cat)
            else:
                self.t(q)
        return self


def jesc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def jemit(l, v, ascii_=True, sp=False):
    isep = ", " if sp else ","
    ksep = ": " if sp else ":"
    if isinstance(v, O):
        l.t("{")
        for i, (k, val) in enumerate(v.pairs):
            if i:
                l.t(isep)
            l.t(json.dumps(k) + ksep)
            jemit(l, val, ascii_, sp)
        l.t("}")
    elif isinstance(v, list):
        l.t("[")
        for i, val in enumerate(v):
            if i:
                l.t(isep)
            jemit(l, val, ascii_, sp)
        l.t("]")
    elif isinstance(v, P):
        if isinstance(v.v, str):
            l.t('"').p(jesc(v.v, ascii_), v.cat).t('"')
        else:
            l.p(json.dumps(v.v), v.cat)
    elif isinstance(v, M):
        l.t('"')
        for q in v.parts:
            if isinstance(q, P):
                l.p(jesc(str(q.v), ascii_), q.cat)
            else:
                l.t(jesc(q, ascii_))
        l.t('"')
    else:
        l.t(json.dumps(v, ensure_ascii=ascii_))


def jline(family, obj, ascii_=True, sp=False, prefix=""):
    l = L(family)
    l.t(prefix)
    jemit(l, obj, ascii_, sp)
    return l


def kv(l, pairs, quote_all=False):
    """logfmt-ish key=value; values may be str/P/M/int."""
    for i, (k, v) in enumerate(pairs):
        if i:
            l.t(" ")
        l.t(k + "=")
        parts = v.parts if isinstance(v, M) else [v]
        text = "".join(str(q.v) if isinstance(q, P) else str(q) for q in parts)
        need = quote_all or (" " in text) or ('"' in text) or text == ""
        if need:
            l.t('"')
        for q in parts:
            if isinstance(q, P):
                l.p(str(q.v).replace('"', '\\"') if need else str(q.v), q.cat)
            else:
                s = str(q)
                l.t(s.replace('"', '\\"') if need else s)
        if need:
            l.t('"')
    return l


# --------------------------------------------------------------- id makers
def luhn_digit(num):
    s = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return str((10 - s % 10) % 10)


def npi():
    base = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return base + luhn_digit("80840" + base)


def card(prefix="4", n=16):
    body = prefix + "".join(R.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    return body + luhn_digit(body)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_AN = MBI_A + "0123456789"


def mbi():
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(MBI_AN),
         R.choice("0123456789"), R.choice(MBI_A), R.choice(MBI_AN),
         R.choice("0123456789"), R.choice(MBI_A), R.choice(MBI_A),
         R.choice("0123456789"), R.choice("0123456789")]
    return "".join(c)


def rid(chars, n):
    return "".join(R.choice(chars) for _ in range(n))


HEX = "0123456789abcdef"
ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"
UPNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"


def uuid4():
    h = rid(HEX, 32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# ------------------------------------------------------------------ people
FIRST = ["Dawn", "Mei-Ling", "Oluwaseun", "Guadalupe", "Siobhán", "Priya", "Ingrid",
         "Dolores", "Fatima", "Joy", "Hope", "Summer", "Rose", "Grace", "Kateryna",
         "Thi Huong", "Ana Lucía", "Marisol", "Birgit", "Yuki", "Chiamaka", "Leilani",
         "Robin", "Amber", "Pearl", "Renée", "Tamsin", "Ximena", "Hadiza", "Liesl",
         "Constance", "Bernadette", "Nkechi", "Sunita", "Fern", "Mercy", "Aurelia",
         "Wilhelmina", "Carmen", "Sandra"]
LAST = ["Marsh", "Nakamura-Brandt", "Okonkwo", "de la Cruz", "Van der Berg",
        "O'Sullivan", "Baker", "Hunter", "Rivers", "González-Pardo", "Nguyen",
        "Kowalczyk", "Fairweather", "Bell", "Winter", "Abernathy", "Haddad",
        "Sørensen", "Castillo Ruiz", "Mbeki", "Little", "Story", "Żukowska", "Patel",
        "Friday", "Goodnight", "Ashby-Flores", "Lindqvist", "Oyelaran", "Delacroix",
        "Brooks", "Moon", "Salgado", "MacLeod", "Eze", "Park", "Whitlock", "Ferreira",
        "Chandrasekaran", "Holloway"]
MIDDLE = ["E", "Marie", "J", "Ann", "", "", "", "L", "Grace", "", "R", ""]
STREETS = ["Quarry Ridge Rd", "Larkspur Ln", "W Magnolia Ave", "Old Mill Pike",
           "Calle Sol", "N Harbor Blvd", "Sycamore Ct", "Bayview Ter", "Elm St",
           "Pinecrest Dr", "S 4th Ave", "Rue Dauphine", "Kestrel Way", "Cedar Hollow Cir",
           "Juniper Loop", "Lakeshore Dr", "Foxglove Pl", "Mission Oaks Blvd"]
CITIES = [("Bend", "OR", "977", "541"), ("Austin", "TX", "787", "512"),
          ("Asheville", "NC", "288", "828"), ("Tucson", "AZ", "857", "520"),
          ("Duluth", "MN", "558", "218"), ("Sacramento", "CA", "958", "916"),
          ("Albany", "NY", "122", "518"), ("Boise", "ID", "837", "208"),
          ("Savannah", "GA", "314", "912"), ("Madison", "WI", "537", "608"),
          ("Santa Fe", "NM", "875", "505"), ("Portland", "ME", "041", "207"),
          ("Kalamazoo", "MI", "490", "269"), ("Lafayette", "LA", "705", "337"),
          ("Spokane", "WA", "992", "509"), ("Fort Collins", "CO", "805", "970")]
PAYERS = [("AETNA", "60054"), ("UNITEDHEALTHCARE", "87726"), ("CIGNA", "62308"),
          ("BCBS OF TEXAS", "84980"), ("HUMANA", "61101")]
MAILS = ["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "protonmail.com", "comcast.net"]


def ascii_fold(s):
    rep = {"á": "a", "é": "e", "í": "i", "ó": "o", "ú": "u", "ñ": "n", "ø": "o", "Ż": "Z",
           "ż": "z", "ö": "o", "'": "", " ": "", "-": ""}
    return "".join(rep.get(c, c) for c in s).lower()


def dl_for(state):
    if state == "CA":
        return R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rid("0123456789", 7)
    if state in ("TX", "MN"):
        return rid("0123456789", 8)
    if state == "NY":
        return rid("0123456789", 9)
    if state == "WA":
        return "WDL" + rid(UPNUM, 9)
    if state == "WI":
        return R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + rid("0123456789", 13)
    return rid("0123456789", 7 + R.randint(0, 2))


class Patient:
    pass


def make_patients(n):
    pats = []
    firsts = FIRST[:]
    lasts = LAST[:]
    R.shuffle(firsts)
    R.shuffle(lasts)
    for i in range(n):
        p = Patient()
        p.first = firsts[i % len(firsts)]
        p.last = lasts[i % len(lasts)]
        p.middle = R.choice(MIDDLE)
        p.full = p.first + " " + p.last
        y = R.randint(1957, 1984)
        p.dob = dt.date(y, R.randint(1, 12), R.randint(1, 28))
        p.age = 2024 - y - (1 if (p.dob.month, p.dob.day) > (5, 7) else 0)
        city, st, z3, ac = R.choice(CITIES)
        p.street = "%d %s" % (R.randint(12, 9870), R.choice(STREETS))
        p.apt = R.choice(["", "", "Apt 2B", "Unit 14", "#307", "", "Ste 5"])
        p.city, p.state, p.zip = city, st, z3 + "%02d" % R.randint(1, 99)
        p.phone_d = ac + str(R.randint(2, 9)) + rid("0123456789", 2) + rid("0123456789", 4)
        p.email = R.choice([
            ascii_fold(p.first) + "." + ascii_fold(p.last),
            ascii_fold(p.first)[0] + ascii_fold(p.last) + str(R.randint(1, 99)),
            ascii_fold(p.first) + str(y),
            ascii_fold(p.last) + "_" + ascii_fold(p.first)[:3]]) + "@" + R.choice(MAILS)
        p.mrn = "HLC%07d" % R.randint(10000, 2999999)
        p.ehr = str(R.randint(1400000, 1999999))
        p.labpid = "KT%07d" % R.randint(1000000, 9999999)
        p.cus = "cus_" + rid(ALNUM, 14)
        p.sub = "sub_1" + rid(ALNUM, 23)
        p.handle = R.choice(["hotflash_", "nightsweats", "peri_", "midlife", "sage", "notyourmom"]) + \
            R.choice([ascii_fold(p.first)[:5], str(R.randint(10, 99)), "_in_" + p.state.lower(), "xo"])
        p.ip = "%d.%d.%d.%d" % (R.choice([73, 98, 174, 24, 67, 71, 108, 136, 172, 184]),
                                 R.randint(1, 254), R.randint(0, 254), R.randint(1, 254))
        p.anon = uuid4()
        p.idfv = uuid4().upper()
        p.auth0 = "auth0|" + rid(HEX, 24)
        p.lmp = dt.date(R.choice([2022, 2023, 2023, 2024]), R.randint(1, 12), R.randint(1, 28))
        if p.lmp > dt.date(2024, 4, 20):
            p.lmp = dt.date(2023, 11, 3)
        if p.age >= 65:
            p.payer, p.payer_id = "CMS MEDICARE", "CMS"
            p.member = mbi()
        else:
            p.payer, p.payer_id = R.choice(PAYERS)
            p.member = R.choice(["W", "U", "H", "XEH", "ZGP"]) + rid("0123456789", 9)
        p.dl = dl_for(st)
        p.card = card(R.choice(["4", "51", "37"]), 15 if False else 16)
        p.rx = str(R.randint(7000000, 7999999))
        p.visit = "VV-%07d" % R.randint(4000000, 4999999)
        p.kit = "CLR%07d" % R.randint(8000000, 8999999)
        p.acc = "A24%06d" % R.randint(100000, 999999)
        p.laborder = "LO-%06d" % R.randint(100000, 999999)
        p.track = "9405" + rid("0123456789", 18)
        p.ec_name = R.choice(FIRST) + " " + R.choice([p.last, R.choice(LAST)])
        p.ec_rel = R.choice(["spouse", "daughter", "sister", "partner", "son"])
        p.ec_phone = R.choice(CITIES)[3] + str(R.randint(2, 9)) + rid("0123456789", 6)
        p.visit_date = dt.date(2024, R.choice([4, 5]), R.randint(1, 28))
        if p.visit_date > dt.date(2024, 5, 7):
            p.visit_date = dt.date(2024, 5, R.randint(1, 6))
        p.wear = "OR" + rid(UPNUM, 10)
        p.sex = "F"
        pats.append(p)
    return pats


PATS = make_patients(40)


def pick():
    return R.choice(PATS)


def fmt_phone(d, style):
    if style == 0:
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    if style == 1:
        return "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    if style == 2:
        return "+1" + d
    if style == 3:
        return "%s.%s.%s" % (d[:3], d[3:6], d[6:])
    return d


CLIN = [("Anika Rao", "NP", npi()), ("Margaret Osei", "MD", npi()),
        ("Lucia Benedetti", "NP", npi()), ("Helen Yoon", "MD", npi()),
        ("Rebecca Thorne-Ellis", "CNM", npi())]
AGENTS = ["Tomasz Wierzbicki", "Janelle Ortiz", "Sam Okafor", "Brianna Liu"]
MODS = ["mod_celeste", "mod_ritaj", "automod"]
STAFF_USERS = ["kpatel", "jortiz", "arao.np", "mosei.md", "svc-erx", "lbenedetti", "hyoon"]
PHARM = ("Bluestem Mail-Order Pharmacy", "BLUESTEMRX01", "2210 Commerce Pkwy", "Memphis", "TN", "38118", "9015550188")
LAB = ("Clarion Diagnostics", "CLIA 05D2098765", "600 Harborgate Dr", "Carlsbad", "CA", "92008")

# ------------------------------------------------------------------ time
T0 = dt.datetime(2024, 5, 7, 13, 0, 0, 0)
NOW = [T0]


def tick():
    NOW[0] += dt.timedelta(milliseconds=R.randint(150, 7000))
    return NOW[0]


def iso(t=None, ms=True):
    t = t or NOW[0]
    return t.strftime("%Y-%m-%dT%H:%M:%S") + (".%03dZ" % (t.microsecond // 1000) if ms else "Z")


def epoch_ms(t=None):
    t = t or NOW[0]
    return int((t - dt.datetime(1970, 1, 1)).total_seconds() * 1000)


def dfmt(d, style):
    return [d.isoformat(), d.strftime("%Y%m%d"), d.strftime("%m/%d/%Y"),
            d.strftime("%b %d, %Y"), d.strftime("%d.%m.%Y")][style]


# ------------------------------------------------------------ generators
def g_intake():
    t = tick()
    p = pick()
    pod = "intake-api-7c9f6d%s-%s" % (rid(HEX, 2), rid("abcdefghijklmnopqrstuvwxyz0123456789", 5))
    base = [("level", 30), ("time", epoch_ms(t)), ("pid", 1), ("hostname", pod),
            ("reqId", "req-" + rid(HEX, 6))]
    r = R.random()
    if r < 0.40:
        es = R.random() < 0.3
        if es:
            resp = O(("paciente_id", P(p.mrn, "mrn")), ("nombre", P(p.first, "name")),
                     ("apellidos", P(p.last, "name")),
                     ("fecha_nac", P(dfmt(p.dob, 4).replace(".", "/"), "date")),
                     ("correo", P(p.email, "email")), ("tel", P(fmt_phone(p.phone_d, 1), "phone")))
            ans = O(("fum", P(p.lmp.isoformat(), "date")), ("sofocos_dia", R.randint(2, 15)),
                    ("sudores_nocturnos", True), ("mrs_total", R.randint(8, 34)),
                    ("antecedente_cancer_mama", False))
            form = "cuestionario_menopausia_es_v3"
        else:
            resp = O(("patient_id", P(p.mrn, "mrn")), ("name", P(p.full, "name")),
                     ("dob", P(p.dob.isoformat(), "date")), ("email", P(p.email, "email")))
            ans = O(("lmp", P(p.lmp.isoformat(), "date")), ("vms_per_day", R.randint(2, 15)),
                    ("night_sweats", R.choice([True, False])), ("mrs_total", R.randint(8, 34)),
                    ("hx_vte", False), ("hx_breast_ca", False), ("smoker", R.choice(["never", "former"])),
                    ("bp_self", "%d/%d" % (R.randint(108, 138), R.randint(68, 88))))
            if R.random() < 0.4:
                ans.pairs.append(("lab_insurance", O(("payer", p.payer), ("member_id", P(p.member, "health_plan")))))
            if R.random() < 0.35:
                ans.pairs.append(("wearable", O(("vendor", "Oura"), ("serial", P(p.wear, "device")))))
            form = "menopause_intake_v7"
        obj = O(*base, ("svc", "intake-api"), ("msg", "questionnaire submitted"), ("form", form),
                ("respondent", resp), ("answers", ans), ("responseTime", R.randint(40, 400)))
        return [jline("intake-json", obj, ascii_=R.random() < 0.6)]
    if r < 0.55:
        obj = O(*base, ("svc", "intake-api"), ("msg", "emergency contact saved"),
                ("patient_id", P(p.mrn, "mrn")),
                ("ec", O(("name", P(p.ec_name, "name")), ("rel", p.ec_rel),
                         ("phone", P(fmt_phone(p.ec_phone, 0), "phone")))))
        return [jline("intake-json", obj)]
    if r < 0.65:
        obj = O(*base, ("svc", "intake-api"), ("msg", "address normalized via smarty"),
                ("patient_id", P(p.mrn, "mrn")),
                ("in", M(P(p.street.upper(), "address"), " ", P(p.city.upper(), "address"), " ", p.state, " ",
                         P(p.zip, "zip"))),
                ("out", O(("delivery_line_1", P(p.street, "address")), ("city", P(p.city, "address")),
                          ("state", p.state), ("zipcode", P(p.zip, "zip")),
                          ("plus4", P(rid("0123456789", 4), "zip")), ("dpv_match_code", "Y"))),
                ("vendor_ms", R.randint(30, 250)))
        # plus4 labeled separately as zip (ZIP+4 extension)
        return [jline("intake-json", obj)]
    msgs = [("form schema loaded", O(("form", "menopause_intake_v7"), ("questions", 64), ("schemaRev", "2024-04-22.3"))),
            ("autosave ok", O(("session", "ses_" + rid(ALNUM, 20)), ("step", R.randint(1, 9)), ("bytes", R.randint(900, 8000)))),
            ("validation failed", O(("field", R.choice(["q14_hx_migraine_aura", "q22_bp", "q31_meds"])), ("rule", "required"))),
            ("contraindication screen", O(("rulesVersion", "cx-1.8.2"), ("result", R.choice(["pass", "refer", "pass"])), ("ms", R.randint(2, 30)))),
            ("request completed", O(("res", O(("statusCode", R.choice([200, 201, 204, 422])))), ("responseTime", R.randint(3, 300))))]
    m, extra = R.choice(msgs)
    obj = O(*base, ("svc", "intake-api"), ("msg", m), *extra.pairs)
    return [jline("intake-json", obj)]


def g_idv(mode=None):
    t = tick()
    p = pick()
    inq = "inq_" + rid(ALNUM, 24)
    if mode is None and R.random() < 0.6:
        tmpl = rid(ALNUM + "+/", 64) + "=="
        obj = O(("data", O(("type", "event"), ("id", "evt_" + rid(ALNUM, 22)),
                           ("attributes", O(("name", "inquiry.completed"), ("created-at", iso(t)),
                                            ("payload", O(("inquiry-id", inq),
                                                          ("reference-id", P(p.mrn, "mrn")),
                                                          ("status", "completed"),
                                                          ("fields", O(("name-first", P(p.first, "name")),
                                                                       ("name-last", P(p.last, "name")),
                                                                       ("birthdate", P(p.dob.isoformat(), "date")),
                                                                       ("identification-number", P(p.dl, "license")),
                                                                       ("address-subdivision", p.state),
                                                                       ("address-postal-code", P(p.zip, "zip")))),
                                                          ("selfie", O(("face-template", P(tmpl, "biometric")),
                                                                       ("match-score", round(R.uniform(0.86, 0.99), 3)))))))))))
        return [jline("idv-webhook", obj, ascii_=False)]
    if mode == "photo" or R.random() < 0.5:
        img = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + rid(ALNUM + "+/", 120)
        obj = O(("level", "debug"), ("ts", iso(t)), ("logger", "idv.client"),
                ("msg", "uploading selfie"), ("ref", P(p.mrn, "mrn")),
                ("selfie_b64", P(img, "photo")), ("truncated", True))
        return [jline("idv-webhook", obj)]
    obj = O(("level", "info"), ("ts", iso(t)), ("logger", "idv.client"), ("msg", "inquiry template fetched"),
            ("template", "itmpl_" + rid(ALNUM, 16)), ("version", "2023-01-05"), ("latency_ms", R.randint(80, 600)))
    return [jline("idv-webhook", obj)]


def g_video():
    t = tick()
    p = pick()
    c = R.choice(CLIN)
    l = L("asyncvisit-logfmt")
    r = R.random()
    head = [("ts", iso(t)), ("level", "info"), ("svc", "asyncvisit")]
    if r < 0.25:
        key = "recordings/%s/%s/%s.webm" % (p.mrn, p.visit, rid(HEX, 12))
        kv(l, head + [("msg", "recording uploaded"), ("visit_id", P(p.visit, "other_id")),
                      ("patient_id", P(p.mrn, "mrn")), ("role", "patient"),
                      ("duration_s", R.randint(40, 420)), ("codec", "vp9"),
                      ("size_bytes", R.randint(2000000, 90000000)),
                      ("s3_key", M("recordings/", P(p.mrn, "mrn"), "/", P(p.visit, "other_id"), "/", key.split("/")[-1]))])
    elif r < 0.40:
        url = "https://media.%s/recordings/%s/%s.webm?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=900&X-Amz-Signature=%s" % (
            ORG_DOM, p.mrn, p.visit, rid(HEX, 64))
        kv(l, head + [("msg", "presigned playback url issued"), ("clinician", c[0]), ("npi", c[2]),
                      ("url", P(url, "url")), ("ttl", "900s")])
    elif r < 0.55:
        kv(l, head + [("msg", "clinician response posted"), ("visit_id", P(p.visit, "other_id")),
                      ("clinician", "%s, %s" % (c[0], c[1])), ("npi", c[2]),
                      ("visit_date", P(p.visit_date.isoformat(), "date")),
                      ("turnaround_h", round(R.uniform(2, 30), 1)), ("disposition", R.choice(["rx_sent", "labs_ordered", "needs_info"]))])
    elif r < 0.62:
        kv(l, [head[0], ("level", "warn"), head[2]] + [("msg", "patient upload stalled"), ("visit_id", P(p.visit, "other_id")),
                      ("client_ip", P(p.ip, "ip")), ("ua", "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"),
                      ("retry", R.randint(1, 3))])
    else:
        m = R.choice([
            [("msg", "transcode complete"), ("job", "tj_" + rid(HEX, 10)), ("preset", "720p-h264"),
             ("in_ms", R.randint(20000, 400000)), ("wall_ms", R.randint(3000, 60000))],
            [("msg", "queue depth"), ("queue", "async-review-" + R.choice(["ca", "tx", "ny", "multi"])),
             ("depth", R.randint(0, 80)), ("oldest_age_s", R.randint(10, 40000))],
            [("msg", "ice stats"), ("rtt_ms", R.randint(20, 300)), ("jitter_ms", R.randint(1, 40)),
             ("turn", "turn-us-west-2.%s:3478" % ORG_DOM), ("trace_id", rid(HEX, 32))],
            [("msg", "clinician online"), ("clinician", c[0]), ("licensed_states", "CO,TX,OR,CA,NY"),
             ("shift", "am")]])
        kv(l, head + m)
    return [l]


def g_ncpdp():
    t = tick()
    p = pick()
    c = R.choice(CLIN)
    drug = R.choice([("estradiol 0.05 MG/24HR Transdermal Patch", "00378334599", "8"),
                     ("progesterone 100 MG Oral Capsule", "00591354430", "30"),
                     ("estradiol 1 MG Oral Tablet", "00093105401", "30"),
                     ("estradiol 0.01% Vaginal Cream", "00430375414", "42.5"),
                     ("testosterone 1% topical cream (compounded)", "99999999999", "30")])
    l = L("ncpdp-script-xml")
    l.t('<?xml version="1.0" encoding="UTF-8"?><Message xmlns="http://www.ncpdp.org/schema/SCRIPT" DatatypesVersion="20170715" TransportVersion="20170715" TransactionDomain="SCRIPT" TransactionVersion="20170715" StructuresVersion="20170715" ECLVersion="20170715">')
    l.t("<Header><To Qualifier=\"P\">%s</To><From Qualifier=\"C\">HALCYONEPCS</From><MessageID>%s</MessageID><SentTime>%s</SentTime></Header>" % (PHARM[1], rid(HEX, 32), iso(t)))
    l.t("<Body><NewRx><Patient><HumanPatient><Identification><MedicalRecordIdentificationNumberEHR>").p(p.mrn, "mrn")
    l.t("</MedicalRecordIdentificationNumberEHR></Identification><Name><LastName>").p(p.last, "name")
    l.t("</LastName><FirstName>").p(p.first, "name").t("</FirstName></Name><Gender>F</Gender><DateOfBirth><Date>")
    l.p(p.dob.isoformat(), "date").t("</Date></DateOfBirth><Address><AddressLine1>").p(p.street, "address").t("</AddressLine1>")
    if p.apt:
        l.t("<AddressLine2>").p(p.apt, "address").t("</AddressLine2>")
    l.t("<City>").p(p.city, "address").t("</City><StateProvince>%s</StateProvince><PostalCode>" % p.state)
    l.p(p.zip, "zip").t("</PostalCode><CountryCode>US</CountryCode></Address><CommunicationNumbers><PrimaryTelephone><Number>")
    l.p(p.phone_d, "phone").t("</Number></PrimaryTelephone></CommunicationNumbers></HumanPatient></Patient>")
    l.t("<Pharmacy><Identification><NCPDPID>4412093</NCPDPID><NPI>%s</NPI></Identification><BusinessName>%s</BusinessName></Pharmacy>" % (npi(), PHARM[0]))
    l.t("<Prescriber><NonVeterinarian><Identification><NPI>%s</NPI></Identification><Name><LastName>%s</LastName><FirstName>%s</FirstName></Name>" % (c[2], c[0].split()[-1], c[0].split()[0]))
    l.t("<Address><AddressLine1>1450 Larimer St Ste 600</AddressLine1><City>Denver</City><StateProvince>CO</StateProvince><PostalCode>80202</PostalCode></Address></NonVeterinarian></Prescriber>")
    l.t("<MedicationPrescribed><DrugDescription>%s</DrugDescription><DrugCoded><ProductCode><Code>%s</Code><Qualifier>ND</Qualifier></ProductCode></DrugCoded><Quantity><Value>%s</Value></Quantity>" % drug)
    l.t("<WrittenDate><Date>").p(p.visit_date.isoformat(), "date")
    l.t("</Date></WrittenDate><Substitutions>0</Substitutions><NumberOfRefills>%d</NumberOfRefills></MedicationPrescribed></NewRx></Body></Message>" % R.randint(3, 11))
    return [l]


def g_erx_java():
    t = tick()
    p = pick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    th = "erx-dispatch-%d" % R.randint(1, 8)
    r = R.random()
    if r < 0.35:
        lines = []
        l = L("java-log4j")
        l.t("%s ERROR [%s] c.h.erx.SurescriptsClient - NewRx rejected by %s: code=900 desc=\"Patient address invalid\" msgId=%s" % (ts, th, PHARM[1], rid(HEX, 32)))
        lines.append(l)
        l = L("java-stacktrace")
        l.t("com.halcyon.erx.ScriptValidationException: PostalCode '").p(p.zip[:4], "zip").t("' invalid for patient ").p(p.mrn, "mrn")
        l.t(" (").p(p.last.upper() + ", " + p.first.upper(), "name").t(")")
        lines.append(l)
        for fr in ["com.halcyon.erx.NewRxBuilder.validateAddress(NewRxBuilder.java:212)",
                   "com.halcyon.erx.NewRxBuilder.build(NewRxBuilder.java:88)",
                   "com.halcyon.erx.DispatchJob.run(DispatchJob.java:141)",
                   "java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)"]:
            lines.append(L("java-stacktrace").t("\tat " + fr))
        lines.append(L("java-stacktrace").t("\t... 3 common frames omitted"))
        return lines
    if r < 0.55:
        lines = [L("java-log4j").t("%s WARN  [%s] c.h.erx.RetryPolicy - transient failure, attempt %d/5, backoff %dms" % (ts, th, R.randint(1, 4), R.choice([500, 1000, 2000, 4000])))]
        lines.append(L("java-stacktrace").t("java.net.SocketTimeoutException: Read timed out after 30000ms (host=smrs.surescripts.net:443)"))
        for fr in ["java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)",
                   "okhttp3.internal.http1.Http1ExchangeCodec.readResponseHeaders(Http1ExchangeCodec.kt:178)",
                   "com.halcyon.erx.SurescriptsClient.post(SurescriptsClient.java:97)"]:
            lines.append(L("java-stacktrace").t("\tat " + fr))
        return lines
    if r < 0.8:
        l = L("java-log4j").t("%s INFO  [%s] c.h.erx.DispatchJob - NewRx sent rx=" % (ts, th)).p(p.rx, "other_id")
        l.t(" patient=").p(p.mrn, "mrn").t(" pharmacy=%s status=010 latency=%dms" % (PHARM[1], R.randint(300, 4000)))
        return [l]
    return [L("java-log4j").t("%s INFO  [main] c.h.erx.Application - Started Application in %.3f seconds (process running for %.3f) build=erx-dispatch-%s git=%s" % (
        ts, R.uniform(6, 14), R.uniform(8, 16), "2.14.%d" % R.randint(0, 9), rid(HEX, 7)))]


def g_pharm():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    r = R.random()
    if r < 0.12:
        return [L("pharmacy-pipe").t("HDR|BLUESTEM|STATUSFEED|v2.3|batch=%s|%s" % (rid("0123456789", 8), ts))]
    if r < 0.2:
        return [L("pharmacy-pipe").t("TRL|records=%d|sha256=%s" % (R.randint(20, 400), rid(HEX, 64)))]
    p = pick()
    st = R.choice(["RECEIVED", "FILLED", "SHIPPED", "SHIPPED", "DELIVERED", "ON_HOLD"])
    l = L("pharmacy-pipe")
    l.t("RXSTAT|%s|BLUESTEM|" % ts).p(p.rx, "other_id").t("|").p(p.mrn, "mrn").t("|")
    l.p(p.last.upper() + "," + p.first.upper(), "name").t("|").p(p.dob.strftime("%Y%m%d"), "date").t("|" + st + "|")
    if st in ("SHIPPED", "DELIVERED"):
        l.t("USPS|").p(p.track, "other_id").t("|")
    else:
        l.t("||")
    fill = p.visit_date + dt.timedelta(days=R.randint(1, 4))
    l.t(R.choice(["ESTRADIOL 0.05MG/24HR PATCH #8", "PROGESTERONE 100MG CAP #30", "ESTRADIOL 0.01% VAG CRM 42.5G"]))
    l.t("|lot=%s|fill_dt=" % ("L" + rid(UPNUM, 6))).p(fill.strftime("%Y%m%d"), "date")
    l.t("|refills_left=%d" % R.randint(0, 11))
    if st == "ON_HOLD":
        l.t("|note=Pt not reachable at ").p(fmt_phone(p.phone_d, 1), "phone")
    return [l]


def g_billing():
    t = tick()
    p = pick()
    r = R.random()
    if r < 0.45:
        typ = R.choice(["invoice.payment_succeeded", "invoice.payment_failed", "customer.subscription.updated"])
        amt = R.choice([4900, 9900, 14900, 19900])
        obj = O(("id", "evt_1P" + rid(ALNUM, 22)), ("object", "event"), ("api_version", "2023-10-16"),
                ("created", epoch_ms(t) // 1000), ("type", typ), ("livemode", True),
                ("data", O(("object", O(("id", "in_1P" + rid(ALNUM, 22)), ("object", "invoice"),
                                        ("customer", P(p.cus, "account")), ("subscription", P(p.sub, "account")),
                                        ("customer_email", P(p.email, "email")),
                                        ("customer_name", P(p.full, "name")),
                                        ("amount_due", amt), ("currency", "usd"),
                                        ("billing_reason", "subscription_cycle"),
                                        ("metadata", O(("plan", R.choice(["hrt_core_monthly", "hrt_plus_quarterly", "vaginal_estrogen_annual"])),
                                                       ("hlc_patient", P(p.mrn, "mrn")))))))))
        return [jline("stripe-webhook", obj, ascii_=True)]
    if r < 0.65:
        l = L("billing-kv")
        nxt = dt.date(2024, 5, R.randint(8, 28))
        kv(l, [("time", iso(t)), ("level", "info"), ("component", "dunning"), ("msg", "retry scheduled"),
               ("customer", P(p.cus, "account")), ("attempt", R.randint(1, 4)),
               ("next_attempt", P(nxt.isoformat(), "date")), ("decline_code", R.choice(["insufficient_funds", "expired_card", "do_not_honor"])),
               ("card_last4", rid("0123456789", 4))])
        return [l]
    if r < 0.72:
        l = L("billing-kv")
        bad = R.random() < 0.5
        num = p.card if not bad else p.card[:-1] + str((int(p.card[-1]) + 3) % 10)
        kv(l, [("time", iso(t)), ("level", "error"), ("component", "checkout-legacy"),
               ("msg", "card tokenization failed; raw form dump"),
               ("cc_number", P(num, "account")), ("exp", "%02d/%02d" % (R.randint(1, 12), R.randint(25, 30))),
               ("email", P(p.email, "email")), ("err", "card_declined" if not bad else "incorrect_number")])
        return [l]
    l = L("billing-kv")
    kv(l, [("time", iso(t)), ("level", "info"), ("component", "webhook"), ("msg", "received"),
           ("event", "evt_1P" + rid(ALNUM, 22)), ("type", R.choice(["charge.succeeded", "invoice.created", "payment_intent.created"])),
           ("sig_ok", "true"), ("latency_ms", R.randint(4, 120)), ("stripe_ip", R.choice(["3.18.12.63", "54.187.174.169", "13.112.224.240"]))])
    return [l]


def g_hl7():
    t = tick()
    p = pick()
    ts = t.strftime("%Y%m%d%H%M%S")
    ctl = "CLR%010d" % R.randint(0, 9999999999)
    coll = p.visit_date + dt.timedelta(days=R.randint(3, 9))
    out = []
    out.append(L("hl7v2").t("MSH|^~\\&|CLARION|CLARIONLAB^05D2098765^CLIA|HALCYON|HALCYONHEALTH|%s||ORU^R01^ORU_R01|%s|P|2.5.1" % (ts, ctl)))
    l = L("hl7v2")
    l.t("PID|1||").p(p.mrn, "mrn").t("^^^HALCYON^MR~").p(p.labpid, "mrn").t("^^^CLARION^PI||")
    l.p(p.last.upper(), "name").t("^").p(p.first.upper(), "name")
    if p.middle:
        l.t("^").p(p.middle.upper(), "name")
    l.t("||").p(p.dob.strftime("%Y%m%d"), "date").t("|F|||").p(p.street, "address").t("^")
    if p.apt:
        l.p(p.apt, "address")
    l.t("^").p(p.city, "address").t("^" + p.state + "^").p(p.zip, "zip").t("^USA||")
    l.p("(%s)%s-%s" % (p.phone_d[:3], p.phone_d[3:6], p.phone_d[6:]), "phone").t("^PRN^PH|||||")
    out.append(l)
    l = L("hl7v2")
    l.t("ORC|RE|").p(p.laborder, "other_id").t("|").p(p.acc, "other_id").t("||CM||||%s|||%s^%s^%s^^^^^^NPI" % (
        ts, CLIN[0][2], CLIN[0][0].split()[-1].upper(), CLIN[0][0].split()[0].upper()))
    out.append(l)
    l = L("hl7v2")
    l.t("OBR|1|").p(p.laborder, "other_id").t("|").p(p.acc, "other_id").t("|MENOPANEL^Menopause Panel^L|||")
    l.p(coll.strftime("%Y%m%d") + "%02d%02d" % (R.randint(6, 11), R.randint(0, 59)), "date")
    l.t("|||||||||%s^%s^%s||||||%s|||F" % (CLIN[1][2], CLIN[1][0].split()[-1].upper(), CLIN[1][0].split()[0].upper(), ts))
    out.append(l)
    tests = [("83001-0", "FSH", "mIU/mL", R.uniform(20, 110), "25.8-134.8"),
             ("2243-4", "Estradiol", "pg/mL", R.uniform(5, 60), "<=54.7"),
             ("3016-3", "TSH", "mIU/L", R.uniform(0.6, 4.5), "0.45-4.5"),
             ("2986-8", "Testosterone", "ng/dL", R.uniform(4, 45), "2-45"),
             ("4548-4", "Hemoglobin A1c", "%", R.uniform(4.8, 6.4), "<5.7")]
    for i, (loinc, nm, u, v, rng) in enumerate(R.sample(tests, R.randint(2, 4)), 1):
        out.append(L("hl7v2").t("OBX|%d|NM|%s^%s^LN||%.1f|%s|%s|%s|||F|||%s||||%s" % (
            i, loinc, nm, v, u, rng, R.choice(["", "", "H", "L"]), ts, "CLARION-CARLSBAD")))
    if R.random() < 0.3:
        out.append(L("hl7v2").t("NTE|1||Specimen received ambient; hemolysis index 1+. Results verified by Dr. K. Lindgren, lab director."))
    return out


def g_kit(mode=None):
    t = tick()
    r = 0.8 if mode else R.random()
    if r < 0.1:
        return [L("kit-csv").t("kit_id,barcode,order_ref,ship_to_name,addr1,addr2,city,state,zip,carrier,tracking,shipped_on,status")]
    p = pick()
    if r < 0.75:
        l = L("kit-csv")
        shipped = p.visit_date + dt.timedelta(days=R.randint(1, 3))
        l.t("KIT-HM-%07d," % R.randint(0, 9999999)).p(p.kit, "other_id").t(",").p(p.laborder, "other_id").t(",")
        nm = p.full
        if "," in nm or '"' in nm:
            l.t('"').p(nm, "name").t('"')
        else:
            l.p(nm, "name")
        l.t(",").p(p.street, "address").t(",")
        if p.apt:
            l.p(p.apt, "address")
        l.t(",").p(p.city, "address").t(",%s," % p.state).p(p.zip, "zip").t(",USPS,").p(p.track, "other_id")
        l.t(",").p(shipped.isoformat(), "date").t("," + R.choice(["in_transit", "delivered", "label_created", "returned_to_lab"]))
        return [l]
    if r < 0.88:
        l = L("kit-dispatch-kv")
        appt = dt.date(2024, 5, R.randint(8, 20))
        plate = rid("0123456789", 1) + rid("ABCDEFGHJKLMNPRSTUVWXYZ", 3) + rid("0123456789", 3)
        kv(l, [("ts", iso(t)), ("svc", "homedraw-dispatch"), ("appt", "HD-%06d" % R.randint(0, 999999)),
               ("phleb", R.choice(["Rosa Jimenez", "Derek Fong", "Alma Whitfield"])),
               ("pt_ref", P(p.mrn, "mrn")), ("appt_date", P(appt.isoformat(), "date")),
               ("window", "07:00-09:00"),
               ("notes", M("Pt requests curbside draw in her car, ", R.choice(["white Subaru Outback", "grey RAV4", "blue Civic"]),
                           " plate ", P(plate, "vehicle"), ", fasting")),
               ])
        return [l]
    l = L("kit-dispatch-kv")
    kv(l, [("ts", iso(t)), ("svc", "kitops-sync"), ("msg", "inventory sync"), ("sku", "KIT-MENO-PANEL-V4"),
           ("lot", "LT%s" % rid(UPNUM, 6)), ("expires", "2025-11-30"), ("on_hand", R.randint(100, 5000)),
           ("warehouse", "%s %s" % (LAB[3], LAB[4]))])
    return [l]


def g_forum():
    t = tick()
    p = pick()
    l = L("forum-kv")
    l.t(t.strftime("%Y-%m-%dT%H:%M:%SZ") + " forum-mod ")
    r = R.random()
    thread = R.choice(["Night sweats & sleep", "Patch vs gel?", "Brain fog is real", "Joint pain at 52",
                       "Anyone else in Tucson?", "Progesterone dreams lol"])
    if r < 0.3:
        ph = fmt_phone(p.phone_d, R.choice([0, 1, 3]))
        kv(l, [("action", "flag"), ("post_id", R.randint(800000, 899999)), ("thread", thread),
               ("author", P(p.handle, "other_id")), ("reason", "pii_detected"), ("matched", "phone"),
               ("excerpt", M("feel free to text me at ", P(ph, "phone"), " if u want to talk")),
               ("mod", "automod")])
    elif r < 0.45:
        kv(l, [("action", "flag"), ("post_id", R.randint(800000, 899999)), ("thread", thread),
               ("author", P(p.handle, "other_id")), ("reason", "pii_detected"), ("matched", "email,full_name"),
               ("excerpt", M("I'm ", P(p.full, "name"), ", email me ", P(p.email, "email"))),
               ("mod", R.choice(MODS[:2]))])
    elif r < 0.6:
        kv(l, [("action", "profile_update"), ("user", P(p.handle, "other_id")),
               ("website", P("https://instagram.com/" + ascii_fold(p.first) + "." + ascii_fold(p.last), "url")),
               ("bio_len", R.randint(0, 300))])
    elif r < 0.75:
        kv(l, [("action", "approve"), ("post_id", R.randint(800000, 899999)), ("thread", thread),
               ("author", P(p.handle, "other_id")), ("mod", R.choice(MODS[:2])), ("queue_s", R.randint(5, 4000))])
    else:
        kv(l, R.choice([
            [("action", "rate_limit"), ("route", "/forum/posts"), ("limit", "10/min"), ("hits", R.randint(11, 40))],
            [("action", "spam_model"), ("model", "spamclf-2024.04.2"), ("threshold", 0.82), ("batch", R.randint(10, 200))],
            [("action", "thread_lock"), ("thread", thread), ("mod", R.choice(MODS[:2])), ("reason", "medical_advice_request")],
            [("action", "digest_sent"), ("subscribers", R.randint(2000, 9000)), ("template", "weekly_digest_v5")]]))
    return [l]


def g_segment():
    t = tick()
    p = pick()
    r = R.random()
    ctx = O(("ip", P(p.ip, "ip")), ("library", O(("name", "analytics.js"), ("version", "4.1.0"))),
            ("page", O(("path", "/start"), ("url", "https://www.%s/start?utm_source=%s&utm_campaign=%s" % (
                ORG_DOM, R.choice(["meta", "google", "tiktok"]), R.choice(["hotflash_q2", "sleep_sweats", "brand"]))))),
            ("userAgent", R.choice(["Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
                                    "Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Mobile Safari/537.36"])))
    if r < 0.35:
        obj = O(("type", "track"), ("event", R.choice(["Quiz Started", "Quiz Completed", "Plan Viewed"])),
                ("anonymousId", P(p.anon, "device")), ("context", ctx),
                ("properties", O(("quiz", "symptom_checker_v3"), ("zip3", p.zip[:3]), ("age_band", "45-54"))),
                ("messageId", "ajs-next-" + rid(HEX, 32)), ("timestamp", iso(t)))
        return [jline("segment-json", obj)]
    if r < 0.55:
        h = hashlib.sha256(p.email.encode()).hexdigest()
        obj = O(("type", "identify"), ("userId", P(p.mrn, "mrn")), ("anonymousId", P(p.anon, "device")),
                ("traits", O(("email_sha256", P(h, "other_id")), ("plan", "hrt_core_monthly"), ("state", p.state))),
                ("integrations", O(("Facebook Conversions API", True), ("Google Ads", False))),
                ("timestamp", iso(t)))
        return [jline("segment-json", obj)]
    if r < 0.7:
        obj = O(("type", "track"), ("event", "Subscription Started"), ("userId", P(p.mrn, "mrn")),
                ("context", O(("app", O(("name", "Halcyon"), ("version", "3.12.0"), ("build", "3120041"))),
                              ("device", O(("id", P(p.idfv, "device")), ("model", "iPhone15,2"), ("type", "ios"))),
                              ("os", O(("name", "iOS"), ("version", "17.4.1"))))),
                ("properties", O(("plan", "hrt_core_monthly"), ("revenue", 99.0), ("currency", "USD"))),
                ("timestamp", iso(t)))
        return [jline("segment-json", obj)]
    return [jline("segment-json", O(("level", "info"), ("ts", iso(t)), ("msg", "batch flushed"),
                                     ("events", R.randint(10, 500)), ("destinations", ["ga4", "meta_capi", "bigquery"]),
                                     ("ms", R.randint(50, 900)), ("writeKey", "wk_" + rid("*", 6) + rid(ALNUM, 4))))]


def g_support(mode=None):
    t = tick()
    p = pick()
    r = 0.0 if mode else R.random()
    tid = R.randint(40000, 52000)
    if r < 0.35:
        subj = R.choice(["Patch not sticking", "Where is my order?", "Cancel subscription", "Lab kit question",
                         "Need records faxed to my GYN"]) if mode != "fax" else "Need records faxed to my GYN"
        desc_parts = [R.choice(["Hi, ", "hello - ", ""])]
        if "faxed" in subj:
            desc = M("please fax my chart to my home fax ", P(fmt_phone(R.choice(CITIES)[3] + "5" + rid("0123456789", 6), 1), "fax"),
                     " thanks ", P(p.first, "name"))
        elif "order" in subj:
            desc = M("my Rx #", P(p.rx, "other_id"), " shipped ", P(p.visit_date.strftime("%m/%d"), "date"),
                     " but tracking hasn't moved. DOB ", P(dfmt(p.dob, 2), "date"))
        else:
            desc = M("".join(desc_parts) + "see subject. - ", P(p.full, "name"))
        obj = O(("ticket", O(("id", tid), ("subject", subj), ("status", "new"), ("via", O(("channel", R.choice(["web", "email"])))),
                              ("requester", O(("name", P(p.full, "name")), ("email", P(p.email, "email")))),
                              ("description", desc),
                              ("custom_fields", [O(("id", 360041122), ("value", P(p.mrn, "mrn"))),
                                                 O(("id", 360041123), ("value", "tier2"))]),
                              ("tags", ["dtc", R.choice(["rx", "billing", "labs"])]))),
                ("current_user", R.choice(AGENTS)))
        return [jline("zendesk-json", obj, ascii_=False)]
    if r < 0.5:
        obj = O(("ticket", O(("id", tid), ("status", R.choice(["solved", "pending", "open"])),
                              ("assignee", R.choice(AGENTS)), ("group", "Care Team - Tier 1"),
                              ("sla", O(("policy", "DTC 24h"), ("breach_at", iso(t + dt.timedelta(hours=20), ms=False)))),
                              ("satisfaction_rating", None))), ("updated_at", iso(t, ms=False)))
        return [jline("zendesk-json", obj)]
    l = L("chat-transcript")
    hh = t.strftime("%H:%M:%S")
    c = R.random()
    if c < 0.25:
        l.t("[%s] chat#%d Visitor: hi my name is " % (hh, tid)).p(p.full, "name").t(" dob ").p(dfmt(p.dob, 2), "date")
        l.t(", my patch order hasn't come")
    elif c < 0.45:
        l.t("[%s] chat#%d Visitor: do you need my social? its " % (hh, tid)).p(ssn(), "ssn")
    elif c < 0.55:
        l.t("[%s] chat#%d Visitor: new address is " % (hh, tid)).p(p.street + (" " + p.apt if p.apt else "") + ", " + p.city, "address")
        l.t(" %s " % p.state).p(p.zip, "zip")
    elif c < 0.7:
        l.t("[%s] chat#%d %s (agent): Thanks! I can see order ORD-%d for you, it ships from our Memphis pharmacy partner." % (
            hh, tid, R.choice(AGENTS).split()[0], R.randint(100000, 999999)))
    elif c < 0.85:
        l.t("[%s] chat#%d Ivy (bot): Hi, I'm Ivy, Halcyon's virtual assistant. Ask me about Estelle patches, billing, or lab kits." % (hh, tid))
    else:
        l.t("[%s] chat#%d Visitor: can my %s " % (hh, tid, p.ec_rel)).p(p.ec_name, "name").t(" call in for me? her number is ")
        l.p(fmt_phone(p.ec_phone, 3), "phone")
    return [l]


def g_sms():
    t = tick()
    p = pick()
    l = L("twilio-kv")
    sid = "SM" + rid(HEX, 32)
    frm = "+17205550142"
    r = R.random()
    if r < 0.4:
        kv(l, [("ts", iso(t)), ("svc", "notify"), ("sid", sid), ("to", P("+1" + p.phone_d, "phone")), ("from", frm),
               ("status", R.choice(["queued", "sent", "delivered"])), ("segments", 1),
               ("body", M("Halcyon: Hi ", P(p.first, "name"), ", your clinician replied to your visit. Log in to view. Reply STOP to opt out."))])
    elif r < 0.6:
        link = "https://app.%s/v/%s?pt=%s" % (ORG_DOM, p.visit, p.mrn)
        kv(l, [("ts", iso(t)), ("svc", "notify"), ("sid", sid), ("to", P("+1" + p.phone_d, "phone")), ("from", frm),
               ("status", "sent"), ("body", M("Your visit is ready: ", P(link, "url")))])
    elif r < 0.75:
        kv(l, [("ts", iso(t)), ("svc", "notify"), ("sid", sid), ("to", P("+1" + p.phone_d, "phone")),
               ("status", "undelivered"), ("error_code", 30006), ("error", "Landline or unreachable carrier")])
    elif r < 0.85:
        kv(l, [("ts", iso(t)), ("svc", "notify-inbound"), ("sid", sid), ("from", P("+1" + p.phone_d, "phone")), ("to", frm),
               ("body", M("yes confirm kit pickup on ", P(dt.date(2024, 5, R.randint(8, 20)).strftime("%m/%d"), "date")))])
    else:
        kv(l, [("ts", iso(t)), ("svc", "notify"), ("msg", "rate"), ("queue", "sms-outbound"), ("mps", R.randint(5, 60)),
               ("messaging_service", "MG" + rid(HEX, 32)), ("a2p_campaign", "CM" + rid(UPNUM, 8))])
    return [l]


UAS = ['"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Halcyon/3.12.0"',
       '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36"',
       '"okhttp/4.12.0"']


def g_nginx():
    t = tick()
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S +0000]")
    r = R.random()
    l = L("nginx-access")
    if r < 0.25:
        p = pick()
        paths = [("/api/v2/patients/", p.mrn, "mrn", "/labs"), ("/api/v2/patients/", p.mrn, "mrn", "/subscription"),
                 ("/api/v2/visits/", p.visit, "other_id", "/messages"), ("/api/v2/rx/", p.rx, "other_id", "/status")]
        a, v, c, b = R.choice(paths)
        l.p(p.ip, "ip").t(" - - %s \"%s %s" % (ts, R.choice(["GET", "GET", "POST"]), a)).p(v, c)
        l.t("%s HTTP/2.0\" %d %d \"https://app.%s/\" %s rt=%.3f uct=0.001 uht=%.3f" % (
            b, R.choice([200, 200, 304, 401]), R.randint(200, 20000), ORG_DOM, R.choice(UAS), R.uniform(0.01, 0.9), R.uniform(0.01, 0.9)))
    elif r < 0.37:
        p = pick()
        q = urllib.parse.quote(p.email, safe="")
        l.p(p.ip, "ip").t(" - - %s \"GET /api/v2/auth/magic?email=" % ts).p(q, "email")
        l.t("&next=%%2Fdashboard HTTP/2.0\" 302 0 \"-\" %s rt=%.3f" % (R.choice(UAS), R.uniform(0.01, 0.3)))
    elif r < 0.46:
        p = pick()
        l.p(p.ip, "ip").t(" - - %s \"GET /%s HTTP/1.1\" 200 %d \"https://www.google.com/\" %s rt=%.3f" % (
            ts, R.choice(["", "start", "how-it-works", "pricing", "estelle-patch"]), R.randint(3000, 90000), UAS[1], R.uniform(0.01, 0.2)))
    elif r < 0.74:
        l.t("10.40.%d.%d - - %s \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"ELB-HealthChecker/2.0\" rt=0.001" % (R.randint(0, 9), R.randint(2, 250), ts))
    elif r < 0.87:
        l.t("66.249.%d.%d - - %s \"GET /blog/%s HTTP/1.1\" 200 %d \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\" rt=%.3f" % (
            R.randint(64, 79), R.randint(1, 254), ts, R.choice(["perimenopause-symptoms", "hrt-myths", "sleep-and-hot-flashes"]), R.randint(8000, 60000), R.uniform(0.01, 0.2)))
    else:
        l.t("10.40.%d.%d - svc-erx %s \"POST /internal/erx/callback HTTP/1.1\" 204 0 \"-\" \"Java-http-client/17.0.10\" rt=%.3f" % (
            R.randint(0, 9), R.randint(2, 250), ts, R.uniform(0.001, 0.05)))
    return [l]


def g_pg():
    t = tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (t.microsecond // 1000)
    pid = R.randint(10000, 60000)
    l = L("postgres-log")
    r = R.random()
    p = pick()
    if r < 0.3:
        l.t("%s [%d] app@halcyon_prod LOG:  duration: %.3f ms  statement: SELECT id, first_name, last_name, dob FROM patients WHERE lower(email) = lower('" % (ts, pid, R.uniform(500, 4000)))
        l.p(p.email, "email").t("') LIMIT 1")
    elif r < 0.45:
        l.t("%s [%d] app@halcyon_prod ERROR:  duplicate key value violates unique constraint \"patients_phone_key\" DETAIL:  Key (phone)=(" % (ts, pid))
        l.p(p.phone_d, "phone").t(") already exists.")
    elif r < 0.55:
        l.t("%s [%d] support_ro@halcyon_prod LOG:  statement: UPDATE shipping_addresses SET line1 = '" % (ts, pid))
        l.p(p.street.replace("'", "''"), "address").t("', city = '").p(p.city, "address").t("', zip = '").p(p.zip, "zip")
        l.t("' WHERE patient_id = '").p(p.mrn, "mrn").t("'")
    elif r < 0.75:
        l.t("%s [%d] app@halcyon_prod LOG:  duration: %.3f ms  execute <unnamed>: SELECT * FROM visits WHERE patient_id = $1 AND status = ANY($2) ORDER BY created_at DESC LIMIT 20" % (ts, pid, R.uniform(200, 2000)))
    elif r < 0.9:
        l.t("%s [%d] LOG:  automatic vacuum of table \"halcyon_prod.public.segment_events\": index scans: 1 pages: 0 removed, %d remain, tuples: %d removed, %d remain" % (
            ts, pid, R.randint(10000, 900000), R.randint(100, 90000), R.randint(100000, 9000000)))
    else:
        l.t("%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=%.3f s, total=%.3f s" % (
            ts, pid, R.randint(100, 9000), R.uniform(0.1, 5), R.randint(1, 9), R.uniform(1, 30), R.uniform(0.001, 0.1), R.uniform(1, 30)))
    return [l]


def g_syslog():
    t = tick()
    r = R.random()
    host = "ip-10-40-%d-%d" % (R.randint(0, 9), R.randint(2, 250))
    l = L("syslog")
    if r < 0.35:
        l.t("<134>1 %s %s kubelet %d - - Readiness probe succeeded for pod %s-%s-%s container=app" % (
            iso(t), host, R.randint(900, 3000), R.choice(["intake-api", "asyncvisit", "billing-svc", "forum-web", "erx-dispatch"]),
            rid(HEX, 9), rid("abcdefghijklmnopqrstuvwxyz0123456789", 5)))
    elif r < 0.5:
        l.t("%s %s sshd[%d]: Accepted publickey for %s from 10.40.0.%d port %d ssh2: ED25519 SHA256:%s" % (
            t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S"),
            host, R.randint(1000, 30000), R.choice(["deploy", "ubuntu", "mwhitlock-ops"]), R.randint(2, 30),
            R.randint(30000, 65000), rid(ALNUM + "+/", 43)))
    elif r < 0.65:
        l.t("<131>1 %s %s containerd %d - - failed to pull image \"123456789012.dkr.ecr.us-west-2.amazonaws.com/halcyon/forum-web:1.44.%d\": rpc error: code = NotFound" % (
            iso(t), host, R.randint(500, 2000), R.randint(0, 20)))
    elif r < 0.8:
        l.t("<30>1 %s %s CRON %d - - (root) CMD (/usr/local/bin/rotate-logs --keep 14 --compress zstd)" % (iso(t), host, R.randint(1000, 9000)))
    else:
        l.t("<134>1 %s %s aws-load-balancer-controller %d - - reconciled ingress halcyon/app target_group=arn:aws:elasticloadbalancing:us-west-2:123456789012:targetgroup/k8s-app-%s/%s duration=%dms" % (
            iso(t), host, R.randint(100, 900), rid(HEX, 10), rid(HEX, 16), R.randint(50, 900)))
    return [l]


def g_fhir():
    t = tick()
    p = pick()
    r = R.random()
    if r < 0.35:
        tel = [O(("system", "phone"), ("value", P(fmt_phone(p.phone_d, 0), "phone")), ("use", "mobile")),
               O(("system", "email"), ("value", P(p.email, "email")))]
        line = [P(p.street, "address")] + ([P(p.apt, "address")] if p.apt else [])
        name = O(("use", "official"), ("family", P(p.last, "name")), ("given", [P(p.first, "name")] + ([P(p.middle, "name")] if p.middle else [])))
        obj = O(("resourceType", "Patient"), ("id", P(p.ehr, "mrn")),
                ("meta", O(("versionId", str(R.randint(1, 9))), ("lastUpdated", iso(t)))),
                ("identifier", [O(("system", "https://%s/fhir/sid/patient-number" % ORG_DOM), ("value", P(p.mrn, "mrn")))]),
                ("name", [name]), ("telecom", tel), ("gender", "female"), ("birthDate", P(p.dob.isoformat(), "date")),
                ("address", [O(("line", line), ("city", P(p.city, "address")), ("state", p.state), ("postalCode", P(p.zip, "zip")))]),
                ("contact", [O(("relationship", [O(("text", p.ec_rel))]), ("name", O(("text", P(p.ec_name, "name")))),
                               ("telecom", [O(("system", "phone"), ("value", P(fmt_phone(p.ec_phone, 1), "phone")))]))]))
        return [jline("fhir-r4", obj, ascii_=False)]
    if r < 0.6:
        c = R.choice(CLIN)
        obj = O(("resourceType", "MedicationRequest"), ("id", "mr-" + rid(HEX, 12)), ("status", "active"), ("intent", "order"),
                ("medicationCodeableConcept", O(("coding", [O(("system", "http://www.nlm.nih.gov/research/umls/rxnorm"), ("code", R.choice(["241946", "199224", "861494"])))]))),
                ("subject", O(("reference", M("Patient/", P(p.ehr, "mrn"))), ("display", P(p.full, "name")))),
                ("authoredOn", P(p.visit_date.isoformat(), "date")),
                ("requester", O(("reference", "Practitioner/" + c[2]), ("display", c[0] + ", " + c[1]))),
                ("dosageInstruction", [O(("text", R.choice(["Apply 1 patch twice weekly", "Take 1 capsule by mouth at bedtime", "Insert 1 g vaginally twice weekly"])))]))
        return [jline("fhir-r4", obj, sp=True)]
    if r < 0.78:
        obj = O(("resourceType", "Coverage"), ("id", "cov-" + rid(HEX, 8)), ("status", "active"),
                ("subscriberId", P(p.member, "health_plan")),
                ("beneficiary", O(("reference", M("Patient/", P(p.ehr, "mrn"))))),
                ("payor", [O(("display", p.payer))]), ("class", [O(("type", O(("text", "group"))), ("value", "GRP-%d" % R.randint(10000, 99999)))]))
        return [jline("fhir-r4", obj)]
    obj = O(("resourceType", "Observation"), ("id", "obs-" + rid(HEX, 10)), ("status", "final"),
            ("code", O(("text", "Menopause Rating Scale total"))),
            ("subject", O(("reference", M("Patient/", P(p.ehr, "mrn"))))),
            ("effectiveDateTime", P(p.visit_date.isoformat(), "date")),
            ("valueInteger", R.randint(6, 36)))
    return [jline("fhir-r4", obj)]


def g_x12():
    t = tick()
    p = pick()
    d, hm = t.strftime("%y%m%d"), t.strftime("%H%M")
    ctl = R.randint(1000, 99999)
    out = []
    seg = lambda s: out.append(L("x12-270").t(s))
    seg("ISA*00*          *00*          *ZZ*HALCYON        *ZZ*AVAILITY       *%s*%s*^*00501*%09d*0*P*:~" % (d, hm, ctl))
    seg("GS*HS*HALCYON*AVAILITY*20%s*%s*%d*X*005010X279A1~" % (d, hm, ctl))
    seg("ST*270*0001*005010X279A1~")
    seg("BHT*0022*13*REQ%d*20%s*%s~" % (ctl, d, hm))
    seg("NM1*PR*2*%s*****PI*%s~" % (p.payer, p.payer_id))
    seg("NM1*1P*2*CLARION DIAGNOSTICS*****XX*%s~" % npi())
    seg("TRN*1*%d-%06d*9877281234~" % (R.randint(10000, 99999), R.randint(0, 999999)))
    l = L("x12-270").t("NM1*IL*1*").p(p.last.upper(), "name").t("*").p(p.first.upper(), "name")
    l.t("****MI*").p(p.member, "health_plan").t("~")
    out.append(l)
    out.append(L("x12-270").t("DMG*D8*").p(p.dob.strftime("%Y%m%d"), "date").t("*F~"))
    out.append(L("x12-270").t("DTP*291*D8*").p((p.visit_date + dt.timedelta(days=5)).strftime("%Y%m%d"), "date").t("~"))
    seg("EQ*30~")
    seg("SE*%d*0001~" % 9)
    seg("GE*1*%d~" % ctl)
    seg("IEA*1*%09d~" % ctl)
    return out


NOTE_N = [0]


def g_note():
    t = tick()
    p = pick()
    c = R.choice(CLIN)
    out = []
    hdr = L("visit-note").t("[note %s] visit " % iso(t, ms=False)).p(p.visit, "other_id").t(" pt ").p(p.mrn, "mrn")
    hdr.t(" dos ").p(dfmt(p.visit_date, 2), "date").t(" author=%s, %s" % (c[0], c[1]))
    out.append(hdr)
    l = L("visit-note").t("S: %dyo F, LMP " % p.age).p(dfmt(p.lmp, R.choice([0, 2])), "date")
    l.t(", reports %d-%d VMS/day, night sweats disrupting sleep, low libido, vaginal dryness." % (R.randint(3, 8), R.randint(9, 15)))
    out.append(l)
    mom = R.choice(FIRST) + " " + R.choice([p.last, R.choice(LAST)])
    NOTE_N[0] += 1
    mage = R.randint(90, 97) if NOTE_N[0] % 2 == 1 else R.randint(70, 89)
    l = L("visit-note").t("FHx: mother (").p(mom, "name").t(", age ")
    if mage > 89:
        l.p(str(mage), "age")
    else:
        l.t(str(mage))
    l.t(") w/ osteoporosis and hip fx; no FHx breast/ovarian ca. SHx: %s, ETOH %d/wk." % (R.choice(["never smoker", "former smoker, quit 2009"]), R.randint(0, 7)))
    out.append(l)
    out.append(L("visit-note").t("O: self-reported BP %d/%d, BMI %.1f. No abnormal bleeding. PHQ-2 %d." % (
        R.randint(108, 138), R.randint(68, 88), R.uniform(21, 34), R.randint(0, 3))))
    out.append(L("visit-note").t("A/P: moderate-severe VMS. Start %s. Recheck in 12 wk via async visit. Discussed risks/benefits per 2022 NAMS position statement. -- %s, %s" % (
        R.choice(["estradiol 0.05 mg patch twice weekly + micronized progesterone 100 mg qhs",
                  "estradiol 1 mg PO daily + progesterone 200 mg qhs x12d/mo",
                  "vaginal estradiol cream 0.5 g twice weekly"]), c[0], c[1])))
    return out


def g_audit():
    t = tick()
    p = pick()
    ts = t.strftime("%Y%m%d%H%M%S")
    user = R.choice(STAFF_USERS)
    r = R.random()
    l = L("audit-fixed")
    if r < 0.65:
        act = R.choice(["READ", "READ", "UPDATE", "PRINT", "EXPORT"])
        obj = R.choice(["PATIENT_CHART", "RX_HISTORY", "LAB_RESULT", "BILLING"])
        l.t("%-14s AUD %-7s %-14s %-15s " % (ts, act, user, obj)).p(p.mrn, "mrn")
        l.t(" %-15s %-3s %6d" % ("10.40.%d.%d" % (R.randint(0, 9), R.randint(2, 250)), "OK", R.randint(1, 9999)))
    else:
        act = R.choice(["LOGIN", "LOGOUT", "MFA_OK", "REPORT"])
        l.t("%-14s AUD %-7s %-14s %-15s %-10s %-15s %-3s %6d" % (ts, act, user, R.choice(["SESSION", "RPT_KPI_MONTHLY", "SESSION"]), "-",
                                                             "10.40.%d.%d" % (R.randint(0, 9), R.randint(2, 250)), "OK", R.randint(1, 9999)))
    return [l]


def g_auth0():
    t = tick()
    p = pick()
    r = R.random()
    if r < 0.6:
        typ, desc = R.choice([("s", "Success Login"), ("fp", "Wrong email or password."), ("pwd_leak", "Blocked Account")])
        obj = O(("date", iso(t)), ("type", typ), ("description", desc), ("connection", "Username-Password-Authentication"),
                ("client_id", rid(ALNUM, 32)), ("client_name", "Halcyon Patient App"),
                ("ip", P(p.ip, "ip")), ("user_agent", "Chrome 124.0.0 / Mac OS X 10.15.7"),
                ("user_id", P(p.auth0, "other_id")), ("user_name", P(p.email, "email")),
                ("log_id", "900" + rid("0123456789", 53)))
        return [jline("auth0-json", obj)]
    obj = O(("date", iso(t)), ("type", "seccft"), ("description", "Client Credentials for Access Token"),
            ("client_id", rid(ALNUM, 32)), ("client_name", R.choice(["erx-dispatch (M2M)", "billing-svc (M2M)", "forum-web (M2M)"])),
            ("ip", R.choice(["52.36.118.9", "44.231.7.201", "35.163.40.12"])), ("audience", "https://api.%s/" % ORG_DOM),
            ("log_id", "900" + rid("0123456789", 53)))
    return [jline("auth0-json", obj)]


GENS = [(g_intake, 10), (g_idv, 2.5), (g_video, 10), (g_ncpdp, 2.5), (g_erx_java, 2.5), (g_pharm, 8),
        (g_billing, 8), (g_hl7, 0.5), (g_kit, 5), (g_forum, 7), (g_segment, 8), (g_support, 10),
        (g_sms, 6), (g_nginx, 22), (g_pg, 6), (g_syslog, 22), (g_fhir, 4), (g_x12, 0.04),
        (g_note, 0.4), (g_audit, 8), (g_auth0, 5)]


def main():
    N = 500
    lines = []
    funcs = [g for g, _ in GENS]
    weights = [w for _, w in GENS]
    forced = {30: g_x12, 95: g_hl7, 150: g_note, 205: lambda: g_idv("photo"), 120: lambda: g_support("fax"), 170: lambda: g_kit("draw"), 320: lambda: g_kit("draw"), 370: lambda: g_support("fax"), 240: g_x12, 290: g_hl7,
              345: g_note, 400: g_hl7, 430: g_x12}
    while len(lines) < N:
        due = [k for k in sorted(forced) if k <= len(lines)]
        empty = sum(1 for x in lines if not x.spans)
        w = weights
        if lines and empty / len(lines) < 0.55:  # steer toward infra-heavy systems
            w = [wt * (2.5 if g in (g_syslog, g_nginx, g_audit, g_pg) else 1) for g, wt in GENS]
        gen = forced.pop(due[0]) if due else R.choices(funcs, w)[0]
        rec = gen()
        if len(lines) + len(rec) > N:
            continue  # forced record already popped: only the random ones retry
        lines.extend(rec)
    # verify
    for i, l in enumerate(lines, 1):
        b = bytes(l.buf)
        assert b, "empty line %d" % i
        assert b"\n" not in b and b"\r" not in b, "newline in line %d" % i
        b.decode("utf-8")
        prev = 0
        for s, e, cat, exp in sorted(l.spans):
            if not (0 <= s < e <= len(b)):
                raise SystemExit("bad span bounds line %d %r" % (i, (s, e)))
            if s < prev:
                raise SystemExit("overlapping spans line %d" % i)
            prev = e
            if b[s:e].decode("utf-8") != exp:
                raise SystemExit("span text mismatch line %d: %r vs %r" % (i, b[s:e], exp))
            if cat.strip() != cat or not cat:
                raise SystemExit("bad cat line %d" % i)
    with open("rg.log", "wb") as f:
        for l in lines:
            f.write(bytes(l.buf) + b"\n")
    with open("rg.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for i, l in enumerate(lines, 1):
            spans = [{"s": s, "e": e, "cat": c} for s, e, c, _ in sorted(l.spans)]
            f.write(json.dumps({"line": i, "family": l.family, "spans": spans}) + "\n")


if __name__ == "__main__":
    main()
