#!/usr/bin/env python3
"""Synthetic labeled log corpus "ob": a blood and plasma donation center network.

Systems simulated (all data synthetic):
  * donor management system (Java / Spring / Hibernate / Log4j2, incl. SQL + BasicBinder TRACE)
  * donor kiosk questionnaire events (Jackson JSON) and kiosk sync agent (Python logging)
  * hemoglobin point-of-care export (HemoCue-style CSV) and total-protein refractometer export
  * plasmapheresis machine event logs (NexSys-like pipe records, Aurora-like text)
  * ISBT 128 label service (DIN / product code data structures, ZPL) and shipment manifests
  * infectious disease marker results (HL7 v2.5.1 ORU^R01, segment per line and MLLP escaped)
  * prepaid compensation card processor webhooks (JSON, snake_case)
  * donor ID verification (document + selfie base64 + ISO 19794-2 fingerprint template), fingerprint SDK
  * appointment booking app (Next.js on Vercel: log drain JSON, build output)
  * call center (Genesys-like conversation / notification JSON)
  * FDA BPDR reportable event forms (XML, single-line and pretty printed)
  * X12 270/271 eligibility for therapeutic phlebotomy, nginx access logs, Prometheus, k8s events,
    RFC 5424 syslog from kiosks, pipe-delimited donor roster export
  * free-text staff notes in English and Spanish

Labeling decisions:
  - Donors (and their relatives / emergency contacts / callers calling about themselves) are the
    subjects; staff (phlebotomists, nurses, agents, medical director), vendors, facilities,
    labs, the FDA, and business phone/fax/email are never labeled.
  - Donor number (DMS primary record number, also used as POC "Patient ID"/"Sample ID",
    HL7 PID-3, processor external_ref, Genesys participant data) -> mrn.
  - ISBT 128 Donation Identification Number (DIN) -> other_id, wherever it appears (it is
    unique to one donation and therefore to one donor). Only the 13 DIN characters
    (FIN+year+sequence, with its printed spaces) are labeled; the "=" data identifier,
    flag characters and the check character are not. FIN alone (facility) and ISBT product
    codes are not labeled.
  - Appointment confirmation codes and donor portal usernames -> other_id. System ids
    (session ids, conversation ids, verification ids, trace ids, load ids, DB surrogate keys,
    job ids) are not labeled.
  - SSN (full, with or without dashes) -> ssn. SSN last-4 alone and masked card numbers
    (************1234) are not labeled.
  - Full prepaid card PAN and card proxy/account numbers -> account.
  - Driver licence / state ID numbers -> license. Passport and matricula consular numbers -> other_id.
  - Health plan member ids, Medicare MBIs (therapeutic phlebotomy eligibility) -> health_plan.
    Group numbers, payer ids, ordering physician NPIs and therapeutic order numbers are not labeled.
  - Dates: DOB, donation/collection dates (incl. HL7 OBR-7, X12 DTP), service dates, appointment dates/slots, deferral end
    ("eligible again") dates, last donation dates, donor-reported event and travel dates -> date.
    Log/record timestamps emitted by the systems (incl. POC device, refractometer and apheresis
    event record timestamps, HL7 MSH-7/ORC-9/OBR-22), slot-availability query dates that are not
    tied to a person, product expiry, document expiry, BPDR report/discovery dates and reagent
    expiries are not labeled.
  - A name is labeled as one span in free form ("Last, First", "F. Last", ...); an HL7 XPN or
    X12 NM1 name is labeled per component (family, given, middle), without the separators.
  - Addresses: street line (incl. unit) and city are separate address spans; state is not
    labeled; ZIP -> zip. In a free-text address the street and city are still separate spans.
  - Phones -> phone; "tel:" URI prefixes are not part of the span. Donor fax -> fax.
  - Ages are labeled only when over 89.
  - Public IP of a donor's browser (Vercel proxy clientIp / x-forwarded-for) -> ip. Private
    10.x/172.16.x workstation/pod IPs and uptime-monitor/vendor IPs are not labeled.
  - Donor phone push tokens -> device. Center-owned equipment serials (HemoCue, NexSys,
    fingerprint readers, printers) are not labeled.
  - Parking-validation licence plates -> vehicle. Personal referral links/social URLs -> url.
  - Selfie / face images in base64 -> photo; fingerprint templates / WSQ images in base64
    -> biometric. Hashes of captures and quality scores are not labeled.
  - Values inside JSON produced with ensure_ascii are labeled in their escaped (\\uXXXX) form.
"""
import base64
import json
import random
import uuid
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ID = "ob"
HERE = Path(__file__).resolve().parent
rng = random.Random(0x0B21)
TODAY = date(2024, 3, 14)


# ----------------------------------------------------------------------------- line builder
class L:
    def __init__(self, family):
        self.family = family
        self.buf = []
        self.n = 0
        self.spans = []
        self.vals = []

    def t(self, s):
        s = str(s)
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))
        return self

    def p(self, s, cat):
        s = str(s)
        b = len(s.encode("utf-8"))
        if cat:
            self.spans.append({"s": self.n, "e": self.n + b, "cat": cat})
            self.vals.append(s)
        self.buf.append(s)
        self.n += b
        return self

    def text(self):
        return "".join(self.buf)


class S:
    """labeled JSON scalar"""
    def __init__(self, v, cat):
        self.v, self.cat = v, cat


class C:
    """JSON string made of pieces: str or (str, cat)"""
    def __init__(self, *pieces):
        self.pieces = pieces


class O(list):
    """ordered JSON object: list of (key, value)"""


def jw(ln, v, ea=False, sep=(",", ":")):
    if isinstance(v, O):
        ln.t("{")
        for i, (k, val) in enumerate(v):
            if i:
                ln.t(sep[0])
            ln.t(json.dumps(k, ensure_ascii=ea) + sep[1])
            jw(ln, val, ea, sep)
        ln.t("}")
    elif isinstance(v, list):
        ln.t("[")
        for i, x in enumerate(v):
            if i:
                ln.t(sep[0])
            jw(ln, x, ea, sep)
        ln.t("]")
    elif isinstance(v, S):
        if isinstance(v.v, str):
            ln.t('"').p(json.dumps(v.v, ensure_ascii=ea)[1:-1], v.cat).t('"')
        else:
            ln.p(json.dumps(v.v), v.cat)
    elif isinstance(v, C):
        ln.t('"')
        for pc in v.pieces:
            if isinstance(pc, tuple):
                ln.p(json.dumps(pc[0], ensure_ascii=ea)[1:-1], pc[1])
            else:
                ln.t(json.dumps(pc, ensure_ascii=ea)[1:-1])
        ln.t('"')
    else:
        ln.t(json.dumps(v, ensure_ascii=ea))


def J(family, obj, ea=False, sep=(",", ":"), prefix=None):
    ln = L(family)
    if prefix:
        ln.t(prefix)
    jw(ln, obj, ea, sep)
    return ln


# ----------------------------------------------------------------------------- helpers
def ch(seq):
    return rng.choice(seq)


