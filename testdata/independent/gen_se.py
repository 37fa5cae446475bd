#!/usr/bin/env python3
"""gen_se.py - synthetic labeled log corpus "se".

Organisation: Clinica Campesina del Valle (CCV), a fictional federally
qualified health center (FQHC, 330g migrant health awardee) in California's
Central Valley / Delta wine country, serving vineyard and orchard crews
(many H-2A workers, many Mixtec- and Triqui-speaking Oaxacan families).
Log day: 2024-08-13 (a heat-wave day in harvest season), 05:00-20:00 PDT.

Writes se.log (500 lines) and se.labels.jsonl in the current directory.
Standard library only, fixed seed: two runs are byte-identical.

Systems simulated (family names in the labels):
  ehr-json           mobile-van EHR app server (Java/Jackson JSON logger)
  hl7v2              Mirth interface engine message dumps: ADT^A04 from the
                     vans, ORU^R01 cholinesterase results from the reference lab
                     (one segment per log line)
  fhir-json          FHIR R4 resources logged by the HIE/FHIR facade
  pir-xml            pesticide illness report (PIR) sent to the state/county
  dpr-gw-json        the state reporting gateway's acknowledgements
  twilio-json        SMS gateway webhooks of the heat-illness check-in program
                     (Python, json.dumps default ensure_ascii -> \\u escapes)
  heat-logfmt        heat check-in service (Go, logfmt), WBGT feeds, wearables
  h2a-csv            H-2A worker registration export (Spanish headers)
  sfds-kv            home-grown sliding-fee discount scale module (key=value)
  promotora-tsv      promotora (CHW) outreach log export, Spanish / Tu'un Savi
  uds-pylog          UDS / UDS+ reporting job (Python logging)
  nginx-access       patient portal (mi.ccvsalud.org) access log
  x12-270            X12 005010X279A1 270/271 Medi-Cal eligibility (one
                     segment per line)
  java-stack         scheduling service exceptions with stack traces
  pgaudit            PostgreSQL pgaudit statements of the EHR database
  syslog-cradlepoint van routers (RFC3164 syslog): LTE, GPS, VPN
  teams-chat         staff chat export (care team channel)
  pay-json           card terminal / payment service (nominal fees)
  pur-fixed          county pesticide-use-report feed (fixed width) used to
                     correlate exposures - grower data only
  kiosk-palm         palm-vein patient identification kiosks on the vans

Labeling decisions (grey cases):
  * Served persons = patients, H-2A registrants, heat check-in enrollees,
    outreach contacts; their relatives / household members / emergency
    contacts are labeled too (names, phones incl. Mexican +52 numbers).
  * Staff (promotoras, MAs, clinicians with NPI), growers, farm labor
    contractors (FLC licence numbers), crew foremen (mayordomos), vendors,
    the state agency and CCV's own sites/phones/emails: NOT PHI.
  * Exposure site (ranch, vineyard block, field, county of the application),
    grower permit numbers, EPA registration numbers, product names and lot
    numbers, van stop names and van GPS: NOT PHI (employer / org locations).
    Where a person LIVES (labor camp, cabin, employer-provided H-2A housing,
    apartment) IS an address; city of residence is address; ZIP own span.
    Mexican home towns/municipios of patients or relatives = address;
    Mexican states (Oaxaca) and countries are not labeled.
  * Dates tied to a person are labeled `date`: DOB, visit/service, exposure,
    symptom onset, appointment, H-2A arrival, eligibility expiry, result
    collection dates - even when equal to the log day. Envelope timestamps
    (log time, HL7 MSH-7, X12 ISA/GS/BHT times, gateway receivedAt) are not.
  * Ages labeled only when > 89 (e.g. "91 anos", age=92).
  * `mrn`: CCV 7-digit MRN incl. FHIR Patient/<mrn> references and UDS
    exclusion messages. `health_plan`: Medi-Cal CIN, MBI, private member IDs.
    `account`: guarantor/patient account numbers, full card numbers
    (masked PAN "****1234" is NOT labeled).
  * `other_id`: visit/encounter numbers (V-prefixed), lab accession numbers,
    PIR local case ids and state case numbers, H-2A registration ids, heat
    program enrollment ids, grower payroll badge numbers, Mexican CURP.
    Opaque internal UUIDs / DB row ids, trace ids, message SIDs: NOT PHI.
    Employer-side H-2A ETA case numbers and USCIS receipt numbers: NOT PHI.
  * `license`: passport numbers, US visa foil numbers, CA driver licences,
    matricula consular. Placeholder SSNs (000-00-0000, 999-99-9999) entered
    for workers without one are NOT labeled; mistyped real-looking SSNs are.
  * `device`: heat wearable serials issued to a worker, glucometer serials.
    Van router/tablet MACs and staff devices: NOT PHI.
  * `biometric`: palm-vein template ids / template blobs of the kiosk.
    `photo`: base64 JPEG in FHIR Patient.photo.
  * `url`: portal URLs/paths containing a patient id are one `url` span
    (the id inside is not labeled separately). `ip`: portal client IPs
    (patients); internal 10.x, load balancer, crawler, staff IPs: not PHI.
  * Names: one span per name in whatever order; HL7 XPN "LAST^FIRST" and
    X12 "LAST*FIRST" runs are one span. Nicknames ("Don Chema") are names.
  * UDS aggregate counts and UDS+ de-identified HMAC tokens: NOT PHI.
  * `vehicle`: plates / VIN of a patient's own vehicle (notes, MVA intake);
    CCV van VINs and plates: NOT PHI.
"""
import json
import random
import hashlib
import base64
from datetime import datetime, timedelta, date

SEED = 20240813
R = random.Random(SEED)
N_LINES = 500
TODAY = date(2024, 8, 13)


# ---------------------------------------------------------------- line builder
class L:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, x):
        x = str(x)
        self.buf.append(x)
        self.n += len(x.encode("utf-8"))
        return self

    def p(self, x, cat):
        x = str(x)
        b = len(x.encode("utf-8"))
        if cat:
            self.spans.append((self.n, self.n + b, cat, x))
        self.buf.append(x)
        self.n += b
        return self

    def text(self):
        return "".join(self.buf)


class O(list):
    """JSON object: items (key, value[, cat])."""


class A(list):
    """JSON array: items value or (value, cat)."""


class S(list):
    """Composite string: items text or (text, cat)."""


def jw(l, v, cat=None, asc=False, sp=""):
    if isinstance(v, O):
        l.t("{")
        for i, it in enumerate(v):
            k, vv = it[0], it[1]
            c = it[2] if len(it) > 2 else None
            if i:
                l.t("," + sp)
            l.t(json.dumps(k) + ":" + sp)
            jw(l, vv, c, asc, sp)
        l.t("}")
    elif isinstance(v, A):
        l.t("[")
        for i, it in enumerate(v):
            if i:
                l.t("," + sp)
            if isinstance(it, tuple):
                jw(l, it[0], it[1], asc, sp)
            else:
                jw(l, it, None, asc, sp)
        l.t("]")
    elif isinstance(v, S):
        l.t('"')
        for it in v:
            if isinstance(it, tuple):
                l.p(json.dumps(it[0], ensure_ascii=asc)[1:-1], it[1])
            else:
                l.t(json.dumps(it, ensure_ascii=asc)[1:-1])
        l.t('"')
    elif isinstance(v, str):
        l.t('"')
        l.p(json.dumps(v, ensure_ascii=asc)[1:-1], cat)
        l.t('"')
    elif v is None:
        l.t("null")
    elif isinstance(v, bool):
        l.t("true" if v else "false")
    else:
        l.p(json.dumps(v), cat)
    return l


def kv(l, items, sep=" ", eq="="):
    for i, it in enumerate(items):
        k, v = it[0], it[1]
        c = it[2] if len(it) > 2 else None
        if i:
            l.t(sep)
        l.t(k + eq)
        v = str(v)
        if v == "" or any(ch in v for ch in ' "='):
            l.t('"')
            l.p(v.replace('"', '\\"'), c)
            l.t('"')
        else:
            l.p(v, c)
    return l


def seq(l, parts):
    """parts: text or (text, cat)."""
    for it in parts:
        if isinstance(it, tuple):
            l.p(it[0], it[1])
        else:
            l.t(it)
    return l


# ---------------------------------------------------------------- validators
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
    b = "1" + "".join(R.choice("0123456789") for _ in range(8))
    return b + luhn_digit("80840" + b)


def card(prefix="4", n=16):
    b = prefix + "".join(R.choice("0123456789") for _ in range(n - 1 - len(prefix)))
    return b + luhn_digit(b)


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"
MBI_N = "0123456789"


def mbi():
    an = MBI_A + MBI_N
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(an), R.choice(MBI_N),
         R.choice(MBI_A), R.choice(an), R.choice(MBI_N), R.choice(MBI_A),
         R.choice(MBI_A), R.choice(MBI_N), R.choice(MBI_N)]
    return "".join(c)


