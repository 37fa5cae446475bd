#!/usr/bin/env python3
"""gen_rf.py - synthetic, labeled log corpus "rf".

Theme: a state health department (Ohio Department of Health, "ODH", with
Franklin County Public Health, "FCPH") running the response to a measles
outbreak (outbreak OB-2024-MSL-003). One day (2024-04-16) of logs as they
land in the department's SIEM / log archive, interleaved by time.

Systems simulated (family names in the labels file)
  exposure_csv    exposure-site list publisher (CSV rows pushed to the public web page)
  genesys_json    contact-tracing call center (Genesys-Cloud-like conversation/IVR events, JSON)
  ctcc_note       call-center CRM agent notes (home-grown text export, English/Spanish)
  imv_json        immunity-verification service (Python json logger, ASCII-escaped)
  qletter_logfmt  quarantine/exclusion letter generator (logfmt, JasperReports engine)
  nginx_access    MMR catch-up clinic scheduling portal (nginx combined + timing)
  hl7v2           IIS queries QBP^Q11 / RSP^K11 to ImpactSIIS and ELR ORU^R01 lab result
                  intake (one segment per line, as a log reader sees them)
  fhir_json       IIS FHIR API (Immunization / Patient / OperationOutcome)
  icdash_syslog   incident-command dashboard + vaccine inventory feed (RFC 5424 syslog)
  pg_log          PostgreSQL log of the ODRS outbreak schema
  java_trace      ELR ingest Spring Boot service with stack traces
  sms_gw          SMS gateway (outbound notifications and inbound replies)
  roster_fw       school roster extract (fixed width, SIS export)
  daycare_pipe    child-care roster uploads (pipe delimited)
  x12_270         eligibility inquiries for clinic billing (X12 270, one segment a line)
  fortigate_kv    firewall / VPN key=value traffic logs (staff only)
  teams_chat      incident-command chat export (staff talking about cases)
  nbs_xml         case notification XML to the surveillance system
  clinic_json     drive-through MMR clinic check-in tablet app (JSON)
  bmv_kv          BMV locator queries used to find contacts (key=value)
  symptrack_json  symptom-monitoring mobile app API (JSON)

Labeling decisions (grey cases)
  * Persons served: cases, contacts, children on rosters, their parents/
    guardians/household members. Staff (tracers, epis, nurses, ordering
    providers with NPI), schools, daycares, clinics, labs, vendors and ODH
    itself are not PHI, including their names, addresses, phones, faxes.
  * Exposure sites on the public list (businesses, schools, clinics, their
    addresses and exposure windows) describe places, not people: not PHI.
    A person's own exposure date, rash onset, quarantine end, dose dates,
    specimen collection/receipt dates, appointment dates: `date`.
  * Log-record timestamps, HL7 MSH-7, X12 ISA/GS/BHT dates (time the
    transaction was built), vaccine lot expiry dates: not PHI.
  * Birth year alone (e.g. "born before 1957" evidence, birth_year=1951):
    not PHI. Ages: only >89 labeled `age`; ages in months for infants not.
  * Aggregates on the dashboard (counts by county/ZIP) are not PHI.
    A county/city/ZIP inside one person's record: `address`/`zip`.
  * Health-department-assigned identifiers of a person (ODRS case IDs
    MSL24-nnnnn, contact IDs CT-nnnn-nnnn, ImpactSIIS client IDs, school
    SIS student IDs, letter IDs QL-..., appointment confirmation codes,
    BMV request subject IDs not included) -> `other_id`. Identifiers that
    a provider assigns (hospital/clinic MRN, EHR patient IDs in PID-3 with
    type MR/PI from a provider) -> `mrn`. Lab accession numbers / filler
    and placer order numbers of a person's specimen -> `other_id`.
    Outbreak IDs, HL7 message control IDs, UUIDs of calls, requests,
    FHIR Immunization resource ids, Twilio SIDs: not PHI.
  * Vaccine forecast due dates (OBX 30980-7) are a person's appointment-
    like dates: `date`. HL7 XTN phones split in area code / local number
    components are two `phone` spans (one per component).
  * FHIR "Patient/<id>" references: only the id part labeled (`other_id`).
  * A URL that carries a person's identifier (symptom-app magic links,
    letter portal links) is one `url` span (the id inside is not labeled
    separately). nginx request paths containing a confirmation code or a
    name/DOB query: the code/name/DOB are labeled individually (not url).
  * Caller ANI on the public hotline queues -> `phone`; ANI on the
    provider / school-nurse line (caller is an organisation) -> not PHI.
  * Public client IPs on the scheduling portal and symptom app -> `ip`;
    load balancer, monitoring and staff (10.x / VPN) IPs -> not PHI.
  * Names: HL7 XPN field "LAST^FIRST^M" is one span (one field); X12 NM1
    last and first names are separate elements and so separate spans.
    A name inside an uploaded file name is labeled.
  * Masked numbers that show only the last 4 digits (card, SSN) are not
    labeled; placeholder SSNs 000-00-0000 / 999-99-9999 are not labeled;
    malformed-but-real SSNs typed in a person's SSN field are `ssn`.
  * Medicaid IDs, commercial member IDs, MBIs -> `health_plan`; clinic
    billing account numbers and card numbers -> `account`; driver's
    licence numbers -> `license`; plates and VINs from BMV or the drive-
    through lane -> `vehicle`; symptom-app device IDs / push-install IDs
    -> `device`; IVR voiceprint template IDs -> `biometric`; base64 face
    photo captured at check-in -> `photo`.
  * Street line, unit, city, county written as separate fields are
    separate `address` spans; one run "12 Oak St Apt 4, Dayton" is one.
"""
import base64
import datetime as dt
import hashlib
import html
import json
import random
import sys
import urllib.parse
import uuid

R = random.Random(20240416)
ID = "rf"
N_LINES = 500

# ----------------------------------------------------------------- helpers


class Tag:
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class Rich:
    def __init__(self, *segs):
        self.segs = list(segs)


def P(v, cat):
    return (v, cat, v)


def jenc(s, ea):
    return json.dumps(s, ensure_ascii=ea)[1:-1]


def J(o, ea=False, sep=(",", ":")):
    out = []

    def w(v):
        if isinstance(v, Tag):
            out.append('"')
            out.append((jenc(v.v, ea), v.cat, v.v))
            out.append('"')
        elif isinstance(v, Rich):
            out.append('"')
            for sg in v.segs:
                if isinstance(sg, str):
                    out.append(jenc(sg, ea))
                else:
                    out.append((jenc(sg[0], ea), sg[1], sg[0]))
            out.append('"')
        elif isinstance(v, dict):
            out.append("{")
            first = True
            for k, x in v.items():
                if not first:
                    out.append(sep[0])
                first = False
                out.append(json.dumps(k, ensure_ascii=ea) + sep[1])
                w(x)
            out.append("}")
        elif isinstance(v, list):
            out.append("[")
            for i, x in enumerate(v):
                if i:
                    out.append(sep[0])
                w(x)
            out.append("]")
        else:
            out.append(json.dumps(v, ensure_ascii=ea))

    w(o)
    return out


def flat(segs):
    """flatten nested lists of segments"""
    res = []
    for s in segs:
        if isinstance(s, list):
            res.extend(flat(s))
        elif isinstance(s, Rich):
            res.extend(s.segs)
        else:
            res.append(s)
    return res


def pct(v, cat):
    return (urllib.parse.quote(v, safe=""), cat, v)


def xesc(v, cat):
    return (html.escape(v, quote=False), cat, v)


LINES = []  # (family, segments)


def emit(fam, *segs):
    LINES.append((fam, flat(list(segs))))


def check_value(text, raw):
    if text == raw:
        return True
    try:
        if json.loads('"' + text + '"') == raw:
            return True
    except Exception:
        pass
    if urllib.parse.unquote(text) == raw:
        return True
    if html.unescape(text) == raw:
        return True
    return False


def render(fam, segs):
    b = bytearray()
    spans = []
    for sg in segs:
        if isinstance(sg, str):
            b += sg.encode("utf-8")
        else:
            if len(sg) == 2:
                sg = (sg[0], sg[1], sg[0])
            text, cat, raw = sg
            if not text:
                raise SystemExit("empty span value in %s" % fam)
            s = len(b)
            b += text.encode("utf-8")
            if cat is None:
                continue
            spans.append({"s": s, "e": len(b), "cat": cat, "_raw": raw, "_text": text})
    return bytes(b), spans


# ----------------------------------------------------------------- data pools

FIRST_M = ["Mateo", "Hamza", "Oluwaseun", "Bao", "Dmitri", "Kwame", "Liam", "José", "Will", "Hunter",
           "River", "Abdirahman", "Yusuf", "Santiago", "Eli", "Nikolai", "Tomás", "Rich", "Chidi",
           "Kenji", "Jaxon", "Ibrahim", "Mohamed", "Darnell", "Ezekiel", "Cruz", "Bodhi", "Ahmed"]
FIRST_F = ["Aaliyah", "Priya", "Siobhan", "Zoë", "Fatima", "Ingrid", "Rosa", "Summer", "Grace",
           "Hope", "Faith", "Joy", "Brook", "Mei-Ling", "Adaeze", "Hodan", "Ayaan", "Sofia",
           "Ximena", "Nadia", "Chloé", "Amara", "Yuki", "Dawn", "Ruby", "Ifrah", "Marisol", "Willow",
           "Noor", "Leilani", "Anh", "Carmen", "Olive", "Maryam"]
