#!/usr/bin/env python3
"""gen_rh.py - synthetic labeled log corpus "rh".

Organisation: Prairie Lakes Northern Railway (PLNR), a Class II freight
railroad, Occupational Health & Medical Department (Omaha NE HQ, clinics at
North Platte and Council Bluffs).  Patients are PLNR's own employees
(engineers, conductors, carmen, track workers) and, for the EAP, their
household members.  Everything is synthetic; the generator uses only the
standard library and random.Random(2317), so two runs are byte-identical.

Writes rh.log (500 lines) and rh.labels.jsonl in the current directory.

Systems simulated (family names in the labels file)
  cds_syslog      CrewPro crew-dispatch system, RFC3164 syslog (calls, board
                  refreshes, MEDHOLD set/release, fitness-for-duty flags)
  hos_fixed       FRA Part 228 hours-of-service export, fixed width (work only)
  ohm_json        OHM occupational-health EHR, Logback JSON (ASCII-escaped)
  hl7_tox         Meridian Forensic Toxicology ORU^R01 via Mirth, one segment
                  per line (post-accident FRA Part 219 testing)
  eccf_xml        electronic Custody & Control Form XML from collection sites
  audio_csv       Benson audiometer CSV export (hearing cert, Part 240/242)
  vision_pipe     Titmus V4 vision screener pipe export
  vigil_logfmt    Vigil Band fatigue-wearable ingest service, logfmt
  fhir_json       FHIR R4 resources on the integration bus
  x12_271         270/271 eligibility with RailCare Benefits (health plan)
  nginx_access    employee health / EAP portal and staff portal access logs
  claims_java     ClaimsLink (FELA injury claims) Java log + stack traces
  pg_log          PostgreSQL + pgaudit on the claims database
  sms_gw          SMS gateway (appointment reminders, replies)
  ohn_note        free-text occupational-health nurse notes
  eap_kv          ClearPath EAP vendor case feed, key=value
  rrb_fixed       Railroad Retirement Board sickness-statement batch, fixed width
  teams_chat      Teams channel export #crew-med-holds
  cef_siem        firewall / VPN CEF events (no PHI)
  k8s_json        Kubernetes / ingress JSON (no PHI)

Labeling decisions
  * Patients are employees *as patients*: an employee's name, employee
    number, etc. are PHI in any record about their health, fitness, testing,
    hearing/vision certification, injury claim, EAP case, wearable data or a
    medical hold.  An employee merely at work (crew call, tie-up, HOS
    record, crew manager, trainmaster) is not PHI.  Occ-health staff,
    MROs, audiologists, collectors, claim agents, EAP counsellors, crew
    callers and their user IDs, NPIs, phones and e-mails are not PHI.
  * Employee number (7 digits) in a medical context -> other_id; OHM chart
    number (OH#######) and lab-assigned patient IDs -> mrn.  Employee number
    in a pure dispatch/HOS work line -> not labeled.
  * FRA engineer (Part 240) and conductor (Part 242) certificate numbers,
    state driver's licence / CDL numbers -> license.
  * Certificate expiry, medical-hold start/end, date of injury, collection,
    exam, appointment, sleep start/end, sickness period, DOB -> date.  Only
    the log line's own timestamp is unlabeled.  A time of day alone is not.
  * Specimen / CCF IDs, lab accession and placer-order numbers of a
    person's test, claim numbers, EAP case numbers, RRB claim numbers,
    fitness-referral IDs -> other_id.  Accident/incident report numbers,
    train symbols, locomotive numbers, HL7 message control IDs, kit lot
    numbers, purchase orders are event/business IDs -> not labeled.
  * RailCare member IDs and MBIs (retiree claimants) -> health_plan; the
    plan's group number (GA 23111) is plan-level -> not labeled.
  * Patient billing accounts, reimbursement bank accounts and card numbers
    -> account (labeled even when they fail Luhn: typos of a real value).
    Obvious placeholders (000-00-0000, 999999999) are not labeled.
  * Wearable serials, BLE MACs, the employee's phone IMEI, hearing-aid
    serials -> device.  Audiometer / screener / kiosk serials are PLNR
    equipment -> not labeled.
  * Personal vehicle VIN / plate in an injury claim -> vehicle; PLNR hi-rail
    truck VINs and locomotive numbers -> not labeled.
  * Client IPs of employees using the patient-facing portals -> ip; 10.x
    staff/server/LB addresses and public server IPs -> not labeled.
  * In request paths only the embedded identifier is labeled (other_id,
    mrn); a full absolute URL given as a value that points at one person's
    resource (photo_url, share links) is labeled whole as url.
  * Kiosk face templates -> biometric; base64 badge photos -> photo.
  * Ages are labeled only when over 89 (EAP elder-care parents, retirees).
  * Retired employees filing occupational hearing-loss claims are patients
    (claimants) too: name, MBI, last-service date, phone are labeled.
  * A relative / emergency contact's name, phone, etc. in a patient record
    -> the same categories as the patient's.
  * Names split across HL7 components or X12 elements (LAST^FIRST^MI,
    LAST*FIRST*MI) are one name span; ZIP is always its own span; a street
    and city in one run may be one address span.
  * JSON values escaped as \\uXXXX are labeled over the escaped bytes;
    percent-encoded values over the encoded bytes.
"""
import json
import random
import string
import sys
import urllib.parse
from datetime import datetime, timedelta

R = random.Random(2317)
ID = "rh"
N_LINES = 500


# --------------------------------------------------------------- line builder
class Line:
    def __init__(self, family):
        self.family = family
        self.buf = bytearray()
        self.spans = []

    def t(self, s):
        self.buf += s.encode("utf-8")
        return self

    def p(self, s, cat):
        b = s.encode("utf-8")
        st = len(self.buf)
        self.buf += b
        self.spans.append((st, len(self.buf), cat, s))
        return self


class P:
    """A labeled value."""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class M:
    """A composite string made of plain str and P parts (for JSON)."""
    def __init__(self, *parts):
        self.parts = parts


def F(family, fmt, **kw):
    """format-style template; kw values are str or P."""
    ln = Line(family)
    for lit, field, spec, conv in string.Formatter().parse(fmt):
        if lit:
            ln.t(lit)
        if field is not None:
            v = kw[field]
            if isinstance(v, P):
                ln.p(v.v, v.cat)
            else:
                ln.t(str(v))
    return ln


def parts(family, *ps):
    ln = Line(family)
    for x in ps:
        if isinstance(x, P):
            ln.p(x.v, x.cat)
        else:
            ln.t(x)
    return ln


def jesc(s, ascii_):
    return json.dumps(s, ensure_ascii=ascii_)[1:-1]


def J(family, obj, ascii_=False, sep=(",", ":")):
    ln = Line(family)

    def emit(o):
        if isinstance(o, dict):
            ln.t("{")
            first = True
            for k, v in o.items():
                if not first:
                    ln.t(sep[0])
                first = False
                ln.t(json.dumps(k) + sep[1])
                emit(v)
            ln.t("}")
        elif isinstance(o, list):
            ln.t("[")
            for i, v in enumerate(o):
                if i:
                    ln.t(sep[0])
                emit(v)
            ln.t("]")
        elif isinstance(o, P):
            ln.t('"').p(jesc(o.v, ascii_), o.cat).t('"')
        elif isinstance(o, M):
            ln.t('"')
            for x in o.parts:
                if isinstance(x, P):
                    ln.p(jesc(x.v, ascii_), x.cat)
                else:
                    ln.t(jesc(x, ascii_))
            ln.t('"')
        else:
            ln.t(json.dumps(o, ensure_ascii=ascii_))
    emit(obj)
    return ln


# ------------------------------------------------------------ number helpers
def luhn_digit(num):
    tot = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        tot += d
    return str((10 - tot % 10) % 10)


def npi():
    base = "1" + "".join(R.choice(string.digits) for _ in range(8))
    return base + luhn_digit("80840" + base)


def card(valid=True):
    pre = R.choice(["4", "51", "37"])
    ln = 15 if pre == "37" else 16
    body = pre + "".join(R.choice(string.digits) for _ in range(ln - len(pre) - 1))
    c = luhn_digit(body)
    if not valid:
        c = str((int(c) + 3) % 10)
    return body + c


def ssn():
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


