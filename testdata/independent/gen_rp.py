#!/usr/bin/env python3
"""gen_rp.py - synthetic labeled log corpus "rp".

Organisation: the Medical Unit (MEDL, line medics, camp aid station, comp/claims
support) of the incident management team on a large wildland fire, the
"Sawtooth Ridge Fire" (incident CA-SHU-018442), camped at the Cedar Flat
Fairgrounds ICP.  The people served (patients) are the firefighters and
contractors (hand crews, engine crews, water tenders, caterers, shower units)
seen by the medical unit, plus their relatives / emergency contacts.

Output (current directory): rp.log (500 lines) and rp.labels.jsonl.
Standard library only, fixed seed: two runs are byte-identical.

Systems simulated (family names used in the labels):
  epcr_json     line-medic ePCR app sync logger (JSON, nested pt object)
  nemsis_xml    NEMSIS 3.5 PatientCareReport export, one XML doc per line
  ics214_note   Medical Unit ICS-214 activity log, free text entries
  heatmon_json  physiological-status (PSI) wearable gateway, compact JSON
  airmon_logfmt fixed E-BAM smoke monitors + personal CO dosimeter dock (logfmt)
  airmed_kv     air-ambulance request / status messages (key=value)
  radio_tsv     COMM unit ICS-309 radio/phone log export (TSV)
  sms_logfmt    SMS gateway (notifications to patients / emergency contacts)
  hl7v2         ADT^A04 to the receiving hospital, one segment per line
  fhir_json     FHIR R4 Bundle posted to the hospital HIE (one line)
  ecomp_json    federal ECOMP intake (CA-1, CA-16, CA-7) JSON, ASCII-escaped
  froi_fixed    contractor First Report of Injury, IAIABC-like fixed width
  x12_837       workers' comp 837P claim to the carrier, one segment per line
  nginx_access  nginx combined logs: MU web app (internal) + ECOMP portal
  java_trace    Spring Boot ePCR state-repository sync errors + stack traces
  pg_log        PostgreSQL log of the medunit database
  teams_chat    MS Teams channel export (Medical Unit channel)
  syslog        ICP network/infra syslog (firewall, Starlink, dhcpd, AFF, UPS)
  checkin_pipe  resource check-in / status (ICS-211, T-card) pipe rows
  badge_json    camp badge kiosk (photo + face template at badge issue)

Labeling decisions (grey cases):
  * Every firefighter / contractor is a person served: their identifiers are
    PHI in any record about them (check-in, exposure monitoring, encounters,
    comp filings).  Medical-unit staff, medics, MEDL, COML, SOFR, dispatchers,
    hospital physicians (with NPI), comp specialists are staff at work: not PHI.
    A crew superintendent named only as the point of contact of a crew
    resource (crew check-in row, radio caller) acts in role: not PHI.
  * Crews, engines, modules, contractor company names, incident numbers,
    resource order numbers (O-/C-/E-), divisions, drop points, helispots,
    aircraft tail numbers, contractor fleet VINs/plates, employer FEIN and
    policy numbers: not PHI (organisation/business identifiers).
  * A person's private vehicle (POV plate at check-in, VIN/plate of the POV in
    an MVA comp claim) -> vehicle.
  * PCR numbers, the Medical Unit case number (SRF-MU-nnnn) and hospital MRNs
    -> mrn.  FHIR logical ids / urn:uuid and message control ids: software
    ids, not PHI.
  * OWCP case numbers, carrier claim numbers, CA-16 authorization numbers,
    agency EmplIDs / contractor employee numbers, badge numbers -> other_id.
  * IQCS incident qualification card ("red card") number and driver's
    licence -> license.  FEHB / group health member ids -> health_plan.
  * Patient control numbers (X12 CLM01) and CA-7 direct-deposit accounts ->
    account; bank routing numbers are the bank's: not PHI.
  * Wearable PSI monitor and personal CO dosimeter serials assigned to a
    worker -> device, even when the wearer's name is absent.  Fixed E-BAM
    monitors, medic cardiac monitors, kiosks, staff laptops: not PHI.
  * Patient location lat/lon on the line in an air-ambulance request ->
    address (geocode, one span per coordinate).  Aircraft positions and
    helispot names: not PHI.
  * Dates: DOB, date of injury, encounter / service / transport times
    inside record fields, appointment and return-to-work dates -> date,
    even when on the same day as the log.  The timestamp saying when the
    record was written (log header, check-in row time, SMS send time) is
    not PHI.  Times of day without a date are not labeled.
  * Ages are all <= 89 in this population: never labeled.
  * Injured worker's IP on the public ECOMP portal -> ip; staff/agency
    egress IPs and servers -> not PHI.  A request target (URL) that holds a
    patient identifier or name -> whole target labeled url (percent-encoded
    bytes included).
  * Badge photo (face JPEG base64) -> photo; face template -> biometric.
  * SSN: valid-format SSNs and obviously mistyped ones in an SSN field are
    labeled ssn; all-zero placeholders (000-00-0000 / 000000000) are not.
  * HL7 XPN names (LAST^FIRST^M) are one span; X12 NM1 and NEMSIS/FHIR
    family/given elements are separate values, one span each.  HL7 XAD:
    street and city are separate address spans, ZIP its own zip span.
"""
import base64
import datetime as dt
import hashlib
import json
import random
import sys
import urllib.parse

SEED = int(sys.argv[1]) if len(sys.argv) > 1 else 10
rng = random.Random(SEED)
N_LINES = 500


# ---------------------------------------------------------------- builders
class P:
    """A labeled value."""
    __slots__ = ("v", "cat")

    def __init__(self, v, cat):
        self.v = v
        self.cat = cat


class O:
    """Ordered JSON object."""

    def __init__(self, *items):
        self.items = [i for i in items if i is not None]


class S:
    """A string built from text pieces and labeled pieces."""

    def __init__(self, *segs):
        self.segs = segs


class Line:
    def __init__(self, fam):
        self.fam = fam
        self.buf = []
        self.n = 0
        self.spans = []

    def t(self, x):
        self.buf.append(x)
        self.n += len(x.encode("utf-8"))
        return self

    def p(self, x, cat):
        if not cat:
            return self.t(x)
        a = self.n
        self.t(x)
        self.spans.append((a, self.n, cat, x))
        return self

    def seg(self, segs, enc=None):
        for g in segs:
            if isinstance(g, P):
                v = g.v if isinstance(g.v, str) else str(g.v)
                self.p(enc(v) if enc else v, g.cat)
            elif isinstance(g, S):
                self.seg(g.segs, enc)
            else:
                self.t(enc(g) if enc else g)
        return self

    def text(self):
        return "".join(self.buf)


def mk(fam, *segs):
    return Line(fam).seg(segs)


def jenc(ea):
    return lambda x: json.dumps(x, ensure_ascii=ea)[1:-1]


def ej(L, x, ea=False, sep=(",", ":")):
    if isinstance(x, O):
        L.t("{")
        for i, (k, v) in enumerate(x.items):
            if i:
                L.t(sep[0])
            L.t(json.dumps(k) + sep[1])
            ej(L, v, ea, sep)
        L.t("}")
    elif isinstance(x, list):
        L.t("[")
        for i, v in enumerate(x):
            if i:
                L.t(sep[0])
            ej(L, v, ea, sep)
        L.t("]")
    elif isinstance(x, P):
        if isinstance(x.v, str):
            L.t('"').p(jenc(ea)(x.v), x.cat).t('"')
        else:
            L.p(json.dumps(x.v), x.cat)
    elif isinstance(x, S):
        L.t('"').seg(x.segs, jenc(ea)).t('"')
    else:
        L.t(json.dumps(x, ensure_ascii=ea))
    return L


def jline(fam, obj, ea=False, sep=(",", ":")):
    return ej(Line(fam), obj, ea, sep)


def xesc(x):
    return x.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


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
    base = str(rng.choice([1, 2])) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    return base + luhn_digit("80840" + base)