LAST = ["Delgado-Ruiz", "Okafor", "Nguyen", "Van der Berg", "O'Brien", "García Márquez", "Baker",
        "Stone", "Rivers", "Wolf", "Fox", "Park", "Church", "Hill", "Bird", "Abdi", "Mohamed",
        "Yılmaz", "Kowalski", "Sánchez", "Hernández", "Begay", "Chowdhury", "Le", "Tran",
        "Friedman", "St. Clair", "MacDonald", "Whitehorse", "Oyelaran-Smith", "Warsame", "Hassan",
        "Ali", "Farah", "Müller", "Nwosu", "Castillo", "Moreno-Vega", "Yoder", "Troyer",
        "Schrock", "Hochstetler", "Price", "Young", "Snow", "Winter", "Bell", "Ahmed-Osman",
        "De la Cruz", "Kim", "Ibarra", "Haddad", "Novak", "Petrov", "Duong"]
MIDDLE = ["A", "J", "Marie", "Lee", "K", "Rose", "T", "", "", "", "", "Ann", "M"]

# city -> (county, zips)
CITIES = {
    "Columbus": ("Franklin", ["43204", "43205", "43206", "43207", "43211", "43219", "43223", "43224", "43227", "43232"]),
    "Whitehall": ("Franklin", ["43213"]),
    "Reynoldsburg": ("Franklin", ["43068"]),
    "Hilliard": ("Franklin", ["43026"]),
    "Grove City": ("Franklin", ["43123"]),
    "Westerville": ("Delaware", ["43081", "43082"]),
    "Gahanna": ("Franklin", ["43230"]),
    "Groveport": ("Franklin", ["43125"]),
    "Pataskala": ("Licking", ["43062"]),
    "Plain City": ("Madison", ["43064"]),
}
STREETS = ["Parsons Ave", "Cleveland Ave", "Karl Rd", "Sullivant Ave", "Hamilton Rd", "Morse Rd",
           "E Livingston Ave", "Refugee Rd", "Brice Rd", "Georgesville Rd", "Sunbury Rd",
           "Agler Rd", "Ferris Rd", "Noe Bixby Rd", "Chatterton Rd", "Broad St", "Maize Rd",
           "Westerville Rd", "Oakland Park Ave", "Kimberly Pkwy", "Briggs Rd", "Rhoads Ave",
           "Shady Ln", "Amish Church Rd"]

SCHOOLS = ["Linden STEM Academy", "Hilliard Bradley HS", "Whitehall-Yearling HS",
           "Reynoldsburg Summit Road ES", "Al-Noor Islamic Academy", "St. Mary Magdalene School",
           "Westerville Central HS", "Groveport Madison MS", "Columbus Global Academy"]
DAYCARES = [("ELC-4471", "Little Sprouts Early Learning"), ("ELC-2290", "Kiddie Academy of Gahanna"),
            ("ELC-3318", "Sunshine Daycare & Preschool"), ("ELC-5102", "Hilltop Tiny Tots"),
            ("ELC-0876", "Rainbow Bright Child Care")]
STAFF = [("kbrennan", "Kelly Brennan"), ("jmorales", "Javier Morales"), ("tsutton", "Tamika Sutton"),
         ("rsubramanian", "Ravi Subramanian"), ("bkowalczyk", "Beth Anne Kowalczyk"),
         ("lwhitfield", "Lorraine Whitfield"), ("dokonkwo", "Dele Okonkwo"), ("mlaurent", "Michelle Laurent"),
         ("ct_agent17", "Pat Gutierrez"), ("ct_agent22", "Sam Lindqvist")]
CLINICS = [("FCPH-WEST", "FCPH Westland Clinic"), ("FCPH-NE", "FCPH Northland Clinic"),
           ("DT-EASTON", "Easton Drive-Thru"), ("ODH-MOB2", "ODH Mobile Unit 2")]

BASE = dt.datetime(2024, 4, 16, 6, 2, 11, 118000)
EXPO_DAYS = [dt.date(2024, 4, d) for d in range(2, 13)]


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


def card():
    pre = R.choice(["4", "4", "51", "55", "37"])
    ln = 15 if pre == "37" else 16
    body = pre + "".join(R.choice("0123456789") for _ in range(ln - len(pre) - 1))
    return body + luhn_digit(body)


def ssn(valid=True):
    if not valid:
        return R.choice(["%03d-%02d-%03d" % (R.randint(100, 899), R.randint(10, 99), R.randint(100, 999)),
                         "%09d" % R.randint(10 ** 7, 10 ** 8)])
    while True:
        a = R.randint(1, 899)
        if a != 666:
            break
    return "%03d-%02d-%04d" % (a, R.randint(1, 99), R.randint(1, 9999))


MBI_A = "ACDEFGHJKMNPQRTUVWXY"


def mbi():
    an = MBI_A + "0123456789"
    d = "0123456789"
    c = [R.choice("123456789"), R.choice(MBI_A), R.choice(an), R.choice(d), R.choice(MBI_A),
         R.choice(an), R.choice(d), R.choice(MBI_A), R.choice(MBI_A), R.choice(d), R.choice(d)]
    return "".join(c)


VIN_MAP = {**{str(i): i for i in range(10)}, "A": 1, "B": 2, "C": 3, "D": 4, "E": 5, "F": 6, "G": 7, "H": 8,
           "J": 1, "K": 2, "L": 3, "M": 4, "N": 5, "P": 7, "R": 9, "S": 2, "T": 3, "U": 4, "V": 5, "W": 6,
           "X": 7, "Y": 8, "Z": 9}
VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


def vin(valid=True):
    chars = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
    wmi = R.choice(["1HG", "1FT", "2T1", "5YJ", "1G1", "3VW", "JTD", "KNM"])
    v = list(wmi + "".join(R.choice(chars) for _ in range(5)) + "0" + R.choice("NPRSL") +
             R.choice("ABCDEFGHJKLMNPRSTUVWXYZ0123456789") + "".join(R.choice("0123456789") for _ in range(6)))
    s = sum(VIN_MAP[ch] * w for ch, w in zip(v, VIN_W))
    cd = "X" if s % 11 == 10 else str(s % 11)
    if not valid:
        cd = R.choice([x for x in "0123456789X" if x != cd])
    v[8] = cd
    return "".join(v)


def phone_digits():
    return (str(R.choice([614, 614, 614, 380, 740, 937, 419])) + str(R.randint(2, 9)) + "%02d" % R.randint(0, 99) +
            "%04d" % R.randint(0, 9999))


def fmt_phone(d, style):
    if style == 0:
        return "(%s) %s-%s" % (d[:3], d[3:6], d[6:])
    if style == 1:
        return "%s-%s-%s" % (d[:3], d[3:6], d[6:])
    if style == 2:
        return "+1" + d
    if style == 3:
        return d
    return "%s.%s.%s" % (d[:3], d[3:6], d[6:])


def strip_acc(s):
    tr = str.maketrans("áéíóúñüëçıÁÉÍÓÚÑÜ", "aeiounueciAEIOUNU")
    return s.translate(tr)