VIN_MAP = dict(zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                   [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9]))
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(wmi=None):
    al = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    v = list((wmi or R.choice(["1FT", "1GC", "3C6", "1N6", "5TF", "2T3"])) +
             "".join(R.choice(al) for _ in range(14)))
    v[9] = R.choice("LMNPR")
    tot = sum((int(c) if c.isdigit() else VIN_MAP[c]) * w for c, w in zip(v, VIN_W))
    v[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(v)


def mbi():
    A = "ACDEFGHJKMNPQRTUVWXY"
    AN = A + string.digits
    return (R.choice("123456789") + R.choice(A) + R.choice(AN) + R.choice(string.digits) +
            R.choice(A) + R.choice(AN) + R.choice(string.digits) + R.choice(A) + R.choice(A) +
            R.choice(string.digits) + R.choice(string.digits))


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def mac():
    return ":".join("%02X" % R.randint(0, 255) for _ in range(6))


def imei():
    body = "35" + "".join(R.choice(string.digits) for _ in range(12))
    return body + luhn_digit(body)


def uuid():
    h = hexs(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def phone_parts():
    area = R.choice(["308", "402", "531", "712", "515", "785", "605", "701", "319", "816"])
    return area, "%d%02d" % (R.randint(2, 9), R.randint(0, 99)), "%04d" % R.randint(0, 9999)


def fmt_phone(pp, style):
    a, b, c = pp
    return {0: "(%s) %s-%s" % (a, b, c), 1: "%s-%s-%s" % (a, b, c), 2: "+1%s%s%s" % (a, b, c),
            3: "%s.%s.%s" % (a, b, c), 4: "%s%s%s" % (a, b, c)}[style]


# ------------------------------------------------------------------- people
FIRST = ["Erik", "Marisol", "Adaeze", "Tomasz", "Hiroshi", "Deshawn", "Bridget", "Linh",
         "Rajesh", "Fatima", "Cody", "Wyatt", "Shelby", "Jolene", "Dakota", "Grace", "Hunter",
         "Olamide", "Siobhan", "Bogdan", "Keanu", "Yolanda", "Tuan", "Priya", "Mateo", "Ingrid",
         "Rusty", "Colt", "Destiny", "Amos", "Rosalind", "Zoë", "José", "Hélène", "Tavita", "Lorne"]
LAST = ["Halvorsen", "Ibarra-Quintero", "Okonkwo", "Wiśniewski", "Tanaka", "Washington",
        "O'Donnell", "Tran", "Venkataraman", "Al-Sayed", "Baker", "Rivers", "Strong", "Wolf",
        "Young", "King", "Frost", "Marsh", "Bishop", "Love", "Summers", "Van der Berg",
        "de la Cruz", "St. Germain", "MacAuley", "Nguyen-Tran", "Running Bear", "Castillo Ruiz",
        "Abernathy", "Kowalczyk", "Lindqvist", "Fairweather", "Hale", "Stonebraker", "Begay",
        "Nuñez"]
FEMALE = {"Marisol", "Adaeze", "Bridget", "Linh", "Fatima", "Shelby", "Jolene", "Dakota", "Grace", "Olamide",
          "Siobhan", "Yolanda", "Priya", "Ingrid", "Destiny", "Rosalind", "Zoë", "Hélène", "Tavita"}
REL_FEMALE = {"Ingrid", "Carmen", "Agnieszka", "Yuki", "Tamika", "Maeve", "Hoa", "Anita", "Brandy", "June",
              "Esperanza", "Dolores", "Mercy"}
REL_FIRST = ["Ingrid", "Carmen", "Chidi", "Agnieszka", "Yuki", "Tamika", "Maeve", "Hoa", "Anita",
             "Omar", "Brandy", "June", "Walter", "Esperanza", "Dolores", "Arne", "Mercy", "Kai"]
TOWNS = [("North Platte", "NE", "691"), ("Council Bluffs", "IA", "515"), ("Kearney", "NE", "688"),
         ("Grand Island", "NE", "688"), ("Hastings", "NE", "689"), ("Salina", "KS", "674"),
         ("Sioux City", "IA", "511"), ("Ogallala", "NE", "691"), ("McCook", "NE", "690"),
         ("Creston", "IA", "508"), ("Mandan", "ND", "585"), ("Missouri Valley", "IA", "515"),
         ("Lexington", "NE", "688"), ("Abilene", "KS", "674")]
STREETS = ["W 4th St", "Maple Ave", "Cottonwood Dr", "E Front St", "Prairie View Rd",
           "N Buffalo Bill Ave", "Willow Ln", "Sunset Blvd", "Rd 34", "S Locust St", "Depot St",
           "Elm Ct", "Harvest Ridge Dr", "County Road 12", "Cedar Hills Pkwy"]
CRAFTS = ["ENG", "CON", "CON", "ENG", "CARMAN", "TRACK", "SIGNAL", "CON"]
TERMINALS = ["NPL", "CBL", "KRN", "SAL", "MDN", "SXC"]


def dl_number(st):
    if st == "NE":
        return R.choice("ABCEGHV") + "%08d" % R.randint(0, 99999999)
    if st == "IA":
        return "%03d%s%04d" % (R.randint(0, 999), "".join(R.choice(string.ascii_uppercase) for _ in range(2)), R.randint(0, 9999))
    if st == "KS":
        return "K%02d-%02d-%04d" % (R.randint(0, 99), R.randint(0, 99), R.randint(0, 9999))
    return "%s%s%06d" % (R.choice(string.ascii_uppercase), R.choice(string.ascii_uppercase), R.randint(0, 999999))


class Person:
    pass


def make_person(i):
    p = Person()
    p.first = FIRST[i % len(FIRST)]
    p.last = LAST[(i * 7 + 3) % len(LAST)]
    p.mi = R.choice("ABCDEFGHJKLMNPRSTW")
    p.sex = "F" if p.first in FEMALE else "M"
    p.dob = datetime(R.randint(1961, 2001), R.randint(1, 12), R.randint(1, 28))
    p.ssn = ssn()
    p.emp = "0%06d" % R.randint(100000, 999999)
    p.mrn = "OH%07d" % R.randint(10000, 9999999)
    p.lab_id = "MFT%08d" % R.randint(0, 99999999)
    town = TOWNS[R.randrange(len(TOWNS))]
    p.city, p.state = town[0], town[1]
    p.zip = town[2] + "%02d" % R.randint(1, 99)
    p.street = "%d %s" % (R.randint(12, 9899), R.choice(STREETS))
    if R.random() < 0.2:
        p.street += R.choice([" Apt 3", " Unit B", " Lot 17", " #204"])
    p.phone = phone_parts()
    dom = R.choice(["gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com", "windstream.net"])
    lasta = "".join(c for c in p.last.lower() if c.isalpha() and c.isascii())
    firsta = "".join(c for c in p.first.lower() if c.isascii())
    p.email = R.choice(["%s.%s%d@%s" % (firsta, lasta, R.randint(1, 99), dom),
                        "%s%s@%s" % (firsta[0], lasta, dom),
                        "%s_rails%d@%s" % (lasta, R.randint(60, 99), dom)])
    p.member = "W%09d" % R.randint(0, 999999999)
    p.craft = CRAFTS[i % len(CRAFTS)]
    p.cert = ("E" if p.craft == "ENG" else "C") + "%06d" % R.randint(0, 999999)
    p.term = R.choice(TERMINALS)
    p.wsn = "VB3-%08X" % R.randint(0, 0xFFFFFFFF)
    p.mac = mac()
    p.imei = imei()
    p.dl = dl_number(p.state)
    p.acct = "PA%08d" % R.randint(0, 99999999)
    p.rel_first = R.choice(REL_FIRST)
    p.rel_last = p.last if R.random() < 0.7 else R.choice(LAST)
    p.rel = R.choice(["spouse", "spouse", "mother", "daughter", "partner"] if p.rel_first in REL_FEMALE
                     else ["spouse", "spouse", "father", "son", "partner"])
    p.rel_phone = phone_parts()
    p.haid = "HA%s%06d" % (R.choice(["PH", "OT", "SG"]), R.randint(0, 999999))
    return p


PEOPLE = [make_person(i) for i in range(36)]


def fullname(p):
    return "%s %s" % (p.first, p.last)


def lastfirst(p):
    return "%s, %s" % (p.last, p.first)


def up(s):
    return s.upper()


class Staff:
    def __init__(self, name, uid, role):
        self.name, self.uid, self.role = name, uid, role


NURSES = [Staff("Kavita Patel, RN, COHN", "kpatel", "OHN"), Staff("Thomas Greer, RN", "tgreer", "OHN"),
          Staff("Renée Castellanos, RN", "rcastellanos", "OHN"), Staff("Bill Odegaard, LPN", "bodegaard", "OHN")]
MROS = [Staff("Lorraine Baptiste, MD", "lbaptiste", "MRO"), Staff("Samuel Oyelaran, MD", "soyelaran", "CMO")]
AUDS = [Staff("Ahmed Farouk, AuD", "afarouk", "AUD"), Staff("Nell Brightwater, CCC-A", "nbrightwater", "AUD")]
CALLERS = [Staff("Dana Whitcomb", "dwhitcomb", "CREWMGR"), Staff("Ray Szymanski", "rszymanski", "CALLER"),
           Staff("Lupe Arredondo", "larredondo", "CALLER")]
AGENTS = [Staff("Paul Hendricks", "phendricks", "CLAIMS"), Staff("Terri Moynihan", "tmoynihan", "CLAIMS")]
EAPC = [Staff("Joanne Lister, LCSW", "jlister", "EAP"), Staff("Marcus Delacroix, LPC", "mdelacroix", "EAP")]
MRO_NPI = {s.uid: npi() for s in MROS + AUDS}
ORG_NPI = npi()

# ------------------------------------------------------------------- clock
CLOCK = [datetime(2024, 3, 11, 5, 58, 3)]


def tick(lo=1, hi=40):
    CLOCK[0] += timedelta(seconds=R.randint(lo, hi), milliseconds=R.randint(0, 999))
    return CLOCK[0]


def ms(dt):
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (dt.microsecond // 1000)


def recent_day(days_back_max=6):
    d = CLOCK[0] - timedelta(days=R.randint(1, days_back_max))
    return d.replace(hour=R.randint(0, 23), minute=R.randint(0, 59), second=0, microsecond=0)


def future_day():
    d = CLOCK[0] + timedelta(days=R.randint(1, 20))
    return d.replace(hour=R.choice([7, 8, 9, 10, 13, 14, 15]), minute=R.choice([0, 15, 30, 45]), second=0, microsecond=0)


def pick():
    return R.choice(PEOPLE)


TRAINS = ["M-NPLCBL1-%02d", "Z-CBLNPL9-%02d", "U-MDNSAL0-%02d", "L-KRN21-%02d", "G-SXCNPL2-%02d", "Y-NPL01-%02d"]


def train():
    return R.choice(TRAINS) % CLOCK[0].day


def loco():
    return "PLN %d" % R.choice([4402, 4417, 4431, 6201, 6214, 7750, 2283, 2291, 8810])


# ================================================================ families
def f_cds():
    dt = tick()
    hdr = "<%d>%s cds-app0%d crewpro[%d]: " % (R.choice([134, 131, 132]), dt.strftime("%b %d %H:%M:%S"), R.randint(1, 2), R.choice([4121, 4133, 5120]))
    r = R.random()
    if r < 0.3:
        return [F("cds_syslog", hdr + "CALL issued train={t} pool={pool} board={b} slots={n} lead_time={lt}m loco={l} caller={c}",
                  t=train(), pool=R.choice(["NPL-CBL-FRT", "NPL-XB-1", "MDN-SAL-POOL"]), b=R.choice(["ENG", "CON", "XB"]),
                  n=R.randint(1, 3), lt=R.choice([90, 120, 150]), l=loco(), c=R.choice(CALLERS).uid)]
    if r < 0.42:
        return [F("cds_syslog", hdr + "board refresh complete board={b} rows={n} dur_ms={d} ver=8.14.2-b{bn}",
                  b=R.choice(["NPL-ENG-XB", "CBL-CON-POOL", "SAL-YARD"]), n=R.randint(40, 220), d=R.randint(80, 900), bn=R.randint(3000, 3999))]
    if r < 0.52:
        p = pick()
        # work-only record: employee at work, not PHI
        return [F("cds_syslog", hdr + "TIEUP emp={e} train={t} on_duty={od} off_duty={of} total={h}h{m} limbo={lm}m",
                  e=p.emp, t=train(), od=(dt - timedelta(hours=R.randint(8, 11))).strftime("%H%M"), of=dt.strftime("%H%M"),
                  h=R.randint(7, 11), m="%02d" % R.randint(0, 59), lm=R.choice([0, 0, 25, 70]))]
    p = pick()
    if r < 0.75:
        hf = recent_day(3)
        return [F("cds_syslog", hdr + 'MEDHOLD SET emp={e} name="{n}" craft={c} reason_cd={rc} hold_from={hf} hold_to=OPEN src=OHM by={by}',
                  e=P(p.emp, "other_id"), n=P(up(p.last) + ", " + up(p.first) + " " + p.mi, "name"), c=p.craft,
                  rc=R.choice(["MED-AUD", "MED-VIS", "MED-PAT", "MED-FFD", "MED-RTW"]), hf=P(hf.strftime("%m/%d/%Y"), "date"),
                  by=R.choice(NURSES).uid)]
    if r < 0.9:
        return [F("cds_syslog", hdr + "MEDHOLD RELEASE emp={e} hold_id=MH{h} released_eff={d} mark_up=Y board={b} by={by}",
                  e=P(p.emp, "other_id"), h=R.randint(20000, 29999), d=P(future_day().strftime("%Y-%m-%d"), "date"),
                  b=p.term + "-" + R.choice(["ENG-XB", "CON-POOL"]), by=R.choice(NURSES).uid)]
    return [F("cds_syslog", hdr + "FFD flag emp={e} rest_hrs={rh} fatigue_idx={fi} vigil_score={vs} action=REFER_OHN ref_id={rid}",
              e=P(p.emp, "other_id"), rh="%.1f" % R.uniform(5.0, 9.9), fi=R.randint(55, 80), vs=R.randint(30, 60),
              rid=P("FFD-%d-%05d" % (dt.year, R.randint(0, 99999)), "other_id"))]


def f_hos():
    dt = tick()
    p = pick()
    on = dt - timedelta(hours=R.randint(9, 12), minutes=R.randint(0, 59))
    # work record only (no medical content): not PHI
    rec = "HOS%s%-7s%-8s%-20s%s%s%04.1f%04.1f%s" % (
        on.strftime("%Y%m%d"), p.emp, p.term + "-" + p.craft[:3], train(), on.strftime("%H%M"), dt.strftime("%H%M"),
        R.uniform(7, 11.9), R.uniform(8, 14), R.choice(["N", "N", "N", "Y"]))
    return [F("hos_fixed", rec)]


def f_ohm():
    dt = tick()
    base = {"@timestamp": ms(dt), "@version": "1", "level": "INFO", "thread_name": "http-nio-8080-exec-%d" % R.randint(1, 40),
            "app": "ohm-web", "build": "5.22.0-%d" % R.randint(1100, 1199)}
    r = R.random()
    if r < 0.45:
        base.update({"logger_name": R.choice(["org.hibernate.SQL", "c.p.ohm.cache.RefCache", "o.s.web.servlet.DispatcherServlet"]),
                     "message": R.choice(["Completed initialization in 4 ms", "Refreshed exam-type cache (46 entries)",
                                          "Scheduled job certExpiryScan started", "HikariPool-1 - Pool stats (total=20, active=3, idle=17, waiting=0)"]),
                     "traceId": hexs(32), "spanId": hexs(16)})
        return [J("ohm_json", base, True)]
    p = pick()
    if r < 0.66:
        base.update({"logger_name": "c.p.ohm.encounter.EncounterService", "message": "Exam encounter saved",
                     "encounterId": "ENC-%d" % R.randint(4000000, 4999999), "mrn": P(p.mrn, "mrn"), "empNo": P(p.emp, "other_id"),
                     "patient": P(fullname(p), "name"), "examType": R.choice(["FRA-240-HEARING", "FRA-242-VISION", "FRA-240-VISION", "DOT-PHYS", "RTW-EVAL"]),
                     "examDt": P(recent_day().strftime("%Y-%m-%d"), "date"), "provider": R.choice(NURSES + MROS).uid, "traceId": hexs(32)})
        return [J("ohm_json", base, True)]
    if r < 0.8:
        exp = future_day() + timedelta(days=R.randint(200, 900))
        base.update({"logger_name": "c.p.ohm.cert.CertExpiryJob", "level": "WARN",
                     "message": M("Certificate ", P(p.cert, "license"), " for ", P(lastfirst(p), "name"), " expires ", P(exp.strftime("%m/%d/%Y"), "date"),
                                  "; hearing test due"),
                     "empNo": P(p.emp, "other_id"), "craft": p.craft})
        return [J("ohm_json", base, True)]
    base.update({"logger_name": "c.p.ohm.api.PatientController", "level": "DEBUG", "message": "GET patient demographics",
                 "resp": {"mrn": P(p.mrn, "mrn"), "name": {"family": P(p.last, "name"), "given": P(p.first, "name")},
                          "dob": P(p.dob.strftime("%Y-%m-%d"), "date"), "homePhone": P(fmt_phone(p.phone, 1), "phone"),
                          "photo_url": P("https://ohm.plnrail.com/api/v2/patients/%s/photo.jpg" % p.mrn, "url"),
                          "hearingAid": P(p.haid, "device") if p.craft == "ENG" and R.random() < 0.5 else None},
                 "durationMs": R.randint(5, 90)})
    return [J("ohm_json", base, True)]


def f_hl7():
    dt = tick()
    p = pick()
    stamp = dt.strftime("%Y%m%d%H%M%S")
    ctl = "MFT%s%04d" % (dt.strftime("%y%m%d"), R.randint(0, 9999))
    coll = recent_day(3)
    spec = "%07d" % R.randint(0, 9999999)
    out = [F("hl7_tox", "MSH|^~\\&|MERIDIANTOX|MFT-AUSTIN^05D2094417^CLIA|MIRTH|PLNR-OHM|{s}||ORU^R01^ORU_R01|{c}|P|2.5.1|||AL|NE",
             s=stamp, c=ctl)]
    out.append(F("hl7_tox", "PID|1||{lab}^^^MFT^PI~{emp}^^^PLNR^EI||{nm}||{dob}|{sx}|||{st}^^{city}^{state}^{zip}^USA||{ph}^PRN^PH|||||||{ssn}",
                 lab=P(p.lab_id, "mrn"), emp=P(p.emp, "other_id"), nm=P("%s^%s^%s" % (up(p.last), up(p.first), p.mi), "name"),
                 dob=P(p.dob.strftime("%Y%m%d"), "date"), sx=p.sex, st=P(up(p.street), "address"), city=P(up(p.city), "address"),
                 state=p.state, zip=P(p.zip, "zip"), ph=P(fmt_phone(p.phone, 0), "phone"),
                 ssn=P(p.ssn.replace("-", ""), "ssn") if R.random() < 0.5 else ""))
    out.append(F("hl7_tox", "ORC|RE|{po}|{fo}||CM||||{s}|||{npi}^BAPTISTE^LORRAINE^^^^MD",
                 po=P("PAT%06d" % R.randint(0, 999999), "other_id"), fo=P(spec, "other_id"), s=stamp, npi=MRO_NPI["lbaptiste"]))
    out.append(F("hl7_tox", "OBR|1||{fo}|FRA-PAT^FRA Post-Accident Tox Panel (Part 219 Subpart C)^L|||{cd}|||||||{cd2}|UR&Urine&HL70487|||||||||F",
                 fo=P(spec, "other_id"), cd=P(coll.strftime("%Y%m%d%H%M"), "date"), cd2=P(coll.strftime("%Y%m%d%H%M"), "date")))
    for i, (code, nm) in enumerate(R.sample([("AMP", "Amphetamines"), ("THC", "Marijuana metabolite"), ("COC", "Cocaine metabolite"),
                                             ("OPI", "Opiates"), ("PCP", "Phencyclidine"), ("BZO", "Benzodiazepines"), ("ETG", "Ethyl glucuronide")],
                                            R.randint(2, 4)), 1):
        out.append(F("hl7_tox", "OBX|{i}|ST|{c}^{n}^L||NEGATIVE|ng/mL|<{co}|N|||F|||{s}|05D2094417",
                     i=i, c=code, n=nm, co=R.choice([50, 150, 300, 25, 500]), s=stamp))
    if R.random() < 0.5:
        out.append(F("hl7_tox", "NTE|1|L|Seal intact; chain of custody complete. Accident ref PLN-{y}-{md}-{k}. Kit lot {lot}.",
                     y=coll.year, md=coll.strftime("%m%d"), k=R.choice(["NP2", "CB1", "SA4"]), lot="FRA-K%02d%s" % (R.randint(10, 99), R.choice("ABCDE"))))
    return out


def f_eccf():
    dt = tick()
    p = pick()
    use_ssn = R.random() < 0.5
    coll = dt - timedelta(hours=R.randint(1, 30))
    donor_id = P(p.ssn.replace("-", ""), "ssn") if use_ssn else P(p.emp, "other_id")
    return [F("eccf_xml", '<?xml version="1.0"?><eCCF formVersion="2020.1" specimenId="{sid}" regulated="FRA" reason="{rs}"><Employer name="Prairie Lakes Northern Railway" addr="2200 Depot Plaza, Omaha NE 68102" phone="402-555-0140"/><MRO npi="{npi}">Lorraine Baptiste MD</MRO><Donor><Name>{nm}</Name><IdType>{it}</IdType><Id>{did}</Id><Phone>{ph}</Phone><DOB>{dob}</DOB></Donor><Collection site="PLNR North Platte Clinic" collector="{col}" dt="{cdt}" temp="IN_RANGE" split="Y"/></eCCF>',
              sid=P("%s%07d" % (R.choice(["A", "B", "F"]), R.randint(0, 9999999)), "other_id"),
              rs=R.choice(["POST_ACCIDENT", "RANDOM", "REASONABLE_CAUSE", "RETURN_TO_DUTY"]), npi=MRO_NPI["lbaptiste"],
              nm=P(up(p.first) + " " + up(p.last), "name"), it="SSN" if use_ssn else "EMPLOYEE_ID", did=donor_id,
              ph=P(fmt_phone(p.phone, 1), "phone"), dob=P(p.dob.strftime("%m/%d/%Y"), "date"),
              col=R.choice(["B. Odegaard", "J. Petrakis (Concorde Collect)"]),
              cdt=P(coll.strftime("%Y-%m-%dT%H:%M"), "date"))]


AUDIO_HDR_DONE = [False]


def f_audio():
    dt = tick()
    out = []
    if not AUDIO_HDR_DONE[0] or R.random() < 0.12:
        AUDIO_HDR_DONE[0] = True
        out.append(F("audio_csv", "EmpNo,LastName,FirstName,DOB,TestDate,Ear,500,1000,2000,3000,4000,6000,8000,STS,Audiometer,Tech"))
    for _ in range(R.randint(1, 3)):
        p = pick()
        td = recent_day(2).strftime("%m/%d/%Y")
        for ear in R.sample(["R", "L"], R.randint(1, 2)):
            th = ",".join(str(R.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45])) for _ in range(7))
            out.append(F("audio_csv", '{e},"{l}","{f}",{d},{td},{ear},{th},{sts},BENSON CCA-200 SN {sn},{tech}',
                         e=P(p.emp, "other_id"), l=P(up(p.last), "name"), f=P(up(p.first), "name"), d=P(p.dob.strftime("%m/%d/%Y"), "date"),
                         td=P(td, "date"), ear=ear, th=th, sts=R.choice(["N", "N", "N", "Y"]), sn=R.choice(["2114470", "2130982"]),
                         tech=R.choice(AUDS).uid))
    return out


def f_vision():
    dt = tick()
    p = pick()
    acu = lambda: "20/%d" % R.choice([15, 20, 20, 25, 30, 40])
    return [F("vision_pipe", "VIS|{ts}|TITMUS-V4|SN 41877|{e}|{n}|OD {a}|OS {b}|OU {c}|COLOR {cv}|FIELD H {fh}|CORR {co}|{res}|{tech}",
              ts=dt.strftime("%Y-%m-%dT%H:%M:%S"), e=P(p.emp, "other_id"), n=P(up(p.last) + " " + up(p.first), "name"),
              a=acu(), b=acu(), c=acu(), cv=R.choice(["ISH 14/14", "ISH 11/14", "FALANT PASS", "ISH 8/14"]), fh=R.choice([70, 72, 85, 90]),
              co=R.choice(["Y", "N"]), res=R.choice(["PASS", "PASS", "PASS", "REFER", "FAIL"]), tech=R.choice(NURSES).uid)]


def f_vigil():
    dt = tick()
    lvl = R.choice(["info", "info", "debug", "warn"])
    r = R.random()
    if r < 0.4:
        return [F("vigil_logfmt", 'ts={ts} level={l} svc=vigil-ingest pod=vigil-ingest-{pod} msg="{m}" n={n} dur={d}ms trace_id={tr}',
                  ts=ms(dt), l=lvl, pod=hexs(10)[:5] + "-" + hexs(5), m=R.choice(["batch flushed", "kafka commit", "rule set reloaded", "firmware manifest fetched fw=3.2.1"]),
                  n=R.randint(50, 500), d=R.randint(30, 2500), tr=hexs(32))]
    p = pick()
    if r < 0.8:
        ss = (dt - timedelta(hours=R.randint(8, 14))).replace(second=0, microsecond=0)
        se = ss + timedelta(minutes=R.randint(240, 540))
        return [F("vigil_logfmt", 'ts={ts} level={l} svc=vigil-ingest msg="sleep summary" dev={dev} ble={mac} emp={e} sleep_start={ss} sleep_end={se} sleep_min={sm} hrv_ms={hrv} fatigue_score={fs} fw=3.2.1 batt={b}',
                  ts=ms(dt), l=lvl, dev=P(p.wsn, "device"), mac=P(p.mac, "device"), e=P(p.emp, "other_id"), ss=P(ss.strftime("%Y-%m-%dT%H:%M"), "date"),
                  se=P(se.strftime("%Y-%m-%dT%H:%M"), "date"), sm=int((se - ss).total_seconds() // 60) - R.randint(10, 60), hrv=R.randint(18, 90),
                  fs=R.randint(40, 95), b=R.randint(5, 100))]
    return [F("vigil_logfmt", 'ts={ts} level=warn svc=vigil-pair msg="companion app re-paired" dev={dev} phone_imei={im} app_ver=2.9.0 os=android14 emp={e}',
              ts=ms(dt), dev=P(p.wsn, "device"), im=P(p.imei, "device"), e=P(p.emp, "other_id"))]


def f_fhir():
    dt = tick()
    p = pick()
    r = R.random()
    if r < 0.35:
        obj = {"resourceType": "Patient", "id": uuid(), "meta": {"lastUpdated": ms(dt)},
               "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9921.1", "type": {"text": "OHM MRN"}, "value": P(p.mrn, "mrn")},
                              {"system": "https://plnrail.com/fhir/empno", "value": P(p.emp, "other_id")}],
               "name": [{"family": P(p.last, "name"), "given": [P(p.first, "name")]}], "gender": "female" if p.sex == "F" else "male",
               "birthDate": P(p.dob.strftime("%Y-%m-%d"), "date"),
               "address": [{"line": [P(p.street, "address")], "city": P(p.city, "address"), "state": p.state, "postalCode": P(p.zip, "zip")}],
               "telecom": [{"system": "email", "value": P(p.email, "email")}]}
        if R.random() < 0.5:
            obj["photo"] = [{"contentType": "image/jpeg", "data": P("/9j/4AAQSkZJRgABAQEASABIAAD/2wBD" + "".join(R.choice(string.ascii_letters + string.digits + "+/") for _ in range(60)) + "==", "photo")}]
        return [J("fhir_json", obj)]
    if r < 0.7:
        obj = {"resourceType": "Observation", "id": uuid(), "status": "final",
               "code": {"coding": [{"system": "http://loinc.org", "code": R.choice(["89016-8", "28633-4", "98135-7"]), "display": "Audiometry"}]},
               "subject": {"reference": "Patient/" + uuid(), "display": P(fullname(p), "name")},
               "effectiveDateTime": P(recent_day().strftime("%Y-%m-%d"), "date"),
               "device": {"display": "Benson CCA-200"}, "performer": [{"display": R.choice(AUDS).name}],
               "valueString": R.choice(["No STS", "STS left ear", "Within Part 240 App. F limits"])}
        return [J("fhir_json", obj)]
    if r < 0.85:
        obj = {"resourceType": "Coverage", "id": uuid(), "status": "active", "subscriberId": P(p.member, "health_plan"),
               "beneficiary": {"display": P(fullname(p), "name")}, "payor": [{"display": "RailCare Benefits"}],
               "class": [{"type": {"text": "group"}, "value": "GA 23111"}]}
        return [J("fhir_json", obj)]
    return [J("fhir_json", {"resourceType": "OperationOutcome", "issue": [{"severity": "error", "code": "processing",
                                                                          "diagnostics": "Bundle %s rejected: reference Practitioner/%s not found" % (uuid(), uuid())}]})]