VIN_T = {c: v for c, v in zip("ABCDEFGH", range(1, 9))}
VIN_T.update({c: v for c, v in zip("JKLMN", range(1, 6))})
VIN_T.update({"P": 7, "R": 9})
VIN_T.update({c: v for c, v in zip("STUVWXYZ", range(2, 10))})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi="1FT"):
    ch = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    body = wmi + "".join(R.choice(ch) for _ in range(5)) + "0" + R.choice("KLMNP") + \
        R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") + "".join(R.choice("0123456789") for _ in range(6))
    tot = 0
    for i, c in enumerate(body):
        v = int(c) if c.isdigit() else VIN_T[c]
        tot += v * VIN_W[i]
    cd = tot % 11
    cd = "X" if cd == 10 else str(cd)
    return body[:8] + cd + body[9:]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def digits(n):
    return "".join(R.choice("0123456789") for _ in range(n))


def uuid4():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- people
F_FIRST = ["Juana", "Ofelia", "Guadalupe", "María de la Luz", "Rosa", "Soledad", "Amparo",
           "Lucía", "Reyna", "Esperanza", "Marisela", "Paz", "Brisa", "Teresita",
           "Xóchitl", "Angélica", "Yesenia", "Florinda", "Gurpreet", "Harpreet", "Maricel",
           "Lorna", "Dawn", "Nayeli", "Eréndira", "Cándida", "Inés", "Blanca"]
M_FIRST = ["Efrén", "Juan Pablo", "Crispín", "Abundio", "Rogelio", "Teodoro", "Fidencio",
           "Mateo", "Ángel", "Jesús", "Isidro", "Leoncio", "Baltazar", "Gurdeep", "Jaswinder",
           "Rodel", "Noel", "Wade", "Moisés", "Tranquilino", "Celerino", "Faustino",
           "José María", "Hilario", "Severiano", "Bernabé"]
HF_FIRST = [x for x in F_FIRST if x not in ("Gurpreet", "Harpreet", "Maricel", "Lorna", "Dawn")]
HM_FIRST = [x for x in M_FIRST if x not in ("Gurdeep", "Jaswinder", "Rodel", "Noel", "Wade")]
HISP = ["López", "Ramírez", "Bautista", "Santiago", "Cruz", "Hernández", "Mendoza",
        "García-Mendoza", "Ortiz", "Vásquez", "Sánchez", "Jiménez", "Martínez", "Gómez",
        "Chávez", "Morales", "de la Cruz", "Feliciano", "Solano", "Reyes", "Montes de Oca",
        "Ventura", "Avendaño", "Zárate", "Merino", "Olivera", "Paz", "Luna", "Rey", "Flores",
        "Campos", "Ríos", "Pérez-Salazar", "Nolasco", "Velasco", "Guzmán", "Aquino", "Salvador",
        "Librado", "Ruiz", "Bravo", "Caballero"]
PUNJ = ["Sandhu", "Gill", "Dhaliwal", "Sidhu", "Grewal"]
FILI = ["Dela Cruz", "Macaraeg", "Bautista", "Manalo"]
ANGLO = ["Rivers", "Hill", "Stone", "Fairweather", "Goodnight", "Pruitt"]

CITIES = [("Lodi", "95240", "209"), ("Lodi", "95242", "209"), ("Acampo", "95220", "209"),
          ("Woodbridge", "95258", "209"), ("Galt", "95632", "209"), ("Delano", "93215", "661"),
          ("Arvin", "93203", "661"), ("Lamont", "93241", "661"), ("Parlier", "93648", "559"),
          ("Reedley", "93654", "559"), ("Madera", "93637", "559"), ("Healdsburg", "95448", "707"),
          ("Calistoga", "94515", "707"), ("Woodland", "95695", "530"), ("Linden", "95236", "209")]
STREETS = ["N Davis Rd", "E Acampo Rd", "W Turner Rd", "N Tretheway Rd", "E Kettleman Ln",
           "S Cherokee Ln", "W Woodbridge Rd", "Garces Hwy", "Di Giorgio Rd", "S Manning Ave",
           "E Olive Ave", "Grove St", "Magnolia Ave", "Vine St", "Peach Ave", "Orchard Way"]
CAMPS = ["Campo La Paloma", "Campo Los Robles", "Harney Lane Labor Camp", "Rancho Las Viñas housing",
         "Mokelumne Farm Labor Center", "Campo El Nogal"]
MX_TOWNS = ["San Juan Mixtepec", "Santiago Juxtlahuaca", "San Martín Peras", "Tlaxiaco",
            "Santa María Tindú", "San Miguel Cuevas", "Santiago Tilantongo", "San Juan Copala"]
LANGS = ["es", "es", "mix", "mix", "mix", "trs", "zap", "pa", "tl", "en"]
LANG_LABEL = {"es": "Español", "mix": "Mixteco (Tu'un Savi)", "trs": "Triqui", "zap": "Zapoteco",
              "pa": "Punjabi", "tl": "Tagalog", "en": "English"}


def phone_us(ac):
    return ac, "%d%02d" % (R.randint(2, 9), R.randint(0, 99)), "%04d" % R.randint(0, 9999)


class P:
    pass


def mk_person(i):
    p = P()
    p.sex = R.choice("FM")
    origin = R.choices(["h", "h", "h", "h", "h", "pa", "fi", "an"], k=1)[0]
    p.first = R.choice(HF_FIRST if p.sex == "F" else HM_FIRST)
    if origin == "pa":
        p.first = R.choice(["Gurpreet", "Harpreet", "Manjit"] if p.sex == "F" else ["Gurdeep", "Jaswinder", "Balwinder"])
        p.last = R.choice(PUNJ)
        p.lang = "pa"
    elif origin == "fi":
        p.first = R.choice(["Maricel", "Lorna", "Jocelyn"] if p.sex == "F" else ["Rodel", "Noel", "Arnel"])
        p.last = R.choice(FILI)
        p.lang = "tl"
    elif origin == "an":
        p.first = R.choice(["Dawn", "Autumn", "Crystal"] if p.sex == "F" else ["Wade", "Dusty", "Cody"])
        p.last = R.choice(ANGLO)
        p.lang = "en"
    else:
        a = R.choice(HISP)
        b = R.choice(HISP)
        while b == a:
            b = R.choice(HISP)
        p.last = a + " " + b if R.random() < 0.75 else a
        p.lang = R.choice(["es", "es", "mix", "mix", "mix", "trs", "zap"])
    p.hisp = origin == "h"
    if i % 9 == 3:
        y = R.randint(1930, 1934)   # over 89
    else:
        y = R.randint(1958, 2006)
    p.dob = date(y, R.randint(1, 12), R.randint(1, 28))
    p.age = TODAY.year - p.dob.year - ((TODAY.month, TODAY.day) < (p.dob.month, p.dob.day))
    p.mrn = str(R.randint(1100000, 2999999))
    p.acct = "G%08d" % R.randint(100000, 9999999)
    p.cin = "9" + digits(7) + R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ")
    p.mbi = mbi() if p.age >= 65 else None
    city, z, ac = R.choice(CITIES)
    p.city, p.zip, p.ac = city, z, ac
    if R.random() < 0.45:
        p.street = "%d %s" % (R.randint(1000, 24999), R.choice(STREETS))
        p.unit = "Cabin %d" % R.randint(1, 40)
        p.camp = R.choice(CAMPS)
    else:
        p.street = "%d %s" % (R.randint(100, 9999), R.choice(STREETS))
        p.unit = R.choice(["Apt %d" % R.randint(1, 60), "Unit %s" % R.choice("ABCD"), "", "Trlr %d" % R.randint(1, 30)])
        p.camp = None
    a, b, c = phone_us(ac)
    p.ph = (a, b, c)
    p.phone_e164 = "+1%s%s%s" % (a, b, c)
    p.phone_dash = "%s-%s-%s" % (a, b, c)
    p.phone_paren = "(%s) %s-%s" % (a, b, c)
    p.email = None
    if R.random() < 0.4:
        base = (p.first.split()[0] + "." + p.last.split()[0]).lower()
        base = base.translate(str.maketrans("áéíóúñü", "aeiounu")).replace("-", "")
        p.email = base + str(R.randint(1, 99)) + "@" + R.choice(["gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.com"])
    p.ssn = ssn() if R.random() < 0.35 else None
    p.h2a = p.hisp and R.random() < 0.5
    p.passport = "G" + digits(8)
    p.visa = digits(8)
    p.curp = None
    if p.hisp:
        nm = p.last.upper().translate(str.maketrans("ÁÉÍÓÚÑ", "AEIOUX")).replace("-", " ").split()
        fn = p.first.upper().translate(str.maketrans("ÁÉÍÓÚÑ", "AEIOUX"))
        sec = nm[1] if len(nm) > 1 else "X"
        p.curp = (nm[0][0] + next((ch for ch in nm[0][1:] if ch in "AEIOU"), "X") + sec[0] + fn[0] +
                  p.dob.strftime("%y%m%d") + ("M" if p.sex == "F" else "H") + "OC" +
                  "".join(R.choice("BCDFGHJKLMNPRSTVXZ") for _ in range(3)) + R.choice("0A") + str(R.randint(0, 9)))
    p.mx_town = R.choice(MX_TOWNS)
    p.rel = R.choice(["esposa", "esposo", "madre", "padre", "hermano", "hermana", "hijo", "hija"])
    fem = p.rel in ("esposa", "madre", "hermana", "hija")
    if p.hisp:
        rel_first = R.choice(HF_FIRST if fem else HM_FIRST)
        p.rel_name = rel_first + " " + (p.last.split()[0] if p.rel in ("hermano", "hermana", "hijo", "hija", "padre") else R.choice(HISP))
    else:
        rel_first = R.choice(["Simran", "Rowena", "Linda"] if fem else ["Harjit", "Efren", "Dale"])
        p.rel_name = rel_first + " " + p.last.split()[0]
    p.rel_phone = "+52 %s %03d %04d" % (R.choice(["951", "953", "954"]), R.randint(100, 999), R.randint(0, 9999))
    p.enroll = "HC24-%05d" % R.randint(100, 9999)
    p.wear = "SB2-%06d" % R.randint(1000, 999999)
    p.badge = "%05d" % R.randint(1000, 99999)
    p.dl = R.choice("ABDEFNY") + digits(7)
    p.nick = (("Don " if p.sex == "M" else "Doña "), p.first.split()[0])
    return p