VIN_CH = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_VAL = dict(zip("ABCDEFGH", range(1, 9)))
VIN_VAL.update(dict(zip("JKLMN", range(1, 6))))
VIN_VAL.update({"P": 7, "R": 9})
VIN_VAL.update(dict(zip("STUVWXYZ", range(2, 10))))
VIN_VAL.update({str(i): i for i in range(10)})
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(prefix):
    body = list(prefix + "".join(rng.choice(VIN_CH) for _ in range(17 - len(prefix))))
    body[9] = rng.choice("KLMNPR")  # model year 2019-2024
    for i in range(11, 17):
        body[i] = rng.choice("0123456789")
    body[8] = "0"
    tot = sum(VIN_VAL[c] * w for c, w in zip(body, VIN_W))
    r = tot % 11
    body[8] = "X" if r == 10 else str(r)
    return "".join(body)


def ssn_valid():
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def digits(n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


# ---------------------------------------------------------------- data
FIRST_M = ["Hunter", "Wade", "Tuan", "Keoni", "Santiago", "Emeka", "Colt", "Bao",
           "Kwame", "Shane", "Joaquín", "Dmitri", "Mateo", "Oluwaseun", "Brock",
           "Tyee", "Hollis", "Miles", "Jesús", "Sione", "Cody", "Rainer", "Dustin",
           "Amadou", "Finn", "Lonnie"]
FIRST_F = ["Marisol", "Dakota", "Brandy", "Summer", "Rosalind", "Jolene", "Priya",
           "Ximena", "Tavita", "Ingrid", "Reyna", "Autumn", "Nizhoni", "Faith", "Léa",
           "Ruby", "Grace", "Anh", "Willow", "Chantal", "Mercy", "Kaia"]
MIDDLE = ["J", "Lee", "Ann", "R", "Marie", "T", "D", "Kay", "", "", "", "", ""]
LAST = ["Okafor", "Becerra-Lund", "Stone", "Fields", "Villanueva", "Nguyen",
        "Kahananui", "Baker", "Whitehorse", "Castellanos", "O'Rourke", "Dubois",
        "Mahlangu", "Tsosie", "Oyelaran", "Young", "Lane", "Bell", "Price",
        "García-Ochoa", "Van der Berg", "Lindqvist", "Fa'alogo", "Hardy", "Begay",
        "Kowalczyk", "Delacroix", "Haskins", "Rains", "Little", "Mendoza Ruiz",
        "McAllister", "Pham", "Sandoval", "Asante", "Marsh", "Winters", "Brook",
        "Hale", "Ahn", "St. Germain", "Running Crane", "Åberg", "Nakamura-Reyes"]
STREETS = ["Oak St", "Cedar Ln", "N Market St", "Placer St", "Hilltop Dr",
           "Old Oregon Trl", "Cypress Ave", "E 4th Ave", "Juniper Way",
           "Lakeview Rd", "Bonanza St", "Sagebrush Ct", "W Broadway",
           "Ponderosa Pines Rd", "Calle Rosario", "Mill Creek Rd"]
CITIES = [("Redding", "CA", "96001"), ("Chico", "CA", "95926"), ("Bend", "OR", "97701"),
          ("Boise", "ID", "83702"), ("Flagstaff", "AZ", "86001"), ("Missoula", "MT", "59801"),
          ("Reno", "NV", "89502"), ("Yreka", "CA", "96097"), ("Weaverville", "CA", "96093"),
          ("Susanville", "CA", "96130"), ("Grants Pass", "OR", "97526"),
          ("Silver City", "NM", "88061"), ("Hoopa", "CA", "95546"), ("Pendleton", "OR", "97801"),
          ("Oroville", "CA", "95965"), ("Cottonwood", "CA", "96022")]
AREA = ["530", "916", "541", "208", "775", "928", "505", "406", "707", "209", "559"]
RELS = [("wife", "F"), ("husband", "M"), ("mother", "F"), ("father", "M"),
        ("sister", "F"), ("brother", "M"), ("partner", "F"), ("partner", "M")]
# (agency, crew, kind)
CREWS = [("USFS", "Tahoe IHC", "fed"), ("USFS", "Trinity Engine 32", "fed"),
         ("BLM", "Vale Hand Crew 2", "fed"), ("NPS", "Lassen Fire Module", "fed"),
         ("BIA", "Hoopa Hotshots", "fed"), ("USFS", "Mendocino Helitack", "fed"),
         ("CAL FIRE", "Engine 2471", "state"), ("CAL FIRE", "Ishi Crew 4", "state"),
         ("CONTR", "Ridgeback Forestry Crew 7", "contr"),
         ("CONTR", "Alpine Water Tender 12", "contr"),
         ("CONTR", "Ridgeline Catering LLC", "contr"),
         ("CONTR", "Pacific Shower Units", "contr"),
         ("CONTR", "Timberline Falling Module 3", "contr")]
EMPLOYER = {"Ridgeback Forestry Crew 7": ("RIDGEBACK FORESTRY INC", "931847220"),
            "Alpine Water Tender 12": ("ALPINE FIRE SERVICES LLC", "824417396"),
            "Ridgeline Catering LLC": ("RIDGELINE CATERING LLC", "870392215"),
            "Pacific Shower Units": ("PACIFIC SHOWER UNITS INC", "943310578"),
            "Timberline Falling Module 3": ("TIMBERLINE CUTTING CO", "812066947")}
OCC = {"Ridgeback Forestry Crew 7": "FIREFIGHTER TYPE 2", "Alpine Water Tender 12": "WATER TENDER OPERATOR",
       "Ridgeline Catering LLC": "COOK", "Pacific Shower Units": "SHOWER UNIT TECH",
       "Timberline Falling Module 3": "FALLER"}
COMPLAINTS = [("heat cramps", "T67.2XXA"), ("blister R heel", "S90.821A"),
              ("smoke inhalation / cough", "T59.811A"), ("laceration L forearm, chainsaw", "S51.812A"),
              ("ankle inversion injury R", "S93.401A"), ("bee sting, local rxn", "T63.441A"),
              ("poison oak dermatitis", "L23.7"), ("heat exhaustion", "T67.3XXA"),
              ("foreign body L eye (ash)", "T15.92XA"), ("rolling rock strike L knee", "S80.02XA"),
              ("dehydration / nausea", "E86.0"), ("back strain lifting hose", "S39.012A"),
              ("rhabdo r/o, dark urine", "M62.82"), ("fall from rock, susp fx L tib/fib", "S82.202A")]
SERIOUS = ["fall from rock, susp fx L tib/fib", "heat stroke, AMS, core 40.6C", "chainsaw lac R thigh, arterial bleed controlled w/ TQ",
           "struck by falling snag, LOC 2 min", "burns to hands/face, ~9% TBSA", "chest pain, diaphoretic"]
DISPO = ["RTD", "RTD", "RTD", "RTD w/ light duty", "TRANSPORT GROUND", "TRANSPORT AIR", "REFUSAL"]

STAFF = {"MEDL": "Carla Westbrook", "MEDL(t)": "Ines Barrow", "EMTP1": "Ray Dunleavy",
         "EMTP2": "Jun Takeda", "EMTP3": "Abena Mensah", "EMTB1": "Luis Ferreira",
         "EMTB2": "Tricia Hollander", "COMP": "Monique Sato", "SOFR": "Dale Pruitt",
         "COML": "Kent Ashby", "IC": "Gordon Faulk", "RADO": "Shelby Tran"}
MEDICS = ["Ray Dunleavy", "Jun Takeda", "Abena Mensah", "Luis Ferreira", "Tricia Hollander"]
SUPTS = ["Gabe Mortensen", "Lorna Whitfield", "Ernesto Quiroga", "Pete Sandvik", "Darla Yazzie"]
DOCS = [("Irwin", "Samuel", npi()), ("Chaudhry", "Nadia", npi()), ("Bergstrom", "Paul", npi())]
HOSP = "Mercy Summit Medical Center"
HOSP_NPI = npi()
ORG_PHONE = "530-774-4100"
ORG_SMS = "+15307744100"
ICP_ADDR = "Cedar Flat Fairgrounds, 6300 Wildwood Rd, Pine Hollow, CA 96048"
INC = "CA-SHU-018442"
INCNAME = "Sawtooth Ridge Fire"
BASE = dt.datetime(2024, 8, 14, 5, 38, 12)
TZ = dt.timedelta(hours=-7)


def phone():
    return "%s-%d-%04d" % (rng.choice(AREA), rng.randint(201, 989), rng.randint(0, 9999))


def pdate(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "dmy":
        return d.strftime("%d-%b-%Y")
    raise ValueError(style)


class Person:
    pass


def make_person(i):
    p = Person()
    p.sex = rng.choice("MMMMF")
    p.first = rng.choice(FIRST_M if p.sex == "M" else FIRST_F)
    p.middle = rng.choice(MIDDLE)
    p.last = LAST[i % len(LAST)] if i < len(LAST) else rng.choice(LAST)
    p.dob = dt.date(rng.randint(1966, 2005), rng.randint(1, 12), rng.randint(1, 28))
    p.age = 2024 - p.dob.year - ((8, 14) < (p.dob.month, p.dob.day))
    p.agency, p.crew, p.kind = rng.choice(CREWS)
    p.ssn = ssn_valid()
    p.phone = phone()
    mail = rng.choice(["gmail.com", "yahoo.com", "icloud.com", "outlook.com", "proton.me"])
    ascii_first = p.first.replace("í", "i").replace("ú", "u").replace("é", "e")
    p.email = "%s.%s%d@%s" % (ascii_first.lower(), p.last.lower().replace(" ", "").replace("'", "").replace("í", "i").replace("å", "a").replace("Å", "a"), rng.randint(1, 99), mail)
    p.street = "%d %s" % (rng.randint(12, 9870), rng.choice(STREETS))
    if rng.random() < 0.2:
        p.street += rng.choice([" Apt 4", " Unit B", " #12", " Spc 31"])
    p.city, p.state, p.zip = rng.choice(CITIES)
    rel, rsex = rng.choice(RELS)
    p.ec_rel = rel
    p.ec_first = rng.choice(FIRST_M if rsex == "M" else FIRST_F)
    p.ec_last = p.last if rel in ("wife", "husband", "mother", "father", "sister", "brother") and rng.random() < 0.7 else rng.choice(LAST)
    p.ec_phone = phone()
    p.mu = "SRF-MU-%04d" % (100 + i * 3 + rng.randint(0, 2))
    p.pcr = "PCR-24-%05d" % (3100 + i * 7 + rng.randint(0, 6))
    p.emplid = ("%08d" % rng.randint(10000000, 99999999)) if p.kind != "contr" else "%s-%05d" % (p.crew[:2].upper(), rng.randint(10000, 99999))
    p.iqcs = "%04d-%03d-%03d" % (rng.randint(100, 9999), rng.randint(0, 999), rng.randint(0, 999))
    p.member = rng.choice(["R", "R", "K"]) + digits(8) if p.kind == "fed" else rng.choice(["XJH", "BSC", "KPN"]) + digits(9)
    p.owcp = "55" + digits(7)
    p.claim = "WC%02d-%06d" % (24, rng.randint(100000, 999999))
    p.ca16 = "CA16-%s-%03d" % (INC[-6:], rng.randint(1, 400))
    p.ip = "%d.%d.%d.%d" % (rng.choice([172, 107, 174, 98, 67, 24]), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
    p.heat_sn = "EQV-LS3-%06d" % rng.randint(100000, 999999)
    p.co_sn = "ALT4X-%s%05d" % (rng.choice("ABCDEF"), rng.randint(0, 99999))
    p.plate = rng.choice(["%d%s%03d" % (rng.randint(4, 9), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)), rng.randint(0, 999)),
                          "%03d %s" % (rng.randint(0, 999), "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)))])
    p.vin = vin(rng.choice(["1FTFW1E5", "3GCUYDED", "5TFDY5F1", "1C6SRFFT", "JTMRWRFV"]))
    p.dl = rng.choice(["D", "F", "B"]) + digits(7)
    p.badge = "SRF-B-%05d" % rng.randint(1000, 99999)
    p.acct = "MSMC" + digits(9)
    p.bank = digits(rng.choice([10, 11, 12]))
    p.hosp_mrn = "M" + digits(8)
    p.complaint, p.icd = rng.choice(COMPLAINTS)
    p.doi = dt.date(2024, 8, rng.randint(9, 14))
    return p


PEOPLE = [make_person(i) for i in range(46)]
# a core set of people shows up again and again across systems
CORE = PEOPLE[:18]


def pick():
    return rng.choice(CORE) if rng.random() < 0.6 else rng.choice(PEOPLE)


def contr_pick():
    c = [p for p in PEOPLE if p.kind == "contr"]
    return rng.choice(c)


def fed_pick():
    c = [p for p in PEOPLE if p.kind == "fed"]
    return rng.choice(c)


def fullname(p, style="fl"):
    if style == "fl":
        return "%s %s" % (p.first, p.last)
    if style == "fml":
        return ("%s %s %s" % (p.first, p.middle, p.last)) if p.middle else "%s %s" % (p.first, p.last)
    if style == "lf":
        return "%s, %s" % (p.last, p.first)
    if style == "LF":
        return "%s, %s" % (p.last.upper(), p.first.upper())
    if style == "li":
        return "%s, %s." % (p.last, p.first[0])
    if style == "fi":
        return "%s. %s" % (p.first[0], p.last)
    raise ValueError(style)


# ---------------------------------------------------------------- clock
class Clock:
    def __init__(self):
        self.now = BASE

    def tick(self, lo=4, hi=150):
        self.now += dt.timedelta(seconds=rng.randint(lo, hi), milliseconds=rng.randint(0, 999))
        return self.now


CLK = Clock()


def iso_z(t):
    u = t - TZ
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def iso_local(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S-07:00")


def hexid(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def uuid4():
    h = hexid(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


# ---------------------------------------------------------------- generators
def g_epcr():
    t = CLK.tick()
    p = pick()
    if rng.random() < 0.3:
        obj = O(("ts", iso_z(t)), ("level", rng.choice(["INFO", "DEBUG"])), ("logger", "epcr.sync.queue"),
                ("msg", rng.choice(["queue drained", "tablet heartbeat", "sync window opened", "attachments pruned"])),
                ("device", "MU-TAB-%02d" % rng.randint(1, 9)), ("app_ver", "4.18.%d" % rng.randint(0, 6)),
                ("pending", rng.randint(0, 7)), ("trace_id", hexid(32)))
        return [jline("epcr_json", obj)]
    cc, icd = p.complaint, p.icd
    enc = t - dt.timedelta(minutes=rng.randint(8, 90))
    vit = O(("hr", rng.randint(68, 148)), ("rr", rng.randint(12, 26)),
            ("bp", "%d/%d" % (rng.randint(104, 162), rng.randint(62, 98))),
            ("spo2", rng.randint(91, 100)), ("temp_f", round(rng.uniform(97.6, 103.4), 1)),
            ("gcs", 15))
    pt = O(("last", P(p.last, "name")), ("first", P(p.first, "name")),
           ("dob", P(pdate(p.dob, rng.choice(["iso", "us"])), "date")),
           ("age", p.age), ("sex", p.sex), ("agency", p.agency), ("resource", p.crew),
           ("empl_id", P(p.emplid, "other_id")) if rng.random() < 0.4 else None,
           ("ins", O(("payer", "FEP BLUE" if p.kind == "fed" else "Anthem Blue Cross"), ("member_id", P(p.member, "health_plan")))) if rng.random() < 0.2 else None)
    obj = O(("ts", iso_z(t)), ("level", "INFO"), ("logger", "epcr.sync.upload"),
            ("pcr", P(p.pcr, "mrn")), ("mu_case", P(p.mu, "mrn")) if rng.random() < 0.5 else None,
            ("inc", INC), ("enc_start", P(iso_local(enc), "date")), ("pt", pt),
            ("cc", cc), ("icd10", icd), ("vitals", vit),
            ("dispo", rng.choice(DISPO)), ("medic", rng.choice(MEDICS)),
            ("monitor_sn", "LP15-%08d" % rng.randint(40000000, 49999999)),
            ("span_id", hexid(16)))
    return [jline("epcr_json", obj)]


def g_nemsis():
    t = CLK.tick()
    p = pick()
    enc = t - dt.timedelta(minutes=rng.randint(20, 200))
    L = Line("nemsis_xml")
    L.t('<PatientCareReport xmlns="http://www.nemsis.org" UUID="%s"><eRecord><eRecord.01>' % uuid4())
    L.p(p.pcr, "mrn").t("</eRecord.01><eRecord.SoftwareApplicationGroup><eRecord.02>CampMed ePCR</eRecord.02><eRecord.03>4.18.2</eRecord.03></eRecord.SoftwareApplicationGroup></eRecord>")
    L.t("<ePatient><ePatient.PatientNameGroup><ePatient.02>").p(xesc(p.last), "name").t("</ePatient.02><ePatient.03>").p(xesc(p.first), "name").t("</ePatient.03></ePatient.PatientNameGroup>")
    if rng.random() < 0.6:
        L.t("<ePatient.05>").p(xesc(p.street), "address").t("</ePatient.05><ePatient.06>").p(p.city, "address").t("</ePatient.06><ePatient.08>%s</ePatient.08><ePatient.09>" % p.state).p(p.zip, "zip").t("</ePatient.09>")
    L.t("<ePatient.13>%s</ePatient.13><ePatient.AgeGroup><ePatient.15>%d</ePatient.15><ePatient.16>2516009</ePatient.16></ePatient.AgeGroup><ePatient.17>" % ("9906001" if p.sex == "F" else "9906003", p.age))
    L.p(pdate(p.dob, "iso"), "date").t("</ePatient.17></ePatient>")
    L.t("<eTimes><eTimes.03>").p(iso_local(enc), "date").t("</eTimes.03></eTimes>")
    L.t("<eSituation><eSituation.04>%s</eSituation.04></eSituation></PatientCareReport>" % xesc(p.complaint))
    return [L]


NOTE_NOPHI = [
    "Restocked ALS bag 3, swapped O2 cyl D #7, narc box seal {seal} verified w/ {m2}",
    "Briefed line medics at 0600 ops: heat index fcst 104F Div Z/ZZ, push hydration",
    "Ordered 6 cs electrolyte (SKU EL-4432), 2 cs moleskin via SUPL, req #{req}",
    "MEDL {medl} met SOFR {sofr} re: rolling material hazard Div M, updated ICS-206",
    "Ambulance M-12 (Shasta Co EMS) staged at DP-14 per plan, ETA to ICP 9 min",
    "Aid station walk-in count 0600-1200: {n} contacts, 0 transports",
    "ICS-206 rev 4 posted; NorCal Flight Care ship N417NC confirmed avail 24h",
    "Line medic {m2} checked in Div Z w/ FEMP kit, radio RX 168.2000",
    "AED at caterer tent battery replaced, lot 0423B exp 2027-03",
    "Water test at ICP potable tank OK (chlorine 0.8 ppm), env health notified",
]


def g_note():
    t = CLK.tick()
    hdr = "ICS214|MU|%s|%s|" % (t.strftime("%m/%d %H%M"), rng.choice(["MEDL", "MEDL(t)", "MU-AID"]))
    if rng.random() < 0.5:
        s = rng.choice(NOTE_NOPHI).format(seal=digits(7), m2=rng.choice(MEDICS), req=digits(4),
                                           medl=STAFF["MEDL"], sofr=STAFF["SOFR"], n=rng.randint(9, 41))
        return [mk("ics214_note", hdr, s)]
    p = pick()
    style = rng.choice(["fl", "lf", "fi", "li"])
    forms = [
        ["Pt ", P(fullname(p, style), "name"), " (%s) c/o %s, tx'd, %s. PCR " % (p.crew, p.complaint, rng.choice(DISPO)), P(p.pcr, "mrn")],
        ["Called EC ", P("%s %s" % (p.ec_first, p.ec_last), "name"), " (%s) at " % p.ec_rel, P(p.ec_phone, "phone"),
         " re: ", P(fullname(p, "fl"), "name"), " transport to %s" % HOSP],
        ["CA-16 issued to ", P(fullname(p, style), "name"), ", DOI ", P(pdate(p.doi, "us"), "date"),
         ", auth ", P(p.ca16, "other_id"), ", comp unit (%s) notified" % STAFF["COMP"]],
        ["F/u ", P(fullname(p, style), "name"), " at aid stn, wound clean, cleared RTD ", P(pdate(dt.date(2024, 8, rng.randint(14, 17)), "us"), "date")],
        ["Heat alert PSI 8.1 on ", P(p.heat_sn, "device"), " (", P(fullname(p, "li"), "name"), "), pulled to shade, oral rehydration"],
        ["Case ", P(p.mu, "mrn"), ": ", P(fullname(p, style), "name"), ", %d%s, %s; medic %s" % (p.age, p.sex, p.complaint, rng.choice(MEDICS))],
    ]
    return [mk("ics214_note", hdr, *rng.choice(forms))]


def g_heat():
    t = CLK.tick(2, 40)
    ms = int((t - TZ - dt.datetime(1970, 1, 1)).total_seconds() * 1000)
    if rng.random() < 0.3:
        obj = O(("t", ms), ("gw", "psi-gw-%02d" % rng.randint(1, 3)), ("evt", rng.choice(["hb", "uplink_ok", "lora_rssi"])),
                ("rssi", -rng.randint(60, 118)), ("fw", "2.7.%d" % rng.randint(0, 9)), ("q", rng.randint(0, 40)))
        return [jline("heatmon_json", obj)]
    p = pick()
    tc = round(rng.uniform(37.1, 39.6), 2)
    psi = round(min(10, max(0, (tc - 37) * 3 + rng.uniform(-0.5, 1.5))), 1)
    obj = O(("t", ms), ("gw", "psi-gw-%02d" % rng.randint(1, 3)), ("sn", P(p.heat_sn, "device")),
            ("wearer", P(fullname(p, rng.choice(["lf", "li"])), "name")) if rng.random() < 0.55 else None,
            ("res", p.crew), ("tc_c", tc), ("hr", rng.randint(88, 182)), ("psi", psi),
            ("batt", rng.randint(12, 100)), ("alert", "RED" if psi >= 8 else ("AMBER" if psi >= 6.5 else "NONE")))
    return [jline("heatmon_json", obj)]


def g_air():
    t = CLK.tick()
    ts = "ts=%s" % iso_local(t)
    if rng.random() < 0.5:
        site = rng.choice([("ebam-3167", "ICP"), ("ebam-3171", "SPIKE-2"), ("ebam-2980", "DP-14")])
        pm = round(rng.uniform(12, 240), 1)
        return [mk("airmon_logfmt", ts, " src=%s type=fixed site=%s pm25_ugm3=%s aqi=%d flow_lpm=16.7 rh_pct=%d conc_flag=0" % (
            site[0], site[1], pm, min(500, int(pm * 1.6 + 20)), rng.randint(9, 35)))]
    p = pick()
    co = rng.randint(0, 95)
    segs = [ts, " src=altair-dock-1 type=personal sn=", P(p.co_sn, "device")]
    if rng.random() < 0.6:
        segs += [' assigned="', P(fullname(p, rng.choice(["li", "fl"])), "name"), '"']
    segs.append(" res=%s co_ppm_peak=%d twa8_ppm=%d stel_ppm=%d alarm=%s docked=true" % (
        p.crew.replace(" ", "_"), co, co // 3, co // 2, "HIGH" if co > 50 else "none"))
    return [mk("airmon_logfmt", *segs)]


AMR_SEQ = [0]


def g_airmed():
    t = CLK.tick()
    AMR_SEQ[0] += 1
    rid = "AMR-0814-%02d" % AMR_SEQ[0]
    p = pick()
    lat = "%.5f" % rng.uniform(40.70, 40.95)
    lon = "%.5f" % rng.uniform(-123.20, -122.90)
    req = mk("airmed_kv", "%s AIRMED REQ id=%s inc=%s pri=%s pt=\"" % (t.strftime("%Y-%m-%d %H:%M:%S"), rid, INC, rng.choice(["URGENT", "PRIORITY"])),
             P(fullname(p, "lf"), "name"), "\" sex=%s age=%d wt_lb=%d moi=\"%s\" pt_loc=" % (p.sex, p.age, rng.randint(130, 240), rng.choice(SERIOUS)),
             P(lat, "address"), ",", P(lon, "address"),
             " lz=\"%s\" freq=\"RX 168.2000 TX 168.2000 TONE 110.9\" vendor=\"NorCal Flight Care\" acft=N417NC dest=\"%s\" req_by=\"%s\"" % (
                 rng.choice(["H-7 Bear Wallow", "H-3 Pony Camp", "Safety Zone 4 DP-22"]), HOSP, "MEDL " + STAFF["MEDL"].split()[1]))
    out = [req]
    t2 = CLK.tick(60, 300)
    out.append(mk("airmed_kv", "%s AIRMED STAT id=%s acft=N417NC status=%s pos=%.4f,%.4f eta_min=%d" % (
        t2.strftime("%Y-%m-%d %H:%M:%S"), rid, rng.choice(["LAUNCHED", "WHEELS_UP", "ON_SCENE", "PT_LOADED"]),
        rng.uniform(40.5, 40.9), rng.uniform(-123.1, -122.3), rng.randint(4, 30))))
    return out


def g_radio():
    t = CLK.tick()
    pre = "%s\t%s\t" % (t.strftime("%m/%d/%y"), t.strftime("%H%M"))
    if rng.random() < 0.65:
        msgs = [("DIV Z", "MEDICAL", "Med emergency 1 pt heat related, conscious and breathing, walking out to DP-14"),
                ("MEDICAL", "DIV Z", "Copy, line medic %s en route w/ ALS, ETA 20" % rng.choice(MEDICS)),
                ("AIR OPS", "MEDICAL", "N417NC on standby at Redding, 24 min to H-7"),
                ("SOFR", "ALL", "Rolling material Div M below 2-track, use caution"),
                ("MEDICAL", "COMMS", "Radio check RX 168.2000, loud and clear"),
                ("DIV Y", "MEDICAL", "Bee sting 1 pt, allergic hx negative, treated on line, RTD"),
                ("%s SUPT" % rng.choice(["TAHOE IHC", "ISHI 4", "RIDGEBACK 7"]), "MEDICAL", "All crew accounted for, PAR 20"),
                ("MEDICAL", "DISPATCH", "Request ALS ground amb DP-14, 1 pt, non-emergent")]
        a, b, m = rng.choice(msgs)
        return [mk("radio_tsv", pre, "%s\t%s\t%s\t%s" % (a, b, m, STAFF["RADO"]))]
    p = pick()
    forms = [["Cell from DIV Z: pt name ", P(fullname(p, "fl"), "name"), ", %s, %s" % (p.crew, p.complaint)],
             ["MEDL phone: confirm pt ", P(fullname(p, "LF"), "name"), " arrived %s, hospital MRN " % HOSP, P(p.hosp_mrn, "mrn")],
             ["Pt ", P(fullname(p, "fi"), "name"), " DOB ", P(pdate(p.dob, "us"), "date"), " loaded N417NC"],
             ["Fam callback req: ", P("%s %s" % (p.ec_first, p.ec_last), "name"), " ", P(p.ec_phone, "phone"),
              " asking about ", P(p.first, "name")]]
    return [mk("radio_tsv", pre, "%s\t%s\t" % (rng.choice(["DIV Z", "MEDICAL", "DIV M", "ICP COMMS"]), rng.choice(["MEDL", "MEDICAL", "COMP/CLAIMS"])),
               *rng.choice(forms), "\t%s" % STAFF["RADO"])]


def e164(ph):
    return "+1" + ph.replace("-", "")


def g_sms():
    t = CLK.tick()
    sid = "SM" + hexid(32)
    head = "ts=%s svc=sms-gw " % iso_local(t)
    r = rng.random()
    if r < 0.25:
        return [mk("sms_logfmt", head, "dir=status sid=%s status=%s err=%s latency_ms=%d carrier_hint=%s" % (
            sid, rng.choice(["delivered", "sent", "undelivered"]), rng.choice(["0", "0", "30003", "30005"]),
            rng.randint(180, 4200), rng.choice(["tmobile", "verizon", "att"])))]
    p = pick()
    if r < 0.55:
        body = ["SAWTOOTH RIDGE MED UNIT: Hi ", P(p.ec_first, "name"), ", this is %s (MEDL). " % STAFF["MEDL"],
                P(fullname(p, "fl"), "name"), " was seen at camp medical and taken to %s for evaluation. Call %s" % (HOSP, ORG_PHONE)]
        return [mk("sms_logfmt", head, "dir=outbound sid=%s from=%s to=" % (sid, ORG_SMS), P(e164(p.ec_phone), "phone"),
                   " segs=2 status=queued body=\"", *body, "\"")]
    if r < 0.8:
        appt = dt.date(2024, 8, rng.randint(15, 19))
        body = ["Reminder: your CA-16 follow-up at Pine Hollow Occ Health is ", P(appt.strftime("%a %m/%d"), "date"),
                " 0900. Bring claim # ", P(p.owcp, "other_id"), ". Reply STOP to opt out"]
        return [mk("sms_logfmt", head, "dir=outbound sid=%s from=%s to=" % (sid, ORG_SMS), P(e164(p.phone), "phone"),
                   " segs=2 status=queued body=\"", *body, "\"")]
    body = ["this is ", P(fullname(p, "fl"), "name"), " %s, do i still need the paper form for my appt " % p.crew,
            P("%d/%d" % (8, rng.randint(15, 19)), "date"), "?"]
    return [mk("sms_logfmt", head, "dir=inbound sid=%s from=" % sid, P(e164(p.phone), "phone"),
               " to=%s body=\"" % ORG_SMS, *body, "\"")]


HL7_SEQ = [4100]


def g_hl7():
    t = CLK.tick()
    HL7_SEQ[0] += 1
    p = pick()
    ts = t.strftime("%Y%m%d%H%M%S")
    out = [mk("hl7v2", "MSH|^~\\&|CAMPMED|SRF_ICP|EPIC|MSMC|%s||ADT^A04^ADT_A01|SRF%06d|P|2.5.1" % (ts, HL7_SEQ[0])),
           mk("hl7v2", "EVN|A04|%s|||%s^%s" % (ts, STAFF["MEDL"].split()[1].upper(), STAFF["MEDL"].split()[0].upper()))]
    name = "^".join(x for x in (p.last.upper(), p.first.upper(), p.middle.upper()) if x)
    pid = ["PID|1||", P(p.mu, "mrn"), "^^^SRFMU^MR~", P(p.hosp_mrn, "mrn"), "^^^MSMC^MR||", P(name, "name"), "||",
           P(pdate(p.dob, "hl7"), "date"), "|%s|||" % p.sex, P(p.street.upper(), "address"), "^^", P(p.city.upper(), "address"),
           "^%s^" % p.state, P(p.zip, "zip"), "^USA||", P("(%s)%s" % (p.phone[:3], p.phone[4:]), "phone"), "||||||"]
    if rng.random() < 0.5:
        pid += [P(p.ssn.replace("-", ""), "ssn")]
    out.append(mk("hl7v2", *pid))
    if rng.random() < 0.7:
        out.append(mk("hl7v2", "NK1|1|", P("%s^%s" % (p.ec_last.upper(), p.ec_first.upper()), "name"),
                      "|%s|||" % {"wife": "SPO", "husband": "SPO", "mother": "MTH", "father": "FTH", "sister": "SIS", "brother": "BRO", "partner": "DOM"}[p.ec_rel],
                      P("(%s)%s" % (p.ec_phone[:3], p.ec_phone[4:]), "phone"), "||EC"))
    d = rng.choice(DOCS)
    out.append(mk("hl7v2", "PV1|1|E|ED^^^MSMC||||%s^%s^%s^^^^MD|||||||||||" % (d[2], d[0].upper(), d[1].upper()),
                  P(p.acct, "account"), "|||||||||||||||||||||||||", P(ts[:12], "date")))
    if rng.random() < 0.9:
        if p.kind == "contr":
            out.append(mk("hl7v2", "IN1|1|WC01|CORVWC|CORVEL WORKERS COMP|PO BOX 6530^^IRVINE^CA^92623||||||%s|||||||||||||||||||||||||||||" % EMPLOYER[p.crew][0],
                          P(p.claim, "other_id")))
        else:
            out.append(mk("hl7v2", "IN1|1|FEP104|BCBSFEP|FEP BLUE|PO BOX 105557^^ATLANTA^GA^30348|||||||||||||||||||||||||||||||||||",
                          P(p.member, "health_plan")))
    out.append(mk("hl7v2", "OBX|1|NM|8310-5^Body temperature^LN||%.1f|Cel|36.1-37.8|%s|||F" % (rng.uniform(36.5, 40.1), rng.choice(["N", "H"]))))
    return out


def g_fhir():
    t = CLK.tick()
    p = pick()
    pu = "urn:uuid:" + uuid4()
    enc = t - dt.timedelta(minutes=rng.randint(30, 180))
    patient = O(("resourceType", "Patient"),
                ("identifier", [O(("system", "urn:oid:2.16.840.1.113883.3.7204.1"), ("value", P(p.mu, "mrn")))]),
                ("name", [O(("family", P(p.last, "name")), ("given", [P(p.first, "name")]))]),
                ("gender", "male" if p.sex == "M" else "female"),
                ("birthDate", P(pdate(p.dob, "iso"), "date")),
                ("telecom", [O(("system", "phone"), ("value", P(p.phone, "phone")), ("use", "mobile"))]) if rng.random() < 0.6 else None,
                ("address", [O(("line", [P(p.street, "address")]), ("city", P(p.city, "address")), ("state", p.state), ("postalCode", P(p.zip, "zip")))]) if rng.random() < 0.5 else None)
    encounter = O(("resourceType", "Encounter"), ("status", "finished"),
                  ("class", O(("system", "http://terminology.hl7.org/CodeSystem/v3-ActCode"), ("code", "EMER"))),
                  ("subject", O(("reference", pu))),
                  ("period", O(("start", P(iso_local(enc), "date")))),
                  ("reasonCode", [O(("text", p.complaint))]))
    obj = O(("resourceType", "Bundle"), ("id", uuid4()), ("type", "transaction"),
            ("entry", [O(("fullUrl", pu), ("resource", patient), ("request", O(("method", "POST"), ("url", "Patient")))),
                       O(("fullUrl", "urn:uuid:" + uuid4()), ("resource", encounter), ("request", O(("method", "POST"), ("url", "Encounter"))))]))
    return [jline("fhir_json", obj)]


def g_ecomp():
    t = CLK.tick()
    r = rng.random()
    if r < 0.3:
        obj = O(("@timestamp", iso_z(t)), ("app", "ecomp-intake"), ("event", rng.choice(["session.refresh", "queue.poll", "pdf.render"])),
                ("duration_ms", rng.randint(12, 3400)), ("node", "ecomp-app-%d" % rng.randint(1, 4)),
                ("build", "2024.07.%d+%s" % (rng.randint(1, 31), hexid(7))), ("req_id", uuid4()))
        return [jline("ecomp_json", obj, ea=True, sep=(", ", ": "))]
    p = fed_pick()
    if r < 0.7:
        emp = O(("name", P(fullname(p, "fml"), "name")), ("ssn", P(p.ssn, "ssn")), ("dob", P(pdate(p.dob, "us"), "date")),
                ("homeAddress", O(("street", P(p.street, "address")), ("city", P(p.city, "address")), ("state", p.state), ("zip", P(p.zip, "zip")))),
                ("phone", P(p.phone, "phone")), ("email", P(p.email, "email")) if rng.random() < 0.6 else None,
                ("emplId", P(p.emplid, "other_id")))
        obj = O(("@timestamp", iso_z(t)), ("app", "ecomp-intake"), ("event", "form.submitted"), ("form", "CA-1"),
                ("caseNumber", P(p.owcp, "other_id")), ("employee", emp),
                ("dateOfInjury", P(pdate(p.doi, "iso"), "date")), ("injury", p.complaint),
                ("agency", {"USFS": "USDA Forest Service", "BLM": "DOI Bureau of Land Management", "NPS": "DOI National Park Service", "BIA": "DOI Bureau of Indian Affairs"}[p.agency]),
                ("supervisor", rng.choice(SUPTS)), ("dutyStation", p.crew), ("req_id", uuid4()))
        return [jline("ecomp_json", obj, ea=True, sep=(", ", ": "))]
    if r < 0.85:
        obj = O(("@timestamp", iso_z(t)), ("app", "ecomp-intake"), ("event", "ca16.issued"),
                ("authNo", P(p.ca16, "other_id")), ("caseNumber", P(p.owcp, "other_id")),
                ("employeeName", P(fullname(p, "LF"), "name")), ("doi", P(pdate(p.doi, "us"), "date")),
                ("facility", "Pine Hollow Occupational Health, 415 Depot St, Pine Hollow CA 96048"),
                ("facilityFax", "530-774-2291"), ("issuedBy", STAFF["COMP"]))
        return [jline("ecomp_json", obj, ea=True, sep=(", ", ": "))]
    obj = O(("@timestamp", iso_z(t)), ("app", "ecomp-intake"), ("event", "form.submitted"), ("form", "CA-7"),
            ("caseNumber", P(p.owcp, "other_id")), ("claimant", P(fullname(p, "fl"), "name")),
            ("periodFrom", P(pdate(p.doi + dt.timedelta(days=3), "iso"), "date")),
            ("directDeposit", O(("routing", rng.choice(["121000358", "322271627", "123103729"])), ("account", P(p.bank, "account")), ("type", "checking"))))
    return [jline("ecomp_json", obj, ea=True, sep=(", ", ": "))]


FROI_SEQ = [0]


def g_froi():
    t = CLK.tick()
    if rng.random() < 0.25:
        return [mk("froi_fixed", "HD1%-15s%-15s%s%s%-6s" % ("SRFMEDUNIT", "CORVELWC", t.strftime("%Y%m%d%H%M%S"), "T", "R3.1"))]
    p = contr_pick()
    FROI_SEQ[0] += 1
    L = Line("froi_fixed")

    def fld(v, w, cat=None):
        v = v[:w]
        L.p(v, cat)
        L.t(" " * (w - len(v.encode("utf-8"))) if w > len(v.encode("utf-8")) else "")

    L.t("148 00CA")
    L.t(t.strftime("%Y%m%d"))
    fld(p.claim, 14, "other_id")
    fld(EMPLOYER[p.crew][1], 9)
    x = rng.random()
    if x < 0.1:
        fld("000000000", 9)
    elif x < 0.17:
        fld("666" + digits(6), 9, "ssn")
    else:
        fld(p.ssn.replace("-", ""), 9, "ssn")
    fld(p.last.upper(), 20, "name")
    fld(p.first.upper(), 15, "name")
    fld(p.street.upper(), 30, "address")
    fld(p.city.upper(), 15, "address")
    fld(p.state, 2)
    fld(p.zip, 9, "zip")
    fld(pdate(p.dob, "hl7"), 8, "date")
    fld(pdate(p.doi, "hl7"), 8, "date")
    fld(p.sex, 1)
    fld(OCC[p.crew], 20)
    fld(p.phone.replace("-", ""), 10, "phone")
    fld(EMPLOYER[p.crew][0], 30)
    return [L]


X12_CTL = [4110]


def g_x12():
    t = CLK.tick()
    X12_CTL[0] += 1
    c = X12_CTL[0]
    p = contr_pick()
    emp, fein = EMPLOYER[p.crew]
    dos = t.strftime("%Y%m%d")
    segs = [
        ["ISA*00*          *00*          *ZZ*SRFMEDUNIT     *ZZ*CORVELWC       *%s*%s*^*00501*%09d*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), c)],
        ["GS*HC*SRFMEDUNIT*CORVELWC*%s*%s*%d*X*005010X222A1~" % (dos, t.strftime("%H%M"), c)],
        ["ST*837*0001*005010X222A1~"],
        ["BHT*0019*00*SRF%d*%s*%s*CH~" % (c, dos, t.strftime("%H%M"))],
        ["NM1*85*2*MERCY SUMMIT MEDICAL CENTER*****XX*%s~" % HOSP_NPI],
        ["N3*2175 ROSALINE AVE~"],
        ["NM1*IL*2*%s*****FI*%s~" % (emp, fein)],
        ["NM1*QC*1*", P(p.last.upper(), "name"), "*", P(p.first.upper(), "name"), "~"],
        ["N3*", P(p.street.upper(), "address"), "~"],
        ["N4*", P(p.city.upper(), "address"), "*%s*" % p.state, P(p.zip, "zip"), "~"],
        ["DMG*D8*", P(pdate(p.dob, "hl7"), "date"), "*%s~" % p.sex],
        ["REF*Y4*", P(p.claim, "other_id"), "~"],
        ["CLM*", P(p.acct, "account"), "*%.2f***23:B:1*Y*A*Y*Y*EM~" % rng.choice([212.5, 412.5, 689.0, 1240.75])],
        ["DTP*439*D8*", P(pdate(p.doi, "hl7"), "date"), "~"],
        ["HI*ABK:%s~" % p.icd.replace(".", "")],
        ["NM1*82*1*%s*%s****XX*%s~" % (DOCS[0][0].upper(), DOCS[0][1].upper(), DOCS[0][2])],
        ["SV1*HC:99283*412.50*UN*1***1~"],
        ["DTP*472*D8*", P(dos, "date"), "~"],
        ["SE*18*0001~"], ["GE*1*%d~" % c], ["IEA*1*%09d~" % c]]
    return [mk("x12_837", *s) for s in segs]


UA = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.6478.122 Mobile Safari/537.36",
      "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/127.0.0.0 Safari/537.36 Edg/127.0.0.0"]


def g_nginx():
    t = CLK.tick(1, 60)
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0700]")
    r = rng.random()
    tail = ' %d %d "-" "%s" rt=%.3f' % (rng.choice([200, 200, 200, 304, 404]), rng.randint(180, 48000), rng.choice(UA), rng.uniform(0.002, 1.9))
    if r < 0.35:
        ip = "10.42.%d.%d" % (rng.randint(0, 3), rng.randint(10, 200))
        path = rng.choice(["/static/app.%s.js" % hexid(8), "/api/v2/supplies/par?site=ICP", "/healthz",
                           "/api/v2/roster?res=Tahoe%20IHC", "/api/v2/ics206/current.pdf", "/favicon.ico"])
        return [mk("nginx_access", '%s - - %s "GET %s HTTP/1.1"' % (ip, ts, path), tail)]
    p = pick()
    if r < 0.7:
        ip = "10.42.%d.%d" % (rng.randint(0, 3), rng.randint(10, 200))
        which = rng.random()
        if which < 0.5:
            path = "/api/v2/encounters/%s?include=vitals,meds" % p.pcr
        elif which < 0.8:
            path = "/api/v2/cases/%s/attachments" % p.mu
        else:
            path = "/api/v2/patients/search?q=" + urllib.parse.quote("%s, %s" % (p.last, p.first))
        return [mk("nginx_access", '%s - %s %s "%s ' % (ip, rng.choice(["rdunleavy", "jtakeda", "amensah", "cwestbrook"]), ts, rng.choice(["GET", "GET", "PUT"])),
                   P(path, "url"), ' HTTP/1.1"', tail)]
    fp = fed_pick()
    if rng.random() < 0.3:
        return [mk("nginx_access", P(fp.ip, "ip"), ' - - %s "GET /ecomp/assets/%s.css HTTP/2.0"' % (ts, hexid(10)), tail)]
    path = rng.choice(["/ecomp/claims/%s/documents" % fp.owcp, "/ecomp/claims/%s/ca16/%s.pdf" % (fp.owcp, fp.ca16),
                       "/ecomp/forms/ca1?case=%s&step=review" % fp.owcp])
    return [mk("nginx_access", P(fp.ip, "ip"), ' - - %s "%s ' % (ts, rng.choice(["GET", "POST"])), P(path, "url"), ' HTTP/2.0"', tail)]


def g_java():
    t = CLK.tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    pid = 2231
    r = rng.random()
    if r < 0.4:
        return [mk("java_trace", "%s  INFO %d --- [%s] o.s.c.epcr.sync.StateRepoClient : %s" % (
            ts, pid, "scheduling-1", rng.choice(["Batch upload complete: 6 PCRs, 0 failed (1843 ms)", "Token refreshed, expires in 3600 s",
                                                  "Starlink uplink latency 48 ms, resuming uploads", "Connection pool stats active=2 idle=8 max=10"])))]
    p = pick()
    out = [mk("java_trace", "%s ERROR %d --- [pool-4-thread-%d] o.s.c.epcr.sync.StateRepoClient : Upload failed for " % (ts, pid, rng.randint(1, 4)),
              P(p.pcr, "mrn"), " (attempt %d/5)" % rng.randint(1, 5)),
           mk("java_trace", 'org.springframework.web.client.ResourceAccessException: I/O error on POST request for "https://cemsis-gw.emsa-repo.net/nemsis/v3.5/submit": Read timed out'),
           mk("java_trace", "\tat org.springframework.web.client.RestTemplate.doExecute(RestTemplate.java:791)"),
           mk("java_trace", "\tat org.springframework.web.client.RestTemplate.execute(RestTemplate.java:711)"),
           mk("java_trace", "\tat org.campmed.epcr.sync.StateRepoClient.push(StateRepoClient.java:%d)" % rng.randint(100, 240)),
           mk("java_trace", "Caused by: java.net.SocketTimeoutException: Read timed out"),
           mk("java_trace", "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)"),
           mk("java_trace", "\t... %d common frames omitted" % rng.randint(11, 19))]
    if rng.random() < 0.4:
        out = out[:5] + out[7:]
    return out


def g_pg():
    t = CLK.tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d PDT" % (t.microsecond // 1000)
    pid = rng.randint(3000, 9000)
    r = rng.random()
    if r < 0.45:
        return [mk("pg_log", "%s [%d] %s" % (ts, pid, rng.choice([
            "LOG:  checkpoint complete: wrote 214 buffers (1.3%); 0 WAL file(s) added, 0 removed, 1 recycled; write=21.4 s",
            "LOG:  automatic vacuum of table \"medunit.public.psi_readings\": index scans: 1",
            "mu_app@medunit LOG:  duration: 2.118 ms  statement: SELECT sku, on_hand FROM supply_par WHERE site = 'ICP'",
            "LOG:  connection received: host=10.42.1.17 port=51522",
            "mu_app@medunit ERROR:  deadlock detected",
        ])))]
    p = pick()
    forms = [["mu_app@medunit LOG:  duration: %.3f ms  statement: UPDATE encounters SET dispo = '%s', updated_by = '%s' WHERE pcr_no = '" % (
                 rng.uniform(0.5, 9), rng.choice(DISPO), rng.choice(MEDICS)), P(p.pcr, "mrn"), "'"],
             ["mu_app@medunit LOG:  statement: INSERT INTO exposures (case_no, pt_name, co_sn, peak_ppm) VALUES ('", P(p.mu, "mrn"), "', '",
              P(fullname(p, "lf").replace("'", "''"), "name"), "', '", P(p.co_sn, "device"), "', %d)" % rng.randint(10, 90)],
             ["mu_app@medunit ERROR:  duplicate key value violates unique constraint \"patients_dob_name_key\" DETAIL:  Key (last_name, dob)=(",
              P(p.last.replace("'", "''"), "name"), ", ", P(pdate(p.dob, "iso"), "date"), ") already exists."]]
    return [mk("pg_log", "%s [%d] " % (ts, pid), *rng.choice(forms))]


def g_chat():
    t = CLK.tick()
    who = rng.choice([STAFF["MEDL"], STAFF["MEDL(t)"], STAFF["COMP"]] + MEDICS)
    if rng.random() < 0.45:
        content = S(rng.choice(["Need 2 more cases of Liquid IV at DP-14 before 1400",
                                "Shift change at 1900, night medic is %s" % rng.choice(MEDICS),
                                "N417NC back in service after refuel",
                                "Reminder: all PCRs must be closed before demob, ICS-206 rev 5 tomorrow",
                                "Starlink at aid station is down again, ticket INC0048812 with COML %s" % STAFF["COML"],
                                "Heat index 108 this afternoon on Div Z, PSI alerts will spike"]))
    else:
        p = pick()
        content = S(*rng.choice([
            ["FYI ", P(fullname(p, "fl"), "name"), " (%s) back from %s, cleared light duty, RTW " % (p.crew, HOSP),
             P(pdate(dt.date(2024, 8, rng.randint(15, 20)), "us"), "date")],
            ["Can someone call ", P(p.first, "name"), "'s %s? number is " % p.ec_rel, P(p.ec_phone, "phone")],
            ["CA-1 for ", P(fullname(p, "lf"), "name"), " is in ECOMP, case ", P(p.owcp, "other_id")],
            ["PSI device ", P(p.heat_sn, "device"), " keeps alarming on ", P(fullname(p, "fi"), "name"), ", swap the strap?"]]))
    obj = O(("id", str(1723600000000 + rng.randint(0, 99999999))), ("createdDateTime", iso_z(t)),
            ("from", O(("user", O(("id", uuid4()), ("displayName", who))))),
            ("channelIdentity", O(("channelId", "19:mu-sawtooth@thread.tacv2"))),
            ("body", O(("contentType", "text"), ("content", content))))
    return [jline("teams_chat", obj, sep=(",", ":"))]


def g_syslog():
    t = CLK.tick(1, 50)
    ts = t.strftime("%b %d %H:%M:%S").replace(" 0", "  ", 1) if t.day < 10 else t.strftime("%b %d %H:%M:%S")
    msgs = [
        "<134>%s icp-fw01 filterlog[4412]: 88,,,1000000103,igb1,match,pass,out,4,0x0,,64,51211,0,DF,6,tcp,60,10.42.1.%d,34.117.59.81,%d,443,0,S" % (ts, rng.randint(10, 90), rng.randint(32768, 60999)),
        "<30>%s starlink-gw01 dishyd[212]: obstruction_pct=0.7 pop_latency_ms=%d downlink_mbps=%.1f" % (ts, rng.randint(28, 90), rng.uniform(40, 220)),
        "<30>%s mu-dhcp01 dhcpd[771]: DHCPACK on 10.42.2.%d to 3c:22:fb:%s:%s:%s (MU-TAB-%02d) via eth1" % (ts, rng.randint(20, 90), hexid(2), hexid(2), hexid(2), rng.randint(1, 9)),
        "<14>%s aff-gw aff[3301]: N417NC pos 40.%04d,-122.%04d alt 5400 gs 132 hdg %03d" % (ts, rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 359)),
        "<12>%s ups-mu01 upsmon[1022]: UPS mu-ups@localhost %s" % (ts, rng.choice(["on battery, runtime %d min" % rng.randint(18, 60), "on line power", "battery charge %d%%" % rng.randint(40, 100)])),
        "<38>%s mu-srv01 sshd[%d]: Accepted publickey for ansible from 10.42.0.5 port %d ssh2" % (ts, rng.randint(2000, 30000), rng.randint(30000, 65000)),
        "<30>%s mu-srv01 systemd[1]: Started epcr-sync.service - CampMed ePCR sync 4.18.2." % ts,
        "<134>%s icp-fw01 charon[301]: 09[IKE] IKE_SA fs-vpn[7] established between 10.42.0.1[icp]...152.216.8.40[fs-hub]" % ts,
    ]
    return [mk("syslog", rng.choice(msgs))]


def g_checkin():
    t = CLK.tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S")
    r = rng.random()
    if r < 0.2:
        crew = rng.choice(CREWS[:8])
        return [mk("checkin_pipe", "C|%s|C-%d|CREW|%s|%s|supt=%s|pax=%d|manifest_lb=%d|home=%s|ASSIGNED" % (
            ts, rng.randint(1, 60), crew[0], crew[1], rng.choice(SUPTS), rng.randint(10, 20), rng.randint(2000, 4300), rng.choice(["CA-TNF", "OR-VAD", "CA-LNP", "CA-NOD"])))]
    if r < 0.32:
        return [mk("checkin_pipe", "E|%s|E-%d|WT2|Alpine Fire Services LLC WT-%d|vin=%s|plate=CA %s|inspected=Y|%s" % (
            ts, rng.randint(100, 400), rng.randint(10, 40), vin("1FVACXDT"), "%d%s%03d" % (rng.randint(1, 9), "".join(rng.choice("ABCDEFGHJKL") for _ in range(3)), rng.randint(0, 999)), rng.choice(["AVAILABLE", "ASSIGNED"])))]
    if r < 0.45:
        return [mk("checkin_pipe", "S|%s|%s|%s->%s|%s" % (ts, rng.choice(["C-14", "C-22", "E-118", "O-74", "A-9"]),
                                                        rng.choice(["AVAILABLE", "ASSIGNED", "OOS"]), rng.choice(["ASSIGNED", "AVAILABLE", "DEMOB"]),
                                                        rng.choice(["DIV Z", "DIV M", "ICP", "STAGING"])))]
    p = pick()
    pos = {"Alpine Water Tender 12": "WTOP", "Ridgeline Catering LLC": "CATR", "Pacific Shower Units": "SHWR",
           "Timberline Falling Module 3": "FALB"}.get(p.crew) or rng.choice(["FFT2", "FFT1", "FFT1", "EMTF", "ENOP"])
    segs = ["I|%s|O-%d|OVHD|%s|" % (ts, rng.randint(20, 300), pos),
            P(fullname(p, rng.choice(["LF", "lf"])), "name"), "|%s|%s|rc=" % (p.agency, p.crew), P(p.iqcs, "license"),
            "|cell=", P(p.phone, "phone"), "|ec=", P("%s %s" % (p.ec_first, p.ec_last), "name"), " (%s) " % p.ec_rel, P(p.ec_phone, "phone")]
    if rng.random() < 0.3:
        segs += ["|email=", P(p.email, "email")]
    if rng.random() < 0.4:
        segs += ["|pov=%s " % p.state, P(p.plate, "vehicle")]
    segs.append("|CHECKED_IN")
    return [mk("checkin_pipe", *segs)]


def b64blob(seed, n):
    raw = hashlib.sha256(seed.encode()).digest() * (n // 32 + 1)
    return base64.b64encode(raw[:n]).decode()


def g_badge():
    t = CLK.tick()
    if rng.random() < 0.4:
        obj = O(("ts", iso_local(t)), ("kiosk", "chk-kiosk-0%d" % rng.randint(1, 3)), ("evt", rng.choice(["heartbeat", "printer.ribbon_low", "camera.selftest_ok"])),
                ("ver", "3.2.%d" % rng.randint(0, 9)), ("uptime_s", rng.randint(1000, 900000)))
        return [jline("badge_json", obj)]
    p = pick()
    photo = "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAA" + b64blob("photo" + p.badge, 60)
    tmpl = "FT1:" + b64blob("face" + p.badge, 48)
    obj = O(("ts", iso_local(t)), ("kiosk", "chk-kiosk-0%d" % rng.randint(1, 3)), ("evt", "badge.issued"),
            ("badge_no", P(p.badge, "other_id")), ("name", P(fullname(p, "fl"), "name")), ("res", p.crew),
            ("photo_jpeg_b64", P(photo, "photo")), ("face_tmpl", P(tmpl, "biometric")) if rng.random() < 0.7 else None,
            ("ver", "3.2.4"))
    return [jline("badge_json", obj)]


GENS = [(g_epcr, 9), (g_nemsis, 3), (g_note, 9), (g_heat, 9), (g_air, 7), (g_airmed, 2),
        (g_radio, 8), (g_sms, 6), (g_hl7, 2), (g_fhir, 2), (g_ecomp, 5), (g_froi, 3),
        (g_x12, 0.5), (g_nginx, 10), (g_java, 3), (g_pg, 5), (g_chat, 6), (g_syslog, 19),
        (g_checkin, 8), (g_badge, 3)]
FILLERS = [g_syslog]


def main():
    lines = []
    funcs = [g for g, _ in GENS]
    weights = [w for _, w in GENS]
    x12_done = 0
    while len(lines) < N_LINES:
        g = rng.choices(funcs, weights)[0]
        if g is g_x12:
            if x12_done >= 2:
                continue
            x12_done += 1
        rec = g()
        if len(lines) + len(rec) > N_LINES:
            continue
        lines.extend(rec)
    # verification
    out_log = []
    out_lab = []
    for i, L in enumerate(lines, 1):
        txt = L.text()
        b = txt.encode("utf-8")
        if "\n" in txt or "\r" in txt or not txt.strip():
            raise SystemExit("bad line %d" % i)
        prev = 0
        spans = sorted(L.spans)
        for s, e, cat, val in spans:
            if not (0 <= s < e <= len(b)):
                raise SystemExit("span out of range line %d" % i)
            if s < prev:
                raise SystemExit("overlapping spans line %d" % i)
            prev = e
            if b[s:e].decode("utf-8") != val:
                raise SystemExit("span text mismatch line %d: %r vs %r" % (i, b[s:e], val))
            if val != val.strip() or not val:
                raise SystemExit("span has padding line %d: %r" % (i, val))
        out_log.append(txt)
        out_lab.append(json.dumps({"line": i, "family": L.fam,
                                   "spans": [{"s": s, "e": e, "cat": c} for s, e, c, _ in spans]}, ensure_ascii=False))
    if len(out_log) != N_LINES:
        raise SystemExit("wrong line count")
    with open("rp.log", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_log) + "\n")
    with open("rp.labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")
    nophi = sum(1 for L in lines if not L.spans)
    print("lines=%d no_phi=%d (%.1f%%)" % (len(lines), nophi, 100.0 * nophi / len(lines)), file=sys.stderr)


if __name__ == "__main__":
    main()