def f_x12():
    dt = tick()
    p = pick()
    ctl = "%09d" % R.randint(1, 999999999)
    if R.random() < 0.3:
        return [F("x12_271", "ISA*00*          *00*          *ZZ*RAILCAREBEN    *ZZ*PLNROCCHLTH    *{d}*{t}*^*00501*{c}*0*P*:~GS*FA*RAILCAREBEN*PLNROCCHLTH*{D}*{t}*{g}*X*005010X231A1~ST*999*0001~AK1*HS*{g}~IK5*A~AK9*A*1*1*1~SE*5*0001~GE*1*{g}~IEA*1*{c}~",
                  d=dt.strftime("%y%m%d"), t=dt.strftime("%H%M"), c=ctl, D=dt.strftime("%Y%m%d"), g=R.randint(1000, 9999))]
    return [F("x12_271", "ST*271*0001*005010X279A1~BHT*0022*11*{tr}*{D}*{t}~HL*1**20*1~NM1*PR*2*RAILCARE BENEFITS*****PI*87726~HL*2*1*21*1~NM1*1P*2*PLNR OCCUPATIONAL HEALTH*****XX*{onpi}~HL*3*2*22*0~NM1*IL*1*{nm}***MI*{mid}~N3*{st}~N4*{city}*{state}*{zip}~DMG*D8*{dob}*{sx}~EB*1*IND*30**GA 23111~DTP*346*D8*{eff}~SE*13*0001~",
              tr=hexs(12).upper(), D=dt.strftime("%Y%m%d"), t=dt.strftime("%H%M"), onpi=ORG_NPI,
              nm=P("%s*%s*%s" % (up(p.last), up(p.first), p.mi), "name"), mid=P(p.member, "health_plan"),
              st=P(up(p.street), "address"), city=P(up(p.city), "address"), state=p.state, zip=P(p.zip, "zip"),
              dob=P(p.dob.strftime("%Y%m%d"), "date"), sx=p.sex, eff="%d0101" % dt.year)]