def hexs(n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet="ABCDEFGHJKLMNPQRSTUVWXYZ23456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def digits(n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def uid():
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def rbytes(n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def luhn(prefix, length=16):
    ds = [int(c) for c in prefix]
    while len(ds) < length - 1:
        ds.append(rng.randrange(10))
    s = 0
    for i, d in enumerate(reversed(ds)):
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return "".join(map(str, ds)) + str((10 - s % 10) % 10)


def din_check(s):
    t = 0
    for c in s:
        v = int(c) if c.isdigit() else ord(c) - 55
        t = ((t + v) * 2) % 37
    return "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ*"[(38 - t) % 37]


FINS = ["W0421", "W0433", "W1187", "W0416"]


def new_din():
    fin = ch(FINS)
    return fin + "24" + digits(6)


def din_eye(d):
    return f"{d[:5]} {d[5:7]} {d[7:]}"


MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
MONTHS_ES = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
             "septiembre", "octubre", "noviembre", "diciembre"]


def dfmt(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "us":
        return d.strftime("%m/%d/%Y")
    if style == "us_short":
        return f"{d.month}/{d.day}/{d.strftime('%y')}"
    if style == "eu":
        return d.strftime("%d/%m/%Y")
    if style == "hl7":
        return d.strftime("%Y%m%d")
    if style == "long":
        return f"{MONTHS_EN[d.month - 1]} {d.day}, {d.year}"
    if style == "es_long":
        return f"{d.day} de {MONTHS_ES[d.month - 1]} de {d.year}"
    if style == "dmon":
        return d.strftime("%d-%b-%Y").upper()
    if style == "dot":
        return d.strftime("%d.%m.%Y")
    if style == "mon_d":
        return d.strftime("%b %d")
    raise ValueError(style)


# ----------------------------------------------------------------------------- people
FIRST_EN = ["James", "Latoya", "Brandon", "Keisha", "Tyler", "Megan", "DeShawn", "Courtney",
            "Cody", "Brittany", "Heather", "Terrence", "Dakota", "Shaniqua", "Wyatt", "Amber"]
FIRST_ES = ["María José", "Juan Carlos", "Guadalupe", "Luis Ángel", "Ximena", "José", "Itzel",
            "Jesús", "Marisol", "Rubén", "Yesenia", "Óscar", "Maricela", "Efraín", "Araceli"]
FIRST_OT = ["Thi Lan", "Oluwaseun", "Aleksandr", "Siobhán", "Giovanni", "Priya", "Mohammed",
            "Keiko", "Zoltán", "Ngozi", "Dmitri", "Fatima", "Hyun-woo", "Anaïs", "Björn",
            "Tomasz", "Kwame", "Aigerim", "Rashida", "Mateus", "Chidi", "Yusuf", "Mei-Ling",
            "Søren", "Amara", "Tariq"]
LAST_EN = ["Whitaker", "O'Connor", "MacDonald", "Johnson-Reyes", "St. Pierre", "Holloway",
           "Brooks", "McAllister", "Pruitt", "Fitzgerald-Oyelaran"]
LAST_ES = ["García Márquez", "Ramírez Ortiz", "De la Cruz", "Hernández", "Núñez-Villalobos",
           "Del Río", "Quintanilla", "Ibáñez", "Zúñiga", "Castañeda", "Peña", "Treviño Salas"]
LAST_OT = ["Nguyen", "Okonkwo", "van der Berg", "Kowalski", "Papadopoulos", "Singh",
           "Ben-David", "Al-Rashid", "Nakamura", "Dos Santos", "Abdullahi", "Szabó", "Kim",
           "Ivanova", "Kaczmarek", "Haddad", "Lindqvist", "Chaudhry", "Tran", "da Silva",
           "Boateng", "Yilmaz"]

CITIES = [("Dallas", "TX", "752", "214", "Dallas County"),
          ("El Paso", "TX", "799", "915", "El Paso County"),
          ("Laredo", "TX", "780", "956", "Webb County"),
          ("Brownsville", "TX", "785", "956", "Cameron County"),
          ("Phoenix", "AZ", "850", "602", "Maricopa County"),
          ("Tucson", "AZ", "857", "520", "Pima County"),
          ("Albuquerque", "NM", "871", "505", "Bernalillo County"),
          ("Miami", "FL", "331", "305", "Miami-Dade County"),
          ("Chicago", "IL", "606", "773", "Cook County"),
          ("Fresno", "CA", "937", "559", "Fresno County"),
          ("Columbus", "OH", "432", "614", "Franklin County"),
          ("Atlanta", "GA", "303", "404", "Fulton County")]
STREETS = ["Buckner Blvd", "W Mockingbird Ln", "Calle Sol", "N 67th Ave", "Rosewood Ct",
           "E Yandell Dr", "San Bernardo Ave", "Paseo del Norte", "SW 8th St", "N Milwaukee Ave",
           "E Shields Ave", "Cleveland Ave", "Cascade Rd SW", "Zaragoza Rd", "Old Spanish Trl",
           "Elm Creek Dr", "Avenida Cesar Chavez"]
UNITS = ["", "", "", " Apt 3", " Apt 312", " #B", " Unit 14", " Trlr 22", " Apt 2C"]
DOMAINS = ["gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "icloud.com", "proton.me",
           "live.com.mx", "aol.com", "att.net"]


def ascii_fold(s):
    tr = str.maketrans("áéíóúÁÉÍÓÚñÑüÜöÖïÏøØåÅ", "aeiouAEIOUnNuUoOiIoOaA")
    return "".join(c for c in s.translate(tr) if c.isalnum() or c in " -.'").replace("'", "")


PEOPLE = []


def make_person(old=False):
    lang = ch(["en", "es", "es", "ot", "ot", "en"])
    first = ch(FIRST_ES if lang == "es" else FIRST_EN if lang == "en" else FIRST_OT)
    last = ch(LAST_ES if lang == "es" else LAST_EN if lang == "en" else LAST_OT)
    if lang == "ot" and rng.random() < 0.25:
        last = ch(LAST_ES)
    city, st, zp, area, county = ch(CITIES)
    if old or rng.random() < 0.03:
        dob = date(rng.randint(1929, 1933), rng.randint(1, 12), rng.randint(1, 28))
    else:
        dob = date(rng.randint(1952, 2005), rng.randint(1, 12), rng.randint(1, 28))
    age = TODAY.year - dob.year - ((TODAY.month, TODAY.day) < (dob.month, dob.day))
    fa, la = ascii_fold(first).lower().split(" ")[0], ascii_fold(last).lower().replace(" ", "")
    em = ch([f"{fa}.{la}{rng.randint(1, 99)}", f"{fa[0]}{la}", f"{fa}_{la[:4]}{dob.year % 100:02d}",
             f"{la}.{fa}", f"{fa}{dob.year}"]) + "@" + ch(DOMAINS)
    while True:
        area_s = rng.randint(1, 899)
        if area_s != 666:
            break
    ssn = f"{area_s:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    p = dict(
        first=first, last=last, mi=ch("ABCDEFGHJKLMNPRSTVW"), sex=ch("MF"), dob=dob, age=age,
        street=f"{rng.randint(12, 9899)} {ch(STREETS)}{ch(UNITS)}", city=city, state=st,
        county=county, zip=zp + digits(2), area=area,
        phone=area + ch(["555", str(rng.randint(201, 989))]) + digits(4),
        email=em, ssn=ssn, lang=lang,
        donor_no="D" + ch(["2", "3", "4"]) + digits(7),
        dl=(ch(["", "D", "A"]) + digits(8)) if st != "AZ" else ("D" + digits(8)),
        pan=luhn(ch(["485310", "423811", "533248", "440066"])),
        proxy=digits(12),
        plate=ch([alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(4), digits(1) + alnum(3, "ABCDEFGHJKLMNPRSTVWXYZ") + digits(3)]),
        member=ch(["XQH", "ZGP", "W", "JQL"]) + digits(9),
        mbi=f"{rng.randint(1, 9)}{alnum(1, 'ACDEFGHJKMNPQRTUVWXY')}{alnum(1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{rng.randint(0, 9)}{alnum(1, 'ACDEFGHJKMNPQRTUVWXY')}{alnum(1, 'ACDEFGHJKMNPQRTUVWXY0123456789')}{rng.randint(0, 9)}{alnum(2, 'ACDEFGHJKMNPQRTUVWXY')}{rng.randint(10, 99)}",
        user=ch([f"{fa}{la[:3]}{rng.randint(1, 99)}", f"{fa[:4]}_{la[:2]}{dob.year % 100:02d}", f"{la}{fa[0]}"]),
        confirm="BK-" + alnum(5),
        push=hexs(64),
        passport=alnum(1, "GNPEM") + digits(8),
    )
    return p


for _i in range(70):
    PEOPLE.append(make_person(old=_i % 17 == 5))


def person():
    return ch(PEOPLE)


def old_person():
    olds = [p for p in PEOPLE if p["age"] >= 90]
    return ch(olds) if olds else person()


def name_fmt(p, style=None):
    f, l, m = p["first"], p["last"], p["mi"]
    style = style or ch(["fl", "LF", "lf", "Fl", "lower", "fml", "init", "LFup"])
    if style == "fl":
        return f"{f} {l}"
    if style == "LF":
        return f"{l.upper()}, {f.upper()}"
    if style == "lf":
        return f"{l}, {f}"
    if style == "Fl":
        return f"{f} {m}. {l}"
    if style == "lower":
        return f"{f} {l}".lower()
    if style == "fml":
        return f"{l}, {f} {m}"
    if style == "init":
        return f"{f[0]}. {l}"
    if style == "LFup":
        return f"{l.upper()} {f.upper()}"
    return f"{f} {l}"


def phone_fmt(p, style=None):
    d = p["phone"]
    style = style or ch(["paren", "dash", "dot", "raw", "e164", "intl", "one"])
    return {"paren": f"({d[:3]}) {d[3:6]}-{d[6:]}", "dash": f"{d[:3]}-{d[3:6]}-{d[6:]}",
            "dot": f"{d[:3]}.{d[3:6]}.{d[6:]}", "raw": d, "e164": "+1" + d,
            "intl": f"+1 {d[:3]} {d[3:6]} {d[6:]}", "one": f"1-{d[:3]}-{d[3:6]}-{d[6:]}"}[style]


def ssn_fmt(p):
    return p["ssn"] if rng.random() < 0.7 else p["ssn"].replace("-", "")


def b64_photo(n=None):
    n = n or rng.randint(180, 300)
    raw = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00\xff\xdb\x00C\x00" + rbytes(n)
    return base64.b64encode(raw).decode()


def b64_fmr(n=None):
    n = n or rng.randint(120, 220)
    raw = b"FMR\x00 20\x00\x00\x00\x01\x62\x00\x00\x01\x3c\x01\x62\x00\xc5\x00\xc5\x01\x00" + rbytes(n)
    return base64.b64encode(raw).decode()


def b64_wsq(n=None):
    n = n or rng.randint(150, 240)
    raw = b"\xff\xa0\xff\xa8\x00\x7a" + rbytes(n)
    return base64.b64encode(raw).decode()


def public_ip():
    while True:
        a = ch([24, 47, 68, 70, 73, 76, 97, 98, 99, 104, 107, 108, 172, 174, 189, 201])
        if a != 172:
            return f"{a}.{rng.randint(1, 254)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def ipv6():
    return "2600:1700:" + ":".join(hexs(4).lstrip("0") or "0" for _ in range(6))


# ----------------------------------------------------------------------------- clock
CLK = [datetime(2024, 3, 14, 5, 58, 3, 118000, tzinfo=timezone(timedelta(hours=-6)))]


def tick():
    CLK[0] += timedelta(seconds=rng.randint(1, 45), milliseconds=rng.randint(0, 999))
    return CLK[0]


def ts_log4j(t):
    return t.strftime("%Y-%m-%d %H:%M:%S,") + f"{t.microsecond // 1000:03d}"


def ts_iso_z(t):
    u = t.astimezone(timezone.utc)
    return u.strftime("%Y-%m-%dT%H:%M:%S.") + f"{u.microsecond // 1000:03d}Z"


def ts_iso_off(t):
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}-06:00"


def epoch_ms(t):
    return int(t.timestamp() * 1000)


def hl7_ts(t):
    return t.strftime("%Y%m%d%H%M%S")


CENTERS = ["DAL-02", "ELP-01", "LRD-01", "BRO-01", "PHX-03", "TUS-01", "ABQ-02", "MIA-04",
           "CHI-07", "FRE-01", "CMH-02", "ATL-05"]
STAFF = ["T. Adeyemi RN", "R. Batista", "K. Whitfield", "phleb. L. Moreau", "J. Okafor, LPN",
         "M. Castellanos (CS)", "Dr. H. Marsh", "A. Petrosyan", "S. Delacroix RN", "B. Yoon"]
STAFF_USERS = ["jmartinez", "tadeyemi", "rbatista", "kwhitfield", "lmoreau", "svc_kiosk",
               "apetrosyan", "hmarsh", "byoon"]
AGENTS = ["Jordan Pike", "Alma Reséndiz", "Chris Oduya", "Tamsin Rourke", "Nadia Farouk"]

DEFERRALS = [
    ("LOWHGB", "Low hemoglobin", "Hemoglobina baja", "TEMPORARY", 1),
    ("TAT3", "Tattoo within 3 months", "Tatuaje en los últimos 3 meses", "TEMPORARY", 90),
    ("MAL3", "Malaria-risk travel within 3 months", "Viaje a zona de malaria en los últimos 3 meses", "TEMPORARY", 90),
    ("MED-FIN", "Finasteride within 1 month", "Finasterida en el último mes", "TEMPORARY", 30),
    ("MED-ISO", "Isotretinoin within 1 month", "Isotretinoína en el último mes", "TEMPORARY", 30),
    ("BP-HI", "Blood pressure above 180/100", "Presión arterial mayor de 180/100", "TEMPORARY", 1),
    ("TEMP", "Temperature above 99.5 F", "Temperatura mayor de 37.5 C", "TEMPORARY", 1),
    ("ABX", "Antibiotic for active infection", "Antibiótico por infección activa", "TEMPORARY", 7),
    ("PREG", "Pregnancy / 6 weeks post partum", "Embarazo / 6 semanas posparto", "TEMPORARY", 42),
    ("LOWTP", "Total protein below 6.0 g/dL", "Proteína total menor de 6.0 g/dL", "TEMPORARY", 14),
    ("HBV-R", "Reactive HBV marker", "Marcador de hepatitis B reactivo", "PERMANENT", 0),
    ("WT", "Weight below 110 lb", "Peso menor de 50 kg", "TEMPORARY", 0),
]

TESTS = [("HBsAg^Hepatitis B surface antigen", "CE"), ("Anti-HBc^Hepatitis B core antibody", "CE"),
         ("Anti-HCV^Hepatitis C antibody", "CE"), ("HIV-1/2 Ab^HIV-1/2 plus O antibody", "CE"),
         ("HTLV-I/II Ab^HTLV-I/II antibody", "CE"), ("TP Ab^Treponema pallidum antibody", "CE"),
         ("T.cruzi Ab^Chagas antibody", "CE"), ("WNV NAT^West Nile virus RNA", "CE"),
         ("Ultrio Elite^HIV-1/HCV/HBV NAT", "CE"), ("B19V DNA^Parvovirus B19 NAT", "NM"),
         ("HAV RNA^Hepatitis A NAT", "CE"), ("Babesia NAT^Babesia spp RNA", "CE")]