PEOPLE = [mk_person(i) for i in range(70)]


def pick():
    return R.choice(PEOPLE)


def full(p):
    return p.first + " " + p.last


def lastfirst(p):
    return p.last + ", " + p.first


def upper_ascii(s):
    return s.upper().translate(str.maketrans("ÁÉÍÓÚÑÜ", "AEIOUNU"))


def hl7name(p):
    parts = p.first.split(" ", 1)
    mid = parts[1] if len(parts) > 1 else ""
    return upper_ascii(p.last) + "^" + upper_ascii(parts[0]) + ("^" + upper_ascii(mid) if mid else "")


# ---------------------------------------------------------------- staff & org
STAFF = [("Marisol Vega", "promotora"), ("Eufemia Rojas", "promotora"),
         ("Rosalba Cruz Nolasco", "promotora"), ("Yadira Soto", "MA"),
         ("Tomás Ibarra", "PA-C"), ("Carla Whitfield", "NP"), ("Anand Kapoor", "MD"),
         ("Lupita Herrera", "front desk"), ("Kevin Tran", "IT")]
CLIN = [("KAPOOR", "ANAND", "MD", npi()), ("WHITFIELD", "CARLA", "NP", npi()),
        ("IBARRA", "TOMAS", "PA", npi())]
ORG_NPI = npi()
GROWERS = [("Acampo Ridge Vineyards LLC", "21150 N Bruella Rd, Acampo, CA 95220", "39-24-3900417"),
           ("Delta Sun Orchards", "8800 W Peltier Rd, Lodi, CA 95242", "39-24-3901022"),
           ("Kern Valley Table Grape Co.", "3300 Garces Hwy, Delano, CA 93215", "15-24-1500388"),
           ("Sierra Foothill Pome Fruit Inc.", "41 Orchard Ln, Linden, CA 95236", "39-24-3900876"),
           ("Mayacamas Estate Vineyards", "1200 Dry Creek Rd, Healdsburg, CA 95448", "49-24-4900211")]
FLCS = [("Rivera Farm Labor Inc.", "FLC 2431877"), ("Cosecha Unida Contracting", "FLC 2502264")]
CROPS = {"Acampo Ridge Vineyards LLC": "Wine grapes", "Delta Sun Orchards": "Cherries", "Kern Valley Table Grape Co.": "Table grapes",
         "Sierra Foothill Pome Fruit Inc.": "Pears", "Mayacamas Estate Vineyards": "Wine grapes"}
PRODUCTS = [("Microthiol Disperss", "70506-187", "sulfur"), ("Rally 40WSP", "62719-410", "myclobutanil"),
            ("Movento", "264-1050", "spirotetramat"), ("Assail 70WP", "8033-36", "acetamiprid"),
            ("Gramoxone SL 3.0", "100-1431", "paraquat dichloride"), ("Luna Experience", "264-1090", "fluopyram/tebuconazole")]
STOPS = ["Acampo Ridge Blk 14", "Delta Sun Orchards shop yard", "Harney Ln & Davis Rd", "Woodbridge Park",
         "Kern Valley TG packing shed", "Linden Cherry Co-op lot", "Mokelumne FLC"]
VANS = ["MV1", "MV2", "MV3"]
ORG_PHONE = "+12095550148"