class Person:
    def __init__(self, kind="child", last=None, home=None):
        self.sex = R.choice("MF")
        self.first = R.choice(FIRST_M if self.sex == "M" else FIRST_F)
        self.middle = R.choice(MIDDLE)
        self.last = last or R.choice(LAST)
        if kind == "child":
            self.dob = dt.date(R.randint(2010, 2023), R.randint(1, 12), R.randint(1, 28))
        elif kind == "school":
            self.dob = dt.date(R.randint(2006, 2018), R.randint(1, 12), R.randint(1, 28))
        elif kind == "toddler":
            self.dob = dt.date(R.randint(2019, 2023), R.randint(1, 12), R.randint(1, 28))
        elif kind == "infant":
            self.dob = dt.date(2023, R.randint(5, 12), R.randint(1, 28))
        elif kind == "elder":
            self.dob = dt.date(R.randint(1928, 1933), R.randint(1, 12), R.randint(1, 28))
        else:
            self.dob = dt.date(R.randint(1958, 2003), R.randint(1, 12), R.randint(1, 28))
        today = dt.date(2024, 4, 16)
        self.age = today.year - self.dob.year - ((today.month, today.day) < (self.dob.month, self.dob.day))
        if home:
            self.street, self.unit, self.city, self.county, self.zip = home
        else:
            self.city = R.choice(list(CITIES))
            self.county, zips = CITIES[self.city]
            self.zip = R.choice(zips)
            self.street = "%d %s" % (R.randint(12, 9800), R.choice(STREETS))
            self.unit = R.choice(["", "", "", "Apt %d%s" % (R.randint(1, 4), R.choice("ABCD")), "Unit %d" % R.randint(1, 300)])
        self.phone = phone_digits()
        self.email = "%s.%s%d@%s" % (strip_acc(self.first).lower().replace("-", ""),
                                     strip_acc(self.last).lower().replace(" ", "").replace("'", "").replace(".", ""),
                                     R.randint(1, 99), R.choice(["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "att.net", "wowway.com"]))
        self.case_id = "MSL24-%05d" % R.randint(100, 480)
        self.contact_id = "CT-%04d-%04d" % (R.randint(101, 460), R.randint(1, 2400))
        self.iis = str(R.randint(30000000, 49999999))
        self.mrn = R.choice(["E%09d" % R.randint(10 ** 7, 10 ** 9), "%08d" % R.randint(10 ** 6, 10 ** 8), "NCH%07d" % R.randint(10 ** 5, 10 ** 7)])
        self.medicaid = "%012d" % R.randint(10 ** 11, 10 ** 12 - 1)
        self.sis = "S%07d" % R.randint(10 ** 5, 10 ** 7)
        self.expo = R.choice(EXPO_DAYS)
        self.q_end = self.expo + dt.timedelta(days=21)
        if self.age >= 1:
            d1 = self.dob + dt.timedelta(days=R.randint(366, 470))
            self.mmr = [d1] if d1 < today else []
            d2 = self.dob + dt.timedelta(days=R.randint(1480, 2200))
            if d2 < today and R.random() < 0.7:
                self.mmr.append(d2)
        else:
            self.mmr = []
        self.parent = None

    def name_fl(self):
        return ("%s %s %s" % (self.first, self.middle, self.last)) if self.middle and len(self.middle) > 1 and R.random() < .3 else "%s %s" % (self.first, self.last)

    def name_lf(self):
        return "%s, %s" % (self.last, self.first)

    def home(self):
        return (self.street, self.unit, self.city, self.county, self.zip)

    def addr1(self):
        return self.street + ((" " + self.unit) if self.unit else "")


def family(kind=None):
    kid = Person(kind or R.choice(["child", "child", "child", "infant"]))
    par = Person("adult", last=kid.last if R.random() < .8 else None, home=kid.home())
    par.phone = kid.phone = par.phone
    kid.email = par.email
    kid.parent = par
    kid.contact_id = kid.contact_id
    return kid, par


def d_us(d):
    return d.strftime("%m/%d/%Y")


def d_short(d):
    return "%d/%d" % (d.month, d.day)


def hx(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def uid():
    return str(uuid.UUID(int=R.getrandbits(128), version=4))


# ----------------------------------------------------------------- clock


class Clock:
    def __init__(self):
        self.t = BASE

    def tick(self, lo=0.3, hi=95.0):
        self.t += dt.timedelta(seconds=R.uniform(lo, hi))
        return self.t


CK = Clock()


def iso_z(t):
    u = t + dt.timedelta(hours=4)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + "%03dZ" % (u.microsecond // 1000)


def iso_local(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S") + ("." + "%03d" % (t.microsecond // 1000)) + "-04:00"


# ----------------------------------------------------------------- generators


def g_exposure_csv():
    t = CK.tick()
    sites = [("Easton Town Center - Food Court", "160 Easton Town Center", "Columbus", "43219"),
             ("FCPH Northland Clinic waiting room", "1919 Morse Rd", "Columbus", "43229"),
             ("Kroger #921", "3600 Soldano Blvd", "Columbus", "43228"),
             ("COTA Route 10 bus (Broad St)", "Broad St corridor", "Columbus", "43215"),
             ("Nationwide Children's ED", "700 Children's Dr", "Columbus", "43205"),
             ("Masjid Omar Ibn Khattab", "580 E Dublin-Granville Rd", "Columbus", "43229"),
             ("Whitehall Public Library", "4445 E Broad St", "Whitehall", "43213"),
             ("[private residence - not published]", "", "Columbus", ""),
             ("John Glenn Intl Airport Concourse B", "4600 International Gateway", "Columbus", "43219")]
    s = R.choice(sites)
    d = R.choice(EXPO_DAYS)
    h = R.randint(7, 18)
    st = dt.datetime.combine(d, dt.time(h, R.choice([0, 15, 30, 45])))
    en = st + dt.timedelta(minutes=R.choice([90, 120, 150, 240]))
    row = '%s,ES-%04d,"%s","%s",%s,OH,%s,%s,%s,%s,%s,%s,%s,rev%d' % (
        iso_z(t)[:19] + "Z", R.randint(300, 460), s[0], s[1], s[2], s[3], st.strftime("%Y-%m-%d %H:%M"),
        en.strftime("%Y-%m-%d %H:%M"), (d + dt.timedelta(days=3)).isoformat(), (d + dt.timedelta(days=6)).isoformat(),
        R.choice(["published", "published", "updated", "expired"]), "OB-2024-MSL-003", R.randint(1, 6))
    emit("exposure_csv", row)


def g_genesys():
    t = CK.tick()
    kind = R.random()
    conv = uid()
    if kind < 0.25:
        emit("genesys_json", J({"timestamp": iso_z(t), "eventType": "v2.users.presence", "userId": uid(),
                                "presenceDefinition": {"systemPresence": R.choice(["ON_QUEUE", "AVAILABLE", "BREAK", "MEAL"])},
                                "routingStatus": R.choice(["IDLE", "INTERACTING", "NOT_RESPONDING"]),
                                "division": "ODH-MSL-CTCC"}))
        return
    if kind < 0.36:
        emit("genesys_json", J({"timestamp": iso_z(t), "eventType": "v2.routing.queues.observations",
                                "queueName": R.choice(["ODH-MSL-Hotline-EN", "ODH-MSL-Hotline-ES", "ODH-MSL-Hotline-SO", "ODH-MSL-Provider"]),
                                "oWaiting": R.randint(0, 31), "oInteracting": R.randint(2, 40), "tAnswered_p90_ms": R.randint(8000, 240000),
                                "serviceLevel": round(R.uniform(0.4, 0.98), 3)}))
        return
    provider = R.random() < 0.2
    if provider:
        emit("genesys_json", J({"timestamp": iso_z(t), "eventType": "v2.detail.events.conversation.end", "conversationId": conv,
                                "participantPurpose": "customer", "ani": "tel:+1614%s" % R.choice(["7223000", "5668000", "2938000", "4661390"]),
                                "dnis": "tel:+18334275636", "queueName": "ODH-MSL-Provider", "userId": uid(),
                                "wrapupCode": R.choice(["PROV-LAB-GUIDANCE", "SCHOOL-NURSE-ROSTER", "PROV-PEP-IG"]),
                                "tTalkComplete": R.randint(30000, 900000)}))
        return
    k, p = family()
    q = R.choice(["ODH-MSL-Hotline-EN", "ODH-MSL-Hotline-EN", "ODH-MSL-Hotline-ES", "ODH-MSL-Hotline-SO"])
    if R.random() < 0.2:
        emit("genesys_json", J({"timestamp": iso_z(t), "eventType": "ivr.voicebio.verify", "conversationId": conv,
                                "ani": Tag("+1" + p.phone, "phone"), "result": R.choice(["VERIFIED", "ENROLLED", "MISMATCH"]),
                                "score": round(R.uniform(0.4, 0.99), 2), "voiceprintId": Tag("vp_" + hx(24), "biometric"),
                                "flow": "MSL_IVR_v7"}))
        return
    ev = {"timestamp": iso_z(t), "eventType": "v2.detail.events.conversation.end", "conversationId": conv,
          "participantPurpose": "customer", "ani": Rich("tel:", ("+1" + p.phone, "phone")), "dnis": "tel:+18334275634",
          "queueName": q, "userId": uid(),
          "wrapupCode": R.choice(["MSL-EXPOSED-PEP-REFERRAL", "MSL-IMMUNE-RELEASED", "MSL-QUARANTINE-ADVISED", "MSL-LVM", "MSL-GENERAL-INFO"]),
          "tTalkComplete": R.randint(30000, 1400000)}
    if R.random() < 0.7:
        ev["attributes"] = {"CaseRef": Tag(k.contact_id, "other_id"), "Lang": {"ODH-MSL-Hotline-ES": "es-US", "ODH-MSL-Hotline-SO": "so"}.get(q, "en-US")}
    emit("genesys_json", J(ev))


def g_ctcc_note():
    t = CK.tick()
    ag = R.choice(STAFF[:3] + STAFF[8:])
    k, p = family()
    head = "%s,%03d CTCC-NOTE agent=%s ct=" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, ag[0])
    disp = R.choice(["REACHED", "REACHED", "REACHED", "NO_ANSWER", "REFUSED", "WRONG_NUM"])
    rel = {"M": "father", "F": "mother"}[p.sex]
    site = org_for(k)
    ph = fmt_phone(p.phone, R.choice([0, 1, 4]))
    v = R.random()
    if disp in ("NO_ANSWER", "WRONG_NUM"):
        emit("ctcc_note", head, (k.contact_id, "other_id"), " disp=%s :: attempt %d, no answer at " % (disp, R.randint(1, 3)),
             (ph, "phone"), ", will retry PM; letter queued")
        return
    if R.random() < 0.25:
        emit("ctcc_note", head, (k.contact_id, "other_id"), " disp=%s :: Habló con la %s " % (disp, "madre" if p.sex == "F" else "padre"),
             (p.name_fl(), "name"), ". Niño/a ", (k.first, "name"), " (fecha nac. ", (k.dob.strftime("%d/%m/%Y"), "date"),
             ") expuesto/a el ", (d_short(k.expo), "date"), " en ", site, ". Cuarentena hasta el ",
             (k.q_end.strftime("%d/%m/%Y"), "date"), ". Se envió carta por correo.")
        return
    if k.age < 1:
        emit("ctcc_note", head, (k.contact_id, "other_id"), " disp=%s :: Spoke w/ %s " % (disp, rel), (p.name_fl(), "name"), " (",
             (ph, "phone"), "). Infant ", (k.name_fl(), "name"), " DOB ", (d_us(k.dob), "date"), " is %d mo, too young for routine MMR. Exposed " % months(k.dob),
             (d_short(k.expo), "date"), " at ", site, ". Referred for IG w/in 6 days; excl thru ", (d_us(k.q_end), "date"), ".")
        return
    nd = len(k.mmr)
    emit("ctcc_note", head, (k.contact_id, "other_id"), " disp=%s :: Spoke w/ %s " % (disp, rel), (p.name_fl(), "name"), " at ",
         (ph, "phone"), ". Child ", (k.name_fl(), "name"), " DOB ", (d_us(k.dob), "date"), " attends ", site, "; exposed ",
         (d_short(k.expo), "date"), ". %d MMR dose(s) in IIS%s. " % (nd, "" if nd else " - none found"),
         "Immune, no restriction." if nd >= 2 else "Advised MMR at FCPH-WEST; exclude through ",
         *([] if nd >= 2 else [(d_us(k.q_end), "date"), "."]))


def months(d):
    t = dt.date(2024, 4, 16)
    return (t.year - d.year) * 12 + t.month - d.month - (t.day < d.day)


def org_for(k):
    return R.choice(SCHOOLS) if k.age >= 5 else R.choice(DAYCARES)[1]


def q_es():
    return R.random() < 0.5


def g_ctcc_elder():
    t = CK.tick()
    e = Person("elder")
    ag = R.choice(STAFF[:3])
    emit("ctcc_note", "%s,%03d CTCC-NOTE agent=%s ct=" % (t.strftime("%Y-%m-%d %H:%M:%S"), t.microsecond // 1000, ag[0]),
         (e.contact_id, "other_id"), " disp=REACHED :: ", (e.name_fl(), "name"), ", ", (str(e.age), "age"),
         " y/o resident, Brookdale Gahanna (exposure ", (d_short(e.expo), "date"), " via visiting grandchild). Born %d -> presumptive immune per ACIP; no quarantine. MBI " % e.dob.year,
         (mbi(), "health_plan"), " on file for titer billing if needed.")


def g_imv():
    t = CK.tick()
    head = {"asctime": t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000)}
    r = R.random()
    if r < 0.35:
        msg = R.choice([
            {"levelname": "DEBUG", "name": "imv.cache", "message": "iis cache stats", "hits": R.randint(200, 900), "misses": R.randint(10, 90), "ttl_s": 900},
            {"levelname": "INFO", "name": "imv.rules", "message": "rule set loaded", "rule_set": "imv-rules 2.3.1", "sha": hx(40)[:12], "rules": 27},
            {"levelname": "WARNING", "name": "imv.iis", "message": "ImpactSIIS QBP latency high", "p95_ms": R.randint(2100, 9000), "endpoint": "https://impactsiis.odh.ohio.gov/hl7/qbp"},
            {"levelname": "INFO", "name": "imv.batch", "message": "roster batch evaluated", "batch_id": "RB-%06d" % R.randint(1000, 99999),
             "org": R.choice(SCHOOLS), "rows": R.randint(80, 1400), "immune": R.randint(60, 1200), "not_immune": R.randint(2, 90), "dur_s": round(R.uniform(3, 80), 2)},
        ])
        emit("imv_json", J({**head, **msg}, ea=True, sep=(", ", ": ")))
        return
    k, p = family()
    ev = []
    for d in k.mmr:
        ev.append({"type": "MMR", "date": Tag(d.isoformat(), "date"), "src": R.choice(["IIS", "IIS", "PARENT_CARD", "SCHOOL_RECORD"])})
    res = "IMMUNE" if len(k.mmr) >= 2 else ("TOO_YOUNG" if k.age < 1 else "NOT_IMMUNE")
    subj = {"first": Tag(k.first, "name"), "last": Tag(k.last, "name"), "dob": Tag(k.dob.isoformat(), "date")}
    if R.random() < 0.3:
        subj["iis_id"] = Tag(k.iis, "other_id")
    rec = {**head, "levelname": "INFO", "name": "imv.evaluator", "message": "immunity evaluated", "req_id": hx(16),
           "contact_id": Tag(k.contact_id, "other_id"), "subject": subj,
           "setting": "school" if k.age >= 5 else "childcare", "org": org_for(k),
           "evidence": ev, "result": res, "rule_set": "imv-rules 2.3.1"}
    if res != "IMMUNE" and k.age >= 1:
        rec["exclude_until"] = Tag(k.q_end.isoformat(), "date")
    if R.random() < 0.2:
        rec["upload"] = Rich("mmr_card_", (strip_acc(k.last).replace(" ", "").replace("'", ""), "name"), "_",
                             (strip_acc(k.first), "name"), ".jpg")
    emit("imv_json", J(rec, ea=True, sep=(", ", ": ")))


def g_imv_adult():
    t = CK.tick()
    a = Person("adult")
    ev = [{"type": "BORN_BEFORE_1957", "birth_year": R.randint(1945, 1956)}] if R.random() < 0.4 else \
         [{"type": "IGG_TITER", "result": "POSITIVE", "collected": Tag(R.choice(EXPO_DAYS).isoformat(), "date"), "accession": Tag("AC24-%06d" % R.randint(100000, 199999), "other_id")}]
    rec = {"asctime": t.strftime("%Y-%m-%d %H:%M:%S,") + "%03d" % (t.microsecond // 1000), "levelname": "INFO", "name": "imv.evaluator",
           "message": "immunity evaluated", "req_id": hx(16), "contact_id": Tag(a.contact_id, "other_id"), "setting": "workplace",
           "org": R.choice(["Kroger #921", "Nationwide Children's ED", "COTA"]), "evidence": ev, "result": "IMMUNE", "rule_set": "imv-rules 2.3.1"}
    emit("imv_json", J(rec, ea=True, sep=(", ", ": ")))


def g_qletter():
    t = CK.tick()
    ts = iso_local(t)
    if R.random() < 0.5:
        emit("qletter_logfmt", R.choice([
            'ts=%s level=info svc=qletter msg="batch complete" batch=QB-%05d count=%d failed=%d dur=%.1fs engine="JasperReports 6.20.6"' % (ts, R.randint(100, 999), R.randint(5, 80), R.randint(0, 3), R.uniform(2, 60)),
            'ts=%s level=debug svc=qletter msg="template cache" tmpl=HOME_QUARANTINE_V3 lang=es hash=%s' % (ts, hx(40)),
            'ts=%s level=info svc=qletter msg="usps presort upload" vendor="Lorton Data" job=LD-%07d pieces=%d sftp=sftp.lortondata.com:22' % (ts, R.randint(10 ** 6, 10 ** 7), R.randint(20, 300)),
        ]))
        return
    k, p = family()
    lid = "QL-20240416-%04d" % R.randint(1, 999)
    ch = R.choice(["usps", "usps", "email", "email", "portal", "fax"])
    lang = R.choice(["en", "en", "es", "so"])
    segs = ['ts=%s level=info svc=qletter msg="letter rendered" letter_id=' % ts, (lid, "other_id"),
            " tmpl=%s lang=%s recipient=\"" % (R.choice(["HOME_QUARANTINE_V3", "SCHOOL_EXCLUSION_V2", "CHILDCARE_EXCL_V2"]), lang),
            (p.name_lf(), "name"), '" re="', (k.name_fl(), "name"), '" addr="', (p.addr1(), "address"), '" city=']
    c = p.city
    segs += ['"' if " " in c else "", (c, "address"), ('"' if " " in c else "") + " zip=", (p.zip, "zip"), " q_end=", (k.q_end.isoformat(), "date"), " channel=" + ch]
    if ch == "email":
        segs += [" to=", (p.email, "email")]
    elif ch == "portal":
        u = "https://letters.odh.ohio.gov/q/%s?k=%s" % (k.contact_id, hx(10))
        segs += [" link=", (u, "url")]
    elif ch == "fax":
        segs += [" fax_to=", (fmt_phone(p.phone, 1), "fax")]
    segs += [" pages=%d pdf_bytes=%d" % (R.randint(1, 3), R.randint(40000, 160000))]
    emit("qletter_logfmt", *segs)


UAS = ['Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
       'Mozilla/5.0 (Linux; Android 14; SM-S918U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36',
       'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.0.0 Safari/537.36 Edg/123.0.2420.81']


def pub_ip():
    if R.random() < 0.15:
        return "2600:1702:%x:%x::%x" % (R.randint(0, 0xffff), R.randint(0, 0xffff), R.randint(1, 0xfff))
    a = R.choice([24, 65, 67, 70, 73, 74, 75, 98, 99, 107, 172, 174, 184])
    return "%d.%d.%d.%d" % (a, R.randint(0, 255), R.randint(0, 255), R.randint(1, 254))


def g_nginx():
    t = CK.tick(0.1, 30)
    ts = t.strftime("[%d/%b/%Y:%H:%M:%S -0400]")
    r = R.random()
    if r < 0.42:
        src = R.choice(["10.40.2.5", "10.40.2.6", "10.40.3.5"])
        emit("nginx_access", '%s - - %s "GET /healthz HTTP/1.1" 200 2 "-" "ELB-HealthChecker/2.0" rt=0.001 uct="0.000"' % (src, ts))
        return
    if r < 0.52:
        emit("nginx_access", '%s - - %s "GET /static/js/main.%s.js HTTP/1.1" 200 %d "-" "Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)" rt=0.003 uct="0.001"'
             % ("%d.%d.%d.%d" % (R.choice([52, 54, 3]), R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)), ts, hx(8), R.randint(90000, 420000)))
        return
    ip = pub_ip()
    ua = R.choice(UAS)
    c = R.choice(CLINICS)
    ref = "MMR-%s-%02d" % ("".join(R.choice("ACDEFGHJKMNPQRTVWXY3479") for _ in range(4)), R.randint(10, 99))
    rq = R.random()
    if rq < 0.4:
        emit("nginx_access", (ip, "ip"), ' - - %s "GET /api/v1/slots?site=%s&date=2024-04-%02d HTTP/2.0" 200 %d "https://schedule.mmrcatchup.ohio.gov/book" "%s" rt=%.3f uct="0.000"'
             % (ts, c[0], R.randint(17, 26), R.randint(300, 4000), ua, R.uniform(0.01, 0.3)))
    elif rq < 0.7:
        emit("nginx_access", (ip, "ip"), ' - - %s "GET /book/confirmation/' % ts, (ref, "other_id"),
             ' HTTP/2.0" 200 %d "https://schedule.mmrcatchup.ohio.gov/book/review" "%s" rt=%.3f uct="0.000"' % (R.randint(3000, 9000), ua, R.uniform(0.02, 0.4)))
    elif rq < 0.85:
        k, _ = family()
        emit("nginx_access", (ip, "ip"), ' - - %s "GET /api/v1/lookup?lname=' % ts, pct(k.last, "name"), "&dob=", (k.dob.isoformat(), "date"),
             ' HTTP/2.0" %d %d "https://schedule.mmrcatchup.ohio.gov/lookup" "%s" rt=%.3f uct="0.000"' % (R.choice([200, 200, 404]), R.randint(80, 900), ua, R.uniform(0.05, 0.9)))
    else:
        emit("nginx_access", (ip, "ip"), ' - - %s "POST /api/v1/appointments HTTP/2.0" %d %d "https://schedule.mmrcatchup.ohio.gov/book/review" "%s" rt=%.3f uct="0.000"'
             % (ts, R.choice([201, 201, 409, 422]), R.randint(100, 600), ua, R.uniform(0.1, 1.2)))


def hl7_name(p):
    n = "%s^%s" % (strip_acc(p.last).upper(), strip_acc(p.first).upper())
    return n + ("^" + p.middle[:1] if p.middle else "")


def xpn(p, typ="L"):
    """XPN field: name span + the remaining empty components up to the type code."""
    n = hl7_name(p)
    return [(n, "name"), "^" * (7 - (n.count("^") + 1)) + typ]


def pid_addr(p):
    segs = [(strip_acc(p.street).upper(), "address"), "^"]
    if p.unit:
        segs.append((p.unit.upper(), "address"))
    segs += ["^", (p.city.upper(), "address"), "^OH^", (p.zip, "zip"), "^USA^L"]
    if R.random() < 0.4:
        segs += ["^^", (p.county.upper(), "address")]
    return segs


def g_hl7_iis():
    t = CK.tick()
    k, p = family()
    ctl = "Q%07d" % R.randint(10 ** 6, 10 ** 7)
    ts = t.strftime("%Y%m%d%H%M%S") + "-0400"
    fac = R.choice(["OHCHMC", "FCPHWEST", "OSUWMC", "MTCARMEL"])
    emit("hl7v2", "MSH|^~\\&|EPIC|%s|IMPACTSIIS|OHDOH|%s||QBP^Q11^QBP_Q11|%s|P|2.5.1|||ER|AL|||||Z44^CDCPHINVS" % (fac, ts, ctl))
    nm = hl7_name(k)
    mm = "%s^%s" % (strip_acc(R.choice(LAST)).upper(), strip_acc(R.choice(FIRST_F)).upper())
    qpd = ["QPD|Z44^Request Evaluated History and Forecast^CDCPHINVS|%s|" % ctl, (k.mrn, "mrn"), "^^^%s^MR|" % fac, *xpn(k), "|",
           (mm, "name"), "^^^^^M|", (k.dob.strftime("%Y%m%d"), "date"), "|%s|" % k.sex, *pid_addr(k), "|^PRN^PH^^^", (k.phone[:3], "phone"), "^", (k.phone[3:], "phone")]
    emit("hl7v2", *qpd)
    emit("hl7v2", "RCP|I|20^RD&Records&HL70126|R^real-time^HL70394")
    t2 = CK.tick(0.2, 3)
    emit("hl7v2", "MSH|^~\\&|IMPACTSIIS|OHDOH|EPIC|%s|%s||RSP^K11^RSP_K11|R%07d|P|2.5.1|||NE|NE|||||Z42^CDCPHINVS" % (fac, t2.strftime("%Y%m%d%H%M%S") + "-0400", R.randint(10 ** 6, 10 ** 7)))
    emit("hl7v2", "MSA|AA|%s" % ctl)
    found = R.random() < 0.85
    emit("hl7v2", "QAK|%s|%s|Z44^Request Evaluated History and Forecast^CDCPHINVS" % (ctl, "OK" if found else "NF"))
    if not found:
        return
    emit("hl7v2", "PID|1||", (k.iis, "other_id"), "^^^OHSIIS^SR~", (k.mrn, "mrn"), "^^^%s^MR||" % fac, *xpn(k), "|", (mm, "name"), "^^^^^M|",
         (k.dob.strftime("%Y%m%d"), "date"), "|%s|||" % k.sex, *pid_addr(k))
    for i, d in enumerate(k.mmr):
        emit("hl7v2", "ORC|RE||%s^OHSIIS" % R.randint(10 ** 7, 10 ** 8))
        emit("hl7v2", "RXA|0|1|", (d.strftime("%Y%m%d"), "date"), "||%s|999|||01^Historical information - source unspecified^NIP001||||||||MSD^Merck and Co^MVX|||CP|A"
             % R.choice(["03^MMR^CVX", "94^MMRV^CVX"]))
    emit("hl7v2", "OBX|1|CE|30979-9^Vaccines due next^LN|1|03^MMR^CVX||||||F")
    emit("hl7v2", "OBX|2|TS|30980-7^Date vaccine due^LN|1|", ((k.mmr[-1] + dt.timedelta(days=28) if k.mmr else dt.date(2024, 4, 16)).strftime("%Y%m%d"), "date"), "||||||F")


def g_hl7_elr():
    t = CK.tick()
    k = Person(R.choice(["child", "adult", "child"]))
    ts = t.strftime("%Y%m%d%H%M%S") + "-0400"
    lab = R.choice([("ODHPHL", "ODH Laboratory", "2.16.840.1.114222.4.1.10411"), ("LABCORP", "LabCorp Dublin", "34D0655059"),
                    ("NCHLAB", "Nationwide Childrens Lab", "36D0660487")])
    acc = "AC24-%06d" % R.randint(100000, 199999)
    ctl = "%s%010d" % (lab[0][:3], R.randint(10 ** 9, 10 ** 10))
    col = dt.datetime.combine(R.choice(EXPO_DAYS[4:]), dt.time(R.randint(7, 20), R.randint(0, 59)))
    rec = col + dt.timedelta(hours=R.randint(10, 40))
    emit("hl7v2", "MSH|^~\\&|%s^%s^ISO|%s|ODRS|OHDOH|%s||ORU^R01^ORU_R01|%s|P|2.5.1|||NE|NE|USA||||PHLabReport-NoAck^ELR_Receiver^2.16.840.1.113883.9.11^ISO" % (lab[0], lab[2], lab[1], ts, ctl))
    emit("hl7v2", "SFT|Orchard Software Corporation|10.2|Harvest LIS|10.2.1.4412||20231102")
    emit("hl7v2", "PID|1||", (acc, "other_id"), "^^^%s^PI~" % lab[0], (k.mrn, "mrn"), "^^^NCH^MR||", *xpn(k), "||",
         (k.dob.strftime("%Y%m%d"), "date"), "|%s||%s|" % (k.sex, R.choice(["2106-3^White^CDCREC", "2054-5^Black or African American^CDCREC", "2028-9^Asian^CDCREC", "2131-1^Other Race^CDCREC", "UNK^Unknown^NULLFL"])), *pid_addr(k), "||", ("(%s)%s-%s" % (k.phone[:3], k.phone[3:6], k.phone[6:]), "phone"), "^PRN^PH")
    if k.age < 18:
        par = Person("adult", last=k.last)
        emit("hl7v2", "NK1|1|", *xpn(par), "|%s||^PRN^PH^^1^" % ("MTH^Mother^HL70063" if par.sex == "F" else "FTH^Father^HL70063"), (k.phone[:3], "phone"), "^", (k.phone[3:], "phone"))
    prov = R.choice([("PATEL", "ANIL"), ("HOLLOWAY", "GRETCHEN"), ("NAKAMURA", "KEITH")])
    n = npi()
    emit("hl7v2", "ORC|RE|", ("ORD%07d" % R.randint(10 ** 6, 10 ** 7), "other_id"), "|", (acc, "other_id"), "|||||||||%s^%s^%s^^^^^^NPI^L|||||||||Nationwide Childrens Hospital|700 Childrens Dr^^Columbus^OH^43205" % (n, prov[0], prov[1]))
    test = R.choice([("71433-1", "Measles virus IgM Ab [Presence] in Serum", "10828004^Positive^SCT"),
                     ("71433-1", "Measles virus IgM Ab [Presence] in Serum", "260385009^Negative^SCT"),
                     ("61456-0", "Measles virus RNA [Presence] in Specimen by NAA with probe detection", "260373001^Detected^SCT"),
                     ("40648-8", "Measles virus IgG Ab [Presence] in Serum", "10828004^Positive^SCT")])
    emit("hl7v2", "OBR|1||", (acc, "other_id"), "|%s^%s^LN|||" % test[:2], (col.strftime("%Y%m%d%H%M"), "date"), "|||||||||%s^%s^%s|||||||%s|F" % (n, prov[0], prov[1], t.strftime("%Y%m%d%H%M")))
    emit("hl7v2", "OBX|1|CWE|%s^%s^LN||%s||||||F|||" % (test[0], test[1], test[2]), (col.strftime("%Y%m%d%H%M"), "date"), "|36D0660487^Nationwide Childrens Lab^CLIA||||%s" % t.strftime("%Y%m%d%H%M"))
    if test[0] == "61456-0" and R.random() < 0.5:
        emit("hl7v2", "OBX|2|ST|%s^Measles virus genotype^LN||%s||||||P" % ("48001-0", R.choice(["D8 (MVs/Ontario.CAN/47.14)", "B3 (MVi/Dublin.IRL/8.16)"])))
    emit("hl7v2", "SPM|1|^", (acc + "-01", "other_id"), "||%s|||||||||||||" % R.choice(["119297000^Blood specimen^SCT", "258529004^Throat swab^SCT", "122575003^Urine specimen^SCT"]),
         (col.strftime("%Y%m%d%H%M"), "date"), "|", (rec.strftime("%Y%m%d%H%M"), "date"))


def g_fhir():
    t = CK.tick()
    r = R.random()
    if r < 0.3:
        emit("fhir_json", J({"resourceType": "OperationOutcome", "id": uid(), "meta": {"lastUpdated": iso_z(t)},
                             "issue": [{"severity": R.choice(["warning", "information"]), "code": R.choice(["processing", "informational", "throttled"]),
                                        "diagnostics": R.choice(["Search returned 0 matches", "Rate limit 50 req/s exceeded for client ic-dash", "Bundle processed: 48 entries"])}]}))
        return
    k, p = family()
    if r < 0.65 and k.mmr:
        d = k.mmr[-1]
        c = R.choice(CLINICS)
        emit("fhir_json", J({"resourceType": "Immunization", "id": uid(), "meta": {"lastUpdated": iso_z(t), "source": "#impactsiis"},
                             "status": "completed", "vaccineCode": {"coding": [{"system": "http://hl7.org/fhir/sid/cvx", "code": "03", "display": "MMR"}]},
                             "patient": {"reference": Rich("Patient/", (k.iis, "other_id"))}, "occurrenceDateTime": Tag(d.isoformat(), "date"),
                             "primarySource": R.random() < .5, "lotNumber": R.choice(["Y004421", "X019877", "Y012260"]), "expirationDate": "2025-05-01",
                             "performer": [{"actor": {"display": c[1]}}]}))
        return
    emit("fhir_json", J({"resourceType": "Patient", "id": Tag(k.iis, "other_id"), "meta": {"lastUpdated": iso_z(t)},
                         "identifier": [{"system": "urn:oid:2.16.840.1.114222.4.3.3.5.1.2", "value": Tag(k.iis, "other_id")},
                                        {"type": {"coding": [{"code": "MR"}]}, "value": Tag(k.mrn, "mrn")}],
                         "name": [{"family": Tag(k.last, "name"), "given": [Tag(k.first, "name")]}], "gender": "male" if k.sex == "M" else "female",
                         "birthDate": Tag(k.dob.isoformat(), "date"),
                         "address": [{"line": [Tag(k.addr1(), "address")], "city": Tag(k.city, "address"), "state": "OH", "postalCode": Tag(k.zip, "zip")}],
                         "contact": [{"relationship": [{"text": "mother" if p.sex == "F" else "father"}], "name": {"text": Tag(p.name_fl(), "name")},
                                      "telecom": [{"system": "phone", "value": Tag(fmt_phone(p.phone, 1), "phone")}, {"system": "email", "value": Tag(p.email, "email")}]}]}))


def g_dash():
    t = CK.tick()
    host = R.choice(["icdash01", "icdash02"])
    pid = R.randint(1000, 9999)
    r = R.random()
    pre = "<134>1 %s %s %s %d - - " % (iso_local(t), host, "ic-dash", pid)
    if r < 0.4:
        emit("icdash_syslog", pre + "refresh ok tiles=14 cases_confirmed=%d cases_probable=%d contacts_active=%d in_quarantine=%d pep_mmr=%d pep_ig=%d dur_ms=%d" %
             (R.randint(36, 41), R.randint(4, 8), R.randint(1100, 1300), R.randint(380, 460), R.randint(270, 320), R.randint(40, 70), R.randint(300, 2400)))
    elif r < 0.6:
        cty = R.choice([("Franklin", 31), ("Delaware", 3), ("Licking", 2), ("Madison", 1)])
        emit("icdash_syslog", pre + "tile=geo county=%s cases=%d zip_top=%s zip_top_n=%d src=odrs_mv_cases_by_geo lag_s=%d" %
             (cty[0], cty[1], R.choice(["43229", "43224", "43211", "43232"]), R.randint(2, 9), R.randint(10, 300)))
    elif r < 0.8:
        emit("icdash_syslog", "<134>1 %s %s vtrcks-feed %d - - inventory site=%s ndc=00006-4681-00 lot=%s exp=2025-05-01 doses_on_hand=%d order=%d carrier=UPS trk=1Z%s" %
             (iso_local(t), host, pid, R.choice(CLINICS)[0], R.choice(["Y004421", "X019877", "Y012260"]), R.randint(20, 600), R.randint(4400000000, 4409999999),
              "".join(R.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))))
    else:
        emit("icdash_syslog", pre.replace("<134>", "<131>") + "grafana datasource odrs-pg query timeout after %dms panel=\"Rash onset epicurve\" version=10.4.1 build=%s" % (R.randint(30000, 60000), hx(10)))


def g_pg():
    t = CK.tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d EDT" % (t.microsecond // 1000)
    pid = R.randint(10000, 60000)
    r = R.random()
    if r < 0.45:
        emit("pg_log", R.choice([
            "%s [%d] LOG:  checkpoint complete: wrote %d buffers (%.1f%%); 0 WAL file(s) added, 0 removed, %d recycled; write=%.3f s, sync=0.004 s, total=%.3f s" % (ts, pid, R.randint(100, 9000), R.uniform(0.1, 9), R.randint(0, 4), R.uniform(1, 30), R.uniform(1, 31)),
            "%s [%d] LOG:  connection received: host=10.20.4.%d port=%d" % (ts, pid, R.randint(2, 60), R.randint(32768, 60999)),
            "%s [%d] odrs_app@odrs LOG:  duration: %.3f ms  execute S_%d: SELECT count(*) FROM msl.contacts WHERE q_status = $1" % (ts, pid, R.uniform(1, 900), R.randint(1, 40)),
            "%s [%d] LOG:  automatic vacuum of table \"odrs.msl.contact_attempts\": index scans: 1 pages: 0 removed, %d remain" % (ts, pid, R.randint(1000, 90000)),
        ]))
        return
    k, p = family()
    if r < 0.75:
        emit("pg_log", "%s [%d] odrs_app@odrs LOG:  duration: %.3f ms  statement: SELECT c.contact_id, c.q_end, c.imm_status FROM msl.contacts c WHERE c.last_name = '" % (ts, pid, R.uniform(2, 400)),
             (k.last.replace("'", "''"), "name"), "' AND c.dob = '", (k.dob.isoformat(), "date"), "'")
    else:
        emit("pg_log", "%s [%d] odrs_app@odrs ERROR:  duplicate key value violates unique constraint \"contacts_case_person_uk\"" % (ts, pid))
        emit("pg_log", "%s [%d] odrs_app@odrs DETAIL:  Key (case_id, first_name, last_name, dob)=(" % (ts, pid), (k.case_id, "other_id"), ", ",
             (k.first, "name"), ", ", (k.last, "name"), ", ", (k.dob.isoformat(), "date"), ") already exists.")


def g_java():
    t = CK.tick()
    ts = t.strftime("%Y-%m-%d %H:%M:%S.") + "%03d" % (t.microsecond // 1000)
    th = "elr-consumer-%d" % R.randint(1, 8)
    if R.random() < 0.45:
        emit("java_trace", "%s  INFO %d --- [%s] o.o.odrs.elr.ElrMessageProcessor   : processed msg=%s loinc=%s matched=true caseLinked=%s ms=%d" %
             (ts, 4411, th, uid(), R.choice(["71433-1", "61456-0", "40648-8"]), R.choice(["true", "false"]), R.randint(20, 800)))
        return
    k = Person("child")
    acc = "AC24-%06d" % R.randint(100000, 199999)
    emit("java_trace", "%s ERROR %d --- [%s] o.o.odrs.elr.ElrMessageProcessor   : Patient match failed for accession " % (ts, 4411, th), (acc, "other_id"),
         ": 2 candidates for ", ("%s, %s" % (strip_acc(k.last).upper(), strip_acc(k.first).upper()), "name"), " dob=", (k.dob.isoformat(), "date"))
    emit("java_trace", "org.ohio.odrs.match.AmbiguousMatchException: 2 candidates scored >= 0.92 (threshold 0.90)")
    emit("java_trace", "\tat org.ohio.odrs.match.PatientMatcher.resolve(PatientMatcher.java:214)")
    emit("java_trace", "\tat org.ohio.odrs.elr.ElrMessageProcessor.handle(ElrMessageProcessor.java:131)")
    emit("java_trace", "\tat org.springframework.kafka.listener.KafkaMessageListenerContainer$ListenerConsumer.doInvokeOnMessage(KafkaMessageListenerContainer.java:2801)")
    emit("java_trace", "\t... 14 common frames omitted")


def g_sms():
    t = CK.tick()
    k, p = family()
    sid = "SM" + hx(32)
    r = R.random()
    if r < 0.3:
        emit("sms_gw", "%s sms.status sid=%s status=%s err=%s price=-0.00790 seg=2 mg=MG%s" % (iso_z(t), sid, R.choice(["delivered", "sent", "undelivered"]), R.choice(["-", "-", "30003", "30005"]), hx(32)))
        return
    if r < 0.7:
        body = ["ODH: Hi ", (p.first, "name"), ", ", (k.first, "name"), " may have been exposed to measles on ", (d_short(k.expo), "date"),
                ". Please keep them home through ", (d_short(k.q_end), "date"), " unless immune. Check symptoms daily: ",
                ("https://symptrack.odh.ohio.gov/c/%s?t=%s" % (k.contact_id, hx(6)), "url"), " Reply STOP to opt out"]
        emit("sms_gw", "%s sms.outbound sid=%s to=" % (iso_z(t), sid), ("+1" + p.phone, "phone"), ' from=+16143213000 body="', *body, '"')
        return
    reply = R.choice([["yes he had 2 shots, card at home"], ["Quien es? no conozco a ", (k.first, "name")],
                      [(k.first, "name"), " has a fever 101.8 since last night and red spots on face"], ["STOP"],
                      ["she got mmr at kroger on ", (d_short(R.choice(EXPO_DAYS)), "date"), " can she go back to school"]])
    emit("sms_gw", "%s sms.inbound sid=%s from=" % (iso_z(t), sid), ("+1" + p.phone, "phone"), ' to=+16143213000 body="', *reply, '"')


def g_roster():
    t = CK.tick()
    r = R.random()
    if r < 0.12:
        emit("roster_fw", "HDR CCS   ROSTER EXTRACT   %s  VER 3.2  BLDG %s  PowerSchool 23.10.1" % (t.strftime("%Y%m%d %H%M"), R.choice(["0412", "0387", "0555"])))
        return
    if r < 0.2:
        emit("roster_fw", "TRL RECS=%06d  HASH=%s  END" % (R.randint(200, 1400), hx(16).upper()))
        return
    k = Person("school")
    ln = strip_acc(k.last).upper()[:20].ljust(20)
    fn = strip_acc(k.first).upper()[:15].ljust(15)
    mm = [d.strftime("%Y%m%d") for d in k.mmr] + ["        "] * (2 - len(k.mmr))
    grade = max(0, min(12, k.age - 5))
    if k.age >= 18:
        grade = 12
    segs = ["RST ", (k.sis, "other_id"), " " * (10 - len(k.sis)), (ln.rstrip(), "name"), ln[len(ln.rstrip()):], (fn.rstrip(), "name"), fn[len(fn.rstrip()):],
            (k.dob.strftime("%Y%m%d"), "date"), k.sex, "%02d" % grade, "Y" if k.mmr else "N"]
    for x in mm:
        segs += [(x, "date")] if x.strip() else [x]
    segs += [" ", R.choice(SCHOOLS)[:18].upper().ljust(18), " ", ("NE" if len(k.mmr) >= 2 else ("RE" if R.random() < .3 else "  "))]
    emit("roster_fw", *segs)


def g_daycare():
    t = CK.tick()
    dc = R.choice(DAYCARES)
    if R.random() < 0.15:
        emit("daycare_pipe", "H|%s|%s|upload=%s|rows=%d|by=director|app=Brightwheel export 4.2" % (dc[0], dc[1], t.strftime("%Y%m%dT%H%M%S"), R.randint(20, 110)))
        return
    k, p = family("toddler")
    if k.age < 1:
        st = "TOO_YOUNG"
    else:
        st = "COMPLETE" if len(k.mmr) >= 1 else "NONE"
    mm = [("MMR1:",), ("MMR2:",)]
    segs = ["D|%s|%s|Rm %s|" % (dc[0], dc[1], R.choice(["Infant A", "Toddler B", "PreK 2", "Twos"])), (k.name_lf(), "name"), "|", (k.dob.isoformat(), "date"), "|",
            (p.name_lf(), "name"), "|", (fmt_phone(p.phone, 0), "phone"), "|"]
    for i in range(2):
        segs.append("MMR%d:" % (i + 1))
        if i < len(k.mmr):
            segs.append((k.mmr[i].isoformat(), "date"))
        segs.append("|")
    segs.append("STATUS:" + st)
    emit("daycare_pipe", *segs)


def g_x12():
    t = CK.tick()
    k, p = family()
    ctl = R.randint(1000, 99999)
    d8 = t.strftime("%Y%m%d")
    emit("x12_270", "ISA*00*          *00*          *ZZ*FCPHCLINIC     *ZZ*OHMCDEDI       *%s*%s*^*00501*%09d*0*P*:~" % (t.strftime("%y%m%d"), t.strftime("%H%M"), ctl))
    emit("x12_270", "GS*HS*FCPHCLINIC*OHMCDEDI*%s*%s*%d*X*005010X279A1~" % (d8, t.strftime("%H%M"), ctl))
    emit("x12_270", "ST*270*0001*005010X279A1~")
    emit("x12_270", "BHT*0022*13*%d*%s*%s~" % (R.randint(10 ** 7, 10 ** 8), d8, t.strftime("%H%M")))
    emit("x12_270", "HL*1**20*1~")
    emit("x12_270", "NM1*PR*2*OHIO DEPARTMENT OF MEDICAID*****PI*OHMCD~")
    emit("x12_270", "HL*2*1*21*1~")
    emit("x12_270", "NM1*1P*2*FRANKLIN COUNTY PUBLIC HEALTH*****XX*%s~" % npi())
    emit("x12_270", "HL*3*2*22*0~")
    emit("x12_270", "TRN*1*%d*9FCPHCLNC~" % R.randint(10 ** 8, 10 ** 9))
    emit("x12_270", "NM1*IL*1*", (strip_acc(k.last).upper(), "name"), "*", (strip_acc(k.first).upper(), "name"), "****MI*", (k.medicaid, "health_plan"), "~")
    emit("x12_270", "DMG*D8*", (k.dob.strftime("%Y%m%d"), "date"), "*%s~" % k.sex)
    emit("x12_270", "DTP*291*D8*", ((dt.date(2024, 4, R.randint(16, 24))).strftime("%Y%m%d"), "date"), "~")
    emit("x12_270", "EQ*1~")
    emit("x12_270", "SE*13*0001~")
    emit("x12_270", "GE*1*%d~" % ctl)
    emit("x12_270", "IEA*1*%09d~" % ctl)


def g_fortigate():
    t = CK.tick(0.1, 20)
    u = R.choice(STAFF)[0]
    port = R.choice([443, 443, 443, 8443, 22])
    emit("fortigate_kv", 'date=%s time=%s devname="ODH-FGT-HQ01" devid="FG3H0E5819904211" logid="0000000013" type="traffic" subtype="forward" level="notice" vd="root" srcip=10.40.%d.%d srcport=%d srcintf="ssl.root" dstip=%s dstport=%d dstintf="wan1" policyid=%d action="%s" user="%s" group="MSL-IMT" service="%s" duration=%d sentbyte=%d rcvdbyte=%d app="%s"'
         % (t.strftime("%Y-%m-%d"), t.strftime("%H:%M:%S"), R.randint(10, 30), R.randint(2, 250), R.randint(40000, 65000),
            R.choice(["52.96.108.34", "13.107.42.14", "34.120.177.193", "142.250.190.46", "199.232.8.157"]), port, R.randint(10, 80),
            R.choice(["accept", "accept", "close", "deny"]), u, {443: "HTTPS", 8443: "tcp/8443", 22: "SSH"}[port], R.randint(1, 3000), R.randint(500, 10 ** 6), R.randint(500, 10 ** 7),
            R.choice(["Microsoft.Teams", "Genesys.Cloud", "Salesforce", "Tableau", "Grafana"])))


def g_teams():
    t = CK.tick()
    st = R.choice(STAFF[3:8])
    r = R.random()
    who = "%s, %s (ODH)" % (st[1].split()[-1], " ".join(st[1].split()[:-1]))
    pre = '%s teams msg channel="MSL-IC Ops" from="%s" text="' % (iso_z(t), who)
    if r < 0.5:
        emit("teams_chat", pre + R.choice([
            "IAP for op period 6 posted to SharePoint, please review by 1300",
            "Easton drive-thru lane 3 down, Iris tablet needs re-pair",
            "PHL says 14 specimens in queue, TAT ~36h. Genotype D8 again",
            "Reminder: PEP MMR window closes 72h after exposure, IG up to day 6",
            "Maven export job failed again, ticket INC0048812 opened with IT",
            "Dashboard numbers as of 1200: 39 confirmed, 1214 active contacts",
        ]) + '"')
        return
    k, p = family()
    emit("teams_chat", pre, *R.choice([
        ["can someone call back the ", (k.last, "name"), " family re titer? mom (", (p.first, "name"), ") says ", (k.first, "name"), " had MMR at 12mo"],
        ["heads up ", (k.case_id, "other_id"), " rash onset ", (d_short(min(k.expo + dt.timedelta(days=R.randint(8, 12)), dt.date(2024, 4, 15))), "date"), ", household of 6 at ",
         (p.addr1(), "address"), ", all unvax except dad"],
        ["IIS shows 0 doses for ", (k.name_fl(), "name"), " (", (d_us(k.dob), "date"), "), parent insists 2 from Somalia, asked for card photo"],
    ]), '"')


def g_xml():
    t = CK.tick()
    k = Person("child")
    onset = dt.date(2024, 3, 28) + dt.timedelta(days=R.randint(0, 18))
    emit("nbs_xml", '<caseNotification xmlns="urn:odh:odrs:notif:1" id="%s" created="%s" condition="10140" conditionName="Measles (rubeola)"><localId>' % (uid(), iso_local(t)),
         (k.case_id, "other_id"), "</localId><subject><name><family>", xesc(k.last, "name"), "</family><given>", xesc(k.first, "name"), "</given></name><birthTime value=\"",
         (k.dob.strftime("%Y%m%d"), "date"), "\"/><county>", (k.county, "address"), "</county><state>OH</state><postalCode>", (k.zip, "zip"),
         "</postalCode></subject><rashOnset value=\"", (onset.strftime("%Y%m%d"), "date"), "\"/><caseStatus>%s</caseStatus><importation>%s</importation><outbreak>OB-2024-MSL-003</outbreak></caseNotification>"
         % (R.choice(["confirmed", "probable"]), R.choice(["indigenous", "indigenous", "import-linked"])))


def g_clinic():
    t = CK.tick()
    k, p = family()
    c = R.choice(CLINICS)
    if R.random() < 0.3:
        emit("clinic_json", J({"ts": iso_z(t), "app": "clinicflow", "ver": "1.9.3+b412", "evt": "lane_status", "site": c[0], "lane": R.randint(1, 4),
                               "queue": R.randint(0, 22), "avg_wait_s": R.randint(60, 1500), "tablet": "CF-TAB-%03d" % R.randint(1, 40)}))
        return
    ev = {"ts": iso_z(t), "app": "clinicflow", "ver": "1.9.3+b412", "evt": "checkin", "site": c[0], "lane": R.randint(1, 4),
          "appt": Tag("MMR-%s-%02d" % ("".join(R.choice("ACDEFGHJKMNPQRTVWXY3479") for _ in range(4)), R.randint(10, 99)), "other_id"),
          "client": {"nm": Tag(k.name_lf(), "name"), "dob": Tag(k.dob.isoformat(), "date")},
          "guardian": {"nm": Tag(p.name_fl(), "name"), "dl": Tag("%s%06d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(0, 999999)), "license")}}
    if c[0].startswith("DT"):
        ev["plate"] = Tag(R.choice(["%s%s%s%04d" % (R.choice("HJKLMNP"), R.choice("ABCDEFGHJK"), R.choice("LMNPRSTUVW"), R.randint(0, 9999)),
                                    "%s %s" % ("".join(R.choice("ABCDEFGHJK") for _ in range(3)), "%04d" % R.randint(0, 9999))]), "vehicle")
    pay = R.random()
    if pay < 0.5:
        ev["cov"] = {"type": "MEDICAID", "id": Tag(k.medicaid, "health_plan"), "vfc": "V02"}
    elif pay < 0.75:
        ev["cov"] = {"type": "COMMERCIAL", "payer": R.choice(["Anthem BCBS", "Medical Mutual", "CareSource"]), "member_id": Tag("%s%09d" % (R.choice(["YRP", "ZGH", "MMO"]), R.randint(0, 10 ** 9 - 1)), "health_plan"),
                     "acct": Tag("FCPH-A-%07d" % R.randint(0, 10 ** 7), "account")}
    else:
        ev["cov"] = {"type": "SELF_PAY", "pmt": {"method": "card", "pan": Tag(card(), "account"), "auth": "%06d" % R.randint(0, 999999)}} if R.random() < .5 else \
            {"type": "SELF_PAY", "pmt": {"method": "card", "pan_masked": "************%04d" % R.randint(0, 9999)}}
    if R.random() < 0.3:
        raw = base64.b64encode(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00" + bytes(R.getrandbits(8) for _ in range(60))).decode()
        ev["id_photo"] = Tag(raw, "photo")
        ev["id_photo_trunc"] = True
    emit("clinic_json", J(ev))


def g_bmv():
    t = CK.tick()
    a = Person("adult")
    good = R.random() < 0.85
    segs = ["%s bmv-locator[%d]: req=%d by=%s purpose=ORC3701.14 subj=\"" % (t.strftime("%b %d %H:%M:%S"), R.randint(2000, 3000), R.randint(70000, 90000), R.choice(STAFF[8:])[0]),
            (a.name_lf(), "name"), "\" dob=", (a.dob.isoformat(), "date"), " result=MATCH addr=\"", (a.addr1() + ", " + a.city, "address"), "\" zip=", (a.zip, "zip"),
            " dl=", ("%s%06d" % ("".join(R.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)), R.randint(0, 999999)), "license"),
            " plate=", ("%s%s%s%04d" % (R.choice("HJKLMNP"), R.choice("ABCDEFGHJK"), R.choice("LMNPRSTUVW"), R.randint(0, 9999)), "vehicle"),
            " vin=", (vin(good), "vehicle"), "" if good else " vin_chk=FAIL"]
    if R.random() < 0.3:
        segs += [" ssn=", (ssn(R.random() < 0.8), "ssn")]
    else:
        segs += [" ssn_last4=%04d" % R.randint(0, 9999)]
    emit("bmv_kv", *segs)


def g_symptrack():
    t = CK.tick()
    k, p = family()
    if R.random() < 0.35:
        emit("symptrack_json", J({"@timestamp": iso_z(t), "service": "symptrack-api", "level": "info", "msg": "push batch sent", "provider": "FCM",
                                  "count": R.randint(50, 600), "failed": R.randint(0, 9), "trace_id": hx(32), "span_id": hx(16)}))
        return
    dev = R.choice([hx(16), uid().upper()])
    emit("symptrack_json", J({"@timestamp": iso_z(t), "service": "symptrack-api", "level": "info", "msg": "checkin", "trace_id": hx(32),
                              "client_ip": Tag(pub_ip(), "ip"), "device_id": Tag(dev, "device"), "platform": R.choice(["android", "ios"]),
                              "app_ver": "2.4.%d" % R.randint(0, 3), "contact_ref": Tag(k.contact_id, "other_id"), "mon_day": R.randint(1, 21),
                              "fever": R.random() < .1, "rash": R.random() < .05, "cough": R.random() < .2}))


GENS = [(g_exposure_csv, 6), (g_genesys, 13), (g_ctcc_note, 8), (g_ctcc_elder, 1.5), (g_imv, 9), (g_imv_adult, 2), (g_qletter, 8),
        (g_nginx, 16), (g_hl7_iis, 1.0), (g_hl7_elr, 1.0), (g_fhir, 6), (g_dash, 19), (g_pg, 7), (g_java, 1.8), (g_sms, 7),
        (g_roster, 7), (g_daycare, 5), (g_x12, 0.5), (g_fortigate, 22), (g_teams, 5), (g_xml, 2.5), (g_clinic, 6), (g_bmv, 3), (g_symptrack, 6)]


def main():
    fns = [g for g, _ in GENS]
    ws = [w for _, w in GENS]
    while len(LINES) < N_LINES:
        before = len(LINES)
        R.choices(fns, ws)[0]()
        if len(LINES) > N_LINES:
            del LINES[N_LINES:]
    out_log = []
    out_lab = []
    for i, (fam, segs) in enumerate(LINES, 1):
        b, spans = render(fam, segs)
        if b"\n" in b or b"\r" in b or not b:
            raise SystemExit("bad line %d" % i)
        last_e = -1
        for sp in sorted(spans, key=lambda x: x["s"]):
            if not (0 <= sp["s"] < sp["e"] <= len(b)):
                raise SystemExit("span out of range line %d" % i)
            if sp["s"] < last_e:
                raise SystemExit("overlap line %d" % i)
            last_e = sp["e"]
            txt = b[sp["s"]:sp["e"]].decode("utf-8")
            if txt != sp["_text"] or not check_value(txt, sp["_raw"]):
                raise SystemExit("span text mismatch line %d: %r vs %r" % (i, txt, sp["_raw"]))
        out_log.append(b)
        out_lab.append(json.dumps({"line": i, "family": fam, "spans": [{"s": x["s"], "e": x["e"], "cat": x["cat"]} for x in spans]}))
    assert len(out_log) == N_LINES
    with open(ID + ".log", "wb") as f:
        f.write(b"\n".join(out_log) + b"\n")
    with open(ID + ".labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out_lab) + "\n")
    nophi = sum(1 for x in out_lab if '"spans": []' in x)
    sys.stderr.write("lines=%d nophi=%d (%.1f%%)\n" % (len(out_log), nophi, 100.0 * nophi / len(out_log)))


if __name__ == "__main__":
    main()