# ============================================================================= NOISE singles
def n_log4j():
    t = tick()
    th = ch(["main", "http-nio-8443-exec-" + str(rng.randint(1, 40)), "scheduling-1",
             "DefaultQuartzScheduler_Worker-" + str(rng.randint(1, 5)), "HikariPool-1 housekeeper"])
    opts = [
        ("INFO ", "org.hibernate.Version", "HHH000412: Hibernate ORM core version 5.6.15.Final"),
        ("INFO ", "org.hibernate.dialect.Dialect", "HHH000400: Using dialect: org.hibernate.dialect.PostgreSQL10Dialect"),
        ("DEBUG", "com.zaxxer.hikari.pool.HikariPool",
         f"HikariPool-1 - Pool stats (total=20, active={rng.randint(1, 18)}, idle={rng.randint(1, 12)}, waiting=0)"),
        ("WARN ", "org.hibernate.hql.internal.ast.QueryTranslatorImpl",
         "HHH000104: firstResult/maxResults specified with collection fetch; applying in memory!"),
        ("INFO ", "org.hibernate.engine.internal.StatisticalLoggingSessionEventListener",
         f"Session Metrics {{ {rng.randint(20000, 900000)} nanoseconds spent acquiring 1 JDBC connections; 0 nanoseconds spent releasing 0 JDBC connections; {rng.randint(100000, 4000000)} nanoseconds spent preparing {rng.randint(1, 9)} JDBC statements; {rng.randint(1000000, 90000000)} nanoseconds spent executing {rng.randint(1, 9)} JDBC statements; 0 nanoseconds spent executing 0 JDBC batches; }}"),
        ("INFO ", "org.bdcn.dms.jobs.DeferralExpiryJob",
         f"Job DMS.nightlyDeferralExpiryJob completed: {rng.randint(5, 90)} deferrals expired, 0 errors, took {rng.randint(400, 9000)} ms"),
        ("INFO ", "org.bdcn.dms.eligibility.RuleLoader",
         f"Eligibility rules loaded: {rng.randint(120, 180)} rules, ruleset=2024.02-r{rng.randint(1, 6)} (sha256 {hexs(16)}...)"),
        ("WARN ", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", f"SQL Error: 0, SQLState: {ch(['40P01', '57014', '08006'])}"),
        ("ERROR", "org.hibernate.engine.jdbc.spi.SqlExceptionHelper", ch(["ERROR: deadlock detected", "ERROR: canceling statement due to statement timeout", "An I/O error occurred while sending to the backend."])),
        ("INFO ", "org.bdcn.dms.cache.DonorCache", f"Donor lookup cache hit ratio={rng.uniform(0.7, 0.97):.2f} size={rng.randint(8000, 15000)} evictions={rng.randint(0, 400)}"),
        ("INFO ", "org.bdcn.dms.bpdr.BpdrExportScheduler", f"Scheduled export BPDR-QUEUE: {rng.randint(0, 4)} pending reports for FEI 3004129876"),
        ("INFO ", "org.bdcn.dms.inventory.QuarantineService", f"Quarantine sweep center={ch(CENTERS)} units_checked={rng.randint(100, 900)} released={rng.randint(0, 300)} held={rng.randint(0, 12)}"),
        ("INFO ", "org.springframework.boot.web.embedded.tomcat.TomcatWebServer", "Tomcat started on port(s): 8443 (https) 8009 (ajp) with context path '/dms'"),
        ("INFO ", "org.bdcn.dms.integration.CardProcessorClient", f"POST https://api.prepaid-vendor.example/v3/loads -> 202 in {rng.randint(80, 900)}ms (requestId={uid()})"),
        ("DEBUG", "org.bdcn.dms.compliance.AuditTrail", f"audit flush batch={rng.randint(100, 999)} records={rng.randint(10, 400)} sha256={hexs(64)}"),
        ("INFO ", "org.bdcn.dms.support.OnCall", "Escalation contact for DMS P1: Darnell Whitfield, IT on-call, (214) 555-0110, dms-oncall@bdcn.org"),
    ]
    lvl, lg, msg = ch(opts)
    return L("log4j").t(f"{ts_log4j(t)} {lvl} [{th}] {lg} - {msg}")


def n_stack():
    frames = ["org.hibernate.internal.SessionImpl.find(SessionImpl.java:3311)",
              "org.hibernate.loader.Loader.doQuery(Loader.java:958)",
              "org.postgresql.core.v3.QueryExecutorImpl.execute(QueryExecutorImpl.java:356)",
              "com.zaxxer.hikari.pool.ProxyPreparedStatement.executeQuery(ProxyPreparedStatement.java:52)",
              "org.bdcn.dms.donor.DonorRepositoryImpl.findByDonorNo(DonorRepositoryImpl.java:144)",
              "org.springframework.transaction.interceptor.TransactionInterceptor.invoke(TransactionInterceptor.java:119)",
              "java.base/java.lang.Thread.run(Thread.java:833)"]
    if rng.random() < 0.2:
        return L("log4j").t(f"Caused by: org.postgresql.util.PSQLException: ERROR: canceling statement due to statement timeout")
    return L("log4j").t("\tat " + ch(frames))


def n_hib_sql():
    t = tick()
    sql = ch([
        "select donor0_.donor_id as donor_id1_7_0_, donor0_.last_name as last_nam5_7_0_, donor0_.first_name as first_na4_7_0_, donor0_.dob as dob3_7_0_ from dms.donor donor0_ where donor0_.donor_no=?",
        "insert into dms.deferral (code, donor_id, end_date, reason, start_date, id) values (?, ?, ?, ?, ?, ?)",
        "update dms.donation set status=?, plasma_ml=?, updated_at=? where donation_id=? and version=?",
        "select count(*) as col_0_0_ from dms.appointment appointmen0_ where appointmen0_.center_code=? and appointmen0_.slot_start between ? and ?",
        "select nextval ('dms.hibernate_sequence')",
    ])
    return L("log4j").t(f"{ts_log4j(t)} DEBUG [http-nio-8443-exec-{rng.randint(1, 40)}] org.hibernate.SQL - {sql}")


def n_kiosk_json():
    t = tick()
    k = f"KSK-{ch(CENTERS)[:3]}-{rng.randint(1, 9):02d}"
    o = ch([
        O([("ts", ts_iso_z(t)), ("event", "kiosk.heartbeat"), ("kioskId", k), ("battery", rng.randint(20, 100)),
           ("wifiRssi", -rng.randint(40, 80)), ("appVersion", f"4.12.{rng.randint(0, 3)}+build.{rng.randint(800, 900)}"), ("queueDepth", rng.randint(0, 3))]),
        O([("ts", ts_iso_z(t)), ("event", "dhq.definition.loaded"), ("kioskId", k), ("version", "AABB-DHQ-4.0"),
           ("locale", ch(["en-US", "es-US"])), ("questions", 62), ("sha1", hexs(40))]),
        O([("ts", ts_iso_z(t)), ("event", "dhq.abandoned"), ("kioskId", k), ("sessionId", uid()),
           ("lastQuestion", f"Q{rng.randint(1, 62)}"), ("elapsedSec", rng.randint(20, 600)), ("reason", ch(["TIMEOUT", "USER_CANCEL"]))]),
        O([("ts", ts_iso_z(t)), ("event", "printer.status"), ("kioskId", k), ("paper", ch(["OK", "LOW", "OUT"])), ("model", "Zebra ZD421")]),
        O([("ts", ts_iso_z(t)), ("event", "dhq.stats"), ("center", ch(CENTERS)), ("completed", rng.randint(10, 90)),
           ("deferredAtKiosk", rng.randint(0, 9)), ("topDeferral", ch(DEFERRALS)[0]), ("avgSec", rng.randint(200, 600))]),
    ])
    return J("kiosk_json", o)


def n_py_sync():
    t = tick()
    msg = ch([
        f"kiosk.sync - INFO - pushed {rng.randint(1, 30)} sessions to dms (http 201) in {rng.uniform(0.2, 3):.2f}s",
        f"kiosk.sync - WARNING - dms unreachable (ConnectTimeout), will retry in {ch([5, 10, 30])}s; queued={rng.randint(1, 12)}",
        f"urllib3.connectionpool - DEBUG - https://dms.bdcn.internal:8443 \"POST /dms/api/v2/kiosk/sessions HTTP/1.1\" 201 {rng.randint(40, 90)}",
        f"kiosk.update - INFO - update channel=stable current=4.12.{rng.randint(0, 3)} latest=4.12.3 action=none",
    ])
    return L("py_kiosk_sync").t(f"{ts_log4j(t)} - {msg}")


def n_refract():
    t = tick()
    return L("tp_refract").t(ch([
        f"CAL;{t.strftime('%Y-%m-%dT%H:%M:%S')};DISTILLED_WATER;RI=1.33299;T=22.{rng.randint(0, 9)}C;OK;SN=AR200-55821",
        f"QC;{t.strftime('%Y-%m-%dT%H:%M:%S')};LEVEL=2;TP={rng.uniform(6.9, 7.2):.1f};RANGE=6.8-7.3;PASS;SN=AR200-{rng.randint(55000, 56000)}",
        f"SYS;{t.strftime('%Y-%m-%dT%H:%M:%S')};FW=3.1.7;EXPORT=USB;RECORDS={rng.randint(10, 200)}",
    ]))


def n_apheresis():
    t = tick()
    sn = f"NX20-{rng.randint(1000, 9999):05d}"
    base = f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond // 1000:03d}|NXS-PCS|SN={sn}|"
    body = ch([
        f"EVT=0x0121|CYCLE_DRAW_START|cycle={rng.randint(1, 9)}|draw_ml={rng.randint(150, 200)}|ac_ml={rng.uniform(9, 13):.1f}|pressure=-{rng.randint(20, 80)}mmHg",
        f"EVT=0x0122|CYCLE_RETURN_START|cycle={rng.randint(1, 9)}|return_ml={rng.randint(100, 160)}|rate_ml_min={rng.randint(60, 120)}",
        f"EVT=0x0310|ALARM|code=A104|text=LOW DRAW PRESSURE|action=PAUSE",
        f"EVT=0x0311|ALARM_CLEARED|code=A104|dur_s={rng.randint(3, 60)}",
        f"EVT=0x0001|SELF_TEST_PASS|fw=NXS 3.2.1|centrifuge_rpm=7000",
        f"EVT=0x0042|LOAD_DISPOSABLE|lot=2310A{rng.randint(10, 99)}|ref=PCS2-PLS-S|exp=2025-09-30",
        f"EVT=0x0600|NETWORK_SYNC|dms=ok|queued=0|latency_ms={rng.randint(10, 300)}",
        f"EVT=0x0210|SALINE_START|vol_ml={ch([250, 500])}",
    ])
    if rng.random() < 0.25:
        return L("aurora_evt").t(f"[Aurora Xi {rng.randint(60300000, 60399999)}] {t.strftime('%Y/%m/%d %H:%M:%S')} " + ch([
            f"ALARM 104: Draw pressure low (-{rng.randint(200, 260)} mmHg), procedure paused",
            f"INFO 010: Cycle {rng.randint(1, 8)} complete, plasma {rng.randint(90, 130)} mL",
            "INFO 001: Power on self test passed",
            f"WARN 220: Anticoagulant bag level {rng.randint(5, 20)}%"]))
    return L("apheresis_evt").t(base + body)


def n_isbt():
    t = tick()
    return L("isbt_label").t(f"{ts_iso_off(t)} labelsvc[{rng.randint(2000, 2400)}]: " + ch([
        f"loaded product code table ICCBBA v7.{rng.randint(70, 90)} ({rng.randint(5000, 6000)} codes)",
        f"printer ZD621-COLL-{rng.randint(1, 6)} status=READY head=OK ribbon={rng.randint(10, 99)}%",
        f"product E2682V00 -> 'APHERESIS PLASMA|ACD-A/XX/<=-18C' divisions=0 class=SOURCE",
        f"template LBL_SOURCE_PLASMA_4x4 v{rng.randint(3, 9)} loaded sha1={hexs(12)}",
        f"data structure 003 validated: '=<E2682V00' check=OK",
        f"FIN W0421 registered to ICCBBA facility 'BDCN Dallas Collection'",
    ]))


def n_zpl():
    return L("zpl").t(ch(["^XA", "^XZ", "^CI28", f"^FO40,{rng.randint(20, 400)}^A0N,28,28^FDSOURCE PLASMA^FS",
                          f"^FO40,{rng.randint(20, 400)}^BCN,100,N,N,N^FD=<E2682V00^FS",
                          f"^FO300,{rng.randint(20, 400)}^A0N,22,22^FDEXP 2025-03-{rng.randint(10, 28)} 23:59^FS",
                          "^PW812^LL812^LH0,0"]))


def n_card():
    t = tick()
    o = ch([
        O([("event_type", "batch.settled"), ("id", "evt_" + alnum(20, "abcdefghijkmnpqrstuvwxyz0123456789")), ("created", epoch_ms(t) // 1000),
           ("data", O([("batch_id", "bat_" + hexs(16)), ("program_id", "PRG-0442"), ("count", rng.randint(100, 500)),
                       ("total_amount", f"{rng.randint(5000, 30000)}.00"), ("currency", "USD"), ("status", "SETTLED")]))]),
        O([("event_type", "program.funding.low"), ("id", "evt_" + alnum(20, "abcdefghijkmnpqrstuvwxyz0123456789")), ("created", epoch_ms(t) // 1000),
           ("data", O([("program_id", "PRG-0442"), ("balance", f"{rng.randint(8000, 15000)}.00"), ("threshold", "15000.00")]))]),
        O([("error", O([("type", "rate_limit_error"), ("code", "rate_limited"), ("message", "Too many requests"), ("retry_after", 2)])),
           ("request_id", "req_" + hexs(24))]),
        O([("event_type", "webhook.delivery.retry"), ("attempt", rng.randint(2, 5)), ("endpoint", "https://dms.bdcn.org/hooks/card"), ("status", 503)]),
    ])
    return J("card_load_json", o)


def n_fp_sdk():
    t = tick()
    return L("fp_sdk").t(f"{t.strftime('%H:%M:%S')}.{t.microsecond // 1000:03d} [SecuGen FDx SDK 4.3.1] " + ch([
        f"DeviceSN=H58{digits(9)} Capture: quality={rng.randint(40, 99)} NFIQ={rng.randint(1, 4)} minutiae={rng.randint(20, 60)} template_size=400",
        f"Capture timeout after 10000 ms (no finger)",
        f"Template sha256={hexs(64)} (not stored)",
        f"AutoOn enabled, brightness={rng.randint(40, 80)} gain=1",
        "liveness model lfd-v3.2 loaded (spoof threshold 0.35)",
    ]))


def n_idv():
    t = tick()
    o = ch([
        O([("type", "provider.latency"), ("ts", ts_iso_z(t)), ("provider", "idv-vendor"), ("p50_ms", rng.randint(300, 900)), ("p95_ms", rng.randint(1000, 4000))]),
        O([("type", "verification.expired"), ("verificationId", "ver_" + hexs(20)), ("center", ch(CENTERS)), ("ageSec", 900)]),
        O([("type", "config"), ("docTypes", ["DL", "STATE_ID", "PASSPORT", "MATRICULA"]), ("faceMatchThreshold", 0.82), ("retainImagesDays", 30)]),
    ])
    return J("idv_json", o)


UAS = ["Mozilla/5.0 (iPhone; CPU iPhone OS 17_3_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Mobile/15E148 Safari/604.1",
       "Mozilla/5.0 (Linux; Android 14; SM-A546U) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.105 Mobile Safari/537.36",
       "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36"]


def vercel(t, status, method, host, path, msg, client_ip, ua, typ="stdout", ppath=None):
    return O([("id", digits(56)), ("message", msg), ("timestamp", epoch_ms(t)), ("type", typ), ("source", "lambda"),
              ("projectId", "prj_8Hk2fQ0aLw3VbN7rT1yZ"), ("deploymentId", "dpl_" + alnum(24, "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789")),
              ("host", host), ("path", path.split("?")[0]), ("requestId", f"iad1::{alnum(5, 'abcdefghjkmnpqrstuvwxyz')}-{epoch_ms(t)}-{hexs(12)}"),
              ("statusCode", status),
              ("proxy", O([("timestamp", epoch_ms(t) - rng.randint(5, 900)), ("method", method), ("scheme", "https"), ("host", host),
                           ("path", ppath if ppath is not None else path), ("userAgent", [ua]), ("statusCode", status), ("clientIp", client_ip),
                           ("region", "iad1"), ("vercelCache", "MISS")]))])


def n_vercel():
    t = tick()
    host = ch(["citas.bdcn.org", "book.bdcn.org"])
    path, msg, ip, ua = ch([
        ("/api/health", "ok", "216.144.250.150", "UptimeRobot/2.0; http://www.uptimerobot.com/"),
        (f"/api/slots?center={ch(CENTERS)}&date=2024-03-{rng.randint(15, 29)}", f"slots lookup center cache hit ({rng.randint(2, 40)} free)", "76.76.21.21", "vercel-cron/1.0"),
        ("/api/cron/reminders", f"reminder batch done sent={rng.randint(10, 200)} failed=0 took={rng.randint(300, 3000)}ms", "76.76.21.98", "vercel-cron/1.0"),
        ("/api/centers", "GET centers 200 (ISR revalidate 3600)", "216.144.250.150", "UptimeRobot/2.0; http://www.uptimerobot.com/"),
    ])
    return J("vercel_json", vercel(t, 200, "GET", host, path, msg, ip, ua))


def n_next_build():
    return L("nextjs_build").t(ch([
        "  ▲ Next.js 14.1.3", "   Creating an optimized production build ...", " ✓ Compiled successfully",
        " ✓ Linting and checking validity of types", f" ✓ Generating static pages ({rng.randint(10, 40)}/{rng.randint(40, 45)})",
        "Route (app)                              Size     First Load JS",
        f"├ ƒ /api/appointments                    0 B                0 B",
        f"├ ○ /es/reservar                         {rng.uniform(3, 9):.1f} kB         {rng.uniform(88, 120):.1f} kB",
        f"├ ● /centros/[slug]                      {rng.uniform(1, 4):.2f} kB        {rng.uniform(88, 99):.1f} kB",
        "+ First Load JS shared by all            84.3 kB",
        f"Build Completed in /vercel/output [{rng.randint(30, 90)}s]",
        f"Deploying outputs... Deployment ready https://book-bdcn-{alnum(9, 'abcdefghijkmnopqrstuvwxyz0123456789')}-bdcn.vercel.app",
        "ƒ  (Dynamic)  server-rendered on demand",
    ]))


def n_genesys():
    t = tick()
    o = ch([
        O([("topicName", f"v2.routing.queues.{uid()}.conversations"), ("version", "2"),
           ("eventBody", O([("queueId", uid()), ("mediaType", "voice"), ("waiting", rng.randint(0, 12)), ("interacting", rng.randint(0, 20))])),
           ("metadata", O([("CorrelationId", uid())]))]),
        O([("metric", ch(["tHandle", "tAcw", "tTalk", "nOffered"])), ("qualifier", None),
           ("stats", O([("max", round(rng.uniform(300, 1500), 1)), ("min", round(rng.uniform(20, 80), 1)), ("count", rng.randint(10, 90)), ("sum", round(rng.uniform(5000, 40000), 1))]))]),
        O([("topicName", f"v2.users.{uid()}.activity"), ("eventBody", O([("routingStatus", O([("status", ch(["IDLE", "INTERACTING", "NOT_RESPONDING"]))])),
           ("presence", O([("presenceDefinition", O([("systemPresence", ch(["Available", "Break", "Meal"]))]))]))]))]),
        O([("conversationId", uid()), ("conversationStart", ts_iso_z(t)), ("originatingDirection", "inbound"),
           ("participants", [O([("purpose", "ivr"), ("participantName", "BDCN Main IVR"), ("sessions", [O([("mediaType", "voice"), ("dnis", "tel:+18885550142")])])])]),
           ("disconnectType", "peer"), ("abandoned", True)]),
    ])
    return J("genesys_json", o)


def n_note():
    t = tick()
    txt = ch([
        "Chair 7 centrifuge making grinding noise again, ticket FAC-2291 opened with Haemonetics field service.",
        "Shift handover: freezer 2 stable at -31C, freezer 3 alarm tested OK. No donor reactions this shift.",
        "Se terminó el lote de kits 2310A44, usar 2311B02 a partir de hoy.",
        "Inventario de plasma: 412 unidades en congelador 2 a -30C, embarque programado para el viernes.",
        "Training reminder: new NexSys protocol PPP-NOMO-3 goes live Monday, all phlebs must sign SOP 7.4.2.",
        "Kiosk KSK-PHX-02 frozen on Q31 twice; rebooted, filed IT ticket INC0041877.",
        "Reunión de seguridad a las 7:30; repasar procedimiento de reacción vasovagal.",
        "Hemocue HC301-1832754 failed high control, pulled from service, backup unit in use.",
        "Call Dr. Marsh's office for MD review of 2 age-exception donors before 10am (ext 4410).",
        "Parking garage validation machine down, give paper validations at front desk.",
    ])
    st = ch(STAFF)
    return L("staff_note").t(f"[{t.strftime('%Y-%m-%d %H:%M')}] {st}: {txt}")


def n_nginx():
    t = tick()
    ip = ch(["10.20.4.17", "10.20.4.31", "10.20.8.5", "172.16.3.40"])
    req, st, ua = ch([
        ("GET /dms/api/v2/health HTTP/1.1", 200, "kube-probe/1.27"),
        (f"GET /dms/static/js/main.{hexs(8)}.js HTTP/1.1", 200, UAS[2]),
        (f"GET /dms/api/v2/inventory?fin=W0421&status=QUARANTINE&page={rng.randint(1, 5)} HTTP/1.1", 200, UAS[2]),
        ("POST /dms/api/v2/kiosk/sessions HTTP/1.1", 201, "python-requests/2.31.0"),
        (f"GET /dms/api/v2/centers/{ch(CENTERS)}/schedule?week=2024-W11 HTTP/1.1", 200, UAS[2]),
        ("GET /metrics HTTP/1.1", 200, "Prometheus/2.49.1"),
    ])
    return L("nginx_access").t(f'{ip} - - [{t.strftime("%d/%b/%Y:%H:%M:%S")} -0600] "{req}" {st} {rng.randint(17, 90000)} "-" "{ua}" rt={rng.uniform(0.001, 1.5):.3f}')


def n_prom():
    return L("prometheus").t(ch([
        f'dms_donor_registrations_total{{center="{ch(CENTERS)}"}} {rng.randint(1000, 30000)}',
        f'hikaricp_connections_active{{pool="HikariPool-1"}} {rng.randint(1, 20)}',
        f'apheresis_procedures_in_progress{{center="{ch(CENTERS)}",device_model="NexSys"}} {rng.randint(0, 24)}',
        f'kiosk_dhq_duration_seconds_bucket{{le="300"}} {rng.randint(100, 900)}',
        f'card_load_failures_total{{reason="processor_timeout"}} {rng.randint(0, 30)}',
        f'hl7_messages_received_total{{type="ORU^R01",sender="TESTLAB-SD"}} {rng.randint(1000, 90000)}',
        "# HELP dms_deferrals_active Number of active donor deferrals",
        "# TYPE dms_deferrals_active gauge",
        f'dms_deferrals_active{{category="TEMPORARY"}} {rng.randint(100, 3000)}',
    ]))


def n_k8s():
    pod = f"dms-api-{hexs(9)}-{alnum(5, 'abcdefghjkmnpqrstuvwxyz2456789')}"
    return L("k8s_event").t(ch([
        f'Normal   Pulled     pod/{pod}   Successfully pulled image "registry.bdcn.internal/dms-api:3.18.{rng.randint(0, 4)}" in {rng.uniform(1, 9):.2f}s',
        f"Normal   Scheduled  pod/{pod}   Successfully assigned dms/{pod} to aks-nodepool1-{digits(8)}-vmss00000{rng.randint(0, 9)}",
        f"Warning  Unhealthy  pod/{pod}   Readiness probe failed: HTTP probe failed with statuscode: 503",
        f"Normal   Killing    pod/{pod}   Stopping container dms-api",
        f"Warning  BackOff    pod/hl7-listener-{hexs(9)}-{alnum(5, 'abcdefghjkmnpqrstuvwxyz2456789')}   Back-off restarting failed container",
    ]))


def n_syslog():
    t = tick()
    host = f"ksk-{ch(CENTERS).lower()}-{rng.randint(1, 6):02d}"
    return L("syslog_kiosk").t(f"<134>1 {ts_iso_off(t)} {host} dhq-kiosk {rng.randint(1000, 9000)} - - " + ch([
        f"battery={rng.randint(20, 100)}% charging={ch(['true', 'false'])}",
        "mdm checkin ok policy=KIOSK_LOCKDOWN_v7",
        f"signature pad connected (Topaz T-LBK462, fw 2.{rng.randint(0, 9)})",
        f"screen brightness set to {rng.randint(40, 100)}",
        "camera self-test passed",
    ]))


def n_hl7_ack():
    t = tick()
    ctl = "LAB" + digits(7)
    return L("hl7_mllp").t(f"{ts_log4j(t)} INFO  [mllp-listener-{rng.randint(1, 4)}] org.bdcn.hl7.Hl7Inbound - sent ACK "
                           f"MSH|^~\\&|DMS|BDCN|PROCLEIX|TESTLAB-SD|{hl7_ts(t)}||ACK^R01^ACK|{hexs(10).upper()}|P|2.5.1\\rMSA|AA|{ctl}")


def n_bpdr_line():
    t = tick()
    return L("bpdr_xml").t(ch([
        f"<BPDRSubmissionAck><ReportId>BPDR-2024-{rng.randint(100, 300):04d}</ReportId><FEI>3004129876</FEI><Status>ACCEPTED</Status><ReceivedBy>CBER eSubmitter</ReceivedBy></BPDRSubmissionAck>",
        f"<EventCodeRef code=\"PD-99-06\" category=\"Post Donation Information\" subcategory=\"History of hepatitis\"/>",
        f"<Facility><Name>BDCN Plasma Center {ch(CENTERS)}</Name><FEI>3004129876</FEI><Phone>214-555-0100</Phone><Contact>QA Manager Ines Varga</Contact></Facility>",
    ]))


# ============================================================================= PHI singles
def p_log4j():
    t = tick()
    p = person()
    th = "http-nio-8443-exec-" + str(rng.randint(1, 40))
    ln = L("log4j").t(f"{ts_log4j(t)} ")
    k = rng.randrange(10)
    if k == 9:
        mc = p["age"] >= 65
        ln.t(f"INFO  [{th}] org.bdcn.dms.tp.TherapeuticPhlebotomyService - 271 eligibility ACTIVE payer={'MEDICARE_B' if mc else ch(['BCBSTX', 'AETNA', 'UHC'])} ")
        ln.t("mbi=" if mc else "memberId=").p(p["mbi"] if mc else p["member"], "health_plan").t(" patient=").p(name_fmt(p, "fml"), "name")
        ln.t(" dx=E83.110 order=TPO-").t(digits(6)).t(" ordering=Dr. P. Ferreira (NPI 1" + digits(9) + ")")
        return ln
    if k == 0:
        ln.t(f"INFO  [{th}] org.bdcn.dms.donor.DonorRegistrationService - Registered donor donorNo=").p(p["donor_no"], "mrn")
        ln.t(" name='").p(name_fmt(p, "LF"), "name").t("' dob=").p(dfmt(p["dob"], "iso"), "date")
        ln.t(f" center={ch(CENTERS)} user={ch(STAFF_USERS)}")
    elif k == 1:
        dc = ch(DEFERRALS)
        until = TODAY + timedelta(days=dc[4] or 3650)
        ln.t(f"INFO  [{th}] org.bdcn.dms.eligibility.DeferralEngine - Deferral applied donorNo=").p(p["donor_no"], "mrn")
        ln.t(f" code={dc[0]} type={dc[3]} until=")
        ln.p(dfmt(until, "iso"), "date") if dc[3] == "TEMPORARY" else ln.t("INDEFINITE")
        ln.t(f" ruleset=2024.02-r3")
    elif k == 2:
        ln.t(f"ERROR [{th}] org.hibernate.engine.jdbc.spi.SqlExceptionHelper - ERROR: duplicate key value violates unique constraint \"uk_donor_ssn\"  Detail: Key (ssn)=(")
        ln.p(p["ssn"], "ssn").t(") already exists.")
    elif k == 3:
        ln.t(f"INFO  [{th}] org.bdcn.dms.web.DonorSearchController - search q='").p(p["last"].lower(), "name")
        ln.t("' dob=").p(dfmt(p["dob"], "us"), "date").t(f" by user={ch(STAFF_USERS)} results={rng.randint(0, 3)} took={rng.randint(5, 300)}ms")
    elif k == 4:
        ln.t(f"WARN  [{th}] org.bdcn.dms.address.UspsValidator - Address validation AMBIGUOUS for donor ").p(p["donor_no"], "mrn")
        ln.t(": '").p(p["street"], "address").t(", ").p(p["city"], "address").t(f" {p['state']} ").p(p["zip"], "zip").t("' (2 candidates)")
    elif k == 5:
        op = old_person()
        ln.t(f"WARN  [{th}] org.bdcn.dms.eligibility.AgeRule - donor ").p(op["donor_no"], "mrn").t(" age=")
        ln.p(str(op["age"]), "age" if op["age"] > 89 else None).t(" requires medical director approval (rule AGE_GT_75_ANNUAL_MD, approver=Dr. H. Marsh)")
    elif k == 6:
        ln.t(f"INFO  [{th}] org.bdcn.dms.integration.ParkingValidationClient - validated plate ").p(p["plate"], "vehicle")
        ln.t(f" ({p['state']}) for donorNo=").p(p["donor_no"], "mrn").t(f" ticket=PV-{digits(6)} minutes=120")
    elif k == 7:
        ln.t(f"INFO  [{th}] org.bdcn.dms.compensation.CompensationService - Loaded ${ch(['50.00', '70.00', '100.00', '35.00'])} to card ************{p['pan'][-4:]} for donorNo=")
        ln.p(p["donor_no"], "mrn").t(f" visit={ch(['1ST', '2ND'])}_OF_WEEK promo=NEWDONOR5")
    else:
        ln.t(f"INFO  [scheduling-1] org.bdcn.dms.letters.LetterService - deferral letter sent via fax to ").p(phone_fmt(p, "dash"), "fax")
        ln.t(" (donor preference) donorNo=").p(p["donor_no"], "mrn").t(f" template=DEF_LTR_{ch(['EN', 'ES'])}")
    return ln


def p_kiosk_json():
    t = tick()
    p = person()
    es = p["lang"] == "es" or rng.random() < 0.2
    dc = ch(DEFERRALS)
    k = f"KSK-{ch(CENTERS)[:3]}-{rng.randint(1, 9):02d}"
    if rng.random() < 0.7:
        defer = O([("code", dc[0]), ("reasonText", dc[2] if es else dc[1]), ("category", dc[3])])
        if dc[3] == "TEMPORARY" and dc[4]:
            defer.append(("eligibleAgain", S(dfmt(TODAY + timedelta(days=dc[4]), "iso"), "date")))
        o = O([("ts", ts_iso_z(t)), ("event", "dhq.submitted"), ("kioskId", k), ("sessionId", uid()),
               ("donor", O([("donorNo", S(p["donor_no"], "mrn")), ("firstName", S(p["first"], "name")),
                            ("lastName", S(p["last"], "name")), ("dob", S(dfmt(p["dob"], "iso"), "date"))])),
               ("lang", "es" if es else "en"), ("dhqVersion", "AABB-DHQ-4.0"),
               ("answers", O([(f"Q{q}", ch(["N", "N", "N", "Y"])) for q in sorted(rng.sample(range(1, 63), 5))])),
               ("deferral", defer), ("durationSec", rng.randint(150, 700))])
    else:
        dep = TODAY - timedelta(days=rng.randint(20, 80))
        ret = dep + timedelta(days=rng.randint(5, 20))
        country = ch(["Guatemala", "Honduras", "India", "Nigeria", "Haiti", "Oaxaca, México"])
        fu = C("Viajó a " if es else "Traveled to ", country, " del " if es else " from ", (dfmt(dep, "eu" if es else "us"), "date"),
               " al " if es else " to ", (dfmt(ret, "eu" if es else "us"), "date"))
        o = O([("ts", ts_iso_z(t)), ("event", "dhq.flag"), ("kioskId", k), ("donorNo", S(p["donor_no"], "mrn")),
               ("question", "Q19"), ("answer", "Y"), ("followUp", fu), ("autoDeferral", "MAL3")])
    return J("kiosk_json", o)


def p_py_sync():
    t = tick()
    p = person()
    payload = O([("donorNo", S(p["donor_no"], "mrn")), ("lastName", S(p["last"], "name")), ("firstName", S(p["first"], "name")),
                 ("dob", S(dfmt(p["dob"], "iso"), "date")), ("kiosk", f"KSK-{ch(CENTERS)[:3]}-0{rng.randint(1, 9)}"), ("answers", rng.randint(55, 62))])
    ln = L("py_kiosk_sync").t(f"{ts_log4j(t)} - kiosk.sync - WARNING - DMS rejected session (422 {ch(['DOB_MISMATCH', 'DONOR_NOT_FOUND', 'DUPLICATE_SESSION'])}): payload=")
    jw(ln, payload, ea=True, sep=(", ", ": "))
    return ln


def p_refract():
    t = tick()
    p = person()
    ln = L("tp_refract").t(f"SMP;{t.strftime('%Y-%m-%dT%H:%M:%S')};ID=").p(p["donor_no"], "mrn")
    tp = rng.uniform(5.6, 8.1)
    ln.t(f";TP={tp:.1f};UNIT=g/dL;RI=1.3{rng.randint(4800, 5200)};T=22.{rng.randint(0, 9)}C;SN=AR200-55821;{'LOW' if tp < 6.0 else 'OK'}")
    return ln


def p_apheresis():
    t = tick()
    p = person()
    sn = f"NX20-{rng.randint(1000, 9999):05d}"
    ln = L("apheresis_evt").t(f"{t.strftime('%Y-%m-%d %H:%M:%S')}.{t.microsecond // 1000:03d}|NXS-PCS|SN={sn}|")
    k = rng.randrange(3)
    d = new_din()
    if k == 0:
        ln.t("EVT=0x0100|PROC_START|donor_id=").p(p["donor_no"], "mrn").t("|din=").p(d, "other_id")
        ln.t(f"|wt_kg={rng.uniform(50, 130):.1f}|hct={rng.randint(38, 50)}|tgt_plasma_ml={ch([690, 825, 880])}|protocol=PPP-NOMO-3")
    elif k == 1:
        ln.t(f"EVT=0x0500|DONOR_REACTION|type={ch(['CITRATE', 'VASOVAGAL', 'INFILTRATION'])}|sev={ch(['MILD', 'MODERATE'])}|donor=")
        ln.p(f"{ascii_fold(p['last']).upper()} {p['first'][0]}", "name").t(f"|action={ch(['SLOW_RETURN', 'PAUSE', 'END_PROC'])}|op=phleb{rng.randint(10, 99)}")
    else:
        ln.t("EVT=0x01FF|PROC_END|din=").p(d, "other_id").t(f"|plasma_ml={rng.randint(600, 890)}|duration=00:{rng.randint(30, 59)}:{rng.randint(10, 59)}|saline_ml=500|status=COMPLETE")
    return ln


def p_isbt():
    t = tick()
    d = new_din()
    ln = L("isbt_label").t(f"{ts_iso_off(t)} labelsvc[{rng.randint(2000, 2400)}]: ")
    if rng.random() < 0.6:
        ln.t(f"PRINT ok job=LJ-{digits(7)} printer=ZD621-COLL-{rng.randint(1, 6)} din=\"=").p(d, "other_id")
        ln.t(f"00\" prod=\"=<E2682V00\" abo=\"=%{ch(['5100', '6200', '1700', '9500'])}\" exp=\"=>025{rng.randint(100, 365)}\"")
    else:
        ln.t("REPRINT reason=SMUDGED din=").p(din_eye(d), "other_id").t(f" {din_check(d)} by={ch(STAFF_USERS)} approved_by=QA")
    return ln


def p_zpl():
    d = new_din()
    ln = L("zpl")
    if rng.random() < 0.5:
        ln.t(f"^FO40,{rng.randint(20, 200)}^BCN,110,N,N,N^FD=").p(d, "other_id").t("00^FS")
    else:
        ln.t(f"^FO60,{rng.randint(150, 260)}^A0N,40,40^FD").p(din_eye(d), "other_id").t(f" {din_check(d)}^FS")
    return ln


def p_card():
    t = tick()
    p = person()
    k = rng.randrange(3)
    evid = "evt_" + alnum(20, "abcdefghijkmnpqrstuvwxyz0123456789")
    if k == 0:
        data = O([("load_id", "ld_" + hexs(16)), ("program_id", "PRG-0442"),
                  ("cardholder", O([("first_name", S(p["first"], "name")), ("last_name", S(p["last"], "name")), ("postal_code", S(p["zip"], "zip"))])),
                  ("card_number", S(p["pan"], "account")), ("amount", ch(["50.00", "70.00", "100.00", "120.00"])), ("currency", "USD"),
                  ("memo", C("Donation fee DIN ", (new_din(), "other_id"))), ("external_ref", S(p["donor_no"], "mrn"))])
        o = O([("event_type", "card.load.completed"), ("id", evid), ("created", epoch_ms(t) // 1000), ("data", data)])
    elif k == 1:
        data = O([("cardholder_id", "ch_" + hexs(14)), ("proxy_number", S(p["proxy"], "account")), ("card_last4", p["pan"][-4:]),
                  ("ssn_last4", p["ssn"][-4:]), ("tax_id", S(p["ssn"].replace("-", ""), "ssn")), ("dob", S(dfmt(p["dob"], "iso"), "date")),
                  ("address", O([("line1", S(p["street"], "address")), ("city", S(p["city"], "address")), ("state", p["state"]), ("zip", S(p["zip"], "zip"))])),
                  ("kyc_status", ch(["PASSED", "REVIEW"]))])
        o = O([("event_type", "cardholder.kyc.submitted"), ("id", evid), ("created", epoch_ms(t) // 1000), ("data", data)])
    else:
        data = O([("load_id", "ld_" + hexs(16)), ("proxy_number", S(p["proxy"], "account")), ("amount", "70.00"),
                  ("decline_code", ch(["CARD_SUSPENDED", "LOAD_LIMIT_EXCEEDED", "CARD_NOT_ACTIVATED"])),
                  ("cardholder_phone", S(phone_fmt(p, "e164"), "phone"))])
        o = O([("event_type", "card.load.failed"), ("id", evid), ("created", epoch_ms(t) // 1000), ("data", data)])
    return J("card_load_json", o)


def p_idv():
    t = tick()
    p = person()
    if rng.random() < 0.25:
        doc = O([("docType", "MATRICULA" if p["lang"] == "es" else "PASSPORT"), ("issuingCountry", "MEX" if p["lang"] == "es" else ch(["NGA", "IND", "VNM", "POL"])),
                 ("docNumber", S(p["passport"], "other_id"))])
    else:
        doc = O([("docType", ch(["DL", "STATE_ID"])), ("issuingState", p["state"]), ("docNumber", S(p["dl"], "license"))])
    doc += [("fullName", S(name_fmt(p, ch(["LFup", "fl"])), "name")), ("dateOfBirth", S(dfmt(p["dob"], "iso"), "date")),
            ("expirationDate", f"20{rng.randint(25, 31)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"),
            ("address", O([("line1", S(p["street"].upper(), "address")), ("city", S(p["city"].upper(), "address")), ("postalCode", S(p["zip"], "zip"))]))]
    o = O([("verificationId", "ver_" + hexs(20)), ("createdAt", ts_iso_z(t)), ("status", ch(["MATCH", "MATCH", "REVIEW"])),
           ("donorNumber", S(p["donor_no"], "mrn")), ("document", doc),
           ("faceMatch", O([("score", round(rng.uniform(0.8, 0.99), 3)), ("liveness", "PASS")]))])
    if rng.random() < 0.6:
        o.append(("selfieImage", C("data:image/jpeg;base64,", (b64_photo(), "photo"))))
    if rng.random() < 0.5:
        o.append(("fingerprint", O([("finger", ch(["R_INDEX", "L_INDEX", "R_THUMB"])), ("format", "ISO_19794_2"), ("nfiq", rng.randint(1, 3)),
                                    ("template", S(b64_fmr(), "biometric"))])))
    return J("idv_json", o)


def p_fp_sdk():
    t = tick()
    p = person()
    ln = L("fp_sdk").t(f"{t.strftime('%H:%M:%S')}.{t.microsecond // 1000:03d} [SecuGen FDx SDK 4.3.1] ")
    k = rng.randrange(3)
    if k == 0:
        ln.t("1:N dedup: probe matched enrolled donor ").p(p["donor_no"], "mrn").t(f" score={rng.randint(120, 199)} (threshold 40) -> registration blocked, refer to supervisor")
    elif k == 1:
        ln.t("enroll ok donor=").p(p["donor_no"], "mrn").t(f" finger={ch(['L_THUMB', 'R_INDEX'])} wsq_b64=").p(b64_wsq(), "biometric").t(f"... ({rng.randint(9000, 30000)} bytes)")
    else:
        ln.t(f"verify donor=").p(p["donor_no"], "mrn").t(f" result={ch(['MATCH', 'NO_MATCH'])} score={rng.randint(10, 199)} template=").p(b64_fmr(90), "biometric")
    return ln


def p_vercel():
    t = tick()
    p = person()
    host = "citas.bdcn.org" if p["lang"] == "es" else ch(["book.bdcn.org", "citas.bdcn.org"])
    slot_d = TODAY + timedelta(days=rng.randint(1, 20))
    slot = f"{slot_d.isoformat()}T{ch(['07:30', '09:15', '12:00', '15:30', '17:45'])}:00-0{ch(['5', '6', '7'])}:00"
    ua = ch(UAS)
    ip = S(ch([public_ip(), public_ip(), ipv6()]), "ip")
    k = rng.randrange(6)
    if k == 5:
        msg = C("referral link issued { user: '", (p["user"], "other_id"), "', url: '", (f"https://{host}/r/{p['user']}", "url"), "', campaign: 'SPRING24' }")
        return J("vercel_json", vercel(t, 201, "POST", host, "/api/referrals", msg, ip, ua))
    if k == 0:
        msg = C("Appointment created { confirmation: '", (p["confirm"], "other_id"), "', email: '", (p["email"], "email"),
                f"', center: '{ch(CENTERS)}', slot: '", (slot, "date"), f"', type: '{ch(['PLASMA', 'WHOLE_BLOOD', 'PLATELETS'])}' }}")
        return J("vercel_json", vercel(t, 201, "POST", host, "/api/appointments", msg, ip, ua))
    if k == 1:
        msg = C("Error: Twilio SMS failed for ", (phone_fmt(p, "e164"), "phone"), " (code 21610: Attempt to send to unsubscribed recipient)\n    at sendReminder (/var/task/.next/server/app/api/reminders/route.js:1:4821)")
        return J("vercel_json", vercel(t, 500, "POST", host, "/api/reminders/send", msg, "76.76.21.98", "vercel-cron/1.0", typ="stderr"))
    if k == 2:
        path = C(f"/api/appointments/lookup?email=", (p["email"].replace("@", "%40"), "email"), "&dob=", (dfmt(p["dob"], "iso"), "date"))
        return J("vercel_json", vercel(t, 200, "GET", host, "/api/appointments/lookup", f"lookup ok ({rng.randint(0, 2)} upcoming)", ip, ua, ppath=path))
    if k == 3:
        msg = C("[auth] login ok user=", (p["user"], "other_id"), f" provider=credentials mfa=sms")
        return J("vercel_json", vercel(t, 200, "POST", host, "/api/auth/callback/credentials", msg, ip, ua))
    msg = C("reminder queued { device: 'apns:", (p["push"], "device"), "', confirmation: '", (p["confirm"], "other_id"),
            "', when: '", (slot, "date"), "' }")
    return J("vercel_json", vercel(t, 202, "POST", host, "/api/reminders", msg, ip, ua))


def p_genesys():
    t = tick()
    p = person()
    k = rng.randrange(3)
    if k == 0:
        cust = O([("participantId", uid()), ("participantName", S(name_fmt(p, ch(["fl", "lf", "LF"])), "name")), ("purpose", "customer"),
                  ("sessions", [O([("mediaType", "voice"), ("ani", C("tel:", (phone_fmt(p, "e164"), "phone"))), ("dnis", "tel:+18885550142"), ("direction", "inbound")])]),
                  ("attributes", O([("donorNumber", S(p["donor_no"], "mrn")), ("dobEntered", S(dfmt(p["dob"], "hl7"), "date")), ("language", "es" if p["lang"] == "es" else "en")]))])
        agent = O([("participantId", uid()), ("participantName", ch(AGENTS)), ("purpose", "agent"), ("userId", uid())])
        o = O([("conversationId", uid()), ("conversationStart", ts_iso_z(t)), ("originatingDirection", "inbound"),
               ("participants", [cust, agent]), ("wrapup", O([("code", ch(["APPT_RESCHEDULE", "CARD_BALANCE", "DEFERRAL_QUESTION", "APPT_CANCEL"])), ("durationSeconds", rng.randint(20, 120))]))])
    elif k == 1:
        o = O([("topicName", f"v2.conversations.calls.{uid()}"), ("eventBody", O([("callbackNumbers", [S(phone_fmt(p, ch(["e164", "raw"])), "phone")]),
                                                                                 ("callbackUserName", S(name_fmt(p, "lf"), "name")), ("queue", "Donor Services ES" if p["lang"] == "es" else "Donor Services EN"),
                                                                                 ("scheduledTime", ts_iso_z(t + timedelta(hours=1)))]))])
    else:
        nd = TODAY + timedelta(days=rng.randint(2, 10))
        if p["lang"] == "es":
            note = C("Donante pide cambiar su cita al ", (dfmt(nd, "eu"), "date"), "; tarjeta terminación " + p["pan"][-4:] + " sin carga de la última visita, se escaló a compensación.")
        else:
            note = C("Donor asked to move appt to ", (dfmt(nd, ch(["us", "mon_d", "us_short"])), "date"), "; card ending " + p["pan"][-4:] + " not loaded for last visit, escalated to comp team.")
        o = O([("conversationId", uid()), ("communicationId", uid()), ("wrapupCode", "CARD_BALANCE"), ("notes", note),
               ("externalContactId", uid()), ("donorNumber", S(p["donor_no"], "mrn"))])
    return J("genesys_json", o)


def p_bpdr_line():
    t = tick()
    p = person()
    d = new_din()
    coll = TODAY - timedelta(days=rng.randint(10, 60))
    ln = L("bpdr_xml").t(f"<BPDReport xmlns=\"urn:fda:cber:bpdr:3486\"><ReportId>BPDR-2024-{rng.randint(100, 300):04d}</ReportId><FEI>3004129876</FEI>")
    ln.t(f"<ReportDate>{TODAY.isoformat()}</ReportDate><EventCode>{ch(['PD-99-06', 'PD-99-10', 'DS-97-03', 'QC-10-01'])}</EventCode><UnitNumber>").p(d, "other_id")
    ln.t("</UnitNumber><CollectionDate>").p(dfmt(coll, "iso"), "date").t("</CollectionDate><Product>Source Plasma</Product>")
    ln.t("<DonorId>").p(p["donor_no"], "mrn").t("</DonorId><Description>Donor called on ").p(dfmt(TODAY - timedelta(days=3), "us"), "date")
    ln.t(" to report ").t(ch(["a diagnosis of hepatitis B", "a positive COVID-19 test after donation", "travel to a malaria-endemic area prior to donation", "taking finasteride at time of donation"]))
    ln.t("; unit retrieved and quarantined.</Description></BPDReport>")
    return ln


def p_note():
    t = tick()
    p = person()
    st = ch(STAFF)
    ln = L("staff_note").t(f"[{t.strftime('%Y-%m-%d %H:%M')}] {st}: ")
    es = p["lang"] == "es" and rng.random() < 0.8
    k = rng.randrange(6)
    if es:
        if k % 3 == 0:
            ln.t("Donante ").p(name_fmt(p, "fl"), "name").t(" llamó para cancelar su cita del ").p(dfmt(TODAY + timedelta(days=rng.randint(2, 9)), "eu"), "date")
            ln.t("; dice que está embarazada. Diferir hasta 6 semanas posparto. Tel ").p(phone_fmt(p, ch(["dash", "raw", "intl"])), "phone").t(".")
        elif k % 3 == 1:
            ln.t("Donante ").p(name_fmt(p, "fl"), "name").t(" (nac. ").p(dfmt(p["dob"], "es_long"), "date")
            ln.t(f") se mareó a los {rng.randint(4, 30)} min; se elevaron piernas, jugo y galletas, se retiró estable acompañado/a por ")
            ln.p(f"{ch(FIRST_ES)} {p['last']}", "name").t(" (familiar).")
        else:
            ln.t("Se envió carta de diferimiento a ").p(p["street"], "address").t(", ").p(p["city"], "address").t(f", {p['state']} ").p(p["zip"], "zip")
            ln.t(" por solicitud del donante ").p(p["donor_no"], "mrn").t(".")
        return ln
    if k == 0:
        ln.t("Donor ").p(name_fmt(p, ch(["fl", "Fl", "init"])), "name").t(" (").p(p["donor_no"], "mrn")
        ln.t(f") felt faint at {rng.randint(3, 30)} min; legs elevated, juice given, released stable. Call back at ").p(phone_fmt(p), "phone").t(" tomorrow.")
    elif k == 1:
        ln.t("Emergency contact for ").p(name_fmt(p, "lf"), "name").t(" is ").p(f"{ch(FIRST_EN + FIRST_OT)} {p['last']}", "name").t(ch([" (partner)", " (relative)", ""]))
        ln.t(", ").p(phone_fmt(p, ch(["dot", "paren"])), "phone").t(". Donor on warfarin per DHQ follow-up, deferred per MD.")
    elif k == 2:
        ln.t("DOB mismatch at check-in: ID shows ").p(dfmt(p["dob"], "us"), "date").t(", DMS had ").p(dfmt(p["dob"] + timedelta(days=rng.choice([31, 365, -30])), "us"), "date")
        ln.t(". Corrected after supervisor review, ID verified (DL ").p(p["dl"], "license").t(").")
    elif k == 3:
        ln.t("Donor mentioned her fundraiser page ").p(f"https://www.gofundme.com/f/{ascii_fold(p['first']).lower().split(' ')[0]}-{ascii_fold(p['last']).lower().replace(' ', '-')}-medical", "url")
        ln.t("; reminded her we cannot endorse. Donor no. ").p(p["donor_no"], "mrn").t(".")
    elif k == 4:
        op = old_person()
        ln.t("MD approval obtained for ").p(name_fmt(op, "fl"), "name").t(", ").p(str(op["age"]), "age" if op["age"] > 89 else None)
        ln.t(" y/o, whole blood only, Hgb 13.8, BP 138/76. Next eligible ").p(dfmt(TODAY + timedelta(days=56), "long"), "date").t(".")
    else:
        ln.t("Donor email bounced, updated to ").p(p["email"], "email").t(" per donor at desk; last donation ").p(dfmt(TODAY - timedelta(days=rng.randint(2, 60)), "dmon"), "date").t(".")
    return ln


def p_nginx():
    t = tick()
    p = person()
    ip = ch(["10.20.4.17", "10.20.4.31", "10.20.8.5"])
    ln = L("nginx_access").t(f'{ip} - - [{t.strftime("%d/%b/%Y:%H:%M:%S")} -0600] "GET ')
    if rng.random() < 0.5:
        ln.t("/dms/api/v2/donors?lastName=").p(ascii_fold(p["last"]).replace(" ", "%20"), "name").t("&dob=").p(dfmt(p["dob"], "iso"), "date")
    else:
        ln.t("/dms/api/v2/donors/").p(p["donor_no"], "mrn").t(ch(["/photo", "/deferrals", "/donations?limit=20"]))
    ln.t(f' HTTP/1.1" 200 {rng.randint(200, 90000)} "https://dms.bdcn.internal/dms/" "{UAS[2]}" rt={rng.uniform(0.01, 1.2):.3f}')
    return ln


def p_syslog():
    t = tick()
    p = person()
    host = f"ksk-{ch(CENTERS).lower()}-{rng.randint(1, 6):02d}"
    ln = L("syslog_kiosk").t(f"<134>1 {ts_iso_off(t)} {host} dhq-kiosk {rng.randint(1000, 9000)} - - ")
    if rng.random() < 0.5:
        ln.t("consent signature captured donor=").p(p["donor_no"], "mrn").t(f" pad=Topaz points={rng.randint(300, 1500)}")
    else:
        ln.t("photo capture for ID check donor=").p(p["donor_no"], "mrn").t(" jpeg=").p(b64_photo(120), "photo").t("...[truncated]")
    return ln


def p_hl7_mllp():
    t = tick()
    p = person()
    d = new_din()
    ctl = "LAB" + digits(7)
    ln = L("hl7_mllp").t(f"{ts_log4j(t)} INFO  [mllp-listener-{rng.randint(1, 4)}] org.bdcn.hl7.Hl7Inbound - recv ORU^R01 ctrl={ctl} bytes={rng.randint(800, 2400)} msg=")
    ln.t(f"MSH|^~\\&|PROCLEIX|TESTLAB-SD|DMS|BDCN|{hl7_ts(t)}||ORU^R01^ORU_R01|{ctl}|P|2.5.1\\rPID|1||").p(p["donor_no"], "mrn").t("^^^BDCN^DN||")
    ln.p(ascii_fold(p["last"]).upper(), "name").t("^").p(ascii_fold(p["first"]).upper(), "name").t("||").p(dfmt(p["dob"], "hl7"), "date").t(f"|{p['sex']}\\rOBR|1||")
    ln.p(d, "other_id").t("|ULTRIO^Procleix Ultrio Elite|||").p(hl7_ts(t - timedelta(hours=rng.randint(20, 40))), "date")
    ln.t(f"\\rOBX|1|CE|Ultrio Elite^HIV-1/HCV/HBV NAT||{ch(['NR^Nonreactive', 'NR^Nonreactive', 'R^Reactive'])}^HL70078||||||F")
    return ln


# ============================================================================= blocks
def b_hibernate():
    p = person()
    out = []
    t = tick()
    th = f"http-nio-8443-exec-{rng.randint(1, 40)}"
    out.append(L("log4j").t(f"{ts_log4j(t)} DEBUG [{th}] org.hibernate.SQL - select donor0_.donor_id as donor_id1_7_, donor0_.donor_no as donor_no2_7_, donor0_.ssn as ssn9_7_ from dms.donor donor0_ where lower(donor0_.last_name)=? and donor0_.dob=? and donor0_.active=?"))
    binds = [("VARCHAR", p["last"].lower(), "name"), ("DATE", dfmt(p["dob"], "iso"), "date"), ("BOOLEAN", "true", None)]
    if rng.random() < 0.5:
        binds.append(("VARCHAR", p["ssn"], "ssn"))
    if rng.random() < 0.5:
        binds.append(("INTEGER", str(rng.choice([20, 50])), None))
    for i, (ty, v, c) in enumerate(binds, 1):
        ln = L("log4j").t(f"{ts_log4j(t)} TRACE [{th}] org.hibernate.type.descriptor.sql.BasicBinder - binding parameter [{i}] as [{ty}] - [")
        ln.p(v, c).t("]")
        out.append(ln)
    out.append(L("log4j").t(f"{ts_log4j(t)} TRACE [{th}] org.hibernate.type.descriptor.sql.BasicExtractor - extracted value ([donor_id1_7_] : [BIGINT]) - [{rng.randint(10000, 999999)}]"))
    return out


def b_stack():
    t = tick()
    out = [L("log4j").t(f"{ts_log4j(t)} ERROR [http-nio-8443-exec-{rng.randint(1, 40)}] org.bdcn.dms.web.GlobalExceptionHandler - Unhandled exception on GET /dms/api/v2/donations (traceId={hexs(32)}, spanId={hexs(16)})")]
    out.append(L("log4j").t("org.springframework.orm.jpa.JpaSystemException: could not extract ResultSet; nested exception is org.hibernate.exception.GenericJDBCException: could not extract ResultSet"))
    for _ in range(rng.randint(2, 4)):
        out.append(n_stack())
    return out


def b_hemocue():
    out = [L("hemocue_csv").t("Date,Time,Operator ID,Patient ID,Hb,Unit,Cuvette Lot,Serial No,Flag")]
    t = tick()
    sn = f"HC301-{rng.randint(1800000, 1899999)}"
    lot = str(rng.randint(2309000, 2312999))
    out.append(L("hemocue_csv").t(f"{t.strftime('%m/%d/%Y')},{t.strftime('%H:%M:%S')},OP{rng.randint(100, 199)},QC-HIGH,{rng.uniform(15.5, 16.2):.1f},g/dL,{lot},{sn},QC PASS"))
    for _ in range(rng.randint(3, 6)):
        t = tick()
        p = person()
        hb = rng.uniform(11.2, 16.9)
        ln = L("hemocue_csv").t(f"{t.strftime('%m/%d/%Y')},{t.strftime('%H:%M:%S')},OP{rng.randint(100, 199)},")
        if rng.random() < 0.25:
            ln.p(f"{ascii_fold(p['last']).upper()} {p['first'][0]}", "name")
        else:
            ln.p(p["donor_no"], "mrn")
        ln.t(f",{hb:.1f},g/dL,{lot},{sn},{'LOW' if hb < 12.5 else ''}")
        out.append(ln)
    return out


def b_hl7():
    t = tick()
    p = person()
    d = new_din()
    ctl = "LAB" + digits(7)
    coll = t - timedelta(hours=rng.randint(18, 40))
    out = [L("hl7_oru").t(f"MSH|^~\\&|PROCLEIX|TESTLAB-SD|DMS|BDCN|{hl7_ts(t)}||ORU^R01^ORU_R01|{ctl}|P|2.5.1|||AL|NE")]
    ln = L("hl7_oru").t("PID|1||").p(p["donor_no"], "mrn").t("^^^BDCN^DN||")
    ln.p(p["last"].upper(), "name").t("^").p(p["first"].upper(), "name").t("^").p(p["mi"], "name").t("||")
    ln.p(dfmt(p["dob"], "hl7"), "date").t(f"|{p['sex']}|||").p(p["street"].upper(), "address").t("^^").p(p["city"].upper(), "address")
    ln.t(f"^{p['state']}^").p(p["zip"], "zip").t("^USA||").p(phone_fmt(p, "paren").replace(" ", ""), "phone").t("^PRN^PH|||||||")
    if rng.random() < 0.5:
        ln.p(p["ssn"].replace("-", ""), "ssn")
    out.append(ln)
    out.append(L("hl7_oru").t(f"PV1|1|O|{ch(CENTERS).replace('-', '')}^^^BDCN||||||||||||||||||||||||||||||||||||||||||"))
    out.append(L("hl7_oru").t("ORC|RE||").p(d, "other_id").t(f"||CM||||{hl7_ts(t)}"))
    out.append(L("hl7_oru").t("OBR|1||").p(d, "other_id").t("|DONSCREEN^Donor infectious disease screen^L|||").p(hl7_ts(coll), "date").t(f"|||||||||||||||{hl7_ts(t)}||LAB|F"))
    for i, (tst, ty) in enumerate(rng.sample(TESTS, rng.randint(3, 6)), 1):
        if ty == "NM":
            out.append(L("hl7_oru").t(f"OBX|{i}|NM|{tst}||{rng.randint(0, 90)}|IU/mL|<1.0E4|N|||F"))
        else:
            r = ch(["NR^Nonreactive", "NR^Nonreactive", "NR^Nonreactive", "RR^Repeat reactive", "NEG^Negative"])
            out.append(L("hl7_oru").t(f"OBX|{i}|CE|{tst}||{r}^HL70078||||||F|||||{ch(['ChLIA', 'NAT', 'EIA'])}^Method"))
    out.append(L("hl7_oru").t("SPM|1|").p(d, "other_id").t(f"||PLAS^Plasma^HL70487|||||||P"))
    return out


def b_bpdr_pretty():
    t = tick()
    p = person()
    d = new_din()
    coll = TODAY - timedelta(days=rng.randint(10, 60))
    out = [L("bpdr_xml").t('<?xml version="1.0" encoding="UTF-8"?>'),
           L("bpdr_xml").t('<BPDReport xmlns="urn:fda:cber:bpdr:3486" formVersion="3486-2023">'),
           L("bpdr_xml").t(f"  <ReportId>BPDR-2024-{rng.randint(100, 300):04d}</ReportId>"),
           L("bpdr_xml").t("  <FEI>3004129876</FEI>"),
           L("bpdr_xml").t(f"  <DiscoveryDate>{(TODAY - timedelta(days=2)).isoformat()}</DiscoveryDate>"),
           L("bpdr_xml").t(f"  <EventCode>{ch(['PD-99-06', 'DS-97-03', 'PD-99-10'])}</EventCode>"),
           L("bpdr_xml").t("  <UnitNumber>").p(din_eye(d), "other_id").t("</UnitNumber>"),
           L("bpdr_xml").t("  <CollectionDate>").p(dfmt(coll, ch(["iso", "us"])), "date").t("</CollectionDate>")]
    if p["age"] > 89 or rng.random() < 0.3:
        out.append(L("bpdr_xml").t("  <DonorAge>").p(str(p["age"]), "age" if p["age"] > 89 else None).t("</DonorAge>"))
    out.append(L("bpdr_xml").t("  <DonorGender>").t("Female" if p["sex"] == "F" else "Male").t("</DonorGender>"))
    out.append(L("bpdr_xml").t(f"  <ProductsDistributed>{rng.randint(0, 2)}</ProductsDistributed>"))
    out.append(L("bpdr_xml").t("  <Description>Donor was not deferred for recent travel; DHQ answer recorded as No in error by staff.</Description>"))
    out.append(L("bpdr_xml").t("</BPDReport>"))
    return out


def b_x12():
    t = tick()
    p = person()
    out = []
    ctl = digits(9)
    out.append(L("x12_271").t(f"ISA*00*          *00*          *ZZ*CLEARHOUSE     *ZZ*BDCN0442       *{t.strftime('%y%m%d')}*{t.strftime('%H%M')}*^*00501*{ctl}*0*P*:~"))
    out.append(L("x12_271").t(f"GS*HB*CLEARHOUSE*BDCN0442*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}*{int(ctl) % 100000}*X*005010X279A1~"))
    out.append(L("x12_271").t(f"ST*271*0001*005010X279A1~"))
    out.append(L("x12_271").t(f"BHT*0022*11*{hexs(10).upper()}*{t.strftime('%Y%m%d')}*{t.strftime('%H%M')}~"))
    medicare = p["age"] >= 65
    out.append(L("x12_271").t(f"NM1*PR*2*{'CMS MEDICARE PART B' if medicare else ch(['BLUE CROSS BLUE SHIELD OF TEXAS', 'AETNA', 'UNITEDHEALTHCARE'])}*****PI*{rng.randint(10000, 99999)}~"))
    out.append(L("x12_271").t("NM1*1P*2*BDCN THERAPEUTIC PHLEBOTOMY*****XX*1" + digits(9) + "~"))
    ln = L("x12_271").t("NM1*IL*1*").p(ascii_fold(p["last"]).upper(), "name").t("*").p(ascii_fold(p["first"]).upper(), "name").t("*").p(p["mi"], "name").t("***MI*")
    ln.p(p["mbi"] if medicare else p["member"], "health_plan").t("~")
    out.append(ln)
    if not medicare:
        out.append(L("x12_271").t(f"REF*6P*GRP{rng.randint(10000, 99999)}*{ch(['ACME LOGISTICS EMPLOYEE PLAN', 'CITY OF EL PASO'])}~"))
    out.append(L("x12_271").t("N3*").p(ascii_fold(p["street"]).upper(), "address").t("~"))
    out.append(L("x12_271").t("N4*").p(p["city"].upper(), "address").t(f"*{p['state']}*").p(p["zip"], "zip").t("~"))
    out.append(L("x12_271").t("DMG*D8*").p(dfmt(p["dob"], "hl7"), "date").t(f"*{p['sex']}~"))
    out.append(L("x12_271").t("DTP*291*D8*").p(dfmt(TODAY, "hl7"), "date").t("~"))
    out.append(L("x12_271").t(f"EB*1*IND*30^BG*{'MB' if medicare else 'HM'}~"))
    out.append(L("x12_271").t(f"EB*B*IND*BG***27*{ch(['20', '35', '50'])}~"))
    out.append(L("x12_271").t(f"SE*{len(out) - 1}*0001~"))
    return out


def b_roster():
    out = [L("donor_csv").t("donor_no|last_name|first_name|dob|sex|abo_rh|phone|fax|email|zip|last_donation|deferral_code")]
    for _ in range(rng.randint(3, 5)):
        p = person()
        ln = L("donor_csv").p(p["donor_no"], "mrn").t("|").p(p["last"], "name").t("|").p(p["first"], "name").t("|")
        ln.p(dfmt(p["dob"], ch(["us", "iso"])), "date").t(f"|{p['sex']}|{ch(['O+', 'A+', 'B+', 'O-', 'AB+', 'A-'])}|").p(phone_fmt(p, "dash"), "phone").t("|")
        if rng.random() < 0.35:
            ln.p(phone_fmt(p, "dash")[:-4] + digits(4), "fax")
        ln.t("|").p(p["email"], "email").t("|").p(p["zip"], "zip").t("|")
        ln.p(dfmt(TODAY - timedelta(days=rng.randint(2, 400)), "us"), "date").t("|" + ch(["", "", "", ch(DEFERRALS)[0]]))
        out.append(ln)
    out.append(L("donor_csv").t(f"# exported {rng.randint(3, 5)} rows by rpt_svc job=ROSTER_EXPORT_{ch(CENTERS)} sha1={hexs(40)}"))
    return out


def b_manifest():
    out = [L("manifest_csv").t(f"# SHIPMENT SHP-2403{rng.randint(10, 20)}-{rng.randint(1, 9):02d} consignee=Meridian Fractionation LLC carton={rng.randint(1, 40)} temp_logger=TL-{digits(6)}"),
           L("manifest_csv").t("DIN,ProductCode,Volume_mL,CollectionDate,Status")]
    for _ in range(rng.randint(3, 6)):
        d = new_din()
        ln = L("manifest_csv").p(din_eye(d), "other_id").t(f",E2682V00,{rng.randint(690, 890)},")
        ln.p(dfmt(TODAY - timedelta(days=rng.randint(60, 200)), "iso"), "date").t(",RELEASED")
        out.append(ln)
    return out


def b_next_build():
    return [n_next_build() for _ in range(rng.randint(4, 7))]


# ----------------------------------------------------------------------------- assembly
NOISE = [(8, n_log4j), (2, n_hib_sql), (5, n_kiosk_json), (3, n_py_sync), (2, n_refract), (7, n_apheresis),
         (3, n_isbt), (2, n_zpl), (3, n_card), (3, n_fp_sdk), (2, n_idv), (4, n_vercel), (4, n_genesys),
         (4, n_note), (4, n_nginx), (3, n_prom), (3, n_k8s), (3, n_syslog), (2, n_hl7_ack), (2, n_bpdr_line)]
PHI = [(9, p_log4j), (6, p_kiosk_json), (3, p_py_sync), (3, p_refract), (5, p_apheresis), (3, p_isbt), (2, p_zpl),
       (5, p_card), (5, p_idv), (3, p_fp_sdk), (7, p_vercel), (5, p_genesys), (2, p_bpdr_line), (9, p_note),
       (3, p_nginx), (2, p_syslog), (3, p_hl7_mllp)]


def wchoice(items):
    tot = sum(w for w, _ in items)
    r = rng.uniform(0, tot)
    for w, f in items:
        r -= w
        if r <= 0:
            return f
    return items[-1][1]


def main():
    sched = [b_hibernate] * 4 + [b_stack] * 2 + [b_hemocue] * 2 + [b_hl7] * 3 + [b_bpdr_pretty, b_x12, b_manifest, b_next_build] + [b_roster] * 2
    rng.shuffle(sched)
    targets = sorted(rng.sample(range(0, 470, 5), len(sched)))
    lines = []
    noise = 0
    while len(lines) < 500:
        rem = 500 - len(lines)
        frac = noise / len(lines) if lines else 0.55
        if sched and len(lines) >= targets[0]:
            targets.pop(0)
            blk = sched.pop(0)()
        elif frac < 0.55:
            blk = [wchoice(NOISE)()]
            assert not blk[0].spans, blk[0].text()
        else:
            blk = [wchoice(PHI)()]
            assert blk[0].spans, blk[0].text()
        if len(blk) > rem:
            continue
        for ln in blk:
            lines.append(ln)
            noise += 0 if ln.spans else 1
    assert not sched

    out_log, out_lab = [], []
    for i, ln in enumerate(lines, 1):
        txt = ln.text()
        assert "\n" not in txt and "\r" not in txt and txt.strip(), (i, txt)
        raw = txt.encode("utf-8")
        prev = -1
        for sp, v in zip(ln.spans, ln.vals):
            assert raw[sp["s"]:sp["e"]].decode("utf-8") == v, (i, sp, v)
            assert sp["s"] >= prev and sp["e"] > sp["s"]
            prev = sp["e"]
        out_log.append(txt)
        out_lab.append(json.dumps({"line": i, "family": ln.family, "spans": ln.spans}, ensure_ascii=False))
    assert len(out_log) == 500
    (HERE / f"{ID}.log").write_text("\n".join(out_log), encoding="utf-8")
    (HERE / f"{ID}.labels.jsonl").write_text("\n".join(out_lab) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