# ---------------------------------------------------------------- time fmts
def iso_ms(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + "%03d" % (t.microsecond // 1000)


def iso_z(t):
    return iso_ms(t + timedelta(hours=7)) + "Z"


def hl7ts(t):
    return t.strftime("%Y%m%d%H%M%S")


def d_iso(d):
    return d.strftime("%Y-%m-%d")


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_mx(d):
    return d.strftime("%d/%m/%Y")


def d_8(d):
    return d.strftime("%Y%m%d")


def rand_recent(days=10):
    return TODAY - timedelta(days=R.randint(0, days))


# ================================================================ generators
def g_ehr(t):
    l = L("ehr-json")
    van = R.choice(VANS)
    base = O([("@timestamp", iso_z(t)), ("level", "INFO"), ("logger", ""), ("thread", "http-nio-8443-exec-%d" % R.randint(1, 24)),
              ("trace_id", hexs(32)), ("span_id", hexs(16))])
    r = R.random()
    p = pick()
    if r < 0.36:
        base[2] = ("logger", "org.ccv.mvc.visit.CheckinService")
        base += [("msg", "encounter.checkin"), ("van", van), ("stop", R.choice(STOPS)),
                 ("mrn", p.mrn, "mrn"), ("pt_name", lastfirst(p), "name"), ("dob", d_iso(p.dob), "date"),
                 ("enc_no", "V%s%05d" % (t.strftime("%y%m%d"), R.randint(1, 900)), "other_id"),
                 ("svc_date", d_iso(TODAY), "date"), ("age", p.age, "age" if p.age > 89 else None), ("lang_pref", p.lang), ("interp", p.lang in ("mix", "trs", "zap")),
                 ("visit_type", R.choice(["acute", "heat_screen", "well", "pesticide_f/u", "diabetes"]))]
    elif r < 0.48:
        base[2] = ("logger", "org.ccv.mvc.vitals.VitalsController")
        base += [("msg", "vitals.saved"), ("mrn", p.mrn, "mrn"), ("temp_f", round(R.uniform(97.6, 102.4), 1)),
                 ("hr", R.randint(64, 128)), ("bp", "%d/%d" % (R.randint(102, 168), R.randint(62, 101))),
                 ("spo2", R.randint(93, 100)), ("urine_color", R.randint(1, 8)), ("entered_by", R.choice(["ysoto", "tibarra", "cwhitfield"]))]
    elif r < 0.56:
        base[2] = ("logger", "org.ccv.mvc.demo.PatientUpdate")
        base += [("msg", "demographics.changed"), ("mrn", p.mrn, "mrn"),
                 ("fields", A(["phone", "address"])), ("phone", p.phone_paren, "phone"),
                 ("addr1", (p.camp + ", " if p.camp else "") + p.street + (" " + p.unit if p.unit else ""), "address"),
                 ("city", p.city, "address"), ("zip", p.zip, "zip")]
        if p.email:
            base += [("email", p.email, "email")]
        if p.ssn and R.random() < 0.5:
            base += [("ssn", p.ssn, "ssn")]
        elif R.random() < 0.3:
            base += [("ssn", R.choice(["999-99-9999", "000-00-0000"])), ("ssn_reason", "none_provided")]
        base += [("user", "lherrera")]
    else:
        base[2] = ("logger", R.choice(["org.ccv.mvc.sync.OfflineQueue", "org.ccv.mvc.cache.FormularyCache", "org.ccv.mvc.print.ZebraSpooler"]))
        msg = {"org.ccv.mvc.sync.OfflineQueue": O([("msg", "offline_queue.flushed"), ("van", van), ("records", R.randint(3, 60)),
                                                    ("bytes", R.randint(4000, 900000)), ("duration_ms", R.randint(80, 9000)), ("lte_carrier", "Verizon")]),
               "org.ccv.mvc.cache.FormularyCache": O([("msg", "formulary.refreshed"), ("version", "2024.08.%d" % R.randint(1, 12)),
                                                       ("ndc_count", R.randint(11000, 12500)), ("etag", hexs(16))]),
               "org.ccv.mvc.print.ZebraSpooler": O([("msg", "label.printed"), ("printer", "ZD421-%s" % van), ("job", R.randint(1000, 9999)),
                                                     ("template", R.choice(["specimen_2x1", "wristband_v3"])), ("fw", "V84.20.21Z")])}[base[2][1]]
        base += msg
    jw(l, base)
    return [l]


def hl7_msh(t, sending, app, typ, ctrl):
    return L("hl7v2").t("MSH|^~\\&|%s|%s|MIRTH|CCV|%s||%s|%s|P|2.5.1|||AL|NE|USA|UNICODE UTF-8" % (app, sending, hl7ts(t), typ, ctrl))


def pid_seg(p, fax=False, with_ssn=True):
    l = L("hl7v2")
    l.t("PID|1||").p(p.mrn, "mrn").t("^^^CCV^MR~").p(p.cin, "health_plan").t("^^^CAMCD^MA||")
    l.p(hl7name(p), "name").t("^^^^L||").p(d_8(p.dob), "date").t("|%s||" % p.sex)
    l.t(R.choice(["2106-3^White^CDCREC", "2131-1^Other Race^CDCREC", "1002-5^American Indian or Alaska Native^CDCREC"]))
    l.t("|").p(upper_ascii(p.street + (" " + p.unit if p.unit else "")), "address").t("^^").p(upper_ascii(p.city), "address")
    l.t("^CA^").p(p.zip, "zip").t("^USA^H||").p("(%s)%s-%s" % p.ph, "phone").t("^PRN^CP")
    if fax:
        l.t("~").p("(%s)%s-%s" % phone_us(p.ac), "fax").t("^WPN^FX")
    if p.email:
        l.t("~^NET^Internet^").p(p.email, "email")
    l.t("||%s^%s^ISO639|||" % ({"mix": "mix", "trs": "trs", "zap": "zap", "pa": "pan", "tl": "tgl"}.get(p.lang, "spa" if p.lang == "es" else "eng"),
                                  LANG_LABEL[p.lang]))
    l.p(p.acct, "account").t("|")
    if with_ssn and p.ssn:
        l.p(p.ssn.replace("-", ""), "ssn")
    l.t("|||H^Hispanic or Latino^HL70189" if p.hisp else "|||N^Not Hispanic or Latino^HL70189")
    return l


def g_hl7_adt(t):
    p = pick()
    out = []
    ctrl = "ECW%s%04d" % (t.strftime("%H%M%S"), R.randint(0, 9999))
    out.append(hl7_msh(t, "CCV_" + R.choice(VANS), "ECW", "ADT^A04^ADT_A01", ctrl))
    out.append(L("hl7v2").t("EVN|A04|%s|||%s^%s^YADIRA" % (hl7ts(t), "YSOTO", "SOTO")))
    out.append(pid_seg(p, fax=R.random() < 0.08))
    c = R.choice(CLIN)
    l = L("hl7v2").t("PV1|1|O|%s^VAN^^CCV||||%s^%s^%s^^^^%s|||MIG||||1|||||" % (R.choice(VANS), c[3], c[0], c[1], c[2]))
    l.p("V%s%05d" % (t.strftime("%y%m%d"), R.randint(1, 900)), "other_id").t("|||||||||||||||||||||||||")
    l.p(hl7ts(t)[:12], "date")
    out.append(l)
    if R.random() < 0.6:
        l = L("hl7v2").t("NK1|1|")
        nm = p.rel_name.split(" ", 1)
        l.p(upper_ascii(nm[1]) + "^" + upper_ascii(nm[0]), "name")
        l.t("|%s^%s^HL70063||" % ({"esposa": "SPO", "esposo": "SPO", "madre": "MTH", "padre": "FTH", "hijo": "CHD", "hija": "CHD"}.get(p.rel, "SIB"), p.rel.capitalize()))
        l.p(p.rel_phone, "phone").t("^PRN^PH||EC^Emergency Contact^HL70131")
        out.append(l)
    if R.random() < 0.7:
        l = L("hl7v2").t("IN1|1|MCAL01^Medi-Cal FFS|610442|DEPT OF HEALTH CARE SERVICES|PO BOX 15300^^SACRAMENTO^CA^95851||||||||||")
        l.p(hl7name(p), "name").t("|SEL^Self^HL70063|").p(d_8(p.dob), "date").t("|||||||||||||||||||")
        l.p(p.cin, "health_plan")
        out.append(l)
    return out


def g_hl7_oru(t):
    p = pick()
    out = []
    ctrl = "Q%s" % digits(10)
    out.append(hl7_msh(t, "QUEST_SAC", "QLS", "ORU^R01^ORU_R01", ctrl))
    l = L("hl7v2").t("PID|1||").p(p.mrn, "mrn").t("^^^CCV^MR||").p(hl7name(p), "name").t("||").p(d_8(p.dob), "date").t("|%s" % p.sex)
    out.append(l)
    acc = "SC%s" % digits(7)
    coll = rand_recent(4)
    c = R.choice(CLIN)
    l = L("hl7v2").t("ORC|RE|CCV%s|" % digits(6)).p(acc, "other_id").t("||CM||||%s|||%s^%s^%s^^^^^^NPI" % (hl7ts(t), c[3], c[0], c[1]))
    out.append(l)
    l = L("hl7v2").t("OBR|1|CCV%s|" % digits(6)).p(acc, "other_id").t("|CHOLP^Cholinesterase Panel (RBC+Plasma)^L|||")
    l.p(d_8(coll) + "0730", "date").t("|||||||||%s^%s^%s||||||%s|||F" % (c[3], c[0], c[1], hl7ts(t)))
    out.append(l)
    rbc = round(R.uniform(8.0, 15.5), 1)
    out.append(L("hl7v2").t("OBX|1|NM|2099-2^Cholinesterase [Enzymatic activity/mass] in Red Blood Cells^LN||%s|U/g Hb|10.1-14.6|%s|||F" % (rbc, "L" if rbc < 10.1 else "N")))
    pl = R.randint(1800, 5200)
    out.append(L("hl7v2").t("OBX|2|NM|2098-4^Cholinesterase [Enzymatic activity/volume] in Serum or Plasma^LN||%d|U/L|2900-7100|%s|||F|||||||||QUEST SACRAMENTO^^^^^CLIA&2.16.840.1.113883.4.7&ISO^^^^05D0642827" % (pl, "L" if pl < 2900 else "N")))
    if R.random() < 0.5:
        out.append(L("hl7v2").t("NTE|1|L|Baseline cholinesterase on file from pre-season draw; compare %% depression per DPR medical supervision program."))
    return out


PHOTO = base64.b64encode(bytes([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10]) + b"JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00" +
                         bytes(R.randint(0, 255) for _ in range(60))).decode()


def g_fhir(t):
    l = L("fhir-json")
    p = pick()
    r = R.random()
    if r < 0.4:
        o = O([("resourceType", "Patient"), ("id", p.mrn, "mrn"),
               ("meta", O([("versionId", str(R.randint(1, 9))), ("lastUpdated", iso_z(t))])),
               ("identifier", A([O([("system", "urn:oid:2.16.840.1.113883.3.7204.1"), ("value", p.mrn, "mrn")]),
                                 O([("system", "urn:oid:2.16.840.1.113883.3.1216.2.1"), ("value", p.cin, "health_plan")])])),
               ("name", A([O([("family", p.last, "name"), ("given", A([(p.first, "name")]))])])),
               ("gender", "female" if p.sex == "F" else "male"), ("birthDate", d_iso(p.dob), "date"),
               ("address", A([O([("line", A([(p.street + (" " + p.unit if p.unit else ""), "address")])), ("city", p.city, "address"),
                                 ("state", "CA"), ("postalCode", p.zip, "zip")])])),
               ("communication", A([O([("language", O([("coding", A([O([("system", "urn:ietf:bcp:47"), ("code", p.lang)])]))])), ("preferred", True)])]))])
        if R.random() < 0.35:
            o.append(("photo", A([O([("contentType", "image/jpeg"), ("data", PHOTO, "photo")])])))
        jw(l, o)
    elif r < 0.75:
        code = R.choice([("8310-5", "Body temperature", "Cel", round(R.uniform(36.5, 39.6), 1)),
                         ("8867-4", "Heart rate", "/min", R.randint(60, 130)),
                         ("2339-0", "Glucose [Mass/volume] in Blood", "mg/dL", R.randint(80, 320))])
        o = O([("resourceType", "Observation"), ("id", uuid4()), ("status", "final"),
               ("code", O([("coding", A([O([("system", "http://loinc.org"), ("code", code[0]), ("display", code[1])])]))])),
               ("subject", O([("reference", S(["Patient/", (p.mrn, "mrn")]))])),
               ("effectiveDateTime", S([(d_iso(rand_recent(2)), "date"), "T%02d:%02d:00-07:00" % (R.randint(6, 17), R.randint(0, 59))])),
               ("valueQuantity", O([("value", code[3]), ("unit", code[2]), ("system", "http://unitsofmeasure.org")]))])
        if code[0] == "2339-0" and R.random() < 0.5:
            o.append(("device", O([("display", S(["Contour Next One SN ", ("KN%s" % digits(8), "device")]))])))
        jw(l, o)
    else:
        o = O([("resourceType", "OperationOutcome"), ("issue", A([O([("severity", "information"), ("code", "informational"),
                ("diagnostics", "Bundle processed: %d entries, %d ms, server HAPI FHIR 7.2.2" % (R.randint(2, 40), R.randint(30, 900)))])]))])
        jw(l, o)
    return [l]


SYMPTOMS = ["irritación de ojos", "dermatitis en antebrazos", "náusea", "cefalea", "mareo", "vómito", "dificultad para respirar", "lagrimeo"]


def g_pir(t):
    p = pick()
    g = R.choice(GROWERS)
    prod = R.choice(PRODUCTS)
    c = R.choice(CLIN)
    exp = rand_recent(6)
    onset = exp
    out = []
    l = L("pir-xml")
    l.t('<PesticideIllnessReport xmlns="urn:ca:dpr:pisp:1.3" schemaVersion="1.3"><Header><ReportingFacility npi="%s">Clinica Campesina del Valle</ReportingFacility><LocalCaseId>' % ORG_NPI)
    l.p("PIR-CCV-24-%04d" % R.randint(1, 400), "other_id").t("</LocalCaseId><Created>%s</Created></Header><Patient><Name><Family>" % iso_ms(t))
    l.p(p.last, "name").t("</Family><Given>").p(p.first, "name").t("</Given></Name><BirthDate>").p(d_iso(p.dob), "date")
    l.t("</BirthDate><Sex>%s</Sex><PreferredLanguage>%s</PreferredLanguage><Phone>" % (p.sex, LANG_LABEL[p.lang]))
    l.p(p.phone_dash, "phone").t("</Phone><Residence><City>").p(p.city, "address").t("</City><State>CA</State><Zip>").p(p.zip, "zip")
    l.t("</Zip></Residence><Occupation>Farmworker - %s</Occupation></Patient>" % R.choice(["leaf pulling", "thinning", "harvest", "irrigator", "pruning"]))
    l.t("<Exposure><Date>").p(d_iso(exp), "date").t("</Date><OnsetDate>").p(d_iso(onset), "date")
    l.t("</OnsetDate><Employer permit=\"%s\">%s</Employer><Site>%s</Site><Crop>%s</Crop>" % (g[2], g[0], g[1], CROPS[g[0]]))
    l.t("<Product epaRegNo=\"%s\" ai=\"%s\">%s</Product><Route>%s</Route><Type>%s</Type></Exposure>" % (
        prod[1], prod[2], prod[0], R.choice(["dermal", "ocular", "inhalation", "dermal/ocular"]), R.choice(["drift", "residue", "direct spray"])))
    l.t("<Clinical><Symptoms>%s</Symptoms><Physician npi=\"%s\">%s %s, %s</Physician></Clinical></PesticideIllnessReport>" % (
        "; ".join(R.sample(SYMPTOMS, 2)), c[3], c[1].title(), c[0].title(), c[2]))
    out.append(l)
    return out


def g_dprgw(t):
    l = L("dpr-gw-json")
    if R.random() < 0.7:
        o = O([("receivedAt", iso_z(t)), ("submissionId", uuid4()), ("status", "ACCEPTED"),
               ("stateCaseNumber", "%s-%s-%05d" % (2024, R.choice(["SJ", "KE", "FR", "SO"]), R.randint(100, 1900)), "other_id"),
               ("county", R.choice(["San Joaquin", "Kern", "Fresno", "Sonoma"])), ("forwardedTo", "CAC-PUE"), ("latencyMs", R.randint(120, 4000))])
    else:
        o = O([("receivedAt", iso_z(t)), ("submissionId", uuid4()), ("status", "REJECTED"),
               ("errors", A([O([("code", "PIR-117"), ("message", "Product/epaRegNo not found in label database (checked 2024-08-01 load)")])])),
               ("retryable", True)])
    jw(l, o, sp=" ")
    return [l]


SMS_IN = ["1", "1 bien", "Todo bien, ya tomamos agua", "2 me siento mareado", "3 necesito ayuda, mi compañero vomitó",
          "bien gracias", "2", "ok", "Hay sombra pero no hay agua fria en el bloque 9", "1 - ndeyu va'a (estoy bien)"]


def g_twilio(t):
    l = L("twilio-json")
    p = pick()
    r = R.random()
    if r < 0.45:
        body = R.choice(SMS_IN)
        if R.random() < 0.2:
            body = S(["Soy ", (full(p), "name"), ", " + R.choice(["me duele la cabeza", "estoy bien", "mañana no voy a trabajar, tengo cita"])])
        o = O([("event", "sms.inbound"), ("ts", iso_ms(t) + "-07:00"), ("MessageSid", "SM" + hexs(32)), ("AccountSid", "AC" + hexs(32)),
               ("From", p.phone_e164, "phone"), ("To", ORG_PHONE), ("Body", body), ("NumMedia", "0"), ("FromState", "CA")])
    elif r < 0.8:
        o = O([("event", "sms.outbound"), ("ts", iso_ms(t) + "-07:00"), ("MessageSid", "SM" + hexs(32)), ("To", p.phone_e164, "phone"),
               ("From", ORG_PHONE), ("template", R.choice(["heat_alert_es", "heat_alert_mix_audio", "checkin_reminder_es"])),
               ("Body", "Aviso de calor CCV: hoy %d°F. Agua, sombra y descanso. Responda 1=bien 2=mareo 3=ayuda" % R.randint(98, 109)),
               ("campaign", "heat-2024-08-13")])
    else:
        o = O([("event", "sms.status"), ("ts", iso_ms(t) + "-07:00"), ("MessageSid", "SM" + hexs(32)),
               ("MessageStatus", R.choice(["delivered", "sent", "undelivered"])), ("ErrorCode", R.choice([None, None, "30003", "30005"])),
               ("ApiVersion", "2010-04-01")])
    jw(l, o, asc=True, sp=" ")
    return [l]


def g_heat(t):
    l = L("heat-logfmt")
    p = pick()
    r = R.random()
    ts = iso_ms(t) + "-07:00"
    if r < 0.32:
        resp = R.choice(["1", "1", "1", "2", "3"])
        kv(l, [("time", ts), ("level", "info" if resp == "1" else "warn"), ("app", "heatcheck"), ("msg", "check-in recorded"),
               ("crew", "C-%02d" % R.randint(1, 30)), ("grower", R.choice(GROWERS)[0]), ("enroll_id", p.enroll, "other_id"),
               ("badge", p.badge, "other_id"), ("resp", resp), ("wbgt_f", round(R.uniform(80, 92), 1)), ("escalated", "true" if resp != "1" else "false")])
    elif r < 0.47:
        kv(l, [("time", ts), ("level", "info"), ("app", "heatcheck"), ("msg", "wearable sample"), ("device", p.wear, "device"),
               ("enroll_id", p.enroll, "other_id"), ("hr_bpm", R.randint(80, 150)), ("core_est_c", round(R.uniform(37.0, 39.2), 2)),
               ("skin_c", round(R.uniform(33, 37), 1)), ("batt", R.randint(12, 100)), ("fw", "2.14.0")])
    elif r < 0.85:
        kv(l, [("time", ts), ("level", "info"), ("app", "heatcheck"), ("msg", "WBGT feed updated"), ("station", "CIMIS-%d" % R.choice([166, 70, 182, 5])),
               ("air_f", round(R.uniform(92, 109), 1)), ("rh", R.randint(12, 40)), ("wbgt_f", round(R.uniform(80, 91), 1)),
               ("high_heat", "true"), ("src", "https://et.water.ca.gov/api/data")])
    else:
        kv(l, [("time", ts), ("level", "warn"), ("app", "heatcheck"), ("msg", "high-heat procedures triggered"), ("crew", "C-%02d" % R.randint(1, 30)),
               ("flc", R.choice(FLCS)[1]), ("foreman", R.choice(["Alfredo Pineda", "Chuy Medina", "Raúl Esparza"])),
               ("foreman_phone", "209-368-%04d" % R.randint(0, 9999)), ("rest_min", 10), ("interval_h", 2)])
    return [l]


H2A_HDR_DONE = [False]


def g_h2a(t):
    out = []
    if not H2A_HDR_DONE[0]:
        H2A_HDR_DONE[0] = True
        out.append(L("h2a-csv").t("registro_id,apellidos,nombres,fecha_nac,sexo,curp,pasaporte,visa_foil,empleador,caso_eta,fecha_llegada,vivienda,cp,telefono,contacto_mx,tel_contacto"))
    p = pick()
    while not p.hisp:
        p = pick()
    g = R.choice(GROWERS)
    l = L("h2a-csv")
    l.p("H2A-24-%05d" % R.randint(1, 3000), "other_id").t(",")
    l.t('"').p(upper_ascii(p.last), "name").t('",').p(upper_ascii(p.first), "name").t(",")
    l.p(d_iso(p.dob), "date").t(",%s," % p.sex).p(p.curp, "other_id").t(",").p(p.passport, "license").t(",")
    if R.random() < 0.85:
        l.p(p.visa, "license")
    l.t(',"%s",H-300-24%03d-%06d,' % (g[0], R.randint(1, 180), R.randint(100000, 999999)))
    l.p(d_iso(date(2024, R.randint(3, 7), R.randint(1, 28))), "date").t(',"')
    if p.camp:
        addr = "%s %s, %s, %s" % (p.camp, p.unit, p.street, p.city)
    else:
        addr = "%s%s, %s" % (p.street, (" " + p.unit) if p.unit else "", p.city)
    l.p(addr, "address").t('",').p(p.zip, "zip").t(",").p(p.phone_dash, "phone").t(',"')
    l.p(p.rel_name, "name").t(' (%s)",' % p.rel).p(p.rel_phone, "phone")
    out.append(l)
    return out


def g_sfds(t):
    out = []
    p = pick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    r = R.random()
    if r < 0.5:
        hh = R.randint(1, 8)
        inc = R.randint(9000, 62000)
        fpl = round(100.0 * inc / (15060 + 5380 * (hh - 1)), 1)
        tier = "A" if fpl <= 100 else "B" if fpl <= 150 else "C" if fpl <= 200 else "FULL"
        l = L("sfds-kv").t(ts + " [SFDS] INFO elig.calc ")
        kv(l, [("acct", p.acct, "account"), ("pt", lastfirst(p), "name"), ("hh_size", hh), ("hh_income", inc), ("fpl_pct", fpl),
               ("tier", tier), ("nominal_fee", "$20.00" if tier == "A" else "$35.00" if tier == "B" else "$50.00" if tier == "C" else "n/a"),
               ("docs", R.choice(["attestation", "paystub", "grower_letter", "zero_income_stmt"])), ("verified_by", R.choice(["lherrera", "ysoto"])),
               ("exp", d_iso(TODAY.replace(year=2025) - timedelta(days=1)), "date")])
        out.append(l)
        for i in range(R.randint(0, 2)):
            l = L("sfds-kv").t(ts + " [SFDS] DEBUG elig.hh_member ")
            rel = R.choice(["esposa", "hijo", "hija", "abuela", "suegro", "sobrino"])
            if rel in ("abuela", "suegro"):
                age = R.randint(90, 94) if R.random() < 0.5 else R.randint(58, 89)
            elif rel == "esposa":
                age = R.randint(19, 70)
            else:
                age = R.randint(0, 17)
            fem = rel in ("esposa", "hija", "abuela")
            nm = R.choice((HF_FIRST if fem else HM_FIRST) if p.hisp else (["Simran", "Rowena", "Linda"] if fem else ["Harjit", "Arnel", "Dale"])) + " " + p.last
            kv(l, [("acct", p.acct, "account"), ("seq", i + 2), ("name", nm, "name"), ("rel", rel), ("age", age, "age" if age > 89 else None),
                   ("income", R.choice([0, 0, R.randint(3000, 20000)]))])
            out.append(l)
    elif r < 0.75:
        l = L("sfds-kv").t(ts + " [SFDS] INFO fee.applied ")
        kv(l, [("acct", p.acct, "account"), ("enc", "V%s%05d" % (t.strftime("%y%m%d"), R.randint(1, 900)), "other_id"),
               ("gross", "%.2f" % R.uniform(90, 310)), ("tier", R.choice("ABC")), ("patient_resp", "20.00"), ("payer", "self"), ("user", "lherrera")])
        out.append(l)
    else:
        l = L("sfds-kv").t(ts + " [SFDS] INFO " + R.choice(["fpl.table.loaded", "batch.recert.scan"]) + " ")
        kv(l, [("fpl_year", 2024), ("base_1", 15060), ("per_add", 5380), ("tiers", "A<=100,B<=150,C<=200"), ("board_approved", "2024-02-27"),
               ("pending_recert", R.randint(10, 140))])
        out.append(l)
    return out


def g_promotora(t):
    l = L("promotora-tsv")
    st = R.choice(STAFF[:3])[0]
    p = pick()
    g = R.choice(GROWERS)
    ts = t.strftime("%Y-%m-%d %H:%M")
    lang = R.choice(["es", "mix-SJM", "mix-Juxt", "trs", "es"])
    l.t(ts + "\t" + st + "\t")
    r = R.random()
    if r < 0.4:
        l.t("%s, cuadrilla %d\t%s\tplática grupal\t" % (g[0], R.randint(1, 30), lang))
        l.t(R.choice(["Plática sobre golpe de calor (agua, sombra, descanso), %d asistentes; explicado en tu'un savi con rotafolio." % R.randint(8, 40),
                      "Se repartieron %d botellas y %d folletos de Cal/OSHA; mayordomo pidió otra visita el jueves." % (R.randint(20, 80), R.randint(10, 50)),
                      "Taller de pesticidas: intervalo de reingreso (REI), lavado de ropa, no llevar ropa de trabajo a casa. %d asistentes." % R.randint(6, 30),
                      "Inscripción al programa de mensajes de calor: %d trabajadores, idioma preferido mixteco (%d) y español." % (R.randint(5, 25), R.randint(2, 12))]))
    elif r < 0.8:
        l.t("domicilio\t%s\tvisita individual\t" % lang)
        d2 = TODAY + timedelta(days=R.randint(1, 5))
        v = R.random()
        if v < 0.33:
            l.t("Seguimiento a ")
            if R.random() < 0.7:
                l.p(full(p), "name")
            else:
                l.t(p.nick[0]).p(p.nick[1], "name")
            if p.age > 89:
                l.t(" (").p(str(p.age), "age").t(" años)")
            l.t(" en ").p((p.camp + " " + p.unit) if p.camp else p.street, "address").t("; refiere %s después de trabajar en bloque %d. Se agendó cita en la van el " % (R.choice(SYMPTOMS), R.randint(1, 30)))
            l.p(d2.strftime("%d/%m"), "date").t(". Tel ").p(p.phone_dash, "phone").t(".")
        elif v < 0.66:
            l.t("Se llamó a ").p(p.rel_name, "name").t(" (%s de " % p.rel).p(full(p), "name").t(") al ").p(p.rel_phone, "phone")
            l.t(" en ").p(p.mx_town, "address").t(", Oaxaca, para avisar que salió bien de la clínica. Habla solo tu'un savi.")
        else:
            l.t("Acompañé a ").p(full(p), "name").t(" a sacar Medi-Cal; CIN ").p(p.cin, "health_plan").t(". %s lleva su cuñado" % ("La" if p.sex == "F" else "Lo") + " en troca placas ")
            l.p("%d%s%03d" % (R.randint(4, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(0, 999)), "vehicle").t(". Pendiente carta del ranchero.")
    else:
        l.t("van %s\t%s\tapoyo clínica\t" % (R.choice(VANS), lang))
        l.t(R.choice(["Interpretación mixteco-español para %d pacientes en la van; la doctora pidió más tiempo por paciente." % R.randint(3, 14),
                      "Tamizaje de presión y glucosa en la parada %s: %d personas." % (R.choice(STOPS), R.randint(5, 30)),
                      "Sin señal LTE en la parada, registros en papel; se capturaron al regresar a la oficina."]))
    return [l]


def g_uds(t):
    l = L("uds-pylog")
    ts = t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)
    r = R.random()
    if r < 0.6:
        tab = R.choice([("Table 4", "line 14 Migratory agricultural workers", R.randint(1500, 2400)),
                        ("Table 4", "line 15 Seasonal agricultural workers", R.randint(2500, 4200)),
                        ("Table 3B", "line 2b Mixtec (other language)", R.randint(600, 1300)),
                        ("Table 6A", "line 30 Heat illness (T67.x)", R.randint(20, 90)),
                        ("Table 6A", "line 34 Toxic effect of pesticides (T60.x)", R.randint(4, 40)),
                        ("Table 5", "line 27 Community health workers FTE", round(R.uniform(6, 14), 2)),
                        ("Table 9D", "line 13 Sliding fee discounts", R.randint(300000, 900000))])
        l.t("%s INFO [uds.tables] %s %s value=%s ytd_through=2024-07-31 run=%s" % (ts, tab[0], tab[1], tab[2], hexs(8)))
    elif r < 0.8:
        l.t("%s INFO [uds_plus.submit] bundle=%s patients=%d encounters=%d deid=HMAC-SHA256 token_sample=%s status=202 elapsed=%.1fs" % (
            ts, uuid4(), R.randint(8000, 9500), R.randint(30000, 42000), hashlib.sha256(str(R.random()).encode()).hexdigest(), R.uniform(3, 90)))
    else:
        p = pick()
        last = date(2023, R.randint(1, 12), R.randint(1, 28))
        l.t(ts + " WARNING [uds.validate] patient ").p(p.mrn, "mrn").t(" excluded from universe: no countable visit in 2024 (last visit ")
        l.p(d_iso(last), "date").t(", provider type=%s)" % R.choice(["CHW", "RN", "none"]))
    return [l]


PUB_IPS = ["174.215.%d.%d", "107.77.%d.%d", "172.58.%d.%d", "99.203.%d.%d", "166.205.%d.%d"]
UAS = ["Mozilla/5.0 (Linux; Android 13; SM-A145M) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36",
       "Mozilla/5.0 (Linux; Android 12; moto g play 2023) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.6533.64 Mobile Safari/537.36",
       "Mozilla/5.0 (iPhone; CPU iPhone OS 17_5_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"]


def g_nginx(t):
    l = L("nginx-access")
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0700]")
    r = R.random()
    p = pick()
    if r < 0.55:
        ip = R.choice(PUB_IPS) % (R.randint(0, 255), R.randint(1, 254))
        path = R.choice(["/portal/api/v2/patients/%s/appointments?lang=%s" % (p.mrn, p.lang),
                         "/portal/api/v2/patients/%s/messages" % p.mrn,
                         "/portal/api/v2/patients/%s/results/latest" % p.mrn])
        l.p(ip, "ip").t(" - - " + ts + ' "GET ').p(path, "url").t(' HTTP/2.0" 200 %d "https://mi.ccvsalud.org/inicio" "%s" rt=%.3f' % (
            R.randint(300, 9000), R.choice(UAS), R.uniform(0.01, 0.6)))
    elif r < 0.7:
        ip = R.choice(PUB_IPS) % (R.randint(0, 255), R.randint(1, 254))
        l.p(ip, "ip").t(" - - %s \"GET /static/js/app.%s.js HTTP/2.0\" 200 %d \"https://mi.ccvsalud.org/\" \"%s\" rt=%.3f" % (
            ts, hexs(8), R.randint(40000, 300000), R.choice(UAS), R.uniform(0.001, 0.05)))
    elif r < 0.85:
        l.t("10.20.0.%d - - %s \"GET /healthz HTTP/1.1\" 200 2 \"-\" \"ELB-HealthChecker/2.0\" rt=0.001" % (R.randint(4, 9), ts))
    else:
        l.t("66.249.66.%d - - %s \"GET /robots.txt HTTP/1.1\" 200 67 \"-\" \"Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)\" rt=0.002" % (R.randint(1, 200), ts))
    return [l]


def g_x12(t):
    p = pick()
    out = []
    ctl = "%09d" % R.randint(1, 999999999)
    F = "x12-270"
    out.append(L(F).t("ISA*00*          *00*          *ZZ*CCVALLE0042    *ZZ*610442         *%s*%s*^*00501*%s*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl)))
    out.append(L(F).t("GS*HS*CCVALLE0042*610442*%s*%s*%d*X*005010X279A1~" % (t.strftime("%Y%m%d"), t.strftime("%H%M"), R.randint(1, 9999))))
    out.append(L(F).t("ST*270*0001*005010X279A1~"))
    out.append(L(F).t("BHT*0022*13*%s*%s*%s~" % (hexs(10).upper(), t.strftime("%Y%m%d"), t.strftime("%H%M%S"))))
    out.append(L(F).t("HL*1**20*1~"))
    out.append(L(F).t("NM1*PR*2*CA DEPT OF HEALTH CARE SERVICES*****PI*610442~"))
    out.append(L(F).t("HL*2*1*21*1~"))
    out.append(L(F).t("NM1*1P*2*CLINICA CAMPESINA DEL VALLE*****XX*%s~" % ORG_NPI))
    out.append(L(F).t("HL*3*2*22*0~"))
    out.append(L(F).t("TRN*1*%s*9CCVALLE00~" % digits(9)))
    l = L(F).t("NM1*IL*1*").p(upper_ascii(p.last) + "*" + upper_ascii(p.first), "name").t("****MI*").p(p.cin, "health_plan").t("~")
    out.append(l)
    out.append(L(F).t("DMG*D8*").p(d_8(p.dob), "date").t("*%s~" % p.sex))
    out.append(L(F).t("DTP*291*D8*").p(d_8(TODAY), "date").t("~"))
    out.append(L(F).t("EQ*30~"))
    out.append(L(F).t("SE*14*0001~"))
    out.append(L(F).t("GE*1*%d~" % R.randint(1, 9999)))
    out.append(L(F).t("IEA*1*%s~" % ctl))
    return out


def g_stack(t):
    out = []
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    F = "java-stack"
    p = pick()
    if R.random() < 0.6:
        appt = TODAY + timedelta(days=R.randint(1, 7))
        slot = "%02d:%s" % (R.randint(7, 16), R.choice(["00", "15", "30", "45"]))
        l = L(F).t(ts + " ERROR 2231 --- [sched-worker-%d] o.c.sched.SlotBookingService     : Booking failed for mrn=" % R.randint(1, 8))
        l.p(p.mrn, "mrn").t(" name='").p(lastfirst(p), "name").t("' slot=").p(d_iso(appt), "date").t("T" + slot + " van=" + R.choice(VANS))
        out.append(l)
        out.append(L(F).t("org.springframework.dao.DuplicateKeyException: PreparedStatementCallback; ERROR: duplicate key value violates unique constraint \"appt_patient_slot_uk\""))
        l = L(F).t("  Detail: Key (patient_id, slot_start)=(").p(p.mrn, "mrn").t(", ").p(d_iso(appt), "date").t(" %s:00-07) already exists." % slot)
        out.append(l)
        out.append(L(F).t("\tat org.springframework.jdbc.support.SQLErrorCodeSQLExceptionTranslator.doTranslate(SQLErrorCodeSQLExceptionTranslator.java:247)"))
        out.append(L(F).t("\tat org.springframework.jdbc.core.JdbcTemplate.update(JdbcTemplate.java:1018)"))
        out.append(L(F).t("\tat org.ccv.sched.repo.AppointmentRepo.insert(AppointmentRepo.java:88)"))
        out.append(L(F).t("\tat org.ccv.sched.SlotBookingService.book(SlotBookingService.java:142)"))
        out.append(L(F).t("Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"appt_patient_slot_uk\""))
        out.append(L(F).t("\t... 41 common frames omitted"))
    else:
        out.append(L(F).t(ts + " WARN 2231 --- [cimis-poller] o.c.heat.CimisClient                   : ET/weather fetch failed, using cached WBGT (age=%ds)" % R.randint(300, 3600)))
        out.append(L(F).t("java.net.SocketTimeoutException: Read timed out (et.water.ca.gov:443, timeout=15000ms)"))
        out.append(L(F).t("\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)"))
        out.append(L(F).t("\tat java.base/java.net.Socket$SocketInputStream.read(Socket.java:1099)"))
        out.append(L(F).t("\tat org.ccv.heat.CimisClient.fetchHourly(CimisClient.java:61)"))
        out.append(L(F).t("\tat org.ccv.heat.WbgtScheduler.run(WbgtScheduler.java:33)"))
    return out


def g_pgaudit(t):
    l = L("pgaudit")
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d PDT" % (t.microsecond // 1000)
    pid = R.randint(10000, 60000)
    p = pick()
    r = R.random()
    pre = "%s [%d] %s@ccv_ehr LOG:  AUDIT: SESSION,%d,1,READ,SELECT,,,\"" % (ts, pid, R.choice(["ehr_app", "report_ro", "kmtran"]), R.randint(1, 900))
    l.t(pre)
    if r < 0.35:
        l.t("SELECT mrn, first_nm, last_nm FROM pt.patient WHERE last_nm ILIKE ''").p(upper_ascii(p.last.split()[0]), "name")
        l.t("%'' AND dob = ''").p(d_iso(p.dob), "date").t("''\",<not logged>")
    elif r < 0.45 and p.ssn:
        l.t("SELECT mrn FROM pt.patient WHERE ssn = ''").p(p.ssn.replace("-", ""), "ssn").t("''\",<not logged>")
    elif r < 0.55:
        l.t("SELECT * FROM sf.eligibility WHERE guarantor_acct = ''").p(p.acct, "account").t("'' ORDER BY eff_dt DESC LIMIT 1\",<not logged>")
    elif r < 0.7:
        l.t("SELECT enc_no, svc_dt, van_id FROM enc.encounter WHERE mrn = ").p(p.mrn, "mrn").t(" AND svc_dt >= ''2024-01-01''\",<not logged>")
    else:
        l.t("SELECT count(*) FROM enc.encounter WHERE svc_dt BETWEEN ''2024-01-01'' AND ''2024-07-31'' AND mig_status IN (''MIG'',''SEA'')\",<not logged>")
    return [l]


def g_syslog(t):
    l = L("syslog-cradlepoint")
    van = R.choice(VANS)
    ts = t.strftime("%b %d %H:%M:%S")
    host = "%s-IBR900" % van
    m = R.choice([
        "<134>%s %s wan[812]: modem LTE-Verizon connected rsrp=-%d rsrq=-%d sinr=%d band=13" % (ts, host, R.randint(85, 118), R.randint(6, 16), R.randint(-2, 20)),
        "<134>%s %s gps[455]: fix 3D lat=%.5f lon=%.5f sats=%d speed_kmh=%d" % (ts, host, R.uniform(35.7, 38.3), R.uniform(-121.5, -119.0), R.randint(6, 12), R.randint(0, 90)),
        "<133>%s %s ipsec[1022]: tunnel CCV-HQ (198.51.100.24) rekeyed, spi=0x%s" % (ts, host, hexs(8)),
        "<134>%s %s dhcpd[701]: DHCPACK 192.168.10.%d to 00:30:44:%s:%s:%s (%s-TAB-%d) via lan0" % (ts, host, R.randint(20, 60), hexs(2), hexs(2), hexs(2), van, R.randint(1, 4)),
        "<132>%s %s thermal[300]: cabinet temp %dC above threshold 55C, fan duty 100%%" % (ts, host, R.randint(55, 63)),
    ])
    l.t(m)
    return [l]


def g_chat(t):
    l = L("teams-chat")
    r = R.random()
    who = R.choice(STAFF[:8] if r < 0.55 else STAFF)
    p = pick()
    l.t("[%s] %s (%s): " % (t.strftime("%Y-%m-%d %H:%M"), who[0], who[1]))
    if r < 0.25:
        l.t("¿alguien puede llamar a ")
        if R.random() < 0.5:
            l.t(p.nick[0]).p(p.nick[1], "name")
        else:
            l.p(full(p), "name")
        l.t("? no contestó el SMS de calor, su número es ").p(p.phone_dash, "phone")
    elif r < 0.45:
        l.t("FYI pt ").p(full(p), "name").t(" MRN ").p(p.mrn, "mrn").t(" came back w/ cholinesterase low, Dr Kapoor wants redraw ").p(d_us(TODAY + timedelta(days=R.randint(2, 6))), "date")
    elif r < 0.55:
        plate = "%d%s%03d" % (R.randint(5, 9), "".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), R.randint(0, 999))
        if R.random() < 0.5:
            l.t("MVA intake for ").p(full(p), "name").t(" - his truck VIN ").p(vin(R.choice(["1FT", "3GC", "1GC"])), "vehicle").t(" (for the auto ins claim), plate ").p(plate, "vehicle")
        else:
            l.t("the grey Tacoma plate ").p(plate, "vehicle").t(" in the van lot belongs to ").p(full(p), "name").t(", she's inside w/ Carla")
    else:
        l.t(R.choice(["MV2 lost LTE again at Harney Ln, we're on paper until 2pm",
                      "reminder: WBGT over 88 -> cool-down tent + ice towels at every stop",
                      "Quest courier pickup moved to 3:30 today",
                      "who has the spare Zebra labels? MV3 is out",
                      "H-2A crew from Acampo Ridge coming at 4, ~25 ppl, mostly Mixteco de San Juan Mixtepec, need 2 interpreters",
                      "UDS Q3 dry-run done, Table 4 looks off by 12, checking"]))
    return [l]


def g_pay(t):
    l = L("pay-json")
    p = pick()
    r = R.random()
    if r < 0.7:
        o = O([("time", iso_z(t)), ("svc", "pay-gw"), ("event", "payment_intent.succeeded"), ("id", "pi_" + hexs(24)),
               ("amount", R.choice([2000, 3500, 5000])), ("currency", "usd"), ("card", O([("brand", "visa"), ("last4", digits(4)), ("exp_year", 2027)])),
               ("terminal", "tmr_" + hexs(12)), ("metadata", O([("guarantor_acct", p.acct, "account"), ("van", R.choice(VANS))]))])
    elif r < 0.85:
        o = O([("time", iso_z(t)), ("svc", "pay-gw"), ("event", "card_error"), ("level", "error"),
               ("message", S(["decline code do_not_honor for card ", (card("4"), "account"), " (raw track logged by legacy reader v1.3)"])),
               ("guarantor_acct", p.acct, "account")])
    else:
        o = O([("time", iso_z(t)), ("svc", "pay-gw"), ("event", "payout.paid"), ("id", "po_" + hexs(24)), ("amount", R.randint(40000, 400000)),
               ("bank", "Farmers & Merchants Bank of Central CA"), ("dest_last4", digits(4))])
    jw(l, o)
    return [l]


def g_pur(t):
    l = L("pur-fixed")
    g = R.choice(GROWERS)
    prod = R.choice(PRODUCTS)
    rec = "%-2s%-14s%-8s%-12s%-30s%8s%8.2f%-3s%-8s" % ("A", g[2], "%07d" % R.randint(1, 9999999), prod[1], prod[0][:30],
                                                    (TODAY - timedelta(days=R.randint(1, 9))).strftime("%Y%m%d"), R.uniform(2, 160), "A", "%04d%s" % (R.randint(1, 9999), R.choice("NS")))
    l.t(rec)
    return [l]


def g_kiosk(t):
    l = L("kiosk-palm")
    p = pick()
    van = R.choice(VANS)
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    r = R.random()
    if r < 0.55:
        l.t("%s PSKiosk[%s-K1] MATCH ok tmpl=" % (ts, van)).p("PV" + hexs(40).upper(), "biometric").t(" mrn=").p(p.mrn, "mrn").t(" score=0.%04d latency=%dms" % (R.randint(9900, 9999), R.randint(300, 1400)))
    elif r < 0.75:
        blob = base64.b64encode(bytes(R.randint(0, 255) for _ in range(48))).decode()
        l.t("%s PSKiosk[%s-K1] ENROLL mrn=" % (ts, van)).p(p.mrn, "mrn").t(" hand=%s template=" % R.choice("LR")).p(blob, "biometric").t(" q=%d" % R.randint(60, 99))
    else:
        l.t("%s PSKiosk[%s-K1] %s" % (ts, van, R.choice(["NOMATCH retries=3 fallback=dob_name", "sensor M2-PV firmware 4.1.7 self-test ok", "heartbeat ok cpu=%d%% temp=%dC" % (R.randint(3, 40), R.randint(38, 61))])))
    return [l]


GENS = [(g_ehr, 14), (g_hl7_adt, 2), (g_hl7_oru, 2), (g_fhir, 6), (g_pir, 3), (g_dprgw, 3), (g_twilio, 10),
        (g_heat, 12), (g_h2a, 5), (g_sfds, 7), (g_promotora, 8), (g_uds, 12), (g_nginx, 12), (g_x12, 2),
        (g_stack, 1), (g_pgaudit, 6), (g_syslog, 26), (g_chat, 6), (g_pay, 5), (g_pur, 12), (g_kiosk, 5)]
SINGLE = {g_ehr, g_fhir, g_pir, g_dprgw, g_twilio, g_heat, g_promotora, g_uds, g_nginx, g_pgaudit, g_syslog, g_chat, g_pay, g_pur, g_kiosk}


def main():
    t = datetime(2024, 8, 13, 5, 2, 11, 482000)
    lines = []
    x12_done = 0
    while len(lines) < N_LINES:
        fns = [g for g, w in GENS]
        ws = [w for g, w in GENS]
        g = R.choices(fns, ws)[0]
        if g is g_x12 and x12_done >= 2:
            continue
        rec = g(t)
        if len(lines) + len(rec) > N_LINES:
            if g in SINGLE:
                continue
            continue
        if g is g_x12:
            x12_done += 1
        lines.extend(rec)
        t += timedelta(seconds=R.expovariate(1 / 95.0), microseconds=R.randint(0, 999) * 1000)
        t = t.replace(microsecond=(t.microsecond // 1000) * 1000)
    # ---- validation
    out_log = []
    out_lab = []
    for i, l in enumerate(lines, 1):
        s = l.text()
        if not s or "\n" in s or "\r" in s:
            raise SystemExit("bad line %d: %r" % (i, s))
        b = s.encode("utf-8")
        prev = 0
        spans = sorted(l.spans)
        for (a, e, c, v) in spans:
            if not (0 <= a < e <= len(b)):
                raise SystemExit("span out of range line %d" % i)
            if a < prev:
                raise SystemExit("overlap line %d" % i)
            if b[a:e].decode("utf-8") != v:
                raise SystemExit("span mismatch line %d: %r vs %r" % (i, b[a:e], v))
            prev = e
        out_log.append(s)
        out_lab.append(json.dumps({"line": i, "family": l.fam, "spans": [{"s": a, "e": e, "cat": c} for (a, e, c, v) in spans]}, ensure_ascii=False))
    assert len(out_log) == N_LINES
    with open("se.log", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log) + "\n")
    with open("se.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")


if __name__ == "__main__":
    main()