def pub_ip():
    return "%d.%d.%d.%d" % (R.choice([24, 67, 68, 72, 97, 98, 174, 184, 199, 208]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


UAS = ['"Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1"',
       '"Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36"',
       '"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.80"']


def f_access():
    dt = tick()
    ts = dt.strftime("[%d/%b/%Y:%H:%M:%S +0000]")
    r = R.random()
    if r < 0.3:
        return [F("nginx_access", '10.44.0.{lb} - - {ts} "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.28" rt=0.001 uct=0.000',
                  lb=R.randint(2, 9), ts=ts)]
    if r < 0.5:
        return [F("nginx_access", '10.44.{a}.{b} - {u} {ts} "GET /staff/worklist?clinic={cl}&page={pg} HTTP/1.1" 200 {sz} "https://ohm.plnrail.com/staff/" {ua} rt={rt}',
                  a=R.randint(2, 30), b=R.randint(2, 250), u=R.choice(NURSES + AUDS).uid, ts=ts, cl=R.choice(["NPL", "CBL"]), pg=R.randint(1, 4),
                  sz=R.randint(3000, 90000), ua=UAS[2], rt="%.3f" % R.uniform(0.01, 0.9))]
    p = pick()
    ip = pub_ip()
    if r < 0.75:
        case = "EAP-%d-%05d" % (dt.year % 100, R.randint(0, 99999))
        return [F("nginx_access", '{ip} - - {ts} "GET /eap/cases/{c}/appointments HTTP/2.0" 200 {sz} "https://myhealth.plnrail.com/eap/" {ua} rt={rt}',
                  ip=P(ip, "ip"), ts=ts, c=P(case, "other_id"), sz=R.randint(500, 9000), ua=R.choice(UAS[:2]), rt="%.3f" % R.uniform(0.01, 0.5))]
    if r < 0.9:
        q = urllib.parse.quote_plus("%s, %s" % (p.last, p.first))
        return [F("nginx_access", '{ip} - - {ts} "GET /api/v1/results/lookup?name={q}&dob={dob}&emp={e} HTTP/1.1" 302 0 "-" {ua} rt={rt}',
                  ip=P(ip, "ip"), ts=ts, q=P(q, "name"), dob=P(p.dob.strftime("%Y-%m-%d"), "date"), e=P(p.emp, "other_id"),
                  ua=R.choice(UAS[:2]), rt="%.3f" % R.uniform(0.01, 0.5))]
    return [F("nginx_access", '{ip} - - {ts} "POST /fatigue/u/{e}/sync HTTP/1.1" 204 0 "-" "VigilCompanion/2.9.0 (Android 14)" rt={rt}',
              ip=P(ip, "ip"), ts=ts, e=P(p.emp, "other_id"), rt="%.3f" % R.uniform(0.01, 0.3))]


def f_claims():
    dt = tick()
    ts = dt.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (dt.microsecond // 1000)
    thr = "http-nio-8443-exec-%d" % R.randint(1, 25)
    r = R.random()
    if r < 0.3:
        return [F("claims_java", "{ts} INFO  [{th}] c.p.claims.batch.ReserveRecalcJob - reserve recalculation done claims={n} elapsed={e}ms build=ClaimsLink 11.4.3 (rev {rv})",
                  ts=ts, th="scheduling-1", n=R.randint(200, 900), e=R.randint(900, 9000), rv=hexs(8))]
    p = pick()
    claim = "CLM-%d-%06d" % (dt.year, R.randint(0, 999999))
    doi = recent_day(20)
    if r < 0.55:
        return [F("claims_java", "{ts} INFO  [{th}] c.p.claims.InjuryClaimService - FRA 6180.98 candidate: claim={c} emp={e} name={n} doi={d} body_part={bp} nature={na} agent={ag}",
                  ts=ts, th=thr, c=P(claim, "other_id"), e=P(p.emp, "other_id"), n=P(fullname(p), "name"), d=P(doi.strftime("%Y-%m-%d"), "date"),
                  bp=R.choice(["L_KNEE", "R_SHOULDER", "LOW_BACK", "L_WRIST", "R_ANKLE"]), na=R.choice(["SPRAIN", "CONTUSION", "STRAIN"]), ag=R.choice(AGENTS).uid)]
    if r < 0.78:
        v = vin()
        plate = "%d-%s%03d" % (R.randint(1, 93), R.choice("ABCDEFGH"), R.randint(0, 999)) if p.state == "NE" else "%s%s%s%03d" % tuple([R.choice(string.ascii_uppercase) for _ in range(3)] + [R.randint(0, 999)])
        return [F("claims_java", "{ts} WARN  [{th}] c.p.claims.vehicle.VehicleInvolvementMapper - personal vehicle on claim {c}: vin={v} plate={pl} ({st}); hi-rail unit HR-{hr} vin={cv} excluded from PV coverage",
                  ts=ts, th=thr, c=P(claim, "other_id"), v=P(v, "vehicle"), pl=P(plate, "vehicle"), st=p.state, hr=R.randint(100, 399), cv=vin("1FD"))]
    out = [F("claims_java", "{ts} ERROR [{th}] c.p.claims.InjuryClaimService - Failed to persist claim {c} for employee {e}",
             ts=ts, th=thr, c=P(claim, "other_id"), e=P(p.emp, "other_id"))]
    out.append(F("claims_java", "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [uq_claim_emp_doi]"))
    for fr in R.sample(["org.hibernate.internal.ExceptionConverterImpl.convert(ExceptionConverterImpl.java:154)",
                        "com.plnr.claims.repo.ClaimRepository.save(ClaimRepository.java:88)",
                        "com.plnr.claims.InjuryClaimService.create(InjuryClaimService.java:212)",
                        "com.plnr.claims.api.ClaimController.post(ClaimController.java:64)",
                        "java.base/java.lang.Thread.run(Thread.java:1583)"], R.randint(2, 4)):
        out.append(F("claims_java", "\tat " + fr))
    out.append(F("claims_java", "Caused by: org.postgresql.util.PSQLException: ERROR: duplicate key value violates unique constraint \"uq_claim_emp_doi\"  Detail: Key (emp_no, date_of_injury)=({e}, {d}) already exists.",
                 e=P(p.emp, "other_id"), d=P(doi.strftime("%Y-%m-%d"), "date")))
    out.append(F("claims_java", "\t... {n} common frames omitted", n=R.randint(30, 90)))
    return out


def f_pg():
    dt = tick()
    ts = dt.strftime("%Y-%m-%d %H:%M:%S.") + "%03d UTC" % (dt.microsecond // 1000)
    pid = R.randint(20000, 40000)
    r = R.random()
    if r < 0.35:
        return [F("pg_log", "{ts} [{pid}] LOG:  {m}", ts=ts, pid=pid,
                  m=R.choice(["checkpoint complete: wrote 1843 buffers (11.2%); 0 WAL file(s) added, 0 removed, 2 recycled; write=179.912 s",
                              "automatic vacuum of table \"claimsdb.public.claim_note\": index scans: 1",
                              "connection authorized: user=claims_app database=claimsdb application_name=ClaimsLink SSL enabled (protocol=TLSv1.3)",
                              "duration: 1432.118 ms  statement: REFRESH MATERIALIZED VIEW CONCURRENTLY mv_fra_monthly"]))]
    p = pick()
    if r < 0.7:
        bank = "%d" % R.randint(10 ** 8, 10 ** 11)
        return [F("pg_log", "{ts} [{pid}] claims_app@claimsdb LOG:  AUDIT: SESSION,{a},1,WRITE,INSERT,,,\"INSERT INTO reimb_payee (claim_no, emp_no, payee_name, aba_routing, dda_acct, mail_addr, mail_zip) VALUES ('{c}','{e}','{n}','{aba}','{b}','{ad}','{z}')\",<not logged>",
                  ts=ts, pid=pid, a=R.randint(1, 900), c=P("CLM-%d-%06d" % (dt.year, R.randint(0, 999999)), "other_id"), e=P(p.emp, "other_id"),
                  n=P(up(p.first + " " + p.last).replace("'", "''"), "name"), aba=R.choice(["104000016", "073000228", "101000187"]), b=P(bank, "account"),
                  ad=P((p.street + ", " + p.city).replace("'", "''"), "address"), z=P(p.zip, "zip"))]
    if r < 0.85:
        return [F("pg_log", "{ts} [{pid}] claims_app@claimsdb LOG:  duration: {d} ms  execute <unnamed>: SELECT c.claim_no, c.status FROM injury_claim c WHERE c.emp_no = $1 AND c.doi >= $2  DETAIL:  parameters: $1 = '{e}', $2 = '{doi}'",
                  ts=ts, pid=pid, d="%.3f" % R.uniform(200, 3000), e=P(p.emp, "other_id"), doi=P(recent_day(30).strftime("%Y-%m-%d"), "date"))]
    valid = R.random() < 0.75
    return [F("pg_log", "{ts} [{pid}] portal_app@claimsdb ERROR:  value too long for type character varying(16)  STATEMENT:  UPDATE lens_reimb SET card_no = '{cd}', acct_ref = '{ac}' WHERE emp_no = '{e}'",
              ts=ts, pid=pid, cd=P(card(valid), "account"), ac=P(p.acct, "account"), e=P(p.emp, "other_id"))]


def f_sms():
    dt = tick()
    p = pick()
    sid = "SM" + hexs(32)
    r = R.random()
    if r < 0.15:
        return [F("sms_gw", "{ts} sms-gw status_cb sid={sid} status=delivered err=0 segments=1 price=-0.0079 USD", ts=ms(dt), sid=sid)]
    if r < 0.7:
        ap = future_day()
        return [F("sms_gw", '{ts} sms-gw OUT sid={sid} from=+14025550140 to={to} body="PLNR Occ Health: {fn}, your {what} is {d} at {tm}, {site}. Reply C to confirm, R to reschedule. Questions 402-555-0140"',
                  ts=ms(dt), sid=sid, to=P(fmt_phone(p.phone, 2), "phone"), fn=P(p.first, "name"),
                  what=R.choice(["hearing recert", "vision recert", "return-to-work eval", "DOT physical", "follow-up audiogram"]),
                  d=P(ap.strftime("%m/%d"), "date"), tm=ap.strftime("%H%M"), site=R.choice(["North Platte clinic, 301 E Front St", "Council Bluffs clinic, 19 Railroad Ave"]))]
    return [F("sms_gw", '{ts} sms-gw IN sid={sid} from={fr} to=+14025550140 body="{b}"',
              ts=ms(dt), sid=sid, fr=P(fmt_phone(p.phone, 2), "phone"),
              b=R.choice(["C", "R", "cant make it im on the Z train till thurs", "STOP", "ok thx", "who is this"]))]


def f_note():
    dt = tick()
    p = pick()
    n = R.choice(NURSES)
    hdr = "%s OHN-NOTE author=%s " % (dt.strftime("%Y-%m-%d %H:%M"), n.uid)
    r = R.random()
    if r < 0.35:
        doi = recent_day(4)
        return [parts("ohn_note", hdr + "Spoke w/ ", p.craft.lower(), " ", P(fullname(p), "name"), " (emp ", P(p.emp, "other_id"),
                      ") re post-accident testing. States DOI ", P(doi.strftime("%m/%d"), "date"), ", c/o ",
                      R.choice(["L wrist pain after grab iron slip", "R knee pain stepping off ladder", "ringing in ears after horn test", "low back strain lining switch"]),
                      ". Collected at NPL clinic, MRO Dr. Baptiste notified. MEDHOLD placed in CrewPro, f/u ", P(future_day().strftime("%m/%d"), "date"), ".")]
    if r < 0.6:
        return [parts("ohn_note", hdr + "Audiogram review for ", P(lastfirst(p), "name"), ", MRN ", P(p.mrn, "mrn"),
                      ": STS L ear vs baseline. Uses hearing aid s/n ", P(p.haid, "device"),
                      " - Part 240 App F allows aided test. Retest booked; pt prefers cell ", P(fmt_phone(p.phone, 1), "phone"), ". Discussed w/ ", R.choice(AUDS).name, ".")]
    if r < 0.8:
        return [parts("ohn_note", hdr + "Fatigue referral ", P("FFD-%d-%05d" % (dt.year, R.randint(0, 99999)), "other_id"), ": ",
                      P(p.first + " " + p.mi + ". " + p.last, "name"), " reports ~4h sleep x3 nights, newborn at home. Vigil band ", P(p.wsn, "device"),
                      " data consistent. Advised 10h undisturbed rest per 49 CFR 228; crew mgmt (", R.choice(CALLERS).name, ") informed of availability only, no dx shared.")]
    return [parts("ohn_note", hdr + "RTW clearance: ", P(up(p.last), "name"), " ", P(p.first, "name"), " DOB ", P(p.dob.strftime("%m/%d/%Y"), "date"),
                  " cleared full duty eff ", P(future_day().strftime("%m/%d/%Y"), "date"), ". Emergency contact ", P(p.rel_first + " " + p.rel_last, "name"),
                  " (", p.rel, ") ", P(fmt_phone(p.rel_phone, 0), "phone"), ". CDL ", P(p.dl, "license"), " (", p.state, ") on file for hi-rail.")]


def f_eap():
    dt = tick()
    p = pick()
    r = R.random()
    if r < 0.25:
        return [F("eap_kv", "ts={ts} src=clearpath feed=caseload batch={b} records={n} status=OK sftp_host=sftp.clearpath-eap.com port=22 sha256={h}",
                  ts=dt.strftime("%Y-%m-%dT%H:%M:%S"), b="CP%s%02d" % (dt.strftime("%Y%m%d"), R.randint(1, 9)), n=R.randint(10, 120), h=hexs(64))]
    case = "EAP-%d-%05d" % (dt.year % 100, R.randint(0, 99999))
    if r < 0.7:
        ln = F("eap_kv", 'ts={ts} src=clearpath case_no={c} client_emp={e} client_name="{cn}" referral={rf} svc={sv} sessions_auth={sa} intake_dt={idt} counselor={co} contact_name="{rn}" relation={rl} contact_phone={rp}',
               ts=dt.strftime("%Y-%m-%dT%H:%M:%S"), c=P(case, "other_id"), e=P(p.emp, "other_id"), cn=P(fullname(p), "name"),
               rf=R.choice(["SELF", "SUPERVISOR", "SAP", "OHN"]), sv=R.choice(["counseling", "substance_use", "financial", "grief", "legal"]),
               sa=R.choice([3, 6, 8]), idt=P(recent_day(10).strftime("%Y-%m-%d"), "date"), co=R.choice(EAPC).uid,
               rn=P(p.rel_first + " " + p.rel_last, "name"), rl=p.rel, rp=P(fmt_phone(p.rel_phone, 1), "phone"))
        return [ln]
    age = R.randint(90, 97)
    return [F("eap_kv", 'ts={ts} src=clearpath case_no={c} client_emp={e} svc=eldercare dependent_name="{dn}" dependent_age={a} dependent_addr="{ad}" dependent_zip={z} client_email={em} client_fax={fx} note="caregiver leave paperwork sent to Omaha HR fax 402-555-0141"',
              ts=dt.strftime("%Y-%m-%dT%H:%M:%S"), c=P(case, "other_id"), e=P(p.emp, "other_id"),
              dn=P(R.choice(["Dolores", "Walter", "Arne", "Esperanza", "Mercy"]) + " " + p.last, "name"), a=P(str(age), "age"),
              ad=P(R.choice(["Golden Rail Senior Living, 88 Elm Ct", "411 Sunset Blvd"]) + ", " + p.city, "address"), z=P(p.zip, "zip"),
              em=P(p.email, "email"), fx=P(fmt_phone(phone_parts(), 1), "fax"))]


def f_rrb():
    dt = tick()
    r = R.random()
    if r < 0.2:
        return [F("rrb_fixed", "HDR%-10s%s%-30s%06d" % ("PLNR-RRB", dt.strftime("%Y%m%d%H%M"), "SI-3 MEDICAL STATEMENT BATCH", R.randint(1, 999999)))]
    if r < 0.3:
        return [F("rrb_fixed", "TRL%08d%012d%-20s" % (R.randint(5, 40), R.randint(10 ** 9, 10 ** 11), "END"))]
    p = pick()
    sf = recent_day(30)
    st = sf + timedelta(days=R.randint(5, 40))
    ln = Line("rrb_fixed")
    ln.t("D1")
    claim = "A%09d" % R.randint(0, 999999999)
    ln.p(claim, "other_id").t("  ")
    s = p.ssn.replace("-", "")
    if R.random() < 0.08:
        ln.t("000000000")  # placeholder from legacy feed, not PHI
    else:
        ln.p(s, "ssn")
    last, first = up(p.last)[:20], up(p.first)[:15]
    ln.p(last, "name").t(" " * (20 - len(last)))
    ln.p(first, "name").t(" " * (15 - len(first)))
    ln.p(p.dob.strftime("%Y%m%d"), "date")
    ln.p(sf.strftime("%Y%m%d"), "date")
    ln.p(st.strftime("%Y%m%d"), "date")
    ln.t("%-8s" % R.choice(["S83.242A", "M54.50", "H90.3", "F43.10", "S62.101A"]))
    ln.t("%010d" % int(MRO_NPI["soyelaran"]))
    return [ln]


def f_chat():
    dt = tick()
    p = pick()
    r = R.random()
    c = R.choice(CALLERS)
    n = R.choice(NURSES)
    pre = "%s [Teams] #crew-med-holds " % dt.strftime("%Y-%m-%dT%H:%M:%SZ")
    if r < 0.25:
        return [F("teams_chat", pre + "{w}: {m}", w=R.choice(CALLERS + NURSES).name.split(",")[0],
                  m=R.choice(["morning all, extra board is thin at NPL today", "CrewPro maintenance window tonight 0100-0130", "thanks!",
                              "reminder: Casey bot can pull hold status by hold id, not by name"]))]
    if r < 0.6:
        return [parts("teams_chat", pre + c.name + ": can we clear ", P(p.last, "name"), " for the ", train(), " call at ",
                      "%02d00" % R.randint(0, 23), "? board shows MEDHOLD since ", P(recent_day(4).strftime("%-m/%d"), "date"))]
    if r < 0.85:
        return [parts("teams_chat", pre + n.name.split(",")[0] + ": no - ", P(p.first + " " + p.last, "name"), " still held pending ",
                      R.choice(["audiogram", "MRO review", "vision referral", "RTW eval"]), " on ", P(future_day().strftime("%-m/%d"), "date"),
                      ". I'll release in CrewPro as soon as cleared.")]
    return [parts("teams_chat", pre + "CASEY (bot): hold ", "MH%d" % R.randint(20000, 29999), " emp ", P(p.emp, "other_id"), " status=ACTIVE reason=MED-",
                  R.choice(["AUD", "VIS", "PAT"]), " opened_by=", n.uid)]


def f_cef():
    dt = tick()
    return [F("cef_siem", "{ts} fw-omaha-01 CEF:0|Palo Alto Networks|PAN-OS|10.2.7|{st}|{sn}|{sev}|rt={rt} src=10.44.{a}.{b} dst={dst} spt={spt} dpt={dpt} proto=TCP act={act} suser=plnr\\\\{u} cs1Label=Rule cs1={rule} cn1Label=SessionID cn1={sid}",
              ts=dt.strftime("%b %d %H:%M:%S"), st=R.choice(["TRAFFIC", "THREAT"]), sn=R.choice(["end", "url", "vulnerability"]), sev=R.randint(1, 6),
              rt=dt.strftime("%b %d %Y %H:%M:%S GMT"), a=R.randint(2, 60), b=R.randint(2, 250),
              dst=R.choice(["52.84.12.9", "20.190.151.7", "104.18.32.47", "13.107.42.14", "198.51.100.23"]), spt=R.randint(30000, 65000),
              dpt=R.choice([443, 443, 22, 8443, 5671]), act=R.choice(["allow", "allow", "deny", "alert"]),
              u=R.choice(NURSES + CALLERS + AGENTS + AUDS).uid, rule=R.choice(["OHM-Out", "Vigil-API", "SFTP-ClearPath", "Default-Deny"]),
              sid=R.randint(10 ** 6, 10 ** 7))]


def f_k8s():
    dt = tick()
    r = R.random()
    if r < 0.5:
        return [J("k8s_json", {"ts": ms(dt), "level": "info", "logger": "ingress-nginx", "host": R.choice(["myhealth.plnrail.com", "ohm.plnrail.com", "vigil-ingest.plnrail.com"]),
                               "upstream": "10.44.%d.%d:%d" % (R.randint(2, 9), R.randint(2, 250), R.choice([8080, 8443, 9090])), "status": R.choice([200, 200, 204, 499, 502]),
                               "request_time": round(R.uniform(0.001, 1.2), 3), "trace_id": hexs(32), "span_id": hexs(16)})]
    return [J("k8s_json", {"ts": ms(dt), "level": R.choice(["warn", "info"]), "logger": "kubelet", "pod": "%s-%s-%s" % (R.choice(["ohm-web", "vigil-ingest", "claimslink", "crewpro-bridge"]), hexs(9)[:9], hexs(5)),
                           "namespace": "occhealth", "msg": R.choice(["Back-off restarting failed container", "Readiness probe succeeded", "Pulled image \"registry.plnrail.com/occhealth/ohm-web:5.22.0\" in 2.41s",
                                                                        "Container image sha256:%s already present on machine" % hexs(64)]), "node": "ip-10-44-3-%d.ec2.internal" % R.randint(2, 250)})]


def f_kiosk():
    """HOS fitness kiosk at crew-room sign-in: face match to badge (OHM fitness module)."""
    dt = tick()
    p = pick()
    if R.random() < 0.5:
        return [F("ohm_json", '{{"ts":"{ts}","svc":"ffd-kiosk","kiosk":"KIOSK-NPL-02","sn":"FK2-{ks}","event":"pvt_result","emp":"{e}","pvt_lapses":{lp},"rt_ms":{rt},"result":"{res}"}}',
                  ts=ms(dt), ks=R.randint(1000, 9999), e=P(p.emp, "other_id"), lp=R.randint(0, 9), rt=R.randint(220, 420), res=R.choice(["PASS", "PASS", "REFER"]))]
    tmpl = "".join(R.choice(string.ascii_letters + string.digits + "+/") for _ in range(72)) + "=="
    return [F("ohm_json", '{{"ts":"{ts}","svc":"ffd-kiosk","kiosk":"KIOSK-CBL-01","event":"face_enroll","emp":"{e}","template_fmt":"ISO19794-5","face_template":"{t}","quality":{q}}}',
              ts=ms(dt), e=P(p.emp, "other_id"), t=P(tmpl, "biometric"), q=R.randint(60, 99))]


def f_retiree():
    """Occupational hearing-loss claim from a retired engineer (ClaimsLink)."""
    dt = tick()
    rn = R.choice(["Virgil Oberholtzer", "Harlan J. Pettibone", "Clarence Two Bulls", "Eino Makinen", "Delbert Shumway-Ross",
                   "Anselmo Villarreal", "Wendell Goodnight"])
    ts = dt.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (dt.microsecond // 1000)
    age = R.randint(84, 95)
    return [F("claims_java", "{ts} INFO  [{th}] c.p.claims.occdisease.HearingLossIntake - retiree claim {c}: claimant={n} age={a} mbi={m} last_service={ls} contact={ph}",
              ts=ts, th="http-nio-8443-exec-%d" % R.randint(1, 25), c=P("CLM-%d-%06d" % (dt.year, R.randint(0, 999999)), "other_id"),
              n=P(rn, "name"), a=P(str(age), "age") if age > 89 else str(age), m=P(mbi(), "health_plan"),
              ls=P("%02d/%02d/%d" % (R.randint(1, 12), R.randint(1, 28), R.randint(1995, 2001)), "date"), ph=P(fmt_phone(phone_parts(), 3), "phone"))]


FAMILIES = [(f_cds, 16), (f_hos, 9), (f_ohm, 10), (f_hl7, 2), (f_eccf, 3), (f_audio, 3), (f_vision, 4), (f_vigil, 9),
            (f_fhir, 5), (f_x12, 3), (f_access, 11), (f_claims, 4), (f_pg, 6), (f_sms, 5), (f_note, 4), (f_eap, 4),
            (f_rrb, 4), (f_chat, 5), (f_cef, 15), (f_k8s, 17), (f_kiosk, 3), (f_retiree, 2)]


def main():
    fns = [f for f, w in FAMILIES]
    ws = [w for f, w in FAMILIES]
    lines = []
    fill = [f_cef, f_k8s, f_hos, f_cds, f_ohm, f_vigil, f_access]
    while len(lines) < N_LINES:
        nophi = sum(1 for x in lines if not x.spans)
        if len(lines) > 20 and nophi / len(lines) < 0.555 and R.random() < 0.6:
            rec = R.choice(fill)()  # steer toward the target share of PHI-free lines
        else:
            rec = R.choices(fns, ws)[0]()
        if len(lines) + len(rec) > N_LINES:
            rec = R.choice(fill)()
            if len(lines) + len(rec) > N_LINES:
                continue
        lines.extend(rec)
    assert len(lines) == N_LINES
    with open(ID + ".log", "wb") as fl, open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n") as fj:
        for i, ln in enumerate(lines, 1):
            b = bytes(ln.buf)
            if b"\n" in b or b"\r" in b or not b.strip():
                sys.exit("line %d: bad line content" % i)
            b.decode("utf-8")
            spans = sorted(ln.spans)
            prev = 0
            for s, e, cat, val in spans:
                if not (0 <= s < e <= len(b)):
                    sys.exit("line %d: span out of range %r" % (i, (s, e, cat)))
                if s < prev:
                    sys.exit("line %d: overlapping spans" % i)
                prev = e
                if b[s:e].decode("utf-8") != val:
                    sys.exit("line %d: span text mismatch %r != %r" % (i, b[s:e], val))
            fl.write(b + b"\n")
            fj.write(json.dumps({"line": i, "family": ln.family, "spans": [{"s": s, "e": e, "cat": c} for s, e, c, v in spans]}) + "\n")


if __name__ == "__main__":
    main()
